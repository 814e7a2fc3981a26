"""National ids named by their context, checked by their country's algorithm.

A number alone is as likely an order, a phone or a tracking number; a number right after the id's
name (`BSN: …`, `"dni": "…"`, `CPF …`, `SSN …`, `PESEL …`) whose check digit or letter is right is
that id, in any formatting (spaces, dots, dashes or none). The checks: US SSN area/group/serial
rules, Dutch BSN 11-test, Spanish DNI/NIE letter, Brazilian CPF check digits, French NIR key,
Canadian SIN Luhn, Polish PESEL weights, Swedish personnummer Luhn, Finnish HETU check character,
Belgian national number mod 97, Portuguese NIF, South African id (Luhn), Turkish TC Kimlik,
Norwegian fødselsnummer (two mod-11 digits), Chilean RUT (mod 11, `K`), Japan's My Number (mod 11),
Russian INN (one or two weighted mod-11 digits), Greek AFM (powers of two, mod 11), Romanian CNP (a
birth date, a county, a weighted mod-11 digit), French numéro fiscal (SPI: the first ten digits mod
511), Czech/Slovak rodné číslo (a birth date, divisible by 11), Iranian code melli (mod 11), Danish
CPR (a birth date), US ITIN (9, then a group 50-65, 70-88, 90-92, 94-99). A value read by an OCR
(`O` for 0, `l`/`I` for 1, `S` for 5, `B` for 8 between digits) is checked as the digits it stands
for; a form's label may stand alone on its line, the value on the next (`social security number`,
then `687 - 61 - 0167`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from skillhive.redact.engine import _Rule
from skillhive.redact.lexicon import alternation
from skillhive.redact.pii import _luhn


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


def _run(v: str) -> bool:
    """Digits that count up or down one by one, or one digit again (`123456789`): a form's sample."""
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(v)}
    return len(steps) == 1


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


# the id's names (lower case) -> its check
_CHECKS: dict[str, Callable[[str], bool]] = {
    "ssn": _ssn,
    "ein": _ein,
    "fein": _ein,
    "employer identification": _ein,
    "tin": lambda v: _ein(v) or _ssn(v) or _itin(v),  # a taxpayer's number: an EIN, an SSN or an ITIN
    "itin": _itin,
    "individual taxpayer identification": _itin,
    "social security": _ssn,
    "bsn": _bsn,
    "burgerservicenummer": _bsn,
    "sofinummer": _bsn,
    "sofi": _bsn,
    "dni": _dni,
    "nie": _dni,
    "nif": lambda v: _dni(v) or _nif_pt(v),  # Spain's NIF is a DNI; Portugal's has its own check
    "cpf": _cpf,
    "nir": _nir,
    "sécurité sociale": _nir,
    "securite sociale": _nir,
    "sécu": _nir,  # "mon numéro de sécu"
    "secu": _nir,
    "sin": _sin,
    "nas": _sin,
    "social insurance": _sin,
    "pesel": _pesel,
    "personnummer": lambda v: _personnummer(v) or _cpr(v),  # Sweden's (Luhn) or Denmark's (a date)
    "hetu": _hetu,
    "henkilötunnus": _hetu,
    "henkilotunnus": _hetu,  # the same without its diacritic, as a column's name
    "henkilötunnu": _hetu,  # the stem the inflected forms share (henkilötunnukseni, henkilötunnuksen)
    "rijksregisternummer": _belgian,
    "registre national": _belgian,
    "numéro national": _belgian,
    "nhs": _nhs,
    "aadhaar": _aadhaar,
    "aadhar": _aadhaar,
    "uidai": _aadhaar,
    "身份证": _china,
    "resident id": _china,
    "tfn": _tfn,
    "tax file": _tfn,
    "steuer-id": _steuer_id,
    "steueridentifikationsnummer": _steuer_id,
    "steuerid": _steuer_id,
    "idnr": _steuer_id,
    "identifikationsnummer": _steuer_id,
    "주민등록번호": _rrn,
    "외국인등록번호": _rrn,  # a foreign resident's number: the same shape and check
    "マイナンバー": _my_number,
    "個人番号": _my_number,
    "mynumber": _my_number,
    "rrn": _rrn,
    "contribuinte": _nif_pt,
    "sa id": _za_id,
    "south african id": _za_id,
    "kimlik": _kimlik,
    "fnr": _fodselsnummer,
    "fødselsnummer": _fodselsnummer,
    "fodselsnummer": _fodselsnummer,
    "rut": _rut,  # not "run": `workflow run 123456789` is a CI run
    # the same meaning in other languages and scripts: "AMKA" in Greek, "SNILS", "RNOKPP", "رقم الهوية",
    # "תעודת זהות", "आधार", "证件号码", "เลขประจำตัวประชาชน", "CCCD"
    "amka": _amka,
    "αμκα": _amka,
    "snils": _snils,
    "снилс": _snils,
    "рнокпп": _rnokpp,
    "іпн": _rnokpp,
    "ідентифікаційний код": _rnokpp,
    "ідентифікаційний номер": _rnokpp,
    "emirates id": _emirates_id,
    "الهوية": _emirates_id,
    "هوية": _emirates_id,
    "תעודת זהות": _teudat_zehut,
    "ת.ז": _teudat_zehut,
    'ת"ז': _teudat_zehut,
    "ת״ז": _teudat_zehut,
    # Indonesia's NIK (on the KTP card): a region, a birth date (the day plus 40 for a woman), a serial
    "nik": _nik,
    "ktp": _nik,
    "nomor induk kependudukan": _nik,
    "teudat zehut": _teudat_zehut,
    "आधार": _aadhaar,
    "证件号码": _china,
    "身份证号码": _china,
    "公民身份号码": _china,
    "身分證字號": _china,
    "เลขประจำตัวประชาชน": _thai_id,
    "บัตรประชาชน": _thai_id,
    "thai id": _thai_id,
    "cccd": _cccd,
    "căn cước": _cccd,
    "can cuoc": _cccd,
    "partita iva": _partita_iva,
    "p.iva": _partita_iva,
    "p. iva": _partita_iva,
    "piva": _partita_iva,
    "инн": _inn,
    "inn": _inn,
    "afm": _afm,
    "αφμ": _afm,
    "α.φ.μ": _afm,  # noqa: RUF001
    "cnp": _cnp,
    "cod numeric personal": _cnp,
    "codul numeric personal": _cnp,
    "numéro fiscal": _spi,
    "numero fiscal": _spi,
    "n° fiscal": _spi,
    "identifiant fiscal": _spi,
    "spi": _spi,
    "rodné číslo": _rodne_cislo,
    "rodne cislo": _rodne_cislo,
    "rodného čísla": _rodne_cislo,
    "rodné čísla": _rodne_cislo,
    "r.č": _rodne_cislo,
    "کد ملی": _code_melli,
    "کدملی": _code_melli,
    "کد‌ملی": _code_melli,
    "شماره ملی": _code_melli,
    "code melli": _code_melli,
    "kod melli": _code_melli,
    "cpr": _cpr,
    "תעודת הזהות": _teudat_zehut,  # with the article ("מספר תעודת הזהות שלי")
    "מספר זהות": _teudat_zehut,
}
_CHECK_OF = {name.replace(" ", "").replace("-", ""): check for name, check in _CHECKS.items()}
_LABEL = alternation(tuple(_CHECKS), space="[ _-]?")  # a trie: the names are many, every position tries them
_SEPARATORS = re.compile(r"[ .\-/]")


def _label(m: re.Match[str]) -> str:
    return m.group("label").replace(" ", "").replace("_", "").replace("-", "")


def _valid_end(m: re.Match[str], text: str) -> int:
    """Where the longest prefix of the candidate (cut at a space) that passes the check ends, or -1."""
    check = _CHECK_OF.get(_label(m))
    if check is None:
        return -1
    start, end = m.span("s")
    candidate = text[start:end]
    cuts = [i for i, c in enumerate(candidate) if c == " "] + [len(candidate)]
    for cut in reversed(cuts):
        value = candidate[:cut]
        # `+` (Swedish over 100), `-`/`A` (Finnish century) are part of the id, not separators
        if check is _hetu or check is _personnummer:
            value = value.replace(" ", "")
            if check is _personnummer:
                value = value.replace("-", "")
        else:
            value = _SEPARATORS.sub("", value)
        if check(value) or check(_ocr_digits(value)):
            return start + cut
    return -1


# what an OCR reads for a digit, between digits: O and o for 0, l and I for 1, S for 5, B for 8
# (the value may come from the lower-cased text: `i`, `s`, `b` too)
_OCR_LETTERS = str.maketrans("OoDdlIiSsBb", "00001115588")
_OCR_READ = re.compile(r"(?<=[0-9])[OoDdlIiSsBb]{1,2}(?=[0-9])|^[OoDdlIiSsBb](?=[0-9]{2})|(?<=[0-9]{2})[OoDdlIiSsBb]$")


def _ocr_digits(value: str) -> str:
    """`4I28O93I2` as the digits an OCR misread (`412809312`), when that makes it all digits; else `value`."""
    if value.isdigit() or not any(c.isdigit() for c in value):
        return value
    read = _OCR_READ.sub(lambda m: m.group().translate(_OCR_LETTERS), value)
    return read if read.isdigit() else value


# "is" in the languages whose ids are checked here: "mi DNI es …", "mój PESEL to …", "mitt personnummer är …"
_COPULAS = "|".join(("es", "est", "ist", "är", "er", "to", "jest", "je", "é", "è", "on", "era", "ir"))

_GATES = (
    *("ssn", "social", "bsn", "burgerservice", "sofi", "dni", "nie", "nif", "cpf", "nir", "sécu", "secu", "sin"),
    *("nas", "pesel", "personnummer", "hetu", "henkilö", "henkilot", "rijksregister", "registre", "national"),
    *("nhs", "aadha"),
    *("uidai", "身份证", "resident", "tfn", "tax file", "steuer", "idnr", "주민", "rrn", "contribuinte"),
    *("외국인", "マイナンバー", "個人番号", "mynumber"),
    *("sa id", "african id", "kimlik", "fnr", "fødsels", "fodsels", "rut", "ein", "employer", "tin"),
    *("amka", "αμκα", "snils", "снилс", "рнокпп", "іпн", "ідентифікаційн", "emirates", "هوية", "הוי", "זהות"),
    *("ת.ז", "आधार", "证件号码", "身份", "身分", "ประชาชน", "thai id", "cccd", "căn cước", "can cuoc", "p.iva"),
    *("p. iva", "partita iva", "piva", 'ת"ז', "ת״ז", "nik", "ktp", "induk kependudukan"),
    # (not `inn`, `spi`: inside too many words, `beginning`, `inspire`; their ids are found when another gate opens)
    *("инн", "afm", "αφμ", "φ.μ", "cnp", "numeric personal", "numéro fiscal", "numero fiscal", "n° fiscal"),
    *("identifiant fiscal", "rodn", "r.č", "ملی"),
    *("melli", "cpr", "itin", "individual taxpayer"),
)

# ids named a few words before their value, in a sentence or in the turn that asks for it (the answer on
# the next line, after its speaker's label: "…your PESEL?\nClient: 5704…"): "preciso do seu CPF. Cliente: claro, 833…",
# "mon NAS est le 285 955 332", "henkilötunnukseni on 050671-587A": what lies between is prose
# (no digit, no line break, 60 characters at most) and the value must pass the id's check; a name of
# four letters or fewer counts only in capitals (`sin`, `nas`, `dni`, `nie` are words of other languages)
_NAMED_BEFORE = re.compile(
    rf"(?<![a-z0-9])(?P<label>{_LABEL})[^\W\d_]{{0,5}}(?![0-9])"
    r"(?:[^\d\n]{1,60}?(?:\n[^\d\n:：]{1,30}[:：][^\d\n]{0,20}?)?"  # noqa: RUF001
    # a form's label alone on its line, the value opening the next ("social security number\n687 - 61 - 0167")
    # (only its name and a word for "number" there: "henkilötunnus puuttuu" says it is missing)
    r"|(?:[ _.-]?(?:number|nummer|numero|número|no|nr|num|#))?\.?[ \t]*[:：]?[ \t]*\n[ \t]*)"  # noqa: RUF001
    r"(?<![0-9a-z])(?P<s>[0-9](?:[0-9a-z]|[ .+/-](?=[0-9a-z])|[ ][./-][ ](?=[0-9])){7,24})(?![0-9a-z])"
)


# words between that name the number something else: "mi DNI caducó y el número de pedido es …"
_OTHER_NUMBER = re.compile(
    r"(?i:order|ticket|invoice|pedido|commande|bestell|rechnung|factura|fattura|fatura|tracking"
    r"|reference|\bref\b|\bcase\b|account|conta|cuenta|compte|konto|iban|card|cart[aã]o|tarjeta|carte)"
)


def _spare_named_before(m: re.Match[str], text: str) -> bool:
    label = text[slice(*m.span("label"))]
    if label.isascii() and len(label.replace(" ", "")) <= 4 and not label.isupper():
        return True
    if _OTHER_NUMBER.search(text, max(m.end("label"), m.start("s") - 30), m.start("s")):
        return True  # the nearest noun before the number says what it is
    return _valid_end(m, text) < 0


# names that are words of a language too (German `ein`, English `tin`): the id's only in capitals or
# before a separator (`EIN 12-…`, `"ein": "12-…"`), not in a sentence (`ein 261150672 langer …`)
_PROSE_WORD_LABELS = frozenset(["ein", "tin", "inn", "spi", "afm", "cpr"])


def _word_of_prose(m: re.Match[str], text: str) -> bool:
    start, end = m.span("label")
    if m.group("label") not in _PROSE_WORD_LABELS or text[start:end].isupper():
        return False
    return not any(c in ":=#\"'" for c in text[end : m.start("s")])


ID_RULES: tuple[_Rule, ...] = (
    # India's PAN after its name: five letters (the fourth the holder's type), four digits, a letter
    _Rule(
        "national-id",
        r"(?<![a-z])(?:pan|permanent[ _-]account[ _-]number)(?:[ _-]?(?:no|number|card))?(?![a-z])[\"']?"
        # "is" in English or a word of another script between ("PAN है ZGNPD2079Z")
        r"[^\n\w]{0,6}(?:(?:is|[^\x00-\x7f\s]{1,8})[ \t]+)?(?P<s>[a-z]{3}[abcfghljpt][a-z][0-9]{4}[a-z])(?![a-z0-9])",
        ("pan", "permanent"),
        on_lower=True,
    ),
    # Italy's codice fiscale anywhere, in capitals, by its layout (a month's letter, a day, a town's code)
    # and its check letter
    _Rule(
        "national-id",
        r"(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]"
        r"(?![A-Za-z0-9])",
        (),
        spare=lambda m, text: not _codice_fiscale(m.group()),
    ),
    # ids that start with letters, after their name: Italy's codice fiscale
    _Rule(
        "national-id",
        r"(?:codice[ _-]?fiscale|cod\.?[ \t]*fisc\.?|c\.f\.)(?![a-z])[^\n\w]{0,6}(?:(?:è|e|is)[ \t]+)?"
        r"(?P<s>[a-z]{6}[0-9a-z]{2}[a-z][0-9a-z]{2}[a-z][0-9a-z]{3}[a-z])(?![a-z0-9])",
        ("codice", "cod", "c.f."),
        on_lower=True,
        spare=lambda m, text: not _codice_fiscale(m.group("s")),
    ),
    _Rule(
        "national-id",
        rf"(?<![a-z0-9])(?P<label>{_LABEL})(?![a-z])"
        r"(?:[ _.-]?(?:number|nummer|numero|número|no|nr|num|#))?\.?[\"'\]]?"
        # `CPF do titular:`: words between the name and the value only before a colon
        r"(?:(?:[ \t]+[^\W\d_]{1,12}){1,3}?[ \t]*[:=：]|[ \t]*(?:[:=#：]|(?:is|was|"  # noqa: RUF001
        + _COPULAS
        + r")(?![a-z]))?)[ \t]*[\"']?"
        r"(?P<s>[0-9xyz](?:[0-9a-z]|[ .+/-](?=[0-9a-z])|[ ][./-][ ](?=[0-9])){7,24})(?![0-9a-z])",
        _GATES,
        on_lower=True,
        spare=lambda m, text: _valid_end(m, m.string) < 0 or _word_of_prose(m, text),
        span_of=lambda m: (m.start("s"), _valid_end(m, m.string)),
    ),
    _Rule(
        "national-id",
        _NAMED_BEFORE.pattern,
        _GATES,
        on_lower=True,
        spare=_spare_named_before,
        span_of=lambda m: (m.start("s"), _valid_end(m, m.string)),
    ),
)


# a table's column header that names an id on its own (`bsn`, `PESEL`, `personnummer`): the gates
# of blocks.redact_tables, and the check its cells must pass
ID_HEADER_GATES = tuple(name for name in _CHECKS if len(name) >= 3 and " " not in name)


def id_check(header: str) -> Callable[[str], bool] | None:
    """The check of the id a column header names (`bsn`, `PESEL`, `dni_number`), else None."""
    name = re.sub(r"[ _.-]?(?:number|nummer|numero|número|no|nr|num)$", "", header.lower()).replace("-", "")
    return _CHECK_OF.get(name.replace(" ", "").replace("_", ""))
