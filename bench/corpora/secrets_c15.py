"""Independent secret-redaction test corpus no. 15.

Written Mon Dec  7 05:50:27 UTC 2026 by a helper that did not see the redactor, its rules, its tests or any
earlier corpus; built from general knowledge only.

Counts: 271 SECRETS, 141 INNOCENT (412 ids, all unique).

SECRETS by setting (first id segment):
    devops 61, support 41, finance 36, gov 23, home 13, health 12, travel 10, crypto 9, retail 9,
    db 7, gaming 7, telecom 7, ci 6, hr 6, mobile 5, education 4, legal 4, logistics 4, smallbiz 4,
    research 3

SECRETS by language (second id segment):
    en 139, de 12, mixed 11, es 10, fr 9, ja 8, it 6, nl 6, zh 6, ko 5, pt 5, ru 5, ar 4, hi 4,
    tr 4, pl 3, sv 3, cs 2, da 2, el 2, fi 2, he 2, id 2, ro 2, sw 2, th 2, uk 2, vi 2, bn 1, ca 1,
    fa 1, hu 1, ms 1, no 1, ta 1, tl 1, ur 1

INNOCENT by language:
    en 64, de 6, mixed 5, fr 4, ar 3, es 3, it 3, ja 3, ko 3, nl 3, pl 3, pt 3, ru 3, tr 3, zh 3,
    el 2, he 2, hi 2, id 2, sv 2, th 2, vi 2, bn 1, ca 1, cs 1, da 1, fa 1, fi 1, hu 1, ms 1, no 1,
    ro 1, sw 1, ta 1, tl 1, uk 1, ur 1

Languages besides English (35): ar, bn, ca, cs, da, de, el, es, fa, fi, fr, he, hi, hu, id, it, ja, ko, ms, nl, no, pl, pt, ro, ru, sv, sw, ta, th, tl, tr, uk, ur, vi, zh; plus "mixed" texts
(de-en, hinglish, es-en, fr-ar, ja-en, zh-en, ko-en, pl-en, ru-en, vi-en).

Settings: DevOps/cloud, CI/CD, databases, mobile apps, customer support, finance/banking,
healthcare, HR/payroll, travel, home/IoT, retail/e-commerce, logistics, education, legal,
research, gaming, telecom, crypto wallets, small-business accounting, government ids.
Forms: env files, shell commands and history, curl, YAML/TOML/INI/XML/JSON/HCL/gradle/.netrc
configs, code (Python/JS/PHP/PowerShell), logs and tool outputs, agent thoughts, chat, SMS,
tables/CSV, URLs (userinfo, query tokens, presigned S3/Azure SAS/Slack/Discord webhooks),
PEM/OpenSSH/PGP/age/WireGuard keys, base64/hex-encoded, dictated (phonetic) and split values.

Generation: every secret value is synthetic, generated at import time from one
random.Random(1520261207) (standard library only). Shapes follow real formats: vendor prefixes
and lengths (AWS AKIA/ASIA, ghp_/github_pat_, glpat-, xoxb-, sk_live_/rk_live_/whsec_,
sk-proj-, sk-ant-api03-, AIza, SG., npm_, pypi-, hf_, dckr_pat_, shpat_, hvs., atlasv1,
glsa_, ATATT, ntn_, EAAA, NRAK-, sntrys_, GOCSPX-, ya29., squ_, dp.pt., AGE-SECRET-KEY-1 …);
Luhn-valid cards (Visa, MC incl. 2-series, Amex, JCB, UnionPay, Mir); mod-97-valid IBANs
(DE FR ES IT NL PL FI TR SA RO CZ UA PT); check-digit-valid national ids: US ABA routing,
NPI, DEA, UK NHS, DVLA layout, Spanish DNI, Italian codice fiscale, French NIR key, Dutch BSN,
Belgian rijksregister, Polish PESEL, Swedish personnummer, Finnish HETU, Norwegian
fødselsnummer, German Steuer-ID, KVNR and SV-Nummer, Portuguese NIF, Brazilian CPF, Mexican
CURP and CLABE, Chilean RUT, Chinese resident id, Aadhaar (Verhoeff), Korean RRN, Japanese My
Number, Turkish TCKN, Israeli id, Canadian SIN, Australian TFN, Greek AMKA, Russian INN, Thai id;
passport MRZ with valid ICAO 7-3-1 check digits; Bitcoin WIF keys with valid base58check.
Seed phrases use real BIP-39 words but their checksum is NOT valid. US SSNs avoid 000/666/9xx.
Innocent texts are hand-written look-alikes (orders, tracking, invoices, commit/file hashes,
UUIDs, public keys/addresses/fingerprints, placeholders, documented example keys and test
cards, password talk without a password, medical measurements, company registration numbers).
"""
from typing import NamedTuple
import random, hashlib, base64, string, json


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []

_R = random.Random(15_2026_1207)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"


def s(i, text, secret):
    SECRETS.append(Secret(i, text, secret))


def ok(i, text):
    INNOCENT.append(Innocent(i, text))


def rs(al, n):
    return "".join(_R.choice(al) for _ in range(n))


def hx(n):
    return rs(HEX, n)


def rbytes(n):
    return bytes(_R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64u(n):
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def dig(n, first="123456789"):
    return _R.choice(first) + rs(DG, n - 1) if n else ""


# ---------------- vendor credentials ----------------
def aws_id(p="AKIA"):
    return p + rs(UP + "234567", 16)


def aws_secret():
    return rs(AN + "/+", 40)


def ghp(p="ghp_"):
    return p + rs(AN, 36)


def gh_fine():
    return "github_pat_" + rs(AN, 22) + "_" + rs(AN, 59)


def glpat():
    return "glpat-" + rs(AN + "-_", 20)


def slack_bot(p="xoxb"):
    return f"{p}-{dig(12)}-{dig(13)}-{rs(AN, 24)}"


def slack_hook():
    return f"https://hooks.slack.com/services/T{rs(UP + DG, 8)}/B{rs(UP + DG, 10)}/{rs(AN, 24)}"


def discord_hook():
    return f"https://discord.com/api/webhooks/{dig(19)}/{rs(AN + '-_', 68)}"


def stripe(p="sk_live_"):
    return p + rs(AN, 99 if _R.random() < 0.5 else 24)


def openai_key():
    return "sk-proj-" + rs(AN + "-_", 74) + "T3BlbkFJ" + rs(AN + "-_", 74)


def anthropic_key():
    return "sk-ant-api03-" + rs(AN + "-_", 93) + "AA"


def gapi():
    return "AIza" + rs(AN + "-_", 35)


def twilio_sid():
    return "AC" + hx(32)


def sendgrid():
    return "SG." + rs(AN + "-_", 22) + "." + rs(AN + "-_", 43)


def npm_tok():
    return "npm_" + rs(AN, 36)


def pypi_tok():
    return "pypi-AgEIcHlwaS5vcmc" + rs(AN + "-_", 140)


def hf_tok():
    return "hf_" + rs(AN, 34)


def dckr():
    return "dckr_pat_" + rs(AN + "-_", 27)


def shpat():
    return "shpat_" + hx(32)


def tg_bot():
    return f"{dig(10)}:AA{rs(AN + '-_', 33)}"


def discord_bot():
    return f"{rs('MNO', 1)}{rs(AN, 23)}.{rs(AN + '-_', 6)}.{rs(AN + '-_', 38)}"


def do_tok():
    return "dop_v1_" + hx(64)


def vault_tok():
    return "hvs." + rs(AN + "_-", 90)


def tfc_tok():
    return rs(AN, 14) + ".atlasv1." + rs(AN, 67)


def pmak():
    return f"PMAK-{hx(24)}-{hx(34)}"


def glsa():
    return "glsa_" + rs(AN, 32) + "_" + hx(8)


def atl_tok():
    return "ATATT3xFfGF0" + rs(AN + "-_=", 180)


def linear_key():
    return "lin_api_" + rs(AN, 40)


def notion_key():
    return "ntn_" + rs(DG, 11) + rs(AN, 35)


def sq_tok():
    return "EAAA" + rs(AN + "-_", 60)


def nrak():
    return "NRAK-" + rs(UP + DG, 27)


def age_key():
    return "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)


def mapbox_sk():
    return "sk.eyJ1Ijoi" + rs(AN, 40) + "." + rs(AN + "-_", 22)


def doppler():
    return "dp.pt." + rs(AN, 43)


def pulumi():
    return "pul-" + hx(40)


def okta():
    return "00" + rs(AN + "-_", 40)


def figma():
    return "figd_" + rs(AN + "-_", 40)


def airtable():
    return "pat" + rs(AN, 14) + "." + hx(64)


def cf_tok():
    return rs(AN + "-_", 40)


def azure_key():
    return base64.b64encode(rbytes(64)).decode()


def mailgun():
    return "key-" + hx(32)


def dd_key():
    return hx(32)


def sentry_tok():
    return "sntrys_" + rs(AN, 60)


def gcp_oauth_secret():
    return "GOCSPX-" + rs(AN + "-_", 28)


def ya29():
    return "ya29.a0" + rs(AN + "-_", 150)


def jwt(payload):
    h = b64u_s(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    p = b64u_s(json.dumps(payload, separators=(",", ":")))
    return f"{h}.{p}.{b64u(32)}"


def b64u_s(t):
    return base64.urlsafe_b64encode(t.encode()).decode().rstrip("=")


def uuid4():
    h = hx(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_R.choice('89ab')}{h[17:20]}-{h[20:]}"


def pem_body(prefix, nlines, width=64):
    raw = prefix + base64.b64encode(rbytes(nlines * width)).decode()
    raw = raw[: nlines * width - _R.randint(3, 30)]
    return "\n".join(raw[k:k + width] for k in range(0, len(raw), width))


def rsa_pem():
    return "-----BEGIN RSA PRIVATE KEY-----\n" + pem_body("MIIEpAIBAAKCAQEA", 6) + "\n-----END RSA PRIVATE KEY-----"


def pkcs8_pem():
    return "-----BEGIN PRIVATE KEY-----\n" + pem_body("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 5) + "\n-----END PRIVATE KEY-----"


def openssh_pem():
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + pem_body("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 5, 70)
            + "\n-----END OPENSSH PRIVATE KEY-----")


def ec_pem():
    return "-----BEGIN EC PRIVATE KEY-----\n" + pem_body("MHcCAQEEI", 3) + "\n-----END EC PRIVATE KEY-----"


def pgp_priv():
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + pem_body("lQOYBF", 6) + "\n=" + rs(AN, 4)
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


def wg_key():
    return base64.b64encode(rbytes(32)).decode()


# ---------------- passwords ----------------
_WORDS = ("maple river copper lantern orbit velvet thunder pepper canyon meadow falcon harbor quartz "
          "willow ember glacier saffron tundra marble violet cobalt biscuit nimbus juniper pebble").split()


def pw(n=None):
    n = n or _R.randint(10, 18)
    core = rs(AN, n - 2)
    return core[: n // 2] + _R.choice("!#$%&*?@^~") + core[n // 2:] + _R.choice(DG)


def passphrase(k=4, sep="-"):
    return sep.join(_R.sample(_WORDS, k))


def otp(n=6):
    return rs(DG, n)


# ---------------- crypto wallets ----------------
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload):
    return b58(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def btc_wif():
    return b58check(b"\x80" + rbytes(32) + b"\x01")


def btc_addr_p2pkh():
    return b58check(b"\x00" + rbytes(20))


def eth_priv():
    return "0x" + hx(64)


def eth_addr():
    return "0x" + hx(40)


# subset of the BIP-39 English list (checksum of phrases is NOT valid)
_BIP = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid "
        "acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice "
        "aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all "
        "alley allow almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient "
        "anger angle angry animal ankle announce annual another answer antenna antique anxiety any apart apology appear apple "
        "approve april arch arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact "
        "artist artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction "
        "audit august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis baby bachelor "
        "bacon badge bag balance balcony ball bamboo banana banner bar barely bargain barrel base basic basket battle beach "
        "bean beauty because become beef before begin behave behind believe below belt bench benefit best betray better "
        "between beyond bicycle bid bike bind biology bird birth bitter black blade blame blanket blast bleak bless blind "
        "blood blossom blouse blue blur blush board boat body boil bomb bone bonus book boost border boring borrow boss "
        "bottom bounce box boy bracket brain brand brass brave bread breeze brick bridge brief bright bring brisk broccoli "
        "broken bronze broom brother brown brush bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden "
        "burger burst bus business busy butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp canal "
        "cancel candy cannon canoe canvas canyon capable capital captain car carbon card cargo carpet carry cart case cash "
        "casino castle casual cat catalog catch category cattle caught cause caution cave ceiling celery cement census "
        "century cereal certain chair chalk champion change chaos chapter charge chase chat cheap check cheese chef cherry "
        "chest chicken chief child chimney choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city "
        "civil claim clap clarify claw clay clean clerk clever click client cliff climb clinic clip clock clog close cloth "
        "cloud clown club clump cluster clutch coach coast coconut code coffee coil coin collect color column combine come "
        "comfort comic common company concert conduct confirm congress connect consider control convince cook cool copper "
        "copy coral core corn correct cost cotton couch country couple course cousin cover coyote crack cradle craft cram "
        "crane crash crater crawl crazy cream credit creek crew cricket crime crisp critic crop cross crouch crowd crucial "
        "cruel cruise crumble crunch crush cry crystal cube culture cup cupboard curious current curtain curve cushion "
        "custom cute cycle").split()


def seed(n=12):
    return " ".join(_R.choice(_BIP) for _ in range(n))


# ---------------- payment / banking ----------------
def luhn_cd(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_cd(num[:-1]) == num[-1]


def card(kind="visa"):
    pref, ln = {
        "visa": (_R.choice(["4", "45", "49", "41"]), 16),
        "mc": (_R.choice(["51", "52", "53", "54", "55", "2221", "2720", "23"]), 16),
        "amex": (_R.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
        "jcb": ("35" + _R.choice(["28", "41", "66", "89"]), 16),
        "unionpay": ("62" + rs("12", 1), 16),
        "mir": ("220" + rs("01234", 1), 16),
        "maestro": ("6759", 16),
    }[kind]
    body = pref + rs(DG, ln - len(pref) - 1)
    return body + luhn_cd(body)


def fmt_card(c, sep=" "):
    if len(c) == 15:
        return f"{c[:4]}{sep}{c[4:10]}{sep}{c[10:]}"
    return sep.join(c[k:k + 4] for k in range(0, len(c), 4))


def _ibnum(t):
    return int("".join(str(int(ch, 36)) for ch in t))


_IBAN_FMT = {
    "DE": "n18", "FR": "n10a11n2", "GB": "A4n14", "ES": "n20", "IT": "A1n10a12", "NL": "A4n10", "BE": "n12",
    "PL": "n24", "CH": "n17", "AT": "n16", "SE": "n20", "NO": "n11", "DK": "n14", "FI": "n14", "PT": "n21",
    "TR": "n22", "SA": "n20", "AE": "n19", "GR": "n23", "RO": "A4a16", "HU": "n24", "CZ": "n20", "IE": "A4n14",
    "LU": "n16", "IL": "n19", "EG": "n25", "UA": "n25", "BR": "n23A1a1",
}


def iban(cc):
    f = _IBAN_FMT[cc]
    bban = ""
    k = 0
    while k < len(f):
        t = f[k]
        j = k + 1
        while j < len(f) and f[j].isdigit():
            j += 1
        n = int(f[k + 1:j])
        bban += rs(DG, n) if t == "n" else rs(UP, n) if t == "A" else rs(UP + DG, n)
        k = j
    chk = 98 - _ibnum(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(i):
    return _ibnum(i[4:] + i[:4]) % 97 == 1


def grp4(t):
    return " ".join(t[k:k + 4] for k in range(0, len(t), 4))


def aba():
    while True:
        d = [int(x) for x in rs("0123", 1) + rs(DG, 7)]
        for c in range(10):
            dd = d + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + dd[2] + dd[5] + dd[8]) % 10 == 0:
                return "".join(map(str, dd))


# ---------------- national / personal ids ----------------
def ssn():
    a = _R.randint(1, 665)
    a = 667 if a == 666 else a
    return f"{a:03d}-{_R.randint(1, 99):02d}-{_R.randint(1, 9999):04d}"


def nino():
    return _R.choice(["AB", "CE", "JT", "PR", "NH", "SK", "WL", "ZR"]) + rs(DG, 6) + _R.choice("ABCD")


def dni():
    n = _R.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                    10, 22, 25, 24, 23]))


def codice_fiscale():
    b = rs("BCDFGLMNPRSTVZ", 6) + f"{_R.randint(50, 99)}" + _R.choice("ABCDEHLMPRST") + f"{_R.randint(1, 28) + _R.choice([0, 40]):02d}" + _R.choice("ABCDFGHLMH") + rs(DG, 3)
    tot = 0
    for i, ch in enumerate(b):
        tot += _CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return b + chr(65 + tot % 26)


def nir():
    b = f"{_R.choice('12')}{_R.randint(50, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 95):02d}{_R.randint(1, 999):03d}{_R.randint(1, 999):03d}"
    k = 97 - int(b) % 97
    return f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {k:02d}"


def bsn():
    while True:
        d = [int(x) for x in dig(8)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        c = tot % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def pesel():
    yy, mm, dd = _R.randint(0, 99), _R.randint(1, 12), _R.randint(1, 28)
    mm2 = mm + (20 if yy < 10 else 0)
    b = f"{yy:02d}{mm2:02d}{dd:02d}{rs(DG, 4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return b + str((10 - sum(int(x) * y for x, y in zip(b, w)) % 10) % 10)


def personnummer():
    b = f"{_R.randint(50, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{rs(DG, 3)}"
    return f"{b[:6]}-{b[6:]}{luhn_cd(b + '0') if False else _lcheck(b)}"


def _lcheck(b):
    tot = 0
    for i, ch in enumerate(b):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return str((10 - tot % 10) % 10)


def hetu():
    dd, mm, yy = _R.randint(1, 28), _R.randint(1, 12), _R.randint(50, 99)
    ind = _R.randint(2, 899)
    n = int(f"{dd:02d}{mm:02d}{yy:02d}{ind:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{ind:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}"


def cpf(fmt=True):
    d = [int(x) for x in rs(DG, 9)]
    for ln in (9, 10):
        t = sum(d[i] * (ln + 1 - i) for i in range(ln))
        d.append((t * 10 % 11) % 10)
    s_ = "".join(map(str, d))
    return f"{s_[:3]}.{s_[3:6]}.{s_[6:9]}-{s_[9:]}" if fmt else s_


def cn_id():
    b = _R.choice(["110105", "310104", "440305", "510107", "330106"]) + f"{_R.randint(1960, 2002)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}" + rs(DG, 3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(x) * y for x, y in zip(b, w)) % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    b = dig(11, "23456789")
    c = 0
    for i, ch in enumerate(reversed(b)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s_ = b + str(_VINV[c])
    return f"{s_[:4]} {s_[4:8]} {s_[8:]}"


def pan_in():
    return rs(UP, 3) + "P" + rs(UP, 1) + rs(DG, 4) + rs(UP, 1)


def rrn():
    b = f"{_R.randint(60, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_R.choice('12')}{rs(DG, 5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return f"{b[:6]}-{b[6:]}{(11 - sum(int(x) * y for x, y in zip(b, w)) % 11) % 10}"


def mynumber():
    b = rs(DG, 11)
    tot = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    c = 0 if r <= 1 else 11 - r
    s_ = b + str(c)
    return f"{s_[:4]} {s_[4:8]} {s_[8:]}"


def tckn():
    d = [int(x) for x in dig(9)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def il_id():
    b = rs(DG, 8)
    for c in range(10):
        t = b + str(c)
        tot = 0
        for i, ch in enumerate(t):
            v = int(ch) * (1 if i % 2 == 0 else 2)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return t


def sin_ca():
    b = _R.choice("1234567") + rs(DG, 7)
    t = b + luhn_cd(b)
    return f"{t[:3]} {t[3:6]} {t[6:]}"


def tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [int(x) for x in dig(8)]
        S = sum(a * b for a, b in zip(d, w))
        c = S % 11
        if c < 10:
            t = "".join(map(str, d)) + str(c)
            assert sum(int(x) * y for x, y in zip(t, w)) % 11 == 0
            return f"{t[:3]} {t[3:6]} {t[6:]}"


def za_id():
    b = f"{_R.randint(60, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{rs(DG, 4)}08"
    return b + luhn_cd(b)


def amka():
    b = f"{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(50, 99)}{rs(DG, 4)}"
    return b + luhn_cd(b)


def inn_ru():
    d = [int(x) for x in dig(10)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def rut_cl():
    n = _R.randint(8_000_000, 24_999_999)
    tot, m = 0, 2
    for ch in reversed(str(n)):
        tot += int(ch) * m
        m = 2 if m == 7 else m + 1
    v = 11 - tot % 11
    dv = "0" if v == 11 else "K" if v == 10 else str(v)
    return f"{n:,}".replace(",", ".") + "-" + dv


def nhs():
    while True:
        b = rs(DG, 9)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            t = b + str(c)
            return f"{t[:3]} {t[3:6]} {t[6:]}"


def nif_pt():
    b = _R.choice("12") + rs(DG, 7)
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
    return b + str(0 if c >= 10 else c)


def fnr_no():
    while True:
        b = f"{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(50, 99)}{rs(DG, 3)}"
        k1 = 11 - sum(int(x) * y for x, y in zip(b, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b += str(k1)
        k2 = 11 - sum(int(x) * y for x, y in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k2)


def thai_id():
    b = dig(12, "12358")
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10
    t = b + str(c)
    return f"{t[0]}-{t[1:5]}-{t[5:10]}-{t[10:12]}-{t[12]}"


_CURP_AL = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp():
    b = (rs("BCGHLMPRS", 1) + rs("AEIOU", 1) + rs("BCDGLMNPRSTVZ", 2) + f"{_R.randint(60, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}"
         + _R.choice("HM") + _R.choice(["DF", "JC", "NL", "PL", "VZ", "GT"]) + rs("BCDFGLMNPRSTVZ", 3) + rs(DG, 1))
    c = (10 - sum(_CURP_AL.index(ch) * (18 - i) for i, ch in enumerate(b)) % 10) % 10
    return b + str(c)


def be_nn():
    b = f"{_R.randint(50, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}{_R.randint(1, 997):03d}"
    c = 97 - int(b) % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:]}.{c:02d}"


def kvnr():
    letter = _R.choice(UP)
    b = rs(DG, 8)
    digits = f"{ord(letter) - 64:02d}" + b
    tot = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return letter + b + str(tot % 10)


def npi():
    b = "1" + rs(DG, 8)
    return b + luhn_cd("80840" + b)


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    return (_R.choice("123456789") + _R.choice(L) + _R.choice(L + DG) + _R.choice(DG) + _R.choice(L) + _R.choice(L + DG)
            + _R.choice(DG) + _R.choice(L) + _R.choice(L) + _R.choice(DG) + _R.choice(DG))


def _mrz_cd(t):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(t):
        v = 0 if ch == "<" else int(ch) if ch.isdigit() else ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz(country, surname, given, sex="F"):
    num = rs(UP, 2) + rs(DG, 7)
    dob = f"{_R.randint(60, 99)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}"
    exp = f"{_R.randint(27, 35)}{_R.randint(1, 12):02d}{_R.randint(1, 28):02d}"
    pers = "<" * 14
    l1 = f"P<{country}{surname}<<{given}"
    l1 = (l1 + "<" * 44)[:44]
    part = num + _mrz_cd(num) + country + dob + _mrz_cd(dob) + sex + exp + _mrz_cd(exp) + pers + _mrz_cd(pers)
    comp = num + _mrz_cd(num) + dob + _mrz_cd(dob) + exp + _mrz_cd(exp) + pers + _mrz_cd(pers)
    l2 = part + _mrz_cd(comp)
    return l1, l2, num


def us_passport():
    return rs(DG, 9)


def dl_ca():
    return rs(UP, 1) + rs(DG, 7)


def vin():  # not a secret, used in innocents
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rs(al, 17)


def pwu(n=None):
    """password for URL userinfo (unreserved characters only)"""
    n = n or _R.randint(12, 20)
    core = rs(AN, n - 2)
    return core[: n // 2] + _R.choice("-_.~") + core[n // 2:] + _R.choice(DG)


def dea():
    while True:
        d = [int(x) for x in rs(DG, 6)]
        t = (d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])
        return rs("ABFM", 1) + rs(UP, 1) + "".join(map(str, d)) + str(t % 10)


def clabe():
    b = _R.choice(["002", "012", "014", "021", "072"]) + rs(DG, 3) + rs(DG, 11)
    w = [3, 7, 1] * 6
    return b + str((10 - sum(int(x) * w[i] % 10 for i, x in enumerate(b)) % 10) % 10)


def steuer_id():
    while True:
        digs = _R.sample(range(10), 9)
        if digs[0] == 0:
            continue
        rep = _R.choice(digs[1:])
        pos = _R.randint(1, 9)
        body = digs[:pos] + [rep] + digs[pos:]
        if body[0] == 0:
            continue
        b = "".join(map(str, body))
        p = 10
        for ch in b:
            x = (int(ch) + p) % 10
            x = 10 if x == 0 else x
            p = (x * 2) % 11
        c = 11 - p
        return b + str(0 if c == 10 else c)


def dvla():
    sur = (rs(UP, 5) + "99999")[:5]
    y = _R.randint(60, 99)
    mm = _R.randint(1, 12) + _R.choice([0, 50])
    dd = _R.randint(1, 28)
    return f"{sur}{y // 10}{mm:02d}{dd:02d}{y % 10}{rs(UP, 2)}9{rs(UP, 2)}"

# =====================================================================
# SECRETS — DevOps / cloud / CI / databases / dev tooling (mostly English)
# =====================================================================
s("devops/en/aws-env-export", f"""$ export AWS_ACCESS_KEY_ID={aws_id()}
$ export AWS_SECRET_ACCESS_KEY={(v:=aws_secret())}
$ aws s3 ls s3://acme-build-artifacts/""", v)
s("devops/en/aws-credentials-file", f"""[default]
aws_access_key_id = {(v:=aws_id())}
aws_secret_access_key = {aws_secret()}
region = eu-west-1""", v)
s("devops/en/aws-sts-tool-output", f"""Tool output (aws sts assume-role):
{{
  "Credentials": {{
    "AccessKeyId": "{aws_id('ASIA')}",
    "SecretAccessKey": "{(v:=aws_secret())}",
    "SessionToken": "IQoJb3JpZ2luX2VjE{rs(AN + '/+', 120)}",
    "Expiration": "2026-12-07T07:12:44Z"
  }}
}}""", v)
s("devops/en/github-pat-thought", f"Thought: the clone failed with 403, so the old token expired. The user pasted a new one in chat — {(v:=ghp())} — I'll set it as GH_TOKEN for this session only.", v)
s("devops/en/github-fine-grained", f"git remote set-url origin https://x-access-token:{(v:=gh_fine())}@github.com/northwind-labs/billing.git", v)
s("ci/en/gh-actions-log-leak", f"""Run ./scripts/publish.sh
  env:
    NODE_AUTH_TOKEN: ***
+ npm config set //registry.npmjs.org/:_authToken {(v:=npm_tok())}
+ npm publish --access public""", v)
s("ci/en/gitlab-ci-variable", f"""# .gitlab-ci.yml (someone hardcoded this, please rotate)
deploy:
  stage: deploy
  variables:
    GITLAB_TOKEN: "{(v:=glpat())}"
  script:
    - ./deploy.sh""", v)
s("devops/en/slack-bot-token", f"SLACK_BOT_TOKEN={(v:=slack_bot())}\nSLACK_SIGNING_SECRET={hx(32)}", v)
s("devops/en/slack-webhook-alertmanager", f"""receivers:
  - name: oncall-slack
    slack_configs:
      - api_url: '{(v:=slack_hook())}'
        channel: '#alerts-prod'""", v)
s("gaming/en/discord-webhook", f"For the raid bot I used this webhook, just paste it in the config: {(v:=discord_hook())}", v)
s("gaming/en/discord-bot-token", f"client.run('{(v:=discord_bot())}')  # TODO move to env before pushing", v)
s("retail/en/stripe-live-key", f"STRIPE_SECRET_KEY={(v:=stripe())}\nSTRIPE_PUBLISHABLE_KEY=pk_live_{rs(AN, 24)}", v)
s("retail/en/stripe-restricted", f"Support ticket #48213 — customer says: 'our restricted key {(v:=stripe('rk_live_'))} stopped working after we changed plans, can you check?'", v)
s("retail/en/stripe-webhook-secret", f"const endpointSecret = '{(v:='whsec_' + rs(AN, 32))}';\nconst event = stripe.webhooks.constructEvent(body, sig, endpointSecret);", v)
s("devops/en/openai-key-python", f"""import openai
client = openai.OpenAI(api_key="{(v:=openai_key())}")""", v)
s("devops/en/anthropic-key-curl", f"""curl https://api.anthropic.com/v1/messages \\
  -H "x-api-key: {(v:=anthropic_key())}" \\
  -H "anthropic-version: 2023-06-01" -d @req.json""", v)
s("mobile/en/google-maps-key-manifest", f"""<meta-data
    android:name="com.google.android.geo.API_KEY"
    android:value="{(v:=gapi())}"/>""", v)
s("telecom/en/twilio-auth-token", f"""TWILIO_ACCOUNT_SID={twilio_sid()}
TWILIO_AUTH_TOKEN={(v:=hx(32))}
TWILIO_FROM=+15017122661""", v)
s("devops/en/sendgrid-key", f"SENDGRID_API_KEY='{(v:=sendgrid())}'", v)
s("devops/en/mailgun-key", f"mailgun:\n  domain: mg.example-shop.com\n  api_key: {(v:=mailgun())}", v)
s("research/en/hf-token", f"huggingface-cli login --token {(v:=hf_tok())}", v)
s("ci/en/pypi-token-pypirc", f"""[pypi]
  username = __token__
  password = {(v:=pypi_tok())}""", v)
s("ci/en/docker-login", f"echo '{(v:=dckr())}' | docker login -u acmebuild --password-stdin", v)
s("retail/en/shopify-admin-token", f"X-Shopify-Access-Token: {(v:=shpat())}", v)
s("home/en/telegram-bot", f"The doorbell notifier posts to Telegram via bot token {(v:=tg_bot())} into chat -100{dig(10)}.", v)
s("devops/en/vault-token", f"VAULT_ADDR=https://vault.internal:8200 VAULT_TOKEN={(v:=vault_tok())} vault kv get secret/payments", v)
s("devops/en/terraform-cloud-rc", f"""credentials "app.terraform.io" {{
  token = "{(v:=tfc_tok())}"
}}""", v)
s("devops/en/grafana-sa-token", f"Authorization: Bearer {(v:=glsa())}", v)
s("devops/en/atlassian-token", f"jira:\n  url: https://acme.atlassian.net\n  email: ops@acme.io\n  api_token: {(v:=atl_tok())}", v)
s("devops/en/notion-secret", f"Notion integration secret is {(v:=notion_key())}; share the 'Roadmap' page with the integration first.", v)
s("retail/en/square-token", f"SQUARE_ACCESS_TOKEN={(v:=sq_tok())}\nSQUARE_ENVIRONMENT=production", v)
s("devops/en/newrelic", f"newrelic:\n  license_key: {hx(40)}\n  user_api_key: {(v:=nrak())}", v)
s("devops/en/sentry-auth", f"sentry-cli --auth-token {(v:=sentry_tok())} releases new 4.18.2", v)
s("devops/en/doppler", f"Use `doppler run --token {(v:=doppler())} -- npm start` on the staging box.", v)
s("smallbiz/en/airtable", f"Our inventory base uses personal access token {(v:=airtable())}", v)
s("devops/en/gcp-oauth-client-secret", f"""{{"web":{{"client_id":"{dig(12)}-{rs(LO + DG, 32)}.apps.googleusercontent.com","client_secret":"{(v:=gcp_oauth_secret())}","redirect_uris":["https://app.example.org/oauth2/callback"]}}}}""", v)
s("devops/en/gcp-access-token", f"Tool output: gcloud auth print-access-token\n{(v:=ya29())}", v)
_k = pkcs8_pem().replace("\n", "\\n")
s("devops/en/gcp-sa-json", """{
  "type": "service_account",
  "project_id": "acme-analytics-prod",
  "private_key_id": "%s",
  "private_key": "%s\\n",
  "client_email": "etl-runner@acme-analytics-prod.iam.gserviceaccount.com"
}""" % (hx(40), _k), _k)
s("devops/en/ssh-private-key-chat", f"""here's the deploy key so you can ssh to the bastion:

{(v:=openssh_pem())}""", v)
s("devops/en/rsa-key-in-log", f"DEBUG loading TLS key from env TLS_KEY={(v:=rsa_pem())}", v)
_k = ec_pem()
s("devops/en/ec-key-k8s-secret", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n" + "\n".join("    " + ln for ln in _k.splitlines()), _k.splitlines()[1])
s("devops/en/k8s-secret-b64", f"""apiVersion: v1
kind: Secret
metadata:
  name: db-creds
data:
  username: YXBw
  password: {(v:=base64.b64encode(pw().encode()).decode())}""", v)
s("devops/en/pgp-private", f"gpg --import <<'EOF'\n{(v:=pgp_priv())}\nEOF", v)
s("devops/en/age-key", f"# created: 2026-11-30T10:02:11Z\n# public key: age1{rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\n{(v:=age_key())}", v)
s("home/en/wireguard", f"""[Interface]
PrivateKey = {(v:=wg_key())}
Address = 10.8.0.2/24
DNS = 1.1.1.1

[Peer]
PublicKey = {wg_key()}
Endpoint = vpn.home-lab.net:51820""", v)
s("db/en/postgres-url", f"DATABASE_URL=postgres://billing_app:{(v:=pwu())}@db-prod-01.internal:5432/billing?sslmode=require", v)
s("db/en/mysql-cli-history", f"""  501  cd /srv/shop
  502  mysql -h 10.0.3.17 -u shop_rw -p'{(v:=pw())}' shop_prod
  503  exit""", v)
s("db/en/mongodb-srv", f"const uri = \"mongodb+srv://analytics:{(v:=pwu(14))}@cluster0.{rs(LO + DG, 5)}.mongodb.net/?retryWrites=true&w=majority\";", v)
s("db/en/redis-url", f"REDIS_URL=rediss://default:{(v:=rs(AN, 32))}@eu1-bright-mole-31337.upstash.io:6379", v)
s("db/en/mssql-conn", f"\"ConnectionStrings\": {{ \"Main\": \"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=erp;User ID=erp_admin;Password={(v:=pw())};Encrypt=True;\" }}", v)
s("db/en/azure-storage-conn", f"DefaultEndpointsProtocol=https;AccountName=acmeinvoices;AccountKey={(v:=azure_key())};EndpointSuffix=core.windows.net", v)
s("db/en/jdbc-oracle", f"spring.datasource.url=jdbc:oracle:thin:@//ora-prod:1521/HRPDB\nspring.datasource.username=hr_batch\nspring.datasource.password={(v:=pw())}", v)
s("devops/en/htpasswd-plain", f"Set the basic-auth for the staging site: user `preview`, password `{(v:=passphrase(3))}`. Client will use it tomorrow.", v)
s("devops/en/jwt-bearer-log", f"2026-12-06T22:14:07Z INFO  request GET /api/v2/me Authorization=Bearer {(v:=jwt({'sub': dig(7), 'role': 'admin', 'exp': 1796000000}))}", v)
s("devops/en/django-secret", f"SECRET_KEY = '{(v:=rs(LO + DG + '!@#$%^&*(-_=+)', 50))}'", v)
s("devops/en/session-cookie-curl", f"curl 'https://admin.example-crm.com/api/contacts' -H 'Cookie: _ga=GA1.2.1234.5678; sessionid={(v:=rs(LO + DG, 32))}; csrftoken={rs(AN, 32)}'", v)
s("devops/en/set-cookie-response", f"HTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: __Host-sid={(v:=b64u(36))}; Path=/; Secure; HttpOnly; SameSite=Lax", v)
s("devops/en/s3-presigned", f"Here's the download link (valid 7 days): https://acme-exports.s3.eu-west-1.amazonaws.com/q3/payroll.xlsx?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={aws_id()}%2F20261206%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261206T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={(v:=hx(64))}", v)
s("devops/en/azure-sas", f"https://acmeinvoices.blob.core.windows.net/scans/contract.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig={(v:=b64(32).replace('+', '%2B').replace('/', '%2F').replace('=', '%3D'))}", v)
s("devops/en/basic-auth-header", f"GET /metrics HTTP/1.1\nHost: prometheus.internal\nAuthorization: Basic {(v:=base64.b64encode(('scraper:' + pw()).encode()).decode())}", v)
s("devops/en/url-userinfo-ftp", f"lftp -e 'mirror -R dist/ /public_html' ftp://webmaster:{(v:=pwu())}@ftp.bakery-site.co.uk", v)
s("devops/en/git-credentials", f"$ cat ~/.git-credentials\nhttps://jdoe:{(v:=ghp())}@github.com", v)
s("devops/en/netrc", f"machine api.heroku.com\n  login ops@acme.io\n  password {(v:=uuid4())}", v)
s("devops/en/webhook-generic-secret", f"GitHub webhook → Jenkins. Secret set on both sides: {(v:=hx(40))}", v)
s("devops/en/encoded-b64-password", f"The installer wants the admin password base64-encoded, so I passed ADMIN_PW_B64={(v:=base64.b64encode(pw().encode()).decode())} to the helm chart.", v)
s("devops/en/split-token", f"Token was too long for the SMS so I'll send it in two parts. Part 1: {(v:=(_t:=ghp())[:20])} — part 2 follows in the next message.", v)
s("devops/en/wifi-qr", f"WIFI:T:WPA;S:Office-5G;P:{(v:=pw(14).replace(';', 'x'))};;", v)
s("ci/en/jenkins-credentials-xml", f"""<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
  <id>nexus-deploy</id>
  <username>deployer</username>
  <password>{(v:=pw())}</password>
</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>""", v)
s("ci/en/sonar-token", f"mvn sonar:sonar -Dsonar.host.url=https://sonar.acme.io -Dsonar.token={(v:='squ_' + hx(40))}", v)
s("mobile/en/apple-p8", f"AuthKey_{rs(UP + DG, 10)}.p8 contents:\n{(v:=pkcs8_pem())}", v)
s("mobile/en/keystore-gradle", f"""signingConfigs {{
    release {{
        storeFile file('release.jks')
        storePassword '{(v:=pw())}'
        keyAlias 'upload'
        keyPassword '{pw()}'
    }}
}}""", v)
s("mobile/en/fastlane-app-specific", f"FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={(v:='-'.join(rs(LO, 4) for _ in range(4)))}", v)

# =====================================================================
# SECRETS — people, money, health, travel, government … (many languages)
# =====================================================================
# --- English, non-DevOps ---
s("finance/en/card-chat", f"Customer: ok my card is {(v:=fmt_card(card('visa')))} exp 08/29, can you retry the payment?", v)
s("finance/en/card-cvv", f"Card ending 4417 was declined; she then read out the security code on the back: {(v:=rs(DG, 3))}. Retrying with CVV.", v)
s("finance/en/routing-account", f"Direct deposit form — Routing (ABA): {aba()}  Account: {(v:=dig(10))}  Type: checking", v)
s("finance/en/bank-login", f"Thought: the user wants me to log into their online banking to download statements. They gave username m.ortega85 and password {(v:=pw())}. I should not store these.", v)
s("finance/en/ssn-tax", f"For the W-9 please use SSN {(v:=ssn())}, name as shown on the return.", v)
s("finance/en/ssn-no-dashes", f"caller verified identity w/ full ssn {(v:=ssn().replace('-', ''))} and DOB 03/14/1979", v)
s("finance/en/brokerage-2fa-recovery", f"""Backup codes for Fidelity 2FA (keep safe):
{(v:=rs(DG, 8))}  {rs(DG, 8)}  {rs(DG, 8)}
{rs(DG, 8)}  {rs(DG, 8)}  {rs(DG, 8)}""", v)
s("support/en/otp-read-aloud", f"Agent: I've sent a code to your phone. Customer: yep, it says {(v:=otp())}. Agent: thank you, you're verified.", v)
s("support/en/otp-sms", f"Your Chase verification code is {(v:=otp())}. Don't share it with anyone. We'll never call to ask for it.", v)
s("support/en/security-question", f"Security question: What was the name of your first pet? Answer given by caller: {(v:='Biscuit McFluff')}", v)
s("support/en/mothers-maiden", f"to reset the account she confirmed her mother's maiden name as {(v:='Vanterpool')} and the last 4 of her card", v)
s("support/en/password-in-ticket", f"Hi team, I can't get into the portal. My password is {(v:=pw())} and it keeps saying invalid. Please help ASAP.", v)
s("support/en/temp-password-reply", f"Hello Dana, I've reset your account. Your temporary password is {(v:=pw(12))} — you'll be asked to change it at first login.", v)
s("support/en/password-dictated", f"Caller spelled the password phonetically: {(v:='tango seven echo romeo bravo four four kilo')} — i.e. mixed case, she wasn't sure which letters were capitals.", v)
s("health/en/nhs-number", f"Referral letter: Patient Ms J. Whitlock, DOB 12/04/1961, NHS No. {(v:=nhs())}, presenting with atrial fibrillation.", v)
s("health/en/medicare-mbi", f"Medicare Beneficiary Identifier: {(v:=mbi())} — Part A effective 01/2024", v)
s("health/en/member-id", f"Insurance card → Member ID: {(v:='W' + rs(DG, 9))}  Group: 0{rs(DG, 5)}  Rx BIN: 610014", v)
s("health/en/portal-password", f"Dad's MyChart login is his email and the password is {(v:=passphrase(3, '') + rs(DG, 2))}; can you check if his lab results are up?", v)
s("health/en/npi-with-dea", f"Prescriber NPI {npi()}, DEA {(v:=dea())}", v)
s("hr/en/uk-nino-payroll", f"New starter checklist: P45 received, National Insurance number {(v:=nino())}, tax code 1257L.", v)
s("hr/en/ca-sin", f"Employee's SIN for the T4 is {(v:=sin_ca())}.", v)
s("hr/en/au-tfn", f"TFN declaration: tax file number {(v:=tfn())}, resident for tax purposes: yes", v)
s("travel/en/passport-no", f"Booking note: traveller's US passport number {(v:=us_passport())}, expires 2031-05-20, for APIS.", v)
_l1, _l2, _n = mrz("GBR", "HARGREAVES", "OLIVIA<MAY")
s("travel/en/passport-mrz", f"OCR of passport page:\n{_l1}\n{_l2}", _l2)
s("travel/en/known-traveler", f"Add my Known Traveler Number {(v:=rs(DG, 9))} to the Delta reservation please.", v)
s("travel/en/hotel-safe", f"Room 1412 — in-room safe reset to code {(v:=rs(DG, 4))} at guest's request.", v)
s("home/en/alarm-code", f"For the dog sitter: front door keypad is {(v:=rs(DG, 6))}#, alarm disarm is the same code. Garage remote is on the hook.", v)
s("home/en/smart-lock-guest", f"August lock guest code for the cleaner (Tuesdays only): {(v:=rs(DG, 5))}", v)
s("home/en/wifi-password", f"Guest Wi-Fi: network 'Porter-Guest', password {(v:=passphrase(3, '').capitalize() + rs(DG, 3))}", v)
s("retail/en/gift-card", f"Gift card number 6006 4912 {rs(DG, 4)} {rs(DG, 4)}, PIN {(v:=rs(DG, 8))}", v)
s("retail/en/pos-manager-pin", f"Store 118: manager override PIN on the POS is {(v:=rs(DG, 4))}, don't give it to the seasonal staff.", v)
s("logistics/en/warehouse-gate", f"Driver instructions: Dock 7, gate code {(v:=rs(DG, 5))}*, ring bell for forklift.", v)
s("logistics/en/carrier-api", f"FedEx API credentials → client_id: l7{hx(30)} client_secret: {(v:=hx(32))}", v)
s("education/en/lms-login", f"Canvas login for my son: student id 20491183, password {(v:=pw(10))}. He forgot it again.", v)
s("legal/en/docusign-access", f"Access code to open the envelope from Harwell & Pike LLP: {(v:=rs(UP + DG, 8))}", v)
s("crypto/en/seed-12", f"My MetaMask recovery phrase is: {(v:=seed(12))}. Can you tell me why my balance shows zero?", v)
_sw = seed(24).split()
s("crypto/en/seed-24-numbered", "Ledger backup sheet:\n" + "\n".join(f"{i + 1:>2}. {w}" for i, w in enumerate(_sw)), f" 9. {_sw[8]}\n10. {_sw[9]}")
s("crypto/en/eth-priv", f"const wallet = new ethers.Wallet('{(v:=eth_priv())}', provider);", v)
s("crypto/en/btc-wif", f"importprivkey {(v:=btc_wif())} \"cold-1\" false", v)
s("crypto/en/exchange-api", f"Binance API key: {rs(AN, 64)}\nSecret: {(v:=rs(AN, 64))}", v)
s("telecom/en/sim-puk", f"SIM locked after 3 wrong PINs. PUK from the carrier portal: {(v:=rs(DG, 8))}", v)
s("telecom/en/port-out-pin", f"Number transfer PIN (T-Mobile port-out): {(v:=rs(DG, 6))}, account number 9{rs(DG, 8)}", v)
s("gaming/en/steam-guard", f"Steam Guard code: {(v:=rs('23456789BCDFGHJKMNPQRTVWXY', 5))}", v)
s("gaming/en/account-share", f"bro just log into my account and grind the event, user xXNightOwlXx pw {(v:=rs(LO, 6) + rs(DG, 4))}", v)
s("smallbiz/en/quickbooks", f"Bookkeeper access for QuickBooks: login books@lindenbakery.com, password {(v:=pw())}; MFA goes to Lisa's phone.", v)
s("smallbiz/en/ein-plus-pin", f"IRS e-file PIN for the 941: {(v:=rs(DG, 5))} (EIN on file)", v)
s("gov/en/id-me", f"Login.gov backup code: {(v:='-'.join(rs(UP + DG, 4) for _ in range(4)))}", v)
s("research/en/redcap-token", f"REDCap API token for project 4471: {(v:=hx(32).upper())}", v)
s("devops/en/recovery-codes-gh", f"""GitHub recovery codes
{(v:=hx(5) + '-' + hx(5))}
{hx(5)}-{hx(5)}
{hx(5)}-{hx(5)}""", v)
s("devops/en/totp-secret", f"otpauth://totp/Acme:ops@acme.io?secret={(v:=rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}&issuer=Acme", v)

# --- German ---
s("finance/de/iban-ueberweisung", f"Bitte überweisen Sie die Kaution auf mein Konto: IBAN {(v:=grp4(iban('DE')))}, Kontoinhaber Jonas Brandt.", v)
s("health/de/kvnr", f"Versichertennummer (eGK): {(v:=kvnr())}, Kasse: TK, Status 1000000", v)
s("support/de/passwort", f"Hallo, mein Passwort für das Kundenportal lautet {(v:=pw())} — trotzdem komme ich nicht rein. Können Sie das prüfen?", v)
s("home/de/tuercode", f"Der Code für die Haustür ist {(v:=rs(DG, 4))}, danach die Raute drücken. Der Schlüssel liegt im Briefkasten.", v)
s("hr/de/steuer-id", f"Personalbogen: Steuerliche Identifikationsnummer {(v:=steuer_id())}, Steuerklasse III, Konfession: keine.", v)
s("finance/de/tan", f"Ihre TAN für die Überweisung an Stadtwerke Köln (249,00 EUR): {(v:=otp())}", v)
_l1, _l2, _n = mrz("D<<", "BRANDT", "JONAS<PETER", "M")
s("travel/de/reisepass", f"Reisepassnummer für die Buchung: {_n} — gültig bis 2033.", _n)

# --- French ---
s("health/fr/nir", f"Numéro de sécurité sociale du patient : {(v:=nir())}. Mutuelle : Harmonie.", v)
s("finance/fr/iban", f"Voici mon RIB pour le remboursement : IBAN {(v:=grp4(iban('FR')))} BIC BNPAFRPPXXX", v)
s("support/fr/mdp", f"Le client m'a donné son mot de passe par téléphone : « {(v:=pw())} ». Je l'ai utilisé pour vérifier la commande.", v)
s("home/fr/digicode", f"Digicode de l'immeuble : {(v:=rs(DG, 2) + rs('AB', 1) + rs(DG, 2))}, 3e étage gauche. Interphone au nom de Morel.", v)
s("finance/fr/carte", f"Numéro de carte : {(v:=fmt_card(card('mc')))} — date d'expiration 04/28 — cryptogramme {rs(DG, 3)}", v)

# --- Spanish ---
s("gov/es/dni", f"Para la matrícula necesito tu DNI: {(v:=dni())}. Lo pongo en el formulario de inscripción.", v)
s("finance/es/iban", f"Domiciliación bancaria — IBAN: {(v:=grp4(iban('ES')))}", v)
s("support/es/contrasena", f"Mi contraseña es {(v:=pw())} pero la app me dice que es incorrecta, ¿pueden revisarlo?", v)
s("telecom/es/pin-puk", f"El PIN de la SIM es {rs(DG, 4)} y el PUK {(v:=rs(DG, 8))}, los tengo en la tarjeta de plástico.", v)
s("health/es/curp-mx", f"CURP del paciente: {(v:=curp())}. Afiliación IMSS vigente.", v)
s("finance/es/clabe-mx", f"Transfiéreme a la CLABE {(v:=clabe())} a nombre de Rosa Elena Díaz.", v)
s("gov/es/rut-cl", f"Mi RUT es {(v:=rut_cl())}, por si lo necesitas para la boleta.", v)

# --- Italian ---
s("gov/it/codice-fiscale", f"Il mio codice fiscale è {(v:=codice_fiscale())}, serve per la fattura elettronica.", v)
s("finance/it/iban", f"Coordinate bancarie: IBAN {(v:=iban('IT'))} intestato a Lucia Ferraro", v)
s("support/it/password", f"Ho cambiato la password del Wi-Fi in {(v:=passphrase(2, '') + rs(DG, 4))}, l'ho scritta sul frigo.", v)
s("finance/it/otp", f"Il codice di sicurezza per l'accesso a Intesa è {(v:=otp(8))}. Non comunicarlo a nessuno.", v)

# --- Portuguese ---
s("gov/pt/cpf-br", f"Pode emitir a nota no meu CPF {(v:=cpf())}? Obrigado!", v)
s("finance/pt/senha-app-br", f"A senha do app do banco é {(v:=rs(DG, 6))} e a chave Pix é meu celular.", v)
s("finance/pt/nif-iban", f"NIF {(v:=nif_pt())} e IBAN {iban('PT')} para o reembolso do seguro.", v)

# --- Dutch ---
s("gov/nl/bsn", f"Mijn BSN is {(v:=bsn())}, dat hebben jullie nodig voor de zorgtoeslag toch?", v)
s("finance/nl/iban", f"Graag het bedrag overmaken naar {(v:=grp4(iban('NL')))} t.n.v. S. de Vries", v)
s("support/nl/wachtwoord", f"Het tijdelijke wachtwoord voor je account is {(v:=pw(12))}. Wijzig dit na het inloggen.", v)
s("gov/nl/rijksregister-be", f"Rijksregisternummer: {(v:=be_nn())}", v)

# --- Polish ---
s("gov/pl/pesel", f"PESEL pacjenta: {(v:=pesel())}, skierowanie do kardiologa.", v)
s("finance/pl/konto", f"Numer konta do przelewu: {(v:='PL' + iban('PL')[2:])} (mBank)", v)
s("support/pl/haslo", f"Hasło do panelu administracyjnego to {(v:=pw())} — zmień je proszę po pierwszym logowaniu.", v)

# --- Nordic ---
s("gov/sv/personnummer", f"Personnummer: {(v:=personnummer())}. Patienten är kallad till återbesök.", v)
s("support/sv/losenord", f"Lösenordet till routern är {(v:=pw())}, det står inte på klistermärket längre.", v)
s("gov/fi/hetu", f"Henkilötunnus: {(v:=hetu())}. Kela-kortti mukana.", v)
s("finance/fi/iban", f"Tilinumero: {(v:=grp4(iban('FI')))}, viite 13 5790", v)
s("gov/no/fnr", f"Fødselsnummer: {(v:=fnr_no())} — bruk det ved innlogging hos NAV.", v)
s("support/da/adgangskode", f"Din nye adgangskode er {(v:=pw(12))}. Husk at ændre den.", v)
s("gov/da/cpr", f"CPR-nr.: {(v:=f'{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(50, 99)}-{rs(DG, 4)}')}", v)

# --- Czech / Hungarian / Romanian ---
s("support/cs/heslo", f"Heslo k e-shopu je {(v:=pw())}, uživatel admin. Potřebuju upravit ceny.", v)
s("finance/cs/ucet", f"Zaplaťte prosím na účet {(v:=iban('CZ'))}, variabilní symbol 2026118.", v)
s("support/hu/jelszo", f"A jelszavam: {(v:=pw())} — kérem, állítsák vissza a fiókomat.", v)
s("finance/ro/iban", f"Contul meu: {(v:=iban('RO'))}, Banca Transilvania.", v)
s("home/ro/cod-interfon", f"Codul de la interfon este {(v:=rs(DG, 3))}C, apartamentul 27.", v)

# --- Turkish ---
s("gov/tr/tckn", f"T.C. kimlik numaram {(v:=tckn())}, faturayı buna kesebilirsiniz.", v)
s("finance/tr/iban", f"Kira için IBAN: {(v:=grp4(iban('TR')))} — Ayşe Yılmaz", v)
s("support/tr/sifre", f"Şifrem {(v:=pw())} ama giriş yapamıyorum, yardımcı olur musunuz?", v)

# --- Greek ---
s("health/el/amka", f"ΑΜΚΑ ασθενούς: {(v:=amka())}. Παραπομπή για αιματολογικές εξετάσεις.", v)
s("support/el/kodikos", f"Ο κωδικός πρόσβασης είναι {(v:=pw())}, μην τον δώσεις σε κανέναν.", v)

# --- Russian / Ukrainian ---
s("gov/ru/inn", f"ИНН физлица: {(v:=inn_ru())}, нужен для налогового вычета.", v)
s("support/ru/parol", f"Пароль от личного кабинета: {(v:=pw())}. Логин — мой телефон.", v)
s("finance/ru/karta", f"Скиньте деньги на карту {(v:=fmt_card(card('mir')))}, Сбер, Ольга Н.", v)
s("devops/ru/ssh", f"Подключайся: ssh deploy@185.12.{_R.randint(1, 254)}.{_R.randint(1, 254)}, пароль {(v:=pw())}", v)
s("finance/uk/iban", f"Реквізити для оплати: IBAN {(v:=iban('UA'))}, отримувач ФОП Коваленко.", v)
s("support/uk/kod", f"Код підтвердження з SMS: {(v:=otp())}. Нікому його не повідомляйте.", v)

# --- Arabic / Hebrew / Persian / Urdu ---
s("finance/ar/iban-sa", f"رقم الآيبان الخاص بي هو {(v:=iban('SA'))} لدى مصرف الراجحي، يرجى تحويل الراتب إليه.", v)
s("support/ar/kalimat-sir", f"كلمة المرور الجديدة لحسابك هي {(v:=pw())} — يرجى تغييرها بعد تسجيل الدخول.", v)
s("support/ar/otp", f"رمز التحقق الخاص بك هو {(v:=otp())}. لا تشاركه مع أي شخص.", v)
s("gov/he/teudat-zehut", f"מספר תעודת הזהות שלי הוא {(v:=il_id())}, תעדכנו בבקשה בתיק.", v)
s("support/he/sisma", f"הסיסמה לוויי-פיי במשרד: {(v:=pw())}", v)
s("support/fa/ramz", f"رمز عبور ایمیل شرکت: {(v:=pw())} — لطفاً بعد از ورود عوضش کنید.", v)
s("finance/ur/pin", f"میرا اے ٹی ایم پن {(v:=rs(DG, 4))} ہے، براہ کرم کسی کو نہ بتائیں۔", v)

# --- South Asian ---
s("gov/hi/aadhaar", f"मेरा आधार नंबर {(v:=aadhaar())} है, KYC के लिए लगा दीजिए।", v)
s("finance/hi/pan", f"पैन कार्ड नंबर: {(v:=pan_in())} — ITR फाइल करने के लिए।", v)
s("support/hi/otp", f"आपका OTP {(v:=otp())} है। यह 10 मिनट तक मान्य है। इसे किसी के साथ साझा न करें।", v)
s("finance/hi/upi-pin", f"भाई, मेरा UPI पिन {(v:=rs(DG, 6))} है, पेमेंट कर देना।", v)
s("support/bn/password", f"আমার পাসওয়ার্ড হল {(v:=pw())}, দয়া করে অ্যাকাউন্টটা খুলে দিন।", v)
s("support/ta/password", f"என் கடவுச்சொல் {(v:=pw())} — இதை யாருக்கும் சொல்ல வேண்டாம்.", v)

# --- East Asian ---
s("gov/ja/mynumber", f"マイナンバーは {(v:=mynumber())} です。年末調整の書類に記入してください。", v)
s("support/ja/password", f"パスワードは「{(v:=pw())}」です。ログインできない場合はご連絡ください。", v)
s("finance/ja/card", f"クレジットカード番号：{(v:=fmt_card(card('jcb'), '-'))}　有効期限：09/28", v)
s("home/ja/autolock", f"マンションのオートロック暗証番号は{(v:=rs(DG, 4))}です。部屋は502号室。", v)
s("gov/zh/shenfenzheng", f"我的身份证号是{(v:=cn_id())}，麻烦帮我登记一下。", v)
s("support/zh/mima", f"数据库密码：{(v:=pw())}，用户名 root，请勿外传。", v)
s("finance/zh/yinhangka", f"工资卡号 {(v:=fmt_card(card('unionpay'), ' '))}，开户行：招商银行深圳分行。", v)
s("support/zh/yanzhengma", f"【某某银行】您的验证码为{(v:=otp())}，5分钟内有效，请勿泄露。", v)
s("gov/ko/rrn", f"주민등록번호: {(v:=rrn())} (본인 확인용)", v)
s("support/ko/password", f"비밀번호는 {(v:=pw())} 입니다. 로그인 후 바로 변경해 주세요.", v)
s("gaming/ko/account", f"내 계정 빌려줄게. 아이디 dragonsky92, 비번 {(v:=rs(LO, 5) + rs(DG, 4) + '!')}", v)

# --- Southeast Asian / Swahili / Tagalog ---
s("gov/th/id", f"เลขประจำตัวประชาชน {(v:=thai_id())} ใช้สำหรับเปิดบัญชีธนาคาร", v)
s("support/th/password", f"รหัสผ่านของคุณคือ {(v:=pw())} กรุณาเปลี่ยนหลังเข้าสู่ระบบ", v)
s("support/vi/matkhau", f"Mật khẩu tài khoản ngân hàng của tôi là {(v:=pw())}, nhờ bạn kiểm tra giúp.", v)
s("finance/vi/otp", f"Mã OTP của quý khách là {(v:=otp())}. Tuyệt đối không cung cấp cho bất kỳ ai.", v)
s("gov/id/nik", f"NIK saya {(v:='317404' + f'{_R.randint(1, 28) + 40:02d}{_R.randint(1, 12):02d}{_R.randint(70, 99)}' + rs(DG, 4))}, untuk pendaftaran BPJS.", v)
s("support/id/kata-sandi", f"Kata sandi email kantor: {(v:=pw())}. Jangan disebar ya.", v)
s("support/ms/kata-laluan", f"Kata laluan Wi-Fi kedai ialah {(v:=passphrase(2, '') + rs(DG, 3))}.", v)
s("finance/sw/mpesa-pin", f"Nimesahau PIN yangu ya M-Pesa, nadhani ni {(v:=rs(DG, 4))}. Naomba msaada kuibadilisha.", v)
s("support/sw/nenosiri", f"Nenosiri lako jipya ni {(v:=pw(12))}. Tafadhali libadilishe baada ya kuingia.", v)
s("support/tl/password", f"Ang password ko sa GCash ay {(v:=rs(DG, 4))}, pakicheck naman kung bakit naka-lock.", v)

# --- Catalan / mixed ---
s("support/ca/contrasenya", f"La contrasenya del compte és {(v:=pw())}, canvia-la quan puguis.", v)
s("devops/mixed/de-en", f"Kurze Info: der neue API-Key für das Staging ist {(v:=stripe('sk_test_'))}, the prod one comes tomorrow.", v)
s("support/mixed/hinglish", f"Sir mera net banking password {(v:=pw())} hai, please jaldi unlock kar do.", v)
s("travel/mixed/es-en", f"Hola! Mi booking es ABC123 y mi passport number es {(v:='X' + rs(UP + DG, 8))}, ¿pueden actualizarlo?", v)
s("finance/mixed/fr-ar", f"Bonjour, voici mon RIB marocain: {(v:=rs(DG, 24))} — شكراً جزيلاً", v)
s("health/mixed/ja-en", f"Patient portal のログイン: user tanaka.h, password {(v:=pw())}（娘が設定しました）", v)
s("crypto/mixed/zh-en", f"助记词 (seed phrase): {(v:=seed(12))} 千万别告诉别人", v)
s("devops/mixed/ko-en", f"배포 토큰 바뀜 → GITHUB_TOKEN={(v:=ghp())} (이전 거 revoke 완료)", v)
s("hr/mixed/pl-en", f"Onboarding: login do Workday to j.nowak, hasło startowe {(v:=pw(12))}, please change ASAP.", v)
s("home/mixed/de-en-mqtt", f"MQTT broker für die Heizung: mqtts://heizung:{(v:=pwu())}@broker.hivemq.cloud:8883", v)
s("devops/mixed/ru-en", f"Ключ для S3: {aws_id()} / секрет {(v:=aws_secret())} — положи в .env", v)
s("crypto/mixed/vi-en", f"Private key ví MetaMask: {(v:=eth_priv()[2:])} — đừng gửi cho ai nhé", v)

# --- more secrets: tables, code, config formats, shell ---
s("support/en/markdown-table", f"""| System | User | Password |
|---|---|---|
| Router | admin | {(v:=pw())} |
| NAS | backup | see 1Password |""", v)
s("retail/en/csv-export", f"""order_id,name,card_number,exp
100482,Maria Lopez,{(v:=card('visa'))},07/28
100483,Tom Becker,see vault,""", v)
s("devops/en/toml-config", f"""[database]
host = "10.2.0.8"
user = "ledger"
password = "{(v:=pw())}"
""", v)
s("devops/en/powershell-securestring", f"$pw = ConvertTo-SecureString '{(v:=pw())}' -AsPlainText -Force\nNew-LocalUser -Name 'svc_backup' -Password $pw", v)
s("devops/en/kubectl-create-secret", f"kubectl create secret generic api-keys --from-literal=OPENWEATHER_KEY={(v:=hx(32))} -n weather", v)
s("devops/en/php-pdo", f"$pdo = new PDO('mysql:host=localhost;dbname=wp_shop', 'wp_user', '{(v:=pw().replace(chr(39), 'x'))}');", v)
s("devops/en/helm-set", f"helm upgrade --install keycloak bitnami/keycloak --set auth.adminPassword={(v:=pw())} --namespace iam", v)
s("devops/en/query-param-key", f"GET https://api.openweathermap.org/data/2.5/weather?q=Lisbon&appid={(v:=hx(32))} 200 OK (143 ms)", v)
s("devops/en/git-diff-leak", f"""diff --git a/config/settings.py b/config/settings.py
@@ -12,7 +12,7 @@
-EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]
+EMAIL_HOST_PASSWORD = "{(v:=rs(LO, 16))}"  # gmail app password, temporary""", v)
s("devops/en/tfstate-output", f"""  "outputs": {{
    "rds_master_password": {{
      "value": "{(v:=pw())}",
      "type": "string",
      "sensitive": true
    }}""", v)
s("mobile/en/shared-prefs", f"""<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <string name="refresh_token">{(v:=b64u(48))}</string>
    <boolean name="onboarding_done" value="true" />
</map>""", v)
s("devops/en/ldap-bind", f"ldapsearch -x -H ldaps://dc01.corp.local -D 'CN=svc-ldap,OU=Service,DC=corp,DC=local' -w '{(v:=pw())}' -b 'DC=corp,DC=local' '(sAMAccountName=jdoe)'", v)
s("devops/en/snmp-community", f"snmpwalk -v2c -c {(v:=rs(LO, 6) + rs(DG, 3))} 10.0.0.1 1.3.6.1.2.1.1", v)
s("hr/de/sv-nummer", "", "")
SECRETS.pop()


def sv_de():
    area = rs(DG, 2)
    dob = f"{_R.randint(1, 28):02d}{_R.randint(1, 12):02d}{_R.randint(60, 99)}"
    letter = _R.choice(UP)
    ser = rs(DG, 2)
    digits = area + dob + f"{ord(letter) - 64:02d}" + ser
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = sum((int(d) * k) // 10 + (int(d) * k) % 10 for d, k in zip(digits, w))
    return f"{area} {dob} {letter} {ser}{tot % 10}"


s("hr/de/sv-nummer", f"Für die Anmeldung bei der Krankenkasse: Rentenversicherungsnummer {(v:=sv_de())}.", v)

# =====================================================================
# INNOCENT look-alikes
# =====================================================================
_commit = hx(40)
ok("innocent/en/git-log", f"commit {_commit}\nAuthor: Priya Nair <priya@acme.io>\nDate:   Fri Dec 4 16:02:11 2026 +0000\n\n    fix: retry S3 upload on 503 (#4821)")
ok("innocent/en/ci-summary", f"Build #9182 passed in 6m 41s on ubuntu-22.04 (node 20.11.1). Deployed {_commit[:7]} to staging.")
ok("innocent/en/docker-digest", f"Pulled ghcr.io/acme/api@sha256:{hx(64)} (v4.18.2)")
ok("innocent/en/sha256sum", f"{hx(64)}  terraform_1.9.8_linux_amd64.zip")
ok("innocent/en/empty-sha", "sha256 of an empty file is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 — that's why all three artifacts have the same hash.")
ok("innocent/en/npm-integrity", f"\"integrity\": \"sha512-{b64(64)}\"")
ok("innocent/en/request-id", f"Error 502 from upstream; x-request-id: {uuid4()}. Please include this id when contacting support.")
ok("innocent/en/uuid-table", f"SELECT * FROM orders WHERE customer_id = '{uuid4()}' AND status = 'shipped' LIMIT 20;")
ok("innocent/en/ssh-pubkey", f"Add this to authorized_keys on the bastion:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(AN + '+/', 43)} priya@laptop")
ok("innocent/en/pgp-fingerprint", "My PGP key fingerprint: 4A1F 9C3E 72B0 D815 6E2A  0C77 B943 51D8 F0E6 2A19 — verify it before sending anything encrypted.")
ok("innocent/en/eth-address", f"Send the grant payout to our public treasury address {eth_addr()} (ENS: grants.acme.eth).")
ok("innocent/en/eth-txhash", f"Transaction confirmed: https://etherscan.io/tx/0x{hx(64)} (block 21,448,302, gas 21000)")
ok("innocent/en/btc-address", f"Donations welcome: {btc_addr_p2pkh()} — thanks for supporting the project!")
ok("innocent/en/placeholder-env", "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/${DB_NAME}")
ok("innocent/en/placeholder-angle", "curl -H \"Authorization: Bearer <your-token>\" https://api.example.com/v1/projects")
ok("innocent/en/placeholder-helm", "password: {{ .Values.postgresql.auth.password | quote }}")
ok("innocent/en/placeholder-xxx", "Set STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx in your .env (never commit the real value).")
ok("innocent/en/redacted-log", "2026-12-06 10:14:02 INFO login ok user=jdoe password=******** token=[REDACTED] ip=203.0.113.42")
ok("innocent/en/env-read-code", "db_password = os.environ[\"DB_PASSWORD\"]\nif not db_password:\n    raise RuntimeError(\"DB_PASSWORD is not set\")")
ok("innocent/en/secret-ref-k8s", "env:\n  - name: API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: weather-api\n        key: apiKey")
ok("innocent/en/gha-secret-ref", "      - run: ./deploy.sh\n        env:\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}")
ok("innocent/en/aws-doc-example", "From the AWS docs example: aws_access_key_id = AKIAIOSFODNN7EXAMPLE, aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
ok("innocent/en/stripe-test-card", "For QA use Stripe's test card 4242 4242 4242 4242 with any future expiry and any CVC; 4000 0000 0000 0002 forces a decline.")
ok("innocent/en/visa-test-vector", "Luhn unit test: assert luhn_valid('4111111111111111') and not luhn_valid('4111111111111112')")
ok("innocent/en/rfc-totp-vector", "RFC 6238 test vector: seed '12345678901234567890', T=59 → TOTP 94287082 (SHA1, 8 digits).")
ok("innocent/en/password-policy", "Passwords must be at least 12 characters and include an uppercase letter, a number and a symbol. Passwords expire every 90 days.")
ok("innocent/en/forgot-password", "Customer forgot her password again; I sent the reset link to the address on file and closed the ticket.")
ok("innocent/en/otp-talk", "We've sent a 6-digit code to the phone number ending in 42. It expires in 10 minutes.")
ok("innocent/en/password-field-name", "The login form posts fields `username`, `password` and `remember_me` to /session; the password input has autocomplete=\"current-password\".")
ok("innocent/en/order-number", "Order #114-3941689-8772232 shipped via UPS, tracking 1Z999AA10123456784. Estimated delivery Wed, Dec 9.")
ok("innocent/en/invoice", "Invoice INV-2026-00871 — 14 × USB-C dock @ $129.00 = $1,806.00, net 30, PO 4500019384.")
ok("innocent/en/flight", "Flight BA 287 LHR→SFO departs 11:35, gate A10, seat 32K. Baggage allowance 2 × 23 kg.")
ok("innocent/en/phone-number", "Call our support line at +1 (800) 555-0199 or +44 20 7946 0958, Mon–Fri 9:00–17:30.")
ok("innocent/en/error-codes", "Windows Update failed with 0x80070005 (access denied); the app also logged HTTP 429 and ORA-12541.")
ok("innocent/en/versions", "Upgraded nginx 1.25.3 → 1.27.2, OpenSSL 3.0.13, kernel 6.8.0-49-generic; see CVE-2024-6387.")
ok("innocent/en/ip-mac", "Device at 192.168.1.47 (MAC 3C:22:FB:9A:10:7E) holds a DHCP lease until 18:00; gateway 192.168.1.1.")
ok("innocent/en/ticket-ids", "Linked JIRA issues PAY-4821, PAY-4830 and Zendesk #772310 to incident INC0012345.")
ok("innocent/en/health-vitals", "Vitals: BP 128/82 mmHg, HR 74, SpO2 97%, temp 36.8 °C, HbA1c 6.1 %, LDL 2.9 mmol/L. Dx code E11.9.")
ok("innocent/en/ndc-loinc", "Metformin 500 mg tablet NDC 0093-1048-01; order LOINC 4548-4 (HbA1c) at next visit.")
ok("innocent/en/bank-public", "Our company's SWIFT/BIC is DEUTDEFFXXX; for international wires please reference invoice INV-2026-00871.")
ok("innocent/en/iban-example", "The IBAN format example from the ISO documentation is GB82 WEST 1234 5698 7654 32; ours has the same structure.")
ok("innocent/en/card-masked", "Payment received from card ending •••• 4417 (Visa), auth code approved, amount $86.40.")
ok("innocent/en/isbn", "Required textbook: ISBN 978-0-262-03384-8, 3rd edition, course CS 6.006, room 32-123.")
ok("innocent/en/container", "Container MSCU 472261 3 arrived Rotterdam, seal no. ML-8843120, HS code 8471.30, 18 pallets.")
ok("innocent/en/sscc", "Pallet label SSCC (00) 0 0614141 123456789 0, GTIN 09506000134352, lot 24K117, best before 2027-03-31.")
ok("innocent/en/vin", f"Vehicle VIN {vin()} — service due at 60,000 km; odometer reads 57,312 km.")
ok("innocent/en/minecraft-seed", "Minecraft world seed -4172144997902289642 spawns you next to a village and a ruined portal.")
ok("innocent/en/court-case", "Case No. 2:24-cv-01187-JLR (W.D. Wash.), hearing on Docket 47 set for 2027-02-11 at 10:00 AM.")
ok("innocent/en/doi-orcid", "See doi:10.1038/s41586-021-03819-2; corresponding author ORCID 0000-0002-1825-0097.")
ok("innocent/en/iot-firmware", "Thermostat firmware 4.2.17 (build 20261120), Zigbee channel 15, PAN ID 0x1A62, battery 82 %.")
ok("innocent/en/stripe-publishable", "const stripe = Stripe('pk_live_51Nc0mPANyPubL1sHaBLEkeY000EXAMPLE'); // publishable key, safe to ship in the browser")
ok("innocent/en/pubkey-pem", "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rs(AN + "+/", 28) + "\n" + rs(AN + "+/", 24) + "==\n-----END PUBLIC KEY-----")
ok("innocent/en/cert-fingerprint", f"TLS certificate SHA-256 fingerprint: {':'.join(hx(2).upper() for _ in range(32))}")
ok("innocent/en/age-public", f"Encrypt backups to this recipient: age1{rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}")
ok("innocent/en/wg-peer-public", f"[Peer]\n# laptop\nPublicKey = {wg_key()}\nAllowedIPs = 10.8.0.3/32")
ok("innocent/en/seed-word-talk", "A BIP-39 recovery phrase is 12 or 24 words; never type it into a website. Our wallet will never ask for it.")
ok("innocent/en/alarm-talk", "The alarm keypad beeps twice when armed; if you enter the wrong code three times it locks for 5 minutes.")
ok("innocent/en/base64-image", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
ok("innocent/en/css-hash", "<link rel=\"stylesheet\" href=\"/assets/app.3f9c2a1b.css\" integrity=\"sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC\">")
ok("innocent/en/ssn-format-doc", "Validation: SSNs are formatted AAA-GG-SSSS; numbers beginning with 000, 666 or 9xx are never issued.")
ok("innocent/en/rotated-token-talk", "I rotated the GitHub token that leaked yesterday and revoked the old one; the new one is stored only in Vault under ci/github.")
ok("innocent/en/hashed-password", "Users table stores bcrypt hashes with cost 12 — we never store plaintext passwords.")

ok("innocent/de/rechnung", "Rechnungsnummer RE-2026-00481 vom 03.12.2026, Betrag 1.249,90 €, zahlbar bis 17.12.2026. USt-IdNr. DE136695976 (Musterfirma GmbH).")
ok("innocent/de/sendung", "Ihre Sendung 00340434161094042557 wird heute zwischen 10:00 und 14:00 Uhr zugestellt.")
ok("innocent/de/passwort-hinweis", "Bitte geben Sie Ihr Passwort niemals telefonisch weiter – unsere Mitarbeiter fragen nie danach.")
ok("innocent/de/hrb", "Amtsgericht München, HRB 123456, Geschäftsführer: Dr. Anna Weiß. Telefon +49 89 1234 5678.")
ok("innocent/de/iban-beispiel", "Beispiel für das IBAN-Format: DE89 3704 0044 0532 0130 00 (offizielles Muster der Bundesbank).")
ok("innocent/fr/commande", "Votre commande n° 4012-7789-21 a été expédiée. Numéro de suivi Colissimo : 6A12345678901. Livraison prévue le 09/12.")
ok("innocent/fr/siret", "Facture F-2026-118 — SIRET 732 829 320 00074, TVA intracommunautaire FR40303265045, total TTC 842,60 €.")
ok("innocent/fr/mdp-conseil", "Conseil : choisissez un mot de passe d'au moins 12 caractères et activez la double authentification.")
ok("innocent/es/pedido", "Pedido nº 2026-55841 enviado por SEUR, localizador 5712 0099 3184. Importe: 89,95 € IVA incluido.")
ok("innocent/es/vuelo", "Vuelo IB 3166 Madrid–Lisboa, salida 07:25, puerta J54, asiento 14C. Terminal 4S.")
ok("innocent/es/contrasena-olvido", "Si olvidaste tu contraseña, pulsa «¿Olvidaste tu contraseña?» y te enviaremos un enlace.")
ok("innocent/it/fattura", "Fattura n. 2026/0417 del 02/12/2026, Partita IVA 01234567890 (ACME S.r.l.), imponibile 1.000,00 €, IVA 22%.")
ok("innocent/it/spedizione", "Spedizione BRT 084012345678, consegna prevista giovedì. Per assistenza chiama 011 397 1111.")
ok("innocent/pt/pedido", "Pedido #BR-778120 despachado pelos Correios, código de rastreio NB123456789BR, prazo de 5 dias úteis.")
ok("innocent/pt/cnpj-empresa", "Nota fiscal nº 000.118.402 emitida por Loja Exemplo Ltda., CNPJ 11.222.333/0001-81, valor R$ 349,90.")
ok("innocent/nl/bestelling", "Bestelnummer 2026-118-4471, track & trace 3SABCD1234567, bezorging tussen 18:00 en 21:00.")
ok("innocent/nl/kvk", "KvK-nummer 69599084, btw-id NL003456789B01, factuur 2026-0331, vervaldatum 31-12-2026.")
ok("innocent/pl/zamowienie", "Zamówienie nr 8841/12/2026 wysłane kurierem InPost, numer przesyłki 620000011122233344455566.")
ok("innocent/pl/haslo-rada", "Nigdy nie podawaj hasła przez telefon — bank nigdy o nie nie prosi.")
ok("innocent/sv/faktura", "Faktura 2026-0912, OCR-nummer 12345678903, bankgiro 5050-1055, att betala 2 450 kr senast 2026-12-31.")
ok("innocent/fi/lasku", "Laskun numero 100482, eräpäivä 20.12.2026, summa 129,00 €. Asiakaspalvelu puh. 010 123 4567.")
ok("innocent/da/ordre", "Ordrenummer 552-118-09, pakken er afsendt med PostNord, stregkode 00057151940000123456.")
ok("innocent/no/faktura", "Fakturanummer 88172, KID 0012345678, organisasjonsnummer 923 609 016 MVA.")
ok("innocent/cs/objednavka", "Objednávka č. 2026118842 byla odeslána, číslo zásilky DR1234567890Z. Cena 1 299 Kč.")
ok("innocent/hu/rendeles", "Rendelésszám: HU-2026-77120, csomagszám 5090123456789, végösszeg 24 990 Ft.")
ok("innocent/ro/comanda", "Comanda nr. 1188420 a fost predată curierului Fan Courier, AWB 2345678901234, total 349,99 lei.")
ok("innocent/tr/siparis", "Sipariş numaranız 40718822, kargo takip no 7290012345678, tahmini teslim 10 Aralık.")
ok("innocent/tr/sifre-uyari", "Şifrenizi kimseyle paylaşmayın; banka çalışanları sizden asla şifre istemez.")
ok("innocent/el/paraggelia", "Αριθμός παραγγελίας 2026-44821, αριθμός αποστολής ACS 7401234567, σύνολο 58,40 €.")
ok("innocent/ru/zakaz", "Заказ № 12-4471-08 передан в СДЭК, трек-номер 1234567890, доставка 10 декабря. Телефон +7 495 123-45-67.")
ok("innocent/ru/parol-sovet", "Никогда не сообщайте пароль и код из SMS сотрудникам банка — они их не спрашивают.")
ok("innocent/uk/zamovlennia", "Замовлення № 770182 відправлено Новою поштою, ТТН 20450012345678, сума 1 250 грн.")
ok("innocent/ar/talab", "رقم الطلب 7741920، رقم التتبع ARX 3310 4521 88، موعد التسليم 12 ديسمبر. للاستفسار: 920000000")
ok("innocent/ar/tahdhir", "تنبيه: لن نطلب منك أبداً كلمة المرور أو رمز التحقق عبر الهاتف.")
ok("innocent/he/hazmana", "מספר הזמנה 55-118240, מספר משלוח IL1234567890, מועד מסירה משוער: יום חמישי.")
ok("innocent/fa/sefaresh", "شماره سفارش ۴۴۱۲۹۸، کد رهگیری پست ۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰، مبلغ ۲٬۵۰۰٬۰۰۰ ریال.")
ok("innocent/hi/order", "आपका ऑर्डर नंबर 402-7781902-1184 भेज दिया गया है, ट्रैकिंग नंबर SF1234567890IN, डिलीवरी 10 दिसंबर तक।")
ok("innocent/hi/otp-chetavni", "कृपया अपना OTP या पिन किसी के साथ साझा न करें। बैंक कभी भी फ़ोन पर OTP नहीं माँगता।")
ok("innocent/bn/order", "অর্ডার নম্বর ৭৭৮১২০, ট্র্যাকিং কোড DX-2026-55120, মোট ১,২৫০ টাকা।")
ok("innocent/ta/order", "உங்கள் ஆர்டர் எண் 88120445, டெலிவரி தேதி டிசம்பர் 11. வாடிக்கையாளர் சேவை 1800 425 1234.")
ok("innocent/ur/order", "آپ کا آرڈر نمبر 551820 ہے، ٹریکنگ نمبر TCS 7712 0045 81۔")
ok("innocent/ja/chumon", "ご注文番号：250-1184-7721　お問い合わせ番号：4431-2280-1175（ヤマト運輸）。お届け予定 12月10日。")
ok("innocent/ja/password-annai", "パスワードは8文字以上で、英大文字・小文字・数字を含めてください。")
ok("innocent/ja/denwa", "お問い合わせはフリーダイヤル 0120-123-456 まで（平日 9:00〜18:00）。")
ok("innocent/zh/dingdan", "订单号：202612071184452，快递单号：SF1234567890123，预计12月9日送达。客服电话 400-820-8820。")
ok("innocent/zh/mima-tishi", "温馨提示：请勿向任何人透露您的密码和验证码，客服不会索要。")
ok("innocent/zh/fapiao", "发票代码 044031900111，发票号码 12345678，金额 ¥1,280.00，税率 13%。")
ok("innocent/ko/jumun", "주문번호 20261207-0045812, 운송장 번호 6012-3456-7890 (CJ대한통운), 결제 금액 48,900원.")
ok("innocent/ko/bimilbeonho-annae", "비밀번호는 8자 이상, 영문·숫자·특수문자를 조합해 주세요. 비밀번호를 잊으셨나요?")
ok("innocent/th/order", "หมายเลขคำสั่งซื้อ 2612078841 หมายเลขพัสดุ TH0123456789A จัดส่งภายใน 3 วัน")
ok("innocent/vi/don-hang", "Mã đơn hàng 2612074471, mã vận đơn GHN-5LK8Q2, tổng tiền 349.000 ₫.")
ok("innocent/id/pesanan", "Nomor pesanan INV/20261207/MPL/3381920, resi JNE 0112 2045 8831, total Rp 245.000.")
ok("innocent/ms/pesanan", "Nombor pesanan MY-2026-11820, nombor penjejakan EX123456789MY, jumlah RM 89.90.")
ok("innocent/sw/oda", "Namba ya oda 77120, namba ya ufuatiliaji 4410 2233 8812, jumla KSh 3,450.")
ok("innocent/tl/order", "Ang order number mo ay 2612-0771, tracking number JT0012345678, total ₱1,299.00.")
ok("innocent/ca/comanda", "Comanda núm. 2026-0881, número de seguiment 8841 2290 1150, import 64,50 €.")
ok("innocent/mixed/de-en-deploy", "Deploy auf prod ist durch: version 3.14.1, commit " + _commit[:12] + ", alle health checks grün.")
ok("innocent/mixed/ja-en-error", "エラー: HTTP 401 Unauthorized（トークンの有効期限切れ）。再ログインしてください。request_id=" + uuid4())
ok("innocent/mixed/es-en-meeting", "Meeting ID 845 2291 0073 (Zoom), agenda: Q1 roadmap, hiring, budget review. Nos vemos a las 16:00 CET.")
ok("innocent/mixed/zh-en-crypto", f"我们的收款地址（public address）: {eth_addr()}，请只转 USDC (ERC-20)。")
ok("innocent/mixed/hi-en-bank", "Branch IFSC code SBIN0001234, MICR 400002003 — ye public details hain, account number alag se bhejunga.")
ok("innocent/ar/iban-format", "صيغة الآيبان في السعودية تتكون من 24 خانة وتبدأ بـ SA متبوعة برقمين للتحقق.")
ok("innocent/de/placeholder", "Trage in der .env dein eigenes Token ein: GITHUB_TOKEN=<dein-token> – niemals das echte Token ins Repo committen.")
ok("innocent/fr/placeholder", "Remplacez VOTRE_CLE_API par votre clé personnelle : curl -H \"X-API-Key: VOTRE_CLE_API\" https://api.exemple.fr/v2/")
ok("innocent/ko/commit", f"커밋 {hx(40)} 에서 로그인 버그 수정, 버전 2.8.0 배포 완료.")
ok("innocent/ru/hash", f"Контрольная сумма SHA-256 образа: {hx(64)}")
ok("innocent/pt/uuid", f"ID da transação: {uuid4()} — guarde este número para consultas.")
ok("innocent/it/farmaco", "Terapia: ramipril 5 mg 1 cp/die, AIC 027101018; pressione 135/85, peso 78,4 kg.")
ok("innocent/nl/zorg", "Afspraak bij de huisarts op 15-01-2027 om 10:20, kamer 3. Bloeddruk 132/84, BMI 24,7.")
ok("innocent/sv/recept", "Recept: Alvedon 500 mg, 1–2 tabletter vid behov, högst 8 per dygn. Vårdcentral tel 08-123 456 78.")
ok("innocent/pl/lekarz", "Wizyta u kardiologa 12.01.2027, godz. 11:15, gabinet 207. Ciśnienie 140/90, tętno 72.")
ok("innocent/he/test-card", "כרטיס בדיקה לסביבת הפיתוח: 4111 1111 1111 1111, תוקף 12/30 — לא כרטיס אמיתי.")
ok("innocent/el/timologio", "Τιμολόγιο Α-2026/0918, ΑΦΜ εταιρείας 094014201, σύνολο 1.240,00 €.")
ok("innocent/id/seed-game", "Seed dunia Minecraft kami 8091867987493326313, cari desa di koordinat 240, 64, -512.")
ok("innocent/th/flight", "เที่ยวบิน TG 676 กรุงเทพฯ–โตเกียว ออกเวลา 22:45 ประตู C2 ที่นั่ง 41A")
ok("innocent/vi/loi", "Lỗi 0x80070057 khi cập nhật Windows; phiên bản 23H2, bản dựng 22631.4602.")
ok("innocent/tr/versiyon", "Uygulama sürümü 5.12.0 (build 5120034), Android 14, cihaz Pixel 8.")

# --- more settings × languages ---
s("gov/en/uk-driving-licence", f"Hire car desk: licence number {(v:=dvla())}, DVLA check code issued today.", v)
s("gov/en/us-drivers-license", f"CA driver license # {(v:=dl_ca())}, class C, exp 2029 — copied from the rental form.", v)
s("education/de/moodle", f"Hallo Frau Krüger, das Moodle-Passwort von Leon lautet {(v:=pw(10))}. Er hat es leider wieder vergessen.", v)
s("education/fr/ent", f"Identifiant ENT : lucas.bernard7 — mot de passe provisoire : {(v:=pw(10))}", v)
s("education/ja/gakuseki", f"学内ポータルの初期パスワードは {(v:=pw(10))} です。初回ログイン後に必ず変更してください。", v)
s("logistics/nl/poortcode", f"Chauffeur: poortcode van het magazijn in Venlo is {(v:=rs(DG, 4))}#, dock 12, melden bij de balie.", v)
s("logistics/es/api", f"Credenciales de la API de transportista: usuario LOGI_ES_044, clave {(v:=pw(16))}", v)
s("legal/fr/coffre", f"Le code d'accès au coffre-fort numérique de l'étude notariale est {(v:=rs(UP + DG, 10))}. Merci de ne pas le transférer.", v)
s("legal/de/bea", f"beA-PIN für das Kanzleipostfach: {(v:=rs(DG, 6))} (nur für RAin Vogel).", v)
s("legal/it/pec", f"Credenziali PEC dello studio legale: studio.rinaldi@pec.it / {(v:=pw())}", v)
s("research/ja/api", f"実験用のAPIキー：{(v:=openai_key())}（研究室の共有アカウント）", v)
s("telecom/de/router", f"FRITZ!Box-Kennwort (Aufkleber Unterseite): {(v:='-'.join(rs(DG, 4) for _ in range(4)))}", v)
s("telecom/fr/box", f"Clé WPA de la Livebox : {(v:=rs('ABCDEF0123456789', 26))}", v)
s("telecom/pt/puk", f"O PUK do cartão é {(v:=rs(DG, 8))}, estava no suporte do SIM.", v)
s("home/ko/doorlock", f"현관 도어락 비밀번호 {(v:=rs(DG, 6))}* 이에요. 택배는 문 앞에 두세요.", v)
s("home/es/caja-fuerte", f"La combinación de la caja fuerte del despacho es {(v:='-'.join(str(_R.randint(0, 99)) for _ in range(3)))}.", v)
s("home/it/allarme", f"Codice dell'allarme di casa: {(v:=rs(DG, 5))}. Se scatta, chiama la vigilanza e dì la parola d'ordine.", v)
s("gaming/ru/akkaunt", f"Данные от аккаунта Steam: логин shadow_fox_77, пароль {(v:=pw())}, гард на моём телефоне.", v)
s("gaming/pt/conta", f"Passa a tua conta do Roblox, o login é pedrinho2014 e a senha é {(v:=rs(LO, 6) + rs(DG, 4))}", v)
s("smallbiz/es/contabilidad", f"Acceso a Holded para la gestoría: admin@panaderia-lopez.es / {(v:=pw())}", v)
s("retail/zh/dianpu", f"淘宝店铺后台登录：账号 xiaomei_shop，密码 {(v:=pw())}，验证码发到老板手机。", v)
s("finance/ar/card", f"رقم البطاقة {(v:=fmt_card(card('visa')))} وتاريخ الانتهاء 06/29، الرجاء إتمام الدفع.", v)
s("finance/tr/kart", f"Kart numaram {(v:=fmt_card(card('mc')))}, son kullanma 10/28, CVV {rs(DG, 3)}.", v)
s("health/nl/zorgportaal", f"DigiD-wachtwoord van mijn moeder (voor het zorgportaal): {(v:=pw())}", v)
s("health/sv/bankid", f"Min BankID-säkerhetskod är {(v:=rs(DG, 6))}, kan du logga in på 1177 åt mig?", v)
s("travel/fr/passeport", f"Numéro de passeport : {(v:=rs(DG, 2) + rs(UP, 2) + rs(DG, 5))}, délivré à Lyon, valable jusqu'en 2032.", v)
s("travel/ja/passport", f"パスポート番号：{(v:='T' + rs('KRZ', 1) + rs(DG, 7))}（有効期限 2031年4月）", v)
s("travel/zh/huzhao", f"护照号码：{(v:='E' + rs(DG, 8))}，签发日期 2022-05-16。", v)
s("travel/ko/yeokwon", f"여권번호 {(v:='M' + rs(DG, 8))} 로 항공권 예약해 주세요.", v)
s("crypto/ja/seed", f"シードフレーズ（絶対に他人に見せないこと）：{(v:=seed(12))}", v)
s("crypto/de/privkey", f"Privater Schlüssel der Testnet-Wallet ist eigentlich Mainnet: {(v:=btc_wif())}", v)
s("devops/en/dictated-split", f"Reading the root password to you in chunks so nobody shoulder-surfs: first '{(v:=(_p := pw(16))[:8])}', then the rest is on the sticky note.", v)
s("devops/en/reversed-encoded", f"The admin password, hex-encoded for the ticket system: {(v:=pw().encode().hex())}", v)
ok("innocent/en/jwt-header-explained", "Every HS256 token starts with the same header segment eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9, which just decodes to {\"alg\":\"HS256\",\"typ\":\"JWT\"} — the header alone is not a secret.")
ok("innocent/en/k8s-pods", "NAME                          READY   STATUS             RESTARTS\napi-7d9f8b6c5d-x2k9p          0/1     CrashLoopBackOff   14\nworker-5c4b9f7d8-qm7tz        1/1     Running            0")


# ---------------------------------------------------------------------
def _self_check():
    ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for x in SECRETS:
        assert x.secret and x.secret in x.text, x.id


_self_check()
