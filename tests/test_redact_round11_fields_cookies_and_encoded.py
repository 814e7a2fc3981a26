"""Redaction round 11: a value typed into a form field the call names as a secret's, session cookies
as a browser tool passes them or its developer tools list them, an API key that goes by the app's id,
PAM's `authtok`, and a password the name says is hex or base64 — and the look-alikes beside each.

Every value is built from pieces here; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from redaction_checks import redacted, unchanged

PASSWORD = "Tq8" + "vLm2" + "wPz4e"
SSN = "61" + "4" + "28" + "3095"
SESSION = "k3u9x0" + "qw7rt2" + "mzp5vb8ly4ne"
HEX_KEY = "9f3c" + "a1e07b" + "d24c66" + "8e51f0" + "b3a97d" + "2c4e"
PASSWORD_HEX = "Pay4" + "Bix7" + "Dug9"  # its hex is all digits


@pytest.mark.parametrize(
    "text, secret",
    [
        pytest.param(
            '{"name": "page.fill", "input": {"selector": "#password", "text": "5hRT' + 'wo2KxNa9", "submit": true}}',
            "5hRT" + "wo2KxNa9",
            id="json-selector-and-text",
        ),
        pytest.param(
            'Action: page.type(selector="#pwd", text="5hRT' + 'wo2KxNa9")', "5hRT" + "wo2KxNa9", id="call-kwargs"
        ),
        pytest.param(
            '{"tool": "fill_form", "args": {"field": "ssn", "value": "' + SSN + '"}}',
            SSN,
            id="id-field",
        ),
        pytest.param(
            '{"url": "https://portal.example/tenant", "cookies": "lang=en; JSESSIONID=' + SESSION + '"}',
            SESSION,
            id="cookies-argument",
        ),
        pytest.param(
            f"Name\tValue\tDomain\tPath\nsessionid\t{SESSION}\tshop.example.com\t/\tSession",
            SESSION,
            id="devtools-cookie-row",
        ),
        pytest.param(f"GET /v3/forecast?city=Oslo&appid={HEX_KEY}&units=metric HTTP/1.1", HEX_KEY, id="appid-query"),
        pytest.param(f"[pam]\nkrb5_authtok = {PASSWORD}\n", PASSWORD, id="authtok"),
        pytest.param(
            f"[dsl]\napn=internet\npass_hex={PASSWORD_HEX.encode().hex()}\n",
            PASSWORD_HEX.encode().hex(),
            id="password-as-hex",
        ),
    ],
)
def test_a_secret_named_by_its_field_cookie_or_encoding_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"selector": "#search", "text": "flights to Oslo"}', id="search-field"),
        pytest.param('{"field": "ssn", "value": ""}', id="empty-id-field"),
        pytest.param('{"label": "Password", "text": "Forgot your password?"}', id="label-and-its-text"),
        pytest.param('page.fill(selector="#password", text="{{password}}")', id="templated-value"),
        pytest.param('{"cookies": "lang=de; consent=1"}', id="cookies-without-a-session"),
        pytest.param("Name\tValue\tDomain\tPath\nlang\tde\tshop.example.com\t/", id="devtools-row-of-a-setting"),
        pytest.param("GET /apps?appid=730&l=english HTTP/1.1", id="numeric-app-id"),
        pytest.param("color_hex=ff00aa11\npass_hex=deadbeef", id="hex-that-decodes-to-bytes"),
    ],
)
def test_fields_cookies_and_hex_that_hold_no_secret_are_left_alone(text: str) -> None:
    assert unchanged(text)
