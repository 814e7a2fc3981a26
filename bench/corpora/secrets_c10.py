"""Independent secret-redaction test corpus no. 10.

Written by a helper session on 2026-12-06/07 (started 2026-12-06 22:15 UTC,
per `date -u`) WITHOUT seeing the redaction engine, its rules, its tests or any
earlier corpus.  Every secret value is generated at import time from a seeded
random.Random, realistic in shape for its kind; numbers that carry check digits
(Luhn card numbers, IBAN mod-97, ABA routing numbers, US/UK/DE/FR/ES/IT/NL/PL/
SE/FI/BE/CA/IN/BR/CN/AU/JP/KR national ids) have valid checks.

Each Secret's ``secret`` is the exact substring of ``text`` that must not
survive redaction.  Each Innocent's ``text`` must come back byte-for-byte.

Settings covered (SETTINGS below):
farm co-op, airline operations, amateur sports club, university registrar,
public library, veterinary clinic, film production, game studio, container
port, hotel front desk, municipal permits office, telecom support, energy
utility, car dealership, insurance claims, crypto-exchange support, CI/CD
pipelines, Kubernetes operations, data warehouse / ETL, mobile app backend,
embedded firmware, ML training jobs, home automation, family assistant,
freelancer invoicing, charity fundraising, dental practice, property
management, law firm, bakery point-of-sale, school parent association,
research lab, payroll/HR, e-commerce shop.

Languages in non-English texts: German, French, Spanish, Italian, Dutch,
Polish, Swedish, Portuguese, Finnish, Japanese, Chinese, Korean.
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
import urllib.parse
from typing import NamedTuple


class Secret(NamedTuple):
    id: str
    text: str
    secret: str


class Innocent(NamedTuple):
    id: str
    text: str


SETTINGS = (
    "farm_coop", "airline_ops", "sports_club", "university_registrar",
    "public_library", "vet_clinic", "film_production", "game_studio",
    "container_port", "hotel_front_desk", "permits_office", "telecom_support",
    "energy_utility", "car_dealership", "insurance_claims", "crypto_exchange",
    "cicd", "kubernetes", "data_warehouse", "mobile_backend", "firmware",
    "ml_training", "home_automation", "family_assistant", "freelancer",
    "charity", "dental_practice", "property_mgmt", "law_firm", "bakery_pos",
    "school_pta", "research_lab", "payroll_hr", "ecommerce",
)
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "sv", "pt", "fi",
             "ja", "zh", "ko")

_rng = random.Random(20261206)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
LOALNUM = LO + DIG
UPALNUM = UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def rs(alphabet: str, n: int) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


def rd(n: int, first_nonzero: bool = True) -> str:
    s = rs(DIG, n)
    if first_nonzero and s[0] == "0":
        s = str(_rng.randint(1, 9)) + s[1:]
    return s


# ---------------------------------------------------------------- checksums
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
    num = "".join(c for c in num if c.isdigit())
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix: str, length: int = 16) -> str:
    body = prefix + rs(DIG, length - len(prefix) - 1)
    return body + luhn_digit(body)


def visa() -> str:
    return card("4")


def mastercard() -> str:
    return card(str(_rng.randint(51, 55)))


def amex() -> str:
    return card(_rng.choice(["34", "37"]), 15)


def g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def amex_fmt(s: str) -> str:
    return f"{s[:4]} {s[4:10]} {s[10:]}"


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_de() -> str:
    return iban("DE", rd(8) + rs(DIG, 10))


def iban_gb() -> str:
    return iban("GB", _rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rd(6) + rs(DIG, 8))


def iban_fr() -> str:
    bank, branch, acct = rd(5), rs(DIG, 5), rs(DIG, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return iban("FR", f"{bank}{branch}{acct}{key:02d}")


def iban_nl() -> str:
    return iban("NL", _rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + rs(DIG, 10))


def iban_es() -> str:
    return iban("ES", rd(4) + rs(DIG, 4) + rs(DIG, 2) + rs(DIG, 10))


def iban_it() -> str:
    return iban("IT", rs(UP, 1) + rd(5) + rs(DIG, 5) + rs(DIG, 12))


def iban_pl() -> str:
    return iban("PL", rd(24))


def iban_be() -> str:
    b = rd(10)
    c = int(b) % 97 or 97
    return iban("BE", f"{b}{c:02d}")


def iban_ch() -> str:
    return iban("CH", rd(5) + rs(DIG, 12))


def iban_pt() -> str:
    return iban("PT", rd(21))


def iban_se() -> str:
    return iban("SE", rd(20))


def iban_fi() -> str:
    return iban("FI", rd(14))


def aba_routing() -> str:
    while True:
        d = [int(c) for c in f"{_rng.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + rs(DIG, 6)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        d9 = (-s) % 10
        r = "".join(map(str, d)) + str(d9)
        if r[:2] != "00":
            return r


def aba_ok(r: str) -> bool:
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def us_ssn(sep: str = "-") -> str:
    area = _rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{sep}{_rng.randint(1, 99):02d}{sep}{_rng.randint(1, 9999):04d}"


def us_itin() -> str:
    return f"9{rs(DIG, 2)}-{_rng.choice([70, 71, 72, 78, 80, 88, 90, 92, 94]):02d}-{_rng.randint(1, 9999):04d}"


def us_ein() -> str:
    return f"{_rng.choice([12, 20, 27, 45, 46, 81, 84, 87, 94]):02d}-{rs(DIG, 7)}"


def uk_nino(spaced: bool = False) -> str:
    while True:
        p = _rng.choice("ABCEGHJKLMNOPRSTWXYZ") + _rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = rs(DIG, 6)
    suf = _rng.choice("ABCD")
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}" if spaced else f"{p}{d}{suf}"


def de_steuer_id() -> str:
    while True:
        digits = _rng.sample(range(10), 9)
        digits.append(_rng.choice(digits))
        _rng.shuffle(digits)
        if digits[0] != 0:
            break
    product = 10
    for d in digits:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    chk = (11 - product) % 10
    return "".join(map(str, digits)) + str(chk)


def de_steuer_ok(s: str) -> bool:
    product = 10
    for ch in s[:10]:
        t = (int(ch) + product) % 10 or 10
        product = (t * 2) % 11
    return (11 - product) % 10 == int(s[10])


def fr_nir(spaced: bool = True) -> str:
    body = (str(_rng.randint(1, 2)) + f"{_rng.randint(50, 99):02d}" + f"{_rng.randint(1, 12):02d}"
            + f"{_rng.randint(1, 95):02d}" + rs(DIG, 3) + f"{_rng.randint(1, 999):03d}")
    key = 97 - int(body) % 97
    if spaced:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    return f"{body}{key:02d}"


def es_dni() -> str:
    n = rs(DIG, 8)
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def es_nie() -> str:
    p = _rng.choice("XYZ")
    n = rs(DIG, 7)
    return p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + n) % 23]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                    2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def it_codice_fiscale() -> str:
    cons = "BCDFGLMNPRSTVZ"
    s = rs(cons, 3) + rs(cons, 3) + f"{_rng.randint(55, 99):02d}" + _rng.choice("ABCDEHLMPRST")
    day = _rng.randint(1, 28) + _rng.choice([0, 40])
    s += f"{day:02d}" + _rng.choice("ABCDEFGHL") + rd(3)
    total = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(s))
    return s + chr(65 + total % 26)


def nl_bsn() -> str:
    while True:
        d = rd(8)
        s = sum(int(c) * w for c, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return d + str(last)


def nl_bsn_ok(b: str) -> bool:
    return (sum(int(c) * w for c, w in zip(b[:8], range(9, 1, -1))) - int(b[8])) % 11 == 0


def pl_pesel() -> str:
    yy = _rng.randint(0, 99)
    mm = _rng.randint(1, 12) + (20 if yy < 10 else 0)
    body = f"{yy:02d}{mm:02d}{_rng.randint(1, 28):02d}" + rs(DIG, 4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


def se_personnummer() -> str:
    body = f"{_rng.randint(50, 99):02d}{_rng.randint(1, 12):02d}{_rng.randint(1, 28):02d}" + rs(DIG, 3)
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def ca_sin() -> str:
    body = str(_rng.randint(1, 7)) + rs(DIG, 7)
    s = body + luhn_digit(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def in_aadhaar() -> str:
    body = str(_rng.randint(2, 9)) + rs(DIG, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def br_cpf() -> str:
    d = [int(c) for c in rs(DIG, 9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        d.append((s * 10) % 11 % 10)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cn_resident_id() -> str:
    body = (_rng.choice(["110105", "310104", "440305", "330106", "510107"])
            + f"{_rng.randint(1960, 2002)}{_rng.randint(1, 12):02d}{_rng.randint(1, 28):02d}" + rs(DIG, 3))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = rd(8)
        s = sum(int(c) * x for c, x in zip(d, w))
        last = s % 11
        if last < 10:
            t = d + str(last)
            assert sum(int(c) * x for c, x in zip(t, w)) % 11 == 0
            return f"{t[:3]} {t[3:6]} {t[6:]}"


def fi_hetu() -> str:
    dd, mm, yy = _rng.randint(1, 28), _rng.randint(1, 12), _rng.randint(50, 99)
    n = _rng.randint(2, 899)
    base = f"{dd:02d}{mm:02d}{yy:02d}"
    return f"{base}-{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{base}{n:03d}") % 31]


def be_national_number() -> str:
    b = f"{_rng.randint(50, 99):02d}{_rng.randint(1, 12):02d}{_rng.randint(1, 28):02d}{_rng.randint(1, 997):03d}"
    c = 97 - int(b) % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:]}.{c:02d}"


def jp_my_number() -> str:
    body = rs(DIG, 11)
    s = 0
    for n, ch in enumerate(reversed(body), start=1):
        q = n + 1 if n <= 6 else n - 5
        s += int(ch) * q
    r = s % 11
    s12 = body + str(0 if r <= 1 else 11 - r)
    return f"{s12[:4]} {s12[4:8]} {s12[8:]}"


def kr_rrn() -> str:
    body = (f"{_rng.randint(60, 99):02d}{_rng.randint(1, 12):02d}{_rng.randint(1, 28):02d}"
            + str(_rng.randint(1, 2)) + rs(DIG, 5))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def uk_dl() -> str:
    return (rs(UP, 5) + str(_rng.randint(5, 9)) + f"{_rng.randint(1, 12) + _rng.choice([0, 50]):02d}"
            + f"{_rng.randint(1, 28):02d}" + str(_rng.randint(0, 9)) + rs(UP, 2) + "9" + rs(UP, 2))


# ---------------------------------------------------------------- tokens
def aws_key_id() -> str:
    return "AKIA" + rs(UP + "234567", 16)


def aws_secret() -> str:
    return rs(ALNUM + "+/", 40)


def ghp() -> str:
    return "ghp_" + rs(ALNUM, 36)


def github_pat() -> str:
    return "github_pat_11" + rs(UPALNUM, 20) + "_" + rs(ALNUM, 59)


def glpat() -> str:
    return "glpat-" + rs(ALNUM + "-_", 20)


def slack_bot() -> str:
    return f"xoxb-{rd(11)}-{rd(13)}-{rs(ALNUM, 24)}"


def slack_hook_path() -> tuple[str, str]:
    tok = rs(ALNUM, 24)
    return f"https://hooks.slack.com/services/T{rs(UPALNUM, 8)}/B{rs(UPALNUM, 10)}/{tok}", tok


def stripe_live() -> str:
    return "sk_live_51" + rs(ALNUM, 97)


def stripe_rk() -> str:
    return "rk_live_51" + rs(ALNUM, 97)


def whsec() -> str:
    return "whsec_" + rs(ALNUM, 32)


def openai_key() -> str:
    return "sk-proj-" + rs(URLSAFE, 74) + "T3BlbkFJ" + rs(URLSAFE, 74)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(URLSAFE, 93) + "AA"


def google_key() -> str:
    return "AIza" + rs(URLSAFE, 35)


def hexs(n: int) -> str:
    return rs(HEX, n)


def sendgrid() -> str:
    return f"SG.{rs(URLSAFE, 22)}.{rs(URLSAFE, 43)}"


def npm_tok() -> str:
    return "npm_" + rs(ALNUM, 36)


def pypi_tok() -> str:
    return "pypi-AgEIcHlwaS5vcmc" + rs(URLSAFE, 120)


def jwt(payload: dict) -> str:
    def b(x: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(x, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{b({'alg': 'HS256', 'typ': 'JWT'})}.{b(payload)}.{rs(URLSAFE, 43)}"


def pem_body(nbytes: int = 1190) -> str:
    raw = base64.b64encode(bytes(_rng.getrandbits(8) for _ in range(nbytes))).decode()
    return "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))


def openssh_body() -> str:
    raw = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(B64, 330)
    return "\n".join(raw[i:i + 70] for i in range(0, len(raw), 70))


def wg_key() -> str:
    return base64.b64encode(bytes(_rng.getrandbits(8) for _ in range(32))).decode()


def b64_of(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


_WORDS = ("abandon ability absorb access acoustic actress adapt advice aerobic afford agent "
          "alarm album alley amazing anchor ankle apple arctic armor arrow asthma atom auction "
          "autumn avocado awake bacon badge bamboo banner barrel basket battle beach behave "
          "bench bicycle blanket blossom bonus border bounce brave breeze brick bronze bubble "
          "cabin cactus camera canal canyon carbon casino castle cattle celery cement cereal "
          "chalk charge cherry chimney cinnamon circle clever cliff clinic clock cloud coconut "
          "comet coral cotton cousin coyote crane crater cruise crystal cupboard curtain").split()


def seed_phrase(n: int = 12) -> str:
    return " ".join(_rng.choice(_WORDS) for _ in range(n))


def password(n: int = 14) -> str:
    pool = ALNUM + "!#$%&*+-=?@^_~"
    while True:
        p = rs(pool, n)
        if (any(c.isdigit() for c in p) and any(c.isupper() for c in p)
                and any(c.islower() for c in p)):
            return p


def url_safe_password(n: int = 16) -> str:
    while True:
        p = rs(ALNUM + "-_.~", n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
            return p


def human_password() -> str:
    w = _rng.choice(["Tractor", "Sunflower", "Marlin", "Pelican", "Harbor", "Juniper", "Falcon",
                     "Clover", "Otter", "Maple", "Granite", "Copper", "Lantern", "Walnut"])
    w2 = _rng.choice(["river", "moon", "barn", "tango", "quartz", "fjord", "pepper", "comet"])
    return f"{w}{w2}{_rng.randint(10, 99)}{_rng.choice('!?#$*&')}"


def digits(n: int) -> str:
    return rs(DIG, n)


def ukey(prefix: str, n: int, alpha: str = ALNUM) -> str:
    return prefix + rs(alpha, n)


_S: list[Secret] = []
_I: list[Innocent] = []


def S(id_: str, secret: str, text: str, **extra: str) -> None:
    t = textwrap.dedent(text).strip("\n")
    for k, v in extra.items():
        assert f"«{k}»" in t, (id_, k)
        t = t.replace(f"«{k}»", v)
    t = t.replace("§§", "\x00")  # "§§" = literal section sign
    assert "§" in t, id_
    t = t.replace("§", secret).replace("\x00", "§")
    _S.append(Secret(id_, t, secret))


def I(id_: str, text: str) -> None:
    _I.append(Innocent(id_, textwrap.dedent(text).strip("\n")))

# =====================================================================
# SECRETS - developer / ops carriers
# =====================================================================
S("api_key/cicd_github_actions_env_aws_secret", aws_secret(), """
    - name: Deploy artefacts to S3
      env:
        AWS_ACCESS_KEY_ID: «KID»
        AWS_SECRET_ACCESS_KEY: §
        AWS_DEFAULT_REGION: eu-west-1
      run: aws s3 sync ./dist s3://coop-harvest-portal-prod --delete
    """, KID=aws_key_id())

S("token/cicd_gitlab_clone_url_in_log", glpat(), """
    $ git clone https://oauth2:§@gitlab.internal.example-port.net/terminal-ops/berth-planner.git
    Cloning into 'berth-planner'...
    remote: Enumerating objects: 4821, done.
    Receiving objects: 100% (4821/4821), 9.31 MiB | 14.02 MiB/s, done.
    """)

S("token/cicd_github_pat_jenkins_groovy", ghp(), """
    pipeline {
      agent any
      environment {
        GH_TOKEN = '§'   // TODO move to credentials() before release
      }
      stages {
        stage('Tag') { steps { sh 'gh release create v4.12.0 --generate-notes' } }
      }
    }
    """)

S("token/cicd_npmrc_authtoken", npm_tok(), """
    # ~/.npmrc on build agent ci-runner-07
    registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=§
    always-auth=true
    """)

S("token/cicd_pypirc_password", pypi_tok(), """
    [distutils]
    index-servers = pypi

    [pypi]
    username = __token__
    password = §
    """)

S("api_key/kubernetes_secret_base64_data_field", b64_of(password(20)), """
    apiVersion: v1
    kind: Secret
    metadata:
      name: ledger-db-credentials
      namespace: payments
    type: Opaque
    data:
      username: bGVkZ2VyX2FwcA==
      password: §
    """)

S("password/kubernetes_kubectl_create_secret_flag", password(18), """
    ops@bastion-2:~$ kubectl -n grafana create secret generic grafana-admin \\
        --from-literal=admin-user=admin --from-literal=admin-password='§'
    secret/grafana-admin created
    """)

S("token/kubernetes_kubeconfig_bearer", "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + rs(URLSAFE, 40) + "." + rs(URLSAFE, 300) + "." + rs(URLSAFE, 342), """
    users:
    - name: ci-deployer@prod-eu
      user:
        token: §
    contexts:
    - context: {cluster: prod-eu, user: ci-deployer@prod-eu, namespace: web}
      name: prod-eu
    """)

S("password/kubernetes_helm_set_flag", human_password(), """
    helm upgrade --install rabbit bitnami/rabbitmq -n messaging \\
      --set auth.username=orders --set auth.password=§ \\
      --set replicaCount=3 --wait
    """)

S("conn_string/data_warehouse_airflow_postgres_uri", url_safe_password(16), """
    [2026-11-30T02:00:04.118+0000] {base.py:83} INFO - Using connection ID 'dwh_staging' for task execution.
    [2026-11-30T02:00:04.119+0000] {sql.py:412} DEBUG - uri=postgresql+psycopg2://etl_loader:§@dwh-staging.cluster-cq1x.eu-central-1.rds.amazonaws.com:5432/analytics
    [2026-11-30T02:00:05.902+0000] {sql.py:450} INFO - Running statement: TRUNCATE staging.meter_reads_raw
    """)

S("conn_string/data_warehouse_snowflake_python", password(22), """
    import snowflake.connector

    ctx = snowflake.connector.connect(
        user="SVC_DBT_PROD",
        password="§",
        account="ab12345.eu-west-1",
        warehouse="TRANSFORM_WH",
        database="ANALYTICS",
    )
    """)

S("conn_string/mobile_backend_mongodb_srv_urlencoded", urllib.parse.quote(password(14) + "@#", safe=""), """
    MONGO_URL=mongodb+srv://appsvc:§@cluster0.x7kqp.mongodb.net/fitness_tracker?retryWrites=true&w=majority
    """)

S("conn_string/ecommerce_redis_url_in_django_settings", hexs(32), """
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "rediss://default:§@shop-cache.redis.example-cloud.com:6380/1",
        }
    }
    """)

S("conn_string/energy_utility_dotnet_sqlserver", password(15), """
    "ConnectionStrings": {
      "MeterDb": "Server=tcp:sql-meter-prod.database.windows.net,1433;Initial Catalog=MeterReads;User ID=meterapi;Password=§;Encrypt=True;TrustServerCertificate=False;"
    }
    """)

S("api_key/azure_storage_account_key_connstr", b64_of(rs(ALNUM, 64))[:86] + "==", """
    DefaultEndpointsProtocol=https;AccountName=filmdailiesstore;AccountKey=§;EndpointSuffix=core.windows.net
    """)

S("api_key/mobile_backend_firebase_server_key_dotenv", "AAAA" + rs(URLSAFE, 7) + ":APA91b" + rs(URLSAFE, 134), """
    # .env.production  (push service)
    FCM_PROJECT=clubhouse-app-4471
    FCM_SERVER_KEY=§
    APNS_TOPIC=org.riverside.rowing
    """)

S("api_key/mobile_backend_google_maps_key_swift", google_key(), """
    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        GMSServices.provideAPIKey("§")
        FirebaseApp.configure()
        return true
    }
    """)

S("api_key/ml_training_openai_key_notebook", openai_key(), """
    In [3]: import os, openai
    In [4]: os.environ["OPENAI_API_KEY"] = "§"
    In [5]: client = openai.OpenAI()
    In [6]: client.models.list().data[:2]
    """)

S("api_key/ml_training_anthropic_key_tool_call_json", anthropic_key(), """
    {"tool": "write_file", "arguments": {"path": "eval/config.toml", "content": "[judge]\\nprovider = \\"anthropic\\"\\napi_key = \\"§\\"\\nmax_tokens = 1024\\n"}}
    """)

S("token/ml_training_huggingface_cli", "hf_" + rs(ALNUM, 34), """
    (train) gpu-node-12$ huggingface-cli login --token § --add-to-git-credential
    Token is valid (permission: write).
    Your token has been saved to /home/mlops/.cache/huggingface/token
    """)

S("api_key/ml_training_wandb_netrc", hexs(40), """
    machine api.wandb.ai
      login user
      password §
    """)

S("api_key/cicd_datadog_helm_values", hexs(32), """
    datadog:
      site: datadoghq.eu
      apiKey: §
      logs:
        enabled: true
        containerCollectAll: true
    """)

S("api_key/ecommerce_stripe_live_python", stripe_live(), """
    # payments/settings_prod.py
    STRIPE_PUBLISHABLE_KEY = "pk_live_51Kq2xYZ"  # truncated on purpose in docs
    STRIPE_SECRET_KEY = "§"
    STRIPE_API_VERSION = "2024-06-20"
    """)

S("signing_secret/ecommerce_stripe_webhook_secret_node", whsec(), """
    const event = stripe.webhooks.constructEvent(
      req.body,
      req.headers['stripe-signature'],
      '§'
    );
    """)

S("api_key/charity_stripe_restricted_key_chat", stripe_rk(), """
    [#donations-tech] Priya: the restricted key for the fundraising page is § - it can only create PaymentIntents, so it should be fine to paste into the Netlify env
    [#donations-tech] Tom: please don't paste keys in here :( rotating it now
    """)

S("token/cicd_slack_bot_token_yaml", slack_bot(), """
    notifications:
      slack:
        channel: "#deploys"
        bot_token: §
        on_failure: always
        on_success: change
    """)

_hook, _hooktok = slack_hook_path()
S("webhook/cicd_slack_incoming_webhook_curl", _hooktok, """
    curl -X POST -H 'Content-type: application/json' \\
      --data '{"text":"nightly ETL finished: 48 tables, 0 failures"}' \\
      «HOOK»
    """, HOOK=_hook.replace(_hooktok, "§"))

S("webhook/game_studio_discord_webhook_python", rs(URLSAFE, 68), """
    CRASH_WEBHOOK = "https://discord.com/api/webhooks/«ID»/§"

    def report_crash(build, dump_url):
        requests.post(CRASH_WEBHOOK, json={"content": f"Build {build} crashed: {dump_url}"})
    """, ID=rd(19))

S("token/home_automation_telegram_bot_token", f"{rd(10)}:AA{rs(URLSAFE, 33)}", """
    notify:
      - platform: telegram
        name: family_group
    telegram_bot:
      - platform: polling
        api_key: §
        allowed_chat_ids:
          - -1001827364519
    """)

S("token/home_automation_long_lived_access_token_curl", jwt({"iss": hexs(32), "iat": 1764547200, "exp": 2079907200}), """
    curl -s -H "Authorization: Bearer §" \\
         -H "Content-Type: application/json" \\
         http://homeassistant.local:8123/api/states/lock.front_door
    """)

S("password/home_automation_mqtt_mosquitto_cli", human_password(), """
    pi@garage:~ $ mosquitto_sub -h 192.168.1.40 -p 1883 -u zigbee2mqtt -P '§' -t 'zigbee2mqtt/#' -v
    zigbee2mqtt/bridge/state {"state":"online"}
    zigbee2mqtt/garage_door_sensor {"contact":true,"battery":91,"linkquality":120}
    """)

S("wifi/firmware_esp32_wifi_credentials_c", password(16), """
    // config.h  -- greenhouse sensor node v2
    #define WIFI_SSID     "CoopGreenhouse-2G"
    #define WIFI_PASS     "§"
    #define MQTT_BROKER   "10.0.4.2"
    #define SAMPLE_PERIOD_MS  30000
    """)

S("api_key/firmware_ota_signing_hmac_key_hex", hexs(64), """
    /* ota_verify.c */
    static const char *OTA_HMAC_KEY_HEX =
        "§";
    /* firmware images without a matching HMAC-SHA256 trailer are rejected */
    """)

S("private_key/firmware_rsa_pem_in_repo", pem_body(1190), """
    -----BEGIN RSA PRIVATE KEY-----
    §
    -----END RSA PRIVATE KEY-----
    """)

S("private_key/cicd_openssh_deploy_key_in_issue", openssh_body(), """
    Hi, deploy still fails with "Permission denied (publickey)". Here is the key I put into DEPLOY_KEY, maybe the format is wrong?

    -----BEGIN OPENSSH PRIVATE KEY-----
    §
    -----END OPENSSH PRIVATE KEY-----
    """)

S("private_key/kubernetes_wireguard_conf", wg_key(), """
    [Interface]
    Address = 10.8.0.3/24
    PrivateKey = §
    DNS = 10.8.0.1

    [Peer]
    PublicKey = «PUB»
    Endpoint = vpn.port-terminal.example:51820
    AllowedIPs = 10.0.0.0/16
    """, PUB=wg_key())

S("private_key/crypto_exchange_eth_hex_key_support_chat", "0x" + hexs(64), """
    Customer: my withdrawal to my own wallet is stuck, here is my wallet private key so you can check it: §
    Agent: Please never share a private key with anyone, including us. I have hidden your message; please move your funds to a new wallet immediately.
    """)

S("recovery_code/crypto_exchange_seed_phrase_ticket", seed_phrase(12), """
    Ticket #CX-448120 - Subject: can't restore wallet
    I wrote my recovery words on paper: § - the app says "invalid phrase" when I type them in. What am I doing wrong?
    """)

S("api_key/crypto_exchange_api_secret_python_ccxt", rs(ALNUM, 64), """
    exchange = ccxt.kraken({
        'apiKey': '«KEY»',
        'secret': '§',
        'enableRateLimit': True,
    })
    """, KEY=rs(ALNUM + "+/", 56))

S("token/mobile_backend_jwt_in_http_log", jwt({"sub": "usr_8814", "role": "admin", "exp": 1767225600}), """
    10.20.3.17 - - [05/Dec/2026:14:02:51 +0000] "GET /v2/admin/users?page=3 HTTP/1.1" 200 18234 "-" "okhttp/4.12.0" auth="Bearer §"
    """)

S("cookie/ecommerce_django_sessionid_curl", rs(LOALNUM, 32), """
    curl 'https://shop.example-bakery.com/account/orders/' \\
      -H 'accept: text/html' \\
      -H 'cookie: csrftoken=«CSRF»; sessionid=§' \\
      --compressed
    """, CSRF=rs(ALNUM, 32))

S("cookie/university_registrar_php_session_har", rs(LOALNUM, 26), """
    {"name": "Cookie", "value": "PHPSESSID=§; lang=en; _ga=GA1.2.1234567.1700000000"},
    {"name": "Referer", "value": "https://registrar.example-univ.edu/transcripts/request.php"}
    """)

S("cookie/cicd_express_connect_sid_in_test_output", "s%3A" + rs(URLSAFE, 32) + "." + urllib.parse.quote(rs(B64, 43), safe=""), """
    FAIL  tests/e2e/checkout.spec.ts
      ● checkout › keeps session
        Expected header: set-cookie
        Received: "connect.sid=§; Path=/; HttpOnly; Secure; SameSite=Lax"
    """)

S("oauth/family_assistant_google_refresh_token_json", "1//0g" + rs(URLSAFE, 98), """
    {
      "token_uri": "https://oauth2.googleapis.com/token",
      "client_id": "90347112233-kq8s7d6f5g4h3j2k1l0.apps.googleusercontent.com",
      "refresh_token": "§",
      "scopes": ["https://www.googleapis.com/auth/calendar"]
    }
    """)

S("oauth/freelancer_client_secret_env", "GOCSPX-" + rs(URLSAFE, 28), """
    XERO_CLIENT_ID=4F1C0B7D2E9A48B6A3C5D7E9F1A2B3C4
    XERO_CLIENT_SECRET=§
    XERO_REDIRECT_URI=http://localhost:5000/callback
    """)

S("oauth/data_warehouse_ms_refresh_token_python", "0.AR" + rs(URLSAFE, 8) + "." + rs(URLSAFE, 180), """
    token_cache = {
        "access_token": None,
        "refresh_token": "§",
        "expires_on": 0,
    }
    """)

S("api_key/game_studio_steam_web_api_key_ini", rs(HEX.upper(), 32), """
    [SteamWeb]
    AppId=2419870
    PublisherKey=§
    ; used by the leaderboard sync job only
    """)

S("api_key/invented_vendor_harvestline_farm_coop", "hvl_live_" + rs(LOALNUM, 40), """
    # Harvestline grain-marketplace integration (coop office PC)
    harvestline:
      base_url: https://api.harvestline.example/v3
      api_key: "§"
      member_id: COOP-0412
    """)

S("api_key/invented_vendor_portwise_container_port_header", "pwz-" + rs(UPALNUM, 8) + "-" + rs(UPALNUM, 8) + "-" + rs(UPALNUM, 8), """
    GET /v1/vessels/9321483/bay-plan HTTP/1.1
    Host: edi.portwise.example
    X-Portwise-Key: §
    Accept: application/json
    """)

S("api_key/invented_vendor_tillbox_bakery_pos_log", "tbx_sec_" + hexs(48), """
    2026-12-05 06:58:11 [tillbox-sync] INFO starting with config {'store': 'Bakery #2 Market St', 'secret_key': '§', 'interval': 300}
    2026-12-05 06:58:12 [tillbox-sync] INFO pulled 143 sales lines
    """)

S("api_key/invented_vendor_vetlink_clinic_js", "vlk." + rs(ALNUM, 12) + "." + rs(ALNUM, 30), """
    // lab-results.js - polls the reference lab for finished panels
    const client = new VetLinkClient({
      clinicId: 'CL-22817',
      apiSecret: '§',
    });
    """)

S("api_key/invented_vendor_skyroster_airline_crew_cli", "srk_" + rs(LOALNUM, 12) + "_" + rs(LOALNUM, 28), """
    $ skyroster-cli pull --base LHR --from 2026-12-07 --days 3 --api-key §
    Pulled 214 pairings, 61 reserve blocks. 3 legality warnings (see warnings.csv).
    """)

S("api_key/twilio_auth_token_sms_script_telecom", hexs(32), """
    from twilio.rest import Client
    account_sid = "AC«SID»"
    auth_token = "§"
    client = Client(account_sid, auth_token)
    client.messages.create(to="+447700900123", from_="+447480001234", body="Your engineer is on the way")
    """, SID=hexs(32))

S("api_key/sendgrid_key_php_school_pta", sendgrid(), """
    <?php
    $sg = new \\SendGrid('§');
    $email = new \\SendGrid\\Mail\\Mail();
    $email->setFrom('newsletter@oakfield-pta.example', 'Oakfield PTA');
    """)

S("api_key/mailgun_key_ruby_library", "key-" + hexs(32), """
    Mailgun.configure do |config|
      config.api_key = '§'
    end
    # overdue notices for Westbrook Public Library
    """)

S("token/digitalocean_terraform_tfvars_research_lab", "dop_v1_" + hexs(64), """
    # terraform.tfvars
    do_token      = "§"
    region        = "fra1"
    droplet_count = 4
    """)

S("token/hashicorp_vault_token_shell_history", "hvs." + rs(ALNUM, 24), """
      501  export VAULT_ADDR=https://vault.ops.example:8200
      502  export VAULT_TOKEN=§
      503  vault kv get secret/payroll/adp
      504  history | tail
    """)

S("token/shopify_admin_token_graphql_ecommerce", "shpat_" + hexs(32), """
    POST https://oakfield-cakes.myshopify.com/admin/api/2024-10/graphql.json
    X-Shopify-Access-Token: §
    {"query": "{ orders(first: 5) { edges { node { name totalPriceSet { shopMoney { amount } } } } } }"}
    """)

S("password/research_lab_docker_login_stdin_history", password(20), """
    $ echo '§' | docker login registry.lab.example-uni.org -u svc-microscopy --password-stdin
    Login Succeeded
    """)

S("password/data_warehouse_mysql_cli_p_flag", password(12), """
    root@etl-01:~# mysql -h 10.30.0.5 -u reporting -p§ -e "SELECT COUNT(*) FROM claims.fnol WHERE created_at > NOW() - INTERVAL 1 DAY"
    +----------+
    | COUNT(*) |
    +----------+
    |      318 |
    +----------+
    """)

S("password/cicd_pgpassword_env_in_traceback", password(17), """
    Traceback (most recent call last):
      File "/app/migrate.py", line 41, in <module>
        run(os.environ)
      File "/app/migrate.py", line 22, in run
        raise RuntimeError(f"migration failed with env {env!r}")
    RuntimeError: migration failed with env {'PGHOST': 'db.internal', 'PGUSER': 'migrator', 'PGPASSWORD': '§', 'PGDATABASE': 'permits'}
    """)

S("password/ml_training_jupyter_hashed_config_plain", human_password(), """
    # jupyter_server_config.py on dgx-03
    c.ServerApp.ip = '0.0.0.0'
    c.ServerApp.password_required = True
    c.PasswordIdentityProvider.hashed_password = passwd('§')
    """)

S("password/game_studio_perforce_p4passwd_bat", human_password(), """
    @echo off
    set P4PORT=ssl:perforce.studio.example:1666
    set P4USER=buildbot
    set P4PASSWD=§
    p4 sync //depot/Frostline/Main/...@latest
    """)

S("password/airline_ops_xml_acars_gateway_config", url_safe_password(14), """
    <gateway name="acars-ground" env="prod">
      <endpoint>https://acars-gw.ops.example-air.net:8443</endpoint>
      <credentials user="OPSCTL" password="§"/>
      <retry max="5" backoffMs="2000"/>
    </gateway>
    """)

S("password/container_port_toml_edi_sftp", password(16), """
    [edi.sftp]
    host = "sftp.harbour-edi.example"
    port = 22
    username = "terminal_b"
    password = "§"
    inbox = "/in/coprar"
    """)

S("password/insurance_claims_ini_legacy_mainframe", password(8).upper(), """
    [TN3270]
    host=mf01.claims.example-insure.com
    port=992
    userid=CLMBAT01
    passwd=§
    lu=CLMLU014
    """)

S("api_key/energy_utility_go_const", rs(UPALNUM, 40), """
    package meterapi

    const (
        baseURL   = "https://api.gridflex.example/v2"
        apiSecret = "§" // TODO: read from env
    )
    """)

S("api_key/permits_office_rust_header", "pk_" + rs(LOALNUM, 40), """
    let resp = client
        .post("https://gis.permits.example-city.gov/api/parcels/lookup")
        .header("X-Api-Key", "§")
        .json(&query)
        .send()
        .await?;
    """)

S("api_key/university_registrar_java_properties", rs(ALNUM, 48), """
    # registrar-sync.properties
    sis.base.url=https://sis.example-univ.edu/api
    sis.client.id=registrar-sync
    sis.client.secret=§
    sis.page.size=200
    """)

S("api_key/library_url_query_param_in_log", rs(HEX, 32), """
    2026-12-04 10:14:22 WARN  HoldsSync - slow response (4812 ms) from https://catalog.example-consortium.org/ilsws/rest/holds?branch=WBK&apikey=§&since=2026-12-04T00:00:00Z
    """)

S("webhook/charity_zapier_hook_with_secret_segment", rs(LOALNUM, 8), """
    New-donor automation: POST every JustGiving donation to https://hooks.zapier.com/hooks/catch/«ACC»/§/ - the last part is the key, keep the URL private.
    """, ACC=rd(8))

S("signing_secret/mobile_backend_jwt_hs256_secret_yaml", rs(ALNUM, 48), """
    auth:
      jwt:
        issuer: https://api.runclub.example
        algorithm: HS256
        secret: §
        access_ttl: 15m
    """)

S("signing_secret/sports_club_django_secret_key", "django-insecure-" + rs(LO + DIG + "!@#$%^&*(-_=+)", 50).replace("'", ""), """
    # settings.py  (Riverside Rowing Club members site)
    SECRET_KEY = '§'
    DEBUG = False
    ALLOWED_HOSTS = ['members.riverside-rowing.example']
    """)

S("api_key/github_fine_grained_pat_agent_thought", github_pat(), """
    Thought: The push failed with 403. The user gave me a token earlier in the conversation (§); I will set it as the remote credential and retry.
    Action: shell
    Action Input: git push origin feature/ledger-export
    """)

_awsw = aws_secret()
S("api_key/aws_secret_wrapped_in_narrow_terminal", _awsw[:22] + "\n" + _awsw[22:], """
    [default]
    aws_access_key_id = «KID»
    aws_secret_access_key = §
    region = us-east-2
    """, KID=aws_key_id())
# =====================================================================
# SECRETS - said by people (chat, calls, email, SMS, voicemail, notes)
# =====================================================================
S("door_code/farm_coop_grain_shed_sms", f"{_rng.randint(1000, 9999)}", """
    Hi Mark, delivery driver from Brennan Feeds here. Shed was locked - what's the keypad code? Thx
    > It's § then the green button. Pallets go left of the dryer please.
    """)

S("password/farm_coop_office_pc_handover_note", human_password(), """
    Handover notes - coop office, week 49
    - Milk cheque run is on Thursday, not Friday this week
    - The office PC login is still the old one: user "coopadmin", password §
    - Vet is booked for the heifers on Tues 9am
    """)

S("iban/farm_coop_member_payout_email_gb", iban_gb(), """
    From: jill.harrow@example-farm.net
    Subject: Change of bank details for milk payments

    Hi Sandra, we've moved banks. Please pay the milk cheque into § (account name: Harrow Farms Ltd) from January on.
    Thanks, Jill
    """)

S("pin/airline_ops_crew_portal_pin_phone_call", f"{_rng.randint(0, 999999):06d}", """
    Crew Control: ...and you can't get into the roster portal at all?
    FO Okafor: No, it locked me out after the reset. The temporary PIN they texted me was §, but it says expired.
    Crew Control: OK, I'll trigger another one. Don't read it out next time, just confirm you received it.
    """)

S("door_code/airline_ops_crew_room_cipher_lock_chat", f"{_rng.randint(1, 5)}{_rng.randint(1, 5)}{_rng.randint(1, 5)}{_rng.randint(1, 5)}{_rng.randint(1, 5)}", """
    [ops-chat 05:12] duty_mgr_STN: new crew room cipher lock combo from today is § (Simplex, push in order). Old combo stops working at 12:00.
    """)

S("password/sports_club_booking_system_whatsapp", human_password(), """
    [18:42] Dave (Treasurer): can someone book the 3G pitch for Sat? I'm away
    [18:44] Emma: I don't have a login
    [18:45] Dave (Treasurer): use the club one - bookings@riverside-fc.example / §
    [18:45] Dave (Treasurer): and please don't change it lol
    """)

S("door_code/sports_club_clubhouse_alarm_email", f"{_rng.randint(1000, 9999)}", """
    Hi all, for the Sunday tournament the first person in needs to switch the alarm off: the panel is behind the bar door, enter § and press OFF within 30 seconds. Last out sets it with the same code + SET.
    Cheers, Linda (Club Secretary)
    """)

S("national_id/university_registrar_ssn_email_to_registrar", us_ssn(), """
    Dear Registrar's Office,
    I need my enrolment verification for my loan servicer. My student number is 20231188 and my SSN is § in case you need it to find me.
    Kind regards, Marcus Webb
    """)

S("security_answer/university_registrar_portal_reset_chat", "Rosalind Okonkwo", """
    Agent: To verify your identity, what is the answer to your security question "What was the name of your first teacher?"
    Student: §
    Agent: Thank you, that matches. I've sent a reset link to your university email.
    """)

S("pin/public_library_patron_account_pin_desk_note", f"{_rng.randint(1000, 9999)}", """
    Post-it on circulation desk monitor:
    "Mrs. Alvarez (card ending 0417) can't use the self-checkout - she set her account PIN to § and keeps typing her birthday instead. Please remind her."
    """)

S("password/public_library_staff_wifi_poster_text", human_password(), """
    STAFF ROOM ONLY
    Staff Wi-Fi: WBK-Staff
    Key: §
    Patrons use WBK-Public (no password, accept terms page)
    """)

S("card_number/vet_clinic_phone_payment_transcript", visa(), """
    Receptionist: ...so that's £214.60 for Bramble's dental today. How would you like to pay?
    Owner: Card please. It's «SP»... sorry, I'll read it again slowly: §, expiry 09/28.
    Receptionist: And the three digits on the back?
    Owner: «CVV».
    """, SP="four", CVV=rd(3))

S("cvv/vet_clinic_phone_payment_cvv_only", rd(3), """
    Receptionist: And the security code on the back of the card, please?
    Owner: It's §.
    Receptionist: Thank you, that's gone through - receipt will be emailed.
    """)

S("door_code/vet_clinic_after_hours_key_safe_voicemail", f"{_rng.randint(1000, 9999)}", """
    Voicemail 21:47: "Hi, it's Dr. Patel. For the emergency cover tonight - the key safe by the back door is § - the controlled drugs key is in the safe inside. Call me if Luna's drip alarms again."
    """)

S("password/film_production_frame_io_share_email", human_password(), """
    Subject: Dailies - Day 14 (ep 3)

    Team, dailies are up on the review link as usual. Share password this week is § - please do NOT forward outside production. Picture lock for ep 2 is Friday.
    - Jess, Post Coordinator
    """)

S("door_code/film_production_location_gate_call_sheet", f"{_rng.randint(100000, 999999)}", """
    CALL SHEET - "Saltmarsh" - Day 22
    Unit base: Hollins Farm, Lower Road (postcode for sat-nav only, use second gate)
    Gate code: §   Crew parking on the left after the cattle grid.
    Crew call 06:30 / Shooting call 07:45 / Sunrise 07:58
    """)

S("card_number/hotel_front_desk_reservation_email", mastercard(), """
    Dear Front Desk,
    Please guarantee my booking (arrival 12 Dec, 3 nights, confirmation HX-8821-QT) with my Mastercard §, exp 11/27, name on card R. Lindqvist.
    Thank you!
    """)

S("cvv/hotel_front_desk_reservation_email_cvv", rd(3), """
    P.S. I forgot - the CVV is § if you need it for the pre-authorisation.
    Rebecka Lindqvist
    """)

S("door_code/hotel_front_desk_late_checkin_sms", f"{_rng.randint(1000, 9999)}#", """
    Welcome to The Mariner Inn! Reception closes at 22:00. For late arrival: front door code §, your key is in envelope 'LINDQVIST' on the shelf, room 14 on the 2nd floor.
    """)

S("wifi/hotel_front_desk_guest_wifi_card", rs(LO, 4) + rd(4), """
    Welcome, Room 14
    Network: Mariner-Guest
    Password: §
    Breakfast 7:00-10:00 in the Chart Room
    """)

S("national_id/permits_office_applicant_ssn_form_email", us_ssn(), """
    Re: Building permit application BP-2026-04417

    Hi, the online form kept rejecting my contractor licence field so I'm emailing the details. Owner: Carl Mendez, owner SSN §, parcel 104-22-019.
    """)

S("tax_id/permits_office_contractor_ein_phone", us_ein(), """
    Clerk: And the business tax ID for Mendez Construction?
    Caller: Federal EIN is §.
    Clerk: Thanks, and the licence is the state one ending 2291, right?
    """)

S("pin/telecom_support_account_pin_chat", f"{_rng.randint(1000, 9999)}", """
    Bot: For security, please confirm the 4-digit account PIN on your mobile account.
    Customer: §
    Bot: Thanks, you're verified. How can I help with your SIM swap today?
    """)

S("recovery_code/telecom_support_puk_code_chat", rd(8), """
    Customer: phone says SIM PUK locked, what do I do
    Agent: I've found your SIM. Your PUK code is § - enter it, then choose a new SIM PIN. Please don't guess, 10 wrong attempts will permanently block the SIM.
    """)

S("password/telecom_support_router_admin_password_call", password(10), """
    Engineer: OK, on the sticker on the bottom of the router there's an admin password, can you read it to me?
    Customer: Yeah, it says admin password §.
    Engineer: Great, log in at 192.168.1.1 with that and go to Wireless settings.
    """)

S("bank_account/energy_utility_direct_debit_call", rd(8), """
    Agent: I'll set up the direct debit now. What's your sort code?
    Customer: 20-45-77.
    Agent: And the account number?
    Customer: §.
    Agent: Thank you, your first collection will be on the 1st of January.
    """)

S("card_number/energy_utility_prepay_topup_chat_spaced", g4(visa()), """
    Customer: I want to top up £40 on my gas key, card is § exp 04/29 cvc «CVV»
    Agent: Thanks - for your security please don't type card details in chat; I'll send you a secure payment link instead.
    """, CVV=rd(3))

S("driver_licence/car_dealership_test_drive_form_email", "D" + rd(7), """
    Hi Tony, here are my details for Saturday's test drive of the Ioniq 5: name Sarah Whitfield, California driver's license §, exp 2029. See you at 10!
    """)

S("national_id/car_dealership_finance_application_sms", us_ssn(""), """
    Dealer: to finish the credit app I just need your social
    Customer: §
    Dealer: got it thanks, I'll run it with the bank now
    """)

S("bank_account/car_dealership_routing_account_pair_email", rd(10), """
    For the trade-in payout please wire to: Bank of the Midlands, routing «RT», account §, account holder Peter Nowak.
    """, RT=aba_routing())

S("routing_number/car_dealership_routing_in_pair", aba_routing(), """
    Customer: Deposit the refund to routing number § and account number «ACC», it's a checking account.
    """, ACC=rd(9))

S("national_id/insurance_claims_fnol_call_transcript", uk_nino(spaced=True), """
    Handler: And can you confirm your National Insurance number for the injury claim?
    Claimant: Yes, it's §.
    Handler: Thank you. And the other driver's registration?
    Claimant: KP19 XZT.
    """)

S("passport/insurance_claims_travel_claim_email", rd(9), """
    Claim TRV-558201 - lost baggage, flight BA0117
    Attached is the PIR from Heathrow. You asked for ID: UK passport number §, expiry 03/2031.
    Regards, Anita Shah
    """)

S("password/crypto_exchange_support_account_password_chat", password(16), """
    User: I've been locked out after changing phones. my password is § and my email is k.hughes@example.net, can you just log in and turn off 2FA?
    Support: We can't log into accounts for you. I've started a 2FA reset which requires a selfie verification.
    """)

S("recovery_code/crypto_exchange_2fa_backup_codes_paste", rs(LOALNUM, 5) + "-" + rs(LOALNUM, 5), """
    User: these are the backup codes I saved when I set up 2FA, none of them work:
    §
    «C2»
    «C3»
    «C4»
    """, C2=rs(LOALNUM, 5) + "-" + rs(LOALNUM, 5), C3=rs(LOALNUM, 5) + "-" + rs(LOALNUM, 5), C4=rs(LOALNUM, 5) + "-" + rs(LOALNUM, 5))

S("otp/crypto_exchange_withdrawal_otp_reply", f"{_rng.randint(0, 999999):06d}", """
    Support: Someone claiming to be from support asked for your code?
    User: yes they called and I read them the 6 digit code from the SMS, §, and then my BTC was gone
    """)

S("otp/family_assistant_bank_otp_forwarded_sms", f"{_rng.randint(0, 999999):06d}", """
    Forwarded from Mum: "Your Halvard Bank one-time passcode is §. Never share this code. If you didn't request it call us on 0345 000 1234."
    Mum: is this the thing you needed to set up my online banking?
    """)

S("password/family_assistant_netflix_password_group_chat", human_password(), """
    Family group chat
    Grandad: what's the netflix password again, the telly logged me out
    Sophie: email is the family gmail, password §
    Grandad: thank you love x
    """)

S("wifi/family_assistant_home_wifi_for_babysitter", rs(LO, 5) + "-" + rs(LO, 5) + "-" + rd(2), """
    Notes for Saturday (babysitter):
    - Bedtime 7:30 for Milo, 8:00 for Ava
    - Wi-Fi: "Hendersons_5G", password §
    - Emergency: we're at the Royal Oak, 07700 900456
    """)

S("security_answer/family_assistant_mothers_maiden_name", "Szczepańska", """
    User: can you fill in the bank's security questions for me? mother's maiden name is § and first car was a Fiat Panda
    Assistant: I can help you draft the answers, but I'd suggest typing them directly into the bank's site yourself.
    """)

S("security_answer/family_assistant_first_pet", "Mr Pickles", """
    Setup checklist for Dad's new pension login
    Memorable word: see envelope
    Security question - name of first pet: §
    """)

S("door_code/family_assistant_garage_keypad_reminder", f"{_rng.randint(100000, 999999)}", """
    Reminder (set by Ana for Thursday 08:00): Tell the plumber the garage keypad is § and the stopcock is under the sink.
    """)

S("iban/freelancer_invoice_footer_de_with_literal_section_sign", iban_de(), """
    Rechnung / Invoice 2026-117
    Illustration work, 14 spot illustrations for "Field Guide to Hedgerows"
    Total: EUR 3,850.00 (no VAT, Kleinunternehmer §§19 UStG)
    Please transfer within 14 days to IBAN: «IB» BIC: COBADEFFXXX
    """.replace("«IB»", "§"))

S("tax_id/freelancer_us_w9_email", us_ssn(), """
    Hi Laura, for your 1099 paperwork: I'm a sole proprietor, no EIN, so please use my SSN § on the W-9. Signed copy attached.
    """)

S("password/freelancer_client_shares_cms_login", human_password(), """
    Hey! Super excited to start. WordPress admin is at /wp-admin, username "mila.editor" and password §. Please change the hero image and the About page copy first.
    """)

S("card_number/charity_donation_phone_gift_amex", amex(), """
    Volunteer call log - Giving Day
    13:05 Mr. G. Adeyemi pledged £250, paying by Amex § exp 08/28, gift aid YES. Thank-you letter to 14 Cedar Close.
    """)

S("bank_account/charity_standing_order_form_ocr", rd(8), """
    STANDING ORDER MANDATE - Friends of Hilltop Hospice
    Name of account holder: Margaret Ellis
    Sort code: 40-12-76     Account no: §
    Amount: £15.00 monthly starting 01/01/2027
    """)

S("national_id/dental_practice_nhs_exemption_form_nino", uk_nino(), """
    Patient declaration - Universal Credit exemption
    Name: Thomas Brierley    DOB: 14/02/1988
    National Insurance number: §
    Signed: T. Brierley
    """)

S("door_code/property_mgmt_lockbox_tenant_email", f"{_rng.randint(1000, 9999)}", """
    Hi Anya, keys for your 9am viewing at 22 Larch Street are in the lockbox on the railings, code §. Please scramble the dials after you put them back.
    """)

S("password/law_firm_pdf_password_separate_email", human_password(), """
    Subject: Password for earlier email

    Dear Mr Osei, as discussed the draft settlement agreement was sent as an encrypted PDF. The password to open it is §.
    Best regards, Clarke & Hume LLP
    """)

S("bank_account/law_firm_completion_funds_routing_account", rd(12), """
    Completion statement - 41 Orchard Way
    Please send the balance of $18,240.55 to our client account: ABA «RT», account no. §, ref ORCH-41.
    """, RT=aba_routing())

S("pin/bakery_pos_manager_override_pin_chat", f"{_rng.randint(1000, 9999)}", """
    Saturday girl: the till wants a manager code to void the sale
    Owner: use § but only for voids, I can see every one in the report
    """)

S("wifi/bakery_pos_card_reader_wifi_support_chat", password(12), """
    Support: Which Wi-Fi network is the card reader joining?
    Owner: "Crumbs-Back-Office", password § - it connected fine last week.
    Support: That network is 5 GHz only; the reader needs 2.4 GHz.
    """)

S("national_id/payroll_hr_new_starter_form_de_steuer_id", de_steuer_id(), """
    Personalfragebogen - new starter, Munich office
    Name: Lukas Brenner   Start date: 05.01.2027
    Steuer-ID: §   Steuerklasse: I
    Krankenkasse: TK
    """)

S("national_id/payroll_hr_canada_sin_email", ca_sin(), """
    Hi HR, for my TD1 and payroll setup: SIN §, and direct deposit details to follow separately. Thanks, Amélie Côté
    """)

S("tax_id/payroll_hr_au_tfn_new_starter", au_tfn(), """
    Tax file number declaration - employee section
    Surname: Nguyen   Given names: Minh Anh
    Tax file number: §
    Australian resident for tax purposes: Yes
    """)

S("national_id/payroll_hr_india_aadhaar_chat", in_aadhaar(), """
    HR bot: Please share your Aadhaar number to link your PF account.
    Employee: §
    HR bot: Thanks Priya, your UAN linking request has been submitted.
    """)

S("passport/airline_ops_apis_passenger_data_message", rs("CFGHJKLMNPRTVWXYZ", 1) + rs("CFGHJKLMNPRTVWXYZ0123456789", 8), """
    APIS manifest correction - LH 2412 FRA-WAW 07DEC
    PAX 14C BRENNER/LUKAS MR  DOB 12MAR91  NAT DEU  DOC P/DEU/§/EXP 19AUG31
    """)

S("password/insurance_claims_voicemail_portal_password", human_password(), """
    Voicemail transcript (auto): "Hi, this is Graham Tully about claim CLM-77120-H, I've set up the portal login like you said, the password I used is §, can you check the photos uploaded? Thanks, bye."
    """)

S("oauth/telecom_support_agent_pastes_bearer_in_ticket", "ya29.a0" + rs(URLSAFE, 150), """
    Internal note (Tier 2): reproduced with the customer's session, token §. The numbers-porting endpoint returns 409 when the donor account has a PAC pending.
    """)

S("cookie/game_studio_support_player_shares_cookie", rs(HEX, 64), """
    Player: the launcher told me to send this to support: auth_session=§ ; can you restore my skins now?
    GM: Please never share that value - it lets anyone log in as you. I've invalidated it; log in again and change your password.
    """)
# =====================================================================
# SECRETS - mixed / odd carriers, encodings, non-English
# =====================================================================
_bu, _bp = "svc-claims", password(14)
S("password/insurance_claims_basic_auth_header_base64", b64_of(f"{_bu}:{_bp}"), """
    > POST /api/v1/claims/CLM-77120-H/documents HTTP/1.1
    > Host: claims-gw.example-insure.com
    > Authorization: Basic §
    > Content-Type: multipart/form-data; boundary=----7MA4YWxk
    < HTTP/1.1 201 Created
    """)

S("password/ecommerce_urlencoded_form_body_in_log", urllib.parse.quote("Sm0k3&Mirrors#" + rd(3), safe=""), """
    DEBUG request.body = b'email=dana.k%40example.com&password=§&remember=on&next=%2Faccount%2F'
    """)

_dcj_auth = b64_of("robot$ci-pusher:" + rs(ALNUM, 32))
S("token/kubernetes_dockerconfigjson_auth_field", _dcj_auth, """
    {
      "auths": {
        "harbor.port-ops.example": {
          "auth": "§"
        }
      }
    }
    """)

S("api_key/game_studio_html_hidden_input", "gsk_" + rs(ALNUM, 32), """
    <form id="telemetry-opt" method="post" action="/telemetry/settings">
      <input type="hidden" name="studio_api_key" value="§">
      <label><input type="checkbox" name="share_crash_dumps" checked> Share crash dumps</label>
      <button type="submit">Save</button>
    </form>
    """)

S("password/research_lab_markdown_table_credentials", human_password(), """
    ## Shared instruments

    | Instrument | Room | Login | Notes |
    |---|---|---|---|
    | Plate reader (Tecan) | B2.14 | `labuser` / `§` | export to S:\\\\Assays |
    | qPCR (QuantStudio) | B2.16 | badge login | book in calendar |
    """)

S("wifi/farm_coop_csv_site_wifi_inventory", password(13), """
    site,ssid,security,password,notes
    Main yard,Coop-Yard,WPA2,§,AP on grain dryer wall
    Weighbridge,Coop-Weigh,WPA2,(see vault),replaced Sept
    Shop,Coop-Shop-Guest,open,,captive portal
    """)

S("card_number/insurance_claims_ocr_form_intact_card", g4(mastercard()), """
    CLA1M F0RM - PART 4 REFUND DETA1LS
    Card hoIder narne: J0HN P. MARLOW
    Card nurnber: §
    Expiry: O6/29     Signature: ~~~~
    """)

_ocrcard = visa()
_OCR_SUB = {"0": "O", "1": "l", "5": "S", "8": "B"}
_ocrbad, _n_sub = "", 0
for _ch in g4(_ocrcard):
    if _ch in _OCR_SUB and _n_sub < 2:
        _ocrbad += _OCR_SUB[_ch]
        _n_sub += 1
    else:
        _ocrbad += _ch
assert _n_sub >= 1
S("card_number/hotel_ocr_registration_card_with_ocr_errors_inside", _ocrbad, """
    GUEST REGISTRATI0N CARD   Rm 2O8
    Narne: KOWALSKl, Anna     Nationality: PL
    Payment: VlSA §  exp 1l/27
    """)

_splitcard = g4(visa())
S("card_number/family_assistant_card_split_across_two_messages", _splitcard[:9] + "\n" + _splitcard[10:], """
    [20:14] Dad: the card for the flights is §
    [20:15] Dad: sorry pressed enter too early, that's the whole number
    """)

_nato = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
         "H": "Hotel", "K": "Kilo", "M": "Mike", "P": "Papa", "R": "Romeo", "T": "Tango", "W": "Whiskey"}
_natopw = rs("ABCDEFGHKMPRTW", 3) + rd(3)
S("password/airline_ops_phonetic_spelled_password_radio_log", " ".join(
    _nato.get(c, {"0": "Zero", "1": "One", "2": "Two", "3": "Three", "4": "Four", "5": "Five", "6": "Six",
                  "7": "Seven", "8": "Eight", "9": "Nine"}.get(c)) for c in _natopw), """
    Ops log 03:40Z: Line maintenance at MAN called re: EFB tablet lockout on G-EZTK. Gave temporary unlock passcode to engineer by phone: § (all caps). Engineer to change on first login.
    """)

S("iban/charity_iban_with_dashes_newsletter_draft", "-".join(g4(iban_nl()).split(" ")), """
    (DRAFT - do not send) Dear supporters, our bank changed! Please update your standing order to § (Stichting Zonnebloem Vrienden) - thank you!
    """)

S("national_id/payroll_hr_ssn_with_spaces_ocr_w4", us_ssn(" "), """
    Form W-4 (2026)   Step 1(a) First name and middle initial: DEANNA R   Last name: COLVIN
    Step 1(b) Social security number: §
    Address: 1180 Pine Hollow Rd, Greenville SC 29607
    """)

S("token/cicd_git_credential_url_x_access_token", "ghs_" + rs(ALNUM, 36), """
    [url "https://x-access-token:§@github.com/"]
        insteadOf = https://github.com/
    """)

S("token/cicd_pip_extra_index_url_token", rs(LOALNUM, 52), """
    # requirements-ci.txt
    --extra-index-url https://__token__:§@pkgs.dev.azure.com/contoso-ml/_packaging/ml-internal/pypi/simple/
    torch==2.5.1
    contoso-featurestore==0.19.3
    """)

S("password/container_port_sshpass_crontab", password(12), """
    # m h dom mon dow command
    */15 * * * * sshpass -p '§' scp edi@10.44.2.9:/out/baplie/*.edi /data/inbound/ >> /var/log/baplie.log 2>&1
    """)

S("password/data_warehouse_sql_create_user", password(18), """
    -- grant read-only role for the BI tool
    CREATE USER bi_metabase WITH PASSWORD '§';
    GRANT CONNECT ON DATABASE warehouse TO bi_metabase;
    GRANT USAGE ON SCHEMA marts TO bi_metabase;
    """)

S("password/mobile_backend_docker_compose_env", password(16), """
    services:
      api:
        image: ghcr.io/runclub/api:2.8.1
        environment:
          - DATABASE_URL=postgres://runclub@db:5432/runclub
          - POSTGRES_PASSWORD=§
          - REDIS_URL=redis://cache:6379/0
    """)

S("api_key/energy_utility_systemd_environment", rs(ALNUM, 32), """
    [Service]
    ExecStart=/opt/meterbridge/bin/meterbridge --listen :8088
    Environment="GRIDFLEX_API_SECRET=§"
    Restart=on-failure
    """)

S("api_key/ml_training_postman_collection_variable", rs(LOALNUM, 40), """
    {
      "info": {"name": "Labeling vendor API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
      "variable": [
        {"key": "baseUrl", "value": "https://api.labelforge.example/v1"},
        {"key": "apiKey", "value": "§", "type": "secret"}
      ]
    }
    """)

S("password/kubernetes_terraform_state_sensitive_plaintext", password(24), """
    {
      "type": "random_password",
      "name": "grafana_admin",
      "instances": [
        {"schema_version": 3, "attributes": {"id": "none", "length": 24, "result": "§", "special": true}, "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]}
      ]
    }
    """)

S("private_key/crypto_exchange_pgp_private_block_yaml", pem_body(700).replace("\n", "\n    "), """
    signing:
      pgp_private_key: |
        -----BEGIN PGP PRIVATE KEY BLOCK-----

        §
        -----END PGP PRIVATE KEY BLOCK-----
    """)

S("private_key/mobile_backend_ec_key_in_json_escaped", "\\n".join(pem_body(121).split("\n")), """
    {"type": "service_account", "project_id": "runclub-prod", "private_key_id": "«KID»", "private_key": "-----BEGIN PRIVATE KEY-----\\n§\\n-----END PRIVATE KEY-----\\n", "client_email": "push@runclub-prod.iam.gserviceaccount.com"}
    """, KID=hexs(40))

S("api_key/telecom_support_base64_encoded_config_blob", b64_of('{"provisioning_key":"' + rs(ALNUM, 30) + '","realm":"voip-uk"}'), """
    Device log (SIP ATA, model HT-802):
    [prov] fetched config blob: §
    [prov] applied, rebooting
    """)

# ---- non-English -------------------------------------------------------
S("iban/de_freelancer_email_bankverbindung", iban_de(), """
    Hallo Frau Krüger,
    anbei die Rechnung Nr. 2026-044 für das Lektorat. Bitte überweisen Sie den Betrag bis zum 20.12. auf mein Konto:
    IBAN: «IB»
    Viele Grüße, Jonas Albrecht
    """.replace("«IB»", "§"))

S("wifi/de_family_assistant_wlan_passwort", human_password(), """
    Für Oma zum Ausdrucken:
    WLAN-Name: FRITZ!Box 7590 KL
    WLAN-Passwort: §
    Der Fernseher verbindet sich automatisch, nur beim Tablet neu eingeben.
    """)

S("password/de_municipal_permits_buergerportal_phone", human_password(), """
    Sachbearbeiterin: Haben Sie sich schon im Bürgerportal registriert?
    Bürger: Ja, aber es klappt nicht. Mein Passwort ist § – ist das vielleicht zu lang?
    Sachbearbeiterin: Bitte nennen Sie mir nie Ihr Passwort. Ich schicke Ihnen einen Link zum Zurücksetzen.
    """)

S("national_id/fr_insurance_mutuelle_numero_secu", fr_nir(), """
    Bonjour, suite à mon accident, voici les informations demandées pour le dossier sinistre SIN-2026-8841 :
    Numéro de sécurité sociale : §
    Mutuelle : Harmonie, contrat 00471.
    Cordialement, Claire Dubois
    """)

S("door_code/fr_property_mgmt_digicode_sms", f"{_rng.randint(1, 9)}{rs('AB', 1)}{_rng.randint(100, 999)}", """
    Bonjour, pour l'état des lieux demain 10h : digicode de l'immeuble §, 3e étage porte gauche. La gardienne a un double des clés. Bonne soirée
    """)

S("iban/fr_charity_rib_virement", g4(iban_fr()), """
    Pour soutenir les Restos du Quartier par virement :
    Titulaire : Association Les Restos du Quartier
    IBAN : §
    Merci pour votre générosité !
    """)

S("national_id/es_hotel_checkin_dni", es_dni(), """
    Recepción: ¿Me permite su documento para el registro de viajeros?
    Huésped: Sí, mi DNI es §, no lo llevo encima pero me lo sé de memoria.
    Recepción: Gracias, necesitaré verlo mañana igualmente.
    """)

S("password/es_telecom_contrasena_router_chat", password(12), """
    Cliente: Hola, no me funciona el wifi después del cambio de router
    Agente: ¿Ha cambiado la contraseña de la red?
    Cliente: No, sigo usando la del adhesivo: §
    Agente: De acuerdo, vamos a reiniciar la línea desde aquí.
    """)

S("national_id/es_car_dealership_nie_form", es_nie(), """
    SOLICITUD DE FINANCIACIÓN - Concesionario Motor Levante
    Nombre: Oleksandr Petrenko   NIE: §
    Vehículo: SEAT Arona 1.0 TSI   Entrada: 3.000 €
    """)

S("national_id/it_codice_fiscale_vet_clinic_invoice", it_codice_fiscale(), """
    Clinica Veterinaria San Rocco - Fattura n. 1182/2026
    Cliente: Giulia Ferraro   Codice fiscale: §
    Prestazione: vaccinazione trivalente felina (gatto "Pepe")   Totale: € 68,00
    """)

S("pin/it_family_assistant_pin_bancomat", f"{_rng.randint(10000, 99999)}", """
    Nonna: tesoro, mi ricordi il PIN del bancomat? l'ho scritto da qualche parte ma non lo trovo
    Nipote: nonna è § ma cancellalo dopo averlo letto!
    """)

S("iban/it_freelancer_fattura_iban", iban_it(), """
    Fattura 37/2026 - Traduzione tecnica EN>IT manuale macchina imballatrice
    Pagamento: bonifico bancario a 30 gg, IBAN §, intestato a Marco Bellini.
    """)

S("national_id/nl_payroll_bsn_email", nl_bsn(), """
    Beste HR-afdeling,
    Voor mijn loonstrook heeft u nog mijn BSN nodig: §. Mijn IBAN stuur ik morgen.
    Met vriendelijke groet, Sanne de Vries
    """)

S("password/nl_sports_club_wachtwoord_ledenadministratie", human_password(), """
    Hoi allemaal, de ledenadministratie zit nu in Sportlink. Inloggen met penningmeester@hockeyclub-de-vliet.example en wachtwoord §. Niet doorsturen aub!
    """)

S("iban/nl_energy_utility_machtiging", iban_nl(), """
    Machtiging doorlopende SEPA-incasso - Energie Noord
    Naam: P. Jansen   IBAN: §
    Plaats: Groningen   Datum: 02-12-2026
    """)

S("national_id/pl_university_registrar_pesel", pl_pesel(), """
    Dzień dobry, w systemie USOS nie widzę mojej legitymacji. Podaję dane: Katarzyna Wiśniewska, nr albumu 318842, PESEL §. Proszę o pomoc.
    """)

S("password/pl_ecommerce_haslo_support", human_password(), """
    Klient: Nie mogę się zalogować do sklepu, hasło to § – na pewno dobrze wpisuję.
    Konsultant: Proszę nie podawać hasła na czacie. Wysłałem link do resetu na Pani e-mail.
    """)

S("iban/pl_charity_zbiorka_przelew", g4(iban_pl()), """
    Zbiórka na schronisko "Psia Łapa" – wpłaty na konto: § z dopiskiem "karma zima 2026".
    """)

S("national_id/sv_dental_practice_personnummer", se_personnummer(), """
    Tandvården Solna – ny patient
    Namn: Erik Lindholm   Personnummer: §
    Frikort: nej   Tidigare tandläkare: Folktandvården Sundbyberg
    """)

S("national_id/pt_br_car_dealership_cpf_whatsapp", br_cpf(), """
    Vendedor: Para a simulação do financiamento preciso do seu CPF
    Cliente: § - nome completo Ana Beatriz Souza
    Vendedor: Obrigado! Já volto com as parcelas.
    """)

S("national_id/fi_library_henkilotunnus_registration", fi_hetu(), """
    Helmet-kirjastokortin hakemus
    Nimi: Aino Virtanen   Henkilötunnus: §
    Osoite: Mannerheimintie 12 B 7, 00100 Helsinki
    """)

S("national_id/be_insurance_rijksregisternummer", be_national_number(), """
    Schadeaangifte - verzekeringsnemer: Pieter Claes, rijksregisternummer §, polis BA-228731.
    """)

S("national_id/ja_payroll_my_number", jp_my_number(), """
    人事部 御中
    年末調整の書類を提出します。マイナンバー（個人番号）は § です。
    扶養家族：なし
    営業部 佐藤 健一
    """)

S("password/ja_game_studio_test_account_password", password(12), """
    QAチームへ：本番サーバーのテスト用アカウントは qa_tester03、パスワードは「§」です。作業後にログアウトしてください。
    """)

S("national_id/zh_airline_ops_resident_id", cn_resident_id(), """
    旅客信息更正：乘客 王丽娟，身份证号 §，航班 MU5137 上海虹桥—北京首都，座位 32A。
    """)

S("card_number/zh_ecommerce_bank_card_customer_service", card("62", 19), """
    客户：退款请打到我的银行卡，卡号 §，开户行是招商银行。
    客服：好的，已为您登记退款申请，预计3-5个工作日到账。
    """)

S("password/zh_family_assistant_wifi_mima", password(10), """
    提醒：家里新的无线网络名称是 ChinaNet-Wang5G，密码是 §，明天装宽带的师傅来了告诉他一下。
    """)

S("national_id/ko_telecom_rrn_chat", kr_rrn(), """
    상담원: 본인 확인을 위해 주민등록번호를 말씀해 주세요.
    고객: § 입니다.
    상담원: 확인되었습니다. 요금제 변경 도와드리겠습니다.
    """)

S("password/ko_school_pta_bigmilbeonho", human_password(), """
    학부모회 공지: 바자회 신청 구글폼 관리자 계정 비밀번호는 § 입니다. 다른 분께 공유하지 말아 주세요.
    """)
# =====================================================================
# INNOCENT look-alikes (must come back unchanged)
# =====================================================================
I("innocent/cicd_git_log_commit_shas", f"""
    $ git log --oneline -5
    {hexs(7)} (HEAD -> main, origin/main) Bump terminal-ops chart to 3.4.1
    {hexs(7)} Fix berth window overlap when vessel ETA slips past midnight
    {hexs(7)} Merge pull request #412 from ops/feature/reefer-alerts
    {hexs(7)} Add reefer temperature alert thresholds
    $ git rev-parse HEAD
    {hexs(40)}
    """)

I("innocent/kubernetes_image_digest_in_deployment", f"""
    spec:
      containers:
        - name: ledger-api
          image: ghcr.io/example-pay/ledger-api@sha256:{hexs(64)}
          ports: [{{containerPort: 8080}}]
          resources: {{limits: {{cpu: "1", memory: 512Mi}}}}
    """)

I("innocent/docs_aws_documented_example_key_pair_judgement_doc_placeholder", """
    To configure the CLI, run `aws configure` and enter your access key. The AWS documentation uses the
    example values AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY - these are not real
    credentials and will be rejected by the service.
    """)

I("innocent/ecommerce_stripe_test_card_explicitly_labelled_test", """
    QA checklist - checkout (staging only)
    Use Stripe TEST card 4242 4242 4242 4242, any future expiry (e.g. 12/34), any CVC, any postcode.
    For a declined payment use test card 4000 0000 0000 0002.
    These numbers only work with sk_test_ keys in test mode.
    """)

I("innocent/hotel_receipt_masked_card_last4", """
    THE MARINER INN - FOLIO 88213
    Guest: Lindqvist, R.   Room 14   12/12/2026 - 15/12/2026
    Room 3 x £118.00 ........ £354.00
    Paid: Mastercard ************4417   Auth code 0B7Q21
    Thank you for staying with us!
    """)

I("innocent/cicd_env_file_with_shell_placeholders", """
    # .env.template - copy to .env and fill from the password manager
    DATABASE_URL=postgres://app:${DB_PASSWORD}@localhost:5432/app
    STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
    SENDGRID_API_KEY=
    JWT_SECRET=<generate with: openssl rand -hex 32>
    """)

I("innocent/kubernetes_config_with_vault_references_only", """
    database:
      host: pg-primary.payments.svc
      user: ledger_app
      password: "{{ with secret \\"kv/data/payments/ledger\\" }}{{ .Data.data.password }}{{ end }}"
    stripe:
      secret_key: vault:secret/data/payments/stripe#secret_key
    """)

I("innocent/readme_token_placeholder_angle_brackets", """
    ## Quick start
    ```bash
    export GITHUB_TOKEN=<your-token>
    ./scripts/release.sh --repo org/berth-planner --token "$GITHUB_TOKEN"
    ```
    Create the token under Settings > Developer settings > Personal access tokens with `repo` scope.
    """)

I("innocent/telecom_instructions_to_reset_pin_no_pin_value", """
    Agent: If you've forgotten your account PIN, open the app, go to Profile > Security > Reset PIN, and we'll text a code to your number ending 123. Choose a new 4-digit PIN that isn't your birth year.
    Customer: Great, I'll do that now, thanks.
    """)

I("innocent/payroll_hr_password_policy_discussion", """
    From IT: reminder that from 1 January passwords must be at least 14 characters, may not contain your name,
    and will no longer expire every 90 days. Use a passphrase of four random words and store it in the password manager.
    """)

I("innocent/farm_coop_shipping_tracking_numbers", f"""
    Parts order PO-2026-3318 (dryer bearings) shipped in 2 parcels:
    UPS 1Z{rs(UPALNUM, 6)}03{rd(8)}  - delivered, signed by M. HARROW
    UPS 1Z{rs(UPALNUM, 6)}03{rd(8)}  - out for delivery
    """)

I("innocent/freelancer_invoice_numbers_and_public_bic", """
    Invoice INV-2026-0117 issued 01/12/2026, due 15/12/2026
    Client PO: 4500118273   VAT reg: not registered
    Payment by bank transfer - account details on the attached PDF. BIC/SWIFT of our bank: COBADEFFXXX
    """)

I("innocent/mobile_backend_request_ids_uuids_in_log", f"""
    2026-12-05T09:14:02Z INFO  request_id={_rng.randbytes(16).hex()[:8]}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)} route=GET /v2/runs/{rd(7)} status=200 dur_ms=41
    2026-12-05T09:14:02Z INFO  trace_id={hexs(32)} span_id={hexs(16)} user_id=usr_8814
    """)

I("innocent/firmware_release_sha256_checksums", f"""
    greenhouse-node-v2.3.0.bin   sha256 {hexs(64)}
    greenhouse-node-v2.3.0.elf   sha256 {hexs(64)}
    Build: {hexs(8)} (2026-11-28, gcc 13.2, esp-idf v5.2.1)
    """)

I("innocent/airline_ops_gate_numbers_and_squawk_codes_not_pins", """
    BA0117 LHR-JFK  ETD 08:25  Gate B42  Stand 531  Tail G-XLEB
    ATC: squawk 4721, climb FL130.   PAX 214/1/7   Fuel 62.4t
    Note: gate change from B38, boarding 07:45. Squawk 7700 only in emergency.
    """)

I("innocent/container_port_container_and_imo_numbers", """
    BAPLIE summary - vessel MSC ALINA (IMO 9321483), voyage 612W
    Bay 14 row 02 tier 82: MSCU 462573 2, 40' reefer, +5.0C
    Bay 14 row 04 tier 82: TGHU 881204 7, 40' HC dry
    Seal numbers: ML-4406211, ML-4406212
    """)

I("innocent/vet_clinic_microchip_id_judgement_public_registry_id", """
    Patient: Bramble (Border terrier, F, 9y)   Microchip: 826098100447321 (registered with Petlog)
    Weight 8.6 kg. Dental scale + 2 extractions (106, 206). Meloxicam 1.5 mg/ml, 0.57 ml SID x 5 days.
    """)

I("innocent/public_library_isbns_and_call_numbers", """
    Holds ready at Westbrook:
    978-0-14-303943-3  "The Omnivore's Dilemma"  Call no. 394.1 POL
    978-1-4028-9462-6  "Field Guide to Hedgerows"  Call no. 578.73 FIE
    Pickup by 12/14. Item barcode 31822004417762 (library-owned item, not your card).
    """)

I("innocent/ml_training_run_ids_seeds_and_token_counts", f"""
    run: wandb.ai/labelforge/ner-finetune/runs/{rs(LOALNUM, 8)}
    seed: 1337   max_tokens: 4096   tokenizer: sentencepiece (vocab 32000)
    train_tokens: 1.82B   lr: 3e-4   warmup_steps: 2000
    checkpoint: s3://ml-artifacts/ner/ckpt-{rd(5)}/model.safetensors  sha256:{hexs(64)}
    """)

I("innocent/kubernetes_secret_key_ref_manifest_no_values", """
    env:
      - name: DB_PASSWORD
        valueFrom:
          secretKeyRef:
            name: ledger-db-credentials
            key: password
      - name: STRIPE_SECRET_KEY
        valueFrom: {secretKeyRef: {name: stripe, key: secret_key}}
    """)

I("innocent/cicd_log_with_masked_secrets_stars", """
    Run docker/login-action@v3
      with:
        registry: ghcr.io
        username: ci-bot
        password: ***
    Logging into ghcr.io...
    Login Succeeded!
    """)

I("innocent/home_automation_entity_ids_and_mac_addresses", """
    lock.front_door           unlocked   (Nuki 3.0, MAC 54:D2:72:1A:9C:04)
    sensor.garage_door        closed     (Zigbee IEEE 0x00158d0004a1b2c3)
    automation.night_lockdown last triggered 23:00
    """)

I("innocent/energy_utility_meter_numbers_judgement_not_secret", """
    Meter read submitted 01/12/2026
    Electricity MPAN 16 1100 0004 117 284   meter serial E10BG48812   reading 48213 kWh
    Gas MPRN 7340012219   meter serial G4A00931827   reading 12877 m3
    """)

I("innocent/car_dealership_vin_judgement_public_identifier", """
    Stock #U2291 - 2021 Hyundai Ioniq 5 Premium, 38,400 mi
    VIN KM8KN4AE5MU046817   Reg KP21 XZT   MOT to 11/2027
    Test drive booked Sat 10:00 with S. Whitfield (licence to be checked on arrival).
    """)

I("innocent/insurance_claim_references_only", """
    Claim CLM-77120-H - motor, third party
    Status: assessor appointed (ref AS-44108). Photos received 4/4. Courtesy car booked via Enterprise, res. 1188204.
    Next action: chase police report ref WMP-20261201-0331.
    """)

I("innocent/crypto_exchange_public_tx_hash_and_address", f"""
    Support: Your withdrawal was broadcast successfully.
    Tx hash: 0x{hexs(64)}
    To address: 0x{hexs(40)} (your external wallet, public)
    Confirmations: 34/12. Anyone can look this up on a block explorer.
    """)

I("innocent/film_production_timecodes_and_scene_numbers", """
    Day 22 wrap report: Sc 41A tk 3 circled (TC 14:22:07:11), Sc 42 tk 1-5, Sc 44 pickup.
    Camera A card A022_C004, B cam B022_C011. Sound roll 22. Picture lock ep 2: Friday.
    """)

I("innocent/game_studio_world_seed_and_build_ids", f"""
    Frostline nightly {rd(4)}.{rd(2)}  changelist @{rd(6)}
    Repro: new game, world seed 8841237905, difficulty Hard, go to grid Q-17 and dig.
    Crash bucket {hexs(16)} (1,204 reports).
    """)

I("innocent/permits_office_permit_and_parcel_numbers", """
    Permit BP-2026-04417 (single-storey rear extension) - parcel 104-22-019
    Status: plans examiner review. Fee paid $812.00 (receipt R-558120). Inspection ID to be issued after approval.
    """)

I("innocent/charity_registered_charity_number_public", """
    Friends of Hilltop Hospice is a registered charity in England and Wales (no. 1098765) and a company limited by guarantee (no. 04811220).
    Gift Aid lets us claim 25p for every £1 you donate.
    """)

I("innocent/law_firm_password_to_follow_separately_no_value", """
    Dear Mr Osei, please find attached the draft settlement agreement as an encrypted PDF. For security the password will be sent to you by text message to the number we hold on file.
    Best regards, Clarke & Hume LLP
    """)

I("innocent/crypto_exchange_otp_expired_no_code", """
    Your verification code has expired. Codes are valid for 10 minutes. Tap "Resend code" to get a new one.
    Never share your code with anyone - our staff will never ask for it.
    """)

I("innocent/python_code_generating_secret_no_literal", """
    import secrets

    def new_api_key(prefix: str = "tbx_sec_") -> str:
        # 48 hex chars of entropy; stored hashed (argon2) server-side
        return prefix + secrets.token_hex(24)
    """)

I("innocent/ecommerce_card_detection_regex_in_code", r"""
    CARD_RE = re.compile(r"\b(?:\d[ -]?){13,19}\b")

    def mask(s: str) -> str:
        return CARD_RE.sub(lambda m: "**** **** **** " + m.group()[-4:], s)
    """)

I("innocent/html_sri_integrity_hashes", f"""
    <link rel="stylesheet" href="https://cdn.example-cdn.net/bootstrap/5.3.3/css/bootstrap.min.css"
          integrity="sha384-{rs(B64, 64)}" crossorigin="anonymous">
    <script src="/static/app.{hexs(8)}.js" defer></script>
    """)

I("innocent/ssh_public_key_authorized_keys_public", f"""
    # ~/.ssh/authorized_keys on bastion-2
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(B64, 43)} maria@laptop
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(B64, 43)} ci-deployer
    """)

I("innocent/pgp_public_key_block_public", """
    -----BEGIN PGP PUBLIC KEY BLOCK-----

    """ + pem_body(300).replace("\n", "\n    ") + """
    -----END PGP PUBLIC KEY BLOCK-----
    (security@example-exchange.com - fingerprint on our website)
    """)

_flags_b64 = b64_of("LOG_LEVEL=debug\nENABLE_REEFER_ALERTS=true\nMAX_BERTHS=14\n")
I("innocent/kubernetes_configmap_base64_non_secret_judgement", f"""
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: feature-flags
    binaryData:
      flags.env: {_flags_b64}
    """)

I("innocent/family_assistant_contacts_phones_addresses", """
    Emergency contacts for the fridge door:
    Dr. Fiona Reid (GP) - 01632 960 118, Cedar Lane Surgery, 2 Cedar Lane
    Grandma Rose - 07700 900 456, rose.henderson@example.org
    Plumber (Dave Kerr) - 07700 900 812
    """)

I("innocent/de_password_forgotten_instructions", """
    Passwort vergessen? Klicken Sie auf der Anmeldeseite auf „Passwort zurücksetzen“. Sie erhalten einen Link per E-Mail,
    der 24 Stunden gültig ist. Unsere Mitarbeiter werden Sie niemals nach Ihrem Passwort oder Ihrer PIN fragen.
    """)

I("innocent/fr_reset_password_notice", """
    Votre mot de passe a été modifié avec succès le 05/12/2026 à 14h02. Si vous n'êtes pas à l'origine de cette
    modification, contactez le service client au 01 23 45 67 89 (numéro non surtaxé).
    """)

I("innocent/es_order_and_tracking_numbers", """
    Pedido n.º 100482 confirmado. Número de seguimiento Correos: PQ4F6K0721884560108012X.
    Entrega estimada: martes 9 de diciembre. Puede consultar el estado en la app con su correo electrónico.
    """)

I("innocent/ja_password_reset_notice", """
    パスワード再設定のご案内：ログイン画面の「パスワードをお忘れの方」から再設定してください。
    当社からパスワードや暗証番号をお尋ねすることはありません。お問い合わせ番号：INQ-20261205-0042
    """)

I("innocent/zh_order_tracking_numbers", """
    您的订单 202612050918334 已发货，顺丰运单号 SF1427739088213，预计明天送达。请勿向任何人透露验证码。
    """)

I("innocent/hotel_guest_wifi_open_network_no_password", """
    Free Wi-Fi: connect to "Mariner-Lobby" (open network, no password) and accept the terms on the welcome page.
    WIFI:T:nopass;S:Mariner-Lobby;;
    """)

I("innocent/docs_slack_webhook_placeholder_all_x", """
    Example from the docs: POST your JSON payload to
    https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
    Replace the placeholder with the URL shown when you add the Incoming Webhooks app.
    """)

I("innocent/kubernetes_kubectl_get_secrets_listing", """
    $ kubectl -n payments get secrets
    NAME                    TYPE                             DATA   AGE
    ledger-db-credentials   Opaque                           2      41d
    stripe                  Opaque                           2      41d
    harbor-pull             kubernetes.io/dockerconfigjson   1      112d
    """)

I("innocent/kubernetes_terraform_plan_sensitive_redacted", """
      # random_password.grafana_admin will be created
      + resource "random_password" "grafana_admin" {
          + id      = (known after apply)
          + length  = 24
          + result  = (sensitive value)
          + special = true
        }
    """)

I("innocent/firmware_register_addresses_crc_and_public_documented_flash_unlock_keys_judgement", """
    #define FLASH_KEYR   (*(volatile uint32_t *)0x40022004)
    #define FLASH_KEY1   0x45670123u  /* unlock sequence from the reference manual */
    #define FLASH_KEY2   0xCDEF89ABu
    /* image CRC32 = 0x9A3F11C2, magic 0xDEADBEEF */
    """)

I("innocent/data_warehouse_sql_hashing_emails", """
    SELECT md5(lower(trim(email))) AS email_hash,
           count(*) AS orders,
           sum(total_cents) / 100.0 AS revenue
    FROM marts.orders
    WHERE order_date >= DATE '2026-11-01'
    GROUP BY 1
    HAVING count(*) > 3;
    """)

I("innocent/sports_club_fixtures_scores_fees", """
    Sat 13 Dec: Riverside FC 3-1 Hollins Utd (Okafor 12', 58', Reid 77'). Kit numbers for Sunday: 1, 4, 7, 9, 14.
    Subs due: £4471 outstanding across 38 members - please pay £120 by 31 Dec. Pitch 3G booked 09:00-11:00.
    """)

I("innocent/stack_trace_with_memory_addresses", """
    Fatal error in libgame.so: SIGSEGV at 0x00007f3a9c21e4b0
      #0 0x00007f3a9c21e4b0 in WorldStreamer::LoadCell(int, int) (streamer.cpp:418)
      #1 0x00007f3a9c1f0a12 in JobSystem::Worker() (jobs.cpp:92)
    build-id: 4f1c0b7d2e9a48b6a3c5d7e9f1a2b3c4d5e6f708
    """)

I("innocent/property_mgmt_lockbox_code_will_be_sent_later", """
    Hi Anya, the keys for 22 Larch Street will be in the lockbox on the railings. I'll text you the code on the morning of the viewing, and change it again afterwards.
    """)

I("innocent/bank_masked_iban_and_ssn_last4_judgement", """
    We received your payment from the account ending 4410 (IBAN DE** **** **** **** **44 10).
    Your tax form shows SSN ***-**-6789; if this is wrong, call us - do not email the full number.
    """)

I("innocent/cicd_rotation_note_no_value", """
    Rotated the Stripe live secret key at 14:05 UTC after it was pasted in #donations-tech. New key is in 1Password item "Stripe prod (charity)"; Netlify env updated; old key revoked. No further action needed.
    """)

I("innocent/ml_training_hyperparams_with_token_words", """
    model:
      tokenizer: bert-base-cased
      max_position_embeddings: 512
      special_tokens: ["[CLS]", "[SEP]", "[PAD]", "[MASK]"]
    training:
      batch_size_tokens: 65536
      secret_sauce: label smoothing 0.1   # joke name from the paper, not a credential
    """)

I("innocent/mobile_backend_jwt_structure_explanation_no_token", """
    A JWT has three base64url parts separated by dots: header.payload.signature. The header usually starts with "eyJ" because it encodes '{"'.
    Never log the full token; log the `jti` claim instead (e.g. jti=3f6c2a1e).
    """)

I("innocent/cicd_github_actions_secrets_context_expressions", """
    - name: Publish
      run: npm publish --access public
      env:
        NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
        SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
    """)

I("innocent/energy_utility_customer_reference_and_bill_amounts", """
    Your December bill: customer reference 8800 4127 331, bill number 60019928.
    Amount due £142.18 by direct debit on 02/01/2027 from your account ending ...12.
    """)

I("innocent/airline_ops_eticket_numbers_judgement_ticket_not_secret", """
    Reissue done for PAX BRENNER/LUKAS MR: e-ticket 220-2419933817 (old 220-2419870014 voided).
    LH 2412 FRA-WAW 07DEC Y class, seat 14C, bag 1PC.
    """)

I("innocent/university_registrar_course_codes_rooms", """
    Spring 2027 timetable changes: CHEM 2410 moves to Harlow Hall 112; MATH 3305-02 now TR 09:30-10:45.
    Transcript request TR-2026-88120 completed and emailed to the student.
    """)

I("innocent/bakery_pos_receipt_masked_pan_auth_code_judgement_approval_code_not_otp", """
    CRUMBS BAKERY - MARKET ST
    2x Sourdough        £9.00
    1x Cinnamon bun     £3.20
    CONTACTLESS VISA    ************7781
    AUTH 482913   TID 29004417   Thank you!
    """)

I("innocent/dental_appointment_reminder_sms", """
    Tandvården Solna: Reminder - appointment Tue 9 Dec 14:30 with Dr. Ek. Reply C to confirm or ring 08-123 456 78 to change. Ref 4471.
    """)

I("innocent/school_pta_minutes_about_password_rotation", """
    PTA minutes 3 Dec: Treasurer reported the bank login was changed after handover and only the chair and treasurer now know it.
    Action: set up a shared password manager vault before the summer fair. No passwords to be written in minutes or emails.
    """)

I("innocent/research_lab_sample_ids_and_plate_barcodes", """
    Plate P-2026-1204-A (barcode 00194722831)
    A1-A12: HeLa siRNA KD (ctrl, KIF11-1, KIF11-2), triplicates
    Sample IDs: HL-4471-01 .. HL-4471-12   Stored -80C rack 3, box 7
    """)

I("innocent/nl_order_confirmation_bestelnummer", """
    Bedankt voor je bestelling! Bestelnummer 4021-8837-1190. Je pakket wordt bezorgd door PostNL, track & trace 3SABCD1234567.
    """)

I("innocent/pl_password_change_instructions", """
    Aby zmienić hasło, wejdź w Ustawienia > Bezpieczeństwo > Zmień hasło. Nowe hasło musi mieć co najmniej 12 znaków.
    Nigdy nie podawaj hasła konsultantowi.
    """)

I("innocent/it_appointment_reminder_vet", """
    Clinica Veterinaria San Rocco: promemoria richiamo vaccino per "Pepe" il 14/01/2027 ore 17:30. Per disdire chiamare lo 02 1234 5678.
    """)

I("innocent/sv_delivery_tracking_number", """
    Ditt paket är på väg! Kolli-ID 00370733741234567890 med PostNord. Hämtas på ICA Nära Solna senast 16 december.
    """)

I("innocent/pt_tracking_and_order_code", """
    Seu pedido #BR-7712048 foi enviado. Código de rastreio dos Correios: QB123456789BR. Não compartilhe sua senha com ninguém.
    """)

I("innocent/env_example_with_changeme_placeholders_judgement", """
    # .env.example  (committed; real values live in the deploy vault)
    POSTGRES_USER=runclub
    POSTGRES_PASSWORD=changeme
    REDIS_URL=redis://cache:6379/0
    JWT_SECRET=replace-me
    """)

I("innocent/docker_compose_secrets_from_files", """
    services:
      db:
        image: postgres:16.4
        environment:
          POSTGRES_PASSWORD_FILE: /run/secrets/db_password
        secrets: [db_password]
    secrets:
      db_password:
        file: ./secrets/db_password.txt
    """)

I("innocent/ecommerce_orders_csv_with_payment_intent_ids_judgement_ids_not_secrets", "order_id,created_at,customer_email,total,payment_ref,status\n" + "\n".join(
    f"{100480 + i},2026-12-0{1 + i}T10:1{i}:00Z,customer{i}@example.com,{12 + i * 7}.50,pi_{rs(ALNUM, 24)},paid"
    for i in range(4)))

I("innocent/cicd_package_lock_integrity_hashes", f"""
    "node_modules/lodash": {{
      "version": "4.17.21",
      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
      "integrity": "sha512-{rs(B64, 86)}=="
    }}
    """)

I("innocent/ko_notice_no_password", """
    안내: 고객센터 직원은 절대로 비밀번호나 인증번호를 묻지 않습니다. 주문번호 20261205-7781 배송이 시작되었습니다.
    """)

I("innocent/public_library_open_wifi_qr", """
    Free Wi-Fi in all branches - scan to join:
    WIFI:T:nopass;S:WBK-Public;;
    Sessions are limited to 4 hours. Printing from Wi-Fi costs 10p per page.
    """)

I("innocent/farm_coop_gate_and_field_numbers_not_codes", """
    Silage pickup: use Gate 3 off Lower Road (not Gate 1, bridge weight limit 7.5t). Clamp is in field 0412, next to trough 7.
    Weighbridge ticket WB-2026-1187: 28,460 kg gross.
    """)

I("innocent/telecom_ticket_and_speed_test", """
    Ticket INC0048812 - slow broadband. Speed test 05/12 21:04: 18.2 Mbps down / 4.9 Mbps up, ping 31 ms.
    Router: model HG659, firmware 1.0.1.143, serial 2102311QGK10H8000317. Engineer visit booked 09/12 AM.
    """)

I("innocent/game_studio_otp_settings_discussion_no_code", """
    Design note: login OTPs will be 6 digits, valid 5 minutes, max 5 attempts; recovery codes are 10 x 10 chars shown once at enrolment.
    Sample UI copy: "Enter the 6-digit code from your authenticator app".
    """)

I("innocent/insurance_claims_form_blank_sensitive_fields", """
    CLAIM FORM - PART 4 REFUND DETAILS
    Card number: ____ ____ ____ ____
    National Insurance number: __ __ __ __ __
    Please leave these blank and call us on 0345 600 1122 - we will take payment details over the phone.
    """)

I("innocent/crypto_exchange_seed_phrase_warning_no_words", """
    Your 12-word recovery phrase is the only way to restore your wallet. Write it on paper, keep it offline, and never type it into a website, chat, or support ticket.
    We will never ask for it.
    """)

I("innocent/charity_campaign_codes_and_amounts", """
    Giving Day totals: £18,240 from 412 donors. Top appeal codes: XMAS26-EM (£6,120), XMAS26-SM (£4,880).
    Matched funding from the Harrow Trust up to £5,000. Gift Aid claim ref GA-2026-12.
    """)


# =====================================================================
# public tuples + self-check
# =====================================================================
SECRETS: tuple[Secret, ...] = tuple(_S)
INNOCENT: tuple[Innocent, ...] = tuple(_I)


def _digits(x: str) -> str:
    return "".join(c for c in x if c.isdigit())


def _self_check() -> None:
    ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, f"duplicate ids: {dup}"
    for x in SECRETS:
        assert x.secret, x.id
        assert x.secret in x.text, x.id
        assert x.id.count("/") == 1, x.id
    secret_texts = {x.text for x in SECRETS}
    for y in INNOCENT:
        assert y.text not in secret_texts, y.id
        assert y.id.startswith("innocent/"), y.id
    # check digits of generated identifiers
    for x in SECRETS:
        cat, ctx = x.id.split("/")
        v = x.secret
        if cat == "card_number" and "ocr_errors_inside" not in ctx:
            assert luhn_ok(v), x.id
        if "ocr_errors_inside" in ctx:
            fixed = v.translate(str.maketrans("OlSB", "0158"))
            assert fixed != v and luhn_ok(fixed), x.id
        if cat == "iban":
            assert iban_ok(v.replace("-", "").replace(" ", "")), x.id
        if cat == "routing_number":
            assert aba_ok(v), x.id
        if "aadhaar" in ctx:
            assert verhoeff_ok(_digits(v)), x.id
        if "steuer_id" in ctx:
            assert de_steuer_ok(v), x.id
        if "bsn" in ctx:
            assert nl_bsn_ok(v), x.id
        if "canada_sin" in ctx:
            assert luhn_ok(v), x.id
        if "personnummer" in ctx:
            assert luhn_ok(_digits(v)), x.id
        if "numero_secu" in ctx:
            d = _digits(v)
            assert 97 - int(d[:13]) % 97 == int(d[13:]), x.id
        if "dni" in ctx:
            assert "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8], x.id
        if "codice_fiscale" in ctx:
            t = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(v[:15]))
            assert chr(65 + t % 26) == v[15], x.id
        if "pesel" in ctx:
            w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]
            assert sum(int(c) * k for c, k in zip(v, w)) % 10 == 0, x.id
        if "resident_id" in ctx:
            w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
            assert "10X98765432"[sum(int(c) * k for c, k in zip(v, w)) % 11] == v[17], x.id
        if "cpf" in ctx:
            d = [int(c) for c in _digits(v)]
            for n in (9, 10):
                assert (sum(a * b for a, b in zip(d[:n], range(n + 1, 1, -1))) * 10) % 11 % 10 == d[n], x.id
        if "au_tfn" in ctx:
            w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
            assert sum(int(c) * k for c, k in zip(_digits(v), w)) % 11 == 0, x.id
        if "henkilotunnus" in ctx:
            assert "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10], x.id
        if "rijksregisternummer" in ctx:
            d = _digits(v)
            assert 97 - int(d[:9]) % 97 == int(d[9:]), x.id
        if "rrn" in ctx:
            d = _digits(v)
            w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
            assert (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10 == int(d[12]), x.id
    # wrapped / split secrets really span lines
    assert any("\n" in x.secret for x in SECRETS)


_self_check()

if __name__ == "__main__":
    cats = sorted({x.id.split("/")[0] for x in SECRETS})
    print(f"secrets={len(SECRETS)} innocent={len(INNOCENT)} categories={len(cats)}")
    print(f"settings={len(SETTINGS)} languages={len(LANGUAGES)}")
    unused = [st for st in SETTINGS if not any(st in x.id for x in SECRETS + INNOCENT)]
    print("settings without an id mention:", unused)
    print(", ".join(cats))
