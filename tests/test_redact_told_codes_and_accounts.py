"""Redaction round 7: codes people say, ids in forms, bank accounts, and the look-alikes beside them.

Every value is built from pieces here; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from skillhive.redact import redact_text

DIGITS = "5" + "2" + "9" + "1"
SIX = "73" + "0418"


def _gone(text: str, value: str) -> bool:
    redacted, n = redact_text(text)
    return n > 0 and value not in redacted


@pytest.mark.parametrize(
    "text",
    [
        f"The shed has a padlock. Code is {DIGITS}* after the beep.",
        f"Key safe by the back door, combo {DIGITS}. Leave it scrambled.",
        f"Locker code for room 4C: {SIX}",
        f"Customer: my card PIN, erm, it's {DIGITS}",
        f"El PIN de mi tarjeta, ¿puedo usar {DIGITS}?",
        f"Support: the PUK for your line ending 4412 is {SIX}{DIGITS[:2]}",
        f"host PIN {SIX}# for the organiser only",
        "Invigilator access code (keep off the slides): maple-river-17",
        f"Tenant: the alarm panel changed?\nOwner: yes, new code is {DIGITS}",
    ],
)
def test_a_code_told_for_what_it_opens_is_redacted_in_any_carrier(text: str) -> None:
    value = "maple-river-17" if "maple" in text else (f"{SIX}{DIGITS[:2]}" if "PUK" in text else None)
    value = value or (SIX if SIX in text else DIGITS)
    assert _gone(text, value), redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        f"The installer failed: error code is {DIGITS}.",
        f"HTTP status code is {DIGITS[:3]}, code is {DIGITS} in the log",
        f"wire the sensor to pin {DIGITS[:2]}; pin {DIGITS} of the bus is ground",
        "The combination is complete after 3 steps.",
        f"VISA ************{DIGITS}\nAUTH CODE {SIX}\nTOTAL 12.00",
    ],
)
def test_an_errors_a_pins_or_a_payments_code_stays(text: str) -> None:
    assert redact_text(text) == (text, 0)


def _ean13(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(reversed(body), start=1))
    return body + str((10 - total % 10) % 10)


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        digits = body + d
        total = 0
        for i, c in enumerate(reversed(digits)):
            v = int(c)
            if i % 2:
                v = v * 2 - 9 if v > 4 else v * 2
            total += v
        if total % 10 == 0:
            return digits
    raise AssertionError


def test_a_product_barcode_whose_check_digit_is_right_stays_even_when_luhn_passes() -> None:
    codes = [_ean13(f"40{n:010d}") for n in range(1000, 1400)]
    both = next(c for c in codes if _luhn_complete(c[:-1]) == c)
    text = f"{both}  RYE BREAD 500G   3.10\n"
    assert redact_text(text) == (text, 0)


def test_a_card_number_named_a_card_is_redacted_though_its_digits_also_pass_a_barcode_check() -> None:
    codes = [_ean13(f"40{n:010d}") for n in range(1000, 1400)]
    both = next(c for c in codes if _luhn_complete(c[:-1]) == c)
    assert _gone(f"card number: {both}", both)


def test_an_imei_in_a_device_inventory_stays_and_a_card_number_beside_no_device_word_goes() -> None:
    imei = _luhn_complete("35" + "1234" + "567890" + "12")
    inventory = f"unit  imei\nA-1   {imei}\n"
    assert redact_text(inventory) == (inventory, 0)
    card = _luhn_complete("4" + "539" + "1488" + "0343" + "646")
    assert _gone(f"charged {card} yesterday", card)


def _mrz_digit(field: str) -> str:
    total = 0
    for i, c in enumerate(field):
        v = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def test_a_passport_number_in_an_mrz_line_is_redacted_by_its_check_digits() -> None:
    number, dob = "K4" + "7Q2" + "81Z3", "91" + "0203"
    line2 = f"{number}{_mrz_digit(number)}NLD{dob}{_mrz_digit(dob)}F3001011<<<<<<<<<<<<<<04"
    text = "P<NLDJANSEN<<EVA<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" + line2 + "\n"
    assert _gone(text, number)
    wrong = line2[:9] + str((int(line2[9]) + 1) % 10) + line2[10:]
    other = "P<NLDJANSEN<<EVA<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" + wrong + "\n"
    assert redact_text(other) == (other, 0)


def test_a_passport_number_after_its_abbreviated_name_is_redacted() -> None:
    value = "52" + "0918" + "337"
    assert _gone(f"Surname: Doe\nPassport no.: {value}\n", value)


def _aba(body: str) -> str:
    for d in "0123456789":
        v = body + d
        if sum(int(c) * w for c, w in zip(v, (3, 7, 1) * 3, strict=True)) % 10 == 0:
            return v
    raise AssertionError


@pytest.mark.parametrize(
    "template",
    [
        "WIRE DETAILS\nBank: Lakeside Bank\nRouting: {routing}\nAccount #: {account}\n",
        '{{"payroll": {{"routing_number": "{routing}", "account_number": "{account}", "type": "savings"}}}}',
        "Beneficiary: A. Roe, acct no {account}, sort code 20-31-44",
    ],
)
def test_a_bank_account_under_its_name_beside_a_bank_is_redacted(template: str) -> None:
    routing, account = _aba("0210" + "0002"), "6" + "8813" + "20947"
    text = template.format(routing=routing, account=account)
    assert _gone(text, account), redact_text(text)


def test_an_account_number_with_no_bank_said_is_a_customer_number_and_stays() -> None:
    text = "Thanks for calling. Your account number is 5" + "520" + "19 for the gym membership."
    assert redact_text(text) == (text, 0)


def test_a_routing_number_or_a_sort_code_alone_stays_as_it_names_a_bank_not_an_account() -> None:
    text = f"routing: {_aba('0210' + '0002')}\nsort code: 20-31-44\n"
    assert redact_text(text) == (text, 0)


def test_a_finnish_id_under_its_column_name_without_diacritic_is_redacted() -> None:
    body = "1203" + "85" + "-" + "123"
    n = int(body[:6] + body[7:10])
    value = body + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]
    assert _gone(f"henkilotunnus: {value}", value)


def test_a_placeholder_made_of_words_with_dashes_stays() -> None:
    text = "MAIL_PASSWORD=your-mail-password-here\nAPI_TOKEN=put-your-token-here\n"
    assert redact_text(text) == (text, 0)


def test_spaced_digits_of_a_verification_code_are_redacted() -> None:
    text = "Voicemail: your verification code is 4 8 1 0 2 7. Goodbye."
    assert _gone(text, "4 8 1 0 2 7")


def test_an_employer_id_in_a_taxpayer_column_is_redacted_and_a_sample_run_of_digits_stays() -> None:
    ein = "4" + "7-31" + "90265"
    table = f"payee,tin_type,tin,amount\nOak Bakery LLC,EIN,{ein},900.00\n"
    assert _gone(table, ein), redact_text(table)
    assert _gone(f"FEIN: {ein}", ein)
    sample = "Our charity's EIN 12-3456789 is printed on the public filing."
    assert redact_text(sample) == (sample, 0)


def test_an_indian_pan_after_its_name_is_redacted_and_a_card_pan_word_with_a_word_stays() -> None:
    pan = "KQW" + "P" + "R" + "4417" + "M"
    assert _gone(f'{{"kyc": {{"pan": "{pan}", "status": "ok"}}}}', pan)
    text = "Set pan: LEFTRIGHT and zoom: 2"
    assert redact_text(text) == (text, 0)


def test_an_account_column_beside_a_sort_code_column_is_redacted_and_without_one_stays() -> None:
    account = "5" + "1029" + "384"
    table = f"donor,sort_code,account_number,amount\nD-1,20-31-44,{account},25\n"
    assert _gone(table, account), redact_text(table)
    plain = f"member,account_number,plan\nM-1,{account},gold\n"
    assert redact_text(plain) == (plain, 0)


def test_a_secret_said_again_later_in_the_text_is_redacted_each_time() -> None:
    code = "7 2 0 4 1 9"
    text = f"Your verification code is {code}. Once more, {code}."
    redacted, _ = redact_text(text)
    assert code not in redacted, redacted


RANDOM = "Qm7x" + "T2vL" + "9pRk" + "W4sN" + "8bZc" + "J3hF"


def test_an_r_assignment_to_a_secret_name_is_redacted_and_a_bind_to_a_function_stays() -> None:
    assert _gone(f'lab_token <- "{RANDOM}"', RANDOM)
    text = "token <- fetchToken config"
    assert redact_text(text) == (text, 0)


def test_a_secret_name_with_a_level_or_version_after_it_still_names_a_secret() -> None:
    assert _gone(f'ECU_SECRET_L3 = "{RANDOM}"', RANDOM)
    assert _gone(f'PAYMENTS_API_KEY_V2 = "{RANDOM}"', RANDOM)
    text = 'CACHE_KEY_V2 = "user-profile"'
    assert redact_text(text) == (text, 0)


def test_a_key_column_beside_an_endpoint_column_is_redacted_when_machine_made() -> None:
    table = f"system,endpoint,key,enabled\nrewards,https://api.test/v1,{RANDOM},true\n"
    assert _gone(table, RANDOM), redact_text(table)
    words_table = "system,endpoint,key,enabled\nrewards,https://api.test/v1,primary,true\n"
    assert redact_text(words_table) == (words_table, 0)


PASSWORD = "Heron" + "%" + "5081" + "dune!"


def test_a_login_told_as_a_pair_in_prose_has_its_password_redacted() -> None:
    assert _gone(f"Kiosk login is frontdesk2 / {PASSWORD} until SSO is back", PASSWORD)
    text = "The login is frontdesk2 for now."
    assert redact_text(text) == (text, 0)


def test_a_password_for_a_named_file_is_redacted_after_the_files_name_and_colon() -> None:
    assert _gone(f"Password for Q3_Board_Pack.zip: {PASSWORD}", PASSWORD)
    text = "Password for Q3_Board_Pack.zip: sent separately"
    assert redact_text(text) == (text, 0)


def test_a_stream_key_at_the_end_of_an_ingest_url_is_redacted_and_a_named_stream_stays() -> None:
    key = "live_" + "88213" + "_Tq9VxB2mKp" + "Lw7RzN4sYd"
    assert _gone(f"ffmpeg -i in.ts -f flv rtmp://ingest.test/app/{key}", key)
    text = "ffmpeg -i in.ts -f flv rtmp://ingest.test/app/evening-news-stream"
    assert redact_text(text) == (text, 0)


def test_an_esim_activation_code_in_its_qr_payload_is_redacted() -> None:
    code = "QX7P" + "K2WD-" + "M9ZL" + "T4RB"
    assert _gone(f"scanned: LPA:1$rsp.carrier.test${code}", code)


def test_an_app_password_in_four_groups_is_redacted_and_four_words_stay() -> None:
    value = "kq" + "7v m2xa " + "pd9w z" + "els"
    assert _gone(f"New app password for 'mail-sync': {value}", value)
    text = "Password hint: blue door test tree"
    assert redact_text(text) == (text, 0)


def test_an_errors_code_after_a_word_that_names_access_stays() -> None:
    text = f"mysql: Access denied for user 'app' (code: {DIGITS})"
    assert redact_text(text) == (text, 0)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La combinación del candado es " + DIGITS, DIGITS),
        ("The locker combination is 1" + "4-3" + "8-22", "14-38-22"),
        ("Die Kombination des Schlosses lautet " + DIGITS, DIGITS),
    ],
)
def test_a_combination_is_redacted_in_other_languages_and_as_a_dials_numbers(text: str, value: str) -> None:
    assert _gone(text, value), redact_text(text)


def test_a_combination_of_things_counted_with_dashes_stays() -> None:
    text = "Try a combination of 2-3-4 layers and compare."
    assert redact_text(text) == (text, 0)


def test_a_passport_column_is_redacted_by_its_shape_and_its_expiry_column_stays() -> None:
    number = "K4" + "71" + "8293"
    table = f"name,passport_no,passport_expiry,nationality\nA. Roe,{number},20310520,GBR\n"
    redacted, _ = redact_text(table)
    assert number not in redacted and "20310520" in redacted, redacted


def test_a_secret_that_is_a_plain_word_is_not_hunted_through_the_prose_after_it() -> None:
    redacted, _ = redact_text('DB_PASSWORD="Quietmoose" in the Quietmoose herd')
    assert redacted == 'DB_PASSWORD="[REDACTED:password]" in the Quietmoose herd'


def test_a_code_asked_for_in_one_turn_and_told_in_the_next_is_redacted() -> None:
    text = f"Agent: the PIN we texted you, could you read it out?\nCaller: sure, it's {DIGITS[:3]} {SIX[:3]}\n"
    assert _gone(text, f"{DIGITS[:3]} {SIX[:3]}"), redact_text(text)
    error = f"Agent: what error code do you see?\nCaller: {DIGITS}\n"
    assert redact_text(error) == (error, 0)


def test_a_patients_identifier_in_an_hl7_pid_segment_is_redacted() -> None:
    mrn = "MR" + "N" + "40217" + "733"
    msh = "MSH|^~\\&|A|B|C|D|202601011200||ADT^A01|1|P|2.5"
    text = msh + "\n" + f"PID|1||{mrn}^^^HOSP^MR||ROE^ANN||19800101|F\n"
    assert _gone(text, mrn), redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "HTTP 503 from the access gateway, code: " + DIGITS,
        "Set the PIN mux register to 0x" + DIGITS,
        "The exam code is BIO" + "204 and the room is C1",
    ],
)
def test_an_errors_a_registers_or_a_courses_code_stays_near_words_that_name_access(text: str) -> None:
    assert redact_text(text) == (text, 0)


def test_a_compound_noun_after_code_is_no_code_though_a_gate_is_named_before() -> None:
    text = f"Our gate release is v2.3; code freeze is {DIGITS[:2]}00 UTC"
    assert redact_text(text) == (text, 0)


def test_a_code_word_inside_another_things_name_tells_no_code() -> None:
    text = '{"pin_token": ' + DIGITS + ', "code_page": ' + DIGITS + "}"
    assert redact_text(text) == (text, 0)


def test_a_graphql_variable_passed_as_a_secret_argument_is_redacted_in_the_variables() -> None:
    query = "mutation S($who:String!,$k:String!){signIn(email:$who,passphrase:$k){id}}"
    text = f'{{"query": "{query}", "variables": {{"who": "a@b.test", "k": "{PASSWORD}"}}}}'
    redacted, _ = redact_text(text)
    assert PASSWORD not in redacted and "a@b.test" in redacted, redacted


def test_a_graphql_variable_passed_as_an_id_stays() -> None:
    text = '{"query": "query Q($n: ID!){node(id: $n){name}}", "variables": {"n": "node_' + SIX + '"}}'
    assert redact_text(text) == (text, 0)


def test_a_lower_case_ein_in_a_german_sentence_is_a_word_and_in_a_json_key_an_id() -> None:
    number = "26" + "11" + "50" + "672"
    sentence = f"Das ist ein {number} langer Zeitstempel"
    assert redact_text(sentence) == (sentence, 0)
    assert _gone(f'{{"ein": "{number[:2]}-{number[2:]}"}}', number[2:])


def test_the_icao_specimen_states_mrz_is_a_sample_and_stays() -> None:
    number, dob = "L8" + "9890" + "2C3", "74" + "0812"
    line2 = f"{number}{_mrz_digit(number)}UTO{dob}{_mrz_digit(dob)}F1204159ZE184226B<<<<<10"
    text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + line2
    assert redact_text(text) == (text, 0)
