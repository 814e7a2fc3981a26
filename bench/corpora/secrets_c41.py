"""Independent test corpus c41 for a secret-redaction filter (written blind, stdlib only).

Start time: Mon Dec  7 19:20:28 UTC 2026 (from `date`).
SEED = 41009; all random values come from random.Random(SEED), so the file is deterministic.

Totals: 224 SECRETS, 232 INNOCENT, 456 texts; 40 languages/scripts.

Counts by language (secrets / innocent):
  en       English                                        74 /  74
  de       German                                          6 /   7
  es       Spanish                                         6 /   6
  fr       French                                          6 /   6
  zh       Chinese (Simplified)                            6 /   6
  pt       Portuguese (BR+PT)                              6 /   6
  ru       Russian                                         6 /   6
  ja       Japanese                                        6 /   6
  ar       Arabic                                          5 /   6
  nl       Dutch                                           5 /   5
  ko       Korean                                          5 /   5
  pl       Polish                                          5 /   5
  it       Italian                                         5 /   5
  tr       Turkish                                         5 /   5
  id       Indonesian                                      4 /   5
  uk       Ukrainian                                       4 /   4
  sv       Swedish                                         4 /   4
  vi       Vietnamese                                      4 /   4
  hi       Hindi (Devanagari)                              4 /   4
  el       Greek                                           3 /   4
  fa       Persian                                         3 /   4
  he       Hebrew                                          3 /   4
  ta       Tamil                                           3 /   3
  zh-Hant  Chinese (Traditional)                           3 /   3
  ro       Romanian                                        3 /   3
  hu       Hungarian                                       3 /   3
  ur       Urdu                                            3 /   3
  th       Thai                                            3 /   3
  fi       Finnish                                         3 /   3
  hi-Latn  Hinglish (romanised Hindi, code-switched)       3 /   3
  tl       Tagalog/Taglish                                 3 /   3
  sw       Swahili                                         3 /   3
  no       Norwegian                                       3 /   3
  cs       Czech                                           3 /   3
  bn       Bengali                                         3 /   3
  da       Danish                                          2 /   3
  sr       Serbian (Cyrillic)                              2 /   3
  ms       Malay                                           2 /   2
  ru-Latn  Russian (transliterated)                        2 /   2
  ar-Latn  Arabizi (romanised Arabic)                      2 /   2

Counts by setting (secrets / innocent):
  chat        people's own messages to family/friends                       22 /  21
  coding      coding-agent sessions                                         18 /  21
  errands     personal assistant errands (bills, parcels, appointments)     15 /  23
  devops      infra / devops / CI                                           19 /  19
  gov         government forms, tax, registries                             22 /  14
  banking     personal banking & payments                                   22 /   6
  ecommerce   online shops, orders, payment integrations                     7 /  21
  backoffice  back-office automation (invoices, suppliers, payroll files)    5 /  22
  support     customer-support agents                                       10 /  15
  smarthome   home / smart-home / wifi / alarms                             15 /   7
  health      health care & insurance                                       12 /   8
  travel      travel bookings & documents                                   10 /   9
  hr          HR & onboarding                                                8 /   7
  security    security reviews, pentests, incident notes                     6 /   7
  research    research assistants                                            5 /   8
  education   schools & universities                                         7 /   5
  email       e-mail triage                                                  6 /   5
  data        data pipelines / ETL / analytics                               6 /   5
  crypto      crypto wallets                                                 4 /   5
  mobile      mobile-app development                                         5 /   4
  (no setting exceeds 10% of the 456 texts; largest is chat with 43)

Record shapes: user messages, agent thoughts, tool calls with JSON arguments, tool/OCR output, shell
sessions and config files (.env, YAML, .npmrc, XML, terraform output), logs, summaries, lessons learned,
forwarded SMS/e-mail, chat transcripts. Each text is written as its own situation.

Check digits: every generated value whose real format has one is valid: card numbers (Luhn; Visa,
Mastercard, Amex, Discover, UnionPay, Mir, RuPay, Shetab), IBANs (mod 97, plus the national
check digits for FR/BE/ES/PT), US SSN ranges, CA SIN, UK NHS (mod 11), DE Steuer-ID (ISO 7064) and
KVNR, FR NIR (key 97), IT codice fiscale, ES DNI/NIE, NL BSN (11-proof), PL PESEL, SE personnummer, NO
fodselsnummer, FI HETU, DK CPR (mod 11), CZ rodne cislo, HU TAJ, RO CNP, GR AMKA, TR TCKN, IL Teudat
Zehut, IR melli code, IN Aadhaar (Verhoeff), CN resident id (ISO 7064 MOD 11-2), TW national id, KR RRN,
JP My Number, TH id, AE Emirates id (Luhn), RS JMBG, RU INN/SNILS, BR CPF, GitHub tokens (CRC32
checksum). Innocent look-alikes also carry valid check digits where they exist (CN USCC, BR CNPJ,
IT P.IVA, FR SIREN, DE USt-IdNr, PL NIP, RU INN (10-digit, company), SE org.nr, NO org.nr, DK CVR, CZ ICO,
FI Y-tunnus, KR business reg. no., JP corporate number, IL company number, TH company tax id, EAN-13,
ISBN-13, UPU S10 tracking numbers, US NPI, ORCID). Exception: BIP39 seed phrases use real BIP39 words
but their checksum word is not guaranteed (no full word list available offline).

Labelling choices (borderline cases):
- SECRET: anything that lets someone act as a person or system, even if short or low-tech: wifi
  passwords, streaming-account passwords, door/keypad/alarm/safe/bike-lock codes, parcel-locker release
  codes, SMS/e-mail one-time codes (OTP, TAC, BLIK), UPI/ATM/card PINs, CVV, security answers
  ("first pet"), bank "memorable word", phone-banking passcodes, recovery codes, TOTP seeds, seed phrases,
  wallet private keys, OAuth client secrets, webhook URLs that embed a secret path, password-reset links
  with a token, meeting passwords. The `secret` span is the minimal value (e.g. only the password inside
  a connection string, only the PEM body inside BEGIN/END markers).
- SECRET: personal identifiers of private persons: national ids, tax ids (SSN, Steuer-ID, PESEL, CPF, ...),
  health-insurance numbers (NHS, KVNR, TAJ, AMKA, SNILS, member ids), passport numbers, and personal bank
  accounts/IBANs (e.g. a landlord's or relative's private account), full card numbers.
- SECRET even when the author treats it casually or it is "temporary": onboarding temp passwords,
  keys in notebooks "to be moved later", a revoked key quoted in a lesson learned (the text still leaks
  the value; the filter cannot know it is dead).
- INNOCENT: identifiers of objects or businesses: company VAT/registration/tax numbers, corporate
  unified codes, bank routing/SWIFT/IFSC/BIK codes, a company's published wire details, order/tracking/
  booking/ticket/RMA/claim numbers, e-ticket numbers, PNRs, invoice numbers, Stripe object ids (pi_, cus_,
  evt_, ch_, re_), trace/request ids, commit SHAs, image digests, file hashes, UUIDs, DKIM signatures,
  TLS/signing-cert fingerprints, SSH public keys, public crypto addresses and tx hashes, ORCID/NPI/DOI.
- INNOCENT: documented placeholders and public test values (AWS docs key AKIAIOSFODNN7EXAMPLE, Stripe
  test card 4242 4242 4242 4242, sk_test_your_key_here, ${VAR} references, "(sensitive value)"),
  and dummy test-fixture passwords explicitly described as public/dummy ("correct horse battery staple",
  a local-only "password123"), masked values (last four, XXXX), phone numbers, postal codes (incl. the
  Hindi "PIN code" postal sense), birthdays, prices, versions, and sentences that talk about passwords,
  tokens, keys or codes without containing one.
"""
from __future__ import annotations

import base64
import json
import random
import string
import zlib
from typing import NamedTuple

SEED = 41009
rng = random.Random(SEED)


class Secret(NamedTuple):
    id: str
    text: str
    secret: str


class Innocent(NamedTuple):
    id: str
    text: str


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEXC = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64URL = ALNUM + "-_"


def rs(alpha: str, n: int) -> str:
    return "".join(rng.choice(alpha) for _ in range(n))


def dg(n: int) -> str:
    return rs(DG, n)


def hx(n: int) -> str:
    return rs(HEXC, n)


def rbytes(n: int) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(n: int) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64u(n: int) -> str:
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def uuid4() -> str:
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --- Luhn family -------------------------------------------------------------
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
    num = "".join(c for c in num if c.isdigit())
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_CARDS: set[str] = set()


def card(prefix: str, length: int = 16) -> str:
    body = prefix + dg(length - len(prefix) - 1)
    _CARDS.add(body + luhn_digit(body))
    return body + luhn_digit(body)


def g4(n: str, sep: str = " ") -> str:
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def amex_fmt(n: str) -> str:
    return f"{n[:4]} {n[4:10]} {n[10:]}"


# --- IBAN (ISO 13616, mod 97) ------------------------------------------------
def iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_fmt(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def fr_iban() -> str:
    bank, branch, acct = dg(5), dg(5), dg(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return iban("FR", bank + branch + acct + f"{key:02d}")


def be_iban() -> str:
    first = dg(10)
    c = int(first) % 97 or 97
    return iban("BE", first + f"{c:02d}")


def es_iban() -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s: str) -> str:
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return str({10: 1, 11: 0}.get(v, v))

    bank, branch, acct = dg(4), dg(4), dg(10)
    return iban("ES", bank + branch + dc("00" + bank + branch) + dc(acct) + acct)


def pt_iban() -> str:
    first = dg(19)
    nib = first + f"{98 - (int(first) * 100) % 97:02d}"
    return iban("PT", nib)


def de_iban() -> str:
    return iban("DE", rng.choice(["10010010", "37040044", "50070010", "20041133", "70150000", "12030000"]) + dg(10))


def gb_iban() -> str:
    return iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(6) + dg(8))


def nl_iban() -> str:
    return iban("NL", rng.choice(["INGB", "ABNA", "RABO", "TRIO", "BUNQ"]) + dg(10))


def simple_iban(cc: str) -> str:
    spec = {
        "CH": lambda: dg(5) + dg(12), "AT": lambda: dg(16), "PL": lambda: dg(24),
        "TR": lambda: dg(5) + "0" + dg(16), "SA": lambda: dg(2) + dg(18),
        "AE": lambda: dg(3) + dg(16), "SE": lambda: dg(20), "IE": lambda: "AIBK" + dg(14),
        "RO": lambda: "BTRL" + rs(UP + DG, 16), "CZ": lambda: dg(20), "HU": lambda: dg(24),
        "GR": lambda: dg(23), "DK": lambda: dg(14), "FI": lambda: dg(14), "NO": lambda: dg(11),
        "IL": lambda: dg(19), "UA": lambda: dg(6) + dg(19),
    }
    return iban(cc, spec[cc]())


# --- national identifiers --------------------------------------------------
def es_dni() -> str:
    n = rng.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def es_nie() -> str:
    p = rng.choice("XYZ")
    n = dg(7)
    v = int(str("XYZ".index(p)) + n)
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[v % 23]}"


def us_ssn(sep: str = "-") -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def fr_nir() -> str:
    n = f"{rng.choice('12')}{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(n) % 97
    return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {key:02d}"


def it_cf() -> str:
    odd = {}
    ov = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    for i, c in enumerate(DG):
        odd[c] = ov[i]
    for i, c in enumerate(UP):
        odd[c] = ov[i]
    even = {c: i for i, c in enumerate(DG)}
    even.update({c: i for i, c in enumerate(UP)})
    cons = "BCDFGHLMNPRSTVZ"
    s = rs(cons, 3) + rs(cons, 2) + rng.choice("AEIO") + f"{rng.randint(55, 99):02d}" + rng.choice("ABCDEHLMPRST")
    s += f"{rng.randint(1, 28) + rng.choice([0, 40]):02d}" + rng.choice("ADFHLG") + f"{rng.randint(1, 999):03d}"
    tot = sum(odd[c] if i % 2 == 0 else even[c] for i, c in enumerate(s))
    return s + UP[tot % 26]


def cn_id() -> str:
    region = rng.choice(["110105", "310104", "440305", "330106", "510107", "420106", "320102"])
    body = region + f"{rng.randint(1965, 2003)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + dg(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def cn_uscc() -> str:
    """Unified social credit code of an organisation (GB 32100-2015)."""
    alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "91" + rng.choice(["110105", "310115", "440300", "330106"]) + "".join(rng.choice(alpha) for _ in range(9))
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    c = 31 - sum(alpha.index(a) * b for a, b in zip(body, w)) % 31
    return body + alpha[0 if c == 31 else c]


def kr_rrn() -> str:
    body = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.choice('12')}" + dg(5)
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
    full = body + str(c)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def nl_bsn() -> str:
    while True:
        d = dg(8)
        if d[0] == "0":
            continue
        s = sum(int(a) * b for a, b in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return d + str(c)


def pl_pesel() -> str:
    y = rng.randint(60, 99)
    body = f"{y:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + dg(4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)


def se_pnr() -> str:
    body = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + dg(3)
    return f"19{body[:6]}-{body[6:]}{luhn_digit(body)}"


def fi_hetu() -> str:
    dd, mm, yy, nnn = rng.randint(1, 28), rng.randint(1, 12), rng.randint(60, 99), rng.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{nnn:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}"


def no_fnr() -> str:
    while True:
        body = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(60, 99):02d}" + f"{rng.randint(0, 499):03d}"
        k1 = 11 - sum(int(a) * b for a, b in zip(body, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        body += str(k1)
        k2 = 11 - sum(int(a) * b for a, b in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return body + str(k2)


def dk_cpr() -> str:
    while True:
        body = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(60, 99):02d}" + dg(3)
        s = sum(int(a) * b for a, b in zip(body, [4, 3, 2, 7, 6, 5, 4, 3, 2]))
        c = (11 - s % 11) % 11
        if c < 10:
            return f"{body[:6]}-{body[6:]}{c}"


def tr_tckn() -> str:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def il_tz() -> str:
    b = dg(8)
    return b + luhn_digit(b)


def ca_sin() -> str:
    b = rng.choice("1234567") + dg(7)
    s = b + luhn_digit(b)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def br_cpf() -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    for ln in (9, 10):
        s = sum(x * w for x, w in zip(d, range(ln + 1, 1, -1)))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def br_cnpj() -> str:
    d = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    for w in (w1, [6] + w1):
        r = sum(x * y for x, y in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 7, 6, 8, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def in_aadhaar() -> str:
    b = rng.choice("23456789") + dg(10)
    c = 0
    for i, ch in enumerate(reversed(b)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    full = b + str(_VINV[c])
    assert verhoeff_ok(full)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def in_pan(kind: str = "P") -> str:
    return rs(UP, 3) + kind + rs(UP, 1) + dg(4) + rs(UP, 1)


def uk_nino() -> str:
    a = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = dg(6)
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}"


def uk_nhs() -> str:
    while True:
        b = rng.choice("4569") + dg(8)
        c = 11 - sum(int(a) * w for a, w in zip(b, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = b + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def de_steuer_id() -> str:
    while True:
        ds = rng.sample(range(10), 9)
        if ds[0] == 0:
            continue
        ds.insert(rng.randint(1, 9), rng.choice(ds[1:]))
        prod = 10
        for x in ds:
            s = (x + prod) % 10 or 10
            prod = (s * 2) % 11
        c = 11 - prod
        c = 0 if c == 10 else c
        s = "".join(map(str, ds)) + str(c)
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def de_kvnr() -> str:
    letter = rng.choice(UP)
    body = dg(8)
    seq = f"{UP.index(letter) + 1:02d}" + body
    tot = 0
    for i, ch in enumerate(seq):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return letter + body + str(tot % 10)


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = dg(9)
        if sum(int(a) * b for a, b in zip(d, w)) % 11 == 0:
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def ru_inn12() -> str:
    d = [rng.randint(0, 9) for _ in range(10)]
    d[0] = rng.randint(1, 9)
    for w in ([7, 2, 4, 10, 3, 5, 9, 4, 6, 8], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]):
        d.append(sum(x * y for x, y in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


def ru_snils() -> str:
    d = dg(9)
    s = sum(int(x) * (9 - i) for i, x in enumerate(d))
    while s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}"


def za_id() -> str:
    b = f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + dg(4) + "08"
    return b + luhn_digit(b)


def gr_amka() -> str:
    b = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(60, 99):02d}" + dg(4)
    return b + luhn_digit(b)


def ro_cnp() -> str:
    b = rng.choice("12") + f"{rng.randint(60, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + f"{rng.randint(1, 46):02d}" + dg(3)
    s = sum(int(a) * int(w) for a, w in zip(b, "279146358279")) % 11
    return b + ("1" if s == 10 else str(s))


def cz_rc() -> str:
    while True:
        b = f"{rng.randint(60, 99):02d}{rng.randint(1, 12) + rng.choice([0, 50]):02d}{rng.randint(1, 28):02d}" + dg(3)
        c = int(b) % 11
        if c < 10:
            return f"{b[:6]}/{b[6:]}{c}"


def hu_taj() -> str:
    b = dg(8)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(b)) % 10
    s = b + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def th_id() -> str:
    b = rng.choice("1235") + dg(11)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10
    s = b + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def sg_nric() -> str:
    p = rng.choice("ST")
    d = dg(7)
    s = sum(int(x) * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + d + "JZIHGFEDCBA"[s % 11]


def ir_melli() -> str:
    b = dg(9)
    s = sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
    return b + str(s if s < 2 else 11 - s)


def cl_rut() -> str:
    n = rng.randint(8_000_000, 24_999_999)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(r, str(r))
    return f"{n:,}".replace(",", ".") + "-" + dv


def mrz_check(s: str) -> str:
    val = {c: i for i, c in enumerate(DG)}
    val.update({c: i + 10 for i, c in enumerate(UP)})
    val["<"] = 0
    return str(sum(val[c] * [7, 3, 1][i % 3] for i, c in enumerate(s)) % 10)


def fr_siren() -> str:
    b = rng.choice("3456789") + dg(7)
    return b + luhn_digit(b)


def de_vat() -> str:
    # ISO 7064 mod 11,10 like the German USt-IdNr.
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        prod = 10
        for x in d:
            s = (x + prod) % 10 or 10
            prod = (s * 2) % 11
        c = 11 - prod
        c = 0 if c == 10 else c
        return "DE" + "".join(map(str, d)) + str(c)


def ean13(prefix: str = "40") -> str:
    b = prefix + dg(12 - len(prefix))
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b))
    return b + str((10 - s % 10) % 10)


def isbn13() -> str:
    b = "978" + rng.choice(["0", "1", "3", "2", "4", "84", "88"]) 
    b += dg(12 - len(b))
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b))
    return b + str((10 - s % 10) % 10)


def imo_like() -> str:
    return dg(7)


# --- credentials -------------------------------------------------------------
def _b62(n: int, width: int = 6) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = (DG + UP + LO)[r] + out
    return out.rjust(width, "0")


def gh_token(prefix: str = "ghp_") -> str:
    body = rs(ALNUM, 30)
    return prefix + body + _b62(zlib.crc32(body.encode()))


def gh_fine() -> str:
    return "github_pat_11" + rs(UP + DG, 20) + "_" + rs(ALNUM, 59)


def aws_akid(prefix: str = "AKIA") -> str:
    return prefix + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret() -> str:
    return rs(ALNUM + "+/", 40)


def slack_bot() -> str:
    return f"xoxb-{dg(12)}-{dg(13)}-{rs(ALNUM, 24)}"


def slack_user() -> str:
    return f"xoxp-{dg(12)}-{dg(12)}-{dg(13)}-{hx(32)}"


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(UP + DG, 8)}/B{rs(UP + DG, 10)}/{rs(ALNUM, 24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{rng.randint(10**17, 10**18 - 1)}/{rs(B64URL, 68)}"


def teams_hook() -> str:
    return (f"https://contoso.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
            f"{hx(32)}/{uuid4()}")


def stripe_sk(mode: str = "live") -> str:
    return f"sk_{mode}_51{rs(ALNUM, 22)}{rs(ALNUM, 75)}"


def stripe_rk() -> str:
    return f"rk_live_51{rs(ALNUM, 97)}"


def stripe_pk(mode: str = "live") -> str:
    return f"pk_{mode}_51{rs(ALNUM, 97)}"


def whsec() -> str:
    return "whsec_" + rs(ALNUM, 32)


def openai_key() -> str:
    return "sk-proj-" + rs(B64URL, 64) + "T3BlbkFJ" + rs(B64URL, 64)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(B64URL, 93) + "AA"


def google_key() -> str:
    return "AIzaSy" + rs(B64URL, 33)


def gcp_oauth_secret() -> str:
    return "GOCSPX-" + rs(B64URL, 28)


def glpat() -> str:
    return "glpat-" + rs(ALNUM + "-_", 20)


def npm_tok() -> str:
    return "npm_" + rs(ALNUM, 36)


def pypi_tok() -> str:
    return "pypi-AgEIcHlwaS5vcmc" + rs(B64URL, 120)


def hf_tok() -> str:
    return "hf_" + rs(ALNUM, 34)


def tg_bot() -> str:
    return f"{rng.randint(1_000_000_000, 7_999_999_999)}:AA{rs(B64URL, 33)}"


def discord_bot() -> str:
    uid = str(rng.randint(10**17, 10**18 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(B64URL, 6) + "." + rs(B64URL, 38)


def sendgrid() -> str:
    return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)


def mailgun() -> str:
    return "key-" + hx(32)


def twilio_sk() -> str:
    return "SK" + hx(32)


def shopify_tok() -> str:
    return "shpat_" + hx(32)


def doctl_tok() -> str:
    return "dop_v1_" + hx(64)


def jwt(payload: dict, alg: str = "HS256") -> str:
    h = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{p}.{b64u(32 if alg == 'HS256' else 256)}"


def azure_key() -> str:
    return b64(64)


def pem_body(nbytes: int) -> str:
    raw = base64.b64encode(rbytes(nbytes)).decode()
    return "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))


def openssh_body() -> str:
    raw = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + \
          "QyNTUxOQAAACB" + base64.b64encode(rbytes(160)).decode().rstrip("=")
    return "\n".join(raw[i:i + 70] for i in range(0, len(raw), 70))


def ssh_pub_ed25519() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(rbytes(32)).decode().rstrip("=")[1:] + ""


def totp_secret(n: int = 32) -> str:
    return rs(B32, n)


def pw(n: int = 14, sym: str = "!@#$%^&*-_+=?") -> str:
    while True:
        p = rs(ALNUM + sym, n)
        if (not sym or any(c in sym for c in p)) and any(c.isdigit() for c in p) and any(c.isupper() for c in p):
            return p


def otp(n: int = 6) -> str:
    return str(rng.randint(10 ** (n - 1), 10 ** n - 1))


def gh_recovery() -> str:
    return f"{hx(5)}-{hx(5)}"


BIP39 = ("abandon ability absorb access acoustic actress adapt advice aerobic afford agent airport alarm album "
         "alcohol alien alley almost alpha amateur anchor ancient angle ankle antenna anxiety apology april arctic "
         "arena armor arrow artwork asthma athlete atom auction august autumn avocado awkward axis bacon badge "
         "balcony bamboo banana barrel basket beach believe bench bicycle biology blanket blossom bounce bracket "
         "brisk broccoli bronze bubble buffalo bullet bundle cabbage cactus canal canoe canyon cargo castle catalog "
         "celery cement census cereal chalk chimney chuckle cinnamon citizen claw clever clinic clump coconut "
         "coral cotton coyote cradle crater cricket crouch crystal cupboard curtain cushion daring debris decade "
         "dentist desert diamond diesel dinosaur dolphin donkey drastic dune dwarf eagle ecology elbow elegant "
         "elephant embark emerge endless engine enrich envelope erosion essay eternal evoke exotic fabric fatigue "
         "february fiber fiction flame flavor fossil fragile frost fury gadget galaxy garlic gauge genius giraffe "
         "glimpse gospel gravity grocery guitar hamster harbor hazard hedgehog helmet hobby hockey hover hybrid "
         "igloo immune impulse inherit inmate insect ivory jaguar jealous jelly journey jungle kangaroo ketchup "
         "kidney kitten kiwi ladder lava lawsuit lecture leopard liberty lizard lobster lottery lumber lunar lyrics "
         "magnet mango mansion maple marble meadow melody mimic miracle mosquito muffin mushroom napkin nephew "
         "noodle nuclear oak obey ocean olive orbit orchard ostrich oxygen oyster ozone paddle panther parrot "
         "peanut pelican pepper pigeon pistol planet plastic pony potato pudding pumpkin puzzle pyramid quantum "
         "quarter rabbit raccoon radar raven razor recycle reptile rhythm ribbon rifle robot rocket saddle salmon "
         "satoshi sausage scorpion sketch skull slogan snack soccer spatial sphere spider squirrel stadium "
         "stumble subway sunset swallow symbol tackle tennis thunder tiger tobacco tomato topple tornado tortoise "
         "trumpet tuition tunnel turtle twelve umbrella unicorn uranium utility vacuum valley velvet venue vessel "
         "violin volcano voyage walnut wasp whisper wisdom wolf yellow zebra zero").split()


def seed_phrase(n: int = 12) -> str:
    return " ".join(rng.sample(BIP39, n))


def eth_addr() -> str:
    return "0x" + rs("0123456789abcdefABCDEF", 40)


def btc_bech32() -> str:
    return "bc1q" + rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38)


def sha256() -> str:
    return hx(64)


def sha1() -> str:
    return hx(40)


def ae_eid() -> str:
    b = "784" + str(rng.randint(1965, 2004)) + dg(7)
    s = b + luhn_digit(b)
    return f"{s[:3]}-{s[3:7]}-{s[7:14]}-{s[14]}"


def rs_jmbg() -> str:
    while True:
        b = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(960, 999):03d}71" + dg(3)
        m = 11 - sum(int(x) * w for x, w in zip(b, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        return b + str(0 if m > 9 else m)


_TW = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35,
           P=23, Q=24, R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def tw_id() -> str:
    letter = rng.choice("ABFHE")
    d = rng.choice("12") + dg(7)
    n = _TW[letter]
    s = (n // 10) + (n % 10) * 9 + sum(int(x) * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2, 1]))
    return letter + d + str((10 - s % 10) % 10)


def id_nik() -> str:
    return f"317404{rng.randint(1, 28) + rng.choice([0, 40]):02d}{rng.randint(1, 12):02d}{rng.randint(70, 99):02d}{dg(4)}"


# ----------------------------------------------------------------------------
# builders
# ----------------------------------------------------------------------------
_SEC: list[tuple[str, str, str, str]] = []   # (lang, setting, text, secret)
_INN: list[tuple[str, str, str]] = []        # (lang, setting, text)


def _fill(text: str, kw: dict) -> str:
    for k, v in kw.items():
        text = text.replace(f"§{k}§", str(v))
    assert "§" not in text, text
    return text


def S(lang: str, setting: str, secret: str, text: str, **kw) -> None:
    kw["S"] = secret
    _SEC.append((lang, setting, _fill(text, kw), secret))


def I(lang: str, setting: str, text: str, **kw) -> None:
    _INN.append((lang, setting, _fill(text, kw)))

# ============================================================================
# SECRETS — English
# ============================================================================
S("en", "coding", aws_secret(), """User: deploy is failing again, here's my ~/.aws/credentials so you can see what's wrong
[default]
aws_access_key_id = §K§
aws_secret_access_key = §S§
region = eu-west-1""", K=aws_akid())
S("en", "coding", gh_token(), """Agent thought: the clone fails with 403 because the remote URL embeds an old PAT.
Current remote: https://§S§@github.com/northwind-labs/billing-api.git
Plan: switch to the credential helper and ask the user to revoke this one.""")
S("en", "devops", (p := pw(18)), """tool_call: {"name": "run_shell", "arguments": {"cmd": "psql 'postgresql://app_rw:§S§@db-prod-2.internal:5432/orders?sslmode=require' -c 'select count(*) from orders where status=\\'stuck\\''"}}""")
S("en", "errands", "4417", """User: can you order the groceries for tomorrow? The driver can leave them in the lockbox by the garage, code is 4417. Don't ring, baby is asleep.""")
S("en", "support", (c := card("4", 16)), """Ticket #88213 — customer reply (raw):
Hi, I was charged twice for the annual plan. The card is §S§ exp 09/28.
Please refund one of them asap.
— Marcy""", )
S("en", "banking", (o := otp(6)), """SMS forwarded by user at 08:14:
"Your Chase verification code is §S§. Don't share it with anyone. We'll never call to ask for it."
User: here's the code, finish the transfer pls""")
S("en", "hr", us_ssn(), """Onboarding form extraction (tool output):
  full_name: Devon R. Akande
  start_date: 2027-01-11
  ssn: §S§
  w4_filing_status: single
  emergency_contact: Lara Akande, (614) 555-0182""")
S("en", "security", (k := pem_body(300)), """Found in repo history (commit 4f1c2e9, file deploy/keys/id_rsa), needs rotation:
-----BEGIN RSA PRIVATE KEY-----
§S§
-----END RSA PRIVATE KEY-----""")
S("en", "chat", "Buttercup!1987", """hey it's me, locked out of the family netflix again. mom changed it to Buttercup!1987 apparently?? can you log in on the tv for me""")
S("en", "crypto", (sp := seed_phrase(12)), """User: I'm moving my wallet to a new phone. Write this down somewhere safe for me:
§S§
Thanks!!""")
S("en", "data", (p := pw(16, "!#%")), """Lesson learned: the nightly ETL broke because the Snowflake password rotated.
New one set in the job config by Priya: §S§
Next time check the rotation calendar before re-running the backfill.""")
S("en", "coding", stripe_sk(), """.env.production (pasted by user)
NODE_ENV=production
NEXT_PUBLIC_SITE_URL=https://shop.gardenly.io
STRIPE_SECRET_KEY=§S§
STRIPE_PUBLISHABLE_KEY=pk_live_REPLACE_ME""")
S("en", "devops", slack_hook(), """Summary of work: wired the Grafana alert for disk >90% to the #ops-alerts channel.
Webhook used: §S§
Tested with a synthetic alert, message arrived within 3s.""")
S("en", "email", (o := "K7F-29Q-MMX"), """From: no-reply@accounts.dropbox.com
Subject: Your security code
Someone is trying to sign in. Enter this code to continue: §S§
If this wasn't you, secure your account.""")
S("en", "health", uk_nhs(), """User: Book me a GP appointment at Hillside Surgery for next week, mornings only. They always ask for my NHS number, it's §S§. Date of birth 14/03/1989.""")
S("en", "travel", (pp := "C4X82" + dg(4)), """Agent note: filling the ESTA application for the user.
Passport: §S§ (Germany), issued 2022-05-03, expires 2032-05-02.
Flight LH 400 FRA→JFK on 2027-02-14. Fee $21 paid.""")
S("en", "gov", ca_sin(), '''tool_result (ocr_document):
"Canada Revenue Agency — Notice of Assessment 2025
Social insurance number: §S§
Total income: 78,412.00"''')
S("en", "smarthome", "7391#", """User: the alarm panel keeps beeping. Disarm code is 7391# if you need to walk me through it over the phone with ADT.""")
S("en", "ecommerce", shopify_tok(), """Shopify app setup — admin API access token (shown once):
§S§
Scopes: read_orders, write_fulfillments. Stored in 1Password vault "Ops".""")
S("en", "research", openai_key(), """import os
from openai import OpenAI
client = OpenAI(api_key="§S§")  # TODO move to env before sharing notebook
resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": abstract}])""")
S("en", "mobile", (g := google_key()), """android/app/src/main/res/values/google_maps_api.xml
<resources>
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">§S§</string>
</resources>""")
S("en", "education", "purple-otter-42", """Student message: Prof, I can't get into the lab VM. My account is jnguyen3 and the password the TA gave me is purple-otter-42 but it says expired.""")
S("en", "backoffice", gb_iban(), """Supplier onboarding: Hannah Whitlock (sole trader, illustration work)
Pay to personal account: §S§
Invoices monthly, net 30. VAT: not registered.""")
S("en", "coding", jwt({"sub": "user_8812", "role": "admin", "iat": 1796601600, "exp": 1796688000}), """curl -s https://api.tallyboard.dev/v2/admin/users \\
  -H 'Authorization: Bearer §S§' \\
  -H 'Accept: application/json' | jq '.items | length'""")
S("en", "devops", (k := azure_key()), """terraform output (sensitive values revealed with -json):
{"storage_account": {"value": "stlogsprodweu01"},
 "storage_connection_string": {"value": "DefaultEndpointsProtocol=https;AccountName=stlogsprodweu01;AccountKey=§S§;EndpointSuffix=core.windows.net"}}""")
S("en", "support", "Fluffy", """Caller verification (support agent transcript):
Agent: For security, what was the name of your first pet?
Customer: Fluffy. With a y at the end.
Agent: Thank you, you're verified.""")
S("en", "banking", "Lisbon2009", """Me to assistant: for the Barclays phone banking, the memorable word is Lisbon2009 — they'll ask for characters 2, 5 and 7, just read them out.""")
S("en", "hr", (tk := "HR-" + otp(8)), """Thought: The payroll portal wants the employee's one-time enrollment key, which Rachel pasted in chat: §S§. It expires at 17:00, so I should finish the direct-deposit form now.""")
S("en", "security", totp_secret(32), """otpauth://totp/Acme%20VPN:r.ortega@acme.co?secret=§S§&issuer=Acme%20VPN&algorithm=SHA1&digits=6&period=30""")
S("en", "crypto", "0x" + hx(64), """{"tool": "wallet.import", "args": {"network": "base-mainnet", "private_key": "§S§", "label": "ops-hot-wallet"}}""")
S("en", "coding", npm_tok(), """$ cat ~/.npmrc
//registry.npmjs.org/:_authToken=§S§
@acme:registry=https://npm.pkg.github.com
always-auth=true""")
S("en", "errands", "3HJ9-2KQ", """User: pick up my dry cleaning at Parkside before 6. The pickup locker at the front wants a release code, it's 3HJ9-2KQ (they emailed it). Ticket number on the receipt is 004812 if they ask.""")
S("en", "chat", card("5", 16), """ok here's the card for the concert tix, use mine not dad's: """ + "§S§" + """ cvv on the back i'll text u separately lol""")
S("en", "chat", "392", """and the cvv is 392. delete this after""")
S("en", "data", (p := pw(20, "")), """airflow connections add 'warehouse_prod' \\
    --conn-type 'mysql' --conn-host 'rds-prod.c9xk2.us-east-1.rds.amazonaws.com' \\
    --conn-login 'etl_writer' --conn-password '§S§' --conn-port '3306'""")
S("en", "gov", us_ssn(""), """Summary for user: your 2026 federal return is ready to e-file. I used SSN §S§ for you and your spouse's SSN from last year's return. Refund estimate: $1,284.""")
S("en", "health", "MED" + dg(9), """Insurance card (front) transcription:
BlueRiver Health PPO
Member: SOFIA MARTINEZ
Member ID: §S§
Group: 0047712   RxBIN: 610014""")
S("en", "email", "Tr0ub4dor&3-work", """Draft email (not sent):
Hi Ken, while I'm on leave you can check the shared inbox. Login: ops@harlowfoods.com / Tr0ub4dor&3-work
Please don't change it.
Thanks, Dana""")
S("en", "smarthome", "Hx72!kettle-wifi", """Home Assistant config change:
wifi:
  ssid: "Okafor_Home_5G"
  password: "Hx72!kettle-wifi"
ota:
  platform: esphome""")
S("en", "mobile", (p := pw(12, "$")), """Lesson: Gradle release builds need the keystore secrets. For the Pawprint app these are
storePassword=§S§ keyAlias=upload
Don't commit gradle.properties again — it happened in PR #212.""")
S("en", "research", hf_tok(), """Agent thought: the gated Llama checkpoint needs auth. The user gave me §S§ earlier in the conversation; I'll pass it via HF_TOKEN for this download only.""")
S("en", "devops", tg_bot(), """Monitoring bot config (bot.yaml):
telegram:
  token: "§S§"
  chat_id: -1001872334412
  notify_on: [critical, recovered]""")
S("en", "ecommerce", whsec(), """Stripe CLI output:
> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is §S§ (^C to quit)""")
S("en", "backoffice", (a := dg(9)), """Payroll change request — approved by J. Ferris
Employee: Tomasz Wiśniewski
New direct deposit: routing 021000021, account §S§ (checking)
Effective next cycle.""")
S("en", "security", (p := "Winter2026!"), """Pentest finding #7: the kiosk admin account still uses the vendor default changed to a seasonal password.
Verified login: kioskadmin / §S§ on 10.20.4.18
Severity: high.""")
S("en", "travel", dg(4), """Hotel front desk note for user: your in-room safe was reset, the new code is §S§ followed by the lock key. Room 1214.""")
S("en", "coding", sendgrid(), """Agent: I found why password-reset emails stopped. The SENDGRID_API_KEY in staging is set to §S§, which belongs to a deleted subuser. We need a new key with mail.send scope.""")
S("en", "support", dg(4), """Customer chat: my card got swallowed at the atm on 5th street, the pin was 8826 if that helps you find it""".replace("8826", "§S§"))
S("en", "hr", "Welcome2Northwind#", """IT onboarding checklist for new hire (Jamie Cole):
- laptop: asset NW-LT-0931
- temp password: Welcome2Northwind#  (must change at first login)
- badge pickup: reception, Monday 9:00""")
S("en", "education", otp(6), """Parent portal: Your Skyward login code is §S§. It expires in 10 minutes.""")
S("en", "crypto", (sp := seed_phrase(24)), """Thought: user pasted what looks like a 24-word recovery phrase in the middle of the question:
"is this legit? §S§ — the site says I need to enter it to claim the airdrop"
I must warn them this is a scam and tell them to move funds.""")
S("en", "devops", doctl_tok(), """$ doctl auth init --access-token §S§
Validating token... OK""")
S("en", "data", (k := b64(32)), """dbt profiles.yml snippet:
  bigquery_prod:
    type: bigquery
    method: service-account-json
    keyfile_json:
      private_key_id: "§S§"
""".rstrip() + "\n      client_email: \"dbt-runner@acme-analytics.iam.gserviceaccount.com\"")
S("en", "email", "https://app.docuflow.com/s/reset?token=" + b64u(24), """Forwarded: "Click to reset your password: §S§ — link valid for 30 minutes." User asked me to open it and set a new password.""".replace("§S§", "§S§"))
S("en", "banking", card("37", 15), """Assistant memory: Amex Platinum (personal) §S§, used for travel bookings only. Statement closes on the 22nd.""")
S("en", "gov", uk_nino(), """Form HMRC P60 summary: employee Grace Holloway, National Insurance number §S§, total pay £52,310.44, tax deducted £8,104.00.""")
S("en", "mobile", (k := pem_body(120)), """App Store Connect API key pasted by user (AuthKey_9X2KQ7LMDA.p8):
-----BEGIN PRIVATE KEY-----
§S§
-----END PRIVATE KEY-----
Issuer ID: 57246542-96fe-1a63-e053-0824d011072a""")
S("en", "smarthome", "1357-2468", """Thought: the Nuki lock needs the admin PIN to add a new fob. User said earlier "it's 1357-2468, same as the garage". I'll use it once and not store it.""")
S("en", "research", "s3cure-Survey-2027", """Lesson learned: the Qualtrics export was password-protected; the PI (Dr. Banerjee) shared the zip password s3cure-Survey-2027 in Slack. Unzip worked, 1,412 responses.""")
S("en", "coding", gh_fine(), """User: why does `gh auth status` say my token is fine but actions can't push?
Me: GH_TOKEN=§S§ gh api repos/tinloop/site/actions/permissions""")
S("en", "support", "6021 88", """Voice bot transcript: "To confirm, please say or enter your six-digit telephone banking passcode." Caller: "six oh two one eight eight"... entered 6021 88""")
S("en", "devops", (p := pw(24, "")), """kubectl create secret generic redis-auth -n checkout --from-literal=password=§S§
secret/redis-auth created""")
S("en", "backoffice", (k := "x" + hx(39)), """Xero → QuickBooks migration notes:
QBO client_id: ABwQ8k2dX9e3   client_secret: §S§
Redirect URI set to https://ops.lumenfarm.co/oauth/qbo""")
S("en", "errands", "Maple-Gate-0918", """User: please log into the HOA portal and pay the quarterly dues. username hbrennan, password Maple-Gate-0918. Don't autopay, just this once.""")
S("en", "chat", "224610", """[WhatsApp] Mum: darling the bank texted me 224610 is that the code you needed?""")
S("en", "security", gh_recovery(), """GitHub two-factor recovery codes (user asked me to keep one handy):
§S§
Used: 0 of 16.""")
S("en", "ecommerce", card("6011", 16), """Order #A-55120 failed fraud check. Raw payment payload:
{"pan": "§S§", "exp_month": 4, "exp_year": 2029, "name": "R KOWALSKI", "amount": 219.00}""")
S("en", "health", (p := "MyChart" + otp(4) + "!"), """User: I keep forgetting my patient portal login, just remember it for me: username eliza.moore, pw §S§""")
S("en", "data", (k := anthropic_key()), """Run log, batch-classify job 2027-01-03:
[info] using provider=anthropic model=claude-3-5-sonnet
[debug] headers={'x-api-key': '§S§', 'anthropic-version': '2023-06-01'}
[info] 2,000/2,000 done""")
S("en", "travel", otp(4), """Airbnb host message: Hi Sam! Check-in from 3pm. The keypad code for the front door is §S§, then flat 3B on the second floor. Wifi is on the fridge.""")
S("en", "travel", "A" + dg(8), """Assistant summary of renewal: your US passport (no. §S§) expires 2027-06-30. DS-82 prefilled; you still need a new photo.""")
S("en", "coding", rs(ALNUM, 22), """docker run --rm -e DATABASE_URL=postgres://admin:§S§@10.0.3.7/app ghcr.io/pinecone-labs/migrator:1.8.2 migrate up""")
# ============================================================================
# SECRETS — other languages
# ============================================================================
# German
S("de", "backoffice", de_iban(), """Nutzer: Bitte überweis die Kaution für die Wohnung an Frau Albrecht, privat:
§S§, Verwendungszweck "Kaution Lindenstr. 4, 2. OG". Betrag 2.340,00 €.""")
S("de", "gov", de_steuer_id(), """Zusammenfassung: Für die Einkommensteuererklärung 2025 habe ich deine Steuer-ID §S§ aus dem Lohnsteuerbescheid übernommen. Elster-Zertifikat fehlt noch.""")
S("de", "health", de_kvnr(), """Tool-Ausgabe (Kartenleser):
Versicherte: Schmidt, Jonas
Krankenversichertennummer: §S§
Kasse: Techniker Krankenkasse, gültig bis 12/2029""")
S("de", "devops", (p := pw(16)), """# Notiz von Felix, bitte nicht committen
MYSQL_ROOT_PASSWORD=§S§
MYSQL_DATABASE=shopware
# Backup läuft täglich 03:00 über cron""")
S("de", "smarthome", "Sonnenblume#12", """Oma hat angerufen, sie kommt nicht mehr ins WLAN. Das Passwort steht auf dem Router: Sonnenblume#12 – kannst du ihr das Tablet einrichten?""")
# French
S("fr", "health", fr_nir(), """Utilisateur : remplis le formulaire de la CPAM pour moi. Mon numéro de sécu c'est le §S§, je suis né à Lyon.""")
S("fr", "banking", fr_iban(), """Pensée de l'agent : le propriétaire a donné son RIB personnel pour le virement du loyer :
IBAN §S§ — BIC CCBPFRPPLYO
Je prépare l'ordre permanent au 5 du mois.""")
S("fr", "support", card("4970", 16), """Transcription chat client (ticket 55-2091) :
« Bonjour, je n'arrive pas à payer, ma carte c'est §S§ et ça me met refusé. »
Agent : Merci de ne jamais partager votre numéro de carte ici.""")
S("fr", "coding", mailgun(), """Leçon : les mails de confirmation partaient en spam car la clé Mailgun du domaine de test était utilisée en prod.
Ancienne clé (révoquée le 3/01) : §S§""")
S("fr", "smarthome", "0815*", """Message de l'utilisateur : le code du portail pour le livreur c'est 0815* puis la touche cloche. Dis-lui de laisser le colis derrière le bac à fleurs.""".replace("0815*", "§S§"))
# Spanish
S("es", "travel", es_dni(), """Usuario: necesito pedir cita para renovar el pasaporte. Mi DNI es §S§ y prefiero la comisaría de Moncloa, por las mañanas.""")
S("es", "banking", es_iban(), """Resumen: domiciliación del gimnasio cambiada a la cuenta personal de Lucía (§S§). El primer cargo será el 1 de febrero.""")
S("es", "chat", "perro_Canelo_2015", """oye la contraseña del disney+ es perro_Canelo_2015, no la cambies que la usa también tu tía""")
S("es", "devops", stripe_rk(), """{"herramienta": "secrets.put", "argumentos": {"ruta": "prod/pagos/stripe", "valor": "§S§", "nota": "clave restringida solo lectura de cargos"}}""")
S("es", "ecommerce", otp(6), """Cliente (WhatsApp): hola, me llegó un SMS con el código §S§ para confirmar la compra en la tienda, ¿lo pongo yo o lo pones tú?""")
# Portuguese (BR)
S("pt", "gov", br_cpf(), """Usuário: emite a segunda via do boleto do IPTU pra mim? CPF §S§, imóvel na Rua Harmonia 212, Vila Madalena.""")
S("pt", "banking", "Celia" + otp(4) + "$", """Nota do assistente: senha do internet banking da Dona Célia (ela pediu pra eu guardar): §S§ — a de 6 dígitos do cartão ela não passou.""")
S("pt", "coding", firebase := "AIzaSy" + rs(B64URL, 33), """const firebaseConfig = {
  apiKey: "§S§",
  authDomain: "rachadinha-app.firebaseapp.com",
  projectId: "rachadinha-app",
  storageBucket: "rachadinha-app.appspot.com"
};""")
S("pt", "support", otp(6), """Atendente virtual: Para confirmar sua identidade, informe o código enviado por SMS.
Cliente: §S§
Atendente virtual: Obrigado! Seu endereço foi atualizado.""")
S("pt", "errands", pt_iban(), """Utilizador (PT): paga a renda à senhoria, o IBAN dela é §S§. São 850 €, referência "renda março".""")
# Italian
S("it", "education", it_cf(), """Utente: compila il modulo per l'asilo nido, il codice fiscale di mia figlia è §S§. Residenza: via Lame 41, Bologna.""")
S("it", "hr", (p := pw(14)), """Nota onboarding: credenziali provvisorie per Giulia sul gestionale presenze: g.ferraro / §S§ (cambio obbligatorio al primo accesso).""")
S("it", "travel", card("5", 16), """Pensiero: l'utente ha incollato la carta aziendale per prenotare il treno: §S§, scad. 11/27. Uso Trenitalia e poi cancello il messaggio.""")
S("it", "smarthome", "2580", """Messaggio: il codice dell'antifurto è 2580, se suona mentre sei lì per le piante spegnilo dal tastierino in corridoio.""".replace("2580", "§S§"))
# Dutch
S("nl", "gov", nl_bsn(), """Gebruiker: kun je de toeslagen-aanvraag invullen? Mijn BSN is §S§ en het huurcontract staat in mijn mail.""")
S("nl", "banking", nl_iban(), """Samenvatting: Tikkie aangemaakt voor het etentje, geld gaat naar Sanne's privérekening §S§. 6 personen × € 31,50.""")
S("nl", "devops", glpat(), """Les geleerd: de runner kon de submodules niet ophalen. Tijdelijk opgelost met CI_JOB_TOKEN vervangen door persoonlijke token §S§ — moet terug naar deploy token!""")
S("nl", "chat", "4-9-1-1", """pap het cijferslot van mijn fiets bij het station is §S§, kun jij hem ophalen?""")
# Polish
S("pl", "gov", pl_pesel(), """Użytkownik: złóż za mnie wniosek o Kartę Dużej Rodziny. PESEL męża: §S§, mój wyślę później.""")
S("pl", "banking", simple_iban("PL"), """Notatka asystenta: przelew za korepetycje idzie na prywatne konto pani Ewy: §S§, tytuł „matematyka luty”.""")
S("pl", "coding", (p := pw(18, "")), """Wynik narzędzia (cat config/database.yml):
production:
  adapter: postgresql
  username: sklep
  password: §S§
  host: 10.1.0.12""")
S("pl", "chat", otp(6), """[SMS do Kasi] Kasia, przepisz mi proszę kod z BLIKa §S§ zanim wygaśnie, płacę za pizzę!!""")
# Russian
S("ru", "health", ru_snils(), """Пользователь: запиши меня к терапевту через Госуслуги. СНИЛС §S§, полис ОМС в фото выше.""")
S("ru", "errands", card("2202", 16), """Мысль агента: пользователь прислал номер карты Мир для оплаты ЖКХ — §S§. Срок 08/29. Не сохранять в долговременную память.""")
S("ru", "devops", (p := pw(20, "")), """Итог: поднял Redis на новом сервере, пароль в redis.conf:
requirepass §S§
Порт 6380 открыт только для 10.0.0.0/24.""")
S("ru", "chat", "Котик2024!", """Маш, пароль от вайфая на даче — Котик2024! (с восклицательным), сеть называется Dacha_Keenetic""")
S("ru", "gov", ru_inn12(), """Вывод инструмента OCR:
«Свидетельство о постановке на учёт физического лица ... ИНН §S§ ... Иванова Анна Сергеевна»""")
# Ukrainian
S("uk", "banking", simple_iban("UA"), """Користувач: надішли батькам 3000 грн на мамин рахунок §S§, призначення «на ліки». Дякую!""")
S("uk", "chat", "Ластівка_77", """Пароль від Дії не пам'ятаю, але від пошти — Ластівка_77, спробуй через неї відновити""")
S("uk", "coding", tg_bot(), """Нотатка: бот для черги в сервісному центрі працює, токен від BotFather: §S§. Вебхук на https://svc-queue.fly.dev/tg.""")
S("uk", "errands", "5173", """Думка агента: кур'єр Нової пошти просить код отримання посилки, користувач написав "код 5173". Передаю курʼєру.""".replace("код 5173", "код §S§"))
# Turkish
S("tr", "gov", tr_tckn(), """Kullanıcı: e-Devlet'ten adli sicil kaydı almam lazım, TC kimlik no §S§. Şifreyi sonra SMS ile atacağım.""")
S("tr", "banking", simple_iban("TR"), """Özet: kira ödemesi için ev sahibinin şahsi hesabı kaydedildi: §S§ (Mehmet Yıldız). Her ayın 3'ü otomatik.""")
S("tr", "devops", aws_secret(), """Ajan düşüncesi: S3 yüklemesi 403 veriyor. Kullanıcının verdiği gizli anahtar: §S§ — erişim anahtarı ile eşleşmiyor olabilir, IAM'da kontrol edeceğim.""")
S("tr", "chat", "Galatasaray1905!", """abi netflix şifresi Galatasaray1905! ama annem değiştirmiş olabilir bak bi""")
# Arabic
S("ar", "banking", simple_iban("SA"), """المستخدم: حوّل ٥٠٠٠ ريال لأخي أحمد على حسابه الشخصي §S§ وذكر في الملاحظة "مصاريف الجامعة".""")
S("ar", "support", otp(6), """محادثة العميل: وصلني رمز التحقق §S§ من البنك، هل أعطيه لموظف خدمة العملاء؟""")
S("ar", "devops", (p := pw(16)), """ملخص: تم إعداد قاعدة البيانات الجديدة. اسم المستخدم: admin_db وكلمة المرور: §S§ — يجب تغييرها بعد الإطلاق.""")
S("ar", "gov", ae_eid(), """أداة OCR: بطاقة الهوية الإماراتية — رقم الهوية §S§ — الاسم: مريم الظاهري — تاريخ الانتهاء 2029/04/18""")
# Hebrew
S("he", "gov", il_tz(), """משתמש: תמלא לי את הטופס של ביטוח לאומי, מספר תעודת זהות §S§, ואת החשבון בנק שלי תיקח מהמסמך שצירפתי.""")
S("he", "chat", "Shalom!2468", """אמא, הסיסמה של הוויי־פיי החדש היא Shalom!2468 — עם אות גדולה בהתחלה""")
S("he", "coding", gh_token("gho_"), """לקח: ה־CLI שמר טוקן OAuth בקובץ hosts.yml בטעות בתוך הריפו:
oauth_token: §S§
הוספתי את ~/.config/gh ל־.gitignore הגלובלי.""")
# Persian
S("fa", "education", ir_melli(), """کاربر: لطفاً فرم ثبت‌نام دانشگاه رو پر کن. کد ملی من §S§ هست و تاریخ تولد ۱۳۷۵/۰۶/۱۲.""")
S("fa", "ecommerce", card("6037", 16), """یادداشت دستیار: کارت بانک ملی کاربر برای خرید شارژ: §S§ — رمز دوم رو خودش وارد می‌کنه.""")
S("fa", "smarthome", "Baran@1402", """رمز وای‌فای خونه رو عوض کردم: Baran@1402 به بچه‌ها هم بگو""")
# Hindi
S("hi", "gov", in_aadhaar(), """उपयोगकर्ता: मेरा पैन-आधार लिंक कर दो। आधार नंबर §S§ है और पैन कार्ड की फोटो ऊपर भेजी है।""")
S("hi", "errands", otp(6), """एजेंट का विचार: उपयोगकर्ता ने बैंक से आया OTP §S§ भेजा है, यह 3 मिनट में एक्सपायर होगा — तुरंत बिजली बिल का भुगतान पूरा करूँ।""")
S("hi", "hr", in_pan(), """सारांश: नए कर्मचारी राहुल वर्मा का वेतन खाता खोला गया। PAN: §S§, UAN बाद में मिलेगा।""")
# Hinglish (Latin)
S("hi-Latn", "chat", "chintu@123", """bhai mera insta ka password chintu@123 hai, tu login karke woh reel delete kar de please, mummy ne dekh li toh gaya main""")
S("hi-Latn", "ecommerce", "7070", """User: UPI PIN 4 digit ka hai §S§, bas Swiggy waala payment approve kar do, jaldi""")
S("hi-Latn", "coding", (p := pw(14)), """Thought: user ne bola "prod ka SSH password §S§ hai, root se login karke nginx restart kar do". Root login disable karna suggest karunga baad mein.""")
# Bengali
S("bn", "errands", otp(6), """ব্যবহারকারী: বিকাশ থেকে ওটিপি এসেছে §S§, এটা দিয়ে বিদ্যুৎ বিল দিয়ে দাও।""")
S("bn", "travel", dg(10), """সারাংশ: জাতীয় পরিচয়পত্র নম্বর §S§ ব্যবহার করে পাসপোর্টের অনলাইন আবেদন জমা দেওয়া হয়েছে।""")
S("bn", "chat", "Rupsha#2019", """দিদি, নেটফ্লিক্সের পাসওয়ার্ড Rupsha#2019, প্রোফাইল বদলিও না""")
# Tamil
S("ta", "banking", otp(6), """பயனர்: வங்கியிலிருந்து OTP §S§ வந்திருக்கு, அம்மாவுக்கு பணம் அனுப்பிடு""")
S("ta", "gov", in_aadhaar(), """முகவர் குறிப்பு: ரேஷன் கார்டு புதுப்பிக்க ஆதார் எண் §S§ பயன்படுத்தப்பட்டது.""")
S("ta", "coding", hf_tok(), """பாடம்: Colab notebook-ல் HF token §S§ நேரடியாக எழுதியிருந்தேன்; பகிரும் முன் Secrets-க்கு மாற்ற வேண்டும்.""")
# Urdu
S("ur", "gov", dg(5) + "-" + dg(7) + "-" + rng.choice("13579"), """صارف: میرا شناختی کارڈ نمبر §S§ ہے، نادرا کی ویب سائٹ پر فیملی رجسٹریشن سرٹیفکیٹ کی درخواست دے دو۔""")
S("ur", "errands", otp(6), """ایجنٹ کا خیال: صارف نے JazzCash کا کوڈ §S§ بھیجا ہے، بجلی کا بل ابھی ادا کرنا ہے۔""")
S("ur", "smarthome", "Lahore@786", """بھائی وائی فائی کا پاسورڈ Lahore@786 ہے""")
# Chinese (Simplified)
S("zh", "travel", cn_id(), """用户：帮我在12306上给我妈买票，她的身份证号是§S§，明早G7次，靠窗。""")
S("zh", "banking", card("62", 19), """助手记忆：用户的工资卡（招商银行）卡号 §S§，只用于还信用卡，不要用于网购。""")
S("zh", "devops", (p := pw(16)), """工具调用：{"tool": "ssh_exec", "args": {"host": "47.98.12.33", "user": "root", "password": "§S§", "cmd": "systemctl restart nginx"}}""")
S("zh", "chat", otp(6), """妈：儿子，刚才收到一条短信说验证码§S§，是你要的那个吗？""")
S("zh", "coding", "sk-" + rs(ALNUM, 32), """经验总结：DeepSeek 的 key（§S§）被写进了前端 bundle，导致额度一天被刷光。以后一律走后端代理。""")
# Chinese (Traditional)
S("zh-Hant", "health", tw_id(), """使用者：幫我填健保卡申請，身分證字號 §S§，地址是台北市大安區復興南路一段。""")
S("zh-Hant", "chat", "Bubble_tea0525", """阿嬤的 LINE 密碼我設成 Bubble_tea0525，她忘記的話你幫她登入""")
S("zh-Hant", "education", otp(6), """代理人想法：使用者轉傳了網銀簡訊「您的交易驗證碼為§S§，請於5分鐘內輸入」，要我完成繳學費。""")
# Japanese
S("ja", "gov", jp_mynumber(), """ユーザー：ふるさと納税のワンストップ特例申請書を作って。マイナンバーは §S§ です。""")
S("ja", "banking", "4" + dg(3), """メモ：ユーザーのキャッシュカード暗証番号は「""" + "§S§" + """」だと本人が送ってきた。保存せず、次回から送らないよう伝える。""")
S("ja", "devops", slack_bot(), """まとめ：障害通知ボットを作成。Bot User OAuth Token は §S§ 。#incident チャンネルに招待済み。""")
S("ja", "smarthome", "sakura-2525", """お母さん、家のWi-Fiのパスワードは sakura-2525 だよ。ルーターの裏にも書いてある""")
S("ja", "travel", otp(6), """ツール出力（メール）：「【ANA】ログイン用ワンタイムパスワード：§S§（有効期限10分）」""")
# Korean
S("ko", "hr", kr_rrn(), """사용자: 연말정산 서류 좀 채워줘. 내 주민등록번호는 §S§이고 부양가족은 어머니 한 분이야.""")
S("ko", "banking", "110-" + dg(3) + "-" + dg(6), """메모: 전세 보증금 잔금은 집주인 개인 계좌 신한은행 §S§ (예금주 박정희)로 보낼 것.""")
S("ko", "chat", "dlwlsdud1004!", """언니 넷플 비번 dlwlsdud1004! 이거야 프로필 건들지마""")
S("ko", "coding", (k := "sk_live_" + rs(ALNUM, 24)), """에이전트 생각: 토스페이먼츠 시크릿 키 §S§ 가 프론트엔드 코드에 노출되어 있다. 즉시 서버로 옮기고 키 재발급을 권고해야 한다.""")
# Vietnamese
S("vi", "gov", "0" + dg(2) + rng.choice("0123") + dg(8), """Người dùng: điền giúp mình tờ khai đăng ký tạm trú, số CCCD là §S§, quê Nam Định.""")
S("vi", "banking", otp(6), """Tin nhắn người dùng: mã OTP Vietcombank là §S§ nha, chuyển 2 triệu cho chị Lan giúp mình""")
S("vi", "smarthome", "matkhau@Hanoi99", """wifi nhà mình tên TP-Link_88A2, mật khẩu matkhau@Hanoi99 nhé""")
# Thai
S("th", "gov", th_id(), """ผู้ใช้: ช่วยกรอกแบบฟอร์มเปิดบัญชีให้หน่อย เลขบัตรประชาชน §S§""")
S("th", "banking", otp(6), """ความคิดของเอเจนต์: ผู้ใช้ส่ง OTP §S§ มาให้ (Ref: KXTB) เพื่อยืนยันการโอนเงินค่าเช่า""")
S("th", "smarthome", "Mali_1234", """แม่ รหัสไวไฟใหม่คือ Mali_1234 นะ ตัว M ใหญ่""")
# Indonesian
S("id", "health", id_nik(), """Pengguna: tolong daftarkan BPJS untuk istri saya, NIK-nya §S§, alamat sesuai KTP.""")
S("id", "banking", otp(6), """Ringkasan: transfer ke rekening kos sudah dijadwalkan, tapi butuh kode OTP dari BCA. User kirim: §S§.""")
S("id", "devops", (p := pw(15)), """Pelajaran: password root VPS (§S§) dikirim lewat grup WhatsApp tim; sudah diganti dan pindah ke SSH key.""")
# Tagalog
S("tl", "errands", otp(6), """User: eto yung OTP galing GCash §S§, bayaran mo na yung Meralco bill ko pls""")
S("tl", "chat", "Bahay_ni_Lola22", """Ate ang wifi password sa bahay ay Bahay_ni_Lola22, wag mo ipamigay sa kapitbahay ha""")
S("tl", "gov", dg(4) + "-" + dg(7) + "-" + dg(1), """Tala ng ahente: ginamit ang PhilSys/SSS number §S§ ng user para sa loan application.""")
# Swahili
S("sw", "education", otp(6), """Mtumiaji: nimepokea msimbo wa M-Pesa §S§, tafadhali kamilisha malipo ya ada ya shule.""")
S("sw", "smarthome", "Simba2020!", """Nenosiri la wifi ya nyumbani ni Simba2020! usimpe jirani""")
S("sw", "devops", (p := pw(14)), """Muhtasari: seva mpya ya database imewekwa. Mtumiaji: postgres, nenosiri: §S§. Badilisha kabla ya uzinduzi.""")
# Greek
S("el", "health", gr_amka(), """Χρήστης: κλείσε μου ραντεβού στον παθολόγο μέσω του συστήματος, ΑΜΚΑ §S§.""")
S("el", "banking", simple_iban("GR"), """Σκέψη: ο χρήστης θέλει να στείλει το ενοίκιο στον ιδιοκτήτη, προσωπικός λογαριασμός §S§.""")
S("el", "smarthome", "Thalassa!88", """Ο κωδικός του wifi στο εξοχικό είναι Thalassa!88 — κεφαλαίο το Θ... εννοώ το T""")
# Czech
S("cs", "health", cz_rc(), """Uživatel: vyplň přihlášku k pojišťovně, rodné číslo §S§, adresa Vinohradská 12, Praha 2.""")
S("cs", "errands", simple_iban("CZ"), """Poznámka: nájem se platí na soukromý účet pana Dvořáka §S§, variabilní symbol 0325.""")
S("cs", "coding", npm_tok(), """Poučení: publikační token pro npm (§S§) byl v CI logu vidět kvůli `set -x`. Token zneplatněn.""")
# Swedish
S("sv", "gov", se_pnr(), """Användare: kan du fylla i ansökan till Försäkringskassan? Mitt personnummer är §S§.""")
S("sv", "banking", otp(8), """Agentens tanke: BankID-appen kräver användarens säkerhetskod; hen skrev "§S§" i chatten. Det ska jag inte spara.""")
S("sv", "devops", sendgrid(), """Sammanfattning: nyhetsbrevet skickas nu via SendGrid, API-nyckel §S§ lagd i Vault under kv/marketing.""")
# Norwegian
S("no", "education", no_fnr(), """Bruker: send inn søknaden om barnehageplass, fødselsnummeret til Emma er §S§.""")
S("no", "chat", "Fjellet2023", """Passordet til hytte-wifien er Fjellet2023, husk å skru av varmen når du drar""")
S("no", "errands", simple_iban("NO"), """Notat: husleie skal gå til utleiers private konto §S§, KID ikke nødvendig.""")
# Finnish
S("fi", "gov", fi_hetu(), """Käyttäjä: täytä Kelan asumistukihakemus, henkilötunnukseni on §S§.""")
S("fi", "errands", simple_iban("FI"), """Yhteenveto: vuokra maksetaan vuokranantajan henkilökohtaiselle tilille §S§, eräpäivä 5. päivä.""")
S("fi", "smarthome", "Mökki-Wlan55", """mökin wifin salasana on Mökki-Wlan55, reititin on kaapissa""")
# Danish
S("da", "gov", dk_cpr(), """Bruger: kan du udfylde flytteanmeldelsen? Mit CPR-nummer er §S§.""")
S("da", "smarthome", "Hygge#2026", """wifi-koden til sommerhuset er Hygge#2026 😊""")
# Hungarian
S("hu", "health", hu_taj(), """Felhasználó: foglalj időpontot a háziorvoshoz, a TAJ-számom §S§.""")
S("hu", "errands", simple_iban("HU"), """Összegzés: az albérlet díját a főbérlő magánszámlájára kell utalni: §S§.""")
S("hu", "chat", "Paprika!77", """a wifi jelszó Paprika!77, nagy P-vel""")
# Romanian
S("ro", "travel", ro_cnp(), """Utilizator: completează cererea pentru pașaport, CNP-ul meu este §S§.""")
S("ro", "banking", simple_iban("RO"), """Notă: chiria se plătește în contul personal al doamnei Popescu, §S§.""")
S("ro", "devops", glpat(), """Lecție: tokenul GitLab §S§ era hardcodat în .gitlab-ci.yml; l-am mutat în variabile protejate.""")
# Serbian (Cyrillic)
S("sr", "health", rs_jmbg(), """Корисник: попуни ми пријаву за здравствено осигурање, ЈМБГ §S§.""")
S("sr", "chat", "Beograd#011", """лозинка за вајфај је Beograd#011, велико Б""")
# Arabizi (Arabic in Latin script)
S("ar-Latn", "chat", "Habibi_2025", """ya 5ayi el password taba3 el wifi Habibi_2025 bas ma t2ulo la 7ada""")
S("ar-Latn", "banking", otp(6), """User: wesselni el code men el bank §S§, kamel el ta7weel la ommi please""")
# Russian transliterated
S("ru-Latn", "chat", "Zvezda_1961", """privet, parol ot wifi na dache Zvezda_1961, ne zabud vyklyuchit' svet""")
S("ru-Latn", "devops", (p := pw(16)), """Zametka: parol' ot adminki Bitrix poka §S§, smenim posle zapuska magazina.""")
# Malay
S("ms", "errands", otp(6), """Pengguna: TAC dari Maybank ialah §S§, tolong bayar bil TNB saya.""")
S("ms", "gov", f"{rng.randint(70, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-14-{dg(4)}", """Nota ejen: nombor MyKad pengguna §S§ digunakan untuk permohonan LHDN.""")
# ---- additional secrets in under-represented settings ----
S("de", "support", (p := pw(12)), """Kundenchat (Ticket 4471-B): „Ich komme nicht ins Kundenkonto. Mein Passwort ist doch §S§, oder haben Sie das geändert?“
Agent: Bitte teilen Sie Passwörter niemals im Chat.""")
S("fr", "security", jwt({"sub": "svc-reporting", "scope": "read:all", "iss": "https://auth.mutuelle-lumiere.fr"}, "RS256"), """Audit de sécurité – constat n°3 : un jeton d'accès longue durée traîne dans les logs Nginx :
GET /api/export?access_token=§S§ 200 1832ms
Recommandation : passer le jeton en en-tête et réduire la durée de vie.""")
S("es", "data", (p := pw(18, "")), """Lección aprendida: el job de Airbyte falló porque el conector de MongoDB tenía la contraseña vieja.
mongodb+srv://airbyte_ro:§S§@cluster0.x7kqe.mongodb.net/ventas
Ya la actualicé en el secreto del namespace ingest.""")
S("pt", "research", (k := openai_key()), """Pensamento do agente: o script de análise de entrevistas do laboratório usa a chave do orientador, colada no README: OPENAI_API_KEY=§S§. Vou sugerir usar variável de ambiente.""")
S("ja", "mobile", (k := "AAAA" + rs(B64URL, 7) + ":APA91b" + rs(B64URL, 134)), """学び：FCMのサーバーキー（レガシー）がiOSアプリのバンドル内に含まれていた。
server_key=§S§
HTTP v1 API + サービスアカウントに移行済み。""")
S("ko", "email", (p := pw(13)), """초안 메일: 팀장님, 휴가 동안 공용 계정(help@hanbit-edu.kr) 확인 부탁드립니다. 비밀번호: §S§ — 복귀 후 변경하겠습니다.""")
S("zh", "crypto", seed_phrase(12), """用户：我的助记词是这些，帮我在新钱包里恢复一下：§S§ 。谢谢！""")
S("ru", "ecommerce", (k := "live_" + rs(ALNUM, 40)), """Итог интеграции ЮKassa: shopId 318842, секретный ключ §S§ записан в .env на проде. Тестовые платежи прошли.""")
S("it", "backoffice", (p := pw(12, "")), """Nota contabilità: accesso al cassetto fiscale dello studio — utente 0000451233, password §S§, PIN Fisconline inviato per posta.""")
S("nl", "hr", nl_bsn(), """Onboarding-checklist nieuwe medewerker (Daan Visser):
- contract getekend ✔
- BSN voor loonadministratie: §S§
- IBAN volgt nog""")
S("tr", "security", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + openssh_body() + "\n-----END OPENSSH PRIVATE KEY-----", """Güvenlik taraması: public repo'da deploy anahtarı bulundu (ops/keys/deploy_ed25519):
§S§""")
S("ar", "hr", (p := pw(12)), """ملاحظة الموارد البشرية: بيانات الدخول المؤقتة للموظفة الجديدة سارة: المستخدم s.alharbi وكلمة المرور §S§ — تُغيَّر عند أول دخول.""")
S("pl", "support", card("5", 16), """Transkrypcja czatu: Klient: „płatność nie przechodzi, numer karty §S§, ważna do 03/28”. Bot: Proszę nie podawać pełnego numeru karty w czacie.""")
S("sv", "data", (k := azure_key()), """Lärdom: Databricks-jobbet läste från blob storage med kontonyckeln i klartext i notebooken:
spark.conf.set("fs.azure.account.key.dlsanalys.dfs.core.windows.net", "§S§")
Bytt till secret scope.""")
S("vi", "mobile", (p := pw(14, "")), """Ghi chú: keystore của app Android (release) có mật khẩu §S§, alias "upload". Đừng commit file key.properties.""")
S("id", "email", otp(6), """Email yang diteruskan pengguna: "Kode verifikasi Tokopedia kamu: §S§. JANGAN berikan kode ini ke siapa pun." Pengguna: ini kodenya, lanjut checkout ya""")
S("en", "research", (p := "Rx" + otp(6) + "!irb"), """Note to self (research assistant): the de-identified cohort lives on the secure enclave; VPN login for Dr. Osei's account is kosei / §S§. She asked me to pull the Q3 extract only.""")
S("en", "email", (p := b64u(24)), """Forwarded message body:
"Your Zoom meeting password for the board call is §S§ — don't forward this email."
User: add this to my calendar event for Thursday.""")
S("hi", "support", card("6521", 16), """ग्राहक चैट: मेरा RuPay कार्ड नंबर §S§ है, कल से ट्रांजैक्शन फेल हो रहे हैं, ब्लॉक तो नहीं हो गया?""")


# ============================================================================
# look-alike generators for innocents (business ids, public identifiers)
# ============================================================================
def it_piva() -> str:
    b = dg(7) + rng.choice(["001", "015", "037", "058"])
    return b + luhn_digit(b)


def pl_nip() -> str:
    while True:
        b = rng.choice("123456789") + dg(8)
        c = sum(int(x) * w for x, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            s = b + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def ru_inn10() -> str:
    b = rng.choice("1234567") + dg(8)
    return b + str(sum(int(x) * w for x, w in zip(b, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)


def se_orgnr() -> str:
    b = "55" + rng.choice("6789") + dg(6)
    return f"{b[:6]}-{b[6:]}{luhn_digit(b)}"


def no_orgnr() -> str:
    while True:
        b = rng.choice("89") + dg(7)
        c = 11 - sum(int(x) * w for x, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = b + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def dk_cvr() -> str:
    while True:
        b = rng.choice("123456789") + dg(6)
        for c in range(10):
            if sum(int(x) * w for x, w in zip(b + str(c), [2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
                return b + str(c)


def cz_ico() -> str:
    b = dg(7)
    c = (11 - sum(int(x) * w for x, w in zip(b, range(8, 1, -1))) % 11) % 10
    return b + str(c)


def fi_ytunnus() -> str:
    while True:
        b = rng.choice("0123") + dg(6)
        r = sum(int(x) * w for x, w in zip(b, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r != 1:
            return f"{b}-{0 if r == 0 else 11 - r}"


def kr_brn() -> str:
    b = dg(9)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(x) * y for x, y in zip(b, w)) + (int(b[8]) * 5) // 10
    s = b + str((10 - s % 10) % 10)
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


def jp_corp() -> str:
    b = dg(12)
    s = sum(int(x) * (1 if i % 2 == 0 else 2) for i, x in enumerate(reversed(b)))
    return str(9 - s % 9) + b


def il_company() -> str:
    b = "51" + dg(6)
    return b + luhn_digit(b)


def th_company_tax() -> str:
    b = "0105" + dg(8)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10
    return b + str(c)


def s10(service: str, cc: str) -> str:
    b = dg(8)
    c = 11 - sum(int(x) * w for x, w in zip(b, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    c = {10: 0, 11: 5}.get(c, c)
    return f"{service}{b}{c}{cc}"


def npi() -> str:
    b = rng.choice("12") + dg(8)
    return b + luhn_digit("80840" + b)


def orcid() -> str:
    b = "0000000" + dg(8)
    t = 0
    for ch in b:
        t = (t + int(ch)) * 2
    c = (12 - t % 11) % 11
    s = b + ("X" if c == 10 else str(c))
    return "-".join(s[i:i + 4] for i in range(0, 16, 4))


def ups() -> str:
    return "1Z" + rs(UP + DG, 6) + dg(10)


def sa_vat() -> str:
    return "3" + dg(13) + "3"


def gstin() -> str:
    return f"{rng.randint(1, 37):02d}" + in_pan("C") + rng.choice("123") + "Z" + rs(UP + DG, 1)


def md5() -> str:
    return hx(32)


def aws_acct() -> str:
    return dg(12)

# ============================================================================
# INNOCENT — English
# ============================================================================
I("en", "coding", """$ git log --oneline -4
§a§ Fix token refresh race in AuthProvider
§b§ Bump axios to 1.7.9
§c§ Add password strength meter to signup form
§d§ Merge pull request #482 from hana/secret-scanning-docs""", a=hx(7), b=hx(7), c=hx(7), d=hx(7))
I("en", "coding", """"node_modules/jsonwebtoken": {
  "version": "9.0.2",
  "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
  "integrity": "sha512-§h§"
}""", h=b64(64))
I("en", "coding", """README excerpt copied into my notes:
Configure credentials with environment variables, for example:
  export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
  export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Replace these with your own values; never commit them.""")
I("en", "coding", """Agent thought: the GitHub token in the user's keychain has expired. Rather than asking them to paste a new one into chat, I'll tell them to run `gh auth login` and pick the browser flow.""")
I("en", "coding", """.env.example
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_dev
STRIPE_SECRET_KEY=sk_test_your_key_here
SESSION_SECRET=
JWT_SECRET=${JWT_SECRET}""")
I("en", "ecommerce", """Webhook log (stripe):
2027-01-04T10:12:09Z evt_§e§ payment_intent.succeeded pi_§p§ cus_§c§ amount=4900 currency=usd
2027-01-04T10:12:10Z evt_§f§ charge.succeeded ch_§q§ last4=4242 brand=visa""", e=rs(ALNUM, 24), p=rs(ALNUM, 24), c=rs(ALNUM, 14), f=rs(ALNUM, 24), q=rs(ALNUM, 24))
I("en", "coding", """Testing note: in Stripe test mode use card 4242 4242 4242 4242 with any future expiry (e.g. 12/34) and any CVC like 123. Declines: 4000 0000 0000 0002.""")
I("en", "devops", """docker pull ghcr.io/openmeter/openmeter:v1.0.0-beta.187
v1.0.0-beta.187: Pulling from openmeter/openmeter
Digest: sha256:§d§
Status: Downloaded newer image for ghcr.io/openmeter/openmeter:v1.0.0-beta.187""", d=sha256())
I("en", "devops", """Added the new laptop to the bastion:
echo '§k§ mateo@thinkpad-x1' >> ~/.ssh/authorized_keys
Login works, key fingerprint SHA256:§f§""", k=ssh_pub_ed25519(), f=b64(32).rstrip("="))
I("en", "devops", """$ kubectl get secrets -n payments
NAME                      TYPE                             DATA   AGE
stripe-api                Opaque                           2      41d
db-credentials            Opaque                           3      41d
tls-payments-internal     kubernetes.io/tls                2      12d
regcred                   kubernetes.io/dockerconfigjson   1      97d""")
I("en", "devops", """Terraform plan:
  ~ resource "aws_db_instance" "orders" {
        id       = "orders-prod"
      ~ password = (sensitive value)
      ~ engine_version = "15.4" -> "15.7"
    }
Plan: 0 to add, 1 to change, 0 to destroy.""")
I("en", "devops", """Summary: rotated the Redis password via Vault. New value lives at secret/data/prod/redis (version 7); the app picked it up after a rolling restart. Nothing was pasted anywhere.""")
I("en", "devops", """10.0.4.17 - - [04/Jan/2027:11:02:54 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rid=§r§ trace=§t§""", r=hx(32), t=hx(16))
I("en", "devops", """arn:aws:iam::§a§:role/github-actions-deploy
Assumed via OIDC, session name gha-§s§, instance i-0§i§ in sg-0§g§""", a=aws_acct(), s=dg(10), i=hx(16), g=hx(16))
I("en", "support", """Customer: hi, my order #§o§ still says "label created". Tracking §t§ hasn't moved since Monday.
Agent: I've opened a trace with UPS, reference §r§.""", o=dg(7), t=ups(), r="TR-" + dg(6))
I("en", "support", """Refund issued to Visa ending 4821 (•••• •••• •••• 4821), amount $129.00, refund id re_§r§. Customer notified by email.""", r=rs(ALNUM, 24))
I("en", "support", """Ticket summary: user says the password reset email never arrives. Checked SendGrid activity — bounced because their mailbox is full. Advised them to clear space and retry. No credentials exchanged.""")
I("en", "support", """RMA §r§ approved for serial number §s§ (Model K2 router). Ship to: Returns Dept, 1800 Industrial Pkwy, Dayton OH 45404.""", r="RMA-" + dg(8), s=rs(UP + DG, 12))
I("en", "banking", """Wire details for the company's published account (from their invoice footer, also on their website):
Bank: JPMorgan Chase, routing (ABA) 021000021, SWIFT CHASUS33
Reference: INV-2027-00413""")
I("en", "banking", """IBAN format reminder from the bank's help page: a German IBAN looks like DE89 3704 0044 0532 0130 00 (22 characters). Ours should be the same length.""")
I("en", "banking", """Statement line: 2027-01-02  CARD 5412 XXXX XXXX 7710  WHOLEFDS MKT #10234  -84.17  balance 3,421.90""")
I("en", "gov", """Vendor record: Brightline Analytics LLC, EIN 84-§e§, DUNS §d§, CAGE code §c§. W-9 received 2027-01-03.""", e=dg(7), d=dg(9), c=rs(UP + DG, 5))
I("en", "gov", """Your application has been received. Application reference: §r§. Keep this number to check the status online. Processing time is about 6–8 weeks.""", r="GWF0" + dg(8))
I("en", "health", """Referral letter (extract): Dr. Amelia Chen, NPI §n§, referring for MRI of the left knee. ICD-10 M23.205. Appointment confirmation #§c§.""", n=npi(), c=dg(8))
I("en", "health", """Lab results summary for the user: HbA1c 5.4%, LDL 112 mg/dL, TSH 2.1 mIU/L. Next fasting test due 2027-07. Lab accession no. §a§.""", a=rs(UP, 2) + dg(9))
I("en", "travel", """Booking confirmed — record locator §p§. Flight UA 1496 SFO→ORD dep 07:05, seat 23C. E-ticket 016 §t§. Hotel confirmation 8§h§.""", p=rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), t=dg(10), h=dg(8))
I("en", "travel", """Thought: the user asked whether their passport needs 6 months' validity for Thailand. It does; their expiry is March 2028, so the February trip is fine. No need to store the passport number.""")
I("en", "smarthome", """Device inventory:
- Hue Bridge  MAC §m1§  fw 1967054020
- Aqara hub   IEEE 0x00158d00§z§
- Printer     192.168.1.44 (DHCP lease 86400s)""", m1=":".join(hx(2) for _ in range(6)), z=hx(8))
I("en", "smarthome", """User: remind me to change the alarm code after the cleaners' contract ends on the 31st. Don't write down the current one.""")
I("en", "ecommerce", """Product feed row: SKU WB-§s§ | GTIN §g§ | Bamboo cutting board 45x30 | $34.99 | stock 118""", s=dg(5), g=ean13("0"))
I("en", "ecommerce", """Promo calendar: code SPRINGSALE25 goes live 2027-03-01 00:00 ET, 25% off sitewide, excludes gift cards. Code FREESHIP50 stays active.""")
I("en", "research", """Citations collected:
- doi:10.1038/s41586-0§d§-§e§
- arXiv:2405.§a§v2
- PMID §p§; GEO accession GSE§g§""", d=dg(2), e=dg(5), a=dg(5), p=dg(8), g=dg(6))
I("en", "research", """Dataset integrity check: census_tracts_2020.parquet md5 §m§ matches the value published on the portal. 84,414 rows.""", m=md5())
I("en", "research", """Author list for the submission: Priya Raman (ORCID §o1§), Tomás Ibarra (ORCID §o2§). Corresponding author email is on the journal form.""", o1=orcid(), o2=orcid())
I("en", "education", """Course setup: CS 2110 section 03, room ENG-B214, Tues/Thurs 10:10. Textbook ISBN §i§. Enrollment key will be shared by the instructor in class.""", i=isbn13())
I("en", "hr", """Policy digest for new hires: passwords must be at least 14 characters, rotated only on suspicion of compromise; MFA via authenticator app is mandatory. Your employee ID (e.g. E-§e§) is not a secret.""", e=dg(5))
I("en", "hr", """Requisition REQ-§r§ approved: Senior Data Engineer, band L5, salary range $168,000–$205,000, hiring manager badge #§b§.""", r=dg(5), b=dg(6))
I("en", "data", """Pseudonymised extract: user_key = sha256(lower(email)) e.g. §h§ ; 2,184,019 rows written to s3://acme-lake/curated/users/dt=2027-01-03/part-00000-§u§.snappy.parquet""", h=sha256(), u=uuid4())
I("en", "data", """dbt run summary: 47 models OK, 2 warnings. Snapshot id §u§, invocation §i§, elapsed 00:06:41.""", u=uuid4(), i=uuid4())
I("en", "crypto", """Sent 0.25 ETH to §a§. Tx hash §t§ confirmed in block 21,448,017. Gas used 21,000.""", a=eth_addr(), t="0x" + hx(64))
I("en", "crypto", """User's donation page shows their public BTC address §a§ — they want a QR code for it on the flyer.""", a=btc_bech32())
I("en", "email", """Headers of the suspicious email:
Message-ID: <CAF=§m§@mail.gmail.com>
DKIM-Signature: v=1; a=rsa-sha256; d=paypa1-secure.com; s=s1; b=§b§
Verdict: phishing (lookalike domain).""", m=b64u(30), b=b64(96))
I("en", "email", """Lesson: when a user forwards a "reset your password" email, don't click the link for them; tell them to go to the site directly. Applied this today with the fake Microsoft 365 notice.""")
I("en", "mobile", """Firebase project settings:
App ID 1:§n§:android:§a§
Package com.pawprint.app, SHA-1 signing fingerprint §f§""", n=dg(12), a=hx(16), f=":".join(hx(2).upper() for _ in range(20)))
I("en", "mobile", """Build 2027.1.3 (versionCode 4012) uploaded to Play Console internal testing. iOS build 4.12.0 (612) in TestFlight, bundle id io.pawprint.ios.""")
I("en", "security", """IOC list for the incident report:
sha256 §h1§  loader.dll
sha256 §h2§  update.exe
C2: 185.220.101.§o§:443""", h1=sha256(), h2=sha256(), o=rng.randint(2, 250))
I("en", "security", """Finding closed: the previously exposed key was revoked at 14:32 UTC and GitHub secret scanning shows the alert as resolved. Leaked value is not reproduced here by design.""")
I("en", "security", """CVE-2024-3094 check: xz-utils 5.6.1 not present; installed 5.4.5-0.3. Also verified CVE-2023-4863 patched (libwebp 1.3.2).""")
I("en", "chat", """lol the password hint for the old laptop was literally "the name of the dog" and none of us can remember which dog""")
I("en", "chat", """call me at +1 (415) 555-0136 after 6, or text. new address is 2217 Larkin St Apt 4, SF 94109""")
I("en", "errands", """Parcel locker: your package from Zappos arrived at InPost locker KRK21M. Tracking §t§. You'll receive a separate pickup code by SMS.""", t=dg(24))
I("en", "errands", """Dentist confirmed: Tues 14 Jan 9:30am with Dr. Patel. Confirmation number §c§. Bring insurance card; co-pay $25.""", c=dg(9))
I("en", "backoffice", """Invoice INV-2027-§n§ from Kestrel Print Ltd (Company No. §c§, VAT GB§v§): 2,000 flyers, £312.00 + VAT. Due 2027-02-03. PO 4500§p§.""", n=dg(5), c=dg(8), v=dg(9), p=dg(6))
I("en", "backoffice", """Reconciliation: 1,204 transactions matched, 3 unmatched (refs §a§, §b§, §c§). Difference £0.00 after FX adjustment.""", a="TXN" + dg(10), b="TXN" + dg(10), c="TXN" + dg(10))
I("en", "coding", """Agent thought: the test fixture uses password="correct horse battery staple" from the XKCD comic as a dummy; it's in tests/fixtures/users.json and is only used against the in-memory DB. Leaving it.""")
I("en", "coding", """openapi.yaml:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  # example: Authorization: Bearer <token>""")
I("en", "coding", """Hash of the release tarball: sha256sum app-2.14.0.tar.gz
§h§  app-2.14.0.tar.gz""", h=sha256())
I("en", "coding", """Object ids from the migration: order 6f1c§a§ -> §u1§, order 6f1c§b§ -> §u2§. All 3,019 rows remapped.""", a=hx(20), b=hx(20), u1=uuid4(), u2=uuid4())
I("en", "devops", """TLS check: CN=api.tallyboard.dev, issuer R11, expires 2027-03-18. SHA-256 fingerprint §f§.""", f=":".join(hx(2).upper() for _ in range(32)))
I("en", "support", """Caller passed verification using the last four of their card (…3307) and billing ZIP 30309. Changed delivery window to 2–4pm.""")
I("en", "health", """Pharmacy: refill request for atorvastatin 20 mg received, Rx #§r§, ready after 3pm at CVS #§s§. Pickup with date of birth.""", r=dg(7), s=dg(4))
I("en", "education", """Student ID 2027§s§ registered for BIO 101 lab; locker assignment will be emailed, combination is given in person at the front desk.""", s=dg(5))
I("en", "gov", """Summary: user's vehicle registration renewed. Plate 8XKL314, VIN §v§, fee $214. New sticker ships in 10 days.""", v=rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17))
I("en", "research", """Thought: the survey platform exports a "response token" column (e.g. R_§r§). It's just an opaque row id, not an auth token, so it can stay in the analysis file.""", r=rs(ALNUM, 15))
I("en", "hr", """Payroll run PR-2027-01 complete: 214 employees, gross $1,912,448.21, tax $402,119.07. Bank file batch §b§ submitted; ACH trace numbers in the portal.""", b=dg(10))
I("en", "travel", """Rental pickup: Hertz confirmation K§h§, Toyota Corolla or similar, counter at Terminal 2. Loyalty number on file.""", h=dg(9))
I("en", "smarthome", """Automation log: 06:30 blinds up (scene 'Morning'), 06:31 thermostat set 20.5°C, 07:45 door locked via keypad user slot 3, 08:10 vacuum started.""")
I("en", "email", """Calendar invite: "Q1 planning" Thu 10:00–11:30, Zoom meeting ID 845 2281 0937 (passcode in the invite from Dana, not copied here).""")
I("en", "crypto", """Note: the user's Ledger is at firmware 2.2.3. I explained that a 24-word recovery phrase should never be typed into a website or chat, and that support will never ask for it.""")
I("en", "chat", """happy bday!! 🎂 14/03/1989 right? also pin me the address of the restaurant, the 4-digit pin on the map app didn't load""")
# ============================================================================
# INNOCENT — other languages
# ============================================================================
# German
I("de", "backoffice", """Rechnung Nr. RE-2027-§n§ von Müller & Söhne GmbH, USt-IdNr. §v§, Amtsgericht München HRB §h§. Zahlbar bis 31.01.2027 ohne Abzug.""", n=dg(5), v=de_vat(), h=dg(6))
I("de", "errands", """DHL-Sendungsnummer §t§ – Zustellung voraussichtlich Mittwoch. Abholcode kommt per App, wenn das Paket in der Packstation liegt.""", t="00340434" + dg(12))
I("de", "coding", """Gedanke: Der Fehler „Invalid token signature“ kommt, weil der Testserver die Uhrzeit falsch hat (Clock Skew 7 Min.). Token selbst ist okay, NTP neu starten.""")
I("de", "hr", """Zusammenfassung: Lohnabrechnung Januar für Personalnummer 004§p§ erstellt. Steuerklasse 1, Kirchensteuer nein. Die Steuer-ID liegt in DATEV, hier nicht notiert.""", p=dg(4))
I("de", "smarthome", """Homematic-Log: 21:14 Fensterkontakt Küche (Seriennr. §s§) geöffnet, 21:15 Heizung auf 12 °C, 21:40 geschlossen.""", s=rs(UP + DG, 14))
I("de", "chat", """Meine neue Handynummer: +49 170 §a§ §b§. Die alte ist ab Montag weg. PLZ ist übrigens 10115, nicht 10117!""", a=dg(3), b=dg(4))
# French
I("fr", "backoffice", """Fournisseur : Atelier Lumière SAS, SIREN §s§, RCS Lyon, TVA intracommunautaire FR§k§§s§. Facture F-§f§ de 1 840,00 € TTC.""", s=fr_siren(), k=dg(2), f=dg(6))
I("fr", "ecommerce", """Colissimo : votre colis §t§ est disponible au point relais Tabac de la Gare jusqu'au 14/01. Présentez une pièce d'identité.""", t=dg(13))
I("fr", "support", """Réponse au client : nous avons bien reçu votre demande n° §d§. Par sécurité, nous ne vous demanderons jamais votre mot de passe ni votre code de carte.""", d="DEM-" + dg(7))
I("fr", "coding", """Leçon : la variable SECRET_KEY de Django était vide en préproduction, d'où l'erreur ImproperlyConfigured. Corrigé en la lisant depuis le gestionnaire de secrets, pas dans le dépôt.""")
I("fr", "health", """Rendez-vous Doctolib confirmé : Dr Martin, médecin généraliste, le 16/01 à 10h20. Référence §r§. Apportez votre carte Vitale.""", r=rs(UP + DG, 8))
# Spanish
I("es", "backoffice", """Proveedor: Distribuciones Ribera S.L., CIF B§c§, factura 2027/§f§ por 3.215,40 €. Vencimiento a 60 días.""", c=dg(8), f=dg(4))
I("es", "ecommerce", """Pedido nº §p§ enviado con Correos Express, seguimiento §t§. Llega entre el martes y el jueves.""", p="ES-" + dg(9), t=dg(16))
I("es", "devops", """Resumen: el hash del commit desplegado es §h§; la imagen es registry.gitlab.com/ribera/api@sha256:§d§. Rollback disponible.""", h=sha1(), d=sha256())
I("es", "chat", """mi número nuevo es +34 6§a§ §b§ §c§, y el código postal de la casa nueva 28013 por si mandas algo""", a=dg(2), b=dg(3), c=dg(3))
I("es", "travel", """Reserva confirmada: localizador §l§, vuelo IB 3166 Madrid–Lisboa, asiento 14A, salida 08:45. Billete electrónico 075-§t§.""", l=rs("BCDFGHJKLMNPQRSTVWXYZ", 6), t=dg(10))
# Portuguese
I("pt", "backoffice", """Nota fiscal emitida para Padaria Pão Quente LTDA, CNPJ §c§, valor R$ 1.280,00. Chave de acesso da NF-e arquivada no ERP.""", c=br_cnpj())
I("pt", "errands", """Correios: objeto §t§ saiu para entrega. Previsão: hoje até 18h.""", t=s10("QB", "BR"))
I("pt", "support", """Atendimento: cliente informou apenas os 4 últimos dígitos do cartão (final 9081) e o CEP 01310-100. Protocolo §p§ gerado.""", p=dg(14))
I("pt", "coding", """Pensamento: os fixtures de teste tinham hashes bcrypt copiados do banco de homologação; melhor não. Vou gerar fixtures sem hashes reais e usar a fábrica de usuários (factory_boy).""")
I("pt", "research", """Referências: doi:10.1590/§d§, ORCID da autora §o§. Dados do IBGE, tabela 6579, baixados em 03/01/2027.""", d="S0102-" + dg(9), o=orcid())
# Italian
I("it", "backoffice", """Fornitore: Tipografia Rossi S.r.l., P.IVA §p§, REA MI-§r§. Fattura n. 2027/§f§ del 05/01/2027, imponibile € 640,00.""", p=it_piva(), r=dg(7), f=dg(3))
I("it", "travel", """Biglietto Trenitalia: codice PNR §p§, Frecciarossa 9531 Milano C.le → Roma Termini, carrozza 6 posto 11A.""", p=rs(UP + DG, 6))
I("it", "health", """Riepilogo: prenotazione CUP confermata, visita cardiologica il 22/01 ore 9:15, numero di prenotazione §n§. Portare la tessera sanitaria.""", n=dg(12))
I("it", "coding", """Lezione appresa: il test fallisce perché la chiave pubblica usata per verificare i JWT era quella di staging. Ora viene letta da /.well-known/jwks.json (kid §k§).""", k=hx(16))
# Dutch
I("nl", "backoffice", """Factuur van Bakkerij De Korenschoof B.V., KvK §k§, btw-nr NL§b§B01, IBAN voor betaling staat op de factuur. Bedrag € 412,50.""", k=dg(8), b=dg(9))
I("nl", "ecommerce", """PostNL: je pakket met track & trace §t§ wordt morgen tussen 14:00 en 16:30 bezorgd.""", t="3S" + rs(UP, 4) + dg(9))
I("nl", "devops", """Samenvatting: certificaat vernieuwd, serienummer §s§, geldig tot 18-04-2027. Geen sleutels gewijzigd.""", s=":".join(hx(2) for _ in range(16)))
I("nl", "chat", """mijn nieuwe adres is Prinsengracht 263, 1016 GV Amsterdam. tel 06-§a§""", a=dg(8))
# Polish
I("pl", "gov", """Wynik wyszukiwania w KRS/GUS – kontrahent: Piekarnia Złoty Kłos sp. z o.o., NIP §n§, REGON §r§, KRS 0000§k§. Faktura FV/§f§/2027.""", n=pl_nip(), r=dg(9), k=dg(6), f=dg(3))
I("pl", "ecommerce", """InPost: paczka §t§ czeka w Paczkomacie WAW12A do 16.01. Kod odbioru przyjdzie SMS-em.""", t=dg(24))
I("pl", "coding", """Wniosek: hasła w bazie są trzymane jako argon2id, więc „wyciek” z logu dotyczył tylko identyfikatorów sesji już wygasłych. Nic do rotacji.""")
I("pl", "ecommerce", """Zamówienie nr §z§ — 2 × kubek termiczny, kod EAN §e§, razem 119,98 zł. Status: wysłane.""", z=dg(10), e=ean13("590"))
# Russian
I("ru", "gov", """Проверка по ЕГРЮЛ — контрагент: ООО «Ромашка», ИНН §i§, КПП §k§, ОГРН §o§. БИК банка 044525225. Счёт №§n§ от 05.01.2027.""", i=ru_inn10(), k=dg(9), o="1" + dg(12), n=dg(3))
I("ru", "errands", """Почта России: отправление §t§ прибыло в место вручения, 190000 Санкт-Петербург. Срок хранения 30 дней.""", t=dg(14))
I("ru", "devops", """Мысль: в логах куча шестнадцатеричных строк вида §h§ — это request_id от Nginx, не ключи. Можно не маскировать.""", h=hx(32))
I("ru", "support", """Ответ клиенту: заявка №§n§ принята. Мы никогда не спрашиваем код из СМС и CVV, если вам звонят «из банка» — кладите трубку.""", n=dg(8))
I("ru", "research", """Источники: eLibrary ID §e§, DOI 10.31857/§d§. Выборка: 1 204 респондента, анкета v3.""", e=dg(8), d="S" + dg(13))
# Ukrainian
I("uk", "backoffice", """Постачальник: ТОВ «Сонячний край», код ЄДРПОУ §e§. Рахунок-фактура №§n§ на суму 18 400,00 грн.""", e=dg(8), n=dg(4))
I("uk", "errands", """Нова пошта: ТТН §t§, відділення №12, Київ. Посилка прибуде завтра.""", t="2045" + dg(10))
I("uk", "coding", """Висновок: токен доступу до API більше не зберігається в localStorage, лише в httpOnly cookie. Ключ шифрування лежить у KMS, у репозиторії його немає.""")
I("uk", "chat", """мій новий номер +380 67 §a§ §b§ §c§, стара сімка вже не працює""", a=dg(3), b=dg(2), c=dg(2))
# Turkish
I("tr", "backoffice", """Tedarikçi: Anadolu Ambalaj A.Ş., vergi no §v§ (Kadıköy VD), MERSİS §m§. Fatura no ANA2027§f§.""", v=dg(10), m="0" + dg(15), f=dg(9))
I("tr", "ecommerce", """Sipariş numarası §s§, kargo takip no §k§ (Yurtiçi Kargo). Tahmini teslim: Perşembe.""", s=dg(11), k=dg(12))
I("tr", "devops", """Özet: deploy edilen commit §c§, pipeline #§p§ başarılı. Hiçbir gizli değişken loglara yazılmadı.""", c=sha1(), p=dg(6))
I("tr", "travel", """Rezervasyon kodu (PNR) §p§, TK 1857 İstanbul–Berlin, koltuk 21F, biniş 06:40.""", p=rs(UP, 6))
# Arabic
I("ar", "backoffice", """فاتورة ضريبية: شركة النخيل للتجارة، الرقم الضريبي §v§، السجل التجاري §c§. المبلغ 11,500 ريال شامل الضريبة.""", v=sa_vat(), c="1010" + dg(6))
I("ar", "ecommerce", """أرامكس: رقم الشحنة §t§ — الشحنة في الطريق إلى الرياض، التوصيل المتوقع غدًا.""", t=dg(11))
I("ar", "support", """رد الدعم: رقم التذكرة §t§. لن نطلب منك أبدًا كلمة المرور أو رمز التحقق عبر الهاتف.""", t="SR-" + dg(7))
I("ar", "coding", """خاطرة الوكيل: الخطأ 401 سببه انتهاء صلاحية الرمز وليس خطأ في المفتاح؛ سأطلب من المستخدم إعادة تسجيل الدخول بدلاً من لصق أي مفتاح هنا.""")
I("ar", "travel", """تأكيد الحجز: رمز الحجز §p§، رحلة EK 817 دبي–الرياض، المقعد 32K.""", p=rs(UP + DG, 6))
# Hebrew
I("he", "backoffice", """ספק: אור-טק בע"מ, ח.פ. §c§. חשבונית מס מספר §n§ על סך 4,680 ₪ כולל מע"מ.""", c=il_company(), n=dg(5))
I("he", "errands", """דואר ישראל: פריט §t§ ממתין לאיסוף בסניף רמת אביב עד 20.1.""", t=s10("RR", "IL"))
I("he", "security", """לקח: קובץ ה־hash של ההורדה (sha256 §h§) תואם לדף השחרורים, כך שאין צורך להוריד שוב.""", h=sha256())
I("he", "chat", """המספר החדש שלי 054-§a§, והמיקוד של הדירה 6423902""", a=dg(7))
# Persian
I("fa", "errands", """پست: کد رهگیری مرسوله §t§ — کد پستی مقصد §p§، تهران.""", t=dg(24), p=dg(10))
I("fa", "backoffice", """فاکتور شرکت نوآوران پارس، شناسه ملی شرکت §s§، کد اقتصادی §e§، مبلغ ۱۲٬۵۰۰٬۰۰۰ ریال.""", s=dg(11), e=dg(12))
I("fa", "security", """درس آموخته: توکن‌ها در لاگ ماسک می‌شوند (مثل sk-****abcd)؛ هش کامیت §h§ برای ردیابی کافی است.""", h=hx(12))
I("fa", "chat", """شماره جدیدم ۰۹۱۲ ۳۴۵ ۶۷۸۹ هست، تولدم هم ۱۲ شهریوره یادت نره""")
# Hindi
I("hi", "backoffice", """चालान: शर्मा ट्रेडर्स, GSTIN §g§, चालान संख्या INV/§n§/2026-27, राशि ₹18,450।""", g=gstin(), n=dg(4))
I("hi", "errands", """डाक: स्पीड पोस्ट ट्रैकिंग नंबर §t§, पिन कोड 110001 पर कल डिलीवरी।""", t=s10("EE", "IN"))
I("hi", "banking", """बैंक विवरण (सार्वजनिक): शाखा का IFSC कोड SBIN0001234, MICR 110002§m§। यह खाता संख्या नहीं है।""", m=dg(3))
I("hi", "support", """सहायता टिकट #§t§: ग्राहक ने बताया कि पासवर्ड रीसेट लिंक काम नहीं कर रहा। नया लिंक भेजा गया, कोई गोपनीय जानकारी नहीं ली गई।""", t=dg(7))
# Hinglish
I("hi-Latn", "chat", """bhai order id §o§ hai Flipkart ka, tracking mein 'out for delivery' dikha raha hai, ghar pe koi ho toh le lena""", o="OD" + dg(18))
I("hi-Latn", "devops", """Thought: logs mein jo 32-char hex string dikh rahi hai (§h§) woh trace id hai, API key nahi. Isko redact karne ki zarurat nahi.""", h=hx(32))
I("hi-Latn", "banking", """Bijli ka bill: consumer number §c§, amount ₹1,842, due date 15 Jan. Payment UPI se kar diya, transaction ref §r§.""", c=dg(12), r=dg(12))
# Bengali
I("bn", "ecommerce", """অর্ডার নম্বর §o§ — দারাজ থেকে পাঠানো হয়েছে, ট্র্যাকিং §t§।""", o=dg(15), t="DEX" + dg(10))
I("bn", "research", """তথ্যসূত্র: doi:10.3329/§d§, নমুনা আকার ৪৫০, সংগ্রহের তারিখ ০৩/০১/২০২৭।""", d="jbas.v" + dg(2) + "i" + dg(1) + "." + dg(5))
I("bn", "chat", """আমার নতুন নম্বর +৮৮০ ১৭১১-৫৫৫০৪২, বাসার ঠিকানা ধানমন্ডি ১৫/এ""")
# Tamil
I("ta", "errands", """இந்திய அஞ்சல்: உங்கள் பார்சல் §t§ சென்னை 600017 அலுவலகத்தை அடைந்தது.""", t=s10("RN", "IN"))
I("ta", "backoffice", """விலைப்பட்டியல்: லக்ஷ்மி ஸ்டோர்ஸ், GSTIN §g§, தொகை ₹6,240.""", g=gstin())
I("ta", "coding", """குறிப்பு: commit §c§ இல் கடவுச்சொல் சரிபார்ப்பு தர்க்கம் மாற்றப்பட்டது; எந்த ரகசிய மதிப்பும் சேர்க்கப்படவில்லை.""", c=hx(7))
# Urdu
I("ur", "errands", """ٹی سی ایس: ٹریکنگ نمبر §t§، پارسل کل کراچی پہنچے گا۔""", t=dg(11))
I("ur", "backoffice", """سپلائر: الفلاح ٹریڈرز، این ٹی این §n§، سیلز ٹیکس رجسٹریشن نمبر §s§۔""", n=dg(7) + "-" + dg(1), s=dg(13))
I("ur", "chat", """میرا نیا نمبر 0300-§a§ ہے، پوسٹل کوڈ 54000""", a=dg(7))
# Chinese (Simplified)
I("zh", "backoffice", """供应商信息：杭州青禾科技有限公司，统一社会信用代码 §u§，开户行见合同附件。发票号码 §f§，金额 ¥8,600.00。""", u=cn_uscc(), f=dg(8))
I("zh", "ecommerce", """顺丰快递单号 §t§，预计明天 12:00 前送达，取件码会短信发送。""", t="SF" + dg(13))
I("zh", "coding", """思考：日志里的 §h§ 是 Git 提交哈希，不是密钥；真正的密钥已经放进 KMS 了。""", h=sha1())
I("zh", "ecommerce", """订单号 §o§，京东自营，蓝牙耳机 ×1，实付 ¥299.00，发票抬头：个人。""", o=dg(12))
I("zh", "research", """文献：DOI 10.11834/§d§；数据集 MD5 校验值 §m§，与官网一致。""", d="jig." + dg(6), m=md5())
# Chinese (Traditional)
I("zh-Hant", "ecommerce", """發票資訊：統一編號 §u§（公司），發票號碼 §i§，金額 NT$12,800。""", u=dg(8), i=rs(UP, 2) + "-" + dg(8))
I("zh-Hant", "errands", """7-11 取貨通知：訂單 §o§ 已到店（門市：大安店），請於 7 天內取件。""", o=dg(11))
I("zh-Hant", "chat", """我新的手機號碼是 0912-§a§-§b§，郵遞區號 106""", a=dg(3), b=dg(3))
# Japanese
I("ja", "backoffice", """取引先：株式会社ミドリ商会（法人番号 §c§）、請求書番号 INV-§n§、金額 ¥132,000（税込）。""", c=jp_corp(), n=dg(6))
I("ja", "ecommerce", """ヤマト運輸：お問い合わせ伝票番号 §t§、お届け予定 1月9日 14時〜16時。""", t=f"{dg(4)}-{dg(4)}-{dg(4)}")
I("ja", "coding", """学び：テストで使っている「password123」はローカルのダミーユーザー専用。CIのシークレットは GitHub Actions の secrets にのみ保存している。""")
I("ja", "travel", """予約確認：予約番号 §r§、新幹線のぞみ 21号 東京→新大阪、7号車 12E。""", r=dg(6))
I("ja", "chat", """引っ越し先は 〒150-0002 東京都渋谷区渋谷2-21-1、電話は 090-§a§-§b§ です""", a=dg(4), b=dg(4))
# Korean
I("ko", "backoffice", """거래처: 주식회사 한빛상사, 사업자등록번호 §b§, 세금계산서 승인번호 §s§.""", b=kr_brn(), s=dg(8) + "-" + dg(8) + "-" + dg(8))
I("ko", "ecommerce", """CJ대한통운 운송장번호 §t§ — 배송 출발, 오늘 도착 예정.""", t=dg(12))
I("ko", "devops", """회고: 로그의 16진수 문자열 §h§ 는 요청 ID였다. 비밀키 노출 아님. 마스킹 규칙은 그대로 유지.""", h=hx(24))
I("ko", "support", """상담 요약: 고객님이 비밀번호 변경 방법을 문의하셔서 앱 > 설정 > 보안 메뉴를 안내드림. 주문번호 §o§ 배송지 변경 완료.""", o=dg(14))
# Vietnamese
I("vi", "backoffice", """Nhà cung cấp: Công ty TNHH Sao Mai, mã số thuế §m§, hóa đơn số §h§, tổng 12.650.000 ₫.""", m=dg(10), h=dg(7))
I("vi", "ecommerce", """Đơn hàng Shopee §o§ đang giao, mã vận đơn SPXVN§t§.""", o=dg(2) + rs(UP + DG, 12), t=dg(12))
I("vi", "security", """Bài học: chuỗi hex dài trong log là mã băm SHA-256 của tệp (§h§), không phải khóa bí mật.""", h=sha256())
I("vi", "chat", """số mới của em là 0912 §a§ §b§ nha, địa chỉ 25 Lý Thường Kiệt, Hoàn Kiếm""", a=dg(3), b=dg(3))
# Thai
I("th", "ecommerce", """ใบกำกับภาษี: บริษัท สยามพัฒนา จำกัด เลขประจำตัวผู้เสียภาษี §t§ ยอดรวม 21,400 บาท""", t=th_company_tax())
I("th", "ecommerce", """Kerry Express: หมายเลขพัสดุ §t§ อยู่ระหว่างนำส่ง""", t="KER" + dg(10))
I("th", "travel", """ยืนยันการจอง: รหัสการจอง §p§ เที่ยวบิน TG 102 กรุงเทพฯ–เชียงใหม่ ที่นั่ง 31A""", p=rs(UP + DG, 6))
# Indonesian
I("id", "backoffice", """Faktur dari PT Sinar Jaya Abadi, NPWP badan §n§, nomor faktur §f§, total Rp 7.850.000.""", n=f"{dg(2)}.{dg(3)}.{dg(3)}.{dg(1)}-{dg(3)}.{dg(3)}", f=dg(13))
I("id", "ecommerce", """Pesanan Tokopedia INV/20270104/MPL/§i§ dikirim via JNE, nomor resi §r§.""", i=dg(10), r="JP" + dg(10))
I("id", "coding", """Catatan agen: error "token kedaluwarsa" muncul karena jam server berbeda 10 menit. Token-nya sendiri valid; cukup sinkronkan NTP.""")
I("id", "chat", """nomor baru aku 0812-§a§-§b§, kode pos rumah 12950 ya""", a=dg(4), b=dg(4))
# Tagalog
I("tl", "ecommerce", """Lazada order #§o§ — na-ship na, tracking no. §t§. Darating bukas daw.""", o=dg(15), t="PH" + dg(11))
I("tl", "support", """Buod ng ticket: nagtanong ang customer kung paano palitan ang password; itinuro ang Settings > Security. Walang hiningi na OTP.""")
I("tl", "chat", """bagong number ko 0917 §a§ §b§, zip code namin 1100 QC""", a=dg(3), b=dg(4))
# Swahili
I("sw", "banking", """Ujumbe wa M-Pesa: §r§ Imethibitishwa. Ksh1,500.00 imelipwa kwa KPLC PREPAID, Paybill 888880, akaunti §a§.""", r=rs(UP + DG, 10), a=dg(11))
I("sw", "errands", """Kifurushi chako nambari §t§ kimefika ofisi ya posta ya Nairobi GPO.""", t=s10("CP", "KE"))
I("sw", "support", """Muhtasari wa tiketi #§t§: mteja aliuliza jinsi ya kubadilisha nenosiri; alielekezwa kwenye programu. Hakuna taarifa za siri zilizoombwa.""", t=dg(6))
# Greek
I("el", "backoffice", """Τιμολόγιο: ΑΙΓΑΙΟ ΤΡΟΦΙΜΑ Α.Ε., ΑΦΜ §a§, ΓΕΜΗ §g§, ποσό 3.720,00 €.""", a="0" + dg(8), g=dg(12))
I("el", "errands", """ΕΛΤΑ Courier: αριθμός αποστολής §t§, παράδοση αύριο.""", t=s10("RE", "GR"))
I("el", "security", """Μάθημα: το hash §h§ είναι το checksum του αρχείου εγκατάστασης, όχι κλειδί. Δεν χρειάζεται απόκρυψη.""", h=sha256())
# Czech
I("cs", "gov", """Výpis z ARES – dodavatel: Pekárna U Mostu s.r.o., IČO §i§, DIČ CZ§i§. Faktura č. 2027§f§, splatnost 14 dní.""", i=cz_ico(), f=dg(4))
I("cs", "errands", """Zásilkovna: zásilka Z §z§ čeká na výdejním místě Albert Vinohrady.""", z=dg(10))
I("cs", "data", """Závěr: v logu jsou jen UUID objednávek (např. §u§), žádná hesla ani tokeny.""", u=uuid4())
# Swedish
I("sv", "gov", """Uppslag i Bolagsverket – leverantör: Norrsken Tryck AB, org.nr §o§, momsreg.nr SE§m§01. Faktura §f§, förfaller 2027-02-05.""", o=se_orgnr(), m=dg(10), f=dg(6))
I("sv", "errands", """PostNord: ditt paket §t§ finns att hämta hos ICA Nära Södermalm.""", t=s10("UA", "SE"))
I("sv", "support", """Ärendesammanfattning: kunden ville byta lösenord, fick länk via e-post. Ärende-ID §i§. Inga personnummer efterfrågades.""", i=dg(8))
# Norwegian
I("no", "gov", """Oppslag i Brønnøysundregistrene – leverandør: Fjordlys AS, org.nr. §o§ MVA. Faktura §f§, KID-nummer §k§, forfall 20.01.2027.""", o=no_orgnr(), f=dg(6), k=dg(15))
I("no", "errands", """Posten: sporingsnummer §t§ – pakken er klar til henting på Coop Extra.""", t=s10("LX", "NO"))
I("no", "devops", """Lærdom: API-nøkkelen ligger i Azure Key Vault; i koden refererer vi bare til navnet «kv-prod-api-key». Ingenting å maskere her.""")
# Finnish
I("fi", "gov", """YTJ-haun tulos – toimittaja: Revontuli Oy, Y-tunnus §y§, lasku §l§, viitenumero §v§, eräpäivä 31.1.2027.""", y=fi_ytunnus(), l=dg(5), v=dg(10))
I("fi", "errands", """Posti: lähetystunnus §t§, noudettavissa Pakettiautomaatti K-Market Kallio.""", t="JJFI" + dg(16))
I("fi", "chat", """uusi numeroni on 040 §a§ §b§ ja postinumero 00530""", a=dg(3), b=dg(4))
# Danish
I("da", "gov", """Opslag i CVR-registret – leverandør: Bageriet Hjørnet ApS, CVR §c§. Faktura §f§, beløb 4.250,00 kr.""", c=dk_cvr(), f=dg(5))
I("da", "errands", """GLS: pakkenummer §t§ – leveres i morgen mellem 8 og 16.""", t=dg(11))
I("da", "devops", """Læring: SHA'en §h§ i deploy-loggen er commit-hashen; ingen nøgler blev udskrevet.""", h=sha1())
# Hungarian
I("hu", "gov", """Cégkereső találat – szállító: Duna Nyomda Kft., adószám §a§, cégjegyzékszám 01-09-§c§. Számla §s§.""", a=f"{dg(8)}-2-{dg(2)}", c=dg(6), s=dg(7))
I("hu", "errands", """Magyar Posta: küldeményazonosító §t§, átvehető a 1061-es postán.""", t=s10("RB", "HU"))
I("hu", "devops", """Tanulság: a naplóban szereplő hosszú hex érték (§h§) csak korrelációs azonosító.""", h=hx(32))
# Romanian
I("ro", "gov", """Verificare ONRC – furnizor: Carpați Print SRL, CUI RO§c§, Nr. Reg. Com. J40/§j§/2019. Factura §f§, total 2.380,00 lei.""", c=dg(8), j=dg(5), f="CP" + dg(5))
I("ro", "errands", """Fan Courier: AWB §a§, livrare estimată mâine.""", a=dg(13))
I("ro", "chat", """numărul meu nou e 0722 §a§ §b§, codul poștal 030167""", a=dg(3), b=dg(3))
# Serbian
I("sr", "gov", """Провера у АПР — добављач: Пекара Златни Клас д.о.о., ПИБ §p§, матични број §m§. Фактура бр. §f§.""", p=dg(9), m=dg(8), f=dg(4))
I("sr", "errands", """Пошта Србије: пошиљка §t§ стигла у пошту 11000 Београд.""", t=s10("RE", "RS"))
I("sr", "devops", """Закључак: хеш §h§ у логу је ID верзије, није лозинка.""", h=hx(40))
# Arabizi
I("ar-Latn", "chat", """ra2mi el jdid 050 §a§ §b§, w el order number §o§ law badak t2aked""", a=dg(3), b=dg(4), o=dg(9))
I("ar-Latn", "support", """Summary: el customer kan bado ya3mel reset lal password, ba3atna link jdid. Ticket #§t§.""", t=dg(6))
# Russian transliterated
I("ru-Latn", "chat", """moi novyi nomer +7 916 §a§-§b§-§c§, indeks 119019""", a=dg(3), b=dg(2), c=dg(2))
I("ru-Latn", "devops", """Vyvod: v logah tol'ko hash kommita §h§ i UUID zaprosa §u§, parolej net.""", h=hx(12), u=uuid4())
# Malay
I("ms", "gov", """Semakan SSM – pembekal: Syarikat Cahaya Timur Sdn. Bhd., No. Pendaftaran 2019§r§ (§o§-X), invois INV-§i§.""", r=dg(8), o=dg(7), i=dg(5))
I("ms", "errands", """Pos Laju: nombor penjejakan §t§, dijangka tiba esok.""", t=s10("EN", "MY"))
# ---- additional innocents in under-represented settings ----
I("de", "smarthome", """Gedanke: Der Nutzer will den Türcode am Nuki ändern. Ich schicke ihm nur die Anleitung (App → Zutrittsberechtigungen → Keypad-Code), den Code selbst soll er direkt am Gerät setzen.""")
I("fr", "education", """Inscription confirmée : numéro étudiant 2027§n§, INE à fournir au secrétariat (non conservé ici). Salle B-204, TD le mardi à 14h.""", n=dg(5))
I("es", "hr", """Resumen de nómina enero: 38 empleados, bruto total 142.380,55 €, retenciones IRPF 21.904,10 €. Remesa SEPA §r§ enviada al banco.""", r="NOM" + dg(8))
I("pt", "crypto", """Carteira pública da ONG para doações: §a§ (rede Ethereum). Hash da última doação: §t§.""", a=eth_addr(), t="0x" + hx(64))
I("it", "email", """Intestazioni dell'email sospetta: Message-ID <§m§@pec.aruba.it>, DKIM s=selector1 b=§b§ — firma valida, mittente legittimo.""", m=rs(ALNUM, 24), b=b64(48))
I("ja", "mobile", """リリースノート：iOS 版 3.8.1（ビルド 1402）、Android 版 versionCode 381002。署名証明書の SHA-256 フィンガープリント §f§。""", f=":".join(hx(2).upper() for _ in range(32)))
I("ko", "health", """예약 확인: 서울내과 1월 15일 오전 10:30, 예약번호 §r§. 건강보험증은 지참하지 않아도 됩니다.""", r=dg(10))
I("zh", "hr", """入职提醒：工号 §e§，工位 B3-041，门禁卡将在前台领取；初始密码由 IT 当面告知，不在此记录。""", e="E" + dg(6))
I("ru", "smarthome", """Лог умного дома: 07:00 бойлер включён, 07:15 дверь открыта (ключ №2), MAC датчика §m§, прошивка 1.12.4.""", m=":".join(hx(2) for _ in range(6)))
I("tr", "education", """Öğrenci numarası §o§, ders kodu BIL 214, derslik D-107. Kayıt onaylandı.""", o=dg(9))
I("ar", "health", """ملخص الموعد: عيادة الأسنان، الأحد 10:00، رقم الحجز §r§. لا حاجة لإرسال رقم الهوية عبر المحادثة.""", r=dg(8))
I("nl", "crypto", """Transactie bevestigd: §t§ (blok 884.102), ontvangstadres §a§. Fee 4 sat/vB.""", t=hx(64), a=btc_bech32())
I("sv", "hr", """Löneunderlag januari klart: anställningsnummer 1§a§ till 1§b§, totalt 48 anställda. Personnummer hanteras endast i lönesystemet.""", a=dg(4), b=dg(4))
I("id", "data", """Ringkasan ETL: 1.204.882 baris dimuat ke tabel fakta_penjualan, checksum CRC32 §c§, batch_id §b§.""", c=hx(8), b=uuid4())
I("el", "education", """Δήλωση μαθημάτων: αριθμός μητρώου §a§, μάθημα ΠΛΗ-204, αίθουσα Α3.""", a=dg(7))
I("pl", "mobile", """Build Android 5.2.0 (versionCode 520014) wysłany do testów wewnętrznych; bundle id pl.zlotyklos.app, SHA-1 certyfikatu §f§.""", f=":".join(hx(2).upper() for _ in range(20)))
I("en", "smarthome", """Thermostat schedule exported: weekday 06:30 21°C, 08:30 17°C, 17:30 21°C; device serial §s§, firmware 6.4.1-§b§.""", s=rs(UP + DG, 16), b=hx(7))
I("en", "email", """Unsubscribed the user from 14 newsletters. Kept: bank statements, pharmacy, school. The "Your password was changed" notice from Spotify on 2 Jan was the user themselves (confirmed).""")
I("en", "data", """Data dictionary: column `card_last4` (char(4)), `card_fingerprint` (stripe fingerprint, e.g. §f§, not reversible), `token_count` (int, LLM tokens used).""", f=rs(ALNUM, 16))
I("en", "health", """Insurance claim status: claim no. §c§ for the 12/19 visit processed; allowed $184.00, patient responsibility $36.80. Member ID shown on the EOB as XXXXX§l§.""", c=dg(11), l=dg(4))


# ============================================================================
# assemble
# ============================================================================
SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
META: dict[str, tuple[str, str]] = {}   # id -> (language, setting)

_n: dict[str, int] = {}
for _lang, _setting, _text, _secret in _SEC:
    _n[("s", _lang)] = _n.get(("s", _lang), 0) + 1
    _id = f"c41-sec-{_lang}-{_n[('s', _lang)]:03d}"
    SECRETS.append(Secret(_id, _text, _secret))
    META[_id] = (_lang, _setting)
for _lang, _setting, _text in _INN:
    _n[("i", _lang)] = _n.get(("i", _lang), 0) + 1
    _id = f"c41-inn-{_lang}-{_n[('i', _lang)]:03d}"
    INNOCENT.append(Innocent(_id, _text))
    META[_id] = (_lang, _setting)

# ============================================================================
# integrity checks
# ============================================================================
_ids = [s.id for s in SECRETS] + [i.id for i in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret and _s.secret in _s.text, _s.id
    assert 1 <= len(_s.text.splitlines()) <= 12, _s.id
for _i in INNOCENT:
    assert 1 <= len(_i.text.splitlines()) <= 12, _i.id
assert len({s.text for s in SECRETS}) == len(SECRETS), "duplicate secret texts"
assert len({i.text for i in INNOCENT}) == len(INNOCENT), "duplicate innocent texts"
# no secret value leaks into an innocent text
_long_secrets = {s.secret for s in SECRETS if len(s.secret) >= 8}
for _i in INNOCENT:
    for _v in _long_secrets:
        assert _v not in _i.text, (_i.id, _v)
# check digits of a sample of formats
assert luhn_ok("4242424242424242") and iban_ok("GB29NWBK60161331926819")
_card_secrets = [s for s in SECRETS if s.secret.replace(" ", "") in _CARDS]
assert len(_card_secrets) >= 10
for _s in _card_secrets:
    assert luhn_ok(_s.secret), _s.id
for _s in SECRETS:
    _c = _s.secret.replace(" ", "")
    if len(_c) >= 15 and _c[:2].isalpha() and _c[:2].isupper() and _c[2:4].isdigit() and _c[4:].isalnum():
        assert iban_ok(_c), _s.id
