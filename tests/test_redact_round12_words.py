"""Redaction round 12 (words): a value told by the words and the structure around it, in any language: a
secret's concept named in a clause and the value the clause puts after it, a label on one line and its
value on the next, a secret announced in one chat message and sent alone in the next, a word for password
typed with a slip, a table aligned by spaces; and the look-alikes beside each.

Every value is built from pieces here; none is taken from a corpus, and the sentences are not a corpus's.
"""

# ruff: noqa: RUF001  (texts in other scripts)
from __future__ import annotations

import pytest

from redaction_checks import redacted, unchanged

FOUR = "5" + "81" + "3"
SIX = "40" + "9" + "217"
PASSWORD = "wQ4" + "=hN8" + "&zK"  # `=` in it: no password's shape on its own, a value where introduced
DIGITS_PASSWORD = "88" + "14" + "27"
TOKEN = "Zr4Lq9" + "Wm2XbT7pK" + "c8VnY3sD"


@pytest.mark.parametrize(
    "text",
    [
        f"PIN kartu ATM ibu {FOUR} jangan kasih tahu siapa pun",  # Indonesian, words between
        f"Пин-код от карты {FOUR}, не потеряй.",  # Russian, no verb
        f"Nambari ya siri ya benki ni {FOUR}.",  # Swahili
        f"Kod bramy garażowej to {FOUR}#",  # Polish, a gate's code with its key
        f"Dörrkoden till förrådet är {FOUR}.",  # Swedish compound, definite form
        f"Porttikoodi {FOUR}, sitten kolmas kerros.",  # Finnish compound
        f"The garage combination stays {FOUR}.",  # English, what it opens before
        f"lockbox combo at the cabin {FOUR}",
    ],
)
def test_a_pin_or_an_openers_code_told_in_a_clause_is_redacted_in_many_languages(text: str) -> None:
    assert redacted(text, FOUR)


@pytest.mark.parametrize(
    "text",
    [
        f"Fjalëkalimi i wifi është {PASSWORD}",  # Albanian
        f"Cyfrinair y rhwydwaith yw {PASSWORD}",  # Welsh
        f"Lykilorðið á netinu er {PASSWORD}",  # Icelandic, inflected
        f"Wagwoord vir die rekenaar is {PASSWORD}",  # Afrikaans
        f"Neno siri la kompyuta ni {PASSWORD}",  # Swahili
        f"服务器的密码已经换了，现在是 {PASSWORD}",  # Chinese, words between, "is" glued
        f"รหัสไวไฟที่บ้านคือ {PASSWORD}",  # Thai, no spaces
    ],
)
def test_a_password_told_in_a_clause_is_redacted_in_many_languages(text: str) -> None:
    assert redacted(text, PASSWORD)


def test_a_password_of_digits_right_after_its_introducer_is_redacted() -> None:
    assert redacted(f"银行卡的取款密码改成 {DIGITS_PASSWORD} 了", DIGITS_PASSWORD)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"The card's security code is {FOUR[:3]}, expiry next year.", FOUR[:3]),
        (f"security code on the back {FOUR[:3]}", FOUR[:3]),
        (f"Kod BLIK do zakupów {SIX}", SIX),
        (f"Mã xác nhận của bạn {SIX}, không chia sẻ cho ai.", SIX),
    ],
)
def test_a_one_time_code_or_a_cards_security_digits_told_in_a_clause_are_redacted(text: str, value: str) -> None:
    assert redacted(text, value)


@pytest.mark.parametrize(
    "text",
    [
        f"Wi-Fi key (WPA2)\n{PASSWORD}\nSSID: HomeNet",
        f"Contraseña del router:\n{PASSWORD}",
        f"Κωδικός πρόσβασης (email):\n{PASSWORD}",
        f"Alarm code:\n{SIX}\nInstalled by AlarmCo",
        "Network key:\n" + "k3vd 9xq2 m7pa",
    ],
)
def test_a_value_alone_on_the_line_under_its_label_is_redacted(text: str) -> None:
    value = text.split("\n")[1]
    assert redacted(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"[09:12] mia: the vpn creds, one msg each\n[09:12] mia: jdoe\n[09:13] mia: {PASSWORD}", PASSWORD),
        (f"omar 14:02: sending the api key in the next message\nomar 14:02: {TOKEN}\nlin 14:05: got it", TOKEN),
        (f"ana: password split in two, join them\nana: {PASSWORD}\nana: {PASSWORD[::-1]}", PASSWORD[::-1]),
    ],
)
def test_a_lone_token_sent_after_a_message_that_announces_a_secret_is_redacted(text: str, value: str) -> None:
    assert redacted(text, value)


@pytest.mark.parametrize("label", ["Pasword", "Passwrod", "pssword", "Passowrd", "Passwrot", "Pasphrase"])
def test_a_word_for_password_typed_with_a_slip_still_names_the_value(label: str) -> None:
    assert redacted(f"{label} for the NAS: {PASSWORD}", PASSWORD)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            f"Unit   Lock      Code    Changed\n12A    Front     {FOUR}    2026-01-04\n"
            "12B    Back      7720    2026-01-04",
            FOUR,
        ),
        (f"Site       Gate code   Notes\nDepot      {SIX}      ring first", SIX),
    ],
)
def test_a_cell_under_a_secrets_column_of_a_table_aligned_by_spaces_is_redacted(text: str, value: str) -> None:
    assert redacted(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"[18:01] dad: the cabin has a keypad now\n[18:02] dad: {FOUR} and then enter", FOUR),
        (f"mom: the bank texted me a code\nmom: it says {SIX} what do I do", SIX),
    ],
)
def test_a_code_that_opens_the_message_after_one_that_speaks_of_a_code_is_redacted(text: str, value: str) -> None:
    assert redacted(text, value)


def test_a_value_element_beside_a_key_element_that_names_a_password_is_redacted() -> None:
    text = f'<String><Key>Password</Key><Value ProtectedInMemory="True">{PASSWORD}</Value></String>'
    assert redacted(text, PASSWORD)


def test_a_security_answer_with_a_number_and_a_maiden_name_labelled_at_length_are_redacted() -> None:
    assert redacted("Security question: first pet's name?\nAnswer: Mister Whiskers7", "Whiskers7")
    text = "Mother's maiden name (security question for the pension portal): Okonkwo"
    assert redacted(text, "Okonkwo")


def test_a_keypads_value_after_what_it_opens_and_a_routers_code_told_are_redacted() -> None:
    assert redacted(f"Back office door: {FOUR}# then push hard", FOUR)
    assert redacted(f"le code du routeur c'est {PASSWORD}", PASSWORD)


def test_a_password_told_after_a_blank_line_below_the_quoted_question_is_redacted() -> None:
    text = "> Could you send me the wiki password again?\n\nSure, it's Lantern#4821 as before."
    assert redacted(text, "Lantern#4821")


def test_a_devices_account_and_a_credential_with_a_symbol_after_a_spaced_slash_are_redacted() -> None:
    assert redacted(f'the label on the box says "root / {PASSWORD}"', PASSWORD)


@pytest.mark.parametrize(
    "text",
    [
        # talk about passwords and PINs with no value
        "Never tell anyone your PIN. The bank will not ask for it.",
        "Your password must have at least 12 characters and one digit.",
        "The PIN is 4 digits long and the password 12 characters.",
        "We reset 1200 passwords after the incident.",
        # a table whose header says "password changed", with dates
        "user      password changed   locked\nalice     2026-03-04         no\nbob       2025-11-30         yes",
        # numbers that are another thing's
        "PIN reminder letters: order 77120 shipped on Monday.",
        "The verification code was sent to 0770 900123",
        "Password policy updated in 2026, see ticket 48213.",
        "the OTP request failed with error 5021",
        "Door code reset requested, order 77120 (HTTP 503)",
        "pin 2048 of the FPGA is tied to ground",
        "Gate opens at 0700 and closes at 2200.",
        "The alarm code will be sent in 24 hours.",
        "Passport number requested at check-in, gate B12.",
        # a label and a next line that is no value
        "Password:\n(ask the admin)",
        "WPA key:\nsee the sticker on the router",
        # a chat that announces a secret, and next messages that are words, a link, an id
        "kim: I'll send the wifi password later\nkim: ok?\nlee: https://intranet.example/wiki/Wifi2026",
        "ops: rotate the token today\nops: JIRA-4821\nops: done",
        # tables aligned by spaces whose code column is another thing's, or no code column
        "Item     Product code   Qty\nshelf    48213          4\nbin      77120          9",
        "Unit   Lock      Code    Changed\n12A    Front     n/a     2026-01-04",
        # a message about a code, then a message that gives a date, a zip, a quantity
        "Agent: what's your zip code?\nCaller: 41709",
        "ana: the door code changed\nana: 2026 is when it changed\nbob: 12 people know it",
        # an element pair whose name is a setting about passwords
        "<property><name>password.min.length</name><value>12</value></property>",
        # a door said with a time or a room after a colon
        "Door: 0900-1700 #staff",
        # a breadcrumb after a device's account, a question about a password and a version after it
        "Admin / Settings2 / Users",
        "> what's the password policy now?\n\nIt changed in release 4.2.1",
        # a time, a booking's number, a reference after a code's word; "pin" as a verb; a question's end
        "Alarm code reset at 0800 by the installer",
        "Lockbox code was changed for booking 884211",
        "Door code issue #4521 is open",
        "security code review PR 4821",
        "kim: pin the message please\nkim: 4412 people saw it",
        "Mot de passe oublié ? Appelez le 08001234",
        # a label's next line that is a sentence; a measure after a message about logging in
        "Password:\nMust be 12+ chars",
        "password\nPassword123 is weak, avoid it",
        "[09:00] a: the token page is slow\n[09:01] b: p95=4200ms",
        # the BIP-39 list's own words in its order: a word list
        "ability able about above absent absorb abstract absurd abuse access accident account",
        # a placeholder after a scheme, a test vector's key of one repeated byte
        'curl -H "Authorization: Bearer YOUR_API_KEY" https://api.example.com/v1/items',
        "# HMAC test case\nkey  = 0x0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c\ndata = 'Test With Truncation'",
        # a word list that is no seed phrase: too short, glue words in it
        "apple ocean timber valley lemon guitar winter humble rocket",
        "The apple and the ocean, the timber in the valley, a lemon and a guitar in winter, humble rockets.",
        # words one slip from password that are words of their own
        "Passport: please bring it. Passed 2026-01-02.",
    ],
)
def test_look_alikes_of_told_values_stay(text: str) -> None:
    assert unchanged(text)
