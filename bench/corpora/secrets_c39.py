"""Independent test corpus for a secret-redaction filter (corpus c39).

Setting: personal productivity and home agents - e-mail triage, calendars, notes and to-do apps,
password-manager / browser-autofill exports, smart-home hubs and routers, family logistics, car and
travel bookings, subscriptions, online shopping, health apps and caregiving, school portals.
Texts are records an agent would keep: the person's messages, the agent's thoughts, tool calls with
JSON arguments, tool output, summaries and lessons learned.

Start time: Mon Dec  7 17:36:46 UTC 2026

Totals: 236 SECRETS, 232 INNOCENT (468 texts). English 156 (33%),
the rest spread over 41 other languages / scripts / mixed registers.

Counts by language (secrets/innocent):
    English 80/76, German 8/8, Spanish 8/8, French 8/8, Italian 6/6, Japanese 6/6,
    Portuguese (Brazil) 6/6, Korean 5/5, Dutch 5/5, Polish 5/5, Russian 5/5,
    Chinese (Simplified) 5/5, Arabic 4/4, Czech 4/4, Finnish 4/4, Hebrew 4/4, Hindi 4/4,
    Norwegian Bokmal 4/4, Swedish 4/4, Turkish 4/4, Ukrainian 4/4, Danish 3/3, Greek 3/3,
    Persian 3/3, Hinglish (romanized Hindi + English) 3/3, Hungarian 3/3, Indonesian 3/3,
    Portuguese (Portugal) 3/3, Romanian 3/3, Thai 3/3, Vietnamese 3/3, Chinese (Traditional) 3/3,
    Arabizi (romanized Egyptian Arabic) 2/2, Bulgarian 2/2, Bengali 2/2, Catalan 2/2,
    Spanglish 2/2, Estonian 2/2, Russian transliterated 2/2, Swahili 2/2, Tamil 2/2,
    Tagalog/Taglish 2/2

Counts by setting (secrets/innocent):
    family [family logistics, relatives, banking for the household] 72/39,
    shop [online shopping, payments, parcels] 26/60,
    health [health apps, caregiving, doctors] 38/24,
    notes [notes / to-do apps, scripts, wallets] 16/22, home [smart-home hubs and devices] 20/9,
    net [routers, Wi-Fi, VPN, NAS] 18/10, school [school portals for parents] 7/20,
    travel [car and travel bookings] 10/16, mail [e-mail triage, SMS codes] 13/6,
    subs [subscriptions, bills] 6/11, cal [calendars] 3/7,
    pwm [password managers, browser autofill exports] 4/6, car [car apps, DMV, parking] 3/2

Ids are  s_<lang>_<setting>_<n>  /  i_<lang>_<setting>_<n>.

Values are generated with random.Random(SEED). Where a format has a check digit the value is valid:
Luhn (cards incl. Mir/UnionPay/Iranian cards, SIN, Israeli ID, AMKA, SA/ZA/Emirates IDs, IMEI, SIRET,
KID), IBAN mod-97 (plus national keys for FR RIB, ES DC, IT CIN, BE), Verhoeff (Aadhaar, Matter manual
pairing code), WPS PIN checksum, ISO 7064 MOD 11,10 (German Steuer-ID, USt-IdNr), and the national
algorithms for BSN, PESEL, personnummer, HETU, fodselsnummer, CPR, CPF/CNPJ, CNS, Chinese resident ID,
My Number, RRN, TC kimlik, NIR, codice fiscale, DNI/NIE, NUSS, NIF, CNP, EGN, isikukood, rodne cislo,
TAJ, adoazonosito jel, KVNR, German ID-card number (ICAO 7-3-1), SNILS, INN, RNOKPP, Thai ID, Iranian
code melli, Taiwan ID, HKID, NHS number, TFN, Medicare (AU), UPS 1Z, USPS, S10 postal, VIN, EAN/ISBN,
and the business ids used as innocents (ABN, NIP, P.IVA, CIF, UID, VAT GB, GSTIN, Y-tunnus, CVR,
org.nr, ICO, CUI, AFM, registrikood, VKN, OGRN, EDRPOU, EIK, houjin bangou, BRN, USCC, MST ...).
Seed phrases are real BIP-39 mnemonics with valid checksums (English, Spanish, Japanese, Chinese,
French, Portuguese, Korean, Italian, Czech word lists); they were produced once and embedded as
literals.

Labelling choices (borderline cases):
* SECRET - anything that lets someone act as the person or system: passwords/passphrases, PINs of any
  kind (card, banking app, UPI/MB WAY/M-Pesa/GCash, port-out, lunch account), one-time and login codes
  (SMS OTP, BLIK), recovery/backup codes, TOTP seeds, API keys and tokens, OAuth refresh tokens and
  client secrets, session cookies, private keys, connection strings / RTSP / SMB / MQTT URLs with
  passwords, webhook URLs with embedded secrets (Slack, Discord, IFTTT key, Zapier catch hook), the
  "secret address" of a private Google calendar, password-reset links with their token.
* SECRET - physical-access codes: door, gate, garage, lockbox, key-safe, alarm, smart-lock keypad,
  parcel-locker pickup codes and the Booking.com PIN; device pairing codes (HomeKit, Matter, WPS PIN)
  because they let someone take control of the device; gift-card claim codes (bearer value).
* SECRET - sensitive personal identifiers of private persons: national ids, tax ids (incl. PAN, INN,
  Steuer-ID), health-insurance / social-security numbers (SSN, NHS, MBI, KVNR, CNS, TAJ, SNILS...),
  passport / ID-card / driver-licence numbers, a private person's IBAN or bank account number (also
  when it belongs to a babysitter or relative), full card numbers and CVV/CID, security answers.
* INNOCENT - identifiers that do not authenticate: order, tracking, booking/PNR, e-ticket, claim,
  appointment, student, patient-file, prescription, frequent-flyer and utility customer numbers,
  payment references (OCR, KID, viitenumero, Multibanco, boleto line, FI-kort, UTR, M-Pesa code), a
  Pix random key (it is a receiving alias), business registration / VAT numbers, IMEI, serials, MACs,
  VINs, Zigbee/BLE addresses, Home Assistant device ids, UUIDs of objects, commit SHAs, image digests,
  checksums, DKIM signatures, MIME base64 of a PDF, calendar page/sync cursors (nextPageToken).
* INNOCENT - public keys (SSH, WireGuard peer, EC PUBLIC KEY, DKIM p=), a Bitcoin receive address, a
  Stripe *publishable* key (pk_live_, designed to sit in web pages), a Twilio Account SID (identifier,
  the auth token is the secret), masked values (**** 4242, ending 1177, PESEL *******1234, IBAN
  TR** ... ), documented example/placeholder values (AWS AKIAIOSFODNN7EXAMPLE pair, the jwt.io sample
  token, Stripe test card 4242..., the ECBS/Bundesbank/French example IBANs, sk-...your key here...,
  <YOUR_API_KEY>), an open Wi-Fi QR without password, and sentences that merely mention "password",
  "token", "PIN" or "code" without a value (phishing warnings, reset notices, expired-code mails).
* INNOCENT - word lists that resemble mnemonics (spelling lists, a dictation using some of the same
  French BIP-39 words, a shopping list); none of them is a valid BIP-39 phrase.
* Only one secret per text is labelled. A few secret texts also contain a second sensitive value
  (e.g. an ID number beside the labelled password); a filter should remove it too, but only the
  labelled substring is checked. One text repeats the labelled PIN twice (new PIN + confirmation);
  every occurrence must go.
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

SEED = 39007
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
_N = {"s": 0, "i": 0}


def S(lang: str, setting: str, text: str, secret: str) -> None:
    _N["s"] += 1
    SECRETS.append(Secret(f"s_{lang}_{setting}_{_N['s']:03d}", text, secret))


def I(lang: str, setting: str, text: str) -> None:
    _N["i"] += 1
    INNOCENT.append(Innocent(f"i_{lang}_{setting}_{_N['i']:03d}", text))


# ----------------------------------------------------------------- basic randomness
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = DIG + UP + LO
ALNUM = UP + LO + DIG
HEXL = "0123456789abcdef"
B64U = UP + LO + DIG + "-_"
B32 = UP + "234567"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
PWSYM = "!@#$%&*-_+=?."


def rs(alpha: str, n: int) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def rd(n: int) -> str:
    return rs(DIG, n)


def rdn(n: int) -> str:
    """n digits, first one non-zero"""
    return R.choice("123456789") + rd(n - 1)


def hx(n: int) -> str:
    return rs(HEXL, n)


def HX(n: int) -> str:
    return rs("0123456789ABCDEF", n)


def rbytes(n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def J(o, ascii_: bool = False, indent=None) -> str:
    return json.dumps(o, ensure_ascii=ascii_, indent=indent)


def genpw(n: int = 20, sym: bool = True) -> str:
    """password-manager style random password, always mixed classes"""
    pool = ALNUM + (PWSYM if sym else "")
    while True:
        p = rs(pool, n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
            if not sym or any(c in PWSYM for c in p):
                return p


def phrase_pw(words, sep="-", n=4, digit=True) -> str:
    w = R.sample(words, n)
    s = sep.join(w)
    return s + (sep + str(R.randint(2, 99)) if digit else "")


PW_WORDS = ["tundra", "maple", "cobalt", "river", "pickle", "lantern", "orbit", "velvet", "cactus", "harbor",
            "meadow", "saffron", "glacier", "pepper", "falcon", "copper", "willow", "marble", "quartz", "ember",
            "thistle", "canyon", "biscuit", "nimbus", "walrus", "juniper", "tango", "pixel", "oyster", "zephyr"]


# ----------------------------------------------------------------- check digit helpers
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


def luhn_num(prefix: str, length: int) -> str:
    body = prefix + rd(length - len(prefix) - 1)
    return body + luhn_digit(body)


def card(kind: str = "visa") -> str:
    if kind == "visa":
        return luhn_num("4" + R.choice(["147", "266", "539", "921", "000", "716", "571", "835"]), 16)
    if kind == "mc":
        return luhn_num(R.choice(["51", "52", "53", "54", "55", "2221", "2720", "2306"]), 16)
    if kind == "amex":
        return luhn_num(R.choice(["34", "37"]), 15)
    if kind == "discover":
        return luhn_num("6011", 16)
    if kind == "jcb":
        return luhn_num("35" + str(R.randint(28, 89)), 16)
    if kind == "unionpay":
        return luhn_num("62" + R.choice(["2126", "4", "5", "8"]), 16)
    if kind == "mir":
        return luhn_num("220" + R.choice("01234"), 16)
    if kind == "maestro":
        return luhn_num("6759", 16)
    raise ValueError(kind)


def g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def amex_fmt(s: str) -> str:
    return f"{s[:4]} {s[4:10]} {s[10:]}"


def expiry() -> str:
    return f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"


def cvv(n: int = 3) -> str:
    return rd(n)


def ean_digit(body: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return str((10 - s % 10) % 10)


def ean13(prefix: str) -> str:
    body = prefix + rd(12 - len(prefix))
    return body + ean_digit(body)


def mod97_iban(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    ck = 98 - int(num) % 97
    return f"{cc}{ck:02d}{bban}"


def iban_ok(i: str) -> bool:
    i = i.replace(" ", "")
    r = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def es_dc(d10: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * x for d, x in zip(d10, w)) % 11
    return str(0 if r == 11 else 1 if r == 10 else r)


_CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
           **dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}
_CF_EVEN = {**{str(i): i for i in range(10)}, **{c: i for i, c in enumerate(UP)}}


def it_check_char(s: str) -> str:
    t = sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(s))
    return chr(65 + t % 26)


def iban(cc: str) -> str:
    if cc == "DE":
        bban = R.choice("12345678") + rd(7) + rd(10)
    elif cc == "FR":
        bank, branch, acct = rd(5), rd(5), rd(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = f"{bank}{branch}{acct}{key:02d}"
    elif cc == "ES":
        bank, branch, acct = rd(4), rd(4), rd(10)
        bban = bank + branch + es_dc("00" + bank + branch) + es_dc(acct) + acct
    elif cc == "IT":
        abi, cab, conto = rdn(5), rdn(5), rd(12)
        bban = it_check_char(abi + cab + conto) + abi + cab + conto
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "BUNQ", "ASNB"]) + rd(10)
    elif cc == "GB":
        bban = R.choice(["BARC", "LOYD", "HBUK", "NWBK", "MONZ", "MIDL"]) + rd(6) + rd(8)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + rd(6) + rd(8)
    elif cc == "BE":
        b = rdn(10)
        c = int(b) % 97 or 97
        bban = f"{b}{c:02d}"
    elif cc == "AT":
        bban = rdn(5) + rd(11)
    elif cc == "CH":
        bban = R.choice(["00762", "00235", "80808", "00700"]) + rd(12)
    elif cc == "PL":
        bban = rdn(8) + rd(16)
    elif cc == "PT":
        bban = "00" + rd(19)
    elif cc == "SE":
        bban = rdn(3) + rd(17)
    elif cc == "NO":
        bban = rdn(11)
    elif cc == "FI":
        bban = rdn(14)
    elif cc == "DK":
        bban = rdn(14)
    elif cc == "GR":
        bban = rd(3) + rd(4) + rd(16)
    elif cc == "CZ":
        bban = R.choice(["0800", "0100", "0300", "2010"]) + rd(16)
    elif cc == "HU":
        bban = rdn(24)
    elif cc == "RO":
        bban = R.choice(["BTRL", "RNCB", "INGB", "BRDE"]) + rs(UP + DIG, 16)
    elif cc == "TR":
        bban = rd(5) + "0" + rd(16)
    elif cc == "SA":
        bban = rd(2) + rd(18)
    elif cc == "AE":
        bban = rd(3) + rd(16)
    elif cc == "IL":
        bban = rd(19)
    elif cc == "EE":
        bban = rd(16)
    elif cc == "BG":
        bban = R.choice(["BNBG", "UNCR", "STSA"]) + rd(6) + rs(UP + DIG, 8)
    elif cc == "UA":
        bban = rd(6) + rd(19)
    else:
        raise ValueError(cc)
    out = mod97_iban(cc, bban)
    assert iban_ok(out)
    return out


# national identifiers -------------------------------------------------------
def rdate(y0=1940, y1=2008):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def es_dni() -> str:
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def es_nie() -> str:
    p = R.choice("XYZ")
    n = rd(7)
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(p)) + n) % 23]}"


def fr_nir(fmt=True) -> str:
    y, m, _ = rdate()
    dept = R.choice(["75", "69", "13", "33", "59", "31", "44", "67", "06", "92", "93", "35"])
    body = f"{R.choice('12')}{y % 100:02d}{m:02d}{dept}{rd(3)}{rdn(3)}"
    key = 97 - int(body) % 97
    if not fmt:
        return f"{body}{key:02d}"
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def it_cf(sur="RSS", nam="MRA", female=False) -> str:
    y, m, d = rdate()
    day = d + (40 if female else 0)
    s = f"{sur}{nam}{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}{day:02d}{R.choice(['H501', 'F205', 'F839', 'L219', 'G273', 'D612', 'A944'])}"
    return s + it_check_char(s)


def nl_bsn() -> str:
    while True:
        d = rdn(8)
        s = sum(int(c) * w for c, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return d + str(c)


def pl_pesel() -> str:
    y, m, d = rdate(1950, 2012)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{rd(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * x for c, x in zip(body, w))
    return body + str((10 - s % 10) % 10)


def se_pnr() -> str:
    y, m, d = rdate()
    body = f"{y % 100:02d}{m:02d}{d:02d}{rd(3)}"
    return f"{y}{m:02d}{d:02d}-{body[6:]}{luhn_digit(body)}"


def fi_hetu() -> str:
    y, m, d = rdate(1940, 2015)
    n = f"{R.randint(2, 899):03d}"
    core = f"{d:02d}{m:02d}{y % 100:02d}"
    return f"{core}{'-' if y < 2000 else 'A'}{n}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(core + n) % 31]}"


def no_fnr() -> str:
    while True:
        y, m, d = rdate(1940, 1999)
        b = f"{d:02d}{m:02d}{y % 100:02d}{R.randint(0, 499):03d}"
        k1 = 11 - sum(int(c) * w for c, w in zip(b, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b += str(k1)
        k2 = 11 - sum(int(c) * w for c, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k2)


def dk_cpr() -> str:
    while True:
        y, m, d = rdate()
        b = f"{d:02d}{m:02d}{y % 100:02d}{rd(3)}"
        s = sum(int(c) * w for c, w in zip(b, [4, 3, 2, 7, 6, 5, 4, 3, 2]))
        last = (11 - s % 11) % 11
        if last < 10:
            return f"{b[:6]}-{b[6:]}{last}"


def br_cpf(fmt=True) -> str:
    d = [int(c) for c in rdn(9)]
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d))
        r = s * 10 % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s


def br_cnpj() -> str:
    d = [int(c) for c in rdn(8) + "0001"]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * y for x, y in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def cn_id() -> str:
    y, m, d = rdate(1950, 2005)
    b = f"{R.choice(['110101', '310104', '440305', '510107', '330106', '420102', '320583'])}{y}{m:02d}{d:02d}{rd(3)}"
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


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar() -> str:
    b = R.choice("23456789") + rd(10)
    n = b + verhoeff_digit(b)
    assert verhoeff_ok(n)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def us_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def uk_nino() -> str:
    while True:
        p = R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = rd(6)
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {R.choice('ABCD')}"


def nhs_no() -> str:
    while True:
        b = rdn(9)
        c = 11 - sum(int(x) * w for x, w in zip(b, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            n = b + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def ca_sin() -> str:
    n = luhn_num(R.choice("1234567"), 9)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def au_tfn() -> str:
    while True:
        b = rdn(8)
        s = sum(int(c) * w for c, w in zip(b, [1, 4, 3, 7, 5, 8, 6, 9]))
        d = s % 11
        if d < 10:
            n = b + str(d)
            assert sum(int(c) * w for c, w in zip(n, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def au_medicare() -> str:
    b = R.choice("23456") + rd(7)
    c = sum(int(x) * w for x, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return f"{b[:4]} {b[4:]}{c} {R.randint(1, 5)}"


def jp_mynumber() -> str:
    b = rdn(11)
    s = 0
    for n in range(1, 12):
        p = int(b[-n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    n = b + str(c)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def kr_rrn() -> str:
    y, m, d = rdate(1950, 1999)
    b = f"{y % 100:02d}{m:02d}{d:02d}{R.choice('12')}{rd(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * y for x, y in zip(b, w)) % 11) % 10
    return f"{b[:6]}-{b[6:]}{c}"


def tr_tckn() -> str:
    d = [int(c) for c in rdn(9)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def il_tz() -> str:
    return luhn_num(R.choice("0123"), 9)


def be_nn() -> str:
    y, m, d = rdate(1940, 2010)
    b = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 997):03d}"
    base = int(("2" + b) if y >= 2000 else b)
    c = 97 - base % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:]}.{c:02d}"


def pt_nif(first="12") -> str:
    b = R.choice(first) + rd(7)
    r = sum(int(c) * w for c, w in zip(b, range(9, 1, -1))) % 11
    return b + str(0 if r < 2 else 11 - r)


def gr_amka() -> str:
    y, m, d = rdate()
    return luhn_num(f"{d:02d}{m:02d}{y % 100:02d}", 11)


def ro_cnp() -> str:
    y, m, d = rdate(1950, 1999)
    b = f"{R.choice('12')}{y % 100:02d}{m:02d}{d:02d}{R.choice(['40', '12', '22', '35', '07', '32'])}{R.randint(1, 999):03d}"
    c = sum(int(x) * int(w) for x, w in zip(b, "279146358279")) % 11
    return b + str(1 if c == 10 else c)


def bg_egn() -> str:
    y, m, d = rdate(1950, 1999)
    b = f"{y % 100:02d}{m:02d}{d:02d}{rd(3)}"
    c = sum(int(x) * w for x, w in zip(b, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return b + str(0 if c == 10 else c)


def ee_ik() -> str:
    while True:
        y, m, d = rdate(1950, 2010)
        g = R.choice("34") if y < 2000 else R.choice("56")
        b = f"{g}{y % 100:02d}{m:02d}{d:02d}{rd(3)}"
        c = sum(int(x) * w for x, w in zip(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
        if c == 10:
            c = sum(int(x) * w for x, w in zip(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
            c = 0 if c == 10 else c
        return b + str(c)


def cl_rut() -> str:
    n = R.randint(8_000_000, 24_999_999)
    s = sum(int(c) * w for c, w in zip(reversed(str(n)), [2, 3, 4, 5, 6, 7] * 2))
    dv = 11 - s % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    return f"{n:,}".replace(",", ".") + "-" + dv


def ar_cuil() -> str:
    while True:
        p = R.choice(["20", "27"])
        dni = f"{R.randint(20_000_000, 45_999_999)}"
        b = p + dni
        r = 11 - sum(int(c) * w for c, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r == 10:
            continue
        return f"{p}-{dni}-{0 if r == 11 else r}"


def mx_curp(letters="GOMA", sex="M", state="DF", cons="RNR") -> str:
    y, m, d = rdate(1950, 1999)
    b = f"{letters}{y % 100:02d}{m:02d}{d:02d}{sex}{state}{cons}0"
    alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(alpha.index(c) * (18 - i) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def za_id() -> str:
    y, m, d = rdate(1950, 2000)
    return luhn_num(f"{y % 100:02d}{m:02d}{d:02d}{rd(4)}08", 13)


def cz_rc(female=False) -> str:
    while True:
        y, m, d = rdate(1954, 1999)
        b = f"{y % 100:02d}{m + (50 if female else 0):02d}{d:02d}{rd(3)}"
        c = int(b) % 11
        if c < 10:
            n = b + str(c)
            assert int(n) % 11 == 0
            return f"{n[:6]}/{n[6:]}"


def ch_ahv() -> str:
    b = "756" + rd(9)
    n = b + ean_digit(b)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def at_svnr() -> str:
    while True:
        y, m, d = rdate()
        nnn = rdn(3)
        dat = f"{d:02d}{m:02d}{y % 100:02d}"
        s = sum(int(c) * w for c, w in zip(nnn + dat, [3, 7, 9, 5, 8, 4, 2, 1, 6]))
        c = s % 11
        if c < 10:
            return f"{nnn}{c} {dat}"


def hu_taj() -> str:
    b = rdn(8)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(b)) % 10
    n = b + str(c)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def iso7064_11_10(digits: str) -> str:
    p = 10
    for ch in digits:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return str(0 if c == 10 else c)


def de_steuerid() -> str:
    while True:
        ds = R.sample(DIG, 9)
        ds.append(R.choice(ds))
        R.shuffle(ds)
        if ds[0] != "0":
            break
    b = "".join(ds)
    n = b + iso7064_11_10(b)
    return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"


def de_vat() -> str:
    b = rdn(8)
    return "DE" + b + iso7064_11_10(b)


def de_kvnr() -> str:
    L = R.choice(UP)
    b = rd(8)
    s = f"{ord(L) - 64:02d}" + b
    tot = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return L + b + str(tot % 10)


def ua_rnokpp() -> str:
    b = rdn(9)
    s = sum(int(c) * w for c, w in zip(b, [-1, 5, 7, 9, 4, 6, 10, 5, 7]))
    return b + str((s % 11) % 10)


def ru_inn12() -> str:
    d = [int(c) for c in rdn(10)]
    for w in ([7, 2, 4, 10, 3, 5, 9, 4, 6, 8], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]):
        d.append(sum(x * y for x, y in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


def ru_snils() -> str:
    b = f"{R.randint(2_000_000, 999_999_999):09d}"
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def th_id() -> str:
    b = R.choice("1358") + rd(11)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10
    n = b + str(c)
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def ae_eid() -> str:
    y = R.randint(1960, 2002)
    n = luhn_num(f"784{y}", 15)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


def ir_melli() -> str:
    b = rdn(9)
    r = sum(int(c) * (10 - i) for i, c in enumerate(b)) % 11
    return b + str(r if r < 2 else 11 - r)


def sa_nid() -> str:
    return luhn_num("1", 10)


def id_nik() -> str:
    y, m, d = rdate(1960, 2000)
    return f"{R.choice(['3174', '3273', '3578', '5171'])}{rd(2)}{d + R.choice([0, 40]):02d}{m:02d}{y % 100:02d}{rd(4)}"


# business / device identifiers (innocent look-alikes) -----------------------------
def fr_siren() -> str:
    return luhn_num(R.choice("3456789"), 9)


def fr_siret() -> str:
    while True:
        s = fr_siren()
        b = s + rd(4)
        n = b + luhn_digit(b)
        return n


def fr_tva(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def au_abn() -> str:
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        n = rdn(11)
        d = [int(c) for c in n]
        d[0] -= 1
        if sum(x * y for x, y in zip(d, w)) % 89 == 0:
            return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"


def pl_nip() -> str:
    while True:
        b = rdn(9)
        c = sum(int(x) * w for x, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            n = b + str(c)
            return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"


def it_piva() -> str:
    return luhn_num("0" + rd(6) + R.choice(["015", "037", "058", "063", "001"]), 11)


def es_cif() -> str:
    L = R.choice("AB")
    b = rd(7)
    ev = sum(int(b[i]) for i in (1, 3, 5))
    od = 0
    for i in (0, 2, 4, 6):
        p = int(b[i]) * 2
        od += p // 10 + p % 10
    c = (10 - (ev + od) % 10) % 10
    return f"{L}{b}{c}"


def ch_uid() -> str:
    while True:
        b = rdn(8)
        c = 11 - sum(int(x) * w for x, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4])) % 11
        c = 0 if c == 11 else c
        if c != 10:
            n = b + str(c)
            return f"CHE-{n[:3]}.{n[3:6]}.{n[6:]}"


def gb_vat() -> str:
    b = rdn(7)
    s = sum(int(x) * w for x, w in zip(b, range(8, 1, -1)))
    c = (-s) % 97
    return f"GB{b[:3]} {b[3:]} {c:02d}"


def in_gstin() -> str:
    al = DIG + UP
    pan = rs(UP, 3) + "C" + rs(UP, 1) + rd(4) + rs(UP, 1)
    b = R.choice(["27", "29", "07", "33", "24"]) + pan + "1Z"
    tot = 0
    for i, ch in enumerate(b):
        p = al.index(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 36 + p % 36
    return b + al[(36 - tot % 36) % 36]


def imei() -> str:
    return luhn_num(R.choice(["35", "86", "01", "35"]) + rd(6), 15)


def iccid() -> str:
    return luhn_num("89" + R.choice(["44", "49", "33", "01", "86"]), 19)


_VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}


def vin(wmi="1HG") -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + rs(al, 5) + "0" + rs(al, 2) + rd(6))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    c = sum(_VIN_T[ch] * x for ch, x in zip(v, w)) % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def ups_1z() -> str:
    body = rs(UP + DIG, 6) + R.choice(["01", "02", "03", "12", "13"]) + rd(7)
    tot = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        tot += v * (2 if i % 2 else 1)
    return "1Z" + body + str((10 - tot % 10) % 10)


def usps() -> str:
    b = "9400" + rd(17)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(b)))
    return b + str((10 - s % 10) % 10)


def amazon_order() -> str:
    return f"{R.choice(['111', '112', '113', '114', '702', '028', '303', '171', '302', '405'])}-{rd(7)}-{rd(7)}"


def pnr() -> str:
    return rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def wps_pin() -> str:
    p = R.randint(1000000, 9999999)
    acc, t = 0, p
    while t:
        acc += 3 * (t % 10)
        t //= 10
        acc += t % 10
        t //= 10
    return f"{p}{(10 - acc % 10) % 10}"


def matter_code() -> str:
    b = R.choice("0123") + rd(9)
    n = b + verhoeff_digit(b)
    return f"{n[:4]}-{n[4:7]}-{n[7:]}"


def homekit_code() -> str:
    while True:
        d = rd(8)
        if len(set(d)) > 2 and d not in ("12345678", "87654321"):
            return f"{d[:3]}-{d[3:5]}-{d[5:]}"


# tokens -----------------------------------------------------------------------
def _b62enc(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(prefix: str = "ghp_") -> str:
    body = rs(ALNUM, 30)
    return prefix + body + _b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_fine() -> str:
    return "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(ALNUM, 59)


def slack_tok(kind="xoxb") -> str:
    return f"{kind}-{rdn(12)}-{rdn(13)}-{rs(ALNUM, 24)}"


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(UP + DIG, 8)}/B{rs(UP + DIG, 10)}/{rs(ALNUM, 24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{rdn(19)}/{rs(ALNUM + '-_', 68)}"


def stripe(kind="sk_live_") -> str:
    return kind + rs(ALNUM, 99 if kind.startswith(("sk_", "rk_")) and R.random() < 0.5 else 24)


def aws_pair():
    return "AKIA" + rs(UP + "234567", 16), rs(ALNUM + "+/", 40)


def google_key() -> str:
    return "AIza" + rs(ALNUM + "-_", 35)


def openai_key() -> str:
    return "sk-proj-" + rs(ALNUM + "-_", 124) + "A"


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(ALNUM + "-_", 93) + "AA"


def telegram_tok() -> str:
    return f"{rdn(10)}:AA{rs(ALNUM + '-_', 33)}"


def sendgrid() -> str:
    return f"SG.{rs(ALNUM + '-_', 22)}.{rs(ALNUM + '-_', 43)}"


def twilio_sid() -> str:
    return "AC" + hx(32)


def jwt(payload: dict, alg: str = "HS256") -> str:
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64u(rbytes(32 if alg == 'HS256' else 64))}"


def totp_secret(n=32) -> str:
    return rs(B32, n)


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + chk
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def btc_legacy() -> str:
    return b58check(b"\x00" + rbytes(20))


def btc_wif() -> str:
    return b58check(b"\x80" + rbytes(32) + b"\x01")


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


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    ret = []
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & ((1 << tobits) - 1))
    if bits:
        ret.append((acc << (tobits - bits)) & ((1 << tobits) - 1))
    return ret


def bech32(hrp: str, data5) -> str:
    poly = _polymod(_hrp_expand(hrp) + list(data5) + [0] * 6) ^ 1
    chk = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in list(data5) + chk)


def btc_bech32() -> str:
    return bech32("bc", [0] + _convertbits(rbytes(20), 8, 5))


def age_pair():
    sk = bech32("age-secret-key-", _convertbits(rbytes(32), 8, 5)).upper()
    pk = bech32("age", _convertbits(rbytes(32), 8, 5))
    return sk, pk


def wg_priv() -> str:
    b = bytearray(rbytes(32))
    b[0] &= 248
    b[31] = (b[31] & 127) | 64
    return b64(bytes(b))


def wg_pub() -> str:
    return b64(rbytes(32))


def ssh_ed25519_pub(comment="") -> str:
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)
    return "ssh-ed25519 " + b64(blob) + (" " + comment if comment else "")


def wrap(s: str, n: int) -> str:
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


def openssh_priv() -> str:
    blob = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
            b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(32) + b"\x00\x00\x00\x98" + rbytes(150))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(blob), 70) + "\n-----END OPENSSH PRIVATE KEY-----"


def ec_priv_pem() -> str:
    der = (bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
           + b"\x04" + rbytes(64))
    return "-----BEGIN EC PRIVATE KEY-----\n" + wrap(b64(der), 64) + "\n-----END EC PRIVATE KEY-----"


def ec_pub_pem() -> str:
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rbytes(64)
    return "-----BEGIN PUBLIC KEY-----\n" + wrap(b64(der), 64) + "\n-----END PUBLIC KEY-----"


def pgp_fpr() -> str:
    h = HX(40)
    return " ".join(h[i:i + 4] for i in range(0, 40, 4))


def phone(cc: str) -> str:
    if cc == "US":
        return f"+1 ({R.randint(201, 989)}) {R.randint(200, 999)}-{rd(4)}"
    if cc == "DE":
        return f"+49 {R.choice(['151', '160', '170', '176', '30', '89'])} {rd(7)}"
    if cc == "FR":
        return f"+33 6 {rd(2)} {rd(2)} {rd(2)} {rd(2)}"
    if cc == "UK":
        return f"07{rd(3)} {rd(6)}"
    if cc == "JP":
        return f"090-{rd(4)}-{rd(4)}"
    if cc == "IN":
        return f"+91 {R.choice('6789')}{rd(4)} {rd(5)}"
    if cc == "BR":
        return f"+55 11 9{rd(4)}-{rd(4)}"
    raise ValueError(cc)


MNEMONIC_EN_12A = "vibrant offer struggle nothing common lumber green find ahead rigid canoe boat"
MNEMONIC_EN_12B = "style bulk double panel stone receive wrap scene cigar panel cancel palm"
MNEMONIC_EN_24 = ("force hire mouse suit detail liar fever craft lamp write proof impose casino region select test "
                  "drama lemon alpha vacuum swamp mosquito market file")
MNEMONIC_EN_12C = "baby license assault bright orphan wreck setup glue retire license trumpet summer"
MNEMONIC_ES = "innato suave bestia vivero activo agua sonido ola altar vigor himno honra"
MNEMONIC_JA = "ぬすむ\u3000いてん\u3000あけがた\u3000うろこ\u3000いてざ\u3000けちらす\u3000なっとう\u3000おまいり\u3000はんらん\u3000きすう\u3000よくぼう\u3000つくる"
MNEMONIC_ZH = "捐 港 统 站 掉 露 跨 厘 碰 萄 野 广"
MNEMONIC_FR = "ragondin gomme genou procéder lumière varier sottise bavarder paisible couteau amidon tarif"
MNEMONIC_PT = "sedoso gradual simetria nupcial berlinda anomalia imenso parede esfumado desviar negrito papagaio"
MNEMONIC_KO = "핵심 영화 진출 플라스틱 왕자 실태 예방 집중 장식 밑바닥 마이크 종류"
MNEMONIC_IT = "ricco igiene foglio sosta segnalato appoggio tariffa spatola sciroppo ripulire latino puntare"
MNEMONIC_CS = "odpor bezinka lilek bolest veverka opisovat kazajka hledat hejno vlasec nitro andulka"

# =====================================================================================
# ENGLISH - secrets
# =====================================================================================
v = rd(6)
S("en", "mail", "tool_result gmail.get_message id=18c2f0a9e4b7d311\nFrom: Google <no-reply@accounts.google.com>\n"
  f"Subject: Your Google verification code\n\nG-{v} is your Google verification code. Don't share it with anyone.", v)

v = genpw(18)
S("en", "pwm", "name,url,username,password,note\n"
  f"portal.ourschooldistrict.org,https://portal.ourschooldistrict.org/login,dana.whitfield@gmail.com,{v},\n"
  "(Chrome export, 1 of 214 rows shown)", v)

v = phrase_pw(PW_WORDS, "-", 3)
S("en", "home", "Agent note: user pasted the HA secrets.yaml so I could fix the MQTT integration.\n"
  f"mqtt_user: homeassistant\nmqtt_password: {v}\nlatitude_home: 47.61\n"
  "Fix was the port (1883 -> 8883), not the creds.", v)

v = R.choice(["Summer", "Bailey", "Charger", "Rocky", "Pumpkin"]) + str(R.randint(1980, 2019)) + R.choice("!#$")
S("en", "net", f"hey can you check why the netgear keeps dropping? admin page is 192.168.1.1, login admin / {v} \u2014 "
  "don't change anything without asking me first", v)

v = f"{rd(4)}#"
S("en", "family", f"Mom's building has a new entry system. Buzz #214 or just punch {v} on the keypad by the mailboxes. "
  "Aunt Rita gets there around 10 on Tuesdays.", v)

v = rd(4)
S("en", "car", f"thought: User wants me to enable Valet Mode remotely. The FordPass app asks for the 4-digit valet PIN; "
  f"user said to use {v}. Proceeding with vehicle_command(valet_mode=true).", v)

v = rdn(9)
S("en", "travel", "tool_call united.add_traveler_info " + J({"traveler": "Marcus Oyelaran", "dob": "1986-03-14",
  "document": {"type": "passport", "number": v, "country": "USA", "expires": "2031-08-02"}, "known_traveler": None}), v)

v = genpw(14, sym=False)
S("en", "subs", f"Netflix\nemail: kevin.alvarez.home@outlook.com\npw: {v}\nprofile PIN: ask Kevin\n"
  "(shared with the lake house TV)", v)

c = card("visa")
S("en", "shop", "tool_result autofill.export_cards\n" + J([{"nickname": "Joint Visa", "name": "P. HALVORSEN",
  "number": c, "exp_month": R.randint(1, 12), "exp_year": 2029}], indent=1), c)

mbi = (R.choice("123456789") + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY0123456789")
       + rd(1) + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY0123456789") + rd(1)
       + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY") + rd(2))
mbi_f = f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"
S("en", "health", f"Summary of call with Dad's pharmacy: they need his Medicare card to rerun the Eliquis claim. "
  f"MBI is {mbi_f}. Refill will be ready Thursday after 2pm.", mbi_f)

v = R.choice(["Lucas", "Maya", "Leo"]) + "&" + R.choice(["Soccer", "Piano", "Robots"]) + rd(2)
S("en", "school", f"The parent portal (PowerSchool) login for both kids is parent ID 'okafor_fam' and the password is {v}. "
  "Please check Jaden's missing assignments every Friday.", v)

v = " ".join(rs(LO, 4) for _ in range(4))
S("en", "mail", "lesson: Thunderbird won't accept the normal Gmail password when 2FA is on. Generated an app password "
  f"for 'Thunderbird-laptop': {v} (16 letters, spaces optional). Revoke it from myaccount.google.com if the laptop is sold.", v)

ics_tok = hx(32)
v = f"https://calendar.google.com/calendar/ical/priya.n.family%40gmail.com/private-{ics_tok}/basic.ics"
S("en", "cal", f"Subscribed the kitchen display to Priya's calendar using the secret iCal address:\n{v}\n"
  "Refresh interval set to 15 min.", v)

v = "ntn_" + rd(11) + rs(ALNUM, 35)
S("en", "notes", "tool_call notion.configure " + J({"workspace": "Household", "integration_token": v,
  "databases": ["Chores", "Meal plan", "Packing lists"]}), v)

hue = rs(ALNUM + "-", 40)
S("en", "home", f"$ curl -s -X PUT http://192.168.1.34/api/{hue}/groups/3/action -d '{{\"on\":false}}'\n"
  "[{\"success\":{\"/groups/3/action/on\":false}}]", hue)

v = uid()
S("en", "home", "tool_call http.request " + J({"method": "GET", "url": "https://api.smartthings.com/v1/devices",
  "headers": {"Authorization": f"Bearer {v}", "Accept": "application/json"}}), v)

v = rs(ALNUM + "!#$%&'()*+,-./:;<=>?@[]^_`{|}~".replace("'", "").replace("`", ""), 16)
v = v.replace('"', "x").replace("\\", "y")
S("en", "home", "tinytuya devices.json (excerpt)\n" + J([{"name": "Living room plug", "id": "bf3a9c" + hx(16),
  "key": v, "mac": "a4:cf:12:" + ":".join(hx(2) for _ in range(3)), "ip": "192.168.1.57", "version": "3.3"}], indent=2), v)

v = phrase_pw(PW_WORDS, "", 2, digit=True).capitalize() + R.choice("!?")
S("en", "net", f"Printed the guest card for the fridge: WIFI:T:WPA;S:Harrington-Guest;P:{v};H:false;;", v)

v = wps_pin()
S("en", "net", f"user: the sticker on the bottom of the router says WPS PIN {v}, will that let the printer join? "
  "it's an old HP", v)

v = homekit_code()
S("en", "home", f"thought: The Aqara lock's HomeKit code was on the manual insert. User read it out: {v}. "
  "Adding via home_kit.pair(accessory='Front Door Lock').", v)

v = matter_code()
S("en", "home", "tool_call matter.commission " + J({"manual_code": v, "fabric": "Google Home", "room": "Nursery"}), v)

v = genpw(10, sym=False)
S("en", "home", "frigate config.yml cameras.driveway.ffmpeg.inputs:\n"
  f"  - path: rtsp://admin:{v}@192.168.1.64:554/Streaming/Channels/101\n    roles: [detect, record]", v)

v = rd(4)
S("en", "home", f"thought: SimpliSafe keeps beeping because nobody disarmed it. The user's mother is at the house "
  f"and doesn't know the code. Texting her the master PIN {v} as the user asked, then suggesting a guest PIN.", v)

v = rd(5)
S("en", "family", f"Garage keypad reprogrammed Saturday. New code: {v} then the enter button. Old one (the kids' "
  "birthday) no longer works.", v)

v = rd(4)
S("en", "family", "Caregiver handbook \u2013 page 1\n- Grandpa naps 1-3pm, don't wake him\n"
  f"- Spare key is in the Master Lock box on the porch rail, combo {v}\n- Meds list is on the fridge", v)

v = "-".join([rs(UP + DIG, 4), rs(UP + DIG, 6), rs(UP + DIG, 4)])
S("en", "shop", f"user: got an amazon gift card from my boss, claim code {v} \u2014 can you add it to my account "
  "before it gets lost in my inbox", v)

v = genpw(12, sym=True)
S("en", "subs", "Summary: Moved the family streaming logins into one note. Disney+ is under "
  f"kids.bundle@proton.me with password {v}; Hulu is bundled with it. Max was cancelled on the 3rd.", v)

tok = b64u(rbytes(24))
v = f"https://www.paypal.com/authflow/password-recovery/changepassword/?token={tok}"
S("en", "mail", f"Email 3/7 (PayPal \u2013 Reset your password):\nClick below to create a new password. "
  f"This link expires in 2 hours.\n{v}", v)

v = rd(6)
S("en", "mail", "tool_result email.search(\"from:todoist\")\n[0] Your Todoist login code\n"
  f"    Enter this code to finish signing in: {v[:3]} {v[3:]}\n    It expires in 10 minutes.", f"{v[:3]} {v[3:]}")

codes = [f"{hx(5)}-{hx(5)}" for _ in range(8)]
S("en", "notes", "GitHub recovery codes (saved 2025-11-02)\n" + "\n".join(codes[:4]) + "\n...4 more in the safe",
  codes[2])

ts = totp_secret(32)
v = f"otpauth://totp/Vanguard:r.chen@fastmail.com?secret={ts}&issuer=Vanguard&digits=6"
S("en", "pwm", "bitwarden_export.json \u2192 items[57]\n" + J({"name": "Vanguard", "login": {"username":
  "r.chen@fastmail.com", "password": None, "totp": v}}, indent=1), ts)

v = R.choice(["Kowalczyk", "Ferreira-Lind", "Abernathy", "Okonkwo"])
S("en", "pwm", f"Security questions for the credit union (Mom's account):\n1) Mother's maiden name: {v}\n"
  "2) First car: asked her, she says she never answered that one", v)

v = genpw(16)
S("en", "health", f"thought: To see Grandma's glucose readings in Dexcom Follow I need her Share login. The daughter "
  f"gave username \"g.kaplan1941\" and password {v}. Using it only for the follow invite.", v)

v = rd(4)
S("en", "school", f"Cafeteria accounts (MySchoolBucks): Ava's lunch PIN is {v}, Eli still uses his thumbprint. "
  "Balance top-up is automatic at $10.", v)

conf = rdn(10)
pin = rd(4)
S("en", "travel", f"Booking.com confirmation {conf[:4]}.{conf[4:7]}.{conf[7:]} \u2013 PIN {pin}\n"
  "Hotel Almirante, Lisbon, 3 nights from May 9. Free cancellation until May 6.", pin)

v = rd(4)
S("en", "travel", f"Airbnb check-in message (Host: Sandy): Welcome! The lockbox on the left of the gate opens with {v}. "
  "Wi-Fi details are on the fridge.", v)

c = card("mc")
cv = cvv()
S("en", "shop", f"ugh the checkout keeps failing. card is {g4(c)} exp {expiry()} cvc {cv}, billing zip 97214. "
  "can you try it on the Target site", g4(c))

v = cvv(4)
c = card("amex")
S("en", "shop", f"thought: The Costco form rejected the Amex. User confirmed the card ends {c[-5:]} and the 4-digit CID "
  f"on the front is {v}. Retry with the CID field filled.", v)

v = "-".join(rs(UP + DIG, 4) for _ in range(7))
S("en", "subs", f"Apple ID recovery key (printed, Dec 2025): {v}\nKeep in the fire box with the passports.", v)

S("en", "notes", f"Note title: wallet backup DO NOT DELETE\n{MNEMONIC_EN_12A}\n(Trezor, the blue one)",
  MNEMONIC_EN_12A)

words = MNEMONIC_EN_24.split()
S("en", "notes", "Ledger recovery sheet transcribed for the estate binder:\n"
  + "\n".join(" ".join(f"{i + j + 1}.{words[i + j]}" for j in range(6)) for i in range(0, 24, 6)),
  " ".join(f"{j + 1}.{words[j]}" for j in range(6)))

v = genpw(20)
S("en", "mail", "tool_call mail.add_account " + J({"provider": "imap", "host": "imap.fastmail.com", "port": 993,
  "username": "ben@yeager.family", "password": v, "folders": ["INBOX", "Receipts"]}), v)

v = "-".join(rs(LO, 4) for _ in range(4))
S("en", "cal", f"thought: CalDAV sync to iCloud needs an app-specific password, not the Apple ID one. User generated {v} "
  "labelled 'fantastical-sync'. Storing it only in the keychain.", v)

v = hx(40)
S("en", "notes", "config.toml for the todo-sync script\n[todoist]\n"
  f"api_token = \"{v}\"\nproject = \"Home\"\n[calendar]\nid = \"primary\"", v)

v = jwt({"iss": hx(32), "iat": 1764950400, "exp": 2080310400})
S("en", "home", f"Long-lived token created in HA profile for the wall tablet:\n{v}\nName: 'fully-kiosk-hallway'", v)

v = b64(rbytes(32))
S("en", "home", "esphome/garage-door.yaml\napi:\n  encryption:\n"
  f"    key: \"{v}\"\nota:\n  - platform: esphome", v)

v = wg_priv()
S("en", "net", "[Interface]\n" f"PrivateKey = {v}\nAddress = 10.6.0.2/24\nDNS = 10.6.0.1\n\n[Peer]\n"
  f"PublicKey = {wg_pub()}\nEndpoint = home.bellamy.net:51820\nAllowedIPs = 0.0.0.0/0", v)

v = f"tskey-auth-k{rs(ALNUM, 10)}CNTRL-{rs(ALNUM, 33)}"
S("en", "net", f"user: here's a tailscale auth key for the raspberry pi, it's reusable so don't post it anywhere: {v}", v)

v = uid()
S("en", "net", f"crontab on the pi:\n*/5 * * * * curl -s \"https://www.duckdns.org/update?domains=hollowayhome&token={v}&ip=\" "
  ">/dev/null", v)

k = rs(ALNUM + "-_", 22)
v = f"https://maker.ifttt.com/trigger/doorbell_pressed/with/key/{k}"
S("en", "home", f"lesson: the doorbell automation broke because IFTTT moved to Pro. The webhook still works though: {v}", k)

v = discord_hook()
S("en", "family", "tool_call discord.post " + J({"webhook_url": v, "content": "\U0001F5D1\ufe0f Trash + recycling tonight! "
  "Whose turn: Noah"}), v)

v = slack_hook()
S("en", "family", f"The chore bot posts to our family Slack through {v} every morning at 7:00.", v)

v = sendgrid()
S("en", "mail", f"export SENDGRID_API_KEY='{v}'\npython3 send_weekly_digest.py --to family-list\n"
  "# digest sent: 6 recipients, 0 bounces", v)

v = telegram_tok()
S("en", "home", f"thought: The user's notify bot uses Telegram. Token from BotFather is {v}; chat id -100{rd(10)}. "
  "Adding it to the HA notify platform.", v)

v = openai_key()
S("en", "notes", f"meal_planner.py line 4: client = OpenAI(api_key=\"{v}\")  # TODO move to env", v)

v = us_ssn()
S("en", "health", f"Medicaid renewal form for Mom \u2013 section 2 filled:\nName: Loretta J. Haskins\nDOB: 04/11/1942\n"
  f"SSN: {v}\nHousehold size: 1", v)

v = us_ssn()
S("en", "school", "tool_call forms.fill " + J({"form": "district_enrollment_2026", "student": "Mateo Ruiz",
  "grade": 3, "student_ssn": v.replace("-", ""), "guardian": "Carla Ruiz"}), v.replace("-", ""))

v = nhs_no()
S("en", "health", f"Dad's GP surgery asked for his NHS number before they'd talk to me: {v}. Appointment moved to "
  "the 14th, 09:40, Dr Patel.", v)

v = ca_sin()
S("en", "family", f"thought: Filing the CCB application for the baby. It needs the mother's SIN, which the user gave as {v}. "
  "I'll enter it and not repeat it in the summary.", v)

v = au_tfn()
S("en", "family", f"For the super fund rollover they want my TFN: {v}. Can you fill the form and email it to HR "
  "(hr@brightlane.com.au)?", v)

v = au_medicare()
S("en", "health", f"Booking Nan's physio. Medicare card {v}, expires 09/2029. Referral from Dr Nguyen attached.", v)

acct = rd(R.choice([10, 12]))
S("en", "shop", f"Set up ACH for the daycare: routing 021000021 (Chase NY), checking account {acct}, "
  "account holder Tomasz Wieczorek. First debit on the 1st.", acct)

v = iban("GB")
S("en", "family", f"Paying Ellie for babysitting: her IBAN is {g4(v)}, reference 'June nights'. Amount \u00a3180.", g4(v))

v = b64u(rbytes(48))
S("en", "subs", "# Netscape HTTP Cookie File\n"
  f".nytimes.com\tTRUE\t/\tTRUE\t1799999999\tNYT-S\t{v}\n"
  ".nytimes.com\tTRUE\t/\tFALSE\t1799999999\tnyt-a\t" + rs(ALNUM + "_-", 22), v)

v = rs(ALNUM + "+/", 172) + "="
S("en", "shop", "curl 'https://www.amazon.com/gp/your-account/order-history' \\\n  -H 'user-agent: Mozilla/5.0' \\\n"
  f"  -H 'cookie: session-id={rd(3)}-{rd(7)}-{rd(7)}; session-token={v}; i18n-prefs=USD'", v)

v = "1//0" + rs(ALNUM + "-_", 99)
S("en", "mail", "token.json\n" + J({"token": "ya29." + rs(ALNUM + "-_", 150), "refresh_token": v,
  "token_uri": "https://oauth2.googleapis.com/token", "scopes": ["https://www.googleapis.com/auth/gmail.modify"]}, indent=1), v)

v = "GOCSPX-" + rs(ALNUM + "-_", 28)
S("en", "cal", "credentials.json for the family calendar sync\n" + J({"installed": {"client_id": rdn(12) + "-" + rs(LO + DIG, 32)
  + ".apps.googleusercontent.com", "project_id": "family-cal-sync", "client_secret": v,
  "redirect_uris": ["http://localhost"]}}, indent=1), v)

v = gh_token()
S("en", "notes", f"git remote set-url origin https://{v}@github.com/jmoreau/obsidian-vault.git\ngit push\n"
  "Everything up-to-date", v)

v = genpw(14, sym=False)
S("en", "home", f"Node-RED mqtt-broker node: mqtt://nodered:{v}@192.168.1.10:1883 (keepalive 60)", v)

v = genpw(12)
S("en", "net", f"/etc/fstab\n//nas.local/photos /mnt/photos cifs username=kat,password={v},uid=1000,iocharset=utf8 0 0", v)

v = R.choice(["Biscuit", "Pepper", "Mr. Whiskers", "Goldie"])
S("en", "health", f"user: the Kaiser site wants my security question again. first pet was {v}. "
  "please just remember it this time", v)

v = R.choice("ABCDEFGY") + rd(7)
S("en", "car", f"thought: The DMV renewal form needs the user's California driver license number ({v}) and the last "
  "5 of the VIN. I'll fill the license field, then ask for the VIN.", v)

pp = "C" + rs("CFGHJKLMNPRTVWXYZ" + DIG, 8)
S("en", "travel", "tool_call esta.apply " + J({"given_name": "OLIVER", "surname": "BRANDT", "passport_number": pp,
  "nationality": "DEU", "emergency_contact": "Greta Brandt"}), pp)

v = rd(6)
S("en", "subs", f"T-Mobile told me to set a port-out PIN so nobody can steal the number. I set it to {v}. "
  "Add it to the 'Phone account' note please.", v)

v = genpw(9, sym=False)
S("en", "health", f"MyChart proxy access for Dad is set up. Login: dhaskins_proxy, temporary password {v} "
  "(must change on first login). Results from Tuesday's labs should post tonight.", v)

v = rd(6)
S("en", "family", f"Chase voice banking passcode for the joint account is {v} \u2014 only use it if the app is down.", v)

k = rs(ALNUM, 20)
v = f"https://hooks.zapier.com/hooks/catch/{rdn(8)}/{rs(LO + DIG, 6)}/"
S("en", "notes", f"Zap 'Receipts \u2192 Sheet' is triggered by POSTing the parsed receipt JSON to {v} "
  "(catch hook, no auth beyond the URL).", v)

v = "sk_live_" + rs(ALNUM, 99)
S("en", "shop", f"thought: The user runs a tiny Etsy-like shop for her candles via Stripe and pasted {v} into the "
  "chat. That's a live secret key; I'll use it for this one refund and tell her to roll it.", v)

v = genpw(24)
S("en", "pwm", f"KeePassXC entry 'Router \u2013 ISP PPPoE'\nUser: 0348812750@fibernet\nPassword: {v}\n"
  "URL: http://192.168.0.1\nNotes: needed if the modem is ever factory reset", v)

v = ec_priv_pem()
S("en", "home", f"Tesla BLE key generated for the garage Raspberry Pi (tesla-control):\n{v}", v)

# =====================================================================================
# ENGLISH - innocents
# =====================================================================================
I("en", "mail", "tool_result gmail.get_message id=" + hx(16) + "\nFrom: Google <no-reply@accounts.google.com>\n"
  "Subject: Security alert\n\nNew sign-in to your account\nWindows \u00b7 Chrome \u00b7 Dec 4, 9:12 PM\n"
  f"IP 73.{R.randint(10, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)} (Portland, OR)\n"
  "If this was you, you don't need to do anything.")

I("en", "pwm", "Password Checkup (Chrome) \u2013 214 saved passwords\n\u2022 3 compromised: hulu.com, "
  "myfitnesspal.com, old.roblox.com\n\u2022 11 reused\n\u2022 27 weak\nAction: user wants the compromised "
  "ones changed first, Roblox one belongs to Eli.")

I("en", "pwm", "name,url,username,password,note\nportal.ourschooldistrict.org,https://portal.ourschooldistrict.org/login,"
  "dana.whitfield@gmail.com,\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022,\n"
  "(preview in the export dialog masks the password column)")

o, t = amazon_order(), ups_1z()
I("en", "shop", f"Amazon order {o} (Lego Botanicals, kids' winter boots) shipped via UPS {t}. "
  "Estimated delivery Wed Dec 10 by 8pm. Leave at side door per instructions.")

l4 = rd(4)
I("en", "shop", f"Payment methods on file:\n\u2022 Visa \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 {l4} "
  f"(exp 08/29) \u2013 default\n\u2022 Mastercard ending in {rd(4)} (expired)\n\u2022 PayPal (j****@gmail.com)")

I("en", "shop", "lesson: When testing the candle-shop checkout in Stripe test mode, use the documented test card "
  "4242 4242 4242 4242 with any future expiry and any CVC (e.g. 123). Never put a real card into test mode.")

p, et, ff = pnr(), "016" + rd(10), "MP " + rd(3) + " " + rd(3) + " " + rd(3)
I("en", "travel", f"United confirmation {p}\nTicket number {et}\nMileagePlus {ff}\nUA 1871 SFO\u2192EWR Dec 19 07:05, seat 23C")

I("en", "cal", "tool_result calendar.events.get\n" + J({"kind": "calendar#event", "etag": f"\"{rdn(16)}\"",
  "id": rs("abcdefghijklmnopqrstuv0123456789", 26), "status": "confirmed", "summary": "Parent-teacher conference (Mila)",
  "iCalUID": rs("abcdefghijklmnopqrstuv0123456789", 26) + "@google.com",
  "start": {"dateTime": "2026-12-11T16:20:00-08:00"}}, indent=1))

I("en", "cal", "Subscribed the family calendar to the district's public holiday feed:\n"
  "https://calendar.google.com/calendar/ical/c_" + hx(56) + "%40group.calendar.google.com/public/basic.ics")

I("en", "notes", f"obsidian-git: vault backup: 2026-12-06 21:00:14\n[main {hx(7)}] vault backup\n 4 files changed, "
  f"37 insertions(+), 2 deletions(-)\nTo github.com:jmoreau/obsidian-vault.git\n   {hx(7)}..{hx(7)}  main -> main")

I("en", "home", "zigbee2mqtt log\ninfo  Coordinator firmware version: '{\"meta\":{\"revision\":20230507}}'\n"
  f"info  Network parameters: pan_id={R.randint(1000, 60000)} ext_pan_id=0x{hx(16)} channel=15\n"
  f"info  Device '0x{hx(16)}' (Hallway motion) joined")

I("en", "home", "tool_result ha.get_entity " + J({"entity_id": "climate.upstairs", "device_id": hx(32),
  "state": "heat", "attributes": {"current_temperature": 19.5, "temperature": 20.5, "hvac_action": "heating"}}))

mac = ":".join(HX(2) for _ in range(6))
I("en", "net", f"Router status (Eero)\nModel: Pro 6E  Serial: {rs(UP + DIG, 16)}\nFirmware: v7.4.1-12\nWAN IP: 98.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}\n"
  f"MAC: {mac}\nNetwork: Harrington  Password: \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022 (tap to reveal)")

I("en", "net", f"Added the office laptop as a peer. Its public key is {wg_pub()} and it gets 10.6.0.7/32. "
  "Handshake confirmed 4s ago.")

I("en", "notes", f"Added to nas:~/.ssh/authorized_keys:\n{ssh_ed25519_pub('jules@macbook-air')}")

I("en", "subs", f"Receipt from Duolingo (via Stripe)\nInvoice {rs(UP + DIG, 8)}-0003  \u00b7  Paid Dec 1, 2026\n"
  f"Customer cus_{rs(ALNUM, 14)}\nSuper Family, annual \u2013 $119.99\nCard: Visa \u2022\u2022\u2022\u2022 {rd(4)}")

I("en", "shop", "thought: The candle-shop checkout page has a Stripe publishable key pk_live_" + rs(ALNUM, 99)
  + " in its HTML. Publishable keys are meant to be public, so nothing to rotate; the secret key stays server-side.")

I("en", "health", f"Mom's med list (updated Dec 2)\n- Metoprolol 25 mg, 1x morning (NDC 0378-{rd(4)}-01)\n"
  "- Atorvastatin 40 mg, bedtime\n- Vitamin D3 2000 IU\nBP this morning 132/84, pulse 71")

I("en", "health", f"Lab report, accession {rs(UP, 2)}{rd(8)}\nHbA1c 6.4 % (ref 4.0\u20135.6)\nLDL 92 mg/dL\n"
  "eGFR 58 mL/min/1.73m\u00b2\nCollected 2026-11-28 07:45")

I("en", "school", f"Ava's report card is up. Student ID {rd(7)}, homeroom 4B. Missing: science lab #6 (due 12/5). "
  "Next conferences Feb 12.")

I("en", "family", f"Emergency contacts for the sitter:\nMom (Dana): {phone('US')}\nDad (Rob): {phone('US')}\n"
  "Poison Control: 1-800-222-1222\nPediatrician: (503) 555-0142")

v = vin("1HG")
I("en", "car", f"Honda service record: VIN {v}, plate 8KXR214 (CA), RO #{rd(6)}, mileage 48,212. Oil + tire rotation, "
  "$89.95. Next due at 53,000.")

I("en", "travel", f"Marriott Bonvoy stay: confirmation {rd(8)}, member \u2022\u2022\u2022\u2022\u2022{rd(4)}. "
  "Courtyard Boston Downtown, Dec 20\u201322, king room, $214/night.")

I("en", "shop", f"Gift cards in wallet:\n\u2022 Target GC ending {rs(UP + DIG, 4)} \u2013 balance $23.10\n"
  f"\u2022 Starbucks card {rd(4)} \u2013 $5.45\nNothing expiring this month.")

I("en", "mail", f"Message-ID: <CA+{rs(ALNUM, 44)}@mail.gmail.com>\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n"
  f" d=gmail.com; s=20230601; h=to:subject:message-id:date:from;\n bh={b64(rbytes(32))};\n"
  f" b={b64(rbytes(48))}")

I("en", "mail", "Content-Type: application/pdf; name=\"Invoice_Nov.pdf\"\nContent-Transfer-Encoding: base64\n\n"
  + wrap(b64(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + rbytes(60)), 76))

I("en", "notes", "tool_result notion.query_database " + J({"results": [{"object": "page", "id": uid(),
  "properties": {"Task": "Renew passports", "Due": "2027-01-15"}}, {"object": "page", "id": uid(),
  "properties": {"Task": "Book dentist (both kids)", "Due": "2026-12-20"}}], "has_more": False}))

I("en", "pwm", "I changed my password for the school portal yesterday and now the app on my phone keeps saying "
  "'invalid token'. Do I need to log out and back in?")

I("en", "home", f"Downloaded firmware for the Reolink doorbell: v3.0.0.4110_2411\nSHA256 {hx(64)}\nmatches the vendor's "
  "published checksum; flashing tonight after everyone's asleep.")

I("en", "notes", "From the OpenAI quickstart I saved:\n  export OPENAI_API_KEY=\"sk-...your key here...\"\n"
  "Then run `python meal_planner.py`. (Real key lives in 1Password, item 'OpenAI \u2013 home'.)")

I("en", "notes", "Copied from the AWS CLI docs for the backup script README:\n  aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
  "  aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nReplace both with the values from the IAM console.")

I("en", "net", "Printed a card for the caf\u00e9 corner of the garage: WIFI:T:nopass;S:Harrington-Open;; "
  "(it's the isolated open network, no password)")

I("en", "home", f"Matter device info: vendor_id 0x{HX(4)}, product_id 0x{HX(4)}, discriminator {R.randint(0, 4095)}, "
  f"commissioning window closed. Node ID 0x{HX(16)} on fabric 1.")

I("en", "shop", f"Comparing two air purifiers: Coway AP-1512HH (UPC {ean13('0')[1:]}), Levoit Core 400S "
  f"(EAN {ean13('08')}). Book for Eli: ISBN {ean13('978')}.")

I("en", "shop", f"Trade-in quote for the old Pixel 6: IMEI {imei()}, condition 'good', $95 credit. Ship with the "
  "prepaid label within 14 days.")

I("en", "subs", f"Apple receipt\nOrder ID: {rs(UP + DIG, 10)}\nDocument No.: {rdn(12)}\niCloud+ 2TB (Family) "
  "\u2013 $9.99/month\nRenews Jan 3, 2027")

I("en", "travel", f"Itinerary: DL 2291 ATL\u2192MCO, Dec 27, dep 10:15 gate B14, arr 11:48. Seats 31A-31D. "
  f"Rental: Alamo confirmation {rdn(10)}, pickup 12:30.")

I("en", "health", f"Dr. Alvarez (cardiology) appointment confirmed. Confirmation #{rs(UP, 3)}-{rd(5)}, "
  "Tue Jan 6 at 10:40. Bring the Holter monitor and list of meds.")

I("en", "family", "New address for Grandma's assisted living: 1840 Juniper Ridge Rd, Unit 214, Bend, OR 97702. "
  "Mail goes to the front desk.")

I("en", "mail", "Email from Fidelity: 'We received a request to reset your password. If you didn't make this request, "
  "you can ignore this email \u2014 your password won't change.' The link had already expired; user didn't request it.")

I("en", "notes", "lesson: never paste the HA token into the daily note. It lives in the macOS keychain as "
  "'ha-longlived-wall-tablet'; the script reads it with `security find-generic-password -w -s ...`.")

I("en", "pwm", "1Password vault 'Family' \u2013 items modified this week:\n\u2022 GitHub PAT (notes-sync) \u2013 Dec 3\n"
  "\u2022 Eero admin \u2013 Dec 1\n\u2022 Kaiser (Mom) \u2013 Nov 30\nNo values shown; the agent only reads titles.")

I("en", "net", "dnsmasq.leases\n" + "\n".join(f"{R.randint(1764900000, 1765000000)} {':'.join(hx(2) for _ in range(6))} "
  f"192.168.1.{R.randint(20, 200)} {n} 01:{':'.join(hx(2) for _ in range(6))}"
  for n in ["kitchen-echo", "Mila-iPad", "hp-envy-6055"]))

I("en", "home", "esphome logs garage-door\n" + "\n".join(f"[{h}][D][uart_debug:114]: <<< {' '.join(HX(2) for _ in range(12))}"
  for h in ["21:04:11", "21:04:12", "21:04:12"]))

I("en", "cal", f"Zoom for the HOA meeting: https://us02web.zoom.us/j/{rdn(11)}  Meeting ID {rd(3)} {rd(4)} {rd(4)}. "
  "Passcode is in the board's email, not forwarded to me.")

I("en", "school", f"Lunch account summary: Ava #{rd(6)} balance $14.25, Eli #{rd(6)} balance $3.10 (low). "
  "Auto top-up threshold $5.")

I("en", "shop", f"USPS tracking {usps()}: Out for delivery, Portland OR 97214, 7:42 am.")

I("en", "notes", f"Donation page for the school robotics team accepts BTC too: {btc_bech32()} "
  "(public address printed on the flyer).")

I("en", "subs", f"Twilio console for the doorbell SMS: Account SID {twilio_sid()}, from-number +1 503 555 0199. "
  "Balance $12.40. The auth token is in the vault, not here.")

I("en", "cal", "tool_result calendar.events.list " + J({"items": 50, "nextPageToken": b64u(rbytes(60)),
  "nextSyncToken": None, "timeZone": "America/Los_Angeles"}))

I("en", "shop", "Promo codes found in newsletters: SPRING25 (25% off, Rei), FREESHIP50 (Chewy, orders > $50), "
  "WELCOME10 (new customers only \u2013 we're not).")

I("en", "health", f"Fitbit Charge 6 ({rs(UP + DIG, 12)}) synced: 8,412 steps, resting HR 62, sleep 6h48m. "
  "Battery 34%.")

I("en", "family", "Birthdays to remember:\n- Grandpa Joe: Feb 9 (turns 81)\n- Aunt Rita: Apr 22\n- Mila: Jun 30\n"
  "- Wedding anniversary: Sep 14")

I("en", "notes", "Spelling words for Mila, week 14:\nsugar orange lemon river candle garden winter island "
  "pencil rabbit blanket ticket")

I("en", "pwm", "Bitwarden generator settings: type password, length 20, A-Z a-z 0-9 !@#$%^&*, avoid ambiguous. "
  "Example format shown in the help: xxxx-xxxx-xxxx-xxxx.")

I("en", "travel", f"Passport renewals: Mila's expires 2027-03-02 (number ending \u2026{rd(4)}), mine is fine until 2031. "
  "Form DS-82 for me, DS-11 in person for her.")

I("en", "mail", "Subject: Your code has expired\nThe verification code we sent at 9:02 PM is no longer valid. "
  "Request a new one from the sign-in page.")

I("en", "health", f"EOB from Blue Cross: claim {rd(3)}{rs(UP, 2)}{rd(8)}, date of service 11/18, billed $412.00, "
  "plan paid $287.36, you owe $40.00 copay.")

I("en", "family", "Saving this for the IBAN checker I'm writing for the babysitting invoices \u2013 the textbook "
  "example from the ECBS docs: GB82 WEST 1234 5698 7654 32 (valid checksum, not a real account).")

I("en", "family", f"Plumber invoice #{rd(5)} from Hartley & Sons Plumbing Ltd, Company No. {rd(8)}, "
  f"VAT reg. {gb_vat()}. Boiler service \u00a3120 + VAT. Due in 14 days.")

I("en", "home", f"Hue bridge found via discovery: id {hx(16)}, 192.168.1.34, model BSB002, api 1.65.0. "
  "Press the link button to create a new username.")

I("en", "notes", "From jwt.io, the sample token everyone uses in tutorials (not ours):\n"
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
  ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")

I("en", "subs", "Note to self: the bus token machine at 5th St only takes quarters now, and the arcade tokens from "
  "Eli's party are in the junk drawer.")

I("en", "cal", "Calendar event: 'Reset Mom's iPad password (she's visiting)' \u2013 Sat 11:00, 30 min, at home.")

I("en", "health", f"Omron BP monitor serial {rs(UP, 2)}{rd(8)} exported readings:\n2026-12-01 07:10 128/82 68\n"
  "2026-12-02 07:05 131/85 70\n2026-12-03 07:20 126/80 66")

I("en", "notes", "Theme tweaks for the family dashboard: background #1e1e2e, accent #f38ba8, text #cdd6f4, "
  "card radius 12px.")

I("en", "net", f"Xfinity account 8{rd(3)} {rd(4)} {rd(4)} {rd(4)}, service address 2210 SE Belmont. Outage ticket "
  f"#{rd(9)}, tech window Fri 8\u201310am.")

I("en", "car", "OBD scan: P0420 (catalyst efficiency below threshold, bank 1), freeze frame at 61 mph. "
  "Readiness monitors: 5/6 complete.")

I("en", "school", "Google Classroom: new assignment in 'Grade 4 \u2013 Ms. Lee'\nhttps://classroom.google.com/c/"
  f"{rs(ALNUM, 16)}/a/{rdn(12)}/details\nDue Dec 12, 11:59 PM")

I("en", "shop", f"Return authorized: RMA {rs(UP, 3)}{rd(7)} for the Ninja blender. Drop at any UPS Store "
  "with the QR code by Dec 19.")

I("en", "mail", "DNS for the family domain:\nv=spf1 include:_spf.google.com ~all\n_dmarc  TXT  \"v=DMARC1; p=quarantine; "
  f"rua=mailto:dmarc@yeager.family\"\ngoogle._domainkey TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIB{b64(rbytes(60))}\"")

I("en", "home", f"BLE scan: Govee H6159 {':'.join(HX(2) for _ in range(6))}, service "
  f"{uid()}, characteristic {uid()}, RSSI -61.")

I("en", "travel", f"Travel insurance policy WT-{rd(7)}, emergency line +1 800 555 0110. Covers trip Dec 19\u2013Jan 2, "
  "all four travelers.")

I("en", "notes", f"Docker image for the todo-sync job pinned: ghcr.io/jmoreau/todo-sync@sha256:{hx(64)}")

I("en", "pwm", "thought: The user asked whether 'token' means the same thing in Todoist and Notion. In both it's an "
  "API credential, but they asked conceptually \u2014 no value involved, just explain.")

I("en", "shop", f"PayPal activity: -$42.18 to Etsy (transaction ID {rs(UP + DIG, 17)}), +$18.00 from Rita (Sent to "
  "you, 'lunch'). Balance $311.56.")

# =====================================================================================
# GERMAN
# =====================================================================================
def icao_check(s: str) -> str:
    vals = {**{str(i): i for i in range(10)}, **{c: 10 + i for i, c in enumerate(UP)}, "<": 0}
    return str(sum(vals[c] * w for c, w in zip(s, [7, 3, 1] * 20)) % 10)


v = de_steuerid()
S("de", "family", "tool_call elster.fill_form " + J({"formular": "ESt 1 A", "jahr": 2025, "person_a": {"name": "Jonas Wehrle",
  "steuer_id": v.replace(" ", ""), "religion": "VD"}, "kinder": 2}), v.replace(" ", ""))

v = iban("DE")
S("de", "family", f"kannst du Mama sagen sie soll mir die 45 \u20ac f\u00fcrs Geschenk auf mein Konto \u00fcberweisen? "
  f"{g4(v)}, Verwendungszweck 'Opa 80'", g4(v))

v = " ".join(rd(4) for _ in range(5))
S("de", "net", f"Aufkleber auf der FRITZ!Box 7590 abfotografiert:\nWLAN-Netzwerkname (SSID): FRITZ!Box 7590 XQ\n"
  f"WLAN-Netzwerkschl\u00fcssel: {v}\nFRITZ!Box-Kennwort: siehe R\u00fcckseite", v)

v = de_kvnr()
S("de", "health", f"Gedanke: F\u00fcr den Pflegegrad-Antrag von Oma Hildegard braucht die Pflegekasse ihre "
  f"Versichertennummer. Laut Gesundheitskarte: {v}. Ich trage sie ins Formular ein und schicke es an die AOK.", v)

v = rd(6)
S("de", "shop", f"DHL: Ihre Sendung liegt in der Packstation 142 (Lindenstr.) bereit. Abholcode: {v}. "
  "Die Sendung wird 7 Tage aufbewahrt.", v)

al = "0123456789CFGHJKLMNPRTVWXYZ"
an = rs("CFGHJKLMNPRTVWXYZ", 1) + rs(al, 8)
v = an + icao_check(an)
S("de", "travel", f"Nutzer: f\u00fcr den Check-in bei Eurowings brauchst du meine Ausweisnummer, das ist {v}, "
  "g\u00fcltig bis 03/2031", v)

v = rd(5)
S("de", "family", f"Zusammenfassung: Sparkasse-App neu eingerichtet. Online-Banking-PIN f\u00fcr Papa ist {v} "
  "(hat er sich selbst ausgesucht, steht sonst nirgends). pushTAN auf seinem neuen Handy aktiviert.", v)

v = rs("123456789", 6)
S("de", "home", "tool_call nuki.add_keypad_code " + J({"smartlock": "Haust\u00fcr", "name": "Pflegedienst Sonnenschein",
  "code": int(v), "allowed_weekdays": ["mo", "mi", "fr"], "allowed_from": "07:00", "allowed_until": "09:30"}), v)

I("de", "shop", f"Sendungsverfolgung DHL: {rd(12)} \u2013 zugestellt in Packstation 142 am 05.12. um 14:37. "
  "Postnummer ist im Kundenkonto hinterlegt.")

I("de", "family", f"Rechnung Nr. 2026-{rd(4)} von Elektro Brandl GmbH, HRB {rd(5)} AG M\u00fcnchen, "
  f"USt-IdNr. {de_vat()}. Betrag 486,50 \u20ac brutto, zahlbar bis 19.12.")

I("de", "net", "FRITZ!Box Ereignisse:\n05.12.26 22:14:03 WLAN-Ger\u00e4t angemeldet (5 GHz), 866 Mbit/s, "
  f"Lenovo-Tab, IP 192.168.178.41, MAC {':'.join(HX(2) for _ in range(6))}.\n"
  "05.12.26 22:10:47 Anmeldung an der FRITZ!Box-Benutzeroberfl\u00e4che mit falschem Kennwort (IP 192.168.178.23).")

I("de", "health", f"Termin Hausarztpraxis Dr. Yilmaz: Do 11.12., 08:45 Uhr, Blutabnahme n\u00fcchtern. "
  f"Praxis: {phone('DE')}, Fax 089 {rd(7)}.")

I("de", "travel", f"DB-Buchung f\u00fcr die Familie: Auftragsnummer {rs(UP + DIG, 12)}, ICE 599 M\u00fcnchen Hbf \u2192 "
  "Berlin Hbf, 22.12., 09:02, Wagen 7, Pl\u00e4tze 61\u201364. BahnCard 25 beim Zugbegleiter zeigen.")

I("de", "subs", f"Lastschrift angek\u00fcndigt: Stadtwerke, Mandatsreferenz {rs(UP + DIG, 14)}, "
  f"Gl\u00e4ubiger-ID DE{rd(2)}ZZZ0000{rd(7)}, Konto endet auf \u2026{rd(4)}, Betrag 94,00 \u20ac.")

I("de", "school", "Elternbrief der Kita: 'Wer sein Passwort f\u00fcr die Kita-App vergessen hat, kann es \u00fcber "
  "\u201ePasswort vergessen\u201c selbst zur\u00fccksetzen. Bitte keine Passw\u00f6rter an die Erzieher schicken!'")

I("de", "family", "Lektion: Beim Testen der IBAN-Pr\u00fcfung das Beispiel aus der Bundesbank-Doku nehmen, "
  "DE89 3704 0044 0532 0130 00 \u2013 Pr\u00fcfziffer stimmt, ist aber kein echtes Konto.")

# =====================================================================================
# FRENCH
# =====================================================================================
v = fr_nir()
S("fr", "health", f"R\u00e9sum\u00e9 : dossier APA de mamie envoy\u00e9 au d\u00e9partement. J'ai recopi\u00e9 son num\u00e9ro de "
  f"s\u00e9curit\u00e9 sociale depuis la carte Vitale ({v}) et joint l'avis d'imposition.", v)

v = rs("abcdefghijkmnpqrstuvwxyz23456789", 20)
S("fr", "net", f"La Freebox Pop a \u00e9t\u00e9 r\u00e9initialis\u00e9e. Nouveau r\u00e9seau : Freebox-6A1F2C, "
  f"cl\u00e9 WPA2 : {v}. Il faut reconnecter l'imprimante et les deux Chromecast.", v)

v = R.choice("ABC") + rd(4)
S("fr", "family", f"salut ! pour la f\u00eate de samedi, le digicode de l'immeuble c'est {v}, puis 3e \u00e9tage "
  "porte gauche. ne le mets pas sur le groupe whatsapp stp", v)

v = rd(4)
S("fr", "shop", f"Pens\u00e9e : l'utilisatrice me dicte le code confidentiel de sa carte bleue ({v}) pour que je le "
  "\u00ab note quelque part \u00bb. Je ne le stocke pas dans les notes partag\u00e9es.", v)

v = genpw(13)
S("fr", "family", "tool_call browser.fill " + J({"url": "https://cfspart.impots.gouv.fr/LoginAccess",
  "fields": {"spi": rdn(13), "motdepasse": v}}), v)

v = iban("FR")
S("fr", "family", f"Pour la CAF il faut un RIB \u00e0 mon nom : {g4(v)}, BIC CEPAFRPP751. "
  "C'est le compte joint avec Julien.", g4(v))

v = genpw(10, sym=False)
S("fr", "school", f"Pronote \u2013 identifiants de L\u00e9o (coll\u00e8ge Jean-Moulin) :\nidentifiant : leo.martin7\n"
  f"mot de passe : {v}\n\u00e0 changer \u00e0 la rentr\u00e9e de janvier", v)

sir = fr_siren()
sb = sir + rd(4)
I("fr", "family", f"Devis n\u00b0 D-{rd(5)} \u2013 Plomberie Durand SARL, SIRET {sb}{luhn_digit(sb)}, "
  f"TVA intracom {fr_tva(sir)}. Remplacement chauffe-eau 1 280 \u20ac TTC.")

I("fr", "shop", f"Colissimo : votre colis 6A{rd(11)} est disponible en bureau de poste (Paris 11e, 75011) "
  "jusqu'au 16/12. Pr\u00e9sentez une pi\u00e8ce d'identit\u00e9.")

I("fr", "travel", f"SNCF Connect : r\u00e9f\u00e9rence de dossier {rs(UP, 6)}, TGV INOUI 6611 Paris Gare de Lyon "
  f"\u2192 Marseille, 20/12 \u00e0 07:37, voiture 14, places 71-74. Billet n\u00b0 {rd(2)} {rd(3)} {rd(3)} {rd(3)}.")

I("fr", "health", f"Rendez-vous Doctolib confirm\u00e9 : Dr Benali, p\u00e9diatre, mercredi 10 \u00e0 16h15, "
  f"12 rue Oberkampf 75011. Tel du cabinet : 01 {rd(2)} {rd(2)} {rd(2)} {rd(2)}.")

I("fr", "shop", f"Commande Fnac n\u00b0 {rd(10)} : Switch OLED + 2 jeux, pay\u00e9e par carte **** **** **** {rd(4)}. "
  "Retrait en magasin \u00e0 partir de jeudi.")

I("fr", "school", "Message Pronote du professeur principal : \u00ab Plusieurs \u00e9l\u00e8ves ont oubli\u00e9 leur "
  "mot de passe ENT. Le code d'activation sera redistribu\u00e9 en classe lundi. \u00bb")

I("fr", "notes", "Le\u00e7on : la cl\u00e9 RIB (les deux derniers chiffres) et les chiffres de contr\u00f4le de l'IBAN "
  "ne sont pas la m\u00eame chose. Exemple de la doc : FR76 3000 6000 0112 3456 7890 189.")

# =====================================================================================
# SPANISH
# =====================================================================================
v = es_dni()
S("es", "travel", "tool_call renfe.comprar_billete " + J({"origen": "Madrid-Puerta de Atocha", "destino": "Sevilla-Santa Justa",
  "fecha": "2026-12-23", "viajero": {"nombre": "Luc\u00eda Herrera Pons", "documento": "DNI", "numero": v}, "tarifa": "B\u00e1sico"}), v)

v = es_nie()
S("es", "family", f"Para empadronar a Ana (la au pair) en el ayuntamiento piden su NIE: {v}. Cita el martes a las 9:20 "
  "en la Junta de Chamart\u00edn.", v)

v = rs(ALNUM, 20)
S("es", "net", f"Router Movistar HGU \u2013 etiqueta:\nRed WiFi: MOVISTAR_8A3F\nClave WiFi: {v}\n"
  "Usuario admin: 1234 (no tocar)", v)

v = iban("ES")
S("es", "subs", f"Pensamiento: el gimnasio necesita la cuenta para domiciliar la cuota. El usuario me dio {g4(v)}. "
  "Relleno el mandato SEPA y no lo repito en el resumen.", g4(v))

v = rd(4)
S("es", "family", f"oye, el mando del garaje est\u00e1 roto. el teclado de la puerta funciona con {v} + la llave, "
  "d\u00edselo a tu hermano que viene el finde", v)

v = genpw(12, sym=True)
S("es", "family", f"Resumen: cambi\u00e9 la contrase\u00f1a de la app de CaixaBank de la abuela porque la ten\u00eda "
  f"apuntada en un post-it. Nueva: {v}. Se la di en sobre cerrado a t\u00eda Marisa.", v)

prov = f"{R.randint(1, 52):02d}"
num = rd(8)
nuss = f"{prov}/{num}/{int(prov + num) % 97:02d}"
S("es", "health", f"Datos para la residencia del abuelo:\nNombre: Ram\u00f3n Aguirre\nN\u00ba Seguridad Social: {nuss}\n"
  "M\u00e9dico de cabecera: Dra. Soler, CS Delicias", nuss)

I("es", "travel", f"Renfe: localizador {rs(UP + DIG, 6)}, billete {rd(13)}. AVE 02071 Madrid 08:00 \u2192 Sevilla 10:38, "
  "coche 5, plazas 3A-3D. Acceso por el control de equipajes 30 min antes.")

I("es", "family", f"Factura F-{rd(6)} de Reformas Garc\u00eda S.L., CIF {es_cif()}. Cambio de ba\u00f1era por plato de "
  "ducha: 2.140,00 \u20ac (IVA incl.). Pago a 30 d\u00edas.")

I("es", "shop", f"Pedido El Corte Ingl\u00e9s n\u00ba {rd(12)}: enviado con Correos, seguimiento PQ{rs(UP + DIG, 12)}"
  f"{rs(UP, 2)}. Entrega estimada 11/12 en C/ Alcal\u00e1 201, 28028 Madrid.")

I("es", "subs", f"Movistar+: tu factura de diciembre ya est\u00e1 disponible. Importe 74,90 \u20ac. Se cargar\u00e1 en la cuenta "
  "que termina en ***4417. Si quieres cambiar la contrase\u00f1a de tu \u00e1rea de cliente, entra en Mi Movistar.")

I("es", "health", f"Cita en el centro de salud: jueves 18 a las 10:05, enfermer\u00eda, vacuna gripe abuela. "
  f"Tel\u00e9fono de cita previa 91 {rd(3)} {rd(2)} {rd(2)}.")

I("es", "notes", "Nota: olvid\u00e9 la contrase\u00f1a del portal del colegio OTRA VEZ. Hay que pedir que la reseteen en "
  "secretar\u00eda, no se puede desde la web.")

I("es", "school", f"Colegio San Jos\u00e9 \u2013 circular 14/2026: la excursi\u00f3n a Segovia es el 15 de enero, "
  f"coste 32 \u20ac. Referencia del pago por Bizum: {rd(5)}. Alumno n\u00ba {rd(6)}.")

# =====================================================================================
# PORTUGUESE (Brazil)
# =====================================================================================
def br_cns() -> str:
    while True:
        pis = R.choice("12") + rd(10)
        soma = sum(int(c) * (15 - i) for i, c in enumerate(pis))
        dv = 11 - soma % 11
        if dv == 11:
            dv = 0
        if dv == 10:
            soma += 2
            dv = 11 - soma % 11
            n = pis + "001" + str(dv)
        else:
            n = pis + "000" + str(dv)
        if sum(int(c) * (15 - i) for i, c in enumerate(n)) % 11 == 0:
            return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}"


def correios_s10() -> str:
    b = rd(8)
    c = 11 - sum(int(x) * w for x, w in zip(b, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{R.choice(['NL', 'QB', 'OJ', 'LB', 'AA'])}{b}{c}BR"


def _m10(s: str) -> str:
    t = 0
    for i, c in enumerate(reversed(s)):
        p = int(c) * (2 if i % 2 == 0 else 1)
        t += p // 10 + p % 10
    return str((10 - t % 10) % 10)


def boleto() -> str:
    bank, fator, valor, livre = R.choice(["341", "237", "001", "104", "033"]), f"{R.randint(9900, 9999)}", f"{R.randint(5000, 90000):010d}", rd(25)
    b43 = bank + "9" + fator + valor + livre
    s = sum(int(c) * w for c, w in zip(reversed(b43), [2, 3, 4, 5, 6, 7, 8, 9] * 6))
    dv = 11 - s % 11
    dv = 1 if dv in (0, 10, 11) else dv
    f1 = bank + "9" + livre[:5]
    f2 = livre[5:15]
    f3 = livre[15:]
    f1, f2, f3 = f1 + _m10(f1), f2 + _m10(f2), f3 + _m10(f3)
    return f"{f1[:5]}.{f1[5:]} {f2[:5]}.{f2[5:]} {f3[:5]}.{f3[5:]} {dv} {fator}{valor}"


v = br_cpf()
S("pt-BR", "family", "tool_call govbr.login " + J({"cpf": v, "nivel": "prata", "motivo": "consultar restitui\u00e7\u00e3o do IR da m\u00e3e"}), v)

v = br_cns()
S("pt-BR", "health", f"Resumo: agendei a vacina da v\u00f3 no posto do bairro. Pediram o Cart\u00e3o do SUS dela "
  f"({v}) e o RG. Dia 12, 8h, Sala 3.", v)

v = rd(6)
S("pt-BR", "family", f"m\u00e3e, a senha de 6 d\u00edgitos do app do Nubank \u00e9 {v}, mas N\u00c3O passa pra ningu\u00e9m que ligar "
  "dizendo que \u00e9 do banco t\u00e1?", v)

v = rd(4)
S("pt-BR", "home", f"Pensamento: o porteiro eletr\u00f4nico da casa da praia aceita senha no teclado. O usu\u00e1rio disse que a "
  f"senha do port\u00e3o \u00e9 {v}# e pediu para eu mandar pro caseiro s\u00f3 no s\u00e1bado.", f"{v}#")

v = phrase_pw(["casa", "praia", "sol", "cafe", "gato", "lua", "verde", "mar"], "", 2, digit=True)
S("pt-BR", "net", f"Wi-Fi do apto novo\nRede: VIVO-FIBRA-3C21\nSenha: {v}\n(o t\u00e9cnico da Vivo deixou anotado na caixinha)", v)

I("pt-BR", "shop", f"Nota fiscal da Magazine Luiza: CNPJ {br_cnpj()}, pedido {rd(11)}, geladeira Brastemp 375L, "
  "R$ 3.899,00 em 10x sem juros. Entrega at\u00e9 18/12.")

I("pt-BR", "shop", f"Correios: objeto {correios_s10()} saiu para entrega \u2013 S\u00e3o Paulo/SP, CEP 04538-132.")

I("pt-BR", "family", f"Pra dividir a conta do churrasco, minha chave Pix aleat\u00f3ria \u00e9 {uid()} (pode mandar "
  "R$ 45 cada). Qualquer d\u00favida me liga.")

I("pt-BR", "subs", f"Boleto do condom\u00ednio dezembro \u2013 vencimento 10/12\nLinha digit\u00e1vel: {boleto()}\n"
  "Valor R$ 812,40")

I("pt-BR", "health", f"Consulta com a Dra. Fernanda (geriatra) confirmada: 15/12 \u00e0s 14h30, protocolo {rd(10)}. "
  f"Tel. da cl\u00ednica: {phone('BR')}.")

# =====================================================================================
# PORTUGUESE (Portugal)
# =====================================================================================
v = pt_nif("12")
S("pt-PT", "family", f"Para a fatura da farm\u00e1cia do av\u00f4 ficar no IRS, \u00e9 preciso o NIF dele: {v}. "
  "Pede sempre fatura com contribuinte!", v)

v = rd(6)
S("pt-PT", "shop", f"Pensamento: a compra no Continente Online pede confirma\u00e7\u00e3o MB WAY. A utilizadora "
  f"ditou o PIN MB WAY {v}; confirmo a opera\u00e7\u00e3o e esque\u00e7o o valor.", v)

v = rdn(9)
S("pt-PT", "health", "tool_call sns24.marcar_consulta " + J({"utente": {"nome": "Maria do Carmo Sousa",
  "numero_utente": v}, "centro_saude": "USF Arco \u00cdris", "tipo": "enfermagem"}), v)

I("pt-PT", "shop", f"Fatura FT 2026/{rd(4)} \u2013 Worten, NIF {pt_nif('5')}. Aspirador Rowenta 189,99 \u20ac. "
  f"Refer\u00eancia Multibanco: entidade {rd(5)}, refer\u00eancia {rd(3)} {rd(3)} {rd(3)}, montante 189,99 \u20ac.")

I("pt-PT", "shop", f"CTT: a sua encomenda {rs(UP, 2)}{rd(9)}PT est\u00e1 em distribui\u00e7\u00e3o \u2013 Lisboa, 1100-148.")

I("pt-PT", "notes", "Li\u00e7\u00e3o: o portal das Finan\u00e7as bloqueia ap\u00f3s 3 tentativas erradas da senha. "
  "Pedir nova senha por carta demora 5 dias \u00fateis.")

# =====================================================================================
# ITALIAN
# =====================================================================================
v = it_cf("BNC", "GLI", female=True)
S("it", "health", "tool_call cup.prenota " + J({"assistita": "Giulia Bianchi", "codice_fiscale": v,
  "prestazione": "visita cardiologica", "impegnativa": "NRE " + rd(15)}), v)

v = genpw(14)
S("it", "family", f"Riepilogo: ho configurato lo SPID di pap\u00e0 con PosteID. Nome utente: "
  f"franco.ricci1951@libero.it, password {v}. L'app PosteID \u00e8 sul suo telefono.", v)

v = iban("IT")
S("it", "family", f"ciao Marta, per la quota del regalo alla maestra mandami 15 \u20ac su {g4(v)} (intestato a Luca Ferri), "
  "grazie!!", g4(v))

v = rd(5)
S("it", "family", f"Pensiero: la signora delle pulizie arriva alle 8 e nessuno \u00e8 in casa. L'utente mi chiede di "
  f"mandarle il codice del cancello: {v}. Lo invio per SMS e basta.", v)

v = rd(5)
S("it", "shop", f"nonna ha dimenticato il PIN del bancomat e l'ha scritto sul retro della carta: {v}. "
  "domani andiamo in banca a cambiarlo", v)

I("it", "shop", f"Fattura n. {rd(3)}/2026 \u2013 Idraulica Conti s.r.l., P.IVA {it_piva()}, Via Roma 14, 20121 Milano. "
  "Sostituzione rubinetto cucina: 145,00 \u20ac IVA inclusa.")

I("it", "travel", f"Trenitalia \u2013 codice prenotazione (PNR) {rs(UP + DIG, 6)}, Frecciarossa 9527 Milano C.le 08:10 "
  f"\u2192 Roma Termini 11:20, carrozza 6, posti 5A-5D. CP: {rd(10)}")

I("it", "subs", f"Bolletta Enel: codice POD IT001E{rd(8)}, cliente n. {rd(9)}, periodo ottobre\u2013novembre, "
  "importo 118,42 \u20ac, addebito SDD il 20/12.")

I("it", "cal", "tool_result calendar.create_event " + J({"id": rs("abcdefghijklmnopqrstuv0123456789", 26),
  "titolo": "Colloquio con la maestra di Sofia", "inizio": "2026-12-15T17:00:00+01:00",
  "videochiamata": f"https://meet.google.com/{rs(LO, 3)}-{rs(LO, 4)}-{rs(LO, 3)}", "promemoria_min": 30}))

I("it", "health", f"Farmacia comunale: ricetta NRE {rd(5)}A{rd(9)} pronta, tachipirina 1000 e cardioaspirin. "
  f"Orario 8:30\u201312:30. Tel. 02 {rd(4)} {rd(4)}")

# =====================================================================================
# DUTCH
# =====================================================================================
v = nl_bsn()
S("nl", "family", f"Gedachte: voor de aanvraag kinderopvangtoeslag vraagt Mijn Toeslagen het BSN van de partner. "
  f"Gebruiker gaf {v}. Ik vul het in en zet het niet in de samenvatting.", v)

v = genpw(15)
S("nl", "family", "tool_call browser.login " + J({"site": "https://digid.nl/inloggen", "gebruikersnaam": "oma.jansen44",
  "wachtwoord": v, "sms_controle": True}), v)

v = iban("NL")
S("nl", "family", f"Tikkie werkt niet bij oom Kees, dus: maak het geld voor het weekendje maar over op "
  f"{g4(v)} t.n.v. S. de Vries. Bedankt!", g4(v))

v = rs("abcdefghjkmnpqrstuvwxyz23456789", 12)
S("nl", "net", f"Ziggo modem is vervangen. Wifi-naam Ziggo7C21, wachtwoord {v}. Het gastnetwerk staat uit.", v)

v = rd(4)
S("nl", "health", f"Samenvatting voor de thuiszorg: de sleutel van moeder hangt in het sleutelkastje naast de voordeur, "
  f"code {v}. Medicatierol ligt in de keukenla.", v)

I("nl", "family", f"Factuur {rd(6)} van Schildersbedrijf Bakker, KvK {rd(8)}, btw NL{rd(9)}B01. "
  "Buitenschilderwerk kozijnen \u20ac 2.350,00 incl. btw.")

I("nl", "shop", f"PostNL: je pakket 3S{rs(UP, 4)}{rd(9)} wordt morgen tussen 14:15 en 16:45 bezorgd op "
  "Prinsengracht 263, 1016 GV Amsterdam.")

I("nl", "shop", f"bol.com bestelnummer {rd(10)}: kinderfiets 20 inch, \u20ac 229. Betaald met iDEAL (ING, rekening "
  "eindigend op 4411).")

I("nl", "subs", f"Afschrijving ING: \u20ac 42,50 aan Vattenfall, betalingskenmerk {rd(4)} {rd(4)} {rd(4)} {rd(4)}, "
  "omschrijving 'termijnbedrag december'. Saldo na boeking \u20ac 1.204,17.")

I("nl", "health", f"Huisartsenpost: afspraak 10:50, spoedlijn {rd(3)}-{rd(7)}. Patiëntnummer van de praktijk: {rd(7)}.")

# =====================================================================================
# POLISH
# =====================================================================================
v = pl_pesel()
S("pl", "health", f"Podsumowanie: zarejestrowa\u0142em babci\u0119 na szczepienie w przychodni. Poprosili o PESEL "
  f"({v}) i numer telefonu. Termin: pi\u0105tek 9:40.", v)

v = rd(6)
S("pl", "shop", f"My\u015bl: u\u017cytkownik p\u0142aci BLIK-iem za zam\u00f3wienie na Allegro i poda\u0142 kod {v}. "
  "Kod wa\u017cny 2 minuty \u2013 wpisuj\u0119 od razu.", v)

v = rd(6)
S("pl", "shop", f"InPost: Twoja paczka czeka w Paczkomacie WAW22M (ul. Grochowska 12). Kod odbioru: {v}. "
  "Odbierz do 08.12 godz. 18:24.", v)

v = iban("PL")
S("pl", "family", f"wy\u015blij mi prosz\u0119 te 120 z\u0142 za obiady Zosi na {g4(v)}, tytu\u0142: obiady grudzie\u0144", g4(v))

v = genpw(14)
S("pl", "family", "tool_call epuap.login " + J({"login": "k.nowakowska", "haslo": v, "cel": "wniosek 800+"}), v)

I("pl", "family", f"Faktura VAT nr FV/{rd(3)}/12/2026, sprzedawca: Hydro-Serwis Sp. z o.o., NIP {pl_nip()}, "
  f"REGON {rd(9)}. Wymiana pieca: 4 200,00 z\u0142 brutto.")

I("pl", "shop", f"InPost: numer przesy\u0142ki {rd(24)} \u2013 nadana, w drodze do Paczkomatu WAW22M.")

I("pl", "shop", f"Allegro: zam\u00f3wienie {uid()[:8]}-\u2026 op\u0142acone, przesy\u0142ka kurierem DPD nr {rd(14)}. "
  "Adres: ul. Marsza\u0142kowska 10/4, 00-590 Warszawa.")

I("pl", "health", f"Potwierdzenie z IKP: wizyta u kardiologa 16.12 godz. 11:20. Pacjent: Janina K., PESEL: *******{rd(4)}. "
  "Skierowanie zrealizowane.")

I("pl", "health", f"e-Recepta: kod dost\u0119pu wys\u0142any SMS-em do pacjenta, numer recepty w IKP: {rd(22)}. "
  "Lek: Polprazol 20 mg, 28 kaps.")

# =====================================================================================
# SWEDISH
# =====================================================================================
def se_orgnr() -> str:
    b = "55" + rd(7)
    return f"{b[:6]}-{b[6:]}{luhn_digit(b)}"


def se_ocr() -> str:
    b = rd(R.randint(8, 14))
    b = b + str((len(b) + 2) % 10)
    return b + luhn_digit(b)


v = se_pnr()
S("sv", "health", "tool_call 1177.boka_tid " + J({"patient": "Birgitta Lindqvist", "personnummer": v,
  "mottagning": "V\u00e5rdcentralen Gripen", "\u00e4rende": "f\u00f6rnyelse av recept"}), v)

v = rd(4)
S("sv", "family", f"portkoden till mormors nya l\u00e4genhet \u00e4r {v}, sen hiss till plan 4. hon vill ha bes\u00f6k p\u00e5 s\u00f6ndag", v)

v = rs("abcdefghijkmnpqrstuvwxyz23456789", 4) + "-" + rs("abcdefghijkmnpqrstuvwxyz23456789", 4) + "-" + rs("abcdefghijkmnpqrstuvwxyz23456789", 4)
S("sv", "net", f"Tanke: Telia-routern \u00e5terst\u00e4lldes. N\u00e4tverksnyckeln p\u00e5 baksidan \u00e4r {v}. "
  "Jag uppdaterar Sonos och skrivaren, sen raderar jag bilden p\u00e5 klisterlappen.", v)

v = iban("SE")
S("sv", "family", f"Sammanfattning: barnbidraget ska nu g\u00e5 till Elins eget konto {g4(v)} "
  "(Handelsbanken). \u00c4ndringen g\u00f6rs p\u00e5 F\u00f6rs\u00e4kringskassan.se.", g4(v))

I("sv", "family", f"Faktura fr\u00e5n R\u00f6rmokare Berg AB (org.nr {se_orgnr()}): 3 450 kr. Betala till bankgiro "
  f"{rd(3)}-{rd(4)} med OCR {se_ocr()}, senast 2026-12-28.")

I("sv", "shop", f"PostNord: ditt paket {rs(UP, 2)}{rd(9)}SE finns att h\u00e4mta hos ICA N\u00e4ra Rinkeby. "
  "Ta med legitimation. Sista dag 14 dec.")

I("sv", "school", "Meddelande fr\u00e5n skolan i Vklass: 'Om ditt barn gl\u00f6mt sitt l\u00f6senord kan mentorn "
  "\u00e5terst\u00e4lla det. Skicka aldrig l\u00f6senord via mejl.'")

I("sv", "health", f"Tid hos tandl\u00e4karen bekr\u00e4ftad: tisdag 9 dec kl 13:20, Folktandv\u00e5rden Solna. "
  f"Bokningsnummer {rd(8)}. Avbokning senast 24 h innan p\u00e5 010-{rd(3)} {rd(2)} {rd(2)}.")

# =====================================================================================
# NORWEGIAN (Bokm\u00e5l)
# =====================================================================================
def no_orgnr() -> str:
    while True:
        b = R.choice("89") + rd(7)
        c = 11 - sum(int(x) * w for x, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        c = 0 if c == 11 else c
        if c != 10:
            n = b + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


v = no_fnr()
S("nb", "health", f"Tanke: Helsenorge krever f\u00f8dselsnummeret til pappa for \u00e5 gi meg fullmakt. Brukeren oppga "
  f"{v}. Jeg sender fullmaktskjemaet og nevner ikke nummeret i oppsummeringen.", v)

v = genpw(12)
S("nb", "family", f"BankID-passordet til mamma (kodebrikke-l\u00f8sningen) er {v}. Hun har skrevet det p\u00e5 en lapp "
  "i lommeboka, vi m\u00e5 f\u00e5 byttet til app.", v)

v = rd(4)
S("nb", "travel", f"Hei! Velkommen til hytta. N\u00f8kkelen ligger i n\u00f8kkelboksen ved vedskjulet, kode {v}. "
  "Husk \u00e5 sl\u00e5 av varmekablene n\u00e5r dere drar.", v)

v = rd(4)
S("nb", "car", "tool_call easypark.set_pin " + J({"konto": "familie", "ny_pin": v, "bekreft_pin": v}), v)

I("nb", "family", f"Faktura fra Elektriker Hansen AS, org.nr {no_orgnr()} MVA. Bel\u00f8p 6 250 kr, KID {luhn_num(rdn(2), 15)}, "
  "forfall 20.12.")

I("nb", "shop", f"Posten: sendingen {rd(2)}{rd(16)} er levert til Pakkeboks Kiwi Majorstuen. Hentes innen 7 dager.")

I("nb", "school", f"Melding fra SFO: foreldrem\u00f8te 11. desember kl. 18:00. Elevnummer til Ida er {rd(6)}. "
  "Glemt passord til Vigilo? Bruk 'Glemt passord' p\u00e5 innloggingssiden.")

I("nb", "travel", f"SAS booking: referanse {pnr()}, SK 4035 OSL\u2192TRD 23.12 kl. 08:45, EuroBonus {rd(9)}.")

# =====================================================================================
# DANISH
# =====================================================================================
def dk_cvr() -> str:
    while True:
        b = rdn(7)
        s = sum(int(x) * w for x, w in zip(b, [2, 7, 6, 5, 4, 3, 2]))
        c = (-s) % 11
        if c < 10:
            return b + str(c)


v = dk_cpr()
S("da", "school", f"Tilmelding til SFO: barnets CPR-nummer {v} skal st\u00e5 p\u00e5 blanketten. Afleveres til "
  "kontoret senest fredag.", v)

v = genpw(10, sym=False)
S("da", "family", "tool_call mitid.login " + J({"bruger_id": "hanne.mortensen", "adgangskode": v, "metode": "kodeviser"}), v)

v = f"{rd(4)} {rd(10)}"
S("da", "family", f"Tanke: feriepengene til farmor skal udbetales til NemKonto. Hun gav reg.nr. og kontonr.: {v}. "
  "Jeg tjekker det mod hendes kontoudtog f\u00f8r jeg indsender.", v)

I("da", "family", f"Faktura fra T\u00f8mrer Nielsen ApS, CVR {dk_cvr()}. Betal med FI-kort: +71<{rd(15)}+{rd(8)}<, "
  "bel\u00f8b 8.750,00 kr.")

I("da", "shop", f"GLS: pakke {rd(11)} er klar til afhentning i Netto Vesterbrogade (PakkeShop {rd(5)}).")

I("da", "notes", "L\u00e6ring: MitID-appen sp\u00f8rger aldrig om din adgangskode i en SMS. Farmor fik en "
  "falsk besked i g\u00e5r \u2013 vi slettede den uden at klikke.")

# =====================================================================================
# FINNISH
# =====================================================================================
def fi_ytunnus() -> str:
    while True:
        b = rdn(7)
        r = sum(int(x) * w for x, w in zip(b, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r == 1:
            continue
        return f"{b}-{0 if r == 0 else 11 - r}"


def fi_viite() -> str:
    b = rdn(R.randint(6, 12))
    s = sum(int(c) * w for c, w in zip(reversed(b), [7, 3, 1] * 10))
    n = b + str((10 - s % 10) % 10)
    parts = []
    while n:
        parts.insert(0, n[-5:])
        n = n[:-5]
    return " ".join(parts)


v = fi_hetu()
S("fi", "health", f"Tiivistelm\u00e4: varasin mummolle ajan Omakantaan liittyv\u00e4\u00e4n reseptin uusintaan. "
  f"Henkil\u00f6tunnus {v} sy\u00f6tettiin lomakkeeseen, vastaus tulee 3 arkip\u00e4iv\u00e4ss\u00e4.", v)

v = rd(4)
S("fi", "family", f"hei, rappukäytävän ovikoodi on {v} ja meid\u00e4n ovi on B 23. tuu vaan suoraan yl\u00f6s", v)

v = genpw(16)
S("fi", "net", "tool_call router.set_wifi " + J({"ssid": "DNA-WIFI-8E21", "salasana": v, "salaus": "WPA3"}), v)

v = iban("FI")
S("fi", "family", f"Ajatus: Kelan lapsilis\u00e4hakemus vaatii tilinumeron. K\u00e4ytt\u00e4j\u00e4 antoi {g4(v)}. "
  "T\u00e4yt\u00e4n sen lomakkeeseen enk\u00e4 toista sit\u00e4 muistiinpanoissa.", g4(v))

I("fi", "family", f"Lasku: Putkiliike Virtanen Oy, Y-tunnus {fi_ytunnus()}. Viitenumero {fi_viite()}, "
  "er\u00e4p\u00e4iv\u00e4 22.12.2026, summa 640,00 \u20ac.")

I("fi", "shop", f"Posti: l\u00e4hetys JJFI{rd(14)} on noudettavissa Pakettiautomaatti K-Market Kallio. "
  "Noutokoodi l\u00e4hetet\u00e4\u00e4n tekstiviestill\u00e4 vastaanottajalle.")

I("fi", "shop", f"Ajatus: Verkkokaupan tilauksessa {rd(8)} maksukorttina n\u00e4kyy vain **** **** **** {rd(4)} "
  "(voimassa 01/28). Uutta korttia ei tarvita, tilaus on jo maksettu.")

I("fi", "health", f"Hammasl\u00e4\u00e4k\u00e4ri: aika ke 10.12. klo 14.15, Mehil\u00e4inen Ruoholahti. Varausnumero "
  f"{rd(9)}. Puh. 010 {rd(3)} {rd(4)}.")

# =====================================================================================
# CZECH
# =====================================================================================
def cz_ico() -> str:
    while True:
        b = rdn(7)
        s = sum(int(x) * w for x, w in zip(b, [8, 7, 6, 5, 4, 3, 2]))
        c = (11 - s % 11) % 10
        return b + str(c)


v = cz_rc(female=True)
S("cs", "health", f"Shrnut\u00ed: babi\u010dce jsem zarezervoval o\u010dkov\u00e1n\u00ed p\u0159es Rezerva\u010dn\u00ed "
  f"syst\u00e9m. Rodn\u00e9 \u010d\u00edslo {v}, \u010d\u00edslo poji\u0161t\u011bnce je stejn\u00e9. Term\u00edn \u010dtvrtek 10:20.", v)

v = genpw(14)
S("cs", "family", "tool_call datova_schranka.prihlasit " + J({"uzivatel": rs(LO + DIG, 8), "heslo": v}), v)

v = rd(4)
S("cs", "shop", f"babi zase zapomn\u011bla PIN ke kart\u011b, ale napsala ho do diá\u0159e: {v}. zítra to "
  "s n\u00ed zm\u011bn\u00edme v bance", v)

I("cs", "family", f"Faktura \u010d. {rd(8)}, dodavatel Instalat\u00e9rstv\u00ed Nov\u00e1k s.r.o., I\u010cO {cz_ico()}, "
  f"variabiln\u00ed symbol {rd(10)}, \u010d\u00e1stka 3 480 K\u010d.")

I("cs", "shop", f"Z\u00e1silkovna: z\u00e1silka Z {rd(10)} je p\u0159ipravena k vyzvednut\u00ed na v\u00fddejn\u00edm m\u00edst\u011b "
  "Albert Vinohrady, PS\u010c 120 00.")

I("cs", "notes", "tool_result todoist.get_tasks " + J([{"id": rdn(10), "content": "Zaplatit školku", "project_id": rs(ALNUM, 16)},
  {"id": rdn(10), "content": "Vyzvednout léky pro babi", "project_id": rs(ALNUM, 16)}]))

# =====================================================================================
# HUNGARIAN
# =====================================================================================
def hu_adoazon() -> str:
    while True:
        b = "8" + rd(8)
        c = sum(int(x) * (i + 1) for i, x in enumerate(b)) % 11
        if c < 10:
            return b + str(c)


v = hu_taj()
S("hu", "health", f"Gondolat: a n\u00e9ni h\u00e1ziorvos\u00e1hoz id\u0151pontot foglalok, \u00e9s k\u00e9rik a TAJ-sz\u00e1m\u00e1t: "
  f"{v}. Csak az \u0171rlapba \u00edrom be.", v)

v = hu_adoazon()
S("hu", "family", "tool_call nav.szja_bevallas " + J({"nev": "Kov\u00e1cs Erzs\u00e9bet", "adoazonosito_jel": v,
  "ev": 2025, "csaladi_kedvezmeny": True}), v)

v = genpw(12)
S("hu", "family", f"\u00dcgyf\u00e9lkapu: felhaszn\u00e1l\u00f3n\u00e9v kovacs.erzsi, jelsz\u00f3 {v} \u2013 a fiam "
  "\u00e1ll\u00edtotta be, ne add meg senkinek", v)

I("hu", "family", f"Sz\u00e1mla: Vill-Szer Kft., ad\u00f3sz\u00e1m {rd(8)}-2-{R.randint(1, 44):02d}, c\u00e9gjegyz\u00e9ksz\u00e1m "
  f"01-09-{rd(6)}. V\u00edzszerel\u00e9s 42 500 Ft.")

I("hu", "shop", f"MPL: a {rs(UP, 2)}{rd(9)}HU sz\u00e1m\u00fa k\u00fcldem\u00e9ny a csomagautomat\u00e1ba \u00e9rkezett "
  "(1061 Budapest, Andr\u00e1ssy \u00fat 12).")

I("hu", "net", f"Router friss\u00edt\u00e9s: TP-Link Archer AX55 firmware 1.3.2 Build 20241112, f\u00e1jl SHA-256: {hx(64)}. "
  "Egyezik a gy\u00e1rt\u00f3 oldal\u00e1n l\u00e9v\u0151 \u00e9rt\u00e9kkel.")

# =====================================================================================
# ROMANIAN
# =====================================================================================
def ro_cui() -> str:
    b = rdn(8)
    w = [7, 5, 3, 2, 1, 7, 5, 3, 2]
    bb = b.rjust(9, "0")
    c = sum(int(x) * y for x, y in zip(bb, w)) * 10 % 11
    return b + str(0 if c == 10 else c)


v = ro_cnp()
S("ro", "health", f"Rezumat: am programat-o pe bunica la medicul de familie. Cabinetul a cerut CNP-ul ei, {v}, "
  "\u0219i cardul de s\u0103n\u0103tate. Programare joi, 11:30.", v)

v = genpw(13)
S("ro", "family", f"G\u00e2nd: ca s\u0103 pl\u0103tesc impozitul pe cas\u0103 am nevoie de contul Ghi\u0219eul.ro. "
  f"Utilizatorul mi-a dat parola {v}; o folosesc o singur\u0103 dat\u0103.", v)

v = iban("RO")
S("ro", "family", f"trimite-mi te rog banii pentru excursie pe {g4(v)}, titular Ionescu Andreea", g4(v))

I("ro", "family", f"Factur\u0103 seria FCT nr. {rd(5)}, furnizor Instal Expert SRL, CUI RO{ro_cui()}, "
  f"J40/{rd(5)}/2019. Total 1.250,00 lei.")

I("ro", "shop", f"Fan Courier: AWB {rd(13)} \u2013 livrare estimat\u0103 m\u00e2ine, 10:00\u201314:00, "
  "Str. Lipscani 15, Bucure\u0219ti 030031.")

I("ro", "notes", f"Backup poze familie: arhiva poze_2026.tar.gz, 18,4 GB, MD5 {hx(32)}, copiat\u0103 pe NAS la 02:14. "
  "Verificarea a trecut.")

# =====================================================================================
# GREEK
# =====================================================================================
def gr_afm() -> str:
    while True:
        b = R.choice("89") + rd(7)
        c = sum(int(x) * 2 ** (8 - i) for i, x in enumerate(b)) % 11 % 10
        return b + str(c)


v = gr_amka()
S("el", "health", f"Σκέψη: για το ραντεβού της γιαγιάς στο ΕΣΥ χρειάζεται ο ΑΜΚΑ της. Ο χρήστης έδωσε {v}. "
  "Τον καταχωρώ μόνο στη φόρμα.", v)

v = genpw(12)
S("el", "family", "tool_call taxisnet.login " + J({"onoma_xristi": "pap.maria72", "kodikos": v}), v)

v = iban("GR")
S("el", "family", f"Σύνοψη: το επίδομα παιδιού θα πιστώνεται πλέον στον λογαριασμό {g4(v)} (Εθνική). "
  "Η αλλαγή έγινε στο gov.gr.", g4(v))

I("el", "family", f"Απόδειξη: Υδραυλικές Εργασίες Παπαδόπουλος Ο.Ε., ΑΦΜ {gr_afm()}, ΔΟΥ Αμαρουσίου. "
  "Σύνολο 180,00 €.")

I("el", "shop", f"ACS: η αποστολή {rd(10)} παραδόθηκε στο ACS Point Χαλανδρίου, Τ.Κ. 152 31.")

I("el", "cal", "tool_result calendar.get_event " + J({"id": rs("abcdefghijklmnopqrstuv0123456789", 26),
  "summary": "Γιορτή σχολείου – Νικόλας", "iCalUID": uid() + "@google.com", "location": "2ο Δημοτικό Χαλανδρίου"}))

# =====================================================================================
# ESTONIAN
# =====================================================================================
def ee_regkood() -> str:
    while True:
        b = R.choice("18") + rd(6)
        c = sum(int(x) * w for x, w in zip(b, [1, 2, 3, 4, 5, 6, 7])) % 11
        if c == 10:
            c = sum(int(x) * w for x, w in zip(b, [3, 4, 5, 6, 7, 8, 9])) % 11
            c = 0 if c == 10 else c
        return b + str(c)


v = ee_ik()
S("et", "health", f"M\u00f5te: vanaema perearsti aja broneerimiseks k\u00fcsitakse isikukoodi. Kasutaja andis {v}.", v)

v = rd(4)
S("et", "family", f"Kokkuv\u00f5te: Smart-ID PIN1 on isal n\u00fc\u00fcd {v}, PIN2 j\u00e4i samaks. Ta kirjutas mulle "
  "selle ise, et ma meelde tuletaksin.", v)

I("et", "family", f"Arve: Torut\u00f6\u00f6d O\u00dc, registrikood {ee_regkood()}, viitenumber {fi_viite().replace(' ', '')}, "
  "summa 210,00 \u20ac.")

I("et", "shop", f"Omniva: pakk {rs(UP, 2)}{rd(9)}EE on pakiautomaadis Rimi Kristiine. PIN-kood saadetakse SMS-iga.")

# =====================================================================================
# CATALAN
# =====================================================================================
v = es_dni()
S("ca", "school", f"Pensament: la preinscripci\u00f3 a l'escola demana el DNI del pare o la mare. L'usuari m'ha "
  f"donat {v}. L'escric al formulari i no el repeteixo.", v)

v = rd(4) + "*"
S("ca", "family", f"hola! el codi de la porta del p\u00e0rquing \u00e9s {v}, la pla\u00e7a \u00e9s la 27. avisa la iaia", v)

I("ca", "family", f"Factura {rd(4)}/26 de Lampisteria Puig SL, NIF {es_cif()}. Canvi de caldera: 1.890,00 \u20ac IVA incl\u00f2s.")

I("ca", "school", f"Circular de l'escola: la colla de 5\u00e8 va d'excursi\u00f3 el 16/1. Codi de pagament "
  f"{rd(6)}. Si heu oblidat la contrasenya de l'app, demaneu-ne una de nova a secretaria.")

# =====================================================================================
# TURKISH
# =====================================================================================
def tr_vkn() -> str:
    d = [int(c) for c in rd(9)]
    s = 0
    for i, x in enumerate(d):
        tmp = (x + 9 - i) % 10
        v_ = (tmp * 2 ** (9 - i)) % 9
        if tmp != 0 and v_ == 0:
            v_ = 9
        s += v_
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


v = tr_tckn()
S("tr", "family", "tool_call edevlet.giris " + J({"tc_kimlik_no": v, "sifre_tipi": "e-Devlet \u015fifresi",
  "islem": "Adres bilgisi sorgulama"}), v)

v = genpw(11)
S("tr", "family", f"Annemin e-Devlet \u015fifresi {v}, PTT'den yeni ald\u0131k. L\u00fctfen bir yere not et ama "
  "kimseye g\u00f6nderme.", v)

v = iban("TR")
S("tr", "shop", f"D\u00fc\u015f\u00fcnce: Sahibinden'den al\u0131nan bisiklet i\u00e7in sat\u0131c\u0131 IBAN istiyor; "
  f"kullan\u0131c\u0131 kendi hesab\u0131n\u0131 verdi: {g4(v)}. Sadece iade i\u00e7in kullan\u0131lacak.", g4(v))

v = rd(4)
S("tr", "home", f"\u00d6zet: alarm paneline yeni kullan\u0131c\u0131 kodu eklendi (temizlik\u00e7i Ay\u015fe Han\u0131m). "
  f"Kod: {v}, sadece Sal\u0131 ve Cuma 09:00\u201313:00 aras\u0131 ge\u00e7erli.", v)

I("tr", "family", f"Fatura: Y\u0131ld\u0131z Tesisat Ltd. \u015eti., Vergi No {tr_vkn()}, Kad\u0131k\u00f6y V.D. "
  "Kombi bak\u0131m\u0131 1.450,00 TL (KDV dahil).")

I("tr", "shop", f"Trendyol sipari\u015f no {rd(9)}: Yurti\u00e7i Kargo takip no {rd(12)}, tahmini teslim 11 Aral\u0131k.")

I("tr", "family", f"\u00d6zet: kira \u00f6demesi i\u00e7in kay\u0131tl\u0131 al\u0131c\u0131: Mehmet Bey, IBAN TR** **** **** **** **** **{rd(2)} {rd(2)}. "
  "Tam numara bankan\u0131n uygulamas\u0131nda kay\u0131tl\u0131, burada tutulmuyor.")

I("tr", "health", f"MHRS randevusu: Kardiyoloji, Dr. Selin Arslan, 16 Aral\u0131k 10:20, randevu no {rd(10)}. "
  f"Hastane tel: 0216 {rd(3)} {rd(2)} {rd(2)}.")

# =====================================================================================
# RUSSIAN
# =====================================================================================
def ru_ogrn() -> str:
    b = R.choice("15") + rd(11)
    return b + str(int(b) % 11 % 10)


def ru_inn10() -> str:
    d = [int(c) for c in rdn(9)]
    d.append(sum(x * y for x, y in zip(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    return "".join(map(str, d))


def s10(suffix: str, pre: str = "RA") -> str:
    b = rd(8)
    c = 11 - sum(int(x) * w for x, w in zip(b, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{pre}{b}{c}{suffix}"


v = ru_snils()
S("ru", "health", f"Мысль: чтобы записать бабушку к врачу через Госуслуги, нужен её СНИЛС. Пользователь продиктовал "
  f"{v}. Вношу его в форму записи и больше нигде не сохраняю.", v)

v = genpw(13)
S("ru", "family", "tool_call gosuslugi.login " + J({"login": "+7 916 " + rd(3) + "-" + rd(2) + "-" + rd(2),
  "password": v, "purpose": "подать заявление на загранпаспорт"}), v)

v = rd(6)
S("ru", "mail", f"Входящее SMS от Сбербанка: «Код для входа в СберБанк Онлайн: {v}. Никому не сообщайте код, "
  "даже сотруднику банка.»", v)

c = card("mir")
S("ru", "shop", f"слушай, оплати с моей карты билеты в театр, вот номер {g4(c)}, срок {expiry()}, "
  "CVC скину отдельно", g4(c))

v = ru_inn12()
S("ru", "family", f"Итог: подал заявление на налоговый вычет за лечение мамы. В декларации 3-НДФЛ указан её ИНН "
  f"{v}, справка из клиники приложена.", v)

I("ru", "family", f"Счёт от ООО «Сантехника-Сервис», ИНН {ru_inn10()}, ОГРН {ru_ogrn()}, КПП {rd(9)}. "
  "Замена смесителя: 3 200 ₽.")

I("ru", "shop", f"Почта России: отправление {s10('RU')} прибыло в отделение 119021, Москва. Хранение 15 дней.")

I("ru", "shop", f"Ozon: заказ {rd(8)}-{rd(4)} собран, доставка в пункт выдачи на ул. Тверская, 12. "
  "Код получения придёт в приложение в день доставки.")

I("ru", "school", "Сообщение из «Электронного дневника»: «Если вы забыли пароль, воспользуйтесь "
  "восстановлением через Госуслуги. Учителя не выдают пароли.»")

I("ru", "health", f"Запись к терапевту подтверждена: 12 декабря 09:40, кабинет 214, номер талона {rs(UP, 1)}-{rd(3)}. "
  f"Регистратура: +7 495 {rd(3)}-{rd(2)}-{rd(2)}.")

# =====================================================================================
# UKRAINIAN
# =====================================================================================
def ua_edrpou() -> str:
    while True:
        b = rdn(7)
        w1 = [1, 2, 3, 4, 5, 6, 7] if int(b[:1]) < 3 or int(b[:1]) > 6 else [7, 1, 2, 3, 4, 5, 6]
        s = sum(int(x) * y for x, y in zip(b, w1)) % 11
        if s == 10:
            w2 = [x + 2 for x in w1]
            s = sum(int(x) * y for x, y in zip(b, w2)) % 11
            s = 0 if s == 10 else s
        return b + str(s)


v = ua_rnokpp()
S("uk", "family", f"Думка: для субсидії на комуналку потрібен РНОКПП мами. Користувач надіслав {v}. "
  "Заповнюю заяву в Дії, у підсумку номер не повторюю.", v)

v = rd(4)
S("uk", "family", f"мам, код від домофону в новій квартирі {v}, під'їзд 2. я буду вдома після шостої", v)

v = iban("UA")
S("uk", "shop", f"Підсумок: повернення за зламаний пилосос Rozetka зробить на картковий рахунок {g4(v)} "
  "протягом 5 робочих днів.", g4(v))

v = rd(4)
S("uk", "health", "tool_call helsi.login " + J({"phone": f"+380 67 {rd(3)} {rd(2)} {rd(2)}", "pin": v,
  "patient": "Оксана Мельник"}), v)

I("uk", "family", f"Рахунок від ФОП Коваленко О.В. / ТОВ «Теплосервіс», код ЄДРПОУ {ua_edrpou()}. "
  "Обслуговування котла: 1 450 грн.")

I("uk", "shop", f"Нова Пошта: ТТН {R.choice(['20', '59'])}{rd(12)}, посилка прибула у відділення №17 (Київ, "
  "вул. Саксаганського, 55).")

I("uk", "net", "Для гостей на дні народження: WIFI:T:nopass;S:Kovalenko_Guest;; — відкрита гостьова мережа без пароля, "
  "ізольована від основної.")

I("uk", "health", f"Запис до сімейного лікаря: 11.12 о 10:15, кабінет 3, номер направлення {rd(4)}-{rs(UP + DIG, 4)}-"
  f"{rs(UP + DIG, 4)}-{rd(4)}.")

# =====================================================================================
# BULGARIAN
# =====================================================================================
def bg_eik() -> str:
    while True:
        b = rdn(8)
        c = sum(int(x) * (i + 1) for i, x in enumerate(b)) % 11
        if c == 10:
            c = sum(int(x) * (i + 3) for i, x in enumerate(b)) % 11
            c = 0 if c == 10 else c
        return b + str(c)


v = bg_egn()
S("bg", "health", f"Мисъл: личният лекар на баба иска ЕГН-то ѝ за направлението. Потребителят даде {v}.", v)

v = rd(4)
S("bg", "shop", f"баба си е записала ПИН кода на картата на листче в портмонето: {v}. утре ще го сменим в банката", v)

I("bg", "family", f"Фактура № {rd(10)} от „ВиК Сервиз“ ЕООД, ЕИК {bg_eik()}. Сума 96,00 лв. с ДДС.")

I("bg", "shop", f"Еконт: пратка {rd(13)} пристигна в офис София – Лозенец. Срок за получаване 10 работни дни.")

# =====================================================================================
# HEBREW
# =====================================================================================
v = il_tz()
S("he", "health", f"מחשבה: כדי לקבוע לסבתא תור בקופת חולים מכבי צריך את מספר תעודת הזהות שלה. המשתמש נתן {v}. "
  "אני מזין אותו רק בטופס.", v)

v = genpw(10, sym=False)
S("he", "health", "tool_call clalit.login " + J({"id_number": il_tz(), "user_code": "ABBA1950", "password": v}, ascii_=False), v)

v = rd(4)
S("he", "home", f"סיכום: שיניתי את קוד האזעקה אחרי שהמנקה סיימה לעבוד אצלנו. הקוד החדש {v}, "
  "סבא יודע אותו.", v)

c = card("visa")
S("he", "shop", f"תזמין לי בבקשה את הכרטיסים להופעה, הנה הכרטיס: {g4(c)} תוקף {expiry()}. "
  "את ה-CVV אשלח בהודעה נפרדת", g4(c))

I("he", "family", f"חשבונית מס {rd(5)} מאת אינסטלציה כהן בע\"מ, ח.פ. {luhn_num('51', 9)}. סה\"כ 850 ₪ כולל מע\"מ.")

I("he", "shop", f"הזמנה {rd(9)} מ-KSP נשלחה. מספר משלוח {rs(UP, 2)}{rd(9)}IL, מסירה לנקודת איסוף בחולון.")

I("he", "notes", "מתוך המדריך של ה-API של יומן המשפחה: export CAL_API_KEY=<YOUR_API_KEY> ואז להריץ sync.py. "
  "המפתח האמיתי שמור בכספת, לא כאן.")

I("he", "health", f"תור לרופאת משפחה: יום ב' 15.12 בשעה 09:20, מרפאת רמת אביב. מספר אישור {rd(7)}. "
  f"טלפון המרפאה 03-{rd(7)}.")

# =====================================================================================
# ARABIC
# =====================================================================================
v = ae_eid()
S("ar", "travel", "tool_call emirates.book " + J({"passenger": "Fatima Al Mansoori", "emirates_id": v,
  "route": "DXB-CAI", "date": "2026-12-21"}), v)

v = sa_nid()
S("ar", "family", f"ملخص: قدمت طلب تجديد رخصة القيادة لوالدي عبر أبشر. استخدمت رقم هويته الوطنية {v} "
  "وموعد الفحص الطبي يوم الأحد.", v)

v = genpw(12)
S("ar", "family", f"كلمة مرور أبشر الخاصة بأمي هي {v} \u2014 احفظها في الخزنة فقط ولا ترسلها لأحد", v)

v = rd(4)
S("ar", "mail", f"رسالة نصية من البنك الأهلي: رمز التحقق لعملية الشراء من نون هو {v}. لا تشارك الرمز مع أي شخص.", v)

I("ar", "shop", f"فاتورة ضريبية من شركة النور للمقاولات، سجل تجاري {rdn(10)}، الرقم الضريبي 3{rd(13)}3. "
  "المبلغ 1,150.00 ريال شامل الضريبة.")

I("ar", "shop", f"نون: طلبك رقم N{rd(11)}A في الطريق. رقم الشحنة لدى أرامكس {rd(11)}. التوصيل المتوقع الخميس.")

I("ar", "home", f"تحديث مركز المنزل الذكي: Home Assistant 2026.12.1، الالتزام {hx(40)}، "
  f"معرّف الجهاز {hx(32)}. تمت إعادة التشغيل بنجاح.")

I("ar", "health", f"موعد في مستشفى الملك فهد: عيادة الباطنية، الثلاثاء 16 ديسمبر الساعة 9:30 صباحًا، رقم الملف "
  f"الطبي {rd(7)}، هاتف الاستقبال 011 {rd(3)} {rd(4)}.")

# =====================================================================================
# PERSIAN
# =====================================================================================
def ir_iban() -> str:
    return mod97_iban("IR", "0" + R.choice(["17", "12", "56", "62", "55"]) + "0" + rd(19))


def ir_card() -> str:
    return luhn_num(R.choice(["603799", "610433", "627412", "589210", "622106"]), 16)


v = ir_melli()
S("fa", "family", f"فکر: برای ثبت‌نام مادربزرگ در سامانه بیمه سلامت، کد ملی لازم است. کاربر {v} را داد. فقط در فرم وارد می‌کنم.", v)

c = ir_card()
S("fa", "shop", f"لطفاً قبض گاز رو با این کارت پرداخت کن: {g4(c, '-')}، رمز دوم رو با پیامک می‌فرستم", g4(c, "-"))

v = ir_iban()
S("fa", "family", f"خلاصه: شماره شبای حساب شخصی برای واریز یارانه ثبت شد: {v}", v)

I("fa", "subs", f"قبض برق آذر: شناسه قبض {rd(13)}، شناسه پرداخت {rd(10)}، مبلغ ۴۸۰٬۰۰۰ ریال، مهلت پرداخت ۲۵ آذر.")

I("fa", "shop", f"دیجی‌کالا: سفارش DKC-{rd(9)} ارسال شد. کد رهگیری پست {rd(24)}، کد پستی مقصد {rd(10)}.")

I("fa", "family", f"شماره‌های مهم خانواده:\nمامان: 0912 {rd(3)} {rd(4)}\nبابا: 0935 {rd(3)} {rd(4)}\n"
  f"خانه مادربزرگ: 021 {rd(4)} {rd(4)} – کد پستی {rd(5)}-{rd(5)}")

# =====================================================================================
# HINDI
# =====================================================================================
def in_pan(kind="P") -> str:
    return rs(UP, 3) + kind + rs(UP, 1) + rd(4) + rs(UP, 1)


v = aadhaar()
S("hi", "health", f"विचार: दादी का आयुष्मान कार्ड बनवाने के लिए उनका आधार नंबर चाहिए। उपयोगकर्ता ने {v} बताया। "
  "मैं इसे सिर्फ़ फ़ॉर्म में भरूँगा।", v)

v = in_pan("P")
S("hi", "family", "tool_call incometax.file_itr " + J({"नाम": "सुरेश कुमार शर्मा", "pan": v, "वर्ष": "2025-26",
  "फ़ॉर्म": "ITR-1"}), v)

v = genpw(12)
S("hi", "family", f"सारांश: पापा का SBI नेट बैंकिंग पासवर्ड बदल दिया गया है। नया पासवर्ड {v} है, उन्होंने इसे अपनी "
  "डायरी में लिख लिया है।", v)

v = rd(6)
S("hi", "mail", f"SMS: आपका HDFC बैंक OTP {v} है, ₹2,450.00 के लेनदेन हेतु Amazon पर। यह OTP किसी के साथ साझा न करें।", v)

I("hi", "shop", f"बिल: शर्मा इलेक्ट्रॉनिक्स, GSTIN {in_gstin()}, इनवॉइस नं. SE/{rd(4)}/26, मिक्सर ग्राइंडर ₹3,199 "
  "(GST सहित)।")

I("hi", "travel", f"IRCTC टिकट: PNR {rdn(10)}, ट्रेन 12951 मुंबई राजधानी, 20 दिसंबर, कोच B3, बर्थ 41-44। "
  "चार्ट बनने के बाद स्टेटस देखें।")

I("hi", "family", f"मौसी का नया पता: फ़्लैट 302, साईं अपार्टमेंट, सेक्टर 21, नोएडा, पिन {R.randint(201301, 201310)}। "
  f"फ़ोन {phone('IN')}।")

I("hi", "school", "स्कूल का संदेश: \"अगर आप ERP पोर्टल का पासवर्ड भूल गए हैं तो 'Forgot Password' पर क्लिक करें। "
  "स्कूल कभी फ़ोन पर पासवर्ड नहीं माँगता।\"")

# =====================================================================================
# BENGALI
# =====================================================================================
v = rdn(10)
S("bn", "family", f"সারাংশ: মায়ের টিকার নিবন্ধন করলাম সুরক্ষা অ্যাপে। জাতীয় পরিচয়পত্র নম্বর {v} দিয়ে, তারিখ রবিবার।", v)

v = rd(5)
S("bn", "shop", f"ভাইয়া, আমার বিকাশ পিন {v}, বাজারের টাকাটা পাঠিয়ে দিও। কাউকে বলবে না কিন্তু", v)

I("bn", "shop", f"দারাজ অর্ডার #{rd(15)} পাঠানো হয়েছে, ট্র্যাকিং নম্বর DEX-BD-{rd(9)}। ডেলিভারি ১২ ডিসেম্বরের মধ্যে।")

I("bn", "school", f"স্কুলের নোটিশ: বার্ষিক পরীক্ষা ১৫ ডিসেম্বর থেকে। রোল নম্বর {rd(3)}, রেজিস্ট্রেশন {rd(10)}। "
  "পাসওয়ার্ড ভুলে গেলে অফিসে যোগাযোগ করুন।")

# =====================================================================================
# TAMIL
# =====================================================================================
v = aadhaar()
S("ta", "health", f"சுருக்கம்: அப்பாவின் முதலமைச்சர் காப்பீட்டு அட்டைக்கு விண்ணப்பித்தேன். ஆதார் எண் {v} "
  "பயன்படுத்தப்பட்டது.", v)

v = rd(6)
S("ta", "mail", f"குறுஞ்செய்தி: உங்கள் Indian Bank OTP {v}. இதை யாருடனும் பகிர வேண்டாம்.", v)

I("ta", "subs", f"மின் கட்டணம்: நுகர்வோர் எண் {rd(2)}-{rd(3)}-{rd(3)}-{rd(3)}, தொகை ₹1,240, கடைசி நாள் டிசம்பர் 18.")

I("ta", "travel", f"பேருந்து முன்பதிவு: TNSTC டிக்கெட் எண் T{rd(9)}, சென்னை → மதுரை, 22 டிசம்பர் இரவு 9:30, "
  "இருக்கை 14, 15.")

# =====================================================================================
# JAPANESE
# =====================================================================================
def jp_corp() -> str:
    b = rdn(12)
    s = sum(int(b[-n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - s % 9) + b


def yamato() -> str:
    b = rdn(11)
    return b + str(int(b) % 7)


v = jp_mynumber()
S("ja", "family", "tool_call etax.submit " + J({"氏名": "佐藤 恵子", "マイナンバー": v.replace(" ", ""),
  "申告種類": "医療費控除", "年分": "令和7年"}), v.replace(" ", ""))

v = rd(4)
S("ja", "shop", f"考え: 母がキャッシュカードの暗証番号（{v}）をメモに書いて財布に入れていた。銀行で変更するよう提案し、"
  "メモは破棄してもらう。", v)

v = rs("abcdefghijkmnpqrstuvwxyz23456789", 13)
S("ja", "net", f"実家のWi-Fiルーター（Aterm）側面のシール\nSSID: aterm-3f8a2c-g\n暗号化キー: {v}\n"
  "→ 父のスマホとプリンターに設定済み", v)

v = genpw(12)
S("ja", "shop", f"楽天のパスワード変えといたよ。新しいのは {v} 。ポイントの期限切れそうだから早めに使ってね", v)

S("ja", "notes", f"メモ「ウォレット復元用」\n{MNEMONIC_JA}\n※紙にも書いて金庫に保管済み", MNEMONIC_JA)

v = f"{rd(7)}"
S("ja", "family", f"まとめ：祖母の年金振込口座をゆうちょから三菱UFJ（渋谷支店 普通 {v}）に変更する手続きを完了。"
  "反映は来月から。", v)

I("ja", "family", f"請求書：株式会社ミナト設備（法人番号 {jp_corp()}）、給湯器交換 198,000円（税込）、"
  "振込期限 12月25日。")

I("ja", "shop", f"ヤマト運輸：お荷物（伝票番号 {yamato()}）は12月9日 14-16時にお届け予定です。")

I("ja", "shop", f"Amazon.co.jp 注文番号 {R.choice(['249', '250', '503'])}-{rd(7)}-{rd(7)}：加湿器が発送されました。"
  "お届け先 〒150-0001 東京都渋谷区神宮前。")

I("ja", "travel", f"えきねっと予約：予約番号 {rd(6)}、東北新幹線 はやぶさ17号 東京 10:20 → 仙台 11:52、"
  "7号車 8A〜8D。受取には予約時のクレジットカードが必要です。")

I("ja", "home", "Zigbee デバイス一覧\n" + "\n".join(f"{n}: 0x{hx(16)} (LQI {R.randint(60, 255)})"
  for n in ["玄関センサー", "寝室ライト", "リビング温湿度計"]))

I("ja", "health", f"母の通院メモ：12/11(木) 10:30 整形外科、診察券番号 {rd(6)}、お薬手帳を持参。"
  f"病院の電話 03-{rd(4)}-{rd(4)}。")

# =====================================================================================
# KOREAN
# =====================================================================================
def kr_brn() -> str:
    b = [int(c) for c in rdn(9)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(x * y for x, y in zip(b, w)) + (b[8] * 5) // 10
    c = (10 - s % 10) % 10
    n = "".join(map(str, b)) + str(c)
    return f"{n[:3]}-{n[3:5]}-{n[5:]}"


v = kr_rrn()
S("ko", "health", f"생각: 할머니 건강검진 예약에 주민등록번호가 필요하다. 사용자가 알려준 번호는 {v}. "
  "예약 폼에만 입력하고 요약에는 남기지 않는다.", v)

v = rd(R.choice([6, 8])) + "*"
S("ko", "family", f"엄마 새 아파트 현관 비밀번호 {v} 이에요. 택배 기사님한테는 알려주지 마세요", v)

v = f"110-{rd(3)}-{rd(6)}"
S("ko", "family", f"요약: 아이 용돈 자동이체 설정 완료. 출금 계좌는 신한은행 {v} (본인 명의), 매월 1일 5만원.", v)

v = genpw(12)
S("ko", "family", "tool_call hometax.login " + J({"인증방식": "공동인증서", "인증서_비밀번호": v}), v)

S("ko", "notes", f"지갑 복구 문구 (절대 공유 금지)\n{MNEMONIC_KO}", MNEMONIC_KO)

I("ko", "family", f"세금계산서: (주)한빛설비, 사업자등록번호 {kr_brn()}, 보일러 교체 1,320,000원(VAT 포함).")

I("ko", "shop", f"CJ대한통운 운송장번호 {yamato()} — 배송 출발, 도착 예정 12월 10일. 주문번호 {rd(16)}.")

I("ko", "net", f"NAS에 등록한 노트북 공개키:\n{ssh_ed25519_pub('minji@galaxybook')}\n비밀키는 노트북에만 있음.")

I("ko", "health", f"병원 예약 확인: 12월 15일(월) 오전 9시 20분, 내과 김서연 교수, 등록번호 {rd(8)}. "
  f"문의 02-{rd(4)}-{rd(4)}.")

# =====================================================================================
# CHINESE (Simplified)
# =====================================================================================
def cn_uscc() -> str:
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    b = "91" + R.choice(["110105", "310115", "440300", "330106"]) + rs(al, 9)
    c = 31 - sum(al.index(ch) * x for ch, x in zip(b, w)) % 31
    return b + al[0 if c == 31 else c]


v = cn_id()
S("zh-Hans", "travel", "tool_call 12306.book " + J({"乘客": "王秀英", "证件类型": "二代身份证", "证件号码": v,
  "车次": "G1", "日期": "2026-12-24", "席别": "二等座"}), v)

v = rd(6)
S("zh-Hans", "shop", f"想法：妈妈把支付宝支付密码 {v} 告诉了“客服”，很可能是诈骗。建议立即修改密码并冻结账户。", v)

c = card("unionpay")
S("zh-Hans", "family", f"总结：奶奶的养老金已改为打到她的工商银行卡 {g4(c)}，下个月起生效。", g4(c))

v = rd(6)
S("zh-Hans", "home", f"家里智能门锁新密码是 {v}，阿姨每周三来打扫用，别发到家庭群里", v)

S("zh-Hans", "notes", f"备忘录《钱包助记词》\n{MNEMONIC_ZH}\n（已抄在纸上）", MNEMONIC_ZH)

I("zh-Hans", "family", f"发票：北京安居水电维修有限公司，统一社会信用代码 {cn_uscc()}，维修热水器 ¥680.00。")

I("zh-Hans", "shop", f"顺丰速运：运单号 SF{rd(13)} 已签收，签收人：前台。订单号 {rd(19)}。")

I("zh-Hans", "net", f"给爸爸的笔记本加了 WireGuard 节点，公钥 {wg_pub()}，分配地址 10.8.0.5/32，握手正常。")

I("zh-Hans", "health", f"挂号成功：北京协和医院 心内科 12月16日 上午9:00，就诊号 {rd(3)}，挂号费 ¥50。"
  f"联系电话 138{rd(8)}。")

I("zh-Hans", "travel", f"携程订单 {rd(11)}：上海浦东 → 成都天府，MU5401，12月20日 08:05，确认号 {pnr()}。")

# =====================================================================================
# CHINESE (Traditional)
# =====================================================================================
_TW = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_id() -> str:
    L = R.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO")
    b = R.choice("12") + rd(7)
    n = _TW[L]
    s = n // 10 + (n % 10) * 9 + sum(int(x) * w for x, w in zip(b, [8, 7, 6, 5, 4, 3, 2, 1]))
    return L + b + str((10 - s % 10) % 10)


def hkid() -> str:
    L = R.choice(UP)
    b = rd(6)
    s = 36 * 9 + (ord(L) - 55) * 8 + sum(int(x) * w for x, w in zip(b, [7, 6, 5, 4, 3, 2]))
    c = (11 - s % 11) % 11
    return f"{L}{b}({'A' if c == 10 else c})"


def tw_ubn() -> str:
    w = [1, 2, 1, 2, 1, 2, 4, 1]
    while True:
        b = rdn(8)
        s = sum((int(x) * y) // 10 + (int(x) * y) % 10 for x, y in zip(b, w))
        if s % 10 == 0 or (b[6] == "7" and (s + 1) % 10 == 0):
            return b


v = tw_id()
S("zh-Hant", "health", f"摘要：已幫阿嬤在健保快易通 App 預約門診。身分證字號 {v}，掛號序號 17 號。", v)

v = hkid()
S("zh-Hant", "travel", "tool_call cathay.add_passenger " + J({"姓名": "陳美玲", "證件": "香港身份證", "號碼": v}), v)

v = genpw(10, sym=False)
S("zh-Hant", "family", f"媽，網銀的密碼我幫你改成 {v} 了，使用者代號沒變。不要告訴打電話來的人喔", v)

I("zh-Hant", "family", f"發票：永安水電行，統一編號 {tw_ubn()}，更換熱水器 NT$12,800。")

I("zh-Hant", "shop", f"7-ELEVEN 交貨便：包裹 {rd(11)} 已到門市（台北忠孝門市），請於 7 天內取貨。訂單編號 {rd(14)}。")

I("zh-Hant", "school", "學校通知：「如忘記 Google Classroom 密碼，請向班導師申請重設，勿將密碼告訴同學。」")

# =====================================================================================
# VIETNAMESE
# =====================================================================================
def vn_mst() -> str:
    while True:
        b = rdn(9)
        c = 10 - sum(int(x) * w for x, w in zip(b, [31, 29, 23, 19, 17, 13, 7, 5, 3])) % 11
        if 0 <= c <= 9:
            return b + str(c)


v = "0" + rd(2) + R.choice("0123") + rd(8)
S("vi", "health", f"Suy nghĩ: để đăng ký khám cho bà ở bệnh viện, cần số CCCD của bà. Người dùng đưa {v}. "
  "Tôi chỉ điền vào biểu mẫu.", v)

v = rd(6)
S("vi", "mail", f"SMS từ Vietcombank: Ma OTP cua Quy khach la {v}. Tuyet doi khong cung cap ma nay cho bat ky ai.", v)

v = rd(R.choice([10, 13]))
S("vi", "family", f"Tóm tắt: đã cài chuyển tiền học phí tự động cho bé Na từ tài khoản Techcombank {v} "
  "(chính chủ) vào ngày 5 hàng tháng.", v)

I("vi", "family", f"Hóa đơn: Công ty TNHH Điện Nước Minh Phát, MST {vn_mst()}. Sửa máy bơm 850.000đ.")

I("vi", "shop", f"Shopee: đơn hàng {rd(2)}{rs(UP + DIG, 12)} đã giao cho GHN, mã vận đơn GHN{rs(UP + DIG, 9)}. "
  "Dự kiến giao 11/12.")

I("vi", "shop", f"Giao dịch thành công: thẻ Visa **** {rd(4)}, mã giao dịch FT{rd(14)}, số tiền 1.250.000đ "
  "tại Điện Máy Xanh.")

# =====================================================================================
# THAI
# =====================================================================================
def th_tax_company() -> str:
    b = "0" + R.choice(["105", "107", "135"]) + rd(8)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10
    return b + str(c)


v = th_id()
S("th", "health", f"ความคิด: การจองคิวตรวจสุขภาพให้คุณยายต้องใช้เลขบัตรประชาชน ผู้ใช้ให้มาคือ {v} "
  "จะกรอกในแบบฟอร์มเท่านั้น", v)

v = rd(6)
S("th", "family", f"แม่ รหัส PIN แอป K PLUS ของแม่คือ {v} นะ อย่าบอกใครที่โทรมาอ้างว่าเป็นธนาคาร", v)

v = genpw(12)
S("th", "net", "tool_call router.update " + J({"ssid": "True_5G_8A21", "รหัสผ่าน": v, "band": "5GHz"}), v)

I("th", "family", f"ใบกำกับภาษี: บริษัท ช่างดี เซอร์วิส จำกัด เลขประจำตัวผู้เสียภาษี {th_tax_company()} "
  "ค่าซ่อมแอร์ 1,850 บาท")

I("th", "shop", f"ไปรษณีย์ไทย: พัสดุ {s10('TH', 'EF')} นำจ่ายสำเร็จ รหัสไปรษณีย์ 10110")

I("th", "school", "ประกาศโรงเรียน: \"หากลืมรหัสผ่านระบบ SGS ให้ติดต่อครูประจำชั้น โรงเรียนไม่เคยขอรหัสผ่านทางโทรศัพท์\"")

# =====================================================================================
# INDONESIAN
# =====================================================================================
v = id_nik()
S("id", "health", f"Ringkasan: sudah daftar BPJS untuk Nenek di aplikasi Mobile JKN. NIK yang dipakai {v}, "
  "faskes pertama Puskesmas Menteng.", v)

v = rd(6)
S("id", "shop", f"Pikiran: pengguna memberikan PIN m-banking BCA {v} supaya saya bisa bayar tagihan listrik. "
  "Saya tidak menyimpannya di catatan.", v)

v = genpw(11)
S("id", "school", f"Akun Rumah Belajar anakku: email raka.putra@sd.belajar.id, kata sandi {v}. Tolong cek tugasnya tiap Jumat", v)

I("id", "family", f"Faktur PT Sinar Teknik Mandiri, NPWP {rd(2)}.{rd(3)}.{rd(3)}.{rd(1)}-{rd(3)}.000, "
  "servis AC Rp 450.000.")

I("id", "shop", f"Tokopedia: pesanan INV/20261205/MPL/{rd(10)} dikirim via JNE, resi {rd(2)}{rs(UP, 4)}{rd(10)}.")

I("id", "notes", "Pelajaran: bank tidak pernah meminta kata sandi atau PIN lewat WhatsApp. Pesan yang diterima "
  "Ibu kemarin adalah penipuan.")

# =====================================================================================
# TAGALOG / TAGLISH
# =====================================================================================
v = rd(4)
S("tl", "family", f"Ate, yung GCash MPIN ko ay {v}, pakibayaran na lang yung Meralco bill ni Lola. Salamat!", v)

v = f"{rd(4)}-{rd(4)}-{rd(4)}-{rd(4)}"
S("tl", "health", f"Buod: nairehistro na si Lolo sa PhilHealth Konsulta gamit ang PhilSys number {v}. "
  "Unang check-up sa Lunes.", v)

I("tl", "shop", f"Shopee order {rd(2)}{rs(UP + DIG, 12)}: naipadala na via J&T, tracking {R.choice(['JT', 'PH'])}{rd(12)}. "
  "Dadating sa Huwebes.")

I("tl", "family", f"GCash: Nagpadala ka ng PHP 1,500.00 kay Lola Ising. Ref No. {rd(13)}. 07 Dis 2026 8:14 PM.")

# =====================================================================================
# SWAHILI
# =====================================================================================
def mpesa_code() -> str:
    return R.choice("STUQ") + rs(UP + DIG, 9)


v = rd(4)
S("sw", "family", f"Mama, PIN yangu ya M-Pesa ni {v}. Tafadhali nitumie ada ya shule ya Baraka kupitia Lipa na "
  "M-Pesa leo.", v)

v = rd(8)
S("sw", "health", f"Muhtasari: nimemsajili bibi kwenye SHA kwa kutumia namba yake ya kitambulisho {v}. "
  "Miadi ya kliniki ni Jumanne.", v)

I("sw", "family", f"{mpesa_code()} Confirmed. Ksh1,500.00 sent to KPLC PREPAID for account {rd(11)} on 5/12/26 at "
  "7:42 PM. New M-PESA balance is Ksh3,210.50.")

I("sw", "school", f"Ujumbe wa shule: ada ya muhula wa pili ilipwe kupitia Paybill {rd(6)}, akaunti namba ya "
  f"mwanafunzi {rd(5)}. Usishiriki nywila yako ya mfumo na mtu yeyote.")

# =====================================================================================
# CODE-SWITCHING: Hinglish, Russian translit, Arabizi, Spanglish
# =====================================================================================
v = rd(6)
S("hi-Latn", "family", f"bhai mera UPI PIN {v} hai, please papa ko 5000 bhej de Google Pay se, main meeting mein hu", v)

v = phrase_pw(["chai", "sharma", "ghar", "pyaar", "monsoon", "jalebi"], "", 2, digit=True)
S("hi-Latn", "net", f"Naye ghar ka WiFi: network 'Sharma_Niwas_5G', password {v}. Guest ke liye alag wala bana dena", v)

v = rd(6)
S("hi-Latn", "shop", f"thought: User ne Flipkart delivery ka OTP {v} share kiya taaki main delivery boy ko bata du. "
  "Sirf usi ke liye use karunga.", v)

I("hi-Latn", "shop", f"Paytm se payment ho gaya: UPI Ref No. {rd(12)}, ₹780 to sharma.kirana@okaxis. "
  "Receipt WhatsApp pe bhej di.")

I("hi-Latn", "travel", f"Mummy ka ticket confirm: PNR {rdn(10)}, 12002 Shatabdi, coach C4 seat 36. "
  "Train 6:00 baje hai, 5:30 tak station pahunch jana.")

I("hi-Latn", "notes", "Lesson: Bank wale kabhi OTP ya password phone pe nahi maangte. Kal ka call fraud tha, "
  "number block kar diya.")

v = genpw(11)
S("ru-Latn", "family", f"privet! parol ot Gosuslug dlya babushki: {v}. ona sama ego ne pomnit, zapishi gde-nibud bezopasno", v)

v = rd(6)
S("ru-Latn", "mail", f"SMS: Kod podtverzhdeniya {v}. Nikomu ne soobshchayte ego. Tinkoff", v)

I("ru-Latn", "shop", f"Wildberries: zakaz {rd(9)} dostavlen v punkt vydachi, ul. Lenina 14. Khranenie 7 dney.")

I("ru-Latn", "notes", "Urok: babushka chut ne skazala kod iz SMS \"sotrudniku banka\". Ob'yasnili, chto bank "
  "nikogda ne sprashivaet kod ili parol.")

v = genpw(10, sym=False)
S("ar-Latn", "family", f"ya 3ammi, el password bta3 el wifi el gdid howa {v}, w esm el network 'Beit_ElAhmad'", v)

v = rd(4)
S("ar-Latn", "home", f"el code bta3 bawabet el 3emara b2a {v}, ma tb3atosh 3al group law sama7to", v)

I("ar-Latn", "shop", f"talabak men Talabat raqam {rd(9)} 3la el tare2, el mandoub hayetasel mn raqam "
  f"+20 10 {rd(4)} {rd(4)}.")

I("ar-Latn", "travel", f"el 7agz et2aked: EgyptAir MS 985, reference {pnr()}, ticket {'077' + rd(10)}, "
  "ye2om 22 Dec 10:45 mn Cairo.")

v = genpw(12)
S("es-Latn-US", "net", f"oye, el password del WiFi nuevo es {v}, el network se llama 'Casa_Rivera'. "
  "Don't share it con los vecinos porfa", v)

v = us_ssn()
S("es-Latn-US", "health", f"Summary: llené la aplicación de Medicaid para abuelo. Usé su Social Security "
  f"number {v} y la carta del landlord como proof of address.", v)

I("es-Latn-US", "shop", f"Tu package de Amazon ya llegó, order #{amazon_order()}, lo dejaron en el porch a las 3:14pm.")

I("es-Latn-US", "school", "Mensaje de la escuela: 'Si olvidaron el password del Parent Portal, hagan click en "
  "Forgot Password. Nunca les vamos a pedir el password por texto.'")

# =====================================================================================
# Extra mnemonics in other languages + word-list look-alikes
# =====================================================================================
S("es", "notes", f"Nota privada — frase de recuperación de la cartera (12 palabras):\n{MNEMONIC_ES}", MNEMONIC_ES)
S("it", "notes", f"Pensiero: l'utente ha incollato la frase seed del wallet in una nota condivisa: \"{MNEMONIC_IT}\". "
  "La sposto nel vault cifrato e cancello la nota.", MNEMONIC_IT)
S("pt-BR", "notes", f"frase de recuperação da carteira (não apagar!!)\n{MNEMONIC_PT}", MNEMONIC_PT)
S("cs", "notes", "tool_call vault.store " + J({"nazev": "Obnovovací fráze – peněženka", "tajemstvi": MNEMONIC_CS}), MNEMONIC_CS)
S("fr", "notes", f"Résumé : phrase de récupération du portefeuille Ledger de papa retrouvée dans un tiroir :\n{MNEMONIC_FR}\n"
  "Recopiée dans le coffre-fort, papier brûlé.", MNEMONIC_FR)

I("es", "school", "Vocabulario de inglés para Lucía (unidad 6): apple orange river mountain window garden "
  "pencil rabbit summer winter ticket candle")
I("it", "notes", "Lista della spesa: latte uova pane burro pomodori basilico mozzarella caffè zucchero farina "
  "limoni detersivo")
I("pt-BR", "school", "Ditado da semana do Pedro: casa bola sapato janela árvore cadeira escola fogão "
  "papagaio girafa tesoura bicicleta")
I("cs", "school", "Diktát pro Aničku: pes kočka strom okno babička houska tužka sešit zima sníh sáňky čepice")
I("fr", "school", "Dictée de Léo, mots à apprendre : grenouille parapluie château bibliothèque hiver "
  "couteau lumière genou tarif gomme sottise amidon")

I("ko", "shop", f"쿠팡 결제 완료: 신한카드 {rd(4)}-****-****-{rd(4)} (일시불), 주문번호 {rd(14)}, 로켓배송 내일 도착 예정.")


# =====================================================================================
# integrity checks
# =====================================================================================
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret, _s.id
    assert _s.secret in _s.text, _s.id
for _x in SECRETS + INNOCENT:
    assert 1 <= len(_x.text.split("\n")) <= 12, _x.id
    assert _x.text.strip(), _x.id
