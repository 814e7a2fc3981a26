"""Round 14: values told by a setting's name in prose, by a word for a token in other scripts, a code's
purpose beside its word, a licence, a card's code after its last four digits, "set to"; and what stays."""

# ruff: noqa: RUF001  (words of other scripts)
import pytest

from skillhive.redact import redact_text

KEY48 = "Qm7vT2pX9kLw4RzN8cYb3HfJ6sGd1AeU5oPi0tVq2WxZ7nMr"
TOKEN64 = "p3k9x0w2m8v7c6b5n4l1j2h3g4f5d6s7a8q9w0e1r2t3y4u5i6o7p8a9s0d1f2g3"
UUID = "7c2e91d4-3b8a-4f6e-9d15-2a0c4b7e8f31"
SEED_24 = (
    "orbit velvet harbor picnic fabric meadow cable river copper lamp maple tiger "
    "salad window oxygen puzzle rescue ticket wolf zebra vault glove cabin hollow"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a setting's name that means a secret, then "is" in any language and the value
        (f"Người dùng: JWT_SECRET trên staging là {KEY48}, tại sao token không hợp lệ?", KEY48),
        (f"fyi the STRIPE_SECRET_KEY on staging is {KEY48} until Friday", KEY48),
        ("the DB_PASSWORD in prod is now Xk9#mPq2!zzR", "Xk9#mPq2!zzR"),
        # a word for a token in other scripts
        (f"کاربر: توکن API پنل این است: {TOKEN64} لطفاً فقط برای snapshot", TOKEN64),
        (f"משתמש: טוקן ה-API שלי: {TOKEN64}", TOKEN64),
        (f"उपयोगकर्ता: मेरा API टोकन {TOKEN64} है", TOKEN64),
        # an API's key may be a UUID; a Turkish key's word takes its possessive
        (f"Kullanıcı: Heroku API anahtarım {UUID}, bununla config'i çekebilirsin.", UUID),
        (f"my Mailgun API key: {UUID}", UUID),
        # what a code is for, beside its word: a one-time code
        ("Χρήστης: μου ήρθε ο κωδικός 2FA για το portal: 481922, συνέχισε.", "481922"),
        ("el código 2FA que me llegó para el banco: 550193", "550193"),
        # a licence's key in groups
        ('INFO sdk started ("License: PIWCWP1I-2KU6XIN9-KT0K2WSL-2WOB22WE (Enterprise, 25 seats)")', "2KU6XIN9"),
        ("Lizenz: 7GHQ2-KD9XM-4PZ7R-WQ3LN aktiviert", "KD9XM"),
        # a card's code after the card's last four digits
        ("Usuario: el código de seguridad de la tarjeta que termina en 6431 es 728, la web lo pide otra vez.", "728"),
        ("the CVV of the card ending in 4417 is 903", "903"),
        ("the security code of the card ending 6431 is 728", "728"),
        # a person's resident number in a record, a passport's serial with two digits
        ('{"claimant": "김민지", "resident_no": "901109-1744209", "status": "접수완료"}', "901109-1744209"),
        ("Nutzer: für die Einreise: Reisepassnummer FJZGC57CG, ausgestellt in München.", "FJZGC57CG"),
        # 24 BIP39 words after a colon (no checksum needed at that length), and alone on a line
        (f"Hier meine 24 Wörter, speicher sie in meinen Notizen: {SEED_24}", "picnic fabric meadow"),
        (f"notes.txt:\n{SEED_24}\n", "picnic fabric meadow"),
        # "set to": the value a few more words away
        ("Gebruiker: de code van de kluis in de hotelkamer heb ik ingesteld op 3214, onthoud dat.", "3214"),
    ],
)
def test_a_round_14_told_value_is_redacted(text: str, value: str) -> None:
    assert value not in redact_text(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        # a word as a key's value is none an issuer made
        'Edit app/config.py\n-API_KEY = "hardcoded"\n+API_KEY = os.environ["PAYMENTS_API_KEY"]',
        'ACCESS_TOKEN = "unset"  # filled by the deploy job',
        # the published jwt.io sample, where the line says so
        'SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0Ijo'
        'xNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"',
        # an error's code named like a setting, then an id
        f"2026-03-02 ERROR ورود ناموفق – کد خطا AUTH_401، شناسه {UUID}",
        f"GITHUB_TOKEN was rotated in commit 3f2a9b8c1d4e5f60718293a4b5c6d7e8f9012345",
        # a UUID after a key's word that is no API's
        f"Idempotency key: {UUID}",
        f"API request id: {UUID}",
        # a licence's name, not its key
        "License: MIT",
        "licensed under Apache-2.0, build 2024-0612-ABCD",
        # a card's last four digits alone, a year after "changed in"
        "the card ending in 4417 was charged 42.10 EUR yesterday",
        "the code of the safe in our room upstairs was changed in 2023 by staff",
        # twelve list words that fail the checksum: a list, not a phrase
        "able about above absent absorb abstract absurd abuse access accident account accuse",
        # a passport's word and a value with too few digits to be its number
        "passport photo: see attached scan DOC1 page",
    ],
)
def test_a_round_14_look_alike_stays(text: str) -> None:
    assert redact_text(text)[0] == text
