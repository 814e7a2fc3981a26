"""Independent secret-redaction test corpus no. 11

Written by a helper session on 2026-12-07 (start time: Mon Dec  7 00:57:35 UTC 2026),
without seeing the redaction engine, its rules, its tests or any earlier corpus.

Every secret value below is generated at import time from random.Random(20261207)
with the shape of its kind (vendor prefixes and lengths, Luhn-valid cards, mod-97
IBANs, national ids with their real check digits, ...).  Nothing is a real credential.

SECRETS:   Secret(id, text, secret)  -- `secret` is an exact substring of `text`
           that must not survive redaction.
INNOCENT:  Innocent(id, text)        -- must come back byte for byte.

Settings covered (mixed everyday and technical):
  households / family group chats, babysitter and house-sitter notes, holiday
  rentals and lock boxes, landlords and tenants, small shops (bakery POS, salon,
  café Wi-Fi), trades (plumber, electrician, alarm installer), banking and
  payments, e-commerce customer support, public services (tax office, pensions,
  social security, city hall forms), healthcare (clinic portal, pharmacy,
  insurers, hospital admission forms), travel (airlines, hotels, car rental,
  passports/visas), schools and universities, sports clubs and gyms, HR
  onboarding, IT helpdesk, SMS / e-mail / voicemail transcripts, OCR of cards
  and documents; and technical work: bash, zsh, PowerShell, Python, Node/JS,
  TypeScript, Go, Rust, Java/Spring, Kotlin/Android/Gradle, Swift/iOS,
  C#/.NET, PHP/Laravel, Ruby/Rails, Elixir, C/Arduino/ESP32, Terraform,
  Ansible, Docker/compose, Kubernetes/Helm, GitHub Actions, GitLab CI,
  Jenkins, CircleCI, AWS CLI, gcloud, az CLI, PostgreSQL, MySQL, SQL Server,
  MongoDB, Redis, Snowflake, Kafka, RabbitMQ, nginx, systemd, crontab, SSH,
  WireGuard, OpenVPN, HTTP requests/responses and cookies, webhooks (Slack,
  Discord, Teams), Jupyter, Weights & Biases, Hugging Face, Kaggle,
  Databricks, MLflow, Home Assistant, MQTT, Raspberry Pi, LLM agent tool calls
  with JSON arguments and agent logs.

Places the secrets sit: prose, chat turns, tool-call JSON arguments, command
lines, .env / YAML / TOML / INI / JSON / XML / HCL / properties / Dockerfile /
nginx / systemd files, logs, URLs (userinfo and query strings), base64,
URL-encoding, JSON-escaped strings, values split across lines, dictated aloud
(digits spelled out), typos, tables, filled-in forms.

Languages besides English: German, French, Spanish, Portuguese (BR), Italian,
Dutch, Polish, Swedish, Finnish, Turkish, Greek, Russian, Ukrainian, Arabic,
Hebrew, Hindi, Chinese, Japanese, Korean, Thai, Vietnamese, Indonesian.
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import urllib.parse
import uuid
import zlib
from typing import NamedTuple


class Secret(NamedTuple):
    id: str
    text: str
    secret: str


class Innocent(NamedTuple):
    id: str
    text: str


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []

R = random.Random(20261207)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64U = AN + "-_"
B64 = AN + "+/"


def sec(id_: str, text: str, secret: str) -> None:
    SECRETS.append(Secret(id_, text, secret))


def inn(id_: str, text: str) -> None:
    INNOCENT.append(Innocent(id_, text))


# --------------------------------------------------------------------------
# generic generators
# --------------------------------------------------------------------------
def rs(n: int, alpha: str = AN) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def dg(n: int, first_nonzero: bool = False) -> str:
    s = rs(n, DG)
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def hx(n: int) -> str:
    return rs(n, HEX)


def b64b(n: int) -> str:
    return base64.b64encode(R.randbytes(n)).decode()


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def wrap(s: str, n: int = 64) -> str:
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


def rand_uuid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


WORDS = ["Sonnenblume", "marmalade", "Tigerente", "kayak", "Lighthouse", "zebra",
         "Pumpkin", "Bratwurst", "copper", "Nordlicht", "Flamingo", "granite",
         "Maracuja", "orbit", "Velvet", "Koala", "Papagei", "cactus", "Hafen",
         "Biscotti", "tornado", "Lavande", "Mariposa", "Walnuss", "Girasole"]


def human_pw() -> str:
    w = R.choice(WORDS)
    style = R.randint(0, 3)
    if style == 0:
        return f"{w}{R.choice('!#$@?*.')}{R.randint(10, 9999)}"
    if style == 1:
        return f"{w}{R.randint(1, 99)}{R.choice(WORDS).lower()}{R.choice('!?')}"
    if style == 2:
        return f"{R.randint(1, 31):02d}{w}{R.randint(1950, 2019)}"
    return f"{w.capitalize()}_{R.choice(WORDS)}{R.randint(1, 9)}"


def strong_pw(n: int = 20) -> str:
    return rs(n, AN + "!#%^*-_=+.~")


def url_pw(n: int = 20) -> str:
    return rs(n, AN + "-_.~")


# --------------------------------------------------------------------------
# check-digit schemes
# --------------------------------------------------------------------------
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
    return luhn_digit(num[:-1]) == num[-1]


def luhn_num(prefix: str, length: int) -> str:
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body)


def card(kind: str = "visa") -> str:
    if kind == "visa":
        return luhn_num("4", 16)
    if kind == "mc":
        return luhn_num(R.choice(["51", "52", "53", "54", "55", "2221", "2720", "2500"]), 16)
    if kind == "amex":
        return luhn_num(R.choice(["34", "37"]), 15)
    if kind == "discover":
        return luhn_num("6011", 16)
    if kind == "jcb":
        return luhn_num("35" + str(R.randint(28, 89)), 16)
    if kind == "unionpay":
        return luhn_num("62" + dg(2), 16)
    if kind == "mir":
        return luhn_num("220" + str(R.randint(0, 4)), 16)
    if kind == "troy":
        return luhn_num("9792", 16)
    raise ValueError(kind)


def grp(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def amex_fmt(s: str) -> str:
    return f"{s[:4]} {s[4:10]} {s[10:]}"


def cvv(n: int = 3) -> str:
    return dg(n)


def iban(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def iban_de() -> str:
    return iban("DE", dg(8, True) + dg(10))


def iban_fr() -> str:
    return iban("FR", dg(5) + dg(5) + dg(11) + dg(2))


def iban_es() -> str:
    return iban("ES", dg(20))


def iban_gb() -> str:
    return iban("GB", R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(6) + dg(8))


def iban_nl() -> str:
    return iban("NL", R.choice(["INGB", "ABNA", "RABO", "SNSB"]) + dg(10))


def iban_it() -> str:
    return iban("IT", R.choice(UP) + dg(5) + dg(5) + dg(12))


def iban_pl() -> str:
    return iban("PL", dg(24))


def iban_tr() -> str:
    return iban("TR", dg(5) + "0" + dg(16))


def iban_sa() -> str:
    return iban("SA", dg(2) + dg(18))


def iban_ch() -> str:
    return iban("CH", dg(5) + dg(12))


def iban_pt() -> str:
    return iban("PT", dg(21))


def iban_gr() -> str:
    return iban("GR", dg(7) + dg(16))


def iban_ua() -> str:
    return iban("UA", dg(6) + dg(19))


def iban_se() -> str:
    return iban("SE", dg(3) + dg(17))


def iban_fi() -> str:
    return iban("FI", dg(14))


def iban_il() -> str:
    return iban("IL", dg(19))


def iban_ae() -> str:
    return iban("AE", dg(3) + dg(16))


def aba() -> str:
    d = [int(c) for c in str(R.choice([0, 1, 2, 3])) + dg(7)]
    chk = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
    return "".join(map(str, d)) + str(chk)


def ssn() -> str:
    area = R.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def ein() -> str:
    return f"{R.choice([12, 20, 27, 45, 46, 81, 82, 84, 88, 91])}-{dg(7)}"


def nir_fr() -> str:
    base = (R.choice("12") + f"{R.randint(50, 99):02d}" + f"{R.randint(1, 12):02d}"
            + f"{R.randint(1, 95):02d}" + f"{R.randint(1, 999):03d}" + f"{R.randint(1, 999):03d}")
    key = 97 - int(base) % 97
    return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"


def dni_es() -> str:
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn_nl() -> str:
    while True:
        d = [int(c) for c in dg(8, True)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def cpf_br() -> str:
    n = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(n, range(k, 1, -1)))
        n.append((s * 10) % 11 % 10)
    s = "".join(map(str, n))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cn_id() -> str:
    region = R.choice(["110105", "440305", "310104", "330106", "510107", "420106"])
    birth = f"{R.randint(1960, 2004)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    body = region + birth + dg(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body, w))
    return body + "10X98765432"[s % 11]


def pesel() -> str:
    body = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + dg(4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * x for c, x in zip(body, w))
    return body + str((10 - s % 10) % 10)


def personnummer_se() -> str:
    body = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + dg(3)
    c = luhn_digit(body)
    return f"{body[:6]}-{body[6:]}{c}"


def hetu_fi() -> str:
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(50, 99)
    nnn = R.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{nnn:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]


def rrn_kr() -> str:
    body = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + R.choice("12") + dg(5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * x for c, x in zip(body, w))
    full = body + str((11 - s % 11) % 10)
    return f"{full[:6]}-{full[6:]}"


def my_number_jp() -> str:
    d = dg(11, True)
    s = sum(int(d[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    full = d + str(c)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def tc_kimlik() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def israeli_id() -> str:
    body = dg(8)
    return body + luhn_digit(body)


def sin_ca() -> str:
    body = R.choice("1234567") + dg(7)
    full = body + luhn_digit(body)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def nhs_number() -> str:
    while True:
        d = dg(9, True)
        s = sum(int(c) * w for c, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            f = d + str(c)
            return f"{f[:3]} {f[3:6]} {f[6:]}"


def kvnr_de() -> str:
    letter = R.choice(UP)
    body = dg(8)
    digits = f"{ord(letter) - 64:02d}" + body
    total = 0
    for i, ch in enumerate(digits):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return letter + body + str(total % 10)


def steuer_id_de() -> str:
    while True:
        digs = list(range(10))
        R.shuffle(digs)
        nine = digs[:9]
        ten = nine + [R.choice(nine)]
        R.shuffle(ten)
        if ten[0] == 0:
            continue
        product = 10
        for d in ten:
            s = (d + product) % 10
            if s == 0:
                s = 10
            product = (s * 2) % 11
        chk = 11 - product
        if chk == 10:
            chk = 0
        return "".join(map(str, ten)) + str(chk)


VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VH_D[c][VH_P[i % 8][int(ch)]]
    return c == 0


def aadhaar() -> str:
    body = str(R.randint(2, 9)) + dg(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VH_D[c][VH_P[(i + 1) % 8][int(ch)]]
    full = body + str(VH_INV[c])
    assert verhoeff_ok(full)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def pan_in() -> str:
    return rs(3, UP) + "P" + rs(1, UP) + dg(4) + rs(1, UP)


def snils_ru() -> str:
    while True:
        d = dg(9, True)
        s = sum(int(c) * w for c, w in zip(d, range(9, 0, -1)))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            if c == 100:
                c = 0
        return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}"


def rnokpp_ua() -> str:
    d = dg(9, True)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    c = sum(int(x) * y for x, y in zip(d, w)) % 11 % 10
    return d + str(c)


def thai_id() -> str:
    body = str(R.randint(1, 8)) + dg(11)
    s = sum(int(c) * (13 - i) for i, c in enumerate(body))
    full = body + str((11 - s % 11) % 10)
    return f"{full[0]}-{full[1:5]}-{full[5:10]}-{full[10:12]}-{full[12]}"


def emirates_id() -> str:
    body = "784" + str(R.randint(1970, 2003)) + dg(7)
    full = body + luhn_digit(body)
    return f"{full[:3]}-{full[3:7]}-{full[7:14]}-{full[14]}"


def amka_gr() -> str:
    body = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}" + dg(4)
    return body + luhn_digit(body)


def nino_uk() -> str:
    a = R.choice("ABCEGHJKLMNPRSTWXYZ")
    b = R.choice("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
    d = dg(6)
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {R.choice('ABCD')}"


def mbi_us() -> str:
    al = "".join(c for c in UP if c not in "SLOIBZ")
    an = al + DG
    return (R.choice("123456789") + R.choice(al) + R.choice(an) + R.choice(DG) + R.choice(al)
            + R.choice(an) + R.choice(DG) + R.choice(al) + R.choice(al) + R.choice(DG) + R.choice(DG))


def tfn_au() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = dg(9, True)
        if sum(int(c) * x for c, x in zip(d, w)) % 11 == 0:
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def partita_iva() -> str:
    return luhn_num("0" + str(R.randint(1, 9)), 11)


def mrz_check(s: str) -> str:
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            v = int(ch)
        elif ch == "<":
            v = 0
        else:
            v = ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def base62_crc(body: str) -> str:
    alpha = DG + UP + LO
    crc = zlib.crc32(body.encode())
    out = ""
    while crc:
        crc, r = divmod(crc, 62)
        out = alpha[r] + out
    return out.rjust(6, "0")


# --------------------------------------------------------------------------
# vendor token shapes
# --------------------------------------------------------------------------
def gh_token(prefix: str = "ghp_") -> str:
    body = rs(30)
    return prefix + body + base62_crc(body)


def gh_fine() -> str:
    return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59)


def aws_akid(prefix: str = "AKIA") -> str:
    return prefix + rs(16, UP + "234567")


def aws_secret() -> str:
    return rs(40, B64)


def slack_bot() -> str:
    return f"xoxb-{dg(12, True)}-{dg(13, True)}-{rs(24)}"


def slack_user() -> str:
    return f"xoxp-{dg(12, True)}-{dg(12, True)}-{dg(13, True)}-{hx(32)}"


def slack_webhook() -> str:
    return f"https://hooks.slack.com/services/T{rs(10, UP + DG)}/B{rs(10, UP + DG)}/{rs(24)}"


def stripe(prefix: str = "sk_live_") -> str:
    return prefix + "51" + rs(12, UP + DG) + rs(85)


def sendgrid() -> str:
    return "SG." + rs(22, B64U) + "." + rs(43, B64U)


def openai_key() -> str:
    return "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(93, B64U) + "AA"


def google_api() -> str:
    return "AIza" + rs(35, B64U)


def jwt(payload: dict, alg: str = "HS256") -> str:
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(R.randbytes(32 if alg.startswith("HS") else 256))
    return f"{h}.{p}.{sig}"


def npm_token() -> str:
    return "npm_" + rs(36)


def pypi_token() -> str:
    return "pypi-AgEIcHlwaS5vcmc" + rs(150, B64U)


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{dg(19, True)}/{rs(68, B64U)}"


def discord_bot() -> str:
    uid = dg(19, True)
    return b64u(uid.encode()) + "." + rs(6, B64U) + "." + rs(38, B64U)


def telegram_bot() -> str:
    return f"{dg(10, True)}:AA{rs(33, B64U)}"


def gitlab_pat() -> str:
    return "glpat-" + rs(20, B64U)


def hf_token() -> str:
    return "hf_" + rs(34, UP + LO)


def rsa_pem() -> str:
    raw = bytes.fromhex("308204a40201000282010100") + R.randbytes(1180)
    return "-----BEGIN RSA PRIVATE KEY-----\n" + wrap(base64.b64encode(raw).decode()) + "\n-----END RSA PRIVATE KEY-----"


def pkcs8_body() -> str:
    raw = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + R.randbytes(1180)
    return wrap(base64.b64encode(raw).decode())


def openssh_body() -> str:
    pub = R.randbytes(32)
    raw = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
           b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + pub + b"\x00\x00\x00\x88"
           + R.randbytes(4) * 2 + b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + pub
           + b"\x00\x00\x00@" + R.randbytes(64) + b"\x00\x00\x00\x0bdev@laptop\x01\x02\x03")
    return wrap(base64.b64encode(raw).decode(), 70)


def ec_p8_body() -> str:
    raw = (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420")
           + R.randbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + R.randbytes(64))
    return wrap(base64.b64encode(raw).decode())


def wg_key() -> str:
    return base64.b64encode(R.randbytes(32)).decode()


def base32_seed(n: int = 32) -> str:
    return rs(n, UP + "234567")


def bech32_upper(n: int) -> str:
    return rs(n, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def gh_recovery() -> str:
    return f"{hx(5)}-{hx(5)}"


def laravel_key() -> str:
    return "base64:" + b64b(32)


def azure_account_key() -> str:
    return b64b(64)


def basic(user: str, pw: str) -> str:
    return base64.b64encode(f"{user}:{pw}".encode()).decode()


def php_sessid() -> str:
    return rs(26, "abcdefghijklmnopqrstuv0123456789")


def otp(n: int = 6) -> str:
    return dg(n)


def pin(n: int = 4) -> str:
    return dg(n)


NUM_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# ==========================================================================
# SECRETS — technical settings
# ==========================================================================

# --- bash / shells ---------------------------------------------------------
k = gh_token()
sec("github_pat/git_clone_url",
    f"$ git clone https://octo-dev:{k}@github.com/acme-corp/billing-service.git\n"
    "Cloning into 'billing-service'...\nremote: Enumerating objects: 4183, done.", k)

k = aws_secret()
a = aws_akid()
sec("aws_secret/export_lines",
    f"ubuntu@ip-10-0-3-17:~$ export AWS_ACCESS_KEY_ID={a}\n"
    f"ubuntu@ip-10-0-3-17:~$ export AWS_SECRET_ACCESS_KEY={k}\n"
    "ubuntu@ip-10-0-3-17:~$ aws s3 ls s3://acme-backups-eu/\n"
    "                           PRE 2026-12-01/", k)

sec("aws_access_key_id/export_lines_same_session",
    f"export AWS_ACCESS_KEY_ID={a}\nexport AWS_DEFAULT_REGION=eu-central-1\naws sts get-caller-identity", a)

a2, k2 = aws_akid(), aws_secret()
sec("aws_secret/credentials_file",
    "~/.aws/credentials\n\n[default]\n"
    f"aws_access_key_id = {a2}\naws_secret_access_key = {k2}\n\n[staging]\nrole_arn = arn:aws:iam::402217391842:role/deployer\nsource_profile = default\n", k2)

sts_token = "IQoJb3JpZ2luX2VjE" + rs(380, B64)
sec("aws_session_token/sts_json_output",
    "$ aws sts assume-role --role-arn arn:aws:iam::402217391842:role/ci --role-session-name gha\n"
    + json.dumps({"Credentials": {"AccessKeyId": aws_akid("ASIA"), "SecretAccessKey": aws_secret(),
                                  "SessionToken": sts_token, "Expiration": "2026-12-07T02:14:09+00:00"}}, indent=4), sts_token)

pw = human_pw()
sec("password/mysql_cli_inline",
    f"root@db01:~# mysql -u backup -p'{pw}' -h 127.0.0.1 shop_prod -e 'SHOW TABLES;'\n"
    "mysql: [Warning] Using a password on the command line interface can be insecure.", pw)

pw = url_pw(18)
sec("password/pgpassword_env_zsh",
    f"➜  ~ PGPASSWORD={pw} pg_dump -h pg.internal -U reporting -d analytics -Fc > analytics.dump\n➜  ~ ls -lh analytics.dump\n-rw-r--r--  1 mara  staff   1.2G Dec  7 01:03 analytics.dump", pw)

pw = human_pw()
sec("password/curl_user_flag",
    f"curl -sS -u admin:{pw} https://jenkins.internal.example.net/api/json?pretty=true | jq '.jobs[].name'", pw)

tok = gh_token("ghp_")
hist = (f"  501  cd ~/src/infra\n  502  git pull\n  503  echo {tok} | docker login ghcr.io -u lena-k --password-stdin\n"
        "  504  docker push ghcr.io/lena-k/infra-tools:1.8.2\n  505  history | tail")
sec("github_pat/bash_history", hist, tok)

pw = strong_pw(16)
sec("password/sshpass_command",
    f"sshpass -p '{pw}' ssh -o StrictHostKeyChecking=no pi@192.168.1.44 'sudo systemctl restart pihole-FTL'", pw)

# --- PowerShell -------------------------------------------------------------
pw = human_pw()
sec("password/powershell_securestring",
    f"PS C:\\Users\\admin> $pw = ConvertTo-SecureString \"{pw}\" -AsPlainText -Force\n"
    "PS C:\\Users\\admin> $cred = New-Object System.Management.Automation.PSCredential('CORP\\svc_backup', $pw)\n"
    "PS C:\\Users\\admin> Enter-PSSession -ComputerName FS02 -Credential $cred", pw)

k = azure_account_key()
conn = f"DefaultEndpointsProtocol=https;AccountName=stcontosologs;AccountKey={k};EndpointSuffix=core.windows.net"
sec("azure_storage_key/az_cli_connection_string",
    f"PS> az storage account show-connection-string -g rg-logs -n stcontosologs\n{{\n  \"connectionString\": \"{conn}\"\n}}", k)

sas_sig = urllib.parse.quote(b64b(32), safe="")
sas_url = (f"https://stcontosologs.blob.core.windows.net/exports/2026-12/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r"
           f"&se=2026-12-14T00:00:00Z&st=2026-12-07T00:00:00Z&spr=https&sig={sas_sig}")
sec("azure_sas_sig/blob_url_in_chat",
    f"Hey, here's the export link, valid for a week: {sas_url}", sas_sig)

# --- Python ------------------------------------------------------------------
k = openai_key()
sec("openai_key/python_snippet",
    "from openai import OpenAI\n\n"
    f"client = OpenAI(api_key=\"{k}\")\n"
    "resp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": \"hi\"}])\n"
    "print(resp.choices[0].message.content)", k)

k = anthropic_key()
sec("anthropic_key/python_env_traceback",
    "Traceback (most recent call last):\n  File \"/app/agent.py\", line 12, in <module>\n"
    f"    client = anthropic.Anthropic(api_key=os.environ.get(\"ANTHROPIC_API_KEY\", \"{k}\"))\n"
    "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error'}}", k)

dj = "django-insecure-" + rs(50, LO + DG + "!@#$%^&*(-_=+)")
sec("django_secret_key/settings_py",
    "# settings.py\nfrom pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\n"
    f"SECRET_KEY = '{dj}'\n\nDEBUG = True\nALLOWED_HOSTS = ['localhost', '127.0.0.1']\n", dj)

pw = url_pw(22)
sec("password/sqlalchemy_url",
    f"engine = create_engine(\"postgresql+psycopg2://etl_user:{pw}@10.20.0.15:5432/warehouse\", pool_pre_ping=True)", pw)

fk = hx(64)
sec("flask_secret/app_config",
    f"app = Flask(__name__)\napp.config['SECRET_KEY'] = '{fk}'\napp.config['SESSION_COOKIE_SECURE'] = True", fk)

hf = hf_token()
sec("hf_token/notebook_login_cell",
    "In [3]: from huggingface_hub import login\n"
    f"In [4]: login(token=\"{hf}\")\n"
    "Token is valid (permission: write).\nYour token has been saved to /root/.cache/huggingface/token", hf)

wb = hx(40)
sec("wandb_key/cli_login",
    f"(venv) $ wandb login {wb}\nwandb: Appending key for api.wandb.ai to your netrc file: /home/jovyan/.netrc", wb)

kg = hx(32)
sec("kaggle_key/kaggle_json",
    "$ cat ~/.kaggle/kaggle.json\n" + json.dumps({"username": "priya_ml", "key": kg}), kg)

db = "dapi" + hx(32)
sec("databricks_token/cfg",
    "[DEFAULT]\nhost = https://adb-4829173651029384.4.azuredatabricks.net\n" + f"token = {db}\n", db)

jt = hx(48)
sec("jupyter_token/server_url_log",
    "[I 2026-12-07 01:12:44.118 ServerApp] Jupyter Server 2.14.2 is running at:\n"
    f"[I 2026-12-07 01:12:44.118 ServerApp] http://gpu-node-3:8888/lab?token={jt}\n"
    f"[I 2026-12-07 01:12:44.118 ServerApp]     http://127.0.0.1:8888/lab?token={jt}", jt)

pw = human_pw()
sec("password/mlflow_env",
    f"export MLFLOW_TRACKING_URI=https://mlflow.lab.internal\nexport MLFLOW_TRACKING_USERNAME=jdoe\nexport MLFLOW_TRACKING_PASSWORD='{pw}'\npython train.py --epochs 40", pw)

pw = strong_pw(18)
sec("password/snowflake_connector",
    "conn = snowflake.connector.connect(\n    user='ANALYTICS_SVC',\n"
    f"    password='{pw}',\n    account='xy12345.eu-west-1',\n    warehouse='COMPUTE_WH',\n)", pw)

# --- Node / JS / TS ----------------------------------------------------------
sk = stripe("sk_live_")
sec("stripe_secret/node_require",
    f"const stripe = require('stripe')('{sk}');\n\nconst session = await stripe.checkout.sessions.create({{ mode: 'payment' }});", sk)

wh = "whsec_" + rs(32)
sec("stripe_webhook_secret/dotenv",
    f"# .env.local\nNEXT_PUBLIC_SITE_URL=http://localhost:3000\nSTRIPE_WEBHOOK_SECRET={wh}\nDATABASE_URL=file:./dev.db\n", wh)

nt = npm_token()
sec("npm_token/npmrc",
    f"$ cat .npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={nt}\nsave-exact=true", nt)

ses = rs(32)
jwt_secret = rs(40, AN)
sec("jwt_secret/typescript_config",
    "export const config = {\n  port: Number(process.env.PORT ?? 8080),\n"
    f"  jwtSecret: process.env.JWT_SECRET || \"{jwt_secret}\",\n  tokenTtl: '15m',\n}};", jwt_secret)

mongo_pw = url_pw(16)
sec("password/mongodb_srv_uri",
    f"await mongoose.connect('mongodb+srv://catalog-app:{mongo_pw}@cluster0.b7x2k.mongodb.net/catalog?retryWrites=true&w=majority');", mongo_pw)

sg = sendgrid()
sec("sendgrid_key/nodemailer_transport",
    "const transporter = nodemailer.createTransport({\n  host: 'smtp.sendgrid.net',\n  port: 587,\n"
    f"  auth: {{ user: 'apikey', pass: '{sg}' }},\n}});", sg)

# --- Go / Rust / Java / Kotlin / Swift / C# / PHP / Ruby / Elixir -----------
pw = url_pw(20)
sec("password/go_dsn",
    f"dsn := \"billing:{pw}@tcp(mysql-primary:3306)/billing?parseTime=true&loc=UTC\"\ndb, err := sql.Open(\"mysql\", dsn)", pw)

rk = rs(64, AN)
sec("api_key/rust_const",
    f"const MAPS_KEY: &str = \"{google_api()}\";\nconst INTERNAL_HMAC_KEY: &[u8] = b\"{rk}\";\n", rk)

pw = human_pw()
sec("password/spring_application_yml",
    "spring:\n  datasource:\n    url: jdbc:postgresql://pg-orders:5432/orders\n    username: orders_app\n"
    f"    password: {pw}\n  jpa:\n    hibernate:\n      ddl-auto: validate\n", pw)

ks = human_pw()
sec("password/android_gradle_properties",
    "# gradle.properties (DO NOT COMMIT)\nRELEASE_STORE_FILE=../keystore/release.jks\n"
    f"RELEASE_STORE_PASSWORD={ks}\nRELEASE_KEY_ALIAS=upload\nRELEASE_KEY_PASSWORD={ks}\n", ks)

p8 = ec_p8_body()
sec("apple_p8_key/app_store_connect",
    "AuthKey_7UX4M2QK9B.p8:\n-----BEGIN PRIVATE KEY-----\n" + p8 + "\n-----END PRIVATE KEY-----\n"
    "Key ID: 7UX4M2QK9B  Issuer ID: 69a6de7e-03b2-47e3-e053-5b8c7c11a4d1", p8)

sq = "EAAA" + rs(60, B64U)
sec("square_token/swift_constant",
    f"enum Secrets {{\n    static let squareAccessToken = \"{sq}\"\n    static let environment = \"production\"\n}}", sq)

pw = strong_pw(16)
sec("password/dotnet_appsettings_json",
    json.dumps({"ConnectionStrings": {"Default": f"Server=tcp:sql-erp.database.windows.net,1433;Initial Catalog=erp;User ID=erp_app;Password={pw};Encrypt=True;"},
                "Logging": {"LogLevel": {"Default": "Information"}}}, indent=2), pw)

lk = laravel_key()
sec("laravel_app_key/env",
    f"APP_NAME=Bäckerei-Shop\nAPP_ENV=production\nAPP_KEY={lk}\nAPP_DEBUG=false\nAPP_URL=https://shop.baeckerei-sommer.de\n", lk)

rails = hx(128)
sec("rails_secret_key_base/credentials_decrypted",
    "$ bin/rails credentials:show\n"
    f"secret_key_base: {rails}\n\naws:\n  region: eu-west-1\n", rails)

ex = b64b(48)
sec("elixir_secret_key_base/runtime_exs",
    "config :my_app, MyAppWeb.Endpoint,\n  url: [host: \"example.com\", port: 443],\n"
    f"  secret_key_base: \"{ex}\"\n", ex)

# --- C / embedded --------------------------------------------------------------
wifi = human_pw()
sec("wifi_password/arduino_define",
    "#include <WiFi.h>\n#include <PubSubClient.h>\n\n#define WIFI_SSID     \"FRITZ!Box 7590 KL\"\n"
    f"#define WIFI_PASSWORD \"{wifi}\"\n#define MQTT_HOST     \"192.168.178.20\"\n", wifi)

mq = url_pw(14)
sec("password/mosquitto_pub",
    f"mosquitto_pub -h 192.168.178.20 -u garden -P {mq} -t garden/valve/1/set -m ON", mq)

# --- HA / home automation -----------------------------------------------------
ha = jwt({"iss": hx(32), "iat": 1765060000, "exp": 2080420000})
sec("homeassistant_token/secrets_yaml",
    "# secrets.yaml\nlatitude_home: 52.5200\nlongitude_home: 13.4050\n"
    f"grafana_ha_token: \"{ha}\"\nsolar_api_key: !secret\n", ha)

# --- infra as code / CI ---------------------------------------------------------
tfpw = strong_pw(20)
sec("password/terraform_tfvars",
    f"region        = \"eu-west-1\"\ninstance_type = \"db.t4g.medium\"\ndb_username   = \"app\"\ndb_password   = \"{tfpw}\"\n", tfpw)

tfc = rs(14) + ".atlasv1." + rs(67)
sec("terraform_cloud_token/credentials_tfrc",
    "credentials \"app.terraform.io\" {\n" + f"  token = \"{tfc}\"\n" + "}\n", tfc)

ans = human_pw()
sec("password/ansible_inventory",
    "[webservers]\nweb1.example.org\nweb2.example.org\n\n[webservers:vars]\nansible_user=deploy\n"
    f"ansible_become_pass={ans}\n", ans)

gl = gitlab_pat()
sec("gitlab_pat/gitlab_ci_yaml",
    "release:\n  stage: deploy\n  script:\n"
    f"    - curl --header \"PRIVATE-TOKEN: {gl}\" \"https://gitlab.example.com/api/v4/projects/42/releases\"\n", gl)

ghs = gh_token("ghs_")
sec("github_actions_token/workflow_log",
    "2026-12-07T01:20:11.2291Z ##[group]Run actions/checkout@v4\n"
    f"2026-12-07T01:20:11.2301Z   token: {ghs}\n2026-12-07T01:20:11.2302Z   ssh-strict: true\n", ghs)

dh = "dckr_pat_" + rs(27, B64U)
sec("dockerhub_pat/jenkinsfile",
    "pipeline {\n  agent any\n  stages {\n    stage('Push') {\n      steps {\n"
    f"        sh 'docker login -u acmebuild -p {dh}'\n        sh 'docker push acme/api:${{BUILD_NUMBER}}'\n"
    "      }\n    }\n  }\n}", dh)

cc = hx(40)
sec("circleci_token/api_call",
    f"curl -X POST https://circleci.com/api/v2/project/gh/acme/web/pipeline -H \"Circle-Token: {cc}\" -H 'Content-Type: application/json'", cc)

dauth = basic("acmebuild", human_pw())
sec("docker_auth/config_json_base64",
    json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": dauth}}, "credsStore": ""}, indent="\t"), dauth)

# --- Kubernetes ---------------------------------------------------------------
kpw = strong_pw(24)
kpw_b64 = base64.b64encode(kpw.encode()).decode()
sec("k8s_secret/data_base64",
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-db\n  namespace: prod\ntype: Opaque\ndata:\n"
    f"  username: {base64.b64encode(b'payments').decode()}\n  password: {kpw_b64}\n", kpw_b64)

kt = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
          "sub": "system:serviceaccount:ci:deployer"}, "RS256")
sec("k8s_sa_token/kubeconfig",
    "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.96.0.1:6443\n  name: prod\n"
    f"users:\n- name: deployer\n  user:\n    token: {kt}\n", kt)

hpw = human_pw()
sec("password/helm_set_flag",
    f"helm upgrade --install grafana grafana/grafana -n monitoring --set adminPassword='{hpw}' --set persistence.enabled=true", hpw)

# --- docker compose / Dockerfile ------------------------------------------------
cpw = url_pw(16)
sec("password/docker_compose_env",
    "services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_USER: nextcloud\n"
    f"      POSTGRES_PASSWORD: {cpw}\n    volumes:\n      - db:/var/lib/postgresql/data\n", cpw)

dk = npm_token()
sec("npm_token/dockerfile_arg",
    f"FROM node:20-alpine\nWORKDIR /app\nENV NPM_TOKEN={dk}\nCOPY package*.json ./\nRUN npm ci --omit=dev\n", dk)

# --- databases / queues ------------------------------------------------------------
rpw = rs(32, AN)
sec("password/redis_url_log",
    f"2026-12-07 01:22:03,441 INFO celery.worker.consumer.connection Connected to redis://:{rpw}@redis-master.cache.svc:6379/0", rpw)

amqp = url_pw(18)
sec("password/amqp_url",
    f"CELERY_BROKER_URL=amqp://orders:{amqp}@rabbitmq.internal:5672/orders_vhost", amqp)

kafka_pw = rs(64, AN + "+/")
sec("kafka_sasl_secret/properties",
    "bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n"
    f"sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{rs(16, UP + DG)}\" password=\"{kafka_pw}\";\n", kafka_pw)

sqlpw = human_pw()
sec("password/sql_create_user",
    f"postgres=# CREATE ROLE grafana_reader LOGIN PASSWORD '{sqlpw}';\nCREATE ROLE\npostgres=# GRANT pg_read_all_data TO grafana_reader;\nGRANT ROLE", sqlpw)

jdbc_pw = strong_pw(14)
sec("password/jdbc_sqlserver_log",
    f"2026-12-07 01:25:40.112 ERROR [main] o.h.e.j.s.SqlExceptionHelper - Login failed for url jdbc:sqlserver://sql01:1433;databaseName=hr;user=hr_app;password={jdbc_pw};encrypt=true", jdbc_pw)

# --- web servers / system ---------------------------------------------------------
htp = "$apr1$" + rs(8, AN + "./") + "$" + rs(22, AN + "./")
sec("password_hash/htpasswd_file",
    f"$ cat /etc/nginx/.htpasswd\nstaging:{htp}\n", htp)

sysd = hx(32)
sec("api_key/systemd_unit_environment",
    "[Unit]\nDescription=Backup uploader\nAfter=network-online.target\n\n[Service]\n"
    f"Environment=\"B2_APPLICATION_KEY_ID=0051a2b3c4d5e6f0000000007\"\nEnvironment=\"B2_APPLICATION_KEY=K005{sysd[:27]}\"\n"
    "ExecStart=/usr/local/bin/restic backup /srv\n", "K005" + sysd[:27])

cron_tok = telegram_bot()
sec("telegram_bot_token/crontab",
    f"# m h dom mon dow command\n*/15 * * * * /home/pi/bin/check_temp.sh && curl -s \"https://api.telegram.org/bot{cron_tok}/sendMessage?chat_id=81234567&text=ok\"\n", cron_tok)

ossh = openssh_body()
sec("ssh_private_key/openssh_pasted",
    "ok here's the deploy key, add it to the runner:\n\n-----BEGIN OPENSSH PRIVATE KEY-----\n" + ossh + "\n-----END OPENSSH PRIVATE KEY-----\n", ossh)

rsa = rsa_pem()
rsa_body = rsa.split("\n", 1)[1].rsplit("\n", 1)[0]
sec("rsa_private_key/pem_file_cat",
    "$ cat server.key\n" + rsa + "\n$ openssl rsa -in server.key -check -noout\nRSA key ok", rsa_body)

wgp = wg_key()
sec("wireguard_private_key/wg0_conf",
    f"[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = {wgp}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = {wg_key()}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n", wgp)

ovpn = human_pw()
sec("password/openvpn_auth_user_pass",
    f"$ sudo cat /etc/openvpn/client/auth.txt\nm.keller@firma.de\n{ovpn}\n$ sudo systemctl start openvpn-client@firma", ovpn)

age = "AGE-SECRET-KEY-1" + bech32_upper(58)
sec("age_secret_key/keys_txt",
    f"# created: 2026-11-30T09:12:44+01:00\n# public key: age1{bech32_upper(58).lower()}\n{age}\n", age)

# --- cloud CLIs ---------------------------------------------------------------------
gpk_body = pkcs8_body()
gpk_escaped = gpk_body.replace("\n", "\\n")
sa_json = ("{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-data-prod\",\n"
           f"  \"private_key_id\": \"{hx(40)}\",\n"
           f"  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n{gpk_escaped}\\n-----END PRIVATE KEY-----\\n\",\n"
           "  \"client_email\": \"etl-runner@acme-data-prod.iam.gserviceaccount.com\",\n  \"client_id\": \"104829173650192837465\"\n}")
sec("gcp_service_account_key/json_escaped_newlines", "$ cat sa.json\n" + sa_json, gpk_escaped)

gk = google_api()
sec("google_api_key/gcloud_output",
    "$ gcloud services api-keys get-key-string projects/acme-maps/locations/global/keys/3f1c2b\n"
    f"keyString: {gk}", gk)

gsec = "GOCSPX-" + rs(28, B64U)
sec("google_oauth_client_secret/client_secret_json",
    json.dumps({"web": {"client_id": f"{dg(12, True)}-{rs(32, LO + DG)}.apps.googleusercontent.com",
                        "project_id": "school-portal-sso", "client_secret": gsec,
                        "redirect_uris": ["https://portal.example.edu/oauth2/callback"]}}), gsec)

azs = rs(3, AN) + "8Q~" + rs(34, AN + "~_.-")
sec("azure_client_secret/az_login",
    f"az login --service-principal -u 5a1f3c2e-8d4b-4e9a-9c7d-1b2a3c4d5e6f -p '{azs}' --tenant contoso.onmicrosoft.com", azs)

do = "dop_v1_" + hx(64)
sec("digitalocean_token/doctl_auth",
    f"$ doctl auth init --access-token {do}\nValidating token... OK", do)

cf = rs(40, B64U)
sec("cloudflare_token/wrangler_env",
    f"CLOUDFLARE_API_TOKEN={cf} npx wrangler deploy --env production", cf)

# --- SaaS tokens in agent tool calls ---------------------------------------------------
sb = slack_bot()
sec("slack_bot_token/tool_call_json",
    "assistant → tool_call " + json.dumps({"name": "http_request", "arguments": {
        "method": "POST", "url": "https://slack.com/api/chat.postMessage",
        "headers": {"Authorization": f"Bearer {sb}", "Content-Type": "application/json"},
        "body": {"channel": "C05QW2L8K1M", "text": "Deploy finished ✅"}}}), sb)

sw = slack_webhook()
sec("slack_webhook/python_requests",
    f"requests.post(\"{sw}\", json={{\"text\": \"Nightly backup failed on nas01\"}})", sw)

dw = discord_webhook()
sec("discord_webhook/clan_server_chat",
    f"[21:04] Tobi: bot läuft jetzt, webhook ist {dw}\n[21:05] Mira: nice 🔥", dw)

dbt = discord_bot()
sec("discord_bot_token/python_run",
    f"bot = commands.Bot(command_prefix='!', intents=intents)\nbot.run('{dbt}')", dbt)

teams = (f"https://contoso.webhook.office.com/webhookb2/{rand_uuid()}@{rand_uuid()}/IncomingWebhook/"
         f"{hx(32)}/{rand_uuid()}/V2{rs(43, B64U)}")
sec("teams_webhook/powershell_invoke",
    f"Invoke-RestMethod -Method Post -Uri '{teams}' -ContentType 'application/json' -Body $payload", teams)

lin = "lin_api_" + rs(40)
sec("linear_key/agent_tool_args",
    json.dumps({"tool": "run_shell", "args": {"cmd": f"LINEAR_API_KEY={lin} python scripts/sync_issues.py --team ENG"}}), lin)

notion = "ntn_" + dg(11, True) + rs(35)
sec("notion_token/chat_with_agent",
    f"user: can you pull the roadmap page? integration token is {notion} and the page is 'Q1 Roadmap'\n"
    "assistant: Sure — fetching the page now.", notion)

atl = "ATATT3xFfGF0" + rs(170, B64U) + "=" + rs(8, "0123456789ABCDEF")
sec("atlassian_token/curl_basic",
    f"curl -u ana.silva@acme.com:{atl} -H 'Accept: application/json' https://acme.atlassian.net/rest/api/3/myself", atl)

okta = "00" + rs(40, B64U)
sec("okta_token/http_header",
    f"GET /api/v1/users?limit=25 HTTP/1.1\nHost: acme.okta.com\nAccept: application/json\nAuthorization: SSWS {okta}\n", okta)

pd = rs(20, B64U)
sec("pagerduty_key/terraform_provider",
    "provider \"pagerduty\" {\n" + f"  token = \"{pd}\"\n" + "}", pd)

dd = hx(32)
sec("datadog_api_key/agent_yaml",
    f"## datadog.yaml\napi_key: {dd}\nsite: datadoghq.eu\nlogs_enabled: true\n", dd)

nr = "NRAK-" + rs(27, UP + DG)
sec("newrelic_key/graphql_curl",
    f"curl https://api.eu.newrelic.com/graphql -H 'Content-Type: application/json' -H 'API-Key: {nr}' -d '{{\"query\":\"{{ actor {{ user {{ name }} }} }}\"}}'", nr)

sentry = "sntryu_" + hx(64)
sec("sentry_token/sentryclirc",
    f"[auth]\ntoken={sentry}\n\n[defaults]\norg=acme\nproject=web\n", sentry)

vault = "hvs." + rs(91, AN + "_-")
sec("vault_token/vault_login_output",
    "$ vault login -method=oidc\nSuccess! You are now authenticated.\n\nKey                  Value\n---                  -----\n"
    f"token                {vault}\ntoken_accessor       {rs(24)}\ntoken_duration       768h\n", vault)

dpl = "dp.st.prd." + rs(43)
sec("doppler_token/github_secret_set",
    f"gh secret set DOPPLER_TOKEN --body \"{dpl}\" --repo acme/web", dpl)

gra = "glsa_" + rs(32) + "_" + hx(8)
sec("grafana_sa_token/yaml_datasource",
    f"apiVersion: 1\ndatasources:\n  - name: Loki\n    type: loki\n    url: http://loki:3100\n    secureJsonData:\n      httpHeaderValue1: 'Bearer {gra}'\n", gra)

pm = "PMAK-" + hx(24) + "-" + hx(34)
sec("postman_key/newman_cli",
    f"newman run https://api.getpostman.com/collections/1234-abcd?apikey={pm} -e staging.json", pm)

shp = "shpat_" + hx(32)
sec("shopify_token/graphql_header",
    f"X-Shopify-Access-Token: {shp}", shp)

mg = "key-" + hx(32)
sec("mailgun_key/php_config",
    "<?php\nreturn [\n    'mailgun' => [\n        'domain' => 'mg.keramik-atelier.at',\n"
    f"        'secret' => '{mg}',\n        'endpoint' => 'api.eu.mailgun.net',\n    ],\n];", mg)

tw = hx(32)
sec("twilio_auth_token/env_file",
    f"TWILIO_ACCOUNT_SID=AC{hx(32)}\nTWILIO_AUTH_TOKEN={tw}\nTWILIO_FROM=+14155550172\n", tw)

fcm = "AAAA" + rs(7, B64U) + ":APA91b" + rs(134, B64U)
sec("fcm_server_key/curl_header",
    f"curl -X POST -H \"Authorization: key={fcm}\" -H \"Content-Type: application/json\" https://fcm.googleapis.com/fcm/send -d @push.json", fcm)

mbx = "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6I" + rs(25, B64U) + "." + rs(22, B64U)
sec("mapbox_secret/env",
    f"MAPBOX_DOWNLOADS_TOKEN={mbx}", mbx)

supa = jwt({"iss": "supabase", "ref": rs(20, LO), "role": "service_role", "iat": 1733000000, "exp": 2048576000})
sec("supabase_service_role/js_client",
    f"const supabase = createClient('https://{rs(20, LO)}.supabase.co', '{supa}')", supa)

pypi = pypi_token()
sec("pypi_token/pypirc",
    f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {pypi}\n", pypi)

ghf = gh_fine()
sec("github_fine_grained/gh_auth_login",
    f"$ echo \"{ghf}\" | gh auth login --with-token\n$ gh auth status\n✓ Logged in to github.com account mkowalski", ghf)

# --- HTTP traffic ---------------------------------------------------------------------------
bpw = human_pw()
bb = basic("printer-admin", bpw)
sec("basic_auth/http_request_header",
    f"GET /cgi-bin/status HTTP/1.1\r\nHost: 192.168.0.30\r\nAuthorization: Basic {bb}\r\nUser-Agent: curl/8.5.0\r\n\r\n", bb)

at = jwt({"sub": "u_58291", "email": "k.yilmaz@example.com", "scope": "orders:read orders:write", "exp": 1765071234}, "RS256")
sec("bearer_jwt/har_entry",
    json.dumps({"request": {"method": "GET", "url": "https://api.shop.example.com/v2/orders?page=2",
                            "headers": [{"name": "authorization", "value": f"Bearer {at}"},
                                        {"name": "accept", "value": "application/json"}]}}, indent=2), at)

sid = php_sessid()
sec("session_cookie/phpsessid_request",
    f"POST /admin/settings.php HTTP/1.1\nHost: vereinsportal.example.de\nCookie: PHPSESSID={sid}; lang=de\nContent-Type: application/x-www-form-urlencoded\n\ntheme=dark", sid)

cs = "s%3A" + rs(32, B64U) + "." + urllib.parse.quote(b64b(32).rstrip("="), safe="")
sec("session_cookie/express_set_cookie",
    f"HTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: connect.sid={cs}; Path=/; Expires=Tue, 08 Dec 2026 01:30:00 GMT; HttpOnly; Secure\n", cs)

js = hx(32).upper()
sec("session_cookie/jsessionid_in_url",
    f"10.1.4.22 - - [07/Dec/2026:01:31:02 +0000] \"GET /hr-portal/payslips;jsessionid={js}?month=11 HTTP/1.1\" 200 18422", js)

refresh = rs(64, B64U)
sec("oauth_refresh_token/token_response",
    "HTTP/1.1 200 OK\nContent-Type: application/json\n\n" + json.dumps({
        "access_token": "ya29." + rs(150, B64U), "expires_in": 3599, "refresh_token": "1//0" + refresh,
        "scope": "https://www.googleapis.com/auth/drive.readonly", "token_type": "Bearer"}), "1//0" + refresh)

fpw = human_pw()
fpw_enc = urllib.parse.quote_plus(fpw)
sec("password/form_urlencoded_body",
    "POST /login HTTP/1.1\nHost: intranet.stadtwerke-example.de\nContent-Type: application/x-www-form-urlencoded\n\n"
    f"username=j.becker&password={fpw_enc}&remember=1", fpw_enc)

pres = (f"https://acme-exports.s3.eu-west-1.amazonaws.com/payroll/2026-11.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        f"&X-Amz-Credential={aws_akid('ASIA')}%2F20261207%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261207T013300Z"
        f"&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=IQoJb3JpZ2luX2VjE{urllib.parse.quote(rs(120, B64), safe='')}"
        f"&X-Amz-Signature={hx(64)}")
presig = pres.split("X-Amz-Signature=")[1]
sec("s3_presigned_signature/url_in_email",
    f"Hi Tom,\n\nthe payroll export is here (link expires in 1 hour):\n{pres}\n\nBest,\nHR", presig)

# password split across lines in a log with wrapping
lp = rs(44, B64)
lp_split = lp[:30] + "\n    " + lp[30:]
sec("api_secret/wrapped_log_line",
    "2026-12-07T01:35:12Z WARN config: loaded provider settings {region=eu-west-3 client_secret=" + lp_split + "} from /etc/app/provider.toml", lp_split)

# URL-encoded credential inside a redirect
oc = urllib.parse.quote(strong_pw(24), safe="")
sec("client_secret/urlencoded_redirect",
    f"302 → https://auth.example.com/oauth/token?grant_type=client_credentials&client_id=reporting-bot&client_secret={oc}", oc)

# JSON-escaped password with quote and backslash
raw_pw = f"Tr{rs(3, DG)}\"ck\\{R.choice(WORDS)}{rs(2, DG)}"
esc_pw = json.dumps(raw_pw)[1:-1]
sec("password/json_escaped_quote_backslash",
    "tool_result: " + json.dumps({"status": "ok", "stdout": f"created user 'maint' with password {raw_pw}"}), esc_pw)

# base64 inside base64-ish config
dsn_pw = url_pw(16)
dsn = f"postgres://grafana:{dsn_pw}@pg.monitoring:5432/grafana"
dsn_b64 = base64.b64encode(dsn.encode()).decode()
sec("connection_string/base64_env",
    f"GF_DATABASE_URL_B64={dsn_b64}\n# decode with: echo $GF_DATABASE_URL_B64 | base64 -d", dsn_b64)

# TOTP seed
seed = base32_seed(32)
sec("totp_seed/otpauth_uri",
    f"otpauth://totp/ACME%20VPN:lucia.romero?secret={seed}&issuer=ACME%20VPN&algorithm=SHA1&digits=6&period=30", seed)

seed2 = base32_seed(16)
seed2_sp = " ".join(seed2[i:i + 4] for i in range(0, 16, 4)).lower()
sec("totp_seed/manual_entry_key_spaced",
    f"Can't scan the QR code? Enter this key manually in your authenticator app:\n\n{seed2_sp}\n\nTime based: yes", seed2_sp)

codes = [gh_recovery() for _ in range(8)]
sec("recovery_codes/github_codes_txt",
    "github-recovery-codes.txt\n\n" + "\n".join(codes) + "\n\nKeep your recovery codes in a safe spot.", codes[3])

gcodes = [f"{dg(4)} {dg(4)}" for _ in range(10)]
sec("recovery_codes/google_backup_table",
    "BACKUP VERIFICATION CODES\nmaria.gonzalez@gmail.com\n\n" + "\n".join(
        f"{i + 1}. {gcodes[i]}    {i + 6}. {gcodes[i + 5]}" for i in range(5)) + "\n\n(Each code can only be used once.)", gcodes[6])

pgp = wrap(b64b(900))
sec("pgp_private_key/armored_block",
    "-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: Backup of signing key\n\n" + pgp + f"\n={rs(4, B64)}\n-----END PGP PRIVATE KEY BLOCK-----", pgp)

# ==========================================================================
# SECRETS — everyday life, English
# ==========================================================================
door = dg(4)
sec("door_code/airbnb_host_message",
    f"Hi Sam! Check-in is from 3pm. The building door code is {door}#, then take the lift to the 4th floor, flat 12. "
    "Wi-Fi details are on the fridge. Enjoy Lisbon!", door)

lb = dg(4)
sec("lockbox_code/plumber_text",
    f"Hey Dave, we're at work tomorrow — spare key's in the lockbox by the back gate, combo {lb}. Boiler is in the utility room. Thanks!", lb)

alarm = dg(4)
sec("alarm_code/house_sitter_notes",
    f"HOUSE NOTES for Priya\n- Feed Biscuit twice a day (1 scoop)\n- Alarm panel is left of the front door: enter {alarm} then press OFF within 30 sec\n"
    "- Bins go out Tuesday night\n- Emergency: Mum 07700 900461", alarm)

gate = dg(6)
sec("gate_code/delivery_instructions",
    f"Delivery instructions: Gate code *{gate}. Leave parcels with the concierge if no answer.", gate)

wpw = human_pw()
sec("wifi_password/qr_string",
    f"WIFI:T:WPA;S:Casa_Romero_5G;P:{wpw};H:false;;", wpw)

cafe = human_pw().lower()
sec("wifi_password/cafe_chalkboard_ocr",
    f"TODAY'S SPECIALS\nPumpkin soup £5.50\nFlat white £3.20\n\nWIFI: LumenGuest   pw: {cafe}\nPlease ask staff for oat milk", cafe)

c1 = card("visa")
c1cvv = cvv()
sec("card_number/family_chat",
    f"Mom: can you order the concert tickets? use my card\nMom: {grp(c1)} exp 09/29\nMe: and the code on the back?\nMom: {c1cvv}", grp(c1))
sec("cvv/family_chat",
    f"Mom: {grp(c1)} exp 09/29\nMe: and the code on the back?\nMom: {c1cvv}\nMe: ok ordering now", c1cvv)

c2 = card("amex")
sec("card_number/amex_phone_transcript",
    f"Agent: Could I get the card number please?\nCaller: Sure, it's {amex_fmt(c2)}.\nAgent: And the four-digit security code on the front?\nCaller: {cvv(4)}.", amex_fmt(c2))

c3 = card("mc")
c3_spoken = " ".join(NUM_EN[int(ch)] for ch in c3)
sec("card_number/voicemail_dictated",
    f"Voicemail transcript (00:41): \"Hi, it's Glen from Harbour Marine calling back about the deposit. If it's easier, "
    f"the card is {c3_spoken}, expiry oh-eight twenty-eight. Call me back on the shop line. Cheers.\"", c3_spoken)

c4 = card("discover")
sec("card_number/no_spaces_support_ticket",
    f"Ticket #58211 — Customer wrote: \"charge failed again, card {c4} works everywhere else, please fix\"", c4)

pinv = pin(4)
sec("pin/atm_note_to_self",
    f"Notes app › 'misc'\n- passport renewal: book appt\n- new debit card PIN {pinv} (change it!!)\n- dentist Thu 4:20", pinv)

sim_puk = dg(8)
sec("sim_puk/carrier_chat",
    f"Carrier support: I've verified your identity. Your PUK code is {sim_puk}. Please enter it when prompted, followed by a new SIM PIN.", sim_puk)

sms = otp(6)
sec("otp/bank_sms",
    f"From: MYBANK\n{sms} is your verification code for a payment of GBP 249.00 to ARGOS LTD. Never share this code, not even with us.", sms)

sms2 = otp(6)
sec("otp/forwarded_whatsapp",
    f"[07/12/2026, 08:14] Dad: someone from amazon called and asked for the code they sent\n[07/12/2026, 08:14] Dad: it's {sms2} should I give it to them??", sms2)

vm = dg(4)
sec("voicemail_pin/it_helpdesk",
    f"Your new desk phone (ext. 4417) is set up. Voicemail PIN is {vm} — you'll be asked to change it the first time you dial *98.", vm)

ans_pet = R.choice(["Mr Whiskers", "Biscuit", "Rocky", "Luna the hamster", "Pepper"])
sec("security_answer/account_recovery_form",
    f"Security question 1: What was the name of your first pet?\nAnswer: {ans_pet}\nSecurity question 2: In what city were your parents married?\nAnswer: Galway", ans_pet)

maiden = R.choice(["Kowalczyk", "Fitzgerald", "Okonkwo", "Lindqvist"])
sec("security_answer/mothers_maiden_name_call",
    f"Bank: For security, can you confirm your mother's maiden name?\nCustomer: It's {maiden}.\nBank: Thank you, Mr Brennan.", maiden)

s1 = ssn()
sec("ssn/tax_prep_email",
    f"Hi Linda,\n\nHere's what you asked for to file our return: my SSN is {s1}, Jim's is on the W-2 I scanned. Let me know if you need anything else.\n\nKaren", s1)

routing, acct = aba(), dg(10, True)
sec("bank_account/direct_deposit_form",
    f"DIRECT DEPOSIT AUTHORIZATION\nEmployee: Marcus Reed\nBank: First Community CU\nRouting number: {routing}\nAccount number: {acct}\nType: [x] Checking [ ] Savings", acct)
sec("routing_number/direct_deposit_form",
    f"Routing number: {routing}\nAccount number: {dg(10, True)}\nType: Checking", routing)

gbacct = dg(8)
sort = f"{dg(2)}-{dg(2)}-{dg(2)}"
sec("bank_account/uk_sort_code_chat",
    f"Sophie: can you send me the £45 for the gig? sort code {sort}, account {gbacct}, name S Patel", gbacct)

gb_iban = iban_gb()
sec("iban/uk_invoice_freelancer",
    f"INVOICE 2026-044\nWeb design — 12 hours @ £55\nTotal: £660.00\n\nPay to: Ellie Ward\nIBAN: {grp(gb_iban)}\nBIC: NWBKGB2L", grp(gb_iban))

nhs = nhs_number()
sec("nhs_number/gp_registration_form",
    f"GP REGISTRATION (GMS1)\nSurname: Okafor   First name: Chidi\nDate of birth: 14/03/1991\nNHS number: {nhs}\nPrevious GP: Riverside Surgery", nhs)

nino = nino_uk()
sec("ni_number/hr_onboarding_email",
    f"Welcome aboard! To get you on payroll we still need your P45 and your National Insurance number. Reply from Tom: \"NI is {nino}, P45 attached.\"", nino)

mbi = mbi_us()
sec("medicare_mbi/pharmacy_call_notes",
    f"Call notes 12/07 10:42 — pt Dorothy Hale, DOB 02/11/1948, Medicare ID {mbi}, asking about Eliquis copay. Transferred to Part D team.", mbi)

hic = f"{rs(3, UP)}{dg(9)}"
sec("health_insurance_id/insurance_card_ocr",
    f"BlueShield PPO\nMember: JORDAN A LEE\nMember ID: {hic}\nGroup No: 0048213\nRxBIN 610014  RxPCN BSCRX\nCopay PCP $25 / Spec $50", hic)

pp_us = str(R.choice([5, 6])) + dg(8)
sec("passport_number/us_visa_form",
    f"DS-160 draft\nSurname: HOLLOWAY\nGiven names: GRACE ANN\nPassport/Travel Document Number: {pp_us}\nPassport Book Number: {dg(9)}\nCountry/Authority that Issued: UNITED STATES", pp_us)

dl = f"{R.choice(UP)}{dg(3)}-{dg(3)}-{dg(2)}-{dg(3)}-{dg(1)}"
sec("drivers_license/car_rental_counter",
    f"Rental agreement RA-773104\nDriver: Nathan Cole\nDriver's licence no.: {dl} (FL)\nVehicle: Toyota Corolla, plate KJX-4412\nFuel: full/full", dl)

tfn = tfn_au()
sec("tax_file_number/au_payroll",
    f"Tax file number declaration\nTFN: {tfn}\nAre you an Australian resident for tax purposes? Yes\nClaim tax-free threshold? Yes", tfn)

sin = sin_ca()
sec("sin/ca_landlord_application",
    f"Rental application — 221 Maple St, unit 3\nApplicant: Émilie Tremblay\nEmployer: Desjardins\nSIN (optional): {sin}\nMonthly income: $5,400", sin)

e = ein()
sec("ein/small_business_w9",
    f"Form W-9\nName: Rosa's Tamales LLC\nFederal tax classification: LLC (S)\nEmployer identification number: {e}\nAddress: 88 Mission St", e)

locker = f"{R.randint(0, 39)}-{R.randint(0, 39)}-{R.randint(0, 39)}"
sec("locker_combo/school_orientation",
    f"Welcome to Lincoln High! Your locker is #2214 (B hallway). Combination: {locker}. Turn right twice, left once, then right.", locker)

gym = dg(6)
sec("gym_door_code/club_newsletter",
    f"Rowing club update: from Monday the boathouse keypad code changes to {gym}. Please don't share it outside the club.", gym)

safe = dg(4)
sec("hotel_safe_code/guest_note",
    f"note to self: room 1207, safe code {safe}, breakfast 7-10, checkout Thu 11am", safe)

portal_pw = human_pw()
sec("password/school_parent_portal",
    f"Dear parents, your child's login for the reading platform: username ava.m.3b  password {portal_pw}. Please keep it at home.", portal_pw)

bike = dg(4)
sec("lock_combo/bike_lock_text",
    f"borrow my bike whenever, it's the blue one by the door, lock is {bike}", bike)

zoom_pass = rs(6, AN)
sec("meeting_passcode/zoom_invite",
    f"Join Zoom Meeting\nhttps://us02web.zoom.us/j/84522910073\n\nMeeting ID: 845 2291 0073\nPasscode: {zoom_pass}\n", zoom_pass)

typo_pw = human_pw()
sec("password/typo_pasword_label",
    f"ok new router is up. admin page 192.168.1.1, usr admin, pasword {typo_pw} — the old one doesnt work anymore", typo_pw)

split_card = card("visa")
sec("card_number/split_across_messages",
    f"[14:02] Jen: first half {split_card[:8]}\n[14:02] Jen: second {split_card[8:]}\n[14:03] Jen: delete after pls", split_card[8:])

email_pw = human_pw()
sec("password/it_helpdesk_reset_email",
    f"From: servicedesk@cityhospital.org\nSubject: Your account has been reset\n\nHello Dr. Nakamura,\n\nYour temporary password is: {email_pw}\n\nYou will be asked to change it at first sign-in.\n\nIT Service Desk, ext. 5000", email_pw)

# tables
tab_rows = [(f"{w.lower()}@{d}", human_pw()) for w, d in [("ops", "acme.io"), ("billing", "acme.io"), ("root", "router")]]
table = "| account | password |\n|---|---|\n" + "\n".join(f"| {a} | {p} |" for a, p in tab_rows)
sec("password/markdown_table", "## Shared logins (team wiki)\n\n" + table, tab_rows[1][1])

csv_card = card("mc")
sec("card_number/csv_export",
    "order_id,name,card_number,exp,amount\n"
    f"100482,Hannah Fischer,{csv_card},11/27,89.90\n100483,Ole Berg,,,(paypal)", csv_card)

# ==========================================================================
# SECRETS — other languages
# ==========================================================================
# German
de_iban = iban_de()
sec("iban/de_wg_chat",
    f"Lukas: Miete für Dezember bitte bis zum 3. überweisen 🙏\nLukas: {grp(de_iban)}\nLukas: Verwendungszweck: Miete Dez Zimmer 2", grp(de_iban))

stid = steuer_id_de()
sec("steuer_id/de_lohnsteuer_email",
    f"Hallo Frau Schmidt,\n\nfür die Lohnabrechnung brauche ich noch Ihre Steuer-Identifikationsnummer. \n— Antwort: Die Steuer-ID lautet {stid[:2]} {stid[2:5]} {stid[5:8]} {stid[8:]}.", f"{stid[:2]} {stid[2:5]} {stid[5:8]} {stid[8:]}")

kv = kvnr_de()
sec("krankenversicherung/de_arztpraxis_formular",
    f"Patientenaufnahme\nName: Yilmaz, Ayşe\nGeb.: 02.05.1987\nKrankenkasse: AOK Nordost\nVersichertennummer: {kv}\nAllergien: Penicillin", kv)

de_pw = human_pw()
sec("password/de_router_zettel",
    f"FRITZ!Box Kennwort: {de_pw}\nWLAN: FRITZ!Box 7530 XY — Netzwerkschlüssel steht auf der Unterseite", de_pw)

de_tan = otp(6)
sec("tan/de_push_tan_sms",
    f"Sparkasse: Ihre TAN für die Überweisung von 1.250,00 EUR an Autohaus Krüger lautet {de_tan}. Geben Sie diese TAN niemals weiter.", de_tan)

de_card = card("mc")
sec("card_number/de_ocr_kreditkarte",
    f"OCR-Ergebnis (Foto Rückseite/Vorderseite):\nDEUTSCHE KREDITBANK\n{grp(de_card)}\nGÜLTIG BIS 04/30\nMAX MUSTERMANN", grp(de_card))

# French
nir = nir_fr()
sec("nir/fr_mutuelle_email",
    f"Bonjour,\n\nVoici mon numéro de sécurité sociale pour l'affiliation à la mutuelle : {nir}.\nCordialement,\nCamille Dubois", nir)

fr_iban = iban_fr()
sec("iban/fr_rib_ocr",
    f"RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire : M. THOMAS LEROY\nIBAN : {grp(fr_iban)}\nBIC : BNPAFRPPXXX\nDomiciliation : BNP PARIBAS LYON", grp(fr_iban))

fr_code = f"{dg(2)}{R.choice('AB')}{dg(2)}"
sec("door_code/fr_digicode_message",
    f"Coucou ! Pour ce soir : digicode {fr_code}, bâtiment C, 3e étage gauche. Apporte des glaçons 🧊", fr_code)

fr_pw = human_pw()
sec("password/fr_ent_college",
    f"Madame, voici les identifiants ENT de votre enfant : identifiant l.martin47 ; mot de passe provisoire : {fr_pw}", fr_pw)

# Spanish
dni = dni_es()
sec("dni/es_formulario_matricula",
    f"SOLICITUD DE MATRÍCULA\nApellidos: García López\nNombre: Lucía\nDNI/NIE: {dni}\nCurso: 2º Bachillerato", dni)

es_iban = iban_es()
sec("iban/es_recibo_gimnasio",
    f"Hola! para la domiciliación del gimnasio me piden el IBAN, te lo paso: {es_iban} (sin espacios como lo pide la web)", es_iban)

es_cvv = cvv()
es_card = card("visa")
sec("cvv/es_whatsapp_compra",
    f"Mamá: la tarjeta es {grp(es_card)}, caduca 07/28 y el código de atrás es el {es_cvv}\nYo: vale gracias 😘", es_cvv)

es_pin = pin(4)
sec("pin/es_alarma_vecina",
    f"Marisa, te dejo las llaves con Pepe. La alarma se desactiva con el {es_pin} y luego la tecla OFF. Las plantas, un vaso de agua cada dos días.", es_pin)

# Portuguese (BR)
cpf = cpf_br()
sec("cpf/br_nota_fiscal_chat",
    f"Atendente: Para emitir a nota fiscal, pode me informar o CPF?\nCliente: claro, {cpf}", cpf)

pix = rand_uuid()
pix_pw = dg(6)
sec("password/br_senha_cartao",
    f"Oi filho, a senha do cartão é {pix_pw}, pode pagar o mercado com ele. Beijo da mãe", pix_pw)

pt_iban = iban_pt()
sec("iban/pt_fatura_condominio",
    f"Condomínio Edifício Aurora — quota de dezembro: 85,00 €\nTransferência para IBAN {grp(pt_iban)}", grp(pt_iban))

# Italian
piva = partita_iva()
sec("partita_iva/it_fattura_artigiano",
    f"Idraulica Bianchi di Marco Bianchi\nVia Roma 14, 40121 Bologna\nP.IVA {piva}\nFattura n. 112/2026 del 05/12/2026 — riparazione caldaia € 180,00", piva)

it_iban = iban_it()
sec("iban/it_bonifico_affitto",
    f"Ciao Giulia, per l'affitto di gennaio fai il bonifico su {grp(it_iban)} intestato a Paolo Ferri. Grazie!", grp(it_iban))

it_otp = otp(6)
sec("otp/it_spid_sms",
    f"PosteID: il codice di conferma per l'accesso SPID è {it_otp}. Non comunicarlo a nessuno.", it_otp)

# Dutch
bsn = bsn_nl()
sec("bsn/nl_huisarts_inschrijving",
    f"Inschrijfformulier huisartsenpraktijk De Linde\nNaam: Jansen, Pieter\nBSN: {bsn}\nZorgverzekeraar: CZ, polisnummer staat op de pas", bsn)

nl_iban = iban_nl()
sec("iban/nl_tikkie_style_message",
    f"Hoi allemaal, de borrel kwam op €23,50 p.p. Graag overmaken naar {nl_iban} t.n.v. S. de Vries. Dank!", nl_iban)

nl_pw = human_pw()
sec("password/nl_voetbalclub_wifi",
    f"Kantine wifi: VV-Oranje-Gast / wachtwoord {nl_pw} (niet doorgeven aan tegenstanders 😉)", nl_pw)

# Polish
ps = pesel()
sec("pesel/pl_szkola_formularz",
    f"KARTA ZGŁOSZENIA DZIECKA DO ŚWIETLICY\nImię i nazwisko: Zofia Nowak\nPESEL: {ps}\nKlasa: 2b\nOsoby upoważnione do odbioru: matka, babcia", ps)

pl_blik = otp(6)
sec("blik_code/pl_czat",
    f"Kasia: szybko daj mi kod blik na 120 zł za bilety\nMarek: {pl_blik}\nKasia: poszło 👍", pl_blik)

pl_iban = iban_pl()
sec("iban/pl_numer_konta_faktura",
    f"Proszę o przelew na rachunek: {pl_iban[:2]} {grp(pl_iban[2:])}\nTytuł: faktura FV/12/2026", f"{pl_iban[:2]} {grp(pl_iban[2:])}")

# Swedish
pn = personnummer_se()
sec("personnummer/se_vardcentral",
    f"Hej! Jag vill boka om min tid hos distriktssköterskan. Mitt personnummer är 19{pn}. Mvh Erik", f"19{pn}")

se_pw = human_pw()
sec("password/se_bostadsrattsforening",
    f"Tvättstugan bokas via appen. Inloggning för gemensamma kontot: brf-eken / {se_pw}", se_pw)

# Finnish
hetu = hetu_fi()
sec("hetu/fi_kela_lomake",
    f"Hakemus: asumistuki\nHakija: Virtanen, Aino\nHenkilötunnus: {hetu}\nOsoite: Mannerheimintie 12 B 7, 00100 Helsinki", hetu)

fi_code = dg(4)
sec("door_code/fi_taloyhtio",
    f"Hei, saunavuoron avain on lukkolaatikossa, koodi {fi_code}. Muista sammuttaa kiuas!", fi_code)

# Turkish
tc = tc_kimlik()
sec("tc_kimlik/tr_kargo_musteri_hizmetleri",
    f"Müşteri temsilcisi: Gümrük işlemi için T.C. kimlik numaranızı paylaşır mısınız?\nMüşteri: {tc}", tc)

tr_iban = iban_tr()
sec("iban/tr_aidat_mesaj",
    f"Apartman aidatı 1.500 TL. Ödeme için IBAN: {grp(tr_iban)} (Ahmet Demir)", grp(tr_iban))

tr_card = card("troy")
sec("card_number/tr_troy_kart_not",
    f"Annemin kartı: {grp(tr_card)} son kullanma 03/29 — sadece eczane için", grp(tr_card))

# Greek
amka = amka_gr()
sec("amka/gr_iatreio_rantevou",
    f"Καλησπέρα σας, θα ήθελα να κλείσω ραντεβού για εμβολιασμό. ΑΜΚΑ: {amka}, Παπαδοπούλου Ελένη.", amka)

gr_iban = iban_gr()
sec("iban/gr_enoikio",
    f"Γεια σου Νίκο, το ενοίκιο στο {grp(gr_iban)} όπως πάντα. Ευχαριστώ!", grp(gr_iban))

# Russian
sn = snils_ru()
sec("snils/ru_gosuslugi_chat",
    f"Оператор: Для восстановления доступа к Госуслугам назовите, пожалуйста, СНИЛС.\nКлиент: {sn}", sn)

ru_card = card("mir")
sec("card_number/ru_perevod_soobshchenie",
    f"Скинь, пожалуйста, 2500 за подарок Оле на карту {grp(ru_card)} (Сбер, Анна В.)", grp(ru_card))

ru_pw = human_pw()
sec("password/ru_wifi_dacha",
    f"Пароль от вайфая на даче: {ru_pw} — сеть Keenetic-2291", ru_pw)

ru_code = otp(4)
sec("otp/ru_sms_kod",
    f"Код подтверждения: {ru_code}. Никому не сообщайте его. Сотрудники банка его не спрашивают.", ru_code)

# Ukrainian
ua_id = rnokpp_ua()
sec("rnokpp/ua_dovidka_robota",
    f"Для оформлення на роботу потрібні: паспорт, РНОКПП (ідентифікаційний код) — мій {ua_id}, трудова книжка.", ua_id)

ua_iban = iban_ua()
sec("iban/ua_zbir_koshtiv",
    f"Збираємо на ремонт спортзалу школи №5. Реквізити: {ua_iban}, отримувач ГО «Батьківський комітет».", ua_iban)

# Arabic
eid = emirates_id()
sec("emirates_id/ar_tasjil_madrasa",
    f"استمارة تسجيل الطالب\nاسم ولي الأمر: خالد المنصوري\nرقم الهوية الإماراتية: {eid}\nالصف: الرابع", eid)

sa_iban = iban_sa()
sec("iban/ar_tahweel_rasoum",
    f"السلام عليكم، رسوم النادي ٣٠٠ ريال، الرجاء التحويل إلى الآيبان {sa_iban} باسم نادي الفروسية.", sa_iban)

ar_otp = otp(6)
sec("otp/ar_bank_sms",
    f"رمز التحقق الخاص بك هو {ar_otp} لعملية شراء بقيمة 450.00 درهم. لا تشارك هذا الرمز مع أي شخص.", ar_otp)

ar_pw = human_pw()
sec("password/ar_email_it",
    f"مرحباً أحمد،\nتم إنشاء حسابك على نظام الموارد البشرية.\nاسم المستخدم: a.hassan\nكلمة المرور المؤقتة: {ar_pw}\nقسم تقنية المعلومات", ar_pw)

# Hebrew
il = israeli_id()
sec("teudat_zehut/he_kupat_holim",
    f"שלום, אני רוצה לקבוע תור לרופאת משפחה. מספר תעודת זהות: {il}. תודה, נועה.", il)

he_code = dg(5)
sec("door_code/he_vaad_bayit",
    f"הודעה מוועד הבית: קוד הכניסה לבניין משתנה מחר ל-{he_code}. נא לא למסור לשליחים.", he_code)

il_iban = iban_il()
sec("iban/he_chashbonit",
    f"חשבונית מס 4471 — עבודות חשמל. לתשלום בהעברה: IBAN {il_iban}", il_iban)

# Hindi
aad = aadhaar()
sec("aadhaar/hi_kyc_chat",
    f"ग्राहक सेवा: KYC के लिए अपना आधार नंबर बताइए।\nग्राहक: मेरा आधार नंबर {aad} है।", aad)

pan = pan_in()
sec("pan/hi_ca_email",
    f"नमस्ते CA साहब, ITR फाइल करने के लिए मेरा PAN {pan} है और फॉर्म 16 संलग्न है। धन्यवाद, रवि शर्मा", pan)

upi = dg(6)
sec("upi_pin/hi_family_message",
    f"पापा, UPI पिन {upi} है, दुकान पर QR स्कैन करके डाल देना।", upi)

# Chinese
cid = cn_id()
sec("resident_id/zh_hotel_checkin",
    f"酒店入住登记\n姓名：王小明\n证件类型：居民身份证\n证件号码：{cid}\n房号：1207", cid)

zh_pw = human_pw()
sec("password/zh_wechat_group",
    f"[群聊] 李老师：各位家长，班级网盘账号 class3-2，密码 {zh_pw}，请勿外传。", zh_pw)

zh_card = card("unionpay")
sec("card_number/zh_refund_chat",
    f"客服：请提供退款银行卡号。\n用户：{zh_card}，工商银行，户名张伟", zh_card)

zh_code = otp(6)
sec("otp/zh_sms_yanzhengma",
    f"【某某银行】您的验证码为{zh_code}，5分钟内有效。请勿向任何人泄露。", zh_code)

# Japanese
mn = my_number_jp()
sec("my_number/ja_kaisha_teishutsu",
    f"総務部 御中\n年末調整のためマイナンバーを提出します。\n個人番号：{mn}\n氏名：佐藤 健\n", mn)

ja_pw = human_pw()
sec("password/ja_shanai_wiki",
    f"共有PCのログイン情報です。ユーザー名：kaigi-01　パスワード：{ja_pw}　※社外秘", ja_pw)

ja_card = card("jcb")
sec("card_number/ja_denwa_mojiokoshi",
    f"オペレーター：カード番号をお願いします。\nお客様：{grp(ja_card, 4, '-')}です。有効期限は12の29です。", grp(ja_card, 4, "-"))

ja_pp = "T" + R.choice("KRZS") + dg(7)
sec("passport_number/ja_ryokou_moushikomi",
    f"ツアー申込書\n氏名（ローマ字）：TANAKA YUKI\n旅券番号：{ja_pp}\n有効期限：2031年4月15日", ja_pp)

# Korean
rrn = rrn_kr()
sec("rrn/ko_byeongwon_jeopsu",
    f"접수 직원: 주민등록번호 확인 부탁드립니다.\n환자: {rrn} 입니다.", rrn)

ko_pw = human_pw()
sec("password/ko_kakaotalk",
    f"팀장님 넷플릭스 공유 계정 비번 {ko_pw} 이에요 ㅎㅎ 아이디는 이메일이랑 같아요", ko_pw)

ko_acct = f"{dg(3)}-{dg(6)}-{dg(5)}"
sec("bank_account/ko_gyejwa_munja",
    f"[회비 안내] 이번 달 동호회 회비 3만원 국민은행 {ko_acct} (예금주 김민수) 로 보내주세요~", ko_acct)

# Thai
th = thai_id()
sec("thai_id/th_samak_ngan",
    f"ใบสมัครงาน\nชื่อ-นามสกุล: นางสาวสุภาพร ใจดี\nเลขประจำตัวประชาชน: {th}\nตำแหน่งที่สมัคร: พนักงานบัญชี", th)

th_pw = human_pw()
sec("password/th_line_chat",
    f"พี่คะ รหัสผ่านอีเมลร้านคือ {th_pw} นะคะ เปลี่ยนแล้วเมื่อวาน", th_pw)

# Vietnamese
vn_id = "0" + dg(2) + R.choice("0123") + dg(8)
sec("cccd/vi_ho_so_vay",
    f"Hồ sơ vay tiêu dùng\nHọ tên: Nguyễn Thị Lan\nSố CCCD: {vn_id}\nNơi cấp: Cục CS QLHC về TTXH", vn_id)

vn_otp = otp(6)
sec("otp/vi_tin_nhan_ngan_hang",
    f"Ma OTP cua Quy khach la {vn_otp}. Tuyet doi KHONG cung cap OTP cho bat ky ai. Vietcombank", vn_otp)

vn_acct = dg(13, True)
sec("bank_account/vi_chuyen_khoan_hoc_phi",
    f"Phụ huynh vui lòng chuyển học phí tháng 12 vào STK {vn_acct} Techcombank, chủ TK Trần Văn Hùng, nội dung: tên bé + lớp.", vn_acct)

# Indonesian
nik = f"{R.choice(['31', '32', '33', '35', '51'])}{dg(4)}{R.randint(1, 28) + R.choice([0, 40]):02d}{R.randint(1, 12):02d}{R.randint(70, 99):02d}{dg(4)}"
sec("nik/id_formulir_bpjs",
    f"Formulir Pendaftaran BPJS Kesehatan\nNama: Siti Rahmawati\nNIK: {nik}\nAlamat: Jl. Kenanga No. 5, Bandung", nik)

id_pw = human_pw()
sec("password/id_grup_wa_arisan",
    f"Ibu-ibu, akun aplikasi arisan: arisan_rt05, kata sandi {id_pw}. Jangan disebar ya 🙏", id_pw)

id_otp = otp(6)
sec("otp/id_kode_ojol",
    f"JANGAN BERIKAN KODE INI KE SIAPAPUN. Kode verifikasi akun kamu: {id_otp}", id_otp)

# ==========================================================================
# SECRETS — more mixed settings / positions
# ==========================================================================
mrz_pp = "C" + rs(8, "CFGHJKLMNPRTVWXYZ" + DG)
mrz_line2 = (f"{mrz_pp}{mrz_check(mrz_pp)}D<<8706144F3108015<<<<<<<<<<<<<<<")
sec("passport_number/de_passport_ocr_mrz",
    "OCR scan (passport data page):\nREISEPASS / PASSPORT  Typ/Type P  Code D\n"
    f"Pass-Nr./Passport No. {mrz_pp}\nMUSTERMANN, ERIKA\nP<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n{mrz_line2}", mrz_pp)

ch_iban = iban_ch()
sec("iban/ch_einzahlungsschein_qr",
    f"SPC\n0200\n1\n{ch_iban}\nS\nSchreinerei Gerber\nDorfstrasse\n12\n3012\nBern\nCH\n\n\n\n\n\n\n\n480.00\nCHF", ch_iban)

se_iban = iban_se()
fi_iban = iban_fi()
sec("iban/se_fi_tool_call_payment",
    "tool_call: " + json.dumps({"name": "create_sepa_transfer", "arguments": {
        "debtor_iban": fi_iban, "creditor_iban": se_iban, "amount": "1450.00", "currency": "EUR",
        "remittance": "Stugan v.28"}}, indent=2), se_iban)
sec("iban/fi_debtor_tool_call",
    json.dumps({"debtor_iban": fi_iban, "amount": "1450.00"}), fi_iban)

ae_iban = iban_ae()
sec("iban/ae_salary_email",
    f"Dear HR,\nPlease update my salary account to Emirates NBD, IBAN {ae_iban}.\nRegards,\nRahul Menon", ae_iban)

# tool-call JSON with card inside
tc_card = card("visa")
tc_cvv = cvv()
tcj = json.dumps({"tool": "browser.fill_form", "arguments": {"selector": "#checkout", "fields": {
    "cardholder": "Jonas Weber", "cardnumber": tc_card, "exp": "10/28", "cvc": tc_cvv}}})
sec("card_number/agent_fill_form_json", tcj, tc_card)
sec("cvv/agent_fill_form_json", tcj, f"\"cvc\": \"{tc_cvv}\"")

# agent thought
th_pw2 = human_pw()
sec("password/agent_thought_log",
    f"Thought: The user gave me the NAS admin password ({th_pw2}) earlier. I'll use it to log into the Synology web UI and check the RAID status.\n"
    "Action: browser.open(\"http://192.168.1.10:5000\")", th_pw2)

# conversation: user pastes .env
envs = {"POSTGRES_PASSWORD": url_pw(20), "REDIS_PASSWORD": url_pw(20), "SECRET_KEY_BASE": hx(64)}
env_text = "user: why does my app crash? here's my .env\n```\nNODE_ENV=production\nPORT=3000\n" + "\n".join(f"{k_}={v}" for k_, v in envs.items()) + "\n```"
sec("password/user_pastes_env_postgres", env_text, envs["POSTGRES_PASSWORD"])
sec("secret_key_base/user_pastes_env", env_text, envs["SECRET_KEY_BASE"])

# XML config
xml_pw = strong_pw(16)
sec("password/maven_settings_xml",
    "<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployment</username>\n"
    f"      <password>{xml_pw}</password>\n    </server>\n  </servers>\n</settings>", xml_pw)

# TOML
toml_tok = "pypi-AgEIcHlwaS5vcmc" + rs(120, B64U)
sec("pypi_token/poetry_toml",
    f"[http-basic.pypi]\nusername = \"__token__\"\npassword = \"{toml_tok}\"\n", toml_tok)

# INI
ini_pw = human_pw()
sec("password/odbc_ini",
    f"[Lager]\nDriver=PostgreSQL Unicode\nServername=192.168.10.5\nDatabase=lager\nUsername=lager\nPassword={ini_pw}\nPort=5432\n", ini_pw)

# netrc
netrc_pw = gh_token()
sec("github_pat/netrc",
    f"machine github.com\n  login build-bot\n  password {netrc_pw}\nmachine api.heroku.com\n  login ops@acme.io\n  password {rand_uuid()}\n", netrc_pw)

# git config with token in url
gitcfg = gitlab_pat()
sec("gitlab_pat/git_config_remote",
    f"[remote \"origin\"]\n\turl = https://oauth2:{gitcfg}@gitlab.example.com/platform/infra.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*", gitcfg)

# LDAP
ldap_pw = human_pw()
sec("password/ldapsearch_bind",
    f"ldapsearch -x -H ldaps://dc01.corp.local -D 'CN=svc_ldap,OU=Service,DC=corp,DC=local' -w '{ldap_pw}' -b 'DC=corp,DC=local' '(sAMAccountName=jdoe)'", ldap_pw)

# SMTP in python
smtp_pw = rs(16, LO)
smtp_spaced = " ".join(smtp_pw[i:i + 4] for i in range(0, 16, 4))
sec("app_password/gmail_smtp_spaced",
    f"server = smtplib.SMTP_SSL('smtp.gmail.com', 465)\nserver.login('verein.kassenwart@gmail.com', '{smtp_spaced}')  # app password", smtp_spaced)

# Raspberry Pi wpa_supplicant
wpa = human_pw()
sec("wifi_password/wpa_supplicant",
    f"country=DE\nctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nnetwork={{\n    ssid=\"Werkstatt\"\n    psk=\"{wpa}\"\n    key_mgmt=WPA-PSK\n}}", wpa)

# ESP home yaml
esp_ota = hx(32)
sec("ota_password/esphome_yaml",
    f"esphome:\n  name: garage-door\n\nota:\n  - platform: esphome\n    password: \"{esp_ota}\"\n\napi:\n  encryption:\n    key: \"{b64b(32)}\"\n", esp_ota)

# voice assistant / dictated digits non-English
de_pin = pin(4)
de_pin_spoken = " ".join(["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"][int(c)] for c in de_pin)
sec("pin/de_sprachnachricht_transkript",
    f"Sprachnachricht (Transkript): \"Hi Schatz, die PIN von der EC-Karte ist {de_pin_spoken}, kannst du bitte beim Edeka zahlen? Danke!\"", de_pin_spoken)

fr_card = card("visa")
fr_spoken = ", ".join(fr_card[i:i + 4] for i in range(0, 16, 4))
sec("card_number/fr_transcription_appel",
    f"Transcription de l'appel : « Oui alors le numéro de carte c'est {fr_spoken}, et la date d'expiration zéro six vingt-neuf. »", fr_spoken)

# typo'd key labels
typo_key = stripe("rk_live_")
sec("stripe_restricted_key/typo_label",
    f"stirpe resticted key (read only charges) -> {typo_key}   dont rotate before friday", typo_key)

# logs with secret in query string
apik = rs(32, AN)
sec("api_key/nginx_access_log_query",
    f"203.0.113.54 - - [07/Dec/2026:01:44:10 +0000] \"GET /v1/forecast?lat=48.14&lon=11.58&appid={apik}&units=metric HTTP/1.1\" 200 1832 \"-\" \"HomeAssistant/2026.12\"", apik)

# error log echoing password
elog_pw = human_pw()
sec("password/app_error_log_dump",
    f"2026-12-07 01:45:22,018 ERROR smtp.py:88 SMTPAuthenticationError for user=noreply@praxis-weber.de password={elog_pw} host=smtp.ionos.de:587 (535, b'Authentication credentials invalid')", elog_pw)

# Slack user token split over two lines in chat (copy paste from terminal wrap)
su = slack_user()
su_split = su[:40] + "\n" + su[40:]
sec("slack_user_token/terminal_wrapped", f"$ echo $SLACK_TOKEN\n{su_split}\n$", su_split)

# Basic auth in URL of webhook in YAML
alert_pw = url_pw(18)
sec("password/alertmanager_basic_auth",
    f"receivers:\n  - name: ops\n    webhook_configs:\n      - url: https://alert:{alert_pw}@hooks.ops.example.net/alertmanager\n        send_resolved: true\n", alert_pw)

# Heroku API key (UUID-shaped)
hk = rand_uuid()
sec("heroku_api_key/cli_env",
    f"$ HEROKU_API_KEY={hk} heroku config:get DATABASE_URL -a acme-staging", hk)

# Airtable PAT
air = "pat" + rs(14) + "." + hx(64)
sec("airtable_pat/python_header",
    f"headers = {{\"Authorization\": \"Bearer {air}\"}}\nr = requests.get('https://api.airtable.com/v0/appX1y2Z3/Members', headers=headers)", air)

# Netlify
nf = "nfp_" + rs(36)
sec("netlify_token/github_actions_yaml",
    f"      - name: Deploy\n        run: netlify deploy --prod --auth {nf} --site 3f1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8\n", nf)

# Firebase / Google Maps key in Android manifest meta (server-restricted key)
gm = google_api()
sec("google_api_key/android_manifest",
    "<application android:label=\"@string/app_name\">\n"
    f"    <meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"{gm}\"/>\n</application>", gm)

# Session id in support chat
zen = rs(40, B64U)
sec("session_cookie/copied_from_devtools",
    f"support: can you send me your session cookie so I can reproduce?\nuser: _shop_session={zen}--{hx(40)}", f"{zen}--")

# handwritten note OCR with password list
ocr_pw = human_pw()
sec("password/ocr_sticky_note",
    f"OCR (IMG_4471.jpg, confidence 0.82):\nNETFLIX - mama.k@web.de\n{ocr_pw}\nAMAZON - same as email pw\nBANK - ask Jan", ocr_pw)

# Prescription portal
rx_pw = human_pw()
sec("password/pharmacy_portal_chat",
    f"Grandpa: the pharmacy website wants a password again\nMe: try {rx_pw}, that's what we set up in March", rx_pw)

# school WiFi for teachers
tw_pw = human_pw()
sec("wifi_password/school_staff_memo",
    f"STAFF MEMO — Term 2\n• Staff Wi-Fi SSID: WHS-Staff, key: {tw_pw}\n• Student Wi-Fi is filtered; do not share the staff key with students.", tw_pw)

# car / garage
garage = dg(5)
sec("garage_code/keypad_text",
    f"If we're not home, garage keypad is {garage} then enter. Dog is friendly.", garage)

# keybox for car rental
kb = dg(4)
sec("key_box/car_rental_afterhours_email",
    f"Your after-hours pickup: the key box is on the left of the office door. Code: {kb}. Your car is in bay 14.", kb)

# luggage lock
lug = dg(3)
sec("lock_combo/luggage_chat",
    f"[09:12] Ana: what's the suitcase lock again\n[09:13] Tiago: {lug}\n[09:13] Ana: ty", lug)

# Mixed: tool output from `env`
env_tok = gh_token("gho_")
sec("github_oauth_token/env_dump",
    "tool_output:\nHOME=/home/runner\nLANG=C.UTF-8\n"
    f"GH_TOKEN={env_tok}\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\nSHLVL=1", env_tok)

# IBAN with lowercase and no spaces in URL param
lower_iban = iban_de().lower()
sec("iban/lowercase_in_url_param",
    f"https://pay.example.org/donate?name=Tierheim%20Nord&iban={lower_iban}&amount=25", lower_iban)

# credit card inside a log JSON line
log_card = card("visa")
sec("card_number/json_log_line",
    json.dumps({"ts": "2026-12-07T01:48:03.551Z", "level": "debug", "msg": "payment request", "payload": {"pan": log_card, "exp_month": 5, "exp_year": 2029, "amount": 1999, "currency": "eur"}}), log_card)

# Kubernetes docker-registry secret command
kpass = human_pw()
sec("password/kubectl_create_secret",
    f"kubectl create secret docker-registry regcred --docker-server=registry.acme.io --docker-username=ci --docker-password='{kpass}' -n apps", kpass)

# GitHub Actions secret value echoed by mistake
leak = rs(32, AN)
sec("api_key/gha_log_echo",
    f"Run echo \"Using key $API_KEY\"\nUsing key {leak}\nRun ./deploy.sh", leak)

# Italian condo alarm dictated with typos
it_alarm = dg(5)
sec("alarm_code/it_messaggio_vocale",
    f"Trascrizione messaggio vocale: \"ciao Franco, allarme del negozio codice {it_alarm} poi tasto verde, chiudi la saracinesca grazie\"", it_alarm)

# Spanish webhook with token in URL in support ticket
es_tok = rs(48, AN)
sec("api_token/es_ticket_soporte_url",
    f"Hola, el webhook no funciona: https://api.tiendaonline.es/hooks/pedidos?token={es_tok} devuelve 403 desde ayer.", es_tok)

# Portuguese config YAML
pt_pw = human_pw()
sec("password/pt_config_yaml_comentario",
    f"# senha do banco de produção — não commitar!\nbanco:\n  host: 10.0.0.8\n  usuario: erp\n  senha: \"{pt_pw}\"\n", pt_pw)

# Chinese programmer config
zh_ak = "LTAI5t" + rs(18)
zh_sk = rs(30)
sec("aliyun_access_secret/zh_config",
    f"# 阿里云 OSS 配置（测试环境）\naccess_key_id: {zh_ak}\naccess_key_secret: {zh_sk}\nbucket: shop-images-test\n", zh_sk)

# Japanese dev chat with token
ja_tok = slack_bot()
sec("slack_bot_token/ja_dev_chat",
    f"田中: ボットのトークン貼っておきます → {ja_tok}\n鈴木: 了解、.envに入れときます", ja_tok)

# Korean dev log
ko_tok = npm_token()
sec("npm_token/ko_build_log",
    f"[빌드 로그] npm publish 실패: NPM_TOKEN={ko_tok} 권한이 없습니다 (403)", ko_tok)

# Russian devops
ru_tok = gitlab_pat()
sec("gitlab_pat/ru_devops_chat",
    f"Дима: держи токен для раннера {ru_tok}, срок действия 30 дней", ru_tok)

# Arabic developer email with connection string
ar_db = url_pw(16)
sec("password/ar_connection_string",
    f"يرجى استخدام سلسلة الاتصال التالية في بيئة الاختبار:\nServer=10.1.1.5;Database=hr;User Id=hr_app;Password={ar_db};", ar_db)

# Turkish devops .env
tr_key = stripe("sk_live_")
sec("stripe_secret/tr_env_dosyasi",
    f"# canlı ortam anahtarları (kimseyle paylaşma!)\nSTRIPE_SECRET_KEY={tr_key}\n", tr_key)

# German agent tool call with password
de_tool_pw = strong_pw(14)
sec("password/de_agent_tool_call",
    "Agent-Schritt 4 — Werkzeugaufruf:\n" + json.dumps({"name": "ssh_exec", "arguments": {
        "host": "nas.fam-becker.lan", "user": "admin", "password": de_tool_pw, "command": "df -h"}}, ensure_ascii=False), de_tool_pw)

# French log with bearer
fr_bearer = rs(40, AN)
sec("bearer_token/fr_journal_erreur",
    f"[ERREUR] 2026-12-07 02:01:13 échec d'appel API : Authorization: Bearer {fr_bearer} → 401 Non autorisé", fr_bearer)

# Hindi dev
hi_key = openai_key()
sec("openai_key/hi_doubt_chat",
    f"भाई मेरा कोड नहीं चल रहा, key डाली है फिर भी error: openai.api_key = \"{hi_key}\"", hi_key)

# Thai payment
th_card = card("visa")
sec("card_number/th_chat_shop",
    f"ลูกค้า: ชำระด้วยบัตรเครดิตได้ไหมคะ เลขบัตร {grp(th_card, 4, '-')} หมดอายุ 08/28", grp(th_card, 4, "-"))

# Vietnamese wifi
vi_pw = human_pw()
sec("wifi_password/vi_quan_ca_phe",
    f"Mật khẩu wifi quán: {vi_pw} (mạng CaPhe_Muoi_5G)", vi_pw)

# Greek dev
gr_pw = human_pw()
sec("password/gr_email_logariasmos",
    f"Ο κωδικός πρόσβασης για το λογιστικό πρόγραμμα είναι {gr_pw} — άλλαξέ τον μετά την πρώτη σύνδεση.", gr_pw)

# Hebrew dev
he_tok = gh_token()
sec("github_pat/he_slack_message",
    f"אפשר להשתמש בטוקן הזה עד שנסדר CI: {he_tok}", he_tok)

# Dutch zorgverzekering
nl_polis = dg(9)
sec("insurance_policy/nl_zorgpas_foto_ocr",
    f"OCR zorgpas:\nZilveren Kruis\nNaam: M. Bakker\nPolisnummer: {nl_polis}\nBSN: {bsn_nl()}\nGeldig vanaf 01-01-2026", nl_polis)

# Ukrainian card
ua_card = card("visa")
sec("card_number/ua_monobank",
    f"Банка на дрони 🇺🇦 картка {ua_card} (монобанк), дякую всім!", ua_card)

# Indonesian bank account + PIN
id_acct = dg(10, True)
sec("bank_account/id_transfer_bca",
    f"Transfer ke BCA {id_acct} a.n. Dewi Lestari ya, nominal Rp 350.000", id_acct)

# Swedish BankID-ish
se_code = dg(6)
sec("otp/se_sms_kod",
    f"Din engångskod är {se_code}. Ange den inte i telefon till någon som ringer dig.", se_code)

# Polish ID card (dowód) number
pl_dowod = rs(3, UP) + dg(6)
sec("id_card/pl_dowod_osobisty",
    f"Umowa najmu — Najemca: Piotr Wiśniewski, legitymujący się dowodem osobistym nr {pl_dowod}, PESEL {pesel()}.", pl_dowod)

# Spanish NIE / passport
es_pp = rs(3, UP) + dg(6)
sec("passport_number/es_reserva_hotel",
    f"Check-in online — Nombre: Javier Ruiz, Nº de pasaporte: {es_pp}, Nacionalidad: ESP", es_pp)

# Finnish bank account IBAN in pdf text
fi_iban2 = iban_fi()
sec("iban/fi_lasku_pdf",
    f"LASKU\nLaskun numero: 20261207-3\nSaaja: Putkiliike Heikkinen Oy\nSaajan tilinumero: {grp(fi_iban2)}\nViitenumero: 12344\nEräpäivä: 21.12.2026\nYhteensä: 386,40 €", grp(fi_iban2))

# Chinese WeChat pay password
zh_pay = pin(6)
sec("pin/zh_zhifu_mima",
    f"妈：支付密码是{zh_pay}，买完菜就行", zh_pay)

# Korean door lock
ko_door = dg(6)
sec("door_code/ko_doorlock",
    f"택배 기사님께: 공동현관 비밀번호 #{ko_door} 누르시고 문 앞에 두세요", ko_door)

# Japanese wifi router label OCR
ja_wifi = rs(13, LO + DG)
sec("wifi_password/ja_router_label_ocr",
    f"OCR（ルーター底面ラベル）:\nSSID: aterm-8f2c1a-g\n暗号化キー(AES): {ja_wifi}\nWPS PIN: -", ja_wifi)

# Arabic door code
ar_door = dg(4)
sec("door_code/ar_whatsapp_shaqqa",
    f"أهلاً، رمز باب العمارة {ar_door} والشقة في الطابق الثالث. المفتاح تحت السجادة.", ar_door)

# Hindi wifi
hi_wifi = human_pw()
sec("wifi_password/hi_pg_notice",
    f"PG सूचना: नया वाई-फाई पासवर्ड {hi_wifi} है। किराया 5 तारीख तक जमा करें।", hi_wifi)

# Russian passport (series + number)
ru_pp = f"{dg(2)} {dg(2)} {dg(6)}"
sec("passport_number/ru_bronirovanie",
    f"Для оформления билета: Иванова Мария Петровна, паспорт {ru_pp}, дата рождения 12.04.1990.", ru_pp)

# Turkish e-Devlet password
tr_pw = human_pw()
sec("password/tr_edevlet_mesaj",
    f"Babacım e-Devlet şifren {tr_pw}, giriş yapınca değiştirmeyi unutma.", tr_pw)

# Greek card
gr_cvv = cvv()
sec("cvv/gr_agora_online",
    f"Κάρτα: {grp(card('mc'))}, λήξη 02/27, CVV {gr_cvv}", gr_cvv)

# Hebrew card + CVV in a form
he_card = card("visa")
sec("card_number/he_tofes_tashlum",
    f"טופס תשלום\nשם בעל הכרטיס: יוסי כהן\nמספר כרטיס: {grp(he_card)}\nתוקף: 11/28\n3 ספרות בגב הכרטיס: {cvv()}", grp(he_card))

# ==========================================================================
# INNOCENT look-alikes
# ==========================================================================
c40 = [hx(40) for _ in range(4)]
inn("commit_hash/git_log_oneline",
    "$ git log --oneline -4\n" + "\n".join(f"{c[:7]} {m}" for c, m in zip(c40, ["fix: retry on 502", "chore(deps): bump axios to 1.7.9", "feat: CSV export", "docs: update README"])))
inn("commit_hash/full_sha_revert",
    f"This reverts commit {c40[0]}.\n\nThe retry loop caused duplicate charges in staging.")
inn("docker_digest/pull_output",
    f"1.27.3: Pulling from library/nginx\nDigest: sha256:{hx(64)}\nStatus: Downloaded newer image for nginx:1.27.3")
inn("npm_integrity/package_lock",
    json.dumps({"node_modules/lodash": {"version": "4.17.21", "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
                                        "integrity": "sha512-" + b64b(64)}}, indent=2))
inn("uuid/request_id_log",
    f"2026-12-07T02:05:11Z INFO request_id={rand_uuid()} method=GET path=/healthz status=200 duration_ms=3")
inn("order_number/amazon_style",
    f"Your order #{dg(3, True)}-{dg(7)}-{dg(7)} has shipped! Arriving Thursday.")
inn("tracking/ups",
    f"UPS tracking number: 1Z{rs(6, UP + DG)}{dg(2)}{dg(8)} — Out for delivery")
inn("tracking/usps",
    f"USPS Tracking®: 9400 {dg(4)} {dg(4)} {dg(4)} {dg(4)} {dg(2)}")
inn("tracking/de_dhl",
    f"Ihre Sendung {dg(12, True)} wurde heute in der Packstation 142 zugestellt. Abholcode folgt per App.")
inn("flight/de_boarding",
    "Boarding für LH 441 nach Detroit beginnt um 10:35 an Gate B22. Ihr Sitzplatz: 23A.")
inn("room_ext/hotel_frontdesk",
    "Front desk is extension 0, housekeeping ext. 4410. Your room is 1207 on the 12th floor.")
inn("phone_extension/business_signature",
    "Maria Lopez | Accounts Payable\nT +1 (415) 555-0134 ext. 221 | F +1 (415) 555-0199")
inn("price/de_invoice_total",
    "Zwischensumme: 1.049,58 €\nMwSt. 19 %: 199,42 €\nGesamt: 1.249,00 €")
inn("isbn/book_citation",
    "Kernighan, B. W., & Ritchie, D. M. (1988). The C Programming Language (2nd ed.). Prentice Hall. ISBN 978-0-13-110362-7.")
inn("placeholder/docker_compose_env_ref",
    "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n      POSTGRES_USER: ${DB_USER:-app}\n")
inn("placeholder/readme_token",
    "## Usage\n\n```bash\ncurl -H \"Authorization: Bearer <your-token>\" https://api.example.com/v1/me\n```")
inn("placeholder/env_example_empty",
    "# .env.example — copy to .env and fill in\nSTRIPE_SECRET_KEY=\nSTRIPE_WEBHOOK_SECRET=\nDATABASE_URL=postgres://user:password@localhost:5432/dbname\n")
inn("placeholder/gha_secrets_expression",
    "      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n")
inn("placeholder/k8s_secret_key_ref",
    "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: payments-db\n        key: password\n")
inn("placeholder/terraform_sensitive_var",
    "variable \"db_password\" {\n  description = \"Master password for the RDS instance\"\n  type        = string\n  sensitive   = true\n}\n")
inn("placeholder/xxx_masked",
    "API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSECRET=********")
inn("placeholder/angle_brackets_cli_docs",
    "Usage: mytool login --username <USERNAME> --password <PASSWORD> [--otp <CODE>]")
inn("placeholder/python_getenv",
    "api_key = os.environ[\"OPENAI_API_KEY\"]\nclient = OpenAI(api_key=api_key)")
inn("redacted/log_already_masked",
    "2026-12-07 02:07:00 DEBUG auth: login ok user=j.becker password=[REDACTED] token=***")
inn("public_key/ssh_ed25519_authorized_keys",
    "ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + R.randbytes(32)).decode() + " lena@thinkpad")
inn("public_key/age_recipient",
    f"Encrypt backups to: age1{bech32_upper(58).lower()}")
inn("public_key/ssh_host_fingerprint",
    f"The authenticity of host 'git.example.org (203.0.113.7)' can't be established.\nED25519 key fingerprint is SHA256:{b64b(32).rstrip('=')}.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?")
inn("public_key/pgp_fingerprint",
    "pub   ed25519 2024-03-11 [SC]\n      " + " ".join(hx(4).upper() for _ in range(10)) + "\nuid           [ultimate] Ana Souza <ana@example.org>")
inn("checksum/sha256sum_iso",
    f"{hx(64)}  ubuntu-24.04.1-live-server-amd64.iso")
inn("checksum/sha256_hello",
    "$ echo -n hello | sha256sum\n2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824  -")
inn("checksum/go_sum",
    f"golang.org/x/crypto v0.31.0 h1:{b64b(32)}\ngolang.org/x/crypto v0.31.0/go.mod h1:{b64b(32)}")
inn("checksum/pip_requirements_hash",
    f"requests==2.32.3 \\\n    --hash=sha256:{hx(64)}")
inn("etag/http_response",
    f"HTTP/2 200\ncontent-type: image/png\netag: \"{hx(40)}\"\ncache-control: public, max-age=31536000")
inn("trace_id/traceparent_header",
    f"traceparent: 00-{hx(32)}-{hx(16)}-01")
inn("container_id/docker_ps",
    f"CONTAINER ID   IMAGE          COMMAND                  STATUS\n{hx(12)}   redis:7.4      \"docker-entrypoint.s…\"   Up 3 days")
inn("pod_names/kubectl_get_pods",
    f"NAME                        READY   STATUS    RESTARTS   AGE\napi-7d9f8c6b5-{rs(5, LO + DG)}        1/1     Running   0          2d\nworker-5c6d7e8f9-{rs(5, LO + DG)}     1/1     Running   1          2d")
inn("version/tool_versions",
    "node v20.11.1, npm 10.2.4, Python 3.12.7, OpenSSL 3.0.13 30 Jan 2024, kubectl v1.31.2, terraform v1.9.8")
inn("version/semver_rc",
    "Released v2.14.3-rc.1+build.20261207 (commit 4f2a9c1).")
inn("cve/security_advisory",
    "CVE-2024-3094 (xz-utils 5.6.0/5.6.1) — CVSS 10.0. Upgrade to 5.6.2 or downgrade to 5.4.6.")
inn("doi_orcid/paper_citation",
    "Jumper, J. et al. Highly accurate protein structure prediction with AlphaFold. Nature 596, 583–589 (2021). https://doi.org/10.1038/s41586-021-03819-2  ORCID: 0000-0002-1825-0097")
inn("aws_doc_example/access_key",
    "In the AWS documentation examples, the access key ID is shown as AKIAIOSFODNN7EXAMPLE and the secret access key as wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Replace them with your own values.")
inn("aws_arn/iam_role",
    "Assuming role arn:aws:iam::123456789012:role/ReadOnlyAuditor in us-east-1 (request id 6c1f0c3e-0b5a-4c7e-9a0e-1f2d3c4b5a69).")
inn("stripe_test_card/docs",
    "To test a successful payment, use the test card 4242 4242 4242 4242 with any future expiry date and any 3-digit CVC.")
inn("masked_card/receipt",
    "VISA •••• 4821\nAUTH CODE 083114\nAMOUNT EUR 23,40\nTHANK YOU FOR SHOPPING AT REWE")
inn("bic/public_bank_identifier",
    "SWIFT/BIC for Commerzbank Frankfurt: COBADEFFXXX. Intermediary bank charges may apply.")
inn("docs/password_policy_es",
    "Política de contraseñas: mínimo 12 caracteres, al menos una mayúscula, un número y un símbolo. La contraseña caduca cada 90 días y no puede repetirse ninguna de las 5 anteriores.")
inn("docs/pin_warning_de",
    "Wichtig: Ihre Bank wird Sie niemals nach Ihrer PIN oder TAN fragen – weder am Telefon noch per E-Mail.")
inn("ui_strings/ja_password_reset",
    "パスワードをお忘れですか？登録済みのメールアドレスを入力してください。再設定用のリンクをお送りします。")
inn("ui_strings/otp_template",
    "Enter the 6-digit code we sent to +44 •••• ••• 461. Didn't get it? Resend in 0:30.")
inn("sms/bank_notification_no_code",
    "MYBANK: Your card ending 4821 was used for GBP 23.40 at TESCO STORES on 07/12. Not you? Call 0345 600 2290.")
inn("zoom/meeting_id_only",
    "Weekly standup — Zoom Meeting ID: 845 2291 0073 (passcode in the calendar invite)")
inn("wifi/ssid_only",
    "Guest network is 'Cafe_Lumen' — ask at the counter for today's password.")
inn("jira/ticket_keys",
    "Fixed in PAY-4821, follow-up PAY-4830; see PR #1187 and build 2026.12.07.3.")
inn("slack_ids/public_ids",
    "Posted to channel C05QW2L8K1M by user U02AB3CD4EF (thread ts 1733535123.004900).")
inn("base64/tutorial_hello",
    "Base64 example: 'Hello, World!' encodes to SGVsbG8sIFdvcmxkIQ== and decodes back.")
inn("jwt_header/docs",
    "Every HS256 JWT from our API starts with eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9, which is just the base64url of {\"alg\":\"HS256\",\"typ\":\"JWT\"}.")
inn("s3_public_url",
    "Download the dataset: https://open-data-example.s3.amazonaws.com/census/2021/population_by_district.csv")
inn("youtube_url",
    "Great talk on CRDTs: https://www.youtube.com/watch?v=x7drE24geUw&t=312s")
inn("color_hex/css",
    ":root {\n  --brand: #1f6feb;\n  --accent: #f78166;\n  --bg: #0d1117;\n}")
inn("mac_address/printer",
    "Printer HP LaserJet M404 — IP 192.168.1.50, MAC 3C:52:82:1A:4F:9E, firmware 002_2348A")
inn("ipv6/doc_address",
    "ping6 2001:db8:85a3::8a2e:370:7334 — 64 bytes, time=12.4 ms")
inn("recipe/numbers",
    "Preheat oven to 180°C (356°F). 250 g flour, 125 g butter, 2 eggs, 1 tsp baking powder. Bake 35–40 min.")
inn("sports_score",
    "Final: Bayern 3–1 Dortmund (Kane 23', 67'; Musiala 81' — Adeyemi 55'). Attendance 75,024.")
inn("date_time/meeting",
    "Parents' evening: Thursday 11 December 2026, 17:30–19:00, Room B204.")
inn("postcode/business_address_nl",
    "Bakkerij De Molen, Molenstraat 12, 3512 JK Utrecht — KvK 12345678")
inn("train/de_db",
    "ICE 578 nach Hamburg-Altona, Abfahrt 14:52 von Gleis 7, Wagen 26, Platz 61.")
inn("order/zh_dingdanhao",
    f"您的订单 {dg(18, True)} 已发货，顺丰快递单号 SF{dg(13, True)}，预计明天送达。")
inn("order/ko_jumunbeonho",
    f"주문번호 {dg(8)}-{dg(7)} 상품이 출고되었습니다. CJ대한통운 송장번호 {dg(12, True)}")
inn("flight/ar_rihla",
    "رحلة الإمارات EK 202 من دبي إلى نيويورك، البوابة A12، موعد الإقلاع 08:30.")
inn("invoice/he_mispar_heshbonit",
    "חשבונית מס מספר 4471 מתאריך 05/12/2026, סה\"כ לתשלום 1,250 ₪ כולל מע\"מ.")
inn("order/ru_nomer_zakaza",
    f"Ваш заказ № {dg(9, True)} собран и передан в доставку. Трек-номер: RU{dg(9)}CN.")
inn("tracking/ua_nova_poshta",
    f"Посилка прибула у відділення №14. Номер ТТН: 20{dg(12)}. Термін зберігання — 5 днів.")
inn("tracking/th_kerry",
    f"พัสดุของคุณหมายเลข KEX{dg(10)} กำลังนำส่ง คาดว่าจะถึงวันที่ 9 ธ.ค.")
inn("order/vi_shopee",
    f"Đơn hàng {dg(6)}{rs(8, UP + DG)} đã được giao thành công. Cảm ơn bạn đã mua sắm!")
inn("tracking/id_jne",
    f"Paket dengan nomor resi JNE {dg(15, True)} sedang dalam perjalanan ke Bandung.")
inn("train/hi_rail",
    "12951 मुंबई राजधानी एक्सप्रेस, कोच B4, बर्थ 32, प्रस्थान 17:00 प्लेटफ़ॉर्म 3 से।")
inn("tracking/tr_kargo",
    f"Kargonuz yola çıktı. Takip numarası: {dg(12, True)} — Yurtiçi Kargo")
inn("order/gr_paraggelia",
    f"Η παραγγελία σας #{dg(7, True)} απεστάλη με ACS. Αριθμός αποστολής: {dg(10, True)}.")
inn("order/it_numero_ordine",
    f"Ordine n. {dg(3)}-{dg(7)} confermato. Consegna prevista: 10/12/2026 al CAP 40121.")
inn("tracking/pt_correios",
    f"Objeto QB{dg(9)}BR postado em 05/12/2026 — em trânsito para Belo Horizonte/MG.")
inn("flight/fr_vol",
    "Vol AF 1234 Paris-CDG → Nice, départ 09h15, terminal 2F, porte F32, siège 14C.")
inn("order/fi_tilaus",
    f"Tilausnumero {dg(8, True)} — toimitus Postin pakettiautomaattiin, noutokoodi tulee tekstiviestinä.")
inn("docs/pl_room_numbers",
    "Plan lekcji 2b: poniedziałek — matematyka (sala 204), j. polski (sala 112), WF (sala gimnastyczna).")
inn("docs/sv_password_help",
    "Glömt lösenordet? Klicka på ”Glömt lösenord” på inloggningssidan så skickar vi en återställningslänk till din e-post.")
inn("docs/fr_documentation_mot_de_passe",
    "Le mot de passe doit être stocké dans la variable d'environnement DB_PASSWORD ; ne jamais l'écrire en clair dans le dépôt.")
inn("docs/ru_parol_instruktsiya",
    "Чтобы сменить пароль, откройте Настройки → Безопасность → Изменить пароль. Пароль должен содержать не менее 10 символов.")
inn("docs/ar_password_policy",
    "يجب أن تتكون كلمة المرور من 12 حرفاً على الأقل وتحتوي على رقم ورمز خاص.")
inn("docs/zh_mima_guize",
    "密码长度为8-20位，须包含字母和数字。请勿使用生日或手机号作为密码。")
inn("docs/ko_bimilbeonho_annae",
    "비밀번호는 90일마다 변경해야 하며, 최근 사용한 비밀번호 3개는 다시 사용할 수 없습니다.")
inn("docs/hi_otp_chetavani",
    "सावधान: बैंक कभी भी फोन पर OTP या PIN नहीं माँगता। किसी के साथ साझा न करें।")
inn("tool_call/search_no_secret",
    json.dumps({"name": "web_search", "arguments": {"query": "how to rotate a leaked GitHub personal access token", "max_results": 5}}))
inn("tool_call/read_file_path",
    json.dumps({"name": "read_file", "arguments": {"path": "/etc/app/secrets/.gitkeep"}}))
inn("agent_thought/no_values",
    "Thought: The API returned 401. The token might have expired — I should ask the user to generate a new one instead of guessing.")
inn("hashes/lfs_pointer",
    f"version https://git-lfs.github.com/spec/v1\noid sha256:{hx(64)}\nsize 48211934")
inn("cargo_lock/checksum",
    f"[[package]]\nname = \"serde\"\nversion = \"1.0.215\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{hx(64)}\"")
inn("uuid/public_resource_urls",
    f"See the dashboard at https://grafana.example.com/d/{rs(9, LO + DG)}/api-latency?orgId=1 and dataset https://data.example.gov/dataset/{rand_uuid()}")
inn("math/luhn_explanation",
    "The Luhn algorithm doubles every second digit from the right; for example 7992739871 needs check digit 3.")
inn("ticket/event_seat",
    "Elbphilharmonie, Großer Saal — Block K, Reihe 5, Platz 18. Einlass ab 19:00.")
inn("product_codes/ean_sku",
    "SKU WH-1000XM5/B, EAN 4548736134423, model YY2954 — 349,00 €")
inn("bus_route/schedule",
    "Line 42 to Central Station departs every 12 min; last bus 23:47 from stop 1183.")
inn("coords/geo",
    "Meet at 52.5163° N, 13.3777° E (Brandenburger Tor), 14:00.")
inn("git_tag/release_notes",
    "Tagged release-2026.12.07 at c3f9e1a; Docker image ghcr.io/acme/api:2026.12.07-c3f9e1a.")
inn("wireguard/public_key_peer_only",
    f"[Peer]\n# office gateway\nPublicKey = {wg_key()}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 10.8.0.0/24")
inn("http/response_headers_no_secrets",
    f"HTTP/1.1 200 OK\nDate: Mon, 07 Dec 2026 02:10:00 GMT\nContent-Type: application/json\nX-Request-Id: {rand_uuid()}\nX-RateLimit-Remaining: 4987")
inn("email/meeting_reschedule",
    "Hi all, moving tomorrow's sync to 15:30 CET in room 3.14 (Turing). Agenda: Q1 roadmap, hiring, on-call rota.")
inn("form/blank_fields",
    "Card number: ____ ____ ____ ____\nExpiry: __/__   CVC: ___\nSignature: ______________")
inn("voicemail/no_secret",
    "Voicemail transcript: \"Hi, it's Dr. Patel's office confirming your appointment on Tuesday at 9:40. Please arrive ten minutes early. Call us on 020 7946 0321 if you need to reschedule.\"")
inn("kubernetes/configmap_plain",
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: checkout_v2,dark_mode\n  CACHE_TTL_SECONDS: \"300\"\n")
inn("sql/schema_password_column",
    "CREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT UNIQUE NOT NULL,\n  password_hash TEXT NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now()\n);")


# ==========================================================================
# import-time checks
# ==========================================================================
for _s in SECRETS:
    assert _s.secret, _s.id
    assert _s.secret in _s.text, _s.id
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), [i for i in _ids if _ids.count(i) > 1]
assert len(SECRETS) >= 180, len(SECRETS)
assert len(INNOCENT) >= 80, len(INNOCENT)
for _c in (c1, c2, c3, c4, csv_card, tc_card, log_card, de_card, ja_card, zh_card, ru_card, tr_card, th_card, he_card, ua_card):
    assert luhn_ok(_c)
for _i in (de_iban, fr_iban, es_iban, gb_iban, it_iban, nl_iban, pl_iban, tr_iban, sa_iban, ch_iban, pt_iban,
           gr_iban, ua_iban, se_iban, fi_iban, fi_iban2, il_iban, ae_iban, lower_iban.upper()):
    assert iban_ok(_i), _i

if __name__ == "__main__":
    print(f"{len(SECRETS)} secrets, {len(INNOCENT)} innocent")
