"""Corpus c29 -- independent test corpus for a secret-redaction filter.

Started: Mon Dec  7 15:01:12 UTC 2026

Written from general knowledge only (no filter code, rules, tests or earlier corpora were read,
no internet). Standard library only. Every value that looks like a credential, identifier or
account number is synthetic and produced at import time by ONE seeded random.Random(SEED)
(SEED = 2912071501); nothing is real. The only fixed, non-random strings are well-known public
documentation examples, used in INNOCENT records and labelled as examples there (AWS CLI docs
example key pair AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, the jwt.io
sample token, Stripe's 4242 4242 4242 4242 test card).

Setting: records an agent memory system stores from (1) coding agents (Claude Code / Codex /
Cursor on web, mobile, data-pipeline and infra work), (2) personal assistants (email, calendar,
travel, shopping, banking, family admin, health), (3) business back-office agents (accounting,
HR, CRM, support, procurement, legal), (4) ops/on-call agents. Record kinds are mixed: user
requests, agent reasoning, JSON tool calls, tool output (shell, logs, CI, HAR, SQL, YAML/JSON/
.env/.properties/INI files), summaries for the team, lessons for next time, forwarded e-mails,
OCR (passport MRZ, letters, gift-card backs) and voice transcriptions.

Counts
------
SECRETS: 208    INNOCENT: 220    (ids c29-s-NNN-<lang> / c29-i-NNN-<lang>, unique)
By setting      SECRETS   INNOCENT
  code (1)         64        73
  pa   (2)         89        66
  biz  (3)         27        45
  ops  (4)         28        36
By language of the human-written part (SECRETS/INNOCENT), 39 languages, en = 178/428 = 42%:
  en 84/94  de 8/8  fr 6/6  es 6/5  ja 5/6  pt 5/5  zh 5/5  it 5/4  ko 5/4  nl 5/4  tr 5/4
  ar 4/4  pl 4/4  ru 4/4  id 3/4  sv 3/4  fa 3/3  fi 3/3  hi 3/3  vi 3/3  he 2/4  cs 2/3
  da 2/3  uk 2/3  sw 3/2  af 2/2  am 2/2  bn 2/2  el 2/2  ha 2/2  hu 2/2  nb 2/2  ro 2/2
  ta 2/2  th 2/2  tl 2/2  ur 2/2  yo 2/2  zu 2/2
(Per-record language and setting are also kept in META as (id, kind, lang, setting).)

Check digits
------------
Computed for: Luhn card numbers (Visa, Mastercard, Iranian Shetab 6037..), IBAN mod-97 for every
IBAN (FR also carries a valid RIB key, ES valid national DC digits, BE valid mod-97 BBAN), Spanish
DNI/NIE letter, Italian codice fiscale, French NIR key, German Steuer-ID (ISO 7064 mod 11,10),
German Rentenversicherungsnummer, German KVNR (Krankenversichertennummer), Dutch BSN (11-test),
Swedish personnummer, Norwegian fodselsnummer (both digits), Finnish HETU, Polish PESEL, Czech
rodne cislo (mod 11), Romanian CNP, Greek AMKA, Turkish TC Kimlik, Israeli Teudat Zehut, South
African ID, Brazilian CPF, Chinese resident ID (mod 11-2), Indian Aadhaar (Verhoeff), Korean RRN,
Japanese My Number, Mexican CURP, Iranian kod melli, Saudi national ID, Ukrainian RNOKPP, Russian
INN-12, UK NHS number, passport MRZ (ICAO 7-3-1), Bitcoin WIF (base58check). Formats without a
published check (US SSN, Medicare MBI, Danish CPR, Vietnamese CCCD, Indonesian NIK, Nigerian
NIN/BVN, Kenyan ID, Pakistani CNIC, PhilSys, Indian PAN, passports) follow the right shape only.
Innocent look-alikes also carry valid checks where they exist (IMEI Luhn, French SIREN/SIRET
Luhn, Italian P.IVA, German USt-IdNr, UK VAT, Spanish CIF, GTIN/EAN-13, ISO 11649 RF creditor
references, LEI, Indian GSTIN, Chinese USCC, Korean business reg. no., Swedish org.nr, Norwegian
org.nr, Finnish Y-tunnus, Danish CVR, Czech ICO, Polish NIP, Russian INN-10, Israeli company
no., Japanese corporate number, Thai corporate tax id). BIP-39-style seed phrases use words from
the BIP-39 list but are NOT checksum-valid (no word list file was used).

Labelling choices for borderline cases
--------------------------------------
SECRET (the `secret` field is the single most critical span; a text may hold further sensitive
values, e.g. a card number and its CVV, an AWS key id next to its secret key):
* passwords incl. ones dictated as words/letters, reversed, split in two halves (the first half
  is the span), hinted ("usual one with the year bumped"), label on the previous line, base64'd
  in Kubernetes Secrets / Docker config / Basic auth (the encoded string is the span);
* PINs, card PINs, UPI/M-Pesa/bKash/GCash PINs, door/alarm/gate/lockbox/cabinet/Packstation
  codes, BLIK codes, OTP/2FA/SMS codes, MFA codes, DocuSign access codes, kiosk override codes,
  gift-card codes, Wi-Fi passwords, LUKS passphrases, VPN pre-shared keys, SNMP communities;
* API keys/tokens of named vendors and of unknown formats, OAuth client secrets, refresh tokens,
  JWT bearer tokens, session cookies, presigned-URL security tokens, Azure SAS signatures,
  webhook URLs with embedded secrets, connection strings with passwords, private keys (the
  base64 body is the span), age/WireGuard/Fernet/Laravel/Rails/Django keys, licence keys,
  seed phrases, Bitcoin WIF and Ethereum private keys;
* personal national id / tax / social-security numbers, passport numbers, health-insurance
  member numbers (US payer member id, Medicare MBI, German KVNR, NHS number, Hungarian TAJ),
  full personal IBANs / bank account numbers (incl. payroll accounts of employees),
  security-question answers.
INNOCENT (must come back unchanged):
* hashes, digests, checksums, commit ids, UUIDs, request/trace ids, container/pod ids, cache
  keys, idempotency keys, S3 object keys, feature-flag keys, DNS/Cloudflare zone and account ids,
  Azure tenant/subscription/client ids, Twilio Account SID (identifier, not credential), AWS
  access-key ID shown ALONE in `list-access-keys` metadata (key id, no secret half),
  GCP service-account KEY_IDs, KMS key ids/ARNs, GPG key ids and fingerprints, SSH/TLS
  fingerprints, public keys and certificates (SSH, X.509, JWKS, DKIM, age recipients),
  google-site-verification TXT values (public DNS);
* publishable keys (Stripe pk_live_), documented examples labelled as examples, placeholders
  (<YOUR_API_TOKEN>, ${{ secrets.X }}, changeme in .env.example, ********), masked values
  (card ending 1234, GB** ... 4417, XXXX XXXX 1234);
* password hashes labelled as hashes (bcrypt, argon2id), ciphertext labelled as such (SOPS ENC[..],
  ansible-vault, SealedSecret, KMS blobs, Vault audit-log HMACs);
* booking/PNR/e-ticket/order/tracking/invoice/claim/policy/case/ticket/RMA numbers,
  confirmation codes, Zoom meeting IDs (without passcode), phone numbers, amounts, dates,
  versions, error codes, utility customer-account numbers, payment references (RF, KID, OCR,
  Multibanco), Indian "PIN code" (= postal code), serial numbers, IMEIs, MAC addresses;
* company registration / VAT / tax numbers of businesses (EIN, KRA PIN of a company, CNPJ-like
  ids, USt-IdNr, SIRET, GSTIN, ...), LEIs, DUNS;
* MY CALL: a business's own receiving bank details printed on its invoice (supplier IBAN/BIC,
  Bankgiro, FI-kode) are INNOCENT -- they are published so customers can pay. A private
  person's IBAN/account number, or an employee's payroll account, is SECRET.
* prose that only talks about secrets (password policies, "we will never ask for your PIN",
  reminders to change a password) and test-only fixed codes documented as such (000000).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
from typing import NamedTuple


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SEED = 2912071501
R = random.Random(SEED)

SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
META: list[tuple[str, str, str, str]] = []  # (id, kind, lang, setting)

_OPEN, _CLOSE = "\u27ea", "\u27eb"  # placeholder brackets


def _fill(tmpl: str, vals: dict) -> str:
    out = tmpl.strip("\n")
    for k, v in vals.items():
        out = out.replace(_OPEN + k + _CLOSE, str(v))
    if _OPEN in out or _CLOSE in out:
        raise ValueError("unfilled placeholder in: " + out[:120])
    return out


def s(lang: str, setting: str, text: str, S: str, span: str | None = None, **vals) -> None:
    vals["S"] = S
    t = _fill(text, vals)
    secret = span if span is not None else S
    assert secret and secret in t, (secret, t[:200])
    sid = f"c29-s-{len(SECRETS) + 1:03d}-{lang}"
    SECRETS.append(Secret(sid, t, secret))
    META.append((sid, "s", lang, setting))


def i(lang: str, setting: str, text: str, **vals) -> None:
    t = _fill(text, vals)
    iid = f"c29-i-{len(INNOCENT) + 1:03d}-{lang}"
    INNOCENT.append(Innocent(iid, t))
    META.append((iid, "i", lang, setting))


# ---------------------------------------------------------------- generators
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rs(alpha: str, n: int) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n: int) -> str:
    return rs(HEX, n)


def HX(n: int) -> str:
    return rs("0123456789ABCDEF", n)


def an(n: int) -> str:
    return rs(AN, n)


def lo(n: int) -> str:
    return rs(LO + DG, n)


def up(n: int) -> str:
    return rs(UP + DG, n)


def dg(n: int) -> str:
    return rs(DG, n)


def nz(n: int) -> str:
    return R.choice("123456789") + dg(n - 1)


def rb(n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n: int) -> str:
    return base64.b64encode(rb(n)).decode()


def b64u(n: int) -> str:
    return base64.urlsafe_b64encode(rb(n)).decode().rstrip("=")


def b32(n: int) -> str:
    return base64.b32encode(rb(n)).decode().rstrip("=")


def uid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b58enc(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def wif() -> str:
    payload = b"\x80" + rb(32) + b"\x01"
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58enc(payload + chk)


_WORDS = ("Sommer Kaffee mariposa soleil Tigre kiwi Banane zebra Nilufar pelikan Oranje "
          "tulipan Bergen sakura hanami Dragon falcon Mango lagos Kilimanjaro baobab Ubuntu "
          "Istanbul Mondlicht pinguin koala Pistache Fjord salsa Tango Nairobi Lotus dumpling "
          "Matcha Jollof cappuccino Safari Aurora Granada Vesuvio Lemmikki sisu Hygge").split()
_SYMS = "!#$%&*?@+-_.="


def pw(kind: int | None = None) -> str:
    k = R.randrange(5) if kind is None else kind
    if k == 0:
        return R.choice(_WORDS).capitalize() + str(R.randrange(1970, 2027)) + R.choice(_SYMS)
    if k == 1:
        return "".join(R.choice(AN + _SYMS) for _ in range(R.randrange(14, 22)))
    if k == 2:
        w = [R.choice(_WORDS).lower() for _ in range(3)]
        return R.choice("-._").join(w) + dg(2)
    if k == 3:
        return R.choice(_WORDS)[:5].capitalize() + R.choice(_SYMS) + dg(4) + R.choice(UP) + R.choice(LO)
    return an(R.randrange(16, 28))


def luhn_digit(body: str) -> str:
    tot = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix: str, length: int = 16) -> str:
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body)


def grp(x: str, sizes=(4, 4, 4, 4, 4, 4), sep=" ") -> str:
    out, p = [], 0
    for n in sizes:
        if p >= len(x):
            break
        out.append(x[p:p + n])
        p += n
    if p < len(x):
        out.append(x[p:])
    return sep.join(out)


def iban(cc: str, bban: str) -> str:
    s_ = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s_))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_ok(x: str) -> bool:
    x = x.replace(" ", "")
    s_ = x[4:] + x[:4]
    return int("".join(str(int(c, 36)) for c in s_)) % 97 == 1


def ibanp(x: str) -> str:
    return grp(x, (4,) * 9)


def _fr_rib(bank: str, branch: str, acct: str) -> str:
    k = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return f"{k:02d}"


def _es_dc(bank_branch: str, acct: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(digits: str) -> str:
        v = 11 - sum(int(d) * w[k] for k, d in enumerate(digits)) % 11
        return {10: "1", 11: "0"}.get(v, str(v))
    return one("00" + bank_branch) + one(acct)


def bban(cc: str) -> str:
    if cc == "DE":
        return dg(8) + dg(10)
    if cc == "FR":
        b, g, a = dg(5), dg(5), dg(11)
        return b + g + a + _fr_rib(b, g, a)
    if cc == "ES":
        bb, a = dg(8), dg(10)
        return bb + _es_dc(bb, a) + a
    if cc == "GB":
        return R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(6) + dg(8)
    if cc == "IE":
        return R.choice(["AIBK", "BOFI"]) + dg(6) + dg(8)
    if cc == "IT":
        return R.choice(UP) + dg(5) + dg(5) + dg(12)
    if cc == "NL":
        return R.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + dg(10)
    if cc == "BE":
        n = dg(10)
        c = int(n) % 97 or 97
        return n + f"{c:02d}"
    if cc == "PL":
        return dg(24)
    if cc == "CH":
        return dg(5) + dg(12)
    if cc == "AT":
        return dg(16)
    if cc == "PT":
        return dg(21)
    if cc == "SE":
        return dg(20)
    if cc == "NO":
        return dg(11)
    if cc == "DK":
        return dg(14)
    if cc == "FI":
        return dg(14)
    if cc == "CZ":
        return dg(20)
    if cc == "HU":
        return dg(24)
    if cc == "RO":
        return R.choice(["BTRL", "RNCB", "INGB", "BRDE"]) + up(16)
    if cc == "GR":
        return dg(7) + dg(16)
    if cc == "TR":
        return dg(5) + "0" + dg(16)
    if cc == "SA":
        return dg(20)
    if cc == "AE":
        return dg(3) + dg(16)
    if cc == "IL":
        return dg(19)
    if cc == "EG":
        return dg(25)
    if cc == "PK":
        return R.choice(["HABB", "MEZN", "UNIL"]) + dg(16)
    raise KeyError(cc)


def new_iban(cc: str) -> str:
    return iban(cc, bban(cc))


def bday(lo_year=1955, hi_year=2004):
    y = R.randrange(lo_year, hi_year + 1)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


# --- national identifiers with published check algorithms
def es_dni() -> str:
    n = R.randrange(10_000_000, 99_999_999)
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def es_nie() -> str:
    p = R.choice("XYZ")
    n = R.randrange(0, 9_999_999)
    return f"{p}{n:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + f"{n:07d}") % 23]


_CF_ODD = {**dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
           **dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                           12, 14, 16, 10, 22, 25, 24, 23]))}


def it_cf() -> str:
    y, m, d = bday()
    cons = "BCDFGLMNPRSTVZ"
    female = R.random() < 0.5
    body = (rs(cons, 3) + rs(cons, 2) + R.choice("AEIO") + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
            + f"{d + (40 if female else 0):02d}" + R.choice("ABCDEFGHLMF") + dg(3))
    tot = 0
    for k, ch in enumerate(body):
        if k % 2 == 0:
            tot += _CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return body + chr(65 + tot % 26)


def fr_nir() -> str:
    y, m, _ = bday()
    n = f"{R.choice('12')}{y % 100:02d}{m:02d}{R.randrange(1, 96):02d}{R.randrange(1, 990):03d}{R.randrange(1, 999):03d}"
    return n + f"{97 - int(n) % 97:02d}"


def _mod11_10(digits: str) -> str:
    prod = 10
    for ch in digits:
        sm = (int(ch) + prod) % 10
        if sm == 0:
            sm = 10
        prod = (sm * 2) % 11
    c = 11 - prod
    return "0" if c == 10 else str(c)


def de_steuerid() -> str:
    while True:
        ds = R.sample(range(10), 9)
        if ds[0] == 0:
            continue
        dup = R.choice(ds[1:])
        pos = R.randrange(1, 10)
        ds.insert(pos, dup)
        body = "".join(map(str, ds))
        return body + _mod11_10(body)


def hr_oib() -> str:
    body = nz(10)
    return body + _mod11_10(body)


def nl_bsn() -> str:
    while True:
        b = nz(8)
        t = sum(int(ch) * w for ch, w in zip(b, range(9, 1, -1)))
        c = t % 11
        if c < 10:
            return b + str(c)


def be_nn() -> str:
    y, m, d = bday()
    base = f"{y % 100:02d}{m:02d}{d:02d}{R.randrange(1, 998):03d}"
    v = int(("2" if y >= 2000 else "") + base)
    return base + f"{97 - v % 97:02d}"


def se_pnr() -> str:
    y, m, d = bday()
    b = f"{y % 100:02d}{m:02d}{d:02d}{dg(3)}"
    return f"{b[:6]}-{b[6:]}{luhn_digit(b)}"


def no_fnr() -> str:
    while True:
        y, m, d = bday()
        b = f"{d:02d}{m:02d}{y % 100:02d}{R.randrange(0, 500):03d}"
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(c) * w for c, w in zip(b, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b2 = b + str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(c) * w for c, w in zip(b2, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b2 + str(k2)


def fi_hetu() -> str:
    y, m, d = bday()
    n = R.randrange(2, 900)
    sign = "-" if y < 2000 else "A"
    v = int(f"{d:02d}{m:02d}{y % 100:02d}{n:03d}")
    return f"{d:02d}{m:02d}{y % 100:02d}{sign}{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[v % 31]


def dk_cpr() -> str:
    y, m, d = bday()
    return f"{d:02d}{m:02d}{y % 100:02d}-{dg(4)}"


def pl_pesel() -> str:
    y, m, d = bday(1960, 2008)
    mm = m + (20 if y >= 2000 else 0)
    b = f"{y % 100:02d}{mm:02d}{d:02d}{dg(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return b + str((10 - sum(int(c) * x for c, x in zip(b, w)) % 10) % 10)


def cz_rc() -> str:
    while True:
        y, m, d = bday(1960, 2003)
        mm = m + (50 if R.random() < 0.5 else 0)
        b = f"{y % 100:02d}{mm:02d}{d:02d}{dg(3)}"
        c = int(b) % 11
        if c == 10:
            continue
        return f"{b[:6]}/{b[6:]}{c}"


def ro_cnp() -> str:
    y, m, d = bday()
    b = f"{R.choice('12') if y < 2000 else R.choice('56')}{y % 100:02d}{m:02d}{d:02d}{R.randrange(1, 47):02d}{R.randrange(1, 999):03d}"
    w = "279146358279"
    c = sum(int(a) * int(x) for a, x in zip(b, w)) % 11
    return b + ("1" if c == 10 else str(c))


def pt_nif() -> str:
    b = R.choice("123") + dg(7)
    c = 11 - sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
    return b + ("0" if c >= 10 else str(c))


def gr_amka() -> str:
    y, m, d = bday()
    b = f"{d:02d}{m:02d}{y % 100:02d}{dg(4)}"
    return b + luhn_digit(b)


def tr_tckn() -> str:
    d = [R.randrange(1, 10)] + [R.randrange(10) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def il_tz() -> str:
    b = dg(8)
    return b + luhn_digit(b)


def za_id() -> str:
    y, m, d = bday()
    b = f"{y % 100:02d}{m:02d}{d:02d}{dg(4)}0{R.choice('89')}"
    return b + luhn_digit(b)


def ca_sin() -> str:
    b = R.choice("1234567") + dg(7)
    return b + luhn_digit(b)


def us_ssn() -> str:
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}-{R.randrange(1, 100):02d}-{R.randrange(1, 10000):04d}"


def uk_nino() -> str:
    first = R.choice("ABCEGHJKLMNPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
    return f"{first}{second} {dg(2)} {dg(2)} {dg(2)} {R.choice('ABCD')}"


def br_cpf() -> str:
    b = [R.randrange(10) for _ in range(9)]
    for n in (10, 11):
        t = sum(x * w for x, w in zip(b, range(n, 1, -1)))
        b.append((t * 10 % 11) % 10)
    x = "".join(map(str, b))
    return f"{x[:3]}.{x[3:6]}.{x[6:9]}-{x[9:]}"


def cn_rid() -> str:
    y, m, d = bday()
    b = f"{R.choice(['110105', '310104', '440305', '510107', '330106'])}{y:04d}{m:02d}{d:02d}{dg(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(c) * x for c, x in zip(b, w)) % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num: str) -> str:
    c = 0
    for k, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(k + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num: str) -> bool:
    c = 0
    for k, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[k % 8][int(ch)]]
    return c == 0


def in_aadhaar() -> str:
    b = R.choice("23456789") + dg(10)
    x = b + verhoeff_digit(b)
    return f"{x[:4]} {x[4:8]} {x[8:]}"


def in_pan() -> str:
    return rs(UP, 3) + "P" + R.choice(UP) + dg(4) + R.choice(UP)


def kr_rrn() -> str:
    y, m, d = bday(1960, 1999)
    b = f"{y % 100:02d}{m:02d}{d:02d}{R.choice('12')}{dg(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    return f"{b[:6]}-{b[6:]}{c}"


def jp_mynumber() -> str:
    b = dg(11)
    t = 0
    for n, ch in enumerate(reversed(b), start=1):
        q = n + 1 if n <= 6 else n - 5
        t += int(ch) * q
    r = t % 11
    c = 0 if r <= 1 else 11 - r
    x = b + str(c)
    return f"{x[:4]} {x[4:8]} {x[8:]}"


def sg_nric() -> str:
    p = R.choice("ST")
    b = dg(7)
    t = sum(int(a) * w for a, w in zip(b, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + b + "JZIHGFEDCBA"[t % 11]


_TW = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO",
               [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35]))


def tw_id() -> str:
    L = R.choice("ABCDEFGHJKLMNPQRSTUVXYWZ")
    b = R.choice("12") + dg(7)
    v = _TW[L]
    t = v // 10 + (v % 10) * 9 + sum(int(a) * w for a, w in zip(b, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + b + str((10 - t % 10) % 10)


def th_id() -> str:
    b = R.choice("1235") + dg(11)
    c = (11 - sum(int(a) * w for a, w in zip(b, range(13, 1, -1))) % 11) % 10
    x = b + str(c)
    return f"{x[0]}-{x[1:5]}-{x[5:10]}-{x[10:12]}-{x[12]}"


def hk_id() -> str:
    L = R.choice(UP)
    b = dg(6)
    t = 36 * 9 + (ord(L) - 55) * 8 + sum(int(a) * w for a, w in zip(b, [7, 6, 5, 4, 3, 2]))
    c = 11 - t % 11
    cc = {10: "A", 11: "0"}.get(c, str(c))
    return f"{L}{b}({cc})"


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        b = nz(8)
        t = sum(int(a) * x for a, x in zip(b, w))
        for last in range(10):
            if (t + last * 10) % 11 == 0:
                x = b + str(last)
                return f"{x[:3]} {x[3:6]} {x[6:]}"


def mx_curp() -> str:
    y, m, d = bday(1960, 1999)
    alpha = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    b = (R.choice("BCDFGHLMPRSTV") + R.choice("AEIOU") + rs("ABCDEFGHILMNOPRSTUVZ", 2) + f"{y % 100:02d}{m:02d}{d:02d}"
         + R.choice("HM") + R.choice(["DF", "JC", "NL", "MC", "GT", "PL", "VZ"]) + rs("BCDFGHJKLMNPRSTVZ", 3) + dg(1))
    t = sum(alpha.index(c) * (18 - k) for k, c in enumerate(b))
    return b + str((10 - t % 10) % 10)


def ee_ik() -> str:
    y, m, d = bday()
    b = f"{R.choice('34') if y < 2000 else R.choice('56')}{y % 100:02d}{m:02d}{d:02d}{dg(3)}"
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    c = sum(int(a) * x for a, x in zip(b, w1)) % 11
    if c == 10:
        c = sum(int(a) * x for a, x in zip(b, w2)) % 11
        if c == 10:
            c = 0
    return b + str(c)


def ir_melli() -> str:
    b = dg(9)
    r = sum(int(a) * (10 - k) for k, a in enumerate(b)) % 11
    return b + str(r if r < 2 else 11 - r)


def sa_nid() -> str:
    b = "1" + dg(8)
    return b + luhn_digit(b)


def ae_eid() -> str:
    y, _, _ = bday()
    b = f"784{y}{dg(7)}"
    x = b + luhn_digit(b)
    return f"{x[:3]}-{x[3:7]}-{x[7:14]}-{x[14]}"


def ua_rnokpp() -> str:
    b = R.choice("23") + dg(8)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str(sum(int(a) * x for a, x in zip(b, w)) % 11 % 10)


def ru_inn12() -> str:
    b = [R.randrange(10) for _ in range(10)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b.append(sum(x * w for x, w in zip(b, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b.append(sum(x * w for x, w in zip(b, w2)) % 11 % 10)
    return "".join(map(str, b))


def ru_snils() -> str:
    b = nz(9)
    t = sum(int(a) * (9 - k) for k, a in enumerate(b))
    if t < 100:
        c = t
    elif t in (100, 101):
        c = 0
    else:
        c = t % 101
        if c == 100:
            c = 0
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def hu_taj() -> str:
    b = dg(8)
    t = sum(int(a) * (3 if k % 2 == 0 else 7) for k, a in enumerate(b))
    x = b + str(t % 10)
    return f"{x[:3]} {x[3:6]} {x[6:]}"


def ch_ahv() -> str:
    b = "756" + dg(9)
    t = sum(int(a) * (1 if k % 2 == 0 else 3) for k, a in enumerate(b))
    x = b + str((10 - t % 10) % 10)
    return f"{x[:3]}.{x[3:7]}.{x[7:11]}.{x[11:]}"


def at_svnr() -> str:
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        y, m, d = bday()
        serial = f"{R.randrange(100, 1000):03d}"
        dob = f"{d:02d}{m:02d}{y % 100:02d}"
        x = serial + "0" + dob
        c = sum(int(a) * ww for a, ww in zip(x, w)) % 11
        if c == 10:
            continue
        return f"{serial}{c} {dob}"


def bg_egn() -> str:
    y, m, d = bday(1950, 1999)
    b = f"{y % 100:02d}{m:02d}{d:02d}{dg(3)}"
    c = sum(int(a) * w for a, w in zip(b, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return b + ("0" if c == 10 else str(c))


def cl_rut() -> str:
    n = R.randrange(8_000_000, 25_000_000)
    t, mul = 0, 2
    for ch in reversed(str(n)):
        t += int(ch) * mul
        mul = 2 if mul == 7 else mul + 1
    v = 11 - t % 11
    c = {11: "0", 10: "K"}.get(v, str(v))
    return f"{n:,}".replace(",", ".") + "-" + c


def ie_pps() -> str:
    b = dg(7)
    t = sum(int(a) * (8 - k) for k, a in enumerate(b))
    return b + "WABCDEFGHIJKLMNOPQRSTUV"[t % 23]


def uk_nhs() -> str:
    while True:
        b = nz(9)
        c = 11 - sum(int(a) * (10 - k) for k, a in enumerate(b)) % 11
        if c == 10:
            continue
        x = b + ("0" if c == 11 else str(c))
        return f"{x[:3]} {x[3:6]} {x[6:]}"


def au_medicare() -> str:
    b = R.choice("23456") + dg(7)
    c = sum(int(a) * w for a, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return f"{b[:4]} {b[4:]}{c} {R.randrange(1, 6)}"


def de_kvnr() -> str:
    L = R.choice(UP)
    b = nz(8)
    x = f"{ord(L) - 64:02d}" + b
    t = 0
    for k, a in enumerate(x):
        p = int(a) * (1 if k % 2 == 0 else 2)
        t += p // 10 + p % 10
    return L + b + str(t % 10)


def us_mbi() -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    aln = al + DG
    return (R.choice("123456789") + R.choice(al) + R.choice(aln) + R.choice(DG) + R.choice(al) + R.choice(aln)
            + R.choice(DG) + R.choice(al) + R.choice(al) + R.choice(DG) + R.choice(DG))


def ng_nin() -> str:
    return nz(11)


def ke_id() -> str:
    return nz(8)


def vn_cccd() -> str:
    return f"0{R.randrange(1, 96):02d}{R.choice('0123')}{dg(2)}{dg(6)}"


def id_nik() -> str:
    y, m, d = bday()
    return f"{R.choice(['31', '32', '33', '35', '51', '73'])}{dg(4)}{d + (40 if R.random() < .5 else 0):02d}{m:02d}{y % 100:02d}{dg(4)}"


def mrz_check(s_: str) -> str:
    vals = {**{c: int(c) for c in DG}, **{c: ord(c) - 55 for c in UP}, "<": 0}
    w = [7, 3, 1]
    return str(sum(vals[c] * w[k % 3] for k, c in enumerate(s_)) % 10)


def mrz_td3(surname: str, given: str, nat: str, docno: str, sex: str) -> tuple[str, str]:
    y, m, d = bday()
    dob = f"{y % 100:02d}{m:02d}{d:02d}"
    exp = f"{R.randrange(27, 36):02d}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}"
    l1 = f"P<{nat}{surname}<<{given}".replace(" ", "<")
    l1 = (l1 + "<" * 44)[:44]
    doc = (docno + "<" * 9)[:9]
    pers = "<" * 14
    l2 = doc + mrz_check(doc) + nat + dob + mrz_check(dob) + sex + exp + mrz_check(exp) + pers + mrz_check(pers)
    comp = doc + mrz_check(doc) + dob + mrz_check(dob) + exp + mrz_check(exp) + pers + mrz_check(pers)
    l2 = l2 + mrz_check(comp)
    return l1, l2


def uk_dl(surname: str, first: str, middle: str = "") -> str:
    y, m, d = bday()
    sn = (surname.upper() + "99999")[:5]
    mm = m + (50 if R.random() < .5 else 0)
    ini = (first[:1] + (middle[:1] or "9")).upper()
    return f"{sn}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{ini}9{rs(UP, 2)}"


# --- innocent look-alikes with their own check digits
def imei() -> str:
    b = R.choice(["35", "86", "01", "49"]) + dg(12)
    return b + luhn_digit(b)


def fr_siren() -> str:
    b = nz(8)
    return b + luhn_digit(b)


def au_abn() -> str:
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        x = nz(11)
        ds = [int(c) for c in x]
        ds[0] -= 1
        if sum(a * b for a, b in zip(ds, w)) % 89 == 0:
            return f"{x[:2]} {x[2:5]} {x[5:8]} {x[8:]}"


def br_cnpj() -> str:
    b = [R.randrange(10) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * y for x, y in zip(b, w)) % 11
        b.append(0 if r < 2 else 11 - r)
    x = "".join(map(str, b))
    return f"{x[:2]}.{x[2:5]}.{x[5:8]}/{x[8:12]}-{x[12:]}"


def ean13(prefix: str) -> str:
    b = prefix + dg(12 - len(prefix))
    t = sum(int(a) * (1 if k % 2 == 0 else 3) for k, a in enumerate(b))
    return b + str((10 - t % 10) % 10)


def jp_corp() -> str:
    b = dg(12)
    t = sum(int(a) * (1 if k % 2 == 0 else 2) for k, a in enumerate(reversed(b)))
    return str(9 - t % 9) + b


def sha1() -> str:
    return hx(40)


def sha256() -> str:
    return hx(64)


def jwt(payload: dict, alg: str = "HS256", sig_len: int = 32) -> str:
    h = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{p}.{b64u(sig_len)}"


def pem_body(nbytes: int, prefix: str = "", width: int = 64, sep: str = "\n") -> str:
    raw = prefix + base64.b64encode(rb(nbytes)).decode()
    return sep.join(raw[k:k + width] for k in range(0, len(raw), width))


def ssh_pub_ed25519() -> str:
    return "AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(b"\x00" + rb(32)).decode()[1:]


BIPW = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
        "achieve acid acoustic acquire across action actor actual adapt address adjust admit adult advance advice "
        "afford again agent agree ahead airport aisle alarm album alcohol alert alien alley allow almost alpha "
        "already alter always amateur amazing among amount anchor ancient anger angle animal ankle announce annual "
        "answer antenna antique anxiety apart apology appear apple approve april arctic arena argue armor army "
        "around arrange arrest arrive arrow artist artwork aspect assault asset assist assume asthma athlete atom "
        "attack attend auction audit august aunt author autumn average avocado avoid awake aware awesome awkward "
        "bachelor bacon badge balance balcony bamboo banana banner barely bargain barrel basket battle beach beauty "
        "become before behave believe below bench benefit betray beyond bicycle biology birth bitter blanket bleak "
        "blossom blouse blur board bonus border borrow bottom bounce bracket brain brass brave bread breeze brick "
        "bridge brief bright broccoli bronze broom brother bubble buddy budget buffalo bulb bundle bunker burden "
        "cabbage cabin cactus camera canal cancel candy canoe canvas canyon captain carbon cargo carpet casino "
        "castle catalog cattle caution ceiling celery cement census cereal chalk champion chaos chapter cherry "
        "chimney chronic chuckle cinnamon citizen clarify clever client cliff clinic clog cluster coconut coffee "
        "comfort comic concert convince copper coral cotton couch cousin coyote cradle crane crater cricket crisp "
        "crucial cruise crumble crystal cupboard curious cushion dolphin donkey dragon drastic eagle echo elbow "
        "embark emerge empower enrich erode essay estate eternal evoke exhaust exile exotic fabric faculty "
        "fatigue fiction fossil frog gadget galaxy garlic gesture giraffe glimpse gorilla gossip guitar hamster "
        "harvest hedgehog hobby hover husband hybrid ivory jaguar jelly kangaroo ketchup kidney kitten lava lizard "
        "lobster lumber lunar mango marble meadow melody mimic mosquito muffin mushroom napkin noodle oyster "
        "ozone").split()


def de_rvnr() -> str:
    y, m, d = bday()
    area = R.choice(["12", "13", "15", "24", "42", "53", "65"])
    letter = R.choice(UP)
    serial = f"{R.randrange(0, 50):02d}"
    dob = f"{d:02d}{m:02d}{y % 100:02d}"
    digits = area + dob + f"{ord(letter) - 64:02d}" + serial
    t = 0
    for a, w in zip(digits, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]):
        p = int(a) * w
        t += p // 10 + p % 10
    return f"{area} {dob} {letter} {serial}{t % 10}"


DIGW = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier f\u00fcnf sechs sieben acht neun".split(),
    "fr": "z\u00e9ro un deux trois quatre cinq six sept huit neuf".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "pt": "zero um dois tr\u00eas quatro cinco seis sete oito nove".split(),
    "tr": "s\u0131f\u0131r bir iki \u00fc\u00e7 d\u00f6rt be\u015f alt\u0131 yedi sekiz dokuz".split(),
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa".split(),
    "ja": "\u30bc\u30ed \u3044\u3061 \u306b \u3055\u3093 \u3088\u3093 \u3054 \u308d\u304f \u306a\u306a \u306f\u3061 \u304d\u3085\u3046".split(),
    "pl": "zero jeden dwa trzy cztery pi\u0119\u0107 sze\u015b\u0107 siedem osiem dziewi\u0119\u0107".split(),
    "af": "nul een twee drie vier vyf ses sewe agt nege".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
}


def spoken(digits: str, lang: str, sep: str = " ") -> str:
    return sep.join(DIGW[lang][int(c)] for c in digits)


def seed_words(n: int = 12) -> str:
    return " ".join(R.choice(BIPW) for _ in range(n))


# =====================================================================
# SECRETS
# =====================================================================

# ---------------------------------------------------------------- (1) coding agents
s("en", "code", """
{"type":"tool_use","id":"toolu_01⟪a⟫","name":"Write","input":{"file_path":"/Users/dana/src/shopfront/.env.local","content":"NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51⟪pk⟫\\nSTRIPE_SECRET_KEY=⟪S⟫\\nNEXT_PUBLIC_SITE_URL=https://shop.example-bakery.com\\n"}}
""", "sk_live_51" + an(96), a=an(22), pk=an(96))

s("en", "code", """
$ cat ~/.npmrc
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=⟪S⟫
save-exact=true
fund=false
""", "ghp_" + an(36))

s("en", "code", """
agent> git remote -v
origin	https://oauth2:⟪S⟫@gitlab.com/acme-fin/payments-api.git (fetch)
origin	https://oauth2:⟪S⟫@gitlab.com/acme-fin/payments-api.git (push)
upstream	git@gitlab.com:platform/payments-api.git (fetch)
note to self: remote url has a PAT baked in, switch to credential helper before pushing the branch
""", "glpat-" + rs(AN + "-_", 20))

s("en", "code", """
2026-11-30T09:14:22.4471023Z ##[group]Run ./scripts/release.sh
2026-11-30T09:14:22.4515922Z shell: /usr/bin/bash -e {0}
2026-11-30T09:14:22.4516610Z env:
2026-11-30T09:14:22.4517002Z   NODE_VERSION: 20.x
2026-11-30T09:14:22.4517339Z ##[endgroup]
2026-11-30T09:14:23.0120418Z + npm config set //registry.npmjs.org/:_authToken ⟪S⟫
2026-11-30T09:14:23.9921007Z + npm publish --access public
2026-11-30T09:14:31.2203114Z + @acme/ui-kit@4.12.0
""", "npm_" + an(36))

s("en", "code", """
Thinking: the user pasted their OpenAI key into the chat two messages up
(⟪S⟫) and asked me to "just make the summarizer work".
I should NOT hardcode it in summarize.py or commit it. Plan: write it to .env (already gitignored),
load with python-dotenv, and tell them to rotate it since it's now in the transcript.
""", "sk-proj-" + rs(AN + "-_", 48) + "T3BlbkFJ" + rs(AN + "-_", 48))

s("de", "code", """
Cursor-Agent, Änderung an docker-compose.yml (Review bitte, ich hab das Passwort erstmal direkt reingeschrieben, später in secrets auslagern):
  db:
    image: postgres:16.4
    environment:
      POSTGRES_USER: lager
      POSTGRES_PASSWORD: "⟪S⟫"
      POSTGRES_DB: lagerverwaltung
    ports:
      - "5432:5432"
""", pw(1))

_k8s_pw = pw(3)
s("en", "code", """
$ kubectl -n billing get secret billing-db -o yaml
apiVersion: v1
data:
  host: ⟪h⟫
  password: ⟪S⟫
  username: YmlsbGluZ19hcHA=
kind: Secret
metadata:
  creationTimestamp: "2026-10-02T11:40:19Z"
  name: billing-db
  namespace: billing
  resourceVersion: "88123412"
  uid: ⟪u⟫
type: Opaque
""", base64.b64encode(_k8s_pw.encode()).decode(),
  h=base64.b64encode(b"billing-pg.internal.svc").decode(), u=uid())

s("fr", "code", """
Sortie du plan Terraform — attention, le mot de passe n'est pas marqué sensitive, il apparaît en clair :
  # aws_db_instance.compta will be created
  + resource "aws_db_instance" "compta" {
      + allocated_storage    = 100
      + engine               = "postgres"
      + engine_version       = "15.7"
      + identifier           = "compta-prod"
      + password             = "⟪S⟫"
      + username             = "compta_admin"
    }
Plan: 1 to add, 0 to change, 0 to destroy.
À corriger : ajouter sensitive = true sur var.db_password avant l'apply.
""", pw(0))

s("en", "code", """
Tool call (bash):
curl -sS -X POST https://api.internal.acme.dev/v2/exports \\
  -H "Authorization: Bearer ⟪S⟫" \\
  -H "Content-Type: application/json" \\
  -d '{"dataset":"orders_2026q4","format":"parquet"}'
→ {"export_id":"exp_⟪e⟫","status":"queued"}
""", jwt({"sub": "svc-exporter", "iss": "https://auth.acme.dev", "aud": "exports", "iat": 1796000000, "exp": 1796003600, "scope": "exports:write"}, "RS256", 256),
  e=lo(20))

s("en", "code", """
=================================== FAILURES ===================================
____________________ test_post_message_requires_auth ____________________
    def test_post_message_requires_auth(client):
        resp = client.post("/slack/notify", headers={"X-Bot-Token": BOT_TOKEN})
>       assert resp.status_code == 401
E       AssertionError: expected 401, got 200 for token '⟪S⟫'
tests/test_notify.py:41: AssertionError
=========================== short test summary info ============================
FAILED tests/test_notify.py::test_post_message_requires_auth - AssertionError
1 failed, 57 passed in 4.31s
""", f"xoxb-{nz(12)}-{nz(13)}-{an(24)}")

s("en", "code", """
Edited android/keystore.properties (user asked to get `./gradlew bundleRelease` working locally):
storeFile=../keys/upload-keystore.jks
storePassword=⟪S⟫
keyAlias=upload
keyPassword=⟪k⟫
Reminder: this file is in .gitignore, do not stage it.
""", pw(1), k=pw(1))

_p8 = pem_body(100, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")
s("ja", "code", """
ユーザー: fastlane でTestFlightにアップしたいので、App Store Connect API キー(.p8)をそのまま貼ります。Key ID は ⟪kid⟫、Issuer ID は ⟪iss⟫ です。
-----BEGIN PRIVATE KEY-----
⟪S⟫
-----END PRIVATE KEY-----
エージェントのメモ: fastlane/api_key.json に書き出す。リポジトリには入れないこと。
""", _p8, kid=up(10), iss=uid())

s("en", "code", """
[2026-11-18 02:11:07] airflow@scheduler-0:~$ airflow connections add 'snowflake_default' \\
    --conn-uri 'snowflake://ETL_LOADER:⟪S⟫@/ANALYTICS/RAW?account=acme-xy12345&warehouse=LOAD_WH&role=LOADER'
Successfully added `conn_id`=snowflake_default : snowflake://ETL_LOADER:******@:/ANALYTICS/RAW
""", pw(2))

s("pt", "code", """
Pedido do usuário: "o dbt tá falhando no CI, arruma o profiles.yml aí pra mim"
Arquivo atual (~/.dbt/profiles.yml):
vendas:
  target: prod
  outputs:
    prod:
      type: postgres
      host: warehouse.vendas.local
      user: dbt_runner
      password: ⟪S⟫
      port: 5432
      dbname: dw
      schema: marts
      threads: 8
Observação: senha em texto puro, sugerir env_var('DBT_PASSWORD').
""", pw(0))

s("en", "code", """
$ cat ~/.aws/credentials
[default]
aws_access_key_id = AKIA⟪ak⟫
aws_secret_access_key = ⟪S⟫

[staging]
aws_access_key_id = AKIA⟪ak2⟫
aws_secret_access_key = ⟪sk2⟫
region = eu-west-1
""", rs(AN + "/+", 40), ak=rs(UP + "234567", 16), ak2=rs(UP + "234567", 16), sk2=rs(AN + "/+", 40))

_gkey = pem_body(1190, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", sep="\\n")
s("en", "code", """
Read file: infra/keys/etl-sa.json (first 12 lines)
{
  "type": "service_account",
  "project_id": "acme-data-prod",
  "private_key_id": "⟪kid⟫",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n⟪S⟫\\n-----END PRIVATE KEY-----\\n",
  "client_email": "etl-runner@acme-data-prod.iam.gserviceaccount.com",
  "client_id": "⟪cid⟫",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _gkey, kid=hx(40), cid=nz(21))

s("es", "code", """
Commit propuesto por el agente (rama feat/pagos):
- settings/prod.py: mover SECRET_KEY a variable de entorno
Diff:
-SECRET_KEY = '⟪S⟫'
+SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
Ojo: la clave vieja queda en el historial de git, hay que rotarla igual.
""", rs(LO + DG + "!@#$%^&*(-_=+)", 50))

s("en", "code", """
Codex: ran `bin/rails credentials:edit` for the user; it generated a new master key.
$ cat config/master.key
⟪S⟫
$ git status --short
 M config/credentials.yml.enc
?? config/master.key
Telling user to store the key in 1Password and never commit config/master.key.
""", hx(32))

s("id", "code", """
User minta: "tolong cek kenapa Laravel error 'No application encryption key has been specified'".
Isi .env di server staging setelah saya jalankan php artisan key:generate:
APP_NAME=Koperasi
APP_ENV=staging
APP_KEY=⟪S⟫
APP_DEBUG=true
Sudah beres, cache config di-clear.
""", "base64:" + b64(32))

s("en", "code", """
Updated `apps/api/src/webhooks/stripe.ts`:
  const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET ?? "⟪S⟫"; // TODO remove fallback
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
Lesson: never leave a literal fallback for the signing secret; the CLI printed it during `stripe listen`.
""", "whsec_" + an(32))

s("en", "code", """
.github/workflows/deploy.yml (snippet the user pasted):
      - name: Notify Slack
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"deploy ${{ job.status }} for ${{ github.sha }}"}' \\
            ⟪S⟫
""", f"https://hooks.slack.com/services/T{up(10)}/B{up(10)}/{an(24)}")

s("pl", "code", """
Notatka agenta: użytkownik chce powiadomienia z pipeline'u na Discorda. Wkleił URL webhooka w czacie:
⟪S⟫
Zapisałem go jako sekret repo DISCORD_WEBHOOK_URL, w kodzie używam tylko zmiennej środowiskowej.
""", f"https://discord.com/api/webhooks/{nz(19)}/{rs(AN + '-_', 68)}")

s("en", "code", """
// src/lib/mailer.js  (found during audit)
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('⟪S⟫');
module.exports = async function send(to, subject, html) {
  return sgMail.send({ to, from: 'noreply@fieldservice.app', subject, html });
};
""", f"SG.{rs(AN + '-_', 22)}.{rs(AN + '-_', 43)}")

s("it", "code", """
Richiesta: "il bot WhatsApp non manda più i promemoria, controlla tu".
Trovato in reminders/config.py:
TWILIO_ACCOUNT_SID = "AC⟪sid⟫"
TWILIO_AUTH_TOKEN = "⟪S⟫"
TWILIO_FROM = "whatsapp:+14155238886"
Il token è stato ruotato ieri dal cliente, quindi 401 da Twilio. Aggiornato in Vault e non più nel file.
""", hx(32), sid=hx(32))

s("en", "code", """
$ tail -n 5 ~/.zsh_history
: 1796112001:0;cd ~/code/support-bot
: 1796112010:0;export ANTHROPIC_API_KEY=⟪S⟫
: 1796112015:0;uv run python -m support_bot.eval --limit 50
: 1796112290:0;git add -A && git commit -m "eval harness"
: 1796112301:0;git push -u origin eval-harness
""", "sk-ant-api03-" + rs(AN + "-_", 93) + "AA")

s("zh", "code", """
用户：帮我把模型推到 Hugging Face 私有仓库，token 给你：⟪S⟫
助手（思考）：先 huggingface-cli login --token 从环境变量读取，不写进 notebook；推送完成后提醒用户把这个 token 撤销。
""", "hf_" + an(34))

s("en", "code", """
~/.pypirc
[distutils]
index-servers =
    pypi
    internal
[pypi]
username = __token__
password = ⟪S⟫
[internal]
repository = https://pypi.acme.internal/simple/
username = ci-bot
""", "pypi-AgEIcHlwaS5vcmc" + rs(AN + "-_", 150))

_docker_auth = base64.b64encode(f"deploybot:{pw(1)}".encode()).decode()
s("ko", "code", """
사용자 요청: CI 러너에서 사설 레지스트리 pull이 안 돼요. 제 로컬 설정 붙여요.
~/.docker/config.json
{
  "auths": {
    "registry.gangnam-logistics.kr": {
      "auth": "⟪S⟫"
    }
  },
  "credsStore": ""
}
에이전트 메모: auth 값은 base64(사용자:비밀번호)라서 사실상 평문 비밀번호임.
""", _docker_auth)

s("en", "code", """
Found credential store while debugging `git push` 403:
$ cat ~/.git-credentials
https://mkovacs:⟪S⟫@github.com
https://mkovacs:⟪t2⟫@git.internal.example.org
""", "github_pat_11" + up(20) + "_" + an(59), t2=pw(4))

s("ru", "code", """
Задача от пользователя: «почини выгрузку отчётов, cron падает».
Строка в crontab:
15 3 * * * PGPASSWORD='⟪S⟫' pg_dump -h 10.20.1.15 -U report_ro -d crm -F c -f /backups/crm_$(date +\\%F).dump
Вывод: pg_dump: error: connection to server at "10.20.1.15", port 5432 failed: timeout expired
Пароль в crontab открытым текстом — вынести в ~/.pgpass с правами 600.
""", pw(3))

s("en", "code", """
.env (apps/events-service) line 7 of 12:
MONGODB_URI=mongodb+srv://events_rw:⟪S⟫@cluster0.k8x2m.mongodb.net/events?retryWrites=true&w=majority
""", pw(4))

s("vi", "code", """
Agent ghi chú: người dùng nhờ sửa lỗi cache trên Heroku. Biến môi trường hiện tại:
REDIS_URL=rediss://default:⟪S⟫@ec2-54-221-10-87.compute-1.amazonaws.com:27290
Lỗi: "SSL_connect returned=1 errno=0 state=error: certificate verify failed" → thêm ssl_params verify_mode none (chỉ cho staging).
""", "p" + hx(64))

s("en", "code", """
appsettings.Production.json
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Blob": "DefaultEndpointsProtocol=https;AccountName=acmemedia01;AccountKey=⟪S⟫;EndpointSuffix=core.windows.net"
  }
}
""", b64(64))

_sig = b64(32)
s("nl", "code", """
Gebruiker: "de export naar Power BI werkt niet meer, hier is de link die ik van IT kreeg"
https://acmedata.blob.core.windows.net/exports/sales.csv?sv=2022-11-02&ss=b&srt=o&sp=rl&se=2027-01-31T23:00:00Z&st=2026-12-01T08:00:00Z&spr=https&sig=⟪S⟫
Agent: SAS-token verloopt pas eind januari, probleem ligt bij de bestandsnaam (sales_v2.csv).
""", _sig.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))

s("en", "code", """
Tool result (python - generate_presigned_url):
https://acme-invoices-prod.s3.eu-central-1.amazonaws.com/2026/11/INV-20931.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA⟪ak⟫%2F20261130%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20261130T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Security-Token=⟪S⟫&X-Amz-Signature=⟪sg⟫
(valid 7 days — user wants to email it to the accountant)
""", "IQoJb3JpZ2luX2VjE" + b64(140).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"),
  ak=rs(UP + "234567", 16), sg=hx(64))

_ssh = pem_body(300, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB", width=70)
s("en", "code", """
$ cat ~/.ssh/deploy_ed25519
-----BEGIN OPENSSH PRIVATE KEY-----
⟪S⟫
-----END OPENSSH PRIVATE KEY-----
$ ssh-keygen -lf ~/.ssh/deploy_ed25519.pub
256 SHA256:⟪fp⟫ deploy@build-01 (ED25519)
""", _ssh, fp=b64(32).rstrip("="))

s("sv", "code", """
Användaren: "VPN:en till kontoret går inte upp på nya laptopen, här är min wg0.conf"
[Interface]
Address = 10.8.0.14/32
PrivateKey = ⟪S⟫
DNS = 10.8.0.1
[Peer]
PublicKey = ⟪pub⟫
Endpoint = vpn.kontoret.se:51820
AllowedIPs = 10.8.0.0/16
Agent: Endpoint löser inte upp från gästnätet, testa med IP.
""", b64(32), pub=b64(32))

s("en", "code", """
$ cat ~/.netrc
machine api.heroku.com
  login ops@acme-kitchen.com
  password ⟪S⟫
machine git.heroku.com
  login ops@acme-kitchen.com
  password ⟪S⟫
""", uid())

s("tr", "code", """
Kullanıcı: "Datadog agent metrikleri göndermiyor, values.yaml aşağıda"
datadog:
  apiKey: ⟪S⟫
  appKey: ⟪ak⟫
  site: datadoghq.eu
  logs:
    enabled: true
Ajan notu: apiKey doğru ama site yanlış bölge; datadoghq.com → datadoghq.eu değiştirildi. Anahtarları existingSecret'e taşımayı öner.
""", hx(32), ak=hx(40))

s("en", "code", """
sentry-cli output while uploading sourcemaps:
> Found 214 release files
> Analyzing 214 sources
error: API request failed (401 Unauthorized) — token used: ⟪S⟫
hint: check SENTRY_AUTH_TOKEN in .sentryclirc or the CI environment
""", "sntrys_" + b64u(120))

s("en", "code", """
User: the inventory sync to Shopify is 403ing since last night. admin token is ⟪S⟫ if you need it, store is hearth-and-kiln.myshopify.com
""", "shpat_" + hx(32))

s("uk", "code", """
Користувач: «бот у Telegram перестав відповідати, ось код»
# bot/main.py
TOKEN = "⟪S⟫"
app = ApplicationBuilder().token(TOKEN).build()
Примітка агента: webhook був встановлений на старий домен; скинув через deleteWebhook. Токен краще тримати у змінній оточення.
""", f"{nz(10)}:AA{rs(AN + '-_', 33)}")

s("en", "code", """
$ doctl auth init --context acme
Please authenticate doctl for use with your DigitalOcean account. You can generate a token in the control panel at https://cloud.digitalocean.com/account/api/tokens
Enter your access token: ⟪S⟫
Validating token... ✔
""", "dop_v1_" + hx(64))

s("hi", "code", """
यूज़र: wrangler deploy पर auth error आ रहा है, मैंने ये token बनाया है —
CLOUDFLARE_API_TOKEN=⟪S⟫
एजेंट: token के पास "Workers Scripts:Edit" permission नहीं है, dashboard में नया token बनाना होगा। पुराना revoke कर दें।
""", rs(AN + "_-", 40))

s("en", "code", """
$ vault login -method=userpass username=ci-deployer
Password (will be hidden):
Success! You are now authenticated.
Key                    Value
---                    -----
token                  ⟪S⟫
token_accessor         ⟪acc⟫
token_duration         768h
token_renewable        true
token_policies         ["default" "deploy-prod"]
""", "hvs." + rs(AN + "_-", 90), acc=rs(AN, 24))

s("en", "code", """
HTTP request captured by the agent while debugging user provisioning:
GET /api/v1/users?filter=status%20eq%20%22ACTIVE%22&limit=200 HTTP/1.1
Host: acme.okta.com
Accept: application/json
Authorization: SSWS ⟪S⟫
""", "00" + rs(AN + "-_", 40))

s("fa", "code", """
کاربر: «می‌خوام تسک‌های Linear رو خودکار از روی ایشوهای گیت‌هاب بسازی. کلید API اینه:»
⟪S⟫
یادداشت عامل: کلید را در GitHub Secrets با نام LINEAR_API_KEY ذخیره کردم و از تاریخچهٔ گفتگو حذفش را پیشنهاد دادم.
""", "lin_api_" + an(40))

s("en", "code", """
Codex ran:
curl -s -u priya.n@acme-robotics.io:⟪S⟫ \\
  -H "Accept: application/json" \\
  "https://acme-robotics.atlassian.net/rest/api/3/search?jql=project%3DFW%20AND%20status%3D%22In%20Review%22"
→ {"startAt":0,"maxResults":50,"total":17,"issues":[...]}
""", "ATATT3xFfGF0" + rs(AN + "-_", 180) + "=" + HX(8))

_basic = base64.b64encode(f"grafana-admin:{pw(1)}".encode()).decode()
s("en", "code", """
nginx access log sample the user attached (they thought the 401s were a bug):
10.0.4.7 - - [30/Nov/2026:10:02:11 +0000] "GET /api/dashboards/uid/node-exp HTTP/1.1" 200 48211 "-" "python-requests/2.32.3" auth="Basic ⟪S⟫"
10.0.4.7 - - [30/Nov/2026:10:02:12 +0000] "GET /api/search?query= HTTP/1.1" 401 34 "-" "curl/8.5.0" auth="-"
""", _basic)

s("he", "code", """
המשתמש צירף קובץ HAR מהדפדפן כדי שנבין למה ההתחברות נופלת. קטע רלוונטי:
"request": {
  "method": "GET",
  "url": "https://portal.shikun-plus.co.il/api/me",
  "headers": [
    {"name": "Cookie", "value": "sessionid=⟪S⟫; csrftoken=⟪c⟫; lang=he"},
    {"name": "User-Agent", "value": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}
  ]
}
הערת הסוכן: ה-session עדיין בתוקף — לבקש מהמשתמש להתנתק אחרי הבדיקה.
""", lo(32), c=an(64))

s("en", "code", """
Tool output (oauth_exchange):
{
  "access_token": "ya29.a0⟪at⟫",
  "expires_in": 3599,
  "refresh_token": "⟪S⟫",
  "scope": "https://www.googleapis.com/auth/calendar.readonly",
  "token_type": "Bearer"
}
""", "1//0g" + rs(AN + "-_", 98), at=rs(AN + "-_", 150))

s("en", "code", """
credentials/client_secret_web.json:
{"web":{"client_id":"⟪cid⟫.apps.googleusercontent.com","project_id":"family-photos-4412","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"⟪S⟫","redirect_uris":["http://localhost:8080/callback"]}}
""", "GOCSPX-" + rs(AN + "-_", 28), cid=nz(12) + "-" + lo(32))

s("en", "code", """
Partner onboarding email (forwarded into the repo README by mistake, agent flagged it):
> Hi team, your production credentials for the FreightHub Rates API:
>   Partner ID: FH-20931
>   Key: ⟪S⟫
> Please keep these safe. Sandbox key will follow separately.
""", rs(AN, 12) + "." + rs(AN + "~", 36))

s("ar", "code", """
طلب المستخدم: "الـ API بيرجع 401 لكل التوكنات بعد النشر"
ملف config/production.env على الخادم:
JWT_ALG=HS256
JWT_SECRET=⟪S⟫
JWT_TTL=3600
ملاحظة الوكيل: القيمة مختلفة عن بيئة staging، لذلك التوكنات القديمة مرفوضة. لا تنسخ هذا الملف إلى المستودع.
""", hx(64))

s("en", "code", """
>>> from cryptography.fernet import Fernet
>>> key = b'⟪S⟫'
>>> f = Fernet(key)
>>> f.decrypt(row["ssn_enc"].encode())
b'[decrypted value elided by agent]'
(lesson: the key was hard-coded in scripts/backfill_ssn.py — moved to KMS)
""", b64u(32) + "=")

s("fi", "code", """
Käyttäjä: "sops ei saa purettua secrets.enc.yaml:ia uudella koneella, tässä mun age-avain"
# created: 2026-09-14T08:21:44+03:00
# public key: age1⟪pub⟫
⟪S⟫
Agentti: SOPS_AGE_KEY_FILE puuttui ympäristöstä, asetettu ~/.config/sops/age/keys.txt.
""", "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58), pub=rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))

s("en", "code", """
hardhat.config.ts (user asked why deploy to sepolia fails with "insufficient funds"):
  networks: {
    sepolia: {
      url: "https://eth-sepolia.g.alchemy.com/v2/" + process.env.ALCHEMY_KEY,
      accounts: ["0x⟪S⟫"],
    },
  },
""", hx(64), span=None)

s("en", "code", """
EAS build log, step "Prepare credentials":
[13:02:45] Using EXPO_TOKEN from environment: ⟪S⟫
[13:02:46] Logged in as fieldnotes-ci
[13:02:51] Android keystore: using remote credentials
""", rs(AN + "_", 40))

s("cs", "code", """
Uživatel: "potřebuju zálohu databáze e-shopu, tady je příkaz co používal kolega"
mysqldump -h db1.eshop.local -u zaloha -p'⟪S⟫' --single-transaction eshop > eshop_$(date +%F).sql
Agent: příkaz funguje, ale heslo v příkazové řádce uvidí každý přes `ps`. Doporučuji ~/.my.cnf.
""", pw(0))

s("en", "code", """
src/main/resources/application-prod.properties
spring.datasource.url=jdbc:postgresql://orders-db.prod:5432/orders
spring.datasource.username=orders_svc
spring.datasource.password=⟪S⟫
spring.jpa.hibernate.ddl-auto=validate
""", pw(1))

_app = " ".join(rs(LO, 4) for _ in range(4))
s("en", "code", """
User: can you get the contact form emails working? I made a google app password for it:
⟪S⟫
(it's for contact@lumenyoga.studio)
Agent plan: EMAIL_HOST=smtp.gmail.com, EMAIL_PORT=587, EMAIL_HOST_PASSWORD from env.
""", _app)

s("ro", "code", """
Utilizatorul: „consumerul Kafka nu se mai conectează după migrarea la Confluent Cloud”.
client.properties:
bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="⟪u⟫" password="⟪S⟫";
Agent: username-ul este cheia API veche; am generat una nouă în consolă.
""", rs(AN + "+/", 64), u=up(16))

s("en", "code", """
// ag-grid setup in dashboard/src/main.tsx
import { LicenseManager } from "ag-grid-enterprise";
LicenseManager.setLicenseKey("⟪S⟫");
""", f"Using_this_{{AG_Grid}}_Enterprise_key_{{AG-0{dg(5)}}}_in_accordance_with_the_terms_of_the_contract_{{{{{hx(32)}}}}}")

s("da", "code", """
Bruger: "JetBrains-licensen på den nye build-server skal aktiveres, her er aktiveringskoden fra indkøb"
⟪S⟫
Agent: aktiveret via idea.key i /opt/idea/config; licensen udløber 2027-11-30.
""", "-".join(up(5) for _ in range(5)))

# ---------------------------------------------------------------- (2) personal assistants
s("en", "pa", """
User (voice, transcribed): ok so can you pay the water bill from my chase account, login is jsmith84 and the password is ⟪S⟫ — no wait, capital S at the start, yeah that's right
""", "S" + pw(0)[1:])

s("en", "pa", """
Agent reasoning: Amazon checkout is asking for a one-time password. The user forwarded the SMS:
  "Amazon: Your OTP is ⟪S⟫. Don't share it with anyone. We never ask for it."
It expires in 10 min, entering it now in the verification field.
""", f"{dg(3)} {dg(3)}")

s("en", "pa", """
Fwd: Your stay at Cedar Ridge Cabin — check-in details
---------- Forwarded message ---------
From: Airbnb <automated@airbnb.com>
Hi Marcus, your host Elaine sent check-in instructions:
Park next to the green shed. The key is in the lockbox on the porch railing,
code ⟪S⟫ (turn the wheels, then pull down). Wi-Fi info is on the fridge.
Check-in: Fri 12 Dec, 4:00 PM · Reservation HMX4Q2ZB9R
""", spoken(dg(4), "en", ", "))

_ln, _fn = "OKONKWO", "ADAEZE"
s("en", "pa", """
{"tool":"airline.apis_submit","arguments":{"pnr":"⟪pnr⟫","passenger":{"surname":"⟪ln⟫","given_names":"⟪fn⟫","dob":"1988-03-14","nationality":"NGA"},"document":{"type":"P","number":"⟪S⟫","issuing_country":"NGA","expiry":"2031-06-30"}}}
""", "A" + dg(8), pnr=up(6), ln=_ln, fn=_fn)

_cc = card("4" + dg(5))
s("en", "pa", """
{"tool":"browser.fill_form","arguments":{"url":"https://checkout.lumenlamps.com/pay","fields":{"cardholder":"Jordan Whitfield","card_number":"⟪S⟫","exp":"07/29","cvc":"⟪cvc⟫","zip":"97214"}}}
""", grp(_cc), cvc=dg(3))

s("en", "pa", """
Transcript of voice note from user (Android recorder, auto-transcribed):
"hey so the cleaners are coming thursday, can you text them the alarm code, it's uh ⟪S⟫ and then they hit OFF, and tell them the side door sticks"
""", spoken(dg(4), "en", " "))

s("en", "pa", """
Agent note while resetting the user's Vanguard login: the site asked the security question
"What was the name of your first pet?" — user's answer on file in their notes app: ⟪S⟫
Second question "City where your parents met?" — user didn't know, skipped via SMS verification instead.
""", R.choice(["Biscuit", "Pickles", "Captain Whiskers", "Mango", "Rufus"]))

s("en", "pa", """
Family admin — school portal (ParentSquare) for Maya, grade 4
username: maya.t.parent
pw ⟪S⟫
(mom changed it in Sept, old one doesn't work anymore)
""", pw(0))

s("en", "pa", """
Booking request to Lakeside Pediatrics — tool call:
{"tool":"clinic_portal.request_appointment","arguments":{"patient":"Eli Romero","dob":"2019-05-02","reason":"ear pain, 3 days","insurance":{"payer":"Blue Cross Blue Shield of Illinois","member_id":"⟪S⟫","group":"⟪g⟫"},"preferred":"weekday mornings"}}
""", "XOF" + dg(9), g=dg(6))

s("en", "pa", """
User: Mom's Medicare card came in the mail, here it is so you can book her flu shot at CVS:
MEDICARE HEALTH INSURANCE
Name: DOROTHY A KELLER
Medicare Number: ⟪S⟫
Entitled to HOSPITAL (PART A) 03-01-2022  MEDICAL (PART B) 03-01-2022
""", us_mbi())

s("en", "pa", """
Reasoning: TurboTax step "Spouse information" needs her SSN. The user typed it in the chat earlier as
"Lena's is ⟪S⟫". Filling the field; will not repeat it in the summary.
""", us_ssn())

s("en", "pa", """
Calendar event: "Pick up Grandpa's car from Westside Storage"
When: Sat Dec 13, 10:00–11:00
Where: Westside Storage, 4410 Industrial Pkwy, unit C-118
Notes: gate keypad ⟪S⟫ then #. Unit padlock key is on the blue keyring.
""", dg(6))

s("en", "pa", """
Message drafted for the house-sitter (approved by user):
Hi Tom! Thanks again for watching Bruno. Wi-Fi is "Henderson_5G" and the password is
⟪S⟫
Feeding schedule is on the fridge. Vet number is in the kitchen drawer.
""", pw(2))

s("en", "pa", """
User: I'm saving this here so I don't lose it — Apple ID recovery key, printed when I turned on Advanced Data Protection:
⟪S⟫
Agent: stored in the encrypted vault note "Apple recovery"; please also keep the paper copy somewhere safe.
""", "-".join(up(4) for _ in range(7)))

s("en", "pa", """
Agent summary (NHS app help): registered Gran with the new GP surgery. Form fields used:
- Name: Margaret Ellis
- DOB: 09/11/1941
- NHS number: ⟪S⟫
- Previous GP: Riverside Medical Centre
Next: surgery will text a registration confirmation within 5 working days.
""", uk_nhs())

s("en", "pa", """
User: send £250 to my sister for the birthday present, her details are sort code 20-45-77 account ⟪S⟫, name Chloe Davies. Reference "Mum bday"
""", dg(8))

s("en", "pa", """
Gift for the user's nephew — they bought a Steam gift card at the store and sent a photo. OCR of the back:
STEAM WALLET CODE
⟪S⟫
Scratch gently. Redeem at store.steampowered.com/account/redeemwalletcode
""", "-".join(up(5) for _ in range(3)))

s("de", "pa", """
Nutzer: kannst du die Überweisung an den Vermieter machen? Online-Banking Sparkasse, Anmeldename max.brandt1979, PIN ist ⟪S⟫. Die TAN kommt dann per pushTAN aufs Handy, die sag ich dir.
""", dg(5))

s("de", "pa", """
Agent-Notiz (Steuererklärung, ELSTER): Für Anlage Kind wird die steuerliche Identifikationsnummer von Jonas benötigt.
Aus dem Brief des Bundeszentralamts (Foto, OCR):
  Ihre Identifikationsnummer: ⟪S⟫
  Bitte bewahren Sie dieses Schreiben auf.
""", grp(de_steuerid(), (2, 3, 3, 3)))

s("de", "pa", """
Termin Hautarztpraxis Dr. Yilmaz am 16.12. um 08:40 gebucht (Doctolib).
Angegeben: gesetzlich versichert, TK, Versichertennummer ⟪S⟫.
Bitte Versichertenkarte mitbringen, Überweisung vom Hausarzt liegt vor.
""", de_kvnr())

s("de", "pa", """
DHL: Ihre Sendung liegt in der Packstation 112, Lindenstraße 4.
Abholcode: ⟪S⟫
Die Sendung wird 7 Kalendertage für Sie aufbewahrt.
(Agent: an den Nutzer weitergeleitet mit Hinweis, heute noch abzuholen)
""", dg(6))

s("fr", "pa", """
Prise de RDV Doctolib pour Madame Lefèvre (ophtalmo, 9 janvier 14h15). Le formulaire demande le n° de sécurité sociale :
⟪S⟫
Mutuelle : Harmonie, carte à jour. Confirmation envoyée par SMS.
""", grp(fr_nir(), (1, 2, 2, 2, 3, 3, 2)))

s("fr", "pa", """
Message vocal transcrit (utilisatrice) : « pour la livraison de la machine à laver, le digicode c'est ⟪S⟫, troisième étage gauche, et s'il y a personne ils peuvent appeler la gardienne »
""", dg(2) + R.choice("ABC") + dg(2))

s("fr", "pa", """
Dossier CAF — changement de RIB. L'utilisateur m'a envoyé son nouveau RIB (Boursorama) :
Titulaire : M. KARIM BENALI
IBAN : ⟪S⟫
BIC : BOUSFRPPXXX
Je remplis la rubrique « Mes coordonnées bancaires » et je joins le PDF.
""", ibanp(new_iban("FR")))

s("es", "pa", """
Check-in online Hotel Arenal (Valencia). Datos del huésped que me pasó el usuario:
Nombre: Lucía Fernández Ortega · DNI: ⟪S⟫ · Fecha nac.: 21/07/1990
Llegada 19/12, salida 22/12. Localizador: ⟪loc⟫
""", es_dni(), loc=dg(10))

s("es", "pa", """
Razonamiento del agente: el banco (BBVA) pide la clave de firma que llega por SMS para confirmar la transferencia a la academia.
SMS reenviado por el usuario: "BBVA: La clave para confirmar tu transferencia de 180,00 EUR es ⟪S⟫. No la compartas."
La introduzco ahora; caduca en 5 minutos.
""", dg(6))

s("es", "pa", """
Usuaria (México): oye, pa' sacar la cita del SAT necesito mi CURP, es ⟪S⟫, ¿me agendas para la próxima semana en la oficina de Insurgentes?
""", mx_curp())

s("it", "pa", """
Pratica iscrizione asilo nido (Comune di Bologna) — dati inseriti dall'assistente:
Genitore: Marco Ricci, codice fiscale ⟪S⟫
Bambino: Leonardo Ricci, nato il 04/02/2025
Stato: domanda inviata, protocollo n. 2026/118734
""", it_cf())

s("it", "pa", """
Utente (messaggio vocale): "senti, domani prelevi tu al bancomat con la carta di mamma? il PIN è ⟪S⟫, però non più di duecento euro"
""", spoken(dg(5), "it", " "))

s("pt", "pa", """
Usuário: preciso declarar o IR da minha mãe, os dados dela são: Maria das Graças Souza, CPF ⟪S⟫, nascida em 12/08/1956. Ela é minha dependente.
""", br_cpf())

s("pt", "pa", """
Nota do assistente (Portugal): para ativar o MB WAY no telemóvel novo do utilizador, o banco enviou um código por SMS.
Código de ativação: ⟪S⟫ (válido 15 minutos)
NIF do titular confirmado no formulário.
""", dg(3) + "-" + dg(3))

s("nl", "pa", """
Agent: afspraak huisarts Dr. de Vries gemaakt voor dinsdag 10:20. De praktijk vroeg om het BSN van de gebruiker: ⟪S⟫. Verzekering: Zilveren Kruis. Bevestiging komt per mail.
""", nl_bsn())

s("nl", "pa", """
Gebruiker: "kun jij even inloggen bij de Belastingdienst voor de voorlopige aanslag? DigiD sms-code die ik net kreeg is ⟪S⟫"
Agent: code ingevoerd, ingelogd. Voorlopige aanslag 2027 staat klaar.
""", dg(6))

s("pl", "pa", """
Użytkownik: zapłać za zamówienie w sklepie z butami, wybierz BLIK. Kod: ⟪S⟫ (ważny 2 min, szybko!)
Agent: kod wpisany, płatność 349,00 zł potwierdzona w aplikacji.
""", dg(6))

s("pl", "pa", """
Notatka: wniosek o 800+ dla Zosi w PUE ZUS. Dane dziecka z aktu urodzenia:
Imię i nazwisko: Zofia Kowalczyk
PESEL: ⟪S⟫
Wniosek złożony, numer potwierdzenia UPO w załączniku.
""", pl_pesel())

s("sv", "pa", """
Assistenten: bokade tid på vårdcentralen Solna för Erik (influensavaccin, 14 dec kl 09:30).
Personnummer angivet: ⟪S⟫
Påminnelse skickas via SMS dagen innan.
""", se_pnr())

s("nb", "pa", """
Bruker (talemelding): «kan du sjekke skattemeldingen min? fødselsnummeret mitt er ⟪S⟫, jeg logger inn med BankID etterpå»
""", grp(no_fnr(), (6, 5)))

s("da", "pa", """
Agent-note: ansøgning om SU-lån for Freja. Formularen kræver CPR-nummer: ⟪S⟫.
MitID-godkendelse sker i appen af brugeren selv.
""", dk_cpr())

s("fi", "pa", """
Käyttäjä: varaa minulle aika Terveystalosta hammaslääkärille ensi viikolle. Henkilötunnus on ⟪S⟫ jos sitä kysytään.
""", fi_hetu())

s("fi", "pa", """
Agentin päättely: Nordean verkkopankki pyytää tunnuslukusovelluksen PIN-koodia maksun vahvistamiseen.
Käyttäjä kirjoitti aiemmin: "koodi on ⟪S⟫ mutta älä tallenna sitä mihinkään"
En tallenna sitä muistiin — (merkintä jäi kuitenkin tähän lokiin).
""", dg(4))

s("cs", "pa", """
Asistent: vyplňuji přihlášku dítěte na tábor. Požadované údaje:
Jméno: Tereza Dvořáková, rodné číslo ⟪S⟫, zdravotní pojišťovna 111 (VZP)
Záloha 2 500 Kč zaplacena, variabilní symbol 20261207.
""", cz_rc())

s("ro", "pa", """
Utilizator: îmi faci programare la ANAF pentru certificatul fiscal? CNP-ul meu e ⟪S⟫, mă pot duce joi dimineață.
""", ro_cnp())

s("hu", "pa", """
Ügynök jegyzet: időpont foglalva a háziorvoshoz (Dr. Kiss Éva), december 15., 9:10.
TAJ-szám: ⟪S⟫
A páciens hozza a beutalót.
""", hu_taj())

s("el", "pa", """
Ο χρήστης ζήτησε ραντεβού για εμβόλιο μέσω της πλατφόρμας. ΑΜΚΑ που δόθηκε: ⟪S⟫. Ημερομηνία: Τρίτη 16/12, 11:00, Κέντρο Υγείας Χαλανδρίου.
""", gr_amka())

s("tr", "pa", """
Kullanıcı (sesli mesaj): "e-Devlet şifremi unuttum sanırım, eski şifre ⟪S⟫ idi, bir dene istersen, olmazsa Türk Telekom'dan SMS ile sıfırlarız"
""", pw(0))

s("tr", "pa", """
Asistan notu: Kızılay kan bağışı randevusu için form dolduruldu.
Ad Soyad: Elif Şahin · T.C. Kimlik No: ⟪S⟫ · Kan grubu: A Rh+
Randevu: 18 Aralık, 14:30, Kadıköy şubesi.
""", tr_tckn())

s("ru", "pa", """
Пользователь переслал SMS от Госуслуг: «Код подтверждения: ⟪S⟫. Никому не сообщайте код.»
Агент: ввёл код, запись к терапевту на 19.12 в 08:20 подтверждена. СНИЛС уже был в профиле.
""", dg(6))

s("ru", "pa", """
Заявление на налоговый вычет за лечение (3-НДФЛ) — данные, которые продиктовал пользователь:
ФИО: Смирнова Анна Викторовна
ИНН: ⟪S⟫
СНИЛС: ⟪sn⟫
""", ru_inn12(), sn=ru_snils())

s("uk", "pa", """
Агент: заповнюю заявку на субсидію через Дію. РНОКПП користувача (ідентифікаційний код): ⟪S⟫. Підпис — через Дія.Підпис у застосунку.
""", ua_rnokpp())

s("ar", "pa", """
المستخدم: احجز لي موعد تجديد الإقامة للعاملة المنزلية عبر أبشر. رقم الهوية الوطنية حقي ⟪S⟫، والرمز بيوصلني على الجوال وأرسله لك.
""", sa_nid())

s("ar", "pa", """
رسالة SMS أرسلها المستخدم: «رمز التحقق الخاص بك في تطبيق البنك هو ⟪S⟫ ولا تشاركه مع أحد»
الوكيل: تم إدخال الرمز لإتمام سداد فاتورة الكهرباء (٤٣٢٫٥٠ درهم).
""", dg(4))

s("he", "pa", """
הסוכן: קבעתי תור לרופאת משפחה בכללית ליום ג׳ 10:40. טופס ההזמנה ביקש מספר תעודת זהות: ⟪S⟫. אישור נשלח במסרון.
""", il_tz())

s("fa", "pa", """
کاربر: قبض گاز را با کارت من بپرداز. شماره کارت ⟪S⟫، CVV2: ⟪cvv⟫، تاریخ انقضا ۰۶/۱۴۰۷. رمز دوم را الان از اپ بانک می‌گیرم و می‌فرستم.
""", grp(card("603799")), cvv=dg(4))

s("fa", "pa", """
یادداشت عامل: ثبت‌نام پسر کاربر در مدرسه. کد ملی: ⟪S⟫ — از روی کارت ملی که عکسش فرستاده بود خوانده شد.
""", ir_melli())

s("hi", "pa", """
यूज़र: गैस सब्सिडी के लिए फ़ॉर्म भर दो, मेरा आधार नंबर ⟪S⟫ है और मोबाइल वही है जो लिंक है।
""", in_aadhaar())

s("hi", "pa", """
एजेंट की सोच: बिजली का बिल UPI से भरना है, ऐप UPI PIN माँग रहा है। यूज़र ने बोला था "पिन ⟪S⟫ है, पर किसी को मत बताना"। मैं इसे सीधे ऐप में डाल रहा हूँ।
""", dg(6))

s("bn", "pa", """
ব্যবহারকারী: আম্মুর মোবাইল রিচার্জ করে দাও, bKash থেকে ৫০০ টাকা। পিন ⟪S⟫, নাম্বার ০১৭১১-৪৫২৩৮৯।
""", dg(5))

s("bn", "pa", """
এজেন্ট নোট: পাসপোর্ট নবায়নের অনলাইন আবেদন। জাতীয় পরিচয়পত্র (NID) নম্বর: ⟪S⟫। আবেদন জমা, ডেলিভারি স্লিপ ডাউনলোড করা হয়েছে।
""", nz(10))

s("ur", "pa", """
صارف: میرا شناختی کارڈ نمبر ⟪S⟫ ہے، نادرا کی ویب سائٹ پر ب-فارم کے لیے اپلائی کر دو بیٹے کا۔
""", f"{nz(5)}-{dg(7)}-{R.choice('13579')}")

s("ur", "pa", """
ایجنٹ: JazzCash سے بجلی کا بل ادا کرنا ہے۔ صارف نے کہا "ایم پن ⟪S⟫ ہے"۔ ادائیگی مکمل، ٹرانزیکشن آئی ڈی محفوظ کر لی۔
""", dg(4))

s("ja", "pa", """
ユーザー：ふるさと納税のワンストップ特例の申請書、書いといて。マイナンバーは ⟪S⟫ ね。
エージェント：承知しました。本人確認書類の写しも同封が必要です。
""", jp_mynumber())

s("ja", "pa", """
音声メモ（自動文字起こし）：「えーと、ゆうちょのキャッシュカードの暗証番号は ⟪S⟫ です。明日おばあちゃんの代わりに十万円おろしてきてください」
""", spoken(dg(4), "ja", " "))

s("zh", "pa", """
用户：帮我在12306买周五去杭州的高铁票，乘车人张伟，身份证号 ⟪S⟫，二等座靠窗。
助手：已下单 G7511 次，待支付。
""", cn_rid())

s("zh", "pa", """
助手推理：淘宝付款需要支付密码，用户之前在对话里说过“支付密码是 ⟪S⟫，别告诉别人”。输入后订单已付款（¥268.00）。
""", dg(6))

s("ko", "pa", """
사용자: 연말정산 간소화 자료 좀 받아줘. 주민등록번호 ⟪S⟫, 공동인증서 비밀번호는 내가 직접 입력할게.
""", kr_rrn())

s("ko", "pa", """
에이전트 메모: 아파트 공동현관 비밀번호 변경 안내 문자(관리사무소) — "12월 1일부터 공동현관 비밀번호가 ⟪S⟫로 변경됩니다." 택배 요청사항에 반영함.
""", "#" + dg(4) + "*")

s("vi", "pa", """
Người dùng: đặt vé máy bay Vietjet đi Đà Nẵng ngày 24/12 cho mẹ nhé. Họ tên: Nguyễn Thị Hoa, số CCCD ⟪S⟫, sinh năm 1962.
""", vn_cccd())

s("vi", "pa", """
Tin nhắn người dùng chuyển tiếp: "Vietcombank: Ma OTP cua Quy khach la ⟪S⟫ de xac thuc giao dich chuyen tien 2,500,000 VND. KHONG chia se ma nay."
Agent: đã nhập OTP, giao dịch thành công.
""", dg(6))

s("th", "pa", """
ผู้ใช้: ช่วยลงทะเบียนรับวัคซีนให้แม่หน่อย เลขบัตรประชาชน ⟪S⟫ ชื่อ นางสมพร ใจดี เกิด 2501
""", th_id())

s("th", "pa", """
เอเจนต์: ธนาคารส่ง OTP มาทาง SMS ผู้ใช้ส่งต่อมาว่า "รหัส OTP คือ ⟪S⟫ (Ref: KQ7M) ใช้ภายใน 5 นาที" ใส่รหัสแล้ว การโอนเงินค่าเทอมสำเร็จ
""", dg(6))

s("id", "pa", """
User: daftarkan aku BPJS Kesehatan mandiri ya. NIK ⟪S⟫, alamat sesuai KTP di Bekasi.
""", id_nik())

s("id", "pa", """
Catatan asisten: user minta bayar tagihan listrik PLN lewat m-banking. Dia bilang PIN m-banking-nya "⟪S⟫". Pembayaran berhasil, token listrik sudah dikirim ke user.
""", spoken(dg(6), "id", " "))

s("tl", "pa", """
User: pakibayad naman yung Meralco bill gamit GCash ko. MPIN ko ay ⟪S⟫, tapos may OTP na darating, ipapasa ko sa'yo.
""", dg(4))

s("tl", "pa", """
Agent note: nag-apply ng passport appointment sa DFA para kay user. Hiningi ang PhilSys number niya: ⟪S⟫. Schedule: Enero 8, 9:00 AM, DFA Aseana.
""", "-".join(dg(4) for _ in range(4)))

s("sw", "pa", """
Mtumiaji (ujumbe wa sauti): "tafadhali lipa ada ya shule ya Amani kupitia M-Pesa, namba ya siri yangu ni ⟪S⟫, paybill ni 247247"
""", spoken(dg(4), "sw", " "))

s("sw", "pa", """
Kumbukumbu ya wakala: kujaza fomu ya kuomba pasipoti ya Kenya (eCitizen). Namba ya kitambulisho cha taifa: ⟪S⟫. Malipo ya KSh 4,550 yamefanyika.
""", ke_id())

s("am", "pa", """
ተጠቃሚ፦ በቴሌብር የመብራት ክፍያ ክፈልልኝ። የሚስጥር ቁጥሬ ⟪S⟫ ነው። ደረሰኙን ላክልኝ።
""", dg(6))

s("am", "pa", """
የወኪሉ ማስታወሻ፦ ለኢትዮጵያ አየር መንገድ ትኬት የፓስፖርት ቁጥር ተሞልቷል፦ ⟪S⟫። በረራ ET 302 ታኅሣሥ 20።
""", "EP" + dg(7))

s("yo", "pa", """
Olùlò: jọ̀wọ́ ṣí àkáǹtì tuntun fún mi ní banki. BVN mi ni ⟪S⟫, NIN mi wà nínú fọ́tò tí mo fi ránṣẹ́.
""", "22" + dg(9))

s("yo", "pa", """
Àkọsílẹ̀ aṣojú: olùlò sọ pé "PIN káàdì ATM mi ni ⟪S⟫, gba ẹgbẹ̀rún mẹ́wàá Naira fún Mama" — mo kò fi pamọ́ sí ibikíbi mìíràn.
""", dg(4))

s("zu", "pa", """
Umsebenzisi: ngicela ungibhalisele i-SASSA grant kagogo. Inombolo kamazisi wakhe ithi ⟪S⟫, uzalwe ngo-1951.
""", za_id())

s("zu", "pa", """
Inothi lomenzeli: umsebenzisi uthe iPIN yekhadi lakhe le-Capitec ngu-⟪S⟫; ngiyikhokhile imali kagesi (R450). Angiyigcinanga iPIN kwenye inkumbulo.
""", dg(4))

s("af", "pa", """
Gebruiker (stemnota): "die alarmkode vir die huis in Stellenbosch is ⟪S⟫, sê vir die skoonmaker sy moet dit binne dertig sekondes intik"
""", spoken(dg(4), "af", " "))

s("af", "pa", """
Agent: hernu van rybewys afspraak by die verkeersdepartement. ID-nommer van gebruiker: ⟪S⟫. Afspraak 9 Januarie om 08:00, Bellville.
""", za_id())

s("ta", "pa", """
பயனர்: என் வருமான வரி ரிட்டர்ன் பதிவு செய்யணும். PAN எண் ⟪S⟫, ஆதார் இணைக்கப்பட்டுள்ளது.
""", in_pan())

s("ta", "pa", """
முகவர் குறிப்பு: வங்கி அனுப்பிய OTP ⟪S⟫ ஐ பயனர் அனுப்பினார்; மின்கட்டணம் ₹1,240 செலுத்தப்பட்டது.
""", dg(6))

s("ha", "pa", """
Mai amfani: don Allah ka cike mini fom ɗin rajistar katin ɗan ƙasa na ɗana. Lambar NIN ta ni ce ⟪S⟫.
""", ng_nin())

s("ha", "pa", """
Bayanin wakili: mai amfani ya ce lambar sirrin ATM ɗinsa ita ce ⟪S⟫; an biya kuɗin makaranta ₦85,000. Ban ajiye lambar ba.
""", dg(4))

# ---------------------------------------------------------------- (3) business back-office
s("en", "biz", """
HR onboarding checklist — new hire: Daniel Park (Warehouse Lead), start 2027-01-05
| Field            | Value                 |
|------------------|-----------------------|
| Employee ID      | E-40718               |
| SSN              | ⟪S⟫           |
| Direct deposit   | Chase, routing 021000021, acct on file |
| I-9 doc          | US passport, verified by R. Gomez |
""", us_ssn())

s("en", "biz", """
Payroll agent: employee requested change of direct deposit.
From: Samira Haddad <s.haddad@northwind-dental.com>
"Please send my pay to my new account at Ally: routing 124003116, account number
⟪S⟫
starting with the Dec 31 run. Thanks!"
Verification call back to her phone on file: done 11:42.
""", nz(10))

s("en", "biz", """
Accounting agent log — QuickBooks Online connector refresh
2026-12-01 06:00:02 INFO  intuit.oauth: refreshing access token for realm 9341452786651110
2026-12-01 06:00:03 DEBUG intuit.oauth: POST /oauth2/v1/tokens/bearer grant_type=refresh_token&refresh_token=⟪S⟫
2026-12-01 06:00:03 INFO  intuit.oauth: new token expires_in=3600
""", "AB11" + nz(9) + rs(AN, 36))

s("en", "biz", """
CRM agent: HubSpot private app created for the lead-scoring sync.
Name: lead-scoring-sync · Scopes: crm.objects.contacts.read, crm.objects.deals.write
Access token (shown once):
⟪S⟫
Stored in 1Password › Sales Ops › HubSpot.
""", "pat-na1-" + uid())

s("en", "biz", """
Support chat transcript #CS-88412 (exported for QA review):
[14:02] Customer: hi I was double charged for my order
[14:03] Agent (bot): Sorry about that! Could you confirm the last 4 digits of the card?
[14:03] Customer: its ⟪S⟫ exp 11/28 cvv ⟪cvv⟫
[14:04] Agent (bot): Thanks — please never share your full card number in chat. I've opened a refund request.
""", card("5" + R.choice("12345") + dg(4)), cvv=dg(3))

s("en", "biz", """
Procurement agent reasoning: need to pull the Q4 price list from the Grainger supplier portal.
The shared procurement mailbox has a note from Kevin (pinned):
  "portal login: purchasing@hollis-mfg.com
   (password is the usual one with the year bumped) → ⟪S⟫"
Logging in to download the CSV.
""", "Hollis!" + "2026" + R.choice("ab"))

s("en", "biz", """
Legal ops: Envelope for the MSA with Brightline Logistics sent via DocuSign.
Envelope ID: ⟪env⟫
Recipient: J. Alvarez (General Counsel) — access code required, communicated by phone:
⟪S⟫
Signing deadline: Dec 19.
""", up(8), env=uid())

s("en", "biz", """
Finance close checklist (Dec) — Xero API app for the consolidation script:
client_id: ⟪cid⟫
client_secret: ⟪S⟫
redirect: https://localhost:5000/callback
TODO: move to Azure Key Vault before the auditors' visit.
""", rs(AN + "-_", 48), cid=HX(32))

_bdoc = "G" + dg(7)
_l1, _l2 = mrz_td3("LIMA", "ANA CAROLINA", "BRA", _bdoc, "F")
s("en", "biz", """
HR agent — visa sponsorship file for Ana Lima (BR). Passport scan OCR (page 2):
REPUBLICA FEDERATIVA DO BRASIL  PASSAPORTE
Tipo/Type P   País/Country BRA   Passaporte nº ⟪S⟫
Sobrenome/Surname LIMA   Nome/Given names ANA CAROLINA
⟪l1⟫
⟪l2⟫
""", _bdoc, l1=_l1, l2=_l2)

s("en", "biz", """
Customer support macro misuse (flagged by QA bot): agent pasted the admin override into a public ticket reply.
Ticket #ZD-552107 · public reply · 2026-11-27 16:40
"Hi Mr. Osei, I've unlocked your kiosk. If it locks again, enter the technician override ⟪S⟫ at the PIN prompt."
Action: reply redacted, override rotated on all 14 kiosks.
""", dg(8))

s("en", "biz", """
Sales ops note: Salesforce integration user for the CPQ sync
Username: cpq.integration@acme-solar.com
Password + security token (concatenated, as the SOAP login needs it):
⟪S⟫
""", pw(1) + an(25))

s("en", "biz", """
Bookkeeping agent: bank feed reconnect for Mercury (business checking). The user pasted:
"acct 202218774411, routing 084106768 — and the login pw is ⟪S⟫"
Only the login is needed for Plaid; not storing the password after reconnect.
""", pw(3))

s("de", "biz", """
Personalabteilung – Neueinstellung zum 01.01.: Frau Katrin Neumann
Sozialversicherungsnummer (lt. SV-Ausweis): ⟪S⟫
Krankenkasse: AOK Nordost · Steuerklasse I · Kinderfreibeträge 0
IBAN für Gehalt: folgt per Post
""", de_rvnr())

s("de", "biz", """
Buchhaltung: Gehaltsabrechnung Dezember — Bankverbindung Mitarbeiter (aus Personalstammblatt):
Name;IBAN;BIC;Betrag
Yusuf Demir;⟪S⟫;COBADEFFXXX;3.412,77
""", new_iban("DE"))

s("fr", "biz", """
RH — DPAE pour le nouvel alternant (embauche 05/01) :
Nom : Thomas Girard · NIR : ⟪S⟫ · Né le 03/04/2005 à Lyon
Convention : Syntec · Contrat : apprentissage 24 mois
""", fr_nir())

s("es", "biz", """
Nóminas: alta de trabajadora extranjera en la Seguridad Social (sistema RED).
Nombre: Oksana Melnyk · NIE: ⟪S⟫ · Nº afiliación SS: 28/⟪naf⟫
Contrato indefinido a jornada completa desde el 02/01/2027.
""", es_nie(), naf=dg(8) + "/" + dg(2))

s("it", "biz", """
Ufficio acquisti — accesso al portale fornitori di Brembo (richiesto dall'agente per scaricare gli ordini aperti):
utente: acquisti@officinerossi.it
password: ⟪S⟫
(cambiata il 02/12, la vecchia è bloccata)
""", pw(0))

s("pt", "biz", """
Contabilidade (Lisboa): para submeter a IES preciso entrar no Portal das Finanças da empresa.
O sócio mandou por WhatsApp:
"senha das finanças da empresa:
⟪S⟫
não partilhes com ninguém"
""", pw(3))

s("nl", "biz", """
Administratie-agent: koppeling Exact Online ↔ webshop opnieuw ingesteld.
App: webshop-sync · Client ID: {⟪cid⟫}
Client secret: ⟪S⟫
Webhook secret: ingesteld in de Exact app store-omgeving.
""", rs(AN, 12), cid=uid())

s("ja", "biz", """
総務エージェント：新入社員の給与振込口座を登録しました。
氏名：佐藤 美咲 / 銀行：みずほ銀行 渋谷支店（店番 ⟪br⟫）/ 普通預金 口座番号 ⟪S⟫
12月25日支給分から反映。
""", dg(7), br=dg(3))

s("zh", "biz", """
财务助理备注：企业微信“报销审批”应用配置
corpid: ww⟪cid⟫
agentid: 1000005
corpsecret: ⟪S⟫
已配置到服务器环境变量，勿在群里转发。
""", rs(AN + "-_", 43), cid=hx(16))

s("ko", "biz", """
구매팀 에이전트: 나라장터 입찰 참가를 위해 법인 공동인증서 비밀번호가 필요. 대표님 메일 원문:
"인증서 비번은 ⟪S⟫ 입니다. 입찰 끝나면 바꿀 예정"
""", pw(3))

s("ar", "biz", """
وكيل الرواتب: ملف حماية الأجور (WPS) لشهر ديسمبر — سطر الموظف:
EDR,⟪eid⟫,⟪S⟫,SAR,7800.00,2026-12-27
ملاحظة: رقم الآيبان الشخصي للموظف محمد العتيبي، تم التحقق منه مع البنك.
""", new_iban("SA"), eid=nz(10))

s("tr", "biz", """
İK asistanı: yeni çalışanın maaş hesabı sisteme girildi.
Ad Soyad: Burak Yıldız · IBAN: ⟪S⟫ · Banka: Garanti BBVA
İlk maaş: 31 Aralık
""", ibanp(new_iban("TR")))

s("sw", "biz", """
Wakala wa fedha: kuunganisha mfumo wa mauzo na M-Pesa Daraja API.
Consumer key: ⟪ck⟫
Consumer secret: ⟪S⟫
Shortcode: 174379 · Mazingira: production
""", an(16), ck=an(48))

s("pl", "biz", """
Dział kadr: umowa zlecenie dla Ireny Wiśniewskiej — dane do przelewu wynagrodzenia:
Nr rachunku: ⟪S⟫ (mBank)
Urząd skarbowy: Warszawa-Mokotów
""", grp(new_iban("PL")[2:], (2, 4, 4, 4, 4, 4, 4)))

s("el", "biz", """
Λογιστήριο: πρόσβαση στο Taxisnet της εταιρείας για την υποβολή ΦΠΑ Νοεμβρίου.
Κωδικός χρήστη: logistirio_ath
Συνθηματικό: ⟪S⟫
(ο λογιστής θα το αλλάξει μετά την υποβολή)
""", pw(0))

# ---------------------------------------------------------------- (4) ops / on-call
s("en", "ops", """
INC-4471 timeline (Sev2, checkout latency)
14:02 alert fired: p99 > 2s on checkout-api
14:06 on-call (agent) created Grafana service account token to pull panels via API:
      ⟪S⟫
14:20 root cause: connection pool exhaustion after config push
14:35 mitigated (pool size 40 → 120)
""", "glsa_" + an(32) + "_" + hx(8))

s("en", "ops", """
alertmanager.yml (committed to infra repo, found during review):
receivers:
  - name: pagerduty-critical
    pagerduty_configs:
      - routing_key: ⟪S⟫
        severity: critical
        send_resolved: true
""", hx(32))

s("en", "ops", """
On-call handoff note (agent-written): AWS root account was needed to close the billing alarm.
Root email: aws-root@fernbank.io — password was in the break-glass envelope, used and then rotated.
MFA code used at 03:14 UTC: ⟪S⟫ (from the hardware token, serial GAHT⟪ser⟫)
Next: re-seal envelope, log in break-glass register.
""", dg(6), ser=dg(8))

s("en", "ops", """
$ aws rds modify-db-instance --db-instance-identifier ledger-prod \\
    --master-user-password '⟪S⟫' --apply-immediately
{
    "DBInstance": {
        "DBInstanceIdentifier": "ledger-prod",
        "DBInstanceStatus": "available",
        "PendingModifiedValues": { "MasterUserPassword": "****" }
    }
}
""", pw(1))

s("en", "ops", """
redis-cli session during cache incident:
$ redis-cli -h cache-prod-01.int -p 6380 --tls -a ⟪S⟫ INFO memory
Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.
# Memory
used_memory_human:11.82G
maxmemory_human:12.00G
""", pw(4))

s("en", "ops", """
Elasticsearch reset performed by ops agent:
$ bin/elasticsearch-reset-password -u elastic -b
Password for the [elastic] user successfully reset.
New value: ⟪S⟫
Updated kibana keystore + Logstash pipeline outputs.
""", rs(AN + "*_+=", 20))

s("en", "ops", """
RabbitMQ queue depth runaway — quick check from the agent:
AMQP_URL=amqps://orders_admin:⟪S⟫@b-7d1e2f.mq.eu-west-1.amazonaws.com:5671/orders
python tools/peek_queue.py --queue orders.retry --count 5
Queue orders.retry: 184,221 messages, 0 consumers
""", pw(2))

s("en", "ops", """
kubeconfig the contractor sent for the staging cluster (pasted into #ops by mistake):
users:
- name: contractor-sa
  user:
    token: ⟪S⟫
contexts:
- context: {cluster: staging-eks, user: contractor-sa, namespace: web}
""", jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "web", "sub": "system:serviceaccount:web:contractor-sa"}, "RS256", 256))

s("en", "ops", """
Runbook excerpt — "DC2 rack B power cycle"
1. Log into iDRAC at https://10.40.2.21 (user: root)
2. Password: see below (rotated quarterly; current value as of Oct)
3.
   ⟪S⟫
4. Server → Power → Graceful shutdown
""", pw(1))

s("en", "ops", """
Site-to-site VPN (branch Leeds ↔ AWS) — tunnel 2 down.
Agent pulled config from the firewall:
set vpn ipsec site-to-site peer 18.133.40.12 authentication pre-shared-secret '⟪S⟫'
set vpn ipsec site-to-site peer 18.133.40.12 ike-group IKE-AWS
Tunnel 1 OK, tunnel 2 phase 1 mismatch (DH group 14 vs 2).
""", rs(AN + "._", 32))

s("en", "ops", """
Incident summary for the team (INC-4490): printer VLAN was scraped from outside because the SNMP
community was never changed from what the vendor installer set. The string was
"⟪S⟫" — RW access. Rotated to SNMPv3 authPriv, old community removed on all 23 devices.
""", "hp_" + lo(10))

s("en", "ops", """
Lesson for next time (from the Saturday DB migration):
The password for the replication user isn't in Vault yet. It's split because Neha didn't want it in one message:
  part 1 (Neha, Slack DM): ⟪S⟫
  part 2 (Luis, SMS):      ⟪p2⟫
Concatenate them. Then PLEASE put it in Vault under db/replication.
""", an(10), p2=an(10))

s("en", "ops", """
psql output the on-call agent captured while checking stuck sessions:
ledger=> SELECT usename, application_name, query FROM pg_stat_activity WHERE state='active';
 usename | application_name |                   query
---------+------------------+--------------------------------------------
 admin   | psql             | ALTER ROLE reporting WITH PASSWORD '⟪S⟫';
 app     | ledger-api       | SELECT * FROM entries WHERE account_id=$1
(2 rows)
""", pw(0))

s("de", "ops", """
Bereitschaft, Nacht 03.12.: Grafana nicht erreichbar nach Update.
Admin-Login über die Kommandozeile zurückgesetzt:
$ grafana-cli admin reset-admin-password '⟪S⟫'
Admin password changed successfully ✔
Ursache: Plugin-Inkompatibilität, Plugin deaktiviert.
""", pw(0))

s("fr", "ops", """
Astreinte — note de passation : la base MongoDB de préprod a été restaurée depuis le snapshot de 02h00.
Le compte root temporaire créé pour la restauration :
  utilisateur : restore_tmp
  mot de passe : ⟪S⟫
À supprimer demain matin (ticket OPS-2291).
""", pw(4))

s("es", "ops", """
Guardia: el agente tuvo que entrar al router del almacén para reiniciar el túnel.
Acceso SSH: admin@192.168.88.1 — contraseña (me la dictó Raúl por teléfono, letra por letra): ⟪S⟫
Túnel restablecido 04:12.
""", "-".join(pw(4)[:10]))

s("ja", "ops", """
障害対応メモ（12/02 深夜）：本番MySQLのレプリケーション停止。
root パスワードは金庫の紙にあるものを使用：⟪S⟫
STOP SLAVE; → スキップ1件 → START SLAVE; で復旧。翌朝パスワード変更予定。
""", pw(0))

s("zh", "ops", """
值班记录：Jenkins 构建全部卡住。排查发现凭据被改。
管理员临时密码（运维群里张工发的，截图 OCR）：⟪S⟫
已登录恢复执行器，明早统一改回。
""", pw(3))

s("ru", "ops", """
Дежурство: упал мониторинг Zabbix после обновления PHP.
Вошёл в веб-интерфейс под Admin, пароль из wiki (страница «Доступы», устаревшая!): ⟪S⟫
Сделать: убрать пароли из wiki, перенести в Vaultwarden.
""", pw(0))

s("pt", "ops", """
Plantão (Brasil): o cliente pediu acesso à instância EC2 do ERP. Chave privada que ele colou no chamado (formato PEM):
-----BEGIN RSA PRIVATE KEY-----
⟪S⟫
-----END RSA PRIVATE KEY-----
Ação: acesso feito, chave revogada e par novo gerado.
""", pem_body(600, "MIIEowIBAAKCAQEA"))

s("ko", "ops", """
장애 대응 요약: NAS 관리자 계정이 잠겨서 백업 실패. 재설정 후 새 비밀번호는
⟪S⟫
입니다 (팀 금고에 등록 예정).
""", pw(1))

s("hu", "ops", """
Ügyeleti jegyzet: a raktári Wi-Fi vezérlő újraindult, a vendég hálózat jelszava visszaállt a gyári értékre.
Új WPA2 jelszó beállítva: ⟪S⟫
Kiküldve a raktárvezetőnek SMS-ben.
""", pw(2))

s("it", "ops", """
Reperibilità: accesso d'emergenza al vCenter durante il blackout.
Account: administrator@vsphere.local
Password: (scritta al contrario nel quaderno, per sicurezza) → ⟪S⟫
Host esxi-03 rimesso in manutenzione alle 05:40.
""", pw(1)[::-1])

s("nl", "ops", """
Storing-log, de on-call agent: toegangscode voor de serverruimte in Utrecht is gewijzigd na het incident met de schoonmaakploeg.
Nieuwe deurcode: ⟪S⟫
Oude code werkt tot vrijdag 18:00.
""", dg(6) + "#")

s("sv", "ops", """
Jourrapport: backup-servern i Göteborg krypteras med LUKS. Vid omstart måste lösenfrasen matas in manuellt via iLO-konsolen:
⟪S⟫
(sparad även i kassaskåpet)
""", seed_words(6).replace(" ", "-"))

s("tr", "ops", """
Nöbet notu: veri merkezindeki kabin kilidi şifreli. Sabah vardiyası için:
Kabin B-14 kilit şifresi: ⟪S⟫
Kamera kayıtları kontrol edildi, izinsiz giriş yok.
""", dg(4))

s("en", "ops", """
Crypto treasury ops (incident INC-5012): the cold wallet recovery was tested.
Recovery phrase read from the steel plate (words 1–12):
⟪S⟫
Test restore on air-gapped laptop succeeded; laptop wiped.
""", seed_words(12))

s("en", "ops", """
Postmortem draft — section "What went wrong":
The Bitcoin hot wallet key was exported during debugging and left in /tmp/export.txt on node btc-hot-2:
⟪S⟫
Funds moved to a new wallet within 20 minutes; no loss.
""", wif())


# =====================================================================
# INNOCENT look-alikes
# =====================================================================
BCRYPT_AL = "./" + UP + LO + DG


def bcrypt_hash() -> str:
    return "$2b$12$" + rs(BCRYPT_AL, 53)


def argon2_hash() -> str:
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64(16).rstrip('=')}${b64(32).rstrip('=')}"


def sops_enc(n: int = 24) -> str:
    return f"ENC[AES256_GCM,data:{b64(n)},iv:{b64(32)},tag:{b64(16)},type:str]"


# ---------------------------------------------------------------- (1) coding agents
i("en", "code", """
$ git log --oneline -8
⟪a⟫ (HEAD -> main, origin/main) fix(auth): stop logging refresh tokens in debug mode
⟪b⟫ chore: rotate key-loading to read from AWS Secrets Manager
⟪c⟫ feat(api): add /v2/orders pagination cursor
⟪d⟫ test: cover password reset email template
⟪e⟫ Merge pull request #812 from acme/dependabot/npm_and_yarn/jose-5.9.6
⟪f⟫ build(deps): bump jose from 5.9.3 to 5.9.6
⟪g⟫ docs: explain where the session secret comes from
⟪h⟫ ci: cache pnpm store by lockfile hash
""", a=hx(7), b=hx(7), c=hx(7), d=hx(7), e=hx(7), f=hx(7), g=hx(7), h=hx(7))

i("en", "code", """
$ docker pull ghcr.io/acme/ledger-api:2.31.0
2.31.0: Pulling from acme/ledger-api
⟪l1⟫: Already exists
⟪l2⟫: Pull complete
⟪l3⟫: Pull complete
Digest: sha256:⟪d⟫
Status: Downloaded newer image for ghcr.io/acme/ledger-api:2.31.0
""", l1=hx(12), l2=hx(12), l3=hx(12), d=sha256())

i("en", "code", """
package-lock.json (excerpt)
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-⟪x⟫",
      "dependencies": { "jws": "^3.2.2", "lodash.includes": "^4.3.0" }
    },
""", x=b64(64))

i("en", "code", """
requirements.lock
cryptography==43.0.3 \\
    --hash=sha256:⟪a⟫ \\
    --hash=sha256:⟪b⟫
pyjwt==2.10.1 \\
    --hash=sha256:⟪c⟫
""", a=sha256(), b=sha256(), c=sha256())

i("en", "code", """
Release v3.4.0 artifacts — verify with `sha256sum -c SHA256SUMS`:
⟪a⟫  keyring-cli_3.4.0_linux_amd64.tar.gz
⟪b⟫  keyring-cli_3.4.0_darwin_arm64.tar.gz
⟪c⟫  keyring-cli_3.4.0_windows_amd64.zip
All 3 checksums OK.
""", a=sha256(), b=sha256(), c=sha256())

i("en", "code", """
$ ssh-keygen -t ed25519 -C "ci@build-02" -f ~/.ssh/ci_ed25519 -N ""
Generating public/private ed25519 key pair.
Your identification has been saved in /home/ci/.ssh/ci_ed25519
Your public key has been saved in /home/ci/.ssh/ci_ed25519.pub
The key fingerprint is:
SHA256:⟪fp⟫ ci@build-02
Agent: added the .pub to the deploy keys of acme/infra (read-only). Private key never left the runner.
""", fp=b64(32).rstrip("="))

i("en", "code", """
Tool call: append to /home/deploy/.ssh/authorized_keys
{"path":"/home/deploy/.ssh/authorized_keys","append":"ssh-ed25519 ⟪k⟫ nadia@laptop-2026\\n"}
Result: ok (3 keys total)
""", k=ssh_pub_ed25519())

i("en", "code", """
$ gpg --list-keys --keyid-format long release@acme.dev
pub   ed25519/⟪kid⟫ 2025-03-11 [SC] [expires: 2027-03-11]
      ⟪fp⟫
uid                 [ultimate] Acme Release Signing <release@acme.dev>
sub   cv25519/⟪sub⟫ 2025-03-11 [E] [expires: 2027-03-11]
""", kid=HX(16), fp=HX(40), sub=HX(16))

i("en", "code", """
$ openssl s_client -connect api.acme.dev:443 -showcerts </dev/null 2>/dev/null | sed -n '/BEGIN/,/END/p' | head -8
-----BEGIN CERTIFICATE-----
⟪c⟫
-----END CERTIFICATE-----
(public leaf cert; agent is checking the SAN list for the new subdomain)
""", c=pem_body(280, "MIIFazCCBFOgAwIBAgISA"))

i("en", "code", """
GET https://auth.acme.dev/.well-known/jwks.json →
{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"⟪kid⟫","e":"AQAB","n":"⟪n⟫"}]}
The kid in the failing token header matches this key, so the signature issue is elsewhere (clock skew?).
""", kid=hx(16), n=b64u(256))

i("en", "code", """
Created .env.example for the onboarding docs:
DATABASE_URL=postgres://app:changeme@localhost:5432/app_dev
STRIPE_SECRET_KEY=sk_test_your_key_here
SENDGRID_API_KEY=<your SendGrid key>
JWT_SECRET=replace-me-with-32-random-bytes
Copy to .env and fill in real values from 1Password. Never commit .env.
""")

i("en", "code", """
.github/workflows/release.yml
      - name: Publish
        run: npm publish --provenance --access public
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
      - name: Notify
        run: ./scripts/notify.sh
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

i("en", "code", """
charts/api/values-prod.yaml
database:
  host: ledger-pg.prod.svc.cluster.local
  user: ledger_app
  existingSecret: ledger-db-credentials
  existingSecretPasswordKey: password
redis:
  auth:
    enabled: true
    existingSecret: redis-auth   # key: redis-password
""")

i("en", "code", """
Agent note: the user's script copies credentials from the AWS CLI docs. These are AWS's published
example values (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY), not a real key —
that's why every call returns InvalidClientTokenId. Told them to run `aws configure sso` instead.
""")

i("en", "code", """
tests/fixtures/tokens.py
# The canonical example token from jwt.io — used only to test the decoder's error path.
JWT_IO_EXAMPLE = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
""")

i("en", "code", """
README → Testing payments locally
Use Stripe's documented test card 4242 4242 4242 4242 with any future expiry (e.g. 12/34) and any
3-digit CVC. To test 3-D Secure, use the test card listed in Stripe's docs under "Authentication".
Test mode keys start with sk_test_ / pk_test_; never put a live key in this README.
""")

i("en", "code", """
web/src/config.ts
export const STRIPE_PUBLISHABLE_KEY =
  "pk_live_51⟪pk⟫";
// Publishable key: safe to ship in the browser bundle. The secret key lives only in the API.
""", pk=an(96))

i("en", "code", """
Run actions/cache@v4
Cache restored from key: pnpm-store-Linux-⟪k⟫
Received 214958080 of 214958080 (100.0%), 78.1 MBs/sec
Cache Size: ~205 MB (214958080 B)
""", k=sha256())

i("en", "code", """
Tool output (http_request):
POST /v1/refunds  201 Created  (412 ms)
Idempotency-Key: ⟪k⟫
Request-Id: req_⟪r⟫
{"id":"re_3Q⟪re⟫","amount":4599,"currency":"eur","status":"succeeded"}
""", k=uid(), r=an(14), re=an(22))

i("en", "code", """
$ aws s3 ls s3://acme-exports-prod/keys/ --recursive | head -4
2026-11-29 02:00:14    1048213 keys/2026/11/29/partition-key=eu/part-00000-⟪u1⟫.snappy.parquet
2026-11-29 02:00:15     998120 keys/2026/11/29/partition-key=us/part-00000-⟪u2⟫.snappy.parquet
2026-11-30 02:00:11    1051877 keys/2026/11/30/partition-key=eu/part-00000-⟪u3⟫.snappy.parquet
2026-11-30 02:00:12    1003309 keys/2026/11/30/partition-key=us/part-00000-⟪u4⟫.snappy.parquet
""", u1=uid(), u2=uid(), u3=uid(), u4=uid())

i("en", "code", """
$ gcloud iam service-accounts keys list --iam-account=etl-runner@acme-data-prod.iam.gserviceaccount.com
KEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED
⟪k1⟫  2026-02-11T09:12:44Z  9999-12-31T23:59:59Z
⟪k2⟫  2026-10-02T14:01:07Z  2027-01-31T00:00:00Z
Plan: delete the February key (user-managed, unused for 90 days per Recommender).
""", k1=hx(40), k2=hx(40))

i("en", "code", """
$ aws iam list-access-keys --user-name ci-deployer
{
    "AccessKeyMetadata": [
        {
            "UserName": "ci-deployer",
            "AccessKeyId": "AKIA⟪ak⟫",
            "Status": "Inactive",
            "CreateDate": "2025-06-03T10:22:41+00:00"
        }
    ]
}
(metadata only — the secret half is never returned by this API)
""", ak=rs(UP + "234567", 16))

i("en", "code", """
db/seeds/users.sql — dev fixtures (password hashes only; plaintext is not stored anywhere):
INSERT INTO users (email, password_hash, role) VALUES
  ('admin@example.test', '⟪h1⟫', 'admin'),
  ('viewer@example.test', '⟪h2⟫', 'viewer');
""", h1=bcrypt_hash(), h2=bcrypt_hash())

i("en", "code", """
secrets/prod.enc.yaml (SOPS-encrypted, safe to commit — ciphertext only)
db_password: ⟪a⟫
stripe_secret_key: ⟪b⟫
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:⟪acct⟫:key/⟪kid⟫
          created_at: "2026-09-01T10:11:12Z"
          enc: AQICAHh⟪blob⟫
    lastmodified: "2026-11-28T16:02:55Z"
    mac: ⟪mac⟫
    version: 3.9.1
""", a=sops_enc(18), b=sops_enc(40), acct=nz(12), kid=uid(), blob=b64(150), mac=sops_enc(32))

i("en", "code", """
group_vars/prod/vault.yml (ansible-vault encrypted; the vault password itself is in the team password manager)
$ANSIBLE_VAULT;1.1;AES256
⟪l1⟫
⟪l2⟫
⟪l3⟫
⟪l4⟫
""", l1=hx(80), l2=hx(80), l3=hx(80), l4=hx(48))

i("en", "code", """
k8s/sealed/db-credentials.yaml — SealedSecret (encrypted with the cluster's public cert; only the controller can decrypt)
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db-credentials
  namespace: ledger
spec:
  encryptedData:
    password: AgB⟪e1⟫
    username: AgC⟪e2⟫
""", e1=b64(350), e2=b64(120))

i("en", "code", """
Lesson learned (auth service): the password policy now requires 14+ characters and is checked against
the breached-password list. We store only argon2id hashes; reset tokens expire after 30 minutes and
are single-use. Nobody — including support — can see a user's password, so don't promise to "look it up".
""")

i("en", "code", """
pytest -k checkout -v --log-cli-level=INFO
INFO  checkout.api: POST /checkout request_id=⟪r1⟫ trace_id=⟪t1⟫ status=201
INFO  checkout.api: POST /checkout request_id=⟪r2⟫ trace_id=⟪t2⟫ status=409 reason=duplicate_idempotency_key
PASSED tests/test_checkout.py::test_idempotent_retry
""", r1=uid(), t1=hx(32), r2=uid(), t2=hx(32))

i("en", "code", """
$ ./gradlew signingReport
Variant: release
Config: release
Store: /Users/kofi/keys/upload-keystore.jks
Alias: upload
MD5: ⟪md5⟫
SHA1: ⟪sha1⟫
SHA-256: ⟪s256⟫
Valid until: Friday, 3 November 2051
(Agent: adding the SHA-1 and SHA-256 certificate fingerprints to Firebase so Google Sign-In works.)
""", md5=":".join(HX(2) for _ in range(16)), sha1=":".join(HX(2) for _ in range(20)), s256=":".join(HX(2) for _ in range(32)))

i("en", "code", """
iOS build settings the agent confirmed before archiving:
DEVELOPMENT_TEAM = ⟪team⟫
PRODUCT_BUNDLE_IDENTIFIER = com.fieldnotes.app
PROVISIONING_PROFILE_SPECIFIER = FieldNotes AppStore 2026
Profile UUID: ⟪uuid⟫
CURRENT_PROJECT_VERSION = 418 · MARKETING_VERSION = 2.7.1
""", team=up(10), uuid=uid().upper())

i("en", "code", """
GoogleService-Info.plist values (client config — these identify the app, they do not authorize anything server-side):
GCM_SENDER_ID: ⟪sender⟫
GOOGLE_APP_ID: 1:⟪sender⟫:ios:⟪appid⟫
PROJECT_ID: fieldnotes-prod
STORAGE_BUCKET: fieldnotes-prod.appspot.com
""", sender=nz(12), appid=hx(22))

i("en", "code", """
Data pipeline run summary (nightly_orders):
- BigQuery job: acme-data-prod:EU.bquxjob_⟪j1⟫_⟪j2⟫  (4.1 GB processed)
- Dataflow job id: 2026-12-01_02_00_13-⟪df⟫
- Output table: analytics.orders_daily (partition 20261130), 1,284,113 rows
- Checksum (row-level xxhash64 sum): ⟪x⟫
""", j1=hx(8), j2=hx(16), df=nz(19), x=hx(16))

i("en", "code", """
$ kafka-consumer-groups --bootstrap-server kafka-1:9092 --describe --group invoice-writer
GROUP           TOPIC            PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID
invoice-writer  invoices.v2      0          8812207         8812207         0    rdkafka-⟪c1⟫
invoice-writer  invoices.v2      1          8809113         8809150         37   rdkafka-⟪c2⟫
""", c1=uid(), c2=uid())

i("en", "code", """
vite v6.0.3 building for production...
✓ 812 modules transformed.
dist/index.html                      0.62 kB │ gzip:  0.38 kB
dist/assets/index-⟪a⟫.css      41.20 kB │ gzip:  7.91 kB
dist/assets/vendor-⟪b⟫.js     318.44 kB │ gzip: 98.12 kB
dist/assets/index-⟪c⟫.js      122.07 kB │ gzip: 36.40 kB
✓ built in 6.84s
""", a=rs(AN + "_-", 8), b=rs(AN + "_-", 8), c=rs(AN + "_-", 8))

i("en", "code", """
Sentry issue linked by the user: "TypeError: Cannot read properties of undefined (reading 'token')"
Event ID: ⟪e⟫ · Release: web@2.7.1+⟪sha⟫ · Environment: production · Users affected: 312
Root cause: the refresh flow reads `session.token` before the session is hydrated. Fix in useAuth.ts.
""", e=hx(32), sha=hx(7))

i("en", "code", """
Migration 0042 — switching from bcrypt to argon2id. Example row after first login rehash:
 id   | email                   | password_hash
------+-------------------------+---------------------------------------------------------------
 1841 | j.nkemelu@example.test  | ⟪h⟫
The column holds hashes only; verification happens with argon2.verify().
""", h=argon2_hash())

i("en", "code", """
LLM gateway usage log (per-request):
2026-12-02T11:04:19Z model=claude-sonnet prompt_tokens=18342 completion_tokens=911 cache_read_tokens=16220 cost_usd=0.0412 key_alias=team-search
2026-12-02T11:04:57Z model=claude-sonnet prompt_tokens=2210 completion_tokens=144 cache_read_tokens=0 cost_usd=0.0087 key_alias=team-search
""")

i("en", "code", """
assets/hero.mp4 is stored in Git LFS; the committed file is just the pointer:
version https://git-lfs.github.com/spec/v1
oid sha256:⟪o⟫
size 48213771
""", o=sha256())

i("en", "code", """
$ terraform state pull | jq '{version, serial, lineage, terraform_version}'
{
  "version": 4,
  "serial": 1187,
  "lineage": "⟪l⟫",
  "terraform_version": "1.9.8"
}
""", l=uid())

i("en", "code", """
API docs snippet the agent is adapting (placeholder, replace at runtime):
curl https://api.mailwave.io/v3/lists \\
  -H "Authorization: Bearer <YOUR_API_TOKEN>" \\
  -H "Content-Type: application/json"
In our code the token comes from `process.env.MAILWAVE_TOKEN`; never inline it.
""")

i("en", "code", """
go.sum
github.com/golang-jwt/jwt/v5 v5.2.1 h1:⟪a⟫=
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:⟪b⟫=
golang.org/x/crypto v0.31.0 h1:⟪c⟫=
""", a=b64(32)[:43], b=b64(32)[:43], c=b64(32)[:43])

i("en", "code", """
$ docker ps --format 'table {{.ID}}\\t{{.Image}}\\t{{.Status}}'
CONTAINER ID   IMAGE                         STATUS
⟪a⟫   postgres:16.4                 Up 3 hours (healthy)
⟪b⟫   redis:7.4-alpine              Up 3 hours
⟪c⟫   ghcr.io/acme/api:dev          Restarting (1) 12 seconds ago
""", a=hx(12), b=hx(12), c=hx(12))

i("en", "code", """
Reasoning: the failing test compares the Twilio Account SID (AC⟪sid⟫) from settings with the one in the
webhook payload. The SID is an account identifier, not a credential; the auth token is read from the
TWILIO_AUTH_TOKEN env var, which is unset in CI — that's the real cause.
""", sid=hx(32))

i("en", "code", """
Cargo.lock
[[package]]
name = "ring"
version = "0.17.8"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "⟪c⟫"
""", c=sha256())

i("en", "code", """
Agent summary for the team: password reset flow shipped.
- Token length: 32 bytes, URL-safe, stored as SHA-256 hash in `password_resets.token_hash`
- Expiry: 30 min; one active token per user
- Rate limit: 5 requests/hour/IP
Masked example in logs now looks like: token=****…a91f
""")

i("de", "code", """
Code-Review-Kommentar (Agent): In `UserService.java` wird das Passwort noch mit SHA-1 gehasht. Bitte auf BCrypt mit Kostenfaktor 12 umstellen.
Beispiel eines korrekten Eintrags in der Tabelle (nur Hash, kein Klartext): ⟪h⟫
Die Spalte `passwort` sollte auch in `passwort_hash` umbenannt werden.
""", h=bcrypt_hash())

i("de", "code", """
Build-Log, Schritt „Artefakte signieren“:
Signatur erstellt mit Schlüssel-ID ⟪kid⟫ (öffentlicher Schlüssel im Repo unter keys/release.asc)
SHA-512 des Pakets: ⟪h⟫
Der private Schlüssel liegt im HSM und verlässt es nie.
""", kid=HX(16), h=hx(128))

i("fr", "code", """
Récap de l'agent : la clé KMS utilisée pour chiffrer le bucket est
arn:aws:kms:eu-west-3:⟪acct⟫:key/⟪kid⟫ (alias/compta-s3).
Il s'agit d'un identifiant de clé, pas de la clé elle-même — rien à masquer ici.
""", acct=nz(12), kid=uid())

i("fr", "code", """
Sortie des tests (CI GitLab, job #⟪job⟫) :
✔ génère un jeton CSRF différent à chaque requête (12 ms)
✔ refuse un mot de passe de moins de 12 caractères (4 ms)
✔ masque le numéro de carte dans les logs : **** **** **** ⟪l4⟫ (2 ms)
37 passing (1s)
""", job=nz(10), l4=dg(4))

i("es", "code", """
Migración creada por el agente: db/migrate/20261201103000_add_api_keys.rb
create_table :api_keys, id: :uuid do |t|
  t.string :prefix, null: false         # p.ej. "ak_live_" (visible)
  t.string :digest, null: false         # SHA-256 del token; el token completo solo se muestra una vez
  t.datetime :last_used_at
end
Registro de ejemplo tras el seed: id=⟪u⟫ prefix=ak_live_ digest=⟪d⟫
""", u=uid(), d=sha256())

i("ja", "code", """
エージェントの作業サマリー：
- コミット ⟪a⟫ で認証ミドルウェアをリファクタリング
- コミット ⟪b⟫ で「パスワードを忘れた方」画面の文言を修正
- CI は全件パス（ジョブID ⟪job⟫）
秘密情報の変更はありません。
""", a=hx(40), b=hx(40), job=nz(10))

i("ja", "code", """
npm audit の結果（抜粋）：
jsonwebtoken  <9.0.0
Severity: high
jsonwebtoken unrestricted key type could lead to legacy keys usage - https://github.com/advisories/GHSA-8cf7-32gw-wr33
fix available via `npm audit fix --force`
→ 対応：jsonwebtoken を 9.0.2 に更新。
""")

i("zh", "code", """
构建记录：镜像已推送 registry.cn-hangzhou.aliyuncs.com/acme/order-svc:1.18.4
digest: sha256:⟪d⟫ size: 2417
部署单号：DEP-20261202-0173；回滚版本：1.18.3（digest 以 ⟪d2⟫ 开头）
""", d=sha256(), d2=hx(12))

i("zh", "code", """
助手总结：登录接口的“验证码”功能已上线。验证码为 6 位数字，有效期 5 分钟，服务端只保存其 SHA-256 摘要。
测试环境固定验证码为 000000（仅限测试环境，生产环境不可用）。
""")

i("ko", "code", """
에이전트 요약: 결제 모듈 리팩터링 PR #1284 머지 완료.
- 커밋 해시: ⟪a⟫
- 빌드 번호: 20261202.7
- 테스트 카드(토스페이먼츠 문서 예시 번호만 사용)로 E2E 통과
API 키 등 비밀값 변경 없음.
""", a=hx(40))

i("ru", "code", """
$ git bisect log
# bad: [⟪a⟫] feat: новый кэш токенов
# good: [⟪b⟫] fix: опечатка в README
git bisect start '⟪a⟫' '⟪b⟫'
# first bad commit: [⟪c⟫] refactor: вынести проверку ключа в middleware
""", a=hx(40), b=hx(40), c=hx(40))

i("pt", "code", """
Agente: adicionei a impressão digital SHA-256 do certificado de assinatura do app ao assetlinks.json (App Links):
"sha256_cert_fingerprints": ["⟪fp⟫"]
Isso é público por definição — o Android verifica o domínio com isso.
""", fp=":".join(HX(2) for _ in range(32)))

i("it", "code", """
Analisi dell'agente: ho decodificato SOLO l'header del JWT che fallisce (nessuna firma né payload qui):
{"alg":"RS256","typ":"JWT","kid":"⟪kid⟫"}
Il kid non è presente nel JWKS attuale: la chiave pubblica è stata ruotata ieri alle 18:00.
""", kid=an(43))

i("nl", "code", """
CI-log (GitLab runner):
Checking cache for deps-⟪k⟫-non_protected...
Downloading cache.zip from https://storage.googleapis.com/gitlab-runner-cache/project/48812/deps-⟪k⟫-non_protected
Successfully extracted cache
Agent: cache-sleutel is de hash van yarn.lock; na de upgrade verandert die vanzelf.
""", k=hx(40))

i("pl", "code", """
Fixture testowy (tests/fixtures/login.json) — agent zamienił prawdziwe dane na atrapy:
{"email": "jan.kowalski@example.test", "password": "<REDACTED>", "otp": "000000", "remember_me": true}
Kod 000000 akceptuje tylko mock serwera 2FA.
""")

i("sv", "code", """
Agenten verifierade nedladdningen av Terraform:
$ shasum -a 256 terraform_1.9.8_linux_amd64.zip
⟪h⟫  terraform_1.9.8_linux_amd64.zip
Matchar raden i terraform_1.9.8_SHA256SUMS (signerad med HashiCorps publika GPG-nyckel ⟪kid⟫).
""", h=sha256(), kid=HX(16))

i("tr", "code", """
Özellik bayrağı eklendi (LaunchDarkly):
flag key: new-checkout-flow-v3
variation ids: ⟪v1⟫ / ⟪v2⟫
Ajan notu: "key" burada bayrağın adı, gizli bir anahtar değil; SDK anahtarı ortam değişkeninde.
""", v1=uid(), v2=uid())

i("vi", "code", """
Agent: đã thêm header Idempotency-Key khi gọi API thanh toán để tránh trừ tiền hai lần.
Ví dụ log: Idempotency-Key=⟪k⟫ order_id=DH-⟪o⟫ status=200
Khóa này chỉ là mã định danh yêu cầu, không phải khóa bí mật.
""", k=uid(), o=dg(9))

i("id", "code", """
Dokumentasi internal (contoh, bukan kredensial asli):
curl -X GET "https://api.ongkir.example/v1/cost?origin=501&destination=114" \\
  -H "key: YOUR_API_KEY_HERE"
Ganti YOUR_API_KEY_HERE dengan nilai dari variabel lingkungan ONGKIR_KEY.
""")

i("hi", "code", """
एजेंट सारांश: मॉडल इवैल्यूएशन पूरा। कुल टोकन: 1,84,220 (इनपुट) + 22,913 (आउटपुट)। रन आईडी ⟪r⟫, कमिट ⟪c⟫। कोई API key लॉग में नहीं छपी।
""", r=uid(), c=hx(7))

i("ar", "code", """
ملخص الوكيل: تم رفع ملف النسخة 4.2.0 والتحقق من المجموع الاختباري:
SHA-256: ⟪h⟫
MD5: ⟪m⟫
المطابقة ناجحة مع القيم المنشورة في صفحة الإصدار.
""", h=sha256(), m=hx(32))

i("he", "code", """
סיכום הסוכן: שגיאת 500 בשירות ההזמנות. מזהה מעקב: ⟪t⟫, מזהה בקשה: ⟪r⟫.
הבעיה: timeout מול שירות המלאי. אין קשר לאימות או למפתחות.
""", t=hx(32), r=uid())

i("fa", "code", """
فایل .env.sample که عامل برای تیم ساخت (مقادیر نمونه‌اند):
DB_PASSWORD=********
API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx
SMS_PANEL_TOKEN=${SMS_PANEL_TOKEN}
مقادیر واقعی فقط در Vault نگهداری می‌شوند.
""")

i("uk", "code", """
Агент: міграція виконана, нові записи у таблиці sessions мають ідентифікатори на кшталт
⟪u1⟫, ⟪u2⟫ — це первинні ключі рядків, самі токени сесій зберігаються лише як хеші.
""", u1=uid(), u2=uid())

i("cs", "code", """
Shrnutí agenta: Build #⟪b⟫ prošel. Artefakt backend-2.14.0.jar, SHA-1 ⟪s⟫.
Verze knihovny pro práci s klíči (bouncycastle) aktualizována na 1.79.
""", b=nz(4), s=sha1())

i("fi", "code", """
Agentti lisäsi tiimin age-vastaanottajat .sops.yaml-tiedostoon (julkisia avaimia, eivät salaisuuksia):
creation_rules:
  - path_regex: secrets/.*\\.yaml
    age: age1⟪a⟫,age1⟪b⟫
""", a=rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), b=rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))

i("ro", "code", """
Agent: am actualizat imaginea de bază. Vechiul digest sha256:⟪a⟫ → noul digest sha256:⟪b⟫.
Scanarea Trivy: 0 vulnerabilități critice.
""", a=sha256(), b=sha256())

i("da", "code", """
Agentens note: licensfilen i repoet er blot SPDX-headeren "SPDX-License-Identifier: MIT" — ingen licensnøgle her.
Den kommercielle licensnøgle til PDF-biblioteket hentes fra miljøvariablen PDFLIB_LICENSE ved build.
""")

# ---------------------------------------------------------------- (2) personal assistants
i("en", "pa", """
Fwd: Your trip confirmation — LIS → JFK
Booking reference (PNR): ⟪pnr⟫
E-ticket number: ⟪tkt⟫
Flight TP 209 · Sat 20 Dec · dep 10:35 arr 13:20 · Seat 23C · Economy Classic
Baggage: 1 × 23 kg. Online check-in opens 36 h before departure.
""", pnr=up(6), tkt="047-" + dg(10))

i("en", "pa", """
Agent summary: ordered the replacement blender jar.
Amazon order # 114-⟪a⟫-⟪b⟫ · $34.99 · arriving Thu Dec 11
UPS tracking: 1Z⟪ups⟫
Paid with Visa ending in ⟪l4⟫.
""", a=dg(7), b=dg(7), ups=up(16), l4=dg(4))

i("en", "pa", """
Hotel reservation — The Harbour Inn, Portland ME
Confirmation number: ⟪c⟫ · 2 nights · King room, non-smoking
Check-in from 3 PM; your room key will be waiting at the front desk. Parking $18/night.
Cancellation free until Dec 17, 11:59 PM.
""", c=nz(9))

i("en", "pa", """
Chase alert (forwarded): "A $1,249.00 transaction was made on your card ending in ⟪l4⟫ at BEST BUY #1183 on 12/02/2026."
Agent: matches the TV the user bought; no action needed.
""", l4=dg(4))

i("en", "pa", """
Calendar invite — "Parent-teacher conference (Ms. Okafor)"
Thu Dec 11, 4:15–4:30 PM · Zoom
Meeting ID: ⟪m⟫
The school will text the passcode on the day. Join 2 min early.
""", m=f"{dg(3)} {dg(4)} {dg(4)}")

i("en", "pa", """
Booked: Dr. Hannah Lee (dermatology), Tue Jan 6, 9:20 AM.
Confirmation code: ⟪c⟫ · Clinic phone: (503) 555-0147
Bring insurance card and photo ID. Arrive 15 min early for paperwork.
""", c=up(8))

i("en", "pa", """
CVS Pharmacy: "Your prescription Rx #⟪rx⟫ (amoxicillin 500mg) is ready for pickup at 1201 SE Hawthorne Blvd. Reply STOP to opt out."
Agent: added to today's errands list.
""", rx=dg(7))

i("en", "pa", """
Agent note: filed the hail-damage claim with GEICO for the Honda.
Policy number: ⟪p⟫ · Claim number: ⟪c⟫
Adjuster appointment Monday 10–12. Photos uploaded (14).
""", p=dg(10), c=dg(12))

i("en", "pa", """
User (voice): "remind me tomorrow to change my Netflix password, I think my ex still uses it, and also cancel the Hulu trial"
Agent: created reminders for 9:00 AM (1) change Netflix password, (2) cancel Hulu trial before Dec 14.
""")

i("en", "pa", """
Monthly statement summary (Revolut, Nov 2026) prepared by the assistant:
Account: GB** **** **** **** **** 4417 (masked)
Opening balance £2,841.10 · In £3,900.00 · Out £3,512.67 · Closing £3,228.43
Top merchants: Tesco (£412.80), TfL (£156.20), Airbnb (£640.00)
""")

i("en", "pa", """
Portland General Electric — bill summary
Customer account number: ⟪a⟫ (this is the utility account, not a bank account)
Service period Nov 1–30 · 612 kWh · Amount due $98.14 by Dec 22 · Autopay: ON
""", a=f"{dg(4)} {dg(4)} {dg(3)}")

i("en", "pa", """
Amazon Locker: "Your package is at locker location 'Fuji' (Whole Foods, 4th St). Your pickup code will be emailed once the package is loaded (usually within 30 min)."
Agent: waiting for the pickup email; nothing to do yet.
""")

i("en", "pa", """
Gift card balance check (Target) done by the assistant:
Card ending in ⟪l4⟫ — balance $23.10 — last used 11/28/2026.
""", l4=dg(4))

i("en", "pa", """
Passport renewal reminder: Liam's passport expires 03/02/2027. Many countries require 6 months validity,
so renew before the Easter trip. Form DS-82 if eligible; fee $130. Photo appointment at Walgreens booked for Sat.
""")

i("en", "pa", """
Notes for the babysitter (draft):
- Wi-Fi network: Henderson_5G (password is on the sticker under the router)
- Mom: +1 (206) 555-0183 · Dad: +1 (206) 555-0119 · Poison control: 1-800-222-1222
- Bedtime 8:00, one story, night-light on
""")

i("en", "pa", """
Agent reasoning: the user asked which security questions to use for the new bank account. Recommending
they answer with random strings stored in their password manager instead of real facts (mother's
maiden name, first pet) since those are easy to find on social media.
""")

i("de", "pa", """
Deutsche Bahn – Buchungsbestätigung
Auftragsnummer: ⟪a⟫ · ICE 597 Berlin Hbf → München Hbf · 22.12. 06:29 · Wagen 12, Platz 64
BahnCard 25 berücksichtigt. Ticket als PDF im Anhang, bitte mit Ausweis vorzeigen.
""", a=up(6))

i("de", "pa", """
Rechnung Stadtwerke (Zusammenfassung für den Nutzer):
Kundennummer 4 ⟪k⟫ · Vertragskonto ⟪v⟫ · Abschlag ab Januar: 84,00 € monatlich
Zahlung per SEPA-Lastschrift, Mandatsreferenz ⟪m⟫ (Gläubiger-ID DE98ZZZ0⟪g⟫).
""", k=dg(7), v=dg(12), m=up(12), g=dg(10))

i("de", "pa", """
Agent-Gedanke: Der Nutzer fragt, ob er seine PIN ändern soll, weil er sie mal laut am Automaten gesagt hat. Ja – empfehle Änderung in der Filiale oder App; ich speichere keine PINs.
""")

i("fr", "pa", """
SNCF Connect — votre voyage
Référence dossier : ⟪r⟫ · TGV INOUI 6611 Paris Gare de Lyon → Marseille St-Charles · 23/12 07:37
Voiture 14 · Place 081 · Carte Avantage Adulte appliquée · Montant : 67,00 €
""", r=up(6))

i("fr", "pa", """
Colissimo : votre colis n° ⟪n⟫ sera livré demain entre 9h et 13h. Code de suivi également consultable sur laposte.fr/outils/suivre-vos-envois.
Agent : la cliente sera absente, j'ai demandé une livraison en point relais.
""", n=up(2) + dg(9) + "FR")

i("es", "pa", """
Renfe — Billete de tren
Localizador: ⟪l⟫ · AVE 03073 Madrid-Puerta de Atocha → Sevilla-Santa Justa · 27/12 09:00
Coche 6 · Plaza 08D · Tarifa Básica · 48,30 €
""", l=up(6))

i("es", "pa", """
El asistente resume: la devolución del pedido nº ⟪p⟫ en Zara se aprobó. Reembolso de 39,95 € a la tarjeta terminada en ⟪l4⟫ en 3–5 días hábiles.
""", p=dg(11), l4=dg(4))

i("it", "pa", """
Agente: pratica di rimborso Trenitalia aperta. Numero pratica ⟪p⟫, codice PNR ⟪pnr⟫, importo 29,90 €.
Tempi stimati: 15 giorni lavorativi.
""", p=dg(10), pnr=up(6))

i("pt", "pa", """
Correios: objeto ⟪t⟫ saiu para entrega ao destinatário.
Agente: a encomenda do fone de ouvido chega hoje; a portaria foi avisada.
""", t=up(2) + dg(9) + "BR")

i("pt", "pa", """
Resumo do assistente (Portugal): consulta de medicina geral marcada no Centro de Saúde de Alvalade, 15/01 às 10h30.
Nº do pedido: ⟪p⟫. Contacto do centro: 217 000 000.
""", p=dg(8))

i("nl", "pa", """
PostNL: je pakket met Track & Trace-code 3S⟪t⟫ wordt morgen tussen 14:10 en 16:40 bezorgd.
Agent: de gebruiker is thuis; geen actie nodig.
""", t=up(4) + dg(9))

i("pl", "pa", """
InPost: Paczka nr ⟪n⟫ nadana. Przewidywana dostawa do Paczkomatu WAW123M: jutro.
Kod odbioru wyślemy w osobnym SMS, gdy paczka dotrze.
Agent: czekam na kolejny SMS.
""", n=dg(24))

i("sv", "pa", """
Assistenten: SJ-biljett bokad. Bokningsnummer ⟪b⟫, Stockholm C → Göteborg C, 19 dec kl 07:21, vagn 4 plats 22.
Pris 495 kr, betalt med kort som slutar på ⟪l4⟫.
""", b=up(7), l4=dg(4))

i("nb", "pa", """
Agent: bestilte time hos fastlegen på Helsenorge for torsdag 14:30. Referanse: ⟪r⟫. Påminnelse på SMS dagen før.
""", r=up(3) + "-" + dg(5))

i("da", "pa", """
GLS: Din pakke ⟪n⟫ er leveret til PakkeShop Netto, Nørrebrogade 112. Husk at medbringe legitimation.
""", n=dg(11))

i("fi", "pa", """
VR: Lippu varattu. Varaustunnus ⟪r⟫, Helsinki → Tampere 21.12. klo 8.06, vaunu 3, paikka 45. Hinta 18,90 €.
""", r=up(6))

i("cs", "pa", """
Asistent: objednávka z Alza.cz č. ⟪o⟫ je připravena k vyzvednutí v AlzaBoxu Praha-Karlín do 10. 12.
Kód pro vyzvednutí přijde SMS zprávou na telefon uživatele.
""", o=dg(9))

i("ro", "pa", """
Agent: am reînnoit asigurarea RCA pentru Dacia Logan. Număr poliță: ⟪p⟫, valabilă până la 07.12.2027. Prima: 1.184 lei.
""", p=up(2) + dg(10))

i("hu", "pa", """
Ügynök: MÁV jegy megvéve. Jegyazonosító: ⟪j⟫, Budapest-Keleti → Debrecen, dec. 20. 9:23, 4. kocsi 56. hely. Ár: 4 185 Ft.
""", j=up(4) + dg(8))

i("el", "pa", """
Ο βοηθός: το δέμα με αριθμό αποστολής ⟪n⟫ (ACS) παραδίδεται αύριο 10:00–14:00. Ο χρήστης θα είναι σπίτι.
""", n=dg(10))

i("tr", "pa", """
Asistan: THY bileti alındı. PNR: ⟪p⟫, İstanbul → Antalya, 26 Aralık 08:15, koltuk 17A. Ücret 1.849 TL.
Kart numarasının sadece son 4 hanesi kayıtlı: ⟪l4⟫.
""", p=up(6), l4=dg(4))

i("ru", "pa", """
Агент: заказ на Ozon № ⟪o⟫ оформлен, доставка в пункт выдачи на ул. Ленина, 12 в четверг. Код получения придёт в приложении в день доставки.
""", o=f"{dg(8)}-{dg(4)}")

i("uk", "pa", """
Нова пошта: посилка ТТН ⟪t⟫ прибула у відділення №14. Зберігання безкоштовне до 12.12.
Агент: нагадав користувачу забрати.
""", t=dg(14))

i("ar", "pa", """
ملخص المساعد: تم حجز تذكرة طيران الإمارات. رقم الحجز ⟪p⟫، رقم التذكرة الإلكترونية ⟪t⟫، الرحلة EK 204 يوم ٢٤ ديسمبر.
""", p=up(6), t="176-" + dg(10))

i("he", "pa", """
הסוכן: ההזמנה מ-KSP מספר ⟪o⟫ נשלחה. מספר מעקב של דואר ישראל: ⟪t⟫. זמן משוער: 3–5 ימי עסקים.
""", o=dg(8), t=up(2) + dg(9) + "IL")

i("fa", "pa", """
دستیار: بلیت قطار تهران ← مشهد رزرو شد. شمارهٔ بلیت ⟪t⟫، واگن ۵، صندلی ۲۳، تاریخ ۱ دی. کد رهگیری پرداخت: ⟪r⟫
""", t=dg(10), r=dg(12))

i("hi", "pa", """
एजेंट: नया पता अपडेट कर दिया — फ़्लैट 302, सेक्टर 21, नोएडा, पिन कोड 201301। कूरियर की AWB संख्या ⟪a⟫ है।
""", a=dg(11))

i("bn", "pa", """
সহকারী: ঢাকা → চট্টগ্রাম ট্রেনের টিকিট কাটা হয়েছে। টিকিট নম্বর ⟪t⟫, কোচ ঝ, আসন ৩৪। ভাড়া ৫৫০ টাকা।
""", t=dg(10))

i("ur", "pa", """
ایجنٹ: آن لائن آرڈر نمبر ⟪o⟫ کی ڈیلیوری کل متوقع ہے۔ ٹریکنگ نمبر ⟪t⟫ ہے۔ ادائیگی کیش آن ڈیلیوری۔
""", o=dg(9), t=up(3) + dg(10))

i("ja", "pa", """
エージェント：ヤマト運輸の送り状番号 ⟪t⟫ で配達予定は明日の午前中です。郵便番号 150-0002 の住所で再確認済み。
""", t=f"{dg(4)}-{dg(4)}-{dg(4)}")

i("ja", "pa", """
ユーザーへの報告：新幹線のぞみ23号（東京→新大阪）12月29日 8:30発、7号車 12D を予約しました。予約番号 ⟪r⟫、お支払いはカード末尾 ⟪l4⟫。
""", r=dg(4), l4=dg(4))

i("zh", "pa", """
助手：京东订单号 ⟪o⟫ 已发货，顺丰运单号 SF⟪sf⟫，预计明天送达。取件码到时候会短信发给您本人。
""", o=dg(12), sf=dg(13))

i("ko", "pa", """
에이전트: 쿠팡 주문번호 ⟪o⟫, CJ대한통운 운송장번호 ⟪t⟫. 내일 도착 예정입니다. 공동현관 출입 방법은 배송 요청사항에 이미 있어요.
""", o=dg(14), t=dg(12))

i("vi", "pa", """
Trợ lý: đã đặt phòng khách sạn ở Hội An. Mã đặt phòng ⟪m⟫, nhận phòng 24/12, trả phòng 27/12. Tổng 3.450.000 VND, thanh toán tại khách sạn.
""", m=dg(10))

i("th", "pa", """
ผู้ช่วย: จองตั๋วเครื่องบินไทยแอร์เอเชียแล้ว รหัสการจอง ⟪p⟫ กรุงเทพฯ → เชียงใหม่ 28 ธ.ค. 07:05 ที่นั่ง 12F
""", p=up(6))

i("id", "pa", """
Asisten: tiket KAI Argo Bromo Anggrek dipesan. Kode booking ⟪b⟫, Gambir → Surabaya Pasarturi, 23 Des 08:20, gerbong Eksekutif 3 kursi 7A.
""", b=up(7))

i("tl", "pa", """
Agent: na-book na ang Cebu Pacific flight, booking reference ⟪p⟫, Manila → Davao, Dis 22, 6:15 AM. Baggage allowance 20 kg.
""", p=up(6))

i("sw", "pa", """
Msaidizi: tiketi ya basi imelipiwa. Namba ya tiketi ⟪t⟫, Nairobi → Mombasa, tarehe 23 Desemba saa 2:00 asubuhi, kiti 14. Nauli KSh 1,800. Risiti ya M-Pesa: ⟪r⟫.
""", t=dg(8), r=up(10))

i("am", "pa", """
ረዳቱ፦ የኢትዮጵያ አየር መንገድ ትኬት ተይዟል። የቦታ ማስያዣ ቁጥር ⟪p⟫፣ አዲስ አበባ → ባሕር ዳር፣ ታኅሣሥ 15።
""", p=up(6))

i("yo", "pa", """
Olùrànlọ́wọ́: ẹrù rẹ ti dé sí ọ́fíìsì GIG ní Ikeja. Nọ́mbà ìtọpa: ⟪t⟫. O lè gbà á láti agogo mẹ́sàn-án òwúrọ̀.
""", t=dg(10))

i("zu", "pa", """
Umsizi: iphakethe lakho elinenombolo yokulandelela ⟪t⟫ lizofika kusasa ePostNet eSandton. Khumbula ukuphatha umazisi wakho.
""", t=up(3) + dg(9))

i("af", "pa", """
Assistent: vlug bespreek met FlySafair. Besprekingsverwysing ⟪p⟫, Kaapstad → Johannesburg, 19 Des 06:00, sitplek 8C.
""", p=up(6))

i("ta", "pa", """
உதவியாளர்: சென்னை → மதுரை ரயில் டிக்கெட் முன்பதிவு செய்யப்பட்டது. PNR எண் ⟪p⟫, பெட்டி S4, இருக்கை 37. அஞ்சல் குறியீடு (PIN) 600017 முகவரி சரிபார்க்கப்பட்டது.
""", p=dg(10))

i("ha", "pa", """
Mataimaki: an yi ajiyar tikitin jirgin Air Peace. Lambar ajiya ⟪p⟫, Kano → Abuja, 20 ga Disamba, ƙarfe 10:00 na safe.
""", p=up(6))

# ---------------------------------------------------------------- (3) business back-office
# business identifiers with check digits (innocent: they identify companies, not people)
def rf_ref() -> str:
    ref = up(R.randrange(8, 15))
    n = int("".join(str(int(c, 36)) for c in ref + "RF00"))
    return f"RF{98 - n % 97:02d}{ref}"


def lei() -> str:
    base = up(4) + "00" + up(12)
    n = int("".join(str(int(c, 36)) for c in base + "00"))
    return base + f"{98 - n % 97:02d}"


def gb_vat() -> str:
    b = nz(7)
    t = sum(int(a) * w for a, w in zip(b, range(8, 1, -1)))
    return f"GB{b[:3]} {b[3:]} {(-t) % 97:02d}"


def de_ust() -> str:
    b = nz(8)
    return "DE" + b + _mod11_10(b)


def it_piva() -> str:
    b = dg(7) + f"{R.randrange(1, 100):03d}"
    return b + luhn_digit(b)


def es_cif() -> str:
    L = R.choice("AB")
    b = dg(7)
    even = sum(int(b[k]) for k in (1, 3, 5))
    odd = 0
    for k in (0, 2, 4, 6):
        p = int(b[k]) * 2
        odd += p // 10 + p % 10
    return L + b + str((10 - (even + odd) % 10) % 10)


def in_gstin() -> str:
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    b = f"{R.randrange(1, 37):02d}" + rs(UP, 3) + "C" + R.choice(UP) + dg(4) + R.choice(UP) + R.choice("123") + "Z"
    t = 0
    for k, c in enumerate(b):
        p = al.index(c) * (1 if k % 2 == 0 else 2)
        t += p // 36 + p % 36
    return b + al[(36 - t % 36) % 36]


def cn_uscc() -> str:
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    b = "91" + R.choice(["110105", "310115", "440300", "330106"]) + rs(al, 9)
    c = 31 - sum(al.index(ch) * x for ch, x in zip(b, w)) % 31
    return b + al[0 if c == 31 else c]


def kr_brn() -> str:
    b = nz(9)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    t = sum(int(a) * x for a, x in zip(b, w)) + (int(b[8]) * 5) // 10
    x = b + str((10 - t % 10) % 10)
    return f"{x[:3]}-{x[3:5]}-{x[5:]}"


def se_orgnr() -> str:
    b = R.choice("25") + "5" + dg(7)
    x = b + luhn_digit(b)
    return f"{x[:6]}-{x[6:]}"


def no_orgnr() -> str:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        b = R.choice("89") + dg(7)
        c = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
        if c == 10:
            continue
        x = b + ("0" if c == 11 else str(c))
        return f"{x[:3]} {x[3:6]} {x[6:]}"


def fi_ytunnus() -> str:
    w = [7, 9, 10, 5, 8, 4, 2]
    while True:
        b = dg(7)
        r = sum(int(a) * x for a, x in zip(b, w)) % 11
        if r == 1:
            continue
        return f"{b}-{0 if r == 0 else 11 - r}"


def dk_cvr() -> str:
    w = [2, 7, 6, 5, 4, 3, 2]
    while True:
        b = nz(7)
        c = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
        if c == 10:
            continue
        return b + ("0" if c == 11 else str(c))


def cz_ico() -> str:
    while True:
        b = dg(7)
        c = (11 - sum(int(a) * x for a, x in zip(b, range(8, 1, -1))) % 11) % 10
        return b + str(c)


def pl_nip() -> str:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        b = nz(9)
        c = sum(int(a) * x for a, x in zip(b, w)) % 11
        if c == 10:
            continue
        x = b + str(c)
        return f"{x[:3]}-{x[3:6]}-{x[6:8]}-{x[8:]}"


def ru_inn10() -> str:
    b = nz(9)
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return b + str(sum(int(a) * x for a, x in zip(b, w)) % 11 % 10)


def fr_siret() -> str:
    siren = fr_siren()
    b = siren + dg(4)
    return f"{siren[:3]} {siren[3:6]} {siren[6:]} {b[9:]}{luhn_digit(b)}"


def il_company() -> str:
    b = "51" + dg(6)
    return b + luhn_digit(b)


i("en", "biz", """
INVOICE  INV-2026-11-0487                         Date: 30 Nov 2026
Northfield Packaging Ltd · Unit 7, Riverside Park, Leeds LS10 1AB
Company No. ⟪crn⟫ · VAT Reg. No. ⟪vat⟫
Bill to: Hollis Manufacturing Inc. · PO 4500⟪po⟫
  12,000 × corrugated box 400×300×250 (SKU NP-CB-4030)   £5,640.00
  VAT 20%                                                 £1,128.00
  TOTAL DUE                                               £6,768.00
Payment terms 30 days. Pay to: Northfield Packaging Ltd, HSBC UK
IBAN ⟪iban⟫ · BIC HBUKGB4B · Reference ⟪rf⟫
""", crn=dg(8), vat=gb_vat(), po=dg(6), iban=ibanp(new_iban("GB")), rf=rf_ref())

i("en", "biz", """
Vendor onboarding (AP agent): W-9 received from Brightline Logistics LLC.
Entity type: LLC taxed as C-Corp · EIN: ⟪ein⟫ · Address: 2200 Commerce Dr, Columbus OH 43219
TIN match (IRS e-Services): PASSED. Vendor ID V-⟪v⟫ created in NetSuite.
""", ein=f"{R.randrange(10, 99)}-{dg(7)}", v=dg(6))

i("en", "biz", """
CRM agent — pipeline cleanup (Salesforce):
| Opportunity ID     | Account              | Stage        | Amount    |
|--------------------|----------------------|--------------|-----------|
| 006⟪a⟫ | Sunridge Clinics     | Negotiation  | $84,000   |
| 006⟪b⟫ | Mapleton School Dist | Closed Won   | $132,500  |
| 006⟪c⟫ | Orchid Hotels        | Closed Lost  | $41,200   |
Moved 2 stale deals to Closed Lost; owner notified.
""", a=an(15), b=an(15), c=an(15))

i("en", "biz", """
Support ticket #⟪t⟫ — "can't log in to customer portal"
Customer says the password "doesn't work anymore". Checked: account is fine, the SSO connection was
switched to Okta last week. Sent the standard password-reset email (we never see or send passwords).
Related order: SO-⟪o⟫. Status: pending customer.
""", t=dg(6), o=dg(7))

i("en", "biz", """
DocuSign — Completed: "Master Services Agreement — Brightline Logistics"
Envelope ID: ⟪e⟫
Signed by J. Alvarez (General Counsel) on 03 Dec 2026 14:12 EST; access code authentication: passed.
Certificate of Completion attached. Filed to Legal › Contracts › 2026 › CT-⟪c⟫.
""", e=uid().upper(), c=dg(5))

i("en", "biz", """
Contract register export (Legal ops):
contract_no,counterparty,lei,effective,expires,value_eur
CT-⟪c1⟫,Helvetia Freight AG,⟪l1⟫,2025-01-01,2027-12-31,1250000
CT-⟪c2⟫,Nordlicht Energie GmbH,⟪l2⟫,2026-04-01,2029-03-31,880000
""", c1=dg(5), l1=lei(), c2=dg(5), l2=lei())

i("en", "biz", """
IT asset register (procurement agent) — new laptops received:
Asset tag | Model              | Serial         | MAC               | Assigned to
AT-⟪a1⟫  | ThinkPad T14 Gen 5 | PF⟪s1⟫     | ⟪m1⟫ | R. Gomez
AT-⟪a2⟫  | MacBook Air 13 M3  | ⟪s2⟫   | ⟪m2⟫ | S. Haddad
Company phones: iPhone 16, IMEI ⟪imei⟫ (assigned to on-call rotation)
""", a1=dg(5), s1=up(6), m1=":".join(hx(2) for _ in range(6)), a2=dg(5), s2=up(10), m2=":".join(hx(2) for _ in range(6)), imei=imei())

i("en", "biz", """
Product catalog import — 3 rows failed validation (GTIN check digit OK, HS code missing):
sku,gtin,hs_code,title,price
LK-LAMP-02,⟪g1⟫,,Linen desk lamp,49.00
LK-LAMP-03,⟪g2⟫,,Oak floor lamp,129.00
LK-BULB-E27,⟪g3⟫,,E27 bulb 2700K,6.50
""", g1=ean13("50"), g2=ean13("50"), g3=ean13("50"))

i("en", "biz", """
Remittance advice received (AR agent):
Payer: Sunridge Clinics · Payment ID PMT-⟪p⟫ · Value date 2026-12-02
Invoices settled: INV-2026-10-0412 ($12,400.00), INV-2026-10-0433 ($3,180.50)
Bank reference: ⟪br⟫ · End-to-end ID: ⟪e2e⟫
Matched and closed in the ledger.
""", p=dg(8), br=up(16), e2e=up(2) + dg(14))

i("en", "biz", """
HR agent summary — December leave approvals:
Employee E-40718 (D. Park): 22–24 Dec, request LR-⟪a⟫ — approved
Employee E-39211 (S. Haddad): 29 Dec–2 Jan, request LR-⟪b⟫ — approved
Payroll run ID for December: PR-2026-12-⟪c⟫; cut-off Dec 19.
""", a=dg(5), b=dg(5), c=dg(3))

i("en", "biz", """
RFQ-⟪r⟫ — stainless fasteners, 3 bids received:
1. Carver Industrial — DUNS ⟪d1⟫ — $18,420 — lead time 3 wks
2. Eastgate Supply — DUNS ⟪d2⟫ — $17,905 — lead time 5 wks
3. Pacific Bolt Co — DUNS ⟪d3⟫ — $19,010 — lead time 2 wks
Recommendation: Carver (best lead time/price balance).
""", r=dg(5), d1=dg(9), d2=dg(9), d3=dg(9))

i("en", "biz", """
Legal matter update (agent): Matter M-2026-⟪m⟫ — Brightline v. Hollis Mfg.
Court: N.D. Ohio · Case No. 2:26-cv-0⟪c⟫ · Next hearing Jan 14, 2027 (scheduling conference)
Outside counsel invoice #⟪inv⟫ approved ($14,220.00).
""", m=dg(4), c=dg(4), inv=dg(6))

i("en", "biz", """
Expense report ER-⟪er⟫ (Sales, Nov):
- Flight LHR→JFK, receipt #⟪r1⟫, £612.40, Amex Corporate •••• ⟪l4⟫
- Hotel 3 nights, folio ⟪r2⟫, $897.00
- Client dinner, receipt #⟪r3⟫, $214.60 (4 attendees listed)
Policy check: OK. Sent to manager for approval.
""", er=dg(6), r1=dg(10), l4=dg(5), r2=dg(7), r3=dg(6))

i("en", "biz", """
Customer support — RMA approved.
Product: Aeron chair, serial ⟪s⟫ · Warranty until 2036
RMA number: RMA-⟪r⟫ · Prepaid label tracking: 7⟪fx⟫ (FedEx)
Note: the "key" the customer mentioned is the hex key for the armrest screws, included in the box.
""", s=up(2) + dg(8), r=dg(7), fx=dg(11))

i("en", "biz", """
Bank reconciliation (Nov) — unmatched items for review:
Date       Description                         Amount      Bank ref
2026-11-14 SEPA DD Adobe Systems Software      -€59.99     ⟪a⟫
2026-11-21 Card refund AWS EMEA                +€12.40     ⟪b⟫
2026-11-28 Incoming transfer Orchid Hotels    +€3,200.00  ⟪c⟫
Mandate reference for Adobe: ⟪m⟫
""", a=up(12), b=up(12), c=up(12), m=up(3) + dg(12))

i("en", "biz", """
Security-awareness memo drafted by the HR agent:
"Finance will never ask you for your password, MFA code or card PIN by email, chat or phone. If someone
asks for a one-time code, it's a scam — report it to security@ and do not reply."
Distribution: all staff, Dec 8.
""")

i("de", "biz", """
RECHNUNG Nr. 2026-1187 vom 01.12.2026
Brandt & Söhne Maschinenbau GmbH · Industriestr. 14 · 70565 Stuttgart
Amtsgericht Stuttgart HRB ⟪hrb⟫ · USt-IdNr. ⟪ust⟫ · Geschäftsführer: M. Brandt
Position 1: Wartung Fräszentrum DMU 50 — 2.480,00 €
zzgl. 19 % USt 471,20 € · Gesamtbetrag 2.951,20 €
Bankverbindung (Zahlungsempfänger): Commerzbank Stuttgart · IBAN ⟪iban⟫ · BIC COBADEFFXXX
""", hrb=dg(6), ust=de_ust(), iban=ibanp(new_iban("DE")))

i("fr", "biz", """
FACTURE F-2026-0931 — Atelier Moreau SARL
SIRET : ⟪siret⟫ · TVA intracommunautaire : FR⟪tva⟫⟪siren⟫ · RCS Lyon
Prestation : refonte du site vitrine (forfait) — 3 200,00 € HT · TVA 20 % 640,00 € · TTC 3 840,00 €
Règlement par virement sous 30 jours — coordonnées bancaires de la société sur le RIB joint.
""", siret=fr_siret(), tva=dg(2), siren=fr_siren())

i("es", "biz", """
Factura nº 2026/0412 · Distribuciones Levante S.L. · CIF ⟪cif⟫
Cliente: Hotel Arenal S.A. · Pedido P-⟪p⟫
Base imponible: 1.820,00 € · IVA 21 %: 382,20 € · Total: 2.202,20 €
Forma de pago: transferencia a 30 días. Referencia de pago: ⟪ref⟫
""", cif=es_cif(), p=dg(6), ref=rf_ref())

i("it", "biz", """
Fattura elettronica n. 118/2026 — Officine Rossi S.r.l.
P.IVA ⟪piva⟫ · Codice destinatario SDI: ⟪sdi⟫ · REA BO-⟪rea⟫
Imponibile 4.100,00 € · IVA 22% 902,00 € · Totale 5.002,00 €
Stato SDI: consegnata (ID file ⟪idf⟫).
""", piva=it_piva(), sdi=up(7), rea=dg(6), idf=dg(10))

i("pt", "biz", """
Fatura FT 2026/733 · ATCUD: ⟪atcud⟫-733
Emitente: Tecnoluz, Lda. · NIPC 5⟪nipc⟫ · Lisboa
Total com IVA: 1.476,00 € · Referência Multibanco: entidade 21 ⟪ent⟫ · referência ⟪ref⟫
""", atcud=up(8), nipc=dg(8), ent=dg(3), ref=f"{dg(3)} {dg(3)} {dg(3)}")

i("nl", "biz", """
Factuur 2026-0877 — Bakker Installatietechniek B.V.
KvK ⟪kvk⟫ · Btw-id NL⟪btw⟫B01
Totaal incl. btw: € 3.146,00 · Betalen binnen 14 dagen o.v.v. factuurnummer
Rekening van Bakker Installatietechniek (zakelijk): ⟪iban⟫
""", kvk=dg(8), btw=dg(9), iban=ibanp(new_iban("NL")))

i("pl", "biz", """
Faktura VAT nr FV/2026/12/044 · Sprzedawca: Drukarnia Nowak Sp. z o.o.
NIP ⟪nip⟫ · REGON ⟪regon⟫ · KRS 0000⟪krs⟫
Razem brutto: 7 380,00 zł · Termin płatności: 14 dni · Split payment: tak
""", nip=pl_nip(), regon=dg(9), krs=dg(6))

i("ja", "biz", """
請求書（適格請求書）
株式会社ミナト物流 御中
発行元：株式会社サクラ印刷 登録番号 T⟪t⟫ 法人番号 ⟪cn⟫
請求番号 INV-⟪n⟫ ／ 合計 ¥1,320,000（うち消費税10% ¥120,000）
お支払期限：2027年1月31日
""", t=(_jc := jp_corp()), cn=_jc, n=dg(6))

i("zh", "biz", """
增值税电子普通发票（摘要）
销售方：杭州云帆科技有限公司 统一社会信用代码 ⟪u⟫
购买方：上海明远贸易有限公司 纳税人识别号 ⟪u2⟫
发票号码 ⟪fp⟫ · 价税合计 ¥56,500.00 · 开票日期 2026-12-01
""", u=cn_uscc(), u2=cn_uscc(), fp=dg(20))

i("ko", "biz", """
거래명세서 요약 — 공급자: (주)한빛소프트 사업자등록번호 ⟪brn⟫, 대표 김민준
공급받는자: (주)강남물류 · 공급가액 ₩4,500,000 · 세액 ₩450,000 · 합계 ₩4,950,000
세금계산서 승인번호 ⟪ap⟫
""", brn=kr_brn(), ap=f"{dg(8)}-{dg(8)}-{dg(8)}")

i("ar", "biz", """
فاتورة ضريبية رقم ⟪n⟫ — شركة الريان للتجارة
الرقم الضريبي (VAT): 3⟪vat⟫3 · السجل التجاري: ⟪cr⟫
الإجمالي شامل ضريبة القيمة المضافة ١٥٪: ١١٬٥٠٠٫٠٠ ريال
""", n=dg(7), vat=dg(13), cr=nz(10))

i("he", "biz", """
חשבונית מס קבלה מס' ⟪n⟫ — אורן פתרונות תוכנה בע"מ, ח.פ. ⟪hp⟫
סה"כ לתשלום כולל מע"מ: 11,800 ₪ · הועבר בהעברה בנקאית, אסמכתא ⟪ref⟫
""", n=dg(5), hp=il_company(), ref=dg(9))

i("tr", "biz", """
e-Fatura özeti — Satıcı: Demir Tekstil A.Ş. · Vergi Dairesi: Zincirlikuyu · Vergi No: ⟪vn⟫
Mersis No: ⟪mersis⟫ · Fatura No: DTX2026⟪fn⟫ · ETTN: ⟪ettn⟫
Toplam: 48.600,00 TL (KDV dahil)
""", vn=nz(10), mersis="0" + dg(15), fn=dg(9), ettn=uid())

i("ru", "biz", """
Счёт № 1187 от 01.12.2026 — ООО «Северный ветер»
ИНН ⟪inn⟫ · КПП ⟪kpp⟫ · ОГРН ⟪ogrn⟫
Итого к оплате: 184 500,00 руб., в т.ч. НДС 20% — 30 750,00 руб.
""", inn=ru_inn10(), kpp=dg(9), ogrn=nz(13))

i("hi", "biz", """
टैक्स इनवॉइस सं. TI/26-27/0418 — शर्मा ट्रेडर्स प्रा. लि.
GSTIN: ⟪g⟫ · HSN 8471 · कुल राशि ₹1,18,000 (CGST 9% + SGST 9% सहित)
भुगतान: 15 दिन में, कंपनी के चालू खाते में (विवरण इनवॉइस के पीछे)।
""", g=in_gstin())

i("sw", "biz", """
Ankara ya malipo INV-⟪n⟫ — Amani Supplies Ltd
KRA PIN ya kampuni: P05⟪pin⟫⟪l⟫ · Namba ya usajili: PVT-⟪pvt⟫
Jumla: KSh 236,640 (pamoja na VAT 16%). Lipa kupitia Paybill 522522, akaunti INV-⟪n⟫.
""", n=dg(5), pin=dg(7), l=R.choice(UP), pvt=up(8))

i("sv", "biz", """
Faktura 10447 — Nordkust Bygg AB · Org.nr ⟪org⟫ · Momsreg.nr SE⟪orgd⟫01 · Innehar F-skattsedel
Att betala: 62 500,00 kr · Bankgiro 5⟪bg⟫ · OCR-referens ⟪ocr⟫ · Förfallodatum 2027-01-05
""", org=se_orgnr(), orgd=dg(10), bg=f"{dg(3)}-{dg(4)}", ocr=dg(12))

i("fi", "biz", """
Lasku 2026-552 — Saimaan Sähkö Oy · Y-tunnus ⟪y⟫ · ALV-tunnus FI⟪alv⟫
Yhteensä 3 224,00 € (sis. ALV 25,5 %) · Viitenumero ⟪viite⟫ · Eräpäivä 2.1.2027
""", y=fi_ytunnus(), alv=dg(8), viite=dg(10))

i("da", "biz", """
Faktura nr. 8821 — Vestergaard Tømrer ApS · CVR-nr. ⟪cvr⟫
Beløb i alt: 18.750,00 kr. inkl. moms · Betalingsfrist 14 dage · FI-kode +71<⟪fik⟫+⟪kred⟫<
""", cvr=dk_cvr(), fik=dg(15), kred=dg(8))

i("nb", "biz", """
Faktura 2026-311 — Fjordlys Regnskap AS · Org.nr. ⟪org⟫ MVA
Sum å betale: kr 9 375,00 · KID: ⟪kid⟫ · Forfall 05.01.2027
""", org=no_orgnr(), kid=dg(12))

i("cs", "biz", """
Faktura č. 2026120 — Novák Stavby s.r.o. · IČO ⟪ico⟫ · DIČ CZ⟪ico2⟫
Celkem k úhradě: 84 700 Kč · Variabilní symbol 2026120 · Konstantní symbol 0308
""", ico=cz_ico(), ico2=cz_ico())

i("id", "biz", """
Faktur Pajak — PT Nusantara Digital Mandiri
NPWP perusahaan: ⟪npwp⟫ · NIB ⟪nib⟫
Nomor faktur: 010.000-26.⟪nf⟫ · Total termasuk PPN 12%: Rp 27.720.000
""", npwp=f"{dg(2)}.{dg(3)}.{dg(3)}.{dg(1)}-{dg(3)}.{dg(3)}", nib=dg(13), nf=dg(8))

i("zu", "biz", """
Isikhumbuzo sama-akhawunti: i-invoyisi INV-⟪n⟫ evela ku-Ubuntu Build Supplies (Pty) Ltd, inombolo yokubhalisa yenkampani ⟪reg⟫, inombolo ye-VAT 4⟪vat⟫. Inani: R 42,300.00.
""", n=dg(5), reg=f"20{R.randrange(10, 25)}/{dg(6)}/07", vat=dg(9))

i("yo", "biz", """
Ìwé owó (invoice) INV-⟪n⟫ láti ọ̀dọ̀ Adeyemi Foods Ltd. Nọ́mbà ìforúkọsílẹ̀ ilé-iṣẹ́: RC ⟪rc⟫, TIN ilé-iṣẹ́: ⟪tin⟫-0001. Àpapọ̀: ₦1,450,000.
""", n=dg(5), rc=dg(7), tin=dg(8))

i("ha", "biz", """
Takardar biya INV-⟪n⟫ daga Kamfanin Bello Agro Ltd. Lambar rajistar kamfani: RC ⟪rc⟫. Jimla: ₦820,500. Lambar oda: PO-⟪po⟫.
""", n=dg(5), rc=dg(7), po=dg(6))

# ---------------------------------------------------------------- (4) ops / on-call
i("en", "ops", """
#inc-4471 summary (agent-written)
Incident: INC-4471 · PagerDuty #⟪pd⟫ · Sev2 · 14:02–14:35 UTC
Alert: checkout-api p99 latency (Datadog monitor ⟪mon⟫)
Dashboard: https://grafana.acme.dev/d/⟪uid⟫/checkout-overview?orgId=1&from=now-6h
Root cause: pool exhaustion after config push ⟪sha⟫. Action items: AI-⟪a1⟫, AI-⟪a2⟫.
""", pd=dg(6), mon=dg(8), uid=rs(AN, 9), sha=hx(7), a1=dg(4), a2=dg(4))

i("en", "ops", """
$ aws ec2 describe-instances --filters Name=tag:Service,Values=ledger --query 'Reservations[].Instances[].[InstanceId,ImageId,SubnetId,State.Name]' --output text
i-0⟪i1⟫	ami-0⟪a⟫	subnet-0⟪s1⟫	running
i-0⟪i2⟫	ami-0⟪a⟫	subnet-0⟪s2⟫	running
i-0⟪i3⟫	ami-0⟪a⟫	subnet-0⟪s1⟫	stopped
Account: ⟪acct⟫ (prod) · Role: arn:aws:iam::⟪acct⟫:role/OnCallReadOnly
""", i1=hx(16), i2=hx(16), i3=hx(16), a=hx(16), s1=hx(16), s2=hx(16), acct=nz(12))

i("en", "ops", """
Prometheus alert received by the agent:
labels: {alertname="PostgresReplicationLag", instance="pg-replica-2:9187", severity="warning"}
fingerprint: ⟪fp⟫
startsAt: 2026-12-03T02:11:40Z · value: 48.2s
generatorURL: http://prometheus-0:9090/graph?g0.expr=pg_replication_lag_seconds%3E30
""", fp=hx(16))

i("en", "ops", """
postgres log excerpt (pg-primary-1), not a leak — the server never logs the attempted password:
2026-12-03 02:14:09.118 UTC [⟪pid⟫] FATAL:  password authentication failed for user "reporting"
2026-12-03 02:14:09.118 UTC [⟪pid⟫] DETAIL:  Connection matched pg_hba.conf line 14: "host all all 10.0.0.0/8 scram-sha-256"
2026-12-03 02:14:12.402 UTC [⟪pid2⟫] LOG:  checkpoint complete: wrote 1841 buffers (1.4%); lsn=⟪lsn⟫
Agent: the reporting role's password was rotated at 02:00; the BI tool still has the old one.
""", pid=dg(6), pid2=dg(6), lsn=f"{HX(2)}/{HX(8)}")

i("en", "ops", """
mysql> SELECT @@global.gtid_executed\\G
@@global.gtid_executed: ⟪u1⟫:1-88123412,
⟪u2⟫:1-2291
Replica caught up; Seconds_Behind_Source: 0
""", u1=uid(), u2=uid())

i("en", "ops", """
$ ssh ops@bastion-eu-2.acme.dev
The authenticity of host 'bastion-eu-2.acme.dev (18.184.22.10)' can't be established.
ED25519 key fingerprint is SHA256:⟪fp⟫.
This key is not known by any other names.
Are you sure you want to continue connecting (yes/no/[fingerprint])?
Agent: compared with the fingerprint published in the infra wiki — match, continuing.
""", fp=b64(32).rstrip("="))

i("en", "ops", """
$ kubectl -n ingress describe certificate api-acme-dev
Status:
  Conditions:  Ready=True (Certificate is up to date and has not expired)
  Not After:   2027-02-28T09:12:44Z
  Renewal Time: 2027-01-29T09:12:44Z
Serial Number: ⟪sn⟫
SHA-256 Fingerprint: ⟪fp⟫
""", sn=hx(36), fp=":".join(HX(2) for _ in range(32)))

i("en", "ops", """
Vault audit log entry (values are HMAC'd by Vault, not plaintext):
{"time":"2026-12-03T02:20:11Z","type":"response","auth":{"client_token":"hmac-sha256:⟪a⟫","accessor":"hmac-sha256:⟪b⟫","display_name":"oidc-ops-agent"},"request":{"path":"database/creds/reporting","operation":"read"},"response":{"data":{"password":"hmac-sha256:⟪c⟫","username":"hmac-sha256:⟪d⟫"}}}
""", a=hx(64), b=hx(64), c=hx(64), d=hx(64))

i("en", "ops", """
KMS key rotation report (monthly, agent-generated):
Key ID                                 Alias                 Rotation  Last rotated
⟪k1⟫  alias/ledger-data       enabled   2026-11-14
⟪k2⟫  alias/s3-invoices       enabled   2026-11-02
⟪k3⟫  alias/legacy-backups    DISABLED  —   ← action: enable or schedule deletion
""", k1=uid(), k2=uid(), k3=uid())

i("en", "ops", """
DC2 disk swap ticket CHG-⟪c⟫:
Failed drive: bay 7, Seagate Exos X18, serial ZR⟪s1⟫, WWN 0x5000c500⟪w1⟫
Replacement:  bay 7, Seagate Exos X18, serial ZR⟪s2⟫, WWN 0x5000c500⟪w2⟫
RAID rebuild started 09:41, ETA 6h. Switch port Gi1/0/14, MAC ⟪mac⟫.
""", c=dg(5), s1=up(6), w1=hx(8), s2=up(6), w2=hx(8), mac=":".join(hx(2) for _ in range(6)))

i("en", "ops", """
$ etcdctl member list -w table
+------------------+---------+--------+-------------------------+-------------------------+
|        ID        | STATUS  |  NAME  |       PEER ADDRS        |      CLIENT ADDRS       |
+------------------+---------+--------+-------------------------+-------------------------+
| ⟪m1⟫ | started | etcd-0 | https://10.0.1.10:2380  | https://10.0.1.10:2379  |
| ⟪m2⟫ | started | etcd-1 | https://10.0.1.11:2380  | https://10.0.1.11:2379  |
| ⟪m3⟫ | started | etcd-2 | https://10.0.1.12:2380  | https://10.0.1.12:2379  |
+------------------+---------+--------+-------------------------+-------------------------+
""", m1=hx(16), m2=hx(16), m3=hx(16))

i("en", "ops", """
DNS records the agent added for the new mail domain (all public by design):
mail._domainkey.acme-kitchen.com TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA⟪p⟫"
acme-kitchen.com TXT "v=spf1 include:_spf.google.com ~all"
acme-kitchen.com TXT "google-site-verification=⟪g⟫"
_dmarc.acme-kitchen.com TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@acme-kitchen.com"
""", p=b64(270), g=rs(AN + "_-", 43))

i("en", "ops", """
Cloudflare overview for acme-kitchen.com (copied into the runbook):
Zone ID: ⟪z⟫
Account ID: ⟪a⟫
These are identifiers used in API paths; the API token itself is stored in Vault at kv/cloudflare/dns-edit.
""", z=hx(32), a=hx(32))

i("en", "ops", """
Status page update (posted 15:10 UTC):
"Between 13:52 and 14:35 UTC some customers saw errors at checkout. The issue is resolved. As a
precaution we rotated internal service credentials; no customer passwords or payment data were
affected. Incident reference: ACME-2026-1203."
""")

i("en", "ops", """
ALB access log lines pulled during the incident:
https 2026-12-03T14:05:11.902Z app/prod-web/⟪lb⟫ 81.2.69.160:51022 10.0.3.41:8080 0.001 2.914 0.000 502 502 1201 512 "POST https://api.acme.dev:443/v2/checkout HTTP/2.0" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:⟪acct⟫:targetgroup/checkout/⟪tg⟫ "Root=1-⟪t1⟫-⟪t2⟫"
""", lb=hx(16), acct=nz(12), tg=hx(16), t1=hx(8), t2=hx(24))

i("en", "ops", """
Azure deploy identity (documented in the runbook):
Tenant ID:       ⟪t⟫
Subscription ID: ⟪s⟫
Client ID (app): ⟪c⟫
Client secret:   stored in Key Vault kv-prod-weu as secret "sp-deploy-secret" (value not copied here)
""", t=uid(), s=uid(), c=uid())

i("en", "ops", """
restic snapshots (backup host bk-01):
ID        Time                 Host        Tags        Paths
⟪s1⟫  2026-12-01 02:00:04  ledger-db1  nightly     /var/backups/pg
⟪s2⟫  2026-12-02 02:00:03  ledger-db1  nightly     /var/backups/pg
⟪s3⟫  2026-12-03 02:00:05  ledger-db1  nightly     /var/backups/pg
3 snapshots · repository ⟪repo⟫ opened (version 2, compression level auto)
""", s1=hx(8), s2=hx(8), s3=hx(8), repo=hx(10))

i("de", "ops", """
Bereitschaftsbericht 03.12.: Ceph-Cluster fsid ⟪f⟫ meldete HEALTH_WARN (1 OSD down: osd.17).
Ursache: Festplatte mit Seriennummer WD-⟪sn⟫ defekt, Tausch per Ticket CHG-⟪c⟫ beauftragt.
""", f=uid(), sn=up(12), c=dg(5))

i("de", "ops", """
Agent-Notiz: Die Meldung „ORA-28001: the password has expired“ kommt vom Schema-User REPORT. Kein Passwort im Log – nur Ablauf nach 180 Tagen Profil-Policy. Passwortwechsel beim DBA beantragt (Ticket DBA-⟪t⟫).
""", t=dg(4))

i("fr", "ops", """
Astreinte — résumé : la zone Route 53 ⟪z⟫ avait un enregistrement CNAME orphelin. Corrigé.
ID de changement : /change/C⟪ch⟫ · statut INSYNC · compte AWS ⟪acct⟫.
""", z="Z" + up(13), ch=up(13), acct=nz(12))

i("es", "ops", """
Resumen de guardia: el pod api-7d9c8f6b5-⟪p⟫ reinició 14 veces (OOMKilled).
UID del pod: ⟪u⟫ · imagen ghcr.io/acme/api@sha256:⟪d⟫
Se aumentó el límite de memoria a 1Gi.
""", p=lo(5), u=uid(), d=sha256())

i("ja", "ops", """
障害報告（要約）：12/03 14:02〜14:35 決済APIの遅延。インシデント番号 INC-4471、トレースID ⟪t⟫ で再現を確認。
原因：設定変更（コミット ⟪c⟫）でコネクションプール上限が低下。パスワードや鍵の漏えいはありません。
""", t=hx(32), c=hx(7))

i("zh", "ops", """
值班小结：阿里云 ECS 实例 i-bp1⟪i⟫ 磁盘告警（95%）。已扩容云盘 d-bp1⟪d⟫ 到 200GB。
告警规则 ID：⟪r⟫；工单号：⟪w⟫。
""", i=lo(17), d=lo(17), r=uid(), w=dg(14))

i("ru", "ops", """
Отчёт дежурного: ZFS-пул tank (guid ⟪g⟫) деградировал, диск с серийным номером ⟪sn⟫ заменён.
resilver завершён за 3 ч 12 мин, ошибок нет. Заявка на замену: ⟪c⟫.
""", g=nz(19), sn=up(8), c="CHG-" + dg(5))

i("pt", "ops", """
Resumo do plantão: alarme do CloudWatch "HighCPU-erp-prod" (ARN arn:aws:cloudwatch:sa-east-1:⟪acct⟫:alarm:HighCPU-erp-prod) disparou às 03:12.
Instância i-0⟪i⟫ — causa: job de relatório mensal. Sem ação além de acompanhar.
""", acct=nz(12), i=hx(16))

i("ko", "ops", """
온콜 요약: 로드밸런서 5xx 급증. 요청 ID 샘플: ⟪r1⟫, ⟪r2⟫.
원인: 배포 ⟪d⟫ 의 헬스체크 경로 오타. 롤백 후 정상화. 인증 정보 관련 문제 아님.
""", r1=uid(), r2=uid(), d=hx(7))

i("it", "ops", """
Riepilogo reperibilità: il certificato TLS di shop.officinerossi.it scade il 14/01. Impronta SHA-1 del certificato attuale: ⟪fp⟫. Rinnovo automatico (Let's Encrypt) pianificato.
""", fp=":".join(HX(2) for _ in range(20)))

i("pl", "ops", """
Dyżur: Zabbix zgłosił wysokie opóźnienie na łączu do oddziału w Gdańsku. Numer seryjny routera: FGT60F⟪sn⟫, adres IPv6 interfejsu WAN: 2a02:⟪a⟫:⟪b⟫::1.
Zgłoszenie u operatora: ⟪z⟫.
""", sn=up(10), a=hx(4), b=hx(4), z=dg(8))

i("tr", "ops", """
Nöbet özeti: Kafka kümesi (cluster id ⟪cid⟫) broker-2 yeniden başladı. Tüketici grubu gecikmesi 12 dakikada sıfırlandı. Olay kaydı: OLY-⟪o⟫.
""", cid=b64u(16), o=dg(5))

i("nl", "ops", """
Storingsrapport: de Grafana-alert "Disk bijna vol" (regel-UID ⟪u⟫) ging af op nas-02. Opgelost door oude snapshots (ID's ⟪s1⟫, ⟪s2⟫) te verwijderen.
""", u=rs(AN, 14), s1=hx(8), s2=hx(8))

i("sv", "ops", """
Jourrapport: larmet "Replikering försenad" för databasen kunder-prod. GTID-position vid larmet: ⟪u⟫:1-551203. Ingen dataförlust.
""", u=uid())

i("ar", "ops", """
تقرير المناوبة: ارتفاع زمن الاستجابة في خدمة الدفع. معرّف التتبّع ⟪t⟫، رقم الحادثة INC-⟪n⟫. السبب: استنفاد اتصالات قاعدة البيانات، ولا علاقة له بكلمات المرور أو المفاتيح.
""", t=hx(32), n=dg(4))

i("he", "ops", """
סיכום תורנות: התראה על תעודת TLS שפג תוקפה בשירות הפנימי. מספר סידורי של התעודה החדשה: ⟪sn⟫. טביעת אצבע SHA-256: ⟪fp⟫.
""", sn=hx(32), fp=hx(64))

i("vi", "ops", """
Báo cáo trực: máy chủ db-02 hết dung lượng. Mã sự cố SC-⟪s⟫, snapshot EBS snap-0⟪sn⟫ đã tạo trước khi mở rộng ổ đĩa vol-0⟪v⟫.
""", s=dg(5), sn=hx(16), v=hx(16))

i("id", "ops", """
Laporan on-call: layanan pembayaran down 7 menit. ID insiden INC-⟪n⟫, ID permintaan contoh ⟪r⟫. Penyebab: sertifikat perantara hilang di load balancer. Tidak ada kebocoran kunci.
""", n=dg(4), r=uid())

# ---------------------------------------------------------------- extra look-alikes / late additions
def th_corp() -> str:
    b = "0105" + dg(8)
    c = (11 - sum(int(a) * w for a, w in zip(b, range(13, 1, -1))) % 11) % 10
    x = b + str(c)
    return f"{x[0]}-{x[1:5]}-{x[5:10]}-{x[10:12]}-{x[12]}"


s("nb", "pa", """
Bruker: «Kan du signere leieavtalen på Signicat for meg? Jeg er på jobb. BankID-passordet mitt er ⟪S⟫, engangskoden fra appen sender jeg når du er der.»
Agent: Jeg kan ikke logge inn med BankID på dine vegne — ba brukeren signere selv i kveld.
""", pw(3))

i("hu", "biz", """
Ügyfélszolgálati jegy #⟪t⟫: az ügyfél nem tud belépni. A jelszó-visszaállító e-mailt kiküldtük, a link 30 percig érvényes.
Hibakód a naplóban: AUTH-4012 (lejárt munkamenet). Ügyfélszám: ⟪u⟫. Jelszót soha nem kérünk telefonon.
""", t=dg(6), u=dg(8))

i("el", "biz", """
Τιμολόγιο Παροχής Υπηρεσιών Α-⟪n⟫ — ΑΙΓΑΙΟ ΛΟΓΙΣΤΙΚΗ Α.Ε.
ΑΦΜ εταιρείας: 0⟪afm⟫ · ΔΟΥ: ΦΑΕ Αθηνών · ΓΕΜΗ: ⟪gemi⟫
Σύνολο με ΦΠΑ 24%: 1.860,00 € · ΜΑΡΚ: ⟪mark⟫
""", n=dg(4), afm=dg(8), gemi=dg(12), mark=dg(15))

i("bn", "pa", """
এজেন্ট: দারাজ অর্ডার নম্বর ⟪o⟫ কনফার্ম হয়েছে। ডেলিভারির সময় রাইডার একটি OTP চাইবে — সেটা আপনার ফোনে আসবে, আমি দেখতে পাব না। হেল্পলাইন: ০৯৬১০-০০৯৬১০।
""", o=dg(15))

i("ur", "pa", """
ایجنٹ: بینک ٹرانسفر کی رسید — ٹرانزیکشن آئی ڈی ⟪tid⟫، رقم 25,000 روپے، وصول کنندہ اکاؤنٹ ****⟪l4⟫ (ماسک شدہ)، تاریخ 03-12-2026۔
""", tid=up(4) + dg(12), l4=dg(4))

i("th", "biz", """
ใบกำกับภาษีเลขที่ INV⟪n⟫ — บริษัท สยามดิจิทัล จำกัด
เลขประจำตัวผู้เสียภาษีอากร (นิติบุคคล): ⟪tax⟫ สาขาที่ 00000 (สำนักงานใหญ่)
ยอดรวมภาษีมูลค่าเพิ่ม 7%: 53,500.00 บาท
""", n=dg(8), tax=th_corp())

i("tl", "pa", """
Agent: bayad na ang PLDT bill (₱1,899.00) gamit ang GCash. Reference No. ⟪r⟫, Dis 3, 2026 10:14 AM. Account number ng PLDT: ⟪a⟫.
""", r=f"{dg(4)} {dg(3)} {dg(6)}", a=dg(10))

i("am", "biz", """
የሂሳብ ማስታወሻ፦ ከአቢሲኒያ ንግድ ኃ.የተ.የግ.ማ. የደረሰ ደረሰኝ ቁጥር ⟪n⟫፤ የድርጅቱ የግብር ከፋይ መለያ ቁጥር (TIN) ⟪tin⟫፤ ጠቅላላ ብር 48,300።
""", n=dg(6), tin=dg(10))

i("af", "pa", """
Assistent se nota: die bank het bevestig dat hulle NOOIT na jou PIN of OTP sal vra nie. Die bedrogsaak is aangemeld, verwysingsnommer ⟪v⟫. Kaart wat eindig op ⟪l4⟫ is gekanselleer en 'n nuwe een word gestuur.
""", v=dg(9), l4=dg(4))

i("ta", "pa", """
முகவர்: மருத்துவமனை சந்திப்பு உறுதி செய்யப்பட்டது. முன்பதிவு எண் ⟪b⟫. அடையாளத்துக்கு ஆதார் (மறைக்கப்பட்டது): XXXX XXXX ⟪l4⟫.
""", b=up(3) + dg(7), l4=dg(4))

i("fa", "pa", """
دستیار: انتقال وجه پایا ثبت شد. کد رهگیری ⟪r⟫، مبلغ ۱۲٬۵۰۰٬۰۰۰ ریال، شبای مقصد IR** **** **** **** **** ⟪l4⟫ (ماسک‌شده).
""", r=dg(16), l4=dg(4))

i("uk", "ops", """
Черговий: користувачі скаржаться на помилку «Невірний пароль». Причина — LDAP-сервер ldap-02 повертав код 49 (invalidCredentials) через розсинхрон часу. NTP виправлено, інцидент ІНЦ-⟪n⟫ закрито.
""", n=dg(4))
