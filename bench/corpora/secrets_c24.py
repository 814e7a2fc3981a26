"""Independent secret-redaction test corpus c24

Started: Mon Dec  7 13:22:44 UTC 2026  (output of `date`)

Written from general knowledge only, without seeing the redactor, its rules, its
tests, or any earlier corpus.  All values are synthetic and generated at import
time from one seeded random.Random(SEED = 24_1207_2026); nothing is real.

Counts
------
SECRETS: 190 (coding 95, assistant 95)
INNOCENT: 182 (coding 92, assistant 90)
Settings: `coding` (Claude Code / Codex style sessions: shell commands and output,
file reads/edits of code and config, test runs, git, npm/pip/cargo/go, cloud CLIs
(aws, az, gcloud, doctl, heroku), database shells, CI logs, HTTP requests) and
`assistant` (email triage, calendars, travel, shopping, banking, insurance,
healthcare, school, smart home, HR, customer support).
Record kinds: user messages, agent reasoning, tool calls and results,
summaries for the team, lessons for next time.
Languages (29, by id tag = language of the human-written part; code and tool
output mostly English): en=145 (39%), de=18, fr=14, es=14, it=13, pl=12, nl=12,
ja=9, sv=9, pt=8, ko=8, ru=8, tr=8, ro=8, cs=7, zh=7, el=7, fi=6, uk=6, no=6,
vi=6, he=6, th=6, da=5, hu=5, fa=5, ar=5, hi=5, id=4.

Labelling choices for borderline cases
--------------------------------------
* SECRET: anything that grants access or moves money if copied: passwords,
  passphrases, PINs, door/alarm/locker/safe codes, fresh OTP / 2FA codes,
  recovery codes, TOTP seeds, API keys / tokens (live or test-mode with a random
  body), OAuth client secrets and refresh tokens, JWT bearer tokens, session
  cookies, basic-auth credentials, connection strings with passwords, private
  keys (PEM/OpenSSH/WireGuard/age), webhook URLs that embed a secret, full card
  numbers (Luhn-valid) and CVVs, full IBANs (mod-97 valid), national identity
  numbers with valid check digits, passport numbers, wallet seed phrases, and
  software licence keys.  The `secret` field is the single most critical span;
  a record may contain a second sensitive value (e.g. a CVV next to the card).
* INNOCENT: hashes, commit ids, UUIDs, request/trace ids, image digests,
  lockfile integrity/checksum lines, SRI hashes, public keys, certificates,
  key ids and fingerprints, booking / order / ticket / claim / case numbers,
  flight numbers, phone numbers, amounts, dates, versions, error codes,
  masked values (**** 4242, last four digits), placeholders (<YOUR_TOKEN>,
  ${VAR}, ${{ secrets.X }}, os.environ[...]), publishable keys meant for
  browsers (Stripe pk_live_, Mapbox pk.), and well-known documentation example
  values that are clearly labelled as examples (AWS EXAMPLE keys, Stripe test
  card 4242..., the jwt.io sample token, the DE89 3704... sample IBAN).
* Expired or already-used one-time codes that are still written in full are
  labelled SECRET (the redactor cannot know they are dead); prose that only
  talks *about* secrets is INNOCENT.
"""
from __future__ import annotations

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


SEED = 24_1207_2026
R = random.Random(SEED)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
A62 = UP + LO + DG
URLSAFE = A62 + "-_"


def rs(n: int, alphabet: str = A62) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def hx(n: int) -> str:
    return rs(n, "0123456789abcdef")


def HX(n: int) -> str:
    return rs(n, "0123456789ABCDEF")


def dg(n: int) -> str:
    return rs(n, DG)


def rbytes(n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n: int) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64u(n: int) -> str:
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def b64u_json(obj) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def uid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- check digits
def luhn_check(payload: str) -> str:
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
    s = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(s)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card(prefix: str = "4", length: int = 16, sep: str = " ") -> str:
    body = prefix + dg(length - len(prefix) - 1)
    num = body + luhn_check(body)
    if length == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, length, 4)]
    return sep.join(parts)


def cvv(n: int = 3) -> str:
    return dg(n)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(cc: str, bban: str, spaced: bool = True) -> str:
    rearr = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    ck = 98 - num % 97
    raw = f"{cc}{ck:02d}{bban}"
    assert iban_ok(raw)
    if not spaced:
        return raw
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


IBAN_SPECS = {
    "DE": lambda: dg(18), "FR": lambda: dg(10) + rs(11, UP + DG) + dg(2),
    "NL": lambda: rs(4, UP) + dg(10), "GB": lambda: rs(4, UP) + dg(14),
    "ES": lambda: dg(20), "IT": lambda: rs(1, UP) + dg(10) + rs(12, UP + DG),
    "PL": lambda: dg(24), "BE": lambda: dg(12), "CH": lambda: dg(17),
    "AT": lambda: dg(16), "SE": lambda: dg(20), "NO": lambda: dg(11),
    "FI": lambda: dg(14), "DK": lambda: dg(14), "CZ": lambda: dg(20),
    "PT": lambda: dg(21), "RO": lambda: rs(4, UP) + rs(16, UP + DG),
    "HU": lambda: dg(24), "TR": lambda: dg(5) + "0" + rs(16, UP + DG),
    "GR": lambda: dg(7) + rs(16, UP + DG), "IE": lambda: rs(4, UP) + dg(14),
}


def ib(cc: str, spaced: bool = True) -> str:
    return iban(cc, IBAN_SPECS[cc](), spaced)


def _date6():
    return f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}"


def hetu() -> str:  # Finland
    while True:
        d = _date6()
        n = f"{R.randint(2, 899):03d}"
        c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(d + n) % 31]
        return f"{d}-{n}{c}"


def personnummer() -> str:  # Sweden, YYMMDD-NNNC
    p = f"{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    return f"{p[:6]}-{p[6:]}{luhn_check(p)}"


def fnr() -> str:  # Norway fødselsnummer
    while True:
        p = [int(c) for c in _date6() + dg(3)]
        k1 = 11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], p)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        p.append(k1)
        k2 = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], p)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        p.append(k2)
        return "".join(map(str, p))


def pesel() -> str:  # Poland
    y, m, d = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    p = f"{y:02d}{m:02d}{d:02d}{dg(4)}"
    s = sum(int(c) * w for c, w in zip(p, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return p + str((10 - s % 10) % 10)


def dni() -> str:  # Spain
    n = R.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn() -> str:  # Netherlands, 11-test
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def cpf() -> str:  # Brazil
    d = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(w * x for w, x in zip(range(k, 1, -1), d))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def tckn() -> str:  # Turkey
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def teudat() -> str:  # Israel
    p = dg(8)
    return p + luhn_check(p)


def rrn() -> str:  # South Korea
    p = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.choice('12')}{dg(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(p, w)) % 11) % 10
    return f"{p[:6]}-{p[6:]}{c}"


def cn_id() -> str:  # PRC resident id
    p = f"{R.choice(['110101', '310104', '440305', '510107'])}{R.randint(1960, 2000)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return p + "10X98765432"[sum(int(a) * b for a, b in zip(p, w)) % 11]


def nir() -> str:  # France
    p = f"{R.choice('12')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{dg(3)}{dg(3)}"
    return f"{p[0]} {p[1:3]} {p[3:5]} {p[5:7]} {p[7:10]} {p[10:13]} {97 - int(p) % 97:02d}"


def cnp() -> str:  # Romania
    p = f"{R.choice('12')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 40):02d}{dg(3)}"
    s = sum(int(a) * int(b) for a, b in zip(p, "279146358279")) % 11
    return p + ("1" if s == 10 else str(s))


def rodne() -> str:  # Czech, divisible by 11
    while True:
        p = f"{R.randint(60, 99):02d}{R.choice([R.randint(1, 12), R.randint(51, 62)]):02d}{R.randint(1, 28):02d}{dg(3)}"
        c = int(p) % 11
        if c < 10:
            return f"{p[:6]}/{p[6:]}{c}"


def be_nn() -> str:  # Belgium
    p = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    return f"{p[:2]}.{p[2:4]}.{p[4:6]}-{p[6:]}.{97 - int(p) % 97:02d}"


def amka() -> str:  # Greece (Luhn)
    p = _date6() + dg(4)
    return p + luhn_check(p)


def ssn() -> str:
    return f"{R.randint(100, 665):03d}-{R.randint(10, 99):02d}-{R.randint(1000, 9999):04d}"


def passport(prefix: str = "") -> str:
    return prefix + rs(2, UP) + dg(7) if not prefix else prefix + dg(7)


# ---------------------------------------------------------------- secret-ish values
WORDS = ("river copper lantern maple orbit velvet harbor pebble falcon meadow cobalt "
         "thistle ember quartz willow saffron glacier tundra nimbus juniper otter "
         "sparrow cactus violet marble canyon beacon walnut breeze topaz").split()
BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access "
         "accident account accuse achieve acid acoustic acquire across act action actor "
         "adapt address adjust admit adult advance advice aerobic affair afford afraid "
         "again agent agree ahead airport aisle alarm album alcohol alert alien alley "
         "allow almost alone alpha already alter always amateur amazing among amount "
         "anchor ancient anger angle animal ankle announce annual answer antenna antique "
         "anxiety apart apology appear apple approve april arch arctic arena argue armor "
         "army arrange arrest arrive arrow artist artwork aspect asset assist assume "
         "athlete atom attack attend auction audit august aunt author autumn average "
         "avocado avoid awake aware awesome awkward axis baby bacon badge balance balcony "
         "bamboo banana banner barely bargain barrel basket battle beach bean beauty "
         "become beef before begin behave believe bench benefit betray beyond bicycle "
         "biology bird bitter blade blanket blast bleak bless blossom blouse blush boat "
         "bonus boost border boring borrow bottom bounce bracket brain brand brave bread "
         "breeze brick bridge brisk broccoli bronze broom brother brush bubble buddy "
         "budget buffalo bulb bundle bunker burden burger butter buyer cabbage cabin "
         "cable cactus").split()
SYM = "!#$%&*+-=?@^_~"


def pw(kind: int | None = None) -> str:
    k = R.randint(0, 4) if kind is None else kind
    if k == 0:
        return pick(WORDS).capitalize() + dg(R.randint(2, 4)) + pick(SYM) + pick(WORDS)
    if k == 1:
        return rs(R.randint(14, 20), A62 + "!#%&*+-=?@^_")
    if k == 2:
        return "-".join(pick(WORDS) for _ in range(4)) + dg(2)
    if k == 3:
        return pick(WORDS).capitalize() + pick(SYM) + pick(WORDS).capitalize() + dg(3)
    return rs(10, A62) + pick(SYM) + rs(6, A62)


def seed(n: int = 12) -> str:
    return " ".join(pick(BIP39) for _ in range(n))


def jwt(payload: dict | None = None, alg: str = "HS256") -> str:
    if payload is None:
        now = R.randint(1_780_000_000, 1_790_000_000)
        payload = {"sub": dg(9), "role": pick(["admin", "user", "service"]), "iat": now, "exp": now + 3600}
    h = b64u_json({"alg": alg, "typ": "JWT"})
    sig = b64u(256 if alg.startswith("RS") else 32)
    return f"{h}.{b64u_json(payload)}.{sig}"


def pem(label: str = "RSA PRIVATE KEY", nbytes: int = 300) -> str:
    body = b64(nbytes)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def openssh_key() -> str:
    body = base64.b64encode(b"openssh-key-v1\x00" + rbytes(380)).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def aws_id() -> str:
    return "AKIA" + rs(16, UP + "234567")


def aws_secret() -> str:
    return rs(40, A62 + "+/")


def ghp() -> str:
    return "ghp_" + rs(36)


def gh_fine() -> str:
    return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59)


def glpat() -> str:
    return "glpat-" + rs(20, URLSAFE)


def slack_bot() -> str:
    return f"xoxb-{dg(12)}-{dg(13)}-{rs(24)}"


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(8, UP + DG)}/B{rs(10, UP + DG)}/{rs(24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{dg(19)}/{rs(68, URLSAFE)}"


def stripe_sk(mode: str = "live") -> str:
    return f"sk_{mode}_51{rs(22)}{rs(75)}"


def openai_key() -> str:
    return "sk-proj-" + rs(74, URLSAFE) + "T3BlbkFJ" + rs(74, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(93, URLSAFE) + "AA"


def gapi() -> str:
    return "AIza" + rs(35, URLSAFE)


def sendgrid() -> str:
    return f"SG.{rs(22, URLSAFE)}.{rs(43, URLSAFE)}"


def npm_tok() -> str:
    return "npm_" + rs(36)


def pypi_tok() -> str:
    return "pypi-AgEIcHlwaS5vcmc" + rs(150, URLSAFE)


def hf_tok() -> str:
    return "hf_" + rs(34, UP + LO)


def tg_bot() -> str:
    return f"{R.randint(5_000_000_000, 7_999_999_999)}:AA{rs(33, URLSAFE)}"


def b32(n: int) -> str:
    return rs(n, UP + "234567")


def lic() -> str:
    return "-".join(rs(5, UP + "23456789") for _ in range(5))


def otp(n: int = 6) -> str:
    return dg(n)


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
_seen: dict[str, int] = {}


def _mk(kind: str, setting: str, lang: str, name: str) -> str:
    base = f"{kind}/{setting}/{lang}/{name}"
    n = _seen.get(base, 0) + 1
    _seen[base] = n
    return f"{base}-{n:02d}"


def S(setting: str, lang: str, name: str, text: str, secret: str) -> None:
    SECRETS.append(Secret(_mk("secret", setting, lang, name), text, secret))


def I(setting: str, lang: str, name: str, text: str) -> None:
    INNOCENT.append(Innocent(_mk("innocent", setting, lang, name), text))


C, A = "coding", "assistant"

# =============================================================================
# SECRETS — coding agents
# =============================================================================
S(C, "de", "bash-export-aws", f"""Nutzer: Der S3-Befehl hängt, kannst du mal schauen?
$ export AWS_ACCESS_KEY_ID={aws_id()}
$ export AWS_SECRET_ACCESS_KEY={(v:=aws_secret())}
$ aws s3 ls s3://build-artifacts-{dg(4)}/releases/
2026-11-30 09:14:02   48213377 app-2.14.0.tar.gz""", v)
S(C, "fr", "aws-credentials-file", f"""Raisonnement : je vérifie le profil par défaut avant de lancer terraform.
Read ~/.aws/credentials (9 lines)
[default]
aws_access_key_id = {aws_id()}
aws_secret_access_key = {(v:=aws_secret())}
region = eu-central-1""", v)
S(C, "de", "aws-reasoning", f"""Denkprozess: Der Deploy schlägt mit SignatureDoesNotMatch fehl. In der .env steht AWS_SECRET_ACCESS_KEY="{(v:=aws_secret())}" – vermutlich ein abgeschnittener Wert, ich vergleiche mit dem Wert im Passwortmanager.""", v)
S(C, "en", "github-pat-remote", f"""$ git remote -v
origin  https://oauth2:{(v:=ghp())}@github.com/acme-labs/billing-service.git (fetch)
origin  https://oauth2:{v}@github.com/acme-labs/billing-service.git (push)""", v)
S(C, "fr", "github-fine-grained", f"""Utilisateur : voici le nouveau token pour le CI, il expire dans 30 jours : {(v:=gh_fine())} — mets-le dans les secrets du dépôt, pas dans le code.""", v)
S(C, "es", "gh-auth-status", f"""Usuario: comprueba con qué cuenta estoy logueado en gh.
$ gh auth status --show-token
github.com
  ✓ Logged in to github.com account dev-{rs(5, LO)} (keyring)
  - Active account: true
  - Git operations protocol: https
  - Token: {(v:=ghp())}
  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'""", v)
S(C, "en", "gitlab-pat-ci", f"""Edit .gitlab-ci.yml
-    - git clone https://gitlab-ci-token:${{CI_JOB_TOKEN}}@gitlab.example.com/infra/charts.git
+    - git clone https://deploy:{(v:=glpat())}@gitlab.example.com/infra/charts.git""", v)
S(C, "pl", "gitlab-token-user", f"""Użytkownik: pipeline nie ma dostępu do repo z chartami. Użyj mojego tokena {(v:=glpat())} tylko na czas testu, potem go unieważnię.""", v)
S(C, "en", "slack-bot-token-env", f"""Read .env.production
NODE_ENV=production
PORT=8080
SLACK_BOT_TOKEN={(v:=slack_bot())}
SLACK_CHANNEL=#deploys""", v)
S(C, "en", "slack-webhook-curl", f"""$ curl -X POST -H 'Content-type: application/json' --data '{{"text":"nightly build failed on main"}}' {(v:=slack_hook())}
ok""", v)
S(C, "ja", "slack-webhook-yaml", f"""ユーザー: 通知用のWebhookはこれです。alertmanager.yml に入れてください。
receivers:
  - name: team-oncall
    slack_configs:
      - api_url: '{(v:=slack_hook())}'
        channel: '#oncall'""", v)
S(C, "en", "discord-webhook-py", f"""Edit scripts/notify.py
 import requests
-WEBHOOK = os.environ["DISCORD_WEBHOOK"]
+WEBHOOK = "{(v:=discord_hook())}"
 requests.post(WEBHOOK, json={{"content": msg}}, timeout=5)""", v)
S(C, "it", "stripe-live-key-test", f"""Utente: i test dei pagamenti falliscono da stamattina, guarda tu.
$ pytest tests/test_payments.py -x
E   stripe.error.AuthenticationError: Invalid API Key provided: {(v:=stripe_sk())}
E   (Request req_{rs(14)})
FAILED tests/test_payments.py::test_refund_flow - AuthenticationError""", v)
S(C, "es", "stripe-restricted", f"""Razonamiento: la clave restringida rk_live_{(w:=rs(99))} solo tiene permiso de lectura en charges; por eso falla el reembolso. Le pediré al usuario una con permisos de escritura.""", "rk_live_" + w)
S(C, "en", "stripe-webhook-secret", f"""Read config/settings.py (lines 40-46)
STRIPE_PUBLISHABLE_KEY = os.getenv("STRIPE_PUBLISHABLE_KEY")
STRIPE_WEBHOOK_SECRET = "whsec_{(w:=rs(32))}"
STRIPE_API_VERSION = "2024-06-20\"""", "whsec_" + w)
S(C, "en", "openai-key-notebook", f"""Cell [3]:
import openai
client = openai.OpenAI(api_key="{(v:=openai_key())}")
resp = client.responses.create(model="gpt-4.1-mini", input="ping")""", v)
S(C, "it", "openai-key-user", f"""Utente: ho rigenerato la chiave OpenAI, quella vecchia è revocata. Nuova: {(v:=openai_key())}
Aggiornala nel file .env del progetto chatbot e riavvia il container.""", v)
S(C, "en", "anthropic-key-env", f"""$ cat .envrc
export ANTHROPIC_API_KEY={(v:=anthropic_key())}
export MODEL=claude-sonnet
$ direnv allow""", v)
S(C, "en", "google-api-key-js", f"""Read src/maps/loader.ts
const loader = new Loader({{
  apiKey: "{(v:=gapi())}",
  version: "weekly",
  libraries: ["places"],
}});""", v)
S(C, "pt", "sendgrid-key", f"""Usuário: o e-mail de confirmação não está saindo. A chave do SendGrid que usamos é {(v:=sendgrid())}, confere se ela está no secret do Kubernetes.""", v)
S(C, "pl", "npmrc-token", f"""Użytkownik: npm publish zwraca 403, sprawdź konfigurację.
Read ~/.npmrc
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={(v:=npm_tok())}
save-exact=true""", v)
S(C, "cs", "pypirc", f"""Uživatel: proč twine chce heslo, když mám token v konfiguraci?
Read ~/.pypirc
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = {(v:=pypi_tok())}""", v)
S(C, "en", "hf-login", f"""$ huggingface-cli login --token {(v:=hf_tok())}
Token is valid (permission: write).
Your token has been saved to /home/dev/.cache/huggingface/token""", v)
S(C, "ko", "hf-token-user", f"""사용자: 모델 업로드용 허깅페이스 토큰 여기 있어요 {(v:=hf_tok())} 작업 끝나면 삭제할게요.""", v)
S(C, "en", "telegram-bot", f"""Edit bot/config.py
-TELEGRAM_TOKEN = os.environ["TELEGRAM_TOKEN"]
+TELEGRAM_TOKEN = "{(v:=tg_bot())}"  # temp for local debugging""", v)
S(C, "en", "digitalocean", f"""$ doctl auth init --access-token dop_v1_{(w:=hx(64))}
Validating token... OK""", "dop_v1_" + w)
S(C, "en", "shopify-admin", f"""$ curl -s -H "X-Shopify-Access-Token: shpat_{(w:=hx(32))}" https://acme-store.myshopify.com/admin/api/2024-10/orders.json?limit=1
{{"orders":[{{"id":{dg(13)},"name":"#1043","financial_status":"paid"}}]}}""", "shpat_" + w)
S(C, "en", "mailgun-basic", f"""$ curl -s --user 'api:key-{(w:=hx(32))}' https://api.mailgun.net/v3/mg.example.org/messages -F from='ops@example.org' -F to='dev@example.org' -F subject='test' -F text='hello'
{{"id":"<{dg(14)}.{dg(6)}@mg.example.org>","message":"Queued. Thank you."}}""", "key-" + w)
S(C, "en", "datadog-keys", f"""Read helm/values-prod.yaml (lines 1-9)
datadog:
  site: datadoghq.eu
  apiKey: {(v:=hx(32))}
  appKey: {hx(40)}
  logs:
    enabled: true""", v)
S(C, "sv", "vault-token", f"""Användare: logga in i Vault med min token och läs kv/app.
$ vault login
Token (will be hidden):
Success! You are now authenticated.
Key                  Value
---                  -----
token                hvs.{(w:=rs(90, URLSAFE))}
token_accessor       {rs(24)}
token_duration       768h""", "hvs." + w)
S(C, "en", "terraform-rc", f"""Read ~/.terraformrc
credentials "app.terraform.io" {{
  token = "{(v:=rs(14) + '.atlasv1.' + rs(67))}"
}}""", v)
S(C, "en", "notion-secret", f"""Edit .env.local
+NOTION_TOKEN=ntn_{(w:=dg(12) + rs(34))}
+NOTION_DATABASE_ID={hx(32)}""", "ntn_" + w)
S(C, "en", "grafana-sa", f"""$ curl -H "Authorization: Bearer glsa_{(w:=rs(32))}_{(w2:=hx(8))}" https://grafana.internal/api/dashboards/uid/{rs(9, LO + DG)}
{{"dashboard":{{"title":"API latency"}}}}""", f"glsa_{w}_{w2}")
S(C, "nl", "azure-storage-conn", f"""Gebruiker: de blob-upload werkt lokaal niet, kijk eens naar de appsettings.
Read appsettings.Development.json
{{
  "ConnectionStrings": {{
    "Blob": "DefaultEndpointsProtocol=https;AccountName=stacmedocs{dg(3)};AccountKey={(v:=b64(64))};EndpointSuffix=core.windows.net"
  }}
}}""", v)
S(C, "en", "azure-sp-login", f"""$ az login --service-principal -u {uid()} -p '{(v:=rs(3, A62) + '8Q~' + rs(34, A62 + '~._-'))}' --tenant {uid()}
[{{"cloudName": "AzureCloud", "isDefault": true, "state": "Enabled"}}]""", v)
S(C, "en", "gcp-sa-json", f"""Read keys/ci-deployer.json
{{
  "type": "service_account",
  "project_id": "acme-prod-{dg(6)}",
  "private_key_id": "{hx(40)}",
  "private_key": "{(v:=pem('PRIVATE KEY', 600).replace(chr(10), chr(92) + 'n'))}",
  "client_email": "ci-deployer@acme-prod.iam.gserviceaccount.com"
}}""", v)
S(C, "en", "google-oauth-client", f"""Read client_secret.json
{{"installed":{{"client_id":"{dg(12)}-{rs(32, LO + DG)}.apps.googleusercontent.com","project_id":"desk-sync","auth_uri":"https://accounts.google.com/o/oauth2/auth","client_secret":"{(v:='GOCSPX-' + rs(28, URLSAFE))}","redirect_uris":["http://localhost"]}}}}""", v)
S(C, "en", "refresh-token", f"""$ cat ~/.config/gcloud/legacy_credentials/dev@example.com/adc.json | jq .refresh_token
"{(v:='1//0g' + rs(98, URLSAFE))}\"""", v)
S(C, "sv", "oauth-secret-user", f"""Användare: klienthemligheten för Azure AD-appen är {(v:=rs(3) + '8Q~' + rs(34, A62 + '~._-'))} – lägg in den i Key Vault och ta bort den från ärendet sen.""", v)
S(C, "en", "jwt-curl", f"""$ curl -s https://api.staging.example.com/v2/me -H "Authorization: Bearer {(v:=jwt())}"
{{"id":"{dg(9)}","email":"qa@example.com"}}""", v)
S(C, "en", "jwt-har", f"""Tool result (browser devtools HAR excerpt):
"request": {{"method": "GET", "url": "https://app.example.io/api/projects",
  "headers": [{{"name": "authorization", "value": "Bearer {(v:=jwt(alg='RS256'))}"}}]}}""", v)
S(C, "ru", "jwt-user", f"""Пользователь: вот токен из localStorage, с ним воспроизводится 403: {(v:=jwt())} Посмотри, каких claim'ов не хватает.""", v)
S(C, "en", "session-cookie", f"""$ curl -sI https://admin.example.net/login -d 'u=ops&p=...' | grep -i set-cookie
set-cookie: sessionid={(v:=rs(32, LO + DG))}; expires=Tue, 08 Dec 2026 13:40:00 GMT; HttpOnly; Path=/; SameSite=Lax; Secure""", v)
S(C, "en", "cookie-header-repro", f"""Repro for the bug (copied from the user's browser):
curl 'https://shop.example.com/cart' -H 'Cookie: _ga=GA1.2.{dg(9)}.{dg(10)}; laravel_session={(v:=b64u(120))}; XSRF-TOKEN={b64u(40)}'""", v)
S(C, "de", "cookie-rails", f"""Nutzer: Kannst du mit meinem Cookie testen? _myapp_session={(v:=b64(90).replace('=', '%3D') + '--' + hx(40))}""", v)
S(C, "en", "basic-auth-url", f"""$ pip install --index-url https://ci-reader:{(v:=rs(18))}@nexus.corp.example/repository/pypi/simple internal-utils==3.2.1
Looking in indexes: https://ci-reader:****@nexus.corp.example/repository/pypi/simple""", v)
S(C, "en", "postgres-url", f"""$ psql "postgresql://app_owner:{(v:=rs(18))}@db-prod.cluster-{rs(12, LO + DG)}.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=require"
psql (16.4)
orders=> """, v)
S(C, "en", "mongo-srv", f"""Read docker-compose.override.yml
services:
  api:
    environment:
      MONGO_URL: mongodb+srv://svc_api:{(v:=rs(16))}@cluster0.{rs(5, LO + DG)}.mongodb.net/app?retryWrites=true&w=majority""", v)
S(C, "en", "redis-url", f"""Traceback (most recent call last):
  File "worker.py", line 12, in <module>
    r = redis.from_url("redis://default:{(v:=rs(32))}@redis-{dg(5)}.c{dg(3)}.eu-central-1-1.ec2.cloud.redislabs.com:{dg(5)}")
redis.exceptions.ConnectionError: Error 111 connecting""", v)
S(C, "pt", "mysql-cli", f"""Usuário: quantas faturas em aberto temos? Consulta direto no banco de relatórios.
$ mysql -h 10.0.3.14 -u reporting -p'{(v:=pw(0))}' -e 'SELECT COUNT(*) FROM invoices WHERE status="open"'
+----------+
| COUNT(*) |
+----------+
|      317 |
+----------+""", v)
S(C, "nl", "jdbc-props", f"""Gebruiker: de integratietests falen lokaal. Dit is mijn application-local.properties:
spring.datasource.url=jdbc:postgresql://localhost:5432/crm
spring.datasource.username=crm_dev
spring.datasource.password={(v:=pw(3))}""", v)
S(C, "en", "dotnet-conn", f"""Read appsettings.json (lines 2-4)
  "ConnectionStrings": {{
    "Default": "Server=tcp:sql-{rs(6, LO)}.database.windows.net,1433;Database=hr;User ID=hradmin;Password={(v:=pw(1))};Encrypt=True;"
  }},""", v)
S(C, "en", "rsa-private-key", f"""Read deploy/id_rsa
{(v:=pem('RSA PRIVATE KEY', 420))}""", v)
S(C, "en", "openssh-private-key", f"""$ cat ~/.ssh/id_ed25519
{(v:=openssh_key())}""", v)
S(C, "cs", "ec-key-user", f"""Uživatel: tady je klíč pro podepisování JWT na stagingu, nahraj ho do secretu:
{(v:=pem('EC PRIVATE KEY', 121))}""", v)
S(C, "en", "pgp-private", f"""$ gpg --armor --export-secret-keys release@example.org
{(v:=pem('PGP PRIVATE KEY BLOCK', 540))}""", v)
S(C, "fi", "wireguard-conf", f"""Käyttäjä: VPN ei yhdistä, tarkista wg0-asetukset.
Read /etc/wireguard/wg0.conf
[Interface]
Address = 10.8.0.2/24
PrivateKey = {(v:=b64(32))}
DNS = 10.8.0.1

[Peer]
PublicKey = {b64(32)}
Endpoint = vpn.example.net:51820""", v)
S(C, "en", "age-key", f"""$ cat ~/.config/sops/age/keys.txt
# created: 2026-11-02T10:11:12Z
# public key: age1{rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}
{(v:='AGE-SECRET-KEY-1' + rs(58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'))}""", v)
S(C, "ru", "k8s-secret-yaml", f"""Пользователь: проверь, какой пароль сейчас в секрете api-db.
$ kubectl get secret api-db -o yaml
apiVersion: v1
data:
  password: {(v:=base64.b64encode(pw(1).encode()).decode())}
  username: {base64.b64encode(b'api').decode()}
kind: Secret
metadata:
  name: api-db
  namespace: prod""", v)
S(C, "tr", "docker-config", f"""Kullanıcı: GitLab registry'den pull neden 401 veriyor?
Read ~/.docker/config.json
{{
  "auths": {{
    "registry.gitlab.com": {{
      "auth": "{(v:=base64.b64encode(('ci-bot:' + glpat()).encode()).decode())}"
    }}
  }}
}}""", v)
S(C, "tr", "heroku-key-user", f"""Kullanıcı: Heroku API anahtarım {(v:=uid())}, bununla staging uygulamasının config'ini çekebilirsin.""", v)
S(C, "en", "gha-workflow-inline", f"""Edit .github/workflows/release.yml
       - name: Publish
         env:
-          NPM_TOKEN: ${{{{ secrets.NPM_TOKEN }}}}
+          NPM_TOKEN: {(v:=npm_tok())}
         run: npm publish --access public""", v)
S(C, "ja", "ci-log-leak", f"""ユーザー: ビルド 8841 のログを見て、Sonar の解析が通ったか教えて。
[build 8841] Step 6/11 : RUN ./configure --with-license
[build 8841] + export SONAR_TOKEN=squ_{(w:=hx(40))}
[build 8841] + sonar-scanner -Dsonar.host.url=https://sonar.corp.example
[build 8841] INFO: Analysis report uploaded""", "squ_" + w)
S(C, "en", "cloudflare-token", f"""$ curl -X GET "https://api.cloudflare.com/client/v4/user/tokens/verify" -H "Authorization: Bearer {(v:=rs(40, URLSAFE))}"
{{"result":{{"id":"{hx(32)}","status":"active"}},"success":true,"errors":[],"messages":[]}}""", v)
S(C, "en", "twilio-auth", f"""Read sms/client.py (lines 1-6)
from twilio.rest import Client
account_sid = "AC{hx(32)}"
auth_token = "{(v:=hx(32))}"
client = Client(account_sid, auth_token)""", v)
S(C, "en", "mapbox-secret", f"""Edit .env
-MAPBOX_DOWNLOADS_TOKEN=
+MAPBOX_DOWNLOADS_TOKEN=sk.{(w:=b64u_json({'u': 'acme', 'a': rs(24, LO + DG)}) + '.' + rs(22, URLSAFE))}""", "sk." + w)
S(C, "en", "django-secret", f"""Read mysite/settings.py (lines 20-24)
# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "django-insecure-{(w:=rs(50, LO + DG + '!@#$%^&*(-_=+)'))}"
DEBUG = False""", "django-insecure-" + w)
S(C, "en", "flask-secret", f"""Edit app/__init__.py
-app.config["SECRET_KEY"] = os.environ["FLASK_SECRET"]
+app.config["SECRET_KEY"] = "{(v:=hx(48))}\"""", v)
S(C, "zh", "db-password-user", f"""用户：测试库的 root 密码是 {(v:=pw(1))} ，帮我导出一下 orders 表最近一周的数据。""", v)
S(C, "uk", "sudo-password", f"""Користувач: пароль sudo на ноуті {(v:=pw(3))}, встанови, будь ласка, docker і додай мене в групу.""", v)
S(C, "en", "totp-seed", f"""Read tests/fixtures/admin_user.py
ADMIN_TOTP_URI = "otpauth://totp/Acme:admin@acme.io?secret={(v:=b32(32))}&issuer=Acme&digits=6"  # prod admin, do not commit""", v)
S(C, "en", "recovery-codes-file", f"""$ cat ~/Downloads/github-recovery-codes.txt
{(v:=chr(10).join(hx(5) + '-' + hx(5) for _ in range(8)))}""", v)
S(C, "el", "otp-user-coding", f"""Χρήστης: μου ήρθε ο κωδικός 2FA για το AWS console: {(v:=otp())} — συνέχισε με το login στο script.""", v)
S(C, "en", "license-key-jetbrains", f"""Edit Dockerfile
 ENV TOOL_EDITION=enterprise
+ENV TOOL_LICENSE_KEY={(v:=lic())}
 RUN /opt/tool/bin/activate --silent""", v)
S(C, "en", "license-key-lesson", f"""Lesson for next time: the PDF SDK logs its licence on startup ("License: {(v:=rs(8, UP + DG) + '-' + rs(8, UP + DG) + '-' + rs(8, UP + DG) + '-' + rs(8, UP + DG))} (Enterprise, 25 seats)"), so disable INFO logging for that module before sharing logs.""", v)
S(C, "en", "sqlalchemy-echo", f"""2026-12-07 11:02:13,551 INFO sqlalchemy.engine.Engine INSERT INTO users (email, password_reset_token) VALUES (%(email)s, %(password_reset_token)s)
2026-12-07 11:02:13,551 INFO sqlalchemy.engine.Engine [generated in 0.00021s] {{'email': 'mira@example.org', 'password_reset_token': '{(v:=b64u(32))}'}}""", v)
S(C, "en", "summary-rotated", f"""Summary for #platform: the leaked Slack token was revoked; the replacement bot token ({(v:=slack_bot())}) is now in Vault at kv/slack/bot. Please don't paste it elsewhere.""", v)
S(C, "da", "ftp-user", f"""Overvejelse: kunden bad om upload til ftp.kunde.dk; brugeren er leverance og adgangskoden {(v:=pw(0))} kom i deres mail. Jeg bruger lftp med -u og sletter historikken bagefter.""", v)
S(C, "no", "smtp-password", f"""Oppsummering til teamet: varsler@firma.no fikk nytt SMTP-passord i dag ({(v:=pw(3))}). Det ligger nå i Ansible-vaulten; fjern gammel verdi fra group_vars.""", v)
S(C, "hu", "api-key-user", f"""Felhasználó: a számlázó API kulcsa sk_live_{(w:=rs(24))}, ezzel próbáld ki a webhookot élesben.""", "sk_live_" + w)
S(C, "ro", "wifi-iot-config", f"""Utilizator: pune în secrets.yaml pentru ESPHome parola rețelei: wifi_password: "{(v:=pw(0))}" și SSID-ul Casa-5G.""", v)
S(C, "vi", "jwt-secret-env", f"""Người dùng: JWT_SECRET trên production là {(v:=rs(48))}, sao token ký ở local lại không hợp lệ?""", v)
S(C, "fa", "api-token-user", f"""کاربر: توکن API پنل ابری این است: {(v:=rs(64, LO + DG))} لطفاً فقط برای ساختن snapshot از آن استفاده کن.""", v)
S(C, "he", "ssh-key-passphrase", f"""משתמש: הסיסמה למפתח ה-SSH שלי היא "{(v:=pw(2))}", תפתח את ה-agent ותמשיך בפריסה.""", v)
S(C, "th", "router-admin", f"""ผู้ใช้: รหัสผ่านหน้า admin ของเราเตอร์คือ {(v:=pw(4))} ช่วยเปิด port forwarding 8443 ให้หน่อย""", v)
S(C, "es", "ci-reasoning-token", f"""Razonamiento del agente: el job falla en `npm ci` con E401. El .npmrc del runner contiene //npm.pkg.github.com/:_authToken={(v:=ghp())}, que probablemente caducó; pediré uno nuevo.""", v)
S(C, "fr", "summary-conn", f"""Résumé pour l'équipe : la base de recette est accessible via postgres://recette:{(v:=rs(16))}@pg-recette.interne:5432/app — à remplacer par un compte nominatif la semaine prochaine.""", v)
S(C, "it", "lesson-token-log", f"""Lezione appresa: il comando `helm install --debug` stampa i values, incluso registryPassword: {(v:=pw(1))}. La prossima volta usare --set-file e non incollare l'output nel ticket.""", v)
S(C, "pt", "supabase-service", f"""Usuário: a service role key do Supabase é {(v:=jwt({'iss': 'supabase', 'ref': rs(20, LO), 'role': 'service_role', 'iat': 1_765_000_000, 'exp': 2_080_000_000}))} — usa só no backend.""", v)
S(C, "ja", "db-pass-reasoning", f"""思考: docker-compose.yml の POSTGRES_PASSWORD: {(v:=pw(3))} がハードコードされている。ユーザーに確認してから .env に移す。""", v)
S(C, "ko", "aws-secret-summary", f"""팀 요약: 배포 계정 키가 노출되었습니다. 노출된 시크릿 {(v:=aws_secret())} 는 비활성화했고 새 키는 SSM에 저장했습니다.""", v)
S(C, "zh", "api-key-config", f"""读取 config/prod.yaml
payment:
  provider: alipay
  app_id: "{dg(16)}"
  app_secret: "{(v:=rs(32))}"
  notify_url: https://pay.example.cn/notify""", v)
S(C, "pl", "summary-key", f"""Podsumowanie: klucz API do Sentry (sntryu_{(w:=hx(64))}) był w repo przez 2 dni; został unieważniony, nowy jest w menedżerze haseł zespołu.""", "sntryu_" + w)
S(C, "nl", "reasoning-basic", f"""Redenering: de webhook van de klant gebruikt basic auth, gebruiker `hooks` met wachtwoord {(v:=pw(0))}. Ik zet dit in de secret store en verwijs er in de config naar.""", v)
S(C, "de", "lesson-curl-verbose", f"""Lektion: `curl -v` zeigt den kompletten Authorization-Header. Beim letzten Mal stand darin Bearer {(v:=jwt())} im geteilten Log. Künftig -v nur mit --trace-ascii und Filter verwenden.""", v)

# =============================================================================
# SECRETS — general assistants
# =============================================================================
S(A, "en", "card-checkout", f"""User: Please finish the checkout for the hotel in Lisbon. Card {(v:=card('4'))}, exp 09/29, CVV {cvv()}, name on card M. Okafor.""", v)
S(A, "en", "card-cvv-tool", f"""tool_call: browser.fill_form({{"cardNumber": "{card('5' + str(R.randint(1, 5)), sep='')}", "expiry": "11/28", "cvc": "{(v:=cvv())}", "postcode": "SW1A 1AA"}})""", v)
S(A, "de", "card-amex", f"""Nutzer: Buch bitte den Mietwagen mit meiner Amex {(v:=card('37', 15))}, gültig bis 04/28, Prüfziffer {cvv(4)}.""", v)
S(A, "fr", "card-voice", f"""Utilisateur : ma carte c'est le {(v:=card('4', sep='-'))}, date d'expiration 03/27, cryptogramme {cvv()}. Réserve les deux places pour samedi.""", v)
S(A, "es", "card-cvv-only", f"""Usuario: el código de seguridad de la tarjeta que termina en {dg(4)} es {(v:=cvv())}, la web me lo está pidiendo otra vez.""", v)
S(A, "it", "card-email", f"""Bozza email generata: "Gentile reception, per la garanzia della prenotazione vi comunico la carta {(v:=card('5' + str(R.randint(1, 5))))} scad. 07/28." — l'assistente segnala: meglio usare il link di pagamento sicuro.""", v)
S(A, "ja", "card-shopping", f"""ユーザー: このカードで注文して。番号 {(v:=card('35' + dg(2)))}、有効期限 10/29、セキュリティコード {cvv()}。""", v)
S(A, "tr", "card-flight", f"""Kullanıcı: bileti şu kartla al: {(v:=card('4'))} SKT 12/27 CVV {cvv()}""", v)
S(A, "en", "iban-payroll", f"""HR assistant log: employee updated bank details for payroll — new IBAN {(v:=ib('GB'))}, effective from the December run.""", v)
S(A, "de", "iban-rent", f"""Nutzer: Richte bitte den Dauerauftrag für die Miete ein: Empfänger Hausverwaltung Kessler, IBAN {(v:=ib('DE'))}, 1.240 € zum 1. des Monats.""", v)
S(A, "fr", "iban-refund", f"""Utilisateur : pour le remboursement de la mutuelle, mon IBAN est {(v:=ib('FR'))}.""", v)
S(A, "nl", "iban-invoice", f"""Gebruiker: zet mijn rekeningnummer {(v:=ib('NL', spaced=False))} onderaan de factuur voor de klant.""", v)
S(A, "es", "iban-domiciliacion", f"""Usuario: para domiciliar el recibo de la luz usa mi cuenta {(v:=ib('ES'))}.""", v)
S(A, "it", "iban-bonifico", f"""Utente: fai il bonifico alla scuola di musica, IBAN {(v:=ib('IT'))}, causale "retta dicembre Giulia".""", v)
S(A, "pl", "iban-przelew", f"""tool_result: {{"formularz": "zwrot-biletow", "imie_nazwisko": "Piotr Nowak", "nr_konta": "{(v:=ib('PL'))}", "status": "wysłano"}}""", v)
S(A, "cs", "iban-cz", f"""Uživatel: pošli tu zálohu na účet {(v:=ib('CZ'))}, je to účet paní pronajímatelky.""", v)
S(A, "ro", "iban-ro", f"""Utilizator: contul meu pentru salariu s-a schimbat: {(v:=ib('RO'))}. Anunță HR-ul.""", v)
S(A, "tr", "iban-tr", f"""Kullanıcı: aidat için IBAN'ım {(v:=ib('TR'))}, yöneticiye ilet lütfen.""", v)
S(A, "el", "iban-gr", f"""Χρήστης: στείλε στον λογιστή το IBAN μου {(v:=ib('GR'))} για την επιστροφή φόρου.""", v)
S(A, "sv", "iban-se", f"""Resonemang: försäkringsbolaget vill ha kontot för återbetalningen. Användaren angav {(v:=ib('SE'))} tidigare i tråden; jag klistrar in det i svaret men inte i sammanfattningen.""", v)
S(A, "en", "ssn-tax", f"""User: For the tax form, my SSN is {(v:=ssn())} and my wife's is {ssn()}. Fill in both.""", v)
S(A, "fi", "hetu", f"""Käyttäjä: ajanvarausta varten henkilötunnukseni on {(v:=hetu())}.""", v)
S(A, "sv", "personnummer", f"""tool_call: vard.boka_tid({{"mottagning": "Vårdcentralen Söder", "personnummer": "{(v:=personnummer())}", "tid": "förmiddag"}})""", v)
S(A, "no", "fodselsnummer", f"""Oppsummering: søknad om barnehageplass sendt for Ingrid (fødselsnummer {(v:=fnr())}). Svar kommer i mars.""", v)
S(A, "pl", "pesel", f"""tool_call: forms.fill({{"form": "rejestracja-przychodnia", "imie": "Zofia", "pesel": "{(v:=pesel())}", "telefon": "+48 600 000 000"}})""", v)
S(A, "es", "dni", f"""Razonamiento: Renfe exige documento para el billete; el usuario me dio antes su DNI {(v:=dni())}, lo uso solo en el campo del pasajero y no en el resumen.""", v)
S(A, "nl", "bsn", f"""Samenvatting voor de gebruiker: aanvraag zorgtoeslag ingediend op naam van J. de Vries (BSN {(v:=bsn())}); besluit volgt binnen 8 weken.""", v)
S(A, "pt", "cpf", f"""Rascunho de e-mail para a loja: "Olá, preciso da nota fiscal da compra de ontem em meu nome, CPF {(v:=cpf())}. Obrigado!\"""", v)
S(A, "tr", "tckn", f"""Randevu özeti: Dahiliye, 11 Aralık 09:40, Dr. Aydın. Hasta TC kimlik no {(v:=tckn())} ile MHRS üzerinden kaydedildi.""", v)
S(A, "he", "teudat-zehut", f"""משתמש: מספר תעודת הזהות שלי הוא {(v:=teudat())}, תמלא אותו בטופס של קופת החולים.""", v)
S(A, "ko", "rrn", f"""tool_result: {{"insurer": "OO손해보험", "claimant": "김민지", "resident_no": "{(v:=rrn())}", "status": "접수완료"}}""", v)
S(A, "zh", "cn-id", f"""tool_result: {{"乘车人": "王芳", "证件类型": "居民身份证", "证件号码": "{(v:=cn_id())}", "车次": "G{R.randint(1, 999)}", "状态": "已出票"}}""", v)
S(A, "fr", "nir", f"""Raisonnement : l'attestation Ameli scannée contient le NIR {(v:=nir())}. Je le recopie dans le formulaire de la mutuelle puis je supprime le scan du dossier partagé.""", v)
S(A, "ro", "cnp", f"""Raționament: cererea de pașaport cere CNP-ul; utilizatorul l-a scris în mesajul anterior ({(v:=cnp())}). Îl completez doar în formular.""", v)
S(A, "cs", "rodne-cislo", f"""Shrnutí: přihláška na tábor odeslána — dítě Tomáš N., rodné číslo {(v:=rodne())}, termín 2. turnus, záloha 3 500 Kč zaplacena.""", v)
S(A, "nl", "be-rijksregister", f"""E-mailconcept aan de mutualiteit: "Geachte, graag schrijf ik mij in. Mijn rijksregisternummer is {(v:=be_nn())}. Met vriendelijke groet, Lotte Peeters.""""", v)
S(A, "el", "amka", f"""Μάθημα για την επόμενη φορά: ο ΑΜΚΑ του χρήστη ({(v:=amka())}) μπήκε κατά λάθος στη σύνοψη του ραντεβού που στάλθηκε στη γραμματεία. Να μην αντιγράφεται σε σημειώσεις.""", v)
S(A, "en", "passport-travel", f"""Assistant → airline form: Passenger 1 — Name: Priya Raman, Nationality: IND, Passport No: {(v:=rs(1, UP) + dg(7))}, Expiry: 2031-05-14.""", v)
S(A, "de", "passport-de", f"""Nutzer: für die Einreise-Registrierung: Reisepassnummer {(v:=rs(1, 'CFGHJK') + rs(8, 'CFGHJKLMNPRTVWXYZ0123456789'))}, ausgestellt in München.""", v)
S(A, "it", "passport-it", f"""Utente: il numero del mio passaporto è {(v:=rs(2, UP) + dg(7))}, inseriscilo per il check-in online.""", v)
S(A, "en", "passport-uk", f"""Calendar note (private): Renew ESTA — passport {(v:=dg(9))} (UK), old one cancelled.""", v)
S(A, "en", "seed-phrase", f"""User: I'm moving my wallet to a new phone. Recovery phrase: {(v:=seed(12))}. Can you check it's 12 words?""", v)
S(A, "de", "seed-phrase-24", f"""Nutzer: Hier meine 24 Wörter, speicher sie bitte in meinen Notizen: {(v:=seed(24))}""", v)
S(A, "es", "seed-reasoning", f"""Razonamiento: el usuario pegó su frase semilla ({(v:=seed(12))}) pidiendo ayuda con un "soporte" que le escribió por Telegram. Es casi seguro una estafa; debo advertirle y no reenviar nada.""", v)
S(A, "en", "wifi-guest", f"""Smart home assistant: Guest network "Maple-Guest" is on. Password: {(v:=pw(2))} — shared with Tom via SMS.""", v)
S(A, "fr", "wifi-airbnb", f"""Message au voyageur (brouillon) : Bienvenue ! Le Wi-Fi s'appelle Box-{HX(4)} et le mot de passe est {(v:=pw(4))}. Bon séjour !""", v)
S(A, "ar", "wifi-ar", f"""المستخدم: كلمة سر الواي فاي في البيت {(v:=pw(0))} ، أرسلها لأمي.""", v)
S(A, "en", "door-code", f"""Travel summary: Check-in from 15:00. Building door code {(v:=dg(4) + '#')}, apartment key in lockbox (code {dg(4)}).""", v)
S(A, "de", "door-code-de", f"""Nutzer: Der Code für die Haustür ist {(v:=dg(5))}, schick ihn bitte der Putzfrau für Donnerstag.""", v)
S(A, "sv", "portkod", f"""Användare: portkoden är {(v:=dg(4))} och lägenheten ligger på tredje våningen – skriv det till flyttfirman.""", v)
S(A, "it", "alarm-code", f"""Utente: il codice dell'allarme è {(v:=dg(6))}, disattivalo dall'app quando arriva il tecnico alle 10.""", v)
S(A, "en", "alarm-disarm-tool", f"""tool_call: home.alarm.disarm({{"panel": "hallway", "code": "{(v:=dg(4))}"}})
tool_result: {{"status": "disarmed", "at": "2026-12-07T08:02:11Z"}}""", v)
S(A, "en", "locker-code", f"""Parcel update: Your package is in locker 14 at the Station Road hub. Pickup code: {(v:=dg(6))}. Valid until 9 Dec, 20:00.""", v)
S(A, "pl", "paczkomat", f"""Użytkownik: kod odbioru z paczkomatu to {(v:=dg(6))}, odbierz proszę za mnie paczkę — przekaż go sąsiadowi.""", v)
S(A, "en", "garage-code", f"""Reminder created: "Give the dog-sitter the garage keypad code {(v:=dg(4))} and the spare key location.\"""", v)
S(A, "nl", "kluis-code", f"""Gebruiker: de code van de kluis in de hotelkamer heb ik ingesteld op {(v:=dg(4))}, onthoud dat even voor me.""", v)
S(A, "en", "bike-lock", f"""User: note that my bike lock combination is {(v:=dg(4))}, I keep forgetting it.""", v)
S(A, "en", "bank-pin", f"""User: my new debit card PIN is {(v:=dg(4))}, can you remind me of it next week? I'll probably forget.""", v)
S(A, "es", "pin-tarjeta", f"""Usuario: el PIN de la tarjeta nueva es {(v:=dg(4))}; apúntalo en mis notas privadas.""", v)
S(A, "fi", "pin-koodi", f"""Käyttäjä: puhelimen SIM-kortin PIN on {(v:=dg(4))} ja PUK {dg(8)}.""", v)
S(A, "en", "puk", f"""Support chat transcript: Agent: Your PUK code is {(v:=dg(8))}. Enter it, then choose a new PIN.""", v)
S(A, "en", "otp-sms-bank", f"""Inbox triage: SMS from BANK — "{(v:=otp())} is your verification code for a payment of €418.00 to AIRLINE. Never share this code." (flagged: do not forward)""", v)
S(A, "en", "otp-user", f"""User: the code they just texted me is {(v:=otp())}, put it in and confirm the transfer.""", v)
S(A, "de", "otp-de", f"""Nutzer: der Bestätigungscode ist {(v:=otp())}, bitte schnell eingeben, er läuft nach 5 Minuten ab.""", v)
S(A, "fr", "otp-fr", f"""Utilisateur : voici le code reçu par SMS : {(v:=otp())}. Valide le virement vers le notaire.""", v)
S(A, "ru", "otp-ru", f"""tool_call: bank.confirm_payment({{"payment_id": "pay_{dg(8)}", "sms_code": "{(v:=otp())}"}})  # код прислал пользователь: «подтверди оплату за садик»""", v)
S(A, "hi", "otp-hi", f"""तर्क: उपयोगकर्ता ने बिजली बिल के भुगतान के लिए OTP {(v:=otp())} भेजा है; यह 3 मिनट में समाप्त होगा, इसलिए तुरंत दर्ज करता हूँ और इसे सारांश में नहीं लिखूँगा।""", v)
S(A, "th", "otp-th", f"""บทเรียน: ครั้งก่อนผู้ใช้ส่งรหัส OTP {(v:=otp())} มาในแชทกลุ่มครอบครัว ครั้งหน้าควรเตือนว่าไม่ควรแชร์รหัสนี้กับใคร""", v)
S(A, "en", "recovery-codes-email", f"""Email triage: "Your backup codes for Acme Mail" — {(v:=', '.join(dg(4) + ' ' + dg(4) for _ in range(5)))}. Suggest archiving to the password manager and deleting the email.""", v)
S(A, "ja", "recovery-code", f"""ユーザー: Appleアカウントの復旧キーは {(v:='-'.join(rs(4, UP + DG) for _ in range(7)))} です。メモに保存しておいて。""", v)
S(A, "en", "bank-login", f"""User: Log into my online banking and download November's statement. Username rmendes88, password {(v:=pw(0))}.""", v)
S(A, "de", "versicherung-login", f"""Nutzer: Zugang zum Kundenportal der Versicherung: Kundennummer {dg(9)}, Passwort {(v:=pw(3))}. Lade bitte die Beitragsrechnung herunter.""", v)
S(A, "fr", "ecole-pronote", f"""Utilisateur : identifiant Pronote de ma fille : l.martin12, mot de passe : {(v:=pw(0))}. Regarde les devoirs de la semaine.""", v)
S(A, "es", "portal-paciente", f"""tool_call: browser.login({{"url": "https://portal.hospital-ejemplo.es", "usuario": "mgarcia", "contrasena": "{(v:=pw(3))}"}})  # pedido del usuario: descargar resultados""", v)
S(A, "it", "hr-portal", f"""Ragionamento: per scaricare il cedolino di novembre uso le credenziali che l'utente mi ha dato ieri (matricola 40{dg(3)}, password {(v:=pw(4))}); non le ripeto nella risposta.""", v)
S(A, "nl", "digid-hint", f"""Samenvatting: declaratie ingediend bij de zorgverzekeraar. Let op: je wachtwoord ({(v:=pw(0))}) stond in je e-mail aan mij; verander het liefst even.""", v)
S(A, "pl", "haslo-poczta", f"""Lekcja na przyszłość: użytkownik wkleił nowe hasło do poczty firmowej ({(v:=pw(3))}) w notatce współdzielonej z zespołem. Następnym razem od razu zaproponować menedżer haseł.""", v)
S(A, "ru", "parol-gosuslugi", f"""Итог для пользователя: полис скачан из личного кабинета страховой. Напоминаю, что вы прислали пароль {(v:=pw(0))} в открытом чате — лучше его сменить.""", v)
S(A, "uk", "parol-shkola", f"""Нотатка в календарі (приватна): «Логін до електронного щоденника — sasha.k, пароль {(v:=pw(4))}, перевіряти оцінки щоп'ятниці».""", v)
S(A, "ja", "pass-ja", f"""思考: ユーザーが保険会社マイページのログイン情報を送ってきた（ID: h.sato / パスワード: {(v:=pw(0))}）。契約内容の確認だけ行い、返答には書かない。""", v)
S(A, "ko", "pass-ko", f"""이메일 초안: "여보, 아이 학교 알림장 앱 비밀번호 바꿨어. 새 비밀번호는 {(v:=pw(4))} 이야. 메모해 둬.""""", v)
S(A, "zh", "pass-zh", f"""tool_call: browser.login({{"site": "网上银行", "username": "li_wei88", "password": "{(v:=pw(3))}"}})""", v)
S(A, "vi", "pass-vi", f"""Bài học: lần trước người dùng gửi mật khẩu cổng bệnh viện ({(v:=pw(0))}) trong tin nhắn nhóm gia đình; lần sau hãy đề nghị họ tự đăng nhập và chỉ chia sẻ file kết quả.""", v)
S(A, "ro", "pass-ro", f"""tool_result: {{"vault_item": "Platforma școlii", "user": "ionescu.ana", "password": "{(v:=pw(4))}", "updated": "2026-12-01"}}""", v)
S(A, "en", "passphrase-vault", f"""User: the master passphrase for the family password vault is "{(v:=' '.join(pick(WORDS) for _ in range(5)))}". Add it to the emergency letter for my sister.""", v)
S(A, "en", "reasoning-password-spoken", f"""Assistant reasoning: the user dictated "capital T, tiger, seven seven, exclamation mark" — i.e. {(v:='Tiger77!' + dg(2))} — for the school portal; I'll type it into the login form and not repeat it in the reply.""", v)
S(A, "en", "summary-voicemail-pin", f"""Daily summary: reset voicemail as requested — new voicemail PIN is {(v:=dg(6))}. Carrier confirmed by email.""", v)
S(A, "en", "hr-onboarding", f"""HR assistant → new hire draft: Welcome, Samir! Your temporary laptop login is s.haddad / {(v:=pw(1))}. You'll be asked to change it on first sign-in.""", v)
S(A, "en", "customer-support-reset", f"""Support ticket #58213 internal note: customer couldn't log in; set temporary password {(v:=pw(4))} and asked them to change it.""", v)
S(A, "en", "smart-lock-tool", f"""tool_call: smartlock.create_code({{"lock": "front_door", "name": "plumber", "code": "{(v:=dg(6))}", "valid_from": "2026-12-09T08:00", "valid_to": "2026-12-09T12:00"}})""", v)
S(A, "en", "lesson-card", f"""Lesson for next time: the user read out the full card number ({(v:=card('4'))}) in a voice note; the transcript lands in the shared notes folder, so paraphrase payment details instead of transcribing them.""", v)
S(A, "en", "software-licence", f"""Email triage: "Your PhotoSuite Pro licence" — Licence key: {(v:=lic())} — Activations left: 2. Filed to Purchases/Software.""", v)
S(A, "de", "lizenz-office", f"""Nutzer: Der Produktschlüssel für Office auf dem neuen Laptop lautet {(v:=lic())}.""", v)
S(A, "en", "insurance-portal-2fa", f"""User: the insurer's app shows a one-time code {(v:=otp(8))} — read it off and finish submitting the claim.""", v)
S(A, "en", "credit-card-spaces-less", f"""Expense assistant reasoning: the receipt OCR shows the full card number {(v:=card('5' + str(R.randint(1, 5)), sep=''))} instead of the usual masked one; the merchant printed it in full. Redact before attaching to the expense report.""", v)

# =============================================================================
# INNOCENT — coding agents
# =============================================================================
def sha() -> str:
    return hx(40)


I(C, "ko", "git-log", f"""사용자: 최근 커밋 다섯 개 요약해 줘.
$ git log --oneline -5
{hx(7)} fix(api): handle empty cart on checkout
{hx(7)} chore(deps): bump axios from 1.7.7 to 1.7.9
{hx(7)} feat: add CSV export for invoices
{hx(7)} test: cover refund edge cases
{hx(7)} Merge pull request #412 from acme/feature/tax-rates""")
I(C, "en", "git-show", f"""$ git show --stat HEAD
commit {sha()} (HEAD -> main, origin/main)
Author: Lena Vogt <lena@example.com>
Date:   Fri Dec 4 17:22:09 2026 +0100

    Rotate credentials via Vault instead of .env files

 deploy/vault.hcl | 14 ++++++++++----
 1 file changed, 10 insertions(+), 4 deletions(-)""")
I(C, "vi", "docker-pull-digest", f"""Người dùng: kéo image 2.14.0 về và cho mình digest.
$ docker pull ghcr.io/acme/api:2.14.0
2.14.0: Pulling from acme/api
{hx(12)}: Pull complete
{hx(12)}: Pull complete
Digest: sha256:{hx(64)}
Status: Downloaded newer image for ghcr.io/acme/api:2.14.0""")
I(C, "en", "k8s-image-pinned", f"""Read k8s/deployment.yaml (lines 18-22)
      containers:
        - name: api
          image: registry.example.com/api@sha256:{hx(64)}
          envFrom:
            - secretRef: {{ name: api-secrets }}""")
I(C, "hu", "package-lock", f"""Felhasználó: miért változott a lodash bejegyzés a lockfile-ban?
Read package-lock.json (lines 1201-1207)
    "node_modules/lodash": {{
      "version": "4.17.21",
      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
      "integrity": "sha512-{b64(64)}",
      "license": "MIT"
    }},""")
I(C, "en", "yarn-lock", f"""Read yarn.lock (lines 88-92)
"@babel/core@^7.24.0":
  version "7.26.0"
  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.26.0.tgz#{sha()}"
  integrity sha512-{b64(64)}""")
I(C, "da", "pip-hashes", f"""Bruger: tjek at requirements.lock har hashes for requests.
Read requirements.lock (lines 10-13)
requests==2.32.3 \\
    --hash=sha256:{hx(64)} \\
    --hash=sha256:{hx(64)}""")
I(C, "en", "cargo-lock", f"""Read Cargo.lock (lines 301-306)
[[package]]
name = "serde"
version = "1.0.215"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "{hx(64)}"
""")
I(C, "en", "terraform-lock", f"""Read .terraform.lock.hcl
provider "registry.terraform.io/hashicorp/aws" {{
  version     = "5.80.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:{b64(32)}",
    "zh:{hx(64)}",
  ]
}}""")
I(C, "no", "uuid-migration", f"""Bruker: se over migreringen før jeg merger.
Read db/migrations/20261201_add_tenants.sql
INSERT INTO tenants (id, name, plan) VALUES
  ('{uid()}', 'Northwind', 'pro'),
  ('{uid()}', 'Contoso', 'enterprise');""")
I(C, "en", "request-ids-log", f"""2026-12-07T10:12:44.118Z INFO  request_id={uid()} method=POST path=/v1/orders status=201 duration_ms=84
2026-12-07T10:12:44.530Z WARN  request_id={uid()} method=GET path=/v1/orders/ord_{rs(14)} status=404 duration_ms=7""")
I(C, "en", "aws-request-id", f"""An error occurred (AccessDenied) when calling the GetObject operation: Access Denied
RequestId: {HX(16)}
HostId: {b64(56)}""")
I(C, "en", "traceparent", f"""> POST /checkout HTTP/2
> traceparent: 00-{hx(32)}-{hx(16)}-01
> x-request-id: {uid()}
< HTTP/2 502
< cf-ray: {hx(16)}-FRA""")
I(C, "ar", "ssh-pubkey", f"""المستخدم: أرسل لي المفتاح العام لأضيفه في GitHub.
$ cat ~/.ssh/id_ed25519.pub
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]} dev@laptop""")
I(C, "en", "authorized-keys", f"""Edit /home/deploy/.ssh/authorized_keys
+ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{b64(300)} ci@runner-07""")
I(C, "en", "ssh-fingerprint", f"""$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 SHA256:{b64(32).rstrip('=')} dev@laptop (ED25519)
$ ssh git@github.com
Hi dev! You've successfully authenticated, but GitHub does not provide shell access.""")
I(C, "he", "gpg-list", f"""משתמש: איזה מפתח GPG משמש לחתימת הגרסאות?
$ gpg --list-secret-keys --keyid-format=long
sec   ed25519/{HX(16)} 2025-03-02 [SC] [expires: 2027-03-02]
      {HX(40)}
uid                 [ultimate] Release Bot <release@example.org>
ssb   cv25519/{HX(16)} 2025-03-02 [E]""")
I(C, "fa", "certificate-pem", f"""کاربر: گواهی CA داخلی را نشانم بده.
Read certs/ca.crt
{pem('CERTIFICATE', 480)}""")
I(C, "en", "public-key-pem", f"""Read keys/jwt_public.pem
{pem('PUBLIC KEY', 294)}""")
I(C, "id", "jwks", f"""Pengguna: ambil JWKS dari server auth, aku mau cek kid-nya.
$ curl -s https://auth.example.com/.well-known/jwks.json | jq '.keys[0]'
{{
  "kty": "RSA",
  "kid": "{hx(16)}",
  "use": "sig",
  "alg": "RS256",
  "n": "{b64u(256)}",
  "e": "AQAB"
}}""")
I(C, "en", "placeholders-readme", """Read README.md (lines 30-38)
## Configuration
Copy `.env.example` to `.env` and fill in:
    OPENAI_API_KEY=<your-openai-key>
    DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
    STRIPE_SECRET_KEY=sk_live_...
Never commit the real values.""")
I(C, "en", "env-example", """Read .env.example
# copy to .env — values below are placeholders
AWS_ACCESS_KEY_ID=your-access-key-id
AWS_SECRET_ACCESS_KEY=your-secret-access-key
SLACK_BOT_TOKEN=xoxb-your-token-here
JWT_SECRET=change-me""")
I(C, "en", "gha-secrets-ref", """Read .github/workflows/deploy.yml (lines 20-29)
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/gha-deploy
          aws-region: eu-west-1
      - run: ./deploy.sh
        env:
          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}""")
I(C, "en", "python-environ", """Edit app/config.py
-API_KEY = "hardcoded"
+API_KEY = os.environ["PAYMENTS_API_KEY"]
+DB_PASSWORD = os.getenv("DB_PASSWORD", "")
+if not API_KEY:
+    raise RuntimeError("PAYMENTS_API_KEY is not set")""")
I(C, "en", "k8s-secret-ref", """Read helm/templates/deployment.yaml (lines 40-47)
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.db.existingSecret }}
                  key: password""")
I(C, "en", "masked-ci", """[build 9012] Run npm publish
[build 9012]   NODE_AUTH_TOKEN: ***
[build 9012] npm notice Publishing to https://registry.npmjs.org/ with tag latest
[build 9012] + @acme/ui@4.2.0""")
I(C, "en", "masked-token-list", f"""$ gh api /user/tokens --jq '.[] | [.name, .last_four]'
["ci-publish","{rs(4)}"]
["laptop","{rs(4)}"]
Tokens are shown only as last four characters.""")
I(C, "el", "aws-example-keys", """Χρήστης: είναι αληθινά αυτά τα κλειδιά στα docs;
Read docs/aws-setup.md (lines 12-16)
For illustration only, AWS's documentation uses these example values:
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Replace them with your own credentials from IAM.""")
I(C, "en", "jwtio-example", """Read tests/test_jwt_decode.py (lines 5-8)
# Sample token from jwt.io, not a real credential
SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
assert decode_unverified(SAMPLE)["name"] == "John Doe\"""")
I(C, "en", "stripe-test-cards", """Read tests/fixtures/cards.py
# Stripe documented test cards (test mode only)
VISA_OK = "4242 4242 4242 4242"
DECLINED = "4000 0000 0000 0002"
CVC_ANY = "any 3 digits"
""")
I(C, "en", "stripe-publishable", f"""Read web/src/checkout.ts (lines 3-5)
// Publishable key: safe to expose in the browser
const stripe = await loadStripe("pk_live_51{rs(22)}{rs(75)}");""")
I(C, "en", "mapbox-public", f"""Read web/.env.production
VITE_MAPBOX_PUBLIC_TOKEN=pk.{b64u_json({'u': 'acme', 'a': rs(24, LO + DG)})}.{rs(22, URLSAFE)}
VITE_API_BASE=https://api.example.com""")
I(C, "en", "stripe-ids", f"""$ stripe events list --limit 2
evt_{rs(24)}  charge.succeeded       2026-12-06 22:10:03
evt_{rs(24)}  payment_intent.created 2026-12-06 22:10:01
(request id: req_{rs(14)})""")
I(C, "th", "sentry-event", f"""ผู้ใช้: ช่วยดู issue นี้ใน Sentry หน่อย
Sentry issue API-4K2 — TypeError: Cannot read properties of undefined (reading 'total')
Event ID: {hx(32)}
Release: api@2.14.0+{hx(7)}
First seen: 2026-12-05 14:22 UTC, 312 events, 41 users""")
I(C, "en", "jest-snapshot", f"""$ npx jest src/utils
 PASS  src/utils/format.test.ts
  ✓ formats IBAN with spaces (DE89 **** **** **** 3000 masked) (3 ms)
  ✓ masks card numbers to last four (•••• 4417) (1 ms)
Tests: 14 passed, 14 total""")
I(C, "en", "semver-changelog", """Read CHANGELOG.md (lines 1-12)
## [3.4.0] - 2026-11-28
### Security
- Tokens are now hashed with SHA-256 before being stored (CVE-2026-31877).
- Session cookies are marked Secure and HttpOnly by default.
### Fixed
- Password reset links expire after 30 minutes (#1874).""")
I(C, "en", "npm-audit", f"""$ npm audit
# npm audit report
jsonwebtoken  <9.0.0
Severity: high
jsonwebtoken unrestricted key type could lead to legacy keys usage - https://github.com/advisories/GHSA-{rs(4, LO + DG)}-{rs(4, LO + DG)}-{rs(4, LO + DG)}
fix available via `npm audit fix --force`""")
I(C, "en", "base64-config", f"""$ echo 'eyJyZWdpb24iOiJldS13ZXN0LTEiLCJ0aWVyIjoiZnJlZSJ9' | base64 -d
{{"region":"eu-west-1","tier":"free"}}""")
I(C, "en", "sri-hash", f"""Read public/index.html (lines 8-10)
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
  integrity="sha384-{b64(48)}"
  crossorigin="anonymous"></script>""")
I(C, "en", "etag", f"""$ aws s3api head-object --bucket assets-prod --key logo.svg
{{
    "ContentLength": 18211,
    "ETag": "\\"{hx(32)}\\"",
    "VersionId": "{rs(32, URLSAFE)}",
    "ContentType": "image/svg+xml"
}}""")
I(C, "en", "aws-arn-kms", f"""$ aws kms describe-key --key-id alias/app-data --query KeyMetadata.[KeyId,Arn]
[
    "{uid()}",
    "arn:aws:kms:eu-central-1:{dg(12)}:key/{uid()}"
]""")
I(C, "en", "iam-access-key-list", f"""$ aws iam list-access-keys --user-name ci-deployer
{{"AccessKeyMetadata": [{{"UserName": "ci-deployer", "Status": "Inactive", "CreateDate": "2025-02-11T09:00:00Z"}}]}}
Note: secret values are only shown once at creation; nothing to rotate here.""")
I(C, "hi", "mongodb-objectid", f"""उपयोगकर्ता: failed ऑर्डर कौन-से हैं, दो दिखाओ।
orders> db.orders.find({{status: "failed"}}, {{_id: 1, total: 1}}).limit(2)
[
  {{ _id: ObjectId('{hx(24)}'), total: 129.9 }},
  {{ _id: ObjectId('{hx(24)}'), total: 18.5 }}
]""")
I(C, "en", "psql-no-password", """$ psql "host=localhost dbname=app user=app sslmode=disable"
psql: error: connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  password authentication failed for user "app"
Hint: set PGPASSWORD or use ~/.pgpass instead of passing it on the command line.""")
I(C, "en", "connection-no-secret", """Read config/database.yml (lines 1-8)
production:
  adapter: postgresql
  host: db.internal
  database: shop_production
  username: shop
  password: <%= ENV["SHOP_DB_PASSWORD"] %>
  pool: 10""")
I(C, "en", "hash-password-code", """Edit auth/passwords.py
+def hash_password(plain: str) -> str:
+    return argon2.PasswordHasher(time_cost=3, memory_cost=65536).hash(plain)
+
+def verify(hashed: str, plain: str) -> bool:
+    return argon2.PasswordHasher().verify(hashed, plain)""")
I(C, "en", "test-fixture-pw", """Read tests/conftest.py (lines 14-18)
@pytest.fixture
def user(db):
    # obviously fake credentials for the throwaway test database
    return User.create(email="test@example.com", password="password")""")
I(C, "en", "gitleaks-clean", f"""$ gitleaks detect --source . --no-banner
{hx(7)} scanned ~1,842 commits (14.3 MB) in 2.1s
no leaks found""")
I(C, "en", "trufflehog-finding-redacted", """$ trufflehog git file://. --only-verified
Found verified result 🐷🔑
Detector Type: Slack
Raw result: xoxb-****************
Commit: see report.json
Action taken: token revoked by workspace admin.""")
I(C, "en", "curl-no-auth", f"""$ curl -s https://api.github.com/repos/acme/ui/releases/latest | jq '{{tag_name, id, target_commitish}}'
{{"tag_name": "v4.2.0", "id": {dg(9)}, "target_commitish": "{sha()}"}}""")
I(C, "en", "oauth-flow-desc", """Agent reasoning: the OAuth callback fails because the redirect URI registered in the provider console is http://localhost:3000/callback while the app sends http://127.0.0.1:3000/callback. The client secret itself is fine; no need to ask the user for it.""")
I(C, "en", "lesson-no-secret", """Lesson for next time: before running `env` or `printenv` in a shared terminal, pipe it through `cut -d= -f1` so only variable names appear. Ask the user to paste keys into the secret manager, never into chat.""")
I(C, "en", "summary-rotation", """Summary for the team: all CI tokens were rotated on 2026-12-04 after the contractor offboarding. New values live only in Vault (kv/ci/*). No action needed unless your local .env still points at the old ones.""")
I(C, "en", "uuid-heroku-app", f"""$ heroku apps:info -a acme-staging
=== acme-staging
Addons:         heroku-postgresql:essential-0
Dynos:          web: 1
Git URL:        https://git.heroku.com/acme-staging.git
ID:             {uid()}
Region:         eu
Stack:          heroku-24""")
I(C, "en", "gha-run-ids", f"""$ gh run list --limit 3
✓  ci: bump deps        CI   main   push   {dg(11)}  2m11s  about 1 hour ago
X  feat: sso callback   CI   sso    push   {dg(11)}  1m54s  about 2 hours ago
✓  docs: tokens page    CI   main   push   {dg(11)}  1m02s  about 3 hours ago""")
I(C, "en", "luhn-test-code", """Read src/validate/card.ts (lines 1-9)
export function luhnValid(num: string): boolean {
  let sum = 0, dbl = false;
  for (let i = num.length - 1; i >= 0; i--) {
    let d = +num[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d; dbl = !dbl;
  }
  return sum % 10 === 0;
}""")
I(C, "en", "iban-example-doc", """Read docs/payments.md (lines 50-53)
Example (the standard documentation IBAN, not a real account): DE89 3704 0044 0532 0130 00.
The API rejects IBANs whose mod-97 checksum is not 1.""")
I(C, "en", "webhook-url-no-secret", """Read docs/integrations.md (lines 70-74)
Configure your endpoint as https://your-domain.example/webhooks/stripe.
Stripe signs each event; verify the `Stripe-Signature` header with the endpoint's signing secret
(stored as STRIPE_WEBHOOK_SECRET in your environment).""")
I(C, "en", "jwt-decoded-claims", f"""Agent reasoning: I decoded only the claims from the failing request in the log (the signature was already stripped by the logger): {{"sub":"user_{dg(6)}","aud":"api","exp":1765112400}}. exp is in the past, so the 401 is expected; refresh logic is the bug.""")
I(C, "de", "git-user-msg", f"""Nutzer: Bitte cherry-picke Commit {hx(12)} auf den Release-Branch 2.14 und leg einen Tag v2.14.1 an.""")
I(C, "fr", "docker-digest-user", f"""Utilisateur : la prod tourne sur l'image sha256:{hx(64)}, compare-la avec celle du tag 2.14.0 sur le registre.""")
I(C, "es", "uuid-user", f"""Usuario: el pedido con id {uid()} aparece duplicado en la tabla de pagos; revisa los logs del worker de ayer.""")
I(C, "it", "env-ref-user", """Utente: la variabile OPENAI_API_KEY è già definita nei secret di GitHub, non serve chiedermela. Usa ${{ secrets.OPENAI_API_KEY }} nel workflow.""")
I(C, "pt", "hash-summary", f"""Resumo: a versão 3.1.2 foi publicada. Checksum SHA-256 do binário: {hx(64)}. Commit de origem {hx(10)}.""")
I(C, "nl", "request-id-user", f"""Gebruiker: de klant kreeg een 500-fout, request id {uid()}, rond 14:05. Kun je het in de logs vinden?""")
I(C, "pl", "error-code-user", """Użytkownik: instalacja kończy się błędem 0x80070643 przy aktualizacji .NET 8.0.11. Co to oznacza?""")
I(C, "cs", "version-user", """Uživatel: po upgradu na PostgreSQL 17.2 spadl test test_migrations; na 16.6 prošel. Podívej se na changelog.""")
I(C, "sv", "pr-user", f"""Användare: granska PR #{R.randint(100, 999)} – den byter från lösenord i klartext till hashning med bcrypt (cost 12). Kolla att testerna inte innehåller riktiga lösenord.""")
I(C, "da", "commit-user", f"""Bruger: revert commit {hx(40)}, den brød login-flowet på staging.""")
I(C, "fi", "gpg-user", f"""Käyttäjä: allekirjoita julkaisu avaimella, jonka sormenjälki on {' '.join(HX(4) for _ in range(10))}.""")
I(C, "no", "pubkey-user", f"""Bruker: legg til denne offentlige nøkkelen på bygg-serveren: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(32)[:43]} kari@mac""")
I(C, "ru", "trace-user", f"""Пользователь: посмотри трейс {hx(32)} в Jaeger, запрос к /api/payments висит 30 секунд.""")
I(C, "uk", "digest-user", f"""Користувач: у registry два образи з однаковим тегом, але різними дайджестами: sha256:{hx(64)} і sha256:{hx(64)}. Який з них у проді?""")
I(C, "tr", "lockfile-user", """Kullanıcı: package-lock.json'daki integrity hash'leri değişti ama sürümler aynı; bu normal mi yoksa registry mi değişti?""")
I(C, "ar", "secret-prose", """المستخدم: كيف أخزن مفاتيح API بشكل آمن في مشروع Django؟ هل أستخدم متغيرات البيئة أم خدمة مثل Vault؟""")
I(C, "he", "cert-expiry", """משתמש: התעודה של api.example.co.il פגה ב-14.12.2026. תבדוק אם certbot מחדש אותה אוטומטית.""")
I(C, "fa", "version-fa", """کاربر: بعد از ارتقای Node به نسخه 22.11.0 تست‌ها با خطای ERR_REQUIRE_ESM شکست می‌خورند.""")
I(C, "hi", "pr-hi", f"""उपयोगकर्ता: PR #{R.randint(1000, 1999)} मर्ज कर दो, commit {hx(7)} में टेस्ट ठीक हो गए हैं।""")
I(C, "ja", "error-ja", """ユーザー: `npm install` で EACCES: permission denied, mkdir '/usr/local/lib/node_modules' が出ます。sudo は使いたくないです。""")
I(C, "ko", "uuid-ko", f"""사용자: 테넌트 {uid()} 의 데이터만 스테이징으로 복사해 줘.""")
I(C, "zh", "hash-zh", f"""用户：发布包的 SHA-256 是 {hx(64)}，帮我和官网上的校验值对比一下。""")
I(C, "vi", "ports-vi", """Người dùng: container postgres không lên được, lỗi "port 5432 is already allocated". Kiểm tra giúp mình.""")
I(C, "id", "token-prose-id", """Pengguna: tolong jelaskan beda access token dan refresh token di OAuth 2.0, dan berapa lama sebaiknya masa berlakunya.""")
I(C, "th", "version-th", """ผู้ใช้: อัปเกรด React จาก 18.3.1 เป็น 19.0.0 แล้ว build พัง ช่วยดู error ให้หน่อย""")
I(C, "el", "commit-el", f"""Χρήστης: το bug εμφανίστηκε μετά το commit {hx(7)}· κάνε git bisect ανάμεσα σε αυτό και το tag v1.8.0.""")
I(C, "hu", "reqid-hu", f"""Felhasználó: a fizetési hiba request azonosítója req_{rs(14)}, keresd meg a Stripe dashboardon.""")
I(C, "ro", "secret-manager-ro", """Utilizator: mută toate parolele din fișierul .env în AWS Secrets Manager și actualizează codul să le citească de acolo.""")

# =============================================================================
# INNOCENT — general assistants
# =============================================================================
def pnr() -> str:
    return rs(6, UP + "23456789")


I(A, "en", "flight-booking", f"""Travel summary: Flight LH{R.randint(100, 1999)} FRA→LIS on 14 Dec, departs 07:25, seat 23C. Booking reference {pnr()}. E-ticket {dg(3)}-{dg(10)}.""")
I(A, "en", "hotel-confirmation", f"""Email triage: Booking.com — confirmation number {dg(10)}, PIN for managing the booking is available in the app only. Check-in 15:00, total €612.40.""")
I(A, "en", "train-ticket", f"""tool_result: {{"operator": "Eurostar", "booking_ref": "{pnr()}", "coach": 7, "seat": "61", "departs": "2026-12-18T08:01:00+01:00", "price_eur": 89.00}}""")
I(A, "en", "order-status", f"""Shopping assistant: Order #{dg(3)}-{dg(7)}-{dg(7)} has shipped. Carrier UPS, tracking 1Z{rs(6, UP + DG)}{dg(10)}. Estimated delivery Wednesday.""")
I(A, "ro", "masked-card", f"""Utilizator: ce plăți am făcut azi cu cardul?
Bank notification summary: Purchase of $54.12 at GROCER on card ending {dg(4)} (Visa •••• {dg(4)}). Balance available: $2,318.77.""")
I(A, "en", "masked-iban", f"""Payment summary: Rent €1,240.00 sent to Hausverwaltung Kessler, account DE** **** **** **** **{dg(2)} {dg(2)}, reference "Miete Dezember".""")
I(A, "uk", "phone-numbers", """Користувач: коли мені до стоматолога і куди дзвонити, якщо треба перенести?
Calendar: Dentist — Dr. Ahmadi, Tue 9 Dec 10:30. Office phone +1 (415) 555-0173, reschedule line +1 415 555 0199.""")
I(A, "en", "policy-renewal", f"""Email triage: Home insurance policy HP-{dg(7)} renews on 01/01/2027; new premium £412.60/yr (+6%). Suggest comparing quotes before 15 Dec.""")
I(A, "en", "support-case", f"""Customer support summary: Case #{dg(8)} — customer reported double charge of €29.99. Refund issued, transaction id TX{dg(12)}, 3–5 business days.""")
I(A, "en", "smart-home-devices", f"""tool_result: [{{"device": "thermostat", "model": "T9", "fw": "3.12.4", "mac": "{':'.join(HX(2) for _ in range(6))}", "ip": "192.168.1.{R.randint(20, 200)}"}}, {{"device": "doorbell", "fw": "2.0.17", "serial": "DB{dg(10)}"}}]""")
I(A, "en", "prescription", f"""Healthcare assistant: Repeat prescription #{dg(7)} (amoxicillin 500 mg, 3× daily, 7 days) is ready at the pharmacy on Elm St. Pick up before 20:00.""")
I(A, "en", "bank-sortcode", """User: what's the SWIFT/BIC for my bank? Assistant: For Deutsche Bank Frankfurt it's DEUTDEFFXXX; the BIC is public and safe to share with the sender.""")
I(A, "en", "password-advice", """Assistant: For the new banking app choose a long passphrase you don't use anywhere else, turn on app-based 2FA, and store the recovery codes offline. I won't need the password itself — you can type it directly in the app.""")
I(A, "en", "otp-prose", """Assistant reasoning: the user asks whether they should tell the 'bank' caller the 6-digit code they received. They haven't shared the code with me, which is good. Advise: banks never ask for it; hang up and call the number on the card.""")
I(A, "en", "phishing-triage", """Email triage: Message claims "Your account is locked, confirm your password at secure-login-verify.example". Sender domain mismatch, flagged as phishing and moved to Junk. No credentials were entered.""")
I(A, "en", "gift-card-masked", f"""Shopping assistant: Gift card ending in {rs(4, UP + DG)} applied; $25.00 deducted, $15.00 remains. Full code hidden in your account wallet.""")
I(A, "en", "calendar-meeting-id", f"""Calendar: Weekly 1:1 with Jordan — Thu 15:00–15:30. Zoom meeting ID {dg(3)} {dg(4)} {dg(4)} (join via the calendar link; no passcode needed for internal users).""")
I(A, "en", "wifi-prose", """Smart home assistant: Guest Wi-Fi is enabled with WPA3; the password is shown on the printed card by the door. Network name: Maple-Guest. Client isolation is on.""")
I(A, "en", "door-lock-status", """tool_result: {"lock": "front_door", "state": "locked", "battery": 72, "last_event": "auto-lock 22:14", "active_guest_codes": 2}""")
I(A, "en", "tax-reference", f"""Email triage: HMRC letter — your Unique Taxpayer Reference appears in the letter; Self Assessment deadline 31 Jan 2027. Estimated liability £1,284.50. (Letter ref {dg(4)}/{dg(6)})""")
I(A, "en", "crypto-prose", """Assistant: A hardware wallet's recovery phrase should be written on paper or metal and never typed into a phone, chat, or cloud note. If anyone asks for it, it's a scam.""")
I(A, "en", "transaction-hash", f"""Wallet assistant: Your transfer of 0.15 ETH is confirmed. Tx hash 0x{hx(64)}, block {dg(8)}, to address 0x{hx(40)}.""")
I(A, "en", "invoice", f"""Email triage: Invoice INV-2026-{dg(5)} from Brightline Studio, €3,150.00 due 20 Dec 2026. VAT ID DE{dg(9)}. Suggest scheduling payment for 18 Dec.""")
I(A, "en", "lesson-general", """Lesson for next time: when a user starts reading out card details, stop them and send the merchant's secure payment link instead. Never store card numbers in notes.""")
I(A, "de", "termin-arzt", f"""Nutzer: Verschieb meinen Termin beim Hausarzt vom 10.12. auf nächste Woche. Praxis-Telefon 030 {dg(7)}, Versichertennummer steht auf der Karte, brauchst du nicht.""")
I(A, "de", "bestellung", f"""Shopping-Assistent: Deine Bestellung 302-{dg(7)}-{dg(7)} wird am Mittwoch zwischen 10 und 14 Uhr geliefert. Sendungsnummer {dg(20)}.""")
I(A, "de", "versicherung-schaden", f"""Zusammenfassung: Schadenmeldung Nr. {dg(2)}-{dg(6)}-{dg(2)} (Wasserschaden Bad) ist eingegangen; Gutachter kommt am 12.12. zwischen 8 und 12 Uhr.""")
I(A, "de", "passwort-prosa", """Nutzer: Welche Länge sollte ein sicheres Passwort haben, und ist ein Passwortmanager wirklich sicherer als ein Notizbuch?""")
I(A, "fr", "vol", f"""tool_call: calendar.create_event({{"titre": "Vol AF{R.randint(1000, 1999)} CDG → YUL", "debut": "2026-12-20T13:35", "notes": "siège 32A, réf. {pnr()}, bagage 23 kg"}})""")
I(A, "fr", "facture", f"""Tri des e-mails : facture EDF n° {dg(10)}, montant 148,32 €, prélèvement le 05/01/2027. Aucune action requise.""")
I(A, "fr", "rdv-ecole", """Utilisateur : ajoute au calendrier la réunion parents-professeurs du lycée, mardi 16/12 à 18h, salle 204.""")
I(A, "fr", "carte-masquee", f"""Notification bancaire : paiement de 23,90 € chez PHARMACIE avec la carte **** **** **** {dg(4)}. Solde : 1 204,55 €.""")
I(A, "es", "reserva-restaurante", f"""Asistente: Reserva confirmada en Casa Lucio, sábado 13/12 a las 21:30, 4 personas. Localizador {pnr()}. Teléfono del restaurante +34 91 {dg(3)} {dg(2)} {dg(2)}.""")
I(A, "es", "pedido", f"""Usuario: ¿dónde está mi pedido 405-{dg(7)}-{dg(7)}? Dijeron que llegaba ayer.""")
I(A, "es", "seguro-poliza", f"""Resumen: la póliza del coche nº {dg(10)} vence el 31/01/2027; la prima sube a 482,10 €. Recomiendo pedir otras dos ofertas.""")
I(A, "it", "treno", f"""Smistamento email: "Trenitalia – Il tuo biglietto" — Frecciarossa {R.randint(9500, 9699)}, 19/12 ore 08:10, carrozza 6 posto 9D, codice PNR {pnr()}. Archiviata in Viaggi.""")
I(A, "it", "bolletta", f"""Email: bolletta gas n. {dg(12)}, importo 96,40 €, scadenza 22/12/2026, addebito su conto ****{dg(4)}.""")
I(A, "it", "scuola", """Utente: segna che l'udienza con la maestra di Giulia è giovedì alle 17:15, aula 3B.""")
I(A, "pt", "voo", f"""Raciocínio: o voo TP{R.randint(1000, 1999)} sai às 22:40 do portão 14 e a ligação em Lisboa é de só 55 min; sugiro ao usuário a opção das 19:10 (localizador {pnr()} mantém-se).""")
I(A, "pt", "encomenda", f"""Raciocínio: o pedido {dg(12)} tem rastreio QA{dg(9)}BR parado em Curitiba há 4 dias; vou abrir reclamação nos Correios em nome do usuário.""")
I(A, "pt", "consulta", """Assistente: consulta com a dermatologista marcada para 08/01/2027 às 09h45, Clínica Vida, sala 5. Levar exames anteriores.""")
I(A, "nl", "pakket", f"""Assistent: je PostNL-pakket 3S{rs(4, UP)}{dg(9)} wordt morgen tussen 13:00 en 15:30 bezorgd.""")
I(A, "nl", "huur", """Gebruiker: stel een herinnering in voor de huurbetaling van €1.185 op de 28e van elke maand.""")
I(A, "nl", "zorg-declaratie", f"""Samenvatting: declaratie {dg(10)} bij de zorgverzekeraar is uitbetaald: € 84,20 voor fysiotherapie.""")
I(A, "pl", "paczka-status", f"""tool_result: {{"przesylka": "{dg(24)}", "status": "w paczkomacie", "paczkomat": "WAW{dg(2)}M", "odbior_do": "2026-12-08T18:00"}}""")
I(A, "pl", "faktura", f"""Podsumowanie: faktura FV/{dg(3)}/12/2026 na 1 230,00 zł brutto, termin płatności 21.12.2026.""")
I(A, "pl", "szkola", """Sortowanie poczty: wiadomość z Librusa — wywiadówka klasy 4b w środę 10.12 o 17:30, sala 12. Dodano do kalendarza.""")
I(A, "cs", "vlak", f"""Uživatel: můžu s jízdenkou č. {dg(10)} jet dřívějším RJ {R.randint(70, 79)}? Ten můj odjíždí 20.12. v 06:39.""")
I(A, "cs", "objednavka", f"""tool_call: eshop.order_status({{"shop": "alza.cz", "cislo_objednavky": "{dg(10)}"}})""")
I(A, "sv", "tandlakare", """Påminnelse: tandläkartid fredag 12/12 kl. 08:20 hos Folktandvården Södermalm, tel. 08-123 456 78.""")
I(A, "sv", "faktura-sv", f"""Sammanfattning: elräkningen för november, OCR-nummer {dg(14)}, 743 kr, förfaller 30/12.""")
I(A, "da", "pakke", f"""Overvejelse: GLS-pakke {dg(11)} står som leveret i pakkeshoppen, men brugeren har ikke fået SMS. Jeg foreslår at ringe til butikken på Nørrebrogade.""")
I(A, "da", "tandlaege", """tool_call: calendar.move_event({"titel": "Tandlæge", "fra": "2026-12-11T09:00", "til": "2026-12-16T14:30"})""")
I(A, "fi", "lento", f"""Opetus ensi kertaa: varaustunnus (kuten {pnr()}) ei ole salasana, joten sen voi kirjoittaa matkayhteenvetoon; passin numeroa ei sen sijaan kirjoiteta.""")
I(A, "fi", "lasku", f"""Yhteenveto: sähkölasku {dg(6)}, 128,40 €, eräpäivä 31.12.2026, viitenumero {dg(10)}.""")
I(A, "no", "tog", f"""SMS fra Vy (videresendt): Toget ditt Oslo S → Bergen 23.12 kl. 08:25 er forsinket ca. 25 min. Billettnummer {dg(8)}, vogn 3, sete 47.""")
I(A, "no", "legetime", """tool_result: {"avtale": "Legetime Majorstuen legesenter", "start": "2026-12-16T13:40", "varighet_min": 20, "status": "bekreftet"}""")
I(A, "ru", "zakaz", f"""Пользователь: где мой заказ № {dg(9)}? Трек-номер RA{dg(9)}RU.""")
I(A, "ru", "vrach", """Ассистент: запись к терапевту на 11.12 в 09:30, кабинет 214. Телефон регистратуры +7 495 123-45-67.""")
I(A, "ru", "parol-prosa", """Пользователь: как придумать надёжный пароль, который легко запомнить? Не предлагай конкретный, просто объясни принцип.""")
I(A, "uk", "poshta", f"""Урок на майбутнє: номер накладної Нової пошти ({dg(14)}) не є секретом — його можна писати в підсумку; а от код для отримання з поштомату — ні.""")
I(A, "uk", "likar", """Міркування: у сімейного лікаря вільні лише п'ятниця 15:20 і понеділок 08:00; користувач просив після 15:00, тож бронюю п'ятницю.""")
I(A, "tr", "ucus", f"""tool_result: {{"ucus": "TK{R.randint(1000, 1999)}", "durum": "rötarlı", "yeni_kalkis": "09:55", "kapi": "F7", "pnr": "{pnr()}"}}""")
I(A, "tr", "kargo", f"""Kullanıcı: {dg(12)} numaralı kargom nerede? Dün teslim edilecekti.""")
I(A, "ar", "flight-ar", f"""المستخدم: كم وزن الأمتعة المسموح به في رحلتي EK{R.randint(100, 999)} يوم 19/12؟ رقم الحجز {pnr()}.""")
I(A, "ar", "invoice-ar", f"""ملخص البريد: فاتورة الكهرباء رقم {dg(9)} بمبلغ 312.50 درهم، تاريخ الاستحقاق 25/12/2026.""")
I(A, "he", "order-he", f"""טיוטת תשובה לשירות לקוחות: "שלום, ההזמנה {dg(8)} נשלחה ב-3/12, מספר מעקב RR{dg(9)}IL. נעדכן כשתגיע לסניף.""""")
I(A, "he", "doctor-he", """עוזר: התור לרופאת המשפחה נקבע ליום רביעי 17/12 בשעה 08:45, מרפאת הכרמל, חדר 6.""")
I(A, "fa", "flight-fa", f"""خلاصه سفر: پرواز W5{R.randint(100, 999)} تهران به استانبول، ۲۸ آذر ساعت ۰۶:۳۰، صندلی 12C، کد رزرو {pnr()}.""")
I(A, "fa", "school-fa", """tool_call: calendar.create_event({"title": "جلسه اولیا و مربیان", "start": "2026-12-16T17:00", "location": "دبستان شهید رجایی، کلاس ۴"})""")
I(A, "hi", "train-hi", f"""उपयोगकर्ता: PNR {dg(10)} का स्टेटस देखो, ट्रेन 12951 में वेटिंग 14 था।""")
I(A, "hi", "order-hi", f"""सारांश: ऑर्डर #{dg(3)}-{dg(7)}-{dg(7)} (₹2,499) का रिफ़ंड 5–7 कार्यदिवस में आएगा, रिफ़ंड आईडी RF{dg(10)}.""")
I(A, "ja", "hotel-ja", f"""メール仕分け: 「ご予約確認（京都）」— 12月26日チェックイン、2泊、予約番号 {dg(10)}、合計 ¥48,600。旅行フォルダへ移動しました。""")
I(A, "ja", "delivery-ja", f"""カレンダー登録: 「ヤマト再配達 12/9 19-21時（伝票番号 {dg(4)}-{dg(4)}-{dg(4)}）」""")
I(A, "ko", "hospital-ko", """비서: 내과 진료 예약이 12월 15일(월) 오전 10시 20분으로 잡혔습니다. 병원 전화 02-123-4567.""")
I(A, "ko", "order-ko", f"""이메일 초안: "안녕하세요, 주문번호 {dg(14)} 상품이 일주일째 배송 중입니다. 운송장 {dg(12)} 확인 부탁드립니다.""""")
I(A, "zh", "flight-zh", f"""行程摘要：航班 CA{R.randint(1000, 1999)} 北京首都 → 上海虹桥，12月20日 08:00，座位 31C，订单号 {dg(12)}。""")
I(A, "zh", "bill-zh", f"""用户：信用卡尾号 {dg(4)} 的账单是 3,482.60 元，还款日 12 月 25 日，提醒我一下。""")
I(A, "vi", "flight-vi", f"""Suy luận: chuyến VN{R.randint(200, 999)} cất cánh 06:00 ngày 24/12, quầy đóng lúc 05:20, nên nhắc người dùng đặt taxi lúc 04:15. Mã đặt chỗ {pnr()}.""")
I(A, "vi", "school-vi", """Tóm tắt tuần: họp phụ huynh lớp 3A thứ Bảy 13/12 lúc 8:00; học phí tháng 1 là 2.400.000 đ, hạn nộp 5/1.""")
I(A, "id", "order-id", f"""Penyortiran email: "Pesanan dikirim" — INV/20261206/MPL/{dg(10)}, kurir JNE, estimasi tiba 9 Desember. Tidak perlu tindakan.""")
I(A, "id", "doctor-id", """Pelajaran: klinik gigi dekat kantor hanya menerima janji lewat WhatsApp +62 21 555 0123 sebelum jam 14.00, jadi pesan lebih awal lain kali.""")
I(A, "th", "hotel-th", f"""tool_result: {{"hotel": "เชียงใหม่ ริเวอร์ไซด์", "booking_no": "{dg(9)}", "check_in": "2026-12-27", "nights": 3, "total_thb": 5400}}""")
I(A, "th", "parcel-th", f"""tool_result: {{"tracking": "TH{dg(12)}", "status": "กำลังนำจ่าย", "branch": "ไปรษณีย์ลาดพร้าว", "eta": "2026-12-08"}}""")
I(A, "el", "ferry-el", f"""Χρήστης: μπορείς να αλλάξεις την κράτηση του πλοίου {pnr()} από 22/12 σε 23/12; Θέση 118 αν γίνεται.""")
I(A, "el", "doctor-el", """Σύνοψη: ραντεβού στον οδοντίατρο Παρασκευή 12/12 στις 17:30, οδός Ερμού 24, 2ος όροφος. Κόστος καθαρισμού 40 €.""")
I(A, "hu", "order-hu", f"""Összefoglaló: a {dg(10)} számú rendelés a GLS-nél elakadt; új kézbesítési nap december 10., a visszaigazolás száma {dg(8)}.""")
I(A, "hu", "school-hu", """Asszisztens: a fogadóóra december 11-én 16:30-kor lesz a 2-es teremben.""")
I(A, "ro", "flight-ro", f"""tool_call: airline.change_seat({{"pnr": "{pnr()}", "flight": "RO{R.randint(300, 399)}", "date": "2026-12-20", "new_seat": "8C"}})""")
I(A, "ro", "invoice-ro", f"""Rezumat email: factura Enel nr. {dg(10)}, 214,37 lei, scadentă pe 28.12.2026.""")
I(C, "sv", "lockfile-integrity-sv", f"""Användare: varför ändrades den här raden i pnpm-lock.yaml?
-      resolution: {{integrity: sha512-{b64(64)}}}
+      resolution: {{integrity: sha512-{b64(64)}}}""")
I(C, "it", "k8s-describe-it", f"""Ragionamento: il pod è in CrashLoopBackOff ma il secret esiste; `kubectl describe` mostra solo i nomi delle chiavi (password: 24 bytes, username: 3 bytes), non i valori. Il problema è la porta.
Container ID: containerd://{hx(64)}""")
I(C, "pl", "aws-sts-pl", f"""Użytkownik: sprawdź, na jakim koncie jestem.
$ aws sts get-caller-identity
{{"UserId": "AROA{rs(17, UP + '234567')}:dev-session", "Account": "{dg(12)}", "Arn": "arn:aws:sts::{dg(12)}:assumed-role/Developer/dev-session"}}""")
I(C, "es", "x509-fingerprint-es", f"""Usuario: confirma que el certificado del servidor coincide.
$ openssl x509 -in server.crt -noout -fingerprint -sha256 -serial
sha256 Fingerprint={':'.join(HX(2) for _ in range(32))}
serial={HX(32)}""")
I(C, "de", "placeholder-curl-de", """Nutzer: Welche Header brauche ich für die API? Laut Doku:
curl -H "Authorization: Bearer $API_TOKEN" -H "Idempotency-Key: <uuid>" https://api.example.com/v1/payments""")


# =============================================================================
# self-check
# =============================================================================
def _self_check() -> None:
    from collections import Counter

    ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for s in SECRETS:
        assert s.id.startswith("secret/"), s.id
        assert s.secret and s.secret in s.text, s.id
        assert 40 <= len(s.text) <= 1500, (s.id, len(s.text))
        assert len(s.secret) >= 3, s.id
        name = s.id.split("/")[3]
        if "card" in name and sum(c.isdigit() for c in s.secret) >= 13:
            assert luhn_ok(s.secret), s.id
        if "iban" in name:
            assert iban_ok(s.secret), s.id
    for i in INNOCENT:
        assert i.id.startswith("innocent/"), i.id
        assert 40 <= len(i.text) <= 1500, (i.id, len(i.text))
    for x in SECRETS + INNOCENT:
        parts = x.id.split("/")
        assert len(parts) == 4 and parts[1] in (C, A), x.id
    assert 150 <= len(SECRETS) <= 220 and 150 <= len(INNOCENT) <= 220
    by_set = Counter((x.id.split("/")[0], x.id.split("/")[1]) for x in SECRETS + INNOCENT)
    langs = Counter(x.id.split("/")[2] for x in SECRETS + INNOCENT)
    print(f"SECRETS={len(SECRETS)} INNOCENT={len(INNOCENT)}")
    for k, v in sorted(by_set.items()):
        print(f"  {k[0]:>8}/{k[1]:<9} {v}")
    print(f"languages ({len(langs)}):", ", ".join(f"{k}={v}" for k, v in langs.most_common()))
    print(f"english share: {langs['en'] / (len(SECRETS) + len(INNOCENT)):.0%}")
    # determinism: re-running the generator must give identical data
    print("self-check OK")


if __name__ == "__main__":
    _self_check()
