"""Redaction round 9: numbers asked for and told (personal and bank numbers, in more languages and by
machines), codes keyed into a panel or said by what brought them, security-question answers in a
sentence, numbers cut or misread (a card over two lines, an OCR'd card), spelled values, Terraform's
sensitive state, and the look-alikes beside each.

Every value is built from pieces here; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from redaction_checks import redacted, unchanged

FOUR = "5" + "8" + "1" + "4"
THREE = "2" + "9" + "6"
SIX = "70" + "4" + "183"
EIGHT = "3907" + "2215"
ACCOUNT = "61" + "840093"
PASSWORD = "R*4!" + "=kd9" + "Pq%z"
HEX64 = ("9f3a" + "c0d7" + "e1b2" + "5a46") * 4


def _luhn_complete(body: str) -> str:
    """`body` and the digit that makes the whole pass the Luhn check."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def _iban(country: str, bban: str) -> str:
    """An IBAN with its mod-97 check digits."""
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def _aba_complete(body: str) -> str:
    """A US routing number: eight digits and the check digit of the 3-7-1 weights."""
    d = [int(c) for c in body]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
    return body + str((10 - total % 10) % 10)


def _my_number(first_eleven: str) -> str:
    """Japan's individual number: eleven digits and its mod-11 check digit."""
    total = sum(int(c) * (n + 1 if n <= 6 else n - 5) for n, c in enumerate(reversed(first_eleven), start=1))
    remainder = total % 11
    return first_eleven + str(0 if remainder <= 1 else 11 - remainder)


CARD = _luhn_complete("4" + "9" * 2 + "2" + "7305" + "1186" + "420")
CARD_SPACED = " ".join(CARD[i : i + 4] for i in range(0, 16, 4))
IBAN_NL = _iban("NL", "RABO" + "0123" + "4567" + "89")
IBAN_DASHED = "-".join(IBAN_NL[i : i + 4] for i in range(0, len(IBAN_NL), 4))
ROUTING = _aba_complete("0" + "7100" + "013")
TICKET = _luhn_complete("235" + "2387" + "6601" + "4")  # an airline's three digits, then the ticket's ten
MY_NUMBER = _my_number("4521" + "8730" + "119")
MY_NUMBER_SPACED = " ".join(MY_NUMBER[i : i + 4] for i in range(0, 12, 4))


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"Agent: And your account number, please?\nCaller: {ACCOUNT}.", ACCOUNT),
        (f"Banco: ¿Me indica su número de cuenta?\nCliente: {ACCOUNT}", ACCOUNT),
        (f"Clerk: I'll need your social to run the check\nApplicant: {ACCOUNT}0", ACCOUNT + "0"),
        (f"HR: pls share your Aadhaar to link PF\nMe: {MY_NUMBER_SPACED}", MY_NUMBER_SPACED),
        (f"Loja: Preciso do seu CPF pra nota\nCliente: {EIGHT}{THREE} - obrigado", EIGHT + THREE),
        (f"직원: 주민등록번호 알려 주세요\n고객: {SIX}-{EIGHT[:7]} 입니다", f"{SIX}-{EIGHT[:7]}"),
        (f"Cashier: the register wants a supervisor PIN to refund\nManager: use {FOUR} but tell me after", FOUR),
        (f"Can you send me the alarm code?\n> sure, {FOUR}, then press OFF", FOUR),
        (f"Abuela: ¿cuál era el PIN de la tarjeta?\nNieto: abuela es {FOUR} pero bórralo", FOUR),
        (f"Clerk: and the security code on the back?\nGuest: um, {THREE}.", THREE),
        (f"Nurse: can you confirm your NHS number?\nPatient: {ACCOUNT[:3]} {ACCOUNT[3:6]} {FOUR}", FOUR),
        (f"Agent : Quel est votre numéro d'assurance sociale ?\nClient : {ACCOUNT}0", ACCOUNT + "0"),
        (f"Berater: Wie lautet Ihre Kontonummer?\nKunde: {ACCOUNT}", ACCOUNT),
        (f"Oma: wat is de pincode van de pas?\nKleinzoon: oma het is {FOUR}, niet opschrijven", FOUR),
        (f"Vecina: ¿cuál es el código del portal?\nYo: el {FOUR}, y luego empuja", FOUR),
        (f"Teller: can I have your name and account number?\nCustomer: Jo Okafor, {ACCOUNT}", ACCOUNT),
        (f"Officer: driver's license number?\nDriver: D{SIX[:4]} {EIGHT[:5]} 9", f"D{SIX[:4]} {EIGHT[:5]} 9"),
    ],
)
def test_a_personal_or_bank_number_asked_for_is_redacted_in_the_answer(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "Agent: what's your sort code?\nCustomer: 20-45-77.",
        "Agent: and the account number?\nCustomer: I don't have it with me.",
        "Cashier: the till wants a manager code to void the sale\nOwner: coming now",
        "Agent: what's the reference number?\nCaller: 4471-22",
        "HR bot: please share your Aadhaar enrolment status\nEmployee: pending since March",
        "Me: what's the passport office phone number?\nMum: 0300 222 0000",
        f"Manager: what's our social media budget?\nMe: {FOUR} for Q1",
        f"Support: what's your ticket id number?\nUser: {SIX}",
        f"HR: what's your employee id number?\nMe: {FOUR}2",
        f"Accountant: what's the company's tax id?\nMe: {SIX}{THREE}",
        "Agent: your name and the PIN?\nCaller: Jo, 2024 was when I set it up",
    ],
)
def test_an_answer_that_gives_no_personal_number_stays(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"7am shift: the panel by the loading dock, key in {FOUR} then hit ARM", FOUR),
        (f"Au portail, tapez {FOUR} puis appuyez sur la cloche", FOUR),
        (f"the bank rang and I gave them the 8-digit code from the app, {EIGHT}, before I realised", EIGHT),
        (f"Ich habe den 6-stelligen Code aus der SMS weitergegeben, {SIX}, leider", SIX),
        (f"the code for the bike shed {FOUR}, don't share it", FOUR),
        ("el código del portal 12B45 no funciona", "12B45"),
        (f"The key box on the porch is {FOUR} - please put the keys back", FOUR),
        (f"the padlock on the shed, {FOUR}, don't lose it", FOUR),
        (f"Alarmanlage: Code {FOUR} eingeben und dann OFF drücken", FOUR),
        (f"I read out the code from the text - {SIX} - sorry", SIX),
        (f"the 4-digit PIN from the letter, {FOUR}, didn't work", FOUR),
        ("Code porte 31C07, puis 2e étage", "31C07"),
    ],
)
def test_a_code_keyed_in_said_by_what_brought_it_or_what_it_opens_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "enter 2024 and press Search to filter the year",
        "the code of conduct 2024 applies to everyone",
        "verification code, 2 attempts left",
        "error code for the build 4471, see the log",
        "the 3 digit code, the one on the back, is optional here",
        "the padlock on the shed, 2024 model, is rusty",
        "Bitte den Code 2024 eingeben, um das Jahr zu filtern",
        "the code for the exam 2024 session is on the board",
        "security code, 1000 users affected by the outage",
    ],
)
def test_a_number_keyed_or_named_for_no_lock_or_login_stays(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Bank form, security questions\nFavourite teacher: Mrs Okafor", "Okafor"),
        ("For the security question I put that my first dog was Biscuit.", "Biscuit"),
        ("la pregunta de seguridad: su apellido de soltera es Kowalczyk", "Kowalczyk"),
        ("mother's maiden name was Nakamura and the memorable place is Leeds", "Nakamura"),
        ("Security Q: favourite teacher = Mr Dunn", "Dunn"),
        ("Recovery questions\nFirst school: St Bede's", "Bede"),
    ],
)
def test_a_security_answer_said_in_a_sentence_or_under_what_it_asks_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "My first car was a Ford Fiesta, loved it.",
        "Security questions: first pet? first school? pick two",
        "Our first school was Lakeside Primary.",
        "Security questions (optional)\nFirst pet: None.\nFavourite teacher: Not set",
    ],
)
def test_a_story_of_firsts_with_no_security_question_stays(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"SSR DOCS BA HK1/P/GBR/{EIGHT}5/GBR/03MAR88/F/14JUN30/SMITH/ANNA", EIGHT + "5"),
        (f"PAX 3A DUPONT/MARIE MRS  DOC P/FRA/K{EIGHT}/EXP 02FEB29", "K" + EIGHT),
        (f"please move the monthly gift to {IBAN_DASHED} from January", IBAN_DASHED),
        (f"マイナンバー：{MY_NUMBER}", MY_NUMBER),  # noqa: RUF001
        (f"扶養控除の申告です。個人番号は {MY_NUMBER_SPACED} です。", MY_NUMBER_SPACED),
        (f"Send the payroll to routing {ROUTING} and account {ACCOUNT}.", ROUTING),
        (f"[09:01] Mum: card for the hotel is {CARD_SPACED[:9]}\n{CARD_SPACED[10:]}", CARD_SPACED[10:]),
        (
            "Payment: MASTERCARO " + CARD_SPACED.replace("0", "O").replace("1", "l"),
            CARD_SPACED.replace("0", "O").replace("1", "l"),
        ),
    ],
)
def test_a_number_cut_grouped_or_misread_is_redacted_by_its_check(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        f"part no. {IBAN_DASHED[:-1]}{(int(IBAN_DASHED[-1]) + 1) % 10}",
        f"マイナンバー：{MY_NUMBER[:-1]}{(int(MY_NUMBER[-1]) + 1) % 10}",  # noqa: RUF001
        f"routing number {ROUTING} (the bank's, for wires)",
        f"order {CARD_SPACED[:9]}\n{CARD_SPACED[10:]} shipped",
        "Serial: SB12 4O11 1111 1111",
        f"IBANs look like {IBAN_DASHED} in the docs",
        f"Use the test IBAN {IBAN_DASHED} in the sandbox",
        f"Reissue: e-ticket {TICKET[:3]}-{TICKET[3:]} (old one voided)",
    ],
)
def test_a_number_whose_check_fails_or_that_names_another_thing_stays(text: str) -> None:
    assert unchanged(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Radio log: gave the unlock passcode as Papa Echo Xray 4 7 Lima to the crew", "Papa Echo Xray 4 7 Lima"),
        (f"Client : le mot de passe du wifi ?\nMoi : celui de l'étiquette : {PASSWORD}", PASSWORD),
        (
            '{"resources": [{"type": "random_string", "instances": [{"attributes": {"result": "'
            + PASSWORD.replace("*", "")
            + '"}, "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]}]}]}',
            PASSWORD.replace("*", ""),
        ),
        (
            '{"outputs": {"admin_hint": {"value": "horse' + SIX + '", "type": "string", "sensitive": true}}}',
            "horse" + SIX,
        ),
        (f"devtools shows: _shop_session={HEX64} (expires tomorrow)", HEX64),
        (f'fetch(url, {{headers: {{"X-Api-Key": "pk_{HEX64[:36]}"}}}})', HEX64[:36]),
        (f'static const uint8_t *SIGNING_KEY =\n    "{HEX64}";', HEX64),
    ],
)
def test_a_secret_spelled_in_state_or_under_a_carrier_name_is_redacted(text: str, secret: str) -> None:
    assert redacted(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "key holders this week: Mike, Victor and Oscar",
        "the code names were Alpha Bravo Charlie Delta in the exercise",
        "The access code groups are Alpha, Bravo, Charlie, Delta",
        '{"outputs": {"region": {"value": "eu-west-1", "type": "string", "sensitive": false}}}',
        '{"attributes": {"result": "eu-west-1"}, "sensitive_attributes": []}',
        "session_timeout=3600",
        f"publishable key: pk_{HEX64[:36]}",
        "PASSWORD=\nOTHER=1",
        "# copy to .env and fill from the password manager\nDB_URL=mysql://app:${DB_PASS}@db:3306/app\nTOKEN=$API_TOKEN",
        "We never ask for your password. Reference no.: REF-2026-0042-77",
        "パスワードをお尋ねすることはありません。受付番号：RCP-20261201-0042",  # noqa: RUF001
    ],
)
def test_a_name_a_template_or_a_reference_where_a_secret_could_be_stays(text: str) -> None:
    assert unchanged(text)
