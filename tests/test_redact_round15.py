"""Round 15, five passes (corpora 31-34, 36, 37 read): digits said as words in more languages, seed phrases parted
by marks, a name and a number as a password, ids named on the line before or in more languages, SQL and OFX
columns, security answers after an arrow or "with", a card's code by where it is printed, keypad entries,
backup codes, accounts proved by their own checks; and what stays (India's postal PIN, a business's KRA PIN,
PAN, SIRET or account, weak examples, a sentence's end in other scripts, request ids after a token's word)."""

# ruff: noqa: RUF001  (words of other scripts)
import pytest

from redaction_checks import redacted, unchanged

AADHAAR = "9996 0452 4520"  # passes Verhoeff
SIN = "262 592 827"  # passes Luhn
STEUER_ID = "73 946 767 356"  # passes the Steuer-ID's check
CNP = "1851131154444"  # passes Romania's CNP check
SEED_12 = "buddy acoustic wolf verify cart vote acid base bless adapt black bulk"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a code said digit by digit in words, in more languages; a password's too
        ("(ujumbe wa sauti) PIN yangu ya benki ni tisa nane sita tatu, usimwambie mtu", "tisa nane sita tatu"),
        ("Baba ya ce lambar sirrin katin ita ce daya biyu uku hudu", "daya biyu uku hudu"),
        ("babushka skazala pin kod sem odin dva tri, snimi dengi", "sem odin dva tri"),
        ("mật khẩu ví của bố là hai ba bốn năm sáu bảy nhé", "hai ba bốn năm sáu bảy"),
        ("(message vocal) mon code Wave c'est un deux trois quatre, envoie vite", "un deux trois quatre"),
        # a seed phrase in guillemets under its name, or parted by dashes on its own line
        (f"el usuario pegó su frase semilla:\n«{SEED_12}»\nno la repitas", SEED_12),
        (
            "Phrase de récupération (NE PAS PERDRE) :\n" + " - ".join(SEED_12.split()) + "\ncréée le 03/05/2022",
            "buddy - acoustic",
        ),
        # a word and a number as a password, right after its word or after "is"
        ("the wifi password is mango_4417 (all small letters)", "mango_4417"),
        ("Ela mandou o e-mail e a senha lobo_2231 pelo chat.", "lobo_2231"),
        ("Dad: what's the login again\nEmma: same email, pw kiwi.5521", "kiwi.5521"),
        ("ryokan no wifi pasuwaado wa sakura2231 desu", "sakura2231"),
        ("o kodikos gia to portal einai feta*5521 alla den leitourgei", "feta*5521"),
        # an id named on the line before its value, or at the end of a sentence before it
        (f"they want my aadhaar no for the pension form\n{AADHAAR}\nwhich box?", AADHAAR),
        (f"got my SIN today at the service centre!!\n{SIN}\ndo I give it to my boss?", SIN),
        (f"Minijob im Café, der Chef will meine Steuer-ID\nist {STEUER_ID}\nreicht das?", STEUER_ID),
        # a security question's answer after an arrow, "I put", "stored as"
        ("Q1 mother's maiden name -> Adeyemi\nQ2 first school -> St Mary's", "Adeyemi"),
        ("the bank asks a security question\nmother's maiden name\ni put Kowalski but it says wrong", "Kowalski"),
        ('Lesson: at this bank the "first pet" answer is stored as "Biscuit" with a capital B.', "Biscuit"),
        # a card's security code by where it is printed
        ("pay with the card ending in 4231, the code on the back is 552... and deliver by noon", "552"),
        # an id's field named with an underscore for its dash; an INSERT's column named for an id
        ('{"name": "Jonas Weber", "steuer_id": "' + STEUER_ID.replace(" ", "") + '", "kasse": "TK"}', "946767356"),
        (f"INSERT INTO clienti (nume, prenume, cnp, judet) VALUES ('Popescu', 'Andrei', '{CNP}', 'Cluj');", CNP),
        (f"INSERT INTO c (a, cnp) VALUES ('x', '1700722320533'), ('Ana', '{CNP}');", CNP),
        # a keypad's entry after a code's word; a backup code; a password's colon and letters with digits
        ("abre con la llave, han puesto teclado. Código nuevo: 9777# — no lo pongáis en la pizarra", "9777#"),
        ("резервний код 7fka-5vct (кожен код одноразовий)", "7fka-5vct"),
        ("ID：278 474 223，密码：dbv4zo", "dbv4zo"),
        ("The password for the CHEM201 final exam PDF is c3JhaPQIwg", "c3JhaPQIwg"),
        ("passphrase for the backup stick: saddle quiver lantern harbor walnut fennel census", "saddle quiver"),
        # a key box's code in other languages; a PIN in capitals beside a (hardware) token
        ("La boîte à clés est à droite de l'entrée, code 5598. Bon séjour !", "5598"),
        ("Nøkkelskapet i hangar 1 har fått ny kode: 5166. Ring meg.", "5166"),
        ("Das Zertifikat liegt auf dem Token, PIN 147248. Nach dem Senden bitte melden.", "147248"),
        # ids by name with no check digit: Bangladesh's NID in Bengali, the Philippines' SSS, Portugal's NISS
        ("জাতীয় পরিচয়পত্র নম্বর: 1218415985", "1218415985"),
        ("ito po yung SSS number ko para sa payroll: 72-0467915-7. Salamat po", "72-0467915-7"),
        ("NISS: 15496645156", "15496645156"),
        ("Паспорт гражданина РФ: серия и номер 44 19 659735, выдан 18.06.2024", "659735"),
        # pass 4: an inflected personnummer, a lower-case NI number, a CURP anywhere, words for "my" and "is"
        ("Försäkringskassan vill ha personnumret för bostadsbidraget, mitt är 19580609-2382.", "19580609-2382"),
        ("universal credit keeps asking me to verify NI number. its yk544773d", "yk544773d"),
        ("me piden la CURP de mi hijo, es SEFC730125HJCCRZ22", "SEFC730125HJCCRZ22"),
        ("Mai amfani: lambar NIN dina ita ce 90925360132.", "90925360132"),
        ("ተጠቃሚ፡ ለሴፍቲኔት ምዝገባ የፋይዳ ቁጥሬ 9009093974353926 ነው።", "9009093974353926"),
        ("PhilSys Card Number (PCN): 7381-1459-0426-3915. Pasaporte kasunod.", "7381-1459-0426-3915"),
        ("meu título de eleitor é 9584 6248 0388.", "9584 6248 0388"),
        ("Die fragen nach der Ausweisnummer,\ndas ist W6JM7L67P5. Der Täter schrieb mir.", "W6JM7L67P5"),
        # a later id's name between an earlier one's and the value; the same number typed again ungrouped
        (
            "He doesn't have an SSN, he has an ITIN:\n967-71-5587. Field expects dashes removed -> 967715587.",
            "967715587",
        ),
        # transliterated and abbreviated words for a password; BLIK inflected; a smart lock's code in Arabic
        ("gebruiker: log in, e-mail noor.b@ziggo.nl ww iblatstroop225", "iblatstroop225"),
        ("karbar: lotfan vared sho, ramz Tehran6380! — bebin kasi payam dade?", "Tehran6380!"),
        ("płacę BLIKIEM za bilety, kod 466596, szybko bo zaraz wygaśnie", "466596"),
        ("رسالة للضيف: رمز القفل الذكي للشقة هو 139693 ثم اضغط ✓", "139693"),
        # pass 5: a password in brackets after its word; an answer given "with"; a card's code by a failure;
        # Germany's pension insurance number; an OFX statement's account; a Medicare card
        ("생각: 사용자가 공동인증서 비밀번호(hangang_run7)를 보내왔다.", "hangang_run7"),
        ("Suy nghĩ: khách gửi mật khẩu internet banking (caphe_sua_da7) trong tin nhắn.", "caphe_sua_da7"),
        ('caller answered security question "mother\'s maiden name" with "Przybylski".', "Przybylski"),
        ("If the payment fails again my security code is 695, use it", "695"),
        ("DEÜV-Meldung vorbereitet\nVersicherungsnummer: 12 130772 A 041", "130772"),
        ("<BANKACCTFROM><BANKID>056802320<ACCTID>2917804718<ACCTTYPE>CHECKING</BANKACCTFROM>", "2917804718"),
        ("Patient Medicare card 6591 834176 (ref 2), private cover with extras.", "6591 834176"),
        # a Czech and a Hungarian account by their own check digits after their words
        ("Uživatel: pošli prosím 1 500 Kč na účet 7143752535/0100, to je můj bratr", "7143752535/0100"),
        ("számlaszám: 11773016-44753527-36645982, kedvezményezett Kovács Bence", "11773016-44753527-36645982"),
    ],
)
def test_a_secret_told_in_round_fifteens_ways_is_redacted(text: str, value: str) -> None:
    assert redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        # India's postal code, named a PIN, in an address
        "Deliver to: 14 MG Road, Camp, Pune, PIN code 411001. Cash on delivery.",
        "Delivery by Tue, 9 Dec | PIN 411014 (Pune)",
        "bhaiya address: B-19, Laxmi Nagar, Delhi, PIN code 110092. COD rakhna",
        # a business's KRA PIN on its receipt
        "NAIVAS SUPERMARKET\nTOTAL 770.00\nKRA PIN P051234567Z  (business)",
        # a weak password shown as an example
        "Passwords like 'password123', 'qwerty' or your name + 123 get guessed in seconds.",
        # a sentence that ends in another script's full stop before a number
        "बैंक कभी भी फ़ोन करके पिन नहीं माँगता। शक हो तो 1930 पर शिकायत करें।",
        "分析：不是密钥过期。部署失败的提交是 85cf9eb23b666f014b2aa1d36b45ed6251710410，与上次一致。",
        # a company's account on the invoice it issued (its title says invoice, its letterhead a legal form)
        "INVOICE INV-2026-3108\nNorthwind Foods Ltd, 4 Dock Rd, Bristol\nTOTAL DUE £211.20\n"
        "Pay to: Northwind Foods Ltd, IBAN GB75 LOYD 0556 7699 8621 24, BIC NWBKGB2L",
        "FAKTURA VAT nr FV/578/12/2026\nSprzedawca: Piekarnia Kłos Sp. z o.o.\n"
        "Konto firmowe: PL69 8738 9738 8331 8507 9118 5191",
        # a request's id after the words that follow a token's word, in a log of any language
        "WARN auth: токен доступа истёк, клиент mobile-ios, запрос d6d56926-b15c-47eb-a6ee-9dbc9fa131ab",
        "2024-06-12 09:12:45 PERINGATAN token kedaluwarsa, permintaan 6fcd2282-45b1-4aff-bd07-1d2c6108e468",
        # where a password is kept, not what it is
        "ya hice rotate del token de GitHub, el nuevo está en 1Password, no lo pegues aquí porfa.",
        # an object's members on their lines: not a table whose header names a secret column
        '{\n  "username": "",\n  "token": "",\n  "game_password": "",\n  "require_user_verification": true\n}',
        # an example said in another language
        "Doku: Für Tests bitte nur die Beispiel-IBAN DE02 1203 0000 0000 2020 51 verwenden.",
        # a business's id column in SQL is not read as a person's
        "INSERT INTO suppliers (name, ein) VALUES ('Greenleaf Supply Co.', '68-9875431');",
        # a business's registration and a payment's reference, though they pass Luhn
        "Boulangeries Lefèvre SAS — SIRET 64350854217223 — code NAF 10.71C",
        "Payroll update: salary credited, UTR no. BIDOR313744464646687.",
        "  UTR: 891069742937",
        # a company's PAN (its fourth letter), a company's OIB, a business's KRA PIN under any rule
        "GSTIN: 29YSFEZ8740C1Z8   Company PAN: FKQCD9548J",
        "Procjenitelj: Croatia osiguranje d.d., OIB društva 53871545473 — izvid u srijedu.",
        "KRA PIN: P054239704E",
        "KRA PIN ya kampuni: P071023420M. Malipo yamethibitishwa.",
        # a log's JSON members, Terraform's masked output, published test values
        '{"level":"warn","msg":"password reset requested for unknown email","trace_id":"6a49e1f6c564ec939e4ca4d03"}',
        '"db_password": {"value": "(sensitive)", "type": "string", "sensitive": true}',
        'def test_rejects_known_invalid_ssns():\n    for ssn in ["078-05-1120", "219-09-9999", "123-45-6789"]:',
        'const testCard3DS = "4000 0027 6000 3184"; // Stripe test card',
        # the digits at an Italian IBAN's end, on a company's invoice; a business account said so
        "FATTURA n. 395/2026\nForno Rossi S.r.l.\n"
        "Pagamento: bonifico su IBAN aziendale IT52 M802 3266 3422 5065 2403 476",
        "ACH: Account 9614302592 (business checking)",
        # an account published for donations; an organisation's id
        "Spendenkonto: Flüchtlingshilfe Nordstadt e.V., IBAN DE68 7645 1194 6138 3775 46, BIC GENODEM1GLS",
        "Las donaciones a la Fundación se hacen con RUT de la organización 76.931.055-K",
        # Razorpay's key id (public: its secret is another value); a partnership's P.IVA on its invoice
        '{"key": "rzp_live_lAi2YNQP34hdfP", "amount": 49900, "currency": "INR"}',
        "Fattura n. 327/2025 — Trattoria Al Ponte S.n.c., P.IVA 86166500586, REA MI-1149104.",
        # a Czech account's shape that fails its check, with no bank said
        "Uživatel: pošli prosím 1 500 Kč na účet 7143752536/0100, to je můj bratr",
    ],
)
def test_a_look_alike_of_round_fifteen_is_left_alone(text: str) -> None:
    assert unchanged(text)


def test_a_changed_account_on_an_invoice_is_still_redacted() -> None:
    text = (
        "INVOICE 4471\nHarrow Farms Ltd\nPlease note our bank details have changed: "
        "pay into GB75 LOYD 0556 7699 8621 24 from today"
    )
    assert redacted(text, "GB75 LOYD 0556 7699 8621 24")


def test_a_weak_looking_password_a_person_gives_as_theirs_is_still_redacted() -> None:
    assert redacted("my password is password123, please log in for me", "password123")


def test_a_persons_pan_kra_pin_and_uk_utr_are_still_redacted() -> None:
    assert redacted("my PAN is ABCPD1234F for the ITR", "ABCPD1234F")
    assert redacted("KRA PIN yangu ni A012345678Z, naomba unijazie fomu", "A012345678Z")
    assert redacted("KRA PIN: A012345678Z", "A012345678Z")
    assert redacted("UTR: 12345 67890", "12345 67890")


def test_a_phrase_of_prose_after_a_passwords_colon_is_left_alone() -> None:
    assert unchanged("Password: required for all users of the portal")
