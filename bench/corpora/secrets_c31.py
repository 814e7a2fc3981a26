"""Corpus c31 -- independent test corpus for a secret-redaction filter.

Started: Mon Dec  7 15:35:31 UTC 2026

Counts: 219 SECRETS, 217 INNOCENT (436 records). Ids: c31-s-NNN-<lang> / c31-i-NNN-<lang>.
All values are synthetic, drawn at import time from random.Random(SEED) (SEED = 31_2026_1207).
A per-record (language, setting) map is kept in META.

Languages (48 tags; secrets/innocent), English ~42% / ~40%:
  en 92/86, es 7/8, fr 6/7, de 6/7, pt 5/7, ko 4/5, ja 3/5, tr 4/4, it 3/5, zh 3/5,
  ru 4/4, ar 3/4, nl 3/4, sv 3/3, pl 3/3, nb 3/3, he 3/3, fi 3/3, vi 3/3, th 3/3,
  sw 3/3, id 3/3, hu 3/2, uk 3/2, ro 3/2, el 3/2, ms 2/2, hi 2/2, hi-Latn 2/2, af 2/2,
  bn 2/2, cs 2/2, fa 2/2, tl 2/2, da 2/2, ta 2/1, am 2/1, ur 2/1, yo 2/1, bg 2/1,
  hr 2/1, ru-Latn 1/1, ja-Latn 1/1, ar-Latn 1/1, ha 1/1, et 1/1, lt 1/1, zu 1/1
  (-Latn = transliterated: Hinglish, Arabizi, Russian translit, romaji).
  Spanish covers Spain, Mexico, Chile, Argentina; Portuguese covers Brazil and Portugal.

Settings (secrets/innocent):
  coding agents (shell, file edits, configs, CI logs)      37/42
  personal assistant errands (mail, travel, bank, health)  59/79
  small-business back office (invoices, payroll, HR, POS)  39/50
  IT support / ops                                          25/21
  people's own messages (phone-typed / dictated)            59/25
Record kinds are mixed: user requests, agent reasoning, JSON tool calls, tool outputs
(SMS, e-mail, PDF text, CSV, logs, API JSON), team summaries, lessons.

Check digits computed where a published algorithm exists: Luhn cards (Visa, MC, Amex,
Mir-like 2202, UnionPay), IBAN mod-97 (+ national BBAN keys for FR RIB, ES, IT CIN,
BE, PT, NL 11-test), ABA routing, CLABE; person ids: US SSN (valid ranges), CA SIN,
ES DNI/NIE, FR NIR, NL BSN, PL PESEL, SE personnummer, NO fodselsnummer, FI HETU,
DE Steuer-ID / KVNR, AT SVNR, BE Rijksregister, CH AHV, IT codice fiscale, PT NIF,
RO CNP, CZ rodne cislo, GR AMKA, HR OIB, EE isikukood, BG EGN, HU TAJ / adoazonosito,
RU SNILS / INN, UA RNOKPP, TR TCKN, IL teudat zehut, IR kod-e melli, IN Aadhaar
(Verhoeff), CN resident id, JP My Number, KR RRN, TH id, SA id, AE Emirates id, ZA id,
BR CPF, CL RUT, AR CUIL, MX CURP, UK NHS number, UK driving licence shape. Innocent company ids also carry valid checks (CNPJ, FR SIREN/TVA, DE USt-IdNr,
IT P.IVA, PL NIP, SE orgnr, NO orgnr, DK CVR, FI Y-tunnus + viitenumero, CZ ICO,
RO CUI, RU INN org, IL company no, IN GSTIN, JP corporate no, CN USCC, KR business
no, TH company tax id, NF-e access key, S10 postal tracking, VIN, IMEI, ISIN, EAN-13).

Labelling choices for borderline cases:
  * SECRET: the `secret` field is the single most critical span; other sensitive values
    may co-occur (e.g. card + CVV, user + password). For split secrets the larger part
    is labelled; for spelled/dictated secrets the spoken span is labelled; for encoded
    secrets (base64 Basic auth, k8s Secret data, hex dump, URL-encoded) the encoded
    form as it appears is labelled.
  * Personal tax/identity/health numbers of persons (incl. sole-proprietor TIN,
    CUIL prefix 20/27, PAN, KRA PIN, BVN) are SECRET; company registration / VAT /
    tax ids (CNPJ, CUIT 30-, EIN, GSTIN, USCC, ...) are INNOCENT even though some
    share the person-id algorithm (IL company no., TH company tax id, SE orgnr).
  * Business bank details printed on invoices / remit-to blocks (IBAN, ACH routing +
    account, Russian r/s) are INNOCENT (published for payment). Bank details of
    private persons (refunds, payroll, rent to a landlord person) are SECRET.
  * Password hashes explicitly labelled as hashes (bcrypt, yescrypt shadow line) are
    INNOCENT; a hex-encoded (reversible) password is SECRET.
  * Ciphertext labelled as such (ansible-vault, SOPS ENC[...]) is INNOCENT.
  * Public material is INNOCENT: SSH/PGP public keys, X.509 certificates, JWKS, DKIM
    TXT, key fingerprints, BitLocker recovery key *ID*, OAuth client_id, reCAPTCHA site
    key, Stripe pk_live_ publishable key, Mapbox pk. public token, Twilio Account SID,
    Stripe object ids (cus_/ch_/pi_ without _secret_), PKCE challenge + state,
    ACME challenge tokens, site-verification TXT, wallet addresses and tx hashes.
  * Documented examples labelled as examples are INNOCENT (AWS docs AKIAIOSFODNN7EXAMPLE
    pair, Stripe test cards 4242.../4000...0002, .env.example placeholders, ${VAR}
    references, "(sensitive value)", "***" masks, "last 4" and "ending in" values).
  * Transaction references that only identify a transfer (M-Pesa code, UPI UTR, bKash
    TrxID, GCash ref, approval codes on receipts, boleto line, CFDI folio) are INNOCENT.
  * Gift-card claim codes, port-out/transfer PINs, OAuth refresh tokens and Stripe
    PaymentIntent client secrets are SECRET; order/booking/PNR/ticket
    numbers, Zoom meeting ids without passcode, locker *numbers* are INNOCENT.
  * Security-question answers are SECRET (the answer word is the span).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
from typing import NamedTuple
from urllib.parse import quote as _q


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
META: dict[str, tuple[str, str]] = {}  # id -> (language tag, setting)

SEED = 31_2026_1207
R = random.Random(SEED)

# ---------------------------------------------------------------------------
# registration helpers
# ---------------------------------------------------------------------------
SETTINGS = ("coding", "assistant", "business", "itops", "personal")


def S(lang: str, setting: str, text: str, secret: str) -> None:
    assert setting in SETTINGS, setting
    assert secret and secret in text, (lang, secret, text)
    sid = f"c31-s-{len(SECRETS) + 1:03d}-{lang}"
    SECRETS.append(Secret(sid, text, secret))
    META[sid] = (lang, setting)


def I(lang: str, setting: str, text: str) -> None:
    assert setting in SETTINGS, setting
    iid = f"c31-i-{len(INNOCENT) + 1:03d}-{lang}"
    INNOCENT.append(Innocent(iid, text))
    META[iid] = (lang, setting)


# ---------------------------------------------------------------------------
# random primitives (all from the single seeded R)
# ---------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
ANL = LO + DG
ANU = UP + DG
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
URLSAFE = AN + "-_"


def rs(n: int, alpha: str = AN) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def dg(n: int) -> str:
    return rs(n, DG)


def dgnz(n: int) -> str:
    return R.choice("123456789") + dg(n - 1)


def hx(n: int) -> str:
    return rs(n, HEX)


def rb(n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n: int) -> str:
    return base64.b64encode(rb(n)).decode()


def b64u(n: int) -> str:
    return base64.urlsafe_b64encode(rb(n)).decode().rstrip("=")


def b64u_s(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def pick(seq):
    return R.choice(seq)


def sha256_hex() -> str:
    return hashlib.sha256(rb(32)).hexdigest()


def sha1_hex() -> str:
    return hashlib.sha1(rb(20)).hexdigest()


WORDS_EN = ("maple harbor copper falcon velvet orbit pepper lantern cobalt "
            "meadow thunder pixel walnut canyon ember marble otter saffron "
            "glacier juniper tundra violet hammock biscuit rocket pebble "
            "quartz willow comet tango mango zephyr").split()
WORDS_DE = "Schnee Tulpe Regen Brezel Kater Wolke Anker Fichte Sommer Igel".split()
WORDS_ES = "Girasol Tortuga Lluvia Naranja Montana Cereza Gaviota Pimienta".split()
SYMS = "!#$%&*+-=?@^_~."


def pw_words(words=WORDS_EN) -> str:
    a, b = R.sample(words, 2)
    return f"{a.capitalize()}{pick(SYMS)}{b.capitalize()}{dg(R.randint(2, 4))}"


def pw_random(n: int = 16) -> str:
    alpha = AN + "!#$%&*+-=?@^_~"
    while True:
        p = rs(n, alpha)
        if any(c in DG for c in p) and any(c in "!#$%&*+-=?@^_~" for c in p):
            return p


def pw_phrase(k: int = 4, sep: str = "-") -> str:
    return sep.join(R.sample(WORDS_EN, k))


def pw_leet() -> str:
    w = pick(WORDS_EN) + pick(WORDS_EN)
    tr = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
    w = w.translate(tr)
    return w[0].upper() + w[1:] + pick("!?#$") + dg(2)


def pw_local(words) -> str:
    return f"{pick(words)}{pick(SYMS)}{dg(R.randint(2, 4))}"


def pin(n: int = 4) -> str:
    while True:
        p = dg(n)
        if len(set(p)) > 2:
            return p


def spaced(s: str) -> str:
    return " ".join(s)


DIGIT_WORDS_EN = "zero one two three four five six seven eight nine".split()


def say_digits(s: str, words=DIGIT_WORDS_EN) -> str:
    return " ".join(words[int(c)] for c in s)


# ---------------------------------------------------------------------------
# check-digit algorithms
# ---------------------------------------------------------------------------
def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix: str = "4", length: int = 16) -> str:
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body)


def visa() -> str:
    return card("4", 16)


def mastercard() -> str:
    return card(pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16)


def amex() -> str:
    return card(pick(["34", "37"]), 15)


def unionpay() -> str:
    return card("62" + dg(4), 19)


def g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def amex_fmt(s: str, sep: str = " ") -> str:
    return f"{s[:4]}{sep}{s[4:10]}{sep}{s[10:]}"


def expiry() -> str:
    return f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"


def cvv(n: int = 3) -> str:
    return dg(n)


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(i: str) -> bool:
    i = i.replace(" ", "")
    return _iban_num(i[4:] + i[:4]) % 97 == 1


def ibanf(i: str) -> str:
    return g4(i)


def _es_ctrl(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return str({10: 1, 11: 0}.get(d, d))


# codice fiscale / CIN odd-even tables
_CF_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
_CF_ODD.update(dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                             11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])))
_CF_EVEN = {c: i for i, c in enumerate("0123456789")}
_CF_EVEN.update({c: i for i, c in enumerate(UP)})


def cf_check(s: str) -> str:
    tot = 0
    for i, c in enumerate(s):
        tot += _CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c]
    return UP[tot % 26]


def bban(cc: str) -> str:
    if cc == "DE":
        return dgnz(8) + dg(10)
    if cc == "FR":
        bank, branch, acct = dgnz(5), dg(5), dg(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return f"{bank}{branch}{acct}{key:02d}"
    if cc == "ES":
        bank, branch, acct = dg(4), dg(4), dg(10)
        return bank + branch + _es_ctrl("00" + bank + branch) + _es_ctrl(acct) + acct
    if cc == "IT":
        abi, cab, acct = dg(5), dg(5), dg(12)
        return cf_check(abi + cab + acct) + abi + cab + acct
    if cc == "NL":
        while True:
            a = dg(10)
            if sum(int(x) * w for x, w in zip(a, range(10, 0, -1))) % 11 == 0:
                return pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + a
    if cc == "GB":
        return pick(["BARC", "LOYD", "NWBK", "MIDL", "HBUK", "MONZ"]) + dg(6) + dg(8)
    if cc == "BE":
        ten = dg(10)
        c = int(ten) % 97 or 97
        return f"{ten}{c:02d}"
    if cc == "PT":
        b = dg(19)
        c = 98 - (int(b) * 100) % 97
        return f"{b}{c:02d}"
    n = {"PL": 24, "CH": 17, "AT": 16, "SE": 20, "NO": 11, "DK": 14, "FI": 14,
         "TR": 22, "SA": 20, "AE": 19, "CZ": 20, "HU": 24, "IL": 19, "EG": 25,
         "GR": 23, "IE": 18, "LT": 16, "EE": 16, "HR": 17, "BG": 18, "RO": 20}[cc]
    if cc == "IE":
        return pick(["AIBK", "BOFI"]) + dg(14)
    if cc == "RO":
        return pick(["BTRL", "RNCB", "INGB"]) + rs(16, ANU)
    if cc == "BG":
        return pick(["BNBG", "UNCR"]) + dg(6) + rs(8, ANU)
    if cc == "TR":
        return dg(5) + "0" + dg(16)
    return dgnz(1) + dg(n - 1)


def rand_iban(cc: str) -> str:
    i = iban(cc, bban(cc))
    assert iban_ok(i)
    return i


def aba_routing() -> str:
    while True:
        d = dg(8)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(a) * b for a, b in zip(d, w))
        c = (10 - s % 10) % 10
        r = d + str(c)
        if r[0] in "0123":
            return r


def ssn_us() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def sin_ca() -> str:
    body = pick("1234567") + dg(7)
    s = body + luhn_digit(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def dni_es() -> str:
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie_es() -> str:
    p = pick("XYZ")
    n = dg(7)
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(p)) + n) % 23]}"


def nir_fr() -> str:
    sex = pick("12")
    yy, mm = R.randint(50, 99), R.randint(1, 12)
    dept = f"{R.randint(1, 95):02d}"
    commune, order = R.randint(1, 899), R.randint(1, 999)
    base = f"{sex}{yy:02d}{mm:02d}{dept}{commune:03d}{order:03d}"
    key = 97 - int(base) % 97
    return f"{sex} {yy:02d} {mm:02d} {dept} {commune:03d} {order:03d} {key:02d}"


def bsn_nl() -> str:
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        c = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def pesel_pl() -> str:
    y, m, d = R.randint(1950, 2005), R.randint(1, 12), R.randint(1, 28)
    mm = m + (20 if y >= 2000 else 0)
    base = f"{y % 100:02d}{mm:02d}{d:02d}" + dg(4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def personnummer_se() -> str:
    yy, mm, d = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    body = f"{yy:02d}{mm:02d}{d:02d}{dg(3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def fnr_no() -> str:
    while True:
        body = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}{dg(3)}"
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * b for a, b in zip(body, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b2 = body + str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * b for a, b in zip(b2, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b2 + str(k2)


def hetu_fi() -> str:
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(50, 99)
    nnn = R.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{nnn:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}"


def cpr_dk() -> str:
    return f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}-{dg(4)}"


def cpf_br() -> str:
    d = [R.randint(0, 9) for _ in range(9)]
    for _ in range(2):
        n = len(d)
        s = sum(x * w for x, w in zip(d, range(n + 1, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cnpj_br() -> str:
    d = [int(x) for x in dgnz(8) + "0001"]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * y for x, y in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def rut_cl() -> str:
    body = str(R.randint(8_000_000, 24_999_999))
    s = sum(int(c) * w for c, w in zip(reversed(body), [2, 3, 4, 5, 6, 7] * 2))
    v = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(v, str(v))
    return f"{int(body):,}".replace(",", ".") + "-" + dv


def cuil_ar(prefix: str = "20") -> str:
    while True:
        base = prefix + dgnz(8)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        v = 11 - sum(int(a) * b for a, b in zip(base, w)) % 11
        if v == 10:
            continue
        v = 0 if v == 11 else v
        return f"{base[:2]}-{base[2:]}-{v}"


_CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_mx() -> str:
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    vow = "AEIOU"
    s = (pick(cons) + pick(vow) + pick(cons) + pick(cons)
         + f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
         + pick("HM") + pick(["DF", "JC", "NL", "PL", "VZ", "YN", "MC", "GT"])
         + pick(cons) + pick(cons) + pick(cons) + "0")
    tot = sum(_CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def clabe_mx() -> str:
    d = pick(["002", "012", "014", "021", "072"]) + dg(3) + dg(11)
    w = [3, 7, 1] * 6
    s = sum((int(a) * b) % 10 for a, b in zip(d, w))
    return d + str((10 - s % 10) % 10)


_V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num: str) -> str:
    c = 0
    for i, item in enumerate(reversed(num)):
        c = _V_D[c][_V_P[(i + 1) % 8][int(item)]]
    return str(_V_INV[c])


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, item in enumerate(reversed(num)):
        c = _V_D[c][_V_P[i % 8][int(item)]]
    return c == 0


def aadhaar_in() -> str:
    b = pick("23456789") + dg(10)
    s = b + verhoeff_digit(b)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def pan_in() -> str:
    return rs(3, UP) + "P" + rs(1, UP) + dg(4) + rs(1, UP)


def resident_id_cn() -> str:
    body = (pick(["110105", "310104", "440305", "330106", "510107"])
            + f"{R.randint(1960, 2002)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + dg(3))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def mynumber_jp() -> str:
    b = dg(11)
    s = 0
    for n, ch in enumerate(reversed(b), start=1):
        q = n + 1 if n <= 6 else n - 5
        s += int(ch) * q
    r = s % 11
    return b + str(0 if r <= 1 else 11 - r)


def rrn_kr() -> str:
    yy, mm, d = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    b = f"{yy:02d}{mm:02d}{d:02d}" + pick("12") + dg(5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    return f"{b[:6]}-{b[6:]}{c}"


def tckn_tr() -> str:
    d = [int(x) for x in dgnz(9)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tz_il() -> str:
    b = dg(8)
    for c in range(10):
        s = 0
        for i, ch in enumerate(b + str(c)):
            p = int(ch) * (1 if i % 2 == 0 else 2)
            s += p - 9 if p > 9 else p
        if s % 10 == 0:
            return b + str(c)
    raise AssertionError


def id_za() -> str:
    b = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(4)}08"
    return b + luhn_digit(b)


def nino_uk() -> str:
    a = pick("ABCEGHJKLMNPRSTWXYZ")
    b = pick("ABCEGHJKLMNPRSTWXYZ")
    return f"{a}{b} {dg(2)} {dg(2)} {dg(2)} {pick('ABCD')}"


_CF_MONTH = "ABCDEHLMPRST"


def codice_fiscale_it() -> str:
    cons = "BCDFGHLMNPRSTVZ"
    s = (rs(3, cons) + rs(3, cons) + f"{R.randint(50, 99):02d}" + pick(_CF_MONTH)
         + f"{R.randint(1, 28) + pick([0, 40]):02d}"
         + pick(["H501", "F205", "L219", "G273", "A944", "D612", "F839"]))
    return s + cf_check(s)


def nif_pt() -> str:
    b = pick("123") + dg(7)
    r = sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
    return b + str(0 if r < 2 else 11 - r)


def cnp_ro() -> str:
    b = (pick("12") + f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
         + f"{R.randint(1, 46):02d}" + dg(3))
    c = sum(int(a) * int(w) for a, w in zip(b, "279146358279")) % 11
    return b + str(1 if c == 10 else c)


def rc_cz() -> str:
    while True:
        yy, mm, d = R.randint(54, 99), R.randint(1, 12) + pick([0, 50]), R.randint(1, 28)
        b = f"{yy:02d}{mm:02d}{d:02d}{dg(3)}"
        c = int(b) % 11
        if c < 10:
            return f"{b[:6]}/{b[6:]}{c}"


def amka_gr() -> str:
    b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}{dg(4)}"
    return b + luhn_digit(b)


def _iso7064_11_10(b: str) -> str:
    a = 10
    for ch in b:
        a = (a + int(ch)) % 10
        if a == 0:
            a = 10
        a = (a * 2) % 11
    c = 11 - a
    return "0" if c == 10 else str(c)


def oib_hr() -> str:
    b = dgnz(10)
    return b + _iso7064_11_10(b)


def steuerid_de() -> str:
    while True:
        digits = R.sample(range(10), 9)
        seq = digits + [pick(digits)]
        R.shuffle(seq)
        if seq[0] == 0:
            continue
        b = "".join(map(str, seq))
        return b + _iso7064_11_10(b)


def kvnr_de() -> str:
    letter = pick(UP)
    nums = f"{UP.index(letter) + 1:02d}" + dg(8)
    s = 0
    for i, ch in enumerate(nums):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return letter + nums[2:] + str(s % 10)


def rvnr_de() -> str:
    area = pick(["12", "13", "15", "23", "24", "38", "53", "65"])
    born = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}"
    letter = pick("ABDFGHKMNRSTW")
    serial = f"{R.randint(0, 49):02d}"
    digits = area + born + f"{UP.index(letter) + 1:02d}" + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = 0
    for ch, x in zip(digits, w):
        p = int(ch) * x
        s += p // 10 + p % 10
    return f"{area} {born} {letter} {serial}{s % 10}"


def svnr_at() -> str:
    while True:
        n = dgnz(3)
        born = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}"
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        c = sum(int(a) * b for a, b in zip(n + born, w)) % 11
        if c < 10:
            return f"{n}{c} {born}"


def rrn_be() -> str:
    b = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 997):03d}"
    c = 97 - int(b) % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:]}.{c:02d}"


def ean13_digit(b12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b12))
    return str((10 - s % 10) % 10)


def ahv_ch() -> str:
    b = "756" + dg(9)
    s = b + ean13_digit(b)
    return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"


def isikukood_ee() -> str:
    b = pick("3456") + f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + dg(3)
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    r = sum(int(a) * x for a, x in zip(b, w1)) % 11
    if r == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        r = sum(int(a) * x for a, x in zip(b, w2)) % 11
        r = 0 if r == 10 else r
    return b + str(r)


def egn_bg() -> str:
    b = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + dg(3)
    c = sum(int(a) * x for a, x in zip(b, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return b + str(0 if c == 10 else c)


def snils_ru() -> str:
    while True:
        b = dg(9)
        s = sum(int(a) * w for a, w in zip(b, range(9, 0, -1)))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            c = 0 if c == 100 else c
        return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def inn_ru_person() -> str:
    b = dg(10)
    n11 = sum(int(a) * w for a, w in zip(b, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    b += str(n11)
    n12 = sum(int(a) * w for a, w in zip(b, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    return b + str(n12)


def rnokpp_ua() -> str:
    b = dgnz(9)
    c = sum(int(a) * w for a, w in zip(b, [-1, 5, 7, 9, 4, 6, 10, 5, 7])) % 11 % 10
    return b + str(c)


def thai_id() -> str:
    b = pick("1358") + dg(11)
    s = sum(int(c) * (13 - i) for i, c in enumerate(b))
    c = (11 - s % 11) % 10
    s13 = b + str(c)
    return f"{s13[0]}-{s13[1:5]}-{s13[5:10]}-{s13[10:12]}-{s13[12]}"


def saudi_id() -> str:
    b = "1" + dg(8)
    return b + luhn_digit(b)


def emirates_id() -> str:
    b = "784" + str(R.randint(1970, 2002)) + dg(7)
    s = b + luhn_digit(b)
    return f"{s[:3]}-{s[3:7]}-{s[7:14]}-{s[14]}"


def iran_code() -> str:
    b = dg(9)
    r = sum(int(a) * (10 - i) for i, a in enumerate(b)) % 11
    return b + str(r if r < 2 else 11 - r)


def taj_hu() -> str:
    b = dgnz(8)
    c = sum(int(a) * w for a, w in zip(b, [3, 7, 3, 7, 3, 7, 3, 7])) % 10
    s = b + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def tfn_au() -> str:
    while True:
        b = dgnz(8)
        w = [1, 4, 3, 7, 5, 8, 6, 9]
        s = sum(int(a) * x for a, x in zip(b, w))
        for c in range(10):
            if (s + c * 10) % 11 == 0:
                t = b + str(c)
                return f"{t[:3]} {t[3:6]} {t[6:]}"


def medicare_au() -> str:
    b = pick("23456") + dg(7)
    c = sum(int(a) * x for a, x in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    s = b + str(c) + pick("123")
    return f"{s[:4]} {s[4:9]} {s[9]}"


def nhs_uk() -> str:
    while True:
        b = dgnz(9)
        c = 11 - sum(int(a) * w for a, w in zip(b, range(10, 1, -1))) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        s = b + str(c)
        return f"{s[:3]} {s[3:6]} {s[6:]}"


def mrz_digit(s: str) -> str:
    def val(c):
        if c.isdigit():
            return int(c)
        if c == "<":
            return 0
        return ord(c) - 55
    return str(sum(val(c) * [7, 3, 1][i % 3] for i, c in enumerate(s)) % 10)


def imei() -> str:
    b = pick(["35", "86", "01", "99"]) + dg(12)
    return b + luhn_digit(b)


def isin(cc: str = "US") -> str:
    b = cc + rs(9, ANU)
    conv = "".join(str(int(c, 36)) for c in b)
    return b + luhn_digit(conv)


def ean13() -> str:
    b = pick(["400", "590", "800", "871", "460", "489"]) + dg(9)
    return b + ean13_digit(b)


def siren_fr() -> str:
    b = dgnz(8)
    return b + luhn_digit(b)


def tva_fr(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def ust_de() -> str:
    b = dgnz(8)
    return "DE" + b + _iso7064_11_10(b)


def btw_nl() -> str:
    return f"NL{bsn_nl()}B{R.randint(1, 9):02d}"


def ein_us() -> str:
    return f"{R.randint(10, 98)}-{dg(7)}"


def dl_uk(surname: str) -> str:
    s5 = (surname.upper() + "99999")[:5]
    return f"{s5}{R.randint(5, 9)}{R.randint(0, 1)}{R.randint(1, 9)}{R.randint(1, 2)}8{R.randint(0, 9)}{rs(2, UP)}9{rs(2, ANU)}"


def jwt(payload: dict) -> str:
    h = b64u_s(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    p = b64u_s(json.dumps(payload, separators=(",", ":")))
    return f"{h}.{p}.{b64u(32)}"


def pem_body(nlines: int, width: int = 64) -> str:
    raw = b64(nlines * 48)
    return "\n".join(raw[i:i + width] for i in range(0, len(raw), width))


def totp_seed(n: int = 32) -> str:
    return rs(n, B32)


def ghp() -> str:
    return "ghp_" + rs(36)


def aws_key_id() -> str:
    return "AKIA" + rs(16, ANU)


def aws_secret() -> str:
    return rs(40, AN + "/+")


SEED_WORDS = ("abandon ability able about above absent absorb abstract absurd abuse access "
              "accident account achieve acid acoustic acquire across action actor actual adapt "
              "address adjust admit adult advance advice afford afraid again agent agree ahead "
              "airport aisle alarm album alert alien alley allow almost alone alpha already "
              "amateur amazing among amount amused analyst anchor ancient anger angle animal ankle "
              "announce annual another answer antenna antique anxiety apart apology appear apple "
              "approve april arctic arena argue armor army arrange arrest arrive arrow artist "
              "aspect assault asset assist assume asthma athlete atom attack attend attract "
              "auction audit august aunt author autumn average avocado avoid awake aware awesome "
              "awkward axis baby bachelor bacon badge balance balcony bamboo banana banner "
              "bargain barrel basket battle beach beauty become before begin behave believe "
              "bench benefit betray beyond bicycle biology birth bitter blanket blossom blouse "
              "board bonus border borrow bottom bounce bracket brain brass brave bread breeze "
              "brick bridge brief bright brisk broccoli bronze broom brother bubble buddy budget "
              "buffalo bundle bunker burden burger butter cabbage cabin cable cactus").split()


def seed_phrase(n: int = 12) -> str:
    return " ".join(R.choice(SEED_WORDS) for _ in range(n))


# self-tests of the check algorithms against well-known published examples
assert luhn_ok("79927398713")
assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
assert cf_check("RSSMRA85T10A562") == "S"
assert ean13_digit("756921707698") == "5"
assert luhn_ok("046454286")

# ===========================================================================
# SECRETS -- English
# ===========================================================================
_v = "sk_live_" + rs(24)
_db = pw_random(18)
S("en", "coding", f"""$ cat .env.production
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://shop_rw:{_db}@db-prod-2.internal:5432/shop
STRIPE_PUBLISHABLE_KEY=pk_live_{rs(24)}
STRIPE_SECRET_KEY={_v}
SENTRY_ENVIRONMENT=prod
$ """, _v)

_v = "npm_" + rs(36)
S("en", "coding", f"""{{"tool": "github.actions.create_or_update_repo_secret", "arguments": {{"owner": "lumen-labs", "repo": "ui-kit", "secret_name": "NPM_TOKEN", "value": "{_v}"}}}}""", _v)

_v = "glpat-" + rs(20, AN + "-_")
S("en", "coding", f"""Reasoning: the clone over https failed with 401. The user pasted a personal access token earlier in the thread ({_v}) -- scope read_repository only, which is enough. I'll retry with it in the URL but must not echo it into the summary.""", _v)

_k, _v = aws_key_id(), aws_secret()
S("en", "coding", f"""[build 4471] + aws configure set aws_access_key_id {_k}
[build 4471] + aws configure set aws_secret_access_key {_v}
[build 4471] + aws configure set region eu-west-1
[build 4471] + aws s3 sync ./dist s3://static-assets-prod/app --delete
[build 4471] upload: dist/index.html to s3://static-assets-prod/app/index.html""", _v)

_v = ghp()
S("en", "coding", f"""$ git remote -v
origin\thttps://oauth2:{_v}@github.com/harbor-analytics/etl-jobs.git (fetch)
origin\thttps://oauth2:{_v}@github.com/harbor-analytics/etl-jobs.git (push)""", _v)

_v = pw_words()
S("en", "coding", f"""ci-runner-03:~$ echo '{_v}' | docker login registry.gitlab.example.net -u deploy-bot --password-stdin
WARNING! Your password will be stored unencrypted in /home/ci/.docker/config.json.
Login Succeeded""", _v)

_v = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "payments",
          "sub": "system:serviceaccount:payments:deployer"})
S("en", "itops", f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://10.20.0.1:6443
  name: prod-eu
users:
- name: deployer
  user:
    token: {_v}
contexts:
- context: {{cluster: prod-eu, user: deployer}}
  name: prod""", _v)

_v = f"https://hooks.slack.com/services/T{rs(8, ANU)}/B{rs(10, ANU)}/{rs(24)}"
S("en", "coding", f"""# alerting.yaml (edited by agent, line 14-18)
receivers:
  - name: oncall-slack
    slack_configs:
      - api_url: {_v}
        channel: '#ops-alerts'
        send_resolved: true""", _v)

_v = pem_body(6)
S("en", "coding", f"""diff --git a/deploy/id_deploy b/deploy/id_deploy
new file mode 100600
--- /dev/null
+++ b/deploy/id_deploy
@@ -0,0 +1,8 @@
-----BEGIN OPENSSH PRIVATE KEY-----
{_v}
-----END OPENSSH PRIVATE KEY-----""", _v)

_v = pw_random(20)
S("en", "coding", f"""Tool output (read_file config/database.yml):
production:
  adapter: mongodb
  uri: "mongodb+srv://reporting:{_v}@cluster0.x7k2p.mongodb.net/reports?retryWrites=true&w=majority"
  pool: 10""", _v)

_v = rs(32, ANL)
S("en", "itops", f"""2026-11-30T02:14:09Z worker[2231] ERROR cannot connect to redis://:{_v}@10.8.1.14:6379/0: connection refused
2026-11-30T02:14:10Z worker[2231] INFO retrying in 5s (attempt 3/10)""", _v)

_u, _p = "deploy", pw_words()
_v = base64.b64encode(f"{_u}:{_p}".encode()).decode()
S("en", "coding", f"""$ curl -v https://artifacts.internal.example/api/v1/releases
> GET /api/v1/releases HTTP/1.1
> Host: artifacts.internal.example
> Authorization: Basic {_v}
> User-Agent: curl/8.5.0
< HTTP/1.1 200 OK
< Content-Type: application/json""", _v)

_v = pw_leet()
S("en", "itops", f"""Ran on the NAS to check the share quota:
curl -s -u admin:{_v} http://192.168.1.20:5000/webapi/entry.cgi?api=SYNO.Core.Share
-> {{"success":true,"data":{{"shares":[...]}}}}""", _v)

_v = "sk-proj-" + rs(48, AN + "-_") + "T3BlbkFJ" + rs(20, AN + "-_")
S("en", "coding", f"""File edit: scripts/summarize.py
@@ -1,5 +1,5 @@
 from openai import OpenAI
-client = OpenAI()
+client = OpenAI(api_key="{_v}")
 resp = client.responses.create(model="gpt-4.1-mini", input=prompt)""", _v)

_v = "sk-ant-api03-" + rs(93, AN + "-_") + "AA"
S("en", "coding", f"""user: ok I exported it, here: export ANTHROPIC_API_KEY={_v}
can you rerun the eval harness now""", _v)

_sid, _v = "AC" + hx(32), hx(32)
S("en", "coding", f"""settings/prod.py
TWILIO_ACCOUNT_SID = "{_sid}"
TWILIO_AUTH_TOKEN = "{_v}"
TWILIO_FROM = "+14155550123"
""", _v)

_v = f"SG.{rs(22, AN + '-_')}.{rs(43, AN + '-_')}"
S("en", "itops", f"""$ env | grep -i -E 'mail|smtp'
MAIL_FROM=noreply@greenleaf-dental.com
SENDGRID_API_KEY={_v}
SMTP_HOST=smtp.sendgrid.net""", _v)

_v = f"{dgnz(10)}:AA{rs(33, AN + '-_')}"
S("en", "coding", f"""Lesson for next time: the reminder bot stopped because someone regenerated the BotFather token. Current one is {_v} -- it lives in the systemd unit env, not in the repo. Restart with `systemctl restart remindbot` after changing it.""", _v)

_v = f"https://discord.com/api/webhooks/{dgnz(18)}/{rs(68, AN + '-_')}"
S("en", "personal", f"""lol my minecraft server bot is finally posting. webhook is {_v} dont share it pls""", _v)

_v = "AIza" + rs(35, AN + "-_")
S("en", "coding", f"""# geocode worker -- SERVER key (IP-restricted to the worker NAT)
GEOCODING_API_KEY = "{_v}"
# the browser key with HTTP referrer restriction is in web/.env instead""", _v)

_v = "hf_" + rs(34)
S("en", "coding", f"""$ huggingface-cli login --token {_v}
Token is valid (permission: write).
Your token has been saved to /home/mia/.cache/huggingface/token
Login successful""", _v)

_v = "pypi-AgEIcHlwaS5vcmc" + rs(120, AN + "-_")
S("en", "coding", f"""~/.pypirc
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = {_v}""", _v)

_v = totp_seed(32)
S("en", "personal", f"""Decoded the QR from the screenshot you sent:
otpauth://totp/Coinbase:dana.w%40fastmail.com?secret={_v}&issuer=Coinbase&algorithm=SHA1&digits=6&period=30
Want me to add it to your authenticator export?""", _v)

_codes = [f"{rs(5, ANL)}-{rs(5, ANL)}" for _ in range(8)]
_v = _codes[3]
S("en", "personal", "Please save these somewhere safe, github recovery codes:\n" + "\n".join(_codes) + "\n(downloaded 3 Dec)", _v)

_v = b64(64)
S("en", "coding", f"""AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=mediauploadsprod;AccountKey={_v};EndpointSuffix=core.windows.net"
""", _v)

_v = rs(48, AN + "-_") + "--" + rs(12, AN)
S("en", "assistant", f"""Copied from devtools > Application > Cookies for github.com:
_gh_sess\t{rs(40)}%3D%3D\t.github.com
logged_in\tyes\t.github.com
user_session\t{_v}\tgithub.com
color_mode\t%7B%22color_mode%22%3A%22auto%22%7D""", _v)

_v = "1//0" + rs(100, AN + "-_")
S("en", "coding", f"""Tool output (POST https://oauth2.googleapis.com/token):
{{
  "access_token": "ya29.a0{rs(150, AN + '-_')}",
  "expires_in": 3599,
  "refresh_token": "{_v}",
  "scope": "https://www.googleapis.com/auth/calendar",
  "token_type": "Bearer"
}}""", _v)

_v = "GOCSPX-" + rs(28, AN + "-_")
S("en", "coding", f"""{{"installed":{{"client_id":"{dgnz(12)}-{rs(32, ANL)}.apps.googleusercontent.com","project_id":"family-photos-sync","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"{_v}","redirect_uris":["http://localhost"]}}}}""", _v)

_v = hx(32)
S("en", "itops", f"""# values-prod.yaml
datadog:
  site: datadoghq.eu
  apiKey: {_v}
  clusterName: prod-fra1
  logs:
    enabled: true""", _v)

_v = "dop_v1_" + hx(64)
S("en", "coding", f"""terraform.tfvars
region        = "fra1"
droplet_size  = "s-2vcpu-4gb"
do_token      = "{_v}"
ssh_key_ids   = [41870022]""", _v)

_v = pw_random(14)
S("en", "itops", f"""Reasoning: the ticket says the legacy box 10.0.4.12 only allows password auth for root. The requester wrote the password in the ticket body ("{_v}"). I will use sshpass for the one-off log pull and then recommend rotating it, since it is now in the ticket history.""", _v)

_v = pw_words()
S("en", "itops", f"""/etc/mysql/conf.d/backup.cnf
[client]
user = backup
password = "{_v}"
host = 127.0.0.1""", _v)

_v = pw_random(16)
S("en", "coding", f"""2026-12-01 09:12:44.102 DEBUG HikariPool-1 - configuration:
jdbcUrl.........................jdbc:sqlserver://sql01.corp.local:1433;databaseName=Payroll;user=svc_payroll;password={_v};encrypt=true
maximumPoolSize.................10""", _v)

_v = rs(16, LO)
S("en", "business", f"""MAIL_MAILER=smtp
MAIL_HOST=smtp.gmail.com
MAIL_PORT=587
MAIL_USERNAME=orders@bakeryonmain.com
MAIL_PASSWORD="{' '.join(_v[i:i + 4] for i in range(0, 16, 4))}"
MAIL_ENCRYPTION=tls""", ' '.join(_v[i:i + 4] for i in range(0, 16, 4)))

_v = pw_phrase(3, "")
S("en", "personal", f"""hey! for the weekend: wifi is "Casa-Lopez-5G" and the password is {_v} (all lowercase). spare key under the blue pot""", _v)

_c = visa()
_v = g4(_c)
S("en", "assistant", f"""From: Raj Patel
Subject: hotel for Lisbon

Can you book the Memmo Alfama for 14-17 Feb? Use my Visa {_v}, exp {expiry()}, CVV {cvv()}. Billing zip 94110. Thanks!""", _v)

_v = cvv()
S("en", "assistant", f"""User (voice): "use the card ending in {dg(4)} for the flowers... the code on the back is {_v}... yeah and deliver before noon" """, _v)

_v = pw_words()
S("en", "assistant", f"""Note to self (assistant memory): Margaret asked me to remember her online banking login for Ally because she keeps forgetting. Username mkessler52, password {_v}. She knows this is risky; suggested a password manager instead.""", _v)

_v = dg(6)
S("en", "assistant", f"""[SMS from 24273] Chase: Your one-time code is {_v}. Don't share it with anyone. We'll never call to ask for it. Reply STOP to end texts.""", _v)

_p = pin(6)
_v = say_digits(_p)
S("en", "personal", f"""(dictated) remind me that the telephone banking PIN for the credit union is {_v} and I need to change it after the trip""", _v)

_r, _v = aba_routing(), dgnz(10)
S("en", "business", f"""New hire direct deposit (from onboarding form, J. Alvarez):
Bank: First Community Credit Union
Account type: Checking
Routing #: {_r}
Account #: {_v}
Split: 100%""", _v)

_v = ssn_us()
S("en", "business", f"""Tool output (extract_text W-4_Alvarez.pdf, page 1):
Step 1(a) First name and middle initial  Jorge L   Last name Alvarez
(b) Social security number  {_v}
Address 1190 W Elm St Apt 3, Tucson AZ 85705
Single or Married filing separately [X]""", _v)

_v = dgnz(9)
S("en", "assistant", f"""{{"tool": "airline.update_apis", "arguments": {{"pnr": "K7QX2M", "passenger": "SMITH/ELAINE MRS", "document": {{"type": "P", "number": "{_v}", "issuing_country": "USA", "nationality": "USA", "expiry": "2033-05-18", "dob": "1971-09-02"}}}}}}""", _v)

_v = pick(UP) + dg(7)
S("en", "assistant", f"""Rental checkout form - Hertz SFO
Driver: Nguyen, Thomas
Driver license no.: {_v}   State: CA   Exp: 03/2029
Additional driver: none""", _v)

_v = pick(["W", "XGP", "H", "YLJ"]) + dg(9)
S("en", "assistant", f"""OCR of insurance card (front):
BlueShield PPO
Member: ANNA K BERG
Member ID {_v}
Group 0081247  RxBIN 610014
Copay PCP $25 / Spec $50""", _v)

_v = pin(4)
S("en", "assistant", f"""Check-in details from your Airbnb host:
- Address: 22 Rua das Flores, 2nd floor
- Lockbox is to the left of the door, code {_v}
- Wifi details are on the fridge""", _v)

_v = "#" + pin(4) + "*"
S("en", "personal", f"""Calendar: Dinner at Sam & Leah's -- Sat 7pm
Notes: park on the street, buzz {_v} at the back gate, bring dessert""", _v)

_v = pin(4)
S("en", "personal", f"""House sitting notes for Priya
- feed Mochi 2x a day (half cup)
- alarm panel by the garage door: type {_v} then press OFF within 30 seconds
- trash goes out Wednesday night""", _v)

_v = f"{R.randint(1, 39):02d}-{R.randint(1, 39):02d}-{R.randint(1, 39):02d}"
S("en", "personal", f"""locker 212 at the Y, combo {_v}, right-left-right""", _v)

_v = pick(["Okafor", "Brennan", "Delacroix", "Whitfield", "Szabo"])
S("en", "assistant", f"""User: they're asking security questions on the Fidelity reset page.
Q1 mother's maiden name -> {_v}
Q2 first car -> a green Corolla
just fill them in for me""", _v)

_v = seed_phrase(12)
S("en", "personal", f"""can u save this in my notes as "wallet backup" ok
{_v}""", _v)

_sc, _v = f"{dg(2)}-{dg(2)}-{dg(2)}", dg(8)
S("en", "business", f"""Payroll change request - employee 0147 (M. Hughes)
New bank details effective Dec payroll:
  Sort code {_sc}
  Account no {_v}
  Account name MR M HUGHES
Approved by: L. Grant""", _v)

_v = f"{rs(4, ANU)}-{rs(6, ANU)}-{rs(4, ANU)}"
S("en", "personal", f"""Happy birthday Leo!! 🎉 couldn't decide what to get you so here's an amazon gift card, claim code {_v} — spend it on something fun""", _v)

_v = pw_leet()
S("en", "personal", f"""mom the apple id password is {_v} - type it exactly, capital at the start""", _v)

_v = pw_local(WORDS_EN)
S("en", "personal", f"""Family group chat
Dad: what's the netflix login again
Emma: same email as always, pw {_v}
Dad: thx""", _v)

_v = dg(7)
S("en", "assistant", f"""Tool output (gmail.read, id 18c2f...):
From: Microsoft account team <account-security-noreply@accountprotection.microsoft.com>
Subject: Microsoft account security code
Please use the following security code for the Microsoft account da***@outlook.com.
Security code: {_v}
If you don't recognize the Microsoft account da***@outlook.com, you can click here to remove your email address from that account.""", _v)

_bc = [f"{dg(4)} {dg(4)}" for _ in range(10)]
_v = _bc[6]
S("en", "personal", "BACKUP VERIFICATION CODES\nAccount: tom.reyes.78@gmail.com\n\n" +
  "\n".join(f"{i + 1}. {c}" for i, c in enumerate(_bc)) + "\n\nKeep these somewhere safe but accessible.", _v)

_v = sin_ca()
S("en", "assistant", f"""For the TurboTax return Mei asked me to fill in her SIN: {_v}. Spouse's SIN not needed since she's filing separately this year.""", _v)

_v = ibanf(rand_iban("GB"))
S("en", "personal", f"""Hi, could you refund the deposit to my account please:
Name: Chloe Barnes
IBAN: {_v}
Thanks, sorry for the hassle!""", _v)

_v = nhs_uk()
S("en", "assistant", f"""Booking the flu jab at Boots for Dad:
name Peter Whitlock, DOB 11/04/1948, NHS number {_v}, GP: Castle Mead Surgery""", _v)

_v = pin(4)
S("en", "personal", f"""Voicemail setup: dial 121, default PIN was 0000, changed it to {_v}""", _v)

_v = pin(6)
S("en", "assistant", f"""Reasoning: to port the number to Mint the user needs the T-Mobile transfer PIN. They generated it in the app and pasted it: {_v}. Account number is 9-digit on the bill. Filling both into the port request form.""", _v)

_v = "-".join(rs(5, ANU) for _ in range(5))
S("en", "business", f"""Order confirmation #MS-88231
Product: Office Home & Business 2024 (1 PC/Mac)
Product key: {_v}
Redeem at setup.office.com""", _v)

_v = pw_words()
S("en", "assistant", f"""OCR of screenshot (paypal login):
Email or mobile number
grace.odonnell@icloud.com
Password
{_v}
[ Log In ]""", _v)

_v = "Welcome-" + dg(4) + pick("!#$")
S("en", "itops", f"""Ticket INC0041877 - resolved
Account j.moreau unlocked and password reset. Temporary password: {_v}
User must change at next logon (enforced). Closed by helpdesk-2.""", _v)

_v = rs(24, AN)
S("en", "itops", f"""crypto isakmp policy 10
 encr aes 256
 authentication pre-share
 group 14
crypto isakmp key {_v} address 203.0.113.45
!
crypto ipsec transform-set TS esp-aes 256 esp-sha256-hmac""", _v)

_v = pw_phrase(3, "") + dg(2)
S("en", "itops", f"""/etc/hostapd/hostapd.conf
interface=wlan0
ssid=Clinic-Staff
wpa=2
wpa_key_mgmt=WPA-PSK
wpa_passphrase={_v}
rsn_pairwise=CCMP""", _v)

_v = pw_random(18)
S("en", "itops", f"""[domain/corp.example.com]
id_provider = ldap
ldap_uri = ldaps://ldap01.corp.example.com
ldap_default_bind_dn = cn=sssd-bind,ou=svc,dc=corp,dc=example,dc=com
ldap_default_authtok = {_v}
cache_credentials = true""", _v)

_v = "hvs." + rs(24, AN)
S("en", "itops", f"""$ vault operator init -key-shares=1 -key-threshold=1
Unseal Key 1: {b64(32)}

Initial Root Token: {_v}

Vault initialized with 1 key shares and a key threshold of 1.""", _v)

_v = "11" + hx(32)
S("en", "coding", f"""Started by user admin
[Pipeline] sh
+ curl -X POST -u ci-admin:{_v} https://jenkins.internal/job/nightly-build/build?delay=0sec
[Pipeline] echo
Triggered downstream nightly-build""", _v)

_v = "-".join(dg(6) for _ in range(8))
S("en", "itops", f"""User: laptop is asking for the bitlocker recovery key after the BIOS update, key ID starts with 4F2A...
Agent: Found it in Intune for device LT-0192:
Recovery key: {_v}
Type it with the number row, not the keypad.""", _v)

_v = pw_leet()
S("en", "itops", f"""Printer HP-M479 (3rd floor) EWS admin password set to {_v} -- added to the IT vault entry "Printers".""", _v)

_v = pw_random(12)
S("en", "itops", f"""core-sw1# show running-config | include username|enable
enable password {_v}
username netops privilege 15 secret 9 $9$k2Vx7...(hash)""", _v)

_rows = [(f"E{100 + i}", n, ssn_us()) for i, n in enumerate(["Hughes, Mark", "Alvarez, Jorge", "Chen, Lily", "Obi, Grace"])]
_v = _rows[2][2]
S("en", "business", "payroll_export_2026-11.csv\nemp_id,name,ssn,gross,net\n" +
  "\n".join(f"{a},\"{b}\",{c},{R.randint(3000, 7000)}.00,{R.randint(2000, 5000)}.{dg(2)}" for a, b, c in _rows), _v)

_v = pw_words()
S("en", "business", f"""From: Supplier Onboarding <vendors@northwind-foods.example>
To: accounts@bakeryonmain.com
Your supplier portal account is ready.
Login: https://portal.northwind-foods.example
Username: bakeryonmain-ap
Password: {_v}
Please change your password after first login.""", _v)

_v = pin(4)
S("en", "business", f"""Shift handover (Sat): register 2 drawer was short $5, recounted ok. Manager override PIN for voids is still {_v} until Jess changes it Monday.""", _v)

_v = "EAAA" + rs(60, AN + "-_")
S("en", "business", f"""Square integration settings (copied for the website guy):
Application ID: sq0idp-{rs(22, AN + '-_')}
Access token: {_v}
Location: Main St""", _v)

_v = "shpat_" + hx(32)
S("en", "coding", f"""{{"tool":"http.request","arguments":{{"method":"GET","url":"https://bloom-and-bark.myshopify.com/admin/api/2024-10/orders.json?status=any","headers":{{"X-Shopify-Access-Token":"{_v}"}}}}}}""", _v)

_v = rs(40, AN)
S("en", "business", f"""xero_tokens.json
{{"access_token": "{jwt({'xero_userid': uid(), 'scope': ['accounting.transactions']})}",
 "refresh_token": "{_v}",
 "expires_at": 1764652800}}""", _v)

_v = ssn_us().replace("-", "")
S("en", "business", f"""W-9 received from freelance photographer (sole proprietor, no EIN):
Name: Dana Whitaker
TIN: {_v}
Address: 88 Ridge Rd, Asheville NC""", _v)

_c = amex()
_v = amex_fmt(_c, "-")
S("en", "assistant", f"""Reasoning: the vendor form rejected the card because of spaces. The user's Amex is {_v} (exp {expiry()}, CID {cvv(4)}); trying again without separators.""", _v)

_v = dl_uk("Morgan")
S("en", "assistant", f"""DVLA check code request
Licence number: {_v}
NI number: {nino_uk()}
Postcode: BS6 5QT""", _v)

_v = R.choice(["Biscuit", "Pickles", "Mr Whiskers", "Rusty"])
S("en", "assistant", f"""Lesson: for Bank of the West the "first pet" answer is stored as "{_v}" with the capital letter -- lowercase failed twice and triggered a lockout.""", _v)

_v = f"{dg(3)}-{dg(3)}"
S("en", "assistant", f"""Tool output (sms.read_latest):
From: Uber
Your Uber code: {_v.replace('-', '')}. Never share this code.
---
Reasoning: I need the code as typed -> {_v.replace('-', '')}""", _v.replace('-', ''))

_v = f"pi_{rs(24)}_secret_{rs(25)}"
S("en", "coding", f"""Network tab, response of POST /api/checkout:
{{"id":"pi_{rs(24)}","amount":4800,"currency":"usd","client_secret":"{_v}","status":"requires_payment_method"}}""", _v)

_v = rs(64, LO + DG)
S("en", "coding", f"""$ cat ~/.config/gh/hosts.yml
github.com:
    user: tkowal
    oauth_token: gho_{rs(36)}
    git_protocol: ssh
$ cat ~/.netrc
machine api.heroku.com
  login tkowal@gmail.com
  password {_v}""", _v)
# ===========================================================================
# SECRETS -- European languages
# ===========================================================================
_s = steuerid_de()
_v = f"{_s[:2]} {_s[2:5]} {_s[5:8]} {_s[8:]}"
S("de", "business", f"""Tool-Ausgabe (pdf_text Personalfragebogen_Keller.pdf):
Name: Keller, Jonas
Geburtsdatum: 14.03.1991
Steuerliche Identifikationsnummer: {_v}
Steuerklasse: I   Kinderfreibeträge: 0
Krankenkasse: TK""", _v)

_v = ibanf(rand_iban("DE"))
S("de", "personal", f"""hey Lena, kannst du mir die 45€ fürs Konzert zurücküberweisen? {_v} (Volksbank) danke dir 😘""", _v)

_v = kvnr_de()
S("de", "assistant", f"""Termin bei Dr. Weiß (Hautarzt) gebucht für Do 10:15.
Im Online-Formular angegeben: Versichertennummer {_v}, Kasse AOK Bayern.
Bitte die Gesundheitskarte trotzdem mitnehmen.""", _v)

_v = "-".join(pin(4))
S("de", "personal", f"""Hallo Familie Brandt,
willkommen in der Ferienwohnung Seeblick! Der Schlüssel liegt im Schlüsselkasten rechts neben der Haustür.
Der Code lautet {_v} (einfach die Rädchen drehen und unten ziehen).
Viele Grüße, Ihre Vermieterin""", _v)

_v = pw_local(WORDS_DE)
S("de", "coding", f"""Überlegung: Der Upload schlägt fehl, weil der Host-Key sich geändert hat, nicht wegen der Zugangsdaten. Laut Mail von Herrn Ott ist das SFTP-Passwort weiterhin „{_v}“ (Benutzer edi_kunde17). Ich prüfe zuerst den Fingerprint.""", _v)

_v = nir_fr()
S("fr", "assistant", f"""Formulaire mutuelle (Harmonie) rempli pour Mme Lefèvre :
- N° de sécurité sociale : {_v}
- Date d'effet : 01/01/2027
- Bénéficiaires : 2 enfants (ayants droit)""", _v)

_d1, _d2 = rs(1, "AB") + pin(4), pin(4)
S("fr", "personal", f"""Bonjour ! Pour samedi : le digicode de l'immeuble c'est {_d1}, puis interphone "Morel" 3e étage gauche.
Si vous venez en voiture le portail du parking s'ouvre avec le {_d2}#""", _d1)

_v = ibanf(rand_iban("FR"))
S("fr", "business", f"""Onboarding RH – pièces reçues pour Mathis Girard
✔ pièce d'identité  ✔ carte vitale  ✔ RIB
RIB : {_v}  BIC CCBPFRPPXXX
Saisi dans Silae le 03/12.""", _v)

_v = dg(6)
S("fr", "assistant", f"""[SMS] Votre code de confirmation pour le paiement de 89,90 EUR chez FNAC.COM est : {_v}. Ne le communiquez à personne. Votre banque ne vous le demandera jamais.""", _v)

_v = pw_random(16)
S("fr", "coding", f"""# docker-compose.override.yml – NE PAS COMMITER
services:
  db:
    environment:
      POSTGRES_USER: compta
      # mot de passe fourni par Julien (prod!)
      POSTGRES_PASSWORD: "{_v}"
""", _v)

_v = dni_es()
S("es", "business", f"""Asunto: Alta en Seguridad Social - nueva empleada
Hola Marta, te paso los datos para el alta:
Nombre: Lucía Romero Gil
DNI: {_v}
Nº afiliación SS: {dg(2)}/{dg(8)}/{dg(2)}
Fecha de alta: 02/01/2027""", _v)

_v = clabe_mx()
S("es", "business", f"""Nómina quincenal – cambio de cuenta
Empleado: Rubén Castañeda
Banco: BBVA México
CLABE interbancaria: {_v}
Favor de aplicar a partir del 15 de diciembre.""", _v)

_v = curp_mx()
S("es", "assistant", f"""Usuario: ayúdame con la cita del SAT, te paso mi CURP {_v} y el RFC te lo mando luego""", _v)

_v = rut_cl()
S("es", "assistant", f"""Resumen: reservé hora en la Clínica Alemana para la Sra. Paz Fuentes (RUT {_v}), control con traumatología el martes 9 a las 11:30, Isapre Colmena.""", _v)

_v = cuil_ar("27")
S("es", "business", f"""RECIBO DE HABERES - Noviembre 2026
Empleado: SOSA, Valentina   Legajo 0231
CUIL: {_v}
Categoría: Administrativa B   Fecha ingreso 01/03/2022
Sueldo básico ........ $ 1.240.000,00""", _v)

_p = pin(4)
_w = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
_v = ", ".join(_w[int(c)] for c in _p)
S("es", "personal", f"""(nota de voz transcrita) oye apúntame que la clave del cajero de la tarjeta nueva es {_v}, que siempre se me olvida""", _v)

_v = cpf_br()
S("pt", "assistant", f"""Usuário: finaliza a compra na Kabum pra mim? nota fiscal no meu nome, CPF {_v}, entrega no endereço de sempre""", _v)

_v = pin(6)
S("pt", "personal", f"""amor a senha do cartão do Nubank é {_v}, usa só pra pagar a farmácia tá""", _v)

_v = nif_pt()
S("pt", "business", f"""Olá, boa tarde. Podem emitir a fatura com o meu NIF {_v}? Nome: Inês Carvalho, Rua do Almada 112, Porto. Obrigada!""", _v)

_v = ibanf(rand_iban("PT"))
S("pt", "personal", f"""Reembolso da viagem: transfere para o meu IBAN {_v} (Millennium). Valor 312,40 €""", _v)

_v = pw_random(14)
S("pt", "coding", f"""commit 3f9e2a1 "ajusta conexão com o banco"
-    senha = os.environ["DB_SENHA"]
+    senha = "{_v}"  # TODO voltar pra env antes do deploy""", _v)

_v = codice_fiscale_it()
S("it", "assistant", f"""Prenotazione visita CUP Lombardia confermata.
Paziente: Bianchi Giulia – Codice fiscale {_v}
Ecografia addome completo, 12/01 ore 08:40, Ospedale Niguarda, padiglione 3.""", _v)

_v = ibanf(rand_iban("IT"))
S("it", "personal", f"""Ciao Marco, per la quota del regalo di Chiara manda 25€ qui: {_v} intestato a Francesca Russo. Grazie!!""", _v)

_v = dg(6)
S("it", "assistant", f"""Output strumento (sms.read):
Mittente: Poste
Codice di sicurezza {_v} per autorizzare l'operazione BancoPosta. Non comunicarlo a nessuno.""", _v)

_v = bsn_nl()
S("nl", "assistant", f"""Gebruiker: vul het formulier voor de huurtoeslag maar in, mijn BSN is {_v}, het inkomen staat in de bijlage""", _v)

_v = ibanf(rand_iban("NL"))
S("nl", "business", f"""Declaratie reiskosten – november
Medewerker: Sanne de Vries
Uitbetalen op rekening {_v} t.n.v. S. de Vries
Totaal: € 86,40""", _v)

_v = pin(5)
S("nl", "personal", f"""Hoi buurman, wil jij morgen de pakketjes aannemen? De pincode van de schuur is {_v}, de sleutel van de achterdeur hangt daar aan het haakje.""", _v)

_v = pesel_pl()
S("pl", "business", f"""Kwestionariusz osobowy pracownika
Imię i nazwisko: Katarzyna Nowak
PESEL: {_v}
Adres: ul. Długa 14/3, 80-831 Gdańsk
Urząd skarbowy: Gdańsk-Śródmieście""", _v)

_v = dg(6)
S("pl", "personal", f"""szybko daj mi kod blik na tę pizzę bo mi telefon padł, 58 zł — ok: {_v}""", _v)

_v = ibanf(rand_iban("PL"))
S("pl", "assistant", f"""Podsumowanie: Pani Ewa poprosiła o zwrot kaucji za mieszkanie na swój rachunek {_v}. Przelew zlecony 4.12, termin realizacji do 7.12.""", _v)

_v = personnummer_se()
S("sv", "assistant", f"""Bokade tid på vårdcentralen Tallkrogen för Erik Lund, personnummer {_v}. Tid: torsdag 08:20, distriktssköterska. Ta med frikort.""", _v)

_v = dg(6)
S("sv", "assistant", f"""Verktygsutdata (sms):
Från: Klarna
Din engångskod är {_v}. Ange den för att logga in. Dela aldrig koden med någon.""", _v)

_v = pin(4)
S("sv", "personal", f"""Tjena! Portkoden är {_v} och sen 3 trappor upp, det står Holm på dörren. Ses vid 19!""", _v)

_v = fnr_no()
S("nb", "business", f"""Ny ansatt – registrert i Tripletex
Navn: Ingrid Haugen
Fødselsnummer: {_v}
Kontonummer for lønn: {dg(4)}.{dg(2)}.{dg(5)}
Startdato: 06.01.2027""", _v)

_v = pw_phrase(3, "-")
S("nb", "assistant", f"""Påminnelse fra brukeren: "husk at det nye passordet til Altinn-kontoen til firmaet er {_v}, det gamle er sperret" """, _v)

_v = pin(4) + "#"
S("nb", "personal", f"""Garasjeporten: trykk {_v} på tastaturet ved porten, parkér på plass 14 (vår). Ring hvis det ikke åpner seg.""", _v)

_v = cpr_dk()
S("da", "assistant", f"""Bruger: kan du bestille tid hos lægen til min søn? Hans CPR er {_v}, det er til en børneundersøgelse""", _v)

_v = pw_words()
S("da", "itops", f"""Sag #2291 løst: Printeren i kantinen var låst. Admin-adgangskoden er nulstillet til {_v} og lagt i Bitwarden under "Kontor".""", _v)

_v = hetu_fi()
S("fi", "assistant", f"""Käyttäjä: täytä Kelan lomake minulle, henkilötunnukseni on {_v} ja tilinumero on jo tiedossa""", _v)

_v = pin(4)
S("fi", "personal", f"""Moi! Mökin avainboksin koodi on {_v}. Sauna lämpiää puilla, puut on liiterissä. Viimeinen sulkee veden pääventtiilistä.""", _v)

_v = dg(4)
S("fi", "assistant", f"""Päättely: pankki kysyy tunnuslukulistan lukua 47. Käyttäjä luki sen paperista ääneen: "neljäkymmentäseitsemän on {_v}". Syötän sen nyt.""", _v)

_v = rc_cz()
S("cs", "business", f"""Přihláška k pojištění – zaměstnanec
Jméno: Tereza Dvořáková
Rodné číslo: {_v}
Zdravotní pojišťovna: VZP (111)""", _v)

_v = pw_leet()
S("cs", "itops", f"""Heslo k Wi-Fi v zasedačce jsme změnili, nové heslo je: {_v}
Síť: Kancelar-Host. Prosím nepřeposílat mimo firmu.""", _v)

_v = taj_hu()
S("hu", "assistant", f"""Időpontfoglalás a háziorvoshoz: Kovács Anna, TAJ szám {_v}, csütörtök 9:30. Hozza magával a leleteket.""", _v)


def _adoaz_hu() -> str:
    while True:
        b = "8" + f"{R.randint(30000, 45000):05d}" + dg(3)
        c = sum(int(a) * (i + 1) for i, a in enumerate(b)) % 11
        if c < 10:
            return b + str(c)


_v = _adoaz_hu()
S("hu", "business", f"""Belépő munkavállaló adatai (bérszámfejtésnek):
Név: Szabó Péter
Adóazonosító jel: {_v}
Bankszámla: {dg(8)}-{dg(8)}-{dg(8)}""", _v)

_v = pw_local(["Napsugar", "Kiskutya", "Balaton", "Paprika"])
S("hu", "personal", f"""anya az ügyfélkapu jelszavad {_v} , írd fel valahova papírra ne a telefonba""", _v)

_v = cnp_ro()
S("ro", "business", f"""Contract individual de muncă – date angajat
Nume: Popescu Andrei
CNP: {_v}
Seria CI: {rs(2, UP)} nr. {dg(6)}""", _v)

_v = pin(4)
S("ro", "personal", f"""mamă codul PIN de la cardul de la BT e {_v}, îl folosești doar la bancomat, nu-l da la nimeni""", _v)

_v = pw_random(15)
S("ro", "coding", f"""Raționament: scriptul de backup folosește utilizatorul „backup_ro” cu parola {_v} scrisă direct în crontab. O mut în /etc/backup.env cu permisiuni 600.""", _v)

_v = amka_gr()
S("el", "assistant", f"""Κλείσαμε ραντεβού στο ΙΚΑ για τον κ. Παπαδόπουλο. ΑΜΚΑ: {_v}. Ημερομηνία: Τρίτη 10:00, παθολόγος.""", _v)

_v = pw_leet()
S("el", "personal", f"""ο κωδικός για το wifi είναι {_v} (κεφαλαίο το πρώτο) καλή διαμονή!!""", _v)

_v = ibanf(rand_iban("GR"))
S("el", "business", f"""Μισθοδοσία Δεκεμβρίου – αλλαγή λογαριασμού υπαλλήλου
Ονοματεπώνυμο: Ελένη Γεωργίου
IBAN: {_v}""", _v)

_v = tckn_tr()
S("tr", "business", f"""İşe giriş bildirgesi için bilgiler:
Ad Soyad: Elif Yıldız
T.C. Kimlik No: {_v}
Doğum tarihi: 12.07.1994
Başlama: 02.01.2027""", _v)

_v = pw_local(["Gunes", "Deniz", "Kartal", "Lale"])
S("tr", "personal", f"""abi e-devlet şifremi unuttum sandım ama buldum, {_v} imiş. sen de bi yere yaz""", _v)

_v = ibanf(rand_iban("TR"))
S("tr", "personal", f"""Kira için IBAN: {_v} – Ahmet Demir. Açıklamaya "Aralık kira" yazın lütfen.""", _v)

_v = dg(6)
S("tr", "assistant", f"""Araç çıktısı (sms): Garanti BBVA: 1.250,00 TL tutarındaki internet alışverişiniz için doğrulama kodunuz {_v}. Bu kodu kimseyle paylaşmayın.""", _v)

_v = snils_ru()
S("ru", "business", f"""Анкета нового сотрудника
ФИО: Смирнова Ольга Викторовна
СНИЛС: {_v}
ИНН: {inn_ru_person()}
Паспорт: {dg(2)} {dg(2)} {dg(6)}""", _v)

_v = pw_random(14)
S("ru", "itops", f"""Заявка №5521 выполнена: пользователю a.ivanov сброшен пароль к 1С. Временный пароль: {_v}. При первом входе система попросит сменить.""", _v)

_v = dg(4)
S("ru", "assistant", f"""Вывод инструмента (sms.read): Код: {_v}. Никому не говорите код! Вход в Госуслуги.""", _v)

_c = card("2202", 16)
_v = g4(_c)
S("ru", "personal", f"""скинь на карту сбера {_v}, Наталья С. — за билеты 3400""", _v)

_v = pw_leet()
S("ru-Latn", "personal", f"""privet! parol ot wifi na dache: {_v} , set' nazyvaetsya "Dacha_Keenetic" """, _v)

_v = rnokpp_ua()
S("uk", "business", f"""Дані для оформлення ФОП-контракту:
ПІБ: Коваленко Ірина Олегівна
РНОКПП (ІПН): {_v}
IBAN: {ibanf(iban('UA', dg(6) + dg(19)))}""", _v)

_v = pw_local(["Sonyashnyk", "Kalyna", "Dnipro", "Veselka"])
S("uk", "personal", f"""тато, пароль від Дії не той, правильний {_v} — з великої літери""", _v)

_v = g4(card("5168", 16))
S("uk", "assistant", f"""Користувач: оплати комуналку з картки {_v}, термін {expiry()}, CVV потім скажу""", _v)

_v = egn_bg()
S("bg", "assistant", f"""Записах час при личния лекар за Георги Петров, ЕГН {_v}, сряда 14:30. Да носи направлението.""", _v)

_v = pw_words()
S("bg", "itops", f"""Тикет 884: възстановен достъп до пощата на м.иванова. Нова парола: {_v} – да се смени при първо влизане.""", _v)

_v = oib_hr()
S("hr", "business", f"""Podaci za isplatu honorara:
Ime i prezime: Ivana Horvat
OIB: {_v}
IBAN: {ibanf(rand_iban('HR'))}""", _v)

_v = pw_local(["Jadran", "Lavanda", "Masline", "Bura"])
S("hr", "personal", f"""lozinka za wifi u apartmanu je {_v} , mreža "Apartman_Ana". uživajte!""", _v)

_v = isikukood_ee()
S("et", "assistant", f"""Kasutaja: broneeri mulle perearsti aeg, isikukood {_v}, sobib teisipäev hommikul""", _v)

_v = pw_local(["Gintaras", "Ruta", "Vilnius", "Saule"])
S("lt", "itops", f"""Užklausa #318: naujo darbuotojo paskyra sukurta. Prisijungimas: j.kazlauskas, laikinas slaptažodis: {_v}""", _v)
# ===========================================================================
# SECRETS -- Middle East, Asia, Africa
# ===========================================================================
_v = saudi_id()
S("ar", "business", f"""بيانات الموظف الجديد للتسجيل في التأمينات:
الاسم: عبدالله القحطاني
رقم الهوية الوطنية: {_v}
تاريخ المباشرة: ١٥/٠١/٢٠٢٧""", _v)

_v = emirates_id()
S("ar", "assistant", f"""المستخدم: كمّل طلب تجديد الإقامة لزوجتي، رقم الهوية الإماراتية {_v} وجواز السفر عندك في الملفات""", _v)

_v = dg(6)
S("ar", "assistant", f"""مخرجات الأداة (رسالة نصية):
من: AlRajhiBank
رمز التحقق: {_v} لعملية شراء بمبلغ 349.00 ر.س لدى نون. لا تشاركه مع أحد.""", _v)

_v = pw_leet()
S("ar-Latn", "personal", f"""ya 3am el password bta3 el wifi el gdeed {_v} , w el shabaka esmaha WE_Home""", _v)

_v = tz_il()
S("he", "assistant", f"""המשתמש: תמלא לי את הטופס של קופת חולים, מספר תעודת זהות {_v}, התור לרופאת עור""", _v)

_v = pw_local(["Shalom", "Tapuz", "Yam", "Kinneret"])
S("he", "personal", f"""הסיסמה החדשה לחשבון הבנק היא {_v} אל תשכח למחוק את ההודעה הזאת""", _v)

_v = "*" + pin(4)
S("he", "personal", f"""מגיעים בשמונה? הקוד לשער של הבניין {_v} ואז קומה 4 דירה 12""", _v)

_v = iran_code()
S("fa", "assistant", f"""کاربر: فرم ثبت‌نام دانشگاه را پر کن. کد ملی من {_v} است و شماره دانشجویی را بعدا می‌فرستم""", _v)

_v = dg(8)
S("fa", "personal", f"""رمز پویا برای خرید اینترنتی: {_v} — بانک ملت. اعتبار ۲ دقیقه""", _v)

_v = aadhaar_in()
S("hi", "assistant", f"""उपयोगकर्ता: मेरा आधार नंबर {_v} है, गैस कनेक्शन की KYC के लिए फॉर्म भर दो""", _v)

_v = dg(6)
S("hi", "assistant", f"""टूल आउटपुट (SMS): {_v} आपका OTP है। IRCTC पर टिकट बुकिंग के लिए। यह OTP किसी के साथ साझा न करें।""", _v)

_v = pin(4)
S("hi-Latn", "personal", f"""bhai mera UPI PIN {_v} hai, tu abhi 500 bhej de mummy ko, phone tere paas hi hai""", _v)

_v = pan_in()
S("hi-Latn", "business", f"""Sir invoice mein mera PAN {_v} daal dena, TDS ke liye chahiye. Naam: Rohit Sharma""", _v)

_v = dgnz(10)
S("bn", "assistant", f"""ব্যবহারকারী: পাসপোর্ট অফিসের ফর্মে আমার জাতীয় পরিচয়পত্র নম্বর {_v} দিয়ে দাও""", _v)

_v = pin(5)
S("bn", "personal", f"""আম্মু, বিকাশের পিন {_v}, কাউকে বলবে না। কেউ ফোন করে চাইলেও না""", _v)

_v = f"{dgnz(5)}-{dg(7)}-{pick('123456789')}"
S("ur", "business", f"""ملازم کی معلومات: نام: فاطمہ خان، شناختی کارڈ نمبر {_v}، تنخواہ کا اکاؤنٹ میزان بینک""", _v)

_v = pw_local(["Lahore", "Chandni", "Sitara", "Bulbul"])
S("ur", "personal", f"""بھائی جاز کیش کا پاس ورڈ {_v} ہے، امی کے فون میں ڈال دینا""", _v)

_v = aadhaar_in()
S("ta", "assistant", f"""பயனர்: என் ஆதார் எண் {_v}, ரேஷன் கார்டு புதுப்பிக்க படிவத்தில் நிரப்புங்கள்""", _v)

_v = pw_words()
S("ta", "personal", f"""வைஃபை கடவுச்சொல்: {_v} — நெட்வொர்க் பெயர் "Kumar_Home". வீட்டுக்கு வந்ததும் இணைக்கவும்""", _v)

_m = mynumber_jp()
_v = f"{_m[:4]} {_m[4:8]} {_m[8:]}"
S("ja", "business", f"""扶養控除等申告書（令和9年分）の入力内容
氏名：佐藤 美咲
個人番号：{_v}
住所：東京都世田谷区三軒茶屋2-14-7""", _v)

_v = pin(4)
S("ja", "personal", f"""お母さんへ　ゆうちょのキャッシュカードの暗証番号は{_v}です。メモは捨ててね""", _v)

_v = "sk-" + rs(48)
S("ja", "coding", f"""作業メモ：本番の翻訳APIキーは {_v} です。.env.local にだけ置き、リポジトリには絶対に入れないこと。""", _v)

_v = pw_phrase(2, "") + dg(3)
S("ja-Latn", "personal", f"""ryokan no wifi pasuwaado wa {_v} desu. heya bangou wa 203 ne""", _v)

_v = resident_id_cn()
S("zh", "assistant", f"""用户：帮我在12306上给我爸买票，身份证号 {_v}，下周五上海到杭州，二等座""", _v)

_v = pin(6)
S("zh", "personal", f"""老婆，支付宝支付密码改成{_v}了，你记一下，别存手机里""", _v)

_v = pw_random(16)
S("zh", "coding", f"""# application-prod.yml
spring:
  datasource:
    url: jdbc:mysql://10.3.2.11:3306/order_center
    username: order_app
    password: {_v}   # 生产库密码，勿外传""", _v)

_v = rrn_kr()
S("ko", "business", f"""신규 입사자 4대보험 취득 신고
성명: 김지민
주민등록번호: {_v}
입사일: 2027.01.02""", _v)

_v = pw_local(["Haneul", "Sarang", "Byeol", "Noeul"])
S("ko", "assistant", f"""사용자: 공동인증서 비밀번호는 {_v} 이야. 연말정산 간소화 자료 다운받아줘""", _v)

_v = dg(6)
S("ko", "assistant", f"""도구 출력(SMS): [Web발신] [카카오뱅크] 인증번호 [{_v}] 타인에게 절대 알려주지 마세요.""", _v)

_v = "0" + dg(2) + pick("0123") + dg(8)
S("vi", "assistant", f"""Người dùng: điền giúp mình tờ khai tạm trú nhé, số CCCD của mình là {_v}, ở cùng chủ nhà từ tháng 11""", _v)

_v = pw_local(["HoaSen", "Mimosa", "PhoBo", "TraDa"])
S("vi", "personal", f"""mk wifi quán là {_v} nha, viết hoa chữ H""", _v)

_v = dg(6)
S("vi", "assistant", f"""Đầu ra công cụ (SMS): Vietcombank: Ma OTP cua Quy khach la {_v}. Giao dich chuyen tien 2.500.000 VND. Tuyet doi KHONG cung cap OTP cho bat ky ai.""", _v)

_v = thai_id()
S("th", "assistant", f"""ผู้ใช้: ช่วยกรอกฟอร์มเปิดบัญชีให้หน่อย เลขบัตรประชาชน {_v} ที่อยู่ตามบัตร""", _v)

_v = dg(6)
S("th", "assistant", f"""ผลลัพธ์เครื่องมือ (SMS): รหัส OTP ของคุณคือ {_v} (Ref: KX7P) สำหรับทำรายการโอนเงิน ห้ามบอกรหัสนี้แก่ผู้อื่น""", _v)

_v = pw_leet()
S("th", "personal", f"""รหัสไวไฟร้าน: {_v} ชื่อเครือข่าย CafeBaanSuan ค่ะ""", _v)

_v = pick(["3171", "3273", "3578", "5171"]) + dg(2) + f"{R.randint(1, 28) + pick([0, 40]):02d}{R.randint(1, 12):02d}{R.randint(70, 99):02d}" + dg(4)
S("id", "business", f"""Data karyawan baru untuk BPJS Ketenagakerjaan:
Nama: Siti Rahmawati
NIK: {_v}
Tanggal mulai: 2 Januari 2027""", _v)

_v = pin(6)
S("id", "personal", f"""dek, PIN m-banking BCA mama {_v}, tolong bayarin listrik ya, token PLN nomor meter udah mama kirim""", _v)

_v = dg(6)
S("id", "assistant", f"""Output alat (SMS): JANGAN BERIKAN KODE INI KE SIAPAPUN. Kode verifikasi Tokopedia kamu: {_v}. Berlaku 5 menit.""", _v)

_v = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{pick(['14', '10', '08', '01'])}-{dg(4)}"
S("ms", "business", f"""Maklumat pekerja baharu untuk KWSP/PERKESO:
Nama: Nurul Aina binti Hassan
No. Kad Pengenalan: {_v}
Tarikh mula: 2 Jan 2027""", _v)

_v = pw_local(["Durian", "Melati", "Rambutan", "Kenari"])
S("ms", "itops", f"""Tiket #772 selesai. Kata laluan e-mel untuk akaun kaunter@kedai.my ditetapkan semula kepada {_v}. Sila tukar selepas log masuk pertama.""", _v)

_v = pin(4)
S("tl", "personal", f"""ate yung MPIN ng gcash ko {_v}, pakibayad na lang ng kuryente mamaya ha, salamat!!""", _v)

_v = pw_words()
S("tl", "itops", f"""Ticket: na-reset na po ang password ng POS terminal sa branch Cubao. Bagong password: {_v}. Palitan pagkatapos mag-login.""", _v)

_v = pin(4)
S("sw", "personal", f"""Mama, PIN ya M-Pesa ni {_v}. Usimwambie mtu yeyote hata akikupigia simu akisema ni Safaricom.""", _v)

_v = "A" + dg(9) + pick(UP)
S("sw", "business", f"""Habari, kwa ajili ya ankara ya mshahara wangu naomba uweke PIN yangu ya KRA: {_v}. Jina: Wanjiru Kamau.""", _v)

_v = pw_local(["Simba", "Twiga", "Kilima", "Jua"])
S("sw", "itops", f"""Tiketi 1204: nenosiri la barua pepe la mhasibu limebadilishwa. Nenosiri jipya: {_v} — abadilishe akiingia mara ya kwanza.""", _v)

_v = "22" + dg(9)
S("yo", "business", f"""E kaaro sir, BVN mi ni {_v} fun fọọmu owo-oṣu. Orukọ: Adebayo Ogunleye, account GTBank.""", _v)

_v = pw_local(["Ayo", "Olumide", "Oduduwa", "Ife"])
S("yo", "personal", f"""Ọrọ igbaniwọle wifi ile ni {_v}, orukọ netiwọki ni "Ogunleye_Home". E ku abọ!""", _v)

_v = pin(4)
S("ha", "personal", f"""Baba, lambar sirri ta katin ATM ita ce {_v}. Kar ka gaya wa kowa.""", _v)

_v = pw_local(["Abeba", "Selam", "Buna", "Tana"])
S("am", "itops", f"""ትኬት 415 ተዘግቷል። የአዲሱ ሰራተኛ ኢሜይል የይለፍ ቃል፡ {_v} — በመጀመሪያ መግቢያ ይቀይሩ።""", _v)

_v = pin(4)
S("am", "personal", f"""እማዬ የቴሌብር ፒን ቁጥሬ {_v} ነው። ለማንም አትንገሪ።""", _v)

_v = id_za()
S("zu", "assistant", f"""Umsebenzisi: ngicela ugcwalise ifomu le-SASSA, inombolo yami kamazisi ngu-{_v}""", _v)

_v = id_za()
S("af", "business", f"""Nuwe werknemer – besonderhede vir salarisstelsel
Naam: Annelie van der Merwe
ID-nommer: {_v}
Bank: Capitec, rekeningtipe: tjek""", _v)

_v = pw_local(["Fynbos", "Bokkie", "Protea", "Karoo"])
S("af", "personal", f"""Die wagwoord vir die wifi by die plaas is {_v} – netwerk "Rooihuis". Lekker kuier!""", _v)
# ===========================================================================
# SECRETS -- harder presentations (split, encoded, spelled, tables, implied)
# ===========================================================================
_k = "xoxb-" + dgnz(12) + "-" + dgnz(13) + "-" + rs(24)
_a, _b = _k[:26], _k[26:]
S("en", "coding", f"""[10:02] dev-mike: slack bot token for the staging app, splitting it so the DLP bot doesn't eat it
[10:02] dev-mike: first part {_a}
[10:03] dev-mike: rest: {_b}
[10:03] dev-mike: just concat them""", _a)

_p = pw_random(16)
_v = base64.b64encode(_p.encode()).decode()
S("en", "coding", f"""apiVersion: v1
kind: Secret
metadata:
  name: billing-db
  namespace: billing
type: Opaque
data:
  username: {base64.b64encode(b'billing_app').decode()}
  password: {_v}""", _v)

_svc = {"type": "service_account", "project_id": "invoicing-prod-3321",
        "private_key_id": hx(40),
        "private_key": "-----BEGIN PRIVATE KEY-----\n" + pem_body(4) + "\n-----END PRIVATE KEY-----\n",
        "client_email": "invoice-worker@invoicing-prod-3321.iam.gserviceaccount.com"}
_txt = json.dumps(_svc, indent=2)
_v = _txt.split("\\n")[1]
S("en", "coding", "Tool output (read_file secrets/gcp-sa.json):\n" + _txt, _v)

_raw = pw_random(14)
_v = _q(_raw, safe="")
S("fr", "coding", f"""Remarque : le mot de passe contient des caractères spéciaux, il faut l'encoder dans l'URL sinon SQLAlchemy plante.
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://facturation:{_v}@pg-prod.interne:5432/facturation"
""", _v)

_p = rs(3, UP) + rs(3, LO) + dg(2) + rs(2, LO)
_spell = {c: c for c in DG}
_spell.update({c: f"capital {c}" for c in UP})
_spell.update({c: f"small {c}" for c in LO})
_v = ", ".join(_spell[c] for c in _p)
S("en", "itops", f"""Call transcript (helpdesk, 09:41):
Caller: ...so the temporary one you gave me doesn't work
Agent: let me read it again slowly: {_v}
Caller: oh I had the small L as a one. Ok I'm in.""", _v)

_v = pw_words(WORDS_DE)
S("de", "business", f"""| Dienst            | Benutzer              | Kennwort |
|-------------------|-----------------------|----------|
| DATEV Unternehmen online | buchhaltung@baeckerei-huber.de | {_v} |
| Lieferando Partner | filiale2              | (siehe Ordner) |""", _v)

_v = pin(4)
S("es", "personal", f"""— ¿y para entrar al trastero?
— el mismo que el del garaje: {_v}
— vale, gracias!""", _v)

_p = pw_random(12)
_v = _p.encode().hex()
S("en", "coding", f"""Reasoning: the firmware stores the admin credential hex-encoded in NVRAM, not hashed. Dump shows
  admin_user=61646d696e
  admin_pass={_v}
Decoding that gives the live router password, so this dump must be treated as sensitive.""", _v)

_v = f"{rs(4, ANU)} {rs(4, ANU)} {rs(4, ANU)} {rs(4, ANU)}"
S("en", "personal", f"""Setting up the authenticator on the new phone - the site said "can't scan? enter this key instead:"
{_v.lower()}
Time based: yes""", _v.lower())

_v = dgnz(8)
S("ko", "personal", f"""도어락 비번 바꿨어
새 번호: {_v}
끝에 * 누르면 열림""", _v)
# ===========================================================================
# INNOCENT -- English
# ===========================================================================
I("en", "coding", "$ git log --oneline -5\n" + "\n".join(
    f"{hx(7)} {m}" for m in ["fix(auth): refresh token rotation race (#812)", "chore: bump axios to 1.7.9",
                             "feat(billing): prorate seat changes", "test: flaky webhook retry spec",
                             "Merge pull request #809 from lumen-labs/rotate-keys"]))

I("en", "coding", f"""$ docker pull ghcr.io/lumen-labs/api:2.14.3
2.14.3: Pulling from lumen-labs/api
{hx(12)}: Pull complete
{hx(12)}: Pull complete
Digest: sha256:{sha256_hex()}
Status: Downloaded newer image for ghcr.io/lumen-labs/api:2.14.3""")

I("en", "coding", f"""    "node_modules/jsonwebtoken": {{
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-{b64(64)}",
      "dependencies": {{ "jws": "^3.2.2", "lodash.includes": "^4.3.0" }}
    }},""")

I("en", "coding", """# .env.example -- copy to .env and fill in real values (never commit .env)
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_dev
STRIPE_SECRET_KEY=sk_test_replace_me
STRIPE_WEBHOOK_SECRET=whsec_...
OPENAI_API_KEY=<your-openai-key>
SESSION_SECRET=change-this-to-a-long-random-string""")

I("en", "coding", """- name: Publish
  run: npm publish --access public
  env:
    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
- name: Deploy
  run: ./deploy.sh --token "$DEPLOY_TOKEN"
  env:
    DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}""")

I("en", "coding", f"""  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {{
        id                = "db-{rs(26, ANU)}"
      ~ instance_class    = "db.t3.medium" -> "db.t3.large"
      ~ password          = (sensitive value)
        # (42 unchanged attributes hidden)
    }}
Plan: 0 to add, 1 to change, 0 to destroy.""")

I("en", "itops", """$ kubectl describe secret billing-db -n billing
Name:         billing-db
Namespace:    billing
Type:  Opaque

Data
====
password:  24 bytes
username:  11 bytes""")

I("en", "itops", f"""~/.ssh/authorized_keys on web-03 (added by agent):
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]} mia@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{b64(180)} deploy@ci""")

I("en", "coding", f"""$ ssh-keygen -t ed25519 -C "tkowal@work"
Your identification has been saved in /home/tkowal/.ssh/id_ed25519
Your public key has been saved in /home/tkowal/.ssh/id_ed25519.pub
The key fingerprint is:
SHA256:{b64(32).rstrip('=')} tkowal@work""")

I("en", "coding", f"""GET https://auth.lumen.example/.well-known/jwks.json
{{"keys":[{{"kty":"RSA","use":"sig","alg":"RS256","kid":"{hx(16)}","e":"AQAB","n":"{b64u(256)}"}}]}}""")

I("en", "coding", """From the AWS docs (example values, not real):
  aws_access_key_id = AKIAIOSFODNN7EXAMPLE
  aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Our own keys come from SSO now, so ~/.aws/credentials should stay empty.""")

I("en", "coding", """tests/fixtures/payments.py
# Stripe's documented test cards -- only work in test mode
VISA_OK = "4242 4242 4242 4242"
VISA_DECLINE = "4000 0000 0000 0002"
EXP, CVC = "12/34", "123"   # any future date / any 3 digits per Stripe docs""")

I("en", "coding", f"""2026-12-02T10:11:04Z webhook received evt_{rs(24)} type=charge.succeeded
  customer=cus_{rs(14)} charge=ch_{rs(24)} payment_intent=pi_{rs(24)}
  amount=4800 currency=usd livemode=true
2026-12-02T10:11:04Z handled in 38ms""")

I("en", "coding", f"""// web/src/config.ts -- publishable key is safe to ship to the browser
export const STRIPE_PUBLISHABLE_KEY = "pk_live_{rs(24)}";
export const SENTRY_DSN_ENV = "production";""")

I("en", "coding", f"""Twilio console > Messaging
Account SID: AC{hx(32)}
Messaging Service SID: MG{hx(32)}
Auth token: [hidden - click to reveal]""")

I("en", "coding", f"""<script src="https://accounts.google.com/gsi/client" async></script>
<div id="g_id_onload" data-client_id="{dgnz(12)}-{rs(32, ANL)}.apps.googleusercontent.com"></div>
<div class="g-recaptcha" data-sitekey="6L{rs(38, AN + '-_')}"></div>""")

I("en", "coding", f"""Reasoning: the users table stores only hashes. Row for id 4411:
  email=pat@example.org
  password_hash=$2b$12${rs(53, AN + './')}
bcrypt cost 12 is fine, no migration needed. We cannot recover the password from this, so the user has to use the reset flow.""")

I("en", "itops", f"""$ sudo grep deploy /etc/shadow
deploy:$y$j9T${rs(22, AN + './')}${rs(43, AN + './')}:20061:0:99999:7:::
(yescrypt hash -- confirms password auth is configured; recommend switching to key-only)""")

I("en", "itops", "group_vars/prod/vault.yml (encrypted with ansible-vault, safe to commit):\n$ANSIBLE_VAULT;1.1;AES256\n" +
  "\n".join(hx(80) for _ in range(5)))

I("en", "coding", f"""secrets.enc.yaml (SOPS, ciphertext only -- key lives in KMS):
db:
    password: ENC[AES256_GCM,data:{b64(18)},iv:{b64(32)},tag:{b64(16)},type:str]
sops:
    kms:
    -   arn: arn:aws:kms:eu-west-1:{dg(12)}:key/{uid()}
        created_at: "2026-10-02T08:14:51Z\"""")

I("en", "itops", f"""Sentry issue PAYMENTS-4F2 (first seen 2 hours ago)
event_id: {hx(32)}
trace: {hx(32)}  span: {hx(16)}
TypeError: Cannot read properties of undefined (reading 'last4')
  at formatCard (src/lib/cards.ts:41:18)""")

I("en", "itops", f"""10.0.3.7 - - [02/Dec/2026:10:11:04 +0000] "POST /v1/charges HTTP/1.1" 502 173 "-" "okhttp/4.12.0" rt=30.001 traceparent=00-{hx(32)}-{hx(16)}-01 req_id={uid()}""")

I("en", "coding", """Run ./scripts/deploy.sh
  Logging in to registry with token ***
  Pushing image ... done
  Setting DATABASE_URL=*** on service api
  ✓ Deployed revision api-00142-xoz""")

I("en", "coding", f"""Tool output (GET /api/v2/users/me):
{{"id":"{uid()}","email":"nina@lumen.example","org_id":"{uid()}","role":"admin","created_at":"2024-03-11T09:22:41Z","request_id":"req_{rs(14)}"}}""")

I("en", "coding", f"""Traceback (most recent call last):
  File "/srv/app/worker.py", line 88, in run
    job = queue.pop(timeout=5)
  File "/srv/app/queue.py", line 41, in pop
    raise TimeoutError(f"no job after {{timeout}}s")
TimeoutError: no job after 5s
<Worker id=0x7f3a{hx(8)} pid=2231 state=idle>""")

I("en", "coding", """Lesson for next time: never put tokens in clone URLs or CI logs. Last week a PAT ended up in a build log and we had to revoke it and audit the org. Use the credential helper or GIT_ASKPASS instead, and ask the user to rotate anything they paste into chat.""")

I("en", "itops", f"""Key rotation done for the reporting service.
Old key (last 4: {hx(4)}) revoked at 14:02 UTC, new key stored in Vault at secret/reporting/api.
Nobody needs to update anything locally -- the sidecar picks it up within 5 minutes.""")

I("en", "coding", f"""<img alt="spacer" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==" />""")

I("en", "itops", "$ docker ps --format '{{.ID}}  {{.Image}}  {{.Status}}'\n" + "\n".join(
    f"{hx(12)}  {img}  Up {h} hours" for img, h in [("postgres:16-alpine", 71), ("redis:7.4", 71), ("lumen/api:2.14.3", 3)]))

I("en", "coding", "go.sum\n" + "\n".join(
    f"{m} h1:{b64(32)}" for m in ["github.com/google/uuid v1.6.0", "github.com/google/uuid v1.6.0/go.mod",
                                   "golang.org/x/crypto v0.31.0"]))

I("en", "itops", f"""$ openssl x509 -in api.crt -noout -serial -fingerprint -sha256 -dates
serial={hx(32).upper()}
sha256 Fingerprint={':'.join(hx(2).upper() for _ in range(32))}
notBefore=Oct  1 00:00:00 2026 GMT
notAfter=Dec 30 23:59:59 2026 GMT""")

I("en", "coding", f"""$ npm audit
# npm audit report
cross-spawn  <7.0.5
Severity: high
Regular Expression Denial of Service - https://github.com/advisories/GHSA-{rs(4, 'cfghjmpqrvwx23456789')}-{rs(4, 'cfghjmpqrvwx23456789')}-{rs(4, 'cfghjmpqrvwx23456789')}
fix available via `npm audit fix`""")

I("en", "coding", f"""Authorization URL built for the PKCE flow:
https://auth.lumen.example/authorize?response_type=code&client_id=mobile-ios&redirect_uri=com.lumen.app%3A%2Fcb&scope=openid%20profile&state={b64u(16)}&code_challenge={b64u(32)}&code_challenge_method=S256
(state + challenge are public by design; the verifier stays on device)""")

I("en", "assistant", f"""Your trip to Lisbon is confirmed
Booking reference: {rs(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}
E-ticket: 047-{dg(10)}
TP 1353  LHR 06:40 -> LIS 09:15  Seat 14C  Gate closes 06:20
Baggage: 1 x 23kg""")

I("en", "assistant", f"""Tool output (gmail.search "shipped"):
Your Amazon.com order #{dg(3)}-{dg(7)}-{dg(7)} has shipped
Carrier: UPS  Tracking: 1Z{rs(6, ANU)}{dg(10)}
Arriving Thursday, Dec 10""")

I("en", "assistant", f"""Statement summary (Nov 2026) - Visa Signature •••• {dg(4)}
Previous balance $1,204.18  Payments -$1,204.18  New charges $862.40
Minimum due $35.00 by 12/21/2026
Ref {dg(23)}""")

I("en", "assistant", """Reminder from Wells Fargo: We will never call, text or email you asking for your password, PIN or one-time passcode. If someone asks, hang up and call the number on the back of your card.""")

I("en", "personal", f"""Contacts export
Mom, +1 (415) 555-{dg(4)}
Dr. Alvarez office, 520-555-{dg(4)}
Plumber Joe, +1 602 555 {dg(4)}
Gym front desk, (480) 555-{dg(4)} ext. 12""")

I("en", "assistant", f"""Calendar: Q1 planning
Where: Room 4.12 (Atlas) / Zoom
Meeting ID: {dg(3)} {dg(4)} {dg(4)}
One tap mobile: +16465588656,,{dg(11)}#
Passcode is in the invite sent by Jenna""")

I("en", "assistant", f"""Marriott Bonvoy - reservation confirmed
Confirmation number: {dgnz(8)}
Check-in Thu Feb 14, 3:00 PM - Room type: King, city view
Total for stay: €612.40 incl. taxes""")

I("en", "assistant", f"""CVS Pharmacy: Rx #{dgnz(7)} (atorvastatin 20mg) is ready for pickup at 1190 W Elm St. Pickup by 12/14. Reply STOP to opt out.""")

I("en", "assistant", f"""Claim update from Aetna
Claim number: E{dg(10)}
Policy/group: {dgnz(7)}-{dg(3)}
Date of service 11/18/2026 - Status: processed, you owe $40.00""")

I("en", "assistant", f"""Package tracking summary
- USPS {pick(['9400', '9205', '9361'])} {dg(4)} {dg(4)} {dg(4)} {dg(4)} {dg(2)} - delivered
- FedEx {dg(12)} - in transit, Memphis TN
- DHL {dg(10)} - label created""")

I("en", "assistant", f"""OpenTable: You're all set! Table for 4 at Nopalito, Sat Dec 12 at 7:30 PM. Confirmation #{dg(5)}. Need to make a change? Reply or call (415) 555-{dg(4)}.""")

I("en", "personal", """amazon says my parcel is in the locker at Whole Foods, locker 17, they'll text me the pickup code when it's ready. can u grab it friday""")

I("en", "business", f"""TRADER BAKERY - 221 Main St
12/06/2026 08:14  TERM {dg(8)}  BATCH {dg(3)}
2 x Croissant            7.00
1 x Latte 16oz           5.25
TOTAL                   12.25
VISA ************{dg(4)}  CHIP
APPROVAL CODE {rs(6, ANU)}   REF {dg(12)}""")

I("en", "assistant", f"""IRS2Go: Your 2025 tax refund of $1,204.00 was approved and is scheduled to be deposited by Dec 15. Tracking ID {dg(9)}.""")

I("en", "personal", """Wifi at grandma's is "Netgear42" and the password is printed on the sticker under the router, I never remember it""")

I("en", "personal", """how do I make a good password that I can actually remember?? my bank says at least 12 characters with a symbol and everything I try gets rejected""")

I("en", "assistant", f"""Travel day notes: UA 901 SFO->FRA departs 3:25 PM from Gate G92, seat 32B. Parked on level 3, spot C-{dg(4)}. Return Dec 22, LH 454.""")

I("en", "personal", f"""grocery run: oat milk (UPC 0{dg(11)}), eggs x12, the good bread, dish soap. costco card # is on the fridge""")

def _vin() -> str:
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vals = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    vals.update({d: int(d) for d in DG})
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    while True:
        v = list(pick(["1HG", "JTD", "WVW", "5YJ", "1FA"]) + rs(5, alpha) + "0" + rs(8, alpha))
        c = sum(vals[ch] * x for ch, x in zip(v, w)) % 11
        v[8] = "X" if c == 10 else str(c)
        return "".join(v)


I("en", "assistant", f"""Car insurance renewal: 2019 Honda Civic, plate 8KXM{dg(3)}, VIN {_vin()}. Premium $1,122/yr, policy #{dgnz(9)}.""")

I("en", "assistant", f"""Phone insurance claim filed (cracked screen)
Device: iPhone 15, IMEI {imei()}, serial {rs(10, ANU)}
Claim #: CLM-{dg(8)}  Deductible $99""")

I("en", "business", f"""INVOICE INV-2026-{dg(4)}
Northwind Foods Ltd, 4 Dock Rd, Bristol BS1 6AA
Company No. {dg(8)}  VAT Reg. GB {dg(3)} {dg(4)} {dg(2)}
Bill to: Bakery on Main - PO {dg(6)}
Flour T55 25kg x 8 ........ £176.00
VAT 20% .................. £35.20
TOTAL DUE ................ £211.20
Pay to: Northwind Foods Ltd, IBAN {ibanf(rand_iban('GB'))}, BIC NWBKGB2L
Terms: 30 days""")

I("en", "business", f"""REMIT TO: Greenleaf Supply Co. (EIN {ein_us()})
ACH: Routing {aba_routing()} / Account {dgnz(10)} (business checking)
Invoice 10442 - Net 15 - Amount due $2,318.50""")

I("en", "business", """Payroll summary - November 2026
Employees paid: 14   Gross: $61,204.55   Employer taxes: $4,681.15   Net: $46,902.11
Direct deposits: 13   Paper checks: 1
Next run: Dec 15 (cutoff Dec 11, 5pm)""")

I("en", "business", """HR onboarding checklist (new hire)
[ ] Collect I-9 documents in person (don't email copies of SSN cards!)
[ ] W-4 -- employee enters SSN directly in Gusto
[ ] Direct deposit form -- employee enters bank details themselves
[ ] Laptop + badge""")

I("en", "business", f"""Z-REPORT  Register 2  12/05/2026 21:03
Gross sales      $3,412.75
Refunds            -$18.00
Card             $2,901.25   Cash $511.50
Txn count 211   Void count 3
Terminal ID T{dg(7)}  Merchant ID {dg(15)}""")

I("en", "business", """From: Supplier Portal <no-reply@portal.northwind-foods.example>
Subject: Your password was changed
Hi bakeryonmain-ap, the password for your account was changed on Dec 4 at 09:12. If this was you, no action is needed. If not, reset it here and contact support.""")

I("en", "business", "stripe_payouts_nov.csv\nid,amount,currency,arrival_date,status\n" + "\n".join(
    f"po_{rs(24)},{R.randint(20000, 900000)},usd,2026-11-{d:02d},paid" for d in (3, 10, 17, 24)))

I("en", "business", "purchase_order_8812.csv\nsku,ean,description,qty,unit_price\n" + "\n".join(
    f"{rs(3, UP)}-{dg(4)},{ean13()},{d},{q},{p}" for d, q, p in [("Kraft bags 12x7", 500, "0.09"), ("Cup lids 12oz", 1000, "0.04"), ("Napkins 2ply", 2000, "0.01")]))

I("en", "business", f"""Vendor master record: Greenleaf Supply Co.
DUNS {dg(9)}  |  Tax ID (EIN) {ein_us()}  |  Supplier # V-{dg(5)}
Contact: ap@greenleafsupply.example, 555-0147""")

I("en", "business", f"""Gift card balance check: card ending {dg(4)} has $23.50 remaining. Expires never. Thanks for shopping at Bloom & Bark!""")

I("en", "itops", f"""Event 4625, Microsoft-Windows-Security-Auditing
An account failed to log on.
Security ID: S-1-5-21-{dg(10)}-{dg(10)}-{dg(10)}-{dg(4)}
Account Name: j.moreau
Failure Reason: Unknown user name or bad password.
Status: 0xC000006D  Sub Status: 0xC000006A
Logon Process: NtLmSsp  Workstation: LT-0192""")

I("en", "itops", f"""Device LT-0192 (Intune)
BitLocker recovery key ID: {uid().upper()}
Recovery key: stored (not shown)  Last escrowed 2026-11-29
TPM: 2.0, Secure Boot: on""")

I("en", "itops", "asset_inventory.csv\nasset_tag,type,serial,mac,owner\n" + "\n".join(
    f"IT-{dg(4)},{t},{rs(10, ANU)},{':'.join(hx(2) for _ in range(6))},{o}" for t, o in [("laptop", "j.moreau"), ("laptop", "m.hughes"), ("printer", "3F"), ("switch", "rack-2")]))

I("en", "itops", """Windows Update failed with 0x80070005 (access denied) on 3 machines; the Office click-to-run installer returned 30015-4 (5). Both fixed after clearing SoftwareDistribution and re-running as admin. HTTP 502 from the proxy was unrelated.""")

I("en", "itops", f"""$ dig +short TXT selector1._domainkey.greenleaf-dental.com
"v=DKIM1; k=rsa; p={b64(270)}"
$ dig +short TXT greenleaf-dental.com
"v=spf1 include:sendgrid.net include:_spf.google.com ~all"
"google-site-verification={b64u(32)}\"""")

I("en", "itops", f"""ACME http-01 challenge served OK:
GET /.well-known/acme-challenge/{b64u(32)} -> 200 (43 bytes)
Certificate issued for shop.bloom-and-bark.com, expires 2027-03-06""")

I("en", "itops", """Password policy (updated Dec 2026): minimum 14 characters, no forced periodic rotation, block the top-100k breached passwords, MFA required for VPN and email. Helpdesk must never ask users to read their password out loud.""")

I("en", "itops", """INC0041902 - user reports "can't log in to Workday". Sent self-service password reset link to the registered mobile; user confirmed reset worked. No credentials exchanged in ticket. Closed.""")

I("en", "itops", f"""Subscription: JetBrains All Products Pack (25 seats)
Licensed to: Lumen Labs GmbH
Subscription ID: {rs(10, ANU)}  Order: {dg(8)}
Renews 2027-01-31 - manage seats in the JetBrains account portal""")

I("en", "itops", "IOC list from the phishing report (SHA-256 of attachments, do NOT open):\n" + "\n".join(
    f"{sha256_hex()}  invoice_{dg(5)}.html" for _ in range(3)))

I("en", "itops", f"""Public key to encrypt files for the security team:
-----BEGIN PGP PUBLIC KEY BLOCK-----

{pem_body(5)}
={b64(3)}
-----END PGP PUBLIC KEY BLOCK-----
Fingerprint: {' '.join(hx(4).upper() for _ in range(10))}""")

I("en", "itops", f"""Chain for shop.bloom-and-bark.com (public certificate):
-----BEGIN CERTIFICATE-----
{pem_body(6)}
-----END CERTIFICATE-----""")

I("en", "coding", f"""Reasoning: the mobile client embeds the Mapbox *public* token (pk.{b64u(60)}.{b64u(16)}) which is URL-restricted to our domains -- that's expected and not a leak. The secret sk. token is only in the tile-upload job.""")

I("en", "coding", f"""$ pip download requests==2.32.3 --no-deps -d /tmp/whl
Saved ./requests-2.32.3-py3-none-any.whl
$ sha256sum /tmp/whl/*.whl
{sha256_hex()}  /tmp/whl/requests-2.32.3-py3-none-any.whl""")

I("en", "coding", f"""Release notes v4.3.0 (build 4.3.0+{hx(7)})
- Fixed: OTP input accepted 7 digits (#1182)
- Changed: password minimum length 8 -> 12
- Deprecated: /v1/tokens endpoint (use /v2/sessions)
Checksums: app-4.3.0.apk sha1 {sha1_hex()}""")

I("en", "assistant", """Summary for Dana: I did NOT store the 2FA code you forwarded -- it expires in 10 minutes anyway. Your Coinbase login now works from the new phone; backup codes are in your password manager, not in my notes.""")

I("en", "assistant", f"""Your verification request is received. Case number: {dg(8)}. We'll email you within 2 business days. Please don't reply with any passwords or card numbers.""")

I("en", "personal", f"""bro the flight is AA {dg(4)}, lands 6:40, terminal 4. my new number is +44 7700 900{dg(3)} btw""")

I("en", "personal", """ok so the door code thing at the new office - they're switching to badges next week so we don't need codes anymore. badge pickup at reception 9-11""")

I("en", "coding", f"""Bitcoin donation address on the project README (public): bc1q{rs(38, '023456789acdefghjklmnpqrstuvwxyz')}
Last tx: {hx(64)}""")

I("en", "coding", f"""Ethereum contract deployed: 0x{hx(40)}
tx hash 0x{hx(64)} block {dgnz(8)} gas used 1,204,118""")

I("en", "coding", f"""ISIN list for the portfolio-tracker fixture:
{isin('US')}, {isin('IE')}, {isin('DE')}
(instrument identifiers only -- no account data)""")
# ===========================================================================
# company / document identifiers with check digits (for INNOCENT look-alikes)
# ===========================================================================
def cif_es() -> str:
    b = dg(7)
    odd = sum(sum(divmod(int(b[i]) * 2, 10)) for i in (0, 2, 4, 6))
    even = sum(int(b[i]) for i in (1, 3, 5))
    return "B" + b + str((10 - (odd + even) % 10) % 10)


def piva_it() -> str:
    b = dg(7) + f"{R.randint(1, 100):03d}"
    return b + luhn_digit(b)


def nip_pl() -> str:
    while True:
        b = dgnz(9)
        c = sum(int(a) * w for a, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            s = b + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def orgnr_se() -> str:
    b = "55" + pick("6789") + dg(6)
    s = b + luhn_digit(b)
    return f"{s[:6]}-{s[6:]}"


def orgnr_no() -> str:
    while True:
        b = pick("89") + dg(7)
        c = 11 - sum(int(a) * w for a, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c == 10:
            continue
        s = b + str(0 if c == 11 else c)
        return f"{s[:3]} {s[3:6]} {s[6:]}"


def cvr_dk() -> str:
    while True:
        b = dgnz(7)
        for c in range(10):
            if sum(int(a) * w for a, w in zip(b + str(c), [2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
                return b + str(c)


def ytunnus_fi() -> str:
    while True:
        b = dg(7)
        r = sum(int(a) * w for a, w in zip(b, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r == 1:
            continue
        return f"{b}-{0 if r == 0 else 11 - r}"


def viite_fi() -> str:
    b = dgnz(R.randint(6, 12))
    s = sum(int(a) * w for a, w in zip(reversed(b), [7, 3, 1] * 7))
    v = b + str((10 - s % 10) % 10)
    out = v[::-1]
    return " ".join(out[i:i + 5] for i in range(0, len(out), 5))[::-1]


def ico_cz() -> str:
    b = dg(7)
    r = sum(int(a) * w for a, w in zip(b, range(8, 1, -1))) % 11
    return b + str((11 - r) % 10)


def cui_ro() -> str:
    b = dgnz(7)
    w = "753217532"[-len(b):]
    c = (sum(int(a) * int(x) for a, x in zip(b, w)) * 10) % 11
    return b + str(0 if c == 10 else c)


def inn_ru_org() -> str:
    b = dgnz(9)
    return b + str(sum(int(a) * w for a, w in zip(b, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)


def s10(prefix: str, country: str) -> str:
    b = dg(8)
    r = 11 - sum(int(a) * w for a, w in zip(b, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    c = {10: 0, 11: 5}.get(r, r)
    return f"{prefix}{b}{c}{country}"


def nfe_key_br(cnpj: str) -> str:
    b = "35" + "2611" + "".join(ch for ch in cnpj if ch.isdigit()) + "55" + "001" + dg(9) + "1" + dg(8)
    s = sum(int(a) * w for a, w in zip(reversed(b), [2, 3, 4, 5, 6, 7, 8, 9] * 6))
    r = s % 11
    k = b + str(0 if r < 2 else 11 - r)
    return " ".join(k[i:i + 4] for i in range(0, 44, 4))


def nif_pt_company() -> str:
    b = "5" + dg(7)
    r = sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
    return b + str(0 if r < 2 else 11 - r)


def company_no_il() -> str:
    b = "51" + dg(6)
    for c in range(10):
        s = 0
        for i, ch in enumerate(b + str(c)):
            p = int(ch) * (1 if i % 2 == 0 else 2)
            s += p - 9 if p > 9 else p
        if s % 10 == 0:
            return b + str(c)
    raise AssertionError


_GST = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin_in() -> str:
    b = pick(["27", "29", "07", "33", "24"]) + rs(3, UP) + "C" + rs(1, UP) + dg(4) + rs(1, UP) + "1Z"
    s = 0
    for i, c in enumerate(b):
        p = _GST.index(c) * (1 if i % 2 == 0 else 2)
        s += p // 36 + p % 36
    return b + _GST[(36 - s % 36) % 36]


def corp_no_jp() -> str:
    b = dgnz(12)
    s = sum(int(c) * (1 if n % 2 == 1 else 2) for n, c in enumerate(reversed(b), start=1))
    return str(9 - s % 9) + b


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_cn() -> str:
    b = "91" + pick(["110105", "310115", "440300", "330100"]) + rs(9, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(_USCC.index(c) * x for c, x in zip(b, w))
    return b + _USCC[(31 - s % 31) % 31]


def bizno_kr() -> str:
    b = dgnz(3) + pick(["81", "86", "87", "88"]) + dg(4)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * x for a, x in zip(b, w)) + (int(b[8]) * 5) // 10
    c = (10 - s % 10) % 10
    return f"{b[:3]}-{b[3:5]}-{b[5:]}{c}"


def thai_company_tax() -> str:
    b = "0105" + dg(8)
    s = sum(int(c) * (13 - i) for i, c in enumerate(b))
    return b + str((11 - s % 11) % 10)


assert verhoeff_ok("2363")
# ===========================================================================
# INNOCENT -- European languages
# ===========================================================================
I("de", "business", f"""RECHNUNG Nr. RE-2026-{dg(5)}
Bäckerei Huber GmbH · Hauptstr. 12 · 80331 München
Amtsgericht München HRB {dgnz(6)} · USt-IdNr. {ust_de()} · St.-Nr. 143/{dg(3)}/{dg(5)}
Pos. 1  Brezen (Gastro) 200 Stk  …  84,00 €
zzgl. 7 % USt  …  5,88 €
Gesamtbetrag  89,88 €
Bankverbindung: Stadtsparkasse München, IBAN {ibanf(rand_iban('DE'))}, BIC SSKMDEMMXXX
Zahlbar innerhalb 14 Tagen ohne Abzug.""")

I("de", "assistant", f"""Tool-Ausgabe (DHL Sendungsverfolgung):
Sendungsnummer {dg(20)}
03.12. 18:41  Die Sendung wurde im Start-Paketzentrum bearbeitet.
04.12. 09:12  Die Sendung wird zugestellt (voraussichtlich 10:30–12:30).""")

I("de", "assistant", """Hinweis Ihrer Sparkasse: Wir fragen Sie niemals per E-Mail, SMS oder Telefon nach Ihrer PIN, TAN oder Ihren Zugangsdaten. Geben Sie diese Daten nie auf Seiten ein, die Sie über einen Link erreicht haben.""")

I("de", "assistant", f"""Terminbestätigung Praxis Dr. Weiß
Termin-Nr. {dg(7)} · Do, 11.12., 10:15 Uhr
Bitte Versichertenkarte mitbringen. Absage bis 24 h vorher unter 089 {dg(3)} {dg(4)}.""")

I("de", "coding", """# config/produktion.yml – Zugangsdaten kommen aus der Umgebung, NICHT hier eintragen
datenbank:
  host: db.intern
  benutzer: shop
  passwort: ${DB_PASSWORT}
smtp:
  passwort: "<aus Vault laden>"   # Platzhalter""")

I("de", "assistant", f"""Ihre Buchung bei der Deutschen Bahn
Auftragsnummer: {rs(6, ANU)}  ·  ICE 597 München Hbf → Berlin Hbf
Fr, 18.12., 08:54 – 12:58 · Wagen 12, Platz 45 (Großraum, Fenster)
Preis 79,90 € · BahnCard 25 (2. Kl.) berücksichtigt""")

_siren = siren_fr()
I("fr", "business", f"""FACTURE N° F2026-{dg(4)}
Boulangerie Morel SARL – 14 rue des Lilas, 69003 Lyon
SIRET {_siren}{dg(4)}{'0'} · TVA intracommunautaire {tva_fr(_siren)} · RCS Lyon {_siren[:3]} {_siren[3:6]} {_siren[6:]}
Total HT 412,00 € · TVA 20 % 82,40 € · Total TTC 494,40 €
Règlement par virement : IBAN {ibanf(rand_iban('FR'))} – BIC CRLYFRPPXXX""")

I("fr", "assistant", f"""Colissimo : votre colis {dg(1)}A{dg(11)} a été remis au point retrait « Tabac de la Gare ». Il y restera disponible 10 jours ouvrables. Présentez une pièce d'identité.""")

I("fr", "assistant", f"""SNCF Connect – Référence dossier : {rs(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}
TGV INOUI 6611 Paris Gare de Lyon → Marseille St-Charles
Sam. 19/12 · départ 07:37 · voiture 14 place 82 · n° de billet {dg(4)} {dg(3)} {dg(3)} {dg(3)}""")

I("fr", "assistant", f"""Votre nouveau RIB a bien été enregistré.
Compte : FR76 **** **** **** **** ***{dg(1)} {dg(3)}
Si vous n'êtes pas à l'origine de cette modification, contactez votre conseiller.""")

I("fr", "coding", f"""[2026-12-04 11:02:17] ERREUR job=export_factures id={uid()}
  cause: délai dépassé après 30 s (tentative 3/3)
  commit déployé: {sha1_hex()}
  empreinte du fichier: sha256:{sha256_hex()}""")

I("fr", "assistant", f"""Doctolib – Rendez-vous confirmé
Dr Claire Dubois, médecin généraliste – mardi 15 décembre à 16h20
Référence : {dg(9)} · Cabinet : 04 78 {dg(2)} {dg(2)} {dg(2)}""")

I("es", "business", f"""FACTURA Nº 2026/{dg(4)}
Panadería La Espiga S.L. · CIF {cif_es()} · C/ Mayor 23, 28013 Madrid
Base imponible 520,00 € · IVA 10 % 52,00 € · Total 572,00 €
Forma de pago: transferencia a {ibanf(rand_iban('ES'))} (cuenta de la empresa)""")

I("es", "business", f"""BOLETA ELECTRÓNICA Nº {dg(7)}
Comercial Andes SpA · RUT emisor {f"{R.randint(76000000, 77999999):,}".replace(",", ".")}-{pick('0123456789K')}
Giro: venta al por menor · Av. Providencia 1208, Santiago
Total $ 18.490 · Forma de pago: débito""")

I("es", "business", f"""Factura B 0004-{dg(8)}
Distribuidora del Plata S.A. – CUIT {cuil_ar('30')} – IIBB {dg(7)}-{dg(2)}
Condición frente al IVA: Responsable Inscripto
Total: $ 184.300,00 · CAE {dg(14)} · Vto. CAE 14/12/2026""")

I("es", "business", f"""CFDI 4.0 – Comprobante de ingreso
Emisor: Abarrotes La Güera SA de CV · RFC {rs(3, UP)}{R.randint(0, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{rs(3, ANU)}
Folio fiscal (UUID): {uid().upper()}
Total: $4,318.00 MXN · Método de pago: PUE""")

I("es", "assistant", f"""Correos: tu envío PQ{rs(2, ANU)}{dg(18)} está en reparto. Pedido nº {dg(9)} de PcComponentes. Entrega estimada hoy entre 14:00 y 18:00.""")

I("es", "assistant", """Aviso de tu banco: nunca te pediremos por teléfono, SMS o correo tu clave de acceso, tu PIN ni los códigos que recibes por SMS. Si alguien te los pide en nuestro nombre, cuelga.""")

I("es", "coding", """# config.yaml de ejemplo – sustituye los valores antes de desplegar
base_de_datos:
  usuario: app
  contraseña: <cambiar>
  host: localhost
api:
  clave: "TU_CLAVE_AQUI"   # nunca subir la real al repo""")

_cnpj = cnpj_br()
I("pt", "business", f"""DANFE – Documento Auxiliar da Nota Fiscal Eletrônica
Emitente: Padaria Pão Quente Ltda · CNPJ {_cnpj} · IE {dg(3)}.{dg(3)}.{dg(3)}.{dg(3)}
Chave de acesso: {nfe_key_br(_cnpj)}
Valor total da nota R$ 1.284,50""")

I("pt", "assistant", f"""Segue a linha digitável do boleto do condomínio (vencimento 10/12):
{dg(5)}.{dg(5)} {dg(5)}.{dg(6)} {dg(5)}.{dg(6)} {dg(1)} {dg(14)}
Valor: R$ 742,18""")

I("pt", "assistant", f"""Correios – objeto {s10('NL', 'BR')}: saiu para entrega ao destinatário. Pedido Magalu nº {dg(11)}.""")

I("pt", "business", f"""Fatura-recibo FR 2026/{dg(3)}
Tasca do Zé, Lda. – NIPC {nif_pt_company()} – Rua das Flores 41, Porto
Total 86,40 € (IVA incluído) · ATCUD {rs(8, ANU)}-{dg(3)}""")

I("pt", "assistant", """Lembrete do banco: nunca pedimos a sua senha, o código do cartão ou códigos de confirmação por telefone ou WhatsApp. Em caso de dúvida, ligue para o número no verso do cartão.""")

I("pt", "coding", f"""$ git show --stat HEAD
commit {sha1_hex()}
Author: Ana Ribeiro <ana@paoquente.com.br>
    corrige cálculo do frete (issue #231)
 src/frete.py | 14 +++++++-------""")

I("it", "business", f"""FATTURA n. {dg(3)}/2026 del 03/12/2026
Forno Rossi S.r.l. – P.IVA {piva_it()} – REA MI-{dgnz(7)}
Imponibile € 310,00 · IVA 10% € 31,00 · Totale € 341,00
Pagamento: bonifico su IBAN aziendale {ibanf(rand_iban('IT'))}""")

I("it", "assistant", """Promemoria: nessun operatore di Poste ti chiederà mai le credenziali SPID, il PIN della carta o il codice che ricevi via SMS. Non comunicarli a nessuno.""")

I("it", "assistant", f"""Trenitalia – Codice biglietto (PNR): {rs(6, ANU)}
Frecciarossa 9527 Milano C.le → Roma Termini, 21/12 ore 10:10
Carrozza 6, posto 9A · CP {dg(10)}""")

I("it", "coding", f"""Ragionamento: il test fallisce solo in CI. Il digest dell'immagine è diverso:
locale  sha256:{sha256_hex()}
CI      sha256:{sha256_hex()}
Quindi la CI usa una base image più vecchia, non è un problema di credenziali.""")

I("nl", "business", f"""FACTUUR 2026-{dg(4)}
Bakkerij De Gouden Korst B.V. · KvK {dg(8)} · btw-id {btw_nl()}
Totaal excl. btw € 240,00 · btw 9% € 21,60 · Totaal € 261,60
Graag betalen op {ibanf(rand_iban('NL'))} o.v.v. factuurnummer.""")

I("nl", "assistant", f"""PostNL: je pakket 3S{rs(4, UP)}{dg(9)} wordt vandaag tussen 13:15 en 15:15 bezorgd. Niet thuis? Dan gaat het naar het PostNL-punt bij de Albert Heijn.""")

I("nl", "assistant", """Let op: de Belastingdienst en DigiD vragen nooit via e-mail of sms om je wachtwoord of sms-code. Log altijd zelf in via de app.""")

I("nl", "coding", f"""Redenering: de build is niet stuk door de token; de lockfile is gewijzigd. Verschil in checksum:
  oud {hx(40)}
  nieuw {hx(40)}
Ik draai `npm ci` opnieuw.""")

I("pl", "business", f"""FAKTURA VAT nr FV/{dg(3)}/12/2026
Sprzedawca: Piekarnia Kłos Sp. z o.o., NIP {nip_pl()}, REGON {dg(9)}, KRS {dg(10)}
Razem brutto: 1 230,00 zł · Termin płatności: 14 dni
Konto firmowe: {ibanf(rand_iban('PL'))}""")

I("pl", "assistant", f"""InPost: Twoja paczka nr {dg(24)} czeka w Paczkomacie WAW12M (ul. Puławska 12). Kod odbioru wyślemy w osobnym SMS.""")

I("pl", "assistant", """Pamiętaj: bank nigdy nie poprosi Cię o kod BLIK, PIN ani hasło przez telefon. Jeśli ktoś się pod nas podszywa – rozłącz się.""")

I("sv", "business", f"""FAKTURA {dg(5)}
Kafé Kanel AB · Org.nr {orgnr_se()} · Momsreg.nr SE{dg(10)}01
Att betala: 3 412 kr · Förfallodatum 2026-12-31
Bankgiro {dg(3)}-{dg(4)} · OCR {dg(12)}""")

I("sv", "assistant", f"""PostNord: Ditt paket {rs(2, UP)}{dg(9)}SE finns att hämta hos ICA Nära Tallkrogen. Ta med legitimation.""")

I("sv", "assistant", """Kom ihåg: banken ringer aldrig och ber dig legitimera dig med BankID eller lämna ut koder. Avsluta samtalet om någon gör det.""")

I("nb", "business", f"""FAKTURA nr {dg(5)}
Bakeriet på Hjørnet AS · Org.nr {orgnr_no()} MVA
Beløp: kr 4 180,00 · Forfall 20.12.2026
Kontonr. {dg(4)}.{dg(2)}.{dg(5)} · KID {(lambda b: b + luhn_digit(b))(dg(14))}""")

I("nb", "assistant", f"""Posten: Sendingen din (sporingsnummer {dg(18)}) er klar til henting på Kiwi Grünerløkka. Hentekoden får du i appen.""")

I("nb", "assistant", """Vi ber aldri om passord eller engangskode fra BankID på telefon, SMS eller e-post. Del aldri disse med noen.""")

I("da", "business", f"""FAKTURA {dg(4)}
Bageriet ApS · CVR-nr. {cvr_dk()}
I alt inkl. moms: 2.318,75 kr. · Betalingsfrist 8 dage
Reg.nr. {dg(4)} Kontonr. {dg(10)} (virksomhedskonto)""")

I("da", "assistant", """Husk: Vi beder dig aldrig om at godkende noget i MitID eller oplyse koder over telefonen. Læg på, hvis nogen gør det.""")

I("fi", "business", f"""LASKU {dg(5)}
Leipomo Kuusi Oy · Y-tunnus {ytunnus_fi()}
Summa 612,40 € (sis. alv 14 %) · Eräpäivä 18.12.2026
Viitenumero {viite_fi()} · Tilinumero {ibanf(rand_iban('FI'))}""")

I("fi", "assistant", f"""Posti: Lähetys JJFI{dg(17)} on noudettavissa Pakettiautomaatissa K-Market Kallio. Noutokoodi tulee erillisenä viestinä.""")

I("fi", "assistant", """Muistutus: pankki ei koskaan kysy tunnuksiasi, tunnuslukuja tai vahvistuskoodeja puhelimessa tai sähköpostilla.""")

I("cs", "business", f"""FAKTURA – daňový doklad č. {dg(10)}
Pekárna U Mlýna s.r.o. · IČO {ico_cz()} · DIČ CZ{ico_cz()}
Celkem k úhradě: 8 420,00 Kč · Variabilní symbol {dg(10)}
Účet firmy: {dg(6)}-{dg(10)}/0800""")

I("cs", "assistant", f"""Zásilkovna: zásilka Z {dg(3)} {dg(4)} {dg(3)} je připravena k vyzvednutí na výdejním místě Albert Vinohrady. Číslo objednávky {dg(8)}.""")

I("hu", "business", f"""SZÁMLA sorszám: SZ-2026-{dg(5)}
Kovács Pékség Kft. · Adószám: {dg(8)}-2-{dg(2)} · Cg. {dg(2)}-{dg(2)}-{dg(6)}
Bruttó végösszeg: 48 260 Ft · Fizetési határidő: 2026.12.20.""")

I("hu", "assistant", """Figyelem: a bank soha nem kéri el telefonon vagy e-mailben a jelszavát, PIN kódját vagy az SMS-ben kapott kódot.""")

I("ro", "business", f"""FACTURĂ seria BRT nr. {dg(6)}
Brutăria Dulce SRL · CUI RO{cui_ro()} · J40/{dg(5)}/2019
Total de plată: 1.842,50 lei · Scadență 20.12.2026""")

I("ro", "assistant", f"""FAN Courier: AWB {dg(13)} – coletul a plecat din depozitul București și va fi livrat mâine între 09:00 și 17:00.""")

I("el", "business", f"""ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ αρ. {dg(5)}
Αρτοποιείο Ο Φούρνος Α.Ε. · Αρ. ΓΕΜΗ {dg(12)}
Σύνολο: 612,40 € · ΜΑΡΚ {dg(15)}""")

I("el", "assistant", f"""ACS Courier: Η αποστολή με αριθμό {dg(10)} παραδόθηκε στο κατάστημα ACS Κυψέλης. Ώρες λειτουργίας 09:00–20:00.""")

I("tr", "business", f"""e-Fatura
Satıcı: Lezzet Fırın Gıda Ltd. Şti. · Vergi Dairesi: Kadıköy · VKN {dg(10)}
ETTN: {uid().upper()}
Genel Toplam: 4.318,00 TL · Mersis No: 0{dg(15)}""")

I("tr", "assistant", f"""Yurtiçi Kargo: {dg(12)} takip numaralı gönderiniz dağıtıma çıkmıştır. Sipariş no: {dg(10)} (Trendyol).""")

I("tr", "assistant", """Bankanız asla telefonla şifrenizi, kart PIN'inizi veya SMS ile gelen doğrulama kodunu istemez. Bu bilgileri kimseyle paylaşmayın.""")

I("tr", "coding", f"""Düşünce: CI'daki hata kimlik bilgisiyle ilgili değil, commit {hx(40)} ile gelen migration iki kez çalışıyor. Trace id {hx(32)} loglarda iki kez görünüyor.""")

I("ru", "business", f"""СЧЁТ № {dg(3)} от 03.12.2026
Поставщик: ООО «Хлебный дом», ИНН {inn_ru_org()}, КПП {dg(9)}, ОГРН {dg(13)}
Р/с {dg(20)} в ПАО Сбербанк, БИК 04{dg(7)}, к/с 301{dg(17)}
Итого к оплате: 48 260,00 руб.""")

I("ru", "assistant", f"""Почта России: отправление {s10('RA', 'RU')} прибыло в место вручения (отделение 119034). Хранение 15 дней.""")

I("ru", "assistant", """Напоминаем: сотрудники банка никогда не спрашивают код из СМС, ПИН-код или CVC. Если вам звонят и просят их назвать — положите трубку.""")

I("ru", "coding", f"""Рассуждение: ошибка 502 не связана с токеном. В логах request_id={uid()} и тот же хеш сборки {hx(12)}; упал апстрим, перезапускаю под.""")

I("ru-Latn", "personal", f"""slushay, nomer zakaza na ozone {dg(8)}-{dg(4)}, trek {dg(14)}, dolzhny privezti v pyatnitsu""")

I("uk", "business", f"""Рахунок-фактура № {dg(4)}
ТОВ «Пекарня Колосок», код ЄДРПОУ {dg(8)}, ІПН платника ПДВ {dg(12)}
Разом до сплати: 12 480,00 грн""")

I("uk", "assistant", f"""Нова пошта: посилка ТТН 20{dg(12)} прибула у відділення №14. Отримання за паспортом або в застосунку.""")

I("bg", "business", f"""ФАКТУРА № {dg(10)}
„Хлебозавод Изгрев“ ЕООД · ЕИК {dg(9)} · ДДС № BG{dg(9)}
Обща сума: 1 284,50 лв.""")

I("hr", "business", f"""RAČUN R1 br. {dg(3)}-1-1
Pekara Zrno d.o.o. · Ukupno: 842,50 EUR
Plaćanje na IBAN {ibanf(rand_iban('HR'))} (račun tvrtke), poziv na broj HR00 {dg(4)}-{dg(4)}
JIR: {uid()}""")

I("et", "business", f"""ARVE nr {dg(5)}
Pagarikoda OÜ · Registrikood {dg(8)} · KMKR EE{dg(9)}
Tasuda 412,00 € · viitenumber {dg(8)}""")

I("lt", "business", f"""PVM SĄSKAITA FAKTŪRA Serija KEP Nr. {dg(6)}
UAB „Duonos kepykla“ · Įmonės kodas {dg(9)} · PVM mokėtojo kodas LT{dg(9)}
Iš viso: 612,40 €""")
# ===========================================================================
# INNOCENT -- Middle East, Asia, Africa
# ===========================================================================
I("ar", "business", f"""فاتورة ضريبية مبسطة رقم {dg(6)}
مخبز الفجر – الرقم الضريبي: 3{dg(13)}3 – السجل التجاري: {dgnz(10)}
الإجمالي شامل ضريبة القيمة المضافة 15%: 86.25 ر.س
التاريخ: 2026/12/04""")

I("ar", "assistant", f"""أرامكس: شحنتك رقم {dg(11)} في الطريق إليك وسيتم التوصيل اليوم بين 2 و6 مساءً. رقم الطلب من نون: N{dg(11)}A""")

I("ar", "assistant", """تنبيه من البنك: لن نطلب منك أبداً كلمة المرور أو رمز التحقق أو الرقم السري لبطاقتك عبر الهاتف أو الرسائل. لا تشاركها مع أي شخص.""")

I("ar", "coding", f"""التحليل: فشل النشر ليس بسبب المفتاح. رقم الالتزام {hx(40)} أضاف ملف ترحيل مكرر، ومعرّف الطلب {uid()} يظهر مرتين في السجل.""")

I("ar-Latn", "personal", f"""ya basha el order raqamo {dg(9)} w el tracking {dg(12)}, el mandoob hayegy bokra el sob7""")

I("he", "business", f"""חשבונית מס / קבלה מס' {dg(5)}
מאפיית השדה בע"מ · ח.פ. {company_no_il()}
סה"כ לתשלום: 1,284.50 ₪ (כולל מע"מ)
מספר הקצאה: {dg(9)}""")

I("he", "assistant", f"""דואר ישראל: הפריט {s10('RR', 'IL')} ממתין לאיסוף בסניף דיזנגוף סנטר עד 14/12.""")

I("he", "assistant", """שימו לב: הבנק לעולם לא יבקש מכם סיסמה, קוד אימות או את שלוש הספרות בגב הכרטיס בטלפון או בהודעה.""")

I("fa", "business", f"""فاکتور فروش شماره {dg(6)}
شرکت نان آوران پارس · شناسه ملی {dg(11)} · کد اقتصادی {dg(12)}
جمع کل: ۴۸٬۲۶۰٬۰۰۰ ریال""")

I("fa", "assistant", f"""پست: مرسوله شما با کد رهگیری {dg(24)} تحویل اداره پست شد. شماره سفارش دیجی‌کالا: {dg(9)}""")

I("hi", "business", f"""टैक्स इनवॉइस संख्या INV/{dg(4)}/26-27
शर्मा स्वीट्स प्रा. लि. · GSTIN {gstin_in()}
कुल राशि: ₹ 12,480.00 (CGST 9% + SGST 9% सहित)""")

I("hi", "assistant", f"""IRCTC: PNR {dgnz(10)} – ट्रेन 12951 मुंबई राजधानी, 18-12-2026, कोच B4 सीट 32, स्थिति: CNF""")

I("hi-Latn", "personal", f"""paise bhej diye bhai, UPI ref no {dgnz(12)} hai, screenshot bhi bhej raha hu. ₹1,450 dinner ka""")

I("hi-Latn", "assistant", f"""order id OD{dg(18)} flipkart wala, Delhivery tracking {dg(13)}, kal tak aa jayega bol raha hai""")

I("bn", "personal", f"""বিকাশে টাকা পাঠিয়েছি, TrxID {rs(10, ANU)} , ১৫০০ টাকা। পেলে জানিও""")

I("bn", "assistant", f"""দারাজ অর্ডার নম্বর {dg(15)} — পণ্য পাঠানো হয়েছে, ট্র্যাকিং {rs(3, UP)}{dg(10)}""")

I("ur", "assistant", f"""دراز: آپ کا آرڈر نمبر {dg(15)} روانہ کر دیا گیا ہے۔ ٹریکنگ نمبر {dg(12)}۔ ہم کبھی آپ سے پاس ورڈ نہیں مانگتے۔""")

I("ta", "assistant", f"""மின் கட்டண ரசீது எண் {dg(10)} – தொகை ₹1,240 செலுத்தப்பட்டது. பரிவர்த்தனை எண் {dg(12)}""")

I("ja", "business", f"""請求書 No.{dg(6)}
株式会社さくらベーカリー　登録番号 T{corp_no_jp()}
ご請求金額　¥48,260（税込）　お支払期限 2026年12月25日
振込先：みずほ銀行 渋谷支店 普通 {dg(7)}（法人口座）""")

I("ja", "assistant", f"""ヤマト運輸：お荷物（伝票番号 {dg(4)}-{dg(4)}-{dg(4)}）は本日 14時〜16時 にお届け予定です。""")

I("ja", "assistant", """【ご注意】当社がメールやSMSで暗証番号・パスワード・ワンタイムパスワードをお尋ねすることは一切ありません。""")

I("ja", "coding", f"""推論：CIの失敗は認証情報ではなくキャッシュが原因。コミット {hx(40)} のビルドでイメージダイジェスト sha256:{sha256_hex()} が古いまま。キャッシュを無効化して再実行する。""")

I("ja", "assistant", f"""ご予約確認　予約番号：{dg(10)}
ホテルグレイスリー新宿　12月18日（金）〜2泊　ダブルルーム
お問い合わせ 03-{dg(4)}-{dg(4)}""")

I("ja-Latn", "personal", f"""yoyaku bangou wa {rs(2, UP)}{dg(6)} desu. shinkansen nozomi 23-gou, 7-gousha 12-ban E-seki""")

I("zh", "business", f"""增值税电子普通发票
销售方：上海麦香食品有限公司
统一社会信用代码：{uscc_cn()}
发票号码：{dg(20)}　价税合计：¥1,284.50""")

I("zh", "assistant", f"""顺丰速运：您的快件 SF{dg(13)} 已由【上海浦东集散中心】发出，预计明天送达。""")

I("zh", "assistant", f"""淘宝订单号 {dg(19)} 已发货，物流：中通快递 {dg(14)}。如有问题请联系客服，客服不会索要您的支付密码或验证码。""")

I("zh", "coding", f"""分析：不是密钥过期。部署失败的提交是 {hx(40)}，镜像摘要 sha256:{sha256_hex()[:32]}… 与上次一致，问题在 readiness probe 超时。""")

I("zh", "personal", f"""我的航班是 MU5101，明早 8:00 虹桥 T2，座位 32A，订单号 {dg(16)}，到了给你打电话 138{dg(8)}""")

I("ko", "business", f"""전자세금계산서
공급자: (주)하늘베이커리 · 사업자등록번호 {bizno_kr()}
승인번호 {dg(8)}-{dg(8)}-{dg(8)}
합계금액 1,284,500원""")

I("ko", "assistant", f"""CJ대한통운: 운송장번호 {dg(12)} 상품이 배송 출발했습니다. 주문번호 {dg(16)} (쿠팡)""")

I("ko", "assistant", """[안내] 은행은 전화나 문자로 비밀번호, OTP 번호, 보안카드 번호를 절대 요구하지 않습니다.""")

I("ko", "coding", f"""추론: 401 에러는 토큰 문제가 아니라 시계 오차 때문. 서버 시간 차이 312초, 요청 ID {uid()}. NTP 재동기화 후 해결.""")

I("vi", "business", f"""HÓA ĐƠN GTGT số {dg(8)}
Công ty TNHH Bánh Mì Sài Gòn · Mã số thuế {dg(10)}
Tổng cộng thanh toán: 4.318.000 đ""")

I("vi", "assistant", f"""GHN: Đơn hàng {rs(5, ANU)}{rs(3, ANU)} (mã đơn Shopee {dg(6)}{rs(8, ANU)}) đang được giao, dự kiến 14:00–18:00 hôm nay.""")

I("vi", "assistant", """Ngân hàng không bao giờ yêu cầu quý khách cung cấp mật khẩu, mã OTP hay mã PIN qua điện thoại hoặc tin nhắn.""")

_tc = thai_company_tax()
I("th", "business", f"""ใบกำกับภาษีเลขที่ {dg(8)}
บริษัท ขนมปังบ้านสวน จำกัด (สำนักงานใหญ่)
เลขประจำตัวผู้เสียภาษี {_tc[0]}-{_tc[1:5]}-{_tc[5:10]}-{_tc[10:12]}-{_tc[12]}
ยอดรวม 1,284.50 บาท (รวม VAT 7%)""")

I("th", "assistant", f"""Kerry Express: พัสดุหมายเลข KEX{dg(12)} อยู่ระหว่างนำส่ง คาดว่าจะถึงวันนี้""")

I("th", "assistant", """ธนาคารไม่มีนโยบายขอรหัสผ่าน รหัส OTP หรือรหัส ATM ของท่านทางโทรศัพท์หรือ SMS""")

I("id", "business", f"""FAKTUR PAJAK No. 010.{dg(3)}-26.{dg(8)}
PT Roti Nusantara Jaya · NPWP {dg(2)}.{dg(3)}.{dg(3)}.{dg(1)}-{dg(3)}.000
Total: Rp 4.318.000""")

I("id", "assistant", f"""JNE: paket dengan nomor resi {dg(16)} sedang diantar kurir. Nomor pesanan Tokopedia INV/2026{dg(4)}/MPL/{dg(10)}""")

I("id", "assistant", """Ingat: pihak bank tidak pernah meminta PIN, password, atau kode OTP Anda melalui telepon, WhatsApp, maupun email.""")

I("ms", "business", f"""INVOIS No. {dg(6)}
Kedai Roti Mawar Sdn. Bhd. (No. Pendaftaran: 2019{dg(8)} ({dg(7)}-{pick(UP)}))
Jumlah: RM 1,284.50 · No. SST: W10-{dg(4)}-{dg(8)}""")

I("ms", "assistant", """Peringatan: Bank tidak akan sekali-kali meminta kata laluan, PIN atau TAC anda melalui panggilan telefon atau SMS.""")

I("tl", "personal", f"""sent na po via gcash, ref no. {dg(13)}, ₱1,500 para sa bigas. salamat po!""")

I("tl", "assistant", """Paalala: Hindi kailanman hihingin ng GCash ang iyong MPIN o OTP. Huwag itong ibigay kahit kanino.""")

I("sw", "personal", f"""{rs(10, ANU)} Confirmed. Ksh1,500.00 sent to JOHN OTIENO 07{dg(2)}{dg(3)}{dg(3)} on 4/12/26 at 6:41 PM. New M-PESA balance is Ksh3,212.40. Transaction cost, Ksh23.00.""")

I("sw", "business", f"""Lipa kwa M-Pesa: Paybill {dg(6)}, Akaunti Nambari ANKARA-{dg(5)}. Kiasi: Ksh 4,800. Asante kwa kununua Duka la Mama Neema.""")

I("sw", "assistant", """Kumbuka: Safaricom haitawahi kukuomba PIN yako ya M-Pesa kwa simu au ujumbe. Usimpe mtu yeyote.""")

I("yo", "personal", f"""Mo ti fi owo ranṣẹ, itọkasi idunadura (transaction ref) ni {dg(30)}. ₦25,000 ni.""")

I("ha", "personal", f"""Na tura kudin, lambar oda ita ce {dg(10)}. Za a kawo kayan ranar Juma'a.""")

I("am", "personal", f"""ቴሌብር፡ {rs(10, ANU)} የግብይት መለያ ቁጥር። 1,500 ብር ተልኳል። አመሰግናለሁ።""")

I("zu", "assistant", f"""Inombolo yesethenjwa {rs(3, UP)}{dg(8)} - inkokhelo yakho ka-R450.00 yamukelwe. Siyabonga.""")

I("af", "business", f"""BELASTINGFAKTUUR nr {dg(5)}
Bakkery Soetdoring (Edms) Bpk · Reg. nr 2019/{dg(6)}/07 · BTW-nr 4{dg(9)}
Totaal: R 1 284,50 · Betaal asb met verwysing INV{dg(5)}""")

I("af", "assistant", """Onthou: Die bank sal jou nooit vra vir jou PIN, wagwoord of eenmalige wagwoord (OTP) per foon of SMS nie.""")
# ===========================================================================
# INNOCENT -- more personal messages
# ===========================================================================
I("en", "personal", """the combo for the gym locker is on a sticky note in my wallet, not gonna text it lol. just wait for me at the front desk""")

I("de", "personal", """Die neue Karte ist da 🙂 die PIN kommt wie immer separat per Post, also bitte den zweiten Brief nicht wegwerfen!""")

I("fr", "personal", """J'ai changé le code du portail, je te le donne de vive voix ce soir, pas par message 😉""")

I("pt", "personal", f"""gente meu número novo é (11) 9{dg(4)}-{dg(4)}, salva aí. o antigo vou cancelar semana que vem""")

I("it", "personal", f"""arrivo col volo AZ {dg(4)}, atterra alle 21:40 a Linate, posto 12F. prenotazione {rs(6, ANU)} se vuoi controllare i ritardi""")

I("es", "personal", f"""te paso el número de pedido de Zara por si llamas tú: {dg(11)}. El importe fue 59,95 €, la devolución es gratis""")

I("ko", "personal", f"""엄마 택배 송장번호 {dg(12)} 이야. 내일 도착한대. 현관 비번은 원래 쓰던 거 그대로야""")
