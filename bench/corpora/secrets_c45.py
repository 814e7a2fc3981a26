"""Independent test corpus c45 for a secret-redaction filter (setting: professional back offices and
regulated work -- clinics, hospitals, pharmacies, law firms, courts, HR/payroll, accountants, tax advisers,
insurers, bank operations, schools, universities, government caseworkers).

Started: 2026-12-07T19:18:13Z (date -u).  SEED = 45013; all random values come from random.Random(SEED).

Totals: 224 SECRETS, 224 INNOCENT (43 language tags,
English = 74+74 texts, i.e. about one third).

Counts by language (SECRETS):
    en 74, de 6, ar 5, es 5, fr 5, it 5, ja 5, ko 5, nl 5, pl 5, pt-BR 5, ru 5, zh 5, fa 4, hi 4, id 4, sv 4,
    th 4, tr 4, vi 4, bn 3, ca 3, cs 3, da 3, el 3, et 3, fi 3, he 3, hi-Latn 3, hu 3, no 3, pt-PT 3, ro 3, sr
    3, sw 3, ta 3, tl 3, uk 3, zh-TW 3, ar-Latn 2, de-en 1, es-en 1
Counts by language (INNOCENT):
    en 74, de 6, ar 5, es 5, fr 5, it 5, ja 5, ko 5, nl 5, pl 5, pt-BR 5, ru 5, zh 5, fa 4, hi 4, id 4, sv 4,
    th 4, tr 4, vi 4, bn 3, ca 3, cs 3, da 3, el 3, et 3, fi 3, he 3, hi-Latn 3, hu 3, no 3, pt-PT 3, ro 3, sr
    3, sw 3, ta 3, tl 3, uk 3, zh-TW 3, ar-Latn 2, de-en 1, fr-en 1
Counts by setting (SECRETS):
    government 27, bank 23, hospital 21, clinic 20, payroll 20, hr 18, insurance 18, tax 18, university 17,
    law 15, school 10, accounting 6, pharmacy 6, court 5
Counts by setting (INNOCENT):
    accounting 40, court 39, school 20, bank 19, hospital 19, pharmacy 19, insurance 13, clinic 11, government
    11, hr 8, university 8, law 7, payroll 5, tax 5
Language tags: BCP-47-ish; "hi-Latn" = Hinglish, "ar-Latn" = Arabizi/Franco-Arabic, "de-en"/"es-en"/"fr-en" =
code-switching inside one record. Non-Latin scripts: Arabic, Persian, Hebrew, Greek, Cyrillic (ru/uk/sr),
Devanagari, Bengali, Tamil, Thai, Han (simplified + traditional), Japanese, Hangul.

Labelling choices (borderline cases):
- Check digits are real: cards (Luhn), IBANs (mod-97, plus national RIB/ES/IT-CIN/BE/PT keys), and national
  ids with public algorithms (Steuer-ID, KVNR, RV-Nr, NIR, DNI/NIE, codice fiscale, BSN, PESEL, personnummer,
  fodselsnummer, HETU, isikukood, rodne cislo, CNP, AMKA, AFM, TCKN, SNILS, INN, RNOKPP, Teudat Zehut, Saudi
  NID, Emirates ID, code melli, Aadhaar/Verhoeff, CPF, CNS, Thai ID, RRN, My Number, Taiwan ID, Chinese
  resident id, NHS no., SIN, TFN, Medicare AU, SA ID, NRIC, TAJ, adoazonosito, JMBG).  Formats without public
  check digits (SSN, passports, CPR, NIK, CCCD, BPJS, PhilHealth, KRA PIN, NIN) are format-plausible only.
- SECRET: any person's tax/national/health-insurance/passport/alien number; a private person's account
  number or IBAN (even when given voluntarily for salary or refunds); passwords incl. temporary/reset ones;
  PINs, OTP/BLIK/SMS codes, door/locker/alarm/keypad codes; security answers; API keys, OAuth/refresh
  tokens, session cookies, webhook URLs (secret = the token path part), signing secrets, private keys (secret
  = the base64 body), DB passwords inside URLs/connection strings (secret = the password / AccountKey only).
  A UUID-shaped value labelled secret_key is a secret. Where a text also carries a second credential (e.g.
  PIN1 next to PIN2, AKID next to secret key) only one is marked; the others are not checked.
- INNOCENT: business identifiers printed on invoices (VAT/USt-IdNr, SIRET/SIREN, CNPJ, KvK, NIP/REGON,
  org.nr, CVR, Y-tunnus, ICO, CUI, PIB, GSTIN, USCC, corporate number, BRN, company EIN/ABN) -- even when they
  pass the same checksum as a personal id -- and a firm's own payee IBAN/bank giro on its invoice; public
  provider ids (NPI, RPPS, FINESS, LANR/BSNR, AGB); case/docket/ECLI/receipt/claim/ticket/booking/Rx numbers;
  ORCID, DOI, ISBN, GTIN/EAN, PZN, NDC, ISIN, LEI, BIC, ABA routing, IMEI, VIN; masked values (****1234,
  ***-**-1234); documentation placeholders (AWS "EXAMPLE" keys, DE89 3704 ... sample IBAN, 123-45-6789,
  Stripe test cards 4242.../4000...0995, ${VAR} references, {{reset_link}} templates); publishable/
  site keys meant for browsers (Stripe pk_live_, reCAPTCHA site key); Twilio/Slack object SIDs; public SSH
  keys, X.509 certificates, host-key fingerprints, HSM KCVs; hashes, commit SHAs, digests, trace ids, UUIDs
  of objects, base64 pagination cursors; sentences that mention password/PIN/token/OTP without a value.
- Employee numbers, student matriculation numbers and internal ticket ids are treated as innocent internal
  identifiers; medical record numbers were avoided rather than labelled.
- Setting imbalance is deliberate: invoices/court references are natural innocents, so accounting and court
  dominate INNOCENT while government/bank/clinic dominate SECRETS.
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import NamedTuple

SEED = 45013
R = random.Random(SEED)


class Secret(NamedTuple):
    id: str
    text: str
    secret: str


class Innocent(NamedTuple):
    id: str
    text: str


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
_META: list[tuple[str, str, str]] = []  # (kind, language, setting)
_COUNT: dict[tuple[str, str], int] = {}


def _nid(kind: str, lang: str, setting: str) -> str:
    k = (kind, lang)
    _COUNT[k] = _COUNT.get(k, 0) + 1
    return f"c45-{kind}-{lang}-{setting}-{_COUNT[k]:02d}"


def S(lang: str, setting: str, text: str, secret: str) -> None:
    SECRETS.append(Secret(_nid("s", lang, setting), text, secret))
    _META.append(("s", lang, setting))


def I(lang: str, setting: str, text: str) -> None:
    INNOCENT.append(Innocent(_nid("i", lang, setting), text))
    _META.append(("i", lang, setting))


# ---------------------------------------------------------------- random helpers
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = UP + LO + DIG
B32 = UP + "234567"
HEX = "0123456789abcdef"


def rs(n: int, alpha: str = AN) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def rd(n: int) -> str:
    return rs(n, DIG)


def rd1(n: int) -> str:
    return R.choice("123456789") + rd(n - 1)


def hx(n: int) -> str:
    return rs(n, HEX)


def b64(nbytes: int) -> str:
    return base64.b64encode(R.randbytes(nbytes)).decode()


def b64u(nbytes: int) -> str:
    return base64.urlsafe_b64encode(R.randbytes(nbytes)).decode().rstrip("=")


def uuid4() -> str:
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def g4(s: str, sep: str = " ", n: int = 4) -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- check digits
def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix: str, length: int = 16) -> str:
    body = prefix + rd(length - 1 - len(prefix))
    return body + luhn_digit(body)


def amex_fmt(c: str) -> str:
    return f"{c[:4]} {c[4:10]} {c[10:]}"


def iban(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_ok(x: str) -> bool:
    s = x[4:] + x[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


_CF_ODD = {**dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
           **dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}
_CF_EVEN = {**{d: int(d) for d in DIG}, **{c: i for i, c in enumerate(UP)}}


def cf_char(s: str) -> str:
    tot = sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(s))
    return UP[tot % 26]


def iban_de() -> str:
    return iban("DE", rd1(8) + rd(10))


def iban_fr() -> str:
    bank, guichet, compte = rd1(5), rd(5), rd(11)
    key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97)
    return iban("FR", f"{bank}{guichet}{compte}{key:02d}")


def iban_es() -> str:
    bank, branch, acct = rd1(4), rd(4), rd(10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s: str) -> int:
        r = 11 - sum(int(a) * b for a, b in zip(s.zfill(10), w)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return iban("ES", f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}")


def iban_it() -> str:
    abi, cab, acct = rd1(5), rd1(5), rd(12)
    return iban("IT", cf_char(abi + cab + acct) + abi + cab + acct)


def iban_be() -> str:
    b = rd1(10)
    c = int(b) % 97 or 97
    return iban("BE", f"{b}{c:02d}")


def iban_pt() -> str:
    b = "0" + rd1(3) + rd(15)
    c = 98 - (int(b) * 100) % 97
    return iban("PT", f"{b}{c:02d}")


def iban_generic(cc: str) -> str:
    fmt = {"NL": lambda: rs(4, UP) + rd1(10), "GB": lambda: rs(4, UP) + rd(14),
           "PL": lambda: rd1(24), "SE": lambda: rd1(20), "FI": lambda: rd1(14),
           "NO": lambda: rd1(11), "GR": lambda: rd1(7) + rd(16), "TR": lambda: rd1(5) + "0" + rd(16),
           "RO": lambda: rs(4, UP) + rs(16, UP + DIG), "CZ": lambda: rd1(20), "HU": lambda: rd1(24),
           "EE": lambda: rd1(16), "DK": lambda: rd1(14), "CH": lambda: rd1(5) + rd(12),
           "AT": lambda: rd1(16), "SA": lambda: rd1(2) + rd(18), "AE": lambda: rd1(3) + rd(16),
           "IL": lambda: rd1(19), "UA": lambda: rd1(6) + rd(19), "LT": lambda: rd1(16),
           "HR": lambda: rd1(17), "SI": lambda: rd1(15), "BG": lambda: rs(4, UP) + rd(6) + rs(8, UP + DIG),
           "BR": lambda: rd1(23) + "C1"}[cc]
    return iban(cc, fmt())


def de_steuerid() -> str:
    while True:
        ds = list(range(10))
        R.shuffle(ds)
        picks = ds[:9]
        arr = picks + [R.choice(picks)]
        R.shuffle(arr)
        if arr[0] == 0:
            continue
        p = 10
        for d in arr:
            s = (d + p) % 10 or 10
            p = (2 * s) % 11
        return "".join(map(str, arr)) + str((11 - p) % 10)


def de_kvnr() -> str:
    letter = R.choice(UP)
    body = rd(8)
    full = f"{UP.index(letter) + 1:02d}" + body
    tot = 0
    for i, ch in enumerate(full):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return letter + body + str(tot % 10)


def de_svnr() -> str:
    # Rentenversicherungsnummer: 2 area, DDMMYY, initial letter, 2 serial, check
    area, dob, letter, serial = R.choice(["12", "13", "15", "53", "65", "24"]), dob6(), R.choice(UP), rd(2)
    digs = area + dob + f"{UP.index(letter) + 1:02d}" + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = 0
    for a, b in zip(digs, w):
        v = int(a) * b
        tot += v // 10 + v % 10
    return f"{area}{dob}{letter}{serial}{tot % 10}"


def dob6(y0: int = 50, y1: int = 99) -> str:
    return f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(y0, y1):02d}"


def ymd6(y0: int = 50, y1: int = 99) -> str:
    return f"{R.randint(y0, y1):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"


def fr_nir() -> str:
    n = f"{R.choice('12')}{R.randint(55, 99):02d}{R.randint(1, 12):02d}{R.choice(['75', '69', '13', '33', '59', '44', '31'])}{rd1(3)}{rd1(3)}"
    k = 97 - int(n) % 97
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {k:02d}"


def es_dni() -> str:
    n = rd1(8)
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def es_nie() -> str:
    p = R.choice("XYZ")
    n = rd(7)
    return p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + n) % 23]


def nl_bsn() -> str:
    while True:
        d = rd1(8)
        s = sum(int(c) * w for c, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return d + str(c)


def pl_pesel() -> str:
    b = ymd6(55, 99) + rd(4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return b + str((10 - sum(int(a) * x for a, x in zip(b, w)) % 10) % 10)


def se_pnr() -> str:
    b = ymd6(45, 99) + rd(3)
    return f"{b[:6]}-{b[6:]}{luhn_digit(b)}"


def no_fnr() -> str:
    while True:
        b = dob6(50, 99) + rd(3)
        d = list(map(int, b))
        k1 = 11 - sum(a * w for a, w in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(a * w for a, w in zip(d + [k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return f"{b}{k1}{k2}"


def fi_hetu() -> str:
    d, n = dob6(45, 99), f"{R.randint(2, 899):03d}"
    return f"{d}-{n}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(d + n) % 31]


def be_nn() -> str:
    b = ymd6(50, 99) + f"{R.randint(1, 997):03d}"
    c = 97 - int(b) % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:]}.{c:02d}"


def br_cpf(fmt: bool = True) -> str:
    while True:
        d = [int(c) for c in rd(9)]
        if len(set(d)) > 1:
            break
    d1 = sum(a * w for a, w in zip(d, range(10, 1, -1))) * 10 % 11 % 10
    d2 = sum(a * w for a, w in zip(d + [d1], range(11, 1, -1))) * 10 % 11 % 10
    s = "".join(map(str, d)) + f"{d1}{d2}"
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s


def br_cnpj() -> str:
    b = rd1(8) + "0001"
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * w for a, w in zip(b, w1)) % 11
    d1 = 0 if r < 2 else 11 - r
    b2 = b + str(d1)
    r = sum(int(a) * w for a, w in zip(b2, [6] + w1)) % 11
    d2 = 0 if r < 2 else 11 - r
    s = b2 + str(d2)
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def cn_id() -> str:
    b = R.choice(["110105", "310104", "440305", "330106", "510107", "420106"]) + \
        f"19{R.randint(60, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + rd(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(a) * x for a, x in zip(b, w)) % 11]


def iso7064_11_2(body: str) -> str:
    t = 0
    for ch in body:
        t = (t + int(ch)) * 2
    r = (12 - t % 11) % 11
    return "X" if r == 10 else str(r)


def orcid() -> str:
    b = "0000000" + rd1(8)
    s = b + iso7064_11_2(b)
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar() -> str:
    b = R.choice("23456789") + rd(10)
    s = b + verhoeff_digit(b)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def tr_tckn() -> str:
    d = [int(R.choice("123456789"))] + [int(c) for c in rd(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + f"{d10}{d11}"


def il_id() -> str:
    b = rd1(8)
    return b + luhn_digit(b)


def kr_rrn() -> str:
    b = ymd6(55, 99) + R.choice("12") + rd(5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    return f"{b[:6]}-{b[6:]}{c}"


def ca_sin() -> str:
    b = R.choice("1234567") + rd(7)
    s = b + luhn_digit(b)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        b = rd1(8)
        s = sum(int(a) * x for a, x in zip(b, w))
        for d in range(10):
            if (s + 10 * d) % 11 == 0:
                t = b + str(d)
                return f"{t[:3]} {t[3:6]} {t[6:]}"


def au_medicare() -> str:
    b = R.choice("23456") + rd(7)
    c = sum(int(a) * x for a, x in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    s = b + str(c) + R.choice("12345")
    return f"{s[:4]} {s[4:9]} {s[9]}"


def au_abn() -> str:
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        d = [int(c) for c in rd1(11)]
        d2 = [d[0] - 1] + d[1:]
        if sum(a * x for a, x in zip(d2, w)) % 89 == 0:
            s = "".join(map(str, d))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def za_id() -> str:
    b = ymd6(55, 99) + rd(4) + "08"
    return b + luhn_digit(b)


def gr_amka() -> str:
    b = dob6(50, 99) + rd(4)
    return b + luhn_digit(b)


def ee_ik() -> str:
    b = R.choice("34") + ymd6(50, 99) + rd(3)
    d = list(map(int, b))
    r = sum(a * w for a, w in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if r == 10:
        r = sum(a * w for a, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
        r = 0 if r == 10 else r
    return b + str(r)


def cz_rc(female: bool = False) -> str:
    while True:
        y, m, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
        b = f"{y:02d}{m + (50 if female else 0):02d}{dd:02d}{rd(3)}"
        c = int(b) % 11
        if c < 10:
            return f"{b[:6]}/{b[6:]}{c}"


def ro_cnp() -> str:
    b = R.choice("12") + ymd6(55, 99) + R.choice(["40", "12", "22", "32", "35"]) + rd(3)
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    c = sum(int(a) * x for a, x in zip(b, w)) % 11
    return b + str(1 if c == 10 else c)


def jp_mynumber() -> str:
    b = rd1(11)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    s2 = b + str(c)
    return f"{s2[:4]} {s2[4:8]} {s2[8:]}"


def th_id() -> str:
    b = R.choice("1358") + rd(11)
    c = (11 - sum(int(a) * w for a, w in zip(b, range(13, 1, -1))) % 11) % 10
    s = b + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def sg_nric() -> str:
    b = rd(7)
    s = sum(int(a) * w for a, w in zip(b, [2, 7, 6, 5, 4, 3, 2]))
    return "S" + b + "JZIHGFEDCBA"[s % 11]


def cl_rut() -> str:
    n = R.randint(8_000_000, 24_999_999)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(r, str(r))
    return f"{n:,}".replace(",", ".") + "-" + dv


def ru_snils() -> str:
    while True:
        b = rd1(9)
        if int(b) > 1001998:
            break
    s = sum(int(a) * w for a, w in zip(b, range(9, 0, -1)))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101)
    c = 0 if c == 100 else c
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def ru_inn12() -> str:
    b = R.choice(["77", "78", "50", "66", "16"]) + rd(8)
    d = list(map(int, b))
    n11 = sum(a * w for a, w in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    n12 = sum(a * w for a, w in zip(d + [n11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    return b + f"{n11}{n12}"


def ru_inn10() -> str:  # organisation INN (public)
    b = R.choice(["77", "78", "50"]) + rd(7)
    c = sum(int(a) * w for a, w in zip(b, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    return b + str(c)


def pt_nif(first: str = "12") -> str:
    while True:
        b = R.choice(first) + rd(7)
        r = 11 - sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
        return b + str(0 if r >= 10 else r)


def hu_taj() -> str:
    b = rd1(8)
    c = sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(b)) % 10
    s = b + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def ua_rnokpp() -> str:
    b = rd1(9)
    c = sum(int(a) * w for a, w in zip(b, [-1, 5, 7, 9, 4, 6, 10, 5, 7])) % 11 % 10
    return b + str(c)


def uk_nhs() -> str:
    while True:
        b = rd1(9)
        c = 11 - sum(int(a) * w for a, w in zip(b, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = b + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def uk_nino() -> str:
    p = R.choice(["AB", "CE", "JK", "NP", "SH", "WR", "KM", "PL", "HT", "YZ"])
    return f"{p}{rd(6)}{R.choice('ABCD')}"


def us_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def us_npi() -> str:  # public provider id
    b = R.choice("12") + rd(8)
    return b + luhn_digit("80840" + b)


def at_svnr() -> str:
    while True:
        nnn = rd1(3)
        dob = dob6(45, 99)
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        s = sum(int(a) * x for a, x in zip(nnn + dob, w))
        c = s % 11
        if c < 10:
            return f"{nnn}{c} {dob}"


def ch_ahv() -> str:
    b = "756" + rd(9)
    s = sum(int(a) * (1 if i % 2 == 0 else 3) for i, a in enumerate(b))
    x = b + str((10 - s % 10) % 10)
    return f"{x[:3]}.{x[3:7]}.{x[7:11]}.{x[11:]}"


def it_cf(code6: str, female: bool = False, town: str = "H501") -> str:
    yy = R.randint(55, 99)
    mm = "ABCDEHLMPRST"[R.randint(0, 11)]
    dd = R.randint(1, 28) + (40 if female else 0)
    b = f"{code6}{yy:02d}{mm}{dd:02d}{town}"
    return b + cf_char(b)


def ar_cuil() -> str:
    while True:
        b = R.choice(["20", "27"]) + rd1(8)
        r = 11 - sum(int(a) * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r == 10:
            continue
        r = 0 if r == 11 else r
        return f"{b[:2]}-{b[2:]}-{r}"


def ean13(b12: str) -> str:
    s = sum(int(a) * (1 if i % 2 == 0 else 3) for i, a in enumerate(b12))
    return b12 + str((10 - s % 10) % 10)


def pzn() -> str:
    while True:
        b = rd(7)
        c = sum(int(a) * w for w, a in enumerate(b, start=1)) % 11
        if c < 10:
            return b + str(c)


def isbn13() -> str:
    return ean13("978" + rd1(9))


def imei() -> str:
    b = "35" + rd(12)
    return b + luhn_digit(b)


def aba() -> str:
    while True:
        b = R.choice(["02", "03", "06", "11", "12", "26", "32"]) + rd(6)
        for c in range(10):
            x = b + str(c)
            d = list(map(int, x))
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0:
                return x


def isin(prefix: str) -> str:
    b = prefix + rs(9, UP + DIG)
    digs = "".join(str(int(c, 36)) for c in b)
    return b + luhn_digit(digs)


def de_vat() -> str:
    b = rd1(8)
    p = 10
    for ch in b:
        s = (int(ch) + p) % 10 or 10
        p = (2 * s) % 11
    return "DE" + b + str((11 - p) % 10)


def fr_siren() -> str:
    b = rd1(8)
    return b + luhn_digit(b)


def fr_tva(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def in_gstin() -> str:
    cs = DIG + UP
    pan = rs(3, UP) + "C" + rs(1, UP) + rd(4) + rs(1, UP)  # company PAN (4th char C)
    b = R.choice(["27", "29", "07", "33"]) + pan + "1Z"
    tot = 0
    for i, ch in enumerate(b):
        v = cs.index(ch) * (1 if i % 2 == 0 else 2)
        tot += v // 36 + v % 36
    return b + cs[(36 - tot % 36) % 36]


def in_pan_person() -> str:
    return rs(3, UP) + "P" + rs(1, UP) + rd(4) + rs(1, UP)


# ---------------------------------------------------------------- token helpers
def aws_akid() -> str:
    return "AKIA" + rs(16, B32)


def aws_secret() -> str:
    return rs(40, AN + "/+")


def gh_pat() -> str:
    return "ghp_" + rs(36)


def gl_pat() -> str:
    return "glpat-" + rs(20, AN + "-_")


def slack_bot() -> str:
    return f"xoxb-{rd1(12)}-{rd1(13)}-{rs(24)}"


def slack_hook() -> tuple[str, str]:
    tail = rs(24)
    return f"https://hooks.slack.com/services/T{rs(8, UP + DIG)}/B{rs(10, UP + DIG)}/{tail}", tail


def stripe_sk() -> str:
    return "sk_live_" + rs(24) + rs(75)


def stripe_rk() -> str:
    return "rk_live_" + rs(24) + rs(75)


def whsec() -> str:
    return "whsec_" + rs(32)


def google_key() -> str:
    return "AIza" + rs(35, AN + "-_")


def sendgrid() -> str:
    return f"SG.{rs(22, AN + '-_')}.{rs(43, AN + '-_')}"


def openai_key() -> str:
    return "sk-proj-" + rs(48, AN + "-_") + "T3BlbkFJ" + rs(48, AN + "-_")


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(93, AN + "-_") + "AA"


def tg_bot() -> str:
    return f"{rd1(10)}:AA{rs(33, AN + '-_')}"


def npm_tok() -> str:
    return "npm_" + rs(36)


def jwt(payload: dict) -> str:
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{p}.{b64u(32)}"


def pem_body(lines: int = 6) -> str:
    raw = base64.b64encode(R.randbytes(48 * lines)).decode()
    return "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))


def totp_secret() -> str:
    return rs(32, B32)


def az_key() -> str:
    return base64.b64encode(R.randbytes(64)).decode()


def pw(kind: int = 0) -> str:
    words = ["Sommer", "Kaffee", "Lighthouse", "maple", "Tortuga", "Zebra", "orchid", "Falcon", "nimbus",
             "Quokka", "Marzipan", "copper", "Velvet", "Harbor", "Juniper", "Pistache", "Saffron", "tundra"]
    sym = "!#$%&*?@-_."
    if kind == 0:
        return R.choice(words) + R.choice(sym) + rd(R.randint(2, 4)) + R.choice(sym)
    if kind == 1:
        return rs(R.randint(12, 18), AN + "!#%*+-=?@^_")
    return R.choice(words).lower() + "-" + R.choice(words).lower() + "-" + R.choice(words).lower() + rd(2)


BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
         "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust "
         "admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport "
         "aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always "
         "amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce "
         "annual another answer antenna antique anxiety any apart apology appear apple approve april arch arctic "
         "area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist artwork "
         "ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit "
         "august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis "
         "baby bachelor bacon badge bag balance balcony ball bamboo banana banner bar barely bargain barrel base "
         "basic basket battle beach bean beauty because become beef before begin behave behind believe below "
         "belt bench benefit best betray better between beyond bicycle bid bike bind biology bird birth bitter "
         "black blade blame blanket blast bleak bless blind blood blossom blouse blue blur blush board boat body "
         "boil bomb bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain brand "
         "brass brave bread breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother "
         "brown brush bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst bus "
         "business busy butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp can canal "
         "cancel candy cannon canoe canvas canyon capable capital captain car carbon card cargo carpet carry cart "
         "case cash casino castle casual cat catalog catch category cattle caught cause caution cave ceiling "
         "celery cement census century cereal certain chair chalk champion change chaos chapter charge chase").split()


def seed_phrase(n: int = 12) -> str:
    return " ".join(R.choice(BIP39) for _ in range(n))


def ssh_ed25519_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, AN + "+/")


def b64_of(obj) -> str:
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


def dt(y: int = 2024) -> str:
    return f"{y}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def ts() -> str:
    return f"{dt()}T{R.randint(6, 22):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


def pin(n: int = 4) -> str:
    while True:
        p = rd(n)
        if len(set(p)) > 1:
            return p


def otp(n: int = 6) -> str:
    return rd(n)


def recovery_codes(n: int = 4) -> list[str]:
    return [f"{rs(4, LO + DIG)}-{rs(4, LO + DIG)}" for _ in range(n)]


def tracking_ups() -> str:
    return "1Z" + rs(6, UP + DIG) + rd(10)


def masked(c: str) -> str:
    return "**** **** **** " + c[-4:]


# =============================================================================
# ENGLISH — secrets
# =============================================================================
v = pw(0)
S("en", "hospital", f"User: can you log into the EHR training tenant and pull the discharge summaries for ward 7B?\n"
  f"login is dr.okafor and the password is {v} (it's the training one, not prod)", v)

v = hx(32)
S("en", "clinic", f"Thought: the practice manager pasted the Twilio credentials for appointment reminders into the ticket.\n"
  f"Account SID AC{hx(32)} is fine to keep, but the auth token {v} must go to the vault and be rotated.", v)

v = jwt({"sub": "svc-refill-bot", "pharmacy_id": 4471, "scope": "rx.read rx.refill", "exp": 1767225600})
S("en", "pharmacy", json.dumps({"tool": "http_request", "arguments": {
    "method": "GET", "url": "https://api.rxrelay.example/v2/refills?status=pending",
    "headers": {"Authorization": f"Bearer {v}", "Accept": "application/json"}}}, indent=2), v)

v = us_ssn()
S("en", "law", f"Summary of intake call (Chapter 7 petition, client D. Whitfield):\n"
  f"- employer: Kessler Freight, 6 yrs\n- SSN for the petition and credit counseling cert: {v}\n"
  f"- wants filing before the garnishment on the 14th", v)

v = pw(1)
S("en", "court", f"From: j.marsh@marshlaw.example\nSubject: PACER/ECF login for Monday filings\n\n"
  f"Priya, use the firm account jmarsh_ecf with {v} until your own CM/ECF registration clears.\n"
  f"Please don't forward this.", v)

v = rd1(10)
S("en", "hr", f"Onboarding checklist — Tomás Rivera (start 06/03)\n[x] I-9 verified\n[x] Direct deposit: routing {aba()}, "
  f"checking acct {v}\n[ ] Benefits enrollment", v)

v = us_ssn()
S("en", "payroll", f"Tool output (payroll_export.csv, first rows):\nemp_id,name,ssn,gross,net\n"
  f"10442,Rosa Delgado,{v},3120.00,2310.55\n-- 211 more rows truncated --", v)

v = rs(40)
S("en", "accounting", f"$ cat .env\nQBO_ENVIRONMENT=production\nQBO_CLIENT_ID=AB{rs(48)}\nQBO_CLIENT_SECRET={v}\n"
  f"QBO_REDIRECT_URI=https://books.hallandco.example/callback", v)

v = rd(6)
S("en", "tax", f"Note for the Ames return: Harlan got his IRS Identity Protection PIN letter (CP01A). "
  f"This season's IP PIN is {v}; it goes on the 1040 signature line or the e-file will reject.", v)

v = card("4", 16)
S("en", "insurance", f"Adjuster chat 10:42 — policyholder wants the $500 deductible charged to the Visa on the call: "
  f"{g4(v, '-')} exp 09/27. I told her we'd run it today.", g4(v, '-'))

v = iban_generic("GB")
S("en", "bank", f"Wire recall ticket RCL-88213\nOriginal beneficiary (customer's personal current account): {g4(v)}\n"
  f"Reason: authorised push payment scam reported 11:05.", g4(v))

v = pw(0)
S("en", "school", f"Agent: reset done for the Okoro family on the parent portal. Temporary password {v} — "
  f"they'll be forced to change it on first login within 24h.", v)

v = "7~" + rs(64)
S("en", "university", f"Lesson learned: the grade-sync script failed because the Canvas developer token had been pasted with a trailing space.\n"
  f"Working token: {v}\nNext time strip whitespace from secrets read from the sheet.", v)

v = rd1(9)
S("en", "government", f"Case 24-HA-0917 (humanitarian parole): applicant's U.S. passport no. {v}, issued 2019, "
  f"expires 2029. Copy of biographic page uploaded to the file.", v)

v = pem_body(6)
S("en", "hospital", f"Ticket #5521 attachment (pacs-sftp key, do not share):\n-----BEGIN OPENSSH PRIVATE KEY-----\n{v}\n"
  f"-----END OPENSSH PRIVATE KEY-----", v)

v = pin(4)
S("en", "clinic", f"Night shift handover: meds room keypad changed today, new code {v}# — old one no longer works. Tell locums verbally.", v)

v = pw(2)
S("en", "pharmacy", f"CSOS renewal: DEA signing certificate exported to the pharmacist workstation, protected with passphrase \"{v}\". "
  f"Store the .p12 on the encrypted drive only.", v)

v = uuid4()
S("en", "law", f"docusign:\n  integration_key: {uuid4()}\n  user_id: {uuid4()}\n  secret_key: {v}\n  base_path: https://www.docusign.net/restapi", v)

v = pw(1)
S("en", "court", f"Clerk's office staff Wi-Fi (not the public one): SSID CourtStaff-5G, WPA2 key {v}", v)

v = "Pickles McGee"
S("en", "hr", f"User: I'm locked out of Workday again. The security question is the name of my first pet — it's {v}. "
  f"Can you get me back in before payroll cutoff?", v)

v = base64.b64encode(f"adp_integration:{pw(1)}".encode()).decode()
S("en", "payroll", f"curl -s https://api.payroll-gw.example/v1/workers \\\n  -H 'Authorization: Basic {v}' \\\n  -H 'Accept: application/json'", v)

v = rs(64, AN + "-_")
S("en", "accounting", f"Xero OAuth callback stored state:\naccess_token expires_in=1800\nrefresh_token={v}\ntenant=\"Hall & Co Accountants Ltd\"", v)

v = f"9{rd(2)}-{R.choice(['70', '71', '78', '83', '90', '94'])}-{rd(4)}"
S("en", "tax", f"Client (non-resident, no SSN) — ITIN {v}. Use it on Schedule C and the 1040-NR; W-7 renewal not needed until 2027.", v)

_mbi_l = "ACDEFGHJKMNPQRTUVWXY"
v = f"{R.randint(1, 9)}{R.choice(_mbi_l)}{R.choice(_mbi_l + DIG)}{R.randint(0, 9)}-{R.choice(_mbi_l)}{R.choice(_mbi_l + DIG)}{R.randint(0, 9)}-{R.choice(_mbi_l)}{R.choice(_mbi_l)}{rd(2)}"
S("en", "insurance", f"Medicare Advantage enrollment form, section 2: Medicare Beneficiary Identifier {v}; Part A effective 2023-04-01.", v)

v = rd(8)
S("en", "bank", f"#payments-ops 09:12 Dan: HSM partition PIN for the SWIFT signing slot is {v}, needed for the 09:30 batch — delete after use pls", v)

codes = recovery_codes(8)
v = "\n".join(codes)
S("en", "school", f"Google Workspace super-admin backup codes (district tenant), printed for the safe:\n{v}", v)

v = pw(1)
S("en", "university", f"DATABASE_URL=postgres://irb_reader:{v}@10.20.4.17:5432/irb_protocols?sslmode=require", v)

v = ca_sin()
S("en", "government", f"Service Canada callback notes: client confirmed her SIN as {v} and her date of birth; EI claim reactivated.", v)

v = uk_nhs()
S("en", "hospital", f"Dear Dr Patel,\nRe: Mrs Eleanor Finch, NHS No. {v}\nThank you for referring this 78-year-old lady with exertional chest pain.", v)

v = au_medicare()
S("en", "clinic", f"Bulk-billing claim rejected (item 23). Medicare card entered: {v} — the IRN looks right, resubmitting after checking expiry.", v)

v = stripe_sk()
S("en", "pharmacy", f"[2024-06-02 14:03:11] ERROR storefront.checkout stripe.error.AuthenticationError: "
  f"Invalid API Key provided: {v}", v)

v = "Okonkwo"
S("en", "law", f"Thought: the client wants me to call her bank about the escrow refund. Bank's verification question is mother's maiden name; "
  f"she says it's {v}. I should not store that beyond this call.", v)

hook, tail = slack_hook()
S("en", "court", f"docket_alerts:\n  notify: slack\n  webhook_url: {hook}\n  cases: [\"2:23-cv-01847\", \"1:24-cr-00311\"]", tail)

v = hx(40)
S("en", "hr", f"Agent thought: BambooHR API key is in the sync job config ({v}). It authenticates as Karen's admin user, which is why "
  f"the audit log shows her name on every change.", v)

v = uk_nino()
S("en", "payroll", f"User: my payslip shows emergency tax code 1257L W1. My National Insurance number is {v} if that helps fix it.", v)

v = aws_secret()
S("en", "accounting", f"[default]\naws_access_key_id = {aws_akid()}\naws_secret_access_key = {v}\nregion = eu-west-2", v)

v = au_tfn()
S("en", "tax", f"Onboarding a new sole trader: TFN {v}, ABN {au_abn()} (the ABN is on the ABR anyway). Lodge BAS quarterly.", v)

v = otp(6)
S("en", "insurance", f"User: the portal just texted me a verification code, it's {v}. Type it in for me, I'm driving.", v)

v = seed_phrase(12)
S("en", "bank", f"Fraud case FR-20931: customer says a caller made her read out her wallet recovery phrase: \"{v}\". "
  f"Funds moved 20 min later.", v)

v = f"{R.randint(1, 39):02d}-{R.randint(1, 39):02d}-{R.randint(1, 39):02d}"
S("en", "school", f"Locker B-117 (Year 9) combination {v}. Student forgot it twice this term; note sent home.", v)

v = rs(32)
S("en", "university", f"Zoom Server-to-Server app for lecture capture\nAccount ID: {rs(22)}\nClient ID: {rs(22)}\nClient secret: {v}", v)

v = pw(0)
S("en", "government", f"User: My Government Gateway user ID is 41 28 77 30 19 55 and the password is {v}. "
  f"Please file the self-assessment before the 31st.", v)

v = rd(5)
S("en", "hospital", f"Security note: pharmacy storeroom alarm — disarm {v} then OFF. Code is changed on the 1st of each quarter.", v)

v = card("5", 16)
S("en", "clinic", f"Patient paid the balance over the phone: MC {v} exp 11/26 (she insisted we keep it for future copays).", v)

v = card("37", 15)
S("en", "pharmacy", f"Phone order #PH-22981: compounding cream, pay by Amex {amex_fmt(v)}, ship to home address on file.", amex_fmt(v))

v = gh_pat()
S("en", "law", f"git remote set-url origin https://mkline:{v}@github.com/kline-legal/contract-templates.git", v)

v = "node0" + rs(26, LO + DIG) + ".node0"
S("en", "court", f"HAR excerpt (e-filing upload failure):\n\"cookies\": [{{\"name\": \"JSESSIONID\", \"value\": \"{v}\", \"path\": \"/efile\"}}]", v)

v = iban_de()
S("en", "hr", f"Expat relocation: Markus will be paid into his German account until the US one is open — IBAN {v}, BIC COBADEFFXXX.", v)

v = rs(120, AN + "-_.")
S("en", "payroll", f"tool_result: {{\"access_token\": \"{v}\", \"token_type\": \"Bearer\", \"expires_in\": 3600, \"scope\": \"payroll.write\"}}", v)

v = hx(30)
S("en", "accounting", f"PLAID_CLIENT_ID={hx(24)}\nPLAID_SECRET={v}\nPLAID_ENV=production", v)

v = pw(1)
S("en", "tax", f"SSA Business Services Online for W-2 upload: user ID HALL8821, password {v} (shared firm login, rotate after January).", v)

v = f"{rs(3, UP)}{rd(9)}"
S("en", "insurance", f"Pre-authorization request for MRI lumbar spine\nMember: Joanna Pratt  DOB 1981-03-12\nMember ID: {v}  Group 00471\n"
  f"Ordering provider NPI {us_npi()}", v)

v = rd(3)
S("en", "bank", f"Card dispute call notes: customer read out the security code on the back, {v}, before I could stop her. "
  f"Reminded her we never need it.", v)

v = sendgrid()
S("en", "school", f"Thought: the newsletter bounce is an auth failure. SENDGRID_API_KEY in the PTA site's settings is {v}; "
  f"it was revoked by IT on Monday.", v)

v = openai_key()
S("en", "university", f"# cell 3 of thesis_classifier.ipynb\nimport openai\nclient = openai.OpenAI(api_key=\"{v}\")", v)

v = rd1(9)
S("en", "government", f"HM Passport Office lost/stolen report for applicant: passport number {v}, reported stolen in Lisbon on 12 May.", v)

v = az_key()
S("en", "hospital", f"DefaultEndpointsProtocol=https;AccountName=radiologyarchive;AccountKey={v};EndpointSuffix=core.windows.net", v)

v = google_key()
S("en", "clinic", f"<script src=\"https://maps.googleapis.com/maps/api/js?key={v}&callback=initClinicMap\"></script>\n"
  f"<!-- key is unrestricted, billing is on the practice card -->", v)

v = totp_secret()
S("en", "pharmacy", f"MFA enrolment for the wholesaler ordering portal (shared pharmacy account):\n"
  f"otpauth://totp/McKessonConnect:rx-store-17?secret={v}&issuer=McKessonConnect", v)

v = f"Harbor#{rd(4)}"
S("en", "law", f"She can't remember which one she used for the client portal. Try {v} first — she says that's what she uses for everything.", v)

v = pw(1)
S("en", "court", f"jury_mgmt:\n  db_host: jms-db01.courts.internal\n  db_user: jms_app\n  db_password: '{v}'\n  summons_batch_size: 500", v)

v = "A" + rd1(9)
S("en", "hr", f"I-9 reverification: Employment Authorization Document, USCIS# / A-Number {v}, card expires 2025-08-30.", v)

v = tg_bot()
S("en", "payroll", f"Lesson: the payroll-run notifier bot was posting to a public Telegram group. Token {v} revoked via BotFather, new one in vault.", v)

v = anthropic_key()
S("en", "accounting", f"=IMPORTDATA(\"https://script.example/run?key={v}&sheet=AP_aging\")", v)

v = in_pan_person()
S("en", "tax", f"NRI client Form 10F: PAN {v}; TRC from UAE attached; claim DTAA rate on interest.", v)

v = whsec()
S("en", "insurance", f"Webhook endpoint for premium payments verified. Signing secret {v} — set it as STRIPE_WEBHOOK_SECRET in the claims service.", v)

v = pw(0)
S("en", "bank", f"SWIFT Alliance Access: left-operator OPS_LDN_07 password is {v}. Right-operator approval still required for release.", v)

v = pin(4)
S("en", "school", f"Parent email: Hi, Jayden keeps forgetting his lunch PIN. It's {v}. Could the canteen staff remind him? Thanks, Mrs. Ellis", v)

v = "django-insecure-" + rs(50, LO + DIG + "!@#$%^&*(-_=+)")
S("en", "university", f"# settings.py (alumni donations portal)\nDEBUG = False\nSECRET_KEY = '{v}'\nALLOWED_HOSTS = ['give.univ.example']", v)

v = za_id()
S("en", "government", f"SASSA grant application: applicant ID number {v}; proof of residence and bank letter outstanding.", v)

codes = recovery_codes(1)[0]
S("en", "hospital", f"User: I lost my phone and can't get into the clinician app. I have one backup code left: {codes}. Use it and set up my new phone?", codes)

v = sg_nric()
S("en", "insurance", f"Claim form (Singapore) — Life assured NRIC {v}; hospitalisation at TTSH 3–9 Mar, MediShield Life deductible applied.", v)

v = aadhaar()
S("en", "bank", f"KYC re-verification: customer shared Aadhaar {v} over WhatsApp instead of the secure upload link. Please delete the chat.", v)

v = rd1(11)
S("en", "government", f"Lagos State residents registration — applicant NIN {v}, BVN pending verification.", v)

# =============================================================================
# ENGLISH — innocent look-alikes
# =============================================================================
I("en", "hospital", f"{ts()} INFO hl7-bridge ACK AA msg_control_id={hx(20)} trace_id={hx(32)} span_id={hx(16)} latency_ms=41")

I("en", "clinic", "Reminder posted in #front-desk: never paste your EHR password into tickets or chat. "
  "If you forgot it, use self-service reset at https://sso.clinic.example/reset and call IT on ext. 4410.")

I("en", "pharmacy", f"Recall check: NDC 0093-7146-56 lot {rs(2, UP)}{rd(5)} exp 2025-11; NDC 50580-0451-01 lot {rd(7)} exp 2026-02. "
  f"Neither lot is on FDA recall list D-0412-2024.")

I("en", "law", f"Production log: Case No. 2:23-cv-01847-JLR — produced DEF0004412–DEF0004598 on {dt()}; privilege log entries 311–342 "
  f"updated. Hash manifest sha256 {hx(64)}.")

I("en", "court", f"Order granting motion to seal (Dkt. 112) filed 2024-03-18. See 2023 WL 4418270; Fed. R. Civ. P. 5.2(a) "
  f"requires only the last four digits of a taxpayer-identification number, e.g. ***-**-{rd(4)}.")

I("en", "hr", f"W-4 confirmation: employee 20431 (Grace Liu), SSN on file ***-**-{rd(4)}, filing status Single, step 4(c) extra withholding $25.00.")

I("en", "payroll", f"Payroll provider setup for Hallmark Dental LLC: EIN 8{rd(1)}-{rd(7)}, company bank routing {aba()}, "
  f"pay frequency biweekly, first check date {dt(2025)}.")

_iv = iban_generic("GB")
I("en", "accounting", f"Invoice INV-2024-0381 — Hall & Co Accountants Ltd, 12 Mercer St, Leeds LS1 4DY\n"
  f"Please pay to: {g4(_iv)}  BIC BARCGB22  VAT GB 284 1960 08\nTerms: 30 days. Company no. 08124567.")

I("en", "tax", "Form 8879 note: the taxpayer must enter their own self-select PIN; the firm never stores it. "
  "If the client asks us to choose a PIN for them, decline and send the e-signature link instead.")

I("en", "insurance", f"Claim CLM-2024-00{rd(5)} opened {dt()}; related claims CLM-2023-00{rd(5)}, CLM-2023-00{rd(5)}. "
  f"Reserve set at $12,400.00; adjuster code ADJ-117.")

I("en", "bank", f"MT103 received: :20:{rs(16, UP + DIG)} :23B:CRED :32A:240611EUR48250,00 :52A:DEUTDEFF :57A:BARCGB22\n"
  f"UETR {uuid4()}")

I("en", "school", "Timetable change for Spring term: MATH-204 moves to room B-117 (was C-021), Tuesdays 10:40–12:10. "
  "Locker rows B-101 to B-130 are reassigned to Year 10.")

I("en", "university", f"Grant progress report — PI ORCID {orcid()}, co-I ORCID {orcid()}. Outputs: doi:10.1038/s41586-0{rd(2)}-0{rd(4)}-{rd(1)}, "
  f"doi:10.1145/{rd(7)}.{rd(7)}.")

I("en", "government", f"USCIS case status check for file: receipt number IOE{rd(10)} — 'Case Was Received' on {dt()}. "
  f"Form I-130, service center NBC.")

I("en", "hospital", f"DICOM export verification\nstudy_{rd(6)}.zip  sha256 {hx(64)}\nstudy_{rd(6)}.zip  sha256 {hx(64)}\nAll checksums match the PACS manifest.")

I("en", "clinic", f"CMS-1500 box 24J rendering provider NPI {us_npi()}; box 25 federal tax ID (practice EIN) 4{rd(1)}-{rd(7)}; box 33b taxonomy 207Q00000X.")

I("en", "pharmacy", "QA script for the new checkout: use Stripe test cards only — 4242 4242 4242 4242 (any future expiry, any CVC), "
  "4000 0000 0000 9995 for insufficient funds. Never use a real card in staging.")

I("en", "law", "Runbook excerpt (copied from AWS docs): export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"
  "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nReplace both with values from the firm's vault before running.")

I("en", "court", f"Deployed efile-integration {hx(40)} to prod (tag v3.14.2). Previous: {hx(40)}. Rollback: git revert {hx(7)}.")

I("en", "hr", "Password policy (v4, effective 1 July): minimum 14 characters, no reuse of the last 12 passwords, "
  "no forced expiry unless compromise is suspected. MFA required for HRIS and payroll.")

I("en", "payroll", f"Corporate card PIN mailers were posted separately on {dt()}; cards ending 4417, 0932 and 2810 were activated by their holders.")

I("en", "accounting", f"tool_result: {{\"invoices\": 50, \"next_cursor\": \"{b64_of({'page': 3, 'sort': 'due_date', 'dir': 'asc'})}\", \"has_more\": true}}")

I("en", "tax", "Example from the client letter template: 'Please transfer the balance to IBAN DE89 3704 0044 0532 0130 00 "
  "(sample only – insert the client account)'. Template owner: ops team.")

I("en", "insurance", f"Documents attached to claim: medical_report.pdf ({uuid4()}), repair_estimate.pdf ({uuid4()}), "
  f"photos.zip ({uuid4()}).")

I("en", "bank", f"Settlement report T+2: ISIN {isin('US')} 1,200 @ 187.42; ISIN {isin('GB')} 5,000 @ 6.12. "
  f"Counterparty LEI 5493001KJTIIGC8Y1R12.")

I("en", "school", f"Parent contact updated: mobile +44 7700 900{rd(3)}, home 0161 496 0{rd(3)}, postcode M14 5RQ. Emergency contact unchanged.")

I("en", "university", f"HPC access approved — added to authorized_keys for user mhossain:\n{ssh_ed25519_pub()} mhossain@lab-laptop")

I("en", "government", f"SAML IdP metadata signing certificate (public):\n-----BEGIN CERTIFICATE-----\n{pem_body(4)}\n-----END CERTIFICATE-----")

I("en", "hospital", f"{ts()} WARN fhir-client token refresh failed: invalid_grant (refresh token expired at {ts()}); "
  f"retrying with client credentials flow")

I("en", "clinic", "docker-compose.yml\n  reminders:\n    environment:\n      TWILIO_ACCOUNT_SID: ${TWILIO_ACCOUNT_SID}\n"
  "      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN}\n      SMS_FROM: \"+15005550006\"")

I("en", "pharmacy", f"Goods-in scan: GTIN {ean13('0' + rd1(11))} x24, GTIN {ean13('0' + rd1(11))} x6; "
  f"serials verified against the DSCSA T3 from the wholesaler.")

I("en", "law", f"Client-intake page source includes Stripe.js init: Stripe('pk_live_{rs(99)}'). "
  f"Publishable key — safe in the browser, no action needed.")

I("en", "court", f"PACER fee receipt: transaction {rd(8)}, client code KLINE-0413, pages 30, cost $3.00, {dt()}.")

I("en", "hr", "Org chart export: E10442 Rosa Delgado (CC-4410) -> E10017 M. Kline (CC-4400); E10583 T. Rivera (CC-4410) -> E10442.")

I("en", "payroll", f"Asset register — payroll team phones: IMEI {imei()} (iPhone 13), IMEI {imei()} (Galaxy A54). Both MDM-enrolled.")

I("en", "accounting", f"JE-2024-06-0147: Dr 6100 Rent 4,250.00 / Cr 2100 AP 4,250.00; ref {hx(12)}; posted by s.hall.")

I("en", "tax", "Quick reminder for juniors: a 'token' in the e-file software is just the submission ticket the IRS returns; "
  "it isn't a credential and can be stored in the working papers.")

I("en", "insurance", f"Card on file: Visa ending {rd(4)} (exp 09/27). Payment plan: 6 × $212.50, next debit {dt(2025)}.")

I("en", "bank", f"Customer confirmed sort code 20-00-00 and account ending {rd(4)} for the standing order; full details verified in the core system, not recorded here.")

I("en", "school", "Visitors: the guest Wi-Fi password is available from the front office on request; it changes every Monday.")

I("en", "university", f"LTI 1.3 registration: client_id {rd(17)}, deployment_id {rd(2)}:{hx(40)}, "
  f"issuer https://canvas.instructure.com, JWKS https://canvas.univ.example/api/lti/security/jwks")

I("en", "government", "Instructions for box 4: enter your Social Security number in the format XXX-XX-XXXX "
  "(for example 123-45-6789). Do not enter an ITIN here.")

I("en", "hospital", "Coding query: principal dx I21.4 (NSTEMI), secondary E11.9, I10, N18.3; LOINC 10839-9 troponin I trend attached.")

I("en", "clinic", f"Online booking confirmed — ref {rs(6, UP + DIG)}, Thu 14 Nov 09:20 with Dr Haddad, room 3. Reply C to cancel.")

I("en", "pharmacy", f"Rx# 60{rd(5)} refilled {dt()}, days' supply 30, refills remaining 2; prior Rx# 60{rd(5)} transferred in from Store 17.")

I("en", "law", f"E-discovery load file: DOCID,MD5,SHA1\nKL000123,{hx(32)},{hx(40)}\nKL000124,{hx(32)},{hx(40)}")

I("en", "court", "Portal text: 'Enter the one-time code we sent to your phone. Codes expire after 10 minutes. "
  "Court staff will never ask you for this code.'")

I("en", "hr", "Email template HR-RESET-02:\nHi {{first_name}}, click {{reset_link}} to choose a new password. "
  "The link expires in 30 minutes. If you didn't request this, ignore this email.")

I("en", "payroll", f"Slack routing for payroll alerts: channel C0{rs(8, UP + DIG)}, escalation user U0{rs(8, UP + DIG)}, "
  f"workspace T0{rs(8, UP + DIG)}.")

I("en", "accounting", f"deploy: pulled registry.hallco.example/ledger-api@sha256:{hx(64)} (v2.7.1), health OK in 14s.")

I("en", "tax", "Form 1040 line 1z = $84,210; line 11 AGI $79,880; tax year 2023; Schedule 1 line 8z other income $1,200.")

I("en", "insurance", "Vehicle on claim: VIN 1HGCM82633A004352 (2003 Honda Accord), plate 7KXY219, odometer 142,310 mi.")

I("en", "bank", f"SEPA return R-transaction: original end-to-end id E2E{rd(14)}, return reason AC04 (account closed), "
  f"message id {hx(24).upper()}.")

I("en", "school", f"Textbook order: ISBN {isbn13()} ×30, ISBN {isbn13()} ×30, ISBN {isbn13()} ×12. PO #SCH-2024-0419.")

I("en", "university", f"Award letter: NIH R01 GM1{rd(5)}-01A1; UKRI EP/X0{rd(5)}/1; internal cost object 4-{rd(6)}.")

I("en", "government", f"Our ref: HO/2024/00{rd(5)}. Please quote this reference in all correspondence. Office hours 9–5, tel 0300 123 7379.")

I("en", "hospital", f"Biomed inventory: infusion pump SN {rs(2, UP)}{rd(8)} fw 12.1.3, SN {rs(2, UP)}{rd(8)} fw 12.1.3 — both due PM in March.")

I("en", "clinic", f"Twilio console shows messaging service MG{hx(32)} and account AC{hx(32)}; both are identifiers, the auth token lives in Vault.")

I("en", "pharmacy", f"SFTP host key for the wholesaler changed. New fingerprint: SHA256:{rs(43, AN + '+/')}. Verified by phone with their IT.")

I("en", "law", "Header to use on memos: PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT. Matter 2024-0113-LIT, billing code L120.")

I("en", "court", "Debug: first bytes of the rejected upload were 25 50 44 46 2d 31 2e 37 0a 25 e2 e3 cf d3 — a valid PDF 1.7 header, "
  "so the rejection is the 35 MB size cap, not corruption.")

I("en", "payroll", f"Pay period {dt()} to {dt()}: 212 employees, gross $641,902.18, employer taxes $49,105.52, YTD gross $7.4M.")

I("en", "accounting", "The API token field under Settings > Integrations > Stripe is still empty; the client hasn't connected their account yet, "
  "so card fees must be booked manually this month.")

I("en", "tax", "EC Sales List Q2: DE 136695976 €12,400; FR 40 303 265 045 €3,150; NL 8045.12.345.B01 €980.")

I("en", "insurance", f"Quote form uses reCAPTCHA v3 site key 6Lc{rs(37, AN + '_-')} — public by design, the secret stays on the server.")

I("en", "bank", "Card ending 0005 blocked at customer request after loss. Replacement card and PIN are sent in separate mailings; "
  "do not read card details over the phone.")

I("en", "school", f"Turnitin batch: 28 submissions, md5 {hx(32)} flagged as duplicate of {hx(32)} (same student re-uploaded).")

I("en", "university", f"Thesis repo history: {hx(7)} fix bib entries; {hx(7)} add chapter 4 figures; {hx(7)} merge branch 'review-comments'.")

I("en", "government", f"Application APP-{rd(4)}-{rd(6)} for housing assistance moved to 'awaiting documents'. Caseworker: D. Mensah, desk 4B.")

I("en", "hospital", f"Binary payload in outbound message (base64 JSON): {b64_of({'resourceType': 'Questionnaire', 'status': 'draft', 'title': 'PHQ-9'})}")

I("en", "insurance", f"Original claim documents returned by courier, UPS {tracking_ups()}, signed for at 10:14.")

I("en", "bank", f"HSM key ceremony log: ZMK component 1 KCV {hx(6).upper()}, component 2 KCV {hx(6).upper()}, combined KCV {hx(6).upper()}. "
  f"Components remain with custodians A and B.")

I("en", "hr", "Lesson: when an employee asks 'what's my password?', never look it up or set one for them; send the reset link and confirm identity by callback.")

I("en", "law", f"Conflict check cleared for matter 2024-0178: opposing party Kessler Freight Inc., Delaware file no. {rd1(7)}, "
  f"registered agent at 1209 Orange St, Wilmington DE 19801.")


# ---------------------------------------------------------------- more check-digit helpers
_TW = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_id() -> str:
    letter = R.choice("ABFHJKLR")
    code = _TW[letter]
    d = [R.choice([1, 2])] + [int(c) for c in rd(7)]
    s = code // 10 + (code % 10) * 9 + sum(a * w for a, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1]))
    return letter + "".join(map(str, d)) + str((10 - s % 10) % 10)


def tw_ubn() -> str:
    while True:
        b = rd1(7)
        if b[6] == "7":
            continue
        w = [1, 2, 1, 2, 1, 2, 4]
        s = sum((int(a) * x) // 10 + (int(a) * x) % 10 for a, x in zip(b, w))
        return b + str((10 - s % 10) % 10)


def jp_corp() -> str:
    b = rd1(12)
    s = sum(int(b[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - s % 9) + b


def kr_brn() -> str:
    b = rd1(3) + rd(6)
    d = list(map(int, b))
    s = sum(a * w for a, w in zip(d, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + (d[8] * 5) // 10
    x = b + str((10 - s % 10) % 10)
    return f"{x[:3]}-{x[3:5]}-{x[5:]}"


def ir_melli() -> str:
    b = rd1(9)
    r = sum(int(a) * (10 - i) for i, a in enumerate(b)) % 11
    return b + str(r if r < 2 else 11 - r)


def gr_afm(first: str = "01") -> str:
    b = R.choice(first) + rd(7)
    return b + str(sum(int(a) * 2 ** (8 - i) for i, a in enumerate(b)) % 11 % 10)


def sa_nid() -> str:
    b = "1" + rd(8)
    return b + luhn_digit(b)


def rs_jmbg() -> str:
    while True:
        b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}9{R.randint(55, 99):02d}{R.choice(['71', '80', '21', '73'])}{rd(3)}"
        m = 11 - sum(int(a) * w for a, w in zip(b, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if m == 10:
            continue
        return b + str(0 if m == 11 else m)


def hu_adoaz() -> str:
    while True:
        b = "8" + str(R.randint(20000, 39999)) + rd(3)
        c = sum(int(a) * i for i, a in enumerate(b, start=1)) % 11
        if c < 10:
            return b + str(c)


def cz_ico() -> str:
    b = rd1(7)
    r = sum(int(a) * w for a, w in zip(b, range(8, 1, -1))) % 11
    return b + str((11 - r) % 10)


def pl_nip() -> str:
    while True:
        b = rd1(9)
        c = sum(int(a) * w for a, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            x = b + str(c)
            return f"{x[:3]}-{x[3:6]}-{x[6:8]}-{x[8:]}"


def pl_regon() -> str:
    b = rd1(8)
    return b + str(sum(int(a) * w for a, w in zip(b, [8, 9, 2, 3, 4, 5, 6, 7])) % 11 % 10)


def no_mod11(b: str, w: list[int]) -> str | None:
    c = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
    if c == 10:
        return None
    return b + str(0 if c == 11 else c)


def no_orgnr() -> str:
    while True:
        x = no_mod11(R.choice("89") + rd(7), [3, 2, 7, 6, 5, 4, 3, 2])
        if x:
            return f"{x[:3]} {x[3:6]} {x[6:]}"


def no_konto() -> str:
    while True:
        x = no_mod11(rd1(10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if x:
            return f"{x[:4]}.{x[4:6]}.{x[6:]}"


def se_orgnr() -> str:
    b = "55" + rd(7)
    return f"{b[:6]}-{b[6:]}{luhn_digit(b)}"


def se_bankgiro() -> str:
    b = rd1(6)
    x = b + luhn_digit(b)
    return f"{x[:3]}-{x[3:]}"


def dk_cvr() -> str:
    while True:
        b = rd1(7)
        s = sum(int(a) * w for a, w in zip(b, [2, 7, 6, 5, 4, 3, 2]))
        c = (11 - s % 11) % 11
        if c < 10:
            return b + str(c)


def fi_ytunnus() -> str:
    while True:
        b = rd1(7)
        r = sum(int(a) * w for a, w in zip(b, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r != 1:
            return f"{b}-{0 if r == 0 else 11 - r}"


def br_cnj() -> str:
    n, a, j, tr, o = rd(7), str(R.randint(2015, 2024)), "8", f"{R.randint(1, 26):02d}", rd1(4)
    dd = 98 - (int(n + a + j + tr + o) * 100) % 97
    return f"{n}-{dd:02d}.{a}.{j}.{tr}.{o}"


def br_cns() -> str:
    while True:
        b = R.choice("789") + rd(13)
        s = sum(int(a) * (15 - i) for i, a in enumerate(b))
        c = (11 - s % 11) % 11
        if c < 10:
            x = b + str(c)
            return f"{x[:3]} {x[3:7]} {x[7:11]} {x[11:]}"


def es_cif() -> str:
    b = rd(7)
    s = sum(int(b[i]) for i in (1, 3, 5))
    for i in (0, 2, 4, 6):
        v = int(b[i]) * 2
        s += v // 10 + v % 10
    return R.choice("AB") + b + str((10 - s % 10) % 10)


def it_piva() -> str:
    b = rd1(7) + R.choice(["015", "058", "063", "001", "097"])
    return b + luhn_digit(b)


def ru_ogrn() -> str:
    b = "1" + R.choice(["02", "03", "05", "10", "12"]) + R.choice(["77", "78", "50"]) + rd(7)
    return b + str(int(b) % 11 % 10)


def iso7064_mod11_10(b: str) -> str:
    p = 10
    for ch in b:
        s = (int(ch) + p) % 10 or 10
        p = (2 * s) % 11
    return str((11 - p) % 10)


def rs_pib() -> str:
    b = "1" + rd(7)
    return b + iso7064_mod11_10(b)


def ro_cui() -> str:
    b = rd1(7)
    w = [7, 5, 3, 2, 1, 7, 5, 3, 2][-len(b):]
    return b + str(sum(int(a) * x for a, x in zip(b, w)) * 10 % 11 % 10)


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def cn_uscc() -> str:
    b = "91" + R.choice(["110105", "310115", "440300", "330100"]) + rs(9, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    c = (31 - sum(_USCC.index(a) * x for a, x in zip(b, w)) % 31) % 31
    return b + _USCC[c]


def th_corp() -> str:
    b = "0" + R.choice(["10", "105"]) + rd(12 - 1 - len("10"))
    b = b[:12]
    c = (11 - sum(int(a) * w for a, w in zip(b, range(13, 1, -1))) % 11) % 10
    return b + str(c)


def unionpay() -> str:
    return card("62" + R.choice(["2202", "2848", "1700", "2588"]), 19)


def ir_card() -> str:
    return card(R.choice(["603799", "610433", "627353", "589210"]), 16)


# =============================================================================
# GERMAN
# =============================================================================
v = de_steuerid()
S("de", "payroll", f"Lohnbüro, Rückruf Frau Yıldırım: Die Steuer-ID auf der Lohnsteuerbescheinigung war falsch übernommen. "
  f"Richtig ist {v}, ELStAM-Abruf neu anstoßen.", v)

v = de_kvnr()
S("de", "pharmacy", f"E-Rezept ließ sich nicht einlösen. Versichertennummer laut eGK: {v}, Kasse AOK Nordost. "
  f"Kundin kommt morgen mit der Karte wieder.", v)

v = pw(0)
S("de", "clinic", f"Gedanke: Die MFA hat mir das Praxis-PVS-Passwort in den Chat kopiert ({v}). Ich nutze es nur für den Export "
  f"der Quartalsabrechnung und empfehle danach eine Änderung.", v)

v = iban_de()
S("de", "hr", f"Personalakte Jonas Brandt – Änderung Bankverbindung ab 01.09.:\nKontoinhaber: Jonas Brandt\nIBAN: {g4(v)}\nBIC: GENODEF1S04", g4(v))

v = de_svnr()
S("de", "insurance", f"Antrag auf Erwerbsminderungsrente, Abschnitt 1: Versicherungsnummer {v}. Gutachten vom MDK liegt bei.", v)

v = pw(1)
S("de", "law", json.dumps({"tool": "bea_login", "arguments": {"kanzlei": "Hoffmann & Partner", "benutzer": "r.hoffmann",
                                                              "pin_softwarezertifikat": v}}, ensure_ascii=False), v)

I("de", "accounting", f"Rechnung Nr. 2024-1187 – Steuerberatung Kröger GmbH, Amtsgericht Hamburg HRB 1{rd(5)}, "
  f"USt-IdNr. {de_vat()}, Steuernummer 41/7{rd(2)}/0{rd(4)}. Zahlbar ohne Abzug binnen 14 Tagen.")

I("de", "pharmacy", f"Defektliste Montag: PZN {pzn()} (Ibuprofen 400, 50 St.), PZN {pzn()} (Pantoprazol 20), "
  f"PZN {pzn()} (Salbutamol DA) – Großhändler liefert Mittwoch.")

I("de", "court", f"Az. 3 O 145/23 LG Köln; Termin zur mündlichen Verhandlung am 14.03.2025, 10:30 Uhr, Saal 142. "
  f"Vgl. BGH, Urt. v. 12.07.2022 – VI ZR 1{rd(2)}/21, ECLI:DE:BGH:2022:120722UVIZR1{rd(2)}.21.0.")

I("de", "hr", "Hinweis an alle: Passwörter bitte nie per E-Mail schicken. Wer sein Kennwort für das Zeiterfassungsportal vergessen hat, "
  "nutzt „Passwort vergessen“ auf der Startseite.")

I("de", "clinic", f"Praxis Dr. Weber – BSNR 7{rd(8)}, LANR {rd(6)}{rd(1)}01. Quartalsabrechnung Q3 an KV übermittelt, "
  f"Übermittlungs-ID {uuid4()}.")

I("de", "bank", f"Zahlungsavis: Überweisung an Stadtwerke München GmbH, IBAN DE{rd(2)} 7015 0000 0000 {rd(4)} {rd(2)}, "
  f"Verwendungszweck „Kundennr. 4{rd(8)} Abschlag Juni“, Betrag 142,00 EUR.")

# =============================================================================
# FRENCH
# =============================================================================
v = fr_nir()
S("fr", "hospital", f"Admission urgences – patiente Mme Lefèvre, n° de sécurité sociale {v}, mutuelle MGEN. "
  f"Carte Vitale non présentée, droits vérifiés via ADRi.", v)

v = iban_fr()
S("fr", "payroll", f"Bonjour, suite à mon changement de banque, voici mon nouveau RIB pour la paie d'octobre : {g4(v)}. Merci ! Camille", g4(v))

v = pin(4) + R.choice("AB")
S("fr", "clinic", f"Pour l'astreinte du week-end : digicode de la porte du cabinet {v}, l'alarme se coupe avec le badge bleu.", v)

v = pw(0)
S("fr", "tax", f"Pensée : le client m'a donné l'accès à son espace impots.gouv (numéro fiscal + mot de passe « {v} ») "
  f"pour télécharger l'avis. Je ne dois pas conserver ce mot de passe.", v)

v = pw(1)
S("fr", "law", f"RPVA / clé Navista – code PIN du boîtier du cabinet : {v}. Ne pas diffuser hors du secrétariat.", v)

I("fr", "accounting", f"Facture F-2024-0913 — Cabinet Moreau Expertise SAS, SIRET {(_s := fr_siren())}{rd(4)}{rd(1)}, "
  f"TVA intracommunautaire {fr_tva(_s)}, RCS Lyon {_s[:3]} {_s[3:6]} {_s[6:]}.")

I("fr", "court", f"Tribunal judiciaire de Nanterre, n° RG 23/0{rd(4)}, n° Portalis DB3R-W-B7H-{rs(4, UP + DIG)}. "
  f"Audience de mise en état renvoyée au 12/02/2025.")

I("fr", "hospital", f"Établissement FINESS {R.choice(['75', '92', '69'])}0{rd(6)}, prescripteur RPPS 10{rd(9)}. "
  f"Ordonnance n° {rd(13)} dématérialisée.")

I("fr", "bank", "Rappel conformité : ne jamais demander au client son code confidentiel ni le cryptogramme de sa carte, "
  "même pour « vérifier » une opération.")

I("fr", "school", f"Inscription au collège : dossier n° INS-2024-{rd(5)}, code postal 69003, classe de 5e B, "
  f"numéro INE communiqué par l'ancien établissement (masqué : ******{rd(4)}).")

# =============================================================================
# SPANISH
# =============================================================================
v = es_dni()
S("es", "law", f"Poder notarial: comparece D. Álvaro Ruiz Cano, mayor de edad, con DNI {v}, en nombre propio.", v)

v = es_nie()
S("es", "hr", f"Alta en Seguridad Social de la nueva cuidadora: NIE {v}, contrato indefinido a jornada parcial desde el lunes.", v)

v = iban_es()
S("es", "insurance", f"Usuario: para el reembolso del siniestro ingresen en mi cuenta personal {g4(v)} por favor, la de la empresa ya no la uso.", g4(v))

v = rd(4)
S("es", "government", f"Cl@ve PIN generado para la ciudadana en ventanilla: {v}. Válido 10 minutos, se lo dicté por teléfono.", v)

v = pw(0)
S("es", "university", f"Herramienta `moodle_admin.reset_password` → {{\"ok\": true, \"usuario\": \"mgarcia23\", \"nueva_contrasena\": \"{v}\"}}", v)

I("es", "accounting", f"Factura 2024/0771 — Asesoría Martín S.L., NIF {es_cif()}, inscrita en el Registro Mercantil de Madrid, "
  f"tomo 3{rd(4)}, folio {rd(3)}. Base imponible 1.250,00 €, IVA 21 %.")

I("es", "court", f"Juzgado de Primera Instancia n.º 4 de Sevilla, procedimiento ordinario 1{rd(3)}/2023, NIG 41091420120230{rd(6)}. "
  f"Señalamiento: 18/03/2025.")

I("es", "hospital", "Nota de sistemas: la contraseña del HIS caduca cada 90 días; el aviso aparece 7 días antes. "
  "No compartáis el usuario con residentes.")

I("es", "pharmacy", f"Receta electrónica: CN {rd(6)}.{rd(1)} (omeprazol 20 mg), lote {rs(1, UP)}{rd(5)}, caducidad 08/2026; "
  f"identificador de dispensación {hx(8).upper()} (solo trazabilidad).")

I("es", "government", f"Su solicitud ha sido registrada con el número de expediente EXP-{rd(4)}/{rd(6)} y CSV {rs(20, UP + DIG)}. "
  f"Puede consultar el estado en la sede electrónica.")

# =============================================================================
# ITALIAN
# =============================================================================
v = it_cf("BNCGLU", female=True, town="F205")
S("it", "clinic", f"Prenotazione visita cardiologica per Giulia Bianchi, codice fiscale {v}, esenzione E01.", v)

v = iban_it()
S("it", "payroll", f"Variazione coordinate bancarie dipendente matr. 4471: nuovo IBAN {v} (conto personale cointestato).", v)

v = pw(0)
S("it", "government", f"Utente: non riesco a entrare con SPID. Username marco.rossi77, password {v}. Mi aiuti a scaricare il cassetto fiscale?", v)

v = otp(6)
S("it", "bank", f"Operatore: il cliente mi ha letto il codice OTP ricevuto via SMS ({v}) per confermare il bonifico. Procedura errata, segnalato.", v)

v = pin(5)
S("it", "hospital", f"Cambio turno: codice del tastierino della farmacia di reparto {v}. Non scriverlo sul foglio di consegne.", v)

I("it", "accounting", f"Studio Ferri & Associati — P.IVA {it_piva()}, REA MI-{rd(7)}, PEC studioferri@pec.it. "
  f"Fattura elettronica n. 118/2024, SDI {rs(7, UP + DIG)}.")

I("it", "pharmacy", f"Carico magazzino: AIC 0{rd(8)} (amoxicillina 1 g), AIC 0{rd(8)} (paracetamolo 500), lotto {rs(2, UP)}{rd(4)}, scad. 03/2027.")

I("it", "court", f"Tribunale di Roma, R.G. n. {rd(5)}/2023, sentenza n. {rd(4)}/2024 pubblicata il {dt()}. "
  f"Cfr. Cass. civ., Sez. III, ord. n. {rd(5)}/2022.")

I("it", "university", f"Verbale d'esame: matricola n. {rd(6)} (identificativo interno), insegnamento 72{rd(3)}, voto 28/30, "
  f"hash del verbale firmato {hx(64)}.")

I("it", "insurance", "Promemoria: l'operatore non deve mai chiedere la password dell'area clienti. In caso di blocco, "
  "inviare il link di recupero all'indirizzo registrato.")

# =============================================================================
# PORTUGUESE (Brazil)
# =============================================================================
v = br_cpf()
S("pt-BR", "tax", f"Cliente novo para IRPF 2024: Sr. Anderson Lima, CPF {v}, dependente a filha (CPF ainda não emitido).", v)

v = br_cns()
S("pt-BR", "clinic", f"Agendamento UBS Vila Nova — paciente Maria das Dores, Cartão SUS {v}, retorno em 30 dias.", v)

v = pw(0)
S("pt-BR", "government", f"Usuária pediu: \"entra no gov.br pra mim, CPF é o meu de sempre e a senha é {v}\". Recusei entrar por ela e expliquei a recuperação.", v)

v = card("5", 16)
S("pt-BR", "insurance", f"Atendimento seguradora 14h05 — segurado informou o cartão para débito da franquia: {g4(v)}, validade 04/28.", g4(v))

v = rs(32, LO + DIG)
S("pt-BR", "law", f"# integração com o PJe / tribunal\nPJE_USUARIO=escritorio.souza\nPJE_TOKEN_API={v}\nPJE_AMBIENTE=producao", v)

I("pt-BR", "court", f"Processo nº {br_cnj()} — 3ª Vara Cível. Intimação publicada no DJe em {dt()}; prazo de 15 dias úteis.")

I("pt-BR", "accounting", f"Nota fiscal de serviço nº 4{rd(4)} emitida por Contábil Ribeiro Ltda, CNPJ {br_cnpj()}, "
  f"inscrição municipal {rd(7)}-{rd(1)}. Valor R$ 2.380,00.")

I("pt-BR", "bank", f"Comprovante PIX: ID da transação E{rd(8)}{rd(12)}{rs(11, UP + DIG)}, valor R$ 150,00, "
  f"destino: Clínica Bem Estar (CNPJ {br_cnpj()}).")

I("pt-BR", "hospital", f"Pedido de exame nº {rd(10)}, código TUSS 40304361 (hemograma), CID-10 D50.9; CEP do paciente 04571-0{rd(2)}.")

I("pt-BR", "school", "Aviso da secretaria: a senha do portal do aluno é pessoal. Se esqueceu, clique em \"Esqueci minha senha\"; "
  "a escola nunca pede senha por WhatsApp.")

# =============================================================================
# PORTUGUESE (Portugal)
# =============================================================================
v = pt_nif()
S("pt-PT", "tax", f"Declaração de IRS do casal Antunes: NIF do sujeito passivo A {v}; senha do Portal das Finanças enviada por carta.", v)

v = rd1(9)
S("pt-PT", "hospital", f"Triagem: utente Joaquim Sousa, n.º de utente SNS {v}, pulseira amarela, aguarda observação.", v)

v = iban_pt()
S("pt-PT", "hr", f"Atualização de dados do colaborador: IBAN para vencimento {g4(v)}. Comprovativo bancário anexo.", g4(v))

I("pt-PT", "accounting", f"Fatura FT 2024/1{rd(3)} — Gabinete Contabilidade Alves, Lda., NIPC {pt_nif('5')}, "
  f"ATCUD {rs(8, UP + DIG)}-{rd(3)}. Pagamento por referência Multibanco: entidade 21{rd(3)}, referência {rd(3)} {rd(3)} {rd(3)}.")

I("pt-PT", "court", f"Processo n.º {rd(4)}/23.{rd(1)}T8LSB — Juízo Central Cível de Lisboa, J{R.randint(1, 20)}. Audiência final a {dt(2025)}.")

I("pt-PT", "pharmacy", f"Receita sem papel n.º 1{rd(18)}, código de acesso e dispensa enviado ao utente por SMS (não registado aqui). "
  f"CNPEM {rd(8)}.")

# =============================================================================
# DUTCH
# =============================================================================
v = nl_bsn()
S("nl", "clinic", f"Verwijzing fysiotherapie: patiënt mevr. De Vries, BSN {v}, verzekerd bij Zilveren Kruis.", v)

v = pw(0)
S("nl", "government", f"Gebruiker: mijn DigiD is gebruikersnaam pvandam en wachtwoord {v}. Kun je mijn toeslagen even checken?", v)

v = iban_generic("NL")
S("nl", "payroll", f"Salarisadministratie — wijziging rekeningnummer per 1 mei: {g4(v)} t.n.v. S. Bakker (privérekening).", g4(v))

v = rd(4)
S("nl", "school", f"Kluisjes onderbouw: kluis 212 van Noor heeft nu code {v}, de conciërge heeft de oude gereset.", v)

v = gl_pat()
S("nl", "university", f"Les geleerd: de CI-pipeline van het onderzoeksproject faalde omdat de GitLab-token verlopen was. "
  f"Nieuwe token {v} staat nu als masked variable in GitLab.", v)

I("nl", "accounting", f"Factuur 2024-0455 — Administratiekantoor Visser B.V., KvK {rd1(8)}, btw-id NL{rd(9)}B01. "
  f"Betalen binnen 14 dagen o.v.v. factuurnummer.")

I("nl", "court", f"Rechtbank Amsterdam, zaaknummer C/13/7{rd(5)} / HA ZA 23-{rd(3)}, ECLI:NL:RBAMS:2024:{rd(4)}. Rolzitting 6 november.")

I("nl", "clinic", f"Huisartsenpraktijk De Linde, AGB-code 01{rd(6)}, UZI-pas serienummer {rd(8)} verloopt 2026.")

I("nl", "insurance", f"Schadeclaim SCH-{rd(8)} ontvangen; polisnummer staat in het portaal, DNA-referentie {hx(12).upper()}. "
  f"Het wachtwoord van de klant is niet nodig voor de behandeling.")

I("nl", "bank", f"{ts()} INFO sepa-gw batch={uuid4()} msgs=412 rejected=3 hash={hx(40)}")

# =============================================================================
# POLISH
# =============================================================================
v = pl_pesel()
S("pl", "clinic", f"Rejestracja: pacjentka Anna Kowalczyk, PESEL {v}, skierowanie do poradni endokrynologicznej.", v)

v = otp(6)
S("pl", "bank", f"Klient podyktował mi kod BLIK {v}, żeby „anulować przelew” — typowy scenariusz oszustwa, blokada konta.", v)

v = iban_generic("PL")
S("pl", "payroll", f"Proszę o przelew wynagrodzenia na nowy rachunek: {g4(v)}. Pozdrawiam, Tomasz Wiśniewski", g4(v))

v = pw(0)
S("pl", "government", f"Myśl: urzędniczka podała hasło do konta ePUAP urzędu ({v}) w zgłoszeniu serwisowym. Trzeba je zmienić.", v)

v = pw(1)
S("pl", "law", f"{{\"tool\": \"portal_informacyjny.login\", \"args\": {{\"login\": \"kancelaria.nowak\", \"haslo\": \"{v}\"}}}}", v)

I("pl", "accounting", f"Faktura VAT nr FV/2024/11/0{rd(3)} — Biuro Rachunkowe Lewandowski sp. z o.o., NIP {pl_nip()}, "
  f"REGON {pl_regon()}, KRS 0000{rd(6)}.")

I("pl", "court", f"Sąd Rejonowy dla Warszawy-Mokotowa, sygn. akt I C {rd(4)}/23. Termin rozprawy: {dt(2025)}, sala 214.")

I("pl", "pharmacy", f"Recepta: kod dostępu przekazany pacjentowi SMS-em (nie zapisujemy go). Klucz recepty niedostępny. "
  f"EAN leku {ean13('590' + rd(9))}.")

I("pl", "hr", f"Numer ewidencyjny pracownika: 2024/{rd(4)}, dział płac, stanowisko 17. Hasło do systemu kadrowego zmieniane co kwartał.")

I("pl", "insurance", f"Szkoda nr {rd(4)}/{rd(6)}/2024 zarejestrowana {dt()}. Numer rachunku do wypłaty zweryfikowany (ostatnie cyfry ...{rd(4)}).")

# =============================================================================
# SWEDISH
# =============================================================================
v = se_pnr()
S("sv", "hospital", f"Remiss till ortopeden: patient Lars Nilsson, personnummer 19{v}, fall i hemmet, misstänkt höftfraktur.", v)

v = pw(0)
S("sv", "school", f"Skolplattformen: tillfälligt lösenord för vårdnadshavare Eriksson är {v}. Byts vid första inloggning.", v)

v = f"{rd1(4)}-{rd(1)} {rd(3)} {rd(3)} {rd(3)}"
S("sv", "payroll", f"Löneadministration: Ebba har bytt bank, nytt clearing- och kontonummer {v} (Swedbank).", v)

v = hx(64)
S("sv", "university", f"Tanke: Ladoks API-nyckel ligger i klartext i cron-jobbet: LADOK_API_KEY={v}. Flytta till secrets-hanteraren.", v)

I("sv", "accounting", f"Faktura 24-0318 från Revisionsbyrån Lund AB, org.nr {se_orgnr()}, bankgiro {se_bankgiro()}, "
  f"momsreg.nr SE{rd(10)}01.")

I("sv", "government", f"Ert ärende har diarienummer FK {rd(4)}-2024-{rd(4)}. Ange numret vid kontakt med Försäkringskassan.")

I("sv", "hospital", "Påminnelse från IT: lösenordet till journalsystemet byts var 180:e dag. Dela aldrig SITHS-kortets PIN-kod.")

I("sv", "bank", f"Swish-betalning mottagen: referens {rs(32, UP + DIG)}, belopp 450 kr, till 123 {rd(3)} {rd(2)} {rd(2)} (Tandläkare Berg AB).")

# =============================================================================
# NORWEGIAN
# =============================================================================
v = no_fnr()
S("no", "government", f"NAV-sak: søker oppgir fødselsnummer {v}; dagpengesøknad mottatt, mangler arbeidsgiverbekreftelse.", v)

v = no_konto()
S("no", "hr", f"Ny ansatt, lønnskonto {v} (personlig konto i DNB). Skattekort hentes automatisk.", v)

v = pw(0)
S("no", "clinic", f"Bruker: kan du logge inn i journalsystemet for meg? brukernavn legekontor2, passord {v}", v)

I("no", "accounting", f"Faktura 2024-771 fra Regnskapsbyrå Solberg AS, org.nr. {no_orgnr()} MVA, kontonummer for betaling {no_konto()}.")

I("no", "court", f"Oslo tingrett, saksnummer 23-1{rd(5)}TVI-TOSL/0{R.randint(1, 9)}. Hovedforhandling berammet til {dt(2025)}.")

I("no", "insurance", f"Skadenummer {rd(8)} registrert; referanse til forsikringsbevis sendt på e-post. Ingen passord eller BankID-koder skal oppgis i chatten.")

# =============================================================================
# DANISH
# =============================================================================
v = f"{dob6(50, 99)}-{rd(4)}"
S("da", "hospital", f"Indlæggelsesnotat: patient Mette Sørensen, CPR-nr. {v}, indlagt med pneumoni.", v)

v = rs(6, DIG) + "-" + rs(6, DIG)
S("da", "government", f"Borgeren fik en midlertidig MitID-aktiveringskode i borgerservice: {v}. Gyldig i 7 dage.", v)

v = pw(1)
S("da", "payroll", f"lønsystem.ini\n[db]\nserver=lon-sql01\nbruger=lon_app\nadgangskode={v}", v)

I("da", "accounting", f"Faktura nr. 2024-0391 — Revisionsfirmaet Holm ApS, CVR-nr. {dk_cvr()}, bank reg.nr. 5301 (firmakonto).")

I("da", "court", f"Retten i Aarhus, sagsnummer BS-{rd(5)}/2023-ARH. Retsmøde {dt(2025)} kl. 09:30, retssal 4.")

I("da", "school", "Forældreintra: husk at adgangskoden til Aula er personlig. Skolen spørger aldrig efter den pr. mail eller sms.")

# =============================================================================
# FINNISH
# =============================================================================
v = fi_hetu()
S("fi", "clinic", f"Ajanvaraus terveysasemalle: potilas Aino Virtanen, henkilötunnus {v}, Kela-korvaus haetaan suoraan.", v)

v = iban_generic("FI")
S("fi", "insurance", f"Korvaus maksetaan asiakkaan henkilökohtaiselle tilille {g4(v)} — tilinumero vahvistettu puhelimessa.", g4(v))

v = pw(0)
S("fi", "university", f"Ajatus: opiskelija lähetti Moodle-tunnuksensa ja salasanansa ({v}) tukipyyntöön. Poistetaan ja pyydetään vaihtamaan.", v)

I("fi", "accounting", f"Lasku 2024/0815 — Tilitoimisto Laine Oy, Y-tunnus {fi_ytunnus()}, viitenumero {rd(9)}{luhn_digit(rd(3))}, eräpäivä {dt()}.")

I("fi", "government", f"Asianne diaarinumero VN/{rd(4)}/2024 on kirjattu. Käsittelyaika noin 3 kuukautta.")

I("fi", "hospital", f"{ts()} ERROR kanta-gw: allekirjoitus epäonnistui, varmenteen sarjanumero {hx(32).upper()}, yritetään uudelleen")

# =============================================================================
# ESTONIAN
# =============================================================================
v = ee_ik()
S("et", "government", f"Sotsiaalkindlustusameti taotlus: taotleja isikukood {v}, toetus määratakse alates järgmisest kuust.", v)

v = pin(4)
v2 = pin(5)
S("et", "bank", f"Klient kirjutas vestlusesse: „minu ID-kaardi PIN1 on {v} ja PIN2 {v2}, palun kinnitage makse“. Vestlus kustutati.", v2)

v = pw(0)
S("et", "school", f"eKooli õpetajakonto ajutine parool: {v}. Palun muuda see esimesel sisselogimisel.", v)

I("et", "accounting", f"Arve nr 2024-118 — Raamatupidamisbüroo Tamm OÜ, registrikood 1{rd(7)}, KMKR EE10{rd(7)}.")

I("et", "court", f"Harju Maakohus, tsiviilasi nr 2-23-{rd(5)}. Kohtuistung {dt(2025)} kell 10:00.")

I("et", "hospital", "Meeldetuletus: digiretsepti süsteemi parool on isiklik; ID-kaardi PIN-koode ei tohi kunagi kolleegile öelda.")

# =============================================================================
# CZECH
# =============================================================================
v = cz_rc(female=True)
S("cs", "clinic", f"Objednání na ortopedii: pacientka Jana Nováková, rodné číslo {v}, pojišťovna 111.", v)

v = pw(0)
S("cs", "law", f"Uživatel: přístup do datové schránky kanceláře — login kancl4821, heslo {v}. Stáhni prosím dnešní doručenky.", v)

v = f"{rd(6)}-{rd1(10)}/0800"
S("cs", "payroll", f"Mzdová účetní: zaměstnanec Petr Dvořák si změnil účet pro výplatu na {v} (osobní účet).", v)

I("cs", "accounting", f"Faktura č. 2024{rd(4)} — Účetní kancelář Svoboda s.r.o., IČO {cz_ico()}, DIČ CZ{cz_ico()}. "
  f"Variabilní symbol {rd(10)}.")

I("cs", "court", f"Okresní soud v Brně, sp. zn. 23 C {rd(3)}/2023. Jednání nařízeno na {dt(2025)}.")

I("cs", "government", "Heslo k portálu občana si nastavte sami; úřad ho nikdy nezjišťuje telefonicky ani e-mailem.")

# =============================================================================
# ROMANIAN
# =============================================================================
v = ro_cnp()
S("ro", "hospital", f"Foaie de observație: pacient Ion Popescu, CNP {v}, internat pe secția de cardiologie.", v)

v = iban_generic("RO")
S("ro", "hr", f"Vă rog să virați salariul în contul meu personal {g4(v)}, deschis la BT. Mulțumesc, Andreea", g4(v))

v = pw(1)
S("ro", "tax", f"Gând: clientul mi-a trimis parola SPV ANAF ({v}) pe e-mail. Nu o salvez; îi cer să folosească împuternicirea.", v)

I("ro", "accounting", f"Factura seria CBX nr. 0{rd(4)} — Contabilitate Ionescu SRL, CUI RO{ro_cui()}, J40/{rd(4)}/2015.")

I("ro", "court", f"Tribunalul București, dosar nr. {rd(5)}/3/2023, termen de judecată {dt(2025)}, complet C{R.randint(1, 20)}.")

I("ro", "insurance", f"Dosar daună nr. {rd(6)}/2024 deschis. Număr poliță RCA comunicat clientului; niciun cod sau parolă nu este necesar.")

# =============================================================================
# GREEK
# =============================================================================
v = gr_amka()
S("el", "clinic", f"Ραντεβού στο ΚΥ: ασθενής Ελένη Παπαδοπούλου, ΑΜΚΑ {v}, παραπεμπτικό για υπέρηχο.", v)

v = gr_afm("1")
S("el", "tax", f"Φορολογική δήλωση: ο πελάτης Νίκος Γεωργίου, ΑΦΜ {v}, ΔΟΥ Αμπελοκήπων. Εκκαθάριση μέχρι 31/7.", v)

v = pw(0)
S("el", "government", f"Χρήστης: οι κωδικοί μου στο Taxisnet είναι ngeorgiou / {v}, κάνε μου την αίτηση για το επίδομα.", v)

I("el", "accounting", f"Τιμολόγιο 2024/0{rd(3)} — Λογιστικό Γραφείο Αντωνίου Ο.Ε., ΑΦΜ {gr_afm('0')}, ΓΕΜΗ {rd(12)}.")

I("el", "court", f"Πρωτοδικείο Αθηνών, αριθμός κατάθεσης αγωγής {rd(5)}/{rd(4)}/2023. Συζήτηση στις {dt(2025)}.")

I("el", "pharmacy", f"Εκτέλεση συνταγής: barcode συνταγής {rd(13)}, κωδικός ΕΟΦ {rd(7)}, παρτίδα {rs(2, UP)}{rd(4)}.")

# =============================================================================
# TURKISH
# =============================================================================
v = tr_tckn()
S("tr", "hospital", f"Acil servis kaydı: hasta Mehmet Yılmaz, T.C. Kimlik No {v}, SGK provizyonu alındı.", v)

v = pw(0)
S("tr", "government", f"Kullanıcı: e-Devlet şifrem {v}, TC'mi biliyorsun zaten; SGK hizmet dökümümü indirir misin?", v)

v = iban_generic("TR")
S("tr", "payroll", f"Bordro birimi: Ayşe Demir maaş hesabını değiştirdi, yeni IBAN {g4(v)} (kişisel vadesiz hesap).", g4(v))

v = otp(6)
S("tr", "bank", f"Çağrı kaydı notu: müşteri SMS ile gelen tek kullanımlık şifreyi ({v}) temsilciye okudu; işlem iptal edildi.", v)

I("tr", "accounting", f"Fatura No: GIB2024000{rd(6)} — Yıldız Mali Müşavirlik Ltd. Şti., Vergi No {rd1(10)}, MERSİS No 0{rd(15)}.")

I("tr", "court", f"İstanbul 12. Asliye Hukuk Mahkemesi, Esas No: 2023/{rd(3)}, Karar No: 2024/{rd(3)}. Duruşma {dt(2025)}.")

I("tr", "school", "Veli bilgilendirmesi: e-Okul şifrenizi kimseyle paylaşmayın; okul idaresi şifre istemez.")

I("tr", "insurance", f"Hasar dosya no {rd(10)}, poliçe yenileme tarihi {dt(2025)}; {ts()} işlem id {uuid4()}.")

# =============================================================================
# RUSSIAN
# =============================================================================
v = ru_snils()
S("ru", "hr", f"Отдел кадров: новый сотрудник Иванова Е. П., СНИЛС {v}, приказ о приёме №112-к от 03.06.", v)

v = ru_inn12()
S("ru", "tax", f"Клиент для 3-НДФЛ: Смирнов Алексей, ИНН {v}, вычет за лечение, справки из клиники приложены.", v)

v = pw(0)
S("ru", "government", f"Пользователь: логин на Госуслугах — мой телефон, пароль {v}. Подай, пожалуйста, заявление на пособие.", v)

v = card("2200", 16)
S("ru", "insurance", f"Страховая выплата: клиент просит перевести на карту «Мир» {g4(v)} вместо счёта.", g4(v))

v = f"{rd(4)} {rd(6)}"
S("ru", "law", f"Доверенность: Петров Сергей Николаевич, паспорт гражданина РФ серия и номер {v}, выдан ГУ МВД по г. Москве.", v)

I("ru", "accounting", f"Счёт № {rd(3)} от {dt()} — ООО «Бухгалтерия Плюс», ИНН {ru_inn10()}, КПП 7{rd(2)}01001, ОГРН {ru_ogrn()}, "
  f"БИК 04452{rd(4)}.")

I("ru", "court", f"Арбитражный суд г. Москвы, дело № А40-{rd(6)}/23-1{rd(2)}-{rd(3)}. Заседание назначено на {dt(2025)}.")

I("ru", "bank", "Памятка операционисту: никогда не спрашивайте у клиента CVC-код, ПИН-код или код из СМС. Сотрудники банка их не запрашивают.")

I("ru", "pharmacy", f"Приход товара: ЛП-00{rd(4)} (регистрационный номер), серия {rd(6)}, годен до 11.2026, штрихкод {ean13('460' + rd(9))}.")

I("ru", "university", f"Приказ о зачислении № {rd(4)}-с; номер зачётной книжки в ЛК студента; sha1 выгрузки {hx(40)}.")

# =============================================================================
# UKRAINIAN
# =============================================================================
v = ua_rnokpp()
S("uk", "tax", f"Декларація ФОП: клієнтка Коваленко Олена, РНОКПП {v}, 3-тя група єдиного податку.", v)

v = iban_generic("UA")
S("uk", "hr", f"Прошу перераховувати заробітну плату на мій особистий рахунок {v}. Мельник Андрій", v)

v = pw(0)
S("uk", "government", f"Думка агента: користувач надіслав пароль від кабінету ЦНАП ({v}) у відкритому чаті. Порадити змінити.", v)

I("uk", "accounting", f"Рахунок-фактура № {rd(4)} — ТОВ «Аудит-Сервіс», код ЄДРПОУ {rd1(8)}, IBAN для оплати вказано в договорі.")

I("uk", "court", f"Справа № 757/{rd(5)}/23-ц, Печерський районний суд м. Києва. Засідання {dt(2025)}.")

I("uk", "hospital", f"Електронне направлення № {rs(4, UP + DIG)}-{rs(4, UP + DIG)}-{rs(4, UP + DIG)}-{rs(4, UP + DIG)}, дійсне до {dt()}.")

# =============================================================================
# HEBREW
# =============================================================================
v = il_id()
S("he", "clinic", f"זימון תור: המטופלת רחל כהן, ת.ז. {v}, קופת חולים מכבי, הפניה לקרדיולוג.", v)

v = pw(0)
S("he", "law", f"משתמש: הסיסמה לנט המשפט של המשרד היא {v}, תגיש בבקשה את הבקשה לדחיית מועד.", v)

v = otp(6)
S("he", "bank", f"הלקוח הקריא לנציג את קוד האימות שקיבל ב-SMS: {v}. הנציג חסם את הפעולה.", v)

I("he", "accounting", f"חשבונית מס 2024-{rd(4)} — משרד רואי חשבון לוי ושות', ח.פ. {(_hp := '51' + rd(6)) + luhn_digit(_hp)}, עוסק מורשה.")

I("he", "court", f"בית משפט השלום בתל אביב, ת\"א {rd(5)}-0{R.randint(1, 9)}-23. דיון הוכחות ב-{dt(2025)}.")

I("he", "hr", "תזכורת: אין לשלוח סיסמאות בדוא\"ל. איפוס סיסמה למערכת השכר נעשה רק דרך הפורטל.")

# =============================================================================
# ARABIC
# =============================================================================
v = sa_nid()
S("ar", "insurance", f"طلب موافقة مسبقة: المؤمن عليه عبدالله القحطاني، رقم الهوية الوطنية {v}، فئة الوثيقة VIP.", v)

v = iban_generic("SA")
S("ar", "payroll", f"قسم الرواتب: الموظف خالد العتيبي طلب تحويل راتبه إلى حسابه الشخصي الجديد {g4(v)} في مصرف الراجحي.", g4(v))

v = pw(0)
S("ar", "government", f"المستخدم: اسم المستخدم في أبشر هو رقم هويتي وكلمة المرور {v}، جدد لي الإقامة للعامل من فضلك.", v)

v = otp(4)
S("ar", "bank", f"ملاحظة المكالمة: العميل قرأ رمز التحقق {v} المرسل إلى جواله لشخص ادعى أنه من البنك، تم إيقاف البطاقة.", v)

v = "784" + str(R.randint(1965, 1999)) + rd(7)
v = v + luhn_digit(v)
S("ar", "hospital", f"ملف المريضة فاطمة الزهراني: رقم الهوية الإماراتية 784-{v[3:7]}-{v[7:14]}-{v[14]}، تحويل إلى عيادة الغدد.",
  f"784-{v[3:7]}-{v[7:14]}-{v[14]}")

I("ar", "accounting", f"فاتورة ضريبية رقم INV-{rd(5)} — مكتب الخبراء للمحاسبة، سجل تجاري 1010{rd(6)}، الرقم الضريبي 3{rd(13)}3.")

I("ar", "court", f"المحكمة العامة بالرياض، رقم القضية {rd(9)}، تاريخ الجلسة {dt(2025)}، الدائرة {R.randint(1, 30)}.")

I("ar", "clinic", "تنبيه: لا تشارك كلمة المرور الخاصة بنظام الملفات الطبية مع أي زميل، ولا يطلبها قسم تقنية المعلومات أبداً.")

I("ar", "bank", f"مرجع الحوالة SWIFT: {rs(16, UP + DIG)}، رمز البنك RJHISARI، المبلغ 12,500.00 ريال، {ts()}.")

I("ar", "school", f"رقم طلب القبول {rd(8)}، الرمز البريدي 12271، هاتف المدرسة 011 {rd(3)} {rd(4)}.")

# =============================================================================
# ARABIZI (Arabic in Latin script, Franco-Arabic)
# =============================================================================
v = pw(0)
S("ar-Latn", "university", f"ya 3amm el password bta3 el portal howa {v} , sagelni fel courses 3ashan el deadline bokra", v)

v = otp(6)
S("ar-Latn", "bank", f"el code elli gali 3al mobile {v} , e3melo confirm bsor3a abl ma ye5las", v)

I("ar-Latn", "hospital", f"el ta7lil gahz, raqam el talab {rd(7)}, ta3ala el sa3a 10 w matensash el kart.")

I("ar-Latn", "law", "mafish da3i tb3at el password fel whatsapp, el mo7ami hayeb3atlak link te3mel reset menno.")

# =============================================================================
# PERSIAN
# =============================================================================
v = ir_melli()
S("fa", "insurance", f"پرونده خسارت درمان: بیمه‌شده علی رضایی، کد ملی {v}، بیمارستان میلاد.", v)

v = ir_card()
S("fa", "bank", f"مشتری شماره کارت {g4(v, '-')} و رمز دوم را در تماس گفت؛ کارت مسدود شد.", g4(v, '-'))

v = iban("IR", "0" + R.choice(["12", "17", "55", "57"]) + "0" + rd(18))
S("fa", "hr", f"واحد حقوق: شماره شبای شخصی کارمند جدید {v} است، لطفاً در سیستم ثبت شود.", v)

v = pw(0)
S("fa", "university", f"دانشجو در تیکت نوشته: «نام کاربری ۹۸۱۲۳۴۵ و رمز عبورم {v} است، ثبت‌نام ترم را انجام دهید.»", v)

I("fa", "accounting", f"فاکتور شماره {rd(5)} — شرکت حسابداری پارس، شناسه ملی {rd1(11)}، کد اقتصادی {rd1(12)}.")

I("fa", "court", f"دادگاه عمومی حقوقی تهران، شماره پرونده {rd(16)}، وقت رسیدگی {dt(2025)}.")

I("fa", "clinic", f"نوبت شما ثبت شد. کد پیگیری {rd(8)}، کد پستی مطب ۱۵۸۷۶-۴۳۱۱۴.")

I("fa", "school", "یادآوری: رمز عبور سامانه دانش‌آموزی را به هیچ‌کس ندهید؛ مدرسه هرگز آن را تلفنی نمی‌پرسد.")

# =============================================================================
# HINDI
# =============================================================================
v = aadhaar()
S("hi", "bank", f"केवाईसी अपडेट: ग्राहक श्री राजेश कुमार, आधार संख्या {v}, पते का प्रमाण संलग्न।", v)

v = in_pan_person()
S("hi", "tax", f"आयकर रिटर्न के लिए क्लाइंट सुनीता शर्मा का पैन {v} है, फॉर्म 16 मिल गया है।", v)

v = otp(6)
S("hi", "government", f"उपयोगकर्ता: मेरे फ़ोन पर OTP आया है {v}, इसे डालकर राशन कार्ड का आवेदन जमा कर दो।", v)

v = pw(0)
S("hi", "hospital", f"विचार: नर्सिंग स्टाफ़ ने HMIS का पासवर्ड {v} वार्ड के व्हाइटबोर्ड पर लिख दिया है, तुरंत बदलवाना चाहिए।", v)

I("hi", "accounting", f"बिल संख्या {rd(4)}/24-25 — शर्मा एंड एसोसिएट्स, GSTIN {in_gstin()}, IFSC HDFC0{rd(6)}।")

I("hi", "court", f"जिला न्यायालय लखनऊ, वाद संख्या {rd(3)}/2023, अगली सुनवाई {dt(2025)}।")

I("hi", "pharmacy", f"दवा का बैच नंबर {rs(3, UP)}{rd(5)}, समाप्ति 09/2026, बिल नंबर PH-{rd(6)}।")

I("hi", "school", "सूचना: अभिभावक पोर्टल का पासवर्ड किसी के साथ साझा न करें। स्कूल कभी OTP नहीं माँगता।")

# =============================================================================
# HINGLISH (Hindi in Latin script, code-switching)
# =============================================================================
v = pin(6)
S("hi-Latn", "bank", f"Customer ne call pe bola 'mera UPI PIN {v} hai, refund jaldi karo' — humne turant mana kiya aur account flag kiya.", v)

v = pw(0)
S("hi-Latn", "hr", f"Bhai HRMS ka login de raha hoon, user amit.verma aur password {v} — meri leave approve kar dena aaj.", v)

v = aadhaar()
S("hi-Latn", "insurance", f"Claim ke liye patient ka Aadhaar {v} hai, card ki photo baad mein bhejta hoon.", v)

I("hi-Latn", "clinic", f"Appointment confirm ho gaya, token number {R.randint(10, 99)}, Dr. Mehta, OPD 3. Payment ka UPI ID clinic@okhdfcbank pe bhejo.")

I("hi-Latn", "government", f"Aapka application number {rs(2, UP)}{rd(12)} hai, status 'under verification'. OTP kisi ko mat batana.")

I("hi-Latn", "bank", f"NEFT ho gaya, UTR {rs(4, UP)}{rd(12)}, amount Rs 25,000. Receipt mail kar diya.")

# =============================================================================
# BENGALI
# =============================================================================
v = rd1(10)
S("bn", "government", f"ভাতার আবেদন: আবেদনকারী রহিমা খাতুন, জাতীয় পরিচয়পত্র নম্বর {v}, ইউনিয়ন পরিষদ যাচাই করবে।", v)

v = pin(5)
S("bn", "bank", f"গ্রাহক জানালেন প্রতারক ফোনে তার বিকাশ পিন {v} জেনে নিয়েছে; অ্যাকাউন্ট সাময়িক বন্ধ করা হয়েছে।", v)

v = pw(0)
S("bn", "school", f"শিক্ষক পোর্টালের অস্থায়ী পাসওয়ার্ড: {v} — প্রথমবার লগইনের পর পরিবর্তন করুন।", v)

I("bn", "hospital", f"রোগীর টিকিট নম্বর {rd(6)}, ওয়ার্ড ৫, বেড ১২। রিপোর্ট সংগ্রহের তারিখ {dt()}।")

I("bn", "accounting", f"চালান নম্বর {rd(5)}, ট্রেড লাইসেন্স {rd(8)}, BIN {rd(9)}-{rd(4)} (প্রতিষ্ঠানের ভ্যাট নিবন্ধন)।")

I("bn", "bank", "সতর্কবার্তা: ব্যাংক কখনো আপনার পিন বা ওটিপি জানতে চায় না।")

# =============================================================================
# TAMIL
# =============================================================================
v = aadhaar()
S("ta", "hospital", f"நோயாளர் பதிவு: திருமதி லட்சுமி, ஆதார் எண் {v}, முதலமைச்சர் காப்பீட்டுத் திட்டம்.", v)

v = pw(0)
S("ta", "university", f"மாணவர் மின்னஞ்சல்: என் ERP கடவுச்சொல் {v}, தேர்வுக் கட்டணத்தை நீங்களே செலுத்த முடியுமா?", v)

v = in_pan_person()
S("ta", "tax", f"வாடிக்கையாளர் முருகன் அவர்களின் பான் எண் {v}; படிவம் 26AS பதிவிறக்கம் செய்யப்பட்டது.", v)

I("ta", "court", f"சென்னை உயர் நீதிமன்றம், W.P. No. {rd(5)} of 2023, அடுத்த விசாரணை {dt(2025)}.")

I("ta", "pharmacy", f"மருந்து தொகுதி எண் {rs(2, UP)}{rd(6)}, காலாவதி 12/2026, ரசீது எண் {rd(7)}.")

I("ta", "school", "பெற்றோர் கவனத்திற்கு: பள்ளி ஒருபோதும் கடவுச்சொல் அல்லது OTP கேட்காது.")

# =============================================================================
# THAI
# =============================================================================
v = th_id()
S("th", "hospital", f"ทะเบียนผู้ป่วย: นางสาวสุภาพร ใจดี เลขประจำตัวประชาชน {v} สิทธิบัตรทอง", v)

v = otp(6)
S("th", "bank", f"ลูกค้าแจ้งว่าได้บอกรหัส OTP {v} ให้คนที่โทรมาอ้างเป็นเจ้าหน้าที่ ระงับบัญชีชั่วคราวแล้ว", v)

v = pw(0)
S("th", "hr", f"ผู้ใช้: รหัสผ่านระบบเงินเดือนของฉันคือ {v} ช่วยดาวน์โหลดสลิปเดือนนี้ให้หน่อย", v)

v = f"{rd(3)}-{rd(1)}-{rd(5)}-{rd(1)}"
S("th", "payroll", f"พนักงานใหม่ขอให้โอนเงินเดือนเข้าบัญชีส่วนตัว ธนาคารกสิกรไทย เลขที่ {v}", v)

_tc = th_corp()
I("th", "accounting", f"ใบกำกับภาษีเลขที่ INV{rd(6)} บริษัท สำนักงานบัญชีสยาม จำกัด เลขประจำตัวผู้เสียภาษี {_tc} (สำนักงานใหญ่)")

I("th", "court", f"ศาลแพ่ง คดีหมายเลขดำที่ พ.{rd(4)}/2566 นัดสืบพยาน {dt(2025)}")

I("th", "pharmacy", f"ยาล็อต {rs(2, UP)}{rd(5)} หมดอายุ 10/2026 เลขทะเบียนยา 1A {rd(2)}/{rd(2)}")

I("th", "school", "ประกาศ: โรงเรียนไม่เคยขอรหัสผ่านหรือรหัส OTP ทางโทรศัพท์ กรุณาอย่าเปิดเผยให้ผู้อื่น")

# =============================================================================
# VIETNAMESE
# =============================================================================
v = "0" + R.choice(["01", "79", "48", "31"]) + R.choice("0123") + rd(8)
S("vi", "government", f"Hồ sơ trợ cấp: người nộp đơn Nguyễn Thị Hoa, số CCCD {v}, thường trú quận Ba Đình.", v)

v = pw(0)
S("vi", "university", f"Sinh viên nhắn: mật khẩu cổng đào tạo của em là {v}, thầy đăng ký học phần giúp em với ạ.", v)

v = rd1(13)
S("vi", "bank", f"Khách hàng yêu cầu hoàn tiền về tài khoản cá nhân số {v} tại Vietcombank, chủ tài khoản Trần Văn Nam.", v)

v = otp(6)
S("vi", "insurance", f"Người dùng: mã OTP vừa gửi là {v}, bạn nhập giúp mình để xác nhận hồ sơ bồi thường nhé.", v)

I("vi", "accounting", f"Hóa đơn số 000{rd(4)}, ký hiệu 1C24T{rs(2, UP)}, Công ty TNHH Kế toán Việt, mã số thuế 0{rd(9)}.")

I("vi", "court", f"Tòa án nhân dân quận 1, thụ lý số {rd(3)}/2023/TLST-DS, phiên tòa ngày {dt(2025)}.")

I("vi", "hospital", f"Mã hồ sơ khám {rd(10)}, mã ICD J18.9, số phiếu thu {rd(7)}.")

I("vi", "school", "Lưu ý: nhà trường không bao giờ hỏi mật khẩu hoặc mã OTP của phụ huynh qua điện thoại.")

# =============================================================================
# INDONESIAN
# =============================================================================
v = R.choice(["3174", "3273", "3578", "5171"]) + rd(2) + dob6(60, 99) + rd(4)
S("id", "government", f"Pengajuan bansos: pemohon Siti Rahayu, NIK {v}, domisili Kelurahan Menteng.", v)

v = f"000{rd(10)}"
S("id", "insurance", f"Klaim rawat inap: peserta Budi Santoso, nomor kartu BPJS Kesehatan {v}, kelas 2.", v)

v = pw(0)
S("id", "hr", f"Pikiran agen: karyawan mengirim kata sandi portal HRIS-nya ({v}) lewat grup WhatsApp kantor. Minta dia segera menggantinya.", v)

v = f"{rd(2)}.{rd(3)}.{rd(3)}.{rd(1)}-{rd(3)}.{rd(3)}"
S("id", "tax", f"SPT Tahunan pribadi: klien Dewi Lestari, NPWP {v}, status K/1.", v)

I("id", "accounting", f"Faktur pajak nomor 010.00{rd(1)}-24.{rd(8)} dari PT Akuntan Nusantara; NIB perusahaan {rd(13)}.")

I("id", "court", f"Pengadilan Negeri Jakarta Selatan, perkara nomor {rd(3)}/Pdt.G/2023/PN JKT.SEL, sidang berikutnya {dt(2025)}.")

I("id", "pharmacy", f"Nomor resi pengiriman obat JNE {rd(16)}, nomor izin edar DKL{rd(10)}A1.")

I("id", "bank", "Pengingat: petugas bank tidak pernah meminta PIN, kode OTP, atau kata sandi mobile banking Anda.")

# =============================================================================
# FILIPINO / TAGALOG (with English code-switching)
# =============================================================================
v = f"{rd(2)}-{rd(9)}-{rd(1)}"
S("tl", "hospital", f"Admission: pasyente si Maria Santos, PhilHealth ID no. {v}, member category formal economy.", v)

v = pw(0)
S("tl", "hr", f"User: Eto yung password ko sa payroll portal, {v} — paki-download naman ng payslip ko ngayong cutoff.", v)

v = f"{rd(2)}-{rd(7)}-{rd(1)}"
S("tl", "government", f"Aplikasyon sa salary loan: miyembro Jose Reyes, SSS number {v}, employer on record ABC Foods.", v)

I("tl", "accounting", f"Official Receipt No. {rd(6)}, TIN ng kumpanya {rd(3)}-{rd(3)}-{rd(3)}-000, BIR RDO 050.")

I("tl", "court", f"Regional Trial Court Branch {R.randint(1, 99)}, Civil Case No. R-QZN-23-0{rd(4)}-CV, hearing sa {dt(2025)}.")

I("tl", "school", "Paalala: huwag ibigay ang password o OTP sa kahit sino. Hindi ito hihingin ng registrar.")

# =============================================================================
# CHINESE (Simplified)
# =============================================================================
v = cn_id()
S("zh", "hospital", f"住院登记：患者王丽，身份证号 {v}，医保类型：城镇职工。", v)

v = unionpay()
S("zh", "insurance", f"理赔款请打到我本人的银行卡 {g4(v)}，开户行招商银行深圳分行。", g4(v))

v = otp(6)
S("zh", "bank", f"客户说刚才把短信验证码 {v} 告诉了“客服”，疑似诈骗，已冻结账户。", v)

v = pw(0)
S("zh", "university", f"工具调用结果：{{\"status\": \"ok\", \"student_id\": \"2021{rd(6)}\", \"temp_password\": \"{v}\"}}", v)

v = rs(43, AN + "-_")
S("zh", "accounting", f"思考：财务系统配置里有企业微信的 corpsecret={v}，这是明文，应该移到密钥管理服务。", v)

I("zh", "accounting", f"发票号码 {rd(8)}，开票方：上海信达会计师事务所，统一社会信用代码 {cn_uscc()}。")

I("zh", "court", f"（2023）京0105民初{rd(5)}号，开庭时间 {dt(2025)} 上午9:30，第三法庭。")

I("zh", "pharmacy", f"药品批号 {rd(8)}，有效期至 2026-08，国药准字H{rd(8)}，追溯码 {rd(20)}。")

I("zh", "hospital", "提醒：HIS 系统密码请勿写在便签上，信息科不会通过电话索要密码或验证码。")

I("zh", "bank", f"快递单号 SF{rd(13)}，订单号 {rd(18)}，交易流水号 {hx(24).upper()}。")

# =============================================================================
# CHINESE (Traditional, Taiwan)
# =============================================================================
v = tw_id()
S("zh-TW", "clinic", f"掛號資料：病患陳美玲，身分證字號 {v}，健保身分一般。", v)

v = pw(0)
S("zh-TW", "law", f"使用者：事務所司法院線上起訴系統的密碼是 {v}，請幫我送出狀紙。", v)

v = rd1(12)
S("zh-TW", "insurance", f"理賠申請：被保險人林志明，健保卡號 {v}，住院五日。", v)

I("zh-TW", "accounting", f"統一發票 {rs(2, UP)}-{rd(8)}，賣方：信義會計師事務所，統一編號 {tw_ubn()}。")

I("zh-TW", "court", f"臺灣臺北地方法院 112年度訴字第{rd(4)}號，言詞辯論期日 {dt(2025)}。")

I("zh-TW", "school", "公告：學校不會以電話或簡訊索取家長的密碼或驗證碼，請勿提供。")

# =============================================================================
# JAPANESE
# =============================================================================
v = jp_mynumber()
S("ja", "payroll", f"年末調整：扶養控除等申告書に記載のマイナンバー {v}（佐藤 花子）を給与システムに登録済み。", v)

v = pin(4)
S("ja", "bank", f"お客様がお電話口でキャッシュカードの暗証番号（{v}）を口にされたため、記録せずカード再発行を案内。", v)

v = pw(0)
S("ja", "clinic", f"ユーザー：電子カルテのログインIDは nurse_tanaka、パスワードは {v} です。検査結果を見てもらえますか？", v)

v = f"{R.choice(['TK', 'TR', 'MZ'])}{rd(7)}"
S("ja", "government", f"在留資格変更申請：申請人の旅券番号 {v}、在留カード番号は別紙参照。", v)

v = rs(40, AN)
S("ja", "university", f"メモ：学務システムの API キーが Slack に貼られていた（{v}）。失効させて新しいキーを発行すること。", v)

I("ja", "accounting", f"請求書番号 2024-{rd(4)}　山田会計事務所　法人番号 {jp_corp()}　登録番号 T{jp_corp()}")

I("ja", "court", f"東京地方裁判所 令和5年(ワ)第{rd(5)}号　口頭弁論期日 {dt(2025)} 午後1時30分")

I("ja", "pharmacy", f"処方箋受付番号 {rd(6)}、JANコード {ean13('49' + rd(10))}、ロット {rs(1, UP)}{rd(5)}、使用期限 2026.09")

I("ja", "hospital", "お知らせ：電子カルテのパスワードは90日ごとに変更が必要です。他人に教えないでください。")

I("ja", "insurance", f"事故受付番号 {rd(10)}、〒150-00{rd(2)}、お問い合わせは 0120-{rd(3)}-{rd(3)} まで。")

# =============================================================================
# KOREAN
# =============================================================================
v = kr_rrn()
S("ko", "hospital", f"입원 접수: 환자 김민지, 주민등록번호 {v}, 건강보험 지역가입자.", v)

v = pw(0)
S("ko", "university", f"사용자: 포털 비밀번호가 {v} 인데, 수강신청 대신 해줄 수 있어요?", v)

v = f"{rd(3)}-{rd(6)}-{rd(2)}-{rd(3)}"
S("ko", "payroll", f"급여 담당: 신입사원 박준호 급여계좌 {v} (국민은행, 본인 명의)로 등록 완료.", v)

v = otp(6)
S("ko", "bank", f"상담 메모: 고객이 문자로 받은 인증번호 {v}를 사기범에게 알려줌. 계좌 지급정지 요청.", v)

v = f"M{rd(8)}"
S("ko", "law", f"위임장 첨부: 의뢰인 이서연 여권번호 {v}, 출입국 사실증명 발급 예정.", v)

I("ko", "accounting", f"세금계산서 승인번호 {rd(8)}-{rd(8)}-{rd(8)}, 공급자 사업자등록번호 {kr_brn()} (한빛회계법인).")

I("ko", "court", f"서울중앙지방법원 2023가단{rd(6)} 손해배상, 변론기일 {dt(2025)} 14:00.")

I("ko", "pharmacy", f"처방전 교부번호 {rd(13)}, 약품 표준코드 880{rd(10)}, 제조번호 {rs(1, UP)}{rd(4)}.")

I("ko", "school", "가정통신문: 학교는 학부모님께 비밀번호나 인증번호를 묻지 않습니다.")

I("ko", "government", f"민원 접수번호 {rd(4)}-{rd(7)}, 처리 예정일 {dt()}, 담당 부서 복지정책과.")

# =============================================================================
# SWAHILI
# =============================================================================
v = "A" + rd(9) + R.choice(UP)
S("sw", "tax", f"Mteja mpya: Bi. Amina Njeri, KRA PIN {v}, anataka kuwasilisha ritani ya mwaka 2023.", v)

v = pin(4)
S("sw", "bank", f"Mteja alisema alimpa mtu PIN yake ya M-Pesa ({v}) aliyejifanya wakala; tumezuia akaunti.", v)

v = rd1(8)
S("sw", "government", f"Maombi ya msaada: mwombaji John Otieno, nambari ya kitambulisho {v}, kaunti ya Kisumu.", v)

I("sw", "clinic", f"Malipo yamepokelewa: M-Pesa {rs(10, UP + DIG)} imethibitishwa. Ksh 1,500 kwa Paybill {rd(6)}, akaunti KLINIKI.")

I("sw", "court", f"Mahakama Kuu ya Kenya, Kesi ya Madai Nambari E{rd(3)} ya 2023, kusikilizwa tarehe {dt(2025)}.")

I("sw", "school", "Tangazo: shule haitawahi kukuuliza nenosiri au PIN yako kwa simu.")

# =============================================================================
# HUNGARIAN
# =============================================================================
v = hu_taj()
S("hu", "clinic", f"Betegfelvétel: Nagy Katalin, TAJ-szám {v}, beutaló a kardiológiára.", v)

v = hu_adoaz()
S("hu", "payroll", f"Bérszámfejtés: új munkavállaló Kovács Péter, adóazonosító jel {v}, belépés 2024.09.01.", v)

v = pw(0)
S("hu", "government", f"Felhasználó: az Ügyfélkapu jelszavam {v}, kérlek töltsd le a NAV bevallástervezetet.", v)

I("hu", "accounting", f"Számla sorszáma 2024/{rd(5)} — Szabó Könyvelőiroda Kft., adószám {rd1(8)}-2-{rd(2)}, cégjegyzékszám 01-09-{rd(6)}.")

I("hu", "court", f"Fővárosi Törvényszék, ügyszám {R.randint(1, 60)}.P.{rd(5)}/2023, tárgyalás {dt(2025)}.")

I("hu", "hospital", "Emlékeztető: a kórházi rendszer jelszavát senkinek ne adja ki, az informatika soha nem kéri telefonon.")

# =============================================================================
# CATALAN
# =============================================================================
v = es_dni()
S("ca", "university", f"Matrícula: alumna Laia Puig i Serra, DNI {v}, grau en Dret, primer curs.", v)

v = pw(0)
S("ca", "clinic", f"Usuari: la contrasenya de La Meva Salut és {v}, em pots descarregar l'informe de l'analítica?", v)

v = iban_es()
S("ca", "hr", f"Canvi de compte per a la nòmina: {g4(v)} (compte personal a CaixaBank). Gràcies, Jordi", g4(v))

I("ca", "accounting", f"Factura núm. 2024/{rd(3)} — Gestoria Vidal SL, NIF {es_cif()}, inscrita al Registre Mercantil de Barcelona.")

I("ca", "court", f"Jutjat de Primera Instància núm. 7 de Girona, procediment verbal {rd(3)}/2023, vista el {dt(2025)}.")

I("ca", "school", "Recordatori: l'escola mai no us demanarà la contrasenya de l'app de famílies per telèfon ni per correu.")

# =============================================================================
# SERBIAN (Cyrillic)
# =============================================================================
v = rs_jmbg()
S("sr", "hospital", f"Пријем пацијента: Марија Јовановић, ЈМБГ {v}, упут за интерну медицину.", v)

v = pw(0)
S("sr", "tax", f"Корисник: лозинка за еПорезе је {v}, предај ми пореску пријаву до краја месеца.", v)

v = f"{rd(3)}-{rd(13)}-{rd(2)}"
S("sr", "payroll", f"Обрачун зарада: запослени Никола Петровић, текући рачун {v} (лични).", v)

I("sr", "accounting", f"Фактура бр. {rd(4)}/2024 — Књиговодствена агенција Марковић д.о.о., ПИБ {rs_pib()}, матични број {rd1(8)}.")

I("sr", "court", f"Виши суд у Београду, предмет П {rd(3)}/2023, рочиште заказано за {dt(2025)}.")

I("sr", "bank", "Напомена: банка никада не тражи ПИН, лозинку или једнократни код путем телефона.")

# =============================================================================
# CODE-SWITCHING (mixed languages in one record)
# =============================================================================
v = de_steuerid()
S("de-en", "tax", f"Client call notes (DE/EN): Herr Schulz said 'meine Steuer-ID ist {v}', please add to the Einkommensteuererklärung draft.", v)

v = pw(0)
S("es-en", "school", f"Parent msg: hola, no puedo entrar al parent portal, my password is {v} pero dice invalid. Ayuda porfa!", v)

I("de-en", "bank", f"Ticket update: Überweisung geprüft, end-to-end ID {rs(16, UP + DIG)}, status 'ACSC'. No customer credentials needed.")

I("fr-en", "university", f"Reminder pour les TA : the grading token mentioned in the email is just the assignment code {rs(6, UP + DIG)}, pas un mot de passe.")


# =============================================================================
# integrity checks
# =============================================================================
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret and _s.secret in _s.text, _s.id
    assert 1 <= len(_s.text.splitlines()) <= 12, _s.id
for _i in INNOCENT:
    assert 1 <= len(_i.text.splitlines()) <= 12, _i.id
assert len({x.text for x in SECRETS} | {x.text for x in INNOCENT}) == len(SECRETS) + len(INNOCENT), "duplicate texts"
