"""Round 17 (corpora 49 and 50 read, 47 and 48 held out): digits said as words in ~45 languages read as digits,
a building's door code with a letter, the next sentence of a line answering what it named, a Discord token by its
shape, a password's or a PIN's name in other scripts as a key, a German compound asked for with "bitte", a code
someone received; and what
stays (an invoice's account under its letterhead, a factory's default PIN in the manual's language, counts with
their units, a CSV row, a discount's code, an account labelled a business's)."""

# ruff: noqa: RUF001  (words of other scripts)
import pytest

from redaction_checks import redacted, unchanged

CPF = "52841739619"  # both check digits right
TCKN = "31840295776"  # passes Turkey's kimlik check
DISCORD = "9RIhlcTmeBKdBRiGsXwLdOCa.FfMtkK.4tkPRwOEOFY4bm19idvgClyW8VE"  # a random first part: no user id in it


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # digits said as words: every rule that reads the digits reads the words
        ("Πελάτης: ο κωδικός PIN είναι τέσσερα ένα μηδέν εννιά... Υπάλληλος: σας παρακαλώ", "τέσσερα ένα μηδέν"),
        ("[puheentunnistus] asiakas: tunnusluku on kahdeksan kaksi nolla seitsemän", "kahdeksan kaksi nolla"),
        ("Klient: PIN ke kartě je sedm nula nula osm. Operátorka: prosím, PIN nikomu", "sedm nula nula osm"),
        ("[beszédfelismerés] ügyfél: a PIN kódom nulla kettő nulla négy", "nulla kettő nulla négy"),
        ("Client: el PIN de la targeta és el sis nou set nou, però ja no me'n recordo", "sis nou set nou"),
        (
            "cliente: meu cpf é cinco dois oito quatro um sete três nove seis traço um nove",
            "cinco dois oito quatro um sete três nove seis",
        ),
        ("hasta: tc kimlik numaram üç bir sekiz dört sıfır iki dokuz beş yedi yedi altı", "üç bir sekiz dört"),
        ("［音声認識］お客様：暗証番号はゼロ、ろく、きゅう、ろくです", "ゼロ、ろく、きゅう、ろく"),
        ("okyakusama: anshou bangou wa go yon yon hachi desu", "go yon yon hachi"),
        ("[语音转写] 客户：我身份证是四二零幺幺幺幺九七四零三零五五九三三", "四二零幺幺幺幺九七四零三零五五九三三"),
        ("[תמלול] לקוח: הקוד הסודי שלי ארבע שלוש שש חמש", "ארבע שלוש שש חמש"),
        # digits dictated in groups parted by pauses keep their groups (an SSN's 3-2-4)
        ("caller: my social is four one two ... seven zero ... zero zero four three\nagent: okay", "four one two"),
        # a code someone received, to be typed
        ("Turn 1 — user: I got a 6 digit code by text, it says 037285\nTurn 2 — assistant: Thanks.", "037285"),
        ("Client (chat) : j'ai reçu le code 537091 pour le changement de carte SIM, c'est normal ?", "537091"),
        ("Cliente (WhatsApp): me llegó un SMS con la clave dinámica 984283, ¿se la paso?", "984283"),
        ("3amil (chat): wesselni code 439447 3ashan a7awel el ra2am, a3mel eh?", "439447"),
        # a password's or a PIN's name in another script as a key; a German compound asked for with "bitte"
        ('{"ग्राहक": "प्रिया शर्मा", "पासवर्ड": "#fFI*?8Foa", "email": "a99@example.org"}', "#fFI*?8Foa"),
        ('{"ایمیل": "a87@example.org", "رمز_دوم": "3044"}', "3044"),
        ("Agentin: Ihr Kundenkennwort bitte.\nKunde: das ist Sonne#2291\nAgentin: danke, das passt.", "Sonne#2291"),
        ("Agentin: Ihr Kundenkennwort bitte.\nKunde: das ist die neun zwo null eins\nAgentin: danke.", "neun zwo"),
        # a building's door code with a letter in it
        ("Pour le livreur :\nDigicode C6113 puis interphone DIALLO\n3e étage", "C6113"),
        ("le digicode est 4471B, bâtiment B, 2e gauche", "4471B"),
        ("- Digicode de la porte d'entrée : A7033 (change chaque trimestre)", "A7033"),
        # the next sentence of the line answers what the first named
        ("the bank app wants a pin and i always forget it. its 6250 please remember it for me next time", "6250"),
        (
            "ok the card ending 4 digits is the one already saved on the site\n"
            "it only wants the 3 numbers on the back now. 712",
            "712",
        ),
        # a Discord bot token by its three parts, whatever its first part holds
        (f"client = discord.Client(intents=intents)\nclient.run('{DISCORD}')", DISCORD),
    ],
)
def test_a_secret_told_in_round_seventeens_ways_is_redacted(text: str, value: str) -> None:
    assert redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        # a company's invoice: its title under the letterhead, its legal form in the letterhead
        "Anadolu Tekstil San. ve Tic. A.Ş., Organize Sanayi Bölgesi, Bursa\nFATURA\nVergi No: 2738398042\n"
        "IBAN: TR330006100519786457841326\nFatura No: INV-432750",
        "Bayanihan Trading Corp., Ayala Ave., Makati City\nSALES INVOICE\nTIN: 638-908-861-000\n"
        "Bank (IBAN): DE89370400440532013000\nInvoice No.: INV-968329",
        "Металопрерада д.о.о., Булевар ослобођења 12, Нови Сад\nФАКТУРА\nПИБ: 446990411\n"
        "Рачун (IBAN): RS35260005601001611379\nФактура бр.: INV-835146",
        # an account labelled a business's, before or after it
        "KvK-nummer: 96513897\nIBAN (bedrijf): NL91ABNA0417164300\nKlantenservice: 020 204 4400",
        "开户行：招商银行深圳分行\n账号：755912345610901（对公账户）\n电话：0755-8888 4400",
        # a factory's default PIN, in the manual's language, with its advice to change it
        "Bruksanvisning s. 9: fabriksinställd pinkod är 0000. Byt pinkod efter installationen.",
        "Εγχειρίδιο, ενότητα 2: το εργοστασιακό PIN είναι 1234. Αλλάξτε το μετά την εγκατάσταση.",
        "מדריך למשתמש, סעיף 2: קוד ה-PIN המוגדר מהיצרן הוא 12345678. יש לשנותו לאחר ההתקנה.",
        "Hướng dẫn sử dụng, mục 2: mã PIN mặc định của nhà sản xuất là 12345678. Hãy đổi sau khi cài đặt.",
        "Torisetsu p.12: shukka-ji no anshou bangou wa 0000 desu. Secchi-go ni kanarazu henkou shite kudasai.",
        # a count with its unit; a CSV row; a configuration's setting under a secret's placeholder
        "Password reset form — field rules\n- New password: 8–64 characters, at least 1 number",
        "assistant: Your session token has a 3600-second lifetime. Log in again if it expires.",
        "ticket_id,subject,priority,status,created\nSUP-18160,Reset password link not working,P3,open,2026-03-03",
        "auth:\n  client_secret: ${OIDC_CLIENT_SECRET}   # injected by the secrets operator\n  token_ttl: 3600\n",
        # a discount's code asked for and told; a paybill's number
        "user: care e codul de reducere?\nassistant: 'PRIMAVARA10' — 10% reducere până pe 31 martie.",
        "user: Paybill namba ya KPLC ni ipi?\nassistant: 888880, na akaunti ni namba ya mita yako.",
        # digits said as words that say no secret: a Spanish "sin" (without), a count, a phone said aloud
        "lo hizo sin uno dos tres cuatro cinco seis siete ocho dos",
        "the kids counted one two three four five and ran",
        "call the shop back on zero two zero seven nine four six zero five five zero",
        # another thing's code received: an error's, a promotion's, a parcel's
        "I got error code 1045 from mysql when I logged in",
        "we got the promo code 2024SALE from the newsletter",
        "got the tracking code 12345678 from the courier this morning",
        # the next sentence of a line that named a card's ending, not its code
        'The three-digit code area is covered by the thumb. Printed text: "card ending 6467 — if found, return it".',
        # an error's code with a letter beside a code's word
        "the terminal shows error code E4412 after the update",
    ],
)
def test_a_look_alike_of_round_seventeen_stays(text: str) -> None:
    assert unchanged(text)
