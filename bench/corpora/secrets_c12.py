"""Independent secret-redaction test corpus no. 12.

Written by a helper session on 2026-12-07 (started 2026-12-07 02:38:46 UTC),
without seeing the redaction engine, its rules, its tests or any earlier corpus.

Every ``Secret`` holds a text as an agent memory might store it (task, thought,
tool call, tool output, message, document) and the exact substring that must
not survive redaction.  Every ``Innocent`` text must come back byte for byte.

All secret values are synthetic, generated at import time from
``random.Random(20261212)`` with realistic shapes (vendor prefixes and lengths,
Luhn-valid cards, mod-97-valid IBANs, check digits for national ids that have
them).  None is a real credential.

Settings covered: shell sessions, .env / YAML / TOML / INI / JSON configs,
docker-compose, Kubernetes manifests, Terraform, CI logs, application logs and
stack traces, HTTP traffic (curl -v, HAR-ish dumps, cookies), agent tool calls
with JSON arguments, git diffs and commits, Jupyter cells, SQL sessions, chat
(Slack, WhatsApp, Telegram, Discord), email, SMS, voicemail transcripts, OCR of
letters/cards/forms, web forms, spreadsheets/tables, password-manager exports,
home & rental check-in, smart home / router admin, banking & payroll, tax
filing, health insurance & clinics, travel & visas, school / family, HR
onboarding, crypto wallets, support tickets, dictated speech, typos, encoded
forms (base64, URL-encoding), values split across lines.

Languages besides English: German, French, Spanish, Portuguese, Italian, Dutch,
Polish, Swedish, Turkish, Russian, Ukrainian, Greek, Arabic, Hebrew, Hindi,
Chinese, Japanese, Korean.
"""
from __future__ import annotations

import base64
import json
import random
import string
import zlib
from typing import NamedTuple
from urllib.parse import quote


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
_IDS: set[str] = set()


def _sec(id: str, text: str, secret: str) -> None:
    assert secret and secret in text, (id, secret)
    assert id not in _IDS, id
    _IDS.add(id)
    SECRETS.append(Secret(id, text, secret))


def _inn(id: str, text: str) -> None:
    assert id not in _IDS, id
    _IDS.add(id)
    INNOCENT.append(Innocent(id, text))


# --------------------------------------------------------------------------
# deterministic generators
# --------------------------------------------------------------------------
_R = random.Random(20261212)
_AN = string.ascii_letters + string.digits
_UP = string.ascii_uppercase
_B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def _rs(n: int, alphabet: str = _AN) -> str:
    return "".join(_R.choice(alphabet) for _ in range(n))


def _hex(n: int) -> str:
    return _rs(n, "0123456789abcdef")


def _dig(n: int) -> str:
    return _rs(n, string.digits)


def _bytes(n: int) -> bytes:
    return bytes(_R.getrandbits(8) for _ in range(n))


def _b64(n: int) -> str:
    return base64.b64encode(_bytes(n)).decode()


def _b64u(n: int) -> str:
    return base64.urlsafe_b64encode(_bytes(n)).decode().rstrip("=")


def _b64u_s(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def _uuid() -> str:
    h = _hex(32)
    h = h[:12] + "4" + h[13:16] + _R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _luhn_ok(num: str) -> bool:
    return _luhn_digit(num[:-1]) == num[-1]


def _card(prefix: str, length: int = 16) -> str:
    body = prefix + _dig(length - len(prefix) - 1)
    num = body + _luhn_digit(body)
    assert _luhn_ok(num)
    return num


def _groups(num: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return sep.join(out)


def _iban(cc: str, bban: str) -> str:
    def conv(s: str) -> str:
        return "".join(str(int(c, 36)) for c in s)
    check = 98 - int(conv(bban + cc + "00")) % 97
    iban = f"{cc}{check:02d}{bban}"
    assert int(conv(iban[4:] + iban[:4])) % 97 == 1
    return iban


def _iban_spaced(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def _ssn() -> str:
    area = _R.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{_R.randint(1, 99):02d}-{_R.randint(1, 9999):04d}"


def _dni() -> str:
    n = _R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def _cn_id() -> str:
    base = _R.choice(["110105", "310104", "440305", "510107"]) + \
        f"{_R.randint(1965, 2001)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}" + _dig(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(base, w))
    return base + "10X98765432"[s % 11]


def _nir() -> str:
    body = f"{_R.randint(1, 2)}{_R.randint(60, 99):02d}{_R.randint(1, 12):02d}" \
        f"{_R.randint(1, 95):02d}{_dig(3)}{_dig(3)}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def _bsn() -> str:
    while True:
        d = [_R.randint(1, 9)] + [_R.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            return "".join(map(str, d)) + str(s)


def _cpf() -> str:
    d = [_R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def _pesel() -> str:
    body = f"{_R.randint(70, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_dig(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(a) * b for a, b in zip(body, w))
    return body + str((10 - s % 10) % 10)


def _rrn() -> str:
    body = f"{_R.randint(70, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}" \
        f"{_R.randint(1, 2)}{_dig(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(body, w))
    c = (11 - s % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],
       [3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],
       [6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],
       [9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],
       [8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],
       [2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _aadhaar() -> str:
    body = str(_R.randint(2, 9)) + _dig(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    full = body + str(_VINV[c])
    c = 0
    for i, ch in enumerate(reversed(full)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    assert c == 0
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _my_number() -> str:
    body = _dig(11)
    s = 0
    for n in range(1, 12):
        p = int(body[-n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    full = body + str(c)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _personnummer() -> str:
    body = f"{_R.randint(60, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_dig(3)}"
    return f"{body[:6]}-{body[6:]}{_luhn_digit(body)}"


def _teudat_zehut() -> str:
    body = _dig(8)
    for c in "0123456789":
        full = body + c
        s = 0
        for i, ch in enumerate(full):
            x = int(ch) * (1 if i % 2 == 0 else 2)
            s += x - 9 if x > 9 else x
        if s % 10 == 0:
            return full
    raise AssertionError


def _steuer_id() -> str:
    while True:
        digits = _R.sample(range(10), 9)
        digits.append(_R.choice(digits))
        _R.shuffle(digits)
        if digits[0] != 0:
            break
    product = 10
    for d in digits:
        s = (d + product) % 10 or 10
        product = (s * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    s = "".join(map(str, digits)) + str(check)
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def _kvnr() -> str:
    letter = _R.choice(_UP)
    body = _dig(8)
    num = f"{ord(letter) - 64:02d}" + body
    s = 0
    for i, ch in enumerate(num):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        s += x // 10 + x % 10
    return f"{letter}{body}{s % 10}"


def _nino() -> str:
    first = _R.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = _R.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second} {_dig(2)} {_dig(2)} {_dig(2)} {_R.choice('ABCD')}"


def _mbi() -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + string.digits
    s = (_R.choice("123456789") + _R.choice(L) + _R.choice(AN) + _R.choice(string.digits)
         + _R.choice(L) + _R.choice(AN) + _R.choice(string.digits)
         + _R.choice(L) + _R.choice(L) + _dig(2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _aba() -> str:
    while True:
        d = [_R.randint(0, 9) for _ in range(8)]
        d[0] = _R.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def _sin() -> str:
    body = str(_R.randint(1, 7)) + _dig(7)
    return _groups(body + _luhn_digit(body), (3, 3, 3))


def _tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = _dig(8)
        for c in range(10):
            x = d + str(c)
            if sum(int(a) * b for a, b in zip(x, w)) % 11 == 0:
                return _groups(x, (3, 3, 3))


def _pan_in() -> str:
    return _rs(3, _UP) + "P" + _rs(1, _UP) + _dig(4) + _rs(1, _UP)


def _gh_token(prefix: str = "ghp_") -> str:
    body = _rs(30)
    crc = zlib.crc32(body.encode())
    enc = ""
    while crc:
        crc, r = divmod(crc, 62)
        enc = _B62[r] + enc
    return prefix + body + enc.rjust(6, "0")


def _jwt(payload: dict, alg: str = "HS256") -> str:
    h = _b64u_s(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    p = _b64u_s(json.dumps(payload, separators=(",", ":")))
    return f"{h}.{p}.{_b64u(32 if alg == 'HS256' else 256)}"


_BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access "
          "accident account accuse achieve acid acoustic acquire across act action actor "
          "actress actual adapt add addict address adjust admit adult advance advice aerobic "
          "affair afford afraid again age agent agree ahead aim air airport aisle alarm album "
          "alcohol alert alien all alley allow almost alone alpha already also alter always "
          "amateur amazing among amount amused analyst anchor ancient anger angle angry animal "
          "ankle announce annual another answer antenna antique anxiety any apart apology "
          "appear apple approve april arch arctic area arena argue arm armed armor army "
          "around arrange arrest arrive arrow art artefact artist artwork ask aspect assault "
          "asset assist assume asthma athlete atom attack attend attitude attract auction "
          "audit august aunt author auto autumn average avocado avoid awake aware away "
          "awesome awful awkward axis baby bachelor bacon badge bag balance balcony ball "
          "bamboo banana banner bar barely bargain barrel base basic basket battle beach").split()


def _seed_phrase(n: int = 12) -> str:
    return " ".join(_R.choice(_BIP39) for _ in range(n))


# ==========================================================================
# 1. Developer credentials: shells, env files, configs, IaC
# ==========================================================================
_aws_id = "AKIA" + _rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_aws_sk = _rs(40, _AN + "/+")
_sec("aws/env_export_secret",
     f"$ export AWS_ACCESS_KEY_ID={_aws_id}\n$ export AWS_SECRET_ACCESS_KEY={_aws_sk}\n"
     f"$ aws s3 ls s3://acme-build-artifacts/\n2026-11-30 09:12:44   build-7731/",
     _aws_sk)
_sec("aws/credentials_file_key_id",
     f"~/.aws/credentials\n[default]\naws_access_key_id = {_aws_id}\n"
     f"aws_secret_access_key = <redacted by user>\nregion = eu-central-1",
     _aws_id)

_ghp = _gh_token()
_sec("github/pat_in_git_remote",
     f"$ git remote -v\norigin\thttps://marta-k:{_ghp}@github.com/marta-k/thesis-latex.git (fetch)\n"
     f"origin\thttps://marta-k:{_ghp}@github.com/marta-k/thesis-latex.git (push)",
     _ghp)
_gho = _gh_token("gho_")
_sec("github/oauth_token_hosts_yml",
     f"# ~/.config/gh/hosts.yml\ngithub.com:\n    user: dvorak-ops\n    oauth_token: {_gho}\n"
     f"    git_protocol: ssh",
     _gho)
_fgpat = "github_pat_11" + _rs(20, _UP + string.digits) + "_" + _rs(59)
_sec("github/fine_grained_pat_chat",
     f"[Slack #infra] jonas: use this one for the release bot, expires in 30d\n{_fgpat}\n"
     f"jonas: pls don't commit it lol",
     _fgpat)

_glpat = "glpat-" + _rs(20, _AN + "-_")
_sec("gitlab/pat_ci_variable",
     f"Running with gitlab-runner 17.4.0 (b92ee590)\n$ echo \"token: $GL_TOKEN\"\n"
     f"token: {_glpat}\n$ glab release create v3.8.1",
     _glpat)

_stripe_sk = "sk_live_51" + _rs(22) + _rs(75)
_sec("stripe/secret_key_dotenv",
     f"# .env.production\nNEXT_PUBLIC_SITE_URL=https://shop.kleinmode.de\n"
     f"STRIPE_SECRET_KEY={_stripe_sk}\nSTRIPE_WEBHOOK_SECRET=${{STRIPE_WHSEC}}",
     _stripe_sk)
_whsec = "whsec_" + _rs(32)
_sec("stripe/webhook_secret_cli",
     f"$ stripe listen --forward-to localhost:4242/webhook\n> Ready! You are using Stripe API "
     f"Version [2025-09-30]. Your webhook signing secret is {_whsec} (^C to quit)",
     _whsec)
_rk = "rk_live_51" + _rs(97)
_sec("stripe/restricted_key_python",
     f"import stripe\nstripe.api_key = \"{_rk}\"\ncharges = stripe.Charge.list(limit=3)",
     _rk)

_openai = "sk-proj-" + _rs(74, _AN + "-_") + "T3BlbkFJ" + _rs(74, _AN + "-_")
_sec("openai/key_in_notebook",
     f"In [3]: import os\n   ...: os.environ[\"OPENAI_API_KEY\"] = \"{_openai}\"\n"
     f"In [4]: client = OpenAI()\nOut[4]: <openai.OpenAI object at 0x7f3c2a91e0d0>",
     _openai)
_ant = "sk-ant-api03-" + _rs(93, _AN + "-_") + "AA"
_sec("anthropic/key_docker_run",
     f"docker run -d --name summarizer -e ANTHROPIC_API_KEY={_ant} -p 8080:8080 "
     f"ghcr.io/lumen-labs/summarizer:2.3.0",
     _ant)

_gapi = "AIza" + _rs(35, _AN + "-_")
_sec("google/maps_key_server_config",
     f"# config/settings.toml\n[geocoding]\nprovider = \"google\"\napi_key = \"{_gapi}\"\n"
     f"timeout_s = 4",
     _gapi)
_gocspx = "GOCSPX-" + _rs(28, _AN + "-_")
_sec("google/oauth_client_secret_json",
     json.dumps({"installed": {"client_id": f"{_dig(12)}-{_rs(32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com",
                               "project_id": "calendar-sync-4471", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                               "client_secret": _gocspx, "redirect_uris": ["http://localhost"]}}, indent=2),
     _gocspx)
_grt = "1//0" + _rs(99, _AN + "-_")
_sec("google/refresh_token_log",
     f"DEBUG google.auth.transport: refreshing credentials refresh_token={_grt} "
     f"client_id=****.apps.googleusercontent.com",
     _grt)

_xoxb = f"xoxb-{_dig(12)}-{_dig(13)}-{_rs(24)}"
_sec("slack/bot_token_yaml",
     f"# helm values.yaml\nalertmanager:\n  config:\n    global:\n      slack_api_url_file: /etc/am/slack\n"
     f"  slackBotToken: \"{_xoxb}\"",
     _xoxb)
_slack_hook = f"https://hooks.slack.com/services/T{_rs(10, _UP + string.digits)}/B{_rs(10, _UP + string.digits)}/{_rs(24)}"
_sec("slack/incoming_webhook_curl",
     f"curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deploy ok\"}}' {_slack_hook}",
     _slack_hook)
_discord_hook = f"https://discord.com/api/webhooks/{_dig(19)}/{_rs(68, _AN + '-_')}"
_sec("discord/webhook_python",
     f"WEBHOOK = \"{_discord_hook}\"\nrequests.post(WEBHOOK, json={{\"content\": \"raid night 21:00\"}})",
     _discord_hook)
_disc_bot = base64.b64encode(_dig(18).encode()).decode().rstrip("=") + "." + _rs(6, _AN + "-_") + "." + _rs(38, _AN + "-_")
_sec("discord/bot_token_config_json",
     f'{{\n  "prefix": "!",\n  "token": "{_disc_bot}",\n  "owner": "Kaito#0420"\n}}',
     _disc_bot)
_tg = f"{_dig(10)}:AA{_rs(33, _AN + '-_')}"
_sec("telegram/bot_token_url",
     f"requests.get(f\"https://api.telegram.org/bot{_tg}/sendMessage\", params={{\"chat_id\": -1002211, \"text\": msg}})",
     _tg)

_sg = f"SG.{_rs(22, _AN + '-_')}.{_rs(43, _AN + '-_')}"
_sec("sendgrid/key_php",
     f"<?php\n$email = new \\SendGrid\\Mail\\Mail();\n$sendgrid = new \\SendGrid('{_sg}');\n"
     f"$response = $sendgrid->send($email);",
     _sg)
_tw_tok = _hex(32)
_sec("twilio/auth_token_node",
     f"const accountSid = 'AC{_hex(32)}';\nconst authToken = '{_tw_tok}';\n"
     f"const client = require('twilio')(accountSid, authToken);",
     _tw_tok)
_mg = "key-" + _hex(32)
_sec("mailgun/key_curl_user",
     f"curl -s --user 'api:{_mg}' https://api.eu.mailgun.net/v3/mg.fahrradladen-koch.de/messages "
     f"-F from='Laden <info@fahrradladen-koch.de>' -F to=kunde@example.org",
     _mg)
_npm = "npm_" + _rs(36)
_sec("npm/npmrc_authtoken",
     f"$ cat ~/.npmrc\n//registry.npmjs.org/:_authToken={_npm}\n@acme:registry=https://npm.pkg.github.com",
     _npm)
_pypi = "pypi-AgEIcHlwaS5vcmcCJD" + _rs(150, _AN + "-_")
_sec("pypi/pypirc_password",
     f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {_pypi}",
     _pypi)
_hf = "hf_" + _rs(34, string.ascii_letters)
_sec("huggingface/token_cli_login",
     f"$ huggingface-cli login --token {_hf}\nToken is valid (permission: write).\n"
     f"Your token has been saved to /home/ana/.cache/huggingface/token",
     _hf)
_hvs = "hvs." + _rs(24)
_sec("vault/root_token_init",
     f"$ vault operator init -key-shares=1 -key-threshold=1\nUnseal Key 1: {_b64(32)}\n\n"
     f"Initial Root Token: {_hvs}\n\nVault initialized with 1 key shares",
     _hvs)
_unseal = _b64(32)
_sec("vault/unseal_key_runbook",
     f"Runbook step 4 (after reboot): vault operator unseal {_unseal}  # only on vault-02",
     _unseal)
_shp = "shpat_" + _hex(32)
_sec("shopify/admin_token_header",
     f"GET /admin/api/2025-07/orders.json?status=any HTTP/1.1\nHost: teeshop-zurich.myshopify.com\n"
     f"X-Shopify-Access-Token: {_shp}\nAccept: application/json",
     _shp)
_dd = _hex(32)
_sec("datadog/api_key_helm_set",
     f"helm upgrade --install datadog datadog/datadog --set datadog.site=datadoghq.eu "
     f"--set datadog.apiKey={_dd} -n monitoring",
     _dd)
_heroku = _uuid()
_sec("heroku/api_key_netrc",
     f"machine api.heroku.com\n  login deploy@parcelbird.io\n  password {_heroku}\n"
     f"machine git.heroku.com\n  login deploy@parcelbird.io\n  password {_heroku}",
     _heroku)
_doppler = "dp.st.prd." + _rs(43)
_sec("doppler/service_token_ci",
     f"- name: Fetch secrets\n  run: doppler secrets download --no-file --format env\n  env:\n"
     f"    DOPPLER_TOKEN: {_doppler}",
     _doppler)
_az_key = _b64(64)
_sec("azure/storage_connection_string",
     f"\"ConnectionStrings\": {{\n  \"Blob\": \"DefaultEndpointsProtocol=https;AccountName=rechnungsarchiv;"
     f"AccountKey={_az_key};EndpointSuffix=core.windows.net\"\n}}",
     _az_key)
_az_sas = f"sv=2024-11-04&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-12-01T00:00:00Z&spr=https&sig={quote(_b64(32), safe='')}"
_sec("azure/sas_url",
     f"Download link (valid till end of month): https://rechnungsarchiv.blob.core.windows.net/pdf/2026-11.zip?{_az_sas}",
     _az_sas.split("sig=")[1])
_az_cs = _rs(3, _AN) + "8Q~" + _rs(34, _AN + "~._-")
_sec("azure/client_secret_terraform",
     f"provider \"azurerm\" {{\n  features {{}}\n  subscription_id = \"{_uuid()}\"\n  client_id       = \"{_uuid()}\"\n"
     f"  client_secret   = \"{_az_cs}\"\n  tenant_id       = \"{_uuid()}\"\n}}",
     _az_cs)
_gcp_pk_line = _b64(48)
_sec("gcp/service_account_private_key",
     json.dumps({"type": "service_account", "project_id": "fleet-telemetry-prod",
                 "private_key_id": _hex(40),
                 "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC" + _b64(27) + "\n"
                                + _gcp_pk_line + "\n" + _b64(48) + "\n-----END PRIVATE KEY-----\n",
                 "client_email": "ingest@fleet-telemetry-prod.iam.gserviceaccount.com"}, indent=2),
     _gcp_pk_line)

_pg_pw = _rs(6, string.ascii_letters) + "!" + _dig(3) + _rs(5, string.ascii_letters)
_sec("postgres/url_in_compose",
     f"services:\n  api:\n    image: registry.local/booking-api:1.14.2\n    environment:\n"
     f"      DATABASE_URL: postgres://booking:{_pg_pw}@db:5432/booking?sslmode=disable\n"
     f"  db:\n    image: postgres:16",
     _pg_pw)
_pg_pw2 = "Zürich#" + _dig(4) + "@Herbst"
_sec("postgres/urlencoded_password",
     f"psql \"postgresql://ana.lopez:{quote(_pg_pw2, safe='')}@10.0.4.17:5432/finance\"\n"
     f"psql: error: connection to server at \"10.0.4.17\", port 5432 failed: timeout expired",
     quote(_pg_pw2, safe=''))
_my_pw = _rs(14, _AN + "#%^")
_sec("mysql/password_flag",
     f"root@web01:~# mysqldump -u backup -p'{_my_pw}' --single-transaction shop > /backup/shop-$(date +%F).sql\n"
     f"mysqldump: [Warning] Using a password on the command line interface can be insecure.",
     _my_pw)
_mongo_pw = _rs(16)
_sec("mongodb/srv_uri_log",
     f"2026-12-06T22:14:03.117Z ERROR [worker-3] MongoServerSelectionError: connect ECONNREFUSED "
     f"(uri=mongodb+srv://svc_reports:{_mongo_pw}@cluster0.x8k2q.mongodb.net/reports?retryWrites=true)",
     _mongo_pw)
_redis_pw = _hex(24)
_sec("redis/requirepass_conf",
     f"# /etc/redis/redis.conf\nbind 127.0.0.1 ::1\nport 6379\nrequirepass {_redis_pw}\nmaxmemory 2gb",
     _redis_pw)
_amqp_pw = _rs(12, string.ascii_lowercase + string.digits)
_sec("rabbitmq/amqp_url_ini",
     f"[celery]\nbroker_url = amqp://worker:{_amqp_pw}@mq.internal:5672/vhost_jobs\nresult_backend = rpc://",
     _amqp_pw)
_ldap_pw = "Spring2026!" + _dig(2)
_sec("ldap/bind_password_sssd",
     f"[domain/corp.example]\nldap_uri = ldaps://dc1.corp.example\nldap_default_bind_dn = CN=svc-sssd,OU=Service,DC=corp,DC=example\n"
     f"ldap_default_authtok = {_ldap_pw}",
     _ldap_pw)
_k8s_pw = _rs(20)
_k8s_b64 = base64.b64encode(_k8s_pw.encode()).decode()
_sec("kubernetes/secret_data_base64",
     f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: grafana-admin\n  namespace: monitoring\ntype: Opaque\n"
     f"data:\n  admin-user: YWRtaW4=\n  admin-password: {_k8s_b64}",
     _k8s_b64)
_k8s_tok = _jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                 "sub": "system:serviceaccount:ci:deployer"}, alg="RS256")
_sec("kubernetes/kubeconfig_token",
     f"users:\n- name: deployer\n  user:\n    token: {_k8s_tok}\ncontexts:\n- context:\n    cluster: prod-fra\n    user: deployer",
     _k8s_tok)
_docker_auth = base64.b64encode(f"buildbot:{_rs(18)}".encode()).decode()
_sec("docker/config_json_auth",
     f'{{\n  "auths": {{\n    "registry.gitlab.com": {{\n      "auth": "{_docker_auth}"\n    }}\n  }}\n}}',
     _docker_auth)
_ssh_line = _b64(52)
_sec("ssh/openssh_private_key_block",
     "-----BEGIN OPENSSH PRIVATE KEY-----\n"
     "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
     f"QyNTUxOQAAACB{_b64(45)[:57]}\n{_ssh_line}\n{_b64(52)}\n{_b64(30)}\n"
     "-----END OPENSSH PRIVATE KEY-----",
     _ssh_line)
_rsa_line = _b64(48)
_sec("tls/rsa_private_key_in_chat",
     f"hey can you check why nginx won't start, here's the key file:\n-----BEGIN RSA PRIVATE KEY-----\n"
     f"MIIEpAIBAAKCAQEA{_b64(42)}\n{_rsa_line}\n{_b64(48)}\n...\n-----END RSA PRIVATE KEY-----",
     _rsa_line)
_wg_priv = _b64(32)
_sec("wireguard/private_key_conf",
     f"[Interface]\nPrivateKey = {_wg_priv}\nAddress = 10.66.0.2/32\nDNS = 10.66.0.1\n\n[Peer]\n"
     f"PublicKey = {_b64(32)}\nEndpoint = vpn.hausnetz.de:51820\nAllowedIPs = 0.0.0.0/0",
     _wg_priv)
_age_sk = "AGE-SECRET-KEY-1" + _rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L").upper()
_sec("age/secret_key_file",
     f"# created: 2026-10-02T11:40:13+02:00\n# public key: age1{_rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}\n{_age_sk}",
     _age_sk)
_django = _rs(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
_sec("django/secret_key_settings",
     f"# settings/prod.py\nDEBUG = False\nSECRET_KEY = '{_django}'\nALLOWED_HOSTS = ['tickets.stadtwerke-nord.de']",
     _django)
_flask = _hex(64)
_sec("flask/secret_key_systemd",
     f"[Service]\nEnvironment=FLASK_ENV=production\nEnvironment=FLASK_SECRET_KEY={_flask}\n"
     f"ExecStart=/opt/app/venv/bin/gunicorn -w 4 app:app",
     _flask)
_jwt_secret = _rs(32)
_sec("jwt/signing_secret_yaml",
     f"auth:\n  issuer: https://id.lernplattform.at\n  jwt:\n    algorithm: HS256\n    secret: \"{_jwt_secret}\"\n    ttl: 15m",
     _jwt_secret)
_tf_pw = _rs(10, string.ascii_letters) + _dig(4) + "$"
_sec("terraform/tfvars_db_password",
     f"# terraform.tfvars  (do NOT commit)\nregion      = \"eu-west-1\"\ndb_username = \"app\"\n"
     f"db_password = \"{_tf_pw}\"\ninstance    = \"db.t4g.medium\"",
     _tf_pw)
_ans_pw = _rs(16)
_sec("ansible/become_pass_inventory",
     f"[webservers]\nweb1.example.net ansible_user=deploy ansible_become_pass={_ans_pw}\n"
     f"web2.example.net ansible_user=deploy ansible_become_pass={_ans_pw}",
     _ans_pw)
_smtp_pw = _rs(16, string.ascii_lowercase)
_sec("smtp/gmail_app_password_spaced",
     f"MAIL_HOST=smtp.gmail.com\nMAIL_PORT=587\nMAIL_USERNAME=verein.tsv.eintracht@gmail.com\n"
     f"MAIL_PASSWORD=\"{' '.join(_smtp_pw[i:i+4] for i in range(0, 16, 4))}\"",
     ' '.join(_smtp_pw[i:i+4] for i in range(0, 16, 4)))


# ==========================================================================
# 2. Agent steps: tool calls, HTTP traffic, logs, cookies, encoded forms
# ==========================================================================
def _tool(name: str, args: dict) -> str:
    return json.dumps({"type": "tool_use", "name": name, "input": args}, ensure_ascii=False)


_bearer = _jwt({"sub": _uuid(), "email": "r.meier@kanzlei-meier.ch", "scope": "openid profile mail.read",
                "iat": 1796540000, "exp": 1796543600})
_sec("http/bearer_jwt_tool_call",
     _tool("http_request", {"method": "GET", "url": "https://graph.kanzlei-meier.ch/v1/me/messages?top=10",
                            "headers": {"Authorization": f"Bearer {_bearer}", "Accept": "application/json"}}),
     _bearer)
_basic_pw = "Tulpe" + _dig(4) + "!"
_basic = base64.b64encode(f"admin:{_basic_pw}".encode()).decode()
_sec("http/basic_auth_curl_verbose",
     f"> GET /cgi-bin/status.cgi HTTP/1.1\n> Host: 192.168.178.1\n> Authorization: Basic {_basic}\n"
     f"> User-Agent: curl/8.5.0\n>\n< HTTP/1.1 200 OK\n< Content-Type: text/html",
     _basic)
_sess = _hex(32)
_sec("cookie/set_cookie_sessionid",
     f"< HTTP/2 302\n< location: /dashboard\n< set-cookie: sessionid={_sess}; expires=Mon, 21 Dec 2026 10:02:11 GMT; "
     f"HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax; Secure\n< set-cookie: csrftoken-ui=light; Path=/",
     _sess)
_phpsess = _rs(26, string.ascii_lowercase + string.digits)
_sec("cookie/request_header_phpsessid",
     _tool("fetch_page", {"url": "https://portal.hausverwaltung-lind.de/mieter/nebenkosten",
                          "cookies": f"PHPSESSID={_phpsess}; lang=de; consent=1"}),
     _phpsess)
_aspx = _hex(64).upper() + _hex(100).upper()
_sec("cookie/aspnet_auth_devtools",
     f"Name\tValue\tDomain\tPath\tExpires\n.ASPXAUTH\t{_aspx}\tintranet.klinikum-sued.de\t/\tSession\n"
     f"ai_user\tX1c9p|2026-11-02T08:41:10.114Z\tintranet.klinikum-sued.de\t/\t2027-11-02",
     _aspx)
_pw_form = "Meerblick" + _dig(2) + "?"
_sec("form/urlencoded_login_body",
     f"POST /login HTTP/1.1\nHost: buchung.ferienhaus-sylt.de\nContent-Type: application/x-www-form-urlencoded\n\n"
     f"username=familie.brandt%40web.de&password={quote(_pw_form, safe='')}&remember=on",
     quote(_pw_form, safe=''))
_api_q = _hex(32)
_sec("url/api_key_query_param_log",
     f"127.0.0.1 - - [06/Dec/2026:18:22:01 +0100] \"GET /data/2.5/weather?q=Graz&appid={_api_q}&units=metric HTTP/1.1\" 200 512",
     _api_q)
_reset = _b64u(32)
_sec("url/password_reset_link_email",
     f"Hi Tomás,\n\nSomeone requested a password reset for your account. Click the link below within 30 minutes:\n"
     f"https://app.notelane.io/reset-password?token={_reset}\n\nIf this wasn't you, ignore this email.",
     _reset)
_magic = _b64u(24)
_sec("url/magic_login_link_chat",
     f"User: the login link expired again?? here it is https://login.cardiocoach.app/magic/{_magic}?next=/plans",
     _magic)
_oauth_code = "4/0A" + _rs(70, _AN + "-_")
_sec("oauth/authorization_code_redirect",
     f"Navigated to http://localhost:8765/callback?state=xyz123&code={_oauth_code}&scope=https://www.googleapis.com/auth/drive.readonly",
     _oauth_code)
_tool_pw = "Kolibri-" + _dig(3) + "-" + _rs(4, string.ascii_lowercase)
_sec("tool/ssh_exec_password_arg",
     _tool("ssh_exec", {"host": "nas.fam-oliveira.lan", "user": "admin", "password": _tool_pw,
                        "command": "df -h /volume1"}),
     _tool_pw)
_tool_pw2 = _rs(12)
_sec("tool/browser_fill_password",
     _tool("browser.type", {"selector": "#password", "text": _tool_pw2, "submit": True}),
     _tool_pw2)
_sec("tool/thought_mentions_password",
     f"Thought: The login form rejected 'admin'. The user's earlier message said the router password is "
     f"{_tool_pw2[::-1]}; I'll try that next.\nAction: browser.type(selector=\"#pwd\", text=\"{_tool_pw2[::-1]}\")",
     _tool_pw2[::-1])
_sec("tool/db_query_connection",
     _tool("sql_query", {"dsn": f"Server=tcp:sql-lager.database.windows.net,1433;Database=lager;User ID=reporting;"
                                f"Password={_pg_pw}X;Encrypt=True;", "query": "SELECT TOP 10 * FROM Bestand ORDER BY Datum DESC"}),
     f"{_pg_pw}X")
_ghs = _gh_token("ghs_")
_sec("log/ci_masked_fail_leak",
     f"##[group]Run actions/checkout@v4\nwith:\n  repository: nordwind/shipping\n  token: ***\n##[endgroup]\n"
     f"fatal: unable to access 'https://x-access-token:{_ghs}@github.com/nordwind/shipping/': "
     f"The requested URL returned error: 403",
     _ghs)
_py_tb_pw = _rs(14)
_sec("log/python_traceback_locals",
     "Traceback (most recent call last):\n  File \"/srv/sync/run.py\", line 88, in <module>\n    "
     "conn = imaplib.IMAP4_SSL(host)\n  File \"/srv/sync/run.py\", line 91, in login\n"
     f"    conn.login(user, password)\nimaplib.IMAP4.error: b'[AUTHENTICATIONFAILED] Invalid credentials (Failure)'\n"
     f"Locals: host='imap.gmail.com' user='fotoclub.wels@gmail.com' password='{_py_tb_pw}'",
     _py_tb_pw)
_java_pw = _rs(11) + "%"
_sec("log/spring_boot_debug_datasource",
     f"2026-12-05 07:01:55.231 DEBUG 1 --- [main] o.s.b.c.p.s.ConfigDataEnvironment : "
     f"spring.datasource.password={_java_pw}, spring.datasource.username=erp_app",
     _java_pw)
_split_key = "sk_live_51" + _rs(97)
_sec("split/stripe_key_wrapped_terminal",
     f"$ heroku config:get STRIPE_KEY -a kaffeeroesterei\n{_split_key[:60]}\n{_split_key[60:]}\n$",
     _split_key[:60])
_sec("split/password_across_messages",
     "[WhatsApp] Lea 21:04: wifi pw is\n[WhatsApp] Lea 21:04: Hummel\n[WhatsApp] Lea 21:04: Brummel-"
     "2024\n[WhatsApp] Lea 21:05: (no spaces, capital H and B)",
     "Brummel-2024")
_b64cred = base64.b64encode(f"svc_backup:{_rs(16)}".encode()).decode()
_sec("encoded/base64_credentials_in_script",
     f"#!/bin/sh\n# decode creds at runtime so they aren't in plain text\nCREDS=$(echo '{_b64cred}' | base64 -d)\n"
     f"rsync -az /srv/ \"rsync://${{CREDS%%:*}}@backup.lan/srv\"",
     _b64cred)
_hexpw = _rs(12).encode().hex()
_sec("encoded/hex_password_config",
     f"[modem]\nuser=telekom\npass_hex={_hexpw}\napn=internet.telekom",
     _hexpw)
_diff_tok = "xoxp-" + _dig(12) + "-" + _dig(12) + "-" + _dig(13) + "-" + _hex(32)
_sec("git/diff_adds_token",
     f"diff --git a/scripts/notify.sh b/scripts/notify.sh\nindex 3b18e51..a9c2f04 100755\n--- a/scripts/notify.sh\n"
     f"+++ b/scripts/notify.sh\n@@ -1,4 +1,5 @@\n #!/bin/bash\n-SLACK_TOKEN=\"${{SLACK_TOKEN:?missing}}\"\n+SLACK_TOKEN=\"{_diff_tok}\"\n"
     f" curl -s -H \"Authorization: Bearer $SLACK_TOKEN\" ...",
     _diff_tok)
_sql_pw = _rs(10) + "#1"
_sec("sql/create_user_statement",
     f"mysql> CREATE USER 'grafana'@'10.%' IDENTIFIED BY '{_sql_pw}';\nQuery OK, 0 rows affected (0.02 sec)\n"
     f"mysql> GRANT SELECT ON metrics.* TO 'grafana'@'10.%';",
     _sql_pw)
_totp = _rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_sec("totp/otpauth_uri_qr_decoded",
     f"QR decoded: otpauth://totp/Hetzner:kontakt%40baeckerei-ruf.de?secret={_totp}&issuer=Hetzner&digits=6&period=30",
     _totp)
_totp2 = _rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567").lower()
_sec("totp/setup_key_spaced",
     f"Can't scan the QR code? Enter this setup key into your authenticator app:\n"
     f"{' '.join(_totp2[i:i+4] for i in range(0, 16, 4))}\nThen enter the 6-digit code it shows.",
     ' '.join(_totp2[i:i+4] for i in range(0, 16, 4)))
_rec = [f"{_rs(5, string.ascii_lowercase + string.digits)}-{_rs(5, string.ascii_lowercase + string.digits)}" for _ in range(8)]
_sec("recovery/github_codes_file",
     "github-recovery-codes.txt\n\n" + "\n".join(_rec) + "\n\nPut these in a safe spot.",
     _rec[3])
_rec2 = " ".join(_dig(4) for _ in range(2))
_sec("recovery/google_backup_code_note",
     f"Note to self (Apple Notes, 'Konten'): Google Backup-Codes — 1. {_rec2} (used) 2. {_dig(4)} {_dig(4)} 3. ...",
     _rec2)
_bw_pw = _rs(18, _AN + "!@#")
_sec("export/password_manager_csv",
     "folder,favorite,type,name,notes,fields,login_uri,login_username,login_password,login_totp\n"
     f",,login,Sparkasse Online,,,https://www.sparkasse.de,max.k1987,{_bw_pw},\n"
     ",,login,Netflix,,,https://netflix.com,max@posteo.de,<see phone>,",
     _bw_pw)
_chrome_pw = "Sommer" + _dig(4)
_sec("export/browser_passwords_table",
     "| url | username | password |\n|---|---|---|\n| https://www.ebay.de | kleinanzeigen_fan | "
     f"{_chrome_pw} |\n| https://accounts.spotify.com | lina.w | •••••••• |",
     _chrome_pw)
_seed = _seed_phrase(12)
_sec("crypto/seed_phrase_support_chat",
     f"Support chat, MetaMask 'agent': to restore your wallet please paste your 12 words here.\n"
     f"User: ok {_seed}\nUser: did it work?",
     _seed)
_eth_pk = "0x" + _hex(64)
_sec("crypto/private_key_hardhat_env",
     f"SEPOLIA_RPC_URL=https://eth-sepolia.g.alchemy.com/v2/{_rs(32)}\nDEPLOYER_PRIVATE_KEY={_eth_pk}",
     _eth_pk)
_alch = _rs(32, _AN + "-_")
_sec("crypto/alchemy_key_in_rpc_url",
     f"const provider = new ethers.JsonRpcProvider(\"https://eth-mainnet.g.alchemy.com/v2/{_alch}\");",
     _alch)


# ==========================================================================
# 3. Everyday life: home, rentals, SMS codes, cards, chat, voice (multilingual)
# ==========================================================================
_door = _dig(4)
_sec("door/airbnb_checkin_en",
     f"Welcome to the Alfama loft! Check-in from 15:00. The building door code is {_door}#, "
     f"flat is on the 3rd floor (no lift, sorry). Wi-Fi details are on the fridge.",
     _door)
_lockbox = _dig(4)
_sec("lockbox/schluesselbox_de",
     f"Hallo Frau Yilmaz, der Schlüssel liegt in der Schlüsselbox links neben der Garage. "
     f"Code: {_lockbox}. Bitte nach dem Öffnen die Zahlen wieder verstellen. Viele Grüße, Familie Haas",
     _lockbox)
_alarm = _dig(4)
_sec("alarm/codigo_alarma_es",
     f"Marta, mientras estamos de vacaciones: el código de la alarma es {_alarm}. Tienes 30 segundos "
     f"después de abrir la puerta. Las plantas, riego martes y viernes 🌱",
     _alarm)
_digi = _dig(5)
_sec("door/digicode_fr",
     f"Pour la livraison : 14 rue des Tanneurs, digicode {_digi[:2]}A{_digi[2:]}, bâtiment B, 4e étage gauche. "
     f"Merci de sonner chez DUPUIS.",
     f"{_digi[:2]}A{_digi[2:]}")
_portao = _dig(6)
_sec("gate/portao_pt_whatsapp",
     f"[12/11/26 18:40] Dona Célia: Oi Rafa, a senha do portão da garagem é {_portao} 👍 não passa pra ninguém tá",
     _portao)
_cancello = _dig(4)
_sec("gate/cancello_it_voicemail",
     f"[Trascrizione segreteria] \"Ciao Luca, sono Giulia. Per entrare stasera il codice del cancello è "
     f"{' '.join(_cancello)}, poi la porta è aperta. A dopo!\"",
     ' '.join(_cancello))
_ja_door = _dig(4)
_sec("door/autolock_ja",
     f"【チェックイン案内】オートロックの暗証番号は「{_ja_door}」です。部屋番号は502号室です。"
     f"チェックアウトは10時までにお願いします。",
     _ja_door)
_ko_door = _dig(6)
_sec("door/doorlock_ko_kakao",
     f"[카카오톡] 엄마: 현관 비밀번호 바꿨어. {_ko_door} 이고 끝에 * 누르면 돼. 잊어버리지 마",
     _ko_door)
_zh_door = _dig(6)
_sec("door/menjin_zh_wechat",
     f"[微信] 房东王姐：小区门禁密码是{_zh_door}#，快递柜在3号楼下面。有问题随时找我。",
     _zh_door)
_ru_dom = _dig(3)
_ru_code = f"{_ru_dom}К{_dig(4)}"
_sec("intercom/domofon_ru",
     f"Курьеру: домофон не работает, набирайте код {_ru_code} и звоните мне на мобильный.",
     _ru_code)
_wifi = "Sonnenblume" + _dig(3)
_sec("wifi/guest_note_de",
     f"WLAN: FRITZ!Box 7590 XY\nPasswort: {_wifi}\n(Gäste bitte das Gastnetz 'Besuch' nutzen)",
     _wifi)
_wifi_nl = _rs(4, string.ascii_lowercase) + _dig(4) + _rs(4, string.ascii_lowercase)
_sec("wifi/wachtwoord_nl",
     f"Hoi allemaal! Voor de verjaardag zaterdag: wifi 'Ziggo-Thuis' wachtwoord {_wifi_nl}. Tot dan! 🎉",
     _wifi_nl)
_wifi_qr = _rs(14)
_sec("wifi/qr_string",
     f"Decoded QR from photo of the café menu: WIFI:T:WPA;S:Cafe Brioche;P:{_wifi_qr};H:false;;",
     _wifi_qr)
_wifi_tr = "kedi" + _dig(5) + "Pamuk"
_sec("wifi/sifre_tr",
     f"Misafirler için: Wi-Fi adı SuperOnline_5G, şifre {_wifi_tr}. Modemi lütfen kapatmayın.",
     _wifi_tr)
_otp1 = _dig(6)
_sec("otp/sms_bank_en",
     f"SMS from 'HSBC': {_otp1} is your one-time passcode to approve a payment of GBP 249.00 to ARGOS. "
     f"Never share this code, not even with HSBC staff.",
     _otp1)
_otp2 = _dig(6)
_sec("otp/sms_de_tan",
     f"Ihre mobileTAN für die Überweisung an Stadtwerke Bonn (IBAN endet auf 4410) lautet: {_otp2}. "
     f"Gültig 5 Minuten.",
     _otp2)
_otp3 = _dig(6)
_sec("otp/sms_zh",
     f"【支付宝】验证码{_otp3}，您正在进行登录验证，切勿将验证码告诉他人。",
     _otp3)
_otp4 = _dig(6)
_sec("otp/sms_ar",
     f"رمز التحقق الخاص بك هو {_otp4}. لا تشارك هذا الرمز مع أي شخص. - بنك الراجحي",
     _otp4)
_otp5 = _dig(5)
_sec("otp/sms_he",
     f"קוד האימות שלך לאתר ביטוח לאומי הוא: {_otp5}. אין למסור את הקוד לאף אדם.",
     _otp5)
_otp6 = _dig(6)
_sec("otp/sms_hi",
     f"आपका OTP {_otp6} है। इसे किसी के साथ साझा न करें। - SBI YONO",
     _otp6)
_otp7 = _dig(4)
_sec("otp/user_pastes_to_agent",
     f"User: ok I got the text, code is {_otp7}, go ahead and confirm the booking for 2 adults",
     _otp7)
_otp8 = _dig(6)
_sec("otp/dictated_digits_words",
     f"[Voice assistant transcript] \"the verification code is {' '.join(['zero','one','two','three','four','five','six','seven','eight','nine'][int(c)] for c in _otp8)}\"",
     ' '.join(['zero','one','two','three','four','five','six','seven','eight','nine'][int(c)] for c in _otp8))
_otp9 = _dig(6)
_sec("otp/email_verification_pl",
     f"Temat: Twój kod weryfikacyjny\n\nCześć Kasia,\ntwój jednorazowy kod do logowania w Allegro to {_otp9}. "
     f"Kod wygaśnie za 10 minut.",
     _otp9)
_otp10 = f"{_dig(3)}-{_dig(3)}"
_sec("otp/whatsapp_scam_forward",
     f"[Telegram] unknown: Hi dear, I sent you a code by mistake, please forward it to me 🙏\n"
     f"[Telegram] me: this one? WhatsApp code {_otp10}",
     _otp10)
_pin = _dig(4)
_sec("pin/atm_pin_note_en",
     f"Dad's Visa debit ending 4471 — PIN {_pin}. He asked me to get cash for the carer on Friday.",
     _pin)
_pin_de = _dig(4)
_sec("pin/pin_brief_ocr_de",
     f"OCR (Scan_0034.pdf):\nSparkasse KölnBonn\nIhre persönliche Geheimzahl (PIN)\nfür Ihre Sparkassen-Card\n"
     f"Karten-Nr. endet auf ...8812\n\n  PIN:  {' '.join(_pin_de)}\n\nBitte vernichten Sie dieses Schreiben.",
     ' '.join(_pin_de))
_pin_sv = _dig(4)
_sec("pin/kod_sv",
     f"Hej farmor! Din nya bankkortskod är {_pin_sv}. Skriv inte upp den på kortet 😊 /Elin",
     _pin_sv)
_pin_el = _dig(4)
_sec("pin/kodikos_el",
     f"Μαμά, ο κωδικός PIN της κάρτας είναι {_pin_el}. Μην τον πεις σε κανέναν!",
     _pin_el)
_pin_uk = _dig(4)
_sec("pin/pin_kod_uk",
     f"Оленко, PIN-код до картки ПриватБанку: {_pin_uk}. Зніми, будь ласка, 2000 грн на комуналку.",
     _pin_uk)
_sim_puk = _dig(8)
_sec("pin/sim_puk_chat",
     f"User: my phone says SIM locked, the card holder says PIN 0000 changed, PUK {_sim_puk}. What do I do?",
     _sim_puk)
_phone_unlock = _dig(6)
_sec("pin/phone_passcode_tech_support",
     f"Repair ticket #R-22841 — iPhone 14, cracked screen. Customer passcode for testing: {_phone_unlock}. "
     f"Backup done: yes.",
     _phone_unlock)

_visa = _card("4")
_cvv = _dig(3)
_sec("card/visa_number_chat",
     f"User: can you book the hotel with my card? {_groups(_visa, (4,4,4,4))} exp 09/28 cvv {_cvv}, name on card Priya Raman",
     _groups(_visa, (4,4,4,4)))
_sec("card/cvv_followup_chat",
     f"Assistant: Thanks, I also need the 3-digit security code on the back.\nUser: oh right, it's {_cvv}",
     _cvv)
_mc = _card(str(_R.randint(51, 55)))
_sec("card/mastercard_tool_call",
     _tool("checkout.submit_payment", {"card_number": _mc, "exp_month": 11, "exp_year": 2029,
                                       "cvc": _dig(3), "postal_code": "80331"}),
     _mc)
_cvc = _dig(3)
_sec("card/cvc_tool_call",
     _tool("checkout.submit_payment", {"card_number": "•••• 4417", "exp_month": 3, "exp_year": 2028,
                                       "cvc": _cvc, "postal_code": "1010"}),
     f"\"cvc\": \"{_cvc}\"")
_amex = _card(_R.choice(["34", "37"]), 15)
_amex_cid = _dig(4)
_sec("card/amex_dashed_email",
     f"Hi Sandra,\nplease charge the deposit to the company Amex: {_groups(_amex, (4,6,5), '-')}, "
     f"valid thru 02/27, CID {_amex_cid}.\nThanks, Mike",
     _groups(_amex, (4,6,5), '-'))
_sec("card/amex_cid_email",
     f"P.S. sorry, the 4-digit code on the front is {_amex_cid} (forgot it earlier).",
     _amex_cid)
_disc = _card("6011")
_sec("card/discover_no_spaces_form",
     f"Card number: {_disc}\nExpiration: 07/2030\nSecurity code: ***\nBilling ZIP: 97214",
     _disc)
_jcb = _card("35" + str(_R.randint(28, 89)))
_sec("card/jcb_ja",
     f"クレジットカード番号：{_groups(_jcb, (4,4,4,4), '-')}　有効期限：05/29　名義：TANAKA HIROSHI",
     _groups(_jcb, (4,4,4,4), '-'))
_up = _card("62", 19)
_sec("card/unionpay_zh",
     f"银联卡号 {_groups(_up, (4,4,4,4,3))}，开户行：中国银行上海分行。请帮我绑定到账户。",
     _groups(_up, (4,4,4,4,3)))
_visa_es = _card("4")
_sec("card/tarjeta_es_dictated",
     f"[Transcripción llamada] Cliente: «el número de la tarjeta es {' '.join(_visa_es[i:i+4] for i in range(0,16,4))}, "
     f"caduca en marzo del veintiocho»",
     ' '.join(_visa_es[i:i+4] for i in range(0,16,4)))
_visa_fr = _card("4")
_crypto_fr = _dig(3)
_sec("card/carte_fr_cryptogramme",
     f"Bonjour, voici ma carte pour l'acompte : {_groups(_visa_fr, (4,4,4,4))}, expire 12/27, "
     f"cryptogramme {_crypto_fr}. Cordialement, Mme Lefèvre",
     _crypto_fr)
_mc_typo = _card("5" + str(_R.randint(1, 5)))
_sec("card/typo_split_digits",
     f"my card nr is {_mc_typo[:4]} {_mc_typo[4:8]}  {_mc_typo[8:12]}{_mc_typo[12:]} (sorry typed fast) expiry 1/29",
     f"{_mc_typo[8:12]}{_mc_typo[12:]}")
_mc_tab = _card("2" + str(_R.randint(221, 720)))
_sec("card/spreadsheet_company_cards",
     "Karteninhaber;Kartennummer;Ablauf;Limit\n"
     f"J. Berger;{_mc_tab};08/28;5.000 €\nS. Novak;**** **** **** 1180;01/27;2.500 €",
     _mc_tab)

_secq = "Kowalczyk"
_sec("security_question/maiden_name_en",
     f"Account recovery answers I used (for mum's Vodafone account): Mother's maiden name: {_secq}; "
     f"First pet: Biscuit; City born: Gdańsk.",
     _secq)
_sec("security_question/first_pet_same",
     f"Security Q (bank): What was the name of your first pet? -> Answer: Pumuckl2",
     "Pumuckl2")
_sec("security_question/pregunta_es",
     "Pregunta de seguridad: ¿Nombre de tu primer colegio? Respuesta: San Ignacio de Loyola 1998",
     "San Ignacio de Loyola 1998")
_sec("security_question/ja",
     "秘密の質問：「初めて飼ったペットの名前は？」答え：もちまる",
     "もちまる")

_alarm_vm = _dig(4)
_sec("alarm/voicemail_security_company",
     f"Voicemail 06 Dec, 14:12, from +44 20 7946 0321: \"Hi, this is Sentinel Alarms, just confirming the new "
     f"disarm code for 12 Elm Road is {_alarm_vm}, and your verbal password with the control room is 'blue heron'.\"",
     _alarm_vm)
_sec("alarm/verbal_password_voicemail",
     "Voicemail 06 Dec, 14:12: \"...your verbal password with the control room is 'blue heron'. Any questions call us.\"",
     "blue heron")
_garage = _dig(4)
_sec("garage/keypad_hi",
     f"राहुल, गैराज का कीपैड कोड {_garage} है। गाड़ी निकालने के बाद दरवाज़ा बंद कर देना।",
     _garage)
_locker = f"{_dig(2)}-{_dig(2)}-{_dig(2)}"
_sec("locker/combination_school",
     f"Ms. Ortega: Reminder for 7B — Jayden's locker #214 combination is {_locker}. Please don't share with classmates.",
     _locker)
_bike = _dig(4)
_sec("lock/bike_lock_nl",
     f"De fiets staat bij het station, achter het hek. Cijferslot: {_bike}. Sleutel van de kelder ligt onder de mat.",
     _bike)
_safe = _dig(6)
_sec("safe/hotel_safe_ar",
     f"ملاحظة للنزيل: رمز الخزنة في الغرفة 1207 هو {_safe}. يرجى تغييره عند الوصول.",
     _safe)
_netflix_pw = "Popcorn" + _dig(2) + "!!"
_sec("password/streaming_shared_chat_it",
     f"[WhatsApp] Fra: ragazzi la password di Netflix è {_netflix_pw} , mail famiglia.rossi79@libero.it. Non cambiatela!",
     _netflix_pw)
_pw_ru = "Medved" + _dig(4) + "!"
_sec("password/parol_ru_email",
     f"Тема: доступ к Госуслугам мамы\n\nЛогин: её СНИЛС, пароль: {_pw_ru}\nЕсли попросит код из СМС — звони мне.",
     _pw_ru)
_pw_typo = "Hunde" + _dig(4) + "Welpe"
_sec("password/typo_label_de",
     f"Pasword fürs Elternportal (Schule am Park): {_pw_typo}  // Benutzer: eltern.kaya",
     _pw_typo)
_pw_ko = "sarang" + _dig(4) + "!"
_sec("password/bimilbeonho_ko",
     f"학교 e알리미 아이디: minjun_mom / 비밀번호: {_pw_ko} 입니다. 선생님이 물어보시면 알려주세요.",
     _pw_ko)
_pw_tr = "Galata" + _dig(4) + "*"
_sec("password/e_devlet_tr",
     f"Baba, e-Devlet şifren {_pw_tr}. Giriş yaptıktan sonra değiştirmeyi unutma.",
     _pw_tr)
_pw_he = "Shalom" + _dig(3) + "#"
_sec("password/sisma_he",
     f"הסיסמה לחשבון החשמל היא {_pw_he} ושם המשתמש הוא תעודת הזהות של אבא.",
     _pw_he)
_pw_pt = "Saudade" + _dig(4)
_sec("password/senha_pt_email",
     f"Assunto: acesso ao portal do condomínio\n\nUsuário: ap304\nSenha provisória: {_pw_pt}\n"
     f"Por favor altere no primeiro acesso.",
     _pw_pt)
_pw_zh = "Xiaomao" + _dig(4)
_sec("password/mima_zh",
     f"路由器后台 192.168.31.1 管理员密码：{_pw_zh}，访客网络已经关了。",
     _pw_zh)
_pw_el = "Thalassa" + _dig(3)
_sec("password/kodikos_el_taxisnet",
     f"Κωδικοί TAXISnet για τη δήλωση: χρήστης gpapad71, κωδικός {_pw_el}",
     _pw_el)
_pw_pl = "Pierogi" + _dig(3) + "!"
_sec("password/haslo_pl",
     f"Hasło do konta w bibliotece: {_pw_pl} (login: numer karty). Zmieniłam je w poniedziałek.",
     _pw_pl)
_pw_dictated = "correct horse battery staple " + _dig(2)
_sec("password/dictated_passphrase",
     f"[Call transcript, agent on speaker] \"...okay the passphrase is, uh, {_pw_dictated}, all lowercase with spaces\"",
     _pw_dictated)
_pw_spelled = "K-7-m-q-X-2-p-L"
_sec("password/spelled_out_voicemail",
     f"Voicemail: \"Hey it's Dan from IT, your temporary password is {_pw_spelled}, capital K, capital X, capital L. "
     f"It'll ask you to change it.\"",
     _pw_spelled)


# ==========================================================================
# 4. Identity, banking, tax, health, travel, HR (forms, OCR, email)
# ==========================================================================
_ssn1 = _ssn()
_sec("national_id/us_ssn_hr_email",
     f"Hi Jordan, for payroll setup I still need your SSN. — Sure: {_ssn1}. My start date is Jan 5.",
     _ssn1)
_ssn2 = _ssn().replace("-", "")
_sec("national_id/us_ssn_no_dashes_tool",
     _tool("tax_software.fill_field", {"form": "W-4", "field": "ssn", "value": _ssn2}),
     _ssn2)
_ssn3 = _ssn()
_sec("national_id/us_ssn_dictated_voicemail",
     f"[Voicemail transcript] \"Hi it's Grandma, the lady from Medicare wanted my social, it's "
     f"{' '.join(_ssn3.replace('-', ''))}, is that right to give her?\"",
     ' '.join(_ssn3.replace('-', '')))
_itin = f"9{_dig(2)}-{_R.choice(['70','71','78','83','90','94'])}-{_dig(4)}"
_sec("tax/us_itin_form",
     f"Form 1040 draft — Taxpayer: Alejandro Ruiz Mena\nITIN: {_itin}\nFiling status: Single\nWages: $41,220",
     _itin)
_nino1 = _nino()
_sec("national_id/uk_nino_form",
     f"New starter checklist\nSurname: Okafor\nForenames: Chidinma Grace\nNational Insurance number: {_nino1}\n"
     f"Statement: B",
     _nino1)
_utr = _dig(10)
_sec("tax/uk_utr_email",
     f"Dear Mr Patel, to file your Self Assessment we need your Unique Taxpayer Reference. — Reply: my UTR is {_utr}.",
     _utr)
_stid = _steuer_id()
_sec("tax/de_steuer_id_letter_ocr",
     f"OCR Bundeszentralamt für Steuern\nMitteilung über Ihre Identifikationsnummer\nFrau\nAnneliese Wagner\n"
     f"Ihre Identifikationsnummer: {_stid}\nBitte bewahren Sie dieses Schreiben auf.",
     _stid)
_kv = _kvnr()
_sec("health/de_kvnr_chat",
     f"Assistant: Für den Online-Termin bei der Hausarztpraxis brauche ich Ihre Versichertennummer.\n"
     f"User: {_kv}, TK",
     _kv)
_nir1 = _nir()
_sec("national_id/fr_nir_secu",
     f"Mutuelle — formulaire d'adhésion\nNom : Benali\nPrénom : Yasmine\nN° de sécurité sociale : {_nir1}\n"
     f"Caisse : CPAM de Lyon",
     _nir1)
_dni1 = _dni()
_sec("national_id/es_dni_whatsapp",
     f"[WhatsApp] Papá: hija pásame tu DNI para la reserva del tren → Yo: {_dni1} 👍",
     _dni1)
_nie = f"{_R.choice('XYZ')}{_dig(7)}"
_nie += "TRWAGMYFPDXBNJZSQVHLCKE"[int(str('XYZ'.index(_nie[0])) + _nie[1:]) % 23]
_sec("national_id/es_nie_form",
     f"Solicitud de empadronamiento\nNombre: Ionela Popescu\nNIE: {_nie}\nDomicilio: C/ Mayor 12, 3ºB, Alcalá",
     _nie)
_bsn1 = _bsn()
_sec("national_id/nl_bsn_email",
     f"Beste meneer De Vries,\n\nVoor de huurtoeslag hebben wij uw BSN nodig.\n\n> Mijn BSN is {_bsn1}.\n> Groet, Sander",
     _bsn1)
_cpf1 = _cpf()
_sec("national_id/br_cpf_chat",
     f"Cliente: pode emitir a nota no meu CPF? {_cpf1}\nAtendente: claro, só um instante.",
     _cpf1)
_pesel1 = _pesel()
_sec("national_id/pl_pesel_form",
     f"Deklaracja przystąpienia do PPK\nImię i nazwisko: Tomasz Wiśniewski\nPESEL: {_pesel1}\nData zatrudnienia: 01.12.2026",
     _pesel1)
_cn1 = _cn_id()
_sec("national_id/cn_shenfenzheng",
     f"订票信息：乘客 李娜，身份证号 {_cn1}，G102次 上海虹桥→北京南，二等座。",
     _cn1)
_rrn1 = _rrn()
_sec("national_id/kr_rrn",
     f"병원 접수: 성명 김서연, 주민등록번호 {_rrn1}, 보호자 연락처 010-****-5521",
     _rrn1)
_myn = _my_number()
_sec("national_id/jp_my_number",
     f"年末調整の書類です。扶養親族：佐藤 陽菜（長女）、個人番号（マイナンバー）：{_myn}",
     _myn)
_aad = _aadhaar()
_sec("national_id/in_aadhaar_hi",
     f"किरायानामा के लिए आधार नंबर: {_aad}, नाम: सुनीता देवी, पता: वार्ड 7, पटना",
     _aad)
_pan = _pan_in()
_sec("tax/in_pan_email",
     f"Dear CA Sharma ji, PFA Form 16. My PAN is {_pan} and assessment year 2026-27. Regards, Vikram",
     _pan)
_pnr_se = _personnummer()
_sec("national_id/se_personnummer",
     f"Hej! Jag behöver boka tid på vårdcentralen för min son. Personnummer: 20{_pnr_se}. Han har feber sedan i går.",
     f"20{_pnr_se}")
_tz = _teudat_zehut()
_sec("national_id/il_teudat_zehut",
     f"לכבוד קופת חולים מכבי, מספר תעודת זהות: {_tz}, שם: נועה לוי. מבקשת החזר על טיפול שיניים.",
     _tz)
_sin1 = _sin()
_sec("national_id/ca_sin_en_fr",
     f"Employee onboarding / Intégration des employés\nSIN / NAS: {_sin1}\nProvince: QC",
     _sin1)
_tfn1 = _tfn()
_sec("tax/au_tfn_chat",
     f"mate can you lodge it for me, TFN is {_tfn1}, same bank acct as last year",
     _tfn1)
_tckn_base = [_R.randint(1, 9)] + [_R.randint(0, 9) for _ in range(8)]
_d10 = ((sum(_tckn_base[0:9:2]) * 7) - sum(_tckn_base[1:8:2])) % 10
_d11 = (sum(_tckn_base) + _d10) % 10
_tckn = "".join(map(str, _tckn_base)) + str(_d10) + str(_d11)
_sec("national_id/tr_tc_kimlik",
     f"Kargo teslimatı için T.C. Kimlik No: {_tckn} — Alıcı: Ayşe Demir, Kadıköy/İstanbul",
     _tckn)
_snils_b = _dig(9)
_snils_s = sum(int(c) * (9 - i) for i, c in enumerate(_snils_b))
_snils_c = _snils_s if _snils_s < 100 else (0 if _snils_s % 101 in (100, 101) else _snils_s % 101)
_snils = f"{_snils_b[:3]}-{_snils_b[3:6]}-{_snils_b[6:]} {_snils_c:02d}"
_sec("national_id/ru_snils",
     f"Заявление на вычет. ФИО: Кузнецова Ольга Петровна. СНИЛС: {_snils}. ИНН: указан в справке.",
     _snils)
_afm = _dig(9)
_sec("tax/gr_afm",
     f"Στοιχεία τιμολογίου: Νικολάου Ελένη, ΑΦΜ {_afm}, ΔΟΥ Καλαμαριάς.",
     _afm)

_pass_us = _dig(9)
_sec("passport/us_passport_tool",
     _tool("airline.add_travel_document", {"passenger": "Emily R. Chen", "type": "passport", "number": _pass_us,
                                           "country": "USA", "expiry": "2033-04-18"}),
     _pass_us)
_pass_de = "C" + _rs(8, "CFGHJKLMNPRTVWXYZ0123456789")
_sec("passport/de_reisepass_ocr_mrz",
     f"OCR MRZ:\nP<D<<MUELLER<<JONAS<ALEXANDER<<<<<<<<<<<<<<<\n{_pass_de}{_dig(1)}D<<{_dig(6)}{_dig(1)}M{_dig(7)}<<<<<<<<<<<<<<<{_dig(1)}",
     _pass_de)
_pass_in = _rs(1, "JKLMNPRSTUVWZ") + _dig(7)
_sec("passport/in_visa_form",
     f"e-Visa application (UK Standard Visitor)\nGiven names: Ananya\nPassport number: {_pass_in}\nPlace of issue: Bengaluru",
     _pass_in)
_dl = _rs(1, _UP) + _dig(7)
_sec("drivers_license/us_ca_rental",
     f"Rental agreement RA 58821 — Driver: M. Alvarez, CA DL {_dl}, exp 2029. Additional driver: none.",
     _dl)

_iban_de = _iban("DE", _dig(8) + _dig(10))
_sec("bank/iban_de_rechnung",
     f"Sehr geehrter Herr Schulz,\nbitte überweisen Sie die Kaution auf mein Konto:\nIBAN: {_iban_spaced(_iban_de)}\n"
     f"BIC: COBADEFFXXX\nVerwendungszweck: Kaution Whg. 3 OG links",
     _iban_spaced(_iban_de))
_iban_fr = _iban("FR", _dig(10) + _rs(11, _UP + string.digits) + _dig(2))
_sec("bank/iban_fr_rib_ocr",
     f"RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire : M. ou Mme GARNIER PAUL\nIBAN : {_iban_spaced(_iban_fr)}\nBIC : AGRIFRPP882",
     _iban_spaced(_iban_fr))
_iban_es = _iban("ES", _dig(20))
_sec("bank/iban_es_nomina",
     f"Para domiciliar la nómina: IBAN {_iban_es} (titular: Lucía Fernández Ortega).",
     _iban_es)
_iban_gb = _iban("GB", "NWBK" + _dig(6) + _dig(8))
_sec("bank/iban_gb_invoice_table",
     "| Field | Value |\n|---|---|\n| Payee | Harlow Joinery Ltd |\n"
     f"| IBAN | {_iban_gb} |\n| Amount | £3,480.00 |",
     _iban_gb)
_iban_nl = _iban("NL", "INGB" + _dig(10))
_sec("bank/iban_nl_tikkie",
     f"Hoi! Je deel van het etentje is €27,50. Maak over naar {_iban_spaced(_iban_nl)} t.n.v. S. Bakker. Dankjewel!",
     _iban_spaced(_iban_nl))
_iban_it = _iban("IT", _rs(1, _UP) + _dig(10) + _dig(12))
_sec("bank/iban_it_affitto",
     f"Ciao Marco, l'affitto di dicembre va su IBAN {_iban_it}, intestato a Rossi Giovanna. Grazie!",
     _iban_it)
_iban_pl = _iban("PL", _dig(24))
_sec("bank/iban_pl_numer_konta",
     f"Numer konta do przelewu za wycieczkę klasową: {_iban_pl[2:4]} {' '.join(_iban_pl[4+i:8+i] for i in range(0, 24, 4))}",
     f"{_iban_pl[2:4]} {' '.join(_iban_pl[4+i:8+i] for i in range(0, 24, 4))}")
_iban_tr = _iban("TR", _dig(5) + "0" + _dig(16))
_sec("bank/iban_tr",
     f"Kira ödemesi için IBAN: {_iban_spaced(_iban_tr)} — Alıcı: Mehmet Kaya",
     _iban_spaced(_iban_tr))
_iban_sa = _iban("SA", _dig(2) + _dig(18))
_sec("bank/iban_sa_ar",
     f"يرجى تحويل المبلغ إلى الآيبان التالي: {_iban_sa} باسم عبدالله الحربي",
     _iban_sa)
_iban_ch = _iban("CH", _dig(5) + _rs(12, _UP + string.digits))
_sec("bank/iban_ch_split_lines",
     f"Bankverbindung (aus PDF kopiert):\nIBAN CH{_iban_ch[2:4]} {_iban_ch[4:8]}\n{_iban_ch[8:12]} {_iban_ch[12:16]} {_iban_ch[16:20]} {_iban_ch[20:]}\nUBS Switzerland AG",
     f"{_iban_ch[8:12]} {_iban_ch[12:16]} {_iban_ch[16:20]} {_iban_ch[20:]}")
_aba1 = _aba()
_acct1 = _dig(10)
_sec("bank/us_routing_direct_deposit",
     f"Direct deposit form\nBank: Chase\nRouting number (ABA): {_aba1}\nAccount number: {_acct1}\nType: Checking",
     _aba1)
_sec("bank/us_account_direct_deposit",
     f"Direct deposit form (page 2)\nAccount number: {_acct1}\nAmount: 100% of net pay",
     _acct1)
_sort = f"{_dig(2)}-{_dig(2)}-{_dig(2)}"
_ukacct = _dig(8)
_sec("bank/uk_sort_account_sms",
     f"Hi it's Bex, for the hen do: sort code {_sort}, acc {_ukacct}, ref HEN-SARAH. £85 each x",
     _ukacct)
_acct_in = _dig(14)
_sec("bank/in_account_ifsc",
     f"Please NEFT the advance: A/c No. {_acct_in}, IFSC HDFC0001234, name: Ramesh Traders",
     _acct_in)
_acct_ja = _dig(7)
_sec("bank/jp_furikomi",
     f"お振込先：みずほ銀行 渋谷支店 普通 {_acct_ja} ヤマダ タロウ",
     _acct_ja)
_online_banking_pw = _rs(10)
_sec("bank/online_banking_login_tool",
     _tool("browser.login", {"site": "https://banking.dkb.de", "username": "mkeller84", "password": _online_banking_pw}),
     _online_banking_pw)

_mbi1 = _mbi()
_sec("health/us_medicare_mbi",
     f"Patient intake (OCR of card): MEDICARE HEALTH INSURANCE\nName: ROBERT J HOLLOWAY\nMedicare Number: {_mbi1}\n"
     f"Entitled to HOSPITAL (PART A) 03-01-2019",
     _mbi1)
_member = _rs(3, _UP) + _dig(9)
_sec("health/us_insurance_member_id",
     f"Claim appeal — BlueCross member ID {_member}, group 0048821, DOS 11/14/2026, CPT 99213.",
     _member)
_nhs = _dig(9)
_nhs_sum = sum(int(c) * (10 - i) for i, c in enumerate(_nhs))
_nhs_c = 11 - _nhs_sum % 11
if _nhs_c == 11:
    _nhs_c = 0
if _nhs_c == 10:
    _nhs = "485777345"; _nhs_c = 6
_nhs_num = f"{_nhs[:3]} {_nhs[3:6]} {_nhs[6:]}{_nhs_c}"
_sec("health/uk_nhs_number",
     f"GP online registration: NHS number {_nhs_num}, DOB 14/02/1961, registered at Riverside Surgery.",
     _nhs_num)
_ehic = "80276" + _dig(15)
_sec("health/ehic_card_number_fr",
     f"Carte européenne d'assurance maladie — n° d'identification de la carte : {_ehic}, date d'expiration 31/08/2028",
     _ehic)
_rx = _dig(6)
_sec("health/pharmacy_pickup_code",
     f"Your prescription is ready at Boots Camden. Collection code: {_rx}. Bring photo ID.",
     _rx)
_portal_pw = _rs(9) + "!"
_sec("health/patient_portal_letter_ocr",
     f"OCR letter: Welcome to MyChart. Activation code: {_rs(5, _UP)}-{_rs(5, _UP)}-{_rs(5, _UP)}\n"
     f"Temporary password: {_portal_pw}\nExpires in 60 days.",
     _portal_pw)
_act = f"{_rs(5, _UP + string.digits)}-{_rs(5, _UP + string.digits)}-{_rs(5, _UP + string.digits)}"
_sec("health/mychart_activation_code",
     f"Reply from Dr. Nguyen's office: here is your MyChart activation code {_act}, use it with your DOB and ZIP.",
     _act)


# ==========================================================================
# 5. Innocent look-alikes (must come back byte for byte)
# ==========================================================================
def _isbn13(prefix12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(prefix12))
    return prefix12 + str((10 - s % 10) % 10)


_commit = _hex(40)
_inn("git/commit_hash_log",
     f"commit {_commit}\nAuthor: Wiebke Jansen <wiebke@example.org>\nDate:   Thu Dec 3 16:20:11 2026 +0100\n\n"
     f"    fix(parser): handle empty CSV header (#1882)")
_inn("git/short_sha_rebase",
     f"$ git rebase -i {_commit[:7]}~3\nSuccessfully rebased and updated refs/heads/feature/invoice-export.")
_inn("docker/image_digest",
     f"$ docker pull nginx:1.27.3-alpine\n1.27.3-alpine: Pulling from library/nginx\n"
     f"Digest: sha256:{_hex(64)}\nStatus: Downloaded newer image for nginx:1.27.3-alpine")
_inn("checksum/sha256sums_release",
     f"{_hex(64)}  restic_0.17.3_linux_amd64.bz2\n{_hex(64)}  restic_0.17.3_darwin_arm64.bz2")
_inn("checksum/md5_download_page",
     f"Ubuntu 24.04.1 Desktop (64-bit) — MD5: {_hex(32)} — 5.8 GB")
_inn("placeholder/env_example",
     "# .env.example — copy to .env and fill in\nDATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app\n"
     "STRIPE_SECRET_KEY=sk_live_...\nOPENAI_API_KEY=<your-openai-key>\nJWT_SECRET=change-me")
_inn("placeholder/compose_variable_refs",
     "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD}\n"
     "      POSTGRES_USER: ${DB_USER:-app}\n    secrets:\n      - db_root_password")
_inn("placeholder/k8s_secret_ref",
     "env:\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: backend-secrets\n        key: api-token")
_inn("placeholder/github_actions_secret_ref",
     "- name: Publish\n  run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}")
_inn("placeholder/readme_curl_token",
     "curl -H \"Authorization: Bearer <YOUR_API_TOKEN>\" https://api.example.com/v2/projects")
_inn("placeholder/masked_values_ui",
     "API key: sk-••••••••••••••••3f9a   Created: 2026-10-02   Last used: 2 days ago")
_inn("placeholder/ci_masked_log",
     "Run ./deploy.sh\n  env:\n    AWS_ACCESS_KEY_ID: ***\n    AWS_SECRET_ACCESS_KEY: ***\nDeploying stack 'web-prod'... done")
_inn("placeholder/xxx_password",
     "Connection string format: Server=myServer;Database=myDb;User Id=myUser;Password=xxxxxxxx;")
_inn("docs/password_policy_en",
     "Password requirements: at least 12 characters, one uppercase letter, one number and one symbol. "
     "Passwords expire every 180 days and the last 5 cannot be reused.")
_inn("docs/password_policy_de",
     "Hinweis: Ihr neues Passwort muss mindestens 10 Zeichen lang sein und darf nicht Ihren Benutzernamen enthalten. "
     "Die PIN Ihrer Karte erhalten Sie separat per Post.")
_inn("docs/how_to_reset_fr",
     "Mot de passe oublié ? Cliquez sur « Mot de passe oublié » puis saisissez votre adresse e-mail. "
     "Vous recevrez un lien valable 30 minutes.")
_inn("docs/pin_instructions_ja",
     "暗証番号は4桁の数字で設定してください。生年月日や電話番号など推測されやすい番号は避けてください。")
_inn("docs/otp_never_share_es",
     "Recuerda: tu banco nunca te pedirá el código de verificación por teléfono ni por WhatsApp.")
_inn("docs/2fa_setup_guide",
     "To enable 2FA, open Settings → Security → Two-factor authentication, scan the QR code with your "
     "authenticator app and enter the 6-digit code it displays.")
_inn("ssh/public_key_authorized_keys",
     f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{_b64(32)[:43]} wiebke@thinkpad")
_inn("ssh/host_key_fingerprint",
     f"The authenticity of host 'git.example.org (203.0.113.7)' can't be established.\n"
     f"ED25519 key fingerprint is SHA256:{_b64(32).rstrip('=')}.\nAre you sure you want to continue connecting (yes/no)?")
_inn("pgp/fingerprint_signature",
     f"-- \nMaria Olsen\nPGP: {' '.join(_hex(40).upper()[i:i+4] for i in range(0, 40, 4))}")
_inn("wireguard/peer_public_key_only",
     f"[Peer]\n# laptop-anna\nPublicKey = {_b64(32)}\nAllowedIPs = 10.66.0.5/32")
_inn("crypto/bitcoin_address_donation",
     f"Support the project: BTC bc1q{_rs(38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}")
_inn("crypto/eth_tx_hash",
     f"Transaction confirmed: 0x{_hex(64)} (block 21,448,302)")
_inn("uuid/public_resource_url",
     f"See the dataset at https://data.europa.eu/data/datasets/{_uuid()}?locale=en")
_inn("uuid/request_id_log",
     f"2026-12-06T09:14:22Z INFO request_id={_uuid()} method=GET path=/api/v1/health status=200 duration_ms=3")
_inn("order/amazon_order_number",
     f"Your Amazon.de order #{_dig(3)}-{_dig(7)}-{_dig(7)} has shipped. Arriving Tuesday.")
_inn("tracking/ups",
     f"UPS tracking: 1Z{_rs(6, _UP + string.digits)}{_dig(10)} — Out for delivery")
_inn("tracking/dhl_de",
     f"Ihre Sendung {_dig(20)} wird heute zwischen 10:15 und 12:15 Uhr zugestellt.")
_inn("tracking/usps",
     f"USPS Tracking® 9400 {_dig(4)} {_dig(4)} {_dig(4)} {_dig(4)} {_dig(2)} — Delivered, In/At Mailbox")
_inn("order/invoice_number_fr",
     f"Facture n° FA-2026-{_dig(5)} du 04/12/2026 — Montant TTC : 1 284,60 € — échéance 30 jours")
_inn("order/restaurant_reservation",
     f"Booking confirmed: Table for 4 at Osteria Fiorella, Sat 12 Dec, 19:30. Confirmation no. {_rs(3, _UP)}{_dig(4)}.")
_inn("travel/flight_numbers",
     "Itinerary: LH 1234 FRA→LIS dep 07:05, arr 09:10; return TP 576 LIS→FRA 18:40. Seat 14C, gate B44.")
_inn("travel/pnr_boarding",
     f"Booking reference {_rs(6, _UP)} · Flight BA 0117 · Terminal 5 · Boarding 13:25")
_inn("travel/hotel_room",
     "Your room is 1207 on the 12th floor; breakfast is served in room 'Atrium' from 6:30 to 10:30.")
_inn("phone/extension_signature",
     "Best regards,\nKarin Holm\nAccounts Payable\nTel. +49 89 1234-0, ext. 4821\nRoom 3.017")
_inn("phone/support_hotline_pl",
     "Infolinia: 801 300 800 (z telefonów stacjonarnych) lub +48 22 591 66 00, pon.–pt. 8:00–20:00.")
_inn("price/receipt",
     "Total: $1,249.99\nTax: $103.12\nVisa ending in 4821 — APPROVED\nAuth code: see bank statement")
_inn("card/masked_card_statement",
     "Kontoauszug: 03.12. Kartenzahlung REWE Markt **** **** **** 8812  -54,30 EUR")
_inn("date/calendar_invite",
     "Invitation: Quarterly review @ Wed 16 Dec 2026 14:00 - 15:30 (CET) — Room 4B, Building 2")
_inn("isbn/book_citation",
     f"Kernighan, B. W.; Ritchie, D. M. The C Programming Language, 2nd ed. ISBN {_isbn13('978013110362')}.")
_inn("isbn/library_list_de",
     f"Leseliste: ISBN {_isbn13('978346204' + _dig(3))} · ISBN {_isbn13('978344242' + _dig(3))} · Ausleihe bis 22.12.")
_inn("version/package_versions",
     "requirements.txt\ndjango==5.1.4\npsycopg[binary]==3.2.3\nredis==5.2.1\ncelery==5.4.0")
_inn("version/kernel_uname",
     "Linux web01 6.8.0-49-generic #49-Ubuntu SMP PREEMPT_DYNAMIC Mon Nov  4 02:06:24 UTC 2024 x86_64 GNU/Linux")
_inn("network/ip_mac_table",
     "Interface  IP              MAC\neth0       192.168.1.42    3c:22:fb:9a:10:7e\nwlan0      10.0.0.17       a4:83:e7:2d:5c:01")
_inn("http/headers_no_secret",
     "HTTP/2 200\ncontent-type: application/json; charset=utf-8\netag: W/\"5c-1a2b3c4d\"\n"
     f"x-request-id: {_hex(32)}\ncache-control: max-age=60")
_inn("http/csrf_field_name_only",
     "<form method=\"post\" action=\"/login\">\n  <input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"{{ csrf_token }}\">\n"
     "  <input type=\"password\" name=\"password\" autocomplete=\"current-password\">\n</form>")
_inn("code/password_variable_names",
     "def login(username: str, password: str) -> Session:\n    hashed = hash_password(password, salt=user.salt)\n"
     "    if not hmac.compare_digest(hashed, user.password_hash):\n        raise AuthError(\"invalid credentials\")")
_inn("code/env_lookup",
     "api_key = os.environ[\"WEATHER_API_KEY\"]\ntoken = os.getenv(\"GITHUB_TOKEN\", \"\")\nif not token:\n    sys.exit(\"GITHUB_TOKEN not set\")")
_inn("tool/call_without_secret",
     _tool("calendar.create_event", {"title": "Zahnarzt Dr. Köhler", "start": "2026-12-14T08:30:00+01:00",
                                     "duration_min": 45, "location": "Lindenstraße 8, Raum 2"}))
_inn("tool/search_query_about_passwords",
     _tool("web_search", {"query": "how to change wifi password fritzbox 7590"}))
_inn("tool/result_git_status",
     "On branch main\nYour branch is up to date with 'origin/main'.\n\nChanges not staged for commit:\n"
     "\tmodified:   src/auth/token_refresh.py\n\tmodified:   tests/test_secrets_loader.py")
_inn("log/auth_failure_no_value",
     "Dec  6 03:12:55 bastion sshd[2231]: Failed password for invalid user oracle from 198.51.100.23 port 52144 ssh2")
_inn("log/token_expired_message",
     "WARN  [auth] access token expired at 2026-12-06T10:00:00Z for client_id=mobile-app; refreshing")
_inn("chat/password_changed_notice",
     "[Slack #it-help] Tim: I reset your password, you'll get an email with a link. Don't reply with the new one here!")
_inn("chat/pin_talk_no_value_nl",
     "[WhatsApp] Oma: ik ben mijn pincode weer vergeten 🙈\n[WhatsApp] Jeroen: bel de bank even, die sturen een nieuwe op.")
_inn("chat/meeting_code_public",
     "Join the public webinar on YouTube Live: https://youtube.com/live/ — no registration required.")
_inn("sms/delivery_notice_de",
     f"DHL: Ihr Paket kommt heute. Sendungsnummer JJD{_dig(18)}. Ablageort: Garage.")
_inn("sms/appointment_reminder_es",
     "Recordatorio: cita con Dr. Ramos el 15/12 a las 10:40, consulta 3. Para cancelar responda NO.")
_inn("email/newsletter_it",
     "Ciao Luca, il nostro nuovo catalogo invernale è online! Sconto del 15% con il codice promozionale NEVE15 fino al 31/12.")
_inn("email/order_confirmation_pt",
     f"Obrigado pela sua compra! Pedido nº {_dig(9)} — Total: R$ 389,90 — Entrega prevista: 10/12/2026.")
_inn("ocr/receipt_ja",
     "領収書\n株式会社サンプル商事 様\n金額 ¥12,800（税込）\n但し 会議室利用料として\n2026年12月4日\n登録番号 T1234567890123")
_inn("ocr/utility_bill_ru",
     "Счёт за электроэнергию, лицевой счёт указан на обороте. Период: ноябрь 2026. К оплате: 1 842,37 ₽. Оплатить до 25.12.2026.")
_inn("ocr/zh_train_ticket_masked",
     "G102次 上海虹桥→北京南 2026年12月20日 08:00开 05车12F号 二等座 ¥553.0 李娜 3101041987****1234")
_inn("form/address_ko",
     "배송지: 서울특별시 마포구 월드컵북로 396, 1203호 (우편번호 03925) 연락처 02-123-4567")
_inn("form/ar_address",
     "العنوان: شارع الملك فهد، مبنى 42، الطابق 3، الرياض 12271. ساعات العمل من 9 صباحاً حتى 5 مساءً.")
_inn("form/he_appointment",
     "תור לרופא משפחה: יום ג׳ 15.12 בשעה 09:20, חדר 14, קומה 2. נא להגיע 10 דקות מראש.")
_inn("form/hi_train",
     "PNR स्थिति: कन्फर्म, कोच B3, बर्थ 42 (लोअर), ट्रेन 12952 मुंबई राजधानी, प्रस्थान 16:35")
_inn("form/tr_invoice",
     "Fatura No: GIB2026000012345 — Tutar: 2.450,00 TL — Vade: 31.12.2026")
_inn("form/el_receipt",
     "Απόδειξη λιανικής πώλησης Νο 4471 — Σύνολο: 23,80 € — ΦΠΑ 24%")
_inn("form/sv_parking",
     "Parkeringsbiljett: Zon 4412, giltig till 18:30, registreringsnummer ABC 123, belopp 45 kr.")
_inn("form/uk_schedule",
     "Розклад: пара 3 — аудиторія 214, корпус 5, викладач доц. Коваленко. Початок о 11:50.")
_inn("form/pl_parcel_locker_public",
     "Paczkomat WAW22M, ul. Marszałkowska 104 — otwarty 24/7. Godziny obsługi klienta: 8–20.")
_inn("iban/format_explanation",
     "An IBAN consists of a two-letter country code, two check digits and up to 30 alphanumeric characters "
     "(the BBAN). German IBANs have 22 characters.")
_inn("table/sales_report",
     "| Region | Q3 | Q4 | Δ |\n|---|---|---|---|\n| DACH | 1,204,330 | 1,318,902 | +9.5% |\n| Nordics | 402,118 | 388,760 | -3.3% |")
_inn("math/large_numbers_stats",
     "Population of Germany (2025): 83,577,140; area 357,588 km²; GDP per capita ~ 54,290 USD.")
_inn("weather/forecast",
     "Mo 07.12: 4°C / -1°C, 60% Regen · Di 08.12: 6°C / 2°C, bewölkt · Wind 18 km/h aus SW")
_inn("sports/scores",
     "Bundesliga, 14. Spieltag: Bayern 3:1 Leipzig, Freiburg 0:0 Mainz, BVB 2:2 Stuttgart. Zuschauer: 81.365")
_inn("doi/paper_reference",
     "Vaswani et al., Attention Is All You Need, NeurIPS 2017. doi:10.48550/arXiv.1706.03762")
_inn("base64/image_data_uri_header",
     "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\" alt=\"pixel\">")
_inn("cert/public_certificate_pem_header",
     "$ openssl x509 -in server.crt -noout -subject -issuer -dates\nsubject=CN = shop.example.com\n"
     "issuer=C = US, O = Let's Encrypt, CN = R11\nnotBefore=Nov 20 08:11:02 2026 GMT\nnotAfter=Feb 18 08:11:01 2027 GMT")
_inn("ticket/jira_ids",
     "Fixed in PLAT-4821 and PLAT-4822; regression tracked in QA-1107. Release 2026.12.1 tagged.")
_inn("serial/product_serial_warranty",
     f"Warranty registration: Bosch dishwasher, E-Nr. SMS4HVI33E/15, FD 0211. Purchase date 14.03.2025.")


# ==========================================================================
# import-time sanity checks
# ==========================================================================
for _s in SECRETS:
    assert _s.secret in _s.text, _s.id
    assert "/" in _s.id and _s.id.split("/", 1)[0] and _s.id.split("/", 1)[1], _s.id
for _i in INNOCENT:
    assert "/" in _i.id, _i.id
for _c in (_visa, _mc, _amex, _disc, _jcb, _up, _visa_es, _visa_fr, _mc_typo, _mc_tab):
    assert _luhn_ok(_c), _c
assert len(SECRETS) >= 160 and len(INNOCENT) >= 70
assert len({x.id for x in SECRETS} | {x.id for x in INNOCENT}) == len(SECRETS) + len(INNOCENT)
