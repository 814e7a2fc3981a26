"""Independent secret-redaction test corpus (corpus7).

Written by an automated helper session (Claude) on Sun Dec  6 20:04 UTC 2026,
WITHOUT seeing the redaction engine, its rules, or any earlier corpus.

Semantics:
  * SECRETS: each entry's `text` is a realistic fragment of an AI-agent
    trajectory (command, tool-call JSON, log, config, chat, ...).  `secret`
    is the exact substring of `text` that must NOT survive redaction
    (the redactor may remove more context around it, but the value itself
    must be gone).  Personal data (card numbers with valid Luhn, IBANs with
    valid mod-97 check, national ids with valid check digits, SSN + DOB,
    passport numbers) counts as secret here.
  * INNOCENT: text containing no secret; a good redactor leaves it
    byte-for-byte unchanged.  Where labelling is a judgement call the id
    says so (e.g. "judgement-...").

All values are fake and generated from a seeded random.Random; none is a
real credential.
"""
from __future__ import annotations

import base64
import random
import string
from typing import NamedTuple
from urllib.parse import quote


class Secret(NamedTuple):
    id: str      # "<category>/<context>", unique in the file
    text: str    # the secret in realistic context (one line to ~15 lines)
    secret: str  # the exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str    # realistic text containing NO secret; must be left unchanged


_R = random.Random(20261206)
_AN = string.ascii_letters + string.digits
_LOW = string.ascii_lowercase + string.digits
_UP = string.ascii_uppercase + string.digits
_HEX = "0123456789abcdef"
_B64 = _AN + "+/"
_URLSAFE = _AN + "-_"


def rs(n: int, alpha: str = _AN) -> str:
    return "".join(_R.choice(alpha) for _ in range(n))


def hx(n: int) -> str:
    return rs(n, _HEX)


def pw(n: int = 14) -> str:
    """Human-ish password in one of several styles (random parts, seeded)."""
    words = ["Falcon", "river", "Tundra", "maple", "Quartz", "ember", "Nimbus",
             "cobalt", "Orchid", "granite", "Vortex", "saffron", "Lumen", "harbor",
             "Pixel", "juniper", "Bramble", "otter", "Zephyr", "walnut"]
    style = _R.randrange(4)
    if style == 0:  # Word+word+digits+symbol(+tail)
        w = _R.choice(words) + _R.choice(words).lower()
        return w + str(_R.randint(10, 9999)) + _R.choice("!#$%&*@?^~") + rs(max(0, n - len(w) - 5), _AN)
    if style == 1:  # fully random, generator-style
        body = rs(n - 2, _AN)
        return body[:n // 2] + _R.choice("!#%&*^~-_") + body[n // 2:] + _R.choice("!#%&*^~-_.")
    if style == 2:  # passphrase
        return "-".join(_R.choice(words).lower() for _ in range(3)) + "-" + str(_R.randint(1, 99))
    # leetspeak-ish: capital word, substitutions, year, symbol
    w = _R.choice(words).capitalize().replace("o", "0").replace("a", "@").replace("e", "3")
    return w + _R.choice(["19", "20"]) + f"{_R.randint(0, 99):02d}" + _R.choice("!#$%&*?") + rs(max(0, n - len(w) - 7), _AN)


def pwu(n: int = 13) -> str:
    """Password safe to embed unencoded in URL userinfo (no @ : / ? # %)."""
    return "".join(c if c not in "@:/?#%&$^" else _R.choice("!*~") for c in pw(n))


def b64of(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def rbytes(n: int) -> bytes:
    return bytes(_R.randrange(256) for _ in range(n))


def jwt() -> str:
    hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(
        ('{"sub":"%d","iat":%d,"scope":"read write"}' % (_R.randint(1000, 99999), _R.randint(1700000000, 1790000000))).encode()
    ).decode().rstrip("=")
    return f"{hdr}.{body}.{rs(43, _URLSAFE)}"


def uuid4() -> str:
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + _R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(_R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    digits = [int(c) for c in body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban(country: str, bban: str) -> str:
    conv = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    check = 98 - int(conv) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def spaced4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def dni() -> str:  # Spain
    n = _R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn() -> str:  # Netherlands, 11-test
    while True:
        d = [_R.randint(0, 9) for _ in range(8)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10 and d[0] != 0:
            return "".join(map(str, d)) + str(last)


def cpf() -> str:  # Brazil
    d = [_R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def hetu() -> str:  # Finland
    dd, mm, yy = _R.randint(1, 28), _R.randint(1, 12), _R.randint(50, 99)
    ind = _R.randint(2, 899)
    num = int(f"{dd:02d}{mm:02d}{yy:02d}{ind:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{ind:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[num % 31]}"


def personnummer() -> str:  # Sweden, Luhn on 9 digits
    base = f"{_R.randint(60, 99):02d}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_R.randint(100, 999)}"
    ds = [int(c) for c in base]
    s = 0
    for i, x in enumerate(ds):
        x *= 2 if i % 2 == 0 else 1
        s += x - 9 if x > 9 else x
    return f"{base[:6]}-{base[6:]}{(10 - s % 10) % 10}"


def aadhaar() -> str:  # India, Verhoeff
    d = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
         [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
         [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
    p = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
         [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
    inv = [0,4,3,2,1,5,6,7,8,9]
    base = str(_R.randint(2, 9)) + "".join(str(_R.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = d[c][p[(i + 1) % 8][int(ch)]]
    s = base + str(inv[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def ssn() -> str:
    return f"{_R.randint(100, 665):03d}-{_R.randint(10, 99):02d}-{_R.randint(1000, 9999):04d}"


def nino() -> str:  # UK NI number
    return f"{_R.choice('ABCEGHJKLMNPRSTWXYZ')}{_R.choice('ABCEGHJKLMNPRSTWXYZ')}{_R.randint(100000, 999999)}{_R.choice('ABCD')}"


def sin_ca() -> str:  # Canada SIN (Luhn)
    s = luhn_complete(str(_R.randint(1, 7)), 9)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def pem_body(lines: int = 4) -> str:
    return "\n".join(rs(64, _B64) for _ in range(lines)) + "\n" + rs(24, _B64) + "=="


# ---------------------------------------------------------------------------
_S: list[Secret] = []
_I: list[Innocent] = []


def S(id_: str, text: str, secret: str) -> None:
    _S.append(Secret(id_, text, secret))


def I(id_: str, text: str) -> None:
    _I.append(Innocent(id_, text))


# ===================== data science / notebooks ============================
v = "dapi" + hx(32)
S("databricks-pat/notebook-json", '''{
 "cell_type": "code",
 "execution_count": 12,
 "metadata": {},
 "source": [
  "from databricks import sql\\n",
  "conn = sql.connect(server_hostname=\\"adb-4417.12.azuredatabricks.net\\",\\n",
  "                   http_path=\\"/sql/1.0/warehouses/8c1e2f\\",\\n",
  "                   access_token=\\"%s\\")\\n"
 ],
 "outputs": []
}''' % v, v)

v = pw(16)
S("snowflake-password/python-connector", f'''import snowflake.connector
ctx = snowflake.connector.connect(
    user="ETL_SVC",
    password="{v}",
    account="xy12345.eu-central-1",
    warehouse="TRANSFORM_WH",
)''', v)

v = pw(13)
S("dbt-password/profiles-yml", f'''analytics:
  target: prod
  outputs:
    prod:
      type: postgres
      host: warehouse.internal.lan
      user: dbt_runner
      pass: {v}
      port: 5432
      dbname: analytics
      schema: marts
      threads: 8''', v)

v = pw(15)
S("airflow-conn-uri/env-export", f"$ export AIRFLOW_CONN_WAREHOUSE_PG='postgresql://airflow:{quote(v, safe='')}@pg-prod.internal:5432/dwh?sslmode=require'", quote(v, safe=''))

v = rs(32, _URLSAFE) + "="
S("airflow-fernet-key/airflow-cfg", f'''[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
fernet_key = {v}
load_examples = False''', v)

v = hx(40)
S("wandb-api-key/netrc", f'''machine api.wandb.ai
  login user
  password {v}''', v)

v = hx(40)
S("wandb-api-key/notebook-magic", f'''In [3]: %env WANDB_API_KEY={v}
env: WANDB_API_KEY={v}
In [4]: import wandb; wandb.init(project="seg-unet")''', v)

v = "hf_" + rs(34, _AN)
S("huggingface-token/cli-login-output", f'''$ huggingface-cli login --token {v}
Token is valid (permission: write).
Your token has been saved to /home/jovyan/.cache/huggingface/token
Login successful''', v)

v = pw(14)
S("mlflow-tracking-password/shell", f'''$ export MLFLOW_TRACKING_URI=https://mlflow.research.example.org
$ export MLFLOW_TRACKING_USERNAME=ci-bot
$ export MLFLOW_TRACKING_PASSWORD='{v}'
$ mlflow runs list --experiment-id 7''', v)

v = "sk-" + rs(48)
S("openai-style-key/jupyter-traceback", f'''---------------------------------------------------------------------------
AuthenticationError                       Traceback (most recent call last)
Cell In[7], line 3
      1 import openai
----> 3 client = openai.OpenAI(api_key="{v}")
      4 resp = client.chat.completions.create(model=model_name, messages=msgs)''', v)

v = rs(40, _B64)
S("aws-secret/jupyter-boto3", f'''s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIA{rs(16, _UP)}",
    aws_secret_access_key="{v}",
    region_name="eu-west-1")''', v)

v = "AKIA" + rs(16, string.ascii_uppercase + "234567")
S("aws-access-key-id/r-script", f'''Sys.setenv("AWS_ACCESS_KEY_ID" = "{v}",
           "AWS_DEFAULT_REGION" = "us-east-2")
library(aws.s3)''', v)

v = pwu(12)
S("db-password/sqlalchemy-url-in-notebook-output", f'''engine = create_engine("mysql+pymysql://reporting:{v}@10.20.4.17/sales")
engine
Out[5]: Engine(mysql+pymysql://reporting:***@10.20.4.17/sales)''', v)

v = "ghp_" + rs(36)
S("github-pat/pip-install-url", f"!pip install git+https://{v}@github.com/acme-ml/feature-store.git@v0.9.1", v)

v = rs(44, _B64) + "=="
S("azure-storage-key/connection-string", f'DefaultEndpointsProtocol=https;AccountName=mlartifacts01;AccountKey={v};EndpointSuffix=core.windows.net', v)

v = hx(32)
S("kaggle-key/kaggle-json", '{"username":"lina_k","key":"%s"}' % v, v)

# ===================== mobile =============================================
v = pw(14)
S("android-keystore-password/gradle", f'''android {{
    signingConfigs {{
        release {{
            storeFile file("../keystore/release.jks")
            storePassword "{v}"
            keyAlias "upload"
            keyPassword "{v}"
        }}
    }}
}}''', v)

v = pw(12)
S("android-key-password/gradle-properties", f'''org.gradle.jvmargs=-Xmx4g
RELEASE_STORE_FILE=release.keystore
RELEASE_KEY_ALIAS=prod
RELEASE_STORE_PASSWORD=android
RELEASE_KEY_PASSWORD={v}''', v)

v = pw(13)
S("android-keystore-password/keytool-cmd", f"$ keytool -list -v -keystore app/release.jks -alias upload -storepass '{v}'", v)

v = "-----BEGIN PRIVATE KEY-----\n" + pem_body(3) + "\n-----END PRIVATE KEY-----"
S("appstore-connect-p8/fastlane-json", '''{
  "key_id": "%s",
  "issuer_id": "%s",
  "key": "%s",
  "in_house": false
}''' % (rs(10, _UP), uuid4(), v.replace("\n", "\\n")), v.replace("\n", "\\n"))

v = rs(4, string.ascii_lowercase) + "-" + rs(4, string.ascii_lowercase) + "-" + rs(4, string.ascii_lowercase) + "-" + rs(4, string.ascii_lowercase)
S("apple-app-specific-password/fastlane-env", f'''# fastlane/.env.default
FASTLANE_USER=release@studio.example
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={v}
MATCH_GIT_URL=git@git.example.com:ios/certs.git''', v)

v = pw(15)
S("match-password/ci-log", f'''[14:02:11]: Cloning remote git repo...
[14:02:13]: $ MATCH_PASSWORD={v} bundle exec fastlane match appstore --readonly
[14:02:19]: 🔓  Successfully decrypted certificates repo''', v)

v = "AIza" + rs(35, _URLSAFE)
S("firebase-api-key/google-services-json", '''{
  "client": [{
    "client_info": {"mobilesdk_app_id": "1:80123:android:%s", "android_client_info": {"package_name": "com.example.pets"}},
    "api_key": [{"current_key": "%s"}]
  }]
}''' % (hx(16), v), v)

v = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(rs(64, _B64) for _ in range(3)) + "\\n-----END PRIVATE KEY-----\\n"
S("gcp-service-account-key/firebase-admin-json", '''{
  "type": "service_account",
  "project_id": "pets-prod",
  "private_key_id": "%s",
  "private_key": "%s",
  "client_email": "firebase-adminsdk-x1@pets-prod.iam.gserviceaccount.com"
}''' % (hx(40), v), v)

v = "AAAA" + rs(7, _URLSAFE) + ":APA91b" + rs(134, _URLSAFE)
S("fcm-server-key/curl", f'''curl -X POST https://fcm.googleapis.com/fcm/send \\
  -H "Authorization: key={v}" \\
  -H "Content-Type: application/json" \\
  -d '{{"to":"/topics/news","notification":{{"title":"Hi"}}}}' ''', v)

v = pw(12)
S("ios-keychain-password/swift-literal", f'''let query: [String: Any] = [
    kSecClass as String: kSecClassGenericPassword,
    kSecAttrAccount as String: "sync-service",
    kSecValueData as String: "{v}".data(using: .utf8)!
]''', v)

# ===================== embedded / IoT ======================================
v = pw(12)
S("wifi-psk/wpa-supplicant", f'''ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
country=DE
network={{
    ssid="Werkstatt-5G"
    psk="{v}"
    key_mgmt=WPA-PSK
}}''', v)

v = pw(11)
S("wifi-psk/esp32-arduino", f'''#include <WiFi.h>
const char* ssid     = "GreenhouseNet";
const char* password = "{v}";
void setup() {{ WiFi.begin(ssid, password); }}''', v)

v = pw(12)
S("mqtt-password/mosquitto-pub", f"$ mosquitto_pub -h broker.plant3.local -p 8883 --cafile ca.crt -u sensor-gw -P '{v}' -t 'plant3/line2/temp' -m 21.4", v)

v = pw(13)
S("mqtt-password/url-in-yaml", f'''mqtt:
  broker: mqtts://gateway01:{quote(v, safe='')}@iot.example.net:8883
  client_id: gw-01
  topics: [telemetry/#]''', quote(v, safe=''))

v = b64of(rbytes(32))
S("iot-hub-sas-key/device-connection-string", f'HostName=factory-hub.azure-devices.net;DeviceId=press-017;SharedAccessKey={v}', v)

v = pw(10)
S("serial-console-root-password/minicom-log", f'''U-Boot 2021.01 (Mar 03 2024 - 10:12:55 +0000)
...
buildroot login: root
Password: 
# echo 'root:{v}' | chpasswd
# passwd -S root
root P 03/04/2024 0 99999 7 -1''', v)

v = rs(16, "0123456789ABCDEF")
S("lorawan-appkey/chirpstack-cli", f'''> provision device
dev_eui  = 70B3D57ED005A1C2
join_eui = 0000000000000000
app_key  = {v}
status   = OK (OTAA keys stored)''', v)

v = pwu(12)
S("ip-camera-rtsp-password/ffmpeg", f"ffmpeg -rtsp_transport tcp -i 'rtsp://admin:{v}@192.168.1.64:554/Streaming/Channels/101' -t 10 -c copy clip.mp4", v)

v = hx(32)
S("zigbee-network-key/zigbee2mqtt-config", f'''advanced:
  pan_id: 6754
  ext_pan_id: [221, 221, 221, 221, 221, 221, 221, 221]
  network_key: [{", ".join(str(int(v[i:i+2], 16)) for i in range(0, 32, 2))}]
  channel: 15''', ", ".join(str(int(v[i:i+2], 16)) for i in range(0, 32, 2)))

v = hx(64)
S("home-assistant-token/rest-command", f'''rest_command:
  garage_open:
    url: http://ha.local:8123/api/services/cover/open_cover
    headers:
      authorization: "Bearer {v}"''', v)

# ===================== game dev ============================================
v = hx(32).upper()
S("steam-web-api-key/query-param", f"GET https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key={v}&steamids=76561198000000000 HTTP/1.1", v)

v = pw(14)
S("steamcmd-password/build-script", f'''#!/bin/bash
steamcmd +login builder_acct {v} +run_app_build ../scripts/app_build_1234560.vdf +quit''', v)

v = pw(13)
S("unity-license-password/ci-yaml", f'''- name: Activate Unity
  env:
    UNITY_EMAIL: ci@studio.example
    UNITY_PASSWORD: {v}
    UNITY_SERIAL: {rs(2,_UP)}-{rs(4,_UP)}-{rs(4,_UP)}-{rs(4,_UP)}-{rs(4,_UP)}-{rs(4,_UP)}''', v)

v = rs(2, _UP) + "-" + "-".join(rs(4, _UP) for _ in range(5))
S("unity-serial/activation-cmd", f'Unity.exe -batchmode -quit -serial {v} -username "ci@studio.example" -password "$env:UNITY_PW"', v)

v = rs(32, _AN)
S("epic-eos-client-secret/ini", f'''[/Script/OnlineSubsystemEOS.EOSSettings]
ProductId={hx(32)}
SandboxId={hx(32)}
ClientId=xyza{rs(28, _AN)}
ClientSecret={v}''', v)

v = hx(64)
S("playfab-secret-key/csharp", f'''PlayFabSettings.staticSettings.TitleId = "A1B2C";
PlayFabSettings.staticSettings.DeveloperSecretKey = "{v.upper()[:52]}";''', v.upper()[:52])

# ===================== finance / healthcare ================================
v = "sk_live_" + rs(24)
S("stripe-live-key/php", f'''<?php
\\Stripe\\Stripe::setApiKey('{v}');
$intent = \\Stripe\\PaymentIntent::create(['amount' => 1999, 'currency' => 'eur']);''', v)

v = "rk_live_" + rs(24)
S("stripe-restricted-key/ruby", f'''Stripe.api_key = ENV.fetch("STRIPE_KEY", "{v}")
Stripe::Charge.list(limit: 3)''', v)

v = rs(80, _URLSAFE)
S("paypal-client-secret/curl-basic", f"curl -v https://api-m.paypal.com/v1/oauth2/token -u \"AZ{rs(78,_URLSAFE)}:{v}\" -d \"grant_type=client_credentials\"", v)

v = rs(16, _AN)
S("authorize-net-transaction-key/xml", f'''<createTransactionRequest xmlns="AnetApi/xml/v1/schema/AnetApiSchema.xsd">
  <merchantAuthentication>
    <name>5KP3u95bQpv</name>
    <transactionKey>{v}</transactionKey>
  </merchantAuthentication>''', v)

v = "access-production-" + uuid4()
S("plaid-access-token/python-log", f"2026-11-02 09:14:55 INFO plaid_sync item=itm_88 exchanged public token -> access_token={v}", v)

v = rs(28, _AN)
S("bank-api-client-secret/psd2-yaml", f'''psd2:
  aspsp: sandbox-bank
  client_id: tpp-{hx(8)}
  client_secret: "{v}"
  redirect_uri: https://app.example.eu/cb''', v)

v = pw(14)
S("fhir-oauth-client-secret/smart-backend", f'''POST /oauth2/token HTTP/1.1
Host: fhir.hospital.example.org
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=lab-bridge&client_secret={quote(v, safe='')}&scope=system%2FObservation.read''', quote(v, safe=''))

v = jwt()
S("fhir-bearer-token/http-request", f'''GET /fhir/R4/Patient?identifier=MRN|0047712 HTTP/1.1
Host: ehr.example-health.org
Accept: application/fhir+json
Authorization: Bearer {v}''', v)

v = pw(12)
S("hl7-mllp-password/mirth-channel-xml", f'''<connector>
  <properties class="com.mirth.connect.connectors.jdbc.DatabaseReceiverProperties">
    <url>jdbc:sqlserver://emr-db:1433;databaseName=HL7Stage</url>
    <username>mirth_ro</username>
    <password>{v}</password>
  </properties>
</connector>''', v)

v = ssn()
dob = f"{_R.randint(1940, 2000)}-{_R.randint(1, 12):02d}-{_R.randint(1, 28):02d}"
S("ssn/hl7-pid-segment", f'''MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|ELAB-3|202611021230||ADT^A01|MSG00001|P|2.5
PID|1||PATID1234^^^GHH^MR||EVERYWOMAN^EVE^E||{dob.replace("-", "")}|F|||153 FERNWOOD DR.^^STATESVILLE^OH^35292||(206)3345232|||S||PATID12345001^2^M10^ADT1^AN^A|{v}''', v)

v = pw(10)
S("swift-alliance-password/operator-chat", f'''[ops-payments] @maria the SAA operator login for the DR box is op_night / {v} — change it after tonight's MT103 batch please''', v)

v = "-----BEGIN RSA PRIVATE KEY-----\n" + pem_body(5) + "\n-----END RSA PRIVATE KEY-----"
S("private-key-pem/ebics-bank-key", f'''$ cat ebics/keys/A006_private.pem
{v}
$ openssl rsa -in ebics/keys/A006_private.pem -noout -check
RSA key ok''', v)

v = rs(32, _AN)
S("adyen-api-key/kotlin", f'''val config = Config().apply {{
    apiKey = "AQE{v}"
    environment = Environment.LIVE
}}''', "AQE" + v)

# ===================== customer-service PII ================================
c = luhn_complete("4", 16)
assert luhn_ok(c)
S("card-number/support-chat", f'''User: my card keeps getting declined, the number is {spaced4(c)} exp 09/28
Agent: Thanks, I've opened ticket #58213 and escalated to billing.''', spaced4(c))

c = luhn_complete("51", 16)
S("card-number/tool-call-json", '{"name": "lookup_payment", "arguments": {"customer_id": "C-20931", "card_number": "%s", "amount_cents": 4599}}' % c, c)

c = luhn_complete("37", 15)
S("card-number/amex-dashed-email", f"Hi team, please refund order 771-20 to my Amex {c[:4]}-{c[4:10]}-{c[10:]} (CVV not needed I hope). — Paul", f"{c[:4]}-{c[4:10]}-{c[10:]}")

c = luhn_complete("6011", 16)
cvv = f"{_R.randint(100, 999)}"
S("card-number/checkout-debug-log-with-cvv", f"DEBUG checkout.py:88 payload={{'pan': '{c}', 'exp': '11/27', 'cvv': '{cvv}', 'zip': '94107'}}", c)

i = iban("DE", f"{_R.randint(10000000, 99999999)}{_R.randint(10**9, 10**10 - 1)}")
assert iban_ok(i)
S("iban/german-chat", f"Kunde: Bitte überweisen Sie die Erstattung auf mein Konto {spaced4(i)}, Kontoinhaber Jonas Weber.", spaced4(i))

i = iban("GB", f"NWBK{_R.randint(100000, 999999)}{_R.randint(10**7, 10**8 - 1)}")
S("iban/gb-support-ticket", f"Ticket #4410 – refund destination: {i} (NatWest), customer confirmed by phone.", i)

i = iban("FR", f"{_R.randint(10**9, 10**10 - 1)}{rs(11, string.digits)}{_R.randint(10, 99)}")
S("iban/french-json", '{"beneficiaire": "Claire Martin", "iban": "%s", "bic": "BNPAFRPPXXX"}' % i, i)

i = iban("NL", f"ABNA{_R.randint(10**9, 10**10 - 1)}")
S("iban/dutch-sql-insert", f"INSERT INTO payouts (vendor_id, iban, amount) VALUES (311, '{i}', 1250.00);", i)

v = ssn()
S("ssn-dob/customer-service-notes", f'''Caller verified identity:
  Name: Denise Alvarez
  DOB: 04/17/1979
  SSN: {v}
  Reason: dispute on statement 2026-10''', v)

v = ssn()
S("ssn/llm-tool-args-camelcase", '{"tool":"verifyIdentity","args":{"fullName":"Mark Lee","dateOfBirth":"1988-02-11","socialSecurityNumber":"%s"}}' % v, v)

v = dni()
S("national-id-es-dni/spanish-chat", f"Cliente: Mi DNI es {v} y mi fecha de nacimiento 12/03/1985, ¿pueden cambiar la dirección de envío?", v)

v = bsn()
S("national-id-nl-bsn/dutch-form", f"Formulier ontvangen: naam=E. de Vries, BSN={v}, geboortedatum=1991-07-30", v)

v = cpf()
S("national-id-br-cpf/portuguese-chat", f"Atendente: para emitir a nota fiscal preciso do seu CPF. Cliente: claro, {v}", v)

v = hetu()
S("national-id-fi-hetu/finnish-email", f"Hei, henkilötunnukseni on {v}. Voitteko päivittää laskutusosoitteen?", v)

v = personnummer()
S("national-id-se-personnummer/swedish-log", f"2026-12-01T08:11:02Z kundtjanst.verify personnummer={v} result=MATCH", v)

v = aadhaar()
S("national-id-in-aadhaar/kyc-json", '{"kyc": {"name": "Priya Nair", "aadhaar": "%s", "pan": "ABCPN%dK"}}' % (v, _R.randint(1000, 9999)), v)

v = nino()
S("national-id-uk-nino/hr-csv", f'''employee_id,name,ni_number,start_date
E1042,Sam Okafor,{v},2024-03-01''', v)

v = sin_ca()
S("national-id-ca-sin/french-canadian-chat", f"Client : mon NAS est le {v}, je voudrais mettre à jour mon dossier de paie.", v)

v = f"{rs(1, string.ascii_uppercase)}{_R.randint(10000000, 99999999)}"
S("passport-number/travel-booking-tool", f'''{{"function": "book_flight", "parameters": {{"passenger": "Anna Kowalski", "passport_no": "{v}", "nationality": "PL", "dob": "1990-05-14"}}}}''', v)

v = f"{_R.randint(100000000, 999999999)}"
S("passport-number/us-visa-email", f"Subject: ESTA application\n\nPassport number: {v}\nIssuing country: USA\nExpiry: 2031-08-19", v)

# ===================== Windows / enterprise admin ==========================
v = pw(14)
S("ad-password/powershell-convertto-securestring", f'''PS C:\\> $pw = ConvertTo-SecureString '{v}' -AsPlainText -Force
PS C:\\> New-ADUser -Name "svc_backup" -AccountPassword $pw -Enabled $true -Path "OU=Service,DC=corp,DC=local"''', v)

v = pw(13)
S("ad-password/net-user-cmd", f"C:\\Windows\\system32> net user helpdesk02 {v} /add /domain", v)

v = pw(12)
S("rdp-password/cmdkey", f'C:\\> cmdkey /generic:TERMSRV/jump01.corp.local /user:CORP\\adm_jlee /pass:"{v}"', v)

v = pw(14)
S("sccm-naa-password/log", f'''<![LOG[Setting network access account credentials. User = CORP\\sccm_naa, Password = {v}]LOG]!><time="10:22:01.113+000" date="11-30-2026" component="PolicyAgent_ReplyAssignments" context="" type="1" thread="4120" file="">''', v)

v = pw(12)
S("autologon-password/registry-reg", f'''Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="STORE42"
"DefaultPassword"="{v}"''', v)

v = pw(13)
S("unattend-admin-password/xml", f'''<UserAccounts>
  <AdministratorPassword>
    <Value>{v}</Value>
    <PlainText>true</PlainText>
  </AdministratorPassword>
</UserAccounts>''', v)

v = pw(14)
S("exchange-password/powershell-credential", f'''$cred = New-Object System.Management.Automation.PSCredential("admin@contoso.onmicrosoft.com", (ConvertTo-SecureString "{v}" -AsPlainText -Force))
Connect-ExchangeOnline -Credential $cred''', v)

v = rs(34, _AN + "~._-")
S("azure-ad-client-secret/sharepoint-pnp", f"Connect-PnPOnline -Url https://contoso.sharepoint.com/sites/hr -ClientId {uuid4()} -ClientSecret '{v}' -Tenant contoso.onmicrosoft.com", v)

v = hx(32)
S("ntlm-hash/secretsdump-output", f'''[*] Dumping local SAM hashes (uid:rid:lmhash:nthash)
Administrator:500:aad3b435b51404eeaad3b435b51404ee:{v}:::
Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::''', v)

v = pw(12)
S("gpp-cpassword-plaintext/psexec", f"PS> .\\PsExec64.exe \\\\FILESRV02 -u CORP\\deploy -p {v} -s cmd /c \"gpupdate /force\"", v)

v = pw(13)
S("mssql-sa-password/sqlcmd", f"sqlcmd -S tcp:sql01.corp.local,1433 -U sa -P \"{v}\" -Q \"SELECT @@VERSION\"", v)

v = pw(14)
S("ldap-bind-password/ldapsearch", f"$ ldapsearch -H ldaps://dc01.corp.local -D 'CN=svc_ldap,OU=Service,DC=corp,DC=local' -w '{v}' -b 'DC=corp,DC=local' '(sAMAccountName=jlee)'", v)

v = "-".join(f"{_R.randint(0, 65535) * 11:06d}" for _ in range(8))
S("bitlocker-recovery-key/helpdesk-chat", f"Helpdesk (Teams): Hi Ana, your BitLocker recovery key for LAPTOP-7Q2 is {v} — type it at the blue screen.", v)

v = pw(12)
S("laps-password/powershell-output", f'''PS> Get-LapsADPassword -Identity WKS-0193 -AsPlainText

ComputerName        : WKS-0193
DistinguishedName   : CN=WKS-0193,OU=Workstations,DC=corp,DC=local
Account             : Administrator
Password            : {v}
PasswordUpdateTime  : 12/1/2026 7:14:22 AM''', v)

# ===================== networking gear =====================================
v = pw(12)
S("cisco-enable-secret-type0/ios-config", f'''hostname edge-rtr-01
!
enable secret 0 {v}
!
username netops privilege 15 secret 0 {pw(11)}''', v)

v = "$9$" + rs(18, _AN + "./")
S("juniper-encrypted-password-type9/junos", f'''system {{
    root-authentication {{
        encrypted-password "{v}"; ## SECRET-DATA
    }}
}}''', v)

v = pw(14)
S("radius-shared-secret/clients-conf", f'''client wlc-campus {{
    ipaddr = 10.40.0.5
    secret = {v}
    shortname = wlc
    nas_type = cisco
}}''', v)

v = pw(13)
S("tacacs-key/ios-config", f'''tacacs server ISE-1
 address ipv4 10.1.1.20
 key 0 {v}
 single-connection''', v)

v = rs(12, _AN)
S("snmp-community/snmpwalk", f"$ snmpwalk -v2c -c {v} 10.0.12.1 1.3.6.1.2.1.2.2.1.2", v)

v = pw(14)
S("snmpv3-auth-password/ios", f"snmp-server user nms-ro NMSGROUP v3 auth sha {v} priv aes 128 {pw(13)}", v)

v = pw(16)
S("ipsec-psk/strongswan-secrets", f'''# /etc/ipsec.secrets
203.0.113.10 198.51.100.22 : PSK "{v}"''', v)

v = pw(15)
S("ipsec-psk/ios-isakmp", f"crypto isakmp key {v} address 198.51.100.22", v)

v = b64of(rbytes(32))
S("wireguard-private-key/wg0-conf", f'''[Interface]
Address = 10.8.0.2/24
PrivateKey = {v}
DNS = 10.8.0.1

[Peer]
PublicKey = {b64of(rbytes(32))}
Endpoint = vpn.example.net:51820''', v)

v = pw(12)
S("fortigate-admin-password/cli", f'''FGT60F # config system admin
FGT60F (admin) # edit "netadmin"
FGT60F (netadmin) # set password {v}
FGT60F (netadmin) # end''', v)

v = hx(32)
S("openvpn-static-key/tls-auth", f'''<tls-auth>
-----BEGIN OpenVPN Static key V1-----
{v}
{hx(32)}
-----END OpenVPN Static key V1-----
</tls-auth>''', v)

v = pw(11)
S("ospf-md5-key/ios", f''' interface GigabitEthernet0/1
 ip ospf authentication message-digest
 ip ospf message-digest-key 1 md5 {v}''', v)

# ===================== CMS / e-commerce ====================================
v = pw(14)
S("wordpress-db-password/wp-config", f'''define( 'DB_NAME', 'wp_shop' );
define( 'DB_USER', 'wp_shop_u' );
define( 'DB_PASSWORD', '{v}' );
define( 'DB_HOST', 'localhost' );''', v)

v = rs(64, _AN + "!@#$%^&*()-_[]{}<>~+=,.;:/?|")
v = v.replace("'", "").replace("\\", "")
S("wordpress-auth-salt/wp-config", f"define( 'AUTH_KEY',         '{v}' );", v)

v = rs(4, _AN) + " " + rs(4, _AN) + " " + rs(4, _AN) + " " + rs(4, _AN) + " " + rs(4, _AN) + " " + rs(4, _AN)
S("wordpress-application-password/curl", f"curl --user \"editor:{v}\" https://blog.example.org/wp-json/wp/v2/posts?status=draft", v)

v = pw(13)
S("magento-db-password/env-php", f''''db' => [
    'connection' => [
        'default' => [
            'host' => 'mysql',
            'dbname' => 'magento',
            'username' => 'magento',
            'password' => '{v}',
        ],
    ],
],''', v)

v = hx(32)
S("magento-crypt-key/env-php", f"'crypt' => [ 'key' => '{v}' ],", v)

v = "shpat_" + hx(32)
S("shopify-admin-token/graphql-curl", f'''curl -X POST https://my-store.myshopify.com/admin/api/2024-10/graphql.json \\
  -H 'X-Shopify-Access-Token: {v}' \\
  -d '{{"query":"{{ shop {{ name }} }}"}}' ''', v)

v = "shpss_" + hx(32)
S("shopify-shared-secret/dotenv", f'''SHOPIFY_API_KEY={hx(32)}
SHOPIFY_API_SECRET={v}
SCOPES=read_products,write_orders''', v)

v = "ck_" + hx(40)
v2 = "cs_" + hx(40)
S("woocommerce-consumer-secret/url-query", f"GET https://shop.example.com/wp-json/wc/v3/orders?consumer_key={v}&consumer_secret={v2}&per_page=20", v2)

v = pw(12)
S("drupal-db-password/settings-php", f'''$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => '{v}',
  'host' => 'db',
  'driver' => 'mysql',
];''', v)

# ===================== HPC / scientific ====================================
v = pw(13)
S("slurm-db-password/slurmdbd-conf", f'''StorageType=accounting_storage/mysql
StorageHost=dbhost01
StorageUser=slurm
StoragePass={v}
StorageLoc=slurm_acct_db''', v)

v = rs(1024 // 8, _B64)[:80]
S("munge-key-base64/ansible-var", f'''munge_key_b64: "{v}"
slurm_cluster_name: hpc-lab''', v)

v = pw(12)
S("globus-client-secret/python", f'''from globus_sdk import ConfidentialAppAuthClient
client = ConfidentialAppAuthClient("{uuid4()}", "{v}")''', v)

v = pw(14)
S("irods-password/iinit-session", f'''$ iinit
Enter the host name (DNS) of the server to connect to: irods.uni-example.de
Enter the port number: 1247
Enter your irods user name: kschmidt
Enter your irods zone: tempZone
Enter your current iRODS password: {v}''', v)

v = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + pem_body(6) + "\n-----END OPENSSH PRIVATE KEY-----"
S("ssh-private-key/cluster-cat", f'''[kschmidt@login01 ~]$ cat ~/.ssh/id_ed25519
{v}''', v)

# ===================== telecom / SIP =======================================
v = pw(13)
S("sip-password/pjsip-conf", f'''[6001]
type=auth
auth_type=userpass
username=6001
password={v}''', v)

v = pw(12)
S("sip-secret/sip-conf-legacy", f'''[trunk-provider]
type=peer
host=sip.carrier.example
username=4930123456
secret={v}
fromdomain=sip.carrier.example''', v)

v = pw(12)
S("sip-uri-password/softphone-log", f"12:01:33.102 REGISTER sip:pbx.example.com -> using account sip:1042:{quote(v, safe='')}@pbx.example.com;transport=tls", quote(v, safe=''))

v = hx(32)
S("twilio-auth-token/node", f'''const client = require('twilio')(
  'AC{hx(32)}',
  '{v}'
);''', v)

v = "SK" + hx(32)
v2 = rs(32, _AN)
S("twilio-api-secret/env", f'''TWILIO_API_KEY={v}
TWILIO_API_SECRET={v2}''', v2)

# ===================== email / chat bots ===================================
v = rs(16, string.ascii_lowercase)
S("gmail-app-password/thunderbird-prefs", f'''user_pref("mail.smtpserver.smtp1.hostname", "smtp.gmail.com");
user_pref("mail.smtpserver.smtp1.username", "ops.alerts@gmail.com");
user_pref("signon.rememberedPassword.smtp1", "{v}");''', v)

v = pw(14)
S("smtp-password/django-settings", f'''EMAIL_HOST = "smtp.mailgun.org"
EMAIL_PORT = 587
EMAIL_HOST_USER = "postmaster@mg.example.com"
EMAIL_HOST_PASSWORD = "{v}"''', v)

v = pw(12)
S("imap-password/mutt-rc", f'''set imap_user = "k.tanaka@example.jp"
set imap_pass = "{v}"
set folder = "imaps://mail.example.jp:993"''', v)

v = "xoxb-" + f"{_R.randint(10**11, 10**12)}-{_R.randint(10**12, 10**13)}-" + rs(24)
S("slack-bot-token/python-bolt", f'app = App(token="{v}", signing_secret=os.environ["SLACK_SIGNING_SECRET"])', v)

v = f"https://hooks.slack.com/services/T{rs(8, _UP)}/B{rs(10, _UP)}/{rs(24)}"
S("slack-webhook-url/alertmanager", f'''receivers:
- name: team-ml
  slack_configs:
  - api_url: {v}
    channel: '#ml-alerts' ''', v)

v = f"{_R.randint(10**9, 10**10)}:AA{rs(33, _URLSAFE)}"
S("telegram-bot-token/requests-url", f"requests.get(f\"https://api.telegram.org/bot{v}/sendMessage\", params={{'chat_id': chat_id, 'text': msg}})", v)

v = rs(24, _URLSAFE) + "." + rs(6, _URLSAFE) + "." + rs(38, _URLSAFE)
S("discord-bot-token/js", f"client.login('{v}');", v)

v = f"https://discord.com/api/webhooks/{_R.randint(10**17, 10**18)}/{rs(68, _URLSAFE)}"
S("discord-webhook/gh-actions-log", f"Run curl -H 'Content-Type: application/json' -d '{{\"content\":\"deploy ok\"}}' {v}", v)

v = pw(13)
S("matrix-password/bot-config", f'''homeserver: https://matrix.example.org
user_id: "@helpbot:example.org"
password: "{v}"
device_name: helpbot-prod''', v)

# ===================== LLM tool calls (naming styles) ======================
v = "sk-ant-api03-" + rs(86, _URLSAFE) + "AA"
S("anthropic-style-key/tool-call-snake", '{"type":"tool_use","name":"set_env","input":{"var_name":"ANTHROPIC_API_KEY","var_value":"%s"}}' % v, v)

v = pw(14)
S("db-password/tool-call-camel", '{"function":{"name":"connectDatabase","arguments":"{\\"host\\":\\"db.internal\\",\\"userName\\":\\"app\\",\\"passWord\\":\\"%s\\"}"}}' % v, v)

v = rs(40, _AN)
S("api-key/tool-call-kebab-yaml", f'''tool: http-request
args:
  url: https://api.weather-vendor.example/v3/forecast
  x-api-key: {v}
  method: GET''', v)

v = pw(12)
S("password/tool-call-xmlish", f'''<invoke name="ssh_exec">
<parameter name="host">build-07.lab</parameter>
<parameter name="user">ci</parameter>
<parameter name="password">{v}</parameter>
<parameter name="command">df -h</parameter>
</invoke>''', v)

v = "glpat-" + rs(20, _URLSAFE)
S("gitlab-pat/tool-call-pascal", '{"ToolName":"GitClone","Arguments":{"RepoUrl":"https://oauth2:%s@gitlab.example.com/data/etl.git","Branch":"main"}}' % v, v)

v = rs(32, _AN)
S("api-key/agent-thought-prose", f"Thought: The user pasted their Mapbox-style token `{v}` in the previous message; I'll put it in .env rather than hard-coding it.", v)

v = "sk-" + rs(48)
S("api-key/chat-user-message-german", f"Nutzer: Hier ist mein Schlüssel, bitte teste damit: {v} – danach lösche ich ihn wieder.", v)

v = pw(12)
S("password/chat-japanese", f"ユーザー: サーバーのパスワードは {v} です。デプロイをお願いします。", v)

v = pw(13)
S("password/chat-french", f"Utilisateur : le mot de passe du compte admin WordPress est « {v} », tu peux te connecter ?", v)

v = pw(12)
S("password/chat-russian", f"Пользователь: логин deploy, пароль {v} — зайди на сервер и перезапусти nginx.", v)

v = pw(12)
S("password/chat-chinese", f"用户：数据库密码是{v}，请帮我备份一下。", v)

# ===================== generic web/cloud (smaller share) ===================
v = jwt()
S("jwt/cookie-header", f"Cookie: _ga=GA1.2.1837465.1700000000; session={v}; theme=dark", v)

v = rs(32, _AN)
S("session-cookie/set-cookie-response", f'''HTTP/1.1 302 Found
Location: /dashboard
Set-Cookie: sessionid={v}; Path=/; HttpOnly; Secure; SameSite=Lax''', v)

v = b64of(f"deploy:{pw(12)}".encode())
S("basic-auth-header/http-log", f"GET /api/v1/artifacts HTTP/1.1\nHost: nexus.internal\nAuthorization: Basic {v}\nUser-Agent: curl/8.4.0", v)

v = pwu(12)
S("url-userinfo-password/git-remote", f'''$ git remote -v
origin	https://jdoe:{v}@bitbucket.example.com/scm/proj/repo.git (fetch)''', v)

v = pw(12)
S("redis-password/redis-cli", f"$ redis-cli -h cache-01 -p 6379 -a '{v}' --no-auth-warning INFO keyspace", v)

v = pwu(13)
S("mongodb-password/uri-go", f'''client, err := mongo.Connect(ctx, options.Client().ApplyURI("mongodb+srv://orders_rw:{v}@cluster0.ab1cd.mongodb.net/?retryWrites=true"))''', v)

v = pw(12)
S("postgres-password/psql-env", f"$ PGPASSWORD='{v}' psql -h 10.3.2.9 -U reporting -d finance -c '\\dt'", v)

v = pw(13)
S("mysql-password/flag-attached", f"mysql -h db-staging -u root -p{v} -e 'SHOW DATABASES;'", v)

v = pw(13)
S("db-password/sql-create-user", f"mysql> CREATE USER 'grafana'@'%' IDENTIFIED BY '{v}';\nQuery OK, 0 rows affected (0.01 sec)", v)

v = pw(13)
S("db-password/sql-alter-role-postgres", f"postgres=# ALTER ROLE app_rw WITH LOGIN PASSWORD '{v}';\nALTER ROLE", v)

v = pw(14)
S("java-properties/spring-datasource", f'''spring.datasource.url=jdbc:postgresql://db:5432/orders
spring.datasource.username=orders
spring.datasource.password={v}
spring.jpa.hibernate.ddl-auto=validate''', v)

v = pw(14)
S("csharp-connection-string/appsettings-json", '''{
  "ConnectionStrings": {
    "Default": "Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password=%s;Encrypt=True;"
  }
}''' % v, v)

v = rs(40, _AN)
S("rust-literal/api-token", f'''let client = reqwest::Client::new();
let resp = client.get("https://api.vendor.example/v2/items")
    .bearer_auth("{v}")
    .send().await?;''', v)

v = pw(13)
S("kotlin-literal/ktor-basic-auth", f'''install(Auth) {{
    basic {{ credentials {{ BasicAuthCredentials(username = "svc-sync", password = "{v}") }} }}
}}''', v)

v = rs(32, _AN)
S("go-literal/hmac-signing-secret", f'''var webhookSecret = []byte("{v}")

func verify(sig, body []byte) bool {{
	mac := hmac.New(sha256.New, webhookSecret)''', v)

v = pw(14)
S("ruby-literal/rails-credentials-decrypted", f'''$ EDITOR=cat bin/rails credentials:show
secret_key_base: {hx(128)}
smtp:
  password: {v}''', v)

v = hx(128)
S("rails-secret-key-base/credentials-show", f'''$ EDITOR=cat bin/rails credentials:show
secret_key_base: {v}''', v)

v = "django-insecure-" + rs(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
S("django-secret-key/settings-py", f"SECRET_KEY = '{v}'", v)

v = pw(14)
S("diff-added-password/git-show", f'''diff --git a/config/prod.ini b/config/prod.ini
index 3e4f1a2..9b8c7d0 100644
--- a/config/prod.ini
+++ b/config/prod.ini
@@ -4,3 +4,3 @@
 [db]
 user = billing
-password = CHANGE_ME
+password = {v}''', v)

v = pw(14)
S("diff-removed-password/git-log-p", f'''commit 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b
    remove hardcoded creds

-    smtp_pass = "{v}"
+    smtp_pass = os.environ["SMTP_PASS"]''', v)

v = pw(12)
S("stack-trace-with-password/java", f'''org.postgresql.util.PSQLException: FATAL: password authentication failed for user "etl"
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
Caused by: connecting with url=jdbc:postgresql://db:5432/dw?user=etl&password={v}
	at com.example.etl.Main.main(Main.java:41)''', v)

v = pw(12)
S("python-traceback-locals/password", f'''Traceback (most recent call last):
  File "/app/sync.py", line 88, in login
    r = session.post(url, data={{"user": user, "pass": password}})
    locals: user='ops', password='{v}', url='https://portal.vendor.example/login'
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='portal.vendor.example', port=443)''', v)

v = pw(13)
S("env-dump/printenv", f'''$ printenv | sort
HOME=/root
HOSTNAME=worker-5c9f
LANG=C.UTF-8
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin
RABBITMQ_DEFAULT_PASS={v}
RABBITMQ_DEFAULT_USER=queue''', v)

v = rs(40, _AN)
S("docker-inspect-env/json", '''"Env": [
    "PATH=/usr/local/sbin:/usr/local/bin",
    "SENTRY_AUTH_TOKEN=%s",
    "NODE_ENV=production"
],''' % v, v)

v = b64of(pw(14).encode())
S("k8s-secret-base64/yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: db-creds
type: Opaque
data:
  username: {b64of(b"app")}
  password: {v}''', v)

v = pw(13)
S("hcl-terraform/db-password-tfvars", f'''region      = "eu-north-1"
db_username = "admin"
db_password = "{v}"''', v)

v = rs(14, _AN) + "." + "atlasv1." + rs(60, _AN)
S("terraform-cloud-token/credentials-tfrc", f'''credentials "app.terraform.io" {{
  token = "{v}"
}}''', v)

v = pw(12)
S("plist-password/macos-profile", f'''<dict>
  <key>SSID_STR</key>
  <string>CorpWiFi</string>
  <key>Password</key>
  <string>{v}</string>
  <key>EncryptionType</key>
  <string>WPA2</string>
</dict>''', v)

v = pw(13)
S("toml-password/cargo-style-config", f'''[database]
url = "postgres://localhost/inventory"
user = "inventory"
password = "{v}"''', v)

v = "npm_" + rs(36)
S("npm-token/npmrc", f"//registry.npmjs.org/:_authToken={v}", v)

v = "pypi-AgEIcHlwaS5vcmc" + rs(60, _URLSAFE)
S("pypi-token/pypirc", f'''[pypi]
username = __token__
password = {v}''', v)

v = b64of(f"robot$ci:{rs(32)}".encode())
S("docker-config-auth/json", '{"auths":{"harbor.example.com":{"auth":"%s"}}}' % v, v)

v = pw(13)
S("ci-log-masked-failure/gitlab", f'''$ echo "Deploying with DEPLOY_PASS=$DEPLOY_PASS"
Deploying with DEPLOY_PASS={v}
$ ./deploy.sh --env prod''', v)

v = jwt()
S("jwt/split-across-lines-wrapped", f'''Authorization header (wrapped by terminal):
Bearer {v[:60]}
{v[60:]}''', v[60:])

v = rs(40, _AN)
S("api-key/json-escaped-unicode", '{"headers": "{\\"X-Api-Key\\": \\"%s\\"}"}' % v, v)

v = pw(14)
S("password/url-encoded-form-body", f"POST /login HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nusername=admin&password={quote(v, safe='')}&remember=1", quote(v, safe=''))

v = rs(40, _AN)
S("markdown-table/credentials", f'''| Service | User | Key |
|---|---|---|
| Geocoder | svc-geo | {v} |
| Tiles | svc-map | (see vault) |''', v)

v = "-----BEGIN EC PRIVATE KEY-----\n" + pem_body(2) + "\n-----END EC PRIVATE KEY-----"
S("ec-private-key/apns-p8-cat", f'''$ cat AuthKey.pem
{v}''', v)

v = "SG." + rs(22, _URLSAFE) + "." + rs(43, _URLSAFE)
S("sendgrid-style-key/csharp", f'var client = new SendGridClient("{v}");', v)

v = rs(32, _AN)
S("php-literal/recaptcha-secret", f"$resp = file_get_contents('https://www.google.com/recaptcha/api/siteverify?secret={v}&response=' . $token);", v)

v = pw(12)
S("swift-literal/basic-auth", f'''let login = "reporter:{v}"
let encoded = Data(login.utf8).base64EncodedString()
request.setValue("Basic \\(encoded)", forHTTPHeaderField: "Authorization")''', v)

v = hx(40)
S("sentry-dsn-secret/ini", f"dsn = https://{hx(32)}:{v}@o44.ingest.sentry.example/1234", v)

v = pw(14)
S("ansible-become-password/inventory", f'''[db_servers]
db1.internal ansible_user=deploy ansible_become_pass={v}''', v)

v = pw(13)
S("vnc-password/cli", f"$ x11vnc -display :0 -passwd {v} -forever -shared", v)

v = pw(12)
S("ftp-password/lftp", f"lftp -u uploader,{v} ftp://ftp.partner.example -e 'mirror -R ./out /in; bye'", v)

v = rs(40, _AN)
S("sonarqube-token/maven", f"mvn sonar:sonar -Dsonar.host.url=https://sonar.internal -Dsonar.login={v}", v)

v = pw(14)
S("jenkins-credentials-xml/password", f'''<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
  <id>nexus-deploy</id>
  <username>deployer</username>
  <password>{v}</password>
</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>''', v)

v = pw(12)
S("keepass-master-password/agent-thought", f"I'll open the vault with keepassxc-cli: `keepassxc-cli ls team.kdbx` and enter the master password {v} when prompted.", v)

v = rs(32, string.ascii_uppercase + "234567")
S("totp-seed/otpauth-uri", f"otpauth://totp/Example:ops@example.com?secret={v}&issuer=Example&digits=6", v)

v = rs(8, _LOW) + "-" + rs(8, _LOW)
S("recovery-codes/2fa-backup", f'''GitHub recovery codes (keep safe):
{v}
{rs(5, _LOW)}-{rs(5, _LOW)}''', v)

v = rs(40, _AN)
S("ini-quoted-with-spaces/rclone", f'''[backblaze]
type = b2
account = {hx(12)}
key = {v}''', v)

v = pw(14)
S("odbc-dsn/password", f'''[ODBC Data Sources]
ERP=SQL Server

[ERP]
Driver=/opt/microsoft/msodbcsql17/lib64/libmsodbcsql-17.so
Server=erp-sql.corp.local
UID=erp_reader
PWD={v}''', v)

v = pw(13)
S("sap-rfc-password/python-pyrfc", f'''conn = Connection(ashost="sapprd.corp.local", sysnr="00", client="100",
                  user="RFC_BATCH", passwd="{v}")''', v)

v = pwu(12)
S("oracle-password/sqlplus-connect", f"$ sqlplus system/{v}@//ora-prod:1521/ORCLPDB1", v)

v = pw(12)
S("snowflake-password/snowsql-config", f'''[connections.prod]
accountname = xy12345
username = analyst
password = {v}
warehousename = BI_WH''', v)

v = rs(40, _AN)
S("datadog-api-key/helm-values", f'''datadog:
  apiKey: {v[:32]}
  site: datadoghq.eu''', v[:32])

v = pw(13)
S("grafana-admin-password/docker-run", f"docker run -d -p 3000:3000 -e GF_SECURITY_ADMIN_PASSWORD={v} grafana/grafana:10.4.2", v)

v = hx(48)
S("jupyter-server-token/url-in-log", f'''[I 2026-12-06 09:44:17.554 ServerApp] Jupyter Server 2.14.0 is running at:
[I 2026-12-06 09:44:17.554 ServerApp] http://gpu-node-07:8888/lab?token={v}''', v)

v = "dapi" + hx(32)
S("databricks-token/databrickscfg", f'''[DEFAULT]
host  = https://adb-77.azuredatabricks.net
token = {v}''', v)

v = pw(12)
S("password/prompt-echo-typed", f'''$ sudo -S apt-get update <<< '{v}'
[sudo] password for ubuntu: Hit:1 http://archive.ubuntu.com/ubuntu jammy InRelease''', v)

v = rs(32, _AN)
_esc = "".join("\\x%02x" % b for b in v.encode())
S("hex-escaped/python-bytes", 'key = b"' + _esc + '"  # vendor signing key', _esc)

# ============================ INNOCENT =====================================
I("git-sha/log-oneline", f'''$ git log --oneline -3
{hx(7)} Fix flaky test in test_ingest
{hx(7)} Bump pandas to 2.2.3
{hx(7)} Merge pull request #412 from feature/token-refresh''')
I("sha256-digest/docker-pull", f"Digest: sha256:{hx(64)}\nStatus: Downloaded newer image for python:3.11-slim")
I("pip-hash/requirements-lock", f"numpy==1.26.4 \\\n    --hash=sha256:{hx(64)} \\\n    --hash=sha256:{hx(64)}")
I("uuid/request-id-log", f"2026-12-06T10:01:02Z INFO request_id={uuid4()} trace_id={hx(32)} status=200 latency_ms=41")
I("build-number/ci", "Build #20261206.14 succeeded • pipeline 88123 • artifact app-release-3.14.0+build.9921.aab")
I("placeholder/env-example", '''# .env.example — copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
OPENAI_API_KEY=<your-api-key-here>
SESSION_SECRET=changeme''')
I("masked/ci-log-stars", "$ ./deploy.sh --token *** --password ****\n[deploy] using credentials from vault path secret/data/ci (masked)")
I("masked-card/receipt", "Paid with VISA •••• 4242  Auth code: 083715  Ref: 7711-2044")
I("variable-names-only/python", '''def login(username: str, password: str, api_token: str | None = None) -> Session:
    secret_key = load_secret_key()
    if not password:
        raise ValueError("password must not be empty")''')
I("env-reference-no-value/github-actions", '''env:
  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
  DB_PASSWORD: $DB_PASSWORD''')
I("ssh-public-key/authorized-keys", f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, _B64)} alice@laptop")
I("ssh-host-fingerprint/known-host-prompt", f"The authenticity of host 'login01 (10.0.0.5)' can't be established.\nED25519 key fingerprint is SHA256:{rs(43, _B64)}.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?")
I("pgp-fingerprint/gpg-list", f"pub   rsa4096 2023-01-10 [SC]\n      {' '.join(rs(4, '0123456789ABCDEF') for _ in range(10))}\nuid           [ultimate] Build Bot <build@example.org>")
I("public-cert-pem/ca-bundle-judgement-public", "-----BEGIN CERTIFICATE-----\n" + pem_body(4) + "\n-----END CERTIFICATE-----")
I("iam-policy/json", '''{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": ["secretsmanager:GetSecretValue"], "Resource": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-*"}]
}''')
I("mac-address/ip-link", f"2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP\n    link/ether {':'.join(hx(2) for _ in range(6))} brd ff:ff:ff:ff:ff:ff")
I("serial-number/device-inventory", f"Model: Catalyst 9300-48P  Serial: FOC{_R.randint(2000, 2999)}{rs(4, _UP)}  IOS-XE 17.9.4a  Uptime: 41 weeks")
I("tracking-number/shipping-email", f"Your package is on its way! UPS tracking: 1Z{rs(6, _UP)}03{_R.randint(10**9, 10**10)}. Order #{_R.randint(100000, 999999)}.")
I("order-id/support-chat", f"Agent: I found order ORD-2026-{_R.randint(100000, 999999)} placed on Nov 28; refund of $42.10 issued to the original payment method.")
I("iban-doc-example/judgement-published-sample", "Example: an IBAN looks like DE89 3704 0044 0532 0130 00 (the standard documentation sample) — enter yours without spaces.")
I("test-card/stripe-docs-judgement-public-test-number", "Use the test card 4242 4242 4242 4242 with any future expiry and any CVC in test mode.")
I("base64-image/data-uri", f"<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA{rs(60, _B64)}==\" alt=\"logo\">")
_avsc = b64of(b'{"type":"record","name":"Order","fields":[{"name":"id","type":"string"}]}')
I("base64-json-payload/kubectl-configmap", "binaryData:\n  schema.avsc: " + _avsc)
I("test-vector/hmac-rfc4231-judgement-public", '''# RFC 4231 test case 2
key  = 4a656665            ("Jefe")
data = 7768617420646f2079612077616e7420666f72206e6f7468696e673f
HMAC-SHA-256 = 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843''')
I("npm-integrity/package-lock", f'"integrity": "sha512-{rs(86, _B64)}=="')
I("commit-in-url/github", f"See https://github.com/pallets/flask/commit/{hx(40)} for the fix.")
I("jwt-header-only/docs", "A JWT header like eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 decodes to {\"alg\":\"HS256\",\"typ\":\"JWT\"}.")
I("password-policy/prose", "Passwords must be at least 12 characters and include upper-case, lower-case, a digit and a symbol; tokens expire after 90 days.")
I("kv-secret-ref/k8s-secretkeyref", '''env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: db-creds
        key: password''')
I("vault-path/cli", "$ vault kv get -field=password secret/data/prod/postgres\n(permission denied — ask #platform for a policy)")
I("cisco-config-no-secret/interfaces", '''interface GigabitEthernet0/1
 description uplink-to-core
 ip address 10.0.12.1 255.255.255.252
 no shutdown
!
snmp-server location DC1-RACK12''')
I("wpa-supplicant-no-psk/open-network", 'network={\n    ssid="Guest-Cafe"\n    key_mgmt=NONE\n}')
I("android-version-code/gradle", '''defaultConfig {
    applicationId "com.example.pets"
    minSdk 24
    targetSdk 35
    versionCode 20261206
    versionName "3.14.0"
}''')
I("ios-bundle-and-team-id/fastlane", 'app_identifier("com.example.pets")\napple_id("release@studio.example")\nteam_id("A1B2C3D4E5")')
I("steam-app-ids/vdf", '"AppBuild"\n{\n  "AppID" "1234560"\n  "Desc" "nightly 2026-12-06"\n  "Depots" { "1234561" "depot_build_1234561.vdf" }\n}')
I("firebase-project-number/config", '{"project_info": {"project_number": "801234567890", "project_id": "pets-prod", "storage_bucket": "pets-prod.appspot.com"}}')
I("hl7-message-no-pii/ack", "MSH|^~\\&|LAB|GHH|ADT1|GHH|202611021231||ACK^A01|MSG00002|P|2.5\nMSA|AA|MSG00001")
I("fhir-resource-ids/json", '{"resourceType":"Observation","id":"obs-88213","subject":{"reference":"Patient/pt-00471"},"code":{"coding":[{"system":"http://loinc.org","code":"718-7"}]}}')
I("swift-bic-only/judgement-bic-not-secret", "Beneficiary bank BIC: DEUTDEFFXXX; correspondent: CHASUS33. Use MT103 field 57A.")
I("luhn-invalid-digits/log-ids", f"2026-12-06 shipment batch ids: 4539 1488 0343 6468 1, 1234 5678 9012 3456 (warehouse barcodes)")
I("timestamp-and-epoch/log", "ts=1733480644123 epoch=1733480644 dur_ns=884210033 pid=44120 tid=44188")
I("ipv6-and-ports/netstat", "tcp6       0      0 fe80::1c2b:3dff:fe4e:5f60:22 :::*                    LISTEN      912/sshd")
I("dbt-profile-env-var/judgement-template", '''prod:
  type: snowflake
  account: xy12345
  user: "{{ env_var('DBT_USER') }}"
  password: "{{ env_var('DBT_PASSWORD') }}"''')
I("airflow-connection-no-password/uri", "AIRFLOW_CONN_HTTP_DEFAULT='http://api.public-data.example.org/'")
I("windows-sid/whoami", "PS C:\\> whoami /user\nUSER INFORMATION\nUser Name      SID\n============== ==============================================\ncorp\\jlee      S-1-5-21-3623811015-3361044348-30300820-1013")
I("guid-registry/clsid", "[HKEY_CLASSES_ROOT\\CLSID\\{21EC2020-3AEA-1069-A2DD-08002B30309D}]\n@=\"Control Panel\"")
I("product-name-with-token/prose", "The tokenizer splits 'password123' into three tokens; secret-sharing schemes (Shamir) are covered in chapter 7.")
I("lorem-hex-color/css", ".btn-primary { background: #3b82f6; border-color: #2563eb; } .alert { color: #b91c1c; }")
I("semver-and-checksum/release-notes", f"v2.8.1 (2026-11-30)\nmd5: {hx(32)}  app-2.8.1.tar.gz\nsha1: {hx(40)}  app-2.8.1.zip")
I("docker-image-tag/compose", "services:\n  db:\n    image: postgres:16.4-alpine@sha256:" + hx(64) + "\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_pw")
I("wireguard-public-key-only/peer", f"[Peer]\n# laptop-anna\nPublicKey = {b64of(rbytes(32))}\nAllowedIPs = 10.8.0.7/32")
I("password-reset-instructions/email", "Subject: Reset your password\n\nClick the link below to choose a new password. The link expires in 30 minutes. If you didn't request this, ignore this email.")
I("chat-mention-password-no-value/german", "Nutzer: Ich habe mein Passwort vergessen, wie kann ich es zurücksetzen?\nAgent: Klicken Sie auf „Passwort vergessen“ auf der Anmeldeseite.")
I("tool-call-no-secret/json", '{"name":"search_orders","arguments":{"customer_email":"support-demo@example.com","status":"shipped","limit":10}}')
I("redacted-marker/log", "2026-12-06 10:11:12 auth ok user=ops password=[REDACTED] token=<hidden>")
I("aws-account-and-arn/cli-output", '{"UserId": "AIDA' + rs(17, _UP) + '", "Account": "123456789012", "Arn": "arn:aws:iam::123456789012:user/ci"}')
I("sql-schema-password-column/ddl", "CREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT UNIQUE NOT NULL,\n  password_hash TEXT NOT NULL,\n  api_token_last4 CHAR(4)\n);")
I("notebook-output-metrics/json", '{"output_type": "stream", "name": "stdout", "text": ["epoch 3 loss=0.2143 acc=0.9312 run_id=3f2a9c1e7b4d4e0a9b1c2d3e4f5a6b7c\\n"]}')
I("snmp-oid-no-community/mib", "IF-MIB::ifDescr.1 = STRING: GigabitEthernet0/0\nIF-MIB::ifSpeed.1 = Gauge32: 1000000000")
I("isbn-and-doi/bibtex", "@book{knuth97, isbn = {978-0-201-89683-1}, doi = {10.5555/270146}}")
I("phone-and-extension/sip-dialplan", "exten => 6001,1,Dial(PJSIP/6001,20)\nexten => 6001,n,VoiceMail(6001@default)")
I("random-looking-slug/url", "https://docs.example.com/guides/getting-started-x7Kq9pLm2vRt?utm_source=newsletter&utm_campaign=2026-12")
I("bcrypt-hash/judgement-hash-not-plaintext", "htpasswd entry added: admin:$2y$05$" + rs(53, _AN + "./"))

SECRETS: tuple[Secret, ...] = tuple(_S)
INNOCENT: tuple[Innocent, ...] = tuple(_I)

_ids = [s.id for s in SECRETS] + [i.id for i in INNOCENT]
assert len(_ids) == len(set(_ids)), [x for x in _ids if _ids.count(x) > 1]
for _s in SECRETS:
    assert _s.secret, _s.id
    assert _s.secret in _s.text, _s.id

if __name__ == "__main__":
    print(f"{len(SECRETS)} secrets, {len(INNOCENT)} innocent")
