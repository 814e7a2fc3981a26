"""Independent redaction test corpus no. 14 (secrets_c14).

Written on Mon Dec  7 04:31:43 UTC 2026 by a helper that did not see the
redactor, its rules, its tests or any earlier corpus.  Everything here was
written from general knowledge only.

Purpose: judge a redactor that scrubs secrets from an LLM-agent shared memory
(task texts, thoughts, tool calls and outputs, chats, documents, logs).

* SECRETS  - each text holds a secret; ``secret`` is an exact substring of
  ``text`` that must not survive redaction.
* INNOCENT - hard look-alikes that must come back unchanged.

Counts: 244 secrets, 133 innocent texts (377 ids, all unique).

Settings covered (id prefix "setting/..."): chat threads with several
speakers, forwarded e-mails with quoted replies, call-centre transcripts,
voice-note transcripts, OCR of photographed documents (with misreads, MRZ),
spreadsheets pasted as TSV/CSV/markdown, agent screenshot descriptions, logs
with timestamps (nginx, gunicorn, proxy, tracebacks), agent tool calls /
tool outputs / thoughts / memory writes, config files (INI, .env, YAML,
docker-compose, Kubernetes Secret, TOML, XML, Java properties, HCL/Terraform,
wpa_supplicant, .pgpass, .npmrc, .pypirc, ssh_config, GitHub Actions,
Ansible), code (Python, JavaScript, TypeScript, Go, Java, Kotlin, Swift plist,
Rust, C#, PHP, Ruby, SQL, PowerShell, Bash/curl, Solidity/hardhat, Jupyter
JSON, git diff, shell history), SMS, helpdesk tickets, iCalendar invites,
HTTP form posts, HAR cookies, core-dump strings, markdown runbooks,
password-manager CSV exports, whiteboard / sticky-note photos, commit
messages, wiki pages, backup-code sheets, decoded QR codes (otpauth, WIFI:),
receipts, cheque MICR lines, health and government forms, passports and
driving licences, security questions, safe / door / alarm / lockbox codes,
webhooks, session cookies, signed URLs (S3 presigned, Azure SAS), plus
deliberately hard cases: split across lines/messages, base64 / URL /
double-URL / JSON / \\u / hex encodings, typos in labels, unlabelled secrets.
Innocent settings add: git logs, checksums, lockfiles, UUIDs, ARNs and cloud
resource ids, public keys / fingerprints / certificates, public crypto
addresses and tx hashes, placeholders and secret references, talk about
passwords without one, orders / bookings / tracking / invoices / tickets,
error codes, measurements, prices, dates, phone numbers, postcodes, room and
flight numbers, test vectors, recipes, scores.

Languages besides English (id prefix "lang/..."): German (de), French (fr),
Spanish (es), Portuguese (pt), Italian (it), Dutch (nl), Polish (pl),
Swedish (sv), Finnish (fi), Norwegian (no), Danish (da), Hungarian (hu),
Czech (cs), Romanian (ro), Turkish (tr), Russian (ru), Ukrainian (uk),
Greek (el), Arabic (ar), Hebrew (he), Persian (fa), Hindi (hi), Chinese (zh),
Japanese (ja), Korean (ko), Thai (th), Vietnamese (vi), Indonesian (id),
Swahili (sw) - 29 languages, non-Latin scripts: Cyrillic, Greek, Arabic,
Hebrew, Persian, Devanagari, Han, Kana, Hangul, Thai - plus mixed-language
texts ("mixed/...", Hinglish, Spanglish, Swiss fr/de, ja/en, zh/en, ru translit).

All secret values are synthetic, generated at import time from a seeded
``random.Random``; shapes follow vendor prefixes and lengths, cards are
Luhn-valid, IBANs have valid mod-97 check digits, and national ids that have
check digits (SSN ranges, NIR, DNI, CPF, PESEL, BSN, personnummer, HETU, RRN,
My Number, TC Kimlik, Aadhaar/Verhoeff, INN, SNILS, SIN, Israeli ID, codice
fiscale, KVNR, NHS, TFN, Steuer-ID, AFM, RNOKPP, Thai ID, code melli, CNP,
rodne cislo, MRZ) get valid ones.  None is a real credential.
"""
import base64
import hashlib
import json
import random
import string
import urllib.parse
from typing import NamedTuple


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []


def S(id_: str, text: str, secret: str) -> None:
    SECRETS.append(Secret(id_, text, secret))


def I(id_: str, text: str) -> None:
    INNOCENT.append(Innocent(id_, text))


# ---------------------------------------------------------------- generators
_R = random.Random(0xC14_7D3E)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rs(alpha: str, n: int) -> str:
    return "".join(_R.choice(alpha) for _ in range(n))


def dig(n: int) -> str:
    return str(_R.randint(1, 9)) + rs(DG, n - 1)


def d0(n: int) -> str:
    return rs(DG, n)


def hx(n: int) -> str:
    return rs(HEX, n)


def an(n: int) -> str:
    return rs(AN, n)


def b64(n: int) -> str:
    return rs(AN + "+/", n)


def b64url(n: int) -> str:
    return rs(AN + "-_", n)


def lower_an(n: int) -> str:
    return rs(LO + DG, n)


def word_pw() -> str:
    words = ["Sommer", "river", "Blau", "tiger", "Marmelade", "cobalt", "Kaffee",
             "otter", "Luna", "pepper", "Wolke", "violet", "mango", "Falke", "quartz"]
    return (_R.choice(words) + _R.choice(["!", "#", "$", "*", "%", "&", "?"]) +
            d0(_R.randint(2, 4)) + _R.choice(words).lower())


def pw(n: int = 14) -> str:
    core = rs(AN + "!#$%&*+-=?@^_~", n - 3)
    return rs(UP, 1) + rs(DG, 1) + core + rs("!#%*", 1)


def luhn_digit(body: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def card(prefix: str, length: int = 16) -> str:
    body = prefix + d0(length - len(prefix) - 1)
    return body + luhn_digit(body)


def grp(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def expiry() -> str:
    return f"{_R.randint(1, 12):02d}/{_R.randint(27, 31)}"


def cvv(n: int = 3) -> str:
    return d0(n)


def iban(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    ck = 98 - int(num) % 97
    return f"{cc}{ck:02d}{bban}"


def iban_de() -> str:
    return iban("DE", d0(18))


def iban_fr() -> str:
    return iban("FR", d0(10) + rs(UP + DG, 11) + d0(2))


def iban_es() -> str:
    return iban("ES", d0(20))


def iban_nl() -> str:
    return iban("NL", _R.choice(["ABNA", "INGB", "RABO", "TRIO"]) + d0(10))


def iban_gb() -> str:
    return iban("GB", _R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + d0(14))


def iban_it() -> str:
    return iban("IT", rs(UP, 1) + d0(10) + rs(UP + DG, 12))


def iban_pl() -> str:
    return iban("PL", d0(24))


def iban_tr() -> str:
    return iban("TR", d0(5) + "0" + rs(UP + DG, 16))


def iban_sa() -> str:
    return iban("SA", d0(2) + rs(UP + DG, 18))


def iban_ch() -> str:
    return iban("CH", d0(5) + rs(UP + DG, 12))


def ssn() -> str:
    a = _R.choice([_R.randint(1, 665), _R.randint(667, 899)])
    return f"{a:03d}-{_R.randint(1, 99):02d}-{_R.randint(1, 9999):04d}"


def nino() -> str:
    return (_R.choice(["AB", "CE", "HJ", "JK", "KL", "MA", "NE", "PR", "SH", "TW", "WP"])
            + d0(6) + _R.choice("ABCD"))


def nir() -> str:
    base = (str(_R.randint(1, 2)) + f"{_R.randint(50, 99):02d}" + f"{_R.randint(1, 12):02d}"
            + f"{_R.randint(1, 95):02d}" + d0(3) + d0(3))
    key = 97 - int(base) % 97
    return base + f"{key:02d}"


def dni() -> str:
    n = _R.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def cn_id() -> str:
    region = _R.choice(["110105", "310104", "440305", "510107", "330106"])
    body = (region + f"{_R.randint(1965, 2002)}" + f"{_R.randint(1, 12):02d}"
            + f"{_R.randint(1, 28):02d}" + d0(3))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + "10X98765432"[s % 11]


def cpf() -> str:
    d = [int(c) for c in d0(9)]
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def pesel() -> str:
    body = (f"{_R.randint(60, 99):02d}" + f"{_R.randint(1, 12):02d}"
            + f"{_R.randint(1, 28):02d}" + d0(4))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + str((10 - s % 10) % 10)


def bsn() -> str:
    while True:
        d = dig(9)
        s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
        if s % 11 == 0:
            return d


def personnummer() -> str:
    body = (f"{_R.randint(60, 99):02d}" + f"{_R.randint(1, 12):02d}"
            + f"{_R.randint(1, 28):02d}" + d0(3))
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def hetu() -> str:
    dd, mm, yy = _R.randint(1, 28), _R.randint(1, 12), _R.randint(60, 99)
    nnn = _R.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{nnn:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}"


def rrn() -> str:
    body = (f"{_R.randint(70, 99):02d}" + f"{_R.randint(1, 12):02d}"
            + f"{_R.randint(1, 28):02d}" + str(_R.randint(1, 2)) + d0(5))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * k for c, k in zip(body, w))
    return f"{body[:6]}-{body[6:]}{(11 - s % 11) % 10}"


def my_number() -> str:
    body = d0(11)
    s = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return body + str(0 if r <= 1 else 11 - r)


def tckn() -> str:
    d = [_R.randint(1, 9)] + [_R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


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


def aadhaar() -> str:
    body = str(_R.randint(2, 9)) + d0(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    full = body + str(_VINV[c])
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def pan_in() -> str:
    return rs(UP, 3) + "P" + rs(UP, 1) + d0(4) + rs(UP, 1)


def inn_ru() -> str:
    d = [int(c) for c in dig(10)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def snils() -> str:
    body = d0(9)
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s > 101:
        s %= 101
    ck = 0 if s in (100, 101) else s
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {ck:02d}"


def sin_ca() -> str:
    body = str(_R.choice([1, 2, 3, 4, 5, 6, 7])) + d0(7)
    full = body + luhn_digit(body)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def il_id() -> str:
    body = d0(8)
    s = 0
    for i, ch in enumerate(body):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        s += v - 9 if v > 9 else v
    return body + str((10 - s % 10) % 10)


def aba() -> str:
    while True:
        d = d0(8)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * k for c, k in zip(d, w))
        c = (10 - s % 10) % 10
        if d[0] in "0123":
            return d + str(c)


def codice_fiscale() -> str:
    odd = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                    2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
    cons = "BCDFGHLMNPRSTVZ"
    body = (rs(cons, 3) + rs(cons, 3) + f"{_R.randint(60, 99):02d}" + _R.choice("ABCDEHLMPRST")
            + f"{_R.randint(1, 28) + _R.choice([0, 40]):02d}" + _R.choice(["H501", "F205", "L219", "G273"]))
    s = 0
    for i, ch in enumerate(body):
        if i % 2 == 0:
            s += odd[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return body + chr(65 + s % 26)


def kvnr() -> str:
    letter = rs(UP, 1)
    eight = dig(8)
    digits = f"{ord(letter) - 64:02d}" + eight
    s = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        s += v // 10 + v % 10
    return letter + eight + str(s % 10)


def nhs() -> str:
    while True:
        d = dig(9)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            full = d + str(c)
            return f"{full[:3]} {full[3:6]} {full[6:]}"


def mbi() -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    return (str(_R.randint(1, 9)) + rs(L, 1) + rs(L + DG, 1) + d0(1) + rs(L, 1) + rs(L + DG, 1)
            + d0(1) + rs(L, 2) + d0(2))


def tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = dig(9)
        if sum(int(c) * k for c, k in zip(d, w)) % 11 == 0:
            return f"{d[:3]} {d[3:6]} {d[6:]}"


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


def base58(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def wif() -> str:
    raw = b"\x80" + _R.randbytes(32) + b"\x01"
    ck = hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    return base58(raw + ck)


_BIP = ("abandon ability absorb abstract access accident acid acoustic actress adapt "
        "advice aerobic afford agent album alcohol alley almost alpha amateur anchor "
        "ankle antenna anxiety apology armed artefact artist asthma atom auction autumn "
        "avocado awkward bacon badge bamboo banana barrel basket battle beach believe "
        "bicycle biology blanket blossom bonus border bracket brisk broccoli bronze "
        "bubble budget cabbage cactus camera canal candy canvas carbon carpet castle "
        "catalog cereal chalk cherry chimney cinnamon circle citizen clarify coconut "
        "comic copper coral cotton cousin coyote crater cricket crystal cupboard "
        "dolphin donkey dragon drastic eagle eclipse elbow elephant ember enrich "
        "fabric falcon feather festival fiction fossil galaxy garlic gauge giraffe "
        "glimpse gorilla harvest hazard hedgehog helmet hollow hungry husband icon "
        "igloo inhale jaguar jelly kangaroo kettle lantern lemon lizard lobster "
        "magnet mango marble meadow melody mirror monkey mosquito muffin napkin "
        "nephew noodle oasis olive orbit oyster paddle panther parrot peanut pelican "
        "pepper pigeon pioneer planet pumpkin puzzle quantum rabbit raccoon radar "
        "ribbon rocket saddle salmon sausage scorpion shadow shrimp silver sketch "
        "spider squirrel sunset tomato tornado trumpet tunnel turtle umbrella "
        "velvet violin volcano walnut whisper wisdom zebra").split()


def seed_phrase(n: int = 12) -> str:
    return " ".join(_R.choice(_BIP) for _ in range(n))


def b64e(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(payload: dict) -> str:
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64url(43)}"


def pem_body(nbytes: int) -> str:
    b = base64.b64encode(_R.randbytes(nbytes)).decode()
    return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


def openssh_body() -> str:
    raw = b"openssh-key-v1\x00" + _R.randbytes(380)
    b = base64.b64encode(raw).decode()
    return "\n".join(b[i:i + 70] for i in range(0, len(b), 70))


def totp_seed(n: int = 32) -> str:
    return rs(B32, n)


def uuid4() -> str:
    h = hx(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_R.choice('89ab')}{h[17:20]}-{h[20:]}"


# vendor tokens
def aws_akid() -> str: return "AKIA" + rs(UP + "234567", 16)
def aws_secret() -> str: return rs(AN + "/+", 40)
def gh_pat() -> str: return "ghp_" + an(36)
def gh_fine() -> str: return "github_pat_11" + rs(UP + DG, 20) + "_" + an(59)
def gh_oauth() -> str: return "gho_" + an(36)
def slack_bot() -> str: return f"xoxb-{dig(11)}-{dig(13)}-{an(24)}"
def slack_user() -> str: return f"xoxp-{dig(11)}-{dig(11)}-{dig(13)}-{hx(32)}"
def slack_hook() -> str: return f"https://hooks.slack.com/services/T{rs(UP + DG, 8)}/B{rs(UP + DG, 10)}/{an(24)}"
def stripe_sk() -> str: return "sk_live_51" + an(97)
def stripe_rk() -> str: return "rk_live_51" + an(97)
def stripe_wh() -> str: return "whsec_" + an(32)
def openai_key() -> str: return "sk-proj-" + b64url(156)
def anthropic_key() -> str: return "sk-ant-api03-" + b64url(93) + "AA"
def google_key() -> str: return "AIza" + b64url(35)
def twilio_tok() -> str: return hx(32)
def sendgrid() -> str: return f"SG.{b64url(22)}.{b64url(43)}"
def mailgun() -> str: return "key-" + hx(32)
def npm_tok() -> str: return "npm_" + an(36)
def pypi_tok() -> str: return "pypi-AgEIcHlwaS5vcmc" + b64url(150)
def glpat() -> str: return "glpat-" + b64url(20)
def discord_bot() -> str:
    return b64u(dig(18).encode()) + "." + b64url(6) + "." + b64url(38)
def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{dig(19)}/{b64url(68)}"
def telegram_bot() -> str: return f"{dig(10)}:AA{b64url(33)}"
def shopify() -> str: return "shpat_" + hx(32)
def do_tok() -> str: return "dop_v1_" + hx(64)
def vault_tok() -> str: return "hvs." + b64url(24)
def databricks() -> str: return "dapi" + hx(32)
def azure_key() -> str: return b64(86) + "=="
def hf_tok() -> str: return "hf_" + rs(UP + LO, 34)
def postman() -> str: return f"PMAK-{hx(24)}-{hx(34)}"
def atlassian() -> str: return "ATATT3xFfGF0" + b64url(170) + "=" + hx(8).upper()
def linear() -> str: return "lin_api_" + an(40)
def notion() -> str: return "ntn_" + dig(11) + an(35)
def figma() -> str: return "figd_" + b64url(40)
def datadog() -> str: return hx(32)
def newrelic() -> str: return "NRAK-" + rs(UP + DG, 27)
def okta() -> str: return "00" + b64url(40)
def mapbox_sk() -> str: return "sk.eyJ1Ijoi" + b64url(50) + "." + b64url(22)
def alibaba_id() -> str: return "LTAI5t" + an(18)
def tencent_id() -> str: return "AKID" + an(32)
def gcp_oauth_secret() -> str: return "GOCSPX-" + b64url(28)
def square() -> str: return "EAAA" + b64url(60)
def sentry_auth() -> str: return "sntrys_" + b64u(_R.randbytes(90))
def grafana() -> str: return "glsa_" + an(32) + "_" + hx(8)
def docker_pat() -> str: return "dckr_pat_" + b64url(27)
def cloudflare() -> str: return b64url(40)
def twitch() -> str: return lower_an(30)
def paypal_secret() -> str: return "E" + b64url(79)
def pulumi() -> str: return "pul-" + hx(40)
def terraform_cloud() -> str: return an(14) + ".atlasv1." + an(67)
def fb_token() -> str: return "EAAG" + an(180)
def yandex() -> str: return "y0_" + b64url(55)
def mongo_pw() -> str: return an(16)


def afm_gr() -> str:
    d = str(_R.randint(1, 9)) + d0(7)
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(d))
    return d + str(s % 11 % 10)


def rnokpp_ua() -> str:
    d = str(_R.randint(2, 4)) + d0(8)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return d + str(sum(int(c) * k for c, k in zip(d, w)) % 11 % 10)


def thai_id() -> str:
    d = str(_R.randint(1, 8)) + d0(11)
    s = sum(int(c) * (13 - i) for i, c in enumerate(d))
    return d + str((11 - s % 11) % 10)


def code_melli() -> str:
    d = str(_R.randint(0, 6)) + d0(8)
    r = sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11
    return d + str(r if r < 2 else 11 - r)


def steuer_id() -> str:
    while True:
        digits = _R.sample(range(10), 9)
        digits.append(_R.choice(digits))
        _R.shuffle(digits)
        if digits[0] != 0:
            break
    product = 10
    for x in digits:
        s = (x + product) % 10 or 10
        product = (s * 2) % 11
    ck = 11 - product
    return "".join(map(str, digits)) + str(0 if ck == 10 else ck)

# ====================================================================== SECRETS
# ---- chat threads (several speakers)
v = word_pw()
S("chat/wifi-guest-thread",
  f"[09:14] Maya: anyone know the guest wifi? the sticker fell off\n"
  f"[09:15] Tom: SSID is OfficeGuest-5G\n[09:15] Tom: pw {v}\n"
  f"[09:16] Maya: ty!! works", v)
v = d0(4)
S("chat/garage-door",
  f"Dad: leaving for airport, key under mat is gone so use the keypad\n"
  f"Dad: {v} then the button twice\nLena: ok got it 👍\nDad: delete this pls", v)
v = gh_pat()
S("chat/slack-paste-token",
  f"@devon: can you try with mine real quick\n@devon: {v}\n"
  f"@priya: works now, rotate it after lol\n@devon: yeah yeah", v)
v = aws_secret()
k = aws_akid()
S("chat/split-aws-two-msgs",
  f"ravi [10:02]: key id {k}\nravi [10:02]: secret in next msg so it doesn't preview\n"
  f"ravi [10:03]: {v}\nkim [10:05]: thx, set up the profile", v)
v = d0(6)
S("chat/otp-forward-mom",
  f"Mom: someone from the bank called and said they sent me a code\n"
  f"Mom: it says {v} do I give it to them??\nAlex: NO mom don't give it to anyone, that's a scam", v)
v = d0(4)
S("chat/lockbox-airbnb",
  f"Host: Hi! Self check-in after 3pm. Lockbox is on the left railing, code {v}.\n"
  f"Guest: Perfect, thanks!\nHost: Please scramble the dial after use 🙏", v)
v = pw(12)
S("chat/netflix-share",
  f"sis: what's the netflix login again\nme: same email, password is {v}\n"
  f"sis: capital first letter?\nme: yes exactly like that", v)
v = d0(4) + "#"
S("chat/alarm-code-neighbour",
  f"Jo: Can you feed the cat Sat+Sun? Alarm panel by the back door, type {v} within 30 sec\n"
  f"Sam: sure. which bowl?\nJo: blue one. thanks so much!!", v)

# ---- forwarded emails
v = pw(13)
S("email/forward-it-reset",
  f"---------- Forwarded message ---------\nFrom: IT Service Desk <servicedesk@northwind.example>\n"
  f"Date: Tue, 3 Nov 2026 08:11\nSubject: Your temporary password\n\n"
  f"Hi Jordan,\nyour temporary password is: {v}\nYou will be asked to change it at first login.\n\n"
  f"> Jordan wrote:\n> I'm locked out again, can you reset it?", v)
v = iban_gb()
S("email/quoted-reply-bank-details",
  f"Thanks, paid.\n\nOn Mon, 2 Nov 2026 at 17:40, Harriet Cole wrote:\n"
  f"> Hi, please send the deposit to my account:\n> Name: H Cole\n> IBAN: {v}\n"
  f"> Sort code and acc no are in there too.\n> Cheers, H", v)
v = card("4", 16)
e, c = expiry(), cvv()
S("email/travel-agent-card",
  f"From: Paul\nTo: bookings@seaview.example\nSubject: RE: RE: room hold\n\n"
  f"Please charge the balance to this card: {grp(v)} exp {e} cvc {c}\nName on card P. Anders\n\n"
  f">> We need a card to guarantee the booking.", grp(v))
S("email/travel-agent-cvv",
  f"From: Paul\nSubject: RE: card\n\nsorry forgot the security code, it's {c}. card ends {v[-4:]}.", c)
v = rs(UP + DG, 4) + "-" + rs(UP + DG, 4) + "-" + rs(UP + DG, 4)
S("email/recovery-codes-forward",
  f"Fwd: Save your recovery codes\n\nBegin forwarded message:\n> From: accounts@mailhost.example\n"
  f"> Keep these somewhere safe. Each can be used once.\n> 1. {v}\n> 2. {rs(UP+DG,4)}-{rs(UP+DG,4)}-{rs(UP+DG,4)}\n"
  f"> Don't share them with anyone.\n\nstoring them here so I don't lose them - me", v)

# ---- call centre / voice transcripts with dictated digits
nums = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
v = card("5", 16)
spoken = ", ".join(" ".join(nums[int(x)] for x in v[i:i + 4]) for i in range(0, 16, 4))
S("transcript/card-dictated-words",
  f"AGENT: And the long number on the front?\nCALLER: Okay, it's {spoken}.\n"
  f"AGENT: Thank you, and the expiry?\nCALLER: Uh, {expiry()}.", spoken)
v = ssn()
sp = " ".join(nums[int(x)] if x.isdigit() else "dash" for x in v)
S("transcript/ssn-verification",
  f"[00:01:12] Rep: For verification, can I have your social?\n[00:01:15] Customer: Sure, {sp}.\n"
  f"[00:01:22] Rep: Thank you Mrs. Alvarez, I've pulled up the account.", sp)
v = d0(4)
S("transcript/pin-uhm",
  f"Caller: my pin? it's uh... {v[0]} {v[1]}... {v[2]} {v[3]}, yeah {v}\n"
  f"Agent: ma'am, you never need to tell us your PIN, please don't share that.\nCaller: oh! sorry", v)
v = "Rosebud" + d0(2)
S("transcript/security-answer",
  f"AGENT: What was the name of your first pet?\nCALLER: {v}, capital R.\nAGENT: That matches, thank you.", v)
v = d0(8)
S("voice/voice-note-door",
  f"Voice note (0:23) transcript: \"hey it's me, the building code changed, new one is {v[:4]} then star then {v[4:]}, "
  f"the old one won't work anymore, see you at eight\"", f"{v[:4]} then star then {v[4:]}")
v = d0(10)
S("voice/bank-account-dictated",
  f"transcript: ok so the account number is {' '.join(v[:3])} ... {' '.join(v[3:6])} ... {' '.join(v[6:])} and the routing is on the check",
  f"{' '.join(v[:3])} ... {' '.join(v[3:6])} ... {' '.join(v[6:])}")

# ---- OCR of photographed documents (misreads)
v = card("4", 16)
ocr = v.replace("0", "O", 1).replace("1", "l", 1)
S("ocr/card-photo-misread",
  f"OCR result (confidence 0.71):\nVISA\n{grp(ocr)}\nVALID THRU {expiry()}\nMR J 0KAFOR", grp(ocr))
num = d0(9)
_dob = f"{_R.randint(60, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}"
_exp = f"{_R.randint(28, 35):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}"
_pers = "<" * 14
_comp = num + mrz_check(num) + _dob + mrz_check(_dob) + _exp + mrz_check(_exp) + _pers + "<"
line2 = (f"{num}{mrz_check(num)}GBR{_dob}{mrz_check(_dob)}F{_exp}{mrz_check(_exp)}"
         f"{_pers}<{mrz_check(_comp)}")
S("ocr/passport-mrz",
  f"[scan_passport.jpg] text extracted:\nPASSPORT  United Kingdom of Great Britain\nSurname/Nom WHITFIELD\n"
  f"P<GBRWHITFIELD<<ELEANOR<ROSE<<<<<<<<<<<<<<<<\n{line2}", num)
v = ssn()
S("ocr/w2-form",
  f"Form W-2 Wage and Tax Statement 2025\na Employee's social security number\n{v.replace('-', ' - ')}\n"
  f"b Employer identification number (EIN) 4I-28O93I2\n1 Wages, tips 58,412.00", v.replace('-', ' - '))
v = nhs()
S("ocr/nhs-letter",
  f"Scanned letter p1:\nNHS Trust Outpatients\nPatient: Mr D. Okoye   NHS No: {v}\nAppointment: 14 Jan 2027 10:40 Clinic 4B",
  v)
v = rs(UP, 5) + d0(6) + rs(UP, 2) + d0(1) + rs(UP, 2)
S("ocr/uk-driving-licence",
  f"photo_0231.heic -> ocr:\nDRIVING LICENCE UK\n1. PATEL\n2. ANJALI MEERA\n3. 04.09.1991 LEICESTER\n5. {v}  \n"
  f"4b. 03.02.2033", v)

# ---- spreadsheets pasted as text
rows = [(n, pw(11)) for n in ("jsmith", "akaur", "bngu")]
S("sheet/password-tsv",
  "Name\tSystem\tUsername\tPassword\tNotes\n" +
  "\n".join(f"{n.title()}\tPayroll\t{n}\t{p}\tchanged Oct" for n, p in rows), rows[1][1])
v = iban_de()
S("sheet/payroll-csv",
  f"employee_id,name,iban,gross\nE1002,Hofmann Klara,{v},4120.00\nE1003,Yilmaz Deniz,{iban_de()},3890.50",
  v)
v = ssn()
S("sheet/hr-markdown-table",
  f"| Name | Start | SSN | Dept |\n|---|---|---|---|\n| R. Mendes | 2026-03-01 | {v} | Ops |\n| T. Greer | 2026-04-15 | {ssn()} | Sales |",
  v)
v = d0(6)
S("sheet/door-codes-list",
  f"Site        Door      Code     Updated\nDepot A     Gate      {v}   2026-10-02\nDepot A     Cage      {d0(4)}     2026-10-02\nDepot B     Gate      {d0(6)}   2026-09-17",
  v)

# ---- screenshots described by an agent
v = d0(6)
S("screenshot/authenticator-description",
  f"The screenshot shows the Authenticator app with three entries: 'GitHub' showing {v} with 12 seconds left, "
  f"'AWS root' showing {d0(6)}, and 'Bank' (obscured).", v)
v = pw(16)
S("screenshot/sticky-note-monitor",
  f"Image description: a monitor with a yellow sticky note in the bottom-left corner that reads "
  f"\"admin / {v}\" in blue ink. The screen shows a router login page at 192.168.0.1.", v)
v = totp_seed(32)
S("screenshot/2fa-setup-page",
  f"I can see the 2FA setup page. Below the QR code it says \"Can't scan? Enter this key: {grp(v.lower(), 4)}\". "
  f"There is a field for the 6-digit code.", grp(v.lower(), 4))

# ---- logs with timestamps
v = jwt({"sub": "u_" + d0(6), "role": "admin", "exp": 1796000000})
S("log/nginx-auth-header",
  f"2026-12-06T22:41:07.118Z DEBUG http.request method=GET path=/api/v2/orders "
  f"headers={{\"Authorization\": \"Bearer {v}\", \"Accept\": \"application/json\"}}", v)
v = pw(12)
up = urllib.parse.quote(v, safe="")
S("log/url-encoded-password",
  f"Dec 06 21:03:55 web01 gunicorn[2231]: 10.0.4.17 - - \"POST /login?user=mkovacs&password={up}&remember=1 HTTP/1.1\" 302 0",
  up)
v = stripe_sk()
S("log/python-traceback-key",
  f"Traceback (most recent call last):\n  File \"/srv/app/billing.py\", line 88, in charge\n"
  f"    stripe.api_key = '{v}'\nstripe.error.RateLimitError: Request rate limit exceeded", v)
v = "postgres://app:" + an(20) + "@db-prod.internal:5432/orders"
S("log/connection-string-error",
  f"[2026-12-06 23:59:01,441] ERROR sqlalchemy.pool: could not connect to {v} (timeout 10s)", v.split("app:")[1].split("@")[0])
v = b64e("deploy:" + pw(14))
S("log/basic-auth-base64",
  f"127.0.0.1 - - [06/Dec/2026:10:00:01 +0000] \"GET /metrics\" 401 -\n> Authorization: Basic {v}\n< HTTP/1.1 200 OK", v)
v = an(32)
S("log/session-cookie-dump",
  f"[proxy] 2026-12-06 11:12:13 > Cookie: _ga=GA1.2.1455.1700000000; sessionid={v}; csrftoken_present=yes", v)

# ---- agent tool calls and outputs
v = pw(15)
args = json.dumps({"url": "https://crm.example.com/login", "fields": {"username": "ops-bot", "password": v}})
S("agent/toolcall-browser-fill", f"TOOL_CALL browser.fill_form {args}", v)
v = openai_key()
S("agent/toolcall-shell-export",
  f'{{"tool": "bash", "arguments": {{"command": "export OPENAI_API_KEY={v} && python eval.py --n 50"}}}}', v)
v = anthropic_key()
S("agent/tool-output-env",
  f"tool_output (read_file .env):\nNODE_ENV=production\nPORT=8080\nANTHROPIC_API_KEY={v}\nLOG_LEVEL=info", v)
v = slack_bot()
S("agent/thought-mentions-token",
  f"Thought: The user pasted their bot token ({v}) into the task. I should use it only for this call and not repeat it.\n"
  f"Action: slack.post_message(channel='#alerts', text='deploy finished')", v)
v = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + openssh_body() + "\n-----END OPENSSH PRIVATE KEY-----"
S("agent/tool-output-cat-key",
  f"$ cat ~/.ssh/id_ed25519\n{v}\n$ ", v.split("\n")[2])
pb = pem_body(600)
pemjson = "-----BEGIN PRIVATE KEY-----\\n" + pb.replace("\n", "\\n") + "\\n-----END PRIVATE KEY-----\\n"
S("agent/json-escaped-service-account",
  '{"type": "service_account", "project_id": "acme-analytics-prod", "private_key_id": "' + hx(40) +
  '", "private_key": "' + pemjson + '", "client_email": "etl@acme-analytics-prod.iam.gserviceaccount.com"}',
  pb.split("\n")[3])
v = d0(6)
S("agent/task-text-otp",
  f"Task: log into the supplier portal as finance@ and download the November invoices. "
  f"If it asks for the SMS code, use {v} (I just got it, valid 5 min).", v)
v = hf_tok()
S("agent/toolcall-python-args",
  f"call_tool(name='python', args={{'code': \"from huggingface_hub import login\\nlogin(token='{v}')\\n\"}})", v)
v = google_key()
S("agent/tool-output-http",
  f"[http_get] 200 OK\nGET https://maps.googleapis.com/maps/api/geocode/json?address=Kaiserstrasse+12&key={v}\n"
  f'{{"results": [], "status": "ZERO_RESULTS"}}', v)
v = totp_seed(16)
S("agent/memory-note-totp",
  f"memory.write(key='vpn-login', value='user ops; otpauth://totp/CorpVPN:ops?secret={v}&issuer=CorpVPN')", v)

# ---- config files in many formats
v = aws_secret()
S("config/aws-credentials-ini",
  f"[default]\naws_access_key_id = {aws_akid()}\naws_secret_access_key = {v}\nregion = eu-central-1", v)
v = pw(18)
S("config/docker-compose",
  f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: \"{v}\"\n    ports:\n      - \"5432:5432\"",
  v)
raw = pw(20)
v = b64e(raw)
S("config/k8s-secret-base64",
  f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-creds\ntype: Opaque\ndata:\n  username: {b64e('svc-api')}\n  password: {v}",
  v)
v = "AccountKey=" + azure_key()
S("config/azure-connection-string",
  f'"ConnectionStrings": {{ "Blob": "DefaultEndpointsProtocol=https;AccountName=acmeblob;{v};EndpointSuffix=core.windows.net" }}',
  v[len("AccountKey="):])
v = do_tok()
S("config/terraform-tfvars",
  f'region   = "fra1"\ndo_token = "{v}"\nsize     = "s-2vcpu-4gb"', v)
v = npm_tok()
S("config/npmrc",
  f"registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={v}\nsave-exact=true", v)
v = pw(16)
S("config/toml-db",
  f"[database]\nhost = \"10.2.0.5\"\nport = 3306\nuser = \"reporting\"\npassword = '{v}'\n\n[cache]\nttl = 300", v)
v = pw(14)
S("config/xml-settings",
  f'<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>ci</username>\n      <password>{v}</password>\n    </server>\n  </servers>\n</settings>',
  v)
v = glpat()
S("config/github-actions-inline",
  f"jobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      GITLAB_TOKEN: {v}   # TODO move to secrets\n    steps:\n      - uses: actions/checkout@v4", v)
v = pw(12)
S("config/htpasswd-plain-comment",
  f"# staging basic auth, user: preview pass: {v}\npreview:$apr1$Zq1x$abc/def0123456789ABCD.", v)
v = an(40)
S("config/properties-java",
  f"spring.datasource.url=jdbc:mysql://db:3306/app\nspring.datasource.username=app\nspring.datasource.password={v}\nserver.port=8081", v)
v = sendgrid()
S("config/dotenv-quoted",
  f"# mail\nMAIL_DRIVER=smtp\nSENDGRID_API_KEY=\"{v}\"\nMAIL_FROM=no-reply@shop.example", v)
v = vault_tok()
S("config/hcl-vault",
  f'provider "vault" {{\n  address = "https://vault.internal:8200"\n  token   = "{v}"\n}}', v)
v = pw(14)
S("config/wpa-supplicant",
  f'network={{\n    ssid="Hoffmann_Home"\n    psk="{v}"\n    key_mgmt=WPA-PSK\n}}', v)
v = twilio_tok()
S("config/yaml-twilio",
  f"twilio:\n  account_sid: AC{hx(32)}\n  auth_token: {v}\n  from_number: \"+15005550006\"", v)
v = pw(13)
S("config/pgpass",
  f"# hostname:port:database:username:password\ndb-prod.internal:5432:*:analytics:{v}", v)
v = "mongodb+srv://admin:" + mongo_pw() + "@cluster0.ab1cd.mongodb.net/prod?retryWrites=true"
S("config/mongo-uri", f"MONGO_URL={v}", v.split("admin:")[1].split("@")[0])
v = pw(15)
S("config/ssh-config-comment",
  f"Host bastion\n    HostName 203.0.113.10\n    User jump\n    # sudo pw on bastion: {v}\n    IdentityFile ~/.ssh/bastion_ed25519", v)
v = "-----BEGIN RSA PRIVATE KEY-----\n" + pem_body(900) + "\n-----END RSA PRIVATE KEY-----"
S("config/pem-in-yaml",
  "tls:\n  cert: /etc/ssl/site.crt\n  key: |\n    " + v.replace("\n", "\n    "), v.split("\n")[5])

# ---- code in many languages
v = stripe_sk()
S("code/python-hardcoded", f"import stripe\n\nstripe.api_key = \"{v}\"\n\ndef refund(pi):\n    return stripe.Refund.create(payment_intent=pi)", v)
v = gh_fine()
S("code/js-octokit", f"const {{ Octokit }} = require('@octokit/rest');\nconst octokit = new Octokit({{ auth: '{v}' }});", v)
v = pw(16)
S("code/go-dsn", f'db, err := sql.Open("mysql", "root:{v}@tcp(127.0.0.1:3306)/inventory")\nif err != nil {{ log.Fatal(err) }}', v)
v = twilio_tok()
S("code/java-twilio", f'public static final String ACCOUNT_SID = "AC{hx(32)}";\npublic static final String AUTH_TOKEN = "{v}";', v)
v = paypal_secret()
S("code/rust-const", f'const PAYPAL_CLIENT_ID: &str = "A{b64url(79)}";\nconst PAYPAL_SECRET: &str = "{v}";\n', v)
v = pw(14)
S("code/csharp-connstr", f'var cs = "Server=tcp:sql01.corp.local,1433;Database=Ledger;User Id=svc_ledger;Password={v};Encrypt=True;";', v)
v = mailgun()
S("code/php-mailgun", f"<?php\n$mg = Mailgun::create('{v}', 'https://api.eu.mailgun.net');\n$domain = 'mg.shop.example';", v)
v = shopify()
S("code/ruby-shopify", f"ShopifyAPI::Context.setup(\n  api_key: \"{hx(32)}\",\n  api_secret_key: \"{v}\",\n  host: \"https://shop.example\")", v)
v = pw(12)
S("code/sql-create-user", f"CREATE USER 'reporter'@'%' IDENTIFIED BY '{v}';\nGRANT SELECT ON sales.* TO 'reporter'@'%';", v)
v = pw(13)
S("code/powershell-securestring", f'$pw = ConvertTo-SecureString "{v}" -AsPlainText -Force\n$cred = New-Object PSCredential("CORP\\svc_backup", $pw)', v)
v = databricks()
S("code/bash-curl", f"curl -s -H \"Authorization: Bearer {v}\" \\\n  https://adb-1234567890123456.7.azuredatabricks.net/api/2.0/clusters/list | jq .", v)
v = telegram_bot()
S("code/kotlin-telegram", f'val bot = bot {{\n    token = "{v}"\n    dispatch {{ command("start") {{ }} }}\n}}', v)
v = google_key()
S("code/swift-plist", f"<key>GMSApiKey</key>\n<string>{v}</string>", v)
v = discord_bot()
S("code/python-discord", f"client = discord.Client(intents=intents)\nclient.run('{v}')", v)
pw1 = pw(16)
v = b64e(f"admin:{pw1}")
S("code/js-fetch-basic", f"fetch(url, {{ headers: {{ 'Authorization': 'Basic {v}' }} }})", v)
v = hx(64)
S("code/solidity-deploy-script", f"// hardhat.config.js\nnetworks: {{ mainnet: {{ url: RPC_URL, accounts: ['0x{v}'] }} }}", v)
v = aws_secret()
S("code/git-diff-removed", f"diff --git a/settings.py b/settings.py\n@@ -12,7 +12,7 @@\n-AWS_SECRET_ACCESS_KEY = '{v}'\n+AWS_SECRET_ACCESS_KEY = os.environ['AWS_SECRET_ACCESS_KEY']", v)
v = hf_tok()
S("code/jupyter-cell", f'{{"cell_type": "code", "source": ["import os\\n", "os.environ[\\"HF_TOKEN\\"] = \\"{v}\\"\\n"], "outputs": []}}', v)
v = pw(12)
S("code/shell-history", f"  501  ssh deploy@10.0.3.4\n  502  mysql -u root -p'{v}' -e 'show databases'\n  503  history | tail", v)
v = atlassian()
S("code/jira-cli-config", f"# ~/.config/.jira/.config.yml\ninstallation: Cloud\nlogin: ops@acme.example\napi_token: {v}", v)
v = sentry_auth()
S("code/sentryclirc", f"[auth]\ntoken={v}\n\n[defaults]\norg=acme\nproject=web", v)
v = grafana()
S("code/ansible-vars", f"grafana_url: https://grafana.acme.example\ngrafana_api_key: \"{v}\"\ngrafana_org_id: 1", v)
v = docker_pat()
S("code/docker-login", f"$ echo {v} | docker login -u acmebuild --password-stdin\nLogin Succeeded", v)
v = postman()
S("code/postman-env", f'{{"name": "prod", "values": [{{"key": "baseUrl", "value": "https://api.acme.example"}}, {{"key": "apiKey", "value": "{v}", "enabled": true}}]}}', v)
v = linear()
S("code/graphql-header", f'{{\n  "Authorization": "{v}"\n}}\n# query {{ viewer {{ id name }} }}', v)
v = notion()
S("code/typescript-notion", f"const notion = new Client({{ auth: process.env.NOTION_KEY ?? '{v}' }});", v)
v = newrelic()
S("code/newrelic-yml", f"common: &default_settings\n  license_key: {hx(40)}\n  app_name: checkout\n# user key for nerdgraph: {v}", v)
v = okta()
S("code/okta-env", f"OKTA_ORG_URL=https://acme.okta.com\nOKTA_API_TOKEN={v}", v)
v = mapbox_sk()
S("code/mapbox-secret", f"MAPBOX_DOWNLOADS_TOKEN={v}", v)
v = gcp_oauth_secret()
S("code/oauth-client-json", f'{{"web": {{"client_id": "{dig(12)}-{lower_an(32)}.apps.googleusercontent.com", "client_secret": "{v}", "redirect_uris": ["https://app.example/cb"]}}}}', v)
v = square()
S("code/square-sdk", f"client = Client(access_token='{v}', environment='production')", v)
v = fb_token()
S("code/facebook-graph", f"GET https://graph.facebook.com/v19.0/me/accounts?access_token={v}", v)
v = pulumi()
S("code/pulumi-ci", f"- name: Pulumi up\n  run: pulumi up --yes\n  env:\n    PULUMI_ACCESS_TOKEN: {v}", v)
v = terraform_cloud()
S("code/terraformrc", f'credentials "app.terraform.io" {{\n  token = "{v}"\n}}', v)
v = pypi_tok()
S("code/pypirc", f"[pypi]\n  username = __token__\n  password = {v}", v)
v = stripe_wh()
S("code/stripe-webhook-secret", f"endpoint_secret = '{v}'\nevent = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)", v)
v = slack_hook()
S("code/slack-webhook-curl", f"curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"Backup done\"}}' {v}", v.rsplit("/", 1)[1])
v = discord_hook()
S("code/discord-webhook-py", f"WEBHOOK = \"{v}\"\nrequests.post(WEBHOOK, json={{'content': 'server up'}})", v.rsplit("/", 1)[1])
v = b64url(40)
S("code/cloudflare-wrangler", f"# wrangler.toml\nname = \"edge-api\"\naccount_id = \"{hx(32)}\"\n# CF_API_TOKEN={v}", v)
v = alibaba_id()
sec = an(30)
S("code/alibaba-oss", f"auth = oss2.Auth('{v}', '{sec}')\nbucket = oss2.Bucket(auth, 'https://oss-cn-hangzhou.aliyuncs.com', 'acme-logs')", sec)
v = tencent_id()
sec = an(32)
S("code/tencent-cos", f"secret_id = '{v}'\nsecret_key = '{sec}'\nconfig = CosConfig(Region='ap-guangzhou', SecretId=secret_id, SecretKey=secret_key)", sec)
v = yandex()
S("code/yandex-oauth", f"YC_TOKEN={v} yc compute instance list", v)
v = "https://acme-prod.s3.amazonaws.com/exports/customers.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + aws_akid() + "%2F20261206%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261206T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=" + hx(64)
S("code/presigned-s3-url", f"here's the export link, valid 7 days: {v}", v.split("X-Amz-Signature=")[1])
v = "sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2027-01-31T00:00:00Z&st=2026-12-01&spr=https&sig=" + urllib.parse.quote(b64(43) + "=", safe="")
S("code/azure-sas", f"BLOB_SAS_URL=https://acmedata.blob.core.windows.net/backups?{v}", v.split("sig=")[1])
v = gh_oauth()
S("code/git-remote-token", f"$ git remote -v\norigin\thttps://x-access-token:{v}@github.com/acme/infra.git (fetch)", v)
v = twitch()
S("code/twitch-irc", f"PASS oauth:{v}\nNICK acme_bot\nJOIN #acme", v)
v = "-----BEGIN EC PRIVATE KEY-----\n" + pem_body(120) + "\n-----END EC PRIVATE KEY-----"
S("code/ec-key-in-go", f"var signingKey = []byte(`{v}`)", v.split("\n")[1])
v = wif()
S("code/bitcoin-wif", f"# cold wallet import\nbitcoin-cli importprivkey \"{v}\" \"savings\" false", v)
v = seed_phrase(12)
S("code/seed-in-test-fixture", f"// TODO remove, this is my real wallet\nconst MNEMONIC = \"{v}\";", v)

# ---- multilingual secrets
# German
v = word_pw()
S("de/whatsapp-wlan", f"[18:02] Oma: Wie war nochmal das WLAN Passwort?\n[18:05] Jonas: Steht hinten am Router, aber hier: {v}\n[18:05] Oma: Danke mein Schatz ❤️", v)
v = iban_de()
S("de/rechnung-email", f"Sehr geehrte Frau Wagner,\nbitte überweisen Sie den Betrag auf folgendes Konto:\nKontoinhaber: Malerbetrieb Krüger\nIBAN: {grp(v)}\nBIC: COBADEFFXXX\nMit freundlichen Grüßen", grp(v))
v = kvnr()
S("de/krankenkasse-ocr", f"Scan Versichertenkarte:\nAOK Bayern\nVersicherten-Nr. {v}\nMUSTERFRAU ERIKA\nKarte gültig bis 12/2029", v)
v = d0(4)
S("de/tresor-code", f"Notiz für Vertretung: Der Tresor im Büro (hinter dem Bild) geht mit {v} auf, danach Drehknopf nach rechts. Bitte NICHT weitergeben.", v)
v = rs("CFGHJKLMNPRTVWXYZ", 1) + rs("CFGHJKLMNPRTVWXYZ0123456789", 8)
S("de/personalausweis-chat", f"Sachbearbeiterin: Für die Kontoeröffnung brauche ich Ihre Ausweisnummer.\nKunde: Moment... {v}\nSachbearbeiterin: Danke, und das Ablaufdatum?", v)
v = steuer_id()
S("de/steuer-id-formular", f"Formular Anlage N, Zeile 3: Identifikationsnummer (IdNr.) {grp(v, 3)} — bitte prüfen, ob die Nummer stimmt", grp(v, 3))

# French
v = nir()
S("fr/secu-formulaire", f"Mutuelle – adhésion\nNom : LEFEBVRE Camille\nN° de sécurité sociale : {v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}\nDate d'effet : 01/01/2027",
  f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}")
v = iban_fr()
S("fr/rib-mail", f"Bonjour,\nVoici mon RIB pour le remboursement :\nIBAN {grp(v)}\nBIC BNPAFRPPXXX\nBonne journée,\nÉlodie", grp(v))
v = pw(12)
S("fr/mot-de-passe-sms", f"SMS de Karim : le code de la box c'est {v} (attention au zéro, c'est pas un O)", v)
v = d0(4)
S("fr/digicode", f"Pour venir chez moi : digicode {v}B, 3e étage gauche, l'interphone est cassé", v + "B")
v = card("4970", 16)
S("fr/carte-bleue-transcription", f"Conseiller : Le numéro de la carte ?\nClient : quatre neuf sept zéro... attendez je lis: {grp(v)}\nConseiller : et le cryptogramme au dos ?\nClient : {cvv()}", grp(v))

# Spanish
v = dni()
S("es/dni-whatsapp", f"Carmen: me pasas tu DNI para la reserva del hotel?\nLuis: {v}\nCarmen: vale, y la fecha de nacimiento?", v)
v = iban_es()
S("es/transferencia", f"Hola! Para el regalo de Marta hacemos bizum o transferencia a mi cuenta {grp(v)} (Pablo). 20€ cada uno 🎁", grp(v))
v = pw(10)
S("es/clave-correo-reenviado", f"-----Mensaje original-----\nDe: Soporte\nAsunto: Alta de usuario\n\nUsuario: mgarcia\nClave provisional: {v}\nPor favor cámbiela al iniciar sesión.", v)
v = d0(6)
S("es/codigo-verificacion-llamada", f"Transcripción: \"...sí, me ha llegado un mensaje, dice código {' '.join(v)}, ¿se lo digo?\" — \"No señora, cuelgue, es un fraude\"", " ".join(v))

# Portuguese (BR)
v = cpf()
S("pt/cpf-atendimento", f"Atendente: Para confirmar, qual o seu CPF?\nCliente: {v}\nAtendente: Obrigado, Sr. Souza.", v)
v = pw(8)
S("pt/senha-pix-audio", f"Áudio transcrito (0:14): \"amor, a senha de transação do PIX é {v}, faz a transferência do aluguel que eu tô sem sinal\"", v)
v = pw(11)
S("pt/senha-banco-bilhete", f"Lembrete no celular: senha do app do banco = {v} / senha do cartão no outro lembrete", v)
v = d0(4)
S("pt/senha-cartao", f"Mãe, a senha do cartão é {v}, compra o remédio e guarda o cupom", v)

# Italian
v = codice_fiscale()
S("it/codice-fiscale-modulo", f"MODULO ISCRIZIONE\nCognome: Rossi   Nome: Giulia\nCodice Fiscale: {v}\nResidenza: Via Roma 14, Milano", v)
v = iban_it()
S("it/iban-affitto", f"Ciao Marco, l'affitto di dicembre va su questo IBAN: {v} intestato a Bianchi Anna. Grazie!", v)
v = pw(12)
S("it/password-wifi-bnb", f"Benvenuti! Rete: Casa_Vista_Mare  Password: {v}\nLa colazione è dalle 8 alle 10.", v)

# Dutch
v = bsn()
S("nl/bsn-mail", f"Beste meneer De Vries,\nUw burgerservicenummer ({v}) hebben wij ontvangen. De aanvraag is in behandeling.", v)
v = iban_nl()
S("nl/tikkie-iban", f"Kun je de 45 euro overmaken naar {grp(v)} t.n.v. S. Jansen? Dank je!", grp(v))
v = d0(5)
S("nl/pincode-toegang", f"Toegangscode fietsenstalling: {v}, daarna # drukken. Niet op de groepsapp zetten pls", v)

# Polish
v = pesel()
S("pl/pesel-rozmowa", f"Konsultant: Poproszę numer PESEL.\nKlient: {' '.join(v[i:i+3] for i in range(0, 11, 3))}\nKonsultant: Dziękuję.", " ".join(v[i:i+3] for i in range(0, 11, 3)))
v = iban_pl()
S("pl/przelew", f"Dane do przelewu: PKO BP, nr konta {v[2:4]} {grp(v[4:])} — w tytule imię i nazwisko", f"{v[2:4]} {grp(v[4:])}")
v = pw(12)
S("pl/haslo-poczta", f"Hej, hasło do wspólnej skrzynki biuro@ to {v} — zmień po urlopie", v)

# Swedish
v = personnummer()
S("sv/personnummer-chatt", f"Handläggare: Kan du ge mig ditt personnummer?\nKund: 19{v}\nHandläggare: Tack!", v)
v = d0(4)
S("sv/portkod", f"Portkod {v}, sen trapphus B, 2 tr. Ring på Lindqvist", v)
v = pw(14)
S("sv/bankid-losen", f"Påminnelse till mig själv: lösenord till Fortnox = {v}", v)

# Finnish
v = hetu()
S("fi/henkilotunnus", f"Asiakas: Henkilötunnukseni on {v}.\nVirkailija: Kiitos, löysin tietonne.", v)
v = d0(4)
S("fi/ovikoodi", f"Terve! Ovikoodi on {v} ja avain on postilaatikossa. Sauna lämpiää klo 18.", v)

# Norwegian
v = pw(12)
S("no/passord-lapp", f"Lapp på kjøleskapet (bilde): \"Wifi: Nordlys_5G / {v}\"", v)
v = d0(4)
S("no/bankkort-pin", f"Pappa: PIN-koden på det nye kortet er {v}. Slett meldinga etterpå!", v)

# Turkish
v = tckn()
S("tr/tc-kimlik", f"Müşteri temsilcisi: TC kimlik numaranızı alabilir miyim?\nMüşteri: {v}\nTemsilci: Teşekkürler.", v)
v = iban_tr()
S("tr/iban-eft", f"Kira için IBAN: {grp(v)} (Ayşe Demir). Açıklamaya daire no yazın.", grp(v))
v = pw(11)
S("tr/sifre-mesaj", f"Abi e-devlet şifren {v} dimi? giriş yapamadım", v)

# Russian
v = snils()
S("ru/snils-zayavlenie", f"Заявление\nФИО: Иванова Мария Петровна\nСНИЛС: {v}\nИНН: {inn_ru()}\nДата: 06.12.2026", v)
v = inn_ru()
S("ru/inn-chat", f"Бухгалтер: пришлите ИНН для договора\nСергей: {v}\nБухгалтер: спасибо, отправлю сегодня", v)
v = card("2202", 16)
S("ru/karta-mir", f"Скинь деньги на карту {grp(v)}, срок {expiry()}, код на обороте {cvv()} — только никому не показывай", grp(v))
v = pw(13)
S("ru/parol-vpn", f"Пароль от VPN: {v}\nЛогин тот же, что и от почты.", v)

# Ukrainian
v = rnokpp_ua()
S("uk/rnokpp", f"Податковий номер (РНОКПП): {v}\nПІБ: Коваленко Олег Іванович", v)
v = d0(4)
S("uk/pin-karty", f"Мамо, пін-код від картки {v}, зніми 2000 грн, будь ласка", v)

# Greek
v = afm_gr()
S("el/afm", f"Καλησπέρα, ο ΑΦΜ μου είναι {v} και η ΔΟΥ Αθηνών Α'. Ευχαριστώ!", v)
v = pw(12)
S("el/kodikos-wifi", f"Ο κωδικός του Wi-Fi είναι {v} — με κεφαλαίο το πρώτο γράμμα.", v)

# Arabic
v = iban_sa()
S("ar/iban-tahweel", f"السلام عليكم، رقم الآيبان الخاص بي هو {v} باسم محمد العتيبي، أرجو التحويل اليوم.", v)
v = d0(6)
S("ar/otp-rasala", f"رمز التحقق الخاص بك هو {v}. لا تشارك هذا الرمز مع أي شخص.", v)
v = pw(12)
S("ar/kalimat-sirr", f"أحمد: كلمة السر للراوتر {v}\nسارة: شكراً، اشتغل", v)

# Hebrew
v = il_id()
S("he/teudat-zehut", f"נציג: מה מספר תעודת הזהות?\nלקוח: {v}\nנציג: תודה, אני רואה את החשבון.", v)
v = d0(4)
S("he/kod-kenisa", f"הקוד לדלת של הבניין {v}* — תמחקי אחרי שקראת", v + "*")

# Hindi
v = aadhaar()
S("hi/aadhaar-chat", f"राहुल: KYC के लिए आधार नंबर भेजो\nप्रिया: {v}\nराहुल: ठीक है, और पैन?", v)
v = pan_in()
S("hi/pan-card", f"प्रिया: PAN है {v}\nराहुल: धन्यवाद", v)
v = d0(6)
S("hi/otp-call", f"कॉल ट्रांसक्रिप्ट: \"सर आपके फोन पर जो ओटीपी आया है वो बता दीजिए\" — \"{v}\" — \"धन्यवाद सर\"", v)

# Chinese
v = cn_id()
S("zh/shenfenzheng", f"客服：请提供您的身份证号码。\n用户：{v}\n客服：好的，已为您核实。", v)
v = pw(12)
S("zh/mima-weixin", f"老王：服务器root密码改了，新的是 {v}\n小李：收到，我记一下", v)
v = card("62", 19)
S("zh/yinhangka", f"我的银行卡号是 {v}，开户行招商银行深圳分行，麻烦转账", v)
v = alibaba_id()
sec = an(30)
S("zh/aliyun-akey", f"# 阿里云访问密钥（请勿提交）\nAccessKeyId: {v}\nAccessKeySecret: {sec}", sec)

# Japanese
v = my_number()
S("ja/my-number", f"マイナンバー：{grp(v)}\n氏名：佐藤 健\n※取扱注意", grp(v))
v = pw(12)
S("ja/password-memo", f"田中さん、共有フォルダのパスワードは「{v}」です。メール本文には書かないでくださいね。", v)
v = d0(7)
S("ja/kouza", f"振込先：三菱UFJ銀行 渋谷支店 普通 {v} ヤマダ ハナコ", v)

# Korean
v = rrn()
S("ko/jumin-beonho", f"상담원: 주민등록번호 앞자리랑 뒷자리 말씀해 주세요.\n고객: {v}입니다.", v)
v = pw(12)
S("ko/bimilbeonho", f"민수: 회사 와이파이 비번 {v} 이거 맞아?\n지은: ㅇㅇ 맞아", v)
v = d0(6)
S("ko/injeung-beonho", f"[Web발신] 인증번호 [{v}]를 입력해주세요. 타인에게 절대 알려주지 마세요.", v)

# Thai
v = thai_id()
S("th/bat-prachachon", f"เลขบัตรประชาชน {v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]} ชื่อ สมชาย ใจดี", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}")
v = pw(10)
S("th/rahat-wifi", f"รหัสไวไฟร้านกาแฟ: {v} นะคะ", v)

# Vietnamese
v = d0(12)
S("vi/cccd", f"Số CCCD của em là {v}, anh đăng ký giúp em nhé", v)
v = pw(11)
S("vi/mat-khau", f"Mật khẩu tài khoản Shopee: {v} — đừng đổi nha", v)

# Indonesian
v = d0(16)
S("id/nik-ktp", f"NIK: {v}\nNama: Budi Santoso\nAlamat: Jl. Merdeka No. 5, Bandung", v)
v = d0(6)
S("id/kode-otp", f"JANGAN BERIKAN kode ini kepada siapa pun. Kode OTP Anda: {v}", v)

# Czech
v = f"{_R.randint(50, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}"
rest = d0(3)
n9 = v + rest
ck = int(n9) % 11 % 10
rc = f"{v}/{rest}{ck}"
S("cs/rodne-cislo", f"Žadatel: Novák Jan, rodné číslo {rc}, bydliště Brno", rc)
v = pw(12)
S("cs/heslo", f"Heslo do účetnictví je {v}, prosím nepřeposílej to dál", v)

# Romanian
v = "1" + f"{_R.randint(70,99):02d}{_R.randint(1,12):02d}{_R.randint(1,28):02d}" + f"{_R.randint(1,46):02d}" + d0(3)
w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
c = sum(int(a) * b for a, b in zip(v, w)) % 11
cnp = v + str(1 if c == 10 else c)
S("ro/cnp", f"Vă rog să completați CNP-ul: {cnp}\nNume: Popescu Andrei", cnp)

# Swahili
v = d0(4)
S("sw/mpesa-pin", f"Mama: PIN yangu ya M-Pesa ni {v}, nisaidie kutuma pesa kwa shangazi", v)
v = pw(10)
S("sw/nenosiri", f"Nenosiri la Wi-Fi ya ofisi ni {v}. Usimpe mgeni.", v)

# Persian
v = code_melli()
S("fa/code-melli", f"کد ملی من {v} است. لطفاً فرم را تکمیل کنید.", v)
v = card("6037", 16)
S("fa/kart-banki", f"شماره کارت: {grp(v, 4, '-')}\nرمز دوم: {d0(6)}", grp(v, 4, '-'))

# Hungarian
v = pw(12)
S("hu/jelszo", f"Szia! Az irodai wifi jelszava: {v} (kis-nagybetű számít)", v)

# Danish
v = f"{_R.randint(1,28):02d}{_R.randint(1,12):02d}{_R.randint(60,99):02d}-{d0(4)}"
S("da/cpr", f"Borger: Mit CPR-nummer er {v}.\nSagsbehandler: Tak.", v)

# ---- mixed-language, cross-label, split, encoded, unlabelled, typos
v = pw(13)
S("mixed/de-en-label-switch", f"Kollege: what's the Passwort for the staging DB?\nIch: gleiches wie immer, {v}\nKollege: danke, works", v)
v = d0(6)
S("mixed/es-en-spanglish-otp", f"bro me llegó el code, es {v}, ponlo rápido before it expires", v)
v = pw(12)
S("mixed/hi-en-hinglish", f"Bhai router ka password change kar diya, naya wala {v} hai, kisi ko mat batana", v)
v = pw(11)
S("mixed/zh-en-config-comment", f"db:\n  host: 10.1.1.9\n  # 密码 (password) 下面这个是生产的\n  pass: {v}", v)
v = iban_ch()
S("mixed/fr-de-swiss", f"Merci pour la facture! Zahlung bitte auf {grp(v)}, Raiffeisen. Bonne soirée / schönen Abend", grp(v))
v = d0(4)
S("mixed/ja-en-alarm", f"Security alarm code (警報解除コード): {v}. 入室後30秒以内に入力してください。", v)
v = pw(12)
S("mixed/ru-en-translit", f"parol ot admin panel: {v} (латиницей, без пробелов)", v)
v = gh_pat()
a, b = v[:20], v[20:]
S("split/token-two-lines-chat", f"ana: here, split so slack doesn't auto-revoke\nana: {a}\nana: {b}\nben: concatenated, works", a)
S("split/token-two-lines-chat-tail", f"ana: part 2 again, I mistyped: {b}\nben: ok", b)
v = pw(16)
S("split/password-hyphenated-email", f"Hi Sam,\nthe vault master password is {v[:8]}-\n{v[8:]} (no hyphen, the line just wrapped)\nLiz", f"{v[:8]}-\n{v[8:]}")
v = card("4", 16)
S("split/card-across-messages", f"[12:01] Dee: first 8: {v[:8]}\n[12:01] Dee: next 8: {v[8:]}\n[12:02] Dee: exp {expiry()}", v[:8])
v = pw(14)
enc = b64e(v)
S("encoded/base64-password-note", f"Note to self (b64 so it's not plaintext lol): {enc}", enc)
v = pw(14)
jesc = json.dumps({"pw": v + '"\\'})[8:-2]
S("encoded/json-escaped-quote", '{"user": "kiosk", "pw": "' + jesc + '"}', jesc)
v = pw(12)
dbl = urllib.parse.quote(urllib.parse.quote(v, safe=""), safe="")
S("encoded/double-url-encoded", f"redirect=https%3A%2F%2Fsso.example%2Fcb%3Fpassword%3D{dbl}", dbl)
v = anthropic_key()
hexed = v.encode().hex()
S("encoded/hex-dump-key", f"xxd-style dump of env var (hex): {hexed}", hexed)
v = pw(12)
uni = "".join(f"\\u{ord(c):04x}" for c in v)
S("encoded/unicode-escaped", f'{{"password":"{uni}"}}', uni)
v = d0(6)
S("unlabelled/sms-bank-code", f"From: MYBANK\n{v} is your one-time code. Never share it; our staff will never ask for it.", v)
v = seed_phrase(24)
S("unlabelled/words-on-paper", f"Photo of a handwritten card found in desk drawer, 24 numbered words:\n" +
  "\n".join(f"{i+1}. {w}" for i, w in enumerate(v.split())), "\n".join(f"{i+1}. {w}" for i, w in enumerate(v.split())))
v = pw(15)
S("unlabelled/login-pair-in-chat", f"kev: jira-admin\nkev: {v}\nkev: (for the migration, don't paste elsewhere)", v)
v = hx(64)
S("unlabelled/eth-key-telegram", f"Telegram, 'Saved Messages':\n0x{v}\n(metamask acct 2)", v)
v = d0(4)
S("typo/pin-corrected", f"pin is {d0(4)}\nsorry typo, pin is {v}", v)
v = word_pw()
S("typo/passwrod-label", f"new passwrod for the printer admin: {v}", v)
v = pw(13)
S("typo/psw-autocorrect", f"the pasword is {v} (autocorrect keeps changing it, copy paste)", v)

# ---- more settings
v = d0(6)
S("sms/twofa-forwarded", f"Fwd SMS from +44 7700 900123: \"G-{v} is your Google verification code.\"", v)
v = pw(12)
S("helpdesk/ticket-body", f"Ticket #48213 | Priority: High | Requester: b.ortiz\nDescription: Can't access VPN. My current password is {v} and it says invalid. Please fix ASAP.", v)
v = d0(9)
S("calendar/zoom-passcode", f"BEGIN:VEVENT\nSUMMARY:Board meeting (confidential)\nDESCRIPTION:Join Zoom https://zoom.us/j/{dig(11)}?pwd={an(32)}\\nPasscode: {v}\nEND:VEVENT", v)
v = pw(13)
body = urllib.parse.urlencode({"email": "nina@example.org", "password": v, "remember": "on"})
S("http/form-post-body", f"POST /session HTTP/1.1\nHost: portal.example\nContent-Type: application/x-www-form-urlencoded\n\n{body}", urllib.parse.quote_plus(v))
v = b64url(86)
S("har/cookie-entry", f'{{"name": "__Secure-next-auth.session-token", "value": "{v}", "domain": "app.example", "httpOnly": true, "secure": true}}', v)
v = pw(12)
S("crash/core-dump-strings", f"strings core.12345 | grep -i pass\nDB_PASS={v}\npassword_hash_algo=bcrypt", v)
v = pw(14)
S("markdown/runbook", f"## Restore procedure\n1. SSH to `backup01`\n2. Unlock the archive: `7z x dump.7z -p{v}`\n3. Import with `psql < dump.sql`", v)
v = pw(14)
S("pwmanager/csv-export", f"url,username,password,extra,name,grouping,fav\nhttps://bank.example,j.doe,{v},,Bank,Finance,1\nhttps://mail.example,j.doe,{pw(12)},,Mail,,0", v)
v = d0(4)
S("sticky/whiteboard-photo", f"Whiteboard photo transcription: \"SPRINT 42 — demo Thu ... server room door: {v}# ... don't forget pizza\"", v + "#")
v = pw(12)
S("git/commit-message", f"commit 9f1c2e0b7d\nAuthor: intern <intern@acme.example>\n\n    fix login for test user (pw: {v})", v)
v = gh_pat()
S("wiki/confluence-page", f"h2. CI bot\nThe bot account uses the following token (please rotate every 90 days):\n{{code}}{v}{{code}}", v)
v = d0(8)
S("backup/codes-list", f"BACKUP VERIFICATION CODES\nacct: j****@gmail.com\n1. {v[:4]} {v[4:]}    2. {d0(4)} {d0(4)}\n3. {d0(4)} {d0(4)}    4. {d0(4)} {d0(4)}", f"{v[:4]} {v[4:]}")
v = totp_seed(32)
S("qr/otpauth-decoded", f"QR decoded: otpauth://totp/Okta:jlee%40acme.example?secret={v}&issuer=Okta&digits=6&period=30", v)
v = card("37", 15)
S("receipt/amex-full-number", f"Order summary screenshot: Paid with AMEX {v[:4]} {v[4:10]} {v[10:]}  CID {cvv(4)}", f"{v[:4]} {v[4:10]} {v[10:]}")
v = aba()
acct = d0(10)
S("check/micr-line", f"Scanned check bottom line: ⑆{v}⑆ {acct}⑈ 1042", acct)
v = mbi()
S("health/medicare-card", f"Patient intake: Medicare Number (MBI): {v[:4]}-{v[4:7]}-{v[7:]}  Part A 01-01-2024", f"{v[:4]}-{v[4:7]}-{v[7:]}")
v = tfn()
S("email/au-tfn", f"G'day, my TFN is {v} for the payroll form, cheers", v)
v = sin_ca()
S("form/ca-sin-onboarding", f"Onboarding form > Social Insurance Number: {v}", v)
v = nino()
S("form/uk-ni-number-text", f"Hiya, NI number for the new starter is {v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}")
v = "C" + d0(8)
S("passport/us-number-chat", f"Travel agent: I need your passport number for the APIS form\nMe: {v}, expires 2031", v)
v = "D" + d0(7)
S("licence/california-dl", f"rental counter notes: DL# {v} CA exp 08/2029 — verified", v)
v = pw(12)
S("security-question/mother-maiden", f"Security questions set:\nQ: Mother's maiden name? A: Kowalczyk\nQ: Street you grew up on? A: {v}", v)
v = "Kowalczyk"
S("security-question/maiden-name-only", f"Security question (mother's maiden name) answer for the brokerage: {v}", v)
v = d0(8)
S("safe/hotel-safe", f"Room safe reset by staff. Guest set new code {v}. Logged by night manager 02:14.", v)
v = pw(20)
S("wifi/qr-wifi-string", f"WIFI:T:WPA;S:Cafe-Lumen;P:{v};H:false;;", v)
v = uuid4()
S("webhook/zapier-catch-hook", f"Zap trigger URL (anyone with it can post): https://hooks.zapier.com/hooks/catch/{d0(7)}/{lower_an(7)}/?secret={v}", v)
v = hx(40)
S("session/php-sessid", f"Set-Cookie: PHPSESSID={v[:26]}; path=/; HttpOnly", v[:26])

# ====================================================================== INNOCENT
_I = random.Random(0x1_1410CE)


def ih(n: int) -> str:
    return "".join(_I.choice(HEX) for _ in range(n))


def idg(n: int) -> str:
    return "".join(_I.choice(DG) for _ in range(n))


def iuuid() -> str:
    h = ih(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_I.choice('89ab')}{h[17:20]}-{h[20:]}"


# ---- hashes, ids, versions
I("git/commit-log", f"commit {ih(40)}\nAuthor: Build Bot <ci@acme.example>\nDate:   Sun Dec 6 21:14:03 2026 +0000\n\n    Bump lodash from 4.17.20 to 4.17.21")
I("git/short-shas-rebase", f"pick {ih(7)} Add retry to uploader\npick {ih(7)} Fix typo in README\nsquash {ih(7)} wip")
I("git/merge-conflict", f"<<<<<<< HEAD\nTIMEOUT_MS = 3000\n=======\nTIMEOUT_MS = 5000\n>>>>>>> {ih(40)}")
I("log/request-ids", f"2026-12-06T10:00:00.412Z INFO request_id={iuuid()} trace_id={ih(32)} span_id={ih(16)} status=200 latency_ms=41")
I("log/k8s-pod-events", f"Normal  Pulled     2m   kubelet  Successfully pulled image \"ghcr.io/acme/api@sha256:{ih(64)}\" in 3.2s\nNormal  Started    2m   kubelet  Started container api")
I("log/docker-build", f"#7 [build 3/6] RUN pip install -r requirements.txt\n#7 CACHED\n#8 exporting layers\n#8 writing image sha256:{ih(64)} done\n#8 naming to docker.io/acme/worker:1.14.2 done")
I("checksum/sha256sums", f"{ih(64)}  node-v20.11.1-linux-x64.tar.xz\n{ih(64)}  node-v20.11.1-darwin-arm64.tar.gz")
I("checksum/md5-file", f"MD5 ({'report_Q3.pdf'}) = {ih(32)}")
I("package/lockfile", f'"node_modules/react": {{\n  "version": "18.3.1",\n  "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",\n  "integrity": "sha512-{b64(86)}=="\n}}')
I("package/pip-hashes", f"requests==2.32.3 \\\n    --hash=sha256:{ih(64)}")
I("version/semver-changelog", "## [3.12.0-rc.2] - 2026-11-30\n### Fixed\n- Crash on startup when config is missing (#4812)\n- Upgraded openssl to 3.0.15")
I("uuid/db-row", f"id: {iuuid()}\ntenant_id: {iuuid()}\ncreated_at: 2026-11-02T08:15:00Z\nstatus: active")
I("ids/aws-arn", f"arn:aws:iam::{idg(12)}:role/ReadOnlyAudit\narn:aws:s3:::acme-public-assets/*")
I("ids/aws-instance-ids", f"i-{ih(17)} running t3.medium eu-west-1a\nvol-{ih(17)} in-use gp3 100GiB\nami-{ih(17)}")
I("ids/stripe-object-ids", f"Refund re_{''.join(_I.choice(AN) for _ in range(24))} for charge ch_{''.join(_I.choice(AN) for _ in range(24))} succeeded (amount 1299, currency eur)")
I("ids/slack-channel-ids", "Posted to C04ABCD12EF (#deploys) by U02XYZ98765 at ts 1733500000.001200")
I("ids/google-analytics", "gtag('config', 'G-4XK2P9QW7M'); // measurement id, public")

# ---- public keys, fingerprints, certificates
I("ssh/public-key", f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(43)} deploy@ci-runner-3")
I("ssh/known-hosts-fingerprint", f"The authenticity of host 'github.com (140.82.121.4)' can't be established.\nED25519 key fingerprint is SHA256:{b64(43)}.\nAre you sure you want to continue connecting (yes/no)?")
I("pgp/fingerprint", f"pub   rsa4096 2024-02-11 [SC]\n      {' '.join(ih(4).upper() for _ in range(10))}\nuid           [ultimate] Release Signing Key <releases@acme.example>")
I("tls/certificate-pem", "-----BEGIN CERTIFICATE-----\n" + pem_body(300) + "\n-----END CERTIFICATE-----")
I("tls/public-key-pem", "-----BEGIN PUBLIC KEY-----\n" + pem_body(270) + "\n-----END PUBLIC KEY-----")
I("crypto/btc-address", "Donations welcome: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq (public address, on our website)")
I("crypto/eth-contract", "Verified contract at 0xdAC17F958D2ee523a2206206994597C13D831ec7 on Etherscan")
I("crypto/tx-hash", f"Transaction confirmed: 0x{ih(64)} (block 21,334,118, 12 confirmations)")

# ---- placeholders and docs
I("placeholder/readme-env", "Copy `.env.example` to `.env` and set:\n\nOPENAI_API_KEY=YOUR_API_KEY\nDATABASE_URL=postgres://user:password@localhost:5432/db")
I("placeholder/xxxx-card", "Enter your card as XXXX-XXXX-XXXX-1234 format; we only ever show the last four digits.")
I("placeholder/angle-brackets", "curl -H 'Authorization: Bearer <your-token-here>' https://api.example.com/v1/me")
I("placeholder/env-var-ref", "password: ${DB_PASSWORD}\napi_key: {{ secrets.STRIPE_KEY }}\ntoken: $(cat /run/secrets/token)")
I("placeholder/stars-masked", "Saved credentials for bank.example: user j.doe, password ************ (hidden)")
I("placeholder/changeme", "Default credentials are admin / changeme; the installer forces you to change them on first login.")
I("placeholder/aws-docs-example", "Example: aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE")
I("placeholder/k8s-secret-ref", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds\n        key: password")
I("placeholder/github-secrets-ref", "      - run: ./deploy.sh\n        env:\n          API_TOKEN: ${{ secrets.API_TOKEN }}")
I("placeholder/python-getenv", "api_key = os.environ.get(\"WEATHER_API_KEY\")\nif not api_key:\n    raise SystemExit(\"set WEATHER_API_KEY first\")")
I("placeholder/redacted-already", "Authorization: Bearer [REDACTED]\nCookie: session=<redacted>")

# ---- talk about passwords without any
I("talk/password-policy", "Password policy: at least 12 characters, one number, one symbol. Passwords expire every 90 days and the last 5 can't be reused.")
I("talk/forgot-password-chat", "Ana: I forgot my password again 🙄\nIT: click 'Forgot password' on the login page, you'll get a reset link by email\nAna: thx")
I("talk/security-training", "Reminder: never share your PIN, one-time codes or recovery phrase with anyone, including staff. We will never ask for them.")
I("talk/agent-thought-no-secret", "Thought: The login form needs a password, but the user hasn't provided one. I will ask the user instead of guessing.\nAction: ask_user('Please enter the password in the secure prompt.')")
I("talk/password-manager-tip", "Tip: use a password manager and turn on two-factor authentication for your email account first.")
I("talk/api-key-rotated", "The old API key was revoked yesterday at 14:00; all services now read the new key from Vault. No action needed.")

# ---- orders, bookings, tracking, invoices
I("commerce/order-confirmation", "Thanks for your order! Order #112-4839201-7734520\nEstimated delivery: Dec 10\nTotal: $48.97")
I("commerce/ups-tracking", "Your package is on its way. Tracking number: 1Z999AA10123456784 (UPS Ground)")
I("commerce/dhl-tracking", "Sendungsnummer: 00340434161234567890 – Zustellung voraussichtlich Mittwoch")
I("commerce/invoice", "INVOICE INV-2026-004417\nDate: 2026-12-01\nNet 30\nSubtotal 2,400.00 EUR\nVAT 19% 456.00 EUR\nTotal 2,856.00 EUR")
I("commerce/flight-booking", "Booking reference: QX7T2M\nFlight LH 1234 FRA → LIS, 12 Jan 2027 07:35, seat 14C, Terminal 1")
I("commerce/hotel-booking", "Confirmation number 83920174. Room 412, check-in 15:00, check-out 11:00. Breakfast included.")
I("commerce/amazon-asin", "ASIN B08N5WRWNW, Model A2337, UPC 194252056639, Price €1,099.00")
I("commerce/isbn", "ISBN 978-3-16-148410-0, 2nd edition, 432 pages")
I("commerce/gift-card-last4", "Gift card ending in 4821 applied. Remaining balance: $12.50")
I("commerce/coupon-public", "Black Friday: use code WINTER25 at checkout for 25% off (public promo, everyone can use it).")
I("commerce/receipt-masked-card", "VISA ************4242  AUTH CODE 052791  TOTAL 23.40  THANK YOU")

# ---- tickets, errors, measurements, dates
I("ticket/jira-keys", "Blocked by PLAT-4821 and INFRA-118. See also SUP-99201 (customer escalation).")
I("ticket/zendesk", "Ticket #4829173 has been solved. Reply to this email to reopen.")
I("error/http-codes", "HTTP 429 Too Many Requests; retry after 30s. Previous attempts: 503, 503, 502.")
I("error/windows-hresult", "Update failed with error 0x80070643. KB5034441 could not be installed.")
I("error/oracle", "ORA-12541: TNS:no listener\nORA-01017 on second attempt")
I("error/stacktrace-no-secret", "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"password\" is null\n\tat com.acme.auth.Validator.check(Validator.java:42)")
I("measure/lab-values", "Hemoglobin 13.8 g/dL, WBC 6.2 ×10^9/L, Platelets 245 ×10^9/L (reference ranges attached)")
I("measure/engineering", "Tolerance ±0.05 mm, torque 24 Nm, M8x1.25 bolts, 6061-T6 aluminium, part no. 7741-220-B")
I("date/timestamps", "Created 1733500000, updated 2026-12-06T09:45:12+01:00, expires 2027-06-30.")
I("finance/stock-prices", "AAPL 231.45 (+1.2%), MSFT 428.90, EUR/USD 1.0843, Brent 74.12")
I("finance/public-company-ids", "Registered office: Companies House no. 01234567. VAT reg. GB 123 4567 89 (printed on every invoice).")
I("finance/swift-bic-public", "For international transfers to our company use BIC DEUTDEFFXXX — the full account details are on the invoice PDF.")
I("phone/business-numbers", "Customer service: +1 (800) 555-0199, Mon–Fri 9–5. Fax +1 212 555 0147.")
I("phone/emergency", "Emergency numbers: 112 (EU), 911 (US), 999 (UK), 000 (AU)")
I("address/postcodes", "Ship to: Warehouse 3, 1600 Amphitheatre Pkwy, Mountain View, CA 94043 — or our EU hub at 10115 Berlin.")
I("code/math-constants", "PI = 3.141592653589793\nE = 2.718281828459045\nGOLDEN = 1.618033988749895")
I("code/test-vectors", f"# RFC 4231 test case 1\nkey  = 0x0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b\ndata = 'Hi There'\nexpected = b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
I("code/regex-pattern", r"PASSWORD_RE = re.compile(r'^(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{12,}$')")
I("code/hash-function", "def hash_password(pw: str) -> str:\n    return bcrypt.hashpw(pw.encode(), bcrypt.gensalt(rounds=12)).decode()")
I("code/css-colors", "--brand: #1a73e8; --accent: #ff6d00; --bg: #fafafa; font-feature-settings: 'tnum';")
I("code/base64-image", f"<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\" alt=\"pixel\">")
I("code/feature-flags", "flags:\n  new_checkout: true\n  rollout_pct: 25\n  token_ttl_seconds: 3600\n  max_password_length: 128")
I("code/cron", "*/15 * * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1")
I("network/ip-mac", "eth0: inet 10.0.4.17/24 brd 10.0.4.255 ether 3c:22:fb:1a:9e:04 mtu 1500")
I("network/ipv6", "Default gateway fe80::1%en0, DNS 2001:4860:4860::8888")
I("agent/tool-output-clean", '{"tool": "search_flights", "result": {"flight": "BA 117", "depart": "2027-01-12T08:30", "price": {"amount": 412.5, "currency": "GBP"}, "fare_basis": "YLOWGB"}}')
I("agent/task-no-secret", "Task: summarise ticket SUP-4412, tag it 'billing', and reply that the refund (REF-88213) was issued on 2026-12-03.")
I("agent/toolcall-args-ids", f'{{"name": "github.get_pull_request", "arguments": {{"owner": "acme", "repo": "web", "number": 4821, "head_sha": "{ih(40)}"}}}}')
I("sheet/inventory", "SKU\tName\tQty\tBin\nAX-1002-BL\tCable 2m blue\t140\tA-03-2\nAX-1004-RD\tCable 4m red\t85\tA-03-4")
I("sheet/timesheet", "Week 49 | Mon 8.0 | Tue 7.5 | Wed 8.0 | Thu 6.0 | Fri 4.5 | Total 34.0 h | Project P-2231")
I("ocr/menu", "OCR: CAFÉ LUMEN — Espresso 2.40 | Cappuccino 3.60 | Croissant 2.20 | Table 12")
I("ocr/parking-ticket", "PARKING TICKET No. 0048213  Zone B  Entry 08:14  Exit 17:52  Paid €12.00  Plate shown on camera")
I("transcript/support-no-secret", "AGENT: Can I have your order number?\nCALLER: Sure, it's 4 4 8 2 1 9.\nAGENT: Thanks, I see it shipped yesterday.")
I("transcript/flight-announcement", "Passengers on flight UA 924 to London, gate B42, boarding group 3 may now board.")
I("calendar/public-webinar", "Join our public webinar: https://zoom.us/j/98765432100 (no passcode, open to everyone), Thu 16:00 CET")
I("room/office-directions", "Meeting room 4.12 is on the 4th floor, take elevator B; the kitchen is next to room 4.08.")
I("game/sudoku", "5 3 _ | _ 7 _ | _ _ _\n6 _ _ | 1 9 5 | _ _ _\n_ 9 8 | _ _ _ | _ 6 _")
I("sport/score", "Final: 2–1 (HT 0–1). Attendance 48,219. Next match 14 Dec, 20:45.")
I("recipe/quantities", "250 g flour, 2 eggs, 125 ml milk, 1 tsp baking powder; bake 25 min at 180 °C.")

# ---- multilingual innocents
I("de/bestellung", f"Ihre Bestellung Nr. 302-{idg(7)}-{idg(7)} wurde versandt. Paketnummer: 00340434{idg(12)}. Lieferung Di–Mi.")
I("de/passwort-vergessen", "Passwort vergessen? Klicken Sie auf „Zurücksetzen“, dann erhalten Sie einen Link per E-Mail. Wir fragen Sie niemals nach Ihrem Passwort.")
I("de/rechnung-betrag", "Rechnungsnummer RE-2026-1187, Betrag 1.249,90 €, fällig am 15.12.2026, Kundennummer K-40218")
I("fr/reservation", "Votre réservation n° 7XK4QP est confirmée : TGV INOUI 6611 Paris-Lyon, voiture 14, place 82, départ 07h56.")
I("fr/politique-mdp", "Votre mot de passe doit contenir au moins 12 caractères. Ne le communiquez jamais, même au support.")
I("es/pedido", "Pedido #ES-448210 enviado. Seguimiento: CX123456789ES (Correos). Importe: 59,90 €.")
I("es/version", "Actualiza a la versión 4.2.1 (compilación 20261130.3). Código de error anterior: E-1042.")
I("pt/nota-fiscal", "Nota fiscal nº 000.482.117, série 1, valor R$ 349,90, emitida em 02/12/2026.")
I("it/spedizione", "La spedizione RR123456785IT è in consegna. Codice cliente pubblico: 8841-IT. Ufficio postale CAP 20121 Milano.")
I("nl/bestelling", "Bestelling 1049-2281 is onderweg. Track & trace: 3SABCD1234567. Postcode 1012 AB, huisnummer 5.")
I("pl/zamowienie", "Zamówienie nr 2026/12/00481 zostało wysłane. Numer przesyłki InPost: 520000012345678901234567.")
I("sv/kvitto", "Kvitto nr 48213, moms 25 %, totalt 349,00 kr. Org.nr 556677-8899 (företagets offentliga nummer).")
I("fi/lasku", "Laskun numero 20261204, viitenumero 1234 5672, eräpäivä 20.12.2026, summa 84,50 €.")
I("tr/kargo", "Kargo takip numarası: 7284910032. Sipariş no: TY-88421. Tahmini teslim: 9 Aralık.")
I("ru/zakaz", "Заказ № 48213-7 оформлен. Трек-номер: RA123456789RU. Версия приложения 5.14.2.")
I("ru/parol-politika", "Пароль должен содержать не менее 12 символов. Никому не сообщайте коды из СМС.")
I("uk/poshta", "Відправлення 20450000123456 прибуло у відділення №42. Вартість доставки 70 грн.")
I("el/kratisi", "Αριθμός κράτησης 8821-AX, πτήση A3 602, θέση 21F, πύλη B12.")
I("ar/talab", "تم شحن طلبك رقم 448210. رقم التتبع: 1Z999AA10123456784. الإجمالي: 240 ريال.")
I("ar/tahdhir", "تنبيه: لن نطلب منك أبداً كلمة المرور أو رمز التحقق عبر الهاتف.")
I("he/hazmana", "הזמנה מספר 774219 נשלחה. מספר משלוח: RR123456785IL. שעות פעילות: 9:00–17:00.")
I("hi/order", "आपका ऑर्डर #OD4482109873 शिप हो गया है। अनुमानित डिलीवरी: 10 दिसंबर। कुल: ₹1,299")
I("zh/dingdan", "您的订单号 2026120648213 已发货，快递单号 SF1234567890123，预计12月9日送达。")
I("zh/banben", "请升级到 v2.8.14（构建号 20261130），错误码 E1042 已修复。")
I("ja/chumon", "ご注文番号：249-4821093-1120 商品は12月8日にお届け予定です。お問い合わせ番号：3821-4410-2210")
I("ja/password-chui", "パスワードは12文字以上にしてください。当社からパスワードを尋ねることはありません。")
I("ko/jumun", "주문번호 20261206-0048213 배송 시작. 운송장 번호: 6851-2345-6789 (CJ대한통운)")
I("th/kham-sang", "หมายเลขคำสั่งซื้อ 2612064821 จัดส่งแล้ว เลขพัสดุ TH0123456789A")
I("vi/don-hang", "Đơn hàng #VN448210 đã giao cho đơn vị vận chuyển. Mã vận đơn: GHN82K4X21.")
I("ids/pesanan", "Pesanan INV/20261206/MPL/4821093 sedang dikirim. Nomor resi: JP1234567890.")
I("cs/objednavka", "Objednávka č. 2026004821 byla odeslána. Variabilní symbol 2026004821, částka 1 290 Kč.")
I("ro/comanda", "Comanda nr. 448210 a fost expediată. AWB: 2345678901. Total: 249,99 lei.")
I("sw/agizo", "Agizo lako nambari 448210 limetumwa. Bei: KSh 2,450. Asante kwa kununua.")
I("fa/sefaresh", "سفارش شماره ۴۴۸۲۱۰ ارسال شد. کد رهگیری پستی: ۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰")
I("hu/rendeles", "A 2026/4821 számú rendelését feladtuk. Csomagszám: 5012345678901. Végösszeg: 12 990 Ft.")
I("da/faktura", "Faktura nr. 20261187, CVR 12345678 (virksomhedens offentlige nummer), beløb 1.249,00 kr.")
I("no/bestilling", "Bestilling 48213 er sendt. Sporingsnummer 70701234567890123. Org.nr. 923 456 789.")
I("mixed/de-en-standup", "Standup: PR #4821 merged, deploy auf v3.12.1 heute 16:00, ticket OPS-221 still open, Kosten ca. 120 €/Monat.")
I("mixed/ja-en-release", "Release v5.0.0 (commit 3f9a1c2) — 新機能: dark mode, バグ修正 12件, see CHANGELOG.md")
I("mixed/es-en-flight", "Vuelo IB 6251 MAD→JFK, gate S22, boarding 11:40, asiento 32A — no olvides el pasaporte!")
I("agent/multilingual-thought", "思考：用户要求重置密码，但我没有权限。Je vais lui envoyer le lien officiel de réinitialisation. No password needed here.")


# ====================================================================== checks
for _s in SECRETS:
    assert _s.secret, _s.id
    assert _s.secret in _s.text, f"secret not in text: {_s.id}"
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
assert all("/" in i for i in _ids)
assert len(SECRETS) >= 220, len(SECRETS)
assert len(INNOCENT) >= 110, len(INNOCENT)
for _n in INNOCENT:
    for _s in SECRETS:
        assert _s.secret not in _n.text or len(_s.secret) < 5, (_n.id, _s.id)

if __name__ == "__main__":
    print(f"secrets_c14: {len(SECRETS)} secrets, {len(INNOCENT)} innocent, OK")
