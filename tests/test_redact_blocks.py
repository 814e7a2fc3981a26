"""Secrets known by the block around them: a table whose header names a secret column, recovery
codes under their heading, password-hash dumps, key bytes, and an armored key in base64."""

from __future__ import annotations

import base64

import pytest

from skillhive.redact import redact_text


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("user,email,password\nana,ana@x.example,bluebird77\nraj,raj@x.example,Qz8!wert", ["bluebird77", "Qz8!wert"]),
        ("host\tlogin\tPwd\ndb1\troot\tmango-Tree-4", ["mango-Tree-4"]),
        ("| service | api_key |\n| mail | k3yV4lu3xx |", ["k3yV4lu3xx"]),
    ],
)
def test_the_secret_column_of_a_table_is_redacted_in_every_row(text: str, secrets: list[str]) -> None:
    redacted, n = redact_text(text)
    assert n >= len(secrets)
    for secret in secrets:
        assert secret not in redacted, redacted


def test_a_table_without_a_secret_column_or_with_placeholders_stays() -> None:
    for text in ("name,passes,score\nana,3,0.7\nraj,4,0.9", "user;password\nana;****\nraj;<set me>"):
        assert redact_text(text) == (text, 0)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Your recovery codes:\n  4821-7730\n  1198-2045\n", "4821-7730"),
        ("MFA backup codes for ops@acme.example\n1) 73015522  2) 19927401", "73015522"),
        ('{"recovery_codes": ["7f3a9c21b4", "0c8e4d2a19"]}', "7f3a9c21b4"),
        ("scratch codes: k2m9-p4x7 r8t1-w6z3", "k2m9-p4x7"),
    ],
)
def test_codes_under_a_heading_naming_recovery_codes_are_redacted(text: str, secret: str) -> None:
    redacted, _ = redact_text(text)
    assert secret not in redacted, redacted


def test_prose_about_recovery_codes_without_codes_stays() -> None:
    text = "Lost your phone? Use one of the backup codes you saved when enabling 2FA, dated 2024-03-01."
    assert redact_text(text) == (text, 0)


def test_a_pwdump_line_loses_its_hashes() -> None:
    nt = "5f4dcc3b5aa765d61d8327deb882cf99"
    text = f"svc_backup:1104:aad3b435b51404eeaad3b435b51404ee:{nt}:::"
    redacted, _ = redact_text(text)
    assert nt not in redacted and redacted.startswith("svc_backup:1104:")


def test_a_cracked_hash_line_loses_its_plaintext() -> None:
    text = "$ john --show\n8846f7eaee8fb117ad06bdd830b7586c:Winter2023!Ops"
    redacted, _ = redact_text(text)
    assert "Winter2023!Ops" not in redacted


def test_a_sha_and_a_path_after_a_colon_stay() -> None:
    text = "e83c5163316f89bfbde7d9ab23ca2e25604af290:src/app/main.py"
    assert redact_text(text) == (text, 0)


def test_a_key_given_as_32_or_64_bytes_is_redacted() -> None:
    numbers = ",".join(str((i * 53 + 17) % 256) for i in range(64))
    redacted, _ = redact_text(f"keypair.json: [{numbers}]")
    assert numbers[:30] not in redacted


def test_short_or_repetitive_number_arrays_stay() -> None:
    for text in ("ids: [3, 14, 15, 92, 65, 35]", "[" + ",".join(["0"] * 32) + "]"):
        assert redact_text(text) == (text, 0)


def test_an_armored_pgp_private_key_in_base64_is_redacted() -> None:
    armored = b"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + bytes(range(200, 256)) * 3
    blob = base64.b64encode(armored).decode()
    redacted, _ = redact_text(f"$ gpg --export-secret-keys -a me | base64 -w0\n{blob}")
    assert blob[60:120] not in redacted
