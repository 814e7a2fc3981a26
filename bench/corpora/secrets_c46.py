"""Independent redaction test corpus c46 — setting: hard look-alikes first.

Started: 2026-12-07 19:19:00 UTC (from `date -u`).
Deterministic: every random value comes from random.Random(SEED), SEED = 46014. Stdlib only.

Totals: 147 SECRETS, 310 INNOCENT (457 texts); English 171 texts
(~37%), the rest spread over 57 other language tags.

Counts by language (secrets/innocent). Tags: ISO 639-1; "-Latn" = romanised/transliterated text
(Hinglish, Arabizi, romaji, pinyin); "xx-en" = code-switching with English:
    en 50/121, de 4/10, es 4/9, fr 4/9, pt 4/8, it 3/7, ja 3/7, nl 3/6, pl 3/6, ru 3/6, zh 3/6, ar
    3/5, hi 3/5, ko 2/6, tr 3/5, sv 2/5, fi 2/4, he 2/4, vi 2/4, cs 2/3, da 2/3, el 2/3, hu 2/3, no
    2/3, ro 2/3, th 2/3, uk 2/3, bn 2/2, et 1/3, fa 2/2, hi-Latn 1/3, id 2/2, sw 2/2, ta 1/3, zh-tw
    1/3, ar-Latn 1/2, ca 1/2, es-en 1/2, hr 1/2, ms 1/2, sr 1/2, tl 1/2, af 1/1, bg 1/1, de-en 1/1,
    hy 1/1, ja-Latn 1/1, ka 1/1, lt 0/2, ne 0/2, sk 1/1, sl 0/2, tl-en 1/1, ur 1/1, am 0/1, is 0/1,
    lv 0/1, zh-Latn 0/1

Counts by setting (secrets/innocent):
    lesson 2/13, summary 8/27, thought 21/34, tool_call 21/15, tool_output 36/168, user 59/53
Settings model records an agent stores: user message, agent thought, tool call (JSON arguments),
tool output (shell, HTTP, OCR, dashboards), summary, lesson learned. Agents: coding/devops, finance,
travel, health/insurance forms, tax, home automation, e-commerce support, crypto wallet, email.

Check digits: card numbers are Luhn-valid; IBANs are mod-97 valid (FR RIB key and ES control
digits also valid); national ids use their real algorithm where one exists (DNI/NIE, BSN, PESEL,
personnummer, HETU, fødselsnummer, CPF/CNPJ, PRC resident id, Aadhaar/Verhoeff, SIN, RRN, My Number,
TCKN, Israeli id, NIR, codice fiscale, Steuer-ID/OIB (ISO 7064 11,10), KVNR, AMKA, isikukood, SNILS,
RNOKPP, Thai id, CNP, rodné číslo, TAJ, JMBG, EGN, Iranian melli code, Emirates ID, Taiwan id, SA id).
Business ids used as innocents are also valid (SIREN/SIRET, USt-IdNr, NIP, org.nr, P.IVA,
USCC, 法人番号, Korean BRN, GSTIN, ABA routing, VIN, IMEI, EAN). Formats without a public check (SSN,
CPR, passports, CCCD, NIK, etc.) are only format-correct. Seed phrases use real BIP39 words but the
BIP39 checksum is NOT valid (the full word list was not embedded). GitHub ghp_ tokens carry a
CRC32/base62 tail; JWTs are real HS256 JWTs with random keys.

Labelling choices (borderline cases):
  * SECRET: any credential that lets someone act (passwords, PINs, OTP/SMS/BLIK codes even though
    short-lived, recovery codes, BitLocker recovery keys, app-specific passwords, door/locker/key-box
    codes, security answers, session cookies, SAS query strings, webhook URLs, refresh/access tokens,
    private keys incl. nsec/age/ETH hex keys, seed phrases) and personal identifiers (national/tax/
    health ids, passports, personal IBANs/card numbers/CVVs). A Heroku API key shaped like a UUID is a
    secret; a UUID naming an object is not. When a text contains several sensitive values the
    `secret` field names one; the others may also be redacted without penalty.
  * INNOCENT: documentation/test values that are public by design and named as such (Stripe/Adyen/
    Redsys/Mercado Pago test cards, 4111…, AWS AKIAIOSFODNN7EXAMPLE, jwt.io sample token, RFC Basic
    "Aladdin" header, RFC 6238 test secret, Plaid sandbox user_good/pass_good, DE89…/GB82 WEST example
    IBANs, example ids such as CPF 123.456.789-09, PESEL 44051401359, BSN 111222333, TCKN 10000000146,
    CF RSSMRA85T10A562S, 11010519491231002X, NIR …084 91, SSN 987-65-43xx advertising range,
    UK NINO QQ 12 34 56 C); masked values (****1234, sk-proj-****abcd); placeholders
    (${VAR}, <YOUR_TOKEN>, xxxx); public keys, certificates, PGP signatures and fingerprints, WireGuard
    / age *public* keys, Stripe pk_live publishable key, Sentry DSN (documented as safe to expose),
    Google OAuth client_id, Twilio Account SID, PKCE code_challenge, per-request webhook signatures,
    CSP nonces; business registration / VAT / tax ids of companies, company invoice references;
    hashes, commit SHAs, digests, tx hashes, addresses, tracking/booking/order/PNR numbers, IMEI/ICCID,
    VINs, routing numbers/BICs; numbers next to words like password/PIN/token/code that are lengths,
    limits, counts, error codes, promo codes or factory-default pairing PINs printed in manuals; the
    meme "hunter2" discussed as a joke.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import string
import zlib
from collections import Counter
from typing import NamedTuple

SEED = 46014
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
META: dict[str, tuple[str, str]] = {}  # id -> (language, setting)
_n = Counter()


def S(lang: str, setting: str, text: str, secret: str) -> None:
    _n[("s", lang)] += 1
    i = f"c46-s-{lang}-{_n[('s', lang)]:02d}"
    SECRETS.append(Secret(i, text, secret))
    META[i] = (lang, setting)


def I(lang: str, setting: str, text: str) -> None:
    _n[("i", lang)] += 1
    i = f"c46-i-{lang}-{_n[('i', lang)]:02d}"
    INNOCENT.append(Innocent(i, text))
    META[i] = (lang, setting)


def J(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- random helpers
B62 = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
URL64 = B62 + "-_"


def rs(n: int, alphabet: str = B62) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def hx(n: int) -> str:
    return rs(n, HEXL)


def dg(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def b64(nbytes: int) -> str:
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(nbytes: int) -> str:
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def uuid4() -> str:
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sha256_of(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def grp(s: str, n: int = 4, sep: str = " ") -> str:
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
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body)


def visa() -> str:
    return card("4" + R.choice(["147", "539", "921", "716", "485", "026"]))


def mastercard() -> str:
    return card(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]) )


def amex() -> str:
    return card(R.choice(["34", "37"]), 15)


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_de() -> str:
    return iban("DE", R.choice(["10070000", "50010517", "20041133", "37040044", "70150000"]) + dg(10))


def iban_fr() -> str:
    bank, branch, acct = dg(5), dg(5), dg(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return iban("FR", f"{bank}{branch}{acct}{key:02d}")


def iban_es() -> str:
    bank, branch, acct = R.choice(["2100", "0049", "0182", "2085"]), dg(4), dg(10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s.zfill(10))) % 11
        return {10: 1, 11: 0}.get(v, v)
    return iban("ES", f"{bank}{branch}{d('00' + bank + branch)}{d(acct)}{acct}")


def iban_be() -> str:
    first = dg(10)
    c = int(first) % 97 or 97
    return iban("BE", f"{first}{c:02d}")


def iban_generic(cc: str, length_digits: int, prefix: str = "") -> str:
    return iban(cc, prefix + dg(length_digits - len(prefix)))


def es_dni() -> str:
    n = R.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def es_nie() -> str:
    p = R.choice("XYZ")
    n = dg(7)
    v = int(str("XYZ".index(p)) + n)
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[v % 23]}"


def nl_bsn() -> str:
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def pl_pesel() -> str:
    yy, mm, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    body = f"{yy:02d}{mm:02d}{dd:02d}{dg(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def se_pnr() -> str:
    body = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def fi_hetu() -> str:
    dd, mm, yy, n = R.randint(1, 28), R.randint(1, 12), R.randint(50, 99), R.randint(2, 899)
    num = int(f"{dd:02d}{mm:02d}{yy:02d}{n:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{n:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[num % 31]}"


def no_fnr() -> str:
    while True:
        b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}{dg(3)}"
        d = list(map(int, b))
        k1 = 11 - sum(x * w for x, w in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(x * w for x, w in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k1) + str(k2)


def br_cpf(fmt: bool = True) -> str:
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        c = 11 - s % 11
        d.append(0 if c >= 10 else c)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s


def br_cnpj() -> str:
    d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        c = sum(x * y for x, y in zip(d, w)) % 11
        d.append(0 if c < 2 else 11 - c)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def cn_rid() -> str:
    area = R.choice(["110105", "310115", "440305", "510107", "330106", "420106"])
    body = f"{area}{R.randint(1965, 2001)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
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


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar() -> str:
    body = str(R.randint(2, 9)) + dg(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    n = body + str(_VINV[c])
    assert verhoeff_ok(n)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def us_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def ca_sin() -> str:
    body = R.choice("1234567") + dg(7)
    n = body + luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def kr_rrn() -> str:
    body = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.choice('12')}{dg(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def jp_mynumber() -> str:
    body = dg(11)
    s = 0
    for n in range(1, 12):
        p = int(body[-n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    n = body + str(c)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def tr_tckn() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def il_id() -> str:
    body = dg(8)
    return body + luhn_digit(body)


def be_nn() -> str:
    b = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 997):03d}"
    c = 97 - int(b) % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:]}.{c:02d}"


def pt_nif(first: str = "2") -> str:
    d = [int(first)] + [R.randint(0, 9) for _ in range(7)]
    c = 11 - sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
    d.append(0 if c >= 10 else c)
    return "".join(map(str, d))


def cl_rut() -> str:
    n = R.randint(8_000_000, 24_999_999)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    v = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(v, str(v))
    return f"{n:,}".replace(",", ".") + "-" + dv


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23]))


def it_cf(sur: str, name: str, yy: int, month: int, day: int, female: bool, comune: str) -> str:
    def cons(s):
        return [c for c in s.upper() if c.isalpha() and c not in "AEIOU"]

    def vow(s):
        return [c for c in s.upper() if c in "AEIOU"]
    s3 = "".join((cons(sur) + vow(sur) + ["X"] * 3)[:3])
    nc = cons(name)
    if len(nc) >= 4:
        nc = [nc[0], nc[2], nc[3]]
    n3 = "".join((nc + vow(name) + ["X"] * 3)[:3])
    body = f"{s3}{n3}{yy:02d}{'ABCDEHLMPRST'[month - 1]}{day + (40 if female else 0):02d}{comune}"
    tot = 0
    for i, ch in enumerate(body):
        if i % 2 == 0:
            tot += _CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return body + chr(65 + tot % 26)


def fr_nir() -> str:
    b = f"{R.choice('12')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.choice(['75', '69', '13', '33', '59'])}{R.randint(1, 400):03d}{R.randint(1, 999):03d}"
    k = 97 - int(b) % 97
    return f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {k:02d}"


def mod11_10(body: str) -> str:
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def de_steuerid() -> str:
    digits = R.sample("0123456789", 9)
    while digits[0] == "0":
        R.shuffle(digits)
    rep = R.choice(digits)
    pos = R.randint(1, 9)
    body = digits[:pos] + [rep] + digits[pos:]
    body = "".join(body)
    return body + mod11_10(body)


def hr_oib() -> str:
    body = dg(10)
    return body + mod11_10(body)


def de_vat() -> str:
    body = str(R.randint(1, 9)) + dg(7)
    return "DE" + body + mod11_10(body)


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if sum(a * b for a, b in zip(d, w)) % 11 == 0 and d[0]:
            s = "".join(map(str, d))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def au_abn() -> str:
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(10)]
        dd = [d[0] - 1] + d[1:]
        if sum(a * b for a, b in zip(dd, w)) % 89 == 0:
            s = "".join(map(str, d))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def sg_nric() -> str:
    d = [R.randint(0, 9) for _ in range(7)]
    s = sum(a * b for a, b in zip(d, [2, 7, 6, 5, 4, 3, 2]))
    return "S" + "".join(map(str, d)) + "JZIHGFEDCBA"[s % 11]


def za_id() -> str:
    body = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(4)}08"
    return body + luhn_digit(body)


def gr_amka() -> str:
    body = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}{dg(4)}"
    return body + luhn_digit(body)


def ee_code(body: str) -> str:
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    s = sum(int(a) * b for a, b in zip(body, w1)) % 11
    if s == 10:
        s = sum(int(a) * b for a, b in zip(body, w2)) % 11
        if s == 10:
            s = 0
    return body + str(s)


def ee_isikukood() -> str:
    return ee_code(f"{R.choice('3456')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}")


def ru_snils() -> str:
    while True:
        body = dg(9)
        if body[0] == "0":
            continue
        s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1)))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            c = 0 if c == 100 else c
        return f"{body[:3]}-{body[3:6]}-{body[6:]} {c:02d}"


def ru_inn12() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(9)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def ua_rnokpp() -> str:
    d = [R.randint(1, 4)] + [R.randint(0, 9) for _ in range(8)]
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


def th_id() -> str:
    d = [R.randint(1, 8)] + [R.randint(0, 9) for _ in range(11)]
    c = (11 - sum(x * (13 - i) for i, x in enumerate(d)) % 11) % 10
    s = "".join(map(str, d)) + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def ro_cnp() -> str:
    b = f"{R.choice('12')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 46):02d}{dg(3)}"
    s = sum(int(a) * int(w) for a, w in zip(b, "279146358279")) % 11
    return b + ("1" if s == 10 else str(s))


def cz_rc() -> str:
    while True:
        b = f"{R.randint(60, 99):02d}{R.choice([R.randint(1, 12), R.randint(51, 62)]):02d}{R.randint(1, 28):02d}{dg(3)}"
        c = int(b) % 11
        if c < 10:
            return f"{b[:6]}/{b[6:]}{c}"


def hu_taj() -> str:
    d = [R.randint(0, 9) for _ in range(8)]
    c = sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
    s = "".join(map(str, d)) + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def ch_ahv() -> str:
    body = "756" + dg(9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    n = body + str((10 - s % 10) % 10)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def ean13(body12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def de_kvnr() -> str:
    letter = R.choice(string.ascii_uppercase)
    body = dg(8)
    digits = f"{ord(letter) - 64:02d}" + body
    tot = 0
    for i, c in enumerate(digits):
        v = int(c) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return f"{letter}{body}{tot % 10}"


def mx_curp() -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    body = (R.choice("GHMRLP") + R.choice("AEOU") + rs(2, "ABCDGLMNRSTZ") + f"{R.randint(70, 99):02d}"
            + f"{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + R.choice("HM") + R.choice(["DF", "JC", "NL", "PL"])
            + rs(3, "BCDGLMNRSTZ") + "0")
    s = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - s % 10) % 10)


def mrz_check(s: str) -> str:
    vals = {c: i for i, c in enumerate("0123456789")}
    vals.update({c: 10 + i for i, c in enumerate(string.ascii_uppercase)})
    vals["<"] = 0
    w = [7, 3, 1]
    return str(sum(vals[c] * w[i % 3] for i, c in enumerate(s)) % 10)


def vin() -> str:
    tr = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMNPR", [1, 2, 3, 4, 5, 7, 9])),
          **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["WVW", "1HG", "JTD", "WBA", "VF1", "TMB"]) + rs(5, al) + "0" + rs(8, al))
    c = sum(tr[ch] * w[i] for i, ch in enumerate(v)) % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def imei() -> str:
    body = R.choice(["35", "86", "01"]) + dg(12)
    return body + luhn_digit(body)


def siren() -> str:
    body = dg(8)
    return body + luhn_digit(body)


def siret(sir: str) -> str:
    body = sir + dg(4)
    return body + luhn_digit(body)


def pl_nip() -> str:
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def no_orgnr() -> str:
    while True:
        d = [R.choice([8, 9])] + [R.randint(0, 9) for _ in range(7)]
        c = 11 - sum(a * b for a, b in zip(d, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c == 11:
            c = 0
        if c < 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def ch_uid() -> str:
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        c = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4])) % 11
        if c == 11:
            c = 0
        if c < 10:
            s = "".join(map(str, d)) + str(c)
            return f"CHE-{s[:3]}.{s[3:6]}.{s[6:]}"


def lei() -> str:
    body = rs(4, "0123456789") + "00" + rs(12, string.ascii_uppercase + string.digits)
    chk = 98 - _iban_num(body + "00") % 97
    return f"{body}{chk:02d}"


def isin(cc: str, nsin: str) -> str:
    body = cc + nsin
    digits = "".join(str(int(c, 36)) for c in body)
    return body + luhn_digit(digits)


def it_piva() -> str:
    body = dg(7) + R.choice(["001", "015", "058", "037"])
    return body + luhn_digit(body)


def cn_uscc() -> str:
    cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "91" + R.choice(["110000", "310000", "440300", "330100"]) + rs(9, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    c = 31 - sum(cs.index(ch) * wt for ch, wt in zip(body, w)) % 31
    return body + cs[0 if c == 31 else c]


def jp_corp() -> str:
    body = str(R.randint(1, 9)) + dg(11)
    odd = sum(int(body[-i]) for i in range(1, 13, 2))
    even = sum(int(body[-i]) for i in range(2, 13, 2))
    return str(9 - (even * 2 + odd) % 9) + body


def kr_brn() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    s2 = "".join(map(str, d)) + str((10 - s % 10) % 10)
    return f"{s2[:3]}-{s2[3:5]}-{s2[5:]}"


def in_gstin() -> str:
    cs = string.digits + string.ascii_uppercase
    pan = rs(3, string.ascii_uppercase) + "C" + rs(1, string.ascii_uppercase) + dg(4) + rs(1, string.ascii_uppercase)
    body = R.choice(["27", "29", "07", "33"]) + pan + "1Z"
    tot = 0
    for i, ch in enumerate(body):
        p = cs.index(ch) * (2 if i % 2 else 1)
        tot += p // 36 + p % 36
    return body + cs[(36 - tot % 36) % 36]


def ar_cuit(prefix: str = "30") -> str:
    while True:
        b = prefix + dg(8)
        s = sum(int(a) * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c < 10:
            return f"{b[:2]}-{b[2:]}-{c}"




def rs_jmbg() -> str:
    while True:
        b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(960, 999):03d}7{dg(4)}"
        d = list(map(int, b))
        m = 11 - (7 * (d[0] + d[6]) + 6 * (d[1] + d[7]) + 5 * (d[2] + d[8]) + 4 * (d[3] + d[9])
                  + 3 * (d[4] + d[10]) + 2 * (d[5] + d[11])) % 11
        if m == 11:
            m = 0
        if m < 10:
            return b + str(m)


def ir_melli() -> str:
    while True:
        b = dg(9)
        r = sum(int(c) * (10 - i) for i, c in enumerate(b)) % 11
        c = r if r < 2 else 11 - r
        n = b + str(c)
        if len(set(n)) > 1:
            return f"{n[:3]}-{n[3:9]}-{n[9]}"


def ae_eid() -> str:
    body = f"784{R.randint(1970, 2002)}{dg(7)}"
    n = body + luhn_digit(body)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"



def tw_id() -> str:
    codes = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
    letter = R.choice("ABFHE")
    body = R.choice("12") + dg(7)
    n = codes[letter]
    tot = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(body, range(8, 0, -1)))
    return letter + body + str((10 - tot % 10) % 10)



def bg_egn() -> str:
    b = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    c = sum(int(a) * w for a, w in zip(b, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return b + ("0" if c == 10 else str(c))


def bitlocker_key() -> str:
    return "-".join(f"{R.randint(0, 65535) * 11:06d}" for _ in range(8))



def aba_routing() -> str:
    b = "0" + R.choice("12345678") + dg(6)
    c = (10 - sum(int(a) * w for a, w in zip(b, [3, 7, 1, 3, 7, 1, 3, 7])) % 10) % 10
    return b + str(c)

# ---------------------------------------------------------------- token shapes
def base62_encode(n: int, width: int = 6) -> str:
    al = string.digits + string.ascii_uppercase + string.ascii_lowercase
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = al[r] + out
    return out.rjust(width, "0")


def gh_token(prefix: str = "ghp_") -> str:
    body = rs(30)
    return prefix + body + base62_encode(zlib.crc32(body.encode()))


def gh_fine() -> str:
    return "github_pat_11" + rs(20, string.ascii_uppercase + string.digits) + "_" + rs(59)


def aws_akid() -> str:
    return "AKIA" + rs(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return rs(40, B62 + "+/")


def slack_bot() -> str:
    return f"xoxb-{dg(12)}-{dg(13)}-{rs(24)}"


def slack_user() -> str:
    return f"xoxp-{dg(12)}-{dg(12)}-{dg(13)}-{hx(32)}"


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(8, string.ascii_uppercase + string.digits)}/B{rs(10, string.ascii_uppercase + string.digits)}/{rs(24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{dg(19)}/{rs(68, URL64)}"


def stripe_live() -> str:
    return "sk_live_51" + rs(97)


def stripe_whsec() -> str:
    return "whsec_" + rs(32)


def google_key() -> str:
    return "AIza" + rs(35, URL64)


def openai_key() -> str:
    return "sk-proj-" + rs(74, URL64) + "T3BlbkFJ" + rs(74, URL64)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(93, URL64) + "AA"


def tg_bot() -> str:
    return f"{R.randint(5_000_000_000, 7_999_999_999)}:AA{rs(33, URL64)}"


def npm_tok() -> str:
    return "npm_" + rs(36)


def glpat() -> str:
    return "glpat-" + rs(20, URL64)


def hf_tok() -> str:
    return "hf_" + rs(34, string.ascii_letters)


def sendgrid() -> str:
    return f"SG.{rs(22, URL64)}.{rs(43, URL64)}"


def jwt(payload: dict, key: bytes | None = None) -> str:
    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    h = enc({"alg": "HS256", "typ": "JWT"})
    p = enc(payload)
    key = key or bytes(R.getrandbits(8) for _ in range(32))
    sig = base64.urlsafe_b64encode(hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest()).decode().rstrip("=")
    return f"{h}.{p}.{sig}"


def pem_body(lines: int, width: int = 64) -> str:
    raw = b64(lines * width * 3 // 4)
    return "\n".join(raw[i:i + width] for i in range(0, lines * width, width))


def wg_key() -> str:
    return b64(32)


def totp_secret(n: int = 32) -> str:
    return rs(n, B32)


def otp(n: int = 6) -> str:
    return dg(n)


BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident account "
         "acid acoustic acquire across action actor actual adapt address adjust admit adult advance advice "
         "afford afraid again agent agree ahead airport aisle alarm album alcohol alert alien alley allow "
         "almost alone alpha already alter always amateur amazing among amount anchor ancient anger angle "
         "animal ankle announce annual another answer antenna antique anxiety apart apology appear apple "
         "april arch arctic arena argue armor army arrange arrest arrive arrow artist ask aspect asset "
         "assist assume athlete atom attack attend auction audit august aunt author autumn average avocado "
         "avoid awake aware awesome awful axis baby bacon badge bag balance bamboo banana banner barrel "
         "basket battle beach bean beauty become beef before begin behave believe bench benefit betray "
         "bicycle bird birth bitter blanket blast bleak bless blind blossom blue blur board boat body boil "
         "bomb bone bonus book border borrow boss bottom bounce brain brand brass brave bread breeze brick "
         "bridge brief bright bring broccoli bronze brother brown brush bubble buddy budget buffalo build "
         "bulb bullet bundle burden burger cabin cable cactus cage cake call calm camera camp canal cancel "
         "candy cannon canvas canyon capable capital captain carbon cargo carpet carry castle catalog "
         "catch cattle caught cause caution cave ceiling celery cement census century cereal certain chair "
         "chalk champion change chaos chapter charge chase cheap check cheese chef cherry chest chicken "
         "chief child chimney choice chronic chuckle chunk cinnamon circle citizen city civil claim clap "
         "wagon walnut warrior wasp water wave wealth weapon weasel wedding weekend welcome whale wheat "
         "wheel whisper width wild window wine wing winter wire wisdom wolf wonder wood wool word world "
         "worry wrap wreck wrestle wrist yard year yellow young youth zebra zero zone zoo").split()


def seed_phrase(n: int = 12) -> str:
    return " ".join(R.sample(BIP39, n))


def password(kind: str = "mixed") -> str:
    if kind == "words":
        return "-".join(R.sample(["correct", "lantern", "pickle", "orbit", "maple", "tundra", "violet",
                                  "gravel", "saffron", "quiver", "nimbus", "falcon", "ember", "copper",
                                  "meadow", "sprocket"], 4)) + str(R.randint(10, 99))
    base = rs(R.randint(10, 16), B62)
    pos = R.randint(2, len(base) - 2)
    return base[:pos] + R.choice("!#$%&*@?+=") + base[pos:]


# ============================================================================ ENGLISH — secrets
_x = gh_token()
S("en", "tool_output", f"""$ git remote -v
origin  https://{_x}@github.com/northwind-labs/ingest.git (fetch)
origin  https://{_x}@github.com/northwind-labs/ingest.git (push)
$ git log -1 --format=%H
{hx(40)}""", _x)

_x = aws_secret()
_k = aws_akid()
S("en", "tool_output", f"""[default]
aws_access_key_id = {_k}
aws_secret_access_key = {_x}
region = eu-central-1
# profile created 2024-03-18 by onboarding script v2.4.1""", _x)

_x = password()
S("en", "user", f"""ok the staging db is at 10.20.4.17:5432, user is report_ro and the pw is {_x} — don't change the schema, just read from analytics.events_2024q3""", _x)

_x = f"postgresql://svc_billing:{password()}@billing-db.internal.acme-corp.net:5432/billing?sslmode=require"
S("en", "tool_call", J({"tool": "run_migration", "args": {"dsn": _x, "target": "0047_add_invoice_currency", "dry_run": True}}), _x)

_x = otp()
S("en", "user", f"it just texted me {_x}, enter that before it times out", _x)

_x = "-".join([rs(4, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(2)])
_codes = [_x] + ["-".join([rs(4, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(2)]) for _ in range(3)]
S("en", "user", "Save these somewhere safe for me, they're my GitHub recovery codes:\n" + "\n".join(_codes), "\n".join(_codes))

_x = stripe_whsec()
S("en", "thought", f"""The webhook handler rejects every event with 'No signatures found matching the expected signature'. The .env has STRIPE_WEBHOOK_SECRET={_x} but the CLI printed a different one when I ran `stripe listen`, so the local secret is stale.""", _x)

_x = visa()
_cvc = dg(3)
S("en", "user", f"""book the 7:40 train to Leeds, pay with my card {grp(_x)} exp 09/27 cvc {_cvc}""", grp(_x))

_x = dg(3)
S("en", "tool_call", J({"name": "checkout.fill_payment", "arguments": {"card_number": "•••• •••• •••• 4410", "expiry": "11/26", "cvv": _x, "billing_zip": "94110"}}), f'"cvv": "{_x}"')

_x = us_ssn()
S("en", "tool_output", f"""W-2 parsed (page 1/2)
Employer EIN: {dg(2)}-{dg(7)}
Employee SSN: {_x}
Wages, tips (box 1): 84,210.55
Federal income tax withheld (box 2): 11,893.02""", _x)

_x = slack_hook()
S("en", "summary", f"""Set up the nightly alert: cron at 02:15 UTC runs check_backups.sh, which posts failures to {_x}. Tested once, message arrived in #ops-alerts.""", _x)

_x = openai_key()
S("en", "tool_output", f"""Traceback (most recent call last):
  File "/app/worker.py", line 88, in <module>
    client = OpenAI(api_key="{_x}")
  File "/usr/lib/python3.11/site-packages/openai/_client.py", line 97, in __init__
openai.AuthenticationError: Error code: 401 - incorrect API key provided""", _x)

_x = jwt({"sub": "u_" + dg(7), "role": "admin", "iat": 1717400000, "exp": 1717486400})
S("en", "tool_call", J({"tool": "http_request", "method": "GET", "url": "https://api.fleetmgr.io/v2/vehicles?page=3", "headers": {"Authorization": f"Bearer {_x}", "X-Request-Id": uuid4()}}), _x)

_x = seed_phrase(12)
S("en", "user", f"""my old wallet, can you check if there's anything left on it? words are: {_x}""", _x)

_x = password("words")
S("en", "lesson", f"""Lesson: the NAS admin UI silently truncates passwords at 32 chars. Jordan's new one ({_x}) is under that, so the lockout was caused by caps lock, not truncation.""", _x)

_x = "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L").upper()
S("en", "tool_output", f"""# created: 2024-05-02T11:02:44Z
# public key: age1{rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}
{_x}""", _x)

_x = dg(4)
S("en", "user", f"""Cleaner comes Thursday. Tell her the side gate is open and the alarm code is {_x}, then hit OFF twice.""", _x)

_x = dg(6)
S("en", "thought", f"""User read the bank's verification code aloud in the voice note: "{_x}". The form field expects exactly 6 digits, matches.""", _x)

_x = "sess_" + b64url(24)
S("en", "tool_output", f"""HTTP/2 200
content-type: application/json
set-cookie: __Host-sid={_x}; Path=/; Secure; HttpOnly; SameSite=Lax
x-trace-id: {hx(32)}
etag: W/"{hx(16)}\"""", _x)

_x = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + pem_body(3, 70) + "\n-----END OPENSSH PRIVATE KEY-----"
S("en", "tool_output", f"""$ cat ~/.ssh/deploy_ed25519
{_x}""", _x)

_x = anthropic_key()
S("en", "tool_call", J({"tool": "write_file", "path": "services/summarizer/.env", "content": f"MODEL=claude-3-5-sonnet\nANTHROPIC_API_KEY={_x}\nMAX_TOKENS=4096\n"}), _x)

_x = slack_bot()
S("en", "thought", f"""The bot posts fine to #general but 'not_in_channel' for #finance. Token {_x} has chat:write but the app was never invited there. No scope change needed.""", _x)

_x = iban_de()
S("en", "user", f"""Please pay my rent to myself first — move 950 EUR from savings to my checking, {grp(_x)}, reference "June".""", grp(_x))

_x = password()
S("en", "tool_output", f"""mysql> SELECT user, host FROM mysql.user;  -- connected as root
Query OK. Note: connection string used: mysql -h 127.0.0.1 -u root -p'{_x}' shop_prod""", _x)

_x = "What was the name of your first pet? -> " + "Biscuit"
S("en", "user", f"""For the pension portal the security question is the first-pet one, answer is Biscuit (capital B). Don't tell anyone.""", "Biscuit")

_x = google_key()
S("en", "tool_output", f"""curl 'https://maps.googleapis.com/maps/api/geocode/json?address=1600+Amphitheatre&key={_x}'
{{"status": "REQUEST_DENIED", "error_message": "This API project is not authorized to use this API."}}""", _x)

_x = npm_tok()
S("en", "tool_output", f"""$ cat ~/.npmrc
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={_x}
save-exact=true""", _x)

_x = mastercard()
S("en", "summary", f"""Refund dispute prepared. Customer's card on the original order: {_x[:4]} {_x[4:8]} {_x[8:12]} {_x[12:]} (full number from the chargeback PDF, exp 03/28). Case #CB-{dg(6)} opened.""", f"{_x[:4]} {_x[4:8]} {_x[8:12]} {_x[12:]}")

_x = tg_bot()
S("en", "tool_call", J({"name": "shell", "arguments": {"cmd": f"curl -s https://api.telegram.org/bot{_x}/getUpdates | jq '.result[-1].message.chat.id'"}}), _x)

_x = "ya29.a0" + rs(150, URL64)
S("en", "tool_output", f"""{{"access_token": "{_x}", "expires_in": 3599, "scope": "https://www.googleapis.com/auth/drive.readonly", "token_type": "Bearer"}}""", _x)

_x = dg(6)
S("en", "user", f"""New phone, new PIN for the banking app: {_x}. Can you remind me of it next week if I forget?""", _x)

_x = "DefaultEndpointsProtocol=https;AccountName=stmediaprod01;AccountKey=" + b64(64) + ";EndpointSuffix=core.windows.net"
S("en", "tool_output", f"""az storage account show-connection-string -g rg-media -n stmediaprod01
{{
  "connectionString": "{_x}"
}}""", _x)

_x = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-01-31T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=" + b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
S("en", "thought", f"""The download link the user shared is https://stmediaprod01.blob.core.windows.net/exports/q4.csv?{_x} — it is still valid until end of January, so I can fetch the CSV directly.""", _x)

_x = totp_secret()
S("en", "tool_output", f"""2FA enrollment
Scan the QR code or enter this key manually: {grp(_x)}
otpauth://totp/Hetzner:ops%40brightpath.io?secret={_x}&issuer=Hetzner""", _x)

_x = hx(64)
S("en", "user", f"""the hot wallet key for the faucet is {_x}, send 0.5 sepolia ETH to each address in the sheet""", _x)

_x = "nsec1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
S("en", "tool_call", J({"tool": "nostr.publish", "args": {"relay": "wss://relay.damus.io", "signer": {"nsec": _x}, "content": "gm"}}), _x)

_x = uuid4()
S("en", "tool_output", f"""heroku config -a pawprint-api
=== pawprint-api Config Vars
DATABASE_URL:      postgres://{rs(14, string.ascii_lowercase)}:{hx(64)}@ec2-34-{dg(3)}-{dg(2)}-{dg(3)}.compute-1.amazonaws.com:5432/{rs(14, string.ascii_lowercase)}
HEROKU_API_KEY:    {_x}
NODE_ENV:          production""", _x)

_x = "rk_live_51" + rs(97)
S("en", "lesson", f"""Lesson: restricted keys still leak in CI logs. The deploy log line `export STRIPE_KEY={_x}` should have been masked; switched the workflow to use secrets.* instead of an echo.""", _x)

_x = dg(8)
S("en", "user", f"""wifi for the guests is 'LakeHouse_5G', the password is just {_x} (their birthday), write it on the welcome card""", _x)

_x = glpat()
S("en", "tool_output", f"""Cloning into 'infra'...
remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled.
fatal: Authentication failed for 'https://oauth2:{_x}@gitlab.example-corp.net/platform/infra.git/'""", _x)

_pp = R.choice("56") + dg(8)
S("en", "tool_output", f"""Passport renewal form DS-82, section 1 prefilled:
Name: HOLLOWAY, Martin J.   DOB: 04/11/1983
Most recent passport number: {_pp}
Issue date: 06/02/2015   Form version: 2023-05""", _pp)

_x = "shpat_" + hx(32)
S("en", "tool_call", J({"tool": "graphql", "endpoint": "https://glowbar-cosmetics.myshopify.com/admin/api/2024-04/graphql.json", "headers": {"X-Shopify-Access-Token": _x}, "query": "{ orders(first: 5) { edges { node { name } } } }"}), _x)

_x = hf_tok()
S("en", "thought", f"""`huggingface-cli whoami` says 'Not logged in'. The user pasted {_x} earlier in the chat; I'll pass it via HF_TOKEN env for this one command rather than writing it to disk.""", _x)

_x = sendgrid()
S("en", "tool_output", f"""docker inspect mailer | jq '.[0].Config.Env'
[
  "PATH=/usr/local/sbin:/usr/local/bin",
  "SENDGRID_API_KEY={_x}",
  "MAIL_FROM=noreply@tidewater.app"
]""", _x)

_x = dg(4)
S("en", "summary", f"""Locker booked at the gym (locker 112, row C). Combination the member chose: {_x}. Reminder set for renewal on the 1st.""", _x)

_x = discord_hook()
S("en", "tool_call", J({"name": "http.post", "arguments": {"url": _x, "json": {"content": "Build #1842 passed ✅", "username": "ci-bot"}}}), _x)

_x = "1//0g" + rs(90, URL64)
S("en", "tool_output", f"""token.json written:
{{"token": null, "refresh_token": "{_x}", "token_uri": "https://oauth2.googleapis.com/token", "client_id": "{dg(12)}-{rs(32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com"}}""", _x)

_x = password()
S("en", "user", f"""VPN keeps dropping. Username is mkowalski, password {_x} — try reconnecting with the UDP profile""", _x)

# ============================================================================ ENGLISH — innocent
I("en", "tool_output", f"""$ git log --oneline -5
{hx(7)} fix: rotate token cache on 401 instead of retrying
{hx(7)} chore: bump pg from 8.11.3 to 8.12.0
{hx(7)} feat(auth): add password strength meter (zxcvbn score >= 3)
{hx(7)} Merge pull request #2291 from kiran/secret-scanning
{hx(7)} docs: explain API_KEY env var""")

I("en", "tool_output", f"""AWS docs example, copied into README for the new hire:
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Replace both values with the ones from your own IAM user.""")

I("en", "user", """Use Stripe test mode only. Card 4242 4242 4242 4242, any future expiry, any CVC like 123. For the decline path use 4000 0000 0000 0002.""")

I("en", "tool_output", f"""Payment method on file: Visa •••• 4410, expires 11/26
Billing address: 2150 Mission St, San Francisco, CA 94110
Last charge: $38.20 on 2024-06-02 (ch_{rs(24)} — receipt sent)""")

I("en", "thought", """The password policy in the ticket says minimum 14 characters, at least 1 digit, rotation every 90 days, history of 24. None of these are values to store, just config for the Okta policy.""")

I("en", "tool_output", f"""sha256sum dist/*
{sha256_of('cli-linux')}  skillctl-2.8.1-linux-amd64.tar.gz
{sha256_of('cli-darwin')}  skillctl-2.8.1-darwin-arm64.tar.gz
{sha256_of('cli-win')}  skillctl-2.8.1-windows-amd64.zip""")

I("en", "tool_output", f"""ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 SHA256:{b64(32).rstrip('=')} dev@laptop-07 (ED25519)
$ cat ~/.ssh/id_ed25519.pub
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]} dev@laptop-07""")

I("en", "tool_call", J({"tool": "create_issue", "args": {"repo": "acme/web", "title": "Login returns 401 invalid_token after 3600 s", "body": "Token TTL is 3600 seconds; refresh_token grant fails with error code 400 invalid_grant. Steps to reproduce attached."}}))

I("en", "tool_output", f"""kubectl get pods -n payments
NAME                                READY   STATUS    RESTARTS   AGE
ledger-api-{hx(10)}-{rs(5, string.ascii_lowercase + string.digits)}        1/1     Running   0          3d4h
ledger-worker-{hx(10)}-{rs(5, string.ascii_lowercase + string.digits)}     1/1     Running   2          3d4h
token-svc-{hx(9)}-{rs(5, string.ascii_lowercase + string.digits)}          1/1     Running   0          11h""")

I("en", "summary", f"""Order placed: Amazon order #{dg(3)}-{dg(7)}-{dg(7)}, arriving Thursday. UPS tracking 1Z{rs(6, string.ascii_uppercase + string.digits)}03{dg(8)}. Total $84.17 charged to Mastercard ending 5521.""")

I("en", "tool_output", f"""docker pull ghcr.io/brightpath/api:1.14.2
1.14.2: Pulling from brightpath/api
Digest: sha256:{hx(64)}
Status: Downloaded newer image for ghcr.io/brightpath/api:1.14.2""")

I("en", "lesson", """Lesson: when the user says "reset my password", do not invent a new one. Trigger the reset email flow and let them choose; the link expires in 15 minutes.""")

I("en", "tool_output", f"""{{"id": "{uuid4()}", "object": "thread", "created_at": 1718012433, "metadata": {{"customer_id": "cus_{rs(14)}", "ticket": "SUP-{dg(5)}"}}}}""")

I("en", "thought", """The .env.example has DATABASE_URL=postgres://user:password@localhost:5432/app — that's the template shipped in the repo, not a real credential. I'll copy it to .env and ask the user for the real values.""")

I("en", "tool_output", f"""npm ci
added 1284 packages, and audited 1285 packages in 41s
"integrity": "sha512-{b64(64)}"
found 0 vulnerabilities""")

I("en", "user", """Flight confirmation code is QX7LRM, seat 14C, departing 06:55 from SEA. Can you add it to my calendar?""")

I("en", "tool_output", f"""-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ
{pem_body(3)}
-----END CERTIFICATE-----
Subject: CN=api.tidewater.app  Serial: {grp(hx(32), 2, ':')}""")

I("en", "tool_output", f"""Transaction confirmed.
tx hash: 0x{hx(64)}
from: 0x{hx(40)}
to:   0x{hx(40)}
block: {R.randint(19000000, 20999999)}   gas used: 21000""")

I("en", "summary", """Updated the wiki page "Rotating secrets": steps to regenerate the Slack bot token, where the new value goes (Vault path kv/slack/bot), and who approves. No actual token values were copied into the page.""")

I("en", "tool_output", """2024-06-11T09:14:22.381Z ERROR auth: login failed user=jdoe reason=bad_password attempts=3/5 lockout_in=2
2024-06-11T09:14:29.004Z WARN  auth: PIN entry disabled for 300s after 5 wrong PINs (policy pin_max_attempts=5)""")

I("en", "user", """my card got declined, the app only shows **** **** **** 7712 — which account is that linked to?""")

I("en", "tool_output", f"""PGP key imported:
pub   rsa4096 2021-02-17 [SC] [expires: 2026-02-16]
      {grp(hx(40).upper(), 4)}
uid           [ultimate] Priya Natarajan <priya@finchworks.dev>""")

I("en", "tool_call", J({"tool": "search_docs", "query": "how long is a GitHub personal access token and what prefix does it use", "top_k": 5}))

I("en", "tool_output", f"""Invoice INV-2024-{dg(5)}
Bill to: Greyhawk Logistics Ltd, Company No. {dg(8)}, VAT GB{dg(9)}
Amount due: £4,820.00 — payment reference {rs(8, string.ascii_uppercase + string.digits)}
Pay to sort code 20-00-00 (see remittance advice for account)""")

I("en", "thought", """Error 0x80070005 is ACCESS_DENIED, not a credential problem; the service account lacks write permission on C:\\ProgramData\\Agent. Retrying with the same token won't help.""")

I("en", "tool_output", f"""wg show
interface: wg0
  public key: {wg_key()}
  listening port: 51820
peer: {wg_key()}
  endpoint: 203.0.113.24:51820
  allowed ips: 10.8.0.2/32""")

I("en", "user", """what's the format of a UK National Insurance number? the gov example is QQ 12 34 56 C, is that a real one?""")

I("en", "tool_output", f"""pytest -q
........................................................ [ 92%]
FAILED tests/test_tokens.py::test_token_length - AssertionError: assert 39 == 40
1 failed, 611 passed in 18.42s  (seed={R.randint(1000000, 9999999)})""")

I("en", "summary", f"""Renewed domain tidewater.app for 1 year ($14.99). Registrar order {dg(9)}. DNSSEC DS record: 2371 13 2 {hx(64).upper()}""")

I("en", "tool_output", f"""{{"object": "payment_intent", "id": "pi_{rs(24)}", "client_secret": "pi_REDACTED_secret_REDACTED", "amount": 2000, "currency": "usd", "status": "succeeded", "livemode": false}}""")

I("en", "lesson", """Lesson: `max_tokens: 8192` in the request is an output budget, not an auth token — the linter flagged config/llm.yaml for "token" but there was nothing to rotate.""")

I("en", "tool_output", f"""curl -s https://api.github.com/repos/northwind-labs/ingest/commits/main | jq .sha
"{hx(40)}"
curl -s https://api.github.com/repos/northwind-labs/ingest | jq .node_id
"R_kgDO{rs(6)}\"""")

I("en", "user", """Our public Stripe key for the checkout page is pk_live_51Hh2kLJtYQeXa9TZ7t0Pq1w8hR3 — it's meant to be in the frontend, right? Is that OK to commit?""")

I("en", "tool_output", f"""Bitcoin address (receive, BIP84): bc1q{rs(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}
Label: donations-2024
xpub... (watch-only, not loaded)
Balance: 0.01830000 BTC""")

I("en", "tool_output", """HTTP/1.1 429 Too Many Requests
Retry-After: 30
X-RateLimit-Limit: 5000
X-RateLimit-Remaining: 0
X-RateLimit-Reset: 1718027400""")

I("en", "thought", f"""Customer gave order number {dg(3)}-{dg(7)}-{dg(7)} and the last four of the card (8831). That's enough to look up the order; I must not ask for the full card number.""")

I("en", "tool_call", J({"tool": "vault.read", "args": {"path": "kv/data/payments/stripe", "field": "secret_key", "version": 7}}))

I("en", "tool_output", f"""OTP sent to +1 (415) ***-**42. Code expires in 10 minutes. Request id: otp_{rs(20)}""")

I("en", "summary", f"""Moved the ETL cron from 02:00 to 03:30 UTC. Job id {uuid4()}, last run took 00:41:17, processed 1,204,882 rows. Checksum of output parquet: md5 {hx(32)}.""")

I("en", "tool_output", f"""Tracking: 9400 1000 0000 {dg(4)} {dg(4)} {dg(2)}
USPS Ground Advantage — In Transit, Expected Delivery by Saturday, June 15
Origin: 60601  Destination: 80205""")

I("en", "user", f"""the VIN on my registration is {vin()}, can you find the recall notices for it?""")

I("en", "tool_output", f"""{{
  "kty": "RSA",
  "use": "sig",
  "kid": "{hx(40)}",
  "alg": "RS256",
  "n": "{b64url(256)}",
  "e": "AQAB"
}}""")

I("en", "thought", """jwt.io's sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c is what the unit test fixture uses; it's public doc text, fine to keep in the fixture.""")

I("en", "tool_output", f"""terraform plan
  # aws_iam_role.ci will be updated in-place
  ~ resource "aws_iam_role" "ci" {{
        arn  = "arn:aws:iam::{dg(12)}:role/ci-deployer"
        id   = "ci-deployer"
      ~ tags = {{ "rotated" = "2024-06-01" }}
    }}
Plan: 0 to add, 1 to change, 0 to destroy.""")

I("en", "lesson", """Lesson: the "code" in "enter code 4012 at checkout" from the newsletter is a promo code (10% off, public), not a verification code. Don't treat marketing codes as sensitive.""")

I("en", "tool_output", f"""Sentry event {hx(32)} captured
  release: web@3.22.0+{hx(7)}
  trace_id: {hx(32)}
  span_id: {hx(16)}
  user.id: {dg(6)} (email scrubbed)""")

I("en", "user", """reminder for me: the password manager master password hint is "the usual + year" — don't store the actual password, I'll type it""")

I("en", "tool_output", f"""ISBN 978-0-{dg(2)}-{dg(6)}-{R.randint(0,9)} not found; trying EAN {ean13('97801' + dg(7))}
Matched: "Designing Data-Intensive Applications", O'Reilly, 2017""")

I("en", "summary", f"""Employer details recorded for the mortgage application: Finch & Rowe LLP, EIN {dg(2)}-{dg(7)}, HR phone (617) 555-0143. Applicant's own SSN will be entered by the applicant directly in the lender portal.""")

I("en", "tool_output", """Password must:
  • be 12–64 characters long
  • contain 1 uppercase, 1 lowercase, 1 number
  • not match any of your last 5 passwords
Example of a strong password format: four random words + a number (do not use this example).""")

I("en", "tool_output", f"""gpg --verify SHA256SUMS.gpg SHA256SUMS
gpg: Signature made Tue 04 Jun 2024 10:22:08 AM UTC
gpg:                using RSA key {hx(40).upper()}
gpg: Good signature from "Ubuntu CD Image Automatic Signing Key (2012) <cdimage@ubuntu.com>\"""")

I("en", "thought", f"""The webhook payload has id evt_{rs(24)} and type invoice.paid. Signature header t=1718030012,v1={hx(64)} is a per-request HMAC over the body, safe to log for debugging since it can't be reused.""")

I("en", "tool_call", J({"name": "calendar.create_event", "arguments": {"title": "Dentist — Dr. Osei", "start": "2024-07-02T09:30:00-04:00", "location": "44 Elm St, Suite 210, Boston, MA 02115", "notes": "Bring insurance card; member ID on back"}}))

I("en", "tool_output", f"""ip a show eth0
2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500
    link/ether {':'.join(hx(2) for _ in range(6))} brd ff:ff:ff:ff:ff:ff
    inet 10.0.3.14/24 brd 10.0.3.255 scope global eth0
    inet6 fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}/64 scope link""")

I("en", "user", """test the signup with the sandbox card 5555 5555 5555 4444 and the amex test one 3782 822463 10005""")

I("en", "tool_output", f"""Stored credential summary
service: github.com   user: kiran-m   secret: ******** (stored in OS keychain)
service: npmjs.com    user: kiran-m   secret: ******** (stored in OS keychain)
last sync: 2024-06-10 22:41""")

I("en", "summary", """Explained to the user how TOTP works: 30-second window, 6 digits, SHA-1 HMAC by default. Used the RFC 6238 test secret "12345678901234567890" in the worked example.""")

I("en", "tool_output", f"""lsblk -o NAME,UUID
nvme0n1
├─nvme0n1p1 {hx(4).upper()}-{hx(4).upper()}
├─nvme0n1p2 {uuid4()}
└─nvme0n1p3 {uuid4()}""")

I("en", "thought", """User asked "is my token expired?". The /introspect response says active=false, exp=1718020000. I'll tell them it expired at 11:46 UTC and they need to log in again — no token value to show.""")

I("en", "tool_output", f"""Bank transfer received
From: Greyhawk Logistics Ltd  Ref: INV-2024-{dg(5)}
Amount: £4,820.00  Value date: 2024-06-12
Our account: ****{dg(4)}  Transaction ID: {rs(18, string.ascii_uppercase + string.digits)}""")

I("en", "tool_output", f"""go mod download -json github.com/gorilla/mux@v1.8.1
{{"Path": "github.com/gorilla/mux", "Version": "v1.8.1", "Sum": "h1:{b64(32)}", "GoModSum": "h1:{b64(32)}"}}""")

I("en", "user", """I need a regex for a 6-digit PIN, like 000000 to 999999, for the form validator""")

I("en", "tool_output", f"""Account settings
  Name: Tomasz Wiśniewski
  Phone: +44 7700 900{dg(3)}
  2-step verification: ON (authenticator app)
  Backup codes: 8 of 10 remaining (view once in Security > Backup codes)""")

I("en", "summary", f"""Filed the corporate tax extension for Brightpath Studio LLC (EIN {dg(2)}-{dg(7)}). Confirmation number {dg(4)}-{dg(4)}-{dg(4)}. Payment scheduled: $2,300.00 on 2024-06-14.""")

I("en", "tool_output", f"""redis-cli INFO server
redis_version:7.2.4
redis_git_sha1:00000000
redis_build_id:{hx(16)}
run_id:{hx(40)}
tcp_port:6379""")

I("en", "thought", """The user typed their password into the search bar by mistake? No — it was "hunter2" in a question about the old bash.org joke. It's a meme, not their credential; nothing to scrub.""")

I("en", "tool_output", f"""Certificate fingerprints for api.tidewater.app
SHA-1:   {grp(hx(40).upper(), 2, ':')}
SHA-256: {grp(hx(64).upper(), 2, ':')}""")

I("en", "tool_call", J({"tool": "kms.encrypt", "args": {"key_id": f"arn:aws:kms:us-east-1:{dg(12)}:key/{uuid4()}", "plaintext_ref": "file://build/config.json", "encryption_context": {"app": "ledger"}}}))

I("en", "tool_output", f"""Base64 of the attached thumbnail (first 120 chars):
iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA{b64(54)}
mime: image/png  size: 2,941 bytes""")

I("en", "user", """What does "ERR_TOKEN_7731" mean in the Fitbit API? It happened on every sync since yesterday""")

I("en", "tool_output", f"""Routing number (ABA): 021000021 — JPMorgan Chase, New York
SWIFT/BIC: CHASUS33
This is the bank's public routing info for incoming wires; ask the recipient for their account number separately.""")

I("en", "lesson", """Lesson: the masked IBAN in the invoice footer (DE89 **** **** **** **30 00) cannot be used to pay; ask finance for the full remittance details instead of guessing.""")

I("en", "tool_output", f"""[INFO] build {uuid4()} started
[INFO] cache key: v3-deps-{hx(40)}
[INFO] restored 412 MB from cache in 7.3s
[INFO] secrets: 3 injected (values masked)""")

I("en", "summary", """Helped the user choose between 1Password and Bitwarden. Key points: both support passkeys; Bitwarden is $10/year; 1Password family plan is $4.99/month. The user will set up their master password themselves.""")

I("en", "tool_output", f"""IMEI: {imei()}
Model: Pixel 8 (GKWS6)  Serial: {rs(12, string.ascii_uppercase + string.digits)}
Warranty status: Active until 2025-10-04""")

I("en", "thought", f"""The nonce in the CSP header ('nonce-{b64(16)}') changes on every response; it's not a credential, so leaving it in the captured headers for the bug report is fine.""")

I("en", "tool_output", f"""ETH address of the DAO treasury (public, on the website): 0x{hx(40)}
ENS: treasury.fernbrook.eth
Safe threshold: 3 of 5 signers""")

I("en", "user", """please don't save my PIN anywhere, I'll just enter it at the ATM myself""")

I("en", "tool_output", f"""ls -la ~/.ssh
-rw-------  1 kiran staff  411 Mar  3 10:12 id_ed25519
-rw-r--r--  1 kiran staff   98 Mar  3 10:12 id_ed25519.pub
-rw-r--r--  1 kiran staff 2841 Jun 10 08:01 known_hosts""")

I("en", "tool_output", f"""known_hosts entry added:
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl""")

I("en", "summary", f"""The medical claim was resubmitted with claim number {dg(3)}{rs(3, string.ascii_uppercase)}{dg(6)} and CPT codes 99213, 87880. Provider NPI 1{dg(9)} (public registry).""")

I("en", "tool_output", f"""Your Microsoft account security code was requested.
If you didn't request this, reset your password.
Request ID: {uuid4()}
(The code was sent to the phone number ending in 88.)""")

I("en", "thought", """The log line 'password=***' comes from the redacting formatter; the raw value never reached the logs. Good — no incident needed.""")

I("en", "tool_output", f"""pip download requests==2.32.3 --no-deps
Saved ./requests-2.32.3-py3-none-any.whl
Hash: sha256={hx(64)}""")

I("en", "user", f"""my booking ref is {rs(6, string.ascii_uppercase + string.digits)} and hotel confirmation {dg(10)}; change the checkout to Sunday please""")

I("en", "tool_output", f"""ipfs add report.pdf
added bafybei{rs(52, 'abcdefghijklmnopqrstuvwxyz234567')} report.pdf
 1.24 MiB / 1.24 MiB [=========================] 100.00%""")

I("en", "tool_output", f"""$ env | grep -i token
GITHUB_TOKEN=***
NPM_TOKEN=***
TOKENIZERS_PARALLELISM=false""")

I("en", "lesson", """Lesson: OpenAI keys start with sk- and project keys with sk-proj-; when the user says "my key starts with sk-proj" they're describing the format, not sharing the key. Ask them to put it in the env instead of chat.""")

I("en", "tool_output", f"""Device enrollment
Serial: C02{rs(8, string.ascii_uppercase + string.digits)}
Hardware UUID: {uuid4().upper()}
MDM profile: com.brightpath.mdm.v3 (installed)""")

# ============================================================================ GERMAN
_x = de_steuerid()
S("de", "user", f"""Für die Steuererklärung: meine Steuer-ID ist {_x}, die von meiner Frau schicke ich dir später. Finanzamt ist Köln-Altstadt.""", _x)
_x = iban_de()
S("de", "tool_call", J({"tool": "sepa_ueberweisung", "args": {"empfaenger": "Lena Hoffmann", "iban": _x, "betrag": "1250.00", "verwendungszweck": "Kaution Wohnung Ehrenfeld"}}), _x)
_x = password()
S("de", "thought", f"""Der Nutzer hat das neue WLAN-Passwort durchgegeben ({_x}). Ich trage es nur in die FritzBox-Konfiguration ein und wiederhole es nicht in der Zusammenfassung.""", _x)
_x = de_kvnr()
S("de", "tool_output", f"""Versichertenkarte ausgelesen
Name: Jonas Becker   Geb.: 14.03.1988
Krankenversicherung: Techniker Krankenkasse (IK 101575519)
Versichertennummer: {_x}
Karte gültig bis: 31.12.2027""", _x)
I("de", "tool_output", f"""Rechnung Nr. RE-2024-{dg(4)}
Bitte überweisen Sie den Betrag auf folgendes Konto (Beispiel aus der Vorlage):
IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX
USt-IdNr. des Rechnungsstellers: {de_vat()}""")
I("de", "summary", f"""Bestellung bei Otto aufgegeben, Bestellnummer {dg(11)}. Sendungsnummer DHL {dg(20)}. Zahlung per Rechnung, fällig am 28.06.""")
I("de", "thought", """Die Passwortrichtlinie der Firma: mindestens 12 Zeichen, Ablauf nach 180 Tagen, 5 Fehlversuche bis zur Sperre. Das sind Regeln, keine Zugangsdaten.""")
I("de", "tool_output", f"""Handelsregister: HRB {dg(6)} B, Amtsgericht Charlottenburg
Geschäftsführer: Dr. Katrin Vogel
USt-IdNr.: {de_vat()}   Steuernummer: 27/{dg(3)}/{dg(5)}""")
I("de", "user", """Die PIN-Länge bei der neuen Girocard ist 6 statt 4 Stellen? Und was heißt Fehlercode 55 am Automaten?""")
I("de", "tool_output", f"""Paketverfolgung: 00340434{dg(12)}
Status: Zustellung erfolgt, Packstation 142, 50667 Köln
Abholcode wurde per App übermittelt (nicht angezeigt).""")
I("de", "lesson", f"""Gelernt: Die Kundennummer {dg(10)} bei den Stadtwerken ist kein Geheimnis, sie steht auf jeder Abrechnung. Nur das Online-Kennwort muss geschützt werden.""")
I("de", "tool_output", f"""Commit {hx(40)} von m.schulz
    Passwort-Reset-Mail: Link-Gültigkeit auf 30 Minuten verkürzt
    Refs: #{dg(4)}, Change-Id: I{hx(40)}""")

# ============================================================================ FRENCH
_x = fr_nir()
S("fr", "user", f"""Pour le formulaire de la mutuelle, mon numéro de sécu c'est {_x}. Tu peux remplir le reste avec mon adresse à Lyon.""", _x)
_x = iban_fr()
S("fr", "tool_output", f"""RIB extrait du PDF « releve_mai.pdf »
Titulaire : M. Antoine LEFÈVRE
IBAN : {grp(_x)}
BIC : {R.choice(['BNPAFRPPXXX', 'SOGEFRPP', 'CRLYFRPP', 'AGRIFRPP882'])}""", grp(_x))
_x = dg(6)
S("fr", "thought", f"""Le client a reçu le code par SMS : {_x}. Je le saisis dans le champ « Code de confirmation » de la page de paiement 3-D Secure.""", _x)
_x = visa()
S("fr", "tool_call", J({"outil": "remplir_formulaire", "champs": {"numero_carte": _x, "date_expiration": "08/26", "titulaire": "CAMILLE ROUSSEAU"}}), _x)
I("fr", "tool_output", f"""Facture n° F{dg(8)}
SIREN : {siren()}  —  SIRET : {siret(siren())}
TVA intracommunautaire : FR{dg(2)}{siren()}
Code APE : 6201Z""")
I("fr", "user", """C'est quoi la longueur minimale d'un mot de passe pour la CNIL ? 12 caractères ou 8 avec MFA ?""")
I("fr", "summary", f"""Réservation SNCF confirmée : référence dossier {rs(6, string.ascii_uppercase)}, voiture 14, place 87, départ Paris-Gare-de-Lyon 07h56. Numéro de billet {dg(14)}.""")
I("fr", "tool_output", f"""Carte bancaire enregistrée : Mastercard se terminant par 0042
Expire : 04/27   Statut : active
Identifiant du moyen de paiement : pm_{rs(24)}""")
I("fr", "thought", """L'utilisateur demande si « code 3 » sur le terminal de paiement veut dire code PIN faux. C'est un code d'erreur du TPE, pas un secret.""")
I("fr", "tool_output", f"""Numéro de suivi Colissimo : 6A{dg(11)}
Livraison prévue le mardi 18 juin
Code postal de livraison : 69003""")
I("fr", "lesson", """Leçon : le numéro « 1 85 05 78 006 084 91 » qu'on voit partout dans les tutos est un exemple fictif de documentation, inutile de le masquer dans la doc.""")

# ============================================================================ SPANISH
_x = es_dni()
S("es", "user", f"""Para la reserva del hotel me piden el DNI: {_x}. Llegamos el viernes sobre las 22h.""", _x)
_x = iban_es()
S("es", "tool_call", J({"herramienta": "transferencia", "argumentos": {"beneficiario": "Lucía Martín Ortega", "iban": grp(_x), "importe": 340, "concepto": "cena cumple"}}), grp(_x))
_x = password()
S("es", "tool_output", f"""Configuración guardada en /etc/app/db.ini
[database]
host = 10.1.2.40
usuario = gestor_app
contrasena = {_x}
puerto = 3306""", _x)
_x = es_nie()
S("es", "summary", f"""Cita previa para la renovación de la TIE pedida para el 3 de julio en la comisaría de Valencia. NIE del solicitante: {_x}. Justificante n.º {dg(10)}.""", _x)
I("es", "tool_output", f"""Factura simplificada T-{dg(6)}
CIF: B{dg(8)}
Total: 23,40 € (IVA 21% incluido)
Tarjeta: **** **** **** 3318  Autorización: {dg(6)}""")
I("es", "user", """¿Cuántos dígitos tiene el código de seguridad de una Amex? ¿3 o 4? No te paso el mío, solo quiero saberlo.""")
I("es", "tool_output", f"""Pedido n.º {dg(3)}-{dg(7)}-{dg(7)} enviado
Número de seguimiento Correos: PQ{rs(2, string.ascii_uppercase)}{dg(12)}ES""")
I("es", "thought", """El error "código 1045" de MySQL indica acceso denegado por contraseña. El log no incluye la contraseña en sí, solo "using password: YES".""")
I("es", "summary", f"""Ejemplo de la documentación de Redsys: tarjeta de pruebas 4548 8120 4940 0004, caducidad 12/34, CVV 123. Solo válida en el entorno de pruebas.""")
I("es", "tool_output", f"""Localizador de vuelo: {rs(6, string.ascii_uppercase)}
Vuelo IB3164 MAD-BCN, asiento 22F
Número de billete electrónico: 075{dg(10)}""")
I("es", "lesson", """Aprendido: el "token" en el mensaje de error "token inesperado en JSON en la posición 812" se refiere al análisis sintáctico, no a una credencial.""")

# ============================================================================ PORTUGUESE (BR/PT)
_x = br_cpf()
S("pt", "user", f"""oi! preciso emitir a nota fiscal no meu nome, CPF {_x}, endereço Rua Harmonia 210, Vila Madalena""", _x)
_x = "chave Pix aleatória"
_pix = uuid4()
S("pt", "thought", f"""Ela pediu pra guardar a senha do app do banco junto com a chave Pix. A chave Pix ({_pix}) é pública pra receber pagamentos; a senha de 6 dígitos {(_s := dg(6))} não deve ser repetida em lugar nenhum.""", _s)
_x = pt_nif("2")
S("pt", "tool_output", f"""Portal das Finanças — dados do contribuinte
Nome: Rui Miguel Carvalho
NIF: {_x}
Senha de acesso: enviada por carta em 12/03""", _x)
_x = password()
S("pt", "tool_call", J({"ferramenta": "login_portal", "argumentos": {"usuario": "joana.prado", "senha": _x, "lembrar": False}}), _x)
I("pt", "tool_output", f"""Nota fiscal eletrônica emitida
CNPJ do emitente: {br_cnpj()}
Chave de acesso: {grp(dg(44))}
Protocolo de autorização: {dg(15)}""")
I("pt", "user", """o app diz "senha inválida, tentativa 2 de 3" e depois "código de erro 0x1F". vou ser bloqueada?""")
I("pt", "summary", f"""Rastreio dos Correios: NL{dg(9)}BR, saiu para entrega. Pedido Mercado Livre #{dg(13)}.""")
I("pt", "tool_output", f"""Boleto gerado
Linha digitável: 34191.{dg(5)} {dg(5)}.{dg(6)} {dg(5)}.{dg(6)} {R.randint(1,9)} {dg(14)}
Vencimento: 20/06/2024   Valor: R$ 189,90""")
I("pt", "thought", """O CPF 123.456.789-09 que aparece no manual é o exemplo clássico de documentação; não é de ninguém. Posso deixar no texto de ajuda.""")
I("pt", "lesson", """Lição: a "chave" que o usuário mencionou era a chave Pix do restaurante (o CNPJ impresso no cardápio), não uma credencial. Não precisa esconder.""")

# ============================================================================ ITALIAN
_x = it_cf("Rossi", "Giulia", 91, 4, 17, True, "H501")
S("it", "user", f"""mi compili il modulo per il medico di base? codice fiscale {_x}, residenza via Appia Nuova 112, Roma""", _x)
_x = iban("IT", R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + "03069" + dg(5) + dg(12))
S("it", "tool_output", f"""Estratto conto marzo 2024
Intestatario: Marco Bianchi
IBAN {_x}
Saldo contabile al 31/03: 4.217,60 €""", _x)
_x = dg(5)
S("it", "thought", f"""L'utente ha scritto che il PIN del telepass/app è {_x}. Lo uso solo per sbloccare la sessione e non lo riporto nel riepilogo.""", _x)
I("it", "tool_output", f"""Fattura elettronica n. {dg(4)}/2024
Partita IVA cedente: IT{it_piva()}
Codice destinatario SDI: {rs(7, string.ascii_uppercase + string.digits)}
Importo: 1.830,00 €""")
I("it", "user", """il codice fiscale di esempio "RSSMRA85T10A562S" che usano nei tutorial è valido? mi serve per i test del form""")
I("it", "summary", f"""Prenotazione Trenitalia: codice PNR {rs(6, string.ascii_uppercase + string.digits)}, Frecciarossa 9541, carrozza 7 posto 12A. CIU {dg(10)}.""")
I("it", "tool_output", """Errore 403: token scaduto. Effettua nuovamente l'accesso.
Tentativi rimanenti: 2. La password deve contenere almeno 8 caratteri.""")
I("it", "thought", f"""Il numero di matricola INPS dell'azienda ({dg(10)}) è un identificativo aziendale, compare nei cedolini. Non è un dato personale sensibile.""")
I("it", "tool_output", f"""Tracking BRT: {dg(12)}
Spedizione consegnata a: Punto BRT Fermopoint, CAP 20121 Milano""")

# ============================================================================ DUTCH
_x = nl_bsn()
S("nl", "user", f"""kun je de huurtoeslag aanvraag invullen? mijn BSN is {_x}, inkomen staat in de bijlage""", _x)
_x = iban("NL", R.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + "0" + dg(9))
S("nl", "tool_call", J({"tool": "tikkie_aanmaken", "args": {"bedrag": 23.5, "omschrijving": "pizza vrijdag", "tegenrekening": _x}}), _x)
_x = password("words")
S("nl", "summary", f"""DigiD-app ingesteld op de nieuwe telefoon. Gebruiker koos als wachtzin voor de wachtwoordkluis: {_x}. Geadviseerd om die nergens anders op te schrijven.""", _x)
I("nl", "tool_output", f"""KvK-nummer: {dg(8)}
Vestigingsnummer: {dg(12)}
Btw-identificatienummer: NL{dg(9)}B01
Handelsnaam: Groen & Visser Installatietechniek B.V.""")
I("nl", "user", """Wat betekent foutcode 'PIN-03' bij de betaalautomaat? Ik heb mijn pincode niet verkeerd ingevoerd volgens mij.""")
I("nl", "tool_output", f"""PostNL Track & Trace: 3S{rs(4, string.ascii_uppercase)}{dg(9)}
Postcode: 3511 AB  Huisnummer: 14
Bezorgd bij de buren (nr. 16).""")
I("nl", "thought", """In de documentatie van de Belastingdienst staat BSN 111222333 als testnummer. Dat is geen echt nummer, ik laat het in de testdata staan.""")
I("nl", "tool_output", f"""Betaling ontvangen via iDEAL
Transactie-ID: {dg(16)}
Rekening: NL** RABO **** **** 42
Bedrag: € 64,95""")

# ============================================================================ POLISH
_x = pl_pesel()
S("pl", "user", f"""wypełnij proszę wniosek o Kartę Dużej Rodziny, PESEL mój: {_x}, dzieci dopiszę potem""", _x)
_x = iban("PL", dg(24))
S("pl", "tool_output", f"""Potwierdzenie przelewu
Nadawca: Katarzyna Zielińska, rachunek {_x[:2]} {grp(_x[2:])}
Odbiorca: Spółdzielnia Mieszkaniowa „Zacisze”
Kwota: 612,40 PLN""", f"{_x[:2]} {grp(_x[2:])}")
_x = dg(6)
S("pl", "thought", f"""Kod BLIK od użytkownika: {_x}. Ważny 2 minuty — wpisuję od razu w okno płatności i nie zapisuję go w notatkach.""", _x)
I("pl", "tool_output", f"""Faktura VAT nr FV/{dg(3)}/06/2024
Sprzedawca: Drukarnia Orzeł sp. z o.o., NIP {pl_nip()}, REGON {dg(9)}
Termin płatności: 14 dni""")
I("pl", "user", """Ile znaków musi mieć hasło do ePUAP? I czy kod błędu 401 znaczy, że token wygasł?""")
I("pl", "tool_output", f"""Numer przesyłki InPost: {dg(24)}
Paczkomat: WAW12M, ul. Puławska 145
Kod odbioru zostanie wysłany SMS-em.""")
I("pl", "summary", """Wyjaśniłem, że numer 44051401359 z dokumentacji ZUS to przykładowy PESEL używany w instrukcjach, a nie prawdziwy numer osoby.""")
I("pl", "tool_output", f"""git rev-parse HEAD
{hx(40)}
git tag -v v3.2.0
object {hx(40)}""")
# ============================================================================ SWEDISH
_x = se_pnr()
S("sv", "user", f"""kan du boka tid på vårdcentralen åt mig? personnummer {_x}, helst förmiddag""", _x)
_x = dg(4) + " " + dg(4)
I("sv", "tool_output", f"""Organisationsnummer: 556{dg(3)}-{dg(4)}
Momsregistreringsnummer: SE556{dg(7)}01
Bankgiro: {dg(4)}-{dg(4)}   (för inbetalningar från kunder)""")
_x = password()
S("sv", "tool_call", J({"verktyg": "ssh_connect", "argument": {"host": "nas.hemma.local", "anvandare": "admin", "losenord": _x}}), _x)
I("sv", "thought", """Användaren frågar varför BankID säger "felkod RFA8". Det betyder att åtgärden avbröts — inget med säkerhetskoden att göra.""")
I("sv", "tool_output", f"""PostNord kolli-ID: {rs(2, string.ascii_uppercase)}{dg(9)}SE
Utlämningsställe: ICA Nära Vasastan, 113 59 Stockholm
Beräknad leverans: 13 juni""")
I("sv", "summary", """Förklarade lösenordspolicyn: minst 12 tecken, ingen regelbunden byte, MFA obligatoriskt. Inga lösenord hanterades.""")

# ============================================================================ NORWEGIAN
_x = no_fnr()
S("no", "user", f"""Fødselsnummeret mitt er {_x}, kan du fylle ut søknaden om barnehageplass?""", _x)
_x = dg(4)
S("no", "summary", f"""Ordnet nøkkelboks til hytta i Hemsedal. Koden til boksen er {_x}, gjestene får den på SMS dagen før ankomst.""", _x)
I("no", "tool_output", f"""Organisasjonsnummer: {no_orgnr()} MVA
Foretaksregisteret: Fjordlys Regnskap AS
Kontonummer for innbetaling: se faktura (KID {dg(12)})""")
I("no", "user", """hvor mange siffer er en BankID-kode egentlig? 6? og hva betyr feilkode C161?""")
I("no", "tool_output", f"""Sporingsnummer Posten: 70{dg(16)}
Hentested: Kiwi Grünerløkka, 0552 Oslo
Hentekode sendes på SMS""")

# ============================================================================ DANISH
_x = f"{R.randint(1,28):02d}{R.randint(1,12):02d}{R.randint(60,99):02d}-{dg(4)}"
S("da", "tool_output", f"""Sundhedskort scannet
Navn: Mette Kjærgaard
CPR-nr.: {_x}
Egen læge: Lægehuset Nørrebro, 2200 København N""", _x)
_x = password()
S("da", "thought", f"""Brugeren skrev sin MitID-adgangskode i chatten ({_x}). Jeg bruger den ikke — MitID kræver app-godkendelse — og beder hende ændre den.""", _x)
I("da", "tool_output", f"""CVR-nummer: {dg(8)}
P-nummer: {dg(10)}
Virksomhed: Havnens Bageri ApS, Aarhus""")
I("da", "summary", f"""Ordre nr. {dg(8)} hos Elgiganten bekræftet. GLS pakkenummer {dg(11)}. Betalt med Dankort **** 6612.""")
I("da", "thought", """"Kode 4" på dankortterminalen betyder afvist af banken, ikke forkert pinkode. Ingen hemmelighed involveret.""")

# ============================================================================ FINNISH
_x = fi_hetu()
S("fi", "user", f"""Täytä Kelan lomake: henkilötunnus {_x}, osoite Mannerheimintie 48 B 12, Helsinki""", _x)
_x = dg(4)
S("fi", "tool_call", J({"työkalu": "lukitus", "parametrit": {"laite": "Yale Doorman V2N", "toiminto": "aseta_koodi", "koodi": _x, "kayttaja": "siivooja"}}), J(_x))
I("fi", "tool_output", f"""Y-tunnus: {dg(7)}-{R.randint(0,9)}
ALV-numero: FI{dg(8)}
Yritys: Kuusiston Puutyö Oy""")
I("fi", "user", """Mitä tarkoittaa virhekoodi 5003 OmaKannassa? Salasanan pituusvaatimus on kai 12 merkkiä?""")
I("fi", "tool_output", f"""Lähetystunnus: JJFI{dg(14)}
Nouto: Posti Pakettiautomaatti, K-Market Kallio
Viite: {dg(10)}""")

# ============================================================================ ESTONIAN
_x = ee_isikukood()
S("et", "user", f"""palun täida e-maksuameti vorm, minu isikukood on {_x}""", _x)
I("et", "tool_output", f"""Registrikood: {ee_code('1' + dg(7))[:8]}
KMKR number: EE{dg(9)}
Ettevõte: Põhjala Tarkvara OÜ""")
I("et", "thought", """Smart-ID kontrollkood (4 numbrit) on avalik vaste, mis näidatakse ekraanil — see ei ole PIN. Võib logis olla.""")
I("et", "tool_output", f"""Omniva saadetise number: CC{dg(9)}EE
Pakiautomaat: Tallinn Kristiine keskus""")

# ============================================================================ HUNGARIAN
_x = hu_taj()
S("hu", "tool_output", f"""Betegadatok
Név: Kovács Eszter
TAJ szám: {_x}
Háziorvos: Dr. Nagy Péter, Budapest XI.""", _x)
_x = password()
S("hu", "user", f"""az ügyfélkapu jelszavam {_x}, nézd meg légyszi hogy megjött-e a NAV levél""", _x)
I("hu", "tool_output", f"""Adószám: {dg(8)}-{R.randint(1,5)}-{dg(2)}
Cégjegyzékszám: 01-09-{dg(6)}
Cég: Duna Szoftver Kft.""")
I("hu", "user", """mennyi a minimális jelszóhossz az Ügyfélkapu+-nál? és a 6 jegyű kód az mindig SMS?""")
I("hu", "summary", f"""MÁV jegy megvásárolva: jegyazonosító {dg(16)}, Budapest-Keleti → Debrecen, 2. osztály, 08:23.""")

# ============================================================================ CZECH
_x = cz_rc()
S("cs", "user", f"""vyplň mi prosím přihlášku k pojišťovně, rodné číslo {_x}, adresa Vinohradská 12, Praha 2""", _x)
_x = dg(6)
S("cs", "thought", f"""Uživatel přepsal potvrzovací kód z SMS banky: {_x}. Použiju ho jen pro potvrzení platby v internetbankingu.""", _x)
I("cs", "tool_output", f"""IČO: {dg(8)}   DIČ: CZ{dg(8)}
Číslo faktury: {dg(10)}   Variabilní symbol: {dg(10)}
Splatnost: 30. 6. 2024""")
I("cs", "tool_output", f"""Zásilkovna — číslo zásilky Z {dg(10)}
Výdejní místo: Albert Anděl, Praha 5""")
I("cs", "lesson", """Poučení: „heslo“ v zadání znamenalo heslo ve smyslu hesla slovníku (lemma), ne přístupové heslo. Nic nemaskovat.""")

# ============================================================================ ROMANIAN
_x = ro_cnp()
S("ro", "user", f"""completează te rog cererea pentru pașaport: CNP {_x}, născut în Cluj-Napoca""", _x)
_x = iban("RO", R.choice(["BTRL", "RNCB", "INGB", "BRDE"]) + rs(16, string.digits))
S("ro", "tool_call", J({"unealta": "plata_factura", "argumente": {"furnizor": "Enel Energie", "din_contul": _x, "suma": "214.36 RON"}}), _x)
I("ro", "tool_output", f"""CUI: RO{dg(8)}
Nr. Reg. Com.: J40/{dg(5)}/2019
Factura seria ENL nr. {dg(9)}""")
I("ro", "thought", """„Cod eroare 17” la bancomat înseamnă card expirat, nu PIN greșit. Nu e nimic secret de protejat aici.""")
I("ro", "tool_output", f"""AWB Fan Courier: {dg(13)}
Status: Livrat — semnat de destinatar, 400129 Cluj-Napoca""")

# ============================================================================ GREEK
_x = gr_amka()
S("el", "user", f"""Κλείσε μου ραντεβού στον παθολόγο, ο ΑΜΚΑ μου είναι {_x}. Προτιμώ Τρίτη πρωί.""", _x)
_x = password()
S("el", "tool_output", f"""Ρυθμίσεις email (IMAP)
Διακομιστής: mail.ktimatologio-demo.gr  Θύρα: 993
Χρήστης: g.papadopoulos
Κωδικός: {_x}""", _x)
I("el", "tool_output", f"""ΑΦΜ επιχείρησης: {dg(9)}   ΔΟΥ: Α' Αθηνών
ΓΕΜΗ: {dg(12)}
Αρ. τιμολογίου: ΤΠΥ-{dg(5)}""")
I("el", "user", """Τι σημαίνει «κωδικός σφάλματος 403» στο gov.gr; Ο κωδικός μου είναι σωστός, δεν θα σου τον πω, απλώς ρωτάω.""")
I("el", "summary", f"""Κράτηση ξενοδοχείου στη Νάξο: αριθμός επιβεβαίωσης {dg(10)}, check-in 14:00. Κωδικός κράτησης πτήσης {rs(6, string.ascii_uppercase)}.""")

# ============================================================================ TURKISH
_x = tr_tckn()
S("tr", "user", f"""e-Devlet'ten adli sicil kaydı alır mısın? TC kimlik no {_x}, şifreyi ben gireceğim""", _x)
_x = iban("TR", "0" + R.choice(["0010", "0046", "0064", "0062"]) + "0" + dg(16))
S("tr", "tool_output", f"""Havale dekontu
Alıcı: Elif Yıldız
Alıcı IBAN: {grp(_x)}
Tutar: 7.500,00 TL   Açıklama: Haziran kirası""", grp(_x))
_x = dg(6)
S("tr", "thought", f"""Kullanıcı bankadan gelen tek kullanımlık şifreyi yazdı: {_x}. 180 saniye içinde ödeme ekranına girmem gerekiyor.""", _x)
I("tr", "tool_output", f"""Vergi No: {dg(10)}   Vergi Dairesi: Kadıköy
MERSİS No: 0{dg(15)}
Fatura No: GIB2024{dg(9)}""")
I("tr", "user", """şifre en az kaç karakter olmalı, 8 mi 10 mu? bir de "hata kodu 1004" ne demek?""")
I("tr", "tool_output", f"""Kargo takip no: {dg(12)} (Yurtiçi Kargo)
Teslimat adresi posta kodu: 34710""")
I("tr", "lesson", """Ders: Dokümanlardaki "10000000146" TC kimlik numarası test amaçlı örnek; gerçek kişiye ait değil, maskelemeye gerek yok.""")
# ============================================================================ RUSSIAN
_x = ru_snils()
S("ru", "user", f"""Запиши меня к врачу через Госуслуги. СНИЛС {_x}, полис ОМС пришлю позже""", _x)
_x = f"{dg(2)} {dg(2)} {dg(6)}"
S("ru", "tool_output", f"""Распознанный паспорт РФ
ФИО: Соколова Анна Викторовна
Серия и номер: {_x}
Выдан: ГУ МВД России по г. Москве, 12.05.2016, код подразделения 770-{dg(3)}""", _x)
_x = password()
S("ru", "tool_call", J({"инструмент": "db_connect", "параметры": {"host": "pg-replica-2.corp.local", "user": "analytics", "password": _x, "dbname": "dwh"}}), _x)
I("ru", "tool_output", f"""ИНН организации: {dg(10)}   КПП: {dg(9)}
ОГРН: 1{dg(12)}
Счёт на оплату № {dg(4)} от 11.06.2024""")
I("ru", "thought", """Пользователь спрашивает, почему «код ошибки 0x0000007B» при загрузке. Это INACCESSIBLE_BOOT_DEVICE, к паролям отношения не имеет.""")
I("ru", "tool_output", f"""Трек-номер Почты России: {rs(2, string.ascii_uppercase)}{dg(9)}RU
Статус: прибыло в место вручения, индекс 190000""")
I("ru", "summary", """Объяснил политику паролей: длина от 12 символов, срок действия 90 дней, блокировка после 5 неудачных попыток. Никаких реальных паролей не сохранял.""")
I("ru", "user", f"""номер заказа на Озоне {dg(8)}-{dg(4)}, посмотри когда доставят""")

# ============================================================================ UKRAINIAN
_x = ua_rnokpp()
S("uk", "user", f"""Подай, будь ласка, декларацію ФОП. Мій РНОКПП (ІПН) {_x}, група 3""", _x)
_x = iban("UA", R.choice(["305299", "322001", "380805"]) + dg(19))
S("uk", "tool_output", f"""Реквізити для поповнення
Отримувач: Шевченко Олена Петрівна
IBAN: {_x}
Банк: АТ КБ «ПриватБанк»""", _x)
I("uk", "tool_output", f"""Код ЄДРПОУ: {dg(8)}
ТОВ «Карпатський Мед»
Номер накладної Нова Пошта: 204{dg(11)}""")
I("uk", "thought", """Помилка «код 2FA недійсний» — користувач просто ввів застарілий код. Сам код я не бачив і не прошу.""")
I("uk", "summary", f"""Квитки Укрзалізниці: поїзд 743 Київ — Львів, вагон 5, місце 41. Номер бронювання {dg(14)}.""")

# ============================================================================ SERBIAN / CROATIAN
_x = rs_jmbg()
S("sr", "user", f"""Попуни ми захтев за личну карту, ЈМБГ {_x}, рођен у Новом Саду""", _x)
I("sr", "tool_output", f"""ПИБ: {dg(9)}   Матични број: {dg(8)}
Фактура бр. {dg(4)}/24, рок плаћања 15 дана""")
I("sr", "user", """koliko karaktera mora da ima lozinka za eUpravu? i šta znači greška 502?""")
_x = hr_oib()
S("hr", "tool_output", f"""Podaci o osiguraniku
Ime: Ivana Horvat
OIB: {_x}
MBO: {dg(9)}
Izabrani liječnik: Dom zdravlja Zagreb-Centar""", _x)
I("hr", "tool_output", f"""OIB tvrtke: {hr_oib()} (Jadranska Plovidba d.o.o., javni registar)
Broj računa: {dg(4)}-1-1
Poziv na broj: HR00 {dg(10)}""")
I("hr", "thought", """Korisnik pita zašto mToken javlja "PIN blokiran nakon 3 pokušaja". Objasnit ću postupak deblokade, ne treba mi sam PIN.""")

# ============================================================================ HEBREW
_x = il_id()
S("he", "user", f"""תמלא לי בבקשה את הטופס של קופת חולים, תעודת זהות {_x}, תאריך לידה 03/09/1990""", _x)
_x = password()
S("he", "thought", f"""המשתמש כתב את הסיסמה של חשבון הבנק: {_x}. אני לא אשמור אותה בזיכרון ארוך טווח, רק אשתמש בה פעם אחת להתחברות.""", _x)
I("he", "tool_output", f"""ח.פ. (מספר חברה): 51{dg(7)}
עוסק מורשה: {dg(9)}
חשבונית מס מספר {dg(6)}""")
I("he", "user", """כמה ספרות יש בקוד אימות של בנק הפועלים? 6? וקוד שגיאה 3001 זה אומר שהסיסמה לא נכונה?""")
I("he", "tool_output", f"""מספר מעקב דואר ישראל: RR{dg(9)}IL
סניף איסוף: דואר רמת אביב, מיקוד 6997801""")

# ============================================================================ ARABIC
_x = ae_eid()
S("ar", "user", f"""أرجو تعبئة طلب تجديد الإقامة، رقم الهوية الإماراتية {_x} وتاريخ الانتهاء ٢٠٢٤/٠٩/١٥""", _x)
_x = iban("SA", R.choice(["80", "10", "45"]) + "000" + dg(15))
S("ar", "tool_call", J({"أداة": "تحويل_بنكي", "المعطيات": {"المستفيد": "خالد العتيبي", "الآيبان": _x, "المبلغ": "2500 ريال"}}, ), _x)
_x = dg(4)
S("ar", "summary", f"""تم إعداد القفل الذكي لباب الشقة. الرمز الجديد للعامل هو {_x} وصالح حتى نهاية الأسبوع فقط.""", _x)
I("ar", "tool_output", f"""السجل التجاري: {dg(10)}
الرقم الضريبي (VAT): 3{dg(13)}3
رقم الفاتورة: INV-{dg(6)}""")
I("ar", "user", """كم عدد أحرف كلمة المرور المطلوبة في أبشر؟ وما معنى رمز الخطأ 401؟""")
I("ar", "tool_output", f"""رقم الشحنة (أرامكس): {dg(11)}
الحالة: تم التسليم — الرياض، الرمز البريدي 12271""")
I("ar", "thought", """الرمز المذكور "١٢٣٤٥٦" في دليل المستخدم هو مثال توضيحي لشكل رمز التحقق، وليس رمزاً حقيقياً.""")

# ============================================================================ PERSIAN
_x = ir_melli()
S("fa", "user", f"""لطفاً فرم ثبت‌نام دانشگاه رو پر کن. کد ملی من {_x} هست.""", _x)
_x = card(R.choice(["603799", "621986", "610433"]))
S("fa", "thought", f"""کاربر شماره کارت {_x} و رمز دوم پویا را فرستاد. رمز دوم را بعد از پرداخت فراموش می‌کنم؛ شماره کارت هم نباید در خلاصه بیاید.""", _x)
I("fa", "tool_output", f"""شناسه ملی شرکت: {dg(11)}
کد اقتصادی: {dg(12)}
شماره پیگیری سفارش: {dg(10)}""")
I("fa", "user", """رمز عبور باید حداقل ۸ کاراکتر باشد؟ خطای کد ۴۰۳ یعنی چی؟""")

# ============================================================================ HINDI
_x = aadhaar()
S("hi", "user", f"""मेरा आधार नंबर {_x} है, गैस सब्सिडी का फॉर्म भर दो प्लीज़""", _x)
_x = f"{rs(3, string.ascii_uppercase)}P{rs(1, string.ascii_uppercase)}{dg(4)}{rs(1, string.ascii_uppercase)}"
S("hi", "tool_output", f"""आयकर विवरणी (ITR-1) पूर्व-भरी जानकारी
नाम: सुनीता शर्मा
पैन: {_x}
आकलन वर्ष: 2024-25""", _x)
_x = dg(4)
S("hi", "thought", f"""यूज़र ने ATM पिन {_x} बताया ताकि मैं "याद रख सकूँ"। मैं इसे सेव नहीं करूँगा और उन्हें बताऊँगा कि पिन किसी से शेयर न करें।""", _x)
I("hi", "tool_output", f"""GSTIN: {in_gstin()}
चालान संख्या: INV/24-25/{dg(4)}
IFSC: SBIN000{dg(4)}   (शाखा: कनॉट प्लेस)""")
I("hi", "user", """UPI पिन कितने अंकों का होता है, 4 या 6? और एरर कोड U16 का मतलब क्या है?""")
I("hi", "tool_output", f"""PNR: {dg(10)}
ट्रेन 12951 मुंबई राजधानी, कोच B3, बर्थ 42
स्थिति: CNF""")
I("hi", "summary", """आधार का उदाहरण "9999 9999 9999" केवल डेमो फॉर्म में दिखाया गया था; असली नंबर उपयोगकर्ता खुद डालेंगे।""")

# ============================================================================ BENGALI
_x = dg(10)
S("bn", "user", f"""আমার এনআইডি নম্বর {_x}, পাসপোর্টের আবেদনটা পূরণ করে দাও""", _x)
_x = dg(5)
S("bn", "thought", f"""ব্যবহারকারী বিকাশের পিন {_x} পাঠিয়েছেন। এটি কোথাও সংরক্ষণ করব না, শুধু এই লেনদেনে ব্যবহার করব।""", _x)
I("bn", "tool_output", f"""ট্রেড লাইসেন্স নং: {dg(8)}
বিআইএন (ভ্যাট): {dg(9)}-{dg(4)}
অর্ডার আইডি: DRZ{dg(12)}""")
I("bn", "user", """পাসওয়ার্ড কমপক্ষে কত অক্ষরের হতে হবে? আর ওটিপি কত মিনিট বৈধ থাকে?""")

# ============================================================================ TAMIL
_x = password()
S("ta", "user", f"""என் ஜிமெயில் பாஸ்வேர்ட் {_x}, அதில் வந்த கரண்ட் பில்லை டவுன்லோட் பண்ணு""", _x)
I("ta", "tool_output", f"""சேவை இணைப்பு எண்: {dg(3)}-{dg(3)}-{dg(3)}
பில் எண்: {dg(12)}
தொகை: ₹1,284.00   கடைசி தேதி: 20-06-2024""")
I("ta", "thought", """பயனர் "OTP 6 இலக்கமா 4 இலக்கமா?" என்று கேட்கிறார் — இது வடிவம் பற்றிய கேள்வி, எந்த ரகசியமும் இல்லை.""")
I("ta", "tool_output", f"""PNR: {dg(10)}   ரயில்: 12635 வைகை எக்ஸ்பிரஸ்
பெட்டி D4, இருக்கை 57""")
# ============================================================================ CHINESE (Simplified)
_x = cn_rid()
S("zh", "user", f"""帮我在12306上给我妈买票，她的身份证号是{_x}，姓名王秀兰，明天上午去杭州""", _x)
_x = "LTAI5t" + rs(18)
_y = rs(30)
S("zh", "tool_output", f"""阿里云 AccessKey 创建成功（仅显示一次）
AccessKey ID: {_x}
AccessKey Secret: {_y}
请妥善保管，创建时间 2024-06-11 15:02:31""", _y)
_x = dg(6)
S("zh", "thought", f"""用户把支付宝支付密码 {_x} 发给我了。这个不能记录，只提醒他立即修改，并且我不代为支付。""", _x)
I("zh", "tool_output", f"""统一社会信用代码：{cn_uscc()}
企业名称：深圳市星河数码科技有限公司
开票日期：2024年06月11日  发票号码：{dg(20)}""")
I("zh", "user", """密码长度最少几位？公司要求12位、90天更换一次，报错码 10086 是什么意思？""")
I("zh", "tool_output", f"""顺丰运单号：SF{dg(13)}
状态：已签收，签收人：前台
订单号：{dg(18)}""")
I("zh", "thought", f"""日志里出现 "token数：{R.randint(1000, 9000)}" 是模型用量统计，不是凭证；commit {hx(40)} 只是改了计费逻辑。""")
I("zh", "summary", """示例身份证号 11010519491231002X 来自国家标准的说明文档，用于测试表单校验，不属于真实个人。""")

# ============================================================================ CHINESE (Traditional / Taiwan)
_x = tw_id()
S("zh-tw", "user", f"""幫我填健保卡補發申請，身分證字號 {_x}，地址台北市大安區復興南路一段""", _x)
I("zh-tw", "tool_output", f"""統一編號：{dg(8)}
公司名稱：日光咖啡有限公司
電子發票號碼：{rs(2, string.ascii_uppercase)}-{dg(8)}""")
I("zh-tw", "user", """我的提款卡密碼錯三次被鎖了，錯誤代碼 E015，要去臨櫃嗎？（密碼不用告訴你吧）""")
I("zh-tw", "tool_output", f"""7-ELEVEN 交貨便 寄件代碼：{dg(12)}
取件門市：台北光復門市 (店號 {dg(6)})""")

# ============================================================================ JAPANESE
_x = jp_mynumber()
S("ja", "user", f"""確定申告の入力お願い。マイナンバーは {_x} です。源泉徴収票は添付しました""", _x)
_x = password()
S("ja", "tool_call", J({"ツール": "ブラウザ操作", "引数": {"url": "https://portal.example-univ.ac.jp/login", "ユーザーID": "s2319044", "パスワード": _x}}), _x)
_x = f"{dg(4)}"
S("ja", "summary", f"""宅配ボックスの暗証番号を設定しました（{_x}）。不在時は管理人室ではなくボックス3番に入れてもらいます。""", _x)
I("ja", "tool_output", f"""法人番号：{jp_corp()}
適格請求書発行事業者登録番号：T{jp_corp()}
請求書番号：INV-{dg(6)}""")
I("ja", "user", """パスワードは英数字8文字以上って書いてあるけど、記号は使える？エラーコード E-2041 が出ます""")
I("ja", "tool_output", f"""ヤマト運輸 伝票番号：{dg(4)}-{dg(4)}-{dg(4)}
お届け予定：6月14日 14時〜16時
郵便番号：150-0002""")
I("ja", "thought", f"""ログの "トークン数上限: 200000" はコンテキスト長の設定であり、認証トークンではない。SHA {hx(40)} の差分も設定値の変更のみ。""")
I("ja", "lesson", """教訓：ドキュメントの「YOUR_API_KEY」や「xxxx-xxxx」はプレースホルダーなので、そのまま残してよい。""")

# ============================================================================ KOREAN
_x = kr_rrn()
S("ko", "user", f"""연말정산 서류 좀 채워줘. 주민등록번호 {_x}, 부양가족은 없어""", _x)
_x = dg(6)
S("ko", "thought", f"""사용자가 공동인증서 비밀번호가 아니라 간편결제 비밀번호 {_x}를 알려줬다. 결제 한 번만 쓰고 기억하지 않는다.""", _x)
I("ko", "tool_output", f"""사업자등록번호: {kr_brn()}
상호: 한빛소프트웨어(주)
세금계산서 승인번호: {dg(8)}-{dg(8)}-{dg(8)}""")
I("ko", "user", """비밀번호는 몇 자리 이상이어야 해요? 10자리? 그리고 오류코드 -2005는 뭐예요?""")
I("ko", "tool_output", f"""CJ대한통운 운송장번호: {dg(12)}
배송지 우편번호: 06236
주문번호: {dg(16)}""")
I("ko", "summary", f"""항공권 예약 완료: 예약번호 {rs(6, string.ascii_uppercase + string.digits)}, KE1121 김포-부산, 좌석 31A.""")

# ============================================================================ THAI
_x = th_id()
S("th", "user", f"""ช่วยกรอกแบบฟอร์มขอวีซ่าให้หน่อย เลขบัตรประชาชน {_x} ชื่อ สมชาย ใจดี""", _x)
_x = dg(6)
S("th", "tool_output", f"""ข้อความจากธนาคาร: รหัส OTP คือ {_x} (Ref: {rs(4, string.ascii_uppercase)}) ใช้ภายใน 5 นาที ห้ามบอกรหัสนี้แก่ผู้อื่น""", _x)
I("th", "tool_output", f"""เลขประจำตัวผู้เสียภาษีนิติบุคคล: 0{dg(12)}
ใบกำกับภาษีเลขที่: IV{dg(8)}
เลขพัสดุ Kerry: KEX{dg(10)}""")
I("th", "user", """รหัสผ่านต้องมีกี่ตัวอักษรคะ แล้วรหัสข้อผิดพลาด 1001 หมายถึงอะไร""")
I("th", "thought", """"Ref: ABCD" ในข้อความ OTP เป็นรหัสอ้างอิงสาธารณะเพื่อจับคู่กับหน้าจอ ไม่ใช่ตัว OTP เอง""")

# ============================================================================ VIETNAMESE
_x = "0" + R.choice(["01", "79", "48"]) + R.choice("0123") + dg(8)
S("vi", "user", f"""làm giúp mình hồ sơ mở tài khoản, số CCCD {_x}, cấp ngày 10/04/2021 tại Cục CS QLHC""", _x)
_x = password()
S("vi", "tool_call", J({"cong_cu": "dang_nhap", "tham_so": {"trang": "https://dichvucong.gov.vn", "ten_dang_nhap": "0912xxx456", "mat_khau": _x}}), _x)
I("vi", "tool_output", f"""Mã số thuế doanh nghiệp: 0{dg(9)}
Số hóa đơn: {dg(8)}   Ký hiệu: 1C24TAA
Mã tra cứu: {rs(10, string.ascii_uppercase + string.digits)}""")
I("vi", "user", """mật khẩu tối thiểu mấy ký tự vậy? app báo lỗi mã 99 hoài""")
I("vi", "tool_output", f"""Mã vận đơn GHN: G{rs(7, string.ascii_uppercase + string.digits)}
Mã đơn hàng Shopee: {dg(6)}{rs(8, string.ascii_uppercase + string.digits)}""")

# ============================================================================ INDONESIAN / MALAY
_x = R.choice(["31", "32", "35"]) + dg(4) + f"{R.randint(1,28):02d}{R.randint(1,12):02d}{R.randint(70,99):02d}" + dg(4)
S("id", "user", f"""tolong isi formulir BPJS, NIK saya {_x}, alamat Jl. Kemang Raya No. 8""", _x)
_x = dg(6)
S("id", "thought", f"""Pengguna mengirim PIN GoPay {_x} supaya saya bisa bayar. Saya tidak akan menyimpannya dan akan sarankan ganti PIN.""", _x)
I("id", "tool_output", f"""NPWP badan: {dg(2)}.{dg(3)}.{dg(3)}.{R.randint(0,9)}-{dg(3)}.000
NIB: {dg(13)}
No. resi JNE: {dg(16)}""")
I("id", "user", """kata sandi minimal berapa karakter ya? kode kesalahan 4002 artinya apa?""")
_x = f"{R.randint(70,99):02d}{R.randint(1,12):02d}{R.randint(1,28):02d}-{R.choice(['14', '10', '08'])}-{dg(4)}"
S("ms", "user", f"""isi borang LHDN untuk saya, nombor kad pengenalan {_x}""", _x)
I("ms", "tool_output", f"""No. Pendaftaran Syarikat (SSM): 2019010{dg(5)} ({dg(7)}-{rs(1, string.ascii_uppercase)})
No. Invois: INV{dg(6)}
No. penjejakan Pos Laju: E{rs(1,string.ascii_uppercase)}{dg(9)}MY""")
I("ms", "thought", """Mesej "TAC anda akan dihantar ke ****456" tidak mengandungi TAC sebenar; hanya nombor telefon bertopeng.""")

# ============================================================================ TAGALOG / FILIPINO
_x = dg(4) + "-" + dg(7) + "-" + R.choice("0123456789")
S("tl", "user", f"""pakisagutan yung SSS loan form ko, SSS number ko {_x}""", _x)
I("tl", "tool_output", f"""TIN ng kumpanya: {dg(3)}-{dg(3)}-{dg(3)}-000
SEC Reg. No.: CS2019{dg(5)}
Tracking no. LBC: {dg(12)}""")
I("tl", "user", """ilang digits ba yung OTP ng GCash? 6 diba? tapos error code 1010 ano yun""")

# ============================================================================ SWAHILI
_x = dg(4)
S("sw", "user", f"""nitumie pesa kwa M-Pesa, PIN yangu ni {_x}, tuma 2,000 kwa mama""", _x)
_x = dg(8)
S("sw", "tool_output", f"""Taarifa za mteja
Jina: Amina Wanjiru
Nambari ya kitambulisho (ID): {_x}
KRA PIN: A{dg(9)}{rs(1, string.ascii_uppercase)}""", _x)
I("sw", "tool_output", f"""Muamala umethibitishwa: {rs(10, string.ascii_uppercase + string.digits)}
Paybill: 888880  Akaunti: {dg(10)}
Kiasi: KSh 1,500.00""")
I("sw", "thought", """Mtumiaji anauliza kwa nini "nenosiri" linahitaji herufi 8 — hiyo ni sera tu, hakuna siri imetolewa.""")
# ============================================================================ TRANSLITERATION / CODE-SWITCHING
_x = dg(4)
S("hi-Latn", "user", f"""yaar mera debit card ka pin {_x} hai, mummy ko bol dena ATM se 5000 nikaal le, main office mein hoon""", _x)
I("hi-Latn", "user", f"""bhai PNR {dg(10)} ka status check kar de, waitlist 12 tha kal""")
I("hi-Latn", "thought", """User ne poocha "OTP kitne digit ka hota hai?" — sirf format ka sawaal hai, koi OTP share nahi hua.""")
I("hi-Latn", "tool_output", f"""Order ID: OD{dg(18)}
Flipkart delivery code: shared with customer via app (hidden)
Pincode: 560034""")

_x = password()
S("ar-Latn", "user", f"""3afwan, el password taba3 el wifi fel maktab huwa {_x}, 7ottu 3al laptop el jdid""", _x)
I("ar-Latn", "user", """el code taba3 el error 404 ya3ni el page mesh mawjoude, mesh moshkle bel password sa7?""")
I("ar-Latn", "tool_output", f"""Shipment: Aramex {dg(11)} — wasal 3al Beirut sorting center
Reference: INV-{dg(5)}""")

_x = dg(4)
S("ja-Latn", "user", f"""ano ne, mansion no ōtorokku no bangō wa {_x} desu. takuhai no hito ni oshiete agete kudasai""", _x)
I("ja-Latn", "user", """pasuwādo wa 8-moji ijō desu ka? erā kōdo 0x2F ga dete imasu""")

_x = visa()
S("es-en", "user", f"""ok so la tarjeta nueva es {_x[:4]}-{_x[4:8]}-{_x[8:12]}-{_x[12:]}, update it en Netflix porfa, la vieja expired""", f"{_x[:4]}-{_x[4:8]}-{_x[8:12]}-{_x[12:]}")
I("es-en", "user", f"""el tracking number es 1Z{rs(6, string.ascii_uppercase + string.digits)}{dg(10)}, can you check si ya llegó a customs?""")
I("es-en", "thought", """User dice "mi password tiene 16 characters y no funciona" — describing length only, no value given. Suggest reset link.""")

_x = password()
S("tl-en", "user", f"""pa-login naman sa Shopee ko, username ko jessa.reyes tapos password {_x}, may naka-cart ako na need i-checkout""", _x)
I("tl-en", "user", f"""yung order number ko sa Lazada {dg(15)}, di pa dumating, pa-follow up po""")

I("zh-Latn", "user", """mima zuishao ji wei? xitong shuo cuowu daima 1302, shi bu shi token guoqi le""")
_x = password()
S("de-en", "thought", f"""Der Kunde hat im Ticket geschrieben: "mein neues Admin-Passwort für das Jira ist {_x}, bitte testen ob Login klappt". Ich teste den Login und empfehle danach sofort einen Reset.""", _x)
I("de-en", "tool_output", f"""Deployment-Log: release v4.12.0 ({hx(12)}) deployed to prod
Build-ID {uuid4()}, Dauer 3m12s, Token-Rotation: scheduled (no values logged)""")

# ============================================================================ CATALAN
_x = es_dni()
S("ca", "user", f"""Omple'm la sol·licitud de beca, el meu DNI és {_x} i visc a Girona""", _x)
I("ca", "tool_output", f"""NIF de l'empresa: B{dg(8)}
Factura núm. {dg(4)}/2024, venciment 30 dies""")
I("ca", "user", """Quants caràcters ha de tenir la contrasenya de l'idCAT? I què vol dir l'error 500?""")

# ============================================================================ GEORGIAN
_x = dg(11)
S("ka", "user", f"""გთხოვ შეავსე განაცხადი, ჩემი პირადი ნომერია {_x}""", _x)
I("ka", "tool_output", f"""საიდენტიფიკაციო კოდი (კომპანია): 4{dg(8)}
ინვოისის ნომერი: {dg(7)}""")

# ============================================================================ ARMENIAN
_x = password()
S("hy", "tool_output", f"""Կարգավորումները պահպանված են
Օգտանուն՝ arman.k
Գաղտնաբառ՝ {_x}
Սերվեր՝ 192.168.10.5""", _x)
I("hy", "user", """Գաղտնաբառը պետք է լինի առնվազն 8 նիշ՞ Սխալի կոդը 403 է""")

# ============================================================================ SLOVAK / SLOVENIAN / BULGARIAN / LITHUANIAN / LATVIAN
_x = cz_rc()
S("sk", "user", f"""vyplň mi žiadosť o vodičák, rodné číslo {_x}, bydlisko Bratislava""", _x)
I("sk", "tool_output", f"""IČO: {dg(8)}   IČ DPH: SK{dg(10)}
Číslo objednávky: {dg(9)}""")
I("sl", "tool_output", f"""Davčna številka podjetja: SI{dg(8)}
Matična številka: {dg(10)}
Številka računa (sklic): SI12 {dg(4)}-{dg(4)}""")
I("sl", "user", """Koliko znakov mora imeti geslo za eUprava? Napaka 401 pomeni, da je žeton potekel?""")
_x = bg_egn()
S("bg", "user", f"""Попълни ми формуляра за НЗОК, ЕГН {_x}, адрес София, бул. Витоша 15""", _x)
I("bg", "tool_output", f"""ЕИК/БУЛСТАТ: {dg(9)}
ДДС номер: BG{dg(9)}
Товарителница Еконт: {dg(13)}""")
I("lt", "tool_output", f"""Įmonės kodas: 30{dg(7)}
PVM mokėtojo kodas: LT{dg(9)}
Siuntos numeris: LP{dg(9)}LT""")
I("lt", "user", """Kiek simbolių turi būti slaptažodis? Klaidos kodas 1203 ką reiškia?""")
I("lv", "tool_output", f"""Reģistrācijas numurs: 4000{dg(7)}
PVN numurs: LV4000{dg(7)}
Pasūtījuma nr.: {dg(8)}""")

# ============================================================================ URDU / NEPALI / AMHARIC / AFRIKAANS / ICELANDIC
_x = f"{dg(5)}-{dg(7)}-{R.randint(1,9)}"
S("ur", "user", f"""میرا شناختی کارڈ نمبر {_x} ہے، بجلی کے بل کا فارم بھر دیں""", _x)
I("ur", "tool_output", f"""این ٹی این (کمپنی): {dg(7)}-{R.randint(0,9)}
انوائس نمبر: {dg(6)}
ٹریکنگ نمبر (TCS): {dg(12)}""")
I("ne", "user", """पासवर्ड कम्तीमा कति अक्षरको हुनुपर्छ? त्रुटि कोड ५०२ भनेको के हो?""")
I("ne", "tool_output", f"""प्यान नम्बर (कम्पनी): {dg(9)}
बिल नम्बर: {dg(5)}""")
I("am", "user", """የይለፍ ቃል ቢያንስ ስንት ፊደል መሆን አለበት? የስህተት ኮድ 401 ምን ማለት ነው?""")
_x = za_id()
S("af", "user", f"""vul asseblief die vorm vir die mediese fonds in, my ID-nommer is {_x}""", _x)
I("af", "tool_output", f"""Maatskappy-registrasienommer: 2019/{dg(6)}/07
BTW-nommer: 4{dg(9)}
Bestelnommer: {dg(8)}""")
I("is", "tool_output", f"""Kennitala fyrirtækis: {dg(6)}-{dg(4)}
VSK-númer: {dg(5)}
Reikningsnúmer: {dg(7)}""")
# ============================================================================ MORE HARD LOOK-ALIKES (mixed)
_x = bitlocker_key()
S("en", "user", f"""laptop is asking for the BitLocker recovery key after the BIOS update. Key ID starts with 8F3A. The key from my Microsoft account page is {_x}""", _x)
_x = "-".join(rs(4, string.ascii_lowercase) for _ in range(4))
S("en", "tool_call", J({"tool": "mail.configure_account", "args": {"provider": "icloud", "email": "dana.whitfield@icloud.com", "app_specific_password": _x, "imap_host": "imap.mail.me.com"}}), _x)
I("en", "tool_output", f"""manage-bde -protectors -get C:
    Numerical Password:
      ID: {{{uuid4().upper()}}}
      Password: (hidden — use `manage-bde -protectors -get C: -Type RecoveryPassword` as admin)
    TPM:  ID: {{{uuid4().upper()}}}""")
I("en", "tool_output", """README.md excerpt:
export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
export SLACK_BOT_TOKEN=xoxb-your-bot-token-here
export OPENAI_API_KEY=sk-...   # never commit the real value""")
I("en", "tool_output", f"""API keys (dashboard view)
NAME            KEY                    CREATED      LAST USED
ci-runner       sk-proj-****{rs(4)}        2024-03-02   2 hours ago
local-dev       sk-proj-****{rs(4)}        2024-05-19   never""")
I("en", "tool_output", """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}
      POSTGRES_USER: app
  api:
    environment:
      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app""")
I("en", "thought", """The HTTP spec example `Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==` (Aladdin / open sesame) is in the RFC; I'm quoting it to explain Basic auth, not anybody's credential.""")
I("en", "tool_output", f"""OAuth app registered
client_id: {dg(12)}-{rs(32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com
redirect_uri: https://app.tidewater.app/oauth/callback
client_secret: stored in Secret Manager (projects/tidewater-prod/secrets/google-oauth/versions/3)""")
I("en", "tool_output", f"""GET /authorize?response_type=code&client_id=tw-web&code_challenge={b64url(32)}&code_challenge_method=S256&state={hx(16)}
302 Found -> https://login.tidewater.app/consent""")
I("en", "tool_output", f"""Stripe objects created in test mode:
customer: cus_{rs(14)}
price:    price_{rs(24)}
account:  acct_{rs(16)}
product:  prod_{rs(14)}""")
I("en", "tool_output", f"""Twilio console
Account SID: AC{hx(32)}
Messaging Service SID: MG{hx(32)}
Auth Token: ••••••••••••••••  [Show]""")
I("en", "user", """for the form demo use SSN 987-65-4321 — that range is reserved for advertising, so it's safe as a placeholder""")
I("en", "tool_output", f"""commit {hx(40)}
gpgsig -----BEGIN PGP SIGNATURE-----
 
 iQIzBAABCAAdFiEE{b64(30)}
 {b64(45)}
 -----END PGP SIGNATURE-----
Author: Lina Okafor <lina@finchworks.dev>""")
I("en", "tool_output", f"""ssh -o StrictHostKeyChecking=ask deploy@203.0.113.50
The authenticity of host '203.0.113.50' can't be established.
ED25519 key fingerprint is SHA256:{b64(32).rstrip('=')}.
Are you sure you want to continue connecting (yes/no/[fingerprint])?""")
I("en", "summary", """Default pairing PIN for the JBL speaker is 0000 per the manual; told the user this is the factory value printed in the quick-start guide, not something they set.""")
I("en", "tool_output", f"""SIM details
ICCID: 8944{dg(14)}{R.randint(0,9)}
IMSI: 234{dg(12)}
PIN status: enabled (3 attempts remaining)   PUK: not shown""")
I("en", "tool_output", f"""git lfs ls-files -l
{hx(64)} * assets/hero.mp4
{hx(64)} * assets/onboarding.mov""")
I("en", "tool_output", f"""argon2 config loaded: $argon2id$v=19$m=65536,t=3,p=4  (params only)
bcrypt cost: 12
pbkdf2 iterations: 600000   salt length: 16 bytes""")
I("en", "tool_output", f"""Bitcoin tx {hx(64)}
  inputs: 2   outputs: 2   fee: 0.00004120 BTC
  confirmations: 6""")
I("en", "thought", f"""The contract address 0x{hx(40)} on Etherscan is verified source; I can quote it freely. The user's private key is NOT needed to read balances.""")
I("en", "user", """sandbox creds from the Plaid docs are user_good / pass_good, right? just need them for the integration test""")
I("en", "tool_output", f"""Adyen test cards (from docs):
Mastercard 5555 3412 4444 1115  exp 03/30  CVC 737
Visa       4111 1111 4555 1142  exp 03/30  CVC 737""")
I("en", "tool_output", f"""helm get values ledger -n payments
image:
  tag: 2.14.0@sha256:{hx(64)}
existingSecret: ledger-db-credentials
replicas: 3""")
I("en", "summary", f"""Opened support ticket #{dg(7)} with the registrar about domain transfer. The EPP/auth code will be emailed to the registrant only — I did not request or store it.""")
I("en", "tool_output", f"""Request failed: 403 Forbidden
{{"error": "insufficient_scope", "error_description": "The access token does not have the required scope 'repo:write'", "request_id": "{uuid4()}"}}""")
I("en", "tool_output", f"""Yubikey info
Serial: {dg(8)}
Firmware: 5.4.3
FIDO2 PIN: set (8 retries)   OTP slot 1: programmed""")
I("en", "tool_output", f"""age-keygen -y key.txt
age1{rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}
(this is the recipient/public key; share it with teammates)""")
I("en", "lesson", f"""Lesson: the 40-hex string the user pasted ({hx(40)}) was a commit SHA from the PR link, not a token — check the context before refusing to echo it.""")
I("en", "tool_output", f"""Sentry DSN for the browser SDK (public by design): https://{hx(32)}@o{dg(6)}.ingest.sentry.io/{dg(7)}
Environment: production  Release: web@3.22.0""")
I("en", "tool_output", f"""HSA account overview
Account: ****{dg(4)}   Routing: {aba_routing()} (bank's public routing)
Contributions YTD: $2,450.00   Limit 2024: $4,150.00""")
I("de", "tool_output", """Beispielkonfiguration aus der Doku:
DB_USER=beispiel
DB_PASSWORT=<hier-ihr-passwort>
API_SCHLUESSEL=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx""")
I("fr", "tool_output", f"""Empreinte de la clé publique SSH : SHA256:{b64(32).rstrip('=')}
Clé : ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]} claire@portable""")
I("es", "tool_output", f"""Hash del commit desplegado: {hx(40)}
ID de la petición: {uuid4()}
Checksum SHA-256 del artefacto: {hx(64)}""")
I("pt", "tool_output", """Cartões de teste do Mercado Pago (documentação):
Mastercard 5031 4332 1540 6351, CVV 123, validade 11/30
Nome do titular: APRO (aprovado)""")
I("it", "tool_output", f"""Chiave pubblica WireGuard del server: {wg_key()}
Endpoint: vpn.studio-ferri.it:51820   AllowedIPs: 10.6.0.0/24""")
I("nl", "summary", f"""Bestelling {dg(10)} geannuleerd. Terugbetaling naar Visa eindigend op 9031 binnen 5 werkdagen; referentie {rs(12, string.ascii_uppercase + string.digits)}.""")
I("pl", "tool_output", """Przykład z dokumentacji API:
Authorization: Bearer <TWÓJ_TOKEN>
curl -u uzytkownik:haslo https://api.example.com/v1/faktury""")
I("ru", "tool_output", f"""Публичный ключ PGP: {grp(hx(40).upper())}
Хеш файла (SHA-256): {hx(64)}
Номер сборки: {dg(5)}""")
I("ja", "tool_output", f"""テスト用カード番号（決済代行のドキュメントより）：4111 1111 1111 1111
有効期限：任意の未来日付　セキュリティコード：任意の3桁""")
I("ko", "tool_output", f"""커밋 해시: {hx(40)}
요청 ID: {uuid4()}
체크섬(SHA-256): {hx(64)}""")
I("zh", "tool_output", f"""公钥指纹：SHA256:{b64(32).rstrip('=')}
部署镜像摘要：sha256:{hx(64)}""")
I("ar", "tool_output", f"""رقم الحساب المقنع: **** **** {dg(4)}
معرّف المعاملة: {uuid4()}""")
I("tr", "tool_output", """Dokümantasyondaki örnek:
API_ANAHTARI=ornek_anahtar_buraya
SIFRE=******** (gerçek değeri .env dosyasına yazın)""")
I("hi", "tool_output", f"""कमिट हैश: {hx(40)}
बिल्ड आईडी: {uuid4()}""")
I("sv", "tool_output", f"""Kortnummer: **** **** **** {dg(4)}
Transaktions-ID: {rs(16, string.ascii_uppercase + string.digits)}
Belopp: 349,00 kr""")
I("fi", "tool_output", """Esimerkki dokumentaatiosta: salasana=VAIHDA_TAMA, token=<oma-tunnus>""")
I("he", "tool_output", f"""מזהה עסקה: {uuid4()}
כרטיס: **** {dg(4)}   סכום: ₪289.90""")
I("vi", "tool_output", f"""Khóa công khai SSH: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]} lan@maytinh
Mã băm commit: {hx(40)}""")


I("en", "tool_call", J({"tool": "stripe.create_charge", "args": {"amount": 1999, "currency": "usd", "source": "tok_visa", "description": "test mode charge using Stripe's documented test token"}}))
I("en", "tool_call", J({"tool": "github.get_commit", "args": {"owner": "northwind-labs", "repo": "ingest", "ref": hx(40)}}))
I("en", "tool_call", J({"tool": "set_password_policy", "args": {"min_length": 14, "require_digit": True, "max_age_days": 90, "lockout_threshold": 5, "pin_length": 6}}))
I("de", "tool_call", J({"werkzeug": "sendung_verfolgen", "argumente": {"dienst": "DHL", "sendungsnummer": "00340434" + dg(12), "plz": "50667"}}))
I("fr", "tool_call", J({"outil": "verifier_siret", "arguments": {"siret": siret(siren()), "source": "annuaire-entreprises.data.gouv.fr"}}))
I("ja", "tool_call", J({"ツール": "チケット検索", "引数": {"予約番号": rs(6, string.ascii_uppercase + string.digits), "便名": "NH 241", "搭乗日": "2024-07-03"}}))
I("es", "tool_call", J({"herramienta": "consultar_pedido", "argumentos": {"pedido": f"{dg(3)}-{dg(7)}-{dg(7)}", "tarjeta_mascarada": "**** 3318"}}))
I("ko", "tool_call", J({"도구": "배송조회", "인자": {"택배사": "CJ대한통운", "운송장번호": dg(12)}}))
I("pt", "tool_call", J({"ferramenta": "consultar_cnpj", "argumentos": {"cnpj": br_cnpj()}}))
I("en", "tool_call", J({"tool": "k8s.rollout_restart", "args": {"namespace": "payments", "deployment": "token-svc", "reason": "pick up rotated secret ledger-db-credentials (resourceVersion 48213)"}}))

# ============================================================================ integrity
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret and _s.secret in _s.text, _s.id
for _t in SECRETS + INNOCENT:
    assert 1 <= len(_t.text.splitlines()) <= 12, _t.id
assert luhn_ok("4242424242424242") and iban_ok("DE89370400440532013000")
