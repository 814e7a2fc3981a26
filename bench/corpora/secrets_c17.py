"""Independent redactor test corpus c17.

Written Mon Dec  7 06:16:30 UTC 2026 by a helper that did not see the redactor, its rules, its tests
or any earlier corpus; built from general knowledge only.

Counts: 381 INNOCENT texts (must come back unchanged) and 119 SECRETS (the
`secret` substring must not survive redaction); 500 unique ids of the form
"<innocent|secret>/<setting>/<language>/<nnn>".

Settings (innocent): git-log, sha256sum, lockfile (npm/yarn/pnpm sha512, pip
--hash, poetry, Cargo.lock, go.sum), docker, ids (UUID/ULID/KSUID), log
(request/trace/span ids), aws, gcp, azure, k8s, pubkey (ssh-ed25519/rsa, PGP,
SPKI, JWKS, age recipient), cert, crypto (public addresses/tx hashes), base64
(PNG/font/configmap/protobuf/CSV), minified (JS/CSS/source maps/SRI),
placeholder (documented examples, ${VAR}, <your-key>, changeme, xxxx),
code (reading from env/vault/keyring), masked, policy, rotation, reference
(orders/invoices/tracking/tickets), iban-like (bad checksums), misc (phones,
postcodes, dates, versions, ports, IPs, MACs), serial, barcode (valid EAN-13/
ISBN/UPC check digits), vin (valid check digit), travel (PNR/flights), medical
(ICD-10/LOINC/SNOMED), chem (CAS), geo, colour, url (YouTube/Docs/short
links), oauth (state/code_challenge/CSRF field names), 2fa (instructions only),
wordsense (pin/token/key/secret/password-as-label), http, ci, sheet, support,
mail, tool-call, thought, diff, doc.
Settings (secret): env, chat, config, shell, ci, code, http, file (PEM/OpenSSH/
GCP service-account/age keys), form, tool-call, log, support, doc, diff, k8s,
sheet, thought.  Secrets include cloud/API keys of many vendors, private keys,
JWT/bearer/session cookies, DB URLs, passwords in chat/forms/configs, TOTP
seeds, recovery and OTP codes, card numbers, wallet keys/seed phrase.
Bcrypt/argon hashes were deliberately left out (ambiguous).

Languages (27): en plus ar, cs, da, de, el, es, fi, fr, he, hi, hu, id, it,
ja, ko, nl, no, pl, pt, ro, ru, sv, tr, uk, vi, zh.

All generated values come from one random.Random(20261207); standard library
only (Python 3.11).  Run this file directly for the self-check.
"""
from typing import NamedTuple
import base64
import hashlib
import json
import random
import string
import struct
import zlib


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
# one seeded generator for every generated value
# ---------------------------------------------------------------------------
_R = random.Random(20261207)

ALNUM = string.ascii_letters + string.digits
UPPER_DIG = string.ascii_uppercase + string.digits
HEXD = "0123456789abcdef"
B64U = ALNUM + "-_"
B64S = ALNUM + "+/"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rs(n, alpha=ALNUM):
    return "".join(_R.choice(alpha) for _ in range(n))


def hx(n):
    return rs(n, HEXD)


def HX(n):
    return hx(n).upper()


def dg(n):
    return rs(n, string.digits)


def rb(n):
    return bytes(_R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rb(n)).decode()


def b64u(n):
    return base64.urlsafe_b64encode(rb(n)).decode().rstrip("=")


def uuid4():
    h = hx(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_R.choice('89ab')}{h[17:20]}-{h[20:]}"


def ulid():
    return "01J" + rs(23, CROCK)


def ksuid():
    return "2" + rs(26, ALNUM)


def pem_body(nbytes, width=64):
    s = b64(nbytes)
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def ean13(prefix=""):
    body = prefix + dg(12 - len(prefix))
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def luhn_complete(body):
    digits = [int(c) for c in body + "0"]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


_VIN_T = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(wmi):
    v = list(wmi + rs(5, VIN_CH) + "0" + rs(1, "LMNPRST") + rs(1, UPPER_DIG.replace("I", "").replace("O", "").replace("Q", "")) + dg(6))
    c = sum(_VIN_T[ch] * w for ch, w in zip(v, _VIN_W)) % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def iban_bad(cc, nd):
    bban = dg(nd)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    good = 98 - int(num) % 97
    bad = (good + _R.randint(1, 90)) % 97 + 2
    if bad == good:
        bad = (good % 97) + 1
    return f"{cc}{bad:02d}{bban}"


def png_b64(w=4, h=4):
    raw = b"".join(b"\x00" + rb(w * 3) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return base64.b64encode(png).decode()


def ssh_ed25519_pub():
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rb(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def fp_colon(n):
    return ":".join(HX(2) for _ in range(n))


def jwt(payload):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{p}.{b64u(32)}"


def human_pw():
    words = ["Sommer", "blue", "Tiger", "kaffee", "Nebula", "river", "Falcon", "mango", "Orbit", "velvet",
             "Pinguin", "cactus", "Zephyr", "lemon", "Rocket", "amber", "Gitane", "nuage", "Lobo", "sakura"]
    sym = "!#$%&*?@+-_"
    return _R.choice(words) + _R.choice(words).lower() + dg(_R.randint(2, 4)) + _R.choice(sym) + rs(2, string.ascii_uppercase)


def strong_pw(n=20):
    return rs(n, ALNUM + "!#%^*-_=+") + _R.choice("!#%") + dg(1)


_counter: dict[str, int] = {}


def _mkid(kind, setting, lang):
    key = f"{kind}/{setting}/{lang}"
    _counter[key] = _counter.get(key, 0) + 1
    return f"{key}/{_counter[key]:03d}"


def I(setting, lang, text):
    INNOCENT.append(Innocent(_mkid("innocent", setting, lang), text))


def S(setting, lang, text, secret):
    SECRETS.append(Secret(_mkid("secret", setting, lang), text, secret))


# ===========================================================================
# INNOCENT
# ===========================================================================

# --- git logs --------------------------------------------------------------
_commit_msgs = [
    ("en", "fix(auth): rotate signing key loader to read from KMS instead of disk"),
    ("en", "chore(deps): bump lodash from 4.17.20 to 4.17.21"),
    ("de", "Tippfehler in der Fehlermeldung für abgelaufene Tokens behoben"),
    ("fr", "Ajoute la validation du champ mot de passe (longueur minimale 12)"),
    ("es", "Corrige el cálculo del IVA en facturas rectificativas"),
    ("ja", "ログイン画面のパスワード入力欄にマスク表示を追加"),
    ("zh", "修复：密钥轮换任务在时区切换时重复执行的问题"),
    ("pt", "Remove segredo hardcoded e passa a ler de variável de ambiente"),
    ("ru", "Исправлена утечка памяти в пуле соединений"),
    ("pl", "Dodano testy dla parsera numerów faktur"),
    ("nl", "Sleutelrotatie gedocumenteerd in de runbook"),
    ("ko", "토큰 만료 시간 계산 오류 수정"),
]
for lang, msg in _commit_msgs:
    full = hx(40)
    a1, a2 = hx(7), hx(7)
    tpl = _R.choice([
        f"commit {full}\nMerge: {a1} {a2}\nAuthor: Dana Ortiz <dana.ortiz@example.org>\nDate:   Tue Mar 4 10:{_R.randint(10,59)}:0{_R.randint(0,9)} 2025 +0100\n\n    {msg}\n",
        f"commit {full} (HEAD -> main, origin/main)\nAuthor: ci-bot <ci@example.com>\nDate:   Fri Nov 14 08:02:11 2025 +0000\n\n    {msg}\n\n    Reviewed-on: https://git.example.com/platform/api/pulls/{_R.randint(100,9999)}\n    Change-Id: I{hx(40)}\n",
        f"{hx(7)} {msg}\n{hx(7)} Merge pull request #{_R.randint(100,9999)} from feature/cleanup\n{hx(7)} docs: update CHANGELOG for v{_R.randint(1,5)}.{_R.randint(0,20)}.{_R.randint(0,9)}\n",
    ])
    I("git-log", lang, tpl)

I("git-log", "en", f"$ git rev-parse HEAD\n{hx(40)}\n$ git describe --tags\nv2.14.0-37-g{hx(7)}\n")
I("git-log", "en", f"$ git reflog -3\n{hx(7)} HEAD@{{0}}: rebase (finish): returning to refs/heads/feat/secret-scanner\n{hx(7)} HEAD@{{1}}: rebase (pick): add key rotation docs\n{hx(7)} HEAD@{{2}}: checkout: moving from main to feat/secret-scanner\n")
I("git-log", "en", f"$ git cherry-pick {hx(40)}\n[release/3.2 {hx(7)}] fix: don't log Authorization header\n Date: Wed Jan 8 14:22:51 2025 +0000\n 2 files changed, 9 insertions(+), 3 deletions(-)\n")

# --- checksums -------------------------------------------------------------
for lang, fname in [("en", "node-v20.11.1-linux-x64.tar.xz"), ("en", "ubuntu-24.04.1-live-server-amd64.iso"),
                    ("en", "terraform_1.9.5_linux_amd64.zip"), ("de", "backup-2025-03-01.tar.zst")]:
    I("sha256sum", lang, f"$ sha256sum {fname}\n{hx(64)}  {fname}\n")
I("sha256sum", "en", "".join(f"{hx(64)}  dist/{n}\n" for n in ["app-1.4.2-amd64.deb", "app-1.4.2-arm64.deb", "app-1.4.2.tar.gz"]))
I("sha256sum", "en", f"$ md5sum report_q3.pdf\n{hx(32)}  report_q3.pdf\n$ sha1sum report_q3.pdf\n{hx(40)}  report_q3.pdf\n")
I("sha256sum", "fr", f"Vérifiez l'intégrité de l'archive avant de l'installer :\n\n    shasum -a 256 outil-3.1.0.pkg\n    # attendu : {hx(64)}\n")
I("sha256sum", "es", f"Suma MD5 del archivo subido: {hx(32)} (coincide con la del servidor, la transferencia está bien).")
I("sha256sum", "en", f"Get-FileHash .\\setup.exe -Algorithm SHA256\n\nAlgorithm       Hash                                                                   Path\n---------       ----                                                                   ----\nSHA256          {HX(64)}       C:\\Users\\build\\Downloads\\setup.exe\n")

# --- lockfiles -------------------------------------------------------------
for pkg, ver in [("react-dom", "18.3.1"), ("@babel/core", "7.24.5"), ("esbuild", "0.21.4"), ("zod", "3.23.8"), ("typescript", "5.4.5")]:
    name = pkg.split("/")[-1]
    I("lockfile", "en", json.dumps({f"node_modules/{pkg}": {"version": ver, "resolved": f"https://registry.npmjs.org/{pkg}/-/{name}-{ver}.tgz", "integrity": "sha512-" + b64(64), "dev": True}}, indent=2))
I("lockfile", "en", f"# yarn lockfile v1\n\n\"chalk@^4.1.0\":\n  version \"4.1.2\"\n  resolved \"https://registry.yarnpkg.com/chalk/-/chalk-4.1.2.tgz#{hx(40)}\"\n  integrity sha512-{b64(64)}\n")
for pkg, ver in [("requests", "2.32.3"), ("urllib3", "2.2.2"), ("cryptography", "43.0.1")]:
    I("lockfile", "en", f"{pkg}=={ver} \\\n    --hash=sha256:{hx(64)} \\\n    --hash=sha256:{hx(64)}\n")
I("lockfile", "en", f"[[package]]\nname = \"certifi\"\nversion = \"2024.8.30\"\nfiles = [\n    {{file = \"certifi-2024.8.30-py3-none-any.whl\", hash = \"sha256:{hx(64)}\"}},\n]\n")
for crate, ver in [("serde", "1.0.210"), ("tokio", "1.40.0"), ("ring", "0.17.8")]:
    I("lockfile", "en", f"[[package]]\nname = \"{crate}\"\nversion = \"{ver}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{hx(64)}\"\n")
for mod, ver in [("github.com/google/uuid", "v1.6.0"), ("golang.org/x/crypto", "v0.27.0"), ("github.com/spf13/cobra", "v1.8.1")]:
    I("lockfile", "en", f"{mod} {ver} h1:{b64(32)}\n{mod} {ver}/go.mod h1:{b64(32)}\n")
I("lockfile", "en", f"  /@types/node@20.14.2:\n    resolution: {{integrity: sha512-{b64(64)}}}\n    dependencies:\n      undici-types: 5.26.5\n")

# --- docker ---------------------------------------------------------------
I("docker", "en", f"$ docker pull nginx:1.27-alpine\n1.27-alpine: Pulling from library/nginx\nDigest: sha256:{hx(64)}\nStatus: Downloaded newer image for nginx:1.27-alpine\n")
I("docker", "en", "$ docker ps\nCONTAINER ID   IMAGE                 COMMAND                  CREATED        STATUS        PORTS                    NAMES\n"
  + "".join(f"{hx(12)}   {img:<20}  \"{cmd}\"   {h} hours ago    Up {h} hours   {port}   {nm}\n" for img, cmd, h, port, nm in
            [("postgres:16", "docker-entrypoint.s…", 3, "0.0.0.0:5432->5432/tcp", "db"), ("redis:7", "docker-entrypoint.s…", 3, "6379/tcp", "cache"), ("app:dev", "/usr/local/bin/app", 1, "0.0.0.0:8080->8080/tcp", "api")]))
I("docker", "en", f"FROM python:3.12-slim@sha256:{hx(64)}\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n")
I("docker", "en", f"$ docker images --digests\nREPOSITORY          TAG      DIGEST                                                                    IMAGE ID       SIZE\nghcr.io/acme/api    1.8.0    sha256:{hx(64)}   {hx(12)}   142MB\n")
I("docker", "en", f"$ docker inspect --format '{{{{.Id}}}}' api\n{hx(64)}\n")
I("docker", "de", f"Der Container {hx(12)} startet ständig neu (Exit-Code 137). Vermutlich OOM – das Limit liegt bei 512 MiB.")
I("docker", "en", f"image: registry.k8s.io/ingress-nginx/controller:v1.11.2@sha256:{hx(64)}")
I("docker", "en", f"#12 exporting to image\n#12 exporting layers 2.1s done\n#12 writing image sha256:{hx(64)} done\n#12 naming to docker.io/library/web:latest done\n")

# --- UUID / ULID / KSUID ---------------------------------------------------
I("ids", "en", f"SELECT * FROM orders WHERE customer_id = '{uuid4()}' ORDER BY created_at DESC LIMIT 20;")
I("ids", "en", json.dumps({"id": ulid(), "type": "invoice.created", "created": 1733558400, "data": {"invoice_id": ulid()}}))
I("ids", "en", f"segment event id: {ksuid()}\nnext cursor: {ksuid()}")
I("ids", "de", f"Bitte die Vorgangs-ID {uuid4()} im Ticket angeben, sonst finden wir den Export nicht.")
I("ids", "fr", f"L'identifiant du document est {uuid4()} ; il apparaît aussi dans l'URL de partage.")
I("ids", "en", f"$ uuidgen\n{uuid4().upper()}\n")
I("ids", "en", f"INSERT INTO users (id, email, created_at) VALUES\n  ('{uuid4()}', 'ana@example.com', now()),\n  ('{uuid4()}', 'li@example.com', now());")
I("ids", "ja", f"ジョブID {ulid()} が失敗しました。再実行してください。")
I("ids", "en", f"migration 20250301_{hx(12)}_add_index applied")
I("ids", "es", f"El paquete tiene el identificador {uuid4()} y todavía está en cola.")

# --- request / trace ids in logs ------------------------------------------
for _ in range(4):
    I("log", "en", f"{2025}-0{_R.randint(1,9)}-1{_R.randint(0,9)}T0{_R.randint(0,9)}:{_R.randint(10,59)}:{_R.randint(10,59)}.{dg(3)}Z INFO  http request_id={uuid4()} method=GET path=/api/v1/orders status=200 duration_ms={_R.randint(3,900)}")
I("log", "en", f"traceparent: 00-{hx(32)}-{hx(16)}-01")
I("log", "en", json.dumps({"level": "error", "msg": "upstream timeout", "trace_id": hx(32), "span_id": hx(16), "correlation_id": uuid4(), "service": "checkout"}))
I("log", "en", f"X-Amzn-Trace-Id: Root=1-{hx(8)}-{hx(24)};Parent={hx(16)};Sampled=1")
I("log", "en", f"ERROR [req:{hx(8)}-{hx(4)}] payment provider returned 502 (x-request-id: {rs(20, UPPER_DIG)})")
I("log", "en", f"x-amz-request-id: {rs(16, UPPER_DIG)}\nx-amz-id-2: {b64(57)}")
I("log", "pt", f"O erro ocorreu na requisição {uuid4()}; o trace completo está no Jaeger com o id {hx(32)}.")
I("log", "ru", f"Ошибка 500, идентификатор запроса: {hx(32)}. Передайте его в поддержку.")
I("log", "en", f"cf-ray: {hx(16)}-FRA\nserver: cloudflare")
I("log", "en", f"sentry event {hx(32)} grouped into issue PROJ-{_R.randint(100,999)}{rs(1,string.ascii_uppercase)}")

# --- AWS -------------------------------------------------------------------
acct = dg(12)
I("aws", "en", f"arn:aws:iam::{acct}:role/service-role/lambda-orders-exec")
I("aws", "en", json.dumps({"UserId": "AIDA" + rs(17, UPPER_DIG), "Account": acct, "Arn": f"arn:aws:iam::{acct}:user/deploy-bot"}, indent=4))
I("aws", "en", f"$ aws ec2 describe-instances --query 'Reservations[].Instances[].InstanceId'\n[\n    \"i-0{hx(16)}\",\n    \"i-0{hx(16)}\"\n]\n")
I("aws", "en", f"resource \"aws_instance\" \"web\" {{\n  ami                    = \"ami-0{hx(16)}\"\n  instance_type          = \"t3.micro\"\n  subnet_id              = \"subnet-0{hx(16)}\"\n  vpc_security_group_ids = [\"sg-0{hx(16)}\"]\n}}\n")
I("aws", "en", f"Volume vol-0{hx(16)} is attached to i-0{hx(16)} as /dev/xvdf (gp3, 200 GiB).")
I("aws", "en", f"arn:aws:s3:::acme-prod-logs/AWSLogs/{acct}/elasticloadbalancing/eu-west-1/")
I("aws", "en", f"arn:aws:secretsmanager:eu-central-1:{acct}:secret:prod/db/password-{rs(6)}")
I("aws", "de", f"Die KMS-Schlüssel-ARN lautet arn:aws:kms:eu-central-1:{acct}:key/{uuid4()} – bitte in der Policy eintragen.")
I("aws", "en", f"{{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{{\n    \"Effect\": \"Allow\",\n    \"Principal\": {{\"AWS\": \"arn:aws:iam::{dg(12)}:root\"}},\n    \"Action\": \"sts:AssumeRole\",\n    \"Condition\": {{\"StringEquals\": {{\"sts:ExternalId\": \"acme-partner-integration\"}}}}\n  }}]\n}}")
I("aws", "en", f"CloudFormation stack arn:aws:cloudformation:us-east-1:{acct}:stack/network/{uuid4()} UPDATE_COMPLETE")
I("aws", "en", f"vpc-{hx(17)}  10.20.0.0/16  available\nigw-{hx(17)}  attached\nrtb-{hx(17)}  main")
I("aws", "es", f"La instancia i-0{hx(16)} está en la cuenta {acct}, región sa-east-1.")

# --- GCP / Azure -----------------------------------------------------------
I("gcp", "en", f"Project name: acme-analytics\nProject ID: acme-analytics-{dg(6)}\nProject number: {dg(12)}")
I("gcp", "en", f"serviceAccount: {dg(12)}-compute@developer.gserviceaccount.com")
I("gcp", "en", json.dumps({"type": "service_account", "project_id": "acme-prod", "client_email": "ci-deployer@acme-prod.iam.gserviceaccount.com", "client_id": dg(21), "note": "private key is stored in Secret Manager, not in this file"}, indent=2))
I("gcp", "en", f"gcloud compute instances list --project=acme-prod\nNAME       ZONE            MACHINE_TYPE  STATUS\nworker-1   europe-west4-a  e2-standard-4 RUNNING\n# instance id {dg(19)}")
I("azure", "en", f"az account show\n{{\n  \"id\": \"{uuid4()}\",\n  \"name\": \"Pay-As-You-Go\",\n  \"tenantId\": \"{uuid4()}\",\n  \"state\": \"Enabled\"\n}}")
I("azure", "en", f"/subscriptions/{uuid4()}/resourceGroups/rg-prod-weu/providers/Microsoft.Web/sites/acme-api")
I("azure", "nl", f"De tenant-ID is {uuid4()} en de client-ID van de app-registratie is {uuid4()}; het clientgeheim staat in Key Vault.")
I("azure", "en", f"AADSTS700016: Application with identifier '{uuid4()}' was not found in the directory '{uuid4()}'.\nTrace ID: {uuid4()}\nCorrelation ID: {uuid4()}\nTimestamp: 2025-02-11 09:14:27Z")

# --- Kubernetes ------------------------------------------------------------
I("k8s", "en", f"apiVersion: v1\nkind: Pod\nmetadata:\n  name: api-7d9f8c6b5d-{rs(5, string.ascii_lowercase + string.digits)}\n  namespace: prod\n  uid: {uuid4()}\n  resourceVersion: \"{dg(8)}\"\n  ownerReferences:\n  - kind: ReplicaSet\n    name: api-7d9f8c6b5d\n    uid: {uuid4()}\n")
I("k8s", "en", f"$ kubectl get events -n prod\nLAST SEEN   TYPE      REASON    OBJECT                           MESSAGE\n2m          Warning   BackOff   pod/api-7d9f8c6b5d-{rs(5, string.ascii_lowercase)}   Back-off restarting failed container\n")
I("k8s", "en", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: app\n    env:\n    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: db-credentials\n          key: password\n")
I("k8s", "en", f"$ kubectl get secret db-credentials -o yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\n  uid: {uuid4()}\ntype: Opaque\ndata: {{}}\n# values omitted in this paste\n")
I("k8s", "en", f"containerID: containerd://{hx(64)}\nimageID: docker.io/library/redis@sha256:{hx(64)}")
I("k8s", "de", f"Der Node ip-10-0-{_R.randint(1,254)}-{_R.randint(1,254)}.eu-central-1.compute.internal hat providerID aws:///eu-central-1a/i-0{hx(16)}.")

# --- public keys -----------------------------------------------------------
for who in ["alice@laptop", "deploy@ci", "jmartin@workstation"]:
    I("pubkey", "en", f"{ssh_ed25519_pub()} {who}")
I("pubkey", "en", f"$ cat ~/.ssh/authorized_keys\n{ssh_ed25519_pub()} ops@bastion\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{b64(380)} backup@nas\n")
I("pubkey", "en", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBF" + pem_body(520) + "\n=" + b64(3) + "\n-----END PGP PUBLIC KEY BLOCK-----\n")
I("pubkey", "en", "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + pem_body(230) + "\n-----END PUBLIC KEY-----\n")
for _ in range(2):
    I("pubkey", "en", json.dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": hx(40), "alg": "RS256", "n": b64u(256), "e": "AQAB"}]}, indent=2))
I("pubkey", "en", json.dumps({"kty": "EC", "crv": "P-256", "kid": uuid4(), "x": b64u(32), "y": b64u(32), "use": "sig"}))
I("pubkey", "de", f"Hier mein öffentlicher Schlüssel für den Server, bitte in authorized_keys eintragen:\n{ssh_ed25519_pub()} mara@thinkpad")
I("pubkey", "en", f"age recipient: age1{rs(58, BECH)}\n(This is the public recipient; the identity file stays on the YubiKey.)")
I("pubkey", "en", f"The key's randomart image is:\nSHA256:{b64(32).rstrip('=')} user@host\n+--[ED25519 256]--+\n|      .o+*=.     |\n|       o=B+o     |\n+----[SHA256]-----+")

# --- certificates ---------------------------------------------------------
I("cert", "en", f"SHA256 Fingerprint={fp_colon(32)}")
I("cert", "en", f"Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            {':'.join(hx(2) for _ in range(16))}\n        Signature Algorithm: sha256WithRSAEncryption\n        Issuer: C = US, O = Let's Encrypt, CN = R11\n        Validity\n            Not Before: Oct  1 00:00:00 2025 GMT\n            Not After : Dec 30 23:59:59 2025 GMT\n        Subject: CN = api.example.com\n")
I("cert", "en", f"pin-sha256=\"{b64(32)}\"; pin-sha256=\"{b64(32)}\"; max-age=5184000")
I("cert", "fr", f"Empreinte SHA-1 du certificat : {fp_colon(20)} — comparez-la avec celle affichée par le navigateur.")
I("cert", "en", f"thumbprint: {HX(40)}\nsubject: CN=*.corp.example.net\nexpires: 2026-07-01")
I("cert", "en", "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE" + pem_body(700) + "\n-----END CERTIFICATE-----\n")

# --- crypto public ---------------------------------------------------------
I("crypto", "en", f"Send the refund to 0x{hx(40)} (that's my public wallet address, not a key).")
I("crypto", "en", f"tx 0x{hx(64)} confirmed in block {_R.randint(19000000, 21000000)}")
I("crypto", "en", f"Donations: bc1q{rs(38, BECH)}")
I("crypto", "de", f"Die Transaktion {hx(64)} hat 6 Bestätigungen.")
I("crypto", "en", f"Solana program id: {rs(44, B58)}")
I("crypto", "es", f"Mi dirección pública de Ethereum es 0x{hx(40)}; la clave privada nunca la comparto.")

# --- base64 of non-secret data ---------------------------------------------
I("base64", "en", f"<img alt=\"logo\" src=\"data:image/png;base64,{png_b64(6, 6)}\" />")
I("base64", "en", f".icon {{ background-image: url(data:image/png;base64,{png_b64(3, 3)}); }}")
_cfg = json.dumps({"theme": "dark", "locale": "de-DE", "features": ["export", "beta-charts"], "pageSize": 50})
I("base64", "en", f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ui-settings\nbinaryData:\n  settings.json: {base64.b64encode(_cfg.encode()).decode()}\n")
I("base64", "en", f"$ echo '{base64.b64encode(b'hello world from the build server').decode()}' | base64 -d\nhello world from the build server")
I("base64", "en", f"grpc-status-details-bin: {base64.b64encode(bytes([8, 5, 18, 14]) + b'user not found').decode()}")
_pb = base64.b64encode(bytes([0x0a, 0x06]) + b'Berlin' + bytes([0x10, 0x96, 0x01, 0x1a, 0x03]) + b'EUR').decode()
I("base64", "en", f"protobuf payload (base64): {_pb}")
_csv = "date,item,qty\n2025-01-02,widget,3\n2025-01-03,gadget,1\n"
I("base64", "en", json.dumps({"filename": "items.csv", "mimeType": "text/csv", "content": base64.b64encode(_csv.encode()).decode()}))
_sig = base64.b64encode("Cordialement,\nÉquipe Support — Lyon\n".encode()).decode()
I("base64", "fr", f"Voici la signature de l'e-mail en pièce jointe encodée : Content-Transfer-Encoding: base64\n\n{_sig}")
I("base64", "en", f"@font-face {{ font-family: 'Glyph'; src: url(data:font/woff2;base64,d09GMgABAAAAA{b64(120)}) format('woff2'); }}")

# --- minified js / css / sourcemaps ----------------------------------------
I("minified", "en", '!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).dayjs=t()}(this,(function(){"use strict";var e=1e3,t=6e4,n=36e5,r="millisecond",i="second",s="minute",u="hour",a="day",o="week",c="month",f="quarter",h="year",d="date",l="Invalid Date";return function(){}}));')
I("minified", "en", f'var a="{hx(8)}",b=function(n){{return n.split("").map(function(c){{return c.charCodeAt(0).toString(16)}}).join("")}};window.__BUILD_ID__="{rs(21, B64U)}";')
I("minified", "en", ".btn{display:inline-flex;align-items:center;padding:.5rem 1rem;border-radius:.375rem;background:#4f46e5;color:#fff}.btn:hover{background:#4338ca}.card{box-shadow:0 1px 3px rgba(0,0,0,.1)}")
_maps = ";".join(",".join(rs(4, "ACEGIKMOQSUWYacegikmoqsuwy") for _ in range(_R.randint(2, 6))) for _ in range(8))
I("minified", "en", json.dumps({"version": 3, "file": "main.js", "sources": ["../src/index.ts", "../src/api.ts"], "names": ["fetchOrders", "token", "key"], "mappings": _maps}))
I("minified", "en", f"//# sourceMappingURL=main.{hx(8)}.js.map\n<script src=\"/_next/static/chunks/pages/_app-{hx(16)}.js\" defer></script>")
I("minified", "en", f"<script type=\"module\" crossorigin src=\"/assets/index-{rs(8, B64U)}.js\" integrity=\"sha384-{b64(48)}\"></script>")

# --- placeholders / templates ----------------------------------------------
I("placeholder", "en", "# .env.example\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nOPENAI_API_KEY=<your-key>\nSESSION_SECRET=changeme\n")
I("placeholder", "en", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nexport AWS_DEFAULT_REGION=us-west-2\n# values above are the documented AWS examples")
I("placeholder", "en", "curl https://api.example.com/v1/items \\\n  -H \"Authorization: Bearer $API_TOKEN\" \\\n  -H \"Content-Type: application/json\"")
I("placeholder", "en", "docker run -e POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?set it in .env} -p 5432:5432 postgres:16")
I("placeholder", "en", "api_key: \"{{ vault_api_key }}\"\ndb_password: \"{{ lookup('env', 'DB_PASSWORD') }}\"")
I("placeholder", "en", "Replace YOUR_API_KEY_HERE with the key from the dashboard, e.g.\n\n    client = Client(api_key=\"YOUR_API_KEY_HERE\")")
I("placeholder", "de", "In der config.yml bitte `password: <dein-passwort>` durch dein echtes Passwort ersetzen und die Datei NICHT committen.")
I("placeholder", "fr", "Dans le fichier modèle, laissez `SECRET_KEY=à-remplacer` : le script d'installation génère une vraie valeur.")
I("placeholder", "en", "- name: Deploy\n  env:\n    NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n    AWS_ROLE_ARN: ${{ vars.AWS_ROLE_ARN }}\n  run: npm publish")
I("placeholder", "en", "spring.datasource.password=${DB_PASSWORD}\nspring.datasource.username=${DB_USER:app}")
I("placeholder", "en", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # placeholder, generate your own under Settings > Developer settings")
I("placeholder", "es", "Copia `.env.ejemplo` a `.env` y rellena `API_KEY=` con tu clave. No subas el `.env` al repositorio.")
I("placeholder", "en", "password: \"********\"  # redacted in docs")
I("placeholder", "en", "mysql -u root -p\nEnter password: \nWelcome to the MySQL monitor.  Commands end with ; or \\g.")
I("placeholder", "en", "Authorization: Basic <base64(username:password)>")
I("placeholder", "ja", "`.env` の `API_KEY=your-api-key-here` を実際のキーに置き換えてください。")

# --- code reading secrets without values -----------------------------------
I("code", "en", "import os\n\napi_key = os.environ[\"OPENAI_API_KEY\"]\nif not api_key:\n    raise RuntimeError(\"OPENAI_API_KEY is not set\")\n")
I("code", "en", "token := os.Getenv(\"GITHUB_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"missing GITHUB_TOKEN\")\n}\nclient := github.NewClient(nil).WithAuthToken(token)\n")
I("code", "en", "const secret = process.env.JWT_SECRET ?? (() => { throw new Error('JWT_SECRET missing'); })();\nexport const sign = (p) => jwt.sign(p, secret, { expiresIn: '15m' });")
I("code", "en", "let password = std::env::var(\"DB_PASSWORD\").expect(\"DB_PASSWORD must be set\");")
I("code", "en", "client = hvac.Client(url=os.environ['VAULT_ADDR'], token=os.environ['VAULT_TOKEN'])\nsecret = client.secrets.kv.v2.read_secret_version(path='payments/stripe')['data']['data']['api_key']")
I("code", "en", "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = aws_secretsmanager_secret.db.id\n}\n\nlocals {\n  db_password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)[\"password\"]\n}")
I("code", "en", "@Value(\"${payment.api-key}\")\nprivate String apiKey;")
I("code", "en", "read -rsp 'Password: ' PASSWORD; echo\ncurl -u \"admin:$PASSWORD\" https://jenkins.local/api/json")
I("code", "de", "# Passwort wird aus dem Schlüsselbund gelesen, nie im Klartext gespeichert\npassword = keyring.get_password(\"smtp\", benutzer)")
I("code", "en", "def check_password(stored_hash: bytes, candidate: str) -> bool:\n    return hmac.compare_digest(stored_hash, hashlib.scrypt(candidate.encode(), salt=SALT, n=2**14, r=8, p=1))")
I("code", "en", "kubectl create secret generic db-credentials \\\n  --from-literal=username=app \\\n  --from-literal=password=\"$(pass show prod/db)\"")
I("code", "en", "SECRET_KEY = env(\"DJANGO_SECRET_KEY\")\nALLOWED_HOSTS = env.list(\"ALLOWED_HOSTS\", default=[\"localhost\"])")
I("code", "pt", "// a chave é injetada pelo pipeline; nunca faça commit dela\nconst chave = Deno.env.get(\"CHAVE_API\");")
I("code", "en", "op read \"op://Private/GitHub/token\" | gh auth login --with-token")

# --- masked values ---------------------------------------------------------
I("masked", "en", f"Card ending in ****{dg(4)} was charged €42.00.")
I("masked", "en", f"Using API key sk-...{rs(4, string.ascii_lowercase + string.digits)} (project: research)")
I("masked", "en", "Run npm publish\n  NODE_AUTH_TOKEN: ***\nnpm notice Publishing to https://registry.npmjs.org/ with tag latest")
I("masked", "de", f"Ihre IBAN DE** **** **** **** **{dg(2)} {dg(2)} wurde gespeichert.")
I("masked", "en", f"Active tokens:\n  ghp_****************************{rs(4)}  created 2025-01-10  scopes: repo\n")
I("masked", "fr", f"Votre mot de passe a été modifié. Clé API actuelle : pk_live_••••••••{rs(4)}")
I("masked", "en", "DATABASE_URL=postgres://app:[REDACTED]@db.internal:5432/app")
I("masked", "es", f"Tarjeta terminada en {dg(4)} (Visa) caduca 09/27.")

# --- password policy ------------------------------------------------------
for lang, t in [
    ("en", "Passwords must be at least 12 characters long, contain one digit and one symbol, and may not reuse any of your last 5 passwords."),
    ("de", "Das Passwort muss mindestens 12 Zeichen lang sein und darf nicht mit den letzten fünf Passwörtern übereinstimmen."),
    ("fr", "Le mot de passe doit comporter au moins 12 caractères, dont une majuscule, un chiffre et un caractère spécial."),
    ("es", "La contraseña debe tener entre 12 y 64 caracteres y no puede contener tu nombre de usuario."),
    ("it", "La password deve contenere almeno 12 caratteri, una lettera maiuscola e un numero."),
    ("pl", "Hasło musi mieć co najmniej 12 znaków i zawierać cyfrę oraz znak specjalny."),
    ("ru", "Пароль должен содержать не менее 12 символов, включая цифры и специальные знаки."),
    ("ja", "パスワードは12文字以上で、英大文字・小文字・数字・記号をそれぞれ1文字以上含めてください。"),
    ("zh", "密码长度至少为12位，必须包含大写字母、小写字母、数字和特殊字符。"),
    ("tr", "Şifreniz en az 12 karakter olmalı ve bir rakam ile bir özel karakter içermelidir."),
    ("sv", "Lösenordet måste vara minst 12 tecken långt och får inte innehålla ditt användarnamn."),
]:
    I("policy", lang, t)

# --- key rotation discussions ------------------------------------------------
for lang, t in [
    ("en", "We rotated the Stripe secret key last night after the contractor left. The old one is revoked; the new one is only in Vault under payments/stripe."),
    ("de", "Der AWS-Zugangsschlüssel des Build-Users wurde rotiert, der alte ist deaktiviert. Bitte die Pipelines neu starten."),
    ("fr", "Rappel : les clés d'API doivent être renouvelées tous les 90 jours. La prochaine rotation est prévue le 15 mars."),
    ("es", "¿Alguien sabe si rotamos el token de Slack después del incidente? No quiero pegarlo aquí, sólo confirmar."),
    ("pt", "Revoguei o token antigo do GitHub e criei um novo com escopo mínimo; já está no cofre da equipe."),
    ("nl", "Het wachtwoord van de servicedienst is vandaag gewijzigd; de nieuwe waarde staat in 1Password."),
    ("it", "Ho ruotato la chiave privata del certificato TLS: il nuovo CSR è stato inviato alla CA."),
    ("uk", "Ключ доступу до API оновлено, старий відкликано. Нове значення лежить у сховищі секретів."),
    ("ko", "API 키를 교체했습니다. 이전 키는 폐기되었고 새 키는 Secrets Manager에 저장되어 있습니다."),
    ("ar", "تم تغيير مفتاح الواجهة البرمجية وإلغاء المفتاح القديم، والقيمة الجديدة محفوظة في الخزنة."),
    ("hi", "पुरानी API कुंजी रद्द कर दी गई है; नई कुंजी वॉल्ट में रखी गई है, चैट में साझा न करें।"),
]:
    I("rotation", lang, t)

# --- business reference numbers ---------------------------------------------
for lang, t in [
    ("en", f"Your order #{dg(3)}-{dg(7)}-{dg(7)} has shipped. Tracking: 1Z{rs(6, UPPER_DIG)}03{dg(8)}"),
    ("de", f"Rechnungsnummer RE-2025-{dg(6)}, Kundennummer {dg(8)}, fällig am 31.03.2025."),
    ("fr", f"Votre réservation n° {rs(6, string.ascii_uppercase + '23456789')} est confirmée pour le 12/04/2025 à l'hôtel Bellevue."),
    ("es", f"Número de pedido: ES-{dg(9)}. Número de seguimiento de Correos: PK{dg(9)}ES."),
    ("it", f"Il numero della pratica è {dg(4)}/{dg(6)}; la trovi nell'area clienti."),
    ("pt", f"O código de rastreio da sua encomenda é LB{dg(9)}PT."),
    ("nl", f"Uw zaaknummer is ZK-{dg(7)}. Vermeld dit bij verdere correspondentie."),
    ("pl", f"Numer przesyłki InPost: {dg(24)}"),
    ("sv", f"Ditt ärendenummer är {dg(8)}. Vi återkommer inom två arbetsdagar."),
    ("ja", f"ご注文番号：{dg(3)}-{dg(7)}-{dg(7)}。お問い合わせ番号：{dg(12)}"),
    ("zh", f"您的订单号为 {dg(18)}，快递单号 SF{dg(13)}。"),
    ("ko", f"주문번호 {dg(14)}, 운송장 번호 {dg(12)} 입니다."),
    ("tr", f"Kargo takip numaranız: {dg(12)}. Sipariş no: TR{dg(10)}"),
    ("cs", f"Číslo objednávky {dg(10)}, variabilní symbol {dg(10)}."),
    ("fi", f"Tilausnumerosi on {dg(9)} ja viitenumero {dg(10)}."),
    ("en", f"Case {dg(8)} opened. Ticket: INC{dg(7)} / JIRA OPS-{_R.randint(1000,9999)}"),
    ("en", f"Zendesk ticket #{_R.randint(100000, 999999)} merged into #{_R.randint(100000, 999999)}."),
    ("el", f"Ο αριθμός παραγγελίας σας είναι {dg(10)}. Αριθμός αποστολής ACS: {dg(10)}."),
    ("he", f"מספר ההזמנה שלך הוא {dg(9)}. מספר משלוח: RR{dg(9)}IL."),
    ("vi", f"Mã đơn hàng của bạn là {rs(14, UPPER_DIG)}, dự kiến giao ngày 15/03."),
    ("id", f"Nomor resi pengiriman Anda: JP{dg(10)}. Nomor invoice INV/2025/{dg(6)}."),
    ("ro", f"Numărul facturii: FCT-{dg(6)}, cod client {dg(7)}."),
    ("hu", f"A foglalási szám: {rs(8, UPPER_DIG)}; a számla sorszáma 2025/{dg(5)}."),
    ("da", f"Dit ordrenummer er {dg(8)} og pakkenummeret er {dg(18)}."),
]:
    I("reference", lang, t)

for lang, t in [
    ("de", f"Interne Kostenstellenreferenz {iban_bad('DE', 18)} (keine echte IBAN, nur unser Buchungsschlüssel)."),
    ("nl", f"Referentie {iban_bad('NL', 14)} hoort bij de testomgeving van het boekhoudpakket."),
    ("fr", f"Réf. interne : {iban_bad('FR', 23)} — généré par l'outil de rapprochement."),
    ("en", f"Fixture IBAN for the validator test (must be rejected): {iban_bad('GB', 18)}"),
]:
    I("iban-like", lang, t)

# --- misc numbers -----------------------------------------------------------
I("misc", "en", f"Call us at +1 (415) 555-0{dg(3)} or +44 20 7946 0{dg(3)}.")
I("misc", "de", f"Telefon: +49 30 {dg(8)}, Fax: +49 30 {dg(8)}, PLZ 10117 Berlin")
I("misc", "fr", f"Tél. : +33 1 {dg(2)} {dg(2)} {dg(2)} {dg(2)} — 75011 Paris")
I("misc", "en", "Released v3.12.0 (build 20250304.7) — requires Node >= 18.17, Python 3.11.7, PostgreSQL 16.2")
I("misc", "en", "Ports: 22/tcp ssh, 443/tcp https, 5432/tcp postgres, 6379/tcp redis, 9090/tcp prometheus")
I("misc", "en", f"inet 10.{_R.randint(0,255)}.{_R.randint(0,255)}.{_R.randint(1,254)}/24 brd 10.0.1.255 scope global eth0\ninet6 fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}/64 scope link\nlink/ether {':'.join(hx(2) for _ in range(6))} brd ff:ff:ff:ff:ff:ff")
I("misc", "en", f"? (192.168.1.1) at {':'.join(hx(2) for _ in range(6))} [ether] on wlan0")
I("misc", "es", f"La reunión es el 14/03/2025 a las 10:30 (CET). Sala 2B, extensión {dg(4)}.")
I("misc", "en", f"Build #{_R.randint(1000, 9999)} succeeded in 4m 12s on runner ubuntu-22.04 (image version 20250225.1.0)")
I("misc", "ja", f"〒150-0002 東京都渋谷区渋谷2-{_R.randint(1,30)}-{_R.randint(1,20)} 電話 03-{dg(4)}-{dg(4)}")
I("misc", "pt", f"CEP 01310-100, São Paulo. Telefone (11) 9{dg(4)}-{dg(4)}.")
I("misc", "en", "Timestamp 1733558400 = 2024-12-07T08:00:00Z; TTL 86400s; nonce field is empty in this sample.")
I("misc", "en", f"nmap scan report for 203.0.113.{_R.randint(1,254)}\nPORT     STATE SERVICE\n22/tcp   open  ssh\n80/tcp   open  http\n443/tcp  open  https\nMAC Address: {':'.join(HX(2) for _ in range(6))} (Raspberry Pi Trading)")
I("misc", "ru", f"Индекс 119019, Москва. Телефон: +7 495 {dg(3)}-{dg(2)}-{dg(2)}.")

# --- device serials --------------------------------------------------------
I("serial", "en", f"Serial Number: C02{rs(8, UPPER_DIG)}\nHardware UUID: {uuid4().upper()}\nModel Identifier: MacBookPro18,3")
I("serial", "de", f"Seriennummer des Routers: {rs(4, string.ascii_uppercase)}{dg(10)} – bitte für die Garantie aufbewahren.")
I("serial", "en", f"$ sudo dmidecode -s system-serial-number\n{rs(10, UPPER_DIG)}\n$ lsblk -o NAME,SERIAL\nnvme0n1 S{dg(2)}{rs(10, UPPER_DIG)}")
I("serial", "fr", f"Numéro de série de l'imprimante : {rs(3, string.ascii_uppercase)}{dg(7)}, IMEI du modem : {luhn_complete('35' + dg(12))}")
I("serial", "en", f"YubiKey 5 NFC, serial {dg(8)}, firmware 5.4.3")

# --- ISBN / EAN / GTIN -----------------------------------------------------
I("barcode", "en", f"ISBN 978-{ean13('978')[3:]} (paperback), ISBN {ean13('979')} (ebook)")
I("barcode", "de", f"EAN: {ean13('400')} – Artikel: Vollkornbrot 500 g")
I("barcode", "fr", f"Code-barres EAN-13 : {ean13('30')} ; référence magasin {dg(6)}")
I("barcode", "en", f"sku,gtin,title\nSKU-{dg(5)},{ean13('0')},USB-C cable 2m\nSKU-{dg(5)},{ean13('0')},Wireless mouse\n")
I("barcode", "it", f"Codice EAN del prodotto: {ean13('80')}")
I("barcode", "pl", f"Kod kreskowy: {ean13('590')}")
I("barcode", "ja", f"JANコード：{ean13('49')}")
I("barcode", "en", f"UPC-A: {ean13('0')[1:]}  GTIN-13: {ean13('87')}")

# --- VINs -------------------------------------------------------------------
I("vin", "en", f"VIN: {vin('1HG')} (2019 Honda Civic)")
I("vin", "de", f"Fahrzeug-Identifizierungsnummer: {vin('WVW')}")
I("vin", "fr", f"Numéro VIN du véhicule : {vin('VF1')}")
I("vin", "sv", f"Chassinummer: {vin('YV1')}")

# --- flights / PNR ---------------------------------------------------------
I("travel", "en", f"Flight LH{_R.randint(400, 499)} FRA→JFK, booking reference {rs(6, string.ascii_uppercase)}, seat 32A, e-ticket 220-{dg(10)}")
I("travel", "de", f"Buchungscode (PNR): {rs(6, string.ascii_uppercase)} – Flug EW{_R.randint(1000,9999)} am 21.06.")
I("travel", "es", f"Localizador: {rs(6, string.ascii_uppercase)}. Vuelo IB{_R.randint(3000,3999)} Madrid–Lima.")
I("travel", "it", f"Codice prenotazione {rs(6, string.ascii_uppercase)}, volo AZ{_R.randint(100,999)}.")
I("travel", "ja", f"予約番号 {rs(6, string.ascii_uppercase)}、便名 NH{_R.randint(100,999)}、座席 14K")
I("travel", "en", f"Train ticket: DB order {dg(12)}, Auftragsnummer in the app, seat 45, coach 7.")

# --- medical codes ---------------------------------------------------------
I("medical", "en", "Dx: E11.9 (Type 2 diabetes mellitus without complications), I10 (Essential hypertension)")
I("medical", "de", "Diagnose: J06.9 – Akute Infektion der oberen Atemwege, nicht näher bezeichnet")
I("medical", "en", "LOINC 2345-7 Glucose [Mass/volume] in Serum or Plasma: 98 mg/dL\nLOINC 4548-4 Hemoglobin A1c: 5.6 %")
I("medical", "fr", "Code CIM-10 : M54.5 (lombalgie basse). Code LOINC 718-7 pour l'hémoglobine.")
I("medical", "es", "Código CIE-10: K21.9 — Enfermedad por reflujo gastroesofágico sin esofagitis.")
I("medical", "en", "SNOMED CT 38341003 | Hypertensive disorder |; RxNorm 197361")

# --- CAS --------------------------------------------------------------------
I("chem", "en", "Ethanol, CAS 64-17-5; acetone, CAS 67-64-1; sodium chloride, CAS 7647-14-5")
I("chem", "de", "Sicherheitsdatenblatt: Wasserstoffperoxid 30 %, CAS-Nr. 7722-84-1, UN 2014")
I("chem", "en", "Caffeine (CAS 58-08-2), InChIKey RYYVLZVUVIJVGH-UHFFFAOYSA-N")
I("chem", "zh", "化学品：乙酸乙酯，CAS号 141-78-6。")

# --- coordinates ------------------------------------------------------------
I("geo", "en", f"Meeting point: {52 + _R.random():.6f}, {13 + _R.random():.6f}")
I("geo", "fr", f"Coordonnées GPS : 48°51'29.6\"N 2°17'40.2\"E")
I("geo", "en", f"geohash u33dc{rs(4, '0123456789bcdefghjkmnpqrstuvwxyz')}, plus code 9F4MGC{rs(2, '23456789CFGHJMPQRVWX')}+{rs(2, '23456789CFGHJMPQRVWX')}")
I("geo", "pt", f"Localização: -23.{dg(6)}, -46.{dg(6)} (Av. Paulista)")

# --- colours --------------------------------------------------------------
I("colour", "en", ":root { --primary: #1e40af; --accent: #f59e0b; --bg: #0f172a; --muted: #94a3b8; }")
I("colour", "de", f"Bitte die Markenfarbe #{hx(6)} statt #{hx(6)} verwenden.")
I("colour", "en", json.dumps({"palette": ["#" + hx(6) for _ in range(6)]}))
I("colour", "ja", f"背景色は #{hx(6)}、文字色は #{hx(6)} にしてください。")
I("colour", "en", f"<rect fill=\"#{hx(8)}\" stroke=\"#{hx(3)}\" width=\"24\" height=\"24\"/>")

# --- URL slugs ---------------------------------------------------------------
I("url", "en", f"Watch the talk: https://www.youtube.com/watch?v={rs(11, B64U)}&t=312s")
I("url", "en", f"Spec doc: https://docs.google.com/document/d/{rs(44, B64U)}/edit?usp=sharing")
I("url", "de", f"Hier die Tabelle: https://docs.google.com/spreadsheets/d/{rs(44, B64U)}/edit#gid={dg(9)}")
I("url", "en", f"https://bit.ly/{rs(7)} and https://youtu.be/{rs(11, B64U)}")
I("url", "fr", f"Le lien court : https://t.co/{rs(10)}")
I("url", "en", f"https://www.figma.com/file/{rs(22)}/Checkout-Redesign?node-id=12-345")
I("url", "en", f"https://github.com/acme/api/compare/{hx(12)}...{hx(12)}")
I("url", "es", f"Mira este vídeo: https://vimeo.com/{dg(9)} y la carpeta https://drive.google.com/drive/folders/{rs(33, B64U)}")

# --- OAuth / CSRF docs --------------------------------------------------------
I("oauth", "en", f"GET /authorize?response_type=code&client_id=web-app&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20profile&state={rs(32, B64U)}&code_challenge={b64u(32)}&code_challenge_method=S256")
I("oauth", "en", "The `state` parameter is an opaque value used to prevent CSRF; the `code_challenge` is BASE64URL(SHA256(code_verifier)). Never log the code_verifier itself.")
I("oauth", "en", "<form method=\"post\" action=\"/login\">\n  <input type=\"hidden\" name=\"csrf_token\" value=\"{{ csrf_token() }}\">\n  <label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\"></label>\n</form>")
I("oauth", "en", "Django expects the header X-CSRFToken; Rails uses authenticity_token; Laravel uses _token. Make sure the cookie name matches CSRF_COOKIE_NAME.")
I("oauth", "de", "Der Parameter `nonce` im OpenID-Connect-Request schützt vor Replay-Angriffen und muss im ID-Token zurückkommen.")

# --- 2FA instructions -------------------------------------------------------
for lang, t in [
    ("en", "To enable two-factor authentication, open Settings → Security, scan the QR code with your authenticator app and enter the 6-digit code it shows."),
    ("de", "Zwei-Faktor-Authentifizierung: Scanne den QR-Code mit deiner Authenticator-App und gib den sechsstelligen Code ein. Bewahre die Wiederherstellungscodes sicher auf."),
    ("fr", "Pour activer la double authentification, scannez le QR code puis saisissez le code à 6 chiffres. Ne communiquez jamais ce code par téléphone."),
    ("es", "Nunca te pediremos tu código de verificación por SMS. Si alguien te lo pide, es un intento de fraude."),
    ("it", "Per l'autenticazione a due fattori inserisci il codice temporaneo generato dall'app; scade dopo 30 secondi."),
    ("zh", "请打开身份验证器应用，输入显示的6位验证码。验证码30秒后失效，请勿告诉他人。"),
    ("ru", "Введите одноразовый код из приложения-аутентификатора. Никому не сообщайте этот код."),
]:
    I("2fa", lang, t)

# --- word senses: pin, token, key, secret, password label --------------------
for lang, t in [
    ("en", "Pin the dependency to `urllib3<2` until the SDK supports the new API."),
    ("en", "The tokenizer splits the sentence into 14 tokens; the context window is 128k tokens and we spent 3,412 tokens on the prompt."),
    ("en", "Use `dict.get(key, default)` instead of `dict[key]` when the key may be missing."),
    ("en", "The sonata is in the key of D minor; the second movement modulates to F major."),
    ("en", "Grandma's secret recipe: brown the butter first and add a pinch of cardamom."),
    ("en", "Field labels: Username, Password, Confirm password. The 'Forgot password?' link goes to /reset."),
    ("de", "Bitte die Version im Lockfile pinnen, sonst zieht der Build eine neue Minor-Version."),
    ("de", "Der Schlüssel zum Erfolg war die frühe Einbindung der Nutzer."),
    ("fr", "La clé du dictionnaire doit être une chaîne ; la valeur peut être n'importe quel objet."),
    ("fr", "Le secret de ce gâteau ? Beaucoup de beurre et de la patience."),
    ("es", "El modelo procesa hasta 8.000 tokens por petición; el texto largo se divide en fragmentos."),
    ("es", "La clave para aprobar el examen es practicar cada día."),
    ("it", "Il segreto della carbonara è non usare la panna."),
    ("pt", "Fixe (pin) a versão do pacote no requirements.txt para evitar surpresas."),
    ("ja", "この辞書のキーは文字列で、値はリストです。"),
    ("ja", "トークナイザーは文を12トークンに分割します。"),
    ("zh", "这首曲子是C大调的，副歌部分转到了G大调。"),
    ("ko", "비밀번호 입력란 레이블을 '비밀번호 확인'으로 바꿔 주세요."),
    ("nl", "Het geheim van een goede zuurdesem is geduld."),
    ("sv", "Nyckeln till ett bra team är förtroende."),
    ("pl", "Klucz w słowniku musi być niezmienny (hashable)."),
    ("tr", "Şifre alanı boş bırakılamaz uyarısının metnini güncelledim."),
    ("en", "PIN your Docker base images by digest, not by tag, so builds are reproducible."),
    ("de", "Die PIN für das Türschloss im Büro wird monatlich von der Verwaltung geändert und per Aushang mitgeteilt – nicht per Mail."),
    ("en", "Keyboard shortcut: press the Windows key + L to lock the screen when you leave your desk."),
]:
    I("wordsense", lang, t)

# --- HTTP dumps without secrets -------------------------------------------
I("http", "en", f"HTTP/2 200\ncontent-type: application/json\netag: W/\"{hx(32)}\"\nx-request-id: {uuid4()}\ncache-control: private, max-age=0\nstrict-transport-security: max-age=63072000\n\n{{\"ok\":true}}")
I("http", "en", f"GET /api/v2/search?q=rotate+api+key&page=2 HTTP/1.1\nHost: docs.example.com\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36\nAccept: text/html\nIf-None-Match: \"{hx(40)}\"\n")
I("http", "en", "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\", error_description=\"The access token expired\"\nContent-Length: 0\n")
I("http", "en", f"HTTP/1.1 302 Found\nLocation: https://app.example.com/dashboard?tab=billing&ref={rs(8, string.ascii_lowercase)}\nVary: Accept-Encoding\nX-Cache: MISS from cdn-{dg(3)}\n")
I("http", "en", "curl: (60) SSL certificate problem: unable to get local issuer certificate\nMore details here: https://curl.se/docs/sslcerts.html")

# --- CI output --------------------------------------------------------------
I("ci", "en", f"Run actions/checkout@{hx(40)}\nSyncing repository: acme/api\nGetting Git version info\n  Working directory is '/home/runner/work/api/api'\n[command]/usr/bin/git version\ngit version 2.47.1\n")
I("ci", "en", "Run aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: ***\n    aws-region: eu-central-1\nAssuming role with OIDC\nAuthenticated as assumedRoleId AROA" + rs(17, UPPER_DIG) + ":GitHubActions")
I("ci", "en", f"$ pytest -q\n........................................................ [ 84%]\n..........                                               [100%]\n66 passed in 3.21s\nCoverage XML written to file coverage.xml (sha {hx(12)})")
I("ci", "en", f"Pipeline #{_R.randint(100000, 999999)} passed for {hx(8)} on main\nJob build: 2m 03s\nJob test: 5m 41s\nArtifacts: dist.zip (12.4 MB)")
I("ci", "en", "Warning: secret scanning found 0 new secrets in this push.\nPush protection: enabled")
I("ci", "de", f"Der Build {dg(5)} ist fehlgeschlagen: `npm ci` meldet \"EINTEGRITY sha512-{b64(64)} integrity checksum failed\". Cache löschen hilft.")

# --- spreadsheets -----------------------------------------------------------
I("sheet", "en", "Name,Department,Extension,Laptop asset tag\nAna Pereira,Finance,4021,LT-00" + dg(4) + "\nTom Becker,IT,4130,LT-00" + dg(4) + "\n")
I("sheet", "de", f"Artikelnr;Bezeichnung;EAN;Preis\n{dg(6)};Schraube M4;{ean13('400')};0,12\n{dg(6)};Mutter M4;{ean13('400')};0,05\n")
I("sheet", "fr", "Date;Fournisseur;N° facture;Montant TTC\n03/02/2025;Orange;F" + dg(9) + ";45,99\n05/02/2025;EDF;" + dg(12) + ";112,40\n")
I("sheet", "en", "| Service | Owner | Secret location | Rotated |\n|---|---|---|---|\n| payments | @mara | vault:payments/stripe | 2025-01-14 |\n| search | @li | aws-sm:prod/search/api-key | 2024-11-02 |\n")
I("sheet", "es", "Empleado\tCentro de coste\tTeléfono\nLucía Gómez\tCC-2040\t+34 91 " + dg(3) + " " + dg(2) + " " + dg(2) + "\n")

# --- mail / chat / support ---------------------------------------------------
for lang, t in [
    ("en", "Hi team, I can't log in since this morning — it says my password expired. I'll reset it through the portal, no need to send me anything."),
    ("de", "Hallo, ich habe mein Passwort vergessen. Können Sie mir einen Link zum Zurücksetzen schicken? Kundennummer " + dg(8) + "."),
    ("fr", "Bonjour, le lien de réinitialisation du mot de passe a expiré. Pourriez-vous m'en renvoyer un ? Merci."),
    ("es", "Hola, el sistema me pide el token de acceso pero no sé dónde se genera. ¿Me indicáis el menú?"),
    ("it", "Buongiorno, non ricevo l'SMS con il codice di verifica. Il numero registrato termina con " + dg(3) + "."),
    ("pt", "Olá! A chave Pix da empresa é o CNPJ, conforme o boleto em anexo; o pagamento vence dia 10."),
    ("nl", "Beste, ik heb een nieuwe sleutel voor de kluis nodig; de oude is kwijt. Wanneer kan ik langskomen?"),
    ("pl", "Dzień dobry, proszę o zresetowanie hasła do konta. Login: j.kowalski"),
    ("uk", "Добрий день! Не можу увійти: пише «невірний пароль». Скиньте, будь ласка, посилання для відновлення."),
    ("tr", "Merhaba, doğrulama kodu gelmiyor. Telefon numaram doğru görünüyor."),
    ("ar", "مرحباً، نسيت كلمة المرور. أرجو إرسال رابط إعادة التعيين إلى بريدي المسجل."),
    ("hi", "नमस्ते, मेरा पासवर्ड काम नहीं कर रहा है। कृपया रीसेट लिंक भेजें।"),
    ("cs", "Dobrý den, potřebuji obnovit heslo k účtu, odkaz v e-mailu nefunguje."),
    ("fi", "Hei, salasanani vanheni. Voitteko lähettää palautuslinkin?"),
    ("el", "Γεια σας, ξέχασα τον κωδικό πρόσβασης. Μπορείτε να μου στείλετε σύνδεσμο επαναφοράς;"),
    ("he", "שלום, שכחתי את הסיסמה. אפשר לקבל קישור לאיפוס?"),
    ("vi", "Xin chào, tôi quên mật khẩu. Vui lòng gửi liên kết đặt lại mật khẩu."),
    ("id", "Halo, saya lupa kata sandi. Mohon kirimkan tautan untuk mengatur ulang."),
    ("no", "Hei, jeg har glemt passordet mitt. Kan dere sende en lenke for å tilbakestille det?"),
    ("da", "Hej, jeg kan ikke logge ind. Adgangskoden virker ikke længere."),
    ("hu", "Üdvözlöm, elfelejtettem a jelszavamat. Kérem, küldjenek visszaállító linket."),
    ("ro", "Bună ziua, am uitat parola. Îmi puteți trimite un link de resetare?"),
]:
    I("support", lang, t)

I("mail", "en", f"From: billing@example.com\nTo: ana@example.org\nSubject: Invoice INV-{dg(6)} for March\nMessage-ID: <{uuid4()}@mail.example.com>\nDKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; bh={b64(32)}; b={b64(128)}\n\nPlease find attached your invoice.")
I("mail", "de", f"Betreff: Ihre Bestellung {dg(3)}-{dg(7)}\nReturn-Path: <bounce-{hx(16)}@mailer.example.de>\nList-Unsubscribe: <https://mailer.example.de/u/{rs(24, B64U)}>\n\nVielen Dank für Ihre Bestellung!")
I("mail", "en", f"Received: from mail-{rs(6, string.ascii_lowercase)}.google.com (mail-{rs(6, string.ascii_lowercase)}.google.com [209.85.{_R.randint(0,255)}.{_R.randint(0,255)}])\n    by mx.example.com with ESMTPS id {rs(12, ALNUM)}\nARC-Seal: i=1; a=rsa-sha256; t=1733558400; cv=none; d=google.com; s=arc-20240605; b={b64(96)}")

# --- agent tool-call JSON (innocent) ---------------------------------------
I("tool-call", "en", json.dumps({"tool": "bash", "arguments": {"command": "git log --oneline -5 && sha256sum dist/*.tar.gz"}}))
I("tool-call", "en", json.dumps({"tool": "read_file", "arguments": {"path": "src/config/secrets.ts", "reason": "check how the API key is loaded (expect process.env)"}}))
I("tool-call", "en", json.dumps({"tool": "http_get", "arguments": {"url": f"https://api.github.com/repos/acme/api/commits/{hx(40)}"}}))
I("tool-call", "en", json.dumps({"name": "fill_form", "arguments": {"fields": {"full_name": "Jane Doe", "password": "", "confirm_password": ""}, "note": "leave password empty; user will type it"}}))
I("tool-call", "en", json.dumps({"tool": "aws", "arguments": {"service": "ec2", "op": "describe-volumes", "VolumeIds": [f"vol-0{hx(16)}"]}}))
I("thought", "en", "The user wants me to rotate the key. I should not print the new key in the transcript; I'll store it with `vault kv put` and only report the version number.")
I("thought", "en", f"The hash {hx(64)} matches the published checksum, so the download is intact.")
I("thought", "de", "Der Nutzer fragt nach dem Admin-Passwort. Ich gebe es nicht heraus und verweise auf den Passwort-Reset-Prozess.")
I("diff", "en", f"diff --git a/config/app.yml b/config/app.yml\nindex {hx(7)}..{hx(7)} 100644\n--- a/config/app.yml\n+++ b/config/app.yml\n@@ -3,7 +3,7 @@ server:\n   port: 8080\n-  api_key: ${{LEGACY_KEY}}\n+  api_key: ${{API_KEY}}\n   timeout: 30s\n")
I("diff", "en", f"diff --git a/package-lock.json b/package-lock.json\nindex {hx(7)}..{hx(7)} 100644\n@@ -1021,7 +1021,7 @@\n-      \"integrity\": \"sha512-{b64(64)}\",\n+      \"integrity\": \"sha512-{b64(64)}\",\n")
I("doc", "en", "## Secrets management\n\nAll credentials live in HashiCorp Vault. Applications authenticate with the Kubernetes auth method and receive short-lived tokens (TTL 1h). Never commit `.env` files; the pre-commit hook runs gitleaks.")
I("doc", "zh", "## 密钥管理\n\n所有凭据都存放在密钥库中，应用通过短期令牌访问。请勿将 `.env` 文件提交到仓库。")
I("doc", "ko", "비밀 값은 절대 코드에 하드코딩하지 마세요. 환경 변수나 시크릿 매니저를 사용하세요.")
I("doc", "sv", "Hemligheter lagras i Azure Key Vault. Applikationen läser dem via managed identity, så inga nycklar finns i konfigurationen.")

# ===========================================================================
# SECRETS
# ===========================================================================


def aws_akid():
    return "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_sk():
    return rs(40, ALNUM + "/+")


# env files
for lang, comment in [("en", "# prod"), ("de", "# Produktion – nicht teilen"), ("fr", "# production")]:
    k, s = aws_akid(), aws_sk()
    t = f"{comment}\nAWS_ACCESS_KEY_ID={k}\nAWS_SECRET_ACCESS_KEY={s}\nAWS_REGION=eu-central-1\n"
    S("env", lang, t, s)
    S("env", lang, t, k)

_ghp = "ghp_" + rs(36)
S("env", "en", f"GITHUB_TOKEN={_ghp}\nGITHUB_OWNER=acme\n", _ghp)
_gpat = "github_pat_" + rs(22, UPPER_DIG) + "_" + rs(59)
S("shell", "en", f"$ gh auth status\n$ export GH_TOKEN={_gpat}\n$ gh repo list acme --limit 5", _gpat)
_gl = "glpat-" + rs(20, B64U)
S("ci", "en", f"git clone https://oauth2:{_gl}@gitlab.example.com/platform/infra.git", _gl)
_sk = "sk_live_" + rs(99)
S("env", "en", f"STRIPE_SECRET_KEY={_sk}\nSTRIPE_PUBLISHABLE_KEY=pk_live_{rs(99)}\n", _sk)
_rk = "rk_live_" + rs(99)
S("chat", "es", f"Te paso la clave restringida de Stripe para el informe: {_rk} — bórrala después de usarla.", _rk)
_oa = "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U)
S("tool-call", "en", json.dumps({"tool": "bash", "arguments": {"command": f"OPENAI_API_KEY={_oa} python eval.py --model gpt-4o"}}), _oa)
_ant = "sk-ant-api03-" + rs(93, B64U) + "AA"
S("env", "en", f"ANTHROPIC_API_KEY={_ant}\n", _ant)
_ant2 = "sk-ant-api03-" + rs(93, B64U) + "AA"
S("chat", "de", f"Kannst du kurz testen? Mein Schlüssel ist {_ant2}, ich lösche ihn nachher.", _ant2)
_gk = "AIza" + rs(35, B64U)
S("code", "en", f"const firebaseConfig = {{\n  apiKey: \"{_gk}\",\n  authDomain: \"acme-prod.firebaseapp.com\",\n}};\n// server-side maps key, unrestricted", _gk)
_gk2 = "AIza" + rs(35, B64U)
S("http", "en", f"GET https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={_gk2} HTTP/1.1", _gk2)
_sl = "xoxb-" + dg(12) + "-" + dg(13) + "-" + rs(24)
S("env", "en", f"SLACK_BOT_TOKEN={_sl}\nSLACK_CHANNEL=#alerts\n", _sl)
_slw = f"https://hooks.slack.com/services/T{rs(8, UPPER_DIG)}/B{rs(10, UPPER_DIG)}/{rs(24)}"
S("code", "en", f"WEBHOOK = \"{_slw}\"\nrequests.post(WEBHOOK, json={{'text': 'deploy done'}})", _slw.split("/")[-1])
_slu = "xoxp-" + dg(12) + "-" + dg(12) + "-" + dg(13) + "-" + hx(32)
S("chat", "en", f"here's my user token so the script can read DMs: {_slu}", _slu)
_npm = "npm_" + rs(36)
S("config", "en", f"//registry.npmjs.org/:_authToken={_npm}\nalways-auth=true\n", _npm)
_pypi = "pypi-AgEIcHlwaS5vcmc" + rs(140, B64U)
S("config", "en", f"[pypi]\n  username = __token__\n  password = {_pypi}\n", _pypi)
_hf = "hf_" + rs(34, string.ascii_letters)
S("shell", "en", f"$ huggingface-cli login --token {_hf}\nToken is valid (permission: write).", _hf)
_sg = "SG." + rs(22, B64U) + "." + rs(43, B64U)
S("env", "pt", f"# chave do SendGrid (produção)\nSENDGRID_API_KEY={_sg}\n", _sg)
_tw = hx(32)
S("env", "en", f"TWILIO_ACCOUNT_SID=AC{hx(32)}\nTWILIO_AUTH_TOKEN={_tw}\n", _tw)
_tg = dg(10) + ":AA" + rs(33, B64U)
S("chat", "ru", f"Вот токен бота для уведомлений: {_tg}", _tg)
_dck = "dckr_pat_" + rs(27, B64U)
S("ci", "en", f"+ echo {_dck} | docker login -u acmebot --password-stdin\nLogin Succeeded", _dck)
_hvs = "hvs." + rs(90, B64U)
S("shell", "en", f"$ vault login\nToken (will be hidden):\nSuccess! You are now authenticated.\nKey                  Value\n---                  -----\ntoken                {_hvs}\ntoken_accessor       {rs(24)}\ntoken_duration       768h\n", _hvs)
_shp = "shpat_" + hx(32)
S("config", "en", f"shopify:\n  store: acme-shop.myshopify.com\n  admin_token: {_shp}\n", _shp)
_mg = "key-" + hx(32)
S("code", "en", f"requests.post('https://api.mailgun.net/v3/mg.example.com/messages', auth=('api', '{_mg}'), data=msg)", _mg)
_dd = hx(32)
S("env", "en", f"DD_API_KEY={_dd}\nDD_SITE=datadoghq.eu\n", _dd)
_cf = rs(40, B64U)
S("shell", "en", f"$ curl -X GET \"https://api.cloudflare.com/client/v4/user/tokens/verify\" -H \"Authorization: Bearer {_cf}\"", _cf)
_lin = "lin_api_" + rs(40)
S("tool-call", "en", json.dumps({"tool": "http_post", "arguments": {"url": "https://api.linear.app/graphql", "headers": {"Authorization": _lin}}}), _lin)
_ntn = "ntn_" + dg(11) + rs(35)
S("env", "en", f"NOTION_TOKEN={_ntn}\n", _ntn)
_dj = rs(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
S("code", "en", f"# settings.py\nDEBUG = False\nSECRET_KEY = '{_dj}'\n", _dj)
_dopp = "dp.st.prd." + rs(43)
S("ci", "en", f"doppler run --token {_dopp} -- npm start", _dopp)
_gcl = "GOCSPX-" + rs(28, B64U)
S("code", "en", json.dumps({"web": {"client_id": f"{dg(12)}-{rs(32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com", "client_secret": _gcl, "redirect_uris": ["https://app.example.com/oauth2/callback"]}}, indent=2), _gcl)
_azcs = b64(64)
S("config", "en", f"\"ConnectionStrings\": {{\n  \"Storage\": \"DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey={_azcs};EndpointSuffix=core.windows.net\"\n}}", _azcs)
_azsec = rs(3) + "8Q~" + rs(34, ALNUM + "~._-")
S("chat", "nl", f"Het clientgeheim van de app-registratie is {_azsec}, verloopt over 6 maanden.", _azsec)
_sas = f"sv=2022-11-02&ss=b&srt=sco&sp=rwdlacup&se=2026-12-31T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig={rs(43, B64S)}%3D"
S("http", "en", f"PUT https://acmeprod.blob.core.windows.net/backups/db.dump?{_sas} HTTP/1.1", _sas.split("sig=")[1])

# private keys
_pk1 = pem_body(1190)
S("file", "en", f"$ cat ~/.ssh/id_rsa\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA{_pk1}\n-----END RSA PRIVATE KEY-----\n", _pk1)
_pk2 = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + pem_body(300, 70)
S("file", "en", f"-----BEGIN OPENSSH PRIVATE KEY-----\n{_pk2}\n-----END OPENSSH PRIVATE KEY-----\n", _pk2)
_pk3 = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64(900).replace("=", "")
_gsa = json.dumps({"type": "service_account", "project_id": "acme-prod", "private_key_id": hx(40),
                   "private_key": "-----BEGIN PRIVATE KEY-----\n" + "\n".join(_pk3[i:i + 64] for i in range(0, len(_pk3), 64)) + "\n-----END PRIVATE KEY-----\n",
                   "client_email": "deployer@acme-prod.iam.gserviceaccount.com"}, indent=2)
S("file", "en", _gsa, _pk3[:64])
_pk4 = pem_body(120)
S("chat", "fr", f"Voici la clé privée du certificat, mets-la sur le serveur :\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI{_pk4}\n-----END EC PRIVATE KEY-----", _pk4)
_eth = "0x" + hx(64)
S("chat", "en", f"my metamask private key is {_eth} can you check why the tx fails", _eth)
_mn = " ".join(_R.choice(["abandon", "timber", "orbit", "lunar", "spice", "ethics", "candy", "harbor", "gravity", "wolf", "meadow", "pilot", "silk", "zebra", "echo", "frost", "raven", "canyon", "velvet", "ankle", "domain", "jungle", "pepper", "tunnel"]) for _ in range(12))
S("chat", "es", f"Frase semilla de la cartera de pruebas con fondos reales: {_mn}", _mn)

# JWTs / bearer tokens / cookies
_j1 = jwt({"sub": dg(8), "email": "ana@example.org", "role": "admin", "iat": 1733558400, "exp": 1733562000})
S("http", "en", f"GET /api/admin/users HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer {_j1}\nAccept: application/json\n", _j1)
_j2 = jwt({"sub": uuid4(), "scope": "read write", "iat": 1733558400})
S("log", "en", f"2025-03-04T10:11:12Z DEBUG outgoing request headers={{'Authorization': 'Bearer {_j2}', 'User-Agent': 'svc/1.2'}}", _j2)
_sess = rs(32, string.ascii_lowercase + string.digits)
S("http", "en", f"POST /cart/checkout HTTP/1.1\nHost: shop.example.com\nCookie: sessionid={_sess}; csrftoken={rs(32)}; theme=dark\n", _sess)
_ck = "s%3A" + rs(32, B64U) + "." + rs(43, B64U)
S("http", "en", f"HTTP/1.1 200 OK\nSet-Cookie: connect.sid={_ck}; Path=/; HttpOnly; Secure\n", _ck)
_bu, _bp = "deploy", human_pw()
_basic = base64.b64encode(f"{_bu}:{_bp}".encode()).decode()
S("http", "en", f"curl -v https://nexus.example.com/repository/maven-releases/\n> GET /repository/maven-releases/ HTTP/1.1\n> Authorization: Basic {_basic}\n< HTTP/1.1 200 OK", _basic)
_at = "ya29." + rs(150, B64U)
S("tool-call", "en", json.dumps({"tool": "http_get", "arguments": {"url": "https://www.googleapis.com/drive/v3/files", "headers": {"Authorization": f"Bearer {_at}"}}}), _at)
_rt = "1//0" + rs(100, B64U)
S("file", "en", json.dumps({"access_token": "ya29." + rs(120, B64U), "refresh_token": _rt, "token_type": "Bearer", "expires_in": 3599}), _rt)

# DB URLs and passwords in config/commands
for lang, host in [("en", "db.prod.internal"), ("de", "pg-main.intern"), ("pl", "baza.firma.local")]:
    pw = human_pw()
    S("env", lang, f"DATABASE_URL=postgresql://app_user:{pw}@{host}:5432/app?sslmode=require\n", pw)
_mpw = strong_pw()
S("shell", "en", f"$ mysql -h 10.0.3.12 -u root -p'{_mpw}' -e 'SHOW DATABASES;'\n+--------------------+\n| Database           |\n+--------------------+", _mpw)
_mgpw = rs(24)
S("config", "en", f"spring:\n  data:\n    mongodb:\n      uri: mongodb+srv://svc:{_mgpw}@cluster0.{rs(5, string.ascii_lowercase)}.mongodb.net/orders\n", _mgpw)
_rpw = rs(32)
S("config", "en", f"redis:\n  url: redis://default:{_rpw}@redis-{dg(5)}.c1.eu-west-1.ec2.redns.redis-cloud.com:{dg(5)}\n", _rpw)
_smtp = human_pw()
S("config", "de", f"# Mailversand\nMAIL_HOST=smtp.strato.de\nMAIL_USERNAME=info@beispiel.de\nMAIL_PASSWORD={_smtp}\n", _smtp)
_ans = human_pw()
S("config", "en", f"ansible_user: admin\nansible_become_password: \"{_ans}\"\n", _ans)
_tfpw = strong_pw(24)
S("diff", "en", f"diff --git a/terraform/rds.tf b/terraform/rds.tf\n@@ -12,6 +12,7 @@ resource \"aws_db_instance\" \"main\" {{\n   engine         = \"postgres\"\n   username       = \"admin\"\n+  password       = \"{_tfpw}\"\n", _tfpw)
_kpw = rs(20)
_kb = base64.b64encode(_kpw.encode()).decode()
S("k8s", "en", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: {base64.b64encode(b'app').decode()}\n  password: {_kb}\n", _kb)
_wpw = rs(16)
S("ci", "en", f"Step 4/9 : RUN curl -u admin:{_wpw} https://artifactory.example.com/api/storage/libs-release\n ---> Running in {hx(12)}", _wpw)
_jpw = strong_pw(18)
S("tool-call", "en", json.dumps({"tool": "ssh", "arguments": {"host": "10.0.4.7", "user": "root", "password": _jpw, "command": "systemctl restart nginx"}}), _jpw)
_ldap = human_pw()
S("log", "en", f"2025-02-01 12:00:03 WARN ldap bind failed for cn=svc-jira,ou=services,dc=corp,dc=example,dc=com with password={_ldap} (invalid credentials)", _ldap)

# passwords shared in chat/mail in many languages
_chat_pw = [
    ("en", "The wifi password for the guest network is {p} — it changes every Monday."),
    ("de", "Das WLAN-Passwort im Büro lautet {p}, bitte nicht weitergeben."),
    ("fr", "Mon mot de passe pour le compte partagé est {p}, tu peux te connecter."),
    ("es", "La contraseña del router es {p}"),
    ("it", "La password dell'account amministratore è {p}, cambiala al primo accesso."),
    ("pt", "A senha do servidor de arquivos é {p}"),
    ("nl", "Het wachtwoord van de gedeelde mailbox is {p}"),
    ("pl", "Hasło do panelu admina: {p}"),
    ("sv", "Lösenordet till kontot är {p}"),
    ("ru", "Пароль от админки: {p}"),
    ("uk", "Пароль до сервера: {p}"),
    ("tr", "Sunucu şifresi: {p}"),
    ("ja", "管理画面のパスワードは {p} です。"),
    ("zh", "服务器的密码是 {p}，用完请修改。"),
    ("ko", "관리자 비밀번호는 {p} 입니다."),
    ("ar", "كلمة المرور لحساب الإدارة هي {p}"),
    ("hi", "एडमिन अकाउंट का पासवर्ड {p} है।"),
    ("cs", "Heslo k účtu je {p}"),
    ("fi", "Tilin salasana on {p}"),
    ("el", "Ο κωδικός του λογαριασμού είναι {p}"),
    ("he", "הסיסמה לחשבון היא {p}"),
    ("vi", "Mật khẩu tài khoản quản trị là {p}"),
    ("id", "Kata sandi akun admin adalah {p}"),
    ("hu", "A rendszergazdai jelszó: {p}"),
]
for lang, t in _chat_pw:
    p = human_pw() if _R.random() < 0.6 else strong_pw(14)
    S("chat", lang, t.format(p=p), p)

# form / office
_pan = luhn_complete("4" + dg(14))
_cvv = dg(3)
S("form", "en", f"Payment form submitted:\n  Cardholder: Jane Doe\n  Card number: {_pan[:4]} {_pan[4:8]} {_pan[8:12]} {_pan[12:]}\n  Expiry: 08/28\n  CVC: {_cvv}", f"{_pan[:4]} {_pan[4:8]} {_pan[8:12]} {_pan[12:]}")
_pan2 = luhn_complete("5" + str(_R.randint(1, 5)) + dg(13))
S("form", "de", f"Kreditkarte: {_pan2}, gültig bis 11/27, Prüfziffer {dg(3)}", _pan2)
_fpw = human_pw()
S("form", "en", json.dumps({"action": "type", "selector": "input[name=password]", "text": _fpw}), _fpw)
_fpw2 = human_pw()
S("form", "fr", f"Formulaire d'inscription\nIdentifiant : m.dubois\nMot de passe : {_fpw2}\nConfirmation : {_fpw2}", _fpw2)
_sheetpw = human_pw()
S("sheet", "en", f"System,URL,Username,Password\nRouter,http://192.168.1.1,admin,{_sheetpw}\nNAS,http://nas.local,backup,{human_pw()}\n", _sheetpw)
_totp = rs(32, B32)
S("doc", "en", f"otpauth://totp/Acme:ana@example.org?secret={_totp}&issuer=Acme&digits=6&period=30", _totp)
_totp2 = " ".join(rs(4, B32).lower() for _ in range(8))
S("chat", "de", f"Falls du 2FA für den Shared-Account einrichten musst, hier der Setup-Schlüssel: {_totp2}", _totp2)
_rc = "\n".join(f"{dg(4)}-{dg(4)}" for _ in range(5))
S("doc", "en", f"GitHub recovery codes for acme-admin (keep offline!):\n{_rc}\n", _rc.split("\n")[0])
_otp = dg(6)
S("chat", "es", f"Me acaba de llegar el código de verificación: {_otp}. ¿Lo introduces tú en la sesión del banco?", _otp)
_otp2 = dg(6)
S("support", "en", f"Agent: To confirm your identity I'll need the code we just texted you.\nCustomer: ok it's {_otp2}", _otp2)

# support chats with keys
_ghp2 = "ghp_" + rs(36)
S("support", "en", f"Customer: The CI can't clone the private repo. I set the token to {_ghp2} in the project settings, is that the right scope?", _ghp2)
_sk2 = "sk_live_" + rs(24)
S("support", "fr", f"Client : l'intégration renvoie 401 alors que j'utilise bien la clé {_sk2}. Pouvez-vous vérifier ?", _sk2)
_ak = aws_akid()
_as = aws_sk()
S("support", "ja", f"お客様：アクセスキー {_ak} とシークレット {_as} を設定しましたが、AccessDenied になります。", _as)

# logs / CI leaking
_oa2 = "sk-" + rs(48)
S("log", "en", f"Traceback (most recent call last):\n  File \"bot.py\", line 12, in <module>\n    openai.api_key = \"{_oa2}\"\nopenai.error.AuthenticationError: Incorrect API key provided", _oa2)
_npm2 = "npm_" + rs(36)
S("ci", "en", f"npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm=\"GitHub Package Registry\"\n+ npm config set //npm.pkg.github.com/:_authToken {_npm2}", _npm2)
_ghs = "ghs_" + rs(36)
S("ci", "en", f"remote: Invalid username or password.\nfatal: Authentication failed for 'https://x-access-token:{_ghs}@github.com/acme/api.git/'", _ghs)
_glr = "glrt-" + rs(20, B64U)
S("shell", "en", f"$ gitlab-runner register --url https://gitlab.example.com --token {_glr} --executor docker", _glr)
_wh = "whsec_" + rs(32)
S("env", "en", f"STRIPE_WEBHOOK_SECRET={_wh}\n", _wh)
_mb = "sk.eyJ1Ijoi" + rs(60, B64U) + "." + rs(22, B64U)
S("env", "en", f"MAPBOX_SECRET_TOKEN={_mb}\n", _mb)
_dis = rs(24, B64U) + "." + rs(6, B64U) + "." + rs(38, B64U)
S("chat", "en", f"bot wont come online, token is {_dis} pls help", _dis)
_pat = rs(52, string.ascii_lowercase + "234567")
S("shell", "en", f"$ git clone https://build:{_pat}@dev.azure.com/acme/Platform/_git/api", _pat)
_jira = "ATATT3xFfGF0" + rs(180, B64U) + "=" + HX(8)
S("tool-call", "en", json.dumps({"tool": "bash", "arguments": {"command": f"curl -u ana@example.org:{_jira} https://acme.atlassian.net/rest/api/3/myself"}}), _jira)
_age = "AGE-SECRET-KEY-1" + rs(58, BECH).upper()
S("file", "en", f"# created: 2025-01-04T10:00:00Z\n# public key: age1{rs(58, BECH)}\n{_age}\n", _age)
_wg = b64(32)
S("config", "en", f"[Interface]\nPrivateKey = {_wg}\nAddress = 10.8.0.2/32\n\n[Peer]\nPublicKey = {b64(32)}\nEndpoint = vpn.example.com:51820\n", _wg)
_hmac = hx(64)
S("config", "en", f"webhooks:\n  github:\n    secret: {_hmac}\n", _hmac)
_fern = b64u(32) + "="
S("code", "en", f"from cryptography.fernet import Fernet\nf = Fernet(b'{_fern}')", _fern)
_gcpkey = "AIza" + rs(35, B64U)
S("doc", "de", f"Für die Demo verwenden wir den Produktionsschlüssel {_gcpkey} (TODO: ersetzen!).", _gcpkey)
_oa3 = "sk-proj-" + rs(120, B64U)
S("thought", "en", f"The user pasted their key {_oa3}; I'll use it for the API call as requested.", _oa3)
_xai = "xai-" + rs(80)
S("env", "en", f"XAI_API_KEY={_xai}\n", _xai)
_grq = "gsk_" + rs(52)
S("env", "it", f"# chiave Groq personale\nGROQ_API_KEY={_grq}\n", _grq)

# ---------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------
if __name__ == "__main__":
    from collections import Counter
    ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for s in SECRETS:
        assert s.secret and s.secret in s.text, s.id
    print("SECRETS", len(SECRETS), "INNOCENT", len(INNOCENT))
    c = Counter("/".join(i.split("/")[:2]) for i in ids)
    for k in sorted(c):
        print(f"  {k}: {c[k]}")
    langs = Counter(i.split("/")[2] for i in ids)
    print("languages", len(langs), sorted(langs))
