"""Redaction by what carries a secret (round 4 of issue 17): a protocol's login verb, a command that
stores or prints one, a call or an element named for one, a URL that grants something, the shape of
a vendor token nobody listed, a one-time code said to be one; and the spares that hold for every rule.

Each class is shown in forms other than the corpora's (other tools, vendors, languages, syntaxes),
with values built here, and with the look-alikes it must leave alone. Values are assembled from
pieces so that secret scanners do not flag this file.
"""

from __future__ import annotations

import base64

import pytest

from redaction_checks import redacted, unchanged

PW = "Qm4" + "vLx8Tz2p"  # a password: letters of both cases and digits
SYMBOLIC = "Rk#" + "pWz!mQ?t"  # a password of letters and symbols, no digit
RANDOM36 = "aZ3kQ9" + "mW2xLp7Vt4Rb8Nc1Hd6Fg0Js5Ye3Uq"  # 36 random characters, mixed case
HEX40 = "5d1c9e3a" + "b7f20486" + "c1e9a3d5" + "f7b20e4c" + "86a1d3f9"
UUID = "7c2e5a19" + "-4b3d-4f8e-9a61-" + "2d7f0c8b4e15"
OTP = "48" + "2913"
WORDY = "hqzt-" + "wkmr-pfan-cvxe"  # an app-specific password: four groups of lower-case letters


def _luhn(body: str) -> str:
    """`body` with the check digit that makes it pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"+OK POP3 ready\nUSER mailer\n+OK\nPASS {PW}\n+OK logged in", PW, id="pop3-pass"),
        pytest.param(f"10.1.2.3:6379> AUTH worker {PW}\nOK", PW, id="redis-acl-auth-at-a-prompt"),
        pytest.param(f'A001 LOGIN "bob" "{PW}"\nA001 OK', PW, id="imap-quoted-login"),
        pytest.param(f"OPER netadmin {PW}", PW, id="irc-oper"),
        pytest.param(f"/ns identify {PW}", PW, id="irc-nickserv-short"),
        pytest.param(
            "334 " + base64.b64encode(b"password:").decode() + "\n" + base64.b64encode(PW.encode()).decode(),
            base64.b64encode(PW.encode()).decode(),
            id="smtp-login-lower-case-prompt",
        ),
    ],
)
def test_the_secret_argument_of_a_line_protocol_login_verb_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "250-AUTH LOGIN PLAIN CRAM-MD5\nAUTH LOGIN",
        "All 41 tests pass\nlogin successful",
        "## Pass credentials through the environment",
        "334 " + base64.b64encode(b"Username:").decode() + "\n" + base64.b64encode(b"bob@mail.test").decode(),
    ],
)
def test_protocol_words_without_a_secret_argument_are_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"La contraseña del wifi es {SYMBOLIC}", SYMBOLIC, id="symbols-without-a-digit"),
        pytest.param(f"Add meg a jelszót: {PW}", PW, id="hungarian-accusative"),
        pytest.param(f"รหัสผ่านของฐานข้อมูลคือ {PW}", PW, id="thai-with-words-between"),
        pytest.param(f"ALTER LOGIN app WITH PASSWORD = N'{PW}'", PW, id="sql-national-literal"),
        pytest.param(f'client = acme.ClientV3("{RANDOM36}")', RANDOM36, id="versioned-client"),
    ],
)
def test_passwords_in_more_prose_and_literal_forms_are_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"export ZED_TOKEN=zq_{RANDOM36}", RANDOM36, id="unlisted-prefix"),
        pytest.param(f"curl -H 'X-Client: acme_prod_{HEX40}' https://api.acme.test", HEX40, id="prod-hex"),
        pytest.param(f"Authorization: AcmeKey {HEX40}", HEX40, id="scheme-named-for-a-key"),
        pytest.param(f"API_TOKEN=v2.{RANDOM36}.sig", RANDOM36, id="dotted-token-with-a-random-part"),
    ],
)
def test_a_vendor_token_nobody_listed_is_redacted_by_its_shape(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        f"STRIPE_PK=pk_live_{RANDOM36}{RANDOM36}",  # publishable, public by design
        f"response id resp_{HEX40}",  # an object id: hex, no `live`
        "def test_parse_header_withVeryLongCamelCaseName2() -> None: ...",
    ],
)
def test_public_keys_and_ids_with_a_prefix_are_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"git config --global hub.oauthtoken {RANDOM36}", RANDOM36, id="git-config"),
        pytest.param(f"yarn config set npmAuthToken {RANDOM36}", RANDOM36, id="yarn-config"),
        pytest.param(f'dotnet user-secrets set "Smtp:Password" "{PW}"', PW, id="colon-path-key"),
        pytest.param(f"$ acmectl auth {UUID}\nLogged in.", UUID, id="auth-subcommand-uuid"),
        pytest.param(f"ftpput -u deploy -p {WORDY} ftp.acme.test site.tar", WORDY, id="p-after-u"),
        pytest.param(f"composer config -g gitlab-oauth.git.acme.test {RANDOM36}", RANDOM36, id="oauth-setting"),
        pytest.param(f"nexus-cli --user admin:'{PW}' ls", PW, id="quoted-user-password"),
        pytest.param(f"ansible-vault encrypt_string --vault-id prod@prompt '{PW}' --name db_pass", PW, id="encrypt"),
    ],
)
def test_what_a_command_stores_or_logs_in_with_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "git config --global user.email dev@acme.test",
        "npm config set registry https://registry.acme.test/",
        "gh auth status",
        "docker run -u 1000 -p 8080:80 nginx",
        "mysql -u root -p shop",
        "aws secretsmanager get-secret-value --secret-id prod/api-keys",
    ],
)
def test_settings_and_logins_without_a_secret_are_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    "text",
    [
        "WARNING: passing --token via the command line is insecure",
        "auth: rejected user=ops reason=expired_token retries=3",
        '{{ with secret "kv/data/app" }}{{ .Data.data.password }}{{ end }}',
        "MAPBOX_TOKEN=pk." + base64.b64encode(b'{"u":"acme"}').decode() + ".Zr4xWq9LmT2",
        "SMS sent to=+4930123456789 status=queued",
        "host key: " + base64.b64encode(bytes(range(32))).decode(),
        "[Peer]\nPublic Key = " + base64.b64encode(bytes(range(1, 33))).decode(),
    ],
)
def test_function_words_log_fields_templates_public_keys_and_phone_numbers_are_left_alone(text: str) -> None:
    assert unchanged(text)


def test_a_template_statement_that_assigns_a_secret_is_still_redacted() -> None:
    assert redacted(f'{{% set api_token = "{RANDOM36}" %}}', RANDOM36)


def test_no_rule_reads_a_markers_kind_as_a_name() -> None:
    assert unchanged(f"key=[REDACTED:password]:{RANDOM36}")


@pytest.mark.parametrize(
    "card",
    [
        pytest.param(_luhn("624" + "3" * 14 + "7"), id="unionpay-19"),
        pytest.param(_luhn("6763" + "1" * 12 + "5"), id="maestro-18"),
        pytest.param(_luhn("5018" + "2" * 10 + "4"), id="maestro-16-50"),
    ],
)
def test_luhn_valid_maestro_and_unionpay_numbers_are_redacted(card: str) -> None:
    assert redacted(f"charge declined pan={card} scheme=debit", card)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"VAULT_SECRET_ID={UUID}", UUID, id="secret-id-uuid"),
        pytest.param(
            "ANDROID_KEYSTORE_B64: " + base64.b64encode(bytes(range(256)) * 3).decode(),
            base64.b64encode(bytes(range(256)) * 3).decode(),
            id="keystore-of-any-length",
        ),
        pytest.param(f"SIGNING_PFX={RANDOM36}", RANDOM36, id="pfx"),
        pytest.param(f"macaroon: {HEX40}{HEX40}", HEX40, id="macaroon"),
        pytest.param(f'#define API_SECRET "{PW}"', PW, id="define"),
        pytest.param(f"setenv SMTP_PASS {PW}", PW, id="setenv"),
        pytest.param(f"Array\n(\n    [db_password] => {PW}\n)", PW, id="print-r"),
        pytest.param(
            f'object(Cfg)#1 (1) {{\n  ["token":protected]=>\n  string(36) "{RANDOM36}"\n}}', RANDOM36, id="var-dump"
        ),
        pytest.param(f'<field id="apiToken">{RANDOM36}</field>', RANDOM36, id="element-named-by-id"),
        pytest.param(f'<property name="jdbc.password" value="{PW}"/>', PW, id="property-value"),
        pytest.param(f'<Password type="plain">{PW}</Password>', PW, id="element-with-attributes"),
    ],
)
def test_values_under_names_in_more_syntaxes_are_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        '<parameter name="token_count">42</parameter>',
        '<input type="password" name="password" placeholder="Password">',
        "keystore_path=/etc/app/release.jks",
        "SECRET_ID=prod/payments/stripe",
    ],
)
def test_names_with_counts_paths_and_labels_are_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"Tu código de verificación es {OTP}", OTP, id="spanish"),
        pytest.param(f"認証コードは {OTP} です", OTP, id="japanese"),
        pytest.param(f"Twój kod weryfikacyjny: {OTP}", OTP, id="polish"),
        pytest.param(f'{{"method": "verify", "params": {{"totp": "{OTP}"}}}}', OTP, id="totp-key-digits"),
        pytest.param(f"your one-time passcode is {OTP[:3]}-{OTP[3:]}", OTP[3:], id="grouped"),
    ],
)
def test_a_one_time_code_said_to_be_one_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "The verification code is 6 digits long",
        "OTP expiry is 300 seconds",
        "tan(x) = 1234 for this angle",
        "Enter the 6-digit login code we sent you",
    ],
)
def test_prose_about_one_time_codes_is_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"Accept: https://team.acme.test/invitations/accept?token={RANDOM36}", RANDOM36, id="invite"),
        pytest.param(f"Sign in: https://app.acme.test/magic-link/{RANDOM36}", RANDOM36, id="magic-link"),
        pytest.param(f'rpc = "https://eth.rpc.acme.test/v2/{RANDOM36}"', RANDOM36, id="key-after-version"),
        pytest.param(
            "Authenticator setup key: " + "mzxw 6ytb oi2d 4nrt gm3d k5lq",
            "mzxw 6ytb oi2d 4nrt gm3d k5lq",
            id="base32-groups-lower-case",
        ),
    ],
)
def test_urls_that_grant_access_and_keys_in_base32_groups_are_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "https://docs.acme.test/reset-password/how-it-works-for-admins",
        f"https://git.acme.test/o/r/commit/{HEX40} - join us on chat",
        "the key is in the drawer near room 2345",
        f"POST https://login.idp.acme.test/{UUID}/oauth2/v2.0/token",
        f"https://signup.acme.test/{RANDOM36}/docs",
    ],
)
def test_urls_and_numbers_without_a_capability_are_left_alone(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"$ kubectl exec vault-0 -- cat /vault/init/rootToken\n{RANDOM36}", RANDOM36, id="camel-file"),
        pytest.param(f"$ ./rotate-admin-password --user ops\nDone.\nGenerated password: {PW}", PW, id="labelled"),
        pytest.param(f"signer = Wallet.fromPrivateKey(Buffer.from('{HEX40}', 'hex'))", HEX40, id="setter-call"),
        pytest.param(f"conn = pymssql.connect(host, 'etl', '{PW}')", PW, id="connect"),
        pytest.param(
            f'{{"cookies": [{{"name": "remember_web", "value": "{RANDOM36}", "domain": ".acme.test"}}]}}',
            RANDOM36,
            id="cookie-object",
        ),
    ],
)
def test_what_a_secret_command_prints_and_what_a_secret_call_takes_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        'value = vault.getSecret("prod/db/password")',
        'cache.setKey("user_profile_cache")',
        '{"name": "theme", "value": "dark", "domain": ".acme.test"}',
    ],
)
def test_calls_that_read_a_secret_by_name_and_plain_cookies_are_left_alone(text: str) -> None:
    assert unchanged(text)


def _kimlik(first9: str) -> str:
    d = [int(c) for c in first9]
    d10 = (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10
    return first9 + str(d10) + str((sum(d) + d10) % 10)


def _rut(body: str) -> str:
    check = 11 - sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body))) % 11
    return body + {11: "0", 10: "K"}.get(check, str(check))


def _fnr(first9: str) -> str:
    d = [int(c) for c in first9]
    k1 = 11 - sum(a * b for a, b in zip(d, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=True)) % 11
    d.append(0 if k1 == 11 else k1)
    k2 = 11 - sum(a * b for a, b in zip(d, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return first9 + str(d[9]) + str(0 if k2 == 11 else k2)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"kimlik_no: {_kimlik('152738490')}", _kimlik("152738490"), id="tc-kimlik-yaml"),
        pytest.param(f"rut={_rut('15273849')}", _rut("15273849"), id="rut-undotted"),
        pytest.param(f"Fødselsnummer: {_fnr('150385123')}", _fnr("150385123"), id="fodselsnummer"),
        pytest.param(f"South African ID {_luhn('850312508008')}", _luhn("850312508008"), id="za-id"),
    ],
)
def test_more_national_ids_after_their_name_are_redacted_when_their_check_holds(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "workflow run 123456789 failed",
        f"rut={'15273849'}{'0' if _rut('15273849')[-1] != '0' else '1'}",  # wrong check character
    ],
)
def test_numbers_after_those_names_with_a_wrong_check_are_left_alone(text: str) -> None:
    assert unchanged(text)
