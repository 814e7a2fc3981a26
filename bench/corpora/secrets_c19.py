"""Independent secret-redaction test corpus c19

Written: Mon Dec  7 12:24:49 UTC 2026  (output of `date` when the file was written)

This corpus was written from general knowledge only, without seeing the
redactor, its rules, its tests, or any earlier corpus.  All secret values are
synthetic: they are generated at import time from one seeded
random.Random(19_4_2026_77), so every import yields identical data,
and none of them are real credentials.  Check digits (Luhn, IBAN mod-97,
Verhoeff, national-ID checksums, ABA routing) are computed so that values are
formally valid.

Counts (SECRETS / INNOCENT), as printed by the self-check:

SECRETS: 256   INNOCENT: 212
by setting (secret / innocent):
  calendar        1 /    3
  chat           48 /   12
  ci              5 /    1
  config         35 /   35
  diff            4 /    3
  email          32 /   35
  form           33 /    5
  http            4 /    2
  log             9 /   28
  notebook        4 /    1
  runbook         8 /   24
  shell          16 /   18
  spreadsheet     4 /    3
  sql             1 /    1
  support        18 /   24
  ticket          7 /    3
  toolcall        5 /    2
  voice          20 /    5
  webpage         2 /    7
by language (secret / innocent):
  ar: 5 / 4
  bn: 5 / 4
  cs: 5 / 4
  da: 5 / 4
  de: 7 / 7
  el: 5 / 4
  en: 94 / 69
  es: 6 / 6
  fa: 5 / 4
  fi: 5 / 4
  fr: 6 / 6
  he: 5 / 4
  hi: 5 / 4
  hu: 5 / 4
  id: 5 / 4
  it: 5 / 5
  ja: 6 / 7
  ko: 5 / 5
  ms: 5 / 4
  nl: 5 / 4
  no: 5 / 4
  pl: 5 / 5
  pt: 5 / 5
  ro: 5 / 4
  ru: 6 / 6
  sv: 5 / 4
  sw: 5 / 4
  th: 5 / 4
  tr: 5 / 5
  uk: 5 / 4
  vi: 5 / 4
  zh: 6 / 6

Languages (32): en de fr es it pt nl pl cs sv no da fi ru uk tr ar he fa hi bn
ja ko zh vi th id ms sw el hu ro  (English is about a third of all texts).

Run `python3 secrets_c19.py` for the self-check (unique ids, every secret an
exact substring of its text, text lengths 40-1200, generator check digits,
deterministic re-execution, counts by setting and language).
"""
from typing import NamedTuple
import random
import base64
import hashlib
import json
import string
import urllib.parse


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []

R = random.Random(19_4_2026_77)

AN = string.ascii_letters + string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HX = "0123456789abcdef"
URLS = AN + "-_"

_counters: dict = {}


def _nid(kind, setting, lang, name):
    key = (kind, setting, lang, name)
    _counters[key] = _counters.get(key, 0) + 1
    return f"{kind}/{setting}/{lang}/{name}-{_counters[key]:02d}"


def S(setting, lang, name, text, secret):
    SECRETS.append(Secret(_nid("secret", setting, lang, name), text, secret))


def I(setting, lang, name, text):
    INNOCENT.append(Innocent(_nid("innocent", setting, lang, name), text))


# ---------------------------------------------------------------- primitives
def rs(n, alph=AN):
    return "".join(R.choice(alph) for _ in range(n))


def rd(n):
    return str(R.randint(1, 9)) + rs(n - 1, DG) if n > 1 else rs(1, DG)


def hx(n):
    return rs(n, HX)


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64e(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def uuid():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def wrap(s, n=64):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- vendor tokens
def aws_akid():
    return "AKIA" + rs(16, UP + "234567")


def aws_asia():
    return "ASIA" + rs(16, UP + "234567")


def aws_secret():
    return rs(40, AN + "/+")


def gh_pat():
    return "ghp_" + rs(36)


def gh_oauth():
    return "gho_" + rs(36)


def gh_app():
    return "ghs_" + rs(36)


def gh_fine():
    return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59)


def glpat():
    return "glpat-" + rs(20, URLS)


def glrt():
    return "glrt-" + rs(20, URLS)


def slack_bot():
    return f"xoxb-{rd(12)}-{rd(13)}-{rs(24)}"


def slack_user():
    return f"xoxp-{rd(12)}-{rd(12)}-{rd(13)}-{hx(32)}"


def slack_hook_path():
    return f"T{rs(8, UP + DG)}/B{rs(10, UP + DG)}/{rs(24)}"


def stripe_sk():
    return "sk_live_51" + rs(22) + rs(75)


def stripe_rk():
    return "rk_live_51" + rs(30)


def stripe_whsec():
    return "whsec_" + rs(32)


def openai_key():
    return "sk-proj-" + rs(74, URLS) + "T3BlbkFJ" + rs(74, URLS)


def openai_legacy():
    return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)


def anthropic_key():
    return "sk-ant-api03-" + rs(93, URLS) + "AA"


def google_api():
    return "AIza" + rs(35, URLS)


def google_oauth_secret():
    return "GOCSPX-" + rs(28, URLS)


def google_refresh():
    return "1//0" + rs(2, UP) + rs(99, URLS)


def azure_storage_key():
    return b64e(rb(64))


def azure_client_secret():
    return rs(3) + "8Q~" + rs(34, AN + "~._-")


def twilio_sid():
    return "AC" + hx(32)


def twilio_token():
    return hx(32)


def twilio_sk():
    return "SK" + hx(32)


def sendgrid():
    return "SG." + rs(22, URLS) + "." + rs(43, URLS)


def mailgun():
    return "key-" + hx(32)


def mailgun_new():
    return hx(32) + "-" + hx(8) + "-" + hx(8)


def datadog_api():
    return hx(32)


def datadog_app():
    return hx(40)


def sentry_key():
    return hx(32)


def npm_tok():
    return "npm_" + rs(36)


def pypi_tok():
    return "pypi-AgEIcHlwaS5vcmc" + rs(2) + rs(140, URLS)


def dockerhub():
    return "dckr_pat_" + rs(27, URLS)


def vault_tok():
    return "hvs." + rs(24)


def vault_tok_long():
    return "hvs.CAESI" + rs(86, URLS)


def atlassian():
    return "ATATT3xFfGF0" + rs(170, URLS) + "=" + rs(8, UP + DG)


def okta():
    return "00" + rs(40, URLS)


def cloudflare():
    return rs(40, URLS)


def databricks():
    return "dapi" + hx(32)


def supabase_pat():
    return "sbp_" + hx(40)


def fcm_key():
    return "AAAA" + rs(7, URLS) + ":APA91b" + rs(134, URLS)


def heroku():
    return "HRKU-AA" + rs(58, URLS)


def linear():
    return "lin_api_" + rs(40)


def notion():
    return "ntn_" + rs(11, DG) + rs(35)


def notion_old():
    return "secret_" + rs(43)


def airtable():
    return "pat" + rs(14) + "." + hx(64)


def shopify():
    return "shpat_" + hx(32)


def hf_tok():
    return "hf_" + rs(34)


def discord_bot():
    return b64u(rd(18).encode()) + "." + rs(6, URLS) + "." + rs(38, URLS)


def telegram_bot():
    return rd(10) + ":AA" + rs(33, URLS)


def newrelic():
    return "NRAK-" + rs(27, UP + DG)


def grafana_sa():
    return "glsa_" + rs(32) + "_" + hx(8)


def digitalocean():
    return "dop_v1_" + hx(64)


def postman():
    return "PMAK-" + hx(24) + "-" + hx(34)


def tfc_token():
    return rs(14) + ".atlasv1." + rs(67)


def age_key():
    return "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def doppler():
    return "dp.st.prd." + rs(40)


def pulumi():
    return "pul-" + hx(40)


def mapbox_sk():
    return "sk.eyJ1Ijoi" + rs(30, URLS) + "." + rs(22, URLS)


def figma():
    return "figd_" + rs(40, URLS)


def square():
    return "EAAA" + rs(60, URLS)


def jwt(payload=None, alg="HS256"):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    if payload is None:
        payload = {"sub": rd(7), "iat": 1760000000 + R.randint(0, 9999999)}
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(rb(32 if alg.startswith("HS") else 256))
    return f"{h}.{p}.{sig}"


def supabase_service_jwt():
    ref = rs(20, LO)
    return jwt({"iss": "supabase", "ref": ref, "role": "service_role",
                "iat": 1700000000 + R.randint(0, 9999999), "exp": 2000000000 + R.randint(0, 99999999)})


# ---------------------------------------------------------------- passwords
_WORDS_HUMAN = {
    "en": ["Summer", "Chelsea", "Monkey", "Sunshine", "Dragon", "Liverpool", "Biscuit", "Rocket"],
    "de": ["Sommer", "Schalke", "Hasenbraten", "Kuckuck", "Bergsee", "Zwetschge"],
    "fr": ["Soleil", "Marseille", "Chaton", "Baguette", "Papillon", "Lavande"],
    "es": ["Verano", "Barcelona", "Gatito", "Paella", "Mariposa", "Tortuga"],
    "it": ["Ciao", "Juventus", "Girasole", "Pizzeria", "Farfalla", "Limone"],
    "pt": ["Saudade", "Flamengo", "Gatinho", "Cajueiro", "Benfica", "Brigadeiro"],
    "generic": ["Tiger", "Falcon", "Panda", "Orion", "Kiwi", "Nova", "Luna", "Atlas"],
}


def human_pw(lang="generic"):
    w = R.choice(_WORDS_HUMAN.get(lang, _WORDS_HUMAN["generic"]))
    style = R.randint(0, 3)
    if style == 0:
        return f"{w}{R.randint(1970, 2025)}{R.choice('!#$?*')}"
    if style == 1:
        return f"{w.lower()}{R.choice('_.@')}{rd(3)}{R.choice(UP)}"
    if style == 2:
        leet = w.replace("a", "@").replace("e", "3").replace("o", "0").replace("i", "1")
        return f"{leet}{R.randint(10, 99)}{R.choice('!%&')}"
    return f"{R.choice('!#')}{w}{rd(2)}{R.choice(LO)}{R.choice(UP)}"


def gen_pw(n=20):
    alph = AN + "!@#%^&*-_=+"
    while True:
        p = rs(n, alph)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c in "!@#%^&*-_=+" for c in p):
            return p


def alnum_pw(n=16):
    while True:
        p = rs(n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
            return p


_PHRASE = ("correct horse battery staple orbit velvet lantern quarry maple ribbon thunder copper "
           "walnut glacier pepper harbor violin meadow crystal saddle falcon pickle marble tundra "
           "cobalt hammock pretzel dolphin canyon juniper ember lagoon").split()


def passphrase(k=4, sep="-"):
    return sep.join(R.choice(_PHRASE) for _ in range(k))


_BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident account "
          "accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict "
          "address adjust admit adult advance advice aerobic affair afford afraid again age agent agree "
          "ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha "
          "already also alter always amateur amazing among amount amused analyst anchor ancient anger angle "
          "angry animal ankle announce annual another answer antenna antique anxiety any apart apology appear "
          "apple approve april arch arctic area arena argue arm armed armor army around arrange arrest arrive "
          "arrow art artist artwork ask aspect assault asset assist assume asthma athlete atom attack attend "
          "attitude attract auction audit august aunt author auto autumn average avocado avoid awake aware "
          "away awesome awful awkward axis baby bachelor bacon badge bag balance balcony ball bamboo banana "
          "banner bar barely bargain barrel base basic basket battle beach bean beauty because become beef "
          "before begin behave behind believe below belt bench benefit best betray better between beyond "
          "bicycle bid bike bind biology bird birth bitter black blade blame blanket blast bleak bless blind "
          "blood blossom blouse blue blur blush board boat body boil bomb bone bonus book boost border boring "
          "borrow boss bottom bounce box boy bracket brain brand brass brave bread breeze brick bridge brief "
          "bright bring brisk broccoli broken bronze broom brother brown brush bubble buddy budget buffalo "
          "build bulb bulk bullet bundle bunker burden burger burst bus business busy butter buyer buzz "
          "cabbage cabin cable cactus cage cake call calm camera camp canal cancel candy cannon canoe canvas "
          "canyon capable capital captain carbon card cargo carpet carry cart case cash casino castle casual "
          "catalog catch category cattle caught cause caution cave ceiling celery cement census century").split()


def seed_phrase(n=12):
    return " ".join(R.choice(_BIP39) for _ in range(n))


def otp(n=6):
    return rs(n, DG)


def pin(n=4):
    while True:
        p = rs(n, DG)
        if len(set(p)) > 1:
            return p


def recovery_codes(k=8, style=0):
    if style == 0:
        return [f"{rs(5, LO + DG)}-{rs(5, LO + DG)}" for _ in range(k)]
    if style == 1:
        return [rs(4, DG) + " " + rs(4, DG) for _ in range(k)]
    return [rs(10, UP + DG) for _ in range(k)]


def license_key(groups=5, n=5):
    return "-".join(rs(n, UP + DG) for _ in range(groups))


# ---------------------------------------------------------------- keys
def pem_ec():
    der = bytes.fromhex("30770201010420") + rb(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rb(64)
    body = wrap(b64e(der))
    return "-----BEGIN EC PRIVATE KEY-----\n" + body + "\n-----END EC PRIVATE KEY-----", body


def pem_pkcs8_ed25519():
    der = bytes.fromhex("302e020100300506032b657004220420") + rb(32)
    body = b64e(der)
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----", body


def pem_rsa1024():
    der = bytes.fromhex("3082025c02010002818100") + rb(593)
    body = wrap(b64e(der))
    return "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----", body


def openssh_ed25519():
    raw = (b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
           + b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rb(32) + b"\x00\x00\x00\x88" + rb(136))
    body = wrap(b64e(raw), 70)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----", body


def pgp_private():
    body = wrap("lFgE" + b64e(rb(330)), 64)
    crc = "=" + b64e(rb(3))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n" + crc +
            "\n-----END PGP PRIVATE KEY BLOCK-----"), body


def ssh_pub_ed25519():
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64e(rb(32))[:43]


# ---------------------------------------------------------------- finance
def luhn_check(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


def card(brand="visa"):
    if brand == "visa":
        base = "4" + rs(14, DG)
    elif brand == "mc":
        base = R.choice(["51", "52", "53", "54", "55"]) + rs(13, DG)
    elif brand == "amex":
        base = R.choice(["34", "37"]) + rs(12, DG)
    else:
        base = "6011" + rs(11, DG)
    return base + luhn_check(base)


def card_fmt(num):
    if len(num) == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(n=3):
    return rs(n, DG)


def expiry():
    return f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"


_IBAN_FMT = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "A4n10", "PL": "n24",
             "GB": "A4n14", "BE": "n12", "CH": "n17", "AT": "n16", "SE": "n20", "NO": "n11",
             "DK": "n14", "FI": "n14", "PT": "n21", "CZ": "n20", "HU": "n24", "RO": "A4n16",
             "GR": "n23", "TR": "n22", "SA": "n20", "AE": "n19", "IL": "n19", "UA": "n27"}


def iban(cc):
    spec = _IBAN_FMT[cc]
    bban = ""
    i = 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1:j])
        bban += rs(n, DG if kind == "n" else UP)
        i = j
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_fmt(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def aba_routing():
    while True:
        d = [int(c) for c in rs(8, DG)]
        d[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            t = d + [c]
            if (3 * (t[0] + t[3] + t[6]) + 7 * (t[1] + t[4] + t[7]) + (t[2] + t[5] + t[8])) % 10 == 0:
                return "".join(map(str, t))


# ---------------------------------------------------------------- national ids
def _ymd(y0=1955, y1=2003):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def ssn_us():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def se_personnummer():
    y, m, d = _ymd()
    base = f"{y % 100:02d}{m:02d}{d:02d}{rs(3, DG)}"
    return f"{base[:6]}-{base[6:]}{luhn_check(base)}"


def fi_hetu():
    y, m, d = _ymd()
    n = f"{R.randint(2, 899):03d}"
    num = int(f"{d:02d}{m:02d}{y % 100:02d}{n}")
    return f"{d:02d}{m:02d}{y % 100:02d}-{n}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[num % 31]}"


def no_fnr():
    while True:
        y, m, d = _ymd()
        base = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{R.randint(0, 499):03d}"]
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(a * b for a, b in zip(base, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(a * b for a, b in zip(base + [k1], w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, base + [k1, k2]))


def dk_cpr():
    while True:
        y, m, d = _ymd()
        s = f"{d:02d}{m:02d}{y % 100:02d}{rs(4, DG)}"
        if sum(int(a) * b for a, b in zip(s, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
            return f"{s[:6]}-{s[6:]}"


def pl_pesel():
    y, m, d = _ymd(1950, 1999)
    s = f"{y % 100:02d}{m:02d}{d:02d}{rs(4, DG)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def es_dni():
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def es_nie():
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    v = int(str("XYZ".index(p)) + f"{n:07d}")
    return f"{p}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[v % 23]}"


def br_cpf():
    d = [int(c) for c in rs(9, DG)]
    for k in (10, 11):
        s = sum(a * b for a, b in zip(d, range(k, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cn_rid():
    region = R.choice(["110105", "310104", "440305", "510107", "330106", "420111"])
    y, m, d = _ymd()
    body = f"{region}{y}{m:02d}{d:02d}{rs(3, DG)}"
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


def verhoeff_check(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def in_aadhaar():
    base = str(R.randint(2, 9)) + rs(10, DG)
    s = base + verhoeff_check(base)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def tr_tckn():
    d = [R.randint(1, 9)] + [int(c) for c in rs(8, DG)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def nl_bsn():
    while True:
        d = [int(c) for c in rs(8, DG)]
        if d[0] == 0:
            continue
        s = sum(a * b for a, b in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def be_nn():
    y, m, d = _ymd(1950, 1999)
    base = f"{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 997):03d}"
    cc = 97 - int(base) % 97
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{cc:02d}"


def fr_nir():
    y, m, d = _ymd()
    base = f"{R.choice('12')}{y % 100:02d}{m:02d}{R.randint(1, 95):02d}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    key = 97 - int(base) % 97
    return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:]} {key:02d}"


def il_id():
    base = rs(8, DG)
    for c in range(10):
        t = base + str(c)
        s = 0
        for i, ch in enumerate(t):
            v = int(ch) * (1 if i % 2 == 0 else 2)
            s += v - 9 if v > 9 else v
        if s % 10 == 0:
            return t


def kr_rrn():
    y, m, d = _ymd(1960, 1999)
    s = f"{y % 100:02d}{m:02d}{d:02d}{R.choice('12')}{rs(5, DG)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return f"{s[:6]}-{s[6:]}{c}"


def gr_amka():
    y, m, d = _ymd()
    base = f"{d:02d}{m:02d}{y % 100:02d}{rs(4, DG)}"
    return base + luhn_check(base)


def ro_cnp():
    y, m, d = _ymd(1950, 1999)
    base = f"{R.choice('12')}{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 46):02d}{rs(3, DG)}"
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    c = sum(int(a) * b for a, b in zip(base, w)) % 11
    return base + ("1" if c == 10 else str(c))


def cz_rc():
    while True:
        y, m, d = _ymd(1960, 1999)
        mm = m + (50 if R.random() < 0.5 else 0)
        base = f"{y % 100:02d}{mm:02d}{d:02d}{rs(3, DG)}"
        c = int(base) % 11
        if c < 10:
            return f"{base[:6]}/{base[6:]}{c}"


def hu_taj():
    d = rs(8, DG)
    s = sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(d))
    t = d + str(s % 10)
    return f"{t[:3]} {t[3:6]} {t[6:]}"


def pt_nif():
    while True:
        d = R.choice("12") + rs(7, DG)
        c = 11 - sum(int(a) * b for a, b in zip(d, range(9, 1, -1))) % 11
        return d + ("0" if c >= 10 else str(c))


def de_steuerid():
    while True:
        digs = R.sample(range(10), 9)
        dup = R.choice(digs)
        digs.append(dup)
        R.shuffle(digs)
        if digs[0] == 0:
            continue
        prod = 10
        for x in digs:
            s = (x + prod) % 10
            s = 10 if s == 0 else s
            prod = (s * 2) % 11
        c = 11 - prod
        c = 0 if c == 10 else c
        t = "".join(map(str, digs)) + str(c)
        return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


def jp_mynumber():
    base = rs(11, DG)
    s = 0
    for n in range(1, 12):
        p = int(base[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    t = base + str(c)
    return f"{t[:4]} {t[4:8]} {t[8:]}"


def th_id():
    base = str(R.randint(1, 8)) + rs(11, DG)
    s = sum(int(a) * (13 - i) for i, a in enumerate(base))
    c = (11 - s % 11) % 10
    t = base + str(c)
    return f"{t[0]}-{t[1:5]}-{t[5:10]}-{t[10:12]}-{t[12]}"


def za_id():
    y, m, d = _ymd()
    base = f"{y % 100:02d}{m:02d}{d:02d}{rs(4, DG)}08"
    return base + luhn_check(base)


def ir_melli():
    while True:
        d = rs(9, DG)
        if len(set(d)) == 1:
            continue
        s = sum(int(a) * (10 - i) for i, a in enumerate(d))
        r = s % 11
        c = r if r < 2 else 11 - r
        return d + str(c)


def ru_snils():
    d = rs(9, DG)
    s = sum(int(a) * (9 - i) for i, a in enumerate(d))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}"


def ru_inn12():
    d = [int(c) for c in rs(10, DG)]
    d[0] = R.randint(1, 9)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def ua_rnokpp():
    d = [int(c) for c in rs(9, DG)]
    d[0] = R.randint(2, 4)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return "".join(map(str, d)) + str(sum(a * b for a, b in zip(d, w)) % 11 % 10)


def it_cf():
    cons = "BCDFGLMNPRSTVZ"
    y, m, d = _ymd()
    female = R.random() < 0.5
    s = (rs(3, cons) + rs(3, cons) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
         + f"{d + (40 if female else 0):02d}" + R.choice("AFHLMG") + f"{R.randint(1, 999):03d}")
    odd = {**dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
           **dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}
    even = {**{c: int(c) for c in DG}, **{c: i for i, c in enumerate(UP)}}
    tot = sum(odd[c] if i % 2 == 0 else even[c] for i, c in enumerate(s))
    return s + UP[tot % 26]


def uk_nino():
    first = R.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second} {rs(2, DG)} {rs(2, DG)} {rs(2, DG)} {R.choice('ABCD')}"


def ca_sin():
    base = R.choice("1234567") + rs(7, DG)
    t = base + luhn_check(base)
    return f"{t[:3]} {t[3:6]} {t[6:]}"


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = rs(8, DG)
        for c in range(10):
            t = d + str(c)
            if sum(int(a) * b for a, b in zip(t, w)) % 11 == 0:
                return f"{t[:3]} {t[3:6]} {t[6:]}"


def ch_ahv():
    base = "756" + rs(9, DG)
    s = sum(int(a) * (1 if i % 2 == 0 else 3) for i, a in enumerate(base))
    t = base + str((10 - s % 10) % 10)
    return f"{t[:3]}.{t[3:7]}.{t[7:11]}.{t[11:]}"


def sa_id():
    base = "1" + rs(8, DG)
    return base + luhn_check(base)


def my_mykad():
    y, m, d = _ymd()
    return f"{y % 100:02d}{m:02d}{d:02d}-{R.choice(['14', '10', '08', '01', '07'])}-{rs(4, DG)}"


def id_nik():
    y, m, d = _ymd()
    return f"{R.choice(['3174', '3273', '3578', '5171'])}{rs(2, DG)}{d + (40 if R.random() < .5 else 0):02d}{m:02d}{y % 100:02d}{rs(4, DG)}"


def vn_cccd():
    return f"0{R.randint(1, 96):02d}{R.choice('0123')}{rs(2, DG)}{rs(6, DG)}"


def us_ein():
    return f"{R.choice(['12', '27', '45', '81', '94'])}-{rs(7, DG)}"


def passport(cc):
    if cc == "us":
        return rd(9)
    if cc == "de":
        return "C" + rs(8, "CFGHJKLMNPRTVWXYZ0123456789")
    if cc == "fr":
        return rs(2, DG) + rs(2, UP) + rs(5, DG)
    if cc == "in":
        return R.choice("JKLMNPRSTUVZ") + rs(7, DG)
    if cc == "cn":
        return "E" + rs(8, DG)
    if cc == "jp":
        return R.choice(["TK", "TR", "MZ", "TZ"]) + rs(7, DG)
    if cc == "ru":
        return f"{rd(2)} {rs(7, DG)}"
    if cc == "br":
        return rs(2, UP) + rs(6, DG)
    return rs(2, UP) + rs(7, DG)


# ---------------------------------------------------------------- innocent look-alike material
def sha256():
    return hashlib.sha256(rb(16)).hexdigest()


def sha1():
    return hashlib.sha1(rb(16)).hexdigest()


def md5():
    return hashlib.md5(rb(16)).hexdigest()


def git_short():
    return sha1()[:7]


def aws_acct():
    return rs(12, DG)


def png_b64():
    return b64e(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes.fromhex("00000020000000200806000000737a7af4"))


def phone(cc="+1"):
    return f"{cc} {rd(3)} {rs(3, DG)} {rs(4, DG)}"


# ============================================================== ENGLISH — SECRETS
L = "en"
k, s = aws_akid(), aws_secret()
S("shell", L, "aws-secret", f"$ aws configure\nAWS Access Key ID [None]: {k}\nAWS Secret Access Key [None]: {s}\nDefault region name [None]: eu-west-1\nDefault output format [None]: json", s)
k, s = aws_akid(), aws_secret()
S("config", L, "aws-credentials", f"# ~/.aws/credentials\n[default]\naws_access_key_id = {k}\naws_secret_access_key = {s}\n\n[staging]\nrole_arn = arn:aws:iam::{aws_acct()}:role/deployer\nsource_profile = default\n", s)
k = aws_akid()
S("diff", L, "aws-akid", f"diff --git a/scripts/upload.py b/scripts/upload.py\nindex 3b1c2e0..9f4a7d1 100644\n--- a/scripts/upload.py\n+++ b/scripts/upload.py\n@@ -4,6 +4,8 @@ import boto3\n \n-s3 = boto3.client(\"s3\")\n+s3 = boto3.client(\"s3\",\n+    aws_access_key_id=\"{k}\",\n+    aws_secret_access_key=os.environ[\"AWS_SECRET\"])\n", k)
t = gh_pat()
S("shell", L, "github-pat", f"$ git remote -v\norigin\thttps://deploy-bot:{t}@github.com/acme-labs/billing-api.git (fetch)\norigin\thttps://deploy-bot:{t}@github.com/acme-labs/billing-api.git (push)", t)
t = gh_fine()
S("toolcall", L, "github-fine", json.dumps({"tool": "bash", "arguments": {"command": f"GH_TOKEN={t} gh pr create --title 'Fix flaky test' --body 'see #412'"}}), t)
t = glpat()
S("ci", L, "gitlab-pat", f"# .gitlab-ci.yml\nvariables:\n  GIT_DEPTH: \"10\"\n  # TODO move to CI/CD settings before merging!!\n  GITLAB_TOKEN: \"{t}\"\n\nrelease:\n  stage: deploy\n  script:\n    - npx semantic-release\n", t)
t = slack_bot()
S("config", L, "slack-bot", f"SLACK_BOT_TOKEN={t}\nSLACK_SIGNING_SECRET={hx(32)}\nSLACK_APP_ID=A0{rs(9, UP + DG)}\nPORT=3000\n", t)
p = slack_hook_path()
S("log", L, "slack-webhook", f"2026-03-02T09:14:55.120Z INFO  notifier  POST https://hooks.slack.com/services/{p} -> 200 OK (143 ms)\n2026-03-02T09:14:55.121Z INFO  notifier  alert 'disk > 90%' delivered to #ops-alerts", p)
t = stripe_sk()
S("notebook", L, "stripe-live", f'{{\n "cell_type": "code",\n "execution_count": 7,\n "source": [\n  "import stripe\\n",\n  "stripe.api_key = \\"{t}\\"\\n",\n  "stripe.Charge.list(limit=3)"\n ]\n}}', t)
t = stripe_whsec()
S("chat", L, "stripe-whsec", f"hey can you paste the signing secret for the prod webhook endpoint? local one works but prod 400s\n> sure, it's {t} — don't commit it pls", t)
t = openai_key()
S("shell", L, "openai", f"$ export OPENAI_API_KEY={t}\n$ python eval.py --model gpt-4o-mini --n 50\nLoaded 50 prompts\n[1/50] ok 1.2s", t)
t = anthropic_key()
S("http", L, "anthropic", f"POST /v1/messages HTTP/1.1\nHost: api.anthropic.com\nx-api-key: {t}\nanthropic-version: 2023-06-01\ncontent-type: application/json\n\n{{\"model\":\"claude-sonnet-4\",\"max_tokens\":256,\"messages\":[{{\"role\":\"user\",\"content\":\"ping\"}}]}}", t)
t = google_api()
S("webpage", L, "google-maps", f'<script async\n  src="https://maps.googleapis.com/maps/api/js?key={t}&callback=initMap&libraries=places">\n</script>\n<div id="map" style="height:420px"></div>', t)
t = google_oauth_secret()
S("config", L, "gcp-oauth", json.dumps({"web": {"client_id": f"{rd(12)}-{rs(32, LO + DG)}.apps.googleusercontent.com", "project_id": "crm-sync-417", "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token", "client_secret": t, "redirect_uris": ["http://localhost:8080/callback"]}}, indent=2), t)
kk = azure_storage_key()
S("config", L, "azure-conn", f'{{\n  "IsEncrypted": false,\n  "Values": {{\n    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stfuncprod01;AccountKey={kk};EndpointSuffix=core.windows.net",\n    "FUNCTIONS_WORKER_RUNTIME": "python"\n  }}\n}}', kk)
t = azure_client_secret()
S("shell", L, "azure-sp", f"$ az ad sp create-for-rbac --name gh-actions-deployer --role contributor --scopes /subscriptions/{uuid()}\n{{\n  \"appId\": \"{uuid()}\",\n  \"displayName\": \"gh-actions-deployer\",\n  \"password\": \"{t}\",\n  \"tenant\": \"{uuid()}\"\n}}", t)
sid, tok = twilio_sid(), twilio_token()
S("shell", L, "twilio", f"curl -X POST https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json \\\n  --data-urlencode \"To=+15555550123\" \\\n  --data-urlencode \"From=+15555550199\" \\\n  --data-urlencode \"Body=Deploy finished\" \\\n  -u {sid}:{tok}", tok)
t = sendgrid()
S("config", L, "sendgrid", f"# settings/production.py\nEMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'\nEMAIL_HOST = 'smtp.sendgrid.net'\nEMAIL_HOST_USER = 'apikey'\nEMAIL_HOST_PASSWORD = '{t}'\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True", t)
t = mailgun()
S("log", L, "mailgun", f"Traceback (most recent call last):\n  File \"/app/mailer.py\", line 41, in send\n    r.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: UNAUTHORIZED for url: https://api:{t}@api.mailgun.net/v3/mg.example.org/messages", t)
t = datadog_api()
S("config", L, "datadog", f"# /etc/datadog-agent/datadog.yaml\napi_key: {t}\nsite: datadoghq.eu\nlogs_enabled: true\napm_config:\n  enabled: true\n", t)
k = sentry_key()
S("config", L, "sentry-dsn", f"SENTRY_DSN=https://{k}@o{rd(6)}.ingest.sentry.io/{rd(7)}\nSENTRY_ENVIRONMENT=production\nSENTRY_TRACES_SAMPLE_RATE=0.1", k)
t = npm_tok()
S("config", L, "npmrc", f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={t}\nsave-exact=true\n", t)
t = pypi_tok()
S("config", L, "pypirc", f"[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = {t}\n", t)
t = dockerhub()
S("shell", L, "dockerhub", f"$ echo {t} | docker login -u acmebuild --password-stdin\nWARNING! Your password will be stored unencrypted in /root/.docker/config.json.\nLogin Succeeded", t)
t = vault_tok()
S("runbook", L, "vault-root", f"## Unseal & login (break-glass)\n1. `vault operator unseal` x3 with the shares from the safe\n2. `vault login {t}`  <- root token, revoke after the incident\n3. `vault secrets list`", t)
t = atlassian()
S("shell", L, "atlassian", f"curl -s -u ops@example.com:{t} \\\n  -H 'Accept: application/json' \\\n  'https://acme.atlassian.net/rest/api/3/search?jql=project=OPS+AND+status=Open' | jq '.issues | length'", t)
t = okta()
S("config", L, "okta", f"okta:\n  client:\n    orgUrl: https://dev-{rd(8)}.okta.com\n    token: {t}\n    connectionTimeout: 30\n", t)
t = cloudflare()
S("ci", L, "cloudflare", f"name: deploy-pages\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npx wrangler pages deploy dist --project-name=docs\n        env:\n          CLOUDFLARE_API_TOKEN: {t}\n          CLOUDFLARE_ACCOUNT_ID: {hx(32)}", t)
t = databricks()
S("config", L, "databricks", f"[DEFAULT]\nhost  = https://adb-{rd(16)}.7.azuredatabricks.net\ntoken = {t}\n", t)
t = supabase_service_jwt()
S("config", L, "supabase", f"NEXT_PUBLIC_SUPABASE_URL=https://{rs(20, LO)}.supabase.co\n# server only!\nSUPABASE_SERVICE_ROLE_KEY={t}", t)
t = fcm_key()
S("http", L, "fcm", f"POST https://fcm.googleapis.com/fcm/send\nAuthorization: key={t}\nContent-Type: application/json\n\n{{\"to\":\"/topics/news\",\"notification\":{{\"title\":\"Hi\"}}}}", t)
t = heroku()
S("shell", L, "heroku", f"$ heroku authorizations:create -d 'ci deploy'\nCreating OAuth Authorization... done\nClient:      <none>\nID:          {uuid()}\nDescription: ci deploy\nScope:       global\nToken:       {t}\nUpdated at:  Mon Mar 02 2026 10:01:12 GMT+0000", t)
t = linear()
S("toolcall", L, "linear", f'{{"name": "http_request", "input": {{"method": "POST", "url": "https://api.linear.app/graphql", "headers": {{"Authorization": "{t}", "Content-Type": "application/json"}}, "body": "{{\\"query\\": \\"{{ viewer {{ id name }} }}\\"}}"}}}}', t)
t = notion()
S("notebook", L, "notion", f"In [3]: from notion_client import Client\n   ...: notion = Client(auth=\"{t}\")\n   ...: notion.databases.query(database_id=\"{hx(32)}\")\nOut[3]: {{'object': 'list', 'results': [...], 'has_more': False}}", t)
t = airtable()
S("shell", L, "airtable", f"curl \"https://api.airtable.com/v0/app{rs(14)}/Leads?maxRecords=3\" \\\n  -H \"Authorization: Bearer {t}\"", t)
t = hf_tok()
S("shell", L, "huggingface", f"$ huggingface-cli login --token {t}\nToken is valid (permission: write).\nYour token has been saved to /root/.cache/huggingface/token\nLogin successful", t)
t = discord_bot()
S("config", L, "discord", f"// config.json\n{{\n  \"prefix\": \"!\",\n  \"token\": \"{t}\",\n  \"guildId\": \"{rd(18)}\"\n}}", t)
t = telegram_bot()
S("chat", L, "telegram", f"[10:42] mike: bot is live, token is {t} if you want to test the /status cmd\n[10:43] jen: 👍 will try after standup", t)
t = digitalocean()
S("config", L, "digitalocean-tf", f'provider "digitalocean" {{\n  token = "{t}"\n}}\n\nresource "digitalocean_droplet" "web" {{\n  image  = "ubuntu-24-04-x64"\n  name   = "web-1"\n  region = "fra1"\n  size   = "s-1vcpu-1gb"\n}}', t)
t = tfc_token()
S("config", L, "terraform-cloud", f'# ~/.terraformrc\ncredentials "app.terraform.io" {{\n  token = "{t}"\n}}', t)
t = grafana_sa()
S("email", L, "grafana", f"Subject: Grafana service account for the dashboard exporter\n\nHi Priya,\n\nAs discussed, I created a service account with Viewer role. Token: {t}\nIt expires in 90 days. Please store it in 1Password and delete this email.\n\nThanks,\nTom", t)
t = newrelic()
S("ticket", L, "newrelic", f"OPS-2291: New Relic alerts not firing\n\nSteps tried: recreated the notification channel via API using user key {t} — still nothing in the incident feed. Attaching the NerdGraph response.", t)
t = postman()
S("chat", L, "postman", f"Priya: which key does newman use in CI?\nDev: the PMAK one from the team workspace: {t}\nPriya: ok adding it as a masked variable", t)
t = age_key()
S("config", L, "sops-age", f"# keys.txt  (created: 2026-01-14T10:22:31Z)\n# public key: age1{rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}\n{t}\n", t)
t = jwt({"sub": "user_" + rd(6), "role": "admin", "exp": 1790000000})
S("http", L, "jwt-bearer", f"GET /api/v2/admin/users?page=2 HTTP/2\nhost: internal.example.com\nauthorization: Bearer {t}\naccept: */*\nuser-agent: curl/8.5.0", t)
u, p = "svc_reports", gen_pw(18)
bb = b64e(f"{u}:{p}".encode())
S("log", L, "basic-auth", f"nginx: 10.0.4.17 - - [02/Mar/2026:11:05:12 +0000] \"GET /metrics HTTP/1.1\" 401 0 \"-\" \"Prometheus/2.51\"\ndebug header dump: Authorization: Basic {bb}", bb)
p = gen_pw(22)
S("config", L, "postgres-url", f"DATABASE_URL=postgresql://app_rw:{p}@db-prod.internal:5432/orders?sslmode=require\nREDIS_URL=redis://cache.internal:6379/0", p)
p = human_pw("en")
pe = urllib.parse.quote(p, safe="")
S("log", L, "mongo-encoded", f"[2026-03-02 08:00:01] ERROR pymongo.errors.OperationFailure: Authentication failed., full error: {{'ok': 0.0, 'errmsg': 'Authentication failed.'}}\nconnecting with uri=mongodb+srv://analytics:{pe}@cluster0.{rs(5, LO)}.mongodb.net/?retryWrites=true", pe)
p = gen_pw(16)
S("sql", L, "create-user", f"-- migration 0042_reporting_user.sql\nCREATE USER reporting WITH PASSWORD '{p}';\nGRANT CONNECT ON DATABASE analytics TO reporting;\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;", p)
p = alnum_pw(20)
S("config", L, "compose", f"services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD: {p}\n      MYSQL_DATABASE: wordpress\n    volumes:\n      - dbdata:/var/lib/mysql\n  wp:\n    image: wordpress:6.5\n    depends_on: [db]\n", p)
p = gen_pw(24)
pb = b64e(p.encode())
S("config", L, "k8s-secret", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: redis-auth\n  namespace: payments\ntype: Opaque\ndata:\n  password: {pb}\n", pb)
p = gen_pw(14)
S("config", L, "xml-datasource", f'<Resource name="jdbc/CoreDB" auth="Container" type="javax.sql.DataSource"\n          driverClassName="oracle.jdbc.OracleDriver"\n          url="jdbc:oracle:thin:@ora-prd01:1521/CORE"\n          username="core_app" password="{p}"\n          maxTotal="40" maxIdle="10"/>', p)
p = alnum_pw(18)
S("config", L, "properties", f"spring.datasource.url=jdbc:postgresql://pg.internal:5432/crm\nspring.datasource.username=crm\nspring.datasource.password={p}\nspring.jpa.hibernate.ddl-auto=validate", p)
p = human_pw("en")
S("chat", L, "wifi", f"Welcome to the new office! Guest wifi is ACME-Guest, password {p} — the staff network needs your SSO login.", p)
p = human_pw("en")
S("email", L, "password-share", f"Hi Jordan,\n\nYour account for the vendor portal is ready.\nUsername: jordan.lee\nTemporary password:\n{p}\n\nYou'll be asked to change it on first login.\n\nBest,\nIT Service Desk", p)
p = passphrase(5, " ")
S("chat", L, "passphrase", f"ok the keepass master passphrase is \"{p}\" (all lowercase, spaces included). don't put it in the wiki", p)
c = otp()
S("chat", L, "otp-sms", f"Your Chase verification code is {c}. Don't share it with anyone. We'll never call to ask for it.", c)
c = otp()
S("support", L, "otp-read-out", f"Agent: For security I've just sent a one-time code to your phone. Could you read it back to me?\nCustomer: Sure, it says {c}.\nAgent: Thank you, you're verified.", c)
codes = recovery_codes(10, 0)
S("toolcall", L, "recovery-codes", json.dumps({"tool": "write_file", "path": "notes/github-recovery.txt", "content": "GitHub recovery codes (generated 2026-02-11)\n" + "\n".join(codes)}), codes[3])
pn = pin()
S("voice", L, "pin-spoken", f"Caller: yeah so my card PIN is, um, {' '.join(pn)}, and it keeps getting declined at the pump.\nAgent: Please don't share your PIN with us — but I'll look into the declines.", " ".join(pn))
cc, cv, ex = card("visa"), cvv(), expiry()
S("form", L, "card", f"Payment details\nName on card: Dana K. Whitfield\nCard number: {card_fmt(cc)}\nExpiry: {ex}\nCVC: {cv}\nBilling ZIP: 30309", card_fmt(cc))
cc = card("amex")
S("voice", L, "amex-spoken", f"Agent: And the card number?\nCaller: It's an Amex, {card_fmt(cc)}, expiry oh-four twenty-nine.", card_fmt(cc))
ib = iban("GB")
S("email", L, "iban", f"Dear supplier,\n\nPlease note our bank details have changed. Going forward, kindly remit all payments to:\nAccount name: Harcourt Joinery Ltd\nIBAN: {iban_fmt(ib)}\nBIC: BARCGB22\n\nRegards,\nAccounts Payable", iban_fmt(ib))
rt, acct = aba_routing(), rd(10)
S("form", L, "ach", f"Direct deposit authorization\nBank: First Community Credit Union\nRouting number: {rt}\nAccount number: {acct}\nAccount type: Checking", acct)
ss = ssn_us()
S("spreadsheet", L, "ssn-csv", f"employee_id,first_name,last_name,ssn,start_date\nE1041,Maria,Lopez,{ss},2024-07-01\nE1042,Kevin,Ng,{ssn_us()},2024-07-15", ss)
ss = ssn_us()
S("voice", L, "ssn-spoken", f"Representative: To verify, can I have your Social?\nCaller: Sure — {' '.join(ss.replace('-', ''))}.\nRepresentative: Thanks, one moment.", " ".join(ss.replace("-", "")))
ni = uk_nino()
S("form", L, "nino", f"New starter checklist\n- P45 received: yes\n- National Insurance number: {ni}\n- Student loan: Plan 2", ni)
sn = ca_sin()
S("email", L, "sin", f"Hi, for the T4 slip I need your SIN again — the one on file ({sn}) was flagged by CRA as mismatched with your name. Can you confirm?", sn)
tf = au_tfn()
S("ticket", L, "tfn", f"Payroll ticket #88213: employee says super contributions missing. TFN provided on form: {tf}. Please re-submit to ATO.", tf)
pp = passport("us")
S("calendar", L, "passport", f"BEGIN:VEVENT\nSUMMARY:Flight LH 431 ORD-FRA\nDTSTART:20260414T221500Z\nDESCRIPTION:Seat 34K. Passport no. {pp} (exp 2031) needed for APIS.\nEND:VEVENT", pp)
e = us_ein()
S("webpage", L, "ein-sensitive", f"W-9 Request for Taxpayer Identification Number\nBusiness name: Lakeshore Design Studio LLC\nEmployer identification number: {e}\nSignature: ______", e)
sp = seed_phrase(12)
S("chat", L, "seed", f"ok writing down the recovery phrase for the ledger here so I don't lose it: {sp}", sp)
sp = seed_phrase(24)
S("support", L, "seed-scam", f"User: the support guy on telegram asked for my wallet words to fix the sync issue, I sent him: {sp}\nModerator: That was a scammer. Move any remaining funds to a new wallet immediately.", sp)
d = pin(6)
S("runbook", L, "alarm-code", f"Weekend on-call: if you have to go to the server room, the side door code is {d}# and the alarm panel code is the same. Call security on ext 4411 afterwards.", d)
lk = license_key()
S("email", L, "license", f"Thank you for purchasing Serif Pro (1 seat).\n\nYour license key:\n\n    {lk}\n\nKeep this email for re-installations.", lk)
pem, body = pem_ec()
S("shell", L, "ec-key", f"$ cat certs/server.key\n{pem}\n$ openssl ec -in certs/server.key -noout -text | head -3", body)
pem, body = openssh_ed25519()
S("toolcall", L, "openssh", json.dumps({"tool": "create_file", "args": {"path": "/home/ci/.ssh/id_ed25519", "mode": "0600", "content": pem + "\n"}}), body.replace("\n", "\\n"))
pem, body = pem_pkcs8_ed25519()
S("config", L, "gcp-sa", json.dumps({"type": "service_account", "project_id": "etl-prod-2291", "private_key_id": hx(40), "private_key": pem + "\n", "client_email": "etl-runner@etl-prod-2291.iam.gserviceaccount.com"}, indent=1), body)
pem, body = pgp_private()
S("email", L, "pgp", f"Here's the signing key for the release pipeline (passphrase in the vault):\n\n{pem}\n", body)
sess = rs(32, LO + DG)
S("http", L, "cookie", f"GET /dashboard HTTP/1.1\nHost: app.example.com\nCookie: csrftoken={rs(32)}; sessionid={sess}; theme=dark\nUser-Agent: Mozilla/5.0", sess)
sess = "s%3A" + rs(32, URLS) + "." + rs(43, URLS)
S("shell", L, "cookie-curl", f"curl 'https://admin.shop.example.com/api/orders/export' -H 'cookie: connect.sid={sess}' --compressed -o orders.csv", sess)
sig = hx(64)
S("chat", L, "presigned", f"here's the file, link valid 7 days: https://acme-exports.s3.eu-west-1.amazonaws.com/q1/report.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={aws_akid()}%2F20260302%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260302T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={sig}", sig)
sig = urllib.parse.quote(b64e(rb(32)), safe="")
S("log", L, "azure-sas", f"blob upload ok: https://stmedia01.blob.core.windows.net/uploads/a.mp4?sv=2022-11-02&ss=b&srt=o&sp=rwc&se=2026-04-01T00:00:00Z&st=2026-03-01T00:00:00Z&spr=https&sig={sig}", sig)
p = "/".join([rd(18), rs(68, URLS)])
S("config", L, "discord-webhook", f"[alerts]\nprovider = \"discord\"\nurl = \"https://discord.com/api/webhooks/{p}\"\nmention = \"@here\"", p.split("/")[1])
t = openai_legacy()
S("chat", L, "masked-then-full", f"I rotated the key; new one ends in ...{t[-4:]}. Full value for the .env: {t}", t)
t = gh_oauth()
tsplit = t[:20]
S("email", L, "split-token", f"The bot token got wrapped by the mail client, join the two lines:\n{tsplit}\n{t[20:]}\nThen paste it into the Actions secret.", tsplit)
p = gen_pw(20)
S("log", L, "stacktrace-pw", f"psycopg2.OperationalError: connection to server at \"10.2.0.5\", port 5432 failed: FATAL:  password authentication failed for user \"etl\"\n  dsn='host=10.2.0.5 port=5432 dbname=dw user=etl password={p} connect_timeout=10'", p)
p = human_pw("en")
S("ticket", L, "helpdesk-pw", f"Ticket #51902 — Cannot access shared mailbox\nRequester: Front desk\nDetails: I tried logging in to reception@ with the password on the sticky note ({p}) and it says locked. Please unlock before 9am Monday.", p)
t = shopify()
S("diff", L, "shopify", f"--- a/.env.example\n+++ b/.env.example\n@@ -1,3 +1,3 @@\n SHOPIFY_STORE=acme-test.myshopify.com\n-SHOPIFY_ADMIN_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n+SHOPIFY_ADMIN_TOKEN={t}\n SHOPIFY_API_VERSION=2025-01", t)
p = gen_pw(18)
S("config", L, "ini-ldap", f"[ldap]\nserver = ldaps://dc01.corp.example.com\nbind_dn = CN=svc-jira,OU=Service,DC=corp,DC=example,DC=com\nbind_password = {p}\nbase_dn = DC=corp,DC=example,DC=com", p)
t = mapbox_sk()
S("config", L, "toml-mapbox", f"[tiles]\nstyle = \"mapbox://styles/acme/cl0x\"\n\n[tiles.auth]\nsecret_token = \"{t}\"\n", t)
t = pulumi()
S("ci", L, "pulumi", f"steps:\n  - name: Preview\n    uses: pulumi/actions@v5\n    with:\n      command: preview\n      stack-name: org/infra/prod\n    env:\n      PULUMI_ACCESS_TOKEN: {t}", t)
t = rs(64, LO + DG)
S("spreadsheet", L, "api-keys-sheet", f"Service\tOwner\tKey\tRotated\nMaps\tweb\t(see vault)\t2025-12\nSMS gateway\tgrowth\t{t}\t2026-01\nCDN\tinfra\t(see vault)\t2025-11", t)
t = doppler()
S("shell", L, "doppler", f"$ doppler configs tokens create ci-token --plain\n{t}\n$ gh secret set DOPPLER_TOKEN", t)

# ============================================================== GERMAN
L = "de"
p = human_pw("de")
S("email", L, "zugang", f"Hallo Frau Berger,\n\nanbei wie besprochen die Zugangsdaten für das Lieferantenportal:\nBenutzername: m.berger\nKennwort: {p}\n\nBitte ändern Sie das Kennwort nach der ersten Anmeldung.\n\nMit freundlichen Grüßen\nIT-Support", p)
st = de_steuerid()
S("form", L, "steuer-id", f"Personalfragebogen\nName: Jonas Hartmann\nGeburtsdatum: 14.03.1988\nSteuerliche Identifikationsnummer: {st}\nSteuerklasse: I\nKrankenkasse: TK", st)
ib = iban("DE")
S("chat", L, "iban", f"Kannst du mir die 45 € fürs Konzert überweisen? {iban_fmt(ib)}, läuft auf Lena Schulz 🙏", iban_fmt(ib))
c = otp()
S("support", L, "tan", f"Kunde: Ich habe gerade eine SMS bekommen: \"Ihre mobileTAN lautet {c}\" – soll ich die Ihnen sagen?\nBerater: Nein, bitte geben Sie die TAN niemals telefonisch weiter.", c)
t = glpat()
S("runbook", L, "gitlab", f"### Deploy-Token erneuern\nDer alte Token ist am 01.03. abgelaufen. Neuer Projekt-Token (Rolle Maintainer, read_registry):\n\n```\n{t}\n```\nIm Runner unter `/etc/gitlab-runner/config.toml` eintragen und `gitlab-runner restart` ausführen.", t)
pw = gen_pw(16)
S("config", L, "env-kommentar", f"# Datenbank (Produktion) – NICHT einchecken!\nDB_HOST=10.20.0.12\nDB_BENUTZER=shop\nDB_PASSWORT={pw}\n# Mailversand\nSMTP_HOST=mail.example.de", pw)
w = passphrase(3, "-")
S("voice", L, "wlan-diktiert", f"…also das WLAN heißt FritzBox 7590 Müller und das Passwort ist, Moment, ich buchstabiere: {w}, alles klein, mit Bindestrichen dazwischen.", w)

# ============================================================== FRENCH
L = "fr"
n = fr_nir()
S("form", L, "nir", f"Formulaire d'adhésion mutuelle\nNom : Dubois\nPrénom : Claire\nN° de sécurité sociale : {n}\nCaisse : CPAM de Lyon", n)
p = human_pw("fr")
S("chat", L, "mdp", f"Coucou, le mot de passe de la box c'est {p} (le S en majuscule). Le réseau s'appelle Livebox-4A2C.", p)
ib = iban("FR")
S("email", L, "rib", f"Bonjour Monsieur Garnier,\n\nVeuillez trouver ci-dessous nos coordonnées bancaires pour le règlement de la facture F-2026-0147 :\nTitulaire : SARL Atelier Bois\nIBAN : {iban_fmt(ib)}\nBIC : CCBPFRPPLYO\n\nCordialement,\nLa comptabilité", iban_fmt(ib))
c = otp()
S("voice", L, "code-dicte", f"Conseiller : Vous avez reçu un code par SMS ?\nCliente : Oui, alors c'est {' '.join(c[:3])}, {' '.join(c[3:])}.\nConseiller : Parfait, c'est validé.", f"{' '.join(c[:3])}, {' '.join(c[3:])}")
t = openai_key()
S("ticket", L, "cle-api", f"[JIRA DATA-318] Le notebook d'évaluation plante\nDescription : la clé API en dur dans `eval.ipynb` a expiré ? Message : 401 Incorrect API key provided: {t}. Merci de la remplacer par une variable d'environnement.", t)
pw = gen_pw(20)
S("runbook", L, "restauration", f"Procédure de restauration de la base\n1. Se connecter au bastion : ssh admin@bastion-par1\n2. Lancer : PGPASSWORD='{pw}' pg_restore -h pg-prod -U postgres -d ventes dump_20260301.dump\n3. Vérifier le nombre de lignes de la table commandes.", pw)

# ============================================================== SPANISH
L = "es"
d = es_dni()
S("form", L, "dni", f"Solicitud de alta\nNombre y apellidos: Lucía Fernández Ruiz\nDNI: {d}\nFecha de nacimiento: 22/09/1991\nTeléfono de contacto: 600 000 000", d)
ni = es_nie()
S("email", L, "nie", f"Hola Marta:\n\nTe reenvío los datos del nuevo empleado para darlo de alta en la Seguridad Social. Su NIE es {ni} y empieza el lunes 6.\n\nUn saludo", ni)
p = human_pw("es")
S("chat", L, "contrasena", f"oye, la contraseña del Netflix cambió, ahora es {p} — no la pases al grupo grande porfa", p)
cc, cv = card("mc"), cvv()
S("support", L, "tarjeta", f"Cliente: quiero pagar la reserva por aquí mismo. Mi tarjeta es {card_fmt(cc)}, caduca {expiry()} y el código de atrás es {cv}.\nAgente: Por su seguridad, no comparta datos de tarjeta en el chat; le envío un enlace de pago seguro.", card_fmt(cc))
t = slack_bot()
S("log", L, "slack", f"[2026-03-02 12:01:44] ERROR  bot.slack - No se pudo publicar en #ventas: invalid_auth (token={t})\n[2026-03-02 12:01:44] WARN   bot.slack - reintentando en 30 s", t)
c = otp(8)
S("voice", L, "codigo", f"Operadora: ¿me puede leer el código de verificación que le llegó?\nCliente: sí, es el {c}, ¿vale?\nOperadora: Correcto, gracias.", c)

# ============================================================== ITALIAN
L = "it"
cf = it_cf()
S("form", L, "codice-fiscale", f"Modulo di iscrizione palestra\nCognome: Rossi\nNome: Giulia\nCodice fiscale: {cf}\nCertificato medico: sì", cf)
p = human_pw("it")
S("email", L, "password", f"Ciao Marco,\n\nti mando le credenziali del gestionale:\nutente: m.bianchi\npassword: {p}\n\nTi chiederà di cambiarla al primo accesso.\nA presto,\nSara", p)
ib = iban("IT")
S("spreadsheet", L, "iban-csv", f"fornitore;partita_iva;iban;scadenza\nTipografia Moderna srl;0{rs(10, DG)};{ib};30/04/2026\nCarta & Co.;0{rs(10, DG)};(da richiedere);15/05/2026", ib)
t = aws_secret()
S("chat", L, "aws", f"[Teams] Luca: mi serve la secret key del bucket dei backup per lo script di notte\n[Teams] Anna: eccola: {t}\n[Teams] Anna: la access key la trovi nel wiki", t)
pn = pin(5)
S("voice", L, "allarme", f"…sì, allora quando entri in casa l'allarme suona, hai trenta secondi, digiti {pn} e poi il tasto OFF. Le chiavi sono sotto il vaso.", pn)

# ============================================================== PORTUGUESE
L = "pt"
cpf = br_cpf()
S("chat", L, "cpf", f"oi! pra emitir a nota fiscal preciso do teu CPF: é {cpf} né? confirma pra mim", cpf)
nif = pt_nif()
S("email", L, "nif", f"Boa tarde,\n\nPara efeitos de faturação, o meu NIF é {nif}. Morada: Rua das Flores 12, 4050-262 Porto.\n\nObrigado,\nRicardo Sousa", nif)
p = human_pw("pt")
S("support", L, "senha", f"Cliente: Não consigo entrar no app, a senha é {p} e diz que está errada.\nAtendente: Nunca compartilhe sua senha. Vou enviar um link para redefinição.", p)
k = mailgun_new()
S("config", L, "mailgun", f"# configuração de e-mail (produção)\nMAILGUN_DOMINIO=mg.lojadoze.com.br\nMAILGUN_CHAVE={k}\nREMETENTE=\"Loja Doze <no-reply@lojadoze.com.br>\"", k)
c = otp()
S("chat", L, "codigo-whatsapp", f"Seu código do WhatsApp: {c}\nNão compartilhe esse código com ninguém.", c)

# ============================================================== DUTCH
L = "nl"
b = nl_bsn()
S("form", L, "bsn", f"Inschrijfformulier huisartsenpraktijk\nNaam: S. de Vries\nBurgerservicenummer (BSN): {b}\nZorgverzekeraar: Zilveren Kruis", b)
ib = iban("NL")
S("chat", L, "tikkie", f"Hoi allemaal, wie nog moet betalen voor het weekendje weg: €62,50 p.p. naar {iban_fmt(ib)} t.n.v. J. Jansen. Dank!", iban_fmt(ib))
p = gen_pw(18)
S("ticket", L, "wachtwoord", f"Melding #20318 – Toegang NAS\nGraag het admin-wachtwoord voor de Synology resetten. Het huidige wachtwoord ({p}) staat nog op een briefje bij de printer, dat lijkt me geen goed idee.", p)
t = sendgrid()
S("diff", L, "sendgrid", f"diff --git a/config/mail.php b/config/mail.php\n@@ -12,7 +12,7 @@ return [\n     'mailers' => [\n         'sendgrid' => [\n             'transport' => 'sendgrid',\n-            'key' => env('SENDGRID_API_KEY'),\n+            'key' => '{t}', // tijdelijk, even testen\n         ],", t)
pn = pin()
S("voice", L, "pincode", f"Ja hallo, met Pieter. Ik ben mijn pas kwijt geweest maar hij is terug, alleen de pincode weet ik niet zeker, was het nou {pn} of…", pn)

# ============================================================== POLISH
L = "pl"
ps = pl_pesel()
S("form", L, "pesel", f"Wniosek o wydanie karty bibliotecznej\nImię i nazwisko: Katarzyna Nowak\nPESEL: {ps}\nAdres: ul. Długa 5/3, 31-147 Kraków", ps)
ib = iban("PL")
S("email", L, "konto", f"Dzień dobry,\n\nproszę o przelew zaliczki na konto: {iban_fmt(ib)} (mBank), tytułem: zaliczka remont łazienki.\n\nPozdrawiam\nTomasz", iban_fmt(ib))
p = human_pw()
S("chat", L, "haslo", f"Hasło do routera zmieniłem, nowe: {p}. Sieć nadal nazywa się Dom_5G.", p)
c = otp()
S("support", L, "blik", f"Klient: Dostałem kod BLIK {c}, czy mam go podać konsultantowi?\nKonsultant: Nie, kodu BLIK nigdy nie podajemy innym osobom.", c)
t = dockerhub()
S("ci", L, "docker", f"# Pipeline budowania obrazu\nsteps:\n  - script: |\n      docker login -u firma -p {t}\n      docker build -t firma/api:$(Build.BuildId) .\n      docker push firma/api:$(Build.BuildId)\n    displayName: 'Budowa i publikacja obrazu'", t)

# ============================================================== CZECH
L = "cs"
rc = cz_rc()
S("form", L, "rodne-cislo", f"Přihláška ke zdravotnímu pojištění\nJméno: Petr Dvořák\nRodné číslo: {rc}\nZdravotní pojišťovna: VZP (111)", rc)
p = gen_pw(16)
S("email", L, "heslo", f"Ahoj Jano,\n\nposílám přístup do účetního systému Pohoda:\nuživatel: jana.k\nheslo: {p}\n\nPo přihlášení si ho prosím změň.\nMartin", p)
ib = iban("CZ")
S("chat", L, "ucet", f"Pošli mi to prosím na {ib}, díky! Do zprávy napiš 'chata'.", ib)
c = otp()
S("voice", L, "overovaci-kod", f"Operátor: Přečtěte mi prosím ověřovací kód z SMS.\nZákazník: Jo, je to {c[:3]} {c[3:]}.", f"{c[:3]} {c[3:]}")
t = vault_tok()
S("runbook", L, "vault", f"Postup při výpadku:\n- přihlásit se do Vaultu: `export VAULT_TOKEN={t}`\n- `vault kv get secret/platby/db`\n- po zásahu token zrušit (`vault token revoke -self`)", t)

# ============================================================== SWEDISH
L = "sv"
pn_ = se_personnummer()
S("email", L, "personnummer", f"Hej!\n\nJag behöver mitt personnummer på fakturan för rotavdraget: {pn_}.\n\nVänliga hälsningar\nErik Lindqvist", pn_)
p = human_pw()
S("chat", L, "losenord", f"Lösenordet till Wi-Fi:t i stugan är {p} – nätverket heter Telia-7F2A.", p)
c = otp()
S("support", L, "bankid", f"Kund: Någon ringde och sa att de var från banken och bad om koden {c} som kom i sms.\nHandläggare: Vi spärrar kortet direkt. Lämna aldrig ut koder.", c)
t = datadog_app()
S("config", L, "datadog", f"# övervakning – prod\ndatadog:\n  site: datadoghq.eu\n  apiKeyExistingSecret: dd-api\n  appKey: \"{t}\"   # TODO flytta till secret\n", t)
cc = card("visa")
S("form", L, "kort", f"Betalning\nKortnummer: {card_fmt(cc)}\nGiltigt t.o.m.: {expiry()}\nCVC: {cvv()}\nKortinnehavare: Anna Berg", card_fmt(cc))

# ============================================================== NORWEGIAN
L = "no"
f = no_fnr()
S("form", L, "fodselsnummer", f"Søknad om barnehageplass\nForelder: Ingrid Haugen\nFødselsnummer (11 siffer): {f}\nØnsket oppstart: august 2026", f)
p = gen_pw(15)
S("chat", L, "passord", f"Passordet til felles-kontoen på Visma er {p}. Ikke del det utenfor regnskapsteamet.", p)
ib = iban("NO")
S("email", L, "kontonummer", f"Hei,\n\nVennligst betal depositumet til {iban_fmt(ib)} innen fredag. Merk betalingen med leilighetsnummer H0203.\n\nMvh\nUtleier", iban_fmt(ib))
c = otp()
S("voice", L, "engangskode", f"…ja, engangskoden jeg fikk på SMS er {c}, skal jeg lese den en gang til?", c)
t = hf_tok()
S("notebook", L, "hf", f"# Logg inn på Hugging Face for å laste ned modellen\nfrom huggingface_hub import login\nlogin(token=\"{t}\")  # min personlige token, fjern før deling", t)

# ============================================================== DANISH
L = "da"
cp = dk_cpr()
S("email", L, "cpr", f"Hej Mette,\n\nTil lønsystemet: mit CPR-nummer er {cp}, og min konto er i Danske Bank.\n\nVenlig hilsen\nRasmus", cp)
p = human_pw()
S("chat", L, "adgangskode", f"adgangskoden til e-conomic er stadig {p}, men husk at vi skifter den i næste uge", p)
ib = iban("DK")
S("form", L, "iban", f"Udbetaling af refusion\nNavn: Sofie Nielsen\nIBAN: {ib}\nBeløb: 1.250,00 kr.", ib)
t = stripe_rk()
S("ticket", L, "stripe", f"Sag 7741: Webshoppen kan ikke oprette refusioner. Vi bruger den begrænsede nøgle {t} – har den rettigheder til refunds? Mvh. Jonas", t)
c = otp()
S("support", L, "mitid", f"Bruger: Jeg har fået koden {c} fra MitID-appen, hvad skal jeg gøre med den?\nSupport: Indtast den kun på mitid.dk – giv den aldrig til andre.", c)

# ============================================================== FINNISH
L = "fi"
h = fi_hetu()
S("form", L, "hetu", f"Ajanvaraus – terveyskeskus\nNimi: Aino Virtanen\nHenkilötunnus: {h}\nKäynnin syy: vuosikontrolli", h)
p = human_pw()
S("chat", L, "salasana", f"Hei, kerhon Wi-Fi:n salasana on nyt {p}. Vaihdoin sen, koska vanha oli levinnyt.", p)
ib = iban("FI")
S("email", L, "tilinumero", f"Hei!\n\nLaskun F-1193 voi maksaa tilille {iban_fmt(ib)}, viitenumero 1232 1004 5.\n\nTerveisin\nKoivun Kiinteistöhuolto", iban_fmt(ib))
c = otp()
S("voice", L, "vahvistuskoodi", f"Asiakaspalvelija: Saitteko tekstiviestillä vahvistuskoodin?\nAsiakas: Joo, se on {' '.join(c)}.", " ".join(c))
t = twilio_sk()
S("config", L, "twilio", f"# Tekstiviestipalvelu\n[twilio]\naccount_sid = {twilio_sid()}\napi_key = {t}\napi_secret = {rs(32)}\n", t)

# ============================================================== RUSSIAN
L = "ru"
sn = ru_snils()
S("form", L, "snils", f"Анкета сотрудника\nФИО: Смирнова Ольга Викторовна\nСНИЛС: {sn}\nИНН: {ru_inn12()}\nДата приёма: 01.03.2026", sn)
inn = ru_inn12()
S("email", L, "inn", f"Добрый день!\n\nДля оформления договора ГПХ прошу указать мой ИНН {inn}. Паспортные данные отправлю отдельным письмом.\n\nС уважением,\nДмитрий", inn)
pp = passport("ru")
S("chat", L, "pasport", f"Скинь пожалуйста серию и номер паспорта для билетов. — Держи: {pp}, выдан ОУФМС в 2019.", pp)
p = gen_pw(18)
S("shell", L, "mysql", f"$ mysql -h 10.1.2.3 -u root -p'{p}' shop -e 'SELECT COUNT(*) FROM orders'\nmysql: [Warning] Using a password on the command line interface can be insecure.\n+----------+\n| COUNT(*) |\n+----------+\n|    48213 |\n+----------+", p)
c = otp()
S("support", L, "kod", f"Клиент: Мне пришёл код подтверждения {c}, оператор просит его продиктовать.\nБанк: Это мошенники! Никому не сообщайте код из SMS.", c)
t = telegram_bot()
S("config", L, "telegram", f"# настройки бота уведомлений\nBOT_TOKEN={t}\nCHAT_ID=-100{rd(10)}\nLOG_LEVEL=INFO", t)

# ============================================================== UKRAINIAN
L = "uk"
r = ua_rnokpp()
S("form", L, "rnokpp", f"Заява на відкриття рахунку\nПІБ: Коваленко Андрій Петрович\nРНОКПП (ІПН): {r}\nМісце проживання: м. Львів", r)
ib = iban("UA")
S("chat", L, "iban", f"Переказати можна на {ib} (ПриватБанк, ФОП Мельник), призначення платежу — за дизайн логотипу", ib)
p = human_pw()
S("email", L, "parol", f"Привіт, Олено!\n\nНадсилаю доступ до CRM:\nлогін: olena.s\nпароль: {p}\n\nПісля першого входу зміни, будь ласка.\nІгор", p)
c = otp()
S("voice", L, "kod", f"Оператор: Назвіть, будь ласка, код, який прийшов вам у Дії.\nКлієнт: {c}.", c)
t = gh_app()
S("log", L, "github", f"2026-03-02 14:11:09 ПОМИЛКА  deploy: не вдалося клонувати репозиторій https://x-access-token:{t}@github.com/org/site.git — 403", t)

# ============================================================== TURKISH
L = "tr"
tc = tr_tckn()
S("form", L, "tckn", f"Üyelik Başvuru Formu\nAd Soyad: Elif Yılmaz\nT.C. Kimlik No: {tc}\nDoğum Tarihi: 05.06.1990\nTelefon: 0 (5xx) xxx xx xx", tc)
ib = iban("TR")
S("chat", L, "iban", f"Abi kirayı şu IBAN'a yatırırsan sevinirim: {iban_fmt(ib)} — Ahmet Demir. Açıklamaya 'Mart kira' yaz.", iban_fmt(ib))
p = human_pw()
S("support", L, "sifre", f"Müşteri: E-Devlet şifrem {p}, giriş yapamıyorum, yardımcı olur musunuz?\nTemsilci: Lütfen şifrenizi kimseyle paylaşmayın, sıfırlama bağlantısı gönderiyorum.", p)
c = otp()
S("chat", L, "dogrulama", f"Doğrulama kodunuz: {c}. Bu kodu kimseyle paylaşmayınız. - Trendyol", c)
t = anthropic_key()
S("toolcall", L, "anthropic", json.dumps({"name": "run_shell", "arguments": {"cmd": f"ANTHROPIC_API_KEY={t} python ozetle.py --girdi raporlar/"}, "aciklama": "raporları özetle"}, ensure_ascii=False), t)

# ============================================================== ARABIC
L = "ar"
sid_ = sa_id()
S("form", L, "hawiya", f"نموذج فتح حساب\nالاسم: محمد العتيبي\nرقم الهوية الوطنية: {sid_}\nالمدينة: الرياض", sid_)
ib = iban("SA")
S("chat", L, "iban", f"السلام عليكم، تقدر تحوّل المبلغ على الآيبان هذا: {ib} باسم عبدالله القحطاني، وشكراً", ib)
p = human_pw()
S("email", L, "kalimat-murur", f"مرحباً أحمد،\n\nبيانات الدخول إلى نظام الموارد البشرية:\nاسم المستخدم: ahmed.h\nكلمة المرور: {p}\n\nيرجى تغييرها بعد أول تسجيل دخول.\nقسم تقنية المعلومات", p)
c = otp()
S("support", L, "otp", f"العميل: وصلتني رسالة فيها رمز التحقق {c}، هل أرسله لكم؟\nالموظف: لا، لا تشارك رمز التحقق مع أي شخص.", c)
ib2 = iban("AE")
S("voice", L, "iban-spoken", f"الموظف: ممكن رقم الآيبان؟\nالعميل: نعم، {ib2}، بنك الإمارات دبي الوطني.", ib2)

# ============================================================== HEBREW
L = "he"
z = il_id()
S("form", L, "teudat-zehut", f"טופס הרשמה לחוג\nשם ההורה: נועה כהן\nמספר תעודת זהות: {z}\nטלפון: 050-0000000", z)
p = human_pw()
S("chat", L, "sisma", f"הסיסמה לוויפי של המשרד החדש: {p} — הרשת נקראת Office-5G", p)
ib = iban("IL")
S("email", L, "heshbon", f"שלום רב,\n\nנא להעביר את התשלום עבור חשבונית 2231 לחשבון: {ib} (בנק הפועלים).\n\nבתודה,\nהנהלת חשבונות", ib)
c = otp()
S("voice", L, "kod", f"נציג: תוכל להקריא לי את קוד האימות שקיבלת?\nלקוח: כן, {c}.", c)
t = gh_pat()
S("runbook", L, "github", f"הוראות פריסה:\n1. `export GITHUB_TOKEN={t}`\n2. `./deploy.sh production`\n3. לוודא שהגרסה עלתה בדשבורד.", t)

# ============================================================== PERSIAN
L = "fa"
m = ir_melli()
S("form", L, "kod-melli", f"فرم ثبت‌نام\nنام و نام خانوادگی: سارا محمدی\nکد ملی: {m}\nشماره تماس: ۰۹۱۲۰۰۰۰۰۰۰", m)
p = human_pw()
S("chat", L, "ramz", f"رمز عبور وای‌فای خونه رو عوض کردم، جدیدش {p} هست", p)
cc = card("visa")
S("support", L, "kart", f"مشتری: شماره کارتم {card_fmt(cc)} هست، تاریخ انقضا {expiry()}، چرا پرداخت انجام نمیشه؟\nپشتیبان: لطفاً اطلاعات کارت را در چت وارد نکنید.", card_fmt(cc))
c = otp()
S("chat", L, "ramz-pouya", f"رمز پویا: {c}\nبانک ملت - این رمز را در اختیار دیگران قرار ندهید.", c)
t = cloudflare()
S("config", L, "cloudflare", f"# تنظیمات DNS خودکار\ncloudflare:\n  zone: example.ir\n  api_token: {t}  # توکن محدود به ویرایش DNS\n", t)

# ============================================================== HINDI
L = "hi"
a = in_aadhaar()
S("form", L, "aadhaar", f"केवाईसी फॉर्म\nनाम: राहुल शर्मा\nआधार नंबर: {a}\nपैन: {rs(5, UP)}{rs(4, DG)}{R.choice(UP)}\nपता: सेक्टर 15, नोएडा", a)
c = otp()
S("chat", L, "otp", f"आपका OTP {c} है। यह 10 मिनट के लिए मान्य है। किसी के साथ साझा न करें। - SBI", c)
p = human_pw()
S("support", L, "password", f"ग्राहक: मेरा नेटबैंकिंग पासवर्ड {p} है लेकिन लॉगिन नहीं हो रहा।\nएजेंट: कृपया अपना पासवर्ड किसी से साझा न करें, मैं रीसेट लिंक भेज रहा हूँ।", p)
pp = passport("in")
S("email", L, "passport", f"नमस्ते,\n\nवीज़ा आवेदन के लिए मेरा पासपोर्ट नंबर {pp} है, समाप्ति तिथि 2032।\n\nधन्यवाद,\nप्रिया", pp)
v = rs(6, DG)
S("voice", L, "upi-pin", f"…हाँ भैया, UPI पिन {' '.join(v)} डाला फिर भी पेमेंट फेल हो गया, पैसे कट गए हैं", " ".join(v))

# ============================================================== BENGALI
L = "bn"
nid = rd(10)
S("form", L, "nid", f"আবেদন ফরম\nনাম: তানভীর আহমেদ\nজাতীয় পরিচয়পত্র নম্বর (এনআইডি): {nid}\nমোবাইল: ০১৭০০০০০০০০", nid)
c = otp()
S("chat", L, "otp", f"আপনার বিকাশ ভেরিফিকেশন কোড {c}। কোডটি কাউকে দেবেন না।", c)
p = human_pw()
S("email", L, "password", f"প্রিয় রাকিব,\n\nঅফিসের ইমেইল অ্যাকাউন্টের অস্থায়ী পাসওয়ার্ড: {p}\nপ্রথমবার লগইনের পর পরিবর্তন করবেন।\n\nআইটি বিভাগ", p)
pn = pin(5)
S("support", L, "pin", f"গ্রাহক: আমার বিকাশ পিন {pn}, কিন্তু লেনদেন হচ্ছে না।\nএজেন্ট: দয়া করে পিন কাউকে বলবেন না, আমরা কখনো পিন চাই না।", pn)
t = google_api()
S("diff", L, "google", f"--- a/app/src/main/res/values/keys.xml\n+++ b/app/src/main/res/values/keys.xml\n@@ -1,4 +1,4 @@\n <resources>\n-    <string name=\"maps_key\">TODO</string>\n+    <string name=\"maps_key\">{t}</string>\n </resources>", t)

# ============================================================== JAPANESE
L = "ja"
mn = jp_mynumber()
S("form", L, "my-number", f"扶養控除等申告書\n氏名：山田 花子\n個人番号（マイナンバー）：{mn}\n住所：東京都世田谷区", mn)
p = human_pw()
S("email", L, "password", f"佐藤様\n\nお世話になっております。ファイル共有サービスのアカウントを発行しました。\nID：sato_k\n初期パスワード：{p}\n\n初回ログイン時に変更をお願いいたします。\n情報システム部 鈴木", p)
c = otp()
S("chat", L, "ninsho", f"【楽天】認証コード：{c}\nこのコードを他人に教えないでください。心当たりがない場合は、このメッセージを破棄してください。", c)
t = slack_user()
S("runbook", L, "slack", f"## 障害時の通知手順\n1. `curl -X POST -H 'Authorization: Bearer {t}' ...` で #incident に投稿\n2. オンコール担当に電話\n3. ステータスページを更新", t)
cc = card("visa")
S("voice", L, "card-yomiage", f"オペレーター：カード番号をお願いします。\nお客様：はい、{card_fmt(cc)}、有効期限は{expiry()}です。", card_fmt(cc))
pp = passport("jp")
S("spreadsheet", L, "passport", f"氏名,旅券番号,有効期限,便名\n田中 一郎,{pp},2031-08-10,NH203\n高橋 美咲,(未提出),,NH203", pp)

# ============================================================== KOREAN
L = "ko"
rr = kr_rrn()
S("form", L, "jumin", f"보험 가입 신청서\n성명: 김민준\n주민등록번호: {rr}\n연락처: 010-0000-0000", rr)
p = human_pw()
S("chat", L, "bimilbeonho", f"팀 공용 계정 비밀번호 바뀌었어요 → {p} 외부 공유 금지!", p)
c = otp()
S("chat", L, "injeung", f"[Web발신]\n[카카오] 인증번호 [{c}]를 입력해주세요. 타인에게 절대 알려주지 마세요.", c)
t = npm_tok()
S("ci", L, "npm", f"# 패키지 배포 워크플로\n- name: npm 배포\n  run: |\n    echo \"//registry.npmjs.org/:_authToken={t}\" > ~/.npmrc\n    npm publish --access public", t)
ac = rd(12)
S("support", L, "gyejwa", f"고객: 환불은 국민은행 {ac[:6]}-{ac[6:8]}-{ac[8:]} 계좌로 부탁드려요. 예금주 이서연입니다.\n상담원: 확인했습니다.", f"{ac[:6]}-{ac[6:8]}-{ac[8:]}")

# ============================================================== CHINESE
L = "zh"
cid = cn_rid()
S("form", L, "shenfenzheng", f"入职登记表\n姓名：王伟\n身份证号：{cid}\n紧急联系人：李娜", cid)
p = human_pw()
S("chat", L, "mima", f"[群聊] 运维小陈：测试服务器root密码改成 {p} 了，别发到大群里，用完记得退出登录", p)
c = otp()
S("chat", L, "yanzhengma", f"【支付宝】验证码{c}，您正在进行登录操作，5分钟内有效。请勿泄露给他人，客服不会索要验证码。", c)
t = aws_secret()
S("log", L, "aws", f"2026-03-02 16:20:11 [错误] 上传失败：SignatureDoesNotMatch\n调试信息 access_key={aws_akid()} secret_key={t} region=ap-east-1", t)
pp = passport("cn")
S("email", L, "huzhao", f"您好，\n\n签证材料中护照号码为 {pp}，有效期至2033年。请核对。\n\n谢谢！\n张敏", pp)
t = databricks()
S("notebook", L, "databricks", f"# 连接 Databricks 仓库（临时写死，之后改成 secret scope）\nfrom databricks import sql\nconn = sql.connect(server_hostname=\"adb-{rd(16)}.12.azuredatabricks.net\",\n                   http_path=\"/sql/1.0/warehouses/{hx(16)}\",\n                   access_token=\"{t}\")", t)

# ============================================================== VIETNAMESE
L = "vi"
cc_ = vn_cccd()
S("form", L, "cccd", f"Phiếu đăng ký\nHọ và tên: Nguyễn Văn An\nSố CCCD: {cc_}\nNgày cấp: 12/08/2021", cc_)
p = human_pw()
S("chat", L, "mat-khau", f"mật khẩu wifi quán là {p} nha, mạng tên CafeMoc_5G", p)
c = otp()
S("chat", L, "otp", f"Ma OTP cua Quy khach la {c}. Tuyet doi KHONG chia se ma nay cho bat ky ai. - Vietcombank", c)
ac = rd(13)
S("support", L, "stk", f"Khách: Em chuyển khoản hoàn tiền vào số tài khoản {ac} Techcombank, chủ tài khoản Trần Thị Mai giúp chị nhé.\nNV: Dạ em ghi nhận ạ.", ac)
t = linear()
S("config", L, "linear", f"# cấu hình đồng bộ issue\nLINEAR_API_KEY=\"{t}\"\nLINEAR_TEAM=ENG", t)

# ============================================================== THAI
L = "th"
ti = th_id()
S("form", L, "bat-prachachon", f"ใบสมัครสมาชิก\nชื่อ-นามสกุล: สมชาย ใจดี\nเลขประจำตัวประชาชน: {ti}\nโทรศัพท์: 08x-xxx-xxxx", ti)
p = human_pw()
S("chat", L, "rahat", f"รหัสผ่านไวไฟห้องประชุมคือ {p} นะครับ", p)
c = otp()
S("chat", L, "otp", f"รหัส OTP ของท่านคือ {c} (Ref: {rs(4, UP)}) ห้ามเปิดเผยรหัสนี้แก่ผู้อื่น", c)
ac = rd(10)
S("voice", L, "banchi", f"พนักงาน: รบกวนขอเลขบัญชีสำหรับคืนเงินค่ะ\nลูกค้า: กสิกรไทย {ac[:3]}-{ac[3]}-{ac[4:9]}-{ac[9]} ครับ", f"{ac[:3]}-{ac[3]}-{ac[4:9]}-{ac[9]}")
t = supabase_pat()
S("shell", L, "supabase", f"$ supabase login --token {t}\nYou are now logged in. Happy coding!\n# เชื่อมโปรเจกต์\n$ supabase link --project-ref {rs(20, LO)}", t)

# ============================================================== INDONESIAN
L = "id"
nk = id_nik()
S("form", L, "nik", f"Formulir Pendaftaran BPJS\nNama: Budi Santoso\nNIK: {nk}\nAlamat: Jl. Merdeka No. 10, Bandung", nk)
p = human_pw()
S("chat", L, "kata-sandi", f"Kata sandi akun Shopee toko kita sudah diganti jadi {p}, jangan disebar ya", p)
c = otp()
S("chat", L, "otp", f"JANGAN BERIKAN KODE INI KE SIAPAPUN. Kode OTP GoPay kamu: {c}", c)
t = okta()
S("ticket", L, "okta", f"Tiket IT-4410: Sinkronisasi pengguna Okta gagal\nRincian: skrip sync masih memakai token API {t} milik admin lama yang sudah resign. Mohon diganti.", t)
ac = rd(10)
S("email", L, "rekening", f"Yth. Bapak/Ibu,\n\nPembayaran invoice INV/2026/03/0091 dapat ditransfer ke rekening BCA {ac} a.n. PT Sinar Jaya.\n\nTerima kasih.", ac)

# ============================================================== MALAY
L = "ms"
mk = my_mykad()
S("form", L, "mykad", f"Borang Permohonan\nNama: Nurul Aisyah binti Ahmad\nNo. MyKad: {mk}\nAlamat: Taman Melawati, Kuala Lumpur", mk)
c = otp()
S("chat", L, "tac", f"RM0 Maybank2u: TAC anda ialah {c} untuk pemindahan ke akaun ***4521. Jangan kongsi TAC ini.", c)
p = human_pw()
S("email", L, "kata-laluan", f"Salam Encik Faizal,\n\nAkaun sistem kehadiran telah diaktifkan.\nID pengguna: faizal.r\nKata laluan sementara: {p}\n\nSila tukar selepas log masuk pertama.\nUnit IT", p)
t = azure_client_secret()
S("config", L, "azure", f"# tetapan aplikasi (jangan commit!)\nAZURE_TENANT_ID={uuid()}\nAZURE_CLIENT_ID={uuid()}\nAZURE_CLIENT_SECRET={t}", t)
pn = pin(6)
S("voice", L, "pin", f"…kod pintu rumah sewa tu {' '.join(pn)}, lepas tu tekan butang hijau ya.", " ".join(pn))

# ============================================================== SWAHILI
L = "sw"
kid = rd(8)
S("form", L, "kitambulisho", f"Fomu ya Usajili\nJina: Amina Mwangi\nNambari ya kitambulisho: {kid}\nSimu: +254 7xx xxx xxx", kid)
pn = pin()
S("chat", L, "mpesa-pin", f"Nimekutumia pesa, ukitaka kutoa tumia PIN yangu ya M-Pesa {pn} kwa simu yangu ile ya zamani", pn)
p = human_pw()
S("email", L, "nenosiri", f"Habari Juma,\n\nAkaunti yako ya mfumo wa shule iko tayari.\nJina la mtumiaji: juma.o\nNenosiri: {p}\n\nTafadhali libadilishe mara ya kwanza unapoingia.", p)
c = otp()
S("support", L, "msimbo", f"Mteja: Nimepokea msimbo wa uthibitisho {c}, mtu anadai ni wa benki anauomba.\nWakala: Usimpe mtu yeyote msimbo huo.", c)
t = sendgrid()
S("config", L, "sendgrid", f"# barua pepe za arifa\nSENDGRID_API_KEY={t}\nMTUMAJI=arifa@shule.example", t)

# ============================================================== GREEK
L = "el"
am = gr_amka()
S("form", L, "amka", f"Αίτηση εγγραφής\nΟνοματεπώνυμο: Γιώργος Παπαδόπουλος\nΑΜΚΑ: {am}\nΑΦΜ: {rs(9, DG)}", am)
p = human_pw()
S("chat", L, "kodikos", f"Ο κωδικός για το Wi-Fi του γραφείου είναι {p}, το δίκτυο λέγεται COSMOTE-8F21", p)
ib = iban("GR")
S("email", L, "iban", f"Καλησπέρα σας,\n\nΠαρακαλώ καταθέστε την προκαταβολή στο {iban_fmt(ib)} (Eurobank), δικαιούχος Μαρία Κωνσταντίνου.\n\nΕυχαριστώ", iban_fmt(ib))
c = otp()
S("voice", L, "otp", f"Υπάλληλος: Μου λέτε τον κωδικό που λάβατε;\nΠελάτης: Ναι, {c}.", c)
t = digitalocean()
S("shell", L, "doctl", f"$ doctl auth init --access-token {t}\nValidating token... ✔\n# έλεγχος droplets\n$ doctl compute droplet list", t)

# ============================================================== HUNGARIAN
L = "hu"
tj = hu_taj()
S("form", L, "taj", f"Beteglap\nNév: Kovács Péter\nTAJ szám: {tj}\nSzületési hely: Debrecen", tj)
p = human_pw()
S("chat", L, "jelszo", f"A közös Netflix jelszó most {p}, ne add tovább senkinek", p)
ib = iban("HU")
S("email", L, "szamla", f"Tisztelt Ügyfelünk!\n\nKérjük, a díjat az alábbi számlaszámra utalja: {iban_fmt(ib)}\nKözlemény: 2026/0412\n\nÜdvözlettel\nKönyvelés", iban_fmt(ib))
c = otp()
S("support", L, "kod", f"Ügyfél: Kaptam egy {c} kódot SMS-ben, a telefonáló kéri, hogy mondjam meg.\nÜgyintéző: Ne adja meg, ez csalás!", c)
t = atlassian()
S("runbook", L, "jira", f"Jira export éjszakai futtatás:\n1. `export JIRA_API_TOKEN={t}`\n2. `python export.py --projekt OPS`\n3. Ellenőrizd a /data/export mappát.", t)

# ============================================================== ROMANIAN
L = "ro"
cn = ro_cnp()
S("form", L, "cnp", f"Cerere de înscriere\nNume: Popescu Andrei\nCNP: {cn}\nLocalitate: Cluj-Napoca", cn)
p = human_pw()
S("chat", L, "parola", f"parola de la wifi-ul de la birou e {p}, rețeaua e DIGI-24B9", p)
ib = iban("RO")
S("email", L, "iban", f"Bună ziua,\n\nVă rog să efectuați plata facturii nr. 118 în contul {ib} deschis la Banca Transilvania.\n\nMulțumesc,\nIoana", ib)
c = otp()
S("voice", L, "cod", f"Operator: Vă rog să-mi spuneți codul de verificare primit.\nClient: Da, e {c}.", c)
k, s = aws_akid(), aws_secret()
S("config", L, "aws", f"# credențiale pentru backup (temporar)\n[backup]\naws_access_key_id={k}\naws_secret_access_key={s}\nregion=eu-central-1", s)

# ============================================================== ENGLISH — INNOCENT
L = "en"
I("shell", L, "git-log", "$ git log --oneline -5\n" + "\n".join(f"{git_short()} {m}" for m in ["Fix null check in invoice parser", "Bump axios from 1.6.7 to 1.7.2", "Add retry to S3 upload", "Refactor auth middleware", "Initial commit"]))
I("shell", L, "docker-pull", f"$ docker pull nginx:1.27-alpine\n1.27-alpine: Pulling from library/nginx\n{hx(12)}: Pull complete\n{hx(12)}: Pull complete\nDigest: sha256:{sha256()}\nStatus: Downloaded newer image for nginx:1.27-alpine\ndocker.io/library/nginx:1.27-alpine")
I("config", L, "requirements-hashes", f"# requirements.txt (generated by pip-compile --generate-hashes)\nrequests==2.32.3 \\\n    --hash=sha256:{sha256()} \\\n    --hash=sha256:{sha256()}\nurllib3==2.2.2 \\\n    --hash=sha256:{sha256()}")
I("config", L, "package-lock", json.dumps({"node_modules/lodash": {"version": "4.17.21", "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", "integrity": "sha512-" + b64e(rb(64))}}, indent=2))
I("config", L, "k8s-secretref", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:" + sha256() + "\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: db-credentials\n                  key: password")
I("config", L, "env-example", "# Copy to .env and fill in your own values\nOPENAI_API_KEY=<your-openai-key>\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app\nSLACK_WEBHOOK_URL=\nDEBUG=false")
I("shell", L, "password-stdin", "$ aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin " + aws_acct() + ".dkr.ecr.eu-west-1.amazonaws.com\nLogin Succeeded")
I("shell", L, "read-s", "#!/usr/bin/env bash\nset -euo pipefail\nread -rsp 'Vault password: ' VAULT_PASS\necho\nexport VAULT_PASS\nansible-playbook site.yml --vault-password-file <(echo \"$VAULT_PASS\")")
I("shell", L, "sts-identity", "$ aws sts get-caller-identity\n{\n    \"UserId\": \"AIDA" + rs(17, UP + "234567") + "\",\n    \"Account\": \"" + aws_acct() + "\",\n    \"Arn\": \"arn:aws:iam::" + aws_acct() + ":user/ci-runner\"\n}")
I("log", L, "cloudtrail", json.dumps({"eventVersion": "1.09", "eventTime": "2026-03-02T10:11:12Z", "eventName": "PutObject", "awsRegion": "eu-west-1", "requestID": rs(16, UP + DG), "eventID": uuid(), "resources": [{"ARN": "arn:aws:s3:::acme-exports/q1/report.xlsx"}], "recipientAccountId": aws_acct()}, indent=1))
I("shell", L, "tf-plan", f"  # aws_security_group_rule.ingress will be created\n  + resource \"aws_security_group_rule\" \"ingress\" {{\n      + id                = (known after apply)\n      + security_group_id = \"sg-{hx(17)}\"\n      + from_port         = 443\n    }}\n\n  # aws_instance.web is tainted\n    id = \"i-{hx(17)}\"\n    subnet_id = \"subnet-{hx(17)}\"\nPlan: 1 to add, 0 to change, 0 to destroy.")
I("ci", L, "gha-secrets", "name: publish\non:\n  release:\n    types: [published]\njobs:\n  npm:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with: { node-version: 20, registry-url: 'https://registry.npmjs.org' }\n      - run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}")
I("log", L, "stacktrace", f"Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"token\" is null\n\tat com.acme.auth.TokenValidator.validate(TokenValidator.java:42)\n\tat com.acme.auth.AuthFilter.doFilter(AuthFilter.java:88)\n\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:178)\nrequest_id={uuid()}")
I("http", L, "response-headers", f"HTTP/2 200\ncontent-type: application/json; charset=utf-8\netag: W/\"{hx(32)}\"\nx-request-id: {uuid()}\nx-amzn-trace-id: Root=1-{hx(8)}-{hx(24)}\ncf-ray: {hx(16)}-FRA\ncache-control: private, max-age=0")
I("shell", L, "curl-envvar", "curl -fsSL -H \"Authorization: Bearer $GITHUB_TOKEN\" \\\n  -H 'Accept: application/vnd.github+json' \\\n  https://api.github.com/repos/acme/api/releases/latest | jq -r .tag_name")
I("config", L, "authorized-keys", f"# ~/.ssh/authorized_keys\n{ssh_pub_ed25519()} alice@laptop\n{ssh_pub_ed25519()} deploy@ci")
I("shell", L, "ssh-fingerprint", f"$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:{b64e(rb(32)).rstrip('=')} alice@laptop (ED25519)\n$ ssh -T git@github.com\nHi alice! You've successfully authenticated, but GitHub does not provide shell access.")
I("shell", L, "gpg-list", f"$ gpg --list-secret-keys --keyid-format=long\nsec   ed25519/{hx(16).upper()} 2025-06-01 [SC]\n      {sha1().upper()}\nuid                 [ultimate] Release Bot <release@example.org>\nssb   cv25519/{hx(16).upper()} 2025-06-01 [E]")
I("webpage", L, "masked-keys", f"API keys\nName            Key                 Created      Last used\nprod-backend    sk-...{rs(4)}          Jan 4, 2026  2 hours ago\nnotebook        sk-...{rs(4)}          Nov 19, 2025 never\n[+ Create new secret key]")
I("email", L, "receipt-masked", f"Thanks for your order!\nOrder #{rd(3)}-{rd(7)}-{rd(7)}\nPaid with Visa ending in {rs(4, DG)}\nTotal: $48.17\nShips to: Portland, OR 97209")
I("runbook", L, "password-policy", "Password policy (IT-SEC-004)\n- minimum 12 characters, at least one digit and one symbol\n- passwords expire every 180 days; the last 10 cannot be reused\n- never send a password by email or chat; use the vault share link\n- MFA is mandatory for VPN and email")
I("runbook", L, "rotate", "## Rotating the Stripe key\n1. Create a new restricted key in the dashboard (Developers → API keys).\n2. Update `STRIPE_SECRET_KEY` in AWS Secrets Manager (path `prod/payments/stripe`).\n3. Restart the `payments` deployment: `kubectl rollout restart deploy/payments -n prod`.\n4. Roll the old key with a 12h expiry.")
I("email", L, "tracking", f"Your package is on the way!\nTracking number: 1Z{rs(6, UP + DG)}{rs(10, DG)}\nCarrier: UPS Ground\nEstimated delivery: Thu, Mar 5\nQuestions? Call 1-800-742-5877.")
I("spreadsheet", L, "invoices", f"invoice_no,customer,amount,due,status\nINV-2026-{rd(4)},Northwind Traders,1240.00,2026-03-31,open\nINV-2026-{rd(4)},Contoso Ltd,980.50,2026-03-15,paid\nINV-2026-{rd(4)},Fabrikam,310.00,2026-04-02,open")
I("email", L, "signature", f"Best regards,\nSamantha Reyes | Account Manager\nDirect: {phone()} | Mobile: {phone()}\n221B Harbor Way, Suite 400, Boston, MA 02110")
I("log", L, "timestamps", f"1760443211 INFO  worker-7 job={uuid()} status=done duration_ms=8123\n1760443212 WARN  worker-3 job={uuid()} retry=2 reason=timeout\n1760443215 INFO  scheduler next_run=2026-03-02T12:00:00Z")
I("config", L, "configmap-binary", f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: branding\nbinaryData:\n  favicon.png: {png_b64()}\ndata:\n  title: \"Acme Portal\"")
I("config", L, "jwks", json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hx(40), "n": b64u(rb(256)), "e": "AQAB"}]}, indent=1))
I("log", L, "sentry-event", f"Sentry: captured exception, event_id={hx(32)} release=web@4.12.3 environment=production\nUser-facing message: 'Something went wrong. Reference: {hx(8).upper()}'")
I("config", L, "go-sum", f"github.com/google/uuid v1.6.0 h1:{b64e(rb(32))}\ngithub.com/google/uuid v1.6.0/go.mod h1:{b64e(rb(32))}\ngolang.org/x/crypto v0.24.0 h1:{b64e(rb(32))}")
I("diff", L, "version-bump", "diff --git a/pyproject.toml b/pyproject.toml\n@@ -1,6 +1,6 @@\n [project]\n name = \"acme-sdk\"\n-version = \"2.13.4\"\n+version = \"2.14.0\"\n requires-python = \">=3.10\"\n dependencies = [\"httpx>=0.27\", \"pydantic>=2.7\"]")
I("sql", L, "sql-reset", "-- Clean up expired password reset requests\nDELETE FROM password_resets\nWHERE created_at < NOW() - INTERVAL '24 hours';\n\nUPDATE users SET must_change_password = TRUE\nWHERE last_password_change < '2025-09-01';")
I("config", L, "public-key-pem", f"# Webhook signature verification key (public, safe to commit)\nWEBHOOK_PUBLIC_KEY=\"-----BEGIN PUBLIC KEY-----\\n{b64e(bytes.fromhex('302a300506032b6570032100') + rb(32))}\\n-----END PUBLIC KEY-----\"")
I("calendar", L, "invite", "BEGIN:VEVENT\nSUMMARY:Quarterly security review\nDTSTART:20260318T150000Z\nDTEND:20260318T160000Z\nLOCATION:Conf room 4B / dial-in +1 646 555 0142\nDESCRIPTION:Agenda: token rotation status, password manager rollout, phishing test results.\nUID:" + uuid() + "@calendar.example.com\nEND:VEVENT")
I("support", L, "never-ask", "Agent: Just a reminder — we will never ask for your password or the code we text you. If someone calls claiming to be us, hang up and call the number on the back of your card.\nCustomer: Good to know, thanks!")
I("voice", L, "order-readout", f"Caller: Hi, I'm calling about order number {' '.join(rd(3))}, dash, {' '.join(rs(4, DG))}. It was supposed to arrive Tuesday.\nAgent: Let me pull that up… I see it left the warehouse this morning.")
I("webpage", L, "otp-ui", "Two-step verification\nWe sent a 6-digit code to the phone number ending in 88.\nEnter code: [ _ _ _ _ _ _ ]\nDidn't get it? Resend in 0:45\n☐ Don't ask again on this device")
I("form", L, "masked-form", "Change password\nCurrent password: ••••••••••\nNew password: ••••••••••••\nConfirm new password: ••••••••••••\nStrength: strong ✓\n[Save]")
I("config", L, "hcl-variable", 'variable "db_password" {\n  description = "Master password for the RDS instance"\n  type        = string\n  sensitive   = true\n}\n\nresource "aws_db_instance" "main" {\n  password = var.db_password\n}')
I("shell", L, "vault-metadata", f"$ vault kv metadata get secret/payments/db\n========== Metadata ==========\ncreated_time            2025-11-04T09:12:44.10Z\ncurrent_version         7\nmax_versions            10\nupdated_time            2026-02-28T17:40:03.55Z")
I("shell", L, "kms-key", f"$ aws kms describe-key --key-id alias/app-prod\n{{\n  \"KeyMetadata\": {{\n    \"KeyId\": \"{uuid()}\",\n    \"Arn\": \"arn:aws:kms:eu-west-1:{aws_acct()}:key/{uuid()}\",\n    \"KeyState\": \"Enabled\",\n    \"KeyUsage\": \"ENCRYPT_DECRYPT\"\n  }}\n}}")
I("log", L, "azure-resource-id", f"Deployment succeeded: /subscriptions/{uuid()}/resourceGroups/rg-web-prod/providers/Microsoft.Web/sites/app-web-prod (correlationId {uuid()})")
I("log", L, "redacted-log", "2026-03-02 09:00:12 DEBUG http.client POST /oauth/token grant_type=client_credentials client_id=web-app client_secret=[REDACTED]\n2026-03-02 09:00:12 DEBUG http.client <- 200 access_token=*** expires_in=3600")
I("config", L, "base64-public", "# feature flags (base64 JSON, public)\nFLAGS_B64=" + b64e(json.dumps({"theme": "dark", "beta_checkout": False, "locale": "en-US"}).encode()))
I("webpage", L, "sri", f'<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"\n  integrity="sha384-{b64e(rb(48))}"\n  crossorigin="anonymous"></script>')
I("log", L, "network", f"eth0: link up, 1000Mbps full duplex, mac 3c:22:fb:{hx(2)}:{hx(2)}:{hx(2)}\ninet6 2001:db8:{hx(4)}:{hx(4)}::1/64 scope global\ndhcp: lease 10.0.{R.randint(0, 255)}.{R.randint(2, 254)} obtained, renew in 43200s")
I("diff", L, "remove-hardcoded", "commit " + sha1() + "\nAuthor: Dev Bot <bot@example.com>\n\n    Remove hard-coded API key, read from env\n\n-API_KEY = load_from_file('key.txt')\n+API_KEY = os.environ[\"PAYMENTS_API_KEY\"]  # set in deployment")
I("notebook", L, "token-generation", "In [1]: import secrets\n   ...: def new_invite_token() -> str:\n   ...:     return secrets.token_urlsafe(32)\n   ...: len(new_invite_token())\nOut[1]: 43")
I("config", L, "aws-doc-example", "# Example from the AWS CLI docs — these are the documented sample values, not real credentials\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
I("runbook", L, "changeme-doc", "Grafana first start\nThe container ships with the default admin login (admin / admin). Grafana forces you to set a new password on first login — do that immediately, then disable basic auth in grafana.ini.")
I("ticket", L, "xxx-masked", "Customer pasted their key in the ticket; I replaced it with xxxxxxxxxxxxxxxxxxxxxxxx and asked them to rotate it. Key ID for reference: key_" + rs(8, LO + DG) + " (not sensitive).")
I("shell", L, "kubectl-get-secrets", "$ kubectl get secrets -n payments\nNAME                  TYPE                             DATA   AGE\ndb-credentials        Opaque                           2      41d\nstripe                Opaque                           1      12d\nregistry-pull         kubernetes.io/dockerconfigjson   1      300d")
I("shell", L, "kubectl-describe", "$ kubectl describe secret db-credentials -n payments\nName:         db-credentials\nNamespace:    payments\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  6 bytes")
I("config", L, "git-lfs", f"version https://git-lfs.github.com/spec/v1\noid sha256:{sha256()}\nsize {rd(8)}")
I("shell", L, "npm-audit", f"# npm audit report\n\nsemver  <7.5.2\nSeverity: moderate\nsemver vulnerable to Regular Expression Denial of Service - https://github.com/advisories/GHSA-c2qf-rxjj-qqgw\nfix available via `npm audit fix`\n\n1 moderate severity vulnerability")
I("chat", L, "prose-token", "heads up: the GitHub token the release job uses expires on Friday. I'll generate a new fine-grained one scoped to the three repos and update the org secret — nobody needs to do anything.")
I("email", L, "booking", f"Your reservation is confirmed.\nBooking reference: {rs(6, UP + DG)}\nConfirmation no.: {rd(10)}\nCheck-in: 14 Apr 2026, 3:00 PM\nHotel phone: +44 20 7946 0958")
I("http", L, "oauth-redirect", f"HTTP/1.1 302 Found\nLocation: https://app.example.com/callback?state={hx(16)}&error=access_denied&error_description=The+user+denied+the+request\nX-Request-Id: {uuid()}")
I("log", L, "md5-files", f"{md5()}  backup-2026-03-01.tar.gz\n{md5()}  backup-2026-03-02.tar.gz\nchecksums OK (2/2)")
I("spreadsheet", L, "products", f"sku,ean,name,price\nKB-{rd(4)},40{rs(11, DG)},Mechanical keyboard,89.00\nMS-{rd(4)},40{rs(11, DG)},Wireless mouse,29.00")
I("toolcall", L, "toolcall-ref", json.dumps({"tool": "bash", "arguments": {"command": "export PGPASSWORD=\"$(cat /run/secrets/pg_password)\" && psql -h db -U app -c 'select 1'"}}))
I("config", L, "compose-secrets", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n    secrets:\n      - pg_password\nsecrets:\n  pg_password:\n    file: ./secrets/pg_password.txt")
I("log", L, "error-codes", "Windows Update failed: 0x80070005 (E_ACCESSDENIED)\nRetrying... 0x8024402C\nchrome: net::ERR_CERT_AUTHORITY_INVALID\nHTTP 429 Too Many Requests (retry-after: 30)")
I("webpage", L, "docs-token-format", "Personal access tokens start with the prefix ghp_ followed by 36 characters. If you find a token in a public repository, revoke it on the Settings → Developer settings page. Tokens are shown only once when created.")
I("chat", L, "password-talk", "Q: my password keeps getting rejected on the new portal\nA: it needs 14+ chars and can't contain your username. Also the old one won't work because we migrated, use 'Forgot password' to set a new one.")
I("voice", L, "phone-readout", "Agent: Can I get a callback number?\nCaller: Sure, it's five five five, two one two, zero one four six.\nAgent: And a good time to call? Caller: After five.")
I("config", L, "dependabot", "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: \"/\"\n    schedule:\n      interval: weekly\n    registries:\n      - python-private\nregistries:\n  python-private:\n    type: python-index\n    url: https://pypi.example.com/simple\n    token: ${{secrets.PYPI_READ_TOKEN}}")
I("shell", L, "openssl-pubout", f"$ openssl rsa -in key.pem -pubout -out pub.pem\nwriting RSA key\n$ openssl x509 -in cert.pem -noout -fingerprint -sha256\nsha256 Fingerprint={':'.join(hx(2).upper() for _ in range(32))}")

# ============================================================== INNOCENT — other languages
L = "de"
I("email", L, "bestellung", f"Vielen Dank für Ihre Bestellung!\nBestellnummer: 302-{rs(7, DG)}-{rs(7, DG)}\nSendungsnummer (DHL): 00340434{rs(12, DG)}\nVoraussichtliche Zustellung: Donnerstag, 05.03.2026\nBei Fragen erreichen Sie uns unter 0800 123 4567.")
I("runbook", L, "passwortrichtlinie", "Passwortrichtlinie\n• Mindestens 12 Zeichen, davon eine Ziffer und ein Sonderzeichen\n• Kennwörter niemals per E-Mail oder Chat verschicken\n• Nach Verdacht auf Kompromittierung sofort ändern und den IT-Sicherheitsbeauftragten informieren")
I("config", L, "env-platzhalter", "# .env.beispiel – bitte eigene Werte eintragen\nDB_PASSWORT=${DB_PASSWORT}\nAPI_SCHLUESSEL=<dein-api-schluessel>\nSMTP_KENNWORT=\n# Werte liegen im Tresor unter prod/shop")
I("log", L, "fehlermeldung", f"2026-03-02 08:14:03 FEHLER  Anmeldung fehlgeschlagen für Benutzer 'k.weber' (Grund: Kennwort abgelaufen), Anfrage-ID {uuid()}\n2026-03-02 08:14:09 INFO   Kennwort-Zurücksetzen-Link versendet")
I("chat", L, "iban-maskiert", "Die Rückerstattung geht auf dein hinterlegtes Konto (IBAN endet auf …4711), sollte in 2–3 Werktagen da sein.")

L = "fr"
I("email", L, "commande", f"Bonjour,\nVotre commande n° FR{rd(9)} a été expédiée.\nNuméro de suivi Colissimo : 6A{rs(11, DG)}\nLivraison prévue : mercredi 4 mars.\nService client : 09 69 32 00 00")
I("support", L, "jamais-mdp", "Conseiller : Je vous rappelle que nous ne vous demanderons jamais votre mot de passe ni le code reçu par SMS. En cas de doute, raccrochez et rappelez le numéro au dos de votre carte.")
I("config", L, "yaml-ref", "# Paramètres de production – les secrets viennent du coffre\nbase_de_donnees:\n  hote: pg-prod.interne\n  utilisateur: ventes\n  mot_de_passe: ${VENTES_DB_MOT_DE_PASSE}\ncache:\n  url: redis://cache:6379/0")
I("ticket", L, "hash", f"Ticket #4471 – Image Docker non reproductible\nLe digest attendu était sha256:{sha256()} mais la CI produit un digest différent. Merci de vérifier la version de la base (python:3.12.4-slim).")
I("webpage", L, "regles-mdp", "Créer votre mot de passe\nVotre mot de passe doit contenir au moins 10 caractères, dont une majuscule, un chiffre et un caractère spécial. Il ne doit pas contenir votre nom.")

L = "es"
I("email", L, "pedido", f"¡Gracias por tu compra!\nNúmero de pedido: ES-{rd(8)}\nFactura: FAC-2026-{rd(5)}\nTu pedido llegará entre el 4 y el 6 de marzo al código postal 28013.")
I("chat", L, "contrasena-prosa", "recordad que el lunes caducan todas las contraseñas del dominio, os llegará un correo para cambiarla. No respondáis a correos que os pidan la contraseña actual.")
I("log", L, "traza", f"[2026-03-02 10:00:01] INFO  pago procesado id_transaccion={uuid()} importe=49,90 EUR tarjeta=****{rs(4, DG)}\n[2026-03-02 10:00:02] INFO  correo de confirmación enviado")
I("support", L, "ultimos-digitos", "Agente: ¿Me confirma los últimos cuatro dígitos de la tarjeta con la que pagó?\nCliente: Sí, terminan en 3 0 1 8.\nAgente: Perfecto, ya localicé el cargo duplicado.")

L = "it"
I("email", L, "ordine", f"Gentile cliente,\nil suo ordine n. {rd(10)} è stato spedito con BRT, numero di spedizione {rd(14)}.\nPer assistenza: 02 8736 9000 (lun-ven 9-18).")
I("runbook", L, "rotazione", "Rotazione delle chiavi API\n1. Generare una nuova chiave dal pannello di amministrazione.\n2. Aggiornare il valore nel secret manager (percorso prod/api/chiave).\n3. Riavviare i servizi e revocare la vecchia chiave dopo 24 ore.")
I("config", L, "properties", "# application-prod.properties\nspring.datasource.url=jdbc:postgresql://db:5432/ordini\nspring.datasource.username=${DB_UTENTE}\nspring.datasource.password=${DB_PASSWORD}\nserver.port=8443")
I("chat", L, "codice-prosa", "Ti arriverà un codice di verifica via SMS, inseriscilo solo sul sito ufficiale. Io non ho bisogno che me lo mandi, tranquillo.")

L = "pt"
I("email", L, "pedido", f"Olá! Seu pedido #{rd(8)} foi enviado.\nCódigo de rastreio: {rs(2, UP)}{rd(9)}BR\nPrevisão de entrega: 06/03/2026\nCEP de entrega: 01310-100")
I("support", L, "nunca-senha", "Atendente: Lembrando que o banco nunca pede senha, token ou código por telefone ou WhatsApp. Se alguém pedir, desligue e ligue para a central.")
I("config", L, "compose", "services:\n  api:\n    image: registry.example.com/loja/api:3.8.1\n    environment:\n      SENHA_BANCO: ${SENHA_BANCO:?defina no .env}\n      CHAVE_API: ${CHAVE_API}\n    ports:\n      - \"8080:8080\"")
I("log", L, "git", f"$ git show --stat HEAD\ncommit {sha1()}\nAutor: Ana Costa <ana@example.com>\n\n    Corrige validação do formulário de senha (mínimo de 8 caracteres)\n\n src/validacao.ts | 12 ++++++------")

L = "nl"
I("email", L, "bestelling", f"Bedankt voor je bestelling!\nOrdernummer: {rd(10)}\nTrack & trace: 3S{rs(13, UP + DG)}\nBezorging: morgen tussen 14:00 en 17:00, postcode 3511 AB.")
I("webpage", L, "wachtwoord-eisen", "Kies een nieuw wachtwoord\nJe wachtwoord moet minimaal 12 tekens lang zijn en mag niet eerder gebruikt zijn. Tip: gebruik een wachtwoordzin van vier willekeurige woorden.")
I("config", L, "helm-values", "# values-prod.yaml\nimage:\n  repository: ghcr.io/bedrijf/portaal\n  tag: \"5.2.0\"\nexistingSecret: portaal-geheimen   # wachtwoorden staan in de secret, niet hier\nreplicaCount: 3")
I("chat", L, "factuur", f"Factuur {rd(4)}-{rd(4)} is betaald, het kenmerk was {rd(16)}. Je hoeft niets meer te doen.")

L = "pl"
I("email", L, "zamowienie", f"Dziękujemy za zamówienie nr {rd(9)}.\nNumer przesyłki InPost: {rd(24)}\nPaczkomat: KRA01M, ul. Długa 12, 31-147 Kraków.")
I("runbook", L, "haslo-zasady", "Zasady haseł\n- minimum 12 znaków\n- hasło zmieniamy co 90 dni\n- nigdy nie wysyłamy haseł mailem; do udostępniania używamy menedżera haseł")
I("log", L, "log", f"2026-03-02 11:22:33 BŁĄD  Nie można połączyć z bazą: timeout po 30 s (host=db-prod, id_żądania={uuid()})\n2026-03-02 11:22:34 INFO  ponawianie próby 1/3")
I("chat", L, "kod-proza", "kod z SMS-a przepisujesz tylko w aplikacji banku, nikomu go nie dyktuj – nawet jeśli dzwoni ktoś 'z banku'")

L = "cs"
I("email", L, "objednavka", f"Děkujeme za objednávku č. {rd(10)}.\nČíslo zásilky: DR{rd(10)}CZ\nDoručení: čtvrtek 5. 3., PSČ 602 00 Brno.")
I("config", L, "env", "# Přístupové údaje nevyplňujte sem – načítají se z trezoru\nDB_HESLO=\nAPI_KLIC=<vas-klic>\nLOG_LEVEL=info")
I("support", L, "heslo-proza", "Operátor: Heslo po mně prosím neříkejte, to nikdy nepotřebujeme. Pošlu vám odkaz na obnovení hesla na e-mail uvedený ve smlouvě.")
I("log", L, "hash", f"Kontrolní součet souboru instalace.iso: SHA256 {sha256()} – odpovídá.")

L = "sv"
I("email", L, "order", f"Tack för din beställning!\nOrdernummer: {rd(8)}\nKollinummer (PostNord): 00373{rs(13, DG)}\nLeverans till 114 55 Stockholm.")
I("runbook", L, "losenord-policy", "Lösenordsregler: minst 14 tecken, byts var sjätte månad. Dela aldrig lösenord i Slack – använd Bitwarden-delning. Vid misstanke om läcka: byt direkt och kontakta säkerhetsteamet.")
I("shell", L, "git", f"$ git tag -l 'v4.*'\nv4.0.0\nv4.1.0\nv4.1.1\n$ git rev-parse v4.1.1\n{sha1()}")
I("chat", L, "kod-proza", "du får en sexsiffrig kod i BankID-appen, den skriver du bara in själv. ingen från banken kommer be dig läsa upp den")

L = "no"
I("email", L, "ordre", f"Takk for bestillingen!\nOrdrenummer: {rd(9)}\nSporingsnummer: 70{rs(16, DG)}\nLeveres til 0150 Oslo innen fredag.")
I("config", L, "yaml", "# hemmeligheter hentes fra Key Vault – ikke skriv passord her\ndatabase:\n  vert: sql-prod.internt\n  bruker: app\n  passord_ref: kv://prod/app-db-passord")
I("support", L, "proza", "Kundebehandler: Vi ber aldri om passord eller engangskoder på telefon. Hvis noen gjør det, legg på og ring oss på nummeret på nettsiden.")
I("log", L, "id", f"Forespørsel {uuid()} fullført på 212 ms (status 200), versjon 2.7.3")

L = "da"
I("email", L, "ordre", f"Tak for din ordre!\nOrdrenummer: {rd(8)}\nPakkenummer (GLS): {rd(11)}\nLevering til 8000 Aarhus C.")
I("runbook", L, "adgangskode-regler", "Regler for adgangskoder\n- min. 12 tegn\n- brug ikke samme kode flere steder\n- del aldrig koder på mail – brug password-manageren\n- skift koden straks ved mistanke om misbrug")
I("config", L, "toml", "[database]\nvaert = \"db.internt\"\nbruger = \"shop\"\n# adgangskoden læses fra miljøvariablen SHOP_DB_KODE\nadgangskode_env = \"SHOP_DB_KODE\"")
I("chat", L, "faktura", f"Faktura nr. {rd(6)} er sendt, betalingsfristen er 14 dage. Jeg har sat dig cc.")

L = "fi"
I("email", L, "tilaus", f"Kiitos tilauksestasi!\nTilausnumero: {rd(8)}\nLähetystunnus: JJFI{rs(14, DG)}\nToimitus postinumeroon 00100 Helsinki.")
I("runbook", L, "salasanaohje", "Salasanaohje: vähintään 12 merkkiä, vaihto puolen vuoden välein. Älä koskaan lähetä salasanaa sähköpostilla tai Teamsissa.")
I("config", L, "env", "# Täytä omat arvosi – älä committaa oikeita salasanoja\nTIETOKANTA_SALASANA=changeme-ennen-kayttoa\nAPI_AVAIN=<oma-avain>")
I("log", L, "virhe", f"VIRHE 2026-03-02 13:45:10 Kirjautuminen epäonnistui (virhekoodi AUTH-4012), pyyntö {uuid()}")

L = "ru"
I("email", L, "zakaz", f"Ваш заказ № {rd(9)} передан в доставку.\nТрек-номер: RA{rd(9)}RU\nПункт выдачи: 101000, Москва, ул. Мясницкая, 12.\nТелефон поддержки: 8 800 100-00-00")
I("support", L, "nikogda", "Оператор: Напоминаем: сотрудники банка никогда не спрашивают пароль, код из SMS или CVV. Если вам звонят с такими просьбами — положите трубку.")
I("config", L, "yaml", "# секреты не хранятся в репозитории\ndatabase:\n  host: pg-master.local\n  user: shop\n  password: ${SHOP_DB_PASSWORD}\n  # пароль задаётся в Vault: secret/shop/db")
I("log", L, "lg", f"2026-03-02 15:01:12 ОШИБКА  Неверный пароль для пользователя 'admin' (попытка 3 из 5), IP 10.0.0.{R.randint(2, 254)}, request_id={uuid()}")
I("chat", L, "proza", "короче, токен для деплоя протух, я его перевыпущу после обеда и обновлю в GitLab CI/CD variables, никому ничего делать не надо")

L = "uk"
I("email", L, "zamovlennya", f"Ваше замовлення № {rd(8)} відправлено.\nНомер ТТН Нова Пошта: 20{rs(12, DG)}\nВідділення №12, м. Київ.")
I("runbook", L, "pravyla", "Правила роботи з паролями:\n— мінімум 12 символів;\n— не пересилати паролі в месенджерах;\n— у разі підозри на витік — негайно змінити та повідомити службу безпеки.")
I("config", L, "env", "# приклад .env — підставте власні значення\nDB_PASSWORD=<ваш-пароль>\nAPI_TOKEN=\n# справжні значення — у менеджері секретів")
I("log", L, "hash", f"Перевірка цілісності: sha256 {sha256()}  реліз-2.4.1.tar.gz — OK")

L = "tr"
I("email", L, "siparis", f"Siparişiniz kargoya verildi!\nSipariş No: {rd(10)}\nKargo Takip No: {rd(12)}\nTeslimat adresi posta kodu: 34710 Kadıköy/İstanbul")
I("support", L, "sifre-uyari", "Temsilci: Bankamız hiçbir zaman telefonda şifre veya SMS ile gelen doğrulama kodunu istemez. Böyle bir arama alırsanız lütfen kapatın.")
I("config", L, "yaml", "# üretim ayarları — gizli değerler Vault'tan gelir\nveritabani:\n  sunucu: db.internal\n  kullanici: uygulama\n  sifre: \"{{ vault_db_sifre }}\"")
I("log", L, "hata", f"2026-03-02 09:30:00 HATA  Ödeme reddedildi: kod 05 (Do Not Honor), işlem no {rd(12)}, kart ****{rs(4, DG)}")

L = "ar"
I("email", L, "talab", f"شكراً لطلبك!\nرقم الطلب: {rd(9)}\nرقم الشحنة: {rd(10)}\nموعد التوصيل المتوقع: الخميس ٥ مارس\nخدمة العملاء: 920000000")
I("support", L, "tahzir", "الموظف: نذكّرك بأن البنك لا يطلب أبداً كلمة المرور أو رمز التحقق عبر الهاتف. إذا طلب منك أحد ذلك فأغلق المكالمة فوراً.")
I("runbook", L, "siyasa", "سياسة كلمات المرور:\n- ١٢ حرفاً على الأقل\n- تغييرها كل ٩٠ يوماً\n- عدم إرسالها عبر البريد الإلكتروني أو الدردشة")
I("log", L, "sijil", f"[2026-03-02 10:15:22] خطأ: انتهت صلاحية الجلسة، معرف الطلب {uuid()}، يرجى تسجيل الدخول مجدداً")

L = "he"
I("email", L, "hazmana", f"תודה על ההזמנה!\nמספר הזמנה: {rd(8)}\nמספר משלוח: {rs(2, UP)}{rd(9)}IL\nמיקוד: 6423901 תל אביב")
I("support", L, "azhara", "נציג: חשוב לדעת – לעולם לא נבקש ממך סיסמה או קוד אימות בטלפון. אם מישהו מבקש, נתק ופנה אלינו במספר שבאתר.")
I("config", L, "env", "# קובץ דוגמה – למלא ערכים אמיתיים רק בסביבת הייצור\nDB_PASSWORD=${DB_PASSWORD}\nAPI_KEY=<המפתח-שלך>")
I("chat", L, "prosa", "הטוקן של ה-CI פג תוקף, אני מחדש אותו אחרי הצהריים ומעדכן בהגדרות של GitHub, אין צורך לעשות כלום")

L = "fa"
I("email", L, "sefaresh", f"سفارش شما ثبت شد.\nشماره سفارش: {rd(9)}\nکد رهگیری پست: {rd(20)}\nکد پستی مقصد: ۱۴۳۳۶۷۳۱۱۱")
I("support", L, "hoshdar", "پشتیبان: بانک هرگز رمز دوم یا کد یکبارمصرف شما را تلفنی درخواست نمی‌کند. در صورت دریافت چنین تماسی، گزارش دهید.")
I("runbook", L, "ramz-siyasat", "سیاست رمز عبور: حداقل ۱۲ کاراکتر، تغییر هر سه ماه، و هرگز رمز را در پیام‌رسان ارسال نکنید.")
I("log", L, "log", f"2026-03-02 12:00:00 ERROR ورود ناموفق برای کاربر 'reza' – کد خطا AUTH_401، شناسه {uuid()}")

L = "hi"
I("email", L, "order", f"आपका ऑर्डर भेज दिया गया है।\nऑर्डर आईडी: OD{rd(18)}\nट्रैकिंग नंबर: {rs(2, UP)}{rd(9)}IN\nपिन कोड: 110001")
I("support", L, "chetavani", "एजेंट: बैंक कभी भी फ़ोन पर आपका पासवर्ड, पिन या ओटीपी नहीं माँगता। ऐसा कॉल आए तो तुरंत काट दें और 1930 पर शिकायत करें।")
I("runbook", L, "niti", "पासवर्ड नीति: कम से कम 12 अक्षर, हर 90 दिन में बदलें, और पासवर्ड कभी ईमेल या व्हाट्सऐप पर न भेजें।")
I("config", L, "env", "# उदाहरण .env — असली मान यहाँ न लिखें\nDB_PASSWORD=<अपना-पासवर्ड>\nRAZORPAY_KEY_SECRET=\nRAZORPAY_KEY_ID=rzp_test_xxxxxxxxxxxx")

L = "bn"
I("email", L, "order", f"আপনার অর্ডার পাঠানো হয়েছে।\nঅর্ডার নম্বর: {rd(10)}\nট্র্যাকিং নম্বর: {rd(12)}\nপোস্ট কোড: ১২০৫ ঢাকা")
I("support", L, "satarkata", "এজেন্ট: আমরা কখনো ফোনে আপনার পিন বা ওটিপি জানতে চাই না। কেউ চাইলে কল কেটে দিন।")
I("runbook", L, "niti", "পাসওয়ার্ড নীতি: কমপক্ষে ১২ অক্ষর, প্রতি তিন মাসে পরিবর্তন, এবং কখনো চ্যাটে পাসওয়ার্ড পাঠাবেন না।")
I("log", L, "log", f"2026-03-02 11:00:00 ত্রুটি: সেশনের মেয়াদ শেষ, অনুরোধ আইডি {uuid()}")

L = "ja"
I("email", L, "chumon", f"ご注文ありがとうございます。\n注文番号：{rd(3)}-{rd(7)}-{rd(7)}\nお問い合わせ番号（ヤマト運輸）：{rd(4)}-{rd(4)}-{rd(4)}\nお届け予定日：3月5日（木）\n〒150-0002 東京都渋谷区")
I("support", L, "chui", "オペレーター：当社からお電話やメールでパスワードや認証コードをお伺いすることは一切ございません。不審な連絡にはご注意ください。")
I("runbook", L, "password-policy", "パスワードポリシー\n・12文字以上、英大文字・数字・記号を含めること\n・チャットやメールでパスワードを送らないこと\n・漏えいの疑いがある場合は直ちに変更し、情報システム部へ連絡すること")
I("config", L, "yaml", "# 本番設定（シークレットは Secrets Manager から取得）\ndb:\n  host: rds-prod.internal\n  user: app\n  password: ${DB_PASSWORD}\nredis:\n  url: redis://elasticache:6379")
I("shell", L, "docker-digest", f"$ docker images --digests | grep api\nregistry.example.jp/api   2.3.0   sha256:{sha256()}   {hx(12)}   3日前   212MB")

L = "ko"
I("email", L, "jumun", f"주문이 완료되었습니다.\n주문번호: {rd(14)}\n운송장 번호(CJ대한통운): {rd(12)}\n배송지 우편번호: 06236")
I("support", L, "annae", "상담원: 저희는 절대 전화나 문자로 비밀번호나 인증번호를 요구하지 않습니다. 이런 요청을 받으시면 즉시 신고해 주세요.")
I("runbook", L, "jeongchaek", "비밀번호 정책\n- 최소 12자 이상\n- 90일마다 변경\n- 메신저로 비밀번호 공유 금지 (비밀번호 관리자 사용)")
I("log", L, "log", f"2026-03-02 14:22:01 오류 로그인 실패 사용자=kim.j 사유=비밀번호 만료 요청ID={uuid()}")

L = "zh"
I("email", L, "dingdan", f"您的订单已发货。\n订单号：{rd(18)}\n快递单号（顺丰）：SF{rd(13)}\n预计送达：3月5日\n客服电话：95338")
I("support", L, "tixing", "客服：温馨提示，我们的工作人员不会以任何理由向您索要密码或短信验证码，请勿向他人透露。")
I("runbook", L, "mima-zhengce", "密码策略：\n1. 长度不少于12位，包含大小写字母、数字和符号；\n2. 每90天更换一次；\n3. 禁止通过微信或邮件发送密码。")
I("config", L, "yaml", "# 生产环境配置，敏感信息从 KMS 读取\nspring:\n  datasource:\n    url: jdbc:mysql://rds.internal:3306/shop\n    username: shop\n    password: ${MYSQL_PASSWORD}")
I("log", L, "git", f"提交 {sha1()}\n作者: 李雷\n日期: 2026-03-02\n\n    修复登录页密码强度校验（最少8位）")

L = "vi"
I("email", L, "don-hang", f"Đơn hàng của bạn đã được giao cho đơn vị vận chuyển.\nMã đơn hàng: {rd(12)}\nMã vận đơn: GHN{rd(9)}\nDự kiến giao: 05/03/2026")
I("support", L, "canh-bao", "Nhân viên: Ngân hàng không bao giờ yêu cầu quý khách cung cấp mật khẩu hay mã OTP qua điện thoại. Vui lòng cảnh giác với các cuộc gọi giả mạo.")
I("runbook", L, "chinh-sach", "Chính sách mật khẩu: tối thiểu 12 ký tự, đổi mỗi 90 ngày, không gửi mật khẩu qua Zalo hoặc email.")
I("config", L, "env", "# file mẫu — điền giá trị thật trên server\nDB_MAT_KHAU=${DB_MAT_KHAU}\nAPI_KEY=<khóa-api-của-bạn>")

L = "th"
I("email", L, "order", f"คำสั่งซื้อของคุณถูกจัดส่งแล้ว\nหมายเลขคำสั่งซื้อ: {rd(10)}\nเลขพัสดุ (Kerry): KER{rd(10)}\nรหัสไปรษณีย์: 10110")
I("support", L, "tuean", "เจ้าหน้าที่: ธนาคารไม่มีนโยบายขอรหัสผ่านหรือรหัส OTP ทางโทรศัพท์ หากมีผู้ขอ โปรดวางสายทันที")
I("runbook", L, "nayobai", "นโยบายรหัสผ่าน: ความยาวอย่างน้อย 12 ตัวอักษร เปลี่ยนทุก 90 วัน และห้ามส่งรหัสผ่านทาง LINE")
I("log", L, "log", f"2026-03-02 09:12:44 ข้อผิดพลาด: เซสชันหมดอายุ request_id={uuid()}")

L = "id"
I("email", L, "pesanan", f"Pesanan kamu sudah dikirim!\nNo. Pesanan: INV/20260302/MPL/{rd(10)}\nNo. Resi JNE: {rd(16)}\nKode pos tujuan: 40115")
I("support", L, "peringatan", "CS: Kami tidak pernah meminta kata sandi, PIN, atau kode OTP melalui telepon maupun chat. Jika ada yang meminta, abaikan dan laporkan.")
I("config", L, "yaml", "# konfigurasi produksi — rahasia diambil dari Vault\ndatabase:\n  host: db.internal\n  user: toko\n  password: ${DB_PASSWORD}")
I("chat", L, "prosa", "token API Midtrans yang lama udah aku cabut ya, yang baru udah aku simpan di secret manager, tinggal redeploy aja")

L = "ms"
I("email", L, "pesanan", f"Terima kasih atas pesanan anda.\nNo. pesanan: {rd(9)}\nNo. penjejakan Pos Laju: EN{rd(9)}MY\nPoskod: 50450 Kuala Lumpur")
I("support", L, "amaran", "Ejen: Pihak bank tidak akan sesekali meminta kata laluan atau TAC anda melalui panggilan telefon. Sila berhati-hati dengan penipuan.")
I("runbook", L, "dasar", "Dasar kata laluan: sekurang-kurangnya 12 aksara, tukar setiap 90 hari, jangan kongsi melalui WhatsApp.")
I("log", L, "log", f"2026-03-02 10:01:09 RALAT log masuk gagal untuk pengguna 'aina' (kata laluan tamat tempoh), id permintaan {uuid()}")

L = "sw"
I("email", L, "agizo", f"Asante kwa agizo lako!\nNambari ya agizo: {rd(8)}\nNambari ya ufuatiliaji: {rs(2, UP)}{rd(9)}KE\nMsimbo wa posta: 00100 Nairobi")
I("support", L, "onyo", "Wakala: Hatutawahi kukuomba PIN yako ya M-Pesa au nenosiri kwa simu. Mtu akikuomba, kata simu na piga 100.")
I("runbook", L, "sera", "Sera ya nenosiri: angalau herufi 12, libadilishe kila siku 90, na usilitume kwa barua pepe au WhatsApp.")
I("config", L, "env", "# mfano wa .env — weka thamani halisi kwenye seva tu\nDB_PASSWORD=<nenosiri-lako>\nMPESA_CONSUMER_SECRET=")

L = "el"
I("email", L, "paraggelia", f"Ευχαριστούμε για την παραγγελία σας!\nΑριθμός παραγγελίας: {rd(9)}\nΑριθμός αποστολής ACS: {rd(10)}\nΤ.Κ. παράδοσης: 546 22 Θεσσαλονίκη")
I("support", L, "proeidopoiisi", "Υπάλληλος: Η τράπεζα δεν ζητά ποτέ κωδικούς πρόσβασης ή κωδικούς μίας χρήσης τηλεφωνικά. Αν σας ζητηθούν, κλείστε το τηλέφωνο.")
I("runbook", L, "politiki", "Πολιτική κωδικών: τουλάχιστον 12 χαρακτήρες, αλλαγή κάθε 90 ημέρες, καμία αποστολή κωδικών μέσω email.")
I("log", L, "log", f"2026-03-02 13:00:00 ΣΦΑΛΜΑ αποτυχία σύνδεσης χρήστη 'nikos' — κωδικός σφάλματος 0x80070005, αίτημα {uuid()}")

L = "hu"
I("email", L, "rendeles", f"Köszönjük a rendelését!\nRendelésszám: {rd(9)}\nCsomagszám (GLS): {rd(11)}\nIrányítószám: 1052 Budapest")
I("support", L, "figyelmeztetes", "Ügyintéző: Bankunk soha nem kéri el telefonon a jelszavát vagy az SMS-ben kapott kódot. Ha valaki ezt kéri, tegye le a telefont.")
I("runbook", L, "szabaly", "Jelszószabályzat: legalább 12 karakter, 90 naponta csere, jelszót e-mailben vagy chaten soha ne küldjünk.")
I("config", L, "env", "# minta .env – a valódi értékek a jelszókezelőben vannak\nADATBAZIS_JELSZO=${ADATBAZIS_JELSZO}\nAPI_KULCS=<sajat-kulcs>")

L = "ro"
I("email", L, "comanda", f"Comanda ta a fost expediată!\nNumăr comandă: {rd(9)}\nAWB Fan Courier: {rd(13)}\nCod poștal: 400001 Cluj-Napoca")
I("support", L, "avertizare", "Operator: Banca nu vă va cere niciodată parola sau codul primit prin SMS la telefon. Dacă cineva vă cere asta, închideți imediat.")
I("runbook", L, "politica", "Politica parolelor: minimum 12 caractere, schimbare la 90 de zile, nu trimiteți parole pe e-mail sau WhatsApp.")
I("log", L, "log", f"2026-03-02 08:45:00 EROARE autentificare eșuată pentru utilizatorul 'mihai' (parolă expirată), id cerere {uuid()}")

# ============================================================== extra innocent look-alikes
I("calendar", "de", "termin", "BEGIN:VEVENT\nSUMMARY:Passwort-Manager Schulung (Pflicht)\nDTSTART;TZID=Europe/Berlin:20260310T100000\nLOCATION:Raum 2.14, Einwahl +49 30 0000 0000\nDESCRIPTION:Bitte vorher den Browser-Plugin installieren. Es werden keine Passwörter abgefragt.\nUID:" + uuid() + "\nEND:VEVENT")
I("voice", "fr", "suivi-dicte", "Client : Oui, alors mon numéro de commande c'est le 4, 7, 1, 9, 0, 2, 2, et le colis devait arriver samedi.\nConseiller : Je vois, le transporteur indique un retard d'un jour.")
I("spreadsheet", "es", "inventario", f"id_activo;uuid;modelo;ubicación\nPC-{rd(4)};{uuid()};ThinkPad T14;Madrid\nPC-{rd(4)};{uuid()};MacBook Air M3;Sevilla")
I("toolcall", "ja", "toolcall", json.dumps({"tool": "read_file", "arguments": {"path": "deploy/secrets.enc.yaml", "note": "暗号化済みファイルを読むだけ。復号は CI 上の KMS で行う"}}, ensure_ascii=False))
I("diff", "ko", "diff", f"diff --git a/Dockerfile b/Dockerfile\n-FROM node:20.11-alpine@sha256:{sha256()}\n+FROM node:20.15-alpine@sha256:{sha256()}\n # 베이스 이미지 보안 패치 반영")
I("calendar", "zh", "huiyi", "会议主题：密钥轮换复盘\n时间：2026年3月10日 14:00-15:00 (北京时间)\n地点：3楼大会议室\n议程：1. 回顾泄露事件时间线 2. 新的密钥管理流程 3. 权限最小化")
I("voice", "pt", "protocolo", "Atendente: Anota o número do protocolo: dois, zero, dois, seis, zero, três, zero, dois, quatro, cinco.\nCliente: Anotado, obrigado.")
I("shell", "ru", "ssh-keygen", f"$ ssh-keygen -t ed25519 -C \"deploy@ci\"\nGenerating public/private ed25519 key pair.\nEnter passphrase (empty for no passphrase):\nYour identification has been saved in /home/ci/.ssh/id_ed25519\nThe key fingerprint is:\nSHA256:{b64e(rb(32)).rstrip('=')} deploy@ci")
I("ticket", "pl", "zgloszenie", f"Zgłoszenie #{rd(5)}: Nie działa logowanie przez SSO\nID korelacji: {uuid()}\nKod błędu: AADSTS50076 (wymagane MFA). Proszę o sprawdzenie polityki dostępu warunkowego.")
I("webpage", "it", "faq", "Domande frequenti\nHo dimenticato la password, cosa faccio?\nClicca su «Password dimenticata?» nella pagina di accesso: riceverai un link valido 30 minuti. Per motivi di sicurezza il nostro staff non può vedere né comunicarti la tua password.")
I("form", "en", "form-placeholders", "Checkout\nCard number: [ 1234 5678 9012 3456 ]  (placeholder)\nExpiry: [ MM/YY ]\nCVC: [ 3 digits on the back ]\nPostcode: [ e.g. SW1A 1AA ]\n☐ Save this card for next time")
I("form", "de", "formular-leer", "Kontaktformular\nName: Anna Schmidt\nKundennummer: K-" + rd(6) + "\nAnliegen: Bitte um Zusendung der Rechnung vom 12.02.2026 als PDF.\nRückruf erwünscht: nein")
I("form", "ja", "form-henpin", f"返品申請フォーム\n注文番号：{rd(3)}-{rd(7)}-{rd(7)}\n返品理由：サイズ違い\n返金方法：ご購入時のお支払い方法（カード末尾 {rs(4, DG)}）")
I("voice", "es", "numero-pedido", "Agente: ¿Me dice el número de incidencia?\nCliente: Sí, es la I-N-C, guion, cuatro, cero, cero, nueve, uno.\nAgente: Gracias, ya la tengo abierta.")
I("form", "tr", "form-adres", f"Teslimat Bilgileri\nAd Soyad: Mehmet Kaya\nAdres: Moda Cad. No:15 D:4\nPosta Kodu: 34710\nSipariş No: {rd(10)}\nNot: Kapıcıya bırakılabilir.")


# ============================================================== self-check
def _self_check():
    from collections import Counter
    import runpy
    import sys
    ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for x in SECRETS:
        assert x.id.startswith("secret/") and x.id.count("/") == 3, x.id
        assert x.secret and x.secret in x.text, f"secret not in text: {x.id}"
        assert 40 <= len(x.text) <= 1200, f"length {len(x.text)}: {x.id}"
    for x in INNOCENT:
        assert x.id.startswith("innocent/") and x.id.count("/") == 3, x.id
        assert 40 <= len(x.text) <= 1200, f"length {len(x.text)}: {x.id}"
    # generator sanity (check digits)
    for _ in range(50):
        assert luhn_ok(card("visa")) and luhn_ok(card("amex")) and luhn_ok(card("mc"))
        assert iban_ok(iban(R.choice(sorted(_IBAN_FMT))))
        assert verhoeff_ok(in_aadhaar().replace(" ", ""))
    # determinism: a fresh execution of this file yields identical data
    if "__file__" in globals():
        ns = runpy.run_path(__file__, run_name="corpus_c19_recheck")
        assert [tuple(x) for x in ns["SECRETS"]] == [tuple(x) for x in SECRETS], "non-deterministic SECRETS"
        assert [tuple(x) for x in ns["INNOCENT"]] == [tuple(x) for x in INNOCENT], "non-deterministic INNOCENT"
    print(f"SECRETS: {len(SECRETS)}   INNOCENT: {len(INNOCENT)}")
    by_set = Counter()
    for x in SECRETS:
        by_set[(x.id.split("/")[1], "S")] += 1
    for x in INNOCENT:
        by_set[(x.id.split("/")[1], "I")] += 1
    settings = sorted({k[0] for k in by_set})
    print("by setting (secret / innocent):")
    for s in settings:
        print(f"  {s:12s} {by_set[(s, 'S')]:4d} / {by_set[(s, 'I')]:4d}")
    langs = Counter(x.id.split("/")[2] for x in SECRETS)
    langi = Counter(x.id.split("/")[2] for x in INNOCENT)
    print("by language (secret / innocent):")
    for lg in sorted(set(langs) | set(langi)):
        print(f"  {lg}: {langs[lg]} / {langi[lg]}")
    print("self-check OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(_self_check())
