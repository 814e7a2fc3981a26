"""Round 16 (corpora 35, 38, 44 and 46 read): ids named in the lines above their value, a secret corrected or given
in its other half, a code given in the turn after the one that named it, codes in messages that warn not to share
them, answers under a security question's Q/A layout, money transfers' control numbers, ids by their own layout;
and what stays (examples and test cards named as such, placeholders, digests, a company's tax number under its
heading, a factory's default PIN, a postal PIN code in a delivery record)."""

# ruff: noqa: RUF001  (words of other scripts)
import pytest

from redaction_checks import redacted, unchanged

FNR = "15038538311"  # Norway's fødselsnummer, both check digits right
KIMLIK = "31586493054"  # passes Turkey's TC kimlik check
SNILS = "626-414-737 90"  # passes the SNILS check
AADHAAR = "6419 5009 8093"  # passes Verhoeff
NIR = "1 84 07 75 056 123 72"  # passes the NIR's mod-97 key
MEDICARE = "6680 31705 4"  # passes Australia's Medicare check digit
INN_PERSON = "772393590502"  # a person's 12-digit INN
INN_COMPANY = "7766262277"  # a company's 10-digit INN
ZA_ID = "880412 0164 980"  # South Africa's id: birth date, sequence, Luhn


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an id named two turns above its value, or by the card's title over it in an OCR
        (
            f"User: fill in the nursery form, they want Ola's fødselsnummer\nAssistant: Sure, 11 digits.\nUser: {FNR}",
            FNR,
        ),
        (f"Kullanıcı: e-Devlet randevusu, TC kimlik no lazım\nAsistan: Yazar mısın?\nKullanıcı: {KIMLIK}", KIMLIK),
        (f"[11.03.2025 09:02] Анна: пришлите ваш ИНН для договора\n[11.03.2025 09:20] Пётр: {INN_PERSON}", INN_PERSON),
        (
            f"Скан — страховое свидетельство (СНИЛС)\nОБЯЗАТЕЛЬНОГО ПЕНСИОННОГО СТРАХОВАНИЯ\n{SNILS}\nИванов И. И.",
            SNILS,
        ),
        (f"OCR — आधार कार्ड (पीछे)\nभारत सरकार\n{AADHAAR}\nमेरा आधार, मेरी पहचान", AADHAAR),
        (f"Texte reconnu — carte Vitale\n{NIR}\nM. MARTIN PAUL", NIR),
        (f"OCR (green card):\nmedicare\n{MEDICARE}\n1  JANE DOE", MEDICARE),
        # a secret corrected, or given in two halves of one shape
        (
            "user: the keypad code is 43898, send it to the cleaner\nassistant: sending\nuser: WAIT, it's 43889 now",
            "43889",
        ),
        ("user: the gate code is 7731\nassistant: ok, sending it to Ana\nuser: no wait, I swapped them: 7713", "7713"),
        # a code given in the turn after one that names it, with no question asked
        ("user: it sent the code to my phone\nuser: 241219\nassistant: entered", "241219"),
        ("Kuba 21:04: daj blika szybko bo bilet przepada\nJa 21:04: 112445", "112445"),
        ('Con gái (20:14): "Mẹ gửi con mã vừa nhận được nhé"\nMẹ (20:15): "035683"', "035683"),
        ("UNOKA: Csak a kódot, mama, én írom be.\nNAGYMAMA: Jó. 6-7-4-3-7-6. Ennyi.", "6-7-4-3-7-6"),
        # a one-time code in a message that warns not to share it
        ("900: Код: 10576. Никому не сообщайте код, даже сотруднику банка.", "10576"),
        ("OP: Vahvistustunnuksesi on 2799. Älä kerro tunnusta kenellekään.", "2799"),
        ("Click: tasdiqlash kodi 666612. Kodni hech kimga bermang.", "666612"),
        # a security question's answer in a Q/A layout
        (
            "Security questions for the new bank login\nQ2  In what city did your parents meet?   A: Wolverhampton",
            "Wolverhampton",
        ),
        ("Bank security question:\n  Q: What was your childhood hero?\n  A: Captain Nemo", "Captain Nemo"),
        # a secret key announced, then sent in a later message; an authenticator's setup key in groups
        (
            "User: here's the key id\nAssistant: I also need the secret access key\nUser: one sec\n"
            "User: 9LawbccdoctRrfoDQDRmoyk1Cal95JX5dmVd6/ro",
            "9LawbccdoctRrfoDQDRmoyk1Cal95JX5dmVd6/ro",
        ),
        (
            "User: the QR won't scan, here's the setup key\nUser: yep: AWK3 TERQ Y2EG K6IE 3LEU IHGH HLYN ZCWX",
            "AWK3 TERQ",
        ),
        # a door's or a key box's code in languages the lexicon lacked
        ("Hukommelse – sommerhuset\n- Nøgleboks ved carporten: kode 6482", "6482"),
        ("Memòria – pis de Gràcia\n- Codi de la porta de l'escala: 1756", "1756"),
        ("Kumbukumbu – nyumba\n- Namba ya siri ya geti: 6997", "6997"),
        # a money transfer's control number, a parcel locker's pickup code
        ("sent $300 to mama by Western Union. MTCN 748-839-2356, she picks it up tomorrow", "748-839-2356"),
        ("Palawan padala: KPTN ZCH-861-173-3565, ibigay mo kay tita", "ZCH-861-173-3565"),
        ("【丰巢】您的快递已到3号柜，取件码9-1-8397，请及时取件。", "9-1-8397"),
        # ids by their own layout
        ("me Ghana Card nɔma ne GHA-530020223-5, boa me", "GHA-530020223-5"),
        ("မှတ်ပုံတင်နံပါတ် 12/MaYaKa(N)223794 ပါ", "12/MaYaKa(N)223794"),
        (f"inombolo kamazisi {ZA_ID}, ngicela ungisize", ZA_ID),
        # a password under its name in more languages, or of random case with one symbol
        ('{"tham_so": {"ten_dang_nhap": "0912xxx456", "mat_khau": "hOwmdhuucmEpL?eb8"}}', "hOwmdhuucmEpL?eb8"),
        ("என் ஜிமெயில் பாஸ்வேர்ட் Lhg52dXkq?JRierDX, பில்லை டவுன்லோட் பண்ணு", "Lhg52dXkq?JRierDX"),
        ("Der Nutzer hat das neue WLAN-Passwort durchgegeben (YOlMr!WiCOy).", "YOlMr!WiCOy"),
        # a value the assistant recalls after a clause, a code read out after a few words
        (
            "user: remind me what my locker combo at the gym is\nassistant: You told me on Tuesday: 29-08-04.",
            "29-08-04",
        ),
        ("assistent: MitID beder om koden fra kodeviseren.\nbruger: der står 280 079", "280 079"),
        # an API key asked for in another language, sent alone in the next message; a diceware passphrase
        ("användare: lägg in API-nyckeln för Fortnox\nanvändare: JYwrXh3qDP1MkeJf7x93", "JYwrXh3qDP1MkeJf7x93"),
        ("user: new master password, a diceware one\nuser: exile-lawsuit-vault-plastic-ability-spell", "exile-lawsuit"),
        # an answer after "it's" or "she says it's"; an activation code; an ID card's second PIN
        ("The security question is the name of my first pet — it's Pickles McGee. Help me in", "Pickles McGee"),
        ("Borgeren fik en midlertidig MitID-aktiveringskode: 037860-526112. Gyldig i 7 dage.", "037860-526112"),
        ("minu ID-kaardi PIN2 19076, palun kinnitage makse", "19076"),
        # a Norwegian account by its check digit; South Africa's id under "ID number"; a token named in Romance order
        ("Ny ansatt, lønnskonto 4539.75.01934 (personlig konto i DNB).", "4539.75.01934"),
        (f"SASSA grant application: applicant ID number {ZA_ID.replace(' ', '')}; bank letter outstanding.", "880412"),
        ("PJE_USUARIO=escritorio.souza\nPJE_TOKEN_API=a9xr40vsud3pn1u9lznvwuh4m58xbfh1", "a9xr40vsud3pn1u9"),
        # digits as Chinese numerals written together, or as Hindi words in Latin letters; a US A-number
        ("微信支付密码是六八一九九五，老人家记不住", "六八一九九五"),
        ("papa ka ATM pin do saat shunya ek hai, unko yaad nahi rehta", "do saat shunya ek"),
        ("I-9 reverification: USCIS# / A-Number A162507298, card expires 2025-08-30.", "A162507298"),
        ("my A number is A-867 395 919 from the green card, they ask it in the form", "A-867 395 919"),
        # a PIN named in French and Swahili
        ("mon code confidentiel CB c'est 4311, ne le dis à personne", "4311"),
        ("namba yangu ya siri ya M-Pesa ni 1333, nitumie mama", "1333"),
    ],
)
def test_a_secret_told_in_round_sixteens_ways_is_redacted(text: str, value: str) -> None:
    assert redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        # a company's tax number under its record's heading or its invoice's title, in a conversation too
        "Dane firmy\nNazwa: Sklep Spożywczy „U Basi”\nNIP: 180-768-80-88\nREGON: 056694713",
        "Fattura n. 51/2026\nAzienda Agricola Il Fico di Rocco\nP.IVA 97771830011\nImponibile € 320,00",
        f"Пользователь: проверь поставщика\nАссистент: ООО «Северная Пекарня», ИНН {INN_COMPANY}, КПП 771401001.",
        "Employer: Finch & Rowe LLP, EIN 97-9070760, HR phone (617) 555-0143.",
        # an example, a sample, a published test value, named as such
        'il codice fiscale di esempio "RSSMRA85T10A562S" che usano nei tutorial è valido?',
        "示例身份证号 11010519491231002X 来自国家标准的说明文档，用于测试表单校验。",
        "O CPF 123.456.789-09 que aparece no manual é o exemplo clássico de documentação.",
        "Use Stripe test mode only. Card 4242 4242 4242 4242, any future expiry, any CVC like 123.",
        "Ejemplo de Redsys: tarjeta de pruebas 4548 8120 4940 0004, caducidad 12/34, CVV 123.",
        "Adyen test cards (from docs):\nMastercard 5555 3412 4444 1115  exp 03/30  CVC 737",
        "The spec example `Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==` (Aladdin / open sesame) is in the RFC.",
        "Telegram bot docs use `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11` as the example token.",
        "Authenticator docs use JBSWY3DPEHPK3PXP as the example secret key; it is public sample text.",
        'Used the RFC 6238 test secret "12345678901234567890" in the worked example.',
        # placeholders, digests, public keys
        '{"object": "payment_intent", "client_secret": "pi_REDACTED_secret_REDACTED", "livemode": false}',
        "Esimerkki dokumentaatiosta: salasana=VAIHDA_TAMA, token=<oma-tunnus>",
        "curl -u uzytkownik:haslo https://api.example.com/v1/faktury",
        "認証トークンではない。SHA 20c2d5d6ad8b08bfc40bf802b50fd8882192987d の差分も設定値の変更のみ。",
        "image:\n  tag: 2.14.0@sha256:968d039d9415024cb4a98cdc47041239a4ffa33c7de0dd7245491738dd3a5701",
        "Chiave pubblica WireGuard del server: /WtlfnKaIRbbue0aKTPE6RPfnVIcEI1MEAt0SVTAB2s=",
        '{"outil": "verifier_siret", "arguments": {"siret": "46395350592986"}}',
        "    Passwort-Reset-Mail: Link-Gültigkeit auf 30 Minuten verkürzt",
        # a factory's default, a postal PIN code in a delivery record, a network's name
        "Default pairing PIN for the JBL speaker is 0000 per the manual.",
        "Order ID: OD586136825526638307\nFlipkart delivery code: shared with customer via app\nPincode: 560034",
        "the wifi name is TP-Link_4F2A. password is on the sticker under the router",
        # numbers beside a warning that are not its code: a helpline, a postal PIN, a request's reference
        "ग्राहक सेवा नंबर 1800 11 2211 (टोल फ्री)। कृपया अपना OTP या पिन किसी से साझा न करें।",
        "डिलीवरी पिन कोड 420128 पर 2026-06-22 तक होगी। कृपया किसी के साथ अपना OTP साझा न करें।",
        "Ne communiquez jamais ce code, même à un conseiller. Référence de votre demande : 85002537.",
        # a company's tax number repeated on a line without its legal form; a practice's number (BSNR is not a BSN)
        "tool_result: Little Acorns LLC · EIN 77-8023517 · Paid\nassistant: The provider's EIN is 77-8023517.",
        "Praxis Dr. Weber – BSNR 741149059, LANR 944847201. Quartalsabrechnung Q3 übermittelt.",
        "Faktura 2024-771 fra Regnskapsbyrå Solberg AS, kontonummer for betaling 1798.98.87491.",
        "VISA •••• 4821\nAUTH CODE 083114\nAMOUNT EUR 23,40\nTHANK YOU",
        # numerals that count or name a chapter, "a number of" in prose, "char by char"
        "第一二三四五六章：二〇二六年十二月七日",
        "a number of 12345678 users saw it; do it now char by char",
        # a freephone number under a line that names an id
        "申請を受け付けました。お問い合わせはマイナンバー総合フリーダイヤル\n0120-95-0178 まで。",
    ],
)
def test_a_look_alike_of_round_sixteen_is_left_alone(text: str) -> None:
    assert unchanged(text)


def test_a_code_changed_after_its_factory_default_is_still_redacted() -> None:
    assert redacted("Voicemail setup: dial 121, default PIN was 0000, changed it to 5820", "5820")


def test_a_real_card_in_a_sandbox_task_is_still_redacted() -> None:
    text = (
        "TASK: Debug errors from the card-processor sandbox integration\n"
        'TOOL_CALL: {"number": "4728374554468076", "cvv": "503"}\n'
        "THOUGHT: a production card someone pasted into the sandbox test"
    )
    assert redacted(text, "4728374554468076")


def test_a_person_id_under_a_company_word_two_lines_up_is_kept_only_when_the_line_names_the_company() -> None:
    assert redacted(f"Client asked for a refund\nAssistant: send your INN\nClient: {INN_PERSON}", INN_PERSON)
