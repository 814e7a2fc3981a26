"""Corpus 26 for a secret-redaction filter: steps of coding-agent and ops/on-call-agent sessions.

Started: Mon Dec  7 14:16:40 UTC 2026

Written from general knowledge only (no filter code, rules, tests or earlier corpora were read;
no internet). Standard library only. Every credential-like value is synthetic and is produced at
import time from one seeded random.Random(SEED) (SEED = 2612071416). Check digits are computed
where a format has one: Luhn (cards, Swedish personnummer, Emirates ID), IBAN mod-97 (plus the
French RIB key and the Spanish CCC control digits), Spanish DNI letter, Polish PESEL, Dutch BSN
11-test, Brazilian CPF, Turkish TC Kimlik, Chinese resident ID (ISO 7064 mod 11-2), Israeli ID,
Indian Aadhaar (Verhoeff), Czech rodne cislo (mod 11), Korean RRN, French NIR key, Finnish HETU,
Japanese My Number, Russian SNILS, Ukrainian RNOKPP, Belgian national number, ICAO 9303 passport
MRZ (7-3-1). The algorithms are self-tested at import against published examples. Card numbers are
checked not to be published test cards.

Records: SECRETS (Secret(id, text, secret); `secret` is the single most critical span and is
asserted to be a substring of `text`) and INNOCENT (Innocent(id, text); must come back unchanged).
Ids: c26-s-NNN-<lang> / c26-i-NNN-<lang>, where <lang> is the language of the human-written part
(chat, thought, summary, lesson, comment, commit message). Records that are only tool output with
English comments or English CLI prose are tagged "en". SETTING_BY_ID maps every id to a setting tag.
Import-time checks: unique ids, unique secret values, secret in text, 1-30 lines per text, and no
secret value (>= 8 chars) appears inside any innocent text.

COUNTS
  SECRETS: 222        INNOCENT: 242

  By language (secret / innocent):
    en 109/136   de 7/5   es 7/5   fr 6/5   ja 6/5   ko 6/5   ar 5/5   cs 5/5   he 5/5
    hi 5/5   id 5/5   it 5/5   nl 5/5   pl 5/5   pt 5/5   ru 5/5   sv 5/5   tr 5/5
    uk 5/5   vi 5/5   zh 5/5   da 1/1   el 1/1   fi 1/1   hu 1/1   ro 1/1   th 1/1
    (27 languages; English is 49% of SECRETS and 56% of INNOCENT)

  By setting (secret / innocent):
    chat (user requests, agent answers, prose)            31 / 24
    code (source files in ~15 languages, edits, diffs)    31 / 27
    fixture (test data: cards, national ids, passports)   24 / 3
    cloud (aws, gcloud, az, doctl, fly, vercel, netlify,
           wrangler, supabase)                            18 / 17
    http (curl, httpie, raw requests, HAR, Postman)       16 / 14
    iac (terraform, ansible, pulumi, helm)                15 / 10
    db (psql, mysql, redis-cli, mongosh, clickhouse,
        snowflake, sqlite, ORMs)                          13 / 13
    ci (GitHub Actions, GitLab CI, Jenkins, CircleCI,
        Buildkite)                                        12 / 14
    pkg (npm, pnpm, yarn, pip, poetry, uv, cargo, go,
         maven, gradle, nuget, composer, gem)             12 / 21
    secretmgr (Vault, 1Password, Doppler, sops/age,
               AWS/GCP/Azure secret stores)               12 / 12
    observability (Datadog, Sentry, PagerDuty, Grafana,
                   New Relic, Honeycomb, Opsgenie)         9 / 16
    shell (ssh, gpg, wireguard, openssl, history)          7 / 13
    container (docker, compose, buildx, cosign)            6 / 13
    mq (Kafka, NATS, RabbitMQ, SQS, Service Bus, Celery)   6 / 0
    git (remotes, credentials, commits, scanners)          5 / 25
    k8s (kubectl, kubeconfig, Secrets, Helm values)        5 / 20

  Record kinds are mixed across settings: user requests, agent thoughts, tool calls with JSON
  arguments, tool outputs, team summaries and "lesson for next time" notes.

LABELLING CHOICES FOR BORDERLINE CASES
  SECRET:
  * Stripe sk_test_/rk_ keys, Supabase service_role JWTs, Heroku API keys, Splunk HEC tokens,
    Snyk / Codecov / Opsgenie tokens, and other credentials that look exactly like a UUID or
    32/40/64 hex characters. The context (variable name, header, CLI flag) makes them credentials.
  * A 64-hex AES key, a 32-hex Rails master key, a base64 Laravel APP_KEY, Fernet keys, NextAuth and
    JWT HMAC secrets, and Vault unseal keys, even though they look like digests.
  * Passwords given only as base64 (Kubernetes Secret data, docker "auth", npm _auth, Basic headers,
    the Jenkins credentials XML). In these cases the encoded form is the critical span.
  * For private keys (PEM, OpenSSH, PGP, EC, escaped inside JSON), the critical span is one random
    body line. It is never a constant header line: the first 70 characters of every unencrypted
    OpenSSH key and the DER prefixes are the same for every key.
  * A password shown in a diff (- or + line), a tfstate "result", a plan that did not mark it
    sensitive, `helm get values`, `vault kv get`, `op item get`, `env` dumps, and shell history.
  * Webhook URLs that hold a secret (Slack, Discord, Teams, Google Chat). Depending on the record,
    the critical span is the whole URL or the token segment.
  * One-time codes, PINs, TOTP seeds (otpauth URIs) and recovery/backup codes stated in chat.
  * Fixture persons: national ids with valid check digits, passport numbers/MRZ lines, an SSN, and
    card numbers with a CVV that are not published test cards.
  INNOCENT:
  * Documented examples labelled as such: AKIAIOSFODNN7EXAMPLE with its EXAMPLEKEY secret, the
    jwt.io sample token, Stripe test cards (4242..., 4000 0000 0000 0002/9995, 3782 822463 10005),
    the NIST SP 800-38A test vector key and the RFC 6238 test seed.
  * Keys and ids that are public by design: Stripe pk_live_, PostHog phc_, GA measurement ids,
    Mapbox pk. tokens, Algolia search-only keys, reCAPTCHA site keys, LaunchDarkly client-side ids,
    Intercom app ids and Segment write keys in page script, the Supabase anon JWT, and Sentry DSNs
    in browser config. A DSN is treated like a public ingest key.
  * Identifiers rather than credentials: Vault token accessors, AWS UserId/role ids (AROA/AIDA...),
    account ids, KMS key ARNs and ids, Secrets Manager ARNs with their random suffix, Azure Key
    Vault secret version ids, GCP service-account key ids, 1Password item ids, Fly secret digests.
  * Ciphertext that is safe to share without its key: sops ENC[...] values, Ansible $ANSIBLE_VAULT
    blocks, SealedSecret encryptedData, Pulumi "secure: v1:..." values, Vault transit ciphertext,
    age-encrypted blocks.
  * Public key material: ssh-ed25519 public keys, PEM PUBLIC KEY and CERTIFICATE blocks (also a
    base64 tls.crt in a Secret whose tls.key is empty), JWKS without "d", WireGuard public keys,
    age1 recipients, minisign/cosign public keys, GPG and SSH fingerprints, and SSH/cosign signatures.
  * Masked or placeholder values: ***, [MASKED], [Filtered], <redacted>, (sensitive value),
    "sk_live_...4f2a", "ghp_****...9fQa", xxxx, changeme, <YOUR_GITHUB_TOKEN>, ${VAR}, ${{ secrets.X }},
    {{postman_var}}, os.environ[...], process.env.X, ERB/Spring placeholders.
  * Commands that read a secret without printing it: op read into an env var, a vault/aws
    pipeline straight into psql or kubectl, doppler run, and `kubectl describe secret`, which shows
    byte counts only.
  * Random-looking values that are not credentials: lockfile integrity/SRI/checksums, go.sum h1:,
    digests, git SHAs, container ids, request/trace/span ids, ETags, CSP nonces, Stripe object ids
    (cus_, pi_, evt_, req_), Mongo ObjectIds, redis run_id, seeded snapshot "random_blob" values,
    a base64 JSON feature-flag cookie and a 1x1 PNG data URI.
"""
from __future__ import annotations

import base64
import datetime as _dt
import json
import random
import re
import string
import urllib.parse
import zlib
from collections import Counter
from typing import NamedTuple


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SEED = 2612071416
R = random.Random(SEED)

# ---------------------------------------------------------------------------
# low level random helpers (all draw from the single seeded R)
# ---------------------------------------------------------------------------
DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
ALNUM = DIG + UP + LOW
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64A = UP + LOW + DIG + "+/"
B64U = UP + LOW + DIG + "-_"
B32 = UP + "234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def rs(alpha: str, n: int) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n: int) -> str:
    return rs(HEXL, n)


def HX(n: int) -> str:
    return rs(HEXU, n)


def an(n: int) -> str:
    return rs(ALNUM, n)


def dg(n: int) -> str:
    return R.choice("123456789") + rs(DIG, n - 1)


def rbytes(n: int) -> bytes:
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n: int) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64u(n: int) -> str:
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def enc64(s: str | bytes) -> str:
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def enc64u(s: str | bytes) -> str:
    if isinstance(s, str):
        s = s.encode()
    return base64.urlsafe_b64encode(s).decode().rstrip("=")


def uuid4() -> str:
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ts() -> str:
    base = _dt.datetime(2026, 1, 1, tzinfo=_dt.timezone.utc)
    t = base + _dt.timedelta(seconds=R.randrange(0, 340 * 86400), milliseconds=R.randrange(1000))
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def b62(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = ALNUM[r] + out
    return out or "0"


def chunk(s: str, n: int = 64) -> str:
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


WORDS = ("harbor maple quartz lantern orbit cobalt meadow falcon ember velvet glacier "
         "saffron tundra pepper walrus canyon violet piston marble thistle juniper "
         "comet ribbon anchor cedar plume raven sonnet tiger willow zephyr").split()


def pw(kind: str = "strong") -> str:
    """synthetic passwords; 'url' kind is safe inside URLs without encoding"""
    if kind == "url":
        return rs(ALNUM, 6) + R.choice("-._~") + rs(ALNUM, 7) + R.choice(DIG) + rs(ALNUM, 3)
    if kind == "words":
        return "-".join(R.choice(WORDS) for _ in range(4)) + "-" + rs(DIG, 2)
    if kind == "human":
        return R.choice(WORDS).capitalize() + rs(DIG, 4) + R.choice("!#%*") + R.choice(WORDS)[:4].capitalize()
    if kind == "shell":  # safe inside single quotes / yaml quotes / json
        return rs(ALNUM, 5) + R.choice("!%^*-_+=") + rs(ALNUM, 6) + R.choice("#@%") + rs(ALNUM, 5)
    return rs(ALNUM, 4) + R.choice("!#%^*") + rs(ALNUM, 5) + R.choice("@$&+=") + rs(ALNUM, 6) + R.choice(DIG)


# ---------------------------------------------------------------------------
# check-digit algorithms
# ---------------------------------------------------------------------------
def luhn_check(partial: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_check(num[:-1]) == num[-1]


PUBLISHED_TEST_CARDS = {
    "4242424242424242", "4111111111111111", "5555555555554444", "378282246310005",
    "4000056655665556", "5105105105105100", "6011111111111117", "4012888888881881",
    "371449635398431", "5200828282828210", "4000000000000002", "4000000000009995",
}


def card(kind: str = "visa") -> str:
    while True:
        if kind == "visa":
            p = "4" + rs(DIG, 14)
        elif kind == "mc":
            p = R.choice(["51", "52", "53", "54", "55"]) + rs(DIG, 13)
        elif kind == "amex":
            p = R.choice(["34", "37"]) + rs(DIG, 12)
        else:
            p = "6011" + rs(DIG, 11)
        n = p + luhn_check(p)
        if n not in PUBLISHED_TEST_CARDS:
            return n


def iban_from(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(cc: str) -> str:
    if cc == "DE":
        return iban_from("DE", rs(DIG, 8) + rs(DIG, 10))
    if cc == "NL":
        return iban_from("NL", R.choice(["ABNA", "RABO", "INGB", "TRIO"]) + rs(DIG, 10))
    if cc == "GB":
        return iban_from("GB", R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rs(DIG, 6) + rs(DIG, 8))
    if cc == "FR":
        bank, branch, acct = rs(DIG, 5), rs(DIG, 5), rs(DIG, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return iban_from("FR", f"{bank}{branch}{acct}{key:02d}")
    if cc == "ES":
        bank, office, acct = rs(DIG, 4), rs(DIG, 4), rs(DIG, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s: str) -> str:
            v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
            return "0" if v == 11 else ("1" if v == 10 else str(v))
        return iban_from("ES", bank + office + dc("00" + bank + office) + dc(acct) + acct)
    return iban_from(cc, rs(DIG, 18))


def fmt_iban(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def dni_es() -> str:
    n = R.randrange(10_000_000, 99_999_999)
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def pesel() -> str:
    y, m, d = R.randrange(1950, 2005), R.randrange(1, 13), R.randrange(1, 29)
    mm = m + (20 if y >= 2000 else 0)
    s = f"{y % 100:02d}{mm:02d}{d:02d}{rs(DIG, 4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def pesel_ok(p: str) -> bool:
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(a) * b for a, b in zip(p, w)) % 10) % 10 == int(p[10])


def personnummer_se() -> str:
    y, m, d = R.randrange(1950, 2004), R.randrange(1, 13), R.randrange(1, 29)
    core = f"{y % 100:02d}{m:02d}{d:02d}{rs(DIG, 3)}"
    return f"{y}{m:02d}{d:02d}-{core[6:]}{luhn_check(core)}"


def bsn_nl() -> str:
    while True:
        s = R.choice("123456") + rs(DIG, 7)
        tot = sum(int(a) * b for a, b in zip(s, range(9, 1, -1)))
        last = tot % 11
        if last < 10:
            return s + str(last)


def cpf_br() -> str:
    while True:
        d = [R.randrange(10) for _ in range(9)]
        if len(set(d)) > 1:
            break
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        d.append((s * 10 % 11) % 10)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cpf_ok(c: str) -> bool:
    d = [int(x) for x in c if x.isdigit()]
    for n, pos in ((10, 9), (11, 10)):
        s = sum(x * w for x, w in zip(d[:pos], range(n, 1, -1)))
        if (s * 10 % 11) % 10 != d[pos]:
            return False
    return True


def tckn_tr() -> str:
    d = [R.randrange(1, 10)] + [R.randrange(10) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s: str) -> bool:
    d = [int(x) for x in s]
    return (((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_check(s17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, CN_W)) % 11]


def cn_id() -> str:
    area = R.choice(["110105", "310115", "440305", "330106", "510107", "420111"])
    y, m, d = R.randrange(1960, 2004), R.randrange(1, 13), R.randrange(1, 29)
    s = f"{area}{y}{m:02d}{d:02d}{rs(DIG, 3)}"
    return s + cn_check(s)


def il_id() -> str:
    s = rs(DIG, 8)
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v if v < 10 else v - 9
    return s + str((10 - tot % 10) % 10)


def il_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v if v < 10 else v - 9
    return tot % 10 == 0


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 2, 4, 1],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 7, 0, 6, 8], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(s: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VINV[c])


def verhoeff_ok(s: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def aadhaar() -> str:
    s = R.choice("23456789") + rs(DIG, 10)
    s += verhoeff_check(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def rodne_cislo_cz() -> str:
    while True:
        y, m, d = R.randrange(1960, 2000), R.randrange(1, 13), R.randrange(1, 29)
        mm = m + R.choice([0, 50])
        base = f"{y % 100:02d}{mm:02d}{d:02d}{rs(DIG, 3)}"
        c = int(base) % 11
        if c < 10:
            return f"{base[:6]}/{base[6:]}{c}"


def rrn_kr() -> str:
    y, m, d = R.randrange(1970, 2000), R.randrange(1, 13), R.randrange(1, 29)
    s = f"{y % 100:02d}{m:02d}{d:02d}{R.choice('12')}{rs(DIG, 5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return f"{s[:6]}-{s[6:]}{c}"


def nir_fr() -> str:
    sx = R.choice("12")
    y, m = R.randrange(50, 99), R.randrange(1, 13)
    dep = R.choice(["75", "69", "13", "33", "59", "44", "31"])
    base = f"{sx}{y:02d}{m:02d}{dep}{rs(DIG, 3)}{rs(DIG, 3)}"
    key = 97 - int(base) % 97
    return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"


def hetu_fi() -> str:
    y, m, d = R.randrange(1950, 2000), R.randrange(1, 13), R.randrange(1, 29)
    n = R.randrange(2, 899)
    core = f"{d:02d}{m:02d}{y % 100:02d}"
    return f"{core}-{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(core + f"{n:03d}") % 31]


def mynumber_jp() -> str:
    s = R.choice("123456789") + rs(DIG, 10)
    tot = 0
    for n, ch in enumerate(reversed(s), start=1):
        p = n + 1 if n <= 6 else n - 5
        tot += int(ch) * p
    r = tot % 11
    return s + ("0" if r <= 1 else str(11 - r))


def snils_ru() -> str:
    while True:
        s = rs(DIG, 9)
        if int(s) > 1001998:
            break
    tot = sum(int(a) * w for a, w in zip(s, range(9, 0, -1)))
    if tot > 101:
        tot %= 101
    c = 0 if tot in (100, 101) else tot
    return f"{s[:3]}-{s[3:6]}-{s[6:]} {c:02d}"


def rnokpp_ua() -> str:
    s = R.choice("123") + rs(DIG, 8)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return s + str(sum(int(a) * b for a, b in zip(s, w)) % 11 % 10)


def be_nn() -> str:
    y, m, d = R.randrange(50, 99), R.randrange(1, 13), R.randrange(1, 29)
    base = f"{y:02d}{m:02d}{d:02d}{R.randrange(1, 998):03d}"
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{97 - int(base) % 97:02d}"


def emirates_id() -> str:
    s = "784" + str(R.randrange(1970, 2000)) + rs(DIG, 7)
    s += luhn_check(s)
    return f"{s[:3]}-{s[3:7]}-{s[7:14]}-{s[14]}"


def mrz_check(s: str) -> str:
    vals = {c: i for i, c in enumerate(DIG)}
    vals.update({c: i + 10 for i, c in enumerate(UP)})
    vals["<"] = 0
    return str(sum(vals[c] * w for c, w in zip(s, [7, 3, 1] * 20)) % 10)


def passport_mrz(country: str, surname: str, given: str, sex: str = "F") -> tuple[str, str, str]:
    """returns (document number, line1, line2) of a TD3 MRZ with valid check digits"""
    docno = R.choice(UP.replace("O", "")) + rs(UP.replace("O", "") + DIG, 8)
    y, m, d = R.randrange(60, 99), R.randrange(1, 13), R.randrange(1, 29)
    dob = f"{y:02d}{m:02d}{d:02d}"
    exp = f"{R.randrange(27, 35):02d}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}"
    l1 = (f"P<{country}{surname}<<{given}").ljust(44, "<")[:44]
    opt = "<" * 14
    part = docno + mrz_check(docno) + country + dob + mrz_check(dob) + sex + exp + mrz_check(exp) + opt + mrz_check(opt)
    comp = docno + mrz_check(docno) + dob + mrz_check(dob) + exp + mrz_check(exp) + opt + mrz_check(opt)
    l2 = part + mrz_check(comp)
    assert len(l2) == 44, l2
    return docno, l1, l2


def ssn_us() -> str:
    area = R.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{R.randrange(1, 100):02d}-{R.randrange(1, 10000):04d}"


# self tests of the algorithms against well known published examples
assert luhn_check("7992739871") == "3"
assert iban_ok("GB82WEST12345698765432")
assert verhoeff_check("236") == "3" and verhoeff_ok("2363")
assert cpf_ok("529.982.247-25")
assert pesel_ok("44051401359")
assert cn_check("11010519491231002") == "X"
assert tckn_ok("10000000146")
assert mrz_check("L898902C3") == "6"

# ---------------------------------------------------------------------------
# vendor-shaped synthetic credentials
# ---------------------------------------------------------------------------


def aws_akid(prefix: str = "AKIA") -> str:
    return prefix + rs(UP + "234567", 16)


def aws_secret() -> str:
    return rs(UP + LOW + DIG + "+/", 40)


def aws_session() -> str:
    return "IQoJb3JpZ2luX2VjE" + rs(B64A, 340) + "=="


def gh(prefix: str = "ghp_") -> str:
    r = an(30)
    return prefix + r + b62(zlib.crc32(r.encode())).rjust(6, "0")


def gh_fine() -> str:
    return "github_pat_11" + rs(UP + DIG, 20) + "_" + an(59)


def glpat() -> str:
    return "glpat-" + rs(ALNUM + "-_", 20)


def slack_bot() -> str:
    return f"xoxb-{dg(12)}-{dg(13)}-{an(24)}"


def slack_user() -> str:
    return f"xoxp-{dg(11)}-{dg(11)}-{dg(13)}-{hx(32)}"


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(UP + DIG, 8)}/B{rs(UP + DIG, 10)}/{an(24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{dg(19)}/{rs(B64U, 68)}"


def stripe(prefix: str = "sk_live_") -> str:
    return prefix + "51" + an(22) + an(75)


def openai_key() -> str:
    return "sk-proj-" + rs(ALNUM + "-_", 74) + "T3BlbkFJ" + rs(ALNUM + "-_", 74)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(ALNUM + "-_", 93) + "AA"


def google_key() -> str:
    return "AIza" + rs(ALNUM + "-_", 35)


def jwt(payload: dict, alg: str = "HS256", kid: str | None = None) -> str:
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    sig = b64u(32) if alg.startswith("HS") else b64u(256)
    return enc64u(json.dumps(hdr, separators=(",", ":"))) + "." + enc64u(json.dumps(payload, separators=(",", ":"))) + "." + sig


def pem(kind: str = "RSA PRIVATE KEY", nbytes: int = 1190) -> tuple[str, str]:
    """returns (full block, body)"""
    prefix = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
              "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
              "CERTIFICATE": "MIIDdzCCAl+gAwIBAgIU", "PUBLIC KEY": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"}.get(kind, "")
    body = prefix + b64(nbytes)[len(prefix):]
    if kind == "EC PRIVATE KEY":
        body = body[:164]
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    b = chunk(body, width)
    return f"-----BEGIN {kind}-----\n{b}\n-----END {kind}-----", b


def age_secret() -> str:
    return "AGE-SECRET-KEY-1" + rs(BECH32.upper(), 58)


def age_public() -> str:
    return "age1" + rs(BECH32, 58)


def wg_key() -> str:
    return b64(32)


def fernet_key() -> str:
    return base64.urlsafe_b64encode(rbytes(32)).decode()


def totp_seed(n: int = 32) -> str:
    return rs(B32, n)


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64A, 43) + " " + comment


def fp_sha256() -> str:
    return "SHA256:" + b64(32).rstrip("=")


def sri(alg: str = "sha512") -> str:
    n = {"sha256": 32, "sha384": 48, "sha512": 64}[alg]
    return f"{alg}-" + b64(n)


# ---------------------------------------------------------------------------
# template machinery: ⟦name⟧ markers; unknown names are auto-filled with noise
# ---------------------------------------------------------------------------
AUTO = {
    "sha": lambda: hx(40),
    "sha7": lambda: hx(7),
    "sha12": lambda: hx(12),
    "sha256": lambda: hx(64),
    "uuid": uuid4,
    "ts": ts,
    "hex32": lambda: hx(32),
    "hex16": lambda: hx(16),
    "hex8": lambda: hx(8),
    "hex12": lambda: hx(12),
    "n4": lambda: str(R.randrange(1000, 9999)),
    "n5": lambda: str(R.randrange(10000, 99999)),
    "n6": lambda: str(R.randrange(100000, 999999)),
    "n9": lambda: dg(9),
    "n10": lambda: dg(10),
    "n12": lambda: dg(12),
    "ms": lambda: str(R.randrange(3, 4800)),
    "ip": lambda: f"10.{R.randrange(0, 255)}.{R.randrange(0, 255)}.{R.randrange(2, 254)}",
    "pod": lambda: rs("bcdfghjklmnpqrstvwxz2456789", 10) + "-" + rs("bcdfghjklmnpqrstvwxz2456789", 5),
    "cid": lambda: hx(12),
    "b64": lambda: b64(24),
    "reqid": lambda: rs(UP + DIG, 16),
    "port": lambda: str(R.choice([5432, 6379, 3306, 27017, 8080, 8443, 9000, 9092, 8123, 5672])),
}

_MARK = re.compile(r"⟦(\w+)⟧")
SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
SETTING_BY_ID: dict[str, str] = {}
_s_raw: list[tuple[str, str, str, str]] = []
_i_raw: list[tuple[str, str, str]] = []


def _fill(tpl: str, kw: dict) -> str:
    vals = dict(kw)
    for name in _MARK.findall(tpl):
        if name not in vals:
            key = name.split("_")[0]
            vals[name] = AUTO[key]()
    out = _MARK.sub(lambda m: str(vals[m.group(1)]), tpl)
    return out.strip("\n")


def S(lang: str, setting: str, tpl: str, **kw) -> None:
    """register a secret record; the critical span is kw['s']"""
    text = _fill(tpl, kw)
    sec = kw["s"]
    assert sec in text, (tpl[:80], sec)
    _s_raw.append((lang, setting, text, sec))


def I(lang: str, setting: str, tpl: str, **kw) -> None:
    text = _fill(tpl, kw)
    _i_raw.append((lang, setting, text))


# ===========================================================================
# SECRETS
# ===========================================================================

# --- cloud CLIs / env / shell ------------------------------------------------
S("en", "cloud", """
$ aws configure list --profile billing-prod
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile             billing-prod           manual    --profile
access_key     ****************⟦tail⟧ shared-credentials-file
secret_key     ****************⟦tail2⟧ shared-credentials-file
    region                eu-west-1      config-file    ~/.aws/config
$ cat ~/.aws/credentials
[billing-prod]
aws_access_key_id = ⟦akid⟧
aws_secret_access_key = ⟦s⟧
# rotated ⟦ts⟧ by jmarsh
""", akid=(_ak := aws_akid()), tail=_ak[-4:], s=(_sk := aws_secret()), tail2=_sk[-4:])

S("en", "cloud", """
{"tool":"bash","id":"toolu_01⟦reqid⟧","input":{"command":"AWS_ACCESS_KEY_ID=⟦akid⟧ AWS_SECRET_ACCESS_KEY=⟦s⟧ AWS_SESSION_TOKEN=⟦tok⟧ aws s3 ls s3://acme-exports-eu/2026/ --recursive | tail -n 5","timeout":120000}}
""", akid=aws_akid("ASIA"), s=aws_secret(), tok=aws_session())

S("en", "cloud", """
Thought: the STS call worked, so the assumed-role creds are valid for another ~50 min. I'll reuse them for the copy.
Credentials:
  AccessKeyId:     ⟦akid⟧
  SecretAccessKey: ⟦sk⟧
  SessionToken:    ⟦s⟧
  Expiration:      ⟦ts⟧
""", akid=aws_akid("ASIA"), sk=aws_secret(), s=aws_session())

S("de", "cloud", """
User: Kannst du bitte prüfen, warum `gcloud auth activate-service-account` fehlschlägt? Hier ist die Datei:
{
  "type": "service_account",
  "project_id": "lager-prod-⟦n5⟧",
  "private_key_id": "⟦kid⟧",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n⟦head⟧\\n⟦s⟧\\n⟦rest⟧\\n-----END PRIVATE KEY-----\\n",
  "client_email": "deployer@lager-prod-⟦n5_2⟧.iam.gserviceaccount.com",
  "client_id": "1⟦n12⟧⟦n9⟧"
}
""", kid=hx(40), head="MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rs(B64A, 14), s=rs(B64A, 64), rest="\\n".join(rs(B64A, 64) for _ in range(4)))

S("en", "cloud", """
$ az ad sp create-for-rbac --name gh-actions-deployer --role contributor --scopes /subscriptions/⟦uuid⟧/resourceGroups/rg-web-prod
Creating 'contributor' role assignment under scope '/subscriptions/⟦uuid⟧/resourceGroups/rg-web-prod'
The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control.
{
  "appId": "⟦uuid_2⟧",
  "displayName": "gh-actions-deployer",
  "password": "⟦s⟧",
  "tenant": "⟦uuid_3⟧"
}
""", s=an(3) + "8Q~" + rs(ALNUM + "~._-", 34))

S("fr", "cloud", """
# .env.production — NE PAS COMMITER (oups)
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=stfacturesprod;AccountKey=⟦s⟧;EndpointSuffix=core.windows.net"
AZURE_STORAGE_CONTAINER=factures
""", s=b64(64))

S("en", "cloud", """
$ doctl auth init --context ops
Please authenticate doctl for use with your DigitalOcean account. You can generate a token in the control panel at https://cloud.digitalocean.com/account/api/tokens

Enter your access token: ⟦s⟧
Validating token... ✔
""", s="dop_v1_" + hx(64))

S("es", "cloud", """
Usuario: el deploy a Fly falla con "unauthorized". Te pego lo que tengo en el shell:
  export FLY_API_TOKEN="FlyV1 ⟦s⟧"
  flyctl deploy --app pagos-api --strategy rolling
¿Está caducado el token?
""", s="fm2_lJPECAAAAAAAA" + rs(B64A, 120))

S("en", "cloud", """
vercel env pull .env.local --environment=production
Vercel CLI 37.4.2
> Downloading `production` Environment Variables for acme/dashboard
✅  Created .env.local file  [312ms]
$ cat .env.local
# Created by Vercel CLI
NEXT_PUBLIC_APP_URL="https://dashboard.acme.dev"
DATABASE_URL="postgresql://app_rw:⟦s⟧@ep-quiet-sun-⟦n6⟧.eu-central-1.aws.neon.tech/app?sslmode=require"
VERCEL_GIT_COMMIT_SHA="⟦sha⟧"
""", s=pw("url"))

S("pt", "cloud", """
Resumo para o time: o deploy do site de docs na Netlify quebrou porque alguém colou o token pessoal direto no netlify.toml:
[build.environment]
  NETLIFY_AUTH_TOKEN = "⟦s⟧"
  NODE_VERSION = "20"
Já revoguei no painel às ⟦ts⟧, mas o valor ficou no histórico do git (commit ⟦sha7⟧).
""", s="nfp_" + an(36))

S("en", "cloud", """
$ npx wrangler secret put STRIPE_WEBHOOK_SECRET --env production
 ⛅️ wrangler 3.78.2
-------------------
✔ Enter a secret value: … ⟦s⟧
🌀 Creating the secret for the Worker "billing-edge-production"
✨ Success! Uploaded secret STRIPE_WEBHOOK_SECRET
""", s="whsec_" + an(32))

S("en", "cloud", """
# wrangler.toml (do not commit) — agent note: found during repo scan
name = "img-resizer"
main = "src/index.ts"
compatibility_date = "2026-03-01"
account_id = "⟦hex32⟧"

[vars]
CF_API_TOKEN = "⟦s⟧"
ORIGIN = "https://img.acme.dev"
""", s=rs(ALNUM + "-_", 40))

S("ja", "cloud", """
ユーザー: supabase の service_role キーを間違えてフロントの .env に入れちゃったかも。確認して。
> grep -n SUPABASE apps/web/.env
3:NEXT_PUBLIC_SUPABASE_URL=https://⟦ref⟧.supabase.co
4:NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY=⟦s⟧
""", ref=rs(LOW, 20), s=jwt({"iss": "supabase", "ref": rs(LOW, 20), "role": "service_role", "iat": 1767225600, "exp": 2082801600}))

S("en", "cloud", """
$ supabase login --token ⟦s⟧
You are now logged in. Happy coding!
$ supabase link --project-ref ⟦ref⟧
Enter your database password (or leave blank to skip):
Finished supabase link.
""", s="sbp_" + hx(40), ref=rs(LOW, 20))

S("ko", "cloud", """
에이전트 생각: 사용자가 붙여준 kubeconfig의 client-key-data가 base64로 인코딩된 개인 키다. 이 값은 팀 채널 요약에 넣지 말아야 한다.
users:
- name: admin@prod-seoul
  user:
    client-certificate-data: ⟦cert⟧
    client-key-data: ⟦s⟧
""", cert=enc64(pem("CERTIFICATE", 700)[0])[:220], s=enc64(pem("RSA PRIVATE KEY", 1190)[0])[:300])

S("en", "k8s", """
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ⟦ca⟧
    server: https://⟦hex16⟧.gr7.eu-west-1.eks.amazonaws.com
  name: staging
users:
- name: ci-bot
  user:
    token: ⟦s⟧
contexts:
- context: {cluster: staging, user: ci-bot, namespace: payments}
  name: staging
current-context: staging
""", ca=b64(150), s=jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "payments", "kubernetes.io/serviceaccount/service-account.name": "ci-bot", "sub": "system:serviceaccount:payments:ci-bot"}, "RS256", kid=b64u(32)))

S("ru", "k8s", """
Пользователь: почему под не стартует? вот секрет, который я применил:
apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: orders
type: Opaque
data:
  username: ⟦u⟧
  password: ⟦s⟧
""", u=enc64("orders_app"), s=enc64(pw("strong")))

S("en", "k8s", """
$ kubectl get secret grafana-admin -n monitoring -o jsonpath='{.data.admin-password}' | base64 -d
⟦s⟧
$ kubectl port-forward svc/grafana 3000:80 -n monitoring
Forwarding from 127.0.0.1:3000 -> 3000
""", s=pw("human"))

S("en", "k8s", """
$ kubectl create secret docker-registry regcred \\
    --docker-server=ghcr.io \\
    --docker-username=acme-bot \\
    --docker-password=⟦s⟧ \\
    --docker-email=bot@acme.dev -n ci
secret/regcred created
""", s=gh("ghp_"))

S("en", "container", """
$ cat ~/.docker/config.json
{
	"auths": {
		"registry.gitlab.com": {
			"auth": "⟦s⟧"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "desktop",
	"currentContext": "default"
}
""", s=enc64("deploy-token-⟦n4⟧:".replace("⟦n4⟧", str(R.randrange(1000, 9999))) + "gldt-" + rs(ALNUM + "-_", 20)))

S("it", "container", """
Utente: il build su CI si blocca al login. Questo è il passo:
  - run: echo "⟦s⟧" | docker login -u acmebot --password-stdin
Lo so che non dovrei metterlo in chiaro, è solo per provare.
""", s="dckr_pat_" + rs(B64U, 27))

S("en", "container", """
 => [builder 4/9] RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt             41.2s
 => ERROR [builder 5/9] RUN curl -fsSL https://x-access-token:⟦s⟧@github.com/acme/internal-sdk/archive/refs/tags/v2.4.1.tar.gz | tar xz   0.9s
------
 > [builder 5/9] RUN curl -fsSL https://x-access-token:⟦s⟧@github.com/acme/internal-sdk/archive/refs/tags/v2.4.1.tar.gz | tar xz:
0.812 curl: (22) The requested URL returned error: 404
""", s=gh("ghs_"))

S("en", "container", """
# Dockerfile (before the agent's fix)
FROM node:20-alpine AS deps
WORKDIR /app
ARG NPM_TOKEN=⟦s⟧
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
""", s="npm_" + an(36))

S("nl", "container", """
# docker-compose.override.yml — lokaal, maar per ongeluk meegecommit in ⟦sha7⟧
services:
  db:
    image: postgres:16.3
    environment:
      POSTGRES_USER: facturatie
      POSTGRES_PASSWORD: "⟦s⟧"
    ports: ["5433:5432"]
""", s=pw("shell"))

S("pl", "container", """
Podsumowanie dla zespołu: w logach kontenera `worker-⟦hex8⟧` przy starcie wypisywana jest cała konfiguracja, łącznie z hasłem do RabbitMQ:
⟦ts⟧ INFO  config loaded: broker_url=amqp://worker:⟦s⟧@rabbitmq.internal:5672/orders prefetch=20
Poprawka: maskować pola *_url przed logowaniem.
""", s=pw("url"))

# --- git / CI ------------------------------------------------------------------
S("en", "git", """
$ git remote -v
origin	https://oauth2:⟦s⟧@gitlab.acme.dev/platform/billing.git (fetch)
origin	https://oauth2:⟦s⟧@gitlab.acme.dev/platform/billing.git (push)
""", s=glpat())

S("en", "git", """
$ cat ~/.git-credentials
https://jdoe:⟦s⟧@github.com
https://jdoe@bitbucket.org
""", s=gh_fine())

S("tr", "git", """
Kullanıcı: `git push` sürekli şifre soruyor. Şunu denedim ama olmadı:
git remote set-url origin https://mert-k:⟦s⟧@github.com/mertk/kargo-takip.git
Token'ı yeni oluşturdum, yetkileri repo + workflow.
""", s=gh("ghp_"))

S("en", "git", """
commit ⟦sha⟧
Author: Priya N <priya@acme.dev>
Date:   ⟦ts⟧

    chore: remove hardcoded key from seeding script

diff --git a/scripts/seed.py b/scripts/seed.py
index ⟦sha7⟧..⟦sha7_2⟧ 100644
--- a/scripts/seed.py
+++ b/scripts/seed.py
@@ -4,7 +4,7 @@ import os
 import stripe
 
-stripe.api_key = "⟦s⟧"
+stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
 
 def seed_customers(n=50):
""", s=stripe("sk_live_"))

S("de", "git", """
Lehre für nächstes Mal: Bevor ich einen Commit vorschlage, `git diff --cached` nach Schlüsseln durchsuchen. Diesmal hätte ich fast das hier committet:
+SENDGRID_API_KEY=⟦s⟧
+MAIL_FROM=noreply@versand-⟦n4⟧.de
""", s="SG." + rs(B64U, 22) + "." + rs(B64U, 43))

S("en", "ci", """
Run actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
...
Run ./scripts/publish.sh
  ./scripts/publish.sh
  shell: /usr/bin/bash -e {0}
  env:
    NODE_AUTH_TOKEN: ***
    CARGO_REGISTRY_TOKEN: ⟦s⟧
+ cargo publish --no-verify
    Updating crates.io index
""", s="cio" + an(32))

S("en", "ci", """
# .gitlab-ci.yml
deploy_prod:
  stage: deploy
  image: alpine:3.20
  variables:
    HEROKU_API_KEY: "⟦s⟧"
  script:
    - apk add --no-cache git
    - git push https://heroku:$HEROKU_API_KEY@git.heroku.com/acme-api.git HEAD:main
  only: [main]
""", s=uuid4())

S("en", "ci", """
Started by user Ana Ortiz
Running as SYSTEM
[Pipeline] withCredentials
Masking supported pattern matches of $REG_PASS
[Pipeline] sh
+ curl -u svc-jenkins:⟦s⟧ -X POST https://jenkins.acme.dev/job/release-train/buildWithParameters?VERSION=4.2.0
[Pipeline] echo
Build #⟦n4⟧ triggered
""", s="11" + hx(32))

S("en", "ci", """
version: 2.1
orbs:
  slack: circleci/slack@4.13.3
jobs:
  notify:
    docker: [{image: cimg/base:2024.05}]
    environment:
      SLACK_ACCESS_TOKEN: ⟦s⟧
      SLACK_DEFAULT_CHANNEL: C06⟦reqid⟧
    steps:
      - slack/notify: {event: fail, template: basic_fail_1}
""", s=slack_bot())

S("es", "ci", """
Lección para la próxima: nunca hacer `env | sort` en un job de CI para depurar. La salida del job #⟦n6⟧ mostró:
CI_JOB_ID=⟦n9⟧
CODECOV_TOKEN=⟦s⟧
CI_COMMIT_SHA=⟦sha⟧
GitLab no lo enmascaró porque la variable no estaba marcada como "masked".
""", s=uuid4())

S("en", "ci", """
[2026-04-03T09:12:44Z] buildkite-agent start --token ⟦s⟧ --tags "queue=deploy,os=linux" --name "agent-%hostname-%spawn"
[2026-04-03T09:12:45Z] INFO   Registering agent with Buildkite...
[2026-04-03T09:12:45Z] INFO   Successfully registered agent "agent-ip-⟦hex8⟧-1" with tags [queue=deploy os=linux]
""", s=hx(50))

S("vi", "ci", """
Người dùng: mình cần bạn sửa workflow này, job release bị lỗi 401 khi publish lên PyPI:
      - name: Publish
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: ⟦s⟧
        run: twine upload dist/*
""", s="pypi-AgEIcHlwaS5vcmc" + rs(B64U, 140))

S("en", "ci", """
$ gh secret set SNYK_TOKEN --repo acme/web --body "⟦s⟧"
✓ Set Actions secret SNYK_TOKEN for acme/web
""", s=uuid4())

S("en", "ci", """
{"type":"tool_use","name":"edit_file","input":{"path":".circleci/config.yml","old_str":"      - run: sonar-scanner -Dsonar.token=⟦s⟧","new_str":"      - run: sonar-scanner -Dsonar.token=$SONAR_TOKEN"}}
""", s="squ_" + hx(40))

# --- package managers ---------------------------------------------------------
S("en", "pkg", """
$ cat .npmrc
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=⟦s⟧
always-auth=true
""", s=gh("ghp_"))

S("en", "pkg", """
# ~/.pypirc
[distutils]
index-servers =
    pypi
    internal

[internal]
repository = https://pkgs.acme.dev/simple/
username = ci-uploader
password = ⟦s⟧
""", s=pw("strong"))

S("sv", "pkg", """
Användare: poetry vägrar installera från vårt privata index. Jag körde:
poetry config http-basic.nexus deploy ⟦s⟧
poetry install
Felet är "HTTP Error 403". Kan du kolla?
""", s=pw("human"))

S("en", "pkg", """
$ uv pip install -r requirements.lock --index-url https://__token__:⟦s⟧@gitlab.acme.dev/api/v4/projects/⟦n4⟧/packages/pypi/simple
Resolved 84 packages in 1.21s
error: Failed to download `acme-ml-utils==0.9.3`
""", s=glpat())

S("en", "pkg", """
# ~/.cargo/credentials.toml
[registry]
token = "⟦s⟧"

[registries.acme-internal]
token = "Bearer ⟦tok2⟧"
""", s="cio" + an(32), tok2=an(40))

S("cs", "pkg", """
Uživatel: `go get` na náš privátní modul hlásí 410 Gone. Tady je můj ~/.netrc:
machine git.firma.cz
login ci-bot
password ⟦s⟧
""", s=glpat())

S("en", "pkg", """
<!-- ~/.m2/settings.xml -->
<settings>
  <servers>
    <server>
      <id>acme-releases</id>
      <username>deployer</username>
      <password>⟦s⟧</password>
    </server>
  </servers>
</settings>
""", s=pw("strong"))

S("en", "pkg", """
# gradle.properties (user home)
org.gradle.jvmargs=-Xmx4g
ossrhUsername=acme-release
ossrhPassword=⟦s⟧
signing.keyId=⟦kid⟧
signing.password=⟦pw2⟧
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
""", s=pw("shell"), kid=HX(8), pw2=pw("words"))

S("en", "pkg", """
$ dotnet nuget push bin/Release/Acme.Telemetry.3.1.0.nupkg --api-key ⟦s⟧ --source https://api.nuget.org/v3/index.json
Pushing Acme.Telemetry.3.1.0.nupkg to 'https://www.nuget.org/api/v2/package'...
  PUT https://www.nuget.org/api/v2/package/
  Created https://www.nuget.org/api/v2/package/ 1884ms
Your package was pushed.
""", s="oy2" + rs(LOW + DIG, 43))

S("en", "pkg", """
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "⟦s⟧"
        }
    },
    "github-oauth": {
        "github.com": "⟦gho⟧"
    }
}
""", s=hx(64), gho=gh("gho_"))

S("en", "pkg", """
$ cat ~/.gem/credentials
---
:rubygems_api_key: ⟦s⟧
""", s="rubygems_" + hx(48))

S("zh", "pkg", """
用户：pnpm install 报 401，我们的私有源配置如下，帮我看看哪里错了
registry=https://registry.npmmirror.com/
@corp:registry=https://nexus.corp-⟦n4⟧.cn/repository/npm-private/
//nexus.corp-⟦n4⟧.cn/repository/npm-private/:_auth=⟦s⟧
""", s=enc64("npm-ci:" + pw("url")))

# --- databases ------------------------------------------------------------------
S("en", "db", """
$ psql "postgresql://analytics:⟦s⟧@db-prod-replica.internal:5432/warehouse?sslmode=verify-full" -c "select count(*) from events where ts > now() - interval '1 hour';"
  count
---------
 1843221
(1 row)
""", s=pw("url"))

S("en", "db", """
{"name":"Bash","arguments":{"command":"PGPASSWORD='⟦s⟧' pg_dump -h 10.20.4.17 -U backup -Fc shop > /tmp/shop_⟦n6⟧.dump","description":"dump shop db before migration"}}
""", s=pw("shell"))

S("uk", "db", """
Користувач: mysql не пускає, каже Access denied. Ось команда:
mysql -h mysql-prod.intra -u reporting -p'⟦s⟧' reports_db
Пароль точно правильний, я його щойно скопіював з менеджера.
""", s=pw("shell"))

S("en", "db", """
$ redis-cli -h redis-sessions.prod.internal -p 6380 --tls -a ⟦s⟧ --no-auth-warning INFO keyspace
# Keyspace
db0:keys=48211,expires=48190,avg_ttl=1732211
""", s=rs(ALNUM, 32))

S("en", "db", """
$ mongosh "mongodb+srv://app_user:⟦s⟧@cluster0.⟦c⟧.mongodb.net/orders?retryWrites=true&w=majority"
Current Mongosh Log ID:	⟦oid⟧
Connecting to:		mongodb+srv://<credentials>@cluster0.⟦c⟧.mongodb.net/orders
Using MongoDB:		7.0.12
""", s=pw("url"), c=rs(LOW + DIG, 5), oid=hx(24))

S("hi", "db", """
उपयोगकर्ता: ClickHouse से कनेक्ट नहीं हो रहा, क्या पासवर्ड गलत है? मैंने ये चलाया:
clickhouse-client --host ch.analytics.internal --secure --user etl --password '⟦s⟧' --query "SELECT version()"
Code: 516. DB::Exception: etl: Authentication failed. (AUTHENTICATION_FAILED)
""", s=pw("shell"))

S("en", "db", """
# ~/.snowsql/config
[connections.prod]
accountname = acme-eu1
username = SVC_DBT
password = ⟦s⟧
rolename = TRANSFORMER
warehousename = WH_DBT_M
""", s=pw("human"))

S("en", "db", """
-- migrations/20260412_create_app_roles.sql
CREATE ROLE grafana_ro WITH LOGIN PASSWORD '⟦s⟧' NOSUPERUSER NOCREATEDB;
GRANT CONNECT ON DATABASE metrics TO grafana_ro;
GRANT USAGE ON SCHEMA public TO grafana_ro;
""", s=pw("shell"))

S("ar", "db", """
ملخص للفريق: وجدنا في ملف الإعدادات config/database.yml كلمة مرور قاعدة البيانات مكتوبة مباشرة:
production:
  adapter: postgresql
  host: pg-main.internal
  username: rails_app
  password: ⟦s⟧
تم تغيير كلمة المرور الساعة ⟦ts⟧ ويجب نقلها إلى متغير بيئة.
""", s=pw("human"))

S("en", "db", """
2026-05-19 03:14:07.221 UTC [⟦n5⟧] LOG:  statement: ALTER USER replicator WITH PASSWORD '⟦s⟧';
2026-05-19 03:14:07.223 UTC [⟦n5_2⟧] LOG:  duration: 1.902 ms
""", s=pw("shell"))

S("en", "db", """
>>> import sqlalchemy as sa
>>> engine = sa.create_engine("mysql+pymysql://orders:⟦s⟧@aurora-orders.cluster-⟦c⟧.eu-west-1.rds.amazonaws.com/orders")
>>> engine.connect()
<sqlalchemy.engine.base.Connection object at 0x7f3c⟦hex8⟧>
""", s=pw("url"), c=rs(LOW + DIG, 12))

S("id", "db", """
Pengguna: tolong cek kenapa koneksi ke Redis di staging timeout. Ini env-nya:
REDIS_URL=rediss://default:⟦s⟧@redis-⟦n5⟧.c⟦n4⟧.ap-southeast-1-1.ec2.cloud.redislabs.com:⟦n5_2⟧
""", s=an(32))

S("en", "db", """
# application.properties
spring.datasource.url=jdbc:postgresql://pg-ledger:5432/ledger
spring.datasource.username=ledger_svc
spring.datasource.password=⟦s⟧
spring.jpa.hibernate.ddl-auto=validate
""", s=pw("strong"))

# --- HTTP / APIs ------------------------------------------------------------------
S("en", "http", """
$ curl -sS https://api.openai.com/v1/models -H "Authorization: Bearer ⟦s⟧" | jq '.data[0].id'
"gpt-4o-mini-2024-07-18"
""", s=openai_key())

S("en", "http", """
{"tool":"http_request","arguments":{"method":"POST","url":"https://api.anthropic.com/v1/messages","headers":{"x-api-key":"⟦s⟧","anthropic-version":"2023-06-01","content-type":"application/json"},"body":{"model":"claude-sonnet-4-5","max_tokens":256,"messages":[{"role":"user","content":"ping"}]}}}
""", s=anthropic_key())

S("en", "http", """
$ http POST https://api.sendgrid.com/v3/mail/send Authorization:"Bearer ⟦s⟧" personalizations:='[{"to":[{"email":"qa@acme.dev"}]}]' from:='{"email":"noreply@acme.dev"}' subject=test content:='[{"type":"text/plain","value":"hi"}]'
HTTP/1.1 202 Accepted
X-Message-Id: ⟦reqid⟧
""", s="SG." + rs(B64U, 22) + "." + rs(B64U, 43))

S("fr", "http", """
Utilisateur : l'API Mailgun me renvoie 401, voilà ma commande :
curl -s --user 'api:⟦s⟧' https://api.eu.mailgun.net/v3/mg.boutique-⟦n4⟧.fr/messages -F from='Boutique <noreply@mg.boutique.fr>' -F to=client@example.org -F subject='Commande' -F text='Merci !'
""", s="key-" + hx(32))

S("en", "http", """
GET /v2/accounts/me HTTP/1.1
Host: api.internal.acme.dev
User-Agent: okhttp/4.12.0
Authorization: Basic ⟦s⟧
X-Request-Id: ⟦uuid⟧
""", s=enc64("svc-reporting:" + pw("strong")))

S("en", "http", """
{
  "log": {"version": "1.2", "creator": {"name": "Firefox", "version": "128.0"},
    "entries": [{
      "startedDateTime": "⟦ts⟧",
      "request": {"method": "GET", "url": "https://app.acme.dev/api/me",
        "headers": [
          {"name": "Accept", "value": "application/json"},
          {"name": "Cookie", "value": "_ga=GA1.1.⟦n9⟧.⟦n10⟧; __Host-session=⟦s⟧; theme=dark"}
        ]},
      "response": {"status": 200, "headers": [{"name": "etag", "value": "W/\\"⟦hex16⟧\\""}]}
  }]}
}
""", s=b64u(48))

S("en", "http", """
HTTP/2 200
content-type: application/json
set-cookie: sessionid=⟦s⟧; expires=Fri, 12 Jun 2026 08:01:44 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax; Secure
set-cookie: csrftoken=⟦csrf⟧; expires=Fri, 04 Jun 2027 08:01:44 GMT; Max-Age=31449600; Path=/; SameSite=Lax
x-request-id: ⟦uuid⟧
""", s=rs(LOW + DIG, 32), csrf=an(32))

S("en", "http", """
{
	"info": {"_postman_id": "⟦uuid⟧", "name": "Payments API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
	"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "⟦s⟧", "type": "string"}]},
	"item": [{"name": "List payouts", "request": {"method": "GET", "url": "{{baseUrl}}/v1/payouts?limit=10"}}]
}
""", s=stripe("rk_live_"))

S("es", "http", """
Resumen: el endpoint de refresco devolvió un refresh token de larga duración que quedó en los logs del gateway:
⟦ts⟧ upstream=auth-svc status=200 body={"access_token":"⟦at⟧","token_type":"Bearer","expires_in":3600,"refresh_token":"⟦s⟧"}
Hay que filtrar "refresh_token" en el logger del gateway.
""", at=jwt({"sub": uuid4(), "scope": "orders:read", "exp": 1780000000}, "RS256"), s="rt_" + b64u(48))

S("en", "http", """
$ curl -X POST https://oauth2.googleapis.com/token \\
    -d client_id=⟦n12⟧-⟦cidr⟧.apps.googleusercontent.com \\
    -d client_secret=⟦s⟧ \\
    -d refresh_token=1//0⟦rt⟧ \\
    -d grant_type=refresh_token
""", cidr=rs(LOW + DIG, 32), s="GOCSPX-" + rs(ALNUM + "-_", 28), rt=rs(ALNUM + "-_", 98))

S("he", "http", """
משתמש: הקריאה ל-API של Twilio מחזירה 20003. הנה מה שהרצתי:
curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC⟦sid⟧/Messages.json -u AC⟦sid⟧:⟦s⟧ --data-urlencode "To=+972500000000" --data-urlencode "Body=בדיקה"
""", sid=hx(32), s=hx(32))

S("en", "http", """
POST /services/collector/event HTTP/1.1
Host: splunk-hec.acme.internal:8088
Authorization: Splunk ⟦s⟧
Content-Type: application/json

{"event": {"action": "deploy", "service": "checkout", "sha": "⟦sha⟧"}, "sourcetype": "_json"}
""", s=uuid4().upper())

S("en", "http", """
$ curl -s "https://maps.googleapis.com/maps/api/geocode/json?address=Alexanderplatz+1+Berlin&key=⟦s⟧" | jq .status
"REQUEST_DENIED"
# server-side key, restricted to our egress IPs; request came from agent sandbox
""", s=google_key())

S("ko", "http", """
사용자: 이 요청이 왜 403이 나는지 봐줘.
GET https://api.notion.com/v1/databases/⟦hex32⟧/query
Authorization: Bearer ⟦s⟧
Notion-Version: 2022-06-28
""", s="ntn_" + dg(11) + an(35))

S("en", "http", """
> GET /rest/api/3/search?jql=project%3DOPS HTTP/1.1
> Host: acme.atlassian.net
> Authorization: Basic ⟦s⟧
> Accept: application/json
< HTTP/1.1 200 OK
< x-arequestid: ⟦hex32⟧
""", s=enc64("ops-bot@acme.dev:ATATT3xFfGF0" + rs(ALNUM + "-_", 180) + "=" + HX(8)))

# --- IaC ----------------------------------------------------------------------------
S("en", "iac", """
# terraform.tfvars
region          = "eu-central-1"
db_instance     = "db.r6g.large"
db_master_user  = "pgadmin"
db_master_pass  = "⟦s⟧"
datadog_api_key = "⟦dd⟧"
""", s=pw("shell"), dd=hx(32))

S("en", "iac", """
  # module.cache.aws_elasticache_replication_group.this will be created
  + resource "aws_elasticache_replication_group" "this" {
      + arn                        = (known after apply)
      + at_rest_encryption_enabled = true
      + auth_token                 = "⟦s⟧"
      + engine                     = "redis"
      + node_type                  = "cache.t4g.medium"
    }
# agent note: auth_token was not marked sensitive in variables.tf, so plan printed it
""", s=an(40))

S("de", "iac", """
Agent-Gedanke: In `terraform.tfstate` steht das generierte Passwort im Klartext, obwohl die Variable als sensitive markiert ist. Auszug:
      "instances": [{
          "schema_version": 0,
          "attributes": {
            "id": "none",
            "length": 24,
            "result": "⟦s⟧",
            "special": true
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]
""", s=pw("shell"))

S("en", "iac", """
# group_vars/prod/vars.yml (plain, not vaulted!)
ansible_user: deploy
ansible_become_pass: "⟦s⟧"
nginx_worker_processes: auto
app_release: "2026.05.2"
""", s=pw("human"))

S("ru", "iac", """
Пользователь: ansible падает на шаге с mysql_user. Вот инвентарь:
[db]
db-01.prod ansible_host=10.0.3.11 ansible_user=root ansible_ssh_pass=⟦s⟧
db-02.prod ansible_host=10.0.3.12
""", s=pw("shell"))

S("en", "iac", """
$ cat ~/.vault_pass.txt
⟦s⟧
$ ansible-playbook site.yml -i inventories/prod --vault-password-file ~/.vault_pass.txt --check
PLAY [all] *********************************************************************
""", s=pw("words"))

S("en", "iac", """
$ export PULUMI_CONFIG_PASSPHRASE='⟦s⟧'
$ pulumi up --stack acme/infra/prod --yes
Previewing update (acme/prod)
     Type                 Name             Plan
     pulumi:pulumi:Stack  infra-prod
""", s=pw("words"))

S("en", "iac", """
$ pulumi login https://api.pulumi.com
Manage your Pulumi stacks by logging in.
Enter your access token from https://app.pulumi.com/account/tokens
    or hit <ENTER> to log in using your browser                   : ⟦s⟧
Logged in to pulumi.com as acme-ci (https://app.pulumi.com/acme-ci)
""", s="pul-" + hx(40))

S("fr", "iac", """
Leçon pour la prochaine fois : `helm get values` affiche les valeurs en clair. Exemple d'hier :
$ helm get values keycloak -n auth
USER-SUPPLIED VALUES:
auth:
  adminUser: admin
  adminPassword: ⟦s⟧
postgresql:
  enabled: false
""", s=pw("human"))

S("en", "iac", """
$ helm repo add acme-charts https://charts.acme.dev --username ci --password ⟦s⟧
"acme-charts" has been added to your repositories
""", s=pw("url"))

S("en", "iac", """
# ~/.terraform.d/credentials.tfrc.json
{
  "credentials": {
    "app.terraform.io": {
      "token": "⟦s⟧"
    }
  }
}
""", s=an(14) + ".atlasv1." + an(67))

S("pt", "iac", """
Usuário: o provider do Cloudflare no terraform dá "Invalid request headers". Meu provider.tf:
provider "cloudflare" {
  email   = "infra@lojaexemplo.com.br"
  api_key = "⟦s⟧"
}
""", s=hx(37))

# --- secret managers -----------------------------------------------------------------
S("en", "secretmgr", """
$ vault login -method=userpass username=oncall
Password (will be hidden):
Success! You are now authenticated. The token information displayed below
is already stored in the token helper. You do NOT need to run "vault login"
again. Future Vault requests will automatically use this token.

Key                    Value
---                    -----
token                  ⟦s⟧
token_accessor         ⟦acc⟧
token_duration         768h
token_renewable        true
token_policies         ["default" "oncall"]
""", s="hvs." + rs(ALNUM + "-_", 24), acc=an(24))

S("en", "secretmgr", """
$ vault kv get -mount=secret payments/prod/psp
======= Secret Path =======
secret/data/payments/prod/psp

======= Metadata =======
Key                Value
---                -----
created_time       ⟦ts⟧
version            7

=== Data ===
Key            Value
---            -----
api_key        ⟦s⟧
merchant_id    ACME⟦n6⟧
""", s="live_" + an(30))

S("en", "secretmgr", """
$ vault operator init -key-shares=5 -key-threshold=3
Unseal Key 1: ⟦s⟧
Unseal Key 2: ⟦k2⟧
Unseal Key 3: ⟦k3⟧

Initial Root Token: hvs.⟦rt⟧
""", s=b64(33), k2=b64(33), k3=b64(33), rt=an(24))

S("ja", "secretmgr", """
エージェントの思考: `op item get` の出力に reveal されたパスワードが含まれている。チームへの要約には載せないこと。
ID:          ⟦id⟧
Title:       本番DB (RDS)
Vault:       Infra
Fields:
  username:    admin
  password:    ⟦s⟧
""", id=rs(LOW + DIG, 26), s=pw("strong"))

S("en", "secretmgr", """
export OP_SERVICE_ACCOUNT_TOKEN=ops_⟦s⟧
op run --env-file=.env.tpl -- ./bin/migrate
""", s="eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIs" + rs(B64U, 260))

S("en", "secretmgr", """
$ doppler configure
┌────────────────────────────────────────────┬─────────────────────────────┐
│ NAME                                       │ VALUE                       │
├────────────────────────────────────────────┼─────────────────────────────┤
│ token                                      │ ⟦s⟧ │
│ enclave.project                            │ checkout                    │
│ enclave.config                             │ prd                         │
└────────────────────────────────────────────┴─────────────────────────────┘
""", s="dp.st.prd." + an(43))

S("uk", "secretmgr", """
Підсумок для команди: ключ age для sops лежав у README в розділі «Як розшифрувати»:
export SOPS_AGE_KEY=⟦s⟧
sops -d secrets/prod.enc.yaml
Ключ замінено, старий відкликано з .sops.yaml.
""", s=age_secret())

S("en", "secretmgr", """
$ cat ~/.config/sops/age/keys.txt
# created: ⟦ts⟧
# public key: ⟦pub⟧
⟦s⟧
""", pub=age_public(), s=age_secret())

S("en", "secretmgr", """
$ aws secretsmanager get-secret-value --secret-id prod/ledger/db --query SecretString --output text
{"username":"ledger_admin","password":"⟦s⟧","engine":"postgres","host":"ledger.cluster-⟦c⟧.eu-west-1.rds.amazonaws.com","port":5432}
""", s=pw("shell"), c=rs(LOW + DIG, 12))

S("zh", "secretmgr", """
给团队的总结：`gcloud secrets versions access latest --secret=wechat-pay-apiv3-key` 的输出被 agent 直接打印到了会话里：
⟦s⟧
已在 ⟦ts⟧ 轮换，新版本号 7。
""", s=an(32))

# --- messaging / queues --------------------------------------------------------------
S("en", "mq", """
# client.properties for kcat / kafka-console-consumer
bootstrap.servers=pkc-⟦c⟧.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.username=⟦key⟧
sasl.password=⟦s⟧
""", c=rs(LOW + DIG, 5), key=rs(UP + DIG, 16), s=rs(ALNUM + "+/", 64))

S("en", "mq", """
$ cat ~/.nkeys/creds/synadia/ACME/orders-worker.creds
-----BEGIN NATS USER JWT-----
⟦jwt⟧
------END NATS USER JWT------

************************* IMPORTANT *************************
NKEY Seed printed below can be used to sign and prove identity.
NKEYs are sensitive and should be treated as secrets.

-----BEGIN USER NKEY SEED-----
⟦s⟧
------END USER NKEY SEED------
""", jwt=jwt({"jti": b32 if (b32 := rs(B32, 52)) else "", "iss": "A" + rs(B32, 55), "nats": {"type": "user"}}, "ed25519-nkey"), s="SU" + rs(B32, 56))

S("es", "mq", """
Pensamiento del agente: la URL de RabbitMQ en el values.yaml tiene la contraseña del usuario admin; la cambio por una referencia a un Secret.
-  brokerUrl: amqps://admin:⟦s⟧@mq.prod.tienda.internal:5671/%2F
+  brokerUrlSecretRef: {name: rabbitmq-admin, key: url}
""", s=pw("url"))

S("en", "mq", """
import boto3
sqs = boto3.client(
    "sqs",
    region_name="us-east-1",
    aws_access_key_id="⟦akid⟧",
    aws_secret_access_key="⟦s⟧",
)
sqs.send_message(QueueUrl="https://sqs.us-east-1.amazonaws.com/⟦n12⟧/invoice-events", MessageBody="{}")
""", akid=aws_akid(), s=aws_secret())

S("nl", "mq", """
Samenvatting: de Azure Service Bus connection string stond in de appsettings.Development.json die mee in de image zat:
"ServiceBus": {"ConnectionString": "Endpoint=sb://sb-bestellingen-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=⟦s⟧"}
Key is geroteerd om ⟦ts⟧.
""", s=b64(32))

# --- observability / paging ----------------------------------------------------------
S("en", "observability", """
$ helm upgrade --install datadog datadog/datadog -n datadog \\
    --set datadog.apiKey=⟦s⟧ \\
    --set datadog.appKey=⟦app⟧ \\
    --set datadog.site=datadoghq.eu
Release "datadog" has been upgraded. Happy Helming!
""", s=hx(32), app=hx(40))

S("en", "observability", """
# sentry.properties (used by sentry-cli in the release job)
defaults.url=https://sentry.io/
defaults.org=acme
defaults.project=mobile-app
auth.token=⟦s⟧
""", s="sntryu_" + hx(64))

S("en", "observability", """
{"routing_key":"⟦s⟧","event_action":"trigger","dedup_key":"disk-full-⟦hex8⟧","payload":{"summary":"/var/lib/docker 97% on ip-10-1-4-22","source":"ip-10-1-4-22","severity":"critical"}}
$ curl -sX POST https://events.pagerduty.com/v2/enqueue -H 'Content-Type: application/json' -d @event.json
{"status":"success","message":"Event processed","dedup_key":"disk-full-⟦hex8⟧"}
""", s="R0" + hx(30))

S("tr", "observability", """
Kullanıcı: Grafana'ya dashboard yüklerken 401 alıyorum, servis hesabı token'ı şu:
GRAFANA_TOKEN=⟦s⟧
grafana-url: https://grafana.sirket-⟦n4⟧.com.tr
""", s="glsa_" + an(32) + "_" + hx(8))

S("en", "observability", """
# otel-collector.yaml
exporters:
  otlphttp/honeycomb:
    endpoint: https://api.honeycomb.io
    headers:
      x-honeycomb-team: ⟦s⟧
  otlp/newrelic:
    endpoint: otlp.eu01.nr-data.net:4317
    headers:
      api-key: ⟦nr⟧
""", s="hcaik_01" + rs(LOW + DIG, 56), nr="eu01xx" + hx(34) + "NRAL")

S("en", "observability", """
$ newrelic profile add --profile ops --region EU --apiKey ⟦s⟧ --accountId ⟦n7⟧
[Output] Profile ops added
""", s="NRAK-" + rs(UP + DIG, 27), n7=dg(7))

S("it", "observability", """
Lezione per la prossima volta: l'integrazione Opsgenie nel file alertmanager.yml conteneva la GenieKey in chiaro:
receivers:
- name: opsgenie-critico
  opsgenie_configs:
  - api_key: ⟦s⟧
    priority: P1
Spostarla in un file montato da Secret (api_key_file).
""", s=uuid4())

S("en", "observability", """
alertmanager.yml:
receivers:
  - name: slack-oncall
    slack_configs:
      - api_url: ⟦s⟧
        channel: '#oncall-payments'
        send_resolved: true
""", s=slack_hook())

# --- webhooks -----------------------------------------------------------------------
S("en", "chat", """
User: post the deploy summary to our Discord, here's the webhook: ⟦s⟧
""", s=discord_hook())

S("pl", "chat", """
Użytkownik: wyślij wynik testów na kanał Teams, webhook:
https://acmepl.webhook.office.com/webhookb2/⟦u1⟧@⟦u2⟧/IncomingWebhook/⟦s⟧/⟦u3⟧/V2⟦sig⟧
""", u1=uuid4(), u2=uuid4(), s=hx(32), u3=uuid4(), sig=rs(ALNUM + "-_", 43))

S("en", "chat", """
{"tool":"bash","input":{"command":"curl -X POST -H 'Content-Type: application/json' -d '{\\"text\\":\\"Deploy ⟦sha7⟧ finished\\"}' 'https://chat.googleapis.com/v1/spaces/AAAA⟦sp⟧/messages?key=⟦gk⟧&token=⟦s⟧'"}}
""", gk=google_key(), sp=rs(ALNUM + "-_", 7), s=rs(ALNUM + "-_", 43) + "%3D")

S("ja", "chat", """
ユーザー: Slack の incoming webhook を設定ファイルに入れたけど通知が来ない。
notify:
  slack_webhook: ⟦s⟧
  channel: "#デプロイ通知"
""", s=slack_hook())

# --- code literals in many languages --------------------------------------------------
S("en", "code", """
// src/lib/payments.go
package payments

const (
	apiBase   = "https://api.mollie.com/v2"
	apiKey    = "⟦s⟧" // TODO: move to env before launch
	userAgent = "acme-shop/1.8"
)
""", s="live_" + an(30))

S("en", "code", """
// app/src/main/java/com/acme/push/PushSender.kt
private val fcmServerKey = "⟦s⟧"
fun send(token: String, title: String) = client.post("https://fcm.googleapis.com/fcm/send") {
    header("Authorization", "key=$fcmServerKey")
}
""", s="AAAA" + rs(B64U, 7) + ":APA91b" + rs(B64U, 134))

S("en", "code", """
# config/initializers/shopify.rb
ShopifyAPI::Context.setup(
  api_key: "⟦key⟧",
  api_secret_key: "⟦s⟧",
  host: "https://merchant.acme.dev",
  scope: "read_orders,write_products",
  is_embedded: true,
  api_version: "2026-01",
)
""", key=hx(32), s="shpss_" + hx(32))

S("de", "code", """
// Hinweis vom Agenten: Dieser Block in src/Services/Versand.cs enthält den DHL-Zugang im Klartext.
private static readonly HttpClient _http = new HttpClient();
private const string DhlUser = "versand-api";
private const string DhlPassword = "⟦s⟧";
_http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
    Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DhlUser}:{DhlPassword}")));
""", s=pw("strong"))

S("en", "code", """
<?php
// wp-config.php (staging)
define( 'DB_NAME', 'wp_staging' );
define( 'DB_USER', 'wp_staging' );
define( 'DB_PASSWORD', '⟦s⟧' );
define( 'DB_HOST', 'mysql-staging.internal' );
define( 'AUTH_KEY',         '⟦ak⟧' );
""", s=pw("shell"), ak=rs(ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|", 64).replace("'", "x"))

S("en", "code", """
// lib/hf.rs
pub fn client() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer ⟦s⟧"));
    reqwest::Client::builder().default_headers(headers).build().unwrap()
}
""", s="hf_" + an(34))

S("sv", "code", """
# Agentens reflektion: nyckeln nedan är hårdkodad i scripts/export.py och har läshistorik i git sedan ⟦ts⟧.
OPENAI_API_KEY = "⟦s⟧"  # tillfälligt, ta bort!
""", s=openai_key())

S("en", "code", """
// src/config.ts
export const config = {
  apiUrl: process.env.API_URL ?? "https://api.acme.dev",
  linearKey: "⟦s⟧",
  featureFlags: { newCheckout: true },
};
""", s="lin_api_" + an(40))

S("en", "code", """
# scripts/backfill.sh
#!/usr/bin/env bash
set -euo pipefail
export DATABRICKS_HOST=https://adb-⟦n12⟧⟦n4⟧.7.azuredatabricks.net
export DATABRICKS_TOKEN=⟦s⟧
databricks jobs run-now --job-id 482 --notebook-params '{"date":"2026-05-01"}'
""", s="dapi" + hx(32))

S("en", "code", """
-- plugins/deploy.lua (neovim)
local token = "⟦s⟧"
vim.keymap.set("n", "<leader>dp", function()
  vim.fn.jobstart({ "curl", "-H", "Authorization: token " .. token, "https://api.github.com/repos/acme/site/dispatches" })
end)
""", s=gh("ghp_"))

S("en", "code", """
defmodule Acme.Repo do
  use Ecto.Repo, otp_app: :acme, adapter: Ecto.Adapters.Postgres
end

# config/prod.exs
config :acme, Acme.Repo,
  url: "ecto://acme:⟦s⟧@pg-primary.acme.internal/acme_prod",
  pool_size: 20
""", s=pw("url"))

S("cs", "code", """
# Myšlenka agenta: v souboru settings.py je SECRET_KEY natvrdo, navrhnu načítání z env.
SECRET_KEY = '⟦s⟧'
DEBUG = False
ALLOWED_HOSTS = ["eshop.example.cz"]
""", s=rs(LOW + DIG + "!@#%^&*(-_=+)", 50))

S("en", "code", """
# config/credentials — decrypted with `bin/rails credentials:show`
secret_key_base: ⟦skb⟧
aws:
  access_key_id: ⟦akid⟧
  secret_access_key: ⟦s⟧
""", skb=hx(128), akid=aws_akid(), s=aws_secret())

S("en", "code", """
$ cat config/master.key
⟦s⟧
$ git check-ignore -v config/master.key || echo "NOT IGNORED"
NOT IGNORED
""", s=hx(32))

S("vi", "code", """
Tóm tắt cho nhóm: file .env của dự án Laravel bị đẩy lên repo công khai. Các dòng nhạy cảm:
APP_ENV=production
APP_KEY=base64:⟦s⟧
DB_PASSWORD=⟦db⟧
Đã đổi APP_KEY, toàn bộ session cũ bị vô hiệu.
""", s=b64(32), db=pw("shell"))

S("en", "code", """
>>> from cryptography.fernet import Fernet
>>> key = b'⟦s⟧'
>>> Fernet(key).decrypt(open("backup.tar.enc","rb").read())[:16]
b'./\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'
""", s=fernet_key())

S("en", "code", """
// internal/crypto/keys.go
// AES-256-GCM key used to encrypt PII columns (customers.tax_id, customers.dob)
var piiKey, _ = hex.DecodeString("⟦s⟧")
""", s=hx(64))

S("hi", "code", """
एजेंट का विचार: `.env` में NEXTAUTH_SECRET सीधे लिखा है, इसे कमिट नहीं करना चाहिए।
NEXTAUTH_URL=https://dukaan.example.in
NEXTAUTH_SECRET=⟦s⟧
""", s=b64(32))

S("en", "code", """
// jwt.config.js
module.exports = {
  algorithm: "HS256",
  expiresIn: "15m",
  secret: "⟦s⟧",
};
""", s=hx(48))

S("id", "code", """
// Pikiran agen: kunci Midtrans server key ini tertanam di kode Flutter, artinya bisa diekstrak dari APK.
const midtransServerKey = 'Mid-server-⟦s⟧';
""", s=rs(ALNUM + "-_", 24))

S("en", "code", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-env
data:
  LOG_LEVEL: info
  ALGOLIA_APP_ID: ⟦appid⟧
  ALGOLIA_ADMIN_API_KEY: ⟦s⟧
""", appid=rs(UP + DIG, 10), s=hx(32))

S("en", "code", """
// Swift — AppSecrets.swift (checked in by mistake)
enum AppSecrets {
    static let revenueCatSecret = "sk_⟦s⟧"
    static let mixpanelToken = "⟦mp⟧"
}
""", s=an(32), mp=hx(32))

# --- private keys ----------------------------------------------------------------------
_blk, _body = pem("OPENSSH PRIVATE KEY", 390)
S("en", "shell", """
$ cat ~/.ssh/id_ed25519_deploy
⟦blk⟧
$ chmod 600 ~/.ssh/id_ed25519_deploy
""", blk=_blk, s=_body.split("\n")[1])

_blk, _body = pem("RSA PRIVATE KEY", 1190)
S("ru", "shell", """
Мысль агента: пользователь вставил в чат приватный ключ GitHub App, чтобы я «проверил формат». Дальше в резюме его не повторяю.
⟦blk⟧
""", blk=_blk, s=_body.split("\n")[2])

_blk, _body = pem("EC PRIVATE KEY")
S("ko", "code", """
에이전트 요약: 테스트 픽스처 tests/fixtures/apns.pem 에 실제 형식의 EC 개인 키가 들어 있었다. 운영 키와 같은지 확인 필요.
⟦blk⟧
""", blk=_blk, s=_body.split("\n")[0])

S("pt", "shell", """
Usuário: a VPN não sobe no servidor novo, olha o wg0.conf:
[Interface]
Address = 10.8.0.2/24
PrivateKey = ⟦s⟧
DNS = 1.1.1.1

[Peer]
PublicKey = ⟦pub⟧
Endpoint = vpn.empresa-⟦n4⟧.com.br:51820
AllowedIPs = 10.8.0.0/24
""", s=wg_key(), pub=wg_key())

_pgp = chunk("lQVYBG" + b64(700), 64)
S("en", "shell", """
$ gpg --armor --export-secret-keys releases@acme.dev
-----BEGIN PGP PRIVATE KEY BLOCK-----

⟦pgp⟧
=⟦crc⟧
-----END PGP PRIVATE KEY BLOCK-----
""", pgp=_pgp, crc=b64(3), s=_pgp.split("\n")[0])

S("it", "code", """
Pensiero dell'agente: questo JWK contiene il parametro "d", quindi è una chiave privata, non quella pubblica da esporre su /.well-known/jwks.json.
{"kty":"EC","crv":"P-256","kid":"firma-⟦hex8⟧","x":"⟦x⟧","y":"⟦y⟧","d":"⟦s⟧","use":"sig","alg":"ES256"}
""", x=b64u(32), y=b64u(32), s=b64u(32))

_blk, _body = pem("PRIVATE KEY", 520)
_esc = _blk.replace("\n", "\\n")
S("en", "cloud", """
{"tool_result":{"stdout":"{\\n  \\"type\\": \\"service_account\\",\\n  \\"project_id\\": \\"acme-ml\\",\\n  \\"private_key\\": \\"⟦esc⟧\\\\n\\",\\n  \\"client_email\\": \\"trainer@acme-ml.iam.gserviceaccount.com\\"\\n}","exit_code":0}}
""", esc=_esc.replace("\\n", "\\\\n"), s=_body.split("\n")[3])

S("nl", "shell", """
Gedachte van de agent: in de Terraform-output staat de private key van het nieuw aangemaakte sleutelpaar; dat mag niet in de PR-beschrijving.
Outputs:
bastion_private_key = <<EOT
-----BEGIN OPENSSH PRIVATE KEY-----
⟦l1⟧
⟦s⟧
-----END OPENSSH PRIVATE KEY-----
EOT
""", l1="b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", s=rs(B64A, 70))

# --- fixtures: cards, national ids, passports --------------------------------------------
_c = card("visa")
S("en", "fixture", """
# tests/fixtures/customers.yaml  (copied from a prod export "just for the test"...)
- id: cus_⟦id⟧
  name: Margaret Ellison
  card_number: "⟦s⟧"
  exp: "09/28"
  cvv: "⟦cvv⟧"
""", id=an(14), s=_c, cvv=rs(DIG, 3))

_c = card("mc")
S("de", "fixture", """
Nutzer: Der Test `test_zahlung_mit_karte` schlägt fehl. Fixture:
ZAHLUNG = {"karteninhaber": "Jonas Weidemann", "pan": "⟦s⟧", "ablauf": "11/27", "cvc": "⟦cvv⟧"}
Das ist keine Stripe-Testkarte, ich weiß nicht woher sie stammt.
""", s=" ".join(_c[i:i + 4] for i in range(0, 16, 4)), cvv=rs(DIG, 3))

_c = card("amex")
S("es", "fixture", """
Lección: el CSV de pruebas `pagos_demo.csv` tenía una tarjeta que no es de las de prueba publicadas:
id,titular,numero,caducidad,cvv
⟦n5⟧,Lucía Fernández Ortega,⟦s⟧,03/29,⟦cvv⟧
""", s=_c, cvv=rs(DIG, 4))

S("es", "fixture", """
# tests/fixtures/clientes.json
[{"nombre": "Alejandro Ruiz Molina", "dni": "⟦s⟧", "iban": "⟦ib⟧", "telefono": "+34 6⟦n4⟧⟦n4_2⟧"}]
""", s=dni_es(), ib=iban("ES"))

S("pl", "fixture", """
Użytkownik: czemu walidator PESEL odrzuca ten rekord z fixtury?
{"imie": "Katarzyna", "nazwisko": "Zielińska", "pesel": "⟦s⟧", "nr_konta": "PL⟦n4⟧⟦n12⟧⟦n10⟧"}
""", s=pesel())

S("sv", "fixture", """
Sammanfattning: testdatabasen för HR-appen innehöll personnummer som klarar Luhn-kontrollen, t.ex.
INSERT INTO anstallda (namn, personnummer) VALUES ('Elin Bergqvist', '⟦s⟧');
Vi byter till Skatteverkets testpersonnummer.
""", s=personnummer_se())

S("nl", "fixture", """
# spec/fixtures/klanten.yml
jan_de_vries:
  voornaam: Jan
  achternaam: de Vries
  bsn: "⟦s⟧"
  iban: ⟦ib⟧
""", s=bsn_nl(), ib=fmt_iban(iban("NL")))

S("pt", "fixture", """
Pensamento do agente: o seed `db/seeds/clientes.rb` cria uma cliente com CPF que passa no dígito verificador; isso parece dado real.
Cliente.create!(nome: "Fernanda Albuquerque", cpf: "⟦s⟧", email: "fernanda.alb@⟦d⟧.com.br")
""", s=cpf_br(), d=rs(LOW, 7))

S("tr", "fixture", """
Kullanıcı: TC kimlik doğrulaması testte geçiyor ama prod'da geçmiyor. Test verisi:
musteri = {"ad": "Emre", "soyad": "Yıldırım", "tckn": "⟦s⟧", "dogum": "1988-04-12"}
""", s=tckn_tr())

S("zh", "fixture", """
用户：这个单元测试里的身份证号是谁的？校验位居然是对的。
user = User(name="王思远", id_card="⟦s⟧", phone="138⟦n4⟧⟦n4_2⟧")
""", s=cn_id())

S("he", "fixture", """
סיכום לצוות: בקובץ הבדיקות נמצאו מספרי תעודת זהות עם ספרת ביקורת תקינה:
{"name": "נועה כהן", "teudat_zehut": "⟦s⟧", "city": "חיפה"}
יש להחליף בנתונים סינתטיים מסומנים.
""", s=il_id())

S("hi", "fixture", """
उपयोगकर्ता: KYC टेस्ट में ये आधार नंबर डाला है, Verhoeff चेक पास हो रहा है, क्या ये ठीक है?
{"naam": "राहुल वर्मा", "aadhaar": "⟦s⟧", "pan": "⟦pan⟧"}
""", s=aadhaar(), pan=rs(UP, 5) + rs(DIG, 4) + rs(UP, 1))

S("cs", "fixture", """
Ponaučení: do fixtur nedávat rodná čísla, která projdou kontrolou dělitelnosti 11. Tohle bylo v tests/data/osoby.csv:
jmeno;prijmeni;rodne_cislo
Tereza;Nováková;⟦s⟧
""", s=rodne_cislo_cz())

S("ko", "fixture", """
사용자: 회원가입 테스트 데이터에 주민등록번호를 넣었는데 검증 로직이 통과해. 괜찮은 거야?
{"name": "김민준", "rrn": "⟦s⟧", "phone": "010-⟦n4⟧-⟦n4_2⟧"}
""", s=rrn_kr())

S("fr", "fixture", """
Résumé pour l'équipe : le jeu de données de recette contenait un NIR avec clé valide :
assure = {"nom": "Camille Durand", "nir": "⟦s⟧", "iban": "⟦ib⟧"}
Remplacé par des NIR fictifs générés.
""", s=nir_fr(), ib=fmt_iban(iban("FR")))

S("fi", "fixture", """
Käyttäjä: miksi henkilötunnuksen validointi hyväksyy tämän testiaineiston rivin?
{"nimi": "Aino Virtanen", "hetu": "⟦s⟧"}
""", s=hetu_fi())

S("ja", "fixture", """
エージェントの振り返り: テスト用 CSV にチェックデジットが正しいマイナンバーが入っていた。実在の可能性があるので削除した。
氏名,マイナンバー,生年月日
佐藤 美咲,⟦s⟧,1991-07-03
""", s=mynumber_jp())

S("ru", "fixture", """
Пользователь: тест сериализации сотрудника падает, вот фикстура:
employee = {"fio": "Смирнова Ольга Петровна", "snils": "⟦s⟧", "inn": "⟦n12⟧"}
""", s=snils_ru())

S("uk", "fixture", """
Думка агента: у фікстурі клієнтів є РНОКПП з правильною контрольною цифрою — схоже на реальні дані, позначу як чутливі.
{"pib": "Коваленко Андрій Олегович", "rnokpp": "⟦s⟧"}
""", s=rnokpp_ua())

S("ar", "fixture", """
المستخدم: اختبار التحقق من الهوية الإماراتية ينجح مع هذا الرقم، هل هو حقيقي؟
{"name": "خالد المنصوري", "emirates_id": "⟦s⟧"}
""", s=emirates_id())

_doc, _l1, _l2 = passport_mrz("D<<", "HOFFMANN", "LENA<MARIE")
S("de", "fixture", """
Zusammenfassung: Im OCR-Testset liegt ein Reisepass-MRZ mit gültigen Prüfziffern:
⟦l1⟧
⟦l2⟧
Passnummer ⟦s⟧ – vermutlich echt, bitte durch synthetische Daten ersetzen.
""", l1=_l1, l2=_l2, s=_doc)

_doc, _l1, _l2 = passport_mrz("ITA", "ROSSI", "GIULIA")
S("it", "fixture", """
Utente: il parser MRZ fallisce su questa riga del fixture, puoi controllare?
⟦l1⟧
⟦s⟧
""", l1=_l1, s=_l2)

S("en", "fixture", """
-- seeds/dev_users.sql
INSERT INTO users (email, full_name, ssn, dob) VALUES
 ('r.castillo@⟦d⟧.com', 'Rosa Castillo', '⟦s⟧', '1979-02-14');
""", d=rs(LOW, 8), s=ssn_us())

S("nl", "fixture", """
Gebruiker: de test voor het rijksregisternummer faalt niet meer, maar is dit wel fictief?
{"naam": "Pieter Claes", "rijksregisternummer": "⟦s⟧"}
""", s=be_nn())

# --- TOTP / recovery / OTP / PIN -----------------------------------------------------------
S("en", "chat", """
User: set up the shared ops 2FA in the password manager, the QR code decodes to:
otpauth://totp/AWS:root-billing@acme.dev?secret=⟦s⟧&issuer=Amazon%20Web%20Services&digits=6&period=30
""", s=totp_seed(32))

S("vi", "chat", """
Người dùng: đây là mã khôi phục GitHub của tài khoản bot, lưu giúp mình vào vault nhé:
⟦s⟧  ⟦r2⟧
⟦r3⟧  ⟦r4⟧
""", s=hx(5) + "-" + hx(5), r2=hx(5) + "-" + hx(5), r3=hx(5) + "-" + hx(5), r4=hx(5) + "-" + hx(5))

S("ar", "chat", """
المستخدم: وصلني رمز التحقق لتسجيل الدخول إلى لوحة AWS، الرمز هو ⟦s⟧، أدخله بسرعة قبل أن تنتهي صلاحيته.
""", s=rs(DIG, 6))

S("he", "chat", """
משתמש: הקוד שהגיע ב-SMS לכניסה לחשבון Cloudflare הוא ⟦s⟧, תשתמש בו עכשיו.
""", s=rs(DIG, 6))

S("id", "chat", """
Pengguna: PIN untuk token HSM di rak B adalah ⟦s⟧, dan kata sandi SO-nya ⟦so⟧. Tolong jalankan pkcs11-tool untuk daftar objek.
""", s=rs(DIG, 8), so=pw("shell"))

S("tr", "chat", """
Kullanıcı: Google Workspace yönetici hesabının 2FA yedek kodları şunlar, birini kullanıp giriş yap:
⟦s⟧ ⟦c2⟧ ⟦c3⟧
""", s=rs(DIG, 4) + " " + rs(DIG, 4), c2=rs(DIG, 4) + " " + rs(DIG, 4), c3=rs(DIG, 4) + " " + rs(DIG, 4))

S("zh", "secretmgr", """
智能体思考：用户让我把 2FA 的 TOTP 种子写进 1Password 的条目里，不能在日志中回显它。
op item edit "阿里云 root" 'one-time password[otp]=otpauth://totp/Aliyun:root?secret=⟦s⟧&issuer=Aliyun'
""", s=totp_seed(32))

S("sv", "chat", """
Användare: bankdosans PIN för företagskortet är ⟦s⟧ och kortnumret slutar på 4411. Kan du lägga in det i Bitwarden åt mig?
""", s=rs(DIG, 4))

# --- chat prose with credentials in many languages -------------------------------------------
S("fr", "chat", """
Utilisateur : le mot de passe du compte admin du Jenkins est « ⟦s⟧ », connecte-toi et relance le job nightly-e2e stp.
""", s=pw("human"))

S("it", "chat", """
Utente: la password di root del server di staging è ⟦s⟧ — entra via ssh e controlla perché nginx non riparte.
""", s=pw("strong"))

S("pl", "chat", """
Użytkownik: hasło do konta serwisowego w Keycloaku to ⟦s⟧, zaloguj się przez kcadm.sh i dodaj klienta „raporty”.
""", s=pw("human"))

S("ko", "chat", """
사용자: Jira 관리자 계정 비밀번호는 ⟦s⟧ 야. 로그인해서 웹훅 설정 좀 바꿔줘.
""", s=pw("human"))

S("uk", "chat", """
Користувач: токен бота Telegram для сповіщень про релізи: ⟦s⟧ — додай його в GitHub Actions секрети і перевір розсилку.
""", s=f"{dg(10)}:AA{rs(B64U, 33)}")

S("vi", "chat", """
Người dùng: mật khẩu SMTP của Amazon SES là ⟦s⟧, username là ⟦akid⟧. Cấu hình cho Postfix giúp mình.
""", s="BN" + rs(ALNUM + "+/", 42), akid=aws_akid())

S("hi", "chat", """
उपयोगकर्ता: Razorpay का live key secret ये है: ⟦s⟧ और key id rzp_live_⟦kid⟧ है। webhook verify करने वाला कोड इससे टेस्ट कर दो।
""", s=an(24), kid=an(14))

S("id", "chat", """
Pengguna: ini token Discord bot untuk server komunitas: ⟦s⟧ — tolong deploy ulang bot-nya di Railway.
""", s=enc64u(dg(19)) + "." + rs(B64U, 6) + "." + rs(B64U, 38))

S("cs", "chat", """
Uživatel: heslo k databázi na testu je ⟦s⟧, uživatel „eshop_test“. Spusť prosím migrace.
""", s=pw("strong"))

S("ar", "chat", """
المستخدم: هذا مفتاح API الخاص بـ Paystack للإنتاج: ⟦s⟧ أضفه إلى متغيرات البيئة في Render.
""", s="sk_live_" + hx(40))

S("he", "chat", """
משתמש: הסיסמה ל-Grafana admin היא ⟦s⟧, תיכנס ותוסיף את מקור הנתונים של Loki.
""", s=pw("human"))

S("el", "chat", """
Χρήστης: ο κωδικός για τον λογαριασμό deploy στο GitLab είναι ⟦s⟧, κάνε push το branch σε παρακαλώ.
""", s=pw("human"))

S("ro", "chat", """
Utilizator: parola pentru contul de administrare al routerului MikroTik este ⟦s⟧, verifică te rog regulile de firewall.
""", s=pw("strong"))

S("th", "chat", """
ผู้ใช้: รหัสผ่านของฐานข้อมูล production คือ ⟦s⟧ ช่วยรัน migration ให้หน่อย
""", s=pw("strong"))

S("da", "chat", """
Bruger: API-nøglen til e-conomic er ⟦s⟧, kan du hente fakturaerne fra sidste måned?
""", s=an(40))

S("hu", "chat", """
Felhasználó: a Számlázz.hu agent kulcs: ⟦s⟧ — állítsd be az éles környezetben.
""", s=rs(LOW + DIG, 42))

S("ja", "chat", """
ユーザー: 社内 GitLab の Runner 登録トークンはこれ: ⟦s⟧ 。新しい ARM ランナーを登録しておいて。
""", s="glrt-" + rs(ALNUM + "-_", 20))

S("zh", "chat", """
用户：阿里云的 AccessKey 是 LTAI⟦kid⟧，Secret 是 ⟦s⟧，帮我用 ossutil 把 dist 目录同步到 bucket。
""", kid=an(20), s=an(30))

S("ru", "chat", """
Пользователь: вот ключ от Яндекс Облака для terraform, статический: ⟦kid⟧ / ⟦s⟧ — настрой бэкенд в Object Storage.
""", kid="YCAJE" + rs(ALNUM + "-_", 20), s="YCP" + rs(ALNUM + "-_", 37))

S("pt", "chat", """
Usuário: o token do Mercado Pago de produção é ⟦s⟧, configura no webhook do checkout.
""", s="APP_USR-" + dg(16) + "-" + rs(DIG, 6) + "-" + hx(32) + "-" + dg(9))

# --- encoded / split / escaped forms ---------------------------------------------------------
S("en", "shell", """
$ echo -n '⟦b⟧' | base64 -d
admin:⟦pw⟧
# ^ the "Authorization: Basic" value from the failing nginx access log
""", b=(_b := enc64("admin:" + (_p := pw("strong")))), pw=_p, s=_b)

S("en", "code", """
# python: key split across lines to dodge the scanner (found by agent grep)
SLACK_TOKEN = (
    "⟦a⟧"
    "⟦s⟧"
)
""", a=(_t := slack_bot())[:20], s=_t[20:])

S("en", "http", """
2026-06-02T11:04:55Z WARN  http.client request failed url="https://api.acme.dev/export?format=csv&api_key=⟦s⟧" status=502 retry=2
""", s=urllib.parse.quote(an(20) + "/" + an(10) + "+" + an(8) + "=="))

S("de", "code", """
Agent-Gedanke: Der Wert in der Jenkins-Credentials-XML ist nicht verschlüsselt, sondern nur Base64:
<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
  <id>nexus-deploy</id>
  <username>deploy</username>
  <password>⟦s⟧</password>
</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
""", s=enc64(pw("strong")))

S("en", "observability", """
{"level":"error","ts":"⟦ts⟧","logger":"webhook","msg":"signature mismatch","payload":"{\\"type\\":\\"customer.created\\"}","config":"{\\"endpoint\\":\\"/hooks/stripe\\",\\"signing_secret\\":\\"⟦s⟧\\"}","trace_id":"⟦hex32⟧"}
""", s="whsec_" + an(32))

S("es", "code", """
-DB_PASSWORD=⟦old⟧
+DB_PASSWORD=⟦s⟧
 DB_HOST=pg.interno
# Pensamiento del agente: el usuario me pidió "actualizar la contraseña en el .env"; el diff muestra ambas, la nueva es la crítica.
""", old=pw("shell"), s=pw("shell"))

S("fr", "k8s", """
Utilisateur : pourquoi le Secret n'est pas pris en compte ? J'ai mis la valeur en clair dans stringData :
apiVersion: v1
kind: Secret
metadata: {name: smtp, namespace: newsletter}
stringData:
  SMTP_PASSWORD: "⟦s⟧"
""", s=pw("shell"))

S("en", "shell", """
$ history | grep -i mysql
 1042  mysql -u root -p⟦s⟧ -e 'show databases'
 1043  mysqldump -u root -p --all-databases > all.sql
""", s=pw("url"))

S("ja", "code", """
// src/firebase-admin.ts
// 作業メモ: サービスアカウントの秘密鍵が環境変数ではなく直書きされている
const serviceAccount = {
  projectId: "shop-jp-prod",
  clientEmail: "firebase-adminsdk-x1y2z@shop-jp-prod.iam.gserviceaccount.com",
  privateKey: "-----BEGIN PRIVATE KEY-----\\n⟦l1⟧\\n⟦s⟧\\n-----END PRIVATE KEY-----\\n",
};
""", l1="MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" + rs(B64A, 14), s=rs(B64A, 64))

S("ko", "iac", """
에이전트 교훈: tfvars 파일을 PR 설명에 그대로 붙이지 말 것. 어제 붙인 내용:
ncloud_access_key = "⟦ak⟧"
ncloud_secret_key = "⟦s⟧"
""", ak=an(20), s=an(40))

S("tr", "code", """
# Ajan düşüncesi: iyzico anahtarları settings/prod.py içinde sabit yazılmış.
IYZICO_API_KEY = "⟦ak⟧"
IYZICO_SECRET_KEY = "⟦s⟧"
""", ak=an(32), s=an(32))

S("vi", "code", """
// Ghi chú của agent: khóa bí mật MoMo nằm ngay trong controller
const momo = { partnerCode: "MOMO⟦n6⟧", accessKey: "⟦ak⟧", secretKey: "⟦s⟧" };
""", ak=an(16), s=an(32))

S("sv", "iac", """
Lärdom till nästa gång: `az keyvault secret show` skriver ut värdet. Från gårdagens session:
{
  "id": "https://kv-ekonomi-prod.vault.azure.net/secrets/fortnox-client-secret/⟦hex32⟧",
  "value": "⟦s⟧"
}
""", s=rs(ALNUM, 3) + "8Q~" + rs(ALNUM + "~._-", 34))

S("cs", "mq", """
Shrnutí pro tým: v konfiguraci Celery byl natvrdo Redis s heslem:
CELERY_BROKER_URL = "redis://:⟦s⟧@redis-fronta.interni:6379/3"
""", s=an(28))

S("pl", "ci", """
Lekcja na przyszłość: w Jenkinsfile nie przekazywać haseł jako parametrów — pojawiają się w "Parameters" builda #⟦n4⟧:
DEPLOY_ENV=prod
SSH_PASSWORD=⟦s⟧
""", s=pw("strong"))

S("uk", "ci", """
Користувач: GitHub Actions падає на кроці з Docker Hub, ось мій workflow:
      - uses: docker/login-action@v3
        with:
          username: ukr-shop
          password: ⟦s⟧
""", s="dckr_pat_" + rs(B64U, 27))

S("id", "cloud", """
Ringkasan untuk tim: kredensial Tencent Cloud ikut ter-commit di .github/workflows/cos.yml:
SECRET_ID: AKID⟦sid⟧
SECRET_KEY: ⟦s⟧
Sudah dirotasi pukul ⟦ts⟧.
""", sid=an(32), s=an(32))

S("hi", "iac", """
सबक: Helm values फ़ाइल में MinIO का root पासवर्ड प्लेन टेक्स्ट में था:
minio:
  rootUser: admin
  rootPassword: "⟦s⟧"
अगली बार existingSecret का इस्तेमाल करें।
""", s=pw("shell"))

S("ar", "code", """
// ملاحظة الوكيل: مفتاح Tap Payments السري مكتوب داخل ملف الإعدادات
export const TAP_SECRET_KEY = "sk_live_⟦s⟧";
""", s=an(24))

S("he", "cloud", """
לקח לפעם הבאה: `flyctl secrets list` לא מציג ערכים, אבל `fly ssh console -C env` כן. פלט מאתמול:
DATABASE_URL=postgres://postgres:⟦s⟧@top2.nearest.of.shlomo-db.internal:5432/app
""", s=an(16))

S("en", "ci", """
$ glab variable get DEPLOY_KEY_B64 -R acme/infra | base64 -d | head -3
-----BEGIN OPENSSH PRIVATE KEY-----
⟦l1⟧
⟦s⟧
""", l1="b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", s=rs(B64A, 70))

S("en", "secretmgr", """
Summary for #platform: the Tailscale auth key used in the bastion cloud-init was reusable and non-ephemeral:
  tailscale up --authkey=⟦s⟧ --advertise-tags=tag:bastion --ssh
Revoked at ⟦ts⟧; new keys are ephemeral + pre-approved only.
""", s="tskey-auth-" + an(12) + "CNTRL-" + an(33))


# ===========================================================================
# INNOCENT look-alikes
# ===========================================================================

# --- git ----------------------------------------------------------------------------
I("en", "git", """
$ git log --oneline -n 6
⟦sha7⟧ (HEAD -> main, origin/main) fix(auth): refresh token rotation race
⟦sha7_2⟧ chore(deps): bump jose from 5.2.3 to 5.6.3
⟦sha7_3⟧ feat(api): add /v2/tokens/introspect endpoint
⟦sha7_4⟧ test: cover expired password reset links
⟦sha7_5⟧ Merge pull request #2281 from acme/secret-scanning-ci
⟦sha7_6⟧ docs: explain SECRET_KEY_BASE rotation
""")

I("en", "git", """
$ git show --stat ⟦sha⟧
commit ⟦sha⟧
Merge: ⟦sha7⟧ ⟦sha7_2⟧
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   ⟦ts⟧

    Bump golang.org/x/crypto from 0.21.0 to 0.31.0

 go.mod | 2 +-
 go.sum | 4 ++--
 2 files changed, 3 insertions(+), 3 deletions(-)
""")

I("en", "git", """
$ git cat-file -p ⟦sha⟧
tree ⟦sha_2⟧
parent ⟦sha_3⟧
author Lin Chen <lin@acme.dev> 1767950112 +0800
committer Lin Chen <lin@acme.dev> 1767950112 +0800
gpgsig -----BEGIN SSH SIGNATURE-----
 U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAg⟦sig1⟧
 ⟦sig2⟧
 -----END SSH SIGNATURE-----

refactor: move token parsing into pkg/authn
""", sig1=rs(B64A, 26), sig2=rs(B64A, 70))

I("en", "git", """
diff --git a/config/settings.py b/config/settings.py
index ⟦sha7⟧..⟦sha7_2⟧ 100644
--- a/config/settings.py
+++ b/config/settings.py
@@ -12,9 +12,9 @@ BASE_DIR = Path(__file__).resolve().parent.parent
-SECRET_KEY = "dev-only-not-secret"
+SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
 DEBUG = env.bool("DEBUG", default=False)
-DATABASES = {"default": dj_database_url.parse("postgres://postgres:postgres@localhost:5432/app")}
+DATABASES = {"default": dj_database_url.config(env="DATABASE_URL", conn_max_age=600)}
""")

I("en", "git", """
$ git lfs ls-files -l
⟦sha256⟧ - assets/models/tokenizer.bin
⟦sha256_2⟧ - assets/fixtures/sample-export.parquet
$ cat assets/models/tokenizer.bin | head -3
version https://git-lfs.github.com/spec/v1
oid sha256:⟦sha256⟧
size 4718592
""")

I("en", "git", """
$ git verify-commit HEAD
gpg: Signature made Tue 14 Apr 2026 10:22:31 AM UTC
gpg:                using EDDSA key ⟦fp⟧
gpg: Good signature from "Release Bot <releases@acme.dev>" [ultimate]
Primary key fingerprint: ⟦fps⟧
""", fp=(_fp := HX(40)), fps=" ".join(_fp[i:i + 4] for i in range(0, 40, 4)))

I("en", "git", """
$ git bisect log
git bisect start
# bad: [⟦sha⟧] feat: cache JWKS for 10 minutes
git bisect bad ⟦sha⟧
# good: [⟦sha_2⟧] v3.14.0
git bisect good ⟦sha_2⟧
# first bad commit: [⟦sha_3⟧] refactor(token): drop leeway option
""")

I("en", "git", """
$ gitleaks detect --source . --redact -v
Finding:     aws_secret_access_key = REDACTED
Secret:      REDACTED
RuleID:      aws-access-token
Entropy:     4.71
File:        infra/legacy/deploy.sh
Line:        17
Commit:      ⟦sha⟧
Author:      ops-bot
Date:        ⟦ts⟧
Fingerprint: ⟦sha⟧:infra/legacy/deploy.sh:aws-access-token:17
12:04PM INF 1 commits scanned.
12:04PM WRN leaks found: 1
""")

I("en", "git", """
$ trufflehog git file://. --only-verified --json | jq -c '{DetectorName, Verified, Redacted, SourceMetadata: .SourceMetadata.Data.Git.commit}'
{"DetectorName":"Github","Verified":false,"Redacted":"ghp_****************************9fQa","SourceMetadata":"⟦sha⟧"}
{"DetectorName":"Stripe","Verified":false,"Redacted":"sk_live_…4f2a","SourceMetadata":"⟦sha_2⟧"}
""")

# --- lockfiles / package managers ------------------------------------------------------
I("en", "pkg", """
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "⟦i1⟧",
      "dependencies": {
        "jws": "^3.2.2",
        "lodash.includes": "^4.3.0"
      }
    },
""", i1=sri("sha512"))

I("en", "pkg", """
# requirements.txt (generated by pip-compile --generate-hashes)
cryptography==43.0.1 \\
    --hash=sha256:⟦sha256⟧ \\
    --hash=sha256:⟦sha256_2⟧
pyjwt[crypto]==2.9.0 \\
    --hash=sha256:⟦sha256_3⟧
""")

I("en", "pkg", """
github.com/golang-jwt/jwt/v5 v5.2.1 h1:⟦h1⟧=
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:⟦h2⟧=
golang.org/x/oauth2 v0.22.0 h1:⟦h3⟧=
golang.org/x/oauth2 v0.22.0/go.mod h1:⟦h4⟧=
""", h1=b64(32)[:43], h2=b64(32)[:43], h3=b64(32)[:43], h4=b64(32)[:43])

I("en", "pkg", """
[[package]]
name = "ring"
version = "0.17.8"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "⟦sha256⟧"
dependencies = [
 "cc",
 "cfg-if",
 "getrandom",
]
""")

I("en", "pkg", """
[[package]]
name = "python-jose"
version = "3.3.0"
description = "JOSE implementation in Python"
optional = false
python-versions = "*"
files = [
    {file = "python-jose-3.3.0.tar.gz", hash = "sha256:⟦sha256⟧"},
    {file = "python_jose-3.3.0-py2.py3-none-any.whl", hash = "sha256:⟦sha256_2⟧"},
]
""")

I("en", "pkg", """
"@auth/core@0.34.2":
  version "0.34.2"
  resolved "https://registry.yarnpkg.com/@auth/core/-/core-0.34.2.tgz#⟦sha⟧"
  integrity ⟦i⟧
""", i=sri("sha512"))

I("en", "pkg", """
$ pnpm install --frozen-lockfile
Lockfile is up to date, resolution step is skipped
Packages: +1124
++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++
Progress: resolved 1124, reused 1098, downloaded 26, added 1124, done
 WARN  Issues with peer dependencies found
dependencies:
+ next-auth 4.24.7
+ @supabase/supabase-js 2.45.1
Done in 14.2s
""")

I("en", "pkg", """
[[package]]
name = "httpx"
version = "0.27.2"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/78/82/⟦hex32⟧⟦hex16⟧/httpx-0.27.2.tar.gz", hash = "sha256:⟦sha256⟧", size = 144189 }
""")

I("en", "pkg", """
$ npm audit
# npm audit report

jsonwebtoken  <=8.5.1
Severity: high
jsonwebtoken unrestricted key type could lead to legacy keys usage - https://github.com/advisories/GHSA-8cf7-32gw-wr33
fix available via `npm audit fix --force`
node_modules/jsonwebtoken

1 high severity vulnerability
""")

I("en", "pkg", """
      "packages": [
        {
          "name": "firebase/php-jwt",
          "version": "v6.10.1",
          "source": {"type": "git", "url": "https://github.com/firebase/php-jwt.git", "reference": "⟦sha⟧"},
          "dist": {"type": "zip", "url": "https://api.github.com/repos/firebase/php-jwt/zipball/⟦sha⟧", "reference": "⟦sha⟧", "shasum": ""}
        }
      ]
""")

I("en", "pkg", """
    "System.IdentityModel.Tokens.Jwt/7.6.0": {
      "type": "package",
      "serviceable": true,
      "sha512": "⟦s⟧",
      "path": "system.identitymodel.tokens.jwt/7.6.0",
      "hashPath": "system.identitymodel.tokens.jwt.7.6.0.nupkg.sha512"
    }
""", s=sri("sha512"))

I("en", "pkg", """
<component group="com.nimbusds" name="nimbus-jose-jwt" version="9.40">
   <artifact name="nimbus-jose-jwt-9.40.jar">
      <sha256 value="⟦sha256⟧" origin="Generated by Gradle"/>
   </artifact>
</component>
""")

I("en", "pkg", """
$ cargo build --release
   Compiling ring v0.17.8
   Compiling rustls v0.23.12
   Compiling jsonwebtoken v9.3.0
   Compiling acme-auth v0.4.1 (/work/acme-auth)
    Finished `release` profile [optimized] target(s) in 1m 12s
""")

I("en", "pkg", """
$ go mod download -json github.com/lestrrat-go/jwx/v2@v2.1.1
{
	"Path": "github.com/lestrrat-go/jwx/v2",
	"Version": "v2.1.1",
	"Info": "/home/dev/go/pkg/mod/cache/download/github.com/lestrrat-go/jwx/v2/@v/v2.1.1.info",
	"Sum": "h1:⟦h⟧=",
	"GoModSum": "h1:⟦h2⟧="
}
""", h=b64(32)[:43], h2=b64(32)[:43])

I("en", "pkg", """
$ gem install jwt -v 2.8.2
Fetching jwt-2.8.2.gem
Successfully installed jwt-2.8.2
Parsing documentation for jwt-2.8.2
1 gem installed
$ gem specification jwt -r | grep -i checksum
$ sha256sum ~/.gem/cache/jwt-2.8.2.gem
⟦sha256⟧  /home/dev/.gem/cache/jwt-2.8.2.gem
""")

# --- containers ---------------------------------------------------------------------------
I("en", "container", """
$ docker pull ghcr.io/acme/api:2026.05.3
2026.05.3: Pulling from acme/api
⟦cid⟧: Already exists
⟦cid_2⟧: Pull complete
⟦cid_3⟧: Pull complete
Digest: sha256:⟦sha256⟧
Status: Downloaded newer image for ghcr.io/acme/api:2026.05.3
""")

I("en", "container", """
$ docker ps --format 'table {{.ID}}\\t{{.Image}}\\t{{.Status}}\\t{{.Names}}'
CONTAINER ID   IMAGE                         STATUS                  NAMES
⟦cid⟧   vault:1.17.2                  Up 3 hours (healthy)    vault-dev
⟦cid_2⟧   postgres:16.3                 Up 3 hours (healthy)    pg
⟦cid_3⟧   redis:7.4-alpine              Up 3 hours              redis
""")

I("en", "container", """
$ docker inspect --format '{{json .Config.Env}}' api | jq -r '.[]'
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
NODE_ENV=production
DATABASE_URL_FILE=/run/secrets/database_url
JWT_PUBLIC_KEY_PATH=/etc/acme/jwt/public.pem
SESSION_COOKIE_NAME=__Host-sid
""")

I("en", "container", """
services:
  api:
    image: ghcr.io/acme/api@sha256:⟦sha256⟧
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?set in .env}
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

I("en", "container", """
$ docker buildx imagetools inspect ghcr.io/acme/worker:latest
Name:      ghcr.io/acme/worker:latest
MediaType: application/vnd.oci.image.index.v1+json
Digest:    sha256:⟦sha256⟧

Manifests:
  Name:        ghcr.io/acme/worker:latest@sha256:⟦sha256_2⟧
  MediaType:   application/vnd.oci.image.manifest.v1+json
  Platform:    linux/amd64

  Name:        ghcr.io/acme/worker:latest@sha256:⟦sha256_3⟧
  Platform:    linux/arm64
""")

I("en", "container", """
# Dockerfile
FROM python:3.12-slim@sha256:⟦sha256⟧
ARG PIP_INDEX_URL
RUN --mount=type=secret,id=pip_token,env=PIP_TOKEN \\
    pip install --no-cache-dir -r requirements.txt
ENV PYTHONUNBUFFERED=1 SECRET_KEY_FILE=/run/secrets/django_key
""")

I("en", "container", """
$ cosign verify --key cosign.pub ghcr.io/acme/api:2026.05.3
Verification for ghcr.io/acme/api:2026.05.3 --
The following checks were performed on each of these signatures:
  - The cosign claims were validated
  - The signatures were verified against the specified public key
[{"critical":{"identity":{"docker-reference":"ghcr.io/acme/api"},"image":{"docker-manifest-digest":"sha256:⟦sha256⟧"},"type":"cosign container image signature"},"optional":{"Bundle":{"SignedEntryTimestamp":"⟦set⟧","Payload":{"logIndex":⟦n9⟧,"logID":"⟦sha256_2⟧"}}}}]
""", set=b64(70))

I("en", "container", """
$ cat cosign.pub
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE⟦a⟧
⟦b⟧
-----END PUBLIC KEY-----
""", a=rs(B64A, 28), b=rs(B64A, 58) + "==")

# --- kubernetes -----------------------------------------------------------------------------
I("en", "k8s", """
$ kubectl describe secret orders-db -n orders
Name:         orders-db
Namespace:    orders
Labels:       app.kubernetes.io/managed-by=external-secrets
Annotations:  reconcile.external-secrets.io/data-hash: ⟦hex32⟧

Type:  Opaque

Data
====
password:  24 bytes
username:  10 bytes
""")

I("en", "k8s", """
$ kubectl get pods -n payments -o wide
NAME                              READY   STATUS    RESTARTS   AGE   IP            NODE
checkout-api-⟦pod⟧      2/2     Running   0          41m   ⟦ip⟧    ip-10-1-4-22.eu-west-1.compute.internal
checkout-api-⟦pod_2⟧      2/2     Running   0          41m   ⟦ip_2⟧    ip-10-1-7-91.eu-west-1.compute.internal
token-refresher-⟦pod_3⟧   1/1     Running   3          2d    ⟦ip_3⟧    ip-10-1-4-22.eu-west-1.compute.internal
""")

I("en", "k8s", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: billing
spec:
  encryptedData:
    api-key: AgB⟦c1⟧
    webhook-secret: AgC⟦c2⟧
  template:
    metadata: {name: stripe, namespace: billing}
""", c1=rs(B64A, 300) + "==", c2=rs(B64A, 300) + "=")

I("en", "k8s", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ledger-db
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault-backend, kind: ClusterSecretStore}
  target: {name: ledger-db}
  data:
    - secretKey: password
      remoteRef: {key: secret/data/ledger/prod, property: db_password}
""")

I("en", "k8s", """
$ kubectl get sa ci-bot -n payments -o yaml
apiVersion: v1
kind: ServiceAccount
metadata:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::⟦n12⟧:role/ci-bot-irsa
  creationTimestamp: "⟦ts⟧"
  name: ci-bot
  namespace: payments
  resourceVersion: "⟦n9⟧"
  uid: ⟦uuid⟧
""")

I("en", "k8s", """
Events:
  Type     Reason     Age                From               Message
  ----     ------     ----               ----               -------
  Normal   Scheduled  2m                 default-scheduler  Successfully assigned orders/orders-api-⟦pod⟧ to ip-10-1-2-33
  Warning  Failed     90s (x4 over 2m)   kubelet            Error: secret "orders-db" not found
  Normal   Pulled     90s (x4 over 2m)   kubelet            Container image "ghcr.io/acme/orders@sha256:⟦sha256⟧" already present on machine
""")

I("en", "k8s", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: oidc-jwks
data:
  jwks.json: |
    {"keys":[{"kty":"RSA","use":"sig","kid":"⟦kid⟧","alg":"RS256","n":"⟦n⟧","e":"AQAB"}]}
""", kid=hx(16), n=b64u(256))

I("en", "k8s", """
apiVersion: v1
kind: Secret
metadata:
  name: tls-wildcard
type: kubernetes.io/tls
data:
  tls.crt: ⟦crt⟧
  tls.key: ""   # injected at deploy time by cert-manager
""", crt=enc64(pem("CERTIFICATE", 300)[0])[:240])

I("en", "k8s", """
$ helm list -n platform
NAME            NAMESPACE   REVISION   UPDATED                                  STATUS     CHART                      APP VERSION
vault           platform    14         2026-05-02 08:41:13.118 +0000 UTC        deployed   vault-0.28.1               1.17.2
external-secrets platform   9          2026-04-28 16:03:57.902 +0000 UTC        deployed   external-secrets-0.10.3    v0.10.3
""")

I("en", "k8s", """
# values.yaml
postgresql:
  auth:
    existingSecret: ledger-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
redis:
  auth:
    enabled: true
    existingSecret: redis-auth
    existingSecretPasswordKey: redis-password
""")

# --- IaC ----------------------------------------------------------------------------------
I("en", "iac", """
  # aws_db_instance.ledger will be updated in-place
  ~ resource "aws_db_instance" "ledger" {
        id                      = "db-⟦dbid⟧"
      ~ password                = (sensitive value)
      ~ engine_version          = "16.2" -> "16.3"
        kms_key_id              = "arn:aws:kms:eu-west-1:⟦n12⟧:key/⟦uuid⟧"
        # (54 unchanged attributes hidden)
    }

Plan: 0 to add, 1 to change, 0 to destroy.
""", dbid=rs(UP + DIG, 26))

I("en", "iac", """
# .terraform.lock.hcl
provider "registry.terraform.io/hashicorp/vault" {
  version     = "4.4.0"
  constraints = "~> 4.0"
  hashes = [
    "h1:⟦h1⟧=",
    "zh:⟦sha256⟧",
    "zh:⟦sha256_2⟧",
  ]
}
""", h1=b64(32)[:43])

I("en", "iac", """
variable "db_password" {
  description = "Master password for the ledger database. Supplied via TF_VAR_db_password from Vault."
  type        = string
  sensitive   = true
}

variable "api_token_ttl" {
  type    = number
  default = 3600
}
""")

I("en", "iac", """
# group_vars/prod/vault.yml
vault_db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          ⟦l1⟧
          ⟦l2⟧
          ⟦l3⟧
""", l1=hx(80), l2=hx(80), l3=hx(64))

I("en", "iac", """
# Pulumi.prod.yaml
config:
  aws:region: eu-west-1
  ledger:dbUser: ledger_admin
  ledger:dbPassword:
    secure: v1:⟦iv⟧:⟦ct⟧
encryptionsalt: v1:⟦salt⟧:v1:⟦x⟧:⟦y⟧
""", iv=b64(12), ct=b64(40), salt=b64(8), x=b64(12), y=b64(32))

I("en", "iac", """
$ terraform output
bucket_arn = "arn:aws:s3:::acme-exports-eu"
db_endpoint = "ledger.cluster-⟦c⟧.eu-west-1.rds.amazonaws.com:5432"
db_password = <sensitive>
kms_key_arn = "arn:aws:kms:eu-west-1:⟦n12⟧:key/⟦uuid⟧"
""", c=rs(LOW + DIG, 12))

I("en", "iac", """
{
  "version": 4,
  "terraform_version": "1.9.5",
  "serial": 412,
  "lineage": "⟦uuid⟧",
  "outputs": {
    "vpc_id": {"value": "vpc-0⟦hex16⟧", "type": "string"},
    "private_subnet_ids": {"value": ["subnet-0⟦hex16_2⟧", "subnet-0⟦hex16_3⟧"], "type": ["list", "string"]}
  }
}
""")

# --- cloud CLIs -------------------------------------------------------------------------------
I("en", "cloud", """
$ aws sts get-caller-identity
{
    "UserId": "AROA⟦r⟧:botocore-session-1767950112",
    "Account": "⟦n12⟧",
    "Arn": "arn:aws:sts::⟦n12⟧:assumed-role/OrganizationAccountAccessRole/botocore-session-1767950112"
}
""", r=rs(UP + "234567", 17))

I("en", "cloud", """
$ aws kms describe-key --key-id alias/ledger-pii --query 'KeyMetadata.[KeyId,Arn,KeyState]'
[
    "⟦uuid⟧",
    "arn:aws:kms:eu-west-1:⟦n12⟧:key/⟦uuid⟧",
    "Enabled"
]
""")

I("en", "cloud", """
$ aws secretsmanager describe-secret --secret-id prod/ledger/db
{
    "ARN": "arn:aws:secretsmanager:eu-west-1:⟦n12⟧:secret:prod/ledger/db-⟦sfx⟧",
    "Name": "prod/ledger/db",
    "RotationEnabled": true,
    "RotationLambdaARN": "arn:aws:lambda:eu-west-1:⟦n12⟧:function:SecretsManagerRDSPostgreSQLRotationSingleUser",
    "LastRotatedDate": "⟦ts⟧",
    "VersionIdsToStages": {
        "⟦uuid⟧": ["AWSCURRENT"],
        "⟦uuid_2⟧": ["AWSPREVIOUS"]
    }
}
""", sfx=an(6))

I("en", "cloud", """
From the AWS docs, for the tutorial only:
  aws configure
  AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
  AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  Default region name [None]: us-west-2
These are the documented example values, not real credentials.
""")

I("en", "cloud", """
$ gcloud secrets versions list db-password --project acme-prod
NAME  STATE      CREATED              DESTROYED
7     enabled    2026-05-11T08:12:44  -
6     disabled   2026-03-02T10:01:19  -
5     destroyed  2026-01-15T09:44:03  2026-02-14T09:44:03
""")

I("en", "cloud", """
$ gcloud iam service-accounts keys list --iam-account deployer@acme-prod.iam.gserviceaccount.com
KEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED
⟦k1⟧  2026-02-01T10:11:12Z  9999-12-31T23:59:59Z  False
⟦k2⟧  2025-09-14T07:22:41Z  2026-09-14T07:22:41Z  True
""", k1=hx(40), k2=hx(40))

I("en", "cloud", """
$ az keyvault secret list --vault-name kv-ledger-prod -o table
Name                  Id                                                                                       ContentType    Enabled    Expires
--------------------  ---------------------------------------------------------------------------------------  -------------  ---------  ---------
db-password           https://kv-ledger-prod.vault.azure.net/secrets/db-password                              text/plain     True
stripe-api-key        https://kv-ledger-prod.vault.azure.net/secrets/stripe-api-key                           text/plain     True
$ az keyvault secret show --vault-name kv-ledger-prod -n db-password --query id -o tsv
https://kv-ledger-prod.vault.azure.net/secrets/db-password/⟦hex32⟧
""")

I("en", "cloud", """
$ az account show
{
  "environmentName": "AzureCloud",
  "homeTenantId": "⟦uuid⟧",
  "id": "⟦uuid_2⟧",
  "isDefault": true,
  "name": "Ledger Production",
  "state": "Enabled",
  "tenantId": "⟦uuid⟧",
  "user": {"name": "ops@acme.dev", "type": "user"}
}
""")

I("en", "cloud", """
$ doctl compute droplet list --format ID,Name,PublicIPv4,Status
ID           Name              Public IPv4       Status
⟦n9⟧    vpn-fra1-01       164.90.⟦n3⟧.⟦n3_2⟧    active
⟦n9_2⟧    runner-fra1-02    164.90.⟦n3_3⟧.⟦n3_4⟧     active
""", n3=str(R.randrange(1, 255)), n3_2=str(R.randrange(1, 255)), n3_3=str(R.randrange(1, 255)), n3_4=str(R.randrange(1, 255)))

I("en", "cloud", """
$ flyctl secrets list -a pagos-api
NAME                    DIGEST                  CREATED AT
DATABASE_URL            ⟦d1⟧        2026-04-01T10:22:31Z
STRIPE_SECRET_KEY       ⟦d2⟧        2026-04-01T10:22:31Z
SENTRY_AUTH_TOKEN       ⟦d3⟧        2026-05-12T07:01:55Z
""", d1=hx(16), d2=hx(16), d3=hx(16))

I("en", "cloud", """
$ vercel env ls production
Vercel CLI 37.4.2
> Environment Variables found for acme/dashboard [411ms]

 name                          value               environments        created
 DATABASE_URL                  Encrypted           Production          12d ago
 NEXTAUTH_SECRET               Encrypted           Production          12d ago
 NEXT_PUBLIC_POSTHOG_KEY       phc_⟦ph⟧   Production          40d ago
""", ph=an(43))

I("en", "cloud", """
$ wrangler secret list --env production
[
  {"name": "STRIPE_WEBHOOK_SECRET", "type": "secret_text"},
  {"name": "CF_API_TOKEN", "type": "secret_text"}
]
$ wrangler deployments list | head -4
Deployment ID: ⟦uuid⟧
Created on:    ⟦ts⟧
Author:        ops@acme.dev
Source:        Upload from Wrangler 🤠
""")

I("en", "cloud", """
$ supabase projects list
  LINKED | ORG ID               | REFERENCE ID         | NAME          | REGION                  | CREATED AT (UTC)
 --------|----------------------|----------------------|---------------|-------------------------|---------------------
     ●   | ⟦org⟧ | ⟦ref⟧ | shop-prod     | Central EU (Frankfurt)  | 2025-11-03 09:12:44
""", org=rs(LOW, 20), ref=rs(LOW, 20))

# --- HTTP -------------------------------------------------------------------------------------
I("en", "http", """
$ curl -sS -H "Authorization: Bearer $GITHUB_TOKEN" -H "X-GitHub-Api-Version: 2022-11-28" https://api.github.com/repos/acme/web/actions/runs?per_page=1 | jq '.workflow_runs[0] | {id, head_sha, status}'
{
  "id": ⟦n10⟧,
  "head_sha": "⟦sha⟧",
  "status": "completed"
}
""")

I("en", "http", """
HTTP/2 200
date: Tue, 12 May 2026 09:41:22 GMT
content-type: application/json; charset=utf-8
etag: W/"⟦hex32⟧"
x-request-id: ⟦uuid⟧
x-amz-cf-id: ⟦cf⟧==
cf-ray: ⟦hex16⟧-FRA
traceparent: 00-⟦hex32_2⟧-⟦hex16_2⟧-01
strict-transport-security: max-age=63072000; includeSubDomains; preload
""", cf=rs(B64U, 54))

I("en", "http", """
{"info": {"name": "Payments API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
 "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{stripe_secret_key}}", "type": "string"}]},
 "variable": [{"key": "baseUrl", "value": "https://api.stripe.com"}, {"key": "stripe_secret_key", "value": "", "type": "secret"}]}
""")

I("en", "http", """
$ http --print=Hh GET https://api.acme.dev/v1/health "Authorization:Bearer ${API_TOKEN}"
GET /v1/health HTTP/1.1
Authorization: Bearer <redacted>
Host: api.acme.dev
User-Agent: HTTPie/3.2.3

HTTP/1.1 200 OK
X-Request-Id: req_⟦r⟧
""", r=an(24))

I("en", "http", """
Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-⟦n⟧' 'strict-dynamic'; object-src 'none'; base-uri 'none'
<script nonce="⟦n⟧" src="/static/app.⟦hex8⟧.js" integrity="⟦sri⟧" crossorigin="anonymous"></script>
""", n=b64(16), sri=sri("sha384"))

I("en", "http", """
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="⟦a⟧" crossorigin="anonymous">
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="⟦b⟧" crossorigin="anonymous"></script>
""", a=sri("sha384"), b=sri("sha384"))

I("en", "http", """
Sample token from jwt.io used in our docs page "Decoding a JWT":
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
(header: {"alg":"HS256","typ":"JWT"}, payload: {"sub":"1234567890","name":"John Doe","iat":1516239022})
""")

I("en", "http", """
$ curl -s https://auth.acme.dev/.well-known/openid-configuration | jq '{issuer, jwks_uri, token_endpoint, id_token_signing_alg_values_supported}'
{
  "issuer": "https://auth.acme.dev",
  "jwks_uri": "https://auth.acme.dev/.well-known/jwks.json",
  "token_endpoint": "https://auth.acme.dev/oauth/token",
  "id_token_signing_alg_values_supported": ["RS256", "ES256"]
}
""")

I("en", "http", """
$ curl -s https://auth.acme.dev/.well-known/jwks.json
{"keys":[{"kty":"EC","crv":"P-256","kid":"⟦kid⟧","use":"sig","alg":"ES256","x":"⟦x⟧","y":"⟦y⟧"},{"kty":"RSA","kid":"⟦kid2⟧","use":"sig","alg":"RS256","e":"AQAB","n":"⟦n⟧"}]}
""", kid=hx(16), x=b64u(32), y=b64u(32), kid2=hx(16), n=b64u(256))

I("en", "http", """
POST /v1/payment_intents HTTP/1.1
Host: api.stripe.com
Authorization: Bearer sk_test_••••••••••••••••••••••••
Idempotency-Key: ⟦uuid⟧
Stripe-Version: 2024-06-20
Content-Type: application/x-www-form-urlencoded

amount=2000&currency=eur&customer=cus_⟦c⟧&payment_method_types[]=card
""", c=an(14))

I("en", "http", """
{"id":"evt_⟦e⟧","object":"event","api_version":"2024-06-20","created":1767950112,"data":{"object":{"id":"pi_⟦p⟧","object":"payment_intent","amount":2000,"currency":"eur","customer":"cus_⟦c⟧","latest_charge":"ch_⟦ch⟧","status":"succeeded"}},"livemode":true,"request":{"id":"req_⟦r⟧","idempotency_key":"⟦uuid⟧"},"type":"payment_intent.succeeded"}
""", e=an(24), p=an(24), c=an(14), ch=an(24), r=an(14))

I("en", "http", """
$ curl -i https://api.acme.dev/v1/me
HTTP/1.1 401 Unauthorized
www-authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"
x-request-id: ⟦uuid⟧
content-type: application/problem+json

{"type":"https://api.acme.dev/errors/token-expired","title":"Token expired","status":401,"traceId":"⟦hex32⟧"}
""")

# --- databases -------------------------------------------------------------------------------
I("en", "db", """
2026-05-19 03:14:09.882 UTC [⟦n5⟧] FATAL:  password authentication failed for user "grafana_ro"
2026-05-19 03:14:09.882 UTC [⟦n5⟧] DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line 102: "hostssl all all 10.0.0.0/8 scram-sha-256"
""")

I("en", "db", """
$ psql "host=db-prod-replica.internal dbname=warehouse user=analytics sslmode=verify-full" -c "select pg_current_wal_lsn(), txid_current();"
 pg_current_wal_lsn | txid_current
--------------------+--------------
 3A/9F2C41D8        |    918273645
(1 row)
# password came from ~/.pgpass (not shown)
""")

I("en", "db", """
$ redis-cli -h redis-sessions.prod.internal -p 6380 --tls --askpass INFO server | head -8
Please input password: ********
# Server
redis_version:7.2.5
redis_git_sha1:00000000
redis_mode:standalone
run_id:⟦sha⟧
tcp_port:6380
uptime_in_days:41
""")

I("en", "db", """
orders> db.sessions.find({}, {_id: 1, userId: 1, expiresAt: 1}).limit(2)
[
  { _id: ObjectId('⟦o1⟧'), userId: ObjectId('⟦o2⟧'), expiresAt: ISODate('⟦ts⟧') },
  { _id: ObjectId('⟦o3⟧'), userId: ObjectId('⟦o4⟧'), expiresAt: ISODate('⟦ts_2⟧') }
]
""", o1=hx(24), o2=hx(24), o3=hx(24), o4=hx(24))

I("en", "db", """
ch-analytics :) SELECT query_id, user, query_duration_ms FROM system.query_log WHERE type = 'QueryFinish' ORDER BY event_time DESC LIMIT 3

┌─query_id─────────────────────────────┬─user─┬─query_duration_ms─┐
│ ⟦uuid⟧ │ etl  │              4412 │
│ ⟦uuid_2⟧ │ etl  │               981 │
│ ⟦uuid_3⟧ │ bi   │                37 │
└──────────────────────────────────────┴──────┴───────────────────┘
""")

I("en", "db", """
sqlite> .schema api_tokens
CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  token_hash TEXT NOT NULL UNIQUE,   -- sha256 of the token, never the token itself
  token_prefix TEXT NOT NULL,        -- first 8 chars, e.g. "acme_pk_"
  last_used_at TEXT
);
sqlite> select id, token_prefix, substr(token_hash,1,12) from api_tokens limit 2;
1|acme_pk_|⟦hex12⟧
2|acme_pk_|⟦hex12_2⟧
""")

I("en", "db", """
+--------------------------------------+----------------+---------------+
| QUERY_ID                             | WAREHOUSE_NAME | EXECUTION_STATUS |
+--------------------------------------+----------------+---------------+
| 01b4⟦a⟧-0000-⟦b⟧-0000-⟦c⟧ | WH_DBT_M       | SUCCESS       |
| 01b4⟦d⟧-0000-⟦e⟧-0000-⟦f⟧ | WH_DBT_M       | SUCCESS       |
+--------------------------------------+----------------+---------------+
""", a=hx(4), b=hx(4), c=hx(12), d=hx(4), e=hx(4), f=hx(12))

I("en", "db", """
mysql> SELECT user, host, plugin, password_last_changed FROM mysql.user WHERE user LIKE 'app%';
+-------------+------+-----------------------+-----------------------+
| user        | host | plugin                | password_last_changed |
+-------------+------+-----------------------+-----------------------+
| app_rw      | %    | caching_sha2_password | 2026-04-30 11:02:17   |
| app_ro      | %    | caching_sha2_password | 2026-04-30 11:02:17   |
+-------------+------+-----------------------+-----------------------+
""")

I("en", "db", """
Error: P1001: Can't reach database server at `pg-primary.acme.internal`:`5432`
Please make sure your database server is running at `pg-primary.acme.internal`:`5432`.
   at /app/node_modules/@prisma/client/runtime/library.js:123:5431
env: DATABASE_URL="postgresql://app:${DB_PASSWORD}@pg-primary.acme.internal:5432/app?schema=public"
""")

# --- observability ------------------------------------------------------------------------------
I("en", "observability", """
Sentry event ⟦hex32⟧ (release api@⟦sha7⟧)
TypeError: Cannot read properties of undefined (reading 'accessToken')
  at refreshSession (src/auth/session.ts:88:31)
  at async handler (src/pages/api/me.ts:14:5)
trace: ⟦hex32_2⟧  span: ⟦hex16⟧  user.id: ⟦uuid⟧
""")

I("en", "observability", """
// src/sentry.client.config.ts
Sentry.init({
  dsn: "https://⟦k⟧@o⟦n6⟧.ingest.us.sentry.io/⟦n7⟧",
  tracesSampleRate: 0.1,
  release: process.env.NEXT_PUBLIC_GIT_SHA,
});
""", k=hx(32), n7=dg(7))

I("en", "observability", """
{"timestamp":"⟦ts⟧","level":"info","service":"checkout","msg":"token refreshed","dd.trace_id":"⟦t⟧","dd.span_id":"⟦sp⟧","user_id":"⟦uuid⟧","token_ttl_s":3600,"token_type":"Bearer"}
""", t=dg(19), sp=dg(19))

I("en", "observability", """
$ curl -s -G https://api.datadoghq.eu/api/v1/monitor/⟦n8⟧ -H "DD-API-KEY: ${DD_API_KEY}" -H "DD-APPLICATION-KEY: ${DD_APP_KEY}" | jq '{id, name, overall_state}'
{
  "id": ⟦n8⟧,
  "name": "[payments] p99 latency > 800ms",
  "overall_state": "OK"
}
""", n8=dg(8))

I("en", "observability", """
PagerDuty incident P⟦p⟧ (#⟦n5⟧) triggered ⟦ts⟧
Service: Checkout API (P⟦svc⟧)  Escalation: Payments Primary
Title: 5xx rate > 2% on checkout-api
Dedup key: prometheus/⟦hex32⟧
Assigned: Ana Ortiz
""", p=rs(UP + DIG, 6), svc=rs(UP + DIG, 6))

I("en", "observability", """
Grafana dashboard "Auth / Token service" uid=⟦u⟧ version=37
Panel: rate(token_issued_total{grant_type="refresh_token"}[5m])
Panel: histogram_quantile(0.99, sum by (le) (rate(password_hash_duration_seconds_bucket[5m])))
""", u=rs(ALNUM, 9))

I("en", "observability", """
level=warn ts=⟦ts⟧ caller=notify.go:732 component=dispatcher receiver=slack-oncall integration=slack[0] msg="Notify attempt failed, will retry later" attempts=2 err="unexpected status code 404: https://hooks.slack.com/services/<redacted>"
""")

I("en", "observability", """
goroutine 1183 [running]:
github.com/acme/ledger/internal/authn.(*Verifier).Verify(0xc000a1e0f0, {0x1a2b3c0, 0xc0004f8e10}, {0xc00128a000, 0x31b})
	/src/internal/authn/verify.go:74 +0x2f4
github.com/acme/ledger/internal/http.(*Server).auth.func1({0x1a30f88, 0xc000d3a2a0}, 0xc000c6e900)
	/src/internal/http/middleware.go:41 +0x12a
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x⟦hex8⟧]
""")

# --- secret managers (reading without printing) -------------------------------------------------
I("en", "secretmgr", """
$ export PGPASSWORD="$(op read 'op://Infra/ledger-db/password')"
$ psql -h ledger.internal -U ledger_admin -c 'select 1' >/dev/null && echo ok
ok
""")

I("en", "secretmgr", """
$ vault kv metadata get -mount=secret payments/prod/psp
========== Metadata Path ==========
secret/metadata/payments/prod/psp

========== Metadata ==========
Key                     Value
---                     -----
cas_required            false
created_time            ⟦ts⟧
current_version         7
max_versions            10
updated_time            ⟦ts_2⟧
""")

I("en", "secretmgr", """
$ vault token lookup -accessor ⟦acc⟧
Key                 Value
---                 -----
accessor            ⟦acc⟧
display_name        userpass-oncall
entity_id           ⟦uuid⟧
expire_time         ⟦ts⟧
id                  n/a
policies            [default oncall]
ttl                 767h59m12s
""", acc=an(24))

I("en", "secretmgr", """
$ doppler run --project checkout --config prd -- npm run migrate
> checkout@4.2.0 migrate
> prisma migrate deploy
4 migrations found in prisma/migrations
No pending migrations to apply.
""")

I("en", "secretmgr", """
# secrets/prod.enc.yaml (sops)
db_password: ENC[AES256_GCM,data:⟦d1⟧,iv:⟦iv1⟧,tag:⟦t1⟧,type:str]
stripe_key: ENC[AES256_GCM,data:⟦d2⟧,iv:⟦iv2⟧,tag:⟦t2⟧,type:str]
sops:
    age:
        - recipient: ⟦pub⟧
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB⟦e1⟧
            ⟦e2⟧
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "⟦ts⟧"
    mac: ENC[AES256_GCM,data:⟦m⟧,iv:⟦iv3⟧,tag:⟦t3⟧,type:str]
    version: 3.9.0
""", d1=b64(24), iv1=b64(32), t1=b64(16), d2=b64(40), iv2=b64(32), t2=b64(16), pub=age_public(), e1=rs(B64A, 20), e2=rs(B64A, 64), m=b64(48), iv3=b64(32), t3=b64(16))

I("en", "secretmgr", """
# .sops.yaml
creation_rules:
  - path_regex: secrets/prod/.*\\.yaml$
    age: >-
      ⟦a1⟧,
      ⟦a2⟧
  - path_regex: secrets/dev/.*
    kms: arn:aws:kms:eu-west-1:⟦n12⟧:key/⟦uuid⟧
""", a1=age_public(), a2=age_public())

I("en", "secretmgr", """
$ op item list --vault Infra --format json | jq -r '.[] | [.id, .title, .updated_at] | @tsv'
⟦i1⟧	ledger-db	⟦ts⟧
⟦i2⟧	stripe-live	⟦ts_2⟧
⟦i3⟧	aws-root-billing	⟦ts_3⟧
""", i1=rs(LOW + DIG, 26), i2=rs(LOW + DIG, 26), i3=rs(LOW + DIG, 26))

I("en", "secretmgr", """
{"tool":"bash","input":{"command":"aws secretsmanager get-secret-value --secret-id prod/ledger/db --query SecretString --output text | jq -r .password | kubectl create secret generic ledger-db --from-file=password=/dev/stdin --dry-run=client -o yaml | kubectl apply -f -","description":"sync db password into the cluster without echoing it"}}
""")

I("en", "secretmgr", """
$ vault write -f transit/keys/ledger-pii/rotate
$ vault read transit/keys/ledger-pii
Key                       Value
---                       -----
exportable                false
latest_version            4
min_decryption_version    1
name                      ledger-pii
type                      aes256-gcm96
$ vault write transit/encrypt/ledger-pii plaintext=$(echo -n "hello" | base64)
Key            Value
ciphertext     vault:v4:⟦ct⟧
""", ct=b64(33))

# --- keys, certs, fingerprints (public material) ---------------------------------------------------
I("en", "shell", """
$ ssh-keygen -t ed25519 -C "deploy@ci" -f ~/.ssh/id_ed25519_deploy -N ""
Generating public/private ed25519 key pair.
Your identification has been saved in /home/ci/.ssh/id_ed25519_deploy
Your public key has been saved in /home/ci/.ssh/id_ed25519_deploy.pub
The key fingerprint is:
⟦fp⟧ deploy@ci
The key's randomart image is:
+--[ED25519 256]--+
|      .o+*B=.    |
|     . ++=*o     |
+----[SHA256]-----+
""", fp=fp_sha256())

I("en", "shell", """
$ cat ~/.ssh/authorized_keys
⟦k1⟧
⟦k2⟧
""", k1=ssh_pub("ana@laptop"), k2=ssh_pub("ci-deploy@acme"))

I("en", "shell", """
$ ssh-keyscan -t ed25519 github.com 2>/dev/null
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟦k⟧
$ ssh-keygen -lf <(ssh-keyscan -t ed25519 github.com 2>/dev/null)
256 ⟦fp⟧ github.com (ED25519)
""", k=rs(B64A, 43), fp=fp_sha256())

I("en", "shell", """
$ wg show wg0
interface: wg0
  public key: ⟦pk⟧
  private key: (hidden)
  listening port: 51820

peer: ⟦pk2⟧
  endpoint: 203.0.113.7:51820
  allowed ips: 10.8.0.2/32
  latest handshake: 48 seconds ago
  transfer: 1.21 MiB received, 3.40 MiB sent
""", pk=wg_key(), pk2=wg_key())

I("en", "shell", """
$ openssl x509 -in server.crt -noout -subject -issuer -serial -fingerprint -sha256
subject=CN = api.acme.dev
issuer=C = US, O = Let's Encrypt, CN = R11
serial=⟦ser⟧
sha256 Fingerprint=⟦fp⟧
""", ser=HX(36), fp=":".join(HX(2) for _ in range(32)))

I("en", "shell", """
$ cat certs/ca.pem
⟦c⟧
""", c=pem("CERTIFICATE", 760)[0])

I("en", "shell", """
$ openssl rsa -in jwt_private.pem -pubout 2>/dev/null
⟦p⟧
""", p=pem("PUBLIC KEY", 294)[0])

I("en", "shell", """
$ gpg --list-keys --keyid-format long releases@acme.dev
pub   ed25519/⟦kid⟧ 2025-03-01 [SC] [expires: 2027-03-01]
      ⟦fp⟧
uid                 [ultimate] Release Bot <releases@acme.dev>
sub   cv25519/⟦kid2⟧ 2025-03-01 [E] [expires: 2027-03-01]
""", kid=HX(16), fp=HX(40), kid2=HX(16))

I("en", "shell", """
$ age-keygen -y ~/.config/sops/age/keys.txt
⟦p⟧
# ^ public recipient, safe to put into .sops.yaml
""", p=age_public())

I("en", "shell", """
$ minisign -Vm acme-cli-1.8.0-linux-amd64.tar.gz -P ⟦pk⟧
Signature and comment signature verified
Trusted comment: timestamp:1767950112	file:acme-cli-1.8.0-linux-amd64.tar.gz	hashed
""", pk="RW" + rs(B64A, 54))

I("en", "shell", """
$ sha256sum dist/*
⟦a⟧  dist/acme-cli-1.8.0-darwin-arm64.tar.gz
⟦b⟧  dist/acme-cli-1.8.0-linux-amd64.tar.gz
⟦c⟧  dist/acme-cli-1.8.0-windows-amd64.zip
""", a=hx(64), b=hx(64), c=hx(64))

I("en", "shell", """
$ xxd -l 64 build/firmware.bin
00000000: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............
00000010: 0300 3e00 0100 0000 ⟦h1⟧ ⟦h2⟧ 0000 0000  ..>.....P.......
00000020: 4000 0000 0000 0000 ⟦h3⟧ 0000 0000 0000  @.......(.......
00000030: 0000 0000 4000 3800 0d00 4000 2000 1f00  ....@.8...@. ...
""", h1=hx(4), h2=hx(4), h3=hx(4))

# --- publishable / public client keys -----------------------------------------------------------------
I("en", "code", """
# apps/web/.env.production  (public values only; server secrets live in Vault)
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51⟦a⟧
NEXT_PUBLIC_POSTHOG_KEY=phc_⟦b⟧
NEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com
NEXT_PUBLIC_GA_MEASUREMENT_ID=G-⟦g⟧
""", a=an(97), b=an(43), g=rs(UP + DIG, 10))

I("en", "code", """
// src/lib/supabase.ts — browser client, anon key is public by design (RLS enforces access)
export const supabase = createClient(
  "https://⟦ref⟧.supabase.co",
  "⟦anon⟧"
);
""", ref=rs(LOW, 20), anon=jwt({"iss": "supabase", "ref": rs(LOW, 20), "role": "anon", "iat": 1767225600, "exp": 2082801600}))

I("en", "code", """
// map.tsx
mapboxgl.accessToken = "pk.⟦p⟧.⟦q⟧"; // public token, URL-restricted to *.acme.dev
""", p=enc64u(json.dumps({"u": "acme-maps", "a": "cl" + rs(LOW + DIG, 23)}, separators=(",", ":"))), q=rs(B64U, 22))

I("en", "code", """
// search.ts — Algolia search-only API key (safe for the frontend, per Algolia docs)
const client = algoliasearch("⟦app⟧", "⟦k⟧");
const index = client.initIndex("products_prod");
""", app=rs(UP + DIG, 10), k=hx(32))

I("en", "code", """
<form action="/contact" method="post">
  <div class="g-recaptcha" data-sitekey="6L⟦k⟧"></div>
  <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
</form>
""", k=rs(ALNUM + "-_", 38))

I("en", "code", """
// launchdarkly.ts — client-side ID is public
const ldClient = LDClient.initialize("⟦cid⟧", { kind: "user", key: user.id });
""", cid=hx(24))

I("en", "code", """
<script>
  window.Intercom("boot", { api_base: "https://api-iam.eu.intercom.io", app_id: "⟦a⟧" });
  !function(){var analytics=window.analytics=[];analytics.load("⟦b⟧")}();
</script>
""", a=rs(LOW + DIG, 8), b=an(32))

I("en", "code", """
// google-services.json (Android, public app config)
{"project_info": {"project_number": "⟦n12⟧", "project_id": "shop-app-prod"},
 "client": [{"client_info": {"mobilesdk_app_id": "1:⟦n12⟧:android:⟦hex16⟧", "android_client_info": {"package_name": "dev.acme.shop"}},
   "oauth_client": [{"client_id": "⟦n12⟧-⟦c⟧.apps.googleusercontent.com", "client_type": 3}]}]}
""", c=rs(LOW + DIG, 32))

# --- code referencing secrets without values ---------------------------------------------------------
I("en", "code", """
import os
from functools import lru_cache

@lru_cache
def settings():
    return {
        "stripe_secret_key": os.environ["STRIPE_SECRET_KEY"],
        "webhook_secret": os.environ.get("STRIPE_WEBHOOK_SECRET", ""),
        "password_min_length": int(os.getenv("PASSWORD_MIN_LENGTH", "12")),
        "token_ttl_seconds": 3600,
    }
""")

I("en", "code", """
const client = new S3Client({
  region: process.env.AWS_REGION,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
  },
});
""")

I("en", "code", """
# .env.example
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
GITHUB_TOKEN=<YOUR_GITHUB_TOKEN>
SENTRY_AUTH_TOKEN=
JWT_SECRET=changeme
""")

I("en", "code", """
# config/secrets.yml
production:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  github_client_secret: <%= Rails.application.credentials.dig(:github, :client_secret) %>
""")

I("en", "code", """
func passwordPolicy() Policy {
	return Policy{
		MinLength:        12,
		RequireSymbol:    true,
		MaxAgeDays:       90,
		HistoryDepth:     5,
		BcryptCost:       12,
		LockoutThreshold: 5,
	}
}
// password regex: ^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,}$
""")

I("en", "code", """
class TokenBucket:
    \"\"\"Rate limiter. 'token' here means a request credit, not an auth token.\"\"\"
    def __init__(self, capacity: int = 100, refill_per_sec: float = 5.0):
        self.capacity = capacity
        self.tokens = capacity
        self.refill_per_sec = refill_per_sec
""")

I("en", "code", """
@Value("${spring.datasource.password}")
private String dbPassword;

@Value("${app.jwt.secret:#{null}}")
private String jwtSecret;
""")

I("en", "code", """
resource "github_actions_secret" "npm" {
  repository      = "web"
  secret_name     = "NPM_TOKEN"
  plaintext_value = var.npm_token
}
""")

I("en", "code", """
# tests/test_tokens.py
def test_rejects_tampered_signature(make_token):
    tok = make_token(sub="user-1", exp=FIXED_NOW + 60)
    header, payload, sig = tok.split(".")
    bad = ".".join([header, payload, sig[::-1]])
    with pytest.raises(InvalidSignatureError):
        verify(bad, key=TEST_PUBLIC_KEY)
""")

I("en", "code", """
// Known-answer test vector from NIST SP 800-38A, F.5.1 (CTR-AES128.Encrypt)
const KEY: [u8; 16] = hex!("2b7e151628aed2a6abf7158809cf4f3c");
const IV:  [u8; 16] = hex!("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
const PT:  [u8; 16] = hex!("6bc1bee22e409f96e93d7e117393172a");
""")

I("en", "code", """
# RFC 6238 Appendix B test: the shared secret is the ASCII string "12345678901234567890"
assert totp(b"12345678901234567890", t=59, digits=8, alg="sha1") == "94287082"
assert totp(b"12345678901234567890", t=1111111109, digits=8, alg="sha1") == "07081804"
""")

I("en", "code", """
# tests/fixtures/payments.py — Stripe documented test cards only
CARDS = {
    "visa_ok": "4242 4242 4242 4242",
    "declined": "4000 0000 0000 0002",
    "insufficient_funds": "4000 0000 0000 9995",
    "amex_ok": "3782 822463 10005",
}
CVC, EXP = "123", "12/34"
""")

I("en", "code", """
import random
rng = random.Random(1337)
def random_blob(n=32):
    return "".join(rng.choice("abcdef0123456789") for _ in range(n))
# golden values for the snapshot test
EXPECTED = ["⟦a⟧", "⟦b⟧"]
""", a=hx(32), b=hx(32))

I("en", "code", """
# hypothesis found a counterexample; reproduce with:
@reproduce_failure('6.108.5', b'AXicY2BgYGRgYWBgAAAADQAC')
@settings(derandomize=True)
def test_base64_roundtrip(data): ...
Falsifying example: test_base64_roundtrip(data=b'\\x00\\xff\\x10')
""")

I("en", "code", """
// Base64 of a 1x1 transparent PNG, used as a placeholder avatar
export const EMPTY_AVATAR =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
""")

I("en", "code", """
$ echo 'eyJ2ZXJzaW9uIjoyLCJmZWF0dXJlcyI6WyJkYXJrLW1vZGUiLCJuZXctY2hlY2tvdXQiXX0=' | base64 -d
{"version":2,"features":["dark-mode","new-checkout"]}
# the feature-flag cookie is just base64 JSON, no signature or credential inside
""")

# --- non-English: chat, thoughts, summaries, lessons around look-alikes ------------------------------
# German
I("de", "ci", """
Zusammenfassung fürs Team: Der Release-Job #⟦n6⟧ ist grün. Image-Digest sha256:⟦sha256⟧, Commit ⟦sha⟧.
Die Secrets kommen weiterhin aus ${{ secrets.REGISTRY_TOKEN }} und ${{ secrets.COSIGN_PASSWORD }}; im Log stehen nur ***.
""")
I("de", "chat", """
Nutzer: Bitte rotiere das Datenbank-Passwort für ledger, aber zeig mir den neuen Wert NICHT im Chat. Schreib ihn direkt nach Vault (secret/ledger/prod) und gib mir nur die neue Versionsnummer.
""")
I("de", "k8s", """
Agent-Gedanke: `kubectl get secret orders-db -o yaml` würde die base64-Werte ausgeben. Ich nutze stattdessen `kubectl describe`, das nur die Längen zeigt (password: 24 bytes). Pod-UID ⟦uuid⟧, Node ip-10-1-4-22.
""")
I("de", "git", """
commit ⟦sha⟧
Author: Jonas Weidemann <jonas@versand.example>
Date:   ⟦ts⟧

    fix(auth): Token-Ablauf korrekt prüfen (Uhrzeitversatz 30 s)

    Vorher wurde `exp` ohne Toleranz verglichen. Betrifft keine Schlüssel,
    nur die Validierungslogik. Refs: #⟦n4⟧
""")
I("de", "chat", """
Lehre für nächstes Mal: Vor `terraform apply` die Variable `db_password` als `sensitive = true` markieren. Dann zeigt der Plan nur „(sensitive value)“ statt des Werts. Beispiel-Platzhalter in der Doku: <DB_PASSWORT>.
""")

# French
I("fr", "cloud", """
Résumé pour l'équipe : l'identité utilisée par le job est arn:aws:sts::⟦n12⟧:assumed-role/ci-deploy/gh-⟦n10⟧, clé KMS arn:aws:kms:eu-west-3:⟦n12⟧:key/⟦uuid⟧. Aucune clé d'accès longue durée n'est stockée dans le dépôt.
""")
I("fr", "chat", """
Utilisateur : tu peux m'expliquer la différence entre une clé publiable Stripe (pk_live_…) et une clé secrète (sk_live_…) ? Je ne veux pas me tromper dans le .env du front.
""")
I("fr", "pkg", """
Pensée de l'agent : le diff du package-lock ne change que les champs integrity, par ex.
-      "integrity": "⟦a⟧",
+      "integrity": "⟦b⟧",
Ce sont des empreintes SRI, pas des secrets ; rien à masquer.
""", a=sri("sha512"), b=sri("sha512"))
I("fr", "observability", """
Leçon pour la prochaine fois : dans Sentry, l'ID d'événement ⟦hex32⟧ et le trace_id ⟦hex32_2⟧ suffisent pour retrouver l'erreur ; inutile de coller les en-têtes Authorization, remplacés de toute façon par [Filtered].
""")
I("fr", "iac", """
Utilisateur : le plan Terraform affiche « password = (sensitive value) » et « kms_key_id = arn:aws:kms:eu-west-3:⟦n12⟧:key/⟦uuid⟧ ». C'est normal que le mot de passe ne soit pas visible ?
""")

# Spanish
I("es", "ci", """
Resumen: el pipeline #⟦n5⟧ falló en la etapa de tests, no en el deploy. Trazas: trace_id=⟦hex32⟧. El token de despliegue se inyecta como $CI_DEPLOY_TOKEN y GitLab lo muestra como [MASKED].
""")
I("es", "chat", """
Usuario: ¿dónde guardamos la contraseña del usuario replicator? No me la pegues aquí, solo dime la ruta en 1Password.
Agente: Está en op://Infra/pg-replicator/password (bóveda Infra, actualizado ⟦ts⟧).
""")
I("es", "container", """
Pensamiento del agente: la imagen base está fijada por digest (python:3.12-slim@sha256:⟦sha256⟧). El contenedor ⟦cid⟧ arrancó bien; la variable SECRET_KEY_FILE apunta a /run/secrets/django_key, no contiene el valor.
""")
I("es", "code", """
Lección para la próxima: en las pruebas usar solo tarjetas de prueba publicadas, p. ej. 4242 4242 4242 4242 (Visa, CVC cualquiera) o 4000 0000 0000 0002 (rechazo). Nunca números reales.
""")
I("es", "db", """
Usuario: el log de Postgres dice FATAL: password authentication failed for user "app_rw" (SQLSTATE 28P01). ¿Qué significa? No cambié nada.
""")

# Portuguese
I("pt", "pkg", """
Resumo para o time: atualizei o poetry.lock; os hashes mudaram (sha256:⟦sha256⟧ para cryptography 43.0.1). Nenhuma credencial no arquivo, o token do índice privado vem de POETRY_HTTP_BASIC_NEXUS_PASSWORD no CI.
""")
I("pt", "chat", """
Usuário: gera pra mim um exemplo de .env.example com placeholders, tipo DATABASE_URL=postgres://USUARIO:SENHA@localhost:5432/app e API_KEY=<sua-chave-aqui>.
""")
I("pt", "k8s", """
Pensamento do agente: o ExternalSecret `pagamentos-db` referencia secret/data/pagamentos/prod, propriedade db_password. O hash de reconciliação é ⟦hex32⟧; não preciso ler o valor para verificar a sincronização.
""")
I("pt", "git", """
commit ⟦sha⟧
Autor: Fernanda Albuquerque <fernanda@lojaexemplo.com.br>

    chore: remove token do Netlify do netlify.toml e usa variável de ambiente

    O token antigo já foi revogado. Agora: NETLIFY_AUTH_TOKEN vem do painel.
""")
I("pt", "observability", """
Lição: quando o alerta do PagerDuty disparar (incidente P⟦p⟧), começar pelo dashboard uid=⟦u⟧ e pelo trace ⟦hex32⟧. A routing key fica no Vault, não no runbook.
""", p=rs(UP + DIG, 6), u=rs(ALNUM, 9))

# Italian
I("it", "container", """
Riepilogo per il team: pubblicata l'immagine ghcr.io/acme/ordini:2026.05.1 (digest sha256:⟦sha256⟧), firmata con cosign. La chiave pubblica è in cosign.pub nel repo; quella privata resta nel KMS.
""")
I("it", "chat", """
Utente: non incollare mai la password di root nel canale. Se ti serve, usa `op read op://Infra/staging-root/password` dentro il comando, così non viene stampata.
""")
I("it", "http", """
Pensiero dell'agente: la risposta 401 contiene solo www-authenticate: Bearer error="invalid_token" e x-request-id ⟦uuid⟧. Il token stesso non compare nei log grazie al filtro.
""")
I("it", "git", """
Lezione: prima di ogni commit eseguire `gitleaks protect --staged`. Ieri ha segnalato una falsa positiva su una stringa di test "xxxxxxxxxxxxxxxxxxxx" in tests/fixtures/config.yaml (fingerprint ⟦sha7⟧:tests/fixtures/config.yaml:generic-api-key:12).
""")
I("it", "db", """
Utente: il comando `mongosh "mongodb+srv://<utente>:<password>@cluster0.⟦c⟧.mongodb.net/ordini"` dalla documentazione non funziona, cosa devo mettere al posto dei segnaposto?
""", c=rs(LOW + DIG, 5))

# Dutch
I("nl", "iac", """
Samenvatting: `terraform apply` klaar. Nieuwe VPC vpc-0⟦hex16⟧, subnets subnet-0⟦hex16_2⟧ en subnet-0⟦hex16_3⟧. Het databasewachtwoord staat als (sensitive value) in de plan-output en komt uit Vault.
""")
I("nl", "chat", """
Gebruiker: kun je uitleggen waarom een UUID zoals ⟦uuid⟧ geen geheim is maar een Heroku API-key met hetzelfde formaat wel?
""")
I("nl", "git", """
Gedachte van de agent: de PR wijzigt alleen go.sum; de h1:-regels zijn module-checksums (bijv. h1:⟦h⟧=), geen tokens.
""", h=b64(32)[:43])
I("nl", "secretmgr", """
Les voor de volgende keer: gebruik `vault kv metadata get` om te zien welke versie actief is; dat toont geen waarden. Huidige versie: 7, aangemaakt ⟦ts⟧.
""")
I("nl", "ci", """
Gebruiker: de Jenkins-log toont `Masking supported pattern matches of $NEXUS_PASSWORD` en daarna alleen ****. Is er toch iets gelekt in build #⟦n4⟧?
""")

# Polish
I("pl", "k8s", """
Podsumowanie: wdrożenie checkout-api-⟦pod⟧ zakończone. UID poda ⟦uuid⟧, obraz ghcr.io/acme/checkout@sha256:⟦sha256⟧. Sekrety montowane z ExternalSecret, brak wartości w manifestach.
""")
I("pl", "chat", """
Użytkownik: nie wklejaj mi hasła, tylko sprawdź czy zmienna DB_PASSWORD w ogóle jest ustawiona w kontenerze (np. `test -n "$DB_PASSWORD" && echo ustawiona`).
""")
I("pl", "pkg", """
Myśl agenta: w pnpm-lock.yaml zmieniły się tylko resolution.integrity (⟦i⟧). To sumy kontrolne paczek, nie tokeny npm.
""", i=sri("sha512"))
I("pl", "git", """
Lekcja na przyszłość: w opisie PR podawać skrót commita (⟦sha7⟧) i link do joba CI, a nie zrzut zmiennych środowiskowych.
""")
I("pl", "code", """
Użytkownik: w testach używamy PESEL-i z oficjalnej listy testowej? Bo w fixturach widzę tylko "00000000000" i "<PESEL>", czy walidator to przepuści?
""")

# Russian
I("ru", "observability", """
Резюме для команды: инцидент P⟦p⟧ закрыт. Причина — истёкший сертификат на ingress (serial ⟦ser⟧). trace_id первой ошибки: ⟦hex32⟧. Секреты не затронуты.
""", p=rs(UP + DIG, 6), ser=HX(32))
I("ru", "chat", """
Пользователь: объясни, почему SHA-256 отпечаток ключа (⟦fp⟧) можно публиковать, а сам приватный ключ нет.
""", fp=fp_sha256())
I("ru", "secretmgr", """
Мысль агента: команда `vault kv get -field=password secret/orders/prod | psql ...` передаёт пароль через pipe и не печатает его. Использую её, а в отчёт пишу только версию секрета (v12).
""")
I("ru", "git", """
commit ⟦sha⟧
Author: Ольга Смирнова <olga@example.ru>

    refactor: вынести чтение токена в TokenProvider

    Значения токенов больше не логируются; в логе остаётся только token_id (⟦uuid⟧).
""")
I("ru", "k8s", """
Урок на будущее: `kubectl get secret -o yaml` выводит base64-значения — не использовать в общих сессиях. Безопасная альтернатива: `kubectl get secret orders-db -o jsonpath='{.data}' | jq 'keys'` → ["password","username"].
""")

# Ukrainian
I("uk", "ci", """
Підсумок: збірка #⟦n5⟧ успішна, артефакт sha256:⟦sha256⟧. Токени реєстру підставляються з ${{ secrets.GHCR_TOKEN }}, у логах — ***.
""")
I("uk", "chat", """
Користувач: як перевірити, що ключ у .env — це публічний ключ Stripe (pk_…), а не секретний? Саме значення я сюди не вставлятиму.
""")
I("uk", "iac", """
Думка агента: у state лише ідентифікатори ресурсів (i-0⟦hex16⟧, sg-0⟦hex16_2⟧) та lineage ⟦uuid⟧; чутливі атрибути позначені як sensitive і в виводі не показуються.
""")
I("uk", "db", """
Урок: у psql використовувати ~/.pgpass або PGPASSFILE, а не пароль у рядку підключення. Приклад рядка без пароля: host=db.intra dbname=zvity user=reporting sslmode=require
""")
I("uk", "git", """
commit ⟦sha⟧
Author: Андрій Коваленко <andrii@example.ua>

    docs: додати розділ «Ротація секретів» до runbook

    Описано, де лежать токени (Vault, шлях secret/data/ci/*), без самих значень.
""")

# Turkish
I("tr", "container", """
Özet: imaj ghcr.io/sirket/kargo:1.4.2 yayınlandı, digest sha256:⟦sha256⟧. Konteyner ⟦cid⟧ sağlıklı. Parola değişkenleri *_FILE ile Docker secrets'tan okunuyor.
""")
I("tr", "chat", """
Kullanıcı: API anahtarını buraya yapıştırmayacağım; sadece `curl -H "Authorization: Bearer $API_KEY"` şeklinde çağırmam doğru mu, onu söyle.
""")
I("tr", "pkg", """
Ajan düşüncesi: composer.lock'ta değişen tek şey "reference": "⟦sha⟧" alanı. Bu bir git commit hash'i, gizli bilgi değil.
""")
I("tr", "observability", """
Ders: Grafana servis hesabı token'larını panoda değil Vault'ta tut. Panoda sadece dashboard uid=⟦u⟧ ve datasource uid=⟦u2⟧ gibi kimlikler kalsın.
""", u=rs(ALNUM, 9), u2=rs(ALNUM, 9))
I("tr", "cloud", """
Kullanıcı: `aws sts get-caller-identity` çıktısındaki "UserId": "AIDA⟦x⟧" gizli mi? Paylaşmamda sakınca var mı?
""", x=rs(UP + "234567", 17))

# Japanese
I("ja", "ci", """
チームへの要約: リリースワークフロー run ⟦n10⟧ は成功。コミット ⟦sha⟧、イメージ digest sha256:⟦sha256⟧。シークレットは ${{ secrets.NPM_TOKEN }} 経由で渡され、ログ上は *** でマスクされている。
""")
I("ja", "chat", """
ユーザー: パスワードはチャットに貼らないで。`op run --env-file=.env.tpl -- npm run migrate` で実行して、結果だけ教えて。
""")
I("ja", "git", """
エージェントの思考: go.sum の差分は h1: ハッシュ（例: h1:⟦h⟧=）だけ。トークンではないのでマスク不要。
""", h=b64(32)[:43])
I("ja", "k8s", """
教訓: ServiceAccount の uid（⟦uuid⟧）や resourceVersion（⟦n9⟧）は秘密情報ではない。一方で projected token の中身は絶対にログに出さない。
""")
I("ja", "shell", """
ユーザー: この公開鍵を authorized_keys に追加して。
⟦k⟧
""", k=ssh_pub("tanaka@mbp"))

# Korean
I("ko", "container", """
팀 요약: 이미지 ghcr.io/acme/api:2026.05.3 배포 완료 (digest sha256:⟦sha256⟧). 컨테이너 ID ⟦cid⟧. 비밀값은 /run/secrets 파일로 주입되며 환경변수에는 경로만 있다.
""")
I("ko", "chat", """
사용자: 토큰 값은 여기 붙이지 않을게. `gh auth status` 결과만 보고 scope가 충분한지 판단해 줘.
에이전트: ✓ Logged in to github.com account ops-bot (keyring) / Token scopes: 'read:org', 'repo', 'workflow' — 충분합니다.
""")
I("ko", "git", """
커밋 메시지: fix(auth): 리프레시 토큰 재사용 감지 로직 수정

리프레시 토큰 해시(sha256)만 저장하도록 변경. 토큰 원문은 저장하지 않음.
Refs: #⟦n4⟧, 빌드 ⟦sha7⟧
""")
I("ko", "observability", """
에이전트 생각: Sentry 이벤트 ⟦hex32⟧의 breadcrumb에 Authorization 헤더가 [Filtered]로 표시되어 있다. 필터가 동작하고 있으므로 추가 조치 불필요.
""")
I("ko", "secretmgr", """
교훈: `aws secretsmanager describe-secret`은 값 없이 메타데이터(ARN arn:aws:secretsmanager:ap-northeast-2:⟦n12⟧:secret:prod/db-⟦sfx⟧, 버전 ID ⟦uuid⟧)만 보여 준다. 확인용으로는 이걸 쓰자.
""", sfx=an(6))

# Chinese
I("zh", "ci", """
给团队的总结：流水线 #⟦n5⟧ 通过，产物 sha256:⟦sha256⟧，提交 ⟦sha⟧。密钥通过 $CI_REGISTRY_PASSWORD 注入，日志中显示为 [MASKED]。
""")
I("zh", "chat", """
用户：帮我写一段说明，告诉新人 AccessKey Secret 不能放进代码仓库，要用 RAM 角色或者 KMS 托管，示例里用 <ACCESS_KEY_SECRET> 占位即可。
""")
I("zh", "pkg", """
智能体思考：yarn.lock 的变更只是 integrity 字段（⟦i⟧），属于包完整性校验，不是凭据。
""", i=sri("sha512"))
I("zh", "k8s", """
经验教训：排查时用 `kubectl describe secret` 只看字节数（password: 24 bytes），不要用 `-o yaml` 输出 base64 内容。Pod ⟦pod⟧ 已恢复。
""")
I("zh", "observability", """
用户：这个请求 ID ⟦uuid⟧ 和 trace_id ⟦hex32⟧ 对应的是哪个服务？日志里报 401 invalid_token。
""")

# Vietnamese
I("vi", "ci", """
Tóm tắt cho nhóm: job build #⟦n5⟧ thành công, commit ⟦sha⟧. Token registry lấy từ ${{ secrets.REGISTRY_TOKEN }}, trong log chỉ hiện ***.
""")
I("vi", "chat", """
Người dùng: đừng in mật khẩu ra terminal nhé. Chỉ cần kiểm tra `op item get "DB prod" --fields label=username` để xác nhận tài khoản đúng.
""")
I("vi", "k8s", """
Suy nghĩ của agent: ConfigMap này chỉ chứa JWKS công khai (kty, kid=⟦kid⟧, n, e=AQAB), không có tham số "d", nên không phải khóa bí mật.
""", kid=hx(16))
I("vi", "git", """
Bài học: khi review PR, các chuỗi dài trong package-lock.json thường là integrity (sha512-…) hoặc resolved URL; không phải secret. Commit liên quan: ⟦sha7⟧.
""")
I("vi", "db", """
Người dùng: lỗi "ERROR 1045 (28000): Access denied for user 'reporting'@'10.0.3.11' (using password: YES)" nghĩa là gì? Mình không muốn gửi mật khẩu lên đây.
""")

# Hindi
I("hi", "ci", """
टीम के लिए सारांश: रिलीज़ पाइपलाइन #⟦n5⟧ सफल रही, इमेज डाइजेस्ट sha256:⟦sha256⟧ है। टोकन ${{ secrets.DEPLOY_TOKEN }} से आता है और लॉग में *** दिखता है।
""")
I("hi", "chat", """
उपयोगकर्ता: कृपया पासवर्ड चैट में मत लिखना। बस बताओ कि Vault में secret/data/dukaan/prod का current_version क्या है।
""")
I("hi", "container", """
एजेंट का विचार: कंटेनर ⟦cid⟧ का Env सिर्फ़ DATABASE_URL_FILE=/run/secrets/database_url दिखाता है, असली वैल्यू नहीं। यह सुरक्षित है।
""")
I("hi", "git", """
सबक: कमिट मैसेज में सिर्फ़ commit hash (⟦sha7⟧) और issue नंबर (#⟦n4⟧) लिखें, किसी भी .env की सामग्री नहीं।
""")
I("hi", "fixture", """
उपयोगकर्ता: टेस्ट डेटा में आधार नंबर की जगह "XXXX XXXX XXXX" जैसा प्लेसहोल्डर रखना ठीक रहेगा ना? असली जैसा नंबर नहीं चाहिए।
""")

# Arabic
I("ar", "ci", """
ملخص للفريق: نجح خط الإنتاج رقم ⟦n5⟧، بصمة الصورة sha256:⟦sha256⟧. الرموز السرية تأتي من ${{ secrets.REGISTRY_TOKEN }} وتظهر في السجل على شكل ***.
""")
I("ar", "chat", """
المستخدم: لا تطبع كلمة المرور في الطرفية. استخدم `vault kv get -field=password secret/app/prod | psql ...` حتى لا تظهر القيمة.
""")
I("ar", "cloud", """
تفكير الوكيل: معرّف الحساب ⟦n12⟧ ومعرّف المفتاح في KMS (⟦uuid⟧) ليسا سرّين؛ يمكن ذكرهما في التقرير.
""")
I("ar", "git", """
درس للمرة القادمة: قبل الدفع شغّل `gitleaks protect --staged`. النتيجة اليوم: no leaks found، الالتزام ⟦sha7⟧.
""")
I("ar", "http", """
المستخدم: ما معنى الرأس traceparent: 00-⟦hex32⟧-⟦hex16⟧-01 في الاستجابة؟ هل يحتوي على بيانات حساسة؟
""")

# Hebrew
I("he", "ci", """
סיכום לצוות: ה-pipeline מספר ⟦n5⟧ עבר, commit ⟦sha⟧, digest sha256:⟦sha256⟧. הטוקנים מגיעים מ-${{ secrets.DEPLOY_KEY }} ומוצגים בלוג כ-***.
""")
I("he", "chat", """
משתמש: אל תדביק את מפתח ה-API בצ'אט. פשוט תריץ `doppler run -- ./deploy.sh` ותגיד לי אם עבר.
""")
I("he", "k8s", """
מחשבת הסוכן: ב-SealedSecret הערכים מוצפנים עם המפתח הציבורי של הבקר (AgB…); אין צורך למסך אותם, אי אפשר לפענח אותם מחוץ לקלאסטר.
""")
I("he", "git", """
לקח: בסקירת קוד, מחרוזות כמו sha384-⟦b⟧ בתגיות script הן SRI ולא סודות. קומיט ⟦sha7⟧.
""", b=b64(48))
I("he", "observability", """
משתמש: מה ה-dedup_key של האירוע? ראיתי prometheus/⟦hex32⟧ ב-PagerDuty, האם זה מפתח אינטגרציה?
סוכן: לא, זה רק מזהה לאיחוד התראות. מפתח האינטגרציה שמור ב-Vault.
""")

# Indonesian
I("id", "ci", """
Ringkasan untuk tim: pipeline #⟦n5⟧ berhasil, image digest sha256:⟦sha256⟧. Token diambil dari ${{ secrets.GHCR_TOKEN }} dan di log tampil sebagai ***.
""")
I("id", "chat", """
Pengguna: jangan tampilkan password di output ya. Cukup cek apakah variabel MIDTRANS_SERVER_KEY sudah ada di environment Railway, jawab ya/tidak saja.
""")
I("id", "pkg", """
Pikiran agen: perubahan di go.sum hanya baris checksum (h1:⟦h⟧=). Ini bukan kredensial, jadi tidak perlu disamarkan.
""", h=b64(32)[:43])
I("id", "k8s", """
Pelajaran: nama pod seperti toko-api-⟦pod⟧ dan UID ⟦uuid⟧ aman dibagikan di channel. Yang tidak boleh: isi Secret dan kubeconfig.
""")
I("id", "code", """
Pengguna: di contoh dokumentasi Midtrans tertulis SERVER_KEY=<server-key-anda>. Apakah aman kalau aku commit file .env.example dengan placeholder itu?
""")

# Swedish
I("sv", "ci", """
Sammanfattning: byggjobb #⟦n5⟧ gick igenom, commit ⟦sha⟧. Registry-token kommer från ${{ secrets.REGISTRY_TOKEN }} och visas som *** i loggen.
""")
I("sv", "chat", """
Användare: klistra inte in lösenordet här. Kör `op read op://Ekonomi/fortnox/client-secret >/dev/null && echo finns` så vi vet att det finns.
""")
I("sv", "fixture", """
Agentens tanke: testdatan använder Skatteverkets testpersonnummer-format med platshållare "ÅÅÅÅMMDD-XXXX"; inga riktiga värden, inget att maskera.
""")
I("sv", "git", """
Lärdom: i PR-beskrivningen räcker det med commit-hash (⟦sha7⟧) och bygg-ID ⟦n9⟧. Klistra aldrig in .env-innehåll.
""")
I("sv", "cloud", """
Användare: vad är ⟦hex32⟧ i slutet av Key Vault-URL:en https://kv-ekonomi-prod.vault.azure.net/secrets/fortnox-client-secret/⟦hex32⟧? Är det själva hemligheten?
Agent: Nej, det är versions-ID:t för hemligheten, inte värdet.
""")

# Czech
I("cs", "ci", """
Shrnutí pro tým: pipeline #⟦n5⟧ prošla, digest obrazu sha256:⟦sha256⟧. Tokeny se berou z $CI_JOB_TOKEN, v logu jsou zobrazeny jako [MASKED].
""")
I("cs", "chat", """
Uživatel: heslo sem nepiš. Jen ověř, že `DATABASE_URL` v kontejneru obsahuje hostitele db-test.interni (např. pomocí `printenv DATABASE_URL | sed 's/:[^@]*@/:***@/'`).
""")
I("cs", "git", """
Myšlenka agenta: v diffu composer.lock se mění jen "shasum" a "reference" (⟦sha⟧). To jsou kontrolní součty a hash commitu.
""")
I("cs", "fixture", """
Ponaučení: do fixtur dávat rodná čísla ve tvaru „000000/0000“ nebo je generovat s úmyslně neplatnou kontrolní číslicí a označit jako FAKE.
""")
I("cs", "observability", """
Uživatel: v Grafaně vidím datasource uid ⟦u⟧ a dashboard uid ⟦u2⟧ — jsou to tajné údaje?
Agent: Ne, jsou to jen identifikátory objektů.
""", u=rs(ALNUM, 9), u2=rs(ALNUM, 9))

# extra languages
I("fi", "ci", """
Yhteenveto tiimille: julkaisuputki #⟦n5⟧ onnistui, image digest sha256:⟦sha256⟧. Tokenit tulevat muuttujasta ${{ secrets.REGISTRY_TOKEN }} ja näkyvät lokissa muodossa ***.
""")
I("el", "chat", """
Χρήστης: μην επικολλήσεις τον κωδικό εδώ· τρέξε απλώς `vault kv get -field=password secret/app/prod >/dev/null && echo υπάρχει`.
""")
I("ro", "git", """
Lecție: în descrierea PR-ului pune doar hash-ul commitului (⟦sha7⟧) și ID-ul jobului CI (⟦n9⟧), nu conținutul fișierului .env.
""")
I("th", "chat", """
ผู้ใช้: อย่าพิมพ์รหัสผ่านออกมานะ แค่เช็กว่า `test -n "$DB_PASSWORD"` ผ่านหรือไม่ก็พอ
""")
I("da", "k8s", """
Agentens tanke: pod-UID ⟦uuid⟧ og image-digest sha256:⟦sha256⟧ er ikke hemmelige; Secret-værdierne viser jeg ikke.
""")
I("hu", "chat", """
Felhasználó: a jelszót ne írd ki; csak azt ellenőrizd, hogy a `SZAMLAZZ_AGENT_KEY` környezeti változó be van-e állítva.
""")

# ===========================================================================
# finalise: ids, integrity checks
# ===========================================================================
for _n, (_lang, _setting, _text, _sec) in enumerate(_s_raw, start=1):
    _id = f"c26-s-{_n:03d}-{_lang}"
    assert _sec in _text, _id
    assert 1 <= len(_text.splitlines()) <= 30, (_id, len(_text.splitlines()))
    SECRETS.append(Secret(_id, _text, _sec))
    SETTING_BY_ID[_id] = _setting

for _n, (_lang, _setting, _text) in enumerate(_i_raw, start=1):
    _id = f"c26-i-{_n:03d}-{_lang}"
    assert 1 <= len(_text.splitlines()) <= 30, (_id, len(_text.splitlines()))
    INNOCENT.append(Innocent(_id, _text))
    SETTING_BY_ID[_id] = _setting

_ids = [r.id for r in SECRETS] + [r.id for r in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
assert len({r.secret for r in SECRETS}) == len(SECRETS), "duplicate secret values"
assert all("⟦" not in r.text for r in SECRETS + INNOCENT)
# no secret value may leak into an innocent text
for _s in SECRETS:
    if len(_s.secret) >= 8:
        assert not any(_s.secret in _i.text for _i in INNOCENT), _s.id


def _counts() -> dict:
    return {
        "secret_lang": Counter(r.id.rsplit("-", 1)[1] for r in SECRETS),
        "innocent_lang": Counter(r.id.rsplit("-", 1)[1] for r in INNOCENT),
        "secret_setting": Counter(SETTING_BY_ID[r.id] for r in SECRETS),
        "innocent_setting": Counter(SETTING_BY_ID[r.id] for r in INNOCENT),
    }


if __name__ == "__main__":
    c = _counts()
    print(len(SECRETS), len(INNOCENT))
    for k, v in c.items():
        print(k, dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))))
