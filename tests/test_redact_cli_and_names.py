"""Passwords handed to tools (stdin, `-p=`, glued flags, basic-auth settings), `user:password` after
a word that says so, header directives without a colon, XML name/value properties, more key
qualifiers, and password words in many languages."""

from __future__ import annotations

import pytest

from skillhive.redact import redact_text

PW = "Lm4" + "xT9!qWz2Rc"
TOKEN = "Bf8" + "nYq2ZkV7wPx3LdR6sTm1"

LEAKS = [
    pytest.param(f"echo 'ops:{PW}' | sudo chpasswd", id="stdin-chpasswd-under-sudo"),
    pytest.param(f"echo '{PW}' | keepassxc-cli ls ~/team.kdbx", id="stdin-keepassxc"),
    pytest.param(f"printf '%s' '{PW}' | gpg --batch --passphrase-fd 0 -d notes.gpg", id="stdin-passphrase-fd"),
    pytest.param(f"echo {PW} | bw unlock --raw", id="stdin-bitwarden"),
    pytest.param(f'podman login -u="ci" -p="{PW}" registry.acme.example', id="short-flag-with-equals"),
    pytest.param(f"rar a -hp{PW} out.rar ./docs", id="rar-glued-hp"),
    pytest.param(f"composer config http-basic.repo.acme.example deploy {PW}", id="http-basic-setting"),
    pytest.param(f"BUNDLE_PKGS__ACME__EXAMPLE=deploy:{PW} bundle install", id="bundler-host-env"),
    pytest.param(f"    stats auth ops:{PW}", id="auth-user-password-pair"),
    pytest.param(f'  RequestHeader set Authorization "Negotiate {TOKEN}"', id="header-directive-without-colon"),
    pytest.param(
        f"<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>{PW}</value>\n</property>",
        id="xml-name-value-property",
    ),
    pytest.param(f"mobileKey: mob-{TOKEN}", id="mobile-key-qualifier"),
    pytest.param(f"wallet-cli importprivkey {TOKEN} label", id="glued-privkey-word"),
    pytest.param(f"Şifre: {PW}", id="turkish"),
    pytest.param(f"heslo k serveru je {PW}", id="czech"),
    pytest.param(f"jelszó = {PW}", id="hungarian"),
    pytest.param(f"סיסמה: {PW}", id="hebrew"),
    pytest.param(f"كلمة المرور: {PW}", id="arabic"),
    pytest.param(f"mật khẩu wifi: {PW}", id="vietnamese"),
    pytest.param(f"kata sandi: {PW}", id="indonesian"),
    pytest.param(f"비번 {PW}", id="korean-short"),
]


@pytest.mark.parametrize("text", LEAKS)
def test_a_password_in_these_shapes_is_redacted(text: str) -> None:
    redacted, _ = redact_text(text)
    assert PW not in redacted and TOKEN not in redacted, redacted


@pytest.mark.parametrize(
    "text",
    [
        "echo hello | sudo tee /etc/motd",
        "enable basic-auth for the admin panel",
        "use basic auth user:pass? no, a token",
        "the Authorization header is missing",
        "<name>fs.s3a.endpoint</name>\n<value>s3.eu-west-1.amazonaws.com</value>",
        "Cache restored from key: Linux-npm-deps-" + "9f2c4e1a7b3d5f60a8c2e4b6d8f0a1c3" * 2,
        "we chose a clave rhythm in v2",
        "poetry config http-basic.acme ci $POETRY_PASS",
    ],
)
def test_look_alikes_of_those_shapes_stay(text: str) -> None:
    assert redact_text(text) == (text, 0)
