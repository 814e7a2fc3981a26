"""Independent secret-redaction test corpus c16.

Written Mon Dec  7 05:51:14 UTC 2026 by a helper that did not see the redactor, its rules, its tests
or any earlier corpus; built from general knowledge of what coding agents
(Claude Code / Codex / Cursor / Aider style) and office/browser agents record.

Counts: 272 SECRETS, 135 INNOCENT (407 texts, all ids unique).

Id scheme: "<setting>/<language>/<name>" for secrets, "innocent/<language>/<name>"
for look-alikes.  Language codes may carry a region (pt-br, fr-ca, de-ch) or a
mix (de-en, ja-en, hi-en = Hinglish, ...).

SECRETS per setting: file 63, form 50, chat 47, bash-output 26, tool-call 15, http 13, code 12, doc 10, mail 8, sms 8, git-diff 6, log 5, ci-log 4, stacktrace 3, agent-log 2.

SECRETS per language tag: en 137, de 14, es 9, zh 9, fr 8, ja 8, ko 6, ru 6, it 5, nl 5, pl 5, pt 5, ar 4, tr 4, he 3, hi 3, sv 3, th 3, vi 3, cs 2, fa 2, fi 2, id 2, pt-br 2, ro 2, uk 2, bn 1, ca 1, da 1, de-ch 1, de-en 1, el 1, es-cl 1, es-en 1, fr-ca 1, fr-en 1, hi-en 1, hu 1, ja-en 1, ko-en 1, no 1, sw 1, tl 1, zh-en 1.

INNOCENT per language tag: en 79, de 6, fr 4, ar 3, it 3, ja 3, ko 3, pt 3, ru 3, zh 3, es 2, he 2, hi 2, id 2, nl 2, pl 2, tr 2, vi 2, bn 1, cs 1, da 1, fa 1, no 1, sw 1, th 1, tl 1, uk 1.

Human languages other than English (32): ar, bn, ca, cs, da, de, el, es, fa, fi, fr, he, hi, hu, id, it, ja, ko, nl, no, pl, pt, ro, ru, sv, sw, th, tl, tr, uk, vi, zh;
own scripts used where they have one (Cyrillic, CJK, Hangul, Arabic, Hebrew,
Devanagari, Bengali, Thai, Greek, Persian).

Settings covered: env dumps / printenv / history / ps; agent tool calls as JSON
(Bash, Edit, Write, WebFetch, Codex shell with JSON-in-JSON escaping, browser
fill/type actions); file contents (.env, YAML/properties, docker-compose, k8s
Secret and kubeconfig, terraform state and .terraformrc, .netrc, .npmrc,
.pypirc, docker config.json, .git-credentials, pip.conf, maven/gradle, PEM /
OpenSSH / PGP / age private keys, GCP service-account JSON, MCP and editor
configs, notebooks); git diff / git log -p / commit messages; CI logs; stack
traces and debug logs; HTTP dumps (curl -v, raw requests, HAR, Set-Cookie,
urlencoded form bodies, OAuth responses, mitmproxy); cloud CLI output (aws sts /
iam / s3 presign, gcloud, gsutil signurl, az, kubectl, helm, terraform output,
vault, docker login); users pasting passwords/tokens in chat; OTP / TAN codes
read from mail and SMS; magic and reset links; card numbers, CVV, PINs typed
into forms; IBANs and bank accounts; national ids; passport numbers; recovery
and backup codes, TOTP seeds, BIP39-style seed phrases, wallet private keys;
credentials found in spreadsheets, PDFs and forwarded mail.
Hard cases: values wrapped over several lines, card split over four inputs,
JSON escaped inside JSON, base64 (k8s data, docker auth, Basic headers),
URL-encoded passwords, markdown/TSV/CSV tables, unlabelled tokens, labels
several lines away from the value, mixed-language chat.

INNOCENT look-alikes: commit hashes, sha256/md5 sums, npm/yarn/go.sum/Cargo/
poetry/pip integrity hashes, SRI, git-lfs oids, container ids and image
digests, pod names, UIDs, UUIDs, request/trace ids, ARNs and cloud resource
ids, SSH/GPG/PEM public keys, certificates and fingerprints, age recipients,
versions, ports, error codes, placeholders (<your-token>, ${DB_PASSWORD},
changeme, xxxx, ${{ secrets.X }}), code reading secrets from env, masked
values, talk about passwords/OTPs/seed phrases without a value, vendor object
ids (ch_, pi_, msg_, toolu_), wallet addresses and tx hashes, order / invoice /
tracking numbers, public company registration numbers, phone numbers, dates.

How values are generated: every secret is synthetic, produced at import time
from one random.Random(1620261207) stream; shapes follow the real formats
(vendor prefixes and lengths for AWS, GitHub, GitLab, Slack, Stripe, OpenAI,
Anthropic, Google, SendGrid, Twilio, Mailgun, npm, PyPI, Docker Hub, Hugging
Face, Shopify, Discord, Telegram, Vault, Atlassian, Okta, DigitalOcean,
Terraform Cloud, Pulumi, Grafana, Sentry, Alibaba, Tencent, Yandex, Groq,
LangSmith, Databricks, JFrog, Azure, Square, ...; JWTs with real base64url
JSON; Luhn-valid cards; mod-97-valid IBANs; national ids with valid check
digits: PESEL, DNI/NIE, NIR, BSN, personnummer, HETU, fødselsnummer, CPR, CPF,
CNPJ, Chinese resident id, Korean RRN, My Number, Aadhaar (Verhoeff), SSN
format, SIN, NINO, TC Kimlik, Teudat Zehut, NIF, RUT, Thai id, INN, CNP, rodné
číslo, codice fiscale, Steuer-ID).  None is a real credential.  Company
numbers, phone numbers and tracking numbers in INNOCENT are sample values.
"""
from typing import NamedTuple
import base64
import json
import random
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

# ---------------------------------------------------------------------------
# synthetic value generators (one fixed seed; nothing here is a real credential)
# ---------------------------------------------------------------------------
_R = random.Random(1620261207)
AN = string.ascii_letters + string.digits
UPD = string.ascii_uppercase + string.digits
LOD = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
DIG = "0123456789"
URLSAFE = AN + "-_"


def S(id_: str, text: str, secret: str) -> None:
    SECRETS.append(Secret(id_, text, secret))


def I(id_: str, text: str) -> None:
    INNOCENT.append(Innocent(id_, text))


def rs(n: int, alphabet: str = AN) -> str:
    return "".join(_R.choice(alphabet) for _ in range(n))


def hx(n: int) -> str:
    return rs(n, HEX)


def dg(n: int) -> str:
    return _R.choice("123456789") + rs(n - 1, DIG)


def rbytes(n: int) -> bytes:
    return bytes(_R.getrandbits(8) for _ in range(n))


def b64(n: int) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64u(n: int) -> str:
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def uuid4() -> str:
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + _R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64e(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64ue(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


# --- vendor-shaped keys ----------------------------------------------------
def aws_akid(prefix: str = "AKIA") -> str:
    return prefix + rs(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return rs(40, AN + "+/")


def aws_session() -> str:
    return "IQoJb3JpZ2luX2VjE" + rs(300, AN + "+/") + "=="


def gh(prefix: str = "ghp_") -> str:
    return prefix + rs(36)


def gh_fine() -> str:
    return "github_pat_11" + rs(20, UPD) + "_" + rs(59)


def glpat() -> str:
    return "glpat-" + rs(20, URLSAFE)


def slack_bot() -> str:
    return f"xoxb-{dg(12)}-{dg(13)}-{rs(24)}"


def slack_user() -> str:
    return f"xoxp-{dg(12)}-{dg(12)}-{dg(13)}-{hx(32)}"


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(8, UPD)}/B{rs(10, UPD)}/{rs(24)}"


def stripe(kind: str = "sk_live_") -> str:
    return kind + "51" + rs(22, UPD) + rs(75)


def openai_key() -> str:
    return "sk-proj-" + rs(74, URLSAFE) + "T3BlbkFJ" + rs(74, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(93, URLSAFE) + "AA"


def google_key() -> str:
    return "AIza" + rs(35, URLSAFE)


def sendgrid() -> str:
    return "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE)


def jwt(payload: dict, alg: str = "HS256") -> str:
    h = b64ue(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    p = b64ue(json.dumps(payload, separators=(",", ":")))
    return f"{h}.{p}.{b64u(32 if alg.startswith('HS') else 256)}"


def pw_human() -> str:
    words = ["Sommer", "Winter", "Kaffee", "Dragon", "Monkey", "Soleil", "Tigre",
             "Piwo", "Sakura", "Falcon", "Orange", "Yankee", "Marzo", "Lisboa",
             "Neptun", "Bolek", "Coyote", "Pirata", "Gizmo", "Helsinki"]
    return _R.choice(words) + str(_R.randint(1960, 2026)) + _R.choice("!#$%&*?@+")


def pw_random(n: int = 18) -> str:
    return rs(n, AN + "!#$%&*+-=?@^_~")


def pw_alnum(n: int = 20) -> str:
    return rs(n)


def pem(label: str, nbytes: int) -> tuple[str, str]:
    body = b64(nbytes)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    joined = "\n".join(lines)
    return f"-----BEGIN {label}-----\n{joined}\n-----END {label}-----", joined


def luhn_check(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(prefix: str, length: int) -> str:
    body = prefix + rs(length - len(prefix) - 1, DIG)
    return body + luhn_check(body)


def group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def iban(cc: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in (bban + cc + "00").upper())
    return f"{cc}{98 - int(conv) % 97:02d}{bban}"


def iban_fmt(i: str) -> str:
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


# --- national identifiers with valid check digits --------------------------
def pesel() -> str:
    y, m, d = _R.randint(0, 99), _R.randint(1, 12), _R.randint(1, 28)
    m2 = m + (20 if y < 10 else 0)
    yy = y if y >= 10 else y
    base = f"{yy:02d}{m2:02d}{d:02d}" + rs(4, DIG)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def dni_es() -> str:
    n = _R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def nie_es() -> str:
    p = _R.choice("XYZ")
    n = _R.randint(1000000, 9999999)
    v = int(str("XYZ".index(p)) + f"{n:07d}")
    return f"{p}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[v % 23]}"


def nir_fr() -> str:
    base = f"{_R.choice('12')}{_R.randint(50, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 95):02d}{_R.randint(1, 990):03d}{_R.randint(1, 999):03d}"
    key = 97 - int(base) % 97
    return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"


def bsn_nl() -> str:
    while True:
        d = [int(x) for x in dg(8)]
        s = sum(v * (9 - i) for i, v in enumerate(d))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def pnr_se() -> str:
    base = f"{_R.randint(50, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{rs(3, DIG)}"
    return f"{base[:6]}-{base[6:]}{luhn_check(base)}"


def hetu_fi() -> str:
    dd, mm, yy = _R.randint(1, 28), _R.randint(1, 12), _R.randint(50, 99)
    n = _R.randint(2, 899)
    v = int(f"{dd:02d}{mm:02d}{yy:02d}{n:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{n:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[v % 31]}"


def fnr_no() -> str:
    while True:
        d = [int(x) for x in f"{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(50, 99):02d}{_R.randint(0, 499):03d}"]
        k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, d)) + str(k2)


def cpf_br() -> str:
    d = [_R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(v * (n - i) for i, v in enumerate(d))
        r = s * 10 % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cnpj_br() -> str:
    d = [_R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def cn_id() -> str:
    base = f"{_R.choice(['110105', '310115', '440305', '510107', '330106'])}{_R.randint(1960, 2004)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{rs(3, DIG)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return base + "10X98765432"[sum(int(a) * b for a, b in zip(base, w)) % 11]


def rrn_kr() -> str:
    base = f"{_R.randint(60, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_R.choice('12')}{rs(5, DIG)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(base, w)) % 11) % 10
    return f"{base[:6]}-{base[6:]}{c}"


def mynumber_jp() -> str:
    d = dg(11)
    s = 0
    for n in range(1, 12):
        p = int(d[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    v = d + str(c)
    return f"{v[:4]} {v[4:8]} {v[8:]}"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar_in() -> str:
    body = _R.choice("23456789") + rs(10, DIG)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    v = body + str(_VINV[c])
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def ssn_us() -> str:
    area = _R.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{_R.randint(1, 99):02d}-{_R.randint(1, 9999):04d}"


def sin_ca() -> str:
    body = _R.choice("1234567") + rs(7, DIG)
    v = body + luhn_check(body)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def nino_uk() -> str:
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"
    ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = _R.choice(ok1) + _R.choice(ok2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    n = rs(6, DIG)
    return f"{p} {n[:2]} {n[2:4]} {n[4:]} {_R.choice('ABCD')}"


def tckn_tr() -> str:
    d = [int(x) for x in dg(9)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def teudat_il() -> str:
    body = rs(8, DIG)
    return body + luhn_check(body)


def rrn_be() -> str:
    base = f"{_R.randint(50, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_R.randint(1, 997):03d}"
    c = 97 - int(base) % 97
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{c:02d}"


def nif_pt() -> str:
    d = [int(_R.choice("123"))] + [_R.randint(0, 9) for _ in range(7)]
    r = sum(v * (9 - i) for i, v in enumerate(d)) % 11
    d.append(0 if r < 2 else 11 - r)
    return "".join(map(str, d))


def rut_cl() -> str:
    n = _R.randint(5_000_000, 25_000_000)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else "K" if r == 10 else str(r)
    return f"{n:,}".replace(",", ".") + "-" + dv


def said_za() -> str:
    body = f"{_R.randint(60, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{rs(4, DIG)}08"
    return body + luhn_check(body)


def nric_sg() -> str:
    d = rs(7, DIG)
    s = sum(int(a) * b for a, b in zip(d, [2, 7, 6, 5, 4, 3, 2]))
    return "S" + d + "JZIHGFEDCBA"[s % 11]


def thai_id() -> str:
    d = dg(12)
    s = sum(int(v) * (13 - i) for i, v in enumerate(d))
    c = (11 - s % 11) % 10
    v = d + str(c)
    return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"


def inn_ru() -> str:
    d = [int(x) for x in dg(10)]
    d.append(sum(a * b for a, b in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    d.append(sum(a * b for a, b in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    return "".join(map(str, d))


def snils_ru() -> str:
    d = dg(9)
    s = sum(int(v) * (9 - i) for i, v in enumerate(d))
    c = s if s < 100 else 0 if s in (100, 101) else (s % 101 if s % 101 != 100 else 0)
    return f"{d[:3]}-{d[3:6]}-{d[6:]} {c % 100:02d}"


def cnp_ro() -> str:
    base = f"{_R.choice('12')}{_R.randint(50, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_R.randint(1, 46):02d}{_R.randint(1, 999):03d}"
    s = sum(int(a) * int(b) for a, b in zip(base, "279146358279")) % 11
    return base + ("1" if s == 10 else str(s))


def rc_cz() -> str:
    while True:
        base = f"{_R.randint(60, 99):02d}{_R.choice([_R.randint(1, 12), _R.randint(51, 62)]):02d}{_R.randint(1, 28):02d}{rs(3, DIG)}"
        c = int(base) % 11
        if c < 10:
            return f"{base[:6]}/{base[6:]}{c}"


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
                    6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_it() -> str:
    cons = "BCDFGHLMNPRSTVZ"
    body = rs(3, cons) + rs(3, cons) + f"{_R.randint(55, 99):02d}" + _R.choice("ABCDEHLMPRST") + \
        f"{_R.choice([_R.randint(1, 28), _R.randint(41, 68)]):02d}" + _R.choice("ABCDEFGHL") + f"{_R.randint(1, 999):03d}"
    s = 0
    for i, ch in enumerate(body):
        s += _CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return body + chr(65 + s % 26)


def steuerid_de() -> str:
    while True:
        pool = _R.sample(range(10), 9)
        digs = pool + [_R.choice(pool)]
        _R.shuffle(digs)
        if digs[0] != 0:
            break
    prod = 10
    for d in digs:
        s = (d + prod) % 10 or 10
        prod = (s * 2) % 11
    c = 11 - prod
    c = 0 if c == 10 else c
    return "".join(map(str, digs)) + str(c)


def amka_gr() -> str:
    body = f"{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(50, 99):02d}{rs(4, DIG)}"
    return body + luhn_check(body)


def cpr_dk() -> str:
    while True:
        base = f"{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(50, 99):02d}{rs(3, DIG)}"
        s = sum(int(a) * b for a, b in zip(base, [4, 3, 2, 7, 6, 5, 4, 3, 2]))
        c = (11 - s % 11) % 11
        if c < 10:
            return f"{base[:6]}-{base[6:]}{c}"


def egn_bg() -> str:
    base = f"{_R.randint(50, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{rs(3, DIG)}"
    s = sum(int(a) * b for a, b in zip(base, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return base + str(0 if s == 10 else s)


def rnokpp_ua() -> str:
    d = dg(9)
    s = sum(int(a) * b for a, b in zip(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7]))
    return d + str(s % 11 % 10)


def nik_id() -> str:
    return f"3174{rs(2, DIG)}{_R.randint(1, 28) + _R.choice([0, 40]):02d}{_R.randint(1, 12):02d}{_R.randint(60, 99):02d}{_R.randint(1, 9999):04d}"


def tfn_au() -> str:
    while True:
        d = [int(x) for x in dg(9)]
        if sum(a * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0:
            s = "".join(map(str, d))
            return f"{s[:3]} {s[3:6]} {s[6:]}"


BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
         "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust "
         "admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport "
         "aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always "
         "amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce "
         "annual another answer antenna antique anxiety any apart apology appear apple approve april arch arctic "
         "area arena argue arm armed armor army around arrange arrest arrive arrow art artist artwork ask aspect "
         "assault asset assist assume asthma athlete atom attack attend attitude attract auction audit august "
         "aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis baby bachelor "
         "bacon badge bag balance balcony ball bamboo banana banner bar barely bargain barrel base basic basket "
         "battle beach bean beauty because become beef before begin behave behind believe below belt bench "
         "benefit best betray better between beyond bicycle bid bike bind biology bird birth bitter black blade "
         "blame blanket blast bleak bless blind blood blossom blouse blue blur blush board boat body boil bomb "
         "bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain brand brass brave "
         "bread breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother brown brush "
         "bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst bus business busy "
         "butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp can canal cancel candy "
         "cannon canoe canvas canyon capable capital captain car carbon card cargo carpet carry cart case cash "
         "casino castle casual cat catalog catch category cattle caught cause caution cave ceiling celery cement "
         "census century cereal certain chair chalk champion change chaos chapter charge chase chat cheap check "
         "cheese chef cherry chest chicken chief child chimney choice choose chronic chuckle chunk churn cigar "
         "cinnamon circle citizen city civil claim clap clarify claw clay clean clerk clever click client cliff "
         "climb clinic clip clock clog close cloth cloud clown club clump cluster clutch coach coast coconut code "
         "coffee coil coin collect color column combine come comfort comic common company concert conduct "
         "confirm congress connect consider control convince cook cool copper copy coral core corn correct cost "
         "cotton couch country couple course cousin cover coyote crack cradle craft cram crane crash crater "
         "crawl crazy cream credit creek crew cricket crime crisp critic crop cross crouch crowd crucial cruel "
         "cruise crumble crunch crush cry crystal cube culture cup cupboard curious current curtain curve "
         "cushion custom cute cycle").split()


def seed(n: int = 12) -> str:
    return " ".join(_R.choice(BIP39) for _ in range(n))


def otp(n: int = 6) -> str:
    return rs(n, DIG)


def recovery_codes(n: int = 8, style: str = "dash") -> list[str]:
    if style == "dash":
        return [f"{rs(5, LOD)}-{rs(5, LOD)}" for _ in range(n)]
    return [rs(4, DIG) + " " + rs(4, DIG) for _ in range(n)]


# ===========================================================================
# SECRETS — coding-agent sessions
# ===========================================================================

# ---- env dumps / bash output ---------------------------------------------
_k, _s = aws_akid(), aws_secret()
S("bash-output/en/printenv-aws-secret", f"""$ printenv | sort | head -40
AWS_ACCESS_KEY_ID={_k}
AWS_DEFAULT_REGION=eu-central-1
AWS_SECRET_ACCESS_KEY={_s}
COLORTERM=truecolor
HOME=/home/dev
HOSTNAME=devbox-7
LANG=en_US.UTF-8
PATH=/usr/local/bin:/usr/bin:/bin
PWD=/home/dev/src/billing
SHELL=/bin/bash
TERM=xterm-256color""", _s)
S("bash-output/en/printenv-aws-akid", f"""$ env | grep -i aws
AWS_ACCESS_KEY_ID={_k}
AWS_PROFILE=default
AWS_DEFAULT_REGION=eu-central-1""", _k)

_t = gh()
S("bash-output/en/gh-auth-status", f"""$ gh auth status --show-token
github.com
  ✓ Logged in to github.com account dev-ops-bot (keyring)
  - Active account: true
  - Git operations protocol: https
  - Token: {_t}
  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'""", _t)

_t = openai_key()
S("bash-output/en/cat-dotenv-openai", f"""$ cat .env
# local dev only
NODE_ENV=development
PORT=3000
OPENAI_API_KEY={_t}
LOG_LEVEL=debug""", _t)

_t = anthropic_key()
S("bash-output/en/export-history", f"""$ history | tail -5
  501  cd ~/proj/agent-eval
  502  export ANTHROPIC_API_KEY={_t}
  503  python run_eval.py --suite smoke
  504  git status
  505  history | tail -5""", _t)

_p = pw_random(22)
S("bash-output/en/docker-inspect-env", f"""$ docker inspect api-db-1 --format '{{{{json .Config.Env}}}}' | jq .
[
  "POSTGRES_USER=app",
  "POSTGRES_PASSWORD={_p}",
  "POSTGRES_DB=app_prod",
  "PGDATA=/var/lib/postgresql/data",
  "LANG=en_US.utf8",
  "PG_MAJOR=16"
]""", _p)

_t = stripe()
S("bash-output/de/grep-stripe", f"""$ grep -rn "sk_live" --include=*.py .
./payments/settings_prod.py:14:STRIPE_SECRET_KEY = "{_t}"  # TODO: in den Vault verschieben!
./payments/tests/test_webhook.py:8:# sk_live wird hier nicht verwendet""", _t)

_t = slack_bot()
S("bash-output/en/set-output", f"""$ set | grep -E 'SLACK|CHANNEL'
SLACK_BOT_TOKEN={_t}
SLACK_CHANNEL=#deploys
SLACK_SIGNING_SECRET_FILE=/run/secrets/slack_signing""", _t)

_t = hx(32)
S("bash-output/en/systemctl-show-env", f"""$ systemctl show datadog-agent -p Environment
Environment=DD_API_KEY={_t} DD_SITE=datadoghq.eu DD_LOGS_ENABLED=true""", _t)

_p = pw_human()
S("bash-output/fr/mysql-cmdline", f"""$ ps aux | grep mysql
deploy    23114  0.0  0.1  18232  9120 pts/2  S+  10:12  0:00 mysql -h db-interne.local -u admin -p{_p} facturation
deploy    23190  0.0  0.0   6432   720 pts/3  S+  10:12  0:00 grep --color=auto mysql
# l'agent remarque : le mot de passe apparaît en clair dans la liste des processus""", _p)

_t = "hvs." + rs(90, URLSAFE)
S("bash-output/en/vault-token-lookup", f"""$ vault login -method=userpass username=ci
Password (will be hidden):
Success! You are now authenticated.

Key                    Value
---                    -----
token                  {_t}
token_accessor         {rs(24)}
token_duration         768h
token_renewable        true
token_policies         ["ci" "default"]""", _t)

_t = "npm_" + rs(36)
S("bash-output/en/cat-npmrc", f"""$ cat ~/.npmrc
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken={_t}
save-exact=true""", _t)

_p = pw_alnum(24)
S("bash-output/en/cat-netrc", f"""$ cat ~/.netrc
machine api.heroku.com
  login ops@example-shop.io
  password {_p}
machine git.heroku.com
  login ops@example-shop.io
  password {_p}""", _p)

_p = pw_random(16)
_tok = "pypi-AgEIcHlwaS5vcmc" + rs(140, URLSAFE)
S("file/en/pypirc", f"""[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = {_tok}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = <set-me>""", _tok)

_u, _p = "ci-deployer", pw_random(20)
_auth = b64e(f"{_u}:{_p}")
S("file/en/docker-config-json", f"""$ cat ~/.docker/config.json
{{
  "auths": {{
    "registry.gitlab.com": {{
      "auth": "{_auth}"
    }},
    "https://index.docker.io/v1/": {{}}
  }},
  "credsStore": "desktop"
}}""", _auth)

_t = "dckr_pat_" + rs(27, URLSAFE)
S("bash-output/en/docker-login-stdin", f"""$ echo "{_t}" | docker login -u acmebuild --password-stdin
WARNING! Your password will be stored unencrypted in /home/runner/.docker/config.json.
Login Succeeded""", _t)

# ---- tool calls (agent JSON arguments) -----------------------------------
_p = pw_random(18)
S("tool-call/en/bash-psql", json.dumps({"tool": "Bash", "input": {
    "command": f"PGPASSWORD='{_p}' psql -h 10.20.4.11 -U reporting -d analytics -c '\\dt'",
    "description": "List tables in analytics DB"}}, ensure_ascii=False), _p)

_t = gh_fine()
S("tool-call/en/bash-curl-github", json.dumps({"name": "Bash", "arguments": {
    "command": f"curl -sS -H 'Authorization: Bearer {_t}' https://api.github.com/repos/acme/infra/actions/runs?per_page=5 | jq '.workflow_runs[].conclusion'"}}), _t)

_t = sendgrid()
S("tool-call/en/edit-settings", json.dumps({"tool_name": "Edit", "tool_input": {
    "file_path": "/srv/app/config/settings.py",
    "old_string": "EMAIL_BACKEND = 'django.core.mail.backends.console.EmailBackend'",
    "new_string": f"EMAIL_BACKEND = 'anymail.backends.sendgrid.EmailBackend'\nANYMAIL = {{'SENDGRID_API_KEY': '{_t}'}}"}}), _t)

_t = google_key()
S("tool-call/en/write-env-local", json.dumps({"tool": "Write", "input": {
    "file_path": "web/.env.local",
    "content": f"NEXT_PUBLIC_MAPS_KEY={_t}\nNEXT_PUBLIC_API_BASE=http://localhost:8080\n"}}), _t)

_t = rs(40, URLSAFE)
S("tool-call/en/webfetch-cloudflare", json.dumps({"tool": "WebFetch", "input": {
    "url": "https://api.cloudflare.com/client/v4/zones?name=acme-shop.de",
    "headers": {"Authorization": f"Bearer {_t}", "Content-Type": "application/json"},
    "prompt": "Return the zone id"}}), _t)

_p = pw_random(14)
_inner = json.dumps({"db": {"host": "mysql-prod", "user": "svc_orders", "password": _p}})
S("tool-call/en/json-in-json-escaped", json.dumps({"type": "tool_result", "tool_use_id": "toolu_01" + rs(22),
    "content": json.dumps({"stdout": _inner, "exit_code": 0})}), _p)

_t = "dop_v1_" + hx(64)
S("tool-call/en/codex-shell", f"""{{"type":"function_call","name":"shell","arguments":"{{\\"command\\":[\\"bash\\",\\"-lc\\",\\"doctl auth init --access-token {_t} && doctl kubernetes cluster list\\"],\\"workdir\\":\\"/workspace/infra\\",\\"timeout_ms\\":120000}}"}}""", _t)

_t = "glpat-" + rs(20, URLSAFE)
S("tool-call/de/git-remote", json.dumps({"tool": "Bash", "input": {
    "command": f"git remote set-url origin https://oauth2:{_t}@gitlab.firma-intern.de/plattform/abrechnung.git",
    "description": "Remote-URL mit Token setzen, damit der Push im Container klappt"}}, ensure_ascii=False), _t)

_t = hx(64)
S("tool-call/ja/bash-export", json.dumps({"tool": "Bash", "input": {
    "command": f"export HF_TOKEN=hf_{rs(34)} && export WANDB_API_KEY={_t[:40]} && python train.py",
    "description": "学習スクリプトを実行（トークンを環境変数に設定）"}}, ensure_ascii=False), _t[:40])

_t = "hf_" + rs(34)
S("tool-call/zh/huggingface-login", json.dumps({"tool": "Bash", "input": {
    "command": f"huggingface-cli login --token {_t} --add-to-git-credential",
    "description": "登录 Hugging Face 以便下载私有模型"}}, ensure_ascii=False), _t)

_p = pw_human()
S("tool-call/es/sshpass", json.dumps({"tool": "Bash", "input": {
    "command": f"sshpass -p '{_p}' ssh -o StrictHostKeyChecking=no ubuntu@192.0.2.44 'sudo systemctl restart nginx'",
    "description": "Reiniciar nginx en el servidor de pruebas"}}, ensure_ascii=False), _p)

_t = rs(3, AN) + "8Q~" + rs(31, AN + "_-.~")
S("tool-call/en/az-login-sp", json.dumps({"tool": "Bash", "input": {
    "command": f"az login --service-principal -u {uuid4()} -p '{_t}' --tenant {uuid4()}"}}), _t)

# ---- file contents ----------------------------------------------------------
_p = pw_random(20)
S("file/en/application-yml", f"""spring:
  datasource:
    url: jdbc:postgresql://pg-main.internal:5432/orders
    username: orders_app
    password: "{_p}"
  jpa:
    hibernate:
      ddl-auto: validate
server:
  port: 8443""", _p)

_p = pw_random(16)
S("file/en/application-properties", f"""# Generated by ops
spring.datasource.url=jdbc:mysql://mysql-ro.int:3306/catalog?useSSL=true
spring.datasource.username=catalog_ro
spring.datasource.password={_p}
management.endpoints.web.exposure.include=health,info""", _p)

_p = pw_alnum(18)
S("file/en/docker-compose", f"""services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: keycloak
      POSTGRES_PASSWORD: {_p}
    volumes:
      - pgdata:/var/lib/postgresql/data
  keycloak:
    image: quay.io/keycloak/keycloak:24.0
    environment:
      KC_DB_PASSWORD: {_p}
      KEYCLOAK_ADMIN: admin
    ports:
      - "8080:8080\"""", _p)

_p = pw_random(24)
_enc = b64e(_p)
S("file/en/k8s-secret-yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: cache
type: Opaque
data:
  username: {b64e('default')}
  password: {_enc}""", _enc)

_p = pw_random(20)
S("file/en/k8s-stringdata", f"""apiVersion: v1
kind: Secret
metadata:
  name: smtp-relay
stringData:
  SMTP_HOST: smtp.mailrelay.example.net
  SMTP_USER: noreply@acme-shop.de
  SMTP_PASS: '{_p}'""", _p)

_kt = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
           "sub": "system:serviceaccount:ci:deployer"}, "RS256")
S("file/en/kubeconfig-token", f"""apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM1ekNDQWMrZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJME1ERXhNVEUxTVRJd01Gb1hEVE0wTURFd09ERTFNVEl3TUZvd0ZURVRNQkVHQTFVRQo=
    server: https://10.96.0.1:6443
  name: prod
contexts:
- context:
    cluster: prod
    user: ci-bot
  name: prod
current-context: prod
users:
- name: ci-bot
  user:
    token: {_kt}""", _kt)

_key, _body = pem("OPENSSH PRIVATE KEY", 390)
S("file/en/id-ed25519", f"""$ cat ~/.ssh/id_ed25519
{_key}""", _body)

_key, _body = pem("RSA PRIVATE KEY", 1190)
S("file/en/rsa-pem-in-repo", f"""// certs/dev/server.key  (committed by accident)
{_key}""", _body)

_key, _body = pem("EC PRIVATE KEY", 121)
S("file/en/ec-key-nginx", f"""ssl_certificate     /etc/nginx/tls/api.crt;
ssl_certificate_key /etc/nginx/tls/api.key;
# --- contents of api.key ---
{_key}""", _body)

_pk, _pkbody = pem("PRIVATE KEY", 1218)
_sa = {"type": "service_account", "project_id": "acme-analytics-prod", "private_key_id": hx(40),
       "private_key": _pk + "\n", "client_email": "bq-loader@acme-analytics-prod.iam.gserviceaccount.com",
       "client_id": dg(21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
       "token_uri": "https://oauth2.googleapis.com/token"}
_sa_txt = json.dumps(_sa, indent=2)
_pk_escaped_first = json.dumps(_pkbody)[1:301]
S("file/en/gcp-service-account-json", _sa_txt, _pk_escaped_first)

_key, _body = pem("PGP PRIVATE KEY BLOCK", 700)
S("file/en/pgp-private-block", f"""$ gpg --export-secret-keys --armor release@acme.dev
{_key.replace('-----' + chr(10), '-----' + chr(10) + 'Comment: release signing key' + chr(10) + chr(10), 1)}""", _body)

_t = "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
S("file/en/sops-age-key", f"""# created: 2025-03-14T09:12:44+01:00
# public key: age1{rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}
{_t}""", _t)

_p = pw_random(18)
S("file/en/tfstate", json.dumps({"version": 4, "terraform_version": "1.7.5", "serial": 42, "lineage": uuid4(),
    "resources": [{"mode": "managed", "type": "aws_db_instance", "name": "main", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                   "instances": [{"schema_version": 2, "attributes": {"identifier": "main-pg", "engine": "postgres",
                                  "engine_version": "15.5", "username": "dbadmin", "password": _p,
                                  "port": 5432, "arn": "arn:aws:rds:eu-west-1:123456789012:db:main-pg"},
                                  "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]}]}]}, indent=2), _p)

_t = rs(14) + ".atlasv1." + rs(67)
S("file/en/terraformrc", f"""credentials "app.terraform.io" {{
  token = "{_t}"
}}""", _t)

_p = pw_random(16)
S("file/en/wp-config", f"""<?php
/** The name of the database for WordPress */
define( 'DB_NAME', 'wp_blog' );
/** Database username */
define( 'DB_USER', 'wp_blog_user' );
/** Database password */
define( 'DB_PASSWORD', '{_p}' );
define( 'DB_HOST', 'localhost' );""", _p)


_t = b64(50)
S("file/en/django-secret-key", f"""# settings/production.py
DEBUG = False
ALLOWED_HOSTS = ["shop.example.org"]
SECRET_KEY = "{_t}"
CSRF_TRUSTED_ORIGINS = ["https://shop.example.org"]""", _t)

_t = hx(128)
S("file/en/rails-master-key", f"""$ cat config/master.key
{hx(32)}
$ EDITOR=cat bin/rails credentials:show
secret_key_base: {_t}
aws:
  access_key_id: <see 1password>""", _t)

_t = "whsec_" + rs(32)
S("file/en/dotenv-stripe-webhook", f"""STRIPE_PUBLISHABLE_KEY=pk_test_{rs(99)}
STRIPE_WEBHOOK_SECRET={_t}
APP_URL=https://localhost:5173""", _t)

_t = f"{dg(10)}:AA{rs(33, URLSAFE)}"
S("file/ru/bot-config", f"""# config.py — настройки телеграм-бота поддержки
# токен выдал @BotFather, никому не показывать
TELEGRAM_TOKEN = "{_t}"
ADMIN_CHAT_ID = -100{dg(10)}
LANG = "ru\"""", _t)

_t = f"{b64ue(dg(18))}.{rs(6, URLSAFE)}.{rs(38, URLSAFE)}"
S("file/pt/discord-bot", f"""// index.js — bot do servidor da guilda
const {{ Client, GatewayIntentBits }} = require('discord.js');
const client = new Client({{ intents: [GatewayIntentBits.Guilds] }});
// token do bot (trocar depois, por favor)
client.login('{_t}');""", _t)

_h = f"https://discord.com/api/webhooks/{dg(19)}/{rs(68, URLSAFE)}"
S("file/en/github-action-discord", f"""      - name: Notify
        if: failure()
        run: |
          curl -H "Content-Type: application/json" \\
            -d '{{"content":"Build failed on ${{{{ github.ref }}}}"}}' \\
            {_h}""", _h)

_h = slack_hook()
S("file/en/alertmanager", f"""receivers:
  - name: oncall-slack
    slack_configs:
      - api_url: '{_h}'
        channel: '#alerts-prod'
        send_resolved: true""", _h)

_t = "xapp-1-" + rs(11, UPD) + "-" + dg(13) + "-" + hx(64)
S("file/ko/slack-socket-mode", f"""# 슬랙 소켓 모드 앱 토큰 (배포 전에 시크릿 매니저로 옮길 것)
SLACK_APP_TOKEN={_t}
SLACK_BOT_TOKEN=${{SLACK_BOT_TOKEN}}""", _t)

_tw = hx(32)
S("file/en/twilio-auth-token", f"""TWILIO_ACCOUNT_SID=AC{hx(32)}
TWILIO_AUTH_TOKEN={_tw}
TWILIO_FROM=+15005550006""", _tw)

_t = "key-" + hx(32)
S("file/it/mailgun-php", f"""<?php
// configurazione invio email — chiave API di Mailgun
$mg = Mailgun::create('{_t}', 'https://api.eu.mailgun.net');
$dominio = 'mg.negozio-esempio.it';""", _t)

_t = "shpat_" + hx(32)
S("file/en/shopify-toml", f"""[shopify]
store = "acme-outdoor.myshopify.com"
admin_api_access_token = "{_t}"
api_version = "2024-10\"""", _t)

_t = "lin_api_" + rs(40)
S("file/en/mcp-json", json.dumps({"mcpServers": {"linear": {"command": "npx", "args": ["-y", "@acme/linear-mcp"],
                                   "env": {"LINEAR_API_KEY": _t}},
                                   "filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/home/dev/src"]}}}, indent=2), _t)

_t = "ntn_" + dg(11) + rs(35)
S("file/en/claude-settings-env", json.dumps({"permissions": {"allow": ["Bash(npm run test:*)", "Read(./src/**)"]},
                                             "env": {"NOTION_TOKEN": _t, "DISABLE_TELEMETRY": "1"}}, indent=2), _t)

_t = "ATATT3xFfGF0" + rs(180, URLSAFE) + "=" + hx(8).upper()
S("file/en/jira-cli-config", f"""installation: Cloud
server: https://acme-eng.atlassian.net
login: ana.souza@acme-eng.com
auth_type: basic
# jira-cli reads JIRA_API_TOKEN, but someone hardcoded it:
api_token: {_t}
project:
  key: PLAT""", _t)

_t = "00" + rs(40, URLSAFE)
S("file/en/okta-yaml", f"""okta:
  client:
    orgUrl: https://dev-{dg(8)}.okta.com
    token: {_t}""", _t)

_t = "PMAK-" + hx(24) + "-" + hx(34)
S("file/en/postman-env", json.dumps({"id": uuid4(), "name": "prod", "values": [
    {"key": "baseUrl", "value": "https://api.acme.io", "enabled": True},
    {"key": "postmanApiKey", "value": _t, "enabled": True, "type": "secret"}]}, indent=2), _t)

_t = "dapi" + hx(32)
S("file/en/databrickscfg", f"""[DEFAULT]
host  = https://adb-{dg(16)}.7.azuredatabricks.net
token = {_t}""", _t)

_ak = b64(64)
S("file/en/azure-storage-connstr", f"""{{
  "IsEncrypted": false,
  "Values": {{
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acmefuncstore;AccountKey={_ak};EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "python"
  }}
}}""", _ak)

_p = pw_random(18)
_pe = urllib.parse.quote(_p, safe="")
S("file/en/dsn-urlencoded", f"""# .env.production
DATABASE_URL=postgresql://app_rw:{_pe}@db.prod.internal:5432/app?sslmode=require
REDIS_URL=redis://cache.prod.internal:6379/0""", _pe)

_p = pw_alnum(22)
S("file/en/mongodb-srv", f"""const uri = "mongodb+srv://analytics:{_p}@cluster0.ab1cd.mongodb.net/events?retryWrites=true&w=majority";
const client = new MongoClient(uri);""", _p)

_p = pw_alnum(32)
S("file/en/redis-url", f"""CELERY_BROKER_URL=rediss://:{_p}@redis-12345.c1.eu-west-1-2.ec2.cloud.redislabs.com:12345/0""", _p)

_p = pw_alnum(15)
S("file/en/amqp-url", f"""  rabbit:
    url: amqp://orders:{_p}@rabbitmq.svc.cluster.local:5672/%2F""", _p)

_p = pw_random(16)
S("file/en/odbc-connstr", f"""\"ConnectionStrings\": {{
    \"Default\": \"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=Crm;Persist Security Info=False;User ID=crm_app;Password={_p};MultipleActiveResultSets=False;Encrypt=True;\"
}}""", _p)

_p = pw_random(14)
S("file/en/jdbc-params", f"""jdbc:sqlserver://10.1.2.3:1433;databaseName=ERP;user=erp_batch;password={_p};encrypt=true;trustServerCertificate=true""", _p)

_p = pw_random(20)
S("file/en/snowflake-toml", f"""[connections.prod]
account = "xy12345.eu-central-1"
user = "DBT_RUNNER"
password = "{_p}"
warehouse = "TRANSFORM_WH"
role = "TRANSFORMER\"""", _p)

_p = pw_human()
S("file/en/ansible-vars", f"""# group_vars/db_servers.yml  (should be ansible-vault encrypted — it is not)
mysql_root_password: "{_p}"
mysql_port: 3306
mysql_bind_address: 0.0.0.0""", _p)

_p = pw_alnum(12)
S("file/en/git-credentials", f"""$ cat ~/.git-credentials
https://jdoe:{_p}@bitbucket.internal.acme.com""", _p)

_t = "ghs_" + rs(36)
S("file/en/pip-conf", f"""[global]
index-url = https://x-access-token:{_t}@pypi.pkg.acme.dev/simple
timeout = 60""", _t)

_bp = b64e("admin:" + pw_human())
S("file/en/nginx-basic-header", f"""location /admin {{
    proxy_set_header Authorization "Basic {_bp}";
    proxy_pass http://backend;
}}""", _bp)

_t = "pul-" + hx(40)
S("file/en/pulumi-ci", f"""env:
  PULUMI_ACCESS_TOKEN: {_t}
  PULUMI_CONFIG_PASSPHRASE: ""
steps:
  - run: pulumi up --yes --stack prod""", _t)

_t = "glsa_" + rs(32) + "_" + hx(8)
S("file/en/grafana-provisioning", f"""apiVersion: 1
datasources:
  - name: Tempo
    type: tempo
    url: http://tempo:3200
    secureJsonData:
      httpHeaderValue1: 'Bearer {_t}'""", _t)

_t = "sntryu_" + hx(64)
S("file/en/sentryclirc", f"""[auth]
token={_t}

[defaults]
org=acme
project=web-frontend""", _t)

_t = "LTAI" + rs(20)
_ts = rs(30)
S("file/zh/aliyun-config", f"""# 阿里云 OSS 配置（生产环境）
oss:
  endpoint: oss-cn-hangzhou.aliyuncs.com
  access-key-id: {_t}
  access-key-secret: {_ts}   # 密钥，不要提交到仓库！
  bucket: prod-user-uploads""", _ts)

_t = "AKID" + rs(32)
_ts = rs(32)
S("file/zh/tencent-cloud", f"""// 腾讯云 SDK 初始化
const cred = new Credential("{_t}", "{_ts}");
// 地域：ap-guangzhou""", _ts)

_t = "y0_" + rs(55, URLSAFE)
S("file/ru/yandex-oauth", f"""# ~/.config/yandex-cloud/config.yaml
current: default
profiles:
  default:
    token: {_t}
    cloud-id: b1g{rs(17, LOD)}
    folder-id: b1g{rs(17, LOD)}""", _t)

_t = "gsk_" + rs(52)
S("file/en/litellm-config", f"""model_list:
  - model_name: llama-70b
    litellm_params:
      model: groq/llama-3.1-70b-versatile
      api_key: {_t}
  - model_name: local
    litellm_params:
      model: ollama/qwen2.5:7b""", _t)

_t = "r8_" + rs(37)
S("file/en/replicate-notebook", f"""In [3]: import os, replicate
In [4]: os.environ["REPLICATE_API_TOKEN"] = "{_t}"
In [5]: out = replicate.run("stability-ai/sdxl", input={{"prompt": "a lighthouse"}})""", _t)

_t = "lsv2_pt_" + hx(32) + "_" + hx(10)
S("file/en/langsmith-env", f"""LANGCHAIN_TRACING_V2=true
LANGCHAIN_ENDPOINT=https://api.smith.langchain.com
LANGCHAIN_API_KEY={_t}
LANGCHAIN_PROJECT=support-bot""", _t)





_t = "AKCp8" + rs(68)
S("file/en/gradle-properties", f"""org.gradle.jvmargs=-Xmx4g
artifactoryUser=build-bot
artifactoryPassword={_t}
kotlin.code.style=official""", _t)

_p = pw_random(16)
S("file/en/maven-settings", f"""<settings>
  <servers>
    <server>
      <id>acme-releases</id>
      <username>deployer</username>
      <password>{_p}</password>
    </server>
  </servers>
</settings>""", _p)


_t = rs(52, "abcdefghijklmnopqrstuvwxyz234567")
S("file/en/azure-devops-pat", f"""# azure-pipelines helper
$pat = "{_t}"
$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$pat"))
Invoke-RestMethod -Uri "https://dev.azure.com/acme/_apis/projects?api-version=7.1" -Headers @{{Authorization = "Basic $b64"}}""", _t)

_t = "EAAA" + rs(60, URLSAFE)
S("file/es/square-config", f"""# Configuración de pagos de la tienda (producción)
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN={_t}
SQUARE_LOCATION_ID=L{rs(12, UPD)}""", _t)




_t = "sk-" + hx(32)
S("file/zh/deepseek-cursor", f"""# Cursor 自定义模型配置
# 深度求索 API 密钥如下
api_key: {_t}
base_url: https://api.deepseek.com""", _t)

# ---- in-house formats --------------------------------------------------------
_t = "acme_live_" + rs(40, LOD)
S("file/en/inhouse-live-key", f"""# internal billing gateway
BILLING_GW_URL=https://billing-gw.acme.internal
BILLING_GW_KEY={_t}""", _t)

_t = f"int-{rs(8, LOD)}-{rs(8, LOD)}-{rs(8, LOD)}-{rs(8, LOD)}"
S("http/en/inhouse-header", f"""GET /v2/inventory?sku=TX-1002 HTTP/1.1
Host: inventory.svc.acme.internal
X-Acme-Service-Key: {_t}
Accept: application/json""", _t)

_t = rs(64, HEX.upper())
S("file/de/intern-hmac", f"""# Gemeinsames HMAC-Geheimnis für Webhooks vom Lagerverwaltungssystem
LVS_WEBHOOK_HMAC={_t}""", _t)

_t = b64u(32)
S("code/en/hardcoded-fernet", f"""from cryptography.fernet import Fernet
# TODO remove before merge
f = Fernet(b"{_t}=")
token = f.encrypt(b"hello")""", _t)

_t = rs(32)
S("code/en/jwt-secret-node", f"""const jwt = require('jsonwebtoken');
const JWT_SECRET = process.env.JWT_SECRET || '{_t}';
module.exports.sign = (u) => jwt.sign({{ sub: u.id }}, JWT_SECRET, {{ expiresIn: '1h' }});""", _t)

_p = pw_human()
S("code/pl/test-login", f"""def test_logowanie_admina(client):
    # hasło prawdziwego konta testowego na stagingu — nie zmieniać
    r = client.post("/login", data={{"user": "admin.staging", "haslo": "{_p}"}})
    assert r.status_code == 302""", _p)

_p = pw_alnum(14)
S("code/vi/config-go", f"""// Cấu hình kết nối cơ sở dữ liệu (môi trường thật)
var dsn = "root:{_p}@tcp(10.0.3.21:3306)/donhang?parseTime=true\"""", _p)

_p = pw_random(16)
S("code/tr/csharp", f"""// Üretim veritabanı bağlantısı — şifreyi Key Vault'a taşı!
var conn = new SqlConnection("Data Source=sql01;Initial Catalog=Muhasebe;User Id=sa;Password={_p};");""", _p)

_p = pw_random(18)
S("code/ar/php-config", f"""<?php
// إعدادات قاعدة البيانات — كلمة المرور الحقيقية للخادم
$config['db_pass'] = '{_p}';
$config['db_user'] = 'shop';""", _p)

_t = hx(40)
S("code/fa/python-comment", f"""# کلید API سرویس پیامک — این را در مخزن قرار ندهید
SMS_API_KEY = "{_t}"
SMS_SENDER = "10004346\"""", _t)

_t = rs(32, LOD)
S("code/hi/env-comment", f"""# भुगतान गेटवे की गुप्त कुंजी (प्रोडक्शन) — किसी से साझा न करें
RAZORPAY_KEY_ID=rzp_live_{rs(14)}
RAZORPAY_KEY_SECRET={_t[:24]}""", _t[:24])

_p = pw_alnum(16)
S("code/th/config-comment", f"""# รหัสผ่านฐานข้อมูลจริง ห้ามเผยแพร่
DB_PASSWORD = "{_p}\"""", _p)

_p = pw_random(13)
S("code/uk/yaml-comment", f"""# Пароль до продакшн-бази, тимчасово тут
db:
  user: oblik
  pass: {_p}""", _p)

_p = pw_human()
S("code/id/laravel-env", f"""# Konfigurasi database produksi (jangan di-commit!)
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=toko
DB_USERNAME=toko_app
DB_PASSWORD={_p}""", _p)


_p = pw_random(15)
S("code/he/comment", f"""// סיסמת מסד הנתונים של הייצור — להעביר ל-Secrets Manager
const DB_PASS = "{_p}";""", _p)




# ---- git diffs ----------------------------------------------------------------
_t = gh()
S("git-diff/en/remove-token", f"""$ git diff HEAD~1 -- scripts/release.sh
diff --git a/scripts/release.sh b/scripts/release.sh
index 3b1f0c2..9e4a7d1 100755
--- a/scripts/release.sh
+++ b/scripts/release.sh
@@ -3,7 +3,7 @@ set -euo pipefail
-GITHUB_TOKEN="{_t}"
+GITHUB_TOKEN="${{GITHUB_TOKEN:?must be set}}"
 gh release create "$TAG" dist/*""", _t)

_k, _s = aws_akid(), aws_secret()
S("git-diff/en/add-aws-creds", f"""diff --git a/deploy/config.ini b/deploy/config.ini
new file mode 100644
index 0000000..a1c9e02
--- /dev/null
+++ b/deploy/config.ini
@@ -0,0 +1,4 @@
+[aws]
+aws_access_key_id = {_k}
+aws_secret_access_key = {_s}
+region = us-east-2""", _s)

_p = pw_random(16)
S("git-diff/fr/commit-msg", f"""commit {hx(40)}
Author: Julien Moreau <julien.moreau@exemple.fr>
Date:   Tue Nov 4 18:22:10 2025 +0100

    Correction : connexion à la base de recette

    Le mot de passe de recette est maintenant {_p} (changé par l'admin ce matin).
""", _p)

_t = stripe("rk_live_")
S("git-diff/es/log-patch", f"""$ git log -p -1 -- src/pagos/cliente.ts
commit {hx(40)}
Author: Lucía Ortega <lucia@tienda.es>

    Añadir clave restringida de Stripe para reembolsos

diff --git a/src/pagos/cliente.ts b/src/pagos/cliente.ts
@@ -1,3 +1,4 @@
+const CLAVE_REEMBOLSOS = '{_t}';
 export async function reembolsar(id: string) {{""", _t)

_p = pw_random(18)
S("git-diff/ja/compose", f"""diff --git a/docker-compose.yml b/docker-compose.yml
@@ -12,6 +12,8 @@ services:
   mysql:
     image: mysql:8.4
+    environment:
+      MYSQL_ROOT_PASSWORD: "{_p}"   # 本番と同じパスワード（要修正）""", _p)

_t = "sk-ant-admin01-" + rs(93, URLSAFE) + "AA"
S("git-diff/en/notebook-output", f"""diff --git a/notebooks/eval.ipynb b/notebooks/eval.ipynb
@@ -41,7 +41,7 @@
     "outputs": [
      {{
       "name": "stdout",
-      "text": ["key loaded: {_t}\\n"]
+      "text": ["key loaded: sk-ant-***\\n"]""", _t)

# ---- CI logs / stack traces / logs -----------------------------------------
_t = gh("ghs_")
S("ci-log/en/github-actions-leak", f"""2025-11-06T09:14:22.1043421Z ##[group]Run actions/checkout@v4
2025-11-06T09:14:22.1044001Z with:
2025-11-06T09:14:22.1044320Z   repository: acme/web
2025-11-06T09:14:22.1044651Z   token: ***
2025-11-06T09:14:23.3310112Z [command]/usr/bin/git config --local http.https://github.com/.extraheader AUTHORIZATION: basic {b64e('x-access-token:' + _t)}
2025-11-06T09:14:25.0021133Z + echo "debug token={_t}"
2025-11-06T09:14:25.0021877Z debug token={_t}""", _t)

_p = pw_random(20)
S("ci-log/en/gitlab-job", f"""$ echo "Connecting to $DB_HOST as $DB_USER"
Connecting to pg-ci.internal as ci_runner
$ mysqladmin -u root -p{_p} status
mysqladmin: [Warning] Using a password on the command line interface can be insecure.
Uptime: 412  Threads: 2  Questions: 88""", _p)

_t = "CCIPAT_" + rs(22) + "_" + hx(40)
S("ci-log/en/circleci-env", f"""#!/bin/bash -eo pipefail
env | sort
CIRCLECI=true
CIRCLE_BRANCH=main
CIRCLE_BUILD_NUM=18231
CIRCLE_TOKEN={_t}
CI=true""", _t)

_t = "nfp_" + rs(36)
S("ci-log/en/netlify-deploy", f"""> netlify deploy --prod --dir=dist --auth {_t}
Deploy path:        /home/runner/work/site/dist
Deploying to main site URL...
✔ Finished hashing 214 files""", _t)

_p = pw_alnum(14)
S("stacktrace/en/python-sqlalchemy", f"""Traceback (most recent call last):
  File "/app/worker.py", line 88, in <module>
    engine.connect()
  File "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 3268, in connect
    return self._connection_cls(self)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db.prod" (10.2.0.5), port 5432 failed: FATAL:  password authentication failed for user "etl"
(Background on this error at: https://sqlalche.me/e/20/e3q8)
[SQL: engine url postgresql+psycopg2://etl:{_p}@db.prod:5432/warehouse]""", _p)

_p = pw_alnum(16)
S("stacktrace/en/java-jdbc", f"""org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'
Caused by: java.sql.SQLException: Access denied for user 'inventory'@'10.4.1.9' (using password: YES)
    at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)
    at com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)
 DEBUG HikariConfig - jdbcUrl.........................jdbc:mysql://10.4.1.20:3306/inventory?user=inventory&password={_p}
 DEBUG HikariConfig - maximumPoolSize.................10""", _p)

_t = jwt({"sub": dg(8), "email": "m.kowalski@example.pl", "role": "admin", "iat": 1762400000, "exp": 1762486400})
S("stacktrace/en/node-axios", f"""AxiosError: Request failed with status code 403
    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)
  config: {{
    url: 'https://api.internal.acme.io/admin/users',
    method: 'get',
    headers: Object [AxiosHeaders] {{
      Accept: 'application/json, text/plain, */*',
      Authorization: 'Bearer {_t}',
      'User-Agent': 'axios/1.7.7'
    }}
  }}""", _t)

_t = "ya29." + rs(160, URLSAFE)
S("log/en/google-oauth-debug", f"""DEBUG:google.auth.transport.requests:Making request: POST https://oauth2.googleapis.com/token
DEBUG:urllib3.connectionpool:https://oauth2.googleapis.com:443 "POST /token HTTP/1.1" 200 None
DEBUG:app.sync:got credentials access_token={_t} expires_in=3599""", _t)

_t = "1//0" + rs(100, URLSAFE)
S("log/en/refresh-token-json", f"""{{"level":"debug","ts":"2025-11-06T11:02:13Z","msg":"oauth token persisted","refresh_token":"{_t}","scope":"https://www.googleapis.com/auth/drive.readonly"}}""", _t)

_p = pw_random(12)
S("log/de/fehlermeldung", f"""2025-11-06 08:31:07,114 FEHLER [mail.imap] Anmeldung fehlgeschlagen: benutzer=buchhaltung@firma.de passwort={_p} server=imap.firma.de:993
2025-11-06 08:31:07,115 INFO  [mail.imap] neuer Versuch in 30s""", _p)

_t = "sq0csp-" + rs(43, URLSAFE)
S("log/en/split-across-lines", f"""[2025-11-06 12:00:01] oauth.exchange request body:
client_id=sq0idp-{rs(22, URLSAFE)}&client_secret={_t[:25]}
{_t[25:]}&code=sq0cgp-{rs(22)}&grant_type=authorization_code""", f"{_t[:25]}\n{_t[25:]}")

_t = openai_key()
S("log/en/wrapped-terminal", f"""openai.AuthenticationError: Error code: 401 - {{'error': {{'message': 'Incorrect API key provided: {_t[:60]}
{_t[60:120]}
{_t[120:]}. You can find your API key at https://platform.openai.com/account/api-keys.'}}}}""", f"{_t[:60]}\n{_t[60:120]}\n{_t[120:]}")

_t = aws_session()
S("bash-output/en/aws-sts-assume", f"""$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/deploy --role-session-name ci
{{
    "Credentials": {{
        "AccessKeyId": "{aws_akid('ASIA')}",
        "SecretAccessKey": "{aws_secret()}",
        "SessionToken": "{_t}",
        "Expiration": "2025-11-06T13:14:22+00:00"
    }},
    "AssumedRoleUser": {{
        "AssumedRoleId": "AROA{rs(17, UPD)}:ci",
        "Arn": "arn:aws:sts::123456789012:assumed-role/deploy/ci"
    }}
}}""", _t)

_s2 = aws_secret()
S("bash-output/en/aws-iam-create-key", f"""$ aws iam create-access-key --user-name s3-backup
{{
    "AccessKey": {{
        "UserName": "s3-backup",
        "AccessKeyId": "{aws_akid()}",
        "Status": "Active",
        "SecretAccessKey": "{_s2}",
        "CreateDate": "2025-11-06T10:41:05+00:00"
    }}
}}""", _s2)

_p = pw_random(20)
S("bash-output/en/kubectl-get-secret-decode", f"""$ kubectl -n payments get secret pg-credentials -o jsonpath='{{.data.password}}' | base64 -d
{_p}$ """, _p)

_enc = b64e(uuid4() + ":" + hx(16))
S("bash-output/en/kubectl-get-secret-yaml", f"""$ kubectl get secret regcred -o yaml
apiVersion: v1
data:
  .dockerconfigjson: {b64e(json.dumps({"auths": {"ghcr.io": {"auth": _enc}}}))}
kind: Secret
metadata:
  creationTimestamp: "2025-10-01T08:00:00Z"
  name: regcred
  namespace: default
type: kubernetes.io/dockerconfigjson""", b64e(json.dumps({"auths": {"ghcr.io": {"auth": _enc}}})))

_p = pw_random(18)
S("bash-output/en/terraform-output-json", f"""$ terraform output -json
{{
  "db_endpoint": {{"sensitive": false, "type": "string", "value": "main-pg.cx1.eu-west-1.rds.amazonaws.com:5432"}},
  "db_password": {{"sensitive": true, "type": "string", "value": "{_p}"}}
}}""", _p)

_t = rs(88, AN + "/+") + "=="
S("bash-output/en/az-storage-keys", f"""$ az storage account keys list -g rg-data -n acmedatalake -o table
KeyName    Permissions    Value
---------  -------------  ------------------------------------------------------------------------------------------
key1       FULL           {_t}
key2       FULL           {rs(88, AN + '/+')}==""", _t)

_t = "ya29." + rs(150, URLSAFE)
S("bash-output/en/gcloud-print-token", f"""$ gcloud auth print-access-token
{_t}
$ curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://storage.googleapis.com/storage/v1/b?project=acme""", _t)

_sig = hx(512)
_url = (f"https://storage.googleapis.com/acme-exports/reports/2025-11.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256"
        f"&X-Goog-Credential=signer%40acme-prod.iam.gserviceaccount.com%2F20251106%2Fauto%2Fstorage%2Fgoog4_request"
        f"&X-Goog-Date=20251106T101500Z&X-Goog-Expires=604800&X-Goog-SignedHeaders=host&X-Goog-Signature={_sig}")
S("bash-output/en/gsutil-signurl", f"""$ gsutil signurl -d 7d key.json gs://acme-exports/reports/2025-11.csv
URL     HTTP Method     Expiration      Signed URL
gs://acme-exports/reports/2025-11.csv   GET     2025-11-13 10:15:00     {_url}""", _sig)

_tok = aws_session()
_sig = hx(64)
_url = (f"https://acme-invoices.s3.eu-west-1.amazonaws.com/2025/INV-88213.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        f"&X-Amz-Credential={aws_akid('ASIA')}%2F20251106%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20251106T101010Z"
        f"&X-Amz-Expires=3600&X-Amz-Security-Token={urllib.parse.quote(_tok, safe='')}&X-Amz-SignedHeaders=host&X-Amz-Signature={_sig}")
S("bash-output/en/s3-presign", f"""$ aws s3 presign s3://acme-invoices/2025/INV-88213.pdf --expires-in 3600
{_url}""", _sig)

_sas = urllib.parse.quote(b64(32), safe="")
S("chat/nl/azure-sas-link", f"""Hoi, hier is de link naar de export, hij is een week geldig:
https://acmeexport.blob.core.windows.net/exports/klanten.xlsx?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-11-13T17:00:00Z&st=2025-11-06T09:00:00Z&spr=https&sig={_sas}
Kun je de kolommen even controleren?""", _sas)

_p = pw_random(16)
S("bash-output/en/helm-get-values", f"""$ helm get values keycloak -n auth
USER-SUPPLIED VALUES:
auth:
  adminUser: admin
  adminPassword: {_p}
postgresql:
  enabled: false""", _p)

_t = b64(30)
S("bash-output/en/docker-logs-startup", f"""$ docker logs gitea-runner 2>&1 | head
level=info msg="Starting runner daemon"
level=info msg="registering with instance https://git.acme.lan"
level=debug msg="registration token {_t}"
level=info msg="runner: acme-runner-01, with version: v0.2.11\"""", _t)


_t = "11" + hx(32)
S("bash-output/en/jenkins-cli", f"""$ java -jar jenkins-cli.jar -s https://ci.acme.lan/ -auth svc-build:{_t} build deploy-prod -p VERSION=3.4.1
Started deploy-prod #412""", _t)





# ---- HTTP dumps ---------------------------------------------------------------
_c = rs(32, LOD)
S("http/en/curl-verbose-cookie", f"""$ curl -v https://admin.acme-shop.de/api/orders?status=open
*   Trying 203.0.113.10:443...
* Connected to admin.acme-shop.de (203.0.113.10) port 443
> GET /api/orders?status=open HTTP/2
> Host: admin.acme-shop.de
> user-agent: curl/8.5.0
> accept: */*
> cookie: sessionid={_c}; csrftoken={rs(32)}
>
< HTTP/2 200
< content-type: application/json
< x-request-id: {uuid4()}""", _c)

_t = jwt({"sub": uuid4(), "tenant": "acme", "scope": "orders:write", "exp": 1762490000}, "RS256")
S("http/en/raw-request-bearer", f"""POST /v1/orders HTTP/1.1
Host: api.acme.io
Authorization: Bearer {_t}
Content-Type: application/json
Content-Length: 74

{{"sku":"TX-1002","qty":2,"ship_to":"DE"}}""", _t)

_c = b64u(96)
S("http/en/set-cookie-response", f"""HTTP/1.1 302 Found
Location: /dashboard
Set-Cookie: __Host-auth={_c}; Path=/; Secure; HttpOnly; SameSite=Lax
Set-Cookie: theme=dark; Path=/
Cache-Control: no-store""", _c)

_t = rs(40, LOD + string.ascii_uppercase)
S("http/en/har-entry", json.dumps({"request": {"method": "GET", "url": "https://api.hubapi.com/crm/v3/objects/contacts?limit=10",
    "headers": [{"name": "authorization", "value": f"Bearer pat-eu1-{uuid4()}"},
                {"name": "x-api-key", "value": _t}]}}, indent=1), _t)

_t = "pat-na1-" + uuid4()
S("http/en/hubspot-python-requests", f"""send: b'GET /crm/v3/owners HTTP/1.1\\r\\nHost: api.hubapi.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAuthorization: Bearer {_t}\\r\\nAccept: */*\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'""", _t)

_p = pw_random(14)
_body = urllib.parse.urlencode({"username": "k.nowak", "password": _p, "remember": "1"})
S("http/pl/form-post-urlencoded", f"""POST /logowanie HTTP/1.1
Host: intranet.firma.pl
Content-Type: application/x-www-form-urlencoded
Content-Length: {len(_body)}

{_body}""", urllib.parse.quote_plus(_p))

_t = rs(32, HEX)
S("http/en/query-param-apikey", f"""127.0.0.1 - - [06/Nov/2025:10:22:31 +0000] "GET /data/2.5/weather?q=Lisbon&appid={_t}&units=metric HTTP/1.1" 200 512 "-" "python-requests/2.31.0\"""", _t)

_t = b64e("api:" + "key-" + hx(32))
S("http/en/basic-auth-header", f"""> POST /v3/mg.acme.io/messages HTTP/1.1
> Host: api.mailgun.net
> Authorization: Basic {_t}
> Content-Type: multipart/form-data; boundary=------------------------{hx(16)}""", _t)

_t = rs(43, URLSAFE)
S("http/en/oauth-token-response", f"""< HTTP/1.1 200 OK
< Content-Type: application/json;charset=UTF-8
<
{{"access_token":"{_t}","token_type":"Bearer","expires_in":3600,"refresh_token":"{rs(43, URLSAFE)}","scope":"read write"}}""", _t)

_t = rs(48, URLSAFE)
S("http/en/client-credentials", f"""$ curl -s -X POST https://login.acme-idp.com/oauth2/token \\
    -d grant_type=client_credentials \\
    -d client_id=reporting-svc \\
    -d client_secret={_t} \\
    -d scope=reports.read""", _t)

_t = "GOCSPX-" + rs(28, URLSAFE)
S("file/en/google-client-secret-json", json.dumps({"web": {"client_id": f"{dg(12)}-{rs(32, LOD)}.apps.googleusercontent.com",
    "project_id": "acme-login", "auth_uri": "https://accounts.google.com/o/oauth2/auth", "client_secret": _t,
    "redirect_uris": ["http://localhost:8000/callback"]}}), _t)


_c = hx(64)
S("http/de/browser-devtools-cookie", f"""Kopiert aus den Chrome-DevTools (Netzwerk → Header):
:authority: kundenportal.stadtwerke-beispiel.de
cookie: JSESSIONID={hx(32).upper()}; SWB_AUTH={_c}; consent=all
referer: https://kundenportal.stadtwerke-beispiel.de/zaehlerstand""", _c)

_t = "Bearer " + rs(64, AN + "._-")
S("http/en/mitmproxy-flow", f"""[12:01:44.221] HTTP(S) proxy listening at *:8080.
[12:01:52.903][127.0.0.1:55012] client connect
127.0.0.1:55012: GET https://mobile-api.bank-example.com/v3/accounts
    x-device-id: {uuid4()}
    authorization: {_t}
 << 200 OK 2.1k""", _t[7:])

# ===========================================================================
# SECRETS — chat: users pasting secrets (many languages)
# ===========================================================================
_p = pw_human()
S("chat/en/heres-the-password", f"here's the password for the staging admin: {_p} — please don't commit it anywhere", _p)
_p = pw_random(14)
S("chat/de/passwort", f"Das Passwort für den NAS-Admin ist {_p}. Kannst du damit das Backup-Skript testen?", _p)
_p = pw_human()
S("chat/fr/mdp", f"Voici le mot de passe du compte OVH : « {_p} ». Tu peux te connecter et vérifier le DNS ?", _p)
_p = pw_random(12)
S("chat/es/contrasena", f"La contraseña del router de la oficina es {_p}, úsala solo para cambiar el DNS por favor.", _p)
_p = pw_human()
S("chat/it/password", f"Ciao! La password di Aruba è {_p} (con il punto esclamativo o simbolo finale). Puoi rinnovare il dominio?", _p)
_p = pw_random(13)
S("chat/pt/senha", f"A senha do painel da hospedagem é {_p}\nO usuário é financeiro@loja.com.br", _p)
_p = pw_random(16)
S("chat/nl/wachtwoord", f"Wachtwoord van de testomgeving: {_p} (gebruikersnaam: tester01). Laat het me weten als het niet werkt.", _p)
_p = pw_human()
S("chat/pl/haslo", f"hasło do konta na serwerze: {_p}\nlogin: deploy", _p)
_p = pw_random(14)
S("chat/ru/parol", f"Вот пароль от админки битрикса: {_p}\nлогин admin, зайди и выгрузи заказы за октябрь", _p)
_p = pw_random(12)
S("chat/uk/parol", f"Пароль від пошти бухгалтерії — {_p}. Перевір, будь ласка, чи прийшов рахунок від постачальника.", _p)
_p = pw_human()
S("chat/ja/pasuwado", f"本番サーバーのrootパスワードは {_p} です。ログインしてディスク容量を確認してください。", _p)
_p = pw_random(12)
S("chat/zh/mima", f"数据库密码是 {_p}，用户名 readonly，只读账号，帮我查一下昨天的订单量。", _p)
_p = pw_human()
S("chat/ko/bimilbeonho", f"관리자 계정 비밀번호는 {_p} 이에요. 들어가서 사용자 목록 좀 뽑아 주세요.", _p)
_p = pw_random(13)
S("chat/ar/kalimat-al-murur", f"كلمة المرور لحساب الاستضافة هي {_p} واسم المستخدم admin_store، أرجو تحديث شهادة SSL.", _p)
_p = pw_random(12)
S("chat/he/sisma", f"הסיסמה לשרת הבדיקות היא {_p} — תבדוק בבקשה למה ה-build נופל", _p)
_p = pw_human()
S("chat/tr/sifre", f"FTP şifresi: {_p}\nkullanıcı adı: web_yukleme. Dosyaları public_html'e at lütfen.", _p)
_p = pw_random(14)
S("chat/hi/passwrd", f"सर्वर का पासवर्ड {_p} है, कृपया लॉग फ़ाइलें देखकर बताइए कि ऐप क्यों क्रैश हो रहा है।", _p)
_p = pw_random(13)
S("chat/vi/matkhau", f"Mật khẩu tài khoản quản trị là {_p}, bạn đăng nhập rồi xuất báo cáo doanh thu tháng 10 giúp mình nhé.", _p)
_p = pw_human()
S("chat/th/rahat", f"รหัสผ่านของบัญชีแอดมินคือ {_p} ช่วยเข้าไปรีเซ็ตผู้ใช้ที่ถูกล็อกให้หน่อย", _p)
_p = pw_random(12)
S("chat/id/katasandi", f"Kata sandi email kantor: {_p}. Tolong cek apakah ada faktur dari vendor minggu ini.", _p)
_p = pw_human()
S("chat/sv/losenord", f"Lösenordet till wifi-routern på kontoret är {_p} om du behöver logga in och byta kanal.", _p)
_p = pw_random(12)
S("chat/fi/salasana", f"Palvelimen salasana on {_p} — käy tarkistamassa lokit ja kerro mitä löytyy.", _p)
_p = pw_random(14)
S("chat/cs/heslo", f"Heslo k administraci e-shopu je {_p}, přihlas se a stáhni objednávky.", _p)
_p = pw_human()
S("chat/hu/jelszo", f"A tárhely jelszava: {_p}. Kérlek, frissítsd a WordPress-t.", _p)
_p = pw_random(13)
S("chat/ro/parola", f"Parola pentru contul de AWS al clientului este {_p}, te rog verifică facturarea.", _p)
_p = pw_random(12)
S("chat/el/kodikos", f"Ο κωδικός του router είναι {_p}. Μπορείς να αλλάξεις το DNS;", _p)
_p = pw_random(13)
S("chat/fa/ramz", f"رمز عبور سرور تست {_p} است. لطفاً لاگ‌ها را بررسی کن.", _p)
_p = pw_human()
S("chat/bn/password", f"অ্যাডমিন প্যানেলের পাসওয়ার্ড হলো {_p}, দয়া করে নতুন ব্যবহারকারী যোগ করুন।", _p)
_p = pw_random(13)
S("chat/sw/nenosiri", f"Nenosiri la akaunti ya M-Pesa ya biashara ni {_p}, tafadhali pakua taarifa ya mwezi huu.", _p)
_p = pw_human()
S("chat/tl/password", f"Ang password ng admin account ay {_p}, pakitingnan kung bakit hindi nagpo-post ang mga order.", _p)
_p = pw_random(14)
S("chat/ca/contrasenya", f"La contrasenya del correu de l'associació és {_p}. Pots revisar si han arribat les inscripcions?", _p)

# unlabelled / mixed / labelled far away
_t = gh()
S("chat/en/unlabelled-token", f"try with this one\n{_t}\nthe old one expired yesterday", _t)
_t = anthropic_key()
S("chat/de-en/mixed", f"Kannst du bitte das Skript mit meinem key laufen lassen? {_t} — danke! It's the team key, rotate it after.", _t)
_p = pw_random(16)
S("chat/en/far-label", f"""Notes from the migration call:
- the old DB (mysql-legacy-02) stays read-only until Friday
- Kofi will handle DNS cutover
- credentials for the legacy admin are in the line after the reminder below
- reminder: the maintenance window starts 22:00 CET, announce in #ops
- agenda for tomorrow: cache warmup, smoke tests, rollback plan

{_p}

(user is dbadmin)""", _p)
_p = pw_random(11)
S("chat/ja-en/mixed", f"staging の admin パスワード変わりました → {_p}\nplease update the e2e secrets too 🙏", _p)
_p = pw_random(12)
S("chat/es-en/spanglish", f"oye, el password del jenkins es {_p}, pero don't share it con el cliente porfa", _p)
_t = slack_user()
S("chat/fr-en/mixed", f"J'ai généré un user token Slack pour l'export : {_t} — il a les scopes channels:history et users:read.", _t)
_p = pw_human()
S("chat/hi-en/hinglish", f"bhai staging DB ka password {_p} hai, bas migrations chala de aur mujhe bata dena", _p)
_p = pw_random(14)
S("chat/zh-en/mixed", f"帮我 ssh 到 jump host，password 是 {_p}，然后跑一下 df -h", _p)
_t = hx(32)
S("chat/en/table-md", f"""| service   | user      | secret                           |
|-----------|-----------|----------------------------------|
| grafana   | admin     | see vault                        |
| minio     | minioadmin| {_t} |
| rabbitmq  | guest     | (disabled)                       |""", _t)
_p = pw_random(15)
S("chat/ko-en/mixed", f"prod 콘솔 접속 정보 공유드립니다\nID: ops-lead\nPW: {_p}\n2FA는 제 폰으로 와요", _p)

# ===========================================================================
# SECRETS — office / browser agents
# ===========================================================================
# ---- one-time codes read from mail / SMS ----
_o = otp()
S("mail/en/otp-bank", f"""From: Secure Alerts <alerts@bank-example.com>
Subject: Your verification code

Your one-time passcode is {_o}. It expires in 10 minutes. Never share this code with anyone, including our staff.""", _o)
_o = otp()
S("sms/de/tan", f"SMS von SPARKASSE: Ihre mobileTAN für die Überweisung von 1.240,00 EUR an M. Schneider lautet {_o}. Gültig 5 Min.", _o)
_o = otp()
S("sms/fr/code", f"Votre code de confirmation Ameli est : {_o}. Ne le communiquez à personne.", _o)
_o = otp()
S("sms/ru/kod", f"Код подтверждения: {_o}. Никому не сообщайте его. Сбербанк", _o)
_o = otp()
S("sms/ja/ninsho", f"【楽天】認証コード：{_o}\nこのコードを他人に教えないでください。", _o)
_o = otp()
S("sms/zh/yanzhengma", f"【支付宝】验证码{_o}，您正在进行登录操作，切勿泄露给他人。", _o)
_o = otp()
S("sms/ko/injeung", f"[Web발신]\n[카카오] 인증번호 [{_o}]를 입력해 주세요.", _o)
_o = otp()
S("sms/ar/ramz", f"رمز التحقق الخاص بك هو {_o}. لا تشاركه مع أي شخص.", _o)
_o = otp()
S("sms/vi/otp", f"Ma OTP cua Quy khach la {_o}. Vui long khong cung cap cho bat ky ai. Vietcombank", _o)
_o = otp(8)
S("mail/nl/verificatie", f"""Onderwerp: Je DigiD-verificatiecode

Beste gebruiker,

Gebruik de volgende code om in te loggen: {_o}

Heb je niet geprobeerd in te loggen? Neem dan contact met ons op.""", _o)
_o = rs(3, DIG) + "-" + rs(3, DIG)
S("mail/en/agent-reads-otp", f"""[browser-agent] opened Gmail → inbox → "Confirm your sign-in" (no-reply@accounts.example.com)
[browser-agent] extracted text: "Enter this code to finish signing in: {_o}. If this wasn't you, secure your account."
[browser-agent] typing code into #otp-input""", _o)
_o = rs(6, UPD)
S("mail/sv/bankid", f"Hej! Din engångskod för inloggning hos Kivra är {_o}. Koden gäller i 15 minuter.", _o)
_o = otp()
S("tool-call/en/browser-type-otp", json.dumps({"tool": "browser.type", "args": {"selector": "input[name='verification_code']", "text": _o, "submit": True}}), _o)
_link = f"https://app.example-saas.com/auth/magic?token={b64u(32)}&email=lena.fischer%40example.de"
S("mail/de/magic-link", f"""Betreff: Ihr Anmeldelink
Klicken Sie auf den folgenden Link, um sich anzumelden (gültig 15 Minuten):
{_link}""", _link.split("token=")[1].split("&")[0])
_link = b64u(48)
S("mail/en/password-reset", f"""Subject: Reset your password
We received a request to reset the password for your Acme Cloud account.
Reset link: https://cloud.acme.example/reset-password?key={_link}
This link expires in 1 hour.""", _link)

# ---- cards / CVV / payments typed into forms ----
_c = card("4", 16); _cv = otp(3)
S("form/en/checkout-card", f"""[browser-agent] Filling checkout form on shop.example.com
  #cardholder ← "MARIA GARCIA"
  #cardnumber ← "{group(_c, [4, 4, 4, 4])}"
  #exp ← "08/28"
  #cvc ← "{_cv}"
[browser-agent] clicked "Pay €84.90\"""", group(_c, [4, 4, 4, 4]))
S("form/en/checkout-cvv", f"""fill(selector="#cvc", value="{_cv}")  # card ending {_c[-4:]}, exp 08/28""", _cv)
_c = card("5" + _R.choice("12345"), 16)
S("form/de/kreditkarte", f"""Zahlungsdaten (vom Nutzer im Chat angegeben):
Karteninhaber: Jonas Becker
Kartennummer: {_c}
Gültig bis: 11/27
Prüfnummer: {otp(3)}""", _c)
_c = card(_R.choice(["34", "37"]), 15)
S("form/fr/carte-amex", f"Pour la réservation de l'hôtel, utilise ma carte American Express {group(_c, [4, 6, 5])}, expiration 03/29, code {otp(4)}.", group(_c, [4, 6, 5]))
_c = card("4", 16)
S("form/es/tarjeta", json.dumps({"tool": "fill_form", "fields": {"titular": "Carlos Ruiz", "numero_tarjeta": _c, "caducidad": "12/27", "cvv": otp(3)}}, ensure_ascii=False), _c)
_c = card("35" + str(_R.randint(28, 89)), 16)
S("form/ja/card", f"クレジットカード番号：{group(_c, [4, 4, 4, 4], '-')}\n有効期限：09/28\nセキュリティコード：{otp(3)}", group(_c, [4, 4, 4, 4], "-"))
_c = card("62", 16)
S("form/zh/yinlianka", f"银行卡号：{group(_c, [4, 4, 4, 4])}  持卡人：王芳  预留手机号：138****5521", group(_c, [4, 4, 4, 4]))
_c = card("220" + str(_R.randint(0, 4)), 16)
S("form/ru/karta-mir", f"Оплатите, пожалуйста, заказ моей картой МИР {group(_c, [4, 4, 4, 4])}, срок 07/29, CVC я скажу отдельно.", group(_c, [4, 4, 4, 4]))
_c = card("4", 16)
_cv = otp(3)
S("chat/pt/cartao-cvv", f"Cartão final {_c[-4:]}. O código de segurança (CVV) é {_cv}, validade 10/27.", _cv)
_c = card("6011", 16)
S("form/en/split-card-fields", f"""[browser-agent] card number field is split into 4 inputs
  #cc1 ← {_c[:4]}
  #cc2 ← {_c[4:8]}
  #cc3 ← {_c[8:12]}
  #cc4 ← {_c[12:]}""", f"{_c[:4]}\n  #cc2 ← {_c[4:8]}\n  #cc3 ← {_c[8:12]}\n  #cc4 ← {_c[12:]}")
_c = card("4", 16)
S("form/ko/kadeu", f"카드번호 {group(_c, [4, 4, 4, 4], '-')} / 유효기간 06/28 / 비밀번호 앞 2자리 {otp(2)}", group(_c, [4, 4, 4, 4], "-"))

# ---- bank details ----
_i = iban("DE", dg(18))
S("form/de/iban", f"SEPA-Lastschriftmandat\nKontoinhaber: Anna Schmidt\nIBAN: {iban_fmt(_i)}\nBIC: COBADEFFXXX", iban_fmt(_i))
_i = iban("FR", rs(23, DIG))
S("form/fr/rib", f"Mon RIB pour le remboursement : IBAN {iban_fmt(_i)} — BIC BNPAFRPPXXX, titulaire Claire Dubois", iban_fmt(_i))
_i = iban("ES", rs(20, DIG))
S("form/es/iban", f"Número de cuenta (IBAN) para la domiciliación: {_i}", _i)
_i = iban("IT", _R.choice(string.ascii_uppercase) + rs(10, DIG) + rs(12, UPD))
S("form/it/iban", f"Coordinate bancarie per il bonifico: IBAN {iban_fmt(_i)} intestato a Rossi Marco", iban_fmt(_i))
_i = iban("NL", rs(4, string.ascii_uppercase) + rs(10, DIG))
S("form/nl/iban", f"Rekeningnummer: {iban_fmt(_i)} t.n.v. J. de Vries", iban_fmt(_i))
_i = iban("PL", rs(24, DIG))
S("form/pl/rachunek", f"Numer rachunku do zwrotu: {iban_fmt(_i)}", iban_fmt(_i))
_i = iban("GB", rs(4, string.ascii_uppercase) + rs(14, DIG))
S("form/en/uk-bank", f"Payee: Oliver Hughes\nSort code: {rs(2, DIG)}-{rs(2, DIG)}-{rs(2, DIG)}\nAccount: {rs(8, DIG)}\nIBAN: {_i}", _i)
_acct = rs(10, DIG)
S("form/en/us-ach", f"""Direct deposit form
Routing number (ABA): 021000021
Account number: {_acct}
Account type: Checking""", _acct)
_i = iban("CH", rs(5, DIG) + rs(12, UPD))
S("form/de-ch/iban", f"Bitte überweisen Sie die Kaution auf mein Konto: {iban_fmt(_i)} (PostFinance).", iban_fmt(_i))
_i = iban("TR", rs(5, DIG) + "0" + rs(16, DIG))
S("form/tr/iban", f"IBAN numaram: {iban_fmt(_i)} — Ad Soyad: Elif Yılmaz", iban_fmt(_i))
_i = iban("SA", rs(2, DIG) + rs(18, DIG))
S("form/ar/iban", f"رقم الآيبان: {_i}\nاسم المستفيد: محمد العتيبي", _i)

# ---- national identifiers typed into forms ----
_x = pesel()
S("form/pl/pesel", f"[browser-agent] Formularz e-PIT: pole „PESEL” ← {_x}; pole „Imię” ← Katarzyna", _x)
_x = dni_es()
S("form/es/dni", f"DNI del titular: {_x} — fecha de nacimiento 14/03/1987", _x)
_x = nie_es()
S("form/es/nie", f"Para el contrato de alquiler necesito tu NIE: {_x}, ¿es correcto?", _x)
_x = nir_fr()
S("form/fr/nir", f"Numéro de sécurité sociale : {_x}\nCaisse : CPAM de Lyon", _x)
_x = bsn_nl()
S("form/nl/bsn", f"Burgerservicenummer (BSN): {_x}", _x)
_x = pnr_se()
S("form/sv/personnummer", f"Personnummer: {_x}\nNamn: Erik Lindqvist", _x)
_x = hetu_fi()
S("form/fi/hetu", f"Henkilötunnus: {_x} — täytä lomakkeeseen Kela-hakemusta varten.", _x)
_x = fnr_no()
S("form/no/fodselsnummer", f"Fødselsnummer (11 siffer): {_x}", _x)
_x = cpr_dk()
S("form/da/cpr", f"CPR-nummer: {_x}, indtast det i feltet på borger.dk", _x)
_x = cpf_br()
S("form/pt-br/cpf", f"CPF do comprador: {_x}\nNome: João Pereira da Silva", _x)
_x = cnpj_br()
S("form/pt-br/cnpj", f"Emitir nota fiscal para CNPJ {_x}, razão social Padaria Boa Massa Ltda.", _x)
_x = cn_id()
S("form/zh/shenfenzheng", f"乘车人：李娜\n身份证号：{_x}\n手机：139****0042", _x)
_x = rrn_kr()
S("form/ko/jumin", f"주민등록번호: {_x}\n성명: 김민수", _x)
_x = mynumber_jp()
S("form/ja/mynumber", f"マイナンバー（個人番号）：{_x}\n氏名：佐藤 花子", _x)
_x = aadhaar_in()
S("form/hi/aadhaar", f"आधार संख्या: {_x}\nनाम: राहुल शर्मा", _x)
_x = ssn_us()
S("form/en/ssn", f"""W-9 form (agent filling on behalf of user)
Name: Daniel Brooks
SSN: {_x}
Address: 123 Maple Ave, Springfield""", _x)
_x = sin_ca()
S("form/fr-ca/nas", f"Numéro d'assurance sociale (NAS) : {_x}", _x)
_x = nino_uk()
S("form/en/nino", f"National Insurance number: {_x} — needed for the HMRC self-assessment form", _x)
_x = tckn_tr()
S("form/tr/tckn", f"T.C. Kimlik No: {_x}\nAd Soyad: Mehmet Demir", _x)
_x = teudat_il()
S("form/he/teudat-zehut", f"מספר תעודת זהות: {_x}", _x)
_x = nif_pt()
S("form/pt/nif", f"NIF para a fatura: {_x}", _x)
_x = rut_cl()
S("form/es-cl/rut", f"RUT: {_x} — para la boleta electrónica", _x)
_x = thai_id()
S("form/th/bat-prachachon", f"เลขประจำตัวประชาชน: {_x}", _x)
_x = inn_ru()
S("form/ru/inn", f"ИНН физического лица: {_x}", _x)
_x = cnp_ro()
S("form/ro/cnp", f"CNP: {_x}\nNume: Ioana Marin", _x)
_x = rc_cz()
S("form/cs/rodne-cislo", f"Rodné číslo: {_x}", _x)
_x = cf_it()
S("form/it/codice-fiscale", f"Codice fiscale: {_x} — inseriscilo nel modulo dell'Agenzia delle Entrate", _x)
_x = steuerid_de()
S("form/de/steuer-id", f"Steuerliche Identifikationsnummer: {_x[:2]} {_x[2:5]} {_x[5:8]} {_x[8:]}", f"{_x[:2]} {_x[2:5]} {_x[5:8]} {_x[8:]}")
_x = f"{_R.choice(string.ascii_uppercase)}{rs(8, DIG)}"
S("form/en/passport", f"""[browser-agent] airline check-in → Advance Passenger Information
  Passport number: {_x}
  Nationality: GBR
  Expiry: 2031-04-17""", _x)

# ---- logins done by browser agents ----
_p = pw_human()
S("tool-call/en/browser-fill-login", json.dumps({"action": "fill", "selector": "#password", "value": _p,
                                                  "page": "https://portal.utility-example.com/login"}), _p)
_p = pw_random(13)
S("agent-log/de/browser-login", f"""Schritt 3: Anmeldung beim Lieferantenportal
  Benutzername eingegeben: einkauf@mueller-gmbh.de
  Passwort eingegeben: {_p}
  Klick auf „Anmelden“ → Dashboard geladen""", _p)
_p = pw_random(12)
S("agent-log/ja/login", f"ステップ2：ログインフォームに入力\n  ユーザーID：tanaka_k\n  パスワード：{_p}\n  「ログイン」をクリック", _p)

# ---- recovery codes, seed phrases, wallets ----
_codes = recovery_codes(10)
S("doc/en/github-recovery-codes", "github-recovery-codes.txt\n\n" + "\n".join(_codes) +
  "\n\nKeep your recovery codes as safe as your password.", _codes[3])
_codes = recovery_codes(8, "space")
S("doc/de/backup-codes", "Google-Backup-Codes für lena.fischer@gmail.com\n" +
  "\n".join(f"{i + 1}. {c}" for i, c in enumerate(_codes)) + "\nJeder Code kann nur einmal verwendet werden.", _codes[0])
_sd = seed(12)
S("chat/en/seed-phrase", f"ok here's my wallet recovery phrase so you can import it into the new app: {_sd}", _sd)
_sd = seed(24)
_w = _sd.split()
_numbered = "\n".join(f"{i + 1:2d}. {w}" for i, w in enumerate(_w))
S("doc/es/frase-semilla", f"Frase de recuperación (no compartir):\n{_numbered}", _numbered)
_sd = seed(12)
S("chat/pt/frase", f"minhas 12 palavras da carteira: {_sd}", _sd)
_sd = seed(12)
S("chat/zh/zhujici", f"我的助记词是：{_sd}，帮我导入到 MetaMask。", _sd)
_pk = hx(64)
S("chat/en/eth-private-key", f"private key of the test wallet (has real funds though): 0x{_pk}", _pk)

# ---- documents / spreadsheets / PDFs ----
_p = pw_random(12)
S("doc/en/xlsx-credentials", f"""Sheet "Accounts" (read via openpyxl):
row | system        | username          | password      | notes
  2 | QuickBooks    | finance@acme.com  | {_p}  | shared
  3 | ADP Payroll   | hr.admin          | (SSO)         |
  4 | Office Wi-Fi  | —                 | on the fridge |""", _p)
_p = pw_random(14)
S("doc/de/pdf-zugangsdaten", f"""[pdf-extract] Seite 2 von 3 — „Willkommen im Team!“
Ihre Zugangsdaten:
  Benutzername: t.wagner
  Initialpasswort: {_p}
Bitte ändern Sie das Passwort bei der ersten Anmeldung.""", _p)
_p = pw_random(12)
S("doc/fr/csv", f"""nom;identifiant;mot_de_passe;service
Durand;pdurand;{_p};compta
Lefèvre;mlefevre;********;rh""", _p)
_wifi = pw_human()
S("doc/ja/wifi-card", f"【ゲスト用Wi-Fi】\nSSID：Office-5G\nパスワード：{_wifi}\n※社外秘", _wifi)
_p = pw_random(16)
S("doc/en/onboarding-email-forwarded", f"""---------- Forwarded message ---------
From: IT Helpdesk <it@acme.example>
Subject: Your new laptop account

Hi Priya,
Your temporary password is:

    {_p}

You will be asked to change it at first login.""", _p)
_p = pw_random(12)
S("doc/ko/spreadsheet", f"시스템\t아이디\t비밀번호\n그룹웨어\tkim.js\t{_p}\nERP\tkim.js\t(SSO)", _p)
_t = rs(6, DIG)
S("mail/en/door-code", f"""Booking confirmation — Apartment Alfama, Lisbon
Check-in from 15:00. Key box code: {_t}
Wi-Fi: Alfama_Guest / password printed on the router""", _t)
_p = pw_random(10)
S("mail/it/accesso-portale", f"Gentile cliente, le credenziali per il portale fornitori sono: utente FOR-2281, password {_p}. Cordiali saluti.", _p)
_g = rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
S("doc/en/totp-secret", f"""Can't scan the QR code? Enter this setup key manually:
{group(_g, [4, 4, 4, 4])}
otpauth://totp/Acme:ops@acme.io?secret={_g}&issuer=Acme""", _g)
_g = rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
S("tool-call/en/totp-python", json.dumps({"tool": "Bash", "input": {"command": f"python -c \"import pyotp; print(pyotp.TOTP('{_g}').now())\""}}), _g)


# ===========================================================================
# INNOCENT — hard look-alikes that must come back unchanged
# ===========================================================================
_h = [hx(40) for _ in range(6)]
I("innocent/en/git-log-oneline", "$ git log --oneline -6\n" + "\n".join(
    f"{h[:7]} {m}" for h, m in zip(_h, ["fix: retry on 503 from billing gateway", "chore(deps): bump axios from 1.7.4 to 1.7.7",
                                        "feat: add CSV export for invoices", "test: cover refund edge cases",
                                        "docs: explain SECRET_KEY rotation (no values)", "Merge pull request #1842 from acme/feat/export"])))
I("innocent/en/git-show-header", f"commit {_h[0]}\nMerge: {_h[1][:7]} {_h[2][:7]}\nAuthor: Priya Natarajan <priya@acme.example>\nDate:   Thu Nov 6 10:12:44 2025 +0530\n\n    Merge branch 'release/3.4'")
I("innocent/de/git-rebase", f"$ git rebase -i {_h[3][:12]}\nErfolgreich umbasiert und refs/heads/feature/rechnungen aktualisiert.\nHEAD ist jetzt bei {_h[4][:7]} Rechnungsexport: Spalte „Steuersatz“ ergänzt")
I("innocent/en/git-diff-index", f"diff --git a/src/api/client.ts b/src/api/client.ts\nindex {hx(7)}..{hx(7)} 100644\n--- a/src/api/client.ts\n+++ b/src/api/client.ts\n@@ -12,7 +12,7 @@\n-const TIMEOUT_MS = 5000;\n+const TIMEOUT_MS = 15000;")
I("innocent/en/sha256sum", "$ sha256sum dist/*.tar.gz\n" + "\n".join(f"{hx(64)}  dist/acme-cli-3.4.{i}-linux-amd64.tar.gz" for i in range(3)))
I("innocent/en/package-lock-integrity", json.dumps({"node_modules/axios": {"version": "1.7.7", "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
    "integrity": "sha512-" + b64(64), "license": "MIT"}}, indent=2))
I("innocent/en/yarn-lock", f"""\"@babel/core@^7.24.0\":
  version "7.26.0"
  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.26.0.tgz#{hx(40)}"
  integrity sha512-{b64(64)}""")
I("innocent/en/go-sum", "\n".join(f"github.com/{p} {v} h1:{b64(32)}" for p, v in [("google/uuid", "v1.6.0"), ("spf13/cobra", "v1.8.1"), ("stretchr/testify", "v1.9.0")]))
I("innocent/en/cargo-lock", f"""[[package]]
name = "serde"
version = "1.0.215"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "{hx(64)}\"""")
I("innocent/en/pip-hashes", f"requests==2.32.3 \\\n    --hash=sha256:{hx(64)} \\\n    --hash=sha256:{hx(64)}")
I("innocent/en/poetry-lock", f"""[[package]]
name = "pydantic"
version = "2.9.2"
files = [
    {{file = "pydantic-2.9.2-py3-none-any.whl", hash = "sha256:{hx(64)}"}},
]""")
I("innocent/en/git-lfs-pointer", f"version https://git-lfs.github.com/spec/v1\noid sha256:{hx(64)}\nsize 104857600")
I("innocent/en/sri-script", f'<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-{b64(48)}" crossorigin="anonymous"></script>')
I("innocent/en/docker-ps", "$ docker ps\nCONTAINER ID   IMAGE                 COMMAND                  CREATED        STATUS        PORTS                    NAMES\n" +
  "\n".join(f"{hx(12)}   {img:<20}  \"{cmd}\"   2 hours ago    Up 2 hours    {ports:<23}  {name}" for img, cmd, ports, name in
            [("postgres:16.2", "docker-entrypoint.s…", "0.0.0.0:5432->5432/tcp", "api-db-1"), ("redis:7.4-alpine", "docker-entrypoint.s…", "6379/tcp", "api-cache-1"),
             ("acme/api:3.4.1", "/app/server", "0.0.0.0:8080->8080/tcp", "api-web-1")]))
I("innocent/en/docker-image-digest", f"$ docker pull python:3.12-slim\n3.12-slim: Pulling from library/python\nDigest: sha256:{hx(64)}\nStatus: Downloaded newer image for python:3.12-slim\ndocker.io/library/python:3.12-slim")
I("innocent/en/dockerfile-pinned", f"FROM node:20.18.0-bookworm-slim@sha256:{hx(64)} AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev")
I("innocent/en/kubectl-get-pods", "$ kubectl get pods -n payments\nNAME                                READY   STATUS    RESTARTS   AGE\n" +
  "\n".join(f"payments-api-{rs(10, 'bcdfghjklmnpqrstvwxz2456789')}-{rs(5, 'bcdfghjklmnpqrstvwxz2456789')}   1/1     Running   0          3h12m" for _ in range(3)))
I("innocent/en/kubectl-describe-uid", f"Name:         payments-api\nNamespace:    payments\nUID:          {uuid4()}\nResourceVersion: 81237712\nImage:        ghcr.io/acme/payments-api@sha256:{hx(64)}\nContainer ID: containerd://{hx(64)}")
I("innocent/en/k8s-secretkeyref", """env:
  - name: DATABASE_PASSWORD
    valueFrom:
      secretKeyRef:
        name: pg-credentials
        key: password
  - name: STRIPE_SECRET_KEY
    valueFrom:
      secretKeyRef:
        name: stripe
        key: secret-key""")
I("innocent/en/kubectl-get-secret-no-data", "$ kubectl get secrets -n payments\nNAME             TYPE                             DATA   AGE\npg-credentials   Opaque                           2      41d\nregcred          kubernetes.io/dockerconfigjson   1      120d\nstripe           Opaque                           1      41d")
I("innocent/en/terraform-plan-sensitive", f"""  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {{
        id                       = "db-{rs(26, UPD)}"
      ~ instance_class           = "db.t3.medium" -> "db.t3.large"
      ~ password                 = (sensitive value)
        tags                     = {{}}
    }}

Plan: 0 to add, 1 to change, 0 to destroy.""")
I("innocent/en/arns", "\n".join([
    "arn:aws:iam::123456789012:role/service-role/lambda-exporter-role-8x1k2m",
    "arn:aws:lambda:eu-west-1:123456789012:function:invoice-exporter:17",
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db/password-" + rs(6),
    f"arn:aws:kms:eu-west-1:123456789012:key/{uuid4()}"]))
I("innocent/en/aws-sts-identity", f"$ aws sts get-caller-identity\n{{\n    \"UserId\": \"AIDA{rs(17, UPD)}\",\n    \"Account\": \"123456789012\",\n    \"Arn\": \"arn:aws:iam::123456789012:user/ci-readonly\"\n}}")
I("innocent/en/aws-ec2-ids", f"$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,ImageId,SubnetId,VpcId]' --output text\ni-{hx(17)}  ami-{hx(17)}  subnet-{hx(17)}  vpc-{hx(17)}\ni-{hx(17)}  ami-{hx(17)}  subnet-{hx(17)}  vpc-{hx(17)}")
I("innocent/en/azure-resource-id", f"/subscriptions/{uuid4()}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/acmedatalake")
I("innocent/en/gcloud-list", f"$ gcloud compute instances list\nNAME          ZONE            MACHINE_TYPE   STATUS\nweb-{rs(4, LOD)}      europe-west1-b  e2-standard-4  RUNNING\n$ gcloud projects describe acme-analytics-prod --format='value(projectNumber)'\n{dg(12)}")
I("innocent/en/request-ids", f"""2025-11-06T10:22:31.118Z INFO  request_id={uuid4()} method=GET path=/v1/orders status=200 dur_ms=41
2025-11-06T10:22:31.402Z WARN  request_id={uuid4()} method=POST path=/v1/refunds status=409 code=REFUND_ALREADY_EXISTS""")
I("innocent/en/traceparent", f"traceparent: 00-{hx(32)}-{hx(16)}-01\nx-amzn-trace-id: Root=1-{hx(8)}-{hx(24)};Parent={hx(16)};Sampled=1\nx-b3-traceid: {hx(32)}")
I("innocent/en/ssh-public-key", f"$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]} dev@laptop")
I("innocent/en/authorized-keys-rsa", f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{b64(380)} deploy@ci")
I("innocent/en/ssh-fingerprint", f"The authenticity of host 'git.acme.lan (10.0.0.12)' can't be established.\nED25519 key fingerprint is SHA256:{b64(32)[:43]}.\nThis key is not known by any other names.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?")
I("innocent/en/known-hosts", f"github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]}\n|1|{b64(20)}|{b64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{b64(64)}")
I("innocent/en/gpg-fingerprint", f"$ gpg --list-keys release@acme.dev\npub   ed25519 2024-02-01 [SC] [expires: 2027-02-01]\n      {hx(40).upper()}\nuid           [ultimate] Acme Release Signing <release@acme.dev>")
_pub, _ = pem("PUBLIC KEY", 294)
I("innocent/en/public-key-pem", f"# JWT verification key (public)\n{_pub}")
_crt, _ = pem("CERTIFICATE", 900)
I("innocent/en/certificate-pem", f"$ openssl s_client -connect api.acme.io:443 -showcerts </dev/null 2>/dev/null | sed -n '/BEGIN/,/END/p'\n{_crt}")
I("innocent/en/openssl-x509-text", f"Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            {':'.join(hx(2) for _ in range(16))}\n        Signature Algorithm: sha256WithRSAEncryption\n        Issuer: C=US, O=Let's Encrypt, CN=R11\n        Validity\n            Not Before: Oct  1 00:00:00 2025 GMT\n            Not After : Dec 30 23:59:59 2025 GMT\n        X509v3 Subject Key Identifier:\n            {':'.join(hx(2).upper() for _ in range(20))}")
I("innocent/en/age-public-key", f"# recipients for sops\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1{rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}")
I("innocent/en/versions", "Node.js v20.18.0, npm 10.8.2, Python 3.11.7, Go go1.23.2 linux/amd64, kubectl Client Version: v1.31.1, Terraform v1.7.5 on linux_amd64 + provider registry.terraform.io/hashicorp/aws v5.74.0")
I("innocent/en/ports-netstat", "$ ss -tlnp\nState  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process\nLISTEN 0      511          0.0.0.0:443        0.0.0.0:*     users:((\"nginx\",pid=812,fd=6))\nLISTEN 0      244        127.0.0.1:5432       0.0.0.0:*     users:((\"postgres\",pid=640,fd=7))\nLISTEN 0      4096       127.0.0.1:6379       0.0.0.0:*     users:((\"redis-server\",pid=655,fd=6))")
I("innocent/en/error-codes", "ORA-12541: TNS:no listener\nERROR 1045 (28000): Access denied for user 'app'@'localhost' (using password: YES)\nMongoServerError: E11000 duplicate key error collection: shop.orders index: order_no_1\nECONNREFUSED 127.0.0.1:5672\nHTTP 503 Service Unavailable (upstream connect error or disconnect/reset before headers. reset reason: 0x80004005)")
I("innocent/en/pg-auth-failed", 'psql: error: connection to server at "db.prod" (10.2.0.5), port 5432 failed: FATAL:  password authentication failed for user "etl"')
I("innocent/en/placeholder-env-example", """# .env.example — copy to .env and fill in
OPENAI_API_KEY=<your-openai-key>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgresql://user:password@localhost:5432/app
JWT_SECRET=changeme
SENTRY_DSN=""")
I("innocent/en/placeholder-compose", """    environment:
      POSTGRES_PASSWORD: ${DB_PASSWORD}
      REDIS_PASSWORD: ${REDIS_PASSWORD:?set REDIS_PASSWORD}
      API_TOKEN: ${{ secrets.API_TOKEN }}""")
I("innocent/en/gha-secrets-ref", """      - name: Publish
        run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}""")
I("innocent/en/ci-log-masked", "2025-11-06T09:14:22.1044320Z   token: ***\n2025-11-06T09:14:25.0021133Z + curl -H 'Authorization: Bearer ***' https://api.acme.io/deploy\n2025-11-06T09:14:25.9921133Z {\"status\":\"queued\",\"deployment_id\":8812}")
I("innocent/en/read-env-python", """import os

api_key = os.environ["OPENAI_API_KEY"]
db_password = os.getenv("DB_PASSWORD")
if not db_password:
    raise RuntimeError("DB_PASSWORD is not set; export it or add it to .env")""")
I("innocent/en/read-env-node", "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\nconst secret = process.env.JWT_SECRET ?? (() => { throw new Error('JWT_SECRET missing'); })();")
I("innocent/en/vault-read-cmd", "$ vault kv get -field=password secret/prod/db > /dev/null && echo ok\nok")
I("innocent/en/aws-secrets-code", """client = boto3.client("secretsmanager")
resp = client.get_secret_value(SecretId="prod/db/password")
password = json.loads(resp["SecretString"])["password"]""")
I("innocent/en/redacted-values", "password: ********\napi_key: [REDACTED]\ntoken: ***\nAWS_SECRET_ACCESS_KEY=****************************************")
I("innocent/en/agent-thought-about-secret", "I found a hardcoded credential in config/settings.py. I will not print it; instead I'll move it to an environment variable named PAYMENTS_API_KEY and tell the user to rotate the key.")
I("innocent/en/password-policy", "Password requirements: at least 12 characters, one uppercase letter, one digit and one symbol. Passwords expire every 90 days; the last 5 passwords cannot be reused.")
I("innocent/en/test-fixture-fake", """def test_rejects_short_password():
    assert not is_valid_password("abc")
    assert not is_valid_password("password")
    assert is_valid_password_format("<strong-password-here>") is False""")
I("innocent/en/curl-placeholder", "curl -H \"Authorization: Bearer $GITHUB_TOKEN\" https://api.github.com/user\ncurl -H 'X-API-Key: <your-api-key>' https://api.example.com/v1/ping")
I("innocent/en/docs-example-dsn", "Format: postgresql://USER:PASSWORD@HOST:PORT/DBNAME — for example postgresql://app:<password>@localhost:5432/app")
I("innocent/en/uuid-list", "Affected tenants:\n" + "\n".join(uuid4() for _ in range(4)))
I("innocent/en/base64-image", f'<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA{b64(60)}AAAAAElFTkSuQmCC">')
I("innocent/en/css-colors", ".btn-primary { color: #ffffff; background: #1a73e8; border-color: #1558b0; }\n.alert { background: #fdecea; }")
I("innocent/en/hex-constants", "#define CRC32_POLY 0xEDB88320\nstatic const uint32_t MAGIC = 0xDEADBEEF;\nuint64_t seed = 0x9E3779B97F4A7C15ULL;")
I("innocent/en/order-tracking", "Your order #112-4408813-2231557 has shipped. UPS tracking: 1Z999AA10123456784. Estimated delivery: Tue, Nov 11.")
I("innocent/en/invoice", "Invoice INV-2025-004187 · Due 2025-12-06 · Amount due: $1,249.00 · PO 4500012345 · Customer ID CUST-88213")
I("innocent/en/phone-numbers", "Call the front desk at +1 (415) 555-0132 or the night line +44 20 7946 0958. Fax: +49 30 901820.")
I("innocent/en/masked-card", "Payment method: Visa •••• 4417, expires 08/28. Billing ZIP 94107. Receipt #2231-7781.")
I("innocent/en/isbn-ean", "ISBN 978-0-306-40615-7; EAN 4006381333931; UPC 036000291452")
I("innocent/en/stripe-ids", f"refund re_{rs(24)} created for charge ch_{rs(24)} (payment_intent pi_{rs(24)}, customer cus_{rs(14)})")
I("innocent/en/slack-ids", f"posted to channel C{rs(10, UPD)} as message ts=1762424521.{rs(6, DIG)}, thread_ts=1762424400.{rs(6, DIG)}, user U{rs(10, UPD)}")
I("innocent/en/anthropic-msg-id", f"{{\"id\":\"msg_01{rs(22)}\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"stop_reason\":\"tool_use\",\"usage\":{{\"input_tokens\":2048,\"output_tokens\":96}}}}")
I("innocent/en/tool-use-id", json.dumps({"type": "tool_use", "id": "toolu_01" + rs(22), "name": "Read", "input": {"file_path": "/home/dev/src/app/settings.py", "offset": 1, "limit": 80}}))
I("innocent/en/grep-no-secret", "$ grep -rn 'API_KEY' src/\nsrc/config.ts:3:export const API_KEY = process.env.API_KEY ?? '';\nsrc/client.ts:10:  headers: { 'x-api-key': API_KEY },")
I("innocent/en/hash-passwords-stored", f"users table sample (hashes, not passwords): id=1 algo=argon2id salt_len=16 created=2024-02-01; id=2 algo=argon2id; migration {hx(12)}_add_password_hash applied")
I("innocent/en/wallet-address", f"Send USDC (ERC-20) to 0x{hx(40)} — tx hash 0x{hx(64)} confirmed in block 21,154,872")
I("innocent/en/btc-address-tx", f"Received 0.015 BTC at bc1q{rs(38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')} (txid {hx(64)})")
I("innocent/en/vat-public", "Acme Software GmbH · Musterstraße 1 · 10115 Berlin · USt-IdNr. DE123456789 · Amtsgericht Charlottenburg HRB 123456 B")
I("innocent/en/placeholder-card-form", "Card number: [ 0000 0000 0000 0000 ]  Expiry: [ MM/YY ]  CVC: [ 123 ]  ← these are the input placeholders shown by the form, not data")

# ---- innocent in other languages ----
I("innocent/de/passwort-vergessen", "Ich habe mein Passwort vergessen. Kannst du mir zeigen, wo ich es im Kundenportal zurücksetzen kann? Die E-Mail mit dem Link kam nicht an.")
I("innocent/de/bestellnummer", "Ihre Bestellung Nr. 304-2291874-1130655 wurde versandt. DHL-Sendungsnummer: 00340434161094042557. Rückfragen: +49 89 12345678.")
I("innocent/de/rechnung", "Rechnungsnummer RE-2025-11-0042 vom 06.11.2025, Kundennummer 4711-0815, Betrag 1.190,00 € inkl. 19 % MwSt.")
I("innocent/de/commit-msg", f"commit {hx(40)}\n\n    Passwort-Validierung: Mindestlänge auf 12 Zeichen erhöht\n\n    Der Wert wird jetzt aus der Umgebungsvariable PASSWORT_MIN_LAENGE gelesen.")
I("innocent/fr/mot-de-passe-oublie", "J'ai oublié mon mot de passe et le lien de réinitialisation a expiré. Peux-tu en demander un nouveau sur le site ?")
I("innocent/fr/commande", "Commande n° FR-2025-118273 expédiée par Colissimo, numéro de suivi 6A12345678901. Livraison prévue le 12/11/2025.")
I("innocent/fr/siret", "Facture émise par Boulangerie Dupont SARL — SIRET 123 456 789 00012 — TVA intracommunautaire FR32123456789 — Tél. 01 42 68 53 00")
I("innocent/es/contrasena-politica", "La contraseña debe tener al menos 10 caracteres. No la compartas por correo ni por chat; usa el gestor de contraseñas de la empresa.")
I("innocent/it/ordine", "Ordine n. 2025/04417 del 06/11/2025 — Partita IVA 12345678903 — spedizione BRT n. 0581234567890")
I("innocent/it/password-cambio", "Ho cambiato la password del portale ieri; la nuova l'ho salvata nel gestore, non te la scrivo qui.")
I("innocent/pt/pedido", "Pedido nº 7788-4412 enviado pelos Correios, código de rastreio BR123456789BR. Prazo: 5 dias úteis.")
I("innocent/pt/senha-conversa", "Não consigo lembrar a senha do e-mail. Vou pedir ao TI para redefinir; enquanto isso, usa o login com Google.")
I("innocent/nl/bestelling", "Bestelnummer 1043-5566-21, PostNL track & trace 3SABCD1234567. Bezorging tussen 09:00 en 12:00.")
I("innocent/pl/zamowienie", "Zamówienie nr 2025/11/00912, numer przesyłki InPost 620012345678901234567890, termin płatności 20.11.2025.")
I("innocent/pl/haslo-rozmowa", "Hasło do VPN wygasło, trzeba je zmienić w portalu. Nie wysyłaj mi go, po prostu ustaw nowe.")
I("innocent/ru/zakaz", "Заказ № 45-1187 оформлен. Трек-номер СДЭК 1234567890. Телефон поддержки: 8 800 555-35-35.")
I("innocent/ru/parol-politika", "Пароль должен содержать не менее 12 символов, цифры и спецсимволы. Никогда не отправляйте пароль в чате.")
I("innocent/uk/rakhunok", "Рахунок-фактура № СФ-000417 від 06.11.2025, сума 12 480,00 грн, замовлення № 55-2211.")
I("innocent/ja/chumon", "ご注文番号：250-1187-4432\n配送伝票番号：4421-8873-1120（ヤマト運輸）\nお届け予定日：11月9日")
I("innocent/ja/pasuwado-henko", "パスワードの変更が完了しました。心当たりがない場合はサポートまでご連絡ください。")
I("innocent/zh/dingdan", "订单号：202511061234567890\n快递单号：SF1402345678901（顺丰）\n客服电话：400-000-1234")
I("innocent/zh/commit", f"{hx(7)} 修复：登录失败时不再在日志中打印密码字段\n{hx(7)} 重构：从环境变量读取 DB_PASSWORD")
I("innocent/ko/jumun", "주문번호: 2025110612345\n운송장 번호: 6801-2345-6789 (CJ대한통운)\n고객센터: 1588-0000")
I("innocent/ko/bimilbeonho-annae", "비밀번호를 5회 이상 잘못 입력하면 계정이 잠깁니다. 비밀번호 재설정 메일을 확인해 주세요.")
I("innocent/ar/talab", "رقم الطلب: 774512، رقم التتبع: 1Z9E25W10412345678، للاستفسار اتصل على 920000000")
I("innocent/ar/kalimat-murur-nasiha", "لا تشارك كلمة المرور مع أي شخص، ولن يطلبها منك موظفو البنك أبداً.")
I("innocent/he/hazmana", "מספר הזמנה: 88213-IL, משלוח עם דואר ישראל RR123456789IL, טלפון: 03-1234567")
I("innocent/tr/siparis", "Sipariş numaranız: TR-55128, kargo takip no: 7350012345678. Fatura no: GIB2025000012345")
I("innocent/hi/order", "आपका ऑर्डर नंबर 405-1234567-7654321 है, डिलीवरी 12 नवंबर तक। सहायता: 1800-123-4567")
I("innocent/vi/don-hang", "Mã đơn hàng: 2511068HK4QX, mã vận đơn GHN: GA5U8K2P, tổng tiền 1.250.000₫")
I("innocent/th/order", "หมายเลขคำสั่งซื้อ 2511061234ABCD เลขพัสดุ TH0123456789A โทร 02-123-4567")
I("innocent/id/pesanan", "Nomor pesanan: INV/20251106/MPL/3456789012, resi JNE 0123456789012345, total Rp 245.000")
I("innocent/da/ordre", "Ordrenummer 99-12873, CVR-nr. 12345674, levering med GLS pakkenummer 123456789012.")
I("innocent/no/ordre", "Ordrenummer 778812, organisasjonsnummer 912 345 678, sporingsnummer 70712345678901234.")
I("innocent/cs/objednavka", "Objednávka č. 2025110612, IČO 27082440, číslo zásilky Zásilkovna Z 123 4567 890.")
I("innocent/fa/sefaresh", "شماره سفارش: ۱۴۰۴۰۸۱۵۱۲۳، کد رهگیری پست: ۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰۱۲")
I("innocent/bn/order", "অর্ডার নম্বর: BD-2025-7712, ট্র্যাকিং নম্বর: RX123456789BD, হেল্পলাইন: 16000")
I("innocent/sw/oda", "Namba ya oda: KE-55213, namba ya ufuatiliaji: EE123456789KE. Piga simu +254 20 1234567.")
I("innocent/tl/order", "Order number: PH-2025-11-0441, tracking number LBC 1234 5678 9012. Tumawag sa (02) 8123-4567.")
I("innocent/de/template-platzhalter", "# Vorlage – bitte ausfüllen\nDB_PASSWORT=<hier-eintragen>\nAPI_SCHLUESSEL=xxxx-xxxx-xxxx-xxxx\nSMTP_PASSWORT=changeme")
I("innocent/ja/template", "# 設定テンプレート（値は各自で入力）\nAPI_KEY=your_api_key_here\nPASSWORD=********")
I("innocent/zh/template", "# 配置模板，请替换为你自己的值\naccess_key_id: <你的AccessKeyId>\naccess_key_secret: <你的AccessKeySecret>")
I("innocent/es/template", "# Plantilla: no pongas valores reales aquí\nCLAVE_API=TU_CLAVE_AQUI\nCONTRASENA_BD=${CONTRASENA_BD}")
I("innocent/ru/code-env", "# читаем пароль из переменной окружения, в коде его нет\npassword = os.environ.get(\"DB_PASSWORD\")\nif password is None:\n    raise SystemExit(\"Не задан DB_PASSWORD\")")
I("innocent/ko/commit-uuid", f"{hx(7)} 결제 모듈: 요청 ID({uuid4()}) 로깅 추가, 카드 번호는 마스킹 처리")
I("innocent/fr/log-trace", f"2025-11-06 10:22:31 INFO [paiement] requête {uuid4()} traitée en 41 ms (code retour 0, carte **** **** **** 0192)")
I("innocent/it/sha-release", f"Rilascio 3.4.1 — checksum SHA-256 del pacchetto: {hx(64)}")
I("innocent/pt/docker-digest", f"Imagem publicada: ghcr.io/loja/api:2.8.0@sha256:{hx(64)} (digest verificado)")
I("innocent/nl/pr-beschrijving", f"PR #2231: wachtwoord-resetflow herschreven. Geen geheimen in de code; token komt uit `process.env.RESET_TOKEN_SECRET`. Commit {hx(40)}.")
I("innocent/tr/hata", "Hata kodu: ERR_CONNECTION_REFUSED (-102). Sunucu 10.0.3.21:3306 yanıt vermiyor. İstek kimliği: " + uuid4())
I("innocent/ar/mawid", "موعدك يوم الخميس ١٣ نوفمبر ٢٠٢٥ الساعة ١٠:٣٠ صباحاً، رقم الحجز 55812.")
I("innocent/he/shgiah", f"שגיאה 502 בשער ה-API, מזהה בקשה {uuid4()}, נסו שוב בעוד דקה.")
I("innocent/hi/password-salah", "कृपया अपना पासवर्ड किसी के साथ साझा न करें। बैंक कभी भी फ़ोन पर OTP या पासवर्ड नहीं माँगता।")
I("innocent/vi/huong-dan", "Không bao giờ gửi mã OTP cho người khác. Nhân viên ngân hàng sẽ không bao giờ hỏi mật khẩu của bạn.")
I("innocent/id/otp-peringatan", "Kode OTP hanya untuk Anda. Jangan berikan kepada siapa pun, termasuk pihak yang mengaku dari bank.")
I("innocent/en/otp-prompt-no-code", "[browser-agent] The site is asking for a 6-digit verification code sent by SMS to •••• 4471. I'll wait for the user to provide it.")
I("innocent/en/masked-iban", "Refund will be sent to IBAN DE** **** **** **** **41 21 (account holder: A. Schmidt).")
I("innocent/en/seed-talk", "Never type your 12-word recovery phrase into a website. The app will show it once during setup; write it on paper.")
I("innocent/en/kube-events", f"LAST SEEN   TYPE      REASON      OBJECT                          MESSAGE\n2m          Normal    Pulled      pod/payments-api-{rs(10, LOD)}-{rs(5, LOD)}   Successfully pulled image \"ghcr.io/acme/payments-api:3.4.1\" in 2.1s (image size 84211342 bytes)")
I("innocent/en/npmrc-env-ref", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n@acme:registry=https://npm.pkg.github.com/\nalways-auth=true")
I("innocent/en/aws-config-no-keys", "[profile prod]\nsso_start_url = https://acme.awsapps.com/start\nsso_region = eu-west-1\nsso_account_id = 123456789012\nsso_role_name = ReadOnly\nregion = eu-west-1")
