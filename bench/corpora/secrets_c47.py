"""Independent blind test corpus c47 for a secret / personal-identifier redaction filter.

Setting: a broad, representative mix of what LLM agents store across a whole company and its
people -- coding agents, DevOps, customer support, sales/CRM notes, HR, finance, IT support,
research assistants, personal errands, travel, health admin, and people's own messages.
Records are user turns, agent thoughts, tool calls (JSON arguments), tool output, logs, config
files, forms, OCR, voice-to-text and multi-turn chats.  No sub-setting exceeds a tenth.

Start time (date -u): Mon Dec  7 22:28:15 UTC 2026
SEED = 47113  (all values drawn from random.Random(SEED) at import time; deterministic)

Totals: 220 secrets + 220 innocent = 440 texts, 46 languages/scripts
(English 101 = 23.0%).

Counts by sub-setting (SUBSETTING maps every id to one):
    finance    43  (secret 14, innocent 29)
    personal   43  (secret 39, innocent  4)
    hr         42  (secret 36, innocent  6)
    support    42  (secret 16, innocent 26)
    errands    40  (secret 12, innocent 28)
    coding     37  (secret 19, innocent 18)
    sales      35  (secret  9, innocent 26)
    travel     35  (secret 14, innocent 21)
    devops     34  (secret 19, innocent 15)
    health     32  (secret 17, innocent 15)
    research   30  (secret 13, innocent 17)
    it         27  (secret 12, innocent 15)

Counts by language (id segment):
    en       English                                    101  (secret 52, innocent 49)
    de       German                                      16  (secret  7, innocent  9)
    es       Spanish                                     16  (secret  8, innocent  8)
    fr       French                                      16  (secret  7, innocent  9)
    pt       Portuguese (BR)                             14  (secret  6, innocent  8)
    zh       Chinese (Simplified)                        13  (secret  6, innocent  7)
    ja       Japanese                                    11  (secret  5, innocent  6)
    pl       Polish                                      11  (secret  5, innocent  6)
    ar       Arabic                                      10  (secret  5, innocent  5)
    it       Italian                                     10  (secret  6, innocent  4)
    ru       Russian                                     10  (secret  5, innocent  5)
    tr       Turkish                                     10  (secret  5, innocent  5)
    hi_latn  Hinglish (romanised Hindi + English)         9  (secret  5, innocent  4)
    ko       Korean                                       9  (secret  5, innocent  4)
    nl       Dutch                                        9  (secret  5, innocent  4)
    vi       Vietnamese                                   9  (secret  4, innocent  5)
    id       Indonesian                                   8  (secret  5, innocent  3)
    sw       Swahili                                      7  (secret  3, innocent  4)
    th       Thai                                         7  (secret  4, innocent  3)
    ar_latn  Arabizi (Egyptian Arabic, Latin script)      6  (secret  3, innocent  3)
    bn       Bengali                                      6  (secret  3, innocent  3)
    cs       Czech                                        6  (secret  3, innocent  3)
    da       Danish                                       6  (secret  3, innocent  3)
    el       Greek                                        6  (secret  3, innocent  3)
    fa       Persian                                      6  (secret  3, innocent  3)
    fi       Finnish                                      6  (secret  3, innocent  3)
    he       Hebrew                                       6  (secret  3, innocent  3)
    hi       Hindi                                        6  (secret  3, innocent  3)
    hu       Hungarian                                    6  (secret  3, innocent  3)
    nb       Norwegian Bokmål                             6  (secret  3, innocent  3)
    ro       Romanian                                     6  (secret  3, innocent  3)
    sv       Swedish                                      6  (secret  3, innocent  3)
    ta       Tamil                                        6  (secret  3, innocent  3)
    tl       Tagalog/Taglish                              6  (secret  3, innocent  3)
    uk       Ukrainian                                    6  (secret  3, innocent  3)
    ur       Urdu                                         6  (secret  3, innocent  3)
    yue      Cantonese (Traditional, HK)                  6  (secret  3, innocent  3)
    bg       Bulgarian                                    4  (secret  2, innocent  2)
    ca       Catalan                                      4  (secret  2, innocent  2)
    et       Estonian                                     4  (secret  2, innocent  2)
    hr       Croatian                                     4  (secret  2, innocent  2)
    ja_latn  Japanese (romaji)                            4  (secret  2, innocent  2)
    lt       Lithuanian                                   4  (secret  2, innocent  2)
    ms       Malay                                        4  (secret  2, innocent  2)
    sk       Slovak                                       4  (secret  2, innocent  2)
    sr       Serbian (Cyrillic)                           4  (secret  2, innocent  2)

Secret kinds: passwords/passphrases (chat, config, DSNs, CLI args), PINs (card, UPI, M-Pesa,
GCash, door/gate/garage/key-safe/locker), OTP/SMS/mTAN codes (incl. split "123 456" and spelled
out in words), recovery/backup codes, security answers, seed phrase, vendor API keys and tokens
(AWS, GitHub classic + fine-grained, GitLab, Slack bot + webhook, Discord webhook, Stripe,
OpenAI, Anthropic, Google API + OAuth client secret, Twilio, SendGrid, Mailgun, npm, Hugging
Face, DigitalOcean, Shopify, Telegram, Vault, Azure storage key, Alibaba Cloud, WeChat, LINE),
JWT bearer, session cookie, SSH/RSA private keys, personal cards with CVV (Luhn-valid; Visa,
Mastercard, Amex, Mir, UnionPay, Iranian Shetab), personal IBANs (mod-97 valid; ES/FR/IT/BE with
national check digits), national/tax/health/passport ids with their own check algorithms
(SSN, NINO, Steuer-ID, NIR, DNI/NIE, codice fiscale, BSN, PESEL, CPF, Aadhaar/Verhoeff, PAN,
PRC id, My Number, RRN, TC Kimlik, personnummer, HETU, fødselsnummer, CPR, NIF, SNILS, INN,
RNOKPP, AMKA, AFM, Emirates ID, rodné číslo, CURP, TAJ, code melli, OIB, EGN, asmens kodas /
isikukood, JMBG, MyKad, NIK, CNIC, Egyptian NID, Saudi id, CCCD, NID-BD, NHS, SIN, TFN, HKID...),
some written in local digits (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width,
Chinese numerals).

Innocent kinds: order/ticket/booking/PNR/parcel ids (UPS with check digit), commit SHAs,
sha256/sha512 digests, UUIDs, SSH public keys and fingerprints, GPG fingerprints, masked
cards/accounts, placeholders and .env.example values, vendor-documented example values named as
such (AWS EXAMPLE keys, Stripe/Redsys test cards, fictitious CPF), company VAT/registration
numbers (check-digit valid: FR TVA/SIREN, DE USt-IdNr, IT P.IVA, PL NIP, BR CNPJ, IN GSTIN,
CN USCC), company invoice bank details, business phone numbers, amounts, dates, versions, error
codes, lengths/limits/expiry next to password/PIN/OTP/token, promo codes, factory-default PINs
from manuals, "(sensitive value)" / "***" redactions already done by tools.

Labelling choices for borderline cases:
- A password/PIN/OTP is a secret even when the text says it is old, wrong, expired or about to be
  rotated (people reuse them), and even if a scam attempt is being reported.
- Spelled-out or local-digit forms are named as the secret exactly as written in the text.
- When a card number is split across chat turns, the second half is named (either half leaks).
- Personal bank accounts/IBANs (salary, refunds, splitting bills, PIX random key, UPI) are
  secrets; a company's own invoice bank details, routing/BIC codes and KvK/VAT ids are innocent.
- Booking references / PNRs / order and parcel numbers are innocent although they can manage a
  booking with a surname.  Shared hotel "PIN: see email" mentions are innocent.
- Twilio Account SID (AC...) and Stripe publishable key (pk_live_) appear only inside secret
  texts and are not named; WeChat AppID/LINE channel id are identifiers, the secret is named.
- Documented vendor example values named as such (AKIAIOSFODNN7EXAMPLE, 4242..., Redsys test
  card, 111.111.111-11) and factory defaults printed in manuals (admin/admin, 0000) are innocent.
- Role addresses (security@, release@) and business switchboard numbers in innocent texts are
  treated as non-personal.
- Pseudonymous participant ids (P-123) and employee/asset tags are innocent.
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
from typing import NamedTuple

SEED = 47113
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
SUBSETTING: dict[str, str] = {}
_cnt: dict[tuple[str, str], int] = {}

SUBS = ("coding", "devops", "support", "sales", "hr", "finance", "it", "research",
        "errands", "personal", "travel", "health")


def S(lang: str, sub: str, text: str, secret: str) -> None:
    assert sub in SUBS, sub
    k = ("s", lang)
    _cnt[k] = _cnt.get(k, 0) + 1
    sid = f"c47-s-{lang}-{_cnt[k]:02d}"
    SECRETS.append(Secret(sid, text, secret))
    SUBSETTING[sid] = sub


def I(lang: str, sub: str, text: str) -> None:
    assert sub in SUBS, sub
    k = ("i", lang)
    _cnt[k] = _cnt.get(k, 0) + 1
    iid = f"c47-i-{lang}-{_cnt[k]:02d}"
    INNOCENT.append(Innocent(iid, text))
    SUBSETTING[iid] = sub


# ---------------------------------------------------------------- generators
_seen: set[str] = set()


def _u(f):
    def g(*a, **k):
        for _ in range(200):
            v = f(*a, **k)
            key = v if isinstance(v, str) else repr(v)
            if key not in _seen:
                _seen.add(key)
                return v
        raise RuntimeError("could not draw a fresh value")
    return g


UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"


def rs(n: int, alpha: str = AN) -> str:
    return "".join(R.choice(alpha) for _ in range(n))


@_u
def tok(n: int, alpha: str = AN, prefix: str = "", suffix: str = "") -> str:
    return prefix + rs(n, alpha) + suffix


@_u
def digits(n: int, first_nonzero: bool = True) -> str:
    s = rs(n, DG)
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


@_u
def pin(n: int = 4) -> str:
    while True:
        s = rs(n, DG)
        if len(set(s)) > 1 and s not in ("1234", "123456", "0000", "1111"):
            return s


def hexs(n: int) -> str:
    return rs(n, HEX)


@_u
def hx(n: int) -> str:
    return hexs(n)


def uid() -> str:
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


WORDS = ("amber bison cedar delta ember fjord gravel harbor indigo juniper kettle lantern maple "
         "nectar orbit pepper quartz raven saddle timber umbra velvet walnut yonder zephyr "
         "copper falcon meadow pickle rocket sable thistle willow badger comet dune "
         "garnet hazel ivory jasper kiwi lotus mango nutmeg olive prism quill ripple "
         "sorrel tundra vortex wasabi yarrow zinc").split()


@_u
def passphrase(n: int = 4, sep: str = "-") -> str:
    return sep.join(R.choice(WORDS) for _ in range(n))


@_u
def password(kind: int | None = None) -> str:
    k = R.randint(0, 4) if kind is None else kind
    if k == 0:
        return R.choice(WORDS).capitalize() + R.choice("!@#$%&*?") + rs(R.randint(2, 4), DG) + rs(2, LO)
    if k == 1:
        return rs(R.randint(12, 18), AN + "!#%*+-=?@^_")
    if k == 2:
        return R.choice(WORDS) + rs(2, DG) + R.choice(WORDS).capitalize() + R.choice("!.$")
    if k == 3:
        return rs(3, UP) + rs(4, LO) + R.choice("@#&") + rs(4, DG)
    return R.choice(WORDS).capitalize() + R.choice(WORDS) + rs(4, DG)


BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident "
         "account accuse achieve acid acoustic acquire across act action actor actress actual adapt "
         "add addict address adjust admit adult advance advice aerobic affair afford afraid again "
         "age agent agree ahead aim air airport aisle alarm album alcohol alert alien all alley "
         "allow almost alone alpha already also alter always amateur amazing among amount amused "
         "analyst anchor ancient anger angle angry animal ankle announce annual another answer "
         "antenna antique anxiety any apart apology appear apple approve april arch arctic area "
         "arena argue arm armed armor army around arrange arrest arrive arrow art artist artwork "
         "ask aspect assault asset assist assume asthma athlete atom attack attend attitude "
         "attract auction audit august aunt author auto autumn average avocado avoid awake aware "
         "bacon badge balance balcony bamboo banana banner barely bargain barrel basket battle "
         "beach bean beauty become before begin behave believe bench benefit betray bicycle "
         "biology bitter blanket bleak blossom blouse bracket brave bread breeze brick bridge "
         "brisk broccoli bronze broom bubble buddy budget buffalo bullet bundle bunker burden "
         "cabbage cabin cactus canal candy canoe canvas canyon carbon cargo carpet casino castle "
         "catalog cattle caution celery cement census cereal chalk champion chaos cherry chimney "
         "chronic chuckle cinnamon citizen claw clerk clever cliff clinic clog cluster coconut "
         "coral cotton couch coyote cradle crater cricket crisp crouch crucial crumble crystal "
         "cupboard curtain cushion").split()


@_u
def seed_phrase(n: int = 12) -> str:
    return " ".join(R.sample(BIP39, n))


# --- check-digit helpers
def luhn_digit(body: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


@_u
def card(prefix: str = "4", length: int = 16) -> str:
    body = prefix + rs(length - len(prefix) - 1, DG)
    return body + luhn_digit(body)


def group(s: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def card_fmt(c: str) -> str:
    if len(c) == 15:
        return group(c, (4, 6, 5))
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


def cvv(n: int = 3) -> str:
    return rs(n, DG)


def expiry() -> str:
    return f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"


def _alnum_val(s: str) -> str:
    return "".join(str(int(c, 36)) for c in s)


def iban_check(cc: str, bban: str) -> str:
    n = int(_alnum_val(bban + cc + "00"))
    return f"{98 - n % 97:02d}"


@_u
def iban(cc: str) -> str:
    if cc == "DE":
        bban = rs(8, DG) + rs(10, DG)
    elif cc == "FR":
        bank, guichet, compte = rs(5, DG), rs(5, DG), rs(11, DG)
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97)
        bban = bank + guichet + compte + f"{key:02d}"
    elif cc == "ES":
        b, o, a = rs(4, DG), rs(4, DG), rs(10, DG)
        w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)

        def dc(x):
            v = 11 - sum(int(c) * w[i] for i, c in enumerate(x)) % 11
            return {10: 1, 11: 0}.get(v, v)
        bban = b + o + f"{dc('00' + b + o)}{dc(a)}" + a
    elif cc == "NL":
        bban = R.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + rs(10, DG)
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MONZ", "HBUK"]) + rs(6, DG) + rs(8, DG)
    elif cc == "BE":
        f = rs(10, DG)
        c = int(f) % 97 or 97
        bban = f + f"{c:02d}"
    elif cc == "IT":
        bban = R.choice(UP) + rs(5, DG) + rs(5, DG) + rs(12, DG)
    else:
        lens = {"PL": 24, "PT": 21, "TR": 22, "SA": 20, "AE": 19, "SE": 20, "NO": 11, "DK": 14,
                "FI": 14, "HU": 24, "CZ": 20, "RO": 20, "GR": 23, "AT": 16, "CH": 17, "HR": 17,
                "BG": 18, "LT": 16, "EE": 16, "IL": 19, "PK": 20, "EG": 25, "BR": 25, "UA": 25}
        n = lens[cc]
        if cc == "RO":
            bban = rs(4, UP) + rs(16, DG)
        elif cc == "BG":
            bban = rs(4, UP) + rs(6, DG) + rs(8, DG)
        elif cc == "PK":
            bban = rs(4, UP) + rs(16, DG)
        else:
            bban = rs(n, DG)
    return cc + iban_check(cc, bban) + bban


def iban_fmt(i: str) -> str:
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def iban_ok(i: str) -> bool:
    s = i[4:] + i[:4]
    return int(_alnum_val(s)) % 97 == 1


# --- national ids
@_u
def ssn_us() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


@_u
def nino_uk() -> str:
    a = R.choice("ABCEGHJKLMNPRSTWXYZ")
    b = R.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{a}{b} {rs(2, DG)} {rs(2, DG)} {rs(2, DG)} {R.choice('ABCD')}"


@_u
def steuer_id_de() -> str:
    ds = R.sample(range(10), 9)
    ds.append(R.choice(ds))
    R.shuffle(ds)
    if ds[0] == 0:
        j = next(i for i, d in enumerate(ds) if d)
        ds[0], ds[j] = ds[j], ds[0]
    prod = 10
    for d in ds:
        s = (d + prod) % 10 or 10
        prod = (s * 2) % 11
    chk = (11 - prod) % 10
    return "".join(map(str, ds)) + str(chk)


@_u
def nir_fr() -> str:
    base = f"{R.choice('12')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 95):02d}{R.randint(1, 999):03d}{R.randint(1, 999):03d}"
    key = 97 - int(base) % 97
    return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"


@_u
def dni_es() -> str:
    n = R.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


@_u
def nie_es() -> str:
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    v = int(str("XYZ".index(p)) + f"{n:07d}")
    return f"{p}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[v % 23]}"


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                    2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


@_u
def cf_it() -> str:
    s = (rs(3, "BCDFGLMNPRSTVZ") + rs(3, "BCDFGLMNPRSTVZAEIO") + f"{R.randint(60, 99):02d}"
         + R.choice("ABCDEHLMPRST") + f"{R.choice([R.randint(1, 28), R.randint(41, 68)]):02d}"
         + R.choice("ABCDEFGHLM") + rs(3, DG))
    tot = 0
    for i, c in enumerate(s):
        if i % 2 == 0:
            tot += _CF_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return s + chr(65 + tot % 26)


@_u
def bsn_nl() -> str:
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


@_u
def pesel_pl() -> str:
    y = R.randint(60, 99)
    m = R.randint(1, 12)
    dd = R.randint(1, 28)
    base = f"{y:02d}{m:02d}{dd:02d}{rs(4, DG)}"
    w = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    c = (10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10
    return base + str(c)


@_u
def cpf_br() -> str:
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


@_u
def cnpj_br() -> str:
    d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * y for x, y in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


@_u
def aadhaar() -> str:
    body = str(R.randint(2, 9)) + rs(10, DG)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


@_u
def pan_in() -> str:
    return rs(3, UP) + "P" + R.choice(UP) + rs(4, DG) + R.choice(UP)


@_u
def cn_id() -> str:
    area = R.choice(["110105", "310115", "440305", "510107", "330106", "420111", "320102"])
    body = area + f"{R.randint(1965, 2002)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + rs(3, DG)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


@_u
def mynumber_jp() -> str:
    body = rs(11, DG)
    s = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    x = body + str(c)
    return f"{x[:4]} {x[4:8]} {x[8:]}"


@_u
def rrn_kr() -> str:
    base = f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.choice('12')}{rs(5, DG)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(base, w)) % 11) % 10
    s = base + str(c)
    return s[:6] + "-" + s[6:]


@_u
def tckn_tr() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


@_u
def pnr_se() -> str:
    base = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{rs(3, DG)}"
    return f"{base[:6]}-{base[6:]}{luhn_digit(base)}"


@_u
def hetu_fi() -> str:
    dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(60, 99)
    n = R.randint(2, 899)
    v = int(f"{dd:02d}{mm:02d}{yy:02d}{n:03d}")
    return f"{dd:02d}{mm:02d}{yy:02d}-{n:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[v % 31]}"


@_u
def fnr_no() -> str:
    while True:
        d = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}{R.randint(0, 499):03d}"
        x = [int(c) for c in d]
        k1 = 11 - sum(a * b for a, b in zip(x, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        x.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(x, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return d + str(k1) + str(k2)


@_u
def cpr_dk() -> str:
    return f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}-{rs(4, DG)}"


@_u
def rrn_be() -> str:
    base = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 997):03d}"
    c = 97 - int(base) % 97
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{c:02d}"


@_u
def nif_pt() -> str:
    b = str(R.choice([1, 2])) + rs(7, DG)
    c = 11 - sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
    return b + str(0 if c >= 10 else c)


@_u
def rut_cl() -> str:
    n = R.randint(8000000, 24999999)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    v = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(v, str(v))
    return f"{n:,}".replace(",", ".") + "-" + dv


@_u
def id_za() -> str:
    b = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(0, 9999):04d}08"
    return b + luhn_digit(b)


@_u
def sin_ca() -> str:
    b = str(R.choice([1, 2, 3, 4, 5, 6, 7])) + rs(7, DG)
    s = b + luhn_digit(b)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


@_u
def tfn_au() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        for last in range(10):
            if (sum(a * b for a, b in zip(d + [last], w))) % 11 == 0:
                s = "".join(map(str, d + [last]))
                return f"{s[:3]} {s[3:6]} {s[6:]}"


@_u
def nhs_uk() -> str:
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        c = 11 - sum(a * b for a, b in zip(d, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


@_u
def thai_id() -> str:
    d = [R.randint(1, 8)] + [R.randint(0, 9) for _ in range(11)]
    c = (11 - sum(x * (13 - i) for i, x in enumerate(d)) % 11) % 10
    s = "".join(map(str, d)) + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


@_u
def tz_il() -> str:
    b = rs(8, DG)
    s = 0
    for i, ch in enumerate(b):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        s += v - 9 if v > 9 else v
    return b + str((10 - s % 10) % 10)


@_u
def cnp_ro() -> str:
    b = f"{R.choice('12')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 46):02d}{R.randint(1, 999):03d}"
    c = sum(int(a) * int(w) for a, w in zip(b, "279146358279")) % 11
    return b + ("1" if c == 10 else str(c))


@_u
def snils_ru() -> str:
    while True:
        b = rs(9, DG)
        if int(b) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


@_u
def inn_ru() -> str:
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(9)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


@_u
def rnokpp_ua() -> str:
    d = [R.randint(1, 4)] + [R.randint(0, 9) for _ in range(8)]
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


@_u
def amka_gr() -> str:
    b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}{rs(4, DG)}"
    return b + luhn_digit(b)


@_u
def afm_gr() -> str:
    b = str(R.randint(0, 1)) + rs(7, DG)
    c = sum(int(x) * 2 ** (8 - i) for i, x in enumerate(b)) % 11 % 10
    return b + str(c)


@_u
def eid_ae() -> str:
    b = f"784{R.randint(1965, 2003)}{rs(7, DG)}"
    s = b + luhn_digit(b)
    return f"{s[:3]}-{s[3:7]}-{s[7:14]}-{s[14]}"


@_u
def rc_cz() -> str:
    while True:
        y, m, d = R.randint(60, 99), R.randint(1, 12) + R.choice([0, 50]), R.randint(1, 28)
        b = f"{y:02d}{m:02d}{d:02d}{rs(3, DG)}"
        c = int(b) % 11
        if c < 10:
            return f"{b[:6]}/{b[6:]}{c}"


_CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


@_u
def curp_mx() -> str:
    s = (R.choice("BCDFGHLMPRSV") + R.choice("AEIOU") + rs(2, "BCDFGHLMNPRSTV")
         + f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + R.choice("HM")
         + R.choice(["DF", "JC", "NL", "PL", "VZ", "MC", "GT"]) + rs(3, "BCDFGHJKLMNPRSTVZ") + "0")
    tot = sum(_CURP.index(ch) * (18 - i) for i, ch in enumerate(s))
    return s + str((10 - tot % 10) % 10)


@_u
def taj_hu() -> str:
    b = rs(8, DG)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(b)) % 10
    s = b + str(c)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


@_u
def code_melli_ir() -> str:
    while True:
        b = rs(9, DG)
        if len(set(b)) > 2:
            break
    r = sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
    return b + str(r if r < 2 else 11 - r)


@_u
def oib_hr() -> str:
    b = rs(10, DG)
    a = 10
    for ch in b:
        a = (int(ch) + a) % 10 or 10
        a = (a * 2) % 11
    return b + str((11 - a) % 10)


@_u
def egn_bg() -> str:
    b = f"{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{rs(3, DG)}"
    c = sum(int(x) * w for x, w in zip(b, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return b + str(0 if c == 10 else c)


def _lt_check(b: str) -> str:
    s = sum(int(x) * w for x, w in zip(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if s == 10:
        s = sum(int(x) * w for x, w in zip(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
        if s == 10:
            s = 0
    return str(s)


@_u
def ak_lt() -> str:
    b = f"{R.choice('3456')}{R.randint(60, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{rs(3, DG)}"
    return b + _lt_check(b)


@_u
def jmbg_rs() -> str:
    while True:
        b = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}9{R.randint(60, 99):02d}71{rs(3, DG)}"
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        m = 11 - sum(int(x) * y for x, y in zip(b, w)) % 11
        if m <= 9:
            return b + str(m)
        if m == 11:
            return b + "0"


@_u
def mykad_my() -> str:
    return f"{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{R.choice(['01', '10', '14', '07', '08'])}-{rs(4, DG)}"


@_u
def nik_id() -> str:
    return f"{R.choice(['3174', '3273', '3578', '5171', '3471'])}{rs(2, DG)}{R.randint(1, 28) + R.choice([0, 40]):02d}{R.randint(1, 12):02d}{R.randint(70, 99):02d}{rs(4, DG)}"


@_u
def cnic_pk() -> str:
    return f"{R.choice(['35202', '42101', '61101', '37405'])}-{rs(7, DG)}-{R.randint(1, 9)}"


@_u
def nid_eg() -> str:
    return f"{R.choice('23')}{R.randint(70, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.choice(['01', '02', '21', '88'])}{rs(4, DG)}{R.randint(1, 9)}"


@_u
def nid_sa() -> str:
    b = R.choice("12") + rs(8, DG)
    return b + luhn_digit(b)


@_u
def cccd_vn() -> str:
    return f"0{R.choice(['01', '79', '48', '31'])}{R.choice('0123')}{R.randint(70, 99):02d}{rs(6, DG)}"


@_u
def nid_bd() -> str:
    return rs(10, DG)


@_u
def passport(fmt: str) -> str:
    if fmt == "US":
        return rs(9, DG)
    if fmt == "DE":
        return "C" + rs(8, "CFGHJKLMNPRTVWXYZ0123456789")
    if fmt == "IN":
        return R.choice(UP) + rs(7, DG)
    if fmt == "GB":
        return rs(9, DG)
    if fmt == "FR":
        return rs(2, DG) + rs(2, UP) + rs(5, DG)
    if fmt == "CN":
        return "E" + rs(8, DG)
    if fmt == "JP":
        return rs(2, UP) + rs(7, DG)
    if fmt == "KR":
        return "M" + rs(8, DG)
    if fmt == "BR":
        return rs(2, UP) + rs(6, DG)
    if fmt == "RU":
        return rs(2, DG) + " " + rs(7, DG)
    return rs(2, UP) + rs(7, DG)


# --- vendor tokens
def aws_akid():
    return tok(16, UP + "234567", prefix=R.choice(["AKIA", "ASIA"]))


def aws_secret():
    return tok(40, AN + "/+")


def gh_pat():
    return tok(36, AN, prefix="ghp_")


def gh_fine():
    return tok(22, AN, prefix="github_pat_11" + rs(9, UP + DG)) + "_" + rs(59, AN)


def glpat():
    return tok(20, AN + "-_", prefix="glpat-")


def slack_bot():
    return tok(24, AN, prefix=f"xoxb-{rs(12, DG)}-{rs(13, DG)}-")


def slack_user():
    return tok(32, HEX, prefix=f"xoxp-{rs(11, DG)}-{rs(12, DG)}-{rs(13, DG)}-")


def slack_hook():
    return tok(24, AN, prefix=f"https://hooks.slack.com/services/T{rs(8, UP + DG)}/B{rs(10, UP + DG)}/")


def discord_hook():
    return tok(68, B64U, prefix=f"https://discord.com/api/webhooks/{rs(19, DG)}/")


def teams_hook(tenant):
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/"
            + tok(32, HEX) + f"/{uid()}/V2" + rs(43, B64U))


def stripe_sk():
    return tok(99, AN, prefix="sk_live_51" + rs(12, AN))


def stripe_rk():
    return tok(24, AN, prefix="rk_live_")


def stripe_whsec():
    return tok(32, AN, prefix="whsec_")


def openai_key():
    return tok(20, AN, prefix="sk-proj-" + rs(74, B64U) + "T3BlbkFJ") + rs(44, B64U)


def anthropic_key():
    return tok(93, B64U, prefix="sk-ant-api03-", suffix="AA")


def google_key():
    return tok(35, B64U, prefix="AIza")


def gocspx():
    return tok(28, B64U, prefix="GOCSPX-")


def twilio_token():
    return tok(32, HEX)


def sendgrid():
    return tok(43, B64U, prefix="SG." + rs(22, B64U) + ".")


def mailgun():
    return tok(32, HEX, prefix="key-")


def npm_tok():
    return tok(36, AN, prefix="npm_")


def pypi_tok():
    return tok(120, B64U, prefix="pypi-AgEIcHlwaS5vcmcCJ")


def hf_tok():
    return tok(34, UP + LO, prefix="hf_")


def do_tok():
    return tok(64, HEX, prefix="dop_v1_")


def shopify_tok():
    return tok(32, HEX, prefix="shpat_")


def atlassian_tok():
    return tok(180, B64U, prefix="ATATT3xFfGF0", suffix="=" + rs(8, HEX.upper()))


def telegram_tok():
    return tok(33, B64U, prefix=f"{R.randint(5000000000, 7999999999)}:AA")


def vault_tok():
    return tok(24, AN, prefix="hvs.")


def notion_tok():
    return tok(43, AN, prefix="secret_")


def linear_tok():
    return tok(40, AN, prefix="lin_api_")


def figma_tok():
    return tok(40, B64U, prefix="figd_")


def airtable_tok():
    return tok(64, HEX, prefix="pat" + rs(14, AN) + ".")


def square_tok():
    return tok(60, B64U, prefix="EAAA")


def mapbox_sk():
    return tok(60, B64U, prefix="sk.eyJ1IjoiY" + rs(20, AN) + ".")


def braintree_tok():
    return tok(32, HEX, prefix=f"access_token$production${rs(16, LO + DG)}$")


def dd_key():
    return tok(32, HEX)


def azure_key():
    return tok(86, B64, suffix="==")


def b64u_enc(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


@_u
def jwt(payload: dict) -> str:
    h = b64u_enc(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u_enc(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{rs(43, B64U)}"


def pem_lines(n: int, width: int = 64, start: str = "") -> list[str]:
    body = start + rs(width * n - len(start), B64)
    return [body[i:i + width] for i in range(0, len(body), width)]


def openssh_key() -> tuple[str, str]:
    lines = pem_lines(5, 70, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")
    lines[-1] = lines[-1][:40] + "=="
    blk = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
    _seen.add(lines[2])
    return blk, lines[2]


def rsa_key(n: int = 8) -> tuple[str, str]:
    lines = pem_lines(n, 64, "MIIEpAIBAAKCAQEA")
    blk = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"
    return blk, lines[3]


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + " " + comment


def sha(n: int = 40) -> str:
    return hx(n)


@_u
def cookie_val(n: int = 32, alpha: str = LO + DG) -> str:
    return rs(n, alpha)


@_u
def otp(n: int = 6) -> str:
    return rs(n, DG)


def recovery_codes(k: int = 8, style: str = "gh") -> list[str]:
    if style == "gh":
        return [tok(5, HEX) + "-" + rs(5, HEX) for _ in range(k)]
    return [tok(4, DG) + " " + rs(4, DG) for _ in range(k)]


# --- innocent look-alike generators
@_u
def ups_tracking() -> str:
    body = rs(6, UP + DG) + R.choice(["01", "02", "03", "12"]) + rs(7, DG)
    s = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        s += v * (2 if i % 2 else 1)
    return "1Z" + body + str((10 - s % 10) % 10)


@_u
def siren_fr() -> str:
    b = str(R.randint(3, 9)) + rs(7, DG)
    return b + luhn_digit(b)


def tva_fr(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


@_u
def ust_de() -> str:
    b = str(R.randint(1, 9)) + rs(7, DG)
    prod = 10
    for ch in b:
        s = (int(ch) + prod) % 10 or 10
        prod = (s * 2) % 11
    return "DE" + b + str((11 - prod) % 10)


@_u
def piva_it() -> str:
    b = rs(7, DG) + R.choice(["001", "015", "037", "058"])
    return b + luhn_digit(b)


@_u
def nip_pl() -> str:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        b = str(R.randint(1, 9)) + rs(8, DG)
        c = sum(int(x) * y for x, y in zip(b, w)) % 11
        if c < 10:
            return b + str(c)


@_u
def gstin_in() -> str:
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    b = f"{R.randint(1, 37):02d}" + rs(3, UP) + "C" + R.choice(UP) + rs(4, DG) + R.choice(UP) + "1Z"
    s = 0
    for i, ch in enumerate(b):
        v = chars.index(ch) * (2 if i % 2 else 1)
        s += v // 36 + v % 36
    return b + chars[(36 - s % 36) % 36]


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@_u
def uscc_cn() -> str:
    b = "91" + R.choice(["110105", "310115", "440300", "330100"]) + rs(9, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(_USCC.index(c) * x for c, x in zip(b, w))
    return b + _USCC[(31 - s % 31) % 31]


@_u
def isbn13() -> str:
    b = "978" + rs(9, DG)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    return b + str(c)


@_u
def order_id(prefix: str, n: int = 8) -> str:
    return prefix + rs(n, DG)


@_u
def booking_ref(n: int = 6) -> str:
    return rs(n, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def masked(n4: str | None = None) -> str:
    return n4 or rs(4, DG)


_LOCAL = {
    "ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "hi": "०१२३४५६७८९", "bn": "০১২৩৪৫৬৭৮৯",
    "th": "๐๑๒๓๔๕๖๗๘๙", "fw": "０１２３４５６７８９", "zh": "〇一二三四五六七八九", "ta": "௦௧௨௩௪௫௬௭௮௯",
    "my": "၀၁၂၃၄၅၆၇၈၉",
}


def loc(s: str, script: str) -> str:
    t = _LOCAL[script]
    return "".join(t[int(c)] if c.isdigit() else c for c in s)


_NUMW = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "hi_latn": "shunya ek do teen chaar paanch chhe saat aath nau".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
    "ja": "ゼロ いち に さん よん ご ろく なな はち きゅう".split(),
    "ko": "공 일 이 삼 사 오 육 칠 팔 구".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "vi": "không một hai ba bốn năm sáu bảy tám chín".split(),
    "tl": "zero one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
}


def words(s: str, lang: str, sep: str = " ") -> str:
    w = _NUMW[lang]
    return sep.join(w[int(c)] for c in s if c.isdigit())


def J(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def JI(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


# =========================================================================== corpus
# ------------------------------------------------------------------ English: secrets
v = gh_pat()
S("en", "coding", f"""$ git push origin feature/billing-retry
Username for 'https://github.com': mkowalczyk-acme
Password for 'https://mkowalczyk-acme@github.com':
remote: Support for password authentication was removed on August 13, 2021.
fatal: Authentication failed for 'https://github.com/acme-pay/billing.git/'
$ git remote set-url origin https://mkowalczyk-acme:{v}@github.com/acme-pay/billing.git
$ git push origin feature/billing-retry
Enumerating objects: 14, done.
To https://github.com/acme-pay/billing.git
   4e1c9a2..b7d03f1  feature/billing-retry -> feature/billing-retry""", v)

v = aws_secret(); k = aws_akid()
_c = "[default]\naws_access_key_id = " + k + "\naws_secret_access_key = " + v + "\nregion = eu-west-1\n"
S("en", "devops", "Tool call: write_file\n" + J({"path": "/home/runner/.aws/credentials", "content": _c}), v)

v = stripe_sk()
S("en", "coding", f"""# .env.production  (DO NOT COMMIT)
NODE_ENV=production
PORT=8080
STRIPE_SECRET_KEY={v}
STRIPE_PUBLISHABLE_KEY=pk_live_51{rs(12)}{rs(80)}
SENTRY_ENVIRONMENT=prod""", v)

v = password(0)
S("en", "it", f"""User: hey can you reset my vpn thing, it keeps saying wrong password but I'm typing {v} which is what you guys set last week??
Agent thought: user shared credential in chat. Do not echo. Open ticket for a reset instead.""", v)

v = pin(4)
S("en", "personal", f"""[voice memo transcript, 08:14]
ok note to self the new garage keypad code is {words(v, 'en')} uh the installer said hash after it. don't forget to tell Priya. also buy bin bags""", words(v, "en"))

v = otp()
S("en", "support", f"""Customer: I got a text from you that says "Your Northwind verification code is {v}. Do not share it with anyone." Is that legit? I didn't ask for it.
Agent: Please don't share that code with anyone, including us. I've locked the login attempt and flagged the account.""", v)

v = card("4"); c = cvv()
S("en", "errands", f"""Task: book the 2 tickets for Saturday matinee.
Steps:
1. opened cinema site, selected seats F7, F8
2. checkout -> filled card: {card_fmt(v)}  exp {expiry()}  CVC {c}
3. payment pending 3DS, waiting for user approval in bank app""", card_fmt(v))

v = ssn_us()
S("en", "hr", f"""Onboarding form — new hire (contractor to FTE conversion)
Legal name: Daniel R. Okafor
Start date: 2027-01-04
SSN: {v}
W-4 filing status: Married filing jointly
Direct deposit: see attached voided check""", v)

v = card("37", 15); c = cvv(4)
S("en", "finance", f"""Expense report note: Used my personal Amex because the corporate card was declined at the hotel. Card {v}, CID {c}. Please reimburse to payroll, not to the card.""", v)

blk, line = openssh_key()
S("en", "devops", f"""cat ~/.ssh/id_ed25519
{blk}""", line)

v = password(1)
S("en", "devops", f"""postgres connection failing from the worker, here's what I have:
DATABASE_URL=postgresql://app_rw:{v}@db-prod-2.internal.acme.io:5432/orders?sslmode=require
error: FATAL: no pg_hba.conf entry for host "10.4.7.19", user "app_rw", database "orders", SSL off""", v)

v = slack_hook()
S("en", "devops", f"""alertmanager.yml
receivers:
  - name: oncall-slack
    slack_configs:
      - api_url: '{v}'
        channel: '#prod-alerts'
        send_resolved: true""", v)

v = seed_phrase(12)
S("en", "personal", f"""Me: writing this down before I lose the paper. wallet recovery words:
{v}
Me: ok also saved in the drawer. remind me to delete this message""", v)

codes = recovery_codes(10, "gh")
S("en", "it", "Your GitHub recovery codes\nKeep them somewhere safe.\n\n" + "\n".join(codes) + "\n\nDownloaded 2026-11-30. Each code can be used once.", codes[4])

v = anthropic_key()
S("en", "coding", f"""assistant ran: python eval_harness.py --model claude --dry-run
stderr:
  Traceback (most recent call last):
    File "eval_harness.py", line 41, in <module>
      client = Anthropic(api_key="{v}")
  NameError: name 'Anthropic' is not defined""", v)

v = nhs_uk()
S("en", "health", f"""Summary for GP referral letter draft:
Patient: Margaret Ellison, DOB 14/03/1951
NHS No: {v}
Reason: recurrent falls, review of medication (amlodipine 5mg). Daughter to accompany.""", v)

v = passphrase(4, " ")
S("en", "travel", f"""Sam: what's the wifi at your mum's
Me: network is BTHub-7F2C
Me: password is "{v}" all lowercase with spaces
Sam: ta""", v)

v = openai_key()
S("en", "research", f"""Lesson learned: don't paste the key into the notebook cell, use the env var.
Cell [3] (now deleted):
  openai.api_key = "{v}"
Rotating it tomorrow.""", v)

v = iban("GB")
S("en", "hr", f"""Hi payroll, I've switched banks, please pay my December salary into the new account:
Account name: Thomas Birch
IBAN: {iban_fmt(v)}
Sort code and account number are in the IBAN. Thanks!""", iban_fmt(v))

v = password(3)
S("en", "sales", f"""CRM note (Hollis Freight, call 2026-12-02): Their procurement lead Jen said to log into the supplier portal as acme_vendor / {v} to upload the W-9. Told her we'd rather get our own login; she'll send an invite. Follow-up Tues.""", v)

v = twilio_token()
S("en", "coding", f"""const accountSid = 'AC{hx(32)}';
const authToken = '{v}';
const client = require('twilio')(accountSid, authToken);
client.messages.create({{ body: 'Your order has shipped', from: '+15005550006', to: req.body.phone }});""", v)

v = passport("US")
S("en", "travel", f"""Traveler profile update
Name as on passport: ALVAREZ / SOFIA MARIE
Passport number: {v}
Issuing country: USA   Expiry: 2033-06-18
Known traveler number: pending""", v)

v = jwt({"sub": "user_" + rs(10, DG), "email_verified": True, "role": "admin", "iat": 1796000000, "exp": 1796086400})
S("en", "coding", f"""curl -s https://api.internal.acme.io/v2/admin/users?limit=5 \\
  -H "Authorization: Bearer {v}" \\
  -H "Accept: application/json" | jq '.data[].id'""", v)

v = pin(6)
S("en", "finance", f"""Agent step 4/7: navigated to bank portal. Login requires 6-digit telephone banking PIN; user provided {v} earlier in conversation. Entered it. Result: "Too many attempts — try again in 30 minutes".""", v)

v = cookie_val(32)
S("en", "it", f"""Request headers copied from devtools for the ticket:
GET /dashboard/reports HTTP/2
Host: admin.acme-hr.com
Cookie: csrftoken={rs(32)}; sessionid={v}; django_language=en
User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)""", v)

v = sin_ca()
S("en", "finance", f"""T4 slip question from employee (Toronto office): "My SIN on the slip is wrong, it should be {v}, not the one ending in 214. Can you reissue?" -> forwarded to payroll CA.""", v)

v = password(2)
S("en", "support", f"""Ticket #88213 — customer reply:
> I changed it like you said. old one was Summer2019!, the new one is {v}
> still can't get into the app on my iPad though""", v)

v = pin(4)
S("en", "errands", f"""Parcel locker notification forwarded by user:
"Your parcel is waiting at InPost locker KRA45M (Tesco Extra car park). Collection code: {v}. Available until 09 Dec 18:00."
User: can you remind me tomorrow to pick this up""", v)

v = mailgun()
S("en", "devops", f"""docker run -d --name mailer \\
  -e MAILGUN_DOMAIN=mg.acme-events.com \\
  -e MAILGUN_API_KEY={v} \\
  -p 3025:3025 acme/mailer:2.4.1""", v)

v = "In" + R.choice(WORDS).capitalize() + "ville"
S("en", "it", f"""Security questions (set during account recovery):
Q1: What was the name of your first pet?  A: {R.choice(['Biscuit', 'Pepper', 'Rolo', 'Mochi'])}{rs(2, DG)}
Q2: In what city did your parents meet?  A: {v}
User asked me to keep these in the notes for next time.""", v)

v = gh_fine()
S("en", "coding", f"""Lesson: the CI job needs a fine-grained PAT with contents:write, not the classic token.
Set it in repo settings -> secrets -> RELEASE_TOKEN. The one I generated today is
{v}
(expires in 30 days)""", v)

v = tfn_au()
S("en", "hr", f"""Employee (Melbourne) asked to update tax file declaration. TFN provided: {v}. Claiming tax-free threshold: yes. HELP debt: no.""", v)

v = sendgrid()
S("en", "coding", f"""settings.py
EMAIL_BACKEND = "sendgrid_backend.SendgridBackend"
SENDGRID_API_KEY = "{v}"
SENDGRID_SANDBOX_MODE_IN_DEBUG = False""", v)

v = password(4)
S("en", "personal", f"""Mom: what's the netflix password again
Me: {v}
Mom: capital?
Me: yes first letter capital
Mom: ok it works thank you sweetie""", v)

v = ssn_us()
S("en", "finance", f"""OCR of W-9 (page 1):
Name (as shown on your income tax return) JAMES T WHITAKER
Business name/disregarded entity name, if different from above
3 Check appropriate box ... [X] Individual/sole proprietor
Part I Taxpayer Identification Number (TIN)
Social security number  {v.replace('-', ' - ')}
Employer identification number  __ - _______""", v.replace("-", " - "))

v = otp(6)
S("en", "sales", f"""[12:02] Rep: ok I'm on the Salesforce login, it's asking for the MFA
[12:02] Rep: Carla can you read me the code from your phone
[12:03] Carla: {v[:3]} {v[3:]}
[12:03] Rep: got it, in""", f"{v[:3]} {v[3:]}")

v = discord_hook()
S("en", "coding", f"""my minecraft server bot config:
{JI({"server": "mc.brambleworks.net", "notify_on_join": True, "webhook": v, "motd": "no griefing pls"})}""", v)

blk, line = rsa_key(10)
S("en", "devops", f"""Tool output (kubectl get secret ingress-tls -o jsonpath='{{.data.tls\\.key}}' | base64 -d):
{blk}""", line)

v = password(1)
S("en", "it", f"""IT handover notes — reception laptop (HP EliteBook, asset ACM-LT-0412)
local admin: .\\itadmin
local admin pw: {v}
BitLocker recovery key is in Intune, not here.""", v)

v = pin(4)
S("en", "health", f"""Pharmacy app help chat:
Agent: To collect controlled medication at the locker you'll need your collection PIN.
Customer: it says {v} in the email, do I need ID too?
Agent: Yes, please bring photo ID as well.""", v)

v = card("5" + str(R.randint(1, 5))); c = cvv()
S("en", "travel", f"""User: ok use my mastercard for the hotel deposit
User: {v[:8]}
User: {v[8:]}
User: cvv {c}, exp {expiry()}
Agent thought: card split across messages; complete the booking form and do not store.""", v[8:])

v = do_tok()
S("en", "devops", f"""terraform.tfvars
do_token      = "{v}"
region        = "fra1"
droplet_size  = "s-2vcpu-4gb"
ssh_key_ids   = [41837261]""", v)

v = hf_tok()
S("en", "research", f"""(.venv) $ huggingface-cli login
    _|    _|  _|    _|    _|_|_|    _|_|_|  _|_|_|  _|      _|    _|_|_|
Enter your token (input will not be visible): {v}
Add token as git credential? (Y/n) n
Token is valid (permission: write).""", v)

v = password(0)
S("en", "errands", f"""Agent summary of errand: Renewed the car insurance with Admiral. Created an online account for the user: email on file, password {v} (user chose it). Policy starts 15 Jan. Documents emailed.""", v)

v = vault_tok()
S("en", "devops", f"""$ export VAULT_ADDR=https://vault.acme.io:8200
$ export VAULT_TOKEN={v}
$ vault kv get secret/payments/prod
====== Secret Path ======
secret/data/payments/prod""", v)

v = pin(4)
S("en", "it", f"""Facilities FYI (forwarded to IT): the server room door on 3rd floor now uses a keypad, code {v}#, badge reader is being replaced next week. Don't put it on the wiki.""", v)

v = telegram_tok()
S("en", "coding", f"""bot.py
import telebot
bot = telebot.TeleBot("{v}")

@bot.message_handler(commands=["start"])
def start(m):
    bot.reply_to(m, "Hi! Send me a tracking number.")""", v)

v = recovery_codes(1, "g")[0]
S("en", "it", f"""Me to me (Saved Messages): google backup code for the old gmail, in case the phone dies again: {v} (used the first two already)""", v)

v = password(2)
S("en", "sales", f"""Voice-to-text from rep after the demo:
"note for CRM Brightline Dental demo went well they want a pilot for three clinics the trial login I gave them is brightline at demo dot acme io password {v} expires in fourteen days follow up Thursday"
""", v)

v = iban("DE")
S("en", "finance", f"""Refund request from customer (consumer, not business):
"Please send the refund of €249.00 to my account DE{v[2:4]} {iban_fmt(v)[5:]} in the name of Lena Hartmann, I closed the card."
Note: refund to a personal IBAN requires manager approval.""", f"DE{v[2:4]} {iban_fmt(v)[5:]}")

v = google_key()
S("en", "coding", f"""Found while grepping the mobile repo:
android/app/src/main/res/values/secrets.xml:3:    <string name="places_server_key">{v}</string>
This is the *server* key with billing enabled, not the restricted Android key. Moving to backend.""", v)

# ------------------------------------------------------------------ English: innocent
I("en", "coding", f"""$ git log --oneline -5
{hx(7)} fix(billing): retry on 409 from ledger
{hx(7)} chore: bump stripe-node to 14.12.0
{hx(7)} feat(api): add idempotency key header
{hx(7)} test: cover refund edge case for zero-amount
{hx(7)} Merge pull request #2291 from acme-pay/ops/timeout""")

I("en", "coding", """# .env.example — copy to .env and fill in real values (never commit .env)
STRIPE_SECRET_KEY=sk_live_your_key_here
DATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/app
SLACK_WEBHOOK_URL=
JWT_SECRET=change-me-to-a-64-char-random-string""")

I("en", "devops", """AWS docs example, used only in the README snippet:
  aws_access_key_id = AKIAIOSFODNN7EXAMPLE
  aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
These are the documented placeholder values from the AWS CLI guide; the real ones come from SSO.""")

I("en", "support", f"""Customer: I was charged twice for order #{order_id('', 7)}
Agent: I can see two authorisations on the card ending 4417, one was released automatically. The remaining charge is $84.20. Refund reference RF-{rs(6, DG)} if the second one doesn't drop off in 3-5 business days.""")

I("en", "it", """Password policy (updated Nov 2026):
- minimum 14 characters, no maximum below 64
- no forced rotation unless compromise is suspected
- MFA required for all staff; SMS codes are 6 digits and expire after 10 minutes
- lockout after 10 failed attempts for 15 minutes""")

I("en", "devops", f"""$ docker pull ghcr.io/acme/api:1.42.3
1.42.3: Pulling from acme/api
Digest: sha256:{hx(64)}
Status: Downloaded newer image for ghcr.io/acme/api:1.42.3""")

I("en", "finance", f"""Invoice INV-2026-{rs(5, DG)} from Kestrel Cloud Ltd
Payment terms: 30 days. Please pay to:
Kestrel Cloud Ltd, Barclays Bank UK PLC
IBAN: {iban_fmt(iban('GB'))}   BIC: BARCGB22
VAT reg. GB {rs(3, DG)} {rs(4, DG)} {rs(2, DG)} · Company no. {rs(8, DG)}
Total due: £4,812.50 (incl. VAT £802.08)""")

I("en", "travel", f"""Booking confirmed ✈️
Confirmation code: {booking_ref()}
LHR → JFK  BA0117  Thu 18 Dec 08:25
Seat 32A · Economy · 1 checked bag
Manage your booking at ba.com with the code and surname.""")

I("en", "coding", f"""Stripe test cards for the QA checklist (test mode only):
- 4242 4242 4242 4242 — succeeds
- 4000 0000 0000 9995 — insufficient funds
- 4000 0025 0000 3155 — requires 3DS
Use any future expiry and any 3-digit CVC.""")

I("en", "devops", f"""kubectl get pods -n payments
NAME                              READY   STATUS    RESTARTS   AGE
ledger-7c9f{hx(6)}-{rs(5, LO + DG)}      1/1     Running   0          3d
ledger-7c9f{hx(6)}-{rs(5, LO + DG)}      1/1     Running   2          3d
refunds-worker-{hx(9)}-{rs(5, LO + DG)}   1/1     Running   0          19h""")

I("en", "support", """Agent reply template — locked out:
"For your security we will never ask for your password or the 6-digit code we text you. If you're locked out, use 'Forgot password' on the sign-in page; the reset link is valid for 30 minutes." """)

I("en", "errands", f"""Parcel update: Your UPS package {ups_tracking()} is out for delivery. Estimated between 10:30 and 14:30. Signature not required.""")

I("en", "hr", """Reminder from HR: open enrollment closes Dec 15. To log in to the benefits portal use your employee ID and the password you set at onboarding. If you forgot it, call the Benefits Help Desk at 1-800-555-0199 (Mon–Fri 8am–8pm ET).""")

I("en", "research", f"""Reading list for the retrieval-eval project:
- arXiv:2312.{rs(5, DG)} — dense retrieval under distribution shift
- doi:10.1145/{rs(7, DG)}.{rs(7, DG)}
- ISBN {isbn13()} (Manning, "Introduction to IR")
Seed for all runs: 1234. Token budget per query: 4,096.""")

I("en", "it", f"""Laptop refresh ticket INC{rs(7, DG)}
Asset tag: ACM-LT-{rs(4, DG)}   Serial: 5CG{rs(7, UP + DG)}
BitLocker: enabled, recovery key escrowed to Entra ID (key ID {uid()[:8].upper()})
Status: imaged, awaiting pickup at IT desk""")

I("en", "coding", f"""ssh-keygen -t ed25519 -C "deploy-bot@ci"
Your public key has been saved in /home/ci/.ssh/id_ed25519.pub
The key fingerprint is:
SHA256:{rs(43, B64)} deploy-bot@ci
Add this public key to the deploy keys:
{ssh_pub('deploy-bot@ci')}""")

I("en", "sales", f"""Opportunity: Harbor & Lane Logistics — 250 seats
Stage: Negotiation · Amount: $118,500 ARR · Close date: 2027-01-31
Promo applied: Q4ENTERPRISE20 (20% off first year)
Next step: security questionnaire due Dec 12""")

I("en", "finance", """Card statement summary (masked):
Visa **** **** **** 9012 — balance $1,284.77, min payment $35.00 due 12/21
Mastercard ending 3308 — paid in full
Autopay: ON from checking ****6650""")

I("en", "personal", """Router manual, page 4: "Default admin login: admin / admin. Default WPS PIN is printed on the label under the device. Change the default password during first setup." """)

I("en", "devops", f"""error: token expired (code 401, reason: EXPIRED_TOKEN)
    at verifyJwt (/app/node_modules/@acme/auth/dist/verify.js:88:11)
request_id={uid()} trace_id={hx(32)}
hint: tokens are valid for 3600s; refresh tokens for 30 days""")

I("en", "health", f"""Appointment reminder: Dr. Chen, Dermatology, Tue 16 Dec 2:40pm, Room 3B.
Booking ref {booking_ref(8)}. To reschedule call the clinic front desk at (617) 555-0142. Please arrive 15 min early.""")

I("en", "coding", f"""Dependency lock excerpt:
"node_modules/jsonwebtoken": {{
  "version": "9.0.2",
  "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
  "integrity": "sha512-{rs(86, B64)}=="
}}""")

I("en", "it", """FYI from vendor: The Yealink T54W desk phones ship with factory-default admin PIN 0000 for the web UI; we change it during provisioning via the auto-provision server. If a phone gets factory reset, re-run provisioning.""")

I("en", "support", f"""Order lookup:
Order: #{order_id('W', 9)}
Status: Shipped via DHL Express {digits(10)}
Items: 2 × Merino Crew (M, Navy)
Payment: PayPal · Total $118.00
Gift code used: WELCOME10""")

I("en", "finance", f"""Wire instructions for our customers (public, also on the website footer):
Acme Analytics Inc. · JPMorgan Chase Bank, N.A.
ABA routing 021000021 · Account 000{rs(6, DG)}1 (corporate operating account)
SWIFT CHASUS33 · EIN 84-{rs(7, DG)}
Reference your invoice number with every payment.""")

I("en", "research", f"""Experiment log 2026-12-04
run id: {uid()}
commit: {hx(40)}
dataset sha256: {hx(64)}
val loss 1.874 → 1.702 after lr warmup fix; max_tokens=8192; temperature 0.2""")

I("en", "devops", """Note: the key in the Helm values is a reference, not the value:
  existingSecret: payments-db
  secretKeys:
    passwordKey: POSTGRES_PASSWORD
Actual password lives in Vault at secret/payments/db (path only).""")

I("en", "hr", f"""Offer letter checklist for candidate #{rs(5, DG)}:
[x] compensation band L4 approved
[x] start date 2027-02-02
[ ] background check (vendor ref BGC-{rs(8, DG)})
[ ] laptop order
Employee ID will be assigned on day one.""")

I("en", "errands", f"""Grocery order confirmed for Saturday 9–10am. Order no. {digits(11)}. Substitutions allowed. Your driver will ask for a 4-digit delivery code shown in the app on the day.""")

I("en", "travel", f"""Hotel confirmation
The Linden, Copenhagen · 3 nights · 19–22 Dec
Confirmation #: {digits(9)}  PIN: see email (required to modify)
Rate: DKK 1,450/night, breakfast included, free cancellation until 17 Dec 18:00""")

I("en", "coding", """Docs note: API keys are 40 characters, prefixed with `acm_live_` for production and `acm_test_` for sandbox. Example in docs: `acm_test_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`. Rotate from Settings → Developers.""")

I("en", "personal", f"""Me: flight lands 21:40, gate info later
Sis: ok dad will pick you up, he's in the blue Skoda, plate starts with LK
Me: 👍 bringing the cheese you asked for
Sis: ur the best. door code for the new building is on the fridge note, I'll text when you're here""")

I("en", "it", f"""Windows Event 4625 — An account failed to log on.
Account Name: svc-backup
Failure Reason: Unknown user name or bad password.
Status: 0xC000006D  Sub Status: 0xC000006A
Source Network Address: 10.12.{R.randint(0, 255)}.{R.randint(1, 254)}  Logon Type: 3""")

I("en", "research", """Survey instrument v3: Q14 "How many characters long is your typical password?" options: <8, 8–11, 12–15, 16+. Q15 "Do you reuse PINs across cards?" yes/no/prefer not to say. No actual credentials collected.""")

I("en", "sales", f"""Quote Q-{rs(6, DG)} for Orchard Schools District
Line 1: Acme Classroom, 1,200 licences @ $4.10 = $4,920.00
Line 2: Onboarding package (fixed) = $2,500.00
Tax exempt cert on file. Purchase order required; PO numbers start with 45.""")

I("en", "support", f"""Error shown to customer: "Code E-2043: The verification code has expired. Request a new code." — this happens when more than 10 minutes pass. Workaround: tap Resend. Known issue JIRA MOB-{rs(4, DG)}.""")

I("en", "devops", f"""$ gpg --list-keys release@acme.io
pub   ed25519 2025-03-11 [SC] [expires: 2027-03-11]
      {hx(40).upper()}
uid           [ultimate] Acme Release Signing <release@acme.io>
sub   cv25519 2025-03-11 [E]""")

I("en", "finance", f"""Payroll run 2026-12 summary: 412 employees, gross $2,931,554.18, net $2,101,020.65. Batch ID PR-{rs(8, DG)}. Bank file hash {hx(64)}. Approved by Controller.""")

I("en", "health", """Patient portal FAQ: Your MyChart activation code is 15 characters and expires after 60 days. If your code has expired, request a new one at the front desk — we cannot read codes over the phone.""")

I("en", "errands", f"""Car service booked: Halfords, Sat 10:00, MOT + interim service £129. Vehicle reg is on file. Booking ref HF{rs(7, DG)}. Keys to be dropped in the key box at reception.""")

I("en", "coding", f"""UUIDs in the fixture file are random and safe to commit:
{uid()}
{uid()}
{uid()}""")

I("en", "hr", """Policy excerpt: Employees must not share their badge, door PIN or system passwords with anyone, including managers. Lost badges should be reported within 24 hours to security@acme.io or ext. 4400.""")

I("en", "travel", f"""Rental car pickup: Hertz, LAX, Dec 19 15:00. Res no. K{rs(9, DG)}. Gold member — car will be in stall shown on the board. Fuel: return full.""")

I("en", "sales", f"""Customer's public company info (from their website, for the CRM record):
Bramblewood Foods Ltd, Company No. 0{rs(7, DG)}, VAT GB{rs(9, DG)}
Switchboard: +44 20 7946 0{rs(3, DG)}
HQ: 14 Canal Street, Manchester M1 3HE""")

I("en", "personal", f"""Group chat 'flat 4B':
Tom: electric bill came, £212.40
Ana: so £53.10 each
Tom: I'll send my share tonight, sort code + acc are the same as last time right?
Ana: yep the joint account
Tom: done ✅ ref FLAT4B-DEC""")
# ------------------------------------------------------------------ Spanish
v = password(0)
S("es", "sales", f"""Nota CRM — Distribuciones Olmedo (llamada 03/12):
Nos piden subir el certificado de seguro a su portal de proveedores.
Usuario que nos han dado: proveedor_0412 · contraseña: {v}
Pendiente: pedir que nos creen un usuario propio en vez de compartir este.""", v)

v = dni_es()
S("es", "hr", f"""Alta de nuevo empleado — Sevilla
Nombre: Lucía Fernández Ortega
DNI: {v}
Nº afiliación Seguridad Social: 41/{rs(8, DG)}/{rs(2, DG)}
Cuenta para nómina: pendiente""", v)

v = iban("ES")
S("es", "finance", f"""Hola, para la devolución de la fianza del piso os paso mi cuenta personal:
Titular: Javier Molina Ruiz
IBAN {iban_fmt(v)}
Gracias!!""", iban_fmt(v))

v = otp()
S("es", "support", f"""[WhatsApp reenviado por el cliente]
"BBVA: {v} es tu código para confirmar la operación de 1.200,00 EUR. Si no la reconoces, llama al 900 102 801."
Cliente: ¿esto es normal? yo no he hecho ninguna transferencia""", v)

v = pin(4)
S("es", "personal", f"""Mamá: hija, cuál era el pin de la tarjeta nueva que no me acuerdo
Yo: {words(v, 'es')}
Yo: bueno, {v}, y bórralo después porfa""", v)

v = nie_es()
S("es", "travel", f"""Reserva de tren Renfe — datos del viajero
Nombre: Andrés Kowalski
Documento: NIE {v}
Tarifa: Básico · Madrid-Puerta de Atocha → Barcelona-Sants 07:30""", v)

I("es", "support", f"""Cliente: no me ha llegado el pedido
Agente: Tu pedido nº {order_id('ES', 9)} salió ayer con SEUR, número de envío {digits(14)}. Llegará mañana antes de las 14:00. Si no estás, te dejan aviso.""")
I("es", "health", """Portal del paciente — ayuda: la contraseña debe tener al menos 12 caracteres y no puede ser igual a las 5 anteriores. El código de verificación por SMS caduca a los 5 minutos. Para citas urgentes llame al 900 300 555.""")
I("es", "finance", f"""Factura F-2026/{rs(4, DG)}
Proveedor: Suministros Levante S.L. · CIF B{rs(8, DG)}
IBAN de la empresa para el pago: {iban_fmt(iban('ES'))}
Base imponible 3.450,00 € · IVA 21% 724,50 € · Total 4.174,50 €""")
I("es", "sales", f"""Nota CRM: reunión con Grupo Alcázar. Interesados en 40 licencias. Les he dado el código promocional NAVIDAD25 (25% el primer trimestre). Próxima llamada: 9 de enero. Teléfono de la centralita: 91 {rs(3, DG)} {rs(2, DG)} {rs(2, DG)}.""")
I("es", "travel", f"""Tu reserva está confirmada. Localizador: {booking_ref()}. Vuelo IB3166 Madrid–Lisboa, 22/12 a las 09:45. Asiento 14C. Facturación online abierta 24 h antes.""")
I("es", "coding", f"""// tarjeta de prueba de Redsys (entorno de pruebas, documentada):
// 4548 8120 4940 0004  caducidad 12/34  CVV 123
// NO usar en producción
const TERMINAL = "001"; const COMERCIO = "{rs(9, DG)}";""")

# ------------------------------------------------------------------ French
v = nir_fr()
S("fr", "hr", f"""Dossier salarié — pièces reçues
Nom : Camille Besnard
N° de sécurité sociale : {v}
Mutuelle : adhésion obligatoire, formulaire signé
RIB : fourni (voir PJ)""", v)

v = password(2)
S("fr", "it", f"""Ticket GLPI #{rs(5, DG)}
Demandeur : accueil Lyon
Description : « l'imprimante du 2e ne marche plus depuis la mise à jour, le mot de passe admin de l'interface c'est {v} si besoin »""", v)

v = iban("FR")
S("fr", "personal", f"""Salut Mathieu, pour le cadeau commun de Claire tu peux virer ta part (25 €) sur mon compte :
{iban_fmt(v)}
BIC : BNPAFRPPXXX
Merci 🙏""", iban_fmt(v))

v = card("4" + rs(1, DG)); c = cvv()
S("fr", "errands", f"""Étape 3 : formulaire de paiement SNCF Connect rempli.
Numéro de carte : {card_fmt(v)}
Date d'expiration : {expiry()}
Cryptogramme : {c}
En attente de validation 3-D Secure sur l'appli bancaire de l'utilisateur.""", card_fmt(v))

v = pin(4)
S("fr", "personal", f"""[transcription message vocal] « Coucou c'est maman, le code de la porte de l'immeuble a changé, c'est {words(v, 'fr')}, et ensuite B pour le bâtiment, bisous » """, words(v, "fr"))

I("fr", "finance", f"""Facture n° FA-{rs(6, DG)}
Société Atelier Nordique SAS · SIREN {(s := siren_fr())} · TVA intracom. {tva_fr(s)}
Coordonnées bancaires de la société : {iban_fmt(iban('FR'))} · BIC CCBPFRPPNAN
Échéance : 30 jours fin de mois · Montant TTC : 2 580,00 €""")
I("fr", "support", f"""Client : je n'ai pas reçu mon colis
Agent : Votre commande n° {digits(10)} a été remise à Colissimo, numéro de suivi 6A{digits(11)}. Livraison prévue jeudi.""")
I("fr", "it", """Rappel DSI : votre mot de passe expire dans 7 jours. Il doit contenir 12 caractères minimum, dont une majuscule et un chiffre. Le code PIN de la carte d'accès reste inchangé.""")
I("fr", "health", f"""Confirmation Doctolib : RDV avec Dr Lemaire, médecin généraliste, lundi 15 décembre à 10h20. Référence {booking_ref(8)}. Pensez à apporter votre carte Vitale.""")
I("fr", "research", f"""Note de lecture : l'article (HAL hal-0{rs(7, DG)}) mesure la longueur moyenne des mots de passe dans un échantillon de 1 200 étudiants : 9,4 caractères. Aucune donnée nominative.""")

# ------------------------------------------------------------------ German
v = steuer_id_de()
S("de", "hr", f"""Personalfragebogen (neue Mitarbeiterin, Standort Köln)
Name: Johanna Brückner
Steuerliche Identifikationsnummer: {v[:2]} {v[2:5]} {v[5:8]} {v[8:]}
Steuerklasse: IV · Konfession: rk
Krankenkasse: TK""", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}")

v = iban("DE")
S("de", "finance", f"""Erstattung Reisekosten bitte auf mein Privatkonto:
Kontoinhaber: Florian Weidmann
IBAN {iban_fmt(v)}
Betrag: 386,40 €""", iban_fmt(v))

v = password(3)
S("de", "it", f"""Hallo IT, mein neues Passwort für SAP ist {v}, könnt ihr das bitte auch bei der Zeiterfassung eintragen? Danke, Jürgen""", v)

v = gitlab = glpat()
S("de", "coding", f"""# .gitlab-ci.yml (Ausschnitt)
variables:
  REGISTRY_USER: deploy-bot
  REGISTRY_TOKEN: "{v}"   # TODO: in CI/CD-Variablen verschieben!
stages: [build, test, deploy]""", v)

v = pin(4)
S("de", "travel", f"""Lisa: Was war nochmal die PIN für den Schlüsseltresor an der Ferienwohnung?
Ich: {v}
Lisa: danke, wir sind um 19 Uhr da""", v)

v = otp(6)
S("de", "support", f"""Kunde (Chat): Ich habe eine SMS bekommen: "Ihre mTAN lautet {v} für die Überweisung an M. Schuster, 2.300,00 EUR". Ich kenne keinen Schuster!
Agent: Bitte geben Sie die mTAN nicht ein. Ich sperre den Online-Zugang vorsorglich.""", v)

I("de", "finance", f"""Rechnung Nr. 2026-{rs(4, DG)}
Müller & Sohn GmbH · USt-IdNr. {ust_de()} · HRB {rs(5, DG)} Amtsgericht München
Bankverbindung: {iban_fmt(iban('DE'))} · BIC GENODEF1M04
Zahlbar innerhalb von 14 Tagen ohne Abzug.""")
I("de", "it", """Hinweis: Das Standard-Passwort der FRITZ!Box steht auf dem Typenschild auf der Unterseite. Nach der Einrichtung bitte ändern. WLAN-Schlüssel: 20 Ziffern, ebenfalls auf dem Aufkleber.""")
I("de", "errands", f"""DHL: Ihre Sendung {digits(12)} liegt zur Abholung in der Packstation 142 bereit. Den Abholcode finden Sie in der Post & DHL App. Lagerfrist: 7 Tage.""")
I("de", "coding", f"""$ git show --stat {hx(40)}
Author: Kai Lehmann
Date:   Fri Dec 4 16:12:09 2026 +0100
    Passwort-Mindestlänge auf 12 erhöht (Ticket SEC-{rs(3, DG)})
 src/auth/policy.ts | 4 ++--""")
I("de", "travel", f"""Ihre Buchung bei der Deutschen Bahn: Auftragsnummer {rs(6, DG)}, ICE 593 München Hbf → Berlin Hbf, 23.12., 10:02, Wagen 24, Platz 51. Das Ticket ist an Ihre BahnCard gebunden.""")

# ------------------------------------------------------------------ Italian
v = cf_it()
S("it", "health", f"""Prenotazione CUP — dati paziente
Cognome e nome: Ferraro Giulia
Codice fiscale: {v}
Prestazione: ecografia addome completo
Ricetta elettronica NRE: in allegato""", v)

v = password(4)
S("it", "support", f"""Cliente: buongiorno, non riesco ad accedere all'app, ho messo la password {v} come mi avevate detto ma dice errore
Operatore: Non condivida la password in chat. Le invio un link di reset.""", v)

v = iban("IT")
S("it", "hr", f"""Ciao, ho cambiato banca: il nuovo IBAN per lo stipendio è {v} (intestato a me, Marco Rinaldi). Grazie!""", v)

v = otp(6)
S("it", "personal", f"""Io: Nonna, ti è arrivato un messaggio con un codice? Leggimelo che ti attivo lo SPID
Nonna: dice {words(v, 'it')}
Io: perfetto, fatto""", words(v, "it"))

I("it", "finance", f"""Fattura n. {rs(3, DG)}/2026 — Tipografia Bellini S.r.l., P.IVA IT{piva_it()}
IBAN aziendale: {iban_fmt(iban('IT'))}
Imponibile € 1.200,00 · IVA 22% € 264,00 · Totale € 1.464,00""")
I("it", "support", f"""Il tuo ordine n. {order_id('IT', 8)} è stato spedito con BRT. Codice di tracciamento: {digits(15)}. Consegna prevista: 11/12.""")
I("it", "it", """Promemoria: il PIN della smart card deve essere di 8 cifre. Dopo 3 tentativi errati la carta si blocca e serve il PUK (fornito in busta chiusa al ritiro).""")
I("it", "sales", f"""Nota CRM: Conad Adriatico chiede una demo a gennaio. Codice sconto proposto: PARTNER15. Centralino: 071 {rs(3, DG)} {rs(4, DG)}. Referente: ufficio acquisti.""")

# ------------------------------------------------------------------ Portuguese (BR)
v = cpf_br()
S("pt", "finance", f"""Nota fiscal pessoa física — dados do tomador
Nome: Rafaela Nogueira Campos
CPF: {v}
Valor do serviço: R$ 1.850,00""", v)

v = tok(32, LO + DG)
pix = uid()
S("pt", "personal", f"""Gabi: me manda a chave pix pra eu te pagar o churrasco
Eu: {pix}
Eu: é chave aleatória, pode mandar""", pix)

v = password(0)
S("pt", "it", f"""Chamado #{rs(5, DG)}
Usuário: não consigo logar no notebook depois das férias
Usuário: a senha era {v}, já tentei com e sem maiúscula
Agente (nota interna): resetar via AD, não registrar senha""", v)

v = card("5" + str(R.randint(1, 5))); c = cvv()
S("pt", "errands", f"""Comprinha no iFood pelo agente:
cartão {card_fmt(v)} validade {expiry()} cvv {c}
endereço: o de casa
Obs: sem cebola""", card_fmt(v))

v = otp(6)
S("pt", "support", f"""Cliente: recebi um SMS "Seu código de verificação é {v}" e logo depois uma pessoa me ligou pedindo esse código dizendo que era do banco
Atendente: Nunca passe esse código. Vamos bloquear o acesso por segurança.""", v)

I("pt", "finance", f"""Boleto — Padaria Pão Dourado LTDA, CNPJ {cnpj_br()}
Vencimento 20/12/2026 · Valor R$ 3.240,00
Linha digitável: {rs(5, DG)}.{rs(5, DG)} {rs(5, DG)}.{rs(6, DG)} {rs(5, DG)}.{rs(6, DG)} {R.randint(1, 9)} {rs(14, DG)}""")
I("pt", "support", f"""Seu pedido nº {digits(10)} foi enviado pelos Correios. Código de rastreio: {rs(2, UP)}{digits(9)}BR. Prazo estimado: 5 dias úteis.""")
I("pt", "coding", """Regra implementada no validador (auth/policy.py) — política de senhas: mínimo de 12 caracteres, sem reaproveitar as últimas 10. O token do app autenticador gera códigos de 6 dígitos a cada 30 segundos.""")
I("pt", "sales", f"""CRM: Ligação com a Agro Cerrado. Interesse em 80 licenças. Cupom oferecido: BLACK30 (válido até 31/12). Telefone da empresa: (62) 3{rs(3, DG)}-{rs(4, DG)}.""")
I("pt", "coding", f"""// chave PIX de teste do sandbox do banco (documentação):
// "chave": "11111111111" — CPF fictício usado nos exemplos
// txid de exemplo: {rs(26, AN)}
const ENDPOINT = "https://api-pix-h.bancoexemplo.com.br/v2/cob";""")
# ------------------------------------------------------------------ Dutch
v = bsn_nl()
S("nl", "hr", f"""Nieuwe medewerker — gegevens voor de loonadministratie
Naam: Sanne de Vries
BSN: {v}
Loonheffingskorting toepassen: ja
Rekeningnummer: volgt""", v)

v = iban("NL")
S("nl", "personal", f"""Tikkie werkt niet, maak het maar over naar {iban_fmt(v)} t.n.v. R. Jansen 👍 was €18,50 voor de pizza""", iban_fmt(v))

v = password(1)
S("nl", "it", f"""Gebruiker: hoi, kun je het wachtwoord van de gedeelde mailbox facturen@ even checken? ik heb {v} ingevuld en outlook blijft erom vragen""", v)

v = otp(6)
S("nl", "support", f"""Klant: ik kreeg een sms "Je DigiD sms-code is: {v}" maar ik was niet aan het inloggen
Medewerker: Deel deze code met niemand. Wijzig je DigiD-wachtwoord en neem contact op met DigiD.""", v)

I("nl", "finance", f"""Factuur 2026-{rs(4, DG)} — Bakkerij Hoek B.V.
KvK {rs(8, DG)} · btw-id NL{rs(9, DG)}B01
IBAN (zakelijk): {iban_fmt(iban('NL'))}
Totaal € 612,30 incl. btw, betalen binnen 14 dagen.""")
I("nl", "errands", f"""PostNL: je pakket {rs(2, UP)}{digits(9)}NL wordt vandaag bezorgd tussen 13:15 en 15:15. Niet thuis? Dan gaat het naar het PostNL-punt bij de Albert Heijn.""")
I("nl", "it", """Tip: de pincode van je laptop (Windows Hello) moet minimaal 6 cijfers zijn. Je wachtwoord blijft nodig voor VPN.""")
I("nl", "travel", f"""Boekingsbevestiging KLM: boekingscode {booking_ref()}, KL1001 Amsterdam → Londen Heathrow, 20 dec 07:10. Online inchecken vanaf 30 uur voor vertrek.""")

# ------------------------------------------------------------------ Polish
v = pesel_pl()
S("pl", "hr", f"""Kwestionariusz osobowy pracownika
Imię i nazwisko: Katarzyna Wiśniewska
PESEL: {v}
Urząd skarbowy: Kraków-Krowodrza
Rachunek do wypłaty: w załączniku""", v)

v = password(0)
S("pl", "devops", f"""[#infra] Bartek: kto ma dostęp do starego serwera z backupami?
[#infra] Ola: ssh backup@10.20.3.14, hasło {v}, tylko nie ruszaj crona
[#infra] Bartek: dzięki, po migracji zmieniamy na klucze""", v)

v = otp(6)
S("pl", "personal", f"""Ja: tato, przeczytaj mi kod z SMS-a z banku, robię ci przelew za prąd
Tata: {words(v, 'pl')}
Ja: dzięki, poszło""", words(v, "pl"))

v = iban("PL")
S("pl", "finance", f"""Wniosek o zwrot nadpłaty — klient indywidualny
Proszę o zwrot na moje konto osobiste: {iban_fmt(v)}
Kwota: 312,00 zł""", iban_fmt(v))

I("pl", "finance", f"""Faktura VAT nr FV/{rs(3, DG)}/12/2026
Sprzedawca: Drukarnia Orzeł Sp. z o.o., NIP {nip_pl()}, REGON {rs(9, DG)}
Konto firmowe: {iban_fmt(iban('PL'))}
Do zapłaty: 2 460,00 zł brutto""")
I("pl", "errands", f"""InPost: paczka nr {digits(24)} czeka w Paczkomacie WAW12M. Kod odbioru znajdziesz w aplikacji InPost Mobile. Termin odbioru: 48 godzin.""")
I("pl", "hr", """Komunikat działu kadr: PIN do karty dostępu ma 4 cyfry, hasło do domeny minimum 12 znaków. Po 5 błędnych próbach konto zostanie zablokowane na 15 minut.""")
I("pl", "support", f"""Klient: gdzie jest moje zamówienie?
Konsultant: Zamówienie nr {order_id('PL-', 8)} zostało wysłane kurierem DPD, numer przesyłki {digits(14)}. Kod rabatowy ZIMA10 naliczony.""")

# ------------------------------------------------------------------ Czech
v = rc_cz()
S("cs", "health", f"""Objednávka na vyšetření — údaje pojištěnce
Jméno: Tereza Dvořáková
Rodné číslo: {v}
Pojišťovna: 111 (VZP)
Termín: 17. 12. 2026, 8:30""", v)

v = password(3)
S("cs", "research", f"""Poznámky z laborky (sdílený dokument):
- výpočty běží na uzlu gpu-03, přihlášení přes skupinový účet lab_nlp
- heslo ke skupinovému účtu: {v}
- data z dotazníku jsou v /storage/projekt_B, neanonymizovaná NEKOPÍROVAT""", v)

v = pin(4)
S("cs", "travel", f"""Já: jaký je kód na bránu u chaty?
Táta: {v} a pak zelený tlačítko
Já: díky""", v)

I("cs", "sales", f"""CRM · příloha k příležitosti:
Faktura č. 2026{rs(4, DG)} — Pekárna Novák s.r.o., IČO {rs(8, DG)}, DIČ CZ{rs(8, DG)}
Bankovní spojení firmy: {iban_fmt(iban('CZ'))}
Variabilní symbol: {rs(10, DG)} · Celkem k úhradě 18 150 Kč""")
I("cs", "support", f"""Zákazník: kdy mi přijde balík?
Operátor: Objednávka č. {digits(9)} je předána Zásilkovně, číslo zásilky Z {digits(10)}. Doručení zítra.""")
I("cs", "it", """Upozornění: heslo musí mít alespoň 12 znaků. Jednorázový kód z aplikace platí 30 sekund. Výchozí PIN nových telefonů (0000) změňte při prvním spuštění.""")

# ------------------------------------------------------------------ Swedish
v = pnr_se()
S("sv", "hr", f"""Ny anställd — uppgifter till lönesystemet
Namn: Elin Lindqvist
Personnummer: 19{v}
Skattetabell: 32 · Clearingnummer och konto: se bifogad blankett""", f"19{v}")

v = password(2)
S("sv", "health", f"""Agentens anteckning: användaren bad mig logga in på Apotek-kontot för att förnya receptet. Inloggning: e-post på fil, lösenord {v}. Receptet för Levaxin förnyat, hämtas på Apoteket Kronan.""", v)

v = pin(4)
S("sv", "personal", f"""Mamma: koden till porten är {v}, sen trappa C
Jag: tack, vi kommer vid sex""", v)

I("sv", "finance", f"""Faktura {rs(6, DG)} — Norrlands Trä AB, org.nr 556{rs(3, DG)}-{rs(4, DG)}, momsreg.nr SE556{rs(7, DG)}01
Bankgiro {rs(3, DG)}-{rs(4, DG)} · OCR {rs(12, DG)} · Att betala 9 375 kr""")
I("sv", "errands", f"""PostNord: Ditt paket {rs(2, UP)}{digits(9)}SE finns att hämta hos ICA Nära Vasastan. Ta med legitimation och upphämtningskoden som skickats i appen.""")
I("sv", "support", """Svar till kund: Vi frågar aldrig efter ditt BankID, lösenord eller engångskoder i telefon eller mejl. Engångskoden är sex siffror och gäller i fem minuter.""")

# ------------------------------------------------------------------ Norwegian (bokmål)
v = fnr_no()
S("nb", "health", f"""Henvisning — pasientopplysninger
Navn: Ingrid Haugen
Fødselsnummer: {v}
Fastlege: Dr. Solberg, Majorstua legesenter
Årsak: vedvarende hodepine""", v)

v = password(0)
S("nb", "sales", f"""CRM-notat: Kunden (Lofoten Sjømat AS) ga oss tilgang til Tripletex for å hente ut fakturagrunnlaget. Bruker: regnskap@-kontoen deres, passord {v}. Husk å be dem bytte etter at vi er ferdige.""", v)

v = otp(6)
S("nb", "personal", f"""Pappa: det kom en kode fra Vipps {v}, skal jeg gi den til han som ringte??
Meg: NEI! ikke gi den til noen, jeg ringer deg nå""", v)

I("nb", "finance", f"""Faktura {rs(5, DG)} fra Fjordkraft Bedrift AS, org.nr. {rs(3, DG)} {rs(3, DG)} {rs(3, DG)} MVA
Kontonummer (bedrift): {rs(4, DG)}.{rs(2, DG)}.{rs(5, DG)} · KID: {rs(15, DG)}
Å betale: 4 128,00 kr innen 20.12.""")
I("nb", "travel", f"""Bestillingsbekreftelse Norwegian: referanse {booking_ref()}, DY614 Oslo–Bergen 21.12 kl. 08:05. PIN-kode for kiosk-innsjekking sendes på SMS 24 t før avgang.""")
I("nb", "it", """Merk: PIN-koden til BankID på mobil er 4–8 sifre og settes av deg selv. IT vil aldri spørre om den.""")

# ------------------------------------------------------------------ Danish
v = cpr_dk()
S("da", "hr", f"""Ansættelse — stamdata
Navn: Mads Kristensen
CPR-nr.: {v}
Skattekort: hovedkort · Feriekonto: FerieKonto""", v)

v = password(4)
S("da", "travel", f"""Agent trin 2: loggede ind på SAS EuroBonus for brugeren (EB-nr. står i profilen, adgangskode {v}). Valgte sæde 12F på SK1415 og tilføjede bagage.""", v)

v = pin(4)
S("da", "travel", f"""Søster: koden til nøgleboksen ved sommerhuset er {v}
Mig: tak! vi kører nu""", v)

I("da", "finance", f"""Faktura nr. {rs(5, DG)} — Fynske Møbler ApS, CVR {rs(8, DG)}
Reg.nr. {rs(4, DG)} · Kontonr. {rs(10, DG)} (virksomhedskonto)
Beløb: 12.450,00 kr. inkl. moms · Betalingsfrist 8 dage""")
I("da", "errands", f"""Din ordre {order_id('DK', 7)} er afsendt med GLS, pakkenummer {digits(11)}. Rabatkoden JUL20 er anvendt.""")
I("da", "it", """MitID-kodeord skal være mindst 8 tegn. Koden i MitID-appen udløber efter få minutter — ingen fra IT vil bede om den.""")
# ------------------------------------------------------------------ Finnish
v = hetu_fi()
S("fi", "hr", f"""Uuden työntekijän tiedot
Nimi: Aino Virtanen
Henkilötunnus: {v}
Verokortti: toimitettu OmaVerosta · Tilinumero: lomakkeella""", v)

v = password(2)
S("fi", "research", f"""Tutkimusryhmän muistiinpanot 3.12.
- haastatteluaineisto on ryhmän levyllä \\\\tutkimus\\hanke-K
- jaetun tunnuksen salasana: {v}
- aineisto on pseudonymisoitu, avaintiedosto säilytetään erikseen""", v)

v = iban("FI")
S("fi", "travel", f"""Laita vaan mun tilille: {iban_fmt(v)}, Mikko Laine. 35 € lippu + 10 € bensat""", iban_fmt(v))

I("fi", "finance", f"""Lasku {rs(6, DG)} — Saimaan Puu Oy, Y-tunnus {rs(7, DG)}-{R.randint(0, 9)}, ALV-tunniste FI{rs(8, DG)}
Yrityksen tili: {iban_fmt(iban('FI'))}
Viitenumero: {rs(10, DG)} · Eräpäivä 22.12.2026 · Summa 1 842,00 €""")
I("fi", "errands", f"""Posti: lähetys JJFI{digits(14)} on noudettavissa Pakettiautomaatista K-Market Kallio. Noutokoodi lähetetään tekstiviestillä.""")
I("fi", "research", """Yliopiston tunnukset, muistutus tutkimusavustajille: salasanan vähimmäispituus on 14 merkkiä. Vahvan tunnistautumisen koodi on 6-numeroinen ja vanhenee 2 minuutissa.""")

# ------------------------------------------------------------------ Hungarian
v = taj_hu()
S("hu", "health", f"""Időpontfoglalás — beteg adatai
Név: Kovács Eszter
TAJ-szám: {v}
Vizsgálat: laborvérvétel, éhgyomorra""", v)

v = password(3)
S("hu", "research", f"""Felhasználó: szia, a jelszavam {v}, de a Neptun nem enged be, megnéznétek?""", v)

v = pin(4)
S("hu", "personal", f"""Anya: a kapukód {v}, utána a 3-as csengő
Én: oké, fél hétre ott vagyok""", v)

I("hu", "sales", f"""Számla sorszáma: SZ-2026/{rs(5, DG)}
Eladó: Balaton Pékség Kft., adószám {rs(8, DG)}-2-{rs(2, DG)}, cégjegyzékszám 01-09-{rs(6, DG)}
Cég bankszámla: {iban_fmt(iban('HU'))}
Fizetendő: 84 500 Ft""")
I("hu", "errands", f"""Rendelésszám: {order_id('HU', 8)}. A csomagot a GLS szállítja, követési szám {digits(11)}. Kuponkód: KARACSONY15.""")
I("hu", "health", """E-egészségügyi kártya: a PIN-kód 4–6 számjegyből állhat. Három hibás próbálkozás után a kártya zárolódik; a PUK-kódot a lezárt borítékban kapta meg.""")

# ------------------------------------------------------------------ Romanian
v = cnp_ro()
S("ro", "hr", f"""Fișă angajat nou
Nume: Andreea Popescu
CNP: {v}
Casa de sănătate: CASMB · Cont salariu: în atașament""", v)

v = password(1)
S("ro", "devops", f"""$ sshpass -p '{v}' ssh deploy@staging-02.intern.ro 'sudo systemctl restart api'
Warning: Permanently added 'staging-02.intern.ro' (ED25519) to the list of known hosts.
Notă agent: parola e în comandă, de mutat în vault.""", v)

v = otp(6)
S("ro", "support", f"""Client: am primit SMS „Codul tău de confirmare BT Pay este {v}” și un domn m-a sunat să i-l dau
Operator: Nu comunicați codul nimănui. Blocăm accesul preventiv.""", v)

I("ro", "sales", f"""Factură seria ACM nr. {rs(5, DG)}
Furnizor: Carpați Soft SRL, CUI RO{rs(8, DG)}, Nr. Reg. Com. J40/{rs(5, DG)}/2019
IBAN firmă: {iban_fmt(iban('RO'))}
Total de plată: 5.950,00 lei (TVA inclus)""")
I("ro", "errands", f"""Coletul tău Fan Courier AWB {digits(13)} va fi livrat mâine între 9 și 17. Codul de deschidere al easybox-ului îl primești prin SMS.""")
I("ro", "travel", """Aplicația TAROM — reamintire: parola trebuie să aibă cel puțin 12 caractere. Codul OTP expiră în 3 minute.""")

# ------------------------------------------------------------------ Greek
v = amka_gr()
S("el", "health", f"""Ραντεβού στο Κέντρο Υγείας
Ονοματεπώνυμο: Μαρία Παπαδοπούλου
ΑΜΚΑ: {v}
Εξέταση: αιματολογικές, Τρίτη 09:00""", v)

v = afm_gr()
S("el", "finance", f"""Γεια σας, για την απόδειξη παροχής υπηρεσιών σας στέλνω τα στοιχεία μου:
Νίκος Γεωργίου, ΑΦΜ {v}, ΔΟΥ Καλαμαριάς
Ποσό: 450 €""", v)

v = password(0)
S("el", "errands", f"""Βήμα 1: σύνδεση στο efood με τον λογαριασμό του χρήστη (κωδικός {v}). Παραγγελία: 2 σουβλάκια, 1 χωριάτικη, παράδοση 20:30.""", v)

I("el", "sales", f"""Τιμολόγιο {rs(5, DG)} — Ελαιουργική Κρήτης Α.Ε., ΑΦΜ εταιρείας 09{rs(7, DG)}, ΓΕΜΗ {rs(12, DG)}
IBAN εταιρείας: {iban_fmt(iban('GR'))}
Σύνολο: 3.720,00 € με ΦΠΑ 24%""")
I("el", "errands", f"""Η παραγγελία σας #{digits(8)} απεστάλη με ACS, αριθμός αποστολής {digits(10)}. Εκτιμώμενη παράδοση: Πέμπτη.""")
I("el", "errands", """Skroutz — υπενθύμιση: ο κωδικός πρόσβασης πρέπει να έχει τουλάχιστον 12 χαρακτήρες. Ο κωδικός μιας χρήσης (OTP) ισχύει για 120 δευτερόλεπτα.""")

# ------------------------------------------------------------------ Turkish
v = tckn_tr()
S("tr", "hr", f"""İşe giriş formu
Ad Soyad: Elif Yıldız
T.C. Kimlik No: {v}
SGK girişi: 05.01.2027 · Maaş hesabı: ekte""", v)

v = password(4)
S("tr", "travel", f"""Kullanıcı: Pegasus BolBol hesabıma girip puanlarla bilet alır mısın? şifre {v}
Ajan notu: 24 Aralık SAW→ADB uçuşu puanla alındı, PNR e-postada.""", v)

v = otp(6)
S("tr", "personal", f"""Annem: oğlum bankadan mesaj geldi, {words(v, 'tr')} diyor, bunu arayan beye söyleyeyim mi
Ben: SÖYLEME anne, hemen kapat telefonu""", words(v, "tr"))

v = iban("TR")
S("tr", "personal", f"""Ayşe: kira payını şu hesaba at: {iban_fmt(v)} (Ayşe Demir) 🙏""", iban_fmt(v))

I("tr", "finance", f"""Fatura No: ACM2026{rs(9, DG)}
Satıcı: Ege Tekstil A.Ş., Vergi Dairesi: Konak, VKN {rs(10, DG)}, Mersis {rs(16, DG)}
Şirket IBAN: {iban_fmt(iban('TR'))}
Genel toplam: 18.400,00 TL (KDV dahil)""")
I("tr", "support", f"""Siparişiniz #{digits(10)} Yurtiçi Kargo ile gönderildi, takip no: {digits(12)}. İndirim kodu YILBASI25 uygulandı.""")
I("tr", "errands", """Trendyol hesabı — hatırlatma: şifreniz en az 12 karakter olmalı. SMS ile gelen doğrulama kodu 180 saniye geçerlidir.""")
I("tr", "travel", f"""Rezervasyon kodunuz (PNR): {booking_ref()} — TK1980 İstanbul → Londra, 24 Aralık 13:25. Online check-in uçuştan 24 saat önce açılır.""")
# ------------------------------------------------------------------ Russian
v = snils_ru()
S("ru", "hr", f"""Анкета сотрудника
ФИО: Смирнова Ольга Викторовна
СНИЛС: {v}
ИНН: {inn_ru()}
Паспорт: предоставлен копией""", v)

v = password(1)
S("ru", "devops", f"""Подключение к базе падает, вот строка из конфига:
DB_DSN="host=pg-master.int port=5432 user=billing password={v} dbname=billing sslmode=verify-full"
ошибка: FATAL: password authentication failed for user "billing\"""", v)

v = otp(6)
S("ru", "personal", f"""Бабушка: внучек, мне пришло смс, там код {words(v, 'ru')}, мне его сказать девушке из «службы безопасности банка»?
Я: НЕТ, бабуль, никому не говори, это мошенники""", words(v, "ru"))

v = card("220" + str(R.randint(0, 4))); c = cvv()
S("ru", "errands", f"""Шаг 2: оплата заказа в Озоне
Карта «Мир»: {card_fmt(v)}
Срок: {expiry()} · CVC2: {c}
Ожидаю подтверждение 3-D Secure""", card_fmt(v))

v = gh_pat()
S("ru", "coding", f"""Вывод команды: cat ~/.config/gh/hosts.yml
github.com:
    user: a-petrov
    oauth_token: {v}
    git_protocol: https""", v)

I("ru", "finance", f"""Счёт № {rs(4, DG)} от 05.12.2026
ООО «Северный ветер», ИНН {rs(10, DG)}, КПП {rs(9, DG)}, ОГРН {rs(13, DG)}
Р/с {rs(20, DG)} в ПАО Сбербанк, БИК 044525225, к/с 30101810400000000225
Итого к оплате: 148 200,00 ₽""")
I("ru", "coding", f"""$ git log -1
commit {hx(40)}
Author: Дмитрий К.
    Увеличил минимальную длину пароля до 12 символов, добавил проверку по списку утёкших""")
I("ru", "support", f"""Клиент: где мой заказ?
Оператор: Заказ № {digits(9)}-{rs(4, DG)} передан в СДЭК, трек-номер {digits(10)}. Промокод ЗИМА2026 применён.""")
I("ru", "it", """Напоминание ИТ: пароль должен содержать не менее 12 символов. Одноразовый код из SMS действует 5 минут. ПИН-код по умолчанию на новых IP-телефонах — 0000, его меняют при настройке.""")

# ------------------------------------------------------------------ Ukrainian
v = rnokpp_ua()
S("uk", "finance", f"""Договір ЦПХ — дані виконавця
ПІБ: Коваленко Андрій Петрович
РНОКПП (ІПН): {v}
Сума: 24 000 грн""", v)

v = password(2)
S("uk", "coding", f"""docker-compose.yml (фрагмент)
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: "{v}"   # TODO винести в .env""", v)

v = iban("UA")
S("uk", "travel", f"""Скинь за квитки на мою картку або на рахунок {v}, Олена Шевчук. Дякую!""", v)

I("uk", "sales", f"""Рахунок-фактура № СФ-{rs(5, DG)}
ТОВ «Карпатські ліки», код ЄДРПОУ {rs(8, DG)}
IBAN підприємства: {iban('UA')}
До сплати: 36 500,00 грн з ПДВ""")
I("uk", "errands", f"""Ваше замовлення № {digits(9)} відправлено Новою поштою, ТТН {digits(14)}. Отримати можна у відділенні № 27.""")
I("uk", "hr", """Відділ кадрів, нагадування для нових працівників: пароль — щонайменше 12 символів, одноразовий код з Дії дійсний 3 хвилини.""")

# ------------------------------------------------------------------ Arabic
v = nid_sa()
S("ar", "hr", f"""نموذج تعيين موظف جديد
الاسم: عبدالله محمد القحطاني
رقم الهوية الوطنية: {v}
تاريخ المباشرة: ١٠ يناير ٢٠٢٧""", v)

v = pin(4)
S("ar", "personal", f"""أمي: يا بنتي الرقم السري لبطاقة الصراف الجديدة كان {loc(v, 'ar')} صح؟
أنا: ايوه يا ماما بس امسحي الرسالة""", loc(v, "ar"))

v = iban("AE")
S("ar", "finance", f"""السلام عليكم، أرجو تحويل المستحقات إلى حسابي الشخصي:
اسم المستفيد: سارة الحمادي
الآيبان: {v}
المبلغ: ٤٬٥٠٠ درهم""", v)

v = eid_ae()
S("ar", "travel", f"""بيانات المسافر لحجز الفندق:
الاسم: خالد الشامسي
رقم الهوية الإماراتية: {v}
تاريخ الوصول: ٢٠ ديسمبر""", v)

v = password(0)
S("ar", "health", f"""ملاحظة الوكيل: المستخدم طلب حجز موعد أسنان عبر تطبيق صحتي. بيانات الدخول التي أرسلها: رقم الجوال المسجل وكلمة المرور {v}. تم الحجز الخميس ٤:٣٠ عصرًا.""", v)

I("ar", "finance", f"""فاتورة ضريبية رقم {rs(6, DG)}
شركة النخبة للتجارة ذ.م.م — الرقم الضريبي: 3{rs(13, DG)}3 — السجل التجاري {rs(10, DG)}
آيبان الشركة: {iban_fmt(iban('SA'))}
الإجمالي شامل ضريبة القيمة المضافة ١٥٪: ١٢٬٦٥٠ ريال""")
I("ar", "support", f"""العميل: وين طلبي؟
الموظف: رقم الطلب {digits(9)} تم شحنه مع أرامكس، رقم التتبع {digits(11)}. كود الخصم RAMADAN20 تم تطبيقه.""")
I("ar", "travel", """تطبيق الطيران — تذكير: يجب ألا تقل كلمة المرور عن ١٢ حرفًا، ورمز التحقق المرسل عبر الرسائل صالح لمدة ٥ دقائق فقط. لن نطلب منك الرمز أبدًا.""")
I("ar", "travel", f"""تم تأكيد حجزك. رمز الحجز: {booking_ref()} — رحلة EK001 دبي ← لندن، ٢٣ ديسمبر ٠٧:٤٥. الوزن المسموح ٣٠ كغ.""")

# ------------------------------------------------------------------ Arabizi (Egyptian/Levantine in Latin script)
v = password(3)
S("ar_latn", "personal", f"""Omar: ya 3am el password bta3 el wifi eh?
Ana: {v}
Omar: el 7aroof capital wala small?
Ana: zay ma katabtaha bel zabt""", v)

v = otp(6)
S("ar_latn", "support", f"""Client: ana gatli message feha code {v} w wa7ed kallemni 3ayez el code da 3shan "yefa3al el 7esab"
Agent: matedihoush le 7ad khales, da ne7tayal. 7an2fel el login delwa2ty.""", v)

v = nid_eg()
S("ar_latn", "hr", f"""HR bot: ektebly ra2am el bata2a (el raqam el qawmy) 3shan el ta2menat
Employee: {v}
HR bot: tamam, et-sagel""", v)

I("ar_latn", "errands", f"""Aramex: shohnetak ra2am {digits(11)} hatewsal bokra men 10 le 4. law mesh mawgood el mandoob hayerga3 el far3.""")
I("ar_latn", "personal", """Sara: el password lazem yeb2a 8 7oroof 3ala el a2al w fih ra2am, keda el site 2aly
Mona: tab ma7otish 3eid milad tani ba2a 😂""")
I("ar_latn", "sales", f"""Note lel CRM: kallemt sherket El Nour lel Tawkilat, 3ayzeen 30 licence. edethom promo code NEWYEAR15. raqam el sherka el ardy 02 {rs(4, DG)} {rs(4, DG)}.""")
# ------------------------------------------------------------------ Hebrew
v = tz_il()
S("he", "hr", f"""טופס 101 — פרטי עובד
שם: נועה כהן
מספר זהות: {v}
מצב משפחתי: נשואה · נקודות זיכוי: 2.25""", v)

v = password(2)
S("he", "sales", f"""הערת CRM: דיברתי עם יואב מחברת אורטל. הוא שלח לי גישה לפורטל הרכש שלהם כדי שנעלה הצעת מחיר — משתמש acme_il, סיסמה {v}. לבקש מהם משתמש אישי.""", v)

v = otp(6)
S("he", "personal", f"""אבא: הגיע לי קוד {v} מהבנק, הבחור בטלפון אומר שהוא צריך אותו
אני: אבא אל תגיד לו כלום!! זה עוקץ""", v)

I("he", "finance", f"""חשבונית מס {rs(5, DG)}
ספק: גלבוע תוכנה בע"מ, ח.פ. 51{rs(7, DG)}
פרטי בנק של החברה: בנק הפועלים (12), סניף {rs(3, DG)}, חשבון {rs(6, DG)}
סה"כ לתשלום: 8,190 ₪ כולל מע"מ""")
I("he", "errands", f"""הזמנה מספר {digits(8)} נשלחה עם דואר ישראל, מספר מעקב RR{digits(9)}IL. קוד קופון חנוכה10 הופעל.""")
I("he", "health", """אפליקציית קופת החולים — תזכורת: סיסמה חייבת להכיל לפחות 12 תווים. קוד האימות ב-SMS תקף ל-10 דקות. צוות ה-IT לעולם לא יבקש ממך את הקוד.""")

# ------------------------------------------------------------------ Persian
v = code_melli_ir()
S("fa", "hr", f"""فرم استخدام
نام: مریم احمدی
کد ملی: {loc(v, 'fa')}
تاریخ شروع: ۱ دی ۱۴۰۵""", loc(v, "fa"))

v = password(4)
S("fa", "research", f"""یادداشت پژوهش: برای دسترسی به پایگاه مقالات دانشگاه از حساب مشترک آزمایشگاه استفاده کردم. نام کاربری lab_ai و رمز {v}. ۱۲ مقاله دانلود شد.""", v)

v = card("6037" + rs(2, DG))
S("fa", "personal", f"""داداش: شماره کارتت رو بفرست پول بلیط رو بریزم
من: {loc(card_fmt(v), 'fa')}
من: بنام سارا رضایی""", loc(card_fmt(v), "fa"))

I("fa", "finance", f"""فاکتور فروش شماره {loc(rs(5, DG), 'fa')}
فروشنده: شرکت پارس داده، شناسه ملی {loc(rs(11, DG), 'fa')}، کد اقتصادی {loc(rs(12, DG), 'fa')}
مبلغ کل: ۴۵٬۰۰۰٬۰۰۰ ریال""")
I("fa", "support", f"""سفارش شما با کد رهگیری {loc(digits(24), 'fa')} به پست تحویل داده شد. کد تخفیف یلدا۱۴۰۵ اعمال شد.""")
I("fa", "research", """سامانه پژوهشی دانشگاه — یادآوری: رمز عبور باید حداقل ۱۲ کاراکتر باشد. کد یکبار مصرف پیامکی ۲ دقیقه اعتبار دارد.""")

# ------------------------------------------------------------------ Hindi
v = aadhaar()
S("hi", "hr", f"""नए कर्मचारी का विवरण
नाम: अंकित शर्मा
आधार संख्या: {v}
पैन: {pan_in()}
वेतन खाता: संलग्न""", v)

v = pin(4)
S("hi", "personal", f"""माँ: बेटा एटीएम का पिन फिर से बताना, {loc(v, 'hi')} था ना?
मैं: हाँ माँ, पर किसी को मत बताना""", loc(v, "hi"))

v = otp(6)
S("hi", "support", f"""ग्राहक: मुझे एसएमएस आया "आपका ओटीपी {v} है, इसे किसी के साथ साझा न करें" और अब कोई कॉल करके वही ओटीपी माँग रहा है
एजेंट: कृपया ओटीपी किसी को न बताएं। हमने आपका खाता अस्थायी रूप से सुरक्षित कर दिया है।""", v)

I("hi", "finance", f"""कर बीजक संख्या INV/{rs(4, DG)}/26-27
विक्रेता: श्री गणेश ट्रेडर्स प्रा. लि., GSTIN {gstin_in()}
कंपनी का खाता: HDFC बैंक, IFSC HDFC000{rs(4, DG)}, चालू खाता
कुल राशि: ₹ 48,260.00""")
I("hi", "support", f"""आपका ऑर्डर #{order_id('OD', 15)} शिप हो गया है। ट्रैकिंग आईडी {rs(4, UP)}{digits(10)}। डिलीवरी शुक्रवार तक।""")
I("hi", "health", """ABHA ऐप सहायता — याद रखें: पासवर्ड कम से कम 12 अक्षर का होना चाहिए। ओटीपी 10 मिनट में समाप्त हो जाता है। आईटी टीम कभी भी आपका ओटीपी नहीं माँगेगी।""")

# ------------------------------------------------------------------ Hinglish (Hindi in Latin script, code-switched)
v = password(0)
S("hi_latn", "devops", f"""Ravi: bhai staging server ka root password kya hai, deploy atak gaya
Neha: {v}
Neha: kisi ko forward mat karna, kal rotate karenge
Ravi: done, deploy chal gaya""", v)

v = otp(6)
S("hi_latn", "personal", f"""Papa: beta bank se OTP aaya hai {words(v, 'hi_latn')}, woh aadmi phone pe maang raha hai
Main: papa koi OTP mat batao, main abhi call karta hoon""", words(v, "hi_latn"))

v = aadhaar()
S("hi_latn", "errands", f"""Agent step: filling Jio SIM KYC form for user.
User: mera aadhaar number {v} hai, address wala same hai
Form submitted, OTP aayega aadhaar linked mobile pe""", v)

v = pan_in()
S("hi_latn", "finance", f"""CA uncle ko bhejna hai ITR ke liye: PAN {v}, Form 16 attached, HRA ka rent receipt bhi. Deadline 31 Dec hai yaar""", v)

v = "upi://pay?pa=" + rs(6, LO) + "." + rs(4, LO) + "@okhdfcbank&pn=Rohit&am=450"
v2 = pin(6)
S("hi_latn", "personal", f"""Rohit: bhai 450 bhej de cricket kit ke
Rohit: mera UPI PIN mat poochna 😂 jk, woh {v2} hai, tu bas paise bhej
Me: pagal hai kya, delete kar""", v2)

I("hi_latn", "support", f"""Customer: mera order kab aayega?
Agent: aapka order #{digits(12)} Delhivery se ship ho gaya hai, AWB {digits(13)}. Kal tak pahunch jayega. Coupon DIWALI20 lag gaya tha.""")
I("hi_latn", "it", """Reminder: naya password kam se kam 12 characters ka hona chahiye, aur OTP 5 minute mein expire ho jaata hai. IT kabhi OTP nahi maangega, koi maange toh report karo.""")
I("hi_latn", "sales", f"""CRM note: Sharma Textiles waalon se baat hui, 60 seats chahiye. Quote Q-{rs(5, DG)} bhej diya, ₹4,20,000/yr. Unka GSTIN {gstin_in()} hai, office number 022-{rs(4, DG)}-{rs(4, DG)}.""")
I("hi_latn", "travel", f"""IRCTC booking confirmed! PNR {rs(10, DG)}, train 12951 Rajdhani, coach B3 berth 42 LB. Chart ban jaayega 4 ghante pehle.""")

# ------------------------------------------------------------------ Bengali
v = nid_bd()
S("bn", "hr", f"""নতুন কর্মী তথ্য
নাম: তানভীর হাসান
জাতীয় পরিচয়পত্র নম্বর: {loc(v, 'bn')}
যোগদানের তারিখ: ১ জানুয়ারি""", loc(v, "bn"))

v = pin(5)
S("bn", "personal", f"""আম্মু: বিকাশের পিনটা {loc(v, 'bn')} ছিল না?
আমি: হ্যাঁ, কিন্তু কাউকে বলবে না প্লিজ""", loc(v, "bn"))

v = password(2)
S("bn", "errands", f"""এজেন্টের ধাপ: ব্যবহারকারীর দারাজ অ্যাকাউন্টে লগইন করলাম (পাসওয়ার্ড {v})। রাইস কুকার অর্ডার করা হয়েছে, ডেলিভারি বৃহস্পতিবার।""", v)

I("bn", "support", f"""আপনার অর্ডার নম্বর {loc(digits(8), 'bn')} পাঠানো হয়েছে, ট্র্যাকিং আইডি {digits(10)}। কুপন কোড EID25 প্রয়োগ হয়েছে।""")
I("bn", "errands", """দারাজ অ্যাকাউন্ট — মনে রাখবেন: পাসওয়ার্ড কমপক্ষে ১২ অক্ষরের হতে হবে। ওটিপি ৫ মিনিট পর্যন্ত বৈধ।""")
I("bn", "sales", f"""চালান নং {rs(5, DG)} — রূপসা ট্রেডার্স লিমিটেড, BIN {rs(9, DG)}-{rs(4, DG)}
মোট: ৳ ১,২৫,০০০""")
# ------------------------------------------------------------------ Tamil
v = aadhaar()
S("ta", "health", f"""மருத்துவமனை பதிவு
பெயர்: கார்த்திகேயன் சுப்பிரமணியம்
ஆதார் எண்: {v}
முதலமைச்சர் காப்பீட்டுத் திட்ட அட்டை: இணைக்கப்பட்டது""", v)

v = pin(4)
S("ta", "personal", f"""அம்மா: ஏடிஎம் பின் நம்பர் {v} தானே?
நான்: ஆமாம் அம்மா, யாரிடமும் சொல்லாதே""", v)

v = password(3)
S("ta", "sales", f"""CRM குறிப்பு: சென்னை டெக்ஸ்டைல்ஸ் வாடிக்கையாளர் அவர்களின் விற்பனையாளர் போர்ட்டல் அணுகல் கொடுத்தார் — பயனர் vendor_acme, கடவுச்சொல் {v}. அடுத்த வாரம் டெமோ.""", v)

I("ta", "errands", f"""உங்கள் ஆர்டர் எண் {digits(10)} அனுப்பப்பட்டது. கண்காணிப்பு எண்: {digits(12)}. பொங்கல்15 தள்ளுபடி குறியீடு பயன்படுத்தப்பட்டது.""")
I("ta", "travel", """IRCTC கணக்கு நினைவூட்டல்: கடவுச்சொல் குறைந்தது 12 எழுத்துகள் இருக்க வேண்டும். ஒருமுறை கடவுச்சொல் (OTP) 10 நிமிடங்களில் காலாவதியாகும்.""")
I("ta", "travel", f"""பயணச்சீட்டு உறுதி: PNR {rs(10, DG)}, ரயில் 12635 வைகை எக்ஸ்பிரஸ், பெட்டி C2, இருக்கை 47.""")

# ------------------------------------------------------------------ Urdu
v = cnic_pk()
S("ur", "hr", f"""نئے ملازم کی معلومات
نام: عائشہ خان
شناختی کارڈ نمبر: {v}
تنخواہ اکاؤنٹ: منسلک ہے""", v)

v = password(1)
S("ur", "travel", f"""ایجنٹ نوٹ: صارف کے پی آئی اے اکاؤنٹ میں لاگ ان کیا (پاس ورڈ {v})، لاہور سے کراچی کی ٹکٹ ۲۶ دسمبر کے لیے بک ہو گئی۔""", v)

v = iban("PK")
S("ur", "personal", f"""بھائی: عید کے پیسے اس اکاؤنٹ میں بھیج دو: {v} (بلال احمد)""", v)

I("ur", "finance", f"""انوائس نمبر {rs(5, DG)}
کمپنی: الفلاح ٹریڈرز پرائیویٹ لمیٹڈ، این ٹی این {rs(7, DG)}-{R.randint(0, 9)}
کل رقم: ۲،۴۵،۰۰۰ روپے""")
I("ur", "errands", f"""آپ کا آرڈر نمبر {digits(9)} ٹی سی ایس کے ذریعے بھیج دیا گیا ہے، ٹریکنگ نمبر {digits(11)}۔""")
I("ur", "health", """ہسپتال پورٹل — یاد دہانی: پاس ورڈ کم از کم ۱۲ حروف کا ہونا چاہیے۔ او ٹی پی ۵ منٹ میں ختم ہو جاتا ہے۔""")

# ------------------------------------------------------------------ Thai
v = thai_id()
S("th", "hr", f"""แบบฟอร์มพนักงานใหม่
ชื่อ: ณัฐพล ศรีสุข
เลขประจำตัวประชาชน: {v}
วันเริ่มงาน: 5 ม.ค. 2570""", v)

v = pin(6)
S("th", "personal", f"""แม่: รหัสเอทีเอ็มบัตรใหม่คือ {loc(v, 'th')} ใช่ไหมลูก
หนู: ใช่ค่ะ แต่ลบข้อความนี้ด้วยนะ""", loc(v, "th"))

v = password(0)
S("th", "errands", f"""ขั้นตอนของเอเจนต์: เข้าสู่ระบบ Lazada ของผู้ใช้ด้วยรหัสผ่าน {v} แล้วสั่งซื้อผ้าอ้อม 2 แพ็ก จัดส่งวันศุกร์""", v)

v = otp(6)
S("th", "support", f"""ลูกค้า: ได้รับ SMS "รหัส OTP ของคุณคือ {v} (Ref: {rs(4, UP)})" แต่ไม่ได้ทำรายการค่ะ
เจ้าหน้าที่: ห้ามบอกรหัสนี้กับใครนะคะ เราระงับการเข้าสู่ระบบไว้ก่อน""", v)

I("th", "finance", f"""ใบกำกับภาษีเลขที่ INV{rs(7, DG)}
บริษัท สยามซอฟต์ จำกัด เลขประจำตัวผู้เสียภาษี 0{rs(12, DG)}
บัญชีบริษัท: ธนาคารกสิกรไทย {rs(3, DG)}-{R.randint(0, 9)}-{rs(5, DG)}-{R.randint(0, 9)}
ยอดรวม 53,500.00 บาท""")
I("th", "support", f"""พัสดุของคุณ เลขที่ TH{digits(12)} จัดส่งโดย Kerry Express จะถึงภายในวันพรุ่งนี้ โค้ดส่วนลด NEWYEAR50 ใช้แล้ว""")
I("th", "errands", """Shopee — ข้อแนะนำ: รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร รหัส OTP มีอายุ 5 นาที เจ้าหน้าที่จะไม่ขอรหัส OTP จากคุณ""")

# ------------------------------------------------------------------ Vietnamese
v = cccd_vn()
S("vi", "hr", f"""Thông tin nhân viên mới
Họ tên: Nguyễn Thị Thu Hà
Số CCCD: {v}
Ngày vào làm: 02/01/2027""", v)

v = password(2)
S("vi", "coding", f"""# .env (máy dev của Tuấn) — KHÔNG commit file này
DB_HOST=127.0.0.1
DB_USER=shop_admin
DB_PASSWORD={v}
REDIS_URL=redis://localhost:6379/0""", v)

v = otp(6)
S("vi", "personal", f"""Mẹ: con ơi có tin nhắn mã OTP {words(v, 'vi')} từ ngân hàng, có người gọi hỏi mẹ
Con: mẹ đừng đọc cho ai hết nha, lừa đảo đó""", words(v, "vi"))

v = "Techcombank " + digits(13)
S("vi", "personal", f"""Anh chuyển tiền cơm giúp em vào {v}, chủ TK Trần Minh Khoa nha, 150k""", v)

I("vi", "finance", f"""Hóa đơn GTGT số {rs(7, DG)}
Công ty TNHH Sao Mai, MST 0{rs(9, DG)}
Tài khoản công ty: {rs(13, DG)} tại Vietcombank CN Hà Nội
Tổng cộng: 21.450.000 VNĐ""")
I("vi", "support", f"""Đơn hàng #{digits(10)} đã được giao cho GHN, mã vận đơn {rs(3, UP)}{rs(6, AN).upper()}. Mã giảm giá TET2027 đã áp dụng.""")
I("vi", "sales", """Hướng dẫn đăng nhập CRM cho nhân viên kinh doanh mới — lưu ý: mật khẩu phải có tối thiểu 12 ký tự. Mã OTP có hiệu lực trong 2 phút và nhân viên sẽ không bao giờ hỏi mã này.""")

# ------------------------------------------------------------------ Indonesian
v = nik_id()
S("id", "hr", f"""Data karyawan baru
Nama: Dewi Lestari
NIK: {v}
NPWP: menyusul""", v)

v = pin(6)
S("id", "personal", f"""Ibu: nak PIN m-banking ibu {v} kan?
Aku: iya bu, tapi jangan kasih ke siapa-siapa ya""", v)

v = password(4)
S("id", "devops", f"""Catatan serah terima hosting toko online:
cPanel: https://server41.rumahweb.net:2083
user: tokokue1 · password: {v}
DNS sudah diarahkan ke Cloudflare, SSL aktif.""", v)

v = otp(6)
S("id", "support", f"""Pelanggan: saya dapat SMS "JANGAN BERIKAN KODE INI KE SIAPAPUN. Kode OTP Gojek kamu: {v}" terus ada yang telepon minta kodenya
CS: Jangan diberikan ya Kak, itu penipuan.""", v)

I("id", "finance", f"""Faktur pajak {rs(3, DG)}.{rs(3, DG)}-26.{rs(8, DG)}
PT Nusantara Digital, NPWP perusahaan {rs(2, DG)}.{rs(3, DG)}.{rs(3, DG)}.{R.randint(0, 9)}-{rs(3, DG)}.000
Rekening perusahaan: BCA {rs(10, DG)}
Total: Rp 27.750.000""")
I("id", "support", f"""Pesanan kamu #{digits(14)} sudah dikirim via JNE, no. resi {rs(4, UP)}{digits(10)}. Kode voucher GAJIAN12 sudah dipakai.""")
I("id", "devops", """Panel hosting — pengingat: password minimal 12 karakter. Kode OTP berlaku 5 menit dan tim IT tidak akan pernah meminta kode tersebut.""")

# ------------------------------------------------------------------ Tagalog / Taglish
v = password(3)
S("tl", "sales", f"""Team lead: guys yung login sa CRM ng client para sa outbound campaign: user acme.ph.team, password {v}
Team lead: wag ishare sa labas ng account ha, bawal i-screenshot""", v)

v = pin(4)
S("tl", "personal", f"""Mama: anak ano nga ulit yung PIN ng GCash? {words(v, 'tl')} ba?
Ako: opo ma, pero wag niyo ibigay kahit kanino""", words(v, "tl"))

v = "SSS " + f"{rs(2, DG)}-{rs(7, DG)}-{R.randint(0, 9)}"
S("tl", "hr", f"""HR: pakisend yung SSS at TIN mo for payroll enrollment
Employee: {v}, TIN {rs(3, DG)}-{rs(3, DG)}-{rs(3, DG)}-000 po""", v)

I("tl", "support", f"""Customer: nasaan na po order ko?
Agent: Yung order #{digits(15)} niyo po ay na-ship na via J&T, tracking no. {digits(12)}. Gamit niyo yung voucher PASKO20.""")
I("tl", "sales", """Para sa mga bagong agent sa sales floor — paalala: dapat at least 12 characters ang password. Ang OTP ay valid lang ng 5 minutes, at hindi kailanman hihingin ng IT ang OTP niyo.""")
I("tl", "travel", f"""Booking confirmed! Booking ref: {booking_ref()}, 5J 560 Manila → Cebu, Dec 23, 6:00 AM. Web check-in opens 48 hours before.""")

# ------------------------------------------------------------------ Malay
v = mykad_my()
S("ms", "hr", f"""Borang pekerja baharu
Nama: Nurul Aisyah binti Ahmad
No. MyKad: {v}
No. KWSP: akan dikemas kini""", v)

v = password(1)
S("ms", "health", f"""Nota ejen: pengguna minta saya semak keputusan ujian darah dalam portal klinik. Log masuk guna No. MyKad dan kata laluan {v}. Keputusan: normal, temujanji susulan 3 bulan.""", v)

I("ms", "sales", f"""Invois No. {rs(6, DG)} — Syarikat Bumi Hijau Sdn. Bhd. (No. Syarikat {rs(12, DG)})
Akaun syarikat: Maybank {rs(12, DG)}
Jumlah: RM 8,480.00""")
I("ms", "errands", f"""Pesanan anda #{digits(10)} telah dihantar melalui Pos Laju, no. penjejakan {rs(2, UP)}{digits(9)}MY.""")
# ------------------------------------------------------------------ Chinese (Simplified)
v = cn_id()
S("zh", "hr", f"""新员工入职登记表
姓名：王思远
身份证号：{v}
社保缴纳地：上海
银行卡：见附件""", v)

v = tok(30, AN)
S("zh", "devops", f"""排查记录：OSS 上传失败，检查了 ~/.ossutilconfig：
[Credentials]
language=CH
endpoint=oss-cn-hangzhou.aliyuncs.com
accessKeyID=LTAI5t{rs(18, AN)}
accessKeySecret={v}
结论：这个 AccessKey 已被 RAM 禁用，需要新建。""", v)

v = otp(6)
S("zh", "support", f"""用户转发的短信：【某某银行】您的验证码为{v}，您正在进行转账操作，请勿泄露给他人。
用户：我没转账啊，有人打电话让我报这个码""", v)

v = card("62" + rs(2, DG), 16)
S("zh", "personal", f"""妈：儿子，你把银行卡号发我，我给你转生活费
我：{card_fmt(v)} 招商银行
妈：好的""", card_fmt(v))

v = "wx" + hx(16); v2 = hx(32)
S("zh", "coding", f"""# config.py
WECHAT_APPID = "{v}"
WECHAT_APPSECRET = "{v2}"
# 注意：上线前改成从环境变量读取""", v2)

v = pin(6)
S("zh", "personal", f"""[语音转文字] 喂老婆，门锁密码我改了啊，新的是{loc(v, 'zh')}，你记一下，然后那个快递柜取件码我一会儿发你""", loc(v, "zh"))

I("zh", "finance", f"""增值税专用发票
销售方：杭州云帆科技有限公司
统一社会信用代码：{uscc_cn()}
开户行及账号：招商银行杭州分行 {rs(15, DG)}（对公账户）
价税合计：￥56,500.00""")
I("zh", "support", f"""您的订单 {digits(18)} 已由顺丰速运揽收，运单号 SF{digits(13)}。预计明天送达。优惠码 DOUBLE12 已使用。""")
I("zh", "coding", """// 校验规则说明（见 PasswordValidator.java）：密码长度至少12位，需包含大小写字母和数字。短信验证码有效期为5分钟，IT人员不会向您索要验证码。""")
I("zh", "coding", f"""$ git log --oneline -3
{hx(7)} 修复：登录接口在 token 过期时返回 401 而不是 500
{hx(7)} 功能：新增短信验证码频率限制（每分钟 1 次）
{hx(7)} 文档：更新 README 中的示例配置（使用占位符 YOUR_APP_SECRET）""")
I("zh", "travel", f"""出行提醒：您已成功预订 G7 次列车，北京南→上海虹桥，12月25日 09:00，8车 12F 座。订单号 E{rs(9, DG)}。""")

# ------------------------------------------------------------------ Cantonese / Traditional Chinese (HK)
v = f"{R.choice(UP)}{rs(6, DG)}({R.randint(0, 9)})"
S("yue", "hr", f"""新同事入職資料
姓名：陳家豪
香港身份證號碼：{v}
強積金計劃：待定""", v)

v = password(2)
S("yue", "it", f"""同事：喂 IT，我個 email 密碼係 {v}，但係登入唔到呀
IT：唔好喺度send密碼啊，我send個reset link俾你""", v)

v = pin(4)
S("yue", "personal", f"""阿媽：個櫃桶鎖密碼係咪{v}呀？
我：係呀，記住唔好話俾人知""", v)

I("yue", "support", f"""你嘅訂單 #{digits(10)} 已經由順豐寄出，運單號碼 SF{digits(13)}。聖誕優惠碼 XMAS2026 已使用。""")
I("yue", "it", """提提你：密碼最少要12個字元，一次性驗證碼5分鐘內有效。IT 部唔會問你攞驗證碼。""")
I("yue", "sales", f"""發票編號 INV-{rs(6, DG)}
公司：維港數碼有限公司（商業登記號碼 {rs(8, DG)}）
公司戶口：滙豐銀行 {rs(3, DG)}-{rs(6, DG)}-{rs(3, DG)}
總額：HK$ 18,600.00""")

# ------------------------------------------------------------------ Japanese
v = mynumber_jp()
S("ja", "hr", f"""入社手続き書類
氏名：佐藤 陽菜
個人番号（マイナンバー）：{v}
扶養家族：なし""", v)

v = password(3)
S("ja", "research", f"""研究室Slack #gpu
田中：計算サーバ（gpu02.lab）の共有アカウント labuser のパスワードって何でしたっけ
鈴木：{v} です。実験終わったら nvidia-smi で確認してからログアウトしてください""", v)

v = otp(6)
S("ja", "support", f"""お客様：「【〇〇銀行】認証番号：{v} 他人に教えないでください」というSMSが来て、その後電話で番号を聞かれました
担当：絶対に伝えないでください。ログインを一時停止しました。""", v)

v = pin(4)
S("ja", "personal", f"""母：キャッシュカードの暗証番号、{loc(v, 'fw')}で合ってたっけ？
私：合ってるけど、LINEで送らないで…消しといて""", loc(v, "fw"))

v = line = tok(43, B64U)
S("ja", "coding", f"""# LINE Messaging API 設定（本番）
LINE_CHANNEL_ID=16{rs(8, DG)}
LINE_CHANNEL_SECRET={hx(32)}
LINE_CHANNEL_ACCESS_TOKEN={v}{rs(129, B64U)}=""", v)

I("ja", "finance", f"""請求書番号 INV-{rs(6, DG)}
株式会社ミナト商事 登録番号 T{rs(13, DG)}
振込先（法人口座）：みずほ銀行 丸の内支店 普通 {rs(7, DG)} カ）ミナトシヨウジ
ご請求金額：¥330,000（税込）""")
I("ja", "support", f"""ご注文番号 {rs(3, DG)}-{rs(7, DG)}-{rs(7, DG)} の商品はヤマト運輸で発送済みです。伝票番号 {rs(4, DG)}-{rs(4, DG)}-{rs(4, DG)}。""")
I("ja", "it", """お知らせ：パスワードは12文字以上にしてください。ワンタイムパスワードの有効期限は30秒です。初期PIN（0000）は初回設定時に変更してください。""")
I("ja", "travel", f"""予約確認：予約番号 {booking_ref()}、JL 123 羽田→伊丹、12月29日 8:30発、座席 23K。""")

# ------------------------------------------------------------------ Japanese (romaji)
v = password(4)
S("ja_latn", "personal", f"""Yuki: ne, uchi no wifi no pasuwaado nandakke?
Watashi: {v} da yo
Yuki: arigato~""", v)

v = otp(6)
S("ja_latn", "support", f"""Kyaku: SMS de ninshou bangou {v} ga kita kedo, denwa de kikaremashita
Tantou: zettai oshienaide kudasai, sagi desu""", v)

I("ja_latn", "errands", f"""Chuumon bangou {digits(10)} wa Sagawa de hassou shimashita. Toiawase bangou {digits(12)}.""")
I("ja_latn", "research", """Daigaku no kenkyuu shisutemu: pasuwaado wa 12-moji ijou ni shite kudasai. Wan taimu pasuwaado wa 5-fun de kigire ni narimasu.""")

# ------------------------------------------------------------------ Korean
v = rrn_kr()
S("ko", "hr", f"""신규 입사자 정보
성명: 김민준
주민등록번호: {v}
급여 계좌: 첨부 파일 참조""", v)

v = password(0)
S("ko", "coding", f"""# application-prod.yml  (운영 DB — 커밋 금지!)
spring:
  datasource:
    url: jdbc:mysql://prod-db.internal:3306/shop
    username: shop_app
    password: {v}""", v)

v = otp(6)
S("ko", "personal", f"""엄마: 아들, 은행에서 인증번호 {words(v, 'ko')} 왔는데 어떤 사람이 알려달래
나: 엄마 절대 알려주지 마! 보이스피싱이야""", words(v, "ko"))

v = "신한 " + f"{rs(3, DG)}-{rs(3, DG)}-{rs(6, DG)}"
S("ko", "personal", f"""회비 3만원 여기로 보내줘: {v} (이서연)""", v)

I("ko", "finance", f"""세금계산서 번호 {rs(8, DG)}-{rs(8, DG)}
공급자: 주식회사 한빛소프트, 사업자등록번호 {rs(3, DG)}-{rs(2, DG)}-{rs(5, DG)}
법인 계좌: 국민은행 {rs(6, DG)}-{rs(2, DG)}-{rs(6, DG)}
합계: 3,300,000원""")
I("ko", "support", f"""주문번호 {digits(14)} 상품이 CJ대한통운으로 발송되었습니다. 운송장 번호 {digits(12)}. 할인 쿠폰 WELCOME5000 적용.""")
I("ko", "hr", """인사팀 공지: 그룹웨어 비밀번호는 12자 이상이어야 합니다. 인증번호는 3분간 유효하며, IT팀은 절대 인증번호를 묻지 않습니다.""")
# ------------------------------------------------------------------ Swahili
v = pin(4)
S("sw", "personal", f"""Mama: mwanangu, PIN ya M-Pesa ni {words(v, 'sw')} au nimesahau?
Mimi: ndiyo mama, lakini usimwambie mtu yeyote""", words(v, "sw"))

v = "A" + rs(9, DG) + R.choice(UP)
S("sw", "finance", f"""Taarifa za mfanyakazi kwa ajili ya mshahara:
Jina: Wanjiru Kamau
Nambari ya kitambulisho: {rs(8, DG)}
KRA PIN: {v}""", v)

v = otp(6)
S("sw", "support", f"""Mteja: nimepokea ujumbe "Nambari yako ya uthibitisho ni {v}" na mtu amenipigia simu akiiomba
Wakala: usimpe mtu yeyote, ni ulaghai. Tumefunga akaunti kwa muda.""", v)

I("sw", "errands", f"""Oda yako nambari {digits(9)} imetumwa kupitia G4S, nambari ya ufuatiliaji {digits(10)}. Msimbo wa punguzo KRISMASI10 umetumika.""")
I("sw", "research", """Mfumo wa utafiti wa chuo — kumbuka: nenosiri liwe na angalau herufi 12. Msimbo wa OTP unadumu dakika 5 tu; idara ya IT haitawahi kukuomba msimbo huo.""")
I("sw", "finance", f"""Ankara Na. {rs(5, DG)} — Safari Logistics Ltd, KRA PIN ya kampuni P0{rs(8, DG)}{R.choice(UP)}
Paybill ya kampuni: {rs(6, DG)}, Akaunti: INV{rs(5, DG)}
Jumla: KSh 148,000""")

# ------------------------------------------------------------------ Catalan
v = dni_es()
S("ca", "hr", f"""Fitxa de nova incorporació
Nom: Marta Puig i Soler
DNI: {v}
Data d'inici: 7 de gener""", v)

v = password(2)
S("ca", "research", f"""Notes del grup de recerca: les enquestes estan a LimeSurvey del departament. Usuari admin_grup, contrasenya {v}. Exportar només dades anonimitzades.""", v)

I("ca", "errands", f"""La teva comanda núm. {digits(8)} s'ha enviat amb Correos, codi de seguiment PQ{digits(10)}. Codi de descompte NADAL15 aplicat.""")
I("ca", "research", """Campus virtual de la universitat — recordatori: la contrasenya ha de tenir com a mínim 12 caràcters. El codi d'un sol ús caduca als 5 minuts.""")

# ------------------------------------------------------------------ Croatian
v = oib_hr()
S("hr", "hr", f"""Podaci o novom zaposleniku
Ime i prezime: Ivana Horvat
OIB: {v}
Početak rada: 2. 1. 2027.""", v)

v = iban("HR")
S("hr", "travel", f"""Pošalji mi za kartu na račun {iban_fmt(v)} (Luka Babić), hvala!""", iban_fmt(v))

I("hr", "sales", f"""Račun br. {rs(3, DG)}-1-1 — Jadran Soft d.o.o., OIB tvrtke {oib_hr()}
IBAN tvrtke: {iban_fmt(iban('HR'))}
Ukupno: 1.250,00 EUR""")
I("hr", "travel", """Aplikacija Croatia Airlines — podsjetnik: lozinka mora imati najmanje 12 znakova. Jednokratni kod vrijedi 5 minuta.""")

# ------------------------------------------------------------------ Serbian (Cyrillic)
v = jmbg_rs()
S("sr", "hr", f"""Подаци о запосленом
Име и презиме: Марко Петровић
ЈМБГ: {v}
Датум почетка: 10. 1. 2027.""", v)

v = password(3)
S("sr", "errands", f"""Агент: улоговао сам се на Wolt налог корисника (лозинка {v}) и поручио намирнице, достава између 18 и 19 ч.""", v)

I("sr", "errands", f"""Ваша поруџбина бр. {digits(9)} је послата преко Post Express-а, број пошиљке {rs(2, UP)}{digits(9)}RS.""")
I("sr", "errands", """Wolt налог — подсетник: лозинка мора имати најмање 12 знакова. Једнократни код важи 3 минута.""")

# ------------------------------------------------------------------ Bulgarian
v = egn_bg()
S("bg", "hr", f"""Данни за нов служител
Име: Георги Иванов
ЕГН: {v}
Начална дата: 05.01.2027""", v)

v = password(1)
S("bg", "devops", f"""Конфигурация на бекъп скрипта:
RESTIC_REPOSITORY=s3:s3.eu-central-1.amazonaws.com/firma-backups
RESTIC_PASSWORD={v}
# без тази парола бекъпите не могат да се възстановят!""", v)

I("bg", "sales", f"""Фактура № {rs(10, DG)}
Доставчик: Витоша Софт ЕООД, ЕИК {rs(9, DG)}, ДДС № BG{rs(9, DG)}
IBAN на фирмата: {iban_fmt(iban('BG'))}
Общо: 2 400,00 лв.""")
I("bg", "devops", """Хостинг панел — напомняне: паролата трябва да е поне 12 символа. Еднократният код е валиден 5 минути.""")

# ------------------------------------------------------------------ Lithuanian
v = ak_lt()
S("lt", "health", f"""Registracija pas gydytoją
Vardas, pavardė: Rūta Kazlauskienė
Asmens kodas: {v}
Vizitas: 2026-12-18 10:40""", v)

v = password(4)
S("lt", "research", f"""Tyrimo užrašai: apklausos platformos (Qualtrics) bendra paskyra — vartotojas tyrimas.vu, slaptažodis {v}. Atsakymų eksportas kas penktadienį.""", v)

I("lt", "sales", f"""PVM sąskaita faktūra ACM Nr. {rs(5, DG)}
UAB „Baltijos duona“, įmonės kodas {rs(9, DG)}, PVM kodas LT{rs(9, DG)}
Įmonės sąskaita: {iban_fmt(iban('LT'))}
Iš viso: 968,00 EUR""")
I("lt", "errands", f"""Omniva: siunta {rs(2, UP)}{digits(9)}LT laukia paštomate „Akropolis“. Atsiėmimo kodą gausite SMS žinute.""")

# ------------------------------------------------------------------ Slovak
v = rc_cz()
S("sk", "health", f"""Objednávka k lekárovi
Meno: Zuzana Kováčová
Rodné číslo: {v}
Poisťovňa: Dôvera""", v)

v = pin(4)
S("sk", "errands", f"""Ocko: kód od garáže je {v}, potom stlač zelené
Ja: vďaka""", v)

I("sk", "sales", f"""Faktúra č. {rs(10, DG)} — Tatry Tech s.r.o., IČO {rs(8, DG)}, IČ DPH SK{rs(10, DG)}
Spolu na úhradu: 1 440,00 €""")
I("sk", "health", """Portál poisťovne — pripomienka: heslo musí mať aspoň 12 znakov. Jednorazový kód platí 5 minút.""")

# ------------------------------------------------------------------ Estonian
v = ak_lt()
S("et", "hr", f"""Uue töötaja andmed
Nimi: Kertu Tamm
Isikukood: {v}
Tööle asumise kuupäev: 04.01.2027""", v)

v = password(0)
S("et", "sales", f"""CRM märkus: klient (Saare Kala OÜ) andis ligipääsu oma e-poe adminpaneelile, et saaksime integratsiooni seadistada. Kasutaja acme_partner, parool {v}.""", v)

I("et", "sales", f"""Arve nr {rs(6, DG)} — Tallinna Pagar OÜ, registrikood {rs(8, DG)}, KMKR EE{rs(9, DG)}
Ettevõtte konto: {iban_fmt(iban('EE'))}
Kokku: 720,00 €""")
I("et", "sales", """CRM-i kasutusjuhend uutele müügiesindajatele — meeldetuletus: parool peab olema vähemalt 12 märki. Ühekordne kood kehtib 5 minutit.""")
# ------------------------------------------------------------------ additional: research / devops / health / coding
v = hf_tok()
S("de", "research", f"""Zelle [7] im Notebook `finetune_de.ipynb`:
from huggingface_hub import login
login(token="{v}")
# Ausgabe: Token is valid (permission: read). Your token has been saved to /root/.cache/huggingface/token""", v)

v = password(1)
S("fr", "research", f"""Compte rendu réunion labo (04/12) :
- accès au serveur de calcul du labo : ssh doctorants@calc.lab-lip.fr
- mot de passe partagé (à changer, Pierre s'en occupe) : {v}
- prochaine soumission : ACL, deadline 15 février""", v)

v = openai_key()
S("es", "research", f"""Agente (paso 3): ejecuté el script de evaluación.
$ OPENAI_API_KEY={v} python eval.py --split dev --n 200
exactitud: 0.712 · coste estimado: 3,41 USD
Nota: la clave quedó en el historial de bash, avisar al usuario para rotarla.""", v)

v = tok(40, AN)
S("pt", "research", f"""Notas da pesquisa (Zotero + Overleaf):
- chave da API do Zotero da Ana: {v} (acesso de escrita à biblioteca do grupo)
- projeto Overleaf: link de edição só para coautores""", v)

v = slack_bot()
S("nl", "devops", f"""Agent thought: de deploy-notificaties falen. In de logs staat:
  [notify] POST https://slack.com/api/chat.postMessage token={v} -> {{"ok":false,"error":"not_in_channel"}}
Oplossing: bot uitnodigen in #deploys.""", v)

v = azure_key()
S("it", "devops", f"""Stringa di connessione trovata in appsettings.Production.json durante la revisione:
"StorageConnection": "DefaultEndpointsProtocol=https;AccountName=fatturestorage;AccountKey={v};EndpointSuffix=core.windows.net"
Da spostare in Key Vault prima del rilascio.""", v)

v = password(1)
S("tr", "devops", f"""$ mysql -h 10.0.4.12 -u root -p'{v}' -e "SHOW SLAVE STATUS\\G" | grep Seconds_Behind
Seconds_Behind_Master: 0
Not: replikasyon tamam, root şifresini komut satırında kullanmayalım.""", v)

v = npm_tok()
S("pl", "devops", f"""~/.npmrc na runnerze CI (cat ~/.npmrc):
//registry.npmjs.org/:_authToken={v}
@firma:registry=https://npm.pkg.github.com
always-auth=true""", v)

v = nhs_uk()
S("en", "health", f"""Care home call notes (voice-to-text, cleaned):
"resident is Mr Arthur Penfold room twelve NHS number {v} he's had two falls this week the out of hours GP wants the medication list faxed over"
Action: sent MAR chart to OOH GP.""", v)

v = cf_it()
S("it", "health", f"""Agente: ho prenotato la visita cardiologica per tua madre al CUP Lazio.
Dati usati: codice fiscale {v}, impegnativa n. 1{rs(14, DG)}.
Appuntamento: 13 gennaio, ore 9:15, Ospedale San Filippo Neri. Portare tessera sanitaria.""", v)

v = curp_mx()
S("es", "health", f"""Registro de vacunación — datos del menor
Nombre: Santiago Ramírez López
CURP: {v}
Vacuna: Hexavalente, 2ª dosis · Unidad: UMF 28 IMSS""", v)

v = pin(4)
S("ko", "health", f"""[음성 메모] 아빠 약국 보관함 비밀번호는 {v} 이고, 처방전은 내일 오전에 찾으면 된대. 혈압약이랑 당뇨약 두 개야.""", v)

v = gocspx()
S("id", "coding", f"""# credentials.json (OAuth client Google, jangan di-push)
{JI({"web": {"client_id": rs(12, DG) + "-" + rs(32, LO + DG) + ".apps.googleusercontent.com", "project_id": "toko-kue-app", "client_secret": v, "redirect_uris": ["http://localhost:8080/callback"]}})}""", v)

v = shopify_tok()
S("fr", "coding", f"""Agent (étape 2) : appel de l'API Shopify pour synchroniser le stock.
{J({"tool": "http_request", "method": "GET", "url": "https://boutique-lavande.myshopify.com/admin/api/2024-10/products.json?limit=50", "headers": {"X-Shopify-Access-Token": v}})}
Réponse : 200, 50 produits.""", v)

# innocents: research
I("de", "research", f"""Literaturnotiz: Die Studie (doi:10.1007/s{rs(5, DG)}-0{rs(2, DG)}-{rs(5, DG)}-{R.randint(0, 9)}) untersucht, wie oft Nutzer ihre PIN ändern. Median: nie. Stichprobe n = 1 812, Fragebogen im Anhang B.""")
I("fr", "research", f"""Journal d'expérience
run : {uid()}
commit : {hx(40)}
modèle : mistral-7b-instruct · lr 2e-5 · 3 époques · contexte max 4 096 tokens
résultat : F1 = 0,834 (±0,012)""")
I("zh", "research", f"""实验记录 2026-12-05
数据集哈希：sha256:{hx(64)}
随机种子：42 · 批大小：32 · 最大 token 数：2048
结论：加入检索后准确率提高 3.1 个百分点。""")
I("es", "research", f"""Revisión bibliográfica — pendiente de leer:
1. ISBN {isbn13()} (Alianza Editorial)
2. arXiv:2410.{rs(5, DG)}v2
3. Informe técnico INE, tabla 4.2 (población por provincia)
Nota: el cuestionario no recoge contraseñas ni datos bancarios.""")
I("ja", "research", f"""実験ログ：run_id={uid()}、commit {hx(7)}、検証損失 1.93→1.81。トークン上限 8192、温度 0.7。次回は seed=7 で再実験。""")
I("pl", "research", f"""Notatka z seminarium: analiza 2,4 mln haseł z publicznego zbioru (tylko statystyki, bez samych haseł): średnia długość 9,1 znaku, 23% zawiera rok urodzenia. Źródło: raport CERT Polska 2025.""")
I("pt", "research", f"""Dados do experimento (planilha compartilhada):
ID do participante | condição | tempo (s)
P-{rs(3, DG)} | A | 41,2
P-{rs(3, DG)} | B | 37,9
P-{rs(3, DG)} | A | 45,0
Os IDs são pseudônimos gerados pelo sistema; a chave fica com a orientadora.""")
I("en", "research", f"""Benchmark note: we evaluate PIN-guessing resistance on 4-digit and 6-digit PINs from the published RockYou-derived frequency table (aggregates only). Top-20 coverage for 4-digit: 26.8%. Code at github.com/example-lab/pin-study, tag v0.3.1 ({hx(7)}).""")

# innocents: devops
I("de", "devops", f"""$ kubectl describe secret db-credentials -n shop
Name:         db-credentials
Namespace:    shop
Type:         Opaque
Data
====
password:  24 bytes
username:  8 bytes""")
I("fr", "devops", f"""Incident INC-{rs(5, DG)} — résumé
14:02 alertes 5xx sur api-gateway (taux 12 %)
14:09 rollback vers v3.18.2 (image sha256:{hx(64)})
14:15 retour à la normale. Cause : timeout Redis mal configuré (500 ms au lieu de 5 000 ms).""")
I("ja", "devops", f"""terraform plan の結果：
  # aws_db_instance.main will be updated in-place
  ~ password = (sensitive value)
  ~ engine_version = "15.4" -> "15.7"
Plan: 0 to add, 1 to change, 0 to destroy.""")
I("es", "devops", f"""Vault: ruta de los secretos del servicio de pagos (sólo rutas, no valores):
  secret/pagos/prod/db      (versión 7, rotado 01/12)
  secret/pagos/prod/stripe  (versión 3)
Política de rotación: cada 90 días. Token TTL: 1h.""")
I("ru", "devops", f"""$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 SHA256:{rs(43, B64)} deploy@build-01 (ED25519)
Публичный ключ добавлен в authorized_keys на prod-01..prod-04.""")
I("tr", "devops", f"""CI çıktısı:
Step 6/11 : RUN npm ci --ignore-scripts
 ---> Using cache
 ---> {hx(12)}
Successfully built {hx(12)}
Successfully tagged registry.firma.com.tr/web:2.7.0""")
I("en", "devops", f"""GitHub Actions log:
Run actions/checkout@v4
  with:
    token: ***
    fetch-depth: 1
Syncing repository: acme/infra
Checked out {hx(40)}""")

# innocents: health
I("de", "health", f"""Terminbestätigung: Praxis Dr. Albers (Hausarzt), Mi 17.12., 08:40 Uhr. Buchungsnummer {booking_ref(8)}. Bitte Versichertenkarte mitbringen. Praxis-Telefon: 0221 {rs(3, DG)} {rs(4, DG)}.""")
I("fr", "health", f"""Ordonnance (texte reconnu par OCR) :
Paracétamol 1 g — 1 cp x 3/j pendant 5 jours
Ibuprofène 400 mg — si douleur, max 3/j
Renouvellement : non · Pharmacie : Pharmacie du Marché, 04 {rs(2, DG)} {rs(2, DG)} {rs(2, DG)} {rs(2, DG)}""")
I("pt", "health", f"""Lembrete: sua consulta com a Dra. Helena (pediatria) é sexta às 14h, protocolo {rs(10, DG)}. Clínica Vida: (11) 3{rs(3, DG)}-{rs(4, DG)}. Traga a carteira de vacinação.""")
I("zh", "health", f"""预约成功：北京协和医院 皮肤科 普通门诊，12月19日 上午 10:30，就诊序号 23。预约单号 {rs(12, DG)}。请提前30分钟取号。""")
I("en", "health", """Pharmacy label: "Atorvastatin 20 mg — take one tablet at night. Rx #6028113, refills: 2. Questions? Call Main St Pharmacy 555-0184." (photo uploaded by user, text extracted)""")
I("ar", "health", f"""تأكيد موعد: عيادة الأسنان — د. ليلى حداد، الأحد ١٤ ديسمبر الساعة ٦ مساءً. رقم الحجز {digits(8)}. للإلغاء اتصل على ٨٠٠١٢٣٤ (الرقم الموحد للعيادة).""")

# innocents: coding
I("ko", "coding", f"""$ git log --oneline -3
{hx(7)} 로그인 실패 시 비밀번호 길이 검사 메시지 수정 (최소 12자)
{hx(7)} JWT 만료 시간 1시간 → 30분
{hx(7)} README: .env.example 의 API_KEY=your-api-key-here 설명 추가""")
I("pt", "coding", f"""Teste unitário:
def test_cpf_invalido():
    # CPF de exemplo inválido usado na documentação
    assert not valida_cpf("111.111.111-11")
    assert not valida_cpf("000.000.000-00")""")
I("en", "coding", f"""Code review comment on PR #{rs(4, DG)}:
> const token = process.env.GITHUB_TOKEN ?? "";
Nit: fail fast if GITHUB_TOKEN is unset instead of defaulting to an empty string. Also the regex /^ghp_[A-Za-z0-9]{{36}}$/ rejects fine-grained tokens (github_pat_…).""")
I("vi", "coding", f"""// ví dụ trong tài liệu API, không phải khóa thật
const client = new PaymentClient({{ apiKey: "YOUR_API_KEY", env: "sandbox" }});
// mã lỗi: 4011 = sai chữ ký, 4012 = token hết hạn""")

# innocents: travel / sales
I("vi", "travel", f"""Xác nhận đặt chỗ Vietnam Airlines: mã đặt chỗ {booking_ref()}, VN 245 Hà Nội → TP.HCM, 28/12 lúc 07:00, ghế 18C. Hành lý ký gửi 23 kg.""")
I("sw", "travel", f"""Tiketi yako imethibitishwa: nambari ya uhifadhi {booking_ref()}, SGR Nairobi → Mombasa, 27 Desemba saa 8:00 asubuhi, behewa C, kiti 34.""")
I("pl", "travel", f"""Potwierdzenie rezerwacji: numer {digits(10)}, Hotel Stary Kraków, 2 noce 27–29.12, śniadanie w cenie. Kod rezerwacji do zmiany terminu znajduje się w e-mailu.""")
I("de", "sales", f"""CRM-Notiz: Angebot AN-{rs(6, DG)} an Stadtwerke Lindau verschickt, 120 Lizenzen, 38.400 € netto/Jahr. Rabattcode PILOT2027 für die ersten 3 Monate. Zentrale: 08382 {rs(3, DG)}-0.""")
I("fr", "sales", f"""Note CRM : RDV avec la Mairie de Vannes le 8 janvier. Devis n° D-{rs(5, DG)} : 45 postes, 12 600 € HT. Contact : standard de la mairie 02 97 {rs(2, DG)} {rs(2, DG)} {rs(2, DG)}.""")


# ---------------------------------------------------------------- self-check
if __name__ == "__main__":
    from collections import Counter

    ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for x in SECRETS:
        assert x.id.startswith("c47-s-"), x.id
        assert x.secret and x.secret in x.text, x.id
    for x in INNOCENT:
        assert x.id.startswith("c47-i-"), x.id
    assert len({x.text for x in SECRETS + INNOCENT}) == len(ids), "duplicate texts"
    langs = Counter(i.split("-")[2] for i in ids)
    subs = Counter(SUBSETTING.values())
    total = len(ids)
    assert max(subs.values()) <= total / 10, subs
    assert langs["en"] <= 0.4 * total, langs["en"]
    print(f"secrets={len(SECRETS)} innocent={len(INNOCENT)} total={total} languages={len(langs)}")
    print("by sub-setting:", dict(sorted(subs.items())))
    print("by language:", dict(sorted(langs.items())))
