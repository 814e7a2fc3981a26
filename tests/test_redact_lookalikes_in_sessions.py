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
        "SESSION_SECRET=generate_a_random_string_here",
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
    ],
)
def test_the_real_value_beside_each_kind_is_still_redacted(text: str, value: str) -> None:
    assert value not in redact_text(text)[0]
