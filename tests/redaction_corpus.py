"""Realistic secrets in realistic context, and innocent look-alikes, for the redaction corpus test.

Secret-shaped values are generated from a seeded RNG (the same every run) and assembled from
pieces, so that secret scanners do not flag this file and no real credential is in it.
"""

from __future__ import annotations

import base64
import random
import string
from typing import NamedTuple

DIGITS = string.digits
HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + DIGITS
LETTERS = string.ascii_letters
ALNUM = LETTERS + DIGITS
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"


def rnd(seed: str, n: int, alphabet: str = ALNUM) -> str:
    """`n` characters of `alphabet`, the same for the same seed."""
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


class Secret(NamedTuple):
    id: str  # the test id: the kind and the context
    text: str  # the secret in context
    secret: str  # what must no longer appear once redacted


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


# -- values ---------------------------------------------------------------------------------------
OPENAI = "sk-" + rnd("openai", 48)
OPENAI_PROJECT = "sk-" + "proj-" + rnd("openai-proj", 120, URLSAFE)
ANTHROPIC = "sk-" + "ant-api03-" + rnd("anthropic", 93, URLSAFE) + "AA"
GITHUB_CLASSIC = "gh" + "p_" + rnd("ghp", 36)
GITHUB_OAUTH = "gh" + "o_" + rnd("gho", 36)
GITHUB_APP = "gh" + "s_" + rnd("ghs", 36)
GITHUB_REFRESH = "gh" + "r_" + rnd("ghr", 76)
GITHUB_FINE = "github_" + "pat_11" + rnd("ghfine1", 20, UPPER_DIGITS) + "_" + rnd("ghfine2", 59)
AWS_ID = "AK" + "IA" + rnd("aws-id", 16, UPPER_DIGITS)
AWS_STS_ID = "AS" + "IA" + rnd("aws-sts", 16, UPPER_DIGITS)
AWS_SECRET = rnd("aws-secret", 40, B64)
AWS_SECRET_2 = rnd("aws-secret-2", 40, B64)
AWS_SECRET_CSV = rnd("aws-secret-csv", 40, B64)
AWS_ID_CSV = "AK" + "IA" + rnd("aws-id-csv", 16, UPPER_DIGITS)
GOOGLE = "AI" + "za" + rnd("google", 35, URLSAFE)
GOOGLE_OAUTH_SECRET = "GOC" + "SPX-" + rnd("gocspx", 28, URLSAFE)
GOOGLE_ACCESS_TOKEN = "ya" + "29." + rnd("ya29", 150, URLSAFE)
SLACK_BOT = "xo" + "xb-" + rnd("sb1", 12, DIGITS) + "-" + rnd("sb2", 13, DIGITS) + "-" + rnd("sb3", 24)
SLACK_USER = "xo" + "xp-" + rnd("su1", 12, DIGITS) + "-" + rnd("su2", 13, DIGITS) + "-" + rnd("su3", 32, HEX)
SLACK_APP = "xa" + "pp-1-A" + rnd("sa1", 10, UPPER_DIGITS) + "-" + rnd("sa2", 13, DIGITS) + "-" + rnd("sa3", 64, HEX)
SLACK_HOOK_SECRET = rnd("slack-hook", 24)
SLACK_HOOK = "https://hooks.slack.com/services/T" + rnd("sh1", 8, UPPER_DIGITS)
SLACK_HOOK += "/B" + rnd("sh2", 10, UPPER_DIGITS) + "/" + SLACK_HOOK_SECRET
DISCORD_HOOK_SECRET = rnd("discord-hook", 68, URLSAFE)
STRIPE_LIVE = "sk" + "_live_" + rnd("stripe", 24)
STRIPE_RESTRICTED = "rk" + "_test_" + rnd("stripe-rk", 99)
STRIPE_WEBHOOK = "wh" + "sec_" + rnd("whsec", 32)
NPM = "np" + "m_" + rnd("npm", 36)
NPM_GLUED = "np" + "m_" + rnd("npm-glued", 36)
TWILIO = "S" + "K" + rnd("twilio", 32, HEX)
SENDGRID = "S" + "G." + rnd("sg1", 22, URLSAFE) + "." + rnd("sg2", 43, URLSAFE)
HUGGINGFACE = "h" + "f_" + rnd("hf", 34, LETTERS)
TELEGRAM_SECRET = "A" + "A" + rnd("telegram", 33, URLSAFE)
TELEGRAM = rnd("telegram-id", 10, DIGITS).replace("0", "7") + ":" + TELEGRAM_SECRET
SHOPIFY = "shp" + "at_" + rnd("shpat", 32, HEX)
SHOPIFY_SHARED = "shp" + "ss_" + rnd("shpss", 32, HEX)
PYPI = "py" + "pi-AgEIcHlwaS5vcmc" + rnd("pypi", 160, URLSAFE)
DIGITALOCEAN = "do" + "p_v1_" + rnd("dop", 64, HEX)
DIGITALOCEAN_OAUTH = "do" + "o_v1_" + rnd("doo", 64, HEX)
MAILGUN = "ke" + "y-" + rnd("mailgun", 32, HEX)
_DISCORD_ID = "1" + rnd("discord-id", 17, DIGITS)
DISCORD = b64(_DISCORD_ID).rstrip("=") + "." + rnd("discord-ts", 6, URLSAFE) + "." + rnd("discord-hmac", 27, URLSAFE)
SKILLHIVE_SECRET = rnd("skh", 43, URLSAFE)
SKILLHIVE = "sk" + "h_" + rnd("skh-id", 12, HEX) + "_" + SKILLHIVE_SECRET
GITLAB = "gl" + "pat-" + rnd("glpat", 20, URLSAFE)
GITLAB_RUNNER = "gl" + "rt-" + rnd("glrt", 20, URLSAFE)
DOCKER_HUB = "dckr" + "_pat_" + rnd("dckr", 27, URLSAFE)
VAULT = "hv" + "s." + rnd("vault", 90, URLSAFE)
DOPPLER = "dp" + ".st.prd." + rnd("doppler", 40)
TERRAFORM = rnd("tfc1", 14) + ".atlas" + "v1." + rnd("tfc2", 67)
ATLASSIAN = "ATA" + "TT3xFfGF0" + rnd("atlassian", 180, URLSAFE) + "=" + rnd("atlassian-crc", 8, HEX).upper()
AZURE_AD = rnd("azure-ad1", 3) + "8Q" + "~" + rnd("azure-ad2", 34, ALNUM + "_~.-")
AZURE_ACCOUNT_KEY = rnd("azure-account", 86, B64) + "=="
AZURE_SAS_SIG = rnd("azure-sig", 32, ALNUM) + "%2B" + rnd("azure-sig2", 8) + "%3D"
AGE = "AGE-SECRET" + "-KEY-1" + rnd("age", 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
OPENROUTER = "sk-" + "or-v1-" + rnd("openrouter", 64, HEX)
GROQ = "gs" + "k_" + rnd("groq", 52)
REPLICATE = "r" + "8_" + rnd("replicate", 37)
LANGSMITH = "lsv2" + "_pt_" + rnd("langsmith", 32, HEX) + "_" + rnd("langsmith2", 10, HEX)
TAVILY = "tv" + "ly-" + rnd("tavily", 32)
POSTMAN = "PM" + "AK-" + rnd("postman1", 24, HEX) + "-" + rnd("postman2", 34, HEX)
NEWRELIC = "NR" + "AK-" + rnd("newrelic", 27, UPPER_DIGITS)
LINEAR = "lin" + "_api_" + rnd("linear", 40)
SUPABASE = "sb" + "p_" + rnd("supabase", 40, HEX)
MAPBOX = "s" + "k.eyJ1IjoiZGV2IiwiYSI6ImNs" + rnd("mapbox1", 20) + "." + rnd("mapbox2", 22, URLSAFE)
AIRTABLE = "pa" + "t" + rnd("airtable1", 14) + "." + rnd("airtable2", 64, HEX)
GRAFANA = "gl" + "sa_" + rnd("grafana", 32) + "_" + rnd("grafana2", 8, HEX)
JWT = ".".join(
    [
        "ey" + "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
        "ey" + "JzdWIiOiIxMjM0NTY3ODkwIiwiaWF0IjoxNzE0NTY0ODAwfQ",
        rnd("jwt-sig", 43, URLSAFE),
    ]
)
PEM_BODY = "\n".join(rnd(f"pem{i}", 64, B64) for i in range(6))
PEM_HEAD = "-----BEGIN RSA " + "PRIVATE KEY-----"
PEM_TAIL = "-----END RSA " + "PRIVATE KEY-----"
PEM_PKCS8 = "-----BEGIN " + "PRIVATE KEY-----\n" + PEM_BODY + "\n-----END " + "PRIVATE KEY-----\n"
KUBE_CLIENT_KEY = b64(
    "-----BEGIN EC " + "PRIVATE KEY-----\n" + PEM_BODY[:200] + "\n-----END EC " + "PRIVATE KEY-----\n"
)
DOCKER_AUTH = b64("deploy:" + rnd("docker-auth", 20))
BASIC_NO_SCHEME = b64("admin:" + rnd("basic", 14))
ENCODED_PASSWORD = b64("password=" + rnd("encoded", 14))
DOCKERCONFIGJSON = b64('{"auths":{"registry.example.com":{"username":"ci","password":"' + rnd("dcj", 18) + '"}}}')
PASSWORD = rnd("password", 16)  # a random password, used where only the key names it


def pw(seed: str, n: int = 14) -> str:
    """A password-like value: letters, digits and a symbol."""
    return rnd(seed, n - 2) + "!" + rnd(seed + "d", 1, DIGITS)


# -- secrets in context ---------------------------------------------------------------------------
_P = {name: pw(name) for name in ("env", "json", "yaml", "cli", "url", "curl", "mysql", "sshpass", "netrc")}
_P.update({name: pw(name) for name in ("db-pass", "smtp-pw", "mysql-pwd", "odbc", "xml", "plink", "redis")})
_P.update({name: pw(name) for name in ("openssl", "smb", "docker-login", "pgpass", "django", "rails", "amqp")})

SECRETS: list[Secret] = [
    # -- the kinds the rules already knew, in new contexts --
    Secret("openai-key/env-file", f"# .env\nOPENAI_API_KEY={OPENAI}\nDEBUG=false\n", OPENAI),
    Secret(
        "openai-key/python",
        f'from openai import OpenAI\nclient = OpenAI(api_key="{OPENAI_PROJECT}")\nprint(client.models.list())',
        OPENAI_PROJECT,
    ),
    Secret(
        "anthropic-key/curl",
        f"curl https://api.anthropic.com/v1/messages -H 'x-api-key: {ANTHROPIC}' -H 'anthropic-version: 2023-06-01'",
        ANTHROPIC,
    ),
    Secret(
        "github-token/git-remote",
        f"$ git remote -v\norigin  https://{GITHUB_CLASSIC}@github.com/acme/app.git (fetch)",
        GITHUB_CLASSIC,
    ),
    Secret(
        "github-token/gh-auth-status",
        f"github.com\n  ✓ Logged in to github.com account dev (keyring)\n  - Token: {GITHUB_OAUTH}",
        GITHUB_OAUTH,
    ),
    Secret(
        "github-token/actions-log",
        f"2024-05-01T12:00:01.000Z ##[debug]Using installation {GITHUB_APP} for checkout",
        GITHUB_APP,
    ),
    Secret(
        "github-token/refresh-json",
        f'{{"access_token_expires_in": 28800, "refresh": "{GITHUB_REFRESH}", "scope": ""}}',
        GITHUB_REFRESH,
    ),
    Secret(
        "github-token/fine-grained-yaml",
        f"steps:\n  - uses: actions/checkout@v4\n    with:\n      persist: {GITHUB_FINE}\n",
        GITHUB_FINE,
    ),
    Secret(
        "aws-access-key-id/credentials-ini",
        f"[default]\naws_access_key_id = {AWS_ID}\nregion = eu-west-1\n",
        AWS_ID,
    ),
    Secret(
        "aws-secret-key/credentials-ini",
        f"[prod]\naws_access_key_id = {AWS_ID}\naws_secret_access_key = {AWS_SECRET}\n",
        AWS_SECRET,
    ),
    Secret(
        "aws-secret-key/sts-json",
        f'{{\n    "Credentials": {{\n        "AccessKeyId": "{AWS_STS_ID}",\n'
        f'        "SecretAccessKey": "{AWS_SECRET_2}",\n        "Expiration": "2024-05-01T13:00:00Z"\n    }}\n}}',
        AWS_SECRET_2,
    ),
    Secret("aws-access-key-id/sts-env", f"declare -x AWS_SESSION_ID_HINT={AWS_STS_ID}\n", AWS_STS_ID),
    Secret(
        "google-api-key/js-config",
        f"const firebaseConfig = {{\n  apiKey: '{GOOGLE}',\n  authDomain: 'demo.firebaseapp.com',\n}};",
        GOOGLE,
    ),
    Secret(
        "slack-token/traceback",
        f'Traceback (most recent call last):\n  File "bot.py", line 9, in <module>\n'
        f"    app = App(token='{SLACK_BOT}')\nslack_bolt.error.BoltError: invalid_auth",
        SLACK_BOT,
    ),
    Secret(
        "slack-token/curl-form",
        f"curl -F channel=C0123 -F text=hi -F t={SLACK_USER} https://slack.com/api/chat.postMessage",
        SLACK_USER,
    ),
    Secret(
        "stripe-key/stack-trace",
        f"stripe.error.AuthenticationError: Request req_8x: Invalid API Key provided: {STRIPE_LIVE}",
        STRIPE_LIVE,
    ),
    Secret(
        "stripe-key/restricted-yaml", f"billing:\n  stripe: {STRIPE_RESTRICTED}\n  currency: eur\n", STRIPE_RESTRICTED
    ),
    Secret("jwt/cookie-header", f"> GET /api/me HTTP/1.1\n> Cookie: session={JWT}; Path=/; HttpOnly", JWT),
    Secret("private-key/pem-rsa", f"$ cat deploy_key\n{PEM_HEAD}\n{PEM_BODY}\n{PEM_TAIL}\n$ ", PEM_BODY),
    Secret(
        "private-key/gcp-service-account-json",
        '{"type": "service_account", "project_id": "demo", "private_key": "'
        + PEM_PKCS8.replace("\n", "\\n")
        + '", "client_email": "ci@demo.iam.gserviceaccount.com"}',
        PEM_BODY.replace("\n", "\\n"),
    ),
    Secret("private-key/cut-short", f"$ cat ~/.ssh/id_rsa\n{PEM_HEAD}\n{PEM_BODY}\n... [output truncated]", PEM_BODY),
    Secret(
        "url-password/database-url",
        f"DATABASE_URL=postgres://app:{_P['url']}@db.internal:5432/app?sslmode=require",
        _P["url"],
    ),
    Secret(
        "url-password/celery-log",
        f"[2024-05-01 12:00:00,001: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:{_P['amqp']}@rabbit:5672//",
        _P["amqp"],
    ),
    Secret(
        "bearer-token/curl-verbose",
        f"> POST /v1/jobs HTTP/2\n> authorization: Bearer {rnd('bearer', 40, URLSAFE)}\n"
        "> content-type: application/json",
        rnd("bearer", 40, URLSAFE),
    ),
    Secret(
        "basic-auth/header",
        f'headers = {{"Authorization": "Basic {b64("ci:" + rnd("basic-hdr", 12))}"}}',
        b64("ci:" + rnd("basic-hdr", 12)),
    ),
    Secret("password/env-file", f"DB_HOST=db\nDB_PASSWORD={_P['env']}\nDB_PORT=5432\n", _P["env"]),
    Secret("password/json", f'{{"user": "svc-backup", "password": "{_P["json"]}", "host": "nas.lan"}}', _P["json"]),
    Secret("secret/yaml", f"oauth:\n  client_id: web-app\n  client_secret: {_P['yaml']}\n", _P["yaml"]),
    Secret("password/cli-flag", f"$ mysqldump --user backup --password {_P['cli']} shop > dump.sql", _P["cli"]),
    Secret(
        "token/query-string",
        f'127.0.0.1 - - "GET /oauth/callback?access_token={rnd("qs", 30)}&state=xyz HTTP/1.1" 302',
        rnd("qs", 30),
    ),
    Secret("password/curl-user", f"curl -sS -u admin:{_P['curl']} https://jenkins.local/api/json", _P["curl"]),
    Secret("password/pgpassword", f"PGPASSWORD={_P['pgpass']} psql -h db -U app -c 'select 1'", _P["pgpass"]),
    Secret("secret/django-settings", f"SECRET_KEY = 'django-insecure-{_P['django']}'\nDEBUG = True", _P["django"]),
    # -- the kinds the security review found missed --
    Secret(
        "gitlab-token/bare-in-error",
        f"gitlab.exceptions.GitlabAuthenticationError: 401: invalid token {GITLAB} (expired?)",
        GITLAB,
    ),
    Secret(
        "slack-token/app-token-yaml",
        f"socket_mode:\n  enabled: true\n  app_level: {SLACK_APP}\n",
        SLACK_APP,
    ),
    Secret(
        "slack-webhook/json-config",
        f'{{"alerts": {{"channel": "#ops", "webhook_url": "{SLACK_HOOK}"}}}}',
        SLACK_HOOK_SECRET,
    ),
    Secret(
        "stripe-webhook-secret/stripe-listen",
        f"> Ready! You are using Stripe API Version [2024-04-10]. Your webhook signing secret is {STRIPE_WEBHOOK}"
        " (^C to quit)",
        STRIPE_WEBHOOK,
    ),
    Secret(
        "google-oauth-secret/python-call",
        "flow = InstalledAppFlow.from_client_config("
        f'cfg("web-client.apps.googleusercontent.com", "{GOOGLE_OAUTH_SECRET}"))',
        GOOGLE_OAUTH_SECRET,
    ),
    Secret("password/db-pass-env", f"export DB_USER=app DB_PASS={_P['db-pass']}\n./migrate up", _P["db-pass"]),
    Secret("password/smtp-pw-env", f"SMTP_HOST=smtp.example.com\nSMTP_PW={_P['smtp-pw']}\n", _P["smtp-pw"]),
    Secret("password/mysql-pwd-env", f"docker run -e MYSQL_PWD={_P['mysql-pwd']} mysql:8 mysql -h db", _P["mysql-pwd"]),
    Secret(
        "secret/azure-storage-connection-string",
        "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmelogs;"
        f"AccountKey={AZURE_ACCOUNT_KEY};EndpointSuffix=core.windows.net",
        AZURE_ACCOUNT_KEY,
    ),
    Secret(
        "signature/azure-sas-url",
        "az storage blob download --blob-url 'https://acmelogs.blob.core.windows.net/logs/app.log"
        f"?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-06-01T00:00:00Z&spr=https&sig={AZURE_SAS_SIG}'",
        AZURE_SAS_SIG,
    ),
    Secret(
        "npm-token/docker-secret",
        f"$ echo {NPM} | docker secret create npm_registry -\nvq8m2b1k0x",
        NPM,
    ),
    Secret("npm-token/glued-in-tool-name", f"call_{NPM_GLUED}", NPM_GLUED),
    Secret(
        "twilio-key/python",
        f'client = Client("{TWILIO}", os.environ["TWILIO_API_SECRET"], "AC{rnd("twilio-ac", 32, HEX)}")',
        TWILIO,
    ),
    Secret("sendgrid-key/python", f"sg = SendGridAPIClient('{SENDGRID}')\nresponse = sg.send(message)", SENDGRID),
    Secret(
        "huggingface-token/login",
        f'>>> from huggingface_hub import login\n>>> login("{HUGGINGFACE}")\nLogin successful',
        HUGGINGFACE,
    ),
    Secret(
        "encoded-secret/echo-base64-d",
        f"$ echo {ENCODED_PASSWORD} | base64 -d\n{'*' * 12}",
        ENCODED_PASSWORD,
    ),
    Secret(
        "basic-auth/authorization-without-scheme",
        f"> GET /api/v4/projects HTTP/1.1\n> Authorization: {BASIC_NO_SCHEME}\n> Accept: */*",
        BASIC_NO_SCHEME,
    ),
    Secret(
        "password/mysql-glued-p", f"$ mysql -h db.internal -u root -p{_P['mysql']} shop -e 'show tables'", _P["mysql"]
    ),
    Secret(
        "password/sshpass",
        f"sshpass -p '{_P['sshpass']}' ssh -o StrictHostKeyChecking=no deploy@10.0.3.17 'uptime'",
        _P["sshpass"],
    ),
    Secret(
        "basic-auth/docker-config-json",
        f'$ cat ~/.docker/config.json\n{{\n\t"auths": {{\n\t\t"registry.example.com": {{\n\t\t\t"auth": "{DOCKER_AUTH}"'
        "\n\t\t}\n\t}\n}",
        DOCKER_AUTH,
    ),
    Secret(
        "telegram-bot-token/api-url",
        f"requests.exceptions.HTTPError: 409 Client Error: Conflict for url: https://api.telegram.org/bot{TELEGRAM}/getUpdates",
        TELEGRAM_SECRET,
    ),
    Secret(
        "shopify-token/graphql-header",
        f"curl -X POST https://shop.myshopify.com/admin/api/2024-04/graphql.json -H 'X-Shopify-Access: {SHOPIFY}'",
        SHOPIFY,
    ),
    Secret("shopify-token/shared-secret-log", f"INFO app.shopify verifying HMAC with {SHOPIFY_SHARED}", SHOPIFY_SHARED),
    Secret(
        "pypi-token/twine",
        f"$ twine upload -u __token__ -p {PYPI} dist/*\nUploading distributions to https://upload.pypi.org/legacy/",
        PYPI,
    ),
    Secret(
        "digitalocean-token/doctl",
        f"$ doctl auth init --context ci -t {DIGITALOCEAN}\nValidating token... OK",
        DIGITALOCEAN,
    ),
    Secret(
        "digitalocean-token/oauth-json",
        f'{{"access": "{DIGITALOCEAN_OAUTH}", "expires_in": 2592000}}',
        DIGITALOCEAN_OAUTH,
    ),
    Secret(
        "mailgun-key/python",
        f'requests.post(MAILGUN_URL, auth=("api", "{MAILGUN}"), data={{"to": "ops@example.com"}})',
        MAILGUN,
    ),
    Secret("discord-token/python", f"bot = commands.Bot(command_prefix='!')\nbot.run('{DISCORD}')", DISCORD),
    Secret(
        "password/netrc",
        f"$ cat ~/.netrc\nmachine api.heroku.com\n  login dev@example.com\n  password {_P['netrc']}\n",
        _P["netrc"],
    ),
    Secret(
        "aws-secret-key/credentials-csv",
        f"User name,Access key ID,Secret access key\nci-deployer,{AWS_ID_CSV},{AWS_SECRET_CSV}\n",
        AWS_SECRET_CSV,
    ),
    Secret(
        "skillhive-token/bare-log",
        f"2024-05-01 12:00:00 created {SKILLHIVE} for alice (member) — shown once",
        SKILLHIVE_SECRET,
    ),
    # -- more kinds an agent's trajectory meets --
    Secret(
        "gitlab-token/runner-config-toml",
        f'[[runners]]\n  name = "ci-1"\n  url = "https://gitlab.com"\n  id_tok = "{GITLAB_RUNNER}"',
        GITLAB_RUNNER,
    ),
    Secret("docker-token/docker-login", f"$ docker login -u acme -p {DOCKER_HUB}\nLogin Succeeded", DOCKER_HUB),
    Secret(
        "password/docker-login-p",
        f"$ docker login registry.example.com -u ci -p {_P['docker-login']}",
        _P["docker-login"],
    ),
    Secret(
        "vault-token/vault-login-table",
        f"Key                  Value\n---                  -----\ntoken                {VAULT}\ntoken_accessor       x",
        VAULT,
    ),
    Secret(
        "google-oauth-token/print-access-token",
        f"$ gcloud auth print-access-token\n{GOOGLE_ACCESS_TOKEN}\n$ ",
        GOOGLE_ACCESS_TOKEN,
    ),
    Secret(
        "doppler-token/env",
        f"DOPPLER_CONFIG_DIR=/tmp/doppler DOPPLER_SERVICE={DOPPLER} doppler run -- ./start",
        DOPPLER,
    ),
    Secret(
        "terraform-token/debug-log",
        f"2024-05-01T12:00:00.000Z [DEBUG] using credentials {TERRAFORM} for app.terraform.io",
        TERRAFORM,
    ),
    Secret(
        "atlassian-token/python", f'jira = JIRA(server=URL, basic_auth=("dev@example.com", "{ATLASSIAN}"))', ATLASSIAN
    ),
    Secret(
        "azure-client-secret/python",
        f'cred = ClientSecretCredential(tenant_id, client_id, "{AZURE_AD}")',
        AZURE_AD,
    ),
    Secret(
        "private-key/kubeconfig-client-key-data",
        f"users:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n"
        f"    client-key-data: {KUBE_CLIENT_KEY}\n",
        KUBE_CLIENT_KEY,
    ),
    Secret(
        "age-secret-key/keyfile", f"# created: 2024-05-01T12:00:00Z\n# public key: age1qyqszqgpqyqszqgp\n{AGE}\n", AGE
    ),
    Secret(
        "openrouter-key/env", f"export OR={OPENROUTER}\nllm -m openrouter/anthropic/claude-3.5-sonnet 'hi'", OPENROUTER
    ),
    Secret("groq-key/python", f"client = Groq({GROQ!r})", GROQ),
    Secret("replicate-token/shell", f"$ REPLICATE={REPLICATE} replicate run stability-ai/sdxl", REPLICATE),
    Secret(
        "langsmith-key/dotenv",
        f"LANGCHAIN_TRACING_V2=true\nLANGCHAIN_ENDPOINT=https://api.smith.langchain.com\nLANGSMITH={LANGSMITH}\n",
        LANGSMITH,
    ),
    Secret(
        "tavily-key/tool-args-json", f'{{"tool": "tavily_search", "client": "{TAVILY}", "query": "weather"}}', TAVILY
    ),
    Secret("postman-key/newman", f"$ newman run https://api.getpostman.com/collections/123?apikey={POSTMAN}", POSTMAN),
    Secret(
        "newrelic-key/graphql-curl",
        f"curl https://api.newrelic.com/graphql -H 'API-Key: {NEWRELIC}' -d '{{}}'",
        NEWRELIC,
    ),
    Secret(
        "linear-key/header",
        f"fetch('https://api.linear.app/graphql', {{headers: {{Authorization: '{LINEAR}'}}}})",
        LINEAR,
    ),
    Secret("supabase-token/cli", f"$ supabase login --token {SUPABASE}\nYou are now logged in.", SUPABASE),
    Secret("mapbox-token/js", f"mapboxgl.accessToken = '{MAPBOX}';", MAPBOX),
    Secret(
        "airtable-token/curl",
        f'curl "https://api.airtable.com/v0/appX/Table" -H "Authorization: Bearer {AIRTABLE}"',
        AIRTABLE,
    ),
    Secret("grafana-token/provisioning", f"grafana:\n  url: https://grafana.example.com\n  sa: {GRAFANA}\n", GRAFANA),
    Secret("password/plink-pw", f"plink -ssh -batch -pw {_P['plink']} admin@192.168.1.20 'show version'", _P["plink"]),
    Secret(
        "password/redis-cli-a", f"$ redis-cli -h cache.internal -p 6379 -a {_P['redis']} INFO keyspace", _P["redis"]
    ),
    Secret(
        "password/openssl-passin",
        f"openssl pkcs12 -in cert.p12 -nodes -passin pass:{_P['openssl']} -out cert.pem",
        _P["openssl"],
    ),
    Secret(
        "password/smbclient-U", f"smbclient //fileserver/share -U 'CORP\\svc-backup%{_P['smb']}' -c 'ls'", _P["smb"]
    ),
    Secret(
        "password/maven-settings-xml",
        f"<server>\n  <id>nexus</id>\n  <username>deploy</username>\n  <password>{_P['xml']}</password>\n</server>",
        _P["xml"],
    ),
    Secret(
        "password/odbc-connection-string",
        f"conn = pyodbc.connect('DRIVER={{ODBC Driver 18 for SQL Server}};SERVER=db;UID=sa;PWD={_P['odbc']};')",
        _P["odbc"],
    ),
    Secret(
        "encoded-secret/dockerconfigjson",
        "apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\n"
        f"data:\n  .dockerconfigjson: {DOCKERCONFIGJSON}\n",
        DOCKERCONFIGJSON,
    ),
    Secret(
        "discord-webhook/env",
        f"ALERTS_HOOK=https://discord.com/api/webhooks/{rnd('dh-id', 18, DIGITS)}/{DISCORD_HOOK_SECRET}",
        DISCORD_HOOK_SECRET,
    ),
    Secret(
        "secret/rails-secret-key-base", f"SECRET_KEY_BASE={_P['rails']}{rnd('rails', 60, HEX)} bin/rails s", _P["rails"]
    ),
]

# -- innocent strings: must come back unchanged -------------------------------------------------
_PNG = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAAw"
INNOCENT: list[Innocent] = [
    Innocent(
        "git-sha", "$ git log --oneline -3\n3f786850e387550fdab836ed7e6dc881de23001b Fix parser\na1b2c3d Bump deps"
    ),
    Innocent("uuid", "2024-05-01T12:00:01Z ERROR job 123e4567-e89b-12d3-a456-426614174000 failed after 3 retries"),
    Innocent("file-paths", "cat /home/dev/.ssh/id_ed25519.pub ./secrets/token.txt ~/.aws/credentials ~/.netrc"),
    Innocent(
        "url-without-password", "See https://github.com/acme/app/pull/42 and mail dev@example.com or ssh git@github.com"
    ),
    Innocent("base64-image-data-uri", f'<img src="data:image/png;base64,{_PNG}==" alt="logo">'),
    Innocent(
        "sha256-digest",
        "sha256sum dist/app.tar.gz\n9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  dist/app.tar.gz",
    ),
    Innocent(
        "npm-config-env",
        "npm_config_cache=/home/dev/.npm npm_package_version=1.4.2 npm_lifecycle_event=test npm run build",
    ),
    Innocent("sk-learn", "pip install scikit-learn  # not sk-learn, that name is a placeholder on PyPI"),
    Innocent("key-value-store", "Redis is a key-value store; etcd is a key-value-store-for-configuration too."),
    Innocent("hex-color", "button { color: #1f6feb; background: #0d1117; border-color: #30363d80; }"),
    Innocent(
        "java-class-name",
        "\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory"
        ".initializeBean(AbstractAutowireCapableBeanFactory.java:1786)",
    ),
    Innocent(
        "docker-image-digest",
        "Pulling nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31\nStatus: Downloaded",
    ),
    Innocent("semver", "Bumped version 1.2.3-beta.4+build.567 -> 2.0.0-rc.1; node-v18.17.0-linux-x64.tar.xz"),
    Innocent(
        "slack-channel-url",
        "Posted in https://app.slack.com/client/T01ABCDEF23/C02GHIJKL45 (see api.slack.com/messaging/webhooks)",
    ),
    Innocent(
        "base64-not-a-credential",
        "$ echo SGVsbG8sIFdvcmxkISBUaGlzIGlzIGEgdGVzdC4= | base64 -d\nHello, World! This is a test.",
    ),
    Innocent(
        "oauth-state-base64-json",
        "302 Location: /login?state=eyJyZXR1cm5UbyI6Ii9kYXNoYm9hcmQiLCJub25jZSI6NDJ9&prompt=none",
    ),
    Innocent(
        "code-reads-password",
        "password = getpass.getpass()\ntoken = os.environ['GH_TOKEN']\napi_key = settings.api_key",
    ),
    Innocent("max-tokens", "response = client.chat(model='gpt-4o', max_tokens=4096, temperature=0.2) # token_count: 5"),
    Innocent("jest-pass", "PASS src/app.test.ts (5.2 s)\nTests: 42 passed, 42 total\npass: ok"),
    Innocent("shell-pwd", "PWD=/work/main OLDPWD=/home/dev SHLVL=1 _=/usr/bin/env"),
    Innocent("mkdir-cp-p", "mkdir -p /tmp/build && cp -p a.txt b.txt && ls -a /tmp/build"),
    Innocent("ssh-p-port", "ssh -p 2222 deploy@10.0.3.17 && docker run -p 8080:80 -e DEBUG=1 nginx:1.25"),
    Innocent("mysql-prompt", "mysql -u root -p shop   # -p alone asks for the password"),
    Innocent("git-log-p", "git log -p --stat -- server/skillhive/redact.py; pytest -p no:cacheprovider -q"),
    Innocent(
        "aws-arn", "arn:aws:iam::123456789012:role/deploy assumed by arn:aws:sts::123456789012:assumed-role/deploy/ci"
    ),
    Innocent(
        "kube-certificate-data",
        "clusters:\n- cluster:\n    certificate-authority-data: "
        + b64("-----BEGIN CERTIFICATE-----\n" + rnd("cert", 120, B64) + "\n-----END CERTIFICATE-----\n")
        + "\n    server: https://10.0.0.1:6443",
    ),
    Innocent("stripe-publishable-key", "Stripe.setPublishableKey('pk_" + "live_" + rnd("pk", 24) + "');"),
    Innocent(
        "azure-blob-url-without-sig",
        "GET https://acmelogs.blob.core.windows.net/logs?restype=container&comp=list&sv=2022-11-02",
    ),
    Innocent("azure-placeholder", "AccountKey=<your-account-key>;EndpointSuffix=core.windows.net"),
    Innocent(
        "prose-machine-password", "The machine learning team rotates the password policy yearly; login is via SSO."
    ),
    Innocent(
        "hf-hub-download",
        "from huggingface_hub import hf_hub_download\npath = hf_hub_download(repo_id='bert-base-uncased')",
    ),
    Innocent("skh-format-doc", "Tokens look like skh_<id>_<secret>; run `skillhive token list` to see ids."),
    Innocent("dotted-namespace", "using Microsoft.Extensions.DependencyInjection.Abstractions; // v8.0.1"),
    Innocent("timestamps", "12:00:01 AA batch AA:BB:CC:DD:EE:FF 1700000000:AAAA done"),
    Innocent("netrc-with-env-reference", "machine github.com login ci password $GITHUB_TOKEN"),
    Innocent("base64-thumbnail-json", f'{{"thumbnail": "{_PNG}", "width": 16}}'),
    Innocent("sig-prose", "Verify the signature: required. Design sig=short"),
]
