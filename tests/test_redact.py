"""Secret redaction: each kind of secret, the look-alikes it must leave alone, idempotence."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from skillhive.models import MAX_AGENT_CHARS, Outcome, OutcomeStatus, Step, TrajectoryIn
from skillhive.redact import is_sensitive_key, redact_text, redact_trajectory, redact_value

# Secret-shaped values are assembled from pieces so that secret scanners do not flag this file.
OPENAI = "sk-" + "Ab3dE" * 10
OPENAI_PROJECT = "sk-proj-" + "Ab3_x-Yz9" * 8
ANTHROPIC = "sk-ant-api03-" + "Zz9-Qq8_" * 10
GITHUB = "ghp_" + "a1B2c3D4e5" * 4
GITHUB_PAT = "github_pat_11" + "A1b2C3d4E5" * 8
# not AWS's documented AKIAIOSFODNN7EXAMPLE pair: a value that says EXAMPLE is left alone
AWS_ID = "AKIA" + "Q3VZ7TK2M4XP8RWB"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYq7Lm2Xw8Rk"
GOOGLE = "AIza" + "Sy" + "D4x9" * 8 + "a"
SLACK = "xoxb-" + "1234567890-" + "AbCdEfGhIjKl"
STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc"
JWT = ".".join(
    [
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
        "eyJzdWIiOiIxMjM0NTY3ODkwIn0",
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9P",
    ]
)
PEM_BODY = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u"


POSITIVE = [
    pytest.param(f"export OPENAI_API_KEY={OPENAI}", OPENAI, "openai-key", id="openai-legacy"),
    pytest.param(f"client = OpenAI(api_key='{OPENAI_PROJECT}')", OPENAI_PROJECT, "openai-key", id="openai-proj"),
    pytest.param(f"x-api-key: {ANTHROPIC}", ANTHROPIC, "anthropic-key", id="anthropic"),
    pytest.param(f"git clone https://{GITHUB}@github.com/o/r", GITHUB, "github-token", id="github-ghp"),
    pytest.param(f"token {'gho_' + GITHUB[4:]}", "gho_" + GITHUB[4:], "github-token", id="github-gho"),
    pytest.param(f"GH_TOKEN={'ghs_' + GITHUB[4:]} gh pr list", "ghs_" + GITHUB[4:], "github-token", id="github-ghs"),
    pytest.param(f"uses {GITHUB_PAT} to push", GITHUB_PAT, "github-token", id="github-pat"),
    pytest.param(f"aws_access_key_id = {AWS_ID}", AWS_ID, "aws-access-key-id", id="aws-key-id"),
    pytest.param(f"temporary {'ASIA' + AWS_ID[4:]} expires", "ASIA" + AWS_ID[4:], "aws-access-key-id", id="aws-sts-id"),
    pytest.param(f"aws_secret_access_key = {AWS_SECRET}", AWS_SECRET, "aws-secret-key", id="aws-secret-ini"),
    pytest.param(f'"SecretAccessKey": "{AWS_SECRET}",', AWS_SECRET, "aws-secret-key", id="aws-secret-json"),
    pytest.param(f"maps?key={GOOGLE}&q=x", GOOGLE, "google-api-key", id="google"),
    pytest.param(f"SLACK_BOT={SLACK} posted", SLACK, "slack-token", id="slack"),
    pytest.param(f"stripe.api_key = {STRIPE}", STRIPE, "stripe-key", id="stripe-live"),
    pytest.param(f"restricted {'rk_' + STRIPE[3:]} ok", "rk_" + STRIPE[3:], "stripe-key", id="stripe-restricted"),
    pytest.param(f"cookie session={JWT}; path=/", JWT, "jwt", id="jwt"),
    pytest.param(
        f"key:\n-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}\n-----END RSA PRIVATE KEY-----\ndone",
        PEM_BODY,
        "private-key",
        id="pem-rsa",
    ),
    pytest.param(
        f"-----BEGIN OPENSSH PRIVATE KEY-----\n{PEM_BODY}\n-----END OPENSSH PRIVATE KEY-----",
        PEM_BODY,
        "private-key",
        id="pem-openssh",
    ),
    pytest.param(
        f"cat id_ed25519\n-----BEGIN PRIVATE KEY-----\n{PEM_BODY}\n[output clipped]",
        PEM_BODY,
        "private-key",
        id="pem-cut-short",
    ),
    pytest.param(
        "DATABASE_URL=postgres://app:s3cr3t-P4ss@db.internal:5432/app",
        "s3cr3t-P4ss",
        "url-password",
        id="url",
    ),
    pytest.param(
        "curl -H 'Authorization: Bearer abc.DEF-123_xyz' https://api.example.com",
        "abc.DEF-123_xyz",
        "bearer-token",
        id="bearer-header",
    ),
    pytest.param('"Authorization": "Basic dXNlcjpwYXNzd29yZA=="', "dXNlcjpwYXNzd29yZA==", "basic-auth", id="basic"),
    pytest.param("DB_PASSWORD=hunter2", "hunter2", "password", id="env-file"),
    pytest.param('{"user": "bob", "password": "correct horse"}', "correct horse", "password", id="json"),
    pytest.param("database:\n  secret: Zx9!kk-q\n", "Zx9!kk-q", "secret", id="yaml"),
    pytest.param('api_key="abc123def"', "abc123def", "api-key", id="quoted-assignment"),
    pytest.param("mysql --user bob --password foo db", "foo", "password", id="cli-flag"),
    pytest.param("GET /cb?access_token=q1w2e3r4&state=x", "q1w2e3r4", "token", id="query-string"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), POSITIVE)
def test_each_kind_of_secret_is_replaced_by_its_marker(text: str, secret: str, kind: str) -> None:
    redacted, count = redact_text(text)
    assert secret not in redacted
    assert f"[REDACTED:{kind}]" in redacted
    assert count == 1


@pytest.mark.parametrize(("text", "secret", "kind"), POSITIVE)
def test_redacting_a_redacted_text_changes_nothing(text: str, secret: str, kind: str) -> None:
    once, _ = redact_text(text)
    assert redact_text(once) == (once, 0)


def test_a_url_password_keeps_the_user_and_the_host() -> None:
    redacted, _ = redact_text("redis://default:pa55word@cache.local:6379/0")
    assert redacted == "redis://default:[REDACTED:url-password]@cache.local:6379/0"


def test_only_the_value_of_an_assignment_is_replaced() -> None:
    redacted, count = redact_text("export DB_PASSWORD=hunter2 && ./migrate --verbose")
    assert redacted == "export DB_PASSWORD=[REDACTED:password] && ./migrate --verbose"
    assert count == 1


def test_the_count_is_the_number_of_secrets() -> None:
    text = f"a={OPENAI} b={GITHUB} c={AWS_ID} password: x9y8z7"
    redacted, count = redact_text(text)
    assert count == 4
    assert redacted.count("[REDACTED:") == 4


NEGATIVE = [
    pytest.param("commit 3f786850e387550fdab836ed7e6dc881de23001b fixes the parser", id="git-sha"),
    pytest.param("request 123e4567-e89b-12d3-a456-426614174000 failed", id="uuid"),
    pytest.param(
        "The password reset flow needs a token. Ask for the secret handshake, then pass the key to the team.",
        id="prose",
    ),
    pytest.param("Password: required for every login. Token: expired yesterday.", id="prose-with-colons"),
    pytest.param("cat /home/dev/.ssh/id_rsa.pub ./secrets/token.txt ~/.aws/credentials", id="paths"),
    pytest.param("PWD=/work/main token_path=/run/secrets/token", id="path-values"),
    pytest.param(
        "token = os.environ['TOKEN']\npassword = getpass()\napi_key = settings.api_key\nself.token = token",
        id="code-references",
    ),
    pytest.param("max_tokens=512 tokenizer=bert token_count: 5 secret: str", id="token-words"),
    pytest.param("password=${DB_PASSWORD} token=<your-token> api_key=*** secret: {{ vault }}", id="placeholders"),
    pytest.param("http://example.com:8080/users/@me and user@example.com", id="url-without-password"),
    pytest.param("pip install scikit-learn task-management-system-v2 and see sk-learn docs", id="sk-words"),
    pytest.param("Bearer tokens are described in RFC 6750; use the bearer scheme.", id="bearer-prose"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_look_alikes_are_left_alone(text: str) -> None:
    assert redact_text(text) == (text, 0)


def test_secret_named_keys_in_tool_args_are_redacted_whatever_their_value() -> None:
    args = {
        "url": "https://example.com",
        "headers": {"Authorization": "Bearer short", "X-Api-Key": "k"},
        "db": {"password": "pw", "port": 5432, "pin_token": 1234},
        "cmd": f"deploy --key {OPENAI}",
        "max_tokens": 100,
        "verbose": True,
    }
    redacted, count = redact_value(args)
    assert redacted["headers"] == {
        "Authorization": "[REDACTED:authorization]",
        "X-Api-Key": "[REDACTED:api-key]",
    }
    assert redacted["db"] == {
        "password": "[REDACTED:password]",
        "port": 5432,
        "pin_token": "[REDACTED:token]",
    }
    assert redacted["cmd"] == "deploy --key [REDACTED:openai-key]"
    assert (redacted["url"], redacted["max_tokens"], redacted["verbose"]) == (
        "https://example.com",
        100,
        True,
    )
    assert list(redacted) == list(args)  # keys that hold no secret are kept
    assert count == 5
    assert redact_value(redacted) == (redacted, 0)


def test_a_secret_used_as_a_key_of_tool_args_is_redacted() -> None:
    npm = "npm_" + "a1B2c3D4e5" * 3 + "f6G7h8"
    args = {"headers": {f"Authorization: Bearer {GITHUB}": "1"}, npm: True, f"x {npm}": False, "plain_key": 1}
    redacted, count = redact_value(args)
    assert count == 3 and GITHUB not in str(redacted) and npm not in str(redacted)
    assert redacted["headers"] == {"Authorization: Bearer [REDACTED:github-token]": "1"}
    assert redacted["plain_key"] == 1 and len(redacted) == 4  # two keys holding one secret stay two


SENSITIVE_KEYS = ["password", "DB_PASSWORD", "api-key", "auth", "client_secret"]
ORDINARY_KEYS = ["max_tokens", "author", "token_count", "bypass", "keyword"]


@pytest.mark.parametrize(
    ("key", "sensitive"), [(k, True) for k in SENSITIVE_KEYS] + [(k, False) for k in ORDINARY_KEYS]
)
def test_which_keys_name_a_secret(key: str, sensitive: bool) -> None:
    assert is_sensitive_key(key) is sensitive


def _trajectory(secret: str) -> TrajectoryIn:
    return TrajectoryIn(
        task=f"deploy with token={secret}",
        steps=[
            Step(
                thought=f"the key is {OPENAI}",
                action=f"curl -u admin:{secret} https://host",
                observation=f"ok {GITHUB}",
                tool_name="shell",
                tool_args={"env": {"API_KEY": secret}, "cmd": f"echo {AWS_ID}"},
            )
        ],
        outcome=Outcome(status=OutcomeStatus.SUCCESS, feedback=f"leaked {JWT}"),
    )


def test_every_text_field_of_a_trajectory_is_redacted() -> None:
    secret = "S3cr3tValue9"
    redacted, count = redact_trajectory(_trajectory(secret))
    dumped = redacted.model_dump_json()
    for leaked in (secret, OPENAI, GITHUB, AWS_ID, JWT):
        assert leaked not in dumped
    assert count == 7
    assert redacted.steps[0].tool_args == {
        "env": {"API_KEY": "[REDACTED:api-key]"},
        "cmd": "echo [REDACTED:aws-access-key-id]",
    }


def test_re_redacting_a_trajectory_keeps_its_content_hash() -> None:
    once, _ = redact_trajectory(_trajectory("S3cr3tValue9"))
    twice, count = redact_trajectory(once)
    assert count == 0
    assert twice.content_hash() == once.content_hash()


def test_a_clean_trajectory_is_returned_as_is() -> None:
    clean = TrajectoryIn(task="rename a function", steps=[Step(action="sed -i s/a/b/ x.py")])
    assert redact_trajectory(clean) == (clean, 0)
    assert redact_trajectory(clean)[0] is clean


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param(lambda k: "password=" + "a" * (200_000 // k), id="long-value"),
        pytest.param(lambda k: 'password="' + "a" * (200_000 // k), id="unclosed-quote"),
        pytest.param(lambda k: "://" + "a" * (200_000 // k), id="url-without-at"),
        pytest.param(lambda k: "api_key secret_key token: " * (20_000 // k), id="keywords-without-values"),
        pytest.param(lambda k: "-----BEGIN RSA PRIVATE KEY-----\n" + "x" * (200_000 // k), id="key-without-end"),
        pytest.param(lambda k: "a-" * (100_000 // k), id="dashes"),
        pytest.param(lambda k: "x_" + "ab_" * (70_000 // k), id="underscores"),
        pytest.param(lambda k: "sk." * (70_000 // k), id="dots"),
        pytest.param(lambda k: "hf_" + "a" * (200_000 // k), id="long-token-body"),
        pytest.param(lambda k: "machine " * (25_000 // k), id="netrc-without-password"),
        pytest.param(lambda k: "mysql -p" * (25_000 // k), id="cli-flags"),
        pytest.param(lambda k: "mysql " + "-pX " * (50_000 // k), id="cli-flags-far-from-the-tool"),
        pytest.param(lambda k: "hooks.slack.com/services/" + "a/" * (100_000 // k), id="webhook-without-secret"),
        pytest.param(lambda k: "base64 -d " + "QUJD" * (50_000 // k) + "-", id="long-base64"),
        pytest.param(lambda k: "base64 " + "QUJDREVGR0hJSktM " * (10_000 // k), id="many-base64-runs"),
        pytest.param(lambda k: "9:AA" * (50_000 // k), id="telegram-like"),
        pytest.param(lambda k: "cat token\n" * (30_000 // k), id="many-file-dumps-without-a-prompt"),
        pytest.param(lambda k: "$ op read password\n" * (10_000 // k), id="many-secret-commands"),
        pytest.param(lambda k: "# password\n" * (15_000 // k), id="many-comments-naming-a-secret"),
        pytest.param(lambda k: "x = b64decode('" + "QUJD" * (50_000 // k) + "')", id="long-decoded-literal"),
        pytest.param(lambda k: '[0 10.0.0.1:5] "AUTH" x\n' * (10_000 // k), id="many-protocol-lines-without-a-value"),
        pytest.param(lambda k: "a1 LOGIN " * (20_000 // k), id="many-login-verbs"),
        pytest.param(lambda k: "ab_" + "aB3" * (60_000 // k) + "_", id="prefix-and-an-endless-body"),
        pytest.param(lambda k: "https://x.test/" + "reset/" * (30_000 // k), id="many-capability-words"),
        pytest.param(lambda k: "https://x.test" + "/v1" * (50_000 // k), id="many-version-segments"),
        pytest.param(lambda k: "verification code " * (10_000 // k), id="many-code-words-without-digits"),
        pytest.param(lambda k: '<param name="password" ' * (8_000 // k), id="unclosed-named-elements"),
        pytest.param(lambda k: '{"name": "sid", ' * (10_000 // k), id="cookie-names-without-values"),
        pytest.param(lambda k: "setSecret(" * (15_000 // k), id="unclosed-secret-calls"),
        pytest.param(lambda k: "[password] => " * (10_000 // k), id="dump-arrows-without-values"),
        pytest.param(lambda k: "config --global " * (10_000 // k), id="config-flags-without-a-setting"),
        pytest.param(lambda k: "key: " + "ABC2 " * (40_000 // k), id="endless-base32-groups"),
        pytest.param(lambda k: "ghp_" + "aB3cD4eF\\\n" * (20_000 // k), id="endless-line-continuations"),
        pytest.param(lambda k: "x = 'aB3' // api key\n" * (10_000 // k), id="many-comments-naming-a-key"),
        pytest.param(lambda k: ("a." + "aB3" * 30 + " ") * (3_000 // k), id="many-dotted-long-bodies"),
        pytest.param(lambda k: "user add " * (20_000 // k), id="many-storing-subcommands"),
        pytest.param(lambda k: "bsn,x\n" * (30_000 // k), id="many-id-table-headers"),
        pytest.param(lambda k: "the code they texted me " * (8_000 // k), id="many-delivered-code-words"),
        pytest.param(lambda k: "<password> " * (15_000 // k), id="many-secret-elements-without-a-child"),
        pytest.param(lambda k: "ABSECK-" * (25_000 // k), id="many-secret-key-prefixes"),
        pytest.param(lambda k: "x.login(" * (20_000 // k), id="many-unclosed-login-calls"),
        pytest.param(lambda k: "login('a', " * (15_000 // k), id="many-login-calls-without-a-literal"),
        pytest.param(lambda k: "('mysql:x', " * (15_000 // k), id="many-dsn-calls-without-a-password"),
        pytest.param(lambda k: "net user " + "abc1def2 " * (20_000 // k), id="login-arguments-without-an-end"),
        pytest.param(lambda k: "token = []byte(" * (15_000 // k), id="many-unclosed-conversions"),
        pytest.param(lambda k: "CPF " + "a, b " * (30_000 // k), id="id-name-and-endless-prose"),
        pytest.param(lambda k: "CPF x 1234567 " * (12_000 // k), id="many-id-names-before-short-numbers"),
        pytest.param(lambda k: "passport_no: a " * (15_000 // k), id="many-passport-names-without-a-number"),
        pytest.param(lambda k: "sip:a:" + "b:" * (60_000 // k), id="sip-userinfo-without-a-host"),
        pytest.param(lambda k: "x eyJ.a" + "\nab1.cd2.ef3" * (15_000 // k), id="endless-wrapped-dotted-lines"),
        pytest.param(lambda k: "a%253D" * (30_000 // k), id="twice-encoded-without-a-secret"),
        pytest.param(lambda k: "  --password  force\n" * (15_000 // k), id="many-help-columns"),
        pytest.param(lambda k: "# The password is set.\nA=b\n" * (10_000 // k), id="many-comment-sentences"),
        pytest.param(lambda k: "auth code: 123456 " * (10_000 // k), id="many-auth-codes-without-a-card"),
        pytest.param(lambda k: "-----BEGIN A key-----\n" + "ab" * (60_000 // k), id="armored-key-without-end"),
        pytest.param(lambda k: "-----BEGIN A key-----\nabcdefabcdefabcdef\n" * (8_000 // k), id="many-armored-heads"),
        pytest.param(lambda k: '{"user": 1, "key": "x", ' * (8_000 // k), id="many-keys-in-one-record"),
        pytest.param(lambda k: "| User | Key |\n" + "| a | b |\n" * (20_000 // k), id="long-user-key-table"),
        pytest.param(lambda k: '"abc1", ' * (40_000 // k), id="many-short-literals-side-by-side"),
        pytest.param(lambda k: "five, " * (40_000 // k), id="endless-digits-said-in-words"),
        pytest.param(lambda k: "one uh two dash " * (15_000 // k), id="digit-words-dashes-and-fillers"),
        pytest.param(lambda k: "card 4539 1488\n0343 6467 x\n" * (8_000 // k), id="many-card-pieces-on-lines"),
        pytest.param(lambda k: "61 1090 1014 " * (20_000 // k), id="endless-account-groups"),
        pytest.param(lambda k: "⑆021000021⑆ " + "1 " * (50_000 // k), id="micr-without-an-on-us-symbol"),
        pytest.param(lambda k: "1. bamboo " * (20_000 // k), id="endless-numbered-words"),
        pytest.param(lambda k: "abandon " * (25_000 // k), id="endless-line-of-seed-words"),
        pytest.param(lambda k: "ab" * (100_000 // k), id="endless-hex"),
        pytest.param(lambda k: "ghp_aB3cD4eF5gH6\nana: " * (10_000 // k), id="many-token-pieces"),
        pytest.param(lambda k: "AKIAZRKZFIFZX2O6BDFT " + "x" * (100_000 // k), id="aws-key-id-and-an-endless-line"),
        pytest.param(lambda k: "social security number\n" * (10_000 // k), id="many-id-labels-alone-on-lines"),
        pytest.param(lambda k: "MORGA753116SM9IJ" * (10_000 // k), id="licence-layouts-run-together"),
        pytest.param(lambda k: "KVNR: A12345678 " * (10_000 // k), id="many-letter-id-names-with-short-values"),
        pytest.param(lambda k: "четыре пять, " * (20_000 // k), id="endless-digits-said-in-russian"),
        pytest.param(lambda k: "4539\n" * (30_000 // k), id="endless-card-pieces"),
        pytest.param(lambda k: '["aB3dE5gH7", "jK9mN2pQ4"], ' * (6_000 // k), id="many-joined-literal-runs"),
        pytest.param(lambda k: "a-b-c-key 1 md5 " * (15_000 // k), id="many-device-keys-without-a-value"),
        pytest.param(lambda k: "$9$" * (50_000 // k), id="many-junos-heads"),
        pytest.param(lambda k: "sudo -S x " * (20_000 // k) + "<<<", id="many-sudo-before-a-here-string"),
        pytest.param(lambda k: "login for a b c is " * (10_000 // k), id="many-login-for-phrases"),
        pytest.param(lambda k: "key: [" + "1, " * (60_000 // k), id="endless-byte-array"),
        pytest.param(lambda k: "'a' => [ " * (20_000 // k) + "'key' => 'x'", id="many-php-arrays-open"),
        pytest.param(lambda k: "-serial AB-" + "ABC1-" * (30_000 // k), id="endless-license-groups"),
        pytest.param(lambda k: "://hooks.a.test/" + "ab1/" * (40_000 // k), id="endless-webhook-path"),
        pytest.param(lambda k: "clave_x: 1\n" * (15_000 // k), id="many-foreign-key-names"),
        pytest.param(lambda k: '{"password": {"value": 1, ' * (8_000 // k), id="many-generic-children-open"),
        pytest.param(lambda k: "value: x\n  " * (20_000 // k), id="many-generic-children-without-a-parent"),
        pytest.param(lambda k: '{"type": "password", "value": 1, ' * (6_000 // k), id="many-typed-fields-in-a-record"),
        pytest.param(lambda k: "iban: de44-" + "abcd-" * (30_000 // k), id="iban-name-and-endless-groups"),
        pytest.param(lambda k: "codice fiscale " * (15_000 // k), id="many-codice-fiscale-names"),
        pytest.param(lambda k: " /u a" + " /x b" * (30_000 // k), id="user-switch-and-endless-switches"),
        pytest.param(lambda k: " /ru a /p" * (20_000 // k), id="many-user-switches-without-a-password"),
        pytest.param(lambda k: "u: a p: " * (20_000 // k), id="many-user-and-p-labels"),
        pytest.param(lambda k: "  api_key: !!binary |\n" * (15_000 // k), id="many-tagged-blocks-without-a-body"),
        pytest.param(lambda k: "use aB3dE5gH7 to " * (15_000 // k), id="many-uses-without-a-login"),
        pytest.param(lambda k: "password?\n" * (20_000 // k), id="many-questions-for-a-password"),
        pytest.param(lambda k: "gate pin is a " * (15_000 // k), id="many-told-codes-without-a-value"),
        pytest.param(lambda k: "account no: 12 " * (15_000 // k), id="many-account-names-without-a-bank"),
        pytest.param(lambda k: "P<<" + "A1B2C3D4E<" * (20_000 // k), id="endless-mrz-line"),
        pytest.param(lambda k: "imei 4" + "1" * (200_000 // k), id="device-name-and-endless-digits"),
        pytest.param(lambda k: "pan: abc" * (20_000 // k), id="many-pan-names-without-an-id"),
        pytest.param(lambda k: "sort_code,account\n" + "1,2\n" * (20_000 // k), id="bank-table-of-short-cells"),
        pytest.param(lambda k: "code is 4 8 1 0 2 7 again " * (8_000 // k), id="one-secret-said-many-times"),
        pytest.param(lambda k: "token <-" * (25_000 // k), id="many-r-assignments-without-a-value"),
        pytest.param(lambda k: "rtmp://h/" + "a/" * (60_000 // k), id="ingest-url-with-endless-segments"),
        pytest.param(lambda k: "LPA:1$" + "a$" * (60_000 // k), id="qr-payload-with-endless-fields"),
        pytest.param(lambda k: "password: " + "ab1d " * (30_000 // k), id="password-and-endless-groups-of-four"),
        pytest.param(lambda k: "password for a: " * (10_000 // k), id="many-labels-after-a-password"),
        pytest.param(lambda k: "pin code?\nok: " * (12_000 // k), id="many-questions-for-a-code"),
        pytest.param(lambda k: "PID|" + "|" * (100_000 // k), id="patient-segment-of-empty-fields"),
        pytest.param(
            lambda k: "variables " + "".join(f"password: $p{i} " for i in range(8_000 // k)), id="graphql-secret-args"
        ),
        pytest.param(lambda k: "a_secret" + "_l1" * (30_000 // k) + " = 1", id="secret-name-with-endless-levels"),
        pytest.param(lambda k: "what's the pin? " * (15_000 // k) + "\n1234", id="many-asks-on-one-long-line"),
        pytest.param(lambda k: "pin?\nCALLER: um, " * (10_000 // k), id="many-asks-answered-by-fillers"),
        pytest.param(lambda k: "login Ab1!x " * (15_000 // k), id="many-login-words-and-passwords"),
        pytest.param(lambda k: "password " + "a" * (200_000 // k), id="password-word-and-an-endless-word"),
        pytest.param(lambda k: "admin / " * (25_000 // k), id="many-user-slashes"),
        pytest.param(lambda k: "lockbox by the rack " * (10_000 // k), id="many-openers-without-a-code"),
        pytest.param(lambda k: "passport photo " * (15_000 // k), id="many-document-names-without-a-number"),
        pytest.param(lambda k: "member id: a " * (15_000 // k), id="many-member-ids-without-a-payer"),
        pytest.param(lambda k: "1234 is your " * (15_000 // k), id="many-numbers-told-to-be-yours"),
        pytest.param(
            lambda k: "1234 is for the big red " * (8_000 // k), id="many-numbers-before-words-without-a-code"
        ),
        pytest.param(lambda k: "maiden name: " * (15_000 // k), id="many-answer-labels-without-an-answer"),
        pytest.param(lambda k: "DOCS/P/GBR/" * (20_000 // k), id="many-document-records-without-a-number"),
        pytest.param(lambda k: "recovery " + "123456-" * (30_000 // k), id="recovery-and-endless-groups"),
        pytest.param(lambda k: "x/hooks/" + "a/" * (60_000 // k), id="hooks-path-with-endless-segments"),
        pytest.param(lambda k: "WIFI:" + "S:a;" * (30_000 // k), id="wifi-payload-without-a-password"),
        pytest.param(lambda k: "activation code: " * (12_000 // k), id="many-activation-codes-without-a-value"),
        pytest.param(lambda k: '{"text": "the pin?"}, ' * (10_000 // k), id="many-json-messages-asking"),
        pytest.param(lambda k: '"pin? ' + '"text": "' * (20_000 // k), id="json-asks-and-endless-message-keys"),
        pytest.param(lambda k: "4111 1111\n" * (20_000 // k), id="many-card-halves-on-lines"),
        pytest.param(lambda k: "visa 4O11 " + "7O9l " * (30_000 // k), id="card-word-and-endless-misread-groups"),
        pytest.param(lambda k: '{"sensitive": true, ' * (10_000 // k), id="many-sensitive-objects-open"),
        pytest.param(
            lambda k: "sensitive_attributes " + '{"type": "get_attr", "value": "a"} ' * (4_000 // k) + '"a": "x"',
            id="many-sensitive-paths",
        ),
        pytest.param(lambda k: "passcode: " + "romeo tango " * (20_000 // k), id="password-and-endless-spelling"),
        pytest.param(lambda k: "enter 1234 and " * (15_000 // k), id="many-keyed-codes-without-a-key"),
        pytest.param(lambda k: "routing 021000021 " * (12_000 // k), id="many-routing-numbers-without-an-account"),
        pytest.param(lambda k: "first pet was " * (15_000 // k), id="many-question-topics-without-an-answer"),
        pytest.param(lambda k: "digicode de la porte " * (10_000 // k), id="many-codes-of-a-thing-without-a-value"),
        pytest.param(lambda k: "DOC P/DEU/" * (20_000 // k), id="many-apis-doc-records-without-a-number"),
        pytest.param(lambda k: "NL35" + "-ABCD" * (40_000 // k), id="iban-head-and-endless-dash-groups"),
        pytest.param(lambda k: "what's your social?\n" * (15_000 // k), id="many-asks-for-an-id"),
        pytest.param(lambda k: "x_session=" + "ab" * (100_000 // k), id="session-name-and-endless-value"),
        pytest.param(lambda k: "KEY =\n" * (30_000 // k), id="many-assignments-wrapped-without-a-literal"),
        pytest.param(lambda k: "password?\n> " + "%=*a1" * (30_000 // k), id="password-and-endless-symbols"),
        pytest.param(lambda k: "alarm code 1234 " * (10_000 // k), id="many-codes-before-no-verb"),
        pytest.param(lambda k: "the code from the text - " * (10_000 // k), id="many-delivered-codes-before-dashes"),
        pytest.param(lambda k: "name and pin?\nJo Ann Lee, " * (10_000 // k), id="many-two-item-asks-and-names"),
        # round 10: the lexicons' rules, each fed its word without what completes it
        pytest.param(lambda k: "Ihre TAN für 1.250,00 EUR " * (10_000 // k), id="one-time-word-and-amounts-no-verb"),
        pytest.param(lambda k: "cadenas du vélo " * (12_000 // k), id="many-padlocks-of-a-thing-without-a-code"),
        pytest.param(lambda k: "card " + "one two " * (30_000 // k), id="card-and-endless-digit-words"),
        pytest.param(lambda k: "password = a || b " * (12_000 // k), id="many-fallbacks-without-a-literal"),
        pytest.param(lambda k: "СНИЛС\nКлиент: " * (12_000 // k), id="many-id-asks-and-speakers"),  # noqa: RUF001
        pytest.param(lambda k: "code on the back is " * (12_000 // k), id="many-card-backs-without-digits"),
        pytest.param(lambda k: "رمز باب العمارة " * (12_000 // k), id="many-opener-words-without-a-code"),
        # round 11: codes in dash groups, glued to a CJK word, a compound's word for code
        pytest.param(lambda k: "activation code " + "ab1c-" * (40_000 // k), id="code-word-and-endless-dash-groups"),
        pytest.param(lambda k: "验证码1234" * (14_000 // k), id="many-glued-codes-without-an-end"),
        pytest.param(lambda k: "dörrkod är " * (15_000 // k), id="many-compound-codes-without-a-value"),
        pytest.param(lambda k: '"selector": "#password", ' * (10_000 // k), id="many-secret-fields-without-a-value"),
        pytest.param(lambda k: '"cookies": "' + "a=b; " * (20_000 // k), id="cookies-and-endless-settings"),
        pytest.param(lambda k: "sid\t" + "x" * (100_000 // k), id="cookie-row-and-endless-value"),
        # round 12 (words): concepts without a value, labels without one, announced secrets, long word runs
        pytest.param(lambda k: "PIN ya kadi ni " * (12_000 // k) + "7", id="many-pins-and-copulas-without-a-value"),
        pytest.param(lambda k: "пароль от " + "почты " * (30_000 // k), id="password-word-and-endless-words"),
        pytest.param(lambda k: "Password:\n" * (15_000 // k), id="many-labels-each-over-another-label"),
        pytest.param(lambda k: "a: the password\n" * (12_000 // k), id="many-chat-lines-announcing-a-secret"),
        pytest.param(lambda k: "abandon ability " * (15_000 // k), id="endless-seed-words"),
        pytest.param(lambda k: "pasword passwrod " * (12_000 // k), id="many-misspelt-passwords"),
        pytest.param(lambda k: "porttikoodi " + "1" * (50_000 // k), id="compound-code-and-endless-digits"),
        pytest.param(lambda k: "密码" * (30_000 // k), id="many-unspaced-password-words"),
        pytest.param(lambda k: "Door  Code  Notes\n" + "a  1234#  b\n" * (10_000 // k), id="aligned-code-table-rows"),
        pytest.param(lambda k: "Door  Code  x" + " " * (100_000 // k) + "y", id="aligned-header-and-endless-gap"),
        pytest.param(lambda k: "<key>password</key>" * (10_000 // k), id="many-key-elements-without-a-value"),
        pytest.param(lambda k: "a: send the code\n" * (12_000 // k), id="many-messages-announcing-a-code"),
        pytest.param(lambda k: "door: " * (15_000 // k) + "#", id="many-openers-and-colons-without-a-keypad-value"),
        pytest.param(lambda k: "PIN 4821 " + "call 5521 " * (20_000 // k), id="many-twins-of-one-secret"),
        pytest.param(lambda k: "Никому не сообщайте код 1234. " * (3_000 // k), id="many-warned-codes"),
        # round 17: digits said as words, door codes with a letter, Discord-shaped runs, sentences after a PIN
        pytest.param(lambda k: "PIN one two three four " * (12_000 // k), id="many-digit-words-read-as-digits"),
        pytest.param(lambda k: "digicode A1234 " * (15_000 // k), id="many-digicodes-with-a-letter"),
        pytest.param(
            lambda k: ("aB3" * 8 + ".xYz123." + "Qw9" * 10 + " ") * (4_000 // k), id="many-discord-shaped-runs"
        ),
        pytest.param(lambda k: "my pin. its 1234. " * (10_000 // k), id="many-sentences-after-a-pin"),
        pytest.param(lambda k: "got the code " * (12_000 // k) + "1234", id="many-codes-received-without-a-value"),
        pytest.param(lambda k: "ИНН\n" + "7707083893\n" * (15_000 // k), id="many-numbers-under-an-ids-name"),
        pytest.param(lambda k: "a: the code\nb: 4821\n" * (8_000 // k), id="many-codes-after-turns-naming-one"),
    ],
)
def test_hostile_input_is_redacted_in_linear_time(hostile: Callable[[int], str]) -> None:
    # CPU time of this process, a quarter of the input against all of it: linear work grows ~4x,
    # quadratic ~16x. Neither the machine's load nor its speed moves the ratio much.
    def cpu(text: str) -> float:
        started = time.process_time()
        redact_text(text)
        return time.process_time() - started

    quarter, whole = cpu(hostile(4)), cpu(hostile(1))
    assert whole < 8 * quarter + 0.05, (quarter, whole)
    assert whole < 5.0  # and no case is slow outright (the many-codes cases spend ~300 µs of spares on each code:
    # their sizes leave them room under this on a loaded 2-core machine)


def test_curl_user_passwords_are_redacted_but_uid_gid_pairs_are_not() -> None:
    assert redact_text("curl --user bob:pw9x https://x") == (
        "curl --user bob:[REDACTED:password] https://x",
        1,
    )
    assert redact_text("docker run -u 1000:1000 img") == ("docker run -u 1000:1000 img", 0)


NPM = "npm_" + "a1B2c3D4e5F6" * 3


def test_tags_agent_and_tool_name_are_redacted_and_tags_stay_valid() -> None:
    t = TrajectoryIn.model_validate(
        {
            "task": "publish the package",
            "steps": [{"action": "npm publish", "tool_name": f"call_{NPM}"}],
            "tags": ["release", f"token:{GITHUB}", OPENAI],
            "agent": f"ci-bot {AWS_ID}",
        }
    )
    redacted, count = redact_trajectory(t)
    assert count == 4
    assert redacted.steps[0].tool_name == "call_[REDACTED:npm-token]"
    assert redacted.tags == ["release", "redacted:github-token", "redacted:openai-key"]
    assert redacted.agent == "ci-bot [REDACTED:aws-access-key-id]"
    TrajectoryIn.model_validate(redacted.model_dump())  # still a valid record: tags match Tag
    assert redact_trajectory(redacted) == (redacted, 0)
    assert redacted.content_hash() == redact_trajectory(redacted)[0].content_hash()


def test_a_redacted_agent_or_tool_name_keeps_within_its_limit() -> None:
    agent = "a" * (MAX_AGENT_CHARS - 16) + " password=x9y8z"
    t = TrajectoryIn.model_validate({"task": "t", "agent": agent, "steps": [{"tool_name": agent}]})
    redacted, count = redact_trajectory(t)
    assert count == 2
    assert redacted.agent is not None and len(redacted.agent) == MAX_AGENT_CHARS
    assert redacted.steps[0].tool_name == redacted.agent
    TrajectoryIn.model_validate(redacted.model_dump())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(f"call_{NPM}", "call_[REDACTED:npm-token]", id="npm-in-tool-name"),
        pytest.param(f"use_{GITHUB}_now", "use_[REDACTED:github-token]_now", id="github"),
        pytest.param(f"x_{ANTHROPIC}", "x_[REDACTED:anthropic-key]", id="anthropic"),
        pytest.param(f"cfg_{GOOGLE}", "cfg_[REDACTED:google-api-key]", id="google"),
        pytest.param(f"env_{AWS_ID}", "env_[REDACTED:aws-access-key-id]", id="aws"),
    ],
)
def test_a_token_glued_to_a_word_by_an_underscore_is_redacted(text: str, expected: str) -> None:
    assert redact_text(text) == (expected, 1)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("mynpm_" + NPM[4:], id="npm-inside-a-word"),
        pytest.param("cache-key-" + "0123456789abcdef" * 2, id="md5-cache-key"),
        pytest.param("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", id="hf-camel-case"),
        pytest.param("npm_config_cache=/tmp/npm npm_package_name=skillhive", id="npm-env"),
    ],
)
def test_glued_look_alikes_are_left_alone(text: str) -> None:
    assert redact_text(text) == (text, 0)
