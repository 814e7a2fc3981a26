"""Independent dev corpus: secrets and hard look-alikes as they appear in developer-agent trajectories. Secret-shaped values are generated from a seeded RNG and assembled from pieces.

Written by an independent helper who had not seen skillhive's redaction rules, 2026-12-05 (as
/work/corpus/fresh_dev.py, complete 19:08 UTC); copied here unchanged but for this paragraph. A
held-out twin written by the same helper is measured only by the lead, never tuned on.
"""
from __future__ import annotations
import base64, json, random, string, urllib.parse
from typing import NamedTuple


class Secret(NamedTuple):
    id: str      # "<category>/<context>", unique in the file
    text: str    # the secret in realistic context
    secret: str  # the exact substring that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str    # realistic text that contains NO secret and must be left unchanged


def rnd(seed: str, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    r = random.Random("fresh-dev:" + seed)
    return "".join(r.choice(alphabet) for _ in range(n))


AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
UPN = string.ascii_uppercase + string.digits
LOWN = string.ascii_lowercase + string.digits
LOW = string.ascii_lowercase
B64A = AN + "+/"
URLS = AN + "-_"
B32 = string.ascii_uppercase + "234567"
DIG = string.digits
BECH = "023456789ACDEFGHJKLMNPQRSTUVWXYZ"


def _S(id: str, tmpl: str, secret: str) -> Secret:
    tmpl = tmpl.replace("\\\\u00a7", "§").replace("\\u00a7", "§")  # marker escaped by json.dumps
    assert "§" in tmpl or secret in tmpl, id
    return Secret(id, tmpl.replace("§", secret), secret)


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def _b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _jwt(seed: str, payload: dict, alg: str = "HS256") -> str:
    h = _b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = _b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rnd(seed, 43 if alg.startswith("HS") else 342, URLS)


def _pem_lines(seed: str, n: int, first: str) -> list[str]:
    body = first + rnd(seed, 64 * n - len(first) - 4, B64A) + "AB=="
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def _luhn(prefix: str, length: int, seed: str) -> str:
    r = random.Random("luhn:" + seed)
    digits = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + str((10 - total % 10) % 10)


def _not_luhn(prefix: str, length: int, seed: str) -> str:
    good = _luhn(prefix, length, seed)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


def _group(s: str, sizes: tuple[int, ...]) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return " ".join(out)


def _iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def _ssn(seed: str) -> str:
    r = random.Random("ssn:" + seed)
    a = r.randint(1, 665)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _nino(seed: str) -> str:
    r = random.Random("nino:" + seed)
    while True:
        p = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = "".join(str(r.randrange(10)) for _ in range(6))
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {r.choice('ABCD')}"


_WORDS = ("orbit canvas lunar velvet harvest tribe glance muscle echo piano rescue sudden walnut drift "
          "ozone fabric hover jungle kitten ladder matrix noble oyster pledge raven salad timber "
          "umbrella vapor wisdom yellow zebra anchor bridge cactus dolphin engine fossil garlic hybrid "
          "insect jacket kidney lemon mango napkin olive").split()


def _mnemonic(seed: str, n: int = 12) -> str:
    r = random.Random("bip:" + seed)
    return " ".join(r.choice(_WORDS) for _ in range(n))


def _uuid(seed: str) -> str:
    h = rnd(seed, 32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


# ---- values reused inside a few multi-part snippets -------------------------------------------
_AKID1 = "AK" + "IA" + rnd("akid-1", 16, B32)
_ASIA1 = "AS" + "IA" + rnd("asia-1", 16, B32)
_GCP_LINES = _pem_lines("gcp-sa-1", 8, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC")
_RSA_LINES = _pem_lines("rsa-deploy", 9, "MIIEpAIBAAKCAQEA")
_OSSH_LINES = _pem_lines("openssh-1", 6, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")
_EC_LINES = _pem_lines("ec-tf-1", 3, "MHcCAQEEI")
_PGP_LINES = _pem_lines("pgp-1", 7, "lQdGBGX")
_CARD_V = _luhn("4", 16, "visa-1")
_CARD_M = _luhn("53", 16, "mc-1")
_CARD_A = _luhn("37", 15, "amex-1")
_IBAN_DE = _iban("DE", rnd("iban-de", 18, DIG))
_IBAN_GB = _iban("GB", "NWBK" + rnd("iban-gb", 14, DIG))
_B64JSON = _b64(json.dumps({"host": "etl-db.internal", "user": "etl_loader", "password": "Mg7-" + rnd("b64json-pw", 14)}))
_NESTED_PW = "nX" + rnd("nested-pw", 16)
_NESTED = json.dumps({"tool": "bash", "stdout": json.dumps({"db": {"host": "pg-1", "password": _NESTED_PW}})})
_ESC_PW = 'q"Zr\\' + rnd("esc-pw", 10) + '"!'
_ESC_PW_J = json.dumps(_ESC_PW)[1:-1]
_MONGO_PW = urllib.parse.quote("R3port!ng@2024/q1" + rnd("mongo-pw", 4), safe="")
_FORM_PW = urllib.parse.quote_plus("S@fe&Sound+" + rnd("form-pw", 6) + "!")
_PROXY_PW = urllib.parse.quote("Sp@ce:Bar/" + rnd("proxy-pw", 5), safe="")

SECRETS: list[Secret] = [
    # ---------------- cloud providers ----------------
    _S("aws_secret_key/credentials_file",
       "$ cat ~/.aws/credentials\n[default]\naws_access_key_id = " + _AKID1 + "\naws_secret_access_key = §\nregion = eu-west-1\n",
       rnd("aws-sk-1", 40, B64A)),
    _S("aws_access_key_id/boto_debug_log",
       "2024-03-11 10:02:13,411 botocore.credentials [DEBUG] Found credentials in environment variables. access_key=§ method=env",
       "AK" + "IA" + rnd("akid-2", 16, B32)),
    _S("aws_session_token/export_lines",
       "export AWS_ACCESS_KEY_ID=" + _ASIA1 + "\nexport AWS_SESSION_TOKEN=§\nexport AWS_DEFAULT_REGION=us-east-2",
       "IQoJb3JpZ2luX2Vj" + rnd("aws-st-1", 320, B64A)),
    _S("aws_secret_key/aws_configure_cmd",
       "aws configure set aws_secret_access_key § --profile staging && aws s3 ls --profile staging",
       rnd("aws-sk-2", 40, B64A)),
    _S("aws_secret_key/sts_assume_role_output",
       '{\n    "Credentials": {\n        "AccessKeyId": "' + "AS" + "IA" + rnd("asia-2", 16, B32) + '",\n        "SecretAccessKey": "§",\n        "Expiration": "2024-03-11T11:02:13+00:00"\n    }\n}',
       rnd("aws-sk-3", 40, B64A)),
    _S("gcp_service_account/json_private_key",
       json.dumps({"type": "service_account", "project_id": "acme-data-prod", "private_key_id": rnd("gcp-kid", 40, HEX),
                   "private_key": "-----BEGIN PRIVATE KEY-----\n" + "\n".join(_GCP_LINES) + "\n-----END PRIVATE KEY-----\n",
                   "client_email": "loader@acme-data-prod.iam.gserviceaccount.com"}, indent=2).replace(_GCP_LINES[3], "§"),
       _GCP_LINES[3]),
    _S("google_oauth_client_secret/client_secrets_json",
       '{"installed":{"client_id":"90412334-' + rnd("gcid", 32, LOWN) + '.apps.googleusercontent.com","project_id":"acme-cli","client_secret":"§","redirect_uris":["http://localhost"]}}',
       "GOC" + "SPX-" + rnd("gocspx-1", 28, URLS)),
    _S("google_refresh_token/adc_json",
       '$ cat ~/.config/gcloud/application_default_credentials.json\n{\n  "client_id": "7640-x.apps.googleusercontent.com",\n  "refresh_token": "§",\n  "type": "authorized_user"\n}',
       "1//0" + rnd("g-refresh", 99, URLS)),
    _S("google_api_key/geocode_url",
       "GET https://maps.googleapis.com/maps/api/geocode/json?address=Alexanderplatz+Berlin&key=§ -> 200 OK (312 ms)",
       "AI" + "za" + rnd("gapi-1", 35, URLS)),
    _S("azure_storage_key/connection_string",
       'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=§;EndpointSuffix=core.windows.net"',
       rnd("az-stor-1", 86, B64A) + "=="),
    _S("azure_client_secret/az_login_sp",
       "az login --service-principal -u " + _uuid("az-app-1") + " -p '§' --tenant " + _uuid("az-tenant-1"),
       rnd("az-cs-pre", 3, AN) + "8Q~" + rnd("az-cs-1", 34, URLS)),
    _S("azure_sas/blob_url_sig",
       "azcopy copy 'https://acmebackups.blob.core.windows.net/db/pg-2024-03-10.dump?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-04-01T00:00:00Z&spr=https&sig=§' ./restore/",
       rnd("az-sas-1", 43, AN) + "%3D"),
    _S("alibaba_secret/aliyun_configure",
       "aliyun configure set --profile prod --mode AK --region cn-hangzhou --access-key-id LTAI" + rnd("ali-id", 20, AN) + " --access-key-secret §",
       rnd("ali-sec", 30, AN)),
    _S("digitalocean_token/doctl_init",
       "$ doctl auth init -t §\nValidating token... OK",
       "dop" + "_v1_" + rnd("do-1", 64, HEX)),
    # ---------------- code hosting / package registries ----------------
    _S("github_pat/gh_auth_stdin",
       "echo § | gh auth login --with-token && gh repo list acme --limit 5",
       "gh" + "p_" + rnd("ghp-1", 36)),
    _S("github_fine_grained_pat/git_remote_url",
       "git remote set-url origin https://x-access-token:§@github.com/acme/infra.git\ngit push origin HEAD:refs/heads/fix/ci",
       "github" + "_pat_" + rnd("ghfg-1a", 22, UPN) + "_" + rnd("ghfg-1b", 59)),
    _S("github_app_token/npm_publish_env",
       "GITHUB_TOKEN=§ npm publish --registry=https://npm.pkg.github.com",
       "gh" + "s_" + rnd("ghs-1", 36)),
    _S("gitlab_pat/curl_private_token",
       'curl --header "PRIVATE-TOKEN: §" "https://gitlab.acme.io/api/v4/projects/42/pipelines?status=failed"',
       "gl" + "pat-" + rnd("glpat-1", 20, URLS)),
    _S("gitlab_runner_token/config_toml",
       '[[runners]]\n  name = "docker-runner-02"\n  url = "https://gitlab.com/"\n  token = "§"\n  executor = "docker"',
       "gl" + "rt-" + rnd("glrt-1", 20, URLS)),
    _S("npm_token/npmrc",
       "$ cat ~/.npmrc\n//registry.npmjs.org/:_authToken=§\n@acme:registry=https://npm.pkg.github.com",
       "np" + "m_" + rnd("npm-1", 36)),
    _S("pypi_token/pypirc",
       "[distutils]\nindex-servers = pypi\n\n[pypi]\n  username = __token__\n  password = §\n",
       "py" + "pi-AgEIcHlwaS5vcmc" + rnd("pypi-1", 120, URLS)),
    _S("pip_index/extra_index_token_url",
       "pip install --extra-index-url https://__token__:§@gitlab.acme.io/api/v4/projects/17/packages/pypi/simple acme-utils==3.2.0",
       "gl" + "pat-" + rnd("glpat-2", 20, URLS)),
    _S("maven_password/settings_xml",
       "<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployer</username>\n      <password>§</password>\n    </server>\n  </servers>\n</settings>",
       "Dpl0y-" + rnd("mvn-1", 12)),
    _S("artifactory_key/gradle_properties",
       "# ~/.gradle/gradle.properties\nartifactoryUser=ci-bot\nartifactoryPassword=§\norg.gradle.jvmargs=-Xmx2g",
       "AKC" + "p8" + rnd("art-1", 67)),
    _S("nuget_key/dotnet_nuget_push",
       "dotnet nuget push bin/Release/Acme.Core.2.1.0.nupkg --api-key § --source https://api.nuget.org/v3/index.json",
       "oy2" + rnd("nuget-1", 43, LOWN)),
    _S("cargo_token/credentials_toml",
       '$ cat ~/.cargo/credentials.toml\n[registry]\ntoken = "§"',
       "cio" + rnd("cargo-1", 32)),
    _S("dockerhub_pat/password_stdin",
       "echo § | docker login -u acmebot --password-stdin",
       "dckr" + "_pat_" + rnd("dckr-1", 27, URLS)),
    _S("docker_password/login_p_flag",
       "docker login -u deploy -p '§' registry.acme.io\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.",
       "Reg1stry!" + rnd("docker-p", 8)),
    _S("docker_config/auths_base64",
       '{\n\t"auths": {\n\t\t"ghcr.io": {\n\t\t\t"auth": "§"\n\t\t}\n\t}\n}',
       _b64("acme-ci:" + "gh" + "p_" + rnd("ghp-docker", 36))),
    _S("helm_password/repo_add",
       "helm repo add acme https://charts.acme.io --username ci --password '§' && helm repo update",
       "H3lm-" + rnd("helm-1", 14)),
    _S("terraform_cloud_token/credentials_tfrc",
       '{\n  "credentials": {\n    "app.terraform.io": {\n      "token": "§"\n    }\n  }\n}',
       rnd("tfc-a", 14) + ".atlas" + "v1." + rnd("tfc-b", 67)),
    # ---------------- SaaS / AI APIs ----------------
    _S("openai_key/chat_prose",
       "hey can you check why this fails? I exported my key as § and the script still gets a 401 from the completions endpoint",
       "sk-" + "proj-" + rnd("oai-1", 48, URLS) + "T3Blbk" + "FJ" + rnd("oai-1b", 48, URLS)),
    _S("anthropic_key/python_sdk",
       'import anthropic\nclient = anthropic.Anthropic(api_key="§")\nmsg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=512, messages=msgs)',
       "sk-" + "ant-api03-" + rnd("ant-1", 93, URLS) + "AA"),
    _S("huggingface_token/cli_login",
       "$ huggingface-cli login --token § --add-to-git-credential\nToken is valid (permission: write).",
       "h" + "f_" + rnd("hf-1", 34)),
    _S("openrouter_key/tool_call_headers",
       json.dumps({"name": "http_request", "arguments": {"method": "POST", "url": "https://openrouter.ai/api/v1/chat/completions",
                                                        "headers": {"Authorization": "Bearer §", "Content-Type": "application/json"}}}),
       "sk-" + "or-v1-" + rnd("or-1", 64, HEX)),
    _S("stripe_secret_key/env_file",
       "# .env.production\nSTRIPE_PUBLISHABLE_KEY=pk_live_" + rnd("pk-1", 24) + "\nSTRIPE_SECRET_KEY=§\n",
       "sk" + "_live_" + rnd("sk-live-1", 24)),
    _S("stripe_restricted_key/node_require",
       "const stripe = require('stripe')('§');\nconst sessions = await stripe.checkout.sessions.list({ limit: 3 });",
       "rk" + "_live_" + rnd("rk-live-1", 24)),
    _S("stripe_webhook_secret/cli_listen_output",
       "$ stripe listen --forward-to localhost:4242/webhook\n> Ready! Your webhook signing secret is § (^C to quit)",
       "wh" + "sec_" + rnd("whsec-1", 32)),
    _S("twilio_auth_token/python_client",
       'from twilio.rest import Client\nclient = Client("AC' + rnd("tw-sid", 32, HEX) + '", "§")',
       rnd("tw-tok-1", 32, HEX)),
    _S("sendgrid_key/env",
       "SENDGRID_API_KEY=§",
       "S" + "G." + rnd("sg-a", 22, URLS) + "." + rnd("sg-b", 43, URLS)),
    _S("mailgun_key/requests_auth_tuple",
       'r = requests.post("https://api.mailgun.net/v3/mg.acme.io/messages",\n    auth=("api", "§"),\n    data={"from": "noreply@mg.acme.io", "to": ["ops@acme.io"], "subject": "nightly"})',
       "key-" + rnd("mg-1", 32, HEX)),
    _S("datadog_api_key/helm_values",
       "datadog:\n  site: datadoghq.eu\n  apiKey: §\n  logs:\n    enabled: true",
       rnd("dd-api-1", 32, HEX)),
    _S("datadog_app_key/docker_run_env",
       "docker run -d --name dd-agent -e DD_API_KEY=\"$DD_API_KEY\" -e DD_APP_KEY=§ -e DD_SITE=datadoghq.com gcr.io/datadoghq/agent:7",
       rnd("dd-app-1", 40, HEX)),
    _S("atlassian_token/requests_auth_tuple",
       'resp = requests.get("https://acme.atlassian.net/rest/api/3/search?jql=project=OPS",\n                    auth=("svc-jira@acme.io", "§"))',
       "ATA" + "TT3xFfGF0" + rnd("atl-1", 180, URLS) + "=" + rnd("atl-1c", 8, HEXU)),
    _S("okta_token/ssws_header",
       "curl -s -H 'Accept: application/json' -H 'Authorization: SSWS §' https://acme.okta.com/api/v1/users?limit=25",
       "00" + rnd("okta-1", 40, URLS)),
    _S("linear_key/env",
       "LINEAR_API_KEY=§\nLINEAR_TEAM=ENG",
       "lin" + "_api_" + rnd("lin-1", 40)),
    _S("notion_token/python_client",
       'from notion_client import Client\nnotion = Client(auth="§")',
       "nt" + "n_" + rnd("ntn-1", 46)),
    _S("postman_key/header",
       "GET https://api.getpostman.com/collections HTTP/1.1\nx-api-key: §\nAccept: application/json",
       "PM" + "AK-" + rnd("pmak-a", 24, HEX) + "-" + rnd("pmak-b", 34, HEX)),
    _S("shopify_token/admin_header",
       "X-Shopify-Access-Token: §\nContent-Type: application/json",
       "shp" + "at_" + rnd("shp-1", 32, HEX)),
    _S("mailchimp_key/env",
       "MAILCHIMP_API_KEY=§\nMAILCHIMP_LIST_ID=a1b2c3d4e5",
       rnd("mc-1", 32, HEX) + "-us21"),
    _S("fcm_server_key/legacy_header",
       "Authorization: key=§\nContent-Type: application/json",
       "AAAA" + rnd("fcm-a", 7, URLS) + ":APA91b" + rnd("fcm-b", 134, URLS)),
    _S("square_token/env",
       "SQUARE_ENVIRONMENT=production\nSQUARE_ACCESS_TOKEN=§",
       "EA" + "AA" + rnd("sq-1", 60, URLS)),
    _S("pagerduty_routing_key/events_json",
       json.dumps({"routing_key": "§", "event_action": "trigger", "payload": {"summary": "disk 95% on db-2", "severity": "critical", "source": "db-2"}}),
       rnd("pd-1", 32, HEX)),
    _S("databricks_token/databrickscfg",
       "[DEFAULT]\nhost  = https://adb-5512345678901234.4.azuredatabricks.net\ntoken = §",
       "dap" + "i" + rnd("dapi-1", 32, HEX)),
    _S("kaggle_key/kaggle_json",
       '$ cat ~/.kaggle/kaggle.json\n{"username":"dkim","key":"§"}',
       rnd("kaggle-1", 32, HEX)),
    _S("wandb_key/netrc",
       "machine api.wandb.ai\n  login user\n  password §",
       rnd("wandb-1", 40, HEX)),
    _S("heroku_api_key/netrc",
       "machine api.heroku.com\n  login dana@acme.io\n  password §\nmachine git.heroku.com\n  login dana@acme.io",
       _uuid("heroku-1")),
    _S("heroku_api_key/env_uuid_format",
       "HEROKU_API_KEY=§ heroku releases -a acme-web",
       _uuid("heroku-2")),
    _S("sentry_dsn/sdk_init",
       'sentry_sdk.init(dsn="https://§@o450211.ingest.sentry.io/4504211", traces_sample_rate=0.2)',
       rnd("sentry-1", 32, HEX)),
    _S("vault_token/vault_login",
       "$ vault login §\nSuccess! You are now authenticated.",
       "hv" + "s." + rnd("hvs-1", 90, URLS)),
    _S("doppler_token/env",
       "DOPPLER_TOKEN=§ doppler run -- npm start",
       "dp" + ".st.prd." + rnd("dp-1", 40)),
    _S("cloudflare_token/terraform_provider",
       'provider "cloudflare" {\n  api_token = "§"\n}',
       rnd("cf-1", 40, URLS)),
    _S("tailscale_authkey/up_flag",
       "sudo tailscale up --authkey=§ --hostname=ci-runner-3 --advertise-tags=tag:ci",
       "tskey" + "-auth-" + rnd("ts-a", 12) + "CNTRL-" + rnd("ts-b", 33)),
    _S("ngrok_token/config_add",
       "$ ngrok config add-authtoken §\nAuthtoken saved to configuration file: /home/dev/.config/ngrok/ngrok.yml",
       rnd("ngrok-a", 27) + "_" + rnd("ngrok-b", 21)),
    _S("telegram_bot_token/api_url",
       "requests.get(f\"https://api.telegram.org/bot§/sendMessage\", params={\"chat_id\": -100123, \"text\": msg})",
       rnd("tg-id", 10, DIG) + ":AA" + rnd("tg-1", 33, URLS)),
    _S("elastic_api_key/apikey_header",
       "Authorization: ApiKey §",
       _b64(rnd("es-id", 20, URLS) + ":" + rnd("es-key", 22, URLS))),
    _S("api_key_query/access_log",
       '10.2.0.7 - - [11/Mar/2024:10:14:02 +0000] "GET /data/2.5/weather?lat=59.91&lon=10.75&appid=§ HTTP/1.1" 200 1432 "-" "python-requests/2.31.0"',
       rnd("owm-1", 32, HEX)),
    # ---------------- webhooks ----------------
    _S("slack_webhook/curl_post",
       "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy finished\"}' https://hooks." + "slack.com/services/T0" + rnd("sl-t", 8, UPN) + "/B0" + rnd("sl-b", 8, UPN) + "/§",
       rnd("slack-wh-1", 24)),
    _S("slack_bot_token/python_webclient",
       'from slack_sdk import WebClient\nclient = WebClient(token="§")\nclient.chat_postMessage(channel="#deploys", text="done")',
       "xo" + "xb-" + rnd("xoxb-a", 12, DIG) + "-" + rnd("xoxb-b", 13, DIG) + "-" + rnd("xoxb-c", 24)),
    _S("discord_webhook/alertmanager_yaml",
       "receivers:\n  - name: discord\n    webhook_configs:\n      - url: https://discord.com/api/webhooks/" + rnd("dc-id", 19, DIG) + "/§",
       rnd("discord-wh-1", 68, URLS)),
    _S("teams_webhook/incoming_url",
       "TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/" + _uuid("teams-g") + "@" + _uuid("teams-t") + "/IncomingWebhook/§/" + _uuid("teams-u"),
       rnd("teams-1", 32, HEX)),
    _S("github_webhook_secret/env",
       "GITHUB_WEBHOOK_SECRET=§\nPORT=3000",
       rnd("gh-wh-1", 40, HEX)),
    # ---------------- tokens: JWT / sessions / cookies ----------------
    _S("jwt/authorization_header",
       "GET /api/v2/orders?page=2 HTTP/1.1\nHost: api.acme.io\nAuthorization: Bearer §\nAccept: */*",
       _jwt("jwt-1", {"sub": "8812", "role": "admin", "iat": 1710151200, "exp": 1710154800})),
    _S("jwt/supabase_service_role_env",
       "SUPABASE_URL=https://xyzcompany.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=§",
       _jwt("jwt-2", {"iss": "supabase", "ref": "xyzcompany", "role": "service_role", "iat": 1700000000, "exp": 2015576000})),
    _S("kubeconfig_token/user_token",
       "users:\n- name: ci-deployer\n  user:\n    token: §",
       _jwt("jwt-k8s", {"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:ci:deployer"}, alg="RS256")),
    _S("bearer_token/httpie_drf_token",
       'http GET :8000/api/me/ "Authorization:Token §"',
       rnd("drf-1", 40, HEX)),
    _S("session_cookie/django_cookie_header",
       "Cookie: csrftoken=" + rnd("csrf-1", 32) + "; sessionid=§",
       rnd("sessid-1", 32, LOWN)),
    _S("session_cookie/express_set_cookie",
       "HTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: connect.sid=§; Path=/; HttpOnly; SameSite=Lax",
       "s%3A" + rnd("connect-1", 32, URLS) + "." + rnd("connect-2", 43, AN)),
    _S("session_id/app_log",
       "2024-03-11T10:20:44Z INFO auth.login user_id=4812 ip=10.0.3.17 session created sid=§ ttl=86400",
       rnd("sid-log-1", 48, HEX)),
    # ---------------- private keys ----------------
    _S("private_key_rsa/cat_pem",
       "$ cat deploy/id_rsa\n-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(_RSA_LINES) + "\n-----END RSA PRIVATE KEY-----",
       _RSA_LINES[4]),
    _S("private_key_openssh/cat_key",
       "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(_OSSH_LINES) + "\n-----END OPENSSH PRIVATE KEY-----\n",
       _OSSH_LINES[2]),
    _S("private_key_headerless/python_constant",
       'SIGNING_KEY_B64 = "§"  # pkcs8 ed25519\nkey = serialization.load_der_private_key(base64.b64decode(SIGNING_KEY_B64), None)',
       "MC4CAQAwBQYDK2VwBCIEI" + rnd("ed-hl-1", 43, B64A)),
    _S("private_key_ec/terraform_heredoc",
       'resource "tls_locally_signed_cert" "api" {\n  ca_private_key_pem = <<EOT\n-----BEGIN EC PRIVATE KEY-----\n' + "\n".join(_EC_LINES) + "\n-----END EC PRIVATE KEY-----\nEOT\n}",
       _EC_LINES[1]),
    _S("pgp_private_key/armored_block",
       "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(_PGP_LINES) + "\n=" + rnd("pgp-crc", 4, B64A) + "\n-----END PGP PRIVATE KEY BLOCK-----",
       _PGP_LINES[3]),
    _S("age_key/keys_txt",
       "# created: 2024-03-11T10:00:00Z\n# public key: age1" + rnd("age-pub", 58, BECH.lower()) + "\n§",
       "AGE-SECRET" + "-KEY-1" + rnd("age-sk-1", 58, BECH)),
    _S("wireguard_key/wg0_conf",
       "[Interface]\nPrivateKey = §\nAddress = 10.8.0.2/24\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = " + rnd("wg-pub", 43, B64A) + "=\nEndpoint = vpn.acme.io:51820",
       rnd("wg-priv-1", 43, B64A) + "="),
    _S("eth_private_key/hardhat_env",
       "SEPOLIA_RPC_URL=https://eth-sepolia.g.alchemy.com/v2/demo\nDEPLOYER_PRIVATE_KEY=§",
       "0x" + rnd("eth-1", 64, HEX)),
    _S("crypto_mnemonic/chat_prose",
       "I'm restoring the test wallet, the seed phrase is: § — please import it into the hardhat config",
       _mnemonic("mn-1")),
    # ---------------- databases ----------------
    _S("postgres_password/sqlalchemy_url",
       'engine = create_engine("postgresql+psycopg2://app_user:§@db.internal:5432/orders", pool_pre_ping=True)',
       "Tr0ub4dor-orders-" + rnd("pg-1", 6)),
    _S("postgres_password/pgpassword_env",
       "PGPASSWORD='§' psql -h 10.0.4.12 -U analytics -d warehouse -c '\\dt public.*'",
       "w4reh0use!" + rnd("pg-2", 8)),
    _S("pgpass/line",
       "$ cat ~/.pgpass\ndb.prod.internal:5432:*:replicator:§\nlocalhost:5432:dev:dev:dev",
       rnd("pgpass-1", 24)),
    _S("postgres_password/traceback_dsn",
       'Traceback (most recent call last):\n  File "/app/db.py", line 42, in connect\n    conn = psycopg2.connect(dsn)\npsycopg2.OperationalError: connection to server at "10.0.0.5", port 5432 failed: FATAL:  password authentication failed for user "app"\n\nLocal variables: dsn = \'host=10.0.0.5 user=app password=§ dbname=core\'',
       "K9v" + rnd("pg-tb", 13)),
    _S("mysql_password/mysqldump_attached_p",
       "mysqldump -u root -p§ --single-transaction --routines shop > /backups/shop-$(date +%F).sql",
       rnd("mysql-1", 14)),
    _S("mysql_password/my_cnf",
       "[client]\nuser=backup\npassword=\"§\"\nhost=127.0.0.1\n",
       "b@ckup#" + rnd("mysql-2", 10)),
    _S("mysql_password/go_sql_open",
       'db, err := sql.Open("mysql", "appuser:§@tcp(127.0.0.1:3306)/inventory?parseTime=true")',
       rnd("mysql-go", 16)),
    _S("mongodb_password/atlas_srv_urlencoded",
       'MONGO_URI="mongodb+srv://svc-reporting:§@cluster0.ab1cd.mongodb.net/reports?retryWrites=true&w=majority"',
       _MONGO_PW),
    _S("redis_password/redis_cli_a",
       "redis-cli -h cache.internal -p 6379 -a '§' --no-auth-warning INFO keyspace",
       rnd("redis-1", 32)),
    _S("redis_password/celery_broker_url",
       'CELERY_BROKER_URL = "redis://:§@redis-master.default.svc:6379/0"',
       rnd("redis-2", 20)),
    _S("mssql_password/appsettings_json",
       '{\n  "ConnectionStrings": {\n    "Default": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crmadmin;Password=§;Encrypt=True;TrustServerCertificate=False;"\n  }\n}',
       "Crm#" + rnd("mssql-1", 12) + "!"),
    _S("oracle_password/spring_properties",
       "spring.datasource.url=jdbc:oracle:thin:@//ora-prod:1521/ORCLPDB1\nspring.datasource.username=APPS\nspring.datasource.password=§\nspring.jpa.show-sql=false",
       "Apps_" + rnd("ora-1", 10)),
    _S("oracle_password/sqlplus_slash",
       "sqlplus system/§@//localhost:1521/XEPDB1 @migrate.sql",
       "Oracle" + rnd("ora-2", 8, DIG)),
    _S("cassandra_password/cqlsh_p",
       "cqlsh cassandra-0.cassandra.db.svc 9042 -u cassandra -p § -e 'DESCRIBE KEYSPACES'",
       rnd("cql-1", 18)),
    _S("snowflake_password/python_connector",
       'conn = snowflake.connector.connect(\n    user="LOADER",\n    password="§",\n    account="xy12345.eu-central-1",\n    warehouse="LOAD_WH")',
       "Sn0w-" + rnd("snow-1", 14)),
    _S("kafka_password/jaas_config",
       'sasl.mechanism=PLAIN\nsecurity.protocol=SASL_SSL\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="' + rnd("cf-key", 16, UPN) + '" password="§";',
       rnd("kafka-1", 64, B64A)),
    _S("amqp_password/rabbitmq_url",
       "AMQP_URL=amqp://orders:§@rabbitmq.svc:5672/%2F",
       rnd("amqp-1", 22)),
    # ---------------- network auth / shell tools ----------------
    _S("basic_auth/curl_u",
       "curl -fsS -u ci-bot:§ https://nexus.acme.io/service/rest/v1/repositories | jq '.[].name'",
       rnd("curl-u-1", 20)),
    _S("basic_auth/header_base64",
       "POST /job/build-main/build HTTP/1.1\nHost: jenkins.acme.io\nAuthorization: Basic §\nContent-Length: 0",
       _b64("jenkins:" + rnd("jenkins-1", 32, HEX))),
    _S("wget_password/http_password",
       "wget --user=builder --password='§' https://artifacts.acme.io/releases/app-2.4.1.tar.gz",
       "Bu1ld3r%" + rnd("wget-1", 8)),
    _S("proxy_password/https_proxy_urlencoded",
       "export https_proxy=http://jdoe:§@proxy.corp.local:3128\nexport no_proxy=localhost,127.0.0.1,.corp.local",
       _PROXY_PW),
    _S("smtp_password/python_smtplib",
       'server = smtplib.SMTP_SSL("smtp.gmail.com", 465)\nserver.login("alerts@acme.io", "§")\nserver.send_message(msg)',
       "glrk xqpt wmzc " + rnd("gmail-app", 4, LOW)),
    _S("smtp_password/django_settings",
       "EMAIL_HOST = 'smtp.sendgrid.net'\nEMAIL_HOST_USER = 'apikey'\nEMAIL_HOST_PASSWORD = '§'\nEMAIL_PORT = 587",
       "S" + "G." + rnd("sg-dj-a", 22, URLS) + "." + rnd("sg-dj-b", 43, URLS)),
    _S("imap_password/fetchmailrc",
       'poll imap.fastmail.com protocol IMAP\n  user "dana@acme.io" password "§" ssl',
       rnd("fm-app", 16, LOWN)),
    _S("ldap_password/ldapsearch_w",
       "ldapsearch -x -H ldaps://ldap.acme.io -D \"cn=admin,dc=acme,dc=io\" -w '§' -b \"ou=people,dc=acme,dc=io\" \"(uid=jdoe)\" mail",
       "Ld@p" + rnd("ldap-1", 12)),
    _S("ldap_password/python_ldap3",
       'conn = Connection(server, user="CN=svc-sync,OU=Service Accounts,DC=corp,DC=local", password="§", auto_bind=True)',
       "Sync!" + rnd("ldap-2", 14)),
    _S("sudo_password/echo_pipe",
       "echo '§' | sudo -S apt-get install -y nginx",
       "Winter2024!Ops"),
    _S("smb_password/mount_cifs",
       "sudo mount -t cifs //nas01/share /mnt/share -o username=backup,password=§,vers=3.0,uid=1000",
       "Nas" + rnd("smb-1", 12)),
    _S("smb_password/smbclient_percent",
       "smbclient //fs01/finance -U 'CORP\\jdoe%§' -c 'ls'",
       "Q1-close-" + rnd("smb-2", 8)),
    _S("rdp_password/xfreerdp",
       "xfreerdp /v:10.0.5.20 /u:Administrator /p:'§' /cert:ignore /dynamic-resolution",
       "Adm1n!" + rnd("rdp-1", 10)),
    _S("ipmi_password/ipmitool",
       "ipmitool -I lanplus -H 10.9.0.11 -U ADMIN -P § chassis power status",
       rnd("ipmi-1", 10, UPN)),
    _S("snmp_community/snmpwalk",
       "snmpwalk -v2c -c § 10.1.1.1 1.3.6.1.2.1.1",
       "n0c-" + rnd("snmp-1", 12)),
    _S("wifi_psk/wpa_supplicant",
       'network={\n    ssid="Acme-Lab"\n    psk="§"\n    key_mgmt=WPA-PSK\n}',
       "lab-wifi-" + rnd("wifi-1", 10)),
    _S("wifi_psk/nmcli_connect",
       'nmcli dev wifi connect "Acme-Guest-5G" password "§"',
       "correct-horse-battery-" + rnd("wifi-2", 4, DIG)),
    _S("openvpn_credentials/auth_file",
       "$ cat /etc/openvpn/auth.txt\nvpnuser.dkim\n§\n$ sudo openvpn --config acme.ovpn --auth-user-pass /etc/openvpn/auth.txt",
       "Vpn" + rnd("ovpn-1", 12)),
    # ---------------- archivers / keystores / crypto tools ----------------
    _S("zip_password/zip_P",
       "zip -P § -r export-2024-03.zip reports/ && rm -rf reports/",
       rnd("zip-1", 14)),
    _S("7z_password/extract_p",
       "7z x backup-2024-03.7z -p§ -o/tmp/restore -y",
       "Arch1ve" + rnd("7z-1", 9)),
    _S("keystore_password/keytool_importkeystore",
       "keytool -importkeystore -srckeystore old.jks -destkeystore new.p12 -deststoretype pkcs12 -srcstorepass § -deststorepass §",
       "changeit-" + rnd("jks-1", 10)),
    _S("keystore_password/gradle_signing_config",
       'signingConfigs {\n    release {\n        storeFile file("release.jks")\n        storePassword "§"\n        keyAlias "upload"\n        keyPassword System.getenv("KEY_PASSWORD")\n    }\n}',
       rnd("gradle-ks", 18)),
    _S("openssl_password/pkcs12_passout",
       "openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -name api -passout pass:§",
       "P12-" + rnd("p12-1", 12)),
    _S("ssh_passphrase/ssh_keygen_N",
       "ssh-keygen -t ed25519 -C \"ci@acme\" -N '§' -f ~/.ssh/ci_ed25519",
       "blue-tractor-" + rnd("sshkg-1", 6, LOW)),
    _S("gpg_passphrase/batch_decrypt",
       "gpg --batch --yes --pinentry-mode loopback --passphrase '§' -d secrets.tar.gz.gpg | tar xz",
       "Gpg" + rnd("gpg-1", 16)),
    _S("htpasswd_password/b_flag",
       "sudo htpasswd -b -c /etc/nginx/.htpasswd admin §",
       "Monitor" + rnd("ht-1", 6, DIG) + "!"),
    _S("htpasswd_hash/apr1_line",
       "$ cat /etc/nginx/.htpasswd\nadmin:§",
       "$apr1$" + rnd("apr-salt", 8, AN + "./") + "$" + rnd("apr-hash", 22, AN + "./")),
    # ---------------- 2FA ----------------
    _S("totp_seed/otpauth_uri",
       "otpauth://totp/ACME:dana%40acme.io?secret=§&issuer=ACME&algorithm=SHA1&digits=6&period=30",
       rnd("totp-1", 32, B32)),
    _S("totp_seed/pyotp_constructor",
       'totp = pyotp.TOTP("§")\nprint(totp.now())',
       rnd("totp-2", 16, B32)),
    _S("recovery_codes/github_codes_file",
       "$ cat github-recovery-codes.txt\n§\n" + "\n".join(rnd(f"rc-{i}", 5, HEX) + "-" + rnd(f"rc2-{i}", 5, HEX) for i in range(7)),
       rnd("rc-first", 5, HEX) + "-" + rnd("rc-first2", 5, HEX)),
    # ---------------- k8s / CI / IaC ----------------
    _S("k8s_secret/data_base64",
       "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\ndata:\n  username: " + _b64("orders") + "\n  password: §",
       _b64("Ord3rs-" + rnd("k8s-pw", 12))),
    _S("k8s_secret/from_literal",
       "kubectl -n payments create secret generic api-creds --from-literal=username=svc --from-literal=password='§'",
       "Pay-" + rnd("k8s-lit", 14)),
    _S("terraform_tfvars/db_password",
       'region      = "eu-central-1"\ninstance    = "db.t3.medium"\ndb_password = "§"',
       "tf-" + rnd("tfvars-1", 20)),
    _S("ansible_become_pass/extra_vars",
       'ansible-playbook site.yml -i inventories/prod -e "ansible_become_pass=§"',
       "Become-" + rnd("ans-1", 10)),
    _S("ci_hardcoded_token/github_actions_env",
       "jobs:\n  scan:\n    runs-on: ubuntu-latest\n    env:\n      SONAR_TOKEN: §\n    steps:\n      - uses: actions/checkout@v4",
       "sq" + "u_" + rnd("sonar-1", 40, HEX)),
    _S("ci_token/circleci_header",
       'curl -s -H "Circle-Token: §" https://circleci.com/api/v2/project/gh/acme/web/pipeline',
       "CCIPAT_" + rnd("circle-a", 22) + "_" + rnd("circle-b", 40, HEX)),
    _S("docker_compose_env/postgres_password",
       "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: §",
       rnd("compose-1", 24)),
    # ---------------- app code / configs ----------------
    _S("spring_mail_password/application_properties",
       "spring.mail.host=smtp.office365.com\nspring.mail.username=noreply@acme.io\nspring.mail.password=§",
       "Mail" + rnd("spring-m", 10) + "#"),
    _S("dotnet_user_secret/cli_set",
       'dotnet user-secrets set "Jwt:SigningKey" "§" --project src/Api',
       rnd("dotnet-jwt", 64, B64A)),
    _S("js_pg_pool/password_option",
       "const pool = new Pool({ host: 'localhost', user: 'postgres', password: '§', database: 'app', port: 5432 });",
       rnd("pgpool-1", 16)),
    _S("ruby_octokit/access_token_kwarg",
       'client = Octokit::Client.new(access_token: "§")\nclient.repos("acme").each { |r| puts r.full_name }',
       "gh" + "o_" + rnd("gho-1", 36)),
    _S("flask_secret_key/config_py",
       "class ProductionConfig(Config):\n    DEBUG = False\n    SECRET_KEY = '§'\n    SQLALCHEMY_ECHO = False",
       rnd("flask-sk", 48, HEX)),
    _S("django_secret_key/settings",
       "SECRET_KEY = 'django-insecure-§'",
       rnd("dj-sk", 50, LOWN + "!@#%^&*(-_=+)")),
    _S("rails_master_key/file",
       "$ cat config/master.key\n§",
       rnd("rails-mk", 32, HEX)),
    _S("rclone_config/s3_secret",
       "[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = " + rnd("rcl-id", 20, UPN) + "\nsecret_access_key = §\nendpoint = s3.eu-central-1.wasabisys.com",
       rnd("rclone-1", 40, B64A)),
    _S("restic_password/env",
       "export RESTIC_REPOSITORY=s3:s3.amazonaws.com/acme-restic\nexport RESTIC_PASSWORD='§'\nrestic snapshots",
       "r3stic-" + rnd("restic-1", 14)),
    _S("borg_passphrase/env",
       "BORG_PASSPHRASE='§' borg create --stats ::'{hostname}-{now}' /srv/data",
       "moth-lantern-quiet-" + rnd("borg-1", 5, DIG)),
    # ---------------- tool-call JSON arguments ----------------
    _S("tool_call_apikey/camelcase",
       json.dumps({"tool": "weather.fetch", "arguments": {"city": "Oslo", "units": "metric", "apiKey": "§"}}),
       rnd("tc-apikey", 32, HEX)),
    _S("tool_call_access_token/snake_case",
       json.dumps({"name": "github_api", "arguments": {"endpoint": "/repos/acme/web/issues", "access_token": "§"}}),
       "gh" + "o_" + rnd("gho-2", 36)),
    _S("tool_call_client_secret/camelcase",
       json.dumps({"tool": "msgraph.auth", "arguments": {"clientId": _uuid("tc-cid"), "clientSecret": "§", "tenantId": _uuid("tc-tid")}}, indent=2),
       rnd("tc-cs-pre", 3, AN) + "8Q~" + rnd("tc-cs", 34, URLS)),
    _S("tool_call_pin/unlock",
       json.dumps({"name": "hsm_unlock", "arguments": {"slot": 0, "pin": "§"}}),
       rnd("tc-pin", 6, DIG)),
    _S("tool_call_passphrase/ssh_add",
       json.dumps({"name": "ssh_agent_add", "arguments": {"key_path": "~/.ssh/id_ed25519", "passphrase": "§"}}),
       "tiny-red-kite-" + rnd("tc-pp", 4, DIG)),
    _S("tool_call_password/nested_db_config",
       json.dumps({"name": "write_file", "arguments": {"path": "config/db.json", "content": json.dumps({"user": "app", "password": "§"}, indent=2)}}),
       "Wr1te" + rnd("tc-wf", 12)),
    # ---------------- nested encodings ----------------
    _S("nested_b64_json/env_blob",
       "DB_CONFIG_B64=§\n# decoded at startup: json.loads(base64.b64decode(os.environ['DB_CONFIG_B64']))",
       _B64JSON),
    _S("nested_escaped_json/tool_stdout",
       _NESTED.replace(_NESTED_PW, "§"),
       _NESTED_PW),
    _S("nested_json_escaped_chars/password_with_quote",
       '{"name": "set_env", "arguments": {"key": "SMTP_PASS", "value": "' + "§" + '"}}',
       _ESC_PW_J),
    _S("url_encoded_password/form_body",
       "POST /login HTTP/1.1\nHost: intranet.acme.io\nContent-Type: application/x-www-form-urlencoded\n\nusername=dana&password=§&remember=1",
       _FORM_PW),
    # ---------------- prose (several languages) ----------------
    _S("chat_password/en_jira",
       "my jira password is § — just log in as dkim and close OPS-412 for me",
       "Summer-Sales-" + rnd("chat-en", 4, DIG)),
    _S("chat_password/de_zugangsdaten",
       "Hier sind die Zugangsdaten für den Staging-Server: Benutzer deploy, Passwort §. Bitte nicht weitergeben.",
       "Hafen" + rnd("chat-de", 6, DIG) + "!Kiel"),
    _S("chat_password/fr_mot_de_passe",
       "Salut, le mot de passe de la base de test est § — tu peux lancer la migration ?",
       "Fromage" + rnd("chat-fr", 4, DIG) + "#Lyon"),
    _S("chat_password/es_contrasena",
       "La contraseña del panel de administración es § y el usuario es admin.",
       "Sevilla_" + rnd("chat-es", 8)),
    _S("chat_password/ja_password",
       "本番DBのパスワードは「§」です。作業が終わったら教えてください。",
       "Sakura" + rnd("chat-ja", 8)),
    _S("chat_password/zh_root",
       "服务器root密码：§，用完请改掉。",
       "Pd" + rnd("chat-zh", 12)),
    _S("chat_token/ru_telegram",
       "Токен бота: § — добавь его в .env и перезапусти сервис.",
       rnd("tg-ru-id", 10, DIG) + ":AA" + rnd("tg-ru", 33, URLS)),
    _S("chat_api_key/en_pasted_inline",
       "ok here's the datadog key the vendor gave us: § can you wire it into the helm chart?",
       rnd("chat-dd", 32, HEX)),
    # ---------------- PII ----------------
    _S("credit_card/visa_decline_log",
       "2024-03-11 10:41:07 WARN payments.charge declined card=" + _group(_CARD_V, (4, 4, 4, 4)) + " reason=insufficient_funds",
       _group(_CARD_V, (4, 4, 4, 4))),
    _S("credit_card/mastercard_json",
       json.dumps({"card": {"number": "§", "exp_month": 7, "exp_year": 2027, "cvc": rnd("cvc-1", 3, DIG)}, "amount": 4999}),
       _CARD_M),
    _S("credit_card/amex_csv",
       "name,card_number,exp\nJ. Doe,§,09/27\n",
       _group(_CARD_A, (4, 6, 5))),
    _S("us_ssn/form_text",
       "Applicant: Maria Lopez\nDOB: 1987-04-12\nSSN: §\nEmployer: Acme Corp",
       _ssn("ssn-1")),
    _S("iban/de_invoice_grouped",
       "Bitte überweisen Sie den Betrag bis zum 31.03. auf folgendes Konto: IBAN § (BIC COBADEFFXXX).",
       _group(_IBAN_DE, (4, 4, 4, 4, 4, 2))),
    _S("iban/gb_json",
       json.dumps({"beneficiary": "Acme Ltd", "iban": "§", "reference": "INV-2024-0311"}),
       _IBAN_GB),
    _S("uk_nino/hr_email",
       "Hi, for payroll I need your National Insurance number — mine on file is § but HR says it's wrong.",
       _nino("nino-1")),
    _S("email_password_dump/combo_list",
       "found this in the leaked paste, is our domain in it?\nalice.w@mailbox.example:§\nbob.k@mailbox.example:" + rnd("combo-2", 10) + "\n",
       "sunflower" + rnd("combo-1", 4, DIG)),
]

# ------------------------------------------------------------------------------------------------
_PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(random.Random("png-1").randrange(256) for _ in range(120))).decode()
_BAD_CARD = _not_luhn("4", 16, "nonluhn-1")

INNOCENT: list[Innocent] = [
    Innocent("git_sha/full_log", "commit " + rnd("sha-1", 40, HEX) + "\nAuthor: Dana Kim <dana@acme.io>\nDate:   Mon Mar 11 10:02:13 2024 +0100\n\n    Fix flaky retry test in payments client"),
    Innocent("git_sha/short_reset", "HEAD is now at " + rnd("sha-2", 7, HEX) + " Bump ruff to 0.3.2"),
    Innocent("git_sha/rebase_todo", "pick " + rnd("sha-3", 7, HEX) + " Add retries\npick " + rnd("sha-4", 7, HEX) + " Fix lint\nsquash " + rnd("sha-5", 7, HEX) + " wip"),
    Innocent("git_sha/merge_range", "Updating " + rnd("sha-6", 10, HEX) + ".." + rnd("sha-7", 10, HEX) + "\nFast-forward\n src/api/client.py | 14 +++++++++-----"),
    Innocent("uuid/request_id_log", "2024-03-11T10:22:01Z INFO request_id=" + _uuid("inn-uuid-1") + " method=GET path=/healthz status=200 dur_ms=3"),
    Innocent("uuid/json_resource", json.dumps({"id": _uuid("inn-uuid-2"), "name": "nightly-export", "status": "succeeded"})),
    Innocent("sha256/checksum_file", rnd("inn-sha256-1", 64, HEX) + "  dist/acme-cli-1.4.2-linux-amd64.tar.gz"),
    Innocent("docker_digest/dockerfile_from", "FROM python:3.12-slim@sha256:" + rnd("inn-dig-1", 64, HEX) + "\nRUN pip install --no-cache-dir -r requirements.txt"),
    Innocent("docker_digest/pull_output", "3.12-slim: Pulling from library/python\nDigest: sha256:" + rnd("inn-dig-2", 64, HEX) + "\nStatus: Downloaded newer image for python:3.12-slim"),
    Innocent("docker_container_id/ps", "CONTAINER ID   IMAGE          COMMAND                  STATUS\n" + rnd("inn-cid", 12, HEX) + "   postgres:16    \"docker-entrypoint.s…\"   Up 3 hours"),
    Innocent("base64_image/data_uri", '<img alt="logo" src="data:image/png;base64,' + _PNG + '">'),
    Innocent("npm_scoped/install", "npm install @types/node@20.11.5 @babel/core@7.24.0 @acme/ui-kit@3.1.0-beta.2 --save-dev"),
    Innocent("email/alone", "Contact: ops-team@acme.io (on-call rotation, weekdays 9-17 CET)"),
    Innocent("url_at_path/npm_package", "See https://www.npmjs.com/package/@angular/core and https://medium.com/@dkim/retry-budgets-7a1c for background."),
    Innocent("password_file_flag/docker_secret", "mysqld --user=mysql --password-file /run/secrets/db_password --datadir=/var/lib/mysql"),
    Innocent("env_ref/yaml_placeholder", "database:\n  host: ${DB_HOST}\n  user: ${DB_USER}\n  password: ${DB_PASSWORD}"),
    Innocent("env_ref/shell_url_vars", 'psql "postgresql://$PGUSER:$PGPASSWORD@$PGHOST:5432/app" -c "select 1"'),
    Innocent("env_ref/github_actions_secrets", "      - run: ./deploy.sh\n        env:\n          API_TOKEN: ${{ secrets.API_TOKEN }}\n          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}"),
    Innocent("env_ref/python_getenv", "api_key = os.environ['OPENAI_API_KEY']\nclient = OpenAI(api_key=api_key)"),
    Innocent("env_ref/k8s_secret_key_ref", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds\n        key: password"),
    Innocent("token_count/usage", '"usage": {"prompt_tokens": 1234, "completion_tokens": 88, "total_tokens": 1322}\ntoken_count: 1234'),
    Innocent("password_policy/prose", "The password must be at least 12 characters and include one digit; passwords are rotated every 90 days."),
    Innocent("keytool/list_no_password", "keytool -list -v -keystore release.jks -alias upload"),
    Innocent("mysql/prompt_flag", "mysql -u root -p -h 127.0.0.1 shop\nEnter password:"),
    Innocent("ssh_keygen/empty_passphrase", "ssh-keygen -t ed25519 -N '' -f /tmp/test_key -q"),
    Innocent("versions/pip_freeze", "numpy==1.26.4\npandas==2.2.1\ntorch==2.2.0+cu121\nurllib3==2.2.1\nPython 3.12.1"),
    Innocent("file_paths/listing", "/home/dev/.ssh/id_ed25519.pub\n/home/dev/.aws/config\n/etc/nginx/conf.d/default.conf\n./secrets/README.md"),
    Innocent("test_ids/pytest", "tests/test_api.py::test_login[case-" + rnd("inn-tid", 8, HEX) + "] PASSED\ntests/test_api.py::test_logout PASSED"),
    Innocent("css/colours", ".btn-primary { color: #1a2b3c; background: #ffcc00; border-color: #a3e4d7; }"),
    Innocent("non_luhn_number/order_ref", "Order number " + _group(_BAD_CARD, (4, 4, 4, 4)) + " shipped on 2024-03-09."),
    Innocent("timestamps/mixed", "created_at=2024-03-18T09:14:22.512Z updated=1710753262 ts_ns=1710753262512004231"),
    Innocent("cron/crontab", "*/15 * * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1\n0 3 * * 1 /usr/bin/certbot renew --quiet"),
    Innocent("lockfile_hash/package_lock", '"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-' + rnd("inn-int", 86, B64A) + '=="\n}'),
    Innocent("lockfile_hash/pip_hash", "requests==2.31.0 \\\n    --hash=sha256:" + rnd("inn-piphash", 64, HEX)),
    Innocent("lockfile_hash/go_sum", "github.com/stretchr/testify v1.9.0 h1:" + rnd("inn-gosum", 43, B64A) + "=\ngithub.com/stretchr/testify v1.9.0/go.mod h1:" + rnd("inn-gosum2", 43, B64A) + "="),
    Innocent("bearer_placeholder/redacted", "Authorization: Bearer <redacted>\nX-Api-Key: <YOUR_API_KEY>"),
    Innocent("bearer_placeholder/shell_var", 'curl -H "Authorization: Bearer $TOKEN" https://api.acme.io/v1/me'),
    Innocent("jwt_lookalike/java_package", "at com.acme.auth.token.JwtValidator.validate(JwtValidator.java:88)\nat org.springframework.security.oauth2.jwt.NimbusJwtDecoder.decode(NimbusJwtDecoder.java:153)"),
    Innocent("jwt_lookalike/format_doc", "A JWT has the form header.payload.signature, e.g. xxxxx.yyyyy.zzzzz — never log the real value."),
    Innocent("ssh_public_key/authorized_keys", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd("inn-sshpub", 43, B64A) + " dana@laptop"),
    Innocent("certificate/public_pem", "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE" + rnd("inn-cert", 44, B64A) + "\n" + rnd("inn-cert2", 64, B64A) + "\n-----END CERTIFICATE-----"),
    Innocent("password_masked/output", "Connecting with user=app password=******** host=db.internal"),
    Innocent("password_empty/ini", "[database]\nuser = app\npassword =\nhost = localhost"),
    Innocent("ip_ports/netstat", "tcp   0   0 10.0.3.17:5432   10.0.3.22:51544   ESTABLISHED\ntcp6  0   0 :::6379          :::*              LISTEN"),
    Innocent("sql/password_column", "ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';\nCREATE INDEX idx_users_email ON users(email);"),
    Innocent("code/password_function", "def check_password(password: str, hashed: bytes) -> bool:\n    return bcrypt.checkpw(password.encode(), hashed)"),
    Innocent("code/getpass", "password = getpass.getpass('DB password: ')\nconn = psycopg2.connect(host=host, user=user, password=password)"),
    Innocent("vault/kv_get_cmd", "vault kv get -field=password secret/data/prod/db\nvault token lookup"),
    Innocent("kubectl/get_secret_cmd", "kubectl get secret db-creds -n payments -o jsonpath='{.data.password}' | base64 -d"),
    Innocent("aws_arn/role", "arn:aws:iam::123456789012:role/deploy-ci\narn:aws:s3:::acme-logs/2024/03/*"),
    Innocent("s3_url/parquet", "s3://acme-data/events/dt=2024-03-11/part-00017-" + _uuid("inn-uuid-3") + ".snappy.parquet"),
    Innocent("etag/http_header", 'HTTP/1.1 200 OK\nETag: "' + rnd("inn-etag", 32, HEX) + '"\nCache-Control: max-age=3600'),
    Innocent("trace_context/traceparent", "traceparent: 00-" + rnd("inn-trace", 32, HEX) + "-" + rnd("inn-span", 16, HEX) + "-01"),
    Innocent("cookie/analytics_theme", "Cookie: _ga=GA1.2.1837264519.1710753262; theme=dark; lang=en-GB"),
    Innocent("webpack/chunk_hashes", "asset main." + rnd("inn-wp1", 20, HEX) + ".js 312 KiB [emitted] [immutable]\nasset vendors." + rnd("inn-wp2", 20, HEX) + ".js 1.2 MiB"),
    Innocent("k8s_pod_names/get_pods", "NAME                          READY   STATUS    RESTARTS\napi-7f9c6b5d8-xk4lp           1/1     Running   0\nworker-5c8d9f7b6-2mzqr        1/1     Running   2"),
    Innocent("placeholder/api_key_doc", "api_key: YOUR_API_KEY_HERE  # get one at https://dashboard.example.com/keys"),
    Innocent("placeholder/sk_ellipsis", "Your key looks like sk-...abcd; paste it into the settings dialog, not the chat."),
    Innocent("oauth/authorize_url", "https://accounts.google.com/o/oauth2/v2/auth?client_id=90412334-abc.apps.googleusercontent.com&response_type=code&scope=openid%20email&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcb"),
    Innocent("gcloud/key_file_flag", "gcloud auth activate-service-account --key-file=/secrets/sa.json"),
    Innocent("rsync/password_file_flag", "rsync -avz --password-file=/etc/rsync.secret ./dist/ backup@nas01::releases/"),
    Innocent("base64/plain_text", 'echo "SGVsbG8sIFdvcmxkIQ==" | base64 -d   # prints Hello, World!'),
    Innocent("hex/mac_addresses", "link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff\nwlan0: 3c:22:fb:9a:10:4e"),
    Innocent("numbers/invoice_ids", "Invoice INV-2024-000183, PO 4500012345, tracking 1Z999AA10123456784, amount 1,249.00 EUR"),
    Innocent("traceback/no_secret", 'Traceback (most recent call last):\n  File "/app/main.py", line 12, in <module>\n    main()\n  File "/app/main.py", line 8, in main\n    raise ValueError("token expired")\nValueError: token expired'),
    Innocent("semver/build_metadata", "Released acme-cli v2.14.0-rc.3+build." + rnd("inn-build", 7, HEX) + " (go1.22.1 linux/amd64)"),
    Innocent("random_ids/test_seed", "Using --randomly-seed=3141592653\nplatform linux -- Python 3.12.1, pytest-8.1.1, pluggy-1.4.0\nrootdir: /home/dev/acme"),
    Innocent("totp_code_prose/policy", "Enter the 6-digit code from your authenticator app. Codes rotate every 30 seconds."),
]
