"""Independent secret-redaction test corpus c36 — civic life and the gig economy.

Started: Mon Dec 7 17:05:13 UTC 2026 (output of `date` at the start of work).

Totals: 230 SECRETS, 236 INNOCENT (466 texts). Deterministic: every random value comes from
random.Random(SEED) with SEED = 36004. Ids look like "s012-de-gov" / "i087-ja-tix"
(kind + running number, language code, setting tag).

Counts by language (secrets/innocents). English is 150 of 466 (about 32%); the other texts cover
47 other language codes (46 languages; Portuguese is split into BR and PT):
    en English 74/76; de German 9/10; fr French 9/9; es Spanish 9/10; pt-BR Portuguese-BR 7/6;
    pt-PT Portuguese-PT 2/2; it Italian 6/5; nl Dutch 4/4; pl Polish 5/4; cs Czech 2/2; sv Swedish 3/3;
    no Norwegian 2/2; da Danish 2/2; fi Finnish 2/2; et Estonian 2/2; hu Hungarian 2/2;
    ro Romanian 3/3; el Greek 3/3; tr Turkish 5/6; ru Russian 5/6; uk Ukrainian 4/5; sr Serbian 2/2;
    hr Croatian 1/1; bg Bulgarian 2/2; ar Arabic 7/7; he Hebrew 3/3; fa Persian 3/3; ur Urdu 2/2;
    ps Pashto 1/1; hi Hindi 5/5; bn Bengali 2/2; ta Tamil 2/2; ne Nepali 1/1; th Thai 3/3;
    vi Vietnamese 3/3; id Indonesian 3/3; ms Malay 1/1; tl Tagalog 3/3; sw Swahili 3/3; am Amharic 2/2;
    ha Hausa 1/1; yo Yoruba 1/1; so Somali 2/2; zh Chinese 5/5; ja Japanese 4/5; ko Korean 4/5;
    ka Georgian 2/2; hy Armenian 2/2
Non-Latin scripts: Greek, Cyrillic (ru, uk, sr, bg), Arabic script (ar, fa, ur, ps), Hebrew,
Devanagari (hi, ne), Bengali, Tamil, Thai, Ethiopic, Han, Kana, Hangul, Georgian, Armenian.
Transliterated or mixed-language texts: Greeklish, Egyptian Arabizi, Latin-script Russian,
Finglish (Persian), Hinglish, Roman Urdu, Latin-script Armenian, Spanglish, Taglish,
Tamil-English, Chinese with English identifiers.

Counts by setting (secrets/innocents):
    gov   government portals and social benefits ......... 62/38
    court courts, police reports, e-filing ............... 11/16
    immig immigration, asylum, refugee services .......... 13/13
    ngo   NGOs and humanitarian field work ............... 13/20
    civic elections and municipal services ............... 12/20
    ride  ride-hailing and delivery drivers/couriers ..... 28/30
    free  freelance marketplaces and invoicing ........... 25/41
    rent  short-term rentals and their hosts ............ 21/15
    social dating and social apps, community bots ........ 15/13
    fit   fitness and sports apps, gyms, races ........... 13/12
    tix   ticketing and events ........................... 17/18
Record types are mixed across settings: user messages, agent thoughts, tool calls with JSON
arguments, tool outputs and config or log dumps, summaries, lessons learned.

Labelling choices for borderline cases:
* SECRET: any value that works as a credential (password, PIN, MPIN, UPI or wallet PIN, OTP or
  SMS code, backup or recovery codes, TOTP seed, app-specific password, API key, OAuth client
  secret, bearer token, refresh token, JWT, session cookie, basic-auth blob, webhook URL secret
  part, signing secret, private key, connection-string password, door, gate, lockbox, locker and
  alarm codes, Wi-Fi password of a rental, ticket-transfer claim code, poll-worker activation code,
  SIM PUK, CIE PUK, .p12 password), plus personal identifiers: national ID, tax ID, social-security
  and health-insurance numbers, passports, voter-ID (título de eleitor), immigration client numbers
  (A-number, UCI), driver-licence numbers, private IBANs and account numbers, card numbers, CVV/CID.
  The value still counts as a secret when the agent decides not to use it, or when it sits in a
  lesson or a warning.
* Where a format has a check digit, the value is valid: Luhn (cards, SIN, Israeli, Saudi, UAE,
  Greek AMKA, Swedish personnummer), IBAN mod-97 (plus national BBAN keys for FR/ES/IT/BE/PT/NO/FI),
  Verhoeff (Aadhaar), mod-11 and other national algorithms (BSN, PESEL, NIR, DNI/NIE, CPF, RUT,
  CUIL, TCKN, SNILS, INN, CNP, EGN, JMBG, OIB, Steuer-ID, KVNR, Ausweisnummer, CURP, HETU,
  fødselsnummer, CPR, isikukood, TAJ, Hungarian tax id, RRN, My Number, Taiwan ID, Thai ID,
  code melli, RNOKPP, Czech birth number, TFN, Portuguese NIF, título de eleitor).
  No seed phrases are included: the stdlib has no BIP39 word list to make them checksum-valid.
  Where no public check exists (Egypt, Kenya, Nigeria, Bangladesh, Indonesia NIK, Vietnam
  CCCD, PhilSys, Georgia, Armenia, Pakistan CNIC, Fayda), the value only matches the format.
* INNOCENT, on purpose: business and organisation identifiers (VAT, SIRET, which is
  Luhn-valid, CNPJ, KvK, NIP, REGON, GSTIN, EIN, company RUT, organisation INN, Turkish VKN);
  an NGO's or association's published donation IBAN (DE, valid mod-97) and the documented example
  IBAN GB29NWBK60161331926819; the Stripe test card numbers 4242… and 4000…9995; the AWS
  documentation sample keys (…EXAMPLE); publishable or public keys (pk_live_, Mapbox pk., SSH and
  WireGuard public keys, GPG fingerprints, BTC/ETH addresses and tx hashes); object ids (Stripe
  pi_/ch_/cus_, key ids, Twilio account SID); masked values (***-**-1234, ••••1234, A-XXX-XXX-123);
  bank routing numbers and "account ending NNNN"; case, docket, police-report and application
  reference numbers; booking, order, tracking, PNR and confirmation codes; M-Pesa transaction ids;
  promo and referral codes; commit SHAs, digests, checksums, trace ids, UUIDs, base64 cursors;
  placeholders and env-var references ($TOKEN, sk_live_xxx, <read from file>); and sentences that
  use words such as password, PIN, token or code without a value. Any 13–19-digit number in an
  innocent text is made Luhn-invalid, except the SIRET and the documented test cards.
* In secret texts, the `secret` field names one credential. The same text may hold other
  sensitive or public values next to it (an account SID beside an auth token, a publishable key
  beside a secret key). For the multi-line OpenSSH private key, the `secret` field is the
  second body line, so removing only the BEGIN/END markers does not pass.
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import textwrap
import uuid
import zlib
from typing import NamedTuple

SEED = 36004
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
_COUNT = {"s": 0, "i": 0}


def T(s: str) -> str:
    return textwrap.dedent(s).strip("\n")


def S(lang: str, setting: str, text: str, secret: str) -> None:
    _COUNT["s"] += 1
    SECRETS.append(Secret(f"s{_COUNT['s']:03d}-{lang}-{setting}", text, secret))


def I(lang: str, setting: str, text: str) -> None:
    _COUNT["i"] += 1
    INNOCENT.append(Innocent(f"i{_COUNT['i']:03d}-{lang}-{setting}", text))


def J(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- random bits
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
URLS = AN + "-_"


def rs(n: int, alpha: str = AN) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def dg(n: int) -> str:
    return rs(n, DIG)


def nz(n: int) -> str:
    return R.choice("123456789") + dg(n - 1)


def hx(n: int) -> str:
    return rs(n, "0123456789abcdef")


def HX(n: int) -> str:
    return rs(n, "0123456789ABCDEF")


def b64(nbytes: int) -> str:
    return base64.b64encode(R.randbytes(nbytes)).decode()


def b64u(nbytes: int) -> str:
    return base64.urlsafe_b64encode(R.randbytes(nbytes)).decode().rstrip("=")


def ruuid() -> str:
    return str(uuid.UUID(bytes=R.randbytes(16), version=4))


def grp(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- Luhn family
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
    num = "".join(c for c in num if c.isdigit())
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix: str, length: int = 16) -> str:
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body)


def not_luhn(prefix: str, length: int) -> str:
    body = prefix + dg(length - len(prefix) - 1)
    good = int(luhn_digit(body))
    return body + str((good + R.randint(1, 9)) % 10)


def cvv(n: int = 3) -> str:
    return dg(n)


def expiry() -> str:
    return f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"


# ---------------------------------------------------------------- IBAN
def _num(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban(cc: str, bban: str) -> str:
    chk = 98 - int(_num(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return int(_num(s[4:] + s[:4])) % 97 == 1


def fib(s: str) -> str:
    return grp(s, 4, " ")


def _fr_bban() -> str:
    bank, branch, acct = dg(5), dg(5), dg(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return f"{bank}{branch}{acct}{key:02d}"


def _es_dc(s: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
    return "0" if d == 11 else "1" if d == 10 else str(d)


def _es_bban() -> str:
    bank, branch, acct = R.choice(["2100", "0049", "0182", "2038", "0081"]), dg(4), dg(10)
    return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_val(c: str, odd: bool) -> int:
    idx = int(c) if c.isdigit() else ord(c) - 65
    return _IT_ODD[idx] if odd else idx


def _it_bban() -> str:
    body = R.choice(["03069", "02008", "05034", "03111"]) + dg(5) + dg(12)
    cin = chr(65 + sum(_it_val(c, i % 2 == 0) for i, c in enumerate(body)) % 26)
    return cin + body


def _be_bban() -> str:
    first = dg(10)
    c = int(first) % 97 or 97
    return f"{first}{c:02d}"


def _pt_bban() -> str:
    b = R.choice(["0035", "0033", "0007", "0010"]) + dg(4) + dg(11)
    c = 98 - (int(b) * 100) % 97
    return f"{b}{c:02d}"


def _no_bban() -> str:
    while True:
        b = dg(10)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        c = 11 - sum(int(x) * y for x, y in zip(b, w)) % 11
        if c == 10:
            continue
        return b + ("0" if c == 11 else str(c))


def _fi_bban() -> str:
    b = dg(13)
    return b + luhn_digit(b)


def make_iban(cc: str) -> str:
    if cc == "DE":
        return iban(cc, dg(8) + dg(10))
    if cc == "FR":
        return iban(cc, _fr_bban())
    if cc == "ES":
        return iban(cc, _es_bban())
    if cc == "IT":
        return iban(cc, _it_bban())
    if cc == "BE":
        return iban(cc, _be_bban())
    if cc == "PT":
        return iban(cc, _pt_bban())
    if cc == "NO":
        return iban(cc, _no_bban())
    if cc == "FI":
        return iban(cc, _fi_bban())
    if cc == "NL":
        return iban(cc, R.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO"]) + dg(10))
    if cc == "GB":
        return iban(cc, R.choice(["NWBK", "BARC", "LOYD", "MIDL", "MONZ"]) + dg(6) + dg(8))
    if cc == "PL":
        return iban(cc, dg(24))
    if cc == "TR":
        return iban(cc, dg(5) + "0" + dg(16))
    if cc == "RO":
        return iban(cc, R.choice(["BTRL", "RNCB", "INGB", "BRDE"]) + rs(16, DIG + UP))
    if cc == "GR":
        return iban(cc, dg(3) + dg(4) + dg(16))
    if cc == "SA":
        return iban(cc, dg(2) + dg(18))
    if cc == "AE":
        return iban(cc, dg(3) + dg(16))
    if cc == "UA":
        return iban(cc, dg(6) + dg(19))
    if cc == "SE":
        return iban(cc, dg(3) + dg(17))
    if cc == "DK":
        return iban(cc, dg(4) + dg(10))
    if cc == "CZ":
        return iban(cc, dg(4) + dg(6) + dg(10))
    if cc == "HU":
        return iban(cc, dg(24))
    if cc == "EE":
        return iban(cc, dg(2) + dg(14))
    if cc == "IL":
        return iban(cc, dg(3) + dg(3) + dg(13))
    if cc == "GE":
        return iban(cc, R.choice(["TB", "BG"]) + dg(16))
    if cc == "PK":
        return iban(cc, R.choice(["HABB", "MEZN", "UNIL"]) + dg(16))
    if cc == "EG":
        return iban(cc, dg(4) + dg(4) + dg(17))
    if cc == "BG":
        return iban(cc, R.choice(["BNBG", "UNCR", "FINV"]) + dg(4) + dg(2) + rs(8, DIG))
    if cc == "RS":
        return iban(cc, dg(18))
    if cc == "HR":
        return iban(cc, dg(7) + dg(10))
    if cc == "AT":
        return iban(cc, dg(5) + dg(11))
    if cc == "CH":
        return iban(cc, dg(5) + dg(12))
    raise ValueError(cc)


# ---------------------------------------------------------------- national ids
def es_dni() -> str:
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def es_nie() -> str:
    p = R.choice("XYZ")
    n = int(str("XYZ".index(p)) + dg(7))
    return f"{p}{str(n)[-7:].zfill(7)}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def fr_nir() -> str:
    body = f"{R.choice('12')}{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body}{key:02d}"


def fmt_nir(n: str) -> str:
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


def pl_pesel() -> str:
    yy, mm, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    body = f"{yy:02d}{mm:02d}{dd:02d}{dg(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def nl_bsn() -> str:
    while True:
        b = nz(8)
        s = sum(int(d) * w for d, w in zip(b, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return b + str(c)


def se_pnr() -> str:
    body = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def no_fnr() -> str:
    while True:
        b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}{dg(3)}"
        d = [int(x) for x in b]
        k1 = 11 - sum(a * w for a, w in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * w for a, w in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k1) + str(k2)


def fi_hetu() -> str:
    dmy = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}"
    ind = f"{R.randint(2, 899):03d}"
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(dmy + ind) % 31]
    return f"{dmy}-{ind}{c}"


def dk_cpr() -> str:
    while True:
        b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}{dg(4)}"
        if sum(int(a) * w for a, w in zip(b, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
            return f"{b[:6]}-{b[6:]}"


def ee_isikukood() -> str:
    while True:
        b = f"{R.choice('3456')}{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
        d = [int(x) for x in b]
        c = sum(a * w for a, w in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
        if c == 10:
            c = sum(a * w for a, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
            if c == 10:
                c = 0
        return b + str(c)


def ro_cnp() -> str:
    b = f"{R.choice('12')}{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 46):02d}{dg(3)}"
    c = sum(int(a) * int(w) for a, w in zip(b, "279146358279")) % 11
    return b + ("1" if c == 10 else str(c))


def bg_egn() -> str:
    b = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    c = sum(int(a) * w for a, w in zip(b, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return b + ("0" if c == 10 else str(c))


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
    while True:
        ds = R.sample(range(10), 9)
        lst = ds[:]
        lst.insert(R.randrange(1, 10), R.choice(ds))
        if lst[0] == 0:
            continue
        body = "".join(map(str, lst))
        return body + mod11_10(body)


def hr_oib() -> str:
    b = nz(10)
    return b + mod11_10(b)


def de_kvnr() -> str:
    letter = R.choice(UP)
    digits8 = dg(8)
    full = f"{ord(letter) - 64:02d}{digits8}"
    total = 0
    for i, ch in enumerate(full):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        total += v // 10 + v % 10
    return f"{letter}{digits8}{total % 10}"


def it_cf() -> str:
    months = "ABCDEHLMPRST"
    cons = "BCDFGHJKLMNPQRSTVZ"
    body = rs(3, cons) + rs(3, cons) + f"{R.randint(50, 99):02d}" + R.choice(months)
    day = R.randint(1, 28) + R.choice([0, 40])
    body += f"{day:02d}" + R.choice("ABCDEFGHLMF") + f"{R.randint(1, 999):03d}"
    s = sum(_it_val(c, i % 2 == 0) for i, c in enumerate(body))
    return body + chr(65 + s % 26)


def br_cpf() -> str:
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(a * w for a, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def br_cnpj() -> str:
    d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def cl_rut(lo: int = 8_000_000, hi: int = 24_000_000) -> str:
    n = R.randint(lo, hi)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    c = 11 - s % 11
    dv = "0" if c == 11 else "K" if c == 10 else str(c)
    return f"{n:,}".replace(",", ".") + "-" + dv


def ar_cuil(prefix: str = "20") -> str:
    while True:
        b = prefix + dg(8)
        s = sum(int(a) * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        return f"{b[:2]}-{b[2:]}-{c}"


def tr_tckn() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tr_vkn() -> str:
    """Turkish company tax number (VKN), 10 digits with check."""
    d = [R.randint(0, 9) for _ in range(9)]
    total = 0
    for i, x in enumerate(d):
        t = (x + 9 - i) % 10
        if t != 0:
            t = (t * 2 ** (9 - i)) % 9
            if t == 0:
                t = 9
        total += t
    c = (10 - total % 10) % 10
    return "".join(map(str, d)) + str(c)


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


def in_aadhaar() -> str:
    b = R.choice("23456789") + dg(10)
    c = 0
    for i, ch in enumerate(reversed(b)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return b + str(_VINV[c])


def in_pan() -> str:
    return rs(3, UP) + "P" + R.choice(UP) + dg(4) + R.choice(UP)


def cn_rid() -> str:
    area = R.choice(["110105", "310104", "440305", "510107", "330106", "420111"])
    b = f"{area}{R.randint(1970, 2003)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(a) * x for a, x in zip(b, w)) % 11]


def kr_rrn() -> str:
    b = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.choice('12')}{dg(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    return f"{b[:6]}-{b[6:]}{c}"


def jp_mynumber() -> str:
    b = dg(11)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return b + ("0" if r <= 1 else str(11 - r))


_TW = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35, P=23,
           Q=24, R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def tw_id() -> str:
    L = R.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO")
    b = R.choice("12") + dg(7)
    v = _TW[L]
    s = v // 10 + (v % 10) * 9 + sum(int(a) * w for a, w in zip(b, [8, 7, 6, 5, 4, 3, 2, 1]))
    return f"{L}{b}{(10 - s % 10) % 10}"


def il_tz() -> str:
    b = dg(8)
    return b + luhn_digit(b)


def ca_sin() -> str:
    b = R.choice("1234567") + dg(7)
    return b + luhn_digit(b)


def gr_amka() -> str:
    b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}{dg(4)}"
    return b + luhn_digit(b)


def th_id() -> str:
    b = R.choice("1358") + dg(11)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(b)) % 11) % 10
    s = b + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def sa_id(first: str = "1") -> str:
    b = first + dg(8)
    return b + luhn_digit(b)


def ae_eid() -> str:
    b = "784" + str(R.randint(1970, 2002)) + dg(7)
    s = b + luhn_digit(b)
    return f"{s[:3]}-{s[3:7]}-{s[7:14]}-{s[14]}"


def ir_melli() -> str:
    b = dg(9)
    r = sum(int(a) * (10 - i) for i, a in enumerate(b)) % 11
    return b + str(r if r < 2 else 11 - r)


def ua_rnokpp() -> str:
    b = nz(9)
    s = sum(int(a) * w for a, w in zip(b, [-1, 5, 7, 9, 4, 6, 10, 5, 7]))
    return b + str((s % 11) % 10)


def ru_snils() -> str:
    while True:
        b = dg(9)
        if int(b) <= 1001998:
            continue
        s = sum(int(a) * (9 - i) for i, a in enumerate(b))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            c = 0 if c == 100 else c
        return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def ru_inn12() -> str:
    d = [int(x) for x in nz(10)]
    n11 = sum(a * w for a, w in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    d.append(n11)
    n12 = sum(a * w for a, w in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    d.append(n12)
    return "".join(map(str, d))


def ru_inn10() -> str:
    """Organisation INN (public, 10 digits)."""
    d = [int(x) for x in nz(9)]
    c = sum(a * w for a, w in zip(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    return "".join(map(str, d)) + str(c)


def cz_rc() -> str:
    while True:
        b = f"{R.randint(60, 99):02d}{R.randint(1, 12) + R.choice([0, 50]):02d}{R.randint(1, 28):02d}{dg(3)}"
        c = int(b) % 11
        if c == 10:
            continue
        return f"{b[:6]}/{b[6:]}{c}"


def hu_taj() -> str:
    b = dg(8)
    c = sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(b)) % 10
    s = b + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def hu_adoazonosito() -> str:
    while True:
        b = "8" + dg(8)
        c = sum(int(a) * (i + 1) for i, a in enumerate(b)) % 11
        if c == 10:
            continue
        return b + str(c)


def pt_nif(first: str = "2") -> str:
    b = first + dg(7)
    c = 11 - sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
    return b + ("0" if c >= 10 else str(c))


def rs_jmbg() -> str:
    while True:
        b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(960, 999):03d}7{R.randint(0, 9)}{dg(3)}"
        s = sum(int(a) * w for a, w in zip(b, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        m = 11 - s % 11
        if m == 10:
            continue
        return b + ("0" if m == 11 else str(m))


def mx_curp() -> str:
    alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    b = (R.choice("BCGHLMPRS") + R.choice("AEIOU") + rs(2, "ABCDEFGHIJLMNOPRSTVZ")
         + f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
         + R.choice("HM") + R.choice(["DF", "JC", "NL", "PL", "VZ", "MC", "GT", "OC"])
         + rs(3, "BCDFGHJKLMNPRSTVZ") + R.choice(DIG))
    s = sum(alpha.index(c) * (18 - i) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def us_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def us_itin() -> str:
    return f"9{dg(2)}-{R.choice(['70', '71', '78', '83', '88', '94'])}-{R.randint(1, 9999):04d}"


def uk_nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p in ("GB", "NK", "TN", "ZZ", "BG", "KN"):
            continue
        return f"{p} {dg(2)} {dg(2)} {dg(2)} {R.choice('ABCD')}"


def au_tfn() -> str:
    while True:
        b = nz(8)
        w = [1, 4, 3, 7, 5, 8, 6, 9]
        s = sum(int(a) * x for a, x in zip(b, w))
        for last in range(10):
            if (s + last * 10) % 11 == 0:
                t = b + str(last)
                return f"{t[:3]} {t[3:6]} {t[6:]}"


def us_mbi() -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + DIG
    s = (R.choice("123456789") + R.choice(L) + R.choice(A) + R.choice(DIG) + R.choice(L) + R.choice(A)
         + R.choice(DIG) + R.choice(L) + R.choice(L) + R.choice(DIG) + R.choice(DIG))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def vin() -> str:
    tr = {**{str(i): i for i in range(10)}, **dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4,
                                                    N=5, P=7, R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9)}
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "JTD", "WVW", "5YJ", "KMH", "3FA"]) + rs(5, al) + "0" + R.choice("LMNPRS") + rs(7, al))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    c = sum(tr[ch] * x for ch, x in zip(v, w)) % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def fr_siret() -> str:
    siren = dg(8)
    siren += luhn_digit(siren)
    nic = dg(4)
    return siren + nic + luhn_digit(siren + nic)


def it_piva() -> str:
    b = dg(10)
    return b + luhn_digit(b)


def pl_nip() -> str:
    while True:
        b = nz(9)
        c = sum(int(a) * w for a, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c == 10:
            continue
        s = b + str(c)
        return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def aba() -> str:
    b = R.choice(["0", "1", "2", "3"]) + dg(7)
    s = sum(int(a) * w for a, w in zip(b, [3, 7, 1, 3, 7, 1, 3, 7]))
    return b + str((10 - s % 10) % 10)


def gh_pat() -> str:
    body = rs(30, B62)
    crc = zlib.crc32(body.encode())
    enc = ""
    while crc:
        crc, r = divmod(crc, 62)
        enc = B62[r] + enc
    return "ghp_" + body + enc.rjust(6, "0")


def jwt(payload: dict) -> str:
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{p}.{b64u(32)}"


def b32(n: int) -> str:
    return rs(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_key() -> tuple[str, str]:
    return "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), rs(40, AN + "+/")


def slack_hook() -> tuple[str, str]:
    sec = rs(24)
    return f"https://hooks.slack.com/services/T{rs(10, UP + DIG)}/B{rs(10, UP + DIG)}/{sec}", sec


def discord_hook() -> tuple[str, str]:
    sec = rs(68, URLS)
    return f"https://discord.com/api/webhooks/{nz(19)}/{sec}", sec


def tg_bot() -> str:
    return f"{nz(10)}:AA{rs(33, URLS)}"


def google_key() -> str:
    return "AIza" + rs(35, URLS)


def openssh_ed25519() -> tuple[str, str]:
    blob = base64.b64encode(b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01" + R.randbytes(300)).decode()
    lines = [blob[i:i + 70] for i in range(0, len(blob), 70)]
    pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
    return pem, lines[1]


def ssh_pub(comment: str) -> str:
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + R.randbytes(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def phone(cc: str) -> str:
    return {
        "us": f"({nz(3)}) {dg(3)}-{dg(4)}",
        "de": f"+49 30 {dg(4)} {dg(4)}",
        "fr": f"01 {dg(2)} {dg(2)} {dg(2)} {dg(2)}",
        "br": f"(11) 9{dg(4)}-{dg(4)}",
        "in": f"+91 {R.choice('6789')}{dg(4)} {dg(5)}",
    }[cc]


# =====================================================================================
# ENGLISH — secrets
# =====================================================================================
_codes = [f"{dg(4)} {dg(4)}" for _ in range(5)]
S("en", "gov", "\n".join([
    "user: ok I finally got into the benefits portal. They made me save backup codes, pasting here so you",
    "keep them somewhere safe for me:", *_codes, "(I already used the first one today)"]), _codes[2])

_ssn = us_ssn()
S("en", "gov", "tool_call submit_snap_application " + J({
    "applicant": {"first_name": "Denise", "last_name": "Okafor", "dob": "1987-03-14", "ssn": _ssn},
    "household_size": 3, "monthly_income_usd": 1840, "county": "Franklin"}), _ssn)

_itin = us_itin()
S("en", "gov", T(f"""
    Thought: The tax clinic form keeps rejecting the filer ID. He doesn't have an SSN, he has an ITIN:
    {_itin}. Field 'taxpayer_id' expects dashes removed -> {_itin.replace('-', '')}. Retry with that.
"""), _itin.replace("-", ""))

_mbi = us_mbi()
S("en", "gov", T(f"""
    Summary of call with Mr. Haskins (Medicare Savings Program renewal):
    - confirmed address unchanged, still at the senior apartments on Pike St
    - new card arrived, Medicare number is {_mbi}
    - needs help with Part D plan comparison next week
"""), _mbi)

_nino = uk_nino()
S("en", "gov", T(f"""
    user: universal credit journal keeps asking me to 'verify NI number'. it's {_nino.lower().replace(' ', '')}
    i typed it exactly like that and it said invalid?? is it the lowercase
"""), _nino.lower().replace(" ", ""))

_sin = ca_sin()
S("en", "gov", T(f"""
    [tool_output] service_canada.lookup_status
    status: PENDING_REVIEW
    claimant_sin: {_sin[:3]} {_sin[3:6]} {_sin[6:]}
    benefit: EI regular
    next_report_due: 2026-12-18
"""), f"{_sin[:3]} {_sin[3:6]} {_sin[6:]}")

_tfn = au_tfn()
S("en", "gov", T(f"""
    Lesson learned: myGov linking to the ATO fails if the TFN has spaces in a copy-paste from a PDF
    (non-breaking spaces). For Priya I retyped it manually as {_tfn.replace(' ', '')} and linking worked.
"""), _tfn.replace(" ", ""))

_pw = "Brambl3-Ferry!" + dg(2)
S("en", "court", T(f"""
    user: can you pull the docket for my eviction case from the court e-filing site? login is
    tenantmaria84 and the password is {_pw}
    the hearing is supposedly on the 19th but I want to see if they moved it
"""), _pw)

_k = rs(40, string.ascii_lowercase + DIG)
S("en", "court", "tool_call http_request " + J({
    "method": "GET", "url": "https://records.cityofmarlow.gov/api/v2/incident-reports?case=24-018833",
    "headers": {"X-API-Key": _k, "Accept": "application/json"}}), _k)

_pp = R.choice("ACEHJ") + dg(8)
S("en", "immig", T(f"""
    Filling DS-160 section 'Passport Information' for the client:
      Passport/Travel Document Number: {_pp}
      Issuance: Lagos, 2023-06-02  Expiry: 2033-06-01
    Note: she asked whether to list the old passport too — yes, under 'previous'.
"""), _pp)

_anum = "A" + dg(9)
S("en", "immig", T(f"""
    Thought: The EOIR automated case status needs the 9-digit A-number. Client gave {_anum[0]}-{_anum[1:4]}-{_anum[4:7]}-{_anum[7:]}.
    The phone system wants digits only, so I'll pass {_anum[1:]}.
"""), _anum[1:])

_kobo = hx(40)
S("en", "ngo", T(f"""
    # field-sync.ini (copied from the shared laptop, Cox's Bazar office)
    [kobo]
    server = https://kf.kobotoolbox.org
    token = {_kobo}
    asset_uid = aJ8mQxWnZ3rT5kLp9bV2cF
"""), _kobo)

_puk = dg(8)
S("en", "ngo", T(f"""
    user: the Thuraya sat phone for the convoy is locked again after Ahmed tried the PIN 3 times.
    PUK from the SIM card holder is {_puk}. Can you walk the driver through unlocking it over the radio?
"""), _puk)

_odk_user, _odk_pw = "enum-team-07", rs(4, LO) + "-" + rs(4, LO) + "-" + dg(3)
_basic = base64.b64encode(f"{_odk_user}:{_odk_pw}".encode()).decode()
S("en", "ngo", T(f"""
    $ curl -s -H "Authorization: Basic {_basic}" \\
        https://odk.reliefnet.org/v1/projects/4/forms/hh_survey_v3/submissions.csv -o subs.csv
    HTTP 200, 1,204 rows
"""), _basic)

_mc = hx(32) + "-us21"
S("en", "ngo", T(f"""
    Summary: Newsletter for the winter appeal is scheduled. Mailchimp integration used key {_mc}
    (audience 'Donors 2026'). TODO: ask Hannah to rotate it, it was pasted in the Slack #general channel.
"""), _mc)

_dl = R.choice(UP) + dg(7)
S("en", "civic", T(f"""
    user: registering to vote online, it asks for CA driver license or ID number. mine is {_dl}, last 4 of
    social I'll type myself. will this make me show ID at the polls?
"""), _dl)

_gk = google_key()
S("en", "civic", T(f"""
    <script>
      // pothole reporter – municipal 311 map
      const MAPS_KEY = "{_gk}";
      loadMaps(MAPS_KEY, {{ libraries: ["places"] }});
    </script>
"""), _gk)

_sh, _shs = slack_hook()
S("en", "civic", "tool_call notify " + J({
    "channel": "election-night-desk", "webhook_url": _sh,
    "text": "Precinct 14 results uploaded, 96% reporting"}), _shs)

_otp = dg(4)
S("en", "ride", T(f"""
    user: forwarding the SMS:
    "[Uber] Your Uber code: {_otp}. Never share this code. Reply STOP ENDUSER to unsubscribe."
    can you finish logging into the driver app on the laptop for me
"""), _otp)

_acct = dg(R.choice([10, 11, 12]))
S("en", "ride", "tool_call update_payout_method " + J({
    "platform": "dasher", "routing_number": "021000021", "account_number": _acct,
    "account_type": "checking", "holder": "Luis F. Romero"}), _acct)

_tw = hx(32)
S("en", "ride", T(f"""
    Thought: The dispatcher's SMS fallback fails with 20003 Authenticate. In the env dump I see
    TWILIO_ACCOUNT_SID=AC{hx(32)} and TWILIO_AUTH_TOKEN={_tw}. The token was regenerated last
    week per the owner, so this one is stale — ask for the new one instead of reusing this.
"""), _tw)

_locker = dg(6)
S("en", "ride", T(f"""
    [tool_output] amazon_hub.pickup_info
    Locker: "Hazel" @ Kroger, 4021 Main St — open 6am-11pm
    Pickup code: {_locker}
    Expires in 3 days
"""), _locker)

_gate = dg(4)
S("en", "ride", T(f"""
    Delivery note saved for customer #88213:
    "Leave at the side door, NOT the front. Gate code is {_gate}# — if it beeps twice, hit # again. Dog is friendly."
"""), _gate)

_cs = "GOCSPX-" + rs(28, URLS)
S("en", "free", T(f"""
    user: client gave me this for the Google login on their freelancer dashboard, is it safe to put in the frontend?
    client_id: {nz(12)}-{rs(32, LO + DIG)}.apps.googleusercontent.com
    client_secret: {_cs}
"""), _cs)

_pcard, _pcvv = card("5" + R.choice("12345")), cvv()
S("en", "free", T(f"""
    user: Payoneer card details for paying the Upwork membership fee:
    {grp(_pcard)}  exp {expiry()}  cvc {_pcvv}
    name on card: AMINA YUSUF
"""), grp(_pcard))

_ppsec = "E" + rs(79, URLS)
S("en", "free", "tool_call paypal.create_access_token " + J({
    "client_id": "A" + rs(79, URLS), "client_secret": _ppsec, "environment": "live"}), _ppsec)

_sk = "sk_live_51" + rs(97, AN)
S("en", "free", T(f"""
    # invoice-bot/.env   (freelance bookkeeping side project)
    STRIPE_PUBLISHABLE_KEY=pk_live_51{rs(97, AN)}
    STRIPE_SECRET_KEY={_sk}
    INVOICE_FROM="Harbor Lane Design LLC"
"""), _sk)

_ghp = gh_pat()
S("en", "free", T(f"""
    Client (Fiverr order FO8B21C4D3E) sent repo access via token instead of inviting me:
    git clone https://{_ghp}@github.com/brightcart-co/storefront.git
    Cloned fine. Reminder for summary: recommend they revoke it and add me as collaborator.
"""), _ghp)

_lb = dg(4)
S("en", "rent", T(f"""
    Check-in instructions drafted for guest (Reservation for Dec 19-22):
    Park in spot #2. The lockbox is on the railing left of the door, code {_lb}. Keys go back in the box at checkout.
    Quiet hours after 10pm please!
"""), _lb)

_wifi = R.choice(["sunflower", "bluebird", "driftwood", "pinecone"]) + dg(4) + R.choice("!?#")
S("en", "rent", T(f"""
    host: ugh guest says wifi isn't working. network "TheNest_Guest" pw {_wifi}
    can you reply to them with that and tell them to restart the router in the hall closet if it still fails
"""), _wifi)

_nuki = hx(64)
S("en", "rent", "tool_call smartlock.create_guest_code " + J({
    "api_base": "https://api.nuki.io", "authorization": f"Bearer {_nuki}",
    "smartlock_id": int(nz(9)), "name": "Guest Kowalski", "allowedFrom": "2026-12-19T15:00:00Z",
    "allowedUntil": "2026-12-22T11:00:00Z"}), _nuki)

_gpp = R.choice(UP) + dg(8)
S("en", "rent", T(f"""
    Guest registration (Lisbon listing, SEF/AIMA form) — submitted:
      Name: Oliver Brandt   Nationality: DEU
      Document: passport {_gpp}
      Arrival 2026-12-19, departure 2026-12-22
"""), _gpp)

_ical = hx(32)
S("en", "rent", T(f"""
    Lesson: Airbnb's calendar export link is effectively a password — anyone with it can read every booking.
    The one we pasted into the cleaning-crew sheet was
    https://www.airbnb.com/calendar/ical/{nz(8)}.ics?s={_ical}
    Reset it from Availability > Sync calendars and only share the cleaner view.
"""), _ical)

_sess = rs(32, LO + DIG)
S("en", "social", T(f"""
    user: the dating app web version logs me out every 5 min. devtools shows
    Cookie: _ga=GA1.2.{nz(9)}.{nz(10)}; sessionid={_sess}; csrftoken={rs(32)}
    can you use that to check my matches page
"""), _sess)

_ig = "EAA" + rs(180, AN)
S("en", "social", "tool_call instagram.publish " + J({
    "ig_user_id": nz(17), "access_token": _ig, "image_url": "https://cdn.runclub.app/posts/sunday-10k.jpg",
    "caption": "Sunday 10k done ✅ see you next week"}), _ig)

_disc = base64.b64encode(nz(18).encode()).decode().rstrip("=") + "." + rs(6, URLS) + "." + rs(38, URLS)
S("en", "social", T(f"""
    Thought: Bot for the neighborhood mutual-aid Discord won't start: "Improper token has been passed".
    config.json has "token": "{_disc}" — that looks complete. Probably
    the privileged intents toggle; check the developer portal before touching the token.
"""), _disc)

_pet = R.choice(["Biscuit", "Mr. Whiskers", "Pickles", "Lady Bug"])
S("en", "social", T(f"""
    user: locked out of my old account. security question is "name of your first pet" — it was {_pet}
    (with the dot if it asks). also try my old email.
"""), _pet)

_strava = hx(40)
S("en", "fit", T(f"""
    [tool_output] strava.oauth.token
    {{"token_type":"Bearer","expires_at":{1796000000 + R.randint(0, 9999999)},"expires_in":21600,
     "refresh_token":"{_strava}","access_token":"{hx(40)}",
     "athlete":{{"id":{nz(8)},"username":"kmiller_runs"}}}}
"""), _strava)

_gpw = R.choice(["Ultra", "Trail", "Sprint"]) + R.choice(["Wolf", "Otter", "Hawk"]) + dg(4) + "$"
S("en", "fit", T(f"""
    user: my garmin connect login is coach.dani@fastmail.com / {_gpw}
    export the last 6 weeks of my runs as .fit files pls, I'm switching coaches
"""), _gpw)

_comb = f"{R.randint(1, 39)}-{R.randint(1, 39)}-{R.randint(1, 39)}"
S("en", "fit", T(f"""
    Note to self (user request): remember gym locker #212 combination {_comb} — he forgets it every Monday.
"""), _comb)

_pjwt = jwt({"sub": nz(7), "role": "member", "exp": 1797000000})
S("en", "fit", T(f"""
    $ curl 'https://api.pulsefit.io/v3/members/me/classes?week=49' \\
        -H 'authorization: Bearer {_pjwt}'
    {{"classes":[{{"id":"cls_9921","name":"Spin 45","slot":"Tue 06:30"}}]}}
"""), _pjwt)

_claim = rs(4, UP + DIG) + "-" + rs(4, UP + DIG) + "-" + rs(4, UP + DIG)
S("en", "tix", T(f"""
    user: my friend transferred me 2 tix for the Khruangbin show and the email says to accept with this
    code: {_claim}. I'm on my phone, can you accept it on the site for me?
"""), _claim)

_eb = rs(20, UP + DIG)
S("en", "tix", "tool_call eventbrite.list_attendees " + J({
    "event_id": nz(12), "private_token": _eb, "status": "attending", "page": 2}), _eb)

_wh = "whsec_" + rs(32, AN)
S("en", "tix", T(f"""
    Summary (ticketing backend): webhook signature failures were because staging used the live
    endpoint secret. Set STRIPE_WEBHOOK_SECRET={_wh} on staging → now
    using the staging one from the dashboard; live secret should be rotated since it was in the PR diff.
"""), _wh)

_tcard = card("4", 16)
S("en", "tix", T(f"""
    user: buy the 2 GA passes with my visa {_tcard} exp {expiry()} — cvv on back I'll give when it asks
"""), _tcard)

_cv = cvv(4)
S("en", "tix", T(f"""
    Thought: Checkout iframe is asking for the 4-digit CID since it's an Amex. User's earlier message:
    "the security code is {_cv}, the one on the front". Entering it in the 'cvc' field only, not logging it.
"""), _cv)

_seed = b32(32)
S("en", "gov", T(f"""
    Saved the authenticator setup for the state unemployment portal (user asked me to keep a copy):
    otpauth://totp/DESbenefits:jlarkin?secret={_seed}&issuer=DESbenefits&digits=6
"""), _seed)

_jpin = dg(6)
S("en", "court", T(f"""
    user: got my jury summons. Juror participant number 41188207, PIN {_jpin}. need to request a
    postponement because of my surgery, can you fill it out on eJuror
"""), _jpin)

_upw = R.choice(["Harvest", "Cobalt", "Lantern"]) + "_" + R.choice(["moon", "river", "stone"]) + dg(3) + "!"
S("en", "immig", T(f"""
    user: my USCIS account password is {_upw} — my sister will log in to check if the biometrics
    notice came. do NOT change it please
"""), _upw)

_ak, _sak = aws_key()
S("en", "ngo", T(f"""
    [aws]
    aws_access_key_id = {_ak}
    aws_secret_access_key = {_sak}
    region = eu-west-1
    # bucket: msf-style-field-photos (do not make public)
"""), _sak)

_sg = "SG." + rs(22, URLS) + "." + rs(43, URLS)
S("en", "civic", T(f"""
    Thought: 311 confirmation emails bounced. The mailer in the city's repo has
    sendgrid_api_key: "{_sg}"
    hardcoded in settings/prod.py. Flag this in the report; moving it to the secrets manager is their call.
"""), _sg)

_tg = tg_bot()
S("en", "ride", T(f"""
    user: our courier group uses a telegram bot to post new orders. token is {_tg}
    make it also post when an order is cancelled
"""), _tg)

_mb = "sk.eyJ1IjoiZmxlZXRvcHMiLCJhIjoi" + rs(20, AN) + "In0." + rs(22, URLS)
S("en", "ride", T(f"""
    # routing-service config.yaml
    mapbox:
      public_token: pk.eyJ1IjoiZmxlZXRvcHMiLCJhIjoiY2x4MmQ0In0.PLh7mQZ9vC3xW
      secret_token: {_mb}   # needed for the Directions Matrix batch endpoint
"""), _mb)

_oai = "sk-proj-" + rs(48, URLS) + "T3BlbkFJ" + rs(48, URLS)
S("en", "free", T(f"""
    user: for the chatbot gig, client's key is {_oai}
    budget cap is $50/month so don't go crazy with gpt-4 calls
"""), _oai)

_pem, _pemline = openssh_ed25519()
S("en", "free", "user: here's the deploy key for the client's VPS, put it in ~/.ssh/client_vps and chmod 600\n" + _pem, _pemline)

_hw = hx(64)
S("en", "rent", "tool_call hostaway.auth " + J({
    "grant_type": "client_credentials", "client_id": nz(5), "client_secret": _hw, "scope": "general"}), _hw)

_rc = [f"{rs(5, LO + DIG)}-{rs(5, LO + DIG)}" for _ in range(8)]
S("en", "social", T(f"""
    user: these are my recovery codes for the community forum admin account:
    {_rc[0]}  {_rc[1]}
    {_rc[2]}  {_rc[3]}
    {_rc[4]}  {_rc[5]}
    {_rc[6]}  {_rc[7]}
"""), _rc[5])

_asp = "-".join(rs(4, LO) for _ in range(4))
S("en", "fit", T(f"""
    Thought: The running-club calendar sync needs an app-specific password for iCloud CalDAV, not her
    Apple ID password. She generated one: {_asp}. Use it only in the CalDAV connector config.
"""), _asp)

_pgpw = rs(16, AN)
S("en", "tix", T(f"""
    Box office reporting job failed overnight:
      psycopg2.OperationalError: connection to server at "10.20.1.14", port 5432 failed
      DSN used: postgresql://boxoffice_ro:{_pgpw}@10.20.1.14:5432/tickets?sslmode=require
    Root cause: pg_hba.conf change on the replica, not credentials.
"""), _pgpw)

_ippin = dg(6)
S("en", "gov", T(f"""
    user: IRS mailed me a CP01A with my Identity Protection PIN for this filing season: {_ippin}
    use it when you e-file my 1040 tonight
"""), _ippin)

_cs2 = rs(40, LO + DIG)
S("en", "court", "tool_call evidence_portal.oauth_token " + J({
    "token_url": "https://agency.evidence-cloud.example/oauth/token", "client_id": "dept-records-sync",
    "client_secret": _cs2, "grant_type": "client_credentials"}), _cs2)

_uci = dg(4) + "-" + dg(4)
S("en", "immig", T(f"""
    Summary: Reviewed the IRCC letter for the Haddad family. Principal applicant's UCI is {_uci}
    (also on the biometrics instruction letter). Deadline to give biometrics: Jan 12.
"""), _uci)

_mpin = dg(4)
S("en", "ngo", T(f"""
    Field note (cash transfer pilot, Turkana): beneficiary #T-0412 could not withdraw. She told the agent
    her M-Pesa PIN is {_mpin} and asked him to do it — agent refused, correct per protocol. Escalated to
    Safaricom shop for PIN reset.
"""), _mpin)

_upwd = "pw:" + rs(10, AN)
S("en", "civic", T(f"""
    user: water bill autopay broke again. acct on the city utility site = 00418-22913, {_upwd}
    just re-add my card, the old one expired
"""), _upwd[3:])

_redis = rs(32, AN)
S("en", "ride", T(f"""
    [tool_output] kubectl get secret dispatch-env -o jsonpath='{{.data.REDIS_URL}}' | base64 -d
    redis://default:{_redis}@redis-dispatch.internal:6379/2
"""), _redis)

_wise = ruuid()
S("en", "free", T(f"""
    Thought: The freelancer wants monthly payouts to her Wise balance. Wise personal API tokens are UUID-shaped —
    the one she sent is {_wise}. Store it in the vault entry 'wise-api' and never echo it back.
"""), _wise)

_door = dg(4)
S("en", "rent", T(f"""
    Summary for co-host: Unit 3B keypad reset after the battery died. New door code {_door} then the ✓ button.
    Old code deleted. Cleaners have their own code (unchanged).
"""), _door)

_xoxb = f"xoxb-{nz(12)}-{nz(13)}-{rs(24)}"
S("en", "social", T(f"""
    user: the slack bot for our tenants' union workspace stopped posting. SLACK_BOT_TOKEN={_xoxb}
    can you check if it's revoked
"""), _xoxb)

_fcm = "AAAA" + rs(7, AN) + ":APA91b" + rs(134, URLS)
S("en", "fit", "tool_call push.send_legacy " + J({
    "endpoint": "https://fcm.googleapis.com/fcm/send", "server_key": _fcm,
    "to": "/topics/hiit-reminders", "notification": {"title": "Class in 30 min", "body": "HIIT @ 18:00"}}), _fcm)

_tixjwt = jwt({"org": "stagehouse", "scope": "scan:write", "exp": 1798000000})
S("en", "tix", T(f"""
    Lesson: door-scanner tablets authenticate with a long-lived JWT, and ours ended up in the
    venue's shared Google Doc: {_tixjwt}
    Rotated? Not yet — logged ticket OPS-2281.
"""), _tixjwt)

_azk = base64.b64encode(R.randbytes(64)).decode()
S("en", "gov", T(f"""
    [appsettings.Production.json]
    "DocumentUploads": {{
      "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=benefitsdocsprod;AccountKey={_azk};EndpointSuffix=core.windows.net",
      "Container": "verifications"
    }}
"""), _azk)

_mcd = R.choice(UP) + R.choice(UP) + dg(5) + R.choice(UP)
S("en", "court", T(f"""
    Legal aid intake (housing court): tenant has Medicaid, client ID {_mcd}; qualifies for fee waiver.
    Next step: upload the award letter with the ID visible for the clerk.
"""), _mcd)


# =====================================================================================
# ENGLISH — innocents
# =====================================================================================
I("en", "gov", T(f"""
    Your application has been received. Reference number: BEN-2026-{dg(7)}.
    Please keep this number for your records. Questions? Call {phone('us')} (Mon-Fri 8am-5pm).
"""))

I("en", "gov", T(f"""
    [tool_output] ssa.my_account.summary
    name: R. DELGADO   ssn: ***-**-{dg(4)}   benefit: SSI
    next payment: 2027-01-01   amount: $967.00
"""))

_pdf = hashlib.sha256(R.randbytes(64)).hexdigest()
I("en", "gov", "tool_call upload_document " + J({
    "application_id": ruuid(), "doc_type": "proof_of_residency", "filename": "lease_2026.pdf",
    "size_bytes": 482113, "sha256": _pdf}))

I("en", "gov", T("""
    Lesson: When the form asks for the SSN in the example format "123-45-6789", that is just the
    placeholder printed in the field. The SSA-827 (OMB No. 0960-0623) authorization still needs the
    client's real number, which the client types in themselves during the session.
"""))

I("en", "court", T(f"""
    Docket pulled for Case No. 3:26-cv-0{dg(4)}-JD (N.D. Cal.):
      #14  2026-11-02  ORDER granting stipulation to extend time
      #15  2026-11-20  NOTICE of appearance
      #16  2026-12-01  MOTION to compel, hearing set 2027-01-08 09:00
"""))

I("en", "court", T(f"""
    user: police gave me a report number for the break-in, it's RD# JF-{dg(6)}. insurance wants it along
    with the date (Nov 28) and the officer's star number 1{dg(4)}. what else do they usually need?
"""))

I("en", "court", T("""
    Thought: She can't get into PACER. Don't ask her for the password — send her to the "Forgot Password?"
    link on the PACER login page; the reset email comes from pacer@psc.uscourts.gov.
"""))

I("en", "immig", T(f"""
    Summary: I-765 filing fee is $520 online / $470 paper for this category (fee schedule G-1055,
    edition 04/01/24). Form edition on the client's PDF is 01/20/25 — accepted. Mailing to the
    Phoenix lockbox, tracking via USPS {dg(4)} {dg(4)} {dg(4)} {dg(4)} {dg(4)} {dg(2)}.
"""))

I("en", "immig", T(f"""
    Flight booked for the resettlement case (IOM travel loan): PNR {rs(6, UP + DIG)}, ticket
    {(_tkt := not_luhn('0', 13))[:3]}-{_tkt[3:]}, NBO → AMS → ORD, departs 2027-01-14 23:55.
"""))

_btc = "bc1q" + rs(38, "023456789acdefghjklmnpqrstuvwxyz")
I("en", "ngo", T(f"""
    Donate page copy (approved by comms):
    "You can also give in crypto. Our Bitcoin address is {_btc}.
    Every donation gets a receipt — email donors@mutualaidfund.org with the transaction ID."
"""))

I("en", "ngo", "tool_call kobo.get_submissions " + J({
    "asset_uid": "a" + rs(21, AN), "query": {"_submission_time": {"$gt": "2026-12-01"}},
    "fields": ["_uuid", "hh_size", "district"], "limit": 500}))

I("en", "ngo", T(f"""
    Tax receipt footer: Riverbend Community Kitchen is a 501(c)(3) nonprofit, EIN {dg(2)}-{dg(7)}.
    No goods or services were provided in exchange for this contribution.
"""))

I("en", "civic", T(f"""
    [tool_output] elections.polling_place
    precinct: 0{dg(3)}  ballot_style: BS-{dg(4)}
    location: Lincoln Elementary Gym, 1220 W 8th Ave
    hours: 7:00 AM - 8:00 PM
"""))

I("en", "civic", T(f"""
    311 request created: SR-{dg(4)}-{dg(6)} (internal id {ruuid()}).
    Type: Streetlight out. Status: Open. Expected response: 5 business days.
"""))

I("en", "ride", "tool_call get_trip_receipt " + J({
    "trip_id": ruuid(), "fare": {"base": 2.55, "distance": 7.80, "time": 3.12, "booking_fee": 2.95,
                                   "total": 16.42, "currency": "USD"}, "payment": "Visa ••••" + dg(4)}))

I("en", "ride", T(f"""
    user: package still says "label created". tracking 1Z{rs(6, UP + DIG)}{dg(10)} — the restaurant supply order.
    can you check with UPS?
"""))

I("en", "ride", T(f"""
    Payout summary week 49: 41 deliveries, $612.40 earned, $88.00 tips.
    Deposited to checking account ending {dg(4)} on Dec 8. Fast Pay fee: $1.99.
"""))

I("en", "ride", T(f"""
    Thought: The vehicle swap form wants the VIN. The registration photo shows {vin()} — 17 chars,
    check digit looks consistent. Plate is 8{rs(3, UP)}{dg(3)}. Submitting vehicle change.
"""))

I("en", "free", T(f"""
    Summary: Milestone 2 approved on Upwork contract {dg(8)}. Client profile:
    https://www.upwork.com/freelancers/~01{hx(18)} — invoice T{dg(9)} paid $1,200.00.
"""))

I("en", "free", T(f"""
    [tool_output] stripe.payment_intents.retrieve
    id: pi_3{rs(23, AN)}
    status: succeeded   amount: 150000   currency: usd
    latest_charge: ch_3{rs(23, AN)}   customer: cus_{rs(14, AN)}
"""))

I("en", "free", T(f"""
    Delivered the landing page fixes. Commits on branch feature/contact-form:
      {hx(40)}  fix: validate phone field
      {hx(40)}  chore: bump vite to 5.4.11
"""))

I("en", "free", T("""
    README excerpt I wrote for the client:
      cp .env.example .env
      # then fill in your own key:
      STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
      STRIPE_WEBHOOK_SECRET=whsec_...
"""))

I("en", "free", T(f"""
    // checkout.js – publishable keys are meant to ship to the browser
    const stripe = Stripe("pk_live_51{rs(97, AN)}");
    const elements = stripe.elements({{ appearance: {{ theme: "flat" }} }});
"""))

I("en", "rent", T(f"""
    New booking! Confirmation code {rs(10, UP + DIG)} — 2 guests, Dec 19 → Dec 22, payout $486.20.
    Listing: "Sunny loft near the river" (id {not_luhn('5', 18)}).
"""))

I("en", "rent", T("""
    Guest: hi! when do we get the lockbox code?
    Draft reply: Hi Sam! The lockbox code and parking instructions are sent automatically 24 hours
    before check-in, so you'll get them tomorrow at 3pm. Safe travels!
"""))

I("en", "rent", T(f"""
    House manual, page 2: Wi-Fi network "Casa_Azul_5G" — the password is on the card on the fridge.
    Router: TP-Link AX1800, serial {rs(2, UP)}{dg(11)}. Please don't unplug the grey box.
"""))

I("en", "rent", T(f"""
    Host's transient occupancy tax certificate: TOT-{dg(6)}; business license STR-{dg(6)}-2026.
    Both must be shown on the listing per city ordinance 2024-17.
"""))

I("en", "social", "tool_call social.get_profile " + J({
    "user_id": nz(18), "handle": "@sarah.climbs", "fields": ["followers", "bio", "pinned_post_id"]}))

_cur = base64.b64encode(J({"offset": 40, "sort": "recent", "v": 2}).encode()).decode()
I("en", "social", T(f"""
    [tool_output] matches.list → 20 items, next_cursor="{_cur}"
    Thought: Page 3 needed; pass the cursor back verbatim.
"""))

I("en", "fit", T(f"""
    Strava activity {nz(11)} — Morning Run, 10.02 km, 52:11, avg HR 151.
    Device: Forerunner 265 (unit id {nz(10)}). Kudos: 14.
"""))

I("en", "fit", T(f"""
    Race results import: bib 2{dg(3)}, chip 0E0F{HX(4)}, gun time 1:48:03, chip time 1:47:21,
    age group F35-39, place 41/388.
"""))

I("en", "tix", T(f"""
    user: I have order #{dg(2)}-{dg(5)}/LAX for Sec 112 Row K Seats 7-8. Can I upgrade to floor?
    The confirmation said the tickets are "mobile only".
"""))

I("en", "tix", "tool_call ticketing.get_event " + J({
    "event_id": HX(16), "include": ["price_ranges", "venue"], "locale": "en-us"}))

I("en", "gov", T(f"""
    Offices handling Medicaid renewals in the county:
      Eastside DSS — {phone('us')}, 400 Alder St, Suite 210, 98101
      Westside DSS — {phone('us')}, 12 Harbor Way, 98119
"""))

I("en", "court", T(f"""
    The filing must be delivered to the Clerk, King County Superior Court, 516 3rd Ave, Room E-609,
    Seattle WA 98104. Filing fee ${R.randint(200, 300)}.00; fee waiver form GR 34.
"""))

I("en", "immig", T(f"""
    Thought: The EAD copy she uploaded has the A-number masked as A-XXX-XXX-{dg(3)}. That is enough for the
    cover letter; we don't need the full number here.
"""))

I("en", "ngo", T(f"""
    2026-12-07T09:14:22.118Z INFO  sync trace_id={hx(32)} span_id={hx(16)} form=hh_survey_v3 rows=212
    2026-12-07T09:14:22.740Z WARN  retry trace_id={hx(32)} attempt=2 backoff_ms=800
"""))

I("en", "ngo", T(f"""
    Deployed the registration app: image ghcr.io/reliefnet/regapp@sha256:{hashlib.sha256(R.randbytes(32)).hexdigest()}
    (tag v3.8.2). Rollback target: v3.8.1.
"""))

I("en", "civic", T(f"""
    Kiosk build report: ballot-marking firmware 5.17.3-b{dg(4)}, image hash
    {hashlib.sha1(R.randbytes(32)).hexdigest()} matches the certified build list. Seal #{dg(7)} intact.
"""))

I("en", "ride", T("""
    Lesson: AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as sample
    credentials. The dispatcher repo's README still has them — they're placeholders, not a leak.
"""))

I("en", "ride", T(f"""
    Thought: Twilio account for SMS dispatch is AC{hx(32)} (account SID, fine to log).
    The auth token lives in Vault at secret/dispatch/twilio; I won't fetch it for this read-only check.
"""))

I("en", "free", T(f"""
    Added my public key to the client's server:
    {ssh_pub('devon@thinkpad')}
    Login now works; password auth disabled per their request.
"""))

_fp = HX(40)
I("en", "free", T(f"""
    Contract PDF signed with my GPG key, fingerprint {grp(_fp, 4, ' ')}.
    Client can verify with `gpg --verify contract.pdf.asc`.
"""))

I("en", "rent", T("""
    QA notes for the booking widget (test mode):
      card 4242 4242 4242 4242, any future date, any CVC → success
      card 4000 0000 0000 9995 → insufficient_funds
"""))

I("en", "social", T(f"""
    [tool_output] auth.refresh → 401 Unauthorized
    {{"error":"session_expired","request_id":"{hx(24)}","retry_after":null}}
    Thought: user must log in again; nothing I can do server-side.
"""))

I("en", "fit", T(f"""
    Firmware 27.04 for the rowing machine: sha1 {hashlib.sha1(R.randbytes(16)).hexdigest()},
    size 14.2 MB, released 2026-11-30.
"""))

I("en", "tix", T(f"""
    Scanned QR contains only: https://tix.stagehouse.events/e/{rs(8, LO + DIG)}?utm_source=poster
    That's the public event page, not a ticket.
"""))

I("en", "gov", T(f"""
    Direct deposit form tip: the routing number for the credit union is {aba()} (printed on their website).
    Client will fill in her own account number at the kiosk.
"""))

I("en", "court", T(f"""
    Attorney of record: Maya Chen, State Bar No. {dg(6)}, Bay Legal Aid, {phone('us')}.
"""))

I("en", "immig", T(f"""
    Visa appointment confirmed. Confirmation No. {rs(6, UP + DIG)}. Consulate General, Mumbai,
    2027-02-03 at 08:15. Bring: DS-160 barcode page, photo 2x2 in.
"""))

I("en", "ngo", T(f"""
    [Interface]
    PrivateKey = <read from /etc/wireguard/field-laptop.key>
    Address = 10.66.0.7/32
    [Peer]
    PublicKey = {base64.b64encode(R.randbytes(32)).decode()}
    Endpoint = vpn.reliefnet.org:51820
"""))

I("en", "civic", T(f"""
    Property lookup: APN {dg(3)}-{dg(3)}-{dg(2)}, assessed value $412,600, zoning R-2.
    Owner of record and mailing address are public via the assessor's site.
"""))

I("en", "ride", T(f"""
    Order {not_luhn('4', 16)} delivered 19:42. Customer rated 5★. Tip $6.00.
"""))

I("en", "free", T("""
    curl -H "Authorization: Bearer $UPWORK_TOKEN" https://api.upwork.com/graphql \\
         -d '{"query":"{ user { id nid } }"}'
    (token comes from the env, never inline it in notes)
"""))

I("en", "rent", T(f"""
    Guest arrival info: check-in 4pm, checkout 11am. Coordinates 38.7{dg(4)}, -9.1{dg(4)}.
    Nearest tram stop: Cais do Sodré.
"""))

_eth = "0x" + hx(40)
I("en", "social", T(f"""
    Tip jar in creator's bio: {_eth}
    Last tip tx: 0x{hx(64)} (0.01 ETH, block {nz(8)})
"""))

I("en", "fit", "tool_call workouts.attach_thumbnail " + J({
    "workout_id": ruuid(), "mime": "image/png",
    "data_b64_prefix": "iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe", "truncated": True}))

I("en", "tix", T("""
    Promo for the newsletter: use code SUMMER25 for 25% off early-bird tickets until Jan 31.
    Limit 4 per order. Not valid with the student discount.
"""))

I("en", "gov", T(f"""
    [SMS] Your one-time code was sent to ***-***-{dg(4)}. It expires in 10 minutes.
    Thought: user must read the code themselves; wait for them to enter it.
"""))

I("en", "court", T(f"""
    Chain-of-custody log, exhibit 7 (dashcam export):
      acquired 2026-11-03 14:02 by Det. Ruiz
      SHA-256 {hashlib.sha256(R.randbytes(8)).hexdigest()}
      verified 2026-11-04 09:30 — match
"""))

I("en", "immig", T(f"""
    Payment confirmation for the passport renewal fee: pay.gov tracking ID {rs(8, UP + DIG)}, $130.00,
    2026-12-02. Keep for records.
"""))

I("en", "ngo", T(f"""
    M-Pesa confirmation relayed by beneficiary: "{rs(10, UP + DIG)} Confirmed. Ksh3,000.00 received from
    RELIEF CASH on 5/12/26 at 10:41 AM." Logged as disbursed.
"""))

I("en", "civic", T(f"""
    Canvass report uploaded; document hash (md5) {hashlib.md5(R.randbytes(8)).hexdigest()},
    certified 2026-11-24 by the county board.
"""))

I("en", "ride", T("""
    Summary: Driver asked why riders need a PIN. Explained that PIN verification is optional; the rider
    reads a 4-digit number to the driver at pickup. Nothing to configure on the driver side.
"""))

I("en", "free", T(f"""
    [tool_output] api_keys.list
    - name: prod-invoicing   key_id: key_{hx(16)}   created: 2026-09-02   last_used: 2026-12-06
    - name: staging          key_id: key_{hx(16)}   created: 2026-10-11   last_used: never
"""))

I("en", "social", T(f"""
    user: my friend sent an invite link for the running group app: https://join.paceclub.app/r/{rs(6, UP + DIG)}
    is it legit? the referral gives us both a free month
"""))

I("en", "tix", T(f"""
    Receipt: Amex •••• {dg(4)}  Approval code {dg(5)}{R.choice(UP)}  Total $184.50
    Order placed 2026-12-06 21:12 PST
"""))

I("en", "gov", T(f"""
    Thought: the benefits API returned HTTP 403 with "invalid token" — the word token here refers to
    the expired session on their side. Retry after the user re-authenticates; nothing is stored.
"""))

I("en", "immig", T(f"""
    Checklist for asylum interview prep: passport (if any), I-589 copy, receipt notice, evidence index.
    The passport number field in the packet is left blank on purpose; client brings the original.
"""))

I("en", "fit", T(f"""
    Lesson: Garmin device pairing uses a 6-digit code shown on the watch screen; it is not stored
    anywhere and changes every attempt. Don't ask users to send it.
"""))

I("en", "tix", T(f"""
    Venue API error log:
      2026-12-06 22:01:14 ERR ticket_scan id=tkt_{hx(12)} status=ALREADY_SCANNED gate=3
      2026-12-06 22:01:19 OK  ticket_scan id=tkt_{hx(12)} status=VALID gate=3
"""))

I("en", "civic", T(f"""
    user: how do I change my polling place? I moved from 4412 Elm St to 89 Juniper Ct, zip 55408.
    my voter ID card came in the mail but I lost it
"""))

I("en", "ngo", T(f"""
    Donations can be made by bank transfer to the Foundation's account:
    IBAN {fib('GB29NWBK60161331926819')} (example format shown on the old site — replaced by the live one on the donate page)
"""))

I("en", "ride", T(f"""
    Thought: the restaurant tablet shows order #{dg(4)} with pickup code display "A7" — that's the shelf
    label, not a secret. Tell the courier to look for shelf A7.
"""))


# =====================================================================================
# GERMAN
# =====================================================================================
_sid = de_steuerid()
S("de", "gov", T(f"""
    Nutzer: Für den Antrag auf Wohngeld will das Portal meine Steuer-ID. Die steht auf dem Brief vom
    Finanzamt: {_sid[:2]} {_sid[2:5]} {_sid[5:8]} {_sid[8:]}. Kannst du das Formular damit weiter ausfüllen?
"""), f"{_sid[:2]} {_sid[2:5]} {_sid[5:8]} {_sid[8:]}")

_kv = de_kvnr()
S("de", "gov", "tool_call buergergeld.antrag_speichern " + J({
    "antragsteller": {"name": "Yilmaz, Elif", "geburtsdatum": "1991-07-22"},
    "krankenversicherung": {"kasse": "AOK Nordost", "versichertennummer": _kv},
    "bedarfsgemeinschaft": 3}), _kv)

_de_iban = make_iban("DE")
S("de", "free", T(f"""
    Gedanke: Die Freelancerin will, dass die Plattform ihre Honorare auf ihr Privatkonto überweist.
    Sie hat geschrieben: "IBAN {fib(_de_iban)}, Kontoinhaberin Jana Weiß". Ich trage das nur im
    Auszahlungsformular ein und wiederhole es nicht in der Zusammenfassung.
"""), fib(_de_iban))

_pin = dg(6)
S("de", "gov", T(f"""
    Nutzerin: Der PIN-Rücksetzbrief für den Online-Ausweis ist endlich da. Neue PIN ist {_pin}.
    Kannst du mich durch die AusweisApp führen, damit ich mich bei der Rentenversicherung anmelde?
"""), _pin)

_pw = R.choice(["Sonnenblume", "Kastanie", "Zugspitze"]) + dg(2) + "!" + R.choice(["Berlin", "Köln", "Ulm"])
S("de", "rent", T(f"""
    Zusammenfassung für die Gastgeberin: Gäste aus Zimmer 2 konnten nicht ins WLAN.
    Netz "Ferienwohnung_Seeblick", Passwort {_pw} — stand falsch in der Hausmappe (ohne Ausrufezeichen).
    Hausmappe korrigiert und Gästen per Nachricht geschickt.
"""), _pw)

_tok = rs(64, AN)
S("de", "civic", T(f"""
    [tool_output] Terminbuchung Bürgeramt – Konfiguration (config/prod.yaml)
    api:
      basis_url: https://service.berlin.example/terminvereinbarung/api
      bearer_token: "{_tok}"
      timeout_s: 20
"""), _tok)

_alarm = dg(4)
S("de", "ngo", T(f"""
    Übergabe Nachtschicht Notunterkunft Halle 3:
    - 42 Personen belegt, 2 Betten frei
    - Alarmanlage Büro: beim Verlassen Code {_alarm} und dann "Abwesend" drücken
    - Schlüssel für den Medikamentenschrank liegt beim Sicherheitsdienst
"""), _alarm)

_fahr = rs(12, LO + DIG)
S("de", "ride", T(f"""
    Nutzer: ich fahr für Lieferando und die Fahrer-App will wieder Login. Benutzer ist k.schmidt-fahrer,
    Kennwort {_fahr}. Bitte schau nach, ob meine Schichten für nächste Woche bestätigt sind.
"""), _fahr)

I("de", "gov", T(f"""
    Ihr Antrag auf Kinderzuschlag ist eingegangen. Aktenzeichen: KiZ-{dg(3)}-{dg(6)}/26.
    Bitte geben Sie bei Rückfragen immer das Aktenzeichen an. Servicenummer: 0800 {dg(7)}.
"""))

I("de", "court", T(f"""
    Gedanke: Das Amtsgericht Neukölln führt die Räumungssache unter Az. 1{dg(1)} C {dg(3)}/26.
    Termin zur mündlichen Verhandlung: 14.01.2027, 10:30 Uhr, Saal 2.12. Das Az. kommt in den Betreff.
"""))

I("de", "free", T(f"""
    Rechnung Nr. 2026-{dg(3)} · Leistungszeitraum November 2026
    USt-IdNr. der Auftraggeberin: DE{nz(9)} · Handelsregister: HRB {dg(6)} B, AG Charlottenburg
    Zahlbar innerhalb von 14 Tagen ohne Abzug. Betrag: 2.380,00 €
"""))

I("de", "ngo", T(f"""
    Spendenaufruf (Website-Text, freigegeben):
    Spendenkonto: Flüchtlingshilfe Nordstadt e.V., IBAN {fib(make_iban('DE'))}, BIC GENODEM1GLS
    Verwendungszweck: "Winterhilfe". Spendenquittung ab 300 € automatisch.
"""))

I("de", "gov", T("""
    Lektion: Die Meldung "Bitte geben Sie Ihre sechsstellige PIN ein" kommt von der AusweisApp selbst.
    Niemals nach der PIN fragen – die Nutzerin tippt sie direkt am Gerät ein.
"""))

I("de", "ride", "tool_call lieferung_status " + J({
    "bestellnummer": f"LD-{dg(10)}", "sendungsnummer": f"JJD{dg(18)}",
    "plz": "10115", "zustellfenster": "18:00–18:30"}))

I("de", "rent", T(f"""
    Buchung bestätigt: Ferienwohnung Seeblick, 19.–22.12., 2 Erwachsene.
    Buchungsnummer {dg(10)}, Kurtaxe 2,50 €/Nacht, Gesamtbetrag 486,20 €.
"""))

I("de", "civic", T(f"""
    Wahlbenachrichtigung: Wahlbezirk {dg(3)}-{dg(2)}, Wählerverzeichnis Nr. {dg(4)}.
    Wahllokal: Grundschule am Park, Parkstraße 12, 10245 Berlin. Geöffnet 8–18 Uhr.
"""))


# =====================================================================================
# FRENCH
# =====================================================================================
_nir = fr_nir()
S("fr", "gov", T(f"""
    Utilisatrice : pour la demande de RSA sur la CAF ils me demandent mon numéro de sécu,
    c'est {fmt_nir(_nir)}. Tu peux remplir la partie « situation familiale » aussi ?
"""), fmt_nir(_nir))

_fr_iban = make_iban("FR")
S("fr", "gov", "tool_call caf.modifier_coordonnees_bancaires " + J({
    "allocataire": "7" + dg(6), "iban": _fr_iban, "bic": "CCBPFRPPXXX", "titulaire": "M. Karim Benali"}), _fr_iban)

_fc = dg(6)
S("fr", "gov", T(f"""
    Pensée : FranceConnect a envoyé un code par SMS à l'usager, il me le transmet : « votre code est {_fc} ».
    Je le saisis tout de suite, il expire en 5 minutes.
"""), _fc)

_dig = f"{R.randint(1, 9)}{R.choice('AB')}{dg(2)}"
S("fr", "rent", T(f"""
    Message au voyageur (réservation du 19 au 22 décembre) :
    Bonjour Thomas, le digicode de l'immeuble est {_dig}, puis 3e étage porte gauche.
    La clé est dans la boîte à clés, code transmis la veille. Bon séjour !
"""), _dig)

_pwfr = R.choice(["Marseille", "Tartiflette", "Chouquette"]) + "#" + dg(4)
S("fr", "free", T(f"""
    utilisateur : mon compte Malt est bloqué après 3 essais, je te donne les identifiants :
    sophie.lemaire@orange.fr / {_pwfr}
    vérifie si la mission de janvier est bien confirmée stp
"""), _pwfr)

_card = card("4", 16)
S("fr", "tix", T(f"""
    utilisateur : réserve-moi 2 places pour le concert à l'Olympia, carte {grp(_card, 4, ' ')},
    expire {expiry()}, cryptogramme {cvv()} — prends la catégorie 2 si la 1 est complète
"""), grp(_card, 4, ' '))

_ants = rs(2, DIG) + rs(2, UP) + dg(5)
S("fr", "immig", T(f"""
    Résumé : Mme Diallo renouvelle son titre de séjour via l'ANEF. Numéro étranger (AGDREF)
    {dg(10)} ; passeport guinéen n° {_ants}. Rendez-vous en préfecture le 12/01.
"""), _ants)

_tokfr = "glpat-" + rs(20, URLS)
S("fr", "civic", T(f"""
    Leçon retenue : le script de publication des résultats municipaux utilisait un jeton GitLab en clair
    dans le .gitlab-ci.yml ({_tokfr}). Il faut passer par une variable protégée et masquée.
"""), _tokfr)

I("fr", "gov", T(f"""
    Votre demande a bien été enregistrée. Numéro de dossier : {dg(2)}-{dg(6)}-{rs(2, UP)}.
    Délai moyen de traitement : 3 semaines. Contact : 3230 (service gratuit + prix appel).
"""))

I("fr", "free", T(f"""
    Facture n° F-2026-{dg(4)} — SIRET {fr_siret()} — TVA non applicable, art. 293 B du CGI.
    Montant : 1 450,00 € HT. Échéance : 30 jours.
"""))

I("fr", "court", T(f"""
    Pensée : le tribunal judiciaire de Lyon a enregistré l'affaire sous le n° RG {dg(2)}/{dg(5)}.
    Audience fixée au 15/01/2027 à 9h, chambre 4. Le numéro RG suffit pour le suivi.
"""))

I("fr", "rent", T(f"""
    Numéro d'enregistrement de la location meublée (mairie de Paris) : 75{dg(3)}00{dg(4)}{rs(2, UP)}
    — doit figurer sur l'annonce. Taxe de séjour : 2,88 € par personne et par nuit.
"""))

I("fr", "tix", "tool_call billetterie.recherche " + J({
    "evenement": "Concert Olympia", "date": "2027-02-14", "categorie": 2,
    "commande": f"CMD-{dg(8)}", "places": ["Balcon R12-14", "Balcon R12-15"]}))

I("fr", "gov", T(f"""
    Leçon : sur ameli.fr, le « code provisoire » envoyé par courrier n'est pas à demander à l'usager ;
    il le saisit lui-même. Le numéro de téléphone du service est le 36 46.
"""))

I("fr", "ngo", T(f"""
    Rapport terrain (Gao) : 214 ménages enregistrés, 12 doublons supprimés.
    Fichier export_{dg(8)}.xlsx, empreinte SHA-256 {hashlib.sha256(R.randbytes(16)).hexdigest()}.
"""))

I("fr", "civic", T(f"""
    Bureau de vote n° {dg(3)} — École Jules Ferry, 8 rue des Lilas, 69003 Lyon.
    Carte électorale : numéro national d'électeur (NNE) non requis pour voter, une pièce d'identité suffit.
"""))


# =====================================================================================
# SPANISH (incl. Spanglish, Latin America)
# =====================================================================================
_dni = es_dni()
S("es", "gov", T(f"""
    Usuario: para pedir el Ingreso Mínimo Vital en la sede de la Seguridad Social me pide el DNI,
    es el {_dni}. Y la cuenta donde cobro la ayuda es la del Santander, ¿la pongo también?
"""), _dni)

_nie = es_nie()
S("es", "immig", "tool_call extranjeria.cita_previa " + J({
    "tramite": "POLICIA-TOMA DE HUELLAS (EXPEDICIÓN DE TARJETA)", "provincia": "Barcelona",
    "nie": _nie, "nombre": "Oksana Melnyk", "pais_nacionalidad": "UCRANIA"}), _nie)

_es_iban = make_iban("ES")
S("es", "free", T(f"""
    Resumen: la clienta de Workana pagará por transferencia. Le pasé la cuenta del freelancer tal como la
    escribió él: {fib(_es_iban)}. Pendiente que confirme la recepción del primer hito.
"""), fib(_es_iban))

_curp = mx_curp()
S("es", "gov", T(f"""
    usuario: oye para el registro de la Beca Benito Juárez me piden la CURP de mi hijo, es {_curp}
    y el correo de la escuela. ¿me ayudas a llenarlo?
"""), _curp)

_rut = cl_rut()
S("es", "ride", T(f"""
    Pensamiento: el conductor quiere activar su cuenta en la app de reparto en Santiago. El formulario pide
    RUT personal; me dio {_rut}. Lo ingreso en el campo 'rut' con puntos y guion como lo muestra el ejemplo.
"""), _rut)

_cuil = ar_cuil(R.choice(["20", "27"]))
S("es", "gov", T(f"""
    [tool_output] anses.consulta_beneficiario
    apellido_nombre: GÓMEZ, LUCÍA BELÉN
    cuil: {_cuil}
    prestacion: AUH  estado: LIQUIDADA  periodo: 11/2026
"""), _cuil)

_spw = rs(3, UP) + "-" + dg(3) + "-" + rs(3, LO)
S("es", "social", T(f"""
    user: bro the dating app me bloqueó la cuenta otra vez 😩 el password es {_spw}
    can you log in y ver si me contestó la chava de ayer?? porfa no cambies nada
"""), _spw)

_clave = dg(4)
S("es", "rent", T(f"""
    Mensaje al huésped: ¡Hola Marta! La cerradura del portal en Calle Ruzafa tiene teclado;
    marca {_clave} y luego la tecla de la llave. El piso es el 2ºB. ¡Buen viaje!
"""), _clave)

I("es", "gov", T(f"""
    Su solicitud ha sido registrada con el número de expediente IMV/{dg(4)}/{dg(6)}.
    Puede consultar el estado en la Sede Electrónica con certificado digital o Cl@ve.
"""))

I("es", "free", T(f"""
    Factura emitida a Soluciones Norte S.L., CIF B{dg(8)}, C/ Mayor 14, 28013 Madrid.
    Base imponible 1.200,00 €, IVA 21 % 252,00 €, retención IRPF 15 % −180,00 €.
"""))

I("es", "court", T(f"""
    Pensamiento: el Juzgado de Primera Instancia n.º 12 tramita el desahucio como Procedimiento
    Verbal {dg(4)}/2026, NIG {dg(5)} 42 1 2026 {dg(7)}. Vista el 20/01/2027.
"""))

I("es", "ride", T(f"""
    user: el pedido #{dg(9)} salió de la tienda hace una hora, tracking ES{dg(12)}, y la app dice
    "entregado" pero no tengo nada. What do I do, ¿le escribo al repartidor?
"""))

I("es", "civic", T(f"""
    [tool_output] ine.ubicacion_casilla
    seccion: {dg(4)}  tipo: BÁSICA  domicilio: Escuela Primaria Benito Juárez, Av. Hidalgo 305
    municipio: Zapopan, Jalisco  cp: 45100
"""))

I("es", "ngo", T(f"""
    Las donaciones a la Fundación se hacen con RUT de la organización {cl_rut(65_000_000, 76_999_999)}
    (persona jurídica). El certificado de donación se emite dentro de 30 días.
"""))

I("es", "rent", T("""
    Huésped: ¿cuál es la clave de la puerta?
    Borrador de respuesta: ¡Hola! Te enviaremos la clave de acceso el día de tu llegada a las 12:00,
    junto con las instrucciones de aparcamiento. ¡Gracias!
"""))

I("es", "tix", T(f"""
    Entradas para el clásico: pedido {dg(3)}-{dg(7)}, Tribuna Lateral, Puerta 14, Fila 22, Asientos 5-6.
    Tarjeta terminada en {dg(4)}. Total 318,00 €.
"""))


# =====================================================================================
# PORTUGUESE (Brazil + Portugal)
# =====================================================================================
_cpf = br_cpf()
S("pt-BR", "gov", T(f"""
    Usuária: preciso consultar o Bolsa Família no app Caixa Tem, meu CPF é {_cpf}.
    a senha eu mesma digito, só me fala onde clica
"""), _cpf)

_pix = ruuid()
S("pt-BR", "ride", T(f"""
    Pensamento: o entregador pediu para cadastrar a chave Pix aleatória dele para receber os repasses.
    A "chave aleatória" é só um identificador de recebimento... Mas ele também mandou a senha do app
    do banco junto: "senha 8 dígitos {(_pin8 := dg(8))}". Não vou usar nem registrar a senha.
"""), _pin8)

_cvv = cvv()
S("pt-BR", "tix", T(f"""
    usuário: compra os ingressos do show no Allianz Parque, cartão Elo final 4471, CVV {_cvv}, validade {expiry()}
    pista premium, 2 inteiras
"""), _cvv)

_sus = R.choice("789") + dg(14)
S("pt-BR", "gov", "tool_call sus.agendar_consulta " + J({
    "cartao_sus": _sus, "unidade": "UBS Vila Nova Cachoeirinha", "especialidade": "clínico geral",
    "data_preferencial": "2026-12-15"}), _sus)

_gov = R.choice(["Caju", "Pitanga", "Jabuti"]) + "@" + dg(4) + R.choice(["br", "sp", "rj"])
S("pt-BR", "gov", T(f"""
    usuário: me ajuda a entrar no gov.br pra baixar a CNH digital? login é meu cpf e a senha {_gov}
    o nível da conta é prata
"""), _gov)

_br_tok = "APP_USR-" + dg(16) + "-" + dg(6) + "-" + hx(32) + "-" + dg(9)
S("pt-BR", "free", T(f"""
    Resumo: integração de pagamentos do marketplace de freelas ativada em produção com o Mercado Pago.
    Access token usado: {_br_tok}
    Lembrar: mover para o cofre de segredos antes do deploy de sexta.
"""), _br_tok)

I("pt-BR", "free", T(f"""
    Nota fiscal emitida para Agência Ponto Azul Ltda, CNPJ {br_cnpj()}, serviço de design,
    valor R$ 3.200,00, ISS retido 5%. Código de verificação da NFS-e: {rs(8, UP + DIG)}.
"""))

I("pt-BR", "ride", T(f"""
    [tool_output] ifood.pedido
    pedido: #{dg(4)}   loja: Pizzaria Bella Napoli   itens: 2 (pizza grande + refri)
    endereço: Rua Augusta, 1500 - apto 82 - CEP 01304-001   telefone cliente: {phone('br')}
"""))

I("pt-BR", "gov", T(f"""
    Protocolo do pedido no INSS: {dg(10)}. Serviço: Benefício assistencial (BPC/LOAS).
    Acompanhe pelo Meu INSS ou pelo 135. Prazo estimado: 45 dias.
"""))

I("pt-BR", "tix", T(f"""
    Ingressos confirmados! Pedido {rs(3, UP)}{dg(7)} — Setor Pista Premium, 2 inteiras.
    Cartão •••• {dg(4)}. Os QR Codes ficam disponíveis no app 48h antes do show.
"""))

I("pt-BR", "social", T("""
    Lição aprendida: quando o app de encontros pede "confirme sua senha", é a tela do próprio app.
    Nunca pedir ao usuário que envie a senha no chat; orientar a usar "Esqueci minha senha".
"""))

I("pt-BR", "civic", T(f"""
    Local de votação: Zona {dg(3)}, Seção {dg(4)} — E.E. Prof. Antônio Alves Cruz, Rua Dr. Luiz Migliano, 1000.
    O título de eleitor não é obrigatório; basta documento oficial com foto.
"""))

_pt_nif = pt_nif()
S("pt-PT", "rent", T(f"""
    Registo de hóspedes (AIMA) para o alojamento local em Alfama:
    hóspede português — Cartão de Cidadão, NIF {_pt_nif}, data de nascimento 1989-04-03.
    Estadia 19/12 a 22/12.
"""), _pt_nif)

_pt_iban = make_iban("PT")
S("pt-PT", "gov", T(f"""
    Utilizador: a Segurança Social Direta pede o IBAN para o abono de família, o meu é
    {fib(_pt_iban)} — titular sou eu, a conta é só minha
"""), fib(_pt_iban))

I("pt-PT", "rent", T(f"""
    Número de registo do Alojamento Local: {dg(6)}/AL. Tem de constar no anúncio e na placa à entrada.
    Taxa turística de Lisboa: 4 € por noite, máximo 7 noites.
"""))

I("pt-PT", "gov", T(f"""
    O Balcão Único emitiu a referência Multibanco: Entidade 21{dg(3)}, Referência {dg(3)} {dg(3)} {dg(3)},
    Montante 15,00 €. Pagar até 20/12/2026.
"""))


# =====================================================================================
# ITALIAN
# =====================================================================================
_cf = it_cf()
S("it", "gov", T(f"""
    Utente: per l'Assegno di Inclusione sul sito INPS mi chiede il codice fiscale del figlio: {_cf}.
    Poi c'è l'ISEE che ho già fatto al CAF.
"""), _cf)

_it_iban = make_iban("IT")
S("it", "free", "tool_call fatturazione.imposta_pagamento " + J({
    "professionista": "Giulia Ferraro", "modalita": "MP05 bonifico", "iban": _it_iban,
    "istituto": "Banca Sella"}), _it_iban)

_spid = R.choice(["Vesuvio", "Tiramisu", "Gondola"]) + "." + dg(4) + R.choice("!?")
S("it", "gov", T(f"""
    Pensiero: l'utente ha scritto "usa pure le mie credenziali SPID, utente m.russo82, password {_spid}".
    Non posso completare l'accesso SPID al posto suo (serve anche l'OTP sull'app); gli spiego come farlo lui.
"""), _spid)

_cancello = dg(5)
S("it", "rent", T(f"""
    Messaggio per gli ospiti (Trastevere, 19-22 dic):
    Il cancello si apre con il codice {_cancello} sul tastierino a destra. Le chiavi sono nella cassetta
    sotto la cassetta della posta. Raccolta differenziata: umido martedì e venerdì.
"""), _cancello)

_tess = "80380" + dg(15)
S("it", "fit", T(f"""
    Riepilogo: iscrizione alla piscina comunale completata. Per il certificato medico sportivo la ASL
    ha chiesto il numero della tessera sanitaria (TEAM): {_tess}. Appuntamento visita il 9/01.
"""), _tess)

I("it", "free", T(f"""
    Fattura elettronica n. {dg(3)}/2026 emessa a Studio Verdi S.r.l., P.IVA {it_piva()},
    codice destinatario {rs(7, UP + DIG)}. Imponibile 2.000,00 €, ritenuta d'acconto 20 %.
"""))

I("it", "court", T(f"""
    Pensiero: il Tribunale di Milano ha iscritto la causa al n. R.G. {dg(5)}/2026, giudice dott.ssa Conti.
    Prima udienza: 22/01/2027. Per il fascicolo telematico serve solo il numero di ruolo.
"""))

I("it", "gov", T(f"""
    Domanda inviata. Protocollo INPS n. INPS.{dg(4)}.{dg(2)}/{dg(2)}/2026.{dg(7)}.
    Per informazioni: Contact center 803 164 (gratuito da rete fissa).
"""))

I("it", "tix", T(f"""
    Biglietti Serie A: ordine TKT-{dg(9)}, Settore Curva Nord, Anello 2, Fila 18, Posto 33.
    Nominativo obbligatorio: il cambio nominativo costa 3,00 €.
"""))

I("it", "civic", T(f"""
    La tessera elettorale indica sezione n. {dg(3)}, seggio presso Scuola Media G. Pascoli, Via Roma 21,
    40121 Bologna. Orari: domenica 7-23, lunedì 7-15.
"""))


# =====================================================================================
# DUTCH
# =====================================================================================
_bsn = nl_bsn()
S("nl", "gov", T(f"""
    Gebruiker: voor de huurtoeslag bij Toeslagen vragen ze mijn BSN, dat is {_bsn}.
    Mijn DigiD doe ik zelf met de app. Kun je alvast de inkomensgegevens invullen?
"""), _bsn)

_nl_iban = make_iban("NL")
S("nl", "rent", "tool_call verhuur.uitbetaling_instellen " + J({
    "host": "Femke de Vries", "rekeninghouder": "F. de Vries", "iban": _nl_iban, "valuta": "EUR"}), _nl_iban)

_sms = dg(6)
S("nl", "gov", T(f"""
    Gedachte: de gebruiker plakt de sms van DigiD: "Uw DigiD sms-code is {_sms}". Ik mag dit niet
    hergebruiken buiten deze ene inlogpoging; direct invullen en niet bewaren.
"""), _sms)

_nlpw = rs(5, LO) + R.choice(["fiets", "gracht", "stroop"]) + dg(3)
S("nl", "fit", T(f"""
    gebruiker: log even in op de sportschool-app (Basic-Fit), e-mail noor.b@ziggo.nl ww {_nlpw}
    en boek de spinningles van donderdag 19:00
"""), _nlpw)

I("nl", "gov", T(f"""
    Uw aanvraag huurtoeslag 2027 is ontvangen. Kenmerk: {dg(4)}.{dg(2)}.{dg(3)}.T{dg(2)}.
    Bel de BelastingTelefoon Toeslagen op 0800-0543 als u vragen heeft.
"""))

I("nl", "free", T(f"""
    Factuur 2026-{dg(3)} aan Studio Noord B.V., KvK {dg(8)}, btw-id NL{dg(9)}B01.
    Totaal € 1.815,00 incl. 21% btw. Betaaltermijn 30 dagen.
"""))

I("nl", "ride", T(f"""
    [tool_output] postnl.track
    barcode: 3S{rs(4, UP)}{dg(9)}   status: Bezorgd   tijd: 14:32   postcode: 1012 AB
"""))

I("nl", "civic", T("""
    Les: de stempas is geen wachtwoord; het nummer staat op de pas zelf en wordt bij het stembureau
    gecontroleerd. Alleen de vraag "waar ligt mijn stembureau" beantwoorden met de gemeentesite.
"""))


# =====================================================================================
# POLISH
# =====================================================================================
_pesel = pl_pesel()
S("pl", "gov", T(f"""
    Użytkownik: chcę złożyć wniosek o 800+ przez PUE ZUS, PESEL dziecka to {_pesel},
    reszta danych jest w profilu zaufanym. Pomożesz?
"""), _pesel)

_pl_iban = make_iban("PL")
S("pl", "ride", T(f"""
    Podsumowanie: kurier Bolt Food poprosił o zmianę konta do wypłat. Nowy numer rachunku:
    {_pl_iban[2:4]} {grp(_pl_iban[4:])}. Zmiana zapisana, pierwsza wypłata w poniedziałek.
"""), f"{_pl_iban[2:4]} {grp(_pl_iban[4:])}")

_blik = dg(6)
S("pl", "tix", T(f"""
    użytkownik: płacę BLIKIEM za bilety na Open'er, kod {_blik}, szybko bo zaraz wygaśnie!!
"""), _blik)

_plpw = R.choice(["Pierogi", "Wawel", "Zubr"]) + dg(3) + "$" + R.choice(["kot", "pies"])
S("pl", "free", T(f"""
    Myśl: freelancer podał hasło do Useme w wiadomości ("hasło: {_plpw}"). Nie loguję się za niego —
    platforma wymaga 2FA; poproszę, by sam zaakceptował zlecenie.
"""), _plpw)

I("pl", "free", T(f"""
    Faktura VAT nr FV/{dg(3)}/12/2026, nabywca: Kreatywni Sp. z o.o., NIP {pl_nip()}, REGON {dg(9)}.
    Kwota brutto: 4 920,00 zł. Termin płatności: 14 dni.
"""))

I("pl", "gov", T(f"""
    Wniosek złożony. Numer referencyjny: 800P-{dg(4)}-{dg(6)}. Status możesz sprawdzić na PUE ZUS.
    Infolinia: 22 560 16 00.
"""))

I("pl", "ride", "tool_call inpost.status_paczki " + J({
    "numer_przesylki": dg(24), "paczkomat": "WAW123M", "status": "ready_to_pickup"}))

I("pl", "court", T(f"""
    Sygnatura akt: I C {dg(3)}/26, Sąd Rejonowy dla Warszawy-Mokotowa. Termin rozprawy 18.01.2027 r.,
    sala 205. Policja: numer sprawy RSD-{dg(4)}/26.
"""))


# =====================================================================================
# CZECH
# =====================================================================================
_rc = cz_rc()
S("cs", "gov", T(f"""
    Uživatel: na portálu ČSSZ chtějí rodné číslo kvůli nemocenské, moje je {_rc}.
    Přihlašuji se přes bankovní identitu, to zvládnu sám.
"""), _rc)

_cz_pw = rs(4, UP) + "-" + dg(4)
S("cs", "rent", T(f"""
    Shrnutí pro hostitele (Praha 2): hosté dostali kód k trezoru na klíče {_cz_pw}, platí do 22. 12.
    Po odjezdu kód změnit v aplikaci Masterlock.
"""), _cz_pw)

I("cs", "free", T(f"""
    Faktura č. 2026{dg(4)}, odběratel: Nová Média s.r.o., IČO {dg(8)}, DIČ CZ{dg(8)}.
    Celkem k úhradě 24 200 Kč. Variabilní symbol: {dg(10)}.
"""))

I("cs", "ride", T(f"""
    [tool_output] zasilkovna.stav
    číslo zásilky: Z {dg(3)} {dg(4)} {dg(3)}   výdejní místo: Praha 3, Seifertova 21   stav: připraveno k vyzvednutí
"""))


# =====================================================================================
# SWEDISH / NORWEGIAN / DANISH / FINNISH / ESTONIAN
# =====================================================================================
_pnr = se_pnr()
S("sv", "gov", T(f"""
    Användare: Försäkringskassan vill ha personnumret för bostadsbidraget, mitt är 19{_pnr}.
    Jag loggar in med BankID själv.
"""), f"19{_pnr}")

_se_bg = dg(4)
S("sv", "rent", T(f"""
    Sammanfattning: gästerna i stugan i Åre fick portkoden {_se_bg} och larmkoden till förrådet.
    Byt båda efter utcheckning 22/12.
"""), _se_bg)

_swish = dg(6)
S("sv", "fit", T(f"""
    Tanke: användaren skickade "min swish-säkerhetskod är {_swish}" för att betala gymkortet.
    Säkerhetskoden ska bara skrivas in i Swish-appen; jag uppmanar hen att inte dela den.
"""), _swish)

I("sv", "free", T(f"""
    Faktura 2026-{dg(3)} till Nordljus AB, org.nr 55{dg(4)}-{dg(4)}, momsreg.nr SE55{dg(8)}01.
    Bankgiro {dg(3)}-{dg(4)}. OCR-nummer {dg(12)}. Förfallodatum 2027-01-06.
"""))

I("sv", "gov", T(f"""
    Ärendenummer hos Migrationsverket: {dg(2)}-{dg(6)}. Handläggningstid just nu: ca 7 månader.
    Kontakt: 0771-235 235.
"""))

I("sv", "tix", T(f"""
    Biljetter till Melodifestivalen, order {dg(9)}: Sektion C, Rad 14, Plats 211-212. Totalt 1 190 kr.
"""))

_fnr = no_fnr()
S("no", "gov", T(f"""
    Bruker: NAV-skjemaet for dagpenger vil ha fødselsnummer: {_fnr[:6]} {_fnr[6:]}.
    Kan du sjekke om jeg må sende meldekort før jul?
"""), f"{_fnr[:6]} {_fnr[6:]}")

_no_iban = make_iban("NO")
_no_konto = _no_iban[4:]
S("no", "free", "tool_call finn_oppdrag.lagre_utbetaling " + J({
    "frilanser": "Ingrid Haugen", "kontonummer": f"{_no_konto[:4]}.{_no_konto[4:6]}.{_no_konto[6:]}"}),
  f"{_no_konto[:4]}.{_no_konto[4:6]}.{_no_konto[6:]}")

I("no", "civic", T(f"""
    Valgkort: krets {dg(2)} – Grünerløkka skole, Toftes gate 65, 0552 Oslo. Åpent 09–21.
    Organisasjonsnummer Oslo kommune: {dg(3)} {dg(3)} {dg(3)}.
"""))

I("no", "ride", T(f"""
    [tool_output] posten.sporing  sendingsnummer: 70{dg(15)}   status: Levert til Post i Butikk   hentekode vises i appen
"""))

_cpr = dk_cpr()
S("da", "gov", T(f"""
    Bruger: borger.dk vil have mit CPR-nummer til boligstøtte: {_cpr}. MitID godkender jeg selv i appen.
"""), _cpr)

_dk_pw = R.choice(["Smørrebrød", "Hygge", "Tivoli"]) + dg(4)
S("da", "social", T(f"""
    bruger: kan du logge ind på min dating-profil og slette de gamle billeder? email frida.k@gmail.com
    kode {_dk_pw}
"""), _dk_pw)

I("da", "free", T(f"""
    Faktura nr. {dg(4)} til Blåbær ApS, CVR-nr. {dg(8)}. Beløb 12.500,00 kr. ekskl. moms.
    Betales via FI-kort +71<{dg(15)}+{dg(8)}<.
"""))

I("da", "rent", T(f"""
    Lejeaftale: Feriebolig Skagen, bookingnr. {dg(8)}, 19.–22. december, depositum 1.500 kr.
    Nøgleboks ved døren — koden sendes på ankomstdagen.
"""))

_hetu = fi_hetu()
S("fi", "gov", T(f"""
    Käyttäjä: Kelan asumistukihakemus pyytää henkilötunnusta, minun on {_hetu}.
    Tunnistaudun itse pankkitunnuksilla.
"""), _hetu)

_fi_iban = make_iban("FI")
S("fi", "ride", T(f"""
    Yhteenveto: Wolt-lähetin vaihtoi tilinumeron; uusi tili {fib(_fi_iban)}. Seuraava maksu tulee
    perjantaina.
"""), fib(_fi_iban))

I("fi", "free", T(f"""
    Lasku nro {dg(5)}, asiakas Revontuli Oy, Y-tunnus {dg(7)}-{dg(1)}. Viitenumero {dg(10)}.
    Eräpäivä 5.1.2027. Summa 1 860,00 €.
"""))

I("fi", "civic", T("""
    Muistiinpano: äänestyspaikka on Kallion kirjasto, Viides linja 11, 00530 Helsinki. Äänioikeusilmoitusta
    ei tarvitse ottaa mukaan – henkilöllisyystodistus riittää.
"""))

_ik = ee_isikukood()
S("et", "gov", T(f"""
    Kasutaja: eesti.ee portaal küsib lastetoetuse taotluseks lapse isikukoodi: {_ik}.
    Smart-ID-ga kinnitan ise.
"""), _ik)

_ee_pin = dg(5)
S("et", "gov", T(f"""
    Mõte: kasutaja saatis "minu ID-kaardi PIN2 on {_ee_pin}". Seda ei tohi kusagil kasutada ega salvestada;
    palun tal see ise kaardilugejas sisestada.
"""), _ee_pin)

I("et", "free", T(f"""
    Arve nr {dg(4)}, klient: Põhjatäht OÜ, registrikood {dg(8)}, KMKR EE{dg(9)}. Summa 980,00 €.
"""))

I("et", "ride", T(f"""
    [tool_output] omniva.jälgimine  saadetis: CE{dg(9)}EE  pakiautomaat: Tallinn Kristiine  olek: kohale jõudnud
"""))


# =====================================================================================
# HUNGARIAN / ROMANIAN / GREEK
# =====================================================================================
_taj = hu_taj()
S("hu", "gov", T(f"""
    Felhasználó: az Ügyfélkapun a családi pótlékhoz kérik a TAJ-számomat: {_taj}.
    Az adóazonosítót majd holnap megkeresem.
"""), _taj)

_hu_ad = hu_adoazonosito()
S("hu", "free", "tool_call szamlazo.partner_felvetel " + J({
    "nev": "Kovács Réka (egyéni vállalkozó)", "adoazonosito_jel": _hu_ad, "telepules": "Debrecen"}), _hu_ad)

I("hu", "free", T(f"""
    Számla sorszáma: E-{rs(4, UP)}-2026-{dg(3)}. Vevő: Duna Média Kft., adószám {dg(8)}-2-{dg(2)},
    cégjegyzékszám 01-09-{dg(6)}. Fizetendő: 385 000 Ft.
"""))

I("hu", "civic", T(f"""
    Gondolat: a szavazókör száma {dg(3)}, cím: Budapest XIII., Váci út 45. A "jelszó" szó itt csak
    az Ügyfélkapu belépési oldalára utal, nem kell semmit elkérni a felhasználótól.
"""))

_cnp = ro_cnp()
S("ro", "gov", T(f"""
    Utilizator: pe ghiseul.ro vor CNP-ul pentru plata amenzii, al meu e {_cnp}. Cardul îl introduc eu.
"""), _cnp)

_ro_iban = make_iban("RO")
S("ro", "ngo", T(f"""
    Rezumat: voluntara Ioana a cerut decontarea transportului. Contul ei personal: {fib(_ro_iban)}
    (ING). Suma: 186 lei. Trimis la contabilitate.
"""), fib(_ro_iban))

_ro_pw = R.choice(["Carpati", "Mamaliga", "Dunarea"]) + "_" + dg(4)
S("ro", "ride", T(f"""
    utilizator: intră tu în contul meu de Bolt Driver, parola e {_ro_pw}, și vezi de ce nu mi-au venit banii săptămâna asta
"""), _ro_pw)

I("ro", "free", T(f"""
    Factura seria FRL nr. {dg(4)} către Pixel Studio SRL, CUI RO{dg(8)}, Nr. Reg. Com. J40/{dg(5)}/2019.
    Total de plată: 4.760,00 lei.
"""))

I("ro", "gov", T(f"""
    Cererea a fost înregistrată cu numărul {dg(6)}/{dg(2)}.12.2026. Termen de soluționare: 30 de zile.
    Telverde: 0800 {dg(3)} {dg(3)}.
"""))

I("ro", "ngo", T("""
    Lecție: donatorii pot redirecționa 3,5% din impozit prin formularul 230; nu le cerem CNP-ul pe chat,
    îl completează ei în formularul online.
"""))

_amka = gr_amka()
S("el", "gov", T(f"""
    Χρήστης: στο gov.gr για το επίδομα θέρμανσης ζητάει ΑΜΚΑ, ο δικός μου είναι {_amka}.
    Τους κωδικούς Taxisnet τους βάζω εγώ.
"""), _amka)

_gr_pw = "Kal" + rs(4, LO) + dg(3) + "!"
S("el", "rent", T(f"""
    xristis: kane login sto airbnb mou na allaxeis tin timi gia ta Xristougenna, email eleni.p@yahoo.gr
    kwdikos {_gr_pw} , thelw 95 euro ti vradia
"""), _gr_pw)

_gr_iban = make_iban("GR")
S("el", "free", T(f"""
    Σκέψη: ο freelancer έστειλε τον λογαριασμό του για την πληρωμή: {_gr_iban}. Τον βάζω μόνο στο πεδίο
    πληρωμής του τιμολογίου και όχι στη σύνοψη.
"""), _gr_iban)

I("el", "free", T(f"""
    Τιμολόγιο παροχής υπηρεσιών Α-{dg(3)} προς ΑΙΓΑΙΟ ΨΗΦΙΑΚΗ Α.Ε., ΑΦΜ {dg(9)}, ΔΟΥ ΦΑΕ Αθηνών.
    Σύνολο 1.240,00 €.
"""))

I("el", "rent", T(f"""
    Αριθμός Μητρώου Ακινήτων Βραχυχρόνιας Διαμονής (ΑΜΑ): 00000{dg(6)} — πρέπει να φαίνεται στην αγγελία.
    Τέλος ανθεκτικότητας: 1,50 € ανά διανυκτέρευση.
"""))

I("el", "tix", T(f"""
    eisitiria gia to Olympiakos-PAOK: paraggelia {dg(8)}, thyra 7, tmima 12, seira 9, thesi 14.
    plirwmi me karta pou ligei se {dg(4)}.
"""))


# =====================================================================================
# TURKISH
# =====================================================================================
_tc = tr_tckn()
S("tr", "gov", T(f"""
    Kullanıcı: e-Devlet'te SGK hizmet dökümü almak istiyorum, TC kimlik no {_tc}.
    Şifreyi ben gireceğim, sadece adımları söyle.
"""), _tc)

_tr_iban = make_iban("TR")
S("tr", "ride", "tool_call kurye.odeme_bilgisi_guncelle " + J({
    "kurye_id": f"KRY-{dg(6)}", "ad_soyad": "Emre Aydın", "iban": fib(_tr_iban)}), fib(_tr_iban))

_tr_sifre = R.choice(["Galata", "Kapadokya", "Simit"]) + dg(4) + "."
S("tr", "social", T(f"""
    kullanıcı: instagram hesabım çalındı galiba, eski şifre {_tr_sifre} idi, bununla girmeyi dener misin
    sonra hemen değiştiririz
"""), _tr_sifre)

_tr_otp = dg(6)
S("tr", "tix", T(f"""
    Düşünce: Biletix ödemesi 3D Secure'a düştü. Kullanıcı bankadan gelen SMS'i yapıştırdı:
    "{_tr_otp} kodunu BILETIX 1.450,00 TL islemi icin kullaniniz". Kodu hemen giriyorum, saklamıyorum.
"""), _tr_otp)

_tr_card = card("9792", 16)
S("tr", "fit", T(f"""
    kullanıcı: spor salonu üyeliğini yenile, Troy kartım {_tr_card[:4]}-{_tr_card[4:8]}-{_tr_card[8:12]}-{_tr_card[12:]},
    son kullanma {expiry()}
"""), f"{_tr_card[:4]}-{_tr_card[4:8]}-{_tr_card[8:12]}-{_tr_card[12:]}")

I("tr", "free", T(f"""
    Fatura No: GIB2026{dg(9)} — Alıcı: Mavi Yazılım A.Ş., VKN {tr_vkn()}, Kadıköy VD.
    Tutar: 18.000,00 TL + KDV %20.
"""))

I("tr", "gov", T(f"""
    e-Devlet başvurunuz alındı. Başvuru numarası: {dg(4)}-{dg(4)}-{dg(4)}. Sonuç SMS ile bildirilecek.
    ALO 170 hattından bilgi alabilirsiniz.
"""))

I("tr", "ride", T(f"""
    [tool_output] yurtici.kargo_takip  gönderi kodu: {dg(12)}  durum: Dağıtıma çıktı  şube: Beşiktaş
"""))

I("tr", "court", T(f"""
    Not: İstanbul Anadolu 12. Sulh Hukuk Mahkemesi, Esas No: 2026/{dg(4)}. Duruşma 21.01.2027 10:40.
    UYAP'ta dosya sorgusu için esas numarası yeterli.
"""))

I("tr", "rent", T("""
    Ders: misafir "kapı şifresi ne?" diye sorduğunda şifreyi sohbet geçmişine yazmıyoruz; Airbnb'nin
    otomatik giriş talimatı mesajı giriş gününde gönderiyor.
"""))


# =====================================================================================
# RUSSIAN (incl. transliteration)
# =====================================================================================
_snils = ru_snils()
S("ru", "gov", T(f"""
    Пользователь: на Госуслугах для пособия просят СНИЛС ребёнка — {_snils}. Я его правильно ввожу, с пробелом?
"""), _snils)

_inn = ru_inn12()
S("ru", "free", "tool_call moi_nalog.register_income " + J({
    "inn_samozanyatogo": _inn, "summa": 45000, "naimenovanie": "Разработка лендинга", "klient": "ООО «Вектор»"}), _inn)

_pass = f"{dg(2)} {dg(2)} {dg(6)}"
S("ru", "immig", T(f"""
    Мысль: для записи на подачу документов на ВНЖ клиент прислал паспорт: серия и номер {_pass}.
    В анкете это одно поле; остальное не переписываю в заметки.
"""), _pass)

_ru_pw = rs(3, LO) + R.choice(["Moskva", "Sibir", "Volga"]) + dg(3)
S("ru", "ride", T(f"""
    polzovatel: zaidi v moy akkaunt yandex pro, login ivan.taxi88 parol' {_ru_pw}
    posmotri pochemu menya zablokirovali vchera
"""), _ru_pw)

_mir = card("220" + R.choice("01234"), 16)
S("ru", "tix", T(f"""
    Пользователь: купи два билета в Большой на «Щелкунчика», карта Мир {grp(_mir)}, срок {expiry()}.
"""), grp(_mir))

I("ru", "free", T(f"""
    Счёт № {dg(3)} от 05.12.2026. Заказчик: ООО «Вектор», ИНН {ru_inn10()}, КПП {dg(9)}, ОГРН {dg(13)}.
    Сумма: 45 000,00 ₽, без НДС.
"""))

I("ru", "gov", T(f"""
    Заявление № {dg(10)} принято ведомством. Статус: «Отправлено в ведомство».
    Срок рассмотрения — 10 рабочих дней. Тел. поддержки: 8 800 100-70-10.
"""))

I("ru", "court", T(f"""
    Мысль: дело № 2-{dg(4)}/2026 в Пресненском районном суде, заседание 19.01.2027 в 11:00.
    КУСП № {dg(5)} от 03.12.2026 — номер сообщения о происшествии, не персональные данные.
"""))

I("ru", "ride", T(f"""
    [tool_output] cdek.tracking  накладная: {dg(10)}  статус: Готов к выдаче  ПВЗ: Москва, Тверская 12
"""))

I("ru", "social", T("""
    urok: esli prilozhenie pishet "nevernyi parol'", ne prosi u polzovatelya parol' v chate —
    napravlyai ego na "Zabyli parol'?" i zhdi, poka on sam voydet.
"""))


# =====================================================================================
# UKRAINIAN
# =====================================================================================
_rnokpp = ua_rnokpp()
S("uk", "gov", T(f"""
    Користувач: у Дії для заяви на допомогу ВПО просять РНОКПП (ІПН): {_rnokpp}. Куди його вводити?
"""), _rnokpp)

_ua_iban = make_iban("UA")
S("uk", "ngo", "tool_call cash_assistance.register " + J({
    "beneficiary": "Шевченко Оксана", "oblast": "Харківська", "household": 4, "iban": _ua_iban,
    "programme": "MPCA-winter-2026"}), _ua_iban)

_ua_pin = dg(4)
S("uk", "gov", T(f"""
    Думка: користувачка написала "ПІН-код від картки Дія.Картка {_ua_pin}, зніми гроші". Я не можу і не
    буду цього робити; пораджу змінити ПІН у застосунку банку, бо вона його розголосила.
"""), _ua_pin)

_ua_card = card("5375", 16)
S("uk", "immig", T(f"""
    Підсумок: для виплати від UNHCR біженці з Польщі вказали карту {_ua_card}.
    Вона в гривнях, тож конвертацію робить банк.
"""), _ua_card)

I("uk", "gov", T(f"""
    Вашу заяву зареєстровано. Номер: {grp(not_luhn('1', 16), 4, '-')}. Статус можна перевірити в Дії.
    Гаряча лінія: 0 800 50 44 00.
"""))

I("uk", "free", T(f"""
    Рахунок-фактура № {dg(3)}, отримувач ФОП Бондар В.О. (3 група), код ЄДРПОУ контрагента {dg(8)}.
    Сума 18 000 грн.
"""))

I("uk", "ngo", T(f"""
    Звіт: видано {dg(3)} продуктових наборів у Херсоні. Партія № {dg(6)}, накладна Нова пошта {not_luhn('20', 14)}.
"""))

I("uk", "civic", T("""
    Урок: слово «пароль» у листі ЦНАП стосується кабінету громадянина; нічого не запитуємо в користувача,
    лише даємо посилання на відновлення доступу.
"""))


# =====================================================================================
# SERBIAN / CROATIAN / BULGARIAN
# =====================================================================================
_jmbg = rs_jmbg()
S("sr", "gov", T(f"""
    Korisnik: na eUpravi traže JMBG za dečiji dodatak, moj je {_jmbg}. Lozinku ću sam uneti.
"""), _jmbg)

_sr_pw = R.choice(["Kajmak", "Avala", "Sarma"]) + dg(3) + "!"
S("sr", "ride", T(f"""
    Корисник: уђи у мој CarGo возачки налог, лозинка {_sr_pw}, и провери зашто ми није исплаћено
"""), _sr_pw)

I("sr", "free", T(f"""
    Faktura br. {dg(3)}/2026, kupac: Digitalni Most d.o.o., PIB {dg(9)}, matični broj {dg(8)}.
    Iznos: 120.000,00 RSD.
"""))

I("sr", "court", T(f"""
    Mislim: predmet u Osnovnom sudu u Beogradu vodi se pod brojem P-{dg(4)}/26; ročište 20.01.2027.
"""))

_oib = hr_oib()
S("hr", "rent", T(f"""
    Prijava gosta u eVisitor: gost iz Zagreba, OIB {_oib}, boravak 19.–22.12. Turistička pristojba obračunata.
"""), _oib)

I("hr", "rent", T(f"""
    Rješenje o kategorizaciji apartmana: KLASA UP/I-335-02/26-{dg(2)}/{dg(3)}, kapacitet 4 osobe.
    OIB tvrtke upravitelja objavljen je na web stranici.
"""))

_egn = bg_egn()
S("bg", "gov", T(f"""
    Потребител: в портала на НАП искат ЕГН за данъчната декларация: {_egn}. ПИК-а ще го въведа аз.
"""), _egn)

_bg_iban = make_iban("BG")
S("bg", "free", T(f"""
    Обобщение: фрийлансърката даде личната си сметка за плащане: {fib(_bg_iban)}. Фактурата е изпратена.
"""), fib(_bg_iban))

I("bg", "free", T(f"""
    Фактура № 0000{dg(6)} към „Софтуер Балкан“ ЕООД, ЕИК {dg(9)}, ДДС № BG{dg(9)}. Сума 2 400,00 лв.
"""))

I("bg", "civic", T(f"""
    Избирателна секция № {dg(9)}, адрес: 119 СУ, ул. „Акад. Борис Стефанов“ 1, София.
"""))


# =====================================================================================
# ARABIC (incl. Arabizi)
# =====================================================================================
_said = sa_id("1")
S("ar", "gov", T(f"""
    المستخدم: أبغى أقدّم على حساب المواطن، رقم الهوية الوطنية {_said}، وكلمة مرور أبشر أدخلها بنفسي.
"""), _said)

_eid = ae_eid()
S("ar", "ride", "tool_call driver_onboarding.submit " + J({
    "platform": "careem", "city": "دبي", "full_name": "محمد الحسن", "emirates_id": _eid,
    "license_no": dg(7)}), _eid)

_eg_pw = "Nile" + dg(4) + R.choice(["@", "#"]) + rs(2, LO)
S("ar", "social", T(f"""
    user: 3ayez a3mel reset lel account bta3 el dating app, el password el adeem kan {_eg_pw}
    momken tegarrabo el awel? msh fakra 7aga tanya
"""), _eg_pw)

_sa_iban = make_iban("SA")
S("ar", "free", T(f"""
    ملخص: المستقل طلب تحويل أرباح المشروع إلى حسابه الشخصي، الآيبان: {fib(_sa_iban)}.
    تم إرسال الطلب للمالية، التحويل خلال ٣ أيام عمل.
"""), fib(_sa_iban))

_door_ar = dg(6)
S("ar", "rent", T(f"""
    رسالة للضيف: أهلاً أحمد، رمز القفل الذكي للشقة هو {_door_ar} ثم اضغط ✓. موقف السيارة رقم ١٤.
"""), _door_ar)

_eg_iban = make_iban("EG")
S("ar", "ngo", T(f"""
    الفكرة: الأسرة المستفيدة أرسلت رقم حسابها البنكي الشخصي للتحويل النقدي: {_eg_iban}
    أسجّله في نظام التوزيع فقط ولا أكتبه في التقرير الأسبوعي.
"""), _eg_iban)

I("ar", "gov", T(f"""
    تم استلام طلبك بنجاح. رقم الطلب: {dg(10)}. يمكنك متابعة حالة الطلب عبر منصة أبشر أو الاتصال على 920020405.
"""))

I("ar", "free", T(f"""
    فاتورة ضريبية رقم INV-{dg(5)} — الرقم الضريبي للمورّد: 3{dg(13)}3 — السجل التجاري: 10{dg(8)}.
    الإجمالي شامل ضريبة القيمة المضافة ١٥٪: 5,750.00 ر.س
"""))

I("ar", "ride", T(f"""
    [tool_output] aramex.track  رقم الشحنة: {dg(11)}  الحالة: قيد التوصيل  المدينة: الرياض  الرمز البريدي: 12271
"""))

I("ar", "ngo", T(f"""
    تقرير ميداني: تم توزيع {dg(3)} سلة غذائية في مخيم الزعتري. رقم الدفعة WFP-{dg(6)}.
    ملاحظة: كلمة «رمز» في الاستمارة تعني رمز المنطقة وليس كلمة مرور.
"""))

I("ar", "immig", T(f"""
    el mow3ed fel safara etgaz: raqam el ta2keed {rs(8, UP + DIG)}, yom 14/1 el sa3a 9 el sob7.
    lazem te7dar el passport el asli w sora shakhseya.
"""))

I("ar", "tix", "tool_call tickets.lookup " + J({
    "order_ref": f"WB-{dg(8)}", "event": "موسم الرياض - حفل", "seats": ["VIP-B-12", "VIP-B-13"],
    "total_sar": 1790}))


# =====================================================================================
# HEBREW / PERSIAN / URDU / PASHTO
# =====================================================================================
_tz = il_tz()
S("he", "gov", T(f"""
    משתמש: באתר ביטוח לאומי מבקשים מספר תעודת זהות לתביעת אבטלה: {_tz}. את הסיסמה אני אקליד.
"""), _tz)

_il_pw = rs(4, LO) + dg(4) + "!"
S("he", "ride", T(f"""
    סיכום: השליח של וולט ביקש לבדוק תשלומים; הוא שלח שם משתמש dani.w וסיסמה {_il_pw}. נכנסתי,
    התשלום של שבוע שעבר אושר. המלצתי לו להחליף סיסמה.
"""), _il_pw)

_il_card = card("4580", 16)
S("he", "tix", T(f"""
    משתמשת: תזמין 2 כרטיסים להופעה בלייב פארק עם הכרטיס {_il_card} תוקף {expiry()}
"""), _il_card)

I("he", "free", T(f"""
    חשבונית מס {dg(5)} ל"סטודיו כחול בע\"מ", ח.פ. 51{dg(7)}. סכום: 4,680 ₪ כולל מע\"מ.
"""))

I("he", "gov", T(f"""
    פנייתך התקבלה. מספר פנייה: {dg(8)}. מוקד ביטוח לאומי: ‎*6050.
"""))

I("he", "civic", T(f"""
    קלפי מספר {dg(3)}.{dg(1)} — בית ספר הדר, רחוב הרצל 14, חיפה. הקלפי פתוחה 07:00–22:00.
"""))

_melli = ir_melli()
S("fa", "immig", T(f"""
    کاربر: برای فرم پناهندگی کد ملی‌ام را می‌خواهند: {_melli}. شماره گذرنامه را هم بعداً می‌فرستم.
"""), _melli)

_fa_pw = "Tehran" + dg(4) + "!"
S("fa", "social", T(f"""
    karbar: lotfan vared account-e man to app-e doost-yabi sho, ramz {_fa_pw} — bebin kasi payam dade?
"""), _fa_pw)

_fa_card = card("6037", 16)
S("fa", "ngo", T(f"""
    خلاصه: خانواده افغان برای دریافت کمک نقدی شماره کارت بانکی شخصی داد: {grp(_fa_card, 4, '-')}
    در سامانه ثبت شد.
"""), grp(_fa_card, 4, '-'))

I("fa", "immig", T(f"""
    شماره پرونده در اداره مهاجرت: {dg(3)}-{dg(6)}. وقت مصاحبه: ۲۴ دی ساعت ۹. این شماره پرونده است، نه رمز.
"""))

I("fa", "free", T(f"""
    فاکتور شماره {dg(4)} — شناسه ملی شرکت: {dg(11)} — کد اقتصادی: {dg(12)}. مبلغ: ۱۲٬۵۰۰٬۰۰۰ ریال
"""))

I("fa", "ride", T(f"""
    [tool_output] snapp.trip  شناسه سفر: {ruuid()}  مبدا: میدان ونک  مقصد: تجریش  کرایه: ۱۸۵٬۰۰۰ تومان
"""))

_cnic = f"{dg(5)}-{dg(7)}-{R.choice('123456789')}"
S("ur", "gov", T(f"""
    صارف: احساس پروگرام کے لیے شناختی کارڈ نمبر {_cnic} ہے، 8171 پر بھیجنا ہے۔ میری مدد کریں۔
"""), _cnic)

_ur_pin = dg(5)
S("ur", "ride", T(f"""
    user: bhai meri JazzCash ka MPIN {_ur_pin} hai, foodpanda ki payout check kar do please, mujhe app samajh nahi aati
"""), _ur_pin)

I("ur", "gov", T(f"""
    آپ کی درخواست موصول ہو گئی ہے۔ ٹریکنگ نمبر: {dg(12)}۔ ہیلپ لائن: 0800-26477
"""))

I("ur", "ride", T(f"""
    [tool_output] tcs.track  کنسائنمنٹ نمبر: {dg(12)}  حالت: ڈیلیور ہو گیا  شہر: لاہور
"""))

_ps_id = f"{dg(4)}-{dg(4)}-{dg(5)}"
S("ps", "immig", T(f"""
    کارن: د تذکرې شمېره مې {_ps_id} ده، د IOM فورمه کې یې ولیکه.
"""), _ps_id)

I("ps", "ngo", T(f"""
    راپور: په ننګرهار کې {dg(3)} کورنیو ته د ژمي مرسته ورکړل شوه. د ویش لیست شمېره: AF-{dg(6)}.
"""))


# =====================================================================================
# HINDI (incl. Hinglish) / BENGALI / TAMIL / NEPALI
# =====================================================================================
_aad = in_aadhaar()
S("hi", "gov", T(f"""
    उपयोगकर्ता: पीएम किसान पोर्टल पर ई-केवाईसी के लिए आधार नंबर {grp(_aad, 4, ' ')} डालना है, OTP मेरे फोन पर आएगा।
"""), grp(_aad, 4, ' '))

_pan = in_pan()
S("hi", "free", "tool_call invoice.create " + J({
    "freelancer": "Rohit Sharma", "pan": _pan, "client": "Zeta Labs Pvt Ltd", "amount_inr": 85000,
    "tds_section": "194J"}), _pan)

_upi = dg(R.choice([4, 6]))
S("hi", "ride", T(f"""
    user: bhai Swiggy ka payout nahi aaya, mera UPI PIN {_upi} hai, tum check karke paise transfer kar do na
    rider id SWG-{dg(6)} hai
"""), _upi)

_hi_otp = dg(6)
S("hi", "tix", T(f"""
    विचार: BookMyShow पर भुगतान के लिए बैंक का OTP आया — "{_hi_otp} is your OTP for txn of INR 1,398.00".
    यूज़र ने कहा तुरंत डाल दो; डालकर आगे बढ़ता हूँ, नोट्स में नहीं रखूँगा।
"""), _hi_otp)

_rupay = card("6521", 16)
S("hi", "fit", T(f"""
    user: cult.fit ka membership renew kar do, RuPay card {grp(_rupay)} exp {expiry()}, naam PRIYA NAIR
"""), grp(_rupay))

I("hi", "gov", T(f"""
    आपका आवेदन सफलतापूर्वक जमा हो गया है। आवेदन संख्या: PMK{dg(10)}। स्थिति जानने के लिए हेल्पलाइन 155261 पर कॉल करें।
"""))

I("hi", "free", T(f"""
    Tax invoice INV/{dg(4)}/26-27 — client GSTIN 27{rs(5, UP)}{dg(4)}{R.choice(UP)}1Z{R.choice(UP + DIG)}, SAC 998314.
    Amount ₹85,000 + GST 18% = ₹1,00,300.
"""))

I("hi", "ride", T(f"""
    [tool_output] swiggy.order  order_id: {dg(12)}  status: DELIVERED  rider_rating: 4.8  amount: ₹412
    customer_phone: {phone('in')}
"""))

I("hi", "civic", T(f"""
    user: mera voter slip aaya hai, part no. {dg(3)}, serial no. {dg(3)}, booth Govt School Sector 15 — yeh sahi hai na?
    EPIC number maine abhi nahi dala
"""))

I("hi", "social", T("""
    सीख: अगर ऐप "पासवर्ड ग़लत है" बताए तो उपयोगकर्ता से पासवर्ड चैट में न माँगें; "Forgot password" से रीसेट कराएँ।
"""))

_bd_nid = dg(10)
S("bn", "gov", T(f"""
    ব্যবহারকারী: ভাতার আবেদনের জন্য আমার জাতীয় পরিচয়পত্র নম্বর {_bd_nid}, জন্মতারিখ ১২/০৩/১৯৮৫।
"""), _bd_nid)

_bkash = dg(5)
S("bn", "ngo", T(f"""
    ভাবনা: উপকারভোগী বললেন তাঁর বিকাশ পিন {_bkash}, যাতে আমরা টাকা তুলে দিই। এটা প্রটোকল বিরোধী;
    তাঁকে পিন পরিবর্তন করতে বলব।
"""), _bkash)

I("bn", "ngo", T(f"""
    রিপোর্ট: কক্সবাজার ক্যাম্প ১৫-তে {dg(3)}টি পরিবারকে শীতবস্ত্র দেওয়া হয়েছে। বিতরণ তালিকা নং: DL-{dg(5)}।
"""))

I("bn", "ride", T(f"""
    [tool_output] pathao.order  অর্ডার আইডি: {dg(9)}  অবস্থা: পৌঁছে গেছে  ভাড়া: ৳১৮০
"""))

_ta_aad = in_aadhaar()
S("ta", "gov", T(f"""
    பயனர்: மகளிர் உரிமைத் தொகை விண்ணப்பத்துக்கு ஆதார் எண் {_ta_aad} தேவை என்று கேட்கிறார்கள்.
"""), _ta_aad)

_ta_pw = "Chennai" + dg(3) + "@" + rs(2, LO)
S("ta", "ride", T(f"""
    user: en Rapido captain account password {_ta_pw}, weekly incentive ஏன் வரலை என்று பாருங்க
"""), _ta_pw)

I("ta", "gov", T(f"""
    உங்கள் விண்ணப்பம் பெறப்பட்டது. விண்ணப்ப எண்: KMUT{dg(9)}. உதவி எண்: 1100.
"""))

I("ta", "tix", T(f"""
    Chepauk match tickets: booking ID {rs(3, UP)}{dg(7)}, Stand I, Row M, Seats 21–22. Amount ₹3,500.
"""))

_np_pw = "Himal" + dg(4)
S("ne", "immig", T(f"""
    प्रयोगकर्ता: वैदेशिक रोजगार पोर्टलको पासवर्ड {_np_pw} हो, श्रम स्वीकृति कहिले आउँछ हेर्दिनु न।
"""), _np_pw)

I("ne", "gov", T(f"""
    तपाईंको निवेदन दर्ता भयो। दर्ता नम्बर: {dg(4)}/{dg(5)}। थप जानकारीका लागि 1111 मा सम्पर्क गर्नुहोस्।
"""))


# =====================================================================================
# THAI / VIETNAMESE / INDONESIAN / MALAY / TAGALOG
# =====================================================================================
_thid = th_id()
S("th", "gov", T(f"""
    ผู้ใช้: จะลงทะเบียนบัตรสวัสดิการแห่งรัฐ ต้องใช้เลขบัตรประชาชน {_thid} ใช่ไหมคะ
"""), _thid)

_th_pin = dg(6)
S("th", "ride", T(f"""
    ความคิด: ไรเดอร์ Grab ส่งมาว่า "รหัส PIN กระเป๋าเงิน {_th_pin} ช่วยถอนเงินให้หน่อย" — ไม่ทำแทน
    และแนะนำให้เปลี่ยน PIN ทันที
"""), _th_pin)

_th_pw = "Siam" + dg(4) + "!"
S("th", "tix", T(f"""
    user: ช่วยเข้า Thai Ticket Major ให้หน่อย email nok.p@hotmail.com password {_th_pw} กดบัตรคอนเสิร์ตโซน A
"""), _th_pw)

I("th", "gov", T(f"""
    ระบบได้รับคำขอของท่านแล้ว เลขที่คำขอ {dg(13)} สอบถามเพิ่มเติมโทร 1111
"""))

I("th", "free", T(f"""
    ใบกำกับภาษีเลขที่ INV{dg(6)} ผู้ซื้อ บริษัท ฟ้าใส ดิจิทัล จำกัด เลขประจำตัวผู้เสียภาษี 0105{dg(9)}
    ยอดรวม 32,100.00 บาท
"""))

I("th", "ride", T(f"""
    [tool_output] lineman.order  หมายเลขคำสั่งซื้อ: LM{dg(10)}  สถานะ: จัดส่งแล้ว  ค่าส่ง: 29 บาท
"""))

_cccd = "0" + dg(11)
S("vi", "gov", T(f"""
    Người dùng: trên Cổng dịch vụ công họ hỏi số CCCD để làm trợ cấp, số của tôi là {_cccd}.
    Mật khẩu VNeID tôi tự nhập.
"""), _cccd)

_vi_stk = dg(12)
S("vi", "ride", "tool_call driver_payout.update " + J({
    "nen_tang": "be", "tai_xe": "Nguyễn Văn Hùng", "ngan_hang": "Vietcombank", "so_tai_khoan": _vi_stk}), _vi_stk)

_vi_otp = dg(6)
S("vi", "social", T(f"""
    user: ê bạn ơi, Zalo gửi mã xác thực {_vi_otp} nè, nhập giúp mình để đăng nhập trên máy tính nha
"""), _vi_otp)

I("vi", "free", T(f"""
    Hóa đơn số {dg(7)}, ký hiệu 1C26TAA, bên mua: Công ty TNHH Sao Mai, MST 0{dg(9)}. Tổng tiền: 12.650.000 ₫.
"""))

I("vi", "gov", T(f"""
    Hồ sơ của bạn đã được tiếp nhận. Mã hồ sơ: G{dg(2)}.{dg(2)}.{dg(2)}-{dg(6)}-{dg(4)}. Tra cứu tại dichvucong.gov.vn.
"""))

I("vi", "tix", T(f"""
    Vé concert: mã đơn hàng TKB{dg(8)}, khu GA, cổng số 3. Thanh toán bằng thẻ ****{dg(4)}.
"""))

_nik = f"{R.choice(['31', '32', '33', '35', '51'])}{dg(4)}{R.randint(41, 71):02d}{R.randint(1, 12):02d}{R.randint(80, 99):02d}{dg(4)}"
S("id", "gov", T(f"""
    Pengguna: buat daftar bansos di aplikasi Cek Bansos harus isi NIK, punyaku {_nik}. KK nanti aku foto.
"""), _nik)

_id_pin = dg(6)
S("id", "ride", T(f"""
    Pikiran: driver Gojek kirim pesan "PIN GoPay aku {_id_pin}, tolong tarik saldo". Tidak akan saya lakukan;
    sarankan ganti PIN lewat aplikasi.
"""), _id_pin)

_id_pw = "Bandung" + dg(3) + "#"
S("id", "free", T(f"""
    user: tolong login ke akun Sribulancer aku, email rina.dev@gmail.com pw {_id_pw}, cek proyek yang baru masuk
"""), _id_pw)

I("id", "free", T(f"""
    Faktur No. INV/2026/12/{dg(4)} — PT Cahaya Digital, NPWP {dg(2)}.{dg(3)}.{dg(3)}.{dg(1)}-{dg(3)}.000.
    Total: Rp 7.500.000.
"""))

I("id", "ride", T(f"""
    [tool_output] jne.lacak  no resi: {dg(15)}  status: DELIVERED  penerima: YANTI (ybs)
"""))

I("id", "gov", T("""
    Pelajaran: kata "PIN" di SMS resmi bansos hanya pengingat agar tidak membagikan PIN; tidak ada kode
    yang perlu dicatat.
"""))

_mykad = f"{R.randint(80, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{R.choice(['10', '14', '08', '01'])}-{dg(4)}"
S("ms", "gov", T(f"""
    Pengguna: untuk mohon STR di portal LHDN, nombor MyKad saya {_mykad}. Kata laluan saya masukkan sendiri.
"""), _mykad)

I("ms", "free", T(f"""
    Invois No. {dg(5)} kepada Syarikat Bintang Sdn. Bhd., No. Pendaftaran 2019010{dg(5)} ({dg(7)}-{R.choice(UP)}).
    Jumlah: RM 4,200.00.
"""))

_ph_pw = "Mabuhay" + dg(4) + "!"
S("tl", "gov", T(f"""
    user: pa-login naman sa SSS portal ko, user ID jdelacruz88 password {_ph_pw} — check mo kung
    na-approve na yung maternity benefit ko
"""), _ph_pw)

_gcash = dg(4)
S("tl", "ride", T(f"""
    Summary: Si Kuya Ben (Lalamove driver) nag-send ng GCash MPIN niya ({_gcash}) para daw ma-check ko ang
    payout. Hindi ko ginamit; pinayuhan ko siyang palitan agad.
"""), _gcash)

_philsys = f"{dg(4)}-{dg(4)}-{dg(4)}-{dg(4)}"
S("tl", "immig", T(f"""
    Gumagawa ng OEC sa DMW portal para sa seaman. PhilSys Card Number (PCN): {_philsys}. Pasaporte kasunod.
"""), _philsys)

I("tl", "gov", T(f"""
    Ang inyong transaction reference number ay {dg(4)}-{dg(6)}-{dg(4)}. Mag-antay ng SMS mula sa PhilHealth.
"""))

I("tl", "ride", T(f"""
    [tool_output] grabfood.order  booking code: A-{rs(8, UP + DIG)}  status: COMPLETED  total: ₱385.00
"""))

I("tl", "social", T("""
    Lesson: kapag sinabi ni user "nakalimutan ko yung password", 'wag hingin ang luma — i-guide sa
    "Forgot password" ng app. Walang ise-save.
"""))


# =====================================================================================
# SWAHILI / AMHARIC / HAUSA / YORUBA / SOMALI
# =====================================================================================
_ke_id = dg(8)
S("sw", "gov", T(f"""
    Mtumiaji: nataka kujisajili eCitizen kwa ajili ya Inua Jamii, nambari yangu ya kitambulisho ni {_ke_id}.
"""), _ke_id)

_mpesa = dg(4)
S("sw", "ride", T(f"""
    Wazo: dereva wa boda alituma "PIN yangu ya M-Pesa ni {_mpesa}, toa pesa kwa ajili yangu". Sitafanya hivyo;
    nitamshauri abadilishe PIN mara moja.
"""), _mpesa)

_kra = "A" + dg(9) + R.choice(UP)
S("sw", "free", "tool_call invoice.create " + J({
    "mfanyakazi_huru": "Wanjiku Kamau", "kra_pin": _kra, "mteja": "Savanna Digital Ltd", "kiasi_kes": 95000}), _kra)

I("sw", "ngo", T(f"""
    Ripoti: kaya {dg(3)} zimepokea msaada wa fedha Turkana. Msimbo wa muamala wa M-Pesa: {rs(10, UP + DIG)}.
    Neno "PIN" kwenye fomu ni kwa mafunzo tu, hakuna PIN iliyokusanywa.
"""))

I("sw", "free", T(f"""
    Ankara Na. {dg(4)} — Savanna Digital Ltd, KRA PIN ya kampuni P05{dg(7)}{R.choice(UP)} (imechapishwa kwenye tovuti).
"""))

I("sw", "ride", T(f"""
    [tool_output] sendy.delivery  nambari ya oda: SND-{dg(7)}  hali: imefikishwa  simu ya mteja: +254 7{dg(2)} {dg(3)} {dg(3)}
"""))

_fayda = dg(16)
S("am", "gov", T(f"""
    ተጠቃሚ፡ ለሴፍቲኔት ምዝገባ የፋይዳ ቁጥሬ {_fayda} ነው።
"""), _fayda)

_telebirr = dg(6)
S("am", "ride", T(f"""
    ሀሳብ፡ አሽከርካሪው የቴሌብር ፒን {_telebirr} ላከልኝ — አልጠቀምበትም፣ እንዲቀይረው እመክረዋለሁ።
"""), _telebirr)

I("am", "ngo", T(f"""
    ሪፖርት፡ በአፋር ለ{dg(3)} ቤተሰቦች የምግብ ድጋፍ ተሰራጭቷል። የስርጭት ቁጥር ET-{dg(6)}።
"""))

I("am", "gov", T(f"""
    ማመልከቻዎ ደርሷል። የማመልከቻ ቁጥር፡ {dg(10)}። ለተጨማሪ መረጃ 952 ይደውሉ።
"""))

_ng_nin = dg(11)
S("ha", "gov", T(f"""
    Mai amfani: ina so in yi rajista don tallafin gwamnati, lambar NIN dina ita ce {_ng_nin}.
"""), _ng_nin)

I("ha", "ngo", T(f"""
    Rahoto: an raba kayan abinci ga iyalai {dg(3)} a Maiduguri. Lambar rarrabawa: NG-{dg(6)}.
"""))

_bvn = "22" + dg(9)
S("yo", "free", T(f"""
    Olumulo: mo fẹ́ kí owó iṣẹ́ freelance wọlé sí àkáǹtì mi, BVN mi ni {_bvn}, GTBank ni.
"""), _bvn)

I("yo", "ride", T(f"""
    [tool_output] gig.order  nọ́mbà ìbéèrè: GIG-{dg(8)}  ipò: ti dé  ìlú: Ìbàdàn
"""))

_so_pin = dg(4)
S("so", "ngo", T(f"""
    Fikir: qofka gargaarka qaata wuxuu ii soo diray "PIN-ka EVC Plus waa {_so_pin}". Ma isticmaali doono;
    waxaan kula talin doonaa inuu beddelo.
"""), _so_pin)

_so_pw = "Hargeisa" + dg(3)
S("so", "immig", T(f"""
    isticmaale: fadlan gal akoonkayga UNHCR portal, furaha sirta ah waa {_so_pw}, eeg ballanta wareysiga
"""), _so_pw)

I("so", "ngo", T(f"""
    Warbixin: {dg(3)} qoys ayaa helay gargaar lacageed Baydhabo. Lambarka liiska: SO-{dg(6)}.
"""))

I("so", "immig", T(f"""
    Ballanta wareysiga: lambarka kiiska {dg(3)}-{dg(2)}C{dg(5)}, taariikhda 20/01/2027. Lambarkan waa kiis, ma aha sir.
"""))


# =====================================================================================
# CHINESE
# =====================================================================================
_rid = cn_rid()
S("zh", "court", T(f"""
    用户：我要在“移动微法院”上查我的劳动仲裁案子，身份证号是{_rid}，案号我等会儿发你。
"""), _rid)

_wx = rs(32, LO + DIG)
S("zh", "tix", T(f"""
    # 票务小程序 config.prod.js
    module.exports = {{
      appId: 'wx{hx(16)}',
      appSecret: '{_wx}',   // 微信小程序 AppSecret，勿提交
      mchId: '{nz(10)}'
    }}
"""), _wx)

_zh_pw = "Jkl" + dg(6) + "!"
S("zh", "fit", T(f"""
    想法：用户说“Keep 的密码是 {_zh_pw}，帮我把这周的跑步记录导出来”。先导出，完成后提醒他改密码。
"""), _zh_pw)

_twid = tw_id()
S("zh", "rent", T(f"""
    房客登记（台北短租）：房客 陳雅婷，身分證字號 {_twid}，入住 12/19，退房 12/22。
"""), _twid)

_zh_card = card("62" + R.choice(["2202", "2848", "2588"]), 16)
S("zh", "social", T(f"""
    用户: 帮我在交友 app 上开通会员，银联卡 {grp(_zh_card)}，有效期 {expiry()}，姓名 王磊
"""), grp(_zh_card))

I("zh", "court", T(f"""
    思考：案号（2026）京0105民初{dg(5)}号，开庭时间 2027年1月18日 9:30，第十二法庭。
    案号只是公开的案件编号，可以写进摘要。
"""))

I("zh", "tix", T(f"""
    订单号 {dg(19)}，演出：周杰伦演唱会 上海站，看台 2层 213区 8排 15座，票价 ¥1,280。
    取票方式：电子票，入场前 2 小时生成动态二维码。
"""))

I("zh", "free", T(f"""
    发票号码 {dg(20)}，购买方：上海星云科技有限公司，统一社会信用代码 91310{dg(6)}{rs(7, UP + DIG)}。
    金额 ¥8,000.00，税额 ¥480.00。
"""))

I("zh", "fit", "tool_call fitness.sync " + J({
    "设备": "华为 Watch GT 4", "设备序列号": rs(4, UP) + dg(8), "运动记录ID": ruuid(),
    "距离_km": 10.5, "平均配速": "5'12\""}))

I("zh", "ride", T(f"""
    [工具输出] 顺丰速运 运单号 SF{dg(13)}，状态：已签收，签收人：本人，收件地址邮编 200031
"""))


# =====================================================================================
# JAPANESE
# =====================================================================================
_myn = jp_mynumber()
S("ja", "gov", T(f"""
    ユーザー：マイナポータルで児童手当の申請をしたいです。マイナンバーは {_myn[:4]} {_myn[4:8]} {_myn[8:]} です。
    暗証番号は自分で入れます。
"""), f"{_myn[:4]} {_myn[4:8]} {_myn[8:]}")

_ja_pw = "Sakura" + dg(4) + "#"
S("ja", "tix", T(f"""
    考え：ユーザーが「チケットぴあのパスワードは {_ja_pw} です、先行抽選に申し込んで」と送ってきた。
    申込後、パスワード変更を勧める。
"""), _ja_pw)

_ja_door = dg(4)
S("ja", "rent", T(f"""
    ゲストへのメッセージ（民泊・浅草）：玄関のキーボックスの暗証番号は {_ja_door} です。
    チェックアウト時は鍵を戻してダイヤルを回してください。
"""), _ja_door)

_ja_tok = rs(43, AN + "+/") + "="
S("ja", "social", T(f"""
    LINE 公式アカウントの Messaging API 設定：
    チャネルアクセストークン（長期）: {_ja_tok}
    → 地域ボランティア募集の自動返信 bot で使用
"""), _ja_tok)

I("ja", "gov", T(f"""
    申請を受け付けました。受付番号：{dg(4)}-{dg(4)}-{dg(4)}。お問い合わせはマイナンバー総合フリーダイヤル
    0120-95-0178 まで。
"""))

I("ja", "free", T(f"""
    請求書番号 INV-{dg(6)}、宛先：株式会社ミライデザイン、適格請求書発行事業者登録番号 T{dg(13)}。
    合計 ¥330,000（税込）。
"""))

I("ja", "tix", T(f"""
    当選のお知らせ：受付番号 {rs(2, UP)}{dg(10)}、公演日 2027/02/11、アリーナ席。
    発券は公演 7 日前から。暗証番号は申込時にご自身で設定したものを使用します。
"""))

I("ja", "court", T(f"""
    メモ：東京地方裁判所 令和8年(ワ)第{dg(4)}号、第1回口頭弁論期日 2027年1月20日 10時30分、第606号法廷。
"""))


# =====================================================================================
# KOREAN
# =====================================================================================
_rrn = kr_rrn()
S("ko", "gov", T(f"""
    사용자: 복지로에서 기초연금 신청하려는데 주민등록번호 {_rrn} 입력하면 되나요? 공동인증서는 제가 할게요.
"""), _rrn)

_ko_pw = "Seoul" + dg(4) + "!" + rs(2, LO)
S("ko", "fit", T(f"""
    사용자: 헬스장 앱 로그인 좀 해줘, 아이디 minji_fit 비번 {_ko_pw} — PT 예약 목요일 7시로 바꿔줘
"""), _ko_pw)

_ko_tok = rs(32, AN)
S("ko", "civic", "tool_call public_data.request " + J({
    "endpoint": "https://apis.data.go.kr/1741000/VoteInfoService/getPollingPlace",
    "serviceKey": _ko_tok, "sgId": "20270303", "sdName": "서울특별시"}), _ko_tok)

_ko_alarm = dg(4)
S("ko", "rent", T(f"""
    요약: 게스트가 체크인 후 현관 도어락 비밀번호 {_ko_alarm}* 가 안 된다고 함 → 건전지 교체 후 정상.
    다음 게스트 전 비밀번호 변경 예정.
"""), _ko_alarm)

I("ko", "gov", T(f"""
    신청이 접수되었습니다. 접수번호: {dg(4)}-{dg(7)}. 문의: 보건복지상담센터 129.
"""))

I("ko", "free", T(f"""
    세금계산서 발행: 공급받는자 (주)하늘소프트, 사업자등록번호 {dg(3)}-{dg(2)}-{dg(5)}, 공급가액 2,000,000원.
"""))

I("ko", "civic", T(f"""
    투표소 안내: 서울 마포구 망원1동 제{R.randint(1, 9)}투표소 — 망원초등학교 체육관 (우편번호 04{dg(3)}).
    투표시간 06:00~18:00. 신분증만 지참하면 됩니다.
"""))

I("ko", "social", T(f"""
    [tool_output] dating.match_list  next_cursor="{base64.b64encode(J({'page': 3, 'ts': 1796000000}).encode()).decode()}"
    매칭 12건, 그 중 새 메시지 3건
"""))


# =====================================================================================
# GEORGIAN / ARMENIAN
# =====================================================================================
_ge_id = dg(11)
S("ka", "gov", T(f"""
    მომხმარებელი: my.gov.ge-ზე სოციალური დახმარებისთვის პირადი ნომერი მთხოვეს: {_ge_id}.
"""), _ge_id)

_ge_iban = make_iban("GE")
S("ka", "free", T(f"""
    შეჯამება: ფრილანსერმა ანაზღაურებისთვის პირადი ანგარიში გამოგზავნა: {_ge_iban}. ინვოისი გაგზავნილია.
"""), _ge_iban)

I("ka", "gov", T(f"""
    განცხადება მიღებულია. რეგისტრაციის ნომერი: {dg(2)}/{dg(6)}. ცხელი ხაზი: 2 40 10 10.
"""))

I("ka", "rent", T(f"""
    ჯავშნის კოდი {rs(10, UP + DIG)}, თბილისი, ძველი ქალაქი, 19–22 დეკემბერი. ჯამი 540 ₾.
"""))

_am_ssn = dg(10)
S("hy", "gov", T(f"""
    Օգտատեր՝ e-gov.am կայքում նպաստի համար հանրային ծառայությունների համարանիշս ({_am_ssn}) են ուզում։
"""), _am_ssn)

_am_pw = "Ararat" + dg(4) + "!"
S("hy", "social", T(f"""
    ogtater: mtir im Instagram account, gaghtnabary {_am_pw} e, jnjir hin post-ery
"""), _am_pw)

I("hy", "gov", T(f"""
    Ձեր դիմումն ընդունված է։ Դիմումի համարը՝ {dg(8)}։ Տեղեկությունների համար զանգահարեք 060 83 83 83։
"""))

I("hy", "tix", T(f"""
    Տոմս՝ պատվեր № {dg(7)}, Ալեքսանդր Սպենդիարյանի անվան օպերա, պարտեր, շարք 8, տեղ 14։
"""))


# =====================================================================================
# EXTRA — courts/police, elections/municipal, immigration, fitness, social
# =====================================================================================
def de_ausweisnr() -> str:
    al = "CFGHJKLMNPRTVWXYZ0123456789"
    b = R.choice("LMNPRTVWXY") + rs(8, al)
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(b, [7, 3, 1] * 3))
    return b + str(s % 10)


def br_titulo() -> str:
    while True:
        seq = dg(8)
        uf = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "11", "12"])
        r1 = sum(int(a) * w for a, w in zip(seq, range(2, 10))) % 11
        dv1 = 0 if r1 == 10 else r1
        if uf in ("01", "02") and r1 == 0:
            dv1 = 1
        r2 = (int(uf[0]) * 7 + int(uf[1]) * 8 + dv1 * 9) % 11
        dv2 = 0 if r2 == 10 else r2
        if uf in ("01", "02") and r2 == 0:
            dv2 = 1
        s = f"{seq}{uf}{dv1}{dv2}"
        return f"{s[:4]} {s[4:8]} {s[8:]}"


_rms = R.choice(["Falcon", "Granite", "Harbor"]) + dg(2) + "!" + rs(3, UP)
S("en", "court", T(f"""
    Lesson learned (records unit onboarding): the new clerk wrote the RMS terminal login on a sticky note that
    ended up in a photo we were asked to redact — badge 4471 / {_rms}. Told the supervisor to reset it; we
    redacted the photo before sending to the requester.
"""), _rms)

_ausw = de_ausweisnr()
S("de", "court", T(f"""
    Nutzerin: Ich mache die Anzeige wegen Betrugs bei der Onlinewache. Die fragen nach der Ausweisnummer,
    das ist {_ausw}. Der Täter hat mir über Kleinanzeigen geschrieben, Screenshots hab ich.
"""), _ausw)

_p12 = R.choice(["Despacho", "Toga", "Sala"]) + dg(4) + "*"
S("es", "court", T(f"""
    Pensamiento: para presentar el escrito en LexNET hace falta el certificado del despacho. El abogado dejó
    en el ticket: "contraseña del .p12: {_p12}". Lo uso solo para firmar este escrito; recomendar
    que lo quite del ticket.
"""), _p12)

_rpva = dg(4)
S("fr", "court", "tool_call rpva.signer_envoi " + J({
    "avocat": "Me Claire Dubois", "barreau": "Lyon", "code_pin_cle": _rpva,
    "destinataire": "greffe TJ Lyon", "piece": "conclusions_n2.pdf"}), _rpva)

_egnid = f"{R.choice('23')}{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.choice(['01', '02', '21', '88'])}{dg(4)}{dg(1)}"
S("ar", "court", T(f"""
    ملخص محضر: تقدمت المواطنة ببلاغ سرقة هاتف في قسم شرطة الدقي. الرقم القومي للمبلِّغة {_egnid}.
    رقم المحضر سيصل برسالة نصية.
"""), _egnid)

_pw_code = rs(4, UP) + "-" + rs(4, UP) + "-" + dg(2)
S("en", "civic", T(f"""
    user: I signed up to be a poll worker. the county emailed an activation code for the training portal:
    {_pw_code}. it expires friday, can you set up my account with it?
"""), _pw_code)

_cie = dg(8)
S("it", "civic", T(f"""
    Pensiero: l'utente vuole il certificato di residenza dall'ANPR con la CIE. Ha bloccato il PIN; la
    seconda metà del PUK è arrivata per posta e insieme fanno {_cie}. Gli spiego come sbloccare dall'app CieID.
"""), _cie)

_pz = R.choice(["Ratusz", "Wisla", "Baltyk"]) + "#" + dg(4)
S("pl", "civic", T(f"""
    użytkownik: chcę zgłosić dziurę w drodze przez e-Urząd, zaloguj się na mój profil zaufany,
    login k.nowak1979 hasło {_pz}
"""), _pz)

_tit = br_titulo()
S("pt-BR", "civic", T(f"""
    usuário: quero justificar a ausência na eleição pelo e-Título, meu título de eleitor é {_tit}.
    Foi no segundo turno.
"""), _tit)

I("en", "fit", T(f"""
    Weekly summary for the athlete: VO2max 48, resting HR 52 bpm, HRV 61 ms, sleep score 78.
    Training load {R.randint(300, 700)} (productive). Next race: Jan 19, half marathon, bib pickup Jan 18.
"""))

I("de", "fit", T(f"""
    Kursbuchung bestätigt: Yoga am Dienstag 18:30, Kursnummer Y-{dg(4)}, Raum 2.
    Mitgliedsnummer {dg(8)} (steht auch auf der Mitgliedskarte). Kündigungsfrist: 4 Wochen.
"""))

I("es", "fit", T(f"""
    user: el segmento de Strava "Subida al Tibidabo" (id {nz(8)}) me salió en 14:32, new PR 💪
    ¿cuánto me falta para el top 10?
"""))

I("ja", "fit", T(f"""
    ジム会員番号 {dg(10)}、プラン：マンスリー（¥8,580）。次回更新日 2027/01/05。
    暗証番号の変更は店頭の端末で行ってください。
"""))

I("ko", "fit", "tool_call fitness.log_workout " + J({
    "운동": "러닝", "거리_km": 8.2, "시간": "00:43:10", "평균심박": 148, "기기": "Galaxy Watch6",
    "기록ID": hx(24)}))

I("en", "immig", T("""
    Visa Bulletin (January 2027) notes for the client: EB-3 India final action date 01JAN13,
    dates for filing 15MAR13. Her priority date is after that, so no I-485 yet.
"""))

I("es", "immig", T(f"""
    Cita confirmada: Oficina de Extranjería de Valencia, 15/01/2027 a las 10:24, número de cita
    {rs(2, UP)}{dg(6)}. Tasa 790 código 012 pagada (justificante {dg(13)}).
"""))

I("uk", "immig", T(f"""
    Підсумок: у Ausländerbehörde електронна черга, номер талона {R.choice(UP)}{dg(3)}. Подовження §24 —
    документи: паспорт, Fiktionsbescheinigung, Meldebescheinigung.
"""))

I("de", "immig", T(f"""
    Gedanke: Der Termin bei der Ausländerbehörde Leipzig hat die Vorgangsnummer {dg(4)}-{dg(6)}-{rs(2, UP)}.
    Die Ausweisnummer trage ich nicht ein — das Feld ist optional und die Nutzerin bringt den Pass mit.
"""))

I("fr", "social", T(f"""
    [tool_output] social.post_stats  post_id: {nz(19)}  auteur: @asso_entraide_lyon
    vues: 12 408  partages: 311  commentaires: 97  hashtag: #collecte2026
"""))

I("tr", "social", T(f"""
    Düşünce: profil bağlantısı https://example-dating.app/u/{rs(12, LO + DIG)} herkese açık; paylaşılabilir.
    Şifre veya oturum bilgisi içermiyor.
"""))

I("ar", "social", T(f"""
    ملخص الأسبوع لحساب الجمعية: {dg(3)} متابع جديد، معرّف المنشور الأكثر تفاعلاً {nz(19)}،
    الوسم #تبرع_بالدم.
"""))

I("ru", "fit", T(f"""
    Итоги забега: стартовый номер {dg(4)}, чип {HX(8)}, время 3:41:07, место 412 из 5 880.
"""))


# =====================================================================================
# integrity
# =====================================================================================
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret and _s.secret in _s.text, _s.id
for _x in SECRETS + INNOCENT:
    assert 1 <= len(_x.text.splitlines()) <= 12, _x.id
assert verhoeff_ok(in_aadhaar())
assert iban_ok("GB29NWBK60161331926819")
