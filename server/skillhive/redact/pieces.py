"""A credential of a fixed form typed in pieces, one message (one line) each, known by the form it makes whole.

- A GitHub token (`gh[pousr]_` and 36 letters and digits) cut short at the end of a line: the cut
  piece is a token's, and the next line's last word goes with it when it brings the body to its 36.
- An AWS secret access key (40 characters of base64's alphabet, random) in one of the three messages
  after its access key id (`AKIA…`, or the marker the id's rule left), as a chat has it: "key id …",
  "secret in next msg", then the secret alone.
"""

from __future__ import annotations

import re

from skillhive.redact.engine import _Rule
from skillhive.redact.judge import entropy

_GITHUB_BODY = 36
# the rest of the token: the next line's last word, after a speaker's label or a timestamp
_REST = re.compile(r"[ \t]*\r?\n[^\n]{0,40}?(?<![A-Za-z0-9_])(?P<rest>[A-Za-z0-9]{4,28})[ \t]*(?![^\r\n])")


def _github_end(m: re.Match[str]) -> int:
    """The end of the cut token's rest on the next line when it brings the body to 36, else the cut's end."""
    rest = _REST.match(m.string, m.end())
    if rest is not None and len(m.group("body")) + len(rest.group("rest")) == _GITHUB_BODY:
        return rest.end("rest")
    return m.end()


def _random_piece(body: str) -> bool:
    """Letters of both cases and digits, well mixed: a token's piece, not `ghp_exampleToken`."""
    has_case = any(c.isupper() for c in body) and any(c.islower() for c in body)
    return has_case and sum(c.isdigit() for c in body) >= 2 and entropy(body) >= 3.2


def _mixed(value: str) -> bool:
    """Upper- and lower-case letters and digits: random base64, not a SHA-1 in hex."""
    return any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value)


PIECE_RULES: tuple[_Rule, ...] = (
    # Twilio's client made from its account (or API key) SID and its secret: `twilio('AC…', '<32 hex>')`,
    # `Client("AC…", "<32 hex>")`; the SID before may already be a marker
    _Rule(
        "twilio-auth-token",
        r"(?:twilio|Client)\([ \t]*[\"'](?:(?:AC|SK)[0-9a-f]{32}|\[REDACTED:[a-z-]+\])[\"'][ \t]*,[ \t]*[\"']"
        r"(?P<s>[0-9a-f]{32})[\"']",
        ("twilio(", "Client("),
    ),
    _Rule(
        "github-token",
        # the line ends, or a dash says the rest follows ("Part 1: ghp_… — part 2 in the next message")
        r"gh[pousr]_(?<![A-Za-z0-9_]gh[pousr]_)(?P<body>[A-Za-z0-9]{12,35})[ \t]*(?:(?![^\r\n])|(?=[—–][ \t]))",  # noqa: RUF001
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
        spare=lambda m, text: not _random_piece(m.group("body")),
        span_of=lambda m: (m.start(), _github_end(m)),
    ),
    _Rule(
        "aws-secret-key",
        r"(?:\[REDACTED:aws-access-key-id\]|A(?<![A-Za-z0-9]A)(?:KIA|SIA)[A-Z0-9]{16}(?![A-Za-z0-9]))"
        # on a line of the next three, or later on the same line ("… / секрет Y0lp…")
        r"(?:[^\n]{0,200}(?:\n[^\n]{0,200}){0,2}?\n[^\n]{0,60}?|[^\n]{0,120}?)(?<![A-Za-z0-9/+=])(?P<s>[A-Za-z0-9/+]{40})"
        r"(?![A-Za-z0-9/+=])",
        ("AKIA", "ASIA", "aws-access-key-id"),
        spare=lambda m, text: not _mixed(m.group("s")),
    ),
)
