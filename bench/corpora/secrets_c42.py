"""Independent secret-redaction test corpus c42 (setting: coding-agent sessions).

Started: 2026-12-07 19:19:11 UTC (from `date`).

Totals: 228 SECRETS, 223 INNOCENT (451 texts). Deterministic: random.Random(SEED=42010),
standard library only. Every text has 1-12 lines; each record is written as its own situation
(Claude Code / Codex-style tool calls and outputs, file reads, diffs, env files, CI logs,
package-manager and cloud CLI output, test failures, git output, chat messages, agent
thoughts, summaries, lessons).

Counts by language (secrets/innocent), 43 language tags:
  en 83/81, de 6/6, ja 6/5, ko 5/5, tr 5/5, fr 5/5, zh 5/5, ru 5/5, pt-BR 4/5, es 5/4, ar 4/5,
  nl 4/4, pl 4/4, vi 4/3, sv 3/4, it 3/4, hi-Latn (Hinglish) 4/3, zh-Hant 3/3, sw 3/3, ro 3/3,
  da 3/3, bn 3/3, ur 3/3, fa 3/3, hi 3/3, cs 3/3, no 3/3, id 3/3, el 3/3, hu 3/3,
  tl (Taglish) 3/3, fi 3/3, uk 3/3, th 3/3, ta 3/3, sr (Cyrillic) 3/3, he 3/3, ca 3/2, et 3/2,
  ar-Latn (Arabizi) 3/2, pt-PT 2/2, zh-en-mix 1/1, es-Latn-mix (Spanglish) 1/1.
  English is 164/451 (about 36%).

Counts by setting (secrets/innocent):
  user-chat 87/41, file-read 26/66, bash-output 20/59, test-failure 3/21, file-edit 18/5,
  bash-call 20/0, summary 12/3, ci-log 6/8, env-file 12/1, agent-thought 9/4, tool-call 6/3,
  git-output 3/4, cloud-cli 2/4, lesson 2/2, pkg-manager 2/2.

Check digits: card numbers are Luhn-valid; IBANs pass mod-97; national ids use their real
algorithms (DNI letter, CPF, BSN 11-check, PESEL, NIR key, personnummer, HETU, fødselsnummer,
TCKN, Israeli id, Chinese id, Aadhaar Verhoeff, SIN, Korean RRN, My Number, NHS, Steuer-ID,
isikukood, Saudi id, RNOKPP, INN, SNILS, AMKA, CNP, TAJ, rodné číslo, Thai id, Iranian code,
NIF, JMBG, Taiwan id, Medicare). Business numbers on the innocent side are valid too
(CNPJ, SIREN, USt-IdNr, Partita IVA, NIP, org.nr, Y-tunnus, CVR, IČO, INN-10, Korean BRN,
Japanese corporate number, USCC). BIP39 seed phrases use real wordlist words, but their
checksum is not enforced because the full wordlist isn't available here.

Labelling choices for borderline cases:
  * Secret: any live-looking credential, even when it shows up "by accident" (a Heroku API key that
    looks like a plain UUID, base64 values in a k8s Secret, a Basic-auth header, a DSN password in a
    traceback, a .env file being staged in git). Only the part that grants access is marked
    (for example the password in a URL, or the secret key next to an AWS key id).
  * Secret: personal identifiers and bank data of real people that a user pastes "just for a test"
    (SSN, Aadhaar, PESEL, CPF, IBAN of a private account, passport, Medicare, NHS number taken
    from a production query), plus one-time codes, PINs, door, locker and alarm codes, wifi
    passwords and security answers.
  * Innocent: values that are public by design or come from documentation: public keys, certificates,
    JWKS, age/WireGuard public keys, Ethereum addresses and transaction hashes, Stripe publishable
    keys (pk_live_) and object ids (cus_, pi_, evt_), Google OAuth client ids, AWS account ids, ARNs,
    Azure subscription and tenant ids, AKIAIOSFODNN7EXAMPLE, the Stripe and Visa test cards
    4242.../4111..., the ISO example IBAN DE89..., official test personal numbers, and the xkcd phrase
    used as a fixture in a password-strength test.
  * Innocent: masked values (****4821, gho_****, `password: ***`, "(sensitive value)", "(hidden)"),
    placeholders (<your-api-key>, sk_live_xxx, change-me, ${VAR}, ${{ secrets.X }}), company
    registration and VAT numbers, order, tracking, booking and transaction ids, phone numbers, hashes,
    digests, checksums, SHAs, UUIDs, trace ids, base64 of non-secret data, and sentences that only
    mention passwords or tokens without giving a value.
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
from typing import NamedTuple

SEED = 42010
R = random.Random(SEED)


class Secret(NamedTuple):
    id: str
    text: str
    secret: str


class Innocent(NamedTuple):
    id: str
    text: str


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
META: dict[str, tuple[str, str]] = {}   # id -> (language, setting)
_counter = {"s": 0, "i": 0}


def S(lang: str, setting: str, text: str, secret: str) -> None:
    _counter["s"] += 1
    i = f"c42-s{_counter['s']:03d}-{lang}"
    SECRETS.append(Secret(i, text.strip("\n"), secret))
    META[i] = (lang, setting)


def I(lang: str, setting: str, text: str) -> None:
    _counter["i"] += 1
    i = f"c42-i{_counter['i']:03d}-{lang}"
    INNOCENT.append(Innocent(i, text.strip("\n")))
    META[i] = (lang, setting)


def F(_t: str, **kw: str) -> str:
    for k, v in kw.items():
        _t = _t.replace("{" + k + "}", str(v))
    return _t


# ---------------------------------------------------------------- generators
AL = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UP = string.ascii_uppercase + string.digits


def rs(n: int, al: str = AL) -> str:
    return "".join(R.choice(al) for _ in range(n))


def hx(n: int) -> str:
    return rs(n, HEX)


def dg(n: int) -> str:
    return rs(n, string.digits)


def b64s(n: int) -> str:
    return rs(n, AL + "+/")


def b64u(n: int) -> str:
    return rs(n, AL + "-_")


def uid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64key(nbytes: int) -> str:
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64url_json(obj) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(payload: dict, alg: str = "HS256") -> str:
    h = b64url_json({"alg": alg, "typ": "JWT"})
    p = b64url_json(payload)
    return f"{h}.{p}.{b64u(43)}"


WORDS = ("sunset harbor pickle maple tiger violet rocket ocean copper falcon river lemon "
         "velvet orbit cactus biscuit tundra canyon whisky cobalt mango nebula pepper").split()
SYMS = "!@#$%&*?-_+."


def human_pw() -> str:
    w = R.choice(WORDS)
    w = w.capitalize() if R.random() < 0.7 else w
    if R.random() < 0.4:
        w = w.replace("o", "0").replace("a", "@", 1)
    return w + dg(R.choice([2, 4])) + R.choice(SYMS)


def rand_pw(n: int = 16) -> str:
    while True:
        p = rs(n, AL + "!#%^*-_=+")
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
            return p


BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident "
         "account accuse achieve acid acoustic acquire across action actor actress actual adapt "
         "addict address adjust admit adult advance advice aerobic affair afford afraid again agent "
         "agree ahead airport aisle alarm album alcohol alert alien alley allow almost alone alpha "
         "already alter always amateur amazing among amount amused analyst anchor ancient anger "
         "angle angry animal ankle announce annual another answer antenna antique anxiety apart "
         "apology appear apple approve april arctic arena argue armor army around arrange arrest "
         "arrive arrow artefact artist artwork aspect assault asset assist assume asthma athlete "
         "atom attack attend attitude attract auction audit august aunt author autumn average "
         "avocado avoid awake aware awesome awful awkward axis").split()


def seed_phrase(n: int = 12) -> str:
    return " ".join(R.choice(BIP39) for _ in range(n))


B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def totp_secret(n: int = 32) -> str:
    return rs(n, B32)


# --- check-digit helpers
def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
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


def card(prefix: str, length: int = 16) -> str:
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body)


def g4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def es_dni() -> str:
    n = R.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def br_cpf() -> str:
    d = [R.randint(0, 9) for _ in range(9)]
    for w in (10, 11):
        s = sum(x * (w - i) for i, x in enumerate(d))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def br_cnpj() -> str:
    d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(a * b for a, b in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def nl_bsn() -> str:
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        r = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if r <= 9:
            return "".join(map(str, d + [r]))


def pl_pesel() -> str:
    y, m, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    body = f"{y:02d}{m:02d}{dd:02d}{dg(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


def fr_nir() -> str:
    body = f"{R.choice('12')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def se_pnr() -> str:
    body = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def fi_hetu() -> str:
    dd, mm, yy, n = R.randint(1, 28), R.randint(1, 12), R.randint(55, 99), R.randint(2, 899)
    num = int(f"{dd:02d}{mm:02d}{yy:02d}{n:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{n:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[num % 31]}"


def no_fnr() -> str:
    while True:
        d = [int(c) for c in f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(55, 99):02d}{R.randint(0, 499):03d}"]
        k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, d + [k2]))


def tr_tckn() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def il_id() -> str:
    b = dg(8)
    return b + luhn_digit(b)


def cn_id() -> str:
    region = R.choice(["110105", "310104", "440106", "510107", "330106", "420111"])
    body = f"{region}{R.randint(1965, 2001)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def in_aadhaar() -> str:
    b = str(R.randint(2, 9)) + dg(10)
    s = b + verhoeff_digit(b)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def ca_sin() -> str:
    b = str(R.randint(1, 7)) + dg(7)
    s = b + luhn_digit(b)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def za_id() -> str:
    b = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(4)}08"
    return b + luhn_digit(b)


def kr_rrn() -> str:
    b = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.choice('12')}{dg(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * y for x, y in zip(b, w)) % 11) % 10
    return f"{b[:6]}-{b[6:]}{c}"


def jp_mynumber() -> str:
    b = dg(11)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    return f"{b[:4]} {b[4:8]} {b[8:]}{c}"


def us_ssn() -> str:
    a = R.choice([x for x in range(101, 665)])
    return f"{a:03d}-{R.randint(10, 99):02d}-{R.randint(1000, 9999):04d}"


def uk_nino() -> str:
    return (R.choice("ABCEGHJKLMNPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
            + dg(6) + R.choice("ABCD"))


def uk_nhs() -> str:
    while True:
        b = dg(9)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = b + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def de_steuerid() -> str:
    while True:
        digs = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(9)]
        counts = sorted([digs.count(x) for x in set(digs)], reverse=True)
        if counts[0] == 2 and counts[1] == 1:
            break
    prod = 10
    for x in digs:
        s = (x + prod) % 10
        s = 10 if s == 0 else s
        prod = (s * 2) % 11
    c = 11 - prod
    c = 0 if c == 10 else c
    s = "".join(map(str, digs)) + str(c)
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def ee_isikukood() -> str:
    b = f"{R.choice('3456')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{dg(3)}"
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    r = sum(int(x) * y for x, y in zip(b, w1)) % 11
    if r == 10:
        r = sum(int(x) * y for x, y in zip(b, w2)) % 11
        r = 0 if r == 10 else r
    return b + str(r)


def sa_nid() -> str:
    b = "1" + dg(8)
    return b + luhn_digit(b)


def ua_rnokpp() -> str:
    b = dg(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str((sum(int(x) * y for x, y in zip(b, w)) % 11) % 10)


def ru_inn12() -> str:
    d = [int(c) for c in "77" + dg(8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def ru_snils() -> str:
    b = dg(9)
    s = sum(int(x) * (9 - i) for i, x in enumerate(b))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def gr_amka() -> str:
    b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}{dg(4)}"
    return b + luhn_digit(b)


def ro_cnp() -> str:
    b = f"{R.choice('12')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 46):02d}{dg(3)}"
    w = "279146358279"
    c = sum(int(x) * int(y) for x, y in zip(b, w)) % 11
    return b + ("1" if c == 10 else str(c))


def hu_taj() -> str:
    b = dg(8)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(b)) % 10
    s = b + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def cz_rc() -> str:
    while True:
        b = f"{R.randint(60, 99):02d}{R.choice([R.randint(1, 12), R.randint(51, 62)]):02d}{R.randint(1, 28):02d}{dg(3)}"
        for last in range(10):
            if int(b + str(last)) % 11 == 0:
                return f"{b[:6]}/{b[6:]}{last}"


def th_id() -> str:
    b = str(R.randint(1, 8)) + dg(11)
    c = (11 - sum(int(x) * (13 - i) for i, x in enumerate(b)) % 11) % 10
    s = b + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def ir_melli() -> str:
    while True:
        b = dg(9)
        s = sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        c = s if s < 2 else 11 - s
        if len(set(b)) > 1:
            return b + str(c)


def pt_nif() -> str:
    b = R.choice("123") + dg(7)
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
    return b + ("0" if c >= 10 else str(c))


def au_tfn() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        b = dg(8)
        for last in range(10):
            if sum(int(x) * y for x, y in zip(b + str(last), w)) % 11 == 0:
                s = b + str(last)
                return f"{s[:3]} {s[3:6]} {s[6:]}"


def au_abn() -> str:
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        d = [R.randint(1, 9), 0] + [R.randint(0, 9) for _ in range(9)]
        for a in range(10):
            for b in range(10):
                d[1] = a
                dd = d[:]
                dd[0] -= 1
                if b == 0 and sum(x * y for x, y in zip(dd, w)) % 89 == 0:
                    s = "".join(map(str, d))
                    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def fr_siren() -> str:
    b = str(R.randint(3, 9)) + dg(7)
    return b + luhn_digit(b)


def ean13(prefix: str) -> str:
    b = prefix + dg(12 - len(prefix))
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b))
    return b + str((10 - s % 10) % 10)


def pl_nip() -> str:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        b = str(R.randint(1, 9)) + dg(8)
        c = sum(int(x) * y for x, y in zip(b, w)) % 11
        if c != 10:
            s = b + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def sha1() -> str:
    return hx(40)


def sha256() -> str:
    return hx(64)


def aws_akid() -> str:
    return "AKIA" + rs(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return rs(40, AL + "+/")


def ghp() -> str:
    return "ghp_" + rs(36)


def slack_bot() -> str:
    return f"xoxb-{dg(12)}-{dg(13)}-{rs(24)}"


def stripe_live() -> str:
    return "sk_live_" + rs(99)[:R.choice([24, 99])]


def openai_key() -> str:
    return "sk-proj-" + b64u(74) + "T3BlbkFJ" + b64u(74)


def anthropic_key() -> str:
    return "sk-ant-api03-" + b64u(93) + "AA"


def gapi() -> str:
    return "AIza" + b64u(35)


def pem_body(lines: int) -> list[str]:
    return [b64s(64) for _ in range(lines)]


def eth_addr() -> str:
    return "0x" + "".join(c.upper() if R.random() < 0.5 and c.isalpha() else c for c in hx(40))


def ts() -> str:
    return f"2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


# ============================================================ SECRETS
# ---------------------------------------------------------------- English
v = rand_pw(14)
S("en", "bash-call", F(r'''{"type":"tool_use","name":"Bash","input":{"command":"PGPASSWORD='{v}' psql -h db-primary.internal -U billing -d billing -c 'select count(*) from invoices where status = \'open\''","description":"Count open invoices on the primary"}}''', v=v), v)

v = stripe_live()
S("en", "bash-output", F(r'''⏺ Bash(cat .env.production)
  ⎿  NODE_ENV=production
     PORT=8080
     DATABASE_URL=${RENDER_DATABASE_URL}
     STRIPE_SECRET_KEY={v}
     STRIPE_PUBLISHABLE_KEY=pk_live_51NzQeKJ2cF0aT5Ut8vXq
     LOG_LEVEL=info''', v=v), v)

v = rs(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
S("en", "file-edit", F(r'''Update(backend/core/settings/prod.py)
  ⎿  Updated backend/core/settings/prod.py with 2 additions and 1 removal
       21    DEBUG = False
       22 -  SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
       22 +  SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "{v}")
       23    ALLOWED_HOSTS = ["api.tallyho.io"]''', v=v), v)

v = ghp()
S("en", "user-chat", F(r'''ok the push keeps failing with 403. just use this one instead, it has repo scope: {v}
and then open the PR against develop not main pls''', v=v), v)

v = "npm_" + rs(36)
S("en", "ci-log", F(r'''2025-03-11T09:14:52.1183420Z npm verb title npm publish
2025-03-11T09:14:52.1187755Z npm verb argv "publish" "--access" "public" "--loglevel" "verbose"
2025-03-11T09:14:52.1201933Z npm verb config //registry.npmjs.org/:_authToken={v}
2025-03-11T09:14:52.9402117Z npm verb publish [ 'dist/index.js', 'dist/index.d.ts' ]''', v=v), v)

v = "glpat-" + rs(20, AL + "-_")
S("en", "git-output", F(r'''$ git remote -v
origin	https://oauth2:{v}@gitlab.com/fenwick-labs/ingest-worker.git (fetch)
origin	https://oauth2:{v}@gitlab.com/fenwick-labs/ingest-worker.git (push)''', v=v), v)

a, v = aws_akid(), aws_secret()
S("en", "bash-output", F(r'''exec bash -lc 'cat ~/.aws/credentials' in /home/dev/infra
 succeeded in 12ms:
[default]
aws_access_key_id = {a}
aws_secret_access_key = {v}
region = eu-west-1''', a=a, v=v), v)

body = pem_body(5)
S("en", "file-read", "Read(~/.ssh/deploy_ed25519)\n  ⎿  -----BEGIN OPENSSH PRIVATE KEY-----\n     b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n     " + "\n     ".join(body[1:4]) + "\n     -----END OPENSSH PRIVATE KEY-----", body[2])

v = human_pw()
S("en", "bash-call", F(r'''Bash(echo "{v}" | docker login registry.gitlab.com -u ci-deployer --password-stdin && docker push registry.gitlab.com/acme/api:1.14.2)''', v=v), v)

pw = rand_pw(18)
v = base64.b64encode(pw.encode()).decode()
S("en", "bash-output", F(r'''$ kubectl get secret pg-app -n payments -o yaml
apiVersion: v1
data:
  password: {v}
  username: YXBwX3BheW1lbnRz
kind: Secret
metadata:
  name: pg-app
  namespace: payments
type: Opaque''', v=v), v)

v = jwt({"sub": "usr_8812", "email": "m.okafor@brightlane.co", "role": "admin", "iat": 1741690000, "exp": 1741776400})
S("en", "test-failure", F(r'''FAILED tests/api/test_exports.py::test_export_requires_admin - AssertionError: expected 403, got 200
E   request headers: {'Authorization': 'Bearer {v}', 'Accept': 'text/csv'}
E   response: 200 OK (1.2 MB)''', v=v), v)

v = human_pw()
S("en", "bash-call", F(r'''curl -sS -u admin:{v} -X POST https://jenkins.corp.local/job/nightly-etl/build?delay=0sec''', v=v), v)

v = "npm_" + rs(36)
S("en", "file-read", F(r'''Read(.npmrc)
  ⎿  @fenwick:registry=https://npm.pkg.github.com
     //registry.npmjs.org/:_authToken={v}
     always-auth=true''', v=v), v)

v = f"https://hooks.slack.com/services/T0{rs(8, UP)}/B0{rs(8, UP)}/{rs(24)}"
S("en", "file-edit", F(r'''@@ -12,6 +12,9 @@ alerting:
   pagerduty: false
+  slack:
+    enabled: true
+    webhook_url: "{v}"
+    channel: "#ops-alerts"''', v=v), v)

v = rand_pw(20)
S("en", "file-read", F(r'''# environments/prod/terraform.tfvars
region          = "us-east-2"
instance_class  = "db.r6g.large"
db_username     = "orders_admin"
db_password     = "{v}"
multi_az        = true''', v=v), v)

a, v = aws_akid(), aws_secret()
S("en", "agent-thought", F(r'''The user pasted their credentials directly in chat (key id {a}, secret {v}). I'll put them into ~/.aws/credentials under a named profile instead of hardcoding them in deploy.sh, and suggest rotating them afterwards.''', a=a, v=v), v)

v = "xoxb-" + dg(12) + "-" + dg(13) + "-" + rs(24)
S("en", "summary", F(r'''Summary of session:
- Wired the release bot to post to #releases using bot token {v}
- Added retry with exponential backoff on 429s
- TODO: move token into Vault before merging''', v=v), v)

v = rand_pw(12)
S("en", "lesson", F(r'''Lesson learned: staging and prod Redis share the same requirepass ({v}), so flushing staging from the wrong shell context is catastrophic. Always check `redis-cli -h` target before FLUSHALL.''', v=v), v)

c = card("4", 16)
v = g4(c)
S("en", "user-chat", F(r'''the sandbox keeps rejecting the test card so just try mine for the $1 auth: {v}  exp 09/28  cvc 417. I'll refund it after''', v=v), v)

v = us_ssn()
S("en", "user-chat", F(r'''can you make the w9 generator prefill my info for now? name Dana R. Whitcomb, SSN {v}, address 88 Larch St Apt 3, Duluth MN 55803''', v=v), v)

v = dg(6)
S("en", "user-chat", F(r'''it's asking for the 2fa code from my authenticator. here: {v}
quick, it expires in like 20 sec''', v=v), v)

codes = [f"{hx(5)}-{hx(5)}" for _ in range(8)]
S("en", "file-read", "Read(~/Downloads/github-recovery-codes.txt)\n  ⎿  " + "\n     ".join(codes) + "\n     Keep your recovery codes in a safe spot.", codes[3])

v = seed_phrase(12)
S("en", "env-file", F(r'''# .env.local  (hardhat)
SEPOLIA_RPC_URL=https://eth-sepolia.g.alchemy.com/v2/demo
MNEMONIC="{v}"
REPORT_GAS=true''', v=v), v)

v = "0x" + hx(64)
S("en", "file-edit", F(r'''--- a/hardhat.config.ts
+++ b/hardhat.config.ts
@@ -18,7 +18,7 @@ const config: HardhatUserConfig = {
     mainnet: {
       url: process.env.MAINNET_RPC!,
-      accounts: [process.env.DEPLOYER_PK!],
+      accounts: ["{v}"],
     },''', v=v), v)

v = rand_pw(16)
S("en", "bash-output", F(r'''  ⎿  MongoServerSelectionError: connection <monitor> to 10.4.2.17:27017 closed
         at Timeout._onTimeout (node_modules/mongodb/lib/sdam/topology.js:285:38)
       uri: "mongodb+srv://reporting:{v}@cluster0.x7kqa.mongodb.net/analytics?retryWrites=true&w=majority"''', v=v), v)

v = b64key(64)
S("en", "env-file", F(r'''AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=stmediaprodweu;AccountKey={v};EndpointSuffix=core.windows.net"
AZURE_CONTAINER=uploads''', v=v), v)

body = pem_body(3)
S("en", "file-read", F(r'''{
  "type": "service_account",
  "project_id": "ledger-prod-4471",
  "private_key_id": "{kid}",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ{b1}\n{b2}\n-----END PRIVATE KEY-----\n",
  "client_email": "ci-deployer@ledger-prod-4471.iam.gserviceaccount.com"
}''', kid=hx(40), b1=body[0][:14], b2=body[1]), body[1])

v = hx(32)
S("en", "file-edit", F(r'''+from twilio.rest import Client
+
+ACCOUNT_SID = "AC{sid}"
+AUTH_TOKEN = "{v}"
+client = Client(ACCOUNT_SID, AUTH_TOKEN)''', sid=hx(32), v=v), v)

v = f"SG.{b64u(22)}.{b64u(43)}"
S("en", "bash-call", F(r'''{"command": "SENDGRID_API_KEY={v} python scripts/send_digest.py --dry-run=false --list weekly", "timeout": 120000}''', v=v), v)

v = "base64:" + b64key(32)
S("en", "env-file", F(r'''APP_NAME=Kiosk
APP_ENV=production
APP_KEY={v}
APP_DEBUG=false
APP_URL=https://kiosk.meridianfoods.com''', v=v), v)

v = hx(32)
S("en", "bash-output", F(r'''$ cat config/master.key
{v}
$ bin/rails credentials:show | head -3
secret_key_base: (redacted by agent)''', v=v), v)

v = "hvs." + rs(24)
S("en", "bash-output", F(r'''$ vault login -method=userpass username=jmerritt
Success! You are now authenticated.
Key                    Value
---                    -----
token                  {v}
token_accessor         {acc}
token_duration         768h
token_policies         ["default" "dev-readers"]''', v=v, acc=rs(24)), v)

v = "gho_" + rs(36)
S("en", "bash-output", F(r'''$ gh auth token
{v}''', v=v), v)

v = uid()
S("en", "env-file", F(r'''# CI secrets (copied from Heroku dashboard)
HEROKU_APP_NAME=pipeline-staging-eu
HEROKU_API_KEY={v}
HEROKU_EMAIL=deploys@pipeline.dev''', v=v), v)

v = f"{R.randint(5000000000, 7999999999)}:AA{b64u(33)}"
S("en", "file-read", F(r'''     1  import os
     2  from telegram.ext import ApplicationBuilder
     3
     4  TOKEN = os.getenv("BOT_TOKEN", "{v}")
     5  app = ApplicationBuilder().token(TOKEN).build()''', v=v), v)

v = f"https://discord.com/api/webhooks/{dg(19)}/{b64u(68)}"
S("en", "tool-call", F(r'''{"tool":"Write","input":{"file_path":"scripts/notify.sh","content":"#!/bin/sh\ncurl -H 'Content-Type: application/json' -d \"{\\\"content\\\": \\\"$1\\\"}\" {v}\n"}}''', v=v), v)

v = b64key(32)
S("en", "file-read", F(r'''[Interface]
Address = 10.8.0.3/24
PrivateKey = {v}
DNS = 1.1.1.1

[Peer]
PublicKey = {pub}
Endpoint = vpn.hollis.dev:51820
AllowedIPs = 0.0.0.0/0''', v=v, pub=b64key(32)), v)

v = "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper())
S("en", "bash-output", F(r'''$ age-keygen -o key.txt && cat key.txt
Public key: age1{pub}
# created: 2025-04-02T11:20:13+02:00
# public key: age1{pub}
{v}''', v=v, pub=rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")), v)

v = rs(32, string.ascii_lowercase + string.digits)
S("en", "bash-call", F(r'''curl 'https://admin.ferrolabs.io/api/v2/reports/export?fmt=csv' -H 'Cookie: csrftoken=Qm2x8; sessionid={v}' --compressed -o report.csv''', v=v), v)

u, p = "svc_backup", human_pw()
v = base64.b64encode(f"{u}:{p}".encode()).decode()
S("en", "bash-output", F(r'''> GET /artifactory/api/storage/libs-release HTTP/1.1
> Host: artifacts.internal
> Authorization: Basic {v}
> User-Agent: curl/8.5.0
< HTTP/1.1 200 OK''', v=v), v)

v = base64.b64encode(f"deploy-bot:{rand_pw(20)}".encode()).decode()
S("en", "file-read", F(r'''Read(~/.docker/config.json)
  ⎿  {
       "auths": {
         "ghcr.io": { "auth": "{v}" }
       },
       "credsStore": ""
     }''', v=v), v)

v = "pypi-AgEIcHlwaS5vcmc" + b64u(150)
S("en", "bash-call", F(r'''twine upload --repository pypi -u __token__ -p {v} dist/*''', v=v), v)

v = ghp()
S("en", "file-read", F(r'''$ cat ~/.git-credentials
https://mrivera:{v}@github.com''', v=v), v)

v = human_pw()
S("en", "bash-call", F(r'''sshpass -p '{v}' rsync -avz -e ssh ./build/ deploy@10.20.0.14:/var/www/html/''', v=v), v)

v = rand_pw(10)
S("en", "bash-call", F(r'''mysqldump -h 127.0.0.1 -P 3307 -u root -p{v} --single-transaction shop > /tmp/shop-$(date +%F).sql''', v=v), v)

v = hx(48)
S("en", "file-edit", F(r'''  app = Flask(__name__)
- app.secret_key = os.environ["FLASK_SECRET"]
+ app.secret_key = "{v}"  # temp for local debugging''', v=v), v)

v = b64key(32)
S("en", "env-file", F(r'''NEXTAUTH_URL=https://dash.quillpay.app
NEXTAUTH_SECRET={v}
GITHUB_ID=Iv1.8a61f9b3a2cb0e4d''', v=v), v)

v = openai_key()
S("en", "file-read", F(r'''notebooks/eval.ipynb cell 3:
from openai import OpenAI
client = OpenAI(api_key="{v}")
resp = client.responses.create(model="gpt-4.1-mini", input=prompt)''', v=v), v)

v = anthropic_key()
S("en", "bash-call", F(r'''export ANTHROPIC_API_KEY={v} && python -m evals.run --suite regressions''', v=v), v)

v = gapi()
S("en", "file-read", F(r'''# geocode.py  (server side batch job)
GEOCODE_URL = "https://maps.googleapis.com/maps/api/geocode/json"
params = {"address": addr, "key": "{v}"}''', v=v), v)

v = hx(32)
S("en", "file-edit", F(r'''       env:
-        - name: DD_API_KEY
-          valueFrom: { secretKeyRef: { name: datadog, key: api-key } }
+        - name: DD_API_KEY
+          value: "{v}"''', v=v), v)

v = "sntrys_" + b64u(120)
S("en", "ci-log", F(r'''Run getsentry/action-release@v1
  env:
    SENTRY_AUTH_TOKEN: {v}
    SENTRY_ORG: harbor-analytics
> Creating release 4.12.0''', v=v), v)

v = rs(40, AL + "_-")
S("en", "file-read", F(r'''# wrangler.toml
name = "edge-router"
main = "src/index.ts"
[vars]
CF_API_TOKEN = "{v}"
ZONE_ID = "{z}"''', v=v, z=hx(32)), v)

v = "dop_v1_" + hx(64)
S("en", "bash-call", F(r'''doctl auth init --access-token {v} --context ci''', v=v), v)

v = "hf_" + rs(34)
S("en", "user-chat", F(r'''model download 401s because it's gated. my HF token is {v}, read-only so it should be fine''', v=v), v)

v = "shpat_" + hx(32)
S("en", "file-edit", F(r'''+const shopify = shopifyApi({
+  apiSecretKey: process.env.SHOPIFY_API_SECRET,
+  adminApiAccessToken: "{v}",
+  hostName: "lumen-candles.myshopify.com",
+});''', v=v), v)

v = totp_secret(32)
S("en", "file-read", F(r'''seed/users.prod.json:
  {"email": "ops@kestrel.dev", "mfa": "otpauth://totp/Kestrel:ops%40kestrel.dev?secret={v}&issuer=Kestrel&digits=6"}''', v=v), v)

v = dg(4)
S("en", "user-chat", F(r'''the test pixel is locked, unlock PIN is {v}. enable USB debugging under developer options then run the espresso suite''', v=v), v)

v = dg(5) + "#"
S("en", "user-chat", F(r'''if the rack switch needs a power cycle, the server room door code is {v} (2nd floor, left of the kitchen). don't write it on the wiki''', v=v), v)

v = iban("GB", "NWBK" + dg(14))
S("en", "user-chat", F(r'''for the refund-flow e2e test use my real account, the sandbox one is broken: {v} (name: Priya Raman)''', v=v), v)

v = R.choice("ABCEFGHJKLMNPRSTUVWXZ") + dg(8)
S("en", "user-chat", F(r'''for the visa form autofill just hardcode mine for now: passport no {v}, expiry 2031-06-14, DOB 1990-02-27''', v=v), v)

v = "Biscuit McGee 2004"
S("en", "file-read", F(r'''# scripts/bank_scraper.py
SECURITY_ANSWERS = {
    "What was the name of your first pet?": "{v}",
    "In what city were your parents married?": "Saskatoon",
}''', v=v), v)

v = dg(4)
S("en", "user-chat", F(r'''the warehouse camera NVR is behind the alarm panel; disarm with {v} then the NVR is on the shelf. I need the RTSP urls for the integration''', v=v), v)

v = "whsec_" + rs(32)
S("en", "bash-output", F(r'''$ stripe listen --forward-to localhost:4242/webhooks
> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is {v} (^C to quit)''', v=v), v)

v = hx(40)
S("en", "file-edit", F(r'''# .github/workflows/mirror.yml
       - name: Register webhook
-        run: gh api repos/$REPO/hooks -f config[secret]=${{ secrets.HOOK_SECRET }}
+        run: gh api repos/$REPO/hooks -f config[secret]={v}''', v=v), v)

v = b64key(48)
S("en", "file-read", F(r'''services:
  api:
    image: ghcr.io/nimbus/api:2.3.1
    environment:
      JWT_SECRET: "{v}"
      JWT_TTL: 3600''', v=v), v)

body = pem_body(4)
S("en", "file-read", "roles/deploy/files/id_rsa\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA" + body[0][:48] + "\n" + "\n".join(body[1:]) + "\n-----END RSA PRIVATE KEY-----", body[2])

v = rand_pw(14)
S("en", "bash-output", F(r'''Traceback (most recent call last):
  File "/app/worker.py", line 41, in <module>
    engine = create_engine(os.environ["DATABASE_URL"])
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL:  password authentication failed for user "etl"
(Background on this error) DATABASE_URL=postgresql://etl:{v}@pg-replica.prod.internal:5432/warehouse''', v=v), v)

v = "00" + rs(40, AL + "-_")
S("en", "env-file", F(r'''OKTA_ORG_URL=https://fenwick.okta.com
OKTA_API_TOKEN={v}''', v=v), v)

v = "ATATT3xFfGF0" + b64u(180) + "=" + hx(8).upper()
S("en", "bash-call", F(r'''curl -u jlee@orbit.io:{v} https://orbit.atlassian.net/rest/api/3/search?jql=project=OPS''', v=v), v)


def au_medicare() -> str:
    b = str(R.randint(2, 6)) + dg(7)
    c = sum(int(x) * y for x, y in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    s = b + str(c) + str(R.randint(1, 9))
    return f"{s[:4]} {s[4:9]} {s[9]}"


v = au_medicare()
S("en", "user-chat", F(r'''testing the claims form, use my medicare card: {v} (IRN 1), Josh Pemberton, exp 11/2029''', v=v), v)

v = ca_sin()
S("en", "tool-call", F(r'''{"tool":"Edit","input":{"file_path":"fixtures/payroll_import.csv","old_string":"SIN_PLACEHOLDER","new_string":"{v}"},"note":"user asked to reproduce the failing row from Marie Tremblay's real record"}''', v=v), v)

v = uk_nhs()
S("en", "bash-output", F(r'''$ psql $PROD_RO -c "select nhs_number, surname, dob from patients where id = 88213"
 nhs_number  | surname | dob
-------------+---------+------------
 {v} | Ashworth | 1957-08-30
(1 row)''', v=v), v)

v = rand_pw(24)
S("en", "file-read", F(r'''[client]
user=backup
password="{v}"
host=db1.lan''', v=v), v)

v = "rk_live_" + rs(99)
S("en", "agent-thought", F(r'''The restricted key in .env ({v}) only has read on charges, which is why the refund call returns 403. I need to ask for a key with write on refunds rather than widening this one.''', v=v), v)

v = human_pw()
S("en", "user-chat", F(r'''wifi for the demo laptop is "Fenwick-Guest" / {v} — connect it before running the kiosk tests''', v=v), v)

v = f"{dg(4)}"
S("en", "summary", F(r'''Done: locker automation script now sends the unlock command for locker B-17. Note the user shared their personal locker combo ({v}) — not stored anywhere except this session.''', v=v), v)

v = jwt({"iss": "https://auth.lumen.app", "sub": "7f2c1", "scope": "refresh", "exp": 1767225600}, "RS256")
S("en", "bash-output", F(r'''$ cat ~/.config/lumen/credentials.json
{"access_token": null, "refresh_token": "{v}", "expires_at": 1767225600}''', v=v), v)

v = "glptt-" + hx(40)
S("en", "ci-log", F(r'''$ curl --request POST --form token={v} --form ref=main "https://gitlab.com/api/v4/projects/4412/trigger/pipeline"
{"id":1182731,"status":"created","ref":"main"}''', v=v), v)

v = "dckr_pat_" + b64u(27)
S("en", "bash-call", F(r'''Bash(docker login -u kitedev -p {v})
  ⎿  WARNING! Using --password via the CLI is insecure. Use --password-stdin.
     Login Succeeded''', v=v), v)

# ---------------------------------------------------------------- German
v = human_pw()
S("de", "user-chat", F(r'''Der Build auf dem Staging-Server hängt. Kannst du dich per SSH einloggen? root / {v}
Danach bitte gleich das Passwort ändern, das war nur übergangsweise.''', v=v), v)

v = de_steuerid()
S("de", "user-chat", F(r'''Für den Lohnzettel-Export brauche ich echte Testdaten – nimm meine Steuer-ID {v}, Geburtsdatum 14.03.1986. Danach bitte wieder rausnehmen.''', v=v), v)

v = iban("DE", dg(18))
S("de", "file-edit", F(r'''--- a/config/sepa.yml
+++ b/config/sepa.yml
@@ -3,4 +3,4 @@ glaeubiger:
   name: "Bäckerei Hofmann GbR"
-  iban: "DE00 0000 0000 0000 0000 00"
+  iban: "{v}"   # Privatkonto von Jörg, bis das Geschäftskonto steht''', v=v), v)

v = rand_pw(16)
S("de", "bash-output", F(r'''$ cat /etc/nextcloud/config.php | grep -A2 dbuser
  'dbuser' => 'nc_admin',
  'dbpassword' => '{v}',
  'installed' => true,''', v=v), v)

# ---------------------------------------------------------------- French
v = fr_nir()
S("fr", "user-chat", F(r'''Pour tester l'import des feuilles de soins, tu peux utiliser mon numéro de sécu : {v}. C'est juste pour vérifier le parsing, ne le commit pas.''', v=v), v)

v = iban("FR", dg(10) + dg(11) + dg(2))
S("fr", "tool-call", F(r'''{"tool":"Edit","input":{"file_path":"src/paiement/virement.py","old_string":"IBAN_BENEFICIAIRE = None","new_string":"IBAN_BENEFICIAIRE = \"{v}\"  # compte perso de Claire"}}''', v=v), v)

v = human_pw()
S("fr", "agent-thought", F(r'''L'utilisateur m'a donné le mot de passe du compte OVH ({v}) pour récupérer les logs. Je l'utilise une seule fois avec ovhcloud CLI et je ne l'écris dans aucun fichier.''', v=v), v)

v = "sk_live_" + rs(24)
S("fr", "ci-log", F(r'''[étape 4/6] Déploiement sur Scalingo
Variables d'environnement chargées :
  STRIPE_API_KEY={v}
  SENTRY_ENV=production
✔ Application « boutique-prod » redémarrée''', v=v), v)

# ---------------------------------------------------------------- Spanish
v = es_dni()
S("es", "user-chat", F(r'''Oye, el formulario de alta falla con mi DNI real ({v}) pero con el de prueba funciona. ¿Puedes revisar la validación de la letra?''', v=v), v)

v = human_pw()
S("es", "bash-call", F(r'''Bash(mysql -h rds-tienda.cluster-ro.eu-south-2.rds.amazonaws.com -u lectura --password='{v}' -e "SHOW PROCESSLIST")''', v=v), v)

v = iban("ES", dg(20))
S("es", "summary", F(r'''Resumen: se configuró la domiciliación SEPA para el cliente piloto. Cuenta de cargo (personal del usuario, no de empresa): {v}. Pendiente: mover el dato a la tabla cifrada.''', v=v), v)

v = dg(6)
S("es", "user-chat", F(r'''Me llegó el SMS de verificación de AWS: {v}. Mételo tú que yo estoy en el móvil''', v=v), v)

# ---------------------------------------------------------------- Portuguese (BR)
v = br_cpf()
S("pt-BR", "user-chat", F(r'''Cara, o emissor de nota fiscal tá recusando meu CPF {v}. Testa com ele aí e vê se é o dígito verificador''', v=v), v)

v = rand_pw(14)
S("pt-BR", "file-read", F(r'''Read(application.properties)
  ⎿  spring.datasource.url=jdbc:postgresql://10.0.3.12:5432/financeiro
     spring.datasource.username=fin_app
     spring.datasource.password={v}
     # TODO: migrar pro Secrets Manager antes do go-live''', v=v), v)

c = card("5", 16)
v = g4(c)
S("pt-BR", "user-chat", F(r'''usa meu cartão pra testar o checkout em produção: {v}, validade 03/29, CVV 582. Depois eu estorno''', v=v), v)

v = "APP_USR-" + dg(16) + "-" + dg(6) + "-" + hx(32) + "-" + dg(9)
S("pt-BR", "env-file", F(r'''# .env (não commitar!)
MERCADOPAGO_ACCESS_TOKEN={v}
MERCADOPAGO_WEBHOOK_URL=https://loja.exemplo.com.br/webhooks/mp''', v=v), v)

# ---------------------------------------------------------------- Portuguese (PT)
v = pt_nif()
S("pt-PT", "user-chat", F(r'''Para testar a fatura-recibo, podes usar o meu NIF {v}. Já agora, a morada é Rua do Almada 112, Porto.''', v=v), v)

v = iban("PT", dg(21))
S("pt-PT", "file-edit", F(r'''+# conta para reembolsos (pessoal do Rui, temporário)
+REEMBOLSO_IBAN = "{v}"''', v=v), v)

# ---------------------------------------------------------------- Italian
v = iban("IT", R.choice(string.ascii_uppercase) + dg(10) + dg(12))
S("it", "user-chat", F(r'''Per il test del bonifico istantaneo usa il mio conto, quello di prova non funziona: {v} intestato a Luca Bernardi''', v=v), v)

v = human_pw()
S("it", "bash-call", F(r'''{"command":"lftp -u ftp_fornitori,'{v}' ftp.magazzino-rossi.it -e 'mirror --reverse ./listini /listini; bye'","description":"Carica i listini sul server FTP del fornitore"}''', v=v), v)

v = "AIza" + b64u(35)
S("it", "agent-thought", F(r'''Nel file config.js c'è la chiave API di Gemini in chiaro ({v}). È lato server quindi non è pubblica: la sposto in una variabile d'ambiente e avviso l'utente di ruotarla.''', v=v), v)

# ---------------------------------------------------------------- Dutch
v = nl_bsn()
S("nl", "user-chat", F(r'''De elfproef in de validator klopt niet volgens mij, mijn eigen BSN {v} wordt afgekeurd. Kun je checken?''', v=v), v)

v = iban("NL", R.choice(["INGB", "RABO", "ABNA"]) + dg(10))
S("nl", "file-read", F(r'''seeds/betaalgegevens.sql
INSERT INTO rekeningen (klant_id, naam, iban) VALUES
  (1, 'Sanne de Vries', '{v}');''', v=v), v)

v = rand_pw(16)
S("nl", "bash-output", F(r'''$ heroku config -a webshop-prod
=== webshop-prod Config Vars
DATABASE_URL: postgres://u8fk2n1:{v}@ec2-54-73-22-11.eu-west-1.compute.amazonaws.com:5432/d9s0a
MOLLIE_PROFILE_ID: pfl_QkEhN94Bw9''', v=v), v)

# ---------------------------------------------------------------- Polish
v = pl_pesel()
S("pl", "user-chat", F(r'''Walidator PESEL odrzuca mój numer {v}, a jest na pewno poprawny. Sprawdź sumę kontrolną w utils/pesel.ts''', v=v), v)

v = iban("PL", dg(24))
S("pl", "tool-call", F(r'''{"name":"Bash","arguments":{"command":"python skrypty/przelew.py --odbiorca 'Tomasz Wiśniewski' --konto '{v}' --kwota 1.00 --tytul 'test integracji'"}}''', v=v), v)

v = human_pw()
S("pl", "summary", F(r'''Podsumowanie: skonfigurowano backup do NAS (Synology). Użytkownik: backup_biuro, hasło: {v}. Zadanie cron codziennie o 02:30.''', v=v), v)

# ---------------------------------------------------------------- Czech
v = cz_rc()
S("cs", "user-chat", F(r'''Zkus ten import s mým rodným číslem {v}, validace říká, že není dělitelné jedenácti, ale je.''', v=v), v)

v = rand_pw(12)
S("cs", "file-read", F(r'''# docker-compose.override.yml (lokální, necommitovat)
    environment:
      - MYSQL_ROOT_PASSWORD={v}
      - MYSQL_DATABASE=eshop''', v=v), v)

v = iban("CZ", dg(20))
S("cs", "user-chat", F(r'''Vratky chodí na můj účet {v}, potřebuju to v testu pro párování plateb.''', v=v), v)

# ---------------------------------------------------------------- Swedish
v = se_pnr()
S("sv", "user-chat", F(r'''BankID-mocken behöver ett riktigt personnummer för att flödet ska gå igenom, använd mitt: {v}''', v=v), v)

v = human_pw()
S("sv", "bash-call", F(r'''Bash(smbclient //nas.kontoret.local/ekonomi -U "anna.lind%{v}" -c "ls")''', v=v), v)

v = "sk_live_" + rs(24)
S("sv", "lesson", F(r'''Lärdom: klistra aldrig in produktionsnyckeln i test-yaml. Den här gången låg {v} i tests/fixtures/stripe.yml i två veckor innan någon märkte det.''', v=v), v)

# ---------------------------------------------------------------- Norwegian
v = no_fnr()
S("no", "user-chat", F(r'''Kan du legge inn fødselsnummeret mitt ({v}) i testdataene for Altinn-innsendingen? Det er bare lokalt.''', v=v), v)

v = rand_pw(18)
S("no", "env-file", F(r'''# .env – lokal utvikling mot Vipps test
VIPPS_CLIENT_ID={cid}
VIPPS_CLIENT_SECRET={v}
VIPPS_MSN=231489''', v=v, cid=uid()), v)

v = dg(4)
S("no", "user-chat", F(r'''Nøkkelboksen ved serverrommet har kode {v}. Hent ut den gamle Raspberry Pi-en og flash den med det nye imaget.''', v=v), v)

# ---------------------------------------------------------------- Danish
v = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}-{dg(4)}"
S("da", "user-chat", F(r'''Til NemID-testen: mit CPR-nummer er {v}. Slet det fra loggen bagefter tak''', v=v), v)

v = iban("DK", dg(14))
S("da", "file-read", F(r'''  ⎿  # udbetalinger.toml
     [modtager]
     navn = "Mette Kjær"
     konto = "{v}"''', v=v), v)

v = human_pw()
S("da", "bash-call", F(r'''ansible-playbook site.yml -i prod --extra-vars "ansible_become_pass={v}"''', v=v), v)

# ---------------------------------------------------------------- Finnish
v = fi_hetu()
S("fi", "user-chat", F(r'''Henkilötunnuksen tarkiste menee pieleen vuosisatamerkin kanssa. Kokeile minun hetullani: {v}''', v=v), v)

v = iban("FI", dg(14))
S("fi", "summary", F(r'''Yhteenveto: maksuliikenteen testi ajettiin käyttäjän omalla tilillä {v}. Tili pitää vaihtaa testitiliin ennen kuin PR yhdistetään.''', v=v), v)

v = rand_pw(16)
S("fi", "file-edit", F(r'''@@ -4,3 +4,3 @@
 SMTP_HOST=smtp.kaupunki.fi
 SMTP_USER=tiedotteet@kaupunki.fi
-SMTP_PASS=
+SMTP_PASS={v}''', v=v), v)

# ---------------------------------------------------------------- Turkish
v = tr_tckn()
S("tr", "user-chat", F(r'''e-Fatura entegrasyonu için gerçek bir TC kimlik no lazım, benimkini kullan: {v}. Sonra sil ama''', v=v), v)

v = iban("TR", dg(5) + "0" + dg(16))
S("tr", "tool-call", F(r'''{"tool":"Edit","input":{"file_path":"odeme/sabitler.py","old_string":"ALICI_IBAN = \"\"","new_string":"ALICI_IBAN = \"{v}\""}}''', v=v), v)

v = human_pw()
S("tr", "bash-output", F(r'''$ cat deploy/hosts.ini
[web]
185.44.12.90 ansible_user=ubuntu ansible_ssh_pass={v}''', v=v), v)

v = dg(6)
S("tr", "user-chat", F(r'''Turkcell'den doğrulama kodu geldi: {v} — hemen gir, 3 dakika geçerli''', v=v), v)

# ---------------------------------------------------------------- Russian
v = ru_snils()
S("ru", "user-chat", F(r'''Для проверки выгрузки в СФР возьми мой СНИЛС {v}, только не коммить его, пожалуйста.''', v=v), v)

v = rand_pw(16)
S("ru", "bash-output", F(r'''$ cat ~/.pgpass
# хост:порт:база:пользователь:пароль
10.12.0.5:5432:crm:crm_owner:{v}''', v=v), v)

v = f"{R.randint(5000000000, 7999999999)}:AA{b64u(33)}"
S("ru", "agent-thought", F(r'''Пользователь прислал токен бота ({v}). Положу его в .env и добавлю .env в .gitignore, чтобы не утёк в репозиторий.''', v=v), v)

v = ru_inn12()
S("ru", "user-chat", F(r'''Мой личный ИНН {v} — подставь в тест формирования декларации 3-НДФЛ''', v=v), v)

# ---------------------------------------------------------------- Ukrainian
v = ua_rnokpp()
S("uk", "user-chat", F(r'''Для інтеграції з Дія використай мій РНОКПП {v}, бо тестовий не проходить перевірку.''', v=v), v)

c = card("4", 16)
v = c
S("uk", "bash-call", F(r'''python scripts/liqpay_test.py --card {v} --exp 1127 --cvv 309 --amount 1  # картка Олени, тільки для перевірки''', v=v), v)

v = rand_pw(20)
S("uk", "summary", F(r'''Підсумок: налаштовано доступ до RabbitMQ (amqp://orders:{v}@mq.int:5672/prod). Пароль треба перенести у Vault.''', v=v), v)

# ---------------------------------------------------------------- Greek
v = gr_amka()
S("el", "user-chat", F(r'''Για το τεστ της ηλεκτρονικής συνταγογράφησης βάλε το ΑΜΚΑ μου: {v}''', v=v), v)

v = human_pw()
S("el", "user-chat", F(r'''Ο κωδικός για το Plesk του πελάτη είναι {v}, χρήστης admin. Κάνε restart τον php-fpm και δες τα logs.''', v=v), v)

v = iban("GR", dg(23))
S("el", "file-read", F(r'''Read(payouts/recipients.csv)
  ⎿  name,iban,amount
     Νίκος Παπαδόπουλος,{v},420.00''', v=v), v)

# ---------------------------------------------------------------- Hebrew
v = il_id()
S("he", "user-chat", F(r'''הטופס של ביטוח לאומי דוחה את תעודת הזהות שלי {v}, תבדוק בבקשה את ספרת הביקורת''', v=v), v)

v = rand_pw(14)
S("he", "bash-call", F(r'''{"command":"redis-cli -h cache.prod.local -a '{v}' --no-auth-warning INFO keyspace","description":"בדיקת מפתחות ב-Redis של הייצור"}''', v=v), v)

v = iban("IL", dg(19))
S("he", "summary", F(r'''סיכום: הוגדרה העברה חוזרת לחשבון הפרטי של המשתמש ({v}). לפני פריסה יש להחליף לחשבון החברה.''', v=v), v)

# ---------------------------------------------------------------- Arabic
v = sa_nid()
S("ar", "user-chat", F(r'''استخدم رقم هويتي الوطنية {v} لتجربة التكامل مع نفاذ، الرقم التجريبي لا يعمل''', v=v), v)

v = iban("SA", dg(2) + dg(18))
S("ar", "tool-call", F(r'''{"tool":"Write","input":{"file_path":".env.local","content":"PAYOUT_IBAN={v}\n# حساب شخصي مؤقت\n"}}''', v=v), v)

v = human_pw()
S("ar", "user-chat", F(r'''كلمة سر لوحة cPanel هي {v} واسم المستخدم almanar. ارفع ملفات الموقع الجديدة من فضلك''', v=v), v)

v = iban("AE", dg(19))
S("ar", "agent-thought", F(r'''المستخدم وضع رقم حسابه البنكي الشخصي {v} في ملف الإعدادات. سأنقله إلى متغير بيئة ولن أضيفه إلى git.''', v=v), v)

# ---------------------------------------------------------------- Persian
v = ir_melli()
S("fa", "user-chat", F(r'''اعتبارسنجی کد ملی خطا میده. کد ملی خودم {v} هست، باهاش تست کن''', v=v), v)

v = "6037" + dg(12)
v = v[:-1] + luhn_digit(v[:-1])
S("fa", "user-chat", F(r'''برای تست درگاه پرداخت از کارت من استفاده کن: {v} رمز دوم 884213 cvv2 الان ۷۱۲''', v=v), v)

v = rand_pw(16)
S("fa", "env-file", F(r'''# تنظیمات محلی - کامیت نشود
KAVENEGAR_API_KEY={v}
SMS_SENDER=10004346''', v=v), v)

# ---------------------------------------------------------------- Hindi
v = in_aadhaar()
S("hi", "user-chat", F(r'''eKYC टेस्ट के लिए मेरा आधार नंबर {v} इस्तेमाल करो, लेकिन इसे कहीं सेव मत करना''', v=v), v)

pan = rs(5, string.ascii_uppercase) + dg(4) + rs(1, string.ascii_uppercase)
pan = pan[:3] + "P" + pan[4:]
S("hi", "user-chat", F(r'''ITR फ़ाइलिंग स्क्रिप्ट में मेरा PAN {v} डाल दो, पासवर्ड बाद में दूँगा''', v=pan), pan)

v = human_pw()
S("hi", "summary", F(r'''सारांश: Jenkins में नया क्रेडेंशियल जोड़ा गया (यूज़र: deploy, पासवर्ड: {v})। अगला कदम: इसे Vault में ले जाना।''', v=v), v)

# ---------------------------------------------------------------- Bengali
v = dg(10)
S("bn", "user-chat", F(r'''পোর্টালে লগইন করতে আমার এনআইডি নম্বর লাগবে: {v}। এটা দিয়ে স্ক্র্যাপারটা টেস্ট করো''', v=v), v)

v = human_pw()
S("bn", "user-chat", F(r'''bKash মার্চেন্ট প্যানেলের পাসওয়ার্ড {v}, ইউজার merchant_dhaka। API কী টা ওখান থেকে বের করো''', v=v), v)

v = dg(5)
S("bn", "agent-thought", F(r'''ব্যবহারকারী তার bKash পিন ({v}) চ্যাটে দিয়েছেন। এটা কোথাও লিখব না, শুধু সতর্ক করব।''', v=v), v)

# ---------------------------------------------------------------- Tamil
v = in_aadhaar()
S("ta", "user-chat", F(r'''KYC API-ஐ சோதிக்க என் ஆதார் எண் {v} பயன்படுத்துங்கள். பிறகு log-இல் இருந்து நீக்கிவிடுங்கள்''', v=v), v)

v = rand_pw(12)
S("ta", "file-edit", F(r'''+# தற்காலிக கடவுச்சொல் - பிறகு மாற்றவும்
+DB_PASSWORD={v}''', v=v), v)

v = dg(6)
S("ta", "user-chat", F(r'''OTP வந்துவிட்டது: {v}. உடனே உள்ளிடவும்''', v=v), v)

# ---------------------------------------------------------------- Urdu
v = f"{dg(5)}-{dg(7)}-{R.randint(1, 9)}"
S("ur", "user-chat", F(r'''نادرا کی تصدیق کے لیے میرا شناختی کارڈ نمبر {v} استعمال کریں''', v=v), v)

v = human_pw()
S("ur", "user-chat", F(r'''سرور کا پاس ورڈ {v} ہے، یوزر ubuntu۔ براہ کرم nginx ری اسٹارٹ کر دیں''', v=v), v)

v = iban("PK", "HABB" + dg(16))
S("ur", "file-read", F(r'''  ⎿  refunds:
       account_title: "Ahmed Raza"
       iban: "{v}"''', v=v), v)

# ---------------------------------------------------------------- Chinese (Simplified)
v = cn_id()
S("zh", "user-chat", F(r'''实名认证接口一直返回校验失败，用我的身份证号 {v} 试一下，测完记得删掉''', v=v), v)

v = rand_pw(16)
S("zh", "file-read", F(r'''Read(config/application-prod.yml)
  ⎿  spring:
       redis:
         host: r-bp1x9k2.redis.rds.aliyuncs.com
         password: {v}
       # 生产环境配置，请勿提交''', v=v), v)

v = "LTAI5t" + rs(18)
sec = rs(30)
S("zh", "bash-output", F(r'''$ cat ~/.aliyun/config.json | jq '.profiles[0]'
{
  "name": "default",
  "mode": "AK",
  "access_key_id": "{a}",
  "access_key_secret": "{v}",
  "region_id": "cn-hangzhou"
}''', a=v, v=sec), sec)

v = "6222" + dg(14)
v = v + luhn_digit(v)
S("zh", "user-chat", F(r'''退款测试就打到我的银行卡 {v}（工商银行，户名王磊），沙箱那个卡号不对''', v=v), v)

# ---------------------------------------------------------------- Chinese (Traditional)
v = R.choice("ABCDEFGHJKLMNPQRSTUVXYWZIO")
# Taiwan national id with check digit
_tw = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
def tw_id() -> str:
    letter = R.choice(_tw)
    n = _tw.index(letter) + 10
    body = R.choice("12") + dg(7)
    digits = [n // 10, n % 10] + [int(c) for c in body]
    w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    c = (10 - sum(a * b for a, b in zip(digits, w)) % 10) % 10
    return letter + body + str(c)
v = tw_id()
S("zh-Hant", "user-chat", F(r'''健保卡上傳那段一直失敗，用我的身分證字號 {v} 測試看看，測完請刪除''', v=v), v)

v = human_pw()
S("zh-Hant", "user-chat", F(r'''NAS 的管理員密碼是 {v}，幫我把 Docker 的 volume 備份到外接硬碟''', v=v), v)

v = "sk-proj-" + b64u(74) + "T3BlbkFJ" + b64u(74)
S("zh-Hant", "agent-thought", F(r'''使用者在 issue 留言裡貼了 OpenAI 金鑰（{v}）。我會提醒他立即撤銷，並改用 GitHub Actions secrets。''', v=v), v)

# ---------------------------------------------------------------- Japanese
v = jp_mynumber()
S("ja", "user-chat", F(r'''マイナンバーのチェックデジット検証が通らないので、私の番号 {v} で試してみてください。テスト後は削除で''', v=v), v)

v = rand_pw(16)
S("ja", "bash-output", F(r'''$ cat .env.production
# 本番用（コミット禁止）
DB_HOST=prod-db.cluster-c8x.ap-northeast-1.rds.amazonaws.com
DB_USER=app
DB_PASSWORD={v}''', v=v), v)

c = card("35", 16)
S("ja", "user-chat", F(r'''決済テストは私のJCBカードでお願いします。{v} 有効期限 04/28 セキュリティコード 551''', v=g4(c, "-")), g4(c, "-"))

v = human_pw()
S("ja", "summary", F(r'''作業まとめ：検証環境の Jenkins に管理者アカウントを作成（ID: ci-admin / パスワード: {v}）。次回 LDAP 連携に切り替え予定。''', v=v), v)

# ---------------------------------------------------------------- Korean
v = kr_rrn()
S("ko", "user-chat", F(r'''본인인증 모듈 테스트할 때 제 주민등록번호 {v} 써주세요. 끝나면 꼭 지워주시고요''', v=v), v)

v = rand_pw(14)
S("ko", "file-edit", F(r'''--- a/src/main/resources/application-dev.yml
+++ b/src/main/resources/application-dev.yml
@@ -7,2 +7,2 @@
     username: admin
-    password: ${DB_PASSWORD}
+    password: {v}  # 임시''', v=v), v)

v = dg(6)
S("ko", "user-chat", F(r'''카카오 인증번호 {v} 왔어요. 빨리 입력해 주세요''', v=v), v)

v = f"{dg(3)}-{dg(6)}-{dg(5)}"
S("ko", "user-chat", F(r'''환불 테스트 계좌는 제 개인 계좌로 해주세요: 국민은행 {v} 예금주 김민준''', v=v), v)

# ---------------------------------------------------------------- Vietnamese
v = "0" + R.choice(["01", "79", "48", "31"]) + dg(9)
S("vi", "user-chat", F(r'''Dùng số CCCD của mình {v} để test eKYC nhé, số giả bị chặn rồi''', v=v), v)

v = human_pw()
S("vi", "user-chat", F(r'''Mật khẩu VPS là {v}, user root. Cài giúp mình docker với nginx''', v=v), v)

v = rs(32, string.ascii_uppercase + string.digits)
S("vi", "env-file", F(r'''# Cấu hình VNPay (sandbox hết hạn, đang dùng thật)
VNP_TMNCODE=QT4B7XJ1
VNP_HASHSECRET={v}
VNP_URL=https://pay.vnpay.vn/vpcpay.html''', v=v), v)

# ---------------------------------------------------------------- Thai
v = th_id()
S("th", "user-chat", F(r'''ช่วยเทสระบบยืนยันตัวตนด้วยเลขบัตรประชาชนของผม {v} หน่อยครับ เสร็จแล้วลบทิ้งด้วย''', v=v), v)

v = human_pw()
S("th", "user-chat", F(r'''รหัสผ่าน WordPress admin คือ {v} ช่วยอัปเดตปลั๊กอินให้หน่อย''', v=v), v)

v = dg(6)
S("th", "user-chat", F(r'''รหัส OTP จากธนาคารคือ {v} ใส่ให้เลยนะ''', v=v), v)

# ---------------------------------------------------------------- Indonesian
v = R.choice(["3174", "3273", "3578"]) + dg(12)
S("id", "user-chat", F(r'''Pakai NIK saya {v} buat tes integrasi Dukcapil ya, yang dummy ditolak terus''', v=v), v)

v = "SB-Mid-server-" + b64u(24)
v = "Mid-server-" + b64u(24)
S("id", "file-edit", F(r'''+MIDTRANS_SERVER_KEY={v}
+MIDTRANS_IS_PRODUCTION=true''', v=v), v)

v = human_pw()
S("id", "summary", F(r'''Ringkasan: akses FTP hosting klien sudah jalan (user: tokobatik, password: {v}). Perlu diganti setelah migrasi.''', v=v), v)

# ---------------------------------------------------------------- Tagalog / Taglish
v = human_pw()
S("tl", "user-chat", F(r'''Pa-login naman sa GCash merchant dashboard, password ko is {v}. Kunin mo yung API credentials tapos ilagay sa .env''', v=v), v)

v = dg(4) + "-" + dg(7) + "-" + dg(1)
S("tl", "user-chat", F(r'''Para sa SSS contribution calculator, gamitin mo muna yung SSS number ko {v}, huwag mo lang i-commit ha''', v=v), v)

v = dg(6)
S("tl", "user-chat", F(r'''Yung OTP galing BDO: {v}. Bilis, 2 mins lang validity''', v=v), v)

# ---------------------------------------------------------------- Swahili
v = human_pw()
S("sw", "user-chat", F(r'''Nenosiri la seva ya majaribio ni {v}, mtumiaji ni deploy. Tafadhali sasisha cheti cha SSL''', v=v), v)

v = rs(48)
S("sw", "env-file", F(r'''# Mipangilio ya M-Pesa (Daraja) - usiweke kwenye git
MPESA_CONSUMER_KEY={k}
MPESA_CONSUMER_SECRET={v}
MPESA_SHORTCODE=174379''', k=rs(48), v=v), v)

v = dg(4)
S("sw", "user-chat", F(r'''PIN ya M-Pesa ya simu ya majaribio ni {v}. Tumia kuthibitisha malipo ya STK push''', v=v), v)

# ---------------------------------------------------------------- Hungarian
v = hu_taj()
S("hu", "user-chat", F(r'''A TAJ-szám ellenőrzés hibás szerintem, az enyémet ({v}) elutasítja. Megnéznéd?''', v=v), v)

v = iban("HU", dg(24))
S("hu", "file-read", F(r'''  ⎿  # visszaterites.json
     {"nev": "Kovács Eszter", "szamlaszam": "{v}"}''', v=v), v)

v = rand_pw(16)
S("hu", "bash-call", F(r'''Bash(PGPASSWORD={v} pg_dump -h 10.1.1.20 -U szamlazo szamlazo_prod > mentes.sql)''', v=v), v)

# ---------------------------------------------------------------- Romanian
v = ro_cnp()
S("ro", "user-chat", F(r'''Validarea CNP-ului pică la mine, CNP-ul meu e {v}. Verifică cifra de control, te rog''', v=v), v)

v = iban("RO", "BTRL" + rs(16, UP))
S("ro", "summary", F(r'''Rezumat: plata de test a fost trimisă în contul personal al utilizatorului ({v}). De înlocuit cu contul firmei.''', v=v), v)

v = human_pw()
S("ro", "user-chat", F(r'''parola de la routerul din birou e {v}, user admin. Fă port forwarding pe 8443 spre 192.168.1.40''', v=v), v)

# ---------------------------------------------------------------- Hinglish (code-switching)
v = human_pw()
S("hi-Latn", "user-chat", F(r'''bhai staging ka DB password {v} hai, isko use karke migration chala do aur fir mujhe batana kya hua''', v=v), v)

v = dg(6)
S("hi-Latn", "user-chat", F(r'''OTP aa gaya: {v}. jaldi daal do warna expire ho jayega''', v=v), v)

v = "rzp_live_" + rs(14)
sec = rs(24)
S("hi-Latn", "env-file", F(r'''# razorpay live keys - commit mat karna yaar
RAZORPAY_KEY_ID={k}
RAZORPAY_KEY_SECRET={v}''', k=v, v=sec), sec)

v = f"{dg(4)} {dg(4)} {dg(4)}"
v = in_aadhaar()
S("hi-Latn", "agent-thought", F(r'''User ne apna Aadhaar {v} chat me paste kiya hai eKYC test ke liye. Main ise fixture me nahi daalunga, sirf ek baar API call me use karunga.''', v=v), v)

# ---------------------------------------------------------------- Arabizi (Arabic in Latin script)
v = human_pw()
S("ar-Latn", "user-chat", F(r'''ya 3am el password bta3 el server {v} w el user admin. 3ayzak t3ml restart lel docker''', v=v), v)

v = dg(6)
S("ar-Latn", "user-chat", F(r'''el code ely wsl 3ala el mobile {v}, dakhalo besor3a''', v=v), v)

v = sa_nid()
S("ar-Latn", "user-chat", F(r'''esta5dem rakam el hawiya bta3i {v} fel test, el dummy msh shaghal''', v=v), v)

# ---------------------------------------------------------------- Serbian (Cyrillic)
def rs_jmbg() -> str:
    b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.choice(['985', '990', '978', '001'])}{R.choice(['71', '80', '21'])}{dg(3)}"
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = 11 - sum(int(x) * y for x, y in zip(b, w)) % 11
    return b + ("0" if m > 9 else str(m))
v = rs_jmbg()
S("sr", "user-chat", F(r'''Валидација ЈМБГ-а не ради, мој ЈМБГ је {v}. Провери контролну цифру молим те''', v=v), v)

v = human_pw()
S("sr", "user-chat", F(r'''Лозинка за FTP је {v}, корисник web_admin. Пребаци нову верзију сајта''', v=v), v)

v = rand_pw(16)
S("sr", "file-edit", F(r'''+# привремено, пребацити у Vault
+SMTP_LOZINKA={v}''', v=v), v)

# ---------------------------------------------------------------- Catalan
v = es_dni()
S("ca", "user-chat", F(r'''El formulari de matrícula no accepta el meu DNI {v}. Pots revisar la validació de la lletra?''', v=v), v)

v = human_pw()
S("ca", "user-chat", F(r'''La contrasenya del servidor de proves és {v}, usuari deploy. Reinicia el servei, si us plau''', v=v), v)

v = iban("ES", dg(20))
S("ca", "file-edit", F(r'''+# compte personal de la Núria, temporal
+IBAN_DEVOLUCIONS = "{v}"''', v=v), v)

# ---------------------------------------------------------------- Estonian
v = ee_isikukood()
S("et", "user-chat", F(r'''Smart-ID testimiseks kasuta minu isikukoodi {v}, demo-kood ei tööta enam''', v=v), v)

v = iban("EE", dg(16))
S("et", "summary", F(r'''Kokkuvõte: tagasimaksete test tehti kasutaja isiklikule kontole {v}. Enne ühendamist asendada firma kontoga.''', v=v), v)

v = human_pw()
S("et", "user-chat", F(r'''serveri parool on {v}, kasutaja admin. palun uuenda paketid''', v=v), v)

# ---------------------------------------------------------------- extra mixed-setting secrets
v = ghp()
S("zh", "git-output", F(r'''$ git show --stat HEAD
commit {sha}
Author: 李娜 <lina@shuhe.tech>
Date:   Tue Apr 8 10:12:44 2025 +0800

    临时修复CI：直接写入token {v} 之后再改成secrets

 .github/workflows/release.yml | 2 +-''', sha=sha1(), v=v), v)

v = rand_pw(16)
S("de", "ci-log", F(r'''Schritt 3/5: Datenbankmigration
+ flyway -url=jdbc:postgresql://db.intern:5432/kunden -user=flyway -password={v} migrate
Flyway Community Edition 10.8.1 by Redgate
Migration von Schema "public" auf Version 42 - kunden_adresse_index erfolgreich''', v=v), v)

v = "AKIA" + rs(16, string.ascii_uppercase + "234567")
sec = aws_secret()
S("ja", "file-edit", F(r'''@@ -1,4 +1,6 @@
 import boto3
+# TODO: 後で環境変数に移す（動作確認用）
+s3 = boto3.client("s3", aws_access_key_id="{a}",
+                  aws_secret_access_key="{v}")''', a=v, v=sec), sec)

v = rand_pw(20)
S("ru", "file-edit", F(r'''--- a/deploy/values-prod.yaml
+++ b/deploy/values-prod.yaml
@@ -22,3 +22,3 @@ postgresql:
   auth:
-    existingSecret: pg-credentials
+    password: "{v}"  # временно, пока не починим external-secrets''', v=v), v)

v = human_pw()
S("es-Latn-mix", "user-chat", F(r'''ok so el deploy falla porque el password del registry cambió, el nuevo es {v}. Update it en los GitHub secrets y rerun el workflow porfa''', v=v), v)

v = "xoxp-" + dg(12) + "-" + dg(12) + "-" + dg(13) + "-" + hx(32)
S("ko", "bash-output", F(r'''$ cat ~/.config/slack-cli/token
{v}
$ echo "슬랙 토큰 확인 완료"''', v=v), v)

v = "github_pat_" + rs(22) + "_" + rs(59)
S("fr", "bash-call", F(r'''{"command":"git clone https://x-access-token:{v}@github.com/atelier-nord/catalogue.git /tmp/catalogue","description":"Cloner le dépôt privé du catalogue"}''', v=v), v)

v = b64key(32)
S("pl", "file-read", F(r'''Read(/etc/wireguard/wg0.conf)
  ⎿  [Interface]
     # biuro Kraków
     PrivateKey = {v}
     ListenPort = 51820''', v=v), v)

v = "sk-ant-api03-" + b64u(93) + "AA"
S("zh-en-mix", "user-chat", F(r'''这个 key 先用着：{v}，等 billing 那边开好 org 再换。记得别 push 到 repo''', v=v), v)

v = rand_pw(14)
S("tr", "ci-log", F(r'''Adım 4: Veritabanı yedeği
mongodump --uri="mongodb://yedek:{v}@10.0.5.21:27017/siparis?authSource=admin" --archive=yedek.gz
2025-05-02T03:00:11.004+0300	writing siparis.urunler to archive 'yedek.gz'
2025-05-02T03:00:14.771+0300	done dumping siparis.urunler (48211 documents)''', v=v), v)

v = seed_phrase(24)
S("vi", "user-chat", F(r'''ví test bị mất, khôi phục giúp mình bằng cụm từ này: {v}''', v=v), v)

v = "sk_live_" + rs(24)
S("nl", "test-failure", F(r'''FAIL  tests/betalingen.test.ts > maakt een terugbetaling aan
  Error: Invalid API Key provided: {v}
    at StripeAuthenticationError (node_modules/stripe/esm/Error.js:93:9)
Testbestanden  1 mislukt (1)''', v=v), v)


# ---------------------------------------------------------------- cloud / package-manager / git secrets
v = b64key(64)
S("en", "cloud-cli", F(r"""$ az storage account keys list -g rg-media -n stmediaprodweu -o table
KeyName    Permissions    Value
---------  -------------  ----------------------------------------------------------------------------------------
key1       FULL           {v}
key2       FULL           {w}""", v=v, w=b64key(64)), v)

a, v = aws_akid(), aws_secret()
S("en", "cloud-cli", F(r"""$ aws iam create-access-key --user-name ci-artifacts
{
    "AccessKey": {
        "UserName": "ci-artifacts",
        "AccessKeyId": "{a}",
        "Status": "Active",
        "SecretAccessKey": "{v}",
        "CreateDate": "2025-05-14T07:22:31+00:00"
    }
}""", a=a, v=v), v)

v = rand_pw(18)
S("de", "pkg-manager", F(r"""$ pip config list
global.index-url='https://ci-reader:{v}@nexus.firma.intern/repository/pypi-group/simple'
global.timeout='60'
# TODO: Zugangsdaten in keyring auslagern""", v=v), v)

v = "ghp_" + rs(36)
S("es", "pkg-manager", F(r"""$ composer config --global --list | grep -i github
[github-oauth.github.com] {v}
[github-protocols] [https, ssh]
# el token lo puso Andrés para saltar el rate limit""", v=v), v)

v = rand_pw(16)
S("en", "git-output", F(r"""$ git diff --cached -- .env.staging
diff --git a/.env.staging b/.env.staging
new file mode 100644
index 0000000..{i}
--- /dev/null
+++ b/.env.staging
@@ -0,0 +1,3 @@
+REDIS_URL=redis://default:{v}@redis-staging.internal:6379/0
+QUEUE=jobs""", i=hx(7), v=v), v)

v = anthropic_key()
S("ja", "test-failure", F(r"""FAILED tests/test_client.py::test_retry_on_overload - anthropic.AuthenticationError: 401
E   環境変数ダンプ（デバッグ用）:
E     ANTHROPIC_BASE_URL=https://api.anthropic.com
E     ANTHROPIC_API_KEY={v}""", v=v), v)


# ============================================================ INNOCENT
def ru_inn10() -> str:
    d = [int(c) for c in "77" + dg(7)]
    d.append(sum(a * b for a, b in zip(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    return "".join(map(str, d))


def kr_brn() -> str:
    d = [int(c) for c in dg(9)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    s = "".join(map(str, d)) + str((10 - s % 10) % 10)
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


def jp_corp() -> str:
    b = dg(12)
    s = sum(int(x) * (1 if i % 2 == 0 else 2) for i, x in enumerate(reversed(b)))
    return str(9 - s % 9) + b


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def cn_uscc() -> str:
    b = "91" + R.choice(["110105", "310115", "440300"]) + rs(9, string.digits + "ABCDEFGHJKLMNPQRTUWXY")
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    c = 31 - sum(_USCC.index(x) * y for x, y in zip(b, w)) % 31
    return b + _USCC[0 if c == 31 else c]


def de_ustid() -> str:
    digs = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
    prod = 10
    for x in digs:
        s = (x + prod) % 10
        s = 10 if s == 0 else s
        prod = (s * 2) % 11
    c = 11 - prod
    c = 0 if c == 10 else c
    return "DE" + "".join(map(str, digs)) + str(c)


def it_piva() -> str:
    b = dg(7) + R.choice(["001", "015", "058", "036"])
    return b + luhn_digit(b)


def se_orgnr() -> str:
    b = "556" + dg(6)
    s = b + luhn_digit(b)
    return f"{s[:6]}-{s[6:]}"


def no_orgnr() -> str:
    while True:
        b = R.choice("89") + dg(7)
        c = 11 - sum(int(x) * y for x, y in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = b + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def fi_ytunnus() -> str:
    while True:
        b = dg(7)
        r = sum(int(x) * y for x, y in zip(b, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r != 1:
            return f"{b}-{0 if r == 0 else 11 - r}"


def dk_cvr() -> str:
    while True:
        b = str(R.randint(1, 9)) + dg(6)
        for last in range(10):
            if sum(int(x) * y for x, y in zip(b + str(last), [2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
                return b + str(last)


def cz_ico() -> str:
    while True:
        b = dg(7)
        r = sum(int(x) * (8 - i) for i, x in enumerate(b)) % 11
        c = (11 - r) % 10
        return b + str(c)


def ups() -> str:
    return "1Z" + rs(6, UP) + dg(10)


def masked(n: str) -> str:
    return "•••• " + n[-4:]


# ---------------------------------------------------------------- English innocents
shas = [sha1() for _ in range(3)]
I("en", "git-output", F(r'''$ git log --oneline -3 --format='%H %s'
{a} fix(auth): rotate session cookie on password change
{b} chore: bump next from 14.2.3 to 14.2.5
{c} feat: add token bucket rate limiter to /api/login''', a=shas[0], b=shas[1], c=shas[2]))

I("en", "git-output", F(r'''diff --git a/config/secrets.example.yml b/config/secrets.example.yml
index {a}..{b} 100644
--- a/config/secrets.example.yml
+++ b/config/secrets.example.yml
@@ -1,3 +1,4 @@
 api_key: "<your-api-key>"
+webhook_secret: "<generate with: openssl rand -hex 32>"''', a=hx(7), b=hx(7)))

d = sha256()
I("en", "bash-output", F(r'''$ docker pull ghcr.io/fenwick/api:1.14.2
1.14.2: Pulling from fenwick/api
{l1}: Already exists
{l2}: Pull complete
Digest: sha256:{d}
Status: Downloaded newer image for ghcr.io/fenwick/api:1.14.2''', l1=hx(12), l2=hx(12), d=d))

I("en", "file-read", F(r'''    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-{h}==",
      "dependencies": { "jws": "^3.2.2", "lodash.includes": "^4.3.0" }
    },''', h=b64s(86)))

I("en", "file-read", F(r'''golang.org/x/crypto v0.31.0 h1:{a}=
golang.org/x/crypto v0.31.0/go.mod h1:{b}=
golang.org/x/oauth2 v0.24.0 h1:{c}=''', a=b64s(43), b=b64s(43), c=b64s(43)))

I("en", "file-read", F(r'''# requirements.lock (generated by pip-compile --generate-hashes)
cryptography==43.0.1 \
    --hash=sha256:{a} \
    --hash=sha256:{b}
pyjwt==2.9.0 \
    --hash=sha256:{c}''', a=sha256(), b=sha256(), c=sha256()))

I("en", "bash-output", F(r'''$ ssh-keygen -t ed25519 -C "ci@fenwick" -f ~/.ssh/ci_ed25519 -N ""
Your identification has been saved in /home/dev/.ssh/ci_ed25519
Your public key has been saved in /home/dev/.ssh/ci_ed25519.pub
The key fingerprint is:
SHA256:{fp} ci@fenwick
$ cat ~/.ssh/ci_ed25519.pub
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{pk} ci@fenwick''', fp=b64s(43), pk=b64s(43)))

I("en", "bash-output", F(r'''$ sudo wg show
interface: wg0
  public key: {a}
  private key: (hidden)
  listening port: 51820

peer: {b}
  preshared key: (hidden)
  endpoint: 203.0.113.44:51820
  latest handshake: 1 minute, 12 seconds ago''', a=b64key(32), b=b64key(32)))

I("en", "file-read", F(r'''# .sops.yaml
creation_rules:
  - path_regex: secrets/prod/.*\.yaml$
    age: >-
      age1{a},
      age1{b}''', a=rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), b=rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")))

I("en", "bash-output", F(r'''$ npx hardhat run scripts/deploy.ts --network sepolia
Deploying VestingVault with account: {addr}
Transaction hash: 0x{tx}
VestingVault deployed to: {ca}
Gas used: 1,284,551''', addr=eth_addr(), tx=hx(64), ca=eth_addr()))

I("en", "env-file", r'''# .env.example — copy to .env and fill in real values
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_dev
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
OPENAI_API_KEY=sk-...
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ
SESSION_SECRET=change-me''')

I("en", "file-read", F(r'''apiVersion: v1
kind: ConfigMap
metadata:
  name: email-assets
binaryData:
  logo.png: iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA{b}
  favicon.ico: AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAAAAQAAA''', b=b64s(40)))

I("en", "ci-log", r'''Run npm publish --access public
  env:
    NODE_AUTH_TOKEN: ***
    NPM_CONFIG_PROVENANCE: true
npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access
+ @fenwick/sdk@3.2.0''')

I("en", "bash-output", r'''$ gh auth status
github.com
  ✓ Logged in to github.com account mrivera (keyring)
  - Active account: true
  - Git operations protocol: https
  - Token: gho_************************************
  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'
''')

I("en", "bash-output", F(r'''$ aws sts get-caller-identity
{
    "UserId": "AIDA{u}",
    "Account": "{acct}",
    "Arn": "arn:aws:iam::{acct}:user/ci-deployer"
}''', u=rs(17, string.ascii_uppercase + "234567"), acct=dg(12)))

I("en", "bash-output", F(r'''  # aws_db_instance.orders will be updated in-place
  ~ resource "aws_db_instance" "orders" {
        id                     = "db-{id}"
      ~ instance_class         = "db.r6g.large" -> "db.r6g.xlarge"
      ~ password               = (sensitive value)
        kms_key_id             = "arn:aws:kms:us-east-2:{acct}:key/{k}"
    }
Plan: 0 to add, 1 to change, 0 to destroy.''', id=rs(26, string.ascii_uppercase + string.digits), acct=dg(12), k=uid()))

I("en", "file-read", r'''## Configuring credentials
Set the variables below. The values shown are the placeholders from the AWS docs and will not work:

    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    export AWS_DEFAULT_REGION=us-west-2''')

I("en", "test-failure", r'''FAILED tests/checkout/test_card_form.py::test_luhn_valid_card_is_accepted
E   AssertionError: assert 'declined' == 'succeeded'
E   card_number = '4242 4242 4242 4242'  (Stripe documented test card), exp='12/34', cvc='123'
E   note: test mode key not configured, fell back to mock gateway''')

I("en", "bash-output", F(r'''[2025-05-03 14:22:08] INFO  payment.captured order=ORD-{o} amount=129.00 EUR method="Visa {m}" 3ds=frictionless
[2025-05-03 14:22:09] INFO  email.queued template=receipt to=c***@gmail.com''', o=dg(8), m=masked(card("4"))))

I("en", "bash-output", F(r'''127.0.0.1 - - [12/Mar/2025:10:04:11 +0000] "POST /api/v1/sessions HTTP/1.1" 201 512 "-" "okhttp/4.12.0" req_id={a}
127.0.0.1 - - [12/Mar/2025:10:04:12 +0000] "GET /api/v1/me HTTP/1.1" 200 1289 "-" "okhttp/4.12.0" req_id={b}''', a=uid(), b=uid()))

I("en", "bash-output", F(r'''$ aws s3api head-object --bucket fenwick-artifacts --key releases/api-1.14.2.tar.gz
{
    "AcceptRanges": "bytes",
    "LastModified": "2025-04-29T08:14:02+00:00",
    "ContentLength": 48213377,
    "ETag": "\"{e}\"",
    "VersionId": "{vid}",
    "ServerSideEncryption": "AES256"
}''', e=hx(32), vid=b64u(32)))

I("en", "bash-output", F(r'''$ docker ps --format '{{.ID}}  {{.Image}}  {{.Status}}'
{a}  postgres:16-alpine  Up 3 hours (healthy)
{b}  redis:7.2           Up 3 hours
{c}  ghcr.io/fenwick/api:1.14.2  Restarting (1) 4 seconds ago''', a=hx(12), b=hx(12), c=hx(12)))

I("en", "pkg-manager", r'''$ npm audit
# npm audit report

jsonwebtoken  <=8.5.1
Severity: high
jsonwebtoken unrestricted key type could lead to legacy keys usage - https://github.com/advisories/GHSA-8cf7-32gw-wr33
fix available via `npm audit fix --force`
1 high severity vulnerability''')

I("en", "test-failure", r'''tests/auth/test_tokens.py::test_refresh_token_rotation PASSED
tests/auth/test_tokens.py::test_expired_access_token_returns_401 PASSED
tests/auth/test_tokens.py::test_password_reset_token_single_use FAILED
E   AssertionError: reset token was accepted twice (expected 410 Gone on second use)''')

I("en", "file-read", r'''{
  "login.password": "Password",
  "login.passwordPlaceholder": "Enter your password",
  "login.forgot": "Forgot your password?",
  "errors.tokenExpired": "Your session token has expired. Please sign in again.",
  "settings.apiKey": "API key",
  "settings.apiKeyHint": "Keys start with sk_live_ and are shown only once."
}''')

I("en", "bash-output", r'''Mar 14 03:12:44 bastion sshd[20931]: Failed password for invalid user admin from 185.220.101.7 port 51122 ssh2
Mar 14 03:12:46 bastion sshd[20931]: Connection closed by invalid user admin 185.220.101.7 port 51122 [preauth]
Mar 14 03:12:51 bastion sshd[20937]: Accepted publickey for deploy from 10.20.0.4 port 40112 ssh2: ED25519 SHA256:Jq3vWm0bH8sX2k9PzR1dLtAa5nYcE7fUo4gKi6QyVwM''')

I("en", "file-read", r'''# seeds/contacts.yml
- name: Front desk
  phone: "+1 (415) 555-0132"
- name: After-hours support
  phone: "+44 20 7946 0958"
- name: Warehouse
  phone: "+61 2 9374 4000"''')

I("en", "tool-call", F(r'''{"tool":"WebFetch","input":{"url":"https://www.ups.com/track?tracknum={t}","prompt":"Return the latest delivery status for this shipment"}}''', t=ups()))

I("en", "summary", F(r'''Summary: reproduced the refund bug with order #{o} (booking ref {pnr}). Root cause: currency rounding on partial refunds of €1,299.00. Fix in PR #{pr}, merged as {sha}.''', o=dg(7), pnr=rs(6, string.ascii_uppercase), pr=R.randint(1000, 4000), sha=hx(7)))

I("en", "file-edit", F(r'''--- a/templates/invoice.html
+++ b/templates/invoice.html
@@ -40,3 +40,4 @@
   <p>Fenwick Labs, Inc. · 2261 Market St #4512, San Francisco, CA 94114</p>
-  <p>EIN: XX-XXXXXXX</p>
+  <p>EIN: {e} · VAT: {vat}</p>''', e=f"{R.randint(10, 88)}-{dg(7)}", vat=de_ustid()))

I("en", "ci-log", F(r'''HEAD is now at {s} Merge pull request #2291 from fenwick/fix/token-refresh
Cache restored from key: Linux-node-modules-{k}
Run npm ci
added 1432 packages, and audited 1433 packages in 21s''', s=hx(7), k=sha256()))

I("en", "file-read", F(r'''{a}  fenwick-cli_2.4.0_linux_amd64.tar.gz
{b}  fenwick-cli_2.4.0_darwin_arm64.tar.gz
{c}  fenwick-cli_2.4.0_windows_amd64.zip''', a=sha256(), b=sha256(), c=sha256()))

I("en", "pkg-manager", F(r'''Get:1 https://packages.fenwick.dev/apt stable InRelease [3,412 B]
Err:1 https://packages.fenwick.dev/apt stable InRelease
  The following signatures couldn't be verified because the public key is not available: NO_PUBKEY {k}
W: GPG error: https://packages.fenwick.dev/apt stable InRelease: The following signatures couldn't be verified''', k=hx(16).upper()))

I("en", "bash-output", F(r'''panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x{pc}]

goroutine 41 [running]:
github.com/fenwick/ingest/internal/token.(*Verifier).Verify(0x0, {0xc000{a}, 0x{b}})
	/src/internal/token/verify.go:88 +0x{o}''', pc=hx(6), a=hx(6), b=hx(3), o=hx(2)))

I("en", "bash-output", F(r'''$ kubectl get pods -n payments
NAME                                READY   STATUS    RESTARTS   AGE
payments-api-{rs}-{p1}     1/1     Running   0          2d4h
payments-api-{rs}-{p2}     1/1     Running   1          2d4h
payments-worker-{rs2}-{p3}  0/1     CrashLoopBackOff   12   41m''', rs=rs(10, "bcdfghjklmnpqrstvwxz2456789"), p1=rs(5, "bcdfghjklmnpqrstvwxz2456789"), p2=rs(5, "bcdfghjklmnpqrstvwxz2456789"), rs2=rs(9, "bcdfghjklmnpqrstvwxz2456789"), p3=rs(5, "bcdfghjklmnpqrstvwxz2456789")))

I("en", "cloud-cli", F(r'''$ az account show -o json
{
  "environmentName": "AzureCloud",
  "id": "{sub}",
  "name": "Fenwick Production",
  "tenantId": "{ten}",
  "user": { "name": "mrivera@fenwick.dev", "type": "user" }
}''', sub=uid(), ten=uid()))

I("en", "file-read", F(r'''// src/config/public.ts — safe to ship to the browser
export const publicConfig = {
  googleClientId: "{cid}-{s}.apps.googleusercontent.com",
  stripePublishableKey: "pk_live_51{pk}",
  mapboxStyle: "mapbox://styles/fenwick/clx{st}",
};''', cid=dg(12), s=rs(32, string.ascii_lowercase + string.digits), pk=rs(97), st=rs(22, string.ascii_lowercase + string.digits)))

I("en", "bash-output", F(r'''$ stripe events list --limit 2
evt_{e1}  charge.refunded           cus_{c1}  pi_{p1}
evt_{e2}  payment_intent.succeeded  cus_{c2}  pi_{p2}''', e1=rs(24), c1=rs(14), p1=rs(24), e2=rs(24), c2=rs(14), p2=rs(24)))

I("en", "tool-call", F(r'''{"tool":"mcp__slack__post_message","input":{"channel":"C0{ch}","thread_ts":"{t}","text":"Deploy of api 1.14.2 finished, no token or password changes in this release."}}''', ch=rs(9, UP), t=f"{R.randint(1700000000, 1760000000)}.{dg(6)}"))

I("en", "file-read", r'''## Password policy
- Minimum 12 characters, at least one digit and one symbol.
- Passwords are hashed with Argon2id (m=64MiB, t=3, p=4).
- API tokens are shown once at creation and stored as SHA-256 hashes.
- Never paste a token into an issue; use the "Rotate" button instead.''')

I("en", "file-read", F(r'''sku,ean,title,price
MUG-001,{a},Enamel mug 350ml,12.90
BK-104,978{b},Field Notes (hardcover),24.00
TEE-22,{c},Logo tee M,19.50''', a=ean13("40"), b=ean13("978")[3:], c=ean13("50")))

I("en", "bash-output", r'''$ cargo --version && rustc -Vv | head -3
cargo 1.83.0 (5ffbef321 2024-10-29)
rustc 1.83.0 (90b35a623 2024-11-26)
binary: rustc
commit-hash: 90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf''')

I("en", "bash-output", F(r'''$ ip -brief addr
lo               UNKNOWN        127.0.0.1/8 ::1/128
eth0             UP             10.20.0.14/24 fe80::{a}:{b}:{c}:{d}/64
$ cat /sys/class/net/eth0/address
{mac}''', a=hx(4), b=hx(4), c=hx(4), d=hx(4), mac=":".join(hx(2) for _ in range(6))))

I("en", "file-read", F(r'''[[package]]
name = "ring"
version = "0.17.8"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "{c}"''', c=sha256()))

I("en", "file-read", F(r'''// GET /api/v1/audit-logs?limit=50 response (truncated)
{"items": [...50 items...], "next_cursor": "{cur}", "has_more": true}''', cur=base64.b64encode(json.dumps({"id": R.randint(10000, 99999), "ts": 1741690000}).encode()).decode()))

I("en", "bash-output", F(r'''$ xxd -l 64 firmware.bin
00000000: {a}  ................
00000010: {b}  ..#.....T.......
00000020: {c}  ................
00000030: {d}  ........''', a=" ".join(hx(4) for _ in range(8)), b=" ".join(hx(4) for _ in range(8)), c=" ".join(hx(4) for _ in range(8)), d=" ".join(hx(4) for _ in range(8))))

cert = pem_body(4)
I("en", "file-read", "Read(certs/ca-bundle.pem)\n  ⎿  -----BEGIN CERTIFICATE-----\n     MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n     " + "\n     ".join(cert) + "\n     -----END CERTIFICATE-----")

pub = pem_body(3)
I("en", "file-read", "keys/jwt_public.pem (committed on purpose, used by the gateway to verify tokens)\n-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + pub[0][:20] + "\n" + "\n".join(pub[1:]) + "\n-----END PUBLIC KEY-----")

I("en", "bash-output", F(r'''$ curl -s https://auth.fenwick.dev/.well-known/jwks.json | jq '.keys[0]'
{
  "kty": "RSA",
  "kid": "{kid}",
  "use": "sig",
  "alg": "RS256",
  "n": "{n}",
  "e": "AQAB"
}''', kid=hx(16), n=b64u(120)))

I("en", "file-read", F(r'''github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
gitlab.internal ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{k}=''', k=b64s(99)))

I("en", "file-read", F(r'''version https://git-lfs.github.com/spec/v1
oid sha256:{o}
size 73400320''', o=sha256()))

I("en", "bash-output", F(r'''$ nix path-info -r .#api | head -3
/nix/store/{a}-glibc-2.39-52
/nix/store/{b}-openssl-3.0.14
/nix/store/{c}-api-1.14.2''', a=rs(32, "0123456789abcdfghijklmnpqrsvwxyz"), b=rs(32, "0123456789abcdfghijklmnpqrsvwxyz"), c=rs(32, "0123456789abcdfghijklmnpqrsvwxyz")))

I("en", "bash-output", r'''$ kubectl get secrets -n payments
NAME                  TYPE                                  DATA   AGE
pg-app                Opaque                                2      91d
stripe-api            Opaque                                3      91d
regcred               kubernetes.io/dockerconfigjson        1      204d
payments-api-tls      kubernetes.io/tls                     2      12d''')

I("en", "bash-output", r'''$ env | grep -iE 'token|secret|password' | cut -d= -f1
GITHUB_TOKEN
NPM_TOKEN
AWS_SECRET_ACCESS_KEY
PGPASSWORD''')

I("en", "file-edit", r'''@@ -8,7 +8,8 @@
   <label for="password">Password</label>
-  <input type="password" id="password" name="password">
+  <input type="password" id="password" name="password"
+         autocomplete="current-password" minlength="12" required>
   <a href="/reset">Forgot password?</a>''')

I("en", "test-failure", r'''FAILED tests/test_password_strength.py::test_rejects_common_passwords[correct horse battery staple]
E   AssertionError: zxcvbn score 4 >= 3, expected the xkcd example phrase to be flagged via the common-phrases list
E   assert strength("correct horse battery staple").is_common is True''')

I("en", "file-read", r'''services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      POSTGRES_DB: app''')

I("en", "file-read", r'''      - name: Publish
        run: npm publish --provenance
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
          SLACK_WEBHOOK: ${{ secrets.SLACK_RELEASES_WEBHOOK }}''')

I("en", "test-failure", r'''FAILED tests/test_iban.py::test_valid_examples - AssertionError
E   validate_iban("DE89 3704 0044 0532 0130 00") returned False (this is the example IBAN from the ISO 13616 docs)
E   validate_iban("GB82 WEST 1234 5698 7654 32") returned True''')

I("en", "bash-output", F(r'''{"level":"info","ts":"{t}","msg":"sms sent","to":"+447700900{n}","provider":"twilio","sid":"SM{sid}","status":"queued"}''', t=ts(), n=dg(3), sid=hx(32)))

I("en", "bash-output", F(r'''traceparent: 00-{t}-{s}-01
x-request-id: {r}
x-amzn-trace-id: Root=1-{a}-{b}''', t=hx(32), s=hx(16), r=uid(), a=hx(8), b=hx(24)))

I("en", "bash-output", F(r'''dist/assets/index-{a}.js      412.33 kB │ gzip: 131.02 kB
dist/assets/vendor-{b}.js     1,204.91 kB │ gzip: 388.47 kB
dist/assets/index-{c}.css      38.20 kB │ gzip:   7.11 kB
✓ built in 8.41s''', a=b64u(8), b=b64u(8), c=b64u(8)))

I("en", "lesson", r'''Lesson: when a CI log shows `password: ***`, the masking happened in the runner, not in our code. Don't "fix" it by echoing the variable to check it — use `test -n "$DB_PASSWORD"` instead.''')

I("en", "agent-thought", r'''The user asked me to "add the token" to the workflow. There is no token value in the conversation, so I'll reference ${{ secrets.DEPLOY_TOKEN }} and tell them which repository secret to create.''')

I("en", "git-output", F(r'''$ git log -1 --stat
commit {s}
Author: Dana Whitcomb <dana@fenwick.dev>
Date:   Wed Apr 2 16:41:09 2025 -0500

    security: remove leaked Slack webhook from alerting.yml and rotate it

 config/alerting.yml | 2 +-''', s=sha1()))

I("en", "file-read", F(r'''# sentry event {e}
message: "TokenExpiredError: jwt expired"
fingerprint: ["{f}"]
release: "api@1.14.2+{b}"
user: {"id": "usr_8812", "ip_address": "{{auto}}"}''', e=hx(32), f=hx(32), b=hx(7)))

I("en", "cloud-cli", F(r'''$ gcloud compute instances list --filter="name~'^ci-'"
NAME        ZONE            MACHINE_TYPE   INTERNAL_IP  EXTERNAL_IP     STATUS
ci-runner-1 europe-west4-a  e2-standard-8  10.164.0.12  34.90.{a}.{b}   RUNNING
ci-runner-2 europe-west4-a  e2-standard-8  10.164.0.13                  TERMINATED
$ gcloud projects describe ledger-prod-4471 --format='value(projectNumber)'
{pn}''', a=R.randint(1, 254), b=R.randint(1, 254), pn=dg(12)))

I("en", "cloud-cli", F(r'''$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,ImageId,SecurityGroups[0].GroupId]' --output text
i-0{a}	ami-0{b}	sg-0{c}
i-0{d}	ami-0{b}	sg-0{c}''', a=hx(16), b=hx(16), c=hx(16), d=hx(16)))

I("en", "bash-output", r'''$ vault kv metadata get secret/payments/stripe
======= Metadata Path =======
secret/metadata/payments/stripe
Key                   Value
---                   -----
created_time          2024-11-02T09:12:44.118Z
current_version       7
max_versions          10
updated_time          2025-03-30T18:01:09.552Z''')

I("en", "user-chat", r'''The token refresh is broken again — every time the access token expires the app logs me out instead of using the refresh token. Can you look at src/auth/session.ts? Don't touch the password reset flow, that part works.''')

I("en", "user-chat", F(r'''my order {o} never shipped and the tracking number {t} shows "label created" for 9 days. can you check whether the fulfillment webhook fired for it?''', o=f"{dg(3)}-{dg(7)}-{dg(7)}", t=ups()))

I("en", "test-failure", F(r'''  ● UserService › masks card numbers in the profile response
    expect(received).toEqual(expected)
    - Expected  "card": "**** **** **** 4821",
    + Received  "card": "**** **** **** 482",
      at Object.<anonymous> (src/users/__tests__/service.test.ts:88:31)''')  )

I("en", "file-read", F(r'''-- migration 0042: store only a hash of API tokens
ALTER TABLE api_tokens ADD COLUMN token_sha256 char(64);
-- example row after backfill:
-- id=311  prefix='fwk_live_'  last4='9Qz2'  token_sha256='{h}' ''', h=sha256()))

I("en", "summary", F(r'''Summary: upgraded to Node 22.11.0 and pnpm 9.12.3; lockfile hash changed from {a} to {b}. No secrets or environment variables were modified. Release v2.14.0-rc.3+build.{n} tagged.''', a=hx(12), b=hx(12), n=R.randint(1000, 9999)))

I("en", "bash-output", F(r'''$ openssl x509 -in certs/api.crt -noout -serial -fingerprint -sha256 -enddate
serial={s}
sha256 Fingerprint={fp}
notAfter=Aug 14 23:59:59 2025 GMT''', s=hx(32).upper(), fp=":".join(hx(2).upper() for _ in range(32))))

I("en", "tool-call", F(r'''{"tool":"Grep","input":{"pattern":"(api[_-]?key|secret|password)\\s*[:=]","path":"src/","output_mode":"files_with_matches","-i":true}}''' ))

I("en", "bash-output", r'''$ pass ls
Password Store
├── fenwick
│   ├── aws-prod
│   ├── github-token
│   └── stripe-live
└── personal
    └── bank''')

I("en", "file-read", F(r'''# yarn.lock
"jsonwebtoken@npm:^9.0.0":
  version: 9.0.2
  resolution: "jsonwebtoken@npm:9.0.2"
  checksum: {c}''', c=hx(128)[:128]))

I("en", "file-read", F(r'''# Example request from the API reference (values are fake)
curl https://api.fenwick.dev/v1/charges \
  -H "Authorization: Bearer YOUR_API_TOKEN" \
  -d amount=2000 -d currency=usd -d customer=cus_{c}''', c=rs(14)))

I("en", "bash-output", F(r'''  ⎿  Coverage summary
     Statements   : 87.41% ( 3312/3789 )
     Branches     : 79.02% ( 1210/1531 )
     Functions    : 85.66% ( 744/868 )
     Lines        : 88.10% ( 3201/3633 )
     Report: coverage/lcov-report/index.html  (build {b})''', b=hx(40)))

I("en", "bash-output", F(r'''$ md5sum dumps/*.sql.gz
{a}  dumps/orders-2025-04-01.sql.gz
{b}  dumps/orders-2025-04-02.sql.gz''', a=hx(32), b=hx(32)))

# ---------------------------------------------------------------- German innocents
I("de", "git-output", F(r'''$ git status
Auf Branch feature/passwort-zuruecksetzen
Ihr Branch ist auf demselben Stand wie 'origin/feature/passwort-zuruecksetzen'.
Änderungen, die nicht zum Commit vorgemerkt sind:
	geändert:       src/auth/token_service.py
$ git rev-parse HEAD
{s}''', s=sha1()))

I("de", "file-edit", F(r'''@@ -12,2 +12,3 @@
 <footer>Müller & Söhne GmbH · Hauptstraße 14 · 80331 München</footer>
-<p>USt-IdNr.: DE000000000</p>
+<p>USt-IdNr.: {u} · Amtsgericht München HRB {hrb}</p>
+<p>Tel. +49 89 2180 {t}</p>''', u=de_ustid(), hrb=R.randint(100000, 299999), t=dg(4)))

I("de", "file-read", r'''{
  "anmelden.passwort": "Passwort",
  "anmelden.passwortVergessen": "Passwort vergessen?",
  "fehler.tokenAbgelaufen": "Dein Sitzungstoken ist abgelaufen. Bitte melde dich erneut an.",
  "profil.iban": "IBAN (wird nur maskiert angezeigt)"
}''')

I("de", "user-chat", F(r'''Die Bestellung {o} hängt seit Dienstag im Status „versandbereit“. Sendungsnummer DHL: {d}. Kannst du im Webhook-Log nachsehen, ob das Update angekommen ist?''', o=f"B-2025-{dg(6)}", d="00340434" + dg(12)))

I("de", "bash-output", F(r'''Konto: DE** **** **** **** **{a} {b}
Lastschrift vom 03.04.2025 über 49,90 € – Mandatsreferenz MR-{m} – Gläubiger-ID DE98ZZZ0{g}''', a=dg(2), b=dg(2), m=dg(8), g=dg(10)))

# ---------------------------------------------------------------- French innocents
I("fr", "file-read", F(r'''# mentions-legales.md
Éditeur : Atelier Nord SAS, capital de 10 000 €
SIREN : {s} — RCS Lyon
Siège : 14 rue de la République, 69002 Lyon
Téléphone : +33 4 78 {a} {b}''', s=" ".join([fr_siren()[i:i + 3] for i in (0, 3, 6)]), a=dg(2), b=dg(2) + " " + dg(2)))

I("fr", "bash-output", F(r'''$ git log --oneline -2
{a} corrige la validation du mot de passe (longueur minimale 12)
{b} ajoute le renouvellement automatique du jeton d'accès''', a=hx(7), b=hx(7)))

I("fr", "user-chat", r'''Le mot de passe oublié ne fonctionne plus : l'e-mail arrive mais le lien dit « jeton invalide ». Tu peux regarder sans toucher aux clés de prod ?''')

I("fr", "ci-log", F(r'''Étape « Tests » terminée en 2 min 14 s
  ✔ 412 réussis, 0 échoués, 3 ignorés
  Artefact : rapport-couverture-{h}.zip (sha256 {s})''', h=hx(8), s=sha256()))

# ---------------------------------------------------------------- Spanish innocents
I("es", "file-read", F(r'''# facturación/emisor.yml
razon_social: "Distribuciones Levante S.L."
cif: "B{c}"
domicilio: "Calle de Alcalá 48, 28014 Madrid"
telefono: "+34 910 {t}"''', c=dg(8), t=dg(3) + " " + dg(3)))

I("es", "bash-output", F(r'''$ docker images
REPOSITORY        TAG       IMAGE ID       CREATED        SIZE
tienda/api        2.8.1     {a}   3 días atrás   211MB
tienda/frontend   2.8.1     {b}   3 días atrás   48.3MB''', a=hx(12), b=hx(12)))

I("es", "user-chat", F(r'''El pedido {o} aparece como pagado pero el cliente dice que no le llegó el correo. Tarjeta terminada en {l}, no hace falta que la veas entera, solo revisa el webhook.''', o="PED-" + dg(8), l=dg(4)))

I("es", "test-failure", r'''FALLÓ pruebas/test_dni.py::test_letra_incorrecta
E   AssertionError: se esperaba False para "12345678A" (ejemplo de la documentación, la letra correcta es Z)
E   assert validar_dni("12345678A") is False''')

# ---------------------------------------------------------------- Portuguese (BR) innocents
I("pt-BR", "file-read", F(r'''// rodape.tsx
<p>Loja Exemplo Comércio Ltda — CNPJ {c}</p>
<p>Av. Paulista, 1578 — São Paulo/SP — CEP 01310-200</p>
<p>SAC: 0800 {a} {b}</p>''', c=br_cnpj(), a=dg(3), b=dg(4)))

I("pt-BR", "bash-output", F(r'''[2025-04-18 10:11:02] INFO pedido={o} status=PAGO meio=pix txid={tx} valor=R$ 189,90
[2025-04-18 10:11:02] INFO nota_fiscal emitida chave={ch}''', o=dg(9), tx=rs(32, string.ascii_uppercase + string.digits), ch=dg(44)))

I("pt-BR", "user-chat", r'''a tela de "esqueci minha senha" tá mandando o token expirado. consegue ver o TTL no redis? não precisa mexer em senha de ninguém''')

I("pt-BR", "test-failure", F(r'''FALHOU test/cpf.test.ts > mascara o CPF na listagem
  Esperado: "***.***.{a}-**"
  Recebido: "***.***.{a}-{b}"''', a=dg(3), b=dg(2)))

I("pt-PT", "file-read", F(r'''# fatura-modelo.md
Emitente: Cafés Douro, Lda. — NIPC 5{n}
Morada: Rua de Santa Catarina 312, 4000-447 Porto
Referência Multibanco: Entidade 21{e} · Ref. {r} · Montante 37,50 €''', n=dg(8), e=dg(3), r=f"{dg(3)} {dg(3)} {dg(3)}"))

I("pt-PT", "bash-output", F(r'''$ npm ci
adicionados 812 pacotes em 14s
$ git describe --tags
v3.4.1-12-g{s}''', s=hx(7)))

# ---------------------------------------------------------------- Italian innocents
I("it", "file-read", F(r'''# footer.html
Rossi Forniture S.r.l. — P.IVA {p} — REA MI-{r}
Via Torino 21, 20123 Milano — Tel. +39 02 {t}''', p=it_piva(), r=dg(7), t=f"{dg(4)} {dg(4)}"))

I("it", "user-chat", F(r'''Il cliente dice che il codice di tracciamento {t} non risulta su BRT. L'ordine è il n. {o}. Puoi controllare il log dell'integrazione?''', t=dg(14), o=dg(6)))

I("it", "file-read", r'''# README – configurazione
Copia `.env.esempio` in `.env` e imposta:
- `DB_PASSWORD`: la password del database locale (non quella di produzione)
- `SMTP_TOKEN`: lascia vuoto in sviluppo, le email finiscono su MailHog''')

# ---------------------------------------------------------------- Dutch innocents
I("nl", "file-read", F(r'''# algemene-gegevens.yml
bedrijf: "Van Dijk Fietsen B.V."
kvk: "{k}"
btw: "NL{b}B01"
adres: "Oudegracht 112, 3511 AV Utrecht"''', k=dg(8), b=dg(9)))

I("nl", "test-failure", r'''FAIL  tests/bsn.test.ts > weigert ongeldig BSN
  AssertionError: verwacht false voor "123456789" (standaardvoorbeeld, faalt de elfproef), kreeg true
    at tests/bsn.test.ts:14:5''')

I("nl", "bash-output", F(r'''$ mollie payments list --limit 2
tr_{a}  paid      € 24,95  ideal   Bestelling #{o1}
tr_{b}  expired   € 12,50  ideal   Bestelling #{o2}''', a=rs(10), b=rs(10), o1=dg(5), o2=dg(5)))

# ---------------------------------------------------------------- Polish innocents
I("pl", "file-read", F(r'''# stopka faktury
Sprzedawca: Kowalski i Wspólnicy sp. j.
NIP: {n} · REGON: {r}
ul. Floriańska 15, 31-019 Kraków''', n=pl_nip(), r=dg(9)))

I("pl", "user-chat", r'''Reset hasła nie działa – link z maila mówi "token wygasł" po 2 minutach zamiast po godzinie. Sprawdź konfigurację TTL, proszę.''')

I("pl", "bash-output", F(r'''$ git log -1 --format='%H%n%an%n%s'
{s}
Marta Zielińska
naprawa: maskowanie numeru konta w eksporcie CSV (pokazuj tylko 4 ostatnie cyfry)''', s=sha1()))

# ---------------------------------------------------------------- Czech innocents
I("cs", "file-read", F(r'''Dodavatel: Novák Software s.r.o.
IČO: {i}  DIČ: CZ{i}
Číslo faktury: 2025{f} · Variabilní symbol: 2025{f}''', i=cz_ico(), f=dg(4)))

I("cs", "test-failure", F(r'''SELHALO tests/test_platby.py::test_maskovani_uctu
E   očekáváno: '******{a}/0800'
E   obdrženo:  '{b}{a}/0800' ''', a=dg(4), b=dg(6)))

I("cs", "user-chat", r'''Heslo do adminu nikomu neposílej, jen mi prosím zkontroluj, proč přihlášení přes token z e-mailu vrací 500.''')

# ---------------------------------------------------------------- Swedish innocents
I("sv", "file-read", F(r'''Lindqvist Bygg AB
Org.nr: {o}
Bankgiro: {bg}
Momsreg.nr: SE{m}01''', o=se_orgnr(), bg=f"{dg(4)}-{dg(4)}", m=se_orgnr().replace("-", "")))

I("sv", "bash-output", F(r'''$ kubectl describe pod api-{p} | grep -i image
    Image:          registry.kontoret.se/api:4.2.0
    Image ID:       registry.kontoret.se/api@sha256:{d}''', p=rs(5, "bcdfghjklmnpqrstvwxz2456789"), d=sha256()))

I("sv", "test-failure", r'''FEL tests/personnummer.test.js › accepterar testnummer från Skatteverket
  Förväntat: true för "19121212-1212" (officiellt testpersonnummer)
  Fick: false''')

# ---------------------------------------------------------------- Norwegian innocents
I("no", "file-read", F(r'''Fjord Kaffe AS · Org.nr. {o} MVA
Karl Johans gate 12, 0154 Oslo · Tlf. +47 22 {t}''', o=no_orgnr(), t=f"{dg(2)} {dg(2)} {dg(2)}"))

I("no", "user-chat", F(r'''Ordre {o} er betalt med Vipps, men står fortsatt som «venter». Transaksjons-ID i Vipps er {t}. Kan du sjekke callbacken?''', o=dg(6), t=dg(10)))

I("no", "lesson", r'''Lærdom: Vipps test-miljøet bruker egne nøkler; ikke kopier noe fra produksjonsportalen. Sett VIPPS_CLIENT_SECRET via GitHub-secrets og bruk bare navnet i koden.''')

# ---------------------------------------------------------------- Danish innocents
I("da", "file-read", F(r'''Nordlys ApS · CVR {c}
Vesterbrogade 41, 1620 København V
Telefon +45 33 {t}''', c=dk_cvr(), t=f"{dg(2)} {dg(2)} {dg(2)}"))

I("da", "bash-output", F(r'''$ git log --oneline -2
{a} ret: adgangskode-nulstilling sender nu kun ét token
{b} opdater afhængigheder (pnpm-lock.yaml)''', a=hx(7), b=hx(7)))

I("da", "test-failure", F(r'''FEJLET test_cpr.py::test_maskering
E   forventet '{d}-XXXX', fik '{d}-{x}' ''', d=f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99)}", x="xxxx"))

# ---------------------------------------------------------------- Finnish innocents
I("fi", "file-read", F(r'''Revontuli Oy · Y-tunnus {y}
Mannerheimintie 5, 00100 Helsinki
Viitenumero: {v}''', y=fi_ytunnus(), v=dg(10)))

I("fi", "user-chat", r'''Salasanan vaihto antaa virheen "tunniste vanhentunut". Katsotko auth-palvelun lokit? Älä tulosta mitään avaimia.''')

I("fi", "bash-output", F(r'''$ docker buildx imagetools inspect ghcr.io/revontuli/api:1.9.0
Name:      ghcr.io/revontuli/api:1.9.0
MediaType: application/vnd.oci.image.index.v1+json
Digest:    sha256:{d}''', d=sha256()))

# ---------------------------------------------------------------- Turkish innocents
I("tr", "file-read", F(r'''# fatura-sablonu.html
<p>Yıldız Yazılım A.Ş. — Vergi Dairesi: Kadıköy — VKN: {v}</p>
<p>Mersis No: 0{m}</p>
<p>Tel: +90 216 {t}</p>''', v=dg(10), m=dg(15), t=f"{dg(3)} {dg(2)} {dg(2)}"))

I("tr", "bash-output", F(r'''$ git log --oneline -3
{a} şifre sıfırlama e-postasındaki token süresi 60 dk yapıldı
{b} kart numarası maskeleme: ilk 6 ve son 4 hane
{c} bağımlılıklar güncellendi''', a=hx(7), b=hx(7), c=hx(7)))

I("tr", "user-chat", F(r'''Sipariş {o} için kargo takip no {k} ama Yurtiçi sitesinde görünmüyor. Entegrasyon loguna bakar mısın?''', o=dg(8), k=dg(12)))

I("tr", "test-failure", F(r'''BAŞARISIZ test_kart.py::test_maskeleme
E   beklenen: '{a}******{b}'
E   assert maskele(kart) == '{a}******{b}' ''', a=dg(6), b=dg(4)))

# ---------------------------------------------------------------- Russian innocents
I("ru", "file-read", F(r'''Реквизиты: ООО «Северный ветер»
ИНН {inn} / КПП {kpp}
ОГРН {ogrn}
Тел.: +7 (495) {t}''', inn=ru_inn10(), kpp=dg(9), ogrn="1" + dg(12), t=f"{dg(3)}-{dg(2)}-{dg(2)}"))

I("ru", "bash-output", F(r'''$ git log -1
commit {s}
Author: Алексей Смирнов <a.smirnov@sever.ru>
Date:   Mon Mar 17 12:04:51 2025 +0300

    исправлена проверка пароля: минимум 12 символов, токен сброса одноразовый''', s=sha1()))

I("ru", "user-chat", r'''После обновления пользователи не могут сменить пароль — форма пишет «неверный токен». Логи смотри, но ключи и пароли в чат не выводи.''')

I("ru", "ci-log", F(r'''Задача build#{n}: успешно
Образ: registry.sever.ru/crm:2.3.7@sha256:{d}
Время сборки: 3 мин 12 с''', n=R.randint(1000, 9999), d=sha256()))

# ---------------------------------------------------------------- Ukrainian innocents
I("uk", "file-read", F(r'''ТОВ «Світанок» · ЄДРПОУ {e}
вул. Хрещатик, 22, Київ, 01001
Тел.: +380 44 {t}''', e=dg(8), t=f"{dg(3)} {dg(2)} {dg(2)}"))

I("uk", "user-chat", F(r'''Замовлення №{o} оплачене, але статус не оновився. Номер ТТН Нової пошти {n}. Подивись, будь ласка, чи прийшов вебхук.''', o=dg(6), n="20" + dg(12)))

I("uk", "test-failure", F(r'''ПОМИЛКА tests/test_card.py::test_mask
E   очікувалось "**** **** **** {a}", отримано "**** **** ****"''', a=dg(4)))

# ---------------------------------------------------------------- Greek innocents
I("el", "file-read", F(r'''Στοιχεία εκδότη: Αιγαίο Λογισμικό Α.Ε.
ΑΦΜ: {a} · ΔΟΥ: Α' Αθηνών · ΓΕΜΗ: {g}
Τηλ.: +30 210 {t}''', a=dg(9), g=dg(12), t=dg(7)))

I("el", "file-edit", F(r'''@@ -3,3 +3,3 @@
 # Αντίγραψε σε .env και συμπλήρωσε τις πραγματικές τιμές
-VIVA_API_KEY=
+VIVA_API_KEY=<βάλε εδώ το κλειδί από το Viva Wallet>
 VIVA_MERCHANT_ID={m}''', m=uid()))

I("el", "user-chat", r'''Ο κωδικός πρόσβασης δεν αλλάζει από τη σελίδα προφίλ, βγάζει "μη έγκυρο token". Μπορείς να δεις τα logs χωρίς να μου στείλεις κλειδιά;''')

# ---------------------------------------------------------------- Hebrew innocents
I("he", "file-read", F(r'''# פרטי החברה לחשבונית
שם: גל טכנולוגיות בע"מ
ח.פ.: 51{c}
כתובת: רחוב רוטשילד 45, תל אביב 6688312
טלפון: 03-{t}''', c=il_id()[2:], t=dg(7)))

I("he", "bash-output", F(r'''$ git log --oneline -2
{a} תיקון: הסתרת מספר כרטיס אשראי בלוגים
{b} הוספת בדיקות לאיפוס סיסמה''', a=hx(7), b=hx(7)))

I("he", "user-chat", F(r'''ההזמנה {o} נתקעה בסטטוס "ממתין לתשלום". מספר אישור העסקה {t}. תבדוק בבקשה את ה-webhook''', o=dg(7), t=dg(7)))

# ---------------------------------------------------------------- Arabic innocents
I("ar", "file-read", F(r'''# بيانات الفاتورة
الشركة: مؤسسة النخبة للتقنية
السجل التجاري: {cr}
الرقم الضريبي: 3{vat}3
الهاتف: +966 11 {t}''', cr=dg(10), vat=dg(13), t=f"{dg(3)} {dg(4)}"))

I("ar", "user-chat", r'''صفحة "نسيت كلمة المرور" ترسل رابطاً برمز منتهي الصلاحية. افحص إعدادات مدة الرمز من فضلك ولا تعرض أي مفاتيح في السجل''')

I("ar", "bash-output", F(r'''$ git log --oneline -2
{a} إصلاح: إخفاء رقم البطاقة في الإيصالات
{b} تحديث الاعتماديات''', a=hx(7), b=hx(7)))

I("ar", "test-failure", F(r'''فشل tests/test_iban.py::test_mask
E   المتوقع: "SA** **** **** **** **** {a}"
E   الناتج: "SA** **** **** **** ****"''', a=dg(4)))

# ---------------------------------------------------------------- Persian innocents
I("fa", "file-read", F(r'''# اطلاعات فروشنده
نام: شرکت نوآوران پارس
شناسه ملی شرکت: {n}
کد پستی: {p}
تلفن: ۰۲۱-{t}''', n="10" + dg(9), p=dg(10), t=dg(8)))

I("fa", "user-chat", F(r'''سفارش {o} پرداخت شده ولی وضعیتش عوض نشده. کد رهگیری پرداخت {k} هست. لاگ callback رو چک کن''', o=dg(7), k=dg(12)))

I("fa", "test-failure", F(r'''FAILED tests/test_card.py::test_mask_iranian_card
E   انتظار: "6037-99**-****-{a}"
E   دریافت: "6037-99**-****-****"''', a=dg(4)))

# ---------------------------------------------------------------- Hindi innocents
I("hi", "file-read", F(r'''# बिल विवरण
कंपनी: श्री गणेश ट्रेडर्स प्रा. लि.
GSTIN: 27{p}1Z{c}
CIN: U{cin}
फ़ोन: +91 22 {t}''', p=rs(5, string.ascii_uppercase) + dg(4) + rs(1, string.ascii_uppercase), c=rs(1, UP), cin=dg(5) + "MH2019PTC" + dg(6), t=f"{dg(4)} {dg(4)}"))

I("hi", "user-chat", r'''पासवर्ड रीसेट वाला ईमेल आ रहा है लेकिन लिंक पर "टोकन अमान्य" दिखता है। कृपया लॉग देखो, पर कोई key मत दिखाना''')

I("hi", "test-failure", F(r'''विफल tests/test_aadhaar.py::test_mask
E   अपेक्षित: "XXXX XXXX {a}"
E   प्राप्त:   "XXXX XXXX"''', a=dg(4)))

# ---------------------------------------------------------------- Bengali innocents
I("bn", "user-chat", F(r'''অর্ডার {o} এর ট্র্যাকিং নম্বর {t}, কিন্তু কুরিয়ার সাইটে কিছু দেখাচ্ছে না। ইন্টিগ্রেশন লগটা দেখবে?''', o=dg(6), t="DEX" + dg(9)))

I("bn", "ci-log", F(r'''ধাপ ৩: ডিপ্লয়
  BKASH_APP_SECRET: ***
  BKASH_USERNAME: ***
ইমেজ পুশ সম্পন্ন: registry.example.com.bd/shop@sha256:{d}''', d=sha256()))

I("bn", "file-read", F(r'''ট্রেড লাইসেন্স নং: TRAD/DNCC/{t}/2024
ঠিকানা: বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা ১২০৫
হটলাইন: +880 9612 {h}''', t=dg(6), h=dg(6)))

# ---------------------------------------------------------------- Tamil innocents
I("ta", "user-chat", r'''கடவுச்சொல் மாற்றும் பக்கம் "டோக்கன் காலாவதியானது" என்று சொல்கிறது. TTL அமைப்பைப் பார்க்கவும், எந்த key-யும் அச்சிட வேண்டாம்''')

I("ta", "bash-output", F(r'''$ pip download cryptography==43.0.1 --no-deps -d /tmp/dl && sha256sum /tmp/dl/*.whl
{h}  /tmp/dl/cryptography-43.0.1-cp39-abi3-manylinux_2_28_x86_64.whl
# சரிபார்ப்பு: PyPI பக்கத்தில் உள்ள hash-உடன் பொருந்துகிறது''', h=sha256()))

I("ta", "file-read", F(r'''நிறுவனம்: தமிழ் மென்பொருள் பிரைவேட் லிமிடெட்
GSTIN: 33{p}1Z{c}
தொலைபேசி: +91 44 {t}''', p=rs(5, string.ascii_uppercase) + dg(4) + rs(1, string.ascii_uppercase), c=rs(1, UP), t=f"{dg(4)} {dg(4)}"))

# ---------------------------------------------------------------- Urdu innocents
I("ur", "user-chat", F(r'''آرڈر نمبر {o} کی ٹریکنگ {t} ہے لیکن TCS پر اپڈیٹ نہیں ہو رہا۔ ویب ہک لاگ چیک کر لیں''', o=dg(6), t=dg(11)))

I("ur", "agent-thought", r'''صارف نے کہا کہ "پاس ورڈ .env میں ڈال دو" لیکن کوئی قدر نہیں دی۔ میں .env.example میں صرف DB_PASSWORD= خالی چھوڑوں گا اور انہیں بتاؤں گا۔''')

I("ur", "file-read", F(r'''کمپنی: الفلاح سافٹ ویئر (پرائیویٹ) لمیٹڈ
NTN: {n}-{c}
فون: +92 42 {t}''', n=dg(7), c=dg(1), t=f"{dg(4)} {dg(4)}"))

# ---------------------------------------------------------------- Chinese innocents
I("zh", "file-read", F(r'''# 发票抬头
名称：杭州云帆科技有限公司
统一社会信用代码：{u}
地址：浙江省杭州市西湖区文三路 90 号  邮编 310012
电话：0571-{t}''', u=cn_uscc(), t=dg(8)))

I("zh", "bash-output", F(r'''$ git log --oneline -3
{a} 修复：重置密码的 token 只能使用一次
{b} 日志中隐藏银行卡号（只显示后四位）
{c} 升级依赖''', a=hx(7), b=hx(7), c=hx(7)))

I("zh", "user-chat", F(r'''订单号 {o} 已支付但状态没变，微信支付交易单号 {w}。帮我查一下回调日志，不要打印任何密钥''', o=dg(16), w="4200" + dg(24)))

I("zh", "test-failure", F(r'''FAILED tests/test_mask.py::test_id_card_mask
E   期望: "{a}********{b}"
E   实际: "{a}**********"''', a=dg(6), b=dg(3) + "X"))

# ---------------------------------------------------------------- Chinese (Traditional) innocents
I("zh-Hant", "file-read", F(r'''公司名稱：台北雲端科技股份有限公司
統一編號：{u}
地址：台北市信義區松仁路 100 號
客服電話：(02) {t}''', u=dg(8), t=f"{dg(4)}-{dg(4)}"))

I("zh-Hant", "user-chat", r'''忘記密碼的信有寄出，但是點連結會顯示「權杖已過期」。麻煩看一下 token 的有效時間設定''')

I("zh-Hant", "bash-output", F(r'''$ docker image inspect api:3.1.0 --format '{{.Id}}'
sha256:{d}''', d=sha256()))

# ---------------------------------------------------------------- Japanese innocents
I("ja", "file-read", F(r'''# 会社情報（請求書フッター）
株式会社さくらテック
法人番号：{c}
適格請求書発行事業者登録番号：T{c}
〒150-0002 東京都渋谷区渋谷2-21-1  TEL 03-{t}''', c=jp_corp(), t=f"{dg(4)}-{dg(4)}"))

I("ja", "bash-output", F(r'''$ git log --oneline -3
{a} パスワード再設定トークンの有効期限を60分に修正
{b} カード番号を下4桁のみ表示するように変更
{c} 依存関係の更新''', a=hx(7), b=hx(7), c=hx(7)))

I("ja", "user-chat", F(r'''注文番号 {o} が「発送準備中」のままです。ヤマトの伝票番号は {y} です。Webhook のログを確認してもらえますか？''', o=dg(10), y=f"{dg(4)}-{dg(4)}-{dg(4)}"))

I("ja", "test-failure", r'''FAIL  src/__tests__/mynumber.test.ts > 不正なマイナンバーを拒否する
  期待値: false（"123456789012" はチェックデジット不一致のサンプル）
  実際:   true''')

# ---------------------------------------------------------------- Korean innocents
I("ko", "file-read", F(r'''상호: 주식회사 한빛소프트
사업자등록번호: {b}
통신판매업신고: 제2024-서울강남-{n}호
주소: 서울특별시 강남구 테헤란로 152  전화 02-{t}''', b=kr_brn(), n=dg(5), t=f"{dg(4)}-{dg(4)}"))

I("ko", "bash-output", F(r'''$ git log --oneline -2
{a} 수정: 비밀번호 재설정 토큰 1회만 사용 가능하도록
{b} 카드번호 마스킹 테스트 추가''', a=hx(7), b=hx(7)))

I("ko", "user-chat", F(r'''주문번호 {o} 결제는 됐는데 상태가 안 바뀌어요. 토스페이먼츠 paymentKey 말고 주문 ID로만 로그 찾아봐 주세요.''', o="ORD" + dg(12)))

I("ko", "test-failure", F(r'''FAILED tests/test_rrn.py::test_mask
E   기대값: '{a}-{g}******'
E   실제값: '{a}-*******' ''', a=dg(6), g=R.choice("1234")))

# ---------------------------------------------------------------- Vietnamese innocents
I("vi", "file-read", F(r'''Công ty TNHH Sao Việt
Mã số thuế: 0{m}
Địa chỉ: 12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội
Hotline: 1900 {t}''', m=dg(9), t=dg(4)))

I("vi", "user-chat", F(r'''Đơn hàng {o} đã thanh toán qua VNPay nhưng trạng thái chưa cập nhật. Mã giao dịch {t}. Kiểm tra giúp mình IPN log nhé''', o=dg(8), t=dg(8)))

I("vi", "ci-log", F(r'''Bước 5/6: Kiểm tra bảo mật
gitleaks detect --source . --redact
    ○
    │╲
    ○ ○ gitleaks
INF 214 commits scanned. INF no leaks found
Commit cuối: {s}''', s=sha1()))

# ---------------------------------------------------------------- Thai innocents
I("th", "file-read", F(r'''บริษัท สยามซอฟต์ จำกัด
เลขประจำตัวผู้เสียภาษี: 0{t}
ที่อยู่: 999 ถนนพระราม 4 กรุงเทพฯ 10500
โทร 02-{p}''', t=dg(12), p=f"{dg(3)}-{dg(4)}"))

I("th", "user-chat", F(r'''ออเดอร์ {o} จ่ายแล้วแต่สถานะยังไม่เปลี่ยน เลขพัสดุ Kerry {k} ช่วยดู log webhook หน่อย''', o=dg(8), k="KEX" + dg(12)))

I("th", "bash-output", F(r'''$ openssl rand -hex 4
{h}
# ใช้เป็น suffix ของชื่อ bucket ชั่วคราว: test-upload-{h}''', h=hx(8)))

# ---------------------------------------------------------------- Indonesian innocents
I("id", "file-read", F(r'''PT Nusantara Digital
NPWP: {a}.{b}.{c}.{d}-{e}.000
NIB: {nib}
Jl. Sudirman Kav. 52, Jakarta 12190''', a=dg(2), b=dg(3), c=dg(3), d=dg(1), e=dg(3), nib=dg(13)))

I("id", "user-chat", F(r'''Pesanan {o} sudah dibayar via QRIS tapi status masih pending. Nomor resi JNE {r}. Tolong cek log callback-nya''', o="INV/2025/" + dg(6), r=dg(16)))

I("id", "bash-output", F(r'''$ git log --oneline -2
{a} perbaikan: token reset kata sandi hanya bisa dipakai sekali
{b} sembunyikan NIK di log''', a=hx(7), b=hx(7)))

# ---------------------------------------------------------------- Tagalog innocents
I("tl", "user-chat", F(r'''Yung order {o} bayad na pero naka-pending pa rin. Reference number ng GCash ay {r}. Pakicheck yung webhook logs''', o=dg(7), r=dg(13)))

I("tl", "user-chat", r'''Hindi gumagana yung "forgot password", sabi "invalid token" agad. Paki-check ng expiry sa Redis, pero huwag mo i-print yung mga keys ha''')

I("tl", "file-read", F(r'''Bayanihan Software Inc.
TIN: {a}-{b}-{c}-000
SEC Reg. No.: CS2019{s}
Tel: +63 2 8{t}''', a=dg(3), b=dg(3), c=dg(3), s=dg(5), t=dg(7)))

# ---------------------------------------------------------------- Swahili innocents
I("sw", "user-chat", F(r'''Oda {o} imelipwa kwa M-Pesa lakini hali bado ni "inasubiri". Nambari ya muamala ni {m}. Tafadhali angalia callback log''', o=dg(6), m=rs(10, string.ascii_uppercase + string.digits)))

I("sw", "bash-output", F(r'''[2025-06-02 09:14:11] INFO stk_push imetumwa CheckoutRequestID=ws_CO_{c} MerchantRequestID={m}
[2025-06-02 09:14:19] INFO callback ResultCode=0 "Ombi limekamilika" simu=2547******{l}''', c=dg(20), m=f"{dg(5)}-{dg(8)}-1", l=dg(2)))

I("sw", "file-read", F(r'''Kampuni: Jua Kali Tech Ltd
KRA PIN: P{p}{l}
Sanduku la Posta 4521-00100, Nairobi
Simu: +254 20 {t}''', p=dg(9), l=rs(1, string.ascii_uppercase), t=dg(7)))

# ---------------------------------------------------------------- Hungarian innocents
I("hu", "file-read", F(r'''Szállító: Duna Szoftver Kft.
Adószám: {a}-{b}-{c}
Cégjegyzékszám: 01-09-{cj}
1051 Budapest, Október 6. utca 12.''', a=dg(8), b=R.choice("1234"), c=dg(2), cj=dg(6)))

I("hu", "test-failure", F(r'''HIBA tests/test_szamla.py::test_mnb_arfolyam
E   várt: 395.12 HUF/EUR, kapott: 395.1
E   kérés azonosító: {r}''', r=uid()))

I("hu", "user-chat", r'''A jelszóváltoztatás "érvénytelen token" hibát dob. Megnéznéd a naplót? Kulcsokat ne írj ki a chatbe.''')

# ---------------------------------------------------------------- Romanian innocents
I("ro", "file-read", F(r'''Furnizor: Carpați Software SRL
CUI: RO{c}
Nr. Reg. Com.: J40/{r}/2019
Str. Victoriei 45, București 010063''', c=dg(8), r=dg(5)))

I("ro", "user-chat", F(r'''Comanda {o} apare plătită dar statusul nu s-a schimbat. AWB FAN Courier: {a}. Te rog verifică logul webhook-ului.''', o=dg(7), a=dg(13)))

I("ro", "bash-output", F(r'''$ git log --oneline -2
{a} fix: tokenul de resetare a parolei expira prea repede
{b} mascare IBAN în export''', a=hx(7), b=hx(7)))

# ---------------------------------------------------------------- Hinglish innocents
I("hi-Latn", "user-chat", r'''bhai password reset wala flow phir se toot gaya, token turant expire ho raha hai. redis TTL check karo, koi key mat print karna''')

I("hi-Latn", "user-chat", F(r'''order {o} ka payment ho gaya Razorpay pe (payment id pay_{p}) but status pending dikha raha hai. webhook logs dekh lo''', o=dg(8), p=rs(14)))

I("hi-Latn", "agent-thought", r'''User bol raha hai "token daal do workflow me", lekin chat me koi token value nahi hai. Main ${{ secrets.RAZORPAY_KEY_SECRET }} reference karunga aur unko bataunga ki secret kahan add karna hai.''')

# ---------------------------------------------------------------- Arabizi innocents
I("ar-Latn", "user-chat", F(r'''el order {o} etdafa3 bas el status lessa pending. rakam el tracking {t}, shoof el webhook logs please''', o=dg(7), t=dg(12)))

I("ar-Latn", "user-chat", r'''el password reset msh shaghal, bey2ool "invalid token" 3ala tool. shoof el TTL bas matetba3sh ay keys fel chat''')

# ---------------------------------------------------------------- Serbian innocents
I("sr", "file-read", F(r'''Добављач: Дунав Софтвер д.о.о.
ПИБ: {p}
Матични број: {m}
Кнез Михаилова 10, 11000 Београд''', p=dg(9), m=dg(8)))

I("sr", "bash-output", F(r'''$ ssh-keyscan -t ed25519 git.firma.rs 2>/dev/null | ssh-keygen -lf -
256 SHA256:{f} git.firma.rs (ED25519)
# отисак се поклапа са оним на интерној вики страници''', f=b64s(43)))

I("sr", "user-chat", r'''Промена лозинке враћа „неважећи токен“. Погледај логове, молим те, али немој исписивати кључеве.''')

# ---------------------------------------------------------------- Catalan innocents
I("ca", "file-read", F(r'''Emissor: Programari Mediterrani SL
NIF: B{n}
Adreça: Passeig de Gràcia 55, 08007 Barcelona
Tel. 93 {t}''', n=dg(8), t=f"{dg(3)} {dg(2)} {dg(2)}"))

I("ca", "user-chat", r'''El restabliment de contrasenya diu "testimoni caducat" de seguida. Revisa el TTL, però no imprimeixis cap clau.''')

# ---------------------------------------------------------------- Estonian innocents
I("et", "file-read", F(r'''Tarnija: Läänemere Tarkvara OÜ
Registrikood: {r}
KMKR: EE{k}
Narva mnt 7, 10117 Tallinn''', r=dg(8), k=dg(9)))

I("et", "file-read", F(r'''# docs/paigaldus.md
Ava `.env.näide` ja asenda väärtused:
    SMART_ID_RELYING_PARTY_UUID=00000000-0000-0000-0000-000000000000
    SMART_ID_RELYING_PARTY_NAME=DEMO
(need on SK ID Solutionsi ametlikud demokeskkonna väärtused)'''))

# ---------------------------------------------------------------- extra hard innocents, mixed settings
I("de", "ci-log", F(r'''Schritt 2/5: Abhängigkeiten
Cache wiederhergestellt mit Schlüssel: Linux-pnpm-store-{k}
Lockfile ist aktuell, Auflösung übersprungen
Pakete: +1184
Fertig in 12.4s''', k=sha256()))

I("ja", "bash-output", F(r'''$ cat ~/.ssh/id_ed25519.pub
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{k} tanaka@mbp
# ↑ 公開鍵なので GitHub の Deploy keys に登録してOK''', k=b64s(43)))

I("ru", "bash-output", F(r'''$ cast tx 0x{tx} --rpc-url $RPC
blockNumber          {b}
from                 {f}
to                   {t}
# комиссия 0.00041 ETH, транзакция подтверждена''', tx=hx(64), b=R.randint(19000000, 21000000), f=eth_addr(), t=eth_addr()))

I("es-Latn-mix", "user-chat", F(r'''oye el build falla con "checksum mismatch" para el package, el expected hash es {h} pero el downloaded es otro. Puedes check si es un cache issue?''', h=sha256()))

I("zh-en-mix", "agent-thought", F(r'''用户贴的是 commit SHA {s}，不是 token。我用 git bisect 从这个 commit 开始找回归，没有任何 credential 需要处理。''', s=sha1()))

I("fr", "file-read", F(r'''# .env.exemple — copier vers .env
STRIPE_SECRET_KEY=sk_live_A_REMPLACER
DATABASE_URL=postgres://utilisateur:motdepasse@localhost:5432/boutique
JWT_SECRET=générez-moi-avec-openssl-rand-base64-48
# identifiant public du projet (pas un secret) : {u}''', u=uid()))

I("pt-BR", "bash-output", F(r'''$ kubectl get configmap app-config -o yaml | grep -A3 data
data:
  FEATURE_FLAGS: eyJub3ZvQ2hlY2tvdXQiOnRydWUsInBpeCI6dHJ1ZX0=
  TZ: America/Sao_Paulo
  BUILD_SHA: {s}''', s=sha1()))

I("ko", "bash-output", F(r'''$ aws ecr describe-images --repository-name shop-api --query 'imageDetails[0].[imageDigest,imageTags[0]]'
[
    "sha256:{d}",
    "v2.3.1"
]
# 위 digest로 배포 매니페스트 고정''', d=sha256()))

I("tr", "ci-log", r'''Adım 3: Gizli değişkenler yükleniyor
  DB_PASSWORD: ***
  IYZICO_SECRET_KEY: ***
  IYZICO_API_KEY: ***
Uyarı: maskeli değerler loglarda gösterilmez.''')

I("it", "test-failure", r'''FALLITO tests/test_carte.py::test_carta_di_prova_visa
E   la carta di test documentata 4111 1111 1111 1111 viene rifiutata dal validatore Luhn
E   assert luhn_valido("4111111111111111") is True''')

I("zh", "file-read", F(r'''# go.sum（部分）
github.com/golang-jwt/jwt/v5 v5.2.1 h1:{a}=
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:{b}=''', a=b64s(43), b=b64s(43)))

I("nl", "bash-output", F(r'''$ gpg --list-keys releases@vandijk.nl
pub   ed25519 2024-02-11 [SC] [verloopt: 2027-02-10]
      {fp}
uid           [ultiem] Van Dijk Releases <releases@vandijk.nl>''', fp=hx(40).upper()))

I("ar", "cloud-cli", F(r'''$ az storage account show -n stnukhbaprod --query '{id:id,location:location}'
{
  "id": "/subscriptions/{s}/resourceGroups/rg-prod/providers/Microsoft.Storage/storageAccounts/stnukhbaprod",
  "location": "uaenorth"
}
# لا توجد مفاتيح في هذا الإخراج، فقط المعرّفات''', s=uid()))

I("pl", "file-edit", F(r'''--- a/app/Http/Middleware/VerifyCsrfToken.php
+++ b/app/Http/Middleware/VerifyCsrfToken.php
@@ -14,3 +14,4 @@ class VerifyCsrfToken extends Middleware
     protected $except = [
         'webhooks/przelewy24',
+        'webhooks/payu',  // podpis weryfikowany osobno, token CSRF niepotrzebny
     ];''' ))

I("sv", "summary", F(r'''Sammanfattning: bytte till Node 22, låsfilens hash ändrades ({a} → {b}). Inga hemligheter eller lösenord rördes; STRIPE_SECRET_KEY läses fortfarande från GitHub-secrets.''', a=hx(10), b=hx(10)))


# ============================================================ integrity
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret and _s.secret in _s.text, _s.id
    assert 1 <= len(_s.text.splitlines()) <= 12, _s.id
for _i in INNOCENT:
    assert 1 <= len(_i.text.splitlines()) <= 12, _i.id
assert all(META[k][0] for k in _ids)
