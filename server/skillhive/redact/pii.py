"""Personal data with a checksum or a strict format: card numbers (Luhn), IBANs (mod 97), US SSNs,
UK National Insurance numbers. The checksum keeps order numbers, timestamps and ids alone.

Domestic account numbers whose own format carries a check: a Polish NRB (the IBAN without `PL`: 26
digits, mod 97), a Belgian account (3-7-2, mod 97), a Spanish CCC (4-4-2-10, two mod-11 digits), a
French RIB (5-5-11-2, its key), the account on a cheque's MICR line (between the
transit symbols a routing number that passes its ABA check, then the account before the on-us
symbol), a Japanese transfer's account (bank, branch, type 普通/当座, seven digits). A card's number
typed in two messages (`first 8: …` / `next 8: …`) whose joined digits pass Luhn, beside a card or an
expiry date.
"""

from __future__ import annotations

import re

from skillhive.redact.engine import _SAYS_EXAMPLE, _Rule, _span
from skillhive.redact.judge import entropy
from skillhive.redact.lexicon import alternation

_IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24,
    "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TR": 26, "AE": 23, "SA": 24, "IL": 23, "BR": 29,
    # the rest of the IBAN registry: an account in Kyiv or Doha is as much a payment instruction
    "UA": 29, "KZ": 20, "AZ": 28, "GE": 22, "MD": 24, "RS": 22, "BA": 20, "ME": 22, "MK": 19, "AL": 28, "XK": 20,
    "JO": 30, "KW": 30, "QA": 29, "BH": 22, "LB": 28, "EG": 29, "PK": 24, "TN": 24, "MR": 27, "CR": 22, "DO": 28,
    "GT": 28, "SV": 28, "VG": 24, "LC": 32, "BY": 28, "FO": 18, "GL": 18, "GI": 23, "PS": 29, "SC": 31, "ST": 25,
    "TL": 23, "IQ": 23, "LY": 25, "SD": 18, "MU": 30, "AX": 18, "VA": 22, "BI": 27, "DJ": 27, "SO": 23, "NI": 28,
}  # fmt: skip


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = ord(c) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# a product's or a device's number: a GTIN/EAN with its own check digit, an IMEI or an ICCID under its name
_CARD_SAID = re.compile(r"(?i:card|visa|master|amex|discover|\bpan\b|\bcc\b|credit|debit|cvv|expir)")
_DEVICE_SAID = re.compile(r"(?i:\bimei|\biccid|\bgtin|\bean\b|\bupc\b|barcode|\bsku\b|\bmeid\b)")


def _gtin(digits: str) -> bool:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(reversed(digits[:-1]), start=1))
    return (10 - total % 10) % 10 == int(digits[-1])


def _product_or_device(digits: str, m: re.Match[str], text: str) -> bool:
    """A GTIN (13 or 14 digits, its check right) or a number named as a device's, with no card said near."""
    if _CARD_SAID.search(text, max(0, m.start() - 80), min(len(text), m.end() + 80)):
        return False
    if len(digits) in (13, 14) and _gtin(digits):
        return True
    return _DEVICE_SAID.search(text, max(0, m.start() - 300), m.start()) is not None


_TICKET_SAID = re.compile(
    r"(?i:e-?ticket|\betkt|\btkne|ticket (?:no|nr|number|#)|order (?:no|nr|number|id|#)|bestellnummer|n° de commande"
    r"|número de pedido|numero d'ordine|订单号|訂單號|注文番号|주문번호|رقم الطلب|номер заказа)"
    r"[^\n\w]{0,3}(?:[a-z]{1,8}[ \t:]*)?$"
)
_IBAN_HEAD = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2} ?$")


def _spare_card(m: re.Match[str], text: str) -> bool:
    card = m.group()
    if ("." in card or "_" in card) and any(len(g) != 4 for g in re.split(r"[._]", card)[:-1]):
        return True  # dots and underscores only between groups of four (`4539.1488.0343.6467`)
    if _IBAN_HEAD.search(text, max(0, m.start() - 5), m.start()):
        return True  # the groups after an IBAN's country and check digits (`DE44 5001 …`) are its account
    groups = re.split(r"[ ._-]", card)
    if len(groups) > 1 and len(groups[0]) < 4:
        return True  # a card is printed from a group of four (`4111 …`, Amex `3782 822463 10005`); `220-2419933817`
        # is an airline's ticket (its carrier's three digits), `123 456 789 …` a reference read aloud
    if _TICKET_SAID.search(text, max(0, m.start() - 40), m.start()):
        return True  # "e-ticket 2202419933817", "ETKT 1572345678901": a ticket's number, checked by Luhn or not
    digits = re.sub(r"[ ._-]", "", card)
    if entropy(digits) < 2.0 and _SAYS_EXAMPLE.search(text, max(0, m.start() - 80), m.end() + 80):
        return True  # "in the sandbox, pay with 5555 5555 5555 4444": a processor's test number (the words that
        # say test or example are engine.py's, which spares the published ones wherever a line says so)
    if not (13 <= len(digits) <= 19 and _luhn(digits)):
        return True
    return _product_or_device(digits, m, text)


def _spare_other_card(m: re.Match[str], text: str) -> bool:
    """A card's groups said with commas: only where a card is named before them, and passing Luhn."""
    card_near = _CARD_NEAR.search(text, max(0, m.start() - 120), m.start())
    return not _luhn(re.sub(r"[^0-9]", "", m.group())) or card_near is None


_CARD_DIGITS_RUN = re.compile(r"(?<![0-9])[2-6](?:[0-9]|[ -](?=[0-9])){12,22}[0-9](?![0-9])")


def _card_before(text: str, start: int) -> bool:
    """Whether a card's number (Luhn, 13 to 19 digits) is told in the 240 characters before `start`, or
    was: the card rule above ran first and left its marker."""
    if "[REDACTED:card-number]" in text[max(0, start - 240) : start]:
        return True
    for m in _CARD_DIGITS_RUN.finditer(text, max(0, start - 240), start):
        digits = re.sub(r"[ -]", "", m.group())
        if 13 <= len(digits) <= 19 and _luhn(digits):
            return True
    return False


# digits said as words, in the languages calls come in (a voicemail's transcript, a dictated card)
_DIGIT_WORDS = {
    **dict.fromkeys(("zero", "oh", "cero", "zéro", "null", "nul"), "0"),
    **dict.fromkeys(("one", "uno", "un", "une", "eins", "uno", "um", "uma", "een"), "1"),
    **dict.fromkeys(("two", "dos", "deux", "zwei", "due", "dois", "duas", "twee"), "2"),
    **dict.fromkeys(("three", "tres", "trois", "drei", "tre", "três", "drie"), "3"),
    **dict.fromkeys(("four", "cuatro", "quatre", "vier", "quattro", "quatro"), "4"),
    **dict.fromkeys(("five", "cinco", "cinq", "fünf", "cinque", "vijf"), "5"),
    **dict.fromkeys(("six", "seis", "sechs", "sei", "zes"), "6"),
    **dict.fromkeys(("seven", "siete", "sept", "sieben", "sette", "sete", "zeven"), "7"),
    **dict.fromkeys(("eight", "ocho", "huit", "acht", "otto", "oito"), "8"),
    **dict.fromkeys(("nine", "nueve", "neuf", "neun", "nove", "negen"), "9"),
    # Polish, Russian, Swedish/Norwegian/Danish, Turkish (not the words of English: `to`, `fire`)
    **dict.fromkeys(("jeden", "один", "ett", "bir"), "1"),
    **dict.fromkeys(("dwa", "два", "två", "iki"), "2"),
    **dict.fromkeys(("trzy", "три", "üç"), "3"),
    **dict.fromkeys(("cztery", "четыре", "fyra", "dört"), "4"),
    **dict.fromkeys(("pięć", "пять", "fem", "beş"), "5"),
    **dict.fromkeys(("sześć", "шесть", "seks", "sex", "altı"), "6"),  # noqa: RUF001
    **dict.fromkeys(("siedem", "семь", "sju", "syv", "yedi"), "7"),
    **dict.fromkeys(("osiem", "восемь", "åtta", "åtte", "otte", "sekiz"), "8"),
    **dict.fromkeys(("dziewięć", "девять", "nio", "dokuz"), "9"),
    **dict.fromkeys(("ноль", "нуль", "noll", "sıfır"), "0"),  # noqa: RUF001
}
_DIGIT_WORD = "(?:" + alternation(tuple(_DIGIT_WORDS)) + ")"  # a trie: one branch per character


def _spare_card_in_words(m: re.Match[str], text: str) -> bool:
    """Digits said as words make a card's number when they pass Luhn and a card is named just before."""
    digits = "".join(_DIGIT_WORDS[w] for w in re.findall(r"[^\W\d_]+", m.group("s")))
    if not (13 <= len(digits) <= 19 and _luhn(digits)):
        return True
    return _CARD_NEAR.search(text, max(0, m.start() - 120), m.start()) is None


# a phone's or a hotline's number said before a number: not an account's
_PHONE_SAID = re.compile(r"(?i:tel|phone|hotline|call|sđt|điện thoại|전화|고객센터|電話|电话|телефон|whatsapp|wa\b)")


def _spare_seed(m: re.Match[str], text: str) -> bool:
    value = text[slice(*_span(m))]
    if value.isalpha() and value.islower():
        return True
    if m.start("s2") < 0:
        return False
    groups = value.split()  # after a bare "key": one case, digits in two groups at least ("room 2345" is prose)
    return not (value.isupper() or value.islower()) or sum(any(c.isdigit() for c in g) for g in groups) < 2


# "Example: an IBAN looks like …", "e.g. …", "in the format …": a documentation sample, said to be one
# (not a host's name: `pay.example.org` is where the value is sent, the value is no sample)
_SAID_EXAMPLE = re.compile(
    r"(?i:example(?!\.(?:com|org|net)(?![a-z]))|e\.g\.|sample|looks? like|format|such as"
    # "example" in other languages ("die Beispiel-IBAN", "l'IBAN d'exemple", "IBAN de ejemplo")
    r"|beispiel|exemple|ejemplo|exemplo|esempio|voorbeeld|exempel|eksempel|esimerkki|przykład|příklad|példa"
    r"|пример|приклад|örnek|例如|示例|サンプル|예시)"
)


def _said_example(m: re.Match[str], text: str) -> bool:
    line_start = text.rfind("\n", 0, m.start()) + 1
    return _SAID_EXAMPLE.search(text, max(line_start, m.start() - 60), m.start()) is not None


def _value_of(m: re.Match[str], text: str) -> str:
    return text[slice(*_span(m))]


# what an OCR reads for a digit, between digits: O and o for 0, l and I for 1, S for 5, B for 8
# (the value may come from the lower-cased text: `i`, `s`, `b` too)
_OCR_LETTERS = str.maketrans("OoDdlIiSsBb", "00001115588")
_OCR_READ = re.compile(r"(?<=[0-9])[OoDdlIiSsBb]{1,2}(?=[0-9])|^[OoDdlIiSsBb](?=[0-9]{2})|(?<=[0-9]{2})[OoDdlIiSsBb]$")


def ocr_digits(value: str, letters_between: bool = False) -> str:
    """`4I28O93I2` as the digits an OCR misread (`412809312`), when that makes it all digits (or, with
    `letters_between`, where letters stay between the digits: an IBAN's bank code); else `value`."""
    if value.isdigit() or not any(c.isdigit() for c in value):
        return value
    read = _OCR_READ.sub(lambda m: m.group().translate(_OCR_LETTERS), value)
    return read if read.isdigit() or letters_between else value


def _spare_iban(m: re.Match[str], text: str) -> bool:
    return _spare_iban_value(m.group(), m, text)


_TEST_IBAN = re.compile(r"(?i:(?:test|sandbox|dummy|fake|sample)[ -]?iban|sandbox)")


def _spare_iban_value(value: str, m: re.Match[str], text: str) -> bool:
    if _said_example(m, text):
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    if _TEST_IBAN.search(text, line_start, len(text) if line_end < 0 else line_end):
        return True  # "use the test IBAN … in the sandbox": a published test account
    iban = re.sub(r"[ .-]", "", value)
    if _IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return True
    # the digits an OCR misread (`DE89 37O4 …`) are checked as the digits they stand for
    return not any(_mod97(candidate) for candidate in {iban, iban[:2] + ocr_digits(iban[2:], letters_between=True)})


def _mod97(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _spare_ssn(m: re.Match[str], text: str) -> bool:
    area, group, serial = m.group().split("-")
    return area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000"


# an MRZ's second line (a passport's machine-readable zone): the document number and its check digit
_MRZ_WEIGHTS = (7, 3, 1)


def _mrz_check(field: str, digit: str) -> bool:
    total = 0
    for i, c in enumerate(field):
        v = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        total += v * _MRZ_WEIGHTS[i % 3]
    return digit.isdigit() and total % 10 == int(digit)


def _spare_mrz(m: re.Match[str], text: str) -> bool:
    if m.group("state") == "UTO":  # Utopia: ICAO's specimen state, a sample document
        return True
    return not (_mrz_check(m.group("s"), m.group("c")) and _mrz_check(m.group("dob"), m.group("dc")))


# a bank account under a name that says it is one (`account_number`, `Account #`, `acct no`), with a
# bank's routing, sort code, wire or deposit said nearby: the number is the account
_BANK_SAID = re.compile(
    r"(?i:routing|sort[ _-]?code|\baba\b|swift|\bbic\b|\bbank|wire|deposit|checking|savings|payee|beneficiary"
    r"|\bach\b|bsb|transit|bankleitzahl|\bblz\b|cuenta|konto|compte|banco|banque|banca\b|sparkasse|\bifsc|clabe"
    r"|\brib\b|ag[eê]ncia)"
)


def _spare_bank_account(m: re.Match[str], text: str) -> bool:
    value = _value_of(m, text)
    if len(set(value)) < 3 or _said_example(m, text):
        return True
    if _czech_account(value) or _hungarian_account(value):
        return False  # its own check digits prove it an account, with no bank named
    if _ANY_ACCOUNT.match(m.group()):  # `Konto`, `cuenta`, `conta`: any account; a bank must be said elsewhere
        return not (
            _BANK_SAID.search(text, max(0, m.start() - 300), m.start())
            or _BANK_SAID.search(text, m.end(), min(len(text), m.end() + 300))
        )
    return _BANK_SAID.search(text, max(0, m.start() - 300), min(len(text), m.end() + 300)) is None


_CZECH_ACCOUNT = re.compile(r"(?:(?P<prefix>[0-9]{1,6})-)?(?P<number>[0-9]{6,10})/[0-9]{4}")
_HUNGARIAN_ACCOUNT = re.compile(r"[0-9]{8}-[0-9]{8}(?:-[0-9]{8})?")


def _weighted(digits: str, weights: list[int], modulus: int) -> bool:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % modulus == 0


def _czech_account(value: str) -> bool:
    """A Czech account (`[prefix-]number/bank`): prefix and number each pass their mod-11 weights."""
    m = _CZECH_ACCOUNT.fullmatch(value)
    if m is None:
        return False
    prefix = (m.group("prefix") or "").rjust(6, "0")
    return _weighted(prefix, [10, 5, 8, 4, 2, 1], 11) and _weighted(
        m.group("number").rjust(10, "0"), [6, 3, 7, 9, 10, 5, 8, 4, 2, 1], 11
    )


def _hungarian_account(value: str) -> bool:
    """A Hungarian account (two or three groups of eight): the bank's block and the rest pass 9-7-3-1 mod 10."""
    if _HUNGARIAN_ACCOUNT.fullmatch(value) is None:
        return False
    bank, rest = value[:8], value[9:].replace("-", "")
    return _weighted(bank, [9, 7, 3, 1] * 2, 10) and _weighted(rest, [9, 7, 3, 1] * (len(rest) // 4), 10)


# the words for "account" that name any account, not only a bank's
_ANY_ACCOUNT = re.compile(r"(?:konto|cuenta|compte|conta|conto|rekening)(?![a-z])")


# a card named, in the languages cards are told in (the gates of the rules that need one said)
_CARD_WORDS = (
    "card",
    "carte",
    "tarjeta",
    "karte",
    "carta",
    "cartão",
    "kaart",
    "kart",
    "karty",
    "карт",
    "カード",
    "카드",
    "卡",
)
# a card said near, also as an OCR reads it (`VlSA`, `MASTERCARO`)
_CARD_NEAR = re.compile(
    r"(?i:card|carte|tarjeta|karte|cart[aã]o|kaart|v[i1l|]sa|master|amex|maestro|payment|paid|credit|debit|\bcc\b)"
)
# what an OCR reads for a digit: O and o for 0, l, I and | for 1, S for 5, B for 8, Z for 2
_OCR_DIGITS = str.maketrans("OoDlI|SBZ", "000111582")


def _spare_read_card(m: re.Match[str], text: str) -> bool:
    """A card's number cut by a line break or misread by an OCR: the digits it stands for pass Luhn,
    and a card is said near."""
    value = m.group()
    digits = re.sub(r"[\s-]", "", value).translate(_OCR_DIGITS)
    if not (13 <= len(digits) <= 19 and digits.isdigit() and _luhn(digits)):
        return True
    if "\n" not in value and sum(c.isalpha() for c in value) not in (1, 2, 3, 4):
        return True  # neither cut nor misread: the card rule above reads it
    return _CARD_NEAR.search(text, max(0, m.start() - 120), min(len(text), m.end() + 60)) is None


def _aba(digits: str) -> bool:
    d = [int(c) for c in digits]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


# an account's number told on the same line: with it, the routing number is half of a payment instruction
_ACCOUNT_TOLD = re.compile(r"(?i:account|acct|a/c|konto|cuenta|compte)[^\n0-9]{0,24}[0-9]{5,}")


def _spare_routing(m: re.Match[str], text: str) -> bool:
    """A routing number names a bank, public on its own; beside an account's number it is half of a
    payment instruction (`deposit to routing 2658… and account 4858…`)."""
    if not _aba(m.group("s")) or len(set(m.group("s"))) < 3:
        return True
    # its line, and the line before and after it: a form's fields, one a line
    line_start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()))) + 1
    line_end = text.find("\n", m.end())
    line_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    line_end = len(text) if line_end < 0 else line_end
    return _ACCOUNT_TOLD.search(
        text, max(line_start, m.start() - 160), min(line_end, m.end() + 160)
    ) is None or _said_example(m, text)


def _nrb(digits: str) -> bool:
    """A Polish account number (NRB): 26 digits that are an IBAN once `PL` is put before them."""
    return len(digits) == 26 and int(digits[2:] + "2521" + digits[:2]) % 97 == 1 and len(set(digits[2:])) > 2


def _belgian_account(digits: str) -> bool:
    """A Belgian account (BBAN, `539-0075470-34`): the first ten digits mod 97 are the last two (97 for 0)."""
    return len(digits) == 12 and (int(digits[:10]) % 97 or 97) == int(digits[10:]) and len(set(digits)) > 2


def _ccc(digits: str) -> bool:
    """A Spanish account (CCC, `2100 0418 45 0200051332`): bank, branch, two check digits, ten digits."""

    def check(part: str) -> str:
        total = sum(int(c) * 2**i for i, c in enumerate(part)) % 11
        return str(total if total < 2 else 11 - total)

    return len(digits) == 20 and digits[8:10] == check("00" + digits[:8]) + check(digits[10:]) and len(set(digits)) > 3


# a French RIB's letters as digits (A and J 1, B K S 2, …), for its key
_RIB_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def _rib(value: str) -> bool:
    """A French RIB (`30002 00550 0000157841Z 25`): bank, branch, account, and its key (97 less a weighted mod 97)."""
    parts = value.upper().translate(_RIB_LETTERS).split()
    if [len(p) for p in parts] != [5, 5, 11, 2] or not all(p.isdigit() for p in parts):
        return False
    bank, branch, account, key = (int(p) for p in parts)
    return 97 - (89 * bank + 15 * branch + 3 * account) % 97 == key and account > 0


_ACCOUNT_SAID = re.compile(
    r"(?i:konto|konta|rachun|przelew|account|acct|bank|iban|nrb|rekening|compte|cuenta|conta|transfer|wire)"
)


def _spare_domestic_account(m: re.Match[str], text: str) -> bool:
    if m.group("rib"):
        return _said_example(m, text) or not _rib(m.group())
    digits = re.sub(r"[ -]", "", m.group())
    if _said_example(m, text) or not (_nrb(digits) or _belgian_account(digits) or _ccc(digits)):
        return True
    if " " in m.group() or "-" in m.group():
        return False  # grouped as the country prints it: the form and its check say what it is
    return _ACCOUNT_SAID.search(text, max(0, m.start() - 80), min(len(text), m.end() + 40)) is None


# a card's number in two to four pieces on as many lines (messages): each piece ends its line, after
# whatever a chat puts first (a time, a name, "next 8:")
_CARD_PIECES = re.compile(
    r"(?P<a>[2-6](?<![0-9][2-6])[0-9]{3,11})[ \t]*"
    r"(?:\r?\n[^\n]{0,40}?(?<![0-9])[0-9]{2,12}[ \t]*(?![^\r\n])){1,3}"
)
_LAST_DIGITS = re.compile(r"([0-9]+)[ \t]*(?=\r?\n|$)")
_EXPIRY = re.compile(
    r"(?i:\bexp(?:iry|ires|iration)?\b|valid thru|gültig bis|caduca|vence)[^\n\d]{0,4}[01]?[0-9]/[0-9]{2}"
)


_ENDING_IN = re.compile(r"(?i:ending|ends|last[ \t]+(?:4|four|digits)|final)")


def _pieces_end(m: re.Match[str]) -> int:
    """Where the first pieces whose joined digits make a card's number (13 to 19, Luhn) end, or -1.

    A piece of four digits or fewer stands alone on its line: "Gift Card ending in 1239" on four lines
    are the last digits of four cards, not one card in four pieces."""
    if _ENDING_IN.search(m.group()):
        return -1
    digits = ""
    for piece in _LAST_DIGITS.finditer(m.string, m.start(), m.end()):
        line_start = m.string.rfind("\n", 0, piece.start()) + 1
        if len(piece.group(1)) <= 4 and piece.start() > m.start() and m.string[line_start : piece.start()].strip():
            return -1
        digits += piece.group(1)
        if 13 <= len(digits) <= 19 and _luhn(digits) and len(set(digits)) >= 4 and piece.start() > m.end("a"):
            return piece.end(1)
    return -1


def _norwegian_account(digits: str) -> bool:
    """A Norwegian bank account's mod-11 check digit (weights 5 4 3 2 7 6 5 4 3 2)."""
    total = sum(int(c) * w for c, w in zip(digits[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    check = 11 - total % 11
    return check != 10 and (check % 11) == int(digits[10])


def _spare_card_pieces(m: re.Match[str], text: str) -> bool:
    if _pieces_end(m) < 0:
        return True
    near = max(0, m.start() - 120), min(len(text), m.end() + 80)
    return _CARD_NEAR.search(text, *near) is None and _EXPIRY.search(text, *near) is None


PII_RULES: tuple[_Rule, ...] = (
    # a Polish NRB (`47 5011 1193 …`, 2 + 6 x 4 digits), a Belgian account (`539-0075470-34`), a Spanish
    # CCC or a French RIB, by their checks
    _Rule(
        "bank-account",
        r"[0-9](?<![0-9A-Za-z.,+-][0-9])(?:[0-9](?:[ ]?[0-9]{4}){6}|[0-9]{2}-[0-9]{7}-[0-9]{2}"
        r"|[0-9]{3}(?P<g>[ -]?)[0-9]{4}(?P=g)[0-9]{2}(?P=g)[0-9]{10}"  # a Spanish CCC, 4-4-2-10
        r"|(?P<rib>[0-9]{4} [0-9]{5} [0-9A-Za-z]{11} [0-9]{2}))"  # a French RIB, 5-5-11-2
        r"(?![0-9A-Za-z-]|[.,][0-9])",
        (),
        spare=_spare_domestic_account,
    ),
    # a Norwegian account as banks print it (`4539.75.01934`), by its mod-11 check digit
    _Rule(
        "bank-account",
        r"(?<![0-9A-Za-z.])[0-9]{4}\.[0-9]{2}\.[0-9]{5}(?![0-9]|\.[0-9])",
        (".",),
        spare=lambda m, text: not _norwegian_account(m.group().replace(".", "")),
    ),
    # a cheque's MICR line: ⑆routing⑆ account⑈ (the routing number passing its check)
    _Rule(
        "bank-account",
        r"⑆[ \t]?(?P<r>[0-9]{9})[ \t]?⑆[ \t]*(?P<s>[0-9](?:[0-9]|[ ⑉-](?=[0-9])){3,19})[ \t]*⑈",
        ("⑆",),
        spare=lambda m, text: not _aba(m.group("r")),
    ),
    # a Japanese transfer's account: bank or branch, the account's type, seven digits ("渋谷支店 普通 2203402")
    _Rule(
        "bank-account",
        r"(?:銀行|支店|金庫|振込|口座)[^\n]{0,30}?(?:普通|当座|貯蓄)(?:預金)?[ \t　]*(?:口座)?(?:番号)?[ \t　:：]*"  # noqa: RUF001
        r"(?P<s>[0-9]{7})(?![0-9])",
        ("普通", "当座", "貯蓄"),
    ),
    _Rule(
        "card-number",
        _CARD_PIECES.pattern,
        (),
        spare=_spare_card_pieces,
        span_of=lambda m: (m.start(), _pieces_end(m)),
    ),
    # a routing number (ABA, by its check) told with an account's number
    _Rule(
        "routing-number",
        r"(?<![a-z])(?:routing|aba|rtn)(?:[ _-]?(?:transit[ _-]?)?(?:number|num|no|nr|#))?\.?[^\n\w]{0,4}(?:is[ \t]+)?"
        r"(?P<s>[0-9]{9})(?![0-9])",
        ("routing", "aba", "rtn"),
        on_lower=True,
        spare=_spare_routing,
    ),
    # a card's number told in two messages (`4992 7305` / `1186 4203`) or read by an OCR (`4O11 2034 …`)
    _Rule(
        "card-number",
        r"(?<![A-Za-z0-9.+-])(?:[2-6][0-9]{3}(?:[ ][0-9]{4}){0,3}[ \t]*\r?\n[ \t]*[0-9]{4}(?:[ ][0-9]{1,4}){0,3}"
        r"|[2-6][0-9OoDlI|SBZ]{3}(?:[ -][0-9OoDlI|SBZ]{4}){2}[ -][0-9OoDlI|SBZ]{4}(?:[ -][0-9OoDlI|SBZ]{1,3})?)"
        r"(?![A-Za-z0-9-])",
        (),
        spare=_spare_read_card,
    ),
    # Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro, UnionPay: contiguous or grouped by spaces or dashes
    _Rule(
        "card-number",
        # after `+` a phone number (`to=+4915112345678`); 5x and 6x cover Maestro and UnionPay too
        r"[2-6](?<![A-Za-z0-9.+-][2-6])(?:(?<=4)|(?<=5)[0-8]|(?<=2)[2-7]|(?<=3)[03-9]|(?<=6)[0-9])"
        # a card's number may run into the next word in a script with no spaces (`…4727です`)
        r"(?:[0-9]|[ ._-](?=[0-9])){11,22}[0-9](?![A-Za-z0-9_-]|\.[0-9])",
        (),
        spare=_spare_card,
    ),
    # Turkey's Troy cards (`9792 …`), by their prefix and Luhn; a card's groups said with commas
    # ("4741, 8778, 8352, 1871") where a card is named
    _Rule(
        "card-number",
        r"9792(?<![A-Za-z0-9.+-]9792)(?:[0-9]|[ -](?=[0-9])){11,14}[0-9](?![A-Za-z0-9_-]|\.[0-9])",
        (),
        spare=_spare_card,
    ),
    _Rule(
        "card-number",
        r"[2-6](?<![A-Za-z0-9.+-][2-6])[0-9]{3}(?:,[ \t]?[0-9]{4}){3}(?:,[ \t]?[0-9]{1,3})?(?![0-9])",
        _CARD_WORDS,
        on_lower=True,
        spare=lambda m, text: _spare_other_card(m, text),
    ),
    _Rule(
        "iban",
        # grouped by spaces or by dashes (one kind in one IBAN: `NL35-INGB-4531-8006-87`), checked by mod 97
        r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z](?:[0-9]{2}(?:(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?"
        r"|(?:-[A-Z0-9]{4}){2,7}(?:-[A-Z0-9]{1,3})?)"
        # the country apart, the check digits opening the first group (`PL 5371 5048 …`)
        r"|[ ][0-9]{2}[A-Z0-9]{2}(?:[ ][A-Z0-9]{4}){2,7}(?:[ ][A-Z0-9]{1,3})?)(?![A-Za-z0-9-])",
        (),
        spare=_spare_iban,
    ),
    # a TOTP seed (base32, often in groups of four) after a word that names one
    _Rule(
        "totp-seed",
        r"(?:totp|2fa|mfa|otp|authenticator|two-factor|2-step|seed|setup key|secret key|secret)"
        # on the same line or below it, a blank line between ("…in your authenticator app:\n\nJBSW Y3DP …")
        r"(?![a-z])[^\n]{0,40}?[:=\s](?:[ \t]*\r?\n){0,2}[ \t]*[\"']?"
        r"(?P<s>(?=[a-z2-7 ]*[2-7])(?:[a-z2-7]{16,64}|(?:[a-z2-7]{4} ){3,15}[a-z2-7]{1,4}))(?![a-z0-9])"
        # any key shown in groups of four base32 characters is one ("enter this key manually: JKRD …")
        r"|key(?![a-z])[^\n]{0,40}?[:=\s][ \t]*[\"']?"
        r"(?P<s2>(?=[a-z2-7 ]*[2-7])(?:[a-z2-7]{4} ){3,15}[a-z2-7]{1,4})(?![a-z0-9])",
        ("otp", "2fa", "mfa", "authenticator", "two-factor", "2-step", "seed", "setup key", "secret", "key"),
        on_lower=True,
        spare=lambda m, text: _spare_seed(m, text),
    ),
    _Rule("national-id", r"[0-9](?<![\w-][0-9])[0-9]{2}-[0-9]{2}-[0-9]{4}(?![\w-])", (), spare=_spare_ssn),
    # an IBAN after its name in any case and grouping (`iban: de44…`, `DE44-5001-…`), by its mod-97 check
    _Rule(
        "iban",
        r"iban(?![a-z])[^\n\w]{0,12}(?:[a-z]{2,12}[ \t]*[:=][ \t]*)?(?:is[ \t]+)?"
        r"(?P<s>[a-z]{2}[0-9]{2}(?:[ .-]?[a-z0-9]{4}){2,7}(?:[ .-]?[a-z0-9]{1,3})?)(?![a-z0-9])",
        ("iban",),
        on_lower=True,
        spare=lambda m, text: _spare_iban_value(_value_of(m, text).upper(), m, text),
    ),
    # a passport's number under its name (`passport_no`, `Passport number:`, `numéro de passeport`,
    # `Reisepassnummer`): no check digit to read, so only as the name's value, and only the shape of
    # one (6 to 9 letters and digits, 5 or more of them digits)
    _Rule(
        "passport-number",
        r"(?:passport|passeport|pasaporte|passaporto|reisepass|paszport|paspoort)"
        r"(?:[ _.-]?(?:number|nummer|numero|número|num|no|nr|id|#)\.?|(?![a-z]))[\"'\]]?[ \t]*(?:[:=]|=>)[ \t]*"
        r"[\"']?(?P<s>(?=(?:[a-z]{0,4}[0-9]){5})[a-z0-9]{6,9})(?![a-z0-9])",
        ("passport", "passeport", "pasaporte", "passaporto", "reisepass", "paszport", "paspoort"),
        on_lower=True,
    ),
    # the same in other languages and scripts, with or without a colon: "旅券番号 TR3707141",
    # "Pass-Nr./Passport No. CPM093291", "паспорт 53 44 572285" (series and number)
    _Rule(
        "passport-number",
        r"(?:旅券番号|パスポート番号|护照号码?|護照號碼|여권 ?번호|паспорт[а-я]*|pasaport(?: no)?|جواز السفر|דרכון"  # noqa: RUF001
        r"|पासपोर्ट|hộ chiếu|paspor|διαβατήριο|pass-nr\.?(?:/passport no\.?)?|passport no\.?|reisepassnummer)"
        r"(?:[ \t]*(?:number|no\.?|nr\.?|nomor|numarası|номер|серия и номер|số|αριθμός))?[ \t]*[:=：]?[ \t]*"  # noqa: RUF001
        r"(?P<s>(?=(?:[a-z]{0,4}[0-9]){6})[a-z]{0,3}[0-9]{6,9}|[0-9]{2} ?[0-9]{2} ?[0-9]{6})(?![a-z0-9])",
        (
            *("旅券", "パスポート", "护照", "護照", "여권", "паспорт", "pasaport", "جواز", "דרכון", "पासपोर्ट"),
            *("hộ chiếu", "paspor", "διαβατήριο", "pass-nr", "passport no", "reisepassnummer"),
        ),
        on_lower=True,
    ),
    # a card's number said digit by digit in words ("the card is four one one one …"), as a call's
    # transcript has it
    _Rule(
        "card-number",
        rf"(?<![a-zà-ÿ])(?P<s>{_DIGIT_WORD}(?:[ \t,-]+{_DIGIT_WORD}){{12,18}})(?![a-zà-ÿ])",
        _CARD_WORDS,
        on_lower=True,
        spare=_spare_card_in_words,
    ),
    # a card's security code by where it is printed ("the code on the back is 486", "el código de atrás es
    # el 603"), after the card's number: three or four digits
    _Rule(
        "card-security-code",
        r"(?:(?:code|digits|number)[ \t]+(?:on|at)[ \t]+the[ \t]+back|back[ \t]+(?:code|digits)"
        r"|c[oó]digo[ \t]+(?:de[ \t]+)?(?:atr[aá]s|detr[aá]s|del[ \t]+reverso|de[ \t]+seguridad|de[ \t]+segurança)"
        r"|code[ \t]+(?:au[ \t]+dos|de[ \t]+s[ée]curit[ée])|cryptogramme|kartenprüfnummer|prüfnummer|prüfziffer"
        r"|codice[ \t]+(?:sul[ \t]+retro|di[ \t]+sicurezza)|beveiligingscode|kod[ \t]+(?:cvv|cvc|z[ \t]+tyłu)"
        r"|güvenlik[ \t]+kodu|код[ \t]+на[ \t]+обороте|セキュリティコード|安全码|보안[ \t]*코드|뒷면)"
        r"(?![a-z])[^\n\d]{0,30}?(?:(?<![a-z])(?:is|es|est|ist|é|è|to|är|er)(?![a-z])|[:=])?[ \t]*"
        r"(?:(?:el|la|le|il|o|der|die)[ \t]+)?(?P<s>[0-9]{3,4})(?![0-9])",
        (
            *("back", "atrás", "atras", "detrás", "reverso", "au dos", "sécurité", "securite", "seguridad"),
            *("segurança", "crypto", "prüf", "retro", "sicurezza", "beveiligings", "cvv", "cvc", "tyłu"),
            *("güvenlik", "обороте", "セキュリティ", "安全码", "보안", "뒷면"),
        ),
        on_lower=True,
        spare=lambda m, text: not _card_before(text, m.start()),
    ),
    # a Polish identity card after its name: three letters and six digits
    _Rule(
        "national-id",
        r"(?:dow[oó]d(?:em|u)?[ \t]+osobist(?:ym|ego|y)|nr[ \t]+dowodu)(?:[ \t]+(?:nr|numer|seria i numer))?"
        r"[ \t]*[:.]?[ \t]*(?P<s>[a-z]{3}[ ]?[0-9]{6})(?![a-z0-9])",
        ("dowod", "dowód"),
        on_lower=True,
    ),
    # a bank account's number after a word for one in other languages, or a bank's name:
    # "số tài khoản / STK 9251…", "계좌 …", "국민은행 954-287168-15469", "rekening BCA 5299…"
    _Rule(
        "bank-account",
        r"(?<![a-z])(?:stk|số tài khoản|so tai khoan|tài khoản|계좌(?:번호)?|[가-힣]{1,6}은행|口座番号|口座"
        r"|账号|帐号|账户"
        r"|賬號|номер сч[её]та|расч[её]тный сч[её]т|рахунок|rachunek|no\.? ?rek(?:ening)?|rekening|hesap no"
        r"|खाता (?:संख्या|नंबर)|رقم الحساب|מספר חשבון|transfer ke|chuyển khoản vào|ngân hàng)"
        r"(?:[ \t]+[a-z]{2,12})?[ \t]*[:：]?[ \t]*(?P<s>[0-9](?:[0-9]|-(?=[0-9])){8,19})(?![0-9a-z-])",  # noqa: RUF001
        (
            *("stk", "tài khoản", "tai khoan", "계좌", "은행", "口座", "账", "帐", "賬", "сч", "рахунок", "rachunek"),
            *("transfer ke", "ngân hàng", "no rek", "no. rek", "norek", "rekening", "hesap", "खाता", "الحساب"),
            *("חשבון",),
        ),
        on_lower=True,
        spare=lambda m, text: _PHONE_SAID.search(text, max(0, m.start() - 40), m.start("s")) is not None,
    ),
    _Rule(
        "passport-number",
        r"(?:^|\n)(?P<s>[A-Z0-9<]{9})(?P<c>[0-9])(?P<state>[A-Z<]{3})(?P<dob>[0-9]{6})(?P<dc>[0-9])[MFX<][0-9]{6}[0-9]",
        ("<",),
        spare=_spare_mrz,
    ),
    _Rule(
        "bank-account",
        r"(?<![a-z])(?:(?:bank[ _-]?)?account|acct|acc|kontonummer|konto|n[uú]mero de cuenta|cuenta|num[eé]ro de compte"
        r"|compte|conta(?: corrente)?|conto(?: corrente)?|rekening(?:nummer)?|a/c|clabe|rib"
        r"|számlaszám|számlára|számla|na účet|číslo účtu|účet)"
        r"(?:[ _-]?(?:number|num|no|nr|#))?\.?[\"'\]]?[ \t]*(?:[:=#]|=>|is)?[ \t]*[\"']?"
        # (a Czech account's bank code after a slash: `7143752535/0100`)
        r"(?P<s>[0-9](?:[0-9]|[ -](?=[0-9])){5,29}(?:/[0-9]{4})?)(?![0-9a-z-])",
        ("acc", "konto", "cuenta", "compte", "conta", "conto", "rekening", "a/c", "clabe", "rib", "száml", "účet"),
        on_lower=True,
        spare=_spare_bank_account,
    ),
    # an HL7 v2 patient segment: PID-3, the patient's identifier (a record number), its first component
    _Rule(
        "personal-id",
        r"(?:^|\n)PID\|[^|\n]{0,20}\|[^|\n]{0,40}\|(?P<s>[A-Za-z0-9-]{4,24})(?=[|^~])",
        ("PID|",),
    ),
    # an OFX statement's account (`<BANKACCTFROM><BANKID>…<ACCTID>2917804718`), a bank's export format
    _Rule(
        "bank-account",
        r"<ACCTID>[ \t]*(?P<s>[0-9][0-9 -]{3,30}[0-9])(?=[ \t]*(?:<|\n|$))",
        ("<ACCTID>",),
        spare=lambda m, text: "<BANKID>" not in text and "<BANKACCTFROM>" not in text and "<CCACCTFROM>" not in text,
    ),
    # UK National Insurance number: two letters (not D, F, I, Q, U, V; not BG, GB, NK, KN, TN, NT, ZZ)
    _Rule(
        "national-id",
        r"[A-CEGHJ-PR-TW-Z](?<![A-Za-z0-9][A-Z])(?<!B(?=G))(?<!G(?=B))(?<!N(?=K))(?<!K(?=N))(?<!T(?=N))(?<!N(?=T))(?<!Z(?=Z))"
        r"[A-CEGHJ-NPR-TW-Z]"
        r"[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[A-D](?![A-Za-z0-9])",
        (),
    ),
    # … typed in lower case after its name ("verify NI number'. it's yk544773d")
    _Rule(
        "national-id",
        r"(?:\bni|national insurance|nino)(?:[ _-]?(?:number|no))?[^\n\d]{0,16}?"
        r"(?P<s>[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z][ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[a-d])(?![a-z0-9])",
        ("ni", "national insurance", "nino"),
        on_lower=True,
    ),
)
