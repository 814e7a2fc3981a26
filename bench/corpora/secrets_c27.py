"""Corpus 27 -- agent-memory records from general-purpose personal / business assistant agents.

Started: Mon Dec  7 14:40:34 UTC 2026

Totals: 213 SECRETS, 221 INNOCENT (434 records), 39 languages for the human-written parts
(English = 90 secrets / 90 innocents, about 42% / 41%).

Setting: what an agent memory system keeps from general-purpose personal / business assistant agents
(browser form filling, email, calendar, files, API calls, chat). Record kinds are mixed: user requests,
agent thoughts, tool calls with JSON arguments, tool results (web page text, emails, PDF/OCR text, CSV,
API JSON, SMS), team summaries, "lesson for next time" notes, voice transcriptions.

Counts by language (tag = last part of the id)         secrets innocent
    en  English                                            90     90
    de  German                                              6      7
    fr  French                                              6      7
    es  Spanish                                             5      6
    pt  Portuguese (Brazil)                                 5      5
    it  Italian                                             4      5
    ja  Japanese                                            4      5
    pl  Polish                                              4      5
    nl  Dutch                                               4      4
    ru  Russian                                             4      4
    zh  Chinese                                             4      4
    ar  Arabic                                              3      4
    sv  Swedish                                             3      4
    bg  Bulgarian                                           3      3
    cs  Czech                                               3      3
    da  Danish                                              3      3
    el  Greek                                               3      3
    fa  Persian                                             3      3
    fi  Finnish                                             3      3
    he  Hebrew                                              3      3
    hi  Hindi                                               3      3
    hr  Croatian                                            3      3
    hu  Hungarian                                           3      3
    id  Indonesian                                          3      3
    ko  Korean                                              3      3
    nb  Norwegian (Bokmal)                                  3      3
    ro  Romanian                                            3      3
    sk  Slovak                                              3      3
    sr  Serbian                                             3      3
    tr  Turkish                                             3      3
    uk  Ukrainian                                           3      3
    vi  Vietnamese                                          3      3
    bn  Bengali                                             2      2
    ms  Malay                                               2      2
    sw  Swahili                                             2      2
    ta  Tamil                                               2      2
    th  Thai                                                2      2
    tl  Tagalog                                             2      2
    ur  Urdu                                                2      2

Counts by setting                                        secrets innocent
    finance                                                42     31
    ecommerce                                              26     45
    freelance                                              13     34
    travel                                                 13     25
    utilities                                              17     18
    health                                                 17     10
    housing                                                16      7
    devapi                                                  9     11
    payroll                                                13      5
    school                                                  9      7
    hr                                                      9      5
    car                                                     7      5
    smarthome                                               7      4
    support                                                 5      6
    insurance                                               6      4
    crypto                                                  4      4
(devapi = developer / API credentials met while doing client or household work.)

Generation
* Every value is synthetic and drawn at import time from one random.Random(SEED); nothing real.
* Check digits are computed where the format has one: Luhn card numbers (Visa, Mastercard incl. 2-series,
  Amex, Discover, JCB, UnionPay, Iranian bank cards), IBAN mod-97 for 30 countries (plus national checks
  where easy: FR RIB key, ES DC, IT CIN, BE, FI, NO), ICAO 9303 MRZ check digits in passport OCR,
  Bitcoin WIF base58check (double SHA-256), and national id / tax / insurance numbers: DE Steuer-ID
  (ISO 7064 MOD 11,10), DE KVNR, FR NIR key, ES DNI/NIE letter, IT codice fiscale, NL BSN (11-proof),
  PL PESEL, PL ID card series, CZ/SK rodne cislo (mod 11), SE personnummer (Luhn), FI HETU (mod 31),
  NO fodselsnummer (two mod-11 digits), DK CPR (mod 11), HU TAJ and adoazonosito jel, RO CNP, BG EGN,
  HR OIB, RS JMBG, GR AMKA (Luhn) and AFM, TR T.C. kimlik, RU SNILS and 12-digit INN, UA RNOKPP,
  BR CPF, IN Aadhaar (Verhoeff), IL teudat zehut, CN resident id (MOD 11-2), KR RRN, JP My Number,
  TH id, IR kod-e melli, SA national id and AE Emirates ID (Luhn), CA SIN, AU TFN, BE national number,
  PT NIF, AT SVNR, CH AHV (EAN-13), ZA id.  Formats without a published check are only format-valid:
  US SSN (valid ranges, no 000/666/9xx), UK NINO (valid prefixes), PK CNIC, ID NIK, MY MyKad, VN CCCD,
  BD NID, LK NIC, PH SSS, KE KRA PIN, RU passport series/number, US Medicare MBI, UK DVLA licence
  (derived from surname and date of birth), California licence.
* Look-alikes with real check digits too: VIN (North-American check digit), IMEI (Luhn), ABA routing
  numbers, NPI, DE USt-IdNr, FR SIREN, ES CIF, IT P.IVA, PL NIP, CZ ICO, SE org.nr, FI Y-tunnus and
  viitenumero, NO org.nr and KID, DK CVR, RO CUI, BG EIK, RU INN-10, KR business number, JP corporate
  number, CN unified social credit code, IN GSTIN, TH company tax id, IL company number, BR CNPJ,
  Brazilian Correios tracking, RF creditor references.
* Innocent texts are drawn through a callable and re-drawn until they hold no accidental Luhn-valid run of
  13-19 digits (so a random order number never happens to be a valid card number); the only
  intentional exceptions are the Stripe documentation test cards, an IMEI and a Swedish OCR reference.
* Seed phrases use words of the BIP39 English list, but the BIP39 checksum is NOT computed (the full
  2048-word list is not embedded): format-plausible, not checksum-valid.

Labelling choices for borderline cases
* `secret` is the single most critical span; a secret record may hold other sensitive values (AWS key id
  next to the secret key, Wi-Fi password next to the lockbox code, CVV next to the card, other SSNs in a
  payroll CSV). Long secrets may occur twice (passport number in the printed field and in the MRZ; a token
  in the fetch and push lines of `git remote -v`); short ones occur exactly once.
* Spoken / dictated values: `secret` is the spelled-out span exactly as written ("seven two four, one
  one, ..."; "sechs eins null neun drei"; "ろく・きゅう・..."). OCR values: `secret` is the text as the OCR
  produced it, misreads included (0->O, 1->l, 5->S, 8->B). A password split across two chat messages:
  `secret` is the first half. A PEM private key: once the whole block, once one body line.
* Personal bank account numbers and IBANs (salary account, deposit refund, freelancer's own account,
  payroll sheet) are SECRET. Business IBANs / accounts printed on invoices for receiving payment, and
  bank-level identifiers (ABA routing number, sort code, BIC/SWIFT, IFSC) are INNOCENT.
* Company registration / VAT / tax numbers are INNOCENT even when they share the shape and check
  algorithm of a personal id (Israeli company number = same Luhn as teudat zehut; Croatian company OIB;
  Thai company tax id = same algorithm as the personal id; Greek company AFM).
* Health insurance member numbers (US member id, German KVNR, Hungarian TAJ, Medicare MBI) are SECRET.
  Prescription numbers, NDC codes, a doctor's NPI, lab accession numbers, appointment codes are INNOCENT.
* Gift cards: redeemed cards with balance 0 (only "ending in 1234" shown, or stated as fully redeemed) are
  INNOCENT; an unredeemed gift-card code with a balance is SECRET.
* Documented example / test values clearly labelled as such (AWS docs AKIAIOSFODNN7EXAMPLE, Stripe test
  cards 4242 4242 4242 4242 and 4000 0000 0000 9995) are INNOCENT; so are placeholders
  (<paste your key>, ${ADMIN_PASSWORD}, sk_live_your_key_here).
* Publishable keys (pk_live_...), OAuth client ids, public SSH keys, JWKS public keys, public crypto
  addresses, transaction hashes, Twilio message SIDs, Stripe object ids (ch_, pi_, cus_), request ids,
  ETags, commit SHAs and image digests are INNOCENT. Masked values (•••• 1234, ***-**-1234,
  sk_live_****abcd) are INNOCENT.
* Booking codes / PNRs, ticket numbers, ESTA application numbers, visa (GWF) references, loyalty member
  numbers, customer / contract / meter numbers, payment references (variabilni symbol, OCR, KID,
  viitenumero, poziv na broj, M-Pesa / bKash / GCash transaction ids) are INNOCENT. A loyalty account PIN is
  SECRET.
* Public codes next to the word "code"/"PIN"/"key": parking zone codes from a public sign, HS tariff codes,
  UK tax code 1257L, Indian postal "PIN code", OBD error codes, promo / single-use discount codes, the
  building key-fob number printed on the fob, Wi-Fi network names: INNOCENT.
* Door / gate / lockbox / locker / safe / alarm codes, SIM PUK, voicemail PIN, screen-time passcode, BLIK
  code, bank TANs and OTPs (even short-lived), security-question answers, Wi-Fi passwords: SECRET.

"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import uuid
from collections import Counter
from typing import NamedTuple


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SEED = 2727_0614_5531
R = random.Random(SEED)

SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
SETTING: dict[str, str] = {}  # id -> setting label (for the docstring statistics)


def S(lang: str, setting: str, text: str, secret: str) -> None:
    sid = f"c27-s-{len(SECRETS) + 1:03d}-{lang}"
    assert secret and secret in text, (sid, secret)
    SECRETS.append(Secret(sid, text, secret))
    SETTING[sid] = setting


_CARDLIKE = re.compile(r"(?<![0-9])\d(?:[ -]?\d){12,18}(?![0-9])")


def _accidental_luhn(text: str) -> bool:
    for mt in _CARDLIKE.finditer(text):
        d = "".join(c for c in mt.group() if c.isdigit())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            return True
    return False


def I(lang: str, setting: str, text, allow_luhn: bool = False) -> None:
    """text may be a zero-argument callable; it is re-drawn until it holds no digit run of 13-19 digits that
    happens to pass Luhn (keeps innocent look-alikes fair), unless allow_luhn (documented test cards, IMEI, ...)."""
    if callable(text):
        make = text
        for _ in range(200):
            text = make()
            if allow_luhn or not _accidental_luhn(text):
                break
        else:
            raise AssertionError("could not draw a Luhn-free text")
    iid = f"c27-i-{len(INNOCENT) + 1:03d}-{lang}"
    INNOCENT.append(Innocent(iid, text))
    SETTING[iid] = setting


# ---------------------------------------------------------------- generators
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
ULD = UP + DG
LD = LO + DG
URLS = AN + "-_"
HEXC = "0123456789abcdef"
B32 = UP + "234567"


def rs(n: int, alpha: str = AN) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def dg(n: int) -> str:
    return "".join(R.choice(DG) for _ in range(n))


def dg1(n: int) -> str:
    return R.choice("123456789") + dg(n - 1)


def hx(n: int) -> str:
    return rs(n, HEXC)


def J(o) -> str:
    return json.dumps(o, ensure_ascii=False)


def JI(o) -> str:
    return json.dumps(o, ensure_ascii=False, indent=2)


def grp(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


def ruuid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def bdate(y0: int = 1955, y1: int = 2004):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


# --- Luhn ---------------------------------------------------------------
def luhn_digit(body: str) -> str:
    t = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return str((10 - t % 10) % 10)


def luhn_ok(num: str) -> bool:
    num = "".join(c for c in num if c.isdigit())
    return luhn_digit(num[:-1]) == num[-1]


def card(brand: str = "visa") -> str:
    if brand == "visa":
        body = "4" + dg(14)
    elif brand == "mc":
        body = R.choice(["51", "52", "53", "54", "55", "2221", "2310", "2720"])
        body += dg(15 - len(body))
    elif brand == "amex":
        body = R.choice(["34", "37"]) + dg(12)
    elif brand == "discover":
        body = "6011" + dg(11)
    elif brand == "jcb":
        body = "35" + str(R.randint(28, 89)) + dg(11)
    elif brand == "unionpay":
        body = "62" + dg(13)
    else:
        raise ValueError(brand)
    return body + luhn_digit(body)


def card_fmt(num: str, sep: str = " ") -> str:
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return grp(num, 4, sep)


def not_luhn(n: int) -> str:
    """digit string of length n that is NOT Luhn-valid (fair innocent look-alike)"""
    while True:
        s = dg1(n)
        if not luhn_ok(s):
            return s


def nl_prefixed(prefix: str, n: int) -> str:
    while True:
        x = prefix + dg(n)
        if not luhn_ok(x):
            return x


def amz_order() -> str:
    o = not_luhn(17)
    return f"{o[:3]}-{o[3:10]}-{o[10:]}"


# --- IBAN ---------------------------------------------------------------
def _num36(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban(cc: str, bban: str) -> str:
    chk = 98 - int(_num36(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(i: str) -> bool:
    i = i.replace(" ", "")
    return int(_num36(i[4:] + i[:4])) % 97 == 1


CF_ODD = {
    **dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])),
}


def cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def cf_check(s: str) -> str:
    t = 0
    for i, c in enumerate(s):
        t += CF_ODD[c] if i % 2 == 0 else cf_even(c)
    return chr(65 + t % 26)


def _es_cd(s: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
    return "0" if r == 11 else "1" if r == 10 else str(r)


def bban(cc: str) -> str:
    if cc == "DE":
        return dg1(8) + dg(10)
    if cc == "AT":
        return dg1(5) + dg(11)
    if cc == "CH":
        return dg(5) + dg(12)
    if cc == "FR":
        b, g, a = dg1(5), dg(5), dg(11)
        k = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)
        return b + g + a + f"{k:02d}"
    if cc == "ES":
        b, g, a = dg1(4), dg(4), dg(10)
        return b + g + _es_cd("00" + b + g) + _es_cd(a) + a
    if cc == "IT":
        abi, cab, acc = "0" + dg(4), dg(5), dg(12)
        return cf_check(abi + cab + acc) + abi + cab + acc
    if cc == "NL":
        return R.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ"]) + dg(10)
    if cc == "BE":
        n = dg1(10)
        c = int(n) % 97 or 97
        return n + f"{c:02d}"
    if cc in ("PL", "HU"):
        return dg1(24)
    if cc in ("CZ", "SK", "SE"):
        return dg1(20)
    if cc == "FI":
        n = dg1(13)
        return n + luhn_digit(n)
    if cc == "NO":
        while True:
            n = dg1(10)
            c = 11 - sum(int(a) * b for a, b in zip(n, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            if c == 11:
                c = 0
            if c != 10:
                return n + str(c)
    if cc == "DK":
        return dg1(14)
    if cc == "RO":
        return R.choice(["BTRL", "RNCB", "BRDE", "INGB", "BACX"]) + dg(16)
    if cc == "BG":
        return R.choice(["BNBG", "UNCR", "STSA", "FINV"]) + dg(4) + dg(2) + rs(8, ULD)
    if cc == "HR":
        return dg1(17)
    if cc == "RS":
        return dg1(18)
    if cc == "GR":
        return dg1(7) + dg(16)
    if cc == "TR":
        return dg1(5) + "0" + dg(16)
    if cc == "GB":
        return R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + dg(6) + dg(8)
    if cc == "IE":
        return R.choice(["AIBK", "BOFI"]) + dg(14)
    if cc == "PT":
        return "00" + dg(19)
    if cc == "SA":
        return dg(2) + dg(18)
    if cc == "AE":
        return dg(3) + dg(16)
    if cc == "IL":
        return dg(19)
    if cc == "PK":
        return R.choice(["HABB", "MEZN", "UNIL"]) + dg(16)
    if cc == "UA":
        return dg(6) + dg(19)
    if cc == "BR":
        return dg(8) + dg(5) + dg(10) + "C1"
    raise ValueError(cc)


def riban(cc: str) -> str:
    return iban(cc, bban(cc))


# --- national id numbers ---------------------------------------------------
def iso7064_11_10(body: str) -> str:
    p = 10
    for ch in body:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return "0" if c == 10 else str(c)


def us_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def uk_nino() -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = dg(6)
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {R.choice('ABCD')}"


def de_steuerid() -> str:
    while True:
        twice = R.choice(DG)
        others = R.sample([d for d in DG if d != twice], 8)
        ds = others + [twice, twice]
        R.shuffle(ds)
        if ds[0] != "0":
            body = "".join(ds)
            return body + iso7064_11_10(body)


def hr_oib() -> str:
    body = dg1(10)
    return body + iso7064_11_10(body)


def fr_nir() -> str:
    y, m, _ = bdate()
    body = f"{R.choice('12')}{y % 100:02d}{m:02d}{R.choice(['75', '69', '13', '33', '59', '44', '67', '31'])}{dg(3)}{dg(3)}"
    k = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {k:02d}"


def es_dni() -> str:
    n = R.randint(10000000, 79999999)
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def es_nie() -> str:
    p = R.choice("XYZ")
    n = dg(7)
    v = int(str("XYZ".index(p)) + n)
    return p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[v % 23]


def _cf_part(name: str, first: bool) -> str:
    name = name.upper()
    cons = [c for c in name if c.isalpha() and c not in "AEIOU"]
    vows = [c for c in name if c in "AEIOU"]
    if first and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_cf(surname: str, name: str, female: bool = False) -> str:
    y, m, d = bdate()
    body = (_cf_part(surname, False) + _cf_part(name, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
            + f"{d + (40 if female else 0):02d}" + R.choice(["H501", "F205", "L219", "G273", "A944", "F839", "D612"]))
    return body + cf_check(body)


def nl_bsn() -> str:
    while True:
        b = dg1(8)
        s = sum(int(c) * w for c, w in zip(b, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return b + str(c)


def pl_pesel(female: bool | None = None) -> str:
    y, m, d = bdate(1950, 2008)
    mm = m + (20 if y >= 2000 else 0)
    ser = dg(3)
    sx = R.choice("02468" if female else "13579") if female is not None else R.choice(DG)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{ser}{sx}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def cz_rc(female: bool = False) -> str:
    while True:
        y, m, d = bdate(1960, 2004)
        body = f"{y % 100:02d}{m + (50 if female else 0):02d}{d:02d}{dg(3)}"
        c = int(body) % 11
        if c != 10:
            return f"{body[:6]}/{body[6:]}{c}"


def se_pnr() -> str:
    y, m, d = bdate()
    body = f"{y % 100:02d}{m:02d}{d:02d}{dg(3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def fi_hetu() -> str:
    y, m, d = bdate(1950, 2005)
    ind = R.randint(2, 899)
    n = int(f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}")
    sign = "-" if y < 2000 else "A"
    return f"{d:02d}{m:02d}{y % 100:02d}{sign}{ind:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]


def no_fnr() -> str:
    while True:
        y, m, d = bdate()
        b = f"{d:02d}{m:02d}{y % 100:02d}{dg(3)}"
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * b_ for a, b_ in zip(b, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b2 = b + str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * b_ for a, b_ in zip(b2, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b2 + str(k2)


def dk_cpr() -> str:
    while True:
        y, m, d = bdate()
        b = f"{d:02d}{m:02d}{y % 100:02d}{dg(3)}"
        w = [4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = sum(int(a) * c for a, c in zip(b, w)) % 11
        c = (11 - r) % 11
        if c != 10:
            return f"{b[:6]}-{b[6:]}{c}"


def hu_taj() -> str:
    b = dg1(8)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(b)) % 10
    return f"{b[:3]} {b[3:6]} {b[6:]}{c}"


def ro_cnp() -> str:
    y, m, d = bdate()
    b = f"{R.choice('12')}{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 46):02d}{R.randint(1, 999):03d}"
    c = sum(int(a) * w for a, w in zip(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9])) % 11
    return b + ("1" if c == 10 else str(c))


def bg_egn() -> str:
    y, m, d = bdate()
    b = f"{y % 100:02d}{m:02d}{d:02d}{dg(3)}"
    c = sum(int(a) * w for a, w in zip(b, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return b + ("0" if c == 10 else str(c))


def rs_jmbg() -> str:
    y, m, d = bdate()
    b = f"{d:02d}{m:02d}{y % 1000:03d}{R.choice(['71', '72', '80', '85', '91'])}{dg(3)}"
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k = 11 - sum(int(a) * c for a, c in zip(b, w)) % 11
    return b + ("0" if k > 9 else str(k))


def gr_amka() -> str:
    y, m, d = bdate()
    b = f"{d:02d}{m:02d}{y % 100:02d}{dg(4)}"
    return b + luhn_digit(b)


def tr_tckn() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def ru_snils() -> str:
    while True:
        b = dg1(9)
        if int(b) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def ru_inn12() -> str:
    b = R.choice(["77", "78", "50", "66", "54"]) + dg(8)
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n11 = sum(int(a) * w for a, w in zip(b, w11)) % 11 % 10
    b += str(n11)
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n12 = sum(int(a) * w for a, w in zip(b, w12)) % 11 % 10
    return b + str(n12)


def ua_rnokpp() -> str:
    b = dg1(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str(sum(int(a) * c for a, c in zip(b, w)) % 11 % 10)


def br_cpf() -> str:
    b = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(b, range(n, 1, -1)))
        r = (s * 10) % 11
        b.append(0 if r == 10 else r)
    s = "".join(map(str, b))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VH_D[c][VH_P[(i + 1) % 8][int(ch)]]
    return str(VH_INV[c])


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VH_D[c][VH_P[i % 8][int(ch)]]
    return c == 0


def in_aadhaar() -> str:
    b = R.choice("23456789") + dg(10)
    n = b + verhoeff_digit(b)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def in_pan() -> str:
    return rs(3, UP) + "P" + rs(1, UP) + dg(4) + rs(1, UP)


def il_tz() -> str:
    b = dg(8)
    return b + luhn_digit(b)


def cn_rid(female: bool = False) -> str:
    y, m, d = bdate(1960, 2004)
    seq = dg(2) + R.choice("02468" if female else "13579")
    b = R.choice(["110105", "310104", "440305", "510107", "330106", "420111"]) + f"{y}{m:02d}{d:02d}" + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(a) * c for a, c in zip(b, w)) % 11]


def kr_rrn() -> str:
    y, m, d = bdate(1960, 1999)
    b = f"{y % 100:02d}{m:02d}{d:02d}{R.choice('12')}{dg(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    return f"{b[:6]}-{b[6:]}{c}"


def jp_mynumber() -> str:
    b = dg1(11)
    s = 0
    for n in range(1, 12):
        p = int(b[-n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    n = b + str(c)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def th_id() -> str:
    b = R.choice("1358") + dg(11)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(b)) % 11) % 10
    n = b + str(c)
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def ir_melli() -> str:
    while True:
        b = dg(9)
        if len(set(b)) > 1:
            break
    r = sum(int(a) * (10 - i) for i, a in enumerate(b)) % 11
    return b + str(r if r < 2 else 11 - r)


def sa_id() -> str:
    b = R.choice("12") + dg(8)
    return b + luhn_digit(b)


def ae_eid() -> str:
    y = R.randint(1970, 2003)
    b = f"784{y}{dg(7)}"
    n = b + luhn_digit(b)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


def pk_cnic() -> str:
    return f"{R.choice(['35202', '42101', '61101', '37405'])}-{dg1(7)}-{R.randint(1, 9)}"


def id_nik(female: bool = False) -> str:
    y, m, d = bdate()
    return f"{R.choice(['317404', '327301', '351507', '647101'])}{d + (40 if female else 0):02d}{m:02d}{y % 100:02d}{dg(3)}{R.randint(1, 9)}"


def my_mykad() -> str:
    y, m, d = bdate()
    return f"{y % 100:02d}{m:02d}{d:02d}-{R.choice(['14', '10', '08', '01'])}-{dg(4)}"


def vn_cccd() -> str:
    y, _, _ = bdate(1970, 1999)
    return f"{R.choice(['001', '079', '031', '048'])}{R.choice('01')}{y % 100:02d}{dg(6)}"


def ca_sin() -> str:
    b = R.choice("1234567") + dg(7)
    n = b + luhn_digit(b)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def au_tfn() -> str:
    while True:
        b = dg1(8)
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        for last in DG:
            n = b + last
            if sum(int(a) * c for a, c in zip(n, w)) % 11 == 0:
                return f"{n[:3]} {n[3:6]} {n[6:]}"


def be_nrn() -> str:
    y, m, d = bdate(1955, 1999)
    b = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 997):03d}"
    c = 97 - int(b) % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:9]}.{c:02d}"


def pt_nif() -> str:
    b = R.choice("12") + dg(7)
    c = 11 - sum(int(a) * (9 - i) for i, a in enumerate(b)) % 11
    return b + ("0" if c >= 10 else str(c))


def at_svnr() -> str:
    while True:
        y, m, d = bdate()
        ser = dg1(3)
        date = f"{d:02d}{m:02d}{y % 100:02d}"
        digits = ser + date
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        c = sum(int(a) * x for a, x in zip(digits, w)) % 11
        if c != 10:
            return f"{ser}{c} {date}"


def ean_digit(body: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return str((10 - s % 10) % 10)


def ch_ahv() -> str:
    b = "756" + dg(9)
    n = b + ean_digit(b)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def za_id() -> str:
    y, m, d = bdate()
    b = f"{y % 100:02d}{m:02d}{d:02d}{dg(4)}08"
    return b + luhn_digit(b)


def de_kvnr() -> str:
    letter = R.choice(UP)
    digs = dg1(8)
    seq = f"{ord(letter) - 64:02d}" + digs
    t = 0
    for i, c in enumerate(seq):
        p = int(c) * (1 if i % 2 == 0 else 2)
        t += p // 10 + p % 10
    return letter + digs + str(t % 10)


def lk_nic() -> str:
    y, _, _ = bdate(1960, 1999)
    return f"{y % 100:02d}{R.randint(1, 365) + R.choice([0, 500]):03d}{dg(4)}V"


def ke_kra() -> str:
    return "A" + dg(9) + R.choice(UP)


def ph_sss() -> str:
    n = dg1(10)
    return f"{n[:2]}-{n[2:9]}-{n[9]}"


def pl_dowod() -> str:
    while True:
        ser = rs(3, UP)
        num = dg(5)
        vals = [ord(c) - 55 for c in ser] + [int(c) for c in num]
        w = [7, 3, 1, 7, 3, 1, 7, 3]
        c = sum(v * x for v, x in zip(vals, w)) % 10
        return f"{ser}{c}{num}"


def hu_adoazon() -> str:
    while True:
        b = "8" + f"{R.randint(30000, 50000):05d}" + dg(3)
        c = sum(int(a) * (i + 1) for i, a in enumerate(b)) % 11
        if c != 10:
            return b + str(c)


def gr_afm() -> str:
    while True:
        b = R.choice("1") + dg(7)
        c = sum(int(a) * 2 ** (8 - i) for i, a in enumerate(b)) % 11 % 10
        return b + str(c)


def ir_card() -> str:
    b = R.choice(["603799", "589210", "610433", "627353"]) + dg(9)
    return b + luhn_digit(b)


def ru_passport() -> str:
    return f"{dg(2)} {dg(2)} {dg1(6)}"


def us_mbi() -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + DG
    return (R.choice("123456789") + R.choice(al) + R.choice(an) + R.choice(DG) + "-" + R.choice(al) + R.choice(an)
            + R.choice(DG) + "-" + R.choice(al) + R.choice(al) + R.choice(DG) + R.choice(DG))


def bd_nid() -> str:
    return dg1(10)


# --- travel documents ----------------------------------------------------------
def mrz_cd(s: str) -> str:
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


def mrz_td3(doc: str, nat: str, surname: str, given: str, sex: str = "F"):
    y, m, d = bdate(1960, 2000)
    dob = f"{y % 100:02d}{m:02d}{d:02d}"
    ey, em, ed = R.randint(2027, 2035), R.randint(1, 12), R.randint(1, 28)
    exp = f"{ey % 100:02d}{em:02d}{ed:02d}"
    docf = (doc + "<" * 9)[:9]
    pers = "<" * 14
    l1 = (f"P<{nat}{surname.upper()}<<{given.upper().replace(' ', '<')}" + "<" * 44)[:44]
    body = docf + mrz_cd(docf) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pers + mrz_cd(pers)
    comp = docf + mrz_cd(docf) + dob + mrz_cd(dob) + exp + mrz_cd(exp) + pers + mrz_cd(pers)
    l2 = body + mrz_cd(comp)
    assert len(l2) == 44, l2
    return l1, l2, f"{d:02d}.{m:02d}.{y}", f"{ed:02d}.{em:02d}.{ey}"


def passport_no(cc: str) -> str:
    if cc == "DEU":
        return R.choice("CFGHJK") + rs(8, "CFGHJKLMNPRTVWXYZ0123456789")
    if cc == "GBR" or cc == "USA":
        return dg1(9)
    if cc == "FRA":
        return dg(2) + rs(2, UP) + dg(5)
    if cc == "IND":
        return R.choice("JKLMNPRSTUVWZ") + dg1(7)
    if cc == "POL":
        return rs(2, UP) + dg(7)
    if cc == "ESP":
        return rs(3, UP) + dg(6)
    return rs(2, UP) + dg(7)


def uk_dl(surname: str, initials: str, female: bool = False) -> str:
    y, m, d = bdate(1960, 2000)
    sn = (surname.upper() + "99999")[:5]
    mm = m + (50 if female else 0)
    ini = (initials.upper() + "9")[:2]
    return f"{sn}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{ini}9{rs(2, UP)}"


# --- secrets of software ------------------------------------------------------------
def aws_akid() -> str:
    return "AKIA" + rs(16, B32)


def aws_secret() -> str:
    return rs(40, AN + "+/")


def gh_pat() -> str:
    return "ghp_" + rs(36)


def gh_fine() -> str:
    return "github_pat_11" + rs(20, ULD) + "_" + rs(59)


def gitlab_pat() -> str:
    return "glpat-" + rs(20, URLS)


def slack_bot() -> str:
    return f"xoxb-{dg1(11)}-{dg1(13)}-{rs(24)}"


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(8, ULD)}/B{rs(10, ULD)}/{rs(24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{dg1(19)}/{rs(68, URLS)}"


def stripe_sk() -> str:
    return "sk_live_51" + rs(22) + rs(74)


def stripe_rk() -> str:
    return "rk_live_51" + rs(22) + rs(74)


def stripe_whsec() -> str:
    return "whsec_" + rs(32)


def twilio_token() -> str:
    return hx(32)


def sendgrid() -> str:
    return "SG." + rs(22, URLS) + "." + rs(43, URLS)


def openai_key() -> str:
    return "sk-proj-" + rs(74, URLS) + "T3BlbkFJ" + rs(74, URLS)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(93, URLS) + "AA"


def google_key() -> str:
    return "AIza" + rs(35, URLS)


def gcp_secret() -> str:
    return "GOCSPX-" + rs(28, URLS)


def google_refresh() -> str:
    return "1//0" + rs(2, ULD) + rs(98, URLS)


def mailgun() -> str:
    return "key-" + hx(32)


def shopify() -> str:
    return "shpat_" + hx(32)


def square() -> str:
    return "EAAA" + rs(60, URLS)


def paypal_secret() -> str:
    return "E" + rs(79, URLS)


def telegram() -> str:
    return f"{dg1(10)}:AA{rs(33, URLS)}"


def npm_tok() -> str:
    return "npm_" + rs(36)


def pypi_tok() -> str:
    return "pypi-AgEIcHlwaS5vcmc" + rs(120, URLS)


def hf_tok() -> str:
    return "hf_" + rs(34, UP + LO)


def notion_tok() -> str:
    return "ntn_" + dg(11) + rs(35)


def airtable_tok() -> str:
    return "pat" + rs(14) + "." + hx(64)


def atlassian_tok() -> str:
    return "ATATT3xFfGF0" + rs(170, URLS) + "=" + hx(8).upper()


def azure_key() -> str:
    return rs(86, AN + "+/") + "=="


def totp_seed(n: int = 32) -> str:
    return rs(n, B32)


def jwt(claims: dict) -> str:
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64u(rbytes(32))}"


def pem_rsa() -> str:
    body = base64.b64encode(b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + rbytes(390)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"


def pem_openssh() -> str:
    raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519" + rbytes(230)
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def ssh_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, AN + "+/")


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\x00"))
    return "1" * pad + out


def btc_wif() -> str:
    return b58check(b"\x80" + rbytes(32) + b"\x01")


def btc_addr() -> str:
    return b58check(b"\x00" + rbytes(20))


def eth_priv() -> str:
    return "0x" + hx(64)


def eth_addr() -> str:
    return "0x" + hx(40)


BIP39ISH = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
            "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust "
            "admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport "
            "aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always "
            "amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce "
            "annual another answer antenna antique anxiety any apart apology appear apple approve april arch arctic "
            "area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist artwork "
            "ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction "
            "audit august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis "
            "zoo zone wrist worth wolf winter wisdom wagon vocal village valley umbrella twelve tunnel tribe timber "
            "thunder tenant swallow sunset sugar stadium spirit spatial solar smoke slogan siren shrimp shadow scout "
            "salmon saddle rocket ribbon revenue raven rabbit puzzle pumpkin prison pottery planet pistol pepper "
            "orbit olive ocean nephew napkin museum monkey mirror marble lunar lobster lizard ladder kitten jungle "
            "jewel island inmate hybrid hockey harvest hammer guitar gravity goddess giraffe garlic gadget frozen "
            "fossil forest flavor fiscal festival fabric excess erode enrich engine eagle dynamic drum dolphin "
            "divorce dinosaur desert cupboard crystal cousin coconut clever chimney cherry castle canyon cactus "
            "butter brick bracket bonus blossom biology basket banana").split()


def seed_words(n: int = 12) -> str:
    return " ".join(R.choice(BIP39ISH) for _ in range(n))


def lic_key(groups: int = 5, n: int = 5) -> str:
    return "-".join(rs(n, "BCDFGHJKMPQRTVWXY2346789") for _ in range(groups))


def recovery_codes(k: int = 10, style: str = "gh") -> list[str]:
    if style == "gh":
        return [f"{rs(5, LD)}-{rs(5, LD)}" for _ in range(k)]
    if style == "google":
        return [f"{dg(4)} {dg(4)}" for _ in range(k)]
    return [rs(10, LD) for _ in range(k)]


PW_WORDS = ["Sommer", "Kotek", "Marseille", "Bruno", "Luna", "Tigre", "Dragon", "Sunshine", "Mariposa", "Hamster",
            "Kanelbulle", "Pikachu", "Ferrari", "Gandalf", "Sakura", "Istanbul", "Vesuvio", "Blauwal", "Zebra",
            "Poseidon", "Korsika", "Matahari", "Jaguar", "Baklava", "Nordlys", "Cappuccino", "Rooibos", "Kiwi"]
SYM = "!#$%&*?@+-_.="


def pw_human() -> str:
    w = R.choice(PW_WORDS)
    style = R.randint(0, 3)
    if style == 0:
        return w + dg(R.choice([2, 4])) + R.choice(SYM)
    if style == 1:
        return w.lower() + R.choice(SYM) + dg(3) + R.choice(UP)
    if style == 2:
        return R.choice(SYM) + w + "_" + dg(2) + rs(2, LO)
    return w[0].lower() + w[1:].upper() + dg(2) + R.choice(SYM) + R.choice(PW_WORDS).lower()


def pw_gen(n: int = 18) -> str:
    while True:
        p = rs(n, AN + "!#%&*+-=?@^_~")
        if any(c.isdigit() for c in p) and any(c in "!#%&*+-=?@^_~" for c in p):
            return p


def passphrase(words=None, sep="-") -> str:
    words = words or ["tiger", "lampa", "velvet", "nordic", "cactus", "harbor", "kiwi", "marble", "jungle", "orbit",
                      "pepper", "saddle", "tunnel", "violin", "meadow", "copper", "lantern", "falcon"]
    return sep.join(R.sample(words, 4)) + (sep + dg(2) if R.random() < 0.5 else "")


def pin(n: int = 4) -> str:
    while True:
        p = dg(n)
        if len(set(p)) > 2 and p not in ("1234", "0000", "2580"):
            return p


def otp(n: int = 6) -> str:
    return dg(n)


NUMW = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "sv": "noll ett två tre fyra fem sex sju åtta nio".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "ja": "ゼロ いち に さん よん ご ろく なな はち きゅう".split(),
    "hi": "शून्य एक दो तीन चार पाँच छह सात आठ नौ".split(),
}


def say(digits: str, lang: str = "en", sep: str = " ") -> str:
    return sep.join(NUMW[lang][int(c)] for c in digits)


def ocr_mangle(s: str) -> str:
    tr = {"0": "O", "1": "l", "5": "S", "8": "B"}
    out = []
    for c in s:
        if c in tr and R.random() < 0.35:
            out.append(tr[c])
        else:
            out.append(c)
    return "".join(out)


# --- innocent look-alike generators -----------------------------------------------------
VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin() -> str:
    v = list(R.choice(["1HG", "WVW", "WBA", "JTD", "5YJ", "VF1", "TMB", "ZFA"]) + rs(14, VIN_A))
    v[8] = "0"
    v[9] = R.choice("ABCDEFGHJKLMNPRSTVWXY123456789")  # model-year code
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def imei() -> str:
    b = R.choice(["35", "86", "01", "99"]) + dg(12)
    return b + luhn_digit(b)


def isbn13() -> str:
    b = "978" + dg(9)
    return b + ean_digit(b)


def ean13() -> str:
    b = R.choice(["400", "590", "300", "800", "871", "489"]) + dg(9)
    return b + ean_digit(b)


def aba_routing() -> str:
    while True:
        b = R.choice(["02", "07", "11", "12", "26", "32"]) + dg(6)
        for last in DG:
            n = b + last
            d = list(map(int, n))
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0:
                return n


def de_vat() -> str:
    b = dg1(8)
    return "DE" + b + iso7064_11_10(b)


def fr_siren() -> str:
    b = dg1(8)
    return b + luhn_digit(b)


def rf_ref() -> str:
    ref = dg(12)
    chk = 98 - int(_num36(ref + "RF00")) % 97
    r = f"RF{chk:02d}{ref}"
    return grp(r)


def pnr() -> str:
    return rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def ups() -> str:
    return "1Z" + rs(6, ULD) + dg(10)


def sha256hex() -> str:
    return hashlib.sha256(rbytes(16)).hexdigest()


def gitsha() -> str:
    return hx(40)


def plate(cc: str) -> str:
    if cc == "DE":
        return f"{R.choice(['M', 'B', 'HH', 'K', 'F'])}-{rs(2, UP)} {R.randint(1, 9999)}"
    if cc == "FR":
        return f"{rs(2, UP)}-{dg(3)}-{rs(2, UP)}"
    if cc == "UK":
        return f"{rs(2, UP)}{dg(2)} {rs(3, UP)}"
    if cc == "PL":
        return f"{R.choice(['WA', 'KR', 'PO', 'GD'])} {dg(5)}"
    return rs(3, UP) + "-" + dg(4)


def phone(cc: str) -> str:
    f = {
        "us": lambda: f"+1 ({R.randint(201, 989)}) {dg1(3)}-{dg(4)}",
        "de": lambda: f"+49 {R.choice(['151', '160', '176', '30', '89'])} {dg(7)}",
        "fr": lambda: f"+33 6 {dg(2)} {dg(2)} {dg(2)} {dg(2)}",
        "uk": lambda: f"07{dg(3)} {dg(6)}",
        "pl": lambda: f"+48 {dg1(3)} {dg(3)} {dg(3)}",
        "in": lambda: f"+91 {R.choice('6789')}{dg(4)} {dg(5)}",
        "jp": lambda: f"090-{dg(4)}-{dg(4)}",
        "br": lambda: f"(11) 9{dg(4)}-{dg(4)}",
    }
    return f[cc]()


NAMES = {
    "en": [("Emily", "Carter"), ("James", "O'Neill"), ("Priya", "Raman"), ("Marcus", "Webb"), ("Hannah", "Lee")],
    "de": [("Jonas", "Albrecht"), ("Katrin", "Vogel"), ("Lukas", "Brandt")],
    "fr": [("Camille", "Moreau"), ("Julien", "Lefèvre")],
    "it": [("Giulia", "Ferraro"), ("Marco", "Bianchi")],
}


# =============================================================================================
# SECRETS -- English
# =============================================================================================

v = pw_human()
S("en", "finance", f"""[user] hey can you log into my credit union and grab the november statement pdf? username is ecarter_88
and the password is {v}  (capital letters matter lol). if it asks for the security pic it's the sailboat""", v)

v = card("visa")
S("en", "utilities", f"""thought: The user wants the water bill (acct 7730-118-42, amount $64.19) paid with the card they pasted in chat:
{card_fmt(v)} exp 09/28. Billing ZIP matches the account address. I'll open the pay-as-guest form and fill it.""", card_fmt(v))

v = dg(3)
last4 = card("mc")[-4:]
S("en", "ecommerce", f"""tool_call browser.fill {J({"selector": "iframe#stripe-card >> input[name='cvc']", "value": v})}
# card on file ending {last4} was declined for missing CVC; user supplied it in chat just now""", v)

v = otp()
S("en", "finance", f"""tool_result gmail.read_message
From: Northbridge Bank <alerts@northbridge-bank.example>
Subject: Your sign-in code
Date: Tue, 3 Nov 2026 09:14:22 -0500

Hi Marcus,
Use {v} to finish signing in. This code expires in 10 minutes.
Never share this code with anyone, including Northbridge employees.""", v)

ak, sk = aws_akid(), aws_secret()
S("en", "freelance", f"""Team summary (client: Halvorsen Outdoor, S3 migration)
- Client's IT guy sent creds over email, I put them in the project vault too:
    AWS_ACCESS_KEY_ID={ak}
    AWS_SECRET_ACCESS_KEY={sk}
- bucket halvorsen-media-prod, region eu-north-1
- TODO: ask them to rotate after cutover (Friday)""", sk)

v = pin()
S("en", "housing", f"""Lesson for next time: the garage keypad at 14 Elm St wants the digits THEN the # key, and it times out
after ~5s. Last week {v}# worked on the second try. Don't press the bell icon first, that calls the landlord.""", v)

v = us_ssn()
a, b, c = v.split("-")
spoken = f"{say(a)}, {say(b)}, {say(c)}"
S("en", "insurance", f"""[voice transcript, caller = policyholder]
ok so the claim is for the bumper thing on the 12th, um, and they asked for my social, it's
{spoken}... yeah. and the claim number they gave me was CLM-2209-4417 if that helps""", spoken)

rows = [(f"{n} {s}", us_ssn(), f"{R.randint(1800, 4200)}.{dg(2)}") for n, s in [("Ana", "Lopez"), ("Derek", "Chu"), ("Tamsin", "Hale"), ("Omar", "Farouk")]]
csv = "employee,ssn,gross_pay,pay_date\n" + "\n".join(f"{n},{ssn},{g},2026-11-13" for n, ssn, g in rows)
S("en", "payroll", f"""tool_result drive.read_file path=/Payroll/2026/nov_run_1.csv
{csv}
(4 rows)""", rows[2][1])

pn = passport_no("USA")
l1, l2, dob, exp = mrz_td3(pn, "USA", "WEBB", "MARCUS ALAN", "M")
S("en", "hr", f"""tool_result ocr.extract file=passport_scan_marcus.jpg
UNITED STATES OF AMERICA  PASSPORT
Type P  Code USA  Passport No. {pn}
Surname WEBB  Given names MARCUS ALAN
Date of birth {dob}  Sex M
Date of expiration {exp}
{l1}
{l2}""", pn)

v = "XJH" + dg(9)
S("en", "health", f"""[user] the pharmacy says my insurance isn't on file. Member ID is {v}, group 0048821, Rx BIN 610014.
can you call it in or use their web form? I'm the subscriber, plan is through my work""", v)

v = pw_gen(14)
S("en", "health", f"""Thought: patient portal (MyChart-style) rejected the saved login. The user just reset it and told me:
  new password -> {v}
I should update the stored credential and retry fetching the lab results from Oct 28.""", v)

v = seed_words(12)
S("en", "crypto", f"""[user] ok I found the paper from the safe. the 12 words are:
{v}
please set up the wallet in the new phone app, I don't trust myself typing it""", v)

k, sec = rs(64), rs(64)
S("en", "crypto", f"""Thought: user wants 0.25 ETH moved from spot to funding. Loading the exchange API pair from their note
("apiKey {k[:6]}..., secretKey {sec}") to HMAC-sign the request.
tool_call http.request {J({"method": "POST", "url": "https://api.exchange.example/sapi/v1/asset/transfer", "headers": {"X-MBX-APIKEY": k}, "params": {"type": "MAIN_FUNDING", "asset": "ETH", "amount": "0.25", "timestamp": 1795012345678, "signature": hx(64)}})}""", sec)

v = pin()
S("en", "smarthome", f"""Reminder saved to memory (user: Hannah):
alarm panel in the hallway -> disarm with {v} then OFF. the duress code is different, do NOT use that one.
Monitoring company: SecureNest, account #SN-448120""", v)

lock, wifi = pin(4), passphrase()
S("en", "housing", f"""tool_result airbnb.messages thread=HMX4QK
Host (Giorgos): Welcome!! Check-in from 3pm. The lockbox by the blue door opens with {"-".join(lock)}
Wifi is "Kalimera_Guest", password {wifi}
Trash goes out Tuesdays. Enjoy Naxos!""", "-".join(lock))

v = "Tmp" + rs(5, AN) + "!" 
S("en", "school", f"""tool_result email.read
From: Oakridge Elementary IT <noreply@oakridge-sd.example>
To: hannah.lee@example.com
Subject: Parent Portal account

Your Parent Portal account has been created.
Username: hlee2031
Temporary password: {v}
You'll be asked to change it at first login.""", v)

v = dg(4)
while v in ("2026", "2025"):
    v = dg(4)
S("en", "school", f"""[user] btw for saturday's U10 game the field gate at Riverside has a combo lock now, coach texted it: {v}.
can you add it to the calendar event notes so my husband sees it? game's at 9:30, field 3""", v)

v = pin(4)
S("en", "car", f"""summary for user: Your Hertz-style "Gold" pickup at DEN is confirmed (res #K4729931850). No counter —
go to the key kiosk in row C and enter the kiosk PIN {v} plus your last name. Car: midsize SUV, stall will be texted.""", v)

v = pw_human()
S("en", "car", f"""tool_call browser.type {J({"selector": "#login-form input[type=password]", "text": v, "delay_ms": 40})}
reason: renewing the monthly parking permit on the city portal before it lapses on the 30th""", v)

puk = dg(8)
S("en", "utilities", f"""[user] my phone says SIM locked, enter PUK. I found the card from the carrier in the drawer,
the long number under the scratch thing is {puk}. what do I do now?? don't want to brick it""", puk)

v = shopify()
S("en", "ecommerce", f"""tool_call shopify.graphql
POST https://loom-and-linen.myshopify.com/admin/api/2025-07/graphql.json
X-Shopify-Access-Token: {v}
{{"query": "{{ orders(first: 20, query: \\"fulfillment_status:unfulfilled\\") {{ edges {{ node {{ name }} }} }} }}"}}""", v)

raw = f"support@brightdesk.example/token:{rs(40)}"
v = base64.b64encode(raw.encode()).decode()
S("en", "support", f"""curl -s https://brightdesk.zendesk.com/api/v2/tickets/48213.json \\
  -H "Authorization: Basic {v}" \\
  -H "Accept: application/json"
# pulled ticket to draft a reply; customer wants refund for double charge""", v)

v = pw_human()
S("en", "freelance", f"""tool_result gmail.read_message
From: Rita Alvarez <rita@alvarezbakery.example>
Subject: Re: website updates

Hi! Sorry for the delay. For the WordPress dashboard:
alvarezbakery.example/wp-admin
user: rita_admin
pass: {v}
Can you swap the holiday hours banner by Friday? Thanks so much!!
Rita""", v)

v = stripe_sk()
S("en", "freelance", f"""Thought: the client's checkout still points at the old Stripe account. Their .env on the VPS has
STRIPE_SECRET_KEY={v}
STRIPE_PUBLISHABLE_KEY=pk_live_51{rs(22)}{rs(40)}
I'll verify with a balance call before touching the webhook config.""", v)

v = slack_hook()
S("en", "ecommerce", f"""Summary for the ops team:
Low-stock alerts now post to #warehouse. Webhook used by the Zap: {v}
Threshold is 12 units for SKUs in the "bestsellers" collection.""", v)

pw = pw_gen(16)
S("en", "freelance", f"""tool_result fs.read path=~/clients/ferncrest/.env
NODE_ENV=production
DATABASE_URL=postgresql://ferncrest_app:{pw}@db-ferncrest.c9x2.eu-west-1.rds.amazonaws.com:5432/ferncrest
REDIS_URL=redis://cache.internal:6379/0
LOG_LEVEL=info""", pw)

v = gcp_secret()
S("en", "freelance", f"""tool_result fs.read path=Downloads/client_secret_8812.apps.googleusercontent.com.json
{J({"installed": {"client_id": "881204471920-3k9v0qjq2l1m5dv9s7.apps.googleusercontent.com", "project_id": "calendar-sync-412107", "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token", "client_secret": v, "redirect_uris": ["http://localhost"]}})}""", v)

v = google_refresh()
S("en", "devapi", f"""tool_result http.response 200
{JI({"access_token": "ya29." + rs(120, URLS), "expires_in": 3599, "refresh_token": v, "scope": "https://www.googleapis.com/auth/calendar", "token_type": "Bearer"})}""", v)

v = rs(32, LD)
S("en", "ecommerce", f"""tool_result browser.get_cookies domain=sellercentral.example.com
name=session-id value=262-{dg(7)}-{dg(7)} httpOnly=false
name=at-main value={v} httpOnly=true secure=true
name=lc-main value=en_US
note: copied cookies so the scraper job can reuse the logged-in seller session""", v)

seed = totp_seed(32)
S("en", "devapi", f"""Thought: the QR on the 2FA setup page decoded to
otpauth://totp/Acme%20Payroll:hlee%40example.com?secret={seed}&issuer=Acme%20Payroll&digits=6
Storing it so I can generate codes when the user asks me to run payroll.""", seed)

codes = recovery_codes(10, "gh")
S("en", "devapi", "tool_result fs.read path=Downloads/github-recovery-codes.txt\n" + "\n".join(codes)
  + "\n\nKeep your recovery codes as safe as your password.", codes[3])

ans = R.choice(["Whitfield", "Barnaby", "Okonkwo", "Marigold"])
S("en", "finance", f"""tool_call browser.fill_form {J({"form": "#security-questions", "fields": {"q1": "What was the name of your first pet?", "a1": ans, "q2": "City where your parents met?", "a2": "Duluth"}})}
(user asked me to finish the bank's new-device verification)""", ans)

v = uk_nino()
S("en", "payroll", f"""New starter form - Bramble & Co Ltd
Name: Priya Raman     Start date: 05/01/2027
NI number:
{v}
Tax code: 1257L   Student loan: Plan 2
Emergency contact: +44 7700 900412""", v)

v = ca_sin()
S("en", "finance", f"""[user] ok doing my taxes on the wealthsimple thing, it wants my SIN, its {v}. also I had
two T4s this year, the second one is from the hospital job. file it and tell me the refund""", v)

v = au_tfn()
S("en", "hr", f"""tool_call browser.fill {J({"selector": "input#tfn", "value": v.replace(" ", "")})}
thought: onboarding for the Brisbane warehouse role, TFN declaration step 2 of 4; user dictated it earlier""", v.replace(" ", ""))

v = in_aadhaar()
S("en", "finance", f"""tool_result ocr.extract file=kyc_front.jpg
Government of India
Rahul Menon
DOB: 14/07/1991    MALE
{v}
Aadhaar - Aam Admi ka Adhikar""", v)

acct = dg1(10)
rout = aba_routing()
S("en", "payroll", f"""Direct deposit update (Gusto-style form), entered for employee Derek Chu:
  Bank: First Harbor Credit Union
  Routing number: {rout}
  Account number: {acct}
  Type: checking, 100% of net pay""", acct)

acct = dg(8)
S("en", "housing", f"""[user] the letting agent needs my bank details for the deposit refund, it's a Monzo acct, sort code 04-00-75
and acc no {acct}. name Emily J Carter. the tenancy ref is TNY/22/8841""", acct)

v = riban("GB")
S("en", "hr", f"""Thought: HR form field "Salary account (IBAN)" — user gave {grp(v)} in the chat yesterday.
BIC for that bank should autofill. Submitting step 3/5 of onboarding.""", grp(v))

dl = uk_dl("Carter", "EJ", True)
S("en", "car", f"""tool_call browser.fill_form {J({"url": "https://rent.example.co.uk/checkout/driver", "fields": {"licence_number": dl, "licence_issue_country": "GB", "dvla_check_code": "", "date_of_birth": "1988-03-11"}})}""", dl)

v = "D" + dg(7)
S("en", "car", f"""[user] renting in SFO next week. my CA license # is {v}, expires 2029. I'm fine with the basic
insurance but add the toll pass. confirm before you pay pls""", v)

pn = passport_no("GBR")
S("en", "travel", f"""tool_call browser.fill {J({"selector": "#travelDoc_passportNumber", "value": pn})}
tool_call browser.select {J({"selector": "#travelDoc_issuingCountry", "option": "United Kingdom"})}
note: ESTA application for James O'Neill, trip to Boston 14-21 Feb""", pn)

v = us_mbi()
S("en", "health", f"""Summary for Dad's care team (shared doc):
- Medicare card scanned, the new number is {v} (Part A 2019, Part B 2019)
- Supplement: Plan G, ID card in the blue folder
- Next cardiology appt: Dec 18, 10:40am""", v)

v = pem_rsa()
S("en", "freelance", f"""Deployment notes for Kestrel Dental (client asked me to keep this in memory, ugh):
ssh deploy@203.0.113.40 with this key (saved as kestrel.pem, chmod 600):
{v}
then: cd /srv/site && git pull && systemctl restart gunicorn""", v)

v = pem_openssh()
S("en", "smarthome", f"""tool_result fs.read path=/config/.ssh/id_ed25519
{v}""", v.split("\n")[2])

v = lic_key()
S("en", "ecommerce", f"""Thought: customer #88213 bought "PhotoBench Pro - 1 seat" but the delivery email bounced. The
order record shows the activation key {v}. I'll resend it via the support desk macro
rather than paste it in the public order notes.""", v)

sid, tok = "AC" + hx(32), twilio_token()
S("en", "support", f"""tool_result fs.read path=config/sms.yml
twilio:
  account_sid: {sid}
  auth_token: {tok}
  from_number: "+15005550006"
""", tok)

v = sendgrid()
S("en", "ecommerce", f"""Lesson: order-confirmation emails stopped because the SendGrid key was revoked. New one (created by Dana
on 11/02, full access, should be restricted later) is {v} — set it in Settings > Email > API key.""", v)

v = openai_key()
S("en", "devapi", f"""[user] why is my script failing? here's the top of it
import openai
client = openai.OpenAI(api_key="{v}")
resp = client.chat.completions.create(model="gpt-4o-mini", messages=msgs)""", v)

v = anthropic_key()
S("en", "devapi", f"""tool_call shell.run {J({"cmd": "export ANTHROPIC_API_KEY=" + v + " && python summarize_inbox.py --since 7d"})}""", v)

v = telegram()
S("en", "smarthome", f"""Thought: doorbell notifications should go to the family Telegram group. Bot created via BotFather,
token {v}, chat id -100{dg(10)}. Add to automations.yaml under notify.telegram.""", v)

v = npm_tok()
S("en", "freelance", f"""tool_result fs.read path=~/.npmrc
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={v}
save-exact=true""", v)

v = gh_pat()
S("en", "freelance", f"""tool_result shell.run git remote -v
origin  https://x-access-token:{v}@github.com/pinewood-labs/client-portal.git (fetch)
origin  https://x-access-token:{v}@github.com/pinewood-labs/client-portal.git (push)""", v)

v = discord_hook()
S("en", "school", f"""[user] for the robotics club can you make it post the weekly schedule to our discord? the webhook is
{v}
post every Sunday 6pm, practice is Tue/Thu 4-6 in room B14""", v)

p1, p2 = rs(6, AN), rs(6, AN) + "!"
S("en", "finance", f"""[user] ok the brokerage password is weird, first half {p1}
[user] second half {p2}
[user] no spaces. log in and sell the 12 shares of VTI pls""", p1)

pwd = "Gr" + dg(2) + "nTea" + rs(3, LO) + "#" + dg(2)
ocr = pwd.replace("0", "O").replace("1", "l")
S("en", "utilities", f"""tool_result ocr.extract file=IMG_4471.png (photo of router sticker)
MODEL: HX-AC2100   S/N: 22A1F90K3377
SSID: FiberHome-5G-8D1C
WPA2 KEY: {ocr}
Admin: http://192.168.1.1""", ocr)

d = pin(4)
sp = " ".join(d)
S("en", "housing", f"""[voice note from user, transcribed] so when you get the cleaner set up, tell her the front door keypad is star {sp} hash,
not the back one, back one is broken. she can come Thursdays after 11""", sp)

v = dg(6)
S("en", "travel", f"""Lesson for next time: hotel room safe (Room 1412, Marriott Lisbon) was set by me on the user's behalf.
Combination {v}. Reset it at checkout; front desk can override with ID if we forget.""", v)

v = dg(4)
S("en", "school", f"""[user] Mia's swim locker is #218, the combination is {v}. put it in her shared notes so she stops texting me mid-practice""", v)

v = pin(4)
S("en", "utilities", f"""Thought: to change the voicemail greeting the carrier IVR asks for the voicemail PIN. User said it's {v} (same as
the old one). Call flow: dial 123 -> 4 -> 2.""", v)

v = pin(4)
S("en", "finance", f"""[user] just so you have it somewhere, the new debit card PIN that came in the mail is {v}. dont tell anyone lmao
i'm gonna forget it otherwise""", v)

codes = recovery_codes(8, "google")
S("en", "finance", "Backup codes (bank app, generated 2026-10-02)\nEach code can be used once.\n" + "\n".join(f"{i + 1}. {c}" for i, c in enumerate(codes)), codes[0])

rows = [("Netflix", "family@carters.example", pw_human()), ("Costco", "emily.carter@example.com", pw_human()), ("Spectrum", "ecarter88", pw_human())]
tbl = "| service | login | password |\n|---|---|---|\n" + "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)
S("en", "utilities", f"""tool_result docs.read "Household accounts (do not share)"
{tbl}
last updated by Emily, Oct 30""", rows[2][2])

pw = pw_human()
S("en", "smarthome", f"""tool_call http.request {J({"method": "GET", "url": f"http://admin:{pw}@192.168.1.20/cgi-bin/snapshot.cgi?channel=2"})}
thought: the NVR doesn't support tokens, so basic auth in the URL it is. grabbing the driveway cam snapshot for the user""", pw)

pw = pw_gen(20)
S("en", "smarthome", f"""tool_result fs.read path=/config/secrets.yaml
# Home Assistant secrets
mqtt_user: homeassistant
mqtt_password: {pw}
latitude_home: 47.61
longitude_home: -122.33""", pw)

v = jwt({"iss": hx(32), "iat": 1793000000, "exp": 2108360000})
S("en", "smarthome", f"""[user] here's the long-lived access token from my HA profile page so you can turn lights on:
{v}
base url is http://homeassistant.local:8123""", v)

acct_key = azure_key()
S("en", "devapi", f"""Team summary: invoice PDFs now land in blob storage. Connection string (from the Azure portal, key1):
DefaultEndpointsProtocol=https;AccountName=invoicesprodst;AccountKey={acct_key};EndpointSuffix=core.windows.net
Container: invoices-2026. Retention 7y.""", acct_key)

v = mailgun()
S("en", "support", f"""tool_call http.request {J({"method": "POST", "url": "https://api.mailgun.net/v3/mg.brightdesk.example/messages", "auth": ["api", v], "data": {"from": "Support <help@brightdesk.example>", "to": "j.ortiz@example.net", "subject": "Re: [#48213] Double charge", "text": "Hi Jorge, we've refunded the duplicate charge..."}})}""", v)

cid, cs = "A" + rs(79, URLS), paypal_secret()
S("en", "ecommerce", f"""tool_result fs.read path=paypal-credentials.txt
Live app "Shop Checkout"
Client ID: {cid}
Secret: {cs}""", cs)

v = square()
S("en", "ecommerce", f"""Thought: market-stall POS sync failing with 401. Replacing the Square access token with the production one the
user pasted: {v}. Location id L8{rs(11, ULD)}.""", v)

v = btc_wif()
S("en", "crypto", f"""[user] I exported this from my old Electrum wallet, can you sweep it into the new address?
{v}
the new address is in my notes""", v)

v = eth_priv()
S("en", "crypto", f"""tool_result browser.get_text selector=".export-private-key textarea"
This is your private key. Never disclose this key. Anyone with your private key can fully control your account.
{v}""", v)

v = "Welcome" + dg(3) + rs(2, UP)
S("en", "health", f"""tool_result pdf.extract file=clinic_letter.pdf
Dear Mr. Webb,
Your online account with Lakeside Family Clinic is ready. Visit portal.lakesideclinic.example and sign in with
your date of birth and the one-time password below. It expires in 72 hours.

   {v}

Questions? Call (555) 010-2290.""", v)

v = us_ssn()
S("en", "housing", f"""tool_call browser.fill_form {J({"url": "https://apply.maplegrove-apts.example/step/2", "fields": {"full_name": "Hannah Lee", "ssn": v, "employer": "Riverside Pediatrics", "monthly_income": "6,850", "prior_address": "2209 Cedar Ave #3"}})}""", v)

host, user, pw = "ftp.kestreldental.example", "kd_web", pw_human()
S("en", "freelance", f"""Notes from the call with Kestrel Dental (summary for Sam):
They still host images on the old FTP. host {host}, login {user}
and the pw — Mike read it out twice — {pw}
He'll send the DNS access separately.""", pw)

v = pin(4)
S("en", "school", f"""[user] set the iPad screen time thing for Leo: 1h on school nights, and the passcode to unlock extra time is {v}.
don't tell him obviously""", v)

v = pin(4)
S("en", "travel", f"""tool_result email.read
Subject: Your Flying Blue PIN has been changed
... If you did not request this change contact us.
[forwarded by user] "lol I changed it to {v} so you can book with miles, use it"
""", v)

v = pw_gen(12)
long_txt = f"""[user] ok here's everything for the VPN at the new office:
server vpn.ledgerwise.example, port 443, protocol "SSL VPN"
your username is the first initial + last name
the certificate warning is normal, just accept it
if it drops, reconnect, it's flaky around 5pm
ah and for the login itself use: {v}
same as the printer admin, I know, I know"""
S("en", "payroll", long_txt, v)

v = rs(5, UP + DG) + "-" + rs(5, UP + DG)
S("en", "support", f"""Macro draft rejected by agent review: the ticket body includes the customer's gift card that has NOT been redeemed
yet — "code {v}, balance $150". Remove before posting publicly.""", v)

v = hf_tok()
S("en", "devapi", f"""tool_result shell.run huggingface-cli whoami --token {v}
user: pinewood-labs
orgs: pinewood-labs""", v)

v = airtable_tok()
S("en", "ecommerce", f"""Thought: inventory sync pulls from Airtable base appW3{rs(12)}. Personal access token in the n8n credential: {v}
Scopes data.records:read only.""", v)

v = gh_fine()
S("en", "devapi", f"""Lesson for next time: the fine-grained token for the docs repo expires after 30 days. The current one is
{v}
Regenerate on the 1st and update the CI secret DOCS_TOKEN.""", v)

v = notion_tok()
S("en", "freelance", f"""tool_call http.request {J({"method": "POST", "url": "https://api.notion.com/v1/pages", "headers": {"Authorization": "Bearer " + v, "Notion-Version": "2022-06-28"}, "body": {"parent": {"database_id": hx(32)}, "properties": {"Name": {"title": [{"text": {"content": "Invoice #2026-041 sent"}}]}}}})}""", v)

v = f"{pin(4)}"
S("en", "car", f"""[user] parking garage at work changed the exit machine, you now need the monthly pass number AND a code.
pass # is 00412877 and the code they gave me is {v}. save it for when I ask you to pay the overtime fee""", v)

v = atlassian_tok()
S("en", "support", f"""tool_result fs.read path=~/.config/jira-cli/.env
JIRA_SITE=brightdesk.atlassian.net
JIRA_EMAIL=ops@brightdesk.example
JIRA_API_TOKEN={v}""", v)

v = pypi_tok()
S("en", "devapi", f"""[user] twine keeps asking for a password, I pasted this in ~/.pypirc:
[pypi]
username = __token__
password = {v}
is that right?""", v)

v = stripe_whsec()
S("en", "ecommerce", f"""Summary: moved webhooks to the new endpoint /hooks/stripe. Signing secret for that endpoint: {v}
(events: checkout.session.completed, charge.refunded). Old endpoint disabled 11/20.""", v)

v = "sq" + "0csp-" + rs(43, URLS)
S("en", "ecommerce", f"""tool_result fs.read path=config/square_oauth.json
{J({"application_id": "sq0idp-" + rs(22, URLS), "application_secret": v, "environment": "production"})}""", v)

pw = pw_human()
S("en", "hr", f"""tool_result gmail.read_message
From: IT Onboarding <it@ledgerwise.example>
Subject: Welcome aboard, Derek!

Your laptop will be at reception on Monday.
Email: derek.chu@ledgerwise.example
Initial password (change on first login):
{pw}
Please enrol in MFA within 48 hours.""", pw)

v = pw_human()
S("en", "travel", f"""Thought: the visa portal (Schengen appointment site) logged us out again. Credentials stored for the user:
email james.oneill@example.com / {v}. Appointment slot search: Dublin, short-stay C, any date before Feb 1.""", v)

# =============================================================================================
# SECRETS -- other languages
# =============================================================================================

# --- German
v = de_steuerid()
vf = f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
S("de", "payroll", f"""Personalfragebogen – Neueinstellung Lukas Brandt (Minijob, ab 01.01.2027)
Steuerliche Angaben
  Steuer-Identifikationsnummer: {vf}
  Steuerklasse: I   Kinderfreibeträge: 0
  Konfession: rk
Sozialversicherung: gesetzlich, AOK Bayern""", vf)

v = riban("DE")
S("de", "hr", f"""[user] hab die neue Bankverbindung, bitte im Personalportal eintragen bevor die Abrechnung läuft:
{grp(v)}
Kontoinhaber: Katrin Vogel, Bank ist die Sparkasse. danke dir!""", grp(v))

v = de_kvnr()
S("de", "health", f"""tool_call browser.fill {J({"selector": "input[name='versichertennummer']", "value": v})}
Gedanke: Online-Terminbuchung beim Hautarzt verlangt die Versichertennummer von der eGK. Nutzerin hat Foto der Karte geschickt.""", v)

v = pin(5)
S("de", "finance", f"""[Sprachnachricht, transkribiert] ja hallo, also für das Onlinebanking bei der Volksbank, die PIN hab ich geändert,
die ist jetzt {say(v, "de")}, kannst du dann bitte die Überweisung an den Vermieter machen, 1.240 Euro, wie immer""", say(v, "de"))

v = pin(6)
S("de", "housing", f"""Lektion fürs nächste Mal: Im Haus Lindenstraße 7 (Frau Albrecht, 3. OG) geht die Haustür nur mit dem Tastenfeld.
Zahlenfolge {v} und dann Schlüsselsymbol. Paketboten haben den Code NICHT, deshalb Pakete an die Packstation.""", v)

v = otp(6)
S("de", "ecommerce", f"""tool_result sms.read_latest
Von: Sparkasse
pushTAN-Verfahren nicht verfügbar. Ihre TAN für die Zahlung an OTTO GmbH & Co KG über 89,99 EUR lautet: {v}
Geben Sie diese TAN nur ein, wenn die Daten übereinstimmen.""", v)

# --- French
v = fr_nir()
S("fr", "health", f"""[utilisateur] pour la mutuelle ils veulent mon numéro de sécu, c'est {v}
et mon RIB, je te l'envoie après. la demande de remboursement c'est pour les lunettes (facture du 14/10)""", v)

v = pw_human()
S("fr", "health", f"""Pensée : le compte ameli de Camille demande une reconnexion. Identifiant = son numéro de sécu (déjà en mémoire),
mot de passe qu'elle vient de me donner : {v}
Ensuite télécharger l'attestation de droits pour la crèche.""", v)

v = rs(1, "ABC") + dg(4)
S("fr", "housing", f"""tool_result messagerie.lire
De : Agence Immo Saint-Michel
Objet : État des lieux d'entrée - 12 rue des Tanneurs, Lyon 1er

Bonjour Monsieur Lefèvre,
Rendez-vous jeudi 9h30. Le digicode de l'immeuble est {v}, puis interphone "GESTION".
Bâtiment B, 2e étage porte gauche.
Cordialement""", v)

v = riban("FR")
S("fr", "housing", f"""[utilisateur] voilà mon IBAN pour que le propriétaire me rende la caution :
{grp(v)}
BIC CCBPFRPPLYO. Merci de lui envoyer par mail en pièce jointe avec l'état des lieux de sortie""", grp(v))

v = otp(6)
S("fr", "ecommerce", f"""tool_result sms.lire
VOTRE BANQUE: code de validation {v} pour le paiement de 249,00 EUR chez FNAC DARTY. Ne le communiquez jamais, même à un conseiller.""", v)

c = card("visa")
ocr = ocr_mangle(card_fmt(c))
S("fr", "travel", f"""tool_result ocr.extract fichier=photo_carte.jpg
BANQUE POPULAIRE
VISA   Premier
{ocr}
VALABLE JUSQU'A 11/29
M CAMILLE MOREAU""", ocr)

# --- Spanish
v = es_dni()
S("es", "housing", f"""[usuario] para el contrato del piso de Chamberí la agencia pide mi DNI, es {v}, y la nómina de los últimos 3 meses.
mándales todo por correo porfa, el agente se llama Rubén""", v)

v = pw_human()
S("es", "utilities", f"""Pensamiento: la web de Iberdrola cerró sesión. El usuario me dijo ayer la contraseña en el chat (\"es la misma de siempre pero con otro número\"):
{v}
Voy a descargar la factura de octubre y comprobar el cambio de potencia.""", v)

v = otp(6)
S("es", "finance", f"""[usuario] me acaba de llegar un sms con el código {v}, es para confirmar la transferencia de 300€ a mi hermana, ponlo tú""", v)

v = es_nie()
S("es", "hr", f"""tool_call browser.fill_form {J({"url": "https://portal-empleado.example.es/alta", "campos": {"nombre": "Andrea", "apellidos": "Costa Ribeiro", "nie": v, "nss": "28/" + dg(8) + "/" + dg(2), "fecha_alta": "2027-01-07"}})}""", v)

v = pin(4)
S("es", "car", f"""Resumen para el usuario: el coche de alquiler (Málaga aeropuerto, reserva MLG-{dg(6)}) se recoge en el parking P3.
Las llaves están en la taquilla 17, abre con el código {v}. Devolución el domingo antes de las 20:00 con el depósito lleno.""", v)

# --- Italian
v = it_cf("Ferraro", "Giulia", True)
S("it", "health", f"""[utente] ciao, per prenotare la visita dal dermatologo sul CUP serve il codice fiscale, il mio è {v}.
la tessera sanitaria scade a marzo, nel caso chiedono""", v)

v = riban("IT")
S("it", "payroll", f"""Pensiero: il commercialista chiede l'IBAN personale di Marco per l'accredito dello stipendio di dicembre.
Marco l'ha scritto nella mail del 3/11: {v}. Lo inserisco nel gestionale paghe.""", v)

v = pw_human()
S("it", "health", f"""tool_result email.leggi
Da: Marco Bianchi
Oggetto: Fwd: credenziali SPID

ecco, usale tu per scaricare il referto dal fascicolo sanitario
utente: marco.bianchi84
password: {v}
il codice OTP arriva sul mio telefono, te lo giro quando serve""", v)

v = otp(6)
S("it", "finance", f"""[utente] ok ti detto il codice: {say(v, "it")}. fai in fretta che scade""", say(v, "it"))

# --- Portuguese (Brazil)
v = br_cpf()
S("pt", "ecommerce", f"""[usuário] oi, pra finalizar a compra no site eles pedem CPF na nota fiscal, o meu é {v}. entrega no endereço de sempre, rua Harmonia 412 apto 31""", v)

v = pin(6)
S("pt", "finance", f"""Pensamento: o app do banco pediu a senha de 6 dígitos para confirmar o Pix de R$ 180,00 para a diarista.
O usuário mandou por áudio: "{say(v, "pt")}". Confirmando agora.""", say(v, "pt"))

c = card("mc")
cv = dg(3)
S("pt", "travel", f"""tool_call browser.fill_form {J({"seletor": "#pagamento", "campos": {"numero_cartao": card_fmt(c), "validade": "08/29", "codigo_seguranca": cv, "titular": "FERNANDA A SOUZA"}})}""", card_fmt(c))

v = passphrase(["pao", "queijo", "cafe", "praia", "samba", "coco", "caju", "farol", "vento", "lua"], "")
S("pt", "utilities", f"""[usuário] a senha do wi-fi nova é {v} tudo minúsculo, coloca no aviso da casa pros hóspedes do fim de semana""", v)

v = pw_human()
S("pt", "school", f"""Lição para a próxima vez: o portal da escola do Davi (Colégio Santa Inês) só aceita login pelo app.
Usuário: responsavel.souza  |  senha: {v}
Boletos ficam em Financeiro > 2ª via.""", v)

# --- Dutch
v = nl_bsn()
S("nl", "finance", f"""[gebruiker] kun je de aangifte inkomstenbelasting voorbereiden? mijn BSN is {v}, DigiD doe ik zelf wel straks.
jaaropgaaf van werk staat in de map 'Belasting 2026'""", v)

v = pw_human()
S("nl", "health", f"""tool_call browser.type {J({"selector": "#password", "text": v})}
gedachte: inloggen op het patiëntenportaal van de huisarts om de herhaalrecepten aan te vragen, wachtwoord gekregen van gebruiker in chat""", v)

v = riban("NL")
S("nl", "payroll", f"""Samenvatting voor de boekhouding: nieuwe freelancer Sanne de Wit betaalt zelf geen btw (KOR).
Uitbetalen op haar privérekening {grp(v)} t.n.v. S. de Wit. Factuur 2026-07 is goedgekeurd.""", grp(v))

v = pin(4)
S("nl", "finance", f"""[gebruiker] mijn nieuwe pinpas is binnen, pincode {v}. zet maar ergens veilig neer want ik vergeet het altijd""", v)

# --- Polish
v = pl_pesel(True)
S("pl", "health", f"""[użytkownik] zapisz mnie do lekarza rodzinnego przez IKP, mój PESEL {v}, najlepiej po 16:00 bo pracuję""", v)

v = otp(6)
S("pl", "ecommerce", f"""Myśl: użytkownik płaci BLIKIEM za zamówienie na Allegro (zamówienie 8f2c-41aa). Podał kod BLIK {v} — ważny 2 minuty,
wpisuję od razu w polu "Kod BLIK".""", v)

v = pw_human()
S("pl", "finance", f"""tool_result email.czytaj
Od: Tomasz Kowalczyk
Temat: dostęp do bankowości firmowej

Cześć, login do banku firmowego: TKOWAL_FIRMA
hasło: {v}
Zrób proszę przelew do ZUS do piątku. Dzięki!""", v)

v = pl_dowod()
S("pl", "travel", f"""tool_call browser.fill {J({"selector": "input[name='numer_dokumentu']", "value": v})}
(odprawa online LOT, podróż Warszawa–Wilno, dowód osobisty zamiast paszportu)""", v)

# --- Czech
v = cz_rc(True)
S("cs", "health", f"""[uživatel] objednej mě prosím na preventivku u zubaře, budou chtít rodné číslo: {v}. pojišťovna VZP""", v)

v = pw_human()
S("cs", "utilities", f"""Myšlenka: portál ČEZ zákaznický účet – přihlášení selhalo. Uživatel poslal nové heslo: {v}
Stáhnu vyúčtování za rok 2026 a zkontroluji zálohy.""", v)

v = riban("CZ")
S("cs", "payroll", f"""tool_result xlsx.read soubor=mzdy_listopad.xlsx list=Zaměstnanci
jméno;úvazek;účet
Petra Nováková;1,0;{v}
Jan Dvořák;0,5;{riban("CZ")}""", v)

# --- Slovak
v = cz_rc()
S("sk", "insurance", f"""[používateľ] hlásim poistnú udalosť, prasknuté čelné sklo. moje rodné číslo je {v}, číslo zmluvy máš v poznámkach""", v)

v = pin(4)
S("sk", "finance", f"""Poučenie: Používateľ si poznačil PIN ku karte Tatra banky do kalendára (!) ako "{v} karta". Odporučiť mu, nech to zmaže.
Pre výber v bankomate som ho nepoužil.""", v)

v = riban("SK")
S("sk", "hr", f"""tool_call browser.fill {J({"selector": "#iban_zamestnanca", "value": v})}
myšlienka: nástupný formulár pre Martina Horvátha, mzda na účet""", v)

# --- Swedish
v = se_pnr()
S("sv", "health", f"""[användare] boka tid på vårdcentralen åt mig, mitt personnummer är {v}. helst tisdag förmiddag""", v)

v = pw_human()
S("sv", "housing", f"""tool_result email.läs
Från: Hyresgästföreningen Brf Linden
Ämne: Inloggning till bokningssystemet för tvättstugan

Hej! Ditt konto är skapat.
Användarnamn: lgh1204
Lösenord: {v}
Mvh Styrelsen""", v)

v = dg(4)
S("sv", "housing", f"""Lärdom: porten på Södermannagatan 22 har kod {v}, men efter 22:00 krävs tagg. Kuriren kan inte lämna paket då.""", v)

# --- Finnish
v = fi_hetu()
S("fi", "hr", f"""[käyttäjä] täytä työsopimuksen tiedot, henkilötunnus {v}, tilinumero tulee myöhemmin. aloitus 2.1.""", v)

v = pw_human()
S("fi", "finance", f"""Ajatus: OP:n verkkopalvelu pyytää salasanaa vanhan tunnuslukulistan sijaan. Käyttäjä kirjoitti sen chattiin: {v}
Maksan sähkölaskun (Helen, eräpäivä 15.12.).""", v)

v = passphrase(["kissa", "järvi", "sauna", "lumi", "metsä", "kuusi", "karhu", "ruis"])
S("fi", "utilities", f"""tool_result ocr.extract tiedosto=reititin.jpg
Elisa  Verkon nimi: Koti_9A21
Salasana / WPA key:
{v}""", v)

# --- Norwegian
v = no_fnr()
S("nb", "finance", f"""[bruker] kan du søke om boliglån-forhåndsgodkjenning? fødselsnummeret mitt er {v}. inntekt står i skattemeldingen""", v)

v = pw_human()
S("nb", "payroll", f"""tool_result e-post.les
Fra: Regnskap AS
Emne: Tilgang til lønnssystemet

Hei Ingrid, her er midlertidig passord til Tripletex: {v}
Husk å bytte ved første innlogging.""", v)

v = dg(4)
S("nb", "housing", f"""Lærdom: portkoden til bakgården i Thorvald Meyers gate er {v}. Søppel hentes mandag, sykkelbod krever nøkkel.""", v)

# --- Danish
v = dk_cpr()
S("da", "school", f"""[bruger] tilmeld Freja til svømmeholdet i klubben, de vil have CPR: {v}. betal med MobilePay""", v)

v = pw_human()
S("da", "utilities", f"""Tanke: brugeren har givet adgangskode til Norlys: {v}. Skal ændre flytningsdato til 1. februar.""", v)

v = pin(4)
S("da", "car", f"""tool_result sms.læs
GreenMobility: Din bil HB 42 118 står på Vesterbrogade 84. Nøgleboks-kode: {v}. God tur!""", v)

# --- Hungarian
v = hu_taj()
S("hu", "health", f"""[felhasználó] foglalj időpontot a háziorvoshoz, TAJ számom {v}. reggel jobb""", v)

v = hu_adoazon()
S("hu", "payroll", f"""tool_call browser.fill_form {J({"url": "https://berszamfejtes.example.hu/uj-dolgozo", "mezok": {"nev": "Kiss Eszter", "adoazonosito_jel": v, "belepes": "2027.01.04"}})}""", v)

v = pw_human()
S("hu", "utilities", f"""Gondolat: az MVM ügyfélkapu jelszava megváltozott, a felhasználó elküldte: {v}. Letöltöm a novemberi számlát.""", v)

# --- Romanian
v = ro_cnp()
S("ro", "insurance", f"""[utilizator] fă-mi te rog RCA-ul online, CNP-ul meu este {v}, mașina e aceeași ca anul trecut""", v)

v = pw_human()
S("ro", "ecommerce", f"""tool_result email.citeste
De la: eMAG Marketplace
Subiect: Cont vânzător - date de acces

Bună ziua, contul de vânzător a fost activat.
Utilizator: magazin.artizanal
Parolă temporară: {v}""", v)

v = pin(4)
S("ro", "finance", f"""Lecție: codul PIN al cardului de debit BT al utilizatorului este {v} — l-a trimis în chat, NU îl mai repeta în rezumate.""", v)

# --- Bulgarian
v = bg_egn()
S("bg", "utilities", f"""[потребител] смени договора за ток на моето име, ЕГН {v}, адресът е бул. Витоша 48, ет. 3""", v)

v = pw_human()
S("bg", "finance", f"""Мисъл: потребителят ми даде паролата за онлайн банкирането: {v}. Трябва да платя данък сгради до 30.04.""", v)

v = pin(4)
S("bg", "housing", f"""tool_result email.чети
От: Домоуправител
Тема: Нов код за входа

Уважаеми съседи, от понеделник кодът за входната врата е {v}. Моля не го давайте на куриери.""", v)

# --- Croatian
v = hr_oib()
S("hr", "housing", f"""[korisnik] za ugovor o najmu stana u Splitu treba moj OIB: {v}. pošalji agenciji zajedno s kopijom osobne""", v)

v = pw_human()
S("hr", "utilities", f"""tool_call browser.type {J({"selector": "input#lozinka", "text": v})}
misao: prijava na HEP portal za očitanje brojila""", v)

v = pin(4)
S("hr", "finance", f"""Pouka za ubuduće: korisnik je diktirao PIN za m-zabu: "{v}". Ne spremati u zajedničke bilješke.""", v)

# --- Serbian
v = rs_jmbg()
S("sr", "health", f"""[korisnik] zakaži mi pregled preko e-uprave, JMBG {v}, LBO je na kartici""", v)

v = pw_human()
S("sr", "ecommerce", f"""Мисао: корисник је послао лозинку за налог на продавници: {v}. Проверавам статус поруџбине.""", v)

v = dg(4)
S("sr", "housing", f"""tool_result sms.procitaj
Od: Stanodavac Goran
kapija kod je {v}# ključ je u sandučetu br 5, dobrodošli""", v)

# --- Greek
v = gr_amka()
S("el", "health", f"""[χρήστης] κλείσε μου ραντεβού για εμβόλιο, ΑΜΚΑ {v}, όποιο φαρμακείο είναι κοντά στο Παγκράτι""", v)

v = gr_afm()
S("el", "payroll", f"""Σκέψη: το λογιστήριο ζητά τον ΑΦΜ της νέας υπαλλήλου για το ΕΡΓΑΝΗ. Μου τον έδωσε: {v}. ΔΟΥ Αθηνών Α'.""", v)

v = pw_human()
S("el", "utilities", f"""tool_result email.διάβασε
Από: Cosmote
Θέμα: Ο νέος σας κωδικός

Ο προσωρινός σας κωδικός πρόσβασης για το My Cosmote είναι: {v}""", v)

# --- Turkish
v = tr_tckn()
S("tr", "travel", f"""[kullanıcı] otobüs biletini al, TC kimlik no {v}, İzmir-Ankara cuma gece, cam kenarı olsun""", v)

v = pw_human()
S("tr", "ecommerce", f"""Düşünce: Trendyol satıcı paneli şifresi değişmiş, kullanıcı yenisini yazdı: {v}. İade taleplerini kontrol edeceğim.""", v)

v = riban("TR")
S("tr", "freelance", f"""tool_result email.oku
Kimden: Ayşe Demir
Konu: fatura ödemesi

Merhaba, freelance çalışmanın ödemesini şahsi hesabıma yapabilir misiniz?
IBAN: {grp(v)}
Alıcı: Ayşe Demir""", grp(v))

# --- Russian
v = ru_snils()
S("ru", "hr", f"""[пользователь] заполни анкету для нового работодателя, СНИЛС {v}, ИНН пришлю потом""", v)

v = ru_inn12()
S("ru", "freelance", f"""Мысль: клиент просит ИНН самозанятого для договора. Пользователь прислал свой: {v}. Вставляю в раздел «Реквизиты исполнителя».""", v)

v = otp(5)
S("ru", "ecommerce", f"""tool_result sms.read
Никому не сообщайте этот код! Код подтверждения: {v}. Покупка 4 590 ₽ OZON""", v)

v = ru_passport()
S("ru", "travel", f"""tool_call browser.fill_form {J({"url": "https://pass.rzd.example/booking", "поля": {"ФИО": "Соколова Анна Игоревна", "документ": "Паспорт РФ", "серия_номер": v, "поезд": "752А"}})}""", v)

# --- Ukrainian
v = ua_rnokpp()
S("uk", "finance", f"""[користувач] подай декларацію в Дії, мій РНОКПП {v}. доходи з ФОП за 4 квартал""", v)

v = pw_human()
S("uk", "ecommerce", f"""Думка: пароль до кабінету продавця на Rozetka: {v} — отримав від користувача голосовим. Перевіряю повернення.""", v)

v = riban("UA")
S("uk", "freelance", f"""tool_result email.читати
Від: Олена Коваль
Тема: реквізити

Добрий день! Оплату за дизайн прошу на мій рахунок:
{v}
Отримувач: Коваль Олена Петрівна""", v)

# --- Arabic
v = sa_id()
S("ar", "travel", f"""[المستخدم] احجز لي موعد تجديد الجواز في أبشر، رقم الهوية الوطنية {v}، أي يوم الأسبوع القادم""", v)

v = ae_eid()
S("ar", "housing", f"""تفكير: عقد الإيجار في دبي يتطلب رقم الهوية الإماراتية للمستأجر. أرسله المستخدم: {v}. سأرفعه في منصة إيجاري.""", v)

v = pw_human()
S("ar", "finance", f"""tool_result email.read
من: المستخدم
الموضوع: حساب البنك

كلمة المرور الجديدة للتطبيق: {v}
ادفع فاتورة الكهرباء قبل نهاية الشهر من فضلك""", v)

# --- Hebrew
v = il_tz()
S("he", "health", f"""[משתמש] תזמין לי תור לרופא משפחה במכבי, ת.ז. {v}, עדיף בערב""", v)

v = pw_human()
S("he", "finance", f"""מחשבה: המשתמש שלח סיסמה לאתר הבנק: {v}. צריך להוריד את דף החשבון של נובמבר לרואה החשבון.""", v)

v = pin(4)
S("he", "smarthome", f"""לקח לפעם הבאה: קוד האזעקה בבית של המשתמש הוא {v}. לנטרל לפני שהמנקה מגיעה ביום שלישי.""", v)

# --- Persian
v = ir_melli()
S("fa", "travel", f"""[کاربر] بلیط قطار تهران-مشهد بگیر، کد ملی من {v} هست، واگن چهار تخته""", v)

v = ir_card()
S("fa", "ecommerce", f"""فکر: کاربر شماره کارت خود را برای پرداخت داد: {grp(v, 4, "-")} — رمز دوم را از پیامک می‌گیرم.""", grp(v, 4, "-"))

v = otp(6)
S("fa", "finance", f"""tool_result sms.read
بانک ملت
رمز پویا: {v}
مبلغ: ۲,۵۰۰,۰۰۰ ریال
این رمز را در اختیار دیگران قرار ندهید""", v)

# --- Urdu
v = pk_cnic()
S("ur", "utilities", f"""[صارف] بجلی کا نیا میٹر لگوانا ہے، میرا شناختی کارڈ نمبر {v} ہے، درخواست آن لائن جمع کرا دو""", v)

v = pw_human()
S("ur", "finance", f"""خیال: صارف نے بینک ایپ کا پاس ورڈ بھیجا ہے: {v}۔ مجھے فیس کی ادائیگی کرنی ہے۔""", v)

# --- Hindi
v = in_aadhaar()
S("hi", "finance", f"""[उपयोगकर्ता] बैंक का KYC अपडेट करना है, मेरा आधार नंबर {v} है, पैन बाद में भेजता हूँ""", v)

v = otp(6)
S("hi", "ecommerce", f"""[उपयोगकर्ता] OTP आया है: {say(v, "hi")}, जल्दी डालो""", say(v, "hi"))

v = pin(6)
S("hi", "finance", f"""विचार: उपयोगकर्ता ने UPI पिन बताया {v} ताकि मैं बिजली का बिल भर सकूँ। इसे मेमोरी में नहीं रखना चाहिए।""", v)

# --- Bengali
v = bd_nid()
S("bn", "finance", f"""[ব্যবহারকারী] বিকাশ অ্যাকাউন্ট খুলতে হবে, আমার এনআইডি নম্বর {v}""", v)

v = pin(5)
S("bn", "finance", f"""চিন্তা: ব্যবহারকারী বিকাশ পিন দিয়েছেন {v}। বাড়িভাড়া পাঠাতে হবে।""", v)

# --- Tamil
v = lk_nic()
S("ta", "travel", f"""[பயனர்] விசா விண்ணப்பத்தில் என் தேசிய அடையாள அட்டை எண் {v} போடு""", v)

v = pw_human()
S("ta", "school", f"""எண்ணம்: பள்ளி போர்டல் கடவுச்சொல் {v} — பயனர் அனுப்பினார். கட்டணம் செலுத்த வேண்டும்.""", v)

# --- Japanese
v = jp_mynumber()
S("ja", "payroll", f"""[ユーザー] 年末調整の書類にマイナンバーを書いておいて。{v} です。扶養は妻1人""", v)

v = pw_human()
S("ja", "finance", f"""考え: ユーザーから証券口座のログインパスワードを受け取った：{v}。NISA の積立設定を確認する。""", v)

v = pin(4)
S("ja", "finance", f"""tool_result email.read
差出人: ユーザー
件名: キャッシュカード

新しいキャッシュカードの暗証番号は {v} にしました。ATMで5万円おろしてきてもらう時に使って""", v)

v = otp(6)
S("ja", "ecommerce", f"""[ユーザー] 認証コードきた、{say(v, "ja", "・")}、入れといて""", say(v, "ja", "・"))

# --- Korean
v = kr_rrn()
S("ko", "insurance", f"""[사용자] 실손보험 청구해줘, 주민등록번호 {v}, 병원 영수증은 사진으로 보냈어""", v)

v = pw_human()
S("ko", "ecommerce", f"""생각: 쿠팡 판매자 계정 비밀번호 변경됨. 사용자가 새 비밀번호 {v} 를 알려줌. 반품 요청 확인 예정.""", v)

v = otp(6)
S("ko", "finance", f"""tool_result sms.read
[Web발신]
[토스] 인증번호 [{v}]를 입력해주세요. 타인에게 절대 알려주지 마세요.""", v)

# --- Chinese
v = cn_rid(True)
S("zh", "travel", f"""[用户] 帮我买周五上海到杭州的高铁票，身份证号 {v}，二等座靠窗""", v)

v = pw_human()
S("zh", "ecommerce", f"""思考：用户把淘宝店铺后台的登录密码发给我了：{v}。需要处理三个退款申请。""", v)

v = otp(6)
S("zh", "finance", f"""tool_result sms.read
【招商银行】您的验证码为{v}，用于网上支付，5分钟内有效。请勿泄露。""", v)

v = pin(6)
S("zh", "finance", f"""经验教训：用户的微信支付密码是{v}，他让我记住用于缴水电费。以后不要在团队总结里出现。""", v)

# --- Vietnamese
v = vn_cccd()
S("vi", "finance", f"""[người dùng] mở tài khoản ngân hàng online giúp mình, số CCCD {v}, ngày cấp 12/05/2021""", v)

v = pw_human()
S("vi", "utilities", f"""Suy nghĩ: người dùng gửi mật khẩu tài khoản EVN: {v}. Cần tải hóa đơn tiền điện tháng 11.""", v)

v = otp(6)
S("vi", "finance", f"""tool_result sms.read
Vietcombank: Ma OTP cua Quy khach la {v}. Tuyet doi KHONG cung cap ma nay cho bat ky ai.""", v)

# --- Thai
v = th_id()
S("th", "insurance", f"""[ผู้ใช้] ช่วยยื่นเคลมประกันรถให้หน่อย เลขบัตรประชาชน {v} เลขกรมธรรม์อยู่ในโน้ต""", v)

v = pw_human()
S("th", "finance", f"""ความคิด: ผู้ใช้ส่งรหัสผ่านแอปธนาคารมาให้: {v} ต้องโอนค่าเทอมลูก""", v)

# --- Malay
v = my_mykad()
S("ms", "insurance", f"""[pengguna] tolong isi borang takaful, no kad pengenalan saya {v}, penama isteri saya""", v)

v = pw_human()
S("ms", "utilities", f"""Fikiran: kata laluan akaun TNB myTNB pengguna ialah {v}. Perlu muat turun bil bulan ini.""", v)

# --- Indonesian
v = id_nik(True)
S("id", "finance", f"""[pengguna] daftarin aku di aplikasi pinjol yang resmi aja ya, NIK aku {v}, KTP udah difoto""", v)

v = pw_human()
S("id", "ecommerce", f"""Pemikiran: pengguna kirim kata sandi akun Tokopedia seller: {v}. Cek pesanan yang belum dikirim.""", v)

v = otp(6)
S("id", "finance", f"""[pengguna] kode OTP-nya {say(v, "id")}. buruan ya""", say(v, "id"))

# --- Swahili
v = pin(4)
S("sw", "finance", f"""[mtumiaji] nitumie kodi ya umeme kupitia M-Pesa, PIN yangu ni {v}, namba ya mita iko kwenye kumbukumbu""", v)

v = pw_human()
S("sw", "school", f"""Wazo: mtumiaji ametuma nenosiri la tovuti ya shule: {v}. Nahitaji kulipa ada ya muhula.""", v)

# --- Tagalog
v = ph_sss()
S("tl", "payroll", f"""[user] pakilagay yung SSS number ko sa HR form, {v}, tapos PhilHealth susunod""", v)

v = otp(6)
S("tl", "finance", f"""tool_result sms.read
GCash: Ang iyong authentication code ay {v}. HUWAG ibigay ito kahit kanino.""", v)


# =============================================================================================
# more look-alike generators (business identifiers, payment references)
# =============================================================================================
def npi() -> str:
    b = R.choice("12") + dg(8)
    return b + luhn_digit("80840" + b)


def cnpj() -> str:
    b = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * y for x, y in zip(b, w)) % 11
        b.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, b))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def correios() -> str:
    n = dg(8)
    r = sum(int(a) * w for a, w in zip(n, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    c = 5 if r == 0 else 0 if r == 1 else 11 - r
    return R.choice(["NL", "QB", "OV", "LB"]) + n + str(c) + "BR"


def es_cif() -> str:
    d = dg(7)
    odd = sum(sum(divmod(int(d[i]) * 2, 10)) for i in (0, 2, 4, 6))
    even = sum(int(d[i]) for i in (1, 3, 5))
    return "B" + d + str((10 - (odd + even) % 10) % 10)


def it_piva() -> str:
    b = "0" + dg(9)
    return b + luhn_digit(b)


def pl_nip() -> str:
    while True:
        b = dg1(9)
        c = sum(int(a) * w for a, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c != 10:
            n = b + str(c)
            return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"


def cz_ico() -> str:
    b = dg1(7)
    c = (11 - sum(int(a) * w for a, w in zip(b, range(8, 1, -1))) % 11) % 10
    return b + str(c)


def se_orgnr() -> str:
    b = "55" + R.choice("6789") + dg(6)
    b = b[:9]
    n = b + luhn_digit(b)
    return f"{n[:6]}-{n[6:]}"


def se_ocr_ref() -> str:
    b = dg1(R.randint(9, 14))
    return b + luhn_digit(b)


def fi_ytunnus() -> str:
    while True:
        b = dg1(7)
        r = sum(int(a) * w for a, w in zip(b, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r != 1:
            return f"{b}-{0 if r == 0 else 11 - r}"


def fi_viite() -> str:
    b = dg1(R.randint(6, 12))
    s = sum(int(a) * [7, 3, 1][i % 3] for i, a in enumerate(reversed(b)))
    n = b + str((10 - s % 10) % 10)
    return grp(n[::-1], 5)[::-1]


def no_orgnr() -> str:
    while True:
        b = R.choice("89") + dg(7)
        c = 11 - sum(int(a) * w for a, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        c = 0 if c == 11 else c
        if c != 10:
            n = b + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def no_kid() -> str:
    b = dg1(R.randint(8, 14))
    return b + luhn_digit(b)


def dk_cvr() -> str:
    while True:
        b = dg1(7)
        for last in DG:
            n = b + last
            if sum(int(a) * w for a, w in zip(n, [2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
                return n


def ro_cui() -> str:
    b = dg1(R.randint(6, 8))
    padded = b.zfill(9)
    c = sum(int(a) * int(w) for a, w in zip(padded, "753217532")) * 10 % 11
    return b + ("0" if c == 10 else str(c))


def bg_eik() -> str:
    b = dg1(8)
    c = sum(int(a) * w for a, w in zip(b, range(1, 9))) % 11
    if c == 10:
        c = sum(int(a) * w for a, w in zip(b, range(3, 11))) % 11
        c = 0 if c == 10 else c
    return b + str(c)


def ru_inn10() -> str:
    b = R.choice(["77", "78", "50"]) + dg(7)
    return b + str(sum(int(a) * w for a, w in zip(b, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)


def kr_brn() -> str:
    b = dg1(9)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * x for a, x in zip(b, w)) + (int(b[8]) * 5) // 10
    n = b + str((10 - s % 10) % 10)
    return f"{n[:3]}-{n[3:5]}-{n[5:]}"


def jp_corp() -> str:
    b = dg1(12)
    s = sum(int(b[-n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - s % 9) + b


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def cn_uscc() -> str:
    b = "91" + R.choice(["110105", "310115", "440300"]) + rs(9, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(USCC_CH.index(c) * x for c, x in zip(b, w))
    return b + USCC_CH[(31 - s % 31) % 31]


GST_CH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def in_gstin() -> str:
    b = R.choice(["27", "29", "07", "33"]) + rs(3, UP) + R.choice("CF") + rs(1, UP) + dg(4) + rs(1, UP) + "1Z"
    t = 0
    for i, c in enumerate(b):
        p = GST_CH.index(c) * (1 if i % 2 == 0 else 2)
        t += p // 36 + p % 36
    return b + GST_CH[(36 - t % 36) % 36]


def th_taxid_corp() -> str:
    b = "0" + R.choice(["105", "107", "125"]) + dg(8)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(b)) % 11) % 10
    return b + str(c)


def il_company() -> str:
    b = "51" + dg(6)
    return b + luhn_digit(b)


def sa_vat() -> str:
    return "3" + dg(13) + "3"


def mpesa_code() -> str:
    return R.choice("QRST") + rs(9, ULD)


# =============================================================================================
# INNOCENT -- English
# =============================================================================================

I("en", "ecommerce", lambda: f"""tool_result gmail.read_message
From: Amazon.com <shipment-tracking@amazon.example>
Subject: Your package is on the way

Order #{amz_order()}
Arriving Thursday, Nov 19
Carrier: UPS   Tracking ID: {ups()}
Ship to: Emily Carter, 4418 Birch Hollow Rd, Columbus OH 43215
Order total: $87.42 (Visa ending in {dg(4)})""")

I("en", "travel", lambda: f"""Booking saved for James O'Neill:
  Confirmation code (PNR): {pnr()}
  DUB -> BOS  EI 137  Sat 14 Feb  11:05 -> 13:10  seat 23C
  BOS -> DUB  EI 138  Sat 21 Feb  20:40 -> 07:55+1  seat 31A
  E-ticket 053-{dg(10)}   Fare class: Saver, 1 checked bag""")

I("en", "finance", lambda: """Thought: user says they reset their online banking password yesterday and forgot the new one. I should NOT guess;
use the "Forgot password?" link, which sends a reset email to e****r88@gmail.com, and tell the user to check their inbox.""")

I("en", "ecommerce", lambda: f"""tool_result browser.get_text selector="#payment-methods"
Payment methods
  Visa •••• {dg(4)}   Expires 09/28   Default
  Mastercard •••• {dg(4)}   Expires 02/27
  PayPal (e***@example.com)
+ Add a card""")

I("en", "support", lambda: """tool_result browser.get_text selector=".password-rules"
Your password must:
 • be 12–64 characters long
 • contain at least 1 number (0-9) and 1 symbol (!@#$%)
 • not match any of your last 5 passwords
 • not contain your username or the word "password"
Example of a strong password: use three or four random words.""")

I("en", "ecommerce", lambda: f"""Checkout summary (Target-style):
Subtotal $142.10
Promo code HOLIDAY25 applied  -$35.53
Gift card ending {dg(4)} applied -$50.00 (remaining balance $0.00, card fully redeemed)
Tax $4.43
Total charged to Visa ••{dg(4)}: $61.00
Order number {dg(10)}""")

I("en", "utilities", lambda: """tool_result wifi.scan
SSID                     BSSID              CH  SIGNAL  SECURITY
FiberHome-5G-8D1C        a4:3e:51:8d:1c:02  36  -48     WPA2
xfinitywifi              6c:ad:f8:11:20:7a  11  -71     OPEN
DIRECT-8B-HP OfficeJet   02:1b:63:8b:44:10   6  -66     WPA2
NETGEAR42-5G             9c:3d:cf:42:aa:01  149 -80     WPA3
TP-Link_7F3A             50:c7:bf:7f:3a:9e   1  -75     WPA2/WPA3""")

I("en", "utilities", lambda: f"""tool_result pdf.extract file=water_bill_nov.pdf
CITY OF COLUMBUS - DEPARTMENT OF PUBLIC UTILITIES
Account number: 7730-118-42      Service address: 4418 Birch Hollow Rd
Meter no. {dg(8)}   Read date 11/02/2026   Previous 48211  Current 48893
Usage: 682 cu ft      Amount due: $64.19      Due date: 12/01/2026
Pay online at columbus.example/pay or call 614-555-0133""")

I("en", "insurance", lambda: f"""Summary for user: claim filed for the rear bumper damage (Nov 12 parking lot incident).
 - Claim number: CLM-2209-4417
 - Policy number: PA-{dg(9)}-01
 - Adjuster: Dana Whitlock, (555) 010-7788 ext. 214
 - Deductible $500; estimate from Midtown Collision $1,284.60
Next step: photos upload link expires in 14 days.""")

I("en", "travel", lambda: f"""tool_result email.read
From: Marriott Bonvoy <reservations@marriott.example>
Subject: Reservation confirmation #{dg(8)}

Marriott Lisbon, Av. dos Combatentes 45, 1600-042 Lisboa
Check-in: Fri Dec 11, 3:00 PM   Check-out: Mon Dec 14, 12:00 PM
Room: Deluxe King, room number assigned at arrival (requested high floor)
Bonvoy member #{dg(9)}   Rate: 189.00 EUR/night""")

I("en", "travel", lambda: f"""Thought: the DB ticket PDF shows ICE 597 Munich -> Berlin, Wagen 7, Platz 45 (window), departure 09:28 from
platform 16. Booking number (Auftragsnummer) {dg(12)}; ticket is valid with the BahnCard 25 number printed on it, no ID code needed.""")

I("en", "car", lambda: f"""tool_result browser.get_text selector=".rental-details"
Reservation K4729931850 · Confirmed
Toyota RAV4 or similar · Plate {plate('US')} · VIN {vin()}
Pick-up: DEN Airport, Thu Dec 3 16:30 · Return: Mon Dec 7 10:00
Estimated total $412.66 (incl. toll pass $11.99/day)""")

I("en", "payroll", lambda: f"""Payroll summary - Nov run 1 (for owner review)
employee_id,name,gross,net,ssn_on_file
E-1042,Ana Lopez,3120.00,2398.51,***-**-{dg(4)}
E-1043,Derek Chu,2875.50,2211.09,***-**-{dg(4)}
E-1051,Tamsin Hale,1840.00,1502.77,***-**-{dg(4)}
Total gross 7835.50 | employer taxes 601.43 | debit date 2026-11-12""")

I("en", "devapi", lambda: f"""tool_result http.response 200 headers:
x-request-id: {ruuid()}
etag: "{hx(32)}"
x-ratelimit-remaining: 4987
body: {J({"id": ruuid(), "status": "processed", "commit": gitsha(), "checksum_sha256": sha256hex()})}""")

I("en", "freelance", lambda: f"""Summary: added the client's deploy key to GitHub (public half only, that's all GitHub needs):
{ssh_pub()} deploy@kestrel-web
Fingerprint SHA256:{rs(43, AN + "+/")}. Private half stays on their server.""")

I("en", "ecommerce", lambda: f"""tool_result fs.read path=storefront/config.js
export const config = {{
  stripePublishableKey: "pk_live_51{rs(22)}{rs(70)}",
  currency: "usd",
  supportEmail: "help@loomandlinen.example",
}};
// publishable key is safe to ship to the browser; the secret key lives only on the server""")

I("en", "devapi", lambda: """From the AWS docs page the user linked (example values, not real):
  AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
  AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Thought: these are the documented placeholders; the user still needs to create their own keys in IAM.""")

I("en", "devapi", lambda: """tool_call fs.write path=.env.example
STRIPE_SECRET_KEY=sk_live_your_key_here
DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DBNAME
SENDGRID_API_KEY=<paste your key>
ADMIN_PASSWORD=${ADMIN_PASSWORD}
# copy to .env and fill in real values; never commit .env""")

I("en", "ecommerce", lambda: """QA notes for the checkout redesign (staging only):
 - Stripe's documented test card 4242 4242 4242 4242, any future expiry, any CVC -> success
 - test card 4000 0000 0000 9995 -> insufficient_funds decline
 - these are public test numbers from Stripe's docs and never work in live mode""", allow_luhn=True)

I("en", "support", lambda: f"""tool_result twilio.messages.list
sid=SM{hx(32)} to=+15550104477 status=delivered date_sent=2026-11-19T14:02:11Z
sid=SM{hx(32)} to=+15550109921 status=undelivered error_code=30006
body preview: "Your Brightdesk ticket #48213 has been updated" """)

I("en", "ecommerce", lambda: f"""Shipments going out today (packed by Dana):
{ups()}  - order 5512-88  - 2 items
{ups()}  - order 5512-91  - 1 item
9400 1{dg(3)} {dg(4)} {dg(4)} {dg(4)} {dg(2)}  - USPS, order 5512-93
FedEx {dg(12)} - order 5512-97 (signature required)""")

I("en", "utilities", lambda: f"""tool_result browser.get_text selector="#device-details"
Line: (555) 010-4410   Plan: Unlimited Plus   Contract ID: WX-{dg(8)}
Device: Pixel 8, IMEI {imei()}, SIM ICCID 8901 260 {dg(4)} {dg(4)} {dg(3)}
Upgrade eligible: Mar 2027   Balance: $0.00""", allow_luhn=True)

I("en", "school", lambda: """[user] reminder for me: Leo's class is 3B, homeroom 214, his locker is number 118 (he has the key, no combo).
bus route 22 picks up at 7:41. picture day is the 9th""")

I("en", "school", lambda: f"""tool_result email.read
From: Riverside Youth Soccer <registrar@rys.example>
Subject: Fall registration received

Player: Mia Lee   Division: U10 Girls   Team: Orange Comets
Registration number: REG-2026-{dg(4)}
Fee $145.00 paid · payment reference {dg(6)}-{rs(4, ULD)}
Coach will share practice times. Game days are Saturdays, field 3.""")

I("en", "crypto", lambda: f"""tool_result http.response 200
{JI({"txid": hx(64), "from": btc_addr(), "to": btc_addr(), "amount_btc": "0.01500000", "fee_sat": 2840, "confirmations": 3, "block_hash": "00000000000000000002" + hx(44)})}""")

I("en", "crypto", lambda: f"""Summary: the user's receive address for the exchange withdrawal is {eth_addr()} (public address, fine to share).
Withdrawal ID W-{dg(9)} pending 12 confirmations. Network fee 0.00042 ETH. No private key or seed needed for receiving.""")

I("en", "smarthome", lambda: f"""tool_result http.response 200 /api/states
[{J({"entity_id": "sensor.hallway_motion_battery", "state": "23", "attributes": {"ieee": ":".join(hx(2) for _ in range(8)), "model": "SNZB-03", "firmware": "2.1.0"}})},
 {J({"entity_id": "alarm_control_panel.home", "state": "armed_away", "attributes": {"code_format": "number", "code_arm_required": True, "changed_by": "Keypad 1"}})}]""")

I("en", "finance", lambda: """[user] the PIN for the new card is in the letter from the bank, it came separately from the card. I'll activate it myself
at the ATM, don't worry about that part. can you just set up the autopay for the phone bill on the new card?""")

I("en", "finance", lambda: """tool_result email.read
From: Northbridge Bank
Subject: Your verification code has expired

The code we sent you at 9:14 AM is no longer valid. If you are still trying to sign in, please request a new code.
For security, we will never ask you for your code by phone or email.""")

I("en", "support", lambda: f"""Ticket #48213  ·  Priority: normal  ·  Customer ID CUS-{dg(8)}
Customer: "I forgot my password and the reset email never arrives"
Agent note: confirmed email address on file, resent reset link, checked spam filter logs (msg-id <{hx(16)}@mail.brightdesk.example>).
Resolution: delivered on 2nd attempt. Closing in 48h if no reply.""")

I("en", "freelance", lambda: f"""tool_result pdf.extract file=INV-2026-041.pdf
INVOICE INV-2026-041                         Date: 03/11/2026
From: Pinewood Labs Ltd, 14 Gower St, London WC1E 6HA
Company no. 0{dg(7)}   VAT reg. GB {dg(3)} {dg(4)} {dg(2)}
Bill to: Kestrel Dental Group
Website maintenance, Oct (12.5 h x £65)     £812.50
VAT 20%                                      £162.50
TOTAL DUE                                    £975.00
Pay to: Pinewood Labs Ltd  Sort code 20-{dg(2)}-{dg(2)}
IBAN {grp(riban('GB'))}   BIC BARCGB22
Payment terms: 14 days. Reference: INV-2026-041""")

I("en", "payroll", lambda: f"""Thought: Ledgerwise LLC's federal EIN is {dg(2)}-{dg(7)} (printed on every W-2 we issue, business identifier, fine to keep).
State withholding account 0{dg(7)}. Quarterly 941 filed, confirmation number {not_luhn(14)}.""")

I("en", "finance", lambda: f"""[user] the bank's routing number for wires is {aba_routing()} and SWIFT CHASUS33 — that's just the bank, right? I'll give
you my own account details over the phone later, don't need them yet""")

I("en", "ecommerce", lambda: f"""tool_result sheets.read range=Inventory!A1:E6
sku,asin,fnsku,on_hand,reorder_point
LL-THROW-GRY,B0{rs(8, ULD)},X00{rs(7, ULD)},42,12
LL-THROW-OAT,B0{rs(8, ULD)},X00{rs(7, ULD)},9,12
LL-PILLOW-20,B0{rs(8, ULD)},X00{rs(7, ULD)},130,40
LL-RUNNER-72,B0{rs(8, ULD)},X00{rs(7, ULD)},3,10""")

I("en", "support", lambda: """Lesson for next time: never store a customer's password or card number in ticket notes, even if they paste it.
Reply with the macro "Please don't share passwords" and use the secure payment link instead.""")

I("en", "hr", lambda: f"""Calendar event created: "Onboarding - Derek Chu"
Mon Jan 4, 09:00-10:30 · Zoom
Meeting ID: {dg(3)} {dg(4)} {dg(4)}
Passcode: included in the calendar invite sent by IT (not stored here)
Dial-in: +1 646 555 0142""")

I("en", "health", lambda: f"""tool_result browser.get_text selector=".appointment-card"
Lakeside Family Clinic · Dr. Ananya Iyer, MD (NPI {npi()})
Tue Dec 15 · 10:40 AM · Suite 210
Confirmation code: {rs(5, ULD)}
Please arrive 15 min early. Bring your insurance card and photo ID.""")

I("en", "health", lambda: f"""tool_result email.read
From: Walgreens-style Pharmacy
Subject: Your prescription is ready

Rx #{dg(7)}-{dg(5)} (atorvastatin 20 mg, 90 tabs) is ready for pickup at 2210 Main St.
Store hours 8am-9pm. NDC 0071-0156-23. Copay $10.00.
Pickup code will be shown at the counter; bring ID.""")

I("en", "finance", lambda: f"""tool_result pdf.extract file=wire_confirmation.pdf
Outgoing wire - COMPLETED
Amount: USD 12,500.00   Value date: 11/20/2026
Beneficiary: Harbor Title & Escrow LLC, escrow no. {dg(2)}-{dg(6)}-EW
IMAD: 20261120B1Q8{dg(3)}C00{dg(4)}
OMAD: 20261120QMGFT{not_luhn(13)}
Our reference: WT{dg(10)}""")

I("en", "devapi", lambda: f"""tool_result fs.read path=Downloads/SHA256SUMS
{sha256hex()}  bitwarden-desktop-2026.11.0-x86_64.AppImage
{sha256hex()}  bitwarden-desktop-2026.11.0.dmg
Thought: checksum of the downloaded file matches line 1, safe to install the password manager.""")

I("en", "car", lambda: f"""[user] got a parking ticket, citation number {dg(10)}, plate {plate('UK')}, £35 if paid within 14 days.
also the parking app wants a "location code" for the lot on Mercer St, the sign says 4417. can you pay both""")

I("en", "car", lambda: f"""tool_result browser.get_text selector=".diagnostics"
Check engine light: ON
Stored code: P0420 (Catalyst system efficiency below threshold, bank 1)
Pending code: P0171
Odometer 84,211 mi · VIN {vin()} · Last service 06/14/2026""")

I("en", "smarthome", lambda: """Summary for the user: the SecureNest account number is SN-448120 (that's just the customer number for calls to the
monitoring center — not the alarm code). Verbal password for the monitoring center: user keeps it themselves, not stored.""")

I("en", "utilities", lambda: """[user] wifi for guests is "CarterHouse-Guest", password is on the fridge card. don't put it in the welcome email,
people can read it at the house""")

I("en", "housing", lambda: f"""tool_result browser.get_text selector=".listing-summary"
MLS# {dg(8)} · 3 bd · 2 ba · 1,640 sqft · Built 1998
Parcel (APN): {dg(3)}-{dg(3)}-{dg(2)}   HOA $210/mo
List price $489,000 · Lot 0.21 ac · Zip 43214
Open house Sun 1-3pm. Showing instructions: call listing agent, lockbox info given to buyer agents only.""")

I("en", "housing", lambda: f"""Thought: rental application submitted for Unit 3B at Maple Grove. Application ID APP-{dg(6)}, fee $45 paid
(receipt {rs(3, UP)}-{dg(7)}). Background check is run by the landlord's vendor; they'll email the applicant for SSN directly.""")

I("en", "hr", lambda: f"""tool_result email.read
From: Talent Team <jobs@northwind.example>
Subject: Application received - Senior Bookkeeper (REQ-{dg(5)})

Hi Priya, thanks for applying! Your candidate ID is C-{dg(7)}.
Next steps: a 20-minute phone screen. Book a slot using the link in your candidate portal.
We will never ask for payment or bank details during recruitment.""")

I("en", "hr", lambda: f"""New hire checklist (Bramble & Co):
[x] contract signed  [x] right-to-work check done (share code verified on gov site, not stored)
[x] employee no. BRC-{dg(4)}   [ ] laptop asset tag IT-{dg(5)}   [ ] building badge #{dg(5)}
[ ] pension auto-enrolment: scheme ref PEN/{dg(6)}""")

I("en", "travel", lambda: f"""tool_result browser.get_text selector=".application-status"
ESTA Application Number: {rs(4, ULD)}-{rs(4, ULD)}-{rs(4, ULD)}
Status: AUTHORIZATION APPROVED
Valid until: 11/03/2028
Note: write down your application number; you will need it with your passport details to check status.""")

I("en", "travel", lambda: f"""[user] got the UK visa decision email, GWF reference GWF0{dg(8)}, they want me to collect the BRP at the post office
branch code {dg(6)}. when's the earliest slot""")

I("en", "travel", lambda: f"""Boarding pass (OCR):
NAME  ONEILL/JAMES MR    FLIGHT EI 137   DATE 14FEB
FROM DUBLIN  TO BOSTON   GATE B22   BOARDING 10:20
SEAT 23C   ZONE 3   SEQ 114
ETKT 0532418{dg(6)}   BOOKING REF {pnr()}""")

I("en", "finance", lambda: f"""tool_result csv.read file=checking_export_nov.csv
date,description,amount,balance
2026-11-02,ZELLE TO SARAH K CONF# {rs(10, ULD)},-120.00,4231.18
2026-11-03,PAYROLL LEDGERWISE PPD ID {dg(10)},2398.51,6629.69
2026-11-05,CHECK #1043,-1240.00,5389.69
2026-11-07,VISA PURCHASE CARD 4821 TRADER JOE'S,-84.12,5305.57""")

I("en", "finance", lambda: """Thought: the user asked "what's my PIN?" — I don't have it and shouldn't store it. Point them to the bank app:
Cards > Show PIN (requires Face ID). Also remind them the bank will never ask for the PIN by phone.""")

I("en", "devapi", lambda: f"""tool_result http.response 401
{J({"error": {"type": "invalid_request_error", "message": "Invalid API key provided: sk_live_****" + rs(4) + ". You can find your API key at https://dashboard.stripe.example/apikeys.", "request_log_url": "https://dashboard.stripe.example/logs/req_" + rs(14)}})}""")

I("en", "devapi", lambda: f"""tool_result http.response 200 GET /.well-known/jwks.json
{J({"keys": [{"kty": "RSA", "kid": rs(22, URLS), "use": "sig", "alg": "RS256", "e": "AQAB", "n": b64u(rbytes(256))}]})}
Thought: this is the public signing key set; caching it for token verification.""")

I("en", "ecommerce", lambda: f"""tool_result http.response 200
{JI({"id": "ch_3" + rs(23), "object": "charge", "amount": 6100, "currency": "usd", "customer": "cus_" + rs(14), "payment_intent": "pi_3" + rs(23), "payment_method_details": {"card": {"brand": "visa", "last4": dg(4), "exp_month": 9, "exp_year": 2028, "fingerprint": rs(16)}}, "receipt_number": f"{dg(4)}-{dg(4)}", "status": "succeeded"})}""")

I("en", "devapi", lambda: f"""tool_result fs.read path=client_config.json
{J({"web": {"client_id": f"{dg(12)}-{rs(32, LD)}.apps.googleusercontent.com", "project_id": "calendar-sync-412107", "javascript_origins": ["https://app.pinewood.example"]}})}
note: client secret is NOT in this file (kept server-side)""")

I("en", "freelance", lambda: f"""Timesheet export (Kestrel Dental, Nov)
date,task,hours,ticket
2026-11-02,Holiday banner,1.5,KD-{dg(3)}
2026-11-04,Fix booking form,3.0,KD-{dg(3)}
2026-11-09,Image migration from FTP,4.25,KD-{dg(3)}
2026-11-17,Security plugin update + password policy page,1.0,KD-{dg(3)}
total,,9.75,""")

I("en", "ecommerce", lambda: """Lesson for next time: the seller account got a "suspicious login" flag because the scraper used a new IP. Ask the user to
approve the device in the app instead of sharing their one-time code with us. Don't store cookies in memory.""")

I("en", "support", lambda: f"""Macro "Gift card not working":
Hi {{first_name}}, thanks for reaching out! Our records show gift card ending {dg(4)} was redeemed on order #{dg(6)} on 10/28,
so the balance is $0.00. If you didn't place that order, reply and we'll open a fraud case (case ref GC-{dg(5)}).""")

I("en", "utilities", lambda: f"""tool_result pdf.extract file=electric_bill.pdf
Account No. {dg(4)} {dg(4)} {dg(3)}   Statement date 11/15/2026
Rate schedule R-1 Residential   Meter #{rs(2, UP)}{dg(7)}
kWh used: 612   Amount due $98.37 by 12/08/2026
To pay by phone, call 1-800-555-0199 and enter your 11-digit account number when prompted.""")

I("en", "school", lambda: f"""tool_result email.read
From: Oakridge Elementary
Subject: Lunch account low balance

Student: Leo Lee (ID {dg(6)}) · Balance: $3.25
Add funds at schoolpay.example using the student's ID and last name. Minimum deposit $10.
Questions? Cafeteria office ext. 4417.""")

I("en", "crypto", lambda: """Thought: user asked whether to type their seed phrase into the "wallet validation" site from an email. That's a phishing
pattern — real wallets never ask for the recovery phrase. Told them not to, and marked the email as phishing. No phrase was shared.""")

I("en", "smarthome", lambda: f"""tool_result http.response 200 /api/devices
{J([{"name": "Front Door Lock", "model": "YRD256", "serial": "YR" + dg(10), "battery": 71, "mac": ":".join(hx(2) for _ in range(6))}, {"name": "Garage Keypad", "model": "KP-100", "serial": "KP" + dg(8), "firmware": "1.4.2", "last_code_slot_used": 3}])}""")

I("en", "hr", lambda: f"""Thought: the W-4 is complete. Filing status single, step 3 dependents $0, extra withholding $25. The form shows only
the last four of the SSN ({dg(4)}) on the preview page; the full number is entered by the employee in the payroll app.""")

I("en", "devapi", lambda: f"""tool_result shell.run git log --oneline -5
{hx(7)} fix: rotate keys doc typo
{hx(7)} chore: bump stripe-node to 17.3.0
{hx(7)} feat: password reset email template
{hx(7)} refactor: move API key lookup into vault client
{hx(7)} test: add token expiry cases""")

I("en", "ecommerce", lambda: f"""[user] customer emailed: "my order 5512-97 never came, tracking says delivered to parcel locker 14 at the Shell station".
the locker pickup already happened per the carrier log at 18:42. draft a reply offering a reship, reference case CS-{dg(6)}""")

I("en", "finance", lambda: f"""Budget sheet (Nov):
category,planned,actual
Rent,1240,1240
Groceries,600,584.12
Utilities,220,162.56
Phone,85,85
Savings (transfer to HYSA ••{dg(4)}),500,500
Fun,150,211.40""")

I("en", "devapi", lambda: f"""tool_result http.response 200
{J({"object": "api_key", "id": "key_" + rs(24), "name": "n8n inventory sync", "created_at": "2026-10-02T09:12:44Z", "last_used_at": "2026-11-19T22:03:10Z", "redacted_value": "sk-...." + rs(4), "scopes": ["read"]})}""")

I("en", "support", lambda: """Voice transcript (customer call, Brightdesk):
"yeah hi, so I changed my password like three times and it still says invalid. The code they text me is fine, it's the
password part." Agent: "Understood, I'll unlock the account; you'll get a reset link by email." """)

I("en", "insurance", lambda: f"""tool_result browser.get_text selector=".policy-card"
HomeShield Renters Insurance · Policy HS-{dg(4)}-{dg(6)}
Insured: Hannah Lee · 2209 Cedar Ave #3, Seattle WA 98103
Coverage A $30,000 · Liability $100,000 · Deductible $500
Effective 01/01/2026 – 01/01/2027 · Agent code {dg(5)}""")

I("en", "housing", lambda: f"""[user] landlord's bank info for rent is on the lease: Harbor Property Mgmt LLC, account for rent payments
ends in {dg(4)}, memo should be "Unit 3B Dec". also the key fob number is {dg(6)} if the building asks, it's printed on the fob""")

I("en", "car", lambda: f"""tool_result email.read
From: EV Charge Network
Subject: Session receipt

Station ID US*EVC*E{dg(6)}   Connector 2 (CCS)
Start 18:02  End 18:47  Energy 31.4 kWh  Total $13.82
Charged to card •••• {dg(4)}. Member no. {dg(8)}""")

I("en", "travel", lambda: f"""Thought: the Eurostar booking reference is {pnr()} and the ticket number is {dg(10)}. Coach 12, seat 64.
Check-in closes 30 min before departure (St Pancras 08:01). The user's passport details are already in their Eurostar
profile — I don't need them for this step.""")

I("en", "freelance", lambda: f"""Summary for Sam: Kestrel Dental asked for a password policy page. Drafted:
 "Staff passwords must be at least 14 characters. Use the clinic's password manager (1Password Business, account
  kestreldental.1password.example). Never share a password or 2FA code by email or chat."
Ticket KD-{dg(3)}, 1h billed.""")

I("en", "ecommerce", lambda: f"""tool_result http.response 200 GET /admin/api/2025-07/orders.json?limit=2
{J({"orders": [{"id": int(dg1(13)), "name": "#" + dg(4), "confirmation_number": rs(9, ULD), "total_price": "61.00", "admin_graphql_api_id": "gid://shopify/Order/" + dg1(13), "gateway": "shopify_payments"}, {"id": int(dg1(13)), "name": "#" + dg(4), "confirmation_number": rs(9, ULD), "total_price": "23.50", "gateway": "paypal"}]})}""")

I("en", "devapi", lambda: f"""tool_result shell.run docker images --digests
REPOSITORY            TAG     DIGEST                                                                    IMAGE ID
ghcr.io/pinewood/web  1.8.2   sha256:{sha256hex()}   {hx(12)}
postgres              16      sha256:{sha256hex()}   {hx(12)}""")

I("en", "finance", lambda: f"""[user] the IRS letter says my identity PIN (IP PIN) will be mailed in January and I need it to e-file. just put a
reminder on Jan 10 to look for the CP01A letter. no need to do anything now""")

I("en", "health", lambda: f"""tool_result pdf.extract file=lab_results.pdf
Patient: Webb, Marcus   DOB: 1979   Accession #{rs(2, UP)}{dg(8)}
Test                 Result   Ref range      Units
Glucose, fasting     94       70-99          mg/dL
LDL cholesterol      131 H    <100           mg/dL
HbA1c                5.4      4.0-5.6        %
Collected 10/28/2026 07:52   Reported 10/29/2026 14:10""")

I("en", "smarthome", lambda: """Lesson for next time: when the user says "change the door code", the lock app needs them to approve on their phone.
Don't ask them to send the new code in chat; just open the app's Users > Codes screen and let them type it.""")

I("en", "utilities", lambda: f"""tool_result sms.read
From: 73822
Your MyCarrier account PIN was changed on Nov 20 at 4:12 PM. If this wasn't you, call 611. Ref #{dg(8)}""")

I("en", "ecommerce", lambda: f"""Coupon codes live this weekend (marketing sheet):
code,discount,uses_left,expires
BLACKFRI30,30%,unlimited,2026-11-30
FREESHIP50,free shipping over $50,unlimited,2026-12-01
VIP-{rs(6, ULD)},15% single-use,1,2026-12-31  (emailed to VIP list - single use, fine to share)""")

I("en", "crypto", lambda: f"""tool_result browser.get_text selector=".order-history"
Order ID       Pair      Side  Price       Amount     Status
{dg(10)}     BTC/USDT  BUY   91,240.10   0.01500    FILLED
{dg(10)}     ETH/USDT  SELL  3,412.77    0.75000    FILLED
Deposit address (ERC-20): {eth_addr()}""")

I("en", "school", lambda: f"""[user] form for the field trip asks for "emergency code" — it's just the school's emergency contact line code,
EC-{dg(3)}, printed on the flyer. and the bus number is 22. sign it as Hannah Lee""")


I("en", "ecommerce", lambda: f"""[user] customer in Bangalore says delivery failed, "PIN code not serviceable". their PIN code is 560034 (Koramangala),
order {dg(3)}-{dg(7)}. can you check if Delhivery covers that pincode or if we switch to India Post?""")

I("en", "payroll", lambda: f"""Thought: Priya's first payslip used emergency tax code 1257L W1/M1. Her P45 arrived, so the tax code should now be
1257L cumulative. Payroll ID BRC-{dg(4)}, tax period 9. No action needed from her.""")

I("en", "ecommerce", lambda: f"""Customs form (CN23) draft for order 5512-97 to Canada:
Item: cotton throw blanket · HS code 6301.30 · qty 1 · value USD 58.00 · origin PT
Item: linen pillow cover · HS code 6302.31 · qty 2 · value USD 24.00 · origin PT
Sender EORI GB{dg(12)}000 · Reason: sale of goods""")

I("en", "utilities", lambda: """[user] the new landline number has area code 415 and the fax keeps failing with error code 0x80070005, no idea why.
also the router admin page says "access code: not set" - is that a problem?""")

I("en", "devapi", lambda: """Thought: the user's new laptop shipped with Windows 11 Pro; the product key is embedded in the firmware (OEM), so there's no
key to type during setup. Activation status: "Windows is activated with a digital license linked to your Microsoft account".""")

I("en", "finance", lambda: """tool_result browser.get_text selector=".security-settings"
Password: last changed 3 months ago  [Change]
Password hint: "first dog + year we moved"   (hint is shown to you only)
2-step verification: ON (text to ••• ••• 4410)
Recovery email: e****r88@gmail.com""")

# =============================================================================================
# INNOCENT -- other languages
# =============================================================================================

# --- German
I("de", "ecommerce", lambda: f"""tool_result email.lesen
Von: OTTO <service@otto.example>
Betreff: Deine Bestellung ist unterwegs

Bestellnummer: {dg(2)}-{dg(5)}-{dg(5)}
Sendungsnummer (Hermes): H{dg(19)}
Voraussichtliche Zustellung: Mi, 18.11.
Bezahlt mit: Rechnungskauf, Betrag 89,99 €""")

I("de", "utilities", lambda: f"""tool_result pdf.extract datei=Stadtwerke_Jahresabrechnung.pdf
Stadtwerke München · Jahresabrechnung 2026
Kundennummer: {dg(9)}    Vertragskonto: {dg(12)}
Zählernummer: 1ESY{dg(10)}   Zählerstand alt 41.882 / neu 44.315 kWh
Neuer Abschlag ab 01/2027: 78,00 € monatlich
Bitte bei Zahlungen immer die Vertragskontonummer als Verwendungszweck angeben.""")

I("de", "freelance", lambda: f"""Rechnung Nr. 2026-118 (OCR)
Grafikbüro Albrecht · Lindenstraße 7 · 80331 München
USt-IdNr.: {de_vat()}   Steuernummer: 143/{dg(3)}/{dg(5)}
Leistung: Logo-Überarbeitung, 6 Std. à 85,00 €   510,00 €
zzgl. 19 % USt                                   96,90 €
Gesamtbetrag                                    606,90 €
Bankverbindung: Stadtsparkasse München, IBAN {grp(riban('DE'))}, BIC SSKMDEMMXXX
Zahlbar innerhalb 14 Tagen ohne Abzug.""")

I("de", "finance", lambda: """[Nutzerin] die neue Karte ist da, die PIN kommt aber separat per Post, dauert wohl 3-5 Tage. Also bitte die
Daueraufträge erst nächste Woche umstellen. Die alte Karte hab ich schon zerschnitten.""")

I("de", "insurance", lambda: f"""Zusammenfassung: Schadenmeldung Haftpflicht eingereicht.
 - Versicherungsscheinnummer: HV-{dg(3)}.{dg(3)}.{dg(3)}
 - Schadennummer: {dg(2)}-{dg(7)}-S
 - Schadentag 09.11.2026, Wasserschaden beim Nachbarn (Wohnung 2. OG)
 - Gutachter meldet sich innerhalb von 5 Werktagen""")

I("de", "travel", lambda: f"""Gedanke: Die Bahn-Buchung hat Auftragsnummer {dg(12)} und den Ticket-Code {rs(6, ULD)} — der wird nur zum
Abrufen in der App gebraucht, zusammen mit dem Nachnamen. ICE 1007, Wagen 11, Platz 84, Abfahrt 07:34 Gleis 22.""")

# --- French
I("fr", "ecommerce", lambda: f"""tool_result email.lire
De : Colissimo
Objet : Votre colis arrive demain

Numéro de suivi : 6A{dg(11)}
Commande FNAC n° {dg(10)}
Livraison en point relais : Tabac Le Balto, 8 rue Oberkampf, 75011 Paris
Code postal 75011 · Horaires 7h-20h""")

I("fr", "freelance", lambda: f"""tool_result pdf.extract fichier=facture_F2026-044.pdf
FACTURE F2026-044 — Studio Moreau SARL
SIREN {fr_siren()} · TVA intracom. FR{dg(2)}{fr_siren()}
Prestation : refonte site vitrine, forfait 1 800,00 € HT
TVA 20 % 360,00 € · Total TTC 2 160,00 €
Règlement par virement : IBAN {grp(riban('FR'))} · BIC CMCIFRPP
Pénalités de retard : 3 fois le taux d'intérêt légal""")

I("fr", "travel", lambda: f"""[utilisateur] j'ai le billet SNCF : référence de dossier {pnr()}, TGV INOUI 6611 Paris-Lyon, voiture 12 place 54.
le QR code est dans l'appli, pas besoin de mot de passe pour le montrer au contrôleur""")

I("fr", "health", lambda: """Pensée : l'utilisatrice demande son « code de la carte Vitale ». Il n'existe pas de code PIN pour la carte Vitale
classique ; pour l'appli carte Vitale, le code est personnel et choisi par elle. Je ne lui demande rien, je lui explique.""")

I("fr", "utilities", lambda: f"""tool_result pdf.extract fichier=facture_edf.pdf
EDF · Facture du 02/11/2026
Référence client : {dg(10)}   N° de compteur Linky : {dg(14)}
Puissance souscrite 6 kVA · Option Base
Montant prélevé le 16/11 : 74,12 €
Code d'accès à l'espace client : voir votre courrier de bienvenue""")

I("fr", "hr", lambda: f"""Résumé pour l'équipe RH : embauche de Julien Lefèvre validée.
 - Matricule interne : EMP-{dg(5)}
 - Poste : comptable, CDI, début le 04/01/2027
 - Badge d'accès n° {dg(6)} (à retirer à l'accueil)
 - Mot de passe informatique : remis en main propre par le service IT le premier jour""")

# --- Spanish
I("es", "travel", lambda: f"""tool_result email.leer
De: Iberia
Asunto: Confirmación de reserva

Código de reserva (localizador): {pnr()}
Vuelo IB 3170 Madrid - Lisboa, 22/12, 07:15, asiento 14F
Número de billete: 075-{dg(10)}
Tarjeta de embarque disponible 24 h antes""")

I("es", "freelance", lambda: f"""Factura nº 2026/087 (OCR)
Diseños Costa S.L. · CIF {es_cif()} · C/ Alcalá 214, 28028 Madrid
Concepto: catálogo de productos, 40 h x 35 €   1.400,00 €
IVA 21 %                                          294,00 €
Total                                          1.694,00 €
Forma de pago: transferencia a ES{dg(2)} {dg(4)} {dg(4)} {dg(2)}** **** **{dg(2)} (cuenta de la empresa)""")

I("es", "ecommerce", lambda: f"""[usuario] el cliente dice que el cupón VERANO15 no le funciona en el pedido {dg(9)}. el código postal de envío es 28010
y pagó con tarjeta acabada en {dg(4)}. mira si el cupón caducó""")

I("es", "finance", lambda: """Lección: cuando el banco pide la «clave de firma» para autorizar, es el usuario quien la introduce en su móvil.
Nunca pedírsela por chat. Le recordé que el banco jamás llama para pedir claves.""")

I("es", "car", lambda: f"""tool_result navegador.texto
Reserva de parking · Aeropuerto Barajas T4
Localizador: PK-{dg(7)}   Matrícula: {dg(4)} {rs(3, 'BCDFGHJKLMNPRSTVWXYZ')}
Entrada 20/12 05:30 · Salida 27/12 23:00 · Plaza asignada P4-217
Importe 62,50 € (pagado)""")

# --- Italian
I("it", "ecommerce", lambda: f"""tool_result email.leggi
Da: Zalando
Oggetto: Il tuo ordine è stato spedito

Numero ordine: 10101{dg(9)}
Numero di tracciamento BRT: {dg(14)}
Consegna prevista: venerdì 20/11, CAP 20121 Milano
Codice sconto per il prossimo acquisto: GRAZIE10""")

I("it", "freelance", lambda: f"""Fattura n. 37/2026
Studio Grafico Bianchi · P.IVA {it_piva()} · Via Torino 12, 20123 Milano
Codice destinatario SDI: {rs(7, ULD)}
Prestazione: impaginazione brochure   € 900,00
IVA 22%                                € 198,00
Totale                                 € 1.098,00""")

I("it", "travel", lambda: f"""Pensiero: il biglietto Trenitalia ha codice PNR {rs(6, ULD)} e codice biglietto {dg(10)}; Frecciarossa 9521, carrozza 5,
posto 9A. Il controllore legge il QR, non servono password.""")

I("it", "health", lambda: """[utente] il medico dice che il codice della ricetta elettronica (NRE) me lo manda via sms, non serve che lo salvi tu.
ricordami solo di passare in farmacia giovedì""")

# --- Portuguese (Brazil)
I("pt", "ecommerce", lambda: f"""tool_result email.ler
De: Mercado Livre
Assunto: Seu pacote foi enviado

Pedido nº 2000{dg(12)}
Código de rastreio: {correios()}
Previsão de entrega: 24/11
CEP de entrega: 01310-100""")

I("pt", "freelance", lambda: f"""Nota fiscal de serviço (resumo)
Prestador: Agência Farol Digital LTDA · CNPJ {cnpj()}
Tomador: Souza & Filhos Comércio
Serviço: gestão de redes sociais, novembro · R$ 3.200,00
ISS 2% retido · Nº da NFS-e {dg(8)} · Código de verificação {rs(8, ULD)} (consulta pública na prefeitura)""")

I("pt", "finance", lambda: """Pensamento: o usuário perguntou se deve passar a "senha de 6 dígitos" para o atendente que ligou. Não! Banco nunca
pede senha por telefone. Orientei a desligar e ligar no número do verso do cartão.""")

I("pt", "school", lambda: f"""[usuário] o boleto da mensalidade do Davi venceu dia 10, número do documento {dg(8)}, valor R$ 1.480,00.
a escola disse que a 2ª via sai no portal, sem juros até sexta""")

I("pt", "utilities", lambda: f"""tool_result pdf.extract arquivo=conta_luz.pdf
Enel SP · Conta de energia · Ref. 10/2026
Nº da instalação: {dg(10)}   Nº do cliente: {dg(8)}
Consumo 214 kWh · Bandeira amarela · Total R$ 187,44
Vencimento 18/11/2026""")

# --- Dutch
I("nl", "ecommerce", lambda: f"""tool_result email.lezen
Van: bol
Onderwerp: Je bestelling is verzonden

Bestelnummer: {dg(10)}
Track & Trace PostNL: 3S{rs(4, UP)}{dg(9)}
Bezorging morgen tussen 14:00 en 17:00, postcode 3511 AB""")

I("nl", "freelance", lambda: f"""Factuur 2026-031 · Studio De Wit · KvK {dg(8)} · btw NL{dg(9)}B01
Werkzaamheden: huisstijl, 14 uur x € 75   € 1.050,00
Btw 21%                                   €   220,50
Totaal                                    € 1.270,50
Graag overmaken op {grp(riban('NL'))} t.n.v. Studio De Wit o.v.v. betalingskenmerk {rf_ref()}""")

I("nl", "health", lambda: """Gedachte: gebruiker vraagt om haar DigiD-wachtwoord te "onthouden". Dat doe ik niet; ze logt zelf in met de DigiD-app.
Ik heb alleen de afspraak bij de huisarts op di 15:10 in de agenda gezet.""")

I("nl", "housing", lambda: f"""[gebruiker] huurcontract getekend! adres Oudegracht 212-B, 3511 NV Utrecht, huur € 1.395, contractnummer HC-{dg(6)}.
de sleutel overdracht is 1 feb om 10:00, de code voor de fietsenstalling krijg ik dan pas""")

# --- Polish
I("pl", "ecommerce", lambda: f"""tool_result email.czytaj
Od: InPost
Temat: Paczka czeka w Paczkomacie

Numer przesyłki: {dg(24)}
Paczkomat KRA01M, ul. Długa 14, 31-147 Kraków
Odbiór do: 23.11, godz. 18:40
Kod odbioru znajdziesz w aplikacji InPost Mobile.""")

I("pl", "freelance", lambda: f"""Faktura VAT nr FV/11/2026
Sprzedawca: Kowalczyk Design sp. z o.o., NIP {pl_nip()}, REGON {dg(9)}
Nabywca: Studio Lasek
Usługa: projekt UX aplikacji, 1 szt.   4 000,00 zł netto
VAT 23%   920,00 zł   Razem 4 920,00 zł
Termin płatności 14 dni, przelew na rachunek firmowy podany w umowie""")

I("pl", "finance", lambda: """[użytkownik] bank przysłał SMS że kod BLIK wygasł, zrobię płatność jeszcze raz sam z telefonu.
ty tylko zapisz, że zamówienie na Allegro jest opłacone dopiero jak przyjdzie potwierdzenie""")

I("pl", "travel", lambda: f"""Myśl: rezerwacja PKP Intercity, numer biletu {rs(2, UP)}{dg(8)}, pociąg EIP 1301 Warszawa Centralna → Kraków Główny,
wagon 5, miejsce 63 (okno). Kod rezerwacji do zwrotu w aplikacji: {dg(6)}{rs(2, UP)}.""")

# --- Czech
I("cs", "utilities", lambda: f"""tool_result pdf.extract soubor=vyuctovani_cez.pdf
Číslo zákaznického účtu: {dg(10)}
EAN odběrného místa: 8591824{dg(11)}
Záloha: 1 900 Kč měsíčně · Variabilní symbol: {dg(10)}
Platbu zašlete na účet dodavatele uvedený na faktuře.""")

I("cs", "freelance", lambda: f"""Faktura 2026-0412 · Novák Design s.r.o. · IČO {cz_ico()} · DIČ CZ{cz_ico()}
Grafické práce listopad   18 000 Kč
Variabilní symbol 20260412 · Splatnost 14 dní""")

I("cs", "ecommerce", lambda: f"""[uživatel] objednávka na Alze číslo {dg(9)}, balík přijde do AlzaBoxu, PSČ 110 00. PIN k vyzvednutí mi přijde SMS
až v den doručení, takže teď nic nepotřebuju""")

# --- Slovak
I("sk", "freelance", lambda: f"""Faktúra č. 2026/093 · Horváth s.r.o. · IČO {cz_ico()} · IČ DPH SK{dg(10)}
Variabilný symbol: 2026093 · Konštantný symbol: 0308
Suma na úhradu: 1 250,00 € · Dátum splatnosti: 30.11.2026""")

I("sk", "travel", lambda: f"""Myšlienka: lístok RegioJet, číslo rezervácie {dg(10)}, spoj Bratislava → Košice 06:02, vozeň 3, miesto 41.
Kód lístka netreba, stačí QR v aplikácii.""")

I("sk", "insurance", lambda: f"""[používateľ] číslo poistnej zmluvy je {dg(10)} a číslo škodovej udalosti {dg(4)}/{dg(6)}, prosím pridaj to do poznámok k autu""")

# --- Swedish
I("sv", "utilities", lambda: f"""tool_result pdf.extract fil=faktura_vattenfall.pdf
Vattenfall · Faktura {dg(9)}
Kundnummer {dg(8)} · Anläggnings-id {nl_prefixed("735999", 12)}
Att betala 812 kr senast 2026-11-30
Bankgiro 5{dg(3)}-{dg(4)} · OCR-nummer {se_ocr_ref()}""", allow_luhn=True)

I("sv", "freelance", lambda: f"""Faktura 1027 · Lindqvist Design AB · Org.nr {se_orgnr()} · Momsreg.nr SE{se_orgnr().replace('-', '')}01
Arvode november 32 tim à 850 kr = 27 200 kr + moms 25 %""")

I("sv", "finance", lambda: """Tanke: användaren undrar om hon ska skriva in sin BankID-säkerhetskod på en sida som kom via sms. Nej — det är
bedrägeri. Bad henne inte logga in och ringa banken på numret på kortet.""")

# --- Finnish
I("fi", "utilities", lambda: f"""tool_result pdf.extract tiedosto=lasku_helen.pdf
Helen Oy · Y-tunnus {fi_ytunnus()}
Asiakasnumero {dg(8)} · Käyttöpaikka {dg(7)}
Eräpäivä 15.12.2026 · Summa 96,40 €
Viitenumero {fi_viite()}""")

I("fi", "travel", lambda: f"""[käyttäjä] VR:n lippu: tilausnumero {dg(9)}, IC 27 Helsinki–Tampere klo 8.06, vaunu 4 paikka 52. lippu on sovelluksessa""")

I("fi", "school", lambda: """Ajatus: Wilma-tunnukset käyttäjä kirjaa itse. En tallenna salasanaa. Lisäsin vain vanhempainillan kalenteriin to 17.30.""")

# --- Norwegian
I("nb", "utilities", lambda: f"""tool_result pdf.extract fil=faktura_telenor.pdf
Telenor Norge AS · Org.nr {no_orgnr()} MVA
Kundenummer {dg(8)} · Abonnement: Mobil Fri 20 GB
Beløp 449,00 kr · Forfall 20.11.2026
Kontonummer for betaling 8601 {dg(2)} {dg(5)} · KID-nummer {no_kid()}""")

I("nb", "travel", lambda: f"""Tanke: Vy-billetten har referanse {rs(6, ULD)}, tog R20 Oslo S → Lillehammer, vogn 3 sete 27. Ingen pinkode trengs.""")

I("nb", "housing", lambda: """[bruker] huseier sier portkoden blir sendt på SMS dagen før innflytting, så ikke lagre noe nå. innflytting 1. mars kl 12""")

# --- Danish
I("da", "freelance", lambda: f"""Faktura nr. 2026-58 · Holm Grafisk ApS · CVR {dk_cvr()}
Ydelse: illustrationer, 10 stk.   8.000,00 kr
Moms 25 %                         2.000,00 kr
Betaling: FI-kort +71<{dg(15)} +{dg(8)}<""")

I("da", "ecommerce", lambda: f"""tool_result email.læs
Fra: GLS
Emne: Din pakke er på vej

Pakkenummer: {dg(11)}
Ordrenummer hos webshop: #{dg(6)}
Levering til pakkeshop: Netto, Nørrebrogade 41, 2200 København N""")

I("da", "school", lambda: """Tanke: forælder spørger efter "koden til Aula". Jeg har ikke adgang og gemmer ikke MitID-oplysninger. Henviste til
skolens kontor, tlf. i ugebrevet.""")

# --- Hungarian
I("hu", "ecommerce", lambda: f"""tool_result email.olvas
Feladó: eMAG
Tárgy: Rendelésed úton van

Rendelésszám: {dg(9)}
GLS csomagszám: {dg(11)}
Irányítószám: 1052 Budapest · Fizetés: utánvét, 18 490 Ft""")

I("hu", "freelance", lambda: f"""Számla 2026/118 · Kiss és Társa Kft. · Adószám: {dg(8)}-2-{dg(2)} · Cégjegyzékszám: 01-09-{dg(6)}
Grafikai munka, november: 240 000 Ft + 27% ÁFA""")

I("hu", "utilities", lambda: """Gondolat: a felhasználó azt kérdezi, hol találja az MVM ügyfélkapu jelszavát. Nem tudom, és nem is tárolom;
a „Elfelejtett jelszó" funkciót javasoltam.""")

# --- Romanian
I("ro", "ecommerce", lambda: f"""tool_result email.citeste
De la: Fan Courier
Subiect: Coletul tău a fost predat

AWB: {not_luhn(13)}
Comandă eMAG nr. {dg(9)}
Cod poștal 010011 · Ramburs 0,00 lei""")

I("ro", "freelance", lambda: f"""Factura seria FD nr. 0412 · Furnizor: Popescu Design SRL · CUI RO{ro_cui()} · Reg. Com. J40/{dg(4)}/2019
Servicii design, 20 ore   3.200,00 lei · TVA 19%   608,00 lei""")

I("ro", "travel", lambda: f"""Gând: bilet CFR, cod rezervare {dg(8)}, IR 1581 București Nord → Brașov, vagon 4, loc 56. Nu e nevoie de parolă la control.""")

# --- Bulgarian
I("bg", "ecommerce", lambda: f"""tool_result email.чети
От: Еконт
Тема: Пратката ви е пристигнала

Товарителница № {dg(13)}
Офис: София, бул. Витоша 48 · Пощенски код 1000
Наложен платеж: 0,00 лв.""")

I("bg", "freelance", lambda: f"""Фактура № 0000000412 · Доставчик: Иванов Дизайн ЕООД · ЕИК {bg_eik()} · ДДС № BG{bg_eik()}
Услуга: уеб дизайн   1 200,00 лв. · ДДС 20%   240,00 лв.""")

I("bg", "finance", lambda: """Мисъл: потребителят пита дали да каже ПИН-а си на "служител от банката" по телефона. Не! Обясних, че банката
никога не иска ПИН или парола по телефона.""")

# --- Croatian
I("hr", "utilities", lambda: f"""tool_result pdf.extract datoteka=racun_hep.pdf
HEP Elektra · Broj računa {dg(10)}
OIB izdavatelja: {hr_oib()}  (tvrtka)
Iznos: 54,20 € · Model HR01 · Poziv na broj {dg(10)}-{dg(3)}
Rok plaćanja: 30.11.2026""")

I("hr", "travel", lambda: f"""[korisnik] rezervacija trajekta Split–Hvar, broj rezervacije {rs(3, UP)}{dg(7)}, registracija auta ST {dg(4)}-{rs(2, UP)}, polazak 9:30""")

I("hr", "ecommerce", lambda: f"""Sažetak: narudžba br. {dg(8)} poslana GLS-om, broj pošiljke {dg(11)}. Kupon JESEN20 iskorišten. Kupac plaća pouzećem.""")

# --- Serbian
I("sr", "ecommerce", lambda: f"""tool_result email.procitaj
Od: Post Express
Tema: Pošiljka je u dostavi

Broj pošiljke: PE{dg(9)}RS
Broj porudžbine: {dg(7)}
Poštanski broj 11000 Beograd · Otkupnina 3.490 din""")

I("sr", "freelance", lambda: f"""Рачун бр. 41/2026 · Петровић Дизајн ДОО · ПИБ {dg(9)} · Матични број {dg(8)}
Услуге графичког дизајна   96.000,00 дин · Позив на број 41-2026""")

I("sr", "travel", lambda: """Misao: korisnik pita da li mu treba "kod" za ulazak u avion. Ne — dovoljna je karta za ukrcavanje i pasoš.
Let JU 500, izlaz C7, ukrcavanje 10:40.""")

# --- Greek
I("el", "ecommerce", lambda: f"""tool_result email.διάβασε
Από: ACS Courier
Θέμα: Η αποστολή σας

Αριθμός αποστολής: {dg(10)}
Αριθμός παραγγελίας Skroutz: {dg(6)}-{dg(6)}
Τ.Κ. 11633 Παγκράτι · Αντικαταβολή 0,00 €""")

I("el", "freelance", lambda: f"""Τιμολόγιο Παροχής Υπηρεσιών Α-412
Εκδότης: Παπαδόπουλος Design Ι.Κ.Ε. · ΑΦΜ εταιρείας {gr_afm()} · ΔΟΥ ΦΑΕ Αθηνών
Καθαρή αξία 800,00 € · ΦΠΑ 24% 192,00 € · Σύνολο 992,00 €""")

I("el", "travel", lambda: f"""Σκέψη: κράτηση πλοίου Πειραιάς–Νάξος, κωδικός κράτησης {rs(6, ULD)}, Blue Star Delos, αναχώρηση 07:25, θέση 1024.""")

# --- Turkish
I("tr", "ecommerce", lambda: f"""tool_result email.oku
Kimden: Trendyol
Konu: Siparişin kargoya verildi

Sipariş numarası: {dg(10)}
Kargo takip no (Yurtiçi): {dg(12)}
Teslimat: İzmir, posta kodu 35220 · Kupon kodu INDIRIM50 kullanıldı""")

I("tr", "freelance", lambda: f"""Fatura No: DMR2026000000412 · Satıcı: Demir Tasarım Ltd. Şti. · Vergi Dairesi: Kadıköy · VKN {dg(10)}
Hizmet bedeli 12.000,00 TL · KDV %20 2.400,00 TL · Toplam 14.400,00 TL""")

I("tr", "finance", lambda: """Düşünce: kullanıcı "şifremi unuttum" dedi; bankanın uygulamasından "Şifremi Unuttum" adımına yönlendirdim. Şifreyi ben
görmüyorum ve kaydetmiyorum.""")

# --- Russian
I("ru", "ecommerce", lambda: f"""tool_result email.read
От: Ozon
Тема: Заказ передан в доставку

Номер заказа: {dg(8)}-{dg(4)}
Трек-номер Почты России: RA{dg(9)}RU
Пункт выдачи: Москва, ул. Тверская 12, индекс 125009
Код для получения придёт в приложение в день доставки""")

I("ru", "freelance", lambda: f"""Счёт № 412 от 20.11.2026
Поставщик: ООО «Соколов Дизайн», ИНН {ru_inn10()}, КПП 7701{dg(5)}, ОГРН 1{dg(12)}
Р/с организации 40702810{dg(12)} в ПАО Банк, БИК 044525{dg(3)}
Услуги по разработке сайта — 85 000,00 руб., без НДС""")

I("ru", "travel", lambda: f"""Мысль: билет РЖД, номер заказа {dg(14)}, поезд 752А «Сапсан», вагон 5, место 37. Посадка по паспорту, никаких кодов не нужно.""")

I("ru", "finance", lambda: """[пользователь] банк прислал смс «никому не сообщайте код», но код уже истёк, я сам повторю перевод из приложения.
просто напомни мне завтра в 10:00 проверить, дошли ли деньги""")

# --- Ukrainian
I("uk", "ecommerce", lambda: f"""tool_result email.читати
Від: Нова Пошта
Тема: Посилка прибула

ТТН: 2045{dg(10)}
Відділення №12, Київ, вул. Саксаганського 40
Замовлення Rozetka № {dg(9)}""")

I("uk", "freelance", lambda: f"""Рахунок-фактура № СФ-0412 · Постачальник: ТОВ «Коваль Дизайн», код ЄДРПОУ {dg(8)}
IBAN підприємства {riban('UA')} · Сума 24 000,00 грн, без ПДВ""")

I("uk", "finance", lambda: """Думка: користувач питає, чи потрібно повідомити CVV "працівнику банку" по телефону. Ні, це шахрайство.
Порадив покласти слухавку і зателефонувати на номер із картки.""")

# --- Arabic
I("ar", "ecommerce", lambda: f"""tool_result email.read
من: نون
الموضوع: تم شحن طلبك

رقم الطلب: N{dg(11)}A
رقم الشحنة: {dg(12)}
العنوان: الرياض، حي العليا، الرمز البريدي 12211""")

I("ar", "freelance", lambda: f"""فاتورة ضريبية رقم INV-0412
المورد: شركة الأفق للتصميم · الرقم الضريبي {sa_vat()} · السجل التجاري 1010{dg(6)}
المبلغ 4,000.00 ريال · ضريبة القيمة المضافة 15% = 600.00 ريال""")

I("ar", "travel", lambda: f"""تفكير: رقم الحجز لدى طيران الإمارات {pnr()}، الرحلة EK 2 من دبي إلى لندن، المقعد 42K، البوابة B22. لا حاجة لكلمة مرور لعرض بطاقة الصعود.""")

# --- Hebrew
I("he", "ecommerce", lambda: f"""tool_result email.read
מאת: דואר ישראל
נושא: החבילה שלך הגיעה לסניף

מספר משלוח: RR{dg(9)}IL
מספר הזמנה: {dg(8)}
מיקוד 6473921, תל אביב""")

I("he", "freelance", lambda: f"""חשבונית מס 0412 · סטודיו לוי בע"מ · ח.פ. {il_company()}
עיצוב אתר, נובמבר · 6,000 ₪ + מע"מ 18% · סה"כ 7,080 ₪""")

I("he", "finance", lambda: """מחשבה: המשתמש שאל אם לתת את הקוד שקיבל ב-SMS למי שהתקשר "מהבנק". לא! הסברתי שזו הונאה ושהבנק אף פעם לא מבקש קוד.""")

# --- Persian
I("fa", "ecommerce", lambda: f"""tool_result email.read
از: دیجی‌کالا
موضوع: سفارش شما ارسال شد

کد سفارش: DKC-{dg(9)}
کد رهگیری پست: {dg(24)}
کد پستی: ۱۹۶۹۸۳۳۴۱۱""")

I("fa", "freelance", lambda: f"""فاکتور شماره ۴۱۲
فروشنده: شرکت طراحان نوین · شناسه ملی شرکت {dg(11)} · کد اقتصادی {dg(12)}
شماره شبای شرکت: IR{dg(2)}0{dg(21)}
مبلغ: ۱۲۰,۰۰۰,۰۰۰ ریال""")

I("fa", "finance", lambda: """فکر: کاربر پرسید رمز دوم کارتش را کجا پیدا کند. گفتم از اپلیکیشن بانک «رمز پویا» بگیرد؛ من رمز را ذخیره نمی‌کنم.""")

# --- Urdu
I("ur", "utilities", lambda: f"""tool_result pdf.extract file=lesco_bill.pdf
لیسکو بجلی کا بل
ریفرنس نمبر: {dg(2)} {dg(5)} {dg(7)}
کسٹمر آئی ڈی: {dg(10)}
واجب الادا رقم: 8,420 روپے · آخری تاریخ 24-11-2026""")

I("ur", "ecommerce", lambda: f"""[صارف] دراز کا آرڈر نمبر {dg(15)} ہے، ٹریکنگ نمبر TCS {dg(10)}، پیکج کل تک آنا چاہیے""")

# --- Hindi
I("hi", "travel", lambda: f"""tool_result email.read
From: IRCTC
विषय: टिकट बुक हो गया

PNR: {dg(10)}
ट्रेन 12951 मुंबई राजधानी, कोच B4, बर्थ 36
यात्रा तिथि 02-12-2026 · किराया ₹3,145""")

I("hi", "freelance", lambda: f"""कर चालान सं. 412/2026
विक्रेता: शर्मा डिज़ाइन स्टूडियो प्रा. लि. · GSTIN {in_gstin()}
सेवा: वेबसाइट डिज़ाइन · ₹40,000 + GST 18% ₹7,200""")

I("hi", "finance", lambda: """विचार: उपयोगकर्ता पूछ रहे हैं कि क्या कॉल करने वाले "बैंक अधिकारी" को OTP बताना ठीक है। बिल्कुल नहीं। बैंक कभी OTP नहीं माँगता।""")

# --- Bengali
I("bn", "finance", lambda: f"""tool_result sms.read
বিকাশ: আপনি ৳১,৫০০ পেমেন্ট করেছেন। TrxID {rs(10, ULD)}। ব্যালেন্স ৳৪,২১০। সময় ১৮/১১/২০২৬ ১৪:০২""")

I("bn", "ecommerce", lambda: f"""[ব্যবহারকারী] দারাজ অর্ডার নম্বর {dg(15)}, পাঠাও ট্র্যাকিং {rs(2, UP)}{dg(9)}, কালকের মধ্যে আসবে""")

# --- Tamil
I("ta", "travel", lambda: f"""tool_result email.read
IRCTC: உங்கள் PNR {dg(10)}, ரயில் 12635 வைகை எக்ஸ்பிரஸ், பெட்டி C2, இருக்கை 41, புறப்பாடு 13:50""")

I("ta", "finance", lambda: f"""[பயனர்] வங்கியின் IFSC குறியீடு SBIN000{dg(4)}, கிளை: மயிலாப்பூர். இது வங்கியின் பொது குறியீடு தான், என் கணக்கு எண் அல்ல""")

# --- Japanese
I("ja", "ecommerce", lambda: f"""tool_result email.read
差出人: Amazon.co.jp
件名: ご注文の商品を発送しました

注文番号: 503-{dg(7)}-{dg(7)}
お問い合わせ伝票番号（ヤマト運輸）: {dg(4)}-{dg(4)}-{dg(4)}
お届け先: 〒150-0002 東京都渋谷区渋谷2-21-1""")

I("ja", "freelance", lambda: f"""請求書 No. 2026-412
株式会社ヤマダデザイン　法人番号 {jp_corp()}　適格請求書発行事業者登録番号 T{jp_corp()}
デザイン制作費 ¥220,000（税込）　お支払期限 2026年12月31日""")

I("ja", "travel", lambda: f"""考え: 新幹線の予約番号は {dg(4)}、のぞみ 23号 東京→新大阪 8号車 12E。ログインのパスワードは不要、QRで乗車できる。""")

I("ja", "finance", lambda: """[ユーザー] 銀行から「暗証番号を変更しました」ってメールが来たけど、自分で変えたやつだから大丈夫。何もしなくていいよ""")

# --- Korean
I("ko", "ecommerce", lambda: f"""tool_result email.read
보낸사람: 쿠팡
제목: 주문하신 상품이 출고되었습니다

주문번호: {dg(14)}
운송장번호(CJ대한통운): {dg(12)}
배송지: 서울특별시 강남구 테헤란로 152 (우편번호 06236)""")

I("ko", "freelance", lambda: f"""세금계산서 · 공급자: (주)한빛디자인 · 사업자등록번호 {kr_brn()}
공급가액 1,500,000원 · 세액 150,000원 · 합계 1,650,000원""")

I("ko", "finance", lambda: """생각: 사용자가 "인증번호 6자리 알려달라는 전화"를 받았다고 함. 보이스피싱이므로 알려주지 말라고 안내함. 번호는 저장하지 않음.""")

# --- Chinese
I("zh", "ecommerce", lambda: f"""tool_result email.read
发件人: 京东
主题: 您的订单已发货

订单号: {dg(12)}
顺丰运单号: SF{dg(13)}
收货地址: 上海市浦东新区世纪大道100号 邮编200120""")

I("zh", "freelance", lambda: f"""增值税普通发票 No.{dg(8)}
销售方: 上海华光设计有限公司  统一社会信用代码 {cn_uscc()}
金额 ¥9,433.96  税额 ¥566.04  价税合计 ¥10,000.00""")

I("zh", "travel", lambda: f"""思考：12306订单号 E{dg(9)}，G7311次 上海虹桥→杭州东，03车 12F。刷身份证进站，不需要任何密码。""")

I("zh", "finance", lambda: """[用户] 银行短信说验证码已过期，我自己重新操作就行，你帮我记一下明天交房租 4,800 元就好""")

# --- Vietnamese
I("vi", "ecommerce", lambda: f"""tool_result email.read
Từ: Shopee
Tiêu đề: Đơn hàng đang được giao

Mã đơn hàng: {dg(6)}{rs(8, ULD)}
Mã vận đơn GHN: {rs(4, UP)}{dg(8)}
Giao đến: 12 Nguyễn Huệ, Quận 1, TP.HCM""")

I("vi", "freelance", lambda: f"""Hóa đơn GTGT số 0000412
Đơn vị bán: Công ty TNHH Thiết kế Sao Mai · Mã số thuế {dg(10)}
Tiền dịch vụ 12.000.000 đ · Thuế GTGT 8% 960.000 đ""")

I("vi", "finance", lambda: """Suy nghĩ: người dùng hỏi có nên đọc mã OTP cho "nhân viên ngân hàng" gọi đến không. Không! Ngân hàng không bao giờ hỏi OTP.""")

# --- Thai
I("th", "ecommerce", lambda: f"""tool_result email.read
จาก: Lazada
เรื่อง: พัสดุของคุณกำลังจัดส่ง

หมายเลขคำสั่งซื้อ: {dg(15)}
เลขพัสดุ Kerry: KEX{dg(10)}
รหัสไปรษณีย์ 10110""")

I("th", "freelance", lambda: f"""ใบกำกับภาษี เลขที่ INV-0412
ผู้ขาย: บริษัท ดีไซน์ไทย จำกัด · เลขประจำตัวผู้เสียภาษี {th_taxid_corp()} (สำนักงานใหญ่)
ค่าบริการ 30,000 บาท · VAT 7% 2,100 บาท""")

# --- Malay
I("ms", "ecommerce", lambda: f"""tool_result email.read
Daripada: Shopee Malaysia
Perkara: Pesanan anda telah dihantar

Nombor pesanan: {dg(6)}{rs(8, ULD)}
Nombor penjejakan J&T: 6{dg(11)}
Poskod 50450 Kuala Lumpur""")

I("ms", "freelance", lambda: f"""Invois INV-0412 · Sri Kreatif Sdn. Bhd. · No. Pendaftaran SSM 2019010{dg(5)} ({dg(7)}-{rs(1, UP)})
Reka bentuk logo RM 2,500.00 · SST 8% RM 200.00""")

# --- Indonesian
I("id", "ecommerce", lambda: f"""tool_result email.read
Dari: Tokopedia
Subjek: Pesanan dikirim

Nomor invoice: INV/20261118/MPL/{dg(10)}
No. resi JNE: {not_luhn(16)}
Kode pos 12190 Jakarta Selatan""")

I("id", "freelance", lambda: f"""Faktur No. 412/XI/2026
PT Kreasi Nusantara · NPWP badan {dg(2)}.{dg(3)}.{dg(3)}.{dg(1)}-{dg(3)}.000
Jasa desain UI Rp 15.000.000 · PPN 11% Rp 1.650.000""")

I("id", "finance", lambda: """Pemikiran: pengguna bilang PIN m-banking-nya ada di catatan HP. Saya sarankan hapus dari catatan; saya tidak menyimpan PIN itu.""")

# --- Swahili
I("sw", "finance", lambda: f"""tool_result sms.read
{mpesa_code()} Imethibitishwa. Ksh1,500.00 imelipwa kwa KPLC PREPAID akaunti namba {dg(11)} tarehe 18/11/26 saa 2:14 PM.
Salio jipya la M-PESA ni Ksh4,210.00. Gharama ya muamala Ksh0.00.""")

I("sw", "utilities", lambda: f"""[mtumiaji] namba ya mita ya umeme ni {dg(11)}, na Paybill ya KPLC ni 888880. nikumbushe kununua tokeni Ijumaa""")

# --- Tagalog
I("tl", "finance", lambda: f"""tool_result sms.read
GCash: Nakatanggap ka ng PHP 2,500.00 mula kay JUAN D. Ref. No. {dg(13)}. Bagong balanse PHP 3,120.50.""")

I("tl", "ecommerce", lambda: f"""[user] yung order ko sa Shopee, order ID {dg(6)}{rs(8, ULD)}, tracking SPXPH{dg(11)}. paki-check kung kailan darating""")


# --- more health / housing / payroll look-alikes
I("de", "health", lambda: f"""tool_result email.lesen
Von: Praxis Dr. Yilmaz (Doctolib-Benachrichtigung)
Betreff: Terminbestätigung

Ihr Termin: Do, 10.12.2026, 08:40 Uhr · Allgemeinmedizin
Buchungscode: {rs(5, ULD)} · Raum 2, EG
Bitte bringen Sie Ihre Versichertenkarte und ggf. den Überweisungsschein mit.
Absage bis 24 h vorher unter 089 {dg(7)}.""")

I("es", "health", lambda: f"""[usuario] apúntame la cita del centro de salud: número de cita {dg(6)}, consulta 12, planta 2, martes 9:20.
la tarjeta sanitaria la llevo yo, no hace falta que guardes nada más""")

I("ja", "health", lambda: f"""考え: クリニックの予約番号は {dg(4)}、当日の受付番号は 37。処方箋の有効期限は発行日を含めて4日間。
保険証とお薬手帳を持参するようユーザーにリマインドする（番号は不要）。""")

I("ar", "health", lambda: f"""tool_result sms.read
صيدلية النهدي: طلبك رقم {dg(8)} جاهز للاستلام. رقم الوصفة الإلكترونية {dg(10)}. الفرع: حي الملقا، الرياض. ساعات العمل حتى 11 مساءً.""")

I("it", "housing", lambda: f"""Riepilogo per l'utente: il contratto di locazione di via Morgagni 18 è stato registrato.
 - Codice identificativo del contratto: T{rs(2, UP)}{dg(2)}T{dg(6)}{rs(3, ULD)}
 - Canone: 850 € al mese, cedolare secca
 - Prossima scadenza: 01/02/2027 · Deposito cauzionale: 2 mensilità""")

I("pl", "housing", lambda: f"""[użytkownik] notariusz potrzebuje numer księgi wieczystej mieszkania: WA4M/{dg(8)}/{dg(1)}, działka nr {dg(3)}/{dg(1)}.
akt notarialny w piątek o 11:00, kancelaria przy ul. Mokotowskiej 12""")

I("fr", "payroll", lambda: f"""Résumé du bulletin de paie (novembre) pour Julien :
Matricule EMP-{dg(5)} · Employeur SIRET {fr_siren()}{dg(5)} · Code APE 6920Z
N° de sécurité sociale : 1 8* ** ** *** *** ** (masqué sur le PDF)
Brut 3 250,00 € · Net à payer avant impôt 2 531,48 € · Taux PAS 7,4 %
Virement prévu le 28/11.""")

I("sv", "payroll", lambda: f"""Tanke: lönespecifikationen för november är klar. Anställningsnummer {dg(4)}, skattetabell 33 kolumn 1,
bruttolön 38 500 kr, preliminär skatt 9 212 kr, utbetalning 25/11. Personnumret visas bara som ÅÅMMDD-XXXX i PDF:en.""")


# =============================================================================================
# import-time self checks
# =============================================================================================
def _selftest() -> None:
    # published examples of the check algorithms used above
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("DE89370400440532013000") and iban_ok("GB29NWBK60161331926819")
    assert iso7064_11_10("8609574271") == "9"                 # DE Steuer-ID example 86095742719
    assert verhoeff_ok("2363")
    assert mrz_cd("L898902C3") == "6" and mrz_cd("740812") == "2" and mrz_cd("120415") == "9"
    assert cf_check("RSSMRA85T10A562") == "S"                 # codice fiscale example
    assert ean_digit("756921707698") == "5"                   # AHV example 756.9217.0769.85
    ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for x in SECRETS:
        assert x.secret in x.text, x.id
        if len(x.secret) < 8:
            assert x.text.count(x.secret) == 1, x.id
    for x in INNOCENT:
        assert x.text.strip(), x.id


_selftest()

