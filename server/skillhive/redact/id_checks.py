"""The checks of personal ids, by their published algorithms; national_ids.py names each id and its check.

Each takes the value without separators and says whether its form is right: the length, the parts
that must be a date or a region's code, and the check digit or letter, as the issuing authorities
publish them. Round 12 added (each verified against python-stdnum on random numbers, where it has
the id): Russian INN, Greek AFM, Romanian CNP, French SPI, Czech/Slovak rodné číslo, Iranian code
melli, Danish CPR, US ITIN, Argentine CUIT/CUIL (a person's), Mexican CURP, Croatian OIB (ISO 7064
mod 11,10), Bulgarian EGN, Estonian isikukood and Lithuanian asmens kodas, Icelandic kennitala,
Swiss AHV (756, EAN-13), Austrian social insurance number, Irish PPS, Yugoslav JMBG / Slovenian
EMŠO, Pakistani CNIC, German health-insurance number (KVNR), Taiwanese id, Singapore NRIC/FIN,
Malaysian MyKad, New Zealand IRD, Moldovan IDNP, Saudi id/iqama (Luhn), Egyptian national id (a
date and a governorate), Hong Kong identity card, Hungarian TAJ, Spanish NSS, Brazilian PIS/PASEP,
Polish NIP.
"""

from __future__ import annotations

import datetime
import re
from itertools import pairwise

from skillhive.redact.pii import _luhn


def _run(v: str) -> bool:
    """Digits that count up or down one by one, or one digit again (`123456789`): a form's sample."""
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(v)}
    return len(steps) == 1


def _date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _ssn(v: str) -> bool:
    return (
        len(v) == 9
        and v.isdigit()
        and v[:3] not in ("000", "666")
        and v[0] != "9"
        and v[3:5] != "00"
        and v[5:] != "0000"
    )


def _bsn(v: str) -> bool:
    if len(v) == 8:
        v = "0" + v
    if len(v) != 9 or not v.isdigit() or v == "000000000":
        return False
    total = sum(int(c) * w for c, w in zip(v[:8], range(9, 1, -1), strict=True)) - int(v[8])
    return total % 11 == 0


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni(v: str) -> bool:
    v = v.upper()
    if len(v) == 9 and v[0] in "XYZ":
        v = str("XYZ".index(v[0])) + v[1:]
    return len(v) == 9 and v[:8].isdigit() and v[8] == _DNI_LETTERS[int(v[:8]) % 23]


def _cpf(v: str) -> bool:
    if len(v) != 11 or not v.isdigit() or len(set(v)) == 1:
        return False
    for n in (9, 10):
        check = sum(int(v[i]) * (n + 1 - i) for i in range(n)) * 10 % 11 % 10
        if check != int(v[n]):
            return False
    return True


def _nir(v: str) -> bool:
    v = v.upper().replace("2A", "19").replace("2B", "18")
    return len(v) == 15 and v.isdigit() and v[0] in "12378" and 97 - int(v[:13]) % 97 == int(v[13:])


def _medicare_au(v: str) -> bool:
    """Australia's Medicare card number: 8 digits (the first 2 to 6), a check digit, the issue number, and the
    holder's reference number (the 11th) when it is written."""
    if len(v) not in (10, 11) or not v.isdigit() or v[0] not in "23456":
        return False
    return sum(int(c) * w for c, w in zip(v[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(v[8])


def _sin(v: str) -> bool:
    return len(v) == 9 and v.isdigit() and v[0] not in "08" and _luhn(v)


def _pesel(v: str) -> bool:
    if len(v) != 11 or not v.isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(v[:10], (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
    return (10 - total % 10) % 10 == int(v[10])


def _personnummer(v: str) -> bool:
    v = v.replace("+", "")
    if len(v) == 12:
        v = v[2:]
    return len(v) == 10 and v.isdigit() and _luhn(v)


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


# a US employer identification number: nine digits, its first two a prefix the IRS assigns
_EIN_NOT_PREFIXES = frozenset(
    ["00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89"]
)


def _ein(v: str) -> bool:
    return len(v) == 9 and v.isdigit() and v[:2] not in _EIN_NOT_PREFIXES and not _run(v)


def _hetu(v: str) -> bool:
    v = v.upper()
    if len(v) != 11 or v[6] not in "+-AYXWVUBCDEF" or not (v[:6] + v[7:10]).isdigit():
        return False
    return v[10] == _HETU_CHECK[int(v[:6] + v[7:10]) % 31]


def _belgian(v: str) -> bool:
    if len(v) != 11 or not v.isdigit():
        return False
    check = int(v[9:])
    return 97 - int(v[:9]) % 97 == check or 97 - int("2" + v[:9]) % 97 == check


def _nhs(v: str) -> bool:
    if len(v) != 10 or not v.isdigit():
        return False
    check = 11 - sum(int(c) * w for c, w in zip(v[:9], range(10, 1, -1), strict=True)) % 11
    return (0 if check == 11 else check) == int(v[9])


_VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]  # fmt: skip
_VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]  # fmt: skip


def _aadhaar(v: str) -> bool:
    if len(v) != 12 or not v.isdigit() or v[0] in "01":
        return False
    c = 0
    for i, d in enumerate(reversed(v)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(d)]]
    return c == 0


def _china(v: str) -> bool:
    v = v.upper()
    if len(v) != 18 or not v[:17].isdigit():
        return False
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * w for c, w in zip(v[:17], weights, strict=True)) % 11] == v[17]


def _tfn(v: str) -> bool:
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return len(v) == 9 and v.isdigit() and sum(int(c) * w for c, w in zip(v, weights, strict=True)) % 11 == 0


def _steuer_id(v: str) -> bool:
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    product = 10
    for c in v[:10]:
        total = (int(c) + product) % 10 or 10
        product = total * 2 % 11
    return (11 - product) % 10 == int(v[10])


def _rrn(v: str) -> bool:
    if len(v) != 13 or not v.isdigit():
        return False
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    return (11 - sum(int(c) * w for c, w in zip(v[:12], weights, strict=True)) % 11) % 10 == int(v[12])


def _my_number(v: str) -> bool:
    """Japan's individual number (マイナンバー): 12 digits, the last a mod-11 check over the other eleven."""
    if len(v) != 12 or not v.isdigit() or len(set(v)) == 1:
        return False
    total = sum(int(c) * (n + 1 if n <= 6 else n - 5) for n, c in enumerate(reversed(v[:11]), start=1))
    remainder = total % 11
    return int(v[11]) == (0 if remainder <= 1 else 11 - remainder)


def _nif_pt(v: str) -> bool:
    if len(v) != 9 or not v.isdigit() or v[0] not in "1235689":
        return False
    check = 11 - sum(int(c) * w for c, w in zip(v[:8], range(9, 1, -1), strict=True)) % 11
    return (0 if check >= 10 else check) == int(v[8])


def _za_id(v: str) -> bool:
    """South African id: 13 digits, a birth date first, Luhn."""
    return len(v) == 13 and v.isdigit() and 1 <= int(v[2:4]) <= 12 and _luhn(v)


def _kimlik(v: str) -> bool:
    """Turkish TC Kimlik: 11 digits, not starting with 0, two check digits."""
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    d = [int(c) for c in v]
    return (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def _fodselsnummer(v: str) -> bool:
    """Norwegian fødselsnummer: 11 digits, two mod-11 check digits."""
    if len(v) != 11 or not v.isdigit():
        return False
    d = [int(c) for c in v]
    for weights, at in (((3, 7, 6, 1, 8, 9, 4, 5, 2), 9), ((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 10)):
        check = 11 - sum(a * b for a, b in zip(d, weights, strict=False)) % 11
        if (0 if check == 11 else check) != d[at]:
            return False
    return True


def _rut(v: str) -> bool:
    """Chilean RUT/RUN: digits and a mod-11 check character (`K` for 10)."""
    v = v.upper()
    if not 8 <= len(v) <= 9 or not v[:-1].isdigit():
        return False
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(v[:-1])))
    check = 11 - total % 11
    return v[-1] == {11: "0", 10: "K"}.get(check, str(check))


_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (
            *(1, 0, 5, 7, 9, 13, 15, 17, 19, 21),  # the digits at odd positions
            *(1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23),
        ),
        strict=True,
    )
)


def _codice_fiscale(v: str) -> bool:
    """Italy's codice fiscale: 16 letters and digits, the last a check letter over the other fifteen."""
    v = v.upper()
    if not re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", v):
        return False
    total = sum(_CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(v[:15]))
    return chr(total % 26 + 65) == v[15]


def _amka(v: str) -> bool:
    """Greek AMKA: 11 digits, a birth date (DDMMYY) first, Luhn."""
    return len(v) == 11 and v.isdigit() and 1 <= int(v[:2]) <= 31 and 1 <= int(v[2:4]) <= 12 and _luhn(v)


def _snils(v: str) -> bool:
    """Russian SNILS: 9 digits and a two-digit check (the weighted sum mod 101, 100 as 00)."""
    if len(v) != 11 or not v.isdigit() or len(set(v[:9])) == 1:
        return False
    total = sum(int(c) * (9 - i) for i, c in enumerate(v[:9]))
    return total % 101 % 100 == int(v[9:])


def _rnokpp(v: str) -> bool:
    """Ukrainian RNOKPP (ІПН): 10 digits, the last a weighted sum mod 11 mod 10."""
    if len(v) != 10 or not v.isdigit() or len(set(v)) == 1:
        return False
    weights = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    return sum(int(c) * w for c, w in zip(v[:9], weights, strict=True)) % 11 % 10 == int(v[9])


def _emirates_id(v: str) -> bool:
    """UAE Emirates ID: 15 digits, `784`, a birth year, Luhn."""
    return len(v) == 15 and v.isdigit() and v.startswith("784") and _luhn(v)


def _teudat_zehut(v: str) -> bool:
    """Israeli ID (teudat zehut): up to 9 digits, Luhn over the nine."""
    return 5 <= len(v) <= 9 and v.isdigit() and int(v) > 0 and _luhn(v.rjust(9, "0"))


def _thai_id(v: str) -> bool:
    """Thai national id: 13 digits, the last (11 - weighted sum mod 11) mod 10."""
    if len(v) != 13 or not v.isdigit() or v[0] == "0":
        return False
    return (11 - sum(int(c) * (13 - i) for i, c in enumerate(v[:12])) % 11) % 10 == int(v[12])


def _cccd(v: str) -> bool:
    """Vietnamese citizen id (CCCD): 12 digits, a province code (001-096), a century-and-sex digit, a year."""
    return len(v) == 12 and v.isdigit() and 1 <= int(v[:3]) <= 96 and v[3] in "0123" and not _run(v)


def _partita_iva(v: str) -> bool:
    """Italian VAT number (partita IVA): 11 digits, Luhn, an office code of 001-100 or 120-121, 888, 999."""
    return len(v) == 11 and v.isdigit() and int(v[:7]) > 0 and _luhn(v)


def _nik(v: str) -> bool:
    """Indonesian NIK: 16 digits, a region's six, a birth date (DDMMYY, a woman's day plus 40), a serial."""
    if len(v) != 16 or not v.isdigit() or v[12:] == "0000":
        return False
    day, month = int(v[6:8]), int(v[8:10])
    return (1 <= day <= 31 or 41 <= day <= 71) and 1 <= month <= 12 and int(v[:2]) >= 11


def _inn(v: str) -> bool:
    """Russian INN: 10 digits (an organisation) with one check digit, 12 (a person) with two."""
    if len(v) not in (10, 12) or not v.isdigit() or len(set(v)) == 1:
        return False
    d = [int(c) for c in v]
    weights = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    if len(v) == 10:
        return sum(a * b for a, b in zip(d, weights[2:], strict=False)) % 11 % 10 == d[9]
    return all(sum(a * b for a, b in zip(d, weights[11 - n :], strict=False)) % 11 % 10 == d[n] for n in (10, 11))


def _afm(v: str) -> bool:
    """Greek AFM: 9 digits, the last the first eight weighted by powers of two, mod 11, mod 10."""
    if len(v) != 9 or not v.isdigit() or len(set(v)) == 1:
        return False
    return sum(int(c) << (8 - i) for i, c in enumerate(v[:8])) % 11 % 10 == int(v[8])


def _cnp(v: str) -> bool:
    """Romanian CNP: sex and century, a birth date (YYMMDD), a county (01-52), a serial, a mod-11 digit."""
    if len(v) != 13 or not v.isdigit() or v[0] == "0" or not 1 <= int(v[3:5]) <= 12 or not 1 <= int(v[5:7]) <= 31:
        return False
    if not (1 <= int(v[7:9]) <= 52 or v[7:9] in ("70", "80", "81", "82", "83")):
        return False
    total = sum(int(c) * int(w) for c, w in zip(v[:12], "279146358279", strict=True)) % 11
    return (1 if total == 10 else total) == int(v[12])


def _spi(v: str) -> bool:
    """French numéro fiscal (SPI): 13 digits, the first 0 to 3, the last three the first ten mod 511."""
    return len(v) == 13 and v.isdigit() and v[0] in "0123" and int(v[:10]) % 511 == int(v[10:]) and not _run(v)


def _rodne_cislo(v: str) -> bool:
    """Czech or Slovak rodné číslo (since 1954): a birth date (YYMMDD, a woman's month plus 50), four digits,
    the whole divisible by 11 (or its first nine leaving 10, then a 0)."""
    if len(v) != 10 or not v.isdigit() or not 1 <= int(v[4:6]) <= 31 or int(v[2:4]) % 50 % 20 not in range(1, 13):
        return False
    return int(v) % 11 == 0 or (int(v[:9]) % 11 == 10 and v[9] == "0")


def _code_melli(v: str) -> bool:
    """Iranian national code (کد ملی): 10 digits, the last a weighted sum mod 11."""
    if len(v) != 10 or not v.isdigit() or len(set(v)) == 1:
        return False
    total = sum(int(c) * (10 - i) for i, c in enumerate(v[:9])) % 11
    return int(v[9]) == (total if total < 2 else 11 - total)


def _cpr(v: str) -> bool:
    """Danish CPR number: a birth date (DDMMYY) and four digits (the mod-11 check was dropped in 2007)."""
    return len(v) == 10 and v.isdigit() and 1 <= int(v[:2]) <= 31 and 1 <= int(v[2:4]) <= 12 and not _run(v)


def _itin(v: str) -> bool:
    """US ITIN: nine digits, a 9 first, a group of 50-65, 70-88, 90-92 or 94-99."""
    if len(v) != 9 or not v.isdigit() or v[0] != "9":
        return False
    group = int(v[3:5])
    return 50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99


def _cuit(v: str) -> bool:
    """Argentine CUIT/CUIL of a person (20, 23, 24, 27): 11 digits, a weighted mod-11 check."""
    if len(v) != 11 or not v.isdigit() or v[:2] not in ("20", "23", "24", "27"):
        return False
    total = sum(w * int(c) for w, c in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), v, strict=False)) % 11
    return "012345678990"[11 - total] == v[10]


_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"


def _curp(v: str) -> bool:
    """Mexican CURP: four letters, a birth date, sex, state, consonants, a character, a check digit."""
    v = v.upper()
    if len(v) != 18 or not (v[:4].isalpha() and v[4:10].isdigit() and v[10] in "HMX" and v[11:16].isalpha()):
        return False
    if not v[17].isdigit() or not _date(2000 + int(v[4:6]), int(v[6:8]), int(v[8:10])):
        return False
    total = sum(_CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(v[:17]) if c in _CURP_ALPHABET)
    return str((10 - total % 10) % 10) == v[17]


def _oib(v: str) -> bool:
    """Croatian OIB: 11 digits, ISO 7064 mod 11,10."""
    if len(v) != 11 or not v.isdigit() or len(set(v)) == 1:
        return False
    check = 5
    for c in v:
        check = ((check or 10) * 2 % 11 + int(c)) % 10
    return check == 1


def _egn(v: str) -> bool:
    """Bulgarian EGN: a birth date (the month plus 20 or 40 for another century), a weighted mod-11 digit."""
    if len(v) != 10 or not v.isdigit():
        return False
    month = int(v[2:4])
    if not _date(2000, month - 40 if month > 40 else month - 20 if month > 20 else month, int(v[4:6])):
        return False
    total = sum(w * int(c) for w, c in zip((2, 4, 8, 5, 10, 9, 7, 3, 6), v, strict=False))
    return str(total % 11 % 10) == v[9]


def _isikukood(v: str) -> bool:
    """Estonian isikukood / Lithuanian asmens kodas: sex and century, a birth date, a serial, a mod-11 digit."""
    if len(v) != 11 or not v.isdigit() or v[0] not in "123456":
        return False
    if not _date(1800 + 100 * ((int(v[0]) - 1) // 2) + int(v[1:3]), int(v[3:5]), int(v[5:7])):
        return False
    check = sum((i % 9 + 1) * int(c) for i, c in enumerate(v[:10])) % 11
    if check == 10:
        check = sum(((i + 2) % 9 + 1) * int(c) for i, c in enumerate(v[:10])) % 11
    return str(check % 10) == v[10]


def _kennitala(v: str) -> bool:
    """Icelandic kennitala: a date (DDMMYY, a company's day plus 40), a weighted mod-11 check, a century."""
    if len(v) != 10 or not v.isdigit() or v[9] not in "90":
        return False
    if not _date(2000, int(v[2:4]), int(v[:2]) % 40 or 32):
        return False
    return sum(w * int(c) for w, c in zip((3, 2, 7, 6, 5, 4, 3, 2, 1), v, strict=False)) % 11 == 0


def _gtin13(v: str) -> bool:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(v[:12]))
    return (10 - total % 10) % 10 == int(v[12])


def ahv(v: str) -> bool:
    """Swiss AHV/AVS number: 756, nine digits, an EAN-13 check digit."""
    return len(v) == 13 and v.isdigit() and v.startswith("756") and _gtin13(v) and not _run(v[3:])


def _svnr_at(v: str) -> bool:
    """Austrian social insurance number: a serial, a check digit (the fourth), a birth date (DDMMYY)."""
    if len(v) != 10 or not v.isdigit() or v[0] == "0":
        return False
    total = sum(w * int(c) for w, c in zip((3, 7, 9, 0, 5, 8, 4, 2, 1, 6), v, strict=True))
    return str(total % 11) == v[3]


_PPS_ALPHABET = "WABCDEFGHIJKLMNOPQRSTUV"


def _pps(v: str) -> bool:
    """Irish PPS number: seven digits and a check letter (and, since 2013, a second letter A, B or H)."""
    v = v.upper()
    if not (8 <= len(v) <= 9 and v[:7].isdigit() and v[7] in _PPS_ALPHABET):
        return False
    second = _PPS_ALPHABET.index(v[8]) if len(v) == 9 and v[8] in "ABH" else 0
    if len(v) == 9 and v[8] not in "ABHWTX":
        return False
    total = sum((8 - i) * int(c) for i, c in enumerate(v[:7])) + 9 * second
    return _PPS_ALPHABET[total % 23] == v[7]


def _jmbg(v: str) -> bool:
    """JMBG (Serbia, Bosnia, Montenegro, North Macedonia) / EMŠO (Slovenia): a birth date (DDMMYYY), a
    region, a serial, a weighted mod-11 digit."""
    if len(v) != 13 or not v.isdigit():
        return False
    year = int(v[4:7])
    if not _date(year + (2000 if year < 800 else 1000), int(v[2:4]), int(v[:2])):
        return False
    total = sum(int(c) * w for c, w in zip(v, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=False))
    return str(-total % 11 % 10) == v[12]


def _cnic(v: str) -> bool:
    """Pakistani CNIC: 13 digits, a province's digit (1-7) first; the last odd for a man, even for a woman."""
    return len(v) == 13 and v.isdigit() and v[0] in "1234567" and v[12] != "0" and not _run(v)


def _kvnr(v: str) -> bool:
    """German health-insurance number (KVNR): a letter and nine digits; the letter as two digits (A=01), then
    the first eight, weighted 1, 2, 1, 2… by cross sum, mod 10 is the ninth."""
    v = v.upper()
    if len(v) != 10 or not ("A" <= v[0] <= "Z") or not v[1:].isdigit():
        return False
    digits = f"{ord(v[0]) - 64:02d}" + v[1:9]
    total = 0
    for i, c in enumerate(digits):
        product = int(c) * (2 if i % 2 else 1)
        total += product // 10 + product % 10
    return total % 10 == int(v[9])


def _rvnr(v: str) -> bool:
    """German pension insurance number (Rentenversicherungs-/Sozialversicherungsnummer): an area (2 digits),
    a birth date (DDMMYY), the surname's initial, a serial (2 digits) and a check digit: the letter as two
    digits (A=01), the twelve digits weighted 2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1, cross sums added, mod 10."""
    v = v.upper()
    if len(v) != 12 or not v[:8].isdigit() or not ("A" <= v[8] <= "Z") or not v[9:].isdigit():
        return False
    if not (1 <= int(v[2:4]) <= 31 and 1 <= int(v[4:6]) <= 12):
        return False
    digits = v[:8] + f"{ord(v[8]) - 64:02d}" + v[9:11]
    total = 0
    for weight, c in zip((2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), digits, strict=True):
        product = int(c) * weight
        total += product // 10 + product % 10
    return total % 10 == int(v[11])


def _rib(v: str) -> bool:
    """A French or Moroccan RIB: bank, branch and account (23 or 24 characters, a French account's letters as
    digits), its two-digit key making the whole number a multiple of 97."""
    v = v.upper()
    if len(v) not in (23, 24) or not v[:10].isdigit() or not v[-2:].isdigit():
        return False
    letters = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    number = v.translate(letters)
    return number.isdigit() and int(number) % 97 == 0


def _dea(v: str) -> bool:
    """US DEA registration number: two letters and seven digits; the first, third and fifth digits plus twice
    the second, fourth and sixth end in the seventh."""
    v = v.upper()
    if len(v) != 9 or not v[:2].isalpha() or not v[2:].isdigit():
        return False
    d = [int(c) for c in v[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_TAIWAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 … Z=33 in this order (I=34, O=35)


def _taiwan(v: str) -> bool:
    """Taiwanese national id: a region's letter, 1 or 2 (8 or 9 for a resident), seven digits, a check digit."""
    v = v.upper()
    if len(v) != 10 or not ("A" <= v[0] <= "Z") or not v[1:].isdigit() or v[1] not in "1289":
        return False
    code = _TAIWAN_LETTERS.index(v[0]) + 10
    weights = (8, 7, 6, 5, 4, 3, 2, 1)
    total = code // 10 + code % 10 * 9 + sum(int(c) * w for c, w in zip(v[1:9], weights, strict=True)) + int(v[9])
    return total % 10 == 0


_NRIC_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}


def _nric(v: str) -> bool:
    """Singapore NRIC/FIN: S, T, F or G, seven digits, a check letter (weights 2, 7, 6, 5, 4, 3, 2)."""
    v = v.upper()
    if len(v) != 9 or v[0] not in _NRIC_LETTERS or not v[1:8].isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(v[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if v[0] in "TG" else 0)
    return _NRIC_LETTERS[v[0]][total % 11] == v[8]


_MYKAD_PLACES = frozenset(
    f"{n:02d}" for n in (*range(1, 17), *range(21, 69), 71, 72, *range(74, 80), *range(82, 94), 98, 99)
)


def _mykad(v: str) -> bool:
    """Malaysian MyKad (NRIC): a birth date (YYMMDD), a birthplace's code, four digits."""
    return len(v) == 12 and v.isdigit() and _date(2000, int(v[2:4]), int(v[4:6])) and v[6:8] in _MYKAD_PLACES


def _ird(v: str) -> bool:
    """New Zealand IRD number: 8 or 9 digits (10,000,000 to 150,000,000), a weighted mod-11 check."""
    if len(v) not in (8, 9) or not v.isdigit() or not 10_000_000 < int(v) < 150_000_000:
        return False
    body = v[:-1].zfill(8)
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        check = -sum(w * int(c) for w, c in zip(weights, body, strict=True)) % 11
        if check != 10:
            return str(check) == v[-1]
    return False


def _idnp(v: str) -> bool:
    """Moldovan IDNP: 13 digits, weighted 7, 3, 1, mod 10."""
    if len(v) != 13 or not v.isdigit() or len(set(v)) == 1:
        return False
    return sum(w * int(c) for w, c in zip((7, 3, 1) * 4, v, strict=False)) % 10 == int(v[12])


def _saudi_id(v: str) -> bool:
    """Saudi national id (1…) or iqama (2…): 10 digits, Luhn."""
    return len(v) == 10 and v.isdigit() and v[0] in "12" and _luhn(v) and not _run(v)


_EGYPT_GOVERNORATES = frozenset(
    f"{n:02d}" for n in (1, 2, 3, 4, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31, 32)
) | frozenset(("33", "34", "35", "88"))


def _egypt_id(v: str) -> bool:
    """Egyptian national id: the century (2, 3), a birth date (YYMMDD), a governorate's code, a serial."""
    if len(v) != 14 or not v.isdigit() or v[0] not in "23":
        return False
    year = (1900 if v[0] == "2" else 2000) + int(v[1:3])
    return _date(year, int(v[3:5]), int(v[5:7])) and v[7:9] in _EGYPT_GOVERNORATES


def _hkid(v: str) -> bool:
    """Hong Kong identity card: one or two letters, six digits, a check digit or A (weights 9 to 2, mod 11)."""
    v = v.upper().replace("(", "").replace(")", "")
    if not 8 <= len(v) <= 9 or not v[-7:-1].isdigit() or not v[: len(v) - 7].isalpha() or v[-1] not in "0123456789A":
        return False
    chars = v[:-1].rjust(8, " ")
    total = sum((36 if c == " " else int(c, 36)) * w for c, w in zip(chars, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return ("A" if check == 10 else str(check)) == v[-1]


def _taj(v: str) -> bool:
    """Hungarian TAJ number: 9 digits, the first eight weighted 3 and 7 in turn, mod 10."""
    if len(v) != 9 or not v.isdigit() or len(set(v)) == 1:
        return False
    return sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(v[:8])) % 10 == int(v[8])


def _nss_es(v: str) -> bool:
    """Spanish social security number (NSS): a province (01-53, 66), eight digits, their mod-97 check."""
    if len(v) != 12 or not v.isdigit() or not (1 <= int(v[:2]) <= 53 or v[:2] == "66"):
        return False
    number = int(v[2:10])
    base = int(v[:2] + str(number)) if number < 10_000_000 else int(v[:10])
    return base % 97 == int(v[10:]) and not _run(v)


def _pis(v: str) -> bool:
    """Brazilian PIS/PASEP/NIS: 11 digits, weights 3, 2, 9 … 2, mod 11 (10 and 11 give 0)."""
    if len(v) != 11 or not v.isdigit() or len(set(v)) == 1:
        return False
    check = 11 - sum(int(c) * w for c, w in zip(v[:10], (3, 2, 9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    return (0 if check >= 10 else check) == int(v[10])


def _nip(v: str) -> bool:
    """Polish NIP (tax number): 10 digits, weights 6, 5, 7, 2, 3, 4, 5, 6, 7, mod 11."""
    if len(v) != 10 or not v.isdigit() or len(set(v)) == 1:
        return False
    return sum(int(c) * w for c, w in zip(v[:9], (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11 == int(v[9])


def _cns(v: str) -> bool:
    """Brazil's Cartão Nacional de Saúde (CNS): 15 digits from 1, 2, 7, 8 or 9, weighted 15 down to 1, mod 11 = 0."""
    if len(v) != 15 or not v.isdigit() or v[0] not in "12789":
        return False
    return sum(int(c) * (15 - i) for i, c in enumerate(v)) % 11 == 0


def _hu_tax_id(v: str) -> bool:
    """Hungary's adóazonosító jel: 10 digits from 8, the first nine weighted 1 to 9, mod 11 the tenth."""
    if len(v) != 10 or not v.isdigit() or v[0] != "8":
        return False
    return sum(int(c) * (i + 1) for i, c in enumerate(v[:9])) % 11 == int(v[9])


def _cbu(v: str) -> bool:
    """Argentina's CBU: 22 digits, a bank block of 8 and an account block of 14, each with its check digit."""
    if len(v) != 22 or not v.isdigit():
        return False
    bank = sum(int(c) * w for c, w in zip(v[:7], (7, 1, 3, 9, 7, 1, 3), strict=True))
    account = sum(int(c) * w for c, w in zip(v[8:21], (3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3), strict=True))
    return (10 - bank % 10) % 10 == int(v[7]) and (10 - account % 10) % 10 == int(v[21])


def _clabe(v: str) -> bool:
    """Mexico's CLABE: 18 digits, weighted 3, 7, 1 in turn (each product mod 10), its check digit last."""
    if len(v) != 18 or not v.isdigit():
        return False
    total = sum(int(c) * (3, 7, 1)[i % 3] % 10 for i, c in enumerate(v[:17]))
    return (10 - total % 10) % 10 == int(v[17])
