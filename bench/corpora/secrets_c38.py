"""Independent test corpus for a secret-redaction filter (corpus c38, setting: whole multi-turn records).

Start time: Mon Dec  7 17:05:33 UTC 2026 (output of `date` when work began)

Totals: 235 SECRETS + 233 INNOCENT = 468 texts; every text has 1-12 lines
(conversation records 6-8 lines, memory notes 3-5, hand-over notes 3-7, traces 3-9).
English: 165 texts (~35%). The rest is spread over 44 other languages / scripts /
transliterations / code-switched records (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali,
Tamil, Han, Kana, Hangul, Thai, Georgian, Armenian scripts).

Counts by language (secret+innocent); the language is the first part of the id:
    en (English) 86+79; de (German) 6+8; fr (French) 7+6; es (Spanish) 8+7; pt (Portuguese BR/PT) 6+6;
    it (Italian) 5+6; nl (Dutch) 4+4; pl (Polish) 4+5; cs (Czech) 3+4; sv (Swedish) 4+4; no (Norwegian) 3+3;
    da (Danish) 3+3; fi (Finnish) 3+3; et (Estonian) 2+2; hu (Hungarian) 3+3; ro (Romanian) 3+3;
    el (Greek) 3+3; tr (Turkish) 4+4; ru (Russian) 5+5; uk (Ukrainian) 3+3; ar (Arabic) 4+4; he (Hebrew) 3+3;
    fa (Persian) 3+3; hi (Hindi) 4+4; bn (Bengali) 2+2; ta (Tamil) 2+2; ur (Urdu) 2+2; zh (Chinese Hans) 5+5;
    zhHant (Chinese Hant) 2+3; ja (Japanese) 5+6; ko (Korean) 5+5; th (Thai) 3+3; vi (Vietnamese) 3+3;
    id (Indonesian) 3+3; tl (Tagalog) 2+2; sw (Swahili) 2+2; ca (Catalan) 2+2;
    hiLatn (Hinglish, Latin script) 3+3; arLatn (Arabizi, Latin script) 2+2;
    ruLatn (Russian transliterated) 2+2; sr (Serbian Cyrillic) 2+2; ka (Georgian) 2+2; hy (Armenian) 2+2;
    ms (Malay) 2+2; mix (code-switching de/en, es/en, fr/en, hi/en/de) 3+3

Counts by setting (second part of the id, e.g. "ja-corr-s01"):
    conv    88 secret + 116 innocent  - multi-turn conversation (user/assistant, often with tool calls in between)
    corr    26 secret +   3 innocent  - conversation where a value is corrected ('sorry, the last digit is ...')
    split    6 secret +   1 innocent  - value split across two turns
    later   11 secret +   2 innocent  - value given once and referred to again later
    mem     31 secret +  48 innocent  - agent memory note / summary of earlier sessions
    hand    45 secret +  14 innocent  - hand-over note between agents or shifts
    trace   28 secret +  49 innocent  - agent thought + tool call (JSON args) + tool result record

Values: every random value comes from random.Random(SEED), SEED = 38006, drawn at import time.
Formats with check digits are valid: payment cards (Luhn; Visa, Mastercard, Amex, JCB, UnionPay, Mir),
IBANs (mod-97, plus national check digits for DE/FR/ES/IT/NL/BE/NO), US ABA routing numbers, and personal ids:
BSN, NIR, Belgian national number, Swedish personnummer, Finnish HETU, Norwegian fodselsnummer, PESEL, CPF,
Chinese resident id, Aadhaar (Verhoeff), TC Kimlik, Korean RRN, My Number, Israeli TZ, Canadian SIN, TFN,
Medicare AU, NHS number, KVNR, Steuer-IdNr, codice fiscale, CNP, rodne cislo, isikukood, SNILS, INN,
RNOKPP, Thai id, Iranian national code, AMKA, JMBG, Taiwan id, Saudi id, South African id, CURP, Chilean RUT,
Portuguese NIF, DNI/NIE. Business look-alikes are valid too: SIREN/SIRET, CNPJ, NIP, CVR, org.nr, Y-tunnus,
ICO, OGRN, EDRPOU, CIF, partita IVA, Swiss UID, ABN, Taiwan UBN, Japanese corporate number, Korean BRN,
GSTIN, USCC, Thai company tax id, ISIN, LEI, EAN-13, VIN, IMO, UPU S10 tracking numbers, Yamato tracking,
NF-e access keys, OCR/KID/viitenumero payment references. Other carrier tracking numbers, order numbers,
bank account numbers outside IBAN countries and passport / licence numbers only have the right shape.

Labelling choices (borderline cases):
- One labelled secret per secret text: the exact value as it appears. In correction records the label is the
  value the user typed that is (nearly) the real credential: the retyped corrected value when the user
  retypes it in full, otherwise the near-miss first attempt (one character away from the real password/PIN).
  In split records one fragment is labelled (usually the second/longer one). Other sensitive side values in
  a secret text (AWS key id next to its secret, first half of a card, expiry date) are not labelled.
- Secret: passwords/passphrases, PINs/PUKs, OTP/TAN/BLIK/SMS codes (also when the text says they expired),
  backup/recovery codes, TOTP seeds, API keys/tokens/PATs, bot tokens, webhook URLs carrying a secret,
  signing secrets, presigned-URL signatures, session cookies, bearer JWTs, Basic-auth blobs, database
  connection strings or their passwords, private keys (SSH, WireGuard, age, ETH hex, BTC WIF), seed phrases,
  card numbers and CVCs, personal IBANs/bank account numbers, national / tax / health-insurance / passport /
  driving-licence numbers of persons, security answers, door/gate/keybox/locker/alarm/safe/bike-lock codes,
  Wi-Fi passwords, gift-card claim codes, software licence serials, Zoom links with pwd= and private
  calendar ICS links (both grant access without login). A Heroku API key is a secret although it is a UUID.
- Innocent: public halves (ssh/WireGuard/age public keys, PGP/SSH fingerprints, DKIM, JWKS), keys that are
  public by design (Stripe pk_live, Mapbox pk., Supabase anon key, Toss test client key, Google OAuth client
  id, Sentry DSN, Twilio Account SID), documentation placeholders and test values (AKIAIOSFODNN7EXAMPLE,
  JBSWY3DPEHPK3PXP, Stripe test cards, textbook Luhn numbers, ghp_XXXX..., <YOUR_KEY>, ${VAR} and $(command)
  references), masked values and last-4 digits, business registration / VAT / company tax numbers even when
  they pass the same checksum as personal ids, a company IBAN printed on its own invoice, routing numbers /
  BIC / IFSC, payment references (OCR, KID, viitenumero, NF-e keys), tracking / order / booking / PNR / ticket
  numbers, transaction ids (M-Pesa, GCash, UPI, bank refs), meeting ids without passcode, customer / meter /
  contract numbers, VIN and plates, hashes, commit SHAs, UUIDs, trace ids, digests, ETH/BTC addresses and
  tx hashes, base64 of non-secret data, phone numbers, postal codes ("PIN code" in India), prices, dates,
  versions, and the words password/token/PIN/code used without a value. Innocent records also reuse the
  correction / split / later-reference patterns with non-secret values (tracking number, PNR, CNPJ).
- Bcrypt/argon password hashes were deliberately left out (arguably sensitive, arguably not).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
import zlib
from typing import NamedTuple

SEED = 38006
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


def _fill(t: str, kw: dict) -> str:
    t = t.strip("\n")
    for k, v in kw.items():
        t = t.replace("\u27e6" + k + "\u27e7", str(v))
    assert "\u27e6" not in t, t
    assert 1 <= len(t.split("\n")) <= 12, (len(t.split("\n")), t)
    return t


_COUNT: dict[str, int] = {}


def _next_id(prefix: str, kind: str) -> str:
    key = prefix + kind
    _COUNT[key] = _COUNT.get(key, 0) + 1
    return f"{prefix}-{kind}{_COUNT[key]:02d}"


def S(_prefix: str, _t: str, _secret: str | None = None, **kw) -> None:
    """_prefix = '<lang>-<setting>'; the secret is kw['s'] unless given explicitly."""
    text = _fill(_t, kw)
    SECRETS.append(Secret(_next_id(_prefix, "s"), text, str(_secret if _secret is not None else kw["s"])))


def I(_prefix: str, _t: str, **kw) -> None:
    INNOCENT.append(Innocent(_next_id(_prefix, "i"), _fill(_t, kw)))


# ---------------------------------------------------------------- primitives
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = UP + LO + DIG
B64U = AN + "-_"
HEX = "0123456789abcdef"
B62 = DIG + UP + LO
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rs(n: int, al: str = AN) -> str:
    return "".join(R.choice(al) for _ in range(n))


def dg(n: int) -> str:
    return rs(n, DIG)


def nz(n: int) -> str:
    return R.choice("123456789") + dg(n - 1)


def hx(n: int) -> str:
    return rs(n, HEX)


def b64(nbytes: int) -> str:
    return base64.b64encode(R.randbytes(nbytes)).decode()


def b64u_json(obj) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def uid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def g(s: str, n: int = 4, sep: str = " ") -> str:
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


def luhn_ok(s: str) -> bool:
    s = "".join(c for c in s if c.isdigit())
    return luhn_digit(s[:-1]) == s[-1]


def card(prefix: str, length: int = 16) -> str:
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body)


def visa() -> str:
    return card(R.choice(["4111", "4539", "4485", "4716", "4024", "4929", "4556"]))


def mastercard() -> str:
    return card(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]))


def amex() -> str:
    c = card(R.choice(["34", "37"]), 15)
    return f"{c[:4]} {c[4:10]} {c[10:]}"


def expiry() -> str:
    return f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"


def iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    return f"{cc}{ck:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _es_dc(ds: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(ds, w)) % 11
    return "0" if v == 11 else "1" if v == 10 else str(v)


def _fr_rib(bank: str, branch: str, acct: str) -> str:
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return f"{k:02d}"


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cin_val(c: str, odd: bool) -> int:
    idx = int(c) if c.isdigit() else ord(c) - 65
    return _CIN_ODD[idx] if odd else idx


def _cin(s: str) -> str:
    return chr(65 + sum(_cin_val(c, i % 2 == 0) for i, c in enumerate(s)) % 26)


def _nl_acct() -> str:
    while True:
        a = nz(10)
        if sum(int(d) * (10 - i) for i, d in enumerate(a)) % 11 == 0:
            return a


def _no_acct() -> str:
    while True:
        a = dg(10)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k = 11 - sum(int(x) * y for x, y in zip(a, w)) % 11
        if k == 10:
            continue
        return a + ("0" if k == 11 else str(k))


def _bban(cc: str) -> str:
    if cc == "DE":
        return R.choice(["10010010", "37040044", "50010517", "12030000", "43060967", "70150000", "20050550"]) + dg(10)
    if cc == "FR":
        bank = R.choice(["30004", "30003", "20041", "10278", "30002"])
        branch, acct = dg(5), dg(11)
        return bank + branch + acct + _fr_rib(bank, branch, acct)
    if cc == "ES":
        bank = R.choice(["2100", "0049", "0182", "0081", "2038"])
        branch, acct = dg(4), dg(10)
        return bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct
    if cc == "IT":
        abi = R.choice(["03069", "02008", "05034", "03062"])
        cab, conto = dg(5), dg(12)
        return _cin(abi + cab + conto) + abi + cab + conto
    if cc == "NL":
        return R.choice(["INGB", "ABNA", "RABO", "TRIO", "KNAB", "BUNQ", "SNSB"]) + _nl_acct()
    if cc == "BE":
        a = dg(10)
        k = int(a) % 97 or 97
        return a + f"{k:02d}"
    if cc == "NO":
        return _no_acct()
    if cc == "GB":
        return R.choice(["BARC", "HBUK", "NWBK", "MONZ", "LOYD", "MIDL"]) + dg(14)
    if cc == "PK":
        return R.choice(["HABB", "MEZN", "UNIL", "SCBL"]) + dg(16)
    if cc == "GE":
        return R.choice(["TB", "BG"]) + dg(16)
    lens = {"IR": 22, "EG": 25, "PL": 24, "PT": 21, "CH": 17, "AT": 16, "SE": 20, "DK": 14, "FI": 14, "CZ": 20,
            "GR": 23, "SA": 20, "AE": 19, "IL": 19, "UA": 25, "HU": 24, "EE": 16, "LT": 16,
            "HR": 17, "SI": 15, "SK": 20, "LU": 16, "IE": 18, "TR": 22, "RO": 20, "LV": 17}
    if cc == "TR":
        return dg(5) + "0" + dg(16)
    if cc == "RO":
        return R.choice(["BTRL", "RNCB", "INGB", "BRDE"]) + dg(16)
    if cc == "IE":
        return R.choice(["AIBK", "BOFI"]) + dg(14)
    if cc == "LV":
        return R.choice(["HABA", "UNLA"]) + dg(13)
    return dg(lens[cc])


def IBAN(cc: str, spaced: bool = True) -> str:
    v = iban(cc, _bban(cc))
    assert iban_ok(v)
    return g(v) if spaced else v


# ------------------------------------------------ personal identifiers (valid)
def dob(y0: int = 1955, y1: int = 1999) -> tuple[int, int, int]:
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


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
        d = nz(8)
        s = sum(int(x) * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return d + str(c)


def be_rrn() -> str:
    y, m, d = dob(1950, 1999)
    body = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 997):03d}"
    k = 97 - int(body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{k:02d}"


def fr_nir() -> str:
    y, m, _ = dob()
    dept = R.choice(["75", "69", "13", "33", "59", "44", "31", "67"])
    body = f"{R.choice('12')}{y % 100:02d}{m:02d}{dept}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    k = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {k:02d}"


def se_pnr() -> str:
    y, m, d = dob()
    body = f"{y % 100:02d}{m:02d}{d:02d}{dg(3)}"
    return f"{y}{m:02d}{d:02d}-{body[6:]}{luhn_digit(body)}"


def fi_hetu() -> str:
    y, m, d = dob()
    n = f"{R.randint(2, 899):03d}"
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:02d}{m:02d}{y % 100:02d}{n}") % 31]
    return f"{d:02d}{m:02d}{y % 100:02d}-{n}{c}"


def no_fnr() -> str:
    while True:
        y, m, d = dob()
        base = f"{d:02d}{m:02d}{y % 100:02d}{R.randint(0, 499):03d}"
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * b for a, b in zip(base, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        base += str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * b for a, b in zip(base, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return base + str(k2)


def dk_cpr() -> str:
    y, m, d = dob()
    return f"{d:02d}{m:02d}{y % 100:02d}-{dg(4)}"


def pl_pesel() -> str:
    y, m, d = dob()
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{dg(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)


def br_cpf(fmt: bool = True) -> str:
    while True:
        b = [R.randint(0, 9) for _ in range(9)]
        if len(set(b)) > 1:
            break
    for n in (10, 11):
        s = sum(v * w for v, w in zip(b, range(n, 1, -1)))
        r = (s * 10) % 11
        b.append(0 if r == 10 else r)
    s = "".join(map(str, b))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s


def cn_rid(female: bool | None = None, y0: int = 1955, y1: int = 1999) -> str:
    y, m, d = dob(y0, y1)
    area = R.choice(["110105", "310104", "440305", "330106", "510107", "420106"])
    seq = dg(2) + (R.choice("02468") if female else R.choice("13579") if female is False else dg(1))
    body = f"{area}{y}{m:02d}{d:02d}{seq}"
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


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def in_aadhaar() -> str:
    body = R.choice("23456789") + dg(10)
    a = body + verhoeff_digit(body)
    return f"{a[:4]} {a[4:8]} {a[8:]}"


def tr_tckn() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def kr_rrn() -> str:
    y, m, d = dob()
    body = f"{y % 100:02d}{m:02d}{d:02d}{R.choice('12')}{dg(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def jp_mynumber() -> str:
    body = dg(11)
    s = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    a = body + str(c)
    return f"{a[:4]} {a[4:8]} {a[8:]}"


def il_id(prefix: str = "") -> str:
    body = prefix + dg(8 - len(prefix))
    for c in range(10):
        s = body + str(c)
        t = 0
        for i, ch in enumerate(s):
            v = int(ch) * (1 if i % 2 == 0 else 2)
            t += v if v < 10 else v - 9
        if t % 10 == 0:
            return s
    raise AssertionError


def za_id() -> str:
    y, m, d = dob()
    body = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(0, 9999):04d}08"
    return body + luhn_digit(body)


def ca_sin() -> str:
    body = R.choice("12345679") + dg(7)
    s = body + luhn_digit(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def pt_nif() -> str:
    while True:
        body = R.choice("123") + dg(7)
        k = 11 - sum(int(a) * b for a, b in zip(body, range(9, 1, -1))) % 11
        return body + ("0" if k >= 10 else str(k))


def cl_rut() -> str:
    n = R.randint(8_000_000, 24_999_999)
    s, w = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * w
        w = 2 if w == 7 else w + 1
    v = 11 - s % 11
    dv = "0" if v == 11 else "K" if v == 10 else str(v)
    return f"{n:,}".replace(",", ".") + "-" + dv


def ro_cnp() -> str:
    y, m, d = dob()
    body = f"{R.choice('12')}{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 46):02d}{R.randint(1, 999):03d}"
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    r = sum(int(a) * b for a, b in zip(body, w)) % 11
    return body + ("1" if r == 10 else str(r))


def cz_rc() -> str:
    while True:
        y, m, d = dob(1960, 1999)
        mm = m + R.choice([0, 50])
        base = int(f"{y % 100:02d}{mm:02d}{d:02d}{dg(3)}")
        c = base % 11
        if c == 10:
            continue
        s = f"{base:09d}{c}"
        return f"{s[:6]}/{s[6:]}"


def ee_isikukood() -> str:
    y, m, d = dob()
    body = f"{R.choice('34')}{y % 100:02d}{m:02d}{d:02d}{dg(3)}"
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    r = sum(int(a) * b for a, b in zip(body, w1)) % 11
    if r == 10:
        r = sum(int(a) * b for a, b in zip(body, w2)) % 11
        r = 0 if r == 10 else r
    return body + str(r)


def ru_snils() -> str:
    while True:
        body = dg(9)
        if int(body) <= 1001998:
            continue
        s = sum(int(a) * (9 - i) for i, a in enumerate(body))
        c = s if s < 100 else 0 if s in (100, 101) else (s % 101 if s % 101 < 100 else 0)
        return f"{body[:3]}-{body[3:6]}-{body[6:]} {c:02d}"


def ru_inn12() -> str:
    b = [int(x) for x in R.choice(["77", "78", "50", "66", "54"]) + dg(8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b.append(sum(x * y for x, y in zip(b, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b.append(sum(x * y for x, y in zip(b, w2)) % 11 % 10)
    return "".join(map(str, b))


def ua_rnokpp() -> str:
    body = nz(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(a) * b for a, b in zip(body, w)) % 11 % 10)


def th_id() -> str:
    body = R.choice("1358") + dg(11)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(body)) % 11) % 10
    s = body + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def th_company() -> str:
    body = "0105" + dg(8)
    return body + str((11 - sum(int(a) * (13 - i) for i, a in enumerate(body)) % 11) % 10)


def ir_melli() -> str:
    while True:
        body = dg(9)
        if len(set(body)) == 1:
            continue
        r = sum(int(a) * (10 - i) for i, a in enumerate(body)) % 11
        return body + str(r if r < 2 else 11 - r)


def gr_amka() -> str:
    y, m, d = dob()
    body = f"{d:02d}{m:02d}{y % 100:02d}{dg(4)}"
    return body + luhn_digit(body)


def de_steuerid() -> str:
    while True:
        digits = R.sample(range(10), 9)
        dup = R.choice(digits)
        arr = digits + [dup]
        R.shuffle(arr)
        if arr[0] == 0:
            continue
        product = 10
        for x in arr:
            s = (x + product) % 10
            s = 10 if s == 0 else s
            product = (s * 2) % 11
        c = 11 - product
        c = 0 if c == 10 else c
        s = "".join(map(str, arr)) + str(c)
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def de_kvnr() -> str:
    L = R.choice(UP)
    body = f"{ord(L) - 64:02d}" + dg(8)
    t = 0
    for i, ch in enumerate(body):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        t += v // 10 + v % 10
    return L + body[2:] + str(t % 10)


def uk_nhs() -> str:
    while True:
        body = nz(9)
        k = 11 - sum(int(a) * (10 - i) for i, a in enumerate(body)) % 11
        if k == 10:
            continue
        s = body + ("0" if k == 11 else str(k))
        return f"{s[:3]} {s[3:6]} {s[6:]}"


def uk_nino() -> str:
    a = R.choice("ABCEGHJKLMNOPRSTWXYZ")
    b = R.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{a}{b} {dg(2)} {dg(2)} {dg(2)} {R.choice('ABCD')}"


def us_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        body = nz(8)
        for c in range(10):
            s = body + str(c)
            if sum(int(a) * b for a, b in zip(s, w)) % 11 == 0:
                return f"{s[:3]} {s[3:6]} {s[6:]}"


def au_medicare() -> str:
    body = R.choice("23456") + dg(7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * b for a, b in zip(body, w)) % 10
    s = body + str(c) + R.choice("123")
    return f"{s[:4]} {s[4:9]} {s[9]}"


def hu_taj() -> str:
    body = dg(8)
    c = sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(body)) % 10
    s = body + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def it_cf(sur: str = "", name: str = "", female: bool | None = None) -> str:
    cons = "BCDFGHLMNPRSTVZ"
    y, m, d = dob()
    if female is None:
        female = R.random() < 0.5
    body = ((sur or rs(3, cons)) + (name or rs(3, cons)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
            + f"{d + (40 if female else 0):02d}" + R.choice(["H501", "F205", "L219", "G273", "A944", "D612"]))
    return body + _cin(body)


def mx_curp() -> str:
    y, m, d = dob()
    body = (R.choice("BCGHLMPRSV") + R.choice("AEIOU") + rs(2, "ABCDEGHLMOPRSTV") + f"{y % 100:02d}{m:02d}{d:02d}"
            + R.choice("HM") + R.choice(["DF", "JC", "NL", "PL", "VZ", "GT"]) + rs(3, "BCDFGHJKLMNPRSTVZ")
            + ("0" if y < 2000 else "A"))
    al = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    s = sum(al.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - s % 10) % 10)


def id_nik() -> str:
    y, m, d = dob()
    dd = d + (40 if R.random() < 0.5 else 0)
    return R.choice(["317401", "327301", "357801", "517102"]) + f"{dd:02d}{m:02d}{y % 100:02d}" + f"{R.randint(1, 9999):04d}"


def vn_cccd() -> str:
    y, _, _ = dob()
    return R.choice(["001", "079", "048", "031"]) + ("0" if y < 2000 else "2") + f"{y % 100:02d}" + dg(6)


def in_pan(surname_initial: str = "") -> str:
    return rs(3, UP) + "P" + (surname_initial or R.choice(UP)) + dg(4) + R.choice(UP)


def passport(prefix: str = "", n: int = 8, al: str = DIG) -> str:
    return prefix + rs(n, al)


# ------------------------------------------------ business ids etc. (valid, innocent)
def siren() -> str:
    body = nz(8)
    s = body + luhn_digit(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def siret() -> str:
    s9 = siren().replace(" ", "")
    body = s9 + dg(4)
    s = body + luhn_digit(body)
    return f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}"


def ch_uid() -> str:
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    while True:
        b = dg(8)
        k = 11 - sum(int(a) * c for a, c in zip(b, w)) % 11
        if k == 10:
            continue
        s = b + ("0" if k == 11 else str(k))
        return f"CHE-{s[:3]}.{s[3:6]}.{s[6:]}"


def no_orgnr() -> str:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        b = R.choice("89") + dg(7)
        k = 11 - sum(int(a) * c for a, c in zip(b, w)) % 11
        if k == 10:
            continue
        s = b + ("0" if k == 11 else str(k))
        return f"{s[:3]} {s[3:6]} {s[6:]}"


def dk_cvr() -> str:
    w = [2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        s = nz(8)
        if sum(int(a) * c for a, c in zip(s, w)) % 11 == 0:
            return s


def se_orgnr() -> str:
    body = "55" + dg(7)
    s = body + luhn_digit(body)
    return f"{s[:6]}-{s[6:]}"


def fi_ytunnus() -> str:
    w = [7, 9, 10, 5, 8, 4, 2]
    while True:
        b = R.choice("0123") + dg(6)
        r = sum(int(a) * c for a, c in zip(b, w)) % 11
        if r == 1:
            continue
        return f"{b}-{0 if r == 0 else 11 - r}"


def br_cnpj() -> str:
    b = [int(x) for x in dg(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * y for x, y in zip(b, w)) % 11
        b.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, b))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def au_abn() -> str:
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        s = nz(11)
        d = [int(x) for x in s]
        d[0] -= 1
        if sum(x * y for x, y in zip(d, w)) % 89 == 0:
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def pl_nip() -> str:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        b = nz(9)
        c = sum(int(a) * x for a, x in zip(b, w)) % 11
        if c == 10:
            continue
        s = b + str(c)
        return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def kr_brn() -> str:
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    b = nz(9)
    s = sum(int(a) * x for a, x in zip(b, w)) + (int(b[8]) * 5) // 10
    c = (10 - s % 10) % 10
    t = b + str(c)
    return f"{t[:3]}-{t[3:5]}-{t[5:]}"


def jp_corp() -> str:
    body = nz(12)
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (1 if i % 2 == 0 else 2)
    return str(9 - s % 9) + body


def cn_uscc() -> str:
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "91" + R.choice(["110000", "310000", "440300", "330100"]) + rs(9, al[:10] + "ABCDEFGHJKLMN")
    c = 31 - sum(al.index(ch) * x for ch, x in zip(body, w)) % 31
    return body + al[0 if c == 31 else c]


def isin(cc: str = "US", prefix: str = "") -> str:
    body = cc + prefix + dg(9 - len(prefix))
    conv = "".join(str(int(c, 36)) for c in body)
    return body + luhn_digit(conv)


def lei() -> str:
    body = rs(4, DIG + UP) + "00" + rs(12, DIG + UP)
    num = int("".join(str(int(c, 36)) for c in body + "00"))
    return body + f"{98 - num % 97:02d}"


def ean13(prefix: str = "") -> str:
    body = prefix + dg(12 - len(prefix))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def s10(sfx: str = "GB") -> str:
    b = dg(8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    k = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
    k = 0 if k == 10 else 5 if k == 11 else k
    return rs(2, UP) + b + str(k) + sfx


def aba() -> str:
    while True:
        b = R.choice(["0210", "0260", "0110", "1210", "0720", "0910"]) + dg(4)
        for c in range(10):
            s = b + str(c)
            w = [3, 7, 1] * 3
            if sum(int(a) * x for a, x in zip(s, w)) % 10 == 0:
                return s


def vin() -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
             "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
             "X": 7, "Y": 8, "Z": 9}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = list(R.choice(["WVW", "WBA", "VF1", "JTD", "1HG", "YV1", "TMB"]) + rs(14, al))
    v[8] = "0"
    r = sum(trans[c] * x for c, x in zip(v, w)) % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def imo() -> str:
    b = nz(6)
    return "IMO " + b + str(sum(int(a) * x for a, x in zip(b, range(7, 1, -1))) % 10)


# ------------------------------------------------ credentials
def b62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(prefix: str = "ghp_") -> str:
    ent = rs(30)
    return prefix + ent + b62(zlib.crc32(ent.encode()), 6)


def gh_fine() -> str:
    return "github_pat_11" + rs(20, UP + DIG) + "_" + rs(59)


def glpat() -> str:
    return "glpat-" + rs(20, B64U)


def slack_bot(kind: str = "xoxb") -> str:
    return f"{kind}-{nz(12)}-{nz(13)}-{rs(24)}"


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(8, UP + DIG)}/B{rs(10, UP + DIG)}/{rs(24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{nz(19)}/{rs(68, B64U)}"


def teams_hook() -> str:
    return (f"https://contoso.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/"
            f"{hx(32)}/{uid()}/V2{rs(43, B64U)}")


def stripe_sk(mode: str = "live") -> str:
    return f"sk_{mode}_51{rs(22)}{rs(74)}"


def stripe_pk(mode: str = "live") -> str:
    return f"pk_{mode}_51{rs(22)}{rs(74)}"


def stripe_whsec() -> str:
    return "whsec_" + rs(32)


def openai_key() -> str:
    return "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(93, B64U) + "AA"


def google_key() -> str:
    return "AIza" + rs(35, B64U)


def aws_akid() -> str:
    return "AKIA" + rs(16, UP + "234567")


def aws_secret() -> str:
    return rs(40, AN + "+/")


def twilio_sid() -> str:
    return "AC" + hx(32)


def sendgrid() -> str:
    return "SG." + rs(22, B64U) + "." + rs(43, B64U)


def telegram_bot() -> str:
    return f"{R.randint(5_000_000_000, 7_999_999_999)}:AA{rs(33, B64U)}"


def npm_token() -> str:
    return "npm_" + rs(36)


def pypi_token() -> str:
    return "pypi-AgEIcHlwaS5vcmcCJ" + rs(120, B64U)


def hf_token() -> str:
    return "hf_" + rs(34, UP + LO)


def do_token() -> str:
    return "dop_v1_" + hx(64)


def vault_token() -> str:
    return "hvs." + rs(24)


def shopify_token() -> str:
    return "shpat_" + hx(32)


def jwt(payload: dict, alg: str = "HS256") -> str:
    return b64u_json({"alg": alg, "typ": "JWT"}) + "." + b64u_json(payload) + "." + rs(43 if alg == "HS256" else 342, B64U)


def azure_key() -> str:
    return base64.b64encode(R.randbytes(64)).decode()


def totp_secret(n: int = 32) -> str:
    return rs(n, UP + "234567")


def wg_key() -> str:
    return base64.b64encode(R.randbytes(32)).decode()


def age_secret() -> str:
    return "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper())


def age_public() -> str:
    return "age1" + rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")


def ssh_ed25519_pub(comment: str) -> str:
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + R.randbytes(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def openssh_priv_lines(n: int = 3) -> list[str]:
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = base64.b64encode(R.randbytes(51 * (n - 1) + 20)).decode()
    lines = [head] + [body[i:i + 70] for i in range(0, len(body), 70)]
    return lines[:n]


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(payload + chk, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(payload + chk) - len((payload + chk).lstrip(b"\x00"))
    return "1" * pad + out


def btc_wif() -> str:
    return b58check(b"\x80" + R.randbytes(32) + b"\x01")


def btc_addr() -> str:
    return b58check(b"\x00" + R.randbytes(20))


BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
         "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust "
         "admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle "
         "alarm album alcohol alert alien all alley allow almost alone alpha already also alter always amateur "
         "amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual another "
         "answer antenna antique anxiety any apart apology appear apple approve april arch arctic area arena argue "
         "arm armed armor army around arrange arrest arrive arrow art artefact artist artwork ask aspect assault "
         "asset assist assume asthma athlete atom attack attend attitude attract auction audit august aunt author "
         "auto autumn average avocado avoid awake aware away awesome awful awkward axis baby bachelor bacon badge "
         "bag balance balcony ball bamboo banana banner bar barely bargain barrel base basic basket battle beach "
         "bean beauty because become beef before begin behave behind believe below belt bench benefit best betray "
         "better between beyond bicycle bid bike bind biology bird birth bitter black blade blame blanket blast "
         "bleak bless blind blood blossom blouse blue blur blush board boat body boil bomb bone bonus book boost "
         "border boring borrow boss bottom bounce box boy bracket brain brand brass brave bread breeze brick bridge "
         "brief bright bring brisk broccoli broken bronze broom brother brown brush bubble buddy budget buffalo "
         "build bulb bulk bullet bundle bunker burden burger burst bus business busy butter buyer buzz cabbage "
         "cabin cable cactus cage cake call calm camera camp can canal cancel candy cannon canoe canvas canyon "
         "capable capital captain car carbon card cargo carpet carry cart case cash casino castle casual cat "
         "catalog catch category cattle caught cause caution cave ceiling celery cement census century cereal "
         "certain chair chalk champion change chaos chapter charge chase chat cheap check cheese chef cherry chest "
         "chicken chief child chimney choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city "
         "civil claim clap clarify claw clay clean clerk clever click client cliff climb clinic clip clock clog "
         "close cloth cloud clown club clump cluster clutch coach coast coconut code coffee coil coin collect color "
         "column combine come comfort comic common company concert conduct confirm congress connect consider "
         "control convince cook cool copper copy coral core corn correct cost cotton couch country couple course "
         "cousin cover coyote crack cradle craft cram crane crash crater crawl crazy cream credit creek crew "
         "cricket crime crisp critic crop cross crouch crowd crucial cruel cruise crumble crunch crush cry crystal "
         "cube culture cup cupboard curious current curtain curve cushion custom cute cycle").split()


def seed_phrase(n: int = 12) -> str:
    return " ".join(R.sample(BIP39, n))


WORDS = ("harbor lantern velvet cobalt meadow saffron glacier thimble orchard falcon pebble juniper tundra "
         "quartz marble violin cactus ember walrus nectar prism sparrow canyon biscuit kettle mosaic otter "
         "plum rocket spruce tulip zephyr anchor bramble cinder dune ferret gravel hazel igloo jasper kiwi "
         "lobster mango nutmeg oyster pepper quiver raven sable tango umber vortex willow yodel zinc").split()


def passphrase(n: int = 4, sep: str = "-") -> str:
    return sep.join(R.sample(WORDS, n))


def pw(n: int = 16, al: str = AN + "!@#$%^&*-_=+") -> str:
    while True:
        p = rs(n, al)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
            return p


def otp(n: int = 6) -> str:
    return dg(n)


def recovery_codes(k: int = 4) -> list[str]:
    return [f"{hx(5)}-{hx(5)}" for _ in range(k)]


def sha(n: int = 40) -> str:
    return hx(n)


def pnr() -> str:
    return rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def phone_us() -> str:
    return f"({R.randint(201, 989)}) {R.randint(200, 999)}-{dg(4)}"


def traceparent() -> str:
    return f"00-{hx(32)}-{hx(16)}-01"



def tw_id() -> str:
    codes = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35,
                 P=23, Q=24, R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)
    L = R.choice("ABFHEKQ")
    body = R.choice("12") + dg(7)
    c = codes[L]
    s = (c // 10) + (c % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + body + str((10 - s % 10) % 10)


def tw_ubn() -> str:
    w = [1, 2, 1, 2, 1, 2, 4, 1]
    while True:
        s = dg(8)
        if s[6] == "7":
            continue
        if sum(sum(divmod(int(a) * b, 10)) for a, b in zip(s, w)) % 10 == 0:
            return s


def sa_id(first: str = "1") -> str:
    return card(first, 10)


def rs_jmbg() -> str:
    y, m, d = dob()
    while True:
        body = f"{d:02d}{m:02d}{y % 1000:03d}{R.choice(['71', '80', '21', '26'])}{R.randint(0, 499):03d}"
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
        return body + ("0" if k > 9 else str(k))


def my_ic() -> str:
    y, m, d = dob()
    return f"{y % 100:02d}{m:02d}{d:02d}-{R.choice(['14', '10', '08', '01', '07'])}-{dg(4)}"


def pk_cnic() -> str:
    return f"{R.choice(['35202', '42101', '61101', '37405'])}-{dg(7)}-{R.choice('123456789')}"


def it_piva() -> str:
    body = dg(7) + R.choice(["001", "015", "037", "058"])
    return body + luhn_digit(body)


def cz_ico() -> str:
    b = dg(7)
    s = sum(int(a) * w for a, w in zip(b, range(8, 1, -1)))
    return b + str((11 - s % 11) % 10)


def ru_ogrn() -> str:
    b = "1" + R.choice(["02", "11", "17", "19"]) + R.choice(["77", "78", "50"]) + dg(7)
    return b + str(int(b) % 11 % 10)


def ru_inn10() -> str:
    b = R.choice(["77", "78", "50"]) + dg(7)
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return b + str(sum(int(a) * x for a, x in zip(b, w)) % 11 % 10)


def ua_edrpou() -> str:
    b = R.choice(["3", "4"]) + dg(6)
    w = [7, 1, 2, 3, 4, 5, 6] if 30000000 <= int(b + "0") <= 60000000 else [1, 2, 3, 4, 5, 6, 7]
    r = sum(int(a) * x for a, x in zip(b, w)) % 11
    if r == 10:
        r = sum(int(a) * (x + 2) for a, x in zip(b, w)) % 11
    return b + str(r % 10)


def es_cif() -> str:
    b = R.choice(["08", "28", "46", "41"]) + dg(5)
    ev = sum(int(b[i]) for i in (1, 3, 5))
    od = sum(sum(divmod(int(b[i]) * 2, 10)) for i in (0, 2, 4, 6))
    return "B" + b + str((10 - (ev + od) % 10) % 10)


def fi_viite(base: str | None = None) -> str:
    b = base or nz(R.randint(5, 9))
    w = [7, 3, 1]
    s = sum(int(a) * w[i % 3] for i, a in enumerate(reversed(b)))
    v = b + str((10 - s % 10) % 10)
    parts = []
    while v:
        parts.insert(0, v[-5:])
        v = v[:-5]
    return " ".join(parts)


def luhn_ref(n: int) -> str:
    b = nz(n - 1)
    return b + luhn_digit(b)


def in_gstin() -> str:
    al = DIG + UP
    body = R.choice(["27", "29", "07", "33", "24"]) + rs(3, UP) + "C" + R.choice(UP) + dg(4) + R.choice(UP) + "1Z"
    s = 0
    for i, ch in enumerate(body):
        p = al.index(ch) * (1 if i % 2 == 0 else 2)
        s += p // 36 + p % 36
    return body + al[(36 - s % 36) % 36]


def nfe_key(cnpj_fmt: str = "", number: int = 0) -> str:
    cnpj = "".join(ch for ch in (cnpj_fmt or br_cnpj()) if ch.isdigit())
    body = "35" + "2611" + cnpj + "55" + "001" + f"{number or R.randint(1, 99999):09d}" + "1" + dg(8)
    w, t = 2, 0
    for ch in reversed(body):
        t += int(ch) * w
        w = 2 if w == 9 else w + 1
    dv = 11 - t % 11
    key = body + ("0" if dv >= 10 else str(dv))
    return " ".join(key[i:i + 4] for i in range(0, 44, 4))


def yamato() -> str:
    b = nz(11)
    v = b + str(int(b) % 7)
    return f"{v[:4]}-{v[4:8]}-{v[8:]}"


def mpesa_code() -> str:
    return R.choice("QRST") + rs(9, UP + DIG)


def unionpay() -> str:
    return card("62" + R.choice(["2202", "2848", "1700", "2588"]), 19)


def mir() -> str:
    return card("220" + R.choice("01234"), 16)


# =====================================================================================
# ENGLISH - secrets
# =====================================================================================
S("en-conv", """
User: can you hook our Stripe events into the billing service? endpoint is /hooks/stripe
Assistant: Sure. I'll need the signing secret from the Stripe dashboard for that endpoint so I can verify signatures.
User: here ⟦s⟧
Assistant: Thanks. Adding it as STRIPE_WEBHOOK_SECRET in the service env and wiring up constructEvent().
tool_call: write_file {"path": "billing/.env.production", "append": "STRIPE_WEBHOOK_SECRET=⟦s⟧"}
tool_result: ok (1 line appended)
Assistant: Done. Send a test event from the dashboard and I'll watch the logs.
""", s=stripe_whsec())

_wifi = "Marmalade" + dg(2) + "!sunroom"
S("en-corr", """
[09:12] user: guest wifi is "Fennel-Guest", password ⟦w⟧ — can you add it to the welcome card for the airbnb?
[09:12] assistant: Sure, drafting the card now.
[09:14] user: wait sorry, it's lowercase s at the end? no — the last letter is M. Capital M.
[09:14] assistant: Got it, updating the card so the password ends with a capital M.
[09:15] tool_call: docs.update {"doc": "welcome-card", "section": "WiFi", "text": "Network: Fennel-Guest"}
[09:15] tool_result: updated
[09:16] assistant: I left the password off the printed card and put it in the host message template instead, as you asked last time.
""", s=_wifi, w=_wifi)

S("en-split", """
User: ok here's the AWS access key id for the backup bucket: ⟦a⟧
Assistant: Got the key id. I also need the secret access key that was shown once when the key was created.
User: one sec, digging through my notes
User: found it
User: ⟦s⟧
Assistant: Thanks. I'll put both into the `backup` profile in ~/.aws/credentials on the NAS and test with `aws s3 ls s3://hallway-backups --profile backup`.
tool_result: 2026-11-30 02:00:14   23184211 nightly-2026-11-30.tar.zst
Assistant: Works. I'd suggest rotating this key once the migration is done since it was pasted into chat.
""", s=aws_secret(), a=aws_akid())

_app = " ".join(rs(4, LO) for _ in range(4))
S("en-later", """
user: set up my mail client on the new laptop. Gmail says I need an app password so I made one: ⟦s⟧
assistant: Thanks, adding the account in Thunderbird with IMAP imap.gmail.com:993 and SMTP smtp.gmail.com:465.
tool_call: thunderbird.add_account {"email": "dana.whitfield@gmail.com", "imap": "imap.gmail.com:993"}
tool_result: account added, 14,212 messages syncing
user: great. also do the calendar sync with the same thing
assistant: CalDAV for Google doesn't accept app passwords anymore, so I'll use the browser OAuth flow for the calendar instead.
user: ah ok whatever works
""", s=_app)

S("en-mem", """
## memory: household (updated 2026-11-02)
- Family: Priya (user), partner Tom, kids Asha (9) and Leo (6). Dog: Biscuit, vet is Oakridge Animal Clinic.
- Garage keypad code: ⟦s⟧ (user asked me to remember it for the dog walker instructions)
- Bins go out Tuesday night; recycling every other week (even weeks).
- Prefers grocery delivery Saturday 8-10am from Tesco.
""", s=dg(4) + "#")

_pgpw = pw(20, AN)
S("en-hand", """
HANDOVER — infra agent → on-call agent, Sat 02:40 UTC
Context: orders-db failover drill finished, replica promoted, old primary is now read-only.
Prod connection string (rotated tonight, not in Vault yet — please fix that first thing):
  postgresql://orders_app:⟦s⟧@orders-db-2.internal.ledgerly.io:5432/orders?sslmode=require
Open items:
  1. PgBouncer still points one pool at orders-db-1; harmless but noisy.
  2. Grafana alert "replication lag > 30s" is muted until 06:00.
""", s=_pgpw)

_jwt = jwt({"sub": "svc-reporting", "scope": "reports:read reports:write", "iat": 1796515200, "exp": 1796601600})
S("en-trace", """
thought: the export endpoint returned 401 before; retry with the service token from the reporting job config.
tool_call: http.request
{"method": "GET", "url": "https://api.northwind-analytics.com/v2/reports/7731/export?format=csv",
 "headers": {"Authorization": "Bearer ⟦s⟧", "Accept": "text/csv"}}
tool_result: 200 OK, 48,113 bytes, content-type text/csv
thought: export works; next step is to diff against last week's file.
""", s=_jwt)

_v = visa()
S("en-conv", """
User: book the 7:40 Amtrak to Philly for Friday, one adult, business class if it's under $150
Assistant: Found it: Northeast Regional 171, departs 7:40, business $142. Which card?
User: use my visa ⟦s⟧ exp ⟦e⟧
Assistant: And the security code on the back?
User: it's on the card in my wallet, I'll type it into the checkout page myself
Assistant: No problem, I've filled everything except the CVV and left the checkout tab open for you.
""", s=g(_v), e=expiry())

S("en-conv", """
Human: the hotel in Lisbon wants to pre-authorise the card again because the first hold failed
AI: They need the full card details again? Usually they only need the CVC re-entered.
Human: yeah just the code. It's ⟦s⟧
AI: Sending it through their secure payment link rather than email.
tool_call: browser.fill {"selector": "#cvc", "value": "⟦s⟧"}
tool_result: field filled; "Authorise €320.00" button enabled
AI: Submitted. The page now says "pre-authorisation successful".
""", s=dg(3))

_ssn = us_ssn()
while _ssn[4] == _ssn[5]:
    _ssn = us_ssn()
S("en-corr", """
user: filling out the W-4 for my new job, can you fill the form with my info. SSN is ⟦w⟧
assistant: Filling in now. Filing status?
user: single. wait the ssn is wrong, I swapped two digits. correct one: ⟦s⟧
assistant: Thanks, I've replaced it in box 1b and cleared the earlier value.
tool_call: pdf.fill_field {"file": "fw4_2027.pdf", "field": "f1_05", "value": "⟦s⟧"}
tool_result: ok
assistant: The form is ready to sign; it's saved as fw4_2027_filled.pdf in Downloads.
""", s=_ssn, w=_ssn[:4] + _ssn[5] + _ssn[4] + _ssn[6:])

S("en-conv", """
user: my metamask shows 0 balance but i definitely had ETH there. is it hacked??
assistant: Let's check on a block explorer first. What's the wallet address (starts with 0x)?
user: idk where that is, but this is the backup phrase I wrote down when I set it up: ⟦s⟧
assistant: Please don't share that phrase with anyone, including me — it gives full control of the wallet. I won't use or store it.
assistant: If anyone else has ever seen it, create a new wallet and move whatever is left right away.
user: oh god ok. how do I find the address then
assistant: Open MetaMask, tap the account name at the top; the 0x… string under it is your address. That one is safe to share.
""", s=seed_phrase(12))

_acct = nz(R.choice([9, 10, 12]))
_rt = aba()
S("en-mem", """
[memory] 2026-10-18 — payroll setup for user (Marcus Bell, freelance)
Direct deposit for the agency invoices goes to his checking at Chase.
routing ⟦r⟧ / account ⟦s⟧
He wants the invoice PDF to say "Payment terms: Net 15" and to cc his accountant jlee@brightledger.com.
""", s=_acct, r=_rt)

S("en-hand", """
Handing over the release pipeline for `terrapin-cli`:
- GitHub Actions secret RELEASE_TOKEN was missing on the fork, so I used my personal one temporarily:
  ⟦s⟧
- Revoke it after the 3.4.0 release is published and replace with a fine-grained token scoped to contents:write.
- Homebrew tap PR #212 is open and green.
- Changelog still needs the migration note for `--profile`.
""", s=gh_token())

_oak = openai_key()
S("en-trace", """
tool_call: shell.run {"cmd": "env | sort | head -n 12"}
tool_result:
HOME=/home/runner
HOSTNAME=ci-7f9c4d-2xkq
LANG=C.UTF-8
OPENAI_API_KEY=⟦s⟧
PATH=/usr/local/bin:/usr/bin:/bin
PWD=/workspace/summarizer
thought: the key is exposed in CI logs because of this debug step; remove the env dump and tell the user to rotate it.
""", s=_oak)

S("en-conv", """
me: logging you into my Vanguard account so you can download the 1099s
me: it's texting me a code
agent: I'm on the verification screen. What's the code?
me: ⟦s⟧
agent: Accepted. Downloading 1099-DIV and 1099-B for 2026 now.
agent: Both saved to Documents/Taxes/2026/. I logged out afterwards.
""", s=otp(6))

_rc = recovery_codes(8)
S("en-conv", """
User: I'm turning on 2FA for the GitHub org account. It gave me these recovery codes, store them somewhere safe for me?
⟦s⟧
⟦t⟧
Assistant: I shouldn't keep recovery codes in my notes — anyone who reads them can bypass your 2FA.
Assistant: Better: download the .txt from GitHub and put it in your password manager's secure note, or print it.
User: fine, I'll put them in 1Password
""", s="  ".join(_rc[:4]), t="  ".join(_rc[4:]))

_pp = passphrase(6)
_half = len(_pp) // 2
S("en-split", """
user: I'm going to give you the passphrase for the backup drive in two parts because I don't trust this chat lol
user: part one: ⟦a⟧
assistant: ok, waiting for part two
user: part two: ⟦s⟧
assistant: Thanks. Unlocking the VeraCrypt volume on /dev/sdb1.
tool_result: Volume mounted at /media/veracrypt1 (1.8 TB, 1.1 TB used)
assistant: Mounted. Starting the rsync of Photos/2019-2022 now.
""", s=_pp[_half:], a=_pp[:_half])

_sh = slack_hook()
S("en-conv", """
> user: when the nightly ETL fails, post to #data-alerts
> assistant: I can add a Slack notification step. Do you have an incoming webhook for that channel?
> user: yes: ⟦s⟧
> assistant: Adding it as an Airflow Variable `slack_alerts_webhook` and an on_failure_callback.
> tool_call airflow.variables.set {"key": "slack_alerts_webhook", "value": "⟦s⟧"}
> tool_result ok
> assistant: Test message sent — you should see "ETL alert test ✅" in #data-alerts.
""", s=_sh)

S("en-conv", """
User: my discord bot went offline after I reset something in the dev portal
Assistant: If you clicked "Reset Token", the old token stops working. The bot needs the new one.
User: yeah I did. new one is ⟦s⟧
Assistant: I'll update DISCORD_TOKEN in the bot's .env on the droplet and restart the service.
tool_call: ssh.exec {"host": "bots-01", "cmd": "sudo systemctl restart raidbot"}
tool_result: ● raidbot.service - active (running) since Mon 2026-12-07 16:58:03 UTC
Assistant: It's back online. Consider regenerating again later since the token passed through chat.
""", s=rs(26, B64U) + "." + rs(6, B64U) + "." + rs(38, B64U))

_pwd = passphrase(3, "") + dg(2)
S("en-trace", """
thought: the router's admin UI has no API; try the legacy CGI endpoint with basic auth.
tool_call: shell.run
{"cmd": "curl -s -u admin:⟦s⟧ http://192.168.1.1/cgi-bin/status.cgi | jq .wan"}
tool_result: {"ip": "73.41.208.17", "uptime": 1209412, "dns": ["1.1.1.1", "9.9.9.9"]}
thought: WAN is up; the dropouts must be on the mesh satellite, not the modem.
""", s=_pwd)

S("en-mem", """
notes for future sessions w/ Gloria (she's 81, lives alone, daughter Renee set this up)
- Alarm panel (Brinks) disarm code: ⟦s⟧ — she wanted me to be able to remind her when she forgets
- Pharmacy: CVS on Main, pickup Thursdays
- Likes the crossword read out loud at 10am
""", s=dg(4))

S("en-hand", """
handover → weekend assistant
Ben's gym stuff: he's been leaving the bag in locker 212 at Crunch (Elm St). Combination ⟦s⟧.
He asked us to remind him Sunday evening to take the bag home because they cut locks on Mondays.
Protein order from Myprotein arrives Tuesday, tracking already forwarded.
""", s=f"{R.randint(1, 39)}-{R.randint(1, 39)}-{R.randint(1, 39)}")

S("en-conv", """
User: Can you book me a GP appointment online? The surgery's form wants my NHS number.
Assistant: Of course. Do you have it handy? It's 10 digits, on letters from the NHS or in the NHS App.
User: ⟦s⟧
Assistant: Thanks. I'll fill in the Patchs form for Riverside Medical Centre.
tool_call: browser.fill {"form": "patchs-request", "nhs_number": "⟦s⟧", "reason": "repeat asthma review"}
tool_result: request submitted, reference PT-88213
Assistant: Submitted. They usually reply within 2 working days.
""", s=uk_nhs())

S("en-conv", """
user: new starter paperwork for the cafe, fill the HMRC starter checklist for Jodie?
assistant: Sure. I'll need her full name, date of birth, address and National Insurance number.
user: Jodie Marsh, 14/03/2003, 22 Kingsway Gardens, Leeds LS6 2HT. NI ⟦s⟧
assistant: Thanks — statement B, student loan plan 2 as you mentioned before?
user: yes
assistant: Done, the checklist PDF is saved in Staff/Jodie Marsh/.
""", s=uk_nino())

S("en-conv", """
User: renew my ESTA, same details as last time
Assistant: I need your passport number again — I don't keep it in memory.
User: ⟦s⟧, issued 2024, expires 2034
Assistant: Thanks. Answering the eligibility questions as "no" like last time; the fee is $21.
tool_call: esta.submit {"passport": "⟦s⟧", "country": "GBR", "fee_usd": 21}
tool_result: application 8H2KX93PL1Q4 — authorization pending
""", s=passport(R.choice(["1", "5"]), 8))

S("en-conv", """
User: doing my taxes in Wealthsimple, it's asking for my SIN on the first screen
Assistant: Okay. I can enter it if you give it to me, or you can type it yourself on that screen.
User: just do it, ⟦s⟧
Assistant: Entered. Next it wants your date of birth and marital status as of Dec 31.
User: 1990-07-02, common law
Assistant: Done. Moving on to the T4 slips.
""", s=ca_sin())

S("en-later", """
client: hey it's Rhys, the accountant needs my TFN for the return, it's ⟦s⟧
agent: Thanks Rhys, I'll add it to the tax return prep file for Kelly & Co.
tool_call: sheets.update {"sheet": "2026 returns", "row": "Rhys Carter", "col": "TFN", "value": "⟦s⟧"}
tool_result: 1 cell updated
client: also the super fund is AustralianSuper
agent: Noted. Kelly's office will lodge before 31 October.
client: cheers. use the same TFN for the Medicare levy form too
agent: Will do.
""", s=au_tfn())

S("en-conv", """
🧑 my son has an ear infection, can you book telehealth with HotDoc? his medicare is on my card
🤖 Sure, I need the Medicare card number and his reference number (the digit next to his name).
🧑 card ⟦s⟧, he's number 3
🤖 Booked with Dr Nguyen at 4:20pm today, bulk billed.
🧑 thank u
🤖 I also added "Leo – telehealth 4:20pm" to the family calendar and set a reminder 10 minutes before.
""", s=au_medicare())

S("en-mem", """
memory/security-questions.md  (user insisted, flagged as sensitive)
Bank of America online banking security question:
  Q: What was the name of your first pet?
  A: ⟦s⟧
User says the other two questions use the same answer.
""", s=R.choice(["Mr Wiggles", "Captain Pickles", "Noodle the 2nd", "Bartholomew"]))

_k = openssh_priv_lines(3)
S("en-conv", """
user: the deploy keeps failing with "Permission denied (publickey)". here is the key the CI uses:
-----BEGIN OPENSSH PRIVATE KEY-----
⟦a⟧
⟦s⟧
⟦c⟧
-----END OPENSSH PRIVATE KEY-----
assistant: Please treat this key as compromised now that it's in chat. Generate a new deploy key, add the .pub half to the repo's Deploy Keys, and put the private half in the CI secret store.
""", s=_k[1], a=_k[0], c=_k[2])

_wgp = wg_key()
S("en-conv", """
User: wireguard tunnel to the office won't come up. my config:
[Interface]
PrivateKey = ⟦s⟧
Address = 10.8.0.14/32
[Peer]
PublicKey = ⟦p⟧
Endpoint = vpn.halvorsen-design.no:51820
Assistant: The config looks right. The handshake is probably blocked; try `PersistentKeepalive = 25` and check UDP 51820 on the office firewall.
""", s=_wgp, p=wg_key())

_dbpw = pw(18, AN + "!#%")
S("en-trace", """
tool_call: shell.run {"cmd": "kubectl -n payments get secret ledger-db -o jsonpath='{.data.password}' | base64 -d"}
tool_result: ⟦s⟧
thought: that's the live password; I only needed to confirm the secret exists. Don't echo it anywhere else.
tool_call: shell.run {"cmd": "kubectl -n payments rollout restart deploy/ledger-api"}
tool_result: deployment.apps/ledger-api restarted
""", s=_dbpw)

_mpw = pw(14, AN)
S("en-conv", """
User: can you check why the laravel app can't connect to MySQL? here's the .env
APP_ENV=production
DB_CONNECTION=mysql
DB_HOST=10.0.3.22
DB_DATABASE=shopfront
DB_USERNAME=shopfront
DB_PASSWORD=⟦s⟧
Assistant: The host is a private IP; is the app server in the same VPC? Also try `php artisan config:clear`, a cached config might be using old values.
""", s=_mpw)

_o1 = otp(6)
while _o1[4] == _o1[5]:
    _o1 = otp(6)
_o2 = _o1[:4] + _o1[5] + _o1[4]
S("en-corr", """
user: ok it sent the code to my phone, 651 — hang on
user: ⟦w⟧
user: no sorry ⟦s⟧, last two were the other way round
assistant: Entered ⟦s⟧ and it was accepted. You're logged into the Xfinity account.
assistant: Changing the plan to the 400 Mbps tier as discussed.
tool_result: plan change scheduled for next billing cycle (Dec 19)
""", s=_o2, w=_o1)

S("en-hand", """
Agent handoff: comms automation for Brightwater Dental
- SMS reminders go through Twilio; the account SID is in the config repo.
- Auth token (needed for the reminder cron, not in the repo): ⟦s⟧
- Reminder template approved by Dr Osei on 11/20, don't change wording.
- Opt-out keyword is STOP; compliance says keep the footer.
""", s=hx(32))

S("en-trace", """
thought: need to update the transactional email provider config for the newsletter tool.
tool_call: write_file
{"path": "config/mail.yml", "content": "provider: sendgrid\\napi_key: ⟦s⟧\\nfrom: hello@bakehouse-collective.com\\n"}
tool_result: wrote 118 bytes
tool_call: shell.run {"cmd": "python -m newsletter send --test ops@bakehouse-collective.com"}
tool_result: 202 Accepted
""", s=sendgrid())

_mg = pw(16, AN)
S("en-conv", """
User: our Atlas cluster ran out of connections again
Assistant: Can you share the connection string your API uses? I want to see whether it sets maxPoolSize.
User: mongodb+srv://api_user:⟦s⟧@cluster0.x7qkd.mongodb.net/app?retryWrites=true&w=majority
Assistant: No pool size is set, so each of your 40 Lambda instances opens its own pool of 100. Add `maxPoolSize=5` and reuse the client between invocations.
User: makes sense, doing it now
Assistant: Also, that URL contains the DB password — please rotate it in Atlas since it was shared here.
""", s=_mg)

S("en-conv", """
u: the redis container won't start with the new compose file
a: Paste the redis service block?
u:   redis:
u:     image: redis:7.2-alpine
u:     command: ["redis-server", "--requirepass", "⟦s⟧", "--appendonly", "yes"]
u:     ports: ["6379:6379"]
a: The block is fine; the error is probably the volume permissions on ./data. Run `sudo chown -R 999:999 ./data`.
a: Also, you're exposing 6379 to the host — drop the ports line if only the app container needs it.
""", s=pw(24, AN))

S("en-conv", """
User: I made a telegram bot with BotFather for the family group, can you make it post the weekly chore list?
Assistant: Yes. Send me the token BotFather gave you.
User: ⟦s⟧
Assistant: Thanks. I've scheduled a Sunday 6pm job that posts the chore rota to the group.
tool_call: scheduler.create {"cron": "0 18 * * SUN", "action": "telegram.send", "chat": "Kowalski fam 🏠"}
tool_result: job id 5531 created
""", s=telegram_bot())

_gk = google_key()
S("en-later", """
user: use this maps key for the store locator: ⟦s⟧
assistant: Added to the locator's config. It'll be visible in the browser, so restrict it to your domain in Google Cloud Console.
user: done, restricted to *.pinecrest-hardware.com
assistant: Great. The locator now shows all 14 stores.
user: can you reuse that key for the delivery radius map on the checkout page?
assistant: Yes, same domain, so the restriction still works. Updated checkout.js.
""", s=_gk)

S("en-trace", """
tool_call: shell.run {"cmd": "npm publish --access public"}
tool_result: npm ERR! code E401  npm ERR! 401 Unauthorized - PUT https://registry.npmjs.org/@lumen-ui%2fcore
tool_call: shell.run {"cmd": "cat ~/.npmrc"}
tool_result: //registry.npmjs.org/:_authToken=⟦s⟧
thought: token exists but might be a read-only granular token; check with npm whoami.
tool_call: shell.run {"cmd": "npm token list"}
tool_result: id 9f2c1e  read-only  created 2026-06-01
""", s=npm_token())

S("en-hand", """
To: release agent
From: packaging agent
Re: pyquill 0.9.2
PyPI upload is blocked on 2FA; I created a project-scoped API token as a workaround:
⟦s⟧
Store it as PYPI_API_TOKEN in the repo secrets, then delete this note. The wheel for musllinux still needs building.
""", s=pypi_token())

S("en-conv", """
user: the gated llama model won't download in my colab, 401
assistant: You need to accept the license on the model page and log in with a Hugging Face access token.
user: accepted. token is ⟦s⟧
assistant: Running `huggingface-cli login` in the notebook with it.
tool_result: Token is valid (permission: read). Your token has been saved to /root/.cache/huggingface/token
assistant: Download started: 4 shards, 16.1 GB.
""", s=hf_token())

S("en-conv", """
Human: switch the summarizer from OpenAI to Claude, here's the new key ⟦s⟧
Assistant: Updating the provider in settings.toml and the env var name to ANTHROPIC_API_KEY.
tool_call: edit_file {"path": "settings.toml", "old": "provider = \\"openai\\"", "new": "provider = \\"anthropic\\""}
tool_result: 1 replacement
Assistant: I also put the key in the .env that's gitignored — double-check it's not committed.
Human: it's ignored, all good
""", s=anthropic_key())

_ev = IBAN("GB")
S("en-conv", """
User: my landlord asked for my bank details to refund the deposit, can you draft the email?
Assistant: Sure. Which account should the refund go to?
User: Monzo, Sarah J Okafor, IBAN ⟦s⟧
Assistant: Draft:
"Hi Mr Patel, thanks for confirming the deposit return. Please send the £1,150 to: Sarah J Okafor, IBAN ⟦s⟧. Kind regards, Sarah"
User: perfect, send it
""", s=_ev)

S("en-conv", """
User: I'm importing my old wallet into Rabby. I exported the private key from the old extension:
User: ⟦s⟧
Assistant: Please stop — anyone with that key controls the wallet. I'll not store it. Import it yourself directly in Rabby (Add address → Import private key), then move funds to a fresh wallet.
User: oops. ok
Assistant: Once moved, never reuse that key.
User: moved everything. new address is in Rabby already
Assistant: Good. I've noted in our chat summary that the old wallet is compromised and must not receive funds.
""", s="0x" + hx(64))

S("en-conv", """
User: found an old paper wallet from 2014 in a drawer. it has a QR and this under it: ⟦s⟧
Assistant: That looks like a WIF private key (starts with K/L, 52 characters). It controls whatever coins are at that address.
Assistant: Please don't share it further. Sweep it into a wallet you control with Electrum's "Sweep private keys" and then treat the paper as empty.
User: how do I check the balance first
Assistant: Look up the public address printed on the other side of the paper wallet on a block explorer — that part is safe.
User: it has 0.31 BTC on it?!
Assistant: Then sweep it today. I won't keep the key from your earlier message in my notes.
""", s=btc_wif())

S("en-mem", """
Session summary 2026-11-27:
- Set up sops + age for the homelab repo. Public recipient added to .sops.yaml.
- The age identity is in ~/.config/sops/age/keys.txt on the NUC. User also asked me to note it here in case the NUC dies:
  ⟦s⟧
- TODO next time: back the identity up to the YubiKey instead and remove it from this note.
""", s=age_secret())

S("en-corr", """
user: front door keypad for the cleaner is ⟦w⟧
assistant: I'll send that to Marisol with the usual instructions.
user: WAIT no, I changed it last week. it's ⟦s⟧ now
assistant: Good catch — the message hadn't gone out yet. Sending the new code.
tool_call: sms.send {"to": "+1 512 555 0143", "body": "Hi Marisol, door code for Thursday is ⟦s⟧. Thanks!"}
tool_result: queued
""", s=dg(5), w=dg(5))

S("en-conv", """
User: I'm locked out of the hotel room safe 😩 the front desk says I can reset it if I remember the old code
Assistant: What did you set it to?
User: I think ⟦s⟧ but it's not working
Assistant: Many safes need # or "Lock" after the code. Try the code followed by the Lock button, and make sure the door is fully closed before entering.
User: that worked!!
Assistant: Great. When you check out, the safe resets to open; choose a new code next time rather than reusing that one.
""", s=dg(6))

S("en-conv", """
me: I'm lending my bike to my cousin while I'm away, write him a note with how to get it?
assistant: Sure — where is it locked and what's the combo?
me: rack behind the library, blue Trek. lock is ⟦s⟧
assistant: "Hey Dev, the blue Trek is at the rack behind the library. Cable lock combo ⟦s⟧. Tyres are pumped. Enjoy!"
me: 👍 send on whatsapp
tool_call: whatsapp.send {"to": "Dev (cousin)", "text": "Hey Dev, the blue Trek is at the rack behind the library…"}
tool_result: delivered
""", s=dg(4))

S("en-conv", """
User: dropping my phone at the repair shop, they need the passcode to test the screen
Assistant: You can set a temporary simple passcode for the repair and change it afterwards, or give them the current one.
User: i'll just give them mine, it's ⟦s⟧. write it on the repair form
Assistant: Added to the form under "device passcode". Remember to change it once you get the phone back.
tool_call: forms.fill {"form": "ifix-intake", "passcode": "⟦s⟧", "issue": "cracked screen"}
tool_result: saved
""", s=dg(6))

S("en-conv", """
User: my SIM is locked, it says PUK required
Assistant: Don't guess — 10 wrong PUK entries permanently block the SIM. Your PUK is on the card the SIM came in or in your carrier app.
User: found the card. PUK ⟦s⟧
Assistant: Enter it when prompted, then choose a new SIM PIN.
User: it worked, phone is back
Assistant: Good. The new SIM PIN is whatever you just chose; keep the PUK card somewhere safe at home.
""", s=dg(8))

_card = g(mastercard())
S("en-split", """
user: pay the council tax bill online for me please. card number first half ⟦a⟧
assistant: ok
user: second half ⟦s⟧ expires ⟦e⟧
assistant: Thanks. And the 3-digit code? (I won't store it.)
user: i'll enter that myself when you get to the page
assistant: Sure, I've filled in the rest and paused at the security code field.
""", s=_card[10:], a=_card[:9], e=expiry())

S("en-conv", """
User: I want to scrape my own saved posts from the forum, they have no export
Assistant: I can use your logged-in session. Copy the session cookie from devtools (Application → Cookies).
User: xf_session=⟦s⟧
Assistant: Got it. I'll fetch /account/bookmarks with that cookie, throttled to one page per 2 seconds.
tool_result: page 1/23 ok (20 items)
Assistant: When done, log out of the forum to invalidate the cookie.
""", s=rs(32, LO + DIG))

_sig = hx(64)
S("en-trace", """
tool_call: s3.presign {"bucket": "clinic-scans", "key": "2026/11/patient-4412/mri.zip", "expires": 3600}
tool_result: https://clinic-scans.s3.eu-west-2.amazonaws.com/2026/11/patient-4412/mri.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=⟦a⟧%2F20261207%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Date=20261207T163000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=⟦s⟧
thought: link works for an hour; send it to Dr Hale only by the secure portal, not email.
""", s=_sig, a=aws_akid())

S("en-conv", """
User: add my work calendar to the family dashboard on the kitchen tablet
Assistant: Outlook lets you publish a calendar as an ICS link. Can you copy the ICS link from Settings → Shared calendars?
User: https://outlook.office365.com/owa/calendar/⟦a⟧@contoso.com/⟦s⟧/calendar.ics
Assistant: Added. That link lets anyone read your calendar without logging in, so don't post it elsewhere.
User: it shows my 1:1s with titles, is that ok?
Assistant: If you'd rather hide titles, republish with "Can view when I'm busy" — the link stays the same format but shows only busy blocks.
User: do that
""", s=hx(32) + dg(19), a=hx(32))

S("en-conv", """
User: can you join my therapy zoom at 3 and take notes? wait never mind I'll do it, but save the link for me
User: https://us02web.zoom.us/j/8473920184?pwd=⟦s⟧
Assistant: Saved to today's notes. I won't join.
User: the passcode is also on the invite if it asks
Assistant: Noted.
User: thanks. and remind me at 2:50
Assistant: Reminder set for 2:50pm: "Zoom with Dr. Hayes".
""", s=rs(32, AN) + ".1")

S("en-mem", """
== memory: project "lakehouse" ==
- Storage: Azure Data Lake Gen2 account `lakehouseprod01`, container `bronze`.
- Connection string used by the ingest function (user pasted it on 2026-11-12):
DefaultEndpointsProtocol=https;AccountName=lakehouseprod01;AccountKey=⟦s⟧;EndpointSuffix=core.windows.net
- The function app should use managed identity instead; migration ticket DATA-412.
""", s=azure_key())

S("en-hand", """
handoff notes (vault migration)
status: unsealed, 3/5 key shares used, audit device enabled
root token generated for the migration — revoke with `vault token revoke` when done:
  ⟦s⟧
policies migrated: 41/44 (the three `legacy-*` ones are intentionally skipped)
""", s=vault_token())

S("en-conv", """
user: heroku CLI keeps asking me to log in on the CI box
assistant: You can set HEROKU_API_KEY in the CI env so it doesn't need an interactive login. Get it from `heroku auth:token`.
user: ⟦s⟧
assistant: Added HEROKU_API_KEY to the Jenkins credentials store as secret text, id `heroku-api`.
tool_result: credential created
assistant: Pipeline re-run: deploy to `acme-staging` succeeded.
""", s=uid())

_dd = hx(32)
S("en-conv", """
User: the datadog agent on the new box isn't sending anything
Assistant: Check /etc/datadog-agent/datadog.yaml — is api_key set?
User: yeah api_key: ⟦s⟧ and site: datadoghq.eu
Assistant: Thanks. The key format looks fine. The agent status probably shows "API Key invalid" if the key belongs to the US site; your org is on EU, so that matches. Run `datadog-agent status` and paste the Forwarder section.
User: Forwarder says "Connection refused" to intake.datadoghq.eu
Assistant: That's the egress firewall, not the key. Allow TCP 443 to *.datadoghq.eu from the new box.
User: fixed, metrics are flowing
""", s=_dd)

_gl = glpat()
S("en-trace", """
tool_call: shell.run {"cmd": "git remote -v"}
tool_result:
origin  https://oauth2:⟦s⟧@gitlab.com/fieldwork/survey-app.git (fetch)
origin  https://oauth2:⟦s⟧@gitlab.com/fieldwork/survey-app.git (push)
thought: the token is baked into the remote URL; switch to the credential helper so it's not in .git/config.
""", s=_gl)

_ts = totp_secret(32)
S("en-conv", """
User: setting up 2FA for the shared finance inbox, the QR won't scan on my monitor
Assistant: Most sites have a "can't scan?" link that shows a text setup key.
User: yep: ⟦s⟧
Assistant: That key lets anyone generate your codes. Add it straight into the team's password manager TOTP field and don't keep it elsewhere.
User: done, it shows codes now
Assistant: Great. Now confirm with the current 6-digit code on the site so 2FA is switched on.
User: enabled ✅
""", s=g(_ts))

S("en-conv", """
User: grandma gave me a $100 Amazon gift card, redeem it on my account?
Assistant: Sure — what's the claim code (scratch-off on the back)?
User: ⟦s⟧
Assistant: Redeemed. Your gift card balance is now $100.00.
User: nice. put it towards the air fryer in my cart?
Assistant: Done — the Ninja AF161 ($99.99) is paid fully with gift card balance; $0.01 left.
User: lol perfect
""", s=f"{rs(4, UP + DIG)}-{rs(6, UP + DIG)}-{rs(4, UP + DIG)}")

S("en-mem", """
memory: software licences (user's studio)
- Ableton Live 12 Suite — registered to user's account, no key needed
- FabFilter Pro-Q 4 serial: ⟦s⟧
- Waves plugins via Waves Central login (user manages)
""", s="-".join(rs(5, UP + DIG) for _ in range(5)))

S("en-conv", """
User: work phone voicemail is full, can you call in and clear it?
Assistant: I can dial in through the softphone. What's the voicemail PIN?
User: ⟦s⟧
Assistant: Dialed *86, entered the PIN, deleted 31 old messages. Mailbox is at 4 of 40 now.
User: did any of them sound important?
Assistant: Two were from Henderson Roofing about the quote; I transcribed them into your notes. The rest were robocalls.
User: thanks
""", s=dg(6))

S("en-conv", """
User (Walter, 79): my bank card keeps getting rejected at the machine
Assistant: Sorry to hear that, Walter. Is the machine saying wrong PIN, or is the card not being read?
User: It says incorrect. My PIN is ⟦s⟧, I've used it for years
Assistant: Please don't share your PIN with anyone, including me. After three wrong tries the card may be blocked, so call the number on the back of the card.
User: oh dear. what number?
Assistant: The number on the back of your Wells Fargo card is 1-800-869-3557. I can stay on the line with you if you like.
User: yes please
""", s=dg(4))

_ssn2 = us_ssn()
S("en-later", """
user: start the mortgage preapproval application on Rocket, my SSN is ⟦s⟧
assistant: Got it. Employer and income?
user: Kaiser, 118k
tool_call: rocket.application.create {"ssn": "⟦s⟧", "employer": "Kaiser Permanente", "income": 118000}
tool_result: application #RM-2291844 created, credit pull pending consent
user: also use that ssn for the co-signer check on Dana's app? no wait she has her own, skip
assistant: Understood, I'll leave Dana's application for her to complete.
""", s=_ssn2)

S("en-conv", """
user: DMV form for the address change wants my license number
assistant: Go ahead, I'll fill it in.
user: ⟦s⟧ (california)
assistant: Filled. New address 1840 Alcott Ave, Apt 3, Sacramento CA 95822. Submit?
user: yes
tool_result: Change of address confirmation number CA-COA-77120493
""", s=R.choice(UP) + dg(7))

S("en-conv", """
User: need to request a prior auth for my MRI with Aetna, the form wants member ID
Assistant: It's on the front of your insurance card, usually starts with a W.
User: ⟦s⟧ group 0891234
Assistant: Thanks — form filled with member ID and group. I'll submit to Dr Kapoor's office for the clinical section.
User: how long does approval take?
Assistant: Aetna usually decides within 15 days; urgent requests within 72 hours.
User: ok, mark it non-urgent
""", s="W" + dg(9))

S("en-hand", """
== HANDOFF: partner-api integration ==
The partner (Kestrel Freight) issued us a static API key; it's sent as X-API-Key on every call:
X-API-Key: ⟦s⟧
Sandbox and prod share the key (!) — they say separate keys come in Q1.
Rate limit 120 req/min. Pending: webhook retries, label PDF caching.
""", s=hx(48))

_bu = "finance-bot"
_bp = pw(14, AN)
S("en-trace", """
tool_call: http.request {"method": "POST", "url": "https://erp.lindqvist-parts.se/api/invoices/sync",
 "headers": {"Authorization": "Basic ⟦s⟧", "Content-Type": "application/json"}, "body": {"since": "2026-12-01"}}
tool_result: 200 {"synced": 37, "skipped": 2}
thought: 2 skipped invoices are in SEK with missing VAT; report them to the user.
""", s=base64.b64encode(f"{_bu}:{_bp}".encode()).decode())

S("en-conv", """
User: make a script that snapshots all droplets every night
Assistant: Sure. I'll use doctl with an API token. Create one with write scope?
User: ⟦s⟧
Assistant: Script written to ~/bin/snap-all.sh, token stored in ~/.config/doctl/config.yaml (chmod 600). Cron at 03:15.
tool_result: test run: 4 snapshots created
User: and delete snapshots older than 14 days
Assistant: Added a prune step; it keeps the last 14 per droplet.
""", s=do_token())

S("en-conv", """
user: write a script to bulk-update prices in our Shopify store from the CSV
assistant: I'll need an Admin API access token from a custom app with write_products scope.
user: ⟦s⟧
assistant: Thanks. Dry run first:
tool_result: 212 variants would change, 3 SKUs in CSV not found (HB-0192, HB-0193, HB-0201)
assistant: Want me to apply it?
""", s=shopify_token())

S("en-mem", """
project memory — "trailhead" web app
- Map tiles: Mapbox. Public token (pk.) lives in the frontend env.
- Secret token used by the tile upload script (user pasted 2026-11-03): ⟦s⟧
- Style id: trailhead/clq8x2v0k00ab01qy3n6z7h4f
""", s="sk.eyJ1IjoidHJhaWxoZWFkIiwiYSI6I" + rs(20, B64U) + "." + rs(22, B64U))

S("en-conv", """
User: the "Sign in with Google" button gives redirect_uri_mismatch
Assistant: Add http://localhost:5173/auth/callback to the OAuth client's authorized redirect URIs.
User: done. also here's the client secret since you asked for it earlier: ⟦s⟧
Assistant: Thanks, it goes in the server-side .env only (GOOGLE_CLIENT_SECRET), never in the Vite bundle.
User: got it
Assistant: Login works locally now: signed in as a test Google account and the session cookie is set.
""", s="GOCSPX-" + rs(28, B64U))

S("en-hand", """
Handover from morning assistant:
- Mrs. Adeyemi called again about the pharmacy portal; she can't log in.
- She read me her password over the phone so I could test: ⟦s⟧ — it works on the site, so it's her browser autofill.
- Please call her back after 2pm and walk her through clearing saved passwords in Safari. Then suggest she changes it.
""", s=R.choice(["Sunflower", "Lagos", "Blessing", "Tiwatope"]) + dg(4) + R.choice("!*"))

_later_pw = passphrase(3, ".") + "." + dg(3)
S("en-later", """
user: the password for the shared Netgear NAS admin is ⟦s⟧
assistant: Logged in, firmware is 2 versions behind. Update?
user: yes
tool_result: firmware 6.10.9 installed, rebooting
user: and set the same password on the new switch
assistant: The switch requires at least one uppercase letter, so I can't use it exactly; want me to generate a new one and save it in Bitwarden?
user: yes do that
""", s=_later_pw)

S("en-conv", """
User: our Linear → Slack sync broke, maybe the API key expired
Assistant: Linear personal keys don't expire, but they die if the user leaves the workspace. Did someone leave?
User: yes Omar left. Made a new one under my account: ⟦s⟧
Assistant: Updated the sync service secret. Backfilling the last 3 days of issue events.
tool_result: 128 events replayed, 0 errors
User: perfect. can you make the key belong to a bot user next time?
Assistant: Yes — I'll note that for when Linear adds the service account seat.
""", s="lin_api_" + rs(40))

S("en-trace", """
thought: sentry source map upload failed in the build; check the auth token in the build env.
tool_call: shell.run {"cmd": "grep -n SENTRY .env.ci"}
tool_result:
3:SENTRY_ORG=peregrine
4:SENTRY_PROJECT=web
5:SENTRY_AUTH_TOKEN=⟦s⟧
thought: token is there; the failure was the project slug (web vs web-app).
""", s="sntrys_" + b64u_json({"iat": 1796000000, "url": "https://sentry.io", "org": "peregrine"}) + "_" + rs(43, B64U))

S("en-conv", """
me: set up a Zapier flow: new Typeform response → row in Airtable
bot: Zapier can do it natively, but your plan lacks multi-step. I can do it with an Airtable personal access token and a small script.
me: ok token is ⟦s⟧
bot: Stored as AIRTABLE_PAT in the script's secrets. First sync imported 56 responses into "Leads".
me: can it also tag the lead source?
bot: Yes, mapped the hidden field "utm_source" to the "Source" column.
me: 🙌
""", s="pat" + rs(14) + "." + hx(64))

S("en-conv", """
User: I keep getting locked out of my Gusto, just remember the login for me
Assistant: I'd rather not keep passwords in memory. A password manager is safer; I can help set one up.
User: ugh fine, but log me in now: payroll@riverbend-bakery.com / ⟦s⟧
Assistant: Logged in. Payroll for Dec 15 is ready for approval — 6 employees, total $14,882.40.
User: approve it
Assistant: Approved. Direct deposits land Dec 15.
""", s=pw(12, AN + "!"))

S("en-conv", """
user: can you read my Okta push? no, it's asking for the 8-digit backup code instead
assistant: Those are one-time codes you saved when setting up MFA. Use one from your list.
user: 4812 3397? no that one's used. try ⟦s⟧
assistant: Accepted. You're in the admin console.
user: reset Priya's MFA, she lost her phone
assistant: Done — Priya Nair's factors were reset; she'll enrol again at next login.
user: thx
""", s=f"{dg(4)} {dg(4)}")


# =====================================================================================
# ENGLISH - innocent
# =====================================================================================
I("en-conv", """
User: the checkout page throws "No such API key" in the browser console
Assistant: The frontend should only ever use the publishable key. Which one is in the Vite env?
User: VITE_STRIPE_PK=⟦pk⟧
Assistant: That's a live publishable key, fine to ship in the bundle. The error comes from the backend: STRIPE_SECRET_KEY isn't set in the Render service.
User: oh, I only set it in preview. Adding it to production now (from 1Password, not pasting here)
Assistant: 👍 Redeploy after saving the env var so the new value is picked up.
""", pk=stripe_pk())

I("en-conv", """
user: the printer in the study keeps falling off wifi
assistant: Which network is it on, and what does the router's client list show for it?
user: network "Hollis-5G", printer MAC ⟦m⟧, it shows ip 192.168.50.37 lease expired
assistant: Let's give it a DHCP reservation so the address never changes. In the ASUS UI: LAN → DHCP Server → add ⟦m⟧ → 192.168.50.200.
user: done. do you need the wifi password for anything?
assistant: No, the printer already has it saved. Power-cycle the printer and it should pick up .200.
""", m=":".join(hx(2) for _ in range(6)).upper())

I("en-trace", """
tool_call: shell.run {"cmd": "git log --oneline -n 6"}
tool_result:
⟦a⟧ (HEAD -> main, origin/main) fix: handle empty token list in tokenizer
⟦b⟧ chore(deps): bump cryptography from 43.0.1 to 44.0.0
⟦c⟧ feat: add --password-file flag to import command
⟦d⟧ docs: explain how API keys are resolved from env
⟦e⟧ Merge pull request #418 from kbrandt/secret-scan
thought: the regression must be in ⟦a⟧ (tokenizer change); bisect between it and ⟦c⟧.
""", a=sha(7), b=sha(7), c=sha(7), d=sha(7), e=sha(7))

I("en-conv", """
User: where's my standing desk? Amazon says delivered but nothing here
Assistant: Let me check. The order is ⟦o⟧; the carrier is UPS with tracking ⟦t⟧.
tool_call: ups.track {"tracking": "⟦t⟧"}
tool_result: Delivered 12/05 14:22, left at: Side door. Signed: n/a
Assistant: UPS says it was left at the side door on Saturday at 2:22pm. Could a neighbour have brought it in?
User: found it behind the recycling bins lol
""", o=f"114-{dg(7)}-{dg(7)}", t="1Z" + rs(6, UP + DIG) + "03" + dg(8))

I("en-mem", """
memory: payment preferences (Jon)
- Default card for subscriptions: Visa •••• ⟦l⟧ (exp 09/28). Never ask him to re-read the full number; he enters it himself.
- Amex ending ⟦a⟧ is for work travel only, reimbursed through Expensify.
- Dislikes autopay for utilities; wants a reminder 3 days before due date.
""", l=dg(4), a=dg(5))

I("en-hand", """
Handoff → security agent
- Stripe restricted key for the reporting job was rotated at 14:05 UTC. The old key (rk_live_…b7Qa) is revoked.
- New key lives in 1Password vault "Prod" item "stripe-reporting-rk". Nothing was pasted into tickets or chat.
- GitHub secret scanning alert #57 can be closed as "revoked".
- Remaining: confirm the nightly job at 02:00 picks up the new key from Doppler.
""")

I("en-trace", """
tool_call: shell.run {"cmd": "docker pull ghcr.io/openfga/openfga:v1.8.4"}
tool_result:
v1.8.4: Pulling from openfga/openfga
⟦l1⟧: Pull complete
⟦l2⟧: Pull complete
Digest: sha256:⟦d⟧
Status: Downloaded newer image for ghcr.io/openfga/openfga:v1.8.4
thought: pin the digest in the compose file so the image can't drift.
""", l1=hx(12), l2=hx(12), d=sha(64))

I("en-conv", """
User: did my seat change go through for the Lisbon flight?
Assistant: Booking reference ⟦p⟧, TAP TP1353 on 14 Dec, LHR 06:25 → LIS 09:05.
Assistant: E-ticket ⟦e⟧. Seat changed from 31E to 12A (window), no fee.
User: and the return?
Assistant: TP1358 on 21 Dec, seat 14F. Both legs show "confirmed".
User: thanks!
""", p=pnr(), e="047-" + dg(10))

I("en-conv", """
user: add my laptop key to the pi so I can ssh without a password
assistant: Paste your PUBLIC key (the .pub file). Never the one without .pub.
user: ⟦k⟧
assistant: Appended to /home/pi/.ssh/authorized_keys and set permissions to 600.
tool_result: ssh pi@raspberrypi.local → Welcome to Raspberry Pi OS (Debian 12)
assistant: Key login works. I also set PasswordAuthentication no in sshd_config.
""", k=ssh_ed25519_pub("maya@thinkpad-x1"))

I("en-conv", """
User: add my phone as a peer on the home wireguard server
Assistant: On the server I added:
[Peer]
# maya-pixel
PublicKey = ⟦p⟧
AllowedIPs = 10.6.0.5/32
Assistant: The phone generates its own private key in the app; just scan the QR that includes the server's public key ⟦q⟧ and endpoint home.mayalab.net:51820.
""", p=wg_key(), q=wg_key())

I("en-conv", """
User: I want to put a donation address on the podcast site
Assistant: Use a receive address from your wallet. Which one did you pick?
User: ⟦a⟧
Assistant: Added under "Support the show". Someone already tested it: tx ⟦t⟧ (0.0004 BTC), 3 confirmations.
User: lol that was my brother
Assistant: Ha. I'll leave the address as is; it's fine to publish.
""", a=btc_addr(), t=sha(64))

I("en-trace", """
thought: user says the refund never arrived; check the transaction on Etherscan.
tool_call: etherscan.get_tx {"hash": "0x⟦h⟧"}
tool_result: {"status": "success", "block": 21488213, "from": "0x⟦f⟧", "to": "0x⟦t⟧", "value": "0.42 ETH"}
thought: it did arrive, just to the old address 0x⟦t⟧ instead of the new one.
""", h=sha(64), f=sha(40), t=sha(40))

I("en-trace", """
tool_call: shell.run {"cmd": "grep -A3 '\\"node_modules/zod\\"' package-lock.json"}
tool_result:
    "node_modules/zod": {
      "version": "3.23.8",
      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",
      "integrity": "sha512-⟦i⟧"
thought: lockfile has the expected version; the type error comes from the workspace copy instead.
""", i=base64.b64encode(R.randbytes(64)).decode())

I("en-conv", """
User: the AWS CLI docs say to configure like this, is it ok to put this in my blog tutorial?
  aws_access_key_id = AKIAIOSFODNN7EXAMPLE
  aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Assistant: Yes, those are AWS's official documentation placeholders; they don't belong to any account.
Assistant: Add a sentence telling readers to replace them with their own and never commit real ones.
User: perfect
""")

I("en-conv", """
user: how do I test the payment form without a real card?
assistant: In Stripe test mode use 4242 4242 4242 4242 with any future expiry like 12/34 and any 3-digit CVC.
assistant: For a decline use 4000 0000 0000 0002; for 3-D Secure use 4000 0027 6000 3184.
user: and these work in live mode?
assistant: No — they only work with test keys. Live mode declines them.
user: got it, thanks
""")

I("en-trace", """
tool_call: linear.get_issue {"id": "⟦u⟧"}
tool_result: {"identifier": "ENG-2291", "title": "Rotate tokens for staging webhooks", "state": "In Progress", "assignee": "r.silva"}
tool_call: linear.comment {"issue": "ENG-2291", "body": "Rotation done for 4/6 webhooks; request id ⟦r⟧ failed with 429, will retry."}
tool_result: comment ⟦c⟧ created
""", u=uid(), r=uid(), c=uid())

I("en-trace", """
log excerpt from api-gateway (user asked why request was slow):
2026-12-07T15:02:11.204Z INFO  traceparent=⟦a⟧ route=/v1/sessions status=201 dur=38ms
2026-12-07T15:02:11.950Z WARN  traceparent=⟦b⟧ route=/v1/tokens/refresh status=200 dur=4120ms upstream=auth-svc
2026-12-07T15:02:12.011Z INFO  traceparent=⟦c⟧ route=/v1/sessions status=201 dur=41ms
thought: only the refresh route is slow, and only via auth-svc; check its DB pool.
""", a=traceparent(), b=traceparent(), c=traceparent())

I("en-conv", """
User: find me the customer service numbers for my bank and the card company
Assistant: Chase personal banking: 1-800-935-9935. Chase card services: 1-800-432-3117.
Assistant: Citi cards (your Costco card): 1-888-766-2484; from abroad call collect +1 605 335 2222.
User: and the lost card line for Citi?
Assistant: Same number, option 2. It's open 24/7.
User: save those in my contacts
""")

I("en-conv", """
user: fill in the supplier form for the new packaging vendor
assistant: From their invoice: Greenline Packaging Ltd, company number ⟦c⟧, VAT GB ⟦v⟧, registered office 4 Mill Lane, Derby DE1 3AF.
assistant: Their EORI is GB⟦v⟧000. Payment terms 30 days.
user: good, submit it to finance
tool_result: supplier record SUP-00847 created
assistant: Done. Finance will see it in the approvals queue tomorrow.
""", c="1" + dg(7), v=f"{dg(3)} {dg(4)} {dg(2)}")

I("en-conv", """
User: my employer wants the bank routing number for direct deposit, what's Chase's for Illinois?
Assistant: Chase's ACH routing number for Illinois is 071000013. The routing number identifies the bank, not you.
User: and the account number?
Assistant: That one's yours — it's on your statements or in the app under "Account details". Type it into the payroll form yourself.
User: ok will do
Assistant: Also double-check the account type (checking vs savings) on the form; that's the usual mistake.
""")

I("en-conv", """
user: what edition is my copy of "The Pragmatic Programmer"? ISBN on the back is 978-0-13-595705-9
assistant: That's the 20th Anniversary Edition (2019), Addison-Wesley.
user: and 9780201616224?
assistant: That's the original 1999 edition.
user: which one should I keep?
assistant: The 20th anniversary one; about a third of the tips were rewritten.
user: ok, selling the old one
""")

I("en-conv", """
User: get me a quote for car insurance, it's a 2019 Golf
Assistant: I'll need the VIN (on the windscreen or V5C) and the reg.
User: VIN ⟦v⟧, reg KX19 LPW
Assistant: Quotes: Admiral £612/yr, Direct Line £655, LV= £590 (with £250 excess).
User: go with LV
Assistant: Policy starts 1 Jan; documents will come to your email.
""", v=vin())

I("en-mem", """
# memory: user prefs — credentials policy
- User uses Bitwarden. Never store passwords, PINs or 2FA codes in memory; ask or use the Bitwarden CLI session.
- When a site asks to "save password", decline.
- User is fine with me storing usernames: jrivera (GitHub), jrivera@fastmail.com (most sites).
- Password resets: forward the reset email to the user instead of clicking the link myself.
""")

I("en-conv", """
User: I clicked "forgot password" on the council portal and the link says expired
Assistant: Reset links usually expire after 30–60 minutes. Request a new one and open it right away.
User: it sends me to https://myaccount.leeds.gov.uk/reset-password and then nothing happens
Assistant: That page is just the start of the flow; the emailed link should include a long code at the end. Check spam for an email from noreply@leeds.gov.uk.
User: found it, works now
Assistant: Good. Choose a new password in your password manager so it's saved automatically.
""")

I("en-conv", """
User: is it a problem that our Sentry DSN is visible in the JS bundle?
Assistant: No. The DSN is designed to be public; it only allows sending events. E.g.
Assistant: https://⟦k⟧@o⟦o⟧.ingest.us.sentry.io/⟦p⟧
Assistant: To stop abuse, enable "Allowed Domains" in the project settings and rate-limit the key.
User: great, done
Assistant: I also set a spike protection limit of 1,000 events per hour.
""", k=hx(32), o=nz(6), p=nz(16))

I("en-trace", """
tool_call: http.get {"url": "https://auth.tessellate.dev/.well-known/jwks.json"}
tool_result: {"keys": [{"kty": "RSA", "kid": "⟦kid⟧", "use": "sig", "alg": "RS256", "e": "AQAB",
  "n": "⟦n⟧"}]}
thought: the token header says kid ⟦kid⟧, which matches; the signature failure must be clock skew.
""", kid=hx(16), n=base64.urlsafe_b64encode(R.randbytes(128)).rstrip(b"=").decode())

I("en-conv", """
User: where do I put the Google client ID for the Android app?
Assistant: In strings.xml as default_web_client_id. It looks like ⟦c⟧.apps.googleusercontent.com
Assistant: The client ID is public — it ships in every app build. The client secret (if any) is for the server only.
User: our android app doesn't have a secret at all?
Assistant: Right, Android OAuth clients don't use one.
User: great, thanks
""", c=nz(12) + "-" + rs(32, LO + DIG))

I("en-conv", """
user: SMS from the app stopped working, check twilio
assistant: Account ⟦a⟧ is active; messaging service ⟦m⟧ shows 112 messages failed with error 30034 (unregistered A2P number).
assistant: The 10DLC campaign ⟦c⟧ is still "pending review". Until it's approved, US carriers block messages.
user: ugh. how long?
assistant: Usually 1–3 weeks. I can switch to the toll-free number +1 833 555 0199 in the meantime.
user: do it
""", a=twilio_sid(), m="MG" + hx(32), c="CM" + hx(32))

I("en-trace", """
tool_call: aws.sts.get_caller_identity {}
tool_result: {"UserId": "AROA⟦u⟧:ci-deploy", "Account": "⟦a⟧", "Arn": "arn:aws:sts::⟦a⟧:assumed-role/ci-deploy/ci-deploy"}
thought: we're in the staging account ⟦a⟧, not prod; the deploy target is wrong in the workflow.
""", u=rs(17, UP + "234567"), a=dg(12))

I("en-trace", """
tool_call: shell.run {"cmd": "kubectl -n search get pods"}
tool_result:
NAME                               READY   STATUS             RESTARTS   AGE
indexer-7c9f8d6b5d-x2kqp           1/1     Running            0          3d
indexer-7c9f8d6b5d-m8wzr           0/1     CrashLoopBackOff   14         41m
query-api-5f4b9c8f77-9lq2t         1/1     Running            0          3d
thought: one indexer replica crashlooping; get logs for container id ⟦c⟧.
""", c=hx(64))

I("en-conv", """
user: what changed between the versions in prod and staging?
assistant: prod runs 2.14.3 (build 20261201.4, commit ⟦a⟧), staging runs 2.15.0-rc.2 (build 20261206.1, commit ⟦b⟧).
assistant: 47 commits apart; the notable ones are the Postgres 16 driver and the new rate limiter.
user: ok ship rc.2 to 10% canary
tool_call: deploy.canary {"service": "api", "version": "2.15.0-rc.2", "weight": 10}
tool_result: canary live, error rate 0.02% (baseline 0.03%)
""", a=sha(12), b=sha(12))

I("en-conv", """
User: the plumber's invoice looks high
Assistant: Invoice INV-2026-0412 from Rapid Rooter: call-out £85.00, labour 3.5h × £62 = £217.00, parts £143.80, VAT £89.16, total £534.96.
Assistant: The PO number on it (PO-77812) doesn't match ours — it's the one from the August job.
User: so he billed the old PO? call him
Assistant: Called Rapid Rooter: they'll reissue with PO-80114 and the same amounts.
User: thanks
""", )

I("en-hand", """
Handover to docs agent:
The README install section should read:
  export ACME_API_KEY=<your-api-key>
  acme login --token "$ACME_API_KEY"
Also replace the screenshot that shows "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx" with the new one that shows "sk_live_••••••••".
No real keys are in the docs repo; secret scanning passed on main (run ⟦r⟧).
""", r=nz(11))

I("en-conv", """
user: gh cli keeps asking me to log in inside the devcontainer
assistant: Forward the token from your host instead of pasting it:
assistant: add to devcontainer.json → "remoteEnv": {"GH_TOKEN": "${localEnv:GH_TOKEN}"}
assistant: and on the host run: export GH_TOKEN=$(gh auth token)
user: worked, thanks
assistant: 👍 The token never ends up in the devcontainer image, only in the running environment.
""")

I("en-conv", """
User: the bank app shows my IBAN as GB** **** **** **** **34 12 — is it safe to send a screenshot to my landlord?
Assistant: The masked form is fine to share, but he'll need the full IBAN to pay you. You can copy it from "Account details" and send it to him directly.
User: ok, I'll do that from the app
Assistant: Sounds good. Also mention the reference "Deposit – Flat 2" so he can match it.
User: will do
Assistant: I'll remind you on Friday if the money hasn't arrived.
""")

I("en-conv", """
User: the IRS letter has my SSN printed as XXX-XX-⟦l⟧ — is that normal?
Assistant: Yes, IRS notices truncate the SSN and show only the last four digits.
Assistant: Notice CP2000, dated Nov 18, proposes $1,214 additional tax for 2024. Response due Dec 18.
User: can you draft the response disputing it?
Assistant: Draft ready: the 1099-B basis was missing; I attached the broker statement showing $6,210 cost basis.
User: looks good
""", l=dg(4))

I("en-trace", """
tool_call: shell.run {"cmd": "sha256sum -c ubuntu-24.04.1-desktop-amd64.iso.sha256"}
tool_result: ubuntu-24.04.1-desktop-amd64.iso: OK
tool_call: shell.run {"cmd": "cat ubuntu-24.04.1-desktop-amd64.iso.sha256"}
tool_result: ⟦h⟧ *ubuntu-24.04.1-desktop-amd64.iso
thought: checksum matches; safe to flash to the USB stick.
""", h=sha(64))

I("en-conv", """
user: the dashboard link I shared has a weird long string at the end, does it leak anything?
user: https://grafana.ops.lumenfield.io/d/⟦d⟧/api-latency?orgId=1&var-env=prod&from=now-6h&to=now
assistant: No — ⟦d⟧ is just the dashboard UID. Anyone opening it still has to sign in with SSO.
user: good
assistant: If you ever need a public link, use Grafana snapshots instead.
user: noted
""", d=rs(14, LO + DIG))

I("en-trace", """
tool_call: http.get {"url": "https://app.cascade.io/reports?filter=⟦f⟧"}
tool_result: 200 OK — 14 rows
thought: the filter param is just base64 of {"region":"EMEA","quarter":"2026Q3","status":["open","won"]} — safe to include in the summary link.
""", f=base64.b64encode(json.dumps({"region": "EMEA", "quarter": "2026Q3", "status": ["open", "won"]}).encode()).decode())

I("en-conv", """
User: verify the release signature for me? It says signed by key ⟦f⟧
Assistant: That fingerprint matches the Tor Browser signing key published on torproject.org.
tool_result: gpg: Good signature from "Tor Browser Developers (signing key) <torbrowser@torproject.org>"
Assistant: Signature verified. It's safe to install.
User: installing now
Assistant: 👍
""", f=" ".join(rs(4, "0123456789ABCDEF") for _ in range(10)))

I("en-conv", """
User: is VWCE the same as IE00BK5BQT80?
Assistant: Yes — IE00BK5BQT80 is the ISIN of the Vanguard FTSE All-World UCITS ETF (Acc), which trades as VWCE on Xetra.
Assistant: The distributing version is IE00B3RBWM25 (VWRL).
User: and the TER?
Assistant: 0.22% for both.
User: ok buy €500 of VWCE
""")

I("en-conv", """
user: compliance wants the LEI of our counterparty for the trade report
assistant: Northgate Capital Partners LLP — LEI ⟦l⟧, status ISSUED, renewal due 2027-03-14.
user: and ours?
assistant: Ours is ⟦m⟧, also active.
user: add both to the report
assistant: Added to the EMIR report draft.
""", l=lei(), m=lei())

I("en-conv", """
User: send the birthday card to my aunt, address is in my contacts
Assistant: Found it: Margaret O'Neill, 17 Rosewood Close, Bramhall, Stockport SK7 2JD.
Assistant: Royal Mail says 1st class arrives tomorrow if posted before 5pm.
User: she moved actually — it's 3 Park View, Cheadle SK8 1BZ now
Assistant: Updated the contact and the envelope.
User: thanks!
""")

I("en-conv", """
user: i'm at the hotel front desk, they can't find my reservation
assistant: Marriott confirmation number ⟦c⟧, 2 nights from Dec 9, King room, booked under "Okonkwo, Chidi".
assistant: Bonvoy member number ends in 8841, if they want to look it up that way.
user: found it. room 1412
assistant: Late checkout requested until 1pm.
user: 🙏
""", c=nz(8))

I("en-conv", """
User: my parcel from the UK hasn't moved in a week
Assistant: Royal Mail International tracked ⟦t⟧: "Item has left the UK" on 28 Nov, then handed to PostNord.
tool_call: postnord.track {"id": "⟦t⟧"}
tool_result: 05 Dec 09:14 — customs clearance in progress, Malmö
Assistant: It's in Swedish customs; that step usually takes 3–7 days before delivery.
User: ok, will wait
""", t=s10("GB"))

I("en-conv", """
User: why does my prompt get cut off?
Assistant: The request used 131,072 prompt tokens plus max_tokens 8,192, which exceeds the model's context window.
Assistant: Trim the retrieved chunks or set max_tokens to 4,096. The tokenizer counts "password_reset_token" as 4 tokens, by the way, in case you're estimating.
User: got it, will reduce top_k to 6
Assistant: That brings the prompt to about 74k tokens, well within the limit.
User: 👍
""")

I("en-conv", """
user: got a text "Your order 482913 is out for delivery, ETA 14:40-15:40" is that real?
assistant: Your Sainsbury's order placed Friday is 482913, so yes, that matches.
user: and "driver Pawel, van LK72 ZXC"? they never said that before
assistant: Sainsbury's started adding the driver's name and van reg this year so you can recognise them at the door.
user: ok good
assistant: You'll also get a "driver nearby" text about 10 minutes before.
""")

I("en-trace", """
tool_call: stripe.payment_intents.retrieve {"id": "pi_⟦p⟧"}
tool_result: {"id": "pi_⟦p⟧", "amount": 4900, "currency": "eur", "customer": "cus_⟦c⟧", "latest_charge": "ch_⟦h⟧", "status": "succeeded"}
thought: the charge succeeded; the customer's complaint is about the invoice email, not the payment.
""", p=rs(24), c=rs(14), h=rs(24))

I("en-trace", """
tool_call: slack.conversations.history {"channel": "⟦c⟧", "oldest": "1796640000.000000", "limit": 3}
tool_result: [{"user": "⟦u⟧", "ts": "1796641123.004519", "text": "who has the password for the test tenant?"},
  {"user": "⟦v⟧", "ts": "1796641190.005100", "text": "it's in 1password, vault QA"}]
thought: nobody posted a credential; nothing to clean up in this channel.
""", c="C0" + rs(9, UP + DIG), u="U0" + rs(9, UP + DIG), v="U0" + rs(9, UP + DIG))

I("en-conv", """
User: why does git say my commits aren't verified?
Assistant: Your signing key ID is ⟦k⟧ but GitHub only knows your old key ⟦o⟧.
Assistant: Export the public key with `gpg --armor --export ⟦k⟧` and add it under Settings → SSH and GPG keys.
User: done, verified now
Assistant: Also set commit.gpgsign true globally.
User: ok
""", k=rs(16, "0123456789ABCDEF"), o=rs(16, "0123456789ABCDEF"))

I("en-conv", """
user: the container with our machine parts is stuck, can you find it?
assistant: Container MSKU ⟦c⟧ on vessel Maersk Kinloss (⟦i⟧), currently at anchor off Rotterdam, berth slot tomorrow 06:00.
assistant: Bill of lading MAEU⟦b⟧.
user: ok tell the warehouse thursday
assistant: Emailed the warehouse: arrival Thursday, 2 pallets, forklift needed.
user: 👍
""", c=dg(7), i=imo(), b=dg(9))

I("en-conv", """
User: shipping the sarees to my sister in Bangalore, the form wants a PIN code
Assistant: For Koramangala 4th Block it's 560034. India uses "PIN code" for postal codes.
User: and her phone? it's +91 98450 12763
Assistant: Added. India Post Speed Post from the US takes 8–12 days.
User: and customs?
Assistant: Gifts under ₹5,000 are duty-free; I marked it "gift, used clothing".
""")

I("en-conv", """
user: schedule the team sync for Tuesdays 9:30 PT
assistant: That's 17:30 in London and 18:30 in Berlin (until Mar 8, 2027 when the US changes to DST first).
assistant: First invite sent for Tue 2026-12-15 09:30–10:00 PST, series ends 2027-06-29.
user: perfect
assistant: Also added "Team sync" to the shared calendar.
user: thanks
""")

I("en-conv", """
User: can you find out which device is hammering the network?
Assistant: Top talker is 192.168.1.113 (MAC 3C:22:FB:9A:10:7E, hostname "Xbox-Series-X"), 312 GB this week.
Assistant: Its IPv6 is 2a02:c7c:4f1e:9b00:3e22:fbff:fe9a:107e.
User: lol my son. cap it to 20 Mbps after 10pm
Assistant: Added a QoS rule for that MAC: 20 Mbps between 22:00 and 07:00.
User: he's going to notice lol
""")

I("en-conv", """
user: the brand colours for the new deck?
assistant: Primary #1F3A5F, accent #F2A541, background #FAF7F2, error #C0392B.
assistant: Fonts: Inter 600 for headings, Source Serif 4 for body.
user: use #E3B23C for accent instead
assistant: Updated the theme; contrast against #FAF7F2 is 2.1:1, so I kept body text dark (#1F3A5F).
user: fine
""")

I("en-conv", """
User: put the mapbox token in the frontend, is that safe?
Assistant: Public tokens (they start with "pk.") are meant for the browser. Yours: ⟦t⟧
Assistant: Add URL restrictions for trailmap.app in your Mapbox account so others can't reuse it.
User: done
Assistant: 👍 Mapbox shows the restriction as active.
User: cheers
""", t="pk.eyJ1IjoidHJhaWxtYXAiLCJhIjoi" + rs(20, B64U) + "In0." + rs(22, B64U))

I("en-trace", """
thought: the frontend config should contain the Supabase anon key, which is public by design; the service_role key must never be there.
tool_call: read_file {"path": "web/.env.production"}
tool_result:
VITE_SUPABASE_URL=https://⟦r⟧.supabase.co
VITE_SUPABASE_ANON_KEY=⟦k⟧
thought: only the anon key is present, so this is OK. Row-level security is enabled on all tables (checked earlier).
""", r=rs(20, LO), k=jwt({"iss": "supabase", "ref": "x", "role": "anon", "iat": 1731000000, "exp": 2046576000}))

I("en-conv", """
user: scan my shopping list barcodes into the pantry app
assistant: Added: 5000112637922 (Coca-Cola 330ml), ⟦a⟧ (oat milk 1L), ⟦b⟧ (basmati 1kg).
assistant: The oat milk barcode isn't in the database yet, so I named it manually.
user: great
assistant: I'll update the barcode entry once the database has it.
user: ok
""", a=ean13("50"), b=ean13("87"))

I("en-conv", """
User: the café's wifi QR code isn't working on my android
Assistant: The QR text decodes to WIFI:T:nopass;S:Bean There Guest;; — it's an open network, no password.
Assistant: Android sometimes ignores "nopass"; just pick "Bean There Guest" manually from the list.
User: connected
Assistant: Nice.
User: thanks
""")

I("en-trace", """
tool_call: http.request {"method": "POST", "url": "https://oauth2.googleapis.com/token", "body": {"grant_type": "refresh_token", "refresh_token": "[from keychain]"}}
tool_result: 400 {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
thought: refresh token revoked (user changed password). Ask the user to re-authorise; request id ⟦r⟧ for the log.
""", r=uid())

I("en-conv", """
User: I think I leaked an old key in a gist years ago
Assistant: The gist shows a key ending in "…a9F2" that was created in 2021. OpenAI lists no key with that suffix in your org, so it's been deleted.
Assistant: To be thorough, check the usage page for unknown activity in the last 30 days.
User: nothing there
Assistant: Then you're fine; I'd still delete the gist.
User: deleted
""")

I("en-conv", """
user: the ssh warning says the host key changed for the build server
assistant: Compare fingerprints: the server now reports SHA256:⟦f⟧ (ED25519).
assistant: Ops announced the rebuild in #infra with the same fingerprint, so it's expected. Remove the old entry with ssh-keygen -R build-02.internal.
user: ok done
assistant: First connection accepted the new key.
user: 👍
""", f=base64.b64encode(R.randbytes(32)).decode().rstrip("="))

I("en-conv", """
User: which certificate is the load balancer serving?
Assistant: CN=api.quarrybank.com, issuer R11 (Let's Encrypt), serial ⟦s⟧.
Assistant: SHA-1 thumbprint ⟦t⟧, valid until 2027-02-04.
User: and the old one?
Assistant: Expired yesterday; nothing references it anymore.
User: good
""", s=":".join(hx(2) for _ in range(18)), t=sha(40).upper())

I("en-conv", """
User: what does a TOTP secret look like? writing docs for our helpdesk
Assistant: It's a base32 string, e.g. the RFC example JBSWY3DPEHPK3PXP. An otpauth URI looks like:
Assistant: otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example
Assistant: Use this placeholder in the docs and tell staff never to send real ones over chat.
User: perfect, thanks
Assistant: I can also draft the "what to do if you lost your phone" section.
""")

I("en-conv", """
user: can you check if this card number is even valid? it's from my CS homework: 79927398713
assistant: That's the classic textbook example for the Luhn algorithm — it passes the check (sum 70).
assistant: It isn't a real card; it's used in the Wikipedia article and most tutorials.
user: ok and 79927398710 fails?
assistant: Right, only ...713 passes.
user: thx
""")

I("en-conv", """
User: the wholesale supplier wants to be paid by transfer, is this IBAN legit?
User: it's on their invoice: Harbourside Coffee Roasters Ltd, IBAN ⟦i⟧, BIC NWBKGB2L
Assistant: The IBAN checksum is valid and it's a NatWest account, which matches the BIC and their website footer.
Assistant: Call the number on their website to confirm before the first payment — invoice fraud often swaps bank details.
User: called, they confirmed
Assistant: Great, I'll set them up as a payee.
""", i=g(iban("GB", "NWBK" + dg(14))))

I("en-mem", """
memory: office access (Kira)
- Office building: Level 3, 55 Whitfield St. Door code changes monthly; Kira gets it from the office manager's email — don't store it.
- Parking: bay B-17 (underground), reg LM21 XTA.
- Wifi SSID "Studio-Staff" (password is on the kitchen whiteboard, not needed by me).
""")

I("en-conv", """
User: did my bitcoin purchase settle?
Assistant: Yes, in block 873412 (hash 00000000000000000002⟦h⟧), 6 confirmations.
Assistant: The network fee was 2,140 sats.
User: cool
Assistant: Your wallet shows the balance as confirmed.
User: thanks
""", h=sha(44))

I("en-trace", """
thought: check CI run status for the PR the user asked about.
tool_call: gh.run_list {"repo": "tidewater/ledger", "branch": "feat/passwordless"}
tool_result: [{"databaseId": ⟦i⟧, "headSha": "⟦h⟧", "conclusion": "failure", "name": "test"}]
thought: failing on "test"; the branch is about passwordless login, maybe the fixture still expects a password field.
""", i=nz(11), h=sha(40))

I("en-conv", """
User: the bank's fraud team gave me a reference for the dispute
Assistant: Claim reference KX-2291-PLM, opened 03 Dec. They said a decision within 10 working days.
Assistant: The disputed charge is £89.99 to "TRVLSHOP*LON" on 28 Nov.
User: remind me next Thursday
Assistant: Reminder set for Thu 17 Dec, 10:00: "Chase dispute KX-2291-PLM".
User: thanks
""")

I("en-trace", """
tool_call: aws.kms.describe_key {"KeyId": "alias/app-secrets"}
tool_result: {"KeyMetadata": {"KeyId": "⟦k⟧", "Arn": "arn:aws:kms:eu-central-1:⟦a⟧:key/⟦k⟧", "KeyState": "Enabled", "KeyUsage": "ENCRYPT_DECRYPT"}}
thought: key is enabled; the decrypt failure is IAM, not KMS state.
""", k=uid(), a=dg(12))

I("en-conv", """
user: the email template's logo is broken
assistant: It's inlined as a data URI and got truncated: src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA..."
assistant: Gmail clips large inline images; host the PNG on the CDN instead (https://cdn.pelican.shop/email/logo@2x.png).
user: ok do that
assistant: Done; the template now references the hosted image.
user: thanks
""")

I("en-conv", """
User: docker compose complains POSTGRES_PASSWORD is not set
Assistant: The compose file uses POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env} — it fails on purpose if .env is missing.
Assistant: Copy .env.example to .env and fill in your own value; .env is gitignored.
User: ah I was running it from the wrong directory
Assistant: That'd do it. Compose reads .env from the project directory.
User: yep, all containers up now
""")

I("en-hand", """
Handoff: the "secrets audit" for the monorepo is finished.
- trufflehog found 3 hits: two are test fixtures (tests/fixtures/fake_keys.py uses "AKIA0000000000000000" and "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), one is a revoked Slack webhook from 2022.
- Added .trufflehogignore entries for the fixtures.
- No action needed beyond closing the audit ticket SEC-118.
""")

I("en-mem", """
Session summary (2026-12-03): helped Omar migrate his blog from Ghost to Astro.
- Repo: github.com/omarhaddad/blog, deployed on Netlify site id ⟦n⟧.
- DNS moved to Cloudflare; zone id ⟦z⟧.
- Contact form uses Netlify Forms; spam filtering on. Omar handles all tokens himself via the Netlify UI.
""", n=uid(), z=hx(32))


# =====================================================================================
# GERMAN
# =====================================================================================
S("de-conv", """
Nutzer: Kannst du die Anlage N für mich vorbereiten? Elster fragt als Erstes nach der Steuer-ID.
Assistent: Gern. Die steht auf deinem Lohnsteuerbescheid oben rechts, 11 Ziffern.
Nutzer: ⟦s⟧
Assistent: Danke. Ich trage sie ein und übernehme die Werte aus der Lohnsteuerbescheinigung (Bruttolohn 52.340 €).
tool_call: elster.formular_setzen {"feld": "IdNr", "wert": "⟦s⟧"}
tool_result: ok
Assistent: Fertig bis zu den Werbungskosten. Wie viele Tage warst du im Büro?
""", s=de_steuerid())

_de_iban = IBAN("DE")
S("de-corr", """
[user] bitte überweise die Kaution zurück an Frau Brandt, IBAN ⟦w⟧
[assistant] Ich bereite die Überweisung über 1.800 € vor. Verwendungszweck "Kaution Whg. 3 OG links"?
[user] ja. Moment, die IBAN ist falsch, die hat mir eine neue geschickt: ⟦s⟧
[assistant] Alles klar, ich nehme die neue. Die alte Prüfziffer hätte eh nicht gepasst.
[tool_call] banking.ueberweisung_anlegen {"empfaenger": "Hannelore Brandt", "iban": "⟦s⟧", "betrag": "1800.00"}
[tool_result] Entwurf gespeichert – Freigabe per pushTAN nötig
[assistant] Bitte gib die Überweisung in der App frei.
""", s=_de_iban, w=_de_iban[:-2] + str((int(_de_iban[-2:]) + 7) % 100).zfill(2))

S("de-conv", """
User: Die pushTAN-App geht nicht, die Bank hat mir eine SMS-TAN geschickt
Assistent: Okay, ich bin im Online-Banking auf der Bestätigungsseite für den Dauerauftrag. Wie lautet die TAN?
User: ⟦s⟧
Assistent: TAN akzeptiert. Dauerauftrag über 650 € monatlich an die Hausverwaltung Krüger ab 01.01. eingerichtet.
User: Super. Und kannst du die alte Überweisung an Vonovia löschen?
Assistent: Der alte Dauerauftrag (Ausführung zum 3.) ist gelöscht, dafür war keine weitere TAN nötig.
User: Perfekt, danke!
""", s=otp(6))

S("de-mem", """
Gedächtnis – Familie Yilmaz (zuletzt aktualisiert 30.11.)
- Haustür unten: Klingel "Yilmaz/Peters", Zahlenschloss am Fahrradkeller: ⟦s⟧
- Mülltonnen: gelbe Tonne Mittwoch, Restmüll Freitag.
- Oma Emine hat Geburtstag am 14.12. – Blumen bei Blumen Hoffmann bestellen.
""", s=dg(4))

S("de-hand", """
Übergabe an den Nacht-Agenten (Kunde: Praxis Dr. Wegner)
- Versichertendaten für die Überweisung von Herrn Jansen ans Klinikum sind im Formular, KVNR ⟦s⟧, TK.
- Das Klinikum ruft morgen um 8 zurück wegen des MRT-Termins.
- Fax-Gateway hatte heute zweimal Timeout, ggf. per KIM-Mail schicken.
""", s=de_kvnr())

_dbp = pw(16, AN)
S("de-trace", """
Gedanke: Die Nextcloud-Instanz meldet "Internal Server Error"; config.php prüfen.
tool_call: ssh.exec {"host": "cloud.kanzlei-roth.de", "cmd": "sudo grep -E 'db(host|user|password)' /var/www/nextcloud/config/config.php"}
tool_result:
  'dbhost' => 'localhost',
  'dbuser' => 'nextcloud',
  'dbpassword' => '⟦s⟧',
Gedanke: Zugangsdaten stimmen mit MariaDB überein; das Problem ist der volle /var-Datenträger (98 %).
""", s=_dbp)

I("de-conv", """
Nutzer: Bitte prüf mal die Rechnung von der Druckerei, ob die Angaben vollständig sind.
Assistent: Druckerei Lindner GmbH, Amtsgericht München HRB ⟦h⟧, USt-IdNr. DE⟦u⟧.
Assistent: Rechnungsnummer RE-2026-11873, Leistungsdatum 02.12.2026, netto 1.240,00 €, 19 % MwSt 235,60 €.
Assistent: Bankverbindung der Firma: IBAN DE** **** **** **** **12 34 (gekürzt auf dem PDF), BIC GENODEF1M04.
Nutzer: Passt, bitte an die Buchhaltung weiterleiten.
Assistent: Weitergeleitet an buchhaltung@kanzlei-roth.de mit dem Hinweis "Skonto 2 % bei Zahlung bis 12.12.".
Nutzer: Danke dir.
""", h=nz(6), u=nz(9))

I("de-conv", """
User: Hey, kurze Frage zwischendurch
Assistent: Klar, was gibt's?
User: Wo ist mein Paket von Zalando?
Assistent: DHL-Sendungsnummer ⟦t⟧ – Status: "Die Sendung wurde in der Filiale abgegeben", Postfiliale Kastanienallee 12, 10435 Berlin.
Assistent: Abholung bis 14.12. mit Ausweis oder der Benachrichtigungskarte.
User: Danke, hol ich morgen
Assistent: Soll ich dir morgen um 17 Uhr eine Erinnerung schicken? Die Filiale hat bis 18:30 offen.
User: Ja bitte
""", t="00340434" + dg(12))

I("de-mem", """
Notiz aus früheren Sitzungen (Herr Albrecht, 74):
- Er vergisst häufig sein Passwort für das Kundenportal der Stadtwerke. Ich soll ihm NICHT das Passwort merken, sondern beim Zurücksetzen helfen.
- Kundennummer Stadtwerke: 4004 7712 09 (steht auf jeder Rechnung), Zählernummer 1ESY1160 2231 48.
- Telefon Stadtwerke: 0341 121-3333, Mo–Fr 8–18 Uhr.
""")

I("de-trace", """
tool_call: shell.run {"cmd": "apt-get install -y --dry-run postgresql-16"}
tool_result: Get:1 http://deb.debian.org/debian bookworm/main amd64 postgresql-16 16.6-1.pgdg120+1 [17.2 MB]
tool_call: shell.run {"cmd": "sha256sum postgresql-16_16.6-1.pgdg120+1_amd64.deb"}
tool_result: ⟦h⟧  postgresql-16_16.6-1.pgdg120+1_amd64.deb
Gedanke: Hash stimmt mit der Packages-Datei überein; Installation kann laufen.
""", h=sha(64))

I("de-hand", """
Übergabe: Onboarding der neuen Mitarbeiterin (Lea Schmitt)
- Laptop ist eingerichtet, Seriennummer PF4K2X9M, Inventar-Nr. IT-2026-0318.
- Passwort für das Firmenkonto hat sie selbst beim ersten Login vergeben; wir haben keinen Zugriff darauf, so soll's sein.
- Zwei-Faktor über die Authenticator-App ist aktiv. Das Token-Gerät (YubiKey, Seriennr. 2381 4457) liegt noch im Safe bei der IT.
- Offen: Zugriff auf das Laufwerk \\\\fs01\\vertrieb beantragen (Ticket #44817).
""")

I("de-conv", """
Nutzer: Was bedeutet die Nummer auf meiner Stromrechnung, "Marktlokations-ID 5 0123 4567 89 0"?
Assistent: Das ist die Kennung deiner Entnahmestelle im Strommarkt. Sie ist nicht geheim und wird z. B. beim Anbieterwechsel gebraucht.
Assistent: Die Zählernummer (1ESY…) und die Kundennummer stehen auch auf der Rechnung; beides brauchst du für den Wechsel zu Polarstern.
Nutzer: Ok, dann mach den Wechsel zum 1. Februar.
tool_call: anbieterwechsel.starten {"anbieter": "Polarstern", "malo_id": "50123456789", "wechseltermin": "2027-02-01"}
tool_result: Auftrag W-2026-88412 angelegt, Kündigung beim Altversorger erfolgt automatisch
Assistent: Erledigt. Die Bestätigung kommt per Mail; deine Zugangsdaten fürs neue Kundenportal legst du selbst fest.
""")


# =====================================================================================
# FRENCH
# =====================================================================================
S("fr-conv", """
Utilisateur : tu peux remplir le formulaire de la mutuelle ? Ils demandent mon numéro de sécu.
Assistant : Bien sûr, c'est le numéro à 15 chiffres sur ta carte Vitale.
Utilisateur : ⟦s⟧
Assistant : Merci. J'ai rempli le formulaire d'adhésion Harmonie Mutuelle avec ce numéro et ton RIB pour les remboursements.
tool_call: formulaire.envoyer {"organisme": "Harmonie Mutuelle", "nir": "⟦s⟧"}
tool_result: dossier n° HM-2026-448120 créé
""", s=fr_nir())

_fr_card = visa()
S("fr-split", """
user: réserve le gîte à Annecy, 3 nuits, paie avec ma carte
assistant: D'accord, il me faut le numéro, la date d'expiration et le cryptogramme.
user: ⟦n⟧ exp ⟦e⟧
user: cryptogramme : ⟦s⟧
assistant: Réservation confirmée : Gîte Les Aravis, du 26 au 29 décembre, 412 €. Je n'ai pas conservé les données de la carte.
user: super, et il y a un parking ?
assistant: Oui, une place couverte incluse ; l'arrivée se fait à partir de 16 h, boîte à clés à côté de la porte (code envoyé par le propriétaire la veille).
""", s=dg(3), n=g(_fr_card), e=expiry())

S("fr-mem", """
Mémoire – copropriété 12 rue des Tanneurs (utilisateur : M. Benali, syndic bénévole)
- Digicode de la porte d'entrée : ⟦s⟧ (change chaque trimestre, prochain changement le 1er janvier)
- Contrat ascenseur : Otis, n° de contrat OT-88213, astreinte 01 55 12 40 00
- Assemblée générale prévue le 18 mars
""", s=R.choice("AB") + dg(4))

S("fr-hand", """
Passation – agent support → agent facturation
Le client (Boulangerie Morel) a envoyé son RIB par chat pour le prélèvement :
IBAN ⟦s⟧ – titulaire : MOREL Julien (compte perso, pas celui de la SARL)
Il faut créer le mandat SEPA et l'envoyer pour signature électronique.
Attention : il veut que le premier prélèvement soit le 5 janvier, pas avant.
""", s=IBAN("FR"))

S("fr-conv", """
Utilisateur : mon appli bancaire me demande un code de confirmation pour ajouter le bénéficiaire
Assistant : Tu l'as reçu par SMS ? Il est valable quelques minutes.
Utilisateur : oui, c'est ⟦s⟧
Assistant : Code saisi, bénéficiaire « Agence Foncia Lyon 6 » ajouté. Le virement du loyer (980 €) partira demain.
Utilisateur : tu peux le mettre en virement permanent ?
Assistant : Oui, virement permanent le 3 de chaque mois à partir de janvier ; la banque n'a pas redemandé de code.
Utilisateur : parfait merci
""", s=otp(6))

S("fr-trace", """
réflexion : la connexion SMTP du site WordPress échoue ; vérifier wp-config.php.
tool_call: ssh.exec {"hôte": "o2switch", "cmd": "grep SMTP wp-config.php"}
tool_result:
define('SMTP_USER', 'contact@atelier-cerise.fr');
define('SMTP_PASS', '⟦s⟧');
réflexion : identifiants présents ; le port 465 est bloqué côté hébergeur, passer en 587 STARTTLS.
""", s=pw(14, AN + "!?"))

I("fr-conv", """
Utilisateur : vérifie les infos de la facture du plombier avant que je paie
Assistant : SARL Dupuis Plomberie, SIREN ⟦a⟧, SIRET ⟦b⟧, TVA intracom FR⟦k⟧⟦a2⟧.
Assistant : Facture F-2026-0917 du 28/11, montant TTC 684,00 €, échéance à 30 jours.
Utilisateur : ok, tout est cohérent ? il me semble cher
Assistant : Oui, le SIREN correspond bien à l'entreprise inscrite au registre, adresse 7 rue Pasteur, 69007 Lyon.
Assistant : Pour le prix : 4 h à 65 € HT, c'est dans la moyenne lyonnaise ; la pièce la plus chère est le mitigeur thermostatique (189 €).
""", a=siren(), b=siret(), k=dg(2), a2=dg(9))

I("fr-conv", """
user: salut, tu peux vérifier un truc ?
assistant: Bien sûr.
user: où en est mon colis ?
assistant: Colissimo n° ⟦t⟧ : « Votre colis est disponible dans votre point de retrait » – Relais Pickup, Tabac Le Balto, 33000 Bordeaux.
assistant: Il sera conservé jusqu'au 16/12. Présente le code de retrait reçu par SMS et une pièce d'identité.
user: merci ! tu peux me rappeler samedi matin ?
assistant: C'est noté : rappel samedi 9 h « récupérer colis au Balto ».
""", t="6A" + dg(11))

I("fr-mem", """
Résumé de session – 02/12
- Aidé Mme Lefèvre à réinitialiser son mot de passe Ameli : je l'ai guidée, elle a tapé elle-même le nouveau mot de passe.
- Son numéro de dossier CAF (pas sensible selon elle, mais je ne le garde pas) n'a pas été noté.
- Prochain rendez-vous : mardi 10h, déclaration de ressources trimestrielle.
""")

I("fr-trace", """
tool_call: shell.run {"cmd": "openssl x509 -in cert.pem -noout -fingerprint -sha256 -serial"}
tool_result:
sha256 Fingerprint=⟦f⟧
serial=⟦s⟧
réflexion : certificat bien renouvelé (empreinte différente de l'ancien) ; recharger nginx.
""", f=":".join(hx(2) for _ in range(32)).upper(), s=hx(36).upper())

I("fr-conv", """
user: c'est quoi ce numéro sur mon billet de train, « ⟦d⟧ » ?
assistant: C'est la référence de dossier SNCF Connect (6 caractères). Avec ton nom, elle permet de retrouver la réservation.
assistant: Paris-Gare-de-Lyon → Marseille-St-Charles, TGV INOUI 6107, voiture 14, place 83.
user: top. et le retour ?
assistant: Retour le 2 janvier, TGV INOUI 6174, départ 17 h 41, voiture 7, place 112. Même référence de dossier.
user: parfait
""", d=pnr())

I("fr-hand", """
Note de passation : migration de l'auth vers Keycloak
- Realm « clients », client « portail » ; le secret du client est dans Vault (kv/portail/keycloak), pas ici.
- L'URL de l'émetteur : https://auth.cerise-assurances.fr/realms/clients
- Clés publiques (JWKS) tournées le 03/12 ; kid actuel : ⟦k⟧
- Reste : tests de bout en bout pour le « mot de passe oublié ».
""", k=rs(43, B64U))


# =====================================================================================
# SPANISH
# =====================================================================================
S("es-conv", """
Usuario: ayúdame con la solicitud del bono alquiler joven, me piden el DNI
Asistente: Claro. ¿Me lo pasas con la letra?
Usuario: ⟦s⟧
Asistente: Gracias. He rellenado el formulario de la Comunidad de Madrid con tus datos y el contrato de alquiler adjunto.
tool_call: sede.enviar {"tramite": "bono-alquiler-joven", "dni": "⟦s⟧"}
tool_result: registro de entrada 2026/3318845
""", s=es_dni())

S("es-corr", """
[usuario] la clave del wifi de la oficina es ⟦s⟧, configúrala en la impresora nueva
[asistente] Conectando la HP LaserJet a la red "Oficina-Planta2".
[tool_result] error: autenticación fallida
[usuario] perdona, la última letra es mayúscula
[asistente] Probado con la corrección: conectada, IP 192.168.10.44.
[usuario] genial, imprime una página de prueba
[tool_result] trabajo 12 enviado a HP-LaserJet-M234 – completado
""", s=passphrase(2, "") + dg(3) + "k")

S("es-hand", """
Traspaso – agente de RR. HH. → agente de nóminas
Nueva empleada: Valentina Ruiz, extranjera con NIE ⟦s⟧.
Alta en la Seguridad Social pendiente (hay que presentar el modelo TA.2/S mañana).
Cuenta para la nómina: la dará ella en persona el lunes.
""", s=es_nie())

S("es-conv", """
Usuario: págame la cuota del gimnasio con la cuenta de siempre
Asistente: No tengo guardada ninguna cuenta. ¿Qué IBAN uso?
Usuario: ⟦s⟧, titular Javier Ortega
Asistente: Domiciliación SEPA creada para "Basic-Fit", 29,99 € mensuales.
Usuario: ¿y la matrícula?
Asistente: La matrícula de 19,99 € se cobra en el primer recibo, el 1 de enero.
Usuario: vale, gracias
""", s=IBAN("ES"))

S("es-mem", """
Memoria – señora Carmen (87 años), cuidadora Lucía
- Código de la alarma de la casa de Sevilla: ⟦s⟧ (Lucía lo necesita los martes)
- Médico de cabecera: Dra. Navarro, centro de salud Triana, cita cada 2 meses
- Le gusta que le lean el ABC por la mañana
""", s=dg(4))

S("es-trace", """
pensamiento: el script de facturación no conecta a la API de Holded; revisar variables.
tool_call: shell.run {"cmd": "cat /etc/facturas/config.ini"}
tool_result:
[holded]
api_key = ⟦s⟧
serie = F2026
pensamiento: la clave parece válida; el 403 viene de que la serie F2026 no existe aún.
""", s=hx(32))

I("es-conv", """
Usuario: comprueba si esta factura del proveedor está bien
Asistente: Suministros Levante S.L., CIF ⟦c⟧, domicilio Av. del Puerto 118, 46023 Valencia.
Asistente: Factura nº 2026-A-0451, base 2.150,00 €, IVA 21 % 451,50 €, total 2.601,50 €.
Asistente: El IBAN de la empresa está en el pie: ES12 **** **** **** **** 4417. Para el pago usa el de la plataforma de proveedores.
Usuario: vale, perfecto. ¿Vence pronto?
Asistente: Vence el 30 de diciembre; te pongo un recordatorio el 27.
""", c=es_cif())

I("es-conv", """
usuario: oye, una cosa
asistente: Dime.
usuario: ¿cuándo llega mi pedido de PcComponentes?
asistente: Pedido nº ⟦o⟧, enviado con SEUR, número de envío ⟦t⟧.
asistente: Entrega estimada mañana entre las 9:00 y las 14:00 en C/ Alcalá 221, 28028 Madrid.
usuario: genial, ¿y si no estoy?
asistente: SEUR lo deja en el punto Pickup de C/ Alcalá 215 y te avisa por SMS.
""", o=nz(9), t=nz(14))

I("es-mem", """
Resumen de sesión – 04/12
- Ayudé a Raúl a cambiar la contraseña del correo de la empresa. Él la escribió; yo no la vi ni la guardé.
- El localizador del vuelo a Bogotá es ⟦p⟧ (Iberia IB6585, 19/12, asiento 32A).
- Pendiente: pedir el certificado de empadronamiento en la sede electrónica.
""", p=pnr())

I("es-trace", """
tool_call: shell.run {"cmd": "journalctl -u api --since '10 min ago' | tail -n 4"}
tool_result:
dic 07 16:41:02 api[2214]: req_id=⟦a⟧ POST /login 401 "contraseña incorrecta" user=mgarcia
dic 07 16:41:09 api[2214]: req_id=⟦b⟧ POST /login 200 user=mgarcia
dic 07 16:41:10 api[2214]: req_id=⟦c⟧ GET /panel 200 session=*** (ocultada)
pensamiento: login correcto al segundo intento; no hay ataque de fuerza bruta.
""", a=uid(), b=uid(), c=uid())

I("es-conv", """
Usuario: ¿qué es el "código de referencia" que sale en mi recibo de la luz?
Asistente: Es el CUPS, el identificador del punto de suministro: ES0031 4058 2210 0001 AB0F. No es secreto; te lo piden para cambiar de compañía.
Asistente: El número de contrato (000123456789) también aparece y sirve para llamar a atención al cliente.
Usuario: vale, entonces cámbiame a la tarifa de Octopus
Asistente: Hecho: solicitud de cambio enviada con el CUPS; tarda unos 21 días y no hay corte de suministro.
Usuario: perfecto
""")

I("es-hand", """
Traspaso de turno – soporte e-commerce
- El cliente con pedido #⟦o⟧ reclama un cargo duplicado. Tarjeta terminada en ⟦l⟧; Redsys muestra una sola autorización.
- Le dije que el segundo cargo es una preautorización y desaparecerá en 7 días.
- No pedimos datos de tarjeta por chat; si vuelve a escribir, remitir a la política.
""", o=nz(6), l=dg(4))


# =====================================================================================
# PORTUGUESE (BR)
# =====================================================================================
S("pt-conv", """
Usuário: me ajuda a preencher o cadastro da farmácia popular? pede CPF
Assistente: Claro, me passa o CPF.
Usuário: ⟦s⟧
Assistente: Cadastro feito na Drogasil com seu CPF e telefone. O desconto já aparece no app.
Usuário: e o remédio da pressão tá no programa?
Assistente: Sim, a losartana 50 mg sai de graça pelo Farmácia Popular; é só levar a receita.
Usuário: show, obrigado
""", s=br_cpf())

_ptpw = "Flamengo" + dg(4) + "@"
S("pt-later", """
user: a senha do wifi da casa da praia é ⟦s⟧, configura a TV lá pra mim
assistant: Conectei a TV Samsung na rede "CasaPraia_5G". Netflix e Globoplay funcionando.
user: valeu! e a câmera da garagem?
assistant: A câmera também precisa da senha do wifi — uso a mesma?
user: isso, a mesma
assistant: Feito, a câmera Intelbras está online.
""", s=_ptpw)

S("pt-hand", """
Passagem de turno – atendimento financeiro
Cliente Ricardo Souza pediu reembolso via PIX. A chave dele é o CPF ⟦s⟧.
Valor: R$ 347,90 (pedido cancelado #88214). Aprovação do supervisor ok.
Fazer até sexta; ele já ligou duas vezes.
""", s=br_cpf())

S("pt-conv", """
usuário: chegou um código do banco por SMS pra liberar o novo celular
assistente: Pode me dizer? Estou na tela de autorização do app do Nubank no aparelho novo.
usuário: ⟦s⟧
assistente: Dispositivo autorizado. Lembre de desativar o antigo em Configurações > Segurança.
usuário: já desativei
assistente: Ótimo. Também ativei a notificação de compras acima de R$ 200, como você pediu semana passada.
usuário: valeu
""", s=otp(6))

S("pt-trace", """
pensamento: o deploy no Vercel falha por falta de variável; listar o .env.local do usuário.
tool_call: read_file {"path": ".env.local"}
tool_result:
NEXT_PUBLIC_SITE_URL=https://lojadaana.com.br
MERCADOPAGO_ACCESS_TOKEN=⟦s⟧
pensamento: esse token é de produção e não pode ir para NEXT_PUBLIC_; configurar só no servidor.
""", s="APP_USR-" + dg(16) + "-" + dg(6) + "-" + hx(32) + "-" + dg(9))

_gi_cnpj = br_cnpj()
I("pt-conv", """
Usuário: confere os dados da nota fiscal do fornecedor?
Assistente: Gráfica Ipiranga Ltda, CNPJ ⟦c⟧, inscrição estadual 116.482.339.110.
Assistente: NF-e nº 000.041.287, série 1, valor R$ 3.480,00. Chave de acesso: ⟦k⟧.
Usuário: beleza, pode lançar
Assistente: Lançado no Conta Azul como despesa "Material gráfico", vencimento 15/12.
Usuário: obrigado
""", c=_gi_cnpj, k=nfe_key(_gi_cnpj, 41287))

I("pt-conv", """
user: oi
assistant: Oi! Em que posso ajudar?
user: cadê minha encomenda dos Correios?
assistant: Código de rastreio ⟦t⟧: "Objeto saiu para entrega ao destinatário" hoje às 08:12, CDD Vila Mariana.
assistant: Endereço: Rua Domingos de Morais, 2187, ap. 54 – CEP 04036-000, São Paulo/SP.
user: oba
assistant: Se não tiver ninguém em casa, ela volta para a agência Vila Mariana e fica 7 dias lá.
""", t=s10("BR"))

I("pt-mem", """
Resumo de sessões anteriores – Dona Fátima
- Ela usa o app do Banco do Brasil; NUNCA pedir senha nem código, ela mesma digita.
- Protocolo da reclamação no INSS: 1829340126 (aberto em 21/11), aguardando perícia.
- Telefone da filha (Juliana): (11) 98472-3310.
""")

I("pt-hand", """
Passagem – agente de infraestrutura
- Rotacionei a chave da API do Asaas; a nova está só no Secret Manager (projeto loja-prod), não copiei em lugar nenhum.
- Commit do ajuste: ⟦c⟧ na branch main.
- Pendente: avisar o financeiro que o webhook mudou de URL para /api/webhooks/asaas (sem token na URL, a validação é por header).
""", c=sha(40))

I("pt-trace", """
tool_call: http.get {"url": "https://brasilapi.com.br/api/cep/v1/01310-100"}
tool_result: {"cep": "01310100", "state": "SP", "city": "São Paulo", "street": "Avenida Paulista"}
pensamento: CEP válido; o erro do checkout era o campo com hífen duplicado.
""")


# =====================================================================================
# ITALIAN
# =====================================================================================

S("it-corr", """
[utente] il PIN del bancomat nuovo è ⟦s⟧, ricordamelo domani
[assistente] Preferirei non conservare il PIN: chi lo legge potrebbe usarlo. Ti suggerisco di cambiarlo al primo prelievo con uno che ricordi.
[utente] no scusa ho sbagliato, l'ultima cifra è 9
[assistente] Non lo salvo comunque. Puoi ritrovarlo nella lettera della banca o nell'app Intesa, sezione Carte.
[utente] ok hai ragione
[assistente] Se vuoi, ti imposto solo un promemoria "cambiare PIN al primo prelievo" per domani mattina.
""", s=dg(5))

S("it-hand", """
Passaggio di consegne – agente amministrativo
- Il signor Rinaldi ha chiesto il rimborso della caparra sul suo conto personale: IBAN ⟦s⟧
- Importo 500,00 €, causale "Restituzione caparra app. via Po 14".
- La contabile va mandata a lui per email dopo il bonifico.
""", s=IBAN("IT"))

S("it-conv", """
user: devo entrare su SPID per scaricare il 730, mi arriva la notifica?
assistant: Sì, sto aspettando la conferma sull'app PosteID. In alternativa chiede il codice via SMS.
user: è arrivato l'SMS: ⟦s⟧
assistant: Accesso effettuato. Ho scaricato il 730 precompilato 2026 in Documenti/Tasse.
user: ci sono le spese mediche?
assistant: Sì, 1.284 € di spese sanitarie già caricate dal sistema TS; manca la fattura del dentista di ottobre.
user: te la mando dopo
""", s=otp(6))

S("it-mem", """
Note memoria – B&B "La Corte" (utente: Giulia)
- Cassetta portachiavi per self check-in: codice ⟦s⟧
- Gli ospiti ricevono il codice solo il giorno dell'arrivo, dopo il pagamento
- Pulizie: Agnese, martedì e venerdì
""", s=dg(4))


I("it-conv", """
user: ciao
assistant: Ciao! Dimmi pure.
user: dov'è il pacco di Amazon?
assistant: Ordine ⟦o⟧, corriere BRT, segnacollo ⟦t⟧.
assistant: In consegna oggi, fascia 14–18, in via Garibaldi 8, 10122 Torino.
user: perfetto, sono a casa
assistant: Ti avviso quando il corriere è a 10 fermate da te.
""", o=f"403-{dg(7)}-{dg(7)}", t=dg(15))

I("it-mem", """
Riepilogo sessione del 01/12
- Aiutato Marco a impostare il recupero password del suo account Fastweb. La nuova password l'ha scelta lui, non la conosco.
- Codice cliente Fastweb: 8.412.339 (serve per l'assistenza, non è riservato).
- Da fare: disdire l'abbonamento Sky entro il 15/12.
""")

I("it-trace", """
tool_call: shell.run {"cmd": "pip download requests==2.32.3 --no-deps -d /tmp/w && pip hash /tmp/w/*.whl"}
tool_result:
requests-2.32.3-py3-none-any.whl:
--hash=sha256:⟦h⟧
pensiero: aggiungo questo hash a requirements.lock per l'installazione riproducibile.
""", h=sha(64))

I("it-hand", """
Passaggio di consegne (ticketing)
- Ticket #⟦t⟧: il cliente dice che "il token non funziona" — si riferisce al gettone della lavanderia, non a un token informatico 🙂
- Rimborso di 3,50 € approvato, nessun dato sensibile coinvolto.
- Ticket #⟦u⟧ chiuso.
""", t=nz(5), u=nz(5))


# =====================================================================================
# DUTCH
# =====================================================================================

S("nl-split", """
user: ik stuur het wachtwoord van de gedeelde Coolblue-account in twee delen
user: eerste deel: ⟦a⟧
assistant: oké
user: tweede deel: ⟦s⟧
assistant: Ingelogd. De retourzending van de wasmachine is aangemeld, ophaaldatum donderdag.
user: moet ik hem zelf inpakken?
assistant: Nee, de bezorgers nemen hem zo mee; wel de waterkraan dichtdraaien en de slangen loskoppelen.
""", a="Tulpen" + dg(2), s="!Zandvoort" + dg(2))

S("nl-hand", """
Overdracht – agent administratie → agent betalingen
- Freelancer Daan de Vries wil zijn factuur betaald krijgen op zijn privérekening:
  ⟦s⟧ t.n.v. D. de Vries
- Factuur 2026-031, € 2.420,00 incl. btw, betalen vóór 15 december.
""", s=IBAN("NL"))

S("nl-mem", """
Geheugen – huishouden Bakker
- Sleutelkluisje bij de achterdeur (voor de oppas): code ⟦s⟧
- GFT-container: om de week op maandag
- Kat Minoes krijgt 's avonds een halve zakje natvoer
""", s=dg(4))


I("nl-conv", """
user: waar is mijn pakketje van bol?
assistant: PostNL track & trace ⟦t⟧, bezorging vandaag tussen 17:30 en 19:30 op Oudegracht 211, 3511 NK Utrecht.
user: en de retour van vorige week?
assistant: Die is op 3 december ontvangen; de terugbetaling van € 34,99 staat gepland.
user: hoe lang duurt dat?
assistant: Meestal 2–3 werkdagen, op de rekening waarmee je betaald hebt.
""", t="3S" + rs(4, UP) + dg(9))

I("nl-mem", """
Sessiesamenvatting 29/11
- Samen met Ingrid haar DigiD-app opnieuw gekoppeld. Zij heeft de pincode zelf gekozen; ik heb niets genoteerd.
- Ze wilde weten wat "activeringscode" betekent: die komt per brief en is eenmalig. Brief nog niet binnen.
- Volgende keer: machtiging voor haar zoon regelen.
""")

I("nl-trace", """
tool_call: shell.run {"cmd": "terraform state show azurerm_key_vault.main | grep -E 'id|tenant'"}
tool_result:
    id        = "/subscriptions/⟦s⟧/resourceGroups/rg-prod-weu/providers/Microsoft.KeyVault/vaults/kv-prod-weu"
    tenant_id = "⟦t⟧"
gedachte: juiste tenant; de 403 komt door een ontbrekende access policy voor de pipeline identity.
""", s=uid(), t=uid())


# =====================================================================================
# POLISH
# =====================================================================================

S("pl-conv", """
user: zapłać za zamówienie w Allegro BLIKiem
assistant: Jestem na stronie płatności, czekam na 6-cyfrowy kod BLIK z aplikacji banku.
user: ⟦s⟧
assistant: Kod przyjęty, potwierdź płatność w aplikacji PKO. ... Płatność 189,00 zł zakończona sukcesem.
user: a kiedy przyjdzie?
assistant: Sprzedawca wysyła jutro, dostawa do paczkomatu w czwartek.
user: ok
""", s=otp(6))

S("pl-hand", """
Przekazanie zmiany – agent księgowy
- Pan Tomasz Wróbel prosi o zwrot nadpłaty na konto prywatne: ⟦s⟧
- Kwota 612,40 zł, tytuł "zwrot nadpłaty FV 2026/11/087".
- Potwierdzenie wysłać mailem.
""", s=IBAN("PL"))

S("pl-trace", """
myśl: backup bazy się nie wykonuje; sprawdzam crontab użytkownika backup.
tool_call: shell.run {"cmd": "crontab -l -u backup"}
tool_result: 30 2 * * * PGPASSWORD='⟦s⟧' pg_dump -h db.sklep-kowalski.pl -U backup sklep | gzip > /srv/backup/sklep-$(date +\\%F).sql.gz
myśl: hasło w crontabie – przenieść do ~/.pgpass z uprawnieniami 600.
""", s=pw(15, AN))


I("pl-conv", """
user: gdzie jest moja paczka z InPostu?
assistant: Numer przesyłki ⟦t⟧ – w paczkomacie WAW22A, ul. Puławska 145, 02-715 Warszawa.
assistant: Kod odbioru przyjdzie SMS-em na numer kończący się na 482; paczka czeka 48 godzin.
user: dzięki, a zwrot z zeszłego tygodnia?
assistant: Zwrot do Zalando dotarł 4 grudnia, pieniądze wrócą w ciągu 5 dni roboczych.
user: super
""", t=dg(24))


I("pl-trace", """
tool_call: shell.run {"cmd": "git show --stat HEAD"}
tool_result:
commit ⟦c⟧
Author: Piotr Zieliński <piotr@fakturownia-dev.pl>
    fix: nie loguj tokenu w trybie debug
 src/auth/token.ts | 4 ++--
myśl: poprawka usuwa logowanie tokenu; nic wrażliwego w samym diffie.
""", c=sha(40))


# =====================================================================================
# CZECH
# =====================================================================================

S("cs-hand", """
Předávka – agent fakturace
- Pan Dvořák chce vrátit přeplatek na svůj osobní účet: ⟦s⟧
- Částka 1 240 Kč, VS 2026118.
- Po odeslání mu pošli potvrzení.
""", s=IBAN("CZ"))

S("cs-corr", """
user: heslo k routeru je ⟦s⟧, změň prosím název wifi
assistant: Zkouším se přihlásit… nepovedlo se.
user: pardon, na konci je vykřičník, ne tečka
assistant: S vykřičníkem to prošlo. Wifi se teď jmenuje "Novakovi-5G".
user: a pro hosty?
assistant: Vytvořil jsem síť "Novakovi-Host" bez přístupu do domácí sítě; heslo k ní si nastavíš sám v aplikaci.
""", s="Krtecek" + dg(3) + ".")


I("cs-mem", """
Shrnutí sezení 3. 12.
- Pomohl jsem paní Svobodové obnovit heslo do datové schránky – heslo zadala sama, neznám ho.
- ID datové schránky úřadu: 8spbfcq (veřejné).
- Příště: daňové přiznání k dani z nemovitosti.
""")

I("cs-trace", """
tool_call: shell.run {"cmd": "curl -sI https://www.cnb.cz/cs/financni-trhy/devizovy-trh/kurzy-devizoveho-trhu/"}
tool_result: HTTP/2 200 | etag: "⟦e⟧" | x-request-id: ⟦r⟧
myšlenka: kurzy jsou dostupné, parsovat CSV variantu.
""", e=hx(32), r=uid())


# =====================================================================================
# SWEDISH
# =====================================================================================

S("sv-mem", """
Minne – familjen Berg
- Portkod till huset på Götgatan: ⟦s⟧
- Förskolan stänger 17:00; Ella hämtas av mormor på fredagar
- Sopsortering: tömning onsdag
""", s=dg(4))

S("sv-hand", """
Överlämning – bokföringsagent
- Konsulten Erik Holm vill ha sin ersättning till privat konto: clearing 8327-9, konto ⟦s⟧ (Swedbank)
- Belopp 18 750 kr, faktura 2026-044.
""", s=dg(10))

S("sv-trace", """
tanke: Home Assistant kan inte nå Tibber; kolla secrets.yaml.
tool_call: read_file {"path": "/config/secrets.yaml"}
tool_result:
tibber_token: ⟦s⟧
latitude_home: 59.3293
tanke: token finns; felet var att integrationen pekade på fel hem-id.
""", s=rs(43, B64U))

I("sv-conv", """
Användare: betala elräkningen
Assistent: Ellevio, bankgiro 5318-3415, OCR-nummer ⟦o⟧, 1 247,00 kr, förfaller 30/12.
Assistent: Företagets organisationsnummer är ⟦f⟧ enligt fakturan.
Användare: betala den den 28:e
Assistent: Betalningen är schemalagd till 28/12 från ditt lönekonto.
Användare: tack
""", o=luhn_ref(14), f=se_orgnr())

I("sv-conv", """
user: hej, en snabb fråga
assistant: Absolut, vad gäller det?
user: var är mitt paket?
assistant: PostNord ⟦t⟧ – "Försändelsen har anlänt till utlämningsstället": ICA Nära Hornstull, 117 39 Stockholm.
assistant: Hämta senast 14/12, ta med legitimation.
user: tack! öppettider?
assistant: ICA Nära Hornstull har öppet 7–22 alla dagar.
""", t=s10("SE"))

I("sv-mem", """
Sammanfattning av tidigare sessioner (Anders)
- Anders använder BankID på mobilen. Jag frågar aldrig efter säkerhetskod eller lösenord.
- Kundnummer hos Telia: 1-2BXK-449 (för supportärenden).
- Påminn om bilbesiktning före 31/1, reg ABC 12D.
""")

I("sv-trace", """
tool_call: shell.run {"cmd": "kubectl get events -n betalning --sort-by=.lastTimestamp | tail -3"}
tool_result:
2m   Normal   Pulled    pod/swish-gw-6d5f9b7c8-q2xkd   Successfully pulled image "ghcr.io/kassan/swish-gw@sha256:⟦d⟧"
1m   Normal   Started   pod/swish-gw-6d5f9b7c8-q2xkd   Started container gw
tanke: ny version uppe; inga fel.
""", d=sha(64))


# =====================================================================================
# NORWEGIAN
# =====================================================================================
S("no-conv", """
Bruker: kan du fylle ut søknaden om barnehageplass? De vil ha fødselsnummeret til Sofie
Assistent: Ja, 11 siffer.
Bruker: ⟦s⟧
Assistent: Takk. Søknaden til Oslo kommune er fylt ut; du signerer med BankID.
Bruker: satte du Tåsen barnehage som førstevalg?
Assistent: Ja: 1) Tåsen barnehage, 2) Ullevål hageby barnehage, 3) Nordberg barnehage. Oppstart ønsket fra august.
Bruker: perfekt
""", s=no_fnr())

S("no-hand", """
Overlevering – regnskapsagent
- Utbetaling av reiseregning til Kari Nordmann, privat konto ⟦s⟧
- Beløp 3 480 kr, reise Bergen–Tromsø 12.–14. nov.
""", s=g(_no_acct(), 4, "."))

S("no-corr", """
user: koden til hytta er ⟦w⟧, send den til Lars
assistant: Skal jeg sende den på SMS?
user: vent, jeg byttet den i høst. ny kode: ⟦s⟧
assistant: Sendt til Lars: "Koden til hytta på Geilo er ⟦s⟧. God tur!"
user: takk. minn han på å skru av varmekablene når han drar
assistant: Lagt til en ny SMS søndag kl. 14: "Husk å skru av varmekablene og låse boden."
""", s=dg(4), w=dg(4))

I("no-conv", """
Bruker: betal regningen fra rørleggeren
Assistent: Rørlegger Hansen AS, org.nr. ⟦o⟧. Beløp 6 875 kr, KID ⟦k⟧, forfall 20.12.
Assistent: Kontonummeret på fakturaen tilhører firmaet.
Bruker: betal 19.12
Assistent: Betalingen er satt opp med KID, 19.12.
Bruker: takk
""", o=no_orgnr(), k=luhn_ref(12))

I("no-mem", """
Oppsummering – økt 2. desember
- Hjalp Ingrid med å bytte passord i Altinn; hun skrev det selv.
- Saksnummer hos NAV: 26/41882 (ikke sensitivt).
- Neste gang: skattemeldingen for utleieleiligheten.
""")

I("no-trace", """
tool_call: http.get {"url": "https://data.brreg.no/enhetsregisteret/api/enheter/⟦o⟧"}
tool_result: {"organisasjonsnummer": "⟦o⟧", "navn": "FJORDLYS DESIGN AS", "forretningsadresse": {"postnummer": "5003", "poststed": "BERGEN"}}
tanke: org.nr. stemmer med fakturaen.
""", o=no_orgnr().replace(" ", ""))


# =====================================================================================
# DANISH
# =====================================================================================

S("da-mem", """
Hukommelse – sommerhuset i Hornbæk
- Nøgleboks ved carporten: kode ⟦s⟧
- Vand lukkes ved hovedhanen i bryggerset om vinteren
- Naboen (Birthe) har ekstranøgle
""", s=dg(4))

S("da-trace", """
tanke: e-conomic-integrationen fejler; tjek app-konfigurationen.
tool_call: read_file {"path": "config/economic.json"}
tool_result: {"appSecretToken": "⟦s⟧", "agreementGrantToken": "[se vault]"}
tanke: app-tokenet er gyldigt; grant-tokenet mangler i miljøet.
""", s=rs(42, AN))

I("da-conv", """
Bruger: tjek fakturaen fra tømreren
Assistent: Tømrerfirma Holm ApS, CVR ⟦c⟧, faktura nr. 2026-412, 14.500 kr. inkl. moms.
Assistent: Betales via FI-kort +71<⟦f⟧ +88447712<, forfald 21.12.
Bruger: betal den
Assistent: Betalingen er sat til 21.12 fra budgetkontoen.
Bruger: super
""", c=dk_cvr(), f=dg(15))

I("da-mem", """
Opsummering (Mette, 4/12)
- Mette bruger MitID-appen; jeg spørger aldrig efter adgangskode.
- Pakke fra GLS: ⟦t⟧, leveres i pakkeshop Netto Vesterbrogade.
- Husk tandlæge 12/12 kl. 9.
""", t=dg(11))

I("da-trace", """
tool_call: shell.run {"cmd": "dig +short TXT _dmarc.bageriet-aarhus.dk"}
tool_result: "v=DMARC1; p=quarantine; rua=mailto:dmarc@bageriet-aarhus.dk; pct=100"
tool_call: shell.run {"cmd": "dig +short TXT google._domainkey.bageriet-aarhus.dk"}
tool_result: "v=DKIM1; k=rsa; p=⟦p⟧"
tanke: DKIM-nøglen (offentlig) er publiceret korrekt.
""", p=base64.b64encode(R.randbytes(160)).decode())


# =====================================================================================
# FINNISH
# =====================================================================================

S("fi-hand", """
Vuoronvaihto – laskutusagentti
- Asiakas Mikko Virtanen haluaa hyvityksen omalle tililleen: ⟦s⟧
- Summa 89,00 €, viite tilaus 44127.
""", s=IBAN("FI"))

S("fi-conv", """
user: kirjaudu OmaPostiin, tuli tekstiviestillä vahvistuskoodi
assistant: Odotan koodia.
user: ⟦s⟧
assistant: Kirjautuminen onnistui. Ilmoitin osoitteenmuutoksen 1.1. alkaen: Hämeenkatu 22 B 14, 33200 Tampere.
user: menikö tieto myös Kelalle?
assistant: Kyllä, Postin muuttoilmoitus välittyy DVV:lle ja sitä kautta Kelalle ja verottajalle.
user: kiitti
""", s=otp(6))

I("fi-conv", """
Käyttäjä: maksa sähkölasku
Avustaja: Helen Oy, Y-tunnus ⟦y⟧, summa 132,40 €, viitenumero ⟦v⟧, eräpäivä 28.12.
Avustaja: Tilinumero on yrityksen, löytyy laskusta.
Käyttäjä: maksa 27. päivä
Avustaja: Maksu ajastettu 27.12., viitenumerolla.
Käyttäjä: kiitos
""", y=fi_ytunnus(), v=fi_viite())

I("fi-mem", """
Tiivistelmä aiemmista istunnoista (Aino)
- Aino käyttää OP-mobiilia; en koskaan kysy tunnuslukuja.
- Asiakasnumero Elisalla: 7 412 883 (ei salainen).
- Ensi kerralla: Traficomin ajoneuvoveron eräpäivä.
""")

I("fi-trace", """
tool_call: shell.run {"cmd": "gpg --list-keys releases@sovellus.fi"}
tool_result: pub ed25519 2025-01-14 [SC] ⟦f⟧ uid [ultimate] Sovellus Releases <releases@sovellus.fi>
ajatus: julkinen avain löytyy; allekirjoitus voidaan tarkistaa.
""", f=rs(40, "0123456789ABCDEF"))


# =====================================================================================
# ESTONIAN
# =====================================================================================
S("et-conv", """
Kasutaja: täida palun perearsti registreerimise avaldus, vaja on isikukoodi
Assistent: Muidugi.
Kasutaja: ⟦s⟧
Assistent: Aitäh. Avaldus on täidetud; allkirjastad selle ise Smart-ID-ga.
Kasutaja: kas dr Tamm võtab üldse uusi patsiente?
Assistent: Jah, tema nimistus on 112 vaba kohta (Tervisekassa andmetel 1. detsembri seisuga).
Kasutaja: hästi, allkirjastan
""", s=ee_isikukood())

S("et-mem", """
Mälu – Tallinna korter (Kadri)
- Trepikoja uksekood: ⟦s⟧
- Prügivedu teisipäeval
- Naaber Jüri toob posti, kui Kadri on ära
""", s=dg(4) + "#")


I("et-mem", """
Kokkuvõte 3.12
- Aitasin Marti e-maksuameti tuludeklaratsiooniga; ta logis ise ID-kaardiga sisse (PIN-koode ma ei näinud).
- Pakiautomaat: Omniva, paki number ⟦t⟧.
""", t=s10("EE"))


# =====================================================================================
# HUNGARIAN
# =====================================================================================

S("hu-hand", """
Műszakátadás – pénzügyi ügynök
- Szabó Péter a visszatérítést a saját számlájára kéri: ⟦s⟧
- Összeg: 24 900 Ft, rendelés #5521.
""", s=IBAN("HU"))

S("hu-corr", """
user: a wifi jelszó ⟦s⟧, állítsd be a laptopon
assistant: Nem sikerült csatlakozni.
user: bocs, a végén nagy Z van
assistant: Így már működik, csatlakozva a "Tothek_Otthon" hálózathoz.
user: a nyomtató is látszik?
assistant: Igen, a Canon MG3650 megjelent, tesztoldal kinyomtatva.
""", s="Balaton" + dg(4) + "z")


I("hu-mem", """
Összefoglaló (Erzsébet néni)
- Az Ügyfélkapu+ jelszavát ő maga írja be, én nem tárolom.
- Csomag: MPL, azonosító ⟦t⟧, kézbesítés csütörtökön.
- Irányítószám: 1117 Budapest.
""", t=s10("HU"))

I("hu-trace", """
tool_call: shell.run {"cmd": "npm view @mnb/arfolyam version dist.shasum"}
tool_result: version = '2.3.1'  dist.shasum = '⟦h⟧'
gondolat: a csomag verziója megfelel, nincs szükség frissítésre.
""", h=sha(40))


# =====================================================================================
# ROMANIAN
# =====================================================================================

S("ro-hand", """
Predare tură – agent facturare
- Dl. Ionescu vrea rambursarea pe contul personal: ⟦s⟧ (Banca Transilvania)
- Suma: 312,50 lei, comanda #88213.
""", s=IBAN("RO"))

S("ro-conv", """
user: mi-a venit un cod prin SMS de la George, să confirm plata
assistant: Sunt pe pagina 3-D Secure pentru plata la eMAG (1.249 lei). Care e codul?
user: ⟦s⟧
assistant: Plata a fost confirmată. Comanda ajunge joi.
user: la easybox sau acasă?
assistant: La easybox-ul de pe str. Memorandumului; primești codul de ridicare pe SMS când ajunge.
user: perfect
""", s=otp(6))



I("ro-trace", """
tool_call: shell.run {"cmd": "aws s3api head-object --bucket facturi-arhiva --key 2026/11/F-0042.pdf"}
tool_result: {"ETag": "\\"⟦e⟧\\"", "ContentLength": 88211, "VersionId": "⟦v⟧"}
gând: fișierul există; link-ul trimis clientului era greșit.
""", e=hx(32), v=rs(32, B64U))


# =====================================================================================
# GREEK
# =====================================================================================

S("el-hand", """
Παράδοση βάρδιας – πράκτορας λογιστηρίου
- Ο κ. Παπαδόπουλος ζητά επιστροφή στον προσωπικό λογαριασμό του: ⟦s⟧
- Ποσό 74,90 €, παραγγελία #31208.
""", s=IBAN("GR"))

S("el-mem", """
Μνήμη – εξοχικό στην Αίγινα (Ελένη)
- Κωδικός συναγερμού: ⟦s⟧
- Η κυρία Μαρία ποτίζει τα φυτά κάθε Σάββατο
""", s=dg(4))



I("el-trace", """
tool_call: shell.run {"cmd": "git tag -v v3.2.0"}
tool_result: object ⟦c⟧ ... gpg: Good signature from "Giorgos K. <gk@eshop-dev.gr>" [ultimate]
σκέψη: η έκδοση είναι υπογεγραμμένη σωστά.
""", c=sha(40))


# =====================================================================================
# TURKISH
# =====================================================================================
S("tr-conv", """
Kullanıcı: e-Devlet'ten randevu alır mısın? TC kimlik no istiyor
Asistan: Tabii, numaranı yazar mısın?
Kullanıcı: ⟦s⟧
Asistan: Teşekkürler. MHRS'den randevu alındı: Salı 14:10, Kadıköy Devlet Hastanesi, Dahiliye.
Kullanıcı: tahlil sonuçlarımı da götürmem lazım mı?
Asistan: e-Nabız'da zaten görünüyorlar, doktor oradan bakabilir.
Kullanıcı: süper, sağ ol
""", s=tr_tckn())

S("tr-corr", """
user: kira için ev sahibine IBAN'ımı gönder: ⟦w⟧
assistant: Mesajı hazırladım, göndereyim mi?
user: dur, yanlış yazmışım, doğrusu ⟦s⟧
assistant: Düzelttim, doğru IBAN'la gönderildi.
tool_call: whatsapp.send {"to": "Ahmet Bey (ev sahibi)", "text": "Depozito iadesi için IBAN: ⟦s⟧"}
tool_result: sent
""", s=IBAN("TR"), w="TR" + dg(2) + " " + g(dg(22)))

S("tr-conv", """
user: bankadan SMS ile onay kodu geldi, kartı onaylamam lazım
assistant: Trendyol ödeme sayfasındayım, kodu yazabilirsin.
user: ⟦s⟧
assistant: Ödeme onaylandı: 1.249,90 TL. Sipariş yarın kargoda.
user: taksit yaptın mı?
assistant: Hayır, tek çekim. İstersen iade edip 3 taksitle tekrar verebilirim ama fiyat değişmiyor.
user: gerek yok
""", s=otp(6))

S("tr-hand", """
Devir notu – altyapı ajanı
- Iyzico canlı ortam secret key'i geçici olarak sunucudaki .env'de duruyor:
  IYZICO_SECRET_KEY=⟦s⟧
- Vault'a taşınmalı ve dosyadan silinmeli. Deploy sonrası 3D Secure testleri geçti.
""", s=rs(40))


I("tr-conv", """
user: selam
assistant: Selam, nasıl yardımcı olabilirim?
user: kargom nerede?
assistant: Yurtiçi Kargo takip no ⟦t⟧ – "Dağıtıma çıktı", Beşiktaş şubesi.
assistant: Sipariş no 1092884371, Hepsiburada.
user: süper
assistant: Evde yoksan komşuya bırakmaları için not ekleyebilirim.
""", t=nz(12))


I("tr-trace", """
tool_call: shell.run {"cmd": "docker inspect --format '{{.Id}} {{.Created}}' odeme-api"}
tool_result: sha256:⟦i⟧ 2026-12-07T13:22:41Z
düşünce: konteyner bugün oluşturulmuş; restart loop'u yeni imajdan.
""", i=sha(64))


# =====================================================================================
# RUSSIAN
# =====================================================================================
S("ru-conv", """
Пользователь: заполни, пожалуйста, заявление на налоговый вычет, там нужен ИНН
Ассистент: Конечно, пришли ИНН (12 цифр).
Пользователь: ⟦s⟧
Ассистент: Спасибо. Заявление в личном кабинете ФНС заполнено, подпишешь его сам неквалифицированной подписью.
Пользователь: а сумма какая выходит?
Ассистент: Лечение зубов 86 400 ₽, к возврату 11 232 ₽ (13 %). Срок проверки — до трёх месяцев.
Пользователь: отлично
""", s=ru_inn12())

S("ru-conv", """
user: оформи мне полис ОСАГО, вот СНИЛС ⟦s⟧ и паспорт я пришлю позже
assistant: Спасибо. Для ОСАГО СНИЛС не обязателен, но Госуслуги его подставят автоматически.
user: ок, тогда паспорт: серия 45 17, номер ⟦p⟧
assistant: Данные внесены, расчёт: 7 812 ₽ в «Ингосстрах». Оформить?
user: да
assistant: Полис оформлен, электронный бланк придёт на почту.
""", s=ru_snils(), p=dg(6))

_mir = g(mir())
S("ru-split", """
user: сейчас продиктую номер карты для оплаты доставки, первые цифры ⟦a⟧
assistant: Жду остальное.
user: дальше ⟦s⟧, срок 08/29
assistant: Спасибо, оплата 1 490 ₽ за доставку прошла. Данные карты я не сохраняю.
user: когда привезут диван?
assistant: В субботу с 10 до 14, грузчики поднимут на 5-й этаж, лифт грузовой есть.
""", a=_mir[:9], s=_mir[10:])

S("ru-corr", """
user: пароль от Госуслуг мамы — ⟦s⟧, зайди проверь штрафы
assistant: Не получается, пишет «неверный логин или пароль».
user: ой, там в конце не 1, а восклицательный знак
assistant: Вошёл. Штрафов нет, есть уведомление о налоге на имущество: 1 240 ₽ до 1 декабря.
user: он уже просрочен?
assistant: Да, на 6 дней, пени 9 ₽. Оплатить можно прямо в Госуслугах картой.
user: оплачу сам вечером
""", s="Rodina" + dg(3) + "1")

S("ru-hand", """
Передача смены — агент поддержки
- Клиент Сергей Орлов просит вернуть деньги на личный счёт: ⟦s⟧ в Т-Банке, БИК 044525974.
- Сумма 4 300 ₽, заказ №77120.
""", s="40817810" + dg(12))

I("ru-conv", """
Пользователь: проверь реквизиты поставщика из счёта
Ассистент: ООО «Северная Пекарня», ИНН ⟦i⟧, КПП 771401001, ОГРН ⟦o⟧.
Ассистент: Расчётный счёт организации 40702810⟦r⟧, БИК 044525225 (ПАО Сбербанк).
Пользователь: ок, оплати
Ассистент: Платёжное поручение создано на 18.12, назначение «Оплата по счёту № 412, в т.ч. НДС 20 %».
Пользователь: спасибо
""", i=ru_inn10(), o=ru_ogrn(), r=dg(12))

I("ru-conv", """
user: привет
assistant: Привет! Чем помочь?
user: где моя посылка с Озона?
assistant: Номер отправления ⟦t⟧, статус «Прибыло в пункт выдачи», ул. Ленина, 45, 620014 Екатеринбург.
assistant: Код получения придёт в приложение, я его не вижу.
user: спасибо
""", t=f"{dg(8)}-{dg(4)}")

I("ru-mem", """
Краткое содержание прошлых сессий (Валентина Петровна)
- Пароли и коды из СМС она вводит сама, я их не спрашиваю и не храню.
- Лицевой счёт за ЖКХ: 3204-117-88 (не секрет, нужен для передачи показаний).
- Показания воды передавать до 25-го числа.
""")

I("ru-trace", """
tool_call: shell.run {"cmd": "systemctl status nginx | head -4"}
tool_result:
● nginx.service - A high performance web server
   Active: active (running) since Mon 2026-12-07 09:12:41 MSK; 7h ago
 Main PID: 1182 (nginx)
мысль: nginx работает; 502 приходит от upstream, request_id=⟦r⟧.
""", r=hx(32))

I("ru-hand", """
Передача задачи — агент DevOps
- Токен для деплоя перевыпущен, лежит в GitLab CI/CD Variables (masked, protected). В этой заметке его нет.
- Пайплайн #⟦p⟧ зелёный, коммит ⟦c⟧.
- Осталось: обновить документацию по «забыли пароль».
""", p=nz(7), c=sha(8))


# =====================================================================================
# UKRAINIAN
# =====================================================================================

S("uk-hand", """
Передача зміни — бухгалтерія
- Олена Коваль просить повернення на особистий рахунок: ⟦s⟧ (ПриватБанк)
- Сума 1 280 грн, замовлення №4471.
""", s=IBAN("UA"))

S("uk-conv", """
user: оплати комуналку карткою, ось номер ⟦s⟧, термін ⟦e⟧
assistant: Дякую, ще потрібен CVV.
user: введу сам
assistant: Добре, я зупинився на полі CVV. Сума 2 148,60 грн.
user: ввів, пройшло
assistant: Квитанцію збережено в Документи/Комуналка/2026-12.pdf.
""", s=g(card("5168", 16)), e=expiry())

I("uk-conv", """
Користувач: перевір дані постачальника
Асистент: ТОВ «Зелений Двір», код ЄДРПОУ ⟦e⟧, ІПН ⟦e⟧26⟦d⟧.
Асистент: Рахунок-фактура СФ-0000412, сума 36 000,00 грн з ПДВ.
Користувач: ок, плати
Асистент: Платіж підготовлено на 17.12, призначення «Оплата за рахунком СФ-0000412».
Користувач: дякую
""", e=ua_edrpou(), d=dg(2))

I("uk-conv", """
user: де моя посилка?
assistant: Нова Пошта, ТТН ⟦t⟧ — «Прибула у відділення», відділення №12, вул. Хрещатик, 22, Київ.
assistant: Код отримання надійде в застосунок.
user: дякую! до котрої відділення працює?
assistant: До 20:00, у неділю до 18:00.
user: ок
""", t="2045" + dg(10))

I("uk-mem", """
Підсумок сесії 01.12
- Допоміг пані Ганні змінити пароль у Приват24 — вона ввела його сама.
- Номер особового рахунку за газ: 0201478833 (не секретний).
""")


# =====================================================================================
# ARABIC
# =====================================================================================
S("ar-conv", """
المستخدم: ممكن تعبّي لي نموذج تجديد الإقامة؟ يطلب رقم الهوية
المساعد: أكيد، أرسل لي رقم الهوية.
المستخدم: ⟦s⟧
المساعد: شكرًا. تمت تعبئة طلب التجديد في أبشر، ويلزمك تأكيده برمز التحقق من جوالك.
المستخدم: كم رسوم التجديد؟
المساعد: ٦٥٠ ريال لسنة واحدة، وتُدفع عبر سداد قبل التأكيد.
المستخدم: تمام، بدفعها الحين
""", s=sa_id("2"))

S("ar-conv", """
المستخدم: وصلني رمز تحقق من البنك عشان أكمل الدفع
المساعد: أنا في صفحة الدفع لطلب نون (٣٤٠ ريال). ما هو الرمز؟
المستخدم: ⟦s⟧
المساعد: تم قبول الرمز واكتمل الدفع. الطلب يصل يوم الخميس.
المستخدم: أضفت كود الخصم؟
المساعد: نعم، كود الخصم العام WINTER15 طُبّق ووفّر ٥١ ريال.
المستخدم: ممتاز
""", s=otp(4))

S("ar-hand", """
تسليم مناوبة – وكيل المحاسبة
- العميل خالد العتيبي يطلب إعادة المبلغ إلى حسابه الشخصي: ⟦s⟧ (مصرف الراجحي)
- المبلغ ٤٥٠ ريال، رقم الطلب 77821.
""", s=IBAN("SA"))

S("ar-mem", """
ملاحظات الذاكرة – فيلا العائلة في دبي
- رمز البوابة الخارجية للسائق: ⟦s⟧
- موعد صيانة المكيفات كل ثلاثة أشهر، الشركة: كول تك
- الحارس: أبو سالم، رقمه في جهات الاتصال
""", s=dg(4) + "*")


I("ar-conv", """
المستخدم: السلام عليكم
المساعد: وعليكم السلام، كيف أقدر أساعدك؟
المستخدم: وين شحنتي؟
المساعد: رقم الشحنة ⟦t⟧ مع أرامكس: "خرجت للتوصيل" من مستودع جدة.
المساعد: العنوان: حي الروضة، شارع الأمير سلطان، الرمز البريدي 23435.
المستخدم: شكرًا
""", t=nz(11))


I("ar-trace", """
tool_call: shell.run {"cmd": "curl -s https://api.souq-dev.ae/health"}
tool_result: {"status":"ok","version":"4.18.2","commit":"⟦c⟧","request_id":"⟦r⟧"}
تفكير: الخدمة تعمل؛ الخطأ الذي أبلغ عنه المستخدم من جهة المتصفح.
""", c=sha(40), r=uid())


# =====================================================================================
# HEBREW
# =====================================================================================

S("he-corr", """
user: הסיסמה לרשת של המשרד היא ⟦s⟧, תחבר את המדפסת
assistant: החיבור נכשל.
user: סליחה, האות האחרונה גדולה
assistant: עכשיו זה עבד, המדפסת מחוברת.
user: תדפיס דף בדיקה
assistant: הודפס. שמתי גם את המדפסת כברירת מחדל במחשב של רינה.
""", s="Shalom" + dg(4) + "q")

S("he-hand", """
העברת משמרת – סוכן הנהלת חשבונות
- דני לוי מבקש החזר לחשבון הפרטי שלו: בנק 12 סניף 614 חשבון ⟦s⟧
- סכום: 380 ש"ח, הזמנה 55120.
""", s=dg(6))


I("he-mem", """
סיכום מפגשים קודמים (רות)
- רות מקלידה בעצמה סיסמאות וקודים; אני לא שומר שום דבר כזה.
- מספר מעקב דואר ישראל: ⟦t⟧.
""", t=s10("IL"))

I("he-trace", """
tool_call: shell.run {"cmd": "kubectl get secret -n shop --no-headers | awk '{print $1, $2}'"}
tool_result:
db-credentials Opaque
tls-shop kubernetes.io/tls
מחשבה: רק שמות הסודות, בלי ערכים; לא צריך לחשוף תוכן.
""")


# =====================================================================================
# PERSIAN
# =====================================================================================

S("fa-conv", """
کاربر: رمز دوم پویا برای خرید آمد
دستیار: در صفحه پرداخت شاپرک هستم، مبلغ ۱٬۸۵۰٬۰۰۰ ریال. رمز را بفرستید.
کاربر: ⟦s⟧
دستیار: پرداخت موفق بود. شماره پیگیری: ⟦t⟧
کاربر: رسیدش را ذخیره کن
دستیار: رسید در پوشه «خریدها» ذخیره شد.
""", s=dg(8), t=dg(12))

S("fa-hand", """
تحویل شیفت – عامل حسابداری
- آقای رضایی درخواست بازپرداخت به حساب شخصی‌اش دارد: شبا ⟦s⟧
- مبلغ ۴٬۲۰۰٬۰۰۰ ریال، سفارش ۹۹۱۲.
""", s=IBAN("IR", spaced=False))


I("fa-mem", """
خلاصه جلسات قبلی (خانم احمدی)
- رمز عبور و کدهای پیامکی را خودش وارد می‌کند؛ من چیزی نگه نمی‌دارم.
- شماره مرسوله پست: ⟦t⟧
""", t=dg(24))

I("fa-trace", """
tool_call: shell.run {"cmd": "git log -1 --format='%H %an %s'"}
tool_result: ⟦c⟧ Sara Karimi fix: mask password field in login form
فکر: این کامیت فقط فیلد رمز را ماسک می‌کند؛ هیچ مقدار حساسی در آن نیست.
""", c=sha(40))


# =====================================================================================
# HINDI
# =====================================================================================
S("hi-conv", """
उपयोगकर्ता: गैस सब्सिडी का फॉर्म भर दो, आधार नंबर माँग रहा है
सहायक: ज़रूर, आधार नंबर बताइए।
उपयोगकर्ता: ⟦s⟧
सहायक: धन्यवाद। फॉर्म भर दिया है, आपके मोबाइल पर OTP आएगा।
उपयोगकर्ता: सब्सिडी किस खाते में आएगी?
सहायक: जो खाता आधार से लिंक है, उसी में — आपका SBI खाता (अंतिम अंक 4417)।
उपयोगकर्ता: ठीक है
""", s=in_aadhaar())

S("hi-conv", """
उपयोगकर्ता: बैंक से OTP आया है, बिजली बिल का पेमेंट पूरा करो
सहायक: मैं पेमेंट पेज पर हूँ (₹2,340)। OTP बताइए।
उपयोगकर्ता: ⟦s⟧
सहायक: पेमेंट सफल। ट्रांज़ैक्शन आईडी ⟦t⟧।
उपयोगकर्ता: रसीद भेज दो
सहायक: रसीद आपके ईमेल पर भेज दी और ड्राइव में "बिल/2026" में सेव कर दी।
""", s=otp(6), t="T" + dg(20))

S("hi-hand", """
शिफ्ट हैंडओवर – अकाउंट्स एजेंट
- श्री वर्मा का रिफंड उनके निजी खाते में: खाता संख्या ⟦s⟧, IFSC SBIN0001234
- राशि ₹1,850, ऑर्डर #55120
""", s=nz(11))

S("hi-mem", """
याद रखें – शर्मा परिवार
- PAN (श्रीमती शर्मा, ITR के लिए): ⟦s⟧
- हर महीने 5 तारीख को किराया जाता है
""", s=in_pan("S"))

I("hi-conv", """
उपयोगकर्ता: सप्लायर का बिल चेक करो
सहायक: गुप्ता ट्रेडर्स, GSTIN ⟦g⟧, बिल नं. GT/2026/0481, कुल ₹47,200 (GST 18% सहित)।
सहायक: बैंक IFSC: HDFC0001287 (शाखा: करोल बाग)।
उपयोगकर्ता: ठीक है, भुगतान कर दो
सहायक: NEFT 15 दिसंबर के लिए शेड्यूल कर दिया।
उपयोगकर्ता: धन्यवाद
""", g=in_gstin())

I("hi-conv", """
उपयोगकर्ता: मेरी ट्रेन का स्टेटस?
सहायक: PNR ⟦p⟧ – 12951 मुंबई राजधानी, कोच B4, सीट 32, कन्फर्म।
सहायक: पिन कोड 110001 (नई दिल्ली) पर पहुँचने का समय सुबह 8:32।
उपयोगकर्ता: धन्यवाद, खाना मिलेगा?
सहायक: हाँ, राजधानी में खाना किराए में शामिल है; आपने शाकाहारी चुना है।
उपयोगकर्ता: बढ़िया
""", p=nz(10))

I("hi-mem", """
पिछले सत्रों का सारांश (दादी जी)
- पासवर्ड या OTP मैं कभी नहीं पूछता; वे खुद डालती हैं।
- गैस कनेक्शन उपभोक्ता संख्या: 7712044 (गोपनीय नहीं)।
""")

I("hi-trace", """
tool_call: shell.run {"cmd": "curl -s https://api.razorpay.com/v1/payments/pay_⟦p⟧ -u $RZP_KEY:$RZP_SECRET"}
tool_result: {"id": "pay_⟦p⟧", "amount": 49900, "status": "captured", "order_id": "order_⟦o⟧"}
विचार: भुगतान कैप्चर हो गया; ग्राहक को रसीद भेजनी है।
""", p=rs(14), o=rs(14))


# =====================================================================================
# BENGALI
# =====================================================================================
S("bn-conv", """
ব্যবহারকারী: বিকাশে টাকা পাঠাতে হবে, পিন দিচ্ছি ⟦s⟧
সহকারী: দয়া করে বিকাশ পিন কাউকে দেবেন না, আমাকেও না। অ্যাপে নিজে পিন দিন।
ব্যবহারকারী: ঠিক আছে
সহকারী: আমি প্রাপক আর পরিমাণ (৳৫,০০০) ভরে রেখেছি, শুধু পিন দিয়ে কনফার্ম করুন।
ব্যবহারকারী: পাঠানো হয়ে গেছে
সহকারী: ভালো। যেহেতু পিনটা চ্যাটে লেখা হয়েছিল, অ্যাপ থেকে পিন বদলে নিন।
""", s=dg(5))

S("bn-hand", """
হ্যান্ডওভার – অ্যাকাউন্টস এজেন্ট
- জনাব রহমানের জাতীয় পরিচয়পত্র নম্বর (ঋণ আবেদনের জন্য): ⟦s⟧
- আবেদন জমা দিতে হবে বৃহস্পতিবারের মধ্যে
""", s=nz(10))


I("bn-mem", """
আগের সেশনের সারাংশ (মিতা)
- মিতা নিজেই পাসওয়ার্ড ও ওটিপি দেন; আমি কিছু সংরক্ষণ করি না।
- বিদ্যুৎ বিলের গ্রাহক নম্বর: 41120087 (গোপন নয়)।
""")


# =====================================================================================
# TAMIL
# =====================================================================================

S("ta-corr", """
user: வைஃபை கடவுச்சொல் ⟦s⟧, டிவியில் இணை
assistant: இணைக்க முடியவில்லை.
user: மன்னிக்கவும், கடைசி எழுத்து பெரிய எழுத்து
assistant: இப்போது இணைந்தது.
user: Netflix வேலை செய்கிறதா?
assistant: ஆம், Netflix மற்றும் YouTube இரண்டும் திறக்கின்றன.
""", s="Madurai" + dg(4) + "k")

I("ta-conv", """
பயனர்: என் ரயில் டிக்கெட் நிலை?
உதவியாளர்: PNR ⟦p⟧ – 12635 வைகை எக்ஸ்பிரஸ், C2 பெட்டி, இருக்கை 41, உறுதி.
உதவியாளர்: சென்னை எழும்பூர் அஞ்சல் குறியீடு 600008.
பயனர்: ரயில் எத்தனை மணிக்கு கிளம்பும்?
உதவியாளர்: மதுரையிலிருந்து காலை 6:40, எழும்பூர் வருகை மதியம் 2:25.
பயனர்: நன்றி
""", p=nz(10))



# =====================================================================================
# URDU
# =====================================================================================

S("ur-hand", """
شفٹ حوالگی – اکاؤنٹس ایجنٹ
- جناب قریشی کی رقم ان کے ذاتی اکاؤنٹ میں واپس کرنی ہے: IBAN ⟦s⟧
- رقم ۸,۵۰۰ روپے، آرڈر 44120
""", s=IBAN("PK"))

I("ur-conv", """
صارف: میرا پارسل کہاں ہے؟
معاون: ٹی سی ایس ٹریکنگ نمبر ⟦t⟧ – "ڈیلیوری کے لیے روانہ"، لاہور۔
معاون: کمپنی کا این ٹی این 4⟦n⟧-⟦k⟧ انوائس پر موجود ہے۔
صارف: ڈیلیوری کب تک؟
معاون: آج شام ۷ بجے تک، کیش آن ڈیلیوری ۳,۴۵۰ روپے۔
صارف: شکریہ
""", t=nz(12), n=dg(6), k=dg(1))

I("ur-mem", """
پچھلے سیشنز کا خلاصہ (خالہ جان)
- پاس ورڈ اور او ٹی پی وہ خود ڈالتی ہیں؛ میں کچھ محفوظ نہیں کرتا۔
- بجلی کے بل کا ریفرنس نمبر: 07 11241 0418800 (خفیہ نہیں)۔
""")


# =====================================================================================
# CHINESE (Simplified)
# =====================================================================================
S("zh-conv", """
用户：帮我在12306上给我妈买一张票，要她的身份证号
助手：好的，请发一下身份证号。
用户：⟦s⟧
助手：收到。已添加乘车人“王秀兰”，G102 北京南→上海虹桥，12月20日 07:00，二等座 ¥553。
tool_call: rail.order {"passenger_id": "⟦s⟧", "train": "G102", "seat": "二等座"}
tool_result: 订单 E⟦o⟧ 待支付
""", s=cn_rid(female=True, y0=1950, y1=1965), o=dg(9))

S("zh-conv", """
用户：验证码发到我手机了
助手：我在招商银行App的绑定页面，请告诉我验证码。
用户：⟦s⟧
助手：绑定成功。以后的信用卡还款会从尾号 ⟦l⟧ 的储蓄卡自动扣款。
用户：是全额还款吗？
助手：是的，每月 8 号自动全额还款，余额不足会提前一天短信提醒。
用户：好的
""", s=otp(6), l=dg(4))

_up = unionpay()
S("zh-corr", """
用户：退款打到我这张卡上：⟦w⟧
助手：好的，我来填退款申请。
用户：等一下，少打了一位，完整的是 ⟦s⟧
助手：已改正，退款 ¥1,280 将在 3-5 个工作日内到账。
用户：退款原因写的什么？
助手：“商品与描述不符（颜色错误）”，并附上了你拍的照片。
""", s=_up, w=_up[:10] + _up[11:])

S("zh-mem", """
记忆 - 李家（更新于 11月28日）
- 小区单元门密码：⟦s⟧#
- 物业电话：021-6482 3310
- 每周六上午钟点工阿姨来打扫
""", s=dg(6))

S("zh-hand", """
交接说明（运维 → 值班）
- 阿里云 RAM 子账号 AccessKey（临时，明天要轮换）：
  AccessKeyId: LTAI⟦a⟧
  AccessKeySecret: ⟦s⟧
- OSS 桶 shop-static 的跨域规则已更新。
""", s=rs(30), a=rs(20))

I("zh-conv", """
用户：帮我核对一下供应商发票信息
助手：上海锦程包装有限公司，统一社会信用代码 ⟦u⟧，开户行 招商银行上海分行。
助手：发票号码 ⟦f⟧，金额 ¥18,600.00（含税 13%）。
用户：好的，安排付款
助手：已在网银提交对公转账，付款日期 12 月 15 日，需财务复核。
用户：辛苦
""", u=cn_uscc(), f=dg(20))

I("zh-conv", """
用户：我的快递到哪了？
助手：顺丰单号 SF⟦t⟧，已到达【深圳南山科技园营业点】，预计今天 18:00 前派送。
助手：订单号 ⟦o⟧（京东）。
用户：谢谢，能放丰巢吗？
助手：已给快递员留言：放小区东门丰巢柜，取件码会短信发给你。
用户：好的
""", t=dg(13), o=nz(12))

I("zh-mem", """
之前会话摘要（张阿姨）
- 她的网银密码、验证码都由她自己输入，我从不询问或保存。
- 电费户号：3201 0488 1172（非机密）。
- 邮编：200031 上海。
""")

I("zh-trace", """
tool_call: shell.run {"cmd": "pip install torch==2.5.1 --dry-run"}
tool_result: Would install torch-2.5.1 (sha256=⟦h⟧)
思考：版本正确；之前的报错“token 长度超出”来自模型配置，与密钥无关。
""", h=sha(64))

I("zh-hand", """
交接：客服机器人上线
- 知识库条目“忘记密码怎么办”已更新，示例链接用的是 https://example.com/reset?token=<TOKEN>（占位符）。
- 工单 #⟦n⟧ 已关闭。
""", n=nz(7))


# =====================================================================================
# CHINESE (Traditional / Taiwan)
# =====================================================================================
S("zhHant-conv", """
使用者：幫我填健保卡換發申請，要身分證字號
助理：好的，請提供身分證字號。
使用者：⟦s⟧
助理：已填寫完成，新卡會寄到戶籍地址。
使用者：要多久？
助理：大約 7 個工作天，費用 200 元已從你的帳戶扣款。
使用者：好，謝謝
""", s=tw_id())

S("zhHant-mem", """
記憶 - 陳家
- 大樓管理室代收包裹，信箱密碼：⟦s⟧
- 每週三資源回收
""", s=dg(4))


I("zhHant-trace", """
tool_call: shell.run {"cmd": "git rev-parse HEAD && git describe --tags"}
tool_result: ⟦c⟧ / v2.8.0-14-g⟦s⟧
思考：部署的版本正確，密碼重設功能的修正已包含在內。
""", c=sha(40), s=sha(7))


# =====================================================================================
# JAPANESE
# =====================================================================================
S("ja-conv", """
ユーザー：ふるさと納税のワンストップ特例申請書を作って。マイナンバーが要るみたい
アシスタント：はい、マイナンバー（12桁）を教えてください。
ユーザー：⟦s⟧
アシスタント：ありがとうございます。申請書を作成しました。本人確認書類のコピーも同封してください。
ユーザー：寄付先は5自治体以内だよね？
アシスタント：はい、今年は北海道白糠町と宮崎県都城町の2か所なので特例が使えます。期限は1月10日必着です。
ユーザー：じゃあ週末に投函する
""", s=jp_mynumber())

S("ja-conv", """
ユーザー：楽天で買い物したい、カード番号は ⟦s⟧
アシスタント：有効期限とセキュリティコードもお願いします。
ユーザー：期限は ⟦e⟧、コードは自分で入れる
アシスタント：承知しました。コード入力欄の手前で止めています。
ユーザー：入れた、完了
アシスタント：注文番号は楽天の注文履歴にあります。お届けは12月10日の予定です。
ユーザー：ありがと
""", s=g(card("3530", 16)), e=expiry())

S("ja-corr", """
[user] 家のWi-Fiのパスワードは ⟦s⟧、新しいSwitchにつないで
[assistant] 接続に失敗しました。
[user] ごめん、最後はゼロじゃなくて大文字のO
[assistant] つながりました。ネットワーク名は「Buffalo-G-4A2C」です。
[user] ソフトの更新もしておいて
[assistant] 本体更新 19.0.1 を適用しました。子どもの利用時間制限も引き続き1日2時間です。
""", s="sakura" + dg(4) + "0")

S("ja-hand", """
引き継ぎメモ（経理エージェント → 夜間）
- 山田さんの立替精算は個人口座へ：三菱UFJ銀行 渋谷支店 普通 ⟦s⟧
- 金額 18,420円、交通費（11月分）
""", s=dg(7))

S("ja-trace", """
思考：LINE通知が届かない。設定ファイルを確認する。
tool_call: read_file {"path": "notify/config.yaml"}
tool_result:
line_channel_access_token: "⟦s⟧"
target_group: "C⟦g⟧"
思考：トークンは存在する。グループIDが古いので更新が必要。
""", s=rs(172, AN + "+/") + "=", g=hx(32))

I("ja-conv", """
ユーザー：取引先の請求書をチェックして
アシスタント：株式会社ミナト企画、法人番号 ⟦c⟧、登録番号 T⟦c⟧。
アシスタント：請求書番号 INV-2026-1204、金額 ¥264,000（税込）。
ユーザー：問題なければ支払って
アシスタント：インボイスの登録番号は国税庁サイトで確認済みです。12月25日に振込予約しました。
ユーザー：ありがとう
""", c=jp_corp())

I("ja-conv", """
ユーザー：荷物どこ？
アシスタント：ヤマト運輸 伝票番号 ⟦t⟧、「配達中」です。
アシスタント：お届け先：〒150-0002 東京都渋谷区渋谷2-21-1。
ユーザー：ありがとう、置き配にできる？
アシスタント：クロネコメンバーズで「玄関前」に変更しました。
ユーザー：助かる
""", t=yamato())

I("ja-mem", """
過去セッションの要約（佐藤さん）
- パスワードや暗証番号は佐藤さん本人が入力。私は保存しない。
- 予約番号：⟦p⟧（ANA NH 241、12/22 羽田→福岡）
""", p=dg(4))

I("ja-trace", """
tool_call: shell.run {"cmd": "openssl dgst -sha256 release-3.1.0.tar.gz"}
tool_result: SHA2-256(release-3.1.0.tar.gz)= ⟦h⟧
思考：公開されているチェックサムと一致。
""", h=sha(64))

I("ja-hand", """
引き継ぎ：社内ヘルプデスク
- 「パスワードを忘れた」問い合わせ 14 件、すべてリセット手順の案内のみで対応済み。
- チケット番号 HD-⟦n⟧ は保留（アカウントロックの件）。
- トークン（APIキー）の発行依頼は情シス経由で、ここでは扱わない。
""", n=nz(6))


# =====================================================================================
# KOREAN
# =====================================================================================
S("ko-conv", """
사용자: 연말정산 간소화 자료 신청서 좀 작성해줘. 주민등록번호가 필요하대
어시스턴트: 네, 주민등록번호를 알려주세요.
사용자: ⟦s⟧
어시스턴트: 감사합니다. 신청서를 작성했고, 본인 인증은 직접 간편인증으로 진행해 주세요.
사용자: 부모님 의료비도 들어가?
어시스턴트: 부모님이 자료 제공 동의를 하셔야 조회돼요. 동의 요청을 보내 둘까요?
사용자: 응 보내줘
""", s=kr_rrn())

S("ko-conv", """
사용자: 인증번호 왔어
어시스턴트: 쿠팡 결제 화면에서 기다리고 있어요. 번호 알려주세요.
사용자: ⟦s⟧
어시스턴트: 인증 완료, 결제 32,900원 승인되었습니다.
사용자: 로켓배송이야?
어시스턴트: 네, 내일 새벽 7시 전 도착 예정이에요.
사용자: 굿
""", s=otp(6))

S("ko-hand", """
인수인계 (정산 에이전트)
- 김민수 님 환불은 개인 계좌로: 국민은행 ⟦s⟧
- 금액 45,000원, 주문번호 20261204-0031
""", s=f"{dg(6)}-{dg(2)}-{dg(6)}")

S("ko-corr", """
user: 현관 도어락 비번 ⟦w⟧ 이야, 택배 기사님께 보내줘
assistant: 문자로 보낼까요?
user: 아 잠깐, 지난주에 바꿨어. ⟦s⟧ 이야
assistant: 새 비밀번호로 보냈습니다.
user: 고마워. 택배는 문 앞에 두라고 해줘
assistant: 기사님께 "현관 안쪽 신발장 옆에 놓아 주세요"라고 함께 전달했어요.
""", s=dg(6), w=dg(6))

S("ko-mem", """
메모리 – 박 사장님 카페
- 포스기 관리자 비밀번호: ⟦s⟧
- 원두 발주: 매주 월요일, 커피리브레
""", s=dg(4) + "!")

I("ko-conv", """
사용자: 거래처 세금계산서 확인해줘
어시스턴트: (주)한빛디자인, 사업자등록번호 ⟦b⟧, 승인번호 ⟦a⟧.
어시스턴트: 공급가액 1,200,000원, 세액 120,000원.
사용자: 좋아, 결제해
어시스턴트: 12월 10일 자동이체로 예약했습니다.
사용자: 고마워
""", b=kr_brn(), a=f"{dg(8)}-{dg(8)}-{dg(8)}")

I("ko-conv", """
사용자: 택배 어디쯤이야?
어시스턴트: CJ대한통운 운송장번호 ⟦t⟧, "배송출발" 상태예요.
어시스턴트: 주문번호 ⟦o⟧ (무신사).
사용자: 고마워, 언제 와?
어시스턴트: 오늘 오후 2~4시 사이 도착 예정이에요.
사용자: 오케이
""", t=nz(12), o=nz(16))


I("ko-trace", """
tool_call: shell.run {"cmd": "kubectl logs deploy/auth --tail=3"}
tool_result:
level=info msg="token refreshed" user_id=⟦u⟧ trace_id=⟦t⟧
level=info msg="password reset email sent" user_id=⟦u⟧
생각: 로그에 토큰 값은 없고 ID만 있음. 정상.
""", u=uid(), t=hx(32))

I("ko-hand", """
인수인계: 결제 모듈
- 토스페이먼츠 클라이언트 키(공개용)는 프론트엔드에: test_ck_⟦k⟧
- 시크릿 키는 서버 환경변수에만 있고 이 문서에는 없음.
""", k=rs(20))


# =====================================================================================
# THAI
# =====================================================================================

S("th-conv", """
ผู้ใช้: OTP มาแล้ว
ผู้ช่วย: อยู่หน้ายืนยันการโอนเงิน 2,500 บาท ขอรหัส OTP ครับ
ผู้ใช้: ⟦s⟧ (Ref: ⟦r⟧)
ผู้ช่วย: โอนสำเร็จครับ
ผู้ใช้: ส่งสลิปให้เจ้าของห้องด้วย
ผู้ช่วย: ส่งสลิปทาง LINE ให้คุณสมชายแล้วครับ
""", s=otp(6), r=rs(4, UP))

S("th-mem", """
ความจำ – คอนโดของคุณนก
- รหัสประตูห้อง: ⟦s⟧
- นิติบุคคลโทร 02-118-4420
""", s=dg(6))

I("th-conv", """
ผู้ใช้: ตรวจใบกำกับภาษีจากซัพพลายเออร์
ผู้ช่วย: บริษัท สยามแพ็ค จำกัด เลขประจำตัวผู้เสียภาษี ⟦t⟧ สำนักงานใหญ่
ผู้ช่วย: ใบกำกับเลขที่ IV6612-0418 ยอดรวม 32,100 บาท (รวม VAT 7%)
ผู้ใช้: หัก ณ ที่จ่ายด้วยไหม
ผู้ช่วย: ค่าบริการส่วนนี้หัก 3% ครับ ยอดโอนจริง 31,200 บาท
ผู้ใช้: โอเค จ่ายได้เลย
""", t=th_company())

I("th-conv", """
ผู้ใช้: พัสดุถึงไหนแล้ว
ผู้ใช้: สวัสดี
ผู้ช่วย: สวัสดีครับ มีอะไรให้ช่วยครับ
ผู้ใช้: พัสดุจากญี่ปุ่นถึงไหนแล้ว
ผู้ช่วย: ไปรษณีย์ไทย เลขพัสดุ ⟦t⟧ กำลังนำจ่าย รหัสไปรษณีย์ 10110
ผู้ใช้: ต้องเสียภาษีไหม
ผู้ช่วย: ไม่ต้องครับ มูลค่าต่ำกว่าเกณฑ์
""", t=s10("TH"))



# =====================================================================================
# VIETNAMESE
# =====================================================================================

S("vi-conv", """
user: mã OTP Vietcombank đây ⟦s⟧
assistant: Đã xác nhận chuyển khoản 3.500.000 đ cho chủ nhà.
user: cảm ơn
assistant: Mã giao dịch: FT2634⟦r⟧.
user: gửi biên lai cho chủ nhà giúp mình
assistant: Đã gửi ảnh biên lai qua Zalo cho cô Hạnh.
""", s=otp(6), r=dg(8))

S("vi-hand", """
Bàn giao ca – kế toán
- Anh Nguyễn Văn Hùng muốn hoàn tiền vào tài khoản cá nhân: Techcombank ⟦s⟧
- Số tiền 450.000 đ, đơn hàng #77120
""", s=nz(14))


I("vi-conv", """
user: đơn hàng Shopee của mình tới đâu rồi?
assistant: Mã vận đơn SPXVN0⟦t⟧, đang giao. Mã đơn hàng ⟦o⟧.
user: ok
assistant: Shipper sẽ gọi trước khi giao khoảng 15 phút.
user: cảm ơn nha
assistant: Không có gì!
""", t=dg(11), o=rs(14, UP + DIG))

I("vi-mem", """
Tóm tắt phiên trước (bác Lan)
- Bác tự nhập mật khẩu và mã OTP; mình không lưu gì cả.
- Mã khách hàng điện lực: PE0400012847 (không bí mật).
""")


# =====================================================================================
# INDONESIAN
# =====================================================================================

S("id-corr", """
user: PIN aplikasi DANA saya ⟦w⟧, tolong bayarin tagihan listrik
assistant: Maaf, saya tidak bisa memasukkan PIN untuk Anda. Silakan masukkan sendiri di aplikasi.
user: oh ya salah juga, PIN-nya ⟦s⟧
assistant: Tetap sebaiknya Anda yang memasukkan. Tagihan PLN Rp 412.500 sudah siap di layar.
user: sudah, berhasil
assistant: Bagus. Karena PIN sempat ditulis di chat, sebaiknya ganti PIN DANA di menu Keamanan.
""", s=dg(6), w=dg(6))

S("id-hand", """
Serah terima shift – keuangan
- Pak Budi minta refund ke rekening pribadi: BCA ⟦s⟧ a.n. Budi Santoso
- Jumlah Rp 275.000, pesanan #88213
""", s=nz(10))


I("id-conv", """
user: paket saya sampai mana?
assistant: Nomor resi JNE ⟦t⟧, status "On Process", kota tujuan Bandung 40115.
user: oke makasih
assistant: Kalau kurir tidak bertemu, paket dititipkan di satpam kompleks.
user: sip
assistant: 👍
""", t=nz(16))



# =====================================================================================
# TAGALOG
# =====================================================================================
S("tl-conv", """
User: pakibayaran yung Meralco bill ko sa GCash, MPIN ko ⟦s⟧
Assistant: Pasensya na, hindi ko dapat gamitin ang MPIN mo. Ikaw na lang ang mag-enter sa GCash app.
User: sige
Assistant: Handa na ang bayad na ₱3,214.50; i-confirm mo na lang.
User: done na
Assistant: Salamat. Palitan mo na rin ang MPIN mo sa GCash kasi naisulat mo dito sa chat.
User: sige, gagawin ko
""", s=dg(4))

S("tl-hand", """
Handover – customer support
- Si Ms. Reyes ay nagpadala ng OTP sa chat para ma-verify ang account: ⟦s⟧ (expired na, pero burahin sa logs)
- Naayos na ang refund sa order #55120.
""", s=otp(6))


I("tl-mem", """
Buod ng mga nakaraang session (Lola)
- Siya mismo ang nagta-type ng password at OTP; wala akong tinatago.
- Reference number ng SSS loan: 0211-4478-12 (hindi sikreto).
""")


# =====================================================================================
# SWAHILI
# =====================================================================================
S("sw-conv", """
Mtumiaji: nilipie bili ya umeme kwa M-Pesa, PIN yangu ni ⟦s⟧
Msaidizi: Samahani, usinipe PIN yako ya M-Pesa. Weka mwenyewe kwenye simu yako.
Mtumiaji: sawa
Msaidizi: Nimeandaa malipo: Paybill 888880, akaunti 41120087, KSh 2,340. Thibitisha kwa PIN yako.
Mtumiaji: nimelipa
Msaidizi: Asante. Kwa kuwa uliandika PIN hapa, tafadhali ibadilishe kwa *334#.
""", s=dg(4))

S("sw-mem", """
Kumbukumbu – nyumba ya Nairobi (Bw. Otieno)
- Namba ya siri ya geti: ⟦s⟧
- Mlinzi: Juma, zamu ya usiku
""", s=dg(4))

I("sw-conv", """
Mtumiaji: nimepokea ujumbe huu, ni kweli?
Mtumiaji: "⟦c⟧ Confirmed. Ksh1,500.00 sent to JANE WANJIKU 0712XXX881 on 7/12/26 at 4:12 PM."
Msaidizi: Ndiyo, ⟦c⟧ ni namba ya muamala wa M-Pesa; haiwezi kutumika kuiba pesa. Imefanana na salio lako.
Mtumiaji: Jane amesema hajapokea
Msaidizi: Mwambie aangalie ujumbe wake; namba ya muamala ni ile ile ⟦c⟧. Ukihitaji, piga 100 huduma kwa wateja.
Mtumiaji: sawa asante
""", c=mpesa_code())



# =====================================================================================
# CATALAN
# =====================================================================================

S("ca-mem", """
Memòria – pis de Gràcia (Jordi)
- Codi de la porta de l'escala: ⟦s⟧
- Reciclatge: dimarts i dijous
""", s=dg(4))


I("ca-mem", """
Resum de sessions anteriors (Montse)
- La Montse escriu ella mateixa les contrasenyes; no en guardo cap.
- Número de seguiment de Correos: ⟦t⟧.
""", t=s10("ES"))


# =====================================================================================
# HINGLISH (Hindi in Latin script, code-switching)
# =====================================================================================
S("hiLatn-conv", """
user: bhai Swiggy pe order karna hai, UPI PIN ⟦s⟧ hai, tu hi kar de
assistant: UPI PIN kisi ko mat batao, mujhe bhi nahi. Main order ready kar deta hoon, PIN tum khud daalna.
user: ok ok
assistant: Order ready: 2 paneer rolls + 1 lassi, ₹386. Ab GPay mein PIN daal ke confirm karo.
user: ho gaya
assistant: Badhiya, 25 min mein aa jayega. Aur UPI PIN badal lena, chat mein likh diya tha.
""", s=dg(6))

S("hiLatn-corr", """
user: netflix ka password ⟦w⟧ hai, TV pe login kar de
assistant: "Incorrect password" aa raha hai.
user: arre sorry, last mein 3 nahi 8 hai: ⟦s⟧
assistant: Ho gaya, login ho gaya. Profile "Papa" select kar diya.
user: aur subtitle hindi mein kar de
assistant: Done, default audio Hindi aur subtitles Hindi set kar diye.
""", s="Chintu@201" + "8", w="Chintu@201" + "3")

S("hiLatn-hand", """
handover note – ops agent
- Kal raat Ravi ne Razorpay live key_secret Slack DM mein bheja tha: ⟦s⟧
- Maine usse server ke env mein daal diya, par key rotate karni padegi kyunki chat mein aa gayi.
- Webhook test pass ho gaya.
""", s=rs(24))

I("hiLatn-conv", """
user: meri train ka PNR status check karo, ⟦p⟧
assistant: 12301 Howrah Rajdhani, 3A, status CNF, coach B2 berth 45. Departure 16:50 New Delhi se.
user: aur pincode wahan ka?
assistant: Howrah station area ka PIN code 711101 hai.
user: ok, cab book kar dena 15:30 ka
assistant: Uber scheduled: 15:30 pickup, Lajpat Nagar se New Delhi station.
""", p=nz(10))

I("hiLatn-mem", """
session summary (Neha)
- Neha apna password aur OTP khud daalti hai, main kuch save nahi karta.
- Flipkart order id OD⟦o⟧, delivery Friday tak.
- Jio customer care: 198 (free).
""", o=dg(18))

I("hiLatn-trace", """
thought: build fail ho raha hai "token limit exceeded" pe — ye LLM tokens ki baat hai, koi API key issue nahi.
tool_call: shell.run {"cmd": "grep -n max_tokens config/llm.yaml"}
tool_result: 12:  max_tokens: 16384
thought: isko 8192 karna hai.
""")


# =====================================================================================
# ARABIZI (Arabic in Latin script)
# =====================================================================================
S("arLatn-conv", """
user: el password beta3 el wifi ⟦s⟧, wasselo 3al laptop
assistant: Tamam, it connected to "Beit_Khoury_5G".
user: merci habibi
assistant: 3afwan! Also the printer "HP-Salon" is on the same network now.
user: tayyeb, print el fatoura
assistant: Printed, 2 pages.
""", s="Beirut" + dg(4) + "!")

S("arLatn-mem", """
memory – shalet el 3ayle bel Batroun
- code el bawabe: ⟦s⟧
- el nator Abu Elie 3endo nus5a men el miftah
""", s=dg(4))


I("arLatn-mem", """
session summary (Tante Rima)
- hiye betfout el password w el code la7ala, ana ma b5azzen shi.
- ra2am el fatoura taba3 el kahraba: 04-118-7720 (mish sirri).
""")


# =====================================================================================
# RUSSIAN (translit)
# =====================================================================================
S("ruLatn-conv", """
user: privet, parol ot routera ⟦s⟧, pomeni imya seti
assistant: Gotovo, set' teper' nazyvaetsya "Kvartira_42".
user: spasibo
assistant: I gostevaya set' "Kvartira_42_Guest" tozhe vklyuchena, parol' ot neyo ty zadash' sam v prilozhenii.
user: ok
assistant: Router perezagruzhen, vse ustroystva podklyuchilis'.
""", s="Matryoshka" + dg(3))

S("ruLatn-corr", """
user: kod ot domofona ⟦w⟧, otprav' kur'eru
assistant: Otpravlyayu?
user: stop, ne tot, pravilnyi ⟦s⟧
assistant: Otpravil kur'eru novyi kod.
user: i skazhi chto 7 etazh
assistant: Dobavil: "kvartira 71, 7 etazh, lift rabotaet".
""", s=dg(3) + "K", w=dg(3) + "B")


I("ruLatn-mem", """
summary proshlyh sessiy (Igor')
- Igor' sam vvodit parol' i kody iz SMS, ya nichego ne hranyu.
- Nomer dogovora s provayderom: 77-412-0088 (ne sekretnyi).
""")


# =====================================================================================
# SERBIAN (Cyrillic)
# =====================================================================================

S("sr-hand", """
Примопредаја – рачуноводство
- Господин Јовановић тражи повраћај на лични рачун: ⟦s⟧
- Износ 3.450 динара, поруџбина #4412.
""", s=f"160-{dg(13)}-{dg(2)}")


I("sr-mem", """
Резиме претходних сесија (бака Мила)
- Лозинке и кодове уноси сама; ја ништа не чувам.
- Број пошиљке Пост Експрес: ⟦t⟧.
""", t="PE" + dg(9) + "RS")


# =====================================================================================
# GEORGIAN
# =====================================================================================

S("ka-hand", """
ცვლის გადაცემა – ბუღალტერია
- ბატონი გიორგი ბერიძე ითხოვს თანხის დაბრუნებას პირად ანგარიშზე: ⟦s⟧
- თანხა 120 ლარი, შეკვეთა #7712.
""", s=IBAN("GE"))


I("ka-mem", """
წინა სესიების შეჯამება (ნინო)
- პაროლებს და კოდებს თვითონ შეიყვანს; მე არაფერს ვინახავ.
- ამანათის ნომერი: ⟦t⟧.
""", t=s10("GE"))


# =====================================================================================
# ARMENIAN
# =====================================================================================
S("hy-conv", """
Օգտատեր: Wi-Fi-ի գաղտնաբառն է ⟦s⟧, միացրու հեռուստացույցը
Օգնական: Միացված է «Ararat_Home» ցանցին։
Օգտատեր: շնորհակալություն
Օգնական: Netflix-ը և YouTube-ը աշխատում են։
Օգտատեր: իսկ երեխաների ռեժիմը՞
Օգնական: Միացրի, օրական 2 ժամ։
""", s="Yerevan" + dg(4) + "#")

S("hy-mem", """
Հիշողություն – Արամի բնակարան
- Մուտքի դռան կոդը՝ ⟦s⟧
- Աղբը տանում են երեքշաբթի
""", s=dg(4))


I("hy-mem", """
Նախորդ սեսիաների ամփոփում (Անահիտ տատիկ)
- Գաղտնաբառերը և կոդերը ինքն է մուտքագրում, ես ոչինչ չեմ պահում։
- Հայփոստի առաքման համար՝ ⟦t⟧։
""", t=s10("AM"))


# =====================================================================================
# MALAY
# =====================================================================================

S("ms-hand", """
Serahan syif – kewangan
- Encik Azman minta bayaran balik ke akaun peribadi: Maybank ⟦s⟧
- Jumlah RM 245.00, pesanan #5512.
""", s=nz(12))


I("ms-mem", """
Ringkasan sesi terdahulu (Mak Cik Siti)
- Dia sendiri masukkan kata laluan dan TAC; saya tidak simpan apa-apa.
- Nombor tracking Pos Laju: ⟦t⟧.
""", t=s10("MY"))


# =====================================================================================
# CODE-SWITCHING (mixed languages in one record)
# =====================================================================================
S("mix-conv", """
user: kannst du mal den deploy checken? the staging DB password changed, neues PW ist ⟦s⟧
assistant: Alles klar, ich aktualisiere das Secret in Kubernetes (namespace staging).
tool_call: kubectl.create_secret {"name": "db", "namespace": "staging", "from_literal": "password=⟦s⟧", "dry_run": false}
tool_result: secret/db configured
assistant: Pods werden neu gestartet… all 3 replicas healthy.
user: nice, danke. and please don't put it in the runbook
assistant: Klar, im Runbook steht nur "siehe Vault: staging/db".
""", s=pw(16, AN))

S("mix-corr", """
user: oye, the code for the storage unit es ⟦w⟧
assistant: Got it, I'll send it to the movers.
user: espera, no — me equivoqué, es ⟦s⟧
assistant: Sent the corrected code to the movers (Two Men and a Truck), llegan a las 9.
user: perfecto. y recuérdame cancelar el storage a fin de mes
assistant: Reminder set for Dec 30: "cancelar CubeSmart unit 214".
""", s=dg(5), w=dg(5))

S("mix-hand", """
Handover (FR/EN): le client Karim a envoyé sa carte pour le paiement récurrent — card ⟦s⟧, exp ⟦e⟧.
Il n'a PAS donné le CVV. We need to re-send the secure payment link instead of keeping this number in the ticket.
Merci de supprimer ce message du ticket après.
""", s=g(mastercard()), e=expiry())

I("mix-conv", """
user: yaar the invoice from the Berlin client — kya details hain?
assistant: Kundenname: Nordlicht Media GmbH, USt-IdNr. DE⟦u⟧, Rechnungsnr. 2026-118, amount €3.400,00.
assistant: Their IBAN is only on the PDF as DE** **** **** **** **58 00 (masked). Payment terms: 14 Tage netto.
user: theek hai, send reminder on Monday
assistant: Reminder draft (Deutsch): "Freundliche Erinnerung an Rechnung 2026-118, fällig am 14.12." — scheduled Mon 09:00 CET.
user: perfect
""", u=nz(9))

I("mix-mem", """
memory (ES/EN) – Lucía's preferences
- Never store contraseñas or códigos; she types them herself.
- Her flight: localizador ⟦p⟧, IB3171 MAD→LHR, 18 Dec, seat 23C.
- Prefers replies en español, technical stuff in English.
""", p=pnr())

I("mix-trace", """
thought: le build échoue sur "Invalid token" — actually it's a JSON parse error (unexpected token '<' at position 0), pas un problème d'authentification.
tool_call: shell.run {"cmd": "curl -s https://api.boutique-lune.fr/v1/products | head -c 80"}
tool_result: <!DOCTYPE html><html><head><title>502 Bad Gateway</title>
thought: l'API renvoie du HTML; le reverse proxy est down.
""")


# =====================================================================================
# MORE SECRETS IN VARIED FRAMINGS (OCR output, tool-call JSON, memory, later reference, corrections)
# =====================================================================================
S("it-trace", """
pensiero: l'utente ha caricato la foto della tessera sanitaria per l'iscrizione in palestra; estraggo i dati.
tool_call: ocr.extract {"file": "uploads/tessera_sanitaria_fronte.jpg", "lang": "ita"}
tool_result:
  TESSERA SANITARIA — Ministero dell'Economia e delle Finanze
  Codice fiscale ⟦s⟧
  Cognome ROSSETTI  Nome CHIARA  Data scadenza 14/03/2031
pensiero: mi serve solo nome e data di nascita per il modulo; non salvo il codice fiscale nel profilo.
tool_call: forms.fill {"form": "iscrizione-virgin-active", "nome": "Chiara Rossetti"}
tool_result: ok
""", s=it_cf("RSS", "CHR", True))

_nl_bsn = nl_bsn()
S("nl-later", """
user: ik stap over naar Zilveren Kruis, ze willen mijn BSN: ⟦s⟧
assistant: Ingevuld. Basisverzekering + aanvullend tand 250, eigen risico € 385. Ingangsdatum 1 januari.
user: top. kun je ook de aanmelding bij de huisarts in Utrecht regelen?
assistant: Huisartsenpraktijk Lombok neemt nieuwe patiënten aan. Het formulier vraagt weer naar je BSN.
user: gebruik hetzelfde nummer als bij de verzekering
assistant: Gedaan, het inschrijfformulier is verstuurd. Bevestiging komt per mail binnen 5 werkdagen.
""", s=_nl_bsn)

_pes = pl_pesel()
while _pes[9] == _pes[10]:
    _pes = pl_pesel()
S("pl-corr", """
user: zarejestruj mnie na szczepienie przeciw grypie, PESEL ⟦w⟧
assistant: System pacjent.gov.pl zwraca błąd: "nieprawidłowy numer PESEL".
user: sorry, przestawiłam dwie cyfry na końcu: ⟦s⟧
assistant: Teraz przeszło. Termin: środa 15:20, przychodnia Medicover, ul. Grzybowska 4.
user: super, dzięki
assistant: Przypomnienie ustawione na wtorek wieczorem.
""", s=_pes, w=_pes[:9] + _pes[10] + _pes[9])

S("cs-mem", """
Paměť – rodina Králových (aktualizováno 1. 12.)
- Dcera Anička (7 let), škola ZŠ Lupáčova, třídní paní Nováková.
- Rodné číslo Aničky (rodiče chtěli, abych ho měl po ruce kvůli přihláškám na kroužky): ⟦s⟧
- Kroužek keramiky: středa 15:00, platba 1 800 Kč za pololetí.
- Alergie: ořechy (EpiPen v batohu).
""", s=cz_rc())

_se = se_pnr()
S("sv-trace", """
tanke: användaren vill boka vaccination för sin pappa; formuläret hos Kry kräver personnummer.
tool_call: kry.book_appointment
{"patient": {"name": "Lennart Åberg", "personnummer": "⟦s⟧"}, "type": "influensavaccin", "clinic": "Kry Vårdcentral Liljeholmen", "slot": "2026-12-11T09:40"}
tool_result: {"status": "booked", "booking_ref": "KRY-7H2M-91QX"}
tanke: bekräftelsen skickas till Lennarts telefon; jag sparar inte personnumret.
""", s=_se)

S("da-hand", """
Overlevering – lønagent → aftenagent
- Ny medarbejder i butikken: Freja Nielsen, starter 2. januar.
- CPR-nummer til lønsystemet (Danløn): ⟦s⟧ — skal indtastes i morgen, slet derefter denne note.
- Skattekort hentes automatisk fra SKAT, når CPR er oprettet.
- Hun ønsker løn til NemKonto (ingen kontonummer nødvendigt).
""", s=dk_cpr())

_het = fi_hetu()
S("fi-later", """
user: tee mulle ajanvaraus hammaslääkärille Terveystaloon, hetu on ⟦s⟧
assistant: Varattu: ti 15.12. klo 8.30, hammaslääkäri Laine, Terveystalo Kamppi.
user: kiitos. voitko samalla varata lapselle ajan?
assistant: Lapselle tarvitaan hänen oma henkilötunnuksensa, ei sinun.
user: ai niin, kysyn vaimolta
assistant: Selvä, odotan. Sinun varauksesi vahvistus tuli sähköpostiin.
""", s=_het)

S("hu-trace", """
gondolat: a felhasználó lefotózta a TAJ-kártyáját a gyógyszertári hűségprogramhoz; kinyerem az adatokat.
tool_call: ocr.extract {"file": "feltoltes/taj_kartya.jpg"}
tool_result:
  TÁRSADALOMBIZTOSÍTÁSI AZONOSÍTÓ JEL
  ⟦s⟧
  NAGY ESZTER  szül. 1988.04.12
gondolat: a hűségprogramhoz nem kell TAJ szám; csak a nevet és születési dátumot használom, a képet törlöm.
""", s=hu_taj())

_cnp = ro_cnp()
S("ro-corr", """
user: fă-mi programare la ANAF pentru certificatul fiscal, CNP ⟦w⟧
assistant: Formularul spune "CNP invalid".
user: scuze, am greșit o cifră, e ⟦s⟧
assistant: Acum e valid. Programare: joi, ora 10:30, ANAF sector 3.
user: trebuie să duc ceva?
assistant: Buletinul și, dacă e pentru firmă, împuternicirea.
""", s=_cnp, w=_cnp[:5] + str((int(_cnp[5]) + 3) % 10) + _cnp[6:])

S("el-trace", """
σκέψη: ο χρήστης ζήτησε ραντεβού για αιμοληψία· η πλατφόρμα του νοσοκομείου θέλει ΑΜΚΑ.
tool_call: hospital.book {"hospital": "Ευαγγελισμός", "department": "Αιμοδοσία", "patient": {"name": "Δημήτρης Λάμπρου", "amka": "⟦s⟧"}, "date": "2026-12-14"}
tool_result: {"status": "ok", "appointment": "08:20", "ref": "EVG-44812"}
σκέψη: κλείστηκε. Στέλνω στον χρήστη μόνο ώρα και αριθμό αναφοράς.
""", s=gr_amka())

S("uk-mem", """
Пам'ять — родина Бондаренків (оновлено 29.11)
- Для оформлення пільг пані Оксана просила пам'ятати РНОКПП її мами: ⟦s⟧
- Мама: Галина Петрівна, 78 років, живе в Житомирі.
- Аптека «Подорожник» на Київській, рецепти щомісяця 5-го числа.
""", s=ua_rnokpp())

S("he-trace", """
מחשבה: המשתמש ביקש טיוטת מייל לרואה החשבון עם הפרטים לדוח השנתי.
tool_call: email.draft {"to": "office@cpa-levi.co.il", "subject": "דוח שנתי 2026 – נועה כהן", "body": "שלום אבי,\\nמצרפת את טופסי 106. מספר ת.ז. שלי: ⟦s⟧. בן הזוג: יוסי כהן.\\nתודה, נועה"}
tool_result: draft saved (id 7781)
מחשבה: הטיוטה מוכנה; המשתמשת תשלח בעצמה.
""", s=il_id())

_mel = ir_melli()
S("fa-later", """
کاربر: برای ثبت‌نام دانشگاه آزاد کد ملی‌ام را وارد کن: ⟦s⟧
دستیار: ثبت شد. رشته مهندسی کامپیوتر، واحد تهران شمال.
کاربر: برای سامانه سجاد هم همان کد را بزن
دستیار: در سامانه سجاد هم با همان کد ملی پیش‌ثبت‌نام انجام شد.
کاربر: ممنون
دستیار: کد رهگیری هر دو سامانه در پوشه «ثبت‌نام» ذخیره شد.
""", s=_mel)

_aad = in_aadhaar()
S("ta-trace", """
சிந்தனை: பயனர் "ஸ்கேன் செய்த ஆவணங்களை ஒழுங்குபடுத்து" என்று கேட்டார்.
tool_call: fs.list {"path": "~/Documents/Scans"}
tool_result:
  aadhaar_⟦f⟧_front.pdf
  ration_card_2024.pdf
  electricity_bill_nov.pdf
சிந்தனை: கோப்புப் பெயரிலேயே ஆதார் எண் உள்ளது; "aadhaar_front.pdf" என மறுபெயரிட பரிந்துரைக்கிறேன்.
""", s=_aad.replace(" ", ""), f=_aad.replace(" ", ""))

_cn = pk_cnic()
S("ur-corr", """
صارف: نادرا کی ویب سائٹ پر فیملی رجسٹریشن سرٹیفکیٹ کے لیے میرا شناختی کارڈ نمبر ڈالو: ⟦w⟧
معاون: ویب سائٹ کہہ رہی ہے "نمبر درست نہیں"۔
صارف: معاف کرنا، درمیان والے حصے میں ایک ہندسہ کم لکھا تھا۔ پورا یہ ہے: ⟦s⟧
معاون: اب درست ہے۔ فیس ۵۰۰ روپے، آن لائن ادائیگی کا لنک تیار ہے۔
صارف: ٹھیک ہے، میں خود ادائیگی کر دیتا ہوں
معاون: ادائیگی کے بعد سرٹیفکیٹ ای میل پر آ جائے گا۔
""", s=_cn, w=_cn[:7] + _cn[8:])

S("th-hand", """
ส่งต่องาน – เอเจนต์ฝ่ายบุคคล → เอเจนต์เงินเดือน
- พนักงานใหม่: นางสาวพิมพ์ชนก ศรีสุข เริ่มงาน 4 ม.ค.
- เลขบัตรประชาชนสำหรับขึ้นทะเบียนประกันสังคม: ⟦s⟧
- ต้องยื่น สปส.1-03 ภายใน 30 วัน หลังยื่นแล้วให้ลบบันทึกนี้
""", s=th_id())

S("vi-trace", """
suy nghĩ: người dùng gửi ảnh CCCD để đăng ký sim chính chủ; trích xuất thông tin.
tool_call: ocr.extract {"file": "uploads/cccd_mat_truoc.jpg"}
tool_result:
  CĂN CƯỚC CÔNG DÂN — Số / No.: ⟦s⟧
  Họ và tên: TRẦN THỊ MAI  Ngày sinh: 12/05/1994
suy nghĩ: điền vào form của Viettel rồi xoá ảnh khỏi thư mục tải lên.
tool_call: viettel.update_subscriber {"msisdn": "0987 412 330", "id_number": "⟦s⟧"}
tool_result: {"status": "verified"}
""", s=vn_cccd())

_nik = id_nik()
S("id-later", """
user: daftarin aku vaksin booster di PeduliSehat, NIK ⟦s⟧
assistant: Sudah terdaftar: Sabtu 09:00, Puskesmas Menteng.
user: sekalian daftarin juga ke program Prakerja ya
assistant: Prakerja perlu NIK yang sama dan nomor KK. Nomor KK-nya berapa?
user: pakai NIK tadi aja dulu, KK nanti aku kirim
assistant: Oke, draf pendaftaran Prakerja tersimpan dengan NIK tadi; tinggal nomor KK.
""", s=_nik)

S("ca-trace", """
pensament: l'usuari vol que ompli la inscripció a la Marató de Barcelona.
tool_call: forms.fill {"form": "zurichmaratobarcelona-2027", "nom": "Pau Serra Vidal", "dni": "⟦s⟧", "data_naixement": "1991-06-23", "talla_samarreta": "M"}
tool_result: inscripció pendent de pagament (79 €)
pensament: deixo el pagament perquè el faci ell; no guardo el DNI a la memòria.
""", s=es_dni())

_ic = my_ic()
S("ms-corr", """
user: daftar akaun KWSP i-Akaun untuk saya, MyKad ⟦w⟧
assistant: Sistem kata nombor MyKad tidak sah.
user: alamak, kod negeri salah. Yang betul ⟦s⟧
assistant: Berjaya. Kod pengaktifan i-Akaun akan dihantar melalui SMS.
user: ok nanti saya masukkan sendiri
assistant: Baik, saya berhenti di skrin pengaktifan.
""", s=_ic, w=_ic[:7] + "99" + _ic[9:])

S("ka-mem", """
მეხსიერება – ოჯახი ბერიძე (განახლდა 30.11)
- ნინოს პირადი ნომერი (სკოლის რეგისტრაციისთვის): ⟦s⟧
- სკოლა: 51-ე საჯარო სკოლა, ვაკე
- ცეკვის წრე: სამშაბათი და ხუთშაბათი 17:00
""", s="01" + dg(9))

S("sr-trace", """
мисао: корисник тражи да попуним захтев за нову личну карту на порталу еУправа.
tool_call: euprava.zakazi_termin {"usluga": "licna-karta", "ime": "Милош Петровић", "jmbg": "⟦s⟧", "pu": "ПУ за град Београд"}
tool_result: {"termin": "2026-12-16T10:15", "salter": 4}
мисао: термин заказан; кориснику шаљем само датум и шалтер.
""", s=rs_jmbg())


# =====================================================================================
# MORE INNOCENT LOOK-ALIKES (varied situations)
# =====================================================================================
I("it-conv", """
Utente: in ufficio vogliono una nuova policy per le password, mi aiuti a scriverla?
Assistente: Certo. Proposta: minimo 14 caratteri, niente scadenza forzata, blocco dopo 10 tentativi, 2FA obbligatoria.
Utente: e il PIN del badge?
Assistente: Il "PIN" del badge è solo il numero stampato sul retro (es. 000418), serve a identificare la tessera, non è un segreto.
Utente: ok, mettilo come nota
Assistente: Bozza salvata in Documenti/Policy/password-policy-v1.docx.
""")

I("nl-conv", """
user: kun je de uitnodiging voor de ALV versturen?
assistant: Teams-vergadering donderdag 19:30. Vergadering-ID: 382 114 907 553, geen wachtwoord ingesteld (openbare vergadering).
assistant: Inbellen: +31 20 794 8456, conferentie-ID 614 228 903#.
user: zet er ook het agendapunt over de kascommissie bij
assistant: Toegevoegd als punt 4. Uitnodiging verstuurd naar 86 leden.
user: top
""")

I("pl-conv", """
user: kup mi bilet na pociąg do Krakowa na piątek rano
assistant: PKP Intercity EIC 1504, Warszawa Centralna 07:05 → Kraków Główny 09:29, wagon 7, miejsce 45 (okno).
assistant: Numer biletu: eIC⟦n⟧, cena 169 zł. Kod QR jest w aplikacji.
user: a powrót w niedzielę?
assistant: EIC 5111 o 18:50, wagon 4, miejsce 22. Numer biletu eIC⟦m⟧.
user: dzięki
""", n=dg(11), m=dg(11))

I("cs-trace", """
tool_call: shell.run {"cmd": "gh run view --log-failed | tail -5"}
tool_result:
test  Run pytest  FAILED tests/test_auth.py::test_token_refresh - AssertionError
test  Run pytest  commit=⟦c⟧ run_id=⟦r⟧
myšlenka: test selhává na obnově tokenu; jde o chybu v mocku času, ne o únik tajemství.
tool_call: shell.run {"cmd": "git log -1 --format=%H ⟦c⟧"}
tool_result: ⟦c⟧
""", c=sha(40), r=nz(11))

I("et-conv", """
Kasutaja: ID-kaardi sertifikaat aegub, mida teha?
Assistent: Sinu isikutuvastuse sertifikaadi seerianumber on ⟦s⟧, kehtib kuni 12.01.2027.
Assistent: Uuendamine käib DigiDoc4 rakenduses; vaja on PIN1 ja PIN2, mille sisestad ise.
Kasutaja: aga PUK?
Assistent: PUK on ümbrikus koos kaardiga; seda on vaja ainult siis, kui PIN lukustub. Ära seda mulle saada.
Kasutaja: selge, teen ise
""", s=hx(32).upper())

I("hu-conv", """
Felhasználó: használt autót vennék, nézd meg az adatait
Asszisztens: Skoda Octavia 2019, rendszám: AEB-412, alvázszám (VIN): ⟦v⟧.
Asszisztens: A JSZP szerint 98 400 km, műszaki érvényes 2027.05.-ig, nincs körözés.
Felhasználó: a forgalmi száma kell?
Asszisztens: A forgalmi engedély száma (pl. AB 123456) csak az átíráshoz kell, az eladó hozza.
Felhasználó: oké, kérj egy időpontot megtekintésre
""", v=vin())

I("ro-conv", """
user: uită-te pe extrasul de cont din noiembrie, e ceva ciudat?
assistant: Card Visa **** **** **** ⟦l⟧: 47 tranzacții, total 6.218,40 lei.
assistant: O plată nerecunoscută: "GOOGLE *YouTube Premium" 32,99 lei pe 14.11 — pare abonamentul familiei.
user: a, da, e al fiului meu
assistant: Atunci totul e în regulă. Referința extrasului: EXT-2026-11-⟦r⟧.
user: mersi
""", l=dg(4), r=dg(6))

I("el-conv", """
Χρήστης: γράψε οδηγίες εγκατάστασης για το README
Βοηθός: Πρόταση:
Βοηθός: 1) Αντιγράψτε το .env.example σε .env  2) Βάλτε το δικό σας κλειδί: API_KEY=<το-κλειδί-σας>
Βοηθός: 3) Μην ανεβάζετε ποτέ το .env στο git· το .gitignore το εξαιρεί ήδη.
Χρήστης: βάλε και παράδειγμα με token
Βοηθός: Προστέθηκε: export GITHUB_TOKEN="ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" (placeholder).
""")

I("he-conv", """
משתמש: תנעץ את ההודעה עם הכתובת בקבוצה של הוועד
עוזר: נעצתי (PIN) את ההודעה "אסיפת דיירים, רחוב ביאליק 12, יום ג' 20:00".
משתמש: ותשלח את הטלפון של המנקה לכולם
עוזר: נשלח: אורית – 052-7714-388.
משתמש: וגם את מיקום הסיכה במפה
עוזר: שלחתי סיכה ב-Google Maps: 32.0853, 34.7818.
""")

I("fa-conv", """
کاربر: این دو کتاب را در کتابخانه ملی پیدا کن
دستیار: «سووشون» سیمین دانشور، شابک 978-964-6194-70-4، شماره راهنما PIR7944.
دستیار: «کلیدر» محمود دولت‌آبادی، شابک 978-964-351-001-3، جلد اول موجود است.
کاربر: امانت می‌دهند؟
دستیار: فقط مطالعه در محل؛ ساعت کار ۸ تا ۱۸.
کاربر: ممنون
""")

I("vi-conv", """
user: có mã giảm giá nào cho đơn Tiki không?
assistant: Mã công khai đang chạy: TIKI12THANG12 (giảm 50.000 đ cho đơn từ 500.000 đ).
assistant: Đã áp dụng cho đơn ⟦o⟧, tổng còn 612.000 đ.
user: còn mã freeship?
assistant: FREESHIPXTRA đã được áp dụng tự động.
user: ok đặt luôn
""", o=nz(9))

I("id-conv", """
user: cek booking hotel di Jogja
assistant: Kode booking Traveloka ⟦b⟧, Hotel Tentrem, 24–26 Des, Deluxe King, sudah dibayar.
assistant: Penerbangan GA 208 CGK→YIA 24 Des 07:30, kode booking ⟦p⟧, kursi 21A.
user: check-in jam berapa?
assistant: Check-in hotel jam 14:00; saya sudah minta early check-in.
user: mantap
""", b=nz(10), p=pnr())

I("ca-conv", """
Usuari: el meu fill té deures: comprovar si 4539 1488 0343 6467 passa l'algorisme de Luhn
Assistent: És un número d'exemple de llibre de text; fem-ho: la suma ponderada dona 80, múltiple de 10, per tant sí que passa.
Usuari: és una targeta real?
Assistent: No, és un exemple dels generadors de proves; no pertany a ningú.
Usuari: i 1234 5678 9012 3456?
Assistent: Aquesta no passa (suma 64).
""")

I("sr-conv", """
Корисник: да ли је заказан преглед код кардиолога?
Асистент: Да, Клинички центар Србије, 18. децембар у 11:40. Број упута: ⟦u⟧.
Асистент: Телефон за отказивање: 011 366 2222.
Корисник: шта да понесем?
Асистент: Здравствену књижицу, упут и претходне налазе ЕКГ-а.
Корисник: хвала
""", u=dg(10))

I("ka-conv", """
მომხმარებელი: კრიპტოს მისაღებად რომელი მისამართი მივცე ძმას?
ასისტენტი: შენი ETH მისაღები მისამართი: 0x⟦a⟧ — ამის გაზიარება უსაფრთხოა.
მომხმარებელი: და seed phrase?
ასისტენტი: არასოდეს გაუზიარო არავის, მეც არ მომწერო.
მომხმარებელი: გასაგებია
ასისტენტი: როცა გადმორიცხავს, ტრანზაქციის ჰეშს გაჩვენებ.
""", a=sha(40))

I("hy-trace", """
tool_call: shell.run {"cmd": "gh run list --limit 3"}
tool_result:
completed  success  fix: token expiry check  main  ⟦a⟧  2m14s
completed  failure  feat: password reset flow  feat/reset  ⟦b⟧  1m02s
մտածում: ձախողումը password reset ճյուղում է, commit ⟦c⟧; լոգում գաղտնի արժեքներ չկան։
""", a=nz(11), b=nz(11), c=sha(7))

I("ms-conv", """
user: kenapa chatbot kedai saya potong jawapan panjang?
assistant: Had max_tokens ditetapkan 512. Satu token lebih kurang ¾ perkataan Inggeris, jadi jawapan dipotong sekitar 380 perkataan.
user: naikkan ke 1500
assistant: Dikemas kini dalam config.yaml; kos purata setiap perbualan naik ~RM0.02.
user: ok tak apa
assistant: Saya uji dengan soalan "polisi pemulangan" — jawapan kini lengkap.
""")

I("ar-conv", """
المستخدم: الضيوف يسألون عن الواي فاي في الشقة
المساعد: اسم الشبكة: Shaqqa_Guest_5G، الراوتر TP-Link Archer C6.
المساعد: كلمة المرور مكتوبة على البطاقة داخل درج المدخل، ولم أضعها في الرسالة.
المستخدم: تمام، وأرسل لهم رقم الصيانة
المساعد: أرسلت: أبو محمد – 0555 214 880، من ٩ صباحًا إلى ٩ مساءً.
المستخدم: شكرًا
""")

I("tr-conv", """
Kullanıcı: dokümantasyona API anahtarı örneği koymam lazım
Asistan: Gerçek anahtar yerine şöyle yaz: export ODEME_API_ANAHTARI="<API_ANAHTARINIZ>"
Asistan: İstersen curl örneği: curl -H "Authorization: Bearer $ODEME_API_ANAHTARI" https://api.ornek.com.tr/v1/odemeler
Kullanıcı: test anahtarı örneği?
Asistan: "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx" gibi açıkça sahte bir değer kullan.
Kullanıcı: tamam, ekledim
""")

I("zhHant-conv", """
使用者：幫我對一下9-10月的統一發票有沒有中獎
助理：特別獎號碼 ⟦a⟧，特獎 ⟦b⟧，頭獎 ⟦c⟧。
助理：你的載具裡有 42 張發票，其中 XY-⟦d⟧ 末三碼與頭獎相同，中 200 元。
使用者：太好了，怎麼領？
助理：雲端發票中獎會自動匯入你設定的帳戶，不用到超商領。
使用者：讚
""", a=dg(8), b=dg(8), c=dg(8), d=dg(8))

I("bn-conv", """
ব্যবহারকারী: মায়ের নম্বরে ১০০ টাকা রিচার্জ করে দাও
সহকারী: গ্রামীণফোন 01711-482930 নম্বরে ৳১০০ রিচার্জ সম্পন্ন।
সহকারী: ট্রানজেকশন আইডি: ⟦t⟧
ব্যবহারকারী: আর আমার ইন্টারনেট প্যাক?
সহকারী: ৩০ দিনের ২০ জিবি প্যাক (৳৪৯৯) চালু হয়েছে।
ব্যবহারকারী: ধন্যবাদ
""", t=rs(10, UP + DIG))

I("tl-conv", """
User: nabayaran na ba ako ni Aling Nena para sa leche flan?
Assistant: Oo, natanggap mo ang ₱1,250 sa GCash kahapon 6:42 PM.
Assistant: Ref No. ⟦r⟧ — ito ang reference ng transaksyon, hindi ito code na kailangan itago.
User: salamat! pakisend sa kanya ang resibo
Assistant: Naipadala ko na ang screenshot ng resibo sa Messenger.
User: ayos
""", r=dg(13))

I("ruLatn-trace", """
tool_call: shell.run {"cmd": "docker images --digests | grep magazin-api"}
tool_result: ghcr.io/kotik/magazin-api  v2.3.0  sha256:⟦d⟧  ⟦i⟧  3 days ago  212MB
mysl': obraz tot zhe, chto i v prode; oshibka "token expired" — eto JWT polzovatelya, a ne klyuch.
tool_call: shell.run {"cmd": "kubectl rollout history deploy/magazin-api | tail -2"}
tool_result: 14  image=v2.3.0
""", d=sha(64), i=sha(12))

I("arLatn-conv", """
user: ma fi 7ada bi2akkedle el 7ajez taba3 el tayyara?
assistant: Middle East Airlines ME 212, BEY → CDG, 20 Dec 08:10. Booking ref ⟦p⟧, seat 14C.
assistant: E-ticket 076-⟦e⟧.
user: w el shanta?
assistant: 2 × 23 kg included.
user: yislamo
""", p=pnr(), e=dg(10))

I("pl-mem", """
Pamięć – projekt "sklep-kowalski" (podsumowanie sesji)
- Repo: gitlab.com/kowalski/sklep, gałąź produkcyjna main, ostatni deploy z commita ⟦c⟧.
- Baza: PostgreSQL 16 na db.sklep-kowalski.pl (hasło trzyma właściciel w Bitwardenie, nie tutaj).
- ID zamówienia testowego: ⟦u⟧ (można usuwać).
- Lekcja: crontab z hasłem przeniesiony do ~/.pgpass – nie wracać do starego sposobu.
""", c=sha(40), u=uid())

I("tr-mem", """
Hafıza – Emre'nin tercihleri
- Kahve: sade Türk kahvesi, şekersiz. Öğle yemeği siparişlerinde acı yok.
- Kargo adresi: Moda Cad. No: 41 D:3, 34710 Kadıköy/İstanbul.
- Telefon: +90 532 418 77 21 (iş), abonelikler için e-posta: emre@atolyeemre.com.tr
""")

I("ar-mem", """
ذاكرة – رحلة عائلة الشمري (ديسمبر)
- رحلة الذهاب: SV 1023 الرياض → أبها، ٢٠ ديسمبر ١٠:١٥، رقم الحجز ⟦p⟧.
- الفندق: منتجع السودة، تأكيد رقم ⟦h⟧، ٣ ليالٍ.
- الأطفال يحتاجون مقاعد بجانب النافذة.
""", p=pnr(), h=nz(9))

I("ta-mem", """
நினைவகம் – வீட்டு நெட்வொர்க் (கார்த்திக்)
- ரவுட்டர்: 192.168.1.1, SSID "Karthik_Home", MAC 7C:8B:CA:12:9F:04.
- டிவி: 192.168.1.23, பிரிண்டர்: 192.168.1.40.
- கடவுச்சொல் குறிப்பில் இல்லை; அவர் தானே உள்ளிடுவார்.
""")

I("ko-mem", """
메모리 – 지훈 님 차량 정보
- 차량: 아반떼 CN7 2022, 번호판 123가 4567, 차대번호 ⟦v⟧
- 엔진오일 교환: 2026-09-14 (주행 38,200km), 다음 교환 48,000km
- 보험: 현대해상, 증권번호 ⟦p⟧ (갱신 3월)
""", v=vin(), p=dg(12))

I("th-mem", """
ความจำ – ยาของคุณพ่อ (อัปเดต 1 ธ.ค.)
- Amlodipine 5 mg เช้า 1 เม็ด, Metformin 500 mg หลังอาหารเช้า-เย็น
- ร้านยา: ร้านยาเภสัชกรรม สาขาอารีย์ โทร 02-279-4412
- นัดหมอครั้งต่อไป: 8 ม.ค. 09:30 เลขที่นัด A-⟦n⟧
""", n=dg(6))

I("id-mem", """
Memori – langganan bulanan (Rina)
- Netflix Premium Rp 186.000 – kartu berakhiran 4417 (BCA)
- Spotify Family Rp 86.900 – GoPay
- IndiHome ID pelanggan 1222 0418 8812 (bukan rahasia, untuk komplain)
""")

I("sw-mem", """
Kumbukumbu – mradi wa shamba (Bw. Mwangi)
- Mbegu: mahindi DK 777, kilo 25 kwa ekari 2; mbolea DAP mifuko 4.
- Msambazaji: Kilimo Bora Ltd, simu 0722 418 330, Till number 884120 (ya umma).
- Mavuno yanatarajiwa Machi; bei ya soko Nakuru KSh 4,200 kwa gunia.
""")

I("ro-mem", """
Memorie – lecții învățate (agent de suport)
- Când clienții spun "nu merge tokenul", de obicei e vorba de jetonul de la spălătorie, nu de ceva IT.
- Nu cerem niciodată parola; resetarea se face prin link.
- ID-ul ticketului de referință pentru această problemă: ⟦u⟧.
""", u=uid())

I("el-mem", """
Μνήμη – προτιμήσεις Κατερίνας
- Ταξίδι Θεσσαλονίκη: Aegean A3 120, κωδικός κράτησης ⟦p⟧, θέση 3F.
- Ξενοδοχείο Electra Palace, αριθμός επιβεβαίωσης ⟦h⟧.
- Προτιμά παράθυρο και χορτοφαγικό γεύμα.
""", p=pnr(), h=nz(8))


# =====================================================================================
# INNOCENT corrections / splits / later references (the pattern of the secret records, no secret)
# =====================================================================================
_trk = s10("GB")
I("en-corr", """
user: can you chase the Royal Mail parcel? tracking ⟦w⟧
assistant: Royal Mail says "we don't recognise this reference".
user: sorry, last digit before GB is ⟦d⟧, I misread it
assistant: That one works: ⟦t⟧ — "Out for delivery" in Leeds LS6 since 07:48.
user: phew
assistant: I'll let you know when it's marked delivered.
""", t=_trk, w=_trk[:10] + str((int(_trk[10]) + 1) % 10) + _trk[11:], d=_trk[10])

I("en-later", """
User: my order number for the sofa is ⟦o⟧, ask them about the delivery slot
Assistant: Called DFS: delivery Thursday 8am–12pm, two-person team.
User: also ask about the footstool, same order
Assistant: It's on the same order ⟦o⟧ and arrives with the sofa.
User: and can they take the old sofa away?
Assistant: Yes, £45 collection added to order ⟦o⟧; pay the driver by card.
""", o="DF" + dg(8))

I("de-corr", """
Nutzer: Ruf bitte bei der Hausverwaltung an, meine Handynummer ist 0171 482 93⟦a⟧
Assistent: Ich trage die Nummer als Rückrufnummer ein.
Nutzer: Halt, Tippfehler – am Ende ⟦b⟧, nicht ⟦a⟧: 0171 482 93⟦b⟧
Assistent: Korrigiert. Rückruf ist für morgen zwischen 9 und 11 Uhr vorgemerkt.
Nutzer: Danke, und Betreff "Heizung Wohnung 3 OG links"
Assistent: Notiert, Vorgangsnummer HV-2026-1183.
""", a="17", b="71")

_pnr = pnr()
I("es-split", """
usuario: te paso el localizador de Vueling en dos partes que lo tengo en dos capturas: ⟦a⟧
asistente: Vale, espero la otra parte.
usuario: ⟦b⟧
asistente: Localizador ⟦p⟧: VY1283 Barcelona → Sevilla, 22/12 a las 10:05, asiento 14C.
usuario: ¿puedo facturar una maleta?
asistente: Sí, 25 € añadida; la tarjeta de embarque estará en la app 24 h antes.
""", a=_pnr[:3], b=_pnr[3:], p=_pnr)

I("ja-corr", """
ユーザー：郵便番号 150-0012 で住所を入れて
アシスタント：東京都渋谷区広尾ですね。番地はどうしますか？
ユーザー：ごめん、郵便番号まちがえた。150-0013 だった
アシスタント：修正しました：〒150-0013 東京都渋谷区恵比寿 1-20-8。
ユーザー：そう、それ
アシスタント：配送先として保存しました。
""")

I("pt-later", """
usuário: o CNPJ do fornecedor novo é ⟦c⟧, cadastra ele no sistema
assistente: Cadastrado: Papelaria Central Ltda., situação ATIVA na Receita.
usuário: emite o pedido de compra pra ele
assistente: Pedido PC-2026-0412 emitido para o CNPJ ⟦c⟧, R$ 1.870,00.
usuário: e usa o mesmo CNPJ na nota de devolução da semana passada
assistente: Feito, a nota de devolução foi corrigida com o CNPJ do fornecedor.
""", c=br_cnpj())


# =====================================================================================
# A FEW MORE REGIONS (Belgium, South Africa, Mexico, Chile, Portugal, Switzerland, Australia)
# =====================================================================================
S("fr-hand", """
Passation – agent RH (Bruxelles) → agent paie
- Nouvelle collaboratrice : Amélie Janssens, début le 4 janvier, temps partiel 4/5.
- Numéro de registre national (pour la Dimona et le secrétariat social) : ⟦s⟧
- Elle a demandé que ce numéro ne figure pas dans le canal Slack #rh ; je l'ai donc mis uniquement ici.
- À faire : déclaration Dimona avant le 3 janvier, puis supprimer ce point.
""", s=be_rrn())

S("en-conv", """
User: the car dealership in Durban needs my ID number for the finance application
Assistant: I can fill the online form for you. What's your 13-digit ID number?
User: ⟦s⟧
Assistant: Thanks. Application submitted to WesBank for the 2022 Polo Vivo, R 189,900 over 60 months.
User: how long for approval?
Assistant: Usually 24–48 hours; they'll SMS you and the dealer (Sipho at Umhlanga VW).
User: cool, let me know
""", s=za_id())

_curp = mx_curp()
S("es-corr", """
usuario: sácame la cita para el pasaporte en la SRE, mi CURP es ⟦w⟧
asistente: El sistema dice "CURP no válida".
usuario: ay, me comí una letra, es ⟦s⟧
asistente: Ahora sí. Cita: martes 15 de diciembre, 11:20, oficina de Guadalajara (Av. Alcalde 500).
usuario: ¿cuánto cuesta?
asistente: $1,730 MXN por 6 años; el pago se hace antes de la cita con la hoja de ayuda.
""", s=_curp, w=_curp[:3] + _curp[4:])

S("es-mem", """
Memoria – Javiera (Santiago)
- RUT de Javiera para boletas de honorarios y trámites en el SII: ⟦s⟧
- Isapre: Colmena; médico de cabecera Dra. Fuentes, Clínica Alemana.
- Prefiere reuniones después de las 10:00 (hora de Chile).
""", s=cl_rut())

S("pt-trace", """
pensamento: o utilizador pediu para preencher a adesão ao IRS Automático no Portal das Finanças; o formulário precisa do NIF.
tool_call: portal_financas.preencher {"servico": "irs-automatico", "nif": "⟦s⟧", "agregado": "sujeito passivo único"}
tool_result: rascunho guardado — falta autenticação com Chave Móvel Digital
pensamento: a autenticação é feita pelo utilizador; não guardo o NIF na memória.
""", s=pt_nif())

_ax = amex()
S("en-later", """
user: put the conference registration on my Amex, ⟦s⟧, exp ⟦e⟧
assistant: Registered for KubeCon EU, full pass €1,249. Receipt forwarded to expenses@northwind.io.
user: book the hotel as well
assistant: The hotel (Novotel Amsterdam City) needs a card to guarantee the room. Same Amex?
user: yes same card
assistant: Booked, 3 nights from 23 March, guaranteed with the Amex; you pay at checkout.
""", s=_ax, e=expiry())

I("en-conv", """
User: is this contractor legit? invoice says ABN ⟦a⟧
Assistant: ABN Lookup shows "Coastal Roofing Pty Ltd", active since 2019, registered for GST, postcode 4217 (Gold Coast).
User: the invoice also has a BSB and account for payment
Assistant: That's their business account on the invoice; fine to pay, but confirm by phone the first time.
User: called, all good
Assistant: Payment of $2,860 scheduled for Friday.
""", a=au_abn())

I("de-conv", """
Nutzer: Ist die Rechnung vom Schreiner aus Zürich korrekt?
Assistent: Schreinerei Baumann AG, UID ⟦u⟧ MWST, Rechnung 2026-311, CHF 3'240.00 inkl. 8.1 % MWST.
Assistent: Die UID stimmt mit dem Handelsregister des Kantons Zürich überein.
Nutzer: Zahlen per QR-Rechnung?
Assistent: Ja, die QR-Referenz ist aufgedruckt; ich habe die Zahlung auf den 20.12. terminiert.
Nutzer: Merci
""", u=ch_uid())

I("en-trace", """
tool_call: broker.export_positions {"account": "ISA", "format": "csv"}
tool_result:
isin,name,qty,price_gbp
⟦a⟧,Northwind Global Equity Acc,142.0,3.18
⟦b⟧,Vanguard FTSE All-World UCITS ETF,38.0,112.40
IE00B3RBWM25,Vanguard FTSE All-World (Dist),10.0,108.95
thought: ISINs identify funds, not the user; fine to include in the rebalancing summary.
""", a=isin("GB", "00"), b=isin("IE", "00"))

I("pl-trace", """
tool_call: biala_lista.sprawdz {"nip": "⟦n⟧", "data": "2026-12-07"}
tool_result: {"nazwa": "DRUKARNIA WISŁA SP. Z O.O.", "statusVat": "Czynny", "regon": "⟦r⟧"}
myśl: kontrahent jest czynnym podatnikiem VAT; przelew na rachunek z białej listy można zlecić.
""", n=pl_nip().replace("-", ""), r=nz(9))

I("it-hand", """
Passaggio di consegne – agente acquisti
- Nuovo fornitore: Tipografia Lunetta S.r.l., P.IVA ⟦p⟧, codice SDI KRRH6B9.
- Primo ordine ODA-2026-0912 (biglietti da visita, 1.000 pz) consegna prevista 16/12.
- Nessun dato di pagamento in questa nota: l'IBAN aziendale è nell'anagrafica del gestionale.
""", p=it_piva())

I("cs-hand", """
Předávka – agent nákupu
- Nový dodavatel: Tiskárna Vltava s.r.o., IČO ⟦i⟧, plátce DPH (DIČ CZ⟦i⟧).
- Objednávka OBJ-2026-118 (letáky A5, 5 000 ks), dodání 15. 12.
- Platební údaje jsou v ERP, sem je nepíšu.
""", i=cz_ico())

I("zhHant-mem", """
記憶 – 林小姐的工作室
- 公司：晨光設計有限公司，統一編號 ⟦u⟧（開發票用，非機密）
- 常用印刷廠：大同印刷，電話 02-2771-4418
- 發票一律開三聯式，寄到台北市大安區復興南路一段 390 號 5 樓
""", u=tw_ubn())


# =====================================================================================
# integrity checks
# =====================================================================================
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _x in SECRETS:
    assert _x.secret, _x.id
    assert _x.secret in _x.text, _x.id
for _x in SECRETS + INNOCENT:
    assert 1 <= len(_x.text.split("\n")) <= 12, _x.id
    assert "\u27e6" not in _x.text and "\u27e7" not in _x.text, _x.id
