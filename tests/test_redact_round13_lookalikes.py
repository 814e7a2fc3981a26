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
