"""The two questions every redaction test asks of one text."""

from __future__ import annotations

from skillhive.redact import redact_text


def redacted(text: str, secret: str) -> bool:
    """Whether no trace of `secret` survives redaction of `text`."""
    return secret not in redact_text(text)[0]


def unchanged(text: str) -> bool:
    """Whether `text` comes back byte for byte, with no redaction counted."""
    return redact_text(text) == (text, 0)
