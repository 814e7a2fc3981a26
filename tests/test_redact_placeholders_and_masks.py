"""A value that says it is none is left alone whatever rule found it: "to be replaced" in a template, in the
languages teams write templates in, and a key shown masked as a dashboard shows it (a vendor's prefix, an
ellipsis, its last characters). Real values beside them are still redacted."""

from __future__ import annotations

import pytest

from skillhive.redact import redact_text


@pytest.mark.parametrize(
    "text",
    [
        "Dans le modèle, laisser SECRET_KEY=à-remplacer ; l'installateur écrit la vraie valeur.",
        "En la plantilla: DB_PASSWORD=a-reemplazar (lo rellena el script de despliegue)",
        "Vorlage .env.beispiel: API_TOKEN=bitte-ersetzen",
        "Nel file di esempio: password = da-sostituire",
        "В шаблоне: SECRET=заменить_на_свой",  # noqa: RUF001
        "テンプレート: api_key=置き換えてください",
        "Rotated the old key; the dashboard now lists sk-...q7Rz as revoked.",
        "Billing uses key sk_live_…9f2a (read-only view).",
        "Token ghp_…Xk2Q was deleted from the org settings.",
    ],
)
def test_a_value_that_says_it_is_to_be_replaced_or_is_masked_is_left_alone(text: str) -> None:
    assert redact_text(text)[0] == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("SECRET_KEY=Xq7-remplacer-9vTzLw2Rk", None),  # a word inside a random value does not spare it
        ("password: Summer...2024x!", "Summer...2024x!"),  # an ellipsis inside a password is not a mask
        ("api_key=sk-proj-Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7d", "Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7d"),
    ],
)
def test_real_values_beside_those_words_are_still_redacted(text: str, secret: str | None) -> None:
    redacted = redact_text(text)[0]
    assert redacted != text and (secret is None or secret not in redacted)
