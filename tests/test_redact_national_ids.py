"""National ids are redacted when their name stands before them and their check digit is right,
in any formatting; card numbers in any grouping; TOTP seeds after a word that names one.

Numbers are made up here and given their check digits by the algorithms the ids document.
"""

from __future__ import annotations

import pytest

from skillhive.redact import redact_text

IDS = [
    pytest.param("Klant\nBSN: 111222333\nPlaats: Delft", "111222333", id="nl-bsn-11-test"),
    pytest.param("burgerservicenummer 1234 56 782", "1234 56 782", id="nl-bsn-grouped"),
    pytest.param('{"nombre": "Ana", "dni": "12345678Z"}', "12345678Z", id="es-dni-letter"),
    pytest.param("NIE: X1234567L", "X1234567L", id="es-nie-letter"),
    pytest.param("CPF do titular: 529.982.247-25", "529.982.247-25", id="br-cpf"),
    pytest.param("N° de sécurité sociale : 2 85 05 78 006 084 41", "2 85 05 78 006 084 41", id="fr-nir-key"),
    pytest.param("SIN: 130 456 718", "130 456 718", id="ca-sin-luhn"),
    pytest.param("customer_ssn=078051120", "078051120", id="us-ssn-no-dashes"),
    pytest.param("PESEL 44051401359", "44051401359", id="pl-pesel"),
    pytest.param("personnummer: 811218-9876", "811218-9876", id="se-personnummer"),
    pytest.param("Henkilötunnus 131052-308T", "131052-308T", id="fi-hetu"),
    pytest.param("NHS number 943 476 5919", "943 476 5919", id="uk-nhs-mod-11"),
    pytest.param("Aadhaar: 2341 2341 2346", "2341 2341 2346", id="in-aadhaar-verhoeff"),
    pytest.param("TFN 123 456 782", "123 456 782", id="au-tfn"),
    pytest.param("Steuer-ID: 65929970489", "65929970489", id="de-steuer-id"),
]


@pytest.mark.parametrize(("text", "secret"), IDS)
def test_a_national_id_after_its_name_with_a_valid_check_is_redacted(text: str, secret: str) -> None:
    redacted, n = redact_text(text)
    assert secret not in redacted and n >= 1, redacted


@pytest.mark.parametrize(
    "text",
    [
        "BSN: 111222334",  # 11-test fails
        "dni 12345678A",  # wrong letter
        "CPF 111.111.111-11",  # all one digit
        "Since 2019 we shipped 130456718 parcels",  # a valid SIN with no SIN before it
        "order 4539148803436468 shipped",  # Luhn fails
        "NHS number 943 476 5910",
    ],
)
def test_a_number_without_its_name_or_with_a_wrong_check_stays(text: str) -> None:
    assert redact_text(text) == (text, 0)


@pytest.mark.parametrize(
    "text",
    [
        "card: 4539.1488.0343.6467",
        "card_number=4539_1488_0343_6467",
    ],
)
def test_a_card_number_is_redacted_in_any_grouping(text: str) -> None:
    redacted, _ = redact_text(text)
    assert "6467" not in redacted, redacted


def test_dotted_numbers_that_are_not_grouped_like_a_card_stay() -> None:
    text = "build 4.5.39148803436467 and 45.391.488.034.364.67"
    assert redact_text(text) == (text, 0)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("MFA seed: KRSXG5DSNFXGOIDTMVRXEZLU", "KRSXG5DSNFXGOIDTMVRXEZLU"),
        ("Authenticator setup key: mfrg gzdf mztw q2lk", "mfrg gzdf mztw q2lk"),
    ],
)
def test_a_totp_seed_after_a_word_naming_it_is_redacted(text: str, secret: str) -> None:
    redacted, _ = redact_text(text)
    assert secret not in redacted, redacted


def test_prose_about_authenticators_stays() -> None:
    text = "The secret is safe with authenticator apps; 2fa: enabled for everyone"
    assert redact_text(text) == (text, 0)
