"""Round 13's look-alikes: what agents' sessions print beside secrets and is none (each with the real
value beside it still redacted)."""

# ruff: noqa: RUF001  (words of other scripts)
import pytest

from skillhive.redact import redact_text

SHA256 = "8c7c4c6604c21f77edada43fcb2700ac9e7275e07fb903c6dffb3b2b15282129"


@pytest.mark.parametrize(
    "text",
    [
        # a cache's key: words and a whole digest
        f"Run actions/cache@v4\n  with:\n    path: ~/.cache/pip\n    key: Linux-pip-{SHA256}\n"
        f"Cache restored from key: Linux-pip-{SHA256[::-1]}",
        # secrets a CI runner masked
        "Using secrets: AWS_ROLE_ARN=*** NPM_TOKEN=*** (masked by runner)",
        # ssh-keygen's randomart after a command that names a key file
        '$ ssh-keygen -t ed25519 -f ./deploy_key -N ""\nThe key\'s randomart image is:\n+--[ED25519 256]--+\n'
        "|      .o+=*B*o.  |\n+----[SHA256]-----+\n$ ls",
        # a comment after code is no root prompt: the lines after it are not its output
        '+    "cryptography==8.10.16",  # pin: CVE-2026-10597 fixed upstream\n     "pyjwt>=2.8,<3",\n',
        "pin: GHSA-4x7q-9c2m-hv3p",
        "@maria: the runbook's rotation date is 2026-12-17; key id stays `whsec-prod-v8`.",
        "Key name: signing-2026-q4, key alias alias/prod-webhooks",
        "Card XXXX-XXXX-XXXX-0545 · limit 6000 EUR · status active",
        "[agent] The site asks for the 6-digit verification code sent by SMS to •••• 4471; waiting for the user.",
        "[18:52] customer: ट्रैकिंग नंबर RR394674017CN. पिन कोड: 560001 बेंगलुरु.",
        # digits glued inside a parcel's number, a label's letters inside a base64 hash
        "Pedido enviado pelos Correios, código de rastreio NB123456789BR, prazo de 5 dias úteis.",
        '"integrity": "sha512-V99BDrE4Rv9G8D0vSRyRABILG7GEaSXVZjb7Ut3x0xZ/DlN42vaiDe3Ey/'
        'rgCJRCC+PoGgEt32+LrCt8Cxa7zA=="',
        "HTTP 503 (upstream connect error or disconnect/reset before headers. reset reason: 0x80004005)",
        # published test values where the line says so
        "כרטיס בדיקה לסביבת הפיתוח: 4111 1111 1111 1111, תוקף 12/30 — לא כרטיס אמיתי.",
        "Beispiel für das IBAN-Format: DE89 3704 0044 0532 0130 00 (offizielles Muster der Bundesbank).",
        # a company's tax number on an invoice
        "Τιμολόγιο Α-2026/0918, ΑΦΜ εταιρείας 094014201, σύνολο 1.240,00 €.",
        # a placeholder in Spanish, prose in German after a label
        "CLAVE_API=TU_CLAVE_AQUI",
        "    Passwort-Validierung: Mindestlänge auf 12 Zeichen erhöht",
    ],
)
def test_a_round_13_look_alike_comes_back_unchanged(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("key: hV8kQ2xZ7pL4mN9rT3wY6bC1", "hV8kQ2xZ7pL4mN9rT3wY6bC1"),  # a key that names no digest
        ("Using secrets: AWS_SECRET=Qk9vP2xT7mR4 (leaked by a script)", "Qk9vP2xT7mR4"),
        ("sqlplus scott/Tiger#2026@orcl", "Tiger#2026"),
        ("rman target sys/Oracle_77x@prod", "Oracle_77x"),
        ("the api key is kQ9v#Lm2Xz7!Rt", "kQ9v#Lm2Xz7!Rt"),
        ("charged card 4111 1111 1111 1111 exp 12/29", "4111 1111 1111 1111"),  # no word says it is a test's
        ("my card 4929 1832 0563 8129, the test is tomorrow", "4929 1832 0563 8129"),  # not a published one
        ("Ο ΑΜΚΑ μου είναι 16129143695", "16129143695"),
        ("PIN: 4821 (bank card)", "4821"),
        ("Passwort-Validierung: Sonnenblume77!", "Sonnenblume77!"),
    ],
)
def test_the_real_value_beside_each_round_13_look_alike_is_still_redacted(text: str, value: str) -> None:
    assert value not in redact_text(text)[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a label's line that ends with a colon, a blank line, then the value on its own
        (
            "Subject: Your verification code\n\nUse this code to finish signing in:\n\n    627534\n\nIt expires.",
            "627534",
        ),
        ("Verwenden Sie diesen Code, um die Anmeldung abzuschließen:\n\n    358338\n", "358338"),
        ("请输入以下验证码完成登录：\n\n    892366\n", "892366"),
        ("Girişi tamamlamak için bu kodu kullanın:\n\n    275083\n", "275083"),
        (
            "Hi Priya,\nYour temporary password is:\n\n    SrQE5xlAjJGGQczN\n\nChange it at first login.",
            "SrQE5xlAjJGGQczN",
        ),
        # a code said with a text message or signing in is a one-time code
        ("[10:26] customer: Der Code aus der SMS ist 351024. Meine Bestellnummer lautet #533527.", "351024"),
        ("[18:36] customer: El código que me llegó por SMS es 442396.", "442396"),
        ("Gebruik de volgende code om in te loggen: 21589228", "21589228"),
        # a user and a password, each in backticks, a spaced slash between
        ("Notfallzugang (bitte rotieren): user `breakglass` / `uERp#Nebula695?`", "uERp#Nebula695?"),
        # an id whose name comes after it, in brackets or after a dash
        ("  id        = 16480344Q    (Mi DNI es)", "16480344Q"),
        ("  id        = 090194-525T    (Henkilötunnukseni on)", "090194-525T"),
        ("BSN: see form — 111222333 — mijn BSN", "111222333"),
    ],
)
def test_a_value_told_by_structure_or_by_a_name_after_it_is_redacted(text: str, value: str) -> None:
    assert value not in redact_text(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Error code 4012 while signing in: try again later.",
        "Use the promo code 2026 at checkout, then log in.",
        "Order 16480344 (DNI field left empty)",  # fails the DNI's check
        "Ticket 111222334 — BSN missing on the form",
        "Sign in to read this:\n\n    https://example.com/docs\n",
    ],
)
def test_a_number_near_a_sign_in_word_or_an_id_s_name_that_is_none_stays(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a password with no digit: cases that change at random, or two symbols
        ("Palvelimen salasana on mOAvuveKYAvk — käy tarkistamassa lokit.", "mOAvuveKYAvk"),
        ("رمز عبور سرور تست i#OvpD-hT$G%R است. لطفاً لاگ‌ها را بررسی کن.", "i#OvpD-hT$G%R"),
        # further than a few words, a credential's shape right after "is"
        ("Nenosiri la akaunti ya M-Pesa ya biashara ni Yp_*4*Jkpex*k, tafadhali pakua taarifa.", "Yp_*4*Jkpex*k"),
        # a note in brackets between the concept and its colon; a bank's TAN
        ("Ihre TAN für die Überweisung an Stadtwerke Köln (249,00 EUR): 786748", "786748"),
        ("FRITZ!Box-Kennwort (Aufkleber Unterseite): 0538-8491-7345-4366", "0538-8491-7345-4366"),
        ("Hej! Din engångskod för inloggning hos Kivra är LXYA8I. Koden gäller i 15 minuter.", "LXYA8I"),
        ("میرا اے ٹی ایم پن 1555 ہے، براہ کرم کسی کو نہ بتائیں۔", "1555"),
        # ids by their published checks: Germany's pension number, a DEA number, India's PAN in Hindi
        ("Für die Krankenkasse: Rentenversicherungsnummer 23 140575 C 372.", "23 140575 C 372"),
        ("Prescriber NPI 1480016678, DEA FB9232543", "FB9232543"),
        ("पैन कार्ड नंबर: DZIPW9828H — ITR फाइल करने के लिए।", "DZIPW9828H"),
        ("Fødselsnummer (11 siffer): 16129549517", "16129549517"),
        # an Ethereum private key named on its line; an AWS secret later on the key id's line
        ("const wallet = new ethers.Wallet('0x" + "c4" * 32 + "', provider);", "c4" * 32),
        ("private key of the test wallet (has real funds): 0x" + "9e" * 32, "9e" * 32),
        (
            "Ключ для S3: AKIAQX7ZB4N2P6R8T1VW / секрет Y0lpXQjPl2W24sfJI3kbvgGoTcTAOvQl6qQfr81c — в .env",
            "Y0lpXQjPl2W24sfJI3kbvgGoTcTAOvQl6qQfr81c",
        ),
        ("Part 1: ghp_qsee7Bl2vJ1xP7Fm — part 2 follows in the next message.", "ghp_qsee7Bl2vJ1xP7Fm"),
    ],
)
def test_a_round_13_told_value_is_redacted(text: str, value: str) -> None:
    assert value not in redact_text(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "The password field uses CamelCase: ServerConfigManager is the class that checks it.",
        "docker run -e POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?set it in .env} postgres:16",
        "tx hash 0x" + "ab" * 32 + " confirmed; the wallet's public key is on file",
        "public key for the wallet: 0x" + "04" * 32,
        "Die TAN-Liste (Papier) wurde 2019 abgeschafft.",
        "tan(x) = 1234 for this angle",
        "Kennwort (mindestens 12 Zeichen): bitte selbst wählen",
        "Rentenversicherungsnummer 23 140575 C 371 (failing its check)",
    ],
)
def test_a_round_13_near_miss_stays(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    "text",
    [
        # a `#` comment before a config is no root prompt: the lines after it are not a command's output
        "# values.yaml - do not put real credentials here; they come from the sealed secret\n"
        'image:\n  digest: "sha256:90aae6c5a1fe5ebfe3a46f8daaf567c4a09edfd2e55cd6b214e224a68fff38ad"',
        "# 本番設定（シークレットは Secrets Manager から取得）\nredis:\n  url: redis://elasticache:6379",
        "    existingSecret: app-postgres",
        '  "NextToken": "n6/y/bzhrRcNU7z3FrLW00DJz3BAGX07OKZNymnbcE1sehMz"',
        "STRIPE_SECRET_KEY=sk_test_REPLACE_ME\nJWT_SECRET=change-me-in-production",
        '  password: "op://Infra/SMTP relay/password"',
        '<add name="Main" connectionString="Server=sql01;User Id=app;Password=#{SqlPassword}#;" />',
        '<add key="InstrumentationKey" value="81f16bd7-1fb3-454a-8cff-63ea553545f7" />',
        "Gebruik nooit het wachtwoord als argument. Doe liever: docker login --password-stdin\nTicket: OPS-8359, ok.",
        " PASS  src/__tests__/Avatar.test.tsx",
        '{"type": "tool_use", "id": "toolu_01cfaOWXps6DTrSnxIeGQ4Mr", "name": "read_file"}\n'
        '{"tool_use_id": "toolu_01cwQXXoJnYGDet4ZP3ShcpW", "content": "API_KEY=\\nDB_PASSWORD=\\n# fill these"}',
        "gpg: Signature faite le 2026-07-25 avec la clé RSA 01920C426D1E576ADAAF1AF6567F26EBE0298991",
        "오류 로그인 실패 사용자=kim.j 사유=비밀번호 만료 요청ID=4e2cc172-8e7f-40c4-a344-b2ed4b4af4ae",
        "ΣΦΑΛΜΑ αποτυχία σύνδεσης — κωδικός σφάλματος 0x80070005",
        "订单号：524496676609199655",
        "여권 만료일 20310810",
    ],
)
def test_a_round_13_config_or_log_look_alike_stays(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your license key:\n\n    4CDOO-XEF5U-WK9MN-EIA6V-28FNY\n\nKeep this email.", "4CDOO-XEF5U-WK9MN-EIA6V-28FNY"),
        (
            "[Teams] Luca: mi serve la secret key del bucket\n"
            "[Teams] Anna: eccola: Sz1MtJHF74Ke+aDd1nl3fiqkJGGp3FYE0U6Hr4WW",
            "Sz1MtJHF74Ke+aDd1nl3fiqkJGGp3FYE0U6Hr4WW",
        ),
        ("MAILGUN_CHAVE=2a6e5e74869f9704408807dd90338aef-244a3742-ac91eb77", "2a6e5e74869f9704408807dd90338aef"),
        ("العميل: وصلتني رسالة فيها رمز التحقق 621337، هل أرسله لكم؟", "621337"),
        ("رمز عبور وای‌فای خونه رو عوض کردم، جدیدش panda_201S هست", "panda_201S"),
        ("رمز پویا: 136284\nبانک ملت", "136284"),
        ("RM0 Maybank2u: TAC anda ialah 369980 untuk pemindahan ke akaun ***4521.", "369980"),
        ("Operátor: Přečtěte mi prosím ověřovací kód z SMS.\nZákazník: Jo, ověřovací kód je 647 339.", "647 339"),
        ("Caller: yeah so my card PIN is, um, 5 3 0 1, and it keeps getting declined.", "5 3 0 1"),
        ("वीज़ा आवेदन के लिए मेरा पासपोर्ट नंबर N4268124 है, समाप्ति तिथि 2032।", "N4268124"),
        ("签证材料中护照号码为 E08698605，有效期至2033年。", "E08698605"),
        ('<add name="Main" connectionString="Server=sql01;Password=Qx7#vL2m!pR9;" />', "Qx7#vL2m!pR9"),
    ],
)
def test_a_round_13_value_from_the_second_pass_is_redacted(text: str, value: str) -> None:
    assert value not in redact_text(text)[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Room 614 — Wi-Fi: HYATT_GUEST / access code OJXC7402 (valid through checkout).", "OJXC7402"),
        ("InPost: Paczka czeka w Paczkomacie WAW22M. Kod odbioru: 234886. Odbierz do 09.12.", "234886"),
        ("Antifurto di casa: codice disinserimento 50318. Se suona chiamare la vigilanza.", "50318"),
        ("Portkoden till Vasagatan 12 är 0788, sen tredje våningen.", "0788"),
        ("kode til Dankort: 0113. Husk at smide sedlen ud.", "0113"),
        ("집 도어락 비번 바뀜: 0768* 누르면 열려요.", "0768*"),
        ("كلمة سر الواي فاي في الشقة الجديدة: Zamalek63?\nاسم الشبكة: WE_9F21", "Zamalek63?"),
        ("Спільний ключ: f~rjVQU-7jUyy^\nЛогін: o.kovalenko", "f~rjVQU-7jUyy^"),
        ("סיסמת אדמין לגרפנה בפרודקשן שונתה ל- V6mr$b7VUYOI1Z , תעדכנו את ה-Vault", "V6mr$b7VUYOI1Z"),
        ("دسترسی SSH سرور جدید: کاربر root رمز Mh1YJ8MbYq$EM~ آی‌پی 185.163.63.172", "Mh1YJ8MbYq$EM~"),
        ("Passordet til Tripletex (regnskap) er nå Bergen2009. Brukernavn er post@firma.no.", "Bergen2009"),
        (
            "Credenziali gestionale: utente amministrazione@pizzeria.it / Pizza2023*. Il commercialista legge.",
            "Pizza2023*",
        ),
        ("Tài khoản KiotViet cửa hàng: admin / ZXhNe_vOQ0. Nhân viên ca tối dùng tài khoản riêng.", "ZXhNe_vOQ0"),
        (
            "const client = twilio('AC0123456789abcdef0123456789abcdef', 'f4ce4cf552874478b90e7185005592d5');",
            "f4ce4cf552874478b90e7185005592d5",
        ),
        (
            "TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/421e80be-78f1-40a5-ab41-3ecc917ca6d9@08c75779-"
            "354b-4464-ad96-aa5384e63751/IncomingWebhook/0123456789abcdef0123456789abcdef/6a307c2b-b787-4bd5-b454-"
            "5117f2897c1b/Rr5I7GVVKQEzdVDrukYqfbuYzTVVBFgdUTrlsnC_9BS",
            "Rr5I7GVVKQEzdVDrukYqfbuYzTVVBFgdUTrlsnC_9BS",
        ),
        # a personal account stays a secret, on an invoice too when nothing says it is the business's
        (
            "Please pay the milk cheque into GB85BARC82698122855677 (account name: Harrow Farms Ltd).",
            "GB85BARC82698122855677",
        ),
        ("Graag het bedrag overmaken naar NL94 BLLS 9464 3707 20 t.n.v. S. de Vries", "NL94 BLLS 9464 3707 20"),
    ],
)
def test_a_round_13_third_pass_value_is_redacted(text: str, value: str) -> None:
    assert value not in redact_text(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Rechnung Nr. 2026-5672 – Malerbetrieb Kühn GmbH, USt-IdNr. DE774179218, zahlbar auf IBAN "
        "DE27 0900 9996 8871 3851 04 (Firmenkonto).",
        "Factuur 2026-333 — Bloemenhuis Vermeer, KvK 68587644, btw NL269416953B01. Graag overmaken op "
        "NL91 ABNA 0417 1643 00 t.n.v. Bloemenhuis Vermeer.",
        "請求書番号 18382909／登録番号 T6623234492613／お振込先：三井住友銀行 渋谷支店 普通 8827587",
        "Shopify,owner@lunabakery.com,[in 1Password]",
        "We store passwords with Argon2id (m=19456, t=2, p=1); you can't recover the password from it.",
        'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access '
        'token expired"\nX-Request-Id: req_7fJ2kLmQ9pX\nContent-Length: 0',
        "Σφάλμα 403: Δεν έχετε δικαίωμα πρόσβασης. Κωδικός αιτήματος 7F2A-19C4.",
        "geohash u33dc8u4k, plus code 9F4MGCM4+V3",
    ],
)
def test_a_round_13_third_pass_look_alike_stays(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # in a trajectory's records: a value in brackets after its word, a key after a key's word in any language
        ("Lição: a cliente mandou a senha do app por e-mail (Saffron.1204.). Pedi que troque.", "Saffron.1204"),
        ("생각: 사용자가 공동인증서 비밀번호(RWvYSx#5L99h)를 알려줬다.", "RWvYSx#5L99h"),
        ("Lesson: the payroll export needs the SFTP password (mcxh=fQFK*f_4P-m) which expires.", "mcxh=fQFK*f_4P-m"),
        (
            "Käyttäjä: datan rajapinnan avain on fb1cd7194b4819bbef948fea758138ff6b6ec900. Hae luvut.",
            "fb1cd7194b4819bbef948fea758138ff6b6ec900",
        ),
        (
            "Lesson: the Moodle web service token (a010dd9eaa51c138dfeda982c5705d24) belongs to the teacher.",
            "a010dd9eaa51c138dfeda982c5705d24",
        ),
        (
            "思考：用户提供了淘宝开放平台的 AppSecret：335d630f7348f2498c4e24567c02506a ，我用它来签名。",
            "335d630f7348f2498c4e24567c02506a",
        ),
        (
            "Lärdom: appen återställs med den hemliga nyckeln KWD6E6QZ4DZVOQD2Z2QS6V4IRDL7SELR; aldrig i noter.",
            "KWD6E6QZ4DZVOQD2Z2QS6V4IRDL7SELR",
        ),
        # typed into a field its selector names, in camelCase or a national form's name
        ('browser.fill {"selector": "#userPw", "value": "Meadow.1214*"}', "Meadow.1214*"),
        ('browser.type {"selector": "input[name=cpf]", "text": "882.861.017-40"}', "882.861.017-40"),
        # an API key sent as basic auth's user with a dummy password, a pair's password
        (
            'http_request {"url": "https://bamboohr.com", "auth": ["b0aca812afa3da7c9056870eb6583a5377069473", "x"]}',
            "b0aca812afa3da7c9056870eb6583a5377069473",
        ),
        (
            'http_request {"auth": ["AC079505cf89b5d3c92a2e2c1718685647", "4537b3ab7c375614cc83a0e52810a342"]}',
            "4537b3ab7c375614cc83a0e52810a342",
        ),
        (
            'User: the read replica password is "better-boat-analyst-buyer" — pull the churn numbers.',
            "better-boat-analyst-buyer",
        ),
        ("Oppi: kirjautuminen vaati kertakoodin; käyttäjä antoi koodin 316464.", "316464"),
        ("Användare: koden till tvättstugan och förrådet är 8623, lägg in den i schemat.", "8623"),
    ],
)
def test_a_round_13_trajectory_record_s_secret_is_redacted(text: str, value: str) -> None:
    assert value not in redact_text(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Annotations:      checksum/secret: 9180c77023c6ae0af51b01d1fa9b11c50b4acb8de5b931d08503e5fbc17db6f6",
        "INFO tokenizer: vocab sha256=af6228e677baacd3b77cc4c44bf33158e0d8b208907cae5a02574e2e73decc08 max_tokens=8192",
        "$ acmectl api-keys list --org org_WHsJM3rZq9Si",
        "AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE",
        "Every HS256 token starts with the header eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9, which is no secret.",
        "the secret for the commit 4b1d88df08e740a88068b3aedd698110aa12bc34 is in the vault",
        'browser.fill {"selector": "#username", "value": "jsmith"}',
        'requests.get(url, auth=("alice", "<password>"))',
        '"auth": ["bob", "x"]',
    ],
)
def test_a_round_13_trajectory_record_look_alike_stays(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'ACTION: browser.fill({"fields": {"full_name": "Eva Lindqvist", "id_number": "086107149731"}})',
            "086107149731",
        ),
        ('<- {"name": "Eva Lindqvist", "id_number": "9892753828"}', "9892753828"),
        ('ACTION: shell.run({"cmd": "pwgen -sy 18 1"})\nOBSERVATION: 2OB4bdZRSe$EX8\n$ ', "2OB4bdZRSe$EX8"),
        ('action: shell.run({"cmd": "pwgen -sy 18 1"})\nobservation:\nb1BylrH7d89X%PhgCDX\n$ ', "b1BylrH7d89X%PhgCDX"),
        (
            "Can you redeploy staging? My passphrase is tundra-nectar-oyster-glacier-saffron (don't judge lol)",
            "tundra-nectar-oyster-glacier-saffron",
        ),
        (
            'notes.save({"title": "recovery", "body": "h5c28-fqcad cvax5-fayz8 akavv-d94rx vuz7r-s5769"})',
            "h5c28-fqcad cvax5-fayz8 akavv-d94rx vuz7r-s5769",
        ),
        ("[09:41] +44 7700 900437: Code 38766 to confirm payment of 129.90 EUR. Never share this code.", "38766"),
        (
            "Klart. Jag använde API-nyckel af504bd46759ded3f50e97d7ccce0617. Ref REQ-N6GOHJ.",
            "af504bd46759ded3f50e97d7ccce0617",
        ),
        (
            "task: 信息：CoinVault，助记词 affair atom above ball aunt cannon abstract anger boat bone absent across。",
            "affair atom above ball aunt cannon abstract anger boat bone absent across",
        ),
        ('{"type": "tool_use", "input": {"type": "passport", "number": "014592079", "country": "USA"}}', "014592079"),
    ],
)
def test_a_round_13_fifth_pass_value_is_redacted(text: str, value: str) -> None:
    assert value not in redact_text(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        'action: browser.fill({"fields": {"tax_id": "<TAX_ID>", "period": "2026-Q3"}})',
        "Done. PASS=14 WARN=1 ERROR=0 SKIP=0 TOTAL=15 (invocation 648b59be-549b-4977-a043-cc9f2a116a09)",
        "$ grep -n STRIPE .env.example\n4:STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxx\n$ ",
        "Hosts: web-01a web-02b db-03c cache-4d2; releases v1-2 v1-3",
        "the password is long-enough-now",
        'profile.get({"fields": ["name", "id_number"]})',
    ],
)
def test_a_round_13_fifth_pass_look_alike_stays(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize("speaker", ["David", "Jean-Pierre", "Bob"])
def test_a_speaker_whose_name_ends_like_an_id_or_header_still_sends_a_lone_credential(speaker: str) -> None:
    text = f"Anna: can you send me the credentials?\n{speaker}: q8fK2mQ9xL4pR7sT1vW3y"
    assert "q8fK2mQ9xL4pR7sT1vW3y" not in redact_text(text)[0]
