"""Redaction round 8: a secret asked for and told in the next turn, a password's shape beside a word
for login, a code told of what it opens, a personal document's number under its label; and the
look-alikes beside each.

Every value is built from pieces here; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from redaction_checks import redacted, unchanged

FOUR = "6" + "3" + "8" + "2"
SIX = "41" + "7093"
PASSWORD = "Lark" + "spur" + "#" + "5170"
SHAPED = "q" + "7Nw" + "Xe2" + "Rb9" + "Tz"  # both cases and digits all along, no symbol
PHRASE = "-".join(("cobble", "heron", "violet")) + "58"
NAME = "Ad" + "ebayo"


def _steuer_id(first_ten: str) -> str:
    """A German tax id: ten digits and the ISO 7064 (mod 11, 10) check digit."""
    product = 10
    for c in first_ten:
        total = (int(c) + product) % 10 or 10
        product = total * 2 % 11
    return first_ten + str((11 - product) % 10)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mitarbeiter: Wie lautet Ihre PIN? Langsam bitte\nKunde: ja, sechs drei acht zwei", "sechs drei acht zwei"),
        (f"AGENT: and the three digits on the back of the card?\nCALLER: {FOUR[:3]}.", FOUR[:3]),
        ("Agente: ¿me dice su clave telefónica, el PIN?\nCliente: sí, seis tres ocho dos", "seis tres ocho dos"),
        (f"Bot : Quel est votre mot de passe ? Merci\nClient : {PASSWORD}", PASSWORD),
        (f"Rep: and the answer to your security question?\n\nMe: {NAME}.", NAME),
        (f"Support: please read me the 2FA code from the app\nUser: {SIX}", SIX),
        (f"Mum: what's the password for the router again\nMe: {PHRASE} — don't change it", PHRASE),
        (
            f'[{{"role": "agent", "text": "Can you read me the code we sent?"}}, {{"role": "user", "text": "{SIX}"}}]',
            SIX,
        ),
        (f'Agent: what is the PIN?\nCaller: {FOUR}\n{{"text": "call ended"}}', FOUR),
        (
            f"Agent: which password would you like on the booking?\nGuest: um, let's do {' '.join(PASSWORD)}",
            " ".join(PASSWORD),
        ),
    ],
)
def test_a_secret_asked_for_in_one_turn_is_redacted_in_the_answer_that_follows(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        f"Agent: what's the error code on the screen?\nUser: {FOUR}1",
        "Q: what's your booking code?\nA: QX7" + "TLM2",
        f"Agent: what's your zip code?\nCaller: {SIX[:5]}",
        "Agent: what's your PIN?\nCaller: why do you need it?",
        "Agent: password please?\nCaller: one moment",
        "Rep: what's your security question?\nMe: I don't remember",
        f"Agent: what's the best number to reach you?\nCaller: 555 {FOUR}",
        f"Agent: what's the code on the error screen?\nCaller: E{FOUR}",
        "Agent: can you give me the code?\nCaller: 2024 was the year we moved, I think",
        "Agent: and the PIN?\nCaller: I d o n ' t know",
        f'[{{"role": "agent", "text": "What is the error code?"}}, {{"role": "user", "text": "{SIX}"}}]',
        f'[{{"role": "agent", "text": "Which order is it? Code please"}}, {{"role": "user", "text": "{SIX} was it"}}]',
        f"Agent: which gate code, the old one?\nCaller: B{FOUR[:2]}",
    ],
)
def test_an_answer_to_a_turn_that_asks_for_no_secret_or_gives_none_stays(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"user: still locked out, I typed {PASSWORD}! twice\nagent: please don't post passwords", PASSWORD),
        (f"I logged in with {SHAPED} and it worked", SHAPED),
        (f"Router set up. root / {PASSWORD} (customer keeps it)", PASSWORD),
        (f'{{"action": "fill", "selector": "#pwd", "text": "{PASSWORD}"}}', PASSWORD),
        (f"Thought: retry the sign-in with the one from the chat, '{PHRASE}'.", PHRASE),
        (f"Wi-Fi: CafeNet / pass: {PHRASE}", PHRASE),
    ],
)
def test_a_password_shaped_string_beside_a_word_for_login_or_password_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "Login fixed in v3.14.2 (build 20261206.4); see ticket #INC" + "0098812.",
        "Sign-in page colours: #1a2b3c and #ffcc00, logo 120px.",
        "Reset your password at https://id.example.com/reset?u=jdoe&t=" + SHAPED,
        "Password reset mail sent to jdoe@example.com from the login service.",
        "Log in to api-gateway-prod2 and restart it.",
        "Login screen shows iPhone15 and Win11Pro as the tested devices, $300 budget.",
        "Use read / write-2024 access for the login role.",
        "Login latency p95 212ms after PR#812 and issue#44 (commit a1b2c3d).",
        "the sign-in job runs build1&&test2 nightly",
        "Changelog: docs / Fix#123 / Story#88",
    ],
)
def test_strings_that_are_not_shaped_like_a_password_stay_beside_a_login(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"The padlock on the shed is {FOUR}.", FOUR),
        (f"Back door keypad: {SIX}#  (changes monthly)", SIX),
        (f"Site notes: disarm the alarm with {FOUR} at the rear panel.", FOUR),
        (f"Guest locked out; in-room safe reset to default {FOUR}, guest to change it.", FOUR),
        (f"Le code de la réserve au sous-sol est {SIX}. Merci.", SIX),
        (f"O código do portão da garagem é {FOUR}.", FOUR),
        (f"Der Kod? Nein: kod do sejfu to {FOUR}.", FOUR),
        ("the safe combo is 31 left 8 right 22, spin twice first", "31 left 8 right 22"),
        (f"CUSTOMER: the code is... {' '.join(SIX)}", " ".join(SIX)),
        (f"{SIX} is your Acme sign-in code.", SIX),
        (f'{{"body": "Acme: code is {SIX}. Never share it with anyone."}}', SIX),
        (f"Fuel card is in the glovebox, PIN {FOUR}. Receipts to Ana.", FOUR),
        (f"After-hours pickup: key safe #7, code {FOUR}. Car in bay 2.", FOUR),
        (f"Onderhoudsmenu openen met wachtwoord {SIX}, daarna printer resetten.", SIX),
        (f"senha do wifi: {SIX}{FOUR}", SIX + FOUR),
        (f"building buzzer code is *{FOUR}", FOUR),
    ],
)
def test_a_code_told_of_what_it_opens_is_redacted_in_any_wording_or_language(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "The wall safe is 1200 mm wide and the keypad has 12 keys.",
        "The code of conduct is 1200 words long.",
        "O código postal da loja é 1000-001 Lisboa.",
        f"PIN 13 of the board drives the LED; pin {FOUR} is not wired.",
        "Please proceed to Gate 4521 at Terminal 5.",
        "The lockbox is 2025-03-01 model, replace it.",
        "Your order 771203 is on its way.",
        "Disarm time: 30 seconds.",
        "Gate access hours: 0600 to 2200 daily.",
        f"Keypad model: {FOUR}, battery replaced.",
    ],
)
def test_a_quantity_a_date_or_a_place_told_beside_an_opener_stays(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Pasajero: RUIZ, Ana\nPasaporte nº XKQ" + SIX, "XKQ" + SIX),
        ("Passaporto n. BT" + SIX + "2", "BT" + SIX + "2"),
        ("Ihre Reisepassnummer — vielen Dank, erhalten: CFG" + FOUR + "K7", "CFG" + FOUR + "K7"),
        ('{"renter": "A. Lee", "dl_number": "D' + SIX + '9"}', "D" + SIX + "9"),
        ('{"payer": "Acme Health", "member_id": "ZQ' + SIX + FOUR + '"}', "ZQ" + SIX + FOUR),
        ("Versicherten-Nr.: K" + SIX + FOUR[:3], "K" + SIX + FOUR[:3]),
        ("Unique Taxpayer Reference (UTR): " + SIX[:5] + " " + FOUR + "1", SIX[:5] + " " + FOUR + "1"),
        ("Finanzamt Köln\nSteuernummer: 214/" + SIX[:3] + "/" + FOUR + "9", "214/" + SIX[:3] + "/" + FOUR + "9"),
        ("MRN: 00" + SIX + ", DOB 1961-04-02", "00" + SIX),
        ("List A Document: Passport\nDocument Number: 5" + SIX + "12", "5" + SIX + "12"),
        ("APIS: DOCS/P/FRA/1" + SIX + "8/FRA/01JAN80/M/01JAN30/DOE/JOHN", "1" + SIX + "8"),
        ("Part I Social security number 219 - 09 - " + "9" + FOUR[1:], "219 - 09 - 9" + FOUR[1:]),
        ("Steuerliche Identifikationsnummer: " + _steuer_id("4" + SIX + "625"), _steuer_id("4" + SIX + "625")),
    ],
)
def test_a_personal_documents_number_under_its_label_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "passport_expiry: 20310819",
        "License: MIT 2024",
        "Passport photo 35x45 mm, 2 copies.",
        f"Forum member id: {SIX} joined in 2019.",
        "Policy 2024-03 applies to all staff.",
        "Document 2 of 5 uploaded.",
        "Finanzamt-Nummer 9143 (öffentlich), Mo–Fr 8–12 Uhr.",  # noqa: RUF001
        "Member ID card will be mailed in 7-10 days.",
    ],
)
def test_a_document_label_without_a_number_or_a_context_that_says_whose_stays(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"Mother's maiden name: {NAME}", NAME),
        (f"Security question: name of first school\nAnswer: {NAME}", NAME),
        ("gift card claim code: 4HT" + FOUR + "-KLMQP" + SIX[:2] + "-XZ2W", "4HT" + FOUR + "-KLMQP" + SIX[:2]),
    ],
)
def test_a_security_answer_or_a_claim_code_under_its_label_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    ["Security question: name of first school\nAnswer: see the form", "Memorable word: Please choose one"],
)
def test_a_security_answer_label_with_no_answer_stays(text: str) -> None:
    assert unchanged(text)


def test_a_webhook_path_on_any_host_loses_its_random_part() -> None:
    part = "q8Wm2Lr7Tz9K" + "x3Vb5Nc1Pd4"
    assert redacted(f"ALERTS=https://chat.internal.test/hooks/T0AB12/B0CD34/{part}", part)
    assert unchanged("see https://docs.internal.test/hooks/setup/getting-started-with-webhooks")


def test_a_recovery_key_after_its_name_is_redacted_whatever_its_groups() -> None:
    key = "-".join(str(100_000 + 123_457 * i)[:6] for i in range(1, 9))
    assert redacted(f"BitLocker recovery for LT-9: {key}", key)


def test_a_request_headers_hex_key_is_redacted() -> None:
    key = "3980" + "2042449662c6f1baf0b0a17c40da1fe3366d"
    assert redacted(f"curl -H 'X-Town-Key: {key}' https://api.town.test/v2", key)
    assert unchanged(f"Merged PR #812 ({key}) into main")


def test_a_password_that_starts_with_a_percent_sign_is_redacted() -> None:
    value = "%Ro" + "TfHN@6Ngbcj"
    assert redacted(f"Temp password: {value} (must change at next logon)", value)
    assert unchanged("password: %s")


def test_a_seed_phrase_on_the_line_below_its_heading_is_redacted() -> None:
    words = ("abandon", "ability", "able", "about", "above", "absent", "absorb", "abstract", "absurd", "abuse")
    phrase = " ".join((*reversed(words), "access", "accident"))
    assert redacted(f"wallet backup (keep offline)\n{phrase}", phrase)


def test_a_card_code_under_a_quoted_key_is_redacted() -> None:
    assert redacted(f'POST /v1/cards body={{"last4":"{FOUR}","cvc":"{FOUR[:3]}"}}', f'"{FOUR[:3]}"')


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"Use {FOUR} to unlock the scooter. Ride safe!", FOUR),
        (f"G-{SIX} is your Acme verification code.", SIX),
        (f"CUSTOMER: it's {FOUR} for my card PIN", FOUR),
        (f"{FOUR} is the code for the side door.", FOUR),
        (f"Your Acme code: {FOUR}. Reply STOP to opt out", FOUR),
        (f"Ihr Abholcode lautet {FOUR}.", FOUR),
        (f"Dial-in 0800 000 000, participant code {SIX}#", SIX),
        (f"Storage unit 9 – gate access: {SIX[:5]} (press # after)", SIX[:5]),  # noqa: RUF001
        ("Alarm company: your verbal passcode is 'tangerine'", "tangerine"),
        ("Security word for the account: MARIGOLD", "MARIGOLD"),
        ("Voter ID: XKQ" + SIX + "1", "XKQ" + SIX + "1"),
        ("el wifi es CASA_5G y la clave es tortuga-verde-" + FOUR[:2], "tortuga-verde-" + FOUR[:2]),
        (f"Agent: Could I get the CVV please\nCaller: {' '.join(FOUR[:3])}", " ".join(FOUR[:3])),
        (f"IVR: please enter your PIN then the pound key\nCaller [DTMF]: {' '.join(FOUR)} #", " ".join(FOUR)),
    ],
)
def test_a_code_or_a_word_told_as_the_readers_own_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "Wi-Fi network: Cafe-Guest-2024 (no password)",
        "Postcode: 2000, Sydney. Fehlercode ist 5031.",
        f"Your zip code: {SIX[:5]} and your order code: {FOUR}",
        "Login failed: the password is 'required' in the form.",
        f"Use {FOUR} to {SIX} as the range.",
        "Your order 771203 is your reference.",
        f"{SIX[:5]} is the zip code. 2024 is the code year.",
    ],
)
def test_a_name_a_place_or_a_range_told_the_same_way_stays(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"WIFI:S:GuestNet;T:WPA;P:{PHRASE};;", PHRASE),
        (f"Patient portal activation code: XK{FOUR[:1]}-99T-Q2M", f"XK{FOUR[:1]}-99T-Q2M"),
        (f"Tenant chat: buzzer is {FOUR} then push the door", FOUR),
        (f"Kasa kodu 4512, alarm kodu {FOUR}", FOUR),
        (f"Senha do banco: {FOUR}-12", f"{FOUR}-12"),
        (f"Mot de passe du wifi : {PHRASE}", PHRASE),
    ],
)
def test_a_secret_in_a_carrier_of_its_own_or_another_language_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "WIFI settings: WPA2, channel 6, 5GHz band.",
        "Buzzer not working at 22 Elm Ct.",
        "Activation emails were sent on 2026-12-01.",
        "Kasa 4512, fiş no 7733",
    ],
)
def test_the_same_carriers_with_no_secret_stay(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"ID number: A{SIX}{FOUR[:1]}", f"A{SIX}{FOUR[:1]}"),
        (f"Name: Li, ID no. 4{SIX}9", f"4{SIX}9"),
        (f"NRIC: S{SIX}{FOUR[:1]}D", f"S{SIX}{FOUR[:1]}D"),
        (f"Your ID number is 784-1990-{SIX}{FOUR[:1]}-1", f"784-1990-{SIX}{FOUR[:1]}-1"),
    ],
)
def test_a_persons_id_number_said_as_theirs_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        f"Customer ID number: {SIX}",
        f"Order ID no. 5{SIX}",
        f"request id number 4{SIX}9",
        f"AGENT: can you confirm the last four digits of the card?\nCALLER: {FOUR}",
    ],
)
def test_another_things_id_number_or_a_cards_last_four_stay(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"Banco 341, agência 1234, conta {SIX[:5]}-6", f"{SIX[:5]}-6"),
        (f"IFSC SBIN0001234, A/C 1{SIX}{FOUR}", f"1{SIX}{FOUR}"),
        (f"Konto: 12 {SIX} {FOUR[:2]}, Sparkasse", f"12 {SIX} {FOUR[:2]}"),
        (f"RIB : 30004 00550 000{SIX}{FOUR[:2]} 73", f"000{SIX}{FOUR[:2]}"),
        (f"CLABE: 0020100{SIX}{FOUR}71", f"0020100{SIX}{FOUR}71"),
    ],
)
def test_a_bank_account_under_its_name_in_another_language_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        f"Conta {FOUR} criada em 2026-12-01 no app.",
        "IFSC code SBIN0001234 belongs to SBI Mumbai main branch.",
        f"Konto {SIX} wurde gesperrt, bitte Support anrufen.",
    ],
)
def test_an_account_named_with_no_bank_said_stays(text: str) -> None:
    assert unchanged(text)
