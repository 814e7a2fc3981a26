"""Secrets an independent red team found stored readable: each replays one leak of its report.

The rules had fitted the corpus they were written for; these are shapes it did not hold (other
tools' password flags, other header schemes, encoded layers, PII). Values are assembled from pieces
so that secret scanners do not flag this file.
"""

from __future__ import annotations

import base64
import json
import urllib.parse

import pytest

from skillhive.models import Outcome, OutcomeStatus, Step, TrajectoryIn
from skillhive.redact import redact_text, redact_trajectory, redact_value

PW = "Tr0ub4dor" + "&3xQ"  # a password: letters, digits, a symbol
TOKEN = "q7Vd9" + "Lm2Xw8Rk4Tz1Np6Bs3Hc5Jf"  # 29 random characters, no vendor prefix
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYzQ7pL2mN9vKe"
B64_PEM_BODY = base64.b64encode(
    bytes([0x30, 0x82, 0x04, 0xA4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01]) + b"\x00\xc3" * 60
).decode()

LEAKS = [
    pytest.param(f"aws configure set aws_secret_access_key {AWS_SECRET}", AWS_SECRET, id="aws-configure-set"),
    pytest.param(f"npm config set //registry.npmjs.org/:_authToken {TOKEN}", TOKEN, id="npm-config-set-authtoken"),
    pytest.param(f"curl -H 'Authorization: SSWS {TOKEN}' https://acme.okta.com/api/v1/users", TOKEN, id="auth-ssws"),
    pytest.param(f"Authorization: ApiKey {TOKEN}", TOKEN, id="auth-apikey"),
    pytest.param(
        f'-H "Authorization: Splunk 5f2b1c7e-{TOKEN[:4]}-4c1d-9e8f-{TOKEN[4:16]}"', TOKEN[4:16], id="auth-splunk"
    ),
    pytest.param(f"Proxy-Authorization: Negotiate {TOKEN}", TOKEN, id="proxy-authorization"),
    pytest.param(f"DATABASE_URL=postgres://app:p@ss{PW}@db.internal:5432/app", PW, id="url-password-with-at"),
    pytest.param(f"redis://default:ab/{PW}@cache.internal:6379/0", PW, id="url-password-with-slash"),
    pytest.param(f"sqlplus scott/{PW}@orcl.example.com:1521/ORCLPDB1", PW, id="oracle-user-slash-password"),
    pytest.param(f"$ cat ~/.pgpass\ndb.internal:5432:app:app_user:{PW}\n", PW, id="pgpass-line"),
    pytest.param(f"sqlcmd -S tcp:sql01,1433 -U sa -P '{PW}' -Q 'SELECT 1'", PW, id="sqlcmd-P"),
    pytest.param(f"mongosh 'mongodb://db:27017/admin' -u root -p {PW}", PW, id="mongosh-p"),
    pytest.param(f'ldapsearch -x -D "cn=admin,dc=acme,dc=org" -w {PW} -b "dc=acme,dc=org"', PW, id="ldapsearch-w"),
    pytest.param(
        f"keytool -importkeystore -srckeystore a.p12 -storepass {PW} -keypass {PW}", PW, id="keytool-storepass"
    ),
    pytest.param(f"zip -r -P {PW} backup.zip ./db", PW, id="zip-P"),
    pytest.param(f"htpasswd -b -c /etc/nginx/.htpasswd admin {PW}", PW, id="htpasswd-b"),
    pytest.param(f"echo '{PW}' | sudo -S systemctl restart nginx", PW, id="echo-pipe-sudo-S"),
    pytest.param(f'r = requests.get(url, auth=("svc-reports", "{PW}"))', PW, id="requests-auth-tuple"),
    pytest.param(f'<add key="DbPassword" value="{PW}" />', PW, id="dotnet-appsettings-add-key"),
    pytest.param(f"db:\n  password: |\n    {PW}\n  host: db.internal\n", PW, id="yaml-block-scalar"),
    pytest.param(
        "apiVersion: v1\nkind: Secret\ndata:\n  DATABASE_URL: "
        + base64.b64encode(f"postgres://app:{PW}@db:5432/app".encode()).decode()
        + "\n",
        base64.b64encode(f"postgres://app:{PW}@db:5432/app".encode()).decode(),
        id="kubernetes-secret-base64-value",
    ),
    pytest.param(json.dumps({"body": json.dumps({"password": PW})}), PW, id="json-escaped-in-a-string"),
    pytest.param(
        f"GET /callback?next={urllib.parse.quote('https://x.io/?access_token=' + TOKEN, safe='')}",
        TOKEN,
        id="url-encoded-token",
    ),
    pytest.param(f"Cookie: theme=dark; sessionid={TOKEN}", TOKEN, id="cookie-session-id"),
    pytest.param(f"Set-Cookie: JSESSIONID={TOKEN}; Path=/; HttpOnly", TOKEN, id="set-cookie-session-id"),
    pytest.param(
        "C: AUTH PLAIN " + base64.b64encode(f"\0mailer@acme.io\0{PW}".encode()).decode(),
        base64.b64encode(f"\0mailer@acme.io\0{PW}".encode()).decode(),
        id="smtp-auth-plain",
    ),
    pytest.param(
        "POST https://outlook.office.com/webhook/1b2c3d4e-aaaa-bbbb-cccc-123456789abc@aaaa/IncomingWebhook/"
        f"{TOKEN}/5f6e7d8c-1111-2222-3333-444455556666",
        TOKEN,
        id="webhook-ms-teams",
    ),
    pytest.param(
        f"MATTERMOST_HOOK=https://chat.acme.io/hooks/{TOKEN.lower()[:26]}", TOKEN.lower()[:26], id="webhook-mattermost"
    ),
    pytest.param(f"https://discord.com/api/webhooks/123456789012345678/{TOKEN}xY", TOKEN, id="webhook-discord-short"),
    pytest.param(
        f"key material:\n{B64_PEM_BODY[:64]}\n{B64_PEM_BODY[64:128]}\n",
        B64_PEM_BODY[8:64],
        id="pem-body-without-header",
    ),
    pytest.param(f"api_key = {TOKEN[:16]}\n{TOKEN[16:]}{TOKEN[:12]}\n", TOKEN[16:], id="token-wrapped-across-lines"),
    pytest.param(f"leaked combo list:\nalice.smith@example.com:{PW}\n", PW, id="email-password-line"),
    pytest.param("charged card 4111 1111 1111 1111 exp 12/29", "4111 1111 1111 1111", id="card-number"),
    pytest.param("customer ssn: 123-45-6789 on file", "123-45-6789", id="us-ssn"),
    pytest.param("IBAN DE89 3704 0044 0532 0130 00 for the refund", "DE89 3704 0044 0532 0130 00", id="iban"),
]


@pytest.mark.parametrize(("text", "secret"), LEAKS)
def test_a_leak_the_red_team_found_is_now_redacted(text: str, secret: str) -> None:
    redacted, count = redact_text(text)
    assert secret not in redacted, redacted
    assert count >= 1
    assert redact_text(redacted) == (redacted, 0)


@pytest.mark.parametrize("key", ["dbPassword", "accessToken", "pin", "smtp-passwd", "clientSecret", "x_api_key"])
def test_a_tool_argument_under_a_secret_named_key_is_redacted(key: str) -> None:
    value = "8402" if key == "pin" else PW
    redacted, count = redact_value({"host": "db.internal", key: value})
    assert redacted["host"] == "db.internal"
    assert value not in json.dumps(redacted)
    assert count == 1


@pytest.mark.parametrize("key", ["primaryKey", "keyboard", "max_tokens", "token_count", "pin_memory", "passed"])
def test_a_tool_argument_whose_key_only_looks_secret_is_kept(key: str) -> None:
    assert redact_value({key: "Ab12345678"}) == ({key: "Ab12345678"}, 0)


def test_a_secret_in_a_tag_becomes_a_redacted_tag() -> None:
    t = TrajectoryIn(
        task="deploy",
        steps=[Step(thought="t", action="a", observation="o")],
        outcome=Outcome(status=OutcomeStatus.SUCCESS),
        tags=[
            "deploy",
            "dbPassword:Tr0ub4dor.3xQ",
            TOKEN,
            "release:2.4.1",
            "sha:3f786850e387550fdab836ed7e6dc881de23001b",
        ],
    )
    redacted, count = redact_trajectory(t)
    assert count == 2
    assert redacted.tags == [
        "deploy",
        "redacted:password",
        "redacted:token",
        "release:2.4.1",
        "sha:3f786850e387550fdab836ed7e6dc881de23001b",
    ]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(f"vault login {TOKEN}", TOKEN, id="vault-login"),
        pytest.param(f"gh auth login --with-token <<< {TOKEN}", TOKEN, id="gh-auth-login-here-string"),
        pytest.param(f"net user admin {PW} /add", PW, id="net-user"),
        pytest.param(f"rabbitmqctl add_user admin {PW}", PW, id="rabbitmqctl-add-user"),
        pytest.param(f"lftp -u admin,{PW} ftp.acme.io", PW, id="lftp-u-comma"),
        pytest.param(f"my jira password is {PW}, log in as dkim", PW, id="prose-password"),
    ],
)
def test_a_password_given_as_a_plain_argument_or_in_prose_is_redacted(text: str, secret: str) -> None:
    redacted, count = redact_text(text)
    assert secret not in redacted, redacted
    assert count == 1


@pytest.mark.parametrize(
    "text",
    [
        "az login --tenant 72f988bf-86f1-41af-91ab-2d7cd011db47",
        "docker login -u bot registry-1.docker.io",
        "2024-03-11 INFO auth.login user_id=4812 ip=10.0.3.17",
        "The password must be at least 12 characters.",
        "ssh -p 2222 deploy@host && curl -w '%{http_code}' https://x && grep -w error app.log",
        "Authorization: required for all endpoints",
        "Cookie: _ga=GA1.2.1837264519.1710753262; theme=dark",
        "order 4000 1234 5678 9011 shipped",  # not Luhn-valid
    ],
)
def test_look_alikes_of_the_general_rules_are_left_alone(text: str) -> None:
    assert redact_text(text) == (text, 0)


def test_a_token_wrapped_onto_the_next_line_is_followed_but_a_date_line_after_a_secret_is_kept() -> None:
    assert redact_text(f"api_key = {TOKEN[:16]}\n{TOKEN[16:]}{TOKEN[:4]}\nnext") == (
        "api_key = [REDACTED:api-key]\nnext",
        1,
    )
    kept = "password=Tr0ub4dorQ3xQ789\n2024-03-11\nok"
    assert redact_text(kept) == ("password=[REDACTED:password]\n2024-03-11\nok", 1)


def test_the_seed_skills_hold_no_secret() -> None:
    """Skill text that the rules took for a secret would be withheld as unsafe advice (safety.py)."""
    from pathlib import Path

    skills = Path(__file__).parent.parent / "skills"
    for path in sorted(skills.rglob("*.md")):
        text = path.read_text()
        assert redact_text(text) == (text, 0), path
