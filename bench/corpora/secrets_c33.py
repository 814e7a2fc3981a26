"""Independent secret-redaction test corpus c33 — specialised professions and industries.

Start time (from `date`): Mon Dec  7 16:38:05 UTC 2026
Deterministic: every random value comes from random.Random(SEED), SEED = 33001. Standard library only.

Totals: 230 SECRETS, 226 INNOCENT (456 texts, each 1-12 lines).
English (en, en-GB, en-AU, en-IN): 75 secrets / 80 innocents (~34 %). The rest is spread over 54
non-English tags covering 44 further languages in Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari,
Bengali, Tamil, Malayalam, Thai, Georgian, Armenian, Ethiopic, Han, Kana and Hangul scripts, plus
transliterations (hi-Latn Hinglish, ar-Latn Arabizi, ru-Latn, el-Latn Greeklish), code-switching
(tl-en Taglish, de-en) and regional variants (pt-BR/pt-PT, es-MX, de-AT, zh-Hans/zh-Hant).

Counts by language (secrets/innocent):
  en 72/78, de 13/15, fr 12/12, es 11/11, ar 8/8, ja 7/8, zh-Hans 7/7, it 6/7, ko 6/7, ru 5/6, nl 5/5,
  pt-BR 5/5, tr 5/5, pl 5/4, pt-PT 3/2, uk 3/2, id 3/1, vi 3/1, cs 2/2, el 2/2, es-MX 2/2, fi 2/2, he 2/2,
  hi-Latn 2/2, nb 2/2, sv 2/2, sw 2/2, tl-en 2/2, zh-Hant 2/2, fa 2/1, hu 2/1, th 2/1, am 1/1, bg 1/1,
  da 1/1, el-Latn 1/1, en-AU 1/1, en-IN 1/1, et 1/1, hr 1/1, ka 1/1, ms 1/1, sk 1/1, sr-Cyrl 1/1, ta 1/1,
  tl 1/1, ar-Latn 1/0, bn 1/0, de-AT 1/0, de-en 1/0, en-GB 1/0, hi 1/0, hy 1/0, ro 1/0, ur 1/0,
  ml 0/1, ne 0/1, ru-Latn 0/1

Counts by setting (secrets/innocent):
  health   (hospitals, clinics, pharmacy, lab systems)     20/20
  legal    (notaries, law firms)                           18/18
  acct     (accountants, tax preparers)                    18/18
  hotel    (hotels, travel back offices)                   18/17
  edu      (school and university administration)          18/17
  research (research labs)                                 17/17
  hr       (HR and payroll)                                16/17
  news     (newsrooms)                                     18/15
  insurance(insurance claims)                              16/15
  realestate (real estate agencies)                        15/15
  factory  (factories, SCADA/PLC maintenance)              15/15
  shipping (shipping, customs brokers)                     14/15
  utility  (energy and water utilities)                    14/14
  aviation (aviation maintenance)                          13/13
Record kinds are mixed throughout: staff messages, agent thoughts, tool calls with JSON arguments,
tool outputs (portal screens, config files, logs, exported forms, emails), summaries, lessons learned.

Labelling choices (borderline cases):
- Any credential whose value is present is a secret, including shared/team passwords, guest Wi-Fi
  passwords printed for many guests, door/keypad/lockbox/safe/airside/turnstile codes, container release
  PINs, meeting passcodes, PDF/ZIP passwords, SNMP write communities, VPN pre-shared keys, Signal
  registration-lock PINs and a password-reset link token. Short codes were checked to occur exactly once
  in their text; one CVV is labelled together with its "CVV " prefix so the digits are unambiguous.
- Personal national / tax / social-security / health-insurance identifiers are secrets (SSN, NIR, Steuer-ID,
  BSN, PESEL, personnummer, CPR, HETU, fødselsnummer, CPF, CNS, RRN, My Number, Aadhaar, PAN of a person,
  CNIC, NIK, CCCD, TC Kimlik, JMBG, OIB, EGN, isikukood, rodné číslo, CNP, RNOKPP, NHS no., KVNR, MBI, TAJ,
  NISS, NSS, SV-Nummer, Emirates ID, Saudi ID, Thai ID, Egyptian national ID, Iranian code melli,
  passports, ID-card numbers). The same kinds of numbers issued to companies (EIN, VAT ids, SIREN/SIRET,
  CNPJ, company PAN/GSTIN, company OIB, company KRA PIN, orgnr, CVR, Y-tunnus, IČO, REGON, NIP, USCC,
  corporate number, LEI, IEC) are innocent business registration numbers.
- Bank accounts/IBANs/card numbers of persons are secrets. A company's bank details printed on its own
  invoice, bank identifiers (routing/ABA, sort code, BSB, BIC), masked numbers (****1234, DE** ...),
  payment authorisation codes, chargeback ARNs, ACH trace numbers and bank UTRs are innocent.
- Internal record numbers (MRN, patient-card numbers, encounter UUIDs, student IDs, Matrikelnummer, numer
  albumu, employee IDs, claim/policy/booking/PNR/e-ticket numbers, customs MRN/declaration numbers) are
  innocent: they name an object inside one system and do not let anyone act as the person. Salaries,
  grades and diagnosis codes are treated as innocent because they are neither credentials nor identifiers.
- Public-by-design values are innocent: SSH/PGP/WireGuard/PEM public keys and fingerprints, Stripe
  publishable keys (pk_live_), Google OAuth client IDs, Twilio Account SIDs, LTI client IDs, Signal safety
  numbers, SecureDrop onion addresses, crypto receive addresses, TeamViewer IDs without password.
- Documented example/specimen/test values are innocent: AKIAIOSFODNN7EXAMPLE and its example secret,
  example IBAN DE89 3704 0044 0532 0130 00, test card 4111 1111 1111 1111, CMS example MBI 1EG4-TE5-MK73,
  the MD5 of "password" and lists of common passwords quoted in news copy. References to secrets (Key
  Vault URIs, op:// references, ${VAR} placeholders, {{reset_link}} templates) are innocent.
- Span labelled: the minimal value that must disappear (the password inside a connection string/URL, the
  secret access key of an AWS pair, the sig= of a SAS URL, whole PEM/OpenSSH blocks, whole seed phrases,
  whole backup-code lists). Some secret texts carry further sensitive values next to the labelled one
  (card + expiry + CVV, AWS key id + secret); those texts appear only in SECRETS, never in INNOCENT.
- Check digits are valid wherever a format has one: cards (Luhn), IBANs (mod-97, plus national keys for
  BE/FR/ES/IT), the national-ID algorithms above, ABA, CLABE, GitHub ghp_ CRC32, BIP-39 checksums (the
  mnemonics were derived offline from Random(33001) entropy and are embedded literally). Look-alike
  innocents are valid too: IMEI/ICCID, NPI, SIREN/SIRET, ISO 6346 containers, AWB mod 7, VIN, GTIN/ISBN,
  SSCC, CAS, ORCID, IMO, UPS 1Z, MPAN, EAN-18/GSRN, CUPS, NF-e access keys, LEI, RF references,
  Belgian structured communications, Polish KW numbers.
"""

import base64
import hashlib
import json
import random
import string
import textwrap
import uuid
import zlib
from typing import NamedTuple

SEED = 33001
rng = random.Random(SEED)


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
_seq = {"s": 0, "i": 0}


def _t(s: str) -> str:
    """Dedent a triple-quoted block and drop the first/last blank line."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip("\n").rstrip(" ")


def S(lang: str, setting: str, text: str, secret: str) -> None:
    _seq["s"] += 1
    i = f"s{_seq['s']:03d}-{setting}-{lang}"
    text = _t(text)
    SECRETS.append(Secret(i, text, secret))
    META[i] = (lang, setting)


def I(lang: str, setting: str, text: str) -> None:
    _seq["i"] += 1
    i = f"i{_seq['i']:03d}-{setting}-{lang}"
    INNOCENT.append(Innocent(i, _t(text)))
    META[i] = (lang, setting)


# ---------------------------------------------------------------- primitives
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = DIG + UP + LO
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(alpha: str, n: int) -> str:
    return "".join(rng.choice(alpha) for _ in range(n))


def digits(n: int, first_nonzero: bool = False) -> str:
    s = rs(DIG, n)
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def hexs(n: int, upper: bool = False) -> str:
    h = rs(HEX, n)
    return h.upper() if upper else h


def rbytes(n: int) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(n: int) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64url(n: int) -> str:
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def b64s(data: bytes) -> str:
    return base64.b64encode(data).decode()


def b64us(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uid() -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sha256() -> str:
    return hashlib.sha256(rbytes(32)).hexdigest()


def sha1() -> str:
    return hashlib.sha1(rbytes(20)).hexdigest()


def md5() -> str:
    return hashlib.md5(rbytes(16)).hexdigest()


def group(s: str, n: int = 4, sep: str = " ") -> str:
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


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


def card(brand: str = "visa") -> str:
    if brand == "visa":
        return luhn_complete("4" + rng.choice(["1", "5", "9", "0", "6"]), 16)
    if brand == "mc":
        return luhn_complete(rng.choice(["51", "53", "55", "2221", "2720", "5425"]), 16)
    if brand == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15)
    if brand == "jcb":
        return luhn_complete("35" + str(rng.randint(28, 89)), 16)
    if brand == "unionpay":
        return luhn_complete("62" + rng.choice(["2126", "1700", "2848", "3050"]), rng.choice([16, 19]))
    if brand == "mir":
        return luhn_complete("220" + rng.choice("01234"), 16)
    if brand == "rupay":
        return luhn_complete(rng.choice(["6521", "6522", "6081"]), 16)
    if brand == "troy":
        return luhn_complete("9792", 16)
    if brand == "elo":
        return luhn_complete(rng.choice(["636368", "504175", "451416"]), 16)
    if brand == "diners":
        return luhn_complete("36", 14)
    if brand == "maestro":
        return luhn_complete("6759", 16)
    raise ValueError(brand)


def fmt_card(n: str, sep: str = " ") -> str:
    if len(n) == 15:
        return n[:4] + sep + n[4:10] + sep + n[10:]
    if len(n) == 14:
        return n[:4] + sep + n[4:10] + sep + n[10:]
    return group(n, 4, sep)


def cvv(n: int = 3) -> str:
    return digits(n)


def expiry() -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"


def mod97_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


_BANKS = {"GB": ["NWBK", "BARC", "HBUK", "MIDL", "LOYD"], "IE": ["AIBK", "BOFI"],
          "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB"], "RO": ["BTRL", "RNCB", "BRDE"],
          "BG": ["UNCR", "STSA", "BPBI"], "QA": ["QNBA", "DOHB"], "PK": ["HABB", "MEZN", "UNIL"],
          "JO": ["ARAB", "CBJO"]}


def iban(cc: str, bban: str | None = None) -> str:
    fmt = {
        "DE": "8n10n", "FR": "5n5n11c2n", "ES": "4n4n1n1n10n", "IT": "1a5n5n12c", "NL": "4a10n",
        "BE": "3n7n2n", "AT": "5n11n", "CH": "5n12c", "PL": "8n16n", "PT": "4n4n11n2n",
        "GB": "4a6n8n", "IE": "4a6n8n", "SE": "3n16n1n", "NO": "4n6n1n", "DK": "4n9n1n",
        "FI": "3n11n", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n", "GR": "3n4n16c",
        "CZ": "4n6n10n", "HU": "3n4n1n15n1n", "RO": "4a16c", "HR": "7n10n", "BG": "4a4n2n8c",
        "EE": "2n2n11n1n", "LT": "5n11n", "UA": "6n19c", "IL": "3n3n13n", "BR": "8n5n10n1a1c",
        "LU": "3n13c", "QA": "4a21c", "EG": "4n4n17n", "PK": "4a16c", "GE": "2a16n",
        "KZ": "3n13c", "JO": "4a4n18c", "RS": "3n13n2n", "SK": "4n6n10n", "SI": "5n8n2n",
    }[cc]
    if bban is None:
        out = []
        num = ""
        for ch in fmt:
            if ch.isdigit():
                num += ch
                continue
            k = int(num)
            num = ""
            if ch == "a" and k == 4 and cc in _BANKS:
                out.append(rng.choice(_BANKS[cc]))
                continue
            alpha = {"n": DIG, "a": UP, "c": DIG * 30 + UP}[ch]
            out.append(rs(alpha, k))
        bban = "".join(out)
        if cc == "BE":
            body = bban[:10]
            k = int(body) % 97 or 97
            bban = body + f"{k:02d}"
        if cc == "FR":
            bank, branch, acc = bban[:5], bban[5:10], bban[10:21]
            accn = "".join(str(int(c, 36) % 10) if c.isalpha() else c for c in acc)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(accn)) % 97
            bban = bank + branch + acc + f"{key:02d}"
        if cc == "ES":
            bank, branch, acc = bban[:4], bban[4:8], bban[10:20]
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            def dc(s):
                v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
                return {10: 1, 11: 0}.get(v, v)
            d1 = dc("00" + bank + branch)
            d2 = dc(acc)
            bban = bank + branch + f"{d1}{d2}" + acc
        if cc == "IT":
            rest = bban[1:]
            s = 0
            for i, ch in enumerate(rest):
                s += _CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
            bban = chr(65 + s % 26) + rest
    chk = 98 - mod97_num(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return mod97_num(s[4:] + s[:4]) == 1


def fmt_iban(s: str) -> str:
    return group(s, 4, " ")


def mod11_10(body: str) -> str:
    """ISO 7064 MOD 11,10 (German Steuer-ID, Croatian OIB, German VAT)."""
    p = 10
    for ch in body:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return "0" if c == 10 else str(c)


# ---------------------------------------------------------------- personal ids
def dob(y0: int = 1955, y1: int = 2004):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def us_ssn() -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def es_dni() -> str:
    n = rng.randint(10000000, 79999999)
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def es_nie() -> str:
    p = rng.choice("XYZ")
    n = rng.randint(0, 9999999)
    v = int(str("XYZ".index(p)) + f"{n:07d}")
    return f"{p}{n:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[v % 23]


def fr_nir(spaced: bool = True) -> str:
    sex = rng.choice("12")
    y, m, _ = dob()
    dep = rng.choice(["75", "69", "13", "33", "59", "31", "44", "67", "92", "93"])
    com = f"{rng.randint(1, 400):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = f"{sex}{y % 100:02d}{m:02d}{dep}{com}{order}"
    key = 97 - int(body) % 97
    if spaced:
        return f"{sex} {y % 100:02d} {m:02d} {dep} {com} {order} {key:02d}"
    return body + f"{key:02d}"


def de_steuerid() -> str:
    while True:
        ds = rng.sample(DIG, 9)
        ds.append(rng.choice(ds))
        rng.shuffle(ds)
        if ds[0] != "0":
            break
    body = "".join(ds)
    return body + mod11_10(body)


def nl_bsn() -> str:
    while True:
        b = digits(8, True)
        s = sum(int(d) * w for d, w in zip(b, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return b + str(c)


def pl_pesel() -> str:
    y, m, d = dob(1950, 2006)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{digits(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def se_pnr() -> str:
    y, m, d = dob()
    body = f"{y % 100:02d}{m:02d}{d:02d}{digits(3)}"
    return f"{y}{m:02d}{d:02d}-{body[6:]}{luhn_digit(body)}"


def fi_hetu() -> str:
    y, m, d = dob()
    sep = "-" if y < 2000 else "A"
    n = rng.randint(2, 899)
    val = int(f"{d:02d}{m:02d}{y % 100:02d}{n:03d}")
    return f"{d:02d}{m:02d}{y % 100:02d}{sep}{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[val % 31]


def no_fnr() -> str:
    while True:
        y, m, d = dob(1955, 1999)
        ind = rng.randint(0, 499)
        b = f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * c for a, c in zip(b, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b2 = b + str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * c for a, c in zip(b2, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b2 + str(k2)


def dk_cpr() -> str:
    y, m, d = dob()
    return f"{d:02d}{m:02d}{y % 100:02d}-{digits(4)}"


def br_cpf(fmt: bool = True) -> str:
    b = [rng.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(b, range(n, 1, -1)))
        b.append((s * 10) % 11 % 10)
    s = "".join(map(str, b))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s


def br_cnpj() -> str:
    b = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * y for x, y in zip(b, w)) % 11
        b.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, b))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def cn_id() -> str:
    region = rng.choice(["110105", "310104", "440305", "510107", "330106", "420111", "320102"])
    y, m, d = dob()
    body = f"{region}{y}{m:02d}{d:02d}{digits(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar() -> str:
    b = rng.choice("23456789") + digits(10)
    s = b + verhoeff_digit(b)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def tr_tc() -> str:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def kr_rrn() -> str:
    y, m, d = dob(1960, 1999)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.choice('12')}{digits(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def il_tz() -> str:
    b = digits(8)
    return b + luhn_digit(b)


def be_nrn() -> str:
    y, m, d = dob(1950, 1999)
    body = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 997):03d}"
    c = 97 - int(body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{c:02d}"


def pt_nif(first: str = "2") -> str:
    b = first + digits(7)
    c = 11 - sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
    return b + str(0 if c >= 10 else c)


def cl_rut() -> str:
    n = rng.randint(6000000, 24999999)
    s, f = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * f
        f = 2 if f == 7 else f + 1
    v = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(v, str(v))
    return f"{n:,}".replace(",", ".") + "-" + dv


def jp_mynumber() -> str:
    b = digits(11)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    s12 = b + str(c)
    return f"{s12[:4]} {s12[4:8]} {s12[8:]}"


def ca_sin() -> str:
    b = rng.choice("1234567") + digits(7)
    s = b + luhn_digit(b)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


_CF_ODD = dict(zip(DIG + UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18,
                              20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def it_cf() -> str:
    cons = "BCDFGLMNPRSTVZ"
    vow = "AEIOU"
    sur = rng.choice(cons) + rng.choice(cons) + rng.choice(cons + vow)
    nam = rng.choice(cons) + rng.choice(cons) + rng.choice(cons + vow)
    y, m, d = dob()
    female = rng.random() < 0.5
    day = d + (40 if female else 0)
    com = rng.choice(["H501", "F205", "F839", "L219", "G273", "D612", "A944", "L736"])
    body = f"{sur}{nam}{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}{day:02d}{com}"
    s = 0
    for i, ch in enumerate(body):
        if i % 2 == 0:
            s += _CF_ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return body + chr(65 + s % 26)


def ru_snils() -> str:
    b = digits(9)
    s = sum(int(a) * w for a, w in zip(b, range(9, 0, -1)))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def ru_inn12() -> str:
    b = [int(x) for x in rng.choice(["77", "78", "50", "66", "16"]) + digits(8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b.append(sum(x * y for x, y in zip(b, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b.append(sum(x * y for x, y in zip(b, w2)) % 11 % 10)
    return "".join(map(str, b))


def ru_inn10() -> str:
    b = [int(x) for x in rng.choice(["77", "78", "50", "66", "16"]) + digits(7)]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    b.append(sum(x * y for x, y in zip(b, w)) % 11 % 10)
    return "".join(map(str, b))


def ua_rnokpp() -> str:
    b = digits(9, True)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str(sum(int(a) * c for a, c in zip(b, w)) % 11 % 10)


def za_id() -> str:
    y, m, d = dob(1960, 2000)
    b = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 9999):04d}0{rng.choice('89')}"
    return b + luhn_digit(b)


def ae_eid() -> str:
    y = rng.randint(1970, 2000)
    b = f"784{y}{digits(7)}"
    c = luhn_digit(b)
    return f"784-{y}-{b[7:]}-{c}"


def sa_id() -> str:
    b = "1" + digits(8)
    return b + luhn_digit(b)


def th_id() -> str:
    b = rng.choice("1358") + digits(11)
    c = (11 - sum(int(a) * w for a, w in zip(b, range(13, 1, -1))) % 11) % 10
    s = b + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def cz_rc() -> str:
    while True:
        y, m, d = dob(1955, 2000)
        mm = m + (50 if rng.random() < 0.5 else 0)
        b = f"{y % 100:02d}{mm:02d}{d:02d}{digits(3)}"
        c = int(b) % 11
        if c < 10:
            return f"{b[:6]}/{b[6:]}{c}"


def ro_cnp() -> str:
    y, m, d = dob(1950, 1999)
    b = f"{rng.choice('12')}{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    w = "279146358279"
    c = sum(int(a) * int(x) for a, x in zip(b, w)) % 11
    return b + str(1 if c == 10 else c)


def gr_amka() -> str:
    y, m, d = dob()
    b = f"{d:02d}{m:02d}{y % 100:02d}{digits(4)}"
    return b + luhn_digit(b)


def gr_afm() -> str:
    b = digits(8)
    s = sum(int(x) * (2 ** (8 - i)) for i, x in enumerate(b))
    return b + str(s % 11 % 10)


_CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def mx_curp() -> str:
    y, m, d = dob(1960, 1999)
    ent = rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC"])
    cons = "BCDFGHJKLMNPQRSTVZ"
    b = (rng.choice(cons) + rng.choice("AEIOU") + rng.choice(cons) + rng.choice(cons)
         + f"{y % 100:02d}{m:02d}{d:02d}" + rng.choice("HM") + ent
         + rng.choice(cons) + rng.choice(cons) + rng.choice(cons) + "0")
    s = sum(_CURP.index(ch) * (18 - i) for i, ch in enumerate(b))
    return b + str((10 - s % 10) % 10)


def mx_rfc_person() -> str:
    y, m, d = dob(1960, 1999)
    return rs("BCDFGHJLMNPRSTVZ", 1) + rs("AEIOU", 1) + rs(UP, 2) + f"{y % 100:02d}{m:02d}{d:02d}" + rs(UP + DIG, 3)


def ar_cuil() -> str:
    while True:
        pre = rng.choice(["20", "27", "23"])
        dni = f"{rng.randint(20000000, 45000000)}"
        b = pre + dni
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        v = 11 - sum(int(a) * c for a, c in zip(b, w)) % 11
        if v == 10:
            continue
        return f"{pre}-{dni}-{0 if v == 11 else v}"


def uk_nino() -> str:
    a = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{a}{b}{digits(6)}{rng.choice('ABCD')}"


def nhs_number() -> str:
    while True:
        b = digits(9, True)
        r = 11 - sum(int(a) * w for a, w in zip(b, range(10, 1, -1))) % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        s = b + str(r)
        return f"{s[:3]} {s[3:6]} {s[6:]}"


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        b = digits(8, True)
        for last in range(10):
            s = b + str(last)
            if sum(int(a) * c for a, c in zip(s, w)) % 11 == 0:
                return f"{s[:3]} {s[3:6]} {s[6:]}"


def au_medicare() -> str:
    b = rng.choice("23456") + digits(7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * x for a, x in zip(b, w)) % 10
    s = b + str(c) + rng.choice("12345")
    return f"{s[:4]} {s[4:9]} {s[9]}"


def de_kvnr() -> str:
    letter = rng.choice(UP)
    n8 = digits(8)
    s = f"{ord(letter) - 64:02d}" + n8
    tot = 0
    for i, ch in enumerate(s):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return letter + n8 + str(tot % 10)


def ir_melli() -> str:
    b = digits(9)
    r = sum(int(a) * (10 - i) for i, a in enumerate(b)) % 11
    return b + str(r if r < 2 else 11 - r)


def hu_taj() -> str:
    b = digits(8, True)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(b)) % 10
    s = b + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def hu_adoaz() -> str:
    while True:
        b = "8" + digits(8)
        c = sum(int(x) * (i + 1) for i, x in enumerate(b)) % 11
        if c < 10:
            return b + str(c)


def hr_oib() -> str:
    b = digits(10, True)
    return b + mod11_10(b)


def ee_isikukood() -> str:
    y, m, d = dob(1950, 1999)
    b = f"{rng.choice('3456'[:2])}{y % 100:02d}{m:02d}{d:02d}{digits(3)}"
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    c = sum(int(a) * x for a, x in zip(b, w1)) % 11
    if c == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        c = sum(int(a) * x for a, x in zip(b, w2)) % 11
        c = 0 if c == 10 else c
    return b + str(c)


def bg_egn() -> str:
    y, m, d = dob(1950, 1999)
    b = f"{y % 100:02d}{m:02d}{d:02d}{digits(3)}"
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    c = sum(int(a) * x for a, x in zip(b, w)) % 11
    return b + str(0 if c == 10 else c)


_TW = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def tw_id() -> str:
    L = rng.choice("ABFHDE")
    v = _TW.index(L) + 10
    b = rng.choice("12") + digits(7)
    s = (v // 10) + (v % 10) * 9 + sum(int(x) * w for x, w in zip(b, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + b + str((10 - s % 10) % 10)


def sg_nric() -> str:
    p = rng.choice("ST")
    b = digits(7)
    s = sum(int(x) * w for x, w in zip(b, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + b + "JZIHGFEDCBA"[s % 11]


def pk_cnic() -> str:
    return f"{rng.choice(['35202', '42101', '61101', '37405'])}-{digits(7)}-{rng.randint(1, 9)}"


def id_nik() -> str:
    y, m, d = dob(1965, 2000)
    if rng.random() < 0.5:
        d += 40
    return rng.choice(["3174", "3273", "3578", "5171", "3201"]) + f"{rng.randint(1, 40):02d}" + f"{d:02d}{m:02d}{y % 100:02d}" + f"{rng.randint(1, 9999):04d}"


def vn_cccd() -> str:
    y = rng.randint(1965, 1999)
    return rng.choice(["001", "079", "031", "048"]) + rng.choice("01") + f"{y % 100:02d}" + digits(6)


def eg_nid() -> str:
    y, m, d = dob(1960, 1999)
    return f"2{y % 100:02d}{m:02d}{d:02d}{rng.choice(['01', '02', '21', '88'])}{digits(4)}{rng.randint(1, 9)}"


def ph_tin() -> str:
    return f"{digits(3, True)}-{digits(3)}-{digits(3)}-000"


def my_mykad() -> str:
    y, m, d = dob(1960, 1999)
    return f"{y % 100:02d}{m:02d}{d:02d}-{rng.choice(['14', '10', '08', '01'])}-{digits(4)}"


def ke_kra_pin() -> str:
    return "A" + digits(9) + rng.choice(UP)


def ng_nin() -> str:
    return digits(11, True)


def passport(cc: str) -> str:
    if cc in ("US",):
        return digits(9, True)
    if cc == "DE":
        return "C" + rs("CFGHJKLMNPRTVWXYZ0123456789", 8)
    if cc == "FR":
        return digits(2) + rs(UP, 2) + digits(5)
    if cc == "IN":
        return rng.choice("JKLMNPRSTUVZ") + digits(7)
    if cc == "CN":
        return "E" + digits(8)
    if cc == "JP":
        return rs("MTR", 1) + rs("KZ", 1) + digits(7)
    if cc == "GB":
        return digits(9, True)
    if cc == "RU":
        return digits(2) + " " + digits(7)
    return rs(UP, 2) + digits(7)


# ---------------------------------------------------------------- business / object ids (innocent)
def siren() -> str:
    b = digits(8, True)
    return b + luhn_digit(b)


def siret() -> str:
    s = siren()
    b = s + digits(4)
    return b + luhn_digit(b)


def au_abn() -> str:
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        b = digits(9)
        for first in range(10, 100):
            s = str(first) + b
            ds = [int(x) for x in s]
            ds[0] -= 1
            if sum(a * c for a, c in zip(ds, w)) % 89 == 0:
                return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def de_vat() -> str:
    b = digits(8, True)
    return "DE" + b + mod11_10(b)


def it_piva() -> str:
    b = digits(10)
    return b + luhn_digit(b)


def pl_nip() -> str:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        b = digits(9, True)
        c = sum(int(a) * x for a, x in zip(b, w)) % 11
        if c < 10:
            s = b + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def jp_corp() -> str:
    b = digits(12, True)
    s = sum(int(x) * (1 if i % 2 == 0 else 2) for i, x in enumerate(reversed(b)))
    return str(9 - s % 9) + b


def kr_brn() -> str:
    b = digits(9, True)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * c for a, c in zip(b, w)) + (int(b[8]) * 5) // 10
    c = (10 - s % 10) % 10
    r = b + str(c)
    return f"{r[:3]}-{r[3:5]}-{r[5:]}"


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def cn_uscc() -> str:
    b = "91" + rng.choice(["110105", "310115", "440300", "330100"]) + rs(DIG + "ABCDEFGHJKLMNPQRTUWXY", 9)
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(_USCC.index(c) * x for c, x in zip(b, w))
    return b + _USCC[(31 - s % 31) % 31]


_GST = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def in_gstin() -> str:
    b = rng.choice(["27", "29", "07", "33"]) + rs(UP, 5) + digits(4) + rs(UP, 1) + "1Z"
    s = 0
    for i, ch in enumerate(b):
        p = _GST.index(ch) * (2 if i % 2 else 1)
        s += p // 36 + p % 36
    return b + _GST[(36 - s % 36) % 36]


def lei() -> str:
    b = rs(DIG + UP, 4) + "00" + rs(DIG + UP, 12)
    c = 98 - mod97_num(b + "00")
    return b + f"{c:02d}"


def rf_ref() -> str:
    ref = digits(rng.randint(6, 12))
    c = 98 - mod97_num(ref + "RF00")
    return f"RF{c:02d}{ref}"


def be_ogm() -> str:
    b = digits(10)
    c = int(b) % 97 or 97
    s = b + f"{c:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def imei() -> str:
    b = rng.choice(["35", "86", "01", "99"]) + digits(12)
    return b + luhn_digit(b)


def iccid() -> str:
    b = "89" + rng.choice(["49", "44", "33", "01", "86"]) + digits(14)
    return b + luhn_digit(b)


def npi() -> str:
    b = rng.choice("12") + digits(8)
    tot = 24
    for i, ch in enumerate(reversed(b)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return b + str((10 - tot % 10) % 10)


def iso6346() -> str:
    owner = rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU", "TCNU", "CSNU"])
    ser = digits(6)
    vals = {}
    v = 10
    for ch in UP:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    s = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(owner + ser))
    return owner + ser + str(s % 11 % 10)


def awb() -> str:
    pre = rng.choice(["020", "057", "176", "157", "618", "125", "074", "235"])
    ser = digits(7)
    return f"{pre}-{ser}{int(ser) % 7}"


def vin() -> str:
    tr = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rng.choice(["WVW", "1HG", "JTD", "VF1", "WDB", "YV1"]) + rs(al, 5) + "0" + rs("LMNPRS", 1) + rs(al, 1) + digits(6))
    s = sum((int(c) if c.isdigit() else tr[c]) * x for c, x in zip(v, w))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def gtin13(prefix: str = "") -> str:
    b = prefix + digits(12 - len(prefix))
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(b))
    return b + str((10 - s % 10) % 10)


def sscc() -> str:
    b = "0" + rng.choice(["40", "50", "87", "76"]) + digits(14)
    s = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(b))
    return b + str((10 - s % 10) % 10)


def cas() -> str:
    a = str(rng.randint(50, 99999))
    b = digits(2)
    body = a + b
    c = sum(int(x) * (i + 1) for i, x in enumerate(reversed(body))) % 10
    return f"{a}-{b}-{c}"


def orcid() -> str:
    b = "0000000" + digits(8)
    t = 0
    for ch in b:
        t = (t + int(ch)) * 2
    r = (12 - t % 11) % 11
    s = b + ("X" if r == 10 else str(r))
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


def imo() -> str:
    b = digits(6, True)
    c = sum(int(x) * w for x, w in zip(b, range(7, 1, -1))) % 10
    return "IMO " + b + str(c)


def ups() -> str:
    b = rs(UP + DIG, 6) + "03" + digits(7)
    tot = 0
    for i, ch in enumerate(b):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        tot += v * (2 if i % 2 else 1)
    return "1Z" + b + str((10 - tot % 10) % 10)


def aba() -> str:
    b = rng.choice(["0", "1", "2", "3"]) + digits(7)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    c = (10 - sum(int(a) * x for a, x in zip(b, w)) % 10) % 10
    return b + str(c)


def mx_clabe() -> str:
    b = rng.choice(["002", "012", "014", "072"]) + rng.choice(["180", "320", "580"]) + digits(11)
    w = [3, 7, 1] * 6
    s = sum((int(a) * x) % 10 for a, x in zip(b, w))
    return b + str((10 - s % 10) % 10)


def ru_account(bik: str) -> str:
    acc = list("40817810" + "0" + digits(11))
    w = [7, 1, 3] * 8
    for k in range(10):
        acc[8] = str(k)
        s = bik[-3:] + "".join(acc)
        if sum((int(a) * x) % 10 for a, x in zip(s, w)) % 10 == 0:
            return "".join(acc)
    raise RuntimeError


def mpan_core() -> str:
    b = rng.choice(["10", "12", "14", "16", "19", "23"]) + digits(10)
    p = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    return b + str(sum(int(a) * x for a, x in zip(b, p)) % 11 % 10)


def ean18() -> str:
    b = "8716" + digits(13)
    s = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(b))
    return b + str((10 - s % 10) % 10)


def isin(cc: str = "US") -> str:
    b = cc + rs(DIG + UP, 9)
    conv = "".join(str(int(c, 36)) for c in b)
    return b + luhn_digit(conv)


def mac() -> str:
    return ":".join(hexs(2) for _ in range(6))


def ipv6() -> str:
    return "2001:db8:" + ":".join(hexs(4).lstrip("0") or "0" for _ in range(6))


def pnr() -> str:
    return rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def eticket() -> str:
    return rng.choice(["220", "057", "176", "125", "016", "074", "618"]) + digits(10)


def masked_card(n: str | None = None, style: int = 0) -> str:
    n = n or card(rng.choice(["visa", "mc"]))
    if style == 0:
        return "**** **** **** " + n[-4:]
    if style == 1:
        return n[:6] + "******" + n[-4:]
    return "XXXX-XXXX-XXXX-" + n[-4:]


# ---------------------------------------------------------------- credentials
def aws_akid(prefix: str = "AKIA") -> str:
    return prefix + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret() -> str:
    return rs(string.ascii_letters + DIG + "/+", 40)


def _b62enc(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(prefix: str = "ghp") -> str:
    body = rs(B62, 30)
    return f"{prefix}_{body}{_b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)}"


def gh_fine() -> str:
    return "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(B62, 59)


def glpat() -> str:
    return "glpat-" + rs(B62 + "-_", 20)


def slack_tok(kind: str = "xoxb") -> str:
    return f"{kind}-{digits(12, True)}-{digits(13, True)}-{rs(B62, 24)}"


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(UP + DIG, 8)}/B{rs(UP + DIG, 10)}/{rs(B62, 24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19, True)}/{rs(B62 + '-_', 68)}"


def teams_hook() -> str:
    return (f"https://contoso.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/"
            f"{hexs(32)}/{uid()}/V2{rs(B62, 45)}")


def stripe_sk(kind: str = "sk_live_") -> str:
    return kind + rs(B62, 99 if rng.random() < 0.5 else 24)


def stripe_pk() -> str:
    return "pk_live_" + rs(B62, 99)


def whsec() -> str:
    return "whsec_" + rs(B62, 32)


def google_key() -> str:
    return "AIza" + rs(B62 + "-_", 35)


def gocspx() -> str:
    return "GOCSPX-" + rs(B62 + "-_", 28)


def openai_key() -> str:
    return "sk-proj-" + rs(B62 + "-_", 74) + "T3BlbkFJ" + rs(B62 + "-_", 74)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(B62 + "-_", 93) + "AA"


def sendgrid() -> str:
    return "SG." + rs(B62 + "-_", 22) + "." + rs(B62 + "-_", 43)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def telegram_bot() -> str:
    return f"{digits(10, True)}:AA{rs(B62 + '-_', 33)}"


def npm_tok() -> str:
    return "npm_" + rs(B62, 36)


def pypi_tok() -> str:
    return "pypi-AgEIcHlwaS5vcmc" + rs(B62 + "-_", 120)


def dckr() -> str:
    return "dckr_pat_" + rs(B62 + "-_", 27)


def vault_tok() -> str:
    return "hvs." + rs(B62 + "-_", 90)


def shopify() -> str:
    return "shpat_" + hexs(32)


def azure_conn(account: str) -> tuple[str, str]:
    key = b64(64)
    return (f"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key};"
            f"EndpointSuffix=core.windows.net"), key


def sas_sig() -> str:
    return b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def jwt(payload: dict, alg: str = "HS256") -> str:
    h = b64us(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64us(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64url(32 if alg == "HS256" else 256)
    return f"{h}.{p}.{sig}"


def _pem(label: str, der: bytes) -> str:
    b = b64s(der)
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


def ec_private_pem() -> str:
    der = (bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
           + b"\x04" + rbytes(64))
    return _pem("EC PRIVATE KEY", der)


def ec_public_pem() -> str:
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(64)
    return _pem("PUBLIC KEY", der)


def ed25519_private_pem() -> str:
    return _pem("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + rbytes(32))


def ed25519_public_pem() -> str:
    return _pem("PUBLIC KEY", bytes.fromhex("302a300506032b6570032100") + rbytes(32))


def _sshstr(b: bytes) -> bytes:
    return len(b).to_bytes(4, "big") + b


def ssh_ed25519_pub(comment: str) -> str:
    pk = rbytes(32)
    blob = _sshstr(b"ssh-ed25519") + _sshstr(pk)
    return f"ssh-ed25519 {b64s(blob)} {comment}"


def ssh_ed25519_private(comment: str) -> str:
    pk = rbytes(32)
    sk = rbytes(32) + pk
    pub = _sshstr(b"ssh-ed25519") + _sshstr(pk)
    chk = rbytes(4)
    priv = chk + chk + _sshstr(b"ssh-ed25519") + _sshstr(pk) + _sshstr(sk) + _sshstr(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"")
            + (1).to_bytes(4, "big") + _sshstr(pub) + _sshstr(priv))
    b = b64s(blob)
    body = "\n".join(b[i:i + 70] for i in range(0, len(b), 70))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----"


def wg_key() -> str:
    return b64(32)


def totp_secret(n: int = 32) -> str:
    return rs(B32, n)


def otp(n: int = 6) -> str:
    return digits(n)


def basic_auth(user: str, pw: str) -> str:
    return b64s(f"{user}:{pw}".encode())


_WORDS = ["river", "copper", "lantern", "maple", "orbit", "velvet", "harbor", "falcon", "cedar", "pixel",
          "tundra", "mosaic", "quartz", "saffron", "glacier", "ember", "willow", "cobalt", "meadow", "thistle"]


def pw_random(n: int = 16, sym: str = "!@#$%^&*-_+=?") -> str:
    while True:
        p = rs(string.ascii_letters + DIG + sym, n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c in sym for c in p):
            return p


def pw_human(base: str) -> str:
    return base + str(rng.randint(10, 99)) + rng.choice("!#$%&*?")


def passphrase(k: int = 4, sep: str = "-") -> str:
    return sep.join(rng.sample(_WORDS, k))


def recovery_codes(k: int = 4) -> list[str]:
    return [f"{rs(LO + DIG, 4)}-{rs(LO + DIG, 4)}" for _ in range(k)]


def btc_addr() -> str:
    return "bc1q" + rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38)


def eth_addr() -> str:
    return "0x" + hexs(40)


# BIP-39 mnemonics computed offline from random.Random(33001) entropy; checksum words are valid.
MNEMONIC_12A = "color slim plunge save sausage drama layer summer cry eight avoid version"
MNEMONIC_12B = "twist broom face muffin media mushroom muffin army boring pilot bike theory"
MNEMONIC_24 = ("vicious enter avocado spray pencil frequent lion mother need toddler van have confirm honey "
               "bronze yard bread asthma erupt turn maximum pause width message")
MNEMONIC_12C = "spider miracle reunion film panda scrap grocery success lottery common pony badge"



def br_cns() -> str:
    while True:
        pis = rng.choice("12") + digits(10)
        s = sum(int(x) * (15 - i) for i, x in enumerate(pis))
        dv = 11 - s % 11
        if dv == 11:
            dv = 0
        if dv == 10:
            s += 2
            dv = 11 - s % 11
            num = pis + "001" + str(dv)
        else:
            num = pis + "000" + str(dv)
        if sum(int(x) * (15 - i) for i, x in enumerate(num)) % 11 == 0 and len(num) == 15:
            return f"{num[:3]} {num[3:7]} {num[7:11]} {num[11:]}"


def es_cn() -> str:
    b = "6" + digits(5)
    s = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(b))
    return b + "." + str((10 - s % 10) % 10)


def dicom_uid() -> str:
    return "1.2.840.113619.2." + ".".join(str(rng.randint(1, 99999)) for _ in range(5))


# ====================================================================== HEALTH (hospitals, clinics, pharmacy, lab)
_pw = "Tr@uma-Bay" + str(rng.randint(2, 9)) + "!"
S("en", "health", f"""
    User (charge nurse, 4 West): can you pull the overnight vitals for bed 12 from Epic PLY? Log in as me,
    jmorales, password {_pw} , the SSO is down again so use the fallback login page.
""", _pw)

_kv = de_kvnr()
S("de", "health", f"""
    Tool-Ausgabe kis.patient_stammdaten(fall=2024-118734):
      Name: Brandt, Helga   geb. 14.03.1951
      Kostenträger: AOK Nordost (IK 109519005)
      Versichertennummer: {_kv}
      Station: Geriatrie 3B, Zimmer 317
""", _kv)

_nir = fr_nir()
S("fr", "health", f"""
    Formulaire d'admission reçu par mail du service des urgences — à ressaisir dans le DPI :
    Nom d'usage : LEROUX   Prénom : Sandrine
    N° de sécurité sociale : {_nir}
    Médecin traitant : Dr Fabre, Lyon 3e
""", _nir)

_safe = f"{rng.randint(1000, 9999)}#"
S("es", "health", f"""
    Nota del turno de noche (farmacia hospitalaria): el armario de estupefacientes de planta 2 ya no
    abre con la llave, han puesto teclado. Código nuevo: {_safe} — no lo pongáis en la pizarra, por favor.
""", _safe)

_redcap = hexs(32, upper=True)
S("en", "research", f"""
    tool_call: http.post
    {{"url": "https://redcap.stmarys-research.org/api/", "data": {{"token": "{_redcap}",
      "content": "record", "format": "json", "type": "flat", "forms[0]": "baseline_visit"}}}}
""", _redcap)

_jpw = "Yakuzai" + str(rng.randint(1000, 9999)) + "$"
S("ja", "health", f"""
    薬剤部の佐藤さんからのメッセージ:
    「調剤支援システムのログインが切れてしまいました。共有IDは yakuzai01、パスワードは {_jpw} です。
    夕方の監査までに処方データを取り込んでおいてください。」
""", _jpw)

_zpw = pw_random(14, "!@#")
S("zh-Hans", "health", f"""
    思考：HIS 报表脚本连不上数据库，先检查配置文件。
    读取到 /opt/his-report/.env ：
    DATABASE_URL=mysql://his_report:{_zpw}@10.20.4.15:3306/his_prod?charset=utf8mb4
    连接串里的密码是明文，之后要提醒信息科改成从密钥库读取。
""", _zpw)

_codes = recovery_codes(6)
_codeline = "  ".join(_codes)
S("en", "health", f"""
    Saved from the PBM portal (OptumRx provider) 2FA setup screen, for the pharmacy manager:
    "Store these backup codes somewhere safe. Each code can be used once."
    {_codeline}
""", _codeline)

_said = sa_id()
S("ar", "health", f"""
    طلب موافقة مسبقة لشركة التأمين — مستشفى الملك فهد التخصصي
    اسم المريض: عبدالله الشهري
    رقم الهوية الوطنية: {_said}
    الإجراء المطلوب: تصوير بالرنين المغناطيسي للركبة اليمنى
""", _said)

_hpw = "Ot" + rng.choice(["room", "theatre"]) + "@" + str(rng.randint(100, 999))
S("hi-Latn", "health", f"""
    User: bhai OT-2 wale anesthesia workstation pe login nahi ho raha, Dr. Mehta ne bola shared id use karo —
    id: ot2_anaes  pass: {_hpw}  ... report 9 baje tak chahiye, please jaldi karo
""", _hpw)

_nhs = nhs_number()
S("en", "health", f"""
    Discharge summary draft (Ward 7, Royal Berkshire):
    Patient: Margaret Ellison, DOB 02/11/1946, NHS No. {_nhs}
    Admitted with community-acquired pneumonia; completed 5/7 co-amoxiclav. GP to review in 2 weeks.
""", _nhs)

_kod = digits(4)
S("pl", "health", f"""
    Wiadomość od pacjentki przekazana przez rejestrację:
    „Dzień dobry, nie mam dostępu do IKP, a mama ma odebrać leki za mnie. Kod recepty: {_kod},
    numer telefonu do kontaktu 601 448 220. Dziękuję!”
    Agent: przekazano do apteki szpitalnej, recepta na Euthyrox 50.
""", _kod)

_rrn = kr_rrn()
S("ko", "health", f"""
    [건강검진 예약 시스템 출력]
    수검자: 김민지 / 주민등록번호: {_rrn}
    검진 항목: 일반검진 + 위내시경(수면)
    예약일: 2025-03-18 08:30, 본관 2층 건강증진센터
""", _rrn)

_cs = rs(B62, 40)
S("en", "health", f"""
    Agent thought: the FHIR bulk export failed with 401. The SMART backend-services config in
    fhir_client.yaml still has the old client secret ({_cs}) — the Cerner side rotated it Friday.
    Need the new one from the integration team before retrying.
""", _cs)

_cns = br_cns()
S("pt-BR", "health", f"""
    Mensagem da recepção da UBS Vila Mariana:
    “Oi, pode cadastrar o paciente no e-SUS? Nome: José Aparecido Lima, nascido em 09/07/1958,
    Cartão SUS {_cns}, mora na Rua Domingos de Morais 1200 ap 54.”
""", _cns)

_bsn = nl_bsn()
S("nl", "health", f"""
    Verwijsbrief huisartsenpraktijk De Linde → poli cardiologie
    Patiënt: mw. A. de Groot, geb. 22-05-1962, BSN {_bsn}
    Reden: palpitaties, ECG bijgevoegd. Graag beoordeling binnen 2 weken.
""", _bsn)

_tc = tr_tc()
S("tr", "health", f"""
    Kullanıcı: Hastanın MHRS randevusunu sen oluşturabilir misin? TC kimlik no {_tc}, adı Ayşe Yıldız,
    dahiliye polikliniği, mümkünse perşembe sabah. Telefonu 0532 418 77 10.
""", _tc)

_thid = th_id()
S("th", "health", f"""
    บันทึกจากแผนกเวชระเบียน: ผู้ป่วยขอประวัติการรักษาเพื่อเบิกประกัน
    ชื่อ นางสาวพิมพ์ชนก ศรีสุข เลขประจำตัวประชาชน {_thid}
    ส่งสำเนาทางอีเมลภายในวันศุกร์
""", _thid)

_fx = rs(B62, 40)
S("en", "health", f"""
    tool_call: fax.send
    {{"from": "+16175550142", "to": "+16175550199", "document_id": "discharge_48213.pdf",
      "auth": {{"account": "mercy-clinic", "api_token": "{_fx}"}}}}
""", _fx)

_vn = vn_cccd()
S("vi", "health", f"""
    Tin nhắn từ điều dưỡng khoa Nhi, BV Nhi Đồng 1:
    "Em nhờ anh nhập giúp thông tin người giám hộ: chị Trần Thị Mai, CCCD {_vn}, SĐT 0903 114 552.
    Bé đang nằm phòng 402, mã bệnh án NĐ1-24-08817."
""", _vn)

# ---- health innocents
I("en", "health", f"""
    Lab result summary for the hospitalist:
    MRN 00{digits(7)} | Encounter {uid()} | Accession L24-{digits(6)}
    Troponin I (LOINC 10839-9): 0.02 ng/mL (ref < 0.04) — collected 06:42, resulted 07:15.
    No critical values; next draw scheduled 12:40.
""")

I("en", "health", f"""
    Referral fax cover sheet parsed:
    Ordering provider: Dr. Priya Natarajan, NPI {npi()}
    Practice fax: (617) 555-0187   Phone: (617) 555-0112
    Payer: BCBS MA, group plan — eligibility checked via clearinghouse, status ACTIVE.
""")

I("de", "health", """
    Lesson learned: Wenn ein Pfleger im Chat nach seinem KIS-Passwort fragt, nie ein Passwort
    generieren oder wiederholen. Stattdessen auf das Self-Service-Portal (Kennwort vergessen) und
    die IT-Hotline Durchwahl 4711 verweisen. Passwort-Resets laufen nur über die IT.
""")

I("fr", "health", f"""
    Extrait du DPI après anonymisation pour la RMM :
    Patient : F., 67 ans — NIR : 2 ** ** ** *** *** {rng.randint(10, 96)}
    IPP : {digits(9)}   Séjour : {digits(10)}
    Diagnostic principal : I21.4 (infarctus sans sus-décalage ST)
""")

I("es", "health", f"""
    Salida de farmacia.buscar_lote("METAMIZOL 575MG"):
      CN: {es_cn()}   EAN: {gtin13("84")}
      Lote: B{digits(5)}   Caducidad: 11/2026   Stock: 340 cápsulas
      Proveedor: Cofares, albarán 2024/{digits(6)}
""")

I("ja", "health", f"""
    予約確認メール（自動送信）
    診察券番号：{digits(8)}
    予約番号：R-{digits(6)}
    日時：2025年4月3日（木）10:30　整形外科　2番診察室
    ※ 変更の際はお電話（03-5800-{digits(4)}）でご連絡ください。
""")

_obx = digits(6)
I("en", "health", f"""
    HL7 received on MLLP port 6661:
    MSH|^~\\&|COBAS|CORE_LAB|EPIC|HOSP|20250114083211||ORU^R01|{digits(10)}|P|2.5.1
    PID|1||{digits(8)}^^^HOSP^MR||DOE^JANE||19700101|F
    OBR|1|{_obx}|L{_obx}|2345-7^Glucose^LN
    OBX|1|NM|2345-7^Glucose^LN||5.4|mmol/L|3.9-6.1|N|||F
""")

I("zh-Hans", "health", f"""
    检验科系统导出（样本追踪）：
    条码 {digits(12)}  项目：血常规  状态：已审核
    条码 {digits(12)}  项目：肝功能  状态：上机中
    条码 {digits(12)}  项目：凝血四项  状态：待复查（溶血）
""")

I("en", "health", f"""
    Biomed asset inventory, telemetry pack returned from repair:
    Asset tag BM-{digits(5)} | Model Philips IntelliVue MX40 | S/N DE{digits(8)}
    IMEI {imei()} | Wi-Fi MAC {mac()} | Firmware B.06.52
    Status: passed electrical safety test, returned to 5 North.
""")

I("ar", "health", f"""
    تأكيد حجز موعد — عيادة الأسنان
    رقم الحجز: {digits(8)}
    التاريخ: الأحد ١٢ يناير ٢٠٢٥، الساعة ٤:٣٠ مساءً
    للاستفسار: 920012345 أو واتساب 0551234567
""")

I("pt-BR", "health", f"""
    Resumo para o relatório da diretoria:
    Hospital Santa Clara — CNES {digits(7)} — CNPJ {br_cnpj()}
    Leitos de UTI ocupados: 38/42 (90,5%). Tempo médio de permanência: 6,2 dias.
    Nenhuma pendência de faturamento acima de R$ 50.000,00.
""")

I("en", "health", f"""
    PACS export finished.
    StudyInstanceUID: {dicom_uid()}
    Archive: export_CT_chest_2025-01-09.zip  sha256: {sha256()}
    Uploaded to the tumour-board share; link expires in 7 days (no credentials embedded).
""")

I("it", "health", f"""
    Nota per la farmacia comunale n. 3:
    P.IVA {it_piva()}  —  codice ASL 120-{digits(3)}
    Ordine DPC n. {digits(9)} consegnato il 14/02; fattura FE-2025-{digits(4)} in attesa di SDI.
    Codice fiscale del paziente già oscurato nel gestionale (RSS***85T***501*).
""")

I("ko", "health", f"""
    처방전 조회 결과
    교부번호: 2025-{digits(5)}  요양기관기호: {digits(8)}
    약품: 아모잘탄정 5/50mg 1정 1일 1회 30일분
    조제 완료 — 복약지도 문자 발송됨
""")

I("ru", "health", f"""
    Ответ ЛИС на запрос по заявке:
    Заявка № {digits(7)}, пробирка {digits(10)} (ЭДТА), статус «выполнено».
    Исполнитель: ООО «Лабдиагностика», ИНН {ru_inn10()}, КПП {digits(9)}.
    Результаты отправлены в МИС в 14:22.
""")

I("en", "health", """
    Lesson learned (pharmacy POS integration): the vendor sandbox only accepts the documented test
    card 4111 1111 1111 1111 with any future expiry and CVV 123. These are published test values,
    not real cards — fine to keep in the runbook. Never paste a real patient's card into the sandbox.
""")

I("nl", "health", """
    Samenvatting gesprek met apotheek De Wissel: medicatieoverzicht aangevraagd via LSP, patiënt heeft
    toestemming gegeven. Geen BSN per mail gestuurd; apotheek gebruikt het eigen patiëntnummer.
    Het wachtwoord van het AIS wordt elke 90 dagen door de leverancier gereset — niets bewaard.
""")

I("tr", "health", f"""
    Sistem çıktısı: e-Reçete sorgu
    Reçete No: {rs(UP + DIG, 7)}   Tesis Kodu: {digits(8)}
    İlaç: Glifor 1000 mg, 2x1, 60 tablet — barkod {gtin13("869")}
    Durum: Eczaneye iletildi
""")


# ====================================================================== LEGAL (notaries, law firms)
_sid = de_steuerid()
S("de", "legal", f"""
    Entwurf Kaufvertrag (UR-Nr. 412/2025 K), §1 Beteiligte:
    Verkäufer: Herr Klaus-Dieter Wendt, geb. 03.09.1957, wohnhaft Lindenallee 14, 14050 Berlin,
    steuerliche Identifikationsnummer {_sid}, ausgewiesen durch Personalausweis.
""", _sid)

_pp = passport("US")
S("en", "legal", f"""
    KYC checklist – new client intake (Harlow & Price LLP)
    [x] Engagement letter signed
    [x] Government ID: US passport no. {_pp}, exp. 2031-06-18, copy in DMS folder 2025-0117
    [ ] Source-of-funds statement outstanding
""", _pp)

_fr_iban = fmt_iban(iban("FR"))
S("fr", "legal", f"""
    Courriel de Mme Garnier à l'étude notariale, 10:14 :
    « Maître, pour le virement du prix de vente, voici mon RIB personnel :
    IBAN {_fr_iban} — BIC CRLYFRPP. Merci de me confirmer la date de signature. »
""", _fr_iban)

_p12 = pw_random(12, "#$%")
S("es", "legal", f"""
    Pensamiento del agente: para presentar el escrito en LexNET necesito el certificado del colegiado.
    El archivo está en \\\\despacho\\certs\\ruiz_acae.p12 y la contraseña que me dio Marta por chat es {_p12}.
    No la guardo en notas; la uso solo para esta firma.
""", _p12)

_pec = pw_human("Studio")
S("it", "legal", f"""
    Messaggio dell'avv. Colombo:
    "Configura pure la casella PEC dello studio nel client: indirizzo studio.colombo@pec.it,
    server imaps.pec.aruba.it, utente studio.colombo@pec.it, password {_pec}. Poi scarica le notifiche del TAR."
""", _pec)

_rel = rs(B62, 48)
S("en", "legal", f"""
    tool_call: ediscovery.search
    {{"workspace": "Matter 2024-0931 Kestrel v. Dunmore",
      "query": "\\"board minutes\\" AND (2021 OR 2022)",
      "api_key": "rel_{_rel}", "page_size": 200}}
""", "rel_" + _rel)

_nif = pt_nif()
S("pt-PT", "legal", f"""
    Minuta de escritura de compra e venda — Cartório Notarial de Braga
    Segundo outorgante: Maria Helena Sousa Carvalho, casada, natural de Guimarães,
    contribuinte n.º {_nif}, portadora do cartão de cidadão válido até 2029.
""", _nif)

_pesel = pl_pesel()
S("pl", "legal", f"""
    Projekt aktu notarialnego (Rep. A nr 1834/2025)
    Stawający: Tomasz Wojciechowski, syn Andrzeja i Ewy, PESEL {_pesel},
    legitymujący się dowodem osobistym, zamieszkały w Krakowie przy ul. Długiej 7/12.
""", _pesel)

_tz = il_tz()
S("he", "legal", f"""
    הודעה מהלקוח לעו"ד כהן:
    "שלום, מצרף את הפרטים לייפוי הכוח: שם מלא יוסי אברהם, ת.ז. {_tz}, כתובת רחוב הרצל 45 חולון.
    מתי אפשר לחתום?"
""", _tz)

_taxis = pw_random(10, "!@")
S("el", "legal", f"""
    Σημείωση πράκτορα: ο κ. Παπαδόπουλος μας έστειλε τους κωδικούς TAXISnet για να κατεβάσουμε το Ε9
    για τη μεταβίβαση. Χρήστης: gpapad1962, κωδικός: {_taxis}. Να του προτείνουμε να τον αλλάξει μετά.
""", _taxis)

_edk = ed25519_private_pem()
S("en", "legal", "Agent note: found the e-filing service account key committed in the docketing repo\n"
  "(config/efile_signing.pem). Contents:\n" + _edk + "\n"
  "Flagged to IT; key must be revoked with the court's EFSP and replaced.", _edk)

_jpw2 = pw_random(10, "-_")
S("ja", "legal", f"""
    所長からの指示メモ：
    登記情報提供サービスの事務所アカウントで、渋谷区神南一丁目の土地の登記簿を取得しておいてください。
    利用者ID: ShihoY0482  パスワード: {_jpw2}
    取得後はPDFを案件フォルダ（2025-案-031）に保存。
""", _jpw2)

_rupp = f"{rng.randint(40, 46)} {rng.randint(10, 24):02d} {digits(6)}"
S("ru", "legal", f"""
    Вывод инструмента parse_scan(доверенность.pdf):
    Доверитель: Смирнова Ольга Викторовна, 12.05.1979 г.р.
    Паспорт гражданина РФ: серия и номер {_rupp}, выдан ГУ МВД России по г. Москве 18.06.2024
    Поверенный: Кузнецов А. П.
""", _rupp)

_rc = cz_rc()
S("cs", "legal", f"""
    Uživatel: Prosím doplň do plné moci údaje klienta — Jan Novotný, nar. v Brně, rodné číslo {_rc},
    trvale bytem Kounicova 22, Brno. Plnou moc pak pošli datovou schránkou na soud.
""", _rc)

_ans = rng.choice(["Kowalczyk", "Fairweather", "Bellamy", "Okonkwo"])
S("en", "legal", f"""
    Probate matter 2025-P-044 – call notes, estate of R. Lyle
    The executor needs to close the late Mr Lyle's Barclays account. Bank's phone security question was
    "mother's maiden name" – the answer per the executor is {_ans}. Use only on the recorded bank line.
""", _ans)

_cnp = ro_cnp()
S("ro", "legal", f"""
    Procură specială — Biroul Notarial Ionescu
    Subsemnatul Popescu Andrei-Mihai, domiciliat în București, sector 3, identificat cu CI seria RT nr. {digits(6)},
    CNP {_cnp}, împuternicesc pe ...
""", _cnp)

_ua = ua_rnokpp()
S("uk", "legal", f"""
    Чернетка довіреності, нотаріус Київського міського нотаріального округу:
    Я, Коваленко Ірина Петрівна, РНОКПП {_ua}, уповноважую Шевченка Олега Івановича
    представляти мої інтереси у справі про поділ майна.
""", _ua)

# ---- legal innocents
I("en", "legal", f"""
    Docket update (PACER RSS) for Kestrel Holdings v. Dunmore Capital, No. 1:24-cv-0{digits(4)}-JMF:
    ECF No. 87 — Letter motion to compel production of documents Bates KEST-000{digits(4)} through KEST-001{digits(4)}.
    ECF No. 88 — Order granting extension; opposition due 03/14/2025.
""")

_ur = rng.randint(100, 999)
I("de", "legal", f"""
    Auszug Grundbuch (elektronisch abgerufen):
    Amtsgericht Charlottenburg, Grundbuch von Westend, Blatt {digits(5)}
    Gemarkung Westend, Flur 7, Flurstück {rng.randint(100, 999)}/{rng.randint(1, 40)}, Gebäude- und Freifläche, 612 m²
    Abt. III lfd. Nr. 2: Grundschuld 250.000 EUR für Berliner Sparkasse, UR-Nr. {_ur}/2019 M
""")

I("fr", "legal", f"""
    Fiche société (extrait Kbis) pour l'acte de cession de parts :
    SCI LES TILLEULS — SIREN {siren()} — RCS Lyon
    Siège : 12 rue Garibaldi, 69006 Lyon — Capital : 1 000 €
    Gérant : M. Olivier Marchand (pièce d'identité déjà vérifiée, copie au dossier, non reproduite ici)
""")

I("es", "legal", f"""
    Ficha del inmueble para la escritura (protocolo n.º {rng.randint(1000, 3000)}):
    Referencia catastral: {digits(7)}VK{digits(4)}S{digits(4)}{rs(UP, 2)}
    Finca registral n.º {digits(5)}, Registro de la Propiedad n.º 28 de Madrid, tomo {digits(4)}, libro {digits(3)}, folio {rng.randint(1, 220)}
""")

I("en", "legal", f"""
    DocuSign envelope completed.
    Envelope ID: {uid().upper()}
    Signers: 3/3 (A. Chen, M. Obi, R. Duarte) — completed 2025-02-11 16:02 UTC
    Certificate of completion SHA-256: {sha256()}
""")

I("it", "legal", f"""
    Promemoria udienza:
    Tribunale di Milano, sez. XIII civile — R.G. n. {rng.randint(10000, 59999)}/2024 — giudice dott.ssa Ferri
    Prossima udienza: 19/03/2025 ore 10:30, aula 4. Controparte: Edil Brianza S.r.l., P.IVA {it_piva()}
""")

I("en", "legal", f"""
    Engagement letter — fee section reviewed by the agent. Client identifiers already redacted by intake:
    SSN: XXX-XX-{digits(4)}   Date of birth: on file
    Retainer: $15,000.00 deposited to the firm's IOLTA trust account (account details on the wire sheet, not here).
""")

_kwc = "WA1M"
def _kw(court="WA1M"):
    vals = {**{d: int(d) for d in DIG}, "X": 10, "A": 11, "B": 12, "C": 13, "D": 14, "E": 15, "F": 16, "G": 17,
            "H": 18, "I": 19, "J": 20, "K": 21, "L": 22, "M": 23, "N": 24, "O": 25, "P": 26, "R": 27, "S": 28,
            "T": 29, "U": 30, "W": 31, "Y": 32, "Z": 33}
    n = digits(8)
    s = sum(vals[c] * w for c, w in zip(court + n, [1, 3, 7] * 4))
    return f"{court}/{n}/{s % 10}"
I("pl", "legal", f"""
    Notatka z weryfikacji księgi wieczystej przed aktem:
    KW nr {_kw(rng.choice(['WA1M', 'KR1P', 'PO1P', 'GD1G']))} — dział III bez wpisów, dział IV: hipoteka umowna 480 000 zł na rzecz PKO BP.
    Właściciel zgodny z wypisem z rejestru gruntów. Brak przeszkód do zawarcia umowy.
""")

I("he", "legal", f"""
    סיכום: תיק אזרחי {rng.randint(10000, 69999)}-{rng.randint(1, 12):02d}-24 בבית משפט השלום בתל אביב.
    הדיון נדחה ל-12.3.2025 בשעה 09:00. יש להגיש תצהירי עדות ראשית עד 1.3.2025.
    מספר הטלפון של המזכירות: 077-2703333
""")

I("en", "legal", """
    User: opposing counsel wants the password for the data room.
    Agent: I don't have it and shouldn't relay it here. The deal team sends data-room credentials
    out-of-band to named individuals only; I've drafted a reply saying access will be granted by
    invitation from Datasite once the NDA countersignature arrives.
""")

I("ja", "legal", f"""
    法人登記情報（取得済み）
    商号：株式会社みなと物産　法人番号：{jp_corp()}
    会社法人等番号：0104-01-{digits(6)}
    本店：東京都港区芝浦三丁目4番1号　代表取締役：山本健一
""")

I("ru", "legal", f"""
    Сведения о юрлице для договора (выписка ЕГРЮЛ):
    ООО «Северный терминал», ОГРН 1{digits(12)}, ИНН {ru_inn10()}, КПП 78{digits(7)}
    Реестровый номер нотариального действия: 77/{rng.randint(100, 999)}-н/77-2025-{rng.randint(1, 9)}-{rng.randint(100, 999)}
""")

def _ico():
    while True:
        b = digits(7, True)
        s = sum(int(x) * w for x, w in zip(b, range(8, 1, -1)))
        c = (11 - s % 11) % 10
        return b + str(c)
I("cs", "legal", f"""
    Výpis z obchodního rejstříku načten:
    Stavby Morava s.r.o., IČO {_ico()}, DIČ CZ{digits(8)}
    spisová značka C {rng.randint(10000, 99999)} vedená u Krajského soudu v Brně
    Jednatel: Ing. Petr Svoboda
""")

I("el", "legal", f"""
    Στοιχεία εταιρείας για το ιδιωτικό συμφωνητικό:
    «ΑΙΓΑΙΟ ΝΑΥΤΙΛΙΑΚΗ Α.Ε.», αρ. ΓΕΜΗ {digits(12)}, ΑΦΜ {gr_afm()}, ΔΟΥ ΦΑΕ Πειραιά
    Έδρα: Ακτή Μιαούλη 47, Πειραιάς. Τηλ. 210 4291100
""")

I("en", "legal", f"""
    For confidential correspondence with our Frankfurt co-counsel use PGP.
    Key owner: Dr. Lena Hartmann <l.hartmann@hartmann-legal.de>
    Fingerprint: {group(hexs(40, upper=True), 4)}
    (Public key published on keys.openpgp.org — safe to share.)
""")

I("de", "legal", """
    Hinweis im Mandantenportal (FAQ, Abschnitt Zahlungen):
    Bitte geben Sie Ihre IBAN im Format DE89 3704 0044 0532 0130 00 ein (Beispiel, keine echte Kontonummer).
    Ihr Passwort für das Portal teilen wir Ihnen nie per E-Mail mit.
""")


# ====================================================================== ACCOUNTING / TAX
_ippin = digits(6)
S("en", "acct", f"""
    Client email forwarded to the prep queue (Harmon Tax & Bookkeeping):
    "Hi Dana — the IRS mailed me a new Identity Protection PIN this year, it's {_ippin}.
    Please use it for our joint 1040 so the e-file doesn't get rejected like last time. Thanks, Rob"
""", _ippin)

_ssn = us_ssn()
S("en", "acct", f"""
    1040 intake worksheet — Schedule C filer
    Taxpayer: Gloria Mendez      SSN: {_ssn}      Filing status: Head of household
    Business: mobile dog grooming, EIN not obtained (sole prop), gross receipts $58,240
""", _ssn)

_elster = pw_random(12, "!%&")
S("de", "acct", f"""
    Gedanke: Für die Umsatzsteuervoranmeldung der Kanzlei-Mandantin Schulte brauche ich das ELSTER-Zertifikat.
    Datei: schulte_elster.pfx, PIN/Passwort laut Mandantin: {_elster}
    → Nur für diesen Upload verwenden und danach aus dem Arbeitsverzeichnis löschen.
""", _elster)

_pnr = se_pnr()
S("sv", "acct", f"""
    Underlag till inkomstdeklaration 2024 — Redovisningsbyrå Norrsken
    Kund: Erik Lindqvist, personnummer {_pnr}
    Ränteutgifter bolån: 41 230 kr. ROT-avdrag ej aktuellt i år.
""", _pnr)

_fnr = no_fnr()
S("nb", "acct", f"""
    Melding fra kunden via portalen:
    «Hei, her er fødselsnummeret mitt som dere ba om for skattemeldingen: {_fnr}.
    Jeg har også lastet opp lønnsslippen for desember.»
""", _fnr)

_hetu = fi_hetu()
S("fi", "acct", f"""
    Tilitoimiston muistiinpano: asiakkaan verokortin muutos tehty OmaVerossa.
    Asiakas: Mikko Heinonen, henkilötunnus {_hetu}, uusi ennakonpidätysprosentti 24,5 %.
    Muutoskortti lähetetty työnantajalle.
""", _hetu)

_cpr = dk_cpr()
S("da", "acct", f"""
    Værktøjsoutput: skat.hent_aarsopgoerelse
    {{"navn": "Mette Kjær Poulsen", "cpr": "{_cpr}", "aar": 2024, "restskat": 3120.00, "status": "endelig"}}
""", _cpr)

_qbo = "AB11" + rs(B62, 46)
S("en", "acct", f"""
    tool_output (qbo.oauth.refresh):
    {{"token_type": "bearer", "expires_in": 3600, "x_refresh_token_expires_in": 8726400,
     "refresh_token": "{_qbo}", "realmId": "9341452{digits(9)}"}}
""", _qbo)

_ciec = rs(B62, 8)
S("es-MX", "acct", f"""
    Cliente (por WhatsApp): Contador, ahí le mando mis datos para la declaración anual.
    RFC: {mx_rfc_person()}
    Contraseña del SAT (CIEC): {_ciec}
    Porfa no se la pase a nadie más 🙏
""", _ciec)

def _pan(kind="P"):
    return rs(UP, 3) + kind + rs(UP, 1) + digits(4) + rs(UP, 1)
_panp = _pan("P")
S("en-IN", "acct", f"""
    ITR-2 draft for Mr. Rakesh Iyer (AY 2025-26)
    PAN: {_panp}   Aadhaar linked: yes
    Capital gains from listed equity: ₹3,42,800 (LTCG, grandfathered cost applied)
""", _panp)

_twid = tw_id()
S("zh-Hant", "acct", f"""
    使用者：幫我把媽媽的綜所稅申報資料整理一下，
    她的身分證字號是 {_twid}，扶養親屬只有我爸，醫療費收據我晚點拍照傳給你。
""", _twid)

_cnic = pk_cnic()
S("ur", "acct", f"""
    ایف بی آر ریٹرن کے لیے کلائنٹ کی معلومات:
    نام: محمد عمران خان
    شناختی کارڈ نمبر: {_cnic}
    تنخواہ سے کٹوتی شدہ ٹیکس: 184,500 روپے
""", _cnic)

_nik = id_nik()
S("id", "acct", f"""
    Catatan agen: klien minta dibantu lapor SPT Tahunan di DJP Online.
    Nama: Siti Rahmawati, NIK {_nik} (sudah dipadankan sebagai NPWP).
    Bukti potong 1721-A1 dari kantor sudah diterima.
""", _nik)

_impots = pw_human("Mimosa")
S("fr", "acct", f"""
    Message du client M. Bernard au cabinet :
    « Je vous donne l'accès à mon espace impots.gouv pour la déclaration 2044 : numéro fiscal 1{digits(12)},
    mot de passe {_impots}. Vous pouvez le changer ensuite si besoin. »
""", _impots)

_acct = digits(rng.choice([10, 12]))
_rt = aba()
S("en", "acct", f"""
    Bookkeeping note – Owner draw reimbursement for Jenna Park (personal checking, not the LLC account):
    Routing {_rt}, account {_acct}, Chase. Set up as a vendor in Bill.com with ACH, memo "owner reimb Q4".
""", _acct)

_adoaz = hu_adoaz()
S("hu", "acct", f"""
    Ügyfél üzenete a könyvelőirodának:
    „Jó napot! Az SZJA bevalláshoz: adóazonosító jelem {_adoaz}, a munkáltatói igazolást csatoltam.
    Köszönöm, Kovács Eszter”
""", _adoaz)

_arz = pw_human("Nile")
S("ar-Latn", "acct", f"""
    User: ya basha el client ba3at el password bta3 bawabet el dara2eb: {_arz}
    momken t3mel el e2rar el shahry 2abl yom 15? el username howa nour.trading
""", _arz)

# ---- accounting innocents
I("en", "acct", f"""
    1120-S e-file acknowledgement:
    Entity: Lakeside Dental Group PC — EIN {digits(2, True)}-{digits(7)}
    Submission ID: {digits(20)}   Status: ACCEPTED   Tax period: 12/31/2024
    Balance due: $0.00
""")

def _stnr():
    return f"{rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}"
I("de", "acct", f"""
    Stammdaten Mandant (GmbH), aus DATEV übernommen:
    Firma: Hoffmann Metallbau GmbH, HRB {rng.randint(10000, 99999)} Amtsgericht Dortmund
    Steuernummer: {_stnr()}   USt-IdNr.: {de_vat()}
    Wirtschaftsjahr = Kalenderjahr, Soll-Versteuerung
""")

_co_iban = fmt_iban(iban("GB"))
I("en", "acct", f"""
    Invoice INV-2025-{digits(4)} — Clarke & Moss Chartered Accountants
    Total due: £1,860.00 incl. VAT (VAT reg. GB {digits(3)} {digits(4)} {digits(2)})
    Please pay by bank transfer to Clarke & Moss Ltd: Sort code 20-{digits(2)}-{digits(2)}, IBAN {_co_iban}
    Company no. {digits(8)}. Registered office: 14 Queen Street, Leeds LS1 2TW.
""")

def _se_org():
    b = "55" + str(rng.randint(6, 9)) + digits(6)
    return b[:6] + "-" + b[6:] + luhn_digit(b)
I("sv", "acct", f"""
    Faktura från leverantör registrerad i Fortnox:
    Leverantör: Byggservice Mälardalen AB, org.nr {_se_org()}
    Bankgiro: {digits(3)}-{digits(4)}   OCR: {digits(12)}
    Belopp: 24 375,00 kr inkl. moms, förfaller 2025-02-28
""")

def _no_org():
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        b = rng.choice("89") + digits(7)
        c = 11 - sum(int(x) * y for x, y in zip(b, w)) % 11
        if c == 11:
            c = 0
        if c < 10:
            s = b + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"
I("nb", "acct", f"""
    Oppsummering av MVA-meldingen for termin 6:
    Foretak: Fjordkjøkken AS, org.nr. {_no_org()} MVA
    Utgående mva: 182 450 kr, inngående mva: 97 130 kr, å betale: 85 320 kr
    KID for innbetaling: {digits(13)}
""")

def _ytunnus():
    w = [7, 9, 10, 5, 8, 4, 2]
    while True:
        b = digits(7)
        r = sum(int(x) * y for x, y in zip(b, w)) % 11
        if r == 1:
            continue
        return b + "-" + str(0 if r == 0 else 11 - r)
I("fi", "acct", f"""
    Ostolasku kirjattu Procountoriin:
    Myyjä: Kuljetus Virtanen Oy, Y-tunnus {_ytunnus()}
    Viitenumero: {digits(10)}   Eräpäivä 15.3.2025   Summa 1 240,00 € (alv 25,5 %)
""")

def _cvr():
    w = [2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        b = digits(7, True)
        for last in range(10):
            s = b + str(last)
            if sum(int(x) * y for x, y in zip(s, w)) % 11 == 0:
                return s
I("da", "acct", f"""
    Kreditornotat: Nordlys Rengøring ApS, CVR-nr. {_cvr()}
    Faktura nr. {rng.randint(1000, 9999)} på 6.875,00 kr inkl. moms, betalt via Nets med FI-kort +71<{digits(15)}+{digits(8)}<
""")

I("en", "acct", f"""
    Bank reconciliation — Operating account (ending {digits(4)}), January:
    Statement balance 42,118.07 | Ledger balance 41,903.57 | Difference 214.50
    Cause: check #10482 cleared 02/02. Journal entry JE-{digits(5)} posted; recon ID {uid()}.
""")

def _folio():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
I("es-MX", "acct", f"""
    CFDI recibido y validado:
    Emisor: Distribuidora Azteca SA de CV — RFC DAZ{digits(6)}{rs(UP + DIG, 3)}
    Folio fiscal (UUID): {_folio()}
    Total: $18,560.00 MXN — Uso CFDI: G03 — Método de pago: PPD
""")

I("en-IN", "acct", f"""
    GSTR-1 filed for Sharma Textiles Pvt Ltd
    GSTIN: {in_gstin()}   Company PAN: {rs(UP, 3)}C{rs(UP, 1)}{digits(4)}{rs(UP, 1)}
    ARN: AA{digits(2)}0225{digits(7)}   Period: Jan 2025   Taxable value ₹18,42,300
""")

def _tw_ban():
    w = [1, 2, 1, 2, 1, 2, 4, 1]
    while True:
        b = digits(8)
        s = sum((int(x) * y) // 10 + (int(x) * y) % 10 for x, y in zip(b, w))
        if s % 10 == 0:
            return b
I("zh-Hant", "acct", f"""
    電子發票查詢結果：
    賣方：大同文具股份有限公司　統一編號 {_tw_ban()}
    發票號碼：{rs(UP, 2)}-{digits(8)}　隨機碼：{digits(4)}
    金額：NT$ 3,150（含稅）　開立日期：2025/01/22
""")

I("ja", "acct", f"""
    請求書の確認メモ：
    発行元：株式会社さくら会計サービス　適格請求書発行事業者登録番号 T{jp_corp()}
    請求金額：¥132,000（うち消費税 ¥12,000）　支払期日：2025年2月末
""")

def _fr_tva():
    s = siren()
    k = (12 + 3 * (int(s) % 97)) % 97
    return f"FR{k:02d}{s}"
I("fr", "acct", f"""
    Contrôle des factures fournisseurs (lot 2025-02) :
    Fournisseur : Transports Giraud SARL — SIRET {siret()} — TVA {_fr_tva()}
    Montant HT 4 820,00 €, TVA 964,00 €. Aucun écart avec le bon de commande BC-{digits(5)}.
""")

I("ko", "acct", f"""
    세금계산서 발행 내역
    공급자: (주)한빛회계법인  사업자등록번호 {kr_brn()}
    승인번호: 2025{digits(4)}-{digits(8)}-{digits(8)}
    공급가액 2,400,000원 / 세액 240,000원
""")

def _nfe_key():
    b = "35" + "2501" + br_cnpj().replace(".", "").replace("/", "").replace("-", "") + "55" + "001" + digits(9) + "1" + digits(8)
    s = 0
    w = 2
    for ch in reversed(b):
        s += int(ch) * w
        w = 2 if w == 9 else w + 1
    r = s % 11
    return b + str(0 if r < 2 else 11 - r)
I("pt-BR", "acct", f"""
    NF-e importada no sistema contábil:
    Chave de acesso: {group(_nfe_key(), 4)}
    Protocolo de autorização: 135250{digits(9)}   Valor total: R$ 12.480,90
""")

I("en", "acct", """
    Lesson learned: clients keep emailing password-protected PDFs of their W-2s with the password in
    the same email. Reply template now asks them to text the password to the office line instead, and
    the agent never copies the password into the client file or these notes.
""")

# ====================================================================== REAL ESTATE
_lock = digits(4)
S("en", "realestate", f"""
    Showing instructions (MLS private remarks, listing #{digits(8)}):
    Vacant. Combo lockbox on the gas meter, code {_lock}. Please turn off lights and lock the slider.
    Alarm is not armed. Call LA Kim at 512-555-0144 with feedback.
""", _lock)

_ssn2 = us_ssn()
S("en", "realestate", f"""
    Rental application received via Zillow (Unit 3B, 88 Elm Ct):
    Applicant: Marcus Bell — employer: Dell, income $6,800/mo
    SSN for screening: {_ssn2}
    Agent thought: run TransUnion SmartMove only after applicant consent box is confirmed.
""", _ssn2)

_de_iban = fmt_iban(iban("DE"))
S("de", "realestate", f"""
    Mieterselbstauskunft (Wohnung 2. OG links, Kastanienweg 8):
    Name: Julia Roth, Beruf: Lehrerin, Nettoeinkommen 3.450 €
    Konto für SEPA-Lastschrift der Miete: IBAN {_de_iban}
    Unterschrift vorhanden, SCHUFA-Auskunft liegt bei.
""", _de_iban)

_cajetin = digits(4)
S("es", "realestate", f"""
    Mensaje del propietario a la agencia:
    "Las llaves del piso de la calle Ruzafa están en el cajetín del portal. El código del cajetín es {_cajetin}
    y el del portal es el mismo de siempre. Avisad cuando terminéis las visitas."
""", _cajetin)

_digi = rng.choice("AB") + digits(4)
S("fr", "realestate", f"""
    Note de l'agent pour la visite de samedi (appartement T3, rue de la Roquette) :
    Digicode de l'immeuble : {_digi}, 4e étage gauche, clé dans la boîte à lettres n°12.
    Propriétaire absent, visite en autonomie.
""", _digi)

_immo = pw_random(11, "!.")
S("it", "realestate", f"""
    Utente: pubblica il trilocale di via Tortona sul portale, l'account agenzia è
    agenzia.navigli@gmail.com e la password è {_immo} — metti prezzo 420.000 trattabili.
""", _immo)

_rw = hexs(40)
S("nl", "realestate", f"""
    Tool-call: realworks.objecten.export
    {{"vestiging": "Makelaardij Van Dijk Utrecht", "status": "beschikbaar",
      "headers": {{"Authorization": "rwauth {_rw}"}}}}
""", _rw)

_bsb = f"{rng.choice(['062', '033', '083', '012'])}-{digits(3)}"
_auacct = digits(rng.choice([8, 9]))
S("en-AU", "realestate", f"""
    Landlord onboarding form (Ray Property Mgmt, Parramatta):
    Owner: Stephen Ng — rent disbursement to personal account
    BSB {_bsb}   Account {_auacct}   Account name: S Ng
""", _auacct)

_eid = ae_eid()
S("ar", "realestate", f"""
    مسودة عقد إيجار — تسجيل إيجاري
    المستأجر: خالد المنصوري
    رقم الهوية الإماراتية: {_eid}
    العقار: شقة 1203، برج الواحة، دبي مارينا — الإيجار السنوي 95,000 درهم
""", _eid)

_cnid = cn_id()
S("zh-Hans", "realestate", f"""
    房屋租赁合同（草稿）第一条：
    出租方（甲方）：王建国，身份证号码：{_cnid}
    承租方（乙方）：李娜
    房屋坐落：上海市徐汇区漕溪北路 88 弄 6 号 502 室
""", _cnid)

_aad = aadhaar()
S("hi", "realestate", f"""
    किरायानामा के लिए किरायेदार की जानकारी:
    नाम: सुनील वर्मा, पिता का नाम: रमेश वर्मा
    आधार संख्या: {_aad}
    मासिक किराया: ₹18,000, सिक्योरिटी डिपॉज़िट: ₹36,000
""", _aad)

_wifi = pw_human("Azure")
S("tl-en", "realestate", f"""
    Turnover checklist, Unit 17F Tower 2 (Avida BGC):
    Done na yung inspection, okay lahat ng appliances. Yung Wi-Fi ng unit: SSID Avida17F,
    password {_wifi}. Pakisabi na lang sa tenant na palitan pag settled na sila.
""", _wifi)

_mpesa = digits(4)
S("sw", "realestate", f"""
    Ujumbe kutoka kwa mwenye nyumba: "Tafadhali lipa bili ya maji ya nyumba ya Kilimani kwa kutumia simu yangu
    ya M-Pesa iliyo ofisini, PIN ni {_mpesa}. Usimpe mtu mwingine."
""", _mpesa)

_smart = digits(6)
S("en", "realestate", f"""
    tool_output: august.create_guest_access
    {{"lock": "Front door – 412 Birch Ln", "guest": "Open house Sun 1–3pm", "entry_code": "{_smart}",
     "valid_from": "2025-03-09T12:45:00-06:00", "valid_to": "2025-03-09T15:15:00-06:00"}}
""", _smart)

_mykad = my_mykad()
S("ms", "realestate", f"""
    Borang permohonan sewa — Kondominium Seri Bintang
    Nama penyewa: Nurul Aina binti Hassan
    No. MyKad: {_mykad}
    Tempoh sewa: 12 bulan bermula 1 April 2025
""", _mykad)

# ---- real estate innocents
I("en", "realestate", f"""
    New listing summary for the weekly email:
    MLS# {digits(8)} — 3 bd / 2 ba, 1,840 sq ft, 412 Birch Ln, Austin TX 78745
    APN {digits(3)}-{digits(3)}-{digits(2)} | List price $549,000 | HOA $45/mo | Built 1998
""")

I("de", "realestate", f"""
    Exposé-Entwurf (Objekt-Nr. {rng.randint(1000, 9999)}-{rs(UP, 2)}):
    3-Zimmer-Wohnung, 82 m², Baujahr 1974, Kaltmiete 1.190 €
    Energieausweis: Verbrauchsausweis, 128 kWh/(m²·a), Registriernummer BE-2024-{digits(9)}
""")

I("es", "realestate", f"""
    Ficha del anuncio (Idealista):
    Piso exterior en Ruzafa, 96 m², 3 habitaciones, 2 baños — 289.000 €
    Referencia interna: VAL-{digits(5)} — C.P. 46006 — Certificado energético: E
    Teléfono de la agencia: 963 51 22 40
""")

I("fr", "realestate", f"""
    Diagnostic de performance énergétique reçu :
    N° ADEME : {digits(2)}75E{digits(7)}{rs(UP, 1)}
    Classe énergie : D (221 kWh/m²/an), GES : B. Valable jusqu'au 14/10/2034.
""")

I("en", "realestate", f"""
    Lockbox assignment log:
    Supra iBox BT LE serial {digits(8)} moved from 19 Oak St (closed) to 412 Birch Ln.
    Shackle code changed by listing agent on site; not recorded here by policy.
""")

I("nl", "realestate", f"""
    Samenvatting taxatie-aanvraag:
    Adres: Oudegracht 211, 3511 NG Utrecht — WOZ-waarde 2024: € 512.000
    Taxateur: NRVT-registratienummer RT{digits(9)} — makelaar KvK {digits(8)}
""")

I("ar", "realestate", f"""
    تم تسجيل العقد بنجاح في نظام إيجاري.
    رقم العقد: {digits(14)}
    رقم مكاني: {digits(5)} {digits(5)}
    رسوم التسجيل: 220 درهم — سيتم إرسال الشهادة إلى البريد الإلكتروني للمالك.
""")

I("zh-Hans", "realestate", f"""
    房源核验结果：
    不动产权证书号：沪（2021）徐字不动产权第 0{digits(5)} 号
    房源核验统一编码：{digits(15)}
    建筑面积 89.36㎡，挂牌价 780 万元，核验状态：通过
""")

I("en-AU", "realestate", f"""
    Bond lodgement confirmation — NSW Fair Trading
    Rental bond number: {digits(7)}   Amount: $2,600.00
    Managing agent: Ray Property Mgmt Pty Ltd, ABN {au_abn()}
    Tenant will receive a copy by email.
""")

I("tl-en", "realestate", f"""
    Statement of account, Unit 17F Tower 2:
    SOA ref no. {digits(10)}, association dues ₱6,845.00 due on or before March 15.
    Pwede magbayad sa BPI bills payment, merchant code {digits(4)} — reference number is the unit code T2-17F.
""")

I("it", "realestate", f"""
    Annuncio pubblicato. Codice annuncio {digits(9)}.
    Classe energetica F, APE n. {digits(4)}-{digits(6)} del 03/02/2025.
    Foglio {rng.randint(10, 99)}, particella {rng.randint(100, 999)}, subalterno {rng.randint(1, 30)} — rendita catastale € 1.084,56
""")

I("sw", "realestate", f"""
    Muhtasari wa mali: Kiwanja LR No. 209/{digits(4)}, Kilimani, Nairobi.
    Hati miliki nambari IR {digits(5)}. Bei ya kuuza: KSh 38,500,000. Wakala: Jengo Bora Realtors, simu 0722 410 330.
""")

I("en", "realestate", """
    User: Did you save the new lockbox code for the Birch Lane house?
    Agent: No — I only noted that the code was changed on 3/8 and that the listing agent has it.
    Codes for occupied homes stay in ShowingTime's secure instructions, not in my notes.
""")

I("ms", "realestate", f"""
    Carian hakmilik selesai:
    Geran Mukim {digits(5)}, Lot {digits(5)}, Mukim Petaling, Daerah Petaling, Selangor
    Cukai tanah 2025: RM 312.00 — tiada kaveat didaftarkan.
""")


# ====================================================================== INSURANCE CLAIMS
_ccn = card("visa")
_cvv = cvv()
S("en", "insurance", f"""
    FNOL call transcript (auto glass claim), agent-assisted:
    Caller: ...yeah just put the $250 deductible on my card, it's {fmt_card(_ccn)}, expires {expiry()},
    and the code on the back is {_cvv}.
    Rep: Thank you, I'll process that now.
""", fmt_card(_ccn))

S("en", "insurance", f"""
    Agent memory note: the claimant on CLM-2025-{digits(6)} read out her card security code during the recorded
    call — CVV {_cvv} — the call recording must be redacted before it is attached to the claim file.
""", f"CVV {_cvv}")

_kfz = pw_random(12, "!?")
S("de", "insurance", f"""
    Nachricht des Versicherungsnehmers im Schadenportal:
    „Ich komme nicht mehr in mein Kundenkonto. Zur Sicherheit mein aktuelles Passwort: {_kfz} —
    vielleicht sehen Sie ja, was falsch ist. Es geht um den Hagelschaden vom 12.07.“
""", _kfz)

_mut = pw_human("Lavande")
S("fr", "insurance", f"""
    Pensée de l'agent : l'adhérente me demande de télécharger ses décomptes sur l'espace mutuelle.
    Identifiant : 0{digits(8)} — mot de passe fourni dans son message : {_mut}
    Je télécharge les PDF puis je lui conseille de changer son mot de passe.
""", _mut)

_gw = jwt({"sub": "svc-claims-intake", "iss": "https://login.insurer-idp.com", "aud": "claimcenter",
           "exp": 1767225600, "scope": "claims.read claims.write"}, alg="RS256")
S("en", "insurance", f"""
    tool_call: http.get
    url: https://cc.mutualsouth.com/rest/claim/v1/claims?lossDateFrom=2025-01-01
    headers: Accept: application/json
             Authorization: Bearer {_gw}
""", _gw)

def _es_nss():
    prov = rng.choice(["28", "08", "46", "41", "29"])
    num = digits(8)
    return f"{prov}/{num}/{int(prov + num) % 97:02d}"
_nss = _es_nss()
S("es", "insurance", f"""
    Parte de accidente laboral recibido de la mutua:
    Trabajador: Antonio Romero Gil — N.º de afiliación a la Seguridad Social: {_nss}
    Fecha del accidente: 03/02/2025 — Lesión: esguince de tobillo. Baja estimada: 10 días.
""", _nss)

_cf = it_cf()
S("it", "insurance", f"""
    Denuncia di sinistro RC auto (modulo CAI) trascritta:
    Veicolo A: Fiat Panda targa GD{digits(3)}{rs(UP, 2)} — conducente Lucia Bernardi, codice fiscale {_cf}
    Veicolo B: Renault Clio — controparte assicurata con UnipolSai
""", _cf)

_hoken = f"記号 {digits(8)} 番号 {rng.randint(1, 30)}"
S("ja", "insurance", f"""
    医療保険の給付金請求書（入力内容の確認）
    被保険者：高橋　優子
    健康保険証：{_hoken}
    入院期間：2025/01/08〜2025/01/15（7日間）
""", _hoken)

_carteira = f"{digits(3)} {digits(4)} {digits(4)} {digits(4)}"
S("pt-BR", "insurance", f"""
    Solicitação de reembolso — plano de saúde:
    Beneficiária: Fernanda Costa Ribeiro
    Nº da carteirinha: {_carteira}
    Consulta com dermatologista em 21/01, valor pago R$ 450,00, recibo anexado.
""", _carteira)

_kracct = f"{digits(3)}-{digits(6)}-{digits(2)}-{digits(3)}"
S("ko", "insurance", f"""
    보험금 청구 메시지 (고객 → 상담원):
    "실손보험 청구합니다. 진료비 영수증 첨부했고요, 보험금은 제 국민은행 계좌 {_kracct} 로 받을게요.
    예금주 박서준입니다."
""", _kracct)

def _jmbg():
    while True:
        y, m, d = dob(1955, 1999)
        b = f"{d:02d}{m:02d}{y % 1000:03d}{rng.choice(['71', '72', '80', '10'])}{digits(3)}"
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        c = 11 - sum(int(x) * z for x, z in zip(b, w)) % 11
        if c > 9:
            c = 0
        return b + str(c)
_jm = _jmbg()
S("sr-Cyrl", "insurance", f"""
    Пријава штете — каско осигурање
    Осигураник: Милош Јовановић, ЈМБГ {_jm}
    Возило: Škoda Octavia, рег. ознака BG-{rng.randint(100, 999)}-{rs('ABCDEFGHJKLMNPRSTUVZ', 2)}
    Опис: оштећење на паркингу, трећа лица непозната.
""", _jm)

_oib = hr_oib()
S("hr", "insurance", f"""
    Korisnik: Molim te otvori odštetni zahtjev za poplavu u podrumu. Osiguranik je Ivana Horvat,
    OIB {_oib}, polica kućanstva br. 1{digits(8)}. Fotografije šaljem poslije.
""", _oib)

_mfa = otp()
S("en", "insurance", f"""
    User (adjuster, on the phone): ok the Duo text just came in — it's {_mfa} — type it in before it times out,
    I need the Xactimate estimate for the Haskins roof claim pulled up.
""", _mfa)

def _bd_nid():
    return rng.choice(["19", "20"]) + digits(15) if rng.random() < 0.5 else digits(10, True)
_bdnid = _bd_nid()
S("bn", "insurance", f"""
    বীমা দাবির ফর্ম (জীবন বীমা):
    দাবিদার: রহিমা খাতুন, মনোনীত ব্যক্তি
    জাতীয় পরিচয়পত্র নম্বর: {_bdnid}
    পলিসি নম্বর: JBL-{digits(7)} — মৃত্যু দাবি, কাগজপত্র জমা হয়েছে
""", _bdnid)

def _mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + DIG
    s = (rng.choice("123456789") + rng.choice(L) + rng.choice(AN) + rng.choice(DIG) + rng.choice(L)
         + rng.choice(AN) + rng.choice(DIG) + rng.choice(L) + rng.choice(L) + rng.choice(DIG) + rng.choice(DIG))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"
_mb = _mbi()
S("en", "insurance", f"""
    Medicare Advantage claim appeal — member details (from intake form):
    Member: Harold Jennings, 78
    MBI: {_mb}
    Denied service: outpatient PT, 12 visits; appeal level 1 due 04/02/2025
""", _mb)

_melli = ir_melli()
S("fa", "insurance", f"""
    فرم خسارت بیمه بدنه خودرو:
    نام بیمه‌گذار: مهدی رضایی
    کد ملی: {_melli}
    شماره بیمه‌نامه: {digits(4)}/{digits(6)}/{rng.randint(1400, 1403)}
""", _melli)

# ---- insurance innocents
I("en", "insurance", f"""
    Claim file summary — CLM-2025-{digits(6)}
    Policy: PAP-{digits(9)} | Insured vehicle VIN {vin()} | Police report #{digits(2)}-{digits(6)}
    Loss: rear-end collision, I-35 N, 02/17/2025. Rental authorized 10 days at $45/day.
""")

I("de", "insurance", f"""
    Schadenmeldung erfasst:
    Schaden-Nr. {digits(2)}-{digits(7)}-{digits(2)}, Versicherungsschein-Nr. KH-{digits(9)}
    Kennzeichen: M-{rs(UP, 2)} {rng.randint(100, 9999)} — Gutachter-Termin am 24.02. um 10 Uhr
""")

I("fr", "insurance", f"""
    Déclaration de sinistre habitation enregistrée :
    N° de sinistre : {digits(10)} — N° de contrat : MRH{digits(8)}
    Réparateur agréé : Plomberie Martin, SIRET {siret()}. Franchise applicable : 150 €.
""")

I("es", "insurance", f"""
    Resumen del siniestro para el perito:
    Póliza n.º {digits(3)}-{digits(7)}, matrícula {digits(4)} {rs('BCDFGHJKLMNPRSTVWXYZ', 3)}
    Taller: Talleres Hermanos Ruiz S.L., CIF B{digits(8)}. Presupuesto: 1.840,35 € (IVA incl.)
""")

_auth = rs(UP + DIG, 6)
I("en", "insurance", f"""
    Deductible payment receipt
    Card: Visa ending {digits(4)}   Amount: $500.00   Result: APPROVED
    Authorization code: {_auth}   Transaction ID: {digits(12)}   Batch {digits(3)}
""")

I("it", "insurance", f"""
    Pratica sinistro n. {digits(4)}/{digits(7)} aperta.
    Agente: Assicurazioni Lombarde snc, iscrizione RUI A000{digits(6)}
    Perito incaricato il 12/02; la liquidazione avverrà tramite bonifico dopo la firma della quietanza.
""")

I("ja", "insurance", f"""
    事故受付完了のお知らせ
    受付番号：{digits(2)}-{digits(8)}
    証券番号：{digits(10)}
    担当：損害サービス第二課　鈴木（平日9:00〜17:00　0120-{digits(3)}-{digits(3)}）
""")

I("pt-BR", "insurance", f"""
    Sinistro aberto — seguro auto
    Número do sinistro: {digits(2)}.{digits(4)}.{digits(6)}-{digits(1)}   Protocolo ANS/SUSEP: {digits(20)}
    Corretora: Alves Seguros Ltda, código SUSEP {digits(9)} — placa {rs(UP, 3)}{digits(1)}{rs(UP, 1)}{digits(2)}
""")

I("ko", "insurance", f"""
    사고접수 완료 안내
    접수번호: {digits(4)}-{digits(7)}
    차량번호: {rng.randint(10, 399)}가 {digits(4)}
    담당 보상직원 배정 예정 (영업일 기준 1일 이내)
""")

I("sr-Cyrl", "insurance", f"""
    Преглед полисе:
    Број полисе: {digits(10)}, важи од 01.03.2025. до 28.02.2026.
    Осигуравач: ДДОР Нови Сад а.д.о., ПИБ {digits(9)}, матични број {digits(8)}
""")

I("en", "insurance", f"""
    EOB line items parsed for the appeal packet:
    CPT 97110 x4 units — billed $180.00, allowed $112.40, member resp. $22.48
    CPT 97140 x2 units — billed $95.00, allowed $58.10
    Dx: M54.50, M62.830 | Claim ICN {digits(13)}
""")

I("fa", "insurance", f"""
    خلاصه پرونده خسارت:
    شماره پرونده: {digits(8)}
    پلاک خودرو: {rng.randint(10, 99)} ج {rng.randint(100, 999)} ایران {rng.randint(10, 99)}
    مبلغ برآوردی خسارت: ۸۵٬۰۰۰٬۰۰۰ ریال — کارشناس: آقای احمدی
""")

I("en", "insurance", """
    Lesson learned: CMS documentation shows the Medicare Beneficiary Identifier format with the example
    1EG4-TE5-MK73. That example string is public and appears in our training docs; real member MBIs
    must never be stored in the knowledge base.
""")

I("hr", "insurance", f"""
    Osiguravatelj potvrdio primitak zahtjeva.
    Broj štete: {digits(4)}-{digits(6)}, polica {digits(10)}
    Procjenitelj: Croatia osiguranje d.d., OIB društva {hr_oib()} — izvid zakazan za srijedu.
""")

# ====================================================================== HR / PAYROLL
_rt2 = aba()
_acct2 = digits(rng.choice([9, 10, 11]))
S("en", "hr", f"""
    New hire direct deposit form (parsed from PDF):
    Employee: Tanya Brooks, ID E{digits(5)}
    Bank: Wells Fargo   Routing: {_rt2}   Account: {_acct2}   Type: Checking   Allocation: 100%
""", _acct2)

_ssn3 = us_ssn()
S("en", "hr", f"""
    tool_call: hris.create_worker
    {{"legal_name": {{"first": "Devon", "last": "Alvarez"}}, "hire_date": "2025-03-03",
      "national_id": {{"type": "USA-SSN", "value": "{_ssn3}"}}, "job_profile": "Warehouse Associate II"}}
""", _ssn3)

def _sv_nr():
    while True:
        y, m, d = dob(1960, 2000)
        area = rng.choice(["12", "13", "15", "23", "65"])
        letter = rng.choice(UP)
        ser = f"{rng.randint(0, 49):02d}"
        digs = area + f"{d:02d}{m:02d}{y % 100:02d}" + f"{ord(letter) - 64:02d}" + ser
        w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        s = sum((int(x) * z) // 10 + (int(x) * z) % 10 for x, z in zip(digs, w))
        return f"{area} {d:02d}{m:02d}{y % 100:02d} {letter} {ser}{s % 10}"
_svnr = _sv_nr()
S("de", "hr", f"""
    Personalfragebogen (Neueinstellung zum 01.04.):
    Name: Yusuf Demir, Steuerklasse I, Konfession: keine
    Sozialversicherungsnummer: {_svnr}
    Krankenkasse: TK — Betriebsnummer Arbeitgeber: {digits(8)}
""", _svnr)

_ne = pw_random(12, "#!")
S("fr", "hr", f"""
    Pensée de l'agent : pour déposer la DSN de février il faut le compte net-entreprises de l'entreprise.
    La gestionnaire paie m'a transmis : SIRET {siret()}, nom Durand, prénom Claire, mot de passe {_ne}.
    Après dépôt, je signale que ce mot de passe a transité par le chat.
""", _ne)

def _pl_dowod():
    vals = {c: i + 10 for i, c in enumerate(UP)}
    while True:
        letters = rs(UP, 3)
        rest = digits(5)
        for c in range(10):
            s = letters + str(c) + rest
            w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
            tot = sum((vals[ch] if ch.isalpha() else int(ch)) * x for ch, x in zip(s, w))
            if tot % 10 == 0:
                return letters + " " + s[3:]
_dowod = _pl_dowod()
S("pl", "hr", f"""
    Dane do umowy o pracę przesłane przez kandydatkę:
    Anna Zielińska, seria i numer dowodu osobistego {_dowod}, adres: ul. Piękna 3/5, 00-482 Warszawa.
    Rozpoczęcie pracy: 1 marca, stanowisko: specjalista ds. płac.
""", _dowod)

_nino = uk_nino()
S("en-GB", "hr", f"""
    Starter checklist (HMRC) — new starter, Birmingham warehouse:
    Name: Callum Reid   DOB 14/08/1999   Statement: A (first job since 6 April)
    National Insurance number: {_nino}
    Student loan: Plan 2
""", _nino)

_myn = jp_mynumber()
S("ja", "hr", f"""
    扶養控除等（異動）申告書の転記内容：
    従業員：中村　大輔（社員番号 {digits(6)}）
    個人番号：{_myn}
    控除対象配偶者：あり（中村　美咲）
""", _myn)

_up = card("unionpay")
S("zh-Hans", "hr", f"""
    员工：你好，我换了工资卡，新卡是招商银行的，卡号 {group(_up)}，开户行北京望京支行。
    麻烦这个月开始发到新卡上，谢谢！——研发部 张伟
""", group(_up))

_bca = digits(10)
S("id", "hr", f"""
    Pesan karyawan ke HRD:
    "Bu, mohon gaji bulan ini ditransfer ke rekening BCA saya yang baru: {_bca} a.n. Dimas Prasetyo.
    Rekening lama sudah saya tutup. Terima kasih."
""", _bca)

_sgk = pw_random(8, ".")
S("tr", "hr", f"""
    Ajan notu: Aylık prim ve hizmet belgesini yüklemek için SGK e-Bildirge'ye giriş yapmam gerekiyor.
    Kullanıcı adı: {digits(11)}, sistem şifresi: {_sgk}, işyeri şifresi muhasebeden gelecek.
""", _sgk)

_wd = pw_random(16, "!@#")
S("en", "hr", f"""
    tool_call: workday.soap.Get_Workers
    {{"tenant": "acme_preview", "username": "ISU_Payroll_Export@acme_preview",
      "password": "{_wd}", "effective_date": "2025-02-28", "include": ["Compensation", "Payment_Elections"]}}
""", _wd)

_nss2 = f"{rng.choice(['28', '08', '41'])} {digits(8)} {rng.randint(0, 96):02d}"
S("es", "hr", f"""
    Usuario: Da de alta en la Seguridad Social a la nueva camarera, contrato fijo discontinuo:
    Lucía Navarro Pérez, nº afiliación {_nss2}, turno de mañana. Empieza el lunes.
""", _nss2)

_clr = f"{rng.choice(['8327', '6000', '5000', '3300'])}-{rng.randint(0, 9)}"
_sekto = f"{digits(3)} {digits(3)} {digits(3)}-{digits(1)}"
S("sv", "hr", f"""
    Ny anställd, löneuppgifter:
    Namn: Sara Holm, anst.nr {digits(4)}
    Lönekonto: clearingnummer {_clr}, kontonummer {_sekto} (Swedbank, privat konto)
    Månadslön: 36 500 kr
""", _sekto)

_egn = eg_nid()
S("ar", "hr", f"""
    بيانات موظف جديد — إدارة الموارد البشرية
    الاسم: محمود عبد الرحمن السيد
    الرقم القومي: {_egn}
    الوظيفة: فني صيانة — تاريخ التعيين: ١ مارس ٢٠٢٥
""", _egn)

_aad2 = aadhaar()
S("ta", "hr", f"""
    புதிய ஊழியர் சேர்க்கை படிவம்:
    பெயர்: கார்த்திக் ராஜேந்திரன்
    ஆதார் எண்: {_aad2}
    பணி: உற்பத்தி மேற்பார்வையாளர், ஓசூர் ஆலை
""", _aad2)

_sss = f"{digits(2)}-{digits(7)}-{digits(1)}"
S("tl", "hr", f"""
    Mensahe ng bagong empleyado:
    "Ma'am, ito po yung SSS number ko para sa payroll: {_sss}. Yung PhilHealth po ihahabol ko bukas.
    Salamat po!"
""", _sss)

# ---- HR innocents
I("en", "hr", f"""
    Offer summary for approval:
    Candidate ID CAND-{digits(6)} | Req R-{digits(5)} | Cost center 4410-OPS
    Base $72,500, sign-on $3,000, start date 2025-03-17, manager: L. Ortega
""")

I("de", "hr", f"""
    Lohnabrechnung Februar — Kontrollübersicht:
    Personalnummer {digits(5)}, Steuerklasse III, Kinderfreibeträge 1,0
    Brutto 4.280,00 €, Netto 2.967,41 €. Betriebsnummer Arbeitgeber {digits(8)}. Auszahlung an IBAN DE** **** **** **** **{digits(2)} {digits(2)}
""")

I("en", "hr", f"""
    Payroll run PR-2025-{digits(3)} completed.
    ACH file: 148 entries, batch 1 trace numbers {digits(15)}–{digits(15)}
    Company ID {digits(10)} | Effective entry date 2025-02-28 | Total credits $318,442.17
""")

I("fr", "hr", f"""
    Fiche employeur pour le contrat :
    Boulangeries Lefèvre SAS — SIRET {siret()} — code NAF 10.71C
    Convention collective : IDCC 0843. Médecine du travail : AST 44, adhérent n° {digits(6)}
""")

I("ja", "hr", f"""
    雇用保険資格取得届（控え）
    事業所番号：{digits(4)}-{digits(6)}-{digits(1)}
    被保険者番号：発行後に記入
    社員番号：{digits(6)}　入社日：2025年4月1日
""")

I("zh-Hans", "hr", f"""
    入职信息核对：
    工号 {digits(6)}，部门：研发部，职级 P6
    用人单位：北京星河科技有限公司，统一社会信用代码 {cn_uscc()}
    社保缴纳地：北京，合同期限三年
""")

I("en", "hr", """
    Agent note: the new hire couldn't log in on day one. I triggered a password reset from the Okta admin
    console; Okta emailed the temporary password directly to the personal address on file, so no
    password passed through me. Reminded them MFA enrollment is required within 24h.
""")

def _regon():
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    b = digits(8, True)
    return b + str(sum(int(x) * y for x, y in zip(b, w)) % 11 % 10)
I("pl", "hr", f"""
    Dane pracodawcy do świadectwa pracy:
    Zakład Produkcyjny „Metalex” sp. z o.o., NIP {pl_nip()}, REGON {_regon()}
    KRS 0000{digits(6)} — ul. Fabryczna 12, 41-300 Dąbrowa Górnicza
""")

I("es", "hr", f"""
    Datos de la empresa para el contrato:
    Hostelería Levante S.L. — CIF B{digits(8)} — Código Cuenta Cotización {digits(2)} {digits(9)}
    Convenio: Hostelería de la Comunidad Valenciana. Categoría: camarera de pisos.
""")

I("tr", "hr", f"""
    İşyeri bilgileri (bordro sistemi):
    SGK işyeri sicil no: {digits(1)} {digits(4)} {digits(2)} {digits(2)} {digits(7)} {digits(3)} {digits(2)} {digits(2)} {digits(3)}
    Vergi no: {digits(10)} — Kadıköy V.D. — personel sayısı 48
""")

I("en", "hr", f"""
    Payslip preview (employee self-service):
    Net pay $2,814.06 deposited to account ****{digits(4)} on 02/28/2025
    YTD gross $11,403.20 | 401(k) 6% | PTO balance 42.5 h
""")

I("ar", "hr", f"""
    ملخص طلب إجازة:
    الرقم الوظيفي: {digits(5)} — القسم: الصيانة
    من ٢٠٢٥/٠٣/١٠ إلى ٢٠٢٥/٠٣/١٧ — الرصيد المتبقي: ١٤ يوماً
    رقم التواصل أثناء الإجازة: ‎+20 100 {digits(3)} {digits(4)}
""")

I("ta", "hr", f"""
    ஊதிய அறிக்கை சுருக்கம் (பிப்ரவரி):
    ஊழியர் குறியீடு: HSR-{digits(4)}, PF நிறுவனக் குறியீடு: TNHSR{digits(7)}000
    மொத்த ஊதியம் ₹38,500, PF பிடித்தம் ₹1,800, நிகர ஊதியம் ₹35,920
""")

I("tl", "hr", f"""
    Payroll summary para sa cut-off Feb 1–15:
    Kumpanya: Bayanihan Foods Inc., TIN {digits(3)}-{digits(3)}-{digits(3)}-000, SSS employer no. {digits(2)}-{digits(7)}-{digits(1)}-000
    Kabuuang net pay: ₱1,248,330.50 para sa 96 na empleyado.
""")

I("sv", "hr", f"""
    Lönespecifikation (förhandsgranskning):
    Anst.nr {digits(4)}, period 2025-02
    Bruttolön 36 500 kr, skatt 9 842 kr, nettolön 26 658 kr — utbetalning till konto som slutar på {digits(4)}
""")


# ====================================================================== FACTORIES / SCADA / PLC
_plc = rng.choice(["Line4", "Press", "Filler"]) + "!" + digits(4)
S("en", "factory", f"""
    Maintenance note — Packaging Line 4, CPU 1516-3 PN/DP:
    Changed the OB35 cycle from 100 ms to 50 ms per the integrator. Know-how / access protection is
    level 3 (full access with password); password is {_plc}. Don't download without notifying the shift lead.
""", _plc)

_wincc = pw_human("Schicht")
S("de", "factory", f"""
    Schichtbuch Spätschicht, Halle 2:
    19:40 Bandstillstand Station 12 (Lichtschranke verschmutzt), gereinigt, läuft wieder.
    20:15 Instandhaltung braucht WinCC-Login am Leitstand: Benutzer IH_Admin / Passwort {_wincc}
    22:00 Übergabe an Nachtschicht, keine offenen Störungen.
""", _wincc)

_vnc = rs(B62, 8)
S("en", "factory", f"""
    tool_call: remote.vnc_connect
    {{"host": "10.40.12.31", "port": 5900, "label": "HMI-Extruder-2 (PanelView Plus 7)",
      "password": "{_vnc}", "view_only": true}}
""", _vnc)

_tvpw = rs(LO + DIG, 6)
S("zh-Hans", "factory", f"""
    设备供应商工程师：远程协助请打开工控机上的 TeamViewer，
    ID：{digits(3, True)} {digits(3)} {digits(3)}，密码：{_tvpw}
    我这边连上后先备份 PLC 程序，再改配方参数。
""", _tvpw)

_psk = rs(string.ascii_letters + DIG, 24)
S("ja", "factory", f"""
    エージェントの思考：保守用VPNルータ（RTX830）の設定を確認。
    ipsec ike pre-shared-key 1 text {_psk}
    この事前共有鍵がメーカー保守契約書のPDFにも平文で書かれている。共有先を減らすよう報告する。
""", _psk)

_ewon = pw_random(12, "@#")
S("it", "factory", f"""
    Messaggio del responsabile manutenzione:
    "Per la teleassistenza sulla pressa 3 usa Talk2M: account STAMPAGGIO_BS, utente manutenzione,
    password {_ewon}. Il tecnico Bosch Rexroth si collega alle 15."
""", _ewon)

_comm = rs(LO, 5) + digits(3) + "_rw"
S("pl", "factory", f"""
    Konfiguracja monitoringu switchy na hali produkcyjnej (Zabbix):
    szablon: Template Net Hirschmann SNMPv2
    {{$SNMP_COMMUNITY}} = {_comm}
    Uwaga agenta: to community ma prawa zapisu — do zmiany na SNMPv3.
""", _comm)

_mq = pw_random(14, "-_")
S("en", "factory", f"""
    Agent thought: the edge gateway on Line 7 is publishing to the wrong broker. Its config has
    broker_url: mqtts://iiot_line7:{_mq}@mqtt.plant-ch1.local:8883
    I'll point it at the new broker but the password should move into the gateway's secret store.
""", _mq)

_kuka = pw_human("Robot")
S("cs", "factory", f"""
    Uživatel (údržba svařovny): Potřebuju přepnout robota KUKA na lince B do expertního režimu,
    heslo pro uživatelskou skupinu Expert je {_kuka}. Po zásahu vrať skupinu zpět na Obsluhu.
""", _kuka)

_mes = pw_random(13, "!$")
S("ko", "factory", f"""
    MES 인터페이스 설정 파일 (appsettings.json) 일부:
    "ConnectionStrings": {{ "MesDb": "Server=10.1.20.5,1433;Database=MES_PROD;User Id=mes_if;Password={_mes};TrustServerCertificate=True" }}
    → 비밀번호가 평문으로 저장되어 있음. 보안팀에 공유 필요.
""", _mes)

_wpa = pw_human("PlantaNorte")
S("es-MX", "factory", f"""
    Usuario: ¿me pasas cómo conectar las tablets de calidad al wifi de la nave 3?
    Agente: Red: NAVE3-PROD, seguridad WPA2-Personal, contraseña {_wpa}. Las tablets deben quedar en la VLAN 40.
""", _wpa)

_sak = b64(32)
S("de-en", "factory", f"""
    Kurz notiert aus dem Call mit dem Integrator: das Device im IoT Hub heißt press-line-03, connection string ist
    HostName=plant-iothub-weu.azure-devices.net;DeviceId=press-line-03;SharedAccessKey={_sak}
    — bitte nicht ins Git committen, kommt in den Key Vault.
""", _sak)

_turn = digits(6)
S("tr", "factory", f"""
    Güvenlik amirinden mesaj: Fabrika ana giriş turnikelerinin yönetici paneli şifresi değişti, yeni şifre {_turn}.
    Gece vardiyasında kart okuyucu arızalanırsa bu şifreyle manuel açılış yapılacak.
""", _turn)

_nvr = pw_random(10, "@")
S("vi", "factory", f"""
    Ghi chú bàn giao ca: đầu ghi camera xưởng may (Hikvision, 192.168.1.64) đã đổi mật khẩu admin thành {_nvr}.
    Anh Tuấn bên IT đã lưu vào sổ quản lý. Camera số 7 vẫn mất tín hiệu.
""", _nvr)

# ---- factory innocents
I("en", "factory", f"""
    Firmware staging for the CPU swap on Line 4:
    Order no. 6ES7 516-3AN02-0AB0, FW V2.9.7
    File: 6ES7516-3AN02-0AB0_V2.9.7.upd   SHA-256: {sha256()}
    Verified against Siemens SIOS download page checksum — match.
""")

I("de", "factory", f"""
    Diagnosepuffer CPU 1, Auszug:
    14:02:11.384  Ereignis-ID 16#{hexs(4, upper=True)}  Baugruppe gezogen/nicht verfügbar  E/A-Adresse 16#{hexs(3, upper=True)}
    14:02:11.390  Ereignis-ID 16#{hexs(4, upper=True)}  Stationsausfall PN-Gerät ET200SP_3 (MAC {mac()})
    14:05:47.002  Ereignis-ID 16#{hexs(4, upper=True)}  Station wiederkehrend
""")

I("en", "factory", f"""
    Modbus map for the chiller skid (from vendor manual rev C):
    40001  0x0000  Supply temp (°C x10)      RO
    40002  0x0001  Return temp (°C x10)      RO
    40010  0x0009  Setpoint (°C x10)         RW
    40100  0x0063  Alarm word (bitfield)     RO   e.g. 0x{hexs(4, upper=True)} = high pressure + flow fault
""")

I("zh-Hans", "factory", f"""
    远程维护记录：供应商工程师通过 TeamViewer（ID {digits(3, True)} {digits(3)} {digits(3)}）连接，
    临时密码由现场人员电话告知，会话结束后已自动失效，未在此记录。
    工作内容：更新配方 R-{digits(3)}，备份 PLC 程序至 \\\\fileserver\\plc_backup\\2025-02-14。
""")

I("ja", "factory", f"""
    出荷検査記録
    製造番号：{rs(UP, 2)}{digits(7)}　ロット：{digits(6)}-{digits(2)}
    図番：{rs(UP, 1)}{digits(5)}-{digits(3)}　リビジョンC
    判定：合格（寸法測定 24点すべて公差内）
""")

I("it", "factory", f"""
    Scheda macchina aggiornata:
    Pressa idraulica 250 t, matricola {digits(5)}/{rng.randint(2015, 2023)}, dichiarazione CE n. {digits(4)}-{rs(UP, 2)}
    Ultima manutenzione programmata: 10/02/2025 — contaore 18.442 h — prossimo tagliando a 19.000 h
""")

I("pl", "factory", """
    Log z TIA Portal przy próbie pobrania programu:
    "Online access: Protection level 'Full access (no protection)' is not set. Enter password to continue."
    Agent: przerwano — hasło do sterownika ma tylko kierownik utrzymania ruchu, poproszono go o zalogowanie się osobiście.
""")

I("en", "factory", f"""
    OPC UA endpoint inventory:
    opc.tcp://10.40.3.20:4840  SecurityPolicy Basic256Sha256, Mode SignAndEncrypt
    Server cert thumbprint (SHA-1): {sha1().upper()}
    Application URI: urn:KEPServerEX:Plant1   Cert valid to 2027-05-31
""")

I("cs", "factory", f"""
    Objednávka náhradních dílů:
    Zakázka č. {digits(6)}, dodavatel Hydraulika Brno s.r.o., IČO {digits(8)}
    Položky: těsnicí sada {rs(UP, 3)}-{digits(4)} (2 ks), ventil {digits(4)}-{digits(3)} (1 ks). Dodání do 5 pracovních dnů.
""")

I("ko", "factory", f"""
    설비 알람 이력 (CNC-07):
    2025-02-14 09:12  E-{digits(4)}  주축 과부하      리셋 후 정상
    2025-02-14 11:47  E-{digits(4)}  쿨런트 레벨 저하  보충 완료
    설비번호 {rs(UP, 2)}-{digits(5)}, 담당: 설비보전팀
""")

I("es-MX", "factory", f"""
    Orden de trabajo OT-{digits(6)} cerrada:
    Equipo: inyectora Engel 300 t, número de parte del sensor {digits(3)}-{digits(4)}-{rs(UP, 1)}
    Tiempo muerto: 2 h 15 min. Causa raíz: conector dañado. Se pidió refacción con PO 45{digits(8)}.
""")

I("en", "factory", """
    Runbook excerpt — gateway provisioning:
      mqtt:
        url: mqtts://{{ gateway_id }}@mqtt.plant.local:8883
        password: "${MQTT_PASSWORD}"   # injected from Vault at boot, never hard-code
    The agent should not replace ${MQTT_PASSWORD} with a literal value when editing this file.
""")

I("tr", "factory", f"""
    Cihaz envanteri (kalıphane):
    Seri no: {rs(UP, 2)}{digits(8)}, IP 10.12.4.{rng.randint(2, 250)}, MAC {mac().upper()}
    Yazılım sürümü 4.12.3-b{digits(4)}, son kalibrasyon 02.01.2025
""")

# ====================================================================== ENERGY & WATER UTILITIES
_dnp = hexs(32, upper=True)
S("en", "utility", f"""
    Substation 14 RTU commissioning sheet (SEL-3530), DNP3 Secure Authentication v5:
    Outstation address 14, master address 1
    Update key (AES-128): {_dnp}
    Key change method: symmetric. Record kept in the protection engineering vault only.
""", _dnp)

_ksk = hexs(32, upper=True)
S("de-AT", "utility", f"""
    Kundin schreibt an den Netzbetreiber-Support:
    „Ich möchte die Kundenschnittstelle meines Smart Meters für mein Energiemonitoring nutzen.
    Im Portal steht als Schlüssel {_ksk} — ist das der richtige für den Lesekopf?“
""", _ksk)

_waterpw = pw_human("Gemaal")
S("nl", "utility", f"""
    Storingsmelding gemaal De Zuidpolder, doorgegeven door de wachtdienst:
    pomp 2 in storing (thermisch). Inloggen op het telemetriesysteem kan met account wachtdienst
    en wachtwoord {_waterpw}. Graag vóór 07:00 terugkoppelen.
""", _waterpw)

_pi = basic_auth("svc_piwebapi", pw_random(14, "!#"))
S("en", "utility", f"""
    tool_call: http.get
    url: https://pi-web.gridco.internal/piwebapi/streams/F1DP{rs(B62, 20)}/recorded?startTime=*-1d
    headers: {{"Authorization": "Basic {_pi}", "X-Requested-With": "agent"}}
""", _pi)

_edf = pw_human("Soleil")
S("fr", "utility", f"""
    Message de M. Petit au service client :
    « Bonjour, je n'arrive pas à voir ma consommation Linky. Mon identifiant est jl.petit@orange.fr
    et mon mot de passe {_edf}. Pouvez-vous regarder ? »
""", _edf)

_edar = pw_random(10, "#")
S("es", "utility", f"""
    Pensamiento del agente: la alarma de nivel en el decantador secundario de la EDAR viene del SCADA
    (WinCC OA). Para confirmar necesito entrar con el usuario operador_turno / {_edar}, que me pasó el jefe de planta.
""", _edar)

_rtu = rs(B62, 10)
S("ar", "utility", f"""
    رسالة من مشرف محطة ضخ المياه:
    "وحدة RTU في محطة الرابية لا ترسل البيانات. الدخول على واجهة الويب 192.168.10.5 باسم المستخدم admin
    وكلمة المرور {_rtu} — أعد تشغيل خدمة المودبس فقط."
""", _rtu)

_eredes = pw_human("Sardinha")
S("pt-PT", "utility", f"""
    Cliente ao telefone (transcrição): "A minha conta no balcão digital da E-REDES é manuel.sa@sapo.pt,
    a palavra-passe é {_eredes}. Quero só saber porque é que a leitura de janeiro veio estimada."
""", _eredes)

_askue = pw_random(11, "_")
S("ru", "utility", f"""
    Заметка агента: доступ к АСКУЭ «Пирамида 2.0» для выгрузки получасовых профилей:
    сервер 10.5.1.12, пользователь energo_analyst, пароль {_askue}.
    Выгрузка за январь по фидерам 6 кВ — сделана, файл в папке отчётов.
""", _askue)

_hek = hexs(40)
S("en", "utility", f"""
    Agent lesson (AMI head-end integration): the Itron API key for the meter-data export
    ({_hek}) was pasted into the ticket by the vendor. I asked them to rotate it; the ticket comment
    has been hidden. Next time request the key through the secure-share link.
""", _hek)

_vpn = pw_random(12, "!")
S("fi", "utility", f"""
    Valvomon yöpäivystäjä: kaukolämmön etäyhteys toimii taas. VPN-tunnus lampo_paivystys,
    salasana {_vpn}. Lämpökeskus 3:n paluulämpötila-anturi pitää vaihtaa huomenna.
""", _vpn)

_scada_ua = pw_random(12, "@!")
S("uk", "utility", f"""
    Черговий диспетчер: після відновлення живлення на ПС «Лісова» треба перевірити SCADA.
    Логін: disp_lisova, пароль {_scada_ua}. Після перевірки змінити пароль згідно з інструкцією.
""", _scada_ua)

_bill = pw_random(10, "#")
S("sw", "utility", f"""
    Mtumiaji: Naomba uingie kwenye mfumo wa bili za maji (Nairobi Water) uangalie akaunti ya mteja.
    Jina la mtumiaji ni wanjiku.k na nenosiri ni {_bill}. Mteja analalamika bili ya Februari ni kubwa mno.
""", _bill)

# ---- utility innocents
I("en", "utility", f"""
    Meter exchange completed:
    MPAN core {mpan_core()}   Old meter S/N {digits(2)}P{digits(7)} (final read 048213.6 kWh)
    New meter S/N {rs(UP, 2)}{digits(8)}, SMETS2, IHD paired. Next read due 2025-04-01.
""")

I("nl", "utility", f"""
    Aansluitgegevens gecontroleerd:
    EAN-code elektriciteit: {ean18()}
    Adres: Kerkstraat 12, 3811 CV Amersfoort — capaciteit 3x25A — netbeheerder Stedin
""")

def _malo():
    b = rng.choice("123456789") + digits(9)
    a = sum(int(b[i]) for i in range(0, 10, 2))
    e = sum(int(b[i]) for i in range(1, 10, 2)) * 2
    return b + str((10 - (a + e) % 10) % 10)
I("de", "utility", f"""
    Anmeldung Netznutzung bestätigt:
    Marktlokations-ID: {_malo()}
    Zählpunktbezeichnung: DE000{digits(6)}{digits(5)}{rs(UP + DIG, 15)}
    Lieferbeginn 01.04.2025, Standardlastprofil H0, Jahresverbrauchsprognose 3.200 kWh
""")

I("en", "utility", f"""
    SCADA alarm summary, Reservoir 3, last 24h:
    02:14:07 RES3_LT101 HI 6.92 m (limit 6.90)  ack by op2
    02:31:55 RES3_P201 RUN_FB mismatch 0x{hexs(4, upper=True)}  cleared
    05:02:40 RES3_AIT301 Cl2 0.38 mg/L LO  ack by op2
    Event IDs: {hexs(8)}, {hexs(8)}, {hexs(8)}
""")

I("fr", "utility", f"""
    Demande de mise en service enregistrée :
    Point de livraison (PDL) : {digits(14)} — puissance souscrite 9 kVA, option Base
    Adresse : 8 allée des Tilleuls, 44300 Nantes — rendez-vous technicien le 12/03 entre 8h et 12h
""")

def _cups():
    n = digits(16)
    r = int(n) % 529
    L = "TRWAGMYFPDXBNJZSQVHLCKE"
    return "ES" + n + L[r // 23] + L[r % 23]
I("es", "utility", f"""
    Datos del suministro para el cambio de comercializadora:
    CUPS: {_cups()}
    Tarifa 2.0TD, potencia P1 4,6 kW / P2 4,6 kW — distribuidora i-DE — lectura real 12/02: 18.442 kWh
""")

I("ru", "utility", f"""
    Квитанция за январь 2025:
    Лицевой счёт № {digits(10)}, счётчик Меркурий 201.8, заводской № {digits(8)}
    Показания: день 12458, ночь 4031. К оплате: 2 318,40 ₽. Платёж принят, № операции {digits(12)}
""")

I("ar", "utility", f"""
    فاتورة الكهرباء — شهر يناير
    رقم الحساب: {digits(12)}   رقم العداد: {digits(10)}
    الاستهلاك: ٨٤٢ كيلوواط ساعة — المبلغ المستحق: ١٥٦٫٧٠ ريال
    للاستفسار اتصل على 920001100
""")

def _gsrn():
    b = "643" + digits(14)
    s = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(b))
    return b + str((10 - s % 10) % 10)
I("fi", "utility", f"""
    Sähkösopimuksen vahvistus:
    Käyttöpaikkatunnus: {_gsrn()}
    Mittarin numero: {digits(8)} — sopimus alkaa 1.3.2025, hinta 8,49 snt/kWh
""")

I("en", "utility", f"""
    RTU firmware bundle ready for the March outage window:
    SEL-3530 R{rng.randint(140, 160)}-V{rng.randint(0, 9)}  package sha256 {sha256()}
    Signed by vendor key ID 0x{hexs(16, upper=True)}. Passwords/keys are not part of the bundle;
    commissioning engineers load them from the protection vault on site.
""")

def _eic():
    vals = {**{d: int(d) for d in DIG}, **{c: 10 + i for i, c in enumerate(UP)}}
    b = "62Z" + rs(UP + DIG, 12)
    s = sum(vals[c] * (16 - i) for i, c in enumerate(b))
    r = (36 - (s - 1) % 37) % 37
    chars = DIG + UP + "-"
    return b + chars[r if r < 37 else 0]
I("uk", "utility", f"""
    Дані точки комерційного обліку для договору:
    EIC-код: {_eic()}
    Адреса: вул. Садова, 14, м. Житомир — лічильник NIK 2104, заводський № {digits(10)}
""")

I("pt-PT", "utility", f"""
    Pedido de ligação registado:
    CPE: PT0002000{digits(9)}{rs(UP, 2)}
    Potência contratada 6,9 kVA, tarifa simples — n.º do pedido {digits(10)}, técnico agendado para 14/03
""")


# ====================================================================== AVIATION MAINTENANCE
_amos = pw_random(12, "!#")
S("en", "aviation", f"""
    Contractor onboarding (line maintenance, night shift): temporary AMOS access while badge is processed.
    Username: CTR_JHALE   Password: {_amos}
    Access limited to work order sign-off for A320 fleet, expires 2025-03-31.
""", _amos)

_hangar = digits(5)
S("en", "aviation", f"""
    User: heads up for tonight — the hangar 2 personnel door keypad was re-coded after the audit.
    New code is {_hangar}*, same for the tool crib. Don't prop the door open, security will write it up.
""", _hangar + "*")

_coffre = digits(4)
S("fr", "aviation", f"""
    Consigne de passation, escale ORY, équipe de nuit :
    Le coffre à clés des avions (bureau maintenance, porte B12) a un nouveau code : {_coffre}.
    F-HBXA reste AOG en attente de la roue n°3.
""", _coffre)

_airbus = pw_human("Kranich")
S("de", "aviation", f"""
    Gedanke des Agenten: Für das Service Bulletin zur Bremsentemperatursensorik brauche ich Zugriff auf AirbusWorld.
    Techniker Wagner hat mir seine Zugangsdaten geschickt (Benutzer: h.wagner@lhtech.example, Passwort {_airbus}).
    Ich nutze sie nur zum Herunterladen und melde, dass persönliche Logins nicht geteilt werden sollen.
""", _airbus)

_ilsk = rs(HEX, 32)
S("es", "aviation", f"""
    tool_call: piezas.buscar_disponibilidad
    {{"part_number": "2314M20-3", "condition": ["NE", "OH"], "proveedor": "ILS",
      "api_key": "{_ilsk}", "cantidad": 2}}
""", _ilsk)

_airside = digits(4) + "#"
S("ar", "aviation", f"""
    ملاحظة تسليم الوردية — قسم الصيانة، مطار الملك خالد:
    تم تغيير رمز بوابة الدخول إلى ساحة الطائرات رقم 7 إلى {_airside}
    الطائرة HZ-AS{rng.randint(10, 99)} جاهزة للرحلة الصباحية بعد استبدال الإطار.
""", _airside)

_senha = pw_random(10, "@")
S("pt-BR", "aviation", f"""
    Mensagem do inspetor no grupo da manutenção:
    "Pessoal, o sistema de controle técnico de manutenção voltou. Usuário de turno: mnt.noturno, senha {_senha}.
    Lancem as tarefas do PR-AXB até as 5h."
""", _senha)

_mdm = rs(UP + DIG, 8) + "-" + rs(UP + DIG, 8)
S("en", "aviation", f"""
    EFB iPad re-enrollment instructions (sent to the agent by IT):
    Open Settings > General > VPN & Device Management > enroll with code {_mdm}
    The code is single-use per device and enrolls into the Flight Ops profile.
""", _mdm)

_menjin = digits(6)
S("zh-Hans", "aviation", f"""
    用户：机库东侧门禁密码改了，新的是 {_menjin}，夜班的兄弟记一下。
    B-30AK 的左发孔探检查明天上午做，工卡已经打印好了。
""", _menjin)

_mbf = pw_human("Garuda")
S("id", "aviation", f"""
    Catatan teknisi: akun MyBoeingFleet hanggar Cengkareng — user ops.hangar3, kata sandi {_mbf}.
    Dipakai untuk unduh AMM revisi terbaru B737 MAX. Tolong jangan dibagikan di grup WA.
""", _mbf)

_ruarch = pw_random(9, "!")
S("ru", "aviation", f"""
    Сообщение инженера смены:
    «Для расшифровки бортового накопителя RA-89001 зайди в программу «Луч» под учёткой analiz_smena,
    пароль {_ruarch}. Результаты нужны к разбору в 9:00.»
""", _ruarch)

_nokkel = digits(4)
S("nb", "aviation", f"""
    Vaktoverlevering, linjevedlikehold Gardermoen:
    Nøkkelskapet i hangar 1 har fått ny kode: {_nokkel}. LN-RKN står ute på stand 41 med MEL-punkt på APU-en.
""", _nokkel)

# ---- aviation innocents
I("en", "aviation", f"""
    Work order WO-{digits(7)} — A320-214, tail N{rng.randint(100, 999)}NK, MSN {rng.randint(3000, 9999)}
    Task: replace No. 2 main wheel assy, P/N 3-1563, S/N {rs(UP, 1)}{digits(5)}, ATA 32-41-11
    Torque 180–220 lbf·ft, cotter pin installed, CRS signed by AMT {digits(7)} (cert no.)
""")

I("fr", "aviation", f"""
    Compte rendu de visite A-check terminé :
    Avion F-HB{rs(UP, 2)}, MSN {rng.randint(5000, 9999)}, heures cellule 18 442, cycles 9 031
    CRS n° {digits(6)} émis le 14/02/2025 — prochain A-check à 750 FH
""")

I("de", "aviation", f"""
    Wareneingang Ersatzteile (EASA Form 1 geprüft):
    P/N 2314M20-3, S/N {rs(UP, 2)}{digits(5)}, Zustand OH
    Form 1 Tracking-Nr. {rs(UP, 3)}-{digits(6)}, Freigabe durch EASA.145.{digits(4)}
    Lagerplatz R{rng.randint(1, 9)}-F{rng.randint(1, 20)}
""")

_sq = rng.choice(["4721", "6042", "2615", "5356"])
I("en", "aviation", f"""
    Ferry flight after maintenance — ATC notes:
    Assigned squawk {_sq}, departure frequency 125.350, ICAO 24-bit address {hexs(6, upper=True)}.
    Emergency squawk reminders: 7500 / 7600 / 7700. Transponder test passed during ground run.
""")

I("es", "aviation", f"""
    Reprogramación por mantenimiento no programado:
    Vuelo IB{rng.randint(3000, 3999)} MAD-LIS, avión EC-{rs(UP, 3)} sustituido por EC-{rs(UP, 3)}
    Localizadores afectados: {pnr()}, {pnr()}, {pnr()} — asientos reasignados sin cambios de clase.
""")

I("zh-Hans", "aviation", f"""
    工卡完成情况（B-30AK，A330-300）：
    工卡号 {digits(8)}：左发孔探检查 — 已完成，无超标损伤
    工卡号 {digits(8)}：货舱烟雾探测器测试 — 已完成
    放行人员执照号 {rs(UP, 2)}-{digits(6)}
""")

I("ar", "aviation", f"""
    تحديث حالة الرحلة:
    الرحلة SV{rng.randint(1000, 1999)} الرياض — جدة، الطائرة HZ-AS{rng.randint(10, 99)}
    البوابة 28، موعد الإقلاع الجديد ١٤:٣٥ بعد إتمام فحص ما قبل الرحلة
""")

I("pt-BR", "aviation", f"""
    Ordem de serviço encerrada:
    Aeronave PR-AX{rs(UP, 1)}, ATR 72-600, horas de voo 12.804, ciclos 15.233
    OS nº {digits(6)}/2025 — troca de hélice nº 1, S/N FR{digits(4)}, conforme AMM 61-10-00
""")

I("en", "aviation", f"""
    Sealant batch record for the wing panel rework:
    PR-1782 B2, lot {digits(6)}, mix ratio 10:1 by weight, pot life 2 h, tack-free 10 h at 77°F
    Applied by tech ID {digits(5)}; sample coupon #{digits(3)} retained for QA.
""")

I("nb", "aviation", f"""
    Notat fra testflyging etter C-sjekk:
    LN-RK{rs(UP, 1)}, transponderkode 4{digits(3)}, tårnfrekvens 118.305, bakke 121.905
    Ingen anmerkninger, flyet frigitt til tjeneste kl. 16:40.
""")

I("id", "aviation", f"""
    Laporan paket kerja hanggar:
    Pesawat PK-LQ{rs(UP, 1)}, B737-900ER, nomor paket kerja WP-{digits(6)}
    Temuan: 3 (semua tertutup), jam terbang 32.118, siklus 21.904
""")

I("ru", "aviation", f"""
    Карта-наряд № {digits(6)} закрыта.
    ВС RA-89{digits(3)} (SSJ100), заводской № 95{digits(3)}, двигатель SaM146 № {digits(6)}
    Выполнено: замена фильтра гидросистемы «зелёная». Подпись инженера, табельный № {digits(5)}
""")

# ====================================================================== SHIPPING & CUSTOMS BROKERS
_ace = pw_random(14, "!$#")
S("en", "shipping", f"""
    Broker desk memo — ACE portal login for the new trainee (to be changed at first sign-in):
    Account: ABI filer 9ZX, user lchen_trainee, temporary password {_ace}
    Supervisor: M. Alvarez. Trainee must complete CBP cyber awareness before first filing.
""", _ace)

_sftp = pw_random(16, "-_")
S("en", "shipping", f"""
    tool_output: cat ~/edi/partners/maersk.ini
    [sftp]
    host = sftp.edi-carrier.example.net
    port = 22
    user = broker_0423
    password = {_sftp}
    inbound = /IN/315
""", _sftp)

_douane = pw_human("Haven")
S("nl", "shipping", f"""
    Bericht van de teamleider douane-aangiften:
    "AGS-portaal is weer bereikbaar. Gebruik vandaag het gedeelde account aangifte02 met wachtwoord {_douane},
    de eHerkenning van Joost werkt nog niet. MRN's graag in het dossier zetten."
""", _douane)

_atlas = digits(6)
S("de", "shipping", f"""
    Nachricht an den Agenten: Bitte die Ausfuhranmeldung für Sendung {digits(6)} in ATLAS senden.
    Das Zertifikat der Zollabteilung liegt auf dem Token, PIN {_atlas}. Nach dem Senden bitte MRN zurückmelden.
""", _atlas)

_ka = digits(8)
S("zh-Hans", "shipping", f"""
    报关员留言：今天用公司的“单一窗口”卡介质申报，卡口令是 {_ka}，
    报关单录入后先暂存，等我核对完 HS 编码再正式申报。
""", _ka)

_pcs = pw_random(10, "#$")
S("es", "shipping", f"""
    Pensamiento: el contenedor sigue en "pendiente de levante" en la PCS de Valenciaport. Entro con el usuario
    transitaria_levante y la contraseña {_pcs} que dejó Jorge en el ticket, y reviso el estado del DUA.
""", _pcs)

_pin_gr = digits(6)
S("el", "shipping", f"""
    Μήνυμα προς τον οδηγό (μέσω του πράκτορα):
    «Καλημέρα. Για την παραλαβή του κοντέινερ {iso6346()} από τον σταθμό του Πειραιά,
    το PIN αποδέσμευσης είναι {_pin_gr}. Ισχύει μέχρι Παρασκευή 18:00.»
""", _pin_gr)

_rel_pin = rs(UP + DIG, 8)
S("en", "shipping", f"""
    Carrier release email (forwarded to the agent):
    Container {iso6346()} / B/L MAEU{digits(9)} has been released. Terminal: APM Maasvlakte II.
    Pickup PIN: {_rel_pin}
    Please share the PIN only with the assigned haulier.
""", _rel_pin)

_bilge = pw_random(9, ".")
S("tr", "shipping", f"""
    Gümrük müşaviri yardımcısının notu: BİLGE'ye giriş için firma kullanıcı kodu {digits(11)},
    şifre {_bilge}. Bugün 3 ithalat beyannamesi tescil edilecek, GTİP kontrolleri yapıldı.
""", _bilge)

_cert = pw_random(12, "!@")
S("ko", "shipping", f"""
    관세사 사무실 메모: UNI-PASS 수입신고는 사무실 공동인증서로 진행.
    인증서 비밀번호: {_cert}
    오늘 신고 건: 3건 (컨테이너 2, 항공 1)
""", _cert)

_fasah = pw_human("Dammam")
S("ar", "shipping", f"""
    المستخدم: ادخل على منصة فسح بحساب المكتب (broker.office2) وكلمة المرور {_fasah}
    وتابع حالة البيان الجمركي للشحنة القادمة من جبل علي.
""", _fasah)

_vnaccs = pw_random(10, "@")
S("vi", "shipping", f"""
    Nhân viên khai báo hải quan nhắn: "Anh nhập giúp tờ khai nhập khẩu trên VNACCS, tài khoản người sử dụng
    là HQ_CTY_TANPHAT, mật khẩu {_vnaccs}. Hàng là linh kiện điện tử, mã HS em gửi sau."
""", _vnaccs)

_icegate = pw_human("Nhava")
S("hi-Latn", "shipping", f"""
    User: Sir, ICEGATE pe shipping bill file karna hai. Login id: cha_mumbai07, password {_icegate}.
    Container 2 hai, port JNPT, LEO aaj hi chahiye.
""", _icegate)

# ---- shipping innocents
I("en", "shipping", f"""
    Arrival notice parsed:
    Vessel MSC AURORA ({imo()}), voyage 504W, ETA Savannah 2025-03-04
    Containers: {iso6346()} (40HC, seal {digits(7)}), {iso6346()} (40HC, seal {digits(7)})
    B/L MEDU{digits(7)} — booking {digits(9)} — free time 4 days
""")

I("nl", "shipping", f"""
    Aangifte ten invoer aanvaard:
    MRN: 25NL{rs(UP + DIG, 13)}{rng.choice(DIG)}
    Importeur: Van Leeuwen Logistics B.V., EORI NL{digits(9)}
    Goederencode 8471 30 00 — douanewaarde € 48.210,00 — status: vrijgegeven
""")

I("de", "shipping", f"""
    Luftfrachtsendung für Zollanmeldung:
    AWB {awb()}, 3 Colli, 412 kg, Ursprung CN
    Zolltarifnummer 8504 40 30 — MRN 25DE{rs(UP + DIG, 13)}{rng.choice(DIG)}
""")

I("en", "shipping", f"""
    Pallet labels generated for consolidation:
    SSCC {sscc()}  — 48 cartons — dest DC Reno
    SSCC {sscc()}  — 40 cartons — dest DC Reno
    UPS return label {ups()}
""")

I("zh-Hans", "shipping", f"""
    报关单状态查询：
    报关单号 {digits(18)}，提单号 COSU{digits(10)}
    商品编码 8517620090，申报状态：海关放行，放行时间 2025-02-14 10:22
""")

I("es", "shipping", f"""
    Levante concedido:
    DUA 25ES00{digits(4)}{digits(10)}{rs(UP, 1)}, partida arancelaria 0806 10 10 (uva de mesa)
    Contenedor {iso6346()} — naviera: CMA CGM — terminal: CSP Valencia
""")

I("el", "shipping", f"""
    Κατάσταση φορτίου:
    Κοντέινερ {iso6346()}, σφραγίδα {digits(8)}, πλοίο MAERSK EDIRNE ({imo()})
    Εκτελωνισμός ολοκληρώθηκε, αρ. διασάφησης 25GR{digits(14)}
""")

I("tr", "shipping", f"""
    Beyanname bilgisi:
    Beyanname no: 25{digits(6)}IM{digits(6)}, GTİP 8708.99.97.90.00
    Konteyner {iso6346()}, çıkış ülkesi DE — durum: muayene yapıldı, ödeme bekleniyor
""")

I("ko", "shipping", f"""
    수입신고 수리 안내
    신고번호: {digits(5)}-{digits(2)}-{digits(7)}M
    HS부호: 8542.31-0000 — 화물관리번호: {digits(2)}{rs(UP, 4)}{digits(7)}-{digits(4)}-{digits(3)}
""")

I("ar", "shipping", f"""
    تم إصدار البيان الجمركي:
    رقم البيان: {digits(7)}-{digits(2)}
    رقم الحاوية: {iso6346()} — بوليصة الشحن {digits(10)}
    المنفذ: ميناء الملك عبدالعزيز بالدمام
""")

I("vi", "shipping", f"""
    Kết quả phân luồng: tờ khai số {digits(12)} — luồng xanh.
    Mã HS 8542.31.00, container {iso6346()}, cảng Cát Lái. Người khai: Cty TNHH Tân Phát, MST {digits(10)}
""")

I("en", "shipping", """
    User: can you send the trucker the release PIN for the two Maersk boxes?
    Agent: The PIN isn't in any message I can see. Maersk publishes it in the carrier portal to the
    assigned haulier directly, so I've asked dispatch to confirm the haulier assignment instead.
""")

I("hi-Latn", "shipping", f"""
    Shipping bill status: SB no. {digits(7)} dated 14-02-2025, port INNSA1
    IEC {rs(UP, 5)}{digits(4)}{rs(UP, 1)}, LEO granted 16:42 — containers {iso6346()}, {iso6346()}
""")


# ====================================================================== NEWSROOMS
_sd = " ".join(rng.sample(["gravel", "orbit", "tulip", "census", "marrow", "plaza", "quiver", "saddle", "lantern",
                           "ribbon", "ozone", "walnut", "cobalt", "fennel", "harbor", "meadow"], 7))
S("en", "news", f"""
    Investigations desk handover (encrypted notes, do not forward):
    SecureDrop journalist workstation passphrase for the backup Tails stick: {_sd}
    Only the two named journalists use it; rotate after the election series publishes.
""", _sd)

_wpapp = " ".join(rs(LO + DIG, 4) for _ in range(6))
S("en", "news", f"""
    tool_call: wordpress.create_post
    {{"site": "https://www.valleyherald.com", "user": "agent-publisher",
      "application_password": "{_wpapp}",
      "title": "County approves $4.2M water main upgrade", "status": "draft", "categories": [12, 48]}}
""", _wpapp)

_xoxb = slack_tok("xoxb")
S("en", "news", f"""
    Agent thought: the breaking-news alert bot stopped posting to #newsdesk. Checked the cron env:
    SLACK_BOT_TOKEN={_xoxb}
    Token looks valid, the bot was just removed from the channel. Re-invite rather than mint a new token.
""", _xoxb)

_afp = pw_random(11, "!?")
S("fr", "news", f"""
    Message du chef d'édition :
    « Le compte AFP Forum de la rédaction a été réinitialisé. Identifiant : redaction.ouest, mot de passe : {_afp}.
    Téléchargez les photos du conseil municipal avant 17h. »
""", _afp)

_dpa = rs(HEX, 40)
S("de", "news", f"""
    Werkzeugaufruf: dpa.api.meldungen_abrufen
    {{"ressort": "Politik", "seit": "2025-02-14T06:00:00+01:00", "format": "ninjs",
      "api_key": "{_dpa}"}}
""", _dpa)

_zip = pw_random(14, "#%&")
S("es", "news", f"""
    Nota interna (unidad de investigación): la fuente envió los contratos en un ZIP cifrado con AES-256.
    Contraseña del archivo, dictada por teléfono: {_zip}
    Descomprimir solo en el portátil aislado de la sala 3.
""", _zip)

_proton = pw_human("Redaktsiya")
S("ru", "news", f"""
    Пользователь: зайди в общий ящик редакции на Proton (tips@newsroom-example.me), пароль {_proton},
    и выгрузи письма с вложениями за последние три дня. Ничего не удаляй.
""", _proton)

_bk = recovery_codes(1)[0]
S("uk", "news", f"""
    Нотатка агента: шеф-редакторка втратила телефон. Для входу в Google-акаунт редакції використала
    резервний код {_bk} (кожен код одноразовий). Після цього згенерувати нові коди й повідомити її.
""", _bk)

_tg = telegram_bot()
S("ar", "news", f"""
    إعدادات بوت تيليغرام لقناة الأخبار العاجلة (من ملف config.py):
    BOT_TOKEN = "{_tg}"
    CHANNEL = "@alkhabar_aajil"
    ملاحظة: هذا الملف موجود في مستودع عام، يجب إلغاء الرمز فوراً.
""", _tg)

_vpnfa = pw_random(12, "@#")
S("fa", "news", f"""
    پیام دبیر سرویس: برای دسترسی به آرشیو از خارج دفتر، از وی‌پی‌ان تحریریه استفاده کن.
    نام کاربری: archive_desk و رمز عبور: {_vpnfa}
    لطفاً این رمز را در گروه عمومی نفرست.
""", _vpnfa)

_apkey = rs(B62, 32)
S("en", "news", f"""
    tool_output: env | grep AP_
    AP_MEDIA_API_BASE=https://api.ap.org/media/v
    AP_MEDIA_API_KEY={_apkey}
    AP_FEED_ID=elections-2025
""", _apkey)

_kapw = pw_human("Tbilisi")
S("ka", "news", f"""
    რედაქტორის შეტყობინება: საიტის ადმინ-პანელში შესვლა — მომხმარებელი: newsdesk,
    პაროლი: {_kapw}. დღის მთავარი სტატია 18:00-მდე უნდა გამოქვეყნდეს.
""", _kapw)

_grwifi = pw_human("Efimerida")
S("el-Latn", "news", f"""
    User: re paidia, o kwdikos tou wifi sto neo grafeio einai {_grwifi}, to diktyo legetai NEWSROOM_5G.
    Mhn ton grafete sto koino google doc.
""", _grwifi)

_rl = digits(6)
S("en", "news", f"""
    Security checklist for the Kyiv trip (reporter: D. Haines):
    - Signal registration lock PIN: {_rl} (needed if the SIM is swapped; keep off paper)
    - Burner laptop encrypted, recovery key escrowed with security desk
    - Check-in schedule: 09:00 and 21:00 UTC
""", _rl)

_hypw = pw_random(10, "!")
S("hy", "news", f"""
    Խմբագրի հաղորդագրություն. լուսանկարների արխիվի մուտքը՝ օգտանուն photodesk, գաղտնաբառ {_hypw}։
    Վաղվա համարի համար ընտրիր երեք լուսանկար։
""", _hypw)

_ghp = gh_token("ghp")
S("en", "news", f"""
    Data desk lesson learned: the election-results scraper repo briefly went public with a .env containing
    GITHUB_TOKEN={_ghp}
    GitHub secret scanning caught it within minutes; token revoked, history rewritten. Use repo secrets instead.
""", _ghp)

_dh = discord_hook()
S("en", "news", f"""
    User: wire up the weather-alert feed to our community Discord, here's the webhook:
    {_dh}
    Post only NWS warnings for Tri-County, not watches.
""", _dh)

# ---- newsroom innocents
_sn = " ".join(digits(5) for _ in range(12))
I("en", "news", f"""
    Verified the source's Signal contact in person before the interview.
    Safety number matched on both phones:
    {_sn}
    (Safety numbers are public verification fingerprints, fine to record in the source log.)
""")

I("en", "news", f"""
    Tip line box for the print edition footer:
    Call or text (555) 014-2291 · Email tips@valleyherald.com
    SecureDrop: {rs('abcdefghijklmnopqrstuvwxyz234567', 56)}.onion
    Our PGP key fingerprint is printed on the Contact page.
""")

I("en", "news", f"""
    CMS publish log:
    post_id={digits(6)} slug=county-water-main-upgrade rev={digits(3)} status=published
    hero image: AP photo {hexs(32)} (sha1 {sha1()})
    purge CDN: request id {uid()} OK
""")

I("fr", "news", f"""
    Dépêches reçues ce matin (fil AFP) :
    AFP {rs(UP + DIG, 5)} — 14/02/2025 08:12 — « Grève SNCF : trafic perturbé en Île-de-France »
    AFP {rs(UP + DIG, 5)} — 14/02/2025 08:40 — « Conseil municipal de Rennes : vote du budget »
    Référence photo : AFP_{rs(UP + DIG, 6)}
""")

I("de", "news", """
    Textentwurf Wirtschaft: „Bei dem Angriff auf den Onlinehändler erbeuteten die Täter nach eigenen
    Angaben Passwörter und Zugangstoken von rund 40.000 Kundenkonten. Das Unternehmen rät allen Nutzern,
    ihr Passwort zu ändern und die Zwei-Faktor-Authentifizierung zu aktivieren.“
""")

I("en", "news", """
    Explainer draft (tech desk): Each year the most common leaked passwords are still "123456",
    "password" and "qwerty". Security researchers recommend a password manager and unique passphrases;
    the agent checked these examples against the NCSC list cited in paragraph four.
""")

I("es", "news", """
    Fragmento del reportaje: "El hash MD5 5f4dcc3b5aa765d61d8327deb882cf99 aparece millones de veces en
    las filtraciones: corresponde a la palabra 'password'", explica la investigadora. Verificado con
    la fuente y con el informe técnico citado.
""")

I("ru", "news", f"""
    Выходные данные для сайта:
    Сетевое издание «Городские вести». Свидетельство о регистрации СМИ ЭЛ № ФС 77-{digits(5)} от 12.03.2019.
    Главный редактор: Петрова И. С. Телефон редакции: +7 (495) {digits(3)}-{digits(2)}-{digits(2)}
""")

I("uk", "news", f"""
    Акредитація на пресконференцію підтверджена:
    Номер посвідчення журналіста НСЖУ {digits(5)}, редакція «Вечірній Житомир»
    Початок о 12:00, зал засідань міськради, вхід з паспортом.
""")

I("ar", "news", f"""
    جدول النشر لليوم:
    ١٠:٠٠ تقرير الميزانية (رقم القصة {digits(6)}) — حظر النشر حتى الساعة ١٢:٠٠ بتوقيت مكة
    ١٥:٠٠ مقابلة وزير النقل — المصوّر: رقم البطاقة الصحفية {digits(5)}
""")

I("ka", "news", f"""
    პრესსამსახურის კონტაქტები: ტელ. +995 32 2{digits(2)} {digits(2)} {digits(2)},
    ელფოსტა press@tbilisi.example.ge. აკრედიტაციის ნომერი: {digits(4)}/2025.
""")

I("en", "news", f"""
    Photo desk import (EXIF summary):
    Camera Nikon Z8, body serial {digits(7)}, lens NIKKOR Z 24-120mm, 1/500s f/5.6 ISO 400
    File DSC_{digits(4)}.NEF  sha256 {sha256()}
    Caption approved; credit: Valley Herald / R. Osei
""")

I("el-Latn", "news", f"""
    Agent summary: to reportaz gia to limani anevike sto site, post id {digits(6)}.
    Epikoinwnia me to grafeio typou: 210 {digits(3)} {digits(4)}. Epomeno thema: apergia lianemporiou.
""")

I("en", "news", """
    Lesson learned: a reporter asked me to "just remember" her CMS password so she wouldn't need to type it.
    I declined and pointed her to the newsroom's 1Password vault; the CMS item is referenced as
    op://Newsroom/WordPress Editor/password and is resolved only at runtime by the publishing script.
""")

# ====================================================================== RESEARCH LABS
_osk = ssh_ed25519_private("mlopez@hpc-login01")
S("en", "research", "Postdoc pasted this into the lab chat asking why the cluster rejects it:\n" + _osk +
  "\nAgent: that's your private key, not the public one. Please delete the message and generate a new pair.", _osk)

_akid = aws_akid()
_aks = aws_secret()
S("en", "research", f"""
    tool_output: cat ~/.aws/credentials   (sequencing core workstation)
    [seqcore]
    aws_access_key_id = {_akid}
    aws_secret_access_key = {_aks}
    region = us-east-2
""", _aks)

_ela = digits(1) + "-" + hexs(84)
S("de", "research", f"""
    Gedanke: Das Skript zum Import der Messdaten in eLabFTW scheitert mit 403. Im Notebook steht
    API_KEY = "{_ela}"
    — der Schlüssel hat nur Leserechte. Ich bitte Frau Dr. Weber, einen Schlüssel mit Schreibrechten anzulegen.
""", _ela)

_zen = rs(B62, 60)
S("fr", "research", f"""
    Appel d'outil : zenodo.deposit.create
    {{"access_token": "{_zen}", "metadata": {{"title": "Données de spectrométrie — campagne 2024",
      "upload_type": "dataset", "creators": [{{"name": "Moreau, Claire", "orcid": "{orcid()}"}}]}}}}
""", _zen)

_nas = pw_random(12, "!#")
S("ja", "research", f"""
    研究室Slackでの教授の発言：
    「NASの管理画面（http://192.168.0.20:5000）に入って容量を確認しておいて。
    ユーザーは labadmin、パスワードは {_nas}。学生には教えないこと。」
""", _nas)

_hpc = pw_human("Tianhe")
S("zh-Hans", "research", f"""
    用户：帮我在超算中心提交作业，账号 nsccsz_lihua，密码 {_hpc}，
    用 GPU 分区，4 卡，时长 48 小时，脚本在 /public/home/lihua/md_run.sh
""", _hpc)

_hf = "hf_" + rs(string.ascii_letters, 34)
S("en", "research", f"""
    Agent thought: the fine-tuning job can't pull the gated model. The notebook cell has
    login(token="{_hf}")
    which belongs to a student who left the lab. I'll request a new org token instead of reusing it.
""", _hf)

_oai = openai_key()
S("it", "research", f"""
    Revisione del notebook analisi_interviste.ipynb prima della pubblicazione su GitHub:
    cella 3 contiene  client = OpenAI(api_key="{_oai}")
    → da rimuovere e sostituire con variabile d'ambiente; la chiave va revocata perché il notebook è già stato condiviso.
""", _oai)

_glob = rs(string.ascii_letters + DIG, 43)
S("pt-BR", "research", f"""
    Saída da ferramenta (globus login --no-local-server):
    Transfer token: {_glob}
    Expira em: 2025-02-16T18:22:04Z
    Próximo passo: iniciar a transferência do endpoint do laboratório para o cluster da universidade.
""", _glob)

_nliban = fmt_iban(iban("NL"))
S("en", "research", f"""
    Participant compensation request — Study NL-{digits(5)}.058.24, visit 3 completed
    Participant code P-0{digits(3)} (name held by the study nurse only)
    Pay €40 to the participant's personal account: {_nliban}
""", _nliban)

_krpc = pw_random(10, "!")
S("ko", "research", f"""
    실험실 공지: 공초점 현미경 PC 원격 접속 정보가 바뀌었습니다.
    AnyDesk 주소는 관리자에게 문의, 무인 접속 비밀번호는 {_krpc} 입니다. 외부 공유 금지.
""", _krpc)

_isik = ee_isikukood()
S("et", "research", f"""
    Uuringu nõusolekuvorm (skaneeritud, tuvastatud tekst):
    Osaleja: Kadri Tamm, isikukood {_isik}
    Kinnitan, et olen tutvunud uuringu eesmärkide ja riskidega. Allkiri, kuupäev 12.02.2025
""", _isik)

_ant = anthropic_key()
S("en", "research", f"""
    Code review comment on PR #214 (lab-tools/transcribe):
    > config.py line 9: ANTHROPIC_API_KEY = "{_ant}"
    Please move this to the lab's secrets manager and rotate the key; CI logs already printed it once.
""", _ant)

_hepw = pw_human("Technion")
S("he", "research", f"""
    הודעה ממנהל המעבדה: הסיסמה החדשה למחשב של מכשיר ה-PCR היא {_hepw}
    נא לא לשמור אותה בדפדפן ולהתנתק בסוף כל ריצה.
""", _hepw)

_jtok = hexs(48)
S("en", "research", f"""
    tool_output (jupyter server list):
    Currently running servers:
    http://gpu-node07:8888/?token={_jtok} :: /home/rpatel/projects/crispr-screen
""", _jtok)

_egn = bg_egn()
S("bg", "research", f"""
    Данни за изплащане на хонорар по проект (научен сътрудник на граждански договор):
    Име: Георги Петров Иванов, ЕГН {_egn}
    Сума: 1 200 лв., проект КП-06-Н{digits(2)}/{rng.randint(1, 9)}
""", _egn)

# ---- research innocents
I("en", "research", f"""
    Reference check for the manuscript revision:
    doi:10.{rng.randint(1000, 9999)}/{rs(LO, 4)}.{digits(4)}.{digits(5)}  — cited in Methods 2.3
    arXiv:{rng.randint(2301, 2412)}.{digits(5)}v2  — preprint of the same dataset
    Corresponding author ORCID {orcid()}; funding NIH R01 GM{digits(6)}
""")

I("en", "research", f"""
    Sequencing run delivered:
    Run {rng.randint(230101, 250228)}_A0{digits(4)}_{digits(4)}_{rs(UP, 9)}  (NovaSeq X)
    Sample S{digits(3)}_R1.fastq.gz  sha256 {sha256()}
    SRA accession: SRR{digits(8)}; reference genome GCF_000001405.40
""")

I("de", "research", f"""
    Chemikalienbestellung für AG Krüger:
    Natriumazid, CAS {cas()}, 100 g, Charge {rs(UP, 2)}{digits(6)}
    Tris-Base, CAS 77-86-1, 1 kg — Kostenstelle {digits(6)}, Bestellnummer 45{digits(8)}
""")

I("fr", "research", f"""
    Enregistrement de l'essai clinique :
    EU CT n° 2024-5{digits(5)}-{digits(2)}-00 — ClinicalTrials.gov NCT0{digits(7)}
    Promoteur : CHU de Bordeaux — numéro de protocole CHUBX 2024/{digits(2)}
""")

I("ja", "research", f"""
    試薬管理台帳（更新）
    アセトニトリル（HPLC用）CAS 75-05-8、ロット {rs(UP, 3)}{digits(4)}、開封日 2025/02/10
    ウシ血清アルブミン CAS 9048-46-8、ロット {digits(7)}、保管場所 冷蔵庫B-2
""")

I("zh-Hans", "research", f"""
    项目信息（用于论文致谢）：
    国家自然科学基金面上项目，批准号 {digits(8)}
    省重点研发计划 {rng.randint(2022, 2024)}YFB{digits(7)}
    实验数据已上传至 Science Data Bank，DOI: 10.57760/sciencedb.{digits(5)}
""")

I("en", "research", f"""
    Jupyter troubleshooting note: users kept asking where the token is. Since we switched to JupyterHub
    with university SSO there is no token in the URL anymore; kernel {uid()} was the stuck one and has
    been restarted. Token-based login is disabled in jupyterhub_config.py.
""")

I("en", "research", f"""
    Reproducibility appendix:
    code: github.com/lab-omics/screen-analysis @ commit {sha1()}
    container: ghcr.io/lab-omics/screen:1.4.2@sha256:{sha256()}
    random seed 20250214; conda env lock md5 {md5()}
""")

I("it", "research", f"""
    Scheda bibliografica per il catalogo del dipartimento:
    ISBN {gtin13("97888")}, ISSN {digits(4)}-{digits(3)}X
    Progetto PRIN 2022 codice {rng.randint(2022, 2022)}{rs(UP + DIG, 6)}, CUP {rs(UP, 1)}{digits(2)}{rs(UP, 1)}{digits(11)}
""")

I("ko", "research", f"""
    연구과제 정보
    과제번호: RS-2024-{digits(8)}
    연구책임자: 이지은 교수, 연구자등록번호 {digits(8)}
    시료 관리번호: KBN-{digits(4)}-{digits(5)} (총 48개)
""")

I("et", "research", f"""
    Uuringu kokkuvõte eetikakomiteele:
    Taotluse nr {digits(4)}/T-{rng.randint(1, 12)}, osalejaid 212, pseudonüümitud koodid P001–P212.
    Andmed säilitatakse Tartu Ülikooli HPC keskuses, ligipääs ainult uurimisrühmale.
""")

I("en", "research", f"""
    Primer order (IDT), 25 nmol, standard desalting:
    FWD_exon4  5'-{rs('ACGT', 22)}-3'
    REV_exon4  5'-{rs('ACGT', 21)}-3'
    Probe      5'-/56-FAM/{rs('ACGT', 24)}/3IABkFQ/-3'
""")

_png = b64s(bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + rbytes(24))
I("en", "research", f"""
    Figure placeholder embedded in the lab wiki page (1x1 transparent pixel, inline):
    <img alt="spacer" src="data:image/png;base64,{_png}">
    Replace with the real Western blot image after quantification.
""")

I("en", "research", f"""
    Cluster access request approved. Public key added to authorized_keys on hpc-login01:
    {ssh_ed25519_pub("rpatel@lab-laptop")}
    The private key never leaves the user's laptop.
""")

I("bg", "research", f"""
    Информация за проекта за годишния отчет:
    Договор № КП-06-Н{digits(2)}/{rng.randint(1, 9)} от {rng.randint(1, 28)}.{rng.randint(1, 12):02d}.2023 г., Фонд „Научни изследвания“
    ЕИК на института: {digits(9)}, публикации: 4 (2 в Q1 списания)
""")

I("he", "research", f"""
    סיכום ניסוי: הרצת PCR מספר {digits(4)}, פלייט {rs(UP, 2)}-{digits(3)}
    מספר אצווה של הריאגנט: {digits(7)}. התוצאות הועלו לתיקייה המשותפת של המעבדה.
""")


# ====================================================================== HOTELS & TRAVEL BACK OFFICES
_amx = card("amex")
S("en", "hotel", f"""
    Reservation comments (Opera, conf. {digits(8)}):
    Guest arriving late ~01:30, guarantee on Amex {fmt_card(_amx)} exp {expiry()} — card holder Mr. P. Langford.
    Requests high floor, feather-free pillows. Rate code BAR2, 3 nights.
""", fmt_card(_amx))

_opera = pw_random(12, "!@")
S("en", "hotel", f"""
    Night audit handover — Harbor View Hotel
    Opera Cloud login for the relief auditor: user NA_RELIEF2, password {_opera}
    End-of-day ran 03:12, no open folios. Printer in back office jammed again.
""", _opera)

_safe2 = digits(6)
S("en", "hotel", f"""
    Engineering ticket #4471 — Room 1208 in-room safe locked, guest checked out.
    Used the master override code {_safe2} from the engineering binder; contents (passport wallet) logged and moved to front office safe.
""", _safe2)

_boite = digits(4)
S("fr", "hotel", f"""
    Message automatique envoyé au client (check-in autonome) :
    « Bonjour M. Lambert, votre chambre n°6 vous attend. La boîte à clés est à droite de l'entrée, code {_boite}.
    Le petit-déjeuner est servi de 7h à 10h. Bon séjour ! »
""", _boite)

_vcc = card("mc")
_vcvv = cvv()
S("es", "hotel", f"""
    Tarjeta virtual emitida por la agencia para el pago del hotel (grupo congreso SEMERGEN):
    Número: {_vcc}  Caducidad: {expiry()}  CVC: {_vcvv}  Importe máx.: 12.480,00 €
    Cargar solo a la salida del grupo.
""", _vcc)

_bcom = pw_human("Gondola")
S("it", "hotel", f"""
    Utente (receptionist): Non riesco a entrare nell'extranet di Booking per chiudere le camere di Capodanno.
    Login: hotelcanalgrande, password {_bcom}. Puoi farlo tu? Chiudi le doppie dal 30/12 al 2/1.
""", _bcom)

_amad = pw_random(10, "#")
S("de", "hotel", f"""
    Notiz des Agenten: Reisebüro Sonnenschein — Amadeus Selling Platform, Office ID FRAL{digits(3)}{rs(UP, 2)},
    Sign-in 1234AA, Passwort laut Büroleiterin {_amad}. Nur für die Umbuchung der Gruppe Müller verwendet.
""", _amad)

_jcb = card("jcb")
S("ja", "hotel", f"""
    予約担当からの引継ぎ：
    お客様（山田様、12/24〜2泊）のカード情報を電話で伺いました。
    JCB {group(_jcb, 4, '-')}　有効期限 {expiry()}
    チェックイン時に本人確認の上、PMSに登録してください。
""", group(_jcb, 4, "-"))

_thwifi = pw_human("Sawasdee")
S("th", "hotel", f"""
    ข้อความถึงแขก: ยินดีต้อนรับสู่รีสอร์ทของเรา
    Wi-Fi: RESORT_GUEST  รหัสผ่าน: {_thwifi}
    อาหารเช้าเสิร์ฟที่ห้องอาหารชั้น 1 เวลา 06:30–10:30 น.
""", _thwifi)

_sabre = rs(B62, 8)
S("en", "hotel", f"""
    tool_call: sabre.auth.token
    {{"grant_type": "client_credentials", "client_id": "V1:{digits(6)}:{rs(UP + DIG, 4)}:AA",
      "client_secret": "{_sabre}", "pcc": "{rs(UP + DIG, 4)}"}}
""", _sabre)

_arpp = rs(UP, 1) + digits(8)
S("ar", "hotel", f"""
    بطاقة تسجيل النزيل — فندق الريم، أبوظبي
    الاسم: يوسف حداد — الجنسية: الأردن
    رقم جواز السفر: {_arpp} — تاريخ الانتهاء: 2029/08/14
    رقم الغرفة: 714، المغادرة: 18 فبراير
""", _arpp)

_mir = card("mir")
S("ru", "hotel", f"""
    Гость по телефону: «Оплачу проживание картой Мир, номер {group(_mir)}, срок действия {expiry()}.
    Счёт на организацию не нужен». Агент: передано в бухгалтерию для предоплаты.
""", group(_mir))

_troy = card("troy")
S("tr", "hotel", f"""
    Misafirden gelen e-posta: "Rezervasyonumu garantilemek için kart bilgilerim: {_troy}, son kullanma {expiry()},
    CVV {cvv()}. Odayı 3 gece tutabilir misiniz?"
""", _troy)

_pp2 = passport("GB")
S("en", "hotel", f"""
    Corporate travel booking — traveller profile update (Clarity Travel):
    Traveller: Ms. Rebecca Holt, British citizen
    Passport no. {_pp2}, issued 2022-05-10, expires 2032-05-10
    Loyalty: BA Executive Club Gold, seat pref aisle
""", _pp2)

_ampw = pw_human("Lalibela")
S("am", "hotel", f"""
    የሆቴሉ ሥራ አስኪያጅ መልእክት፦ የቦታ ማስያዣ ስርዓቱ መግቢያ ስም reception01 ነው፣
    የይለፍ ቃሉ {_ampw} ነው። ከዛሬ ምሽት በኋላ እቀይረዋለሁ።
""", _ampw)

_twpp = rng.choice(["3", "8"]) + digits(8)
S("zh-Hant", "hotel", f"""
    旅行社團體名單（台北—京都 五日遊）：
    3. 陳怡君　護照號碼 {_twpp}　效期 2030/11/02　素食
    請於出發前三天傳給日本地接社。
""", _twpp)

_pmsdb = pw_random(14, "!-")
S("en", "hotel", f"""
    Agent lesson learned: the revenue-management export kept failing because someone hard-coded the PMS
    reporting DB DSN in the scheduler — Driver={{ODBC Driver 18}};Server=pms-rpt;Uid=rm_export;Pwd={_pmsdb};
    Moved it to the scheduler's credential store and asked IT to rotate the password.
""", _pmsdb)

# ---- hotel innocents
I("en", "hotel", f"""
    Booking confirmation — Harbor View Hotel
    Confirmation no. {digits(8)}   Guest: P. Langford   Room type: King Deluxe, high floor
    Arrive 02/14/2025, depart 02/17/2025, rate $219.00/night + tax
    Card on file: Amex ending {digits(4)} (guarantee only)
""")

I("en", "hotel", f"""
    Flight itinerary for the sales team offsite:
    PNR {pnr()} — UA 1487 SFO→DEN 07:10, seat 14C
    E-ticket {eticket()}   Fare basis KAA7AFEN   Baggage 1PC
    Return PNR {pnr()} — UA 2210 DEN→SFO 18:45
""")

I("fr", "hotel", f"""
    Confirmation de réservation de groupe :
    N° de réservation : {digits(9)} — 24 chambres doubles, 3 nuits
    Hôtel des Remparts SAS — SIRET {siret()} — TVA 10 %, taxe de séjour incluse
    Contact : 04 90 {digits(2)} {digits(2)} {digits(2)}
""")

I("es", "hotel", f"""
    Billetes emitidos para el grupo:
    Localizador Renfe: {rs(UP + DIG, 6)} — AVE 03063 Madrid–Sevilla, coche 5, plazas 6A–9D
    Número de billete aéreo: {eticket()} — IB 0418 BIO–MAD
    Factura de la agencia n.º FA-{digits(6)}
""")

I("it", "hotel", f"""
    Nuova prenotazione da Booking.com:
    Numero di conferma: {digits(10)}
    Ospite: Sig.ra Giulia Ferri, 2 adulti, camera doppia vista canale, 3 notti
    Totale: € 684,00 — pagamento in struttura
""")

I("de", "hotel", f"""
    Rechnung Nr. R-{digits(6)} — Hotel Alpenblick GmbH, USt-IdNr. {de_vat()}
    Zimmer 214, 2 Nächte à 129,00 €, Frühstück inkl., Kurtaxe 4,80 €
    Bezahlt mit Visa ****{digits(4)}, Autorisierung {rs(UP + DIG, 6)}
""")

I("ja", "hotel", f"""
    ご予約内容の確認
    予約番号：{digits(10)}
    宿泊日：2025年3月20日〜2泊　和室10畳（禁煙）　大人2名
    お支払い：現地決済　お問い合わせ：0460-{digits(2)}-{digits(4)}
""")

I("th", "hotel", f"""
    ยืนยันการจอง
    หมายเลขการจอง: {digits(9)}
    ห้อง Deluxe Pool View 2 คืน (1–3 มี.ค. 2568) ราคา 8,400 บาท รวมอาหารเช้า
    โทรศัพท์โรงแรม: 076 {digits(3)} {digits(3)}
""")

I("ar", "hotel", f"""
    تأكيد الحجز
    رقم الحجز: {digits(9)} — فندق الريم، أبوظبي
    غرفة ديلوكس مطلة على البحر، ليلتان، الإجمالي ١٬٨٤٠ درهم
    البطاقة المستخدمة: **** **** **** {digits(4)}
""")

def _iata():
    b = digits(7, True)
    return b + str(int(b) % 7)
I("en", "hotel", f"""
    Agency settlement report (BSP), period 2025-02-01 to 2025-02-15:
    IATA agency code {_iata()}   Tickets issued: 84   Refunds: 3   ADMs: 0
    Net remittance USD 48,211.60 — remittance advice {digits(10)}
""")

I("ru", "hotel", f"""
    Подтверждение бронирования № {digits(8)}
    Гостиница «Невский берег», стандартный двухместный номер, 12–15 марта
    Гарантия: карта •••• {digits(4)}. Телефон ресепшн: +7 812 {digits(3)}-{digits(2)}-{digits(2)}
""")

I("tr", "hotel", f"""
    Rezervasyon özeti: rezervasyon no {digits(9)}, oda 305 (deniz manzaralı), 3 gece, yarım pansiyon.
    Otel vergi no {digits(10)}, fatura no GIB2025{digits(9)}. Ödeme: kredi kartı **** {digits(4)}.
""")

I("en", "hotel", """
    Guest FAQ answer drafted by the agent:
    "The Wi-Fi network name and password are printed on the sleeve of your key card. If you can't find it,
    the front desk can print a new sleeve for you." (No password included — it changes weekly.)
""")

I("zh-Hant", "hotel", f"""
    訂位確認：
    訂位代號 {pnr()}，長榮航空 BR{rng.randint(100, 199)} 桃園—關西，2025/04/03 08:50
    電子機票號碼 {eticket()}，團體票，行李 23kg×2
""")

I("am", "hotel", f"""
    የቦታ ማስያዣ ማረጋገጫ፦ ቁጥር {digits(8)}፣ ክፍል 305፣ ሁለት ምሽቶች (የካቲት 10–12)።
    ስልክ፦ +251 11 {digits(3)} {digits(4)}
""")

# ====================================================================== SCHOOL & UNIVERSITY ADMINISTRATION
_ps = rs(HEX, 8) + "-" + rs(HEX, 4) + "-" + rs(HEX, 4) + "-" + rs(HEX, 4) + "-" + rs(HEX, 12)
S("en", "edu", f"""
    tool_call: powerschool.oauth.token
    {{"url": "https://district.powerschool.com/oauth/access_token",
      "client_id": "{uid()}", "client_secret": "{_ps}", "grant_type": "client_credentials"}}
""", _ps)

_parent = pw_human("Soccer")
S("en", "edu", f"""
    Parent message (via school contact form):
    "Hi, I'm locked out of the parent portal again. My username is kgarcia_mom and the password I keep trying
    is {_parent}. Can you check if it's right? I need to sign Liam's field trip form."
""", _parent)

_exam = rs(string.ascii_letters + DIG, 10)
S("en", "edu", f"""
    Exams office to invigilators, 08:55:
    The password for the CHEM201 final exam PDF is {_exam}
    Open only when all students are seated. Do not write it on the board.
""", _exam)

_moodle = pw_random(13, "!&")
S("de", "edu", f"""
    Gedanke des Agenten: Das Moodle-Update auf 4.3 braucht den Admin-Zugang. Herr Kessler hat im Ticket
    geschrieben: Benutzer admin, Passwort {_moodle}. Nach dem Update empfehle ich ein neues Passwort und MFA.
""", _moodle)

_pronote = pw_human("Chaton")
S("fr", "edu", f"""
    Message d'un parent à la vie scolaire :
    « Bonjour, je ne reçois plus les notes de ma fille. Mon identifiant Pronote est mdurand3 et mon mot de passe
    {_pronote}. Pouvez-vous vérifier mon compte ? »
""", _pronote)

_aula = pw_random(9, ".")
S("es", "edu", f"""
    Alumno (correo a secretaría): No puedo entrar al aula virtual para subir el TFG. Usuario: a.ruiz23,
    contraseña {_aula}. La entrega cierra hoy a las 23:59, ¿me podéis ayudar?
""", _aula)

_mag = pw_human("Fietsen")
S("nl", "edu", f"""
    Bericht van een docent: "Kun jij de cijfers van 3 havo B invoeren in Magister? Mijn inlog is
    j.vermeer en wachtwoord {_mag}. De toetsen liggen gescand in de gedeelde map."
""", _mag)

_ssn4 = us_ssn()
S("en", "edu", f"""
    FAFSA verification worksheet (V1) — Financial Aid Office
    Student: Jasmine Carter   Student ID {digits(9)}
    SSN: {_ssn4}
    Household size 4, number in college 2 — tax transcript received 02/10
""", _ssn4)

_librus = pw_random(10, "!")
S("pl", "edu", f"""
    Wiadomość od wychowawczyni: „Zalogowałam się na swoje konto w Librusie na komputerze w pokoju nauczycielskim
    i zapomniałam się wylogować. Login 8{digits(6)}u, hasło {_librus} — możesz to zgłosić administratorowi, żeby je zresetował?”
""", _librus)

def _niss():
    w = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]
    b = rng.choice("12") + digits(9)
    return b + str(9 - sum(int(x) * y for x, y in zip(b, w)) % 10)
_ns = _niss()
S("pt-PT", "edu", f"""
    Ficha de matrícula (ensino superior) — dados do estudante:
    Nome: Beatriz Almeida Santos, n.º de estudante 2025{digits(5)}
    NISS: {_ns}
    Bolsa DGES: candidatura submetida
""", _ns)

_krparent = pw_random(11, "!@")
S("ko", "edu", f"""
    학부모 문의 (학교 홈페이지):
    "e알리미 계정 비밀번호를 잊어서요. 제가 쓰던 비밀번호가 {_krparent} 였는데 이걸로 다시 설정해 주실 수 있나요?
    아이 이름은 최서윤, 3학년 2반입니다."
""", _krparent)

_skrc = cz_rc()
S("sk", "edu", f"""
    Prihláška na štúdium — údaje uchádzača:
    Meno: Martin Kováč, dátum narodenia 11. 4. 2006
    Rodné číslo: {_skrc}
    Študijný program: Informatika, denná forma
""", _skrc)

_canvas = f"{rng.randint(1, 9)}~" + rs(string.ascii_letters + DIG, 64)
S("en", "edu", f"""
    Agent thought: the gradebook sync script uses a personal Canvas access token belonging to the registrar:
    CANVAS_TOKEN="{_canvas}"
    That token has admin scope. I'll stop the script and ask for a developer key with a narrower scope.
""", _canvas)

_zoom = digits(6)
S("en", "edu", f"""
    Oral exam schedule — Dept. of Linguistics, PhD qualifying exams
    Candidate: T. Nguyen, Friday 10:00
    Zoom meeting ID 8{digits(2)} {digits(4)} {digits(4)}, passcode {_zoom} (committee only)
""", _zoom)

_taj = hu_taj()
S("hu", "edu", f"""
    Tábori jelentkezési lap (iskolai nyári tábor):
    Tanuló neve: Nagy Bence, 6.b
    TAJ-szám: {_taj}
    Gyógyszerérzékenység: penicillin. Szülő telefonszáma: +36 30 {digits(3)} {digits(4)}
""", _taj)

_sis = pw_human("Savannah")
S("en", "edu", f"""
    User (registrar's office): the transcript batch job is failing. Connection string in the job config is
    Server=sis-db01;Database=Banner;User Id=transcript_batch;Password={_sis};
    can you see if it's the password expiring?
""", _sis)

_sfx = rng.choice(["ka", "ku", "pa"]) + digits(4)
S("tl-en", "edu", f"""
    Registrar note: Pina-reset ko na yung password ng student portal ni Juan dela Cruz (student no. 2023-{digits(5)}).
    Temporary password niya: {_sfx}Temp! — kailangan niya palitan pag first login.
""", _sfx + "Temp!")

# ---- education innocents
I("en", "edu", f"""
    Enrollment confirmation:
    Student ID {digits(9)} — Spring 2025
    CHEM 201 (CRN {digits(5)}) MWF 09:00–09:50, Hall B 120
    MATH 221 (CRN {digits(5)}) TR 11:00–12:15, Science Center 310
""")

I("en", "edu", """
    Exams office memo (agent summary): PDF passwords for the CHEM201 and BIO110 finals will be sent to
    invigilators by text at 08:55 on exam day. Do not request them earlier and do not store them in
    shared drives. Spare printed copies are in the locked cabinet in room 1.14.
""")

I("de", "edu", f"""
    Immatrikulationsbescheinigung Sommersemester 2025
    Matrikelnummer: {digits(7)}
    Studiengang: B.Sc. Informatik, 4. Fachsemester
    Semesterbeitrag 312,50 € bezahlt am 10.02.2025 (Verwendungszweck {digits(7)}-SS25)
""")

I("fr", "edu", f"""
    Emploi du temps — BTS SIO 1re année
    Groupe TD2, salle B{rng.randint(101, 312)}, lundi 8h–10h : Cybersécurité (M. Roche)
    Code du cours sur Moodle : SIO1-CYB-{digits(4)} — UAI du lycée : {digits(7)}{rs(UP, 1)}
""")

I("es", "edu", f"""
    Matrícula formalizada — curso 2024/25
    Expediente n.º {digits(6)}, asignaturas: Estadística II (código {digits(6)}), Econometría (código {digits(6)})
    Importe: 1.284,60 € fraccionado en 4 plazos. Referencia de pago {digits(12)}
""")

I("nl", "edu", f"""
    Inschrijving bevestigd:
    Studentnummer {digits(7)}, opleiding Bedrijfskunde (CROHO {digits(5)})
    Vakcode BK2{digits(3)} — tentamen 14 april, zaal EDUC-{rs(UP, 1)}{digits(2)}
""")

I("en", "edu", f"""
    Zoom link for the open-day info session (public, posted on the admissions page):
    https://university.zoom.us/j/8{digits(10)}
    Meeting ID: 8{digits(2)} {digits(4)} {digits(4)} — no passcode, waiting room off.
""")

I("en", "edu", f"""
    LTI 1.3 registration details for the plagiarism tool (to give to the vendor):
    Client ID {digits(17)}   Deployment ID {digits(2)}:{sha1()}
    Platform issuer https://canvas.instructure.com   JWKS URL https://sso.canvaslms.com/api/lti/security/jwks
""")

def _album():
    return digits(6, True)
I("pl", "edu", f"""
    Protokół egzaminu — Analiza matematyczna I, termin I
    Numer albumu {_album()} — ocena 4,0; numer albumu {_album()} — ocena 3,5; numer albumu {_album()} — ocena 5,0
    Protokół nr {digits(4)}/2025 zatwierdzony w USOS.
""")

I("ko", "edu", f"""
    수강신청 결과
    학번: 2023{digits(5)}
    과목: 자료구조 (학수번호 CSE{digits(4)}-{digits(2)}), 운영체제 (학수번호 CSE{digits(4)}-{digits(2)})
    총 신청학점: 18학점
""")

def _ico2():
    b = digits(7, True)
    s = sum(int(x) * w for x, w in zip(b, range(8, 1, -1)))
    return b + str((11 - s % 11) % 10)
I("sk", "edu", f"""
    Údaje školy do prihlášky:
    Gymnázium Jura Hronca, Novohradská 3, Bratislava — IČO {_ico2()}, EDUID {digits(9)}
    Kód študijného odboru 7902 J — gymnázium
""")

I("hu", "edu", f"""
    Iskola adatai a pályázathoz:
    OM azonosító: {digits(6)}, adószám: {digits(8)}-2-{digits(2)}
    Tanulói létszám 642 fő, pedagógusok száma 48.
""")

I("pt-PT", "edu", f"""
    Pauta publicada:
    Unidade curricular Programação I (código {digits(5)}), época normal, 87 inscritos
    Código da escola DGEEC {digits(4)}; consulta de provas a 20/02 das 14h às 16h, sala 2.{rng.randint(1, 30)}
""")

I("en", "edu", f"""
    Transcript request #{digits(6)} fulfilled via Parchment.
    Document ID {uid()} — delivered to admissions@stateu.edu
    Checksum (sha256) of the signed PDF: {sha256()}
""")

I("tl-en", "edu", f"""
    Enrollment summary ni Juan dela Cruz, student no. 2023-{digits(5)}, BS Civil Engineering 2nd year.
    Assessment: ₱28,450.00, OR no. {digits(7)}. Pwede na siya mag-print ng COR sa portal.
""")


# ====================================================================== EXTRA MIXED ENTRIES
_lp = pw_random(11, "!")
S("en", "aviation", f"""
    tool_output: tail -n 3 /var/log/nginx/mx-portal.access.log
    10.8.2.41 - - [14/Feb/2025:02:13:07 +0000] "GET /static/app.js HTTP/1.1" 200 48211 "-" "Mozilla/5.0"
    10.8.2.41 - - [14/Feb/2025:02:13:09 +0000] "GET /legacy/login.cgi?user=ctr_jhale&pass={_lp}&fleet=A320 HTTP/1.1" 302 0 "-" "Mozilla/5.0"
    10.8.2.41 - - [14/Feb/2025:02:13:09 +0000] "GET /workorders?open=1 HTTP/1.1" 200 9932 "-" "Mozilla/5.0"
""", _lp)

_sig = sas_sig()
S("en", "utility", f"""
    Vendor asked for last month's interval data. Agent generated a read-only link:
    https://gridcometer.blob.core.windows.net/exports/interval_2025-01.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-03-01T00:00:00Z&spr=https&sig={_sig}
    Link expires March 1.
""", _sig)

_sg = sendgrid()
S("en", "shipping", f"""
    Agent thought: customs status emails to importers bounce since Tuesday. The notifier container runs with
    SENDGRID_API_KEY={_sg}
    The key is fine (200 on /v3/scopes); the problem is the unverified sender domain.
""", _sg)

_tw = hexs(32)
_twsid = twilio_sid()
S("en", "factory", f"""
    Alarm SMS relay config (boiler house), read from /etc/alarm-relay/config.yml:
    twilio:
      account_sid: {_twsid}
      auth_token: {_tw}
      from: "+15125550177"
""", _tw)

_rst = b64url(32)
S("en", "health", f"""
    Forwarded by a nurse who never requested it: "Password reset for your StaffLink account —
    https://stafflink.mercyhealth.org/account/reset?uid=48213&token={_rst}
    This link expires in 30 minutes." Agent: reported as possible phishing/account takeover attempt; link not opened.
""", _rst)

_gcs = gocspx()
S("en", "edu", f"""
    tool_call: secrets.audit_repo
    finding: file "lms-sso/client_secret.json" line 1
    {{"web": {{"client_id": "{digits(12)}-{rs(LO + DIG, 32)}.apps.googleusercontent.com",
      "client_secret": "{_gcs}", "redirect_uris": ["https://lms.college.edu/oauth2/callback"]}}}}
""", _gcs)

S("en", "news", f"""
    Ops handover, donations desk: the hardware wallet for reader crypto donations is in the safe.
    Recovery phrase written on the card (owner: CFO), copied here by mistake during the audit:
    {MNEMONIC_12A}
    → Move funds to a new wallet and delete this note.
""", MNEMONIC_12A)

_sk = stripe_sk("sk_live_")
S("en", "hotel", f"""
    booking-engine/.env (committed to the hotel group's repo, found during the PCI review):
    STRIPE_PUBLISHABLE_KEY={stripe_pk()}
    STRIPE_SECRET_KEY={_sk}
    BOOKING_CURRENCY=EUR
""", _sk)

S("en", "acct", f"""
    Crypto tax engagement, client R. Vance — intake call notes
    Client insisted on reading the 24-word recovery phrase so we could "see all the wallets":
    {MNEMONIC_24}
    We do not need it (xpub is enough). Advised client to move funds to a new seed; note to be purged.
""", MNEMONIC_24)

S("pt-BR", "legal", f"""
    Inventário do espólio de Carlos Menezes — anotação da assistente jurídica:
    A viúva encontrou no cofre um papel com a frase de recuperação da carteira de bitcoin do falecido:
    "{MNEMONIC_12C}"
    Não incluir isso no processo; falar com o perito sobre a transferência para custódia judicial.
""", MNEMONIC_12C)

# ---- extra innocents
I("en", "aviation", f"""
    ACARS downlink decoded (maintenance report, OOOI):
    .DDLXCXA QU {rs(UP, 7)} 140213 M{digits(2)}A N{rng.randint(100, 999)}NK
    FI NK{rng.randint(100, 999)}/AN N{rng.randint(100, 999)}NK  DT DDL ATL 140213 M{digits(2)}A
    - #CFB.1/{hexs(16, upper=True)}/EGT EXCEED 1 ENG 2 REVIEW
""")

I("en", "utility", """
    Interval-data share revoked. The old link returned:
    <Error><Code>AuthenticationFailed</Code><Message>Signature not valid in the specified time frame</Message></Error>
    New exports are delivered through the vendor's SFTP; no SAS URLs should be pasted into tickets any more.
""")

I("en", "factory", f"""
    Vendor support asked for our Twilio account identifier to trace undelivered alarm SMS.
    Sent: Account SID {twilio_sid()} and message SIDs SM{hexs(32)}, SM{hexs(32)}.
    The auth token stays in the relay's secret store and was not shared.
""")

I("en", "health", """
    StaffLink email template (reviewed for the comms team):
    Subject: Reset your StaffLink password
    Body: "Hi {{first_name}}, use this link to choose a new password: {{reset_link}} — it expires in 30 minutes.
    If you didn't request this, ignore this email." (Template placeholders only.)
""")

I("en", "edu", f"""
    Google sign-in button config for the admissions site (public, shipped to browsers):
    data-client_id="{digits(12)}-{rs(LO + DIG, 32)}.apps.googleusercontent.com"
    data-login_uri="https://apply.college.edu/auth/google"
    The client secret is only on the server and not part of this snippet.
""")

I("en", "news", f"""
    Support-our-journalism page copy:
    Bitcoin: {btc_addr()}
    Ethereum: {eth_addr()}
    Donations over $200 are listed in our annual transparency report.
""")

I("en", "hotel", f"""
    Checkout widget embed for the hotel website (frontend only):
    <script src="https://js.stripe.com/v3/"></script>
    const stripe = Stripe("{stripe_pk()}");
    Publishable keys are designed to be public; the secret key lives only on the booking server.
""")

I("en", "acct", """
    Onboarding guide for the bookkeeping automation (docs excerpt):
    Set AWS credentials in ~/.aws/credentials, e.g.
      aws_access_key_id = AKIAIOSFODNN7EXAMPLE
      aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    These are AWS's documentation placeholders; replace them with your own keys locally.
""")

I("en", "legal", f"""
    App Service configuration for the matter-management API (values are references, not secrets):
    DB_PASSWORD = @Microsoft.KeyVault(SecretUri=https://kv-lawfirm-prod.vault.azure.net/secrets/mm-db-password/{hexs(32)})
    DOCUSIGN_KEY = @Microsoft.KeyVault(VaultName=kv-lawfirm-prod;SecretName=docusign-rsa)
""")

I("en", "research", f"""
    WireGuard peer added for the field station laptop (server side /etc/wireguard/wg0.conf):
    [Peer]
    PublicKey = {wg_key()}
    AllowedIPs = 10.66.0.14/32
    # the laptop keeps its own PrivateKey; never copy it to the server
""")

I("en", "insurance", f"""
    Chargeback notice received for claim deductible:
    Card {masked_card(style=1)}   ARN {digits(23)}   Reason code 13.1 (merchandise/services not received)
    Amount $500.00 — respond by 03/05/2025 with proof of service.
""")

I("en", "factory", "Firmware signing public key for the new drive controllers (from the vendor's security advisory):\n"
  + ec_public_pem() + "\nUse it to verify the .sig file before flashing; key ID "
  + hexs(16) + ".")

I("en", "shipping", f"""
    tool_output: customs-api sync (last 4 lines)
    2025-02-14T09:12:01Z INFO  request_id={uid()} GET /entries?since=2025-02-13 200 412ms
    2025-02-14T09:12:03Z WARN  request_id={uid()} POST /entries/{digits(11)}/docs 401 invalid or expired token
    2025-02-14T09:12:03Z INFO  refreshing access token via client-credentials flow
    2025-02-14T09:12:04Z INFO  request_id={uid()} POST /entries/{digits(11)}/docs 201 388ms
""")

_state = b64us(json.dumps({"listing": digits(8), "view": "gallery", "agent": "kim.l"}).encode())
I("en", "realestate", f"""
    Shareable listing link generated for the buyer:
    https://homes.example-realty.com/l/{digits(8)}?s={_state}
    (The s= parameter only encodes the gallery view preferences; it grants no access.)
""")

I("en", "hr", f"""
    Company phone issued to new hire (asset record):
    iPhone 15, IMEI {imei()}, eSIM ICCID {iccid()}
    Asset tag IT-{digits(5)} — MDM enrolled, assigned to E{digits(5)}
""")

I("en", "edu", f"""
    Required textbooks, BIO110 (Spring 2025):
    Campbell Biology, 12th ed. — ISBN {gtin13("978")}
    Lab manual — ISBN {gtin13("978")} (bookstore custom edition)
    OER alternative: openstax.org/details/books/biology-2e
""")

I("en", "utility", f"""
    Smart meter comms hub diagnostics:
    CH GUID {group(hexs(16, upper=True), 2, '-')}   IPv6 {ipv6()}
    ZigBee channel 15, HAN devices: 3 (ESME, GSME, IHD) — firmware {rng.randint(1, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}
""")

I("ne", "hotel", f"""
    बुकिङ पुष्टि: बुकिङ नम्बर {digits(8)}, कोठा नम्बर २०४, दुई रात (फागुन ५–७)।
    होटलको फोन: ०१-४{digits(6)}। भुक्तानी होटलमै गर्न सकिन्छ।
""")

I("ml", "health", f"""
    ലാബ് റിപ്പോർട്ട് സംഗ്രഹം: സാമ്പിൾ നമ്പർ {digits(10)}, രജിസ്ട്രേഷൻ നമ്പർ OP-{digits(6)}.
    ഹീമോഗ്ലോബിൻ 12.8 g/dL — സാധാരണ പരിധിയിൽ. ഡോക്ടറെ കാണാനുള്ള തീയതി: മാർച്ച് 3.
""")

I("ru-Latn", "shipping", f"""
    Privet, konteiner {iso6346()} uzhe v portu Novorossiysk, deklaratsiya nomer 10317{digits(3)}/{digits(6)}/{digits(7)}.
    Parol' ot lichnogo kabineta tamozhni ne nuzhen, status vidno po nomeru DT na saite.
""")

I("hi-Latn", "hr", f"""
    Payroll update: employee code EMP{digits(5)} ka salary credit ho gaya, UTR no. {rs(UP, 4)}R{digits(15)}.
    Bank account ka last 4 digit {digits(4)} hai, poora number HRMS me hi rahega.
""")

I("sw", "acct", f"""
    Risiti ya malipo ya kodi: namba ya malipo (PRN) {digits(12)}, kiasi KSh 48,200.
    KRA PIN ya kampuni: P0{digits(8)}{rs(UP, 1)}. Malipo yamethibitishwa tarehe 14/02/2025.
""")

I("pt-BR", "legal", f"""
    Andamento processual:
    Processo nº {digits(7)}-{digits(2)}.2024.8.26.0100 — 2ª Vara de Família e Sucessões, São Paulo
    Última movimentação: juntada de petição do inventariante (protocolo {digits(12)}).
""")


# ====================================================================== INTEGRITY CHECKS
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret and _s.secret in _s.text, _s.id
    assert _s.text.count(_s.secret) == 1, _s.id
for _x in SECRETS + INNOCENT:
    assert 1 <= len(_x.text.splitlines()) <= 12, _x.id
assert len(SECRETS) == 230 and len(INNOCENT) == 226, (len(SECRETS), len(INNOCENT))
