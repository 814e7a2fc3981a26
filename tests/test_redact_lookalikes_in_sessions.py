"""Look-alikes that agents' sessions are full of, left alone: each kind was found changed in an audit of an
independent corpus of whole session steps (corpus18, whose texts the lead did not read: a helper listed the
kinds). The texts here are this project's own; beside each kind, the real value it must not spare."""

from __future__ import annotations

import pytest

from skillhive.redact import redact_text


@pytest.mark.parametrize(
    "text",
    [
        # a business's VAT number on an invoice: public by law, not a person's document
        "Rechnung Nr. 2026-118 — USt-IdNr. DE123456789, zahlbar binnen 14 Tagen.",
        "Seller: ACME BV, BTW-IdNr NL123456789B01",
        # a template's instruction for making the value, in words joined as a value is
        "# .env.example\nJWT_SECRET=please-generate-with-openssl-rand-hex-32",
        "SESSION_SECRET=generate-with-openssl-rand-base64-48",
        # a digest of a secret named as one: a pod's annotation, a field of a digest
        "Annotations:  checksum/secret: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        'audit = {"sha256_of_token": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"}',
        # a commit's hex named as one, after a sentence about a token
        "Review: this moves the token lookup to os.environ; commit e4b7d90a follows up with the docs.",
        # a name after a weak key word: an encoding's, a setting's
        "tests/test_tok.py::test_encode PASSED  encoding loaded key=cl100k_base vocab=100277",
        # an object's uid under a manifest that says Secret (a line of YAML is not a chat message)
        "$ kubectl get secret app-creds -o yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app-creds\n"
        "  uid: 5b0e2c1a-93f4-4d7e-8a21-6c3f0b9d7e42\ntype: Opaque\ndata: {}",
        # an empty value in inline code, then prose up to the next backtick
        "Copia `.env.ejemplo` a `.env` y rellena `API_KEY=` con tu clave. No subas el `.env` al repositorio.",
        # a postal code whose word holds "code" (Hebrew מיקוד)
        "לקוח: הכתובת שלי חיפה, מיקוד 3303120",
    ],
)
def test_a_look_alike_of_an_agent_s_session_comes_back_unchanged(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Steuer-IdNr.: 12 345 678 903", "12 345 678 903"),  # a person's tax id is still one
        ("DB_PASSWORD=please-let-me-in-2024", "please-let-me-in-2024"),  # a passphrase with one such word
        ("DB_PASSWORD=correct-horse-battery-staple", "correct-horse-battery-staple"),
        ("client_secret: 9f86d081884c7d659a2feaa0c55ad015", "9f86d081884c7d659a2feaa0c55ad015"),  # hex, no digest word
        ("the token is e4b7d90a77c1f0aa; commit it nowhere", "e4b7d90a77c1f0aa"),  # hex after "is", not "commit"
        ("API_KEY=`sk_live_51HcXq2Lk9PqR7sT3uV5wX7yZ9aB1cD3eF5g`", "51HcXq2Lk9PqR7sT3uV5wX7yZ9aB1cD3eF5g"),
        ("קוד הכניסה לבניין: 4471", "4471"),  # a door's code in Hebrew is still one
        (  # an Azure account key whose base64 begins with `/` is a key, not a path
            "DefaultEndpointsProtocol=https;AccountName=stdata;AccountKey=/QIvD7kq2Lm9xPz4Rw8TnB3yHc6VfJ1sGa5Ue0Oi==;",
            "/QIvD7kq2Lm9xPz4Rw8TnB3yHc6VfJ1sGa5Ue0Oi==",
        ),
    ],
)
def test_the_real_value_beside_each_kind_is_still_redacted(text: str, value: str) -> None:
    assert value not in redact_text(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Frase semilla de la cartera: timber ankle lunar echo echo tunnel ankle orbit domain echo frost candy",
        "助记词：timber ankle lunar echo echo tunnel ankle orbit domain echo frost candy",  # noqa: RUF001
        "Seed phrase (paper backup): timber ankle lunar echo echo tunnel ankle orbit domain echo frost candy",
    ],
)
def test_twelve_bip39_words_after_a_label_naming_a_seed_phrase_in_any_of_several_languages_are_redacted(
    text: str,
) -> None:
    assert "timber ankle" not in redact_text(text)[0]


def test_twelve_list_words_after_a_label_that_names_no_seed_phrase_are_left_alone() -> None:
    text = "Einkaufsliste: apple banana bread butter cheese coffee cream egg flour honey juice lemon"
    assert redact_text(text)[0] == text
