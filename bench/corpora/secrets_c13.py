"""Independent secret-redaction test corpus no. 13.

Written on Mon Dec  7 03:17:46 UTC 2026 (start time, from `date -u`) by a helper that
did not see the redactor, its rules, its tests or any earlier corpus. Everything
here was written from general knowledge only. Standard library only (Python 3.11).

Contents
--------
SECRETS  : 276 texts, each with one exact substring (`secret`) that must not survive
           redaction (174 with English text, 102 in other languages).
INNOCENT : 144 hard look-alike texts that must come back unchanged
           (86 English, 58 in other languages).

Ids are "setting/short-name" (English texts) or "lang/short-name" (other languages;
the prefix is a language code such as de, ja, pt-br, zh-tw, es-mx).

Settings covered
----------------
Agent task texts, agent thoughts, memory notes, tool calls with JSON arguments
(including doubly JSON-escaped arguments), tool outputs/observations; shell sessions
and shell history; .env files; YAML, TOML, INI, JSON, XML, PHP, HCL/Terraform, netrc,
wpa_supplicant, rclone, ssh and gh CLI config; Kubernetes manifests and Helm values;
Dockerfiles and docker-compose; CI logs (GitHub Actions, GitLab, Jenkins, Buildkite,
wrangler, sentry-cli); HTTP request/response dumps, cookies, access logs, signed URLs
(S3, Azure SAS); webhooks (Slack, Discord, Telegram, Stripe); code diffs; Jupyter /
Colab / Databricks notebooks; source code (Python, JS, Ruby, C#, PHP); SQL statements
and result tables; application and service logs; password-manager exports (Bitwarden
CSV, KeePass XML); spreadsheets (CSV/TSV); crypto wallets (seed phrases, private keys,
WIF, Solana); smart home (Home Assistant, door locks, alarm panels, zigbee); chats
(Slack, Teams, WhatsApp, iMessage, Discord, Telegram-style, KakaoTalk-style); email;
SMS; voicemail and speech/call-centre transcripts (dictated, spelled and hesitant
numbers); OCR of paper documents (W-2, passport with MRZ, driver licence, Medicare card,
router sticker, backup-code printout, sticky note, PDF letter with a wrapped password);
forms and security questions; banking; tax; health; travel; HR; school; support
tickets and GitHub issues; property rental check-in and lockboxes; commerce, logistics,
public-key material (SSH, PGP, TLS), hashes and identifiers (innocent side).

Hard cases include secrets mentioned in passing, secrets without any label, secrets
split across lines or messages, dictated digits in several languages, typos in labels,
base64 / URL-encoded / JSON-escaped secrets, labels in one language with values in
another, and placeholders, masked values and documented example keys on the innocent
side.

Languages besides English (33)
------------------------------
German, Spanish (Spain, Mexico), French, Portuguese (Brazil, Portugal), Chinese
(Simplified, Traditional), Japanese, Russian, Italian, Dutch, Polish, Korean, Arabic,
Hindi (Devanagari and romanised Hinglish), Turkish, Indonesian, Malay, Vietnamese,
Swedish, Danish, Norwegian, Finnish, Ukrainian, Hebrew, Greek, Thai, Czech, Romanian,
Hungarian, Persian, Swahili, Tagalog, Bengali. Non-Latin scripts: Han, Kana, Hangul,
Cyrillic, Arabic, Hebrew, Devanagari, Bengali, Greek, Thai.

Synthetic values
----------------
All secret values are generated at import time from random.Random(1320261207) with
realistic shapes: vendor prefixes and lengths (AWS, GitHub, GitLab, Slack, Stripe,
OpenAI, Anthropic, Google, Twilio, SendGrid, npm, PyPI, Hugging Face, Discord,
Telegram, Mailgun, Azure, Shopify, DigitalOcean, Datadog, Vault, Linear, Notion,
Postman, Databricks, Grafana, Groq, Replicate, Docker Hub, Terraform Cloud, Airtable,
New Relic, Cloudflare, Okta, Mapbox, Square, Atlassian, Figma, Dropbox, Meta, Sentry,
Doppler, Mailchimp, Firebase, Google OAuth, PayPal, Mistral, Twitch), Luhn-valid card
numbers, IBANs with valid check digits, and valid check digits for national ids that
have them (German Steuer-ID, French NIR, Spanish DNI, Italian codice fiscale, Dutch
BSN, Polish PESEL, Brazilian CPF, Indian Aadhaar (Verhoeff), Chinese resident id,
Korean RRN, Japanese My Number, Swedish personnummer, Finnish HETU, Turkish TC Kimlik,
Russian SNILS and INN, UK NHS number, German KVNR, Australian TFN and Medicare,
Emirates ID, Israeli Teudat Zehut). None is a real credential.
"""

from __future__ import annotations

import base64
import json
import random
import string
import urllib.parse
from typing import NamedTuple


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []


def _add(id_: str, text: str, secret: str) -> None:
    SECRETS.append(Secret(id_, text, secret))


def _ok(id_: str, text: str) -> None:
    INNOCENT.append(Innocent(id_, text))


# --------------------------------------------------------------------------
# Synthetic value generators (all values are random, none is a real secret)
# --------------------------------------------------------------------------

_R = random.Random(13_2026_1207)

_AN = string.ascii_letters + string.digits
_UP = string.ascii_uppercase
_LO = string.ascii_lowercase
_UPD = _UP + string.digits
_LOD = _LO + string.digits
_HEX = "0123456789abcdef"
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_URLSAFE = _AN + "-_"


def _s(alpha: str, n: int) -> str:
    return "".join(_R.choice(alpha) for _ in range(n))


def _dz(n: int) -> str:
    return _s(string.digits, n)


def _d(n: int) -> str:
    return str(_R.randint(1, 9)) + _dz(n - 1)


def _hex(n: int) -> str:
    return _s(_HEX, n)


def _bytes(n: int) -> bytes:
    return bytes(_R.getrandbits(8) for _ in range(n))


def _b64(n: int) -> str:
    return base64.b64encode(_bytes(n)).decode()


def _b64u(n: int) -> str:
    return base64.urlsafe_b64encode(_bytes(n)).decode().rstrip("=")


def _uuid() -> str:
    h = _hex(32)
    h = h[:12] + "4" + h[13:16] + _R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---- payment cards -------------------------------------------------------

def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def _luhn_ok(num: str) -> bool:
    return _luhn_digit(num[:-1]) == num[-1]


def _card(prefix: str, length: int = 16) -> str:
    body = prefix + _dz(length - len(prefix) - 1)
    return body + _luhn_digit(body)


def _visa() -> str:
    return _card("4" + _dz(5))


def _mc() -> str:
    return _card(str(_R.randint(51, 55)))


def _amex() -> str:
    return _card(_R.choice(["34", "37"]), 15)


def _grp(num: str, sizes=(4, 4, 4, 4), sep: str = " ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return sep.join(p for p in out if p)


def _exp() -> str:
    return f"{_R.randint(1, 12):02d}/{_R.randint(27, 31)}"


# ---- bank accounts -------------------------------------------------------

def _iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def _iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def _iban_de() -> str:
    return _iban("DE", _d(8) + _dz(10))


def _iban_gb() -> str:
    return _iban("GB", _s(_UP, 4) + _dz(14))


def _iban_fr() -> str:
    return _iban("FR", _dz(10) + _dz(11) + _dz(2))


def _iban_es() -> str:
    return _iban("ES", _dz(20))


def _iban_it() -> str:
    return _iban("IT", _R.choice(_UP) + _dz(10) + _dz(12))


def _iban_nl() -> str:
    return _iban("NL", _s(_UP, 4) + _dz(10))


def _iban_pl() -> str:
    return _iban("PL", _dz(24))


def _iban_ch() -> str:
    return _iban("CH", _dz(17))


def _iban_at() -> str:
    return _iban("AT", _dz(16))


def _iban_tr() -> str:
    return _iban("TR", _dz(5) + "0" + _dz(16))


def _iban_sa() -> str:
    return _iban("SA", _dz(2) + _dz(18))


def _iban_ua() -> str:
    return _iban("UA", _dz(6) + _dz(19))


def _fmt_iban(i: str) -> str:
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


# ---- national / tax / health identifiers --------------------------------

def _ssn() -> str:
    area = _R.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{_R.randint(1, 99):02d}-{_R.randint(1, 9999):04d}"


def _itin() -> str:
    return f"9{_dz(2)}-{_R.choice(['70', '78', '83', '90', '94'])}-{_R.randint(1, 9999):04d}"


def _ein() -> str:
    return f"{_R.choice(['12', '20', '27', '45', '46', '81', '84', '88'])}-{_dz(7)}"


def _nino() -> str:
    first = _R.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = _R.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = _R.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second} {_dz(2)} {_dz(2)} {_dz(2)} {_R.choice('ABCD')}"


def _steuer_id() -> str:
    ds = _R.sample(range(10), 9)
    while ds[0] == 0:
        _R.shuffle(ds)
    dup = _R.choice(ds[1:])
    pos = _R.randint(1, 9)
    ds.insert(pos, dup)
    product = 10
    for v in ds:
        s = (v + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    ds.append(0 if c == 10 else c)
    return "".join(map(str, ds))


def _nir() -> str:
    body = (f"{_R.choice('12')}{_R.randint(60, 99):02d}{_R.randint(1, 12):02d}"
            f"{_R.randint(1, 95):02d}{_dz(3)}{_R.randint(1, 999):03d}")
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


_DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni() -> str:
    n = _R.randint(10_000_000, 99_999_999)
    return f"{n}{_DNI_L[n % 23]}"


def _nie() -> str:
    p = _R.choice("XYZ")
    n = _dz(7)
    return f"{p}{n}{_DNI_L[int('XYZ'.index(p).__str__() + n) % 23]}"


_CF_ODD = {**dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
           **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                       12, 14, 16, 10, 22, 25, 24, 23]))}


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def _codice_fiscale() -> str:
    body = (_s("BCDFGHLMNPRSTVZ", 3) + _s("BCDFGHLMNPRSTVZ", 2) + _R.choice("AEIOU")
            + f"{_R.randint(50, 99)}" + _R.choice("ABCDEHLMPRST")
            + f"{_R.choice([_R.randint(1, 28), _R.randint(41, 68)]):02d}"
            + _R.choice("ABCDEFGHILMZ") + f"{_R.randint(1, 999):03d}")
    total = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(body))
    return body + chr(65 + total % 26)


def _bsn() -> str:
    while True:
        ds = [_R.randint(1, 9)] + [_R.randint(0, 9) for _ in range(8)]
        if (sum(w * v for w, v in zip(range(9, 1, -1), ds[:8])) - ds[8]) % 11 == 0:
            return "".join(map(str, ds))


def _pesel() -> str:
    yy = _R.randint(0, 99)
    mm = _R.randint(1, 12) + (20 if yy < 10 else 0)
    if yy < 10:
        yy = _R.randint(0, 5)
    body = f"{yy:02d}{mm:02d}{_R.randint(1, 28):02d}{_dz(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + str((10 - s % 10) % 10)


def _cpf() -> str:
    ds = [_R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(v * w for v, w in zip(ds, range(n, 1, -1)))
        r = (s * 10) % 11
        ds.append(0 if r == 10 else r)
    c = "".join(map(str, ds))
    return f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}"


def _verhoeff_d(j: int, k: int) -> int:
    if j < 5 and k < 5:
        return (j + k) % 5
    if j < 5:
        return (j + k - 5) % 5 + 5
    if k < 5:
        return (j - 5 - k) % 5 + 5
    return (j - k) % 5


_VP1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]


def _verhoeff_p(i: int, x: int) -> int:
    for _ in range(i % 8):
        x = _VP1[x]
    return x


_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _verhoeff_check(num: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _verhoeff_d(c, _verhoeff_p(i + 1, int(ch)))
    return str(_VINV[c])


def _verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _verhoeff_d(c, _verhoeff_p(i, int(ch)))
    return c == 0


def _aadhaar() -> str:
    body = str(_R.randint(2, 9)) + _dz(10)
    n = body + _verhoeff_check(body)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _cn_id() -> str:
    region = _R.choice(["110105", "310115", "440305", "510107", "330106", "420111"])
    body = (f"{region}{_R.randint(1965, 2004)}{_R.randint(1, 12):02d}"
            f"{_R.randint(1, 28):02d}{_dz(3)}")
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + "10X98765432"[s % 11]


def _rrn() -> str:
    body = f"{_R.randint(60, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_R.choice('12')}{_dz(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * k for c, k in zip(body, w))
    n = body + str((11 - s % 11) % 10)
    return f"{n[:6]}-{n[6:]}"


def _my_number() -> str:
    body = _dz(11)
    s = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    n = body + str(0 if r <= 1 else 11 - r)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _personnummer() -> str:
    body = f"{_R.randint(60, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_dz(3)}"
    return f"{body[:6]}-{body[6:]}{_luhn_digit(body)}"


def _hetu() -> str:
    dd, mm, yy = _R.randint(1, 28), _R.randint(1, 12), _R.randint(60, 99)
    nnn = _R.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{nnn:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{nnn:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}"


def _tckn() -> str:
    d = [_R.randint(1, 9)] + [_R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def _sin_ca() -> str:
    body = str(_R.randint(1, 7)) + _dz(7)
    n = body + _luhn_digit(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def _tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        n = _d(9)
        if sum(int(c) * k for c, k in zip(n, w)) % 11 == 0:
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def _snils() -> str:
    while True:
        body = _dz(9)
        if int(body) > 1001998:
            break
    s = sum(int(c) * w for c, w in zip(body, range(9, 0, -1)))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {c:02d}"


def _inn12() -> str:
    d = [_R.randint(0, 9) for _ in range(10)]
    d[0] = _R.randint(1, 9)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def _nhs() -> str:
    while True:
        body = _d(9)
        s = sum(int(c) * w for c, w in zip(body, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            n = body + str(c)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def _mbi() -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + string.digits
    m = (str(_R.randint(1, 9)) + _R.choice(a) + _R.choice(an) + _dz(1) + _R.choice(a)
         + _R.choice(an) + _dz(1) + _R.choice(a) + _R.choice(a) + _dz(2))
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def _kvnr() -> str:
    letter = _R.choice(_UP)
    digits8 = _dz(8)
    seq = f"{ord(letter) - 64:02d}" + digits8
    s = 0
    for i, c in enumerate(seq):
        p = int(c) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return f"{letter}{digits8}{s % 10}"


def _medicare_au() -> str:
    body = str(_R.randint(2, 6)) + _dz(7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(x) * k for x, k in zip(body, w)) % 10
    n = body + str(c) + str(_R.randint(1, 9))
    return f"{n[:4]} {n[4:9]} {n[9]}"


def _curp() -> str:
    return (_s("BCDFGHLMNPRSTVZ", 1) + _R.choice("AEIOU") + _s(_UP, 2)
            + f"{_R.randint(60, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}"
            + _R.choice("HM") + _R.choice(["DF", "JC", "NL", "PL", "VZ", "MC"])
            + _s("BCDFGHJKLMNPQRSTVWXYZ", 3) + _R.choice(_UPD) + _dz(1))


def _nik_id() -> str:  # Indonesian NIK (no public check digit)
    return f"{_R.choice(['3171', '3273', '3578', '5171'])}{_dz(2)}{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(70, 99)}{_dz(4)}"


def _emirates_id() -> str:
    body = f"784{_R.randint(1965, 2003)}{_dz(7)}"
    n = body + _luhn_digit(body)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


def _israeli_id() -> str:
    body = _dz(8)
    s = 0
    for i, c in enumerate(body):
        p = int(c) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return body + str((10 - s % 10) % 10)


# ---- documents -------------------------------------------------------------

def _passport_us() -> str:
    return _d(9)


def _passport_de() -> str:
    return _R.choice("CFGHJK") + _s("CFGHJKLMNPRTVWXYZ0123456789", 8)


def _passport_fr() -> str:
    return f"{_dz(2)}{_s(_UP, 2)}{_dz(5)}"


def _passport_in() -> str:
    return _R.choice("JKLMNPRSTUVWZ") + _d(7)


def _passport_cn() -> str:
    return "E" + _d(8)


def _dl_uk() -> str:
    return (_s(_UP, 5) + f"{_R.randint(5, 9)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}"
            + f"{_R.randint(60, 99) % 10}" + _s(_UP, 2) + _dz(1) + _s(_UP, 2))


def _dl_ca_state() -> str:
    return _R.choice(_UP) + _dz(7)


# ---- vendor credentials ----------------------------------------------------

def _aws_akid() -> str:
    return "AKIA" + _s(_B32[:26] + "234567", 16)


def _aws_secret() -> str:
    return _s(_AN + "+/", 40)


def _gh_pat() -> str:
    return "ghp_" + _s(_AN, 36)


def _gh_fine() -> str:
    return "github_pat_11" + _s(_UPD, 20) + "_" + _s(_AN, 59)


def _gho() -> str:
    return "gho_" + _s(_AN, 36)


def _glpat() -> str:
    return "glpat-" + _s(_URLSAFE, 20)


def _slack_bot() -> str:
    return f"xoxb-{_d(11)}-{_d(13)}-{_s(_AN, 24)}"


def _slack_user() -> str:
    return f"xoxp-{_d(11)}-{_d(11)}-{_d(13)}-{_hex(32)}"


def _slack_hook_path() -> tuple[str, str]:
    last = _s(_AN, 24)
    return f"T{_s(_UPD, 10)}/B{_s(_UPD, 10)}/{last}", last


def _stripe_sk() -> str:
    return "sk_live_51" + _s(_AN, 97)


def _stripe_rk() -> str:
    return "rk_live_51" + _s(_AN, 97)


def _stripe_whsec() -> str:
    return "whsec_" + _s(_AN, 32)


def _openai() -> str:
    return "sk-proj-" + _s(_URLSAFE, 74) + "T3BlbkFJ" + _s(_URLSAFE, 74)


def _anthropic() -> str:
    return "sk-ant-api03-" + _s(_URLSAFE, 93) + "AA"


def _google_api() -> str:
    return "AIza" + _s(_URLSAFE, 35)


def _twilio_sid() -> str:
    return "AC" + _hex(32)


def _sendgrid() -> str:
    return "SG." + _s(_URLSAFE, 22) + "." + _s(_URLSAFE, 43)


def _npm() -> str:
    return "npm_" + _s(_AN, 36)


def _pypi() -> str:
    return "pypi-AgEIcHlwaS5vcmcCJ" + _s(_URLSAFE, 140)


def _hf() -> str:
    return "hf_" + _s(_AN, 34)


def _discord_bot() -> str:
    return (base64.b64encode(_d(18).encode()).decode().rstrip("=") + "." + _s(_URLSAFE, 6)
            + "." + _s(_URLSAFE, 38))


def _telegram_bot() -> str:
    return f"{_d(10)}:AA{_s(_URLSAFE, 33)}"


def _jwt(payload: dict) -> str:
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"},
                                            separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{h}.{p}.{_b64u(32)}"


def _mailgun() -> str:
    return "key-" + _hex(32)


def _azure_client_secret() -> str:
    return _s(_AN, 3) + "8Q~" + _s(_AN + "_.-~", 34)


def _azure_storage_key() -> str:
    return _b64(64)


def _shopify() -> str:
    return "shpat_" + _hex(32)


def _do_token() -> str:
    return "dop_v1_" + _hex(64)


def _datadog_api() -> str:
    return _hex(32)


def _vault() -> str:
    return "hvs." + _s(_URLSAFE, 90)


def _linear() -> str:
    return "lin_api_" + _s(_AN, 40)


def _notion() -> str:
    return "ntn_" + _d(11) + _s(_AN, 35)


def _postman() -> str:
    return f"PMAK-{_hex(24)}-{_hex(34)}"


def _databricks() -> str:
    return "dapi" + _hex(32)


def _grafana() -> str:
    return f"glsa_{_s(_AN, 32)}_{_hex(8)}"


def _groq() -> str:
    return "gsk_" + _s(_AN, 52)


def _replicate() -> str:
    return "r8_" + _s(_AN, 37)


def _docker_pat() -> str:
    return "dckr_pat_" + _s(_URLSAFE, 27)


def _tfc() -> str:
    return _s(_AN, 14) + ".atlasv1." + _s(_AN, 67)


def _airtable() -> str:
    return "pat" + _s(_AN, 14) + "." + _hex(64)


def _newrelic() -> str:
    return "NRAK-" + _s(_UPD, 27)


def _cloudflare() -> str:
    return _s(_URLSAFE, 40)


def _okta() -> str:
    return "00" + _s(_URLSAFE, 40)


def _mapbox_sk() -> str:
    return "sk.eyJ1Ijoi" + _s(_AN, 40) + "." + _s(_URLSAFE, 22)


def _square() -> str:
    return "EAAA" + _s(_URLSAFE, 60)


def _atlassian() -> str:
    return "ATATT3xFfGF0" + _s(_URLSAFE, 170) + "=" + _hex(8).upper()


def _figma() -> str:
    return "figd_" + _s(_URLSAFE, 40)


def _dropbox() -> str:
    return "sl.B" + _s(_URLSAFE, 134)


def _fb_token() -> str:
    return "EAAB" + _s(_AN, 180)


def _sentry_auth() -> str:
    return "sntrys_" + _b64u(100)


def _doppler() -> str:
    return "dp.st.prd." + _s(_AN, 43)


def _mailchimp() -> str:
    return _hex(32) + "-us" + str(_R.randint(2, 21))


def _firebase_fcm() -> str:
    return "AAAA" + _s(_URLSAFE, 7) + ":APA91b" + _s(_URLSAFE, 134)


def _gcp_oauth_secret() -> str:
    return "GOCSPX-" + _s(_URLSAFE, 28)


def _paypal_secret() -> str:
    return "E" + _s(_URLSAFE, 79)


def _mistral() -> str:
    return _s(_AN, 32)


def _twitch() -> str:
    return _s(_LOD, 30)


# ---- keys, seeds, codes ----------------------------------------------------

def _pem_body(nbytes: int, prefix: bytes = b"") -> str:
    raw = base64.b64encode(prefix + _bytes(nbytes - len(prefix))).decode()
    return "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))


def _rsa_pem_body() -> str:
    return _pem_body(1190, b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00")


def _ec_pem_body() -> str:
    return _pem_body(121, b"\x30\x77\x02\x01\x01\x04\x20")


def _openssh_body() -> str:
    return _pem_body(399, b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none")


_BIP39 = """abandon ability able about above absent absorb abstract absurd abuse access
accident account accuse achieve acid acoustic acquire across act action actor actress actual
adapt add addict address adjust admit adult advance advice aerobic affair afford afraid again
age agent agree ahead aim air airport aisle alarm album alcohol alert alien all alley allow
almost alone alpha already also alter always amateur amazing among amount amused analyst anchor
ancient anger angle angry animal ankle announce annual another answer antenna antique anxiety
any apart apology appear apple approve april arch arctic area arena argue arm armed armor army
around arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset assist
assume asthma athlete atom attack attend attitude attract auction audit august aunt author auto
autumn average avocado avoid awake aware away awesome awful awkward axis baby bachelor bacon
badge bag balance balcony ball bamboo banana banner bar barely bargain barrel base basic basket
battle beach bean beauty because become beef before begin behave behind believe below belt
bench benefit best betray better between beyond bicycle bid bike bind biology bird birth bitter
black blade blame blanket blast bleak bless blind blood blossom blouse blue blur blush board
boat body boil bomb bone bonus book boost border boring borrow boss bottom bounce box boy
bracket brain brand brass brave bread breeze brick bridge brief bright bring brisk broccoli
broken bronze broom brother brown brush bubble buddy budget buffalo build bulb bulk bullet
bundle bunker burden burger burst bus business busy butter buyer buzz cabbage cabin cable
cactus wrist wrong yard year yellow you young youth zebra zero zone zoo""".split()


def _seed(n: int = 12) -> str:
    return " ".join(_R.choice(_BIP39) for _ in range(n))


def _eth_key() -> str:
    return "0x" + _hex(64)


def _wif() -> str:
    return _R.choice("KL") + _s(_B58, 51)


def _sol_key() -> str:
    return _s(_B58, 88)


def _totp_seed(n: int = 32) -> str:
    return _s(_B32, n)


def _gh_recovery() -> list[str]:
    return [f"{_hex(5)}-{_hex(5)}" for _ in range(8)]


def _google_backup() -> list[str]:
    return [f"{_dz(4)} {_dz(4)}" for _ in range(10)]


def _otp(n: int = 6) -> str:
    return _dz(n)


def _pin(n: int = 4) -> str:
    while True:
        p = _dz(n)
        if len(set(p)) > 2 and p not in ("1234", "12345", "123456"):
            return p


_SYM = "!@#$%&*?+-_=."
_WORDS_EN = ["maple", "river", "falcon", "copper", "violet", "harbor", "lantern", "pepper",
             "summit", "willow", "thunder", "orchid", "marble", "canyon", "biscuit", "comet"]


def _pw_strong(n: int = 16) -> str:
    while True:
        p = _s(_AN + _SYM, n)
        if (any(c.isdigit() for c in p) and any(c.isupper() for c in p)
                and any(c.islower() for c in p) and any(c in _SYM for c in p)):
            return p


def _pw_human(words=None) -> str:
    w = _R.choice(words or _WORDS_EN)
    return w.capitalize() + str(_R.randint(10, 2025)) + _R.choice("!#$?*.")


def _passphrase(words=None, n: int = 4, sep: str = "-") -> str:
    return sep.join(_R.sample(words or _WORDS_EN, n))


def _cookie(n: int = 32) -> str:
    return _s(_LOD, n)


def _wifi_key() -> str:
    return _R.choice([_pw_strong(14), _pw_human(), _s(_LOD, 12), _dz(10)])


# ==========================================================================
# SECRETS — technical settings (English)
# ==========================================================================

# ---- shell sessions --------------------------------------------------------
_v = _aws_secret()
_k = _aws_akid()
_add("shell/aws-export-secret",
     f"$ export AWS_ACCESS_KEY_ID={_k}\n$ export AWS_SECRET_ACCESS_KEY={_v}\n"
     f"$ aws s3 ls s3://acme-invoices-prod/\n2026-11-30 09:12:44     184321 inv-2026-11.pdf", _v)
_add("shell/aws-export-keyid",
     f"$ export AWS_ACCESS_KEY_ID={_k}\n$ export AWS_DEFAULT_REGION=eu-central-1\n$ terraform plan", _k)

_v = _pw_strong(18)
_add("shell/mysql-inline-password",
     f"deploy@db-02:~$ mysql -h 10.20.0.14 -u reporting -p'{_v}' analytics -e 'SELECT COUNT(*) FROM events;'\n"
     "mysql: [Warning] Using a password on the command line interface can be insecure.\n+----------+\n| COUNT(*) |\n+----------+\n|  9182734 |\n+----------+",
     _v)

_v = _gh_pat()
_add("shell/git-clone-token-url",
     f"$ git clone https://oauth2:{_v}@github.com/northwind-labs/billing-service.git\nCloning into 'billing-service'...\n"
     "remote: Enumerating objects: 4121, done.", _v)

_v = _pw_human()
_add("shell/history-sshpass",
     f"  501  cd ~/infra\n  502  sshpass -p {_v} ssh admin@192.168.40.2\n  503  ls -la /var/backups\n  504  history | tail", _v)

_v = _npm()
_add("shell/npmrc-echo",
     f"$ echo \"//registry.npmjs.org/:_authToken={_v}\" > ~/.npmrc\n$ npm publish --access public\n+ @kitewire/ui@3.4.1", _v)

_v = _hex(40)
_add("shell/curl-bearer",
     f"$ curl -s -H 'Authorization: Bearer {_v}' https://api.internal.example.net/v2/users?limit=3 | jq .\n"
     "{\n  \"users\": [\n    {\"id\": 118, \"name\": \"R. Okafor\"}\n  ]\n}", _v)

_v = _pw_strong(20)
_add("shell/htpasswd-typed",
     f"root@proxy:~# htpasswd -b /etc/nginx/.htpasswd grafana '{_v}'\nAdding password for user grafana", _v)

_v = _pw_strong(16)
_add("shell/openssl-pass-arg",
     f"$ openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{_v}\n$ ls -l bundle.p12\n-rw------- 1 ci ci 2611 Dec  4 10:02 bundle.p12",
     _v)

_v = _docker_pat()
_add("shell/docker-login-stdin",
     f"$ echo {_v} | docker login -u kitewire-ci --password-stdin\nLogin Succeeded", _v)

# ---- .env and config files --------------------------------------------------
_v = _stripe_sk()
_add("dotenv/stripe-live",
     f"# .env.production\nNODE_ENV=production\nPORT=8080\nSTRIPE_SECRET_KEY={_v}\nSTRIPE_PUBLISHABLE_KEY_NAME=pk_live_see_dashboard\nLOG_LEVEL=info", _v)

_v = _openai()
_add("dotenv/openai-quoted",
     f"OPENAI_API_KEY=\"{_v}\"\nOPENAI_MODEL=gpt-4o-mini\nMAX_TOKENS=2048", _v)

_v = _anthropic()
_add("dotenv/anthropic", f"ANTHROPIC_API_KEY={_v}\n# rotate every 90 days\nCLAUDE_MODEL=claude-sonnet", _v)

_v = _pw_strong(24)
_add("dotenv/postgres-url",
     f"DATABASE_URL=postgres://app_rw:{_v}@pg-main.cluster-c8x1.eu-west-1.rds.amazonaws.com:5432/shop?sslmode=require\nREDIS_URL=redis://cache:6379/0",
     _v)

_v = _sendgrid()
_add("dotenv/sendgrid-export", f"export SENDGRID_API_KEY='{_v}'\nexport MAIL_FROM=no-reply@kitewire.io", _v)

_v = _s(_AN, 32)
_add("yaml/spring-datasource",
     f"spring:\n  datasource:\n    url: jdbc:mysql://db.internal:3306/orders\n    username: orders_svc\n    password: {_v}\n  jpa:\n    hibernate:\n      ddl-auto: validate",
     _v)

_v = _glpat()
_add("yaml/gitlab-runner-config",
     f"concurrent = 4\n[[runners]]\n  name = \"build-box-3\"\n  url = \"https://gitlab.kitewire.io/\"\n  token = \"{_v}\"\n  executor = \"docker\"", _v)

_v = _s(_AN, 28)
_add("toml/pypirc-like",
     f"[tool.poetry]\nname = \"quokka\"\n\n[tool.quokka.secrets]\nsmtp_host = \"smtp.mailhost.net\"\nsmtp_user = \"alerts@quokka.dev\"\nsmtp_password = \"{_v}\"", _v)

_v = _pypi()
_add("ini/pypirc",
     f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {_v}", _v)

_v = _pw_human()
_add("ini/php-config",
     f"<?php\n$db_host = 'localhost';\n$db_name = 'wp_bakery';\n$db_user = 'wp_bakery';\n$db_pass = '{_v}';\n$table_prefix = 'wp_';", _v)

_v = _azure_storage_key()
_add("json/appsettings-azure-storage",
     json.dumps({"Logging": {"LogLevel": {"Default": "Information"}},
                 "ConnectionStrings": {"Blob": f"DefaultEndpointsProtocol=https;AccountName=kwmedia01;AccountKey={_v};EndpointSuffix=core.windows.net"}},
                indent=2), _v)

_v = _pw_strong(22)
_add("xml/tomcat-users",
     f"<tomcat-users>\n  <role rolename=\"manager-gui\"/>\n  <user username=\"tcadmin\" password=\"{_v}\" roles=\"manager-gui,admin-gui\"/>\n</tomcat-users>", _v)

_v = _pw_strong(14)
_add("xml/maven-settings",
     f"<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployer</username>\n      <password>{_v}</password>\n    </server>\n  </servers>\n</settings>", _v)

_v = _pw_strong(18)
_vb = base64.b64encode(_v.encode()).decode()
_add("k8s/secret-base64",
     f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: pg-credentials\n  namespace: payments\ntype: Opaque\ndata:\n  username: {base64.b64encode(b'payments').decode()}\n  password: {_vb}",
     _vb)

_v = _s(_AN, 26)
_add("k8s/helm-values",
     f"redis:\n  enabled: true\n  auth:\n    enabled: true\n    password: \"{_v}\"\nreplicaCount: 3\nimage:\n  tag: 2.14.0", _v)

_v = _pw_strong(16)
_add("docker/compose-env",
     f"services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: keycloak\n      POSTGRES_PASSWORD: {_v}\n    ports:\n      - \"5432:5432\"", _v)

_v = _do_token()
_add("terraform/tfvars",
     f"do_token      = \"{_v}\"\nregion        = \"fra1\"\ndroplet_size  = \"s-2vcpu-4gb\"", _v)

_v = _azure_client_secret()
_add("terraform/azure-provider",
     f"provider \"azurerm\" {{\n  features {{}}\n  subscription_id = \"{_uuid()}\"\n  client_id       = \"{_uuid()}\"\n  client_secret   = \"{_v}\"\n  tenant_id       = \"{_uuid()}\"\n}}",
     _v)

_v = _rsa_pem_body()
_add("config/gcp-service-account-json",
     json.dumps({"type": "service_account", "project_id": "kw-analytics-prod",
                 "private_key_id": _hex(40),
                 "private_key": f"-----BEGIN PRIVATE KEY-----\n{_v}\n-----END PRIVATE KEY-----\n",
                 "client_email": "etl-runner@kw-analytics-prod.iam.gserviceaccount.com"}, indent=2),
     json.dumps(_v)[1:-1])

_v = _openssh_body()
_add("config/ssh-private-key",
     f"$ cat ~/.ssh/id_ed25519\n-----BEGIN OPENSSH PRIVATE KEY-----\n{_v}\n-----END OPENSSH PRIVATE KEY-----", _v)

_v = _ec_pem_body()
_add("config/ec-private-key-pasted",
     f"here's the signing key for the staging webhook verifier, put it in vault pls:\n\n-----BEGIN EC PRIVATE KEY-----\n{_v}\n-----END EC PRIVATE KEY-----",
     _v)

_v = _s(_AN, 24)
_add("config/netrc",
     f"machine api.heroku.com\n  login ops@kitewire.io\n  password {_v}\nmachine git.heroku.com\n  login ops@kitewire.io", _v)

_v = _pw_strong(12)
_add("config/wpa-supplicant",
     f"network={{\n    ssid=\"KW-Office-5G\"\n    psk=\"{_v}\"\n    key_mgmt=WPA-PSK\n}}", _v)

# ---- CI logs -----------------------------------------------------------------
_v = _gh_fine()
_add("ci/github-actions-leak",
     "Run ./scripts/release.sh\n  shell: /usr/bin/bash -e {0}\n  env:\n    GITHUB_TOKEN: ***\n"
     f"+ git remote set-url origin https://x-access-token:{_v}@github.com/kitewire/ui.git\n+ git push origin v3.4.1", _v)

_v = _vault()
_add("ci/jenkins-console",
     f"[Pipeline] sh\n+ vault login -method=token {_v}\nSuccess! You are now authenticated.\n[Pipeline] }}", _v)

_v = _s(_AN, 32)
_add("ci/gitlab-debug-trace",
     f"$ echo \"Deploying with DEPLOY_PASSWORD=$DEPLOY_PASSWORD\"\nDeploying with DEPLOY_PASSWORD={_v}\n$ ./deploy.sh staging", _v)

_v = _hf()
_add("ci/buildkite-env-dump",
     f"~~~ Environment\nBUILDKITE_BRANCH=main\nBUILDKITE_COMMIT={_hex(40)}\nHF_TOKEN={_v}\nPYTHON_VERSION=3.11.7", _v)

# ---- HTTP dumps ---------------------------------------------------------------
_v = _b64u(24)
_add("http/set-cookie-session",
     f"HTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: __Host-session={_v}; Path=/; Secure; HttpOnly; SameSite=Lax\nContent-Length: 0", _v)

_v = "alice.w:" + _pw_human()
_vb = base64.b64encode(_v.encode()).decode()
_add("http/basic-auth-header",
     f"GET /admin/export.csv HTTP/1.1\nHost: intranet.kitewire.io\nAuthorization: Basic {_vb}\nAccept: text/csv", _vb)

_v = _jwt({"sub": "u_88213", "role": "admin", "iat": 1796601600, "exp": 1796688000})
_add("http/bearer-jwt-request",
     f"POST /api/v1/refunds HTTP/2\nhost: pay.kitewire.io\nauthorization: Bearer {_v}\ncontent-type: application/json\n\n{{\"order\": \"ORD-771204\", \"amount\": 1999}}", _v)

_v = _cookie(26)
_add("http/cookie-request-header",
     f"GET /account/settings HTTP/1.1\nHost: shop.example-store.com\nCookie: PHPSESSID={_v}; lang=en; cart_items=3\nUser-Agent: Mozilla/5.0", _v)

_v = _s(_AN, 40)
_add("http/api-key-query",
     f"127.0.0.1 - - [06/Dec/2026:22:14:09 +0000] \"GET /v3/forecast?lat=52.52&lon=13.40&appid={_v}&units=metric HTTP/1.1\" 200 4311", _v)

_v = f"s:{_s(_URLSAFE, 32)}.{_b64(32).rstrip('=')}"
_ve = urllib.parse.quote(_v, safe="")
_add("http/connect-sid-urlencoded",
     f"> GET /api/me HTTP/1.1\n> Host: localhost:3000\n> Cookie: connect.sid={_ve}\n>\n< HTTP/1.1 200 OK", _ve)

_v = _hex(64)
_add("http/signed-s3-url",
     f"Download ready: https://kw-exports.s3.eu-central-1.amazonaws.com/reports/payroll-2026-11.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={_aws_akid()}%2F20261207%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20261207T031500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={_v}",
     _v)

_v = urllib.parse.quote(_b64(32), safe="")
_add("http/azure-sas-url",
     f"blob url: https://kwmedia01.blob.core.windows.net/contracts/nda-signed.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T23:59:59Z&st=2026-12-01T00:00:00Z&spr=https&sig={_v}",
     _v)

# ---- webhooks -----------------------------------------------------------------
_p, _v = _slack_hook_path()
_add("webhook/slack-incoming",
     f"ALERT_WEBHOOK=https://hooks.slack.com/services/{_p}\nALERT_CHANNEL=#oncall", _v)

_v = _s(_URLSAFE, 68)
_add("webhook/discord",
     f"requests.post(\"https://discord.com/api/webhooks/{_d(19)}/{_v}\", json={{\"content\": \"build green\"}})", _v)

_v = _stripe_whsec()
_add("webhook/stripe-signing-secret",
     f"Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is {_v} (^C to quit)", _v)

_v = _telegram_bot()
_add("webhook/telegram-bot-url",
     f"curl \"https://api.telegram.org/bot{_v}/sendMessage?chat_id=-100{_d(10)}&text=backup%20done\"", _v)

# ---- agent tool calls, tool outputs, thoughts, task texts ----------------------
_v = _pw_strong(15)
_add("agent/tool-call-json-args",
     json.dumps({"type": "tool_use", "name": "browser.fill_form",
                 "input": {"url": "https://portal.utility-co.example/login",
                           "fields": {"email": "m.haddad@gmail.com", "password": _v},
                           "submit": True}}), _v)

_v = "Pa\"ss" + _pw_strong(10) + "\\x"
_vj = json.dumps(_v)[1:-1]
_add("agent/tool-call-json-escaped",
     '{"tool":"ssh.exec","arguments":"{\\"host\\":\\"10.0.3.7\\",\\"user\\":\\"root\\",\\"password\\":\\"'
     + json.dumps(_vj)[1:-1] + '\\",\\"cmd\\":\\"systemctl restart nginx\\"}"}',
     json.dumps(_vj)[1:-1])

_v = _linear()
_add("agent/tool-output-env",
     f"<tool_result name=\"read_file\" path=\".env.local\">\nLINEAR_API_KEY={_v}\nNEXT_PUBLIC_APP_URL=http://localhost:3000\n</tool_result>", _v)

_v = _pin(6)
_add("agent/thought-mentions-pin",
     f"Thought: The user said their banking app PIN is {_v} and asked me to log in and download last month's statement. "
     "I should not store this; next step is to open the bank site.", _v)

_v = _pw_human()
_add("agent/task-text",
     f"Task: log into the WordPress admin at https://bakery-lina.example/wp-admin with user 'lina' and password {_v}, then update the opening hours for December.",
     _v)

_v = _notion()
_add("agent/tool-call-headers",
     json.dumps({"name": "http_request", "arguments": {"method": "POST",
                 "url": "https://api.notion.com/v1/pages",
                 "headers": {"Authorization": f"Bearer {_v}", "Notion-Version": "2022-06-28"},
                 "body": {"parent": {"database_id": _hex(32)}}}}, indent=1), _v)

_v = _otp()
_add("agent/tool-output-sms-inbox",
     f"[tool:read_sms] 1 new message from 'GOV.UK': Your security code is {_v}. Do not share this code with anyone. Expires in 10 minutes.", _v)

_v = _groq()
_add("agent/observation-traceback",
     "Observation: command failed\nTraceback (most recent call last):\n  File \"bot.py\", line 12, in <module>\n"
     f"    client = Groq(api_key=\"{_v}\")\nNameError: name 'Groq' is not defined", _v)

_v = _totp_seed()
_add("agent/otpauth-uri",
     f"Tool output (qr_decode): otpauth://totp/Kitewire:ops%40kitewire.io?secret={_v}&issuer=Kitewire&algorithm=SHA1&digits=6&period=30", _v)

_v = _pw_strong(13)
_add("agent/memory-note",
     f"Remember for later: Dana's NAS (Synology DS920+) admin login is dana_admin / {_v} — she wants me to set up Hyper Backup on Sunday.", _v)

# ---- code diffs, notebooks, source code -----------------------------------------
_v = _twilio_sid()
_t = _hex(32)
_add("diff/twilio-token-added",
     f"diff --git a/notify/sms.py b/notify/sms.py\n@@ -3,6 +3,8 @@ from twilio.rest import Client\n-ACCOUNT_SID = os.environ[\"TWILIO_SID\"]\n-AUTH_TOKEN = os.environ[\"TWILIO_TOKEN\"]\n+ACCOUNT_SID = \"{_v}\"\n+AUTH_TOKEN = \"{_t}\"  # TODO move back to env\n client = Client(ACCOUNT_SID, AUTH_TOKEN)",
     _t)

_v = _google_api()
_add("diff/google-maps-key-js",
     f"--- a/web/src/map.js\n+++ b/web/src/map.js\n@@ -1,4 +1,4 @@\n-const MAPS_KEY = process.env.MAPS_KEY;\n+const MAPS_KEY = '{_v}';\n export function initMap() {{", _v)

_v = _databricks()
_add("notebook/databricks-cell",
     json.dumps({"cell_type": "code", "execution_count": 7,
                 "source": ["import requests\n", f"TOKEN = \"{_v}\"\n",
                            "r = requests.get(HOST + '/api/2.0/clusters/list', headers={'Authorization': f'Bearer {TOKEN}'})\n"],
                 "outputs": [{"output_type": "stream", "text": ["200\n"]}]}, indent=1), _v)

_v = _pw_strong(16)
_add("notebook/colab-output",
     f"In [3]: conn = psycopg2.connect(host='10.8.0.5', dbname='crm', user='analyst', password='{_v}')\nIn [4]: pd.read_sql('select count(*) from leads', conn)\nOut[4]:\n   count\n0  48211",
     _v)

_v = _mailgun()
_add("code/python-hardcoded",
     f"def send_receipt(to, body):\n    return requests.post(\n        \"https://api.mailgun.net/v3/mg.kitewire.io/messages\",\n        auth=(\"api\", \"{_v}\"),\n        data={{\"from\": \"receipts@kitewire.io\", \"to\": to, \"text\": body}})", _v)

_v = _shopify()
_add("code/ruby-initializer",
     f"ShopifyAPI::Context.setup(\n  api_key: ENV['SHOPIFY_KEY'],\n  api_secret_key: ENV['SHOPIFY_SECRET'],\n  access_token: '{_v}',\n  host: 'https://lumen-candles.myshopify.com'\n)", _v)

_v = _s(_AN + "!@#", 20)
_add("code/csharp-connstring",
     f"var cs = \"Server=tcp:kw-sql.database.windows.net,1433;Initial Catalog=Ledger;User ID=ledger_app;Password={_v};Encrypt=True;\";", _v)

_v = _pw_strong(18)
_vu = urllib.parse.quote(_v, safe="")
_add("code/mongo-uri-urlencoded",
     f"const uri = \"mongodb+srv://svc_reviews:{_vu}@cluster0.x7kqz.mongodb.net/reviews?retryWrites=true&w=majority\";", _vu)

# ---- SQL -------------------------------------------------------------------------
_v = _pw_strong(17)
_add("sql/create-user",
     f"CREATE USER 'bi_reader'@'%' IDENTIFIED BY '{_v}';\nGRANT SELECT ON warehouse.* TO 'bi_reader'@'%';\nFLUSH PRIVILEGES;", _v)

_v = _visa()
_add("sql/insert-card-row",
     f"INSERT INTO payments (customer_id, card_number, exp, cvv) VALUES (88213, '{_v}', '{_exp()}', '{_dz(3)}');", _v)

_v = _ssn()
_add("sql/select-result-ssn",
     "mysql> SELECT id, full_name, ssn, hire_date FROM employees WHERE id = 4471;\n"
     "+------+----------------+-------------+------------+\n| id   | full_name      | ssn         | hire_date  |\n"
     f"+------+----------------+-------------+------------+\n| 4471 | Marcus Delaney | {_v} | 2019-03-18 |\n+------+----------------+-------------+------------+",
     _v)

_v = _pw_strong(14)
_add("sql/alter-role",
     f"postgres=# ALTER ROLE metabase WITH LOGIN PASSWORD '{_v}';\nALTER ROLE", _v)

# ---- application logs ------------------------------------------------------------
_v = _pw_human()
_add("log/debug-login-payload",
     f"2026-12-06T21:03:11.482Z DEBUG auth.controller login attempt payload={{\"username\":\"kpatel\",\"password\":\"{_v}\",\"remember\":true}} ip=84.17.22.190", _v)

_v = _slack_bot()
_add("log/exception-with-token",
     f"ERROR slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage, token={_v})\nThe server responded with: {{'ok': False, 'error': 'channel_not_found'}}", _v)

_v = _s(_AN, 20)
_add("log/redis-auth-monitor",
     f"1733512021.339284 [0 10.0.4.12:51822] \"AUTH\" \"{_v}\"\n1733512021.339811 [0 10.0.4.12:51822] \"GET\" \"session:81aa\"", _v)

_v = _datadog_api()
_add("log/agent-startup",
     f"2026-12-07 02:00:01 UTC | CORE | INFO | (pkg/config/setup.go:412) | config: api_key={_v} site=datadoghq.eu hostname=web-07", _v)

# ---- password manager exports / spreadsheets ------------------------------------
_v = _pw_strong(16)
_add("pwexport/bitwarden-csv",
     "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
     f"Finance,1,login,Chase,,,0,https://secure.chase.com,jmorales84,{_v},", _v)

_v = _totp_seed(16)
_add("pwexport/bitwarden-csv-totp",
     "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
     f"Work,0,login,AWS root,,,0,https://console.aws.amazon.com,root@kitewire.io,{_pw_strong(20)},{_v}", _v)

_v = _pw_strong(20)
_add("pwexport/keepass-xml",
     f"<Entry><String><Key>Title</Key><Value>Router admin</Value></String><String><Key>UserName</Key><Value>admin</Value></String><String><Key>Password</Key><Value ProtectedInMemory=\"True\">{_v}</Value></String></Entry>",
     _v)

_v = _pw_human()
_add("sheet/shared-logins-csv",
     f"Service,Login,Password,Owner\nCanva,design@lumen-candles.com,{_v},Tessa\nMailchimp,hello@lumen-candles.com,see vault,Tessa", _v)

_v = _iban_gb()
_add("sheet/payroll-tsv",
     f"employee\tsort_code\taccount\tIBAN\tnet_pay\nO. Adeyemi\t{_v[8:10]}-{_v[10:12]}-{_v[12:14]}\t{_v[14:]}\t{_v}\t2,847.11", _v)

# ---- crypto ------------------------------------------------------------------------
_v = _seed(12)
_add("crypto/seed-phrase-chat",
     f"ok I wrote the seed down but also here so I don't lose it: {_v}\nplease don't share lol", _v)

_v = _seed(24)
_vs = _v.split()
_vn = "\n".join(f"{i + 1}. {w}" for i, w in enumerate(_vs))
_add("crypto/seed-numbered-ocr", f"RECOVERY PHRASE — WRITE DOWN AND KEEP OFFLINE\n{_vn}\nDo not photograph this card.", _vn)

_v = _eth_key()
_add("crypto/eth-private-key-hardhat",
     f"networks: {{\n    sepolia: {{\n      url: `https://sepolia.infura.io/v3/${{INFURA_ID}}`,\n      accounts: [\"{_v}\"],\n    }},\n}}", _v)

_v = _wif()
_add("crypto/wif-paper-wallet", f"Paper wallet (printed 2017)\nPublic: 1{_s(_B58, 33)}\nPrivate (WIF): {_v}", _v)

_v = _sol_key()
_add("crypto/solana-keypair", f"solana-keygen output saved. Secret key (base58): {_v}\nPubkey: {_s(_B58, 44)}", _v)

# ---- smart home / IoT ---------------------------------------------------------------
_v = _pin(4)
_add("smarthome/alarm-disarm", f"[Home Assistant] Automation 'Away mode' — alarm_control_panel.alarm_disarm called with code: {_v} by user Jamie", _v)

_v = _pin(6)
_add("smarthome/door-lock-user-code",
     f"Yale Assure Lock 2: user code slot 4 ('cleaner Tue/Fri') set to {_v}. Schedule: Tue, Fri 09:00–13:00.", _v)

_v = _s(_AN, 32)
_add("smarthome/ha-secrets-yaml", f"# secrets.yaml\nmqtt_password: {_v}\nlatitude_home: 47.3769\nlongitude_home: 8.5417", _v)

_v = _jwt({"iss": _hex(32), "iat": 1796601600, "exp": 2111961600})
_add("smarthome/ha-long-lived-token",
     f"rest_command:\n  garage_open:\n    url: http://homeassistant.local:8123/api/services/cover/open_cover\n    headers:\n      authorization: \"Bearer {_v}\"", _v)

# ==========================================================================
# SECRETS — human communication and documents (English)
# ==========================================================================

_v = _pw_human()
_add("chat/slack-passing-mention",
     f"[10:42] priya: anyone know the login for the shared Figma seat?\n[10:43] tom: yeah it's design@kitewire.io, pw {_v} — don't change it pls, marketing uses it too\n[10:43] priya: ty!",
     _v)

_v = _pw_strong(12)
_add("chat/slack-no-label",
     f"[14:02] nadia: can you DM me the staging admin creds? prod is on fire\n[14:03] leo: admin\n[14:03] leo: {_v}\n[14:03] leo: delete after",
     _v)

_v = _pw_strong(16)
_add("chat/split-two-messages",
     f"[09:15] sam: sending the db password in two parts so it's not in one msg lol\n[09:15] sam: {_v[:8]}\n[09:16] sam: {_v[8:]}\n[09:16] sam: concat them",
     _v[:8])

_v = _pin(4)
_add("chat/whatsapp-garage-code",
     f"[12/6/26, 18:22] Mum: We're away till Thursday. Garage keypad is {_v} if you need the bikes\n[12/6/26, 18:23] Ellie: 👍 thanks", _v)

_v = _pw_human()
_add("chat/imessage-wifi",
     f"Ben: what's your wifi again\nCass: network is Casita-Guest, password {_v}\nBen: got it thx", _v)

_v = _pin(4)
_add("chat/teams-lockbox",
     f"Jordan Blake 3:11 PM\nFor the site visit tomorrow, the key is in the lockbox by the side door, combo {_v}. Alarm is off.", _v)

_v = _dz(3)
_c = _mc()
_add("chat/card-cvv-in-chat",
     f"Rachel: can you book the hotel on my card? {_grp(_c)} exp {_exp()}\nRachel: security code {_v}\nAlex: on it", _v)
_add("chat/card-number-in-chat",
     f"Rachel: can you book the hotel on my card? {_grp(_c)} exp 09/29\nAlex: on it", _grp(_c))

_v = _pw_human()
_add("chat/typo-label",
     f"ok so the pasword for the kids' Nintendo account is {_v} — the parental control pin is written on the fridge", _v)

_v = _otp()
_add("chat/forwarded-2fa-code",
     f"Dad: a code just came to my phone for your Amazon, is this you?? it says {_v}\nMe: yes!! thanks", _v)

_v = _pw_strong(14)
_add("chat/discord-server-leak",
     f"gamer_kev — Today at 11:48 PM\nmy steam got hacked lol, old password was {_v} so if anyone uses that somewhere change it", _v)

# ---- email ------------------------------------------------------------------------
_v = _pw_strong(12)
_add("email/it-onboarding",
     "From: it-helpdesk@kitewire.io\nTo: s.nakamura@kitewire.io\nSubject: Your new account\n\n"
     f"Hi Sora,\n\nYour temporary password is: {_v}\nYou will be asked to change it at first login.\n\nIT Helpdesk", _v)

_v = _s(_UPD, 4) + "-" + _s(_UPD, 4) + "-" + _s(_UPD, 4)
_add("email/license-key",
     f"Subject: Your license for PixelForge Pro\n\nThank you for your purchase!\nLicense holder: Tomás Ribeiro\nLicense key: {_v}\nThis key is valid for 2 activations.", _v)

_v = _iban_nl()
_add("email/invoice-supplier-iban",
     f"Dear client,\n\nPlease transfer the outstanding amount of €4,120.00 to our new account, the old one is closed:\nIBAN {_fmt_iban(_v)}\nBIC INGBNL2A\n\nKind regards, Accounts",
     _fmt_iban(_v))

_v = _pw_human()
_add("email/reply-quoted",
     f"> On Fri, Dec 4, 2026, Helen Moss wrote:\n> Could you remind me of the password for the church newsletter account?\n\nSure — it's {_v}. The username is still newsletter@stmarks-parish.org.",
     _v)

# ---- SMS -----------------------------------------------------------------------------
_v = _otp()
_add("sms/bank-otp", f"{_v} is your Barclays verification code. We will never call you to ask for it.", _v)

_v = _otp(8)
_add("sms/whatsapp-reg", f"<#> Your WhatsApp code: {_v[:3]}-{_v[3:6]}\nDon't share this code with others\n4sgLq1p5sV6", f"{_v[:3]}-{_v[3:6]}")

_v = _pin(4)
_add("sms/new-card-pin", f"Monzo: Your new card PIN is {_v}. Memorise it and delete this message.", _v)

# ---- voicemail / speech transcripts (dictated) -----------------------------------------
_NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_v = _pin(6)
_vd = " ".join(_NUMW[int(c)] for c in _v)
_add("voicemail/dictated-alarm-code",
     f"Voicemail transcript (0:41): Hi it's Greg from next door. So the alarm code for your mom's place is {_vd}, then press the little house button. Call me back if it beeps.",
     _vd)

_v = _pin(4)
_vd = f"{_NUMW[int(_v[0])]}, {_NUMW[int(_v[1])]}... uh, {_NUMW[int(_v[2])]}, {_NUMW[int(_v[3])]}"
_add("speech/dictated-pin-hesitant",
     f"[Speaker 2]: Okay so my PIN for the debit card is {_vd}. Yeah. Can you take out two hundred?", _vd)

_v = _s(_LO, 4)
_v2 = _dz(4)
_vd = _v[0].upper() + ", then " + " ".join(_v[1:]) + ", " + " ".join(_NUMW[int(c)] for c in _v2)
_add("speech/spelled-password",
     f"Agent: And the password?\nCaller: It's capital {_vd}. The letters after the first one are lowercase.", _vd)

_v = _visa()
_vd = " ".join(_v[i:i + 4] for i in range(0, 16, 4))
_add("speech/call-center-card",
     f"[00:03:12] Caller: the card is {_vd}\n[00:03:20] Agent: and the expiry?\n[00:03:22] Caller: oh-eight twenty-nine", _vd)

# ---- OCR of paper documents -----------------------------------------------------------
_v = _ssn()
_add("ocr/w2-form",
     f"Form W-2 Wage and Tax Statement 2025\na Employee's social security number\n{_v}\nb Employer identification number (EIN)\n{_ein()}\nc Employer's name ACME LOGISTICS LLC",
     _v)

_v = _passport_us()
_add("ocr/us-passport-mrz",
     f"PASSPORT  USA\nSurname / Nom  CALLOWAY\nGiven names  DENISE MARIE\nPassport No.  {_v}\nP<USACALLOWAY<<DENISE<MARIE<<<<<<<<<<<<<<<<<\n{_v}<3USA8504127F3106118<<<<<<<<<<<<<<02",
     _v)

_v = _s(_LOD, 4) + " " + _s(_LOD, 4) + " " + _s(_LOD, 4)
_add("ocr/router-sticker",
     f"Model: FRITZ!Box 7590\nS/N: {_d(12)}\nWLAN Network Key (WPA2):\n{_v}\nFRITZ!Box Password: {_s(_LOD, 5)}{_dz(4)}", _v)

_v = _dl_ca_state()
_add("ocr/drivers-license",
     f"CALIFORNIA DRIVER LICENSE\nDL {_v}\nEXP 08/14/2030\nLN MARTINEZ\nFN ISABEL\nDOB 08/14/1991\nCLASS C", _v)

_v = _mbi()
_add("ocr/medicare-card",
     f"MEDICARE HEALTH INSURANCE\nName: ROBERT J KOWALSKI\nMedicare Number: {_v}\nEntitled to HOSPITAL (PART A) 03-01-2024", _v)

_v = _google_backup()
_add("ocr/backup-codes-printout",
     "Google Backup codes\nKeep them someplace accessible, like your wallet.\n" + "\n".join(_v) + "\n(Each code can be used only once.)",
     _v[3])

# ---- forms ------------------------------------------------------------------------------
_v = _ssn()
_add("form/rental-application",
     f"Applicant name: Terrence Vaughn\nCurrent address: 1187 Alder St, Apt 3\nDate of birth: 02/11/1988\nSSN: {_v}\nMonthly income: $6,200", _v)

_v = _R.choice(["Whiskers", "Biscuit", "Mr. Pickles", "Sir Fluffington", "Pepper"]) + str(_R.randint(1, 9))
_v2 = _R.choice(["Duluth", "Tallahassee", "Saskatoon", "Galway"])
_add("form/security-question",
     f"Security question: What was the name of your first pet?\nAnswer: {_v}\nSecurity question 2: City where your parents met?\nAnswer: {_v2}", _v)
_v = _R.choice(["Okonkwo", "Vandermeer", "Castellanos", "Lindqvist"]) + "-" + _R.choice(["Baird", "Holloway", "Fitch"])
_add("form/security-question-2",
     f"Security question 1: Mother's maiden name?\nAnswer: {_v}\nHint shown at login: none", _v)

# ---- banking ------------------------------------------------------------------------------
_v = _dz(9)
_v2 = _d(10)
_add("banking/direct-deposit",
     f"Direct deposit setup\nBank: First Harbor Credit Union\nRouting number: 2{_dz(8)}\nAccount number: {_v2}\nAccount type: Checking", _v2)

_v = _amex()
_add("banking/amex-statement-copy",
     f"Card Member: LENA HOFF\nAccount ending —— full number on file: {_grp(_v, (4, 6, 5))}\nCID {_dz(4)}  Valid thru {_exp()}", _grp(_v, (4, 6, 5)))

_v = _pin(4)
_add("banking/support-chat-pin",
     f"Customer: I can't withdraw, it says wrong PIN but I typed {_v} like always\nBank bot: For your security, never share your PIN. Let me connect you to an agent.",
     _v)

# ---- tax --------------------------------------------------------------------------------
_v = _itin()
_add("tax/itin-letter", f"Dear Mr. Osei, we have assigned you an Individual Taxpayer Identification Number (ITIN): {_v}. Use it on all tax returns.", _v)

_v = _tfn()
_add("tax/au-tfn-email", f"Hi accounts, for my onboarding — my tax file number is {_v}, super fund is AustralianSuper. Cheers, Mia", _v)

_v = _s(_UPD, 6)
_add("tax/irs-ip-pin",
     f"Note to self for filing: IRS Identity Protection PIN for 2025 return = {_v}. Comes by mail every January.", _v)

# ---- health -------------------------------------------------------------------------------
_v = _nhs()
_add("health/nhs-referral",
     f"REFERRAL LETTER\nPatient: Ms Aisha Rahman\nNHS No: {_v}\nDOB: 14/07/1979\nReason: persistent migraine, request neurology opinion", _v)

_v = f"{_s(_UP, 3)}{_dz(9)}"
_add("health/insurance-member-id",
     f"Hi, I'm calling about a denied claim. My member ID is {_v}, group 0048812, plan BlueChoice PPO.", _v)

_v = _medicare_au()
_add("health/au-medicare-form", f"Medicare card number: {_v}\nIRN: 2\nValid to: 11/2029", _v)

# ---- travel -------------------------------------------------------------------------------
_v = _passport_in()
_add("travel/visa-form", f"Passport number: {_v}\nPlace of issue: Bengaluru\nDate of expiry: 22/09/2033\nPurpose of visit: Conference", _v)

_v = f"{_dz(3)}{_dz(6)}"
_add("travel/known-traveler",
     f"Adding my Known Traveler Number to the booking: {_v}. Also seat preference window please.", _v)

_v = _pin(4)
_add("travel/hotel-safe", f"Checked in, room 1408. I set the in-room safe code to {_v} — passports are inside.", _v)

# ---- HR -----------------------------------------------------------------------------------
_v = _ssn()
_add("hr/i9-notes",
     f"I-9 verification — Employee: Danielle Price. List B: DL verified. SSN card seen: {_v}. Start date 01/05/2027.", _v)

_v = _nino()
_add("hr/uk-starter-checklist",
     f"HMRC Starter Checklist\nSurname: Whitfield\nNational Insurance number: {_v}\nStatement: B", _v)

# ---- school --------------------------------------------------------------------------------
_v = _pw_human(["tiger", "rocket", "dolphin", "pizza"])
_add("school/parent-letter",
     f"Dear Parents,\nYour child's login for the reading platform is below.\nUsername: ava.thompson5\nPassword: {_v}\nPlease keep this safe.\nMrs. Collins, Year 3",
     _v)

_v = _dz(6)
_add("school/lunch-pin", f"Reminder: Jayden's cafeteria account PIN is {_v}; he keeps forgetting it at the register.", _v)

# ---- support tickets -----------------------------------------------------------------------
_v = _pw_strong(14)
_add("support/ticket-user-pasted",
     f"Ticket #48213 — Can't log in\nCustomer: I've reset it twice. Current password is {_v} and it still says invalid. Please fix asap.", _v)

_v = _anthropic()
_add("support/github-issue-key",
     f"### Steps to reproduce\n```\nclient = Anthropic(api_key=\"{_v}\")\nclient.messages.create(...)\n```\n### Error\n`overloaded_error` 529", _v)

# ---- property rental check-in --------------------------------------------------------------
_v = _pin(4)
_v2 = _pw_human()
_add("rental/airbnb-checkin-door",
     f"Welcome to Harbour Loft! Self check-in from 3pm.\n🔑 Front door keypad: {_v} then ✓\n📶 WiFi: HarbourLoft / {_v2}\nParking bay 12.", _v)
_add("rental/airbnb-checkin-wifi",
     f"Welcome to Harbour Loft! Self check-in from 3pm.\n🔑 Front door keypad: use the code in your app\n📶 WiFi: HarbourLoft / {_v2}\nParking bay 12.", _v2)

_v = _pin(4)
_add("rental/lockbox-email",
     f"Hi Marco, the keys are in the grey lockbox on the railing. Code is {_v}. Please scramble the dial after.", _v)

# ---- misc --------------------------------------------------------------------------------
_v = _gh_recovery()
_add("misc/github-recovery-codes", "github-recovery-codes.txt\n" + "\n".join(_v), _v[0])

_v = _pw_strong(16)
_add("misc/wrapped-password",
     f"(text copied from PDF letter)\nDear contractor, your VPN user is contractor07 and your initial password is {_v[:9]}\n{_v[9:]} which must be changed\nwithin 7 days of first login.",
     f"{_v[:9]}\n{_v[9:]}")

_v = _pw_human()
_add("misc/sticky-note-ocr", f"OCR (photo of monitor): Post-it: \"email login  rgarcia  /  {_v}\"", _v)

# ==========================================================================
# SECRETS — other languages
# ==========================================================================

_WORDS_DE = ["Sonnenblume", "Katze", "Bergsee", "Apfelbaum", "Schnee", "Fahrrad", "Kaffee", "Wolke"]
_WORDS_ES = ["girasol", "mariposa", "playa", "naranja", "luna", "guitarra", "tortuga"]
_WORDS_FR = ["soleil", "papillon", "chocolat", "fromage", "lavande", "mouette"]
_WORDS_PT = ["saudade", "coqueiro", "brigadeiro", "praia", "abacaxi", "jabuti"]

# ---- German ------------------------------------------------------------------------
_v = _pw_human(_WORDS_DE)
_add("de/wlan-gaeste",
     f"Hallo ihr Lieben, das WLAN heißt \"Familie_Berger\" und das Passwort ist {_v} – steht auch auf dem Zettel am Kühlschrank.", _v)

_v = _iban_de()
_add("de/ueberweisung-iban",
     f"Hi Jonas, kannst du mir die 350 € für die Ferienwohnung überweisen? IBAN: {_fmt_iban(_v)}, Kontoinhaberin Lea Schubert. Danke!",
     _fmt_iban(_v))

_v = _steuer_id()
_add("de/steuer-id-elster",
     f"Betreff: Unterlagen Steuererklärung 2025\n\nHallo Frau Yilmaz,\nmeine Steuer-Identifikationsnummer lautet {_v}. Die Lohnsteuerbescheinigung hänge ich an.",
     _v)

_v = _kvnr()
_add("de/krankenversichertennummer",
     f"Patientenaufnahme\nName: Klaus Dietrich\nKrankenkasse: TK\nVersichertennummer: {_v}\nHausarzt: Dr. Brandt", _v)

_v = _pin(4)
_v2 = " ".join(["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"][int(c)] for c in _v)
_add("de/sprachnachricht-tresor",
     f"Sprachnachricht (Transkript): Ja hallo, hier ist Opa. Der Tresor im Schlafzimmer, der Code ist {_v2}, da sind die Papiere vom Haus drin.", _v2)

_v = _passport_de()
_add("de/reisepass-formular", f"Reisepassnummer: {_v}\nAusstellende Behörde: Stadt Köln\nGültig bis: 03.05.2034", _v)

_v = _pw_strong(14)
_add("de/ticket-intern",
     f"Ticket 2026-11873: Drucker im 3. OG\nNutzer schreibt: \"Mein Kennwort für den Druckserver ist {_v}, der will es aber nicht nehmen.\"", _v)

_v = _visa()
_add("de/kreditkarte-whatsapp",
     f"[06.12.26, 20:14] Papa: Hier die Kreditkartennummer für die Bahn-Tickets: {_grp(_v)}, gültig bis {_exp()}, Prüfziffer {_dz(3)}",
     _grp(_v))

_v = _openai()
_add("de/label-de-value-en",
     f"Kurze Info fürs Team: der neue API-Schlüssel für das Chatbot-Projekt ist {_v} — bitte nur in den Tresor, nicht ins Wiki.", _v)

_v = _pin(6)
_add("de/alarmanlage-uebergabe",
     f"Übergabeprotokoll Wohnung Gartenstraße 14\nSchlüssel: 3x Haustür, 1x Briefkasten\nAlarmanlage Scharfschalt-Code: {_v}\nZählerstand Strom: 48213 kWh", _v)

# ---- Spanish -------------------------------------------------------------------------
_v = _pw_human(_WORDS_ES)
_add("es/wifi-airbnb",
     f"¡Bienvenidos a Casa Azul! La clave del wifi es {_v} y la red se llama CasaAzul_5G. La llave está en el cajetín, código abajo.", _v)

_v = _pin(4)
_add("es/cajetin-codigo", f"Hola Marta, el cajetín de las llaves está junto al portal, el código es {_v}. Cualquier cosa me escribes.", _v)

_v = _dni()
_add("es/dni-formulario", f"Nombre: Alejandro Ruiz Medina\nDNI: {_v}\nFecha de nacimiento: 17/03/1990\nDomicilio: C/ Alcalá 221, Madrid", _v)

_v = _iban_es()
_add("es/iban-recibo",
     f"Para domiciliar la cuota del gimnasio necesito tu IBAN. — Claro: {_fmt_iban(_v)}, titular Lucía Navarro.", _fmt_iban(_v))

_v = _otp()
_add("es/sms-codigo", f"BBVA: Tu código de verificación es {_v}. No lo compartas con nadie, ni siquiera con empleados del banco.", _v)

_v = _pw_strong(12)
_add("es/contrasena-sin-tilde",
     f"oye la contrasena del correo de la oficina es {_v} (la cambió Jorge ayer)", _v)

_v = _curp()
_add("es-mx/curp-tramite", f"Para el trámite del IMSS me pidieron la CURP: {_v}. ¿Me ayudas a llenar el formulario?", _v)

_v = _pin(4)
_v2 = " ".join(["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"][int(c)] for c in _v)
_add("es/audio-pin-dictado", f"Transcripción de audio: mira, el pin de la tarjeta es {_v2}, saca cien euros y me los das luego.", _v2)

# ---- French --------------------------------------------------------------------------
_v = _pw_human(_WORDS_FR)
_add("fr/mot-de-passe-box",
     f"Coucou ! Le code wifi de la Livebox c'est {_v}, attention aux majuscules. Bisous", _v)

_v = _nir()
_add("fr/numero-secu",
     f"Madame, Monsieur,\nVeuillez trouver ci-joint mon arrêt de travail. Mon numéro de sécurité sociale : {_v}.\nCordialement, Julien Morel", _v)

_v = _iban_fr()
_add("fr/rib-location", f"RIB pour le loyer :\nTitulaire : SCI Les Tilleuls\nIBAN : {_fmt_iban(_v)}\nBIC : CCBPFRPPXXX", _fmt_iban(_v))

_v = _pin(4)
_add("fr/digicode-immeuble",
     f"Pour la livraison : digicode {_v}A, bâtiment B, 3e étage porte gauche. Interphone « Durand ».", f"{_v}A")

_v = _passport_fr()
_add("fr/passeport-agence", f"Bonjour, pour la réservation du circuit, voici mon numéro de passeport : {_v}, expire le 12/2031.", _v)

_v = _pin(6)
_v2 = " ".join(["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"][int(c)] for c in _v)
_add("fr/messagerie-alarme",
     f"Transcription du message vocal : Oui bonjour c'est Nadine, pour l'alarme tu tapes {_v2} et ensuite « off ». À demain !", _v2)

_v = _gh_pat()
_add("fr/cle-api-slack",
     f"@channel j'ai mis le jeton GitHub dans le script en attendant : {_v} — je le supprime ce soir promis", _v)

_v = _dz(13)
_add("fr/numero-fiscal", f"Numéro fiscal : {_v}\nRéférence de l'avis : {_dz(13)[:4]}A{_dz(8)}\nRevenu fiscal de référence : 38 420 €", _v)

# ---- Portuguese ----------------------------------------------------------------------
_v = _cpf()
_add("pt-br/cpf-cadastro", f"Oi! Pra finalizar o cadastro na farmácia preciso do seu CPF. — É {_v}, obrigado!", _v)

_v = _uuid()
_add("pt-br/chave-pix-aleatoria",
     f"[WhatsApp] Tia Rosa: manda o dinheiro da rifa no pix\nTia Rosa: chave aleatória {_v}", _v)

_v = _pw_human(_WORDS_PT)
_add("pt-br/senha-netflix", f"a senha da netflix mudou, agora é {_v}. não passa pra ninguém hein", _v)

_v = _pin(6)
_add("pt-br/senha-cartao", f"Mãe, a senha do cartão é {_v}, mas só usa no mercado tá?", _v)

_v = _d(5) + "-" + _dz(1)
_add("pt-br/conta-bancaria", f"Dados para depósito:\nBanco: 341 - Itaú\nAgência: {_dz(4)}\nConta corrente: {_v}\nFavorecido: Bruno Tavares", _v)

_v = _pw_strong(12)
_add("pt-pt/palavra-passe", f"A palavra-passe do portal das Finanças é {_v}, o NIF está no cartão de cidadão.", _v)

# ---- Chinese -------------------------------------------------------------------------
_v = _cn_id()
_add("zh/shenfenzheng", f"请填写入住登记：姓名 王晓明，身份证号 {_v}，手机 138 0013 8000（前台总机）。", _v)

_v = _pw_strong(12)
_add("zh/wifi-mima", f"家里的WiFi密码是 {_v}，名字是 ChinaNet-5G-8848，记得别告诉邻居哈哈", _v)

_v = _otp()
_add("zh/yanzhengma", f"【支付宝】验证码 {_v}，用于登录验证，5分钟内有效。请勿泄露给他人！", _v)

_v = _pin(6)
_add("zh/zhifu-mima", f"老婆：微信支付密码我改成 {_v} 了，你记一下，别写在手机备忘录里。", _v)

_v = _card("622588", 19)
_add("zh/yinhangka", f"工资卡是招商银行的，卡号 {_v[:4]} {_v[4:8]} {_v[8:12]} {_v[12:16]} {_v[16:]}，开户行深圳分行。",
     f"{_v[:4]} {_v[4:8]} {_v[8:12]} {_v[12:16]} {_v[16:]}")

_v = _pw_strong(10)
_add("zh-tw/mima-fanti", f"公司VPN帳號：chen.wei，密碼：{_v}，有問題請找資訊部。", _v)

# ---- Japanese ------------------------------------------------------------------------
_v = _my_number()
_add("ja/my-number", f"年末調整の書類です。マイナンバー：{_v}\n扶養家族：なし", _v)

_v = _pw_human()
_add("ja/wifi-password-en-label", f"ゲスト用Wi-Fi\nSSID: Hanare-Guest\npassword: {_v}\nチェックアウトは10時です。", _v)

_v = _pin(4)
_add("ja/ango-bango", f"キャッシュカードの暗証番号は{_v}です。忘れないようにメモしておきます。", _v)

_v = _otp()
_add("ja/ninsho-code", f"[楽天] 認証コード：{_v}\nこのコードを他人に教えないでください。", _v)

_v = _pin(4)
_v2 = "".join(["ゼロ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"][int(c)] for c in _v)
_add("ja/kotoba-dictated", f"（留守電の文字起こし）鍵はポストの中です。ダイヤルは{_v2}です。よろしくお願いします。", _v2)

_v = _pw_strong(12)
_add("ja/slack-kanryo", f"本番DBのパスワード共有します → {_v}\n共有後このメッセージは消します🙏", _v)

# ---- Russian -------------------------------------------------------------------------
_v = _pw_strong(12)
_add("ru/parol-pochta", f"Привет! Пароль от общей почты бухгалтерии: {_v}. Логин тот же, что и раньше.", _v)

_v = _snils()
_add("ru/snils-anketa", f"Анкета сотрудника\nФИО: Смирнова Анна Викторовна\nСНИЛС: {_v}\nИНН: {_inn12()}", _v)

_v = _inn12()
_add("ru/inn-samozanyaty", f"Для чека самозанятого укажите мой ИНН {_v}, пожалуйста.", _v)

_v = _otp()
_add("ru/sms-kod", f"Код подтверждения: {_v}. Никому не сообщайте его, даже сотруднику банка. Сбербанк", _v)

_v = _pin(4)
_add("ru/domofon", f"Курьеру: домофон 47, код подъезда {_v}#, этаж 5.", f"{_v}#")

# ---- Italian ------------------------------------------------------------------------
_v = _codice_fiscale()
_add("it/codice-fiscale", f"Gentile dottoressa, le invio il mio codice fiscale per la ricetta: {_v}. Grazie, Francesca Bianchi", _v)

_v = _iban_it()
_add("it/iban-affitto", f"Ciao! Per la caparra puoi fare bonifico a questo IBAN: {_v} intestato a Marco Rossi.", _v)

_v = _pw_human()
_add("it/password-wifi-bnb", f"Benvenuti! Rete: BnB_Trastevere — Password: {_v}\nColazione dalle 8 alle 10.", _v)

_v = _pin(5)
_add("it/codice-cancello", f"Il codice del cancello è {_v}, poi il portone è sempre aperto.", _v)

# ---- Dutch --------------------------------------------------------------------------
_v = _bsn()
_add("nl/bsn-huurcontract", f"Huurder: Sanne de Vries\nBSN: {_v}\nIngangsdatum: 1 februari 2027", _v)

_v = _iban_nl()
_add("nl/tikkie-iban", f"Hoi! Wil je de €42,50 voor de pizza naar {_v} sturen t.n.v. R. Jansen? Thnx", _v)

_v = _pw_human()
_add("nl/wachtwoord", f"het wachtwoord van de gezamenlijke DigiD-mail is {_v}, niet doorsturen svp", _v)

_v = _otp()
_add("nl/sms-verificatie", f"Je ING-verificatiecode is {_v}. Deel deze code nooit.", _v)

# ---- Polish -------------------------------------------------------------------------
_v = _pesel()
_add("pl/pesel-formularz", f"Imię i nazwisko: Katarzyna Wiśniewska\nPESEL: {_v}\nAdres: ul. Długa 12/4, Gdańsk", _v)

_v = _iban_pl()
_add("pl/numer-konta", f"Przelew za kurs proszę na konto {_v[2:4]} {' '.join(_v[i:i + 4] for i in range(4, 28, 4))}, w tytule imię dziecka.",
     f"{_v[2:4]} {' '.join(_v[i:i + 4] for i in range(4, 28, 4))}")

_v = _pw_strong(12)
_add("pl/haslo-router", f"hasło do routera w piwnicy: {_v} (login admin)", _v)

_v = _otp()
_add("pl/kod-blik", f"Dawaj szybko kod BLIK na 200 zł, muszę zapłacić za bilet — {_v}", _v)

# ---- Korean -------------------------------------------------------------------------
_v = _rrn()
_add("ko/jumin-beonho", f"가입 신청서\n성명: 김민지\n주민등록번호: {_v}\n연락처: 02-1588-0000(대표번호)", _v)

_v = _pw_human()
_add("ko/wifi-bimilbeonho", f"와이파이 비밀번호 {_v} 입니다~ 손님용은 KT_GiGA_5G_Guest", _v)

_v = _otp()
_add("ko/injeung-beonho", f"[Web발신] [카카오] 인증번호 [{_v}]를 입력해주세요. 타인에게 절대 알려주지 마세요.", _v)

_v = _pin(4)
_add("ko/doorlock", f"집 현관 도어락 비번 {_v}* 이야. 택배는 문 앞에 두면 돼", f"{_v}*")

# ---- Arabic -------------------------------------------------------------------------
_v = _pw_strong(12)
_add("ar/kalimat-sir", f"مرحبا أحمد، كلمة السر لحساب الشركة على المنصة هي {_v} ، لا ترسلها لأحد.", _v)

_v = _iban_sa()
_add("ar/iban-tahweel", f"رقم الآيبان الخاص بي: {_v} — مصرف الراجحي. أرجو التحويل قبل الخميس.", _v)

_v = _emirates_id()
_add("ar/emirates-id", f"رقم الهوية الإماراتية: {_v}\nالاسم: سارة المنصوري", _v)

_v = _otp()
_add("ar/rasil-otp", f"رمز التحقق الخاص بك هو {_v}. لا تشارك هذا الرمز مع أي شخص.", _v)

# ---- Hindi --------------------------------------------------------------------------
_v = _aadhaar()
_add("hi/aadhaar", f"नमस्ते, केवाईसी के लिए मेरा आधार नंबर {_v} है। पैन कार्ड की फोटो अलग से भेज रहा हूँ।", _v)

_v = _pw_human()
_add("hi/hinglish-password", f"bhai wifi ka password {_v} hai, router ke peeche bhi likha hai", _v)

_v = _otp()
_add("hi/otp-sms", f"आपका OTP {_v} है। इसे किसी के साथ साझा न करें। - SBI", _v)

_v = f"{_s(_UP, 3)}PV{_d(4)}{_R.choice(_UP)}"
_add("hi/pan-card", f"मेरा PAN: {_v}, नाम: राहुल वर्मा। कृपया फॉर्म 16 में अपडेट कर दें।", _v)

# ---- Turkish ------------------------------------------------------------------------
_v = _tckn()
_add("tr/tc-kimlik", f"Kargo teslimi için TC kimlik numaranız gerekiyor. — Tabii: {_v}", _v)

_v = _pw_human()
_add("tr/sifre-wifi", f"Kanka wifi şifresi {_v}, büyük harfle başlıyor", _v)

_v = _iban_tr()
_add("tr/iban-kira", f"Kira ödemesi için IBAN: {_fmt_iban(_v)} (Ayşe Demir)", _fmt_iban(_v))

# ---- Indonesian / Malay -------------------------------------------------------------
_v = _nik_id()
_add("id/nik-ktp", f"Data pendaftaran: Nama Budi Santoso, NIK {_v}, alamat Jl. Melati No. 5, Jakarta Timur.", _v)

_v = _pin(6)
_add("id/pin-atm", f"dek, pin atm bapak {_v} ya, ambil 500rb buat bayar listrik", _v)

_v = _pw_human()
_add("ms/kata-laluan", f"Kata laluan akaun e-Filing LHDN: {_v} — jangan kongsi.", _v)

# ---- Vietnamese ---------------------------------------------------------------------
_v = _pw_strong(12)
_add("vi/mat-khau", f"Mật khẩu wifi quán là {_v} nha, tên mạng CafeSaigon_5G", _v)

_v = f"0{_dz(2)}{_R.randint(0, 3)}{_dz(2)}{_dz(6)}"
_add("vi/cccd", f"Số CCCD của em là {_v}, ngày cấp 10/08/2021 tại Cục CS QLHC về TTXH.", _v)

# ---- Swedish / Danish / Norwegian / Finnish ---------------------------------------
_v = _personnummer()
_add("sv/personnummer", f"Hej! Mitt personnummer är 19{_v} om ni behöver det för bokningen hos vårdcentralen.", f"19{_v}")

_v = _pin(4)
_add("sv/portkod", f"Portkoden är {_v}, sen trapphuset till vänster, 3 tr.", _v)

_v = _pw_human()
_add("da/adgangskode", f"Adgangskoden til MitID-appen skrev jeg ned: {_v} – husk at slette beskeden.", _v)

_v = _pin(4)
_add("no/kode-hytta", f"Nøkkelboksen på hytta har kode {_v}. Husk å skru av varmen når dere drar!", _v)

_v = _hetu()
_add("fi/henkilotunnus", f"Ilmoittautuminen: Matti Virtanen, henkilötunnus {_v}, puh. vaihde 010 123 4000", _v)

# ---- Ukrainian ------------------------------------------------------------------------
_v = _pw_strong(12)
_add("uk/parol-diia", f"Пароль від облікового запису Дія для мами: {_v}. Не пересилай нікому, будь ласка.", _v)

_v = _iban_ua()
_add("uk/iban-zbir", f"Збираємо на дрон! Реквізити: {_v}, отримувач ГО «Крила». Дякуємо!", _v)

_v = _pin(4)
_add("uk/pin-karta", f"Пін-код до нової картки {_v}, зміни його в банкоматі.", _v)

# ---- Hebrew ---------------------------------------------------------------------------
_v = _israeli_id()
_add("he/teudat-zehut", f"שלום, מספר תעודת הזהות שלי הוא {_v}, לצורך פתיחת תיק בקופת חולים.", _v)

_v = _pw_human()
_add("he/sisma", f"הסיסמה לוויי-פיי: {_v} (אותיות גדולות בהתחלה)", _v)

# ---- Greek ----------------------------------------------------------------------------
_v = _pw_human()
_add("el/kodikos", f"Ο κωδικός του wifi είναι {_v}. Καλή διαμονή στο διαμέρισμα!", _v)

_v = _dz(9)
_add("el/afm", f"ΑΦΜ: {_v}\nΔΟΥ: Αθηνών Α'\nΕπωνυμία: Παπαδόπουλος Γεώργιος", _v)

# ---- Thai -----------------------------------------------------------------------------
_v = _pw_strong(10)
_add("th/rahat-wifi", f"รหัสไวไฟคือ {_v} นะคะ ชื่อเครือข่าย TRUE_5G_Home", _v)

_v = _otp()
_add("th/otp", f"รหัส OTP ของคุณคือ {_v} (Ref: KXPQ) ห้ามบอกรหัสนี้แก่ผู้อื่น", _v)

# ---- Czech / Romanian / Hungarian / Persian / Swahili / Tagalog / Bengali -----------
_v = _pw_human()
_add("cs/heslo", f"Ahoj, heslo k účtu na e-shopu je {_v}, přihlašovací jméno je tvůj e-mail.", _v)

_v = f"{_R.choice('12')}{_R.randint(70, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_dz(6)}"
_add("ro/cnp", f"Vă rog să completați contractul cu CNP-ul meu: {_v}. Mulțumesc, Andreea Popescu", _v)

_v = _pin(4)
_add("hu/pin-kod", f"Anyu, a bankkártya PIN-kódja {_v}, de ne írd fel a kártyára!", _v)

_v = _pw_human()
_add("fa/ramz", f"رمز عبور وای‌فای خونه {_v} هست، اسم شبکه هم Irancell-TD", _v)

_v = _pin(4)
_add("sw/mpesa-pin", f"Mama, PIN ya M-Pesa ni {_v}. Usimwambie mtu yeyote.", _v)

_v = _pw_human()
_add("tl/password-taglish", f"Ate, yung password ng GCash ko {_v}, paki-check lang yung balance ko", _v)

_v = _otp()
_add("bn/otp-bkash", f"আপনার bKash ভেরিফিকেশন কোড {_v}। কাউকে এই কোড বলবেন না।", _v)

# ---- more vendor credentials across settings ---------------------------------------
_v = _atlassian()
_add("agent/tool-call-jira", json.dumps({"tool": "jira.search", "args": {"jql": "project = OPS AND status = Open",
     "auth": {"email": "bot@kitewire.io", "api_token": _v}}}), _v)

_v = _airtable()
_add("config/airtable-n8n", f"# n8n credentials export\nname: Airtable PAT\ntype: airtableTokenApi\ndata:\n  accessToken: {_v}", _v)

_v = _tfc()
_add("config/terraformrc", f"credentials \"app.terraform.io\" {{\n  token = \"{_v}\"\n}}", _v)

_v = _gho()
_add("config/gh-hosts-yml", f"github.com:\n    user: mkovacs\n    oauth_token: {_v}\n    git_protocol: https", _v)

_v = _slack_user()
_add("log/browser-devtools-copy", f"Request URL: https://kitewire.slack.com/api/conversations.history\nForm data: token={_v}&channel=C04QW1Z8K&limit=42", _v)

_v = _stripe_rk()
_add("chat/slack-restricted-key",
     f"[16:20] ines: use the restricted key for the reporting job, not the full one: {_v}\n[16:21] ines: read-only on charges", _v)

_v = _discord_bot()
_add("code/discord-bot-py", f"import discord\nclient = discord.Client(intents=discord.Intents.default())\nclient.run('{_v}')", _v)

_v = _postman()
_add("config/postman-env", json.dumps({"name": "prod", "values": [
    {"key": "baseUrl", "value": "https://api.kitewire.io", "enabled": True},
    {"key": "postmanApiKey", "value": _v, "enabled": True}]}, indent=2), _v)

_v = _firebase_fcm()
_add("code/fcm-legacy-server-key", f"curl -X POST https://fcm.googleapis.com/fcm/send -H \"Authorization: key={_v}\" -H \"Content-Type: application/json\" -d @push.json", _v)

_v = _cloudflare()
_add("ci/cloudflare-wrangler", f"$ CLOUDFLARE_API_TOKEN={_v} npx wrangler deploy\n⛅️ wrangler 3.78.2\nUploaded kw-edge (2.31 sec)", _v)

_v = _okta()
_add("config/okta-yaml", f"okta:\n  client:\n    orgUrl: https://kitewire.okta.com\n    token: {_v}", _v)

_v = _mapbox_sk()
_add("dotenv/mapbox-secret", f"MAPBOX_DOWNLOADS_TOKEN={_v}\nNEXT_PUBLIC_MAP_STYLE=mapbox://styles/mapbox/streets-v12", _v)

_v = _square()
_add("code/square-php", f"$client = new SquareClient([\n    'accessToken' => '{_v}',\n    'environment' => Environment::PRODUCTION,\n]);", _v)

_v = _dropbox()
_add("agent/tool-output-oauth", f"OAuth flow complete.\naccess_token: {_v}\ntoken_type: bearer\nexpires_in: 14400\naccount_id: dbid:{_s(_URLSAFE, 40)}", _v)

_v = _gcp_oauth_secret()
_add("json/client-secret-json", json.dumps({"installed": {"client_id": f"{_d(12)}-{_s(_LOD, 32)}.apps.googleusercontent.com",
     "project_id": "kw-desktop", "client_secret": _v, "redirect_uris": ["http://localhost"]}}), _v)

_v = _paypal_secret()
_add("dotenv/paypal", f"PAYPAL_CLIENT_ID=A{_s(_URLSAFE, 79)}\nPAYPAL_CLIENT_SECRET={_v}\nPAYPAL_MODE=live", _v)

_v = _mailchimp()
_add("notebook/mailchimp-cell", f"# In[12]:\nmc = MailchimpMarketing.Client()\nmc.set_config({{\"api_key\": \"{_v}\", \"server\": \"{_v.split('-')[1]}\"}})", _v)

_v = _newrelic()
_add("config/newrelic-yml", f"common: &default_settings\n  license_key: '{_hex(40)}'\n  app_name: kw-api\n# user key for the CLI\n# NEW_RELIC_API_KEY={_v}", _v)

_v = _grafana()
_add("shell/grafana-curl", f"$ curl -H \"Authorization: Bearer {_v}\" https://grafana.kitewire.io/api/dashboards/uid/ops-main", _v)

_v = _replicate()
_add("notebook/replicate-env", f"%env REPLICATE_API_TOKEN={_v}\nimport replicate\noutput = replicate.run(\"stability-ai/sdxl\", input={{\"prompt\": \"a lighthouse\"}})", _v)

_v = _sentry_auth()
_add("ci/sentry-sourcemaps", f"$ sentry-cli --auth-token {_v} sourcemaps upload --release 3.4.1 ./dist", _v)

_v = _doppler()
_add("docker/dockerfile-arg", f"FROM node:20-alpine\nARG DOPPLER_TOKEN={_v}\nRUN doppler secrets download --no-file --format env > .env", _v)

_v = "kitewire-ci:" + _pw_strong(20)
_vb = base64.b64encode(_v.encode()).decode()
_vcfg = base64.b64encode(json.dumps({"auths": {"registry.kitewire.io": {"auth": _vb}}}).encode()).decode()
_add("k8s/dockerconfigjson",
     f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: {_vcfg}", _vcfg)

_v = _fb_token()
_add("http/graph-api-log", f"[fb-sync] GET https://graph.facebook.com/v19.0/me/accounts?access_token={_v} -> 200 (312ms)", _v)

_v = _figma()
_add("chat/teams-figma-token", f"Marta Kowalczyk 10:02\nhere's my personal Figma token for the plugin test: {_v}\nI'll revoke it Friday", _v)

_v = _mistral()
_add("dotenv/mistral-no-prefix", f"# LLM providers\nMISTRAL_API_KEY={_v}\nMISTRAL_MODEL=mistral-large-latest", _v)

_v = _twitch()
_add("config/twitch-irc", f"[irc]\nserver = irc.chat.twitch.tv\nport = 6697\nnick = lumen_bot\npass = oauth:{_v}", _v)

_v = _pw_strong(16)
_add("config/rclone-conf-plain", f"[nas]\ntype = sftp\nhost = 192.168.1.20\nuser = backup\n# plain password kept here until obscure works\npass_plain = {_v}", _v)

_v = _pw_strong(20)
_add("shell/pg-dump-pgpassword", f"$ PGPASSWORD='{_v}' pg_dump -h db.kitewire.internal -U backup shop > shop-2026-12-07.sql", _v)

_v = _pw_strong(16)
_v2 = f"amqp://orders:{_v}@rabbit-01.internal:5672/%2F"
_add("log/celery-broker-banner", f" -------------- celery@worker-3 v5.4.0 (opalescent)\n--- ***** -----\n-- ******* ---- .> transport:   {_v2}\n- *** --- * --- .> results:     redis://cache:6379/1", _v)


# ==========================================================================
# INNOCENT — hard look-alikes that must come back unchanged
# ==========================================================================

# ---- identifiers, hashes, versions (technical) ----------------------------------------
_ok("git/log-oneline",
    "\n".join(f"{_hex(7)} {m}" for m in ["fix: handle empty cart on checkout", "chore(deps): bump axios to 1.7.9",
                                           "feat: add dark mode toggle", "docs: update README install steps"]))
_ok("git/full-commit",
    f"commit {_hex(40)}\nAuthor: Priya Raman <priya@kitewire.io>\nDate:   Fri Dec 4 16:20:11 2026 +0100\n\n    Rotate credentials via Vault instead of env files")
_ok("git/merge-base", f"$ git merge-base main feature/login-rate-limit\n{_hex(40)}\n$ git rev-parse --short HEAD\n{_hex(9)}")
_ok("ci/docker-digest",
    f"#12 pushing layers\n#12 pushing manifest for registry.kitewire.io/web:3.4.1@sha256:{_hex(64)} 0.8s done\n#12 DONE 14.2s")
_ok("ci/sha256sum", f"$ sha256sum kitewire-cli_3.4.1_linux_amd64.tar.gz\n{_hex(64)}  kitewire-cli_3.4.1_linux_amd64.tar.gz")
_ok("ci/npm-integrity",
    json.dumps({"node_modules/lodash": {"version": "4.17.21", "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
                "integrity": "sha512-" + _b64(64)}}, indent=2))
_ok("log/request-ids",
    f"2026-12-07T02:11:09.004Z INFO http request_id={_uuid()} trace_id={_hex(32)} span_id={_hex(16)} method=GET path=/healthz status=200 dur_ms=3")
_ok("k8s/pod-list",
    f"NAME                        READY   STATUS    RESTARTS   AGE\nweb-7d9f8c6b5-{_s(_LOD, 5)}   1/1     Running   0          3d4h\nworker-5c8b7f9d4-{_s(_LOD, 5)}   1/1     Running   2          3d4h")
_ok("k8s/resource-uid", f"metadata:\n  name: web\n  namespace: shop\n  uid: {_uuid()}\n  resourceVersion: \"{_d(8)}\"\n  generation: 14")
_ok("ssh/public-key",
    f"$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{_s(_AN + '+/', 43)} priya@laptop")
_ok("ssh/host-fingerprint",
    f"The authenticity of host 'bastion.kitewire.io (203.0.113.24)' can't be established.\nED25519 key fingerprint is SHA256:{_b64(32).rstrip('=')}.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?")
_ok("ssh/authorized-keys",
    f"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{_s(_AN + '+/', 200)}= deploy@ci\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{_s(_AN + '+/', 43)} ops@bastion")
_pgp_body = _pem_body(300, b"\x98\x33\x04")
_ok("pgp/public-key-block",
    f"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n{_pgp_body}\n-----END PGP PUBLIC KEY BLOCK-----")
_ok("pgp/fingerprint",
    "Please verify my key before sending anything sensitive:\nFingerprint: " + " ".join(_hex(4).upper() for _ in range(10)))
_cert_body = _pem_body(880, b"\x30\x82\x03\x6c\x30\x82\x02\x54\xa0\x03\x02\x01\x02")
_ok("tls/certificate",
    f"-----BEGIN CERTIFICATE-----\n{_cert_body}\n-----END CERTIFICATE-----")
_ok("tls/cert-fingerprint",
    "SHA-256 Fingerprint: " + ":".join(_hex(2).upper() for _ in range(32)) + "\nIssuer: R11, Let's Encrypt\nValid until: Mar 5 2027")
_ok("code/version-strings",
    "Python 3.11.7\nnode v20.18.1\nopenssl 3.0.13 30 Jan 2024\nkubectl Client Version: v1.31.2\nchrome 131.0.6778.86")
_ok("code/semver-changelog",
    "## [3.4.1] - 2026-12-04\n### Fixed\n- Login form no longer clears the email field on error (#1182)\n## [3.4.0] - 2026-11-20\n### Added\n- Passkey support")
_ok("code/base64-image", f"<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h{_s(_AN + '+/', 120)}=\" alt=\"logo\">")
_ok("code/hex-colors", ":root {\n  --brand: #1f6feb;\n  --accent: #ff7b72;\n  --bg: #0d1117;\n  --grid: 8px;\n}")
_ok("code/uuid-test-fixture", f"def test_get_order():\n    order_id = \"{_uuid()}\"\n    r = client.get(f\"/orders/{{order_id}}\")\n    assert r.status_code == 404")
_ok("code/hash-function", "import hashlib\n\ndef fingerprint(data: bytes) -> str:\n    return hashlib.sha256(data).hexdigest()\n\n# sha256(b'') == 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'")
_ok("crypto/tx-hash", f"Transaction confirmed ✅\nTx hash: 0x{_hex(64)}\nBlock: 21{_dz(6)}\nGas used: 21,000")
_ok("crypto/public-address", f"Donations welcome! ETH: 0x{_hex(40)}\nBTC: bc1q{_s('023456789acdefghjklmnpqrstuvwxyz', 38)}")
_ok("crypto/block-explorer", f"Block #{_d(8)} hash 00000000000000000002{_hex(44)} — 3,412 transactions, fees 0.0412 BTC")
_ok("net/ip-ports", "upstream backend {\n    server 10.0.3.7:8080 weight=3;\n    server 10.0.3.8:8080;\n}\nlisten 443 ssl http2;\n# MAC of gateway: 3c:22:fb:91:0a:7e")
_ok("log/error-codes", "Windows Update failed: 0x80070005 (E_ACCESSDENIED). Install KB5048685 manually. See also CVE-2024-38063.")
_ok("log/http-access", "203.0.113.51 - - [07/Dec/2026:02:15:33 +0000] \"GET /static/app.3f9c2a1b.js HTTP/2.0\" 200 48213 \"-\" \"Mozilla/5.0\"")
_ok("log/masked-ci",
    "Run actions/checkout@v4\n  with:\n    token: ***\n    persist-credentials: true\nSyncing repository: kitewire/ui\n[command]/usr/bin/git config --local http.https://github.com/.extraheader AUTHORIZATION: basic ***")

# ---- placeholders and references to secrets (no secret value present) -----------------
_ok("placeholder/your-api-key", "curl https://api.example.com/v1/search \\\n  -H \"Authorization: Bearer YOUR_API_KEY\" \\\n  -d '{\"q\": \"coffee\"}'")
_ok("placeholder/env-reference",
    "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_USER: ${POSTGRES_USER:-app}")
_ok("placeholder/os-environ", "import os\nopenai_key = os.environ[\"OPENAI_API_KEY\"]\ndb_password = os.getenv(\"DB_PASSWORD\")\nif not db_password:\n    raise RuntimeError(\"DB_PASSWORD not set\")")
_ok("placeholder/gha-secrets", "- name: Publish\n  run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n    SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_URL }}")
_ok("placeholder/dotenv-example",
    "# .env.example — copy to .env and fill in\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nOPENAI_API_KEY=sk-...\nDATABASE_URL=postgres://user:password@localhost:5432/dbname")
_ok("placeholder/aws-docs-example",
    "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# values from the AWS documentation, replace with your own")
_ok("placeholder/angle-brackets", "Usage: kwctl login --user <username> --password <password> [--otp <code>]\n  --password   account password (or set KW_PASSWORD)")
_ok("placeholder/redacted-already", "2026-12-06 14:22:10 INFO login ok user=kpatel password=[REDACTED] token=******** ip=84.17.22.190")
_ok("placeholder/stripe-test-card", "For testing use card 4242 4242 4242 4242 with any future expiry (e.g. 12/34) and any 3-digit CVC. Test mode only.")
_ok("placeholder/vault-path", "vault kv get -field=password secret/data/prod/postgres\n# the value lives in Vault; never paste it into tickets")
_ok("placeholder/k8s-secret-ref",
    "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pg-credentials\n        key: password")
_ok("placeholder/masked-card", "Payment method: Visa •••• 4821, expires 11/28. Billing zip 94107.")
_ok("placeholder/password-field-html", "<label for=\"pw\">Password</label>\n<input id=\"pw\" type=\"password\" name=\"password\" minlength=\"12\" autocomplete=\"current-password\" required>")

# ---- conversations about secrets without any secret --------------------------------------
_ok("talk/password-policy", "Reminder from IT: passwords must be at least 14 characters, no reuse of the last 5, and MFA is mandatory from January 15.")
_ok("talk/forgot-password", "I forgot my password again 🙄 clicked 'reset' and the email never came. Checked spam too.")
_ok("talk/wifi-on-sticker", "the wifi password is on the sticker under the router, I don't remember it")
_ok("talk/pin-advice", "Never choose your birth year as a PIN, and don't write it on the back of the card. Banks will never ask for it.")
_ok("talk/rotate-keys", "[11:02] leo: I rotated the Stripe key this morning, the new one is in 1Password under 'Stripe prod'. Old one revoked.")
_ok("talk/2fa-discussion", "We're switching from SMS codes to authenticator apps. Scan the QR code in Settings → Security; backup codes are shown once.")
_ok("talk/agent-thought-no-secret", "Thought: The page asks for a one-time code. I don't have it, so I will ask the user to enter it themselves rather than guess.")
_ok("talk/tool-call-no-secret", json.dumps({"tool": "browser.click", "args": {"selector": "button[type=submit]", "text": "Forgot password?"}}))

# ---- commerce, logistics, travel (English) -----------------------------------------------
_ok("shop/amazon-order", f"Your order #{_dz(3)}-{_dz(7)}-{_dz(7)} has shipped! Arriving Tuesday, Dec 9.")
_ok("shop/ups-tracking", f"UPS tracking number: 1Z{_s(_UPD, 6)}03{_dz(8)}\nDelivered: Front door, 12/05/2026 2:14 PM")
_ok("shop/usps-tracking", f"USPS Tracking® 9400 1{_dz(3)} {_dz(4)} {_dz(4)} {_dz(4)} {_dz(2)}: In transit to next facility.")
_ok("shop/fedex-ean", f"FedEx #{_d(12)}\nItem: USB-C Hub 7-in-1, SKU KW-HUB-07-GRY, EAN 4006381333931, qty 2, $39.99 each")
_ok("shop/isbn", "Atomic Habits — James Clear. ISBN 978-0-7352-1129-2. Paperback, 320 pages, £10.99.")
_ok("shop/promo-code", "Black Friday: use code WINTER25 at checkout for 25% off everything. Ends Sunday midnight.")
_ok("shop/invoice-numbers", f"Invoice INV-2026-{_dz(5)}\nCustomer no. C-{_dz(6)}\nNet 30 — total $1,284.50 (incl. $104.50 tax)")
_ok("shop/price-list", "Espresso 2.80\nCappuccino 3.90\nOat latte 4.40\nCroissant 2.60\nTotal incl. VAT: 13.70 EUR")
_ok("travel/boarding-pass", f"BOARDING PASS\nLH 2034  MUC → CDG\nGate K14  Boarding 06:55  Seat 23C\nBooking ref {_s(_UP.replace('O', ''), 6)}  Seq 087")
_ok("travel/hotel-confirmation", f"Confirmation number: {_d(10)}\nCheck-in Dec 18 from 15:00, room type King Deluxe, 2 nights. Front desk: +1 212-555-0147.")
_ok("travel/train-ticket", "Amtrak 171 Northeast Regional, dep. 07:05 Boston South Station, Car 4 Seat 12A. Reservation #" + _s(_UPD, 6))
_ok("travel/bus-lines", "Take bus 42 or the M15 to 96th St, then transfer to line 7 toward Flushing. Fare $2.90.")
_ok("travel/rental-car", f"Hertz reservation {_d(9)}: Toyota Corolla or similar, pickup SFO 10:30, return Dec 21. Mileage unlimited.")

# ---- business contacts, tickets, dates, measurements ------------------------------------
_ok("biz/support-phone", "Questions about your bill? Call us at 1-800-555-0199 (Mon–Fri 8am–8pm ET) or visit help.example-utility.com.")
_ok("biz/ticket-refs", f"Ticket INC{_dz(7)} merged into PRB{_dz(7)}. Jira: OPS-{_dz(4)}, GitHub issue #{_dz(4)}.")
_ok("biz/meeting-notes", "Q4 planning: revenue $4.2M (+18% YoY), headcount 47 → 55, launch date moved to 2027-03-01. Room 4B, 14:00.")
_ok("biz/medical-appointment", "Your appointment with Dr. Lee is on Thu, Jan 8 at 9:40 AM, Building C, Suite 210. Please arrive 15 minutes early.")
_ok("biz/recipe", "Preheat oven to 180 °C (350 °F). 250 g flour, 125 g butter, 2 eggs, 1 tsp baking powder. Bake 35–40 min in a 23 cm tin.")
_ok("biz/measurements", "Room 3: 4.20 m × 3.85 m, ceiling 2.60 m. Window 1200 × 1400 mm. Radiator 600/1000, 1420 W.")
_ok("biz/serial-number", f"Device: ThinkPad T14 Gen 5, Serial PF{_s(_UPD, 6)}, Asset tag KW-{_dz(5)}, warranty until 2029-06-30.")
_ok("biz/court-case", "Case No. 3:24-cv-01187-JD (N.D. Cal.), hearing set for February 12, 2027 at 10:00 a.m., Courtroom 11, 19th Floor.")
_ok("biz/chemistry", "CAS 7732-18-5 (water), CAS 64-17-5 (ethanol). Store below 25 °C. UN 1170, packing group II.")
_ok("biz/sports-score", "Final: Lakers 118 – Celtics 112. LeBron 31 pts, 9 reb, 11 ast. Next game Dec 10, 7:30 PM.")
_ok("biz/zip-and-coords", "Office: 548 Market St, San Francisco, CA 94104. GPS 37.7897, -122.4003.")
_ok("biz/school-timetable", "Year 9 timetable: Period 3 Maths in room B214, Period 4 Science lab S2. Bus 617 leaves at 15:25.")
_ok("biz/smart-home-state", "[Home Assistant] sensor.living_room_temperature = 21.4 °C; light.kitchen turned on at 18:02; alarm state: armed_away")
_ok("biz/rental-listing", "2-bed apartment, 68 m², 3rd floor, €1,450/month + €210 utilities. Viewing Sat 11:00. Deposit 3 months.")
_ok("biz/bank-public-info", "Routing numbers and SWIFT codes are public: e.g. BIC DEUTDEFF identifies Deutsche Bank Frankfurt. No account data here.")
_ok("biz/tax-deadline", "Reminder: Q4 estimated tax payment (Form 1040-ES) is due January 15, 2027. Standard deduction for 2026 is $16,100 single.")
_ok("biz/support-ticket-no-secret", f"Ticket #{_dz(5)} — Customer reports login page shows error 0x1F4 after password change. Browser: Firefox 133. Priority P2.")

# ---- other languages -------------------------------------------------------------------
_ok("de/bahn-ticket", "ICE 578 nach München Hbf, Abfahrt 14:32 von Gleis 7, Wagen 27, Platz 64 (Fenster). Auftragsnummer " + _s(_UPD, 6) + ".")
_ok("de/passwort-vergessen", "Passwort vergessen? Klicken Sie auf „Zurücksetzen“ – wir schicken Ihnen einen Link. Ihr altes Kennwort wird nie per E-Mail versendet.")
_ok("de/rechnung", f"Rechnung Nr. 2026-{_dz(4)} vom 04.12.2026\nKundennummer {_dz(7)}\nGesamtbetrag: 1.249,00 € inkl. 19 % MwSt.\nZahlbar bis 18.12.2026")
_ok("de/sendungsverfolgung", f"Ihre DHL-Sendung 00340434{_dz(12)} wird heute zwischen 10:15 und 13:45 Uhr zugestellt.")
_ok("de/hotline", "Service-Hotline: 0800 330 1000 (kostenfrei, Mo–Fr 8–20 Uhr). Störungsannahme rund um die Uhr.")
_ok("de/wohnung-masse", "Wohnfläche 74,5 m², 3 Zimmer, 2. OG, Baujahr 1998, Energieausweis 112 kWh/(m²·a), Kaltmiete 980 €.")
_ok("de/bus-linie", "Nimm die Buslinie 142 bis Hermannplatz und dann die U7 Richtung Rudow, Ausgang B.")
_ok("es/pedido", f"Tu pedido nº {_dz(4)}-{_dz(5)} ha sido enviado. Seguimiento Correos: PK{_dz(8)}ES{_dz(4)}. Entrega estimada: 9 de diciembre.")
_ok("es/vuelo", "Vuelo IB 3166 Madrid–Barcelona, puerta J52, embarque 08:40, asiento 14F. Localizador " + _s(_UP, 6) + ".")
_ok("es/contrasena-consejo", "Consejo: usa una contraseña distinta para cada servicio y activa la verificación en dos pasos. Nunca te la pediremos por teléfono.")
_ok("es/precio-medidas", "Mesa de roble 180 × 90 cm, altura 75 cm, 42 kg. Precio: 649,00 € (IVA incluido). Ref. MS-OAK-180.")
_ok("fr/train-sncf", "TGV INOUI 6611 Paris Gare de Lyon → Marseille, voiture 14, place 83, départ 07h37. Dossier " + _s(_UP, 6) + ".")
_ok("fr/colis", f"Votre colis Colissimo 6A{_dz(11)} sera livré demain. Point relais : Tabac de la Gare, 12 rue Victor Hugo.")
_ok("fr/mdp-oublie", "Si vous avez oublié votre mot de passe, cliquez sur « Mot de passe oublié ». Nos conseillers ne vous demanderont jamais votre code.")
_ok("fr/version-logiciel", "Mise à jour disponible : version 14.2.1 (build 23C71). Taille 1,8 Go. Redémarrage requis.")
_ok("pt-br/pedido-rastreio", f"Seu pedido #{_dz(9)} foi enviado! Código de rastreio dos Correios: QB{_dz(9)}BR.")
_ok("pt-br/telefone-loja", "Central de atendimento: 0800 727 0011 ou (11) 4004-0001 para capitais. Horário: 8h às 20h.")
_ok("pt-br/senha-dica", "Dica de segurança: nunca compartilhe sua senha ou código de verificação por WhatsApp. O banco não liga pedindo isso.")
_ok("zh/kuaidi", f"您的顺丰快递 SF{_dz(13)} 已到达深圳转运中心，预计明天送达。")
_ok("zh/hangban", "航班 CA1831 北京首都—上海虹桥，登机口 E21，座位 32A，登机时间 18:45。")
_ok("zh/dingdan", f"订单号：{_dz(18)}\n商品：无线鼠标 ×2，单价 ¥89.00，合计 ¥178.00")
_ok("zh/mima-tishi", "温馨提示：请勿向任何人透露您的密码和验证码，客服人员不会向您索取。")
_ok("zh/banben", "当前版本 v2.8.13（构建号 20261204.3），更新内容：修复登录页面闪退问题。")
_ok("ja/shinkansen", "のぞみ215号 新大阪行き 7号車 12番A席 東京 09:30発。予約番号は " + _dz(4) + "。")
_ok("ja/takkyubin", f"ヤマト運輸 お問い合わせ伝票番号：{_dz(4)}-{_dz(4)}-{_dz(4)}。本日 14時〜16時にお届け予定です。")
_ok("ja/heya-bango", "会議は本社 12階の 1207 会議室で 15:00 から行います。内線は 4821 です。")
_ok("ja/password-chui", "パスワードは定期的に変更し、他のサービスと同じものは使わないでください。")
_ok("ru/zakaz", f"Заказ № {_dz(8)} собран и передан в доставку. Трек-номер: {_dz(14)}. Пункт выдачи: ул. Ленина, 15.")
_ok("ru/poezd", "Поезд 002А «Красная стрела», вагон 7, место 15, отправление 23:55 с Ленинградского вокзала.")
_ok("ru/parol-sovet", "Никогда не сообщайте пароль и коды из СМС. Сотрудники банка их не запрашивают. Телефон горячей линии: 900.")
_ok("it/ordine", f"Ordine n. {_dz(6)} confermato. Tracking BRT {_dz(16)}. Totale 89,90 € IVA inclusa.")
_ok("it/treno", "Frecciarossa 9527 Milano Centrale → Roma Termini, carrozza 5, posto 7D, partenza 10:10, binario 21.")
_ok("nl/bestelling", f"Je bestelling {_dz(10)} is onderweg. Track & trace: 3S{_s(_UP, 4)}{_dz(9)}. Bezorging tussen 18:00 en 21:00.")
_ok("nl/ov", "Neem tram 5 richting Amstelveen Stadshart, uitstappen bij Museumplein. Daarna 200 m lopen.")
_ok("pl/zamowienie", f"Zamówienie nr {_dz(9)} zostało nadane. Numer przesyłki InPost: {_dz(24)}. Paczkomat WAW12M.")
_ok("pl/faktura", "Faktura VAT nr FV/2026/12/0418, wartość brutto 2 460,00 zł, termin płatności 14 dni.")
_ok("ko/taekbae", f"CJ대한통운 운송장번호 {_dz(12)} — 오늘 배송 예정입니다. 고객센터 1588-1255")
_ok("ko/hoeui", "회의실 B동 302호, 오후 3시. 자료는 v1.4 최종본으로 준비해 주세요.")
_ok("ar/rihla", "رحلة EK 202 من دبي إلى نيويورك، البوابة A12، الصعود 08:15، المقعد 41K.")
_ok("ar/talab", f"تم شحن طلبك رقم {_dz(9)}. رقم التتبع: {_s(_UP, 2)}{_dz(9)}AE. خدمة العملاء: 800 123 4567")
_ok("hi/pnr", f"आपका PNR {_dz(10)} है। ट्रेन 12951 मुंबई राजधानी, कोच B3, बर्थ 42। यात्रा शुभ हो!")
_ok("hi/customer-care", "ग्राहक सेवा नंबर 1800 11 2211 (टोल फ्री)। कृपया अपना OTP या पिन किसी से साझा न करें।")
_ok("tr/siparis", f"Siparişiniz ({_dz(10)}) kargoya verildi. Kargo takip no: {_dz(12)}. Tutar: 1.249,90 TL")
_ok("tr/ucus", "TK 1823 İstanbul–Berlin, kapı B14, biniş 12:05, koltuk 18C.")
_ok("id/pesanan", f"Pesanan {_s(_UPD, 14)} sudah dikirim via JNE, no. resi {_s(_UP, 4)}{_dz(11)}. Total Rp 245.000.")
_ok("vi/don-hang", f"Đơn hàng #{_dz(9)} đang được giao. Mã vận đơn GHN: {_s(_UP, 4)}{_dz(6)}. Tổng tiền: 349.000₫")
_ok("sv/tag", "SJ Snabbtåg 527 Stockholm C–Göteborg C, vagn 3, plats 61, avgång 08:21 spår 14.")
_ok("uk/zamovlennya", f"Ваше замовлення № {_dz(8)} відправлено Новою Поштою. ТТН {_dz(14)}. Відділення № 23.")
_ok("he/hazmana", f"ההזמנה שלך מספר {_dz(7)} נשלחה. מספר מעקב: RR{_dz(9)}IL. שירות לקוחות: ‎*2424")
_ok("el/ptisi", "Πτήση A3 602 Αθήνα–Θεσσαλονίκη, πύλη B7, επιβίβαση 19:20, θέση 12A.")
_ok("th/phassadu", f"พัสดุ Kerry Express เลขที่ KER{_dz(10)} จะจัดส่งภายในวันนี้ ติดต่อ 1217")
_ok("cs/objednavka", f"Objednávka č. {_dz(10)} byla odeslána. Číslo zásilky Zásilkovna: Z {_dz(10)}. Cena 1 299 Kč.")
_ok("fa/parvaz", "پرواز IR 721 تهران–استانبول، گیت ۴، سوار شدن ساعت ۰۹:۳۰، صندلی ۲۳ب.")
_ok("da/pakke", f"Din pakke fra PostNord ({_dz(2)}{_s(_UP, 2)}{_dz(9)}DK) kan afhentes i Netto, Vesterbrogade 45.")
_ok("fi/tilaus", f"Tilauksesi {_dz(8)} on lähetetty. Seurantakoodi JJFI{_dz(20)}. Noutopiste: K-Market Kallio.")
_ok("ro/comanda", f"Comanda #{_dz(8)} a fost livrată. AWB Fan Courier: {_dz(13)}. Total: 349,99 lei.")
_ok("hu/vonat", "IC 543 Budapest-Keleti – Szeged, 3. kocsi, 45. hely, indulás 10:53, 9. vágány.")
_ok("voicemail/doctor-office", "Voicemail transcript (0:22): Hi, this is Dr. Patel's office confirming your appointment Tuesday at three forty. If you need to reschedule call us at five five five, zero one three four. Thanks!")
_ok("sms/delivery-notice", "Royal Mail: Your parcel is out for delivery today. Track: royalmail.com/track, ref JF 4129 8813 2GB. Reply STOP to opt out.")
_ok("sms/code-expired", "Your verification code has expired. Request a new one in the app. We will never ask you to share a code.")
_ok("agent/tool-call-idempotency", json.dumps({"tool": "payments.create_refund", "args": {"order_id": "ORD-771204", "amount_cents": 1999, "currency": "EUR", "idempotency_key": _uuid()}}))
_ok("smarthome/zigbee-device", f"zigbee2mqtt: Device '0x{_hex(16)}' joined (model: TRADFRI bulb E27 WS 806lm, vendor: IKEA). Linkquality 87, firmware 2.3.093.")
_ok("email/newsletter", "Subject: 30% off 1Password Families this week\n\nKeep every password in one place. Offer ends Dec 12. Unsubscribe at any time.")
_ok("es-mx/telefono", "Atención a clientes: 800 123 4000. Sucursal Polanco, Av. Presidente Masaryk 111, Local 3.")


# ==========================================================================
# Self-checks
# ==========================================================================

import re as _re

_ID_RE = _re.compile(r"^[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*$")

for _s_ in SECRETS:
    assert isinstance(_s_.secret, str) and _s_.secret, _s_.id
    assert _s_.secret in _s_.text, f"secret not in text: {_s_.id}"
    assert _ID_RE.match(_s_.id), f"bad id: {_s_.id}"
for _i_ in INNOCENT:
    assert isinstance(_i_.text, str) and _i_.text, _i_.id
    assert _ID_RE.match(_i_.id), f"bad id: {_i_.id}"

_all_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_all_ids) == len(set(_all_ids)), "duplicate ids"
assert len({x.id for x in SECRETS}) == len(SECRETS)
assert len({x.id for x in INNOCENT}) == len(INNOCENT)

assert len(SECRETS) >= 220, len(SECRETS)
assert len(INNOCENT) >= 100, len(INNOCENT)

# generator sanity (check digits are valid by construction)
assert all(_luhn_ok(f()) for f in (_visa, _mc, _amex) for _ in range(20))
assert all(_iban_ok(f()) for f in (_iban_de, _iban_gb, _iban_fr, _iban_es, _iban_it, _iban_nl,
                                  _iban_pl, _iban_ch, _iban_at, _iban_tr, _iban_sa, _iban_ua))
assert all(_verhoeff_ok(_aadhaar().replace(" ", "")) for _ in range(20))
assert _luhn_ok(_sin_ca().replace(" ", ""))

if __name__ == "__main__":
    import collections as _c
    print(f"secrets={len(SECRETS)} innocent={len(INNOCENT)}")
    print("secret prefixes:", dict(sorted(_c.Counter(x.id.split('/')[0] for x in SECRETS).items())))
    print("innocent prefixes:", dict(sorted(_c.Counter(x.id.split('/')[0] for x in INNOCENT).items())))
