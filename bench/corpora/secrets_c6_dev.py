"""Independent secret-redaction test corpus -- DEV half.

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
Items were written in one stream and alternated between this file and
secrets_heldout.py; the two files never share an item.
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
_R = random.Random(0xC0DE6D)
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

v = "AKIA" + rs(16, _UD)
s = rs(40, _AN + "/+")
S("aws/credentials-file-secret",
  f"$ cat ~/.aws/credentials\n[default]\naws_access_key_id = {v}\naws_secret_access_key = {s}\nregion = eu-west-1\n", s)

v = "gh" + "p_" + rs(36)
S("github/pat-classic-in-curl",
  f"curl -sS -H \"Authorization: token {v}\" https://api.github.com/repos/acme/infra/actions/runs?per_page=5", v)

v = "glp" + "at-" + rs(20, _AN + "-_")
S("gitlab/pat-private-token-header",
  f"curl --header \"PRIVATE-TOKEN: {v}\" \"https://gitlab.example.org/api/v4/projects/42/pipelines?status=failed\"", v)

v = "sk_" + "live_" + rs(99)
S("stripe/live-secret-in-env-dump",
  f"PATH=/usr/local/bin:/usr/bin\nHOME=/home/app\nSTRIPE_SECRET_KEY={v}\nNODE_ENV=production\nPORT=8080", v)

v = "sk-" + "proj-" + rs(74, _AN + "-_") + "T3Blbk" + "FJ" + rs(74, _AN + "-_")
S("openai/project-key-python-literal",
  f">>> from openai import OpenAI\n>>> client = OpenAI(api_key='{v}')\n>>> client.models.list()", v)

v = "AI" + "za" + rs(35, _AN + "-_")
S("google/api-key-in-url-query",
  f"GET https://maps.googleapis.com/maps/api/geocode/json?address=1600+Amphitheatre&key={v} -> 200 OK (312 ms)", v)

v = b64(64)
S("azure/storage-connection-string-accountkey",
  f"AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=acmelogs01;AccountKey={v};EndpointSuffix=core.windows.net\"", v)

v = "SG." + rs(22, _AN + "-_") + "." + rs(43, _AN + "-_")
S("sendgrid/key-in-json-tool-args",
  json.dumps({"tool": "http_request", "arguments": {"method": "POST", "url": "https://api.sendgrid.com/v3/mail/send",
              "headers": {"Authorization": f"Bearer {v}", "Content-Type": "application/json"}}}), v)

v = "npm" + "_" + rs(36)
S("npm/npmrc-authtoken",
  f"$ cat ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={v}\nsave-exact=true", v)

v = "dckr_" + "pat_" + rs(27, _AN + "-_")
S("docker/hub-pat-login-stdin-echo",
  f"echo \"{v}\" | docker login -u acmeci --password-stdin\nLogin Succeeded", v)

v = rs(14) + ".atlas" + "v1." + rs(67)
S("terraform/cloud-credentials-tfrc",
  "$ cat ~/.terraform.d/credentials.tfrc.json\n" + json.dumps({"credentials": {"app.terraform.io": {"token": v}}}, indent=2), v)

v = "shp" + "at_" + hx(32)
S("shopify/admin-token-graphql-header",
  f"X-Shopify-Access-Token: {v}\nContent-Type: application/graphql", v)

k = hx(32)
S("sentry/dsn-public-key-in-settings",
  f"SENTRY_DSN = \"https://{k}@o{digits(6)}.ingest.sentry.io/{digits(7)}\"\nsentry_sdk.init(dsn=SENTRY_DSN, traces_sample_rate=0.2)", k)

v = f"{_R.randint(100000000, 7999999999)}:AA{rs(33, _AN + '-_')}"
S("telegram/bot-token-in-sendmessage-url",
  f"requests.get(\"https://api.telegram.org/bot{v}/sendMessage\", params={{\"chat_id\": -1001234567, \"text\": msg}})", v)

v = "r8_" + rs(37)
S("replicate/token-docker-env-flag",
  f"docker run --rm -e REPLICATE_API_TOKEN={v} -v $PWD:/app ghcr.io/acme/img-gen:latest", v)

v = "dp.st.prd." + rs(43)
S("doppler/service-token-run",
  f"DOPPLER_TOKEN=\"{v}\" doppler run -- ./bin/server", v)

v = "ATATT3x" + rs(180, _AN + "-_") + "=" + hx(8).upper()
S("atlassian/api-token-jira-basic",
  f"jira init --server https://acme.atlassian.net --login ops@acme.io --auth basic\n? API token: {v}\n✓ Configuration generated", v)

v = "sk." + "eyJ1IjoiYWNtZS1tYXBzIiwiYSI6I" + rs(30) + "." + rs(22, _AN + "-_")
S("mapbox/secret-token-js",
  f"mapboxgl.accessToken = '{v}';\nconst map = new mapboxgl.Map({{ container: 'map', style: 'mapbox://styles/mapbox/streets-v12' }});", v)

v = "glsa_" + rs(32) + "_" + hx(8)
S("grafana/service-account-token-curl",
  f"curl -s -H 'Authorization: Bearer {v}' https://grafana.acme.io/api/dashboards/uid/k8s-nodes | jq .meta.version", v)

v = "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
S("age/secret-key-file",
  f"$ cat ~/.config/sops/age/keys.txt\n# created: 2026-10-02T11:20:31Z\n# public key: age1{rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}\n{v}", v)

v = "gsk_" + rs(52)
S("groq/key-in-jupyter-cell",
  f"In [3]: import os\n        os.environ['GROQ_API_KEY'] = '{v}'\nIn [4]: llm = ChatGroq(model='llama-3.1-70b')", v)

v = "1//0" + rs(2) + rs(100, _AN + "-_")
S("google/oauth-refresh-token-tool-output",
  "Token exchange complete:\n" + json.dumps({"access_token": "ya29." + rs(150, _AN + "-_"), "expires_in": 3599,
                                               "refresh_token": v, "scope": "https://www.googleapis.com/auth/drive.readonly",
                                               "token_type": "Bearer"}, indent=1), v)

v = "access_token$production$" + rs(16, _LD) + "$" + hx(32)
S("braintree/access-token-ruby",
  f"gateway = Braintree::Gateway.new(\n  access_token: \"{v}\",\n)", v)

v = "FLWSECK-" + hx(32) + "-X"
S("flutterwave/secret-key-node",
  f"const flw = new Flutterwave(process.env.FLW_PUBLIC_KEY, '{v}');", v)

v = "lin_" + "api_" + rs(40)
S("linear/api-key-in-mcp-config",
  json.dumps({"mcpServers": {"linear": {"command": "npx", "args": ["-y", "linear-mcp"], "env": {"LINEAR_API_KEY": v}}}}, indent=2), v)

v = "AAAA" + rs(7, _AN + "-_") + ":APA91b" + rs(134, _AN + "-_")
S("firebase/legacy-server-key-header",
  f"Authorization: key={v}\nContent-Type: application/json\n{{\"to\": \"/topics/news\", \"notification\": {{\"title\": \"hi\"}}}}", v)

v = hx(32)
S("datadog/api-key-agent-yaml",
  f"## datadog.yaml\napi_key: {v}\nsite: datadoghq.eu\nlogs_enabled: true\napm_config:\n  enabled: true", v)

v = base64.b64encode(f"{rs(20)}:{rs(22, _AN + '-_')}".encode()).decode()
S("elastic/apikey-authorization-header",
  f"GET /logs-*/_search HTTP/1.1\nAuthorization: ApiKey {v}\nContent-Type: application/json", v)

v = "squ_" + hx(40)
S("sonarqube/token-maven-flag",
  f"mvn -B verify sonar:sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token={v}", v)

v = rs(52, string.ascii_lowercase + "234567")
S("azure-devops/pat-in-git-extraheader",
  f"git -c http.extraheader=\"AUTHORIZATION: basic {base64.b64encode((':' + v).encode()).decode()}\" clone https://dev.azure.com/acme/Platform/_git/api",
  base64.b64encode((':' + v).encode()).decode())

v = "xai-" + rs(80)
S("xai/key-in-litellm-yaml",
  f"model_list:\n  - model_name: grok\n    litellm_params:\n      model: xai/grok-2\n      api_key: {v}", v)

v = "u+" + rs(18, _AN + "-_")
S("pagerduty/api-token-header-token-scheme",
  f"Authorization: Token token={v}\nAccept: application/vnd.pagerduty+json;version=2", v)

p = pw(16)
S("cli-password/mysql-attached-p",
  f"$ mysql -h db-prod-2.internal -u app_rw -p{p} orders -e 'SELECT COUNT(*) FROM orders WHERE status=\"NEW\"'\nmysql: [Warning] Using a password on the command line interface can be insecure.", p)

p = pw(18, "!#%-_")
S("cli-password/mongosh-password-flag",
  f"mongosh \"mongodb://cluster0-shard-00-01.abcd1.mongodb.net:27017/admin\" --username root --password '{p}' --tls", p)

p = pw(14)
S("cli-password/sqlcmd-capital-P",
  f"sqlcmd -S tcp:sql01.corp.local,1433 -U sa -P \"{p}\" -Q \"SELECT name FROM sys.databases\"", p)

p = pw(15)
S("cli-password/7z-attached-p",
  f"7z a -t7z -mhe=on -p{p} vault.7z secrets/ notes/", p)

p = pw(12, "!-_")
S("cli-password/keytool-storepass",
  f"keytool -importkeystore -srckeystore tls.p12 -srcstoretype PKCS12 -srcstorepass {p} -destkeystore server.jks -deststorepass {p} -noprompt", p)

p = pw(16)
S("cli-password/docker-login-p-flag",
  f"$ docker login registry.acme.io -u ci-bot -p {p}\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded", p)

p = pw(13)
S("cli-password/smbclient-percent",
  f"smbclient //fileserver/finance -U 'CORP\\j.mueller%{p}' -c 'ls Reports/2026'", p)

p = pw(12)
S("cli-password/mount-cifs-options",
  f"sudo mount -t cifs //nas01/media /mnt/media -o username=plex,password={p},uid=1000,vers=3.0", p)

p = pw(12)
S("cli-password/az-login-sp-password",
  f"az login --service-principal -u {uuid4()} -p {p} --tenant {uuid4()}", p)

p = pw(14)
S("cli-password/gpg-passphrase-batch",
  f"gpg --batch --yes --pinentry-mode loopback --passphrase '{p}' -d secrets.tar.gpg | tar x", p)

p = pw(13)
S("cli-password/ipmitool-P",
  f"ipmitool -I lanplus -H 10.0.9.21 -U ADMIN -P {p} chassis power status\nChassis Power is on", p)

p = pw(12)
S("cli-password/powershell-securestring",
  f"$sec = ConvertTo-SecureString '{p}' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('CORP\\svc_backup', $sec)", p)

p = pw(16)
S("cli-password/rabbitmqctl-add-user",
  f"rabbitmqctl add_user orders_svc '{p}' && rabbitmqctl set_user_tags orders_svc monitoring", p)

p = pw(12)
S("cli-password/helm-repo-add",
  f"helm repo add internal https://charts.acme.io --username ci --password {p}", p)

p = pw(14, "@:/#%!")
enc = urllib.parse.quote(p, safe="")
S("conn-url/postgres-percent-encoded-password",
  f"sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\n  url: postgresql+psycopg2://etl:{enc}@pg-replica.internal:5432/dwh", enc)

p = rs(24)
S("conn-url/redis-empty-user",
  f"celery -A tasks worker --broker 'redis://:{p}@redis-master.cache.svc:6379/0'", p)

p = pw(13)
S("conn-string/jdbc-password-param",
  f"spring.datasource.url=jdbc:sqlserver://sql01:1433;databaseName=erp;user=erp_app;password={p};encrypt=true;trustServerCertificate=true", p)

p = pw(12)
S("conn-string/odbc-pwd",
  f"DRIVER={{ODBC Driver 18 for SQL Server}};SERVER=10.1.1.5;DATABASE=Sales;UID=report;PWD={{{p}}};TrustServerCertificate=yes", p)

p = pw(12)
S("conn-url/smtp-url-in-django-settings",
  f"EMAIL_URL = 'smtp+tls://postmaster%40mg.acme.io:{p}@smtp.mailgun.org:587'", p)

t = "ghp_" + rs(36)
S("git-remote/token-in-https-remote",
  f"$ git remote -v\norigin\thttps://x-access-token:{t}@github.com/acme/payments.git (fetch)\norigin\thttps://x-access-token:{t}@github.com/acme/payments.git (push)", t)

p = pw(16)
S("config/ini-php-style-db",
  f"; /etc/myapp/config.ini\n[database]\nhost = 127.0.0.1\nport = 3306\nuser = wp\npassword = \"{p}\"\n\n[cache]\nttl = 600", p)

key = pem_body(900)
S("config/yaml-block-scalar-private-key",
  "tls:\n  enabled: true\n  key: |\n    -----BEGIN EC PRIVATE KEY-----\n" + "\n".join("    " + ln for ln in key.split("\n")) + "\n    -----END EC PRIVATE KEY-----\n",
  "\n".join("    " + ln for ln in key.split("\n"))[4:])

p = pw(14)
S("config/dotnet-web-config-xml",
  f'<configuration>\n  <connectionStrings>\n    <add name="Main" connectionString="Data Source=SQLPROD;Initial Catalog=Billing;User Id=billing;Password={p};" providerName="System.Data.SqlClient" />\n  </connectionStrings>\n</configuration>', p)

p = pw(20)
S("config/hcl-terraform-tfvars",
  f"region        = \"eu-central-1\"\ninstance_type = \"t3.medium\"\ndb_master_password = \"{p}\"\nallowed_cidrs = [\"10.0.0.0/8\"]", p)

v = base64.b64encode(f"svc-proxy:{pw(12)}".encode()).decode()
S("config/nginx-proxy-set-header-basic",
  f"location /upstream/ {{\n    proxy_pass https://legacy.partner-example.com/;\n    proxy_set_header Authorization \"Basic {v}\";\n}}", v)

p = pw(14)
S("config/docker-compose-env-list",
  f"services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=keycloak\n      - POSTGRES_PASSWORD={p}\n    volumes:\n      - pgdata:/var/lib/postgresql/data", p)

d = base64.b64encode(json.dumps({"auths": {"registry.acme.io": {"auth": base64.b64encode(f"robot$ci:{rs(32)}".encode()).decode()}}}).encode()).decode()
S("config/k8s-dockerconfigjson",
  f"apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\nmetadata:\n  name: regcred\ndata:\n  .dockerconfigjson: {d}", d)

p = pw(12)
S("config/maven-settings-xml",
  f"<servers>\n  <server>\n    <id>acme-releases</id>\n    <username>deployer</username>\n    <password>{p}</password>\n  </server>\n</servers>", p)

p = pw(12)
S("config/netrc",
  f"$ cat ~/.netrc\nmachine api.heroku.com\n  login ops@acme.io\n  password {p}", p)

v = rs(40)
S("config/cargo-credentials-toml",
  f"# ~/.cargo/credentials.toml\n[registries.acme]\ntoken = \"Bearer {v}\"", v)

p = pw(14)
S("config/wp-config-define",
  f"define( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp_user' );\ndefine( 'DB_PASSWORD', '{p}' );\ndefine( 'DB_HOST', 'localhost' );", p)

v = hx(128)
S("config/rails-secret-key-base-yaml",
  f"production:\n  secret_key_base: {v}", v)

v = base64.b64encode(f"ops@acme.io:{pw(12)}".encode()).decode()
S("http/basic-auth-header-in-request-dump",
  f"> GET /api/v2/tickets.json HTTP/2\n> Host: acme.zendesk.com\n> user-agent: curl/8.5.0\n> authorization: Basic {v}\n> accept: */*", v)

v = "s%3A" + rs(32, _AN + "-_") + "." + rs(20) + "%2F" + rs(12) + "%2B" + rs(9)
S("http/set-cookie-express-signed",
  f"HTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: connect.sid={v}; Path=/; HttpOnly; Secure; SameSite=Lax", v)

v = base64.b64encode(f"proxyuser:{pw(12)}".encode()).decode()
S("http/proxy-authorization",
  f"CONNECT api.openai.com:443 HTTP/1.1\nHost: api.openai.com:443\nProxy-Authorization: Basic {v}", v)

v = rs(64)
S("http/x-auth-token-in-har-json",
  json.dumps({"request": {"method": "GET", "url": "https://console.acme.io/api/me",
                          "headers": [{"name": "Accept", "value": "application/json"}, {"name": "X-Auth-Token", "value": v}]}}), v)

v = jwt({"role": "service_role", "iss": "supabase", "ref": rs(20, string.ascii_lowercase), "iat": 1730000000, "exp": 2045576000})
S("jwt/supabase-service-role-env",
  f"SUPABASE_URL=https://{rs(20, string.ascii_lowercase)}.supabase.co\nSUPABASE_SERVICE_ROLE_KEY={v}", v)

v = "ghp_" + rs(36)
inner = json.dumps({"env": {"GITHUB_TOKEN": v}})
S("nested/json-string-inside-json",
  json.dumps({"role": "tool", "tool_call_id": "call_" + rs(24), "content": inner}), v)

v = "xox" + "p-" + digits(12) + "-" + digits(12) + "-" + digits(13) + "-" + hx(32)
parts = [v[:30], v[30:]]
S("split/shell-line-continuation",
  f"export SLACK_USER_TOKEN=\"{parts[0]}\\\n{parts[1]}\"\nsource ~/.bashrc", parts[1])

p = pw(14)
b = base64.b64encode(f"{{\"user\":\"admin\",\"pass\":\"{p}\"}}".encode()).decode()
S("encoded/base64-json-credentials-blob",
  f"2026-11-30T12:01:44Z DEBUG auth: decoded X-Creds header={b}", b)

k = pem_body(1190)
S("private-key/rsa-pem-in-cat-output",
  f"$ cat deploy_key.pem\n-----BEGIN RSA PRIVATE KEY-----\n{k}\n-----END RSA PRIVATE KEY-----", k)

k = pem_body(180).replace("\n", "")
S("private-key/pkcs8-body-without-headers-in-env",
  f"JWT_PRIVATE_KEY=MIIE{k}", "MIIE" + k)

c = card("37" + digits(2), 15)
S("pii/amex-in-tool-args",
  json.dumps({"name": "update_payment_method", "arguments": {"user_id": "mia_li_3668", "card_number": c, "cvv": digits(4)}}), c)

v = ssn()
S("pii/us-ssn-in-form-json",
  json.dumps({"applicant": {"name": "Jordan Reyes", "dob": "1988-03-14", "ssn": v}}), v)

v = dni_es()
S("pii/spain-dni-spanish-prose",
  f"Hola, necesito cambiar mi vuelo. Mi DNI es {v} y el localizador es QX7P2M.", v)

v = bsn_nl()
S("pii/netherlands-bsn-csv",
  f"naam;geboortedatum;bsn\nvan Dijk, P.;1979-06-02;{v}", v)

v = iban("GB", "NWBK" + digits(14))
S("pii/iban-gb-in-yaml-fixture",
  f"payee:\n  name: Harper Ltd\n  iban: {v}\n  currency: GBP", v)

otp = digits(6)
S("prose/otp-sms-forwarded",
  f"user: the code they texted me is {otp}, can you finish the login for me?", otp)

p = human_pw()
S("prose/my-password-is",
  f"ok so my password is {p} — I know, I'll change it after the migration", p)

p = pw(12)
S("prose/japanese-password",
  f"管理画面のパスワードは「{p}」です。ログイン後に変更してください。", p)

pin = digits(6)
S("prose/bank-pin-told-to-bot",
  f"customer: I forgot which card it is but the PIN is {pin}, does that help you verify me?", pin)

p = pw(12)
S("stacktrace/java-exception-with-url",
  f"org.postgresql.util.PSQLException: FATAL: no pg_hba.conf entry\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:330)\nCaused by: config dump: url=jdbc:postgresql://db:5432/app?user=app&password={p}&ssl=true", p)

p = pw(16)
S("sql/alter-role-password",
  f"postgres=# ALTER ROLE grafana WITH LOGIN PASSWORD '{p}' VALID UNTIL '2027-01-01';\nALTER ROLE", p)

s = b64(48)
S("sql/mssql-database-scoped-credential",
  f"CREATE DATABASE SCOPED CREDENTIAL BlobCred\nWITH IDENTITY = 'SHARED ACCESS SIGNATURE',\nSECRET = '{s}';", s)

sig = urllib.parse.quote(b64(32), safe="")
S("signed-url/azure-sas-sig",
  f"azcopy copy ./dist 'https://acmecdn.blob.core.windows.net/$web?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig={sig}' --recursive", sig)

v = f"https://hooks.slack.com/services/T{rs(8, _UD)}/B{rs(10, _UD)}/{rs(24)}"
S("webhook/slack-incoming-in-alertmanager",
  f"receivers:\n  - name: oncall\n    slack_configs:\n      - api_url: '{v}'\n        channel: '#alerts'", v.rsplit("/", 1)[1])

v = f"https://acme.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{hx(32)}/{uuid4()}/V2{rs(40)}"
S("webhook/teams-incoming",
  f"TEAMS_WEBHOOK_URL={v}", v.split("/IncomingWebhook/")[1])

v = "0x" + hx(64)
S("crypto/eth-private-key-hardhat-env",
  f"# hardhat .env\nSEPOLIA_RPC_URL=https://eth-sepolia.g.alchemy.com/v2/{rs(32)}\nDEPLOYER_PRIVATE_KEY={v}", v)

p = pw(13)
S("history/bash-history-with-password",
  f"$ tail -5 ~/.bash_history\ncd /srv/app\ngit pull\nmysql -uroot --password='{p}' -e 'show processlist'\nsystemctl status app\nexit", p)

h = "$2b$12$" + rs(53, _AN + "./")
S("misc/bcrypt-password-hash-in-users-dump",
  f"id | email            | password_hash\n 1 | admin@acme.io    | {h}", h)

p = pw(14)
S("misc/wpa-supplicant-psk",
  f"network={{\n    ssid=\"ACME-Office\"\n    psk=\"{p}\"\n    key_mgmt=WPA-PSK\n}}", p)

def personnummer_se() -> str:
    base = f"{_R.randint(50, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{digits(3)}"
    return f"{base[:6]}-{luhn_complete(base)[6:]}"


_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

v = uuid4()
S("heroku/api-key-uuid-shaped-env",
  f"$ heroku config:get DATABASE_URL -a acme-api\n(using HEROKU_API_KEY={v} from environment)", v)

v = hx(32)
S("algolia/admin-key-js-client",
  f"// scripts/reindex.js\nconst client = algoliasearch('QX8Z1P4K2M', '{v}'); // admin key, server side only\nawait client.initIndex('products').clearObjects();", v)

k, sec = rs(16, _UD), rs(64, _AN + "+/")
S("confluent/cloud-api-secret-cli",
  f"$ confluent api-key store {k} {sec} --resource lkc-{rs(5, _LD)}\nStored secret for API key \"{k}\".", sec)

v = "sdk-" + uuid4()
S("launchdarkly/sdk-key-go",
  f"ldClient, _ := ld.MakeClient(\"{v}\", 5*time.Second)", v)

v = "hcaik_" + rs(58, _LD)
S("honeycomb/ingest-key-otel-header",
  f"OTEL_EXPORTER_OTLP_ENDPOINT=https://api.honeycomb.io\nOTEL_EXPORTER_OTLP_HEADERS=\"x-honeycomb-team={v},x-honeycomb-dataset=api\"", v)

v = "nfp_" + rs(36)
S("netlify/pat-deploy-flag",
  f"npx netlify deploy --prod --dir=dist --auth {v} --site {uuid4()}", v)

v = "sl." + rs(136, _AN + "-_")
S("dropbox/short-lived-token-python",
  f"dbx = dropbox.Dropbox(\"{v}\")\ndbx.files_upload(data, \"/backups/db.sql.gz\")", v)

v = uuid4()
S("postmark/server-token-header",
  f"POST https://api.postmarkapp.com/email\nAccept: application/json\nX-Postmark-Server-Token: {v}", v)

v = f"https://chat.googleapis.com/v1/spaces/AAAA{rs(7)}/messages?key=AIza{rs(35, _AN + '-_')}&token={rs(43, _AN + '-_')}%3D"
S("webhook/google-chat-token",
  f"GCHAT_WEBHOOK='{v}'", v.split("&token=")[1])

# --- CLI passwords (more tools)
p = pw(12)
S("cli-password/unrar-p",
  f"unrar x -p{p} invoices_2026.rar ./tmp/", p)

p = pw(12)
S("cli-password/windows-net-use",
  f"C:\\> net use Z: \\\\fs01\\projects {p} /user:CORP\\build /persistent:no\nThe command completed successfully.", p)

sec = rs(40, _AN + "/+")
S("cli-password/minio-mc-alias",
  f"mc alias set prod https://s3.acme.io minio-admin {sec} --api S3v4\nAdded `prod` successfully.", sec)

p = pw(13)
S("cli-password/git-credential-approve",
  f"printf 'protocol=https\\nhost=git.acme.io\\nusername=ci\\npassword={p}\\n' | git credential approve", p)

# --- configs (more formats)
v = rs(48)
S("config/apache-requestheader-bearer",
  f"<Location /api>\n    ProxyPass http://127.0.0.1:9000/\n    RequestHeader set Authorization \"Bearer {v}\"\n</Location>", v)

p = pw(18)
S("config/yaml-folded-scalar-password",
  f"smtp:\n  user: alerts@acme.io\n  password: >-\n    {p}\n  port: 587", p)

v = "base64:" + b64(32)
S("config/laravel-app-key",
  f"APP_NAME=Acme\nAPP_ENV=production\nAPP_KEY={v}\nAPP_DEBUG=false", v)

sec = rs(40, _AN + "/+")
S("config/rclone-conf-s3",
  f"[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = {rs(20, _UD)}\nsecret_access_key = {sec}\nendpoint = s3.eu-central-1.wasabisys.com", sec)

p = pw(12)
S("config/soap-ws-security-usernametoken",
  f"<wsse:UsernameToken>\n  <wsse:Username>b2b_partner</wsse:Username>\n  <wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">{p}</wsse:Password>\n</wsse:UsernameToken>", p)

v = "rubygems_" + hx(48)
S("config/gem-credentials",
  f"---\n:rubygems_api_key: {v}", v)

v = jwt({"sub": "42", "sid": uuid4(), "exp": 1764550000})
S("http/curl-b-cookie-jwt",
  f"curl -s -b 'theme=dark; access_token={v}; lang=en' https://portal.acme.io/api/me", v)

envfile = f"DB_PASSWORD={pw(14)}\nREDIS_URL=redis://cache:6379\n"
b = base64.b64encode(envfile.encode()).decode()
S("encoded/base64-of-whole-env-file-in-ci",
  f"echo \"$ENV_FILE_B64\" | base64 -d > .env   # ENV_FILE_B64={b}", b)

v = "glpat-" + rs(20)
S("diff/added-line-in-git-diff",
  f"diff --git a/.gitlab-ci.yml b/.gitlab-ci.yml\n@@ -12,6 +12,7 @@ deploy:\n   script:\n+    - export GL_TOKEN={v}\n     - ./deploy.sh", v)

p = pw(13)
S("html/password-input-value",
  f"<form action=\"/login\" method=\"post\">\n  <input type=\"text\" name=\"user\" value=\"kiosk\">\n  <input type=\"password\" name=\"pass\" value=\"{p}\">\n</form>", p)

k = pem_body(600, 64)
S("private-key/putty-ppk-private-lines",
  f"PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: rsa-key-20261130\nPublic-Lines: 6\n{pem_body(270)}\nPrivate-Lines: {len(k.splitlines())}\n{k}\nPrivate-MAC: {hx(64)}", k)

v = personnummer_se()
S("pii/sweden-personnummer",
  f"Hej! Mitt personnummer är {v}, jag vill avboka tiden på fredag.", v)

v = iban("FR", digits(23))
S("pii/iban-fr-french-prose",
  f"Voici mon RIB pour le remboursement : {iban_print(v)} (titulaire : C. Martin).", iban_print(v))

# --- prose (more)
otp = digits(6)
S("prose/german-verification-code",
  f"Nutzer: Ihr Bestätigungscode lautet {otp} – bitte gib ihn für mich ein.", otp)

p = pw(12)
S("prose/chinese-password",
  f"服务器的登录密码是 {p} ，用户名是 deploy。", p)

codes = [digits(8) for _ in range(5)]
S("prose/spanish-backup-codes",
  "Códigos de respaldo (cada uno se usa una vez):\n" + "\n".join(f"  {c[:4]} {c[4:]}" for c in codes), f"{codes[3][:4]} {codes[3][4:]}")

p = pw(14, "!#")
S("stacktrace/ruby-redis-error",
  f"Redis::CannotConnectError: Error connecting to Redis on redis://default:{p}@10.0.7.3:6379 (Errno::ETIMEDOUT)\n  from /usr/local/bundle/gems/redis-4.8.1/lib/redis/client.rb:398:in `rescue in establish_connection'", p)

sec = rs(40, _AN + "/+")
S("sql/snowflake-create-stage-credentials",
  f"CREATE OR REPLACE STAGE raw_stage URL='s3://acme-raw/'\n  CREDENTIALS=(AWS_KEY_ID='AKIA{rs(16, _UD)}' AWS_SECRET_KEY='{sec}')\n  FILE_FORMAT=(TYPE=PARQUET);", sec)

# --- signed URLs / wallets / history (more)
sig = hx(512)
S("signed-url/gcs-x-goog-signature",
  f"gsutil signurl output:\nhttps://storage.googleapis.com/acme-share/export.zip?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%40acme.iam.gserviceaccount.com%2F20261130%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261130T120000Z&X-Goog-Expires=600&X-Goog-SignedHeaders=host&X-Goog-Signature={sig}", sig)

ph = seed_phrase(24)
S("crypto/bip39-24-words-json-field",
  json.dumps({"wallet": "ledger-backup", "mnemonic": ph, "derivation": "m/44'/60'/0'/0/0"}), ph)

p = pw(12)
S("history/powershell-psreadline-history",
  f"PS> Get-Content (Get-PSReadLineOption).HistorySavePath | Select -Last 3\nEnter-PSSession -ComputerName srv01\n$pw = ConvertTo-SecureString \"{p}\" -AsPlainText -Force\nInvoke-Command -ComputerName srv01 -Credential $cred {{ hostname }}", p)


v = pesel_pl()
S("pii/poland-pesel-polish-prose",
  f"Dzień dobry, mój numer PESEL to {v}. Proszę o aktualizację danych.", v)

v = iban("NL", rs(4, string.ascii_uppercase) + digits(10))
S("pii/iban-nl-in-sepa-xml",
  f"<CdtrAcct>\n  <Id>\n    <IBAN>{v}</IBAN>\n  </Id>\n</CdtrAcct>", v)

k = base64.b64encode(rbytes(32)).decode()
S("private-key/wireguard-privatekey",
  f"[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = {k}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = {b64(32)}\nEndpoint = vpn.acme.io:51820", k)

d = b64u(256)
S("private-key/jwk-d-parameter",
  json.dumps({"kty": "RSA", "kid": "signing-2026-11", "n": b64u(256), "e": "AQAB", "d": d, "p": b64u(128), "q": b64u(128)}), d)

arr = [_R.randint(0, 255) for _ in range(64)]
S("crypto/solana-keypair-json-array",
  f"$ cat ~/.config/solana/id.json\n{json.dumps(arr, separators=(',', ':'))}", json.dumps(arr, separators=(",", ":"))[1:-1])

p = pw(14)
S("stacktrace/go-panic-dsn",
  f"panic: dial tcp 10.0.1.9:3306: connect: connection refused\n\ngoroutine 1 [running]:\nmain.mustOpen({{0xc000014090, 0x4f}})\n\t/src/cmd/api/main.go:48 +0x1a5\n2026/11/30 10:00:01 dsn=orders:{p}@tcp(10.0.1.9:3306)/orders?parseTime=true", p)

p = pw(16)
S("sql/postgres-fdw-user-mapping",
  f"CREATE USER MAPPING FOR analytics SERVER legacy_crm\n  OPTIONS (user 'crm_reader', password '{p}');", p)

p = pw(12, "@#!")
esc = "".join(f"\\u{ord(ch):04x}" if not ch.isalnum() else ch for ch in p)
S("encoded/json-unicode-escaped-password",
  "{\"username\": \"svc-etl\", \"password\": \"" + esc + "\"}", esc)

v = "github_" + "pat_" + rs(22) + "_" + rs(59)
S("split/terminal-wrapped-at-80-cols",
  f"$ gh auth token\n{v[:80]}\n{v[80:]}", v[:80])

p = pw(14)
S("config/haproxy-userlist-insecure-password",
  f"userlist stats_users\n    user admin insecure-password {p}\n\nlisten stats\n    bind :8404\n    stats enable\n    acl auth_ok http_auth(stats_users)", p)

p = pw(14)
S("config/windows-unattend-xml",
  f"<UserAccounts>\n  <AdministratorPassword>\n    <Value>{p}</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>", p)

v = "Basic " + base64.b64encode(f"partner-api:{pw(16)}".encode()).decode()
S("config/k8s-configmap-mistakenly-holding-auth",
  f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: upstream-config\ndata:\n  UPSTREAM_URL: https://partner.example.net/v2\n  UPSTREAM_AUTH: \"{v}\"", v.split()[1])

p = pw(12)
S("cli-password/kinit-piped-password",
  f"echo '{p}' | kinit svc_hadoop@CORP.LOCAL && hdfs dfs -ls /data/raw", p)

otp = digits(6)
S("prose/chinese-sms-code",
  f"用户：我刚收到短信，验证码是{otp}，帮我登录一下。", otp)

code = digits(5)
S("prose/alarm-disarm-code",
  f"customer: the cleaner needs to get in tomorrow, the alarm disarm code is {code} and the key is under the mat", code)

v = rs(26, _LD)
S("webhook/mattermost-incoming-in-shell",
  f"$ curl -i -X POST -H 'Content-Type: application/json' -d '{{\"text\": \"backup finished\"}}' https://chat.acme.io/hooks/{v}\nHTTP/1.1 200 OK", v)

v = hx(64)
S("webhook/dingtalk-robot-access-token",
  f"DINGTALK_HOOK=https://oapi.dingtalk.com/robot/send?access_token={v}", v)

p = pw(12)
S("history/psql-history-alter-user",
  f"$ cat ~/.psql_history\n\\dt\nselect count(*) from events;\nALTER USER metabase WITH PASSWORD '{p}';\n\\q", p)


# ===================================================== INNOCENT items
I("lookalike/git-log-shas",
  f"$ git log --oneline -3\n{hx(7)} Fix token refresh race in auth middleware\n{hx(7)} Bump secrets-manager client to 2.4.1\n{hx(7)} Merge pull request #1182 from acme/feat/api-key-rotation")
I("lookalike/uuid-request-ids",
  f"2026-11-30T09:12:01Z INFO request_id={uuid4()} trace_id={hx(32)} span_id={hx(16)} status=200 path=/v1/tokens/verify")
I("lookalike/docker-image-digest",
  f"Digest: sha256:{hx(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api@sha256:{hx(64)}")
I("lookalike/base64-of-png-data-uri",
  "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\" alt=\"pixel\">")
I("placeholder/angle-bracket-your-token",
  "curl -H \"Authorization: Bearer <your-token>\" https://api.example.com/v1/me")
I("placeholder/github-actions-secrets-expression",
  "      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}")
I("placeholder/xxx-masked-value",
  "AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # fill in locally, never commit")
I("policy/password-requirements-text",
  "Passwords must be at least 12 characters and include an uppercase letter, a digit and a symbol such as !@#$. Passwords expire every 90 days.")
I("varnames/identifiers-with-secret-token-key",
  "def rotate_secret(secret_name: str, kms_key_id: str) -> None:\n    token_ttl = settings.TOKEN_TTL_SECONDS\n    api_key_header = \"X-API-Key\"\n    password_min_length = 12")
I("public-key/ssh-key-fingerprint",
  f"The authenticity of host 'github.com (140.82.121.4)' can't be established.\nED25519 key fingerprint is SHA256:{b64(32).rstrip('=')}.")
I("public-key/gpg-key-id-and-fingerprint",
  f"gpg: Signature made Sun 30 Nov 2026 10:02:11 UTC\ngpg:                using RSA key {hx(40).upper()}\ngpg: Good signature from \"Release Bot <release@acme.io>\"")
I("business/order-number",
  f"Your order #{digits(3)}-{digits(7)}-{digits(7)} has shipped. Estimated delivery: Tue, Dec 8.")
I("business/company-support-phone",
  "Questions? Call our support line at +1 (800) 555-0199, Mon–Fri 9am–5pm ET.")
I("versions/version-strings",
  "Python 3.12.7, pip 24.3.1, node v22.11.0, openssl 3.0.13 30 Jan 2024, kernel 6.8.0-49-generic")
I("paths/secret-named-paths",
  "/var/run/secrets/kubernetes.io/serviceaccount/token\n/etc/ssl/private/server.key\n~/.ssh/id_ed25519\nC:\\Users\\dev\\AppData\\Roaming\\gcloud\\credentials.db")
I("code/minified-css",
  ".btn-primary{color:#fff;background-color:#0d6efd;border-color:#0d6efd}.token-badge{font:500 12px/1.2 ui-monospace,SFMono-Regular,Menlo,monospace;letter-spacing:.02em}")
I("crypto-public/eth-transaction-hash",
  f"Transaction submitted: 0x{hx(64)}\nBlock: 21450332  Gas used: 21000  Status: Success")
I("crypto-public/bitcoin-address-bech32",
  f"Send testnet coins to tb1q{rs(38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}")
I("lookalike/sentry-event-id",
  f"Sentry captured exception; event_id={hx(32)} (see issue PROJ-4K1)")
I("lookalike/aws-arns-and-key-ids",
  f"arn:aws:kms:eu-west-1:{digits(12)}:key/{uuid4()}\narn:aws:iam::{digits(12)}:role/ci-deployer\narn:aws:secretsmanager:eu-west-1:{digits(12)}:secret:prod/db-AbCdEf")
I("lookalike/terraform-reference-not-literal",
  "resource \"aws_db_instance\" \"main\" {\n  username = \"app\"\n  password = random_password.db.result\n  manage_master_user_password = false\n}")
I("lookalike/mac-and-ipv6",
  "eth0: ether 02:42:ac:11:00:02  inet6 fe80::42:acff:fe11:2/64 scopeid 0x20<link>")
I("judgement-luhn-invalid-16-digit-shipment-id-not-card",
  "Shipment ID 4000 1234 5678 9011 created for warehouse FRA-2 (not a payment card; internal id).")
I("judgement-openssl-rand-command-without-output-not-secret",
  "# generate a fresh key locally, do not paste the output here:\nopenssl rand -base64 32 > .secret_key && chmod 600 .secret_key")
I("lookalike/customer-service-reservation-codes",
  "I've found your reservation 4WQ150 for passenger Mia Li, flight HAT136 on 2024-05-17, seat 14C.")
I("judgement-aws-published-docs-example-key-id-not-secret",
  "# From the AWS CLI docs: the access key id " + "AKIA" + "IOSFODNN7" + "EXAMPLE" + " used in every example is a published\n# placeholder and is not valid for any account.")
I("lookalike/kubectl-get-secrets-listing",
  "$ kubectl -n payments get secrets\nNAME                  TYPE                                  DATA   AGE\npg-credentials        Opaque                                2      41d\nregcred               kubernetes.io/dockerconfigjson        1      213d\nstripe-webhook        Opaque                                1      7d")
I("lookalike/commit-message-about-rotated-token",
  f"commit {hx(40)}\nAuthor: Sam Patel <sam@acme.io>\nDate:   Mon Nov 30 09:14:22 2026 +0000\n\n    Remove hard-coded Slack token from deploy script (token already revoked)")
I("lookalike/woff2-font-data-uri-in-css",
  "@font-face{font-family:Inter;font-weight:400;src:url(data:font/woff2;base64,d09GMgABAAAAA" + b64(90).rstrip("=") + ") format(\"woff2\")}")
I("lookalike/w3c-traceparent-headers",
  f"traceparent: 00-{hx(32)}-{hx(16)}-01\ntracestate: congo=t61rcWkgMzE\nx-request-id: {uuid4()}")
I("lookalike/cloud-resource-ids",
  f"Created instance i-0{hx(16)} in subnet-0{hx(16)} (vpc-0{hx(16)}), security group sg-0{hx(16)}, AMI ami-0{hx(16)}")
I("judgement-azure-tenant-and-subscription-ids-not-secret",
  json.dumps({"environmentName": "AzureCloud", "id": uuid4(), "isDefault": True, "name": "Acme Production",
              "state": "Enabled", "tenantId": uuid4(), "user": {"name": "ops@acme.io", "type": "user"}}, indent=2))
I("judgement-public-oauth-client-id-without-secret-not-secret",
  f"<meta name=\"google-signin-client_id\" content=\"{digits(12)}-{rs(32, _LD)}.apps.googleusercontent.com\">")
I("placeholder/env-example-empty-values",
  "# .env.example -- copy to .env and fill in\nSTRIPE_SECRET_KEY=\nDATABASE_PASSWORD=\nJWT_SIGNING_KEY=\nSENTRY_DSN=")
I("judgement-truncated-sk-ellipsis-placeholder-not-secret",
  "Set your key first: `export OPENAI_API_KEY=sk-...` (the full key is shown only once in the dashboard).")
I("lookalike/json-schema-password-field",
  json.dumps({"type": "object", "properties": {"password": {"type": "string", "format": "password", "minLength": 12, "writeOnly": True},
                                               "api_key": {"type": "string", "pattern": "^[A-Za-z0-9_-]{32,64}$"}}, "required": ["password"]}))
I("lookalike/mysql-access-denied-using-password-yes",
  "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)")
I("lookalike/shadow-locked-accounts-no-hash",
  "daemon:*:19700:0:99999:7:::\nbin:*:19700:0:99999:7:::\nsshd:!:19701::::::\nubuntu:!:19702:0:99999:7:::")
I("business/vat-and-bic-of-company",
  "Acme Widgets GmbH · USt-IdNr. DE 811 907 980 · BIC COBADEFFXXX · Amtsgericht Berlin HRB 123456 B · Tel. +49 30 2345 6780")
I("lookalike/tokenizer-output",
  "tokens: ['▁The', '▁secret', '▁to', '▁good', '▁bread', '▁is', '▁time'] ids: [450, 7035, 304, 1781, 18423, 338, 931] (7 tokens)")
I("public-key/jwks-rsa-public-modulus",
  json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hx(16), "n": b64u(256), "e": "AQAB"}]}))
I("lookalike/docker-ps-container-ids",
  f"CONTAINER ID   IMAGE                 COMMAND                  STATUS         NAMES\n{hx(12)}   postgres:16           \"docker-entrypoint.s…\"   Up 2 hours     db\n{hx(12)}   ghcr.io/acme/api:1.9  \"/app/server\"            Up 2 hours     api")
I("lookalike/github-actions-masked-stars",
  "Run ./scripts/deploy.sh\n  env:\n    DEPLOY_TOKEN: ***\n    AWS_REGION: eu-west-1\nDeploying with token *** to production")
I("lookalike/parquet-object-key-with-uuid",
  f"s3://acme-lake/events/dt=2026-11-30/part-00000-{uuid4()}-c000.snappy.parquet (128.4 MiB)")
I("lookalike/argon2-parameters-no-hash",
  "PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']  # argon2id m=65536,t=3,p=4")
I("lookalike/terraform-plan-sensitive-value",
  "  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n      ~ password = (sensitive value)\n        id       = \"db-prod\"\n    }")
I("lookalike/memory-addresses-in-segfault",
  "Fatal Python error: Segmentation fault\nCurrent thread 0x00007f3a9c1ff740 (most recent call first):\n  File \"/usr/lib/python3.12/ctypes/__init__.py\", line 392 in __call__\n#0 0x00005581d2c4e1a0 in PyObject_Call ()")
I("lookalike/tau-bench-payment-method-ids",
  json.dumps({"name": "book_reservation", "arguments": {"user_id": "mia_li_3668", "payment_methods": [{"payment_id": "credit_card_4421486", "amount": 1204}, {"payment_id": "gift_card_7219486", "amount": 100}]}}))
I("business/german-support-hotline",
  "Bei Fragen erreichen Sie unseren Kundenservice unter 0800 330 1000 (kostenfrei) oder per Fax +49 69 9566 0.")
I("lookalike/pip-freeze-with-hashes",
  f"certifi==2024.8.30 \\\n    --hash=sha256:{hx(64)}\nidna==3.10 \\\n    --hash=sha256:{hx(64)}")


SECRETS: tuple[Secret, ...] = tuple(_S)
INNOCENT: tuple[Innocent, ...] = tuple(_I)

for _it in SECRETS:
    assert _it.secret, _it.id
    assert _it.secret in _it.text, _it.id
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), [i for i in _ids if _ids.count(i) > 1]

if __name__ == "__main__":
    print(f"{len(SECRETS)} secrets, {len(INNOCENT)} innocent")
