"""Independent secret-redaction test corpus c21

Written: Mon Dec  7 12:54:02 UTC 2026 (output of `date` when the file was written).

Written from general knowledge only, without seeing the redactor, its rules,
its tests or any earlier corpus. Standard library only (Python 3.11). Every
random value is produced at import time from a single seeded
random.Random(2121_0721), so the corpus is deterministic; nothing is real.

Counts
------
SECRETS  = 259   (personal 117, backoffice 42, eng 100)
INNOCENT = 214   (personal 89,  backoffice 32, eng 93)

Settings
--------
personal    personal-assistant work on a user's life: travel, utility, insurance,
            school/medical/tax portals, rental applications, HR onboarding,
            payroll, banking apps, crypto wallets, smart home, garage/gym/parcel
            lockers, building access, cafe/hotel Wi-Fi, voice-mail transcripts.
backoffice  small-business back office: POS, e-commerce admin, accounting
            exports, CRM notes, shared password sheets (CSV/TSV), printers, NAS,
            routers, invoices.
eng         engineering/ops: CI logs, cloud consoles, DB consoles, mobile app
            configs (Info.plist, google-services.json, AndroidManifest), game
            servers, IoT firmware, MQTT, SMTP, LDAP, WireGuard/OpenVPN, SSH,
            Ansible, Jenkins credentials XML, cURL/HAR copies, Postman, Jupyter.

Languages (37)
--------------
en (~41 %), de es fr it nl pl ja pt ru ko zh sv tr ar fi cs no da uk hi vi id
ro he fa th sw el hu tl bg hr sk ur bn sr.

Value generators
----------------
Cards are Luhn-valid; IBANs are ISO 13616 mod-97 valid; national ids carry
valid check digits where the scheme has one (DE Steuer-ID, NL BSN, PL PESEL,
SE personnummer, NO fodselsnummer, FI HETU, ES DNI/NIE, FR NIR, BR CPF, TR TCKN,
CN resident id, IN Aadhaar (Verhoeff), IL teudat zehut, KR RRN, CZ/SK rodne
cislo, RO CNP, BG EGN, RU INN/SNILS, GR AMKA, CA SIN, AU TFN, HU TAJ, JP My
Number, HR OIB, TH id, RS JMBG); schemes without a check digit (US SSN, DK CPR,
UK NINO, VN CCCD, ...) only follow the format. Vendor tokens follow the
published prefixes/lengths (AWS, GitHub classic and fine-grained, GitLab, Slack,
Stripe, Twilio, SendGrid, OpenAI, Anthropic, Google, Mailgun, npm, PyPI,
Telegram, Discord, Shopify, DigitalOcean, Hugging Face, Square, Azure, Vault,
Doppler, Atlassian, Figma, Mapbox, Linear, Notion, age, Razorpay, Midtrans,
Aliyun, ...).

Labelling choices for borderline cases
--------------------------------------
* Identifiers of a BUSINESS printed for payment or compliance (company
  registration numbers, VAT/tax numbers of companies, business IBANs and
  corporate bank accounts on invoices, Bankgiro, KID/OCR references) are
  INNOCENT. The same kinds of values belonging to a PRIVATE PERSON (a personal
  IBAN for rent/salary, an employee's account, a personal tax id) are SECRET.
* Masked values (****1234, XXX-XX-6621), placeholders (<password>, REPLACE_ME,
  ${VAR}, {{token}}), env-var references and CI-masked output (***) are INNOCENT.
* Published documentation/test values explicitly labelled as such (AWS
  AKIAIOSFODNN7EXAMPLE, Stripe test cards 4242..., IBAN-registry sample
  GB82 WEST ...) are INNOCENT.
* Public keys, certificates, fingerprints, key ids/ARNs, hashes/digests, commit
  ids, UUIDs/request ids, ansible-vault ciphertext and data: URIs are INNOCENT.
* A Sentry DSN only referenced through an env var is INNOCENT.
* Order/booking/tracking/invoice/policy/claim/customer/member numbers, PNRs,
  VINs, phone numbers, postal codes, amounts, dates and versions are INNOCENT.
* Passwords, PINs, door/alarm/locker/parcel codes, OTPs, recovery codes, Wi-Fi
  keys, API keys, private keys, JWTs, session cookies, basic-auth blobs,
  connection-string passwords, secret webhook URLs, card numbers/CVVs, personal
  IBANs/account numbers, national ids, passports, driving licences, seed
  phrases and licence keys are SECRET. For multi-part values the recorded
  `secret` is the most sensitive part (e.g. the base64 body of a private key,
  the secret half of an access-key pair, one recovery code of a list, the first
  60 characters of a numbered seed phrase); a record may contain further
  secret material that is not separately recorded.
* Some secrets are spelled out or spoken ("8 1 4 5", "two zero three two") or
  split across lines; the recorded substring keeps that exact form.
"""
from typing import NamedTuple
import random
import base64
import json
import string
import uuid as _uuid


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
_COUNT: dict[str, int] = {}

R = random.Random(2121_0721)

# ---------------------------------------------------------------- helpers
_AL = string.ascii_letters + string.digits
_UP = string.ascii_uppercase
_UPD = string.ascii_uppercase + string.digits
_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_LOWD = string.ascii_lowercase + string.digits
_B64 = string.ascii_letters + string.digits + "+/"
_B64U = string.ascii_letters + string.digits + "-_"


def _id(kind, setting, lang, name):
    key = f"{kind}/{setting}/{lang}/{name}"
    _COUNT[key] = _COUNT.get(key, 0) + 1
    return f"{key}-{_COUNT[key]:02d}"


def S(setting, lang, name, text, secret):
    assert secret in text, (setting, lang, name, secret)
    SECRETS.append(Secret(_id("secret", setting, lang, name), text, secret))


def I(setting, lang, name, text):
    INNOCENT.append(Innocent(_id("innocent", setting, lang, name), text))


def ch(seq):
    return R.choice(seq)


def rs(n, alphabet=_AL):
    return "".join(R.choice(alphabet) for _ in range(n))


def dg(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def dgnz(n):
    return str(R.randint(1, 9)) + dg(n - 1)


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64u(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def uid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def wrap(s, n=64):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


# ------------------------------------------------------------ check digits
def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(prefix="4", length=16):
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body)


def card_fmt(num):
    if len(num) == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return " ".join(num[i:i + 4] for i in range(0, len(num), 4))


def expiry():
    return f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"


def cvv(n=3):
    return dg(n)


_IBAN_SPEC = {  # country: list of (kind, length) for the BBAN
    "DE": [("n", 18)], "FR": [("n", 10), ("u", 11), ("n", 2)], "GB": [("a", 4), ("n", 14)],
    "NL": [("a", 4), ("n", 10)], "ES": [("n", 20)], "IT": [("a", 1), ("n", 10), ("u", 12)],
    "PL": [("n", 24)], "CZ": [("n", 20)], "SK": [("n", 20)], "SE": [("n", 20)], "NO": [("n", 11)],
    "DK": [("n", 14)], "FI": [("n", 14)], "TR": [("n", 5), ("z", 1), ("u", 16)], "PT": [("n", 21)],
    "BE": [("n", 12)], "AT": [("n", 16)], "CH": [("n", 17)], "HU": [("n", 24)], "RO": [("a", 4), ("u", 16)],
    "BG": [("a", 4), ("n", 6), ("u", 8)], "HR": [("n", 17)], "GR": [("n", 23)], "SA": [("n", 2), ("u", 18)],
    "AE": [("n", 19)], "IL": [("n", 19)], "IE": [("a", 4), ("n", 14)], "UA": [("n", 6), ("u", 19)],
}


def iban(cc):
    parts = []
    for kind, n in _IBAN_SPEC[cc]:
        if kind == "n":
            parts.append(dg(n))
        elif kind == "a":
            parts.append(rs(n, _UP))
        elif kind == "z":
            parts.append("0" * n)
        else:
            parts.append(rs(n, _UPD))
    bban = "".join(parts)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


def iban_fmt(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_ok(s):
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def _date(y0=1950, y1=2004):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def ssn_us():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def nino_uk():
    return ch(["AB", "CE", "JK", "PR", "SN", "WL", "HT", "EM"]) + f" {dg(2)} {dg(2)} {dg(2)} " + ch("ABCD")


def bsn_nl():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            return "".join(map(str, d)) + str(s)


def pesel_pl():
    y, m, dd = _date(1955, 2005)
    mm = m + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{mm:02d}{dd:02d}{dg(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * w[i] for i, c in enumerate(body)) % 10) % 10)


def pnr_se():
    y, m, dd = _date()
    body = f"{y % 100:02d}{m:02d}{dd:02d}{dg(3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def fnr_no():
    while True:
        y, m, dd = _date()
        b = f"{dd:02d}{m:02d}{y % 100:02d}{dg(3)}"
        d = list(map(int, b))
        k1 = 11 - sum(x * w for x, w in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(x * w for x, w in zip(d + [k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k1) + str(k2)


def hetu_fi():
    y, m, dd = _date(1950, 2005)
    n = f"{R.randint(2, 899):03d}"
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{dd:02d}{m:02d}{y % 100:02d}{n}") % 31]
    return f"{dd:02d}{m:02d}{y % 100:02d}{'A' if y >= 2000 else '-'}{n}{c}"


def dni_es():
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie_es():
    p = R.randint(0, 2)
    n = R.randint(1000000, 9999999)
    return f"{'XYZ'[p]}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str(p) + f'{n:07d}') % 23]}"


def nir_fr():
    y, m, _ = _date()
    body = f"{R.randint(1, 2)}{y % 100:02d}{m:02d}{R.randint(1, 95):02d}{R.randint(1, 899):03d}{R.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def _iso7064_11_10(digits):
    p = 10
    for c in digits:
        s = (int(c) + p) % 10
        s = 10 if s == 0 else s
        p = (s * 2) % 11
    c = 11 - p
    return "0" if c == 10 else str(c)


def steuerid_de():
    while True:
        ds = R.sample(range(10), 9)
        ds.append(R.choice(ds))
        R.shuffle(ds)
        if ds[0] != 0:
            break
    body = "".join(map(str, ds))
    return body + _iso7064_11_10(body)


def oib_hr():
    body = dgnz(10)
    return body + _iso7064_11_10(body)


def cpf_br():
    d = [R.randint(0, 9) for _ in range(9)]
    d1 = sum(d[i] * (10 - i) for i in range(9)) * 10 % 11 % 10
    d2 = sum((d + [d1])[i] * (11 - i) for i in range(10)) * 10 % 11 % 10
    s = "".join(map(str, d + [d1, d2]))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def tckn_tr():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d + [d10, d11]))


def cnid_cn():
    y, m, dd = _date(1960, 2003)
    body = ch(["110105", "310104", "440305", "510107", "330106"]) + f"{y}{m:02d}{dd:02d}" + dg(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w[i] for i, c in enumerate(body)) % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar_in():
    body = str(R.randint(2, 9)) + dg(10)
    c = 0
    for i, x in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(x)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def teudat_il():
    body = dg(8)
    t = 0
    for i, c in enumerate(body):
        p = int(c) * (1 if i % 2 == 0 else 2)
        t += p if p < 10 else p - 9
    return body + str((10 - t % 10) % 10)


def rrn_kr():
    y, m, dd = _date(1960, 1999)
    body = f"{y % 100:02d}{m:02d}{dd:02d}{R.randint(1, 2)}{dg(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * w[i] for i, x in enumerate(body)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def rc_cz(female=False):
    while True:
        y, m, dd = _date(1960, 2004)
        mm = m + (50 if female else 0)
        body = f"{y % 100:02d}{mm:02d}{dd:02d}{dg(3)}"
        c = int(body) % 11
        if c == 10:
            continue
        return f"{body[:6]}/{body[6:]}{c}"


def cnp_ro():
    y, m, dd = _date(1960, 1999)
    body = f"{R.randint(1, 2)}{y % 100:02d}{m:02d}{dd:02d}{R.randint(1, 46):02d}{dg(3)}"
    c = sum(int(x) * int(w) for x, w in zip(body, "279146358279")) % 11
    return body + ("1" if c == 10 else str(c))


def egn_bg():
    y, m, dd = _date(1960, 1999)
    body = f"{y % 100:02d}{m:02d}{dd:02d}{dg(3)}"
    c = sum(int(x) * w for x, w in zip(body, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return body + ("0" if c == 10 else str(c))


def inn_ru():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(9)]
    n11 = sum(x * w for x, w in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    d.append(n11)
    n12 = sum(x * w for x, w in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    return "".join(map(str, d + [n12]))


def snils_ru():
    d = [R.randint(0, 9) for _ in range(9)]
    s = sum(x * (9 - i) for i, x in enumerate(d))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    b = "".join(map(str, d))
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def amka_gr():
    y, m, dd = _date()
    body = f"{dd:02d}{m:02d}{y % 100:02d}{dg(4)}"
    return body + luhn_digit(body)


def sin_ca():
    body = str(R.choice([1, 2, 4, 5, 6, 7, 9])) + dg(7)
    s = body + luhn_digit(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def tfn_au():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        for last in range(10):
            if sum(x * y for x, y in zip(d + [last], w)) % 11 == 0:
                s = "".join(map(str, d + [last]))
                return f"{s[:3]} {s[3:6]} {s[6:]}"


def nik_id():
    y, m, dd = _date(1970, 2002)
    return f"3{R.randint(1, 7)}{dg(4)}{dd + ch([0, 40]):02d}{m:02d}{y % 100:02d}{dg(4)}"


def thai_id():
    body = str(R.randint(1, 8)) + dg(11)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(body)) % 11) % 10
    return body + str(c)


def jmbg_rs():
    while True:
        y, m, dd = _date(1950, 2004)
        body = f"{dd:02d}{m:02d}{y % 1000:03d}{R.randint(71, 79)}{dg(3)}"
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k = 11 - sum(int(x) * w[i] for i, x in enumerate(body)) % 11
        if k == 10:
            continue
        return body + ("0" if k == 11 else str(k))


def cpr_dk():
    y, m, dd = _date()
    return f"{dd:02d}{m:02d}{y % 100:02d}-{dg(4)}"


def taj_hu():
    d = [R.randint(0, 9) for _ in range(8)]
    c = sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
    s = "".join(map(str, d)) + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def za_id():
    y, m, dd = _date()
    body = f"{y % 100:02d}{m:02d}{dd:02d}{dg(4)}{R.randint(0, 1)}8"
    return body + luhn_digit(body)


def mynumber_jp():
    d = [R.randint(0, 9) for _ in range(11)]
    s = sum(d[10 - n] * ((n + 2) if n <= 5 else (n - 4)) for n in range(11))  # n=0 -> rightmost body digit
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    out = "".join(map(str, d)) + str(c)
    return f"{out[:4]} {out[4:8]} {out[8:]}"


def ahv_ch():
    body = "756" + dg(9)
    # EAN-13 check
    t = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    s = body + str((10 - t % 10) % 10)
    return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"


_BIP = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
        "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust "
        "admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle "
        "alarm album alcohol alert alien all alley allow almost alone alpha already also alter always amateur "
        "amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual "
        "another answer antenna antique anxiety any apart apology appear apple approve april arch arctic area "
        "arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist artwork ask "
        "aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit "
        "august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis baby "
        "bachelor bacon badge bag balance balcony ball bamboo banana banner bar barely bargain barrel base basic "
        "basket battle beach bean beauty because become beef before begin behave behind believe below belt bench "
        "benefit best betray better between beyond bicycle bid bike bind biology bird birth bitter black blade "
        "blame blanket blast bleak bless blind blood blossom blouse blue blur blush board boat body boil bomb "
        "bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain brand brass brave "
        "bread breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother brown brush "
        "bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst bus business busy "
        "butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp can canal cancel candy "
        "cannon canoe canvas canyon capable capital captain car carbon card cargo carpet carry cart case").split()


def seed(n=12):
    return " ".join(R.choice(_BIP) for _ in range(n))


def jwt(payload, alg="HS256"):
    h = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{p}.{b64u(32 if alg.startswith('HS') else 256)}"


def openssh_key():
    return wrap("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + b64(300)[:330], 70)


def pem_body(nbytes=600):
    return wrap(b64(nbytes), 64)


def wg_key():
    return b64(32)


def ovpn_static():
    return "\n".join(hx(32) for _ in range(16))


# ---------------------------------------------------------- vendor tokens
def aws_akid():
    return "AKIA" + rs(16, _UP + "234567")


def aws_secret():
    return rs(40, _AL + "+/")


def gh_pat():
    return "ghp_" + rs(36)


def gh_fine():
    return "github_pat_11" + rs(20, _UPD) + "_" + rs(59)


def glpat():
    return "glpat-" + rs(20, _AL + "-_")


def slack_bot():
    return f"xoxb-{dgnz(11)}-{dgnz(13)}-{rs(24)}"


def slack_hook():
    return f"https://hooks.slack.com/services/T{rs(8, _UPD)}/B{rs(10, _UPD)}/{rs(24)}"


def discord_hook():
    return f"https://discord.com/api/webhooks/{dgnz(18)}/{rs(68, _AL + '-_')}"


def stripe_live():
    return "sk_live_" + rs(99)[:R.choice([24, 99])]


def stripe_rk():
    return "rk_live_" + rs(99)


def stripe_whsec():
    return "whsec_" + rs(32)


def twilio_sk():
    return "SK" + hx(32)


def sendgrid():
    return f"SG.{rs(22, _AL + '-_')}.{rs(43, _AL + '-_')}"


def openai_key():
    return "sk-proj-" + rs(156, _AL + "-_")


def anthropic_key():
    return "sk-ant-api03-" + rs(93, _AL + "-_") + "AA"


def google_api():
    return "AIza" + rs(35, _AL + "-_")


def mailgun():
    return "key-" + hx(32)


def npm_tok():
    return "npm_" + rs(36)


def pypi_tok():
    return "pypi-AgEIcHlwaS5vcmc" + rs(50, _AL + "-_")


def telegram_bot():
    return f"{R.randint(5000000000, 7999999999)}:AA{rs(33, _AL + '-_')}"


def discord_bot():
    return f"{rs(24, _AL)}.{rs(6, _AL + '-_')}.{rs(38, _AL + '-_')}"


def shopify():
    return "shpat_" + hx(32)


def do_tok():
    return "dop_v1_" + hx(64)


def hf_tok():
    return "hf_" + rs(34)


def square_tok():
    return "EAAA" + rs(60, _AL + "-_")


def azure_key():
    return b64(64)


def gcp_sa_key():
    return pem_body(900)


def mapbox():
    return "sk.eyJ1Ijoi" + rs(60, _AL) + "." + rs(22, _AL + "-_")


def datadog():
    return hx(32)


def sentry_dsn():
    return f"https://{hx(32)}@o{dgnz(6)}.ingest.sentry.io/{dgnz(7)}"


def linear_key():
    return "lin_api_" + rs(40)


def notion_key():
    return "secret_" + rs(43)


def postmark():
    return uid()


def vault_tok():
    return "hvs." + rs(24, _AL + "-_") + rs(66, _AL + "-_")


def doppler():
    return "dp.st.prd." + rs(43)


def atlassian():
    return "ATATT3xFfGF0" + rs(170, _AL + "-_") + "=" + hx(8).upper()


def figma():
    return "figd_" + rs(40, _AL + "-_")


def firebase_srv():
    return "AAAA" + rs(7, _AL + "-_") + ":APA91b" + rs(134, _AL + "-_")


def cloudflare():
    return rs(40, _AL + "-_")


def age_key():
    return "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L").upper()


def pw_human(words, years=True):
    w = ch(words)
    w = w[0].upper() + w[1:]
    tail = str(R.randint(1960, 2024)) if years and R.random() < .5 else dg(R.randint(2, 4))
    return w + tail + ch(["!", "#", "", "?", "*", "$", "."])


def pw_gen(n=16):
    al = _AL + "!#$%&*+-=?@^_~"
    while True:
        p = rs(n, al)
        if any(c.isdigit() for c in p) and any(c in "!#$%&*+-=?@^_~" for c in p):
            return p


def otp(n=6):
    return dg(n)


def recovery_codes(k=8, style="dash"):
    if style == "dash":
        return [f"{rs(4, _LOWD)}-{rs(4, _LOWD)}" for _ in range(k)]
    if style == "digits":
        return [f"{dg(4)} {dg(4)}" for _ in range(k)]
    return [rs(10, _LOWD) for _ in range(k)]


def licence_key():
    return "-".join(rs(5, _UPD.replace("O", "").replace("0", "")) for _ in range(5))


def wifi_key():
    return ch([pw_gen(R.randint(12, 20)), rs(10, "0123456789ABCDEF"), pw_human(["sunset", "cafe", "espresso", "latte", "harbor", "lemon"])])


# ---------------------------------------------------------- innocent bits
def sha256():
    return hx(64)


def sha1():
    return hx(40)


def order_no(prefix=""):
    return prefix + dg(R.randint(7, 10))


def phone(cc="+1"):
    return f"{cc} {dg(3)} {dg(3)} {dg(4)}"

# =====================================================================
# PERSONAL ASSISTANT — English
# =====================================================================
_EN_WORDS = ["sunshine", "buster", "maggie", "liverpool", "pumpkin", "charlie", "bluebird", "tigger", "marley", "oakwood"]

v = pw_human(_EN_WORDS)
S("personal", "en", "utility-portal-password", f"Hey, can you log into the electric company site and download the last 3 bills? Username is my email, password {v} — it's the one with the dog's name.", v)
v = dg(4)
S("personal", "en", "garage-door-code", f"Reminder for the dog sitter: side garage keypad is {v}, then press ENTER. Leash is on the hook by the freezer.", v)
v = otp()
S("personal", "en", "sms-otp-forwarded", f"[forwarded SMS] Chase: Your one-time code is {v}. Don't share it. We'll never call to ask for it.\n\nuser: here's the code it sent, go ahead and finish the transfer", v)
v = card("4", 16); c = cvv(); e = expiry()
S("personal", "en", "card-for-booking", f"Book the Marriott for the 14th–16th. Use my Visa {card_fmt(v)} exp {e} CVV {c}, name on card Daniel R. Whitaker.", card_fmt(v))
S("personal", "en", "card-cvv-booking", f"For the hotel deposit: card ending {v[-4:]}, security code {c}, billing ZIP 30318.", c)
v = ssn_us()
S("personal", "en", "tax-ssn", f"For the TurboTax form, my SSN is {v} and my wife's is in the blue folder. Filing status married jointly.", v)
v = ssn_us()
S("personal", "en", "rental-app-ssn", f"Rental application — Applicant info\nFull name: Priya Natarajan\nDate of birth: 03/11/1991\nSocial Security #: {v}\nCurrent employer: Lakeview Dental Group\nMonthly income: $6,400", v)
v = seed(12)
S("personal", "en", "seed-phrase-chat", f"ok so I wrote the wallet words on a napkin, here they are in order: {v}. can you check my ETH balance with that?", v)
v = seed(24)
S("personal", "en", "seed-phrase-ocr", "OCR of photo IMG_4471.jpg:\nRECOVERY PHRASE — KEEP OFFLINE\n" + "\n".join(f"{i+1}. {w}" for i, w in enumerate(v.split())) + "\nLedger Nano X", "\n".join(f"{i+1}. {w}" for i, w in enumerate(v.split()))[:60])
v = rs(8, "23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
S("personal", "en", "parcel-locker-code", f"Amazon Hub: Your package is ready at Locker 'Alpine' inside Whole Foods, 2210 Pine St. Pickup code: {v}. Pickup by Dec 12.", v)
v = dg(6)
S("personal", "en", "building-fob-code", f"Welcome to The Meridian! Your temporary lobby entry code is #{v}# until your fob is ready. Mail room is on B1.", v)
v = pw_human(["espresso", "harbor", "latte"]); 
S("personal", "en", "cafe-wifi", f"user: what's the wifi here again? it's on the chalkboard\nassistant: From your photo: Network \"BeanThere_Guest\", password {v}", v)
v = rs(4, _UP) + dg(4)
S("personal", "en", "hotel-wifi", f"Room 614 — Wi‑Fi: HYATT_GUEST / access code {v} (valid through checkout). Dial 0 for the front desk.", v)
codes = recovery_codes(10, "dash")
S("personal", "en", "google-backup-codes", "BACKUP VERIFICATION CODES\nKeep these somewhere safe but accessible.\n" + "\n".join(f"{i+1}. {c}" for i, c in enumerate(codes)) + "\n(dana.k.hollis@gmail.com)\nEach code can be used once.", codes[3])
v = dg(4)
S("personal", "en", "voice-pin", f"[voicemail transcript] Hi honey it's Mom, the PIN for the new debit card is, uh, {' '.join(v)}, I wrote it down too but just in case. Call me back.", ' '.join(v))
v = ch(["four", "seven", "two", "nine"]) + " " + ch(["one", "eight", "zero"]) + " " + ch(["three", "six", "five"]) + " " + ch(["two", "nine", "eight"])
S("personal", "en", "alarm-code-spoken", f"Transcript (Ring call, 6:42pm): \"...yeah the alarm, so when you walk in it beeps, you punch in {v} and it stops. Don't hit the panic one.\"", v)
v = dg(9)
S("personal", "en", "bank-account-number", f"Direct deposit form — Routing number: 021000021 (that's Chase's public routing), Account number: {v}, Checking.", v)
v = pw_gen(14)
S("personal", "en", "school-portal", f"PowerSchool parent login for Maya: username mhollis_parent, pw {v}. Can you check if her science project grade posted?", v)
v = rs(1, _UP) + dg(8)
S("personal", "en", "passport-number", f"TSA PreCheck renewal — passport number {v}, issued 2019, expires Aug 2029. Place of birth: Sacramento, CA.", v)
v = ch(["D", "S", "W"]) + dg(3) + "-" + dg(4) + "-" + dg(4)
S("personal", "en", "drivers-licence", f"Rental car pre-checkin asks for license: {v} (Florida), exp 09/2028. DOB 1987-05-02.", v)
v = dg(6)
S("personal", "en", "gym-locker", f"Locker 118 combo is {v[:2]}-{v[2:4]}-{v[4:]} — turn right twice first. Towel service ends at 9.", f"{v[:2]}-{v[2:4]}-{v[4:]}")
v = pw_human(_EN_WORDS)
S("personal", "en", "insurance-portal-after-asked", f"assistant: To pull the claim status from Geico I'll need your login.\nuser: email is tom.b@outlook.com\nuser: and the password is\nuser: {v}", v)
v = rs(17, _UPD.replace("O", "").replace("I", "").replace("Q", ""))
I("personal", "en", "vin-number", f"Oil change booked at Firestone, Sat 9:30am. Vehicle: 2018 Honda CR-V, VIN {v}, mileage approx 61,200.")
v = sin_ca()
S("personal", "en", "canada-sin", f"Payroll onboarding (Ontario) – employee: Jordan Li. SIN: {v}. TD1 claim code 1. Start date Jan 6.", v)
v = tfn_au()
S("personal", "en", "australia-tfn", f"Hi Sam, for the super fund rollover I need your TFN — is it {v}? That's what was on last year's payment summary.", v)
v = nino_uk()
S("personal", "en", "uk-nino", f"HMRC starter checklist\nSurname: O'Donnell   First names: Aoife\nNational Insurance number: {v}\nStatement: B (this is my only job)", v)
v = iban("GB")
S("personal", "en", "uk-personal-iban", f"Pay the deposit back to my personal account please: Starling, Sort code 60-83-71, IBAN {iban_fmt(v)}. Name: Harriet Cole.", iban_fmt(v))
v = rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
I("personal", "en", "airline-pnr", f"Your trip is confirmed! Confirmation code {v}. UA 1432 SFO→ORD departs 7:05 AM Mon Mar 3, seat 22C. Check in 24h before departure.")

# ---- English personal innocents
I("personal", "en", "masked-card", "Your Amazon order #112-4839201-7730619 was charged to Visa ****4417. Arriving Thursday by 9pm.")
I("personal", "en", "password-advice", "Tip for your new router: use a passphrase of at least 4 random words, don't reuse your email password, and turn off WPS. I can help you pick one when you're ready.")
I("personal", "en", "otp-explain", "You'll get a 6-digit code by text after you enter your password. It expires after 10 minutes, so have your phone nearby before you start.")
I("personal", "en", "flight-itinerary", f"Itinerary: DL 2231 ATL 08:15 → BOS 10:52, Terminal S. Ticket number 006 {dg(10)}. Baggage: 1 checked (23 kg).")
I("personal", "en", "utility-bill-summary", f"PG&E statement: Account No. {dg(4)}-{dg(6)}-{dg(1)}, billing period Oct 3–Nov 1, amount due $148.27 by Nov 21. Usage 612 kWh.")
I("personal", "en", "tracking-number", f"UPS: Your package 1Z{rs(6, _UPD)}{dg(10)} is out for delivery. Estimated 2:00–6:00 PM.")
I("personal", "en", "insurance-claim", f"State Farm claim #{dg(2)}-{dg(4)}-{rs(3, _UP)} has been assigned to adjuster Karen Ortiz, (555) 010-4432. Policy 8{dg(2)} {dg(4)}-F12-{dg(2)}.")
I("personal", "en", "medical-appointment", "MyChart: Your appointment with Dr. Elena Ruiz (Dermatology) is confirmed for Tue, Feb 11 at 3:40 PM. Please arrive 15 minutes early. MRN is on your card.")
I("personal", "en", "pin-reset-instructions", "To reset your debit card PIN: open the app → Cards → Manage PIN. You'll need to confirm with Face ID. We'll never ask for your PIN by phone or email.")
I("personal", "en", "phone-and-zip", "Sure — the clinic's fax is (617) 555-0148 and the mailing address is 55 Fruit St, Boston, MA 02114.")
I("personal", "en", "wifi-no-password", "The hotel Wi-Fi 'Marriott_BONVOY' is open; you just log in on the splash page with your last name and room number.")
I("personal", "en", "tax-return-summary", f"Your 2025 federal return was accepted. Refund: $2,318.00. Submission ID {dg(20)}. Expected deposit within 21 days.")
I("personal", "en", "rental-listing", "2BR/1BA, 880 sq ft, $2,150/mo, available Apr 1. Application fee $45 per adult. Unit 4B, lease 12 months. Call 415-555-0199.")
I("personal", "en", "masked-ssn", "The W-2 lists your SSN as XXX-XX-6621, employer EIN 94-3178240, wages $84,902.11 in box 1.")
I("personal", "en", "gym-membership", f"Planet Fitness member #{dg(10)} — Black Card, renews on the 17th ($24.99). Home club: Brookline.")
I("personal", "en", "parcel-locker-notice", "InPost-style lockers: when the parcel arrives you'll get a pickup code by SMS. I'll watch for it — nothing has arrived yet.")
I("personal", "en", "crypto-address-public", f"Send the 0.05 ETH to my receiving address 0x{hx(40)} — that's the public one, it's fine to share.")
I("personal", "en", "booking-ref", f"Booking.com confirmation {dg(10)}, PIN-free cancellation until Mar 1. Check-in from 15:00. Hotel phone +44 20 7946 0321.")
I("personal", "en", "car-service", "Toyota service: 30,000 mile maintenance, quote $289.95, includes tire rotation. Appointment ref SV-20481, drop-off 8:00 AM.")
I("personal", "en", "version-and-dates", "Your Nest thermostat updated to firmware 6.2-17 on 2026-11-30 at 04:12. No action needed.")
I("personal", "en", "placeholder-form", "Fill in: Name: ____________  Password: ____________  (choose at least 12 characters). Don't write your real password on this sheet.")
I("personal", "en", "test-card-docs", "Stripe docs say to use the test card 4242 4242 4242 4242 with any future date and any CVC in test mode — it never charges real money.")

# =====================================================================
# PERSONAL — European languages
# =====================================================================
v = steuerid_de()
S("personal", "de", "steuer-id", f"Für die Steuererklärung brauchst du noch meine Steuer-ID: {v}. Die Lohnsteuerbescheinigung liegt im Ordner 'Finanzen 2025'.", v)
v = iban("DE")
S("personal", "de", "private-iban", f"Hallo Frau Berger, bitte überweisen Sie die Kaution auf mein Konto:\nKontoinhaber: Jonas Albrecht\nIBAN: {iban_fmt(v)}\nBIC: COBADEFFXXX\nDanke!", iban_fmt(v))
v = pw_human(["schatzi", "fussball", "sommer", "hasenbein", "bayern"])
S("personal", "de", "krankenkasse-login", f"Kannst du bitte in der TK-App nachsehen, ob die Rechnung vom Zahnarzt erstattet wurde? Versichertennummer steht auf der Karte, Passwort ist {v}", v)
v = dg(5)
S("personal", "de", "packstation-code", f"DHL Packstation 142, Hauptstr. 18: Ihre Sendung liegt bereit. Abholcode: {v} — gültig 7 Tage.", v)
v = dg(4)
S("personal", "de", "tuercode-wg", f"Ey, Türcode vom Haus ist neu: {v}# (der alte geht nicht mehr). Schlüssel für den Keller hängt am Brett.", v)
v = " ".join(dg(4) for _ in range(5))
S("personal", "de", "fritzbox-wlan", f"Aufkleber FRITZ!Box 7590 (abgetippt):\nWLAN-Name (SSID): FRITZ!Box 7590 KQ\nWLAN-Netzwerkschlüssel (WPA2): {v}\nFRITZ!Box-Kennwort: siehe Unterseite", v)
v = iban("FR")
S("personal", "fr", "rib-perso", f"Voici mon RIB pour le remboursement de la mutuelle :\nTitulaire : M. Antoine Lefèvre\nIBAN : {iban_fmt(v)}\nBIC : AGRIFRPP882", iban_fmt(v))
v = nir_fr()
S("personal", "fr", "numero-secu", f"Pour l'inscription à la crèche, ils demandent mon numéro de sécurité sociale : {v}. La carte Vitale est dans mon portefeuille.", v)
v = dg(6)
S("personal", "fr", "code-sms-banque", f"Message de CIC : Votre code de confirmation est {v}. Ne le communiquez jamais, même à un conseiller.\n— tiens, c'est le code qu'ils m'ont envoyé, valide l'ajout du bénéficiaire", v)
v = dg(4) + "A"
S("personal", "fr", "digicode", f"Pour la livraison des meubles : digicode {v}, bâtiment B, 3e étage gauche. Interphone au nom de Moreau.", v)
v = pw_human(["doudou", "chouchou", "marseille", "loulou", "soleil"])
S("personal", "fr", "ent-ecole", f"Les identifiants Pronote de Léa : identifiant lea.martin7, mot de passe {v} — tu peux regarder ses notes de maths ?", v)
v = dni_es()
S("personal", "es", "dni", f"Para la reserva de Renfe necesitan el DNI del titular: {v}. Viaja también mi madre, el suyo te lo mando luego.", v)
v = nie_es()
S("personal", "es", "nie-alquiler", f"Solicitud de alquiler – piso C/ Alcalá 214\nNombre: Ioana Popescu\nNIE: {v}\nContrato indefinido, nómina 2.100 €", v)
v = iban("ES")
S("personal", "es", "iban-nomina", f"Hola Marta, para domiciliar la nómina te paso mi cuenta: {iban_fmt(v)} (BBVA, a mi nombre).", iban_fmt(v))
v = pw_human(["barcelona", "gatito", "princesa", "madrid", "tequiero"])
S("personal", "es", "wifi-casa", f"Contraseña del wifi de casa de los abuelos: {v} (red MOVISTAR_8A1F). Cuando vayáis en Navidad conectad la tele.", v)
v = dg(6)
S("personal", "es", "codigo-taquilla", f"Citibox: tu paquete está en la taquilla 14 del portal. Código de apertura {v}. Caduca en 72 horas.", v)
v = pw_human(["juventus", "amore", "napoli", "ciao", "tesoro"])
S("personal", "it", "spid-login", f"Mi serve che entri nel Fascicolo Sanitario con lo SPID di papà: utente m.rossi58, password {v}. Poi ti arriva l'OTP sul suo telefono.", v)
v = iban("IT")
S("personal", "it", "iban-rimborso", f"Per il rimborso della caparra il mio IBAN è {v}, intestato a Giulia Ferri. Grazie mille!", v)
v = dg(5)
S("personal", "it", "codice-antifurto", f"Antifurto di casa: codice disinserimento {v}. Se suona per sbaglio chiamare la vigilanza al numero sul pannello.", v)
v = cpf_br()
S("personal", "pt", "cpf-br", f"Oi! Pra emitir a nota fiscal da compra preciso do teu CPF. É {v}? Achei no print da conta de luz.", v)
v = iban("PT")
S("personal", "pt", "iban-pt", f"Renda de janeiro: transferir 850 € para o IBAN {iban_fmt(v)} (titular Rui Sousa). Referência: T2 Almada.", iban_fmt(v))
v = dg(6)
S("personal", "pt", "codigo-mbway", f"O teu código de verificação MB WAY é {v}. Se não foste tu, ignora esta mensagem.", v)
v = bsn_nl()
S("personal", "nl", "bsn-huur", f"Voor de huurcommissie moet ik mijn BSN opgeven: {v}. Kun jij het formulier verder invullen?", v)
v = iban("NL")
S("personal", "nl", "iban-tikkie", f"Stuur je het geld voor de vakantie naar {iban_fmt(v)} t.n.v. S. de Vries? Dan zijn we quitte.", iban_fmt(v))
v = dg(5)
S("personal", "nl", "pincode-app", f"pincode van de ING-app is {v}, niet aan je broer vertellen haha. Kijk even of de huur eraf is.", v)
v = pesel_pl()
S("personal", "pl", "pesel", f"Do rejestracji w przychodni: PESEL {v}, adres ul. Długa 12/4, Gdańsk. Lekarz rodzinny – dr Nowak.", v)
v = iban("PL")
S("personal", "pl", "nr-konta", f"Numer konta do przelewu za mieszkanie: {v[2:4]} {' '.join(v[4:][i:i+4] for i in range(0, 24, 4))} (mBank, Katarzyna Zielińska).", f"{v[2:4]} {' '.join(v[4:][i:i+4] for i in range(0, 24, 4))}")
v = dg(6)
S("personal", "pl", "paczkomat", f"InPost: Paczka czeka w Paczkomacie WAW22M, ul. Grójecka 5. Kod odbioru: {v}. Odbierz do 09.12 13:40.", v)
v = rc_cz(True)
S("personal", "cs", "rodne-cislo", f"Přihláška na pojištění – rodné číslo: {v}, pojišťovna VZP (111). Prosím vyplň zbytek podle občanky.", v)
v = pw_human(["kocicka", "sparta", "heslo", "praha"])
S("personal", "cs", "heslo-datovka", f"Heslo do datové schránky máma změnila na {v}, uživatelské jméno je v obálce. Potřebuju stáhnout výměr z finančáku.", v)
v = rc_cz(False)
S("personal", "sk", "rodne-cislo-sk", f"Do žiadosti o príspevok napíšte moje rodné číslo {v}. Trvalý pobyt Košice, Hlavná 40.", v)
v = pnr_se()
S("personal", "sv", "personnummer", f"Hej! Kan du boka tvättid och hyresgästkortet åt mig? Mitt personnummer är {v} om de frågar.", v)
v = dg(4)
S("personal", "sv", "portkod", f"Portkoden till Vasagatan 12 är {v}, sen tredje våningen. Ring på 'Lindqvist'.", v)
v = fnr_no()
S("personal", "no", "fodselsnummer", f"Skjema for barnehageplass: fødselsnummer til forelder: {v}. Ønsket oppstart august.", v)
v = pw_human(["kosedyr", "vinter", "brunost", "fjellet"])
S("personal", "no", "bankid-passord", f"BankID-passordet til pappa er {v} (han glemmer det hele tiden). Han trenger hjelp med skattemeldingen.", v)
v = cpr_dk()
S("personal", "da", "cpr", f"Til lægen: mit CPR-nummer er {v}. Jeg har tid torsdag kl. 10.20 hos Lægehuset Nørrebro.", v)
v = dg(4)
S("personal", "da", "mitid-pin", f"kode til Dankort: {v}. Husk at smide sedlen ud når du har lært den, skat.", v)
v = hetu_fi()
S("personal", "fi", "hetu", f"Kelan lomakkeeseen tarvitaan henkilötunnus: {v}. Asumistukihakemus lähtee tänään.", v)
v = iban("FI")
S("personal", "fi", "tilinumero", f"Vuokravakuus palautetaan tilille {iban_fmt(v)} (Nordea, Aino Virtanen).", iban_fmt(v))

# ---- European personal innocents
I("personal", "de", "bahn-buchung", f"Ihre Buchung: Auftragsnummer {dg(12)}, ICE 597 Hamburg Hbf → München Hbf, Abfahrt 07:01, Wagen 23, Platz 45. Fahrgastrechte-Formular unter bahn.de.")
I("personal", "de", "rechnung-handwerker", f"Rechnung Nr. 2026-{dg(4)} – Malerbetrieb Kühn GmbH, USt-IdNr. DE{dg(9)}, Betrag 1.428,00 € zahlbar bis 15.01.2027 auf IBAN DE89 3704 0044 0532 0130 00 (Firmenkonto).")
I("personal", "de", "passwort-hinweis", "Hinweis der Sparkasse: Wir fragen Sie niemals per E-Mail oder Telefon nach PIN oder TAN. Geben Sie Ihre Zugangsdaten nur auf sparkasse.de ein.")
I("personal", "de", "sendungsnummer", f"DHL Sendungsnummer {dg(12)}: Zustellung heute zwischen 10:30 und 13:30 Uhr. Wunschnachbar: Fam. Özdemir.")
I("personal", "fr", "reservation-sncf", f"Référence de dossier : {rs(6, _UP)} — TGV INOUI 6611 Paris Gare de Lyon → Marseille, départ 08h12, voiture 14 place 81.")
I("personal", "fr", "facture-edf", f"Facture EDF n° {dg(11)}, référence client {dg(10)}, montant 87,40 € prélevé le 05/12. Contrat Tarif Bleu 6 kVA.")
I("personal", "fr", "masque-carte", "Paiement accepté : carte **** **** **** 0294, montant 23,90 €, autorisation 118422, le 04/12/2026 à 19:14.")
I("personal", "es", "reserva-vuelo", f"Localizador {rs(6, _UP)} — Iberia IB3166 Madrid → Lisboa, sáb 13 dic 09:35. Asiento 18A. Número de billete 075 {dg(10)}.")
I("personal", "es", "aviso-seguridad", "Recuerda: CaixaBank nunca te pedirá tu PIN ni la clave de firma por SMS. Si recibes algo así, no respondas y llama al 900 40 40 90.")
I("personal", "it", "prenotazione-visita", f"Prenotazione CUP n. {dg(10)}: visita cardiologica 18/12 ore 10:15, Ospedale San Paolo, ambulatorio 3. Ticket 36,15 €.")
I("personal", "it", "fattura-luce", f"Bolletta n. {dg(9)} – codice POD IT001E{dg(8)}, periodo nov 2026, importo 64,12 €. Partita IVA del fornitore 0{dg(10)}.")
I("personal", "pt", "encomenda-ctt", f"CTT: o seu objeto {rs(2, _UP)}{dg(9)}PT será entregue amanhã. Código postal 1100-148 Lisboa.")
I("personal", "nl", "afspraak-huisarts", "Afspraak bevestigd: dinsdag 16 december 08:50 bij huisartsenpraktijk De Linde, Kerkstraat 7, 3581 RA Utrecht. Telefoon 030 231 44 00.")
I("personal", "nl", "tikkie-template", "Je kunt het bedrag overmaken naar [IBAN van de ontvanger] onder vermelding van [factuurnummer]. Vul hier niet je pincode in.")
I("personal", "pl", "faktura-prad", f"Faktura VAT nr FV/{dg(5)}/2026, nr klienta {dg(8)}, kwota do zapłaty 212,37 zł, termin 20.12.2026. NIP sprzedawcy: 526-025-09-95.")
I("personal", "cs", "objednavka", f"Objednávka č. {dg(10)} byla odeslána. Sledovací číslo Zásilkovny Z {dg(10)}. Výdejní místo Praha 3, Seifertova 21.")
I("personal", "sv", "bokning-tandlakare", f"Bokningsbekräftelse: Folktandvården Södermalm, 2026-12-18 kl 14:30. Bokningsnummer {dg(7)}. Avboka senast 24 h innan.")
I("personal", "no", "faktura-strom", f"Faktura fra Tibber: KID {dg(15)}, beløp 1 284,50 kr, forfall 20.12.2026, kontonummer for innbetaling 1506 23 45678 (Tibber Norge AS).")
I("personal", "da", "pakke-besked", f"GLS: Din pakke {dg(11)} er leveret til pakkeshop Netto, Jagtvej 55. Åbningstider 7–22.")
I("personal", "fi", "ajanvaraus", "Ajanvaraus vahvistettu: Terveystalo Kamppi, ti 16.12. klo 9.40, lääkäri Mikko Laine. Varaustunnus 4D7Q-22.")

# =====================================================================
# PERSONAL — other languages
# =====================================================================
v = inn_ru()
S("personal", "ru", "inn", f"Для налогового вычета нужен мой ИНН: {v}. Справку 2-НДФЛ я уже скачала в Госуслугах.", v)
v = snils_ru()
S("personal", "ru", "snils", f"Заполни, пожалуйста, анкету для поликлиники. СНИЛС {v}, полис ОМС на обороте карточки.", v)
v = pw_human(["masha", "solnyshko", "zenit", "kotik"])
S("personal", "ru", "gosuslugi-password", f"Пароль от Госуслуг у мамы: {v}\nЛогин — номер телефона. Код из СМС она тебе продиктует.", v)
v = dg(4)
S("personal", "ru", "domofon", f"Курьеру: домофон 47В, код подъезда {v}, этаж 9. Позвоните за 10 минут.", v)
v = dg(10)
S("personal", "uk", "rnokpp", f"Для відкриття ФОП потрібен РНОКПП (ідентифікаційний код): {v}. Паспорт — ID-картка.", v)
v = dg(6)
S("personal", "uk", "kod-privat", f"ПриватБанк: Код підтвердження {v}. Нікому не повідомляйте цей код!\n\nось код, підтверди переказ мамі", v)
v = iban("UA")
S("personal", "uk", "iban-ua", f"Реквізити для оплати оренди: отримувач Коваленко Олена, IBAN {v}, призначення: оренда за грудень.", v)
v = tckn_tr()
S("personal", "tr", "tc-kimlik", f"Otel rezervasyonu için T.C. Kimlik No: {v}, doğum tarihi 14.05.1988. Giriş 20 Aralık.", v)
v = iban("TR")
S("personal", "tr", "iban-tr", f"Kirayı şu hesaba yatırabilir misin: {iban_fmt(v)} – Alıcı: Mehmet Yılmaz. Açıklamaya 'Aralık kira' yaz.", iban_fmt(v))
v = pw_human(["galatasaray", "askim", "istanbul", "kedi"])
S("personal", "tr", "e-devlet", f"e-Devlet şifrem {v}, TC ile giriş yap, SGK hizmet dökümünü indir lütfen.", v)
v = pw_human(["cairo", "habibi", "zamalek", "yasmin"])
S("personal", "ar", "wifi-arabic", f"كلمة سر الواي فاي في الشقة الجديدة: {v}\nاسم الشبكة: WE_9F21\nلا تعطيها للجيران 😅", v)
v = dg(6)
S("personal", "ar", "otp-arabic", f"رمز التحقق الخاص بك هو {v}. لا تشارك هذا الرمز مع أي شخص. - بنك الراجحي", v)
v = iban("SA")
S("personal", "ar", "iban-sa", f"رقم الآيبان لحسابي الشخصي: {v} باسم عبدالله القحطاني، أرجو تحويل مبلغ الإيجار.", v)
v = teudat_il()
S("personal", "he", "teudat-zehut", f"לטופס של קופת חולים צריך מספר תעודת זהות: {v}. תאריך לידה 02/07/1990.", v)
v = dg(4)
S("personal", "he", "kod-knisa", f"קוד לדלת הבניין: {v} ואז המפתח. הדירה בקומה 3, שם על הדלת: לוי.", v)
v = pw_human(["tehran", "golnar", "parisa", "persepolis"])
S("personal", "fa", "ramz-bank", f"رمز اینترنت بانک ملت من: {v}\nنام کاربری هم شماره کارت است. لطفاً قبض گاز را پرداخت کن.", v)
v = card("6037", 16)
S("personal", "fa", "shomare-kart", f"شماره کارت برای واریز: {card_fmt(v)} به نام سارا احمدی، بانک ملی. رمز دوم را پیامک می‌کنم.", card_fmt(v))
v = aadhaar_in()
S("personal", "hi", "aadhaar", f"गैस कनेक्शन के KYC के लिए मेरा आधार नंबर {v} है। मोबाइल नंबर पर OTP आएगा।", v)
v = rs(3, _UP) + "P" + rs(1, _UP) + dg(4) + rs(1, _UP)
S("personal", "hi", "pan-card", f"ITR फाइल करने के लिए PAN: {v}, नाम: राहुल शर्मा, जन्मतिथि 11/09/1989.", v)
v = dg(4)
S("personal", "hi", "upi-pin", f"भैया, UPI PIN {v} है, ₹2,500 बिजली का बिल भर देना PhonePe से।", v)
v = dg(5) + "-" + dg(7) + "-" + dg(1)
S("personal", "ur", "cnic", f"نادرا فارم کے لیے میرا شناختی کارڈ نمبر {v} ہے۔ براہ کرم بجلی کا میٹر ٹرانسفر کروا دیں۔", v)
v = pw_human(["dhaka", "shapla", "padma", "ilish"])
S("personal", "bn", "bkash-password", f"আমার বিকাশ অ্যাকাউন্টের পিন {dg(5)} না, ওটা পুরনো। নতুন পাসওয়ার্ড: {v} — ইন্টারনেট বিল পরিশোধ করে দাও।", v)
v = mynumber_jp()
S("personal", "ja", "my-number", f"年末調整の書類にマイナンバーを書く欄があります。私の個人番号は {v} です。扶養控除の欄もお願いします。", v)
v = dg(4)
S("personal", "ja", "ansho-bango", f"キャッシュカードの暗証番号は{v}です。ATMで5万円おろしておいてください。", v)
v = pw_human(["sakura", "pochi", "tokyo", "hanako"])
S("personal", "ja", "wifi-ryokan", f"旅館のWi-Fi\nSSID: KINOSAKI_ONSEN_5G\nパスワード：{v}\n（フロントの紙を写真で撮ったもの）", v)
v = rrn_kr()
S("personal", "ko", "jumin-beonho", f"연말정산 부양가족 등록용 어머니 주민등록번호: {v} 입니다. 의료비 공제도 같이 해주세요.", v)
v = dg(6)
S("personal", "ko", "insu-beonho", f"[Web발신] [카카오뱅크] 인증번호 [{v}]를 입력해주세요. 타인에게 절대 알려주지 마세요.", v)
v = dg(4) + "*"
S("personal", "ko", "doorlock", f"집 도어락 비번 바뀜: {v} 누르면 열려요. 택배는 문앞에 두라고 해주세요.", v)
v = cnid_cn()
S("personal", "zh", "shenfenzheng", f"帮我订一下周五去杭州的高铁，乘车人：王丽，身份证号 {v}，二等座靠窗。", v)
v = dg(6)
S("personal", "zh", "zhifu-mima", f"支付宝支付密码是{v}，你帮我把这个月的水电费和物业费都交了，交完截图发我，别告诉别人哈。", v)
v = dg(6)
S("personal", "zh", "kuaidigui", f"【丰巢】您的快递（中通）已到阳光花园小区东门丰巢柜，取件码{v}，请于24小时内凭码取件，超时将收取保管费。", v)
v = dg(12)
S("personal", "vi", "cccd", f"Em gửi số CCCD để làm hợp đồng thuê nhà: {v}, cấp ngày 10/04/2021 tại Cục CS QLHC.", v)
v = dg(6)
S("personal", "vi", "ma-otp", f"Ma OTP cua quy khach la {v}. Tuyet doi KHONG cung cap ma nay cho bat ky ai. Vietcombank", v)
v = thai_id()
S("personal", "th", "bat-prachachon", f"เลขบัตรประชาชนของแม่ {v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]} ใช้ลงทะเบียนฉีดวัคซีนได้เลยค่ะ", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}")
v = pw_human(["bangkok", "mali", "somtam"])
S("personal", "th", "wifi-cafe", f"รหัสไวไฟร้าน: {v} ชื่อเครือข่าย Cafe Amazon_Free สั่งน้ำแล้วถามพนักงานได้", v)
v = nik_id()
S("personal", "id", "nik", f"Untuk daftar BPJS saya pakai NIK {v}, KK sudah saya foto. Tolong isikan formulirnya ya.", v)
v = dg(6)
S("personal", "id", "pin-dana", f"PIN DANA aku {v}, tolong bayarin token listrik 100rb ke nomor meter yang kemarin ya.", v)
v = dg(4) + "-" + dg(7) + "-" + dg(1)
S("personal", "tl", "sss-number", f"Para sa loan application sa SSS, ito yung SSS number ko: {v}. Pakifill-up na lang yung form, salamat!", v)
v = pw_human(["manila", "mahal", "adobo", "bebe"])
S("personal", "tl", "gcash-password", f"Pa-login naman sa Meralco account ko, email ko yung username tapos password ay {v}. Check mo lang magkano bill.", v)
v = dg(4)
S("personal", "sw", "pin-mpesa", f"Tafadhali nilipie ada ya shule kwa M-PESA. PIN yangu ni {v}, namba ya biashara 247247, akaunti: Jina la mtoto.", v)
v = dg(8)
S("personal", "sw", "kitambulisho", f"Namba yangu ya kitambulisho cha taifa ni {v}. Itahitajika kwa usajili wa KRA PIN.", v)
v = amka_gr()
S("personal", "el", "amka", f"Για το ραντεβού στον γιατρό χρειάζεται ο ΑΜΚΑ σου: {v}. Το έκλεισα για Πέμπτη 11:00.", v)
v = iban("GR")
S("personal", "el", "iban-gr", f"Στείλε μου τα χρήματα για το ενοίκιο στο IBAN {iban_fmt(v)}, δικαιούχος Νίκος Παπαδόπουλος.", iban_fmt(v))
v = taj_hu()
S("personal", "hu", "taj", f"A háziorvosnál kérik a TAJ-számomat: {v}. Lakcímkártya a pénztárcában van.", v)
v = pw_human(["cica", "ferencvaros", "balaton", "macika"])
S("personal", "hu", "ugyfelkapu", f"Ügyfélkapu jelszó: {v} – felhasználónév kissanna84. Le kellene tölteni az adóbevallás-tervezetet.", v)
v = cnp_ro()
S("personal", "ro", "cnp", f"Pentru dosarul de la bancă îmi trebuie CNP-ul tău: {v}? Așa apare pe buletinul vechi.", v)
v = iban("RO")
S("personal", "ro", "iban-ro", f"Contul meu personal pentru salariu: {v} (Banca Transilvania). Te rog trimite-l la HR.", v)
v = egn_bg()
S("personal", "bg", "egn", f"За застраховката на колата ти трябва ЕГН: {v}. Талонът е в жабката.", v)
v = dg(4)
S("personal", "bg", "pin-karta", f"ПИН на картата е {v}, изтегли 200 лв. и плати тока на Енерго-Про.", v)
v = jmbg_rs()
S("personal", "sr", "jmbg", f"За пријаву боравишта треба ми твој ЈМБГ: {v}. Остало сам попунио.", v)
v = oib_hr()
S("personal", "hr", "oib", f"Za povrat poreza treba OIB: {v}. Račun za zubara skenirao sam jučer.", v)
v = pw_human(["dinamo", "zagreb", "more", "ljubav"])
S("personal", "hr", "lozinka-eGradani", f"Lozinka za e-Građane (tata): {v}. Token je u ladici.", v)

# ---- innocents, other languages
I("personal", "ru", "bilet-rzd", f"Электронный билет РЖД № {dg(14)}. Поезд 752А Москва — Санкт-Петербург, 08:20, вагон 5, место 12. Посадка по паспорту.")
I("personal", "ru", "sovet-parol", "Совет: не используйте один и тот же пароль для почты и банка. Включите двухфакторную аутентификацию и храните резервные коды офлайн.")
I("personal", "uk", "nova-poshta", f"Нова Пошта: посилка ТТН {dg(14)} прибула у відділення №27, вул. Хрещатик 22. Зберігання безкоштовно 5 днів.")
I("personal", "tr", "kargo-takip", f"Yurtiçi Kargo takip no: {dg(12)}. Siparişiniz yarın 12:00-18:00 arası teslim edilecek. Müşteri hizmetleri 444 99 99.")
I("personal", "ar", "hajz-fundoq", f"تأكيد الحجز رقم {dg(9)} — فندق هيلتون دبي، تسجيل الوصول 18 ديسمبر، مغادرة 21 ديسمبر. إجمالي 2,340 درهم.")
I("personal", "he", "tor-rofe", "תזכורת: תור לרופאת משפחה ד\"ר כהן ביום ג' 16/12 בשעה 09:30, מרפאת מכבי רחוב הרצל 15. לביטול השיבו 1.")
I("personal", "fa", "ghabz", f"قبض برق شماره شناسه {dg(13)} شناسه پرداخت {dg(10)} مبلغ ۴۸۰٬۰۰۰ ریال مهلت پرداخت ۱۴۰۵/۰۹/۲۰")
I("personal", "hi", "train-pnr", f"IRCTC: PNR {dg(10)}, ट्रेन 12951 मुंबई राजधानी, B3-42, प्रस्थान 16:35, CNF। यात्रा शुभ हो।")
I("personal", "ja", "takuhai", f"ヤマト運輸：お荷物（伝票番号 {dg(4)}-{dg(4)}-{dg(4)}）は12月9日 14時〜16時にお届け予定です。")
I("personal", "ja", "password-guide", "パスワードは12文字以上で、英大文字・小文字・数字・記号を組み合わせてください。生年月日や電話番号は使わないでください。")
I("personal", "ko", "yeyak", f"[예약확인] 서울대병원 정형외과 12/17(수) 10:20 예약번호 {dg(8)}. 변경은 1588-5700.")
I("personal", "zh", "dingdan", f"您的订单 {dg(18)} 已发货，顺丰单号 SF{dg(13)}，预计明天送达。客服电话 95338。")
I("personal", "vi", "hoa-don", f"Hóa đơn tiền điện kỳ 11/2026: mã khách hàng PE{dg(11)}, số tiền 742.500 đ, hạn thanh toán 20/12.")
I("personal", "th", "jong-tua", f"ยืนยันการจองตั๋ว รหัสการจอง {rs(6, _UP)} เที่ยวบิน FD3012 กรุงเทพ–เชียงใหม่ 10:15 น. ที่นั่ง 14C")
I("personal", "id", "pesanan", f"Pesanan Tokopedia INV/20261207/MPL/{dg(10)} sudah dikirim via JNE, resi {dg(16)}.")
I("personal", "tl", "lbc-tracking", f"LBC: Ang iyong padala na may tracking no. {dg(12)} ay nasa Pasig branch na. Dalhin ang valid ID sa pag-claim.")
I("personal", "sw", "risiti-mpesa", f"{rs(10, _UPD)} Imethibitishwa. Ksh1,250.00 imetumwa kwa KPLC PREPAID akaunti {dg(11)} tarehe 7/12/26 saa 9:14 AM.")
I("personal", "el", "kratisi", f"Επιβεβαίωση κράτησης {rs(6, _UP)}: Aegean A3 602, Αθήνα → Θεσσαλονίκη, 19/12 07:40, θέση 9F.")
I("personal", "hu", "csomag", f"GLS csomag {dg(11)}: kézbesítés holnap 8–16 óra között. Címzett: Kiss Anna, 1137 Budapest.")
I("personal", "ro", "factura", f"Factura Enel nr. {dg(10)}, cod client {dg(10)}, total de plată 213,44 lei, scadentă 28.12.2026.")
I("personal", "bg", "poruchka", f"Поръчка №{dg(8)} от eMAG е изпратена със Спиди, товарителница {dg(11)}.")
I("personal", "hr", "racun", f"HEP račun br. {dg(10)}, poziv na broj HR01 {dg(10)}-{dg(4)}, iznos 48,20 EUR, dospijeće 15.12.2026.")
I("personal", "sr", "termin", "Потврда: термин у Дому здравља Звездара, 18.12. у 11:45, ординација 204, др Јовановић.")
I("personal", "sk", "objednavka-sk", f"Vaša objednávka {dg(9)} bola odoslaná. Číslo zásielky SPS {dg(12)}. Doručenie zajtra.")
I("personal", "ur", "bijli-bill", f"لیسکو بل: ریفرنس نمبر {dg(2)} {dg(5)} {dg(7)} U، واجب الادا رقم 6,420 روپے، آخری تاریخ 18 دسمبر۔")
I("personal", "bn", "order-bn", f"দারাজ অর্ডার নং {dg(15)} শিপ হয়েছে। ডেলিভারি ২-৩ দিনের মধ্যে। হেল্পলাইন ১৬৪৯২।")

# =====================================================================
# SMALL-BUSINESS BACK OFFICE
# =====================================================================
rows = [("Shopify admin", "owner@lunabakery.com", pw_human(["croissant", "luna", "bakery"])),
        ("Square POS", "manager", dg(4)),
        ("Netgear router", "admin", pw_gen(12)),
        ("Synology NAS", "lunaadmin", pw_gen(16)),
        ("Gusto payroll", "maria@lunabakery.com", pw_human(["payroll", "maria", "sourdough"]))]
S("backoffice", "en", "password-spreadsheet-csv", "service,username,password,notes\n" + "\n".join(f"{a},{b},{c},updated Nov" for a, b, c in rows), rows[3][2])
S("backoffice", "en", "password-spreadsheet-csv", "service,username,password,notes\n" + "\n".join(f"{a},{b},{c}," for a, b, c in rows[:3]), rows[0][2])
v = pw_gen(12)
S("backoffice", "de", "passwortliste-tsv", f"Dienst\tBenutzer\tKennwort\tZuletzt geändert\nDATEV Unternehmen online\tbuchhaltung@mueller-gmbh.de\t{v}\t03.11.2026\nDrucker HP M479 (EWS)\tadmin\t(Standard)\t–", v)
v = dg(4)
S("backoffice", "en", "pos-manager-pin", f"Shift notes: if the register asks for a manager override on refunds, use manager PIN {v}. Don't give it to the weekend temps.", v)
v = pw_gen(10)
S("backoffice", "en", "printer-ews", f"Printer Canon iR-ADV C3530 — Remote UI http://192.168.1.40\nSystem Manager ID: 7654321 (factory)\nSystem Manager PIN changed to {v} on 12/01 by Tom", v)
v = pw_gen(14)
S("backoffice", "fr", "routeur-admin", f"Accès administration Livebox (192.168.1.1) :\nidentifiant : admin\nmot de passe : {v}\nNe pas réinitialiser, la ligne VoIP du magasin en dépend.", v)
v = stripe_live()
S("backoffice", "en", "stripe-live-key-slack", f"@channel the WooCommerce checkout broke because the plugin lost its key. I pasted the live secret back in: {v} — can someone confirm orders go through?", v)
v = shopify()
S("backoffice", "en", "shopify-admin-token", f"Custom app 'Inventory Sync' installed. Admin API access token (shown once): {v}\nScopes: read_products, write_inventory", v)
v = square_tok()
S("backoffice", "es", "square-token", f"Configuración TPV tienda Valencia:\nSQUARE_ENV=production\nSQUARE_ACCESS_TOKEN={v}\nLOCATION_ID=L{rs(12, _UPD)}", v)
v = pw_human(["kaffee", "rosenstrasse", "laden"])
S("backoffice", "de", "kassensystem", f"Hallo Team, das neue Passwort für das Kassensystem (orderbird) ist {v}. Bitte nicht an Aushilfen weitergeben. LG Petra", v)
v = iban("NL")
S("backoffice", "nl", "salaris-iban-medewerker", f"Nieuwe medewerker – salarisadministratie:\nNaam: Fleur Jansen\nIBAN: {v}\nLoonheffingskorting: ja\nStartdatum: 1 januari", v)
v = bsn_nl()
S("backoffice", "nl", "bsn-medewerker", f"Personeelsdossier F. Jansen – BSN {v} – kopie ID gecontroleerd op 28-11.", v)
v = ssn_us()
S("backoffice", "en", "i9-onboarding", f"HR onboarding checklist — Marcus Bell\n[x] I-9 Section 1 signed\n[x] W-4: single, 0 dependents\n[x] SSN on file: {v}\n[ ] Direct deposit form pending", v)
v = card("5", 16); e = expiry(); c = cvv()
S("backoffice", "en", "crm-note-card", f"CRM note (call 10:42): customer Ellen Park wants to pay the balance by phone. Card {v} exp {e} cvv {c}. Charged $340, receipt emailed.", v)
S("backoffice", "en", "crm-note-cvv", f"Follow-up: card on the phone order was declined, retried with MC ending {v[-4:]}, CVV {c}, exp {e}. Approved.", c)
v = card("37", 15)
S("backoffice", "de", "kreditkarte-telefon", f"Telefonbestellung Nr. 4471 – Zahlung per Amex {card_fmt(v)}, gültig bis {expiry()}, Prüfziffer {cvv(4)}. Kunde: Herr Weiß.", card_fmt(v))
v = pw_gen(16)
S("backoffice", "en", "nas-admin", f"Synology DS920+ notes\nDSM: https://nas.local:5001\nadmin user: office-admin\npass: {v}\nHyper Backup to B2 nightly 02:00", v)
v = pw_human(["tienda", "sevilla", "olivo"])
S("backoffice", "es", "correo-tienda", f"La contraseña del correo pedidos@olivaresdelsur.es es {v}, la cambié porque Hostinger avisó de un acceso raro.", v)
v = pw_human(["pizza", "napoli", "forno"])
S("backoffice", "it", "gestionale", f"Credenziali gestionale Fatture in Cloud: utente amministrazione@pizzeriadasalvo.it / {v}. Il commercialista ha l'accesso in sola lettura.", v)
v = rs(4, _UPD) + "-" + rs(4, _UPD) + "-" + rs(4, _UPD) + "-" + rs(4, _UPD)
S("backoffice", "en", "software-licence", f"QuickBooks Desktop Pro 2024 — License number {v}, Product number 123-456 (shipping box). Installed on FRONT-PC.", v)
v = licence_key()
S("backoffice", "pl", "klucz-licencji", f"Klucz licencyjny Windows 11 Pro do komputera w recepcji: {v}. Naklejka odpadła, więc zapisuję tutaj.", v)
v = pw_gen(12)
S("backoffice", "pl", "haslo-wspolne", f"Wspólne hasło do konta Allegro firmy: {v} (login: sklep_rowerowy_krk). Zmieniamy co kwartał.", v)
v = pw_human(["praha", "kavarna", "lipa"])
S("backoffice", "cs", "pokladna-heslo", f"Heslo k pokladně Dotykačka pro vedoucí směny: {v}. Servisní technik má vlastní účet.", v)
v = mailgun()
S("backoffice", "en", "mailgun-key-email", f"From: dev@freelance.io\nTo: owner@candleco.com\nSubject: newsletter fix\n\nHi Rachel, I set the mail sending up again. Mailgun private key is {v}, domain mg.candleco.com. Keep it private.", v)
v = pw_gen(12)
S("backoffice", "sv", "kassaregister", f"Inloggning till Fortnox för bokföringsbyrån:\nAnvändare: ekonomi@cafe-lingon.se\nLösenord: {v}\nKom ihåg BankID för attest.", v)
v = dg(6)
S("backoffice", "sv", "larmkod-butik", f"Larmkoden till butiken är {v}. Stängaren slår på larmet efter 18.00 och lämnar nyckeln i boxen.", v)
v = pw_human(["fiskekrok", "bergen"])
S("backoffice", "no", "tripletex", f"Passordet til Tripletex (regnskap) er nå {v}. Brukernavn er post@fiskeutstyr.no.", v)
v = dg(4)
S("backoffice", "da", "alarm-kode", f"Alarmkode til værkstedet: {v} + OFF. Ring til Securitas hvis den går i gang ved en fejl.", v)
v = pw_gen(14)
S("backoffice", "fi", "verkkokauppa", f"Verkkokaupan (WooCommerce) ylläpitäjän tunnukset: käyttäjä admin_kauppa, salasana {v}. Älä jaa somessa!", v)
v = pw_gen(12)
S("backoffice", "tr", "pos-sifre", f"Mağaza POS yönetici şifresi: {v} — sadece müdür kullanabilir. Gün sonu raporu 22:00'de alınır.", v)
v = pw_human(["marmara", "dukkan"])
S("backoffice", "tr", "trendyol-satici", f"Trendyol satıcı paneli giriş: kullanıcı adı info@bakirevim.com şifre {v}", v)
v = pw_gen(12)
S("backoffice", "ru", "1c-parol", f"Доступ к 1С:Бухгалтерия для нового бухгалтера: пользователь Иванова Е.А., пароль {v}. Права — полные.", v)
v = dg(4)
S("backoffice", "ja", "reji-pin", f"レジの責任者コードは{v}です。返品処理の時だけ使ってください。アルバイトには教えないでください。", v)
v = pw_gen(12)
S("backoffice", "zh", "houtai-mima", f"店铺后台（有赞）账号：13800138000，密码：{v}。改价格之前先跟我说一声。", v)
v = pw_gen(12)
S("backoffice", "ko", "pos-admin", f"POS 관리자 비밀번호: {v}\n매장 와이파이는 별도. 마감 정산은 22시에 해 주세요.", v)
v = pw_human(["warung", "sambal"])
S("backoffice", "id", "akun-tokopedia", f"Akun seller Tokopedia toko kita: email admin@kopi-senja.id, password {v}. Jangan login di HP pribadi.", v)
v = pw_gen(10)
S("backoffice", "vi", "mat-khau-kiotviet", f"Tài khoản KiotViet cửa hàng: admin / {v}. Nhân viên ca tối dùng tài khoản riêng.", v)
v = pw_gen(12)
S("backoffice", "pt", "senha-nfe", f"Senha do certificado digital A1 (arquivo .pfx da empresa): {v}. Validade até 03/2027. Usado para emitir NF-e.", v)
v = pw_gen(10)
S("backoffice", "ar", "kalimat-sir-mokhazin", f"حساب نظام المخزون:\nاسم المستخدم: warehouse01\nكلمة المرور: {v}\nيرجى تغييرها بعد أول دخول.", v)
v = pw_human(["atena", "kafe"])
S("backoffice", "el", "kodikos-taxisnet", f"Κωδικοί TAXISnet επιχείρησης: χρήστης KAFEATHINA, κωδικός {v}. Τα χρειάζεται ο λογιστής για το ΦΠΑ.", v)
v = pw_gen(12)
S("backoffice", "hu", "szamlazz", f"Számlázz.hu belépés: iroda@pekseg.hu / jelszó: {v} — a könyvelő is ezt használja.", v)
v = pw_gen(12)
S("backoffice", "ro", "parola-smartbill", f"Parola SmartBill a firmei: {v}. Contabila are user separat.", v)

# ---- backoffice innocents
I("backoffice", "en", "invoice-business", f"INVOICE #INV-2026-{dg(4)}\nBright Path Consulting Ltd — Company No. {dg(8)}, VAT GB {dg(3)} {dg(4)} {dg(2)}\nPay to: Barclays, Sort code 20-00-00, Account 55779911, IBAN GB33BUKB20201555555555\nTotal due: £1,920.00 (30 days)")
I("backoffice", "de", "rechnung-firma", f"Rechnung RE-{dg(6)} | Müller Bürobedarf GmbH, HRB {dg(5)} Amtsgericht Köln, USt-IdNr. DE{dg(9)} | Bankverbindung: Sparkasse KölnBonn, IBAN {iban_fmt(iban('DE'))} (Geschäftskonto) | Zahlbar innerhalb 14 Tagen.")
I("backoffice", "fr", "facture-fournisseur", f"Facture F{dg(6)} — SARL Boulangerie Dupont, SIRET {dg(14)}, TVA intracom FR{dg(11)}. Règlement par virement sous 30 jours. Montant TTC 2 184,00 €.")
I("backoffice", "en", "accounting-export", "date,account,description,debit,credit\n2026-11-03,4000,Sales - POS batch 118,,1842.50\n2026-11-03,1200,Card settlement,1842.50,\n2026-11-04,6100,Rent November,2400.00,\n2026-11-05,6300,Printer toner,89.99,")
I("backoffice", "en", "pos-batch-report", f"Square — Batch close #{dg(5)}\nTransactions: 142\nGross sales: $4,318.20\nVisa ****4417  $42.10  auth {dg(6)}\nMC ****9020  $18.75  auth {dg(6)}\nAmex ****1005 $112.00 auth {dg(6)}")
I("backoffice", "en", "password-policy", "Password policy for shop staff: at least 12 characters, no shared accounts on the POS, change after anyone leaves, never write the manager PIN on the register.")
I("backoffice", "en", "crm-note-innocent", f"Customer #{dg(6)}: called about order SO-{dg(5)}, wants delivery moved to Friday. Phone (503) 555-0172. Prefers email. No payment taken.")
I("backoffice", "es", "pedido-proveedor", f"Pedido a proveedor PO-{dg(5)}: 40 cajas de aceite 5L, CIF proveedor B{dg(8)}, entrega 12/12. Importe 1.260,00 € + IVA.")
I("backoffice", "it", "fattura-elettronica", f"Fattura elettronica n. {dg(3)}/2026 — Cedente: Pizzeria da Salvo S.r.l., P.IVA IT{dg(11)}, codice destinatario M5UXCR1. Imponibile 820,00 €, IVA 22%.")
I("backoffice", "nl", "factuur-kvk", f"Factuur 2026-{dg(3)} — Bloemenhuis Vermeer, KvK {dg(8)}, btw NL{dg(9)}B01. Graag overmaken op NL91 ABNA 0417 1643 00 t.n.v. Bloemenhuis Vermeer.")
I("backoffice", "pl", "faktura-nip", f"Faktura FV/{dg(3)}/12/2026, sprzedawca: Serwis Rowerowy Kraków sp. z o.o., NIP {dg(3)}-{dg(3)}-{dg(2)}-{dg(2)}, REGON {dg(9)}, rachunek firmowy PL61 1090 1014 0000 0712 1981 2874.")
I("backoffice", "en", "router-admin-page", "NETGEAR Nighthawk — Router Status\nFirmware Version V1.0.11.134_10.2.125\nLAN IP 192.168.1.1  MAC 9C:3D:CF:12:4A:B7\nInternet: Connected  DNS 1.1.1.1")
I("backoffice", "en", "printer-default-doc", "To access the printer's web page, type its IP address into a browser. The first time, you'll be asked to set an administrator password; there is no default on newer models.")
I("backoffice", "de", "kassenbon", f"Bon-Nr. {dg(5)} | TSE-Seriennummer {hx(64)[:32]} | Signaturzähler {dg(5)} | Summe 14,80 € | EC-Karte ****2281 | Terminal-ID {dg(8)}")
I("backoffice", "en", "shared-sheet-redacted", "service,username,password\nShopify,owner@lunabakery.com,[in 1Password]\nSquare,manager,[ask Maria]\nRouter,admin,[sticker under device]")
I("backoffice", "sv", "faktura-foretag", f"Faktura {dg(5)} – Café Lingon AB, org.nr 559{dg(3)}-{dg(4)}, Bankgiro {dg(3)}-{dg(4)}, OCR {dg(12)}. Att betala 3 450,00 kr.")
I("backoffice", "fi", "lasku", f"Lasku {dg(6)}, Y-tunnus 1{dg(6)}-{dg(1)}, viitenumero {dg(10)}, eräpäivä 31.12.2026, summa 420,00 €. Maksu tilille FI21 1234 5600 0007 85 (yrityksen tili).")
I("backoffice", "tr", "fatura", f"e-Fatura No: ABC2026{dg(9)} – Vergi Dairesi: Kadıköy, VKN {dg(10)}. Toplam 4.280,00 TL (KDV dahil).")
I("backoffice", "ja", "seikyusho", f"請求書番号 {dg(8)}／登録番号 T{dg(13)}／お振込先：三井住友銀行 渋谷支店 普通 {dg(7)} カ）サクラショウジ／ご請求金額 ¥128,700（税込）")
I("backoffice", "zh", "fapiao", f"增值税电子普通发票 发票号码 {dg(8)} 开票日期 2026年12月05日 销售方统一社会信用代码 91310000{rs(10, _USCC)} 价税合计 ¥3,280.00")
I("backoffice", "ko", "saeopja", f"거래명세서 — 상호: 한빛상사, 사업자등록번호 {dg(3)}-{dg(2)}-{dg(5)}, 합계 1,540,000원, 입금계좌 기업은행 {dg(3)}-{dg(6)}-{dg(2)}-{dg(3)} (법인)")
I("backoffice", "pt", "nota-fiscal", f"NF-e nº {dg(6)} série 1 — Emitente CNPJ {dg(2)}.{dg(3)}.{dg(3)}/0001-{dg(2)}, chave de acesso {' '.join(dg(4) for _ in range(11))}.")
I("backoffice", "ru", "schet", f"Счёт № {dg(3)} от 05.12.2026. Поставщик: ООО «Ромашка», ИНН 77{dg(8)}, КПП 77{dg(7)}, р/с 40702810{dg(12)} в ПАО Сбербанк, БИК 044525225.")
I("backoffice", "en", "ecommerce-order-export", "order_id,created_at,email,total,status\n#1042,2026-12-01T10:14:22Z,j.smith@example.com,58.00,fulfilled\n#1043,2026-12-01T11:02:09Z,anna.k@example.org,112.40,pending\n#1044,2026-12-02T08:45:51Z,lee@example.net,23.99,refunded")
I("backoffice", "en", "nas-log", f"2026-12-06 02:00:04 Hyper Backup task 'B2-offsite' started\n2026-12-06 02:41:17 Backup completed: 48,211 files, 182.4 GB, version {dg(3)}\n2026-12-06 02:41:18 Integrity check scheduled")
I("backoffice", "es", "politica-claves", "Recordatorio: no compartáis las contraseñas de la tienda por WhatsApp. Usad el gestor de contraseñas del equipo y activad la verificación en dos pasos.")
I("backoffice", "it", "ticket-assistenza", f"Ticket #{dg(6)} aperto: stampante fiscale Epson FP-81 II errore 'E-07'. Tecnico in arrivo martedì mattina. Matricola {rs(2, _UP)}{dg(8)}.")
I("backoffice", "ar", "fatura-sharika", f"فاتورة ضريبية رقم {dg(6)} — شركة الندى للتجارة، الرقم الضريبي 3{dg(13)}3، الإجمالي 5,750 ريال شامل ضريبة القيمة المضافة.")

# =====================================================================
# ENGINEERING / OPS
# =====================================================================
a, s_ = aws_akid(), aws_secret()
S("eng", "en", "aws-credentials-file", f"$ cat ~/.aws/credentials\n[default]\naws_access_key_id = {a}\naws_secret_access_key = {s_}\nregion = eu-west-1\n\n[staging]\nsource_profile = default\nrole_arn = arn:aws:iam::123456789012:role/StagingDeploy", s_)
a, s_ = aws_akid(), aws_secret()
S("eng", "en", "aws-ci-env-leak", f"##[group]Run env | sort\nAWS_ACCESS_KEY_ID={a}\nAWS_DEFAULT_REGION=us-east-1\nAWS_SECRET_ACCESS_KEY={s_}\nCI=true\nGITHUB_ACTIONS=true\n##[endgroup]", s_)
v = gh_pat()
S("eng", "en", "github-pat-git-remote", f"$ git remote -v\norigin\thttps://jdoe:{v}@github.com/acme-internal/billing-service.git (fetch)\norigin\thttps://jdoe:{v}@github.com/acme-internal/billing-service.git (push)", v)
v = gh_fine()
S("eng", "en", "github-fine-grained", f"# .envrc (don't commit!)\nexport GITHUB_TOKEN={v}\nexport GH_REPO=acme/infra", v)
v = glpat()
S("eng", "de", "gitlab-token-ci", f"# Deploy-Token für die Pipeline, bitte in die CI/CD-Variablen verschieben\nGITLAB_API_TOKEN: \"{v}\"\n# TODO: maskieren", v)
v = slack_bot()
S("eng", "en", "slack-bot-token-yaml", f"slack:\n  bot_token: {v}\n  signing_secret: {hx(32)}\n  channel: \"#deploys\"", v)
v = slack_hook()
S("eng", "en", "slack-webhook-curl", f"curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"Deploy finished: v2.14.3\"}}' {v}", v)
v = discord_hook()
S("eng", "en", "discord-webhook-game", f"# server.cfg — Valheim dedicated\nserver_name=\"Vikings of Aarhus\"\nworld=Midgard\nnotify_webhook={v}\npublic=0", v)
v = sendgrid()
S("eng", "en", "sendgrid-python", f"import sendgrid\nfrom sendgrid.helpers.mail import Mail\n\nsg = sendgrid.SendGridAPIClient(api_key=\"{v}\")\nmsg = Mail(from_email='noreply@shopfront.io', to_emails='ops@shopfront.io', subject='test', plain_text_content='hi')\nprint(sg.send(msg).status_code)", v)
v = openai_key()
S("eng", "en", "openai-jupyter", f"In [3]: import os\n   ...: os.environ[\"OPENAI_API_KEY\"] = \"{v}\"\n   ...: from openai import OpenAI\n   ...: client = OpenAI()\n\nIn [4]: client.models.list().data[0].id\nOut[4]: 'gpt-4o-mini'", v)
v = anthropic_key()
S("eng", "en", "anthropic-key-dotenv", f"# .env.local\nANTHROPIC_API_KEY={v}\nLOG_LEVEL=debug\nPORT=8787", v)
v = google_api()
S("eng", "en", "google-services-json", '{\n  "project_info": {\n    "project_number": "' + dg(12) + '",\n    "project_id": "fitbuddy-prod",\n    "storage_bucket": "fitbuddy-prod.appspot.com"\n  },\n  "client": [{\n    "client_info": {"mobilesdk_app_id": "1:' + dg(12) + ':android:' + hx(16) + '", "android_client_info": {"package_name": "com.fitbuddy.app"}},\n    "api_key": [{"current_key": "' + v + '"}]\n  }]\n}', v)
v = google_api()
S("eng", "en", "info-plist-maps", f"<key>CFBundleIdentifier</key>\n<string>com.tripnote.ios</string>\n<key>GMSApiKey</key>\n<string>{v}</string>\n<key>NSLocationWhenInUseUsageDescription</key>\n<string>Show nearby places</string>", v)
v = rs(32, _LOWD)
S("eng", "en", "android-manifest-meta", f"<application android:label=\"@string/app_name\">\n    <meta-data android:name=\"com.onesignal.RestApiKey\" android:value=\"{v}\"/>\n    <meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"@string/maps_key\"/>\n</application>", v)
v = npm_tok()
S("eng", "ja", "npmrc", f"# 社内CI用の .npmrc（コミット禁止）\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={v}\nalways-auth=true", v)
v = pypi_tok()
S("eng", "en", "pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {v}", v)
v = telegram_bot()
S("eng", "ru", "telegram-bot", f"# бот для алертов\nTELEGRAM_BOT_TOKEN = \"{v}\"\nCHAT_ID = -100{dg(10)}  # канал «Мониторинг»", v)
v = discord_bot()
S("eng", "en", "discord-bot-token", f"[2026-12-05 21:14:07] INFO  Starting bot with token {v}\n[2026-12-05 21:14:08] INFO  Logged in as ModBot#4412", v)
v = do_tok()
S("eng", "pt", "digitalocean-token", f"# configurando o doctl no servidor novo da loja\n$ doctl auth init --access-token {v}\nValidating token... OK", v)
v = hf_tok()
S("eng", "ko", "hf-token-notebook", f"# 노트북 공유 전에 토큰 지우기!\nfrom huggingface_hub import login\nlogin(token=\"{v}\")  # TODO remove before sharing notebook", v)
v = twilio_sk()
sec = hx(32)
S("eng", "es", "twilio-keys", f"// Configuración de SMS para verificación\nconst client = twilio('{v}', '{sec}', {{ accountSid: 'AC{hx(32)}' }});", sec)
v = vault_tok()
S("eng", "en", "vault-token", f"$ export VAULT_ADDR=https://vault.internal:8200\n$ export VAULT_TOKEN={v}\n$ vault kv get secret/payments/db", v)
v = age_key()
S("eng", "en", "age-key", f"# created: 2026-10-02T09:14:51Z\n# public key: age1{rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}\n{v}", v)
v = sentry_dsn()
I("eng", "en", "sentry-dsn-public", "Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.2, release: 'web@3.8.1' });")
k1 = hx(32)
S("eng", "en", "datadog-api-key", f"datadog:\n  site: datadoghq.eu\n  api_key: {k1}\n  tags: [env:prod, team:payments]", k1)
v = atlassian()
S("eng", "en", "atlassian-token", f"curl -u ops-bot@acme.io:{v} -H 'Accept: application/json' https://acme.atlassian.net/rest/api/3/myself", v)
v = linear_key()
S("eng", "en", "linear-key", f"LINEAR_API_KEY={v} node scripts/sync-issues.mjs --team ENG", v)
v = notion_key()
S("eng", "de", "notion-key", f"Notion-Integration angelegt. Internes Integrations-Token: {v} – bitte in den Secrets Manager, nicht ins Wiki!", v)
v = figma()
S("eng", "en", "figma-token", f"user: why does the plugin say 403?\n\n```\nFIGMA_TOKEN={v}\nFILE_KEY=abc123XYZ\n```", v)
v = mapbox()
S("eng", "en", "mapbox-secret", f"# Needed for downloading the iOS SDK\nmachine api.mapbox.com\n  login mapbox\n  password {v}", v)
v = stripe_whsec()
S("eng", "en", "stripe-webhook-secret", f"STRIPE_WEBHOOK_SECRET={v}  # from `stripe listen` on Dan's laptop", v)
v = stripe_rk()
S("eng", "fr", "stripe-restricted", f"Clé restreinte Stripe pour le service de facturation (lecture seule) : {v}", v)
v = azure_key()
S("eng", "en", "azure-storage-conn", f"\"ConnectionStrings\": {{\n  \"Blob\": \"DefaultEndpointsProtocol=https;AccountName=acmeassets;AccountKey={v};EndpointSuffix=core.windows.net\"\n}}", v)
v = pw_gen(18)
S("eng", "fr", "postgres-url", f"# variables de prod copiées depuis Heroku, à ne pas committer\nDATABASE_URL=postgres://app_user:{v}@db-prod.c9xk2.eu-central-1.rds.amazonaws.com:5432/orders?sslmode=require", v)
v = pw_gen(14).replace("@", "x").replace(":", "x")
S("eng", "es", "mongodb-srv", f"# conexión a Atlas desde mi portátil, luego lo paso a variables\nmongo \"mongodb+srv://cluster0.x7ab2.mongodb.net/shop\" --username admin --password '{v}'", v)
v = pw_gen(16)
S("eng", "pl", "mysql-console", f"mysql> CREATE USER 'raporty'@'%' IDENTIFIED BY '{v}';\nQuery OK, 0 rows affected (0.01 sec)\n-- użytkownik tylko do odczytu dla BI", v)
v = rs(20, _AL)
S("eng", "it", "redis-url", f"# variabili copiate dal pannello Heroku (app negozio)\nREDIS_URL=rediss://default:{v}@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345", v)
v = pw_gen(16).replace(";", "x")
S("eng", "en", "mssql-conn", f"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password={v};Encrypt=True;", v)
v = rs(24, _AL)
S("eng", "en", "jdbc-url", f"spring.datasource.url=jdbc:oracle:thin:@//ora-prod:1521/HR\nspring.datasource.username=hr_svc\nspring.datasource.password={v}", v)
v = pw_gen(14)
S("eng", "da", "smtp-config", f"; mailopsætning til lagersystemet – spørg Mads før ændringer\n[smtp]\nhost = smtp.office365.com\nport = 587\nuser = alerts@acme-logistics.com\npassword = {v}\nstarttls = true", v)
v = pw_gen(16)
S("eng", "de", "ldap-bind", f"# LDAP-Anbindung Nextcloud\nldap_host = ldaps://dc01.firma.local\nldap_dn = CN=svc-nextcloud,OU=Service,DC=firma,DC=local\nldap_agent_password = {v}", v)
v = pw_gen(12)
S("eng", "no", "mqtt-mosquitto", f"# test av garasjesensoren fra laptopen\nmosquitto_pub -h broker.home.lan -p 8883 --cafile ca.crt -u sensor-garage -P '{v}' -t home/garage/door -m open", v)
v = pw_gen(12)
S("eng", "nl", "esphome-secrets", f"# secrets.yaml (ESPHome)\nwifi_ssid: \"Thuis-IoT\"\nwifi_password: \"{v}\"\nota_password: \"{hx(16)}\"\napi_encryption_key: \"{b64(32)}\"", v)
v = b64(32)
S("eng", "en", "esphome-api-key", f"api:\n  encryption:\n    key: \"{v}\"\nota:\n  - platform: esphome", v)
v = pw_gen(14)
S("eng", "en", "iot-firmware-header", f"// config.h — greenhouse controller\n#define WIFI_SSID \"Greenhouse-2G\"\n#define WIFI_PASS \"{v}\"\n#define MQTT_HOST \"10.0.0.5\"\n#define FW_VERSION \"1.4.2\"", v)
v = wg_key()
S("eng", "en", "wireguard-conf", f"[Interface]\nPrivateKey = {v}\nAddress = 10.8.0.2/24\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = {wg_key()}\nEndpoint = vpn.example-office.net:51820\nAllowedIPs = 0.0.0.0/0", v)
v = wg_key()
S("eng", "de", "wireguard-fritzbox", f"WireGuard-Einstellungen für das Handy (aus der FRITZ!Box exportiert):\nPrivater Schlüssel: {v}\nAdresse: 192.168.178.201/24", v)
v = ovpn_static()
S("eng", "en", "openvpn-static-key", f"client\ndev tun\nremote vpn.acme.io 1194\n<tls-auth>\n#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n{v}\n-----END OpenVPN Static key V1-----\n</tls-auth>\nkey-direction 1", v)
v = pw_gen(12)
S("eng", "en", "openvpn-auth-user-pass", f"$ cat /etc/openvpn/auth.txt\nj.hernandez\n{v}\n$ sudo openvpn --config office.ovpn --auth-user-pass /etc/openvpn/auth.txt", v)
v = openssh_key()
S("eng", "en", "ssh-private-key", f"$ cat ~/.ssh/id_ed25519\n-----BEGIN OPENSSH PRIVATE KEY-----\n{v}\n-----END OPENSSH PRIVATE KEY-----", v)
v = pem_body(740)
S("eng", "en", "rsa-pem-key", f"-----BEGIN RSA PRIVATE KEY-----\nMIIEow{v}\n-----END RSA PRIVATE KEY-----", v)
v = pem_body(120)
S("eng", "ja", "ec-key-pasted", f"本番の署名鍵です（Slackに貼ってすみません、後で消します）\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI{v}\n-----END EC PRIVATE KEY-----", v)
v = pem_body(640).replace("\n", "\\n")
S("eng", "en", "gcp-service-account", '{\n  "type": "service_account",\n  "project_id": "analytics-prod-4412",\n  "private_key_id": "' + hx(40) + '",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n' + v + '\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "etl@analytics-prod-4412.iam.gserviceaccount.com"\n}', v)
v = pw_gen(14)
S("eng", "pl", "ssh-password-chat", f"user: serwer stagingowy to 203.0.113.44, loguj się po ssh jako deploy, hasło {v}. Sprawdzisz czemu nginx leży?", v)
v = pw_gen(16)
S("eng", "en", "ansible-become", f"# group_vars/db/vars.yml (should have been vaulted)\nansible_user: ops\nansible_become_pass: \"{v}\"\npostgres_version: 16", v)
v = pw_gen(20)
S("eng", "en", "ansible-vault-password-file", f"$ cat .vault_pass\n{v}\n$ ansible-playbook site.yml --vault-password-file .vault_pass", v)
v = rs(32, _AL)
S("eng", "en", "jenkins-credentials-xml", f"<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>nexus-deploy</id>\n  <description>Nexus deploy user</description>\n  <username>deployer</username>\n  <password>{v}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>", v)
v = jwt({"sub": dg(8), "name": "Ana Souza", "role": "admin", "iat": 1764950400, "exp": 1765036800})
S("eng", "en", "jwt-authorization-header", f"GET /api/v2/invoices?page=2 HTTP/1.1\nHost: app.ledgerly.io\nAuthorization: Bearer {v}\nAccept: application/json", v)
v = jwt({"user_id": R.randint(1000, 99999), "scope": "read write", "exp": 1767225600}, "RS256")
S("eng", "pt", "jwt-localstorage", f"Copiei do localStorage no DevTools:\naccess_token: \"{v}\"\nrefresh_token está em cookie httpOnly", v)
v = rs(32, _LOWD)
S("eng", "en", "curl-cookie", f"curl 'https://admin.shopline.app/api/orders?status=open' \\\n  -H 'accept: application/json' \\\n  -H 'cookie: _ga=GA1.2.{dg(9)}.{dg(10)}; sessionid={v}; csrftoken={rs(32)}' \\\n  -H 'user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)' \\\n  --compressed", v)
v = rs(40, _AL + "%")
S("eng", "en", "har-excerpt", '{\n  "request": {\n    "method": "POST",\n    "url": "https://portal.utilityco.com/api/login",\n    "headers": [\n      {"name": "Cookie", "value": "ASP.NET_SessionId=' + v + '; lang=en"},\n      {"name": "Content-Type", "value": "application/json"}\n    ]\n  },\n  "response": {"status": 200}\n}', v)
u, p = "svc-report", pw_gen(12)
bas = base64.b64encode(f"{u}:{p}".encode()).decode()
S("eng", "en", "basic-auth-header", f"> GET /metrics HTTP/1.1\n> Host: grafana.internal:3000\n> Authorization: Basic {bas}\n> User-Agent: curl/8.5.0", bas)
v = pw_gen(12).replace("@", "x").replace(":", "x").replace("/", "x")
S("eng", "de", "url-credentials", f"Die Kamera-Liveansicht geht über http://admin:{v}@192.168.0.64/ISAPI/Streaming/channels/101/picture – im Browser funktioniert es.", v)
v = rs(64, _AL)
S("eng", "en", "postman-collection", '{\n  "info": {"name": "Payments API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},\n  "auth": {"type": "apikey", "apikey": [{"key": "value", "value": "' + v + '", "type": "string"}, {"key": "key", "value": "X-API-Key", "type": "string"}]},\n  "item": []\n}', v)
v = rs(48, _AL)
S("eng", "en", "postman-env", '{"name": "prod", "values": [{"key": "baseUrl", "value": "https://api.partnerhub.io", "enabled": true}, {"key": "client_secret", "value": "' + v + '", "enabled": true}]}', v)
v = pw_gen(12)
S("eng", "sv", "minecraft-rcon", f"# familjens Minecraft-server, rör inte rcon-lösenordet\n# server.properties\nmotd=Family Survival\nenable-rcon=true\nrcon.port=25575\nrcon.password={v}\nwhite-list=true", v)
v = pw_gen(10)
S("eng", "de", "gameserver-admin", f"// CS2 server.cfg\nhostname \"Clan-Server Frankfurt\"\nrcon_password \"{v}\"\nsv_password \"\"\nmp_autoteambalance 1", v)
v = cloudflare()
S("eng", "en", "cloudflare-token-terraform", f"# terraform.tfvars\ncloudflare_api_token = \"{v}\"\nzone_id              = \"{hx(32)}\"", v)
v = firebase_srv()
S("eng", "en", "fcm-server-key", f"curl -X POST https://fcm.googleapis.com/fcm/send -H \"Authorization: key={v}\" -H 'Content-Type: application/json' -d @push.json", v)
v = doppler()
S("eng", "en", "doppler-token", f"- name: Fetch secrets\n  run: doppler secrets download --no-file --format env > .env\n  env:\n    DOPPLER_TOKEN: {v}", v)
v = rs(40, _AL)
S("eng", "zh", "aliyun-key", f"# 阿里云 OSS 配置\naccessKeyId: LTAI{rs(20, _AL)}\naccessKeySecret: {v}\nbucket: shop-images-prod", v)
v = rs(32, _AL)
S("eng", "ko", "naver-secret", f"네이버 로그인 API\nClient ID: {rs(20, _AL)}\nClient Secret: {v}\n→ 운영 서버 환경변수에만 넣어주세요", v)
v = pw_gen(14)
S("eng", "es", "log-password-leak", f"2026-12-04 11:03:22,118 DEBUG auth.py:88 intentando login con usuario=facturacion contraseña={v} host=10.2.0.14", v)
v = pw_gen(12)
S("eng", "fr", "docker-compose", f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: compta\n      POSTGRES_PASSWORD: {v}\n      POSTGRES_DB: compta", v)
v = rs(40, _AL + "+/")
S("eng", "en", "k8s-secret-decoded", f"$ kubectl get secret api-keys -o jsonpath='{{.data.PAYMENT_API_KEY}}' | base64 -d\n{v}", v)
v = pw_gen(16)
bv = base64.b64encode(v.encode()).decode()
S("eng", "en", "k8s-secret-base64", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: YXBwX3VzZXI=\n  password: {bv}", bv)
v = pw_gen(14)
S("eng", "it", "terminale-mysql", f"$ mysqldump -u backup -p'{v}' gestionale > dump_2026-12-07.sql\n# fatto, ora lo copio sul NAS", v)
v = pw_gen(12)
S("eng", "sv", "unifi-controller", f"UniFi Controller: https://10.0.0.2:8443\nAnvändare: ubnt-admin\nLösenord: {v}\nGäst-WiFi har egen portal.", v)
v = hx(64)
S("eng", "fi", "wpa-supplicant-psk", f"# /etc/wpa_supplicant/wpa_supplicant.conf – maatilan anturit\nnetwork={{\n    ssid=\"FarmSensors\"\n    psk={v}\n    key_mgmt=WPA-PSK\n}}", v)
v = pw_gen(14)
S("eng", "nl", "proxmox-root", f"Proxmox VE 8.2 op https://192.168.10.5:8006 — root@pam / {v} (thuislab, ik weet het, 2FA komt nog)", v)
v = rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
S("eng", "zh", "totp-seed", f"二维码解析结果（VPN 两步验证）：\notpauth://totp/ACME%20VPN:j.doe?secret={v}&issuer=ACME%20VPN&algorithm=SHA1&digits=6&period=30", v)
v = rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
S("eng", "de", "totp-setup-key", f"Einrichtungsschlüssel für den Authenticator (manuelle Eingabe): {' '.join(v[i:i+4] for i in range(0, 32, 4))}", ' '.join(v[i:i+4] for i in range(0, 32, 4)))
v = rs(64, _AL)
S("eng", "en", "webhook-secret-path", f"Zapier hook for new orders → https://hooks.zapier.com/hooks/catch/{dg(7)}/{rs(6, _LOWD)}/ ; GitLab uses https://ci.acme.dev/project/deploy?token={v}", v)
v = rs(43, _AL + "-_")
S("eng", "en", "teams-webhook", f"TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/{hx(32)}/{uid()}/{v}", v)
v = rs(28, _AL + "-_")
S("eng", "en", "oauth-client-secret-chat", f"assistant: I need the OAuth client secret for the Google Workspace integration.\nuser: ok here\nuser: GOCSPX-{v}", "GOCSPX-" + v)
v = pw_gen(14)
S("eng", "uk", "vpn-ipsec", f"Налаштування VPN для віддаленого офісу:\nСервер: vpn.biuro.ua\nТип: L2TP/IPsec PSK\nСпільний ключ: {v}\nЛогін: o.kovalenko", v)
v = pw_gen(12)
S("eng", "tr", "redis-cli", f"$ redis-cli -h 10.1.4.7 -a '{v}' INFO keyspace\n# Keyspace\ndb0:keys=18422,expires=301,avg_ttl=0", v)
v = rs(32, _AL)
S("eng", "hi", "razorpay-secret", f"Razorpay live keys (डैशबोर्ड से):\nkey_id: rzp_live_{rs(14, _AL)}\nkey_secret: {v}\nइन्हें GitHub पर मत डालना।", v)
v = rs(20, _AL + "-_")
S("eng", "id", "midtrans-server-key", f"MIDTRANS_SERVER_KEY=Mid-server-{v}\nMIDTRANS_IS_PRODUCTION=true", "Mid-server-" + v)
v = pw_gen(12)
S("eng", "vi", "cau-hinh-ftp", f"FTP hosting: ftp.shopthoitrang.vn, user: shoptt, mật khẩu: {v} — dùng FileZilla, cổng 21.", v)
v = pw_gen(12)
S("eng", "ar", "lohat-tahakum", f"بيانات دخول لوحة تحكم السيرفر (cPanel):\nالمستخدم: alnada\nكلمة المرور: {v}\nالرابط: https://server.alnada-store.com:2083", v)
v = pw_gen(14)
S("eng", "he", "grafana-admin", f"סיסמת אדמין לגרפנה בפרודקשן שונתה ל- {v} , תעדכנו את ה-Vault", v)
v = pw_gen(14)
S("eng", "fa", "ramz-server", f"دسترسی SSH سرور جدید: کاربر root رمز {v} آی‌پی 185.{R.randint(1,254)}.{R.randint(1,254)}.{R.randint(1,254)}", v)
v = pw_gen(12)
S("eng", "th", "rahat-database", f"รหัสผ่านฐานข้อมูล staging: {v} (user: app_stg) อย่าเอาไปใช้บน production", v)
v = pw_gen(12)
S("eng", "cs", "heslo-router-mikrotik", f"/user add name=servis group=full password=\"{v}\" comment=\"externí technik\"", v)
v = pw_gen(12)
S("eng", "ro", "parola-wordpress", f"wp-config.php:\ndefine( 'DB_NAME', 'magazin_wp' );\ndefine( 'DB_USER', 'wp_user' );\ndefine( 'DB_PASSWORD', '{v}' );\ndefine( 'DB_HOST', 'localhost' );", v)
v = rs(64, _AL)
S("eng", "en", "wp-salts", f"define('AUTH_KEY',         '{v}');\ndefine('SECURE_AUTH_KEY',  'put your unique phrase here');", v)
v = rs(40, _AL)
S("eng", "sw", "mpesa-daraja", f"Ufunguo wa Daraja API (M-PESA) kwa mfumo wa duka:\nConsumer Key: {rs(48, _AL)}\nConsumer Secret: {v}\nUsiweke kwenye GitHub.", v)
v = rs(44, _AL + "+/") + "="
S("eng", "en", "django-secret-key", f"# settings/prod.py\nDEBUG = False\nSECRET_KEY = '{v}'\nALLOWED_HOSTS = ['shop.example.com']", v)
v = rs(64, "0123456789abcdef")
S("eng", "en", "rails-master-key", f"$ cat config/master.key\n{v[:32]}\n$ EDITOR=vim bin/rails credentials:edit", v[:32])
v = pw_gen(14)
S("eng", "en", "split-password-lines", f"Ops handover (typed from sticky note):\nBMC/iDRAC for db-02 → root / {v[:7]}\n{v[7:]}  (continues on the next line, no space)", f"{v[:7]}\n{v[7:]}")

# =====================================================================
# ENGINEERING — innocents
# =====================================================================
I("eng", "en", "git-log", f"commit {sha1()}\nAuthor: Priya N <priya@acme.dev>\nDate:   Thu Dec 4 16:22:10 2026 +0100\n\n    fix(payments): retry idempotent refunds on 502\n\n    Refs: PAY-2281")
I("eng", "en", "git-short-shas", f"{hx(7)} Merge pull request #4412 from acme/feat/csv-export\n{hx(7)} bump axios to 1.7.9\n{hx(7)} docs: rotate keys quarterly (no values here)")
I("eng", "en", "docker-digest", f"Pulling from library/postgres\nDigest: sha256:{sha256()}\nStatus: Downloaded newer image for postgres:16.4-alpine")
I("eng", "en", "package-lock-integrity", '"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-' + b64(64) + '"\n}')
I("eng", "en", "request-id-log", f"2026-12-06T09:14:55.201Z ERROR [req_id={uid()}] upstream timeout after 30000ms route=/v1/orders status=504 trace_id={hx(32)}")
I("eng", "en", "env-var-references", "environment:\n  DATABASE_URL: ${DATABASE_URL}\n  STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}\n  REDIS_PASSWORD: ${REDIS_PASSWORD:?must be set}")
I("eng", "en", "github-actions-masked", "Run ./deploy.sh\n  env:\n    AWS_ACCESS_KEY_ID: ***\n    AWS_SECRET_ACCESS_KEY: ***\n    AWS_REGION: eu-west-1\nDeploying build 1842 to production...")
I("eng", "en", "aws-example-key-docs", "The AWS CLI docs use the example credentials AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. These are documentation placeholders, not real keys.")
I("eng", "en", "ssh-public-key", f"$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]} priya@thinkpad")
I("eng", "en", "ssh-fingerprint", f"The authenticity of host 'bastion.acme.io (203.0.113.10)' can't be established.\nED25519 key fingerprint is SHA256:{b64(32)[:43]}.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?")
I("eng", "en", "wireguard-public-only", f"Peer added on the server:\n[Peer]\n# laptop-anna\nPublicKey = {wg_key()}\nAllowedIPs = 10.8.0.7/32\nPersistentKeepalive = 25")
I("eng", "en", "gpg-key-id", f"pub   rsa4096/{hx(16).upper()} 2024-03-11 [SC] [expires: 2027-03-11]\n      {hx(40).upper()}\nuid                 [ultimate] Release Signing <release@acme.dev>")
I("eng", "en", "aws-key-id-name", "IAM → Users → ci-deployer → Security credentials: Access key 1 created 2026-09-02, last used 3 hours ago (eu-west-1, s3). Secret access key: not shown after creation.")
I("eng", "en", "kms-arn", f"Encrypted with arn:aws:kms:eu-central-1:{dg(12)}:key/{uid()} (alias/payments-prod)")
I("eng", "en", "cloud-console-instance", f"Instance i-{hx(17)} (web-3) • t3.medium • running • Private IP 10.20.3.14 • AMI ami-{hx(17)} • Launched Dec 02 2026 10:41 UTC")
I("eng", "en", "terraform-plan", f"  # aws_s3_bucket.assets will be created\n  + resource \"aws_s3_bucket\" \"assets\" {{\n      + arn    = (known after apply)\n      + bucket = \"acme-assets-{hx(6)}\"\n      + id     = (known after apply)\n    }}\nPlan: 1 to add, 0 to change, 0 to destroy.")
I("eng", "en", "db-console-select", "orders=> SELECT id, status, total_cents, created_at FROM orders ORDER BY id DESC LIMIT 3;\n   id   | status  | total_cents |         created_at\n--------+---------+-------------+----------------------------\n 884120 | paid    |        4599 | 2026-12-06 18:02:11.41+00\n 884119 | pending |       12900 | 2026-12-06 17:58:40.02+00\n 884118 | refunded|        2350 | 2026-12-06 17:51:09.77+00")
I("eng", "en", "jupyter-output-hashes", f"In [12]: df['user_hash'].head(3)\nOut[12]:\n0    {hx(32)}\n1    {hx(32)}\n2    {hx(32)}\nName: user_hash, dtype: object")
I("eng", "en", "ci-log-test-summary", "============ 412 passed, 3 skipped, 1 xfailed in 88.31s ============\nCoverage: 87.4%  (threshold 85%)\nArtifacts: coverage.xml, junit.xml\nJob succeeded in 2m 14s")
I("eng", "en", "http-error-codes", "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\", error_description=\"The access token expired\"\nX-Request-Id: req_7fJ2kLmQ9pX\nContent-Length: 0")
I("eng", "en", "jwt-docs", "A JWT has three base64url parts separated by dots: header.payload.signature. Never put secrets in the payload — it is only encoded, not encrypted. Validate exp, iss and aud on every request.")
I("eng", "en", "placeholder-config", "# config.example.yaml — copy to config.yaml and fill in\nsmtp:\n  host: smtp.example.com\n  user: YOUR_USERNAME\n  password: <your-smtp-password>\napi_key: REPLACE_ME")
I("eng", "en", "dotenv-example", "# .env.example\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=\nDATABASE_URL=postgres://user:password@localhost:5432/dbname\nSESSION_SECRET=changeme")
I("eng", "en", "mqtt-topics", "home/livingroom/temp 21.4\nhome/livingroom/humidity 44\nhome/garage/door closed\nzigbee2mqtt/bridge/state {\"state\":\"online\"}\nzigbee2mqtt/0x00158d0004a1b2c3 {\"battery\":87,\"contact\":true}")
I("eng", "en", "firmware-version", f"ESP32 boot: firmware greenhouse-ctrl v1.4.2 (build {hx(8)}), IDF v5.2.1, chip rev 3, MAC 24:6F:28:{hx(2).upper()}:{hx(2).upper()}:{hx(2).upper()}, heap 214 KB free")
I("eng", "en", "openvpn-log", "2026-12-06 08:12:44 OpenVPN 2.6.8 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4]\n2026-12-06 08:12:44 TCP/UDP: Preserving recently used remote address: [AF_INET]198.51.100.20:1194\n2026-12-06 08:12:45 Initialization Sequence Completed")
I("eng", "en", "ldap-search-output", "dn: CN=Anna Berg,OU=Sales,DC=firma,DC=local\nsAMAccountName: aberg\nmail: anna.berg@firma.de\nmemberOf: CN=Sales-EU,OU=Groups,DC=firma,DC=local\nlastLogonTimestamp: 134089112000000000")
I("eng", "en", "smtp-transcript", "S: 220 smtp.office365.com Microsoft ESMTP MAIL Service ready\nC: EHLO app01\nS: 250-STARTTLS\nC: STARTTLS\nS: 220 2.0.0 SMTP server ready\nC: AUTH LOGIN\nS: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.")
I("eng", "en", "har-innocent", '{"request": {"method": "GET", "url": "https://cdn.shopline.app/static/app.3f9a1c2e.js", "headers": [{"name": "Accept-Encoding", "value": "gzip, br"}, {"name": "If-None-Match", "value": "W/\\"5e2-' + hx(27) + '\\""}]}, "response": {"status": 304}}')
I("eng", "en", "curl-no-secrets", "curl -s 'https://api.github.com/repos/python/cpython/releases/latest' -H 'Accept: application/vnd.github+json' | jq -r .tag_name")
I("eng", "en", "postman-variables", '{"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{access_token}}", "type": "string"}]}, "variable": [{"key": "baseUrl", "value": "https://api.partnerhub.io/v2"}]}')
I("eng", "en", "jenkins-credentials-ref", "withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {\n  sh './gradlew publish'\n}")
I("eng", "en", "ansible-vault-encrypted", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hx(80) for _ in range(5)))
I("eng", "en", "k8s-pod-list", f"NAME                           READY   STATUS    RESTARTS   AGE\napi-{hx(10)}-{rs(5, _LOWD)}   1/1     Running   0          3d4h\nworker-{hx(10)}-{rs(5, _LOWD)}  1/1     Running   2          3d4h")
I("eng", "en", "uuid-list", "\n".join(f"{uid()}  tenant_{i}" for i in range(1, 6)))
I("eng", "en", "semver-changelog", "## [3.8.1] - 2026-12-02\n### Fixed\n- Token refresh race on slow networks (#2210)\n- Password field now shows strength meter\n## [3.8.0] - 2026-11-18\n### Added\n- Passkey login (WebAuthn)")
I("eng", "en", "error-codes", "ERR_SSL_PROTOCOL_ERROR; ORA-12541: TNS:no listener; SQLSTATE[28000] [1045] Access denied for user 'app'@'10.0.0.5' (using password: YES); exit code 137 (OOMKilled)")
I("eng", "en", "game-server-status", "Valheim server 'Vikings of Aarhus' — version 0.219.16, 4/10 players, world Midgard, uptime 3d 02:11, port 2456-2458/udp, crossplay off")
I("eng", "en", "stripe-test-docs", "For local testing, use card 4000 0025 0000 3155 to trigger 3-D Secure, and 4000 0000 0000 9995 for an insufficient-funds decline. These test numbers only work with test-mode keys.")
I("eng", "en", "iso-example-iban", "Example from the IBAN registry: GB82 WEST 1234 5698 7654 32 (documentation sample). Our validator rejects strings with spaces in the wrong place but accepts this one.")
I("eng", "en", "base64-image", "data:image/png;base64," + b64(90))
I("eng", "en", "cert-public", "-----BEGIN CERTIFICATE-----\n" + pem_body(300) + "\n-----END CERTIFICATE-----")
I("eng", "en", "csr-fingerprint", f"SHA-256 Fingerprint: {':'.join(hx(2).upper() for _ in range(32))}\nSerial: {':'.join(hx(2) for _ in range(16))}\nValid until: Mar 14 23:59:59 2027 GMT")
I("eng", "en", "s3-presigned-expired", f"The S3 link https://acme-reports.s3.eu-west-1.amazonaws.com/q4/summary.pdf returned 403 — it's a private object, we need to generate a fresh presigned URL from the console.")
I("eng", "en", "cron-and-times", "0 2 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1\n30 6 * * 1-5 /opt/reports/daily.py --tz Europe/Berlin\n@reboot /home/pi/start-sensors.sh")
I("eng", "en", "password-hash-docs", "We store passwords with Argon2id (m=19456, t=2, p=1). The hash format looks like $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>; you can't recover the password from it.")
I("eng", "en", "info-plist-innocent", "<key>CFBundleShortVersionString</key>\n<string>4.12.0</string>\n<key>CFBundleVersion</key>\n<string>4120</string>\n<key>ITSAppUsesNonExemptEncryption</key>\n<false/>")
I("eng", "en", "android-manifest-innocent", "<manifest package=\"com.fitbuddy.app\" android:versionCode=\"412\" android:versionName=\"4.12.0\">\n  <uses-permission android:name=\"android.permission.INTERNET\"/>\n  <meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"${MAPS_API_KEY}\"/>\n</manifest>")
I("eng", "en", "sentry-event-id", f"Sentry captured event {hx(32)} (issue WEB-3K9, 412 events, first seen 2 days ago). Release web@3.8.1, environment production.")
I("eng", "en", "license-mit", "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction...")
I("eng", "en", "ip-and-ports", "Firewall rules updated: allow 10.0.0.0/8 → 5432/tcp, allow 203.0.113.0/24 → 443/tcp, deny all → 22/tcp except bastion 198.51.100.7.")
I("eng", "en", "totp-docs", "TOTP codes are 6 digits and change every 30 seconds. If your code is rejected, check the phone's clock. Backup codes are shown once when you enable 2FA — store them in your password manager.")
I("eng", "en", "mac-serial", f"Device inventory: MacBook Pro 14\" serial C02{rs(7, _UPD)}, asset tag ACME-{dg(5)}, assigned to j.doe, warranty until 2027-09-30")
# other languages — eng innocents
I("eng", "de", "deploy-log", f"[INFO] Deployment gestartet: Build #1842, Commit {hx(8)}\n[INFO] Migrationen: 3 angewendet (0042_add_invoice_index …)\n[WARN] Zertifikat läuft in 21 Tagen ab\n[INFO] Fertig nach 4m12s")
I("eng", "de", "passwort-richtlinie", "Passwortrichtlinie: mindestens 14 Zeichen, keine Wiederverwendung der letzten 5 Kennwörter, Sperre nach 10 Fehlversuchen. Dienstkonten bekommen Zertifikate statt Passwörtern.")
I("eng", "fr", "ticket-incident", f"Incident INC{dg(7)} — API de paiement indisponible de 14h02 à 14h19 (erreur 503). Cause : saturation du pool de connexions. Correctif déployé en v2.14.4.")
I("eng", "fr", "config-exemple", "# Exemple : remplacez les valeurs entre chevrons\nDB_PASSWORD=<mot-de-passe>\nAPI_TOKEN=<jeton-fourni-par-l-admin>\n# Ne commitez jamais le fichier .env réel")
I("eng", "es", "log-errores", f"2026-12-05 10:22:31 ERROR pedido={dg(8)} cliente={dg(6)} código=E4012 'tarjeta rechazada' importe=59,90 EUR intento=2")
I("eng", "es", "doc-api", "Para autenticarte, envía la cabecera Authorization: Bearer <token>. El token caduca a los 60 minutos; usa el refresh token para obtener uno nuevo.")
I("eng", "it", "log-build", f"BUILD SUCCESSFUL in 1m 42s\n58 actionable tasks: 12 executed, 46 up-to-date\nAPK: app-release-4.12.0.apk (sha256 {sha256()[:16]}…)")
I("eng", "pt", "changelog-pt", "Versão 2.3.0 (05/12/2026): login com biometria, correção no envio de SMS de verificação, mensagens de erro mais claras quando a senha expira.")
I("eng", "nl", "status-pagina", "Storing opgelost: de inlogproblemen in de app (foutcode AUTH-401) zijn verholpen om 11:46. Je hoeft je wachtwoord niet te wijzigen.")
I("eng", "pl", "log-wdrozenia", f"[2026-12-06 21:03] wdrożenie api v5.2.0 na prod ok, id zadania {uid()}, czas 3m51s, 0 błędów")
I("eng", "cs", "navod-vpn", "Návod: v aplikaci WireGuard klikni na Přidat tunel → Importovat ze souboru. Konfigurační soubor ti pošle IT zabezpečeně, nikdy ho neposílej e-mailem dál.")
I("eng", "sv", "driftinfo", "Planerat underhåll: databasklustret uppgraderas till PostgreSQL 16.4 lördag 02:00–04:00. Ärende CHG0041187.")
I("eng", "no", "feilmelding", "Feilkode 0x80070005 ved installasjon av oppdatering KB5032189. Prøv å kjøre som administrator.")
I("eng", "da", "ops-note", "Backup af NAS kører kl. 02:00. Sidste kørsel: OK, 182,4 GB, 48 211 filer. Næste test-gendannelse planlagt 15/01.")
I("eng", "fi", "virheloki", "Virhe 502 Bad Gateway klo 13.42 – kuormantasaaja ei saanut yhteyttä taustapalvelimeen app-2 (10.0.1.12:8080).")
I("eng", "ru", "log-oshibok", f"[ERROR] 2026-12-06 12:01:33 Не удалось подключиться к БД: timeout (host=10.0.3.7, port=5432). request_id={hx(16)}")
I("eng", "uk", "instrukciya", "Щоб отримати токен доступу, зайдіть у Налаштування → API → Створити токен. Токен показується лише один раз — збережіть його в менеджері паролів.")
I("eng", "tr", "surum-notu", "Sürüm 1.9.3: iki adımlı doğrulama kodunun süresi 5 dakikaya çıkarıldı. Hata kodu E-2207 düzeltildi.")
I("eng", "ar", "tawthiq", "ملاحظة: لا تضع مفتاح الـ API في الكود المصدري. استخدم متغير البيئة API_KEY وحمّله عند تشغيل الخادم.")
I("eng", "he", "log-he", f"שגיאה 429 – יותר מדי בקשות. נסו שוב בעוד 60 שניות. מזהה בקשה: {uid()}")
I("eng", "fa", "rahnama", "برای ورود دو مرحله‌ای، کد ۶ رقمی را از برنامه Authenticator وارد کنید. این کد هر ۳۰ ثانیه عوض می‌شود.")
I("eng", "hi", "build-log-hi", f"बिल्ड #{dg(4)} सफल रहा। कमिट {hx(7)}, संस्करण 2.4.1, समय 3 मिनट 12 सेकंड।")
I("eng", "ja", "deploy-tsuchi", f"【デプロイ完了】api-server v5.2.0 を本番に反映しました（コミット {hx(7)}）。ロールバック手順は Confluence を参照。")
I("eng", "ko", "jangae-gongji", "[장애 공지] 12/06 14:02~14:19 결제 API 응답 지연 (HTTP 503). 원인: DB 커넥션 풀 고갈. 조치 완료.")
I("eng", "zh", "rizhi", f"2026-12-06 10:15:22 WARN 订单服务 重试第3次 trace_id={hx(32)} 耗时 2310ms")
I("eng", "vi", "huong-dan", "Mật khẩu phải có ít nhất 8 ký tự, gồm chữ hoa, chữ thường và số. Mã OTP có hiệu lực trong 5 phút.")
I("eng", "th", "log-th", "ข้อผิดพลาด 504 Gateway Timeout เวลา 10:42 น. เซิร์ฟเวอร์ api-2 ไม่ตอบสนอง กำลังรีสตาร์ท")
I("eng", "id", "catatan-rilis", "Rilis 3.1.0: perbaikan bug saat verifikasi OTP, tampilan saldo lebih cepat, dukungan Android 15.")
I("eng", "el", "sfalma", "Σφάλμα 403: Δεν έχετε δικαίωμα πρόσβασης σε αυτόν τον πόρο. Κωδικός αιτήματος 7F2A-19C4.")
I("eng", "hu", "hibauzenet", "Hibakód: 0x800F081F – a .NET Framework 3.5 telepítése sikertelen. Ellenőrizze a forrásfájlok elérési útját.")
I("eng", "ro", "jurnal", f"Backup finalizat cu succes la 02:41, 48.211 fișiere, 182,4 GB. ID job {uid()}.")
I("eng", "bg", "dokumentacia", "Ключът за API се пази в променлива на средата API_KEY. В README използвайте само примерни стойности като your-api-key-here.")
I("eng", "hr", "upute", "Za pristup VPN-u instalirajte klijent, uvezite .conf datoteku i prijavite se AD korisničkim imenom. Lozinku nikad ne šaljite e-poštom.")
I("eng", "sk", "log-sk", "Chyba 500 pri volaní /api/objednavky – NullPointerException v OrderService.java:142. Požiadavka 9f3c-22a1.")
I("eng", "sw", "maelekezo", "Ili kupata ufunguo wa API, ingia kwenye dashibodi, bofya 'Unda ufunguo mpya', kisha uuhifadhi mahali salama. Hautaonyeshwa tena.")
I("eng", "tl", "paalala", "Paalala: Huwag ibahagi ang iyong OTP kahit kanino, kahit sa empleyado ng bangko. Ang OTP ay may bisa lamang ng 5 minuto.")
I("eng", "sr", "obavestenje", "Планирано одржавање сервера у недељу од 01:00 до 03:00. Сервис неће бити доступан. Број захтева CHG-20461.")
I("eng", "ur", "hidayat", "اپنا پاس ورڈ کسی کے ساتھ شیئر نہ کریں۔ بینک کبھی بھی فون یا ایس ایم ایس پر آپ کا پن نہیں مانگتا۔")
I("eng", "bn", "nirdeshona", "পাসওয়ার্ড কমপক্ষে ১২ অক্ষরের হতে হবে। একই পাসওয়ার্ড একাধিক সাইটে ব্যবহার করবেন না।")

# =====================================================================
# More innocents — personal / back office
# =====================================================================
I("personal", "en", "payslip", f"PAYSLIP — December 2026\nEmployee ID: E{dg(5)}   Pay date: 2026-12-24\nGross: $5,833.33  Federal tax: $712.40  401(k): $350.00\nNet pay: $4,102.18 → deposited to account ****0923")
I("personal", "en", "hr-onboarding-checklist", "Welcome aboard! Before day one: 1) sign the offer in DocuSign, 2) upload your ID through the secure portal (don't email it), 3) set up your laptop password when IT hands it over on Monday.")
I("personal", "en", "smart-home-log", "Ring: Motion detected at Front Door, 2:14 AM. Nest: Eco mode on, 17°C. August Lock: Locked by Auto-Lock at 10:02 PM. Battery 62%.")
I("personal", "en", "crypto-tx-hash", f"Your withdrawal of 0.0421 BTC was sent. Transaction ID: {hx(64)}. Network fee 0.00002 BTC. 3/6 confirmations.")
I("personal", "en", "school-portal-grades", "Canvas: Maya Hollis — Biology (Period 3): Lab report 'Osmosis' 46/50, Quiz 7 18/20. Current grade A- (91.2%). Next assignment due Dec 12.")
I("personal", "en", "bank-app-notification", "Chase: A $1,200.00 Zelle payment to Mark Tanaka was sent on Dec 6. Reference BACS20261206-8841. If you didn't make this payment, call the number on your card.")
I("personal", "en", "medical-portal-results", "Your lab results are ready: HbA1c 5.4% (normal 4.0–5.6), LDL 118 mg/dL, TSH 2.1 mIU/L. Dr. Ruiz left a note: 'Looks good, recheck in 12 months.'")
I("personal", "en", "locker-instructions", "Gym lockers are day-use only. Bring your own padlock or set a 4-digit code on the electronic ones; staff can reset it at the front desk with your ID.")
I("personal", "en", "wifi-qr-docs", "To share Wi-Fi on iPhone, bring the other device close and tap 'Share Password'. On Android, Settings → Network → Wi-Fi → tap the gear → Share shows a QR code.")
I("personal", "en", "voice-transcript-innocent", "[voicemail transcript] Hi, this is Karen from Dr. Patel's office calling to confirm your appointment on Tuesday the sixteenth at two forty-five. If you need to reschedule, call us at five five five, zero one nine eight.")
I("personal", "de", "lohnabrechnung", f"Entgeltabrechnung 11/2026 – Personalnummer {dg(6)}, Steuerklasse I, Brutto 3.850,00 €, Netto 2.471,12 €, Auszahlung auf Konto ****4410 am 28.11.")
I("personal", "fr", "notif-banque", "Votre virement de 450,00 € vers M. Durand a été exécuté le 05/12/2026. Référence : VIR-2026-12-05-118. Solde disponible visible dans l'application.")
I("personal", "es", "cita-itv", f"Cita ITV confirmada: 17/12/2026 a las 09:20, estación Alcobendas. Matrícula {dg(4)} {rs(3, 'BCDFGHJKLMNPRSTVWXYZ')}. Trae la ficha técnica y el seguro en vigor.")
I("personal", "it", "avviso-pin", "Il PIN della nuova carta ti arriverà per posta in una busta separata entro 7 giorni lavorativi. Non comunicarlo mai a nessuno, nemmeno agli operatori della banca.")
I("personal", "pl", "mlegitymacja", "Aplikacja mObywatel: twój dokument jest ważny do 14.05.2031. Kod QR do weryfikacji generuje się na 3 minuty przy każdym pokazaniu.")
I("personal", "ja", "kyuyo-meisai", f"給与明細 2026年11月分 社員番号 {dg(6)}／総支給額 342,000円／控除合計 71,480円／差引支給額 270,520円")
I("personal", "ko", "smart-doorlock-log", "도어락 알림: 18:42 비밀번호로 열림 (사용자 2), 22:10 자동 잠김. 배터리 잔량 40%. 교체 권장.")
I("personal", "zh", "zhangdan", "招商银行信用卡 12月账单：本期应还 ¥3,482.19，最低还款 ¥348.22，到期还款日 2026-12-25。卡号末四位 6632。")
I("personal", "pt", "boleto", f"Boleto gerado: linha digitável {dg(5)}.{dg(5)} {dg(5)}.{dg(6)} {dg(5)}.{dg(6)} {dg(1)} {dg(14)} — vencimento 15/12/2026, valor R$ 389,90 (Condomínio Ed. Aurora).")
I("backoffice", "en", "pos-receipt", f"THE DAILY GRIND\n123 Main St, Portland OR\nTerminal 02  Clerk: Jess\nLatte 12oz      $4.75\nCroissant       $3.50\nTOTAL           $8.25\nVISA ************1186  CHIP\nAUTH {dg(6)}  REF {dg(12)}\nThank you!")
I("backoffice", "en", "crm-export-innocent", "customer_id,name,phone,postcode,last_order\nC-10442,Ellen Park,+1 503 555 0117,97214,2026-11-28\nC-10443,Ahmed Siddiqui,+1 503 555 0164,97202,2026-12-01\nC-10444,Lucia Romero,+1 503 555 0190,97209,2026-12-03")
I("backoffice", "de", "datev-export", "Umsatz;Soll/Haben;WKZ;Konto;Gegenkonto;Belegdatum;Belegfeld 1;Buchungstext\n119,00;S;EUR;1200;8400;0512;RE2026-118;Verkauf Ladengeschäft\n45,50;H;EUR;1200;4930;0612;ER-771;Bürobedarf")
I("backoffice", "en", "wifi-guest-sign-docs", "Guest Wi-Fi sign template: Network: [SSID]  Password: [ask staff]. We rotate the guest password monthly — print a new sign from the admin page after each change.")


# =====================================================================
# self-check
# =====================================================================
def _self_check():
    import collections
    ids = [r.id for r in SECRETS] + [r.id for r in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in SECRETS:
        assert r.id.startswith("secret/") and len(r.id.split("/")) == 4, r.id
        assert r.secret and r.secret in r.text, r.id
        assert 40 <= len(r.text) <= 1200, (r.id, len(r.text))
    for r in INNOCENT:
        assert r.id.startswith("innocent/") and len(r.id.split("/")) == 4, r.id
        assert 40 <= len(r.text) <= 1200, (r.id, len(r.text))
    tmpl = collections.Counter(i.rsplit("-", 1)[0] for i in ids)
    assert max(tmpl.values()) <= 3, [k for k, c in tmpl.items() if c > 3]
    # determinism of value generators is guaranteed by the single seeded RNG
    by_setting = collections.Counter(i.split("/")[0] + ":" + i.split("/")[1] for i in ids)
    langs = collections.Counter(i.split("/")[2] for i in ids)
    print(f"SECRETS={len(SECRETS)} INNOCENT={len(INNOCENT)}")
    print("by setting:", dict(sorted(by_setting.items())))
    print(f"languages ({len(langs)}):", dict(langs.most_common()))
    print("OK")


if __name__ == "__main__":
    _self_check()
