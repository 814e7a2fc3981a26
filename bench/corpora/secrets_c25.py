"""Independent secret-redaction test corpus c25 ("agent memory" records).

Started: Mon Dec  7 14:16:40 UTC 2026

Counts
------
SECRETS: 222    INNOCENT: 222    languages of the human-written part: 32

By language (secrets/innocent):
  en 85/95 (38% / 43%)   de 7/4   es 6/4   fr 6/4   it 5/4   nl 5/4   pl 5/4
  pt 5/4   ru 5/4   zh 5/4   ja 4/5   ko 4/5   sv 4/5   ar 4/4   bn 4/4
  cs 4/4   da 4/4   el 4/4   fa 4/4   fi 4/4   he 4/4   hi 4/4   hu 4/4
  id 4/4   no 4/4   ro 4/4   sw 4/4   th 4/4   tl 4/4   tr 4/4   uk 4/4
  vi 4/4

By setting (secrets/innocent):
  hosp  hospital / clinic administration ............... 21/16
  logi  logistics and shipping ......................... 11/38
  law   law firms and notaries ......................... 13/19
  edu   schools and universities ....................... 20/17
  gov   government e-services (tax, benefits, permits) . 31/19
  prop  property management / smart buildings .......... 23/14
  ds    data-science notebooks / ML pipelines .......... 16/15
  mob   mobile-app development (signing, Firebase) ..... 15/13
  game  game servers and mods .......................... 11/12
  pos   retail point of sale ........................... 21/28
  tel   telecom / ISP support .......................... 20/16
  npo   nonprofits and churches ........................ 20/15
(META maps every id to (language, setting); the tallies above were computed
from it.)

Record kinds, mixed across both lists: user requests, agent thoughts and
reasoning, tool calls with JSON arguments, tool output (CSV, logs, HTTP,
config files, CLI output, HL7/FHIR, receipts), team summaries, "lesson for
next time" notes, forwarded e-mails, OCR of photos and screenshots, and
voice or voicemail transcriptions.

Generation
----------
Every value is synthetic and is drawn at import time from one
random.Random(SEED). Nothing is real except the documented example
strings, which appear only in INNOCENT records that say they are examples
(AWS AKIAIOSFODNN7EXAMPLE / wJalr...EXAMPLEKEY, card-processor test cards
4242..., 4000 0000 0000 0002, 4000 0025 0000 3155, and the SSN example
123-45-6789).
Valid check digits are computed for: Luhn card numbers (Visa, Mastercard,
Iranian 6037...), IBAN mod-97 (and the national check for FR RIB key, ES DC,
NL elfproef, BE, FI Luhn), US ABA routing, UK NHS number, DE Steuer-ID and
KVNR, FR NIR, ES DNI/NIE, IT codice fiscale, NL BSN, PL PESEL/NIP, CZ rodne
cislo, SE personnummer, FI HETU, NO fodselsnummer, DK CPR (old mod-11), HU
TAJ and adoazonosito jel, RO CNP, GR AMKA/AFM, TR TCKN/VKN, RU SNILS/INN/OGRN,
UA RNOKPP, IL Teudat Zehut, IR code-melli, IN Aadhaar (Verhoeff), CN
resident id and USCC, KR RRN and business number, JP My Number and
corporate number, BR CPF/CNPJ/CNS/NF-e access key, PT NIF, CA SIN, AE
Emirates ID, SA national id (Luhn), TH id, passport MRZ (7-3-1), plus
innocent-side ids: NPI, ISO 6346 containers, UPS 1Z, GTIN/UPC/SSCC, ISBN,
IMEI/ICCID, SIREN/SIRET/FR VAT, DE VAT, ORCID, UPU S10
tracking, Partita IVA, CZ ICO, SE org.nr, FI Y-tunnus and viitenumero, NO
org.nr and KID, DK CVR, RO CUI, IN GSTIN, Yamato tracking, MPAN, AWB mod-7,
bech32 (BTC address, age keys) and base58check (WIF, P2PKH).
Not check-valid (by choice or because the algorithm is not public or is
not reproduced): BIP-39 phrases (words come from a subset of the list, so
the checksum is wrong), IT IBAN CIN letter, US SSN/MBI/passport and UK
NINO/driving licence (format only), KE/BD/ID/VN/PH ids (format only),
vendor tokens (format-alike; the ghp_ token has a CRC32-base62 tail in the
style GitHub uses).

Labelling choices for borderline cases
--------------------------------------
* `secret` is the single most critical span. When a record holds more than
  one sensitive value (card and CVV, routing and account, key id and key),
  the other value stays in the text too. Routing + account -> the account
  number. Card + CVV -> whichever one the record is about. Gift card
  number + PIN -> the PIN. Russian passport series + number -> the number.
* PEM/OpenSSH private keys: the secret is one base64 body line carrying
  private material, so a filter that redacts only the BEGIN/END markers
  fails. In the OpenSSH key that is the line holding the private seed.
  Azure connection string: the AccountKey value. URL-encoded passwords:
  the encoded form exactly as it appears.
* A few secrets occur twice in their text on purpose (store and key
  password are the same; the passport number appears in both the MRZ and
  the printed field). Both copies must go.
* Slack/Discord webhook URLs are secret as a whole URL. The Telegram bot
  token, a Postmark server token that is a bare UUID, and the Kakao REST key (32 hex) are secret
  even though they look like ids.
* Personal national / tax / insurance / health ids are SECRET (incl. KRA
  PIN, NID, CNS, KVNR, Medicare MBI, insurer member id). Company ids printed
  on invoices (VAT, SIREN/SIRET, CNPJ, KvK, NIP of a company, GSTIN, USCC,
  Japanese T-number, org.nr, CVR, EIN of a charity) are INNOCENT.
* Full IBANs and bank account numbers are always SECRET, even on a notary or
  refund letter. Masked IBANs ("DE** ... 34 72"), BIC/SWIFT, IFSC,
  Swedish bankgiro/Swish business numbers and the routing number alone are
  INNOCENT.
* INNOCENT by design, although they look like keys: Stripe pk_live
  publishable key; Firebase google-services.json `current_key` (AIza...,
  shipped in the APK and restricted to the app). These two could be argued
  either way. Also INNOCENT: reCAPTCHA site key, Twilio Account SID /
  Messaging SID (the auth token is hidden), DocuSign integration key
  (client id), Apple Team/Key/Issuer ids, Google OAuth / LTI client_id, public
  keys (ssh-ed25519, PEM PUBLIC KEY, certificates, WireGuard PublicKey,
  age1 recipients, PGP fingerprints, mod-signing ed25519 public key),
  certificate/SPKI pins, BTC/ETH addresses, DUKPT KSN and key check value,
  ARQC, receipt AUTH CODEs, webhook signature headers (one-time HMAC),
  SIP digest nonce, BattlEye GUIDs, MLflow run ids, gitleaks fingerprints,
  confirmation/booking codes, M-Pesa/GCash/UPI transaction references, and
  customs MRN.
* Placeholders (${VAR}, {{ secrets.X }}, !secret x, os.environ[...],
  System.getenv, "changeme", <your-...>, "(hidden)", "••••") are INNOCENT,
  and so is prose that only talks about passwords, PINs, OTPs or codes.
* Door, gate, alarm, lockbox, safe and locker codes, one-time codes (SMS
  OTP, BLIK, IRS IP PIN, bank dynamic passwords), PUK and port-out PINs, and
  Wi-Fi keys are SECRET even when short (4-6 digits).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid as _uuid
import zlib
from typing import NamedTuple

SEED = 2025_1207_25
R = random.Random(SEED)


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
# id -> (language, setting); informational only
META: dict[str, tuple[str, str]] = {}

SETTINGS = {
    "hosp": "hospital / clinic administration",
    "logi": "logistics and shipping",
    "law": "law firms and notaries",
    "edu": "schools and universities",
    "gov": "government e-services (tax, benefits, permits)",
    "prop": "property management / smart buildings",
    "ds": "data-science notebooks / ML pipelines",
    "mob": "mobile-app development (signing, Firebase, stores)",
    "game": "game servers and mods",
    "pos": "retail point of sale",
    "tel": "telecom / ISP support",
    "npo": "nonprofits and churches",
}


def S(lang: str, setting: str, text: str, secret: str) -> None:
    assert setting in SETTINGS, setting
    assert secret and secret in text, (lang, setting, secret, text)
    sid = f"c25-s-{len(SECRETS) + 1:03d}-{lang}"
    SECRETS.append(Secret(sid, text, secret))
    META[sid] = (lang, setting)


def I(lang: str, setting: str, text: str) -> None:
    assert setting in SETTINGS, setting
    iid = f"c25-i-{len(INNOCENT) + 1:03d}-{lang}"
    INNOCENT.append(Innocent(iid, text))
    META[iid] = (lang, setting)


# --------------------------------------------------------------------------
# generic random helpers (all drawing from the single seeded R)
# --------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
B64URL_ALPHA = ALNUM + "-_"
SYMS = "!#$%&*+-=?@^_.~"


def rs(n: int, alpha: str = ALNUM) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n: int) -> str:
    return rs(n, "0123456789abcdef")


def HX(n: int) -> str:
    return rs(n, "0123456789ABCDEF")


def dg(n: int) -> str:
    return rs(n, DG)


def dg1(n: int) -> str:
    return str(R.randint(1, 9)) + dg(n - 1)


def rb(n: int) -> bytes:
    return R.randbytes(n)


def b64(n: int) -> str:
    return base64.b64encode(rb(n)).decode()


def b64u(n: int) -> str:
    return base64.urlsafe_b64encode(rb(n)).decode().rstrip("=")


def b64u_json(obj) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def uuid4() -> str:
    return str(_uuid.UUID(bytes=rb(16), version=4))


def wrap(s: str, width: int = 64) -> list[str]:
    return [s[i:i + width] for i in range(0, len(s), width)]


def pw(n: int = 14, sym: bool = True) -> str:
    alpha = ALNUM + (SYMS if sym else "")
    while True:
        p = rs(n, alpha)
        if (any(c.isupper() for c in p) and any(c.islower() for c in p)
                and any(c.isdigit() for c in p)
                and (not sym or any(c in SYMS for c in p))
                and p[0] not in "-."):
            return p


def human_pw(words: list[str]) -> str:
    w = R.choice(words)
    w = w[0].upper() + w[1:]
    return w + str(R.randint(1970, 2029)) + R.choice("!#$%*?@.")


EN_WORDS = ("maple harbor lantern copper violet tundra orbit pepper canyon "
            "walrus saffron meadow quartz ember falcon juniper pebble "
            "thunder cactus velvet marble nectar plume ridge sparrow").split()


def passphrase(k: int = 4, sep: str = "-", words=EN_WORDS) -> str:
    return sep.join(R.choice(words) for _ in range(k))


# --------------------------------------------------------------------------
# check-digit algorithms
# --------------------------------------------------------------------------
def luhn_cd(payload: str) -> str:
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
    return luhn_cd(num[:-1]) == num[-1]


def card(prefix: str, length: int = 16) -> str:
    p = prefix + dg(length - len(prefix) - 1)
    return p + luhn_cd(p)


def group(s: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def fmt_card(c: str, sep: str = " ") -> str:
    if len(c) == 15:
        return group(c, (4, 6, 5), sep)
    return group(c, (4, 4, 4, 4), sep)


def iban(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_fmt(i: str) -> str:
    return " ".join(wrap(i, 4))


def iban_de() -> str:
    return iban("DE", dg1(8) + dg(10))


def iban_fr() -> str:
    bank, branch, acct = dg1(5), dg(5), dg(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return iban("FR", f"{bank}{branch}{acct}{key:02d}")


def iban_es() -> str:
    bank, office, acct = dg1(4), dg(4), dg(10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(digs: str) -> int:
        v = 11 - sum(int(a) * b for a, b in zip(digs, w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    d1 = dc("00" + bank + office)
    d2 = dc(acct)
    return iban("ES", f"{bank}{office}{d1}{d2}{acct}")


def iban_nl() -> str:
    while True:
        acct = dg1(9)
        a10 = "0" + acct
        if sum(int(d) * w for d, w in zip(a10, range(10, 0, -1))) % 11 == 0:
            break
    return iban("NL", R.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + a10)


def iban_be() -> str:
    first = dg(10)
    c = int(first) % 97 or 97
    return iban("BE", f"{first}{c:02d}")


def iban_generic(cc: str, n: int, letters: int = 0) -> str:
    return iban(cc, rs(letters, UP) + dg(n))


def aba_ok(r: str) -> bool:
    d = [int(x) for x in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7])
            + (d[2] + d[5] + d[8])) % 10 == 0


def aba() -> str:
    while True:
        head = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09",
                         "10", "11", "12", "21", "22", "26", "31", "32"])
        r8 = head + dg(6)
        for c in "0123456789":
            if aba_ok(r8 + c):
                return r8 + c


def ssn_us() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def nino_uk() -> str:
    first = R.choice("ABCEGHJKLMNPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second} {dg(2)} {dg(2)} {dg(2)} {R.choice('ABCD')}"


def nhs_number() -> str:
    while True:
        d = dg1(9)
        r = 11 - sum(int(x) * w for x, w in zip(d, range(10, 1, -1))) % 11
        if r == 11:
            r = 0
        if r != 10:
            s = d + str(r)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def steuer_id_cd(d10: str) -> str:
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def steuer_id() -> str:
    digits = list(DG)
    R.shuffle(digits)
    if digits[0] == "0":
        digits[0], digits[1] = digits[1], digits[0]
    ten = digits[:10]
    missing_pos = R.randint(1, 9)
    dup = ten[R.randint(0, 9)]
    while dup == ten[missing_pos]:
        dup = ten[R.randint(0, 9)]
    ten[missing_pos] = dup
    if ten[0] == "0":
        ten[0] = "4"
    s = "".join(ten)
    return s + steuer_id_cd(s)


def kvnr() -> str:
    letter = R.choice(UP)
    body = dg(8)
    digs = f"{ord(letter) - 64:02d}" + body
    total = 0
    for i, ch in enumerate(digs):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        total += v // 10 + v % 10
    return f"{letter}{body}{total % 10}"


def nir_fr() -> str:
    sex = R.choice("12")
    yy, mm = f"{R.randint(40, 99):02d}", f"{R.randint(1, 12):02d}"
    dep = f"{R.randint(1, 95):02d}"
    com, order = f"{R.randint(1, 990):03d}", f"{R.randint(1, 999):03d}"
    n = sex + yy + mm + dep + com + order
    key = 97 - int(n) % 97
    return f"{sex} {yy} {mm} {dep} {com} {order} {key:02d}"


def dni_es() -> str:
    n = R.randint(10_000_000, 79_999_999)
    return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie_es() -> str:
    p = R.choice("XYZ")
    n = dg(7)
    v = int(str("XYZ".index(p)) + n)
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[v % 23]}"


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6,
                    8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_check(s15: str) -> str:
    tot = 0
    for i, ch in enumerate(s15):
        if i % 2 == 0:
            tot += _CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26)


def codice_fiscale() -> str:
    cons = "BCDFGLMNPRSTVZ"
    s = rs(3, cons) + rs(3, cons) + f"{R.randint(50, 99)}"
    s += R.choice("ABCDEHLMPRST")
    day = R.randint(1, 28) + R.choice([0, 40])
    s += f"{day:02d}" + R.choice("ABCDEFGHLM") + dg(3)
    return s + cf_check(s)


def bsn() -> str:
    while True:
        d = dg1(8)
        s = sum(int(x) * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return d + str(c)


def be_rrn() -> str:
    yy, mm, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    ser = R.randint(1, 997)
    first9 = f"{yy:02d}{mm:02d}{dd:02d}{ser:03d}"
    c = 97 - int(first9) % 97
    return f"{yy:02d}.{mm:02d}.{dd:02d}-{ser:03d}.{c:02d}"


def pesel() -> str:
    yy, mm, dd = R.randint(0, 99), R.randint(1, 12), R.randint(1, 28)
    if yy < 10:
        mm += 20
    d = f"{yy:02d}{mm:02d}{dd:02d}{dg(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(d, w)) % 10) % 10
    return d + str(c)


def nip_pl() -> str:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        d = dg1(9)
        c = sum(int(a) * b for a, b in zip(d, w)) % 11
        if c < 10:
            s = d + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def rodne_cislo() -> str:
    while True:
        yy, mm, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
        mm += R.choice([0, 50])
        head = f"{yy:02d}{mm:02d}{dd:02d}"
        tail3 = dg(3)
        for c in range(10):
            if int(head + tail3 + str(c)) % 11 == 0:
                return f"{head}/{tail3}{c}"


def personnummer_se() -> str:
    yy, mm, dd = R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)
    p = f"{yy:02d}{mm:02d}{dd:02d}{dg(3)}"
    return f"{p[:6]}-{p[6:]}{luhn_cd(p)}"


def hetu_fi() -> str:
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(50, 99)
    ind = R.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{ind:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{ind:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}"


def fnr_no() -> str:
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        d = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}{R.randint(0, 499):03d}"
        k1 = 11 - sum(int(a) * b for a, b in zip(d, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d2 = d + str(k1)
        k2 = 11 - sum(int(a) * b for a, b in zip(d2, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return d2 + str(k2)


def cpr_dk() -> str:
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        d = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}{dg(4)}"
        if sum(int(a) * b for a, b in zip(d, w)) % 11 == 0:
            return f"{d[:6]}-{d[6:]}"


def taj_hu() -> str:
    d = dg1(8)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
    s = d + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def adoazonosito_hu() -> str:
    while True:
        d = "8" + dg(8)
        c = sum(int(x) * (i + 1) for i, x in enumerate(d)) % 11
        if c < 10:
            return d + str(c)


def cnp_ro() -> str:
    w = "279146358279"
    d = (R.choice("12") + f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}"
         f"{R.randint(1, 28):02d}{R.randint(1, 46):02d}{dg(3)}")
    r = sum(int(a) * int(b) for a, b in zip(d, w)) % 11
    return d + ("1" if r == 10 else str(r))


def amka_gr() -> str:
    p = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}{dg(4)}"
    return p + luhn_cd(p)


def afm_gr() -> str:
    d = dg1(8)
    c = sum(int(x) * 2 ** (8 - i) for i, x in enumerate(d)) % 11 % 10
    return d + str(c)


def tckn() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def snils() -> str:
    while True:
        d = dg(9)
        if int(d) <= 1001998:
            continue
        s = sum(int(x) * (9 - i) for i, x in enumerate(d))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            c = 0 if c == 100 else c
        return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}"


def inn_ru_person() -> str:
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = f"{R.randint(1, 99):02d}" + dg(8)
    c1 = sum(int(a) * b for a, b in zip(d, w1)) % 11 % 10
    d += str(c1)
    c2 = sum(int(a) * b for a, b in zip(d, w2)) % 11 % 10
    return d + str(c2)


def inn_ru_org() -> str:
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = f"{R.randint(1, 99):02d}" + dg(7)
    return d + str(sum(int(a) * b for a, b in zip(d, w)) % 11 % 10)


def rnokpp_ua() -> str:
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    d = dg1(9)
    return d + str(sum(int(a) * b for a, b in zip(d, w)) % 11 % 10)


def teudat_zehut() -> str:
    p = dg1(8)
    return p + luhn_cd(p)


def codemelli_ir() -> str:
    while True:
        d = dg1(9)
        s = sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
        c = s if s < 2 else 11 - s
        out = d + str(c)
        if len(set(out)) > 1:
            return out


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_cd(num: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar() -> str:
    p = str(R.randint(2, 9)) + dg(10)
    s = p + verhoeff_cd(p)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def pan_in() -> str:
    return rs(3, UP) + "P" + rs(1, UP) + dg(4) + rs(1, UP)


def cn_resident_id() -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    d = (R.choice(["110105", "310104", "440305", "510107", "330106"])
         + f"{R.randint(1960, 2004)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + dg(3))
    return d + "10X98765432"[sum(int(a) * b for a, b in zip(d, w)) % 11]


def rrn_kr() -> str:
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    d = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.choice('12')}{dg(5)}"
    c = (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10
    return f"{d[:6]}-{d[6:]}{c}"


def my_number_jp() -> str:
    d = dg1(11)
    tot = 0
    for n, ch in enumerate(reversed(d), start=1):
        q = n + 1 if n <= 6 else n - 5
        tot += int(ch) * q
    r = tot % 11
    c = 0 if r <= 1 else 11 - r
    s = d + str(c)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def cpf_br() -> str:
    d = dg(9)
    c1 = sum(int(x) * (10 - i) for i, x in enumerate(d)) * 10 % 11 % 10
    d += str(c1)
    c2 = sum(int(x) * (11 - i) for i, x in enumerate(d)) * 10 % 11 % 10
    d += str(c2)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def cnpj_br() -> str:
    d = dg1(8) + "0001"
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    w2 = [6] + w1
    r = sum(int(a) * b for a, b in zip(d, w1)) % 11
    d += str(0 if r < 2 else 11 - r)
    r = sum(int(a) * b for a, b in zip(d, w2)) % 11
    d += str(0 if r < 2 else 11 - r)
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}"


def nif_pt(first: str = "2") -> str:
    d = first + dg(7)
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(d)) % 11
    return d + ("0" if c >= 10 else str(c))


def sa_id_za() -> str:
    p = (f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
         f"{dg(4)}08")
    return p + luhn_cd(p)


def sin_ca() -> str:
    p = str(R.randint(1, 7)) + dg(7)
    s = p + luhn_cd(p)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def tfn_au() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = dg1(8)
        for c in range(10):
            if sum(int(a) * b for a, b in zip(d + str(c), w)) % 11 == 0:
                s = d + str(c)
                return f"{s[:3]} {s[3:6]} {s[6:]}"


def medicare_au() -> str:
    d = str(R.randint(2, 6)) + dg(7)
    c = sum(int(a) * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return f"{d[:4]} {d[4:]}{c}{R.randint(1, 9)}"


def thai_id() -> str:
    d = dg1(12)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(d)) % 11) % 10
    s = d + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def emirates_id() -> str:
    p = f"784{R.randint(1970, 2003)}{dg(7)}"
    s = p + luhn_cd(p)
    return f"{s[:3]}-{s[3:7]}-{s[7:14]}-{s[14]}"


def saudi_id() -> str:
    p = "1" + dg(8)
    return p + luhn_cd(p)


def nik_id() -> str:
    dd = R.randint(1, 28) + R.choice([0, 40])
    return (R.choice(["317101", "327301", "357801", "517102"])
            + f"{dd:02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}{dg(4)}")


def cccd_vn() -> str:
    return R.choice(["001", "079", "048", "031"]) + R.choice("01") + f"{R.randint(60, 99):02d}" + dg(6)


def mbi_us() -> str:
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + DG
    return (str(R.randint(1, 9)) + R.choice(A) + R.choice(AN) + dg(1) + R.choice(A)
            + R.choice(AN) + dg(1) + R.choice(A) + R.choice(A) + dg(2))


def mrz_cd(s: str) -> str:
    def val(c):
        if c.isdigit():
            return int(c)
        if c == "<":
            return 0
        return ord(c) - 55
    w = [7, 3, 1]
    return str(sum(val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def npi() -> str:
    p = R.choice("12") + dg(8)
    return p + luhn_cd("80840" + p)


def iso6346() -> str:
    vals = {}
    v = 10
    for ch in UP:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    owner = rs(3, UP) + "U"
    serial = dg(6)
    s = owner + serial
    tot = sum((vals[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(s))
    return s + str(tot % 11 % 10)


def ups_1z() -> str:
    body = rs(6, UP + DG) + R.choice(["01", "02", "03", "12", "13"]) + dg(7)
    odd = even = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        if i % 2 == 0:
            odd += v
        else:
            even += v
    return "1Z" + body + str((10 - (odd + even * 2) % 10) % 10)


def gtin(n: int = 13, prefix: str = "") -> str:
    p = prefix + dg(n - 1 - len(prefix))
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(p)))
    return p + str((10 - tot % 10) % 10)


def imei() -> str:
    p = R.choice(["35", "86", "01"]) + dg(12)
    return p + luhn_cd(p)


def iccid() -> str:
    p = "89" + R.choice(["44", "49", "33", "31", "46"]) + dg(13)
    return p + luhn_cd(p)


def siren() -> str:
    p = dg1(8)
    return p + luhn_cd(p)


def vat_fr(sir: str) -> str:
    return f"FR{(12 + 3 * (int(sir) % 97)) % 97:02d}{sir}"


def vat_de() -> str:
    d = dg1(8)
    return "DE" + d + steuer_id_cd(d)


def lei() -> str:
    base = dg(4) + "00" + rs(12, UP + DG)
    num = "".join(str(int(c, 36)) for c in base + "00")
    return f"{base}{98 - int(num) % 97:02d}"


def orcid() -> str:
    d = "000000" + str(R.randint(1, 3)) + dg(8)
    total = 0
    for ch in d:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    s = d + ("X" if r == 10 else str(r))
    return "-".join(wrap(s, 4))


def ein_us() -> str:
    return f"{R.choice(['12', '20', '27', '36', '46', '84', '94'])}-{dg(7)}"


# --------------------------------------------------------------------------
# vendor-style tokens and key material
# --------------------------------------------------------------------------
B62 = DG + UP + LO


def base62(n: int, width: int) -> str:
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_token(prefix: str = "ghp_") -> str:
    body = rs(30)
    return prefix + body + base62(zlib.crc32(body.encode()), 6)


def aws_akid() -> str:
    return "AKIA" + rs(16, UP + "234567")


def aws_secret() -> str:
    return rs(40, ALNUM + "/+")


def slack_bot() -> str:
    return f"xoxb-{dg1(11)}-{dg1(13)}-{rs(24)}"


def slack_webhook() -> str:
    return (f"https://hooks.slack.com/services/T{rs(8, UP + DG)}/"
            f"B{rs(10, UP + DG)}/{rs(24)}")


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{dg1(19)}/{rs(68, B64URL_ALPHA)}"


def discord_bot() -> str:
    uid = dg1(18).encode()
    return f"{base64.b64encode(uid).decode().rstrip('=')}.{rs(6, B64URL_ALPHA)}.{rs(38, B64URL_ALPHA)}"


def telegram_bot() -> str:
    return f"{dg1(10)}:AA{rs(33, B64URL_ALPHA)}"


def stripe_sk(mode: str = "live", kind: str = "sk") -> str:
    return f"{kind}_{mode}_51{rs(22)}{rs(74)}"


def openai_key() -> str:
    return f"sk-proj-{rs(58, B64URL_ALPHA)}T3BlbkFJ{rs(58, B64URL_ALPHA)}"


def anthropic_key() -> str:
    return f"sk-ant-api03-{rs(93, B64URL_ALPHA)}AA"


def google_api_key() -> str:
    return "AIza" + rs(35, B64URL_ALPHA)


def google_client_secret() -> str:
    return "GOCSPX-" + rs(28, B64URL_ALPHA)


def google_refresh() -> str:
    return "1//0" + rs(2, UP) + rs(99, B64URL_ALPHA)


def sendgrid() -> str:
    return f"SG.{rs(22, B64URL_ALPHA)}.{rs(43, B64URL_ALPHA)}"


def hf_token() -> str:
    return "hf_" + rs(34, UP + LO)


def npm_token() -> str:
    return "npm_" + rs(36)


def pypi_token() -> str:
    return "pypi-AgEIcHlwaS5vcmcCJD" + b64u(96)


def glpat() -> str:
    return "glpat-" + rs(20, B64URL_ALPHA)


def jwt(payload: dict, alg: str = "HS256", sig: int = 32, kid: str | None = None) -> str:
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    return f"{b64u_json(hdr)}.{b64u_json(payload)}.{b64u(sig)}"


def azure_storage_key() -> str:
    return b64(64)


def azure_client_secret() -> str:
    return rs(3, ALNUM) + dg(1) + "Q~" + rs(34, ALNUM + "_.~-")


def totp_seed(n: int = 32) -> str:
    return rs(n, UP + "234567")


def recovery_codes(k: int = 8) -> list[str]:
    return [f"{hx(5)}-{hx(5)}" for _ in range(k)]


def win_key() -> str:
    a = "BCDFGHJKMPQRTVWXY2346789"
    return "-".join(rs(5, a) for _ in range(5))


def p_app_specific() -> str:
    return "-".join(rs(4, LO) for _ in range(4))


# PEM / key blocks -----------------------------------------------------------
def der_ec_p256_pkcs8() -> bytes:
    return (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
            + rb(32) + bytes.fromhex("a144034200") + b"\x04" + rb(64))


def der_p8_apple() -> bytes:
    return (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d03010704793077020101"
                          "0420") + rb(32)
            + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rb(64))


def der_ed25519_pkcs8() -> bytes:
    return bytes.fromhex("302e020100300506032b657004220420") + rb(32)


def der_rsa_pkcs8_head(n: int = 600) -> bytes:
    return bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + rb(n)


def pem(label: str, der: bytes, width: int = 64) -> tuple[str, list[str]]:
    lines = wrap(base64.b64encode(der).decode(), width)
    return "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"]), lines


def _sshstr(b: bytes) -> bytes:
    return len(b).to_bytes(4, "big") + b


def openssh_ed25519(comment: str) -> tuple[str, list[str], str]:
    pub = rb(32)
    seed = rb(32)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    chk = rb(4)
    priv = chk + chk + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"")
            + (1).to_bytes(4, "big") + _sshstr(pubblob) + _sshstr(priv))
    lines = wrap(base64.b64encode(blob).decode(), 70)
    text = "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----", *lines, "-----END OPENSSH PRIVATE KEY-----"])
    return text, lines, "ssh-ed25519 " + base64.b64encode(pubblob).decode() + " " + comment


def ssh_ed25519_pub(comment: str) -> str:
    blob = _sshstr(b"ssh-ed25519") + _sshstr(rb(32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def ssh_fp() -> str:
    return "SHA256:" + base64.b64encode(rb(32)).decode().rstrip("=")


def cert_pem(nbytes: int = 300) -> str:
    der = bytes.fromhex("3082038b30820273a0030201020210") + rb(nbytes)
    return pem("CERTIFICATE", der)[0]


def pubkey_pem() -> str:
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rb(256) + bytes.fromhex("0203010001")
    return pem("PUBLIC KEY", der)[0]


# bech32 / base58 ------------------------------------------------------------
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    maxv = (1 << to) - 1
    for value in data:
        acc = (acc << frm) | value
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def bech32(hrp: str, data5: list[int]) -> str:
    pm = _polymod(_hrp_expand(hrp) + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data5 + chk)


def bech32_ok(s: str) -> bool:
    hrp, data = s.rsplit("1", 1)
    return _polymod(_hrp_expand(hrp) + [_B32.index(c) for c in data]) == 1


def btc_bech32_addr() -> str:
    return bech32("bc", [0] + _convertbits(rb(20), 8, 5))


def age_secret() -> str:
    return bech32("age-secret-key-", _convertbits(rb(32), 8, 5)).upper()


def age_public() -> str:
    return bech32("age", _convertbits(rb(32), 8, 5))


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58enc(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + s


def b58check(payload: bytes) -> str:
    return b58enc(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def btc_wif() -> str:
    return b58check(b"\x80" + rb(32) + b"\x01")


def btc_p2pkh_addr() -> str:
    return b58check(b"\x00" + rb(20))


def eth_priv() -> str:
    return "0x" + hx(64)


def eth_addr() -> str:
    return "0x" + hx(40)


# a subset of the BIP-39 English list (checksums of generated phrases are
# NOT valid: the full word list is not reproduced here)
BIP39_SUBSET = ("abandon ability able about above absent absorb abstract absurd abuse "
                "access accident account accuse achieve acid acoustic acquire across "
                "action actor actress actual adapt add addict address adjust admit adult "
                "advance advice aerobic affair afford afraid again age agent agree ahead "
                "aim air airport aisle alarm album alcohol alert alien all alley allow "
                "almost alone alpha already also alter always amateur amazing among "
                "amount amused analyst anchor ancient anger angle angry animal ankle "
                "announce annual another answer antenna antique anxiety any apart "
                "apology appear apple approve april arch arctic area arena argue arm "
                "armed armor army around arrange arrest arrive arrow art artefact "
                "artist artwork ask aspect assault asset assist assume asthma athlete "
                "atom attack attend attitude attract auction audit august aunt author "
                "auto autumn average avocado avoid awake aware away awesome awful "
                "awkward axis baby bachelor bacon badge bag balance balcony ball bamboo "
                "banana banner bar barely bargain barrel base basic basket battle beach "
                "bean beauty because become beef before begin behave behind believe "
                "below belt bench benefit best betray better between beyond bicycle "
                "bid bike bind biology bird birth bitter black blade blame blanket "
                "blast bleak bless blind blood blossom blouse blue blur blush board "
                "boat body boil bomb bone bonus book boost border boring borrow boss "
                "bottom bounce box boy bracket brain brand brass brave bread breeze "
                "brick bridge brief bright bring brisk broccoli broken bronze broom "
                "brother brown brush bubble buddy budget buffalo build bulb bulk "
                "bullet bundle bunker burden burger burst bus business busy butter "
                "buyer buzz cabbage cabin cable cactus cage cake call calm camera camp "
                "canal cancel candy cannon canoe canvas canyon capable capital captain "
                "car carbon card cargo carpet carry cart case cash casino castle "
                "casual cat catalog catch category cattle caught cause caution cave "
                "ceiling celery cement census century cereal certain chair chalk "
                "champion change chaos chapter charge chase chat cheap check cheese "
                "chef cherry chest chicken chief child chimney choice choose chronic "
                "chuckle chunk churn cigar cinnamon circle citizen city civil claim "
                "clap clarify claw clay clean clerk clever click client cliff climb "
                "clinic clip clock clog close cloth cloud clown club clump cluster "
                "clutch coach coast coconut code coffee coil coin collect color column "
                "combine come comfort comic common company concert conduct confirm "
                "congress connect consider control convince cook cool copper copy "
                "coral core corn correct cost cotton couch country couple course "
                "cousin cover coyote crack cradle craft cram crane crash crater crawl "
                "crazy cream credit creek crew cricket crime crisp critic crop cross "
                "crouch crowd crucial cruel cruise crumble crunch crush cry crystal "
                "cube culture cup cupboard curious current curtain curve cushion "
                "custom cute cycle").split()


def seed_phrase(k: int = 12) -> str:
    return " ".join(R.choice(BIP39_SUBSET) for _ in range(k))


def traceparent() -> str:
    return f"00-{hx(32)}-{hx(16)}-01"


def sha256_hex() -> str:
    return hashlib.sha256(rb(32)).hexdigest()


def git_sha() -> str:
    return hashlib.sha1(rb(20)).hexdigest()


def sri384() -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(rb(16)).digest()).decode()


def ulid() -> str:
    return rs(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def _selftest() -> None:
    assert luhn_ok("79927398713")
    assert iban("DE", "370400440532013000") == "DE89370400440532013000"
    assert iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert verhoeff_cd("236") == "3"
    assert steuer_id_cd("8609574271") == "9"
    assert cf_check("RSSMRA85T10A562") == "S"
    assert mrz_cd("L898902C3") == "6"
    assert bech32_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert aba_ok("021000021")


_selftest()


# ==========================================================================
# SECRETS -- English
# ==========================================================================
_v = pw(13)
S("en", "hosp", f"""user: the fax-to-email gateway in radiology stopped forwarding again. can u log in and check the queue? web UI is http://10.20.4.17:8080 , login radiology_admin / {_v}  (pls dont change it, the night tech uses the same one)""", _v)

_cid, _v = uuid4(), rs(40, B64URL_ALPHA)
S("en", "hosp", json.dumps({"type": "tool_call", "tool": "http_request", "arguments": {
    "method": "POST", "url": "https://fhir.stmarys-clinic.example/oauth2/token",
    "headers": {"Content-Type": "application/x-www-form-urlencoded"},
    "body": f"grant_type=client_credentials&client_id={_cid}&client_secret={_v}&scope=system%2FPatient.read"}}, indent=2), _v)

_n1, _n2, _n3 = nhs_number(), nhs_number(), nhs_number()
S("en", "hosp", f"""[tool_output] export_ward_list.csv (first 4 rows)
bed,surname,forename,dob,nhs_no,consultant
7A-01,HARGREAVES,Pauline,1948-03-11,{_n1},Dr Mensah
7A-02,O'NEILL,Declan,1951-10-02,{_n2},Dr Mensah
7A-04,BATES,Gwen,1939-07-29,{_n3},Dr Lund
(31 more rows truncated)""", _n2)

_v = mbi_us()
S("en", "hosp", f"""Eligibility check result (270/271) for appt 11/14 9:40am
  Payer: Medicare Part B      Status: ACTIVE
  Beneficiary: ROSALES, MARTA L   DOB 04/19/1947
  MBI: {_v}
  Deductible met: $257.00 of $257.00
Next step: book the DEXA scan, no prior auth needed.""", _v)

_v = dg(4)
S("en", "hosp", f"""Thought: Nurse Priya said the pharmacy fridge alarm keeps going off at night and the keypad to silence it is {_v}# — she wants the night coordinator to know. I should put the instruction in the handover note but probably reference the key safe rather than copying the code around.""", _v)

_codes = [f"{dg(4)} {dg(4)}" for _ in range(6)]
S("en", "hosp", "Summary for team: Dr. Okafor got locked out of the e-prescribing (EPCS) token app after her phone died. IT issued new backup codes, she asked me to keep them until she's back on Monday:\n" + "\n".join(f"  {i + 1}. {c}" for i, c in enumerate(_codes)) + "\nEach code works once. Delete this after she confirms.", _codes[2])

_v = rs(32, LO + DG)
S("en", "logi", f"""# .env.production  (label-service)
FEDEX_API_URL=https://apis.fedex.com
FEDEX_CLIENT_ID=l7{rs(30, LO + DG)}
FEDEX_CLIENT_SECRET={_v}
FEDEX_ACCOUNT_NUMBER=7{dg(8)}
LABEL_FORMAT=ZPLII""", _v)

_v = pw(12, sym=False)
S("en", "logi", f"""tool_call: sftp.list_dir
{{"url": "sftp://edi_northwind:{_v}@edi.partner-logistics.example:22/inbound/856", "pattern": "*.edi"}}""", _v)

_k, _s = rs(32, LO + DG), rs(32, LO + DG)
_v = base64.b64encode(f"{_k}:{_s}".encode()).decode()
S("en", "logi", f"""curl -s https://ssapi.shipstation.com/orders?orderStatus=awaiting_shipment \\
  -H "Authorization: Basic {_v}" \\
  -H "Accept: application/json" | jq '.orders | length'
42""", _v)

_v = dg(6)
S("en", "logi", f"""Lesson for next time: the Reno DC changed the dock gate keypad on the 1st. New code is {_v} then the # key, old one no longer works. Drivers who arrive after 22:00 need it, so include it in the after-hours dispatch text, not in the public portal notes.""", _v)

_ssn = ssn_us()
S("en", "law", f"""---------- Forwarded message ---------
From: Denise Whitford <d.whitford@mailbox.example>
Date: Tue, Mar 4, 2025 at 6:12 PM
Subject: Re: estate paperwork
To: intake@harlowlaw.example

Hi, sorry for the delay. my late husband's social is {_ssn} and his date of death was 2/11/25. The death certificate scan is attached. Let me know what else Mr Harlow needs for the probate filing.
Denise""", _ssn)

_v = pw(16)
S("en", "law", f"""Agent note: paralegal (Marcus) asked me to pull the Greene v. Ostrander exhibits from NetDocuments. He gave me his own login because the service account is disabled: mquill@harlowlaw.example, pass is
{_v}
I used it once for the export. Flag: we should get the service account re-enabled instead of reusing personal creds.""", _v)

_r, _a = aba(), dg1(10)
S("en", "law", f"""WIRE INSTRUCTIONS — IOLTA TRUST ACCOUNT (please call to verify before sending)
Bank: First Commonwealth Bank, Pittsburgh PA
ABA/Routing: {_r}
Account No.: {_a}
Account name: Harlow & Pratt LLP IOLTA
Reference: closing 2025-0417 / 58 Linden St""", _a)

_pk, _lines = pem("PRIVATE KEY", der_rsa_pkcs8_head(330))
S("en", "law", f"""docusign_jwt.yaml
integration_key: {uuid4()}
user_id: {uuid4()}
auth_server: account.docusign.com
private_key: |
""" + "\n".join("  " + l for l in _pk.splitlines()), _lines[3])

_v = f"{R.randint(1000, 9999)}~{rs(64)}"
S("en", "edu", f"""$ curl -H "Authorization: Bearer {_v}" \\
    "https://canvas.lakeside.edu/api/v1/courses/48213/enrollments?per_page=100"
[{{"id":1180233,"user_id":90412,"type":"StudentEnrollment","enrollment_state":"active"}}, ...]""", _v)

_v = hx(32)
S("en", "edu", f"""[tool_output] GET https://moodle.northfield-college.example/webservice/rest/server.php?wstoken={_v}&wsfunction=core_course_get_courses&moodlewsrestformat=json
HTTP/1.1 200 OK
[{{"id":12,"shortname":"BIO101-F25","fullname":"Intro Biology (Fall 25)","categoryid":3}}]""", _v)

_d = dg(4)
_v = " ".join({"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}[c] for c in _d)
S("en", "edu", f"""(voicemail transcription, confidence 0.81)
hi this is uh Karen Mbeki, Tyler's mom in 4B, I can't get into the parent portal to see his report card, the school gave us a pin on the paper and I think I typed it wrong, its {_v}, can someone call me back at, um, the number on file. thanks bye""", _v)

_rows = [(f"B-{R.randint(100, 399)}", f"{R.randint(0, 39):02d}-{R.randint(0, 39):02d}-{R.randint(0, 39):02d}") for _ in range(4)]
S("en", "edu", "Locker reassignment (gym, Fall term) — from the PE office spreadsheet\n| locker | student | combination |\n|---|---|---|\n" + "\n".join(f"| {l} | {n} | {c} |" for (l, c), n in zip(_rows, ["J. Alvarez", "M. Chen", "S. Obi", "R. Novak"])), _rows[1][1])

_v = dg(6)
S("en", "gov", f"""User: I'm doing my mom's 1040 in FreeTaxUSA. it's asking for her Identity Protection PIN, the letter from the IRS (CP01A) says {_v}. her SSN ends in 4417 if you need to match. can you finish the filing step?""", _v)

_bc = [rs(12, LO + DG) for _ in range(3)]
S("en", "gov", "login.gov backup codes for the county permits account (generated 2025-02-02)\n" + "\n".join(f"{c[:4]}-{c[4:8]}-{c[8:]}" for c in _bc) + "\nstore offline. each one can be used once.", f"{_bc[0][:4]}-{_bc[0][4:8]}-{_bc[0][8:]}")

_v = sin_ca()
S("en", "gov", json.dumps({"tool": "fill_form", "arguments": {"form": "EI application (Service Canada)", "fields": {
    "first_name": "Olivier", "last_name": "Tremblay", "sin": _v, "last_day_worked": "2025-01-17",
    "reason": "shortage of work"}}}, ensure_ascii=False), _v)

_v = jwt({"iss": hx(32), "iat": 1735689600, "exp": 2051049600})
S("en", "prop", f"""# configuration.yaml excerpt pasted by building manager
rest_command:
  lobby_display_refresh:
    url: "http://ha.local:8123/api/services/script/turn_on"
    method: POST
    headers:
      authorization: "Bearer {_v}"
      content-type: "application/json"
    payload: '{{"entity_id": "script.lobby_refresh"}}'""", _v)

_v = dg(4)
S("en", "prop", f"""Hi Jordan — for Saturday's showings at 221 Birch (unit 3): the Supra lockbox is on the gas meter, left side of the building. Code {_v}. Please put the key back and scramble the dials. Tenants know you're coming between 11 and 2.
— Sent from my iPhone""", _v)

_v = pw(18)
S("en", "prop", f"""[tool_output] cat /etc/bms-bridge/config.toml
[mqtt]
host = "mqtt.towerB.local"
port = 8883
username = "bms-bridge"
password = "{_v}"
tls_ca = "/etc/ssl/towerB-ca.pem"

[bacnet]
device_instance = 389001""", _v)

_v = passphrase(3, "") + dg(2)
S("en", "prop", f"""Welcome to Harbor View Apartments! 🏠
Laundry room hours 7am–10pm. Trash pickup Tue/Fri.
Resident WiFi: HarborView-Residents
Password: {_v}
For maintenance requests use the portal, for emergencies call (503) 555-0148.""", _v)

_v = dg(6)
S("en", "prop", f"""Reasoning: The alarm company (Vector Security) tech asked for the installer code to reprogram zone 14. Owner's message from earlier: "installer code hasn't changed since 2019, it's the one in the panel binder: {_v}". I'll pass it to the tech over the phone channel only and note that it should be changed after the visit.""", _v)

_v = hf_token()
S("en", "ds", f"""In [3]: !huggingface-cli login --token {_v} --add-to-git-credential
Token is valid (permission: write).
Your token has been saved in your configured git credential helpers (store).
Login successful""", _v)

_v = hx(32)
S("en", "ds", f"""tool_call: write_file
{{"path": "/home/jovyan/.kaggle/kaggle.json", "content": "{{\\"username\\":\\"amara-okoye\\",\\"key\\":\\"{_v}\\"}}", "mode": "0600"}}""", _v)

_v = hx(40)
S("en", "ds", f"""%env WANDB_PROJECT=churn-v4
%env WANDB_API_KEY={_v}
import wandb
wandb.init(entity="retail-ds", config=cfg)""", _v)

_v = pw(15)
_vq = _v.replace("%", "%25").replace("#", "%23").replace("?", "%3F").replace("@", "%40").replace("&", "%26").replace("+", "%2B").replace("=", "%3D").replace("^", "%5E")
S("en", "ds", f"""engine = create_engine(
    "snowflake://ETL_SVC:{_vq}@xy12345.eu-central-1/ANALYTICS/PUBLIC"
    "?warehouse=TRANSFORM_WH&role=ETL"
)
df = pd.read_sql("select * from fct_orders limit 1000", engine)""", _vq)

_ak, _v = aws_akid(), aws_secret()
S("en", "ds", f"""$ cat ~/.aws/credentials
[default]
aws_access_key_id = {_ak}
aws_secret_access_key = {_v}
region = us-east-2

[sandbox]
source_profile = default
role_arn = arn:aws:iam::{dg(12)}:role/ds-sandbox""", _v)

_v = "dapi" + hx(32)
S("en", "ds", f"""Summary: the nightly feature-store job failed because the Databricks PAT expired. Marta generated a new one ({_v}, 90-day lifetime) and I updated the Airflow variable `databricks_token`. Next expiry ~ early March, set a reminder.""", _v)

_v = openai_key()
S("en", "ds", f"""# cell 1
import openai, os
client = openai.OpenAI(api_key="{_v}")  # TODO move to env before sharing notebook
resp = client.chat.completions.create(model="gpt-4o-mini", messages=msgs)""", _v)

_v = pw(14, sym=False)
S("en", "mob", f"""# android/gradle.properties (committed by mistake in PR #311)
org.gradle.jvmargs=-Xmx4g
MYAPP_UPLOAD_STORE_FILE=upload-keystore.jks
MYAPP_UPLOAD_KEY_ALIAS=upload
MYAPP_UPLOAD_STORE_PASSWORD={_v}
MYAPP_UPLOAD_KEY_PASSWORD={_v}""", _v)

_v = passphrase(4, "-")
S("en", "mob", f"""User: CI keeps failing at `fastlane match appstore --readonly`, says "Couldn't decrypt the repo". The match passphrase we set up last year was {_v} , I think Gabe changed it?? can you try that and see""", _v)

_v = p_app_specific()
S("en", "mob", f"""xcrun altool --upload-app -f build/Runner.ipa -t ios \\
  -u release@brightpath-apps.example -p {_v}
*** Error: Unable to upload archive. The bundle version must be higher than the previously uploaded version: '112'.""", _v)

_p8, _lines = pem("PRIVATE KEY", der_p8_apple())
S("en", "mob", f"""Here's the App Store Connect API key for the release bot (Key ID {rs(10, UP + DG)}, role App Manager). Contents of AuthKey.p8:

{_p8}

Issuer ID is in the Users & Access page.""", _lines[1])

_v = "AAAA" + rs(7, B64URL_ALPHA) + ":APA91b" + rs(134, B64URL_ALPHA)
S("en", "mob", f"""[tool_output] grep -rn "key=" legacy-push/
legacy-push/send.js:14:    'Authorization': 'key={_v}',
legacy-push/send.js:15:    'Content-Type': 'application/json'""", _v)

_sa, _lines = pem("PRIVATE KEY", der_rsa_pkcs8_head(420))
_esc = _sa.replace("\n", "\\n")
S("en", "mob", '{\n  "type": "service_account",\n  "project_id": "brightpath-prod",\n  "private_key_id": "' + hx(40) + '",\n  "private_key": "' + _esc + '\\n",\n  "client_email": "play-publisher@brightpath-prod.iam.gserviceaccount.com",\n  "client_id": "' + dg1(21) + '"\n}', _lines[2])

_v = rs(40, B64URL_ALPHA)
S("en", "mob", f"""Lesson: `eas build` in GitHub Actions needs EXPO_TOKEN as a repo secret, not in eas.json. For the record the robot token I created is {_v} (robot user "ci-bot", created 2025-05-12). Put it in Settings → Secrets → Actions and delete it from wherever else it got pasted.""", _v)

_v = pw(12, sym=False)
S("en", "game", f"""#Minecraft server properties
#Sat Jun 14 02:11:09 UTC 2025
enable-rcon=true
rcon.port=25575
rcon.password={_v}
server-port=25565
max-players=40
motd=\\u00A7bBlockHaven \\u00A7f| Season 7
white-list=true""", _v)

_v = discord_bot()
S("en", "game", f"""config.json for the raid-signup bot (from #bot-dev, msg by @kestrel):
```json
{{
  "prefix": "!",
  "token": "{_v}",
  "guildId": "{dg1(18)}",
  "signupChannel": "{dg1(18)}"
}}
```
it's running on the same VPS as the ARK server""", _v)

_v = HX(32)
S("en", "game", f"""tool_call: run_shell {{"cmd": "steamcmd +login anonymous +workshop_build_item /srv/mods/better-hud/item.vdf +quit", "env": {{"STEAM_WEB_API_KEY": "{_v}", "MOD_ID": "3012847751"}}}}""", _v)

_v = pw(11, sym=False)
S("en", "game", f"""// server.cfg  -- 5v5 scrim server
hostname "NWL Scrims #2 | 128 tick"
sv_setsteamaccount "{hx(32).upper()}"
rcon_password "{_v}"
sv_password "scrim2025"
mp_maxrounds 24
sv_cheats 0""", _v)

_v = discord_webhook()
S("en", "game", f"""Summary: server crash alerts now go to #ops-alerts. Wired the watchdog script to post there with the channel webhook:
{_v}
If the channel gets deleted the webhook dies with it, regenerate in Channel Settings → Integrations.""", _v)

_v = "oauth:" + rs(30, LO + DG)
S("en", "game", f"""[tool_output] cat ~/.config/chatbot/twitch.ini
[auth]
username = blockhaven_bot
password = {_v}
[channels]
join = blockhaven,kestrel_plays""", _v)

_v = "EAAA" + rs(60, B64URL_ALPHA)
S("en", "pos", f"""User: the Square sync on the bakery POS is broken after I rotated the token. new prod access token is {_v} — the location id is still LQ0{rs(10, UP + DG)}. pls update the integration""", _v)

_c = card("4" + dg(5), 16)
S("en", "pos", f"""[pos-terminal-07] 2025-06-02T14:22:31Z WARN  txn 00417 declined (05 DO NOT HONOR)
[pos-terminal-07] 2025-06-02T14:22:31Z DEBUG raw track2 parsed: pan={_c} exp=2711 svc=201
[pos-terminal-07] 2025-06-02T14:22:32Z INFO  retry prompt shown""", _c)

_c, _cvv = card("5" + str(R.randint(1, 5)) + dg(4), 16), dg(3)
S("en", "pos", f"""Agent thought: The catering order note field contains "{fmt_card(_c)} exp 09/27 cvv {_cvv} — charge deposit when confirmed". That's raw card data in a free-text field; I must not repeat it in my summary and should tell the store manager to use the card-on-file flow instead.""", _cvv)

_v = dg(5)
S("en", "pos", f"""store 14 closing checklist (photo OCR)
1. count drawers, print Z report
2. voids over $50 need manager override — code {_v}
3. lock safe, set alarm
4. text district mgr the deposit total""", _v)

_gc, _gp = dg(16), dg(8)
S("en", "pos", f"""Customer chat: "hi I got a gift card for christmas but the website says invalid. card number {group(_gc, (4, 4, 4, 4))} and the pin under the scratch thing is {_gp}. balance should be $100"
Action: looked up balance via giftcard.lookup → $100.00, card status ACTIVE, the customer was typing the PIN into the promo-code box.""", _gp)

_v = stripe_sk("live", "rk")
S("en", "pos", f"""POS_PAYMENT_PROVIDER=stripe
STRIPE_RESTRICTED_KEY={_v}
STRIPE_TERMINAL_LOCATION=tml_{rs(14)}
RECEIPT_EMAIL_FROM=receipts@cornerstore.example""", _v)

_v = pw(10)
S("en", "tel", f"""Ticket #INC-448120 (customer callback notes)
Cust reports no internet since storm. Had her read the label under the router: model XB7, default admin pw has been changed — she says she set it to {_v} last year. Logged into 192.168.0.1, WAN shows DOWN, dispatching tech.""", _v)

_u, _v = f"{R.choice(['jmarsh', 'pkoh', 'dlee'])}{dg(3)}@fibrelink", pw(9, sym=False)
S("en", "tel", f"""PPPoE settings for your new router (keep this letter safe)
Username: {_u}
Password: {_v}
VLAN ID: 10 (required)
MTU: 1492""", _v)

_v = dg(8)
S("en", "tel", f"""User: my phone says SIM PUK locked after my kid tried the pin too many times. I found the card, the PUK is {_v}, what do I do now, iphone 13""", _v)

_v = dg(6)
S("en", "tel", f"""Reasoning: customer wants to port his number to us from Verizon. Verizon requires the Number Transfer PIN, he generated it in the app: {_v}. Account number and PIN go in the port request; PIN expires in 7 days so I should submit today.""", _v)

_v = pw(20, sym=False)
S("en", "tel", f"""; /etc/asterisk/pjsip.conf  (tool output)
[trunk-voipco]
type=auth
auth_type=userpass
username=44{dg(9)}
password={_v}

[trunk-voipco]
type=aor
contact=sip:sip.voipco.example:5060""", _v)

_v = pw(24, sym=False)
S("en", "tel", f"""client bras-edge-03 {{
    ipaddr  = 100.64.12.3
    secret  = {_v}
    nastype = other
    shortname = edge03
}}""", _v)

_v = pw(16, sym=False)
S("en", "tel", f"""tool_call: snmp_walk
{{"host": "10.0.40.2", "version": "3", "user": "noc-ro", "auth_proto": "SHA", "auth_pass": "{_v}", "priv_proto": "AES", "priv_pass": "{pw(16, sym=False)}", "oid": "1.3.6.1.2.1.2.2.1.8"}}""", _v)

_r, _a = aba(), dg1(9)
S("en", "npo", f"""Recurring gift form (scanned, OCR)
Donor: Eleanor & Jim Castellano   Amount: $75.00 monthly
Bank routing # {_r}
Checking acct # {_a}
Signature: [illegible]   Date: 3/2/25
☐ Send tax receipt annually""", _a)

_app, _v = hx(64), hx(64)
S("en", "npo", f"""# planning center API (church check-in kiosk)
PCO_APP_ID={_app}
PCO_SECRET={_v}
PCO_BASE=https://api.planningcenteronline.com""", _v)

_cid, _v = "A" + rs(79, B64URL_ALPHA), "E" + rs(79, B64URL_ALPHA)
S("en", "npo", json.dumps({"tool": "paypal.get_access_token", "arguments": {
    "environment": "live", "client_id": _cid, "client_secret": _v}}, indent=1), _v)

_v = f"{R.randint(0, 99)}-{R.randint(0, 99)}-{R.randint(0, 99)}"
S("en", "npo", f"""From: Pastor Dan
Sent: Sunday 9:02 PM
Treasurer team — Lynn is out next week so Bob will do the count. Bob, the combination to the office safe is the same as before, right 3 times to {_v.split('-')[0]}, left past once to {_v.split('-')[1]}, right to {_v.split('-')[2]}. (i.e. {_v}). Deposit bags are in the top drawer.""", _v)

_v = hx(32) + "-us" + str(R.randint(2, 21))
S("en", "npo", f"""Summary: newsletter sync fixed. The Mailchimp key in the WordPress plugin was the old one from the previous volunteer; replaced with {_v} (created under comms@ account). Audience "Friends of the Food Bank" now syncing, 2,314 contacts.""", _v)

_v = stripe_sk("live", "sk")
S("en", "npo", f"""[tool_output] wp option get givewp_settings --format=json | jq .stripe
{{
  "stripe_publishable_key": "pk_live_51{rs(94)}",
  "stripe_secret_key": "{_v}",
  "stripe_webhook_secret": "whsec_{rs(32)}"
}}""", _v)

_sa, _lines = pem("PRIVATE KEY", der_rsa_pkcs8_head(250))
S("en", "ds", f"""private_key in the GCP service-account JSON pasted in the notebook (decoded for readability):
{_sa}
project: churn-forecast-prod   client_email: bq-reader@churn-forecast-prod.iam.gserviceaccount.com""", _lines[4])

_v = pw(14)
S("en", "gov", f"""User: Can you check whether HMRC has processed my self-assessment? Government Gateway user ID 58 {dg(2)} {dg(2)} {dg(2)} {dg(2)} {dg(2)}, the password is {_v} and my NI number's on the last letter if it asks.""", _v)

_v = R.choice(["XJH", "ZGP", "MKW", "BCX"]) + dg(9) + "01"
S("en", "hosp", f"""Pre-registration call notes:
- pt confirmed address, new phone
- insurance: BlueShield PPO, Member ID {_v}, Group 0{dg(5)}
- subscriber = spouse
- copay $35 collected at arrival""", _v)

_dl = rs(5, UP) + f"{R.randint(0, 9)}{R.randint(0, 1)}{R.randint(1, 2)}{R.randint(0, 2)}{R.randint(0, 9)}{R.randint(0, 9)}" + rs(2, UP) + dg(1) + rs(2, UP)
S("en", "law", f"""KYC checklist — client: Mr A. Whitmore (conveyancing, 14 Orchard Rise)
[x] photo ID: UK driving licence no. {_dl}, expires 08/2031
[x] proof of address: council tax bill
[ ] source of funds""", _dl)

_v = "ey" + b64u(180)
S("en", "edu", f"""HAR excerpt from the SIS login issue (student can't see schedule)
:authority: sis.lakeside.edu
cookie: _ga=GA1.2.{dg(9)}.{dg(10)}; JSESSIONID={HX(32)}; SIS_AUTH={_v}
user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)""", _v)

_v = f"s%3A{rs(32, B64URL_ALPHA)}.{b64(32).rstrip('=')}"
S("en", "logi", f"""tool_output (browser_fetch):
HTTP/2 302
location: /dashboard/shipments
set-cookie: connect.sid={_v}; Path=/; Expires=Sun, 15 Jun 2025 10:02:11 GMT; HttpOnly; Secure
x-request-id: {uuid4()}""", _v)

_v = "shpat_" + hx(32)
S("en", "pos", f"""User: inventory counts from the Shopify store aren't pushing to the till. Admin API token (custom app "till-sync") is {_v} . scopes: read_inventory, write_inventory""", _v)

_wgp, _v = b64(32), b64(32)
S("en", "tel", f"""[Interface]
# field tech laptop — NOC VPN
Address = 10.99.0.23/32
PrivateKey = {_v}
DNS = 10.99.0.1

[Peer]
PublicKey = {_wgp}
Endpoint = vpn.fibrelink.example:51820
AllowedIPs = 10.0.0.0/8""", _v)

_v = pw(16)
S("en", "ds", f"""export AIRFLOW_CONN_WAREHOUSE_PG='postgresql://airflow_rw:{_v}@pg-warehouse.internal:5432/analytics?sslmode=require'
airflow tasks test load_orders extract 2025-06-01""", _v)

_v = totp_seed(32)
S("en", "mob", f"""Shared App Store Connect account (legal requires 1 owner acct), 2FA set up as TOTP so the team can share:
otpauth://totp/Apple:appstore-owner%40brightpath-apps.example?secret={_v}&issuer=Apple&digits=6&period=30
add it to the team vault, then remove this message""", _v)

_kt, _klines, _ = openssh_ed25519("deploy@ark-01")
S("en", "game", "Deploy key for the ARK/Valheim box, Tomas asked me to add it to the CI runner:\n" + _kt, _klines[3])

_v = hx(32)
S("en", "prop", f"""tuya:
  client_id: {rs(20, LO + DG)}
  access_secret: {_v}
  region: eu
  devices:
    - name: "Lobby door strike"
      id: bf{hx(20)}""", _v)

_v = btc_wif()
S("en", "npo", f"""Note from the old treasurer's handover doc, section "crypto donations":
"Paper wallet was generated on bitaddress in 2017. Private key (WIF): {_v} — the balance was swept to Coinbase in 2021, but don't publish this anyway."
Decision: treat as compromised, confirm balance is 0.""", _v)

_v = seed_phrase(12)
S("en", "npo", f"""User (church office): The hardware wallet for the building fund got reset and I need to restore it. The recovery words from the card in the safe are:
{_v}
Can you walk me through restoring on a new Ledger?""", _v)

_pn = rs(1, UP) + dg(8)
_dob, _exp, _opt = "880714", "310422", "<" * 14
_mrz2 = f"{_pn}{mrz_cd(_pn)}USA{_dob}{mrz_cd(_dob)}F{_exp}{mrz_cd(_exp)}{_opt}{mrz_cd(_opt)}"
_mrz2 += mrz_cd(_mrz2[0:10] + _mrz2[13:20] + _mrz2[21:43])
S("en", "gov", f"""OCR of passport data page (for visa renewal packet):
P<USAJOHANSSON<<ERIKA<MAE<<<<<<<<<<<<<<<<<<<
{_mrz2}
Passport No. {_pn}  Date of issue 23 APR 2021""", _pn)


# ==========================================================================
# SECRETS -- other languages
# ==========================================================================
# --- German -----------------------------------------------------------------
_t = steuer_id()
_v = f"{_t[:2]} {_t[2:5]} {_t[5:8]} {_t[8:]}"
S("de", "gov", f"""Nutzer: hey, kannst du bei Mein ELSTER die Anlage N für meine Frau vorausfüllen? Belegabruf ist freigeschaltet. ihre Steuer-ID: {_v}, Geburtsdatum 03.09.1986. Zertifikatsdatei liegt im Download-Ordner""", _v)

_v = kvnr()
S("de", "hosp", json.dumps({"tool": "praxis.termin_anlegen", "arguments": {
    "patient": {"name": "Schulte, Ingrid", "geburtsdatum": "1957-11-30"},
    "kostentraeger": "AOK Nordost", "versichertennummer": _v,
    "termin": "2025-07-08T08:15", "grund": "Kontrolle INR"}}, ensure_ascii=False, indent=2), _v)

_v = iban_de()
S("de", "prop", f"""SEPA-Lastschriftmandat – Mieter Whg. 2.OG links, Lindenstr. 14
Kontoinhaber: Yusuf Demir
IBAN: {iban_fmt(_v)}
BIC: {rs(4, UP)}DE{rs(2, UP + DG)}XXX
Mandatsreferenz: MIETE-0214-2025
Gläubiger-ID siehe Briefkopf.""", iban_fmt(_v))

_v = dg(4)
S("de", "prop", f"""WhatsApp-Verlauf (vom Nutzer reinkopiert):
[18:42] Hausmeister Krause: Ab Montag gibts für die Tiefgarage einen neuen Code, der alte geht dann nicht mehr
[18:43] Hausmeister Krause: bitte nicht weitergeben, auch nicht an die Handwerker
[18:43] Hausmeister Krause: {_v} und dann die grüne Taste
[18:50] Ich: danke!!""", _v)

_v = pw(14)
S("de", "ds", f"""Zusammenfassung fürs Team: Das Superset-Dashboard „Absatz DACH" lief auf Fehler, weil der DB-Benutzer `bi_reader` ein neues Kennwort bekommen hat. Ich hab die Datenbankverbindung in Superset angepasst (neues Kennwort: {_v}). Bitte beim nächsten Mal vorher im Kanal #data-ops Bescheid geben.""", _v)

# --- French -----------------------------------------------------------------
_v = nir_fr()
S("fr", "hosp", f"""Formulaire mutuelle — rempli par l'assistant à partir de la carte Vitale (photo)
Nom : LEFEBVRE   Prénom : Chantal
N° de sécurité sociale : {_v}
Organisme : CPAM de la Gironde
Médecin traitant : Dr Benali""", _v)

_v = iban_fr()
S("fr", "law", f"""De : Étude de Maître Roussel, notaire
Objet : Vente LAMBERT / GIRAUD – restitution du dépôt de garantie
Bonjour Madame,
Pour procéder au virement, nous avons bien reçu votre RIB :
IBAN {iban_fmt(_v)} – BIC {rs(4, UP)}FRPP{rs(3, UP + DG)}
Le virement interviendra sous 48 h après signature.
Cordialement, l'office notarial""", iban_fmt(_v))

_v = rs(26, "abcdef0123456789").upper()
S("fr", "tel", f"""Utilisateur : bonjour, j'ai changé de box (Livebox 6) et mon imprimante ne se connecte plus. le nom du réseau c'est Livebox-7C41, et la clé de sécurité écrite au dos c'est {_v} … faut-il la retaper sur l'imprimante ?""", _v)

_v = R.choice("AB") + dg(4)
S("fr", "prop", f"""Pensée : le locataire du 3e demande comment accéder au local vélos. D'après le mail du syndic (12/05), le code change tous les trimestres ; celui en vigueur pour l'entrée côté cour et le local vélos est {_v}. Je le lui transmets par message privé, pas dans le fil de la résidence.""", _v)

_v = human_pw(["soleil", "lavande", "chouette", "marmotte", "printemps"])
S("fr", "edu", f"""Transcription vocale (note du parent) : « oui alors pour l'ENT de Léa, l'identifiant c'est lea.martin7 et le mot de passe… attends… c'est {_v}, avec la majuscule au début. Elle doit rendre le devoir de SVT avant vendredi. »""", _v)

# --- Spanish ----------------------------------------------------------------
_v = dni_es()
S("es", "law", f"""BORRADOR – ESCRITURA DE COMPRAVENTA
COMPARECEN
De una parte, DOÑA MARÍA DEL CARMEN RUIZ OTERO, mayor de edad, divorciada, vecina de Sevilla, con domicilio en calle Feria 41, 3.º B, y con D.N.I. número {_v}.
De otra parte, ...""", _v)

_c = card("4" + dg(5), 16)
_v = fmt_card(_c)
S("es", "pos", f"""Transcripción de llamada (tienda 3, pedido telefónico):
AGENTE: ¿me dice el número de la tarjeta?
CLIENTE: sí, es el {_v}, caduca en el once del veintiocho
AGENTE: ¿y los tres dígitos de atrás?
CLIENTE: {dg(3)}
AGENTE: perfecto, le cobro 64,90 €""", _v)

_v = pw(12, sym=False)
S("es", "tel", f"""Usuario: oye la clave del wifi de la oficina la cambió el técnico de Movistar, me dejó un papelito que pone {_v} pero no me funciona en el portátil, ¿puede ser que distinga mayúsculas?""", _v)

_v = nie_es()
S("es", "gov", json.dumps({"herramienta": "sede.rellenar_formulario", "argumentos": {
    "tramite": "Solicitud de ingreso mínimo vital", "nombre": "Andrés Quintero Paz",
    "nie": _v, "telefono": "+34 6" + dg(8), "hijos_a_cargo": 2}}, ensure_ascii=False), _v)

_v = iban_es()
S("es", "npo", f"""Resumen: Nueva socia de la ONG (cuota 15 €/mes). Datos de domiciliación recibidos por formulario web:
- Nombre: Lucía Ferrer Vidal
- Cuenta: {iban_fmt(_v)}
- Firma mandato SEPA: sí (2025-04-03)
Pendiente: enviar bienvenida y certificado de donaciones en enero.""", iban_fmt(_v))

# --- Italian ----------------------------------------------------------------
_v = codice_fiscale()
S("it", "gov", f"""Utente: mi aiuti a chiedere il bonus asilo nido sul sito INPS? entro con lo SPID di mia moglie, il codice fiscale del bambino è {_v}, nato a Bologna""", _v)

_v = iban("IT", R.choice(UP) + dg(5) + dg(5) + dg(12))
S("it", "law", f"""Studio Notarile Bellini – dati per il saldo
Beneficiario: Sig. Roberto Galli
IBAN: {_v}
Causale: saldo prezzo rep. 18.442 racc. 9.310
(Verificare telefonicamente con il cliente prima del bonifico!)""", _v)

_v = human_pw(["girasole", "pallavolo", "tramonto", "gelato"])
S("it", "edu", f"""tool_call: browser.login
{{"sito": "https://web.spaggiari.eu/home/app/default/login.php", "utente": "G{dg(7)}", "password": "{_v}", "nota": "registro elettronico, genitore di Sofia (3ªB)"}}""", _v)

_v = dg(6)
S("it", "pos", f"""Pensiero: il titolare del negozio dice che per confermare il nuovo terminale POS la banca gli ha mandato un SMS. Testo incollato: "Il codice di conferma per l'attivazione del terminale è {_v}. Non comunicarlo a nessuno." Va usato entro 5 minuti, lo inserisco ora nel portale esercenti.""", _v)

# --- Portuguese -------------------------------------------------------------
_v = cpf_br()
S("pt", "gov", f"""Usuário: preciso consultar se minha mãe tem direito ao BPC, o CPF dela é {_v} e ela já tem cadastro no CadÚnico desde 2019. dá pra ver pelo Meu INSS?""", _v)

_v = pw(12)
S("pt", "gov", f"""Resumo: A cliente (NIF {nif_pt('2')}) pediu para entregar a declaração de IRS automático. Entrei no Portal das Finanças com a senha que ela indicou por telefone ({_v}) e submeti. Comprovativo guardado na pasta partilhada. Sugeri que altere a senha.""", _v)

_v = pw(16, sym=False)
S("pt", "mob", f"""Aprendizado: o build de release do app da clínica quebrou porque o keystore.properties não estava no runner. Conteúdo correto:
storeFile=../keys/clinica-release.jks
storePassword={_v}
keyAlias=clinica
keyPassword={_v}
Próxima vez: usar secrets do GitHub e gerar o arquivo no passo de build.""", _v)

_v = pw(14, sym=False)
S("pt", "ds", f"""# célula 2 — conexão com o Atlas (NÃO commitar)
from pymongo import MongoClient
cliente = MongoClient("mongodb+srv://analista_leitura:{_v}@cluster0.{rs(5, LO + DG)}.mongodb.net/vendas?retryWrites=true")
pedidos = cliente.vendas.pedidos""", _v)

while True:
    _c = "7" + dg(13)
    _s = sum(int(x) * (15 - i) for i, x in enumerate(_c))
    _last = (-_s) % 11
    if _last < 10:
        _cns = _c + str(_last)
        break
_v = f"{_cns[:3]} {_cns[3:7]} {_cns[7:11]} {_cns[11:]}"
S("pt", "hosp", f"""Ficha de agendamento (UBS Vila Nova)
Paciente: Josefa Aparecida dos Santos
Cartão SUS (CNS): {_v}
Especialidade: cardiologia   Data: 22/07 às 07h30
Observação: trazer exames anteriores""", _v)
# --- Dutch ------------------------------------------------------------------
_v = bsn()
S("nl", "gov", f"""Gebruiker: kun je de huurtoeslag aanvraag voor mijn vader afmaken op Mijn toeslagen? zijn BSN is {_v}, hij woont sinds 1 maart alleen. inkomen staat in de bijlage""", _v)

_v = pw(11)
S("nl", "gov", f"""Gedachte: de gebruiker heeft zijn DigiD-gegevens in de chat gezet („gebruikersnaam jvdberg58, ww {_v}"). Ik mag daar niet zelf mee inloggen; DigiD is persoonsgebonden. Ik leg uit dat hij zelf moet inloggen of een machtiging via DigiD Machtigen moet regelen.""", _v)

_v = iban_nl()
S("nl", "npo", f"""Machtiging periodieke gift – Stichting Voedselbank Oost
Naam: mevr. A. Bakker-Visser
Rekeningnummer (IBAN): {iban_fmt(_v)}
Bedrag: € 10,00 per maand, ingangsdatum 01-06-2025
Handtekening: ✔ (digitaal)""", iban_fmt(_v))

_v = dg(4)
S("nl", "prop", f"""Les voor de volgende keer: bij het VvE-pand Keizersgracht 3 gaat het alarm af als de schoonmaker 's ochtends vroeg binnenkomt. Uitschakelen met {_v} gevolgd door OFF binnen 30 seconden. Stond niet in het overdrachtsdocument, nu wel.""", _v)

# --- Polish -----------------------------------------------------------------
_v = pesel()
S("pl", "edu", f"""[tool_output] eksport_uczniowie_klasa_2c.csv
nazwisko;imie;pesel;data_ur;opiekun
Wiśniewska;Zuzanna;{_v};2009-05-14;Wiśniewski Marek
Kowalczyk;Jan;—;;(dane w sekretariacie)""", _v)

_v = dg(6)
S("pl", "pos", f"""Użytkownik: klient przy kasie podał kod BLIK {_v} ale terminal wyświetla "transakcja odrzucona", czy mam go poprosić o nowy kod czy spróbować jeszcze raz ten sam?""", _v)

_v = pw(15)
S("pl", "ds", f"""Podsumowanie: pipeline ETL w Airbyte padał na połączeniu z Postgresem (auth failed). Hasło użytkownika airbyte_ro zmieniono przy migracji serwera. Nowe hasło, które wpisałem w konfiguracji źródła:
{_v}
Sprawdzić w poniedziałek, czy synchronizacja nocna przeszła.""", _v)

_v = iban_generic("PL", 24)
S("pl", "law", f"""Kancelaria Adwokacka Nowak i Wspólnicy
Dane do przelewu zaliczki na poczet wynagrodzenia klienta p. T. Zielińskiego (zwrot nadpłaty):
nr rachunku klienta: {iban_fmt(_v)}
tytuł: zwrot nadpłaty sygn. akt I C 412/24""", iban_fmt(_v))

# --- Czech ------------------------------------------------------------------
_v = rodne_cislo()
S("cs", "hosp", f"""Uživatel: potřebuju objednat tátu na kardiologii do nemocnice v Olomouci, jeho rodné číslo je {_v}, pojišťovna 111. nejlíp ráno, bere ho sestra autem""", _v)

_v = pw(12, sym=False)
S("cs", "tel", f"""Záznam hovoru (technická podpora O2):
Zákazník neví heslo k Wi-Fi po resetu routeru. Po resetu platí výchozí údaje ze štítku: SSID O2-Internet-4F2, heslo {_v}. Doporučeno změnit po přihlášení.""", _v)

_v = rs(40, LO + DG)
S("cs", "pos", f"""# .env pro pokladnu e-shopu (Fakturoid napojení)
FAKTUROID_SLUG=kavarna-u-mostu
FAKTUROID_CLIENT_ID={hx(40)}
FAKTUROID_CLIENT_SECRET={_v}
EET_MODE=off""", _v)

_v = dg(5)
S("cs", "prop", f"""Úvaha: Majitel bytu v Brně posílá instrukce pro předání klíčů hostům z Airbnb. Klíče jsou ve schránce u vchodu, číselný zámek – kombinace je podle jeho zprávy {_v}. Pošlu to hostovi až v den příjezdu, ne do veřejného popisu inzerátu.""", _v)

# --- Swedish ----------------------------------------------------------------
_v = personnummer_se()
S("sv", "hosp", f"""Sammanfattning (1177-ärende): Patienten Karin Lindqvist, personnummer 19{_v}, vill flytta sin tid hos diabetessköterskan till vecka 34. Ombokat till tis 19/8 kl 10:20. Bekräftelse skickad via SMS.""", f"19{_v}")

_v = dg(4)
S("sv", "prop", f"""Hej! Portkoden till Götgatan 22 är {_v} (gäller från 1 juli), tvättstugan bokas med bricka. Välkommen till huset! /Styrelsen BRF Solgläntan""", _v)

_v = human_pw(["sommar", "kanelbulle", "hallon", "midsommar"])
S("sv", "edu", f"""Användare: jag kommer inte in i Schoolsoft som vårdnadshavare, har provat mitt lösen {_v} flera gånger nu. kan du kolla om kontot är låst? min dotter går i 7B på Ekbackeskolan""", _v)

_v = rs(32, LO + DG)
S("sv", "logi", json.dumps({"verktyg": "http.get", "argument": {
    "url": "https://api2.postnord.com/rest/shipment/v5/trackandtrace/findByIdentifier.json",
    "params": {"apikey": _v, "id": "00370726" + dg(10), "locale": "sv"}}}, ensure_ascii=False), _v)

# --- Finnish ----------------------------------------------------------------
_v = hetu_fi()
S("fi", "edu", f"""Käyttäjä: Wilmassa pyydetään opiskelijan henkilötunnusta ylioppilastutkintoon ilmoittautumista varten. Poikani hetu on {_v}. Voitko täyttää lomakkeen?""", _v)

_v = dg(4)
S("fi", "prop", f"""Huoltoyhtiön viesti (kopioitu): Hei, ulko-oven ovikoodi vaihtuu maanantaina. Uusi koodi: {_v}. Älkää jakako sitä lähettipalveluille, heille on oma tunnistin. Terv. Isännöinti Lahtinen""", _v)

_p = dg1(13)
_v = iban("FI", _p + luhn_cd(_p))
S("fi", "npo", f"""Yhteenveto: seurakunnan nuorisoleirin kuluja korvataan vapaaehtoiselle (Mikko Heikkinen, 84,50 €). Hänen tilinumeronsa: {iban_fmt(_v)}. Kuitit tallennettu kansioon Leiri2025/kuitit.""", iban_fmt(_v))

_v = pw(10, sym=False)
S("fi", "tel", f"""Asiakas soitti: mobiilireititin ei yhdistä. Pyysin lukemaan laitteen tarran: verkon nimi DNA-Mokkula-5G-9A1C, salasana {_v}. Laitteessa vanha firmware, ohjeistin päivittämään.""", _v)

# --- Norwegian --------------------------------------------------------------
_v = fnr_no()
S("no", "gov", f"""Bruker: kan du hjelpe meg å søke om bostøtte hos Husbanken for min mor? fødselsnummeret hennes er {_v[:6]} {_v[6:]}, hun bor alene i Trondheim""", f"{_v[:6]} {_v[6:]}")

_v = pw(12, sym=False)
S("no", "game", f"""Oppsummering: Valheim-serveren for klubben kjører nå på den nye VPS-en. Start-kommando:
./valheim_server.x86_64 -name "Fjellklubben" -port 2456 -world "Nordheim" -password "{_v}" -public 0
Spillerne må bruke samme passord som før? Nei — nytt passord, sendt i Discord-DM.""", _v)

_v = dg(4)
S("no", "prop", f"""Tanke: leietaker i Storgata 8 spør om portkoden til søppelrommet. Huseier skrev i forrige uke at det er samme kode som sykkelboden, {_v}. Jeg svarer direkte til leietakeren.""", _v)

_v = hx(32)
S("no", "logi", f"""$ curl -s "https://api.bring.com/shippingguide/api/v2/products" \\
    -H "X-Mybring-API-Uid: logistikk@fjordfrakt.example" \\
    -H "X-Mybring-API-Key: {_v}" \\
    -H "X-Bring-Client-URL: https://fjordfrakt.example"
{{"consignments":[{{"products":[{{"id":"5800","productionCode":"1202"}}]}}]}}""", _v)

# --- Danish -----------------------------------------------------------------
_v = cpr_dk()
S("da", "hosp", f"""Notat fra telefonen (Lægehuset Vestergade): Borger ringede for at få fornyet recept på Eliquis. CPR-nr. {_v}. Sendt til Dr. Holm til godkendelse.""", _v)

_v = pw(10, sym=False)
S("da", "edu", f"""Bruger: Min søn har glemt sin UNI-Login kode. Skolen har sendt en midlertidig: {_v} – skal han skifte den med det samme når han logger ind?""", _v)

_v = dg(4)
S("da", "prop", f"""Opsummering til viceværterne: Dørkoden til kælderen i opgang 4B er skiftet til {_v}, fordi den gamle var blevet delt på Facebook. Husk at opdatere sedlen i skurets nøgleboks.""", _v)

_v = f"{dg(4)} {dg(10)}"
S("da", "npo", f"""Refusion til frivillig (kirkens julemarked)
Navn: Birgitte Holm Sørensen
Reg.nr. og kontonr.: {_v}
Beløb: 412,75 kr (kager + kaffe)
Godkendt af kasserer 14/12""", _v)

# --- Hungarian --------------------------------------------------------------
_v = taj_hu()
S("hu", "hosp", f"""Felhasználó: szeretnék időpontot kérni anyukámnak a szemészetre az EESZT-ben, a TAJ száma {_v}, lehetőleg délelőtt. köszi!""", _v)

_v = adoazonosito_hu()
S("hu", "gov", json.dumps({"eszkoz": "nav.szja_tervezet_lekerdezes", "parameterek": {
    "adoazonosito_jel": _v, "ev": 2024, "nev": "Kovács Eszter"}}, ensure_ascii=False), _v)

_v = pw(14)
S("hu", "ds", f"""Tanulság: a Metabase nem tudott csatlakozni a riport adatbázishoz, mert valaki a jelszót a környezeti változóban idézőjelek nélkül adta meg, és a # utáni részt kommentnek vette a shell.
Helyes forma:
MB_DB_PASS='{_v}'
(jelszó nem változott, csak az idézés)""", _v)

_v = dg(4) + "#"
S("hu", "prop", f"""Közös képviselő üzenete (beillesztve): „Kedves Lakók! A kapukód július 1-től: {_v} — kérjük, ne adják meg futároknak, a csomagautomatához külön kód van."
""", _v)

# --- Romanian ---------------------------------------------------------------
_v = cnp_ro()
S("ro", "gov", f"""Utilizator: vreau să depun declarația unică pe SPV pentru chiria încasată, CNP-ul meu e {_v}. e prima oară când fac asta, mă ajuți pas cu pas?""", _v)

_v = pw(12, sym=False)
S("ro", "tel", f"""Notă apel (suport Digi): Clientul nu se poate conecta la router după resetare. I-am dat parola implicită de administrare de pe etichetă: {_v}. I-am recomandat să o schimbe imediat după logare.""", _v)

_v = iban("RO", rs(4, UP) + rs(16, UP + DG))
S("ro", "law", f"""Rezumat: Clientul Ionescu Mihai a solicitat returnarea onorariului avansat (2.500 lei), dosarul fiind retras. Cont beneficiar comunicat pe e-mail: {_v} (Banca Transilvania). De aprobat de partener.""", _v)

_v = dg(4)
S("ro", "pos", f"""Transcriere vocală (casieră, magazin Cluj): „…și clientul mi-a zis PIN-ul cu voce tare, {_v}, l-am auzit și eu și omul din spate, i-am zis să-și schimbe PIN-ul la bancomat”""", _v)

# --- Greek ------------------------------------------------------------------
_v = amka_gr()
S("el", "hosp", f"""Χρήστης: θέλω να κλείσω ραντεβού για εμβόλιο για τη γιαγιά μου, ΑΜΚΑ {_v}, σε φαρμακείο κοντά στο Χαλάνδρι αν γίνεται""", _v)

_v = afm_gr()
S("el", "gov", f"""Σύνοψη: Συμπληρώθηκε η αίτηση για το επίδομα θέρμανσης μέσω gov.gr για τον κ. Παπαδόπουλο. ΑΦΜ δικαιούχου: {_v}, ΔΟΥ Αμαρουσίου. Αναμένεται έγκριση σε 10 εργάσιμες.""", _v)

_v = pw(12, sym=False)
S("el", "tel", f"""Σκέψη: ο πελάτης λέει ότι άλλαξε τον κωδικό του Wi-Fi στο router της Cosmote αλλά η τηλεόραση δεν συνδέεται. Μου έγραψε τον νέο κωδικό: {_v}. Πιθανώς η TV υποστηρίζει μόνο 2.4GHz — θα του προτείνω να ελέγξει τη ζώνη.""", _v)

_v = dg(4)
S("el", "prop", f"""Μήνυμα διαχειριστή πολυκατοικίας: «Ο κωδικός του συναγερμού για την αποθήκη στο υπόγειο είναι {_v}. Παρακαλώ να μην τον δίνετε σε συνεργεία χωρίς να με ενημερώσετε.»""", _v)
# --- Turkish ----------------------------------------------------------------
_v = tckn()
S("tr", "gov", f"""Kullanıcı: e-Devlet'te annemin emekli maaşı dökümünü almam lazım, TC kimlik no {_v}, şifresini de PTT'den yeni aldı. adım adım anlatır mısın""", _v)

_v = pw(16, sym=False)
S("tr", "mob", f"""Özet: Android release imzalama anahtarı kayboldu sanılıyordu, Emre'nin bilgisayarında bulundu. Keystore: magaza-release.jks, alias: magaza, parola {_v}. Play App Signing'e yükleme anahtarı olarak kaydedildi; dosya artık ekip kasasında.""", _v)

_v = iban_generic("TR", 22)
S("tr", "npo", f"""Dernek bağış formu (web, otomatik e-posta):
Ad Soyad: Zeynep Arslan
Düzenli bağış: 250 TL / ay
Otomatik ödeme talimatı için IBAN: {iban_fmt(_v)}
Onay: KVKK metnini okudum ✔""", iban_fmt(_v))

_v = dg(4) + "*"
S("tr", "prop", f"""Site yönetimi duyurusu (fotoğraftan okundu): "Sayın sakinler, B blok dış kapı şifresi {_v} olarak değiştirilmiştir. Kargo görevlileriyle paylaşmayınız." """, _v)

# --- Russian ----------------------------------------------------------------
_v = snils()
S("ru", "hosp", f"""Пользователь: запиши маму к терапевту в поликлинику №3 через Госуслуги. СНИЛС {_v}, полис ОМС у неё есть. лучше в четверг утром""", _v)

_ser, _num = f"{dg(2)} {dg(2)}", dg(6)
_v = f"{_ser} {_num}"
S("ru", "law", f"""Проект доверенности (нотариус Соколова Е. В.)
Я, Морозов Андрей Павлович, паспорт серии {_ser} № {_num}, выдан ГУ МВД России по г. Москве 12.03.2019, код подразделения 770-0{dg(2)}, уполномочиваю…""", _num)

_v = pw(13)
S("ru", "game", f"""[tool_output] docker inspect rust-server | jq '.[0].Config.Env'
[
  "RUST_SERVER_NAME=Сибирь PvE | x2",
  "RUST_SERVER_MAXPLAYERS=80",
  "RUST_RCON_PASSWORD={_v}",
  "RUST_SERVER_SEED=1844210"
]""", _v)

_v = inn_ru_person()
S("ru", "gov", f"""Мысль: для налогового вычета за лечение нужно заполнить 3-НДФЛ. Пользователь прислал свой ИНН {_v} и справку из клиники. ИНН физлица — не публиковать в общем резюме, только в форме.""", _v)

# --- Ukrainian --------------------------------------------------------------
_v = rnokpp_ua()
S("uk", "gov", f"""Користувач: допоможи подати заяву на допомогу ВПО через Дію. мій РНОКПП (ІПН) {_v}, зараз живемо у Львові, двоє дітей""", _v)

_c = card("5168" + dg(2), 16)
S("uk", "pos", f"""Нотатка касира (переслано адміністратору): клієнт залишив дані картки для передоплати торту — {fmt_card(_c)}, термін 04/28. Я знаю що так не можна, що робити з цим папірцем?""", fmt_card(_c))

_v = pw(11, sym=False)
S("uk", "edu", f"""Підсумок: вчителька 5-А не могла зайти в «Нові знання». Адміністратор школи скинув пароль; тимчасовий пароль: {_v} (треба змінити при першому вході). Журнал за вересень заповнено.""", _v)

_v = iban("UA", dg(6) + "0" * 5 + dg(14))
S("uk", "npo", f"""Реквізити для відшкодування волонтеру (Олена Ткаченко) за паливо:
IBAN {_v}
Сума: 1 850 грн
Призначення: відшкодування витрат, рейс Київ–Харків 12.06""", _v)

# --- Arabic -----------------------------------------------------------------
_v = emirates_id()
S("ar", "gov", f"""المستخدم: أبغى أجدد الإقامة لزوجتي عن طريق تطبيق ICP، رقم الهوية الإماراتية حقها {_v} وجواز السفر جديد. وش الأوراق المطلوبة؟""", _v)

_v = saudi_id()
S("ar", "hosp", f"""ملخص: تم حجز موعد في عيادة الأسنان (مستشفى الملك فهد) للمريض عبدالله الشهري، رقم الهوية الوطنية {_v}، يوم الأحد الساعة 9:30 صباحًا. أُرسل تذكير عبر تطبيق صحتي.""", _v)

_v = pw(12, sym=False)
S("ar", "tel", f"""سجل المكالمة (دعم فني - STC):
العميل لا يستطيع الدخول لإعدادات الراوتر. بعد إعادة الضبط، كلمة مرور المشرف المكتوبة أسفل الجهاز هي {_v}
تم إرشاده لتغييرها من صفحة الإعدادات.""", _v)

_v = iban("SA", dg(2) + rs(18, DG))
S("ar", "law", f"""من: مكتب المحامي سامي القحطاني
الموضوع: تحويل مبلغ التسوية
نرجو تحويل مبلغ التسوية (45,000 ريال) إلى حساب موكلنا:
الآيبان: {iban_fmt(_v)}
مصرف الراجحي — باسم: فهد ناصر العتيبي""", iban_fmt(_v))

# --- Hebrew -----------------------------------------------------------------
_v = teudat_zehut()
S("he", "hosp", f"""משתמש: תקבע לאבא שלי תור לאורתופד בקופת חולים מכבי, ת.ז. {_v}, הוא יכול רק אחרי 16:00. תודה!""", _v)

_v = human_pw(["shalom", "tapuz", "gamal", "kineret"])
S("he", "edu", f"""מחשבה: ההורה כתב בצ'אט את הסיסמה למשו"ב של הבת שלו ({_v}) כדי שאבדוק את הציונים. עדיף שלא אשמור אותה בזיכרון; אבקש ממנו להתחבר בעצמו ולשלוח צילום מסך.""", _v)

_v = dg(5)
S("he", "prop", f"""הודעה מוועד הבית: קוד הכניסה החדש לבניין ברחוב הרצל 12 הוא {_v}, בתוקף מיום ראשון. נא לא למסור לשליחים.""", _v)

_v = anthropic_key()
S("he", "ds", f"""סיכום: המחברת של ניתוח הסקרים קוראת למודל דרך ה-API. המפתח הוכנס ישירות בקוד (שורה 12): ANTHROPIC_API_KEY = "{_v}". צריך להעביר ל-Secret Manager ולסובב את המפתח.""", _v)

# --- Persian ----------------------------------------------------------------
_v = codemelli_ir()
S("fa", "gov", f"""کاربر: می‌خوام برای مادرم در سامانه سهام عدالت ثبت نام کنم. کد ملی‌اش {_v} هست و شماره موبایلش به نام خودشه. کمکم می‌کنی؟""", _v)

_v = pw(10, sym=False)
S("fa", "tel", f"""یادداشت پشتیبانی: مشتری (شاتل) اینترنتش وصل نمی‌شود. نام کاربری ADSL و رمز عبورش را از قرارداد خواند: کاربر sh{dg(7)}، رمز {_v}. مشکل از تنظیمات PPPoE مودم بود، اصلاح شد.""", _v)

_c = card("603799", 16)
S("fa", "pos", f"""فکر: مشتری در چت شماره کارتش را فرستاده تا مبلغ مرجوعی را واریز کنیم: {group(_c, (4, 4, 4, 4), '-')}. شماره کارت برای واریز لازم است اما نباید آن را در خلاصه یا یادداشت‌های عمومی تکرار کنم.""", group(_c, (4, 4, 4, 4), '-'))

_v = dg(6)
S("fa", "npo", f"""خلاصه برای تیم خیریه: برای تأیید برداشت از حساب مؤسسه، بانک رمز پویا فرستاد ({_v}) و آقای رضایی آن را تلفنی اعلام کرد. انتقال ۱۲ میلیون تومان به حساب تأمین‌کننده‌ی اقلام انجام شد.""", _v)

# --- Hindi ------------------------------------------------------------------
_v = aadhaar()
S("hi", "gov", f"""उपयोगकर्ता: मेरी माँ का पीएम किसान का पैसा नहीं आया, उनका आधार नंबर {_v} है, स्टेटस चेक कर दो प्लीज़""", _v)

_v = pan_in()
S("hi", "gov", json.dumps({"tool": "itr.prefill", "arguments": {"pan": _v, "assessment_year": "2025-26",
    "naam": "राजेश कुमार वर्मा", "form": "ITR-1"}}, ensure_ascii=False), _v)

_v = dg(6)
S("hi", "pos", f"""सारांश: दुकान के काउंटर पर ग्राहक ने गलती से अपना UPI PIN ({_v}) कैशियर को बोल दिया और कैशियर ने उसे रसीद के पीछे लिख लिया। रसीद नष्ट कर दी गई; ग्राहक को PIN बदलने की सलाह दी।""", _v)

_v = human_pw(["suraj", "mausam", "kitaab", "ganga"])
S("hi", "edu", f"""उपयोगकर्ता: कॉलेज के ERP पोर्टल में मेरा लॉगिन नहीं हो रहा, रोल नंबर 22BCS{dg(4)} और पासवर्ड {_v} डाल रहा हूँ, फीस की आखिरी तारीख कल है""", _v)

# --- Bengali ----------------------------------------------------------------
_v = dg1(10)
S("bn", "gov", f"""ব্যবহারকারী: আমার বাবার বয়স্ক ভাতার আবেদন অনলাইনে করতে চাই। উনার জাতীয় পরিচয়পত্র (NID) নম্বর {_v}, জন্ম ১৯৫৪ সালে। কী কী লাগবে?""", _v)

_v = dg(5)
S("bn", "npo", f"""চিন্তা: মাদ্রাসার তহবিলের বিকাশ অ্যাকাউন্ট থেকে টাকা পাঠাতে কোষাধ্যক্ষ আমাকে পিন দিয়েছেন ({_v})। বিকাশ পিন শেয়ার করা নিরাপদ নয় — আমি নিজে লেনদেন করব না, তাঁকেই অ্যাপে করতে বলব।""", _v)

_v = pw(10, sym=False)
S("bn", "tel", f"""গ্রাহক কল নোট: ব্রডব্যান্ড রাউটারের ওয়াইফাই পাসওয়ার্ড ভুলে গেছেন। রিসেটের পর নতুন পাসওয়ার্ড সেট করা হলো: {_v} — গ্রাহককে এসএমএসে জানানো হয়েছে।""", _v)

_v = dg(6)
S("bn", "pos", f"""[tool_output] sms_inbox (শেষ বার্তা)
From: NAGAD
আপনার নগদ লেনদেন যাচাই কোড {_v}। কোডটি কাউকে দেবেন না। মেয়াদ ৩ মিনিট।""", _v)

# --- Japanese ---------------------------------------------------------------
_v = my_number_jp()
S("ja", "gov", f"""ユーザー：ふるさと納税のワンストップ特例の申請書を作りたいです。マイナンバーは {_v} です。住所は去年から変わってません。""", _v)

_v = pw(12)
S("ja", "prop", f"""思考：管理会社の担当者から、マンション共用部のスマートロック管理画面のログイン情報が届いた（ID: kanri-shibuya03 / パスワード: {_v}）。これは共有メモには書かず、担当者本人にだけ使ってもらう。""", _v)

_v = dg(4)
S("ja", "pos", f"""音声メモの書き起こし（店長）：えーと、レジ締めのときの金庫の暗証番号は {_v} です、バイトさんには教えないでください、社員だけで""", _v)

_v = b64(128).replace("=", "") + "="
S("ja", "mob", f"""教訓：LINEミニアプリの通知が届かなかった原因は、チャネルアクセストークン（長期）を再発行したのにサーバー側の環境変数を更新していなかったこと。
LINE_CHANNEL_ACCESS_TOKEN={_v}
次回は再発行したら即デプロイする。""", _v)

# --- Korean -----------------------------------------------------------------
_v = rrn_kr()
S("ko", "hosp", f"""사용자: 엄마 건강검진 예약 좀 해줘. 주민번호 {_v}, 국민건강보험 일반검진 대상이고 토요일 오전이면 좋겠어""", _v)

_v = dg(4) + "*"
S("ko", "prop", f"""요약: 3동 공동현관 비밀번호가 관리사무소 공지로 변경됨 → {_v} (8월 1일부터). 택배기사님께는 알려주지 말라고 함. 무인택배함은 별도 번호 사용.""", _v)

_v = pw(12, sym=False)
S("ko", "game", f"""[도구 출력] cat ~/palworld/PalWorldSettings.ini | grep -i password
ServerPassword="{_v}",AdminPassword="{pw(12, sym=False)}",""", _v)

_v = hx(32)
S("ko", "mob", f"""교훈: 카카오 로그인 오류(KOE101)는 앱 키 문제였다. 서버에서 쓰는 REST API 키는 {_v} 인데, 클라이언트에 네이티브 앱 키 대신 이걸 넣어서 생긴 문제. REST 키는 서버에만 둘 것.""", _v)
# --- Chinese ----------------------------------------------------------------
_v = cn_resident_id()
S("zh", "gov", f"""用户：帮我在个税App上给我爸办一下赡养老人专项附加扣除，他身份证号{_v}，我是独生子女。""", _v)

_v = hx(32)
S("zh", "mob", f"""# config/wechat.yaml （小程序后端）
wechat:
  appid: wx{hx(16)}
  appsecret: {_v}
  mch_id: 16{dg(8)}
  notify_url: https://api.xiaodian.example/pay/notify""", _v)

_v = dg(6)
S("zh", "prop", f"""思考：物业群里王师傅说地下车库电梯门禁的临时密码是{_v}，今晚十点后失效。用户只是问维修时间，我不需要把这个密码写进总结里。""", _v)

_v = pw(14)
S("zh", "ds", f"""总结：离线特征任务失败是因为 ClickHouse 的只读账号改了密码。新的连接串已更新到 Airflow 变量：
clickhouse://reader:{_v}@ch-prod-01:9000/features
下次改密码前请先在 #数据平台 群里通知。""", _v)

# --- Vietnamese -------------------------------------------------------------
_v = cccd_vn()
S("vi", "gov", f"""Người dùng: giúp mình nộp hồ sơ xin cấp lại giấy phép lái xe trên Cổng dịch vụ công, số CCCD của mình là {_v}, bằng cũ hết hạn tháng trước""", _v)

_v = pw(10, sym=False)
S("vi", "tel", f"""Ghi chú cuộc gọi (hỗ trợ FPT Telecom): Khách quên mật khẩu wifi. Đã đổi mật khẩu mới qua ứng dụng Hi FPT theo yêu cầu của khách: {_v}. Khách đã kết nối lại được.""", _v)

_v = dg(6)
S("vi", "pos", f"""Suy nghĩ: chủ quán gửi ảnh chụp tin nhắn "Ma OTP cua ban la {_v}, co hieu luc trong 2 phut. Khong chia se ma nay." để mình xác nhận liên kết máy POS với tài khoản ngân hàng. Mình dùng ngay rồi không lưu lại.""", _v)

_v = human_pw(["hoasen", "mattroi", "bienxanh", "conmeo"])
S("vi", "edu", f"""Người dùng: con mình không vào được tài khoản trên hệ thống học trực tuyến của trường, tên đăng nhập hs{dg(6)}, mật khẩu cô giáo cấp là {_v}, nhập đúng rồi mà vẫn báo sai""", _v)

# --- Thai -------------------------------------------------------------------
_v = thai_id()
S("th", "gov", f"""ผู้ใช้: ช่วยลงทะเบียนเบี้ยยังชีพผู้สูงอายุให้ยายหน่อย เลขบัตรประชาชน {_v} อยู่ที่เชียงใหม่""", _v)

_v = pw(12)
S("th", "hosp", f"""สรุป: ระบบ HIS ของคลินิกล็อกบัญชีผู้ใช้ของพยาบาลเวรดึก ฝ่ายไอทีรีเซ็ตรหัสผ่านชั่วคราวให้เป็น {_v} ต้องเปลี่ยนภายใน 24 ชม.""", _v)

_v = dg(6)
S("th", "pos", f"""ความคิด: ลูกค้าอ่าน OTP จากธนาคารให้พนักงานฟังทางโทรศัพท์ (รหัส OTP {_v} Ref: KQZT) เพื่อผูกบัตรกับร้าน ซึ่งไม่ควรทำ ต้องแจ้งลูกค้าว่าห้ามบอก OTP กับใคร""", _v)

_v = pw(11, sym=False)
S("th", "prop", f"""ข้อความจากนิติบุคคลคอนโด: รหัส Wi-Fi ห้องฟิตเนสและสระว่ายน้ำเปลี่ยนเป็น {_v} ตั้งแต่วันนี้ครับ ชื่อเครือข่าย CONDO-GYM""", _v)

# --- Indonesian -------------------------------------------------------------
_v = nik_id()
S("id", "gov", f"""Pengguna: tolong bantu daftar BPJS Kesehatan mandiri untuk ibu saya, NIK {_v}, KK sudah ada. mau kelas 3 aja""", _v)

_v = human_pw(["merdeka", "kucing", "rendang", "pelangi"])
S("id", "edu", f"""Catatan: mahasiswa (NIM 2021{dg(6)}) lupa kata sandi SIAKAD. Admin prodi sudah reset, kata sandi sementara {_v}. Minta mahasiswa ganti setelah login pertama.""", _v)

_v = "xnd_production_" + rs(64)
S("id", "pos", f"""XENDIT_SECRET_KEY={_v}
XENDIT_CALLBACK_TOKEN={rs(48)}
TOKO_ID=warung-bu-sri-02""", _v)

_v = dg(6)
S("id", "npo", f"""Pikiran: bendahara masjid mengirim foto kartu ATM dan menulis "PIN-nya {_v} ya, tolong cek saldo infaq bulan ini". Saya tidak boleh memakai PIN ATM orang lain; saya sarankan ia cek sendiri lewat mobile banking.""", _v)

# --- Swahili ----------------------------------------------------------------
_v = dg1(8)
S("sw", "edu", f"""Mtumiaji: nisaidie kujaza fomu ya HELB kwa ajili ya mwanangu. Nambari yake ya kitambulisho (ID) ni {_v}, yuko mwaka wa kwanza chuo kikuu cha Moi.""", _v)

_v = dg(4)
S("sw", "npo", f"""Muhtasari: Mweka hazina wa kanisa alituma ujumbe: "PIN ya M-Pesa ya akaunti ya kanisa ni {_v}, tuma sadaka ya wiki kwa mchungaji." Nimemkumbusha asishiriki PIN kwenye WhatsApp na abadilishe PIN mara moja.""", _v)

_v = pw(10, sym=False)
S("sw", "tel", f"""Kumbukumbu ya simu (huduma kwa wateja - Safaricom Home Fibre): Mteja amesahau nenosiri la Wi-Fi. Nenosiri jipya limewekwa: {_v}. Mteja ameunganisha simu na TV kwa mafanikio.""", _v)

_v = "A" + dg(9) + rs(1, UP)
S("sw", "gov", f"""Mawazo: Mteja anataka kuwasilisha ritani ya kodi kwenye iTax. Ametuma KRA PIN yake ({_v}) pamoja na nenosiri la iTax. Nitatumia PIN kujaza fomu tu, na nitamwomba aingie mwenyewe kwa nenosiri.""", _v)

# --- Tagalog ----------------------------------------------------------------
_v = f"{dg(2)}-{dg(7)}-{dg(1)}"
S("tl", "gov", f"""User: pa-check naman kung ilan na ang hulog ko sa SSS, yung SSS number ko ay {_v}, gusto ko sana mag-loan""", _v)

_v = dg(4)
S("tl", "pos", f"""Buod: Yung cashier sa sari-sari store, nilagay sa notes ng POS ang GCash MPIN ng tindahan ({_v}) para daw hindi makalimutan. Tinanggal ko na at sinabihan si Aling Nena na palitan ang MPIN.""", _v)

_v = human_pw(["mabuhay", "sampaguita", "adobo", "bayanihan"])
S("tl", "edu", f"""Transcript ng voice message: "Ma'am, ito po yung password ko sa LMS ng school, {_v}, paki-upload na lang po yung assignment ko kasi nasa probinsya po ako at mahina signal, salamat po" """, _v)

_v = dg(6)
S("tl", "tel", f"""Iniisip: Nag-forward ang customer ng text: "Ang iyong Globe One OTP ay {_v}. Huwag ibahagi." Kailangan ito para ma-verify ang SIM registration niya, pero hindi ko dapat itago sa memory.""", _v)

# --- extra logistics records ------------------------------------------------
_v = pw(16)
S("de", "logi", f"""Gedanke: Der Versand-Connector (DHL Geschäftskunden-API) liefert 401. Im Ticket hat der Lagerleiter die Zugangsdaten gepostet: Benutzer "lager-nord-api", Passwort {_v}. Ich trage sie nur im Secret-Store des Connectors ein und bitte ihn, den Ticket-Kommentar zu löschen.""", _v)

_v = rs(40, B64URL_ALPHA)
S("nl", "logi", f"""[tool_output] kubectl get secret sendcloud-creds -o jsonpath='{{.data}}' | base64-decoded
{{"SENDCLOUD_PUBLIC_KEY":"{uuid4()}","SENDCLOUD_SECRET_KEY":"{_v}"}}
Samenvatting: sleutels kloppen met het Sendcloud-panel, het probleem zat in de webhook-URL.""", _v)

_v = rs(32, LO + DG)
S("zh", "logi", f"""用户：快递100的实时查询接口一直报"签名错误"，我们的 customer 是 {HX(32)}，授权 key 是 {_v}，麻烦帮我看看签名是不是拼错了（param+key+customer 再 MD5 大写）""", _v)

# --- extra vendor formats -----------------------------------------------------
_v = gh_token("ghp_")
S("en", "mob", f"""[tool_output] cat .npmrc ios/Podfile.local 2>/dev/null
@brightpath:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken={_v}
always-auth=true""", _v)

_v = slack_webhook()
S("en", "hosp", f"""Lesson for next time: the bed-management bot posts to #bed-board through an incoming webhook. If the channel is renamed the URL keeps working, so don't recreate it. Current hook (set in the bot's env as SLACK_WEBHOOK_URL): {_v}""", _v)

_v = sendgrid()
S("en", "edu", json.dumps({"tool": "set_env", "arguments": {"service": "admissions-mailer", "vars": {
    "SENDGRID_API_KEY": _v, "FROM_ADDRESS": "admissions@lakeside.edu", "DAILY_LIMIT": "5000"}}}), _v)

_v = age_secret()
S("en", "law", f"""# created: 2025-01-09T10:14:55Z
# public key: {age_public()}
{_v}
(that's the contents of keys.txt the litigation-support team uses to decrypt the e-discovery exports with sops — Raj pasted it so I could open the bundle)""", _v)

_v = eth_priv()
S("en", "npo", f"""Thought: The volunteer who set up the donation wallet sent a "backup" in the chat: private key {_v} for the ETH address listed on our donate page. Anyone with this can drain the wallet; I'll tell the treasurer to move funds to a new wallet and never paste it again.""", _v)

_v = telegram_bot()
S("ru", "game", f"""Итог: бот уведомлений для Minecraft-сервера переехал в новый чат. Токен бота (от @BotFather): {_v}, chat_id -100{dg(10)}. Если бот перестанет писать — проверить, не отозван ли токен.""", _v)

_v = "DefaultEndpointsProtocol=https;AccountName=mlfeatures" + dg(2) + ";AccountKey=" + azure_storage_key() + ";EndpointSuffix=core.windows.net"
_k = _v.split("AccountKey=")[1].split(";")[0]
S("es", "ds", f"""Resumen: el notebook de entrenamiento no leía los parquet porque la cadena de conexión del Blob Storage estaba caducada. Nueva cadena (la puse en el Key Vault y temporalmente en la variable del cluster):
AZURE_STORAGE_CONNECTION_STRING="{_v}"
Pendiente: quitarla de la variable del cluster cuando funcione el Key Vault.""", _k)

_v = npm_token()
S("pl", "mob", f"""Lekcja: publikacja pakietu @sklep/ui w CI padała z 403, bo token npm był typu "read-only". Nowy token automation: {_v} — zapisany w sekretach repo jako NPM_TOKEN. Stary unieważniony.""", _v)

_v = win_key()
S("it", "edu", f"""Utente: la segreteria ha reinstallato il PC del laboratorio 2 e ora Windows dice "non attivato". Sul vecchio adesivo c'è scritto il Product Key {_v}, me lo attivi tu da remoto?""", _v)

_v = glpat()
S("de", "logi", f"""$ git clone https://oauth2:{_v}@gitlab.spedition-nord.example/wms/edi-mapper.git
Cloning into 'edi-mapper'...
remote: Enumerating objects: 1842, done.
Receiving objects: 100% (1842/1842), 3.21 MiB | 9.8 MiB/s, done.""", _v)

_v = uuid4()
S("fr", "npo", f"""Résumé : les reçus fiscaux de l'association ne partaient plus. Le jeton serveur Postmark avait été régénéré par l'ancien trésorier. Nouveau jeton (X-Postmark-Server-Token) : {_v} — mis à jour dans WordPress > Réglages > E-mails. Ne pas le confondre avec l'identifiant du message dans les logs.""", _v)


# ==========================================================================
# INNOCENT look-alikes -- helpers
# ==========================================================================
def awb() -> str:
    serial = dg(7)
    return f"{R.choice(['020', '057', '074', '176', '618'])}-{serial}{int(serial) % 7}"


def mpan_core() -> str:
    w = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    d = R.choice(["10", "12", "14", "16", "19", "23"]) + dg(10)
    return d + str(sum(int(a) * b for a, b in zip(d, w)) % 11 % 10)


def vat_gb() -> str:
    while True:
        d = dg1(7)
        s = sum(int(a) * b for a, b in zip(d, range(8, 1, -1)))
        c = (-s) % 97
        if c < 100:
            v = f"{d}{c:02d}"
            return f"GB {v[:3]} {v[3:7]} {v[7:]}"


def sscc() -> str:
    return gtin(18, "0" + dg(1) + "40")


def masked_card() -> str:
    return f"**** **** **** {dg(4)}"


# ==========================================================================
# INNOCENT -- English
# ==========================================================================
_npi = npi()
I("en", "hosp", f"""REFERRAL — Cardiology
Referring provider: Dr. Anita Raman, MD   NPI {_npi}   Taxonomy 207R00000X
Fax back to: (617) 555-0192   Phone: (617) 555-0140 ext 221
Reason: palpitations, abnormal Holter (ICD-10 R00.2, I49.3)
Please schedule within 2 weeks. Key findings attached (3 pages).""")

I("en", "hosp", f"""[tool_output] claims_status.csv
claim_no,line,cpt,icd10,billed,allowed,status,prior_auth
CLM-2025-{dg(7)},1,99214,E11.65,185.00,122.40,PAID,
CLM-2025-{dg(7)},1,70553,G43.909,2140.00,0.00,DENIED CO-197,
CLM-2025-{dg(7)},1,70553,G43.909,2140.00,812.55,PAID,PA-{dg(9)}
CLM-2025-{dg(7)},2,J1885,M54.50,24.00,6.12,PAID,""")

I("en", "hosp", """Lesson for next time: when patients call saying the portal "won't take my password", don't try to reset it for them over the phone. Send them to Forgot Password on the login page; if they never activated the account, the 10-character activation code is printed on their After Visit Summary. We can re-issue a code only after verifying DOB + address in person.""")

_mc = dg(14)
I("en", "hosp", f"""MSH|^~\\&|LAB|STMARYS|EHR|STMARYS|20250611093012||ACK^R01^ACK|ACK{_mc}|P|2.5.1
MSA|AA|{_mc}|Message accepted
(tool: hl7_listener, port 2575, latency 41 ms)""")

I("en", "hosp", f"""Vaccine fridge inventory — Clinic B (counted 06/30)
| vaccine | NDC | lot | exp | doses |
|---|---|---|---|---|
| Fluzone HD | 49281-0123-65 | UT{dg(7)}AA | 2026-06-30 | 40 |
| Shingrix | 58160-0823-11 | {rs(1, UP)}{dg(5)}{rs(2, UP)} | 2027-01-31 | 12 |
| Tdap (Boostrix) | 58160-0842-52 | {rs(2, UP)}{dg(4)} | 2026-11-30 | 18 |
Temp log OK, min 3.1°C max 6.8°C.""")

I("en", "hosp", json.dumps({"resourceType": "Practitioner", "id": uuid4(), "meta": {"versionId": "3", "lastUpdated": "2025-05-02T14:11:09Z"},
    "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi()}],
    "name": [{"family": "Osei", "given": ["Kwame"], "prefix": ["Dr."]}]}, indent=2))

_conf = rs(6, "ACDEFGHJKMNPQRTUVWXYZ2346789")
I("en", "hosp", f"""Appointment confirmed ✅
Confirmation code: {_conf}
Mon Jul 14, 8:20 AM — Imaging, Building C, Room 2.114
Please arrive 15 min early. To cancel call 555-0163 and quote the confirmation code.""")

_ups = [ups_1z() for _ in range(3)]
I("en", "logi", f"""Outbound today (DC-Reno)
| order | carrier | tracking | pallets |
|---|---|---|---|
| SO-{dg(6)} | UPS | {_ups[0]} | 1 |
| SO-{dg(6)} | UPS | {_ups[1]} | 2 |
| SO-{dg(6)} | Ocean | container {iso6346()} | 14 (SSCC {sscc()}…) |
| SO-{dg(6)} | UPS | {_ups[2]} | 1 |""")

I("en", "logi", json.dumps({"transactionId": uuid4(), "output": {"completeTrackResults": [{"trackingNumber": dg1(12),
    "trackResults": [{"latestStatusDetail": {"code": "IT", "description": "In transit"},
                      "scanEvents": [{"date": "2025-06-12T04:31:00-05:00", "eventType": "AR", "scanLocation": {"city": "MEMPHIS"}}]}]}]},
    "customerTransactionId": "idem-" + hx(24)}))

I("en", "logi", """# .env.example  (copy to .env and fill from Vault path kv/logistics/label-service)
FEDEX_API_URL=https://apis-sandbox.fedex.com
FEDEX_CLIENT_ID=${FEDEX_CLIENT_ID}
FEDEX_CLIENT_SECRET=${FEDEX_CLIENT_SECRET}
FEDEX_ACCOUNT_NUMBER=<your-account-number>
UPS_ACCESS_KEY=changeme
LABEL_FORMAT=ZPLII""")

I("en", "logi", f"""Customs entry summary (export, tool output)
Exporter EORI: GB{dg(12)}000
Consignee EORI: NL{dg(9)}
Export MRN: 25GB{rs(12, UP + DG)}{rs(1, UP)}{dg(1)}
HS code 8471.30.00 (laptops) — 40 units, customs value GBP 31,960.00
Commercial invoice INV-{dg(6)}""")

I("en", "logi", f"""Air freight booking confirmed. MAWB {awb()} / HAWB FRA{dg(7)}
Flight LH8162 FRA→ORD, ETD 14 Jun 21:05, 3 pcs, 412.0 kg chargeable.
Dangerous goods: none. Booking key for the portal: BK-{rs(8, UP + DG)} (reference only, not a login).""")

I("en", "logi", f"""POST /webhooks/carrier-status  200 OK  (12 ms)
headers:
  X-Carrier-Signature: t={R.randint(1_700_000_000, 1_760_000_000)},v1={hx(64)}
  X-Request-Id: {uuid4()}
body: {{"event":"delivered","shipment_id":"shp_{rs(20, LO + DG)}"}}
signature verified against the endpoint secret from Vault ✔""")

I("en", "logi", """Summary: onboarding doc for new dispatchers updated. Removed the section that told people to copy the carrier API client secret into their own scripts — the secret stays in Vault (kv/logistics/fedex, key `client_secret`) and scripts read it via the vault-agent sidecar. Nobody outside ops-eng needs to see the actual value.""")

I("en", "law", f"""Docket sheet lookup (PACER) — Case No. 1:24-cv-0{dg(4)}-JPC
Greene v. Ostrander Holdings LLC
Dkt 41  06/03/2025  ORDER granting motion for extension of time (key deadlines reset)
Dkt 42  06/05/2025  NOTICE of appearance by Priya Nadkarni (Bar No. {dg(6)})
Related: ECLI:NL:HR:2023:{R.randint(1000, 1999)} (cited in Dkt 38 brief)""")

I("en", "law", json.dumps({"envelopeId": uuid4(), "status": "completed", "emailSubject": "Please sign: Lease amendment 58 Linden St",
    "sentDateTime": "2025-04-01T15:02:44Z", "completedDateTime": "2025-04-02T09:11:03Z",
    "integratorKey_note": "Integration Key (client ID) " + uuid4() + " — public identifier, auth uses JWT grant"}, indent=1))

I("en", "law", f"""CHAIN OF CUSTODY — Exhibit set B
item  filename                      sha256
B-1   iphone_extraction_part1.zip   {sha256_hex()}
B-2   iphone_extraction_part2.zip   {sha256_hex()}
B-3   email_export.pst              {sha256_hex()}
Verified by: J. Ortega 2025-03-18 16:40 — hashes match intake log.""")

I("en", "law", f"""Signature certificate details (from the signed PDF)
Subject: CN=Maria Keller, O=Keller Notariat, C=DE
Serial: {HX(2)}:{HX(2)}:{HX(2)}:{HX(2)}:{HX(2)}:{HX(2)}:{HX(2)}:{HX(2)}
SHA-256 thumbprint: {':'.join(HX(2) for _ in range(32))}
Subject Key Identifier: {':'.join(HX(2) for _ in range(20))}
Valid: 2024-09-01 to 2027-08-31 — chain OK, not revoked (OCSP)""")

I("en", "law", f"""Notary journal entry #{R.randint(300, 999)} — 04/22/2025 2:15 PM
Document: Durable Power of Attorney   Type: acknowledgment
Signer ID: state driver license (verified, number not recorded per policy)
Commission No. {dg(7)}   Exp. 11/30/2027
Fee: $10.00   Recording no. to follow from county: pending""")

I("en", "law", f"""[tool_output] conflicts.search("Ostrander")
matter_no      client                       role        status
2025-00{dg(3)}-03  Greene, Thomas            plaintiff   OPEN
2019-00{dg(3)}-01  Ostrander Holdings LLC    adverse     CLOSED
2021-00{dg(3)}-02  Ostrander, Paul (estate)  client      CLOSED  <-- potential conflict, route to GC""")

I("en", "law", """Thought: The client wants the password for the encrypted settlement PDF sent in the same email as the attachment. Firm policy says the password goes by SMS to the number on file, never in the same channel. I'll send the PDF now and ask Dana to text the password separately; nothing to store here.""")

I("en", "edu", f"""References (auto-formatted)
[1] Adeyemi, T., & Moreau, L. (2023). Peer tutoring in first-year chemistry. J. Chem. Educ., 100(4), 1423–1431. https://doi.org/10.1021/acs.jchemed.{dg(1)}c00{dg(3)}
    ORCID: {orcid()}
[2] Hartley, S. (2021). Assessment for Learning (2nd ed.). ISBN {gtin(13, '978')}
[3] Course reader BIO101-F25, section key concepts, pp. 14–29.""")

I("en", "edu", f"""LTI 1.3 tool registration (Canvas → "LabSim")
client_id: 10000000000{dg(4)}
deployment_id: {dg(3)}:{hx(40)}
public JWK set URL: https://labsim.example/.well-known/jwks.json
kid: {hx(8)}-{hx(4)}
redirect_uris: https://labsim.example/lti/launch
(private key stays on the tool side; we only register the JWKS URL)""")

I("en", "edu", """Room changes week 37
| course | section | old room | new room | time |
|---|---|---|---|---|
| MATH 221 | 003 | SCI 1.204 | ENG 2.018 | MWF 10:10 |
| HIST 110 | 001 | HUM 105 | HUM 311 | TR 13:25 |
| CS 150 | L02 | LAB C-12 | LAB C-14 | F 14:00 |
Access code for the new lab: use your student card, no keypad.""")

I("en", "edu", """Subject: [IT Notice] Password expiry reminder

Dear students and staff,
Your university password expires every 180 days. If you received this email, please reset your password at https://password.lakeside.edu before Friday 5 PM. IT will never ask for your password by email or phone. If you cannot reset it, visit the Help Desk (Library, Room 0.12) with your ID card.
— Lakeside IT Services""")

I("en", "edu", json.dumps([{"id": 48213, "name": "Intro Biology (Fall 25)", "course_code": "BIO101-F25",
    "uuid": rs(40, ALNUM), "lti_context_id": hx(40), "sis_course_id": "2025FA-BIO101-001",
    "enrollment_term_id": 112, "workflow_state": "available"}], indent=1))

I("en", "edu", f"""Exam board entries confirmed — June series
Centre number: {dg(5)}
Paper codes: 8461/1H, 8461/2H (Biology), 8300/1F, 8300/2F, 8300/3F (Maths)
Late entry fee per paper: £{R.randint(20, 45)}.00
Keys for the exam store: collect from reception, sign the log.""")

I("en", "edu", f"""Library item record
Title: Molecular Biology of the Cell, 7th ed.
Item barcode: 3{dg(13)}    Call no.: QH581.2 .A44 2022
Status: On shelf, Science Library 3rd floor
Holds: 2   Accession token: ACC-{rs(10, UP + DG)} (internal cataloguing id)""")

I("en", "gov", f"""Permit status (county e-permits, tool output)
Application: BP-2025-0{dg(5)}   Type: Residential addition
Parcel (APN): {dg(3)}-{dg(3)}-{dg(3)}
Fees: plan review $1,284.00 paid 05/12; inspection deposit $350.00 due
Status: Corrections required — see comment key C-3 and C-7 on sheet A2.1""")

I("en", "gov", """Field help text (form W-9 helper):
"Social security number — enter 9 digits without dashes. Example format: 123-45-6789 (this is an example only, do not enter it). If you have an ITIN, use that instead. Never email this form; upload it through the secure portal."
""")

I("en", "gov", """User: the benefits site says "Your activation PIN will be mailed to your registered address within 5 working days". I haven't got the letter yet, it's been a week. What do I do?
Agent: The PIN letter can take up to 10 working days. If it hasn't arrived by then, request a new one from the sign-in page ("I didn't get my PIN"); the old PIN stops working once a new one is issued.""")

I("en", "gov", f"""USCIS Case Status
Receipt Number: IOE{dg(10)}
Form I-765, Application for Employment Authorization
Case Was Received — On June 2, 2025, we received your Form I-765 and mailed you a receipt notice.
Tracking ID for the card (once produced): {dg(2)}{rs(2, UP)}{dg(10)}""")

I("en", "gov", f"""Your PAYE tax code for 2025 to 2026 is 1257L.
Employer PAYE reference: {dg(3)}/{rs(2, UP)}{dg(5)}
Accounts Office reference: {dg(3)}P{rs(1, UP)}{dg(8)}
Estimated tax this year: £{R.randint(2000, 9000):,}.{dg(2)}""")

I("en", "gov", f"""Thought: user asked whether their city business licence number is something to keep secret. It's printed on the storefront licence ({rs(3, UP)}-{dg(6)}) and searchable on the city open-data portal, so no. The things to keep private are the portal password and the one-time codes.""")

I("en", "gov", f"""[tool_output] GET /api/v2/applications/{uuid4()}/status
{{"reference": "HB-{dg(8)}", "scheme": "Housing Benefit", "stage": "evidence_review",
 "submitted": "2025-05-30", "next_action": "upload_payslips", "case_worker_ext": "4471"}}""")

I("en", "prop", f"""[tool_output] bacnet discover --net 2001
instance  mac              vendor          model          fw
{dg(6)}    {':'.join(hx(2) for _ in range(6))}  Distech (364)   ECY-303        2.4.1
{dg(6)}    {':'.join(hx(2) for _ in range(6))}  Johnson (5)     FEC2611        10.1.3
{dg(6)}    {':'.join(hx(2) for _ in range(6))}  Belimo (423)    ZoneEase VAV   4.0.20
3 devices, 0 errors. Object list read OK (key objects: AV-12 setpoint, BI-3 door contact)""")

I("en", "prop", f"""zigbee2mqtt: coordinator info
  pan_id: 0x{HX(4)}
  extended_pan_id: 0x{hx(16)}
  channel: 15
  network_key: (stored in coordinator_backup.json, not shown)
  devices: 48 (door sensors 12, TRVs 30, locks 6)""")

I("en", "prop", f"""Lock audit — Unit 4C front door (Yale Assure, serial {rs(2, UP)}{dg(8)})
2025-06-14 09:02  keypad  code slot 3 "Cleaner"   unlocked
2025-06-14 11:47  auto    relock after 30s
2025-06-14 17:20  app     user "Sam P." unlocked
battery 64%  firmware 1.1.54""")

I("en", "prop", f"""Meter readings — 12 Harbour Rd (landlord supply)
Electricity MPAN: S 01 801 {dg(3)} {mpan_core()}   Meter serial: {dg(2)}{rs(1, UP)}{dg(7)}
Reading 06/01: 041823 kWh   Reading 07/01: 042611 kWh
Gas MPRN: {dg(10)}   Reading: 11842 m³""")

I("en", "prop", f"""Lease summary (Unit 3, 221 Birch St, Portland OR 97214)
Lease ID: L-{dg(6)}   Term: 2025-08-01 → 2026-07-31
Rent: $1,845.00/mo   Deposit: $1,845.00
Keys issued: 2× unit, 1× mailbox (#3), 1 fob (fob id {dg(5)})""")

I("en", "prop", """Lesson for next time: a tenant asked me in the group chat for the bike room code. Door and keypad codes live in the Building Ops vault (entry "North Lobby / bike room"), and they're only sent 1:1 after checking the tenant is on the current rent roll. Never post them in the group chat, and don't put them in summaries.""")

I("en", "prop", """# home-assistant configuration.yaml (reviewed, OK to share)
mqtt:
  broker: mqtt.towerB.local
  username: ha-lobby
  password: !secret mqtt_password
http:
  ssl_certificate: /ssl/fullchain.pem
  ssl_key: /ssl/privkey.pem""")

I("en", "ds", f"""[tool_output] mlflow runs describe --run-id {hx(32)}
experiment_id: 14
status: FINISHED
artifact_uri: s3://ml-artifacts/14/{hx(32)}/artifacts
params: lr=3e-4, batch_size=64, max_tokens=2048
metrics: val_auc=0.8813, val_logloss=0.3011""")

I("en", "ds", json.dumps({"add_bos_token": True, "bos_token": "<s>", "eos_token": "</s>", "pad_token": "<pad>",
    "pad_token_id": 0, "unk_token": "<unk>", "model_max_length": 8192, "tokenizer_class": "LlamaTokenizer",
    "chat_template_hash": hx(16)}, indent=2))

I("en", "ds", f"""# requirements.lock (pip-compile --generate-hashes)
numpy==1.26.4 \\
    --hash=sha256:{sha256_hex()} \\
    --hash=sha256:{sha256_hex()}
pandas==2.2.2 \\
    --hash=sha256:{sha256_hex()}""")

I("en", "ds", f"""Model card — churn-xgb-v4
Base: distilroberta-base @ revision {git_sha()}
Training data: 1.2M rows, 410M tokens (secret sauce = better label cleaning, see §3)
Eval: AUC 0.881 on holdout key accounts
Artifacts: model.safetensors sha256 {sha256_hex()}""")

I("en", "ds", """import os
from openai import OpenAI
# key comes from the environment / secret manager, never hard-code it
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
HF_TOKEN = os.getenv("HF_TOKEN", "")
assert HF_TOKEN, "set HF_TOKEN in your .env (see README)"
""")

I("en", "ds", f"""$ docker pull ghcr.io/retail-ds/feature-pipeline:2025.06.2
2025.06.2: Pulling from retail-ds/feature-pipeline
Digest: sha256:{sha256_hex()}
Status: Downloaded newer image for ghcr.io/retail-ds/feature-pipeline:2025.06.2""")

I("en", "ds", """README excerpt — Configuring credentials
The examples below use the placeholder keys from the AWS documentation. They are not real and will not work:
  aws_access_key_id = AKIAIOSFODNN7EXAMPLE
  aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Replace them with your own values via `aws configure`, never commit your real ones.""")

I("en", "ds", f"""$ git log --oneline -4
{git_sha()[:7]} Revert "add token to notebook" (token was rotated, see INC-2291)
{git_sha()[:7]} feat: read Databricks token from env DATABRICKS_TOKEN
{git_sha()[:7]} chore: bump xgboost to 2.0.3
{git_sha()[:7]} fix: key error on missing 'region' column""")

I("en", "ds", f"""Secret scan (gitleaks 8.18) — repo retail-ds/notebooks
Findings: 0
Allowlisted (false positives):
  - notebooks/eda.ipynb:  "fingerprint": "{git_sha()}:notebooks/eda.ipynb:generic-api-key:212"  (it's a dataset checksum)
  - tests/fixtures/fake_keys.py: "sk_test_PLACEHOLDER" (fixture)""")

I("en", "mob", f"""$ keytool -list -v -keystore upload-keystore.jks -alias upload
Enter keystore password:  
Alias name: upload
Creation date: Mar 3, 2024
Entry type: PrivateKeyEntry
Owner: CN=Brightpath Apps, O=Brightpath, C=US
Serial number: {hx(16)}
Certificate fingerprints:
	 SHA1: {':'.join(HX(2) for _ in range(20))}
	 SHA256: {':'.join(HX(2) for _ in range(32))}
Signature algorithm name: SHA256withRSA""")

_pn = dg1(12)
I("en", "mob", json.dumps({"project_info": {"project_number": _pn, "project_id": "brightpath-prod", "storage_bucket": "brightpath-prod.appspot.com"},
    "client": [{"client_info": {"mobilesdk_app_id": f"1:{_pn}:android:{hx(16)}", "android_client_info": {"package_name": "com.brightpath.app"}},
                "api_key": [{"current_key": google_api_key()}]}],
    "configuration_version": "1"}, indent=1) + "\n(google-services.json — Firebase client config; ships inside the APK, key is restricted to the app's package + SHA-1)")

I("en", "mob", f"""App Store Connect API setup (no key file in here!)
Issuer ID: {uuid4()}
Key ID: {rs(10, UP + DG)}
Team ID: {rs(10, UP + DG)}
Bundle ID: com.brightpath.app
The .p8 lives in 1Password ("ASC API – release bot"); CI reads it from APP_STORE_CONNECT_API_KEY_CONTENT.""")

I("en", "mob", """android {
    signingConfigs {
        release {
            storeFile file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword System.getenv("KEYSTORE_PASSWORD")
            keyAlias "upload"
            keyPassword System.getenv("KEY_PASSWORD")
        }
    }
}""")

I("en", "mob", f"""▸ Signing Runner.app (in target 'Runner' from project 'Runner')
    Signing Identity:     "Apple Distribution: Brightpath Apps LLC ({rs(10, UP + DG)})"
    Provisioning Profile: "match AppStore com.brightpath.app"
                          ({uuid4().upper()})
▸ Archive Succeeded
** EXPORT SUCCEEDED ** build 113, dSYM UUID {uuid4().upper()}""")

I("en", "mob", """# .github/workflows/release.yml (excerpt)
      - name: Decode keystore
        run: echo "${{ secrets.KEYSTORE_BASE64 }}" | base64 -d > android/app/release.jks
      - name: Build AAB
        env:
          KEYSTORE_PASSWORD: ${{ secrets.KEYSTORE_PASSWORD }}
          KEY_PASSWORD: ${{ secrets.KEY_PASSWORD }}
        run: ./gradlew bundleRelease""")

I("en", "mob", f"""<!-- res/xml/network_security_config.xml -->
<domain-config>
  <domain includeSubdomains="true">api.brightpath-apps.example</domain>
  <pin-set expiration="2026-01-01">
    <pin digest="SHA-256">{b64(32)}</pin>
    <pin digest="SHA-256">{b64(32)}</pin>
  </pin-set>
</domain-config>""")

I("en", "mob", f"""✔  Uploaded app-release.apk to Firebase App Distribution
i  View this release in the Firebase console: https://console.firebase.google.com/project/brightpath-prod/appdistribution/app/android:com.brightpath.app/releases/{rs(13, LO + DG)}
i  Release id: {rs(13, LO + DG)}   App ID: 1:{dg1(12)}:android:{hx(16)}
✔  Distributed to 2 groups (qa-team, stakeholders)""")

I("en", "game", f"""[tool_output] cat whitelist.json
[
  {{"uuid": "{uuid4()}", "name": "kestrel_plays"}},
  {{"uuid": "{uuid4()}", "name": "MossyBoots"}}
]
level-seed={R.choice(['-', ''])}{dg1(18)}
(the seed is fine to share, players asked for it to find the mesa biome)""")

I("en", "game", f"""Mod list for the Saturday event (Workshop IDs):
- Better HUD            3012847751
- Dino Storage v2       {dg1(10)}
- Structures Plus (S+)  {dg1(9)}
Admins (SteamID64): 76561198{dg(9)}, 76561198{dg(9)}
Server key for the mod manager is the Workshop collection id {dg1(10)}, not a password.""")

I("en", "game", f"""Discord setup summary: guild id {dg1(18)}, #announcements {dg1(18)}, #ops-alerts {dg1(18)}.
Public invite for the website: https://discord.gg/{rs(8)} (never expires, 0 max uses).
Bot application id {dg1(18)} (the token is in the VPS .env, not here).""")

I("en", "game", f"""[BattlEye] Player #3 MossyBoots ({R.randint(1, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(0, 255)}:2304) - GUID: {hx(32)}
[BattlEye] Verified GUID ({hx(32)}) of player #3 MossyBoots
Player MossyBoots kicked: Session ID mismatch (code 0x{HX(4)})""")

I("en", "game", f"""mod.toml
name = "better-hud"
version = "2.3.1"
sha256 = "{sha256_hex()}"
[signing]
algorithm = "ed25519"
public_key = "{b64(32)}"
# players' launchers verify the mod with this public key; the private key is on the build machine""")

I("en", "game", """// server.cfg template committed to the repo
hostname "NWL Scrims #2 | 128 tick"
rcon_password ""        // set at runtime: +rcon_password $RCON_PASSWORD
sv_password ""          // public ladder server, no join password
sv_lan 0""")

I("en", "game", f"""---- Minecraft Crash Report ----
Time: 2025-06-14 02:11:09
Description: Ticking entity
java.lang.NullPointerException: Cannot invoke "net.minecraft.world.entity.Entity.getId()"
    at {rs(8, LO)}.{rs(6, LO)}(SourceFile:{R.randint(100, 999)})
-- Head --
Thread: Server thread
Build id: {hx(40)}""")

I("en", "pos", f"""CORNER STORE #14
06/02/2025 14:25   TERM ID: {dg(8)}   MID: {dg(15)}
VISA CREDIT      {masked_card()}
ENTRY: CHIP   AID: A0000000031010
AUTH CODE: {dg(2)}{rs(4, UP + DG)}   TVR: 0000008000
ARQC: {HX(16)}
TOTAL USD $48.17
APPROVED — CUSTOMER COPY""")

I("en", "pos", f"""<script src="https://js.stripe.com/v3/"></script>
<script>
  // publishable key: safe to ship to browsers
  const stripe = Stripe("pk_live_51{rs(94)}");
  const elements = stripe.elements({{ clientSecret: window.PI_CLIENT_SECRET }});
</script>""")

I("en", "pos", """QA checklist for the new card reader (TEST MODE ONLY):
- Visa test card 4242 4242 4242 4242, any future expiry, any CVC → approve
- 4000 0000 0000 0002 → generic decline
- 4000 0025 0000 3155 → requires authentication
These are the processor's published test numbers; they don't work in live mode.""")

I("en", "pos", f"""SKU,UPC,description,price,on_hand
BK-SOUR-800,{gtin(12)},Sourdough loaf 800g,6.50,14
BK-CROI-1,{gtin(12)},Butter croissant,3.25,41
DR-COLD-16,{gtin(12)},Cold brew 16oz,4.75,0
GC-25,{gtin(12)},Gift card $25 (activate at till),25.00,30""")

I("en", "pos", f"""Z REPORT  Store 14  Reg 2   06/02/2025 22:04
Batch #{dg(4)}   Shift key: SH-{dg(6)}
Gross sales      $3,482.19
Refunds            -$41.50
Card            $2,911.04   (batch settled, ref {dg(12)})
Cash              $529.65
Over/short         +$0.35""")

I("en", "pos", f"""[pinpad-03] 2025-06-02T09:00:12Z INFO  DUKPT key loaded, KSN={HX(4)}{dg(6)}{HX(4)}E{dg(5)}
[pinpad-03] 2025-06-02T09:00:12Z INFO  BDK id {HX(8)}, key check value {HX(6)}
[pinpad-03] 2025-06-02T09:00:13Z INFO  terminal ready, firmware 5.3.2""")

I("en", "pos", f"""Customer chat summary: customer asked if her gift card (ending {dg(4)}) still has money. Told her she can check at /giftcard/balance with the card number and the PIN under the scratch strip. We can't see or read out the PIN. Balance shown after she checked: $37.20.""")

I("en", "pos", json.dumps({"id": f"ch_3{rs(23)}", "object": "charge", "amount": 4817, "currency": "usd",
    "balance_transaction": f"txn_3{rs(23)}", "payment_method_details": {"card_present": {"brand": "visa", "last4": dg(4), "exp_month": 11, "exp_year": 2027}},
    "metadata": {"idempotency_key": uuid4(), "register": "14-02"}}, indent=1))

I("en", "tel", f"""Ticket INC-{dg(6)} — device swap
Old device: iPhone 12, IMEI {imei()}
New device: Pixel 8, IMEI {imei()}
SIM ICCID: {iccid()}
CPE serial: {rs(3, UP)}{dg(9)}   WAN MAC: {':'.join(HX(2) for _ in range(6))}
Customer verified via account security question ✔""")

I("en", "tel", f"""$ speedtest --accept-license
   Server: FibreLink - Portland (id: {dg(5)})
      ISP: FibreLink
  Latency: 4.12 ms
 Download: 938.41 Mbps   Upload: 912.07 Mbps
  Result URL: https://www.speedtest.net/result/c/{uuid4()}""")

I("en", "tel", """APN settings (prepaid, Android)
Name: FibreLink Mobile
APN: internet.fibrelink
Username: (leave blank)
Password: (leave blank)
MCC 310  MNC 260  Auth type: None  APN type: default,supl""")

I("en", "tel", f"""[Peer]
# branch office router, as shown in the NOC dashboard export (Interface block not exported)
PublicKey = {b64(32)}
PresharedKey = (hidden)
Endpoint = 203.0.113.{R.randint(2, 250)}:51820
AllowedIPs = 10.99.{R.randint(1, 99)}.0/24
PersistentKeepalive = 25""")

I("en", "tel", """User: my SIM says enter PUK, what is the PUK
Agent: The PUK is an 8-digit code printed on the card the SIM came in. If you don't have it, I can give it to you after verifying your identity in the app (Account → SIM → Show PUK). Don't guess: after 10 wrong PUK attempts the SIM is permanently blocked.""")

I("en", "tel", f"""SIP/2.0 401 Unauthorized
Via: SIP/2.0/UDP 10.0.5.22:5060;branch=z9hG4bK{hx(10)}
Call-ID: {hx(32)}@10.0.5.22
CSeq: 1 REGISTER
WWW-Authenticate: Digest realm="sip.voipco.example", nonce="{hx(32)}", algorithm=MD5, qop="auth"
(retrying with credentials from the trunk config)""")

I("en", "tel", f"""Router status page (OCR from customer screenshot)
Model: XB7   Serial: {rs(4, UP)}{dg(8)}   Firmware: 7.2p5s1
WAN IP: 100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}   Uptime: 3d 04:11
Wi-Fi 5GHz: HOME-{HX(4)}-5G  channel 149  security WPA2/WPA3
Password: ••••••••••  (Show)""")

I("en", "npo", f"""OFFICIAL DONATION RECEIPT
St. Brendan's Food Pantry — EIN {ein_us()} (501(c)(3))
Receipt #2025-{dg(5)}   Date: 05/31/2025
Received from: Eleanor Castellano   Amount: $75.00 (card {masked_card()})
No goods or services were provided in exchange for this contribution.""")

I("en", "npo", f"""Gift Aid claim summary (Q2)
Charity: Riverside Community Trust — Charity No. {dg1(7)}, HMRC ref {rs(2, UP)}{dg(5)}
Donations claimed: 412 (£18,240.00)   Gift Aid due: £4,560.00
Claim reference: {rs(4, UP)}{dg(8)}
Next claim window opens 1 Oct.""")

I("en", "npo", f"""Donate crypto 🙏 (public addresses — safe to publish)
Bitcoin: {btc_bech32_addr()}
Ethereum / USDC (ERC-20): {eth_addr()}
Please email receipts@riverside.example with the tx hash if you want a tax receipt.""")

I("en", "npo", f"""Safeguarding reports can be sent encrypted to safeguarding@riverside.example.
Our PGP key fingerprint: {' '.join(HX(4) for _ in range(10))}
Key id: 0x{HX(16)}  (download the public key from keys.openpgp.org)""")

I("en", "npo", json.dumps({"id": hx(10), "web_id": R.randint(100000, 999999), "type": "regular",
    "settings": {"subject_line": "June update: 40,000 meals!", "from_name": "Riverside Food Bank", "list_id": hx(10)},
    "tracking": {"opens": True}, "archive_url": f"https://mailchi.mp/{hx(6)}/june-update"}, indent=1))

I("en", "npo", f"""Thank-you letter draft
Dear Mr and Mrs Castellano,
Thank you for your monthly gift of $75, collected from your account ending {dg(4)}. Your donor ID is D-{dg(6)}; please quote it if you change your bank details. You can update your gift any time at riverside.example/give (you'll get a one-time login link by email).""")

I("en", "npo", f"""Volunteer rota — Saturday
08:00–10:00  sorting      Maria  (+1 503 555 {dg(4)})
10:00–12:00  distribution Ken    (+1 503 555 {dg(4)})
12:00–13:00  cleanup      Priya  (+1 503 555 {dg(4)})
Van key is in the lockbox by the side door — Ken has the code.""")


# ==========================================================================
# INNOCENT -- other languages (company ids, case/tracking numbers, prose...)
# ==========================================================================
def siret() -> str:
    s = siren() + dg(4)
    return s + luhn_cd(s)


def nfe_chave() -> str:
    d = "35" + "2506" + cnpj_br().replace(".", "").replace("/", "").replace("-", "") + "55" + "001" + dg(9) + "1" + dg(8)
    tot, w = 0, 2
    for ch in reversed(d):
        tot += int(ch) * w
        w = 2 if w == 9 else w + 1
    r = tot % 11
    return d + str(0 if r < 2 else 11 - r)


def s10(country: str) -> str:
    n = dg(8)
    c = 11 - sum(int(a) * b for a, b in zip(n, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    c = {10: 0, 11: 5}.get(c, c)
    return f"{R.choice(['RR', 'LB', 'CP', 'EE', 'RA'])}{n}{c}{country}"


def partita_iva() -> str:
    p = dg1(10)
    return p + luhn_cd(p)


def kvk() -> str:
    return dg1(8)


def ico_cz() -> str:
    d = dg1(7)
    r = sum(int(a) * b for a, b in zip(d, range(8, 1, -1))) % 11
    return d + str((11 - r) % 10)


def orgnr_se() -> str:
    p = "55" + str(R.randint(6, 9)) + dg(6)
    s = p + luhn_cd(p)
    return f"{s[:6]}-{s[6:]}"


def ytunnus() -> str:
    while True:
        d = dg1(7)
        r = sum(int(a) * b for a, b in zip(d, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r == 1:
            continue
        return f"{d}-{0 if r == 0 else 11 - r}"


def viitenumero() -> str:
    d = dg1(R.randint(5, 12))
    w = [7, 3, 1]
    c = (10 - sum(int(ch) * w[i % 3] for i, ch in enumerate(reversed(d))) % 10) % 10
    s = d + str(c)
    return " ".join(wrap(s[::-1], 5))[::-1]


def orgnr_no() -> str:
    while True:
        d = R.choice("89") + dg(7)
        c = 11 - sum(int(a) * b for a, b in zip(d, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return f"{d[:3]} {d[3:6]} {d[6:]}{c}"


def cvr_dk() -> str:
    while True:
        d = dg1(7)
        for c in range(10):
            if sum(int(a) * b for a, b in zip(d + str(c), [2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
                return d + str(c)


def cui_ro() -> str:
    while True:
        d = dg1(R.randint(6, 8))
        c = sum(int(a) * int(b) for a, b in zip(d.rjust(9, "0"), "753217532")) * 10 % 11
        return d + str(0 if c == 10 else c)


def vkn_tr() -> str:
    d = dg(9)
    tot = 0
    for i, ch in enumerate(d):
        tmp = (int(ch) + 9 - i) % 10
        v = (tmp * 2 ** (9 - i)) % 9
        if tmp != 0 and v == 0:
            v = 9
        tot += v
    return d + str((10 - tot % 10) % 10)


def ogrn_ru() -> str:
    d = "1" + dg(11)
    return d + str(int(d) % 11 % 10)


def gstin_in() -> str:
    chars = DG + UP
    body = f"{R.randint(1, 37):02d}" + pan_in().replace("P", "C", 1) + R.choice("123") + "Z"
    tot = 0
    for i, ch in enumerate(body):
        p = chars.index(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 36 + p % 36
    return body + chars[(36 - tot % 36) % 36]


def houjin_bangou() -> str:
    base = dg1(12)
    tot = sum(int(ch) * (1 if n % 2 == 1 else 2) for n, ch in enumerate(reversed(base), start=1))
    return str(9 - tot % 9) + base


def yamato() -> str:
    d = dg1(11)
    s = d + str(int(d) % 7)
    return f"{s[:4]}-{s[4:8]}-{s[8:]}"


def brn_kr() -> str:
    d = dg1(9)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    tot = sum(int(a) * b for a, b in zip(d, w)) + (int(d[8]) * 5) // 10
    s = d + str((10 - tot % 10) % 10)
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


def uscc_cn() -> str:
    cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "91" + R.choice(["110108", "310115", "440300"]) + "".join(R.choice(cs) for _ in range(9))
    c = 31 - sum(cs.index(a) * b for a, b in zip(body, w)) % 31
    return body + cs[0 if c == 31 else c]


def th_taxid_company() -> str:
    d = "0105" + dg(8)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(d)) % 11) % 10
    return d + str(c)


# --- German -----------------------------------------------------------------
I("de", "law", f"""Rechnung Nr. 2025-{dg(4)} — Notariat Keller, Marienplatz 8, 80331 München
Leistungszeitraum: Mai 2025   Urkundenrolle Nr. {R.randint(100, 999)}/2025
Gebühren nach GNotKG: 1.284,00 €   zzgl. 19 % USt 243,96 €
USt-IdNr.: {vat_de()}   Steuernummer: 143/{dg(3)}/{dg(5)}
Bankverbindung: BIC {rs(4, UP)}DEMMXXX, IBAN DE** **** **** **** **{dg(2)} {dg(2)} (vollständig auf der Originalrechnung)
Amtsgericht München HRB {dg(6)}""")

I("de", "logi", f"""[tool_output] dhl.track(["{'00340434' + dg(12)}", "JJD{dg(18)}"])
Sendung 1: Zugestellt — Ablageort: Garage (Wunschort), 12.06.2025 10:41
Sendung 2: In Zustellung, voraussichtlich heute 14–17 Uhr
Retourenschein-Nr.: RET-{rs(10, UP + DG)}""")

I("de", "hosp", """Patientin fragt, warum die Gesundheitskarten-App eine PIN will. Erklärung fürs Team: Die PIN zur eGK kommt von der Krankenkasse per separatem Brief, wir in der Praxis kennen sie nicht und dürfen auch nicht danach fragen. Bei Verlust: neue PIN bei der Kasse beantragen (dauert ca. 1 Woche).""")

I("de", "ds", """# docker-compose.yml (Auszug, Werte kommen aus .env bzw. Vault)
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: analytics
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?bitte in .env setzen}
  superset:
    environment:
      SUPERSET_SECRET_KEY: ${SUPERSET_SECRET_KEY}""")

# --- French -----------------------------------------------------------------
_sr = siren()
I("fr", "pos", f"""FACTURE N° F-2025-0{dg(4)}
Boulangerie Les Deux Moulins — SAS au capital de 10 000 €
SIRET : {_sr}{dg(4)}{luhn_cd(_sr + '0000')} — RCS Lyon {_sr[:3]} {_sr[3:6]} {_sr[6:]}
N° TVA intracommunautaire : {vat_fr(_sr)}   Code APE : 1071C
Total TTC : 482,60 € — réglé par CB (**** {dg(4)})""")

I("fr", "gov", f"""Récépissé de dépôt — demande de permis de construire
Numéro de dossier : PC 069 {dg(3)} 25 {rs(1, UP)}{dg(4)}
Date de dépôt : 03/06/2025   Délai d'instruction : 2 mois
Commune : Villeurbanne (69100)   Référence cadastrale : section {rs(2, UP)} n° {R.randint(10, 999)}
Conservez ce numéro pour suivre votre dossier en ligne.""")

I("fr", "logi", f"""Colis expédiés aujourd'hui
- {s10('FR')} (Lettre suivie) → 33000 Bordeaux
- 6A{dg(11)} (Colissimo) → 75011 Paris, point relais code {dg(6)}
- 8L{dg(11)} (Colissimo retour)
Total affranchissement : 23,40 €""")

I("fr", "npo", """Leçon retenue : des bénévoles de l'association ont reçu un faux SMS « votre code de sécurité bancaire expire ». Rappel à l'équipe : la banque ne demande jamais votre code confidentiel ni vos codes de validation par téléphone ou SMS. Ne cliquez pas, transférez au trésorier.""")

# --- Spanish ----------------------------------------------------------------
I("es", "pos", f"""FACTURA SIMPLIFICADA T-{dg(6)}
Ferretería Hermanos Gil, S.L. — NIF B{dg(8)}
C/ Mayor 12, 28013 Madrid
Ref. artículo 8{dg(12)} x2   18,90 €
Total 37,80 €  (IVA 21 % incl.)  Tarjeta ****{dg(4)}  Cód. autorización {dg(6)}""")

I("es", "logi", f"""Seguimiento Correos (herramienta):
Envío {s10('ES')} — Entregado en oficina 28080 el 11/06
Envío PQ{rs(2, UP)}{dg(10)}ES — En tránsito, admitido en CTA Madrid
Código de recogida en Citypaq: se envía por SMS al destinatario (no lo tenemos nosotros)""")

I("es", "gov", """Lección para la próxima: Cl@ve PIN envía un código por SMS que caduca a los 10 minutos. No hay que guardarlo ni pedírselo al usuario por adelantado; cuando la sede lo pida, el usuario lo mete directamente. Tampoco confundirlo con la contraseña de Cl@ve permanente.""")

I("es", "game", f"""Resumen del servidor de Minecraft de la clase:
- Semilla del mundo: {dg1(17)}
- Versión: 1.21.1 (Paper build {R.randint(100, 200)})
- IP pública: mc.colegio-sanjose.example:25565
- ID de la whitelist: {uuid4()} (alumno «pablo_09»)
La contraseña de RCON la tiene solo el profesor de TIC.""")

# --- Italian ----------------------------------------------------------------
I("it", "pos", f"""FATTURA ELETTRONICA n. {dg(3)}/2025
Cedente: Ottica Bellavista S.r.l. — P.IVA {partita_iva()}
Codice destinatario SDI: {rs(7, UP + DG)}   PEC: otticabellavista@pec.example.it
Imponibile 340,00 € — IVA 22 % 74,80 € — Totale 414,80 €
Pagamento: POS, carta ****{dg(4)}""")

I("it", "law", f"""Ricerca in cancelleria telematica (PCT)
Tribunale di Bologna — R.G. n. {R.randint(1000, 9999)}/2025, Sez. III civile
Prossima udienza: 18/09/2025 ore 10:30
Numero di protocollo deposito: {dg(8)}   Chiave di ricerca del fascicolo: GALLI c/ EDIL-NORD""")

I("it", "edu", """Avviso ai genitori: le credenziali del registro elettronico vengono consegnate di persona in segreteria. Nessuno della scuola vi chiederà mai la password o il codice OTP via e-mail o WhatsApp. Se l'avete dimenticata usate "Password dimenticata?" sulla pagina di accesso.""")

I("it", "logi", f"""[output strumento] brt.tracking(spedizione="{dg(15)}")
stato: IN CONSEGNA
filiale: 062 Milano Nord
codice ritiro PUDO: comunicato al destinatario via SMS
ultimo evento: 12/06/2025 07:44 — Partita per la consegna""")

# --- Portuguese -------------------------------------------------------------
I("pt", "pos", f"""DANFE — Nota Fiscal Eletrônica nº {dg(6)} série 001
Emitente: Padaria Pão Quente Ltda — CNPJ {cnpj_br()}
Chave de acesso:
{' '.join(wrap(nfe_chave(), 4))}
Valor total: R$ 187,40 — Consulte pela chave de acesso no portal da SEFAZ""")

I("pt", "logi", f"""Rastreamento Correios
Objeto {s10('BR')}: Objeto entregue ao destinatário — 11/06/2025 15:02, São Paulo/SP
Objeto {s10('BR')}: Objeto em trânsito — de Unidade de Tratamento, CAJAMAR/SP para Unidade de Distribuição, CAMPINAS/SP""")

I("pt", "gov", f"""Resumo: a fatura da empresa cliente foi emitida com o NIF {nif_pt('5')} (pessoa coletiva) e o NIF do adquirente ficou em branco, por isso não conta para o e-fatura. Pedimos nova fatura com o NIF do cliente. Nenhuma senha do Portal das Finanças foi necessária.""")

I("pt", "mob", """Lição: nunca colocar a senha do keystore no build.gradle. Agora o build lê de variáveis de ambiente:
  storePassword = System.getenv("ANDROID_KEYSTORE_PASSWORD")
  keyPassword   = System.getenv("ANDROID_KEY_PASSWORD")
No GitHub Actions elas vêm de ${{ secrets.ANDROID_KEYSTORE_PASSWORD }} e ${{ secrets.ANDROID_KEY_PASSWORD }}.""")

# --- Dutch ------------------------------------------------------------------
I("nl", "pos", f"""FACTUUR 2025-{dg(4)}
Fietsenmakerij De Spaak — KvK {kvk()} — btw-id NL{dg(9)}B01
Reparatie achterwiel + nieuwe ketting: € 89,50 (btw 21 % € 15,53)
Betaald met pin, kaart ****{dg(4)}, terminal {dg(8)}, autorisatiecode {dg(6)}""")

I("nl", "logi", f"""Track & Trace PostNL
3S{rs(4, UP)}{dg(9)} — Bezorgd bij buren (nr. 14), 12-06 11:32
3S{rs(4, UP)}{dg(9)} — Sorteren, verwachte bezorging morgen 09:00–13:00
Postcode ontvanger: {dg1(4)} {rs(2, UP)}""")

I("nl", "gov", """Gebruiker: ik heb een nieuwe telefoon, moet ik DigiD opnieuw activeren?
Antwoord agent: Ja, in de DigiD-app kies je "Activeren". Je krijgt dan een activeringscode per brief op je woonadres (duurt ongeveer 3 werkdagen). Die code typ je zelf in de app; deel hem met niemand, ook niet met mij.""")

I("nl", "ds", f"""[tool_output] dvc status && dvc data status
data/raw/klanten.parquet.dvc: unchanged  md5 {hx(32)}
data/features/v3.dir: modified  md5 {hx(32)}.dir
remote: s3://nl-ds-datasets (credentials uit AWS_PROFILE=ds-readonly)""")

# --- Polish -----------------------------------------------------------------
I("pl", "pos", f"""FAKTURA VAT nr FV/{dg(3)}/06/2025
Sprzedawca: Kwiaciarnia „Pod Lipą" sp. z o.o., NIP {nip_pl()}, REGON {dg(9)}, KRS 0000{dg(6)}
Nabywca: Fundacja Uśmiech, NIP {nip_pl()}
Razem brutto: 1 230,00 zł — zapłacono kartą ****{dg(4)}""")

I("pl", "law", f"""Notatka: klient pyta o stan sprawy. Sygn. akt I C {R.randint(100, 999)}/24, Sąd Rejonowy dla Warszawy-Mokotowa. Księga wieczysta nr WA2M/000{dg(5)}/{dg(1)}. Termin rozprawy: 17.09.2025, sala 214.""")

I("pl", "logi", f"""Paczki InPost do odbioru:
{dg(24)} — Paczkomat WAW{dg(2)}M, status: gotowa do odbioru
{dg(24)} — w drodze
Kod odbioru przychodzi SMS-em do adresata, my go nie znamy.""")

I("pl", "pos", """Lekcja: kasjerka zapytała, czy może zapisać kod BLIK klienta, żeby "przeprowadzić płatność później". Nie — kod BLIK jest jednorazowy i ważny 2 minuty, klient wpisuje go sam w terminalu lub podaje tylko przy transakcji. Nigdy nie zapisujemy kodów.""")

# --- Czech ------------------------------------------------------------------
_ico = ico_cz()
I("cs", "prop", f"""Faktura – daňový doklad č. 2025{dg(4)} (úklid společných prostor, SVJ Husova 8)
Dodavatel: Správa domů Brno s.r.o., IČO: {_ico}, DIČ: CZ{_ico}
Zapsáno v OR vedeném KS v Brně, oddíl C, vložka {dg(5)}
Celkem k úhradě: 2 418 Kč, variabilní symbol {dg(10)}""")

I("cs", "law", f"""Výpis z InfoSoudu: sp. zn. {R.randint(10, 40)} C {R.randint(10, 300)}/2024, Okresní soud v Olomouci
Stav: věc pravomocně skončena dne 03.06.2025
Číslo jednací rozsudku: {R.randint(10, 40)} C {R.randint(10, 300)}/2024-{R.randint(20, 99)}""")

I("cs", "logi", f"""Zásilkovna – stav zásilek
Z {dg(3)} {dg(4)} {dg(3)}: připravena k vyzvednutí, výdejní místo Olomouc, Masarykova 12
Z {dg(3)} {dg(4)} {dg(3)}: na cestě
Heslo pro vyzvednutí přijde zákazníkovi SMS – nesdílíme ho.""")

I("cs", "tel", """Zákazník se ptá, jestli mu můžeme říct PIN k SIM kartě. Odpověď: PIN ani PUK nezjistíme po telefonu bez ověření. PUK najde na plastové kartě, ze které SIM vylomil, nebo v Moje O2 po přihlášení.""")

# --- Swedish ----------------------------------------------------------------
_on = orgnr_se()
I("sv", "pos", f"""KVITTO  Café Kanelbullen AB
Org.nr {_on}   Momsreg.nr SE{_on.replace('-', '')}01
2 st Kanelbulle   70,00
1 st Kaffe        38,00
Summa 108,00 kr (varav moms 11,57)
Kort ****{dg(4)}  Ref {dg(12)}""")

I("sv", "npo", f"""Stöd vår insamling! Swisha till 123 {dg(3)} {dg(2)} {dg(2)} eller betala till bankgiro {dg(3)}-{dg(4)}.
Ange OCR-nummer {dg(10)} så kopplas gåvan till rätt kampanj. Insamlingskontrollen: 90-konto {dg(5)}-{dg(1)}.""")

I("sv", "gov", """Sammanfattning: användaren trodde att Skatteverket ville ha hens BankID-kod via mejl. Det var ett bedrägeriförsök. Skatteverket frågar aldrig efter säkerhetskod eller personlig kod. Rådde hen att inte svara och att anmäla mejlet.""")

I("sv", "logi", f"""[verktygsutdata] postnord.track("{dg(2)}{rs(2, UP)}{dg(9)}SE")
status: DELIVERED  tid: 2025-06-12 13:04  utlämningsställe: ICA Maxi Hageby
kolli-id: 00370726{dg(10)}  vikt: 2,1 kg""")

# --- Finnish ----------------------------------------------------------------
I("fi", "prop", f"""VASTIKELASKU nro {dg(5)} — As Oy Tuiranpuisto, huoneisto B 14
Isännöinti Lahtinen Oy, Y-tunnus {ytunnus()}
Eräpäivä 30.6.2025   Summa 264,00 €
Viitenumero: {viitenumero()}
Maksuehto 14 pv netto""")

I("fi", "logi", f"""Posti seuranta: JJFI{dg(20)} — Lähetys on noudettavissa Pakettiautomaatista (K-Market Tuira)
Noutokoodi lähetetään vastaanottajalle tekstiviestillä; se ei näy meille.""")

I("fi", "edu", """Vinkki opettajille: Wilman salasanaa ei voi lähettää sähköpostilla. Jos huoltaja ei pääse kirjautumaan, ohjatkaa hänet "Unohditko salasanasi?" -linkkiin tai kansliaan henkilöllisyystodistuksen kanssa.""")

I("fi", "ds", f"""[työkalun tuloste] dbt run --select stg_asiakkaat
Running with dbt=1.8.2
1 of 1 OK created view model analytics.stg_asiakkaat ............ [OK in 1.42s]
invocation_id: {uuid4()}""")

# --- Norwegian --------------------------------------------------------------
_kid = dg(9)
I("no", "pos", f"""FAKTURA {dg(6)}
Sykkelverkstedet AS — Org.nr. {orgnr_no()} MVA
Forfall: 30.06.2025   Beløp: kr 1 249,00
KID-nummer: {_kid}{luhn_cd(_kid)}   Kontonummer oppgis på papirfakturaen
(Bruk KID ved betaling i nettbanken)""")

I("no", "logi", f"""Sporing Posten/Bring: {dg(17)} — Sendingen er utlevert, Coop Extra Lade, 12.06 kl. 15:22
Hentekoden ble sendt til mottaker på SMS.""")

I("no", "hosp", """Læring: pasienter ringer og spør om koden for å logge inn på Helsenorge. Vi har ingen kode – de logger inn med BankID eller MinID selv. Aldri be om BankID-passord eller engangskoder over telefon.""")

I("no", "game", f"""Serverlogg (Valheim):
06/14/2025 19:02:11: Got connection SteamID 76561198{dg(9)}
06/14/2025 19:02:12: Got handshake from client 76561198{dg(9)}
06/14/2025 19:02:12: Server: New peer connected,sending global keys
06/14/2025 19:02:13: World saved ( 412.3ms )""")

# --- Danish -----------------------------------------------------------------
I("da", "hosp", f"""FAKTURA nr. {dg(5)} (tandbehandling, ikke dækket af tilskud)
Tandlægerne ved Åen ApS — CVR {cvr_dk()}
Betalingsdato 30.06.2025   Beløb 3.450,00 kr (momsfri)
Indbetalingskort: +71< {dg(15)}+{dg(8)}<
Tak for handlen!""")

I("da", "gov", """Bruger: Skat siger jeg skal bruge MitID, men jeg har glemt min adgangskode.
Svar: Du kan nulstille adgangskoden i MitID-appen under "Skift adgangskode" eller på mitid.dk. Borger.dk spørger aldrig om din kode på mail, og du skal ikke sende den til mig.""")

I("da", "logi", f"""PostNord: Pakke {dg(2)}{rs(2, UP)}{dg(9)}DK er klar til afhentning i Pakkeboks ved Netto, Vesterbrogade.
Afhentningskode sendes via appen til modtageren. Forventet returdato: 19.06.""")

I("da", "edu", f"""Skemaændring uge 38 (8.B)
Mandag 3.-4. lektion: Matematik i lokale 2.14 (før 1.07)
Onsdag: Prøve i fysik, husk lommeregner
Aula opslag-id: {dg(8)}""")

# --- Hungarian --------------------------------------------------------------
I("hu", "hosp", f"""SZÁMLA  Sorszám: SZ-2025/{dg(5)}  (magánrendelés, szemészeti vizsgálat)
Eladó: Dr. Szabó Szemészet Kft., Adószám: {dg(8)}-2-{R.randint(1, 44):02d}, Cg. 01-09-{dg(6)}
Fizetés módja: bankkártya (****{dg(4)})   Végösszeg: 12 480 Ft""")

I("hu", "logi", f"""MPL csomagkövetés: {rs(2, UP)}{dg(9)}HU — Kézbesítve, 2025.06.12 10:14
GLS: {dg(11)} — Csomagpont (Tesco Újbuda), átvételi kód az SMS-ben.""")

I("hu", "gov", """Ügyfélkapu+ tájékoztató (összefoglaló): a belépéshez jelszó és egyszer használatos kód kell, amit a hitelesítő alkalmazás generál. A NAV munkatársai soha nem kérik el telefonon a jelszót vagy a kódot.""")

I("hu", "ds", f"""[eszköz kimenet] pytest -q tests/
....................s....                                       [100%]
24 passed, 1 skipped in 3.81s
cache key: {sha256_hex()[:40]}""")

# --- Romanian ---------------------------------------------------------------
I("ro", "prop", f"""FACTURA seria CLJ nr. {dg(6)} — întreținere lift, bloc C4
Furnizor: Administrare Imobile Someș SRL, CUI RO{cui_ro()}, J12/{R.randint(100, 9999)}/2019
Total de plată: 486,20 lei (TVA 19 % inclus)
Plătit cu cardul ****{dg(4)}""")

I("ro", "law", f"""Portal instanțe: Dosar nr. {R.randint(1000, 9999)}/211/2025 — Judecătoria Cluj-Napoca
Obiect: pretenții   Stadiu: Fond
Următorul termen: 24.09.2025, complet C12""")

I("ro", "logi", f"""FAN Courier — AWB {dg(13)}: livrat 12.06.2025 14:05, semnat de destinatar
Sameday — AWB 1ON{dg(9)}: în easybox, codul de ridicare a fost trimis prin SMS destinatarului""")

I("ro", "tel", """Notă: clientul a întrebat dacă operatorul îi poate trimite parola routerului pe e-mail. Nu trimitem parole pe e-mail. I-am explicat cum o vede în aplicație după autentificare.""")

# --- Greek ------------------------------------------------------------------
I("el", "pos", f"""ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ Νο {dg(5)}
ΚΑΦΕΚΟΠΤΕΙΟ ΑΡΩΜΑ Ο.Ε. — ΑΦΜ {afm_gr()} (επιχείρηση) — ΔΟΥ Χαλανδρίου
ΑΡ. ΓΕΜΗ {dg(12)}
ΣΥΝΟΛΟ 23,40 €   ΚΑΡΤΑ ****{dg(4)}
ΜΑΡΚ: {dg(15)}""")

I("el", "logi", f"""ACS Courier: Αριθμός αποστολής {dg(10)} — Παραδόθηκε 12/06/2025 11:20
ΕΛΤΑ: {s10('GR')} — Σε διαμετακόμιση""")

I("el", "hosp", """Σημείωση για τη γραμματεία: αν ασθενής ρωτήσει για τον κωδικό πρόσβασης στην ηλεκτρονική συνταγή, του εξηγούμε ότι μπαίνει με τους κωδικούς Taxisnet του. Δεν ζητάμε ποτέ κωδικούς από ασθενείς.""")

I("el", "edu", f"""Πρόγραμμα εξετάσεων Ιουνίου
ΜΑΘ-101  Δευτέρα 16/06  09:00  Αμφιθέατρο Α2
ΦΥΣ-110  Τετάρτη 18/06  12:00  Αίθουσα 2.14
Κωδικός μαθήματος στο eclass: {rs(3, UP)}{dg(3)}""")

# --- Turkish ----------------------------------------------------------------
I("tr", "pos", f"""e-Arşiv Fatura No: GIB2025{dg(9)}
Satıcı: Kahve Durağı Gıda Ltd. Şti. — Vergi Dairesi: Kadıköy, VKN {vkn_tr()}
MERSİS No: 0{dg(15)}
Genel Toplam: 842,00 TL — Kredi kartı ****{dg(4)}
ETTN: {uuid4()}""")

I("tr", "logi", f"""Kargo takip: Yurtiçi Kargo gönderi kodu {dg(12)} — Teslim edildi (12.06.2025 13:40)
Aras Kargo: {dg(13)} — Dağıtımda""")

I("tr", "gov", """Öğrenilen ders: e-Devlet şifresi PTT'den zarfla verilir ve ilk girişte değiştirilmesi gerekir. Kullanıcılardan şifrelerini istemiyoruz; yardımcı olurken ekran paylaşımı ile kendilerinin girmesini sağlıyoruz.""")

I("tr", "mob", f"""Firebase Crashlytics özeti (Android 3.4.1, build 341)
Çökme: java.lang.IllegalStateException at com.magaza.app.CartViewModel.checkout(CartViewModel.kt:212)
Etkilenen kullanıcı: 37   İlk görülme: 11.06.2025
Issue id: {hx(32)}""")

# --- Russian ----------------------------------------------------------------
I("ru", "prop", f"""Счёт на оплату № {dg(4)} от 10.06.2025 (содержание общего имущества, ул. Ленина 14)
Поставщик: ООО «УК Северный квартал», ИНН {inn_ru_org()}, КПП {dg(9)}, ОГРН {ogrn_ru()}
БИК {'04' + dg(7)}   р/с указан в договоре
Итого к оплате: 48 600,00 руб., НДС 20 %""")

I("ru", "law", f"""Карточка дела № 2-{R.randint(1000, 9999)}/2025 (Мещанский районный суд г. Москвы)
Истец: Морозов А. П.   Ответчик: ООО «Стройинвест»
Дата поступления: 14.03.2025   Следующее заседание: 22.09.2025 11:00, зал 412
УИД: 77RS00{dg(2)}-01-2025-{dg(6)}-{dg(2)}""")

I("ru", "logi", f"""Отслеживание Почты России: {s10('RU')} — Вручение адресату, 12.06.2025 16:10
СДЭК: заказ № {dg(10)} — готов к выдаче в ПВЗ; код получения придёт получателю в SMS""")

I("ru", "game", f"""Итог по серверу Rust: вайп прошёл, сид карты 1844210, размер 3500.
SteamID админов: 76561198{dg(9)}, 76561198{dg(9)}
Пароль RCON не менялся и в этом отчёте не указывается.""")

# --- Ukrainian --------------------------------------------------------------
I("uk", "pos", f"""Фіскальний чек № {dg(6)}
ТОВ «Кав'ярня на Подолі», код ЄДРПОУ {dg(8)}, ІПН платника ПДВ {dg(12)}
ФН {dg(10)}   Сума 186,00 грн   Оплата карткою ****{dg(4)}""")

I("uk", "logi", f"""Нова пошта: ТТН 20{dg(12)} — Отримано у відділенні №12 (Львів), 12.06 14:20
ТТН 59{dg(12)} — прямує до міста отримувача""")

I("uk", "gov", """Користувач питає, чи треба комусь повідомляти код з Дії. Пояснення: коди підтвердження з Дії чи банку не можна передавати нікому — ні волонтерам, ні «працівникам банку». Я також не прошу ці коди.""")

I("uk", "edu", f"""Розклад консультацій (кафедра інформатики)
Пн 14:00 — ауд. 305, доц. Коваль
Ср 10:00 — онлайн, посилання в Moodle (курс ID {R.randint(1000, 9999)})
Ключ курсу для запису видає викладач на першій парі""")

# --- Arabic -----------------------------------------------------------------
I("ar", "hosp", f"""فاتورة ضريبية مبسطة رقم {dg(6)} — كشف عيادة الأسنان
مجمع الواحة الطبي — الرقم الضريبي: 3{dg(13)}3
السجل التجاري: {dg(10)}
الإجمالي: 57.50 ريال (شامل ضريبة القيمة المضافة 15%)
مدى ****{dg(4)}""")

I("ar", "logi", f"""تتبع الشحنة (أرامكس): رقم البوليصة {dg(11)} — تم التسليم 12/06/2025
سمسا: {dg(12)} — الشحنة في الطريق إلى الرياض""")

I("ar", "tel", """تنبيه للعملاء: لن يطلب منك موظفو خدمة العملاء أبدًا رمز التحقق (OTP) أو كلمة المرور. إذا تلقيت اتصالًا يطلب ذلك، أغلق الخط وأبلغنا على الرقم 900.""")

I("ar", "law", f"""ملخص القضية: رقم القضية {dg(10)} لعام 1446هـ — المحكمة العامة بالرياض
الجلسة القادمة: 15/03/1447هـ الساعة 10:00
رقم الوكالة الإلكترونية: {dg(9)} (للاطلاع فقط)""")

# --- Hebrew -----------------------------------------------------------------
I("he", "pos", f"""חשבונית מס/קבלה מס' {dg(5)}
קפה השכונה בע"מ — ח.פ. 51{dg(7)}
סה"כ לתשלום: 96.00 ₪ (כולל מע"מ)
אשראי ****{dg(4)}, מספר אישור {dg(7)}""")

I("he", "law", f"""תיק אזרחי {R.randint(10000, 99999)}-{R.randint(1, 12):02d}-24 (בית משפט השלום בתל אביב)
מועד דיון: 21.09.2025 09:30, אולם 12
מספר אסמכתא בנט-המשפט: {dg(9)}""")

I("he", "edu", """תזכורת להורים: המורים לעולם לא יבקשו את הסיסמה שלכם למשו"ב. אם שכחתם סיסמה, לחצו על "שכחתי סיסמה" או פנו למזכירות.""")

I("he", "logi", f"""מעקב משלוח: {s10('IL')} — נמסר לנקודת איסוף (סופר-פארם דיזנגוף)
חברת שליחויות: מספר משלוח {dg(9)}, סטטוס: בדרך""")

# --- Persian ----------------------------------------------------------------
I("fa", "pos", f"""فاکتور فروش شماره {dg(5)}
فروشگاه کتاب آفتاب — شناسه ملی: {dg(11)} — کد اقتصادی: {dg(12)}
کد پستی: {dg(10)}
جمع کل: ۱٬۲۴۰٬۰۰۰ ریال — پرداخت با کارت (****{dg(4)})""")

I("fa", "logi", f"""پیگیری مرسوله پست: کد رهگیری {dg(24)} — تحویل داده شد (۲۲ خرداد)
تیپاکس: شماره بارنامه {dg(12)} — در حال ارسال""")

I("fa", "tel", """یادآوری به مشترکین: رمز دوم و کد تأیید پیامکی را هرگز به کسی، حتی کارمندان پشتیبانی، ندهید. ما هیچ‌وقت این کدها را تلفنی درخواست نمی‌کنیم.""")

I("fa", "npo", f"""گزارش کمک‌های مردمی این ماه:
تعداد واریزها: ۴۱۲   جمع: ۸۶ میلیون تومان
شماره پیگیری آخرین واریز: {dg(12)}
شماره ثبت مؤسسه خیریه: {dg(5)}""")

# --- Hindi ------------------------------------------------------------------
I("hi", "pos", f"""टैक्स इनवॉइस नं. INV/25-26/{dg(4)}
विक्रेता: शर्मा जनरल स्टोर — GSTIN {gstin_in()}
HSN 1905, राशि ₹ 1,180.00 (CGST 9% + SGST 9%)
UPI Ref No. {dg(12)}  (भुगतान सफल)""")

I("hi", "gov", f"""स्टेटस: आपका आवेदन (पावती संख्या {rs(3, UP)}{dg(12)}) सत्यापन के लिए लंबित है।
आधार: XXXX XXXX {dg(4)} (मास्क्ड)
किसी भी OTP को किसी के साथ साझा न करें।""")

I("hi", "npo", f"""दान रसीद — सेवा फाउंडेशन (80G पंजीकरण संख्या {rs(5, UP)}{dg(4)}{rs(1, UP)}F{dg(8)})
दानदाता: श्री अमित गुप्ता   राशि: ₹ 5,001
लेनदेन आईडी: T{dg(22)}
IFSC (फाउंडेशन बैंक): SBIN0{dg(6)}""")

I("hi", "edu", """सबक: छात्र बार-बार पूछते हैं कि ERP का पासवर्ड क्या है। हम पासवर्ड नहीं बताते — छात्र "Forgot Password" से अपने रजिस्टर्ड मोबाइल पर OTP मंगाकर खुद रीसेट करें।""")

# --- Bengali ----------------------------------------------------------------
I("bn", "pos", f"""বিক্রয় রশিদ নং {dg(6)}
রহমান স্টোর — ট্রেড লাইসেন্স নং {dg(8)}, BIN {dg(9)}-{dg(4)}
মোট: ৳ ১,২৫০   বিকাশ ট্রানজ্যাকশন আইডি: {rs(10, UP + DG)}""")

I("bn", "logi", f"""কুরিয়ার ট্র্যাকিং (পাঠাও): কনসাইনমেন্ট আইডি DL{dg(6)}{rs(4, UP)} — ডেলিভারি সম্পন্ন
স্টেডফাস্ট: ট্র্যাকিং কোড {rs(8, LO + DG)} — পথে আছে""")

I("bn", "npo", """শিক্ষা: স্বেচ্ছাসেবকরা জিজ্ঞেস করেছিলেন সংস্থার বিকাশ পিন কোথায় লেখা থাকে। পিন কোথাও লেখা থাকবে না; শুধু কোষাধ্যক্ষ জানেন এবং লেনদেন তিনিই করেন।""")

I("bn", "tel", f"""গ্রাহক টিকিট #{dg(7)}: রাউটার মডেল ONT-{rs(2, UP)}{dg(3)}, সিরিয়াল {rs(4, UP)}{dg(8)}, MAC {':'.join(HX(2) for _ in range(6))}
সমস্যা: লাল LOS বাতি জ্বলছে — টেকনিশিয়ান পাঠানো হয়েছে।""")

# --- Japanese ---------------------------------------------------------------
_hb = houjin_bangou()
I("ja", "pos", f"""領収書 No.{dg(6)}
株式会社パン工房こむぎ
登録番号：T{_hb}
合計 ¥2,640（うち消費税8% ¥195）
クレジット ****{dg(4)}　承認番号 {dg(6)}""")

I("ja", "logi", f"""［ツール出力］配送状況
ヤマト運輸 伝票番号 {yamato()}：配達完了（6/12 11:04）
日本郵便 {s10('JP')}：中継""")

I("ja", "prop", """教訓：入居者から「オートロックの暗証番号を教えて」とチャットで聞かれても、番号は送らない。管理会社の本人確認後に書面で通知するルール。要約にも番号を書かないこと。""")

I("ja", "ds", f"""［出力］python train.py --config configs/bert_ja.yaml
max_seq_length=512, vocab_size=32768, pad_token_id=0
トークン数（学習データ）: 1,284,003,118
checkpoint: outputs/ckpt-12000 (sha256 {sha256_hex()[:16]}…)""")

# --- Korean -----------------------------------------------------------------
I("ko", "hosp", f"""진료비 영수증
상호: 하루치과의원  사업자등록번호: {brn_kr()}
합계 18,500원 (부가세 포함)
카드 ****{dg(4)}  승인번호 {dg(8)}""")

I("ko", "logi", f"""배송조회: CJ대한통운 운송장번호 {dg(12)} — 배송완료 (06.12 14:33)
우체국택배 {dg(13)} — 배달준비""")

I("ko", "law", f"""사건 검색 결과: 서울중앙지방법원 2025가단{dg(6)} 손해배상(기)
다음 기일: 2025.09.18 10:30 (변론기일), 법정 제{R.randint(300, 599)}호""")

I("ko", "game", f"""서버 운영 메모: 팰월드 서버 공개 IP {R.randint(1, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}:8211, 최대 인원 32.
관리자 Steam ID: 76561198{dg(9)}
비밀번호는 디스코드 DM으로만 전달함 (이 메모에는 없음).""")

# --- Chinese ----------------------------------------------------------------
I("zh", "prop", f"""电子发票（普通发票）— 2025年第二季度物业服务费
发票号码：{dg(20)}
销售方：上海安居物业管理有限公司
统一社会信用代码：{uscc_cn()}
价税合计：¥ 186.00""")

I("zh", "logi", f"""［工具输出］快递查询
顺丰 SF{dg(13)}：已签收（6月12日 15:20，本人签收）
中通 {dg(14)}：运输中""")

I("zh", "mob", """经验总结：小程序的 AppSecret 只能放在服务端环境变量里（WECHAT_APP_SECRET），前端代码里只允许出现 AppID。代码审查时看到 appsecret 字样要特别检查。""")

I("zh", "edu", f"""课程安排：数据结构（课程代码 CS{dg(4)}），周三 8:00–9:40，教学楼 A-302。
选课密钥由教务处统一发放，请勿在群里询问。
课程群号：{dg(9)}""")

# --- Vietnamese -------------------------------------------------------------
I("vi", "pos", f"""HÓA ĐƠN GIÁ TRỊ GIA TĂNG
Ký hiệu: 1C25T{rs(2, UP)}   Số: {dg(8)}
Đơn vị bán: Công ty TNHH Cà Phê Sáng — MST: {dg(10)}
Mã tra cứu: {rs(12, UP + DG)}
Tổng thanh toán: 245.000 đ""")

I("vi", "logi", f"""Tra cứu vận đơn GHN: {rs(3, UP)}{rs(5, UP + DG)} — Giao hàng thành công 12/06
Viettel Post: {dg(12)} — Đang vận chuyển""")

I("vi", "tel", """Lưu ý cho nhân viên tổng đài: không bao giờ hỏi khách mã OTP hay mật khẩu. Nếu khách tự đọc mã OTP, hãy nhắc khách không chia sẻ và không ghi lại mã đó.""")

I("vi", "gov", f"""Trạng thái hồ sơ trên Cổng DVC: Mã hồ sơ {dg(3)}.{dg(2)}.{dg(2)}.H{dg(2)}-{dg(6)}-{dg(4)}
Thủ tục: Cấp đổi giấy phép lái xe — Đang xử lý
Hạn trả kết quả: 20/06/2025""")

# --- Thai -------------------------------------------------------------------
I("th", "hosp", f"""ใบกำกับภาษีอย่างย่อ เลขที่ {dg(8)} (ค่าตรวจสุขภาพประจำปี)
คลินิกเวชกรรมบ้านสวน จำกัด — เลขประจำตัวผู้เสียภาษี {th_taxid_company()}
รวม 185.00 บาท (รวม VAT 7%)
บัตร ****{dg(4)}  รหัสอนุมัติ {dg(6)}""")

I("th", "logi", f"""ติดตามพัสดุ: ไปรษณีย์ไทย {s10('TH')} — นำจ่ายสำเร็จ
Kerry: {rs(4, UP)}{dg(10)} — อยู่ระหว่างขนส่ง""")

I("th", "hosp", """ข้อควรจำ: เจ้าหน้าที่เวชระเบียนห้ามขอรหัสผ่านแอปหมอพร้อมจากผู้ป่วย ถ้าผู้ป่วยเข้าระบบไม่ได้ ให้แนะนำการรีเซ็ตรหัสด้วยตัวเองผ่านแอป""")

I("th", "prop", f"""สรุปงานซ่อม: คอนโด อาคาร B ห้อง {R.randint(2, 30)}{R.randint(1, 20):02d}
ใบแจ้งซ่อมเลขที่ MR-{dg(6)}  ช่าง: คุณสมชาย
รหัสอุปกรณ์ (QR บนเครื่องปรับอากาศ): AC-{rs(8, UP + DG)}""")

# --- Indonesian -------------------------------------------------------------
I("id", "pos", f"""STRUK PEMBELIAN
Toko Sumber Rejeki — NPWP {dg(2)}.{dg(3)}.{dg(3)}.{dg(1)}-{dg(3)}.000
No. transaksi: TRX{dg(10)}
Total: Rp 128.500   QRIS Ref: {dg(12)}""")

I("id", "logi", f"""Cek resi JNE: {dg(16)} — DELIVERED, diterima oleh SATPAM, 12-06-2025 14:11
J&T: JP{dg(10)} — dalam perjalanan""")

I("id", "law", f"""Informasi perkara (SIPP): Nomor Perkara {R.randint(100, 999)}/Pdt.G/2025/PN Jkt.Sel
Klasifikasi: Wanprestasi   Sidang berikutnya: 23 September 2025""")

I("id", "edu", """Pengumuman: Kata sandi SIAKAD tidak pernah dikirim lewat WhatsApp. Jika lupa kata sandi, gunakan menu "Lupa Password" dan ikuti tautan yang dikirim ke email kampus.""")

# --- Swahili ----------------------------------------------------------------
I("sw", "npo", f"""Risiti ya mchango: Kanisa la Neema
Nambari ya muamala ya M-Pesa: {rs(10, UP + DG)}
Lipa kwa Paybill: {dg(6)}, Namba ya akaunti: SADAKA
Kiasi: KSh 2,000 — Asante kwa mchango wako!""")

I("sw", "logi", f"""Ufuatiliaji wa mzigo: G4S Courier nambari {dg(10)} — Umefika Nairobi CBD
Posta Kenya: {s10('KE')} — Uko njiani""")

I("sw", "tel", """Tahadhari kwa wateja: Safaricom haitakupigia simu kukuomba PIN ya M-Pesa wala nenosiri. Ukipokea ujumbe kama huo, usijibu; tuma ujumbe huo kwa 333.""")

I("sw", "edu", f"""Ratiba ya mitihani: Hisabati (KCSE code 121) Jumatatu 3 Novemba, saa 2:00 asubuhi, Ukumbi B.
Nambari ya kituo cha mtihani: {dg(8)}""")

# --- Tagalog ----------------------------------------------------------------
I("tl", "pos", f"""OFFICIAL RECEIPT No. {dg(7)}
Tindahan ni Aling Nena — TIN {dg(3)}-{dg(3)}-{dg(3)}-000 (business)
Kabuuan: ₱ 845.00
GCash Ref No. {dg(13)}""")

I("tl", "logi", f"""Tracking: LBC {dg(12)} — Na-deliver na, natanggap ni J. Santos
J&T Express: {dg(12)} — Nasa sorting center (Pasig)""")

I("tl", "tel", """Paalala: Hindi kailanman hihingin ng aming customer service ang iyong OTP o MPIN. Kung may tumawag at humingi nito, ibaba ang tawag at i-report sa 7726.""")

I("tl", "gov", f"""Buod: Na-submit na ang aplikasyon sa PhilHealth online. Reference number: PH-{dg(12)}. Wala kaming hiningi na password; si Ate Liza mismo ang nag-log in.""")

# --- extra innocents (public keys, certs, ids) ------------------------------------
I("en", "game", f"""[tool_output] cat /home/steam/.ssh/authorized_keys
{ssh_ed25519_pub("tomas@laptop")}
{ssh_ed25519_pub("ci-runner@ark-01")}
# added 2025-06-14 for the deploy pipeline; private halves live on the laptop / runner""")

I("en", "law", "Court e-filing portal TLS certificate (exported from the browser, for the IT ticket):\n" + cert_pem(120) + f"\nSHA-1 fingerprint: {':'.join(HX(2) for _ in range(20))}")

I("en", "mob", "Public key used by the app to verify license-server responses (safe to embed):\n" + pubkey_pem())

I("en", "ds", f"""# .sops.yaml
creation_rules:
  - path_regex: secrets/prod/.*\\.yaml$
    age: >-
      {age_public()},
      {age_public()}
  - path_regex: secrets/dev/.*\\.yaml$
    age: {age_public()}""")

I("en", "logi", f"""2025-06-12T04:31:07.112Z INFO  label-service  POST /v1/labels 201  traceparent={traceparent()}  shipment={ulid()}
2025-06-12T04:31:07.540Z INFO  label-service  carrier=UPS tracking={ups_1z()}  idempotency-key={uuid4()}
2025-06-12T04:31:08.003Z WARN  label-service  retry 1/3 for request_id={hx(24)} (HTTP 503 from carrier)""")

I("en", "npo", f"""<!-- donate page, CDN assets with Subresource Integrity -->
<script src="https://cdn.example-cdn.net/donate-widget@3.2.0/widget.min.js"
        integrity="{sri384()}"
        crossorigin="anonymous"></script>
<div id="donate" data-campaign="spring-appeal-2025" data-site-key="6L{rs(38, B64URL_ALPHA)}"></div>""")

I("en", "tel", f"""Twilio console → Account info (copied for the vendor form)
Account SID: AC{hx(32)}
Messaging Service SID: MG{hx(32)}
Phone number: +1 503 555 {dg(4)}
Auth token: [hidden — click to reveal] (not shared)""")

I("sv", "npo", f"""Sammanfattning: kyrkans Bitcoin-adress för gåvor är {btc_p2pkh_addr()} (publik, står på hemsidan). Den privata nyckeln finns bara på kassörens hårdvaruplånbok – inget att spara här.""")

I("ja", "law", f"""メモ：相手方代理人のPGP公開鍵の指紋は {' '.join(HX(4) for _ in range(10))}。鍵サーバーから取得した公開鍵と一致したので、暗号化して書面を送付済み。""")

I("ko", "mob", f"""요약: iOS 앱 빌드에서 쓰는 식별자 정리
- Team ID: {rs(10, UP + DG)}
- 번들 ID: kr.example.haru
- APNs Key ID: {rs(10, UP + DG)} (키 파일 .p8은 금고에만 보관, 여기엔 없음)
- 프로비저닝 프로파일 UUID: {uuid4()}""")
