"""PINs and card codes after their word, seed phrases, BitLocker recovery keys, extended private
keys, secrets fed as `<(echo X)` files, `NAME value` with a key-like name, CJK particles after a
password word."""

from __future__ import annotations

import pytest

from skillhive.redact import redact_text

PW = "Rt6" + "wK2!zQm9Lx"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("SIM PIN: 4821", "4821"),
        ("the card PIN is 7719, don't share it", "7719"),
        ("alarm code 902184", "902184"),
        ("cvv 318 exp 11/28", "318"),
        ("pin = 55210", "55210"),
    ],
)
def test_digits_after_a_word_naming_a_pin_are_redacted(text: str, secret: str) -> None:
    redacted, _ = redact_text(text)
    assert secret not in redacted, redacted


@pytest.mark.parametrize("text", ["wire the LED to pin 13", "pin 2048 of the FPGA", "pin_memory: 4"])
def test_pins_of_hardware_and_settings_stay(text: str) -> None:
    assert redact_text(text) == (text, 0)


def test_a_seed_phrase_after_its_name_is_redacted() -> None:
    words = "orbit velvet canyon ladder frost pilot amber cousin tunnel magic oyster random"
    redacted, _ = redact_text(f"wallet recovery phrase: {words}")
    assert "ladder frost" not in redacted


def test_advice_about_seed_phrases_stays() -> None:
    text = "recovery phrase: write down these words and keep them safe from anyone who asks you"
    assert redact_text(text) == (text, 0)


def test_a_bitlocker_key_whose_groups_are_multiples_of_eleven_is_redacted() -> None:
    key = "-".join(str(11 * n).zfill(6) for n in (1234, 5678, 9012, 3456, 7890, 4321, 8765, 2109))
    redacted, _ = redact_text(f"BitLocker key for LAPTOP-7: {key}")
    assert key not in redacted
    other = "123456-234567-345678-456789-567890-678901-789012-890123"
    assert redact_text(other) == (other, 0)


def test_an_extended_private_key_and_a_nostr_secret_are_redacted() -> None:
    xprv = (
        "xprv9s21ZrQH143K"
        + "2JF8RafpqtKiTbsbaxEeUaMnNHsm5o6wCW3z8ySyH4UxFVSfZ8n7ESu7fgir8imbZKLYVBxFPND1pniTZ81vKfd45EHKX73"
    )
    nsec = "nsec1" + "q2w3e4r5t6y7u8a9s0d" * 3 + "qwz"
    for secret in (xprv, nsec[:63]):
        redacted, _ = redact_text(f"restored the wallet from {secret} at 10:02")
        assert secret not in redacted, redacted


def test_a_secret_fed_to_a_file_flag_by_process_substitution_is_redacted() -> None:
    redacted, _ = redact_text(f"ansible-playbook site.yml --vault-password-file <(echo {PW})")
    assert PW not in redacted


@pytest.mark.parametrize(
    "text", [f"ENV SMTP_PASSWORD {PW}", f"rclone config create b2 b2 account_key {PW}", f"setenv dbPassword {PW}"]
)
def test_a_key_like_name_followed_by_a_credential_is_redacted(text: str) -> None:
    redacted, _ = redact_text(text)
    assert PW not in redacted, redacted


@pytest.mark.parametrize("text", [f"密码是{PW}", f"비밀번호는 {PW} 입니다"])
def test_a_password_word_with_a_cjk_particle_is_redacted(text: str) -> None:
    redacted, _ = redact_text(text)
    assert PW not in redacted, redacted


@pytest.mark.parametrize("text", ["the token expired yesterday", "refresh_token rotation enabled", "api_key required"])
def test_prose_after_a_secret_word_stays(text: str) -> None:
    assert redact_text(text) == (text, 0)
