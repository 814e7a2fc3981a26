# ruff: noqa: RUF001  (texts in other scripts)
"""Round 12: values whose form proves them — a check digit, a standard's layout, a word list, a
vendor's fixed length — read through OCR slips, dictation, and pieces typed in two messages.

Numbers are made up here and given their check digits by the algorithms the formats document.
"""

from __future__ import annotations

import pytest

from skillhive.redact import redact_text

# twelve words of the BIP39 list (no checksum: a numbered list needs none)
SEED_WORDS = ("bamboo", "become", "between", "adult", "book", "bread", "brother", "absent", "black", "alcohol")
SEED_WORDS += ("body", "biology")

SECRETS = [
    # national ids, each after its name, checked by its country's algorithm
    pytest.param("Укажите мой ИНН 500100732259 в чеке", "500100732259", id="ru-inn-twelve-digits"),
    pytest.param("ИНН организации: 7707083893", "7707083893", id="ru-inn-ten-digits"),
    pytest.param("Ο ΑΦΜ μου είναι 090000045, ευχαριστώ", "090000045", id="gr-afm"),
    pytest.param("CNP-ul meu: 1800101221144", "1800101221144", id="ro-cnp"),
    pytest.param("Numéro fiscal : 3023217600053", "3023217600053", id="fr-spi-mod-511"),
    pytest.param("Žadatel: rodné číslo 736028/5163, Brno", "736028/5163", id="cz-rodne-cislo"),
    pytest.param("کد ملی من 0499370899 است", "0499370899", id="ir-code-melli"),
    pytest.param("Mit CPR-nummer er 070761-4285.", "070761-4285", id="dk-cpr-a-date"),
    pytest.param("ITIN: 912-70-1234", "912-70-1234", id="us-itin"),
    pytest.param("מה מספר תעודת הזהות?\nלקוח: 000000018", "000000018", id="il-id-with-the-article"),
    pytest.param("CUIL: 20-12345678-6", "20-12345678-6", id="ar-cuil"),
    pytest.param("OIB: 69435151530", "69435151530", id="hr-oib-iso7064"),
    pytest.param("ЕГН 7523169263", "7523169263", id="bg-egn"),
    pytest.param("isikukood 37605030299", "37605030299", id="ee-isikukood"),
    pytest.param("kennitala 120174-3399", "120174-3399", id="is-kennitala"),
    pytest.param("AHV-Nr. 756.1234.5678.97", "756.1234.5678.97", id="ch-ahv-ean13"),
    pytest.param("Meine Sozialversicherungsnummer ist 1237010180", "1237010180", id="at-svnr"),
    pytest.param("PPS number 1234567T", "1234567T", id="ie-pps-letter"),
    pytest.param("JMBG 0101006500006", "0101006500006", id="rs-jmbg"),
    pytest.param("CNIC 35202-1234567-1", "35202-1234567-1", id="pk-cnic"),
    pytest.param("MyKad no: 900101-14-5678", "900101-14-5678", id="my-mykad-date-and-place"),
    pytest.param("身分證字號：A123456789", "A123456789", id="tw-id-letter-first"),
    pytest.param("IRD number: 49-091-850", "49-091-850", id="nz-ird"),
    pytest.param("IDNP 2002001234563", "2002001234563", id="md-idnp"),
    pytest.param("رقم الهوية 1045679816", "1045679816", id="sa-national-id-luhn"),
    pytest.param("الرقم القومي 29001011234567", "29001011234567", id="eg-national-id-date-and-governorate"),
    pytest.param("TAJ szám: 123 456 788", "123 456 788", id="hu-taj"),
    pytest.param("NSS: 28 12345678 40", "28 12345678 40", id="es-nss-mod-97"),
    pytest.param("PIS/PASEP 120.54481.15-9", "120.54481.15-9", id="br-pis"),
    pytest.param("NIP: 526-000-12-46", "526-000-12-46", id="pl-nip"),
    pytest.param("身份證號碼 A123456(3)", "A123456(3)", id="hk-id-check-in-brackets"),
    # the form of the value, whatever was said around it
    pytest.param("le invio il codice fiscale per la ricetta: RSSMRA85T10A562S. Grazie", "RSSMRA85T10A562S", id="it-cf"),
    pytest.param("प्रिया: PAN है ABCPE1234F", "ABCPE1234F", id="in-pan-after-a-hindi-word"),
    # an OCR's letters for digits, a form's label alone on its line
    pytest.param("SSN: 6O5-48-2647", "6O5-48-2647", id="ssn-read-by-an-ocr"),
    pytest.param(
        "Employee's social security number\n605 - 48 - 2647\nWages", "605 - 48 - 2647", id="ssn-under-its-label"
    ),
    # accounts whose national format carries a check
    pytest.param(
        "Przelew na 61 1090 1014 0000 0712 1981 2874, dzięki", "61 1090 1014 0000 0712 1981 2874", id="pl-nrb"
    ),
    pytest.param("overschrijven naar 539-0075470-34 aub", "539-0075470-34", id="be-account-mod-97"),
    pytest.param("check bottom line: ⑆021000021⑆ 4820017731⑈ 1042", "4820017731", id="micr-on-us-account"),
    pytest.param("pago a 2100 0418 45 0200051332 hoy", "2100 0418 45 0200051332", id="es-ccc-two-checks"),
    pytest.param("virement: 30002 00550 0000157841Z 25", "0000157841Z", id="fr-rib-key"),
    pytest.param("振込先：みずほ銀行 新宿支店 普通 1234567 ヤマダ", "1234567", id="jp-transfer-account"),
    pytest.param("DRIVING LICENCE\n5. MORGA753116SM9IJ\n4b. 2031", "MORGA753116SM9IJ", id="uk-driving-licence-layout"),
    pytest.param("DE89 37O4 0044 0532 0130 00", "DE89 37O4 0044 0532 0130 00", id="iban-read-by-an-ocr"),
    pytest.param(
        "CALIFORNIA DRIVER LICENSE\nDL D5844860\nEXP 08/14/2030", "D5844860", id="us-licence-after-its-dl-field"
    ),
    pytest.param("my Known Traveler Number for the booking: 685724892. Also", "685724892", id="known-traveler-number"),
    # dictated in words
    pytest.param(
        "numer karty: cztery pięć trzy dziewięć, jeden cztery osiem osiem, "
        "zero trzy cztery trzy, sześć cztery sześć siedem",
        "cztery pięć trzy dziewięć",
        id="card-in-polish-words",
    ),
    pytest.param(
        "Мой СНИЛС: один один два два три три четыре четыре пять девять пять",
        "один один два два три три",
        id="snils-in-russian-words",
    ),
    pytest.param(
        "Agent: and your PESEL? Caller: four four zero five one four zero one three five nine.",
        "four four zero five one four zero one three five nine",
        id="national-id-in-words-after-its-name",
    ),
    pytest.param(
        "CALLER: it's four five three nine, one four eight eight, zero three four three, six four six seven.",
        "four five three nine, one four eight eight, zero three four three, six four six seven",
        id="card-in-words-grouped-in-fours",
    ),
    pytest.param(
        "Customer: sure, six zero five dash four eight dash two six four seven.",
        "six zero five dash four eight dash two six four seven",
        id="ssn-in-words-with-dashes",
    ),
    # pieces typed in two messages
    pytest.param("Dee: first 8: 45391488\nDee: next 8: 03436467\nDee: exp 05/30", "45391488", id="card-halves"),
    pytest.param("my card:\n4539\n1488\n0343\n6467\nthanks", "4539\n1488", id="card-in-four-lines"),
    pytest.param(
        "ana: ghp_9aZ3kQ7mT2xR8bW4\nana: nE6vY1pL5cH0jD7sF3gK\nben: works",
        "ghp_9aZ3kQ7mT2xR8bW4",
        id="github-token-halves",
    ),
    pytest.param(
        "ravi: key id AKIAZRKZFIFZX2O6BDFT\nravi: secret next msg\nravi: 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",
        "8pNlWoKUUa8MU1AO+znqhSPqoArTOQBQthHHK6Er",
        id="aws-secret-in-the-next-message",
    ),
    # encodings and word lists
    pytest.param(
        "dump (hex): " + b"GH_TOKEN=ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5".hex(),
        b"GH_TOKEN=ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5".hex(),
        id="hex-text-holding-a-token",
    ),
    pytest.param(
        "the wallet's words:\n"
        + "\n".join(
            f"{i}. {w}"
            for i, w in enumerate(
                SEED_WORDS,
                1,
            )
        ),
        "1. bamboo",
        id="numbered-bip39-words",
    ),
    pytest.param(
        "from the desk drawer\nlegal winner thank year wave sausage worth useful legal winner thank yellow\nend",
        "legal winner thank year wave sausage worth useful legal winner thank yellow",
        id="bip39-line-passing-its-checksum",
    ),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_a_value_whose_form_proves_it_is_redacted(text: str, secret: str) -> None:
    redacted, n = redact_text(text)
    assert secret not in redacted and n >= 1, redacted


LOOK_ALIKES = [
    pytest.param("Укажите мой ИНН 500100732258 в чеке", id="inn-with-a-wrong-check"),
    pytest.param("Order 500100732259 shipped", id="valid-inn-without-its-name"),
    pytest.param("we stayed at the inn 500100732259 nights ago", id="inn-as-an-english-word"),
    pytest.param("CNP-ul meu: 1800101221145", id="cnp-with-a-wrong-check"),
    pytest.param("OIB: 69435151531", id="oib-with-a-wrong-check"),
    pytest.param("we saw the taj 123456788 times", id="taj-as-a-word"),
    pytest.param("身份證號碼 A123456(4)", id="hk-id-with-a-wrong-check"),
    pytest.param("رقم الهوية 1045679817", id="saudi-id-failing-luhn"),
    pytest.param("AHV-Nr. 756.1234.5678.90", id="ahv-with-a-wrong-check"),
    pytest.param("身分證字號：A123456788", id="tw-id-with-a-wrong-check"),
    pytest.param("pago a 2100 0418 46 0200051332 hoy", id="ccc-with-a-wrong-check"),
    pytest.param("ref 21000418450200051332 ok", id="valid-ccc-digits-without-grouping-or-account"),
    pytest.param("henkilötunnus puuttuu\n120384-002W", id="id-word-then-a-number-on-the-next-line-in-a-sentence"),
    pytest.param("Przelew na 61 1090 1014 0000 0712 1981 2875, dzięki", id="nrb-failing-mod-97"),
    pytest.param("trace 61109010140000071219812874 done", id="valid-nrb-digits-without-grouping-or-account"),
    pytest.param("check bottom line: ⑆021000022⑆ 4820017731⑈ 1042", id="micr-with-a-bad-routing-number"),
    pytest.param("Part no. MORGA753116SM9IJ in stock", id="licence-layout-where-no-licence-is-named"),
    pytest.param("RSSMRA85T10A562X", id="codice-fiscale-with-a-wrong-check-letter"),
    pytest.param("call me at five five five, one two three, four five six seven", id="phone-number-in-words"),
    pytest.param("download 12345678 files with dl 12345678", id="dl-as-download-where-no-licence-is-named"),
    pytest.param("my BSN is one one one two two two three three four", id="id-in-words-failing-its-check"),
    pytest.param(
        "lo hizo sin uno dos tres cuatro cinco seis siete ocho dos", id="short-id-name-as-a-word-before-words"
    ),
    pytest.param("DE89 37O4 0044 0532 0130 01", id="ocr-read-iban-failing-mod-97"),
    pytest.param(
        "it's four five three nine, one four eight eight, zero three four three, six four six eight.",
        id="card-in-words-failing-luhn",
    ),
    pytest.param("row 1: 45391488\nrow 2: 03436467", id="two-numbers-on-two-lines-without-a-card"),
    pytest.param(
        "options:\n - Gift Card ending in 1239\n - Gift Card ending in 6644\n - Gift Card ending in 0005\n"
        " - Certificate ending in 4743\n - Credit Card ending in 9725",
        id="cards-last-digits-one-a-line",
    ),
    pytest.param("ghp_exampletokenvalue\nsee docs", id="github-prefix-with-a-word"),
    pytest.param("sha256 " + "68656c6c6f20776f726c64212068656c6c6f", id="hex-of-plain-text"),
    pytest.param("1. apple\n2. banana\n3. cherry\n4. milk\n5. bread\n6. eggs", id="shopping-list"),
    pytest.param(
        "groceries\n"
        + "\n".join(
            f"{i}. {w}"
            for i, w in enumerate(
                (
                    "apple",
                    "banana",
                    "bread",
                    "milk",
                    "egg",
                    "cheese",
                    "butter",
                    "rice",
                    "salt",
                    "sugar",
                    "pepper",
                    "onion",
                ),
                1,
            )
        ),
        id="twelve-bip39-words-as-a-shopping-list",
    ),
    pytest.param(
        "\n".join(
            f"{i}. {w}"
            for i, w in enumerate(
                (*SEED_WORDS[:-1], "running"),
                1,
            )
        ),
        id="numbered-list-with-a-word-outside-bip39",
    ),
    pytest.param(
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon",
        id="bip39-line-failing-its-checksum",
    ),
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_whose_form_or_context_fails_stays(text: str) -> None:
    assert redact_text(text) == (text, 0)


def test_a_sha1_in_the_message_after_an_aws_key_id_stays() -> None:
    sha = "3f2a9c1d5e7b8a90c1d2e3f4a5b6c7d8e9f0a1b2"
    redacted, n = redact_text(f"AKIAZRKZFIFZX2O6BDFT\ncommit {sha}")
    assert sha in redacted and n == 1, redacted
