"""Independent secret-redaction test corpus -- HELD-OUT half.

Written by: an AI helper session (corpus6 writer), started by the project to build
an independent test corpus.
Written on: 2026-12-06 (UTC, started 19:34, finished 19:42).
Written WITHOUT seeing the redaction engine, its rules or its tests: only the
brief and some real trajectory files in /work/shared/data (for realism of context).

Each ``Secret`` item has:
  id     -- "<category>/<context>", unique in this file
  text   -- the secret embedded in realistic trajectory context (command, log,
            config file, HTTP exchange, JSON tool arguments, prose...)
  secret -- the exact substring of ``text`` that must NOT survive redaction.
            (Surrounding key names, user names, host names etc. may survive.)
Each ``Innocent`` item has text that contains no secret and must be left
byte-for-byte unchanged.  Where classifying an innocent item needed a judgement
call, the judgement is spelled out in its id.

All secret values are fake: they are generated at import time from a seeded
``random.Random`` (prefix + random body, valid check digits where the format has
one), so no real-looking vendor token is written literally in this file.
Items were written in one stream and alternated between secrets_dev.py and
this file; the two files never share an item.
"""
from __future__ import annotations

import base64
import json
import random
import string
import urllib.parse
from typing import NamedTuple


class Secret(NamedTuple):
    id: str      # "<category>/<context>", unique in the file
    text: str    # the secret in realistic context (one line to ~15 lines)
    secret: str  # the exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str    # realistic text containing NO secret; must be left unchanged


# ---------------------------------------------------------------- generators
_R = random.Random(0x4E1D0A7)
_AN = string.ascii_letters + string.digits
_LD = string.ascii_lowercase + string.digits
_UD = string.ascii_uppercase + string.digits
_HEX = "0123456789abcdef"
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rs(n: int, alphabet: str = _AN) -> str:
    return "".join(_R.choice(alphabet) for _ in range(n))


def hx(n: int) -> str:
    return rs(n, _HEX)


def digits(n: int) -> str:
    return rs(n, string.digits)


def rbytes(n: int) -> bytes:
    return bytes(_R.getrandbits(8) for _ in range(n))


def b64(n: int) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64u(n: int) -> str:
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def pw(n: int = 14, punct: str = "!@#%^&*-_+=.?") -> str:
    """A human-ish strong password: guaranteed to mix classes."""
    core = [_R.choice(string.ascii_uppercase), _R.choice(string.ascii_lowercase),
            _R.choice(string.digits), _R.choice(punct)]
    core += [_R.choice(_AN + punct) for _ in range(n - 4)]
    _R.shuffle(core)
    return "".join(core)


def human_pw() -> str:
    words = ["Summer", "Falcon", "Winter", "Maple", "Tiger", "Orchid", "Rocket",
             "Harbor", "Copper", "Violet", "Bingo", "Nimbus"]
    return _R.choice(words) + _R.choice(words).lower() + digits(_R.choice([2, 4])) + _R.choice("!#$?*")


def uuid4() -> str:
    h = hx(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_R.choice('89ab')}{h[17:20]}-{h[20:32]}"


def luhn_complete(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def card(prefix: str, length: int = 16) -> str:
    return luhn_complete(prefix + digits(length - len(prefix) - 1))


def group(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def iban(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


def iban_print(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def jwt(payload: dict, alg: str = "HS256") -> str:
    h = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{p}.{b64u(32 if alg.startswith('HS') else 256)}"


def pem_body(nbytes: int, width: int = 64) -> str:
    s = b64(nbytes)
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def b58(n: int) -> str:
    return rs(n, _B58)


_BIP = ("abandon ability able about above absent absorb abstract absurd abuse access accident "
        "acid acoustic acquire across act action actor actress actual adapt add addict address "
        "adjust admit adult advance advice aerobic affair afford afraid again age agent agree "
        "ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost "
        "alone alpha already also alter always amateur amazing among amount amused analyst "
        "anchor ancient anger angle angry animal ankle announce annual another answer antenna "
        "bacon badge balance bamboo banana banner barely bargain barrel basket battle beach "
        "cabin cable cactus canal candy canvas capital captain carbon cargo carpet casino").split()


def seed_phrase(n: int = 12) -> str:
    return " ".join(_R.choice(_BIP) for _ in range(n))


def ssn() -> str:
    return f"{_R.randint(101, 665):03d}-{_R.randint(10, 99):02d}-{_R.randint(1000, 9999):04d}"


def dni_es() -> str:
    n = _R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def cpf_br() -> str:
    d = [_R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(v * (k - i) for i, v in enumerate(d))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def bsn_nl() -> str:
    while True:
        d = [_R.randint(0, 9) for _ in range(8)]
        s = sum(v * (9 - i) for i, v in enumerate(d))
        for last in range(10):
            if (s - last) % 11 == 0 and d[0] != 0:
                return "".join(map(str, d)) + str(last)


def pesel_pl() -> str:
    base = f"{_R.randint(60, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{digits(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


def sin_ca() -> str:
    return group(luhn_complete(str(_R.randint(1, 7)) + digits(7)), (3, 3, 3), " ")


def nino_uk() -> str:
    return rs(1, "ABCEGHJKLMNOPRSTWXYZ") + rs(1, "ABCEGHJKLMNPRSTWXYZ") + digits(6) + rs(1, "ABCD")


# ---------------------------------------------------------------- items
_S: list[Secret] = []
_I: list[Innocent] = []


def S(id: str, text: str, secret: str) -> None:
    _S.append(Secret(id, text, secret))


def I(id: str, text: str) -> None:
    _I.append(Innocent(id, text))


# ===================================================== SECRET items

v = "ASIA" + rs(16, _UD)
t = "IQoJb3JpZ2luX2VjE" + rs(300, _AN + "/+") + "=="
S("aws/session-token-env-export",
  f"export AWS_ACCESS_KEY_ID={v}\nexport AWS_SECRET_ACCESS_KEY={rs(40, _AN + '/+')}\nexport AWS_SESSION_TOKEN={t}\n", t)

v = "github_" + "pat_" + rs(22) + "_" + rs(59)
S("github/fine-grained-in-gh-auth",
  f"$ echo {v} | gh auth login --with-token\n✓ Logged in to github.com as dev-bot", v)

v = "xox" + "b-" + digits(12) + "-" + digits(13) + "-" + rs(24)
S("slack/bot-token-in-python",
  f"client = WebClient(token=\"{v}\")\nresp = client.chat_postMessage(channel=\"#deploys\", text=\"release v2.14.0 done\")", v)

v = "whs" + "ec_" + rs(32)
S("stripe/webhook-signing-secret-yaml",
  f"payments:\n  provider: stripe\n  webhook:\n    endpoint: /hooks/stripe\n    signing_secret: \"{v}\"\n", v)

v = "sk-" + "ant-api03-" + rs(93, _AN + "-_") + "AA"
S("anthropic/api-key-x-api-key-header",
  f"POST /v1/messages HTTP/1.1\nHost: api.anthropic.com\nx-api-key: {v}\nanthropic-version: 2023-06-01\ncontent-type: application/json", v)

body = pem_body(1190)
sa = {"type": "service_account", "project_id": "acme-data-prod", "private_key_id": hx(40),
      "private_key": "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n",
      "client_email": "etl-runner@acme-data-prod.iam.gserviceaccount.com", "client_id": digits(21)}
S("gcp/service-account-json-private-key-escaped",
  "$ cat sa.json\n" + json.dumps(sa, indent=2), json.dumps(body)[1:-1])

v = "SK" + hx(32)
t = hx(32)
S("twilio/auth-token-basic-curl",
  f"curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC{hx(32)}/Messages.json \\\n  --data-urlencode \"To=+15005550006\" --data-urlencode \"Body=ping\" \\\n  -u AC{hx(32)}:{t}", t)

v = hx(32) + "-us" + str(_R.randint(2, 21))
S("mailchimp/key-in-php-config",
  f"<?php\nreturn [\n    'mailchimp' => [\n        'api_key' => '{v}',\n        'list_id' => 'b3f1e2a9c0',\n    ],\n];", v)

v = "pypi-" + "AgEIcHlwaS5vcmc" + rs(150, _AN + "-_")
S("pypi/twine-password-flag",
  f"twine upload --repository pypi -u __token__ -p {v} dist/*\nUploading acme_utils-1.4.2-py3-none-any.whl\n100% ━━━━━━━━━━ 24.1/24.1 kB", v)

v = "hvs." + rs(24) + rs(66, _AN + "-_")
S("vault/token-env-and-cli",
  f"$ export VAULT_ADDR=https://vault.internal:8200\n$ export VAULT_TOKEN={v}\n$ vault kv get -field=url secret/prod/db", v)

v = "dop_" + "v1_" + hx(64)
S("digitalocean/doctl-auth-init",
  f"$ doctl auth init --context staging -t {v}\nValidating token... ✔", v)

v = "NRAK-" + rs(27, _UD)
S("newrelic/user-key-terraform-provider",
  f'provider "newrelic" {{\n  account_id = 3481122\n  api_key    = "{v}"\n  region     = "EU"\n}}', v)

v = rs(24, _AN) + "." + rs(6, _AN + "-_") + "." + rs(38, _AN + "-_")
S("discord/bot-token-in-logs",
  f"[2026-11-30 08:14:02] INFO  discord.client: logging in using static token\n[2026-11-30 08:14:02] DEBUG discord.http: token={v}", v)

v = "hf_" + rs(34)
S("huggingface/token-cli-login",
  f"$ huggingface-cli login --token {v} --add-to-git-credential\nToken is valid (permission: write).", v)

v = rs(40, _AN + "-_")
S("cloudflare/api-token-wrangler-toml-comment",
  f"name = \"edge-router\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2026-09-01\"\n# CLOUDFLARE_API_TOKEN={v}  (temporary, remove before commit)", v)

v = "PMAK-" + hx(24) + "-" + hx(34)
S("postman/api-key-newman",
  f"newman run https://api.getpostman.com/collections/{uuid4()}?apikey={v} -e staging.json", v)

v = "00" + rs(40, _AN + "-_")
S("okta/ssws-authorization",
  f"GET /api/v1/users?limit=25 HTTP/1.1\nHost: acme.okta.com\nAccept: application/json\nAuthorization: SSWS {v}", v)

v = "pscale_" + "pw_" + rs(43, _AN + "_")
S("planetscale/password-in-dsn",
  f"DATABASE_URL='mysql://k3x9q2m1z8a7:{v}@aws.connect.psdb.cloud/shop?sslaccept=strict'", v)

v = "dapi" + hx(32)
S("databricks/token-databrickscfg",
  f"[DEFAULT]\nhost  = https://adb-{digits(16)}.7.azuredatabricks.net\ntoken = {v}\n", v)

v = "tskey-" + "auth-" + rs(12) + "CNTRL-" + rs(33)
S("tailscale/authkey-up",
  f"sudo tailscale up --authkey={v} --advertise-tags=tag:ci --hostname=runner-07", v)

v = "GOCSPX-" + rs(28, _AN + "-_")
S("google/oauth-client-secret-json",
  json.dumps({"web": {"client_id": f"{digits(12)}-{rs(32, _LD)}.apps.googleusercontent.com", "project_id": "acme-sso",
                      "auth_uri": "https://accounts.google.com/o/oauth2/auth", "client_secret": v,
                      "redirect_uris": ["https://app.acme.io/oauth/callback"]}}), v)

v = "EAA" + rs(180)
S("facebook/graph-access-token-url",
  f"fetching https://graph.facebook.com/v19.0/me/accounts?access_token={v}&fields=id,name", v)

v = "rzp_" + "live_" + rs(14)
sec = rs(24)
S("razorpay/key-secret-pair-env",
  f"RAZORPAY_KEY_ID={v}\nRAZORPAY_KEY_SECRET={sec}", sec)

v = "CFPAT-" + rs(43, _AN + "-_")
S("contentful/cma-token-cli",
  f"$ contentful login --management-token {v}\nLogged in. Token stored in ~/.contentfulrc.json", v)

v = "ntn_" + digits(11) + rs(35)
S("notion/integration-secret-ts",
  f"const notion = new Client({{ auth: \"{v}\" }});", v)

v = "AAAAAAAAAAAAAAAAAAAAA" + rs(22) + "%3D" + rs(50)
S("twitter/bearer-token-percent-encoded",
  f"curl \"https://api.twitter.com/2/tweets/search/recent?query=from:acme\" -H \"Authorization: Bearer {v}\"", v)

v = "Splunk " + uuid4()
S("splunk/hec-token-header",
  f"curl -k https://splunk.acme.io:8088/services/collector/event -H \"Authorization: {v}\" -d '{{\"event\":\"deploy\",\"sourcetype\":\"ci\"}}'", v.split()[1])

v = "bkua_" + hx(40)
S("buildkite/agent-token-cfg",
  f"# /etc/buildkite-agent/buildkite-agent.cfg\ntoken=\"{v}\"\nname=\"%hostname-%spawn\"\ntags=\"queue=default,os=linux\"", v)

v = "AKCp" + rs(69)
S("jfrog/apikey-gradle-properties",
  f"artifactory_user=ci-publisher\nartifactory_password={v}\nartifactory_contextUrl=https://acme.jfrog.io/artifactory", v)

v = "re_" + rs(8) + "_" + rs(24)
S("resend/api-key-deno",
  f"const resend = new Resend(\"{v}\");\nawait resend.emails.send({{ from: 'noreply@acme.io', to, subject, html }});", v)

v = "pplx-" + rs(48)
S("perplexity/key-in-claude-tool-use-json",
  json.dumps({"type": "tool_use", "id": "toolu_01" + rs(22), "name": "Bash",
              "input": {"command": f"curl -s https://api.perplexity.ai/chat/completions -H 'Authorization: Bearer {v}' -d @q.json",
                        "description": "query perplexity"}}), v)

v = "lob_" + "live_" + hx(32)  # fictional-ish format for a printing API
S("misc-vendor/lob-style-live-key-basic-auth",
  f"curl https://api.lob.com/v1/postcards -u {v}: -d \"description=Demo\"", v)

p = pw(12)
S("cli-password/pgpassword-env-prefix",
  f"PGPASSWORD='{p}' psql -h 10.0.3.12 -U analytics -d warehouse -c '\\dt'", p)

p = rs(32)
S("cli-password/redis-cli-a",
  f"$ redis-cli -h cache.internal -p 6379 -a {p} --no-auth-warning INFO keyspace\n# Keyspace\ndb0:keys=1834,expires=1201", p)

p = human_pw()
S("cli-password/zip-encrypt",
  f"zip -r -P {p} backup-2026-11.zip ./exports/\n  adding: exports/customers.csv (deflated 71%)", p)

p = pw(20)
S("cli-password/openssl-passin-pass",
  f"openssl pkcs12 -export -in tls.crt -inkey tls.key -out tls.p12 -passout pass:{p} -name api-gateway", p)

p = human_pw()
S("cli-password/sshpass-p",
  f"for h in web1 web2 web3; do sshpass -p '{p}' ssh -o StrictHostKeyChecking=no deploy@$h 'sudo systemctl restart app'; done", p)

p = pw(11)
S("cli-password/curl-u-user-colon-pass",
  f"curl -fsSL -u admin:{p} http://jenkins.internal:8080/job/nightly/lastBuild/api/json", p)

p = pw(14)
S("cli-password/xfreerdp-slash-p",
  f"xfreerdp /v:10.20.0.15 /u:Administrator /p:{p} /cert:ignore /dynamic-resolution", p)

p = pw(17)
S("cli-password/ldapsearch-w",
  f"ldapsearch -x -H ldaps://dc1.corp.local -D 'cn=svc-jira,ou=svc,dc=corp,dc=local' -w '{p}' -b 'dc=corp,dc=local' '(sAMAccountName=jdoe)'", p)

p = pw(10)
S("cli-password/htpasswd-batch",
  f"htpasswd -bc /etc/nginx/.htpasswd grafana {p}", p)

p = pw(12)
S("cli-password/lftp-u-comma",
  f"lftp -u uploader,{p} sftp://ftp.partner-example.com -e 'mirror -R ./out /incoming; bye'", p)

p = pw(12)
S("cli-password/sqlplus-slash-at",
  f"sqlplus system/{p}@//ora-prod:1521/ORCLPDB1 @migrate.sql", p)

p = pw(11)
S("cli-password/sudo-S-echo",
  f"echo '{p}' | sudo -S apt-get install -y postgresql-client", p)

p = pw(12)
S("cli-password/nmcli-wifi",
  f"nmcli dev wifi connect \"ACME-Guest-5G\" password \"{p}\"", p)

p = pw(18)
S("cli-password/mysqldump-long-flag",
  f"mysqldump --host=127.0.0.1 --user=backup --password={p} --single-transaction shop > shop.sql", p)

p = pw(16, "-_")
S("conn-url/mongodb-srv",
  f"MONGO_URI=mongodb+srv://svc_api:{p}@cluster0.x7q2m.mongodb.net/app?retryWrites=true&w=majority", p)

p = pw(12, "-_")
S("conn-url/amqp-in-python-traceback",
  f"Traceback (most recent call last):\n  File \"/app/consumer.py\", line 22, in <module>\n    conn = pika.BlockingConnection(pika.URLParameters('amqps://events:{p}@mq.internal:5671/%2F'))\npika.exceptions.AMQPConnectionError: Connection to 10.0.4.7:5671 failed: timeout", p)

p = pw(14, "!#-")
S("conn-string/adonet-appsettings-json",
  json.dumps({"ConnectionStrings": {"Default": f"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password={p};Encrypt=True;"}}, indent=2), p)

p = pw(14)
S("conn-string/kafka-sasl-jaas",
  f"sasl.mechanism=PLAIN\nsecurity.protocol=SASL_SSL\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{rs(16, _UD)}\" password=\"{p}\";", p)

p = pw(10)
S("conn-url/ftp-in-wget-log",
  f"--2026-11-29 03:00:01--  ftp://feeds:{p}@ftp.supplier-example.net/daily/prices.csv\n           => ‘prices.csv’\nResolving ftp.supplier-example.net... 203.0.113.40", p)

p = pw(12)
S("conn-url/pip-extra-index-url",
  f"pip install --extra-index-url https://deploy:{p}@pypi.acme.io/simple/ acme-core==3.2.1", p)

p = pw(14)
S("config/toml-nested-table",
  f"[server]\nport = 8443\n\n[server.tls]\ncert = \"/etc/ssl/api.crt\"\n\n[storage.s3]\nbucket = \"acme-artifacts\"\nsecret_access_key = '{p}'", p)

p = pw(15)
S("config/yaml-anchor-shared-credentials",
  f"x-db-creds: &dbcreds\n  DB_USER: app\n  DB_PASSWORD: {p}\n\nservices:\n  api:\n    environment:\n      <<: *dbcreds\n  worker:\n    environment:\n      <<: *dbcreds", p)

p = pw(13)
S("config/java-properties-escaped-colon",
  f"mail.smtp.host=smtp.office365.com\nmail.smtp.user=noreply@acme.io\nmail.smtp.password={p.replace(':', '')}\\:x9\nmail.smtp.starttls.enable=true", p.replace(':', '') + "\\:x9")

v = "sk_" + "live_" + rs(24)
S("config/dotenv-export-quoted",
  f"# .env.production\nexport NEXT_PUBLIC_API_URL=\"https://api.acme.io\"\nexport CLERK_SECRET_KEY=\"{v}\"", v)

p = pw(16)
S("config/systemd-environment-line",
  f"[Service]\nUser=app\nEnvironment=\"DATABASE_PASSWORD={p}\" \"RUST_LOG=info\"\nExecStart=/opt/app/bin/server", p)

raw = pw(18)
enc = base64.b64encode(raw.encode()).decode()
S("config/k8s-secret-base64-data",
  f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: pg-credentials\n  namespace: payments\ntype: Opaque\ndata:\n  username: {base64.b64encode(b'payments').decode()}\n  password: {enc}", enc)

ck = pem_body(1190, 76).replace("\n", "")
S("config/kubeconfig-client-key-data",
  f"users:\n- name: admin@prod\n  user:\n    client-certificate-data: {b64(600)}\n    client-key-data: {ck}", ck)

p = pw(14)
S("config/nuget-cleartextpassword",
  f'<packageSourceCredentials>\n  <AcmeFeed>\n    <add key="Username" value="build" />\n    <add key="ClearTextPassword" value="{p}" />\n  </AcmeFeed>\n</packageSourceCredentials>', p)

p = pw(13)
S("config/pypirc",
  f"[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.acme.io/\nusername = release\npassword = {p}", p)

p = pw(12)
S("config/git-credentials-store-file",
  f"$ cat ~/.git-credentials\nhttps://jdoe:{p}@bitbucket.org\nhttps://oauth2:{'glpat-' + rs(20)}@gitlab.com", p)

v = rs(50, _AN + "!@#$%^&*(-_=+)")
S("config/django-secret-key-settings",
  f"DEBUG = False\nALLOWED_HOSTS = ['acme.io']\nSECRET_KEY = '{v}'", v)

p = pw(12)
S("config/ansible-inventory-become-pass",
  f"[db]\ndb01 ansible_host=10.0.5.11 ansible_user=ubuntu ansible_become_pass='{p}'", p)

v = rs(43, _AN + "-_")
S("http/cookie-session-id",
  f"Cookie: _ga=GA1.2.1983746521.1732650000; sessionid={v}; csrftoken={rs(32)}", v)

sig = hx(64)
S("http/aws-sigv4-signature",
  f"Authorization: AWS4-HMAC-SHA256 Credential=AKIA{rs(16, _UD)}/20261130/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature={sig}", sig)

v = hx(32)
S("http/azure-openai-api-key-header",
  f"curl \"https://acme-oai.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01\" -H \"api-key: {v}\" -H 'Content-Type: application/json'", v)

v = jwt({"sub": "user_" + digits(6), "role": "admin", "iat": 1764460800, "exp": 1764547200})
S("jwt/bearer-in-browser-console",
  f"fetch('/api/admin/users', {{headers: {{Authorization: 'Bearer {v}'}}}})\nPromise {{<pending>}}", v)

v = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
         "sub": "system:serviceaccount:ci:deployer"}, "RS256")
S("jwt/k8s-sa-token-kubectl-output",
  f"$ kubectl -n ci create token deployer --duration=8760h\n{v}", v)

p = pw(8, "!#") + "\"" + rs(3) + "\\" + pw(4, "!#")
S("nested/json-escaped-quote-in-password",
  json.dumps({"name": "db_connect", "arguments": json.dumps({"host": "10.0.0.8", "user": "root", "password": p})}),
  json.dumps(json.dumps(p)[1:-1])[1:-1])

v = "sk-" + "ant-api03-" + rs(93, _AN + "-_") + "AA"
S("split/python-implicit-concat",
  f"API_KEY = (\n    \"{v[:40]}\"\n    \"{v[40:]}\"\n)", v[40:])

p = pw(12)
S("encoded/url-encoded-form-body",
  f"POST /login HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nusername=j.smith%40acme.io&password={urllib.parse.quote_plus(p)}&remember=1", urllib.parse.quote_plus(p))

k = pem_body(400, 70)
S("private-key/openssh-ed25519",
  f"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n{k}\n-----END OPENSSH PRIVATE KEY-----", k)

c = card("4" + digits(5))
S("pii/visa-card-in-support-chat",
  f"user: hi, my order keeps failing. card is {group(c, (4, 4, 4, 4))} exp 08/28\nassistant: I'm sorry to hear that. Please don't share full card numbers here.", group(c, (4, 4, 4, 4)))

c = card("5" + str(_R.randint(1, 5)) + digits(4))
S("pii/mastercard-dashes-in-log",
  f"2026-11-30 14:22:10,311 ERROR payments.gateway: declined pan={group(c, (4, 4, 4, 4), '-')} reason=do_not_honor", group(c, (4, 4, 4, 4), "-"))

v = nino_uk()
S("pii/uk-nino-in-prose",
  f"Customer said: \"my National Insurance number is {v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}, can you update payroll?\"", f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}")

v = cpf_br()
S("pii/brazil-cpf-portuguese",
  f"Olá! Meu CPF é {v}, podem verificar o reembolso?", v)

v = iban("DE", digits(18))
S("pii/iban-de-grouped-german-prose",
  f"Bitte überweisen Sie den Betrag auf mein Konto: IBAN {iban_print(v)}, BIC COBADEFFXXX.", iban_print(v))

pin = digits(4)
S("pii/phone-and-pin-voicemail",
  f"Transcript: \"Hi it's Dana, call me on 07700 900{digits(3)}. The voicemail PIN is {pin} if you need to check messages.\"", pin)

codes = [f"{rs(5, _LD)}-{rs(5, _LD)}" for _ in range(4)]
S("prose/recovery-codes-list",
  "Save these GitHub recovery codes somewhere safe:\n" + "\n".join(codes) + "\nEach code can be used once.", codes[2])

p = pw(12)
S("prose/french-mot-de-passe",
  f"Le mot de passe du compte admin est « {p} », merci de ne pas le partager.", p)

p = pw(12)
S("prose/russian-parol",
  f"Пароль от сервера: {p} (пользователь root).", p)

p = pw(14)
S("stacktrace/python-locals-dump",
  f"  File \"/srv/app/db.py\", line 41, in connect\n    return psycopg2.connect(**cfg)\n    cfg = {{'host': 'db', 'user': 'app', 'password': '{p}', 'dbname': 'core'}}\npsycopg2.OperationalError: FATAL:  password authentication failed for user \"app\"", p)

p = pw(16)
S("sql/create-user-identified-by",
  f"mysql> CREATE USER 'reporting'@'10.%' IDENTIFIED BY '{p}';\nQuery OK, 0 rows affected (0.02 sec)", p)

s = rs(40, _AN + "/+")
S("sql/redshift-copy-credentials",
  f"COPY events FROM 's3://acme-raw/events/2026/11/'\nCREDENTIALS 'aws_access_key_id=AKIA{rs(16, _UD)};aws_secret_access_key={s}'\nFORMAT AS JSON 'auto';", s)

sig = hx(64)
S("signed-url/s3-presigned-signature",
  f"Download link (valid 1h): https://acme-exports.s3.eu-west-1.amazonaws.com/reports/q3.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{rs(16, _UD)}%2F20261130%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261130T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={sig}", sig)

v = rs(43, _AN + "-_")
S("signed-url/password-reset-link-in-email",
  f"Subject: Reset your password\n\nClick the link below to reset your password:\nhttps://app.acme.io/account/reset?uid=MTIzNA&token={v}\nThis link expires in 30 minutes.", v)

v = f"https://discord.com/api/webhooks/{digits(19)}/{rs(68, _AN + '-_')}"
S("webhook/discord-in-github-actions-log",
  f"Run curl -H 'Content-Type: application/json' -d '{{\"content\":\"build ok\"}}' {v}\n  % Total    % Received", v.rsplit("/", 1)[1])

ph = seed_phrase(12)
S("crypto/bip39-seed-in-chat",
  f"user: here's my wallet recovery phrase, please check why the balance is zero: {ph}", ph)

v = "L" + b58(51)
S("crypto/bitcoin-wif-importprivkey",
  f"$ bitcoin-cli importprivkey {v} \"cold-1\" false", v)

v = hx(40)
S("history/zsh-history-timestamped-export",
  f": 1764412345:0;export CIRCLE_TOKEN={v}\n: 1764412360:0;circleci pipeline list acme/api", v)

v = rs(32)
S("misc/snmp-community-string",
  f"snmpwalk -v2c -c {v} 10.0.0.1 1.3.6.1.2.1.1", v)

def personnummer_se() -> str:
    base = f"{_R.randint(50, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{digits(3)}"
    return f"{base[:6]}-{luhn_complete(base)[6:]}"


_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

v = "EAAA" + rs(60, _AN + "-_")
S("square/access-token-in-sdk-init",
  f"client = Client(access_token=\"{v}\", environment=\"production\")", v)

v = rs(64, _AN + "-_")
S("auth0/client-secret-dotenv",
  f"AUTH0_DOMAIN=acme.eu.auth0.com\nAUTH0_CLIENT_ID={rs(32)}\nAUTH0_CLIENT_SECRET={v}\nAUTH0_AUDIENCE=https://api.acme.io", v)

v = "CCIPAT_" + rs(22) + "_" + hx(40)
S("circleci/token-circle-token-header",
  f"curl -s https://circleci.com/api/v2/me -H \"Circle-Token: {v}\"", v)

v = rs(32)
S("mistral/key-in-env-dump-json",
  json.dumps({"env": {"HOME": "/root", "MISTRAL_API_KEY": v, "LANG": "C.UTF-8", "TERM": "xterm-256color"}}), v)

v = "FlyV1 fm2_" + rs(180, _AN + "+/")
S("flyio/deploy-token-in-gha-yaml",
  f"    - run: flyctl deploy --remote-only\n      env:\n        FLY_API_TOKEN: \"{v}\"", v.split(" ", 1)[1])

v = rs(32, _LD)
S("infura/project-secret-in-rpc-basic-auth",
  f"const provider = new ethers.JsonRpcProvider('https://:{v}@mainnet.infura.io/v3/{hx(32)}');", v)

v = "2/" + digits(16) + "/" + digits(16) + ":" + hx(32)
S("asana/pat-authorization",
  f"requests.get('https://app.asana.com/api/1.0/users/me', headers={{'Authorization': 'Bearer {v}'}})", v)

v = "sk-" + "or-v1-" + hx(64)
S("openrouter/key-in-aider-config",
  f"# ~/.aider.conf.yml\nmodel: openrouter/anthropic/claude-3.5-sonnet\nopenrouter-api-key: {v}", v)

v = f"https://hooks.zapier.com/hooks/catch/{digits(7)}/{rs(6, _LD)}/"
S("webhook/zapier-catch-hook",
  f"await fetch(\"{v}\", {{ method: \"POST\", body: JSON.stringify(lead) }});", v.split("/catch/")[1])

p = pw(14)
S("cli-password/influx-cli",
  f"influx -host metrics.internal -username telegraf -password '{p}' -execute 'SHOW DATABASES'", p)

p = pw(16)
S("cli-password/rsync-password-env",
  f"RSYNC_PASSWORD={p} rsync -az --delete ./site/ rsync://www@mirror.acme.io/site/", p)

p = pw(14)
S("cli-password/kubectl-from-literal",
  f"kubectl -n billing create secret generic stripe --from-literal=username=billing --from-literal=db-password='{p}'", p)

p = pw(15)
S("cli-password/psql-keyword-conninfo",
  f"psql \"host=pg.internal port=5432 dbname=ledger user=auditor password={p} sslmode=require\" -c 'select 1'", p)

h = "$apr1$" + rs(8, _AN + "./") + "$" + rs(22, _AN + "./")
S("config/traefik-basicauth-users-hash",
  f"labels:\n  - \"traefik.http.middlewares.auth.basicauth.users=admin:{h.replace('$', '$$')}\"", h.replace('$', '$$'))

p = pw(14)
S("config/spring-application-yml",
  f"spring:\n  datasource:\n    url: jdbc:mysql://db:3306/shop\n    username: shop\n    password: '{p}'\n  jpa:\n    open-in-view: false", p)

p = pw(14)
S("config/docker-config-json-auths",
  "$ cat ~/.docker/config.json\n" + json.dumps({"auths": {"ghcr.io": {"auth": base64.b64encode(f"acme-bot:{p}".encode()).decode()}}}, indent=2),
  base64.b64encode(f"acme-bot:{p}".encode()).decode())

p = rs(32)
S("config/redis-conf-requirepass",
  f"# redis.conf\nbind 0.0.0.0\nprotected-mode yes\nrequirepass {p}\nmaxmemory 2gb", p)

p = pw(20)
S("config/tfstate-sensitive-attribute",
  "\"instances\": [{\n  \"attributes\": {\n    \"id\": \"db-prod\",\n    \"master_password\": \"" + p + "\",\n    \"engine\": \"postgres\"\n  },\n  \"sensitive_attributes\": [[{\"type\": \"get_attr\", \"value\": \"master_password\"}]]\n}]", p)

v = rs(40, _AN + "-_")
S("http/api-key-in-nginx-access-log-query",
  f"203.0.113.9 - - [30/Nov/2026:10:11:12 +0000] \"GET /v1/export?format=csv&api_key={v} HTTP/1.1\" 200 5123 \"-\" \"python-requests/2.32.3\"", v)

p = pw(12)
hp = p.encode().hex()
S("encoded/hex-encoded-password-debug-log",
  f"DEBUG ldap3: BIND request <cn=svc,dc=corp> password(hex)={hp} auth=SIMPLE", hp)

v = "ghs_" + rs(36)
S("split/token-chunks-in-json-array",
  json.dumps({"debug": "token parts", "parts": [v[:12], v[12:26], v[26:]]}), v[12:26])

p = pw(12)
S("table/markdown-credentials-table",
  f"| env | user | password |\n|-----|------|----------|\n| staging | admin | {p} |", p)

k = pem_body(121)
S("private-key/ec-pem-python-escaped-newlines",
  "EC_KEY = \"-----BEGIN EC PRIVATE KEY-----\\n" + k.replace("\n", "\\n") + "\\n-----END EC PRIVATE KEY-----\\n\"", k.replace("\n", "\\n"))

c = card("6011" + digits(2))
S("pii/discover-card-in-prose",
  f"assistant: I see a Discover ending in {c[-4:]}.\nuser: no the full one is {c} and the security code is {digits(3)}", c)

v = sin_ca()
S("pii/canada-sin-payroll-form",
  f"Employee: Tremblay, Marc\nSIN: {v}\nStart date: 2026-12-01", v)

c = card("4" + digits(5))
S("pii/card-and-cvv-german",
  f"Kunde: Meine Kreditkarte ist {c}, Ablauf 11/27, Prüfnummer {digits(3)}.", c)

v = rs(32, _B32)
S("prose/totp-otpauth-uri",
  f"Scan this in your authenticator: otpauth://totp/Acme:ops%40acme.io?secret={v}&issuer=Acme&digits=6", v)

p = human_pw()
S("prose/wifi-password-in-chat",
  f"user: btw the office wifi is ACME-Staff and the password is {p} in case you need it for the printer setup", p)

p = pw(12)
S("stacktrace/node-config-inspect",
  f"Error: connect ECONNREFUSED 10.0.2.4:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {{\n  config: {{ host: '10.0.2.4', user: 'api', password: '{p}', database: 'core' }}\n}}", p)

p = rs(12, _AN)
S("sql/oracle-create-user-unquoted",
  f"SQL> CREATE USER app_ro IDENTIFIED BY {p} DEFAULT TABLESPACE users;\n\nUser created.", p)

v = "ak_" + rs(40)
S("sql/insert-api-key-row",
  f"INSERT INTO api_keys (id, owner_id, key, created_at) VALUES (17, 4, '{v}', now());", v)

v = rs(40, _AN + "-_")
S("signed-url/magic-login-link",
  f"Your sign-in link: https://app.acme.io/auth/magic?email=kim%40example.org&code={v} (expires in 15 minutes)", v)

v = "xprv9s21ZrQH143K" + b58(95)
S("crypto/bip32-xprv-electrum",
  f"$ electrum getmasterprivate\n{v}", v)

_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar_in() -> str:
    base = str(_R.randint(2, 9)) + digits(10)
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = base + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def nir_fr() -> str:
    base = f"{_R.choice('12')}{_R.randint(50, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 95):02d}{digits(3)}{digits(3)}"
    key = 97 - int(base) % 97
    return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"


v = aadhaar_in()
S("pii/india-aadhaar-kyc-chat",
  f"user: for the KYC form, my Aadhaar number is {v} and PAN is on the way", v)

v = nir_fr()
S("pii/france-nir-secu",
  f"N° de sécurité sociale : {v}\nCaisse : CPAM de Lyon", v)

c = card("35" + str(_R.randint(28, 89)))
S("pii/jcb-card-in-csv-export",
  f"order_id,customer,card_number,amount\n88213,Sato Y.,{c},12800", c)

k = pem_body(1400)
S("private-key/pgp-private-key-block",
  f"$ gpg --armor --export-secret-keys release@acme.io\n-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{k}\n={b64(3)}\n-----END PGP PRIVATE KEY BLOCK-----", k)

sig = rs(160, _AN + "-~_")
S("signed-url/cloudfront-signature",
  f"https://d111111abcdef8.cloudfront.net/videos/intro.mp4?Expires=1764554400&Signature={sig}&Key-Pair-Id=K{rs(13, _UD)}", sig)

v = "oauth:" + rs(30, _LD)
S("twitch/irc-pass-oauth",
  f"> CAP REQ :twitch.tv/tags twitch.tv/commands\n> PASS {v}\n> NICK acme_bot\n< :tmi.twitch.tv 001 acme_bot :Welcome, GLHF!", v)

p = pw(12)
S("stacktrace/php-pdo-constructor-args",
  f"PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied in /var/www/app/db.php:12\nStack trace:\n#0 /var/www/app/db.php(12): PDO->__construct('mysql:host=db;d...', 'shop', '{p}')\n#1 {{main}}", p)

p = pw(12)
S("sql/mysql-set-password",
  f"mysql> SET PASSWORD FOR 'backup'@'localhost' = '{p}';", p)

v = rs(32)
dbl = urllib.parse.quote(urllib.parse.quote(f"token={v}&next=/", safe=""), safe="")
S("encoded/double-url-encoded-token-in-redirect",
  f"302 Location: https://sso.acme.io/login?return_to=https%3A%2F%2Fapp.acme.io%2Fcb%3Fstate%3D{dbl}", v)

v = "sk-" + rs(48)
S("nested/jupyter-notebook-cell-source",
  json.dumps({"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
              "source": ["import openai\n", f"openai.api_key = \"{v}\"\n", "resp = openai.ChatCompletion.create(model=\"gpt-4\", messages=msgs)"]}, indent=1), v)

p = pw(12)
S("config/tomcat-users-xml",
  f"<tomcat-users>\n  <role rolename=\"manager-gui\"/>\n  <user username=\"tomcat\" password=\"{p}\" roles=\"manager-gui,admin-gui\"/>\n</tomcat-users>", p)

p = pw(12)
S("config/gradle-signing-password",
  f"# ~/.gradle/gradle.properties\nsigning.keyId=24875D73\nsigning.password={p}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg", p)

p = pw(14)
S("cli-password/jarsigner-storepass-keypass",
  f"jarsigner -keystore release.jks -storepass {p} -keypass {p} app-release-unsigned.apk release", p)

sec = rs(40, _AN + "/+")
S("cli-password/aws-configure-set",
  f"aws configure set aws_access_key_id AKIA{rs(16, _UD)} --profile ci\naws configure set aws_secret_access_key {sec} --profile ci", sec)

p = pw(12)
S("prose/korean-password",
  f"관리자 계정 비밀번호는 {p} 입니다. 외부에 공유하지 마세요.", p)

v = " ".join(rs(4, _B32.lower()) for _ in range(8))
S("prose/totp-setup-key-spaced",
  f"Can't scan the QR code? Enter this setup key manually: {v}", v)

v = "0x" + hx(64)
S("crypto/eth-private-key-prose-no-label",
  f"user: I exported it from MetaMask, it's {v[2:]} — can you tell me why the import fails?", v[2:])



# ===================================================== INNOCENT items
I("lookalike/full-commit-sha-in-ci",
  f"HEAD is now at {hx(40)} chore: rotate nothing, just docs\nChecking out {hx(40)}")
I("lookalike/sha256sum-output",
  f"$ sha256sum dist/*.tar.gz\n{hx(64)}  dist/acme-cli-2.3.0-linux-amd64.tar.gz\n{hx(64)}  dist/acme-cli-2.3.0-darwin-arm64.tar.gz")
I("lookalike/npm-integrity-sri",
  f'"node_modules/lodash": {{\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-{b64(64)}"\n}}')
I("lookalike/base64-of-plain-json-config",
  "$ echo eyJyZXRyaWVzIjozLCJ0aW1lb3V0IjozMH0= | base64 -d\n{\"retries\":3,\"timeout\":30}")
I("placeholder/shell-variable-reference",
  "docker login -u \"$REGISTRY_USER\" -p \"${REGISTRY_PASSWORD}\" registry.acme.io")
I("placeholder/judgement-changeme-documented-default-not-secret",
  "# The default admin password is the literal placeholder `changeme`; the installer refuses to start until you replace it.\nADMIN_PASSWORD=changeme")
I("placeholder/already-redacted-markers",
  "password: ******** (hidden)\napi_key: [REDACTED]\ntoken: <redacted>")
I("flags/password-flags-without-values",
  "Usage: pg_dump [OPTION]... [DBNAME]\n  -W, --password           force password prompt (should happen automatically)\n  -w, --no-password        never prompt for password\n      --password-stdin     read password from stdin")
I("varnames/env-read-not-value",
  "SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\nDATABASE_PASSWORD = os.getenv(\"DATABASE_PASSWORD\", \"\")")
I("public-key/ssh-ed25519-public-key-authorized-keys",
  f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, _AN + '+/')} deploy@ci-runner")
I("public-cert/certificate-pem-public",
  "-----BEGIN CERTIFICATE-----\n" + pem_body(700) + "\n-----END CERTIFICATE-----")
I("business/ups-tracking-number",
  f"Tracking: 1Z{rs(6, _UD)}{digits(10)} via UPS Ground")
I("business/isbn",
  "Reference: Kleppmann, Designing Data-Intensive Applications, O'Reilly 2017, ISBN 978-1-4493-7332-0.")
I("timestamps/iso-and-epoch",
  "created_at=2026-11-30T10:15:00.123456+00:00 updated_at=1764497700 expires=1764584100000")
I("code/minified-js",
  "!function(e,t){\"object\"==typeof exports?module.exports=t():e.Q=t()}(this,function(){var a=\"abcdefghijklmnopqrstuvwxyz0123456789\";return{r:function(n){for(var s=\"\",i=0;i<n;i++)s+=a[Math.random()*a.length|0];return s}}});")
I("fixtures/long-random-looking-test-name",
  "PASSED tests/test_tokens.py::test_rejects_expired_jwt_with_kid_rotation_xq9Zt2Lm[param-set-7f3a91]\nPASSED tests/test_tokens.py::test_hmac_roundtrip_vectors_rfc4231_case_6")
I("crypto-public/eth-address",
  f"Contract deployed at 0x{hx(40)} on sepolia")
I("lookalike/go-sum-hashes",
  f"golang.org/x/crypto v0.28.0 h1:{b64(32)}\ngolang.org/x/crypto v0.28.0/go.mod h1:{b64(32)}")
I("lookalike/etag-and-content-md5",
  f"HTTP/1.1 200 OK\nETag: \"{hx(32)}\"\nContent-MD5: {b64(16)}\nx-amz-request-id: {rs(16, _UD)}")
I("lookalike/k8s-secret-reference-not-value",
  "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pg-credentials\n        key: password")
I("lookalike/llm-token-usage",
  "Usage: prompt_tokens=12873 completion_tokens=1042 total_tokens=13915 (max_tokens=4096)")
I("lookalike/color-hex-palette",
  "--brand-primary: #1f6feb; --brand-secret-accent: #8250df; --surface: #0d1117;")
I("lookalike/semver-build-metadata",
  "Built acme-agent 4.2.0-rc.3+build.20261130.a1b2c3d4e5 (go1.23.3 linux/amd64)")
I("lookalike/vault-path-and-policy",
  "path \"secret/data/prod/*\" {\n  capabilities = [\"read\", \"list\"]\n}\n# token_policies = [\"prod-read\"]")
I("lookalike/swe-agent-traceback-no-secrets",
  "Traceback (most recent call last):\n  File \"/repo/pydicom/dataset.py\", line 1458, in __getattr__\n    return object.__getattribute__(self, name)\nAttributeError: 'FileDataset' object has no attribute 'PixelData'")
I("lookalike/sha1-of-empty-string-constant",
  ">>> hashlib.sha1(b'').hexdigest()\n'da39a3ee5e6b4b0d3255bfef95601890afd80709'")
I("lookalike/analytics-measurement-ids",
  "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-7QX2M4PZ1K\"></script>\n<script>gtag('config', 'G-7QX2M4PZ1K'); gtag('config', 'AW-1000123456');</script>")
I("public-key/ssh-keygen-lf-output",
  f"$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:{b64(32).rstrip('=')} dev@laptop (ED25519)\n$ ssh-keygen -E md5 -lf ~/.ssh/id_ed25519.pub\n256 MD5:{':'.join(hx(2) for _ in range(16))} dev@laptop (ED25519)")
I("lookalike/git-cat-file-tree",
  f"$ git cat-file -p HEAD^{{tree}}\n100644 blob {hx(40)}\t.gitignore\n100644 blob {hx(40)}\tsecrets.example.yaml\n040000 tree {hx(40)}\tsrc")
I("judgement-redis-config-get-empty-requirepass-not-secret",
  "127.0.0.1:6379> CONFIG GET requirepass\n1) \"requirepass\"\n2) \"\"")
I("public-key/known-hosts-hashed",
  f"|1|{b64(20)}|{b64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{rs(87, _AN + '+/')}=")
I("public-key/pgp-public-key-block",
  "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + pem_body(600) + "\n=" + b64(3) + "\n-----END PGP PUBLIC KEY BLOCK-----")
I("lookalike/kubectl-describe-secret-sizes-only",
  "$ kubectl describe secret pg-credentials\nName:         pg-credentials\nNamespace:    payments\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  8 bytes")
I("lookalike/npm-audit-ghsa-and-cve",
  "# npm audit report\n\njsonwebtoken  <=8.5.1\nSeverity: high\njsonwebtoken vulnerable to signature validation bypass - https://github.com/advisories/GHSA-8cf7-32gw-wr33 (CVE-2022-23529)")
I("lookalike/docker-images-ids",
  f"REPOSITORY          TAG       IMAGE ID       CREATED        SIZE\nacme/api            1.9.2     {hx(12)}   3 hours ago    187MB\nvault               1.17      {hx(12)}   2 weeks ago    461MB")
I("lookalike/postgres-du-role-listing",
  "postgres=# \\du\n                             List of roles\n Role name |                         Attributes\n-----------+------------------------------------------------------------\n grafana   | Password valid until 2027-01-01 00:00:00+00\n postgres  | Superuser, Create role, Create DB, Replication, Bypass RLS")
I("docs/pgpass-format-description",
  "Each line of ~/.pgpass has the format hostname:port:database:username:password ; the file must have mode 0600 or it is ignored.")
I("placeholder/your-api-key-here-and-sk-xxxx",
  "client = Anthropic(api_key=\"YOUR_API_KEY_HERE\")  # or set ANTHROPIC_API_KEY\n# Example: STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx")
I("placeholder/compose-variable-with-required-error",
  "    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}\n      API_TOKEN_FILE: /run/secrets/api_token")
I("placeholder/command-substitution-from-secret-file",
  "docker run -e DB_PASSWORD=\"$(cat /run/secrets/db_password)\" -e TOKEN=\"$(vault kv get -field=token secret/ci)\" acme/migrate")
I("lookalike/ulid-ids-in-log",
  f"2026-11-30T10:20:00Z INFO job={ '01J' + rs(23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ') } step=transform rows=18211 parent={ '01J' + rs(23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ') }")
I("lookalike/youtube-and-public-share-ids",
  "Watch the demo: https://www.youtube.com/watch?v=9bZkp7q19f0 and the slides at https://speakerdeck.com/acme/zero-trust-101")
I("lookalike/base64-protobuf-hello-world",
  "DEBUG grpc: payload=CgVoZWxsbxIFd29ybGQ= (2 fields) method=/acme.echo.v1.Echo/Say")
I("lookalike/git-lfs-pointer",
  f"version https://git-lfs.github.com/spec/v1\noid sha256:{hx(64)}\nsize 48213376")
I("lookalike/password-strength-meter-output",
  "zxcvbn: password strength score 1/4 (weak). Suggestions: Add another word or two. Uncommon words are better.")
I("lookalike/masked-card-and-iban",
  "Paid with Visa **** **** **** 4829 (exp 08/28). Refunds go to IBAN DE89 **** **** **** **30 00.")
I("lookalike/passphrase-prompt-no-value",
  "Enter passphrase for key '/home/dev/.ssh/id_ed25519': \nPermission denied (publickey).")
I("lookalike/kubectl-secret-from-file-reference",
  "kubectl create secret generic tls-pass --from-file=password=./secrets/tls-pass.txt --dry-run=client -o yaml > tls-pass.yaml")
I("lookalike/airline-confirmation-and-flight-numbers",
  "Confirmation: 8JVSDF · Flight HAT208 · Ticket 0167251346908 · Gate B12 · Boarding 14:35")
I("judgement-rfc4231-hmac-test-vector-public-not-secret",
  "# RFC 4231 test case 2: key = \"Jefe\", data = \"what do ya want for nothing?\"\nexpected = \"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843\"")


SECRETS: tuple[Secret, ...] = tuple(_S)
INNOCENT: tuple[Innocent, ...] = tuple(_I)

for _it in SECRETS:
    assert _it.secret, _it.id
    assert _it.secret in _it.text, _it.id
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), [i for i in _ids if _ids.count(i) > 1]

if __name__ == "__main__":
    print(f"{len(SECRETS)} secrets, {len(INNOCENT)} innocent")
