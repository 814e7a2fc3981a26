"""Independent test corpus c34 for a secret-redaction filter (software & infrastructure agents' records).

Started: Mon Dec  7 16:37:34 UTC 2026 (output of `date` when work began).
Deterministic: all random values come from random.Random(SEED) with SEED = 34002; standard library only.

Totals: 240 SECRETS, 247 INNOCENT (487 texts, each 1-12 lines).
English: 168 texts (34%); the rest spread over 46 other language labels.
Ids look like  c34-s042-<lang>-<setting>  /  c34-i042-<lang>-<setting>.

Counts by language (secrets/innocent):
  en 92/76, de 8/11, fr 8/11, es 9/10, ja 7/11, zh 8/10, pt 6/8, ru 4/8, ko 5/7, it 4/7, ar 4/6, nl
  4/4, pl 4/4, hi 4/4, tr 3/4, vi 3/4, sv 3/3, zh-Hant 3/3, th 3/3, id 3/3, tl 3/3, cs 3/2, fi 3/2,
  uk 3/2, he 3/2, fa 3/2, bn 3/2, sw 2/3, es-en 2/3, nb 2/2, hu 2/2, ro 2/2, sr 2/2, bg 2/2, el 2/2,
  ur 2/2, hi-Latn 2/2, ta 2/2, ms 2/2, ru-Latn 2/2, da 2/1, ka 1/2, hr 1/1, ar-Latn 1/1, hy 1/1, af
  1/1, el-Latn 1/0
  Labels are ISO codes; "-Latn" = transliteration in Latin script (ru-Latn, hi-Latn = Hinglish,
  ar-Latn = Arabizi, el-Latn = Greeklish); "es-en" = Spanish/English code-switching; Taglish is under "tl".
  Non-Latin scripts: ru uk sr bg el he ar fa ur hi bn ta ja ko zh zh-Hant th ka hy.
  For config/code texts the label is the language of the comments and surrounding messages.

Counts by setting (secrets/innocent):
  note 8/58, log 18/42, chat 41/15, tool 25/30, sh 17/23, user 21/7, env 20/4, sdk 14/8, sql 9/5,
  ini 10/3, yaml 7/3, summary 3/7, k8s 4/4, mobile 3/4, json 3/4, compose 4/2, ci 3/3, ansible 4/2,
  curl 4/2, toml 3/2, game 3/2, hcl 2/2, systemd 2/2, trace 2/2, http 2/2, email 2/2, helm 1/2,
  nginx 1/2, har 2/1, apache 1/1, nb 1/1
  sh = shell transcripts; env = dotenv; ini/toml/yaml/json = config files; k8s/helm/compose/ci/ansible/hcl/
  nginx/apache/systemd = infra configs; nb = notebook cell; sql = dumps/migrations; log/trace = app logs and
  stack traces; http/har/curl = HTTP dumps and clients; sdk = code snippets (Python, JS/TS, Go, Java, PHP,
  PowerShell, Kotlin); mobile/game/email = app, game-server and mail configs/headers; chat = chat-ops and
  team messages; user = a user's message to the agent; tool = a tool call or tool result; note/summary =
  agent thoughts, lessons learned, session summaries.

Labelling choices (borderline cases):
  * SECRET: passwords/passphrases (random and human-style), PINs, door/alarm/Wi-Fi codes, OTPs and
    one-time payment codes (BLIK, SMS codes), recovery codes, TOTP seeds, seed phrases (English, Japanese
    and Chinese BIP39 word lists, valid checksums), API keys/tokens of many vendors, bearer JWTs, session
    cookies, signing secrets, webhook URLs with embedded secrets (whole URL marked for Slack/Discord/Teams,
    the token/key part for DingTalk/WeCom), private keys (PEM, OpenSSH, PKCS#8 in JSON, WireGuard, age,
    Bitcoin WIF, raw Ethereum hex), base64-wrapped private keys and Basic-auth credentials, connection
    strings (only the password/AccountKey part is marked), card numbers and CVCs, private IBANs and domestic
    account numbers, personal national/tax/health/social-security ids, passports and MRZ lines.
  * Check digits are valid wherever the format has one: Luhn (cards, SIN, Swedish/Greek/South-African ids,
    Emirates ID), mod-97 (all IBANs, French NIR, Belgian national number), and national algorithms (DNI/NIE,
    BSN, PESEL, CPF, Chinese and Taiwanese ids, Aadhaar/Verhoeff, RRN, HETU, fodselsnummer, TCKN, codice
    fiscale and Italian CIN, Steuer-ID, NHS, TFN, Medicare, My Number, CNP, rodne cislo, Israeli id, CURP,
    CUIL, Thai id, Iranian code, SNILS, INN, RNOKPP, TAJ, EGN, JMBG, OIB, MRZ 7-3-1). The innocent business
    ids, tracking numbers, EAN/ISBN, NF-e keys and boleto lines carry valid check digits too.
  * An AWS access key id alone is not marked; its secret access key / session token is. Twilio/Stripe
    object ids (AC..., cus_, pi_, evt_) are innocent; the matching auth tokens / sk_/rk_ keys are secret.
  * INNOCENT by design, although a careless filter would redact them: publishable/public keys meant to
    ship to clients (Stripe pk_live, Mapbox pk., reCAPTCHA site key, Sentry DSN, GA ids), public keys and
    fingerprints (ssh, GPG, WireGuard PublicKey, age recipients, JWKS, EC public PEM, cert fingerprints),
    on-chain addresses and hashes, encrypted-at-rest blobs (ansible-vault, SOPS ENC[...], SealedSecrets,
    systemd encrypted credentials), hashes/digests/checksums (git, docker, SRI, go.sum, pip --hash, LFS
    oids), ids and UUIDs of objects, trace/request ids, pagination cursors (base64 of JSON), world seeds.
  * Documented example/test values are innocent: the AWS AKIAIOSFODNN7EXAMPLE pair, the jwt.io sample
    token, Stripe test cards (4242...), ISO example IBANs (DE89..., GB82..., IT60..., NL91...), publicly
    invalidated SSNs; placeholders (<YOUR_KEY>, sk_test_..., ${VAR}, {{ secrets.X }}, ***, "(sensitive)").
  * Business identifiers are innocent (VAT ids, SIREN/SIRET, CNPJ, CIF, CUIT, NIP/REGON, ICO, USCC, GSTIN,
    CIN, ABN, KvK, CVR, Y-tunnus, org.nr, EIK, PIB, EDRPOU, company INN/OGRN, Japanese corporate number,
    Korean business number, Taiwanese UBN, Vietnamese MST, NPWP, Thai juristic tax id), as are a company's
    payment account printed on an invoice, a shop's Pix key that is its CNPJ, boleto lines, NF-e keys.
  * Masked values (****1234, XXXX XXXX 1234, TR** ...) and last-4 digits are innocent; so are phone
    numbers, postal codes, tracking numbers, order/booking refs, M-Pesa/GCash transaction refs, card
    authorisation codes, OTP "Ref" labels shown without the code, Zoom meeting ids.
  * Words such as password/token/Passwort/mot de passe/пароль/密码 in sentences without a value are innocent.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import string
import struct
import uuid
import zlib
from typing import NamedTuple

SEED = 34002
rng = random.Random(SEED)


class Secret(NamedTuple):
    id: str
    text: str
    secret: str


class Innocent(NamedTuple):
    id: str
    text: str


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []


def S(lang: str, setting: str, text: str, secret: str) -> None:
    SECRETS.append(Secret(f"c34-s{len(SECRETS) + 1:03d}-{lang}-{setting}", text.strip("\n"), secret))


def I(lang: str, setting: str, text: str) -> None:
    INNOCENT.append(Innocent(f"c34-i{len(INNOCENT) + 1:03d}-{lang}-{setting}", text.strip("\n")))


# --------------------------------------------------------------------------------------------
# generic random helpers
# --------------------------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
AN = UP + LO + DI
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = UP + LO + DI + "+/"
B64U = UP + LO + DI + "-_"
B62 = DI + UP + LO
B32 = UP + "234567"


def rs(alpha: str, n: int) -> str:
    return "".join(rng.choice(alpha) for _ in range(n))


def hexs(n: int) -> str:
    return rs(HEX, n)


def dig(n: int, lead_nonzero: bool = True) -> str:
    s = rs(DI, n)
    if lead_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def rbytes(n: int) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uid() -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sha1h() -> str:
    return hashlib.sha1(rbytes(32)).hexdigest()


def sha256h() -> str:
    return hashlib.sha256(rbytes(32)).hexdigest()


def md5h() -> str:
    return hashlib.md5(rbytes(16)).hexdigest()


def grp(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# --------------------------------------------------------------------------------------------
# check-digit algorithms
# --------------------------------------------------------------------------------------------
def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    num = "".join(c for c in num if c.isdigit())
    return luhn_digit(num[:-1]) == num[-1]


def card(prefix: str, length: int = 16) -> str:
    body = prefix + dig(length - len(prefix) - 1, False)
    return body + luhn_digit(body)


def amex_fmt(n: str) -> str:
    return f"{n[:4]} {n[4:10]} {n[10:]}"


def mod97_iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                    11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def cf_char(s: str) -> str:
    tot = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(s))
    return chr(65 + tot % 26)


def iso7064_11_10(s: str) -> str:
    product = 10
    for ch in s:
        t = (int(ch) + product) % 10
        if t == 0:
            t = 10
        product = (2 * t) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def rdate(y0: int = 1955, y1: int = 2003) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


# --------------------------------------------------------------------------------------------
# personal identifiers (valid check digits)
# --------------------------------------------------------------------------------------------
def es_dni() -> str:
    n = rng.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def es_nie() -> str:
    p = rng.choice("XYZ")
    n = rng.randint(1000000, 9999999)
    full = int(str("XYZ".index(p)) + str(n))
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[full % 23]}"


def es_cif() -> str:  # company (innocent)
    d = dig(7, False)
    s = 0
    for i, ch in enumerate(d):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v = v // 10 + v % 10
        s += v
    return f"B{d}{(10 - s % 10) % 10}"


def nl_bsn() -> str:
    while True:
        d = dig(8)
        s = sum(int(c) * (9 - i) for i, c in enumerate(d))
        c = s % 11
        if c < 10:
            return d + str(c)


def pl_pesel(female: bool | None = None) -> str:
    y, m, d = rdate(1950, 2004)
    mm = m + (20 if y >= 2000 else 0)
    ser = dig(3, False)
    sexd = rng.choice("02468" if female else "13579") if female is not None else rng.choice(DI)
    body = f"{y % 100:02d}{mm:02d}{d:02d}{ser}{sexd}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * w[i] for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def br_cpf(fmt: bool = True) -> str:
    d = [int(c) for c in dig(9, False)]
    s = sum(v * (10 - i) for i, v in enumerate(d))
    d1 = (s * 10) % 11 % 10
    d.append(d1)
    s = sum(v * (11 - i) for i, v in enumerate(d))
    d.append((s * 10) % 11 % 10)
    x = "".join(map(str, d))
    return f"{x[:3]}.{x[3:6]}.{x[6:9]}-{x[9:]}" if fmt else x


def br_cnpj() -> str:  # company (innocent)
    d = [int(c) for c in dig(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    x = "".join(map(str, d))
    return f"{x[:2]}.{x[2:5]}.{x[5:8]}/{x[8:12]}-{x[12:]}"


def cn_id() -> str:
    region = rng.choice(["110105", "310104", "440305", "510107", "330106", "420111", "320102"])
    y, m, d = rdate(1960, 2002)
    body = f"{region}{y}{m:02d}{d:02d}{dig(3, False)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w[i] for i, c in enumerate(body)) % 11]


def cn_uscc() -> str:  # company (innocent)
    alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    org = rs(DI + "ABCDEFGHJKLMNPQRTUWXY", 8)
    ow = [3, 7, 9, 10, 5, 8, 4, 2]

    def v(c):
        return int(c) if c.isdigit() else ord(c) - 55
    oc = 11 - sum(v(c) * ow[i] for i, c in enumerate(org)) % 11
    org += {10: "X", 11: "0"}.get(oc, str(oc))
    body = "91" + rng.choice(["110108", "310115", "440300", "330100"]) + org
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    c = 31 - sum(alpha.index(ch) * w[i] for i, ch in enumerate(body)) % 31
    return body + alpha[0 if c == 31 else c]


def in_aadhaar(fmt: bool = True) -> str:
    body = str(rng.randint(2, 9)) + dig(10, False)
    x = body + verhoeff_digit(body)
    return grp(x) if fmt else x


def in_pan(kind: str = "P") -> str:
    return rs(UP, 3) + kind + rs(UP, 1) + dig(4, False) + rs(UP, 1)


def in_gstin() -> str:  # company (innocent)
    chars = DI + UP
    body = f"{rng.choice(['27', '29', '07', '33', '24'])}{in_pan('C')}1Z"
    s = 0
    for i, c in enumerate(body):
        v = chars.index(c) * (1 if i % 2 == 0 else 2)
        s += v // 36 + v % 36
    return body + chars[(36 - s % 36) % 36]


def kr_rrn() -> str:
    y, m, d = rdate(1965, 2003)
    sx = rng.choice("12") if y < 2000 else rng.choice("34")
    body = f"{y % 100:02d}{m:02d}{d:02d}{sx}{dig(5, False)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(ch) * w[i] for i, ch in enumerate(body)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def fi_hetu() -> str:
    y, m, d = rdate(1950, 2004)
    n = rng.randint(2, 899)
    sign = "A" if y >= 2000 else "-"
    base = f"{d:02d}{m:02d}{y % 100:02d}{n:03d}"
    return f"{base[:6]}{sign}{n:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base) % 31]}"


def no_fnr() -> str:
    while True:
        y, m, d = rdate(1950, 1999)
        ind = rng.randint(0, 499)
        b = [int(c) for c in f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}"]
        k1 = 11 - sum(a * w for a, w in zip(b, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b.append(k1)
        k2 = 11 - sum(a * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, b)) + str(k2)


def tr_tckn() -> str:
    d = [int(c) for c in dig(9)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def it_cf() -> str:
    sur = rs("BCDFGLMNPRSTVZ", 3)
    nam = rs("BCDFGLMNPRSTVZ", 3)
    y, m, d = rdate(1955, 2000)
    day = d + (40 if rng.random() < 0.5 else 0)
    body = f"{sur}{nam}{y % 100:02d}{'ABCDEHLMPRST'[m - 1]}{day:02d}{rng.choice(['H501', 'F205', 'L219', 'F839', 'A944', 'G273'])}"
    return body + cf_char(body)


def it_iban() -> str:
    abi, cab, acc = dig(5), dig(5), dig(12, False)
    return mod97_iban("IT", cf_char(abi + cab + acc) + abi + cab + acc)


def fr_nir() -> str:
    y, m, _ = rdate(1955, 2002)
    body = f"{rng.choice('12')}{y % 100:02d}{m:02d}{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def fr_siren() -> str:  # company (innocent)
    b = dig(8)
    return b + luhn_digit(b)


def fr_siret(siren: str) -> str:
    b = siren + dig(4, False)
    return b + luhn_digit(b)


def fr_tva(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def fr_iban() -> str:
    bank, branch, acc = dig(5), dig(5), dig(11, False)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
    return mod97_iban("FR", f"{bank}{branch}{acc}{key:02d}")


def es_iban() -> str:
    bank, branch, acc = rng.choice(["2100", "0049", "0182", "2085", "0081"]), dig(4, False), dig(10, False)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return mod97_iban("ES", f"{bank}{branch}{dc('00' + bank + branch)}{dc(acc)}{acc}")


def de_steuerid() -> str:
    while True:
        digits_ = list(range(10))
        rng.shuffle(digits_)
        chosen = digits_[:9]
        dup = rng.choice(chosen)
        seq = chosen + [dup]
        rng.shuffle(seq)
        if seq[0] == 0:
            continue
        s = "".join(map(str, seq))
        return s + iso7064_11_10(s)


def de_vat() -> str:  # company (innocent)
    b = dig(8)
    return "DE" + b + iso7064_11_10(b)


def de_iban() -> str:
    return mod97_iban("DE", rng.choice(["10010010", "20041133", "37040044", "50010517", "76010085", "12030000"]) + dig(10, False))


def hr_oib() -> str:
    b = dig(10)
    return b + iso7064_11_10(b)


def us_ssn() -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def uk_nino() -> str:
    while True:
        p = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    n = dig(6, False)
    return f"{p} {n[:2]} {n[2:4]} {n[4:]} {rng.choice('ABCD')}"


def uk_nhs() -> str:
    while True:
        b = dig(9)
        r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(b)) % 11
        r = 0 if r == 11 else r
        if r != 10:
            x = b + str(r)
            return f"{x[:3]} {x[3:6]} {x[6:]}"


def ca_sin() -> str:
    b = str(rng.randint(1, 7)) + dig(7, False)
    x = b + luhn_digit(b)
    return f"{x[:3]} {x[3:6]} {x[6:]}"


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        b = dig(8)
        s = sum(int(c) * w[i] for i, c in enumerate(b))
        for last in range(10):
            if (s + last * 10) % 11 == 0:
                x = b + str(last)
                return f"{x[:3]} {x[3:6]} {x[6:]}"


def au_medicare() -> str:
    b = str(rng.randint(2, 6)) + dig(7, False)
    c = sum(int(ch) * w for ch, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return f"{b[:4]} {b[4:]}{c} {rng.randint(1, 5)}"


def au_abn() -> str:  # company (innocent)
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        rest = dig(9, False)
        for p in range(10, 100):
            ds = [int(c) for c in f"{p}{rest}"]
            ds[0] -= 1
            if sum(a * b for a, b in zip(ds, w)) % 89 == 0:
                x = f"{p}{rest}"
                return f"{x[:2]} {x[2:5]} {x[5:8]} {x[8:]}"


def jp_mynumber() -> str:
    b = dig(11, False)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    x = b + str(0 if r <= 1 else 11 - r)
    return f"{x[:4]} {x[4:8]} {x[8:]}"


def be_nn() -> str:
    y, m, d = rdate(1960, 2004)
    b = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 997):03d}"
    c = 97 - int(("2" + b) if y >= 2000 else b) % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:]}.{c:02d}"


def pt_nif(first: str = "2") -> str:
    b = first + dig(7, False)
    c = 11 - sum(int(ch) * (9 - i) for i, ch in enumerate(b)) % 11
    return b + str(0 if c >= 10 else c)


def cl_rut(company: bool = False) -> str:
    n = rng.randint(76000000, 77999999) if company else rng.randint(8000000, 24999999)
    s = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(str(n))))
    r = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(r, str(r))
    return f"{n:,}".replace(",", ".") + f"-{dv}"


def mx_curp() -> str:
    alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    y, m, d = rdate(1960, 1999)
    body = (rs("BCDFGHLMNPRSTVZ", 1) + rs("AEIOU", 1) + rs("BCDFGHLMNPRSTVZ", 2) + f"{y % 100:02d}{m:02d}{d:02d}"
            + rng.choice("HM") + rng.choice(["DF", "JC", "NL", "PL", "VZ", "YN"]) + rs("BCDFGHLMNPRSTVZ", 3) + rs(DI, 1))
    s = sum(alpha.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def ro_cnp() -> str:
    y, m, d = rdate(1955, 1999)
    b = f"{rng.choice('12')}{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    c = sum(int(a) * int(w) for a, w in zip(b, "279146358279")) % 11
    return b + ("1" if c == 10 else str(c))


def cz_rc() -> str:
    while True:
        y, m, d = rdate(1955, 2003)
        mm = m + (50 if rng.random() < 0.5 else 0)
        b = f"{y % 100:02d}{mm:02d}{d:02d}{dig(3, False)}"
        c = int(b) % 11
        if c < 10:
            return f"{b[:6]}/{b[6:]}{c}"


def il_id() -> str:
    b = dig(8, False)
    s = 0
    for i, ch in enumerate(b):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        s += v // 10 + v % 10
    return b + str((10 - s % 10) % 10)


def za_id() -> str:
    y, m, d = rdate(1960, 2002)
    b = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(0, 9999):04d}08"
    return b + luhn_digit(b)


def se_pnr() -> str:
    y, m, d = rdate(1950, 2003)
    b = f"{y % 100:02d}{m:02d}{d:02d}{dig(3, False)}"
    return f"{y // 100}{b[:6]}-{b[6:]}{luhn_digit(b)}"


def gr_amka() -> str:
    y, m, d = rdate(1950, 2003)
    b = f"{d:02d}{m:02d}{y % 100:02d}{dig(4, False)}"
    return b + luhn_digit(b)


def ar_cuil(prefix: str = "20") -> str:
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        b = prefix + f"{rng.randint(20000000, 45999999)}"
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(b)) % 11
        if r == 10:
            continue
        return f"{b[:2]}-{b[2:]}-{0 if r == 11 else r}"


def th_id() -> str:
    b = str(rng.randint(1, 8)) + dig(11, False)
    c = (11 - sum(int(ch) * (13 - i) for i, ch in enumerate(b)) % 11) % 10
    x = b + str(c)
    return f"{x[0]}-{x[1:5]}-{x[5:10]}-{x[10:12]}-{x[12]}"


def ir_melli() -> str:
    b = dig(9, False)
    r = sum(int(c) * (10 - i) for i, c in enumerate(b)) % 11
    return b + str(r if r < 2 else 11 - r)


def ru_snils() -> str:
    b = f"{rng.randint(100000000, 199999999)}"
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def ru_inn12() -> str:
    b = [int(c) for c in (rng.choice(["77", "78", "50", "54", "66"]) + dig(8, False))]
    b.append(sum(a * w for a, w in zip(b, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    b.append(sum(a * w for a, w in zip(b, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    return "".join(map(str, b))


def ru_inn10() -> str:  # company (innocent)
    b = [int(c) for c in (rng.choice(["77", "78", "50"]) + dig(7, False))]
    b.append(sum(a * w for a, w in zip(b, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    return "".join(map(str, b))


def ru_ogrn() -> str:  # company (innocent)
    b = "1" + rng.choice(["02", "03", "05", "11", "17"]) + f"{rng.randint(7700000000 // 100, 7799999999 // 100):08d}" + dig(1, False)
    b = b[:12]
    return b + str(int(b) % 11 % 10)


def ua_rnokpp() -> str:
    b = dig(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str(sum(int(c) * w[i] for i, c in enumerate(b)) % 11 % 10)


def hu_taj() -> str:
    b = dig(8)
    c = sum(int(ch) * (3 if i % 2 == 0 else 7) for i, ch in enumerate(b)) % 10
    x = b + str(c)
    return f"{x[:3]} {x[3:6]} {x[6:]}"


def bg_egn() -> str:
    y, m, d = rdate(1955, 1999)
    b = f"{y % 100:02d}{m:02d}{d:02d}{dig(3, False)}"
    c = sum(int(ch) * w for ch, w in zip(b, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return b + ("0" if c == 10 else str(c))


def rs_jmbg() -> str:
    y, m, d = rdate(1955, 1999)
    b = [int(c) for c in f"{d:02d}{m:02d}{y % 1000:03d}{rng.choice(['71', '80', '21'])}{rng.randint(0, 499):03d}"]
    s = sum(b[i] * w + b[i + 6] * w for i, w in enumerate([7, 6, 5, 4, 3, 2]))
    mm = 11 - s % 11
    return "".join(map(str, b)) + str(0 if mm > 9 else mm)


def mrz_digit(s: str) -> str:
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz_td3(state: str, surname: str, given: str, number: str, nat: str, dob: str, sex: str, exp: str,
            personal: str = "") -> tuple[str, str]:
    l1 = f"P<{state}{surname}<<{given.replace(' ', '<')}".ljust(44, "<")[:44]
    num = number.ljust(9, "<")
    pers = personal.ljust(14, "<")
    l2 = f"{num}{mrz_digit(num)}{nat}{dob}{mrz_digit(dob)}{sex}{exp}{mrz_digit(exp)}{pers}{mrz_digit(pers)}"
    comp = l2[0:10] + l2[13:20] + l2[21:43]
    return l1, l2 + mrz_digit(comp)


# --------------------------------------------------------------------------------------------
# bech32 / base58 (crypto keys, addresses)
# --------------------------------------------------------------------------------------------
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32(hrp: str, data5: list[int]) -> str:
    pm = _polymod(_hrp_expand(hrp) + data5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data5 + chk)


def bech32_bytes(hrp: str, raw: bytes) -> str:
    return bech32(hrp, _convertbits(raw, 8, 5))


def btc_bech32_addr() -> str:
    return bech32("bc", [0] + _convertbits(rbytes(20), 8, 5))


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def btc_wif() -> str:
    return b58check(b"\x80" + rbytes(32) + b"\x01")


def btc_legacy_addr() -> str:
    return b58check(b"\x00" + rbytes(20))


# --------------------------------------------------------------------------------------------
# key material
# --------------------------------------------------------------------------------------------
def _sshstr(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


def ssh_ed25519_pub(comment: str) -> str:
    blob = _sshstr(b"ssh-ed25519") + _sshstr(rbytes(32))
    return f"ssh-ed25519 {b64(blob)} {comment}"


def ssh_fingerprint() -> str:
    blob = _sshstr(b"ssh-ed25519") + _sshstr(rbytes(32))
    return "SHA256:" + b64(hashlib.sha256(blob).digest()).rstrip("=")


def ssh_rsa_pub(comment: str) -> str:
    n = b"\x00" + bytes([rng.randint(0xC0, 0xFF)]) + rbytes(255)
    blob = _sshstr(b"ssh-rsa") + _sshstr(b"\x01\x00\x01") + _sshstr(n)
    return f"ssh-rsa {b64(blob)} {comment}"


def openssh_ed25519_private(comment: str) -> str:
    pub = rbytes(32)
    seed = rbytes(32)
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    chk = rbytes(4)
    priv = chk + chk + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    body = (b"openssh-key-v1\0" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") + struct.pack(">I", 1)
            + _sshstr(pubblob) + _sshstr(priv))
    enc = b64(body)
    lines = [enc[i:i + 70] for i in range(0, len(enc), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def ec_private_pem() -> str:
    der = (bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
           + b"\x04" + rbytes(64))
    enc = b64(der)
    lines = [enc[i:i + 64] for i in range(0, len(enc), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"


def ed25519_pkcs8_pem() -> str:
    der = bytes.fromhex("302e020100300506032b657004220420") + rbytes(32)
    return "-----BEGIN PRIVATE KEY-----\n" + b64(der) + "\n-----END PRIVATE KEY-----"


def ec_pkcs8_pem() -> str:  # PKCS#8 P-256 key, as in App Store Connect .p8 files
    der = (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420") + rbytes(32)
           + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(64))
    enc = b64(der)
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(enc[i:i + 64] for i in range(0, len(enc), 64)) + "\n-----END PRIVATE KEY-----"


def rsa_pkcs8_b64() -> str:
    head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
    return b64(head + rbytes(1217 - len(head)))


def rsa_private_json_value() -> str:
    enc = rsa_pkcs8_b64()
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(enc[i:i + 64] for i in range(0, len(enc), 64)) + "\\n-----END PRIVATE KEY-----\\n"


def fake_cert_b64() -> str:
    der = bytes.fromhex("308203") + rbytes(2) + bytes.fromhex("308202") + rbytes(520)
    enc = b64(der)
    pem = "-----BEGIN CERTIFICATE-----\n" + "\n".join(enc[i:i + 64] for i in range(0, len(enc), 64)) + "\n-----END CERTIFICATE-----\n"
    return b64(pem.encode())


def wg_private() -> str:
    k = bytearray(rbytes(32))
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    return b64(bytes(k))


def wg_public() -> str:
    return b64(rbytes(32))


# --------------------------------------------------------------------------------------------
# tokens and credentials
# --------------------------------------------------------------------------------------------
def _b62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_token(prefix: str = "ghp_") -> str:
    body = rs(AN, 30)
    return prefix + body + _b62(zlib.crc32(body.encode()), 6)


def gh_fine() -> str:
    return "github_pat_11" + rs(UP + DI, 20) + "_" + rs(AN, 59)


def glpat() -> str:
    return "glpat-" + rs(AN + "-_", 20)


def aws_akid(prefix: str = "AKIA") -> str:
    return prefix + rs(UP + "234567", 16)


def aws_secret() -> str:
    return rs(AN + "+/", 40)


def aws_session_token() -> str:
    return "IQoJb3JpZ2luX2VjE" + rs(AN + "+/", 300) + "=="


def slack_bot() -> str:
    return f"xoxb-{dig(12)}-{dig(13)}-{rs(AN, 24)}"


def slack_user() -> str:
    return f"xoxp-{dig(12)}-{dig(12)}-{dig(13)}-{hexs(32)}"


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(UP + DI, 8)}/B{rs(UP + DI, 10)}/{rs(AN, 24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{dig(19)}/{rs(AN + '-_', 68)}"


def discord_bot() -> str:
    return f"{b64u(dig(18).encode())}.{rs(AN + '-_', 6)}.{rs(AN + '-_', 38)}"


def teams_hook() -> str:
    return (f"https://contoso.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/"
            f"{hexs(32)}/{uid()}/V2{rs(AN + '-_', 40)}")


def stripe_sk(mode: str = "live") -> str:
    return f"sk_{mode}_51{rs(AN, 97)}"


def stripe_rk() -> str:
    return f"rk_live_51{rs(AN, 97)}"


def stripe_pk() -> str:
    return f"pk_live_51{rs(AN, 97)}"


def whsec() -> str:
    return "whsec_" + rs(AN, 32)


def openai_key() -> str:
    return "sk-proj-" + rs(AN + "-_", 74) + "T3BlbkFJ" + rs(AN + "-_", 74)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(AN + "-_", 93) + "AA"


def google_key() -> str:
    return "AIza" + rs(AN + "-_", 35)


def gocspx() -> str:
    return "GOCSPX-" + rs(AN + "-_", 28)


def sendgrid() -> str:
    return f"SG.{rs(AN + '-_', 22)}.{rs(AN + '-_', 43)}"


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def npm_tok() -> str:
    return "npm_" + rs(AN, 36)


def pypi_tok() -> str:
    return "pypi-AgEIcHlwaS5vcmcCJ" + rs(AN + "-_", 150)


def hf_tok() -> str:
    return "hf_" + rs(UP + LO, 34)


def vault_tok() -> str:
    return "hvs.CAESI" + rs(AN + "-_", 86)


def do_tok() -> str:
    return "dop_v1_" + hexs(64)


def shopify_tok() -> str:
    return "shpat_" + hexs(32)


def telegram_tok() -> str:
    return f"{rng.randint(5000000000, 7999999999)}:AA{rs(AN + '-_', 33)}"


def jwt(payload: dict, alg: str = "HS256") -> str:
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(rbytes(32), f"{h}.{p}".encode(), hashlib.sha256).digest()
    return f"{h}.{p}.{b64u(sig)}"


def azure_storage_key() -> str:
    return b64(rbytes(64))


def azure_client_secret() -> str:
    return rs(AN, 3) + rs(DI, 1) + "Q~" + rs(AN + "_.~-", 34)


def totp_secret(n: int = 32) -> str:
    return rs(B32, n)


def pw(n: int = 16, sym: str = "!@#%^&*-_=+?") -> str:
    while True:
        p = rs(AN + sym, n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
            return p


_HW = ["Tiger", "Kaffee", "Verano", "mango", "Sakura", "Lampara", "Bosque", "Falcon", "Kiwi", "Zebra",
       "Mariposa", "Nordlicht", "Chai", "Paprika", "Orbit", "Pelican", "Jasmine", "Vulkan", "Koala", "Quokka"]


def human_pw() -> str:
    a, b = rng.sample(_HW, 2)
    style = rng.randint(0, 3)
    if style == 0:
        return f"{a}{rng.randint(1990, 2026)}{rng.choice('!#$%&*')}"
    if style == 1:
        return f"{a.lower()}-{b}-{rng.randint(10, 99)}"
    if style == 2:
        return f"{a}{rng.choice('@#!')}{b.lower()}{rng.randint(1, 9)}"
    return f"{a}{b}{rng.randint(100, 999)}{rng.choice('?!.')}"


def pin(n: int = 4) -> str:
    return rs(DI, n)


def gh_recovery() -> str:
    return f"{hexs(5)}-{hexs(5)}"


def django_key() -> str:
    return "django-insecure-" + rs(LO + DI + "!@#$%^&*(-_=+)", 50)


def datadog_api() -> str:
    return hexs(32)


# --------------------------------------------------------------------------------------------
# innocent look-alike helpers
# --------------------------------------------------------------------------------------------
def ups_tracking() -> str:
    body = rs(UP + DI, 15)
    s = 0
    for i, c in enumerate(body[1:] if False else body):
        v = int(c) if c.isdigit() else (ord(c) - 63) % 10
        s += v * (2 if i % 2 == 1 else 1)
    chk = (10 - s % 10) % 10
    return "1Z" + body + str(chk)


def s10_tracking(prefix: str = "RR", country: str = "GB") -> str:
    n = dig(8, False)
    s = sum(int(c) * w for c, w in zip(n, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = {10: 0, 11: 5}.get(c, c)
    return f"{prefix}{n}{c}{country}"


def ean13(prefix: str = "") -> str:
    b = prefix + dig(12 - len(prefix), False)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def isbn13() -> str:
    return ean13("978" + rng.choice(["0", "1", "3", "2", "4"]))


def pnr() -> str:
    return rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def ec2_id() -> str:
    return "i-0" + hexs(16)


def traceparent() -> str:
    return f"00-{hexs(32)}-{hexs(16)}-01"


def docker_digest() -> str:
    return "sha256:" + sha256h()


def sri(alg: str = "sha512") -> str:
    n = {"sha512": 64, "sha384": 48, "sha256": 32}[alg]
    return f"{alg}-{b64(rbytes(n))}"


def cursor_token(obj: dict) -> str:
    return b64(json.dumps(obj, separators=(",", ":")).encode())


def phone(cc: str, n: int) -> str:
    return f"+{cc} {dig(n)}"


# ============================================================================================
# ENGLISH — secrets
# ============================================================================================
_v = openai_key()
S("en", "sh", f"""$ export OPENAI_API_KEY={_v}
$ python eval/run_suite.py --model gpt-4o-mini --limit 50
loading 50 cases from eval/cases.jsonl
[1/50] refund_policy_basic ... ok (1.8s)
[2/50] refund_policy_edge ... ok (2.1s)""", _v)

_v = pw(18)
S("en", "env", f"""# apps/storefront/.env.production  (do NOT commit — added to .gitignore in 4c1e9a2)
NODE_ENV=production
NEXT_PUBLIC_SITE_URL=https://shop.brightlane.co
DATABASE_URL=postgresql://storefront:{_v}@pg-prod-1.internal.brightlane.co:5432/storefront?sslmode=require
REDIS_URL=redis://cache-1.internal:6379/0
LOG_LEVEL=info""", _v)

_v = stripe_sk()
S("en", "toml", f"""# settings/prod.toml
[server]
bind = "0.0.0.0:8080"
workers = 8

[payments]
provider = "stripe"
secret_key = "{_v}"
currency = "usd\"""", _v)

_v = aws_secret()
S("en", "ini", f"""Tool output (cat ~/.aws/credentials):
[default]
aws_access_key_id = {aws_akid()}
aws_secret_access_key = {_v}
region = us-east-2

[sandbox]
sso_session = acme-sso
sso_account_id = 410928337152""", _v)

_dd = hexs(32)
S("en", "hcl", f"""provider "datadog" {{
  api_key = "{_dd}"
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}}

resource "datadog_monitor" "p95_latency" {{
  name = "checkout p95 > 800ms"
  type = "metric alert"
}}""", _dd)

_v = pw(20)
S("en", "k8s", f"""apiVersion: v1
kind: Secret
metadata:
  name: grafana-admin
  namespace: observability
type: Opaque
stringData:
  admin-user: admin
  admin-password: "{_v}\"""", _v)

_ec = ec_private_pem()
_v = b64((_ec + "\n").encode())
S("en", "k8s", f"""kubectl get secret api-tls -n edge -o yaml
apiVersion: v1
data:
  tls.crt: {fake_cert_b64()[:120]}
  tls.key: {_v}
kind: Secret
metadata:
  name: api-tls
type: kubernetes.io/tls""", _v)

_v = pw(24, "")
S("en", "helm", f"""# values-prod.yaml for bitnami/redis 18.x
architecture: replication
auth:
  enabled: true
  password: {_v}
master:
  persistence:
    size: 20Gi
replica:
  replicaCount: 2""", _v)

_v = pw(14, "!#%")
S("en", "compose", f"""services:
  db:
    image: mysql:8.0.36
    restart: unless-stopped
    environment:
      MYSQL_ROOT_PASSWORD: "{_v}"
      MYSQL_DATABASE: wordpress
    volumes:
      - db_data:/var/lib/mysql""", _v)

_v = npm_tok()
S("en", "ci", f"""  publish:
    runs-on: ubuntu-latest
    needs: [test]
    steps:
      - uses: actions/checkout@v4
      - run: echo "//registry.npmjs.org/:_authToken={_v}" > ~/.npmrc
      - run: npm publish --access public""", _v)

_v = pw(12, "")
S("en", "ansible", f"""# inventories/prod/group_vars/dbservers.yml
postgresql_version: 15
ansible_user: deploy
ansible_become: true
ansible_become_password: {_v}
postgresql_listen_addresses: "10.20.0.0/16\"""", _v)

_v = b64(f"metrics:{pw(16, '')}".encode())
S("en", "nginx", f"""location /upstream-metrics/ {{
    proxy_pass http://10.0.3.17:9100/metrics;
    proxy_set_header Authorization "Basic {_v}";
    proxy_set_header Host $host;
    access_log off;
}}""", _v)

_v = rs(AN, 40)
S("en", "apache", f"""<VirtualHost *:443>
    ServerName legacy-api.harborfreight-demo.net
    SetEnv PAYMENT_GATEWAY_SECRET {_v}
    SetEnv APP_ENV production
    DocumentRoot /var/www/legacy/public
</VirtualHost>""", _v)

_v = vault_tok()
S("en", "systemd", f"""# /etc/systemd/system/consul-template.service
[Unit]
Description=consul-template
After=network-online.target

[Service]
Environment="VAULT_ADDR=https://vault.service.consul:8200"
Environment="VAULT_TOKEN={_v}"
ExecStart=/usr/local/bin/consul-template -config=/etc/consul-template.d
Restart=on-failure""", _v)

_v = anthropic_key()
S("en", "nb", f"""In [3]:
import anthropic
client = anthropic.Anthropic(api_key="{_v}")
resp = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=512,
                              messages=[{{"role": "user", "content": prompt}}])
print(resp.content[0].text[:200])""", _v)

_v = pw(16, "")
S("en", "sql", f"""-- migrations/20240611_0042_reporting_role.sql
CREATE ROLE reporting_ro LOGIN PASSWORD '{_v}';
GRANT CONNECT ON DATABASE analytics TO reporting_ro;
GRANT USAGE ON SCHEMA public TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting_ro;""", _v)

_v = us_ssn()
S("en", "sql", f"""INSERT INTO `employees` (`id`,`first_name`,`last_name`,`ssn`,`hire_date`,`dept_id`) VALUES
(1041,'Marcus','Whitfield','{_v}','2019-03-11',7);
-- dump generated by mysqldump 8.0.35 on 2024-05-02 03:00:01""", _v)

_v = jwt({"sub": "usr_8812", "email": "d.okafor@fieldline.io", "role": "admin", "iat": 1718200000, "exp": 1718286400})
S("en", "log", f"""2024-06-12T14:07:31.442Z DEBUG http.client outgoing request
  POST https://api.fieldline.io/v2/projects/417/members
  headers: {{"Content-Type": "application/json", "Authorization": "Bearer {_v}"}}
2024-06-12T14:07:31.918Z DEBUG http.client 201 Created (476ms)""", _v)

_v = pw(15, "")
S("en", "trace", f"""Traceback (most recent call last):
  File "/srv/etl/jobs/nightly.py", line 88, in main
    conn = psycopg2.connect(DSN)
  File "/usr/lib/python3/dist-packages/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
psycopg2.OperationalError: connection to server at "10.12.0.5", port 5432 failed: timeout expired
  (dsn was: host=10.12.0.5 port=5432 dbname=warehouse user=etl password={_v} connect_timeout=5)""", _v)

_v = rs(LO + DI, 32)
S("en", "http", f"""GET /admin/orders?status=pending HTTP/1.1
Host: backoffice.lumenfarm.com
User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)
Accept: text/html
Cookie: csrftoken=Yp3; sessionid={_v}; django_language=en""", _v)

_v = rs(AN, 32)
S("en", "har", f"""{{"request": {{"method": "GET", "url": "https://api.weatherstack-pro.com/v3/forecast?city=Leeds",
  "headers": [
    {{"name": "Accept", "value": "application/json"}},
    {{"name": "X-Api-Key", "value": "{_v}"}},
    {{"name": "User-Agent", "value": "okhttp/4.12.0"}}
  ]}}, "response": {{"status": 200, "bodySize": 5120}}}}""", _v)

_v = human_pw()
S("en", "curl", f"""curl -sS -u ci-bot:{_v} \\
  -X POST "https://jenkins.int.corvid.dev/job/release-pipeline/buildWithParameters" \\
  --data-urlencode "VERSION=3.8.1" --data-urlencode "DRY_RUN=false\"""", _v)

_v = stripe_rk()
S("en", "sdk", f"""// internal/billing/client.go
func init() {{
	// TODO(ops): move to secret manager before GA
	stripe.Key = "{_v}"
	stripe.DefaultLeveledLogger = &stripe.LeveledLogger{{Level: stripe.LevelWarn}}
}}""", _v)

_v = aws_secret()
S("en", "sdk", f"""AWSCredentials creds = new BasicAWSCredentials(
        "{aws_akid()}",
        "{_v}");
AmazonS3 s3 = AmazonS3ClientBuilder.standard()
        .withRegion(Regions.EU_WEST_1)
        .withCredentials(new AWSStaticCredentialsProvider(creds))
        .build();""", _v)

_v = pw(16, "")
S("en", "mobile", f"""# android/gradle.properties
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
RELEASE_STORE_FILE=upload-keystore.jks
RELEASE_KEY_ALIAS=upload
RELEASE_STORE_PASSWORD={_v}
RELEASE_KEY_PASSWORD={_v}""", _v)

_v = ec_pkcs8_pem()
S("en", "mobile", f"""fastlane/api_key.json was written by the agent as:
{{"key_id": "7QX2M4PLKD", "issuer_id": "{uid()}", "key": "{_v.replace(chr(10), chr(92) + 'n')}", "in_house": false}}""",
  _v.replace("\n", "\\n"))

_v = pw(12, "")
S("en", "game", f"""// cfg/server.cfg  — CS2 community server #3
hostname "Frag Palace | 128 tick | EU"
sv_lan 0
rcon_password "{_v}"
sv_password ""
mp_autoteambalance 1
tv_enable 1""", _v)

_v = pw(10, "")
S("en", "game", f"""#Minecraft server properties
#Sat Jun 15 11:20:04 UTC 2024
enable-rcon=true
rcon.port=25575
rcon.password={_v}
motd=\\u00A7aBlocky Bunch SMP
max-players=40
online-mode=true""", _v)

_v = rs(AN + "-_", 43)
S("en", "email", f"""From: Drift Support <no-reply@driftapp.io>
To: kelsey.marr@proton.me
Subject: Reset your Drift password
Date: Tue, 11 Jun 2024 09:14:55 +0000
Message-ID: <{hexs(24)}@mailer.driftapp.io>

Someone asked to reset your password. Use this link within 30 minutes:
https://app.driftapp.io/account/reset?token={_v}&uid=88410""", _v)

_v = human_pw()
S("en", "chat", f"""#ops-oncall  02:14  @raj: prod redis is refusing writes again, I'm on the box
#ops-oncall  02:15  @raj: for whoever picks this up — AUTH pass is {_v} (yes I know, rotating tomorrow)
#ops-oncall  02:21  @mei: ack, looking at maxmemory-policy""", _v)

_v = rs(AN, 40)
S("en", "tool", f"""{{"tool": "http_request", "arguments": {{"method": "POST", "url": "https://api.cloudflare.com/client/v4/zones/{hexs(32)}/purge_cache",
  "headers": {{"Authorization": "Bearer {_v}", "Content-Type": "application/json"}},
  "body": {{"purge_everything": true}}}}}}""", _v)

_v = gh_token()
S("en", "note", f"""Thought: the user pasted a classic PAT ({_v}) so I can push the fix branch.
It has repo scope. I'll set it only for this command via GIT_ASKPASS and never write it to disk,
then remind them to revoke it once the PR is merged.""", _v)

_v = gh_recovery()
S("en", "user", f"""I'm locked out of GitHub after my phone died. I still have the recovery codes printout —
first unused one is {_v}. Can you walk me through the recovery flow so I can re-enroll a new authenticator?""", _v)

_v = dig(6, False)
S("en", "log", f"""[e2e] 2024-06-12 10:41:09 sms-sink received message to +15005550006:
[e2e]   "Your Nimbus verification code is {_v}. It expires in 10 minutes. Don't share it."
[e2e] 2024-06-12 10:41:09 typing code into #otp-input
[e2e] 2024-06-12 10:41:11 login flow OK (2.3s)""", _v)

_v = card("5", 16)
_v = "5" + str(rng.randint(1, 5)) + _v[2:-1]
_v = _v + luhn_digit(_v)
S("en", "log", f"""WARN  [checkout-svc] payment request rejected by gateway, dumping payload for debugging
{{"amount": 4999, "currency": "USD", "card_number": "{_v}", "exp_month": 11, "exp_year": 2027, "zip": "60614"}}
WARN  [checkout-svc] gateway error: do_not_honor""", _v)

_v = dig(3, False)
S("en", "user", f"""ok the corporate card for the AWS account is the Amex ending 31009, exp 04/27.
they want the 4-digit CID on the front? no wait it's asking for security code, the one on the back says {_v}
can you just finish the billing update form with that""", _v)

_v = mod97_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + dig(6) + dig(8, False))
S("en", "tool", f"""Tool result (read_csv payroll/2024-06.csv, first rows):
employee_id,name,iban,gross,net
E-0193,Priya Raman,{grp(_v)},4250.00,3311.27
E-0194,Tom Ellery,<missing>,3900.00,3052.10""", grp(_v))

_l1, _l2 = mrz_td3("GBR", "HARTLEY", "JONATHAN PAUL", dig(9), "GBR", "870914", "M", "310522")
S("en", "tool", f"""ocr_passport(image="uploads/kyc/44812/front.jpg") ->
  confidence: 0.97
  mrz:
    {_l1}
    {_l2}""", _l2)

_v = us_ssn()
S("en", "http", f"""HTTP/1.1 200 OK
Content-Type: application/json
X-Request-Id: {uid()}

{{"employee": {{"id": 5521, "name": "Angela Ruiz", "ssn": "{_v}", "w4_status": "single", "state": "TX"}}}}""", _v)

_v = dig(4, False) + "#"
S("en", "chat", f"""heads up for tomorrow's rack swap at EQX-DC2: cage 0417, badge in at the east lobby,
cage door code is {_v}. Loading dock closes at 5pm. Bring your own T25 torx.""", _v)

_v = dig(6, False)
S("en", "user", f"""Before you deploy to the lab mini-PC: the office alarm goes off if the side door is opened after 7pm.
If it starts beeping, disarm on the keypad by the door with {_v} then press OFF.""", _v)

_v = "input drip grid coach grief cash electric hover sea cream side habit"
S("en", "user", f"""For the mainnet deploy script use the deployer wallet. Here's its recovery phrase, please put it in the
HSM import step, not in the repo:
{_v}""", _v)

_v = wg_private()
S("en", "ini", f"""# /etc/wireguard/wg0.conf on bastion-2
[Interface]
Address = 10.44.0.1/24
ListenPort = 51820
PrivateKey = {_v}

[Peer]
PublicKey = {wg_public()}
AllowedIPs = 10.44.0.2/32""", _v)

_v = openssh_ed25519_private("deploy@ci-runner-07")
S("en", "sh", f"""runner@ci-07:~$ cat ~/.ssh/id_ed25519
{_v}
runner@ci-07:~$ """, _v)

_v = ec_private_pem()
S("en", "sh", f"""cat > /etc/ssl/private/webhook-signing.pem <<'EOF'
{_v}
EOF
chmod 600 /etc/ssl/private/webhook-signing.pem""", _v)

_v = azure_storage_key()
S("en", "env", f"""AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=stmediaprodweu01;AccountKey={_v};EndpointSuffix=core.windows.net"
MEDIA_CONTAINER=uploads
THUMBNAIL_WIDTH=320""", _v)

_v = slack_hook()
S("en", "yaml", f"""# alertmanager.yml
route:
  receiver: slack-sre
  group_by: [alertname, cluster]
receivers:
  - name: slack-sre
    slack_configs:
      - api_url: {_v}
        channel: "#sre-alerts"
        send_resolved: true""", _v)

_v = discord_hook()
S("en", "game", f"""# Valheim server-manager config.yml
server_name: "Vikings Anonymous"
world: Midgard2
backup_interval_minutes: 30
notify:
  on_player_join: true
  discord_webhook: "{_v}\"""", _v)

_v = teams_hook()
S("en", "sdk", f"""# scripts/notify-release.ps1
$uri = "{_v}"
$body = @{{ text = "Release $env:BUILD_NUMBER deployed to prod" }} | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType 'application/json'""", _v)

_v = glpat()
S("en", "sh", f"""$ git remote -v
origin	https://oauth2:{_v}@gitlab.com/tessellate-labs/render-farm.git (fetch)
origin	https://oauth2:{_v}@gitlab.com/tessellate-labs/render-farm.git (push)
$ git push origin fix/gpu-oom""", _v)

_v = gh_token("gho_")
S("en", "sh", f"""agent ran: cat ~/.git-credentials
https://octo-ci:{_v}@github.com
agent ran: git config --global credential.helper
store""", _v)

_v = b64(f"buildbot:{gh_token('ghp_')}".encode())
S("en", "json", f"""~/.docker/config.json
{{
  "auths": {{
    "ghcr.io": {{
      "auth": "{_v}"
    }}
  }},
  "credsStore": ""
}}""", _v)

_v = pypi_tok()
S("en", "ini", f"""# ~/.pypirc
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = {_v}""", _v)

_v = hexs(32)
S("en", "sdk", f"""// notify.js
const twilio = require('twilio');
const client = twilio('{twilio_sid()}', '{_v}');
await client.messages.create({{ body: `Build ${{process.env.BUILD_ID}} failed`, from: '+13105550143', to: oncall }});""", _v)

_v = sendgrid()
S("en", "sdk", f"""<?php
// legacy/contact-form/send.php
$email = new \\SendGrid\\Mail\\Mail();
$email->setFrom("forms@oakridgevet.com", "Oakridge Vet");
$email->addTo($_POST['email']);
$sendgrid = new \\SendGrid('{_v}');
$response = $sendgrid->send($email);""", _v)

_v = f"{hexs(32)}-us21"
S("en", "env", f"""MAILCHIMP_API_KEY={_v}
MAILCHIMP_AUDIENCE_ID=8c2f1e7d4a
NEWSLETTER_FROM=hello@tinyorchard.shop""", _v)

_v = hexs(128)
S("en", "sh", f"""irb(main):001> Rails.application.secret_key_base
=> "{_v}"
irb(main):002> Rails.env
=> "production\"""", _v)

_v = django_key()
S("en", "sdk", f"""# config/settings/base.py
from pathlib import Path
BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = '{_v}'
DEBUG = False
ALLOWED_HOSTS = ["portal.meadowclinic.org"]""", _v)

_v = b64(rbytes(48))
S("en", "env", f"""# auth-service/.env
PORT=4000
JWT_SECRET={_v}
JWT_EXPIRES_IN=15m
REFRESH_TTL_DAYS=30""", _v)

_v = whsec()
S("en", "log", f"""INFO  config loaded: {{"stripe": {{"mode": "live", "webhook_secret": "{_v}", "api_version": "2024-04-10"}}, "port": 8443}}
INFO  listening on :8443""", _v)

_v = totp_secret()
S("en", "tool", f"""decode_qr(path="screenshots/2fa-setup.png") returned:
otpauth://totp/Backblaze:ops%40kitewire.io?secret={_v}&issuer=Backblaze&algorithm=SHA1&digits=6&period=30""", _v)

_v = gocspx()
S("en", "json", f"""client_secret_912553770471.json:
{{"web": {{"client_id": "912553770471-{rs(LO + DI, 32)}.apps.googleusercontent.com", "project_id": "ledgerly-prod",
 "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
 "client_secret": "{_v}", "redirect_uris": ["https://app.ledgerly.io/oauth/callback"]}}}}""", _v)

_v = rsa_private_json_value()
S("en", "json", f"""{{"type": "service_account", "project_id": "hollow-birch-318204", "private_key_id": "{hexs(40)}", "private_key": "{_v}", "client_email": "bq-loader@hollow-birch-318204.iam.gserviceaccount.com"}}""", _v)

_v = aws_session_token()
S("en", "sh", f"""$ aws sts assume-role --role-arn arn:aws:iam::508921744310:role/deploy --role-session-name gha
{{
    "Credentials": {{
        "AccessKeyId": "{aws_akid('ASIA')}",
        "SecretAccessKey": "{aws_secret()}",
        "SessionToken": "{_v}",
        "Expiration": "2024-06-12T16:02:44+00:00"
    }}
}}""", _v)

_v = telegram_tok()
S("en", "sdk", f"""from telegram.ext import ApplicationBuilder, CommandHandler
# deploy-status bot for #releases
app = ApplicationBuilder().token("{_v}").build()
app.add_handler(CommandHandler("status", status))
app.run_polling()""", _v)

_v = hf_tok()
S("en", "sh", f"""(venv) gpu-box:~/finetune$ HF_TOKEN={_v} accelerate launch train.py --config configs/lora-8b.yaml
[2024-06-12 11:02:17] Loading checkpoint shards: 100%|██████████| 4/4
[2024-06-12 11:02:40] trainable params: 41,943,040 || all params: 8,072,204,288""", _v)

_v = b64(rbytes(33))
S("en", "sh", f"""$ vault operator init -key-shares=3 -key-threshold=2
Unseal Key 1: {_v}
Initial Root Token: <stored separately>

Vault initialized with 3 key shares and a key threshold of 2.""", _v)

_v = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
          "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:ci:deployer"}, "RS256")
S("en", "k8s", f"""# kubeconfig-ci.yaml
apiVersion: v1
kind: Config
clusters:
- cluster: {{server: "https://10.96.0.1:6443", insecure-skip-tls-verify: true}}
  name: prod
users:
- name: deployer
  user:
    token: {_v}""", _v)

_v = pw(20, "")
S("en", "sh", f"""~$ history | tail -4
  501  ssh cache-prod-2
  502  redis-cli -h 10.8.1.22 -p 6379 -a '{_v}' --no-auth-warning INFO memory
  503  redis-cli -h 10.8.1.22 -p 6379 -a '{_v}' --no-auth-warning CONFIG GET maxmemory
  504  exit""", _v)

_v = pw(16, "")
S("en", "sdk", f"""const uri = "mongodb+srv://app_rw:{_v}@cluster0.x7qpe.mongodb.net/ticketing?retryWrites=true&w=majority";
const client = new MongoClient(uri);
await client.connect();""", _v)

_v = uk_nhs()
S("en", "tool", f"""fetch_patient_summary(id=77812) ->
{{"name": "Eleanor Briggs", "dob": "1949-02-17", "nhs_number": "{_v}", "gp_practice": "Y03124", "allergies": ["penicillin"]}}""", _v)

_v = ca_sin()
S("en", "user", f"""new hire onboarding for Dana Kowalchuk starts Monday in the Winnipeg office. her SIN is {_v},
start date 2024-07-02, salary band P3. please create the payroll record in ADP and the Okta account""", _v)

_v = "Pickles McGillicuddy"
S("en", "note", f"""While creating the registrar account for the client's domain, the form required a security question.
Client chose "Name of your first pet?" and asked me to use the answer {_v}. I entered it and told them to
store it in their password manager.""", _v)

_v = dig(6, False)
S("en", "chat", f"""device lab reminder: the shared test iPhone 13 (asset DL-0442) passcode is {_v} — please don't change it,
the Appium jobs unlock it automatically. The Pixel 7 has no lock.""", _v)

_v = uid()
S("en", "ini", f"""# ~/.netrc on build-03
machine api.heroku.com
  login release-bot@cobaltpine.com
  password {_v}
machine git.heroku.com
  login release-bot@cobaltpine.com
  password {_v}""", _v)

_v = bech32_bytes("age-secret-key-", rbytes(32)).upper()
S("en", "sh", f"""$ cat ~/.config/sops/age/keys.txt
# created: 2024-05-30T08:11:52Z
# public key: {bech32_bytes("age", rbytes(32))}
{_v}""", _v)

_v = btc_wif()
S("en", "sdk", f"""# sweep_faucet.py — testing against mainnet with tiny amounts only
from bit import Key
key = Key("{_v}")
print(key.address, key.get_balance("btc"))""", _v)

_v = hexs(64)
S("en", "sdk", f"""// hardhat.config.ts
const config: HardhatUserConfig = {{
  solidity: "0.8.24",
  networks: {{
    base: {{ url: "https://mainnet.base.org", accounts: ["0x{_v}"] }},
  }},
}};""", _v)

_v = do_tok()
S("en", "yaml", f"""# ~/.config/doctl/config.yaml
access-token: {_v}
context: default
output: text""", _v)

_v = slack_bot()
S("en", "trace", f"""slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)
The server responded with: {{'ok': False, 'error': 'channel_not_found'}}
  request headers: {{'Authorization': 'Bearer {_v}', 'Content-Type': 'application/json;charset=utf-8'}}""", _v)

_v = google_key()
S("en", "curl", f"""curl "https://maps.googleapis.com/maps/api/geocode/json?address=221B+Baker+Street,+London&key={_v}"
{{
   "results" : [ {{ "formatted_address" : "221B Baker St, London NW1 6XE, UK" }} ],
   "status" : "OK"
}}""", _v)

_v = pw(18)
S("en", "summary", f"""Summary of session: migrated the staging MySQL to RDS. New master user is `admin_stg`, password `{_v}`
(user asked me to note it here until they set up Secrets Manager). Endpoint: stg-db.cluster-c8kq2.eu-central-1.rds.amazonaws.com.
Remaining: update app config, drop old VM on Friday.""", _v)

_v = dig(6, False)
S("en", "user", f"""the bank's portal wants me to approve the new API client. it texted me {_v} — paste that into the
consent page for me please, the window times out in 2 minutes""", _v)

_v = pin(4)
S("en", "note", f"""Lesson learned: the YubiHSM on the signing server locks after 3 wrong PIN attempts. The ops PIN for the
release signer is {_v}; I mistyped it once because the numpad was off. Use the keyboard row next time.""", _v)

_v = f"key-{hexs(32)}"
S("en", "sh", f"""$ curl -s --user 'api:{_v}' https://api.eu.mailgun.net/v3/mg.pinecrest.app/events?limit=1 | jq '.items[0].event'
"delivered\"""", _v)

_v = "sntrys_" + b64u(json.dumps({"iat": 1718190000, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "pinecrest"}).encode()) + "_" + rs(AN, 43)
S("en", "ci", f"""# .gitlab-ci.yml
upload_sourcemaps:
  stage: release
  image: getsentry/sentry-cli:2.31.0
  variables:
    SENTRY_AUTH_TOKEN: "{_v}"
    SENTRY_ORG: pinecrest
  script:
    - sentry-cli sourcemaps upload --release "$CI_COMMIT_SHA" dist/""", _v)

_v = pw(11, "")
S("en", "sh", f"""$ mysql -h 127.0.0.1 -P 3307 -u root -p{_v} -e "SHOW SLAVE STATUS\\G" | grep -E 'Running|Behind'
mysql: [Warning] Using a password on the command line interface can be insecure.
             Slave_IO_Running: Yes
            Slave_SQL_Running: Yes
        Seconds_Behind_Master: 0""", _v)

_v = card("4", 16)
S("en", "sql", f"""sqlite> SELECT id, holder, pan, exp FROM legacy_cards WHERE migrated = 0 LIMIT 1;
id|holder|pan|exp
3381|GREGORY T NASH|{_v}|08/26
sqlite> -- TODO: this table must be tokenized and dropped (PCI finding #12)""", _v)


# ============================================================================================
# ENGLISH — innocent look-alikes
# ============================================================================================
_h = [sha1h() for _ in range(5)]
I("en", "sh", f"""$ git log --oneline -5
{_h[0][:7]} (HEAD -> main, origin/main) rotate staging API token via terraform, remove old var
{_h[1][:7]} chore(deps): bump jsonwebtoken from 9.0.0 to 9.0.2
{_h[2][:7]} fix: don't log Authorization header in request middleware
{_h[3][:7]} docs: explain how to set STRIPE_SECRET_KEY locally
{_h[4][:7]} Merge pull request #412 from tessellate/password-reset-ux""")

I("en", "sh", f"""$ sha256sum -c SHA256SUMS
{sha256h()}  vaultwarden-1.30.5-linux-amd64.tar.gz: OK
$ cat SHA256SUMS
{sha256h()}  vaultwarden-1.30.5-linux-amd64.tar.gz
{sha256h()}  vaultwarden-1.30.5-linux-arm64.tar.gz""")

I("en", "sh", f"""$ docker images --digests | head -4
REPOSITORY                 TAG       DIGEST                                                                    IMAGE ID       SIZE
ghcr.io/pinecrest/api      2.14.0    {docker_digest()}   {hexs(12)}   184MB
ghcr.io/pinecrest/worker   2.14.0    {docker_digest()}   {hexs(12)}   201MB
postgres                   16.3      {docker_digest()}   {hexs(12)}   432MB""")

I("en", "env", """# .env.example — copy to .env and fill in real values (never commit .env)
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_dev
STRIPE_SECRET_KEY=sk_test_replace_me
STRIPE_WEBHOOK_SECRET=whsec_...
OPENAI_API_KEY=<your-openai-key>
SESSION_SECRET=change-this-to-a-long-random-string
SMTP_PASSWORD=""")

I("en", "k8s", """        env:
          - name: DB_PASSWORD
            valueFrom:
              secretKeyRef:
                name: orders-db-credentials
                key: password
          - name: API_TOKEN
            valueFrom:
              secretKeyRef: {name: partner-api, key: token, optional: false}
          - name: LOG_LEVEL
            value: info""")

I("en", "k8s", f"""$ kubectl get configmap kube-root-ca.crt -n default -o yaml
apiVersion: v1
binaryData:
  ca.crt.b64: {fake_cert_b64()[:160]}
kind: ConfigMap
metadata:
  name: kube-root-ca.crt
  uid: {uid()}
  resourceVersion: "{dig(6)}\"""")

I("en", "helm", """auth:
  enabled: true
  # password is read from the existing secret below; leave empty here
  password: ""
  existingSecret: redis-auth
  existingSecretPasswordKey: redis-password
tls:
  enabled: true
  existingSecret: redis-tls
  certFilename: tls.crt
  certKeyFilename: tls.key""")

I("en", "compose", """services:
  postgres:
    image: postgres:16.3-alpine
    environment:
      POSTGRES_USER: ${POSTGRES_USER:-app}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}
      POSTGRES_DB: app
    secrets:
      - pg_password
secrets:
  pg_password:
    file: ./secrets/pg_password.txt""")

I("en", "ci", f"""    steps:
      - uses: actions/checkout@{sha1h()} # v4.1.7
      - uses: actions/setup-node@{sha1h()} # v4.0.3
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm publish --provenance
        env:
          NODE_AUTH_TOKEN: ${{{{ secrets.NPM_TOKEN }}}}""")

_vault = "\n".join("          " + hexs(80) for _ in range(4))
I("en", "ansible", f"""# group_vars/all/vault.yml (encrypted with ansible-vault, safe to commit)
db_admin_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
{_vault}
          {hexs(40)}""")

I("en", "yaml", f"""# secrets.enc.yaml (SOPS, age recipients in .sops.yaml)
stripe:
    secret_key: ENC[AES256_GCM,data:{b64(rbytes(60))},iv:{b64(rbytes(32))},tag:{b64(rbytes(16))},type:str]
sops:
    age:
        - recipient: {bech32_bytes("age", rbytes(32))}
    lastmodified: "2024-06-03T09:21:44Z"
    mac: ENC[AES256_GCM,data:{b64(rbytes(64))},iv:{b64(rbytes(32))},tag:{b64(rbytes(16))},type:str]
    version: 3.8.1""")

I("en", "hcl", f"""resource "random_password" "db" {{
  length  = 32
  special = true
}}

resource "aws_db_instance" "orders" {{
  identifier          = "orders-prod"
  engine_version      = "16.3"
  username            = "orders_admin"
  password            = random_password.db.result
  kms_key_id          = "arn:aws:kms:eu-west-1:{dig(12)}:key/{uid()}"
}}""")

I("en", "hcl", f"""Terraform will perform the following actions:
  # aws_instance.bastion will be updated in-place
  ~ resource "aws_instance" "bastion" {{
        id                     = "{ec2_id()}"
      ~ ami                    = "ami-0{hexs(16)}" -> "ami-0{hexs(16)}"
      ~ user_data              = (sensitive value)
        vpc_security_group_ids = ["sg-0{hexs(16)}"]
    }}
Plan: 0 to add, 1 to change, 0 to destroy.""")

I("en", "nginx", """server {
    listen 443 ssl http2;
    server_name status.pinecrest.app;
    ssl_certificate     /etc/letsencrypt/live/status.pinecrest.app/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/status.pinecrest.app/privkey.pem;
    ssl_session_tickets off;
    add_header Strict-Transport-Security "max-age=63072000" always;
    auth_basic "restricted";
    auth_basic_user_file /etc/nginx/.htpasswd;
}""")

I("en", "systemd", """[Service]
Type=simple
User=ledger
EnvironmentFile=/etc/ledger/ledger.env
LoadCredential=db-password:/etc/credstore/ledger-db-password
ExecStart=/opt/ledger/bin/ledger serve --db-password-file=${CREDENTIALS_DIRECTORY}/db-password
Restart=always
NoNewPrivileges=yes""")

I("en", "nb", f"""Out[12]:
   model_id                                   sha256_prefix      params   eval_acc
0  {hexs(40)}   {hexs(16)}   7.2B     0.712
1  {hexs(40)}   {hexs(16)}   7.2B     0.734
2  {hexs(40)}   {hexs(16)}   13B      0.761""")

I("en", "sql", """-- V42__api_tokens.sql
CREATE TABLE api_tokens (
    id            BIGSERIAL PRIMARY KEY,
    user_id       BIGINT NOT NULL REFERENCES users(id),
    token_prefix  VARCHAR(8) NOT NULL,           -- first chars, for display only
    token_hash    CHAR(64) NOT NULL UNIQUE,      -- sha256 of the secret, never the secret
    last_used_at  TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ
);
ALTER TABLE users ADD COLUMN password_changed_at TIMESTAMPTZ;""")

I("en", "sql", f"""INSERT INTO orders (order_no, customer_id, card_brand, card_last4, total_cents, tracking_no, created_at) VALUES
('ORD-2024-{dig(6)}', {dig(5)}, 'visa', '4417', 12999, '{ups_tracking()}', '2024-06-01 10:22:13'),
('ORD-2024-{dig(6)}', {dig(5)}, 'mastercard', '0093', 4550, '{ups_tracking()}', '2024-06-01 10:25:40'),
('ORD-2024-{dig(6)}', {dig(5)}, 'amex', '1005', 88000, NULL, '2024-06-01 10:31:02');""")

I("en", "log", f"""10.0.4.18 - - [12/Jun/2024:13:55:02 +0000] "POST /api/v1/auth/token HTTP/1.1" 401 64 "-" "python-requests/2.32.3" rt=0.012 req_id={uid()}
10.0.4.18 - - [12/Jun/2024:13:55:04 +0000] "POST /api/v1/auth/token HTTP/1.1" 200 812 "-" "python-requests/2.32.3" rt=0.087 req_id={uid()}
10.0.4.22 - - [12/Jun/2024:13:55:05 +0000] "GET /api/v1/reports/{uid()} HTTP/1.1" 200 20433 "-" "Go-http-client/2.0" rt=0.311""")

I("en", "log", f"""{{"ts":"2024-06-12T09:01:44.120Z","level":"info","msg":"token refreshed","trace_id":"{hexs(32)}","span_id":"{hexs(16)}","expires_in":3600}}
{{"ts":"2024-06-12T09:01:44.318Z","level":"warn","msg":"password reset requested for unknown email","trace_id":"{hexs(32)}","span_id":"{hexs(16)}"}}
{{"ts":"2024-06-12T09:01:45.002Z","level":"info","msg":"outbound call","traceparent":"{traceparent()}"}}""")

I("en", "trace", f"""Exception in thread "pool-3-thread-7" java.lang.IllegalStateException: Token store not initialised
	at com.pinecrest.auth.TokenStore.get(TokenStore.java:88)
	at com.pinecrest.auth.AuthFilter.doFilter(AuthFilter.java:51)
	at org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)
	Suppressed: cache miss for key session:{uid()} (store=com.pinecrest.cache.RedisStore@{hexs(8)})""")

I("en", "trace", f"""panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x{hexs(6)}]

goroutine 41 [running]:
github.com/pinecrest/gateway/internal/authz.(*Verifier).Verify(0x0, {{0xc000{hexs(6)}, 0x24}})
	/src/internal/authz/verify.go:73 +0x{hexs(2)}
created by net/http.(*Server).Serve in goroutine 1
	/usr/local/go/src/net/http/server.go:3285 +0x4b4""")

I("en", "http", f"""HTTP/2 200
content-type: application/json
etag: W/"{hexs(32)}"
x-amz-cf-id: {b64u(rbytes(42))}==
x-amz-cf-pop: LHR61-P3
x-request-id: {uid()}
cache-control: private, max-age=0""")

I("en", "har", f"""{{"response": {{"status": 200, "headers": [
  {{"name": "x-amz-request-id", "value": "{rs(UP + DI, 16)}"}},
  {{"name": "x-amz-id-2", "value": "{b64(rbytes(57))}"}},
  {{"name": "x-amz-version-id", "value": "{rs(AN + '._', 32)}"}},
  {{"name": "content-md5", "value": "{b64(rbytes(16))}"}}
], "content": {{"size": 48211, "mimeType": "image/webp"}}}}}}""")

I("en", "curl", """curl -sS https://api.github.com/repos/pinecrest/gateway/actions/runs?per_page=3 \\
  -H "Accept: application/vnd.github+json" \\
  -H "Authorization: Bearer $GITHUB_TOKEN" \\
  -H "X-GitHub-Api-Version: 2022-11-28" | jq '.workflow_runs[].conclusion'""")

I("en", "sdk", f"""import boto3, os
# credentials come from the instance profile; nothing hardcoded here
sts = boto3.client("sts", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
ident = sts.get_caller_identity()
print(ident["Arn"])   # arn:aws:sts::{dig(12)}:assumed-role/etl-runner/{ec2_id()}""")

I("en", "mobile", f"""<key>CFBundleIdentifier</key>
<string>app.pinecrest.ios</string>
<key>CFBundleShortVersionString</key>
<string>4.12.0</string>
<key>CFBundleVersion</key>
<string>{dig(4)}</string>
<key>AppIdentifierPrefix</key>
<string>{rs(UP + DI, 10)}.</string>""")

_fp1 = ":".join(rs(HEXU, 2) for _ in range(20))
_fp2 = ":".join(rs(HEXU, 2) for _ in range(32))
I("en", "mobile", f"""> Task :app:signingReport
Variant: release
Config: release
Store: /home/ci/keystores/upload-keystore.jks
Alias: upload
SHA1: {_fp1}
SHA-256: {_fp2}
Valid until: Friday, 14 May 2049""")

I("en", "game", """{
  "name": "Pinecrest Factory Nights",
  "description": "Casual megabase, vanilla",
  "visibility": {"public": true, "lan": true},
  "username": "",
  "token": "",
  "game_password": "",
  "require_user_verification": true,
  "max_upload_in_kilobytes_per_second": 0
}""")

I("en", "email", f"""DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=pinecrest.app; s=google;
        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject;
        bh={b64(rbytes(32))};
        b={b64(rbytes(96))}
         {b64(rbytes(60))}
Message-ID: <CAF{rs(AN, 40)}@mail.gmail.com>
Subject: Re: password rotation schedule for Q3""")

I("en", "chat", """@here rotated the staging Stripe restricted key this morning. The new value is in 1Password ->
"Stripe / staging / rk". The old key (the one ending in …Q7fA) is revoked, so if your local env suddenly
returns 401s, pull the new one from the vault — please don't paste it in this channel.""")

I("en", "tool", f"""{{"tool": "github.create_pull_request", "arguments": {{"owner": "pinecrest", "repo": "gateway",
  "head": "fix/token-refresh-race", "base": "main", "title": "Fix token refresh race",
  "body": "Closes #981. Verified on {sha1h()}.", "draft": false}}}}""")

I("en", "note", """Lesson learned: when the user says "use my token", ask them to run `gh auth login` themselves or export
GITHUB_TOKEN in their own shell. I should never echo the token back, write it to a file, or include it in a
commit message. If a secret appears in tool output, say so and suggest rotating it.""")

I("en", "sh", f"""$ cat ~/.ssh/authorized_keys
{ssh_ed25519_pub("maya@thinkpad")}
{ssh_ed25519_pub("deploy@ci-runner-07")}
$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 {ssh_fingerprint()} maya@thinkpad (ED25519)""")

I("en", "ini", f"""# peer snippet to send to the new laptop owner (public info only)
[Peer]
PublicKey = {wg_public()}
PresharedKey = (ask ops — not shared over chat)
Endpoint = vpn.pinecrest.app:51820
AllowedIPs = 10.44.0.0/24, 10.20.0.0/16
PersistentKeepalive = 25""")

I("en", "yaml", f"""# .sops.yaml
creation_rules:
  - path_regex: secrets/prod/.*\\.yaml$
    age: >-
      {bech32_bytes("age", rbytes(32))},
      {bech32_bytes("age", rbytes(32))}
  - path_regex: secrets/dev/.*\\.yaml$
    age: {bech32_bytes("age", rbytes(32))}""")

I("en", "tool", f"""eth_getTransactionReceipt ->
{{"transactionHash": "0x{hexs(64)}",
 "blockHash": "0x{hexs(64)}", "blockNumber": "0x{hexs(7)}",
 "from": "0x{hexs(40)}", "to": "0x{hexs(40)}",
 "status": "0x1", "gasUsed": "0x{hexs(5)}", "logsBloom": "0x{hexs(64)}"}}""")

I("en", "note", f"""## Support the project
BTC: {btc_bech32_addr()}
BTC (legacy): {btc_legacy_addr()}
ETH / Base: 0x{hexs(40)}
Thanks to everyone who donated for the new CI runners!""")

I("en", "sdk", """# from the AWS docs — example credentials, not real
aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE
aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
aws configure set region us-west-2""")

I("en", "sdk", """describe("checkout", () => {
  it("charges a test card", async () => {
    // Stripe's documented test numbers; they only work with sk_test_ keys
    await fillCard("4242 4242 4242 4242", "12/34", "123");
    await fillCard("4000 0025 0000 3155", "12/34", "123"); // requires 3DS
    expect(await status()).toBe("succeeded");
  });
});""")

_pk = stripe_pk()
I("en", "mobile", f"""// src/config/stripe.ts — publishable key, meant to ship in the client bundle
export const STRIPE_PUBLISHABLE_KEY = "{_pk}";
export const STRIPE_MERCHANT_ID = "merchant.app.pinecrest";
export const STRIPE_COUNTRY = "GB";""")

I("en", "log", f"""webhook received type=payment_intent.succeeded id=evt_{rs(AN, 24)}
  payment_intent=pi_{rs(AN, 24)} customer=cus_{rs(AN, 14)}
  charge=ch_{rs(AN, 24)} amount=2999 currency=gbp livemode=true
  signature verified (t=1718201122, scheme v1)""")

I("en", "email", f"""Subject: Your receipt from Pinecrest (#{dig(4)}-{dig(4)})
Amount paid: £29.99
Date paid: 12 June 2024
Payment method: Visa •••• 4417
Billing address: 14 Harbour Road, Bristol BS1 5TY
Questions? Reply to this email or call +44 117 496 0123.""")

I("en", "sdk", """# IBAN validation helper — examples come from the ISO 13616 registry docs
VALID_EXAMPLES = [
    "DE89 3704 0044 0532 0130 00",
    "GB82 WEST 1234 5698 7654 32",
    "FR14 2004 1010 0505 0001 3M02 606",
]
assert all(is_valid_iban(x) for x in VALID_EXAMPLES)""")

_co = mod97_iban("GB", "NWBK" + dig(6) + dig(8, False))
I("en", "tool", f"""extract_invoice(pdf="inbox/INV-20931.pdf") ->
  supplier: Northgate Cloud Services Ltd, 4 Canal Street, Manchester M1 3HE
  company no: {dig(8)}   VAT reg: GB {dig(3)} {dig(4)} {dig(2)}
  pay to (business account): {grp(_co)}  BIC NWBKGB2L
  invoice total: £4,812.00 due 2024-07-10""")

I("en", "chat", """on-call rota for week 25:
  Mon–Wed  Priya   +44 7700 900412
  Thu–Fri  Tom     +44 7700 900871
  weekend  Mei     +1 (415) 555-0132
escalation: duty manager line 0800 046 1177 (24h)""")

I("en", "tool", f"""{{"event": "shipment.updated", "carrier": "UPS", "tracking_number": "{ups_tracking()}",
 "status": "out_for_delivery", "order_id": "ORD-2024-{dig(6)}", "eta": "2024-06-13",
 "royal_mail_ref": "{s10_tracking('RR', 'GB')}"}}""")

I("en", "user", f"""Hey, can you check why my booking didn't sync to the calendar? Confirmation code {pnr()}, flight BA 2490
on 21 Jun, hotel ref HX-{dig(8)}. The Amazon order 112-{dig(7)}-{dig(7)} for the adapter also never showed up.""")

I("en", "sh", f"""$ kubectl get pods -n checkout -o wide
NAME                              READY   STATUS    RESTARTS   AGE   IP
checkout-api-7d9f8b6c5d-{rs(LO + DI, 5)}     1/1     Running   0          2d    10.42.3.17
checkout-api-7d9f8b6c5d-{rs(LO + DI, 5)}     1/1     Running   1          2d    10.42.1.9
checkout-worker-5c7b9d4f8-{rs(LO + DI, 5)}   1/1     Running   0          6h    10.42.2.44""")

I("en", "json", f"""    "node_modules/jsonwebtoken": {{
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "{sri('sha512')}",
      "dependencies": {{ "jws": "^3.2.2", "lodash.includes": "^4.3.0" }}
    }},""")

I("en", "sh", f"""# requirements.txt (pip-compile --generate-hashes)
cryptography==42.0.8 \\
    --hash=sha256:{sha256h()} \\
    --hash=sha256:{sha256h()}
pyjwt==2.8.0 \\
    --hash=sha256:{sha256h()}""")

I("en", "sh", f"""golang.org/x/crypto v0.24.0 h1:{b64(rbytes(32))}
golang.org/x/crypto v0.24.0/go.mod h1:{b64(rbytes(32))}
golang.org/x/oauth2 v0.21.0 h1:{b64(rbytes(32))}
golang.org/x/oauth2 v0.21.0/go.mod h1:{b64(rbytes(32))}""")

I("en", "http", f"""HTTP/1.1 200 OK
Content-Type: application/json

{{"items": [{{"id": "{uid()}", "name": "api-gateway"}}, {{"id": "{uid()}", "name": "billing"}}],
 "nextPageToken": "{cursor_token({"offset": 200, "snapshot": 1718199000, "sort": "name"})}"}}""")

I("en", "json", f"""{{"eventVersion": "1.09", "eventSource": "secretsmanager.amazonaws.com", "eventName": "GetSecretValue",
 "requestParameters": {{"secretId": "arn:aws:secretsmanager:eu-west-1:{dig(12)}:secret:prod/orders/db-{rs(AN, 6)}"}},
 "responseElements": null, "requestID": "{uid()}", "eventID": "{uid()}",
 "userIdentity": {{"type": "AssumedRole", "principalId": "AROA{rs(UP + '234567', 17)}:etl-runner"}}}}""")

I("en", "mobile", f"""// Sentry is configured with the project DSN (public by design; it can only submit events)
Sentry.init({{
  dsn: "https://{hexs(32)}@o{dig(6)}.ingest.sentry.io/{dig(7)}",
  tracesSampleRate: 0.2,
  release: "pinecrest-web@4.12.0+{hexs(7)}",
}});""")

I("en", "nginx", f"""<script async src="https://www.googletagmanager.com/gtag/js?id=G-{rs(UP + DI, 10)}"></script>
<div class="g-recaptcha" data-sitekey="6L{rs(AN + '-_', 38)}"></div>
<meta name="google-site-verification" content="{rs(AN + '-_', 43)}">""")

I("en", "note", """From the jwt.io docs, the canonical example token used in our README is
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
(signed with the literal string "your-256-bit-secret"). It decodes to sub=1234567890, name=John Doe.""")

I("en", "json", f"""GET https://auth.pinecrest.app/.well-known/jwks.json
{{"keys": [{{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "{hexs(16)}", "e": "AQAB",
  "n": "{b64u(rbytes(256))}"}}]}}""")

I("en", "sh", f"""$ openssl x509 -in fullchain.pem -noout -serial -fingerprint -sha256 -dates
serial={rs(HEXU, 36)}
sha256 Fingerprint={":".join(rs(HEXU, 2) for _ in range(32))}
notBefore=May 14 00:00:00 2024 GMT
notAfter=Aug 12 23:59:59 2024 GMT""")

I("en", "sh", f"""$ ssh deploy@203.0.113.41
The authenticity of host '203.0.113.41 (203.0.113.41)' can't be established.
ED25519 key fingerprint is {ssh_fingerprint()}.
This key is not known by any other names.
Are you sure you want to continue connecting (yes/no/[fingerprint])? yes""")

I("en", "sh", f"""$ docker ps --format '{{{{.ID}}}}  {{{{.Image}}}}  {{{{.Status}}}}'
{hexs(12)}  ghcr.io/pinecrest/api:2.14.0  Up 3 hours
{hexs(12)}  redis:7.2.5  Up 3 days
$ docker inspect --format '{{{{.Id}}}}' redis
{hexs(64)}""")

I("en", "sh", f"""127.0.0.1:6379> INFO server
redis_version:7.2.5
redis_git_sha1:00000000
redis_build_id:{hexs(16)}
run_id:{hexs(40)}
tcp_port:6379
uptime_in_days:3""")

I("en", "sh", f"""$ cat assets/hero.mp4
version https://git-lfs.github.com/spec/v1
oid sha256:{sha256h()}
size 48211937""")

I("en", "sh", f"""$ vault status
Key                Value
---                -----
Seal Type          shamir
Initialized        true
Sealed             true
Total Shares       5
Threshold          3
Unseal Progress    0/3
Unseal Nonce       n/a
Version            1.16.3
Cluster ID         {uid()}""")

I("en", "log", """2024-06-12 15:03:22 WARN  auth: login failed for user 'j.okafor' (reason=invalid_password, attempt 3/5)
2024-06-12 15:03:22 INFO  auth: password policy: min length 14, requires 1 digit and 1 symbol
2024-06-12 15:03:40 INFO  auth: password reset token issued for user 'j.okafor' (delivered via email, ttl 30m)
2024-06-12 15:05:11 INFO  auth: token consumed, password changed, 3 sessions revoked""")

I("en", "user", f"""I forgot the password for the staging admin panel again 🙃 can you tell me how to reset it? ticket is
OPS-{dig(4)}. I don't want you to see the new one, just point me at the right runbook.""")

I("en", "sdk", """def test_rejects_known_invalid_ssns():
    # numbers that the SSA has publicly invalidated or that are reserved for advertising
    for ssn in ["078-05-1120", "219-09-9999", "123-45-6789", "000-12-3456", "666-01-0001"]:
        assert not is_issuable_ssn(ssn)""")

I("en", "summary", f"""Session summary: upgraded pinecrest/api from 2.13.4 to 2.14.0 (commit {sha1h()[:12]}). Build #{dig(4)} passed,
image {docker_digest()[:19]}… pushed. p95 latency went from 412ms to 388ms; error rate unchanged at 0.03%.
Cost impact: +$41.20/month for the extra replica. Next: rotate the staging token (ticket OPS-{dig(4)}).""")

I("en", "sh", f"""$ cat src/styles/icons.css | head -3
.icon-lock {{ background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA{b64(rbytes(90))}"); }}
.icon-key  {{ background-image: url("data:image/svg+xml;base64,{b64(b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M11 1a4 4 0 0 0-3.9 5L1 12v3h3l1-1v-1h1l1-1v-1h1l1-1a4 4 0 1 0 2-9z"/></svg>')}"); }}""")

I("en", "note", """How to generate the session secret for a new environment:
  openssl rand -base64 48 | tr -d '\\n' | vault kv put secret/app/session value=-
Do not paste the output anywhere else. Rotation schedule: every 90 days (next: 2024-09-10).""")

I("en", "json", f"""{{"version": 4, "terraform_version": "1.8.5", "serial": {dig(3)}, "lineage": "{uid()}",
 "outputs": {{"db_endpoint": {{"value": "orders-prod.c8kq2.eu-west-1.rds.amazonaws.com", "type": "string"}},
             "db_password": {{"value": "(sensitive)", "type": "string", "sensitive": true}}}}}}""")

I("en", "ci", f"""Run ./scripts/deploy.sh
  env:
    DEPLOY_TOKEN: ***
    REGISTRY_PASSWORD: ***
Logging in to ghcr.io as pinecrest-bot ... Login Succeeded
Pushing ghcr.io/pinecrest/api:{sha1h()}
{docker_digest()}: size 2841""")

I("en", "tool", f"""kms.describe_key(KeyId="alias/orders-prod") ->
{{"KeyMetadata": {{"AWSAccountId": "{dig(12)}", "KeyId": "{uid()}",
  "Arn": "arn:aws:kms:eu-west-1:{dig(12)}:key/{uid()}", "KeyState": "Enabled",
  "KeyUsage": "ENCRYPT_DECRYPT", "KeySpec": "SYMMETRIC_DEFAULT", "Origin": "AWS_KMS"}}}}""")



# ============================================================================================
# extra helpers for innocent business/document identifiers
# ============================================================================================
def de_glaeubiger_id() -> str:  # SEPA creditor identifier of a business (innocent)
    nat = dig(11, False)
    num = "".join(str(int(c, 36)) for c in nat + "DE00")
    return f"DE{98 - int(num) % 97:02d}ZZZ{nat}"


def nfe_key() -> str:  # Brazilian electronic invoice access key, 44 digits, mod-11 DV
    cnpj = "".join(c for c in br_cnpj() if c.isdigit())
    body = f"35{rng.randint(22, 24)}{rng.randint(1, 12):02d}{cnpj}55001{dig(9, False)}1{dig(8, False)}"
    s = sum(int(c) * (2 + i % 8) for i, c in enumerate(reversed(body)))
    dv = 11 - s % 11
    return body + str(0 if dv >= 10 else dv)


def _mod10_boleto(s: str) -> str:
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    return str((10 - tot % 10) % 10)


def boleto_linha() -> str:  # payment slip line, public bill reference (innocent)
    bank, cur, fator, valor, livre = "341", "9", f"{rng.randint(9700, 9999)}", f"{rng.randint(1000, 999999):010d}", dig(25, False)
    bar43 = bank + cur + fator + valor + livre
    s = sum(int(c) * (2 + i % 8) for i, c in enumerate(reversed(bar43)))
    dv = 11 - s % 11
    dv = 1 if dv in (0, 1, 10, 11) else dv
    f1 = bank + cur + livre[:5]
    f2 = livre[5:15]
    f3 = livre[15:25]
    f1 += _mod10_boleto(f1)
    f2 += _mod10_boleto(f2)
    f3 += _mod10_boleto(f3)
    return f"{f1[:5]}.{f1[5:]} {f2[:5]}.{f2[5:]} {f3[:5]}.{f3[5:]} {dv} {fator}{valor}"


def it_piva() -> str:  # company VAT (innocent)
    b = dig(7, False) + rng.choice(["001", "015", "058", "096"])
    return b + luhn_digit(b)


# ============================================================================================
# GERMAN
# ============================================================================================
_v = pw(19, "")
S("de", "env", f"""# Zugangsdaten für die Staging-Datenbank – NICHT einchecken!
DB_HOST=staging-db.intern.kraemer-logistik.de
DB_BENUTZER=lager_app
DB_PASSWORT={_v}
# Timeout in Sekunden
DB_TIMEOUT=30""", _v)

_v = de_steuerid()
S("de", "tool", f"""Ergebnis von hr_api.get_employee(personalnummer="P-20417"):
{{"name": "Katharina Vogt", "eintritt": "2023-04-01", "steuerklasse": 1,
 "steuer_id": "{_v}", "krankenkasse": "TK", "kostenstelle": "4100"}}""", _v)

_v = de_iban()
S("de", "log", f"""2024-06-12 07:30:12 INFO  sepa-export: Lastschrift erzeugt, Mandat MNDT-{dig(6)}, Betrag 39,90 EUR
2024-06-12 07:30:12 DEBUG sepa-export: Schuldner=Jürgen Albrecht, IBAN={_v}, BIC=COBADEFFXXX
2024-06-12 07:30:13 INFO  sepa-export: Datei pain.008 geschrieben (17 Transaktionen)""", _v)

_v = pw(28, "")
S("de", "systemd", f"""# /etc/systemd/system/restic-backup.service
[Unit]
Description=Nächtliches Backup der Kundendaten nach Hetzner Storage Box

[Service]
Type=oneshot
# Passwort für das restic-Repository (TODO: in Credentials auslagern)
Environment=RESTIC_PASSWORD={_v}
Environment=RESTIC_REPOSITORY=sftp:u{dig(6)}@u{dig(6)}.your-storagebox.de:/backups/kunden
ExecStart=/usr/bin/restic backup /srv/kunden --exclude-caches""", _v)

_v = dig(4, False) + "#"
S("de", "chat", f"""Kurze Info fürs Wochenende: Falls jemand an den Switch im Serverraum (2. OG) muss —
der Türcode wurde geändert, neu ist {_v}. Schlüssel für das Rack hängt wie immer im Kasten daneben.""", _v)

_v = mod97_iban("AT", dig(5) + dig(11, False))
S("de", "user", f"""Hallo, kannst du bitte im Buchhaltungstool meine private Bankverbindung für die Reisekostenerstattung
hinterlegen? IBAN {grp(_v)}, Kontoinhaber Stefan Hofer. Danke dir!""", grp(_v))

I("de", "note", f"""Impressum (aus der Website extrahiert):
Krämer Logistik GmbH, Hafenstraße 12, 28217 Bremen
Handelsregister: Amtsgericht Bremen HRB {dig(5)}
USt-IdNr.: {de_vat()}
Gläubiger-ID: {de_glaeubiger_id()}
Telefon: +49 421 {dig(7)}""")

I("de", "log", f"""2024-06-12 09:14:02 WARN  auth: Anmeldung fehlgeschlagen für Benutzer 'm.schulz' – Passwort falsch (Versuch 2 von 5)
2024-06-12 09:14:30 INFO  auth: Passwort-Zurücksetzen angefordert, Token per E-Mail versendet (gültig 30 Min.)
2024-06-12 09:20:11 INFO  auth: Token eingelöst, Sitzung {uid()} angelegt
2024-06-12 09:20:11 DEBUG auth: Passwort-Hash-Algorithmus argon2id, Parameter m=65536,t=3,p=4""")

I("de", "ci", f"""Schritt 4/6: Artefakte prüfen
Prüfsumme (SHA-256) von lager-app-3.2.0.jar: {sha256h()}
Erwartet laut Release-Notes:                  {sha256h()}
FEHLER: Prüfsummen stimmen nicht überein – Build {dig(4)} wird abgebrochen.
Letzter erfolgreicher Commit: {sha1h()}""")

I("de", "tool", f"""{{"werkzeug": "sendungsverfolgung", "ergebnis": {{"bestellnummer": "KL-{dig(7)}",
  "dhl_sendungsnummer": "00340434{dig(12)}", "status": "In Zustellung",
  "zustellbasis": "28217 Bremen", "voraussichtlich": "13.06.2024 zwischen 10:00 und 14:00"}}}}""")

I("de", "summary", f"""Zusammenfassung: Der Kunde hat die Rücklastschrift reklamiert. Im Portal wird nur die maskierte IBAN
DE{dig(2)} **** **** **** **{dig(2)} {dig(2)} angezeigt, vollständige Daten liegen ausschließlich im Zahlungsdienst.
Ticket #{dig(5)} an die Buchhaltung übergeben, Betrag 39,90 €, Mandatsreferenz MNDT-{dig(6)}.""")

# ============================================================================================
# FRENCH
# ============================================================================================
_v = fr_nir()
S("fr", "sql", f"""-- export RH du 12/06 : table salaries (ne pas diffuser)
INSERT INTO salaries (matricule, nom, prenom, num_secu, date_entree) VALUES
('M0471', 'Lefebvre', 'Camille', '{_v}', '2021-09-01');""", _v)

_v = rs(AN, 32)
S("fr", "ini", f"""# ~/.ovh.conf — clés générées sur https://eu.api.ovh.com/createToken/
[default]
endpoint=ovh-eu

[ovh-eu]
application_key={rs(AN, 16)}
application_secret={_v}
consumer_key={rs(AN, 32)}""", _v)

_v = fr_iban()
S("fr", "user", f"""Bonjour, pour le remboursement de ma note de frais voici mon RIB perso :
{grp(_v)} — titulaire Mme Élodie Garnier, banque Crédit Agricole.
Merci de ne pas le mettre dans le ticket public 🙏""", grp(_v))

_v = uid()
S("fr", "hcl", f"""# Provider Scaleway — clés du compte de prod (à migrer vers Vault)
provider "scaleway" {{
  access_key      = "SCW{rs(UP + DI, 17)}"
  secret_key      = "{_v}"
  organization_id = "{uid()}"
  zone            = "fr-par-1"
}}""", _v)

_v = rs(AN, 14)
S("fr", "sh", f"""# alerte SMS quand le disque dépasse 90 % (API Free Mobile)
curl -s "https://smsapi.free-mobile.fr/sendmsg?user={dig(8)}&pass={_v}&msg=Disque%20plein%20sur%20nas-maison"
echo "code retour: $?\"""", _v)

_siren = fr_siren()
I("fr", "note", f"""Mentions légales relevées sur le site du fournisseur :
Atelier Numérique SAS, capital de 10 000 €, 14 rue des Tanneurs, 69001 Lyon
RCS Lyon {_siren[:3]} {_siren[3:6]} {_siren[6:]} — SIRET {fr_siret(_siren)}
N° TVA intracommunautaire : {fr_tva(_siren)}
Code APE 6201Z""")

I("fr", "log", f"""12/06/2024 10:02:44 [WARN] authentification échouée pour « j.martin » : mot de passe incorrect
12/06/2024 10:02:44 [INFO] requête {uid()} terminée en 12 ms (401)
12/06/2024 10:03:10 [INFO] jeton d'accès renouvelé pour le client « app-mobile », expiration dans 3600 s
12/06/2024 10:03:10 [DEBUG] empreinte du certificat client : {":".join(rs(HEXU, 2) for _ in range(20))}""")

I("fr", "tool", f"""suivi_colis(numero="6A{dig(11)}") →
  transporteur : Colissimo
  commande n° CMD-{dig(8)}
  statut : « Votre colis est disponible dans votre point de retrait »
  point relais : Tabac de la Gare, 69007 Lyon""")

I("fr", "note", """Doc interne — configuration de l'API OVH :
Dans ~/.ovh.conf, remplacez <VOTRE_APPLICATION_KEY>, <VOTRE_APPLICATION_SECRET> et <VOTRE_CONSUMER_KEY>
par les valeurs générées pour votre compte. Ne committez jamais ce fichier : il est listé dans .gitignore.
Le mot de passe du compte client OVH n'est jamais nécessaire pour l'API.""")

I("fr", "summary", f"""Résumé : le salarié a signalé une erreur sur sa fiche de paie. Le portail n'affiche que le numéro de
sécurité sociale masqué (2 9{dig(1)} ** ** *** *** {dig(2)}), ce qui est voulu. Correction du taux de mutuelle effectuée,
bulletin régénéré (réf. BP-2024-06-{dig(4)}), hash du PDF : {sha256h()[:16]}…""")

# ============================================================================================
# SPANISH (Spain, Mexico, Chile, Argentina)
# ============================================================================================
_v = es_dni()
S("es", "tool", f"""verificar_identidad(expediente="KYC-88213") devolvió:
{{"nombre": "Lucía Fernández Ortega", "dni": "{_v}", "fecha_nacimiento": "1991-03-22",
 "coincidencia_selfie": 0.93, "estado": "aprobado"}}""", _v)

_v = es_iban()
S("es", "chat", f"""[soporte] Cliente: para la domiciliación de la cuota del gimnasio usad mi cuenta {grp(_v)}
[soporte] Agente: gracias, la doy de alta en el sistema de cobros y te llega el mandato SEPA por correo.""", grp(_v))

_v = pw(15, "")
S("es", "compose", f"""  pgadmin:
    image: dpage/pgadmin4:8.8
    environment:
      PGADMIN_DEFAULT_EMAIL: admin@ferreteria-lopez.es
      # contraseña del admin de pgAdmin (cambiar en producción)
      PGADMIN_DEFAULT_PASSWORD: {_v}
    ports:
      - "5050:80\"""", _v)

_v = mx_curp()
S("es", "log", f"""2024-06-12 08:41:55 INFO  alta-cliente: validando datos fiscales contra RENAPO
2024-06-12 08:41:56 DEBUG alta-cliente: payload={{"nombre":"José Antonio Ramírez","curp":"{_v}","cp":"06700"}}
2024-06-12 08:41:56 INFO  alta-cliente: CURP válida, registro creado""", _v)

_v = cl_rut()
S("es", "user", f"""oye, para emitir la boleta a mi nombre necesitas mi RUT personal, es {_v}.
la dirección es Av. Providencia 1208, depto 54, Santiago.""", _v)

_v = es_nie()
S("es", "sql", f"""-- alta de empleados extranjeros, lote 2024-06
UPDATE empleados SET documento_tipo = 'NIE', documento_num = '{_v}', actualizado = NOW()
WHERE id = 3318; -- Ionut Popescu, almacén Zaragoza""", _v)

I("es", "note", f"""Datos del proveedor para el contrato:
Suministros Industriales Ebro S.L. — CIF {es_cif()}
Inscrita en el Registro Mercantil de Zaragoza, Tomo {dig(4)}, Folio {dig(2)}, Hoja Z-{dig(5)}
Domicilio: Polígono Malpica, calle D, nave 14, 50016 Zaragoza. Tel. +34 976 {dig(6)}""")

I("es", "tool", f"""rastrear_envio(pedido="PED-{dig(7)}") →
  transportista: Correos
  código de envío: PQ4F6P{dig(16)}
  estado: "En reparto"
  oficina: 28039 Madrid (Tetuán)""")

I("es", "log", f"""[2024-06-12 11:20:03] ERROR api: token inválido o caducado (id_petición={uid()})
[2024-06-12 11:20:03] INFO  api: se pide al cliente renovar el token de acceso
[2024-06-12 11:20:05] INFO  api: contraseña no enviada en el cuerpo, se usa OAuth2 (flujo authorization_code)
[2024-06-12 11:20:05] DEBUG api: huella del commit desplegado {sha1h()}""")

I("es", "tool", f"""leer_factura(pdf="facturas/A-0001-{dig(8)}.pdf") →
  emisor: Distribuidora Pampa S.A. — CUIT {ar_cuil("30")}
  receptor: Consumidor Final
  CAE: {dig(14)}  vto. CAE: 22/06/2024
  total: $ 184.350,00 (IVA 21% incluido)""")

I("es", "note", f"""Nota para el equipo de facturación (Chile): la empresa cliente es Viña Los Aromos SpA,
RUT empresa {cl_rut(True)}, giro "elaboración de vinos". El folio de la última factura es {dig(6)}
y el timbre electrónico ya fue validado por el SII.""")

# ============================================================================================
# PORTUGUESE (Brazil, Portugal)
# ============================================================================================
_v = br_cpf()
S("pt", "log", f"""[checkout] 2024-06-12T13:02:11-03:00 DEBUG requisição para o gateway:
{{"valor": 259.90, "parcelas": 3, "comprador": {{"nome": "Ana Beatriz Souza", "cpf": "{_v}", "email": "ana.bsouza@uol.com.br"}}}}
[checkout] 2024-06-12T13:02:12-03:00 INFO  pagamento autorizado""", _v)

_v = pw(16, "")
S("pt", "env", f"""# configurações do app de estoque
# senha do banco — pedir pro Rodrigo antes de trocar
DB_USUARIO=estoque
DB_SENHA={_v}
DB_HOST=10.1.4.20""", _v)

_v = f"APP_USR-{dig(16)}-{dig(6)}-{hexs(32)}-{dig(9)}"
S("pt", "sdk", f"""// integração Mercado Pago — loja da Dona Cida
import {{ MercadoPagoConfig, Payment }} from "mercadopago";
const client = new MercadoPagoConfig({{ accessToken: "{_v}" }});
const payment = new Payment(client);""", _v)

_v = card("636368", 16)
S("pt", "user", f"""o cartão da empresa é Elo, número {grp(_v)}, validade 09/29, no nome de Marcos Lima.
pode cadastrar na conta da AWS pra gente? o anterior venceu""", grp(_v))

_v = pt_nif("2")
S("pt", "chat", f"""[Portugal] Olá! Para a fatura da formação em Lisboa preciso do teu NIF pessoal.
> é o {_v}, morada Rua do Salitre 88, 2.º esq., 1250-199 Lisboa""", _v)

I("pt", "tool", f"""consultar_nfe(chave="{nfe_key()}") →
  emitente: Papelaria Central Ltda — CNPJ {br_cnpj()}
  situação: Autorizada o uso da NF-e
  protocolo: 1352400{dig(8)}
  valor total: R$ 1.287,40""")

I("pt", "tool", f"""rastreio(codigo="{s10_tracking('QB', 'BR')}") →
  17/06/2024 09:12 Objeto saiu para entrega ao destinatário — CDD Pinheiros, São Paulo/SP
  16/06/2024 22:40 Objeto em transferência — de Unidade de Tratamento, Cajamar/SP
  pedido nº {dig(9)}""")

I("pt", "note", f"""Fatura do provedor de internet (boleto) — pagar até 20/06:
linha digitável: {boleto_linha()}
valor R$ 129,90 · cliente nº {dig(7)} · plano Fibra 500 Mega""")

I("pt", "log", f"""2024-06-12 14:11:03 WARN  login: senha inválida para o usuário "rafael.m" (tentativa 1/5)
2024-06-12 14:11:45 INFO  login: token expirado, redirecionando para /entrar
2024-06-12 14:12:02 INFO  login: autenticação via Google OK, sessão {uid()}
2024-06-12 14:12:02 DEBUG build {sha1h()[:10]} · versão 5.3.1""")

# ============================================================================================
# ITALIAN
# ============================================================================================
_v = it_cf()
S("it", "log", f"""12/06/2024 16:20:31 INFO  [modulo-iscrizioni] nuova richiesta ricevuta
12/06/2024 16:20:31 DEBUG [modulo-iscrizioni] campi={{"nome": "Giulia", "cognome": "Ferrara", "codice_fiscale": "{_v}", "classe": "3B"}}
12/06/2024 16:20:32 INFO  [modulo-iscrizioni] salvata con id 7731""", _v)

_v = it_iban()
S("it", "email", f"""Da: Marco Bellini <m.bellini@studiobellini.it>
A: amministrazione@coworking-navigli.it
Oggetto: Rimborso deposito cauzionale

Buongiorno, vi chiedo di effettuare il rimborso sul mio conto personale:
IBAN {_v} intestato a Marco Bellini. Grazie, cordiali saluti.""", _v)

_v = human_pw()
S("it", "sdk", f"""# invio notifiche via PEC (Aruba) — script provvisorio
import smtplib
srv = smtplib.SMTP_SSL("smtps.pec.aruba.it", 465)
srv.login("fatture@pec.officinarossi.it", "{_v}")  # password PEC, da spostare in .env
srv.sendmail(mittente, destinatari, messaggio.as_string())""", _v)

_v = pw(14, "")
S("it", "ansible", f"""# host_vars/nas-ufficio.yml
# utente di servizio per i backup notturni
backup_utente: svc_backup
backup_password: "{_v}"
backup_destinazione: /volume1/backup/gestionale
backup_orario: "02:30\"""", _v)

I("it", "note", f"""Estratto fattura elettronica (FatturaPA) ricevuta via SDI:
<CedentePrestatore><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{it_piva()}</IdCodice></IdFiscaleIVA>
<Denominazione>Officina Rossi S.r.l.</Denominazione></CedentePrestatore>
<CodiceDestinatario>{rs(UP + DI, 7)}</CodiceDestinatario>
<ImportoTotaleDocumento>1220.00</ImportoTotaleDocumento>""")

I("it", "tool", f"""traccia_spedizione(lettera_vettura="{dig(12)}") →
  corriere: BRT
  ordine n. ORD-{dig(6)}
  stato: "Consegnata" il 11/06/2024 alle 11:42, firmato da: PORTINERIA
  CAP destinazione: 20143 Milano""")

I("it", "log", f"""[2024-06-12 09:33:01] WARN  sessione scaduta per l'utente 'l.conti', richiesto nuovo login
[2024-06-12 09:33:14] INFO  password aggiornata correttamente (policy: min 12 caratteri)
[2024-06-12 09:33:14] INFO  deploy corrente {sha1h()} — immagine {docker_digest()}""")

I("it", "summary", f"""Riepilogo: migrato il gestionale dal vecchio NAS al server nuovo. Verificati gli hash MD5 dei backup
({md5h()} / {md5h()}), coincidono. Ticket ASS-{dig(5)} chiuso; prossimo passo:
configurare le credenziali del backup su un vault invece che nel file host_vars.""")


# ============================================================================================
# helpers: business ids (innocent) and domestic accounts
# ============================================================================================
def pl_nip() -> str:
    while True:
        b = dig(9)
        c = sum(int(x) * w for x, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            x = b + str(c)
            return f"{x[:3]}-{x[3:6]}-{x[6:8]}-{x[8:]}"


def pl_regon() -> str:
    b = dig(8)
    c = sum(int(x) * w for x, w in zip(b, [8, 9, 2, 3, 4, 5, 6, 7])) % 11
    return b + ("0" if c == 10 else str(c))


def pl_iban() -> str:
    return mod97_iban("PL", dig(8) + dig(16, False))


def cz_ico() -> str:
    b = dig(7)
    c = (11 - sum(int(x) * (8 - i) for i, x in enumerate(b)) % 11) % 10
    return b + str(c)


def cz_account() -> str:
    while True:
        acc = dig(10)
        if sum(int(x) * w for x, w in zip(acc, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1])) % 11 == 0:
            return f"{acc.lstrip('0')}/{rng.choice(['0800', '0100', '0300', '2010', '0600'])}"


def se_orgnr() -> str:
    b = "55" + dig(7, False)
    x = b + luhn_digit(b)
    return f"{x[:6]}-{x[6:]}"


def no_orgnr() -> str:
    while True:
        b = "9" + dig(7, False)
        r = 11 - sum(int(x) * w for x, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r == 10:
            continue
        x = b + str(0 if r == 11 else r)
        return f"{x[:3]} {x[3:6]} {x[6:]}"


def dk_cvr() -> str:
    while True:
        b = dig(7)
        for last in range(10):
            if (sum(int(x) * w for x, w in zip(b, [2, 7, 6, 5, 4, 3, 2])) + last) % 11 == 0:
                return b + str(last)


def fi_ytunnus() -> str:
    while True:
        b = dig(7)
        r = sum(int(x) * w for x, w in zip(b, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r == 1:
            continue
        return f"{b}-{0 if r == 0 else 11 - r}"


def fi_viite() -> str:
    b = dig(rng.randint(6, 12))
    s = sum(int(x) * [7, 3, 1][i % 3] for i, x in enumerate(reversed(b)))
    return b + str((10 - s % 10) % 10)


def hu_adoszam() -> str:
    b = dig(7)
    c = (10 - sum(int(x) * w for x, w in zip(b, [9, 7, 3, 1, 9, 7, 3])) % 10) % 10
    return f"{b}{c}-{rng.choice('23')}-{rng.randint(2, 44):02d}"


def ro_cui() -> str:
    b = dig(8)
    key = "75321753"
    c = (sum(int(x) * int(k) for x, k in zip(b, key)) * 10) % 11
    return b + ("0" if c == 10 else str(c))


def nl_vat() -> str:
    return "NL" + nl_bsn() + "B01"


# ============================================================================================
# DUTCH
# ============================================================================================
_v = nl_bsn()
S("nl", "tool", f"""resultaat van zorgportaal.zoek_client(achternaam="de Vries", geboortedatum="1978-11-03"):
{{"naam": "Pieter de Vries", "bsn": "{_v}", "huisarts": "Praktijk Oosterpark", "verzekeraar": "Zilveren Kruis"}}""", _v)

_v = mod97_iban("NL", rng.choice(["INGB", "RABO", "ABNA", "BUNQ"]) + dig(10, False))
S("nl", "user", f"""Kun je de terugbetaling van de workshop naar mijn eigen rekening sturen? Rekeningnummer {_v}
t.n.v. S. Bakker. Het zakelijke nummer van de stichting klopt niet meer.""", _v)

_v = "live_" + rs(AN, 30)
S("nl", "env", f"""# Mollie betalingen voor de webshop
# let op: dit is de LIVE sleutel, niet de test sleutel
MOLLIE_API_KEY={_v}
MOLLIE_REDIRECT_URL=https://fietsenmaker-jansen.nl/bedankt
BTW_PERCENTAGE=21""", _v)

_v = pw(16, "")
S("nl", "compose", f"""  mosquitto:
    image: eclipse-mosquitto:2.0.18
    ports: ["1883:1883"]
  homeassistant:
    image: ghcr.io/home-assistant/home-assistant:2024.6
    environment:
      # wachtwoord van de MQTT-broker (zelfde als in mosquitto passwd)
      MQTT_PASSWORD: "{_v}\"""", _v)

I("nl", "note", f"""Gegevens leverancier uit de factuur:
Fietsenmaker Jansen B.V., Kerkstraat 41, 3511 LX Utrecht
KvK-nummer: {dig(8)}
Btw-id: {nl_vat()}
Tel: +31 30 {dig(7)}""")

I("nl", "tool", f"""volg_zending(code="3S{rs(UP, 4)}{dig(9)}", postcode="1012 AB") →
  vervoerder: PostNL
  bestelnummer: WS-{dig(6)}
  status: "Bezorgd bij buren (nr. 43)" op 11-06-2024 14:02""")

I("nl", "log", f"""2024-06-12 10:44:09 WAARSCHUWING wachtwoord verlopen voor gebruiker 'k.visser', moet worden gewijzigd
2024-06-12 10:44:31 INFO nieuw wachtwoord ingesteld (sterkte: goed), alle tokens ingetrokken
2024-06-12 10:44:31 INFO verzoek {uid()} afgerond in 88 ms
2024-06-12 10:45:00 INFO cron: back-up gecontroleerd, checksum {sha256h()[:32]}""")

# ============================================================================================
# POLISH
# ============================================================================================
_v = pl_pesel()
S("pl", "log", f"""[faktury] 2024-06-12 12:04:17 DEBUG tworzenie faktury dla osoby fizycznej:
{{"nabywca": "Tomasz Wiśniewski", "pesel": "{_v}", "adres": "ul. Długa 7/3, 80-827 Gdańsk", "kwota": 349.00}}
[faktury] 2024-06-12 12:04:17 INFO  faktura FV/2024/06/{dig(4)} zapisana""", _v)

_v = dig(6, False)
S("pl", "user", f"""płacę za domenę BLIKIEM, wygenerowałem kod: {_v[:3]} {_v[3:]} — wpisz go szybko w formularz płatności,
ważny jeszcze jakieś 90 sekund""", f"{_v[:3]} {_v[3:]}")

_v = rs(AN, 64)
S("pl", "mobile", f"""// build.gradle.kts (moduł :app) — konfiguracja integracji z Allegro
android {{
    defaultConfig {{
        buildConfigField("String", "ALLEGRO_CLIENT_ID", "\\"{hexs(32)}\\"")
        // sekret klienta — TYMCZASOWO w kodzie, przenieść do CI
        buildConfigField("String", "ALLEGRO_CLIENT_SECRET", "\\"{_v}\\"")
    }}
}}""", _v)

_v = pl_iban()
S("pl", "tool", f"""eksport_przelewow(data="2024-06-12") →
lp;odbiorca;rachunek;kwota;tytul
1;Anna Kowalczyk;{_v};1850.00;Wynagrodzenie 05/2024
2;ZUS;<rachunek składkowy>;1412.21;Składki 05/2024""", _v)

I("pl", "note", f"""Dane kontrahenta do umowy:
Drukarnia Wisła Sp. z o.o., ul. Przemysłowa 15, 30-701 Kraków
NIP: {pl_nip()}   REGON: {pl_regon()}   KRS: 0000{dig(6)}
Kapitał zakładowy: 50 000 zł""")

I("pl", "tool", f"""sledz_paczke(numer="{dig(24)}") →
  przewoźnik: InPost Paczkomat
  zamówienie nr ZAM/{dig(5)}/2024
  status: "Gotowa do odbioru" — paczkomat KRA12M, ul. Kamieńskiego 11""")

I("pl", "log", f"""2024-06-12 15:30:11 OSTRZEŻENIE hasło wygasło dla użytkownika 'p.nowak'
2024-06-12 15:30:40 INFO token odświeżania unieważniony, wymagane ponowne logowanie
2024-06-12 15:31:02 INFO wdrożenie {sha1h()[:12]} zakończone, obraz {docker_digest()}""")

# ============================================================================================
# CZECH
# ============================================================================================
_v = cz_rc()
S("cs", "sql", f"""-- záloha tabulky pacientu (ordinace MUDr. Novák), 12. 6. 2024
INSERT INTO pacienti (id, jmeno, prijmeni, rodne_cislo, pojistovna) VALUES
(1204, 'Tereza', 'Horáková', '{_v}', '111');""", _v)

_v = cz_account()
S("cs", "chat", f"""Ahoj, zálohu za chatu pošli prosím na můj soukromý účet {_v}, do zprávy napiš „chata Šumava“.
Firemní účet už nepoužívám.""", _v)

_v = pw(14, "")
S("cs", "env", f"""# nastavení e-mailů pro e-shop
SMTP_SERVER=smtp.seznam.cz
SMTP_UZIVATEL=objednavky@keramika-brno.cz
# heslo k SMTP (Seznam Email Profi)
SMTP_HESLO={_v}""", _v)

I("cs", "note", f"""Fakturační údaje dodavatele:
Keramika Brno s.r.o., Křenová 67, 602 00 Brno
IČO: {cz_ico()}, DIČ: CZ{cz_ico()}
Zapsáno v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka {dig(5)}""")

I("cs", "log", f"""12.06.2024 08:15:22 VAROVÁNÍ neplatný token pro požadavek {uid()} (vypršela platnost)
12.06.2024 08:15:22 INFO uživatel byl přesměrován na přihlášení, heslo nebylo odesláno
12.06.2024 08:16:01 INFO nasazena verze 2.4.1 (commit {sha1h()})""")

# ============================================================================================
# SWEDISH
# ============================================================================================
_v = se_pnr()
S("sv", "tool", f"""läs_csv("lön/anställda_juni.csv") gav:
anst_nr;namn;personnummer;avdelning
1007;Elin Lindqvist;{_v};Lager
1008;Oskar Berg;(saknas);IT""", _v)

_v = pw(20, "")
S("sv", "k8s", f"""apiVersion: v1
kind: Secret
metadata:
  name: elastic-credentials
  namespace: sok
  # lösenord för elastic-användaren, sätts av ECK vid första start
stringData:
  elastic: {_v}""", _v)

_v = dig(4, False)
S("sv", "chat", f"""Påminnelse inför flytten: portkoden till nya kontoret på Götgatan är {_v}, larmet slås av med samma kod
plus knappen FRÅN. Serverskåpet står i städförrådet tills vidare.""", _v)

I("sv", "note", f"""Leverantörsuppgifter:
Norrsken IT AB, Sveavägen 44, 111 34 Stockholm
Organisationsnummer: {se_orgnr()}
Momsregistreringsnummer: SE{se_orgnr().replace('-', '')}01
Bankgiro: {dig(3)}-{dig(4)}""")

I("sv", "log", f"""2024-06-12 11:02:45 VARNING inloggning misslyckades för 'a.nilsson' – fel lösenord
2024-06-12 11:03:10 INFO engångskod skickad via SMS till +46 70 *** ** 12
2024-06-12 11:03:32 INFO session skapad {uid()}, spårnings-id {hexs(32)}""")

# ============================================================================================
# NORWEGIAN (bokmål)
# ============================================================================================
_v = no_fnr()
S("nb", "log", f"""2024-06-12 09:12:00 DEBUG altinn-integrasjon: sender melding for innbygger
2024-06-12 09:12:00 DEBUG altinn-integrasjon: {{"navn": "Ingrid Solberg", "fodselsnummer": "{_v}", "kommune": "0301"}}
2024-06-12 09:12:01 INFO  altinn-integrasjon: kvittering mottatt""", _v)

_v = hexs(32)
S("nb", "toml", f"""# konfig for Vipps-betaling i nettbutikken
[vipps]
client_id = "{uid()}"
client_secret = "{_v}"
subscription_key = "{hexs(32)}"
merchant_serial_number = "{dig(6)}\"""", _v)

I("nb", "note", f"""Fakturaopplysninger:
Fjordkraft Konsult AS, Bryggen 9, 5003 Bergen
Organisasjonsnummer: {no_orgnr()} MVA
Kontonummer (bedrift): oppgis på faktura
Kundenummer: {dig(7)}, fakturanummer {dig(6)}""")

I("nb", "log", f"""2024-06-12 14:20:01 ADVARSEL passordet er utløpt for bruker 'h.hansen', må byttes ved neste innlogging
2024-06-12 14:20:15 INFO token fornyet for tjeneste 'lager-api', utløper om 3600 s
2024-06-12 14:20:15 INFO forespørsel {uid()} fullført""")

# ============================================================================================
# DANISH
# ============================================================================================
_y, _m, _d = rdate(1960, 1999)
_v = f"{_d:02d}{_m:02d}{_y % 100:02d}-{dig(4, False)}"
S("da", "chat", f"""Hej! Til lønsystemet skal I bruge mit CPR-nummer: {_v}. Jeg starter 1. august på kontoret i Aarhus.
Mvh Mette""", _v)

_v = human_pw()
S("da", "ansible", f"""# group_vars/webservere.yml
nginx_worker_processes: auto
# adgangskode til statistik-siden (basic auth)
stats_bruger: drift
stats_adgangskode: "{_v}\"""", _v)

I("da", "note", f"""Firmaoplysninger fra fakturaen:
Nordlys Software ApS, Vesterbrogade 112, 1620 København V
CVR-nr.: {dk_cvr()}
Ordrenummer: {dig(6)}, forfaldsdato 30.06.2024""")

# ============================================================================================
# FINNISH
# ============================================================================================
_v = fi_hetu()
S("fi", "note", f"""Tukipyyntö #{dig(5)}: asiakas ei pääse kirjautumaan ajanvaraukseen. Hän antoi henkilötunnuksensa {_v}
tunnistamista varten; tarkistin sen ja nollasin kirjautumisen. Muista poistaa tunnus tiketistä.""", _v)

_v = pw(17, "")
S("fi", "env", f"""# sovelluksen asetukset (tuotanto)
POSTGRES_KAYTTAJA=varasto
# salasana vaihdettu 3.6., vanha ei enää toimi
POSTGRES_SALASANA={_v}
POSTGRES_PALVELIN=10.0.2.15""", _v)

_v = mod97_iban("FI", dig(14, False))
S("fi", "tool", f"""palkanlaskenta.hae_tyontekija(id=311) →
{{"nimi": "Aino Virtanen", "tilinumero": "{grp(_v)}", "verokortti": "28,5 %", "palkka": 3650.00}}""", grp(_v))

I("fi", "note", f"""Laskun tiedot:
Saaja: Pohjoisen Ohjelmistopaja Oy, Y-tunnus {fi_ytunnus()}
Viitenumero: {fi_viite()}
Eräpäivä: 30.6.2024, summa 1 240,00 €
Seurantakoodi: JJFI{dig(20)}""")

I("fi", "log", f"""12.06.2024 13:44:10 VAROITUS kirjautuminen epäonnistui käyttäjälle 'm.korhonen' (väärä salasana)
12.06.2024 13:44:30 INFO kertakäyttökoodi lähetetty sähköpostiin
12.06.2024 13:45:02 INFO istunto {uid()} luotu, versio {sha1h()[:8]}""")

# ============================================================================================
# HUNGARIAN
# ============================================================================================
_v = hu_taj()
S("hu", "tool", f"""betegadat.lekerdez(azonosito=55120) →
{{"nev": "Kovács Eszter", "szuletesi_datum": "1983-07-19", "taj_szam": "{_v}", "haziorvos": "Dr. Szabó Péter"}}""", _v)

_v = pw(13, "")
S("hu", "ini", f"""; /etc/mysql/conf.d/backup.cnf
; jelszó a mentő felhasználóhoz — csak root olvashatja!
[client]
user=mento
password={_v}
host=127.0.0.1""", _v)

I("hu", "note", f"""Szállító adatai a szerződésből:
Duna Informatika Kft., 1117 Budapest, Irinyi József u. 4.
Adószám: {hu_adoszam()}
Cégjegyzékszám: 01-09-{dig(6)}""")

I("hu", "log", f"""2024.06.12 10:01:33 FIGYELMEZTETÉS érvénytelen token, kérés: {uid()}
2024.06.12 10:01:33 INFO a felhasználó új jelszót kért, e-mail elküldve
2024.06.12 10:02:10 INFO telepítve: {sha1h()}""")

# ============================================================================================
# ROMANIAN
# ============================================================================================
_v = ro_cnp()
S("ro", "sql", f"""-- import clienți persoane fizice, lot 12.06.2024
INSERT INTO clienti (nume, prenume, cnp, judet) VALUES ('Popescu', 'Andrei', '{_v}', 'Cluj');""", _v)

_v = mod97_iban("RO", rng.choice(["BTRL", "RNCB", "INGB", "BRDE"]) + rs(UP + DI, 16))
S("ro", "chat", f"""salut, pentru decontul de la conferință trimite banii în contul meu personal {_v}
(Banca Transilvania, titular Ioana Marin). mersi!""", _v)

I("ro", "note", f"""Date furnizor de pe factură:
Carpați Soft SRL, Str. Memorandumului 28, Cluj-Napoca
CUI: RO{ro_cui()}, Nr. Reg. Com. J12/{dig(4)}/2016
Factura nr. CS-{dig(5)} din 12.06.2024, total 5.950,00 lei""")

I("ro", "log", f"""2024-06-12 16:10:02 AVERTISMENT parolă expirată pentru utilizatorul 'v.ionescu'
2024-06-12 16:10:40 INFO token de acces reînnoit, expiră în 900 s
2024-06-12 16:10:40 INFO cerere {uid()} finalizată (200)""")

# ============================================================================================
# CROATIAN
# ============================================================================================
_v = hr_oib()
S("hr", "log", f"""2024-06-12 09:30:44 DEBUG e-racun: kupac={{"ime": "Marko Horvat", "oib": "{_v}", "adresa": "Ilica 120, 10000 Zagreb"}}
2024-06-12 09:30:45 INFO e-racun: račun R-{dig(5)} fiskaliziran, JIR {uid()}""", _v)

I("hr", "log", f"""2024-06-12 11:00:02 UPOZORENJE neuspjela prijava za korisnika 'i.kovac' – pogrešna lozinka
2024-06-12 11:00:30 INFO poslan link za promjenu lozinke (vrijedi 30 min)
2024-06-12 11:01:12 INFO ZKI {md5h()} · JIR {uid()}""")


# ============================================================================================
# helpers (innocent business ids / tracking)
# ============================================================================================
def ru_kpp() -> str:
    return f"{rng.choice(['77', '78', '50'])}{rng.randint(1, 51):02d}01001"


def ru_post_track() -> str:
    b = f"{rng.choice(['10', '12', '14', '80'])}{dig(11, False)}"
    s = sum(int(x) * (3 if i % 2 == 0 else 1) for i, x in enumerate(b))
    return b + str((10 - s % 10) % 10)


def ua_edrpou() -> str:
    while True:
        b = dig(7)
        n = int(b + "0")
        w = [1, 2, 3, 4, 5, 6, 7] if (n < 30000000 or n > 60000000) else [7, 1, 2, 3, 4, 5, 6]
        c = sum(int(x) * y for x, y in zip(b, w)) % 11
        if c == 10:
            c = sum(int(x) * (y + 2) for x, y in zip(b, w)) % 11
            if c == 10:
                c = 0
        return b + str(c)


def rs_pib() -> str:
    b = dig(8)
    return b + iso7064_11_10(b)


def bg_eik() -> str:
    b = dig(8)
    c = sum(int(x) * (i + 1) for i, x in enumerate(b)) % 11
    if c == 10:
        c = sum(int(x) * (i + 3) for i, x in enumerate(b)) % 11
        c = 0 if c == 10 else c
    return b + str(c)


def tr_vkn() -> str:
    b = dig(9, False)
    s = 0
    for i, x in enumerate(b):
        tmp = (int(x) + 9 - i) % 10
        v = (tmp * (2 ** (9 - i))) % 9
        if tmp != 0 and v == 0:
            v = 9
        s += v
    return b + str((10 - s % 10) % 10)


def il_company() -> str:
    b = "51" + dig(6, False)
    s = 0
    for i, ch in enumerate(b):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        s += v // 10 + v % 10
    return b + str((10 - s % 10) % 10)


def gr_afm() -> str:
    while True:
        b = "8" + dig(7, False) if rng.random() < 0.5 else "99" + dig(6, False)
        c = sum(int(x) * 2 ** (8 - i) for i, x in enumerate(b)) % 11 % 10
        return b + str(c)


# ============================================================================================
# RUSSIAN
# ============================================================================================
_v = "y0_AgAAAAA" + rs(AN + "-_", 47)
S("ru", "sdk", f"""# выгрузка отчётов из Яндекс Директа, запускается по крону в 06:00
import requests
TOKEN = "{_v}"  # OAuth-токен рекламного аккаунта, временно здесь
resp = requests.post("https://api.direct.yandex.com/json/v5/reports",
                     headers={{"Authorization": f"Bearer {{TOKEN}}", "Client-Login": "shop-pobeda"}}, json=body)""", _v)

_v = ru_snils()
S("ru", "tool", f"""кадры.получить_сотрудника(табельный="00412") →
{{"фио": "Смирнова Ольга Викторовна", "снилс": "{_v}", "инн": "{ru_inn12()}", "должность": "бухгалтер"}}""", _v)

_v = f"{rng.randint(40, 46)}{dig(2)} {dig(6)}"
S("ru", "chat", f"""Коллеги, для пропуска в ЦОД на завтра нужны паспортные данные. Мои: паспорт {_v},
выдан ГУ МВД России по г. Москве 14.03.2019. Машина Kia Rio, номер не нужен — приеду на метро.""", _v)

_v = card("2202", 16)
S("ru", "log", f"""2024-06-12 18:44:02,118 ERROR [payments] ответ эквайера: 05 Do not honor
2024-06-12 18:44:02,118 DEBUG [payments] исходный запрос: pan={_v} exp=1127 amount=149000 currency=643
2024-06-12 18:44:02,119 INFO  [payments] заказ {dig(8)} переведён в статус FAILED""", _v)

I("ru", "note", f"""Реквизиты поставщика (из договора):
ООО «Северный Ветер», 125009, г. Москва, ул. Тверская, д. 12, стр. 2
ИНН {ru_inn10()}  КПП {ru_kpp()}  ОГРН {ru_ogrn()}
Генеральный директор: Петров А. С. (действует на основании Устава)""")

I("ru", "log", f"""2024-06-12 10:15:44 WARN  auth: токен доступа истёк, клиент mobile-ios, запрос {uid()}
2024-06-12 10:15:44 INFO  auth: выдан новый токен по refresh-токену (пароль не запрашивался)
2024-06-12 10:15:45 INFO  trace_id={hexs(32)} span_id={hexs(16)} статус=200""")

I("ru", "tool", f"""отследить_посылку(трек="{ru_post_track()}") →
  служба: Почта России
  заказ № {dig(6)}-{dig(3)}
  статус: «Прибыло в место вручения», отделение 190000 Санкт-Петербург""")

I("ru", "sql", """-- миграция 0057: пароли больше не храним в открытом виде
ALTER TABLE users ADD COLUMN password_hash TEXT;        -- argon2id
ALTER TABLE users DROP COLUMN password;                 -- старое поле с паролем удалено
CREATE INDEX idx_users_token_prefix ON api_tokens (token_prefix);  -- префикс токена, не сам токен""")

# ============================================================================================
# UKRAINIAN
# ============================================================================================
_v = ua_rnokpp()
S("uk", "tool", f"""податки.знайти_фоп(прізвище="Коваленко") →
{{"піб": "Коваленко Дмитро Олегович", "рнокпп": "{_v}", "група": 3, "дата_реєстрації": "2020-02-14"}}""", _v)

_v = "u" + rs(AN + "-_", 43)
S("uk", "curl", f"""# отримати виписку по картці (особистий токен з api.monobank.ua)
curl -s -H "X-Token: {_v}" \\
  https://api.monobank.ua/personal/statement/0/1717200000/1718200000 | jq length""", _v)

_v = mod97_iban("UA", "305299" + dig(19, False))
S("uk", "chat", f"""Привіт! За оренду серверної стійки перекажи, будь ласка, на мій особистий рахунок {_v}
(ПриватБанк, отримувач Олена Шевчук). Рахунок ФОП вже закритий.""", _v)

I("uk", "note", f"""Реквізити контрагента:
ТОВ «Дніпро Софт», 49000, м. Дніпро, просп. Яворницького, 50
Код ЄДРПОУ: {ua_edrpou()}
Номер рахунку-фактури: СФ-{dig(5)} від 12.06.2024""")

I("uk", "log", f"""2024-06-12 12:40:10 ПОПЕРЕДЖЕННЯ термін дії токена минув, запит {uid()}
2024-06-12 12:40:12 ІНФО ТТН Нової пошти {rng.choice(['2045', '5945'])}{dig(10)} створено для замовлення №{dig(6)}
2024-06-12 12:40:12 ІНФО розгорнуто збірку {sha1h()[:10]}""")

# ============================================================================================
# SERBIAN (Cyrillic) / BULGARIAN
# ============================================================================================
_v = rs_jmbg()
S("sr", "chat", f"""Здраво, за уговор о раду ми треба и твој ЈМБГ. — Ево: {_v}. Адреса је Булевар ослобођења 44, Нови Сад.""", _v)

_v = pw(16, "")
S("sr", "env", f"""# подешавања за апликацију (продукција)
# лозинка за базу — не дељити у Слеку!
БАЗА_КОРИСНИК=apoteka
DB_PASSWORD={_v}""", _v)

I("sr", "note", f"""Подаци о добављачу:
Дунав Софтвер д.о.о., Кнеза Михаила 10, 11000 Београд
ПИБ: {rs_pib()}   Матични број: {dig(8)}
Рачун бр. {dig(4)}/2024""")

I("sr", "log", f"""12.06.2024 09:00:12 УПОЗОРЕЊЕ неуспела пријава за корисника 'm.petrovic' (погрешна лозинка)
12.06.2024 09:00:40 ИНФО послат линк за ресет лозинке, важи 30 минута
12.06.2024 09:01:02 ИНФО захтев {uid()} завршен""")

_v = bg_egn()
S("bg", "sql", f"""-- архив на клиентите на счетоводна кантора, 12.06.2024
INSERT INTO klienti (ime, egn, grad) VALUES ('Георги Димитров', '{_v}', 'Пловдив');""", _v)

_v = pw(15, "")
S("bg", "yaml", f"""# config/production.yml
database:
  host: 10.3.0.8
  user: magazin
  # паролата е сменена на 01.06 — старата вече не работи
  password: "{_v}\"""", _v)

I("bg", "note", f"""Данни за фактура:
„Витоша Дигитал“ ЕООД, бул. „Витоша“ 89, 1463 София
ЕИК: {bg_eik()}, ИН по ЗДДС: BG{bg_eik()}
Фактура № 0000{dig(6)} / 12.06.2024""")

I("bg", "log", f"""2024-06-12 13:22:01 ПРЕДУПРЕЖДЕНИЕ невалиден токен за заявка {uid()}
2024-06-12 13:22:01 ИНФО потребителят е пренасочен към вход, парола не е изпратена
2024-06-12 13:23:10 ИНФО внедрена версия 3.1.0 ({sha1h()[:12]})""")

# ============================================================================================
# TURKISH
# ============================================================================================
_v = tr_tckn()
S("tr", "tool", f"""kimlik_dogrula(basvuru="B-20931") sonucu:
{{"ad_soyad": "Elif Yılmaz", "tc_kimlik_no": "{_v}", "dogum_tarihi": "1994-08-30", "sonuc": "eşleşti"}}""", _v)

_v = mod97_iban("TR", rng.choice(["00010", "00046", "00062", "00064"]) + "0" + dig(16, False))
S("tr", "chat", f"""abi kira için hesap bilgim: {grp(_v)} (Ziraat, Mehmet Demir adına). açıklamaya "haziran kira" yaz yeter""", grp(_v))

_v = rs(AN, 32)
S("tr", "env", f"""# iyzico ödeme ayarları (CANLI ortam)
IYZICO_API_KEY={rs(AN, 32)}
# gizli anahtar — kimseyle paylaşma
IYZICO_SECRET_KEY={_v}
IYZICO_BASE_URL=https://api.iyzipay.com""", _v)

I("tr", "note", f"""Tedarikçi bilgileri (faturadan):
Boğaziçi Yazılım A.Ş., Büyükdere Cad. No:185, 34394 Şişli/İstanbul
Vergi Dairesi: Zincirlikuyu   Vergi No: {tr_vkn()}
Mersis No: 0{dig(15)}""")

I("tr", "tool", f"""kargo_takip(takip_no="{dig(12)}") →
  firma: Yurtiçi Kargo
  sipariş no: SP-{dig(7)}
  durum: "Dağıtıma çıkarıldı" — Kadıköy şubesi, 34710""")

I("tr", "log", f"""2024-06-12 17:05:44 UYARI kullanıcı 'a.kaya' için şifre süresi doldu
2024-06-12 17:06:02 BİLGİ yeni erişim belirteci oluşturuldu (süre 3600 sn), istek {uid()}
2024-06-12 17:06:02 BİLGİ sürüm 4.2.0 / commit {sha1h()}""")

# ============================================================================================
# GREEK (and Greeklish)
# ============================================================================================
_v = gr_amka()
S("el", "tool", f"""ιατρείο.αναζήτηση_ασθενή(επώνυμο="Παπαδοπούλου") →
{{"ονοματεπώνυμο": "Μαρία Παπαδοπούλου", "αμκα": "{_v}", "ασφαλιστικός_φορέας": "ΕΦΚΑ"}}""", _v)

_v = pw(14, "")
S("el", "compose", f"""  db:
    image: mariadb:11.4
    environment:
      # κωδικός του root — να αλλάξει πριν το go-live
      MARIADB_ROOT_PASSWORD: {_v}
      MARIADB_DATABASE: eshop""", _v)

_v = rs(LO + DI, 12)
S("el-Latn", "chat", f"""re paidia o kwdikos tou wifi sto grafeio (diktyo NOC-5G) allakse, twra einai {_v}
min ton grafete sto wiki, tha ton dinoume mono proforika""", _v)

I("el", "note", f"""Στοιχεία προμηθευτή από το τιμολόγιο:
Αιγαίο Λογισμικό Α.Ε., Λεωφ. Συγγρού 120, 117 45 Αθήνα
ΑΦΜ: {gr_afm()}, ΔΟΥ: ΦΑΕ Αθηνών, ΓΕΜΗ: {dig(12)}
Αρ. τιμολογίου: ΤΠΥ-{dig(5)}""")

I("el", "log", f"""12/06/2024 11:40:03 ΠΡΟΕΙΔΟΠΟΙΗΣΗ μη έγκυρο διακριτικό πρόσβασης, αίτημα {uid()}
12/06/2024 11:40:03 ΠΛΗΡΟΦΟΡΙΑ ο χρήστης ανακατευθύνθηκε στη σελίδα σύνδεσης
12/06/2024 11:41:00 ΠΛΗΡΟΦΟΡΙΑ έκδοση {sha1h()[:10]} σε παραγωγή""")

# ============================================================================================
# HEBREW
# ============================================================================================
_v = il_id()
S("he", "chat", f"""היי, בשביל הטופס 101 של מחלקת שכר צריך מספר תעודת זהות. שלי זה {_v}. תודה!""", _v)

_v = human_pw()
S("he", "ini", f"""; config/prod.ini
; סיסמה למשתמש הגיבוי — לא להעלות לגיט!
[backup]
user = gibui
password = {_v}
target = s3://gibui-prod/db""", _v)

_v = dig(6, False)
S("he", "log", f"""[e2e] 12/06/2024 14:22:01 התקבלה הודעת SMS: "קוד האימות שלך הוא {_v}. אין למסור את הקוד לאף אחד."
[e2e] 12/06/2024 14:22:02 מזין את הקוד בשדה otp""", _v)

I("he", "note", f"""פרטי ספק מהחשבונית:
אופק תוכנה בע"מ, דרך מנחם בגין 132, תל אביב
ח.פ. {il_company()}
חשבונית מס מספר {dig(5)}, סה"כ ₪ 4,680.00""")

I("he", "log", f"""12/06/2024 09:10:14 אזהרה: אסימון הגישה פג תוקף, בקשה {uid()}
12/06/2024 09:10:14 מידע: המשתמש הופנה למסך ההתחברות (לא נשלחה סיסמה)
12/06/2024 09:11:00 מידע: גרסה {sha1h()[:8]} הותקנה""")


# ============================================================================================
# helpers
# ============================================================================================
def ae_emirates_id() -> str:
    y, _, _ = rdate(1965, 2002)
    b = f"784{y}{dig(7, False)}"
    x = b + luhn_digit(b)
    return f"{x[:3]}-{x[3:7]}-{x[7:14]}-{x[14]}"


def sa_vat() -> str:
    return "3" + dig(13, False) + "3"


def pk_cnic() -> str:
    b = f"{rng.choice(['35202', '42101', '61101', '37405'])}{dig(7, False)}{rng.randint(1, 9)}"
    return f"{b[:5]}-{b[5:12]}-{b[12]}"


def in_ifsc() -> str:
    return rng.choice(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK"]) + "0" + dig(6, False)


def in_cin() -> str:
    return f"U{rng.choice(['72200', '62099', '74999'])}{rng.choice(['MH', 'KA', 'DL', 'TN'])}{rng.randint(2008, 2021)}PTC{dig(6)}"


# ============================================================================================
# ARABIC
# ============================================================================================
_v = mod97_iban("SA", rng.choice(["80", "10", "45", "20"]) + dig(18, False))
S("ar", "chat", f"""مرحبا، بخصوص تعويض مصاريف السفر: حسابي الشخصي في مصرف الراجحي، الآيبان {grp(_v)} باسم خالد العتيبي.
شكرًا لك""", grp(_v))

_v = "sk_live_" + rs(AN, 24)
S("ar", "env", f"""# إعدادات بوابة الدفع (بيئة الإنتاج)
# المفتاح السري — لا تشاركه مع أحد ولا ترفعه إلى المستودع
TAP_SECRET_KEY={_v}
TAP_PUBLIC_KEY=pk_live_{rs(AN, 24)}
CURRENCY=KWD""", _v)

_v = ae_emirates_id()
S("ar", "tool", f"""نتيجة التحقق من الهوية (ocr_id_card):
{{"الاسم": "فاطمة حسن المنصوري", "رقم_الهوية": "{_v}", "تاريخ_الانتهاء": "2027-05-14", "الجنسية": "الإمارات"}}""", _v)

_v = dig(4, False)
S("ar", "log", f"""[اختبار] 2024-06-12 15:31:08 رسالة SMS واردة: "رمز التحقق الخاص بك هو {_v}. لا تشاركه مع أي شخص."
[اختبار] 2024-06-12 15:31:09 إدخال الرمز في حقل التحقق... تم""", _v)

I("ar", "note", f"""بيانات المورد من الفاتورة الضريبية:
شركة الأفق للبرمجيات المحدودة، طريق الملك فهد، الرياض 12214
السجل التجاري: 1010{dig(6)}
الرقم الضريبي: {sa_vat()}
رقم الفاتورة: INV-{dig(6)}، الإجمالي 11,500.00 ر.س""")

I("ar", "tool", f"""تتبع_الشحنة(رقم="{dig(11)}") ←
  شركة الشحن: أرامكس
  رقم الطلب: ORD-{dig(7)}
  الحالة: "خرجت للتوصيل" — مركز جدة""")

I("ar", "log", f"""2024-06-12 10:02:11 تحذير: رمز مميز غير صالح أو منتهي الصلاحية، الطلب {uid()}
2024-06-12 10:02:11 معلومات: تمت إعادة توجيه المستخدم لتسجيل الدخول، لم تُرسل كلمة المرور
2024-06-12 10:03:40 معلومات: نشر الإصدار 2.7.0 (commit {sha1h()})""")

I("ar", "note", """توثيق داخلي: لإعداد بوابة الدفع في بيئة التطوير، ضع مفتاحك التجريبي بدل <YOUR_TEST_SECRET_KEY>
في ملف ‎.env.local‎. المفاتيح التي تبدأ بـ sk_test_ فقط مسموحة على أجهزة المطورين، ومفاتيح الإنتاج
موجودة في مدير الأسرار ولا تُنسخ يدويًا.""")

# ============================================================================================
# ARABIZI (Arabic in Latin script, Egyptian)
# ============================================================================================
_v = human_pw()
S("ar-Latn", "chat", f"""ya 3am el server el gdid 5alas, el user root w el password {_v}
3ayzak t8ayaro awel ma td5ol w matb3toosh 3al group tany""", _v)

I("ar-Latn", "chat", f"""tmam ya basha, el build 3ada (#{dig(4)}), commit {sha1h()[:7]}
el token elly kan fel repo 3amalnalo revoke embare7, 5alas mafeesh 7aga mtsarraba""")

# ============================================================================================
# PERSIAN
# ============================================================================================
_v = ir_melli()
S("fa", "tool", f"""نتیجهٔ استعلام مشتری (crm.find_customer):
{{"نام": "سارا احمدی", "کد_ملی": "{_v}", "شهر": "اصفهان", "وضعیت": "فعال"}}""", _v)

_v = card(rng.choice(["603799", "610433", "627412"]), 16)
S("fa", "chat", f"""سلام، هزینهٔ هاست رو به کارت شخصی من واریز کنید: {grp(_v, 4, '-')} به نام رضا کریمی. ممنون""", grp(_v, 4, "-"))

_v = mod97_iban("IR", "0" + rng.choice(["17", "12", "56"]) + "0" + dig(20, False))
S("fa", "note", f"""یادداشت: کاربر برای بازپرداخت ودیعه شماره شبای شخصی‌اش را داد: {_v}
آن را فقط در سامانهٔ مالی ثبت کردم و از تیکت پاک شد.""", _v)

I("fa", "tool", f"""پیگیری_مرسوله(کد="{dig(24)}") ←
  شرکت: پست جمهوری اسلامی ایران
  شماره سفارش: {dig(8)}
  وضعیت: «تحویل به نامه‌رسان» — کد پستی مقصد {dig(10)}""")

I("fa", "log", f"""۱۴۰۳/۰۳/۲۳ ۱۰:۲۲:۰۱ هشدار: توکن منقضی شده است، درخواست {uid()}
۱۴۰۳/۰۳/۲۳ ۱۰:۲۲:۰۱ اطلاع: کاربر به صفحهٔ ورود هدایت شد (رمز عبور ارسال نشد)
۱۴۰۳/۰۳/۲۳ ۱۰:۲۳:۱۰ اطلاع: نسخهٔ {sha1h()[:10]} مستقر شد""")

# ============================================================================================
# URDU
# ============================================================================================
_v = pk_cnic()
S("ur", "chat", f"""السلام علیکم، تنخواہ کے اکاؤنٹ کے لیے میرا شناختی کارڈ نمبر {_v} ہے۔ باقی تفصیلات ای میل کر دی ہیں۔""", _v)

_v = dig(5, False)
S("ur", "user", f"""میرا ایزی پیسہ ایم پن {_v} ہے، براہ کرم ڈومین کی ادائیگی مکمل کر دیں، میں ابھی دفتر میں نہیں ہوں""", _v)

I("ur", "note", f"""سپلائر کی تفصیلات (انوائس سے):
انڈس سافٹ ویئر (پرائیویٹ) لمیٹڈ، شاہراہ فیصل، کراچی
این ٹی این: {dig(7)}-{dig(1)}   ایس ٹی آر این: {dig(13)}
انوائس نمبر IS-{dig(5)}، کل رقم ₨ 245,000""")

I("ur", "log", f"""2024-06-12 11:30:02 انتباہ: ٹوکن کی میعاد ختم ہو گئی، درخواست {uid()}
2024-06-12 11:30:02 معلومات: صارف کو لاگ اِن صفحے پر بھیج دیا گیا، پاس ورڈ نہیں بھیجا گیا
2024-06-12 11:31:15 معلومات: ورژن {sha1h()[:8]} تعینات""")

# ============================================================================================
# HINDI (Devanagari)
# ============================================================================================
_v = in_aadhaar()
S("hi", "tool", f"""केवाईसी_जाँच(आवेदन="KYC-7712") का परिणाम:
{{"नाम": "राजेश कुमार शर्मा", "आधार": "{_v}", "जन्मतिथि": "1986-01-09", "स्थिति": "सत्यापित"}}""", _v)

_v = in_pan("P")
S("hi", "chat", f"""नमस्ते, फ़्रीलांस भुगतान के इनवॉइस पर मेरा पैन नंबर {_v} लिख दीजिए, नाम: प्रिया वर्मा। धन्यवाद!""", _v)

_v = rs(AN, 24)
S("hi", "env", f"""# रेज़रपे पेमेंट गेटवे (लाइव)
RAZORPAY_KEY_ID=rzp_live_{rs(AN, 14)}
# गुप्त कुंजी — इसे किसी के साथ साझा न करें
RAZORPAY_KEY_SECRET={_v}""", _v)

_v = dig(6, False)
S("hi", "user", f"""मेरा यूपीआई पिन {_v} है, सर्वर का बिल भर दो प्लीज़, मैं मीटिंग में हूँ""", _v)

I("hi", "note", f"""विक्रेता का विवरण (बिल से):
इंडिगो क्लाउड प्राइवेट लिमिटेड, बेंगलुरु
GSTIN: {in_gstin()}
CIN: {in_cin()}
बिल संख्या: IC/24-25/{dig(4)}, राशि ₹ 18,880.00""")

I("hi", "tool", f"""भुगतान_स्थिति(आदेश="ORD{dig(8)}") →
  UPI आईडी (प्राप्तकर्ता): cloudbill@okhdfcbank
  UTR: {dig(12)}
  बैंक: {in_ifsc()}, खाता XXXXXX{dig(4)}
  स्थिति: सफल, ₹ 1,499""")

I("hi", "log", f"""2024-06-12 12:10:44 चेतावनी: टोकन की समय-सीमा समाप्त, अनुरोध {uid()}
2024-06-12 12:10:44 सूचना: उपयोगकर्ता को लॉगिन पेज पर भेजा गया, पासवर्ड नहीं माँगा गया
2024-06-12 12:11:30 सूचना: संस्करण {sha1h()[:10]} तैनात""")

# ============================================================================================
# HINGLISH (Hindi in Latin script, code-switching)
# ============================================================================================
_v = human_pw()
S("hi-Latn", "chat", f"""bhai prod wale postgres ka password {_v} hai, abhi ke liye use kar le
kisi ko mat batana aur kal rotate kar denge, Slack pe mat daalna""", _v)

_v = dig(6, False)
S("hi-Latn", "user", f"""OTP aa gaya {_v}, jaldi daal de login page pe, 2 min me expire ho jayega""", _v)

I("hi-Latn", "chat", f"""deploy ho gaya bhai ✅ build #{dig(4)}, commit {sha1h()[:7]}
token wala issue fix hai, ab password reset mail bhi theek ja raha hai""")

I("hi-Latn", "user", f"""mera train ticket check kar do na, PNR {dig(10)}, train 12951 Rajdhani, 21 June, coach B4.
aur Flipkart order OD{dig(18)} kab tak aayega?""")

# ============================================================================================
# BENGALI
# ============================================================================================
_v = dig(10)
S("bn", "chat", f"""আসসালামু আলাইকুম, বেতনের অ্যাকাউন্ট খোলার জন্য আমার জাতীয় পরিচয়পত্র (NID) নম্বর {_v}। ধন্যবাদ।""", _v)

_v = dig(5, False)
S("bn", "user", f"""আমার বিকাশ পিন {_v}, সার্ভারের বিলটা দিয়ে দিও প্লিজ, আমি বাইরে আছি""", _v)

_v = pw(15, "")
S("bn", "yaml", f"""# config/prod.yaml
db:
  host: 10.2.0.11
  user: dokan
  # পাসওয়ার্ড — গিটে পুশ করবেন না
  password: {_v}""", _v)

I("bn", "note", f"""সরবরাহকারীর তথ্য (চালান থেকে):
পদ্মা সফটওয়্যার লিমিটেড, গুলশান-২, ঢাকা ১২১২
বিআইএন: {dig(9)}-0101
চালান নং PS-{dig(5)}, মোট ৳ ৮৫,০০০""")

I("bn", "log", f"""2024-06-12 14:00:12 সতর্কতা: টোকেনের মেয়াদ শেষ, অনুরোধ {uid()}
2024-06-12 14:00:12 তথ্য: ব্যবহারকারীকে লগইন পাতায় পাঠানো হয়েছে
2024-06-12 14:01:02 তথ্য: সংস্করণ {sha1h()[:8]} চালু হয়েছে""")

# ============================================================================================
# TAMIL
# ============================================================================================
_v = pw(16, "")
S("ta", "env", f"""# கடைத் தளத்தின் அமைப்புகள் (production)
DB_USER=kadai
# கடவுச்சொல் — யாருடனும் பகிர வேண்டாம்
DB_PASSWORD={_v}""", _v)

_v = in_aadhaar()
S("ta", "chat", f"""வணக்கம், புதிய சிம் பதிவுக்கு என் ஆதார் எண் {_v}. முகவரி: 14, காந்தி தெரு, மதுரை.""", _v)

I("ta", "tool", f"""ஆர்டர்_நிலை(எண்="ORD-{dig(7)}") →
  கூரியர்: DTDC, டிராக்கிங் எண் {rs(UP, 1)}{dig(8)}
  நிலை: "டெலிவரிக்கு புறப்பட்டது" — சென்னை 600017""")

I("ta", "log", f"""2024-06-12 09:45:03 எச்சரிக்கை: டோக்கன் காலாவதியானது, கோரிக்கை {uid()}
2024-06-12 09:45:03 தகவல்: பயனர் உள்நுழைவு பக்கத்திற்கு அனுப்பப்பட்டார்
2024-06-12 09:46:20 தகவல்: பதிப்பு {sha1h()[:10]} வெளியிடப்பட்டது""")


# ============================================================================================
# helpers (East / Southeast Asia)
# ============================================================================================
def jp_houjin() -> str:  # corporate number, public (innocent)
    b = dig(12)
    s = sum(int(x) * (1 if n % 2 == 1 else 2) for n, x in enumerate(reversed(b), start=1))
    return str(9 - s % 9) + b


def jp_yamato() -> str:
    b = dig(11)
    return f"{b[:4]}-{b[4:8]}-{b[8:]}{int(b) % 7}"


def kr_brn() -> str:  # business registration number (innocent)
    b = dig(9)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(x) * y for x, y in zip(b, w)) + (int(b[8]) * 5) // 10
    c = (10 - s % 10) % 10
    return f"{b[:3]}-{b[3:5]}-{b[5:]}{c}"


def kr_cj_invoice() -> str:
    b = dig(11)
    return b + str(int(b) % 7)


_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_id() -> str:
    letter = rng.choice("ABFHKT")
    n = _TW_LETTERS[letter]
    body = rng.choice("12") + dig(7, False)
    s = (n // 10) + (n % 10) * 9 + sum(int(x) * w for x, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
    return letter + body + str((10 - s % 10) % 10)


def tw_ubn() -> str:  # company unified business number (innocent)
    w = [1, 2, 1, 2, 1, 2, 4, 1]
    while True:
        b = dig(8)
        if b[6] == "7":
            continue
        s = sum((int(x) * y) // 10 + (int(x) * y) % 10 for x, y in zip(b, w))
        if s % 10 == 0:
            return b


def vn_mst() -> str:  # company tax code (innocent)
    w = [31, 29, 23, 19, 17, 13, 7, 5, 3]
    while True:
        b = "0" + dig(8, False)
        c = 10 - sum(int(x) * y for x, y in zip(b, w)) % 11
        if 0 <= c <= 9:
            return b + str(c)


def th_company_tax() -> str:  # juristic person tax id, 13 digits, same check as citizen id (innocent)
    b = "0105" + dig(8, False)
    c = (11 - sum(int(ch) * (13 - i) for i, ch in enumerate(b)) % 11) % 10
    return b + str(c)


def id_npwp() -> str:  # company tax id (innocent)
    b = rng.choice(["01", "02", "03", "21", "31"]) + dig(6, False)
    x = b + luhn_digit(b) + dig(3, False) + "000"
    return f"{x[:2]}.{x[2:5]}.{x[5:8]}.{x[8]}-{x[9:12]}.{x[12:]}"


def id_nik() -> str:
    y, m, d = rdate(1965, 2003)
    if rng.random() < 0.5:
        d += 40
    return f"{rng.choice(['317404', '327301', '357802', '517102'])}{d:02d}{m:02d}{y % 100:02d}{dig(4, False)}"


# ============================================================================================
# JAPANESE
# ============================================================================================
_v = jp_mynumber()
S("ja", "tool", f"""人事システム.従業員取得(社員番号="J-1042") の結果:
{{"氏名": "佐藤 美咲", "入社日": "2024-04-01", "個人番号": "{_v}", "扶養人数": 1}}""", _v)

_v = rs(AN + "+/", 171) + "="
S("ja", "env", f"""# LINE公式アカウント（本番）の設定
# チャネルアクセストークン（長期）— 絶対にリポジトリに入れないこと
LINE_CHANNEL_ACCESS_TOKEN={_v}
LINE_CHANNEL_ID={dig(10)}""", _v)

_v = f"普通 {dig(7, False)}"
S("ja", "chat", f"""経費精算の振込先、個人口座に変更お願いします🙇 みずほ銀行 渋谷支店（店番 {dig(3, False)}） {_v} 名義 タナカ ケンジ""", _v)

_v = "こっか　さむけ　わすれもの　しゃうん　はっけん　うごかす　ちまた　てんぼうだい　ちらみ　いねむり　てうち　さこつ"
S("ja", "user", f"""テストネット用じゃなくて本番のウォレットです。復元フレーズは下記なので、署名サーバーにだけ登録してください：
{_v}""", _v)

_v = pw(14, "")
S("ja", "ansible", f"""# roles/backup/defaults/main.yml
# バックアップ用DBユーザーのパスワード（後で ansible-vault で暗号化する）
backup_db_user: bkup
backup_db_password: "{_v}"
backup_cron_hour: 3""", _v)

I("ja", "note", f"""取引先情報（請求書より）:
株式会社さくらテック　東京都渋谷区道玄坂1-12-1
法人番号: {(_hj := jp_houjin())}
適格請求書発行事業者登録番号: T{_hj}
請求書番号: ST-{dig(6)}　合計 ¥132,000（税込）""")

I("ja", "tool", f"""配送状況確認(伝票番号="{jp_yamato()}") →
  配送業者: ヤマト運輸
  注文番号: {dig(3)}-{dig(7)}-{dig(7)}
  状況: 「配達完了」 2024/06/12 13:42 〒150-0043""")

I("ja", "log", f"""2024-06-12 10:11:22 WARN  認証: アクセストークンの有効期限切れ (request_id={uid()})
2024-06-12 10:11:22 INFO  認証: リフレッシュトークンで再発行しました（パスワード入力なし）
2024-06-12 10:11:23 INFO  trace={hexs(32)} 応答 200 / 38ms""")

I("ja", "note", """セットアップ手順（README より）:
1. `.env.example` を `.env` にコピーする
2. `OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxx` の部分を各自のキーに置き換える（キーは共有しないこと）
3. `make dev` で起動。パスワードやトークンを Slack に貼らないでください。""")

I("ja", "summary", f"""作業まとめ: 決済モジュールを v3.4.2 に更新（コミット {sha1h()}）。
CI #{dig(4)} 成功、イメージ {docker_digest()} を本番に反映。
レビュー指摘（トークンをログに出さない）を修正済み。残タスク: 管理画面のパスワードポリシー文言の修正。""")

I("ja", "sql", f"""-- 商品マスタ追加（JANコードは公開情報）
INSERT INTO products (jan_code, name, price_yen) VALUES
('{ean13('49')}', '抹茶ラテ 200ml', 168),
('{ean13('45')}', 'ほうじ茶 500ml', 140);""")

# ============================================================================================
# KOREAN
# ============================================================================================
_v = kr_rrn()
S("ko", "sql", f"""-- 회원 테이블 백업 (2024-06-12) — 개인정보 포함, 외부 반출 금지
INSERT INTO members (id, name, rrn, phone) VALUES (2231, '김민지', '{_v}', '010-****-5521');""", _v)

_v = hexs(32)
S("ko", "yaml", f"""# application-prod.yml
kakao:
  # REST API 키 (운영) — 깃에 올리지 마세요
  rest-api-key: {_v}
  redirect-uri: https://shop.haneul.kr/oauth/kakao/callback""", _v)

_v = f"{dig(6, False)}-{dig(2)}-{dig(6, False)}"
S("ko", "chat", f"""정산금은 제 개인 계좌로 부탁드려요~ 국민은행 {_v} 예금주 박서준입니다. 사업자 계좌는 해지했어요.""", _v)

_v = dig(6, False)
S("ko", "user", f"""은행 앱 간편비밀번호가 {_v}이에요. 서버 호스팅 비용 자동이체 등록 좀 대신 해주세요. 지금 운전 중이라서요""", _v)

I("ko", "note", f"""거래처 정보 (세금계산서 기준):
주식회사 하늘소프트, 서울특별시 강남구 테헤란로 152
사업자등록번호: {kr_brn()}
통신판매업 신고번호: 제2024-서울강남-{dig(5)}호
대표전화: 02-{dig(4)}-{dig(4)}""")

I("ko", "tool", f"""배송조회(운송장번호="{kr_cj_invoice()}") →
  택배사: CJ대한통운
  주문번호: {dig(14)}
  상태: "배송출발" — 서울강남B 캠프""")

I("ko", "log", f"""2024-06-12 11:05:44 경고 인증 토큰이 만료되었습니다 (요청 {uid()})
2024-06-12 11:05:44 정보 사용자를 로그인 페이지로 이동시켰습니다. 비밀번호는 전송되지 않았습니다.
2024-06-12 11:06:30 정보 배포 완료: {sha1h()[:12]}""")

I("ko", "summary", f"""리뷰 요약: PR #{dig(3)}에서 비밀번호 재설정 토큰이 로그에 남는 문제를 수정함. 관련 커밋 {sha1h()[:7]}, {sha1h()[:7]}.
해시 비교는 hmac.compare_digest 로 변경, 토큰 원문은 DB에 저장하지 않고 SHA-256 해시만 저장.""")

# ============================================================================================
# CHINESE (Simplified)
# ============================================================================================
_v = cn_id()
S("zh", "tool", f"""实名认证.查询(订单号="{dig(12)}") 返回：
{{"姓名": "王海燕", "身份证号": "{_v}", "手机号": "138****7712", "认证结果": "一致"}}""", _v)

_v = hexs(64)
S("zh", "sdk", f"""# 钉钉告警机器人（生产群）
import requests
WEBHOOK = "https://oapi.dingtalk.com/robot/send?access_token={_v}"
requests.post(WEBHOOK, json={{"msgtype": "text", "text": {{"content": "【告警】订单服务 5xx 超过阈值"}}}})""", _v)

_v = uid()
S("zh", "sh", f"""# 发布完成后通知企业微信群
curl -s 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={_v}' \\
  -H 'Content-Type: application/json' \\
  -d '{{"msgtype":"text","text":{{"content":"v2.8.0 已发布到生产环境"}}}}'""", _v)

_v = rs(AN, 30)
S("zh", "ini", f"""; ~/.aliyun/config.ini  —— 运维机上的阿里云凭证
[default]
access_key_id = LTAI{rs(AN, 20)}
; AccessKey Secret 不要外传，泄露后立即在控制台禁用
access_key_secret = {_v}
region_id = cn-hangzhou""", _v)

_v = card("62", 19)
S("zh", "chat", f"""老板，服务器续费的钱直接打我个人银行卡吧：{_v}（招商银行，户名李明），发票我后面补。""", _v)

_v = rs(AN, 32)
S("zh", "yaml", f"""# 微信支付 APIv3 配置（生产）
wechat-pay:
  mch-id: "{dig(10)}"
  # APIv3 密钥，仅限服务端使用
  api-v3-key: "{_v}"
  cert-serial-no: "{rs(HEXU, 40)}\"""", _v)

_v = "纠 伊 浪 硅 线 集 台 芳 瓦 大 输 情"
S("zh", "note", f"""思考：用户把冷钱包的助记词（{_v}）直接发在了对话里。我不会把它写进任何文件或日志，
只提醒用户这组助记词已经暴露，建议立即转移资产并生成新钱包。""", _v)

I("zh", "note", f"""供应商开票信息：
名称：杭州云栖科技有限公司
统一社会信用代码：{cn_uscc()}
地址电话：杭州市西湖区文三路 90 号 0571-{dig(8)}
开户行及账号：见合同附件（对公账户）""")

I("zh", "tool", f"""查询物流(单号="SF{dig(13)}") →
  快递公司：顺丰速运
  订单号：{dig(18)}
  状态："派送中"，派件员 138****2041""")

I("zh", "log", f"""2024-06-12 14:20:11 WARN  鉴权失败：令牌已过期（request_id={uid()}）
2024-06-12 14:20:11 INFO  已引导用户重新登录，未记录密码
2024-06-12 14:20:12 INFO  trace_id={hexs(32)} 耗时 21ms""")

I("zh", "note", f"""发票信息（增值税电子普通发票）：
发票代码：0{dig(11)}
发票号码：{dig(8)}
校验码：{dig(5)} {dig(5)} {dig(5)} {dig(5)}
价税合计：¥3,816.00""")

I("zh", "note", """接入文档摘录：在 config.ini 中将 <YOUR_ACCESS_KEY_ID> 和 <YOUR_ACCESS_KEY_SECRET> 替换为 RAM 子账号的凭证。
不要使用主账号的 AccessKey；密钥请通过 KMS 凭据管家下发，不要写在代码里。""")

I("zh", "tool", f"""飞书.获取用户(email="ops@yunqi.tech") →
{{"open_id": "ou_{hexs(32)}", "union_id": "on_{hexs(32)}", "user_id": "{rs(LO + DI, 8)}", "name": "运维值班"}}""")

# ============================================================================================
# CHINESE (Traditional, Taiwan)
# ============================================================================================
_v = tw_id()
S("zh-Hant", "chat", f"""您好，勞健保加保需要身分證字號，我的是 {_v}，生日 1990/05/18。謝謝！""", _v)

_v = rs(AN, 43)
S("zh-Hant", "sh", f"""# 每天早上 9 點把昨日營收推播到群組（LINE Notify）
0 9 * * * /usr/bin/curl -s -X POST https://notify-api.line.me/api/notify \\
  -H "Authorization: Bearer {_v}" \\
  -d "message=$(/opt/report/yesterday.sh)\"""", _v)

_v = pw(15, "")
S("zh-Hant", "env", f"""# 正式環境設定
DB_USER=dianshang
# 資料庫密碼（6/1 已更換）
DB_PASSWORD={_v}""", _v)

I("zh-Hant", "note", f"""廠商資料（發票）：
台灣雲端股份有限公司　台北市信義區松仁路 100 號
統一編號：{tw_ubn()}
發票號碼：{rs(UP, 2)}-{dig(8)}　隨機碼：{dig(4)}""")

I("zh-Hant", "tool", f"""查詢包裹(託運單號="{dig(12)}") →
  物流：黑貓宅急便
  訂單編號：{dig(14)}
  狀態：「已送達」 2024/06/12 15:03""")

I("zh-Hant", "log", f"""2024-06-12 16:40:02 警告 存取權杖已過期，請求 {uid()}
2024-06-12 16:40:02 資訊 已將使用者導向登入頁面（未傳送密碼）
2024-06-12 16:41:00 資訊 部署版本 {sha1h()[:10]}""")

# ============================================================================================
# VIETNAMESE
# ============================================================================================
_v = f"0{rng.choice(['01', '79', '48', '31'])}{rng.choice('0123')}{dig(8, False)}"
S("vi", "tool", f"""kết quả xác minh danh tính (ekyc.verify):
{{"ho_ten": "Nguyễn Thị Lan", "so_cccd": "{_v}", "ngay_sinh": "1995-11-02", "trang_thai": "khớp"}}""", _v)

_v = rs(AN, 32)
S("vi", "env", f"""# cấu hình cổng thanh toán MoMo (môi trường thật)
MOMO_PARTNER_CODE=MOMO{rs(UP, 6)}
MOMO_ACCESS_KEY={rs(AN, 16)}
# khóa bí mật — tuyệt đối không commit
MOMO_SECRET_KEY={_v}""", _v)

_v = human_pw()
S("vi", "chat", f"""anh ơi mật khẩu tài khoản admin của trang quản trị là {_v} nhé, em đổi lại sau khi anh test xong""", _v)

I("vi", "note", f"""Thông tin nhà cung cấp (hóa đơn điện tử):
Công ty TNHH Phần mềm Sông Hồng, 25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội
Mã số thuế: {vn_mst()}
Số hóa đơn: {dig(8)}, ký hiệu 1C24TAA""")

I("vi", "tool", f"""tra_cuu_van_don(ma="GHN{rs(UP + DI, 9)}") →
  mã đơn hàng: DH{dig(8)}
  trạng thái: "Đang giao hàng" — bưu cục Quận 3, TP.HCM""")

I("vi", "log", f"""2024-06-12 08:30:12 CẢNH BÁO token đã hết hạn, yêu cầu {uid()}
2024-06-12 08:30:12 THÔNG TIN chuyển người dùng về trang đăng nhập (không gửi mật khẩu)
2024-06-12 08:31:00 THÔNG TIN đã triển khai phiên bản {sha1h()[:8]}""")

# ============================================================================================
# THAI
# ============================================================================================
_v = th_id()
S("th", "chat", f"""สวัสดีค่ะ สำหรับทำสัญญาจ้าง เลขบัตรประชาชนของดิฉันคือ {_v} ค่ะ ขอบคุณค่ะ""", _v)

_v = hexs(32)
S("th", "yaml", f"""# ตั้งค่า LINE OA ของร้าน (โปรดักชัน)
line:
  channel-id: "{dig(10)}"
  # channel secret — ห้ามเผยแพร่
  channel-secret: "{_v}\"""", _v)

_v = dig(6, False)
S("th", "log", f"""[e2e] 12/06/2024 10:05:33 ได้รับ SMS: "รหัส OTP ของคุณคือ {_v} (Ref: {rs(UP, 4)}) ใช้ได้ภายใน 5 นาที"
[e2e] 12/06/2024 10:05:34 กรอกรหัสในช่อง OTP สำเร็จ""", _v)

I("th", "note", f"""ข้อมูลผู้ขาย (ใบกำกับภาษี):
บริษัท สยามคลาวด์ จำกัด 999 ถนนพระราม 4 กรุงเทพฯ 10330
เลขประจำตัวผู้เสียภาษี: {th_company_tax()} (สำนักงานใหญ่)
เลขที่ใบกำกับ: INV{dig(8)}""")

I("th", "tool", f"""ติดตามพัสดุ(เลข="KEX{dig(12)}") →
  บริษัทขนส่ง: Kerry Express
  เลขคำสั่งซื้อ: {dig(15)}
  สถานะ: "กำลังนำส่ง" — สาขาบางรัก""")

I("th", "log", f"""2024-06-12 13:00:02 คำเตือน โทเคนหมดอายุ คำขอ {uid()}
2024-06-12 13:00:02 ข้อมูล ส่งผู้ใช้ไปหน้าเข้าสู่ระบบ (ไม่มีการส่งรหัสผ่าน)
2024-06-12 13:00:03 ข้อมูล OTP Ref: {rs(UP, 4)} ถูกยกเลิกเพราะหมดเวลา""")

# ============================================================================================
# INDONESIAN / MALAY
# ============================================================================================
_v = id_nik()
S("id", "tool", f"""hasil verifikasi e-KTP (dukcapil.cek):
{{"nama": "Dewi Lestari", "nik": "{_v}", "tempat_lahir": "Bandung", "status": "cocok"}}""", _v)

_v = "Mid-server-" + rs(AN + "-_", 24)
S("id", "env", f"""# konfigurasi Midtrans (PRODUKSI)
MIDTRANS_IS_PRODUCTION=true
# server key — jangan dibagikan, jangan masuk ke frontend
MIDTRANS_SERVER_KEY={_v}
MIDTRANS_CLIENT_KEY=Mid-client-{rs(AN, 16)}""", _v)

_v = human_pw()
S("id", "chat", f"""mas, password database staging sekarang {_v} ya. tolong jangan ditaruh di grup, japri aja kalau ada yang butuh""", _v)

I("id", "note", f"""Data vendor dari faktur pajak:
PT Nusantara Awan Teknologi, Jl. Jend. Sudirman Kav. 52, Jakarta Selatan
NPWP: {id_npwp()}
Nomor faktur: 010.{dig(3)}-24.{dig(8)}""")

I("id", "tool", f"""lacak_paket(resi="{rs(UP, 2)}{dig(10)}") →
  kurir: JNE REG
  nomor pesanan: INV/2024/06/{dig(6)}
  status: "Dalam pengiriman" — Jakarta Barat""")

I("id", "log", f"""2024-06-12 09:12:45 PERINGATAN token kedaluwarsa, permintaan {uid()}
2024-06-12 09:12:45 INFO pengguna diarahkan ke halaman login, kata sandi tidak dikirim
2024-06-12 09:13:20 INFO virtual account pembayaran tagihan: 8808{dig(12)} (BCA), status menunggu""")

_y, _m, _d = rdate(1970, 2002)
_v = f"{_y % 100:02d}{_m:02d}{_d:02d}-{rng.choice(['10', '14', '08', '01'])}-{dig(4, False)}"
S("ms", "chat", f"""Hai, untuk borang caruman KWSP, nombor MyKad saya {_v}. Terima kasih!""", _v)

_v = pw(14, "")
S("ms", "ini", f"""; tetapan pangkalan data (pengeluaran)
; kata laluan — jangan kongsi dalam kumpulan WhatsApp
[database]
user = kedai
password = {_v}""", _v)

I("ms", "note", f"""Maklumat pembekal (invois):
Awan Digital Sdn. Bhd., Menara KL, Jalan Ampang, 50450 Kuala Lumpur
No. Pendaftaran SSM: 2019{dig(8)} ({dig(7)}-{rs(UP, 1)})
No. Invois: AD-{dig(5)}, jumlah RM 2,450.00""")

I("ms", "log", f"""2024-06-12 10:40:00 AMARAN token tamat tempoh, permintaan {uid()}
2024-06-12 10:40:00 INFO pengguna diarahkan semula ke log masuk (kata laluan tidak dihantar)""")


def ec_public_pem() -> str:
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(64)
    enc = b64(der)
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(enc[i:i + 64] for i in range(0, len(enc), 64)) + "\n-----END PUBLIC KEY-----"


# ============================================================================================
# SWAHILI
# ============================================================================================
_v = dig(4, False)
S("sw", "user", f"""PIN yangu ya M-Pesa ni {_v}. Tafadhali lipia bili ya seva kupitia Paybill 888880, akaunti HOST-2291,
niko safarini sina mtandao mzuri""", _v)

_v = rs(AN, 32)
S("sw", "env", f"""# mipangilio ya Daraja API (mazingira halisi)
MPESA_CONSUMER_KEY={rs(AN, 48)}
# siri ya mteja — usiishiriki na mtu yeyote wala usiiweke kwenye git
MPESA_CONSUMER_SECRET={_v}
MPESA_SHORTCODE=174379""", _v)

I("sw", "chat", f"""{rs(UP, 2)}{dig(1)}{rs(UP + DI, 7)} Imethibitishwa. Ksh4,500.00 imelipwa kwa SAFARICOM HOME FIBRE kwa akaunti {dig(6)}
tarehe 12/6/24 saa 10:14 AM. Salio lako jipya la M-PESA ni Ksh12,380.50. Gharama ya muamala Ksh0.00.""")

I("sw", "log", f"""2024-06-12 11:20:03 ONYO tokeni imeisha muda, ombi {uid()}
2024-06-12 11:20:03 TAARIFA mtumiaji ameelekezwa kuingia upya, nenosiri halikutumwa
2024-06-12 11:21:10 TAARIFA toleo {sha1h()[:8]} limewekwa""")

I("sw", "note", f"""Taarifa za msambazaji (ankara):
Savanna Cloud Ltd, Westlands, Nairobi
KRA PIN: P05{dig(7)}{rs(UP, 1)}
Nambari ya ankara: SC-{dig(5)}, jumla KES 58,000""")

# ============================================================================================
# TAGALOG / TAGLISH
# ============================================================================================
_v = dig(4, False)
S("tl", "user", f"""yung GCash MPIN ko ay {_v}, pakibayaran na lang yung domain renewal sa Namecheap, nasa meeting pa ako""", _v)

_v = human_pw()
S("tl", "chat", f"""pre yung password ng staging DB ay {_v}, wag mo i-post sa GC ha, DM lang. papalitan ko bukas""", _v)

_v = f"{rng.randint(10, 34)}-{dig(7, False)}-{dig(1)}"
S("tl", "chat", f"""Hi po, para sa payroll enrollment, ito po yung SSS number ko: {_v}. Salamat po!""", _v)

I("tl", "chat", f"""GCash receipt: Sent ₱1,250.00 to PLDT HOME · Ref No. {dig(4)} {dig(3)} {dig(6)} · Jun 12, 2024 10:14 AM
na-settle na yung internet bill ng office""")

I("tl", "chat", f"""na-deploy na sa prod yung fix, commit {sha1h()[:7]} 🎉 na-rotate na rin yung API token kahapon,
nasa vault na, so wag na kayo mag-hanap sa .env""")

I("tl", "tool", f"""track_shipment(tracking="{dig(12)}") →
  courier: LBC Express
  order no.: SHP-{dig(7)}
  status: "Out for delivery" — Quezon City""")

# ============================================================================================
# SPANGLISH (code-switching)
# ============================================================================================
_v = sendgrid()
S("es-en", "chat", f"""oye el API key de SendGrid para staging es {_v} — lo necesitas para correr los email tests,
pero please no lo commitees, lo muevo al vault mañana""", _v)

_v = rs(LO + DI, 10) + "!"
S("es-en", "chat", f"""btw el wifi password de la oficina nueva es {_v} (network: ACME-Guest es la otra, esa no tiene acceso a la VPN)""", _v)

I("es-en", "chat", f"""ya hice rotate del token de GitHub, el nuevo está en 1Password, no lo pegues aquí porfa.
el fix está en el commit {sha1h()[:7]}, si el CI falla me avisas""")

I("es-en", "note", """quick setup: copia el .env.example y pon tu key, algo tipo STRIPE_SECRET_KEY=sk_test_xxx.
NO uses las keys de live en local, y el password de la DB local lo defines tú en tu propio .env.""")

I("es-en", "user", f"""can you check el status de mi order #{dig(6)}? el tracking number es {ups_tracking()} y dice delivered
pero no me llegó nada 😕""")

# ============================================================================================
# RUSSIAN TRANSLITERATED (Latin)
# ============================================================================================
_v = human_pw()
S("ru-Latn", "chat", f"""parol ot root na novom servere: {_v}
smeni ego srazu posle vhoda i ne pishi v obshiy chat pozhaluysta""", _v)

_v = dig(6, False)
S("ru-Latn", "user", f"""kod iz SMS prishel — {_v}, vvedi bystree, on zhivet 3 minuty""", _v)

I("ru-Latn", "chat", f"""zakaz nomer {dig(6)} otpravili, trek-nomer {s10_tracking('RA', 'RU')}, dolzhen prijti k pyatnice""")

I("ru-Latn", "chat", f"""token istek, perelogin'sya cherez SSO. esli snova 401 — skin' request id {uid()}, posmotryu v logah""")

# ============================================================================================
# GEORGIAN / ARMENIAN / AFRIKAANS
# ============================================================================================
_v = pw(15, "")
S("ka", "env", f"""# აპლიკაციის პარამეტრები (პროდაქშენი)
DB_USER=maghazia
# პაროლი — არავის გაუზიაროთ
DB_PASSWORD={_v}""", _v)

I("ka", "log", f"""2024-06-12 10:00:01 გაფრთხილება: ტოკენს ვადა გაუვიდა, მოთხოვნა {uid()}
2024-06-12 10:00:01 ინფო: მომხმარებელი გადამისამართდა შესვლის გვერდზე (პაროლი არ გაგზავნილა)""")

I("ka", "note", f"""მომწოდებლის მონაცემები: შპს „კავკასია ქლაუდი“, თბილისი, რუსთაველის გამზ. 12
საიდენტიფიკაციო კოდი: 4{dig(8)}, ინვოისი № KC-{dig(5)}""")

_v = human_pw()
S("hy", "chat", f"""Բարև, սերվերի admin օգտատիրոջ գաղտնաբառը {_v} է, խնդրում եմ փոխիր առաջին մուտքից հետո""", _v)

I("hy", "log", f"""2024-06-12 12:30:44 ԶԳՈՒՇԱՑՈՒՄ թոքենի ժամկետը լրացել է, հարցում {uid()}
2024-06-12 12:30:44 ՏԵՂԵԿՈՒԹՅՈՒՆ օգտատերը վերաուղղորդվել է մուտքի էջ""")

_v = za_id()
S("af", "chat", f"""Hallo, vir die betaalstaat het julle my ID-nommer nodig: {_v}. Ek begin 1 Julie by die Kaapstad-kantoor.""", _v)

I("af", "note", f"""Verskafferbesonderhede (faktuur):
Tafelberg Sagteware (Edms) Bpk, Strandstraat 10, Kaapstad 8001
Maatskappyregistrasienommer: 2015/{dig(6)}/07
BTW-nommer: 4{dig(9)}""")

# ============================================================================================
# extra secrets in already covered languages
# ============================================================================================
_v = hexs(40)
S("de", "ini", f"""; gitea/app.ini — Abschnitt für den Spiegel-Job
[mirror]
DEFAULT_INTERVAL = 8h
; Zugriffstoken des Benutzers "spiegel-bot" (Scope: read:repository)
PULL_TOKEN = {_v}""", _v)

_v = rs(AN + "%", 48)
S("fr", "har", f"""{{"request": {{"method": "POST", "url": "https://espace-client.mutuelle-alpha.fr/api/remboursements",
  "cookies": [{{"name": "JSESSIONID", "value": "{rs(HEXU, 32)}"}}, {{"name": "AUTH_SESSION", "value": "{_v}", "httpOnly": true}}],
  "comment": "capture faite par l'agent pour analyser l'erreur 500"}}}}""", _v)

_v = jwt({"sub": "c_4471", "scope": "pedidos:leer pedidos:escribir", "exp": 1718290000})
S("es", "curl", f"""# reproducir el error 403 del panel de pedidos
curl -X GET "https://api.tiendaverde.mx/v1/pedidos?estado=pendiente" \\
  -H "Authorization: Bearer {_v}" \\
  -H "Accept: application/json\"""", _v)

_v = aws_secret()
S("ja", "ci", f"""# .github/workflows/deploy.yml（一時的な修正、後で OIDC に移行）
    env:
      AWS_ACCESS_KEY_ID: {aws_akid()}
      # シークレットキーを直書きしている — 要修正
      AWS_SECRET_ACCESS_KEY: {_v}
      AWS_REGION: ap-northeast-1""", _v)

_v = rs(AN, 32)
S("zh", "toml", f"""# 腾讯云 COS 上传配置（生产）
[cos]
secret_id = "AKID{rs(AN, 32)}"
secret_key = "{_v}"   # 密钥，切勿提交
bucket = "media-prod-125{dig(7)}"
region = "ap-shanghai\"""", _v)

# ============================================================================================
# extra hard innocents in covered languages
# ============================================================================================
I("de", "note", """Doku-Ausschnitt (Zahlungsmodul): Für Tests bitte nur die Beispiel-IBAN DE02 1203 0000 0000 2020 51 bzw.
DE89 3704 0044 0532 0130 00 verwenden. Echte Kontonummern gehören nie in Testdaten oder Screenshots.""")

I("de", "sh", f"""# ~/.ssh/authorized_keys auf build-01
# Schlüssel von Jana (Laptop, neu seit 06/2024)
{ssh_ed25519_pub("jana@x1carbon")}
# Schlüssel des CI-Runners
{ssh_ed25519_pub("ci@runner-3")}""")

I("de", "sh", f"""$ git log -3 --format='%H %an: %s'
{sha1h()} Jana Weber: API-Schlüssel aus config.yaml entfernt, jetzt über Vault
{sha1h()} Jana Weber: Passwort-Richtlinie auf 14 Zeichen erhöht
{sha1h()} Timo Krause: Token-Ablauf von 24h auf 1h reduziert""")

I("fr", "sdk", """// tests/paiement.spec.ts — cartes de test officielles Stripe (ne fonctionnent qu'en mode test)
const CARTES_TEST = {
  visa: "4242 4242 4242 4242",
  mastercard: "5555 5555 5555 4444",
  refusee: "4000 0000 0000 0002",  // toujours refusée
};
const CVC_TEST = "123"; // n'importe quel CVC à 3 chiffres est accepté en mode test""")

I("fr", "ini", f"""# pair WireGuard du NAS (infos publiques uniquement — la clé privée reste sur le NAS)
[Peer]
# NAS du bureau de Nantes
PublicKey = {wg_public()}
AllowedIPs = 10.55.0.12/32
Endpoint = nas-nantes.example-vpn.fr:51820""")

I("fr", "summary", f"""Résumé : le client conteste un débit de 89,00 € du 10/06. Paiement par carte Visa se terminant par {dig(4)},
numéro d'autorisation {rs(UP + DI, 6)}, référence transaction {dig(12)}. Aucun numéro complet n'est stocké chez nous ;
demande de remboursement transmise à l'équipe paiement (ticket SUP-{dig(5)}).""")

I("es", "note", f"""Clave pública del servicio de firmas (se publica en /.well-known, no es secreta):
{ec_public_pem()}""")

I("es", "k8s", f"""# SealedSecret: el contenido está cifrado con la clave del controlador, es seguro subirlo a git
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: credenciales-bd
  namespace: pedidos
spec:
  encryptedData:
    password: {b64(rbytes(180))}""")

I("es", "sh", f"""$ sha256sum respaldo-2024-06-12.tar.zst
{sha256h()}  respaldo-2024-06-12.tar.zst
# suma de verificación coincide con la del servidor de origen; imagen {docker_digest()}""")

I("pt", "note", f"""Dados para pagamento da loja (divulgados no site):
Chave Pix (CNPJ): {br_cnpj()}
Favorecido: Café Aroma Ltda — Banco Inter
Pedido nº {dig(6)} · valor R$ 74,90""")

I("pt", "yaml", f"""# .sops.yaml — destinatários age (chaves PÚBLICAS, podem ficar no repositório)
creation_rules:
  - path_regex: segredos/.*\\.yaml$
    age: {bech32_bytes("age", rbytes(32))}""")

I("it", "note", """Documentazione interna, modulo bonifici: per i test usare solo l'IBAN di esempio
IT60 X054 2811 1010 0000 0123 456 (quello dei manuali bancari). Non inserire mai IBAN reali dei clienti nei test.""")

I("it", "sh", f"""$ ssh admin@gestionale.ufficio.local
The authenticity of host 'gestionale.ufficio.local (192.168.10.20)' can't be established.
ED25519 key fingerprint is {ssh_fingerprint()}.
# impronta verificata con quella pubblicata sul wiki interno, ok""")

I("ru", "note", """Инструкция: выполните `export YC_TOKEN=<ваш_OAuth_токен>` и `yc config set folder-id <ID_каталога>`.
Токен не вставляйте в чат и не коммитьте; для CI используйте сервисный аккаунт и авторизованные ключи из Lockbox.""")

I("ru", "k8s", f"""# SealedSecret — значения зашифрованы ключом контроллера, в гит класть можно
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp-credentials
spec:
  encryptedData:
    SMTP_PASSWORD: {b64(rbytes(150))}""")

I("ja", "sh", f"""# ~/.ssh/authorized_keys（公開鍵のみ。秘密鍵は各自の端末から出さないこと）
# 山田さんの作業用PC
{ssh_ed25519_pub("yamada@dev-pc")}""")

I("ja", "sdk", """// 決済テスト（テストモード専用のカード番号）
const テストカード = "4242 4242 4242 4242"; // 有効期限は未来の日付、CVC は任意の3桁
const セキュア3D用 = "4000 0027 6000 3184";
// 本番のカード番号はテストコードに絶対に書かない""")

I("zh", "note", f"""签名验签用的公钥（对外公开，放在开发者文档里）：
{ec_public_pem()}""")

I("zh", "sh", f"""$ git log --oneline -3
{sha1h()[:8]} 移除硬编码的 AccessKey，改为从 KMS 读取
{sha1h()[:8]} 密码重置链接有效期改为 15 分钟
{sha1h()[:8]} 修复 token 刷新时的并发问题""")

I("ko", "note", f"""결제 내역 확인: 신한카드 **** **** **** {dig(4)}, 승인번호 {dig(8)}, 2024-06-12 14:22 결제 금액 ₩33,000.
카드 전체 번호는 PG사에만 저장되어 있고 우리 DB에는 마지막 4자리만 있음.""")

I("nl", "sdk", """# voorbeeld-IBAN uit de documentatie van de bank; alleen voor unit tests
VOORBEELD_IBAN = "NL91 ABNA 0417 1643 00"
assert valideer_iban(VOORBEELD_IBAN)""")

I("pl", "sh", f"""$ gpg --verify release-2.4.0.tar.gz.asc
gpg: Podpis złożono śro, 12 cze 2024, 10:02:11 CEST
gpg:                przy użyciu klucza EDDSA {rs(HEXU, 40)}
gpg: Poprawny podpis złożony przez „Zespół Wydań <release@przyklad.pl>”
$ sha512sum release-2.4.0.tar.gz | cut -c1-64
{hexs(64)}""")

I("tr", "note", f"""Ödeme özeti: Kart **** **** **** {dig(4)} ile 1.249,00 TL çekildi, provizyon kodu {dig(6)}.
IBAN bilgisi ekranda maskeli gösteriliyor: TR** **** **** **** **** **{dig(2)} {dig(2)}. Tam bilgi yalnızca bankada.""")

I("ar", "sh", f"""# المفتاح العام لخادم النشر (يمكن مشاركته بأمان)
$ cat ~/.ssh/id_ed25519.pub
{ssh_ed25519_pub("deploy@riyadh-ci")}""")

I("hi", "note", f"""ई-आधार (मास्क किया हुआ) में केवल अंतिम अंक दिखते हैं: XXXX XXXX {dig(4)}
ग्राहक का सत्यापन हो चुका है, पूरा आधार नंबर हमारे सिस्टम में सेव नहीं किया गया।""")

I("vi", "note", """Hướng dẫn cấu hình: sao chép .env.example thành .env, thay <MOMO_SECRET_KEY_CUA_BAN> bằng khóa thật của bạn.
Không dán mật khẩu hoặc token vào nhóm chat; khóa môi trường thật chỉ lưu trong Vault.""")


# ============================================================================================
# innocents in config / chat / user settings (where secrets usually live)
# ============================================================================================
I("de", "env", f"""# .env.example – Vorlage, echte Werte kommen aus dem Vault
APP_PORT=8080
APP_BUILD_SHA={sha1h()}
CACHE_BUSTER={hexs(8)}
DB_PASSWORT=            # hier euer lokales Passwort eintragen, NICHT committen
STRIPE_SECRET_KEY=sk_test_...
FEATURE_NEUER_CHECKOUT=true""")

I("fr", "env", f"""# variables côté navigateur (toutes publiques, visibles dans le bundle)
NEXT_PUBLIC_MATOMO_SITE_ID=3
# jeton Mapbox PUBLIC (pk.), restreint aux URL du site dans la console Mapbox
NEXT_PUBLIC_MAPBOX_TOKEN=pk.{b64u(json.dumps({"u": "atelier-num", "a": rs(LO + DI, 25)}).encode())}.{rs(AN + "-_", 22)}
NEXT_PUBLIC_COMMIT={sha1h()[:12]}""")

I("ja", "env", f"""# フロント用の公開設定（秘密情報は含めない）
NEXT_PUBLIC_GA_ID=G-{rs(UP + DI, 10)}
NEXT_PUBLIC_FIREBASE_PROJECT_ID=sakura-tech-prod
NEXT_PUBLIC_BUILD_ID={hexs(20)}
TZ=Asia/Tokyo
IMAGE_TAG=sha-{sha1h()[:7]}""")

I("de", "chat", """Kurze Info: Der neue Stripe-API-Schlüssel liegt im Vault unter secret/shop/stripe (endet auf …9fQa).
Bitte NICHT hier im Kanal posten, sondern lokal mit `vault kv get` ziehen. Der alte ist seit 10:30 widerrufen.""")

I("ja", "chat", f"""本番DBのパスワードを変更しました🔑 新しいものは 1Password の「本番DB / admin」に入っています。
ここには貼りません。影響があればチケット INFRA-{dig(4)} にコメントください。""")

I("pt", "chat", f"""cliente perguntou do pedido: nº {dig(9)}, código de rastreio {s10_tracking('OY', 'BR')},
telefone de contato (11) 9{dig(4)}-{dig(4)}. Já abri o chamado #{dig(5)} com os Correios.""")

I("ko", "chat", f"""오늘 장애 회의 링크 공유합니다. Zoom 회의 ID {dig(3)} {dig(4)} {dig(4)}, 14시 시작.
당직: 김도윤 010-{dig(4)}-{dig(4)} / 이서연 010-{dig(4)}-{dig(4)}. 비밀번호나 토큰은 채팅에 올리지 말아주세요.""")

I("es", "chat", f"""el instalador falla con el código de error 0x80070005 (acceso denegado), ticket INC{dig(7)}.
el hash del MSI es {sha256h()}, coincide con el de la web, así que no está corrupto""")

I("fr", "user", f"""Bonjour, j'ai oublié mon mot de passe et je ne reçois pas l'e-mail de réinitialisation.
Ma commande est la n° {dig(8)}, code postal 44000, compte créé avec l'adresse c.morel@laposte.net. Merci !""")

I("zh", "user", f"""我的订单号是 {dig(18)}，手机尾号 {dig(4)}，快递单号 YT{dig(13)}，帮我查一下为什么三天没更新物流？""")

I("ar", "user", f"""مرحبًا، رقم الحجز {pnr()} ورقم الرحلة SV{dig(4)} بتاريخ 21 يونيو. لم يصلني بريد التأكيد، هل يمكنك التحقق؟""")

I("ru", "ini", """; /etc/mysql/conf.d/client.cnf
; пароль не нужен: root входит через auth_socket
[client]
user=root
socket=/var/run/mysqld/mysqld.sock
default-character-set=utf8mb4""")

I("en", "toml", f"""[[package]]
name = "ring"
version = "0.17.8"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "{sha256h()}"

[[package]]
name = "rustls"
version = "0.23.10"
checksum = "{sha256h()}\"""")

I("sv", "toml", """# config.toml för kö-tjänsten
[tls]
# endast sökvägar, nycklarna ligger i /etc/ko/tls och ägs av root
cert_file = "/etc/ko/tls/fullchain.pem"
key_file = "/etc/ko/tls/privkey.pem"

[auth]
token_ttl_sekunder = 900""")

I("it", "compose", """services:
  redis:
    image: redis:7.2.5
    # la password arriva dal file segreto, non è scritta qui
    command: ["sh", "-c", "redis-server --requirepass \\"$$(cat /run/secrets/redis_pw)\\""]
    secrets: [redis_pw]
secrets:
  redis_pw:
    file: ./segreti/redis_pw.txt""")

I("es", "ansible", """- name: Crear usuario de la base de datos
  community.postgresql.postgresql_user:
    name: pedidos_app
    # la contraseña viene del vault cifrado; no_log evita que aparezca en la salida
    password: "{{ vault_pedidos_db_password }}"
    db: pedidos
  no_log: true""")

I("ko", "curl", """# 토큰은 환경변수로만 전달 (히스토리에 남지 않게)
curl -s -X POST "https://kapi.kakao.com/v2/api/talk/memo/default/send" \\
  -H "Authorization: Bearer ${KAKAO_ACCESS_TOKEN}" \\
  --data-urlencode 'template_object={"object_type":"text","text":"배포 완료","link":{}}'""")

I("de", "sql", f"""psql> SELECT id, email, left(token_hash, 12) AS hash_praefix, erstellt_am FROM api_tokens ORDER BY id DESC LIMIT 3;
  id  |        email         | hash_praefix |      erstellt_am
------+----------------------+--------------+---------------------
 {dig(4)} | j.weber@kraemer.de   | {hexs(12)} | 2024-06-12 09:14:02
 {dig(4)} | t.krause@kraemer.de  | {hexs(12)} | 2024-06-11 17:40:55""")

I("ru", "game", f"""# server.properties — сервер для школьного кружка
enable-rcon=false
rcon.password=
level-name=world
level-seed=-{rng.randint(10**17, 9 * 10**18)}
max-players=20
white-list=true""")

I("fr", "apache", """<Location "/admin">
    AuthType Basic
    AuthName "Espace d'administration"
    # fichier des mots de passe (hachés), hors de la racine web
    AuthUserFile /etc/apache2/.htpasswd-admin
    Require valid-user
</Location>
SSLCertificateKeyFile /etc/ssl/private/atelier-num.key""")

I("ja", "systemd", """[Service]
# 認証情報は systemd-creds で暗号化したファイルから読み込む（平文は置かない）
LoadCredentialEncrypted=db-password:/etc/credstore.encrypted/zaiko-db-password
Environment=TZ=Asia/Tokyo
ExecStart=/opt/zaiko/bin/server --db-password-file=${CREDENTIALS_DIRECTORY}/db-password""")

I("zh", "helm", f"""# values-prod.yaml（敏感信息全部通过 existingSecret 引用）
image:
  repository: registry.cn-hangzhou.aliyuncs.com/yunqi/order-api
  digest: {docker_digest()}
postgresql:
  auth:
    existingSecret: order-db-auth
    secretKeys:
      adminPasswordKey: postgres-password""")

# ============================================================================================
# secrets in notes / logs / summaries (non-English)
# ============================================================================================
_v = human_pw()
S("de", "summary", f"""Zusammenfassung der Sitzung: Router im Lager (FritzBox 7590) neu eingerichtet, Firmware 7.57.
Auf Wunsch des Nutzers ist das neue Passwort für die Weboberfläche {_v} – er trägt es selbst in den
Passwortmanager ein. Offene Punkte: Gastnetz trennen, Portfreigabe für die Kamera entfernen.""", _v)

_v = pin(4)
S("fr", "note", f"""Leçon apprise : le modem 4G de secours du local technique redemande le code PIN de la SIM après chaque
coupure de courant. Le code est {_v} ; sans lui la bascule automatique ne se fait pas. À mettre dans le coffre-fort.""", _v)

_v = human_pw()
S("es", "log", f"""10.0.8.4 - - [12/Jun/2024:10:22:41 +0200] "GET /login.php?usuario=ana.ruiz&clave={_v}&recordar=1 HTTP/1.1" 302 0 "-" "Mozilla/5.0"
10.0.8.4 - - [12/Jun/2024:10:22:41 +0200] "GET /panel HTTP/1.1" 200 8812 "-" "Mozilla/5.0\"""", _v)

_v = f"{rs(UP + DI, 4)}-{rs(UP + DI, 4)}-{rs(UP + DI, 4)}-{rs(UP + DI, 4)}"
S("ja", "summary", f"""作業メモ: お名前.com のアカウントで二段階認証を有効化。お客様の依頼で、紛失時用のリカバリーコード
{_v} をここに控えておく（後日お客様に手渡しし、この記録は削除予定）。ドメイン移管は 6/20 に実施。""", _v)

_v = rs(AN, 10)
S("ko", "note", f"""생각: 사용자가 네이버 검색 API 키를 붙여넣었다. Client ID는 공개돼도 되지만 Client Secret({_v})은
외부에 노출되면 안 되므로, 코드에는 환경변수 NAVER_CLIENT_SECRET 로만 넣고 로그에는 남기지 않겠다.""", _v)

_v = rs(AN, 40)
S("pt", "log", f"""2024-06-12 18:02:44 DEBUG [integracao-frete] chamando API da transportadora
2024-06-12 18:02:44 DEBUG [integracao-frete] cabeçalhos: {{"token-api": "{_v}", "Content-Type": "application/json"}}
2024-06-12 18:02:45 INFO  [integracao-frete] cotação recebida: R$ 23,40 (PAC)""", _v)


# ============================================================================================
# a few more identifiers (UK, Australia, Belgium, Argentina) and look-alikes
# ============================================================================================
_v = uk_nino()
S("en", "tool", f"""payroll.get_employee(ref="UK-0381") ->
{{"name": "Callum Reid", "ni_number": "{_v}", "tax_code": "1257L", "student_loan": "plan 2", "start": "2023-10-02"}}""", _v)

_v = au_tfn()
S("en", "chat", f"""hey, finance asked for my tax file number before the first pay run — it's {_v}. super fund is
AustralianSuper, member no. on the form I emailed you""", _v)

_v = au_medicare()
S("en", "log", f"""2024-06-12 09:41:07 DEBUG clinic-sync: POST /bookings {{"patient": "Olivia Tran", "dob": "1988-03-14",
  "medicare": "{_v}", "practitioner": "Dr A. Singh", "slot": "2024-06-14T10:30+10:00"}}
2024-06-12 09:41:08 INFO  clinic-sync: booking BK-{dig(6)} confirmed""", _v)

_v = be_nn()
S("fr", "chat", f"""Bonjour, pour l'affiliation au secrétariat social il vous faut mon numéro de registre national : {_v}.
Je commence le 1er juillet à l'agence de Liège.""", _v)

_v = ar_cuil("27")
S("es", "tool", f"""recibos.generar(legajo=418) →
{{"empleada": "Florencia Gómez", "cuil": "{_v}", "categoria": "Analista Sr", "neto": 1245300.50, "periodo": "05/2024"}}""", _v)

_v = slack_user()
S("en", "sh", f"""$ SLACK_TOKEN={_v} slackdump -export workspace-2024-06.zip
2024/06/12 16:02:11 authenticated as @priya in T0{rs(UP + DI, 8)}
2024/06/12 16:02:14 exporting 42 channels...""", _v)

I("pt", "sh", f"""# ~/.ssh/authorized_keys no servidor de homologação (só chaves PÚBLICAS)
# chave do Rodrigo (notebook novo)
{ssh_rsa_pub("rodrigo@notebook")}""")

I("en", "tool", f"""extract_invoice(pdf="inbox/TI-88120.pdf") ->
  supplier: Southern Cross Hosting Pty Ltd, Level 3, 88 George St, Sydney NSW 2000
  ABN: {au_abn()}
  invoice: TI-88120, total A$1,936.00 incl. GST, due 2024-07-01""")

I("en", "note", f"""Team reading list (ordered through the library, ISBNs for the request form):
- Site Reliability Engineering — ISBN {isbn13()}
- Designing Data-Intensive Applications — ISBN {isbn13()}
- Security Engineering, 3rd ed. — ISBN {isbn13()}""")


# ============================================================================================
# integrity checks
# ============================================================================================
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret and _s.secret in _s.text, f"secret not in text: {_s.id}"
    assert 1 <= len(_s.text.splitlines()) <= 12, f"bad line count: {_s.id}"
for _i in INNOCENT:
    assert _i.text and 1 <= len(_i.text.splitlines()) <= 12, f"bad line count: {_i.id}"
del _ids
