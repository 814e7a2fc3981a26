"""Secrets passed by position rather than under a name: SQL clauses, quoted name/value pairs, the
password argument of connect calls, PowerShell SecureStrings, a client's token, expect scripts."""

from __future__ import annotations

import pytest

from skillhive.redact import redact_text

PW = "Kq7" + "vR2!mZt9Lp"  # assembled so secret scanners do not flag this file
TOKEN = "Hv3" + "kQ9wLmZr8TnXp2YbC4dGs"

LEAKS = [
    pytest.param(f"CREATE USER 'etl'@'%' IDENTIFIED BY '{PW}';", id="sql-identified-by"),
    pytest.param(f"ALTER USER etl IDENTIFIED WITH mysql_native_password BY '{PW}';", id="sql-identified-with-by"),
    pytest.param(f"db2 connect to PAYROLL user etl using {PW}", id="db2-user-using"),
    pytest.param(f"define('MAIL_PASSWORD', '{PW}');", id="php-define-pair"),
    pytest.param(f'os.environ.setdefault("STRIPE_WEBHOOK_SECRET", "{TOKEN}")', id="setdefault-pair"),
    pytest.param(f"$db = new mysqli('db.internal', 'shop', '{PW}', 'shop');", id="mysqli-third-arg"),
    pytest.param(f'conn = DriverManager.getConnection(url, "etl", "{PW}");', id="jdbc-getconnection"),
    pytest.param(f"ldap_bind($ds, 'cn=admin,dc=acme', '{PW}');", id="ldap-bind"),
    pytest.param(f"$p = ConvertTo-SecureString -String '{PW}' -AsPlainText -Force", id="powershell-securestring"),
    pytest.param(f'var c = new NetworkCredential("svc", "{PW}");', id="dotnet-networkcredential"),
    pytest.param(f'client = acme.ApiClient("{TOKEN}", timeout=5)', id="client-constructor-token"),
    pytest.param(f'spawn ftp files.acme\nexpect "Password:"\nsend "{PW}\\r"', id="expect-send"),
    pytest.param(f"child.expect('Enter passphrase')\nchild.sendline('{PW}')", id="pexpect-sendline"),
]


@pytest.mark.parametrize("text", LEAKS)
def test_a_secret_passed_by_position_is_redacted(text: str) -> None:
    redacted, _ = redact_text(text)
    assert PW not in redacted and TOKEN not in redacted, redacted


@pytest.mark.parametrize(
    "text",
    [
        't("settings.password", "Change your password")',
        'label("api_token", "Token")',
        'x = Client("getUserProfileById2")',
        "CREATE USER app IDENTIFIED BY :pw;",
        "db2 connect to SAMPLE user db2inst1 using $DB2PASS",
        'expect "login:"\nsend "admin\\r"',
        '$pdo = new PDO($dsn, $user, "");',
    ],
)
def test_labels_placeholders_and_identifiers_in_those_positions_stay(text: str) -> None:
    assert redact_text(text) == (text, 0)
