"""Independent secret-redaction test corpus c22

Written: Mon Dec  7 12:55:46 UTC 2026 (output of `date` at start).

Written from general knowledge only, without seeing the redactor, its rules,
its tests or any earlier corpus.  All random values are generated at import
time from a single seeded random.Random(2222022); nothing is real.

Texts are records an LLM agent stores about its work: user requests, agent
thoughts, tool calls (name + JSON arguments) with observations, and distilled
lessons / summaries written afterwards.

Settings: coding, data-analysis, customer-support, travel, finance, hr,
healthcare, home-automation, e-commerce, education.
Languages (29 = English + 28 others): en de fr es it pt nl pl cs sv da no fi ru uk tr ar he fa hi ja
ko zh vi th id el hu ro  (English about a third).
Counts: 230 SECRETS, 219 INNOCENT (449 records).
By setting (secret/innocent): coding 25/22, data-analysis 21/21,
customer-support 22/22, travel 23/21, finance 24/21, hr 23/22,
healthcare 22/22, home-automation 24/21, e-commerce 22/22, education 24/25.
By language (all records): en 148 (33%), de 22, fr 20, es 20, it 19, pt 15,
nl 14, sv 13, pl 12, ru 12, cs 10, ja 10, ko 10, zh 10, tr 10, ar 10, el 9,
fi 9, hi 8, id 8, uk 8, da 7, ro 7, th 7, vi 7, fa 6, he 6, hu 6, no 6.
Record kinds: roughly a third each of tool calls with JSON arguments and
observations, user requests / agent thoughts, and lessons / summaries.
The self-check (`python3 secrets_c22.py`) recomputes and prints these.

Labelling choices for borderline cases:
* Short human secrets (PINs, door/gate/alarm codes, OTPs) are SECRET whenever
  the text makes clear they are a live credential, even if only 4 digits.
* A lesson/summary that wrongly copies a secret is SECRET; a lesson that only
  talks about passwords/codes/keys without a value is INNOCENT.
* Masked values (**** 4821, last four digits, "sk_live_...x9Q2"), placeholders
  (<password>, {{otp}}, ${API_KEY}, $DB_PASS), CSS selectors (#password,
  input[name=pin]) are INNOCENT.
* Public keys (ssh-ed25519 AAAA..., PEM PUBLIC KEY), key ids / fingerprints,
  JWT "kid" values, tool-call ids, run ids, commit hashes, UUIDs, order /
  booking / ticket numbers, phone numbers, tracking numbers are INNOCENT.
* Vendor-published documentation examples clearly labelled as such
  (AKIAIOSFODNN7EXAMPLE, Stripe test card 4242..., example IBAN
  DE89 3704 0044 0532 0130 00) are INNOCENT; a bare AWS access key id
  together with its secret, or in a live config, is treated as SECRET.
* Card numbers count as secret when unmasked (they are Luhn-valid here);
  IBANs are secret when they are a person's own account (mod-97 valid);
  national ids and passport numbers of a person are secret.
* The `secret` field is the single most sensitive exact substring; other
  sensitive parts may also be present in the same text.
"""
import base64
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


R = random.Random(2222022)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _c(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def digits(n):
    return str(R.randint(1, 9)) + _c(DG, n - 1)


def hexs(n):
    return _c(HX, n)


def alnum(n):
    return _c(AN, n)


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64url(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def gpw(n=16):
    sym = "!#$%&*+-=?@^_~"
    while True:
        s = _c(AN + sym, n)
        if any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s) and any(c in sym for c in s):
            return s


_HW = ["Sunflower", "Tiger", "Marmalade", "Bicycle", "Harbor", "Falcon", "Pumpkin", "Lighthouse",
       "Cactus", "Zebra", "Otter", "Meadow", "Rocket", "Saffron", "Glacier", "Pebble", "Mango",
       "Kestrel", "Velvet", "Nugget", "Biscuit", "Tornado", "Juniper", "Walrus"]


def hpw():
    return R.choice(_HW) + R.choice(["", "_", "."]) + str(R.randint(1, 2029)) + R.choice("!?#$.*")


_BIP = ("abandon ability able about above absent absorb abstract absurd abuse access accident account "
        "accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict "
        "address adjust admit adult advance advice aerobic affair afford afraid again age agent agree "
        "ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha "
        "already also alter always amateur amazing among amount amused analyst anchor ancient anger "
        "angle angry animal ankle announce annual another answer antenna antique anxiety any apart "
        "apology appear apple approve april arch arctic area arena argue arm armed armor army around "
        "arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume "
        "asthma athlete atom attack attend attitude attract auction audit august aunt author auto "
        "autumn average avocado avoid awake aware away awesome awful awkward axis baby bachelor bacon "
        "badge bag balance balcony ball bamboo banana banner bar barely bargain barrel base basic "
        "basket battle beach bean beauty because become beef before begin behave behind believe below "
        "belt bench benefit best betray better between beyond bicycle bid bike bind biology bird birth "
        "bitter black blade blame blanket blast bleak bless blind blood blossom blouse blue blur blush "
        "board boat body boil bomb bone bonus book boost border boring borrow boss bottom bounce box "
        "boy bracket brain brand brass brave bread breeze brick bridge brief bright bring brisk "
        "broccoli broken bronze broom brother brown brush bubble buddy budget buffalo build bulb bulk "
        "bullet bundle bunker burden burger burst bus business busy butter buyer buzz cabbage cabin").split()


def seed(n=12):
    return " ".join(R.choice(_BIP) for _ in range(n))


def phrase(n=4, sep=" "):
    return sep.join(R.choice(_BIP) for _ in range(n))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card(prefix="4", length=16, sep=""):
    if prefix == "5":
        prefix = "5" + str(R.randint(1, 5))
    body = prefix + _c(DG, length - len(prefix) - 1)
    num = body + luhn_digit(body)
    if sep and length == 16:
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))
    if sep and length == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return num


def cvv(n=3):
    return _c(DG, n)


_IBAN_FMT = {"DE": "n18", "FR": "n10a11n2", "ES": "n20", "IT": "a1n10a12", "NL": "a4n10", "PL": "n24",
             "CZ": "n20", "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14", "TR": "n5n1a16", "PT": "n21",
             "RO": "a4a16", "HU": "n24", "GR": "n7a16", "GB": "a4n14", "BE": "n12", "AT": "n16",
             "UA": "n6a19", "IL": "n19", "SA": "n2a18", "AE": "n19", "CH": "n5a12"}


def _bban(fmt):
    out, i = "", 0
    while i < len(fmt):
        kind = fmt[i]
        j = i + 1
        while j < len(fmt) and fmt[j].isdigit():
            j += 1
        n = int(fmt[i + 1:j])
        out += _c(DG, n) if kind == "n" else _c(UP + DG, n)
        i = j
    return out


def iban(cc, spaced=False):
    bban = _bban(_IBAN_FMT[cc])
    rearr = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in rearr))
    chk = 98 - num % 97
    s = f"{cc}{chk:02d}{bban}"
    if spaced:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


# ---- national ids with valid check digits ----
def _date6():
    return f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}"


def fi_hetu():
    d = _date6()
    ind = f"{R.randint(2, 899):03d}"
    return f"{d}-{ind}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(d + ind) % 31]


def se_pnr():
    body = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + _c(DG, 3)
    return f"{body[:6]}-{body[6:]}{_se_chk(body)}"


def _se_chk(body9):
    tot = 0
    for i, ch in enumerate(body9):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return str((10 - tot % 10) % 10)


def no_fnr():
    while True:
        d = _date6() + _c(DG, 3)
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * b for a, b in zip(d, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d2 = d + str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * b for a, b in zip(d2, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return d2 + str(k2)


def pl_pesel():
    d = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + _c(DG, 4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return d + str((10 - sum(int(a) * b for a, b in zip(d, w)) % 10) % 10)


def es_dni():
    n = R.randint(10000000, 99999999)
    return f"{n}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def nl_bsn():
    while True:
        d = _c(DG, 8)
        s = sum(int(a) * b for a, b in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10 and d[0] != "0":
            return d + str(c)


def dk_cpr():
    return _date6() + "-" + _c(DG, 4)


def tr_tckn():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def cn_rid():
    body = f"{R.choice(['110101', '310104', '440305', '510107'])}{R.randint(1960, 2004)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + _c(DG, 3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def br_cpf(fmt=True):
    d = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(a * b for a, b in zip(d, range(k, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s


def il_id():
    body = _c(DG, 8)
    tot = 0
    for i, ch in enumerate(body):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        tot += x - 9 if x > 9 else x
    return body + str((10 - tot % 10) % 10)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _VP.append([_VP[_i - 1][_VP[1][j]] for j in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    body = str(R.randint(2, 9)) + _c(DG, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def ro_cnp():
    body = str(R.choice([1, 2, 5, 6])) + f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + f"{R.randint(1, 40):02d}" + _c(DG, 3)
    w = "279146358279"
    c = sum(int(a) * int(b) for a, b in zip(body, w)) % 11
    return body + ("1" if c == 10 else str(c))


def gr_amka():
    body = _date6() + _c(DG, 4)
    return body + luhn_digit(body)


def hu_taj():
    d = _c(DG, 8)
    s = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(d))
    t = d + str(s % 10)
    return f"{t[:3]} {t[3:6]} {t[6:]}"


def cz_rc():
    while True:
        base = f"{R.randint(54, 99):02d}{R.choice([R.randint(1, 12), R.randint(51, 62)]):02d}{R.randint(1, 28):02d}" + _c(DG, 3)
        c = int(base) % 11
        if c < 10:
            return base[:6] + "/" + base[6:] + str(c)


def ir_melli():
    while True:
        d = _c(DG, 9)
        s = sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
        c = s if s < 2 else 11 - s
        if len(set(d)) > 1:
            return d + str(c)


def kr_rrn():
    body = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + str(R.choice([1, 2])) + _c(DG, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    s = body + str(c)
    return s[:6] + "-" + s[6:]


def jp_mynumber():
    body = _c(DG, 11)
    s = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    t = body + str(c)
    return f"{t[:4]} {t[4:8]} {t[8:]}"


def ru_snils():
    while True:
        d = _c(DG, 9)
        s = sum(int(x) * (9 - i) for i, x in enumerate(d))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            c = 0 if c == 100 else c
        return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}"


def ua_rnokpp():
    d = _c(DG, 9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return d + str(sum(int(a) * b for a, b in zip(d, w)) % 11 % 10)


def nhs_no():
    while True:
        d = _c(DG, 9)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            t = d + str(c)
            return f"{t[:3]} {t[3:6]} {t[6:]}"


def us_ssn():
    return f"{R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"


# ---- vendor tokens ----
def aws_id():
    return "AKIA" + _c(UP + "234567", 16)


def aws_sec():
    return _c(AN + "/+", 40)


def ghp():
    return "ghp_" + alnum(36)


def gh_pat():
    return "github_pat_11" + _c(UP + DG, 20) + "_" + alnum(59)


def glpat():
    return "glpat-" + _c(AN + "-_", 20)


def xoxb():
    return f"xoxb-{digits(11)}-{digits(13)}-{alnum(24)}"


def xoxp():
    return f"xoxp-{digits(11)}-{digits(11)}-{digits(13)}-{hexs(32)}"


def slack_hook():
    return f"https://hooks.slack.com/services/T{_c(UP + DG, 8)}/B{_c(UP + DG, 10)}/{alnum(24)}"


def sk_live():
    return "sk_live_51" + alnum(97)


def rk_live():
    return "rk_live_51" + alnum(60)


def whsec():
    return "whsec_" + alnum(32)


def openai_key():
    return "sk-proj-" + _c(AN + "-_", 74) + "T3BlbkFJ" + _c(AN + "-_", 74)


def anthropic_key():
    return "sk-ant-api03-" + _c(AN + "-_", 93) + "AA"


def gapi():
    return "AIza" + _c(AN + "-_", 35)


def sendgrid():
    return "SG." + _c(AN + "-_", 22) + "." + _c(AN + "-_", 43)


def npm_tok():
    return "npm_" + alnum(36)


def pypi_tok():
    return "pypi-AgEIcHlwaS5vcmc" + _c(AN + "-_", 70)


def hf_tok():
    return "hf_" + alnum(34)


def shpat():
    return "shpat_" + hexs(32)


def telegram_tok():
    return f"{digits(10)}:AA{_c(AN + '-_', 33)}"


def discord_tok():
    return base64.b64encode(digits(18).encode()).decode().rstrip("=") + "." + _c(AN + "-_", 6) + "." + _c(AN + "-_", 38)


def twilio_tok():
    return hexs(32)


def mailgun_key():
    return "key-" + hexs(32)


def do_tok():
    return "dop_v1_" + hexs(64)


def azure_conn():
    return f"DefaultEndpointsProtocol=https;AccountName=st{_c(LO + DG, 10)};AccountKey={b64(64)};EndpointSuffix=core.windows.net"


def jwt(payload=None):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = payload or {"sub": str(uuid.UUID(int=R.getrandbits(128), version=4)), "role": "user", "exp": R.randint(1790000000, 1799999999)}
    pp = base64.urlsafe_b64encode(json.dumps(p, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{pp}.{b64url(32)}"


def pem(kind="RSA PRIVATE KEY", nbytes=300):
    body = b64(nbytes)
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {kind}-----\n{lines}\n-----END {kind}-----"


def openssh_key():
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + b64(240)
    lines = "\n".join(body[i:i + 70] for i in range(0, len(body), 70))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{lines}\n-----END OPENSSH PRIVATE KEY-----"


def basic(user, pw):
    return base64.b64encode(f"{user}:{pw}".encode()).decode()


def totp_secret():
    return _c(B32, 32)


def recovery_codes(n=5):
    return [f"{_c(LO + DG, 5)}-{_c(LO + DG, 5)}" for _ in range(n)]


# ---- innocent look-alikes ----
def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def call_id():
    return "call_" + alnum(24)


def toolu():
    return "toolu_01" + alnum(22)


def sha1():
    return hexs(40)


def sha256():
    return hexs(64)


def pnr():
    return _c("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def phone(cc="+1"):
    return f"{cc} {digits(3)} {_c(DG, 3)} {_c(DG, 4)}"


def ssh_pub():
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(32)[:43]


def money():
    return f"{R.randint(5, 4999)}.{R.randint(0, 99):02d}"


def last4():
    return _c(DG, 4)


SECRETS = []
INNOCENT = []
_cnt = {}


def _id(kind, setting, lang, name):
    key = (kind, setting, lang, name)
    _cnt[key] = _cnt.get(key, 0) + 1
    return f"{kind}/{setting}/{lang}/{name}-{_cnt[key]:02d}"


def _fill(tpl, extras):
    for e in extras:
        assert "¤" in tpl, tpl
        tpl = tpl.replace("¤", str(e), 1)
    assert "¤" not in tpl, tpl
    return tpl


def S(setting, lang, name, tpl, secret, *extras):
    text = _fill(tpl, extras).replace("§", secret)
    SECRETS.append(Secret(_id("secret", setting, lang, name), text, secret))


def I(setting, lang, name, tpl, *extras):
    INNOCENT.append(Innocent(_id("innocent", setting, lang, name), _fill(tpl, extras)))


# =====================================================================
# SECRETS
# =====================================================================
C, D, CS, T, F, H, HC, HA, E, ED = ("coding", "data-analysis", "customer-support", "travel", "finance", "hr",
                                    "healthcare", "home-automation", "e-commerce", "education")

# ---- coding ----
S(C, "en", "shell-export", 'tool_call shell {"cmd": "export GITHUB_TOKEN=§ && gh pr list --repo acme/api"}\nobservation: exit 0, 3 open pull requests', ghp())
S(C, "en", "git-remote", 'Thought: the push failed with 403. The remote URL in .git/config is https://ci-bot:§@gitlab.example.org/platform/infra.git, so the token is probably expired.', glpat())
S(C, "en", "env-read", 'tool_call read_file {"path": ".env.production"}\nobservation:\nNODE_ENV=production\nPORT=8080\nSTRIPE_SECRET_KEY=§\nLOG_LEVEL=info', sk_live())
S(C, "en", "lesson-npm", 'Lesson: publishing failed because ~/.npmrc had a stale token. I replaced it with the new one (§) and `npm publish` worked. Next time check `npm whoami` first.', npm_tok())
S(C, "en", "user-openai", 'User: here is my OpenAI key for the eval script, please put it in the config but do not commit it: §', openai_key())
S(C, "en", "pem-cat", 'tool_call shell {"cmd": "cat deploy/id_rsa"}\nobservation:\n§', pem("RSA PRIVATE KEY", 420))
S(C, "en", "summary-pypi", 'Summary of run ¤: built wheel 2.4.1, uploaded with twine using TWINE_PASSWORD=§ (username __token__). Upload succeeded.', pypi_tok(), uid())
S(C, "de", "docker-login", 'Werkzeugaufruf shell {"cmd": "echo \'§\' | docker login registry.firma.intern -u deploy --password-stdin"}\nAusgabe: Login Succeeded', gpw(20))
S(C, "de", "gedanke-db", 'Gedanke: Die Migration bricht ab, weil DATABASE_URL auf postgres://app_rw:§@db-primary.intern:5432/shop zeigt und der Benutzer keine DDL-Rechte hat.', gpw(18))
S(C, "fr", "lecon-hf", 'Leçon : le téléchargement du modèle privé échouait en 401. Il fallait exporter HF_TOKEN=§ avant de lancer le script, pas seulement dans le notebook.', hf_tok())
S(C, "es", "usuario-aws", 'Usuario: configura el perfil de AWS con estas credenciales: access key AKIA¤ y secret §. Región eu-west-1.', aws_sec(), _c(UP + "234567", 16))
S(C, "pt", "ssh-key", 'Chamada de ferramenta write_file {"path": "~/.ssh/id_ed25519", "mode": "600"}\nconteúdo:\n§\nobservação: arquivo gravado', openssh_key())
S(C, "ru", "mysl-redis", 'Мысль: в логах воркера видно строку подключения redis://:§@cache-01.internal:6379/0 — пароль попал в лог, надо будет его сменить.', gpw(24))
S(C, "ja", "slack-bot", 'ツール呼び出し http_request {"method": "POST", "url": "https://slack.com/api/chat.postMessage", "headers": {"Authorization": "Bearer §"}, "json": {"channel": "#deploys", "text": "v3.2 released"}}\n結果: {"ok": true}', xoxb())
S(C, "zh", "lesson-webhook", '经验总结：部署通知发不出去是因为 Slack webhook 地址写错了。正确的是 § ，已经写进 CI 的变量里。', slack_hook())
S(C, "ko", "user-pat", '사용자: 비공개 저장소 클론이 안 돼요. 새로 만든 토큰은 § 이에요. 이걸로 다시 해 주세요.', gh_pat())
S(C, "pl", "tool-compose", 'wywołanie narzędzia read_file {"path": "docker-compose.yml"}\nwynik:\n  db:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: §\n      MYSQL_DATABASE: sklep', gpw(14))
S(C, "sv", "tanke-anthropic", 'Tanke: användaren klistrade in sin nyckel (§) i chatten. Jag sätter den som ANTHROPIC_API_KEY i sessionen och nämner den inte igen.', anthropic_key())
S(C, "tr", "ders-do", 'Ders: Terraform planı 401 verdi çünkü DIGITALOCEAN_TOKEN eskiydi. Yeni token § ile plan geçti.', do_tok())
S(C, "he", "tool-telegram", 'קריאה לכלי http_request {"url": "https://api.telegram.org/bot§/sendMessage", "json": {"chat_id": ¤, "text": "build ok"}}\nתוצאה: 200', telegram_tok(), digits(9))
S(C, "vi", "nguoi-dung-sendgrid", 'Người dùng: khóa SendGrid mới của tôi là § , thay vào biến SENDGRID_API_KEY giúp tôi nhé.', sendgrid())
S(C, "en", "k8s-secret", 'tool_call shell {"cmd": "kubectl get secret api-creds -o jsonpath=\'{.data.password}\' | base64 -d"}\nobservation: §', gpw(22))

# ---- data-analysis ----
S(D, "en", "sql-conn", 'tool_call sql_connect {"dsn": "postgresql://analyst:§@warehouse.corp.example:5432/analytics?sslmode=require"}\nobservation: connected, 214 tables', hpw())
S(D, "en", "snowflake-thought", 'Thought: the user said their Snowflake password is "§" and the account is xy¤.eu-central-1. I will use it only for this query session.', hpw(), _c(DG, 5))
S(D, "en", "bq-sa", 'tool_call read_file {"path": "secrets/bq-sa.json"}\nobservation: {"type": "service_account", "project_id": "metrics-prod", "private_key_id": "¤", "private_key": "§", "client_email": "etl@metrics-prod.iam.gserviceaccount.com"}', pem("PRIVATE KEY", 300).replace("\n", "\\n"), hexs(40))
S(D, "en", "lesson-mongo", 'Lesson: the nightly export broke because MONGO_URI rotated. Current value mongodb+srv://reporter:§@cluster0.ab12c.mongodb.net/events works; ask ops before the next rotation.', gpw(16))
S(D, "de", "nutzer-tableau", 'Nutzer: Mein Tableau-Passwort ist §, bitte aktualisiere damit das Dashboard „Umsatz Q3“.', hpw())
S(D, "fr", "outil-azure", 'appel d\'outil python {"code": "conn = \'§\'\\nclient = BlobServiceClient.from_connection_string(conn)"}\nobservation: 42 blobs listés', azure_conn())
S(D, "es", "leccion-mysql", 'Lección: para el informe mensual hay que conectarse con mysql -h bi-replica -u lector -p\'§\' ventas; la réplica tarda unos 10 minutos en sincronizar.', gpw(15))
S(D, "it", "pensiero-gapi", 'Pensiero: per geocodificare gli indirizzi uso la chiave Google Maps che l\'utente ha incollato prima (§). Limite: 2500 richieste al giorno.', gapi())
S(D, "nl", "tool-jdbc", 'tool_call run_job {"jdbc_url": "jdbc:sqlserver://dwh01.intern:1433;databaseName=Finance;user=etl_user;password=§", "query": "SELECT COUNT(*) FROM facts"}\nobservatie: 1.204.553', gpw(16))
S(D, "fi", "kayttaja-api", 'Käyttäjä: datan rajapinnan avain on §. Hae sillä viime viikon myyntiluvut ja tee niistä kaavio.', hexs(40))
S(D, "da", "laering-s3", 'Læring: boto3 fandt ikke credentials i containeren. Løsningen var at sætte AWS_ACCESS_KEY_ID=AKIA¤ og AWS_SECRET_ACCESS_KEY=§ som miljøvariabler i jobbet.', aws_sec(), _c(UP + "234567", 16))
S(D, "cs", "mysl-jwt", 'Myšlenka: API metrik vrací 401. V požadavku posílám hlavičku Authorization: Bearer § — token má v payloadu exp, možná už vypršel.', jwt())
S(D, "uk", "zvit", 'Підсумок: дані вивантажено з ClickHouse (користувач readonly, пароль §), 3 таблиці, 12 млн рядків, звіт збережено у reports/weekly.html.', gpw(12))
S(D, "hi", "upyogkarta", 'उपयोगकर्ता: मेरे Kaggle अकाउंट का API key § है, इससे dataset डाउनलोड कर लो।', hexs(32))
S(D, "id", "alat-basic", 'panggilan alat http_get {"url": "https://metabase.internal/api/card/118/query", "headers": {"Authorization": "Basic §"}}\nhasil: 200, 88 baris', basic("analis", gpw(12)))
S(D, "th", "บทเรียน", 'บทเรียน: การดึงข้อมูลจาก Grafana ต้องใช้ service account token § ไม่ใช่รหัสผ่านของผู้ใช้', "glsa_" + alnum(32) + "_" + hexs(8))
S(D, "en", "notebook-cell", 'tool_call jupyter_execute {"cell": "import requests\\nH = {\\"X-API-Key\\": \\"§\\"}\\nr = requests.get(BASE + \\"/v2/exports\\", headers=H)"}\nobservation: <Response [200]>', alnum(40))
S(D, "ar", "fikra", 'تفكير: المستخدم أعطاني كلمة مرور قاعدة البيانات § للوصول إلى جدول المبيعات، سأستخدمها في هذا الاستعلام فقط.', hpw())
S(D, "el", "mathima", 'Μάθημα: το script εξαγωγής απέτυχε επειδή ο κωδικός του λογαριασμού «reports» άλλαξε σε §. Πρέπει να ενημερώνεται και το cron.', gpw(14))
# ---- customer-support ----
S(CS, "en", "zendesk-token", 'tool_call http_request {"method": "GET", "url": "https://acme.zendesk.com/api/v2/tickets/¤.json", "auth": {"user": "agent@acme.example/token", "password": "§"}}\nobservation: status open, priority high', alnum(40), R.randint(10000, 99999))
S(CS, "en", "user-reset", 'User: I can\'t log in to my account. My old password was § and I think someone changed it. Can you help?', hpw())
S(CS, "en", "thought-pin", 'Thought: the customer already told me their phone banking PIN (§) in the chat. I must not repeat it in the reply and should tell them to change it.', digits(4))
S(CS, "en", "lesson-otp", 'Lesson: when a customer reads out their one-time code (like § in ticket ¤), stop the flow and remind them that support never asks for codes.', digits(6), R.randint(100000, 999999))
S(CS, "en", "crm-update", 'tool_call crm.update_contact {"contact_id": "¤", "fields": {"security_answer": "§", "preferred_channel": "email"}}\nobservation: updated', R.choice(["Fluffy the hamster", "Mrs Whitaker from 4th grade", "blue Vauxhall Corsa"]), digits(8))
S(CS, "de", "kunde-passwort", 'Kunde: Hallo, ich komme nicht mehr in mein Konto. Benutzername m.krause, Passwort §. Bitte prüfen Sie das.', hpw())
S(CS, "fr", "note-interne", 'Note interne ajoutée au ticket : le client a communiqué son code d\'accès au portail (§) par téléphone, accès vérifié puis code réinitialisé.', digits(6))
S(CS, "es", "chat-tool", 'llamada a herramienta chat.send {"conversation": "¤", "text": "Su contraseña temporal es § , cámbiela al iniciar sesión."}\nobservación: entregado', gpw(12), uid())
S(CS, "it", "utente-puk", 'Utente: il telefono è bloccato, mi chiede il PUK. Quello sulla scheda è §, ma non funziona.', digits(8))
S(CS, "pt", "licao-senha", 'Lição: a cliente mandou a senha do app por e-mail (§). Respondi pedindo que troque a senha e apaguei a mensagem do histórico do ticket.', hpw())
S(CS, "nl", "intercom", 'tool_call http_request {"url": "https://api.intercom.io/conversations", "headers": {"Authorization": "Bearer §"}}\nobservatie: 200, 25 gesprekken', "dG9rOj" + b64(42).rstrip("="))
S(CS, "sv", "kund-bankid", 'Kund: jag har personnummer § och kommer inte in med BankID, kan ni kolla mitt ärende?', se_pnr())
S(CS, "no", "sammendrag", 'Sammendrag: kunden oppga fødselsnummer § for identifisering. Saken gjaldt feil faktura, løst med kreditnota.', no_fnr())
S(CS, "ru", "polzovatel-kodovoe", 'Пользователь: кодовое слово для банка — «§», назовите его оператору, если нужно подтвердить личность.', R.choice(["Бегемот1987", "ЗеленыйЧайник", "Ромашка42"]))
S(CS, "tr", "dusunce-tc", 'Düşünce: müşteri kimliğini doğrulamak için TC kimlik numarasını (§) yazdı; bunu CRM notuna kopyalamamalıyım.', tr_tckn())
S(CS, "ar", "darsun", 'درس مستفاد: العميل أرسل رمز التحقق § في المحادثة العامة؛ يجب تنبيهه بعدم مشاركة الرموز وإلغاء الجلسة.', digits(6))
S(CS, "fa", "karbar", 'کاربر: رمز عبور حساب کاربری من § است، لطفاً سفارش آخرم را بررسی کنید.', hpw())
S(CS, "ja", "omoi-password", '考え: ユーザーはパスワード「§」をチャットに書いてしまった。返信では引用せず、変更を勧める。', hpw())
S(CS, "hu", "tool-freshdesk", 'eszközhívás http_request {"url": "https://ceg.freshdesk.com/api/v2/tickets", "auth": "§:X"}\neredmény: 200', alnum(20))
S(CS, "ro", "utilizator", 'Utilizator: CNP-ul meu este §, vă rog să verificați dacă factura a fost emisă pe numele meu.', ro_cnp())

# ---- travel ----
S(T, "en", "browser-fill", 'tool_call browser.fill {"selector": "#password", "value": "§"}\nobservation: field filled\ntool_call browser.click {"selector": "button[type=submit]"}\nobservation: navigated to /my-trips', hpw())
S(T, "en", "user-passport", 'User: book the Lisbon flight for me. Passport number §, expires 2031-04-17, nationality GBR.', _c(DG, 9))
S(T, "en", "thought-card", 'Thought: the user gave the Visa card § (exp ¤/29, CVV ¤) for the hotel deposit. I will enter it only in the payment iframe.', card("4", 16, " "), f"{R.randint(1, 12):02d}", cvv())
S(T, "en", "lesson-airbnb", 'Lesson: the host\'s lockbox code (§) only works after 15:00; arriving earlier means waiting at the café next door.', digits(4))
S(T, "en", "amadeus", 'tool_call http_request {"method": "POST", "url": "https://test.api.amadeus.com/v1/security/oauth2/token", "data": {"grant_type": "client_credentials", "client_id": "¤", "client_secret": "§"}}\nobservation: 200 access_token issued', alnum(16), alnum(32))
S(T, "de", "gedanke-tuercode", 'Gedanke: Die Ferienwohnung hat einen Türcode, der Vermieter schrieb „Code § und dann die Raute“. Ich trage das in die Reisenotiz ein.', digits(5))
S(T, "fr", "outil-carte", 'appel d\'outil payment.submit {"card_number": "§", "exp": "¤/28", "cvc": "¤", "holder": "CLAIRE DUBOIS"}\nobservation: réservation confirmée', card("5", 16), f"{R.randint(1, 12):02d}", cvv())
S(T, "es", "usuario-wifi", 'Usuario: la contraseña del wifi del apartamento en Sevilla es §, guárdala en el itinerario.', R.choice(["Giralda", "Triana", "Alcazar"]) + digits(4))
S(T, "it", "lezione-passaporto", 'Lezione: per il check-in online di ITA serviva il numero di passaporto (§); la prossima volta chiederlo all\'utente prima di aprire il modulo.', _c(UP, 2) + _c(DG, 7))
S(T, "pt", "ferramenta-cpf", 'chamada de ferramenta browser.type {"selector": "input[name=cpf]", "text": "§"}\nobservação: CPF aceito, avançando para pagamento', br_cpf())
S(T, "pl", "podsumowanie", 'Podsumowanie: zarezerwowano hotel w Krakowie, zapłacono kartą §, kod CVV podany przez użytkownika. Potwierdzenie w mailu.', card("4", 16))
S(T, "cs", "uzivatel-heslo", 'Uživatel: do účtu u ČD se přihlas e-mailem jana.novakova@example.cz a heslem §.', hpw())
S(T, "da", "tanke-cpr", 'Tanke: SAS-formularen beder om CPR-nummer; brugeren skrev § tidligere i samtalen.', dk_cpr())
S(T, "fi", "oppi", 'Oppi: Finnairin sivulla kirjautuminen vaati kertakoodin; käyttäjä antoi koodin § ja se kelpasi vain 5 minuuttia.', digits(6))
S(T, "el", "xristis", 'Χρήστης: ο κωδικός της πόρτας στο κατάλυμα στη Νάξο είναι §, σημείωσέ τον στο πλάνο του ταξιδιού.', digits(4) + "#")
S(T, "hi", "vichar", 'विचार: उपयोगकर्ता ने IRCTC का पासवर्ड § दिया है; टिकट बुक करने के बाद इसे कहीं सेव नहीं करूँगा।', hpw())
S(T, "zh", "gongju", '工具调用 browser.fill {"selector": "#idCard", "value": "§"}\n结果：身份证号已填写，继续选择座位', cn_rid())
S(T, "th", "ผู้ใช้", 'ผู้ใช้: รหัสผ่านบัญชี Agoda ของฉันคือ § ช่วยจองโรงแรมที่เชียงใหม่ให้หน่อย', hpw())
S(T, "id", "pelajaran", 'Pelajaran: kode PIN kunci pintu villa di Ubud adalah §, tapi baterainya sering habis — minta nomor penjaga juga.', digits(6))
S(T, "uk", "instrument", 'виклик інструменту http_request {"url": "https://api.booking-partner.example/v3/reservations", "headers": {"X-Api-Key": "§"}}\nрезультат: 201 Created', hexs(48))
# ---- finance ----
S(F, "en", "stripe-refund", 'tool_call stripe.refunds.create {"api_key": "§", "charge": "ch_¤", "amount": 4500}\nobservation: {"id": "re_¤", "status": "succeeded"}', rk_live(), alnum(24), alnum(24))
S(F, "en", "user-iban", 'User: please set up the monthly transfer of 750 EUR to my landlord. His IBAN is §, reference "rent flat 3B".', iban("DE", True))
S(F, "en", "thought-ssn", 'Thought: for the W-9 the user typed their SSN as § in the earlier message; I will put it directly into the form field and not into the summary.', us_ssn())
S(F, "en", "lesson-seed", 'Lesson: the user pasted their wallet recovery phrase ("§") asking to check a balance. A balance only needs the public address; I told them to move funds to a new wallet.', seed(12))
S(F, "en", "plaid", 'tool_call http_request {"url": "https://production.plaid.com/transactions/get", "json": {"client_id": "¤", "secret": "§", "access_token": "access-production-¤"}}\nobservation: 200, 143 transactions', hexs(30), hexs(24), uid())
S(F, "en", "webhook-secret", 'Summary: verified Stripe webhooks locally; the signing secret § is now in the vault under payments/webhook. Events received: 12.', whsec())
S(F, "de", "nutzer-tan", 'Nutzer: Die TAN für die Überweisung ist §, bitte jetzt bestätigen.', digits(6))
S(F, "de", "werkzeug-iban", 'Werkzeugaufruf banking.create_transfer {"recipient": "Stadtwerke Musterstadt", "iban": "§", "amount": "89.40", "purpose": "Abschlag Strom"}\nErgebnis: Auftrag angelegt, wartet auf Freigabe', iban("DE"))
S(F, "fr", "pensee-carte", 'Pensée : l\'utilisateur a donné sa carte bancaire § pour payer la facture EDF ; je ne garde que les 4 derniers chiffres dans les notes.', card("4", 16, " "))
S(F, "es", "leccion-iban", 'Lección: la domiciliación falló porque el IBAN tenía un dígito cambiado. El correcto del usuario es §; validar siempre el dígito de control antes de enviar.', iban("ES", True))
S(F, "it", "strumento-pin", 'chiamata strumento browser.type {"selector": "#pin-dispositivo", "text": "§"}\nosservazione: bonifico autorizzato', digits(5))
S(F, "nl", "gebruiker", 'Gebruiker: mijn BSN is § en mijn IBAN is ¤, vul daarmee de aangifte in.', nl_bsn(), iban("NL"))
S(F, "pl", "mysl-blik", 'Myśl: użytkownik podał kod BLIK §, ważny 2 minuty, muszę od razu wysłać płatność.', digits(6))
S(F, "sv", "verktyg-swish", 'verktygsanrop bank.login {"personnummer": "§", "method": "mobilt_bankid"}\nresultat: väntar på signering', se_pnr())
S(F, "no", "tanke", 'Tanke: brukeren ga meg kontonummer og BankID-passordet sitt (§). Passordet skal ikke brukes av meg; jeg ber dem logge inn selv.', hpw())
S(F, "ru", "urok-karta", 'Урок: оплата не прошла, потому что я ввёл карту § с неправильным сроком. Срок действия ¤/27, CVC пользователь сообщил отдельно.', card("2200", 16, " "), f"{R.randint(1, 12):02d}")
S(F, "ja", "kouza", 'ユーザー: 振込先は○○銀行 渋谷支店 普通 1234567、私のネットバンキングの暗証番号は§です。', digits(4))
S(F, "ko", "saenggak", '생각: 사용자가 공동인증서 비밀번호(§)를 알려줬다. 연말정산 자료 조회에만 쓰고 기록하지 않는다.', gpw(12))
S(F, "tr", "arac-iban", 'araç çağrısı payments.add_beneficiary {"name": "Ayşe Yılmaz", "iban": "§"}\nsonuç: alıcı eklendi', iban("TR", True))
S(F, "cs", "lekce", 'Lekce: platba přes API banky potřebovala klientský certifikát a heslo k němu (§). Heslo patří do trezoru, ne do skriptu.', gpw(16))
S(F, "ar", "adah-bitaqa", 'استدعاء أداة payment.charge {"card": "§", "cvv": "¤", "amount": 120}\nالنتيجة: تمت العملية', card("5", 16), cvv())

# ---- hr ----
S(H, "en", "workday-login", 'tool_call browser.fill {"selector": "input[name=password]", "value": "§"}\nobservation: Workday home page loaded for HR admin', gpw(14))
S(H, "en", "user-ssn", 'User: onboarding form for the new hire Maria Lopez — her SSN is § and her start date is 2027-01-04.', us_ssn())
S(H, "en", "lesson-payroll", 'Lesson: the payroll export to ADP needs the SFTP password (§) which expires every 90 days; when the job fails with "auth failed", ask finance for the new one.', gpw(16))
S(H, "en", "thought-iban", 'Thought: the employee sent their new bank details for salary: IBAN §. I will update it in the HRIS and reply without echoing the number.', iban("GB"))
S(H, "de", "steuer-id", 'Nutzer: Für die Lohnabrechnung brauche ich die Daten von Herrn Becker: Sozialversicherungsnummer und IBAN §.', iban("DE", True))
S(H, "fr", "outil-bamboo", 'appel d\'outil http_request {"url": "https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory", "auth": ["§", "x"]}\nobservation: 200, 312 employés', hexs(40))
S(H, "es", "resumen-dni", 'Resumen: alta del nuevo empleado completada. DNI §, número de la Seguridad Social pendiente, contrato indefinido.', es_dni())
S(H, "it", "utente-wifi", 'Utente: per il primo giorno del nuovo collega, la password del wifi ospiti è § e il badge si ritira alla reception.', hpw())
S(H, "pt", "pensamento", 'Pensamento: o gestor mandou a senha provisória do novo funcionário (§) para o e-mail pessoal dele; vou sugerir que a troca seja forçada no primeiro login.', gpw(10))
S(H, "pl", "pesel", 'wywołanie narzędzia hris.create_employee {"name": "Katarzyna Wiśniewska", "pesel": "§", "position": "księgowa"}\nwynik: utworzono rekord', pl_pesel())
S(H, "fi", "henkilotunnus", 'Ajatus: uuden työntekijän henkilötunnus on §; se tarvitaan verokorttia varten mutta sitä ei saa laittaa Slackiin.', fi_hetu())
S(H, "hu", "taj", 'Összefoglaló: az új kolléga TAJ-száma § , adóazonosítója később érkezik. A belépés január 2-án lesz.', hu_taj())
S(H, "ro", "lectie", 'Lecție: portalul de salarii cere codul din SMS; colegul a dictat codul § la telefon, dar procedura corectă e să-l introducă el.', digits(6))
S(H, "he", "mahshava", 'מחשבה: העובד החדש שלח את מספר תעודת הזהות שלו § בערוץ הכללי; צריך למחוק את ההודעה ולהעביר לטופס המאובטח.', il_id())
S(H, "zh", "yonghu", '用户：新员工王芳的身份证号是 § ，帮我在系统里建好档案。', cn_rid())
S(H, "vi", "cong-cu", 'gọi công cụ hr.set_password {"employee_id": "NV-¤", "new_password": "§"}\nkết quả: đã đặt mật khẩu tạm thời', gpw(12), digits(5))
S(H, "uk", "urok", 'Урок: для подання звіту потрібен РНОКПП працівника (§); питати його треба через захищену форму, а не в листі.', ua_rnokpp())
S(H, "da", "bruger", 'Bruger: log ind på lønsystemet med brugeren hr-admin og adgangskoden §, og træk lønsedlerne for december.', hpw())
S(H, "el", "ergaleio", 'κλήση εργαλείου hr.update {"employee": "Νίκος Παπαδόπουλος", "amka": "§"}\nαποτέλεσμα: ενημερώθηκε', gr_amka())
S(H, "id", "ringkasan", 'Ringkasan: akun email karyawan baru dibuat, kata sandi awal § dikirim lewat SMS ke nomor pribadinya.', gpw(10))

# ---- healthcare ----
S(HC, "en", "portal-login", 'tool_call browser.type {"selector": "#patient-portal-password", "text": "§"}\nobservation: logged in, 2 new lab results', hpw())
S(HC, "en", "user-insurance", 'User: my Medicare number is ¤ and my SSN is §, please fill in the claim form for the MRI.', us_ssn(), digits(1) + _c(UP, 1) + _c(DG + UP, 2) + "-" + _c(UP + DG, 3) + "-" + _c(UP + DG, 4))
S(HC, "en", "lesson-fhir", 'Lesson: the FHIR sandbox token is per-clinic. For Clinic North I used client secret § and it returned 401 for Clinic South — request separate credentials.', alnum(40))
S(HC, "en", "thought-med-pin", 'Thought: the pharmacy app asks for the prescription retrieval PIN; the patient said it\'s §. I will enter it and then forget it.', digits(6))
S(HC, "de", "versicherung", 'Werkzeugaufruf browser.fill {"selector": "#kvnr", "value": "¤"}\nWerkzeugaufruf browser.fill {"selector": "#pin", "value": "§"}\nErgebnis: E-Rezept abgerufen', digits(6), _c(UP, 1) + _c(DG, 9))
S(HC, "fr", "utilisateur", 'Utilisateur : mon mot de passe Ameli est §, peux-tu télécharger mon attestation de droits ?', hpw())
S(HC, "es", "pensamiento", 'Pensamiento: la paciente dictó su clave de la app del centro de salud (§). La uso para pedir cita y no la guardo en el resumen.', digits(4))
S(HC, "nl", "digid", 'Les: inloggen bij Mijn Gezondheid lukte pas met de DigiD-sms-code; de gebruiker gaf § maar na 10 minuten was die verlopen.', digits(6))
S(HC, "sv", "sammanfattning", 'Sammanfattning: bokade tid på vårdcentralen för patienten med personnummer §. Bekräftelse skickad via 1177.', se_pnr())
S(HC, "ru", "instrument", 'вызов инструмента http_request {"url": "https://lis.clinic.example/api/results", "headers": {"Authorization": "Bearer §"}}\nрезультат: 200, 4 анализа', jwt({"sub": "lab-reader", "scope": "results.read", "exp": 1798000000}))
S(HC, "ko", "yonghu", '사용자: 제 주민등록번호는 § 이에요. 건강검진 결과 조회해 주세요.', kr_rrn())
S(HC, "ja", "mynumber", 'ツール呼び出し browser.fill {"selector": "#mynumber", "value": "§"}\n結果: マイナ保険証の登録が完了', jp_mynumber())
S(HC, "ar", "mustakhdim", 'المستخدم: كلمة السر لحسابي في بوابة المستشفى هي § ، أريد نتائج تحليل الدم.', gpw(10))
S(HC, "fa", "kod-melli", 'فکر: بیمار کد ملی خود را § اعلام کرد؛ برای نوبت‌دهی لازم است ولی در یادداشت نهایی نمی‌آورم.', ir_melli())
S(HC, "hi", "aadhaar", 'उपयोगकर्ता: मेरा आधार नंबर § है, इससे ABHA हेल्थ आईडी बना दो।', aadhaar())
S(HC, "it", "sintesi", 'Sintesi: scaricato il referto dal Fascicolo Sanitario con SPID; l\'utente ha fornito password § e codice OTP. Referto salvato in Documenti.', hpw())
S(HC, "cs", "nastroj", 'volání nástroje insurance.lookup {"rodne_cislo": "§"}\nvýsledek: pojištěnec VZP, aktivní', cz_rc())
S(HC, "th", "ความคิด", 'ความคิด: ผู้ป่วยบอกรหัส PIN ของแอปโรงพยาบาลว่า § ฉันจะใช้เพื่อดูผลตรวจเท่านั้น', digits(6))
S(HC, "pt", "licao", 'Lição: o portal do plano de saúde bloqueia depois de 3 tentativas; a senha certa do usuário era § (com maiúscula no início).', hpw())
S(HC, "tr", "e-nabiz", 'Kullanıcı: e-Nabız şifrem §, son tahlil sonuçlarımı indirir misin?', hpw())
# ---- home-automation ----
S(HA, "en", "gate-code", 'User: the gate code is §, the courier keeps asking. Can you add it to the delivery instructions?', digits(4) + "*")
S(HA, "en", "alarm-thought", 'Thought: to disarm the alarm before the cleaner arrives I need the code the user sent earlier (§). I will call alarm.disarm with it.', digits(4))
S(HA, "en", "ha-token", 'tool_call http_request {"method": "POST", "url": "http://homeassistant.local:8123/api/services/light/turn_off", "headers": {"Authorization": "Bearer §"}, "json": {"entity_id": "light.living_room"}}\nobservation: 200 []', jwt({"iss": hexs(32), "iat": 1767225600, "exp": 2082585600}))
S(HA, "en", "lesson-wifi", 'Lesson: the new smart plug only joins 2.4 GHz networks. Pairing worked after switching to the "Casa-IoT" SSID with password §.', gpw(14))
S(HA, "en", "lock-tool", 'tool_call smartlock.set_code {"lock_id": "front-door", "slot": 3, "code": "§", "label": "dog walker"}\nobservation: code programmed, valid Mon-Fri 12:00-13:00', digits(6))
S(HA, "de", "nutzer-alarm", 'Nutzer: Der Code für die Alarmanlage ist §, schalte sie bitte um 22 Uhr scharf.', digits(4))
S(HA, "fr", "lecon-portail", 'Leçon : le portail du garage s\'ouvre avec le digicode § mais il faut appuyer sur la clé après les chiffres ; l\'agent a échoué deux fois avant de le comprendre.', digits(4) + "A")
S(HA, "es", "herramienta-mqtt", 'llamada a herramienta shell {"cmd": "mosquitto_pub -h 192.168.1.20 -u domotica -P \'§\' -t casa/riego/on -m 1"}\nobservación: publicado', gpw(12))
S(HA, "it", "pensiero-wifi", 'Pensiero: la telecamera chiede la password del wifi; l\'utente ha scritto "§" ieri, la uso per la configurazione.', hpw())
S(HA, "pt", "usuario-portao", 'Usuário: a senha do portão eletrônico é §, manda pro jardineiro por WhatsApp, por favor.', digits(6))
S(HA, "nl", "samenvatting", 'Samenvatting: Hue-bridge gekoppeld; de gegenereerde username/sleutel is §. Scènes "Avond" en "Film" aangemaakt.', alnum(40))
S(HA, "pl", "lekcja", 'Lekcja: domofon w bloku ma kod § do klatki B; kurier z paczką z ¤ utknął, bo dostał kod do klatki A.', digits(4), "Allegro")
S(HA, "sv", "anvandare", 'Användare: koden till tvättstugan och förrådet är §, lägg in den i städarens schema.', digits(4))
S(HA, "no", "verktoy", 'verktøykall http_request {"url": "https://api.tibber.com/v1-beta/gql", "headers": {"Authorization": "Bearer §"}}\nresultat: 200, strømpris hentet', alnum(43))
S(HA, "fi", "ajatus", 'Ajatus: saunan ohjain vaatii laiteavaimen; käyttäjä antoi avaimen § aiemmin, käytän sitä ajastuksen asettamiseen.', hexs(32))
S(HA, "ru", "polzovatel", 'Пользователь: код от домофона — §, открой курьеру, когда он позвонит.', digits(3) + "К" + digits(4))
S(HA, "uk", "pidsumok", 'Підсумок: підключено робот-пилосос до Wi-Fi "Dim_5G" з паролем §, прибирання щодня о 10:00.', gpw(12))
S(HA, "el", "skepsi", 'Σκέψη: ο χρήστης έδωσε τον κωδικό του συναγερμού (§) για να τον απενεργοποιήσω όταν έρθει ο τεχνικός.', digits(4))
S(HA, "ko", "gyohun", '교훈: 현관 도어락 비밀번호 §를 가사도우미에게 문자로 보냈는데, 임시 비밀번호 기능을 썼어야 했다.', digits(6))
S(HA, "vi", "tu-duy", 'Suy nghĩ: mã cửa cổng là § như người dùng đã nói, tôi sẽ gửi cho thợ sửa điều hòa lúc 9 giờ.', digits(4))
S(HA, "zh", "jiaoxun", '经验：小米网关的局域网密钥是 §，开启局域网协议后才能被 Home Assistant 发现。', hexs(16))

# ---- e-commerce ----
S(E, "en", "shopify-admin", 'tool_call http_request {"method": "GET", "url": "https://acme-store.myshopify.com/admin/api/2024-10/orders.json?status=open", "headers": {"X-Shopify-Access-Token": "§"}}\nobservation: 200, 57 orders', shpat())
S(E, "en", "checkout-card", 'tool_call browser.fill {"selector": "#card-number", "value": "§"}\ntool_call browser.fill {"selector": "#cvc", "value": "¤"}\nobservation: card accepted, order placed', card("37", 15), cvv(4))
S(E, "en", "user-gift", 'User: use my gift card for the order — code §, PIN ¤.', _c(UP + DG, 4) + "-" + _c(UP + DG, 4) + "-" + _c(UP + DG, 4) + "-" + _c(UP + DG, 4), digits(4))
S(E, "en", "lesson-cookie", 'Lesson: scraping the supplier portal requires the session cookie; copying it from the browser (session_id=§) works for about 24 hours before a new login is needed.', hexs(64))
S(E, "en", "summary-amazon", 'Summary: logged into Seller Central as ops@shop.example with password § and 2FA from the user; downloaded the fee report for November.', hpw())
S(E, "de", "woo", 'Werkzeugaufruf http_request {"url": "https://shop.beispiel.de/wp-json/wc/v3/products", "auth": {"consumer_key": "ck_¤", "consumer_secret": "cs_§"}}\nErgebnis: 200, 140 Produkte', hexs(40), hexs(40))
S(E, "fr", "utilisateur-carte", 'Utilisateur : commande les piles sur Cdiscount avec ma carte § , date 09/29, cryptogramme ¤.', card("4970", 16, " "), cvv())
S(E, "es", "pensamiento-cupon", 'Pensamiento: el usuario pegó la clave de API de su tienda PrestaShop (§); la uso para actualizar stock y no la repito en la respuesta.', _c(UP + DG, 32))
S(E, "it", "lezione-paypal", 'Lezione: il client secret PayPal di produzione (§) era finito nel file di test; l\'ho spostato nelle variabili d\'ambiente.', _c(AN + "-_", 80))
S(E, "nl", "bol", 'tool_call http_request {"method": "POST", "url": "https://login.bol.com/token", "data": {"client_id": "¤", "client_secret": "§", "grant_type": "client_credentials"}}\nobservatie: 200', alnum(60), uid())
S(E, "pl", "uzytkownik", 'Użytkownik: hasło do Allegro to §, zaloguj się i sprawdź, czy kupujący zapłacił.', hpw())
S(E, "cs", "shrnuti", 'Shrnutí: objednávka na Alze zaplacena kartou § ; doručení v pátek do Alzaboxu.', card("5", 16, " "))
S(E, "tr", "dusunce", 'Düşünce: Trendyol satıcı paneli için API secret § gerekiyor, kullanıcı bunu az önce verdi.', alnum(20))
S(E, "ja", "kyokun", '教訓: 楽天のRMS APIはライセンスキー(§)を3か月ごとに更新しないと401になる。', "SL" + digits(6) + "_" + alnum(16))
S(E, "zh", "sikao", '思考：用户提供了淘宝开放平台的 AppSecret：§ ，我用它来签名订单查询请求。', hexs(32))
S(E, "th", "เครื่องมือ", 'เรียกเครื่องมือ payment.charge {"omise_secret_key": "§", "amount": 159000, "currency": "thb"}\nผลลัพธ์: successful', "skey_" + alnum(19).lower())
S(E, "id", "pengguna", 'Pengguna: password akun Tokopedia saya §, tolong cek status pesanan terakhir.', hpw())
S(E, "sv", "lardom", 'Lärdom: Klarna-integrationen i testmiljön använde av misstag produktionslösenordet (§). Separata nycklar per miljö från och med nu.', "klarna_live_api_" + alnum(40))
S(E, "ro", "unealta", 'apel unealtă browser.fill {"selector": "input[name=card]", "value": "§"}\nrezultat: plata emag procesată', card("4", 16))
S(E, "hu", "felhasznalo", 'Felhasználó: a webshop admin jelszava §, frissítsd az árakat a táblázat alapján.', gpw(12))

# ---- education ----
S(ED, "en", "lms-token", 'tool_call http_request {"url": "https://canvas.school.example/api/v1/courses/¤/assignments", "headers": {"Authorization": "Bearer §"}}\nobservation: 200, 14 assignments', digits(4) + "~" + alnum(64), R.randint(1000, 9999))
S(ED, "en", "user-student", 'User: log in to the student portal as s2208841 with password § and download my transcript.', hpw())
S(ED, "en", "thought-parent", 'Thought: the parent said the school app PIN for picking up their child is §. I should pass it only to the grandmother as instructed.', digits(4))
S(ED, "en", "lesson-moodle", 'Lesson: the Moodle web service token (§) belongs to the teacher account; grading scripts should use a dedicated service user instead.', hexs(32))
S(ED, "en", "recovery", 'tool_call read_file {"path": "~/Documents/google-backup-codes.txt"}\nobservation:\nBackup codes for teacher.account@school.example\n1. §\n2. ¤\n3. ¤\n4. ¤', *recovery_codes(4))
S(ED, "de", "lehrer", 'Nutzer: Mein WebUntis-Passwort ist §, trag bitte die Vertretungsstunden für Montag ein.', hpw())
S(ED, "fr", "outil-pronote", 'appel d\'outil browser.fill {"selector": "#motdepasse", "value": "§"}\nobservation: Pronote ouvert, 3 devoirs à rendre', hpw())
S(ED, "es", "resumen", 'Resumen: entregué la tarea en el campus virtual con el usuario del alumno y la contraseña § que me dio su madre.', hpw())
S(ED, "it", "studente", 'Utente: per la piattaforma Zanichelli il codice di attivazione del libro è §, attivalo sul mio account.', _c(UP + DG, 4) + "-" + _c(UP + DG, 4) + "-" + _c(UP + DG, 4))
S(ED, "pt", "ferramenta", 'chamada de ferramenta http_request {"url": "https://api.openai.com/v1/chat/completions", "headers": {"Authorization": "Bearer §"}, "json": {"model": "gpt-4o-mini", "messages": "…"}}\nobservação: 200 correção da redação gerada', openai_key())
S(ED, "nl", "gedachte", 'Gedachte: de leerling gaf het wachtwoord van Magister (§) zodat ik het rooster kan ophalen; ik sla het niet op.', hpw())
S(ED, "sv", "totp", 'Lärdom: skolans 2FA-app kan återställas med den hemliga nyckeln §; den borde aldrig ha hamnat i anteckningarna.', totp_secret())
S(ED, "fi", "kayttaja", 'Käyttäjä: Wilman salasana on §, katso onko lapselle tullut uusia viestejä.', hpw())
S(ED, "ru", "mysl", 'Мысль: преподаватель прислал ключ API Zoom JWT (§) для создания конференций на семестр.', jwt({"iss": alnum(22), "exp": 1796000000}))
S(ED, "ar", "ilkhulasa", 'ملخص: سجلت الدخول إلى منصة مدرستي باسم المستخدم الخاص بالطالب وكلمة المرور § ثم حمّلت جدول الاختبارات.', gpw(10))
S(ED, "he", "shiur", 'לקח: הסיסמה של חשבון המורה במשוב היא § והיא פגה בסוף כל שנה; לבקש מהמזכירות סיסמה חדשה בספטמבר.', hpw())
S(ED, "ko", "dogu", '도구 호출 browser.fill {"selector": "#userPw", "value": "§"}\n결과: e학습터 로그인 성공', hpw())
S(ED, "hi", "saransh", 'सारांश: छात्र के DigiLocker में लॉगिन करने के लिए OTP § का उपयोग किया और मार्कशीट डाउनलोड की।', digits(6))
S(ED, "fa", "dars", 'درس: رمز ورود به سامانه آموزشی دانشگاه برای دانشجو § است؛ بعد از تغییر ترم باید دوباره تنظیم شود.', gpw(10))
S(ED, "vi", "bai-hoc", 'Bài học: mật khẩu tài khoản giáo viên trên hệ thống LMS là § — không nên ghi vào tóm tắt, lần sau sẽ bỏ.', hpw())
S(ED, "da", "vaerktoj", 'værktøjskald http_request {"url": "https://api.aula.example/v2/messages", "headers": {"Cookie": "aula_session=§"}}\nresultat: 200, 6 beskeder', b64url(48))
S(ED, "ro", "elev", 'Utilizator: parola de la catalogul electronic este §, vezi ce note are copilul la matematică.', hpw())
# ---- extra English secrets ----
S(C, "en", "curl-basic", 'tool_call shell {"cmd": "curl -s -u admin:§ https://jenkins.internal/api/json?tree=jobs[name,color]"}\nobservation: {"jobs": [{"name": "api-build", "color": "blue"}]}', gpw(16))
S(C, "en", "thought-discord", 'Thought: the bot fails to connect because the token in config.yaml (§) was regenerated in the developer portal yesterday. I need the new one from the user.', discord_tok())
S(C, "en", "mailgun-lesson", 'Lesson learned on the newsletter task: Mailgun rejects requests from the EU region with the US key. The EU key is § — keep it in MAILGUN_API_KEY, not in the template repo.', mailgun_key())
S(D, "en", "user-pg", 'User: the read replica password is "§" — pull last quarter\'s churn numbers and plot them by region.', phrase(4, "-"))
S(D, "en", "airflow-conn", 'tool_call shell {"cmd": "airflow connections add s3_raw --conn-type aws --conn-login AKIA¤ --conn-password \'§\'"}\nobservation: Successfully added `conn_id`=s3_raw', aws_sec(), _c(UP + "234567", 16))
S(CS, "en", "summary-verify", 'Summary for ticket ¤: caller verified identity with date of birth and card number § (expiry 11/28). Card was blocked and a replacement ordered.', card("4", 16, "-"), R.randint(200000, 299999))
S(CS, "en", "twilio", 'tool_call http_request {"method": "POST", "url": "https://api.twilio.com/2010-04-01/Accounts/AC¤/Messages.json", "auth": ["AC¤", "§"], "data": {"To": "+15550104477", "Body": "Your ticket was updated"}}\nobservation: 201 queued', twilio_tok(), hexs(32), hexs(32))
S(T, "en", "user-loyalty", 'User: my United MileagePlus login is the usual number and the password is §. Use miles for the Denver trip if there are enough.', hpw())
S(T, "en", "summary-door", 'Trip summary: Rome apartment, check-in from 14:00, keypad code §, wifi "Trastevere_Guest". Return flight AZ 204 on the 19th.', digits(6))
S(T, "en", "thought-esta", 'Thought: the ESTA form needs the passport number again; earlier the user gave §. Nationality Canadian, so actually they may not need ESTA at all.', _c(UP, 2) + _c(DG, 6))
S(F, "en", "coinbase", 'tool_call http_request {"url": "https://api.coinbase.com/v2/accounts", "headers": {"CB-ACCESS-KEY": "¤", "CB-ACCESS-SIGN": "…", "CB-ACCESS-PASSPHRASE": "§"}}\nobservation: 200, 3 accounts', phrase(3, "") + digits(2), alnum(16))
S(F, "en", "user-online-banking", 'User: Online banking username jsmith1984, password §, security number ¤. Download December\'s statement as PDF.', gpw(12), digits(6))
S(F, "en", "lesson-ledger", 'Lesson: the user pasted a 24-word seed phrase (§) into the chat thinking it was an address. Treat any list of 12 or 24 plain words like this as a secret and advise moving the funds.', seed(24))
S(H, "en", "greenhouse", 'tool_call http_request {"url": "https://harvest.greenhouse.io/v1/candidates?per_page=100", "auth": ["§", ""]}\nobservation: 200, 100 candidates', hexs(32))
S(H, "en", "user-badge", 'User: the office door PIN for the new contractor is §, please put it in the welcome email together with the parking info.', digits(6))
S(H, "en", "summary-passport", 'Summary: visa letter drafted for Priya Raman (passport §, issued 2022-03-11, Indian). Sent to legal for signature.', _c(UP, 1) + _c(DG, 7))
S(HC, "en", "epic-tool", 'tool_call http_request {"method": "POST", "url": "https://fhir.hospital.example/oauth2/token", "data": {"grant_type": "password", "username": "dr.okafor", "password": "§"}}\nobservation: 200 token issued', gpw(14))
S(HC, "en", "lesson-nhs", 'Lesson: the NHS number § belongs to the patient\'s daughter, not the patient; I booked under the wrong record before noticing.', nhs_no())
S(HA, "en", "ring-thought", 'Thought: the user wants the doorbell camera re-linked. Ring asks for the 2FA code; they just read it out: §.', digits(6))
S(HA, "en", "summary-garage", 'Summary: garage opener programmed; the keypad code is now §, old code removed. Porch light schedule set to sunset–23:00.', digits(4))
S(HA, "en", "nest-user", 'User: my Google Home account password is §, can you add the new thermostat to the Upstairs room?', hpw())
S(E, "en", "thought-stripe-sk", 'Thought: the merchant pasted their secret key (§) instead of the publishable key. I will tell them to roll it in the dashboard since it was shared in chat.', sk_live())
S(E, "en", "ebay-token", 'tool_call http_request {"url": "https://api.ebay.com/sell/fulfillment/v1/order", "headers": {"Authorization": "Bearer v^1.1#i^1#p^3#r^1#§"}}\nobservation: 200, 9 orders awaiting shipment', b64(120))
S(ED, "en", "zoom-pass", 'User: the passcode for the parents\' evening Zoom is §, add it to the calendar invite and share it only with the class list.', alnum(6))
S(ED, "en", "summary-turnitin", 'Summary: submitted 28 essays to Turnitin using the API key § from the department account; 3 similarity reports above 40%.', hexs(40))

# =====================================================================
# INNOCENT
# =====================================================================
# ---- coding ----
I(C, "en", "git-log", 'tool_call shell {"cmd": "git log --oneline -3"}\nobservation:\n¤ fix: retry on 502 from upstream\n¤ chore: bump axios to 1.7.9\n¤ feat: add /healthz endpoint', hexs(7), hexs(7), hexs(7))
I(C, "en", "lesson-env", 'Lesson: never paste the API key into the prompt or a commit. Read it from the environment (os.environ["OPENAI_API_KEY"]) and keep .env in .gitignore.')
I(C, "en", "placeholder-config", 'tool_call write_file {"path": "config.example.yaml", "content": "database:\\n  url: postgres://<user>:<password>@localhost:5432/app\\napi_key: ${API_KEY}\\n"}\nobservation: written 84 bytes')
I(C, "en", "ssh-pub", 'tool_call shell {"cmd": "cat ~/.ssh/id_ed25519.pub"}\nobservation: ¤ deploy@build-07\nThought: this is the public half, safe to paste into the GitHub deploy keys page.', ssh_pub())
I(C, "en", "tool-ids", 'Trajectory ¤ step 14: tool_use id ¤ (shell) finished in 2.3 s; next call id ¤ (read_file).', uid(), toolu(), call_id())
I(C, "en", "aws-doc-example", 'Note from the AWS docs, used only as an example in the README: aws_access_key_id = AKIAIOSFODNN7EXAMPLE, aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY (these are AWS\'s published sample values).')
I(C, "en", "ci-error", 'observation: Error: HttpError: Bad credentials (status 401), request id ¤. The token may be expired; ask the user to create a new one with repo scope.', _c(UP + DG, 4) + ":" + _c(UP + DG, 5) + ":" + _c(UP + DG, 7))
I(C, "en", "docker-digest", 'tool_call shell {"cmd": "docker pull ghcr.io/acme/api:3.2.0"}\nobservation: Digest: sha256:¤\nStatus: Downloaded newer image', sha256())
I(C, "de", "lektion-secrets", 'Lektion: Zugangsdaten gehören in den Secret-Manager, nicht ins Repository. Im Code nur über process.env.DB_PASSWORD darauf zugreifen.')
I(C, "fr", "outil-test", 'appel d\'outil shell {"cmd": "pytest -q tests/test_auth.py"}\nobservation: 12 passed, 1 failed (test_password_too_short: attendu ValueError pour un mot de passe de 7 caractères)')
I(C, "es", "leccion-rotacion", 'Lección: cuando GitHub revoca un token filtrado, el error es 401 "Bad credentials"; hay que generar uno nuevo y actualizar el secreto del repositorio, nunca pegarlo en el issue.')
I(C, "pt", "commit", 'Resumo: corrigido o bug do login (commit ¤), adicionados testes para senha vazia e senha com espaços. PR #¤ aprovado.', sha1(), R.randint(100, 999))
I(C, "ru", "uuid", 'вызов инструмента http_request {"url": "https://api.internal/jobs/¤"}\nрезультат: {"status": "done", "duration_ms": ¤}', uid(), R.randint(1000, 90000))
I(C, "ja", "kyokun", '教訓: APIキーはチャットに貼らない。.env に置き、リポジトリには .env.example（値は空）だけをコミットする。')
I(C, "zh", "gongju", '工具调用 shell {"cmd": "npm audit"}\n结果：found 3 vulnerabilities (1 moderate, 2 high)，其中 GHSA-¤ 影响 jsonwebtoken < 9.0.0', _c(LO + DG, 4) + "-" + _c(LO + DG, 4) + "-" + _c(LO + DG, 4))
I(C, "ko", "saenggak", '생각: 설정 파일에는 DB_PASSWORD=${DB_PASSWORD} 형태로만 적고, 실제 값은 배포 파이프라인의 시크릿에서 주입한다.')
I(C, "pl", "wynik", 'wywołanie narzędzia shell {"cmd": "kubectl get pods -n api"}\nwynik:\napi-7d9f8c6b5-¤   1/1   Running   0   3d\napi-7d9f8c6b5-¤   1/1   Running   1   3d', _c(LO + DG, 5), _c(LO + DG, 5))
I(C, "sv", "lardom", 'Lärdom: när pushen nekas med "Permission denied (publickey)" ska man kontrollera att rätt nyckel laddats i ssh-agent, inte generera nya nycklar i onödan.')
I(C, "tr", "jwks", 'araç çağrısı http_request {"url": "https://auth.ornek.com/.well-known/jwks.json"}\nsonuç: {"keys": [{"kty": "RSA", "kid": "¤", "use": "sig", "alg": "RS256", "e": "AQAB"}]}', hexs(16))
I(C, "he", "lekach", 'לקח: אסור להדביק טוקנים בהודעת ה-commit. אם זה קרה, צריך לבטל את הטוקן מיד ולא רק לעשות force push.')
I(C, "uk", "dumka", 'Думка: помилка ECONNREFUSED 127.0.0.1:5432 означає, що база не запущена, а не що пароль неправильний.')
I(C, "it", "hash-file", 'chiamata strumento shell {"cmd": "sha256sum release.tar.gz"}\nosservazione: ¤  release.tar.gz', sha256())

# ---- data-analysis ----
I(D, "en", "query-result", 'tool_call sql_query {"query": "SELECT region, SUM(revenue) FROM sales WHERE year = 2026 GROUP BY region"}\nobservation: 4 rows — EMEA 1,204,553.20; NA 2,981,004.75; APAC 884,120.00; LATAM 301,778.40')
I(D, "en", "lesson-creds", 'Lesson: the warehouse connection failed because the password had a "@" in it and was not URL-encoded in the DSN. Always build the DSN with urllib.parse.quote_plus(password).')
I(D, "en", "run-ids", 'Summary: pipeline run ¤ completed in 14m02s; MLflow run_id ¤; artifact checksum md5 ¤.', uid(), hexs(32), hexs(32))
I(D, "en", "masked", 'observation: connection string loaded: postgresql://analyst:********@warehouse.corp.example:5432/analytics (password masked by the driver)')
I(D, "en", "thought-hash", 'Thought: user_id values are SHA-256 hashes like ¤, so joining on email won\'t work; join on the hash instead.', sha256())
I(D, "en", "notebook", 'tool_call jupyter_execute {"cell": "df = pd.read_csv(\\"orders_2026.csv\\")\\ndf.describe()"}\nobservation: count 48211, mean 72.41, std 30.9, min 0.99, max 1999.00')
I(D, "en", "user-request", 'User: can you compute the 7-day rolling average of daily signups and mark the days where the OTP SMS provider was down (Oct 3 and Oct 17)?')
I(D, "de", "ergebnis", 'Werkzeugaufruf sql_query {"query": "SELECT COUNT(*) FROM kunden WHERE plz LIKE \'80%\'"}\nErgebnis: 18.344')
I(D, "fr", "lecon", 'Leçon : ne jamais exporter la colonne mot_de_passe_hash dans les extractions pour les analystes, même hachée ; la retirer dans la vue.')
I(D, "es", "resumen", 'Resumen: el modelo de churn alcanzó AUC 0,842 en validación; semilla 20261207, 5 folds, 312 variables. Informe en s3://bi-reports/churn/2026-12/.')
I(D, "it", "pensiero", 'Pensiero: i codici cliente tipo CL-¤ sono identificativi interni, non dati sensibili; posso mostrarli nel grafico.', digits(7))
I(D, "nl", "les", 'Les: de API geeft 429 Too Many Requests na 100 calls per minuut; met een backoff van 2 seconden loopt de export zonder fouten.')
I(D, "fi", "tulos", 'työkalukutsu python {"code": "df.groupby(\'kunta\').size().sort_values().tail(3)"}\ntulos: Espoo 2311, Tampere 2890, Helsinki 6104')
I(D, "da", "tanke", 'Tanke: kolonnen "pin_attempts" tæller kun fejlede forsøg; den indeholder ingen PIN-koder, så den kan godt indgå i analysen.')
I(D, "cs", "dotaz", 'Uživatel: potřebuji graf tržeb po měsících za rok 2026 a porovnání s rokem 2025, data jsou v tabulce fakturace.')
I(D, "uk", "rezultat", 'виклик інструменту clickhouse.query {"sql": "SELECT toDate(ts) d, count() FROM events GROUP BY d ORDER BY d DESC LIMIT 2"}\nрезультат: 2026-12-06 1 884 201; 2026-12-05 1 902 377')
I(D, "hi", "sabak", 'सबक: डैशबोर्ड में ग्राहक का पूरा कार्ड नंबर कभी न दिखाएँ, केवल आख़िरी 4 अंक (जैसे **** ¤) काफ़ी हैं।', last4())
I(D, "id", "hasil", 'panggilan alat bigquery.run {"query": "SELECT COUNT(DISTINCT order_id) FROM `shop.orders` WHERE DATE(created_at) = \'2026-11-30\'"}\nhasil: 9.812 pesanan, job id bquxjob_¤_¤', hexs(8), hexs(12))
I(D, "th", "สรุป", 'สรุป: ยอดขายเดือนพฤศจิกายนเพิ่มขึ้น 12.4% เมื่อเทียบกับเดือนก่อน ไฟล์รายงานอยู่ที่ reports/2026-11.xlsx')
I(D, "ar", "dars", 'درس: لا تضع مفتاح واجهة البرمجة في دفتر الملاحظات المشترك؛ استخدم متغير بيئة واقرأه عند التشغيل.')
I(D, "el", "ergaleio", 'κλήση εργαλείου sql_query {"query": "SELECT AVG(amount) FROM payments WHERE status = \'failed\'"}\nαποτέλεσμα: 43.17')

# ---- customer-support ----
I(CS, "en", "ticket", 'tool_call zendesk.get_ticket {"id": ¤}\nobservation: {"subject": "Can\'t reset password", "status": "pending", "requester": "customer #¤", "created": "2026-12-02T09:14:00Z"}', R.randint(100000, 999999), R.randint(10000, 99999))
I(CS, "en", "lesson-never-ask", 'Lesson: never ask the customer for their full password or one-time code. To verify identity use the last 4 digits of the card on file and the billing postcode.')
I(CS, "en", "masked-card", 'Thought: the account shows card ending in ¤ (Visa, exp 08/28). The customer confirmed those last four digits, so verification passed.', last4())
I(CS, "en", "otp-policy", 'User: I didn\'t get the verification code. Agent reply: codes expire after 5 minutes and you can request a new one after 60 seconds; check that +1 ••• ••• ¤ is still your number.', last4())
I(CS, "en", "reset-link", 'tool_call auth.send_reset_email {"user_id": "¤", "template": "password_reset_v2"}\nobservation: queued, message id <¤@mail.acme.example>', uid(), hexs(24))
I(CS, "en", "phone-callback", 'Summary: callback scheduled for 14:30 CET to ¤, ticket ¤ escalated to tier 2 (billing dispute, 49.99 EUR).', phone("+44"), "SUP-" + digits(5))
I(CS, "en", "macro", 'tool_call freshdesk.apply_macro {"ticket": ¤, "macro": "2FA lost device"}\nobservation: reply sent: "To recover access, use one of the recovery codes you saved when enabling 2FA, or contact us with a photo ID."', R.randint(10000, 99999))
I(CS, "de", "lektion", 'Lektion: Wenn ein Kunde schreibt „mein Passwort funktioniert nicht“, zuerst prüfen, ob das Konto nach 5 Fehlversuchen gesperrt ist (Fehlercode AUTH-423).')
I(CS, "fr", "resume", 'Résumé : le client n° ¤ a reçu un remboursement de 23,90 € ; référence de transaction ¤.', digits(8), "TX" + _c(UP + DG, 12))
I(CS, "es", "placeholder", 'Plantilla de respuesta guardada: "Hola {{nombre}}, su código de verificación es {{otp}}. No lo comparta con nadie."')
I(CS, "it", "pensiero", 'Pensiero: il cliente ha scritto il numero d\'ordine ¤ e l\'email, basta questo per trovare la spedizione; non serve chiedere altro.', "IT-" + digits(9))
I(CS, "pt", "ferramenta", 'chamada de ferramenta crm.search {"query": "telefone:¤"}\nobservação: 1 contato encontrado, id ¤', phone("+55"), digits(7))
I(CS, "nl", "les", 'Les: de klant denkt vaak dat de pincode van de pas ook de app-code is. Leg uit dat de app een eigen code van 5 cijfers heeft, zonder naar de codes te vragen.')
I(CS, "sv", "arende", 'Sammanfattning: ärende ¤ stängt, kunden fick ny faktura med OCR-nummer ¤.', digits(7), digits(14))
I(CS, "no", "laerdom", 'Lærdom: kunder leser ofte opp engangskoden sin uten at vi spør. Avbryt høflig og forklar at vi aldri trenger koden.')
I(CS, "ru", "shablon", 'Шаблон ответа: «Ваш временный пароль: <password>. Смените его при первом входе.» — плейсхолдер подставляет система, агент его не видит.')
I(CS, "tr", "arac", 'araç çağrısı kargo.track {"takip_no": "¤"}\nsonuç: dağıtıma çıktı, tahmini teslim 18:00', digits(12))
I(CS, "ar", "fikra", 'تفكير: رقم الطلب ¤ ورقم الهاتف المسجل ينتهي بـ ¤؛ يكفي ذلك للتحقق دون طلب كلمة المرور.', digits(9), last4())
I(CS, "fa", "dars", 'درس: هرگز از مشتری رمز یکبار مصرف را نخواهید؛ این کد فقط برای ورود خود اوست.')
I(CS, "ja", "kekka", 'ツール呼び出し crm.get_customer {"id": "¤"}\n結果: 会員ランク ゴールド、登録電話番号 090-****-¤', "C" + digits(8), last4())
I(CS, "hu", "lecke", 'Lecke: a „Hibás PIN” üzenet után a kártya 3 próbálkozásnál zárolódik; ilyenkor a bankfiókba kell irányítani az ügyfelet.')
I(CS, "ro", "tichet", 'Rezumat: tichetul #¤ a fost rezolvat, clientul a primit rambursare de 129,00 lei pe cardul terminat în ¤.', digits(6), last4())
# ---- travel ----
I(T, "en", "booking", 'tool_call flights.book {"offer_id": "¤", "passengers": 2}\nobservation: {"pnr": "¤", "ticket_numbers": ["¤", "¤"], "total": "812.40 EUR"}', uid(), pnr(), "220" + _c(DG, 10), "220" + _c(DG, 10))
I(T, "en", "selector", 'tool_call browser.click {"selector": "input[name=password]"}\nobservation: focused. Thought: I don\'t have the password yet — ask the user rather than guessing.')
I(T, "en", "lesson-passport", 'Lesson: airline forms reject passport numbers with spaces; strip them before filling. Also check the expiry is at least 6 months after the return date.')
I(T, "en", "hotel-conf", 'Summary: Hotel Alfama booked, confirmation ¤, PIN for managing the booking will be emailed by the hotel (not stored here). Check-in 15:00.', digits(10))
I(T, "en", "flight-status", 'tool_call flight_status {"flight": "LH 1172", "date": "2026-12-14"}\nobservation: scheduled 07:35, gate B44, terminal 1, aircraft A320neo D-AIN¤', _c(UP, 1))
I(T, "en", "user-trip", 'User: find me a train from Vienna to Prague on the 20th, morning, under 40 euros. My ÖBB account is already logged in on the browser.')
I(T, "en", "masked-card", 'observation: payment method on file: Mastercard •••• ¤, exp 03/29. Thought: reuse it — the user approved saved cards for hotel deposits.', last4())
I(T, "de", "lektion", 'Lektion: Bei der Bahn-App läuft der Login-Code per E-Mail nach 15 Minuten ab; rechtzeitig nach dem Code fragen, bevor das Formular ausgefüllt wird.')
I(T, "fr", "resa", 'appel d\'outil sncf.search {"from": "Paris Gare de Lyon", "to": "Lyon Part-Dieu", "date": "2026-12-22"}\nobservation: TGV INOUI 6615 départ 08:00, 49 €, dossier ¤', pnr())
I(T, "es", "pensamiento", 'Pensamiento: el localizador ¤ es el código de reserva de Iberia, no una contraseña; puedo incluirlo en el resumen del viaje.', pnr())
I(T, "it", "lezione", 'Lezione: il codice della cassetta delle chiavi va chiesto all\'host il giorno prima; non serve salvarlo nelle note dopo il soggiorno.')
I(T, "pt", "voo", 'chamada de ferramenta tap.checkin {"booking": "¤", "last_name": "Silva"}\nobservação: cartão de embarque emitido, assento 14C, porta ¤', pnr(), R.randint(10, 60))
I(T, "pl", "mysl", 'Myśl: numer biletu PKP Intercity ¤ trzeba podać konduktorowi tylko w razie braku aplikacji; nie jest poufny.', "eIC" + digits(8))
I(T, "cs", "lekce", 'Lekce: RegioJet vyžaduje při registraci heslo s aspoň 8 znaky a číslicí; uživatel si ho zvolí sám, agent ho nevymýšlí.')
I(T, "fi", "yhteenveto", 'Yhteenveto: VR:n lippu Helsinki–Oulu varattu, tilausnumero ¤, hinta 64,90 €. Paikka vaunu 5, paikka 32.', digits(9))
I(T, "el", "ergaleio", 'κλήση εργαλείου ferries.book {"route": "Πειραιάς-Νάξος", "date": "2027-07-03"}\nαποτέλεσμα: κωδικός κράτησης ¤, αναχώρηση 07:25', _c(UP + DG, 8))
I(T, "hi", "upyogkarta", 'उपयोगकर्ता: 24 दिसंबर को दिल्ली से जयपुर की ट्रेन देखो, PNR मिलते ही मुझे भेज देना।')
I(T, "zh", "jieguo", '工具调用 train.search {"from": "北京南", "to": "上海虹桥", "date": "2026-12-30"}\n结果：G1 次 09:00 发车，二等座 ¥626，订单号 E¤', digits(9))
I(T, "th", "บทเรียน", 'บทเรียน: รหัส OTP ของสายการบินหมดอายุใน 3 นาที ควรให้ผู้ใช้กรอกเองในหน้าเว็บแทนการส่งมาในแชท')
I(T, "id", "ringkasan", 'Ringkasan: tiket Garuda GA 404 Jakarta–Denpasar, kode booking ¤, bagasi 20 kg, total Rp 1.845.000.', pnr())
I(T, "uk", "urok", 'Урок: коли Укрзалізниця показує помилку 1045, це перевантаження сервера, а не неправильний пароль — варто спробувати через 5 хвилин.')

# ---- finance ----
I(F, "en", "example-iban", 'Lesson: when testing the transfer form use the published example IBAN DE89 3704 0044 0532 0130 00 (from the IBAN standard documentation), never a real customer account.')
I(F, "en", "stripe-test", 'Thought: in Stripe test mode the documented test card 4242 4242 4242 4242 with any future expiry and any CVC succeeds; that\'s what the integration test should use.')
I(F, "en", "masked-key", 'observation: {"object": "api_key", "name": "payments-backend", "redacted_value": "sk_live_...¤", "created": 1764547200}', alnum(4))
I(F, "en", "transfer", 'tool_call banking.get_transfer {"id": "¤"}\nobservation: {"status": "executed", "amount": "1,250.00", "currency": "EUR", "value_date": "2026-12-04"}', uid())
I(F, "en", "lesson-seed", 'Lesson: a wallet\'s recovery phrase must never be typed into any tool. If the user offers it, refuse and explain that checking a balance only needs the public address.')
I(F, "en", "invoice", 'Summary: matched 38 invoices to bank transactions; 2 unmatched (INV-2026-¤ for 412.50 and INV-2026-¤ for 89.00). Exported to reconciliation_dec.xlsx.', digits(5), digits(5))
I(F, "en", "public-address", 'tool_call etherscan.balance {"address": "0x¤"}\nobservation: 0.4821 ETH. Thought: a public address is fine to look up; no private key needed.', hexs(40))
I(F, "de", "lektion-tan", 'Lektion: Die TAN wird vom Nutzer selbst in der Banking-App bestätigt. Der Agent fragt nie nach TAN oder PIN, sondern wartet auf die Freigabe.')
I(F, "fr", "virement", 'appel d\'outil banque.lister_virements {"compte": "courant", "depuis": "2026-11-01"}\nobservation: 14 virements, total 3 412,18 €, dernier le 30/11 (réf. ¤)', _c(UP + DG, 10))
I(F, "es", "usuario", 'Usuario: ¿cuánto he gastado en restaurantes este mes? Usa la app del banco, ya tienes acceso de solo lectura.')
I(F, "it", "pensiero-iban", 'Pensiero: l\'IBAN mostrato nell\'app è mascherato (IT** **** **** **** **** ***¤ ¤), quindi per il bonifico chiedo all\'utente di confermarlo lui.', _c(DG, 1), _c(DG, 3))
I(F, "nl", "tikkie", 'tool_call payments.create_link {"amount": "12.50", "description": "pizza vrijdag"}\nobservatie: link https://pay.example.nl/r/¤ aangemaakt, geldig 14 dagen', alnum(10))
I(F, "pl", "lekcja", 'Lekcja: kod BLIK jest ważny 2 minuty; jeśli użytkownik podaje go za wcześnie, płatność wygasa. Poprosić o kod dopiero na ekranie płatności.')
I(F, "sv", "sammanfattning", 'Sammanfattning: deklarationen granskad, återbäring 4 312 kr väntas i april. Referensnummer från Skatteverket: ¤.', digits(10))
I(F, "no", "verktoy", 'verktøykall vipps.payment_status {"order_id": "¤"}\nresultat: RESERVED, 349 kr', "vipps-" + digits(8))
I(F, "ru", "mysl", 'Мысль: номер карты в выписке замаскирован как 2200 **** **** ¤ — его можно оставить в отчёте.', last4())
I(F, "ja", "kyokun", '教訓: ネットバンキングの暗証番号やワンタイムパスワードはユーザー本人が入力する。エージェントは画面遷移までを担当する。')
I(F, "ko", "gyeolgwa", '도구 호출 bank.get_balance {"account_alias": "생활비"}\n결과: 잔액 1,284,300원, 최근 거래 2026-12-06')
I(F, "tr", "ozet", 'Özet: kira ödemesi 18.500 TL olarak planlandı, talimat no ¤, her ayın 1\'inde.', digits(8))
I(F, "cs", "uzivatel", 'Uživatel: pošli mi přehled výdajů za listopad po kategoriích, hlavně potraviny a doprava.')
I(F, "ar", "natija", 'استدعاء أداة fx.rate {"from": "USD", "to": "AED"}\nالنتيجة: 3.6725 بتاريخ 2026-12-07')
# ---- hr ----
I(H, "en", "policy", 'Lesson: the HR portal password policy is 12+ characters, one digit, one symbol, rotated every 180 days. When employees ask, quote the policy — never suggest an actual password.')
I(H, "en", "employee-id", 'tool_call hris.get_employee {"employee_id": "E-¤"}\nobservation: {"name": "Tom Becker", "department": "Logistics", "start_date": "2024-03-01", "manager_id": "E-¤"}', digits(6), digits(6))
I(H, "en", "onboarding-thought", 'Thought: the welcome email template contains "Your temporary password: {{temp_password}}". The system fills it in; I must not invent one.')
I(H, "en", "masked-ssn", 'observation: employee record loaded — SSN ***-**-¤, bank account ****¤, W-4 on file.', last4(), last4())
I(H, "en", "calendar", 'tool_call calendar.create_event {"title": "Interview — Backend Engineer", "start": "2026-12-09T10:00:00+01:00", "attendees": ["hiring@acme.example"], "conference": "meet.google.com/¤"}\nobservation: created event ¤', _c(LO, 3) + "-" + _c(LO, 4) + "-" + _c(LO, 3), hexs(26))
I(H, "en", "user-req", 'User: please draft the offer letter for Anna Kowalski — 68,000 EUR base, start March 1, 30 days vacation. Don\'t include her personal ID number, legal will add it.')
I(H, "en", "summary", 'Summary: 14 leave requests approved, 2 rejected (overlap with inventory week). Payroll cut-off is December 20; job id payroll-¤.', uid())
I(H, "de", "gedanke", 'Gedanke: Die Personalnummer ¤ ist intern und darf im Dienstplan stehen; die Steuer-ID dagegen nicht.', digits(6))
I(H, "fr", "lecon", 'Leçon : pour réinitialiser le mot de passe d\'un salarié, utiliser le lien « Mot de passe oublié » du SIRH ; ne jamais envoyer de mot de passe par e-mail.')
I(H, "es", "herramienta", 'llamada a herramienta nomina.calcular {"empleado": "EMP-¤", "mes": "2026-11"}\nobservación: bruto 2.850,00 €, neto 2.143,17 €', digits(5))
I(H, "it", "riepilogo", 'Riepilogo: inviati 6 contratti per la firma digitale, pratica n. ¤; scadenza firma 15/12.', digits(8))
I(H, "pt", "usuario", 'Usuário: quantos dias de férias o João ainda tem? O número de matrícula dele é ¤.', digits(6))
I(H, "pl", "mysl", 'Myśl: formularz ma pole input[name=pesel], ale dla pracownika z zagranicy wpisuje się numer paszportu; zostawiam puste i pytam HR.')
I(H, "fi", "oppi", 'Oppi: palkkajärjestelmä lukitsee tunnuksen kolmen väärän salasanan jälkeen; pyydä käyttäjää nollaamaan salasana itse.')
I(H, "hu", "eszkoz", 'eszközhívás calendar.list {"naptar": "HR", "het": "2026-W50"}\neredmény: 7 esemény, köztük 3 interjú')
I(H, "he", "sikum", 'סיכום: נקלטו 3 עובדים חדשים, מספרי עובד ¤, ¤, ¤. הסיסמאות הראשוניות נשלחו אוטומטית מהמערכת.', digits(5), digits(5), digits(5))
I(H, "zh", "jiaoxun", '经验：员工工号（如 ¤）不是敏感信息，可以写进排班表；身份证号和银行卡号不能。', "EMP" + digits(6))
I(H, "vi", "nguoi-dung", 'Người dùng: lập bảng chấm công tháng 11 cho phòng kế toán, mã phòng KT-03.')
I(H, "uk", "instrument", 'виклик інструменту hr.search {"query": "відпустка грудень"}\nрезультат: 9 заяв, ідентифікатори від ¤ до ¤', R.randint(1000, 1500), R.randint(1501, 1999))
I(H, "da", "laering", 'Læring: CPR-numre må ikke stå i mødereferater. Brug medarbejdernummeret i stedet.')
I(H, "el", "skepsi", 'Σκέψη: ο αριθμός αίτησης ¤ αφορά την άδεια του Γιώργου και μπορεί να μπει στο email προς τον προϊστάμενο.', digits(7))
I(H, "id", "alat", 'panggilan alat email.send {"to": "karyawan.baru@perusahaan.example", "template": "onboarding", "vars": {"password": "<dikirim terpisah>"}}\nhasil: terkirim')

# ---- healthcare ----
I(HC, "en", "appointment", 'tool_call calendar.create_event {"title": "Dr. Patel — follow-up", "start": "2026-12-15T09:40:00", "location": "Clinic North, room 12"}\nobservation: event id ¤ created', hexs(26))
I(HC, "en", "lab", 'observation: HbA1c 6.1 %, LDL 3.2 mmol/L, TSH 1.8 mIU/L (report ¤, collected 2026-12-01). Thought: summarise in plain language for the patient.', "LAB-" + digits(8))
I(HC, "en", "lesson-portal", 'Lesson: the patient portal locks after 3 wrong passwords for 30 minutes. Don\'t retry — ask the user to log in themselves or use "forgot password".')
I(HC, "en", "rx", 'tool_call pharmacy.refill {"rx_number": "¤", "store": "#¤"}\nobservation: ready for pickup after 4 pm', digits(7), R.randint(1000, 9999))
I(HC, "en", "user", 'User: remind me to take metformin 500 mg twice a day, 8 am and 8 pm, and book a blood test in three months.')
I(HC, "en", "selector", 'Thought: the insurance form has fields #memberId and #pin. The member ID is printed on the card photo the user sent; the PIN field is optional, so I leave it empty.')
I(HC, "en", "npi", 'Summary: referral sent to Dr. Laura Chen (NPI ¤, public registry), fax confirmation ¤.', digits(10), "FX" + digits(9))
I(HC, "de", "termin", 'Werkzeugaufruf doctolib.book {"arzt": "Dr. Weber", "datum": "2026-12-18", "uhrzeit": "11:20"}\nErgebnis: Termin bestätigt, Buchungsnummer ¤', _c(UP + DG, 8))
I(HC, "fr", "pensee", 'Pensée : le numéro RPPS ¤ du médecin est public ; je peux l\'indiquer dans la lettre d\'adressage.', digits(11))
I(HC, "es", "leccion", 'Lección: la app de citas exige un código de 6 dígitos por SMS que caduca en 10 minutos; pedir al paciente que lo introduzca él mismo.')
I(HC, "it", "strumento", 'chiamata strumento cup.prenota {"prestazione": "ecografia addome", "priorità": "D"}\nosservazione: prenotazione ¤, 12/01/2027 ore 08:30', digits(10))
I(HC, "nl", "gebruiker", 'Gebruiker: zoek een tandarts in Utrecht die nieuwe patiënten aanneemt en op zaterdag open is.')
I(HC, "sv", "lardom", 'Lärdom: journalanteckningar ska sammanfattas utan personnummer; använd patientens initialer och födelseår.')
I(HC, "ru", "rezultat", 'вызов инструмента gosuslugi.appointments {"period": "2026-12"}\nрезультат: 2 записи, талон № ¤ к терапевту на 12.12 в 10:15', "А-" + digits(3))
I(HC, "ko", "gyohun", '교훈: 병원 앱의 인증번호는 3분 안에 입력해야 한다. 사용자가 직접 입력하도록 안내하고 채팅으로 받지 않는다.')
I(HC, "ja", "yoyaku", 'ツール呼び出し clinic.reserve {"date": "2026-12-20", "time": "10:30"}\n結果: 予約番号 ¤、診察券番号は受付で確認', digits(8))
I(HC, "hi", "vichar", 'विचार: रिपोर्ट आईडी ¤ केवल लैब का संदर्भ है, इसे सारांश में लिखा जा सकता है।', "RPT" + digits(9))
I(HC, "pt", "resumo", 'Resumo: consulta de cardiologia remarcada para 09/01, protocolo ¤. Paciente orientado a levar exames anteriores.', digits(12))
I(HC, "tr", "arac", 'araç çağrısı mhrs.randevu {"poliklinik": "dahiliye", "tarih": "2026-12-16"}\nsonuç: randevu alındı, saat 14:20, randevu no ¤', digits(10))
I(HC, "cs", "lekce", 'Lekce: eRecept má kód o 12 znacích, který lékárna potřebuje; není to heslo, ale ani ho nezveřejňovat zbytečně v souhrnech.')
I(HC, "ar", "mustakhdim", 'المستخدم: احجز لي موعداً عند طبيب الأسنان يوم الأحد بعد الساعة الرابعة، رقم ملفي في العيادة ¤.', digits(6))
I(HC, "fa", "ebzar", 'فراخوانی ابزار clinic.search {"city": "تهران", "specialty": "پوست"}\nنتیجه: ۱۲ پزشک یافت شد')
# ---- home-automation ----
I(HA, "en", "entity", 'tool_call homeassistant.call_service {"domain": "climate", "service": "set_temperature", "data": {"entity_id": "climate.hallway", "temperature": 20.5}}\nobservation: 200, context id ¤', _c(UP + DG, 26))
I(HA, "en", "lesson-codes", 'Lesson: lock codes for guests should be temporary slots with an end date; ask the user to choose the code in the app instead of telling it to the agent.')
I(HA, "en", "device-ids", 'observation: discovered 3 devices — Zigbee 0x¤ (motion sensor), 0x¤ (door contact), MAC ¤ (Wi-Fi plug).', hexs(16), hexs(16), ":".join(hexs(2) for _ in range(6)))
I(HA, "en", "user", 'User: turn off all the lights downstairs at 11 pm and make sure the alarm is armed — I\'ll enter the code on the keypad myself.')
I(HA, "en", "placeholder-yaml", 'tool_call write_file {"path": "secrets.yaml.example", "content": "wifi_password: !secret wifi_password\\nmqtt_password: CHANGE_ME\\n"}\nobservation: written')
I(HA, "en", "thought-selector", 'Thought: the router admin page has input[name=pin] for WPS. WPS should stay disabled; I will not touch that field.')
I(HA, "en", "summary", 'Summary: 6 automations created (sunset lights, vacuum at 10:00, heating eco mode when away). Log ids ¤ … ¤.', R.randint(1000, 4999), R.randint(5000, 9999))
I(HA, "de", "lektion", 'Lektion: Der Türcode der Haustür sollte nie im Klartext in Automationen stehen; Home Assistant kann ihn über !secret einbinden.')
I(HA, "fr", "outil", 'appel d\'outil thermostat.get {"piece": "salon"}\nobservation: 19,5 °C, consigne 20 °C, humidité 48 %')
I(HA, "es", "resumen", 'Resumen: riego programado de 6:30 a 6:50 en la zona 2; el sensor de lluvia (id ¤) cancelará el riego si llueve.', hexs(12))
I(HA, "it", "utente", 'Utente: quando esco di casa spegni le luci e abbassa le tapparelle; il codice dell\'allarme lo inserisco io.')
I(HA, "pt", "licao", 'Lição: o PIN da fechadura tem de ter 6 dígitos; códigos de 4 dígitos são recusados com erro E-06.')
I(HA, "nl", "gedachte", 'Gedachte: de foutcode 0x¤ van de warmtepomp betekent lage waterdruk, niet een authenticatiefout.', _c("0123456789ABCDEF", 4))
I(HA, "pl", "narzedzie", 'wywołanie narzędzia shelly.status {"ip": "192.168.1.¤"}\nwynik: {"relay": "on", "power_w": 42.7, "fw": "1.14.0"}', R.randint(20, 250))
I(HA, "sv", "sammanfattning", 'Sammanfattning: värmepumpen kopplad till appen, serienummer ¤, garanti till 2031.', _c(UP + DG, 12))
I(HA, "fi", "opetus", 'Opetus: älylukon PIN-koodi vaihdetaan sovelluksessa; agentti ei tallenna koodeja muistiinpanoihin.')
I(HA, "ru", "dumka", 'Мысль: серийный номер датчика ¤ нужен для гарантии; это не ключ и не пароль.', _c(UP + DG, 14))
I(HA, "el", "ergaleio", 'κλήση εργαλείου lights.set {"room": "σαλόνι", "brightness": 40, "color_temp": 2700}\nαποτέλεσμα: ok')
I(HA, "ko", "sayongja", '사용자: 저녁 7시에 거실 조명을 켜고 에어컨을 26도로 맞춰 줘. 현관 도어락은 건드리지 말고 그대로 둬.')
I(HA, "vi", "cong-cu", 'gọi công cụ camera.snapshot {"camera": "cong_truoc"}\nkết quả: đã lưu ảnh snapshot_¤.jpg', digits(10))
I(HA, "zh", "zongjie", '总结：扫地机器人固件已升级到 4.3.2，设备 ID ¤，下次清扫时间每天 10:00。', digits(9))

# ---- e-commerce ----
I(E, "en", "order", 'tool_call shopify.get_order {"order_id": ¤}\nobservation: {"name": "#¤", "total_price": "¤", "financial_status": "paid", "fulfillment_status": null}', digits(13), R.randint(1000, 9999), money())
I(E, "en", "tracking", 'Summary: 12 orders shipped today; UPS tracking 1Z¤ and 1Z¤ delayed by weather in Louisville.', _c(UP + DG, 16), _c(UP + DG, 16))
I(E, "en", "lesson-keys", 'Lesson: Stripe publishable keys can live in the frontend, secret keys never. If a secret key shows up in a chat or a log, roll it in the dashboard immediately.')
I(E, "en", "coupon", 'User: apply the coupon WINTER25 to my cart and tell me the new total.\nThought: WINTER25 is a public promo code from the newsletter, fine to use and mention.')
I(E, "en", "checkout-selectors", 'tool_call browser.fill {"selector": "#email", "value": "buyer@example.com"}\nobservation: ok. Next fields: #card-number, #expiry, #cvc — waiting for the user to enter card details in the secure iframe.')
I(E, "en", "payment-intent", 'observation: {"id": "pi_¤", "object": "payment_intent", "amount": 2599, "currency": "usd", "status": "requires_action"}', alnum(24))
I(E, "en", "refund", 'tool_call payments.refund {"payment_id": "pay_¤", "amount": "19.99"}\nobservation: refund re_¤ pending, card ending ¤', alnum(14), alnum(14), last4())
I(E, "de", "bestellung", 'Werkzeugaufruf shop.bestellung_suchen {"bestellnummer": "¤"}\nErgebnis: versandt mit DHL, Sendungsnummer ¤', digits(9), digits(12))
I(E, "fr", "lecon", 'Leçon : sur Vinted, le code de confirmation reçu par SMS doit être saisi par l\'utilisateur ; l\'agent s\'arrête à cet écran.')
I(E, "es", "pedido", 'Resumen: pedido ¤ devuelto, reembolso de 34,95 € a la tarjeta terminada en ¤, plazo 5–7 días.', "ES" + digits(10), last4())
I(E, "it", "sku", 'chiamata strumento inventario.aggiorna {"sku": "¤", "quantità": 48}\nosservazione: aggiornato, EAN ¤', "SKU-" + _c(UP + DG, 8), digits(13))
I(E, "pt", "pensamento", 'Pensamento: o código de rastreio ¤ dos Correios é público; posso mandar para o cliente.', _c(UP, 2) + digits(9) + "BR")
I(E, "nl", "gebruiker", 'Gebruiker: zet alle winterjassen 20% in de aanbieding tot zondag en laat me weten hoeveel voorraad er nog is.')
I(E, "pl", "lekcja", 'Lekcja: Allegro API zwraca 401 gdy token wygaśnie po 12 godzinach; trzeba go odświeżyć refresh tokenem z sejfu, a nie prosić użytkownika o hasło.')
I(E, "cs", "nastroj", 'volání nástroje heureka.feed_check {"url": "https://obchod.example.cz/feed.xml"}\nvýsledek: 1 204 produktů, 3 chyby (chybí EAN)')
I(E, "tr", "kullanici", 'Kullanıcı: Hepsiburada\'daki iade talebimin durumu ne? Sipariş numarası ¤.', digits(10))
I(E, "ja", "chumon", 'ツール呼び出し amazon.order_status {"order_id": "¤-¤-¤"}\n結果: 配送中、12月9日到着予定', digits(3), digits(7), digits(7))
I(E, "zh", "jiaoxun", '经验：支付宝交易号（如 ¤）只是流水号，不是密钥，可以放进对账表。', "2026" + digits(24))
I(E, "th", "สรุป", 'สรุป: คำสั่งซื้อ Shopee ¤ จัดส่งแล้ว เลขพัสดุ TH¤', _c(UP + DG, 14), digits(12))
I(E, "id", "alat", 'panggilan alat marketplace.update_price {"produk_id": ¤, "harga": 149000}\nhasil: harga diperbarui', digits(9))
I(E, "ro", "lectie", 'Lecție: parola contului de vânzător se schimbă doar din pagina de securitate; agentul nu trebuie să o ceară pe chat.')
I(E, "hu", "rendeles", 'Összefoglaló: a ¤ számú rendelés kiszállítva, a GLS csomagszám ¤.', digits(8), digits(11))

# ---- education ----
I(ED, "en", "grades", 'tool_call canvas.get_grades {"course_id": ¤, "student_id": ¤}\nobservation: Essay 1: 88, Quiz 3: 9/10, Midterm: 74', R.randint(1000, 9999), R.randint(100000, 999999))
I(ED, "en", "lesson-sso", 'Lesson: the school uses single sign-on; if a student forgets their password, send them to the IT help page — never reset it in the chat or share a temporary one.')
I(ED, "en", "zoom-meta", 'tool_call zoom.create_meeting {"topic": "Year 9 Physics revision", "start_time": "2026-12-10T16:00:00Z", "waiting_room": true}\nobservation: meeting id ¤ created, passcode sent to attendees by Zoom', f"{digits(3)} {_c(DG, 4)} {_c(DG, 4)}")
I(ED, "en", "user", 'User: make a 10-question quiz on photosynthesis for 7th graders with an answer key at the end.')
I(ED, "en", "thought-isbn", 'Thought: ISBN 978-¤ is the textbook the teacher mentioned; I will look up the chapter list.', f"{R.randint(0, 9)}-{digits(3)}-{digits(5)}-{R.randint(0, 9)}")
I(ED, "en", "doi", 'Summary: compiled 12 sources for the essay, e.g. doi:10.¤/¤, and formatted them in APA 7.', digits(4), _c(LO + DG, 10))
I(ED, "en", "orcid-pub", 'observation: author profile ORCID 0000-000¤-¤-¤ (public), h-index 14, 38 publications.', R.randint(1, 9), _c(DG, 4), _c(DG, 3) + "X")
I(ED, "de", "lektion", 'Lektion: Kinder sollen ihr Schulportal-Passwort nicht mit dem Agenten teilen; besser einen Elternzugang mit eigenem Login nutzen.')
I(ED, "fr", "devoirs", 'appel d\'outil ent.devoirs {"classe": "4e B", "semaine": "2026-W50"}\nobservation: 5 devoirs, dont un exposé à rendre le 12/12')
I(ED, "es", "usuario", 'Usuario: resume el capítulo 3 del libro de historia en 200 palabras para mi hijo de 12 años.')
I(ED, "it", "pensiero", 'Pensiero: il codice meccanografico della scuola (¤) è pubblico, posso usarlo per cercare il calendario.', _c(UP, 4) + digits(6))
I(ED, "pt", "strumento", 'chamada de ferramenta moodle.list_courses {"userid": ¤}\nobservação: 4 cursos ativos', R.randint(100, 9999))
I(ED, "nl", "les", 'Les: het wachtwoord van leerlingaccounts moet minimaal 10 tekens zijn; bij het aanmaken van accounts genereert het systeem ze zelf.')
I(ED, "sv", "sammanfattning", 'Sammanfattning: 24 elever fick återkoppling på labbrapporten, genomsnittligt betyg C, kurs-id ¤.', "FYS" + digits(4))
I(ED, "ru", "polzovatel", 'Пользователь: составь расписание подготовки к ЕГЭ по математике на 8 недель, 5 занятий в неделю.')
I(ED, "ar", "adah", 'استدعاء أداة lms.assignments {"course": "رياضيات ٣"}\nالنتيجة: ٣ واجبات، آخر موعد ¤-12-2026', R.randint(10, 28))
I(ED, "he", "mahshava", 'מחשבה: מספר הקורס ¤ ומספר הקבוצה 02 מספיקים כדי להירשם; לא צריך סיסמה בשלב הזה.', digits(5))
I(ED, "ko", "yoyak", '요약: 학생 30명의 수행평가 점수를 입력했다. 파일 ID ¤.', uid())
I(ED, "hi", "sabak", 'सबक: परीक्षा पोर्टल का रोल नंबर (जैसे ¤) गोपनीय नहीं है, लेकिन पासवर्ड कभी नोट्स में न लिखें।', digits(10))
I(ED, "fa", "karbar", 'کاربر: برنامه‌ی کلاس‌های ترم بعد را از سامانه‌ی گلستان بگیر و در تقویمم بگذار.')
I(ED, "vi", "cong-cu", 'gọi công cụ classroom.post {"lop": "10A2", "noi_dung": "Nộp bài trước 17h thứ Sáu"}\nkết quả: đã đăng, id ¤', digits(15))
I(ED, "ro", "rezumat", 'Rezumat: orarul clasei a VI-a actualizat; sala ¤, profesor diriginte dna Ionescu.', R.randint(100, 320))
I(ED, "da", "laering", 'Læring: MitID-koder må aldrig deles med agenten; forælderen logger selv ind på Aula, og agenten læser kun beskederne bagefter.')
I(ED, "no", "verktoy", 'verktøykall itslearning.oppgaver {"fag": "norsk", "uke": 50}\nresultat: 2 oppgaver, frist fredag')
I(ED, "el", "mathima", 'Μάθημα: ο κωδικός μαθητή στο e-class (π.χ. ¤) είναι αριθμός μητρώου, όχι κωδικός πρόσβασης.', digits(7))


# =====================================================================
# self-check
# =====================================================================
def _luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


if __name__ == "__main__":
    import collections
    import re

    ids = [s.id for s in SECRETS] + [i.id for i in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    pat = re.compile(r"^(secret|innocent)/[a-z-]+/[a-z]{2}/[^/\s]+-\d{2}$")
    for x in ids:
        assert pat.match(x), x
    for s in SECRETS:
        assert s.secret and s.secret in s.text, s.id
        assert 40 <= len(s.text) <= 1200, (s.id, len(s.text))
        assert s.secret.strip() == s.secret, s.id
        assert "¤" not in s.text and "§" not in s.text, s.id
    for i in INNOCENT:
        assert 40 <= len(i.text) <= 1200, (i.id, len(i.text))
        assert "¤" not in i.text and "§" not in i.text, i.id
    # no secret value leaks into an innocent text
    for s in SECRETS:
        if len(s.secret) >= 6:
            for i in INNOCENT:
                assert s.secret not in i.text, (s.id, i.id)
    # check digits of structured secrets
    ncard = niban = 0
    for s in SECRETS:
        compact = s.secret.replace(" ", "").replace("-", "")
        if re.fullmatch(r"\d{15,16}", compact) and ("card" in s.text.lower() or "kart" in s.text.lower() or "carte" in s.text.lower() or "cvv" in s.text.lower() or "cvc" in s.text.lower()):
            assert _luhn_ok(compact), s.id
            ncard += 1
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
            assert iban_ok(compact), s.id
            niban += 1
    by_set = collections.Counter(x.split("/")[1] for x in ids)
    by_lang = collections.Counter(x.split("/")[2] for x in ids)
    sec_set = collections.Counter(s.id.split("/")[1] for s in SECRETS)
    inn_set = collections.Counter(i.id.split("/")[1] for i in INNOCENT)
    langs = sorted(by_lang)
    assert len(langs) == 29, langs
    en_share = by_lang["en"] / len(ids)
    print(f"SECRETS: {len(SECRETS)}  INNOCENT: {len(INNOCENT)}  total: {len(ids)}")
    print(f"Luhn-checked cards: {ncard}  mod-97-checked IBANs: {niban}")
    print("by setting (secret/innocent):")
    for k in sorted(by_set):
        print(f"  {k:18s} {sec_set[k]:3d} / {inn_set[k]:3d}")
    print(f"languages ({len(langs)}):", ", ".join(f"{k}={by_lang[k]}" for k in langs))
    print(f"English share: {en_share:.1%}")
    lens = [len(s.text) for s in SECRETS] + [len(i.text) for i in INNOCENT]
    print(f"text length min/max: {min(lens)}/{max(lens)}")
    assert 180 <= len(SECRETS) <= 260 and 180 <= len(INNOCENT) <= 260
    print("self-check OK")
