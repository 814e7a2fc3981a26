"""Independent test corpus c37 for a secret-redaction filter — finance and commerce agents.

Started: Mon Dec  7 17:04:36 UTC 2026 (output of `date` when work began).
Finished: Mon Dec  7 17:16:24 UTC 2026.
SEED = 37005; every generated value comes from random.Random(SEED), so the file is deterministic.

Totals: 227 SECRETS, 227 INNOCENT (454 texts). 163 English (36%); the rest cover 42 other
language tags: 34 languages (incl. pt-BR/pt and zh/zh-TW variants) in many scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Persian, Urdu,
Devanagari, Bengali, Han simplified and traditional, Kana, Hangul, Thai, Georgian), plus
transliterations (hi-Latn Hinglish, ru-Latn, ar-Latn Arabizi) and code-switching (es+en,
de+en, zh+en).
Id format: c37-{s|i}NNN-{language}-{setting}.

SECRETS by language: en 80, de 9, es 9, fr 8, zh 6, ar 5, it 5, ja 5, ko 5, pt-BR 5, ru 5, tr 5,
    hi 4, nl 4, pl 4, cs 3, da 3, el 3, fa 3, fi 3, he 3, hi-Latn 3, hu 3, id 3, no 3, ro 3, sv 3,
    th 3, uk 3, vi 3, ar-Latn 2, bn 2, es+en 2, ms 2, pt 2, ru-Latn 2, sw 2, tl 2, ur 2, zh-TW 2,
    de+en 1, ka 1, zh+en 1
SECRETS by setting: bank 57, ecom 26, payroll 25, loan 22, tax 20, gateway 17, crypto 15,
    insur 13, acct 12, pos 12, broker 8
INNOCENT by language: en 83, de 10, es 10, fr 9, it 6, ja 6, zh 6, ar 5, pl 5, ru 5, hi 4, ko 4,
    nl 4, pt-BR 4, tr 4, fa 3, he 3, hi-Latn 3, id 3, sv 3, sw 3, th 3, uk 3, vi 3, ar-Latn 2,
    bn 2, cs 2, da 2, el 2, es+en 2, fi 2, hu 2, ms 2, no 2, pt 2, ro 2, ru-Latn 2, tl 2, ur 2,
    zh-TW 2, de+en 1, ka 1, zh+en 1
INNOCENT by setting: bank 65, acct 53, ecom 38, gateway 13, pos 13, crypto 11, tax 11, insur 7,
    payroll 7, broker 6, loan 3
Settings: bank = retail-banking chat/ops; broker; crypto = exchanges and wallets; acct =
accounting exports (CSV, QIF, OFX, MT940, MT103, SEPA XML, DATEV, invoices); ecom = shop back
offices; pos = point of sale; gateway = payment gateways/webhooks/dashboards; tax; payroll;
insur = insurance; loan = loan applications.

Check digits: card numbers are Luhn-valid; IBANs pass mod-97 (and FR RIB key, ES DC, IT CIN,
BE, PT NIB and NO mod-11 inside the BBAN are valid); national ids use their real algorithms where one exists
(ES DNI/NIE, FR NIR, DE Steuer-ID / KVNR / RVNR, NL BSN, BR CPF, CN 18-digit ID, IN Aadhaar
Verhoeff, PL PESEL, SE personnummer, FI HETU, NO fodselsnummer, BE registre national, PT NIF,
TR TCKN, KR RRN, JP My Number, IL teudat zehut, CL RUT, AR CUIL, MX CURP/CLABE, CA SIN, AU
TFN/Medicare, ZA/SA/UAE ids, GR AMKA/AFM, RO CNP, CZ rodne cislo, HU TAJ/adoazonosito, RU
SNILS/INN, UA RNOKPP, IR code melli, TW id, TH id, passport MRZ check digits). BIP39 seed
phrases carry a valid checksum; WIF keys and xpubs are valid Base58Check; bech32 addresses are
valid. The innocent look-alikes also use valid check digits (SIREN/SIRET/TVA, USt-IdNr, CHE
UID, P.IVA, CNPJ, NF-e key, CUIT, GSTIN, USCC, houjin bangou, KR BRN, TW UBN, TH company TIN,
NIP/REGON, IČO, CVR, Y-tunnus, org.nr (SE/NO), CUI, VKN, EDRPOU, INN/OGRN of companies, ABA
routing, ISIN, LEI, RF/OGM/KID/viitenumero/OCR payment references, SEPA creditor id, EAN, IMEI,
ICCID, NPI, Pix CRC16).

Labelling choices (borderline cases):
- Secret: anything that lets someone act as a person or system (passwords, PINs incl. POS
  manager/override and terminal service PINs, OTP/TAN/BLIK/3-DS codes, backup/recovery codes,
  API keys and tokens of every vendor, webhook URLs with embedded tokens, webhook signing
  secrets, DB/SFTP passwords, session cookies, bearer JWTs, private keys, WIF/hex private keys,
  seed phrases, keystore passphrases, security answers, door/safe/alarm/digicode codes, gift
  card PIN), plus personal identifiers: full card numbers, CVV/CVC, track-2 data, private
  persons' bank accounts/IBANs/CLABE/sort-code accounts, national/tax/social/health-insurance
  numbers of persons, passports (incl. MRZ line) and a driver's licence number. A Wise API token
  that looks like a plain UUID is a secret because of how it is used (Bearer header).
  Where a text carries several values, `secret` is the one that must certainly go; the
  routing number, BIC, expiry or name beside it are not the labelled secret.
- Innocent: object ids (Stripe ch_/pi_/cus_/evt_, request and trace ids, idempotency keys,
  UETRs, CFDI folio UUIDs), publishable/client-side keys (Stripe pk_live_, Razorpay key id
  rzp_live_), public keys, xpubs, certificate and PGP fingerprints, addresses and tx hashes,
  Stripe-Signature header values (a MAC over one payload, not a credential), masked values,
  card BINs, last-4 digits, well-known test/example values (Stripe 4242…, jwt.io sample token,
  GB82 WEST… / DE89 3704… IBAN examples, "correct horse battery staple", "P@ssw0rd" as a
  rejected example), ${ENV} references and xxxx placeholders, and every business identifier
  (company tax/VAT/registration numbers, merchant/terminal ids, ABA routing numbers, bank
  correspondent accounts, SEPA creditor ids, company AFM/CUIT/RUT/ח.פ. that share the format of
  personal ids). One company IBAN printed in a German invoice footer is labelled innocent:
  a business publishes it to every customer, unlike a private person's account.
- Innocent too: payment/transaction references that look like OTPs or account numbers (UPI
  UTR, M-Pesa codes, auth/approval codes, RRN, STAN, ACH trace numbers, IMAD/OMAD, virtual
  account numbers, Multibanco references), tracking and order numbers of any length, IMEI/ICCID
  (Luhn-valid but device ids), and sentences that mention passwords, PINs, OTPs or tokens
  without giving a value.
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
from typing import NamedTuple

SEED = 37005
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
_COUNTER = {"s": 0, "i": 0}


def S(lang: str, setting: str, text: str, secret: str) -> None:
    _COUNTER["s"] += 1
    SECRETS.append(Secret(f"c37-s{_COUNTER['s']:03d}-{lang}-{setting}", text, secret))


def I(lang: str, setting: str, text: str) -> None:
    _COUNTER["i"] += 1
    INNOCENT.append(Innocent(f"c37-i{_COUNTER['i']:03d}-{lang}-{setting}", text))


# ---------------------------------------------------------------- random primitives
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"


def rs(n: int, alphabet: str = ALNUM) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def rd(n: int) -> str:
    return rs(n, DIG)


def rdnz(n: int) -> str:
    return R.choice("123456789") + rd(n - 1)


def rhex(n: int) -> str:
    return rs(n, HEXL)


def ruuid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rbytes(n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def grp(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def pick(seq):
    return R.choice(seq)


def amt(lo: float, hi: float) -> str:
    return f"{R.uniform(lo, hi):.2f}"


# ---------------------------------------------------------------- check digit algorithms
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
    body = prefix + rd(length - len(prefix) - 1)
    return body + luhn_digit(body)


def mod97(numstr: str) -> int:
    r = 0
    for ch in numstr:
        r = (r * 10 + int(ch)) % 97
    return r


def alnum_to_num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban(cc: str, bban: str) -> str:
    chk = 98 - mod97(alnum_to_num(bban + cc + "00"))
    return f"{cc}{chk:02d}{bban}"


def iban_ok(ib: str) -> bool:
    ib = ib.replace(" ", "")
    return mod97(alnum_to_num(ib[4:] + ib[:4])) == 1


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                    2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
_CF_EVEN = {**{str(i): i for i in range(10)}, **{c: i for i, c in enumerate(UP)}}


def cf_check(s: str) -> str:
    t = sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(s))
    return UP[t % 26]


def iban_de() -> str:
    return iban("DE", pick(["10070024", "50010517", "37040044", "20041133", "70150000", "43060967"]) + rd(10))


def iban_at() -> str:
    return iban("AT", pick(["20111", "12000", "14000", "32000"]) + rd(11))


def iban_ch() -> str:
    return iban("CH", pick(["00762", "00235", "08390", "00700"]) + rd(12))


def iban_fr() -> str:
    bank, branch, acct = pick(["30004", "30003", "20041", "10278", "30002"]), rd(5), rd(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return iban("FR", f"{bank}{branch}{acct}{key:02d}")


def _es_dc(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return str({11: 0, 10: 1}.get(v, v))


def iban_es() -> str:
    ent, ofi, acct = pick(["2100", "0049", "0182", "2085", "0081"]), rd(4), rd(10)
    return iban("ES", ent + ofi + _es_dc("00" + ent + ofi) + _es_dc(acct) + acct)


def iban_it() -> str:
    rest = pick(["03069", "02008", "05034", "01030"]) + rd(5) + rd(12)
    return iban("IT", cf_check(rest) + rest)


def iban_nl() -> str:
    return iban("NL", pick(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + rd(10))


def iban_be() -> str:
    base = rd(10)
    c = int(base) % 97 or 97
    return iban("BE", f"{base}{c:02d}")


def iban_gb() -> str:
    return iban("GB", pick(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + rd(6) + rd(8))


def iban_ie() -> str:
    return iban("IE", pick(["AIBK", "BOFI"]) + rd(6) + rd(8))


def iban_pt() -> str:
    base = pick(["0035", "0007", "0033", "0010"]) + rd(4) + rd(11)
    c = 98 - mod97(base + "00")
    return iban("PT", f"{base}{c:02d}")


def iban_generic(cc: str, n: int, prefix: str = "") -> str:
    return iban(cc, prefix + rd(n - len(prefix)))


def iban_no() -> str:
    while True:
        b = rd(10)
        s = sum(int(a) * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        k = 11 - s % 11
        if k == 10:
            continue
        return iban("NO", b + str(0 if k == 11 else k))


def fmt_iban(ib: str) -> str:
    return grp(ib, 4, " ")


# ---- national identifiers
def ssn_us() -> str:
    area = R.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def dni_es() -> str:
    n = R.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie_es() -> str:
    p = R.choice("XYZ")
    n = rd(7)
    v = int(str("XYZ".index(p)) + n)
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[v % 23]}"


def nir_fr(sex: int | None = None) -> str:
    sex = sex or R.choice([1, 2])
    yy, mm = R.randint(55, 99), R.randint(1, 12)
    dep = pick(["75", "69", "13", "33", "59", "31", "44", "67"])
    body = f"{sex}{yy:02d}{mm:02d}{dep}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    return body + f"{97 - int(body) % 97:02d}"


def _iso7064_11_10(body: str) -> str:
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def steuerid_de() -> str:
    while True:
        digits = R.sample("0123456789", 9)
        if digits[0] == "0":
            continue
        dup = R.choice(digits)
        pos = R.randint(1, 9)
        body = "".join(digits[:pos] + [dup] + digits[pos:])
        if body[0] == "0":
            continue
        return body + _iso7064_11_10(body)


def ustid_de() -> str:
    body = rdnz(8)
    return "DE" + body + _iso7064_11_10(body)


def kvnr_de() -> str:
    letter = R.choice(UP)
    digits = rd(8)
    full = f"{UP.index(letter) + 1:02d}" + digits
    total = 0
    for i, ch in enumerate(full):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return f"{letter}{digits}{total % 10}"


def bsn_nl() -> str:
    while True:
        b = rdnz(8)
        s = sum(int(c) * w for c, w in zip(b, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return b + str(c)


def cpf_br(formatted: bool = True) -> str:
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(v * w for v, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if formatted else s


def cnpj_br() -> str:
    d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def cn_id() -> str:
    region = pick(["110105", "310115", "440305", "330106", "510107", "420111"])
    y, m, dd = R.randint(1965, 2001), R.randint(1, 12), R.randint(1, 28)
    body = f"{region}{y}{m:02d}{dd:02d}{rd(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar() -> str:
    body = R.choice("23456789") + rd(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    n = body + str(_VINV[c])
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def pan_in(kind: str = "P") -> str:
    return rs(3, UP) + kind + rs(1, UP) + rd(4) + rs(1, UP)


def pesel() -> str:
    y, m, dd = R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{dd:02d}{rd(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)


def nip_pl() -> str:
    while True:
        b = rdnz(9)
        c = sum(int(a) * w for a, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            s = b + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def personnummer_se() -> str:
    y, m, dd = R.randint(1950, 2003), R.randint(1, 12), R.randint(1, 28)
    body = f"{y % 100:02d}{m:02d}{dd:02d}{rd(3)}"
    return f"{y}{m:02d}{dd:02d}-{body[6:]}{luhn_digit(body)}"


def hetu_fi() -> str:
    y, m, dd = R.randint(1950, 1999), R.randint(1, 12), R.randint(1, 28)
    ind = R.randint(2, 899)
    n = int(f"{dd:02d}{m:02d}{y % 100:02d}{ind:03d}")
    return f"{dd:02d}{m:02d}{y % 100:02d}-{ind:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}"


def fnr_no() -> str:
    while True:
        y, m, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
        b = f"{dd:02d}{m:02d}{y:02d}{R.randint(0, 499):03d}"
        k1 = 11 - sum(int(a) * w for a, w in zip(b, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b += str(k1)
        k2 = 11 - sum(int(a) * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k2)


def cpr_dk() -> str:
    return f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}-{rd(4)}"


def rrn_be() -> str:
    y, m, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    b = f"{y:02d}{m:02d}{dd:02d}{R.randint(1, 997):03d}"
    c = 97 - int(b) % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:9]}.{c:02d}"


def nif_pt() -> str:
    b = R.choice("123") + rd(7)
    c = 11 - sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
    return b + str(0 if c >= 10 else c)


def tckn() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def rrn_kr(g: str | None = None) -> str:
    y, m, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    b = f"{y:02d}{m:02d}{dd:02d}{g or R.choice('12')}{rd(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    return f"{b[:6]}-{b[6:]}{c}"


def mynumber_jp() -> str:
    b = rd(11)
    s = 0
    for n, ch in enumerate(reversed(b), start=1):
        q = n + 1 if n <= 6 else n - 5
        s += int(ch) * q
    r = s % 11
    n = b + str(0 if r <= 1 else 11 - r)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def houjin_jp() -> str:
    b = rdnz(12)
    s = sum(int(ch) * (1 if n % 2 == 1 else 2) for n, ch in enumerate(reversed(b), start=1))
    return str(9 - s % 9) + b


def tz_il() -> str:
    b = rd(8)
    total = 0
    for i, ch in enumerate(b):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return b + str((10 - total % 10) % 10)


def rut_cl() -> str:
    n = R.randint(8000000, 24999999)
    s, w = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * w
        w = 2 if w == 7 else w + 1
    v = 11 - s % 11
    dv = "0" if v == 11 else "K" if v == 10 else str(v)
    return f"{n:,}".replace(",", ".") + "-" + dv


def cuil_ar(prefix: str | None = None) -> str:
    while True:
        b = (prefix or R.choice(["20", "27"])) + str(R.randint(20000000, 44999999))
        c = 11 - sum(int(a) * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c == 10:
            continue
        return f"{b[:2]}-{b[2:]}-{0 if c == 11 else c}"


_CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_mx(stem: str) -> str:
    # stem: 17 chars
    s = sum(_CURP_CH.index(c) * (18 - i) for i, c in enumerate(stem))
    return stem + str((10 - s % 10) % 10)


def sin_ca() -> str:
    b = R.choice("1234567") + rd(7)
    n = b + luhn_digit(b)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def tfn_au() -> str:
    while True:
        b = rdnz(8)
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        for last in DIG:
            if sum(int(a) * x for a, x in zip(b + last, w)) % 11 == 0:
                n = b + last
                return f"{n[:3]} {n[3:6]} {n[6:]}"


def medicare_au() -> str:
    b = R.choice("23456") + rd(7)
    c = sum(int(a) * w for a, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return f"{b[:4]} {b[4:]}{c}{R.randint(1, 9)}"


def abn_au() -> str:
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(10)]
        w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
        dd = [d[0] - 1] + d[1:]
        if sum(a * b for a, b in zip(dd, w)) % 89 == 0:
            s = "".join(map(str, d))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
        # adjust search
        for k in range(100):
            d[9], d[10] = k // 10, k % 10
            dd = [d[0] - 1] + d[1:]
            if sum(a * b for a, b in zip(dd, w)) % 89 == 0:
                s = "".join(map(str, d))
                return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def nric_sg() -> str:
    p = R.choice("ST")
    b = rd(7)
    s = sum(int(a) * w for a, w in zip(b, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + b + "JZIHGFEDCBA"[s % 11]


def said_za() -> str:
    y, m, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    b = f"{y:02d}{m:02d}{dd:02d}{rd(4)}08"
    return b + luhn_digit(b)


def amka_gr() -> str:
    b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}{rd(4)}"
    return b + luhn_digit(b)


def afm_gr() -> str:
    b = R.choice("1") + rd(7)
    c = sum(int(a) * (2 ** (8 - i)) for i, a in enumerate(b)) % 11 % 10
    return b + str(c)


def cnp_ro() -> str:
    b = f"{R.choice('12')}{R.randint(55, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 46):02d}{rd(3)}"
    c = sum(int(a) * int(w) for a, w in zip(b, "279146358279")) % 11
    return b + ("1" if c == 10 else str(c))


def nino_uk() -> str:
    while True:
        a = R.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = R.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return f"{a}{b} {rd(2)} {rd(2)} {rd(2)} {R.choice('ABCD')}"


def ahv_ch() -> str:
    b = "756" + rd(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    n = b + str((10 - s % 10) % 10)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def cf_it(surname: str, name: str, y: int, m: int, d: int, female: bool, comune: str) -> str:
    def cons(x):
        return [c for c in x.upper() if c.isalpha() and c not in "AEIOU"]

    def vow(x):
        return [c for c in x.upper() if c in "AEIOU"]
    sc = "".join((cons(surname) + vow(surname) + ["X"] * 3)[:3])
    nc_ = cons(name)
    if len(nc_) >= 4:
        nc = nc_[0] + nc_[2] + nc_[3]
    else:
        nc = "".join((nc_ + vow(name) + ["X"] * 3)[:3])
    body = f"{sc}{nc}{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}{d + (40 if female else 0):02d}{comune}"
    return body + cf_check(body)


def snils_ru() -> str:
    while True:
        b = rd(9)
        if int(b) <= 1001998:
            continue
        s = sum(int(c) * w for c, w in zip(b, range(9, 0, -1)))
        c = s if s < 100 else 0 if s in (100, 101) else (s % 101)
        if c == 100:
            c = 0
        return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def inn_ru_person() -> str:
    b = R.choice(["77", "78", "50", "66", "54"]) + rd(8)
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * w for a, w in zip(b, w11)) % 11 % 10
    b += str(c1)
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return b + str(sum(int(a) * w for a, w in zip(b, w12)) % 11 % 10)


def inn_ru_org() -> str:
    b = R.choice(["77", "78", "50"]) + rd(7)
    return b + str(sum(int(a) * w for a, w in zip(b, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)


def ogrn_ru() -> str:
    b = "1" + rd(2) + R.choice(["77", "78", "50"]) + rd(7)
    return b + str(int(b) % 11 % 10)


def rnokpp_ua() -> str:
    b = rdnz(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str(sum(int(a) * x for a, x in zip(b, w)) % 11 % 10)


def codmeli_ir() -> str:
    while True:
        b = rdnz(9)
        r = sum(int(a) * (10 - i) for i, a in enumerate(b)) % 11
        return b + str(r if r < 2 else 11 - r)


def saudi_id() -> str:
    b = "1" + rd(8)
    return b + luhn_digit(b)


def emirates_id() -> str:
    b = "784" + str(R.randint(1970, 2000)) + rd(7)
    n = b + luhn_digit(b)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


def taiwan_id() -> str:
    vals = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "J": 18, "K": 19,
            "L": 20, "M": 21, "N": 22, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29}
    L = R.choice(list(vals))
    b = R.choice("12") + rd(7)
    v = vals[L]
    s = v // 10 + (v % 10) * 9 + sum(int(a) * w for a, w in zip(b, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + b + str((10 - s % 10) % 10)


def thai_id() -> str:
    b = R.choice("1358") + rd(11)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(b)) % 11) % 10
    n = b + str(c)
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def taj_hu() -> str:
    b = rdnz(8)
    c = sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(b)) % 10
    n = b + str(c)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def adoaz_hu() -> str:
    while True:
        b = "8" + rd(8)
        c = sum(int(a) * (i + 1) for i, a in enumerate(b)) % 11
        if c < 10:
            return b + str(c)


def rc_cz() -> str:
    while True:
        y, m, dd = R.randint(60, 99), R.randint(1, 12) + R.choice([0, 50]), R.randint(1, 28)
        b = f"{y:02d}{m:02d}{dd:02d}{rd(3)}"
        c = int(b) % 11
        if c < 10:
            return f"{b[:6]}/{b[6:]}{c}"


def mrz_check(s: str) -> str:
    vals = {**{str(i): i for i in range(10)}, **{c: i + 10 for i, c in enumerate(UP)}, "<": 0}
    return str(sum(vals[c] * [7, 3, 1][i % 3] for i, c in enumerate(s)) % 10)


def mrz_line2(docno: str, nat: str, dob: str, sex: str, exp: str, pers: str = "") -> str:
    docno9 = (docno + "<" * 9)[:9]
    pers14 = (pers + "<" * 14)[:14]
    pc = mrz_check(pers14) if pers else "<"
    if not pers:
        pc = "0"
    line = (docno9 + mrz_check(docno9) + nat + dob + mrz_check(dob) + sex + exp + mrz_check(exp)
            + pers14 + pc)
    comp = line[0:10] + line[13:20] + line[21:43]
    return line + mrz_check(comp)


# ---- business / financial identifiers (innocent look-alikes)
def siren_fr() -> str:
    b = rdnz(8)
    return b + luhn_digit(b)


def tva_fr(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def piva_it() -> str:
    b = rd(7) + pick(["015", "058", "063", "037", "048"])
    return b + luhn_digit(b)


def uid_ch() -> str:
    while True:
        b = rdnz(8)
        c = 11 - sum(int(a) * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4])) % 11
        if c == 10:
            continue
        n = b + str(0 if c == 11 else c)
        return f"CHE-{n[:3]}.{n[3:6]}.{n[6:]}"


def aba_routing() -> str:
    while True:
        b = pick(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                  "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"]) + rd(6)
        for last in DIG:
            n = b + last
            d = list(map(int, n))
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0:
                return n


def isin(cc: str, nsin: str) -> str:
    body = cc + nsin
    return body + luhn_digit(alnum_to_num(body))


def lei() -> str:
    base = rs(4, DIG + UP) + "00" + rs(12, DIG + UP)
    return base + f"{98 - mod97(alnum_to_num(base + '00')):02d}"


def sedol() -> str:
    b = rs(6, "0123456789BCDFGHJKLMNPQRSTVWXYZ")
    s = sum(int(c, 36) * w for c, w in zip(b, [1, 3, 1, 7, 3, 9]))
    return b + str((10 - s % 10) % 10)


def rf_ref() -> str:
    ref = rs(R.randint(6, 12), DIG + UP)
    return f"RF{98 - mod97(alnum_to_num(ref + 'RF00')):02d}{ref}"


def viite_fi() -> str:
    b = rdnz(R.randint(5, 12))
    s = sum(int(c) * [7, 3, 1][i % 3] for i, c in enumerate(reversed(b)))
    return b + str((10 - s % 10) % 10)


def kid_no() -> str:
    b = rdnz(R.randint(8, 14))
    return b + luhn_digit(b)


def qrr_ch() -> str:
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    b = rd(26)
    carry = 0
    for c in b:
        carry = table[(carry + int(c)) % 10]
    n = b + str((10 - carry) % 10)
    return n[:2] + " " + grp(n[2:], 5, " ")


def ogm_be() -> str:
    b = rd(10)
    c = int(b) % 97 or 97
    n = b + f"{c:02d}"
    return f"+++{n[:3]}/{n[3:7]}/{n[7:]}+++"


def gstin_in(state: str = "27") -> str:
    ch = DIG + UP
    body = state + pan_in("C") + R.choice("123") + "Z"
    s = 0
    for i, c in enumerate(body):
        v = ch.index(c) * (1 if i % 2 == 0 else 2)
        s += v // 36 + v % 36
    return body + ch[(36 - s % 36) % 36]


def uscc_cn() -> str:
    ch = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "91" + pick(["110105", "310115", "440300", "330100"]) + rs(9, ch[:10] + "ABCDEFGHJKLMN")
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    c = 31 - sum(ch.index(a) * b for a, b in zip(body, w)) % 31
    return body + ch[0 if c == 31 else c]


def brn_kr() -> str:
    b = rdnz(9)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * x for a, x in zip(b, w)) + (int(b[8]) * 5) // 10
    n = b + str((10 - s % 10) % 10)
    return f"{n[:3]}-{n[3:5]}-{n[5:]}"


def regon_pl() -> str:
    b = rdnz(8)
    return b + str(sum(int(a) * w for a, w in zip(b, [8, 9, 2, 3, 4, 5, 6, 7])) % 11 % 10)


def cif_es() -> str:
    b = rd(7)
    s = sum(int(b[i]) for i in (1, 3, 5))
    for i in (0, 2, 4, 6):
        p = int(b[i]) * 2
        s += p // 10 + p % 10
    return "B" + b + str((10 - s % 10) % 10)


# ---- crypto encodings
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58(payload + chk)


def wif() -> str:
    return b58check(b"\x80" + rbytes(32) + b"\x01")


def btc_legacy() -> str:
    return b58check(b"\x00" + rbytes(20))


def xpub() -> str:
    return b58check(bytes.fromhex("0488B21E") + bytes([3]) + rbytes(4) + bytes.fromhex("80000000")
                    + rbytes(32) + bytes([R.choice([2, 3])]) + rbytes(32))


def xprv() -> str:
    return b58check(bytes.fromhex("0488ADE4") + bytes([0]) + bytes(4) + bytes(4)
                    + rbytes(32) + b"\x00" + rbytes(32))


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_addr(nbytes: int = 20) -> str:
    data = rbytes(nbytes)
    acc, bits, out = 0, 0, [0]
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(exp + out + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in out + chk)


def eth_addr() -> str:
    return "0x" + rhex(40)


def sol_addr() -> str:
    return b58(rbytes(32))


def sol_privkey() -> str:
    return b58(rbytes(64))


def seed_phrase(n_words: int = 12) -> str:
    ent_bits = n_words * 11 * 32 // 33
    ent = rbytes(ent_bits // 8)
    h = hashlib.sha256(ent).digest()
    cs = ent_bits // 32
    bits = bin(int.from_bytes(ent, "big"))[2:].zfill(ent_bits) + bin(h[0])[2:].zfill(8)[:cs]
    return " ".join(_BIP39[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11))


# ---- tokens
def jwt(payload: dict) -> str:
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64u(rbytes(32))}"


def aws_key_id() -> str:
    return "AKIA" + rs(16, UP + "234567")


def aws_secret() -> str:
    return rs(40, B64)


def pem_body(nlines: int = 3, width: int = 64, prefix: str = "") -> str:
    raw = prefix + rs(nlines * width - len(prefix), B64)
    return "\n".join(raw[i:i + width] for i in range(0, len(raw), width))


def pwd_human(base: str) -> str:
    return base


_BIP39 = (
    "abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
    "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust "
    "admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport "
    "aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always "
    "amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce "
    "annual another answer antenna antique anxiety any apart apology appear apple approve april arch "
    "arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist "
    "artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract "
    "auction audit august aunt author auto autumn average avocado avoid awake aware away awesome awful "
    "awkward axis baby bachelor bacon badge bag balance balcony ball bamboo banana banner bar barely "
    "bargain barrel base basic basket battle beach bean beauty because become beef before begin behave "
    "behind believe below belt bench benefit best betray better between beyond bicycle bid bike bind "
    "biology bird birth bitter black blade blame blanket blast bleak bless blind blood blossom blouse "
    "blue blur blush board boat body boil bomb bone bonus book boost border boring borrow boss bottom "
    "bounce box boy bracket brain brand brass brave bread breeze brick bridge brief bright bring brisk "
    "broccoli broken bronze broom brother brown brush bubble buddy budget buffalo build bulb bulk bullet "
    "bundle bunker burden burger burst bus business busy butter buyer buzz cabbage cabin cable cactus "
    "cage cake call calm camera camp can canal cancel candy cannon canoe canvas canyon capable capital "
    "captain car carbon card cargo carpet carry cart case cash casino castle casual cat catalog catch "
    "category cattle caught cause caution cave ceiling celery cement census century cereal certain chair "
    "chalk champion change chaos chapter charge chase chat cheap check cheese chef cherry chest chicken "
    "chief child chimney choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city "
    "civil claim clap clarify claw clay clean clerk clever click client cliff climb clinic clip clock "
    "clog close cloth cloud clown club clump cluster clutch coach coast coconut code coffee coil coin "
    "collect color column combine come comfort comic common company concert conduct confirm congress "
    "connect consider control convince cook cool copper copy coral core corn correct cost cotton couch "
    "country couple course cousin cover coyote crack cradle craft cram crane crash crater crawl crazy "
    "cream credit creek crew cricket crime crisp critic crop cross crouch crowd crucial cruel cruise "
    "crumble crunch crush cry crystal cube culture cup cupboard curious current curtain curve cushion "
    "custom cute cycle dad damage damp dance danger daring dash daughter dawn day deal debate debris "
    "decade december decide decline decorate decrease deer defense define defy degree delay deliver "
    "demand demise denial dentist deny depart depend deposit depth deputy derive describe desert design "
    "desk despair destroy detail detect develop device devote diagram dial diamond diary dice diesel diet "
    "differ digital dignity dilemma dinner dinosaur direct dirt disagree discover disease dish dismiss "
    "disorder display distance divert divide divorce dizzy doctor document dog doll dolphin domain donate "
    "donkey donor door dose double dove draft dragon drama drastic draw dream dress drift drill drink "
    "drip drive drop drum dry duck dumb dune during dust dutch duty dwarf dynamic eager eagle early earn "
    "earth easily east easy echo ecology economy edge edit educate effort egg eight either elbow elder "
    "electric elegant element elephant elevator elite else embark embody embrace emerge emotion employ "
    "empower empty enable enact end endless endorse enemy energy enforce engage engine enhance enjoy "
    "enlist enough enrich enroll ensure enter entire entry envelope episode equal equip era erase erode "
    "erosion error erupt escape essay essence estate eternal ethics evidence evil evoke evolve exact "
    "example excess exchange excite exclude excuse execute exercise exhaust exhibit exile exist exit "
    "exotic expand expect expire explain expose express extend extra eye eyebrow fabric face faculty fade "
    "faint faith fall false fame family famous fan fancy fantasy farm fashion fat fatal father fatigue "
    "fault favorite feature february federal fee feed feel female fence festival fetch fever few fiber "
    "fiction field figure file film filter final find fine finger finish fire firm first fiscal fish fit "
    "fitness fix flag flame flash flat flavor flee flight flip float flock floor flower fluid flush fly "
    "foam focus fog foil fold follow food foot force forest forget fork fortune forum forward fossil "
    "foster found fox fragile frame frequent fresh friend fringe frog front frost frown frozen fruit fuel "
    "fun funny furnace fury future gadget gain galaxy gallery game gap garage garbage garden garlic "
    "garment gas gasp gate gather gauge gaze general genius genre gentle genuine gesture ghost giant gift "
    "giggle ginger giraffe girl give glad glance glare glass glide glimpse globe gloom glory glove glow "
    "glue goat goddess gold good goose gorilla gospel gossip govern gown grab grace grain grant grape "
    "grass gravity great green grid grief grit grocery group grow grunt guard guess guide guilt guitar "
    "gun gym habit hair half hammer hamster hand happy harbor hard harsh harvest hat have hawk hazard "
    "head health heart heavy hedgehog height hello helmet help hen hero hidden high hill hint hip hire "
    "history hobby hockey hold hole holiday hollow home honey hood hope horn horror horse hospital host "
    "hotel hour hover hub huge human humble humor hundred hungry hunt hurdle hurry hurt husband hybrid "
    "ice icon idea identify idle ignore ill illegal illness image imitate immense immune impact impose "
    "improve impulse inch include income increase index indicate indoor industry infant inflict inform "
    "inhale inherit initial inject injury inmate inner innocent input inquiry insane insect inside "
    "inspire install intact interest into invest invite involve iron island isolate issue item ivory "
    "jacket jaguar jar jazz jealous jeans jelly jewel job join joke journey joy judge juice jump jungle "
    "junior junk just kangaroo keen keep ketchup key kick kid kidney kind kingdom kiss kit kitchen kite "
    "kitten kiwi knee knife knock know lab label labor ladder lady lake lamp language laptop large later "
    "latin laugh laundry lava law lawn lawsuit layer lazy leader leaf learn leave lecture left leg legal "
    "legend leisure lemon lend length lens leopard lesson letter level liar liberty library license life "
    "lift light like limb limit link lion liquid list little live lizard load loan lobster local lock "
    "logic lonely long loop lottery loud lounge love loyal lucky luggage lumber lunar lunch luxury lyrics "
    "machine mad magic magnet maid mail main major make mammal man manage mandate mango mansion manual "
    "maple marble march margin marine market marriage mask mass master match material math matrix matter "
    "maximum maze meadow mean measure meat mechanic medal media melody melt member memory mention menu "
    "mercy merge merit merry mesh message metal method middle midnight milk million mimic mind minimum "
    "minor minute miracle mirror misery miss mistake mix mixed mixture mobile model modify mom moment "
    "monitor monkey monster month moon moral more morning mosquito mother motion motor mountain mouse "
    "move movie much muffin mule multiply muscle museum mushroom music must mutual myself mystery myth "
    "naive name napkin narrow nasty nation nature near neck need negative neglect neither nephew nerve "
    "nest net network neutral never news next nice night noble noise nominee noodle normal north nose "
    "notable note nothing notice novel now nuclear number nurse nut oak obey object oblige obscure "
    "observe obtain obvious occur ocean october odor off offer office often oil okay old olive olympic "
    "omit once one onion online only open opera opinion oppose option orange orbit orchard order ordinary "
    "organ orient original orphan ostrich other outdoor outer output outside oval oven over own owner "
    "oxygen oyster ozone pact paddle page pair palace palm panda panel panic panther paper parade parent "
    "park parrot party pass patch path patient patrol pattern pause pave payment peace peanut pear "
    "peasant pelican pen penalty pencil people pepper perfect permit person pet phone photo phrase "
    "physical piano picnic picture piece pig pigeon pill pilot pink pioneer pipe pistol pitch pizza place "
    "planet plastic plate play please pledge pluck plug plunge poem poet point polar pole police pond "
    "pony pool popular portion position possible post potato pottery poverty powder power practice praise "
    "predict prefer prepare present pretty prevent price pride primary print priority prison private "
    "prize problem process produce profit program project promote proof property prosper protect proud "
    "provide public pudding pull pulp pulse pumpkin punch pupil puppy purchase purity purpose purse push "
    "put puzzle pyramid quality quantum quarter question quick quit quiz quote rabbit raccoon race rack "
    "radar radio rail rain raise rally ramp ranch random range rapid rare rate rather raven raw razor "
    "ready real reason rebel rebuild recall receive recipe record recycle reduce reflect reform refuse "
    "region regret regular reject relax release relief rely remain remember remind remove render renew "
    "rent reopen repair repeat replace report require rescue resemble resist resource response result "
    "retire retreat return reunion reveal review reward rhythm rib ribbon rice rich ride ridge rifle "
    "right rigid ring riot ripple risk ritual rival river road roast robot robust rocket romance roof "
    "rookie room rose rotate rough round route royal rubber rude rug rule run runway rural sad saddle "
    "sadness safe sail salad salmon salon salt salute same sample sand satisfy satoshi sauce sausage save "
    "say scale scan scare scatter scene scheme school science scissors scorpion scout scrap screen script "
    "scrub sea search season seat second secret section security seed seek segment select sell seminar "
    "senior sense sentence series service session settle setup seven shadow shaft shallow share shed "
    "shell sheriff shield shift shine ship shiver shock shoe shoot shop short shoulder shove shrimp shrug "
    "shuffle shy sibling sick side siege sight sign silent silk silly silver similar simple since sing "
    "siren sister situate six size skate sketch ski skill skin skirt skull slab slam sleep slender slice "
    "slide slight slim slogan slot slow slush small smart smile smoke smooth snack snake snap sniff snow "
    "soap soccer social sock soda soft solar soldier solid solution solve someone song soon sorry sort "
    "soul sound soup source south space spare spatial spawn speak special speed spell spend sphere spice "
    "spider spike spin spirit split spoil sponsor spoon sport spot spray spread spring spy square squeeze "
    "squirrel stable stadium staff stage stairs stamp stand start state stay steak steel stem step stereo "
    "stick still sting stock stomach stone stool story stove strategy street strike strong struggle "
    "student stuff stumble style subject submit subway success such sudden suffer sugar suggest suit "
    "summer sun sunny sunset super supply supreme sure surface surge surprise surround survey suspect "
    "sustain swallow swamp swap swarm swear sweet swift swim swing switch sword symbol symptom syrup "
    "system table tackle tag tail talent talk tank tape target task taste tattoo taxi teach team tell ten "
    "tenant tennis tent term test text thank that theme then theory there they thing this thought three "
    "thrive throw thumb thunder ticket tide tiger tilt timber time tiny tip tired tissue title toast "
    "tobacco today toddler toe together toilet token tomato tomorrow tone tongue tonight tool tooth top "
    "topic topple torch tornado tortoise toss total tourist toward tower town toy track trade traffic "
    "tragic train transfer trap trash travel tray treat tree trend trial tribe trick trigger trim trip "
    "trophy trouble truck true truly trumpet trust truth try tube tuition tumble tuna tunnel turkey turn "
    "turtle twelve twenty twice twin twist two type typical ugly umbrella unable unaware uncle uncover "
    "under undo unfair unfold unhappy uniform unique unit universe unknown unlock until unusual unveil "
    "update upgrade uphold upon upper upset urban urge usage use used useful useless usual utility vacant "
    "vacuum vague valid valley valve van vanish vapor various vast vault vehicle velvet vendor venture "
    "venue verb verify version very vessel veteran viable vibrant vicious victory video view village "
    "vintage violin virtual virus visa visit visual vital vivid vocal voice void volcano volume vote "
    "voyage wage wagon wait walk wall walnut want warfare warm warrior wash wasp waste water wave way "
    "wealth weapon wear weasel weather web wedding weekend weird welcome west wet whale what wheat wheel "
    "when where whip whisper wide width wife wild will win window wine wing wink winner winter wire "
    "wisdom wise wish witness wolf woman wonder wood wool word work world worry worth wrap wreck wrestle "
    "wrist write wrong yard year yellow you young youth zebra zero zone zoo "
).split()


# =====================================================================================
# SECRETS — English
# =====================================================================================
v = card("4" + pick(["14720", "46317", "85275", "53957"]))
S("en", "bank", f"""User: hey my card keeps getting declined at Walgreens but I have money in checking??
card is {grp(v)} exp 09/27 — can you see what's going on""", grp(v))

otp = rd(6)
S("en", "bank", f"""[chat transcript 14:02] customer: ok I got the text, it says {otp}
[chat transcript 14:02] agent: Thanks, verifying now.""", otp)

S("en", "bank", """Thought: the customer pasted their online banking password ("Tallulah#2291") into the chat while
asking why the login page loops. I should not echo it back; advise a reset via the app and flag the
transcript for masking.""", "Tallulah#2291")

k = "sk_live_51" + rs(14) + rs(24)
ch = "ch_3" + rs(23)
S("en", "gateway", json.dumps({"tool": "http_request", "args": {"method": "POST",
      "url": f"https://api.stripe.com/v1/refunds", "headers": {"Authorization": f"Bearer {k}"},
      "data": {"charge": ch, "amount": 1899, "reason": "requested_by_customer"}}}), k)

ps = rhex(30)
S("en", "acct", f"""$ printenv | grep -i plaid
PLAID_CLIENT_ID=6{rhex(23)}
PLAID_ENV=production
PLAID_SECRET={ps}""", ps)

tok = "shpat_" + rhex(32)
S("en", "ecom", f"""# .env.production  (storefront-sync)
SHOP_DOMAIN=driftwood-candle-co.myshopify.com
SHOPIFY_ADMIN_TOKEN={tok}
SYNC_INTERVAL_MIN=15""", tok)

wh = f"https://hooks.slack.com/services/T0{rs(8, UP + DIG)}/B0{rs(8, UP + DIG)}/{rs(24)}"
S("en", "gateway", f"""Lesson learned: payout-failure alerts were silently dropped because the notifier used an old
channel. Updated notifier.yml -> slack_url: {wh}
Next time check the channel still exists before blaming the payout job.""", wh)

whs = "whsec_" + rs(32)
S("en", "gateway", f"""Dashboard > Developers > Webhooks > endpoint we_{rs(24)}
Signing secret (revealed): {whs}
Listening for: payment_intent.succeeded, charge.dispute.created""", whs)

pw = pick(["Ledg3r-Pr0d!q", "m0nthEnd#Close24", "Vq8$hTz2rLw"])
S("en", "acct", f"""ERROR sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed
  url=postgresql://ledger_rw:{pw}@pg-finance-prod.internal:5432/gl
  hint: is the server running on host "pg-finance-prod.internal" and accepting TCP/IP connections?""", pw)

ssn = ssn_us()
S("en", "payroll", f"""employee_id,last_name,first_name,ssn,pay_rate,filing_status
E10442,Okafor,Chidinma,{ssn},31.50,single""", ssn)

ssn = ssn_us()
S("en", "tax", f"""Summary of W-9 received from contractor (sole proprietor):
Name: Dale R. Whitcomb  |  Business name: Whitcomb Fence & Gate
TIN type: SSN  |  TIN: {ssn}
Backup withholding: not subject. Filed in /vendors/2024/whitcomb.""", ssn)

itin = f"9{rd(2)}-{pick(['70', '78', '81', '88', '92'])}-{rd(4)}"
S("en", "tax", f"""Client message: "I don't have a social, I file with my ITIN {itin}, is that OK for the 1040?" """, itin)

sin = sin_ca()
S("en", "payroll", f"""New hire onboarding (Toronto):
  Name: Priya Ramanathan
  SIN: {sin}
  TD1 claim code: 1
  Start date: 2025-02-03""", sin)

ni = nino_uk()
S("en", "payroll", f"""Agent note: RTI FPS rejected for one employee — the NI number on file was missing the suffix.
Corrected to {ni} from the P45 the employee uploaded; resubmitted FPS, HMRC accepted.""", ni)

tfn = tfn_au()
S("en", "payroll", f"""tool_result: {{"ato_tfn_declaration": {{"payee": "Liam O'Rourke", "tfn": "{tfn}", "residency": "AU", "tax_free_threshold": true}}}}""", tfn)

mc = medicare_au()
S("en", "insur", f"""Claim intake — physio, 3 sessions. Patient Medicare card {mc} (ref 2), private cover with HCF extras.
Gap payment to be refunded to the customer's account on file.""", mc)

L = "ACDEFGHJKMNPQRTUVWXY"
mbi = f"{R.randint(1, 9)}{pick(L)}{pick(L + DIG)}{R.randint(0, 9)}-{pick(L)}{pick(L + DIG)}{R.randint(0, 9)}-{pick(L)}{pick(L)}{R.randint(0, 9)}{R.randint(0, 9)}"
S("en", "insur", f"""User (calling for her father): his red white and blue card says {mbi}, we need to know if the
supplement plan covers the copay before he switches.""", mbi)

mid = "XGH" + rd(9)
S("en", "insur", f"""Prior auth request draft
Member: Tamsin Kowalski   DOB 1979-06-21
Member ID: {mid}   Group: 0087341
Procedure: MRI lumbar, CPT 72148""", mid)

pp = R.choice(UP) + rd(8)
S("en", "crypto", f"""KYC tool output: document_type=PASSPORT issuing_country=USA document_number={pp} expiry=2031-04-17
liveness=pass  face_match=0.97  decision=APPROVED""", pp)

dob = f"{R.randint(60, 99)}0{R.randint(1, 9)}1{R.randint(0, 9)}"
ppn = "5" + rd(8)
l2 = mrz_line2(ppn, "GBR", dob, "F", "330905")
S("en", "crypto", f"""OCR of uploaded passport (bottom zone):
P<GBRHALLORAN<<SIOBHAN<MARIE<<<<<<<<<<<<<<<<
{l2}""", l2)

sp = seed_phrase(12)
S("en", "crypto", f"""User: someone on telegram said they can recover my stuck ETH if i send them my recovery phrase, is
that legit?? i haven't yet. the phrase is {sp}""", sp)

w = wif()
S("en", "crypto", f"""$ bitcoin-cli dumpprivkey bc1q{rs(38, _BECH)}
{w}""", w)

ek = "0x" + rhex(64)
S("en", "crypto", f"""Found in arb-bot/.env during the repo audit:
RPC_URL=https://mainnet.infura.io/v3/{rhex(32)}
PRIVATE_KEY={ek}
MAX_GAS_GWEI=40""", ek)

bs = rs(64)
S("en", "crypto", f"""config.yaml (grid bot)
exchange: binance
api_key: {rs(64)}
api_secret: {bs}
pair: SOL/USDT
grid_levels: 24""", bs)

kr = rs(86, B64) + "=="
S("en", "crypto", f"""Thought: the user's Kraken private key ({kr}) appeared in the traceback they pasted. Tell them to
revoke it in Security > API and regenerate; never reuse it in the script.""", kr)

pem = pem_body(3, prefix="MHcCAQEEI")
S("en", "crypto", f"""cdp_api_key.json
{{"name": "organizations/{ruuid()}/apiKeys/{ruuid()}",
 "privateKey": "-----BEGIN EC PRIVATE KEY-----\\n{pem.replace(chr(10), '')}\\n-----END EC PRIVATE KEY-----\\n"}}""", pem.replace("\n", ""))

ask = rs(40)
S("en", "broker", f"""export APCA_API_KEY_ID=AK{rs(18, UP + DIG)}
export APCA_API_SECRET_KEY={ask}
export APCA_API_BASE_URL=https://api.alpaca.markets
python rebalance.py --dry-run""", ask)

S("en", "broker", """Customer: ok so my IBKR username is jdoe88 and pw is Kestrel!Fjord9 — can you just log in and
close the TSLA puts before the bell? I'm on a plane""", "Kestrel!Fjord9")

bc = f"{rs(4, LO + DIG)}-{rs(4, LO + DIG)}-{rs(4, LO + DIG)}"
S("en", "broker", f"""Assistant summary: user is locked out of the brokerage app after changing phones. They have a
printed backup code ({bc}) from when 2FA was enabled; walked them through the 'use backup code' flow.""", bc)

codes = [f"{rd(4)} {rd(4)}" for _ in range(4)]
S("en", "crypto", f"""Recovery codes — store in a safe place. Each code can be used once.
{codes[0]}    {codes[1]}
{codes[2]}    {codes[3]}""", codes[0])

S("en", "bank", """Verification step: caller answered security question "mother's maiden name" with "Przybylski".
Matched record; proceeded with the address change.""", "Przybylski")

S("en", "bank", """Customer: the security question is the name of my first car and i set it to "blue corolla named gus" lol.
please reset my 2fa""", "blue corolla named gus")

dc = rd(4)
S("en", "pos", f"""Shift handover — Fremont store
- Till 2 drawer sticks, maintenance ticket open
- Back office door code changed to {dc}# (old one no longer works)
- Deposit bag picked up 16:40 by Brinks""", f"{dc}#")

sc = f"{R.randint(10, 39)}-{R.randint(10, 39)}-{R.randint(10, 39)}"
S("en", "pos", f"""Manager thread: "safe combo for the cash office is {sc}, left-right-left. Don't text it to anyone else." """, sc)

al = rd(4)
S("en", "pos", f"""Agent thought: the franchisee asked me to remember the alarm disarm code ({al}) so I can guide the
morning opener. That's a physical-access secret; I will keep it out of long-term notes.""", al)

op = rd(6)
S("en", "pos", f"""POS audit log 2025-03-14 18:22:07 terminal=T04 event=MANAGER_OVERRIDE reason=PRICE_ADJ
cashier=#118 entered_override_pin={op} result=ACCEPTED item=SKU 448812 new_price=12.99""", op)

tp = rd(6)
S("en", "pos", f"""Ticket #55120: Ingenico Lane/3000 at register 6 stuck in 'Terminal locked'. Tech on the phone gave
the maintenance password {tp} to get into the admin menu; reloaded the EMV params.""", tp)

gc = rd(16)
gp = rd(4)
S("en", "ecom", f"""User: I got a $200 gift card for my birthday but your site says invalid?
number {grp(gc)} pin {gp}""", gp)

cvv = rd(3)
S("en", "ecom", f"""Order #48213 notes (left by customer at checkout): "If the payment fails again my security code is {cvv},
the one on the back. Card ends 5517." """, cvv)

ax = card("37" + rd(2), 15)
axf = f"{ax[:4]} {ax[4:10]} {ax[10:]}"
S("en", "ecom", f"""Support email fwd: "Please charge the balance of invoice INV-20931 to my Amex {axf}, exp 03/28, CID {rd(4)}. Thanks, Gerald" """, axf)

tv = card("4" + rd(5))
t2 = f";{tv}={R.randint(26, 30)}{R.randint(1, 12):02d}101{rd(13)}?"
S("en", "pos", f"""[DEBUG] msr.read bytes=40 track2={t2}
[DEBUG] routing to host=fdc-nashville latency=212ms""", t2)

acc = rd(10)
rt = aba_routing()
S("en", "payroll", f"""Direct deposit form (scanned, OCR):
Bank: Chase   Account type: Checking
Routing #: {rt}   Account #: {acc}
Deposit: 100% of net pay""", acc)

ga = rd(8)
S("en", "bank", f"""User: Can you send £450 to my sister? Her details are sort code {rd(2)}-{rd(2)}-{rd(2)}, account {ga}, name E. Doherty""", ga)

ib = iban_ie()
S("en", "acct", f"""<DbtrAcct>
  <Id>
    <IBAN>{ib}</IBAN>
  </Id>
</DbtrAcct>
<!-- debtor: Ms Aoife Brennan, Galway — monthly gym membership collection -->""", ib)

ib = iban_gb()
S("en", "acct", f""":20:PAY{rd(10)}
:23B:CRED
:32A:250314GBP4200,00
:50K:/{ib}
MR THOMAS ADEYEMI
14 LARCH CLOSE SHEFFIELD
:59:/DE{rd(20)}""", ib)

oa = rd(10)
S("en", "acct", f"""<STMTRS><CURDEF>USD
<BANKACCTFROM><BANKID>{aba_routing()}<ACCTID>{oa}<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20250201<DTEND>20250228""", oa)

pcs = "E" + rs(79, B64URL)
S("en", "gateway", f"""paypal:
  mode: live
  client_id: A{rs(79, B64URL)}
  client_secret: {pcs}""", pcs)

sq = "EAAA" + rs(60, B64URL)
S("en", "pos", f"""curl https://connect.squareup.com/v2/locations \\
  -H 'Square-Version: 2024-10-17' \\
  -H 'Authorization: Bearer {sq}'""", sq)

ad = "AQE" + rs(20) + "." + rs(40) + "=-" + rs(40) + "=-" + rs(8)
S("en", "gateway", f"""Thought: Adyen returned 401 for the capture call. The X-API-Key I sent was {ad} — that's the test
key from the old merchant account, not live. Need the key for MerchantAccount BrightlaneECOM.""", ad)

bt = rhex(32)
S("en", "gateway", f"""Braintree::Gateway.new(
  environment: :production,
  merchant_id: "{rs(16, LO + DIG)}",
  public_key: "{rs(16, LO + DIG)}",
  private_key: "{bt}",
)""", bt)

tk = rs(16, UP + DIG)
S("en", "gateway", f"""Authorize.Net credentials moved to vault. For the record the old values were API Login ID {rs(10, UP + DIG)} and Transaction Key {tk}; both rotated 2025-01-09.""", tk)

tw = rhex(32)
S("en", "bank", f"""from twilio.rest import Client
client = Client("AC{rhex(32)}", "{tw}")
client.messages.create(to=phone, from_="+18335550142", body=f"Your code is {{otp}}")""", tw)

sg = f"SG.{rs(22, B64URL)}.{rs(43, B64URL)}"
S("en", "ecom", f"""tool_call: set_secret(name="RECEIPT_MAILER_KEY", value="{sg}")""", sg)

jt = jwt({"sub": "svc-payouts", "scope": "payouts:write", "iat": 1741932000, "exp": 1741935600})
S("en", "gateway", f"""curl -X POST https://payouts.internal/v2/batches \\
  -H "Authorization: Bearer {jt}" \\
  -d @batch_0314.json""", jt)

ck = rs(32, LO + DIG)
S("en", "ecom", f"""HAR excerpt (merchant dashboard, user reported blank orders page):
request.headers.cookie: "_ga=GA1.2.{rd(9)}.{rd(10)}; dash_session={ck}; theme=dark"
response.status: 200  response.bodySize: 0""", ck)

gh = "ghp_" + rs(36)
S("en", "ecom", f"""- name: Deploy checkout-service
  env:
    GH_TOKEN: {gh}
  run: ./scripts/deploy.sh production""", gh)

ak = aws_secret()
S("en", "acct", f"""[invoices-archive]
aws_access_key_id = {aws_key_id()}
aws_secret_access_key = {ak}
region = eu-west-1""", ak)

pk = pem_body(4, prefix="MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")
S("en", "gateway", f"""Apple Pay merchant identity key (do not commit):
-----BEGIN PRIVATE KEY-----
{pk}
-----END PRIVATE KEY-----""", pk)

sf = pick(["BaiDrop!2025q1", "stmt-Xfer#88k", "Rp7&ww2Lq0"])
S("en", "acct", f"""Set up nightly BAI2 pickup: sftp treasury_ops@sftp.bankfeeds.example-bank.com, password {sf}, remote dir /outbound/bai2.""", sf)

qb = "AB11" + rd(9) + rs(37)
S("en", "acct", f"""tool_result {{"realmId": "{rd(19)}", "token_type": "bearer", "refresh_token": "{qb}", "x_refresh_token_expires_in": 8726400}}""", qb)

xs = rs(48, B64URL)
S("en", "acct", f"""User: here's the Xero app creds so you can pull the aged receivables: client id {rs(32, UP + DIG)}, client secret {xs}""", xs)

pa = "access-production-" + ruuid()
S("en", "bank", f"""exchange_public_token -> {{"access_token": "{pa}", "item_id": "{rs(37)}", "request_id": "{rs(15)}"}}""", pa)

wt = ruuid()
S("en", "bank", f"""GET https://api.transferwise.com/v4/profiles/{rd(8)}/balances?types=STANDARD
Authorization: Bearer {wt}
-> 200 OK (3 balances: EUR, GBP, USD)""", wt)

mk = rhex(32) + "-us14"
S("en", "ecom", f"""Thought: abandoned-cart emails stopped. The Mailchimp key in settings ({mk}) returns 401 — probably revoked when Jenna left. Ask the owner to generate a new one.""", mk)

gk = "AIza" + rs(35, B64URL)
S("en", "ecom", f"""<script src="https://maps.googleapis.com/maps/api/js?key={gk}&libraries=places&callback=initAutocomplete" async></script>""", gk)

ok_ = "sk-proj-" + rs(48, B64URL) + "T3BlbkFJ" + rs(20, B64URL)
S("en", "acct", f"""OPENAI_API_KEY={ok_}
# used by receipt-categorizer to map merchant names -> GL codes""", ok_)

tg = f"{rd(10)}:AA{rs(33, B64URL)}"
S("en", "crypto", f"""Lesson: the price-alert bot leaked its token in a public gist. The token {tg} has been revoked via @BotFather; new one is in 1Password only.""", tg)

ssn = ssn_us()
S("en", "loan", f"""Loan application #LA-{rd(7)} — co-borrower section
Name: Marisol Ortega-Hunt   DOB: 04/11/1987
SSN: {ssn}   Employer: Harborview Medical   Years: 6""", ssn)

dl = R.choice(UP) + rd(3) + "-" + rd(3) + "-" + rd(2) + "-" + rd(3) + "-" + rd(1)
S("en", "insur", f"""Auto quote inputs: driver 1 Kevin Marsh, license {dl} (FL), no violations 5y, garaging ZIP 32806.""", dl)

ip = rd(6)
S("en", "tax", f"""Client texted: "IRS mailed me an Identity Protection PIN this year, it's {ip}. do you need that for the return?" """, ip)

gg = pick(["Hadrian-Wall-1988", "p0tato!Scone77", "Kettle&Crumpet55"])
S("en", "tax", f"""Self assessment checklist for Mr Iqbal:
- Government Gateway user ID: {rd(12)}
- password: {gg}
- UTR on last SA302
Thought: store the UTR reference only; never the login.""", gg)

acc = rd(12)
S("en", "loan", f"""Applicant uploaded voided check. Extracted: payee Ronnie Vasquez, ABA {aba_routing()}, checking account {acc}. Autopay enrollment pending signature.""", acc)

dw = f"https://discord.com/api/webhooks/{rd(19)}/{rs(68, B64URL)}"
S("en", "crypto", f"""alerts:
  on_liquidation_risk: true
  discord_webhook: "{dw}"
  threshold_ltv: 0.78""", dw)

ss = "shpss_" + rhex(32)
S("en", "ecom", f"""Thought: HMAC check on the orders/create webhook fails. We are verifying with the API access token instead of the app's shared secret ({ss}). Swap the key in verify_webhook().""", ss)

kp = pick(["correct-mule-lantern-44", "Ziggurat_Oats_0931", "n0t-y0ur-keys!"])
S("en", "crypto", f"""geth account import failed: 'could not decrypt key with given password'. User says the keystore passphrase is "{kp}" — retrying with that one.""", kp)

rk = "rk_live_51" + rs(90)
S("en", "gateway", f"""Restricted key for the analytics job (read-only charges + balance): {rk}""", rk)

v = card("4539" + rd(2))
vf = grp(v)
S("en", "ecom", f"""{vf}
11/26  233
(pasted by user with no other text)""", vf)

pin = rd(4)
S("en", "bank", f"""User: i changed my debit PIN at the ATM to {pin} yesterday but it still says incorrect PIN at the gas pump""", pin)

hs = rhex(64)
S("en", "gateway", f"""const HMAC_SECRET = "{hs}"; // coinbase commerce shared secret for webhook verification""", hs)

ck = rs(48, B64URL)
S("en", "broker", f"""Requests session dump for debugging 403 on /api/portfolio:
{{'cookies': {{'SESSIONID': '{ck}', 'csrftoken': '{rs(32)}'}}, 'status': 403}}""", ck)


# =====================================================================================
# SECRETS — other languages (Europe)
# =====================================================================================
def rvnr_de() -> str:
    area = pick(["12", "13", "15", "24", "28", "53", "65"])
    dob = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}"
    letter = R.choice("ABDHKMSW")
    serial = f"{R.randint(0, 49):02d}"
    digits = area + dob + f"{UP.index(letter) + 1:02d}" + serial
    total = 0
    for d, w in zip(digits, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]):
        p = int(d) * w
        total += p // 10 + p % 10
    return f"{area} {dob} {letter} {serial}{total % 10}"


def clabe_mx() -> str:
    b = pick(["002", "012", "014", "072", "021"]) + rd(3) + rd(11)
    s = sum((int(a) * w) % 10 for a, w in zip(b, [3, 7, 1] * 6))
    return b + str((10 - s % 10) % 10)


def konto_no() -> str:
    return iban_no()[4:]


def cz_account() -> str:
    while True:
        n = rd(10)
        if sum(int(a) * w for a, w in zip(n, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1])) % 11 == 0 and n[0] != "0":
            return f"{n}/{pick(['0800', '0100', '0300', '2010', '5500'])}"


def hu_giro() -> str:
    def chk(digits):
        s = sum(int(a) * w for a, w in zip(digits, [9, 7, 3, 1] * 4))
        return str((10 - s % 10) % 10)
    first = pick(["1177301", "1040000", "1160006", "1200000"])
    first += chk(first)
    rest = rd(15)
    rest += chk(rest)
    return f"{first}-{rest[:8]}-{rest[8:]}"


# --- German
pin = rd(5)
S("de", "bank", f"""Kunde: Hallo, ich komme seit heute früh nicht mehr ins Online-Banking. Anmeldename stimmt, PIN ist {pin}, die hab ich nie geändert. Ist mein Zugang gesperrt?""", pin)

tan = rd(6)
S("de", "bank", f"""tool_output: {{"status": "TAN_REQUIRED", "verfahren": "chipTAN optisch", "auftrag": "Überweisung 1.250,00 EUR an Hausverwaltung Brandt"}}
Nutzer: TAN lautet {tan}, bitte ausführen""", tan)

sid = steuerid_de()
sidf = f"{sid[:2]} {sid[2:5]} {sid[5:8]} {sid[8:]}"
S("de", "payroll", f"""Personalfragebogen – Neueinstellung Lager Bremen
Name: Jana Wieczorek
Steuerliche Identifikationsnummer: {sidf}
Steuerklasse: I   Kinderfreibeträge: 0
Krankenkasse: AOK Bremen/Bremerhaven""", sidf)

kv = kvnr_de()
S("de", "insur", f"""Gedanke: Für die Zusatzversicherung braucht der Antrag die Krankenversichertennummer. Die Kundin hat ein Foto der eGK geschickt, Nummer {kv}. Nur im Antrag eintragen, nicht in die Notizen übernehmen.""", kv)

ib = iban_de()
S("de", "acct", f"""Umsatz;Soll/Haben;Konto;Gegenkonto;Belegdatum;Buchungstext;IBAN Geschäftspartner
89,00;S;1200;8400;0503;Lastschrift Mitgliedsbeitrag Schmitz, K.;{ib}""", ib)

pf = pick(["Feldhase!1977", "Sonnenblume_22Mai", "Kirschbaum#Ahorn9"])
S("de", "tax", f"""Nutzerin: Für ELSTER hab ich die Zertifikatsdatei hochgeladen, das Passwort dazu ist {pf}. Kannst du die Umsatzsteuer-Voranmeldung für Februar abschicken?""", pf)

mc = card("5" + pick(["1", "2", "3", "4", "5"]) + rd(4))
S("de", "ecom", f"""Bestellnotiz #DE-{rd(6)}: "Bitte nicht per Rechnung, sondern von meiner Mastercard abbuchen: {mc}, gültig bis 08/27." """, mc)

rv = rvnr_de()
S("de", "payroll", f"""DEÜV-Meldung vorbereitet (Anmeldung, Grund 10)
Versicherungsnummer: {rv}
Personengruppe 101, Beitragsgruppe 1111, Tätigkeitsschlüssel 51112""", rv)

sk = "sk_live_51" + rs(40)
S("de+en", "gateway", f"""Max: kannst du den Stripe Key rotaten? Der alte ({sk}) lag ne Woche lang im Confluence
Ich: mach ich, revoke direkt nach dem Deploy""", sk)

# --- French
nir = nir_fr()
nirf = f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"
S("fr", "insur", f"""Demande de remboursement mutuelle — pièces reçues
Assuré : M. Olivier Gauthier
N° de sécurité sociale : {nirf}
Organisme : CPAM de Paris
Décompte Ameli joint, reste à charge 42,30 €""", nirf)

ib = iban_fr()
ibf = fmt_iban(ib)
S("fr", "payroll", f"""Message de la salariée : « Bonjour, j'ai changé de banque, voici mon nouveau RIB pour le virement du salaire : {ibf} (Crédit Agricole). Merci ! »""", ibf)

c3 = rd(6)
S("fr", "ecom", f"""Client : le paiement bloque à l'étape 3D Secure, j'ai reçu le code {c3} par SMS mais la page tourne dans le vide""", c3)

dg = f"{rd(2)}{R.choice('AB')}{rd(2)}"
S("fr", "ecom", f"""Instructions de livraison : Bât. C, 3e étage gauche. Digicode {dg}, puis interphone « Lemoine ».""", dg)

nf = R.choice("0123") + rd(12)
S("fr", "tax", f"""Pensée de l'agent : pour créer l'espace particulier sur impots.gouv il faut le numéro fiscal ({nf}) et le revenu fiscal de référence. L'utilisatrice me les a donnés ; je ne garde que le RFR dans le résumé.""", nf)

cb = card("4970" + rd(2))
cr = rd(3)
S("fr", "pos", f"""Ticket TPE (duplicata commerçant) mal configuré — imprime le PAN complet :
CARTE {cb}  EXP 10/26
CRYPTO {cr}  MONTANT 54,20 EUR  CB SANS CONTACT""", cb)

nas = sin_ca()
S("fr", "tax", f"""Québec — déclaration TP-1 : la cliente m'a transmis son NAS ({nas}) et ses relevés 1. À saisir dans le logiciel, ne pas copier dans le courriel de suivi.""", nas)

rn = rrn_be()
S("fr", "loan", f"""Demande de crédit à la consommation — Liège
Emprunteur : Nathalie Dubois
N° de registre national : {rn}
Montant : 12 000 €  Durée : 48 mois""", rn)

# --- Spanish
dni = dni_es()
S("es", "loan", f"""Solicitud de préstamo personal
Titular: Alejandro Ruiz Cabrera
DNI: {dni}
Ingresos netos mensuales: 2.140 €
Finalidad: reforma de cocina""", dni)

nie = nie_es()
S("es", "payroll", f"""Pensamiento: la nómina de marzo de Ionela Popescu sale con retención incorrecta porque en el alta figuraba un pasaporte. Ya tenemos su NIE {nie}; actualizo el modelo 145 y recalculo.""", nie)

ib = iban_es()
ibf = fmt_iban(ib)
S("es", "acct", f"""Orden de domiciliación SEPA — Gimnasio Olimpo
Deudor: Lucía Fernández Márquez
IBAN: {ibf}
Tipo de pago: recurrente""", ibf)

bz = rd(6)
S("es", "bank", f"""Usuario: me ha llegado un SMS de Bizum con el código {bz} para confirmar un pago de 300€ que yo no he hecho, ¿qué hago?""", bz)

cp = pick(["Macarena.1985", "Girasol*Rojo33", "PerroLuna!07"])
S("es", "bank", f"""Cliente: no me deja entrar en la banca online, la contraseña es {cp} y el usuario mi DNI, ¿me la podéis desbloquear?""", cp)

curp = curp_mx("GOMR" + "870314" + "MDF" + "MRS" + "0")
S("es", "loan", f"""Crédito de nómina — datos capturados
Nombre: Rosa Elena Gómez Martínez
CURP: {curp}
Empresa: Grupo Azteca Logística""", curp)

cl = clabe_mx()
S("es", "bank", f"""Cliente (MX): ¿me ayudas a mandar un SPEI a mi mamá? Su CLABE es {cl}, son 3,500 pesos""", cl)

cu = cuil_ar("20")
S("es", "payroll", f"""Alta en AFIP (Simplificación Registral) — empleado Tomás Benítez, CUIL {cu}, convenio 130/75, jornada completa.""", cu)

rut = rut_cl()
S("es", "tax", f"""Herramienta SII → respuesta: {{"rut_contribuyente": "{rut}", "clave_tributaria_valida": true, "propuesta_f22": "disponible"}}""", rut)

# --- Portuguese (BR / PT)
cpf = cpf_br()
S("pt-BR", "ecom", f"""Cliente: pode colocar CPF na nota? {cpf}. E o pedido é pra retirar na loja do Shopping Iguatemi""", cpf)

sn = rd(4)
S("pt-BR", "bank", f"""Pensamento: o cliente digitou a senha do cartão ({sn}) no chat achando que era o código do SMS. Orientar a trocar a senha no caixa eletrônico e não repetir o número.""", sn)

mp = "APP_USR-" + rd(16) + "-" + rd(6) + "-" + rhex(32) + "-" + rd(9)
S("pt-BR", "gateway", f"""# integração Mercado Pago (produção)
MP_PUBLIC_KEY=APP_USR-{ruuid()}
MP_ACCESS_TOKEN={mp}""", mp)

cvv = rd(3)
S("pt-BR", "ecom", f"""Obs. do pedido #{rd(7)}: "o código de segurança do cartão é {cvv}, se a compra não passar me liga" """, cvv)

nif = nif_pt()
S("pt", "tax", f"""Resumo: a cliente pediu a fatura-recibo com NIF {nif}. Ficou registado no Portal das Finanças; IRS automático elegível este ano.""", nif)

mbp = rd(6)
S("pt", "bank", f"""Utilizador: perdi o telemóvel e tenho MB WAY com o PIN {mbp}, consegues bloquear já?""", mbp)

# --- Italian
cf = cf_it("Esposito", "Giulia", 1991, 11, 3, True, "F839")
S("it", "tax", f"""730/2025 precompilato — dati anagrafici confermati
Contribuente: Giulia Esposito, nata a Napoli il 03/11/1991
Codice fiscale: {cf}
Sostituto d'imposta: Ristorante Da Peppe S.r.l.""", cf)

ib = iban_it()
S("it", "payroll", f"""Ciao, sono Marco del magazzino. Mi hanno cambiato il conto, per lo stipendio usate questo IBAN: {ib} — intestato a me, Marco Bellini.""", ib)

otp = rd(6)
S("it", "bank", f"""[log assistente] l'utente conferma il bonifico istantaneo di 780,00 € inserendo il codice OTP {otp} ricevuto via app""", otp)

sp = pick(["Vespa_Rossa74", "CieloBlu!2020", "Amarone#Valpo1"])
S("it", "tax", f"""Utente: per l'accesso SPID al cassetto fiscale usa le mie credenziali: nome utente giulia.esposito91, password {sp}""", sp)

pc = rd(5)
S("it", "bank", f"""Riepilogo chiamata: la cliente ha letto ad alta voce il PIN della carta ({pc}) pensando fosse richiesto. Consigliato cambio PIN in filiale; blocco preventivo non richiesto.""", pc)

# --- Dutch
bsn = bsn_nl()
S("nl", "tax", f"""Gedachte: voor de aangifte inkomstenbelasting 2024 heb ik het BSN van de partner nodig. Klant stuurde: {bsn}. Alleen invullen in het aangifteformulier.""", bsn)

ib = iban_nl()
S("nl", "bank", f"""Klant: kun je €75 overmaken naar mijn zoon? NL-nummer {ib}, t.n.v. S. de Vries, omschrijving 'zakgeld'""", ib)

dd = pick(["Tulp3nB0l!", "fietsbel_Oranje12", "Grachtenpand#1888"])
S("nl", "tax", f"""Gebruiker: mijn DigiD wachtwoord is {dd}, log jij even in bij Mijn Belastingdienst om de voorlopige aanslag te checken?""", dd)

pk = rd(4)
S("nl", "pos", f"""Kassasysteem notitie: pincode voor de dagafsluiting (filiaalmanager) is {pk} — Ahmed heeft hem gewijzigd na de inbraak.""", pk)

# --- Polish
ps = pesel()
S("pl", "loan", f"""Wniosek o kredyt gotówkowy
Imię i nazwisko: Katarzyna Zielińska
PESEL: {ps}
Dochód netto: 7 850 zł / mies.
Zgoda na BIK: tak""", ps)

nrb = iban_generic("PL", 24, pick(["1020", "1140", "1090", "2490"]))[2:]
nrbf = f"{nrb[:2]} {grp(nrb[2:])}"
S("pl", "payroll", f"""Lista płac — marzec: Tomasz Wójcik, netto 6 412,55 zł, rachunek {nrbf}""", nrbf)

bl = rd(6)
S("pl", "ecom", f"""Klient: płacę BLIKiem, kod {bl}, ważny jeszcze minutę, szybko!""", bl)

ha = pick(["Pierogi!Babci1", "Zubr_2019wawa", "Kot#Mruczek44"])
S("pl", "bank", f"""Myśl agenta: użytkownik podał hasło do bankowości ({ha}) w wiadomości o zablokowanym przelewie. Nie zapisuję go w notatkach, proponuję reset przez infolinię.""", ha)

# --- Nordic
pn = personnummer_se()
S("sv", "tax", f"""Deklarationshjälp: kunden Elin Lindqvist, personnummer {pn}, vill göra ROT-avdrag för badrumsrenoveringen.""", pn)

sw = rd(6)
S("sv", "bank", f"""Användare: jag har glömt säkerhetskoden till BankID-appen, den var {sw} tror jag, men den funkar inte längre""", sw)

kn = f"{rd(4)}, {rd(3)} {rd(3)} {rd(3)}-{rd(1)}"
S("sv", "payroll", f"""Lönespecifikation skickad. Utbetalning till Swedbank-konto {kn} (clearing + kontonummer enligt anställd).""", kn)

fn = fnr_no()
S("no", "insur", f"""Skademelding innbo — innbrudd i bod
Forsikringstaker: Henrik Solberg
Fødselsnummer: {fn}
Polise: 7712-{rd(6)}""", fn)

kn = konto_no()
knf = f"{kn[:4]}.{kn[4:6]}.{kn[6:]}"
S("no", "payroll", f"""Ansatt skriver: «Ny konto for lønn fra april: {knf} (DNB). Hilsen Ingrid»""", knf)

bp = pick(["Fjellrev!42", "Lofoten_Sild7", "brunost#Gudbrand"])
S("no", "bank", f"""Bruker: passordet mitt til BankID er {bp}, men jeg får feilkode C161 når jeg skal signere lånesøknaden""", bp)

cpr = cpr_dk()
S("da", "payroll", f"""Ny medarbejder i lønsystemet: Freja Mikkelsen, CPR-nr. {cpr}, skattekort: hovedkort, startdato 1. maj.""", cpr)

kd = f"{rd(4)} {rd(10)}"
S("da", "bank", f"""Kunde: vil du sende 2.000 kr til min søster? reg.nr. og kontonr.: {kd}, tekst 'husleje'""", kd)

nk = rd(6)
S("da", "bank", f"""Tanke: brugeren har skrevet nøglekort-koden ({nk}) ind i chatten. NemID er udfaset — henvis til MitID og slet koden fra svaret.""", nk)

ht = hetu_fi()
S("fi", "insur", f"""Vakuutushakemus — kotivakuutus
Hakija: Aino Virtanen
Henkilötunnus: {ht}
Osoite: Hämeenkatu 14 B 22, Tampere""", ht)

ib = iban_generic("FI", 14, pick(["1234", "5720", "8000", "4055"]))
ibf = fmt_iban(ib)
S("fi", "payroll", f"""Työntekijä: palkka tästä eteenpäin tilille {ibf}, kiitos!""", ibf)

tl = rd(4)
S("fi", "bank", f"""Asiakas: verkkopankin tunnusluku on {tl} mutta se ei kelpaa, onko tunnukseni lukittu?""", tl)

# --- Central / Eastern Europe
rc = rc_cz()
S("cs", "loan", f"""Žádost o hypotéku — spolužadatel
Jméno: Petr Dvořák
Rodné číslo: {rc}
Zaměstnavatel: Škoda Auto a.s., Mladá Boleslav""", rc)

ca = cz_account()
S("cs", "bank", f"""Uživatel: pošli prosím 1 500 Kč na účet {ca}, to je můj bratr, zpráva 'za lyže'""", ca)

cp = rd(4)
S("cs", "pos", f"""Poznámka pro směnu: servisní PIN k terminálu na pokladně 2 je {cp}, jen pro vedoucí.""", cp)

tj = taj_hu()
S("hu", "insur", f"""Kárbejelentés — magánorvosi számla visszatérítése
Biztosított: Nagy Eszter
TAJ-szám: {tj}
Összeg: 38 000 Ft""", tj)

ad = adoaz_hu()
S("hu", "payroll", f"""Gondolat: az új munkavállaló adóazonosító jele ({ad}) hiányzott a bejelentésből; pótolva a T1041-ben, a NAV visszaigazolta.""", ad)

hg = hu_giro()
S("hu", "bank", f"""Ügyfél: a lakbért erre a számlára utald légyszi: {hg}, kedvezményezett Kovács Bence""", hg)

cnp = cnp_ro()
S("ro", "loan", f"""Cerere de credit de nevoi personale
Solicitant: Andreea Ionescu
CNP: {cnp}
Venit net: 5.400 lei""", cnp)

ib = iban("RO", pick(["BTRL", "RNCB", "BRDE", "INGB"]) + rd(16))
S("ro", "payroll", f"""Salariatul a trimis: „contul meu nou pentru salariu e {ib}, la Banca Transilvania”""", ib)

pr = pick(["Sarmale!Bunica9", "Carpati_2024", "Dunarea#Delta5"])
S("ro", "bank", f"""Utilizator: nu pot intra în internet banking, parola este {pr}. Mi-au blocat contul?""", pr)

am = amka_gr()
S("el", "insur", f"""Αίτηση αποζημίωσης — ιδιωτική ασφάλιση υγείας
Ασφαλισμένος: Γεώργιος Παπαδόπουλος
ΑΜΚΑ: {am}
Νοσοκομείο: Υγεία, Μαρούσι""", am)

af = afm_gr()
S("el", "tax", f"""Σκέψη: για το Ε1 η πελάτισσα έστειλε το ΑΦΜ της ({af}) και τον κωδικό Taxisnet. Κρατάω μόνο τα ποσά στη σύνοψη.""", af)

ib = iban("GR", pick(["011", "017", "026", "014"]) + rd(4) + rd(16))
S("el", "bank", f"""Πελάτης: στείλε 200€ στον αδερφό μου, IBAN {ib}, αιτιολογία «δάνειο»""", ib)

# --- Turkish
tc = tckn()
S("tr", "loan", f"""İhtiyaç kredisi başvurusu
Ad Soyad: Elif Yıldız
T.C. Kimlik No: {tc}
Aylık net gelir: 42.500 TL""", tc)

ib = iban("TR", pick(["00062", "00010", "00046", "00064"]) + "0" + rd(16))
ibf = fmt_iban(ib)
S("tr", "payroll", f"""Çalışan mesajı: "Maaşımı artık {ibf} numaralı hesaba yatırır mısınız? Garanti BBVA." """, ibf)

sf = rd(6)
S("tr", "bank", f"""Müşteri: mobil şifremi unuttum, eskisi {sf} idi, yenisini nasıl alırım?""", sf)

dk = rd(6)
S("tr", "ecom", f"""Sipariş notu: ödeme ekranında SMS doğrulama kodu {dk} geldi ama sayfa kapandı, tekrar dener misiniz""", dk)

tr = card("9792" + rd(2))
S("tr", "pos", f"""Düşünce: POS sağlayıcısının hata kaydında Troy kart numarası açık yazılmış ({tr}). Log maskeleme ayarını açmalarını iste.""", tr)


# =====================================================================================
# SECRETS — other languages (Cyrillic, Middle East, Asia, Africa, code-switching)
# =====================================================================================
sn = snils_ru()
S("ru", "payroll", f"""Приём на работу — склад Подольск
ФИО: Смирнова Анна Викторовна
СНИЛС: {sn}
Оклад: 68 000 ₽""", sn)

inn = inn_ru_person()
S("ru", "tax", f"""Мысль: для вычета за лечение в 3-НДФЛ нужен ИНН физлица. Клиент прислал {inn}. Вношу в декларацию, в заметки не переношу.""", inn)

mir = card("220" + R.choice("01234") + rd(2))
mirf = grp(mir)
S("ru", "bank", f"""Клиент: не проходит оплата картой Мир {mirf}, пишет «операция отклонена», деньги на счёте есть""", mirf)

sms = rd(4)
S("ru", "ecom", f"""[чат поддержки] покупатель: пришёл код из смс {sms}, вводить его вам или на сайте?""", sms)

psp = f"{rd(2)} {rd(2)} {rd(6)}"
S("ru", "loan", f"""Заявка на кредит наличными
Паспорт РФ: серия и номер {psp}, выдан ГУ МВД России по г. Москве
Дата выдачи: 14.06.2016""", psp)

rn = rnokpp_ua()
S("uk", "tax", f"""Декларація про майновий стан — ФОП 3 група
Платник: Коваленко Олександр Петрович
РНОКПП: {rn}""", rn)

ib = iban("UA", pick(["305299", "322001", "300528"]) + "0" * 5 + rd(14))
S("uk", "payroll", f"""Працівник: «Зарплату прошу переказувати на {ib} (ПриватБанк), дякую»""", ib)

cv = rd(3)
S("uk", "ecom", f"""Думка агента: покупець написав CVV2 ({cv}) у коментарі до замовлення. Видалити коментар і попросити оплатити через платіжну сторінку.""", cv)

sid = saudi_id()
S("ar", "loan", f"""طلب تمويل شخصي
الاسم: عبدالله محمد القحطاني
رقم الهوية الوطنية: {sid}
جهة العمل: أرامكو السعودية
الراتب الشهري: 18,500 ريال""", sid)

ei = emirates_id()
S("ar", "insur", f"""العميلة: أرسلت لكم صورة الهوية، الرقم {ei}، أريد تجديد وثيقة التأمين الصحي قبل نهاية الشهر""", ei)

ib = iban("SA", pick(["80", "10", "45", "20"]) + rd(18))
S("ar", "payroll", f"""الموظف: رجاءً حوّلوا الراتب إلى الآيبان الجديد {ib} (مصرف الراجحي)""", ib)

otp = rd(4)
S("ar", "bank", f"""[سجل المحادثة] العميل: وصلني رمز التحقق {otp} هل أرسله لك؟
[سجل المحادثة] الوكيل: لا تشارك الرمز مع أي أحد.""", otp)

rs_ = rd(4)
S("ar", "pos", f"""ملاحظة تسليم الوردية: الرقم السري لدرج النقد في الكاشير رقم 3 أصبح {rs_} بعد التغيير اليوم.""", rs_)

tz = tz_il()
S("he", "insur", f"""בקשה להחזר הוצאות רפואיות
שם המבוטח: נועה כהן
מספר תעודת זהות: {tz}
קופת חולים: מכבי""", tz)

ib = iban("IL", pick(["010", "012", "020", "011"]) + rd(3) + rd(13))
S("he", "bank", f"""לקוח: תעביר 1,200 ש"ח לבעל הדירה, IBAN {ib}, שם: משה לוי""", ib)

hp = pick(["Shalom!Yam2020", "tapuz_Haifa7", "Kinneret#88"])
S("he", "bank", f"""מחשבה: הלקוח כתב את הסיסמה לאתר הבנק ({hp}) בהודעה. לא לשמור אותה, להפנות לאיפוס סיסמה.""", hp)

km = codmeli_ir()
S("fa", "loan", f"""درخواست وام قرض‌الحسنه
نام: مریم حسینی
کد ملی: {km}
شماره تماس: ۰۹۱۲ ۳۴۵ ۶۷۸۹""", km)

sh = iban("IR", "0" + pick(["17", "12", "55", "62"]) + "0" + rd(19))
S("fa", "bank", f"""مشتری: لطفاً مبلغ را به شماره شبای {sh} واریز کنید، به نام رضا احمدی""", sh)

rd2 = rd(6)
S("fa", "ecom", f"""یادداشت سفارش: رمز دوم کارتم {rd2} هست، اگر پرداخت ناموفق شد دوباره امتحان کنید""", rd2)

ad = aadhaar()
S("hi", "loan", f"""पर्सनल लोन आवेदन — KYC विवरण
नाम: सुनीता शर्मा
आधार संख्या: {ad}
मासिक आय: ₹62,000""", ad)

pn = pan_in()
S("hi", "tax", f"""विचार: ITR-1 भरने के लिए ग्राहक ने अपना PAN {pn} भेजा है। इसे सिर्फ़ फ़ॉर्म में डालूँगा, सारांश में नहीं।""", pn)

up = rd(6)
S("hi", "bank", f"""ग्राहक: मेरा UPI पिन {up} है, फिर भी पेमेंट फेल हो रहा है, क्या करूँ?""", up)

otp = rd(6)
S("hi", "ecom", f"""[ऑर्डर चैट] खरीदार: OTP {otp} आया है डिलीवरी बॉय को बताऊँ?""", otp)

nb = pick(["Dilli@1234", "chai_pakoda99", "Shubh#Labh21"])
S("hi-Latn", "bank", f"""User: bhai net banking ka password {nb} daala par 'invalid credentials' aa raha hai, account lock toh nahi ho gaya?""", nb)

up = rd(4)
S("hi-Latn", "bank", f"""Customer: mera UPI PIN {up} hai, GPay pe payment pending dikha raha hai 2 ghante se, paisa kat gaya""", up)

rp = rs(24)
S("hi-Latn", "gateway", f"""Dev note: Razorpay ka key_secret {rp} galti se frontend bundle mein chala gaya tha, rotate kar diya hai.""", rp)

nid = rd(10)
S("bn", "loan", f"""ঋণ আবেদন — গ্রাহকের তথ্য
নাম: রহিমা খাতুন
জাতীয় পরিচয়পত্র নম্বর: {nid}
মাসিক আয়: ৪৫,০০০ টাকা""", nid)

bk = rd(5)
S("bn", "bank", f"""গ্রাহক: আমার বিকাশ পিন {bk}, কিন্তু ক্যাশ আউট করতে পারছি না""", bk)

cn = f"{rd(5)}-{rd(7)}-{R.randint(1, 9)}"
S("ur", "loan", f"""قرض کی درخواست
نام: محمد عمران
شناختی کارڈ نمبر: {cn}
ماہانہ آمدنی: 1,20,000 روپے""", cn)

jz = rd(4)
S("ur", "bank", f"""صارف: میرا جاز کیش MPIN {jz} ہے، ٹرانزیکشن فیل ہو رہی ہے""", jz)

cid = cn_id()
S("zh", "loan", f"""个人消费贷款申请
姓名：王磊
身份证号：{cid}
工作单位：杭州某科技有限公司
月收入：28,000元""", cid)

up = card("62" + pick(["2848", "2202", "1700", "2588"]), 19)
upf = grp(up)
S("zh", "bank", f"""用户：我的银行卡 {upf} 刷不了，提示“交易受限”，是被冻结了吗？""", upf)

pp = rd(6)
S("zh", "ecom", f"""思考：用户在客服对话里直接发了支付密码（{pp}），这不应该保存。提醒用户去支付宝修改支付密码。""", pp)

vc = rd(6)
S("zh", "bank", f"""【工具输出】短信网关回执：手机号 138****6621 已发送验证码 {vc}，有效期5分钟""", vc)

ap = pem_body(4, prefix="MIIEpAIBAAKCAQEA")
S("zh", "gateway", f"""支付宝开放平台 — 应用私钥（RSA2，请勿外传）
-----BEGIN RSA PRIVATE KEY-----
{ap}
-----END RSA PRIVATE KEY-----""", ap)

wx = rs(32)
S("zh", "gateway", f"""微信支付 APIv3 配置：
mchid: 16{rd(8)}
api_v3_key: {wx}
cert_serial_no: {rhex(40).upper()}""", wx)

tw = taiwan_id()
S("zh-TW", "insur", f"""保險理賠申請
被保險人：林怡君
身分證字號：{tw}
事故日期：2025/02/11""", tw)

wp = pick(["Bubble!Tea88", "Taipei101_sky", "Mango#Shaved7"])
S("zh-TW", "bank", f"""客戶：網路銀行密碼是 {wp}，一直顯示錯誤，是不是被鎖了？""", wp)

mn = mynumber_jp()
S("ja", "payroll", f"""扶養控除等申告書（受付）
氏名：佐藤 美咲
個人番号：{mn}
所属：大阪物流センター""", mn)

kz = rd(7)
S("ja", "bank", f"""お客様：給与の振込先を変更したいです。三井住友銀行 梅田支店（{rd(3)}）普通 {kz} 名義サトウ ミサキ""", kz)

pin4 = rd(4)
S("ja", "bank", f"""思考：お客様がキャッシュカードの暗証番号（{pin4}）をチャットに書いてしまった。記録から除外し、暗証番号の変更を案内する。""", pin4)

otp = rd(6)
S("ja", "broker", f"""[ツール出力] 証券口座ログイン：ワンタイムパスワード {otp} をSMSで受信、認証成功""", otp)

bs = rs(40)
S("ja", "crypto", f"""bitFlyer API設定メモ
API Key: {rs(22)}
API Secret: {bs}
権限: 資産残高の取得のみ""", bs)

rn = rrn_kr("1")
S("ko", "loan", f"""신용대출 신청서
성명: 김민준
주민등록번호: {rn}
직장: 삼성전자 수원사업장""", rn)

ac = f"110-{rd(3)}-{rd(6)}"
S("ko", "bank", f"""고객: 월세 보내려는데 계좌번호 {ac} (신한) 예금주 박서연 맞는지 확인해 주세요""", ac)

cp = pick(["Kimchi!2024", "hangang_run7", "Seoul#Tower55"])
S("ko", "tax", f"""생각: 사용자가 공동인증서 비밀번호({cp})를 보내왔다. 연말정산 간소화 조회에는 필요하지만 메모에 남기지 않는다.""", cp)

vc = rd(6)
S("ko", "ecom", f"""주문 메모: 인증번호 {vc} 입력했는데 결제가 안 됐어요. 다시 보내주세요""", vc)

th = thai_id()
S("th", "loan", f"""ใบสมัครสินเชื่อส่วนบุคคล
ชื่อ: นางสาวสุดารัตน์ ใจดี
เลขประจำตัวประชาชน: {th}
รายได้ต่อเดือน: 35,000 บาท""", th)

otp = rd(6)
S("th", "bank", f"""ลูกค้า: ได้รับรหัส OTP {otp} แล้วค่ะ ต้องกรอกตรงไหน""", otp)

tp = pick(["Tomyum!Kung9", "Chiangmai_2023", "Mali#Flower4"])
S("th", "bank", f"""ความคิด: ลูกค้าพิมพ์รหัสผ่านแอปธนาคาร ({tp}) มาในแชต ห้ามบันทึก แนะนำให้เปลี่ยนรหัสผ่าน""", tp)

cc = "0" + rd(2) + R.choice("0123") + rd(8)
S("vi", "loan", f"""Hồ sơ vay tiêu dùng
Họ tên: Nguyễn Thị Lan
Số CCCD: {cc}
Thu nhập: 18.000.000 đ/tháng""", cc)

otp = rd(6)
S("vi", "bank", f"""Khách hàng: mã OTP là {otp}, em chuyển khoản giúp chị 5 triệu cho mẹ nhé""", otp)

mk = pick(["Phobo!Hanoi88", "caphe_sua_da7", "Halong#Bay22"])
S("vi", "bank", f"""Suy nghĩ: khách gửi mật khẩu internet banking ({mk}) trong tin nhắn. Không lưu, hướng dẫn đổi mật khẩu.""", mk)

nik = pick(["3171", "3273", "3578", "5171"]) + rd(2) + f"{R.randint(41, 68):02d}{R.randint(1, 12):02d}{R.randint(80, 99):02d}" + rd(4)
S("id", "loan", f"""Pengajuan pinjaman online
Nama: Siti Rahmawati
NIK: {nik}
Penghasilan: Rp 9.500.000 / bulan""", nik)

pn = rd(6)
S("id", "bank", f"""Nasabah: PIN m-banking saya {pn}, tapi transfer ke BCA gagal terus""", pn)

rk = rd(10)
S("id", "payroll", f"""Data rekening karyawan: Budi Santoso, BCA, no. rekening {rk}, a.n. Budi Santoso""", rk)

mk = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{pick(['10', '14', '08', '01'])}-{rd(4)}"
S("ms", "loan", f"""Permohonan pinjaman peribadi
Nama: Nurul Aisyah binti Ahmad
No. MyKad: {mk}
Majikan: Petronas Dagangan Bhd""", mk)

tac = rd(6)
S("ms", "bank", f"""Pelanggan: saya dapat TAC {tac} untuk pindahan DuitNow RM800, boleh teruskan?""", tac)

sss = f"{rd(2)}-{rd(7)}-{rd(1)}"
S("tl", "payroll", f"""Bagong empleyado: Maria Santos, SSS No. {sss}, PhilHealth at Pag-IBIG isusunod bukas.""", sss)

mp = rd(4)
S("tl", "bank", f"""User: ang GCash MPIN ko ay {mp}, pero ayaw mag-log in, na-lock na ba?""", mp)

mp = rd(4)
S("sw", "bank", f"""Mteja: PIN yangu ya M-Pesa ni {mp}, nimetuma pesa kwa namba isiyo sahihi, naomba msaada kuirudisha""", mp)

pk = rhex(64)
S("sw", "gateway", f"""Mawazo: passkey ya Daraja ({pk}) imeonekana kwenye log ya STK Push. Ibadilishwe kwenye portal ya Safaricom.""", pk)

pw = pick(["Matreshka_1999", "Sibir!Kedr55", "pelmeni#Dacha7"])
S("ru-Latn", "bank", f"""User: privet, parol ot lichnogo kabineta {pw}, ne mogu zayti uzhe dva dnya, pomogite""", pw)

kod = rd(6)
S("ru-Latn", "crypto", f"""User: kod iz Google Authenticator {kod}, podtverdite vyvod USDT pozhaluysta, srochno""", kod)

pin = rd(4)
S("ar-Latn", "bank", f"""User: salam, el PIN beta3 el card {pin} w el ATM bi2oul incorrect, shu el 7al?""", pin)

pw = pick(["Habibi@2023", "yalla_Beirut9", "Zaatar#Man2ish"])
S("ar-Latn", "ecom", f"""Customer: 3amalt account 3al site w 7atet el password {pw} bas ma 3am yfoot, momken t3mlo reset?""", pw)

ssn = ssn_us()
S("es+en", "tax", f"""Cliente: hola, para el tax return de mi esposo, su social es {ssn}, and he worked only 6 months last year""", ssn)

v = card("4" + rd(5))
S("es+en", "ecom", f"""Customer: la tarjeta es {v}, expires 12/26, pero no me deja hacer el checkout, what am I doing wrong?""", v)

ak = rs(32)
S("zh+en", "crypto", f"""同事: OKX 的 API secret 我先贴这里 {ak}, passphrase 晚点 DM 你, 记得只开 read 权限""", ak)

gp = rdnz(11)
S("ka", "loan", f"""სესხის განაცხადი
სახელი: ნინო ბერიძე
პირადი ნომერი: {gp}
შემოსავალი: 3 200 ლარი""", gp)


# =====================================================================================
# INNOCENT look-alikes — English
# =====================================================================================
def ean13(prefix: str = "") -> str:
    b = (prefix + rd(12))[:12]
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def masked_pan(pan: str, keep_first: int = 0) -> str:
    return pan[:keep_first] + "*" * (len(pan) - keep_first - 4) + pan[-4:]


def amazon_order() -> str:
    return f"{R.randint(111, 114)}-{rd(7)}-{rd(7)}"


def ups_tracking() -> str:
    return "1Z" + rs(6, UP + DIG) + rd(10)


def pnr() -> str:
    return rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


last4 = rd(4)
I("en", "bank", f"""Customer: I see two charges of $54.20 from "SQ *BLUE DOOR CAFE" on my Visa ending in {last4}. I only bought one coffee and a sandwich.
Agent: I can see both authorizations; one is a pending pre-auth that should drop off in 1-3 business days.""")

I("en", "gateway", """## Testing payments locally
Use the card number 4242 4242 4242 4242 with any future expiry date and any 3-digit CVC.
To simulate a decline, use 4000 0000 0000 0002. No real money moves in test mode.""")

pk = "pk_live_51" + rs(14) + rs(80)
I("en", "gateway", f"""// checkout.js — publishable key is safe to ship to the browser
const stripe = Stripe("{pk}");
const elements = stripe.elements({{ appearance: {{ theme: "flat" }} }});""")

I("en", "gateway", f"""2025-03-14T10:22:41Z webhook evt_1{rs(23)} type=charge.refunded
  charge=ch_3{rs(23)} payment_intent=pi_3{rs(23)}
  customer=cus_{rs(14)} refund=re_3{rs(23)} amount=1899 currency=usd status=succeeded""")

I("en", "ecom", """# .env.example — copy to .env and fill in real values (never commit .env)
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxx
SHOPIFY_ADMIN_TOKEN=shpat_<your-admin-api-token>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/shop""")

I("en", "acct", """plaid:
  client_id: ${PLAID_CLIENT_ID}
  secret: ${PLAID_SECRET}
  env: production
# values injected from Vault path secret/data/finance/plaid at deploy time""")

I("en", "gateway", f"""curl https://api.stripe.com/v1/payouts \\
  -u "$STRIPE_SECRET_KEY:" \\
  -H "Idempotency-Key: {ruuid()}" \\
  -d amount=250000 -d currency=usd""")

I("en", "ecom", f"""Deploy summary: checkout-service {rhex(40)} rolled out to prod at 09:14 UTC.
Includes the tax-rounding fix (PR #2291) and the Klarna widget bump to 24.3.1. No errors in the first 30 min.""")

I("en", "payroll", f"""Payroll export generated: payroll_2025-03-15.csv (412 rows)
sha256: {rhex(64)}
Uploaded to ADP SFTP /inbound; checksum matches the copy in the archive bucket.""")

I("en", "ecom", f"""User: where is my order? it's {amazon_order()}, said it would arrive Tuesday
Agent: The carrier shows it out for delivery today. Tracking {ups_tracking()}.""")

I("en", "ecom", f"""tool_result: {{"carrier": "USPS", "tracking_number": "9400 1{rd(3)} {rd(4)} {rd(4)} {rd(4)} {rd(2)}", "status": "In Transit", "expected": "2025-03-18"}}""")

I("en", "ecom", f"""FedEx label created — tracking {rd(12)}, 2 packages, 14.2 lb total, service PRIORITY_OVERNIGHT.""")

I("en", "bank", f"""Booking confirmed for the client's Lisbon trip: TAP flight TP{rd(3)}, record locator {pnr()}; hotel confirmation #{rd(9)}. Card on file charged at the hotel only at check-in.""")

ab = aba_routing()
I("en", "bank", f"""FAQ draft: "What is our routing number?" — Our ABA routing number is {ab} for ACH and direct deposit. For incoming wires use {aba_routing()} and SWIFT code CITIUS33 for international transfers.""")

I("en", "acct", """Thought: the vendor's remittance advice lists BIC DEUTDEFFXXX and the beneficiary bank as Deutsche Bank Frankfurt. Their full account details are already on the approved vendor master, so I only need to match the invoice reference.""")

ein = f"{pick(['84', '82', '87', '93', '46'])}-{rd(7)}"
I("en", "tax", f"""W-9 summary: Harborline Logistics LLC (C corporation), EIN {ein}, address 400 Pier Ave, Long Beach CA 90802. Exempt payee code 5.""")

I("en", "acct", f"""Vendor onboarding: Nimbus Packaging Ltd — Companies House no. {rd(8)}, VAT reg GB{rd(3)} {rd(4)} {rd(2)}, D-U-N-S {rd(2)}-{rd(3)}-{rd(4)}. Payment terms net 30.""")

I("en", "broker", f"""Trade confirmation
BUY 25 APPLE INC (ISIN US0378331005, CUSIP 037833100) @ 189.43
Settlement T+1: 2025-03-17   Commission: 0.00   Order ID {rd(10)}
Account: individual brokerage ****{rd(4)}""")

I("en", "broker", f"""MiFIR transaction report row: reporting_entity_LEI={lei()}; instrument={isin('IE', '00B4L5Y98')}; qty=1200; price=73.18; venue=XLON""")

I("en", "crypto", f"""Customer: my USDT withdrawal is still pending?? txid {'0x' + rhex(64)}
Agent: That transaction has 4 of 12 confirmations on Ethereum; it will credit automatically.""")

I("en", "crypto", f"""Your BTC deposit address (SegWit): {bech32_addr()}
Only send BTC to this address. Deposits are credited after 2 network confirmations.""")

I("en", "crypto", f"""Set up a watch-only wallet for the treasury reporting job using the account xpub:
{xpub()}
Derivation m/84'/0'/0'. This only lets us see balances; spending keys stay on the hardware device.""")

I("en", "gateway", f"""PayPal webhook verification: we fetch the signing certificate from the cert_url header and check the transmission signature. Cached cert fingerprint (SHA-256):
{':'.join(rhex(2).upper() for _ in range(32))}""")

I("en", "gateway", f"""-----BEGIN PUBLIC KEY-----
{(lambda k: k[:64] + chr(10) + k[64:])("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + base64.b64encode(rbytes(64)).decode())}
-----END PUBLIC KEY-----
(public key from the gateway dashboard, used only to verify notification signatures)""")

I("en", "payroll", f"""tool_output: employee E10442 — name: Okafor, C. | SSN: ***-**-{rd(4)} | pay group: BW-01 | direct deposit: Checking ••••{rd(4)} (100%)""")

I("en", "bank", f"""Customer: can you confirm the last four of the account the refund went to?
Agent: It went to the checking account ending in {rd(4)} on March 3. I can't read out the full number in chat.""")

I("en", "acct", """Reminder for the docs page on IBAN validation: use the standard examples, e.g. GB82 WEST 1234 5698 7654 32 and DE89 3704 0044 0532 0130 00. Both pass the mod-97 check and belong to nobody.""")

I("en", "bank", f"""Summary: customer called from +1 (415) 555-01{rd(2)} about a card replacement. Shipped to the address on file (ZIP 94110). Expected delivery 5-7 business days. Reference #{rd(8)}.""")

I("en", "acct", f"""!Type:Bank
D03/01/2025
T-1,250.00
PRent March
^
D03/03/2025
T4,812.36
PACME CORP PAYROLL
^""")

I("en", "gateway", f"""INFO 2025-03-14 10:22:43 request_id=req_{rs(14)} trace_id={rhex(32)} span_id={rhex(16)} POST /v1/payment_intents 200 312ms""")

I("en", "crypto", f"""tx {rhex(64)} block 884213 vin=2 vout=3 fee=0.00012840 BTC
  out[0] {bech32_addr()} 0.25000000
  out[1] {bech32_addr()} 1.10291133""")

payload = json.dumps({"invoice_id": f"INV-{rd(5)}", "status": "paid", "amount": 12990, "currency": "EUR"})
I("en", "acct", f"""Pub/Sub message received on topic invoice-events:
{{"message": {{"data": "{base64.b64encode(payload.encode()).decode()}", "messageId": "{rd(16)}", "publishTime": "2025-03-14T10:23:02Z"}}}}""")

I("en", "gateway", f"""Incoming webhook headers:
Stripe-Signature: t=1741947762,v1={rhex(64)}
Content-Type: application/json; charset=utf-8
Note: signature verified against the endpoint secret stored in Vault.""")

I("en", "bank", """Agent: For your security we'll never ask for your password, PIN or the one-time code we text you. If someone calls asking for them, hang up and call the number on the back of your card.""")

I("en", "gateway", """Thought: the 401s started at 14:02 when the OAuth access token expired; the refresh job was pointed at the old token endpoint. Fixed the URL; the token now refreshes every 50 minutes.""")

I("en", "bank", f"""tool_result: {{"otp_status": "sent", "channel": "sms", "destination": "+44 ***** **{rd(4)}", "expires_in": 300, "attempts_left": 3}}""")

I("en", "bank", """Notification: Your card PIN was changed successfully on 14 Mar 2025 at 18:40. If this wasn't you, call us immediately.""")

I("en", "acct", f"""Invoice INV-2025-{rd(5)} issued to Calder & Finch LLP: 18 hrs @ $175.00 = $3,150.00; due 2025-04-13; PO {rd(7)}.""")

I("en", "insur", f"""Auto policy renewal: policy #PAC-{rd(4)}-{rd(2)}-{rd(4)}, term 2025-04-01 to 2025-10-01, premium $684.00, claim #{rd(10)} from last year closed.""")

I("en", "loan", f"""Loan file LA-{rd(7)} moved to underwriting. DTI 31.4%, LTV 78%, FICO 742. Appraisal ordered (ref APR-{rd(6)}); rate lock expires 2025-04-02.""")

I("en", "ecom", """Lesson learned: pinning stripe-python to 7.12.0 broke the new Payment Element flow. Upgraded to 8.1.0, regenerated the lock file, all 214 tests green.""")

I("en", "pos", f"""Terminal config: MID {rd(15)}  TID {rd(8)}  store 0412  acquirer Worldpay  batch close 23:30 local.""")

I("en", "pos", f"""SALE             CONTACTLESS
VISA             ************{rd(4)}
AID: A0000000031010
TVR: 0000008000   TSI: E800
AUTH CODE: {rs(6, UP + DIG)}   RRN: {rd(12)}
STAN: {rd(6)}     AMOUNT: USD 23.84
APPROVED - THANK YOU""")

I("en", "ecom", f"""Customer: what's left on my gift card ending {rd(4)}?
Agent: The remaining balance is $23.17; it doesn't expire.""")

I("en", "ecom", """Marketing note: SPRING25 gives 25% off sitewide until March 31; WELCOME10 stays on for new signups. Don't stack with employee discount.""")

I("en", "tax", """Reminder: Form 1099-K threshold changed — report Box 1a gross amount; payments processed through the marketplace appear there, not the net payouts.""")

I("en", "acct", f"""Please remit to: Brightlane Supplies Inc., account ending {rd(4)}, Bank of America, ABA {aba_routing()}. Reference invoice number on all payments.""")

I("en", "ecom", f"""tool_call: get_customer({{"customer_id": "{ruuid()}", "include": ["orders", "addresses"]}})""")

I("en", "bank", f"""Ticket escalated: customer disputes a $1,200 wire. Fed reference IMAD {pick(['20250314', '20250313'])}B1QGC0{rd(1)}C00{rd(4)}, OMAD {pick(['20250314'])}{rs(8, UP + DIG)}{rd(6)}.""")

I("en", "gateway", """From jwt.io docs: the example token is
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
Paste it in the debugger to see the header and payload decoded.""")

I("en", "broker", f"""AAPL 189.43 +2.21 (+1.18%)  vol 48.2M
MSFT 421.07 -0.88 (-0.21%)  vol 19.7M
Order {rd(9)} filled: SELL 10 MSFT @ 421.10""")

I("en", "crypto", """Reminder for support macros: the official USDT (ERC-20) contract is 0xdAC17F958D2ee523a2206206994597C13D831ec7. Tokens sent to any other contract claiming to be USDT are not recoverable.""")

I("en", "acct", """Agent: The API key is stored in Vault under secret/payments/stripe and rotated quarterly. Please don't paste keys, passwords or tokens into tickets — link to the Vault path instead.""")

I("en", "acct", f"""KMS key for encrypting statement exports: arn:aws:kms:eu-west-1:{rd(12)}:key/{ruuid()} (alias/finance-exports)""")

I("en", "pos", f"""BIN lookup: {R.choice(['414720', '446317', '532600', '601100'])} → issuer JPMorgan Chase, Visa Signature, credit, US. Interchange category: rewards.""")

I("en", "pos", """PCI reminder in the onboarding deck: never write down or store the CVV2/CVC2 after authorization, not even in the order notes. Masked PAN (first 6 / last 4) is OK in receipts.""")

I("en", "ecom", f"""Product feed row: sku=CND-{rd(4)}-LAV; gtin={ean13('0' + rd(1))}; price=24.00 USD; availability=in stock; weight=0.9 lb""")

I("en", "bank", f"""ACH return R01 (insufficient funds) for entry trace {aba_routing()[:8]}{rd(7)}, company ID {rd(10)}, effective date 250314.""")

I("en", "bank", f"""SWIFT gpi tracker: UETR {ruuid()} — status ACCC (credited) at 2025-03-14T15:41:07Z, intermediary CHASUS33.""")

I("en", "acct", f"""MT940 excerpt
:20:STMT{rd(10)}
:25:CHASUS33/****{rd(4)}
:28C:{rd(3)}/1
:60F:C250313USD184220,50
:61:2503140314D1250,00NTRFNONREF//{rd(10)}
:86:RENT MARCH LOC 0412""")

I("en", "payroll", f"""Payroll run PR-2025-06 approved by controller. 412 employees, gross $1,284,220.18, net $921,401.77. ACH file {rd(10)}.ach submitted, bank batch ID {rd(8)}.""")

I("en", "tax", f"""IRS e-file acknowledgement: submission ID {rd(20)} ACCEPTED 2025-03-12. Refund expected via direct deposit in ~21 days.""")

I("en", "insur", """User: what's a 'member ID' and where do I find mine?
Agent: It's printed on the front of your insurance card, usually under your name. You'll need it when booking; you don't need to share it here.""")

I("en", "crypto", f"""Solana payout sent to {sol_addr()} — signature {b58(rbytes(64))}, slot 287{rd(6)}.""")

I("en", "gateway", f"""Razorpay checkout options:
{{"key": "rzp_live_{rs(14)}", "amount": 49900, "currency": "INR", "order_id": "order_{rs(14)}", "name": "Chai Point"}}""")

I("en", "broker", f"""Customer: what's the account number for ACATS transfer?
Agent: You'll find it under Settings > Account; it starts with the letter U. The transfer request ID is ACT-{rd(8)} if you need to reference it with the other broker.""")

I("en", "ecom", f"""Shopify order #{rd(4)} — placed 2025-03-14 09:02, paid via Shop Pay, card •••• {rd(4)}, fulfillment FUL-{rd(6)}, discount code BLOOM15.""")

I("en", "acct", f"""Bank reconciliation March: 1,482 lines matched, 3 unmatched (check nos. {rd(4)}, {rd(4)}, {rd(4)}). Variance $0.00 after posting bank fees.""")

I("en", "pos", f"""Z-report 2025-03-14 register 2: gross sales 4,812.36, refunds 54.20, cash 912.00, card 3,846.16. Drawer count OK. Report hash {rhex(16).upper()}.""")

I("en", "bank", """Lesson: when a user says "my password isn't working", ask whether they see "account locked" or "invalid credentials" first — the two need different flows and neither needs the password itself.""")

I("en", "loan", f"""Pre-qualification letter: applicant pre-approved up to $412,000 at 6.375% (30-yr fixed). Application ID {ruuid()}. Valid 90 days.""")

I("en", "insur", f"""Claim status webhook: {{"claim_id": "CLM-{rd(9)}", "status": "approved", "payout": 1840.55, "payee": "policyholder", "check_no": "{rd(7)}"}}""")

I("en", "payroll", """Thought: the new hire asked what "SSN" means on the form. Explained it is the Social Security number and that HR collects it through the secure portal, not through chat.""")

I("en", "tax", f"""Sales-tax filing summary Q1: CA seller's permit {rd(3)}-{rd(6)}, taxable sales $84,210.00, tax due $6,105.23, confirmation {rd(14)}.""")

I("en", "crypto", f"""Exchange proof-of-reserves: Merkle root {rhex(64)}, published 2025-03-01, leaf for your account: {rhex(64)[:16]}….""")


# =====================================================================================
# INNOCENT look-alikes — other languages (Europe)
# =====================================================================================
def orgnr_se() -> str:
    b = pick(["55", "556", "559"])
    b = (b + rd(9))[:9]
    return f"{b[:6]}-{b[6:]}{luhn_digit(b)}"


def orgnr_no() -> str:
    while True:
        b = pick(["9", "8"]) + rd(7)
        c = 11 - sum(int(a) * w for a, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c == 10:
            continue
        n = b + str(0 if c == 11 else c)
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def cvr_dk() -> str:
    while True:
        b = rdnz(7)
        for last in DIG:
            n = b + last
            if sum(int(a) * w for a, w in zip(n, [2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
                return n


def ytunnus_fi() -> str:
    while True:
        b = rd(7)
        r = sum(int(a) * w for a, w in zip(b, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r == 1:
            continue
        return f"{b}-{0 if r == 0 else 11 - r}"


def ico_cz() -> str:
    b = rdnz(7)
    s = sum(int(a) * w for a, w in zip(b, range(8, 1, -1)))
    return b + str((11 - s % 11) % 10)


def cui_ro() -> str:
    b = rdnz(R.randint(6, 8))
    w = "753217532"[-len(b):]
    c = (sum(int(a) * int(x) for a, x in zip(b, w)) * 10) % 11
    return b + str(0 if c == 10 else c)


def vkn_tr() -> str:
    b = rd(9)
    s = 0
    for i, ch in enumerate(b):
        tmp = (int(ch) + 9 - i) % 10
        v = (tmp * 2 ** (9 - i)) % 9
        if tmp != 0 and v == 0:
            v = 9
        s += v
    return b + str((10 - s % 10) % 10)


def afm_biz() -> str:
    b = R.choice("089") + rd(7)
    return b + str(sum(int(a) * (2 ** (8 - i)) for i, a in enumerate(b)) % 11 % 10)


def hu_adoszam() -> str:
    b = rdnz(7)
    s = sum(int(a) * w for a, w in zip(b, [9, 7, 3, 1, 9, 7, 3]))
    return b + str((10 - s % 10) % 10)


def kbo_be() -> str:
    b = "0" + R.choice("4578") + rd(6)
    n = b + f"{97 - int(b) % 97:02d}"
    return f"{n[:4]}.{n[4:7]}.{n[7:]}"


def bankgiro_se() -> str:
    b = rdnz(6)
    n = b + luhn_digit(b)
    return f"{n[:3]}-{n[3:]}"


def ocr_se() -> str:
    b = rdnz(R.randint(8, 14))
    return b + luhn_digit(b)


# --- German
iban_firma = iban("DE", "70150000" + rd(10))
I("de", "acct", f"""Rechnungsfußzeile (Vorlage) – Bäckerei Hoffmann GmbH · Lindenstraße 4 · 80331 München
Amtsgericht München HRB {rd(6)} · USt-IdNr. {ustid_de()} · Steuernummer 143/{rd(3)}/{rd(5)}
Bankverbindung: Stadtsparkasse München · IBAN {fmt_iban(iban_firma)} · BIC SSKMDEMMXXX""")

I("de", "bank", f"""Kontoauszug Nr. 3/2025 – Girokonto DE{rd(2)} **** **** **** **{rd(2)} {rd(2)}
14.03. Miete März Hausverwaltung Brandt   -1.250,00
15.03. Gehalt Müller Logistik GmbH        +3.412,77
Neuer Saldo: 4.118,92 EUR""")

I("de", "bank", """Kundin: Ich habe mein Passwort vergessen und die PIN-Rücksetzung per Post kam nie an.
Agent: Sie können unter 'Zugangsdaten vergessen' einen neuen Aktivierungsbrief anfordern; die Zustellung dauert 3–5 Werktage. Bitte teilen Sie uns Ihre PIN niemals im Chat mit.""")

I("de", "acct", f"""DATEV-Buchungsstapel: Belegfeld 1 = RE-2025-{rd(4)}; Konto 1200; Gegenkonto 8400; Umsatz 1.190,00; BU-Schlüssel 3; Kostenstelle 4711""")

I("de", "ecom", f"""Versandbestätigung: Ihre Bestellung {rd(3)}-{rd(7)} wurde an DHL übergeben. Sendungsnummer: 00340434{rd(12)}. Kundennummer {rd(8)}.""")

I("de", "bank", """Gedanke: Der Nutzer fragt, warum pushTAN nach dem Handywechsel nicht mehr geht. Er muss die App neu registrieren (Registrierungsbrief). Eine TAN oder PIN brauche ich dafür nicht.""")

I("de", "payroll", f"""Lohnabrechnung 03/2025 – Personalnummer {rd(5)}: Brutto 3.950,00 €, LSt 512,33 €, SolZ 0,00 €, KV-AN 323,90 €. Steuer-ID und SV-Nummer liegen vor (geprüft am 02.01.).""")

I("de", "insur", f"""Schadenmeldung Kfz: Versicherungsscheinnummer {rd(3)}.{rd(3)}.{rd(3)}, Schadennummer KR-{rd(8)}, Kennzeichen M-AB {rd(4)}, Schadentag 11.03.2025.""")

I("de", "acct", f"""Tool-Ausgabe: {{"firma": "Alpenblick Reisen AG", "uid": "{uid_ch()}", "handelsregister": "CH-020.3.{rd(3)}.{rd(3)}-{rd(1)}", "mwst": "{uid_ch()} MWST"}}""")

# --- French
sr = siren_fr()
I("fr", "acct", f"""Facture n° F2025-{rd(4)} — Atelier Moreau SARL
SIREN {sr} · SIRET {sr}{(lambda b: b + luhn_digit(b))(sr + rd(4))[9:]} · TVA intracom. {tva_fr(sr)}
Code APE 4332A · RCS Lyon · Capital 10 000 €""")

I("fr", "bank", """Conseiller : Votre banque ne vous demandera jamais votre mot de passe, ni le code reçu par SMS, par téléphone ou par e-mail. En cas de doute, raccrochez et rappelez votre agence.""")

I("fr", "ecom", f"""Suivi Colissimo : colis 6A{rd(11)} — « En cours d'acheminement », livraison prévue le 18/03. Commande n° {rd(9)}.""")

I("fr", "bank", f"""Résumé : le client a confirmé le virement vers le compte se terminant par …{rd(3)} (RIB déjà enregistré). Référence de l'opération {rs(12, UP + DIG)}.""")

I("fr", "acct", f"""Virement structuré reçu — communication {ogm_be()}, montant 450,00 €, donneur d'ordre Brasserie Delvaux SRL (BCE {kbo_be()}).""")

I("fr", "tax", """Pensée : l'utilisatrice demande où trouver son numéro fiscal. Il figure en haut à gauche de la première page de l'avis d'impôt ; inutile qu'elle me le transmette.""")

I("fr", "insur", f"""Sinistre habitation n° SIN-{rd(8)} — contrat MRH {rd(10)}, franchise 150 €, expertise prévue le 21/03 à 10h. Téléphone expert : 04 72 {rd(2)} {rd(2)} {rd(2)}.""")

I("fr", "pos", f"""TICKET CLIENT
CB SANS CONTACT
A0000000421010
XXXX XXXX XXXX {rd(4)}
MONTANT = 54,20 EUR
No AUTO : {rd(6)}   DEBIT
CONSERVEZ CE TICKET""")

# --- Spanish
I("es", "acct", f"""Factura simplificada T-{rd(6)} — Ferretería Hermanos Gil, S.L., CIF {cif_es()}, C/ Mayor 12, 28013 Madrid. IVA 21% incluido. Total: 38,72 €""")

I("es", "ecom", f"""Cliente: ¿dónde está mi pedido {rd(3)}-{rd(7)}-{rd(7)}?
Agente: Correos lo tiene en reparto, código de envío PQ{rs(2, UP)}{rd(2)}{rs(1, UP)}{rd(10)}{rs(2, UP)}.""")

I("es", "bank", """Agente: Nunca te pediremos el código de verificación que recibes por SMS. Si alguien te lo pide por teléfono, cuelga y llama al 900 de la tarjeta.""")

I("es", "tax", f"""CFDI timbrado correctamente
RFC emisor: {rs(3, UP)}{R.randint(10, 24):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{rs(3, UP + DIG)}
Folio fiscal (UUID): {ruuid().upper()}
Total: $4,872.00 MXN""")

cuit = cuil_ar("30")
I("es", "acct", f"""Factura A 0003-{rd(8)} — Distribuidora del Sur S.A., CUIT {cuit}, IVA Responsable Inscripto. CAE {rd(14)}, vto. CAE 24/03/2025.""")

I("es", "tax", f"""Herramienta SII → respuesta: {{"razon_social": "Comercial Andes SpA", "rut_empresa": "76.{rd(3)}.{rd(3)}-{R.choice(DIG + 'K')}", "giro": "venta al por menor", "inicio_actividades": "2019-04-02"}}""")

I("es", "bank", f"""Resumen: la clienta ve un cargo de 59,99 € en la tarjeta terminada en {rd(4)} (**** **** **** {rd(4)} en la app). Se abre disputa n.º DSP-{rd(7)}.""")

I("es", "pos", f"""Cierre de caja TPV 2: ventas 1.284,50 €, efectivo 312,00 €, tarjeta 972,50 €. Nº de lote {rd(3)}, terminal {rd(8)}, comercio {rd(9)}.""")

# --- Portuguese
def crc16_ccitt(data: str) -> str:
    crc = 0xFFFF
    for b in data.encode():
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return f"{crc:04X}"


def nfe_key() -> str:
    b = "35" + "2503" + cnpj_br().replace(".", "").replace("/", "").replace("-", "") + "55" + "001" + rd(9) + "1" + rd(8)
    s, w = 0, 2
    for ch in reversed(b):
        s += int(ch) * w
        w = 2 if w == 9 else w + 1
    r = s % 11
    return b + str(0 if r < 2 else 11 - r)


I("pt-BR", "ecom", f"""DANFE — NF-e nº {rd(6)} série 1
Emitente: Loja Bela Vista Ltda  CNPJ {cnpj_br()}
Chave de acesso: {grp(nfe_key())}
Valor total: R$ 289,90""")

def _tlv(tag, val):
    return f"{tag}{len(val):02d}{val}"


_pix = (_tlv("00", "01") + _tlv("26", _tlv("00", "br.gov.bcb.pix") + _tlv("01", "pagamentos@padariaboasorte.com.br"))
        + _tlv("52", "0000") + _tlv("53", "986") + _tlv("54", "27.50") + _tlv("58", "BR")
        + _tlv("59", "PADARIA BOA SORTE") + _tlv("60", "SAO PAULO") + _tlv("62", _tlv("05", "PEDIDO" + rd(5))) + "6304")
I("pt-BR", "pos", f"""Pix copia e cola gerado para o pedido (balcão):
{_pix + crc16_ccitt(_pix)}""")

I("pt-BR", "bank", """Atendente: Nunca peça a senha do cartão nem o código do token por WhatsApp. O banco não liga pedindo essas informações. Em caso de dúvida, bloqueie pelo app.""")

I("pt-BR", "ecom", f"""Rastreio Correios: {rs(2, UP)}{rd(9)}BR — objeto saiu para entrega. Pedido #{rd(7)}, cliente pediu entrega na portaria.""")

def nipc_pt() -> str:
    b = "5" + rd(7)
    c = 11 - sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
    return b + str(0 if c >= 10 else c)


I("pt", "acct", f"""Pagamento por Multibanco — Entidade {rd(5)}  Referência {rd(3)} {rd(3)} {rd(3)}  Montante 64,90 €
Fornecedor: Tipografia Lusa, Lda. (NIPC {nipc_pt()})""")

I("pt", "bank", f"""Resumo: o cliente confirmou a transferência MB WAY de 25,00 € para o contacto 9{rd(2)} *** {rd(3)}. ID da operação {rs(10, UP + DIG)}.""")

# --- Italian
I("it", "acct", f"""Fattura n. {rd(3)}/2025 — Trattoria Al Ponte S.n.c., P.IVA {piva_it()}, REA MI-{rd(7)}, Codice SDI {rs(7, UP + DIG)}. Imponibile 1.000,00 €, IVA 22%.""")

I("it", "bank", f"""Bonifico eseguito — CRO/TRN: {rs(4, UP)}{rd(11)}{rs(3, UP)}{rd(12)}, importo 780,00 €, beneficiario Condominio Via Roma 14, conto ****{rd(4)}.""")

I("it", "bank", """Operatore: Ricordi che la banca non le chiederà mai il codice OTP, il PIN o la password via SMS o telefono. Se riceve richieste simili, le segnali al numero verde.""")

I("it", "ecom", f"""Spedizione BRT n. {rd(15)} — consegna prevista 18/03. Numero ordine {rd(8)}, ritiro presso Fermopoint.""")

I("it", "tax", f"""Pensiero: il cliente chiede dove trovare il codice fiscale sul 730. È nel frontespizio, ma non serve che me lo scriva: il precompilato lo riporta già. Protocollo telematico {rd(17)}-{rd(6)}.""")

# --- Dutch
I("nl", "acct", f"""Factuur {rd(4)}-{rd(3)} — Bakkerij Van Dijk B.V., KvK {rd(8)}, btw-id NL{rd(9)}B01. Betalingskenmerk {rd(4)} {rd(4)} {rd(4)} {rd(4)}.""")

I("nl", "bank", """Klant: ik ben mijn wachtwoord en pincode kwijt.
Agent: Via 'Inloggegevens vergeten' kunt u een nieuwe pincode aanvragen; die komt per post. Deel uw pincode nooit met ons.""")

I("nl", "ecom", f"""PostNL Track & Trace: 3S{rs(4, UP)}{rd(9)} — pakket bezorgd bij buren (nr. 14). Bestelnummer {rd(9)}.""")

I("nl", "tax", f"""Samenvatting: voorlopige aanslag 2025 ontvangen, aanslagnummer {rd(9)}.H.{rd(2)}.{rd(2)}, te betalen € 1.482 in 11 termijnen.""")

# --- Polish
I("pl", "acct", f"""Faktura VAT FV/{rd(3)}/03/2025 — Sprzedawca: Drukarnia Nowak Sp. z o.o., NIP {nip_pl()}, REGON {regon_pl()}, KRS {rd(10)}.""")

I("pl", "ecom", f"""InPost: paczka {rd(24)} czeka w Paczkomacie WAW{rd(2)}M. Zamówienie nr {rd(8)}. Kod odbioru zostanie wysłany SMS-em na numer klienta.""")

I("pl", "bank", """Konsultant: Pamiętaj, nigdy nie podawaj kodu BLIK ani hasła osobie, która do Ciebie dzwoni. Bank nie prosi o takie dane.""")

I("pl", "bank", f"""Potwierdzenie przelewu: z rachunku **** {rd(4)}, kwota 1 200,00 zł, tytuł „czynsz marzec”, ID transakcji {rd(20)}.""")

# --- Nordic
I("sv", "acct", f"""Faktura {rd(5)} — Nordisk Kaffe AB, org.nr {orgnr_se()}, bankgiro {bankgiro_se()}, OCR {ocr_se()}. Förfallodag 2025-04-13.""")

I("sv", "bank", """Tanke: användaren undrar varför BankID ber om säkerhetskoden igen. Det beror på att appen installerats om. Jag ska inte be om koden, bara förklara hur man gör ett nytt BankID.""")

I("sv", "ecom", f"""PostNord: försändelse {rs(2, UP)}{rd(9)}SE är ute för leverans. Ordernummer {rd(7)}.""")

I("no", "acct", f"""Faktura fra Fjord Regnskap AS, org.nr. {orgnr_no()} MVA. KID {kid_no()}, forfall 30.04.2025, beløp 12 480,00 kr.""")

I("no", "bank", """Kunde: Jeg har glemt passordet til BankID.
Rådgiver: Du kan bestille nytt passord i nettbanken med kodebrikke eller app. Ikke send passord eller koder til oss på chat.""")

I("da", "acct", f"""Faktura {rd(5)} — Hygge Møbler ApS, CVR-nr. {cvr_dk()}. Betal via FI-kort: +71<{rd(15)}+{rd(8)}<""")

I("da", "bank", f"""Oversigt: kunden har overført 2.000 kr. til konto ****{rd(4)} (registreret modtager). Transaktions-ID {ruuid()}.""")

I("fi", "acct", f"""Lasku {rd(5)} — Saimaan Kala Oy, Y-tunnus {ytunnus_fi()}. Viitenumero {viite_fi()}, eräpäivä 30.4.2025, summa 482,40 €.""")

I("fi", "bank", """Asiakas: unohdin verkkopankin tunnusluvun.
Neuvoja: Voit tilata uudet tunnukset sovelluksessa. Älä koskaan lähetä tunnuslukuja chattiin.""")

# --- Central / Eastern Europe
_ico = ico_cz()
I("cs", "acct", f"""Faktura č. {rd(10)} — Pekárna Novák s.r.o., IČO {_ico}, DIČ CZ{_ico}. Variabilní symbol {rd(10)}, konstantní symbol 0308.""")

I("cs", "bank", """Operátor: Banka po vás nikdy nebude chtít PIN ani heslo do internetového bankovnictví. Pokud vám někdo volá jménem banky, zavěste.""")

I("hu", "acct", f"""Számla {rd(4)}/2025 — Duna Pékség Kft., adószám {hu_adoszam()}-2-{rd(2)}, cégjegyzékszám 01-09-{rd(6)}. Fizetési határidő: 2025.04.13.""")

I("hu", "bank", f"""Összegzés: az ügyfél átutalása teljesült, tranzakcióazonosító {rd(16)}, kedvezményezett számlája …{rd(4)}.""")

I("ro", "acct", f"""Factura seria BV nr. {rd(6)} — Panificația Carpați SRL, CUI RO{cui_ro()}, Nr. Reg. Com. J08/{rd(4)}/2016. Total: 1.190,00 lei.""")

I("ro", "ecom", f"""Client: unde e comanda {rd(9)}?
Agent: Curierul Fan Courier are AWB {rd(13)}, livrare estimată mâine.""")

I("el", "acct", f"""Τιμολόγιο {rd(5)} — ΑΦΟΙ ΠΑΠΑΔΑΚΗ Α.Ε., ΑΦΜ επιχείρησης {afm_biz()}, ΔΟΥ ΦΑΕ Αθηνών, ΓΕΜΗ {rd(12)}. Σύνολο: 1.240,00 €""")

I("el", "bank", """Υπάλληλος: Η τράπεζα δεν θα σας ζητήσει ποτέ τον κωδικό PIN ή τον κωδικό μιας χρήσης μέσω τηλεφώνου. Μην τους δίνετε σε κανέναν.""")

# --- Turkish
I("tr", "acct", f"""e-Fatura: Anadolu Gıda A.Ş., Vergi No {vkn_tr()}, Kadıköy V.D., MERSİS No 0{rd(15)}. Fatura No ANG2025{rd(9)}, ETTN {ruuid()}.""")

I("tr", "ecom", f"""Müşteri: kargom nerede? sipariş no {rd(9)}
Temsilci: Yurtiçi Kargo takip numarası {rd(12)}, bugün dağıtımda.""")

I("tr", "bank", """Temsilci: Bankamız sizden asla SMS şifresi, kart şifresi veya internet şubesi parolası istemez. Böyle bir arama alırsanız kapatın.""")

I("tr", "pos", f"""POS slip: **** **** **** {rd(4)} — TUTAR 842,50 TL — ONAY KODU {rd(6)} — REF NO {rd(12)} — İŞYERİ NO {rd(10)}""")


# =====================================================================================
# INNOCENT look-alikes — other languages (Cyrillic, Middle East, Asia, Africa, code-switching)
# =====================================================================================
def edrpou_ua() -> str:
    b = rd(7)
    n = int(b + "0")
    w = [1, 2, 3, 4, 5, 6, 7] if (n < 30000000 or n > 60000000) else [7, 1, 2, 3, 4, 5, 6]
    c = sum(int(a) * x for a, x in zip(b, w)) % 11
    if c == 10:
        c = sum(int(a) * (x + 2) for a, x in zip(b, w)) % 11 % 10
    return b + str(c)


def ubn_tw() -> str:
    while True:
        b = rd(8)
        t = 0
        for a, w in zip(b, [1, 2, 1, 2, 1, 2, 4, 1]):
            p = int(a) * w
            t += p // 10 + p % 10
        if t % 10 == 0:
            return b


def yamato() -> str:
    b = rdnz(11)
    n = b + str(int(b) % 7)
    return f"{n[:4]}-{n[4:8]}-{n[8:]}"


def thai_company() -> str:
    b = "0105" + rd(8)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(b)) % 11) % 10
    return b + str(c)


def il_company() -> str:
    b = "51" + rd(6)
    total = 0
    for i, ch in enumerate(b):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    n = b + str((10 - total % 10) % 10)
    return f"{n[:2]}-{n[2:8]}-{n[8]}"


# --- Russian / Ukrainian
I("ru", "acct", f"""Счёт на оплату № {rd(3)} от 14.03.2025
Поставщик: ООО «Северный Хлеб», ИНН {inn_ru_org()}, КПП 7701{rd(5)}, ОГРН {ogrn_ru()}
Банк: ПАО Сбербанк, БИК 044525225, к/с 30101810400000000225""")

I("ru", "bank", """Оператор: Сотрудники банка никогда не спрашивают код из СМС, ПИН-код или CVV. Если вам звонят и просят их назвать — положите трубку.""")

I("ru", "ecom", f"""Покупатель: где мой заказ {rd(8)}-{rd(4)}?
Агент: Посылка в пути, трек-номер СДЭК {rd(10)}, ожидаемая дата — 19 марта.""")

I("ru", "bank", f"""Итог: клиент оплатил картой •••• {rd(4)} сумму 4 812,36 ₽. Код авторизации {rd(6)}, RRN {rd(12)}. Возврат не требуется.""")

I("ru", "tax", f"""Мысль: пользователь спрашивает, где взять номер декларации 3-НДФЛ. Он отображается в личном кабинете: регистрационный номер {rd(6)}{rd(4)}, дата подачи 12.03.2025. Личные данные не нужны.""")

I("uk", "acct", f"""Рахунок-фактура № {rd(4)} — ТОВ «Київ Кава», код ЄДРПОУ {edrpou_ua()}, ІПН {rd(12)}. До сплати: 12 480,00 грн.""")

I("uk", "bank", """Оператор: Банк ніколи не просить CVV2, ПІН-код чи пароль від застосунку. Не повідомляйте їх нікому, навіть «працівникам банку».""")

I("uk", "ecom", f"""Нова пошта: ТТН {rd(14)}, відділення №{rd(2)}, отримувач оплачує доставку. Замовлення #{rd(6)}.""")

# --- Arabic / Hebrew / Persian
I("ar", "acct", f"""فاتورة ضريبية رقم INV-{rd(6)}
المورّد: شركة الوادي للتجارة
الرقم الضريبي: 3{rd(13)}3
السجل التجاري: 1010{rd(6)}""")

I("ar", "bank", """الموظف: البنك لا يطلب أبداً رمز التحقق أو الرقم السري عبر الهاتف أو الرسائل. لا تشارك هذه المعلومات مع أي شخص.""")

I("ar", "ecom", f"""العميل: أين طلبي رقم {rd(9)}؟
الوكيل: الشحنة مع أرامكس، رقم التتبع {rd(11)}، متوقعة غداً.""")

I("ar", "bank", f"""ملخص: حوّل العميل 1,500 ريال إلى المستفيد المسجّل (حساب ينتهي بـ {rd(4)}). الرقم المرجعي للعملية {rd(16)}.""")

I("ar", "pos", f"""إيصال نقطة البيع: مدى **** {rd(4)} — المبلغ 84.50 ر.س — رمز الموافقة {rd(6)} — رقم الجهاز {rd(8)}""")

I("he", "acct", f"""חשבונית מס {rd(5)} — קפה הנמל בע"מ, ח.פ. {il_company()}, רח' הרצל 12, תל אביב. סה"כ לתשלום: 1,170 ₪""")

I("he", "bank", """נציג: הבנק לעולם לא יבקש ממך סיסמה או קוד חד-פעמי בטלפון. אם מישהו מבקש, נתק והתקשר למוקד.""")

I("he", "ecom", f"""לקוח: איפה ההזמנה שלי {rd(8)}?
נציג: המשלוח בדרך, מספר מעקב דואר ישראל {rs(2, UP)}{rd(9)}IL.""")

I("fa", "acct", f"""فاکتور فروش شماره {rd(5)}
فروشنده: شرکت نان آوران پارس
شناسه ملی: 10{rd(9)}
کد اقتصادی: 4{rd(11)}""")

I("fa", "bank", """کارمند: بانک هرگز رمز دوم، رمز پویا یا CVV2 شما را تلفنی درخواست نمی‌کند. این اطلاعات را به کسی ندهید.""")

I("fa", "ecom", f"""مشتری: سفارش من کجاست؟
پشتیبان: مرسوله با پست ارسال شده، کد رهگیری {rd(24)}. شماره پیگیری پرداخت {rd(12)}.""")

# --- South Asia
I("hi", "acct", f"""टैक्स इनवॉइस संख्या INV/{rd(4)}/24-25
विक्रेता: शर्मा ट्रेडर्स प्रा. लि.
GSTIN: {gstin_in()}
बैंक IFSC: {pick(['HDFC', 'SBIN', 'ICIC', 'UTIB'])}0{rd(6)}""")

I("hi", "bank", f"""ग्राहक: मैंने ₹2,500 भेजे थे लेकिन दुकानदार को नहीं मिले।
एजेंट: आपके UPI लेन-देन का UTR नंबर {rd(12)} है; यह सफल दिख रहा है। कृपया दुकानदार को यही संदर्भ दें।""")

I("hi", "bank", """एजेंट: बैंक कभी भी आपका OTP, UPI पिन या पासवर्ड नहीं माँगता। कृपया इसे किसी के साथ साझा न करें।""")

I("hi", "ecom", f"""ऑर्डर #OD{rd(18)} शिप हो गया है। कूरियर: Delhivery, AWB {rd(13)}। अनुमानित डिलीवरी: 18 मार्च।""")

I("hi-Latn", "gateway", f"""Dev note: payment ID pay_{rs(14)} capture ho gaya, order_{rs(14)} ka status 'paid'. Webhook event ID evt_{rs(14)} ko retry karne ki zarurat nahi.""")

I("hi-Latn", "bank", f"""Customer: bhai UPI payment fail dikha raha hai but paisa kat gaya, ref no {rd(12)} hai
Agent: 48 ghante mein auto-reversal ho jaayega, PIN ya OTP share mat karna kisi ke saath.""")

I("hi-Latn", "tax", f"""Summary: client ka ITR-1 file ho gaya, acknowledgement no. {rd(15)}, refund ₹4,210 expected. Company ka TAN {rs(4, UP)}{rd(5)}{rs(1, UP)} Form 16 mein sahi tha.""")

I("bn", "bank", f"""গ্রাহক: টাকা পাঠিয়েছি কিন্তু পৌঁছায়নি।
এজেন্ট: আপনার বিকাশ ট্রানজেকশন আইডি {rs(10, UP + DIG)}; এটি সফল। পিন কাউকে বলবেন না।""")

I("bn", "acct", f"""চালান নং {rd(6)} — রহমান ট্রেডার্স লিমিটেড, বিআইএন {rd(9)}-{rd(4)}, ট্রেড লাইসেন্স {rd(7)}। মোট: ৳ ১২,৪৮০""")

I("ur", "acct", f"""سیلز ٹیکس انوائس {rd(5)} — احمد ٹریڈرز (پرائیویٹ) لمیٹڈ، این ٹی این {rd(7)}-{rd(1)}، ایس ٹی آر این {rd(13)}""")

I("ur", "bank", f"""صارف: پیسے بھیجے لیکن نہیں پہنچے
ایجنٹ: آپ کی ٹرانزیکشن آئی ڈی {rd(11)} کامیاب ہے۔ اپنا MPIN کسی کو نہ بتائیں۔""")

# --- Chinese
I("zh", "acct", f"""增值税专用发票
销售方：杭州绿茶餐饮管理有限公司
统一社会信用代码：{uscc_cn()}
发票号码：{rd(20)}
价税合计：¥12,480.00""")

I("zh", "ecom", f"""用户：我的订单 {rd(19)} 怎么还没发货？
客服：已发货，顺丰运单号 SF{rd(13)}，预计明天送达。""")

I("zh", "bank", f"""【交易提醒】您尾号{rd(4)}的储蓄卡于03月14日 18:22 支出人民币 4,812.36 元，交易流水号 {rd(22)}。""")

I("zh", "bank", """客服：银行工作人员不会向您索要密码、短信验证码或CVV，请勿向任何人透露。""")

I("zh", "gateway", f"""思考：微信支付回调里的 transaction_id={rd(28)} 和 out_trade_no=ORD{rd(14)} 已经对上，签名校验通过，不需要重新下单。""")

I("zh", "broker", f"""成交回报：买入 贵州茅台(600519) 100股 @ 1,612.50，委托编号 {rd(8)}，成交编号 {rd(10)}，资金账号 ****{rd(4)}。""")

I("zh-TW", "acct", f"""統一發票 {rs(2, UP)}-{rd(8)}
賣方：台北好味道股份有限公司　統一編號：{ubn_tw()}
總計：NT$ 1,280""")

I("zh-TW", "bank", """客服：本行不會以電話或簡訊要求您提供網銀密碼或 OTP 驗證碼，請勿告訴任何人。""")

# --- Japanese / Korean
hj = houjin_jp()
I("ja", "acct", f"""請求書 No. {rd(6)}
株式会社さくら物流
適格請求書発行事業者登録番号：T{hj}
法人番号：{hj}
お振込期限：2025年4月30日""")

I("ja", "ecom", f"""お客様：注文番号 {rd(3)}-{rd(7)}-{rd(7)} の荷物がまだ届きません。
担当：ヤマト運輸の伝票番号 {yamato()} で配達中です。""")

I("ja", "bank", """担当：当行が電話やメールで暗証番号・パスワード・ワンタイムパスワードをお伺いすることはございません。""")

I("ja", "bank", f"""お振込受付完了：受付番号 {rd(12)}、振込先 ミツイシヨウジ（カ）、金額 128,000円、振込手数料 無料。""")

I("ja", "broker", f"""約定通知：トヨタ自動車(7203) 100株 買 @2,845円、注文番号 {rd(8)}、口座区分 特定。""")

I("ko", "acct", f"""세금계산서 — 공급자: 주식회사 한강상사, 사업자등록번호 {brn_kr()}, 대표 이민호. 공급가액 1,000,000원, 세액 100,000원.""")

I("ko", "ecom", f"""고객: 주문번호 {rd(14)} 배송 언제 와요?
상담원: CJ대한통운 운송장번호 {rd(12)}, 내일 도착 예정입니다.""")

I("ko", "pos", f"""카드 영수증: 신한카드 {rd(4)}-{rd(2)}**-****-{rd(4)} / 승인번호 {rd(8)} / 일시불 / 금액 48,000원""")

I("ko", "bank", """상담원: 은행은 전화나 문자로 비밀번호, 인증번호, OTP 번호를 절대 요구하지 않습니다.""")

# --- Southeast Asia
I("th", "acct", f"""ใบกำกับภาษี เลขที่ INV{rd(6)}
บริษัท ข้าวหอม จำกัด
เลขประจำตัวผู้เสียภาษีอากร {thai_company()} (สำนักงานใหญ่)
รวมทั้งสิ้น 10,700.00 บาท""")

I("th", "ecom", f"""ลูกค้า: พัสดุถึงไหนแล้วคะ
แอดมิน: ไปรษณีย์ไทย เลขพัสดุ E{rs(1, UP)}{rd(9)}TH กำลังนำจ่ายค่ะ""")

I("th", "bank", """พนักงาน: ธนาคารจะไม่ขอรหัส OTP หรือรหัสผ่านทางโทรศัพท์หรือ SMS ห้ามบอกใครเด็ดขาด""")

I("vi", "acct", f"""Hóa đơn GTGT số {rd(8)} — Công ty TNHH Cà Phê Sài Gòn, MST {rd(10)}, ký hiệu 1C25T{rs(2, UP)}. Tổng cộng: 12.480.000 đ""")

I("vi", "bank", f"""Khách: em chuyển rồi mà người nhận chưa thấy
Tư vấn: giao dịch mã FT{rd(14)} đã thành công lúc 18:22. Ngân hàng không bao giờ hỏi mã OTP.""")

I("vi", "ecom", f"""Đơn hàng {rd(6)}{rs(6, UP)} đã giao cho GHN, mã vận đơn {rs(5, UP)}{rd(3)}. Thu hộ COD: 289.000 đ.""")

I("id", "acct", f"""Faktur pajak {rd(3)}.{rd(3)}-{rd(2)}.{rd(8)} — PT Kopi Nusantara, NPWP {rd(2)}.{rd(3)}.{rd(3)}.{rd(1)}-{rd(3)}.000. Total Rp 12.480.000""")

I("id", "ecom", f"""Pembeli: transfer ke virtual account mana ya?
Admin: BCA Virtual Account {rd(16)} a.n. Toko Batik Sekar, berlaku 24 jam. Resi JNE akan dikirim setelah pembayaran.""")

I("id", "bank", """CS: Bank tidak pernah meminta PIN, password, atau kode OTP melalui telepon maupun WhatsApp. Jangan berikan kepada siapa pun.""")

I("ms", "acct", f"""Invois {rd(5)} — Kedai Kopi Mutiara Sdn. Bhd., No. Pendaftaran SSM {R.randint(2015, 2023)}01{rd(6)} ({rd(7)}-{R.choice(UP)}). Jumlah: RM 1,248.00""")

I("ms", "bank", f"""Ringkasan: pelanggan berjaya membuat pindahan DuitNow RM800, ID rujukan {rd(8)}{rs(8, UP)}{rd(8)}. Tiada tindakan lanjut.""")

I("tl", "acct", f"""Opisyal na resibo — Tindahan ni Aling Nena Corp., TIN {rd(3)}-{rd(3)}-{rd(3)}-000, BIR ATP {rd(10)}. Kabuuan: ₱2,480.00""")

I("tl", "bank", f"""User: nag-send ako sa GCash pero wala pa raw natanggap
Agent: Successful po ang transaction, Ref. No. {rd(13)}. Huwag ibigay ang MPIN o OTP sa kahit sino.""")

# --- Africa
I("sw", "bank", f"""Ujumbe wa M-Pesa: {rs(10, UP + DIG)} Imethibitishwa. Ksh2,500.00 imetumwa kwa DUKA LA MAMA NJERI, Till {rd(6)} tarehe 14/3/25 saa 6:22 PM.""")

I("sw", "acct", f"""Ankara {rd(5)} — Kampuni ya Chai Bora Ltd, KRA PIN P0{rd(8)}{R.choice(UP)}, Paybill {rd(6)}, akaunti: INV{rd(5)}.""")

I("sw", "bank", """Wakala: Safaricom haitakuuliza PIN yako ya M-Pesa kwa simu. Usimpe mtu yeyote PIN yako.""")

# --- transliteration / code-switching
I("ru-Latn", "ecom", f"""User: zakaz nomer {rd(8)}, trek {rs(2, UP)}{rd(9)}RU, kogda pridet? parol ot kabineta menyat ne nado?
Agent: Posylka v puti, parol menyat ne nuzhno.""")

I("ru-Latn", "bank", f"""User: kod iz SMS ne prishel, uzhe 3 raza nazhimal 'otpravit snova'
Agent: Proverte, ne zablokirovany li korotkie nomera. Zayavka {rd(9)} sozdana.""")

I("ar-Latn", "ecom", f"""Customer: el order raqam {rd(9)} ma wesel, el tracking {rd(12)} bi2oul 'in transit' min 3 ayyam
Agent: el shipment bi Dubai hub, byousal bokra inshallah.""")

I("ar-Latn", "bank", """User: nasit el password w el app 3am y2oli 'enter OTP', bas ma 3am yousalni shi
Agent: tfadal a3mel reset min el app, w ma t3ti el OTP la 7ada.""")

I("es+en", "bank", f"""Cliente: me cobraron twice en la tarjeta ending {rd(4)}, dos cargos de $42.18 del mismo restaurant
Agent: Veo uno pending y uno posted; el pending se cae en 3 business days. Case #{rd(8)}.""")

I("es+en", "ecom", f"""Customer: mi tracking number es {ups_tracking()} pero dice 'label created' desde el lunes, ¿qué pasó?""")

I("zh+en", "crypto", f"""同事: 这笔 USDT 提币的 tx hash 是 0x{rhex(64)}，已经 12 confirmations，用户说没到账是地址填错了 chain""")

I("de+en", "ecom", f"""Lesson learned: Der Checkout hat im Staging geflaked, weil der Idempotency-Key ({ruuid()}) bei Retry neu generiert wurde. Jetzt pro Cart-ID stabil.""")

I("ka", "acct", f"""ინვოისი {rd(5)} — შპს „თბილისის პური“, საიდენტიფიკაციო კოდი {rd(9)}. სულ: 1 248,00 ₾""")


# --- a few extra hard look-alikes
def imei() -> str:
    b = pick(["35", "86", "01"]) + rd(12)
    return b + luhn_digit(b)


def iccid() -> str:
    b = "8944" + rd(14)
    return b + luhn_digit(b)


def creditor_id_de() -> str:
    nat = "0" + rd(10)
    return f"DE{98 - mod97(alnum_to_num(nat + 'DE00')):02d}ZZZ{nat}"


I("en", "pos", f"""Device inventory: Verifone V400m at lane 3 — serial {rd(3)}-{rd(3)}-{rd(3)}, IMEI {imei()}, SIM ICCID {iccid()}, firmware 6.4.12. Reassigned to store 0412.""")

I("en", "crypto", """Note for the indexer: ERC-20 Transfer events have topic0
0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
Filter on that plus the token contract; no key material involved.""")

I("en", "bank", """Password policy doc (draft): passphrases like "correct horse battery staple" are fine in spirit, but that exact phrase and anything on the breached-password list (e.g. "P@ssw0rd") will be rejected at signup.""")

I("en", "acct", f"""pain.002 status report: MsgId {rs(4, UP)}{rd(14)}, OrgnlPmtInfId PMT-{rd(8)}, EndToEndId E2E-{rd(10)}, TxSts ACSC. All 214 transactions settled.""")

I("en", "bank", f"""Mobile app release 8.14.2 (build {rd(8)}) — fixes biometric login loop; no change to how passwords or one-time codes are handled. Crash-free sessions 99.87%.""")

I("en", "bank", f"""Security team PGP key fingerprint for reporting phishing: {' '.join(rhex(4).upper() for _ in range(5))}  {' '.join(rhex(4).upper() for _ in range(5))}""")

I("en", "crypto", """Seed backup check completed: user confirmed words #3, #7 and #11 on the device screen. The full phrase was never typed into the app or chat, as designed.""")

I("de", "acct", f"""SEPA-Sammellastschrift erzeugt: MsgId LS-{rd(8)}, 128 Transaktionen, Summe 11.392,00 EUR, Gläubiger-ID {creditor_id_de()}, Fälligkeit 01.04.2025.""")

I("ja", "pos", f"""端末情報：決済端末 シリアル {rs(2, UP)}{rd(8)}、IMEI {imei()}、アプリ版 3.2.1。店舗コード 0412 に登録済み。""")

I("es", "crypto", f"""Resumen: el usuario pidió verificar un depósito; la dirección de destino {bech32_addr()} coincide con la de su cuenta. No se solicitó ninguna frase semilla ni clave.""")


# --- balancing: brokerage secrets, payroll / loan / insurance look-alikes
tp = rd(4)
S("de", "broker", f"""Nutzer: Trade Republic fragt nach meiner PIN, die ist {tp} – kannst du den Sparplan für den MSCI World pausieren?""", tp)

ks = rs(36, B64)
S("ko", "broker", f"""키움 REST API 설정
appkey: {rs(36, B64)}
appsecret: {ks}
계좌 조회만 허용""", ks)

se = pick(["Ibovespa#2024", "cafe_com_leite9", "Tucano!Verde3"])
S("pt-BR", "broker", f"""Cliente: a senha eletrônica da corretora é {se}, consegue ver por que minha ordem de PETR4 foi rejeitada?""", se)


def npi() -> str:
    b = R.choice("12") + rd(8)
    return b + luhn_digit("80840" + b)


I("en", "insur", f"""Claim line 1: provider NPI {npi()}, taxonomy 207Q00000X, ICD-10 J06.9, CPT 99213, billed $185.00, allowed $112.40, member cost share $25.00.""")

I("fr", "payroll", f"""Bulletin de paie mars 2025 — matricule {rd(5)}, convention collective IDCC {rd(4)}, N° SS 2 85 ** ** *** *** **, net à payer 2 184,36 €, virement effectué le 28/03.""")

I("pl", "loan", f"""Wniosek kredytowy nr KR/{rd(6)}/2025 — status: decyzja pozytywna. RRSO 11,42%, kwota 40 000 zł, 60 rat po 879,12 zł. PESEL klienta zweryfikowany w BIK (bez zapisu w notatce).""")

I("it", "insur", f"""Denuncia sinistro RCA n. {rd(4)}/{rd(7)} — polizza {rd(3)}.{rd(6)}.{rd(2)}, targa {rs(2, UP)}{rd(3)}{rs(2, UP)}, constatazione amichevole ricevuta, perito assegnato.""")

I("es", "payroll", f"""Resumen nómina marzo: empresa Talleres Ruiz, S.L., código cuenta de cotización 28{rd(9)}, 14 trabajadores, total devengado 31.482,10 €. Modelo 111 presentado.""")


# =====================================================================================
# integrity checks
# =====================================================================================
_ids = [s.id for s in SECRETS] + [i.id for i in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret and _s.secret in _s.text, _s.id
    assert 1 <= len(_s.text.splitlines()) <= 12, _s.id
for _i in INNOCENT:
    assert _i.text, _i.id
    assert 1 <= len(_i.text.splitlines()) <= 12, _i.id
assert len({s.text for s in SECRETS}) == len(SECRETS)
assert len({i.text for i in INNOCENT}) == len(INNOCENT)
