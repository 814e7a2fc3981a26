"""Blind test corpus c44 for a secret-redaction filter (independent, written without seeing the filter).

Start time: Mon Dec  7 19:19:01 UTC 2026
Setting: ordinary people writing to assistants from phones around the world -- mobile money, forwarded
SMS codes, family group chats, small shops, farmers and traders, migrants handling two countries'
paperwork, elderly users; transliterated scripts, numbers in words and local digits, typos, slang.
Records are what an agent would store: user messages, agent thoughts, tool calls (JSON args), tool
outputs, summaries and lessons.

Totals: 225 SECRETS, 224 INNOCENT (55 language tags; English 79+74 = 153 of 449).

Counts by language (secrets/innocent). Tags: ar-Latn = Arabizi, hi-Latn = Hinglish/romanised Hindi,
ur-Latn = Roman Urdu, arz = Egyptian Arabic, pcm = Nigerian Pidgin, yue = Cantonese; several English
and other texts are code-switched (Spanglish, Sheng, Taglish, Kaz/Rus, Bengali/English):
    en 79/74, es 8/8, pt 8/7, fr 6/7, ar 5/5, de 5/5, sw 4/5, id 4/4
    ru 4/4, tl 4/4, tr 4/4, vi 4/4, zh 4/4, bn 3/4, fa 3/4, hi-Latn 5/2
    it 3/4, pcm 3/4, pl 3/4, uk 3/4, arz 3/3, hi 2/4, am 2/3, ja 2/3
    ko 2/3, th 2/3, ur-Latn 2/3, ar-Latn 2/2, el 2/2, ha 2/2, he 2/2, ms 2/2
    ne 2/2, nl 2/2, ro 2/2, ta 2/2, yo 2/2, af 1/2, ht 1/2, ka 2/1
    kk 2/1, lg 2/1, my 2/1, so 2/1, te 1/2, tw 2/1, ur 2/1, uz 2/1
    yue 2/1, zu 2/1, hy 1/1, ig 1/1, km 1/1, mr 1/1, si 1/1

Counts by record setting (secrets/innocent):
    agent_thought 9/4, lesson 4/20, summary 6/24, tool_call 22/6, tool_output 17/83, user_msg 167/87

Value generation: random.Random(SEED). Check digits are valid where the format has one: Luhn (cards,
IMEI, SA/ZA/UAE/IL/CA/SE/GR ids, SIRET, P.IVA), IBAN mod-97 (plus FR RIB, ES and PT national keys),
Verhoeff (Aadhaar), ISO 7064 (CN id, DE Steuer-ID), CPF/CNPJ, PESEL, TCKN, NIR, BSN, Thai id, KR RRN,
RUT/CUIL style, CNP, SNILS, INN, RNOKPP, NIF, NHS, Medicare AU, KVNR, My Number, CURP, codice fiscale,
IIN, Iranian melli code, HKID, passport MRZ line, CLABE, GSTIN, USCC, KR business no., JP corporate
no., UPU S10 tracking, EAN/ISBN, VIN, BitLocker blocks, BIP39 seed phrases (real wordlist + checksum).

Labelling choices (borderline cases):
  * Receipts/transaction ids (M-Pesa codes, UTR, TrxID, Ref No., tracking/order/PNR numbers) are
    INNOCENT; codes that let the holder collect money or goods (Western Union MTCN, Palawan KPTN, IME
    control number, Orange/Unitel withdrawal codes, Indomaret cash code, parcel-locker pickup code,
    delivery OTP, BLIK, airtime scratch-card PIN) are SECRET because they work as bearer credentials.
  * Prepaid electricity (STS) tokens and meter numbers are INNOCENT: bound to one meter, already used.
  * Personal tax/national/health ids are SECRET (CPF, NIF, PAN, KRA A-PIN, SSN, ITIN, A-number...);
    business identifiers are INNOCENT (CNPJ, SIRET, GSTIN, USCC, EIN, VAT, KvK, HRB, P.IVA, BIN, CR no.).
  * Published sample values are INNOCENT even though check digits are valid: DE89 3704..., FR76 3000
    6000..., NL91 ABNA..., card 4242..., Telegram doc token 123456:ABC-DEF..., JBSWY3DPEHPK3PXP,
    RFC XAXX010101000, placeholders like sk_test_xxx, <PAGE_ACCESS_TOKEN>, IR00 0000...
  * Public-by-design values are INNOCENT: Stripe pk_live keys, Twilio Account SID, Pix random key and
    Pix copy-paste code, UPI VPA, crypto addresses and tx hashes, SSH public keys, SWIFT/BIC, IFSC,
    routing numbers and sort codes on their own, IMEI, VIN, router serial/MAC, masked values.
  * Bank account numbers/IBANs of private persons are SECRET. Phone numbers are INNOCENT (per brief).
  * Security answers are SECRET; only the answer string is labelled. Secrets written in words or local
    digits (Arabic-Indic, Persian, Devanagari, Bengali, Thai, Burmese, Khmer, Telugu, full-width, Chinese
    numerals) are labelled exactly as written. When a text holds several sensitive items (card +
    expiry + CVV, key id + secret) the most damaging one is labelled; the others are still sensitive.
  * Words like password/PIN/OTP/token in sentences with no value, and redaction markers, are INNOCENT.
"""

from __future__ import annotations

import base64
import hashlib
import random
import string
import zlib
from typing import NamedTuple

SEED = 44012
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
META: dict[str, tuple[str, str]] = {}  # id -> (language, setting)

_counter = {"S": 0, "I": 0}


def S(lang: str, setting: str, text: str, secret: str) -> None:
    _counter["S"] += 1
    i = f"c44-S{_counter['S']:03d}-{lang}"
    SECRETS.append(Secret(i, text, secret))
    META[i] = (lang, setting)


def I(lang: str, setting: str, text: str) -> None:
    _counter["I"] += 1
    i = f"c44-I{_counter['I']:03d}-{lang}"
    INNOCENT.append(Innocent(i, text))
    META[i] = (lang, setting)


# ---------------------------------------------------------------- primitives
DIG = "0123456789"
ALNUM = string.ascii_letters + string.digits
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"


def dg(n: int) -> str:
    return "".join(R.choice(DIG) for _ in range(n))


def dg1(n: int) -> str:
    return R.choice("123456789") + dg(n - 1)


def rs(n: int, alphabet: str = ALNUM) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def hx(n: int) -> str:
    return rs(n, HEX)


def pin4() -> str:
    while True:
        p = dg(4)
        if len(set(p)) > 1 and p not in ("1234", "0000"):
            return p


def uuid4() -> str:
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_SCRIPTS = {
    "arabic": "٠١٢٣٤٥٦٧٨٩",
    "persian": "۰۱۲۳۴۵۶۷۸۹",
    "deva": "०१२३४५६७८९",
    "beng": "০১২৩৪৫৬৭৮৯",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
    "burm": "၀၁၂၃၄၅၆၇၈၉",
    "khmer": "០១២៣៤៥៦៧៨៩",
    "full": "０１２３４５６７８９",
    "guj": "૦૧૨૩૪૫૬૭૮૯",
    "tel": "౦౧౨౩౪౫౬౭౮౯",
    "nep": "०१२३४५६७८९",
    "lao": "໐໑໒໓໔໕໖໗໘໙",
}


def loc(s: str, script: str) -> str:
    t = _SCRIPTS[script]
    return "".join(t[int(c)] if c.isdigit() and c in DIG else c for c in s)


_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa".split(),
    "hi": "shunya ek do teen chaar paanch chhe saat aath nau".split(),
    "tl": "sero isa dalawa tatlo apat lima anim pito walo siyam".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "yo": "odo okan meji meta merin marun mefa meje mejo mesan".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "zh": "零一二三四五六七八九",
}


def words(s: str, lang: str, sep: str = " ") -> str:
    w = _WORDS[lang]
    return sep.join(w[int(c)] for c in s)


def grp(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- check digits
def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return luhn_digit(s[:-1]) == s[-1]


def luhn_make(prefix: str, length: int) -> str:
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body)


def card(kind: str = "visa") -> str:
    if kind == "visa":
        return luhn_make("4" + dg(5), 16)
    if kind == "mc":
        return luhn_make("5" + R.choice("12345") + dg(4), 16)
    if kind == "amex":
        return luhn_make(R.choice(["34", "37"]), 15)
    if kind == "rupay":
        return luhn_make("6521" + dg(2), 16)
    if kind == "verve":
        return luhn_make("506099" + dg(4), 19)
    if kind == "unionpay":
        return luhn_make("62" + dg(4), 16)
    if kind == "elo":
        return luhn_make("636368", 16)
    raise ValueError(kind)


def cvv(n: int = 3) -> str:
    return dg(n)


def expiry() -> str:
    return f"{R.randint(1, 12):02d}/{R.randint(27, 31)}"


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_de() -> str:
    return iban("DE", dg1(8) + dg(10))


def iban_fr() -> str:
    bank, branch, acct = dg1(5), dg(5), dg(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return iban("FR", f"{bank}{branch}{acct}{key:02d}")


def iban_es() -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    bank, branch, acct = R.choice(["2100", "0049", "0182", "2038", "0081"]), dg(4), dg(10)

    def c(s: str) -> int:
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(v, v)

    return iban("ES", f"{bank}{branch}{c('00' + bank + branch)}{c(acct)}{acct}")


def iban_pt() -> str:
    b = R.choice(["0035", "0033", "0007", "0010"]) + dg(4) + dg(11)
    nib = 98 - (int(b) * 100) % 97
    return iban("PT", f"{b}{nib:02d}")


def iban_gb() -> str:
    return iban("GB", R.choice(["NWBK", "BARC", "LOYD", "MIDL", "MONZ"]) + dg(6) + dg(8))


def iban_nl() -> str:
    return iban("NL", R.choice(["INGB", "RABO", "ABNA", "SNSB"]) + dg(10))


def iban_it() -> str:
    return iban("IT", R.choice(UPPER) + dg(5) + dg(5) + dg(12))


def iban_pl() -> str:
    return iban("PL", dg(24))


def iban_tr() -> str:
    return iban("TR", dg(5) + "0" + dg(16))


def iban_sa() -> str:
    return iban("SA", R.choice(["80", "10", "45", "15"]) + dg(18))


def iban_ae() -> str:
    return iban("AE", R.choice(["033", "026", "035", "030"]) + dg(16))


def iban_pk() -> str:
    return iban("PK", R.choice(["HABB", "MEZN", "UNIL", "SCBL"]) + dg(16))


def iban_ua() -> str:
    return iban("UA", dg(6) + dg(19))


def iban_ro() -> str:
    return iban("RO", R.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + rs(16, UPPER + DIG))


def iban_eg() -> str:
    return iban("EG", dg(25))


def iban_ge() -> str:
    return iban("GE", R.choice(["TB", "BG"]) + dg(16))


def iban_gr() -> str:
    return iban("GR", dg(7) + dg(16))


def iban_jo() -> str:
    return iban("JO", R.choice(["ARAB", "CBJO"]) + dg(4) + dg(18))


def cpf() -> str:
    d = [int(c) for c in dg(9)]
    s1 = sum(v * (10 - i) for i, v in enumerate(d)) * 10 % 11 % 10
    d.append(s1)
    s2 = sum(v * (11 - i) for i, v in enumerate(d)) * 10 % 11 % 10
    d.append(s2)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cnpj() -> str:
    d = [int(c) for c in dg(8) + "0001"]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(a * b for a, b in zip(d, w1)) % 11
    d.append(0 if r < 2 else 11 - r)
    w2 = [6] + w1
    r = sum(a * b for a, b in zip(d, w2)) % 11
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


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar() -> str:
    b = R.choice("23456789") + dg(10)
    s = b + verhoeff_digit(b)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _birth(y0: int = 1950, y1: int = 2004) -> tuple[int, int, int]:
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def cn_id() -> str:
    y, m, d = _birth()
    body = R.choice(["110105", "440304", "510107", "320102", "330106", "420111"]) + f"{y}{m:02d}{d:02d}" + dg(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def dni_es() -> str:
    n = dg(8)
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def nie_es() -> str:
    p = R.choice("XYZ")
    n = dg(7)
    return f"{p}{n}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str('XYZ'.index(p)) + n) % 23]


def pesel() -> str:
    y, m, d = _birth(1950, 2005)
    mm = m + (20 if y >= 2000 else 0)
    b = f"{y % 100:02d}{mm:02d}{d:02d}" + dg(4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return b + str((10 - sum(int(a) * c for a, c in zip(b, w)) % 10) % 10)


def tckn() -> str:
    d = [int(c) for c in dg1(9)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def nir_fr() -> tuple[str, str]:
    y, m, _ = _birth()
    b = f"{R.choice('12')}{y % 100:02d}{m:02d}{R.choice(['75', '69', '13', '93', '59'])}{dg(3)}{dg(3)}"
    key = 97 - int(b) % 97
    spaced = f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {key:02d}"
    return b + f"{key:02d}", spaced


def bsn() -> str:
    while True:
        d = [int(c) for c in dg1(8)]
        s = sum(v * (9 - i) for i, v in enumerate(d)) % 11
        if s < 10:
            return "".join(map(str, d)) + str(s)


def steuer_id() -> str:
    while True:
        ds = R.sample(range(10), 9)
        dup = R.choice(ds)
        seq = ds + [dup]
        R.shuffle(seq)
        if seq[0] == 0:
            continue
        product = 10
        for v in seq:
            s = (v + product) % 10
            if s == 0:
                s = 10
            product = (s * 2) % 11
        chk = 11 - product
        if chk == 10:
            chk = 0
        return "".join(map(str, seq)) + str(chk)


def sa_id(prefix: str = "1") -> str:
    return luhn_make(prefix, 10)


def emirates_id() -> str:
    s = luhn_make("784" + str(R.randint(1965, 2002)), 15)
    return f"{s[:3]}-{s[3:7]}-{s[7:14]}-{s[14]}"


def za_id() -> str:
    y, m, d = _birth()
    body = f"{y % 100:02d}{m:02d}{d:02d}{dg(4)}{R.choice('01')}8"
    return body + luhn_digit(body)


def thai_id() -> str:
    b = dg1(12)
    c = (11 - sum(int(v) * (13 - i) for i, v in enumerate(b)) % 11) % 10
    s = b + str(c)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def kr_rrn() -> str:
    y, m, d = _birth(1950, 1999)
    b = f"{y % 100:02d}{m:02d}{d:02d}{R.choice('12')}{dg(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    return f"{b[:6]}-{b[6:]}{c}"


def rut_cl() -> str:
    body = str(R.randint(6_000_000, 24_999_999))
    s, m = 0, 2
    for ch in reversed(body):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(r, str(r))
    return f"{int(body):,}".replace(",", ".") + "-" + dv


def cuil_ar() -> str:
    while True:
        b = R.choice(["20", "27"]) + str(R.randint(20_000_000, 45_999_999))
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
        if r == 10:
            continue
        r = 0 if r == 11 else r
        return f"{b[:2]}-{b[2:]}-{r}"


def cnp_ro() -> str:
    y, m, d = _birth(1950, 1999)
    b = f"{R.choice('12')}{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 46):02d}{dg(3)}"
    w = "279146358279"
    c = sum(int(a) * int(x) for a, x in zip(b, w)) % 11
    return b + ("1" if c == 10 else str(c))


def snils() -> str:
    b = dg1(9)
    s = sum(int(v) * (9 - i) for i, v in enumerate(b))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def inn_ru12() -> str:
    d = [int(c) for c in R.choice(["77", "50", "78", "16"]) + dg(8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def rnokpp_ua() -> str:
    b = dg1(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str(sum(int(a) * x for a, x in zip(b, w)) % 11 % 10)


def nif_pt() -> str:
    b = R.choice("123") + dg(7)
    c = 11 - sum(int(v) * (9 - i) for i, v in enumerate(b)) % 11
    return b + str(0 if c >= 10 else c)


def amka_gr() -> str:
    y, m, d = _birth()
    return luhn_make(f"{d:02d}{m:02d}{y % 100:02d}", 11)


def pnr_se() -> str:
    y, m, d = _birth()
    s = luhn_make(f"{y % 100:02d}{m:02d}{d:02d}", 10)
    return f"{y // 100}{s[:6]}-{s[6:]}"


def fnr_no() -> str:
    while True:
        y, m, d = _birth(1950, 1999)
        b = f"{d:02d}{m:02d}{y % 100:02d}{R.randint(0, 499):03d}"
        w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
        k1 = 11 - sum(int(a) * x for a, x in zip(b, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b += str(k1)
        w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k2 = 11 - sum(int(a) * x for a, x in zip(b, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k2)


def hetu_fi() -> str:
    y, m, d = _birth(1950, 1999)
    n = f"{R.randint(2, 899):03d}"
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:02d}{m:02d}{y % 100:02d}{n}") % 31]
    return f"{d:02d}{m:02d}{y % 100:02d}-{n}{c}"


def sin_ca() -> str:
    s = luhn_make(R.choice("1234567"), 9)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def il_id() -> str:
    return luhn_make(R.choice("0123"), 9)


def ssn_us() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def nino_uk() -> str:
    first = R.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second} {dg(2)} {dg(2)} {dg(2)} {R.choice('ABCD')}"


def nhs_uk() -> str:
    while True:
        b = dg1(9)
        c = 11 - sum(int(v) * (10 - i) for i, v in enumerate(b)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = b + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def medicare_au() -> str:
    b = R.choice("23456") + dg(7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * x for a, x in zip(b, w)) % 10
    return f"{b[:4]} {b[4:8]}{c} {R.randint(1, 5)}"


def kvnr_de() -> str:
    letter = R.choice(UPPER)
    body = dg(8)
    digits = f"{UPPER.index(letter) + 1:02d}" + body
    tot = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return f"{letter}{body}{tot % 10}"


def mynumber_jp() -> str:
    b = dg(11)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    s = b + str(c)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


_CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_mx() -> str:
    y, m, d = _birth(1950, 1999)
    b = (R.choice("GHLMRS") + R.choice("AEIOU") + R.choice("LMRSP") + R.choice("AEJMR") +
         f"{y % 100:02d}{m:02d}{d:02d}" + R.choice("HM") + R.choice(["DF", "JC", "NL", "PL", "OC", "GR"]) +
         rs(3, "BCDFGLMNPRSTVZ") + dg(1))
    s = sum(_CURP_CH.index(c) * (18 - i) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


_GST_CH = DIG + UPPER


def gstin() -> str:
    pan = rs(3, UPPER) + "C" + R.choice(UPPER) + dg(4) + R.choice(UPPER)
    b = R.choice(["27", "29", "07", "33", "24"]) + pan + "1Z"
    t = 0
    for i, c in enumerate(b):
        v = _GST_CH.index(c) * (1 if i % 2 == 0 else 2)
        t += v // 36 + v % 36
    return b + _GST_CH[(36 - t % 36) % 36]


def pan_person() -> str:
    return rs(3, UPPER) + "P" + R.choice(UPPER) + dg(4) + R.choice(UPPER)


def cnic_pk() -> str:
    return f"{R.choice(['35202', '42101', '37405', '61101', '17301'])}-{dg1(7)}-{R.randint(1, 9)}"


def nik_id() -> str:
    y, m, d = _birth()
    dd = d + R.choice([0, 40])
    return R.choice(["3174", "3273", "3578", "5171", "3201"]) + dg(2) + f"{dd:02d}{m:02d}{y % 100:02d}" + dg(4)


def cccd_vn() -> str:
    y = R.randint(1960, 1999)
    return R.choice(["001", "079", "031", "048"]) + R.choice("01") + f"{y % 100:02d}" + dg(6)


def eg_nid() -> str:
    y, m, d = _birth(1950, 1999)
    return f"2{y % 100:02d}{m:02d}{d:02d}{R.choice(['01', '02', '21', '88'])}{dg(4)}{R.randint(1, 9)}"


def mrz_check(s: str) -> str:
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c == "<":
            v = 0
        else:
            v = ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


def mrz_line2(pno: str, nat: str, sex: str) -> str:
    pno9 = (pno + "<<<<<<<<<")[:9]
    y, m, d = _birth(1955, 2000)
    dob = f"{y % 100:02d}{m:02d}{d:02d}"
    exp = f"{R.randint(27, 34)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    pers = "<" * 14
    parts = pno9 + mrz_check(pno9) + nat + dob + mrz_check(dob) + sex + exp + mrz_check(exp) + pers + mrz_check(pers)
    composite = pno9 + mrz_check(pno9) + dob + mrz_check(dob) + exp + mrz_check(exp) + pers + mrz_check(pers)
    return parts + mrz_check(composite)


def imei() -> str:
    return luhn_make(R.choice(["35", "86", "01"]) + dg(6), 15)


def s10_tracking(prefix: str, country: str) -> str:
    b = dg(8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * x for a, x in zip(b, w)) % 11
    c = {10: 0, 11: 5}.get(c, c)
    return f"{prefix}{b}{c}{country}"


def ean13(prefix: str) -> str:
    b = prefix + dg(12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def isbn13() -> str:
    return ean13("978" + R.choice(["0", "1", "3", "84", "85", "92"]))


def mpesa_receipt() -> str:
    return R.choice("QRST") + R.choice(UPPER) + R.choice(UPPER) + rs(7, UPPER + DIG)


def kra_pin(person: bool = True) -> str:
    return ("A" if person else "P") + "0" + dg(8) + R.choice(UPPER)


def ghana_card() -> str:
    return f"GHA-{dg1(9)}-{R.randint(0, 9)}"


def phone(cc: str) -> str:
    fmt = {
        "+254": lambda: f"+254 7{dg(2)} {dg(3)} {dg(3)}",
        "+234": lambda: f"+234 80{R.randint(3, 9)} {dg(3)} {dg(4)}",
        "+91": lambda: f"+91 9{dg(4)} {dg(5)}",
        "+63": lambda: f"+63 9{dg(2)} {dg(3)} {dg(4)}",
        "+55": lambda: f"+55 11 9{dg(4)}-{dg(4)}",
        "+52": lambda: f"+52 55 {dg(4)} {dg(4)}",
        "+880": lambda: f"+880 17{dg(2)}-{dg(6)}",
        "+92": lambda: f"+92 3{dg(2)} {dg(7)}",
        "+20": lambda: f"+20 10 {dg(4)} {dg(4)}",
        "+971": lambda: f"+971 5{R.choice('0256')} {dg(3)} {dg(4)}",
        "+1": lambda: f"+1 ({R.randint(201, 989)}) {R.randint(200, 989)}-{dg(4)}",
        "+44": lambda: f"+44 7{dg(3)} {dg(6)}",
        "+62": lambda: f"+62 81{dg(1)}-{dg(4)}-{dg(4)}",
        "+84": lambda: f"+84 9{dg(1)} {dg(3)} {dg(4)}",
        "+233": lambda: f"+233 24 {dg(3)} {dg(4)}",
        "+255": lambda: f"+255 7{dg(2)} {dg(3)} {dg(3)}",
        "+256": lambda: f"+256 7{dg(2)} {dg(6)}",
        "+251": lambda: f"+251 9{dg(2)} {dg(3)} {dg(3)}",
        "+977": lambda: f"+977 98{dg(8)}",
        "+48": lambda: f"+48 {dg1(3)} {dg(3)} {dg(3)}",
        "+90": lambda: f"+90 5{dg(2)} {dg(3)} {dg(2)} {dg(2)}",
        "+7": lambda: f"+7 9{dg(2)} {dg(3)}-{dg(2)}-{dg(2)}",
        "+380": lambda: f"+380 6{dg(1)} {dg(3)} {dg(4)}",
        "+86": lambda: f"+86 13{dg(1)} {dg(4)} {dg(4)}",
        "+66": lambda: f"+66 8{dg(1)} {dg(3)} {dg(4)}",
        "+95": lambda: f"+95 9 {dg(3)} {dg(3)} {dg(3)}",
        "+966": lambda: f"+966 5{dg(1)} {dg(3)} {dg(4)}",
        "+98": lambda: f"+98 912 {dg(3)} {dg(4)}",
        "+82": lambda: f"+82 10-{dg(4)}-{dg(4)}",
        "+81": lambda: f"+81 90-{dg(4)}-{dg(4)}",
    }
    return fmt[cc]()


# ---------------------------------------------------------------- tokens
def telegram_bot() -> str:
    return f"{R.randint(5_000_000_000, 7_999_999_999)}:AA{rs(33, B64URL)}"


def ghp() -> str:
    return "ghp_" + rs(36)


def aws_akid() -> str:
    return "AKIA" + rs(16, UPPER + "234567")


def aws_secret() -> str:
    return rs(40, ALNUM + "+/")


def google_key() -> str:
    return "AIza" + rs(35, B64URL)


def stripe_sk() -> str:
    return "sk_live_" + rs(99)


def stripe_pk() -> str:
    return "pk_live_" + rs(99)


def paystack_sk() -> str:
    return "sk_live_" + hx(40)


def paystack_pk() -> str:
    return "pk_live_" + hx(40)


def flw_sk() -> str:
    return "FLWSECK-" + hx(32) + "-X"


def flw_pk() -> str:
    return "FLWPUBK-" + hx(32) + "-X"


def shopify() -> str:
    return "shpat_" + hx(32)


def twilio_sid() -> str:
    return "AC" + hx(32)


def twilio_tok() -> str:
    return hx(32)


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{rs(8, UPPER + DIG)}/B{rs(10, UPPER + DIG)}/{rs(24)}"


def discord_hook() -> str:
    return f"https://discord.com/api/webhooks/{R.randint(10**17, 10**18 - 1)}/{rs(68, B64URL)}"


def wa_token() -> str:
    return "EAA" + rs(R.randint(180, 220))


def openai_key() -> str:
    return "sk-proj-" + rs(48, B64URL) + "T3BlbkFJ" + rs(48, B64URL)


def jwt() -> str:
    def b(d: bytes) -> str:
        return base64.urlsafe_b64encode(d).rstrip(b"=").decode()

    head = b(b'{"alg":"HS256","typ":"JWT"}')
    body = b(('{"sub":"%s","name":"%s","iat":%d}' % (dg(8), R.choice(["amina", "joao", "li.wei", "raj"]),
                                                      R.randint(1_760_000_000, 1_790_000_000))).encode())
    return f"{head}.{body}.{rs(43, B64URL)}"


def razor_secret() -> str:
    return rs(24)


def daraja_passkey() -> str:
    return hx(64)


def gmail_app_pw() -> str:
    return " ".join(rs(4, LOWER) for _ in range(4))


def backup_codes(n: int = 5) -> list[str]:
    return [f"{dg(4)} {dg(4)}" for _ in range(n)]


def pem_body(lines: int = 3) -> str:
    return "\n".join(rs(64, ALNUM + "+/") for _ in range(lines))


def ssh_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, ALNUM + "+/")


def eth_addr() -> str:
    return "0x" + hx(40)


def eth_priv() -> str:
    return "0x" + hx(64)


def btc_addr() -> str:
    return "bc1q" + rs(38, "023456789acdefghjklmnpqrstuvwxyz")


def tron_addr() -> str:
    return "T" + rs(33, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")


def pw(kind: int | None = None) -> str:
    k = R.randint(0, 5) if kind is None else kind
    names = ["Amina", "Joseph", "Grace", "Kofi", "Priya", "Maria", "Ahmed", "Lucky", "Blessing", "Rosa", "Tunde",
             "Fatuma", "Chinedu", "Ana", "Nguyen", "Siti", "Baraka", "Imran", "Olga", "Carmen"]
    if k == 0:
        return R.choice(names) + str(R.randint(1960, 2012)) + R.choice("!@#*.")
    if k == 1:
        return R.choice(names).lower() + R.choice(["@", "_", "."]) + dg(R.randint(3, 4))
    if k == 2:
        return rs(R.randint(10, 14), ALNUM + "!@#$%&*")
    if k == 3:
        return R.choice(["Mama", "Baba", "Jesus", "Allah", "Love", "Sweet", "Blessed"]) + R.choice(
            ["Loves", "Is", "4", "My"]) + R.choice(names) + dg(2)
    if k == 4:
        return R.choice(names) + R.choice(["_", "."]) + R.choice(["Kampala", "Lagos", "Lima", "Manila", "Dhaka",
                                                                   "Kisumu", "Cebu", "Recife"]) + dg(2)
    return "-".join(R.choice(["mango", "river", "tiger", "chai", "blue", "kiwi", "sun", "rain", "goat"]) for _ in range(3)) + dg(1)


_BIP39_WORDS: list[str] = []


def seed_phrase(n_words: int = 12) -> str:
    global _BIP39_WORDS
    if not _BIP39_WORDS:
        _BIP39_WORDS = zlib.decompress(base64.b64decode("".join(_BIP39_BLOB))).decode().split()
        assert len(_BIP39_WORDS) == 2048
    ent_bits = {12: 128, 24: 256}[n_words]
    ent = R.getrandbits(ent_bits).to_bytes(ent_bits // 8, "big")
    cs_bits = ent_bits // 32
    cs = hashlib.sha256(ent).digest()[0] >> (8 - cs_bits)
    val = (int.from_bytes(ent, "big") << cs_bits) | cs
    out = []
    for i in range(n_words):
        out.append(_BIP39_WORDS[(val >> (11 * (n_words - 1 - i))) & 0x7FF])
    return " ".join(out)


def sha256_hex() -> str:
    return hx(64)


def git_sha() -> str:
    return hx(40)


def money(lo: int, hi: int, step: int = 50) -> str:
    return f"{R.randrange(lo, hi, step):,}"



def bitlocker_key() -> str:
    return "-".join(f"{11 * R.randint(0, 65535):06d}" for _ in range(8))


def mbi_us() -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + DIG
    s = R.choice("123456789") + R.choice(L) + R.choice(A) + dg(1) + R.choice(L) + R.choice(A) + dg(1) + \
        R.choice(L) + R.choice(L) + dg(2)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def itin_us() -> str:
    return f"9{dg(2)}-{R.randint(70, 88)}-{dg(4)}"


def a_number() -> str:
    return "A" + dg1(9)


def vin() -> str:
    tr = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ" + DIG
    v = list(R.choice(["MD2", "ME4", "LBM", "MBL"]) + rs(5, chars) + "0" + R.choice("KLMNPR") + rs(7, chars))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    t = sum((int(c) if c.isdigit() else tr[c]) * x for c, x in zip(v, w)) % 11
    v[8] = "X" if t == 10 else str(t)
    return "".join(v)


def vat_gb() -> str:
    b = dg1(7)
    t = sum(int(c) * (8 - i) for i, c in enumerate(b))
    c = (-t) % 97
    return f"GB{b[:3]} {b[3:]} {c:02d}"


def ein_us() -> str:
    return f"{R.choice(['12', '27', '45', '81', '94'])}-{dg(7)}"


def J(o) -> str:
    import json
    return json.dumps(o, ensure_ascii=False)


def clabe_mx() -> str:
    b = R.choice(["012", "002", "014", "072", "127"]) + dg(3) + dg(11)
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def melli_ir() -> str:
    while True:
        b = dg(9)
        if len(set(b)) == 1:
            continue
        s = sum(int(c) * (10 - i) for i, c in enumerate(b)) % 11
        return b + str(s if s < 2 else 11 - s)


def ir_card() -> str:
    return luhn_make(R.choice(["603799", "610433", "627353", "589210"]), 16)


def hkid() -> str:
    letter = R.choice("ACDEGHKMPRVYZ")
    d = dg(6)
    s = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(c) * (7 - i) for i, c in enumerate(d))
    c = 11 - s % 11
    ch = {10: "A", 11: "0"}.get(c, str(c))
    return f"{letter}{d}({ch})"


def jp_corp() -> str:
    b = dg1(12)
    s = 0
    for n in range(1, 13):
        p = int(b[12 - n])
        s += p * (1 if n % 2 else 2)
    return str(9 - s % 9) + b


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_cn() -> str:
    b = "91" + R.choice(["110105", "440300", "310115", "330106"]) + rs(9, _USCC[:10] + "ABCDEFGHJKLMNPQRTUWXY")
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(_USCC.index(c) * x for c, x in zip(b, w))
    return b + _USCC[(31 - s % 31) % 31]


def kr_bizno() -> str:
    b = dg1(9)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(c) * x for c, x in zip(b, w)) + (int(b[8]) * 5) // 10
    s = b + str((10 - s % 10) % 10)
    return f"{s[:3]}-{s[3:5]}-{s[5:]}"


def iin_kz() -> str:
    while True:
        y, m, d = _birth(1950, 1999)
        b = f"{y % 100:02d}{m:02d}{d:02d}{R.choice('34')}{dg(4)}"
        c = sum(int(v) * (i + 1) for i, v in enumerate(b)) % 11
        if c == 10:
            w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
            c = sum(int(v) * x for v, x in zip(b, w)) % 11
            if c == 10:
                continue
        return b + str(c)


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23]))


def cf_it() -> str:
    y, m, d = _birth(1950, 2000)
    female = R.random() < 0.5
    b = (rs(3, "BCDFGLMNPRSTVZ") + rs(3, "BCDFGLMNPRSTVZ") + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] +
         f"{d + (40 if female else 0):02d}" + R.choice(["H501", "F205", "L219", "F839", "Z330", "Z210"]))
    s = 0
    for i, c in enumerate(b):
        if i % 2 == 0:
            s += _CF_ODD[c]
        else:
            s += int(c) if c.isdigit() else ord(c) - 65
    return b + chr(65 + s % 26)


def piva_it() -> str:
    return luhn_make(dg(7) + R.choice(["001", "015", "058", "037"]), 11)


def siret_fr() -> str:
    siren = luhn_make(R.choice("3458"), 9)
    return luhn_make(siren + "000", 14)


def nip_pl() -> str:
    while True:
        b = dg1(9)
        c = sum(int(a) * x for a, x in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            s = b + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def inn_ru10() -> str:
    b = R.choice(["77", "50", "78"]) + dg(7)
    return b + str(sum(int(a) * x for a, x in zip(b, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)


def mykad() -> str:
    y, m, d = _birth(1955, 2000)
    return f"{y % 100:02d}{m:02d}{d:02d}-{R.choice(['14', '10', '01', '08', '12'])}-{dg(4)}"


def sss_ph() -> str:
    return f"{dg(2)}-{dg(7)}-{dg(1)}"


def nic_lk() -> str:
    y = R.randint(1960, 1999)
    days = R.randint(1, 366) + R.choice([0, 500])
    return f"{y}{days:03d}{dg(4)}{dg(1)}"


def fayda_et() -> str:
    return grp(dg1(12), 4)


def pinfl_uz() -> str:
    return R.choice("34") + f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(60, 99)}" + dg(7)


def ge_pid() -> str:
    return "01" + dg(9)


def brcode_pix(key: str, amount: str, name: str, city: str) -> str:
    def f(i: str, v: str) -> str:
        return f"{i}{len(v):02d}{v}"
    mai = f("00", "br.gov.bcb.pix") + f("01", key)
    payload = (f("00", "01") + f("26", mai) + f("52", "0000") + f("53", "986") + f("54", amount) + f("58", "BR") +
               f("59", name) + f("60", city) + f("62", f("05", "***")) + "6304")
    crc = 0xFFFF
    for ch in payload.encode():
        crc ^= ch << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return payload + f"{crc:04X}"
_BIP39_BLOB = (
    "eNotmwmWrCoQRLdSW3NApUvBz1B29ep/3OCdPhWJighJkhP0NE9pzek1zfGM7St6BkHuDfxQriFx"
    "UXOZIa1Mi697WUV6VZ1lCbVC4urKy5L7oOPxEQNN6bEg99riosJ/PRbuluyXqd8ifVlaLmAZrbY+"
    "na9pnW7VWFd+cXFxPF9/1KDIFcF+gp8pLQEaIaHkmS9u2xQLJNP1rUz0Z5+iPrkHfvR5L0HlI0x6"
    "Fq+X34jlzkXPYoU751R0/5w7uOQjq3dn4PkZg9o6uT7DF8yP8Mp08MyJl+9jEha1T4WaBS3oG+cz"
    "fTWaa2qhF+hfTLtoHmh+XmKnupWm80uLaTlgVFqie5522kk7fUx7UfMpXrAuvX0rqZHFBTM05Xb4"
    "hfqYtJDSBI3/dWr9xoBAJP3uidHd+cw7V3eYCoRW77tYTO4S1WZZDsDzqyECtFl2WoRr5WIA5aLf"
    "5VJjRZ3iTqH70MDISokfX8E/vl1a2CwipUVXaE8u79dU+d2BJ7VOnvxag9H1au2XGqrtuNSPdpyh"
    "6bJldaW1aXlDAh1oLba+8uyfgPd/wthX5KrvFjLPQm9me28Z6JcqfUKxCH3yMq0Zimg90zuAxajB"
    "PqFmuvNsXcx63nqkar+xvuZp/gqWI5xqWwV9ep5WtTlPu36nBXpG3hIVJWPzdM05iyT9QVLgTf/C"
    "SaVi2Z5hKtUrDVRNjfAtHs0aq6ZwDvosmICuOZ/DMrFwRenuHMIm0KqhvNNkODRkSBTv5nB6fYtq"
    "uoRqOiS3mcIWuaqAGEvbDXEXeUKgpW+mibh8F/oSKb8p+O6QuDkWLkpTk3G8fjJ3Qs2Y8DImD+qc"
    "+NgZJp6jIObTbZ05G6umAOoBnt1Ag72q9cyECNVC1vqcs4R6ztcs0OIVdLWX8xvgM1Ik9CYX1qoI"
    "8jqjzubcELJ5LLk5/+qn9iRa7mTxxEjmV5D6xQxFLYDhj4vIGEu0FJTIJJS4H7zuz5VYeZ6lbc9I"
    "4Q1DS05+OfP5Mta46MMjj7HP6Pi5rwywq3E12KUaT8lSj6e+388ZeAOnH6fVr4jDakyKnw/1so8r"
    "GAFfeo3JDO+VlsdE9a/x7++1TPPMIhHV4BdbmgXtXkV8/w1IsgWX4NKigtwCXpDaA5dgot4v6DQ/"
    "ybyZPhNNpa/v3f8+cMfm9+42+bOF3+wqmmvBnsFb4xQptFooVl4WvwQxUaU2t1e7m6OKGs47dKFa"
    "C3v2621U7EzVWEhCK5OFSV6CTK3mT+MI1A8X2nsJqcIJlbvvShROyOj2gR0SalKE1+3WDutMkVzB"
    "G4aLlnGzGtWybNkNLrwbgu9LmAQe7sHqlIleEB9MNY+QA+GVAjUyZlQk+11JmJTIcvQFuyKaaLgX"
    "vR13+BtlSC46GAuLeokt/tE2DsYSP1pTy4ltFd5AidsX+gCU0EVCKXjhh1GdrIXltKET2TZQ61Lo"
    "zpyRlrIrMSenu3pK/MG+gg+Ndt7pyJRWvBl2ds9fngbCjCwt26FSL0vetgCh25m5yFoUC09R1UIs"
    "gBSlpJpql2HDXxClb/kyM/J1Y0zVNLMKXbubSVuUaRTd7dCokEb7qUbUiwqtZL6ePhF1sqCBBNyS"
    "MabGTcMFiUFLC/ig9L7b8ZCkj7jXPUrZMaY+d2y4SKkm1cMzw/M3y1IuKCyQ9S+yNfACkm+wQMpk"
    "PpbpOcE/NSzhpVLAdooE2giaXlQaC61E2CQFdoO4C/ICKaM7he6llJbmrfQlMq7SgzHS1dIvr+7S"
    "k2t294MPyzGidp/1VO5Ahxv95jeU+9JLzCy0Lu4gTP3fCuuFtamGvLQkG9KfS4cHtkyrFPMqr2yn"
    "KPFZbZDX4XStkzXyCjtWL3zflMCtkueVlbwGmdsA0ahFFkyXSLhm6gZcZ8iJFInmMqrDykrBtTZp"
    "CS62UWujcTusazj9pTN+XPHCtIhEV0/RPUj2nUSpaZ9OJLjinWv0pRaMEC9AoocTtoaqKZpdCH6l"
    "xj1B3sCNYhKVhPKKeMmXGoK3aumemlVR9IcIIrVGudiSjtV9iiiKFarZW10t6js8kZysWugMJ+5W"
    "4qIJHbLGM1zy59Zon0cky/ejYIEXAepw5VUYIq3CYGVklmIVbyp02HAVbrNQLBpTCydp5+OZiZ9c"
    "fPdP8r1mhygi3cp7lcpZpRaAWz6R6DWZJM9iluHkreSXDHQkd4R4xX9evbaEu6RPhNFpdbEyRB8B"
    "K2pEPKv0JXUjH5TgvcEbcENwXOtDoE9KRwukKNeOxPQhp/iyq9Xe6pmWH7q91q+0tr4XJkRaqL7J"
    "0ZcnKUyAZEMcjL6jFgQqySwIhqMmmrK8+oDL4sUf1ANYEDZrxLDvr2AfJkR7JuGc5TKFc3VZs1fo"
    "wRl2xSFQs1dUUdMofCY4Lzmn0VNc1AKaZChE8NhEpLK4GzCD4co2vOG6z8zTOxPsiGrYCk3gv4iE"
    "hmUQcHPEYNGMRpT7ymAkY4wtbZaAkHaUgAhrMKTD0hLSD+2nkxUWFGnt4lXSYEwQDex7oSK6gaU4"
    "LgpveZ3o8pY0StjCf/gYQs0qPpB+9Kb4mVSkRyRfU+2UrqhYK3TidUVAXzC4R5JjeKTP4TiFJguv"
    "oSHNfowZ1op8U8ynJCf8mg+/0m5w5dcxvcjwMlQwy39lL1dTHJvwG6wjRcsSfeOYkC7RODP/v9GN"
    "mS2/vpER6vB7o6FEgj96mx2/WoJaNqLZbd1l9MEhmgi8+AZ+eLSvbcJHFtF4BFL3X9GViyhpEUpi"
    "NzxKQeX2ZUCCN2LqKpL4LdxIDYHeiFO3adiBbaIZdI8QeRWJBLObY81NgV6BLVuYbGo2dayjyrYg"
    "iea1wE3FvAKuFI9zgxnYNEPx4zqsxM2OziYruUVMwhZHALpFrQ7h7vbhpuACmmsxuRsRjm2CYB+3"
    "0XJb9DsMKOKmb9KFru5nXDd77Fv8fW2nAs3NsZSQCieDPxmiCOM4vXI3fK3tzH6KxyV0FS+t7eyK"
    "4TaHUxt8ztJbmxSlviItueFGbZkRZWdHNsIygRrz8iLKrL4gMNkI8tEcaC/RTlvFYfMmV8Ft2Yvb"
    "nEbYFGdt0qHmUvFQipYROkQFeqQwinqoQR7SI7mzPMZL2hwnCXFXN/kauoXbsfXET3Zzk5trccNJ"
    "37onfZ8cRDnY3hWp/34hdu53+rDLy5VfjNYQmf9RYigRObYQ67ld8Yt+1G7UscTt8ie4UFC3o4o0"
    "f6JR/BQpvkm8IdIRgF3cc6cOBrRH1OaOvdjjjkbfh4DsUQZn47KoPQzHrmAaQDRFilGysZ/YP+F1"
    "V2iejfKOhAzxzH5bc7kTTu8Ixp7XFcHamemdKd4dPChCktWaROstvu7MoYaLfRY3YL58gxmgF46S"
    "hQyhoOF2x8rCD26AzDufKuQRdoXJgIIXIXfz4gmQL3mD6l0he7N3hEdLmIa6h6agl/tyMcQXzfT+"
    "vV7HhPZy1KWgaxNcsigQi9uB8lLEJbf7IJrkTuFOkZAJP8gwwZfzJMf0vAV/rkKELzilmg5sKvhR"
    "M9jMQ/J4DPt4BC0P8Aq+uAVJv6KbcUV4DtUTSLsdaLtDjDxY74d0LRNz5HkGF3yPg4kQBCDilR5j"
    "/R0ELEdOrpOpc3Ot6TiyTcxhUyhpGoG0xeqQI0ex8xi1dSisOpDTo8vzBLGsIjSglalIAEpS8mAW"
    "FC2urlB8By70OpupXzIeLzzBSBJMMzS9nFYmSIy8JS+QIIeR6ydXwdSKLNpBj1e07YuaM/xlUfSH"
    "JBgLJ5J9c2QuRTvGIRJJCGzeROGLyHC/pV/DLxjtzaiAyhORrdMIYsJ6QE5S0xFX4RI50PYiAZGU"
    "Sm74vDH9BFf66X71Gi3iyQozGQAV5IILSZFTpxJuiYwXCQshNpqiDRMnGfDo8C+QPhWy4DPKn+iP"
    "DEsfC4ytJ/yWx3G6A7Vq8aqW+v1BfH5GqupnYsWI8Pv7e/1IdDGcogk8peN/wiNx+MmzflqxPzgV"
    "PxIOhAq36Icsk5BJ/SH2/unOUotEsfGHBIKT+G+5GlPJ+fVmTQtugYxjh35fb5IAb0mHfsnXiXLa"
    "5W6Lav7f4rN+C2vlzZDf5AspP/H1TjJi7xQ3EMMlfF6n9I1+GoBQvZEaxBk9yc+fpKROwj3xSnzY"
    "ubpb5rr4orlq06hP4j4w4XjLbE4vMhonUaCgYkwUYLi+QohTeoBymDZA602oucEHRn+fQTpbwv0a"
    "Ai7EcJ0h1vGUlMI5bqVdukSkCvKNksGL9XPn4EihqAWFWAK5FlKdogU3ReLqFXLClBMzMWz8SQ7W"
    "CZaTxSTUFJ24I2f8DwNvP1dOOKaHmFNg9Sa3wKCKebaqlItA/+G3YgRZO/ZBJDQnGxuyI+Jlppvc"
    "6bzbMc02KnLZeVUxjB723X732R0wnz1NRi3as/+yks5vwcO92G7SarnUEWkDfVCYJMkX2z0X8alj"
    "s2v60WxfzPAl5T5xm7uJrxA+sypE9wza5xbtroeDfEnvD6IuCHe3Wcany9sfLCWO1hQrX5guATy5"
    "nDJk4ZfoBpuvitywa2qjxm+85O1c2P1LsiJJvUiLCSwBF7bvCnjnDDGstKOQaxKeREIXefhrpBdE"
    "WNI4GR6HfAVBWbiFHF9WUJfzgRd+0kUs4QfN7bZDpuGS3WHEWnwWEvnRb8BycUVix4sVKRh9j8S7"
    "QiKESw7H4rdtVUhM8DEW7UXIzTQw/PgbaOHXi+DKM67cpcDnBDEBl9a6fmhJrYFINHiN+FpkcFcO"
    "nYaQ6ZVzYld2WyUR/F65SoKlG6+RG/8XIYq4JVknS4f3By6kUBCFpKSuvm087HRKAUC8JchXrx6Y"
    "XmDQcnyde1cBhqDWru4tzOtbg1wJEYv79VUv08TiSbiJabqly0S8i5AkKV+hO5dGdJHYd0vkcRMh"
    "RZJmaH497M5Ipn9BdVK4rDhCFsUPK0/8855ZCr3BleSAI4WnCn71HPU8ZjZlRDtlIjoF9BHFmeQd"
    "+GZhrYjQ++wKbRrVm+GAy4koj0tUD2o2ddK6+t5Yv8kpR5KseXq/5FN+BbaL+nSU5El7LIxZ1MPI"
    "s+clzx+n7/Kip0KWBMkY2syK2l952/gFl+hC3jAAhB35LbcHPyhbY+Xze92aooyCIyn7Yo9HIiWG"
    "5+Q8nIjeuHn/JhDPdxyPb7sQ+fbs5LF3mQsuo4IYu4IjqyRUgKbJVjhDT4sT2CK747ZcyGu85FI5"
    "UzAEMvdm70J0XOEKiNjqZwJGMTW97HfhMetH6fe7c9fC9cp/jMXuzj151d4sZyfrboUoC2VFkQTh"
    "E6hZuq1JhO7FPd3GQjx9T86V3iRabuTTZcnnjVK7rc1ulJggjprOWN9WZkmU1XRj3+7p67V7B3dC"
    "89d9UYA6+YmskrgC2/WbiOpFF83gLfvGWIKz3vptSIwoUyiC0WMj5z48fLmpWejsyX18tR7FvFsh"
    "ke7GxaONw9reMdCbuPMLtIJ3KWCk2D42XEjB3vGmnjxsHnvc8e9PLBw8lZvA58+RubvtWTmtqG67"
    "F6dTYzc2DdwBhOfOcrwEejnjzd/yygrII6y0iFTrze7vTeb/znJbXaVYCJ3A/VeocfZ7lXbkCWeI"
    "dc6N1MDP/CCeIxt2s+HtTyjgopPk7eFrCZsfkyv2bR8FEW00UaQ/fDleRTqFF9IuOp6QHfGlZ6bE"
    "jxlS4h+IkrmgzjSJrt0tZVITIk4Ti1otiF7ZL+e8gfcYSCGSpJO5/asmJwLP3v3pM/H13dcVpSSO"
    "ncD9Gi7/LV8UlXvbjbj7jYh1grq7l7GDpoJH0ItX/G21dZPcYFXe/e8PTn/VUzkXpO2oLZqabIFo"
    "YTX+10n1iAMyPJp3zA/wJ2BIinjRHIVjM6rk2Nf7Llp7mmFhzEJ1zgHxmCRpcOmmgm9aOAgC4gYP"
    "XaRoWf0pTJv3EcrIJbDJTAOPfn9SMeMUincaiXP4eMATFnonuATvx4oENKYo4l/YnfBD74yU4HmT"
    "sNgIleDgR4Q1X8Ie3azCdJ7tFtoSfkbVc/oFvTYKxwi2l88ulGAfTWQ4MCrgWYhk9yOtvinj9bJm"
    "KsFaGkmNPLjxjkS8KkXJPZMJImCSGC/dJDhKVQFnVkQhi6tXLTN3qJLkU8fHa62MVhtbnSX0NEb2"
    "GeyTk0BnnJsqh2y7eBBnfmw2e5FYyXuhjE39Eje+b5OLSdCLiKmWDdc+X+M9fokg/kNxtrB4h6fg"
    "ZxfvVmodZWP3haM2LRYncrxYBO/osrqEFJfs8Lg4Sz0O4BSsjRCHu/TZPCcQLlJRBXen9MSPYyyl"
    "4z5UdaAO2yLi6LtOGxeRh6cfn4QplaNPYAP4TsXfqSPRXIlCq+xGlXMnmusRRREpob3QiuEgt032"
    "MoAJKC7aXa4KY7g6wmWChqwci6KVRU5mLuqexNYb5ypo8dZFqwQk1mSP6/a9Pr9qmPjh2NexLCoz"
    "X9neWCHIMrG4GwvL0BEVn6yy11nDbhtXvaMBUW+QYIm+VCgxb3XYhT4dfZQDHirEW2VV3BxtO8AS"
    "UQRc0bevejgWEFGwJnQSRxRmHHTg8NdIOcgTEi/JHou4Nj5NJVEkQIoq2SGQ2+RghTxkuQi7t2Uq"
    "KR6hdDvPkIh6yBGmY4eGHWcfZ6ioNvsoNQYmzWLtvcIqJx52EC8ITl46/X0FDegDUYuCd7fraK0w"
    "2GhvpiL/iI0ChIrtqG9fOjcgEvkxapS5gN6/0fWV4F5wCUgm1HNojmqLWp3ZrCPiFaFWxk2rmP1q"
    "xjqPXS+0oJCGLyKSepHjEHLAoCaUtZBbCZlK5j1ub81cy1vlq9k72dU8z/K7amZWbOmFa3QddQoc"
    "B0aq8zUcGsOhqYTMNfs+oVr1PGmaACSTXOc/LSZC124UYLX9rjhnfP8mJSGrKcebo3PjnoX3tux4"
    "S7gqhPBL5tTtgwgib1/weiRkrPdpxL221kS0b/fQOlcIcPBLSOqz3tZxVUa2Yh8DxOedCMt8Uq2O"
    "eEJkjbKionCzWRMoCGAlN+weG7UryIes0YRqtnlkLbipQANMPWmx/MIv46HFpbknzfPRMokDKIxu"
    "ViBOowqZgoYd3bmUvuB7xbyQm+s2tCp297n7BKyo+zzyoIrkwD4CHFHcVRGUae3j8Gwlvqzdmd3a"
    "HcDUzmkaITn9lxNItTsNXTuV2I8Qctyx9tu3bwJSkWI9iGcr8P5Y5bgWiDPmwlD8lXMPvDNOUYo6"
    "zqrPP83ymNPPZJBdrw++upCvPlYrDyvnMS8fu8T1wT+o32uGi4qyOEtRvwXp/HpKxgxzANNkf/nc"
    "QJusJxqnnDS3wM1jbwU1kiiN/ImwaYJEfuOr+fRiY3e8Ib0Ee/oRSHCgNVYI5UKFSkmxbjvcPBn6"
    "ZpvRyBgKmPFmyRdSZFhCNXNkn+hqB6cKhHhEImJSI98NWrm0ccaloVxa3H3n5NqeTOPkiwRPbUsP"
    "41msQidfW0TZNxt1RbS4g6Lk6oWys3o581zcOHwROZzXfOwP8W1Uv8YhRIuxgL1KEas4C3WzyiKF"
    "qZ98Y+Htr2LthInzq6LNwX/jPE7LJIGa9Ep0z+ziNIcOjQC0ZfXQDmtztNjYWqLp4vRbs9cqTBWp"
    "bljd5pNDDX/0fPlc6HCumnmLfydEMTUfPWk+CinczU5ZIoBmsuI6iE9SaBW6Wnfx5IE8fHhU8I2E"
    "DJ0Z5nhQ6yNg+rdIW08TQCgsD4+Ekh09gaflCahikSRb3x7UojABtP2Ia1+k9Xs7zOy7vq+WpdDO"
    "6dXHUQMRnwZWvOGrcTBliI0wC3xEXYQ8RU9ji0mepn1qUY5mizRA71auSGMnUedYe5K0CbvPKfb0"
    "CVzezmb2e/cE9dvbQV0KW4Dm6DdapJdZ1s+KYjheePA+ci7gyHLHo5FE/Gu8jf8Z+EwLy02kS11/"
    "JmROnqrs2Gecgxf5cCvxY+/5M8k6CMdRrA8C//GG+iccEdZ8YDaXnMSAOEoXpelQZoBkICxgDj8E"
    "tx+OPpwiWux8K5rnH1LddC8u42txsV4nQMwve+0f9iR3qqY2qKwwDRT73aJ+r05ApKk67jfjh5E6"
    "y/3xQUkf/v7kk3OpUE6g++jTR+61mn/+gfr9TGruQd+hbwHSIQ/95UwOsmKt+5BKFicels3DFvFj"
    "Tfh4A+LBP8aYPGNfUYSptaZ+iK1OiJXGE2b9RjgsHf5mpT2B89WSb+95PSjJR8x/vHv1oCOfIwyk"
    "JTTlYxX54EoKHIE/6DsB32c34SGAfLCzrJKHLbMHwhM+TlblGdtejzetRGgzVsLYB+3zICvPvzMK"
    "Tz43AUn6J3vFPOxXPig12xsnNwWni5rhxznKB33zFLKmDxtjjMmK7PHJjccG/ItK+8Kvb7Dd++bO"
    "j0d2pP6CpEhY8suptb+c/wcWUi83"
)

# =====================================================================
# ENGLISH (incl. regional Englishes) -- secrets
# =====================================================================
v = pin4()
S("en", "user_msg", f"hi dear my grandson set up this phone for me. the bank app wants a pin and i always forget it. its {v} please remember it for me next time i ask. thank you God bless", v)

v = dg(6)
S("en", "user_msg", f"Fwd: <#> Your M-PESA verification code is {v}. Do not share this code with anyone. FA+9qCX9VSu\n\nwhat is this msg?? i didnt ask for any code", v)

v = pw(5)
S("en", "tool_call", "send_sms " + J({"to": phone("+254"), "body": f"Karibu Mama Njeri Shop! WiFi: MamaNjeri_Guest  pass: {v}  (valid this month)"}), v)

v = card("visa")
S("en", "agent_thought", f"User pasted the whole card again: {grp(v)} exp {expiry()} cvv {cvv()}. I will refer to it only as the card ending {v[-4:]} and tell her to never paste it.", grp(v))

v = ssn_us()
S("en", "user_msg", f"the lady at the tax place needs my social for the EITC form. its {v} can u fill the box for me, my eyes bad", v)

v = seed_phrase(12)
S("en", "user_msg", f"my cousin in Houston said write the 12 words somewhere safe so im putting them here ok\n{v}\nthis is for the usdt wallet he send money to", v)

v = dg(4)
S("en", "summary", f"Farm store delivery on Thursday. Driver must enter the gate code {v}# at the keypad on the left, then ring Mr. Ochieng. Forklift is behind the grain shed.", v)

v = telegram_bot()
S("en", "tool_call", "write_file " + J({"path": "shop_bot/config.py", "content": f"BOT_TOKEN = \"{v}\"\nSHOP_NAME = \"Auntie Gift Provisions\"\nCURRENCY = \"GHS\""}), v)

codes = backup_codes(5)
S("en", "user_msg", "google gave me these codes when i turned on 2 step, my son says keep them. dont lose them for me pls\n" + "\n".join(codes), codes[2])

v = gmail_app_pw()
S("en", "tool_output", f"Generated app password for your device\n\nYour app password for Windows Mail:\n{v}\n\nHow to use it: Go to the settings for your Google Account in the application or device you are trying to set up.", v)

S("en", "user_msg", "bank called and asked security question, i told them first pet = Biscuit. was that right? my daughter says never tell anyone", "Biscuit")

v = iban_gb()
S("en", "user_msg", f"Hi can you write a message to my brother in Harare telling him to send the rent back to my account {grp(v)} (Monzo) name Tendai M. thanks", grp(v))

v = sin_ca()
S("en", "tool_call", "fill_form " + J({"form": "farm_job_application", "fields": {"full_name": "Ramón Velásquez", "sin": v, "start_date": "2026-04-14", "bunkhouse": "B"}}), v)

v = nhs_uk()
S("en", "user_msg", f"can you ring the surgery for mum, her nhs no is {v}, she needs the diabetes review moved to after Eid", v)

v = mrz_line2("N" + dg(7), "GHA", "M")
S("en", "tool_output", "OCR result (passport_photo.jpg):\nP<GHAMENSAH<<KWAME<ADJEI<<<<<<<<<<<<<<<<<<<<\n" + v + "\nconfidence: 0.93", v)

v = f"{dg(3)}-{dg(3)}"
S("en", "user_msg", f"WhatsApp code: {v}\nDon't share this code with others\n\nwho sent this to me? someone in the church group asked me to forward it", v)

v = dg(16)
S("en", "user_msg", f"Load this airtime for me i scratched it but cant see well: *130*{v}# is that right number of digits?", v)

v = dg(10)
S("en", "user_msg", f"sent the $300 to mama by Western Union. MTCN {v[:3]}-{v[3:6]}-{v[6:]} . send it to her whatsapp so she go pick at the Ecobank branch", f"{v[:3]}-{v[3:6]}-{v[6:]}")

v = dg(6)
S("en", "lesson", f"Shop alarm: the owner (Mrs. Dlamini) said the disarm code is {v} and she wants me to remind the new cashier. Do not repeat it in group chats; send it privately only if she asks again.", v)

v = f"{R.randint(10, 39)}-{R.randint(10, 39)}-{R.randint(10, 39)}"
S("en", "user_msg", f"bus station locker 114, combo {v}. my bag with the certificates is inside, if i forget tell me", v)

v = pin4()
S("en", "user_msg", f"ok so the pin is {words(v, 'en')} i am writing it in words so the scammers cant read it haha", words(v, "en"))

v = str(R.randint(1950, 1975))
S("en", "user_msg", f"dad's atm pin is {' '.join(v)} (his birth year) can you remind him when he asks, he is 82 and forgets", " ".join(v))

v = pin4()
S("en", "summary", f"Helped Mrs. Baker check her EBT balance by phone. Card PIN she read out: {v}. Balance $214.37. Next deposit on the 5th.", v)

v = pw(0)
S("en", "lesson", f"Lesson: Rosa keeps typing her online banking password ({v}) into the chat when the app logs her out. Next time tell her to use the app's 'forgot password' instead and don't echo it back.", v)

v = stripe_sk()
S("en", "tool_call", "set_env " + J({"name": "STRIPE_SECRET_KEY", "value": v, "project": "bakery-orders"}), v)

v = shopify()
S("en", "user_msg", f"my nephew made the shopify app thing. he said the admin token is {v} and i should give it to you so you can update the prices", v)

v = twilio_tok()
sid = twilio_sid()
S("en", "tool_call", "http_request " + J({"method": "POST", "url": f"https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json", "auth": [sid, v], "data": {"To": phone("+1"), "Body": "Your eggs are ready for pickup"}}), v)

v = slack_hook()
S("en", "agent_thought", f"The co-op wants harvest alerts in their Slack. The chair gave me the incoming webhook {v} -- I'll post only the weather summary there.", v)

v = discord_hook()
S("en", "tool_output", f"$ cat family_bot/.env\nDISCORD_WEBHOOK={v}\nTZ=Africa/Lagos", v)

a, v = aws_akid(), aws_secret()
S("en", "user_msg", f"here the amazon keys my nephew left in the notes app\naccess key: {a}\nsecret: {v}\ncan you check why the shop photos not loading", v)

v = pw(3)
S("en", "user_msg", f"apple id keeps asking password on the ipad. email is gracie.ade@icloud.com password {v} please put it for me", v)

v = dg(5)
S("en", "user_msg", f"FB-{v} is your Facebook confirmation code\nsomeone is trying to login my facebook?? or is it me", v)

v = pw(2)
S("en", "tool_output", f"Router label (photo transcription):\nModel: Archer C6\nSSID: Kamau_Home_5G\nWireless Password/PIN: {v}\nDefault access: http://tplinkwifi.net", v)

v = dg1(10)
S("en", "user_msg", f"for the direct deposit at the chicken plant they need routing 111000614 and account {v}. is that right for Chase?", v)

v = medicare_au()
S("en", "tool_call", "book_appointment " + J({"clinic": "Blacktown Family Practice", "patient": "Nguyen Thi Lan", "medicare": v, "reason": "flu shot"}), v)

v = dg(4)
S("en", "user_msg", f"voicemail pin is {v} if you can listen the message from the immigration lawyer, i dont understand her accent", v)

v = dg(8)
S("en", "user_msg", f"phone says SIM locked enter PUK. the card from the shop says PUK1 {v} , do i type this one?", v)

v = dg(6)
S("en", "summary", f"Grandma's new phone set up. Screen passcode {v} (she chose grandson's birthday). WhatsApp restored from Google Drive backup.", v)

v = pw(1)
S("en", "user_msg", f"kid school portal login: user  j.okafor26  pass {v} . check if he did the maths homework", v)

v = itin_us()
S("en", "tool_call", "fill_form " + J({"form": "W-7 follow up", "taxpayer": "Lupe Fifita", "itin": v, "tax_year": 2025}), v)

v = a_number()
S("en", "user_msg", f"my A number is {v[0]}-{v[1:4]} {v[4:7]} {v[7:]} from the green card, they ask it in the form for my mother petition", f"{v[0]}-{v[1:4]} {v[4:7]} {v[7:]}")

v = jwt()
S("en", "tool_output", f"GET /api/pos/sales?day=today\nCookie: pos_session={v}\n200 OK  {{\"total\": 18450, \"currency\": \"KES\"}}", v)

v = rs(32, HEX)
S("en", "tool_call", "http_request " + J({"url": "https://stock.mamamboga.co.ke/admin", "headers": {"Cookie": f"PHPSESSID={v}; lang=en"}}), v)

v = nino_uk()
S("en", "user_msg", f"universal credit form asking national insurance, mine is {v}. what is the next box", v)

v = card("amex")
S("en", "user_msg", f"buy the plane ticket for mom with my amex {v[:4]} {v[4:10]} {v[10:]} the 4 digit on the front is {dg(4)}", f"{v[:4]} {v[4:10]} {v[10:]}")

v = pw(4)
S("en", "agent_thought", f"She asked me to log in to PayPal for her to see if the eBay refund came. She gave the password {v}. I can't log in for her; I'll walk her through it instead.", v)

v = dg(4)
S("en", "user_msg", f"Amazon delivery: Share OTP {v} with the delivery agent only when you receive the package.\n--\nneighbour will collect for me pls send her the otp", v)

v = dg(6)
S("en", "user_msg", f"{v} is the OTP for txn of INR 2,450.00 at FLIPKART on your HDFC Bank card ending 7721. Valid till 14:32. Do not share OTP for security reasons.", v)

v = dg(6)
S("hi-Latn", "user_msg", f"bhai upi pin {v} set kiya, phone pe ka. remind me later ok", v)

v = pin4()
S("en", "user_msg", f"my MoMo pin {v}. pls when my daughter calls you tell her i sent the school fees already", v)

v = daraja_passkey()
S("en", "tool_call", "write_file " + J({"path": "mpesa/.env", "content": f"MPESA_SHORTCODE=174379\nMPESA_PASSKEY={v}\nCALLBACK_URL=https://duka.example.co.ke/mpesa/cb"}), v)

v = paystack_sk()
S("en", "user_msg", f"Paystack dashboard gave me test and live keys. live secret is {v}. pls connect it to the WhatsApp catalogue", v)

v = flw_sk()
S("en", "tool_output", f"Settings > API Keys\nPublic key: {flw_pk()}\nSecret key: {v}\nEncryption key: {hx(12)}FLWSECK{hx(4)}", v)

v = openai_key()
S("en", "user_msg", f"the man who built my shop chatbot left and i only have this key {v} , can you make the bot reply in Luganda too", v)

v = pem_body(4)
S("en", "tool_output", "$ cat ~/.ssh/id_rsa\n-----BEGIN RSA PRIVATE KEY-----\n" + v + "\n-----END RSA PRIVATE KEY-----", v)

v = eth_priv()
S("en", "user_msg", f"metamask export gave me this private key {v} is it safe to send to the guy from telegram who will double my money", v)

v = bitlocker_key()
S("en", "tool_output", f"BitLocker recovery\nKey ID: {hx(8).upper()}\nRecovery key:\n{v}\nSaved to Microsoft account: yes", v)

v = pw(2)
S("en", "tool_call", "db_query " + J({"dsn": f"postgresql://shopowner:{v}@db.kiosk-stock.app:5432/inventory", "sql": "SELECT name, qty FROM items WHERE qty < 5"}), v)

v = pw(4)
S("en", "tool_output", f"Scanned QR from the cafe counter:\nWIFI:T:WPA;S:Jollof_Corner;P:{v};H:false;;", v)

v = mbi_us()
S("en", "user_msg", f"medicare card new number {v}, the pharmacy says old one not working. can you call them", v)

v = dg(9)
S("en", "tool_call", "fill_form " + J({"form": "DS-82 passport renewal", "applicant": "Maria del Carmen Ruiz", "previous_passport_number": v, "issue_date": "2016-08-03"}), v)

S("en", "user_msg", "for the credit union reset they asked mothers maiden name i said Okonkwo-Eze. keep that in case they ask again", "Okonkwo-Eze")

v = kra_pin(True)
S("en", "user_msg", f"KRA pin ya mama is {v} please file her nil returns before june 30", v)

v = za_id()
S("en", "user_msg", f"SASSA grant form needs gogo's ID number {v}. i am typing for her", v)

v = aadhaar()
S("en", "tool_output", f"Extracted from photo (aadhaar_front.jpg):\nName: Lakshmi Devi\nDOB: 14/02/1958\nGender: Female\n{v}\nMera Aadhaar, Meri Pehchaan", v)

v = card("mc")
S("en", "user_msg", f"my daughters uni fees, use card {v[:4]}-{v[4:8]}-{v[8:12]}-{v[12:]} exp {expiry()} name on card Patience Boateng", f"{v[:4]}-{v[4:8]}-{v[8:12]}-{v[12:]}")

codes = [dg(8) for _ in range(6)]
S("en", "tool_output", "Instagram backup codes for @mama_bakes_lagos\n" + "\n".join(f"{c[:4]} {c[4:]}" for c in codes) + "\nEach code can only be used once.", f"{codes[0][:4]} {codes[0][4:]}")

v = pin4()
S("en", "user_msg", f"PIN = {' '.join(v)} for the lock on the chest freezer padlock at the kiosk, bro wants the fish", " ".join(v))

v = cvv()
S("en", "user_msg", f"the 3 numbers at back of the card are {v} do they need it for the fertilizer order on jumia?", v)

v = dg(6)
S("en", "tool_output", f"SMS inbox (latest):\nFrom: Equity Bank\nDear customer, use {v} to complete your Equitel transfer of KES 12,000. Never share this code. Expires in 5 min.", v)

v = pw(0)
S("en", "user_msg", f"password for the mobile banking is {v} i changed it yesterday after the scam call", v)

v = dg(4)
S("en", "summary", f"Church hall key box code {v}. Pastor John asked to send it to the choir leader for Saturday practice only.", v)

v = rs(20, UPPER + DIG)
S("en", "tool_output", f"Ecocash Agent portal login\nagent id: 0{dg(5)}\none-time login token: {v}\nexpires: 2026-12-07 18:00", v)

v = pw(1)
S("en", "user_msg", f"yh so the login for the cbt exam portal for my son: reg no 2026{dg(6)}EF, password {v}", v)

v = dg(6)
S("en", "user_msg", f"Your Binance verification code: {v}. Do not share this code with anyone, including Binance staff.\n\nmy friend says he needs it to help me withdraw, should i send?", v)

v = iban_de()
S("en", "agent_thought", f"He wants the remittance to go to his sister's German account {v}. That's her private account number; I'll keep it only in the transfer form, not in memory.", v)

# =====================================================================
# ENGLISH -- innocents
# =====================================================================
r = mpesa_receipt()
I("en", "user_msg", f"{r} Confirmed. Ksh1,500.00 sent to JOHN KAMAU 0{phone('+254').replace(' ', '')[4:]} on 4/11/26 at 3:12 PM. New M-PESA balance is Ksh3,240.50. Transaction cost, Ksh23.00.\ndid he get it?")

I("en", "user_msg", "i forgot my mpesa pin and now it is locked. the agent said go to safaricom shop with my ID. is that true or scam?")

I("en", "tool_output", "Verification failed: the code you entered has expired. A new code was sent to +254 7** *** 812. You can request another code in 00:59.")

I("en", "tool_output", f"Payment received\nVisa •••• {dg(4)}\nAmount: $12.99\nAuth code: {rs(6, UPPER + DIG)}\nRef: {dg(12)}")

t = s10_tracking("RR", "CN")
I("en", "user_msg", f"china post tracking {t} still says 'departed from origin'. it is 5 weeks now, the sewing machine parts for my shop")

v = imei()
I("en", "user_msg", f"my phone was stolen at the market, the police want the IMEI. box says IMEI1: {v}. what do i do next")

I("en", "tool_call", "write_file " + J({"path": "shop/checkout.js", "content": f"const stripe = Stripe('{stripe_pk()}');\n// publishable key only -- secret stays on the server"}))

I("en", "lesson", f"Updating the bakery site: deploy failed until I pinned Node 20. Fixed in commit {git_sha()}; always run `npm ci` not `npm install` on the VPS.")

I("en", "tool_output", f"Downloaded MPesaAgentApp_v3.2.1.apk (48.2 MB)\nSHA-256: {sha256_hex()}\nSignature: verified (Safaricom PLC)")

I("en", "tool_output", f"Created customer record\nid: {uuid4()}\nname: Mama Oliech Fish Supplies\nphone: {phone('+254')}\ncreated_at: 2026-11-30T08:14:22Z")

I("en", "summary", f"Family group numbers saved: Aunty Bisi {phone('+234')}, Uncle Femi {phone('+44')}, cousin Dayo {phone('+1')}. Group renamed 'Adebayo Family 2026'.")

I("en", "user_msg", f"what is this receipt number on my I-130 paper: IOE{dg(10)} . can i check status with it online?")

I("en", "tool_output", f"Booking confirmed\nPNR: {rs(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}\nE-ticket: 071-{dg(10)}\nNairobi (NBO) -> Dubai (DXB) 14 Jan 2027 02:50\nPassenger: WANJIRU/GRACE MS")

I("en", "tool_output", "Password must be at least 8 characters, include one number and one symbol, and not match your last 3 passwords.")

I("en", "lesson", "Paystack docs show keys as `sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`; that is a placeholder, not a key. Ask the shop owner to paste their own key into the dashboard field, never into chat.")

I("en", "lesson", "Stripe test card 4242 4242 4242 4242 with any future expiry and any CVC works only in test mode. Told the cake shop owner it won't charge real money.")

I("en", "tool_output", "Example IBAN from the bank's help page: DE89 3704 0044 0532 0130 00 (this is a sample, use your own).")

I("en", "user_msg", "chase routing number for texas is 111000614 right? the job form asks routing only, not account yet")

I("en", "tool_output", f"Bank: KCB Bank Kenya Ltd\nSWIFT/BIC: KCBLKENX\nBranch code: 01{dg(3)}\nAddress: Kencom House, Moi Avenue, Nairobi")

I("en", "summary", f"Paid KPLC prepaid tokens for the farmhouse meter {dg(11)}. Token {grp(dg(20))} for 34.5 kWh was sent by SMS; Mr. Mutua entered it and the meter accepted it.")

I("en", "user_msg", f"sold 45 bags maize at 3,200 per 90kg bag on 12/03 at Eldoret NCPB depot. receipt no {dg(7)}. total 144,000 is it correct?")

I("en", "tool_output", "\n".join(f"2026-12-0{R.randint(1, 6)}T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z INFO req_id={hx(16)} trace={hx(32)} path=/api/orders status=200 dur={R.randint(12, 400)}ms" for _ in range(4)))

I("en", "tool_call", "http_request " + J({"url": "https://api.shopapp.example/products", "params": {"cursor": base64.b64encode(b'{"page":3,"per":50}').decode()}}))

I("en", "lesson", f"To let the nephew deploy, add his PUBLIC key to ~/.ssh/authorized_keys on the shop server:\n{ssh_pub()} nephew@laptop\nNever ask for his private key.")

I("en", "user_msg", f"my brother said send the usdt to this address {tron_addr()} (TRC20). is TRC20 cheaper than ERC20?")

I("en", "tool_output", f"Transaction submitted\nfrom: {eth_addr()}\nto: {eth_addr()}\ntx hash: 0x{hx(64)}\nstatus: pending (1/12 confirmations)")

I("en", "user_msg", f"bitcoin address for the bakery donations jar: {btc_addr()} . can u make a qr code for the poster")

I("en", "tool_output", f"IRS transcript request received\nTaxpayer: ***-**-{dg(4)}\nTax period: Dec 2025\nDelivery: mail, 5-10 days")

I("en", "tool_output", "Your verification code is ******. (Codes are hidden in message previews. Open the message to view.)")

I("en", "user_msg", "typed my password wrong 3 times and now the bank app says 'account temporarily locked, try after 24 hours'. what do i do")

I("en", "tool_call", "fill_form " + J({"form": "vendor_registration", "business_name": "Lupita's Tamales LLC", "ein": ein_us(), "business_address": "1208 E 7th St, Austin, TX 78702"}))

I("en", "summary", f"Registered the sewing co-op as a company. Companies House number {dg(8)}, VAT registration {vat_gb()}. Accountant will file the first return in April.")

I("en", "tool_output", f"Account SID: {twilio_sid()}\nAuth Token: ******************************** (click to reveal)\nTrial balance: $14.50")

I("en", "tool_output", f"git lfs ls-files\n{hx(10)} * catalogue/photos/tomatoes.jpg\n{hx(10)} * catalogue/photos/kale.jpg\noid sha256:{sha256_hex()}")

I("en", "user_msg", "app says update to version 4.12.3 (build 41203). is it safe? i dont want to lose my chats")

I("en", "summary", "Delivery addresses confirmed: 00100 Nairobi GPO box 4421; London SW1A 1AA (for the embassy letter); Houston TX 77036.")

I("en", "tool_output", f"WALMART SUPERCENTER\nST# 0{dg(3)} OP# 00{dg(4)} TE# {dg(2)} TR# {dg(5)}\nRICE 20LB  14.97\nTOTAL 31.42\nDEBIT TEND 31.42\nACCOUNT #  **** **** **** {dg(4)}\nTC# {grp(dg(20), 4)}")

I("en", "user_msg", "the wifi name is TP-Link_4F2A. password is on the sticker under the router, i will read it tomorrow when my glasses are here")

I("en", "agent_thought", "The bank SMS says never share the OTP, even with bank staff. I should tell Mr. Okello the same: I don't need the code, he types it in the app himself.")

I("en", "summary", "User changed her M-Pesa PIN at the Safaricom shop today. She did not share the new PIN with me, and I told her that's correct.")

I("en", "tool_output", f"Card details\nName: J. MWANGI\nCard: **** **** **** {dg(4)}\nExpiry: **/**\nCVV: ***\nPIN: ****")

I("en", "lesson", "Never ask a user for their CVV, PIN or OTP to 'verify' them. If a site needs the card, the user types it on the site's own page.")

I("en", "user_msg", f"school wants the textbook with ISBN {isbn13()} for form 2 chemistry. where can i buy cheap in Kisumu")

I("en", "tool_call", "add_product " + J({"name": "Golden Penny Semovita 1kg", "barcode": ean13("615"), "price": 1850, "currency": "NGN", "stock": 24}))

I("en", "tool_output", f"Label: NPK 17:17:17 50kg\nLOT 23A{dg(4)}  MFG 2026-05  EXP 2028-05\nReg. No. PCPB(CR) {dg(4)}\nNet weight 50kg")

I("en", "summary", f"Vet visit: 12 goats vaccinated for PPR, vaccine batch {rs(2, UPPER)}{dg(6)}, next due Jun 2027. Paid KSh 2,400.")

I("en", "user_msg", f"police gave me OB number OB/{R.randint(10, 60)}/{R.randint(1, 28):02d}/11/2026 for the stolen goat. do i need it for insurance?")

I("en", "tool_output", f"Easy Coach booking\nTicket No: EC{dg(8)}\nSeat 14A Nairobi -> Kisumu\nDep 21:00 Fri 12 Dec\nFare KES 1,800")

I("en", "user_msg", f"pay electricity: Paybill 888880, account number is the meter {dg(11)}, amount 1000. do it for me pls")

I("en", "tool_output", f"Wise transfer #{dg(9)}\nYou sent 250.00 GBP\nRecipient gets 51,870.00 KES\nStatus: Money sent to recipient's bank")

I("en", "lesson", "Telegram bot docs use `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11` as the example token. It is not a real token; the shop's real one lives in the server env only.")

I("en", "tool_call", "http_request " + J({"url": "https://graph.facebook.com/v19.0/me/messages", "headers": {"Authorization": "Bearer <PAGE_ACCESS_TOKEN>"}, "note": "template only; user will fill token in the app settings"}))

I("en", "tool_output", f"[main {git_sha()[:7]}] fix: stop logging password field in signup form\n 2 files changed, 3 insertions(+), 9 deletions(-)")

I("en", "tool_output", f"POST /login 401 user=mama_bakes token=[REDACTED] ip=102.89.{R.randint(1, 254)}.{R.randint(1, 254)} ua=Android/13")

I("en", "user_msg", f"card BIN 4{dg(5)} what bank is that? the customer paid and i want to know if its local")

I("en", "user_msg", f"i paid with the card ending {dg(4)}, amazon order {dg(3)}-{dg(7)}-{dg(7)}. where is it")

v = vin()
I("en", "tool_output", f"Logbook search\nReg: KMF{dg(3)}{R.choice(UPPER)}\nChassis/VIN: {v}\nMake: Bajaj Boxer 150\nOwner: (hidden)")

I("en", "user_msg", f"land title LR No. 209/{dg(5)} plot near the river. the surveyor says the beacon moved, who do i call")

I("en", "summary", f"Tea delivered to factory: member no. KTDA/{dg(4)}/2019, 63 kg green leaf on 3 Dec, slip no {dg(6)}.")

I("en", "tool_output", f"NHIF receipt\nReceipt No: {rs(2, UPPER)}{dg(8)}\nAmount: KES 500\nPeriod: November 2026\nPaid via M-PESA {mpesa_receipt()}")

I("en", "user_msg", "what is a good password for my new email? my grandson says not my birthday. give me an idea how to make one i can remember")

I("en", "agent_thought", f"The checksum he read from the router screen is CRC32 {hx(8).upper()}; that matches the firmware file, so the update is genuine. Nothing sensitive in this.")

I("en", "tool_output", f"Order #{dg(6)} confirmed\nItems: 3x Chicken feed 50kg\nDelivery to: Box 221, Nakuru\nTracking: {dg(12)} (FedEx)\nTotal: KES 10,650")

I("en", "user_msg", f"hospital appointment ref APT-{dg(7)} on 18 Jan 10:30, Ward 4. can you remind me the day before")

I("en", "tool_output", f"Sample .env.example\nMPESA_CONSUMER_KEY=your_consumer_key_here\nMPESA_CONSUMER_SECRET=your_consumer_secret_here\nMPESA_PASSKEY=<passkey from Daraja portal>")

I("en", "summary", f"Remittance fees compared for sending $200 to Manila: Remitly $3.99, WorldRemit $2.99, Western Union $5.00. User picked WorldRemit; transfer ID {dg(8)}.")

I("en", "user_msg", "the otp did not come. i pressed resend 3 times. my network is bad here in the village")

# =====================================================================
# SPANISH / SPANGLISH
# =====================================================================
v = pin4()
S("es", "user_msg", f"Hola mijo, mi mamá me pidió que le guardes la clave del cajero: {v}. Ella tiene 78 años y se le olvida todo, cuando te pregunte se la dices", v)

v = curp_mx()
S("es", "tool_call", "fill_form " + J({"tramite": "pasaporte_consulado_houston", "nombre": "Juana Hernández López", "curp": v, "cita": "2027-01-22 09:40"}), v)

v = nie_es()
S("es", "user_msg", f"para el contrato del piso en Murcia me piden el NIE, el mío es {v}. me ayudas a rellenar?", v)

v = dg(6)
S("es", "user_msg", f"BBVA: {v} es tu codigo para confirmar la operacion de 3.500,00 MXN. No lo compartas con nadie, BBVA nunca te lo pedira.\n\nme llegó esto y yo no hice nada", v)

v = clabe_mx()
S("es", "user_msg", f"que mi hermano me mande los dolares a mi CLABE {v} de Banorte, a nombre de Rosa Elvia Mtz. escribele bonito", v)

v = pin4()
S("es", "user_msg", f"oye my Cash App pin es {v}, no se lo digas a mi esposo jaja. its for the tanda money", v)

v = pin4()
S("es", "agent_thought", f"La señora Carmen me dictó el PIN de su tarjeta del Bienestar en palabras: '{words(v, 'es')}'. No lo voy a repetir; solo le explico cómo cambiarlo en el cajero.", words(v, "es"))

r = f"#MX-{dg(7)}"
I("es", "tool_output", f"Tu pedido {r} ha sido enviado.\nPaquetería: Estafeta\nNúmero de guía: {dg(22)}\nEntrega estimada: 9 de diciembre")

I("es", "user_msg", "olvidé mi contraseña de Banco Azteca y en la sucursal me dijeron que lleve mi INE. la INE es la credencial de votar verdad?")

I("es", "summary", "Factura emitida a público en general con RFC genérico XAXX010101000 por $1,250.00 MXN (venta de tamales, 50 piezas). Folio fiscal pendiente de timbrar.")

I("es", "user_msg", f"cuánto cobran por mandar 200 dólares a Guatemala? mi primo dice que Remitly le cobró 3.99 y le llegaron Q1,536.40. el número de confirmación era {dg(8)}")

I("es", "tool_output", f"Recibo de luz CFE\nNo. de servicio: {dg(12)}\nPeriodo: 12 OCT 26 - 12 DIC 26\nTotal a pagar: $487.00\nFecha límite: 22 DIC 26")

I("es", "lesson", f"La clave de rastreo SPEI ({rs(4, UPPER)}{dg(16)}) sirve para consultar en Banxico si llegó la transferencia; no es contraseña y se puede compartir con el destinatario.")

# =====================================================================
# PORTUGUESE (BR, PT, MZ, AO)
# =====================================================================
v = cpf()
S("pt", "user_msg", f"oi, pode colocar meu cpf {v} no cadastro da farmácia? é pra pegar o desconto do remédio da pressão", v)

v = pw(4)
S("pt", "user_msg", f"a senha do app do Bradesco é {v} mas ele fica dizendo senha inválida. meu neto mudou ontem", v)

v = f"{dg(3)}-{dg(3)}"
S("pt", "user_msg", f"Seu código do WhatsApp: {v}\nNão compartilhe esse código com outras pessoas\n\numa moça do grupo da igreja pediu pra eu mandar esse código pra ela, mando?", v)

v = iban_pt()
S("pt", "summary", f"Emigrante em Lisboa quer receber o reembolso do IRS na conta {grp(v)} (Millennium, titular Ana Cristina Sousa). NIF fica guardado só no formulário.", grp(v))

v = nif_pt()
S("pt", "tool_call", "fill_form " + J({"formulario": "AIMA_renovacao_autorizacao_residencia", "nome": "Eduardo Mondlane Cossa", "nif": v, "telefone": "+351 912 345 678"}), v)

v = pin4()
S("pt", "user_msg", f"o meu pin do M-Pesa Vodacom é {v}. quando a minha filha ligar da África do Sul diz-lhe que já mandei o dinheiro da escola", v)

v = dg(6)
S("pt", "user_msg", f"Unitel Money: o seu código de levantamento é {v}. Válido por 24h. Apresente no agente com o BI.\n\nmanda isso pro meu irmão em Huambo que ele vai levantar", v)

I("pt", "user_msg", f"minha chave pix aleatória é {uuid4()} , pode mandar pros clientes da minha marmitaria?")

I("pt", "tool_output", "Pix Copia e Cola gerado:\n" + brcode_pix(uuid4(), f"{R.randint(15, 90)}.00", "MARMITARIA DONA LU", "RECIFE"))

I("pt", "tool_call", "emitir_nota " + J({"cnpj_emitente": cnpj(), "razao_social": "Padaria Pão Quente LTDA", "valor": 184.50, "cfop": "5102"}))

I("pt", "user_msg", f"o boleto da escola veio com essa linha digitável: {dg(5)}.{dg(5)} {dg(5)}.{dg(6)} {dg(5)}.{dg(6)} {dg(1)} {dg(14)} dá pra pagar pelo app?")

I("pt", "tool_output", f"Correios - Rastreamento\nObjeto: {s10_tracking('NL', 'BR')}\nStatus: Objeto saiu para entrega ao destinatário\nRecife/PE - 07/12/2026 08:41")

I("pt", "lesson", "Quando a dona Lu disser 'esqueci a senha', não pedir a senha antiga nem o código SMS; mandar o link de 'Esqueci minha senha' do próprio banco.")

# =====================================================================
# FRENCH (FR, SN, CI, CM, HT diaspora)
# =====================================================================
v = dg(6)
S("fr", "user_msg", f"Orange Money: Votre code de retrait est {v}. Montant 50 000 FCFA. Ne communiquez ce code qu'au bénéficiaire.\n\nenvoie ça à ma tante à Thiès stp", v)

nir, spaced = nir_fr()
S("fr", "user_msg", f"la CAF demande mon numéro de sécu, c'est {spaced}. tu peux remplir pour moi, je comprends pas le formulaire", spaced)

v = iban_fr()
S("fr", "tool_call", "fill_form " + J({"formulaire": "RIB_employeur", "titulaire": "Moussa Diallo", "iban": v, "bic": "BNPAFRPPXXX"}), v)

v = pin4()
S("fr", "user_msg", f"mon code confidentiel CB c'est {v}, ma fille a dit de pas le dire mais toi t'es un robot donc ça va non?", v)

v = pin4()
S("fr", "user_msg", f"wsh frère le code de la porte du bâtiment B c'est {v}A, dis au livreur de monter au 4e", f"{v}A")

v = siret_fr()
I("fr", "tool_output", f"Fiche entreprise\nDénomination : BOULANGERIE DU MARCHÉ\nSIRET : {v[:3]} {v[3:6]} {v[6:9]} {v[9:]}\nCode APE : 1071C\nAdresse : 12 rue des Lilas, 93200 Saint-Denis")

I("fr", "user_msg", f"Transaction réussie. ID: CI{dg(6)}.{dg(4)}.{rs(1, UPPER)}{dg(5)}. Vous avez envoyé 25 000 FCFA au {R.choice(['07', '05', '01'])} {dg(2)} {dg(2)} {dg(2)} {dg(2)}. Nouveau solde: 3 450 FCFA.\nil a reçu?")

I("fr", "tool_output", f"Colissimo - suivi {dg(1)}{rs(1, UPPER)}{dg(11)}\nVotre colis est en cours d'acheminement vers Dakar.\nPoids : 2,4 kg")

I("fr", "user_msg", "j'ai oublié mon mot de passe Ameli, et le code par SMS n'arrive jamais. je dois aller à la CPAM?")

I("fr", "lesson", "Un RIB contient le BIC et l'IBAN : l'IBAN d'un particulier ne doit pas être gardé en mémoire. En revanche le BIC seul (ex. SOGEFRPP) est public et sans risque.")

# =====================================================================
# GERMAN
# =====================================================================
v = steuer_id()
S("de", "user_msg", f"Arbeitgeber will meine Steuer-ID für die Lohnabrechnung, hier: {v[:2]} {v[2:5]} {v[5:8]} {v[8:]}. kannst du die Mail schreiben?", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}")

v = kvnr_de()
S("de", "tool_call", "fill_form " + J({"formular": "Arzttermin Doctolib", "patient": "Oma Hilde Brandt", "versichertennummer": v, "kasse": "AOK Nordost"}), v)

v = iban_de()
S("de", "user_msg", f"Schick bitte an die Vermieterin: Kaution kommt zurück auf mein Konto {grp(v)}, Inhaber Yusuf Demir", grp(v))

v = dg(6)
S("de", "user_msg", f"Ihre mobileTAN lautet {v} für die Überweisung von 1.200,00 EUR an H. Krüger. Bitte prüfen Sie die Empfängerdaten.\n\nist das normal? ich hab nix überwiesen", v)

I("de", "tool_output", f"Impressum\nGemüsehof Lindenau GbR\nAmtsgericht Leipzig HRA {dg(5)}\nUSt-IdNr.: DE{dg(9)}\nTel. 0341 {dg(6)}")

I("de", "user_msg", f"DHL Sendungsnummer {dg(12)} steht seit 3 Tagen 'in Zustellung'. Paket mit Medikamenten für Papa")

I("de", "summary", "Oma hat ihr Passwort für das Online-Banking vergessen; ich habe ihr erklärt, wie sie über 'Zugangsdaten vergessen' einen neuen Brief bekommt. Kein Passwort geteilt.")

I("de", "tool_output", f"Rechnung Nr. 2026-{dg(4)}\nKundennummer: {dg(8)}\nBetrag: 64,90 €\nFällig: 15.12.2026\nVerwendungszweck: RE{dg(6)}")

# =====================================================================
# ITALIAN
# =====================================================================
v = cf_it()
S("it", "user_msg", f"mi serve il codice fiscale nel modulo del CAF, il mio è {v}. scrivilo tu che io sbaglio sempre le lettere", v)

v = pin4()
S("it", "user_msg", f"il pin della postepay di mia mamma è {v}, lei ha 80 anni e non ci vede, se chiama diglielo tu", v)

v = iban_it()
S("it", "tool_call", "send_message " + J({"to": "Zio Pino", "text": f"Ciao zio, per l'affitto del terreno l'IBAN è {v} intestato a Francesca Esposito. Grazie!"}), v)

I("it", "tool_output", f"Fattura n. {R.randint(10, 300)}/2026\nAzienda Agricola Il Fico di Rocco\nP.IVA {piva_it()}\nImponibile € 320,00 IVA 4%")

I("it", "user_msg", f"il pacco SDA con codice {dg(13)} non è arrivato, e il corriere non risponde. è il regalo per il nipote")

I("it", "lesson", "Quando la signora chiede 'qual è il codice?' spesso intende il numero della raccomandata, non un codice segreto: chiedere sempre di che codice parla.")

# =====================================================================
# POLISH
# =====================================================================
v = pesel()
S("pl", "user_msg", f"mama potrzebuje e-receptę, jej PESEL {v}. zadzwonisz do przychodni?", v)

v = f"{dg(3)} {dg(3)}"
S("pl", "user_msg", f"kod BLIK {v} – wpisz szybko na Allegro, ważny 2 minuty!! kupuję nasiona", v)

v = iban_pl()
S("pl", "user_msg", f"syn z Irlandii ma przelać na moje konto PL{v[2:4]} {grp(v[4:])}. napisz mu to ładnie", f"PL{v[2:4]} {grp(v[4:])}")

I("pl", "tool_output", f"Dane firmy\nNazwa: Sklep Spożywczy „U Basi”\nNIP: {nip_pl()}\nREGON: {dg(9)}\nAdres: ul. Lipowa 4, 21-500 Biała Podlaska")

I("pl", "user_msg", f"paczka InPost nr {dg(24)} czeka w paczkomacie BPO01M, ale kod odbioru mi się skasował. co robić?")

I("pl", "summary", "Pan Zenon zapomniał hasła do bankowości. Wyjaśniłem, że musi zadzwonić na infolinię banku; nie podawał hasła ani kodów.")

# =====================================================================
# TURKISH
# =====================================================================
v = tckn()
S("tr", "user_msg", f"annemin TC kimlik no {v}, e-nabızdan randevu alabilir misin? kolesterol için", v)

v = pw(2)
S("tr", "user_msg", f"e-Devlet şifrem {v} ama giriş yapamıyorum, 'hatalı şifre' diyor. Almanya'dan bakıyorum", v)

v = iban_tr()
S("tr", "tool_call", "send_message " + J({"to": "Ahmet abi", "text": f"Abi kira için IBAN: {grp(v)} (Ziraat, Fatma Yılmaz). Açıklamaya 'Aralık kira' yaz."}), grp(v))

v = dg(6)
S("tr", "user_msg", f"Tek kullanımlık şifreniz: {v}. Bu şifreyi kimseyle paylaşmayınız. -Garanti BBVA\nkargo görevlisi istiyor bu kodu, vereyim mi", v)

I("tr", "tool_output", f"Yurtiçi Kargo\nGönderi takip no: {dg(12)}\nDurum: Dağıtıma çıktı\nAlıcı: S. K***\nTahmini teslim: 08.12.2026")

I("tr", "user_msg", f"manavın vergi numarası {dg(10)}, fatura kesecekler. bu bilgi yeterli mi?")

I("tr", "summary", "Kullanıcı 'şifremi unuttum' dedi; e-Devlet şifresinin PTT'den alınabileceğini anlattım. Hiçbir şifre paylaşılmadı.")

# =====================================================================
# RUSSIAN
# =====================================================================
v = snils()
S("ru", "user_msg", f"для госуслуг нужен СНИЛС мамы: {v}. заполни пожалуйста, у неё пенсия не пришла", v)

v = f"{dg(2)} {dg(2)} {dg(6)}"
S("ru", "user_msg", f"паспорт серия и номер {v}, выдан ГУ МВД. это для патента, я из Ташкента работаю тут", v)

v = card("mc")
v = "2202" + v[4:-1]
v = v + luhn_digit(v)
S("ru", "tool_output", f"Распознано с фото карты:\nМИР\n{grp(v)}\nVALID THRU {expiry()}\nIVAN PETROV", grp(v))

v = dg(4)
S("ru", "user_msg", f"Код: {v}. Никому не говорите код, даже сотруднику банка!\n\nпозвонили из банка, просят продиктовать этот код, это нормально?", v)

I("ru", "tool_output", f"Сведения об организации\nООО «Огородник»\nИНН {inn_ru10()}\nОГРН 1{dg(12)}\nКПП {dg(9)}")

I("ru", "user_msg", f"трек-номер посылки {s10_tracking('RA', 'RU')}, бабушке отправил варенье в Самару. где она сейчас?")

I("ru", "summary", f"Заказ №{dg(8)} на Wildberries оформлен, пункт выдачи ул. Ленина 14. Оплата картой •••• {dg(4)}.")

# =====================================================================
# UKRAINIAN
# =====================================================================
v = rnokpp_ua()
S("uk", "user_msg", f"мій РНОКПП {v}, потрібно для допомоги в Польщі, заповни анкету будь ласка", v)

v = iban_ua()
S("uk", "user_msg", f"мамі на картку не виходить, давай на рахунок {v} (Приват, Оксана Ковальчук)", v)

v = pw(1)
S("uk", "agent_thought", f"Бабуся продиктувала пароль від Дії: {v}. Не зберігаю його; підкажу, як увійти через BankID.", v)

I("uk", "tool_output", f"Нова пошта\nТТН {R.choice(['20', '59'])}{dg(12)}\nВідділення №{R.randint(1, 300)}, Київ\nСтатус: Прибула у відділення")

I("uk", "user_msg", f"код ЄДРПОУ фермерського господарства {dg(8)}, це потрібно для договору на зерно?")

I("uk", "lesson", "Коли банк пише 'нікому не повідомляйте код', це стосується коду з SMS. Номер картки в маскованому вигляді 4149 •••• •••• 1234 можна показувати.")

# =====================================================================
# ARABIC (MSA / Gulf) with Arabic-Indic digits
# =====================================================================
v = loc(sa_id("2"), "arabic")
S("ar", "user_msg", f"رقم الإقامة حقي {v} ، أبغى أجدد الإقامة في أبشر قبل ما تنتهي", v)

v = loc(dg(4), "arabic")
S("ar", "user_msg", f"رمز التحقق الخاص بك هو {v} لا تشاركه مع أحد. -أبشر\nأرسلها للمكتب؟", v)

v = iban_sa()
S("ar", "tool_call", "send_message " + J({"to": "أبو خالد", "text": f"السلام عليكم، حول الراتب على الآيبان {v} باسم محمد عبدالله، الراجحي. جزاك الله خير"}), v)

v = emirates_id()
S("ar", "user_msg", f"رقم الهوية الإماراتية {v} ، احجز لي موعد في المستشفى للفحص", v)

I("ar", "tool_output", f"رقم الطلب: {loc(dg(9), 'arabic')}\nالحالة: تم الشحن\nشركة الشحن: سمسا\nرقم التتبع: {dg(12)}")

I("ar", "user_msg", f"السجل التجاري للبقالة رقم {loc('10' + dg(8), 'arabic')} ، هل أحتاجه لفتح حساب تاجر في مدى؟")

I("ar", "summary", f"رقم جوال الوالد {loc(phone('+966').replace('+966 ', '0'), 'arabic')} ورقم الأخ {phone('+971')}. تم إنشاء مجموعة العائلة.")

I("ar", "lesson", "إذا قال المستخدم 'نسيت كلمة المرور' لا أطلب منه أي رمز؛ أرسل له رابط الاستعادة الرسمي فقط.")

# =====================================================================
# EGYPTIAN ARABIC
# =====================================================================
v = eg_nid()
S("arz", "user_msg", f"الرقم القومي بتاعي {v} عشان استمارة تكافل وكرامة، اكتبها انت", v)

v = loc(pin4(), "arabic")
S("arz", "user_msg", f"الرقم السري بتاع فودافون كاش {v} ، ابعت لأختي ٥٠٠ جنيه", v)

v = dg(6)
S("arz", "user_msg", f"الكود {v} وصلني من انستاباي، واحد كلمني وقال انه من البنك وعايز الكود. اديهوله؟", v)

I("arz", "tool_output", f"تمت العملية بنجاح\nرقم العملية: {dg(12)}\nتم تحويل ٥٠٠ جنيه إلى 010{dg(8)}\nرصيدك الحالي ١٢٣٫٥٠ جنيه")

I("arz", "user_msg", f"رقم فوري المرجعي {dg(9)} لدفع فاتورة الكهربا، ادفعه من أي مكنة فوري؟")

I("arz", "user_msg", "نسيت الباسورد بتاع الفيس وكل ما أطلب كود مش بيوصل، أعمل ايه؟")

# =====================================================================
# ARABIZI (Arabic in Latin letters)
# =====================================================================
v = pin4()
S("ar-Latn", "user_msg", f"ya 3am el pin bta3 el visa {v} , matensash t2oli lw nseet, ana keda keda bansa", v)

v = pw(1)
S("ar-Latn", "user_msg", f"el password bta3 el wifi fel ma7al: {v} , e3tih lel customers law talabo", v)

I("ar-Latn", "user_msg", "3ayez a7gez 2 tickets le Alex youm el 5, el atr el sa3a 7 el sob7. fi makan?")

I("ar-Latn", "user_msg", f"el order raqam {dg(7)} lessa mawselsh, w el rakam bta3 el mandoob 01{dg(9)}")

# =====================================================================
# PERSIAN
# =====================================================================
v = loc(melli_ir(), "persian")
S("fa", "user_msg", f"کد ملی مادرم {v} هست، برای ثبت نام سهام عدالت لازمه", v)

v = loc(dg(6), "persian")
S("fa", "user_msg", f"رمز دوم کارتم {v} ، برای خرید شارژ ازش استفاده کن", v)

v = ir_card()
S("fa", "tool_output", f"اطلاعات کارت استخراج شده:\nبانک ملت\n{grp(v, 4, '-')}\nتاریخ انقضا ۰۵/۰۷\nCVV2 در تصویر دیده نمی‌شود", grp(v, 4, "-"))

I("fa", "tool_output", f"پرداخت موفق\nکد رهگیری: {loc(dg(12), 'persian')}\nمبلغ: ۲۵۰٬۰۰۰ تومان\nشماره پیگیری: {dg(6)}")

I("fa", "user_msg", f"کد پستی خونه‌مون {loc(dg(10), 'persian')} ، برای ارسال بسته از دیجی‌کالا درسته؟")

I("fa", "summary", "کاربر گفت رمز اینترنت بانکش را فراموش کرده؛ راه بازیابی از طریق شعبه را توضیح دادم. هیچ رمزی رد و بدل نشد.")

# =====================================================================
# URDU / ROMAN URDU
# =====================================================================
v = cnic_pk()
S("ur", "user_msg", f"میرا شناختی کارڈ نمبر {v} ہے، احساس پروگرام میں رجسٹر کر دیں", v)

v = pin4()
S("ur-Latn", "user_msg", f"jazzcash ka mpin {v} hai, ammi ko 5000 bhejne hain Lahore. jaldi karo yaar", v)

v = dg(6)
S("ur-Latn", "user_msg", f"easypaisa ka OTP {v} aya hai, bhai keh raha hai mujhe bhejo, bhejun?", v)

v = iban_pk()
S("ur", "tool_call", "send_message " + J({"to": "بھائی جان دبئی", "text": f"السلام علیکم، پیسے اس اکاؤنٹ میں بھیجیں: {v} (حبیب بینک، نام زینب بی بی)"}), v)

I("ur-Latn", "user_msg", f"TID {dg(11)} ka screenshot bhej diya hai dukaan wale ko, phir bhi keh raha hai paise nahi aaye")

I("ur", "tool_output", f"آپ کا آرڈر نمبر {dg(8)} روانہ ہو چکا ہے۔ ٹریکنگ: TCS {dg(10)}۔ رابطہ: {phone('+92')}")

I("ur-Latn", "lesson", "Jab koi 'mera pin block ho gaya' kahe to pin mat poocho; helpline 111 pe call ka bolo.")

# =====================================================================
# HINDI / HINGLISH
# =====================================================================
v = loc(aadhaar(), "deva")
S("hi", "user_msg", f"मेरा आधार नंबर {v} है, पीएम किसान की किस्त नहीं आई, चेक कर दो", v)

v = dg(6)
S("hi", "user_msg", f"{v} आपका OTP है। इसे किसी के साथ साझा न करें। -SBI\nबेटा ये गैस एजेंसी वाला पूछ रहा है", v)

v = pin4()
S("hi-Latn", "user_msg", f"papa ka ATM pin {words(v, 'hi')} hai, unko yaad nahi rehta, jab puchhe bata dena", words(v, "hi"))

v = pan_person()
S("hi-Latn", "tool_call", "fill_form " + J({"form": "ITR-1 helper", "name": "Sunita Yadav", "pan": v, "assessment_year": "2026-27"}), v)

v = pw(1)
S("hi-Latn", "user_msg", f"IRCTC ka password {v} hai, tatkal ticket book kar do Patna ke liye kal subah 10 baje", v)

I("hi", "tool_output", f"PNR: {dg(10)}\nट्रेन: 12309 राजधानी एक्सप्रेस\nकोच B3 सीट 41\nस्थिति: CNF")

I("hi", "user_msg", f"UPI लेनदेन सफल। UTR: {dg(12)}। ₹1,200 राजू किराना को भेजे गए। क्या उसे मिल गया?")

I("hi-Latn", "user_msg", f"shop ka UPI id raju.kirana{dg(2)}@okaxis hai, QR pe likha hai, customers ko bhej do")

I("hi-Latn", "tool_output", f"GSTIN: {gstin()}\nTrade name: SHREE GANESH KIRANA STORE\nStatus: Active\nIFSC of linked bank: SBIN0{dg(6)}")

I("hi", "summary", "बुज़ुर्ग उपयोगकर्ता ने पूछा कि पासवर्ड कैसे बदलें; मैंने स्टेप बताए। कोई पासवर्ड साझा नहीं हुआ।")

# =====================================================================
# BENGALI
# =====================================================================
v = loc(pin4() + dg(1), "beng")
S("bn", "user_msg", f"আমার বিকাশ পিন {v}, আম্মাকে ২০০০ টাকা পাঠাও সিলেটে", v)

v = loc(dg(10), "beng")
S("bn", "user_msg", f"জাতীয় পরিচয়পত্র নম্বর {v}, সৌদি যাওয়ার জন্য বিএমইটি কার্ড করতে লাগবে", v)

v = dg(6)
S("bn", "user_msg", f"Your Nagad verification code is {v}. ভাই এটা কাউকে দিবো? এক লোক ফোন করে চাইছে", v)

I("bn", "tool_output", f"Cash In সফল। TrxID {rs(10, UPPER + DIG)}। পরিমাণ ৳৫,০০০। নতুন ব্যালেন্স ৳৭,২৩০.৫০। {loc('০১৭', 'beng')}{dg(8)}")

I("bn", "user_msg", f"দোকানের ট্রেড লাইসেন্স নম্বর {dg(6)}/{R.randint(2020, 2026)}, নবায়ন কবে করতে হবে?")

I("bn", "lesson", "বিকাশের TrxID শেয়ার করা নিরাপদ, পিন নয়। ব্যবহারকারীকে এই পার্থক্য বুঝিয়ে বলতে হবে।")

# =====================================================================
# TAMIL / TELUGU / MARATHI / NEPALI / SINHALA
# =====================================================================
v = aadhaar()
S("ta", "user_msg", f"அம்மாவின் ஆதார் எண் {v}. ரேஷன் கார்டுடன் இணைக்க வேண்டும், உதவுங்கள்", v)

v = dg(6)
S("ta", "user_msg", f"OTP {v} வந்திருக்கு, கூரியர் பையன் கேக்கறான் கொடுக்கலாமா?", v)

I("ta", "tool_output", f"ஆர்டர் எண்: OD{dg(18)}\nடெலிவரி: 9 டிசம்பர்\nமொத்தம்: ₹2,349")

I("ta", "user_msg", "பாஸ்வேர்ட் மறந்துவிட்டேன், வங்கி ஆப் திறக்கவில்லை. என்ன செய்வது?")

v = loc(pin4(), "tel")
S("te", "user_msg", f"నా ATM పిన్ {v}, మర్చిపోతాను, గుర్తు పెట్టుకో", v)

I("te", "user_msg", f"రైతు బంధు డబ్బులు వచ్చాయా? పట్టాదారు పాస్‌బుక్ నంబర్ T{dg(11)}, ఖాతా చివరి 4 అంకెలు {dg(4)}")

I("te", "tool_output", f"మీ ఫోన్‌పే లావాదేవీ విజయవంతం. లావాదేవీ ID: T{dg(21)}. ₹450 చెల్లించబడింది")

v = pw(4)
S("mr", "user_msg", f"माझ्या ईमेलचा पासवर्ड {v} आहे, मुलीने बदलला होता. लॉगिन करून दे", v)

I("mr", "summary", f"कांदा विक्री: २२ क्विंटल, दर ₹१,८५० प्रति क्विंटल, लासलगाव बाजार समिती पावती क्र. {loc(dg(6), 'deva')}.")

v = loc(pin4(), "nep")
S("ne", "user_msg", f"eSewa को MPIN {v} हो, आमालाई ५००० पठाइदिनु", v)

v = f"{dg(3)}-{dg(4)}-{dg(4)}"
S("ne", "user_msg", f"IME बाट पैसा पठाएँ, कन्ट्रोल नम्बर {v}, बुबालाई भनिदिनु बैंकमा गएर झिक्नु", v)

I("ne", "tool_output", f"कारोबार सफल। Transaction Code: {rs(3, UPPER)}{dg(7)}। रकम: रु. ५,०००। मिति: २०८३-०८-२१")

I("ne", "user_msg", f"कतारबाट आएको लेबर परमिट नम्बर {dg(7)}/{R.randint(2080, 2083)} के हो? यो पासवर्ड हो कि?")

v = nic_lk()
S("si", "user_msg", f"මගේ ජාතික හැඳුනුම්පත් අංකය {v}. ගල්ෆ් රැකියාවට ලියාපදිංචි කරන්න", v)

I("si", "tool_output", f"ඇණවුම් අංකය: DRZ{dg(9)}\nබෙදාහැරීම: කොළඹ 05\nමුදල: රු. 3,450")

# =====================================================================
# SWAHILI / SHENG
# =====================================================================
v = pin4()
S("sw", "user_msg", f"namba yangu ya siri ya M-Pesa ni {v}, nitumie mama Kisii elfu mbili", v)

v = pin4()
S("sw", "user_msg", f"pin ni {words(v, 'sw')}, usiambie mtu. nataka kuangalia salio tu", words(v, "sw"))

v = dg(8)
S("sw", "user_msg", f"kitambulisho changu namba {v}, nisaidie kujaza fomu ya Hustler Fund", v)

v = pw(4)
S("sw", "user_msg", f"bro password ya iCloud ni {v}, nime-forget na simu imelock. saidia aki", v)

I("sw", "user_msg", f"Lipa na M-Pesa till namba {dg(6)}, jina MAMA ROSE MBOGA. nimeweka kwa bango la duka, iko sawa?")

I("sw", "tool_output", f"{mpesa_receipt()} Imethibitishwa. Ksh500.00 imetumwa kwa KPLC PREPAID akaunti {dg(11)} tarehe 7/12/26 saa 9:14 AM. Salio lako la M-PESA ni Ksh1,240.00.")

I("sw", "summary", "Mkulima aliuliza bei ya mbolea ya DAP: Ksh 2,500 kwa mfuko wa kilo 50 (ruzuku). Hakuna taarifa za siri zilizotolewa.")

I("sw", "user_msg", "nimesahau PIN yangu ya M-Pesa, nifanyeje? safaricom wanasema nijibu maswali ya usalama")

# =====================================================================
# YORUBA / HAUSA / IGBO / NIGERIAN PIDGIN
# =====================================================================
v = "22" + dg(9)
S("yo", "user_msg", f"BVN mi ni {v}, jọ̀wọ́ ràn mí lọ́wọ́ láti ṣí àkáǹtì tuntun ní Moniepoint", v)

v = pin4()
S("yo", "user_msg", f"PIN káàdì ATM mi ni {words(v, 'yo')}. má sọ fún ẹnikẹ́ni o", words(v, "yo"))

I("yo", "user_msg", f"Mo ti san ₦15,000 fún àwọn ọmọ ilé-ìwé. Reference: {dg(20)}. Ṣé ó ti dé?")

v = dg(11)
S("ha", "user_msg", f"lambar NIN dina {v}, ka taimaka min in haɗa da layin MTN dina", v)

v = pin4()
S("ha", "user_msg", f"PIN na Opay shine {v}, ka tura wa Baba Kano naira dubu goma", v)

I("ha", "user_msg", f"An tura kuɗi. Transaction ID: {dg(30)}. Lambar waya ta mai karɓa 080{dg(8)}")

v = pw(0)
S("ig", "user_msg", f"paswọọdụ m maka Facebook bụ {v}, nyere m aka ịbanye, ekwentị m gbanwere", v)

I("ig", "tool_output", f"Nọmba ọda: {dg(10)}\nỌnụahịa: ₦24,500\nNnyefe: Onitsha Main Market, Line 3 Shop {R.randint(1, 200)}")

v = "22" + dg(9)
S("pcm", "user_msg", f"abeg my BVN na {v}, the bank people say make I update am for the new account. help me write am", v)

v = dg(6)
S("pcm", "user_msg", f"dem send me OTP {v} now now, one guy call say na from GTBank make I read am give am. e dey legit?", v)

v = pin4()
S("pcm", "agent_thought", f"Oga Chinedu talk say im POS pin na {v} and e wan make I remember am. I no go keep am; I go tell am make e write am for safe place.", v)

I("pcm", "user_msg", f"I don pay the shop rent, session ID {dg(30)}. abeg confirm say e don land")

I("pcm", "user_msg", "I forget my password again o, dem say make I reset am with email but I no sabi the email password too")

I("pcm", "tool_output", f"Opay Receipt\nAmount: ₦50,000.00\nRecipient: IFEANYI OKEKE | Access Bank | 0{dg(3)}******\nTransaction No.: {dg(20)}")

# =====================================================================
# AMHARIC / SOMALI / ZULU / AFRIKAANS / LUGANDA / TWI
# =====================================================================
v = pin4()
S("am", "user_msg", f"የቴሌብር ፒን ቁጥሬ {v} ነው። ለእናቴ 1000 ብር ላክልኝ", v)

v = fayda_et()
S("am", "user_msg", f"የፋይዳ መታወቂያ ቁጥሬ {v} ነው፣ የባንክ ሂሳብ ለመክፈት ይፈለጋል", v)

I("am", "tool_output", f"ግብይቱ ተሳክቷል። የግብይት ቁጥር: {rs(10, UPPER + DIG)}። መጠን: 1,000.00 ብር። ቀሪ ሂሳብ: 345.20 ብር")

I("am", "user_msg", "የይለፍ ቃሌን ረሳሁት። አዲስ እንዴት ላወጣ?")

v = pin4()
S("so", "user_msg", f"EVC Plus pin-kaygu waa {v}, u dir hooyo $50 Hargeysa", v)

v = dg(6)
S("so", "user_msg", f"Koodhkaaga xaqiijinta waa {v}. Ha la wadaagin cidna.\nnin baa i waca oo codsanaya, ma siiyaa?", v)

I("so", "user_msg", f"Waxaad u dirtay $50 063{dg(7)}. Tix: {dg(10)}. Haraaga: $12.40. ma gaaray?")

v = za_id()
S("zu", "user_msg", f"inombolo kamazisi yomazisi {v[:6]} {v[6:10]} {v[10:]}, ngicela ungisize ngefomu ye-SASSA", f"{v[:6]} {v[6:10]} {v[10:]}")

v = pin4()
S("zu", "user_msg", f"iphinikhodi yekhadi likaGogo ngu {v}, uma ebuza umtshele", v)

I("zu", "tool_output", f"Inombolo ye-oda: {dg(9)}\nUmkhiqizo: Ummbila 50kg\nIntengo: R489.99\nUkulethwa: Msinga, 4 Dec")

v = za_id()
S("af", "user_msg", f"my ID-nommer is {v}, vul asseblief die SASSA-vorm vir my in, ek sukkel met die foon", v)

I("af", "tool_output", f"Bestelling #{dg(7)} bevestig\nMaatskappy-registrasienommer: {R.randint(2005, 2025)}/{dg(6)}/07\nBTW-nommer: 4{dg(9)}\nAflewering: Worcester 6850")

I("af", "user_msg", "ek het my wagwoord vergeet vir die bank-app. ma sê ek moet by die tak gaan, is dit reg?")

v = pin4()
S("lg", "user_msg", f"PIN yange eya MTN MoMo ye {v}, sindikira maama emitwalo ebiri e Masaka", v)

v = "CM" + dg(2) + rs(10, UPPER + DIG)
S("lg", "user_msg", f"NIN yange ye {v}, nnyamba okuwandiisa SIM card", v)

I("lg", "user_msg", f"Nsasudde UGX 50,000. Transaction ID: {dg(11)}. Omuwendo gwe nsigazza: UGX 3,200. Mu maaso mwa 0772{dg(6)}")

v = ghana_card()
S("tw", "user_msg", f"me Ghana Card nɔma ne {v}, boa me na me nkyerɛw SIM registration no", v)

v = pin4()
S("tw", "user_msg", f"me MoMo PIN yɛ {v}, mesrɛ wo kae ma me", v)

I("tw", "tool_output", f"Payment received for GHS 200.00 from KWAME ASANTE. Transaction ID: {dg(11)}. Current Balance: GHS 540.20. Reference: chop money")

# =====================================================================
# INDONESIAN / MALAY / TAGALOG-TAGLISH
# =====================================================================
v = nik_id()
S("id", "user_msg", f"NIK saya {v}, tolong daftarin BPJS buat ibu saya juga ya", v)

v = dg(6)
S("id", "user_msg", f"JANGAN BERIKAN kode ini kpd siapapun termasuk pihak DANA. Kode OTP: {v}\nkurirnya minta kode ini, kasih gak?", v)

v = dg(6)
S("id", "user_msg", f"pin gopay aku {v} wkwk jgn bilang2 ya, buat bayar sayur di warung", v)

I("id", "user_msg", f"Nomor Virtual Account BCA: {dg(5)}{dg(11)}. Bayar sebelum 8 Des 23:59. Total Rp 245.000. ini aman?")

I("id", "tool_output", f"Resi JNE: {rs(4, UPPER)}{dg(12)}\nStatus: Paket sedang dalam perjalanan ke Medan\nBerat: 1 kg")

I("id", "summary", "Penjual kerupuk minta bantu buat katalog WhatsApp; harga Rp 15.000 per bungkus, minimal order 10. Tidak ada data rahasia.")

v = mykad()
S("ms", "user_msg", f"nombor IC saya {v}, tolong isi borang STR untuk saya", v)

v = dg(6)
S("ms", "user_msg", f"RM0 Maybank2u: TAC {v} untuk pemindahan RM1,500.00 ke akaun 1624****3321. Jangan kongsi TAC anda.\nbetul ke ni dari bank?", v)

I("ms", "tool_output", f"Pesanan Shopee {dg(6)}{rs(8, UPPER + DIG)} telah dihantar.\nNo. penjejakan: SPXMY{dg(12)}\nJumlah: RM 38.90")

v = pin4() + dg(2)
S("tl", "user_msg", f"ate pa-send naman kay nanay 2k sa gcash, mpin ko {v}. salamat po", v)

v = sss_ph()
S("tl", "user_msg", f"yung SSS number ko po {v}, pa-check naman kung nahulugan ng employer ko sa Riyadh", v)

v = dg(6)
S("tl", "user_msg", f"Your GCash Authentication code is {v}. Never share your code. \n\nmay nagtext na taga GCash daw sya, ibigay ko ba?", v)

I("tl", "tool_output", f"You have sent PHP 2,000.00 to NANAY LORNA 09{dg(9)} on 12-07-2026 10:14 AM. Ref. No. {dg(13)}. Your new balance is PHP 1,245.50.")

I("tl", "user_msg", "nakalimutan ko password ng email ko, pano po i-reset? hindi ko na alam yung recovery number")

I("tl", "tool_output", f"LBC Tracking No: {dg(12)}\nStatus: Out for delivery — Tacloban City\nBalikbayan box (1), 32 kg")

# =====================================================================
# VIETNAMESE / THAI / BURMESE / KHMER
# =====================================================================
v = cccd_vn()
S("vi", "user_msg", f"số CCCD của mẹ là {v}, con đăng ký tiêm phòng cho mẹ giúp nha", v)

v = dg(6)
S("vi", "user_msg", f"Ma OTP cua Quy khach la {v}. Tuyet doi KHONG cung cap ma nay cho bat ky ai.\nshipper hỏi mã này là sao?", v)

v = dg1(10)
S("vi", "user_msg", f"anh gửi tiền về cho ba số tài khoản Vietcombank {v} tên NGUYEN VAN BA nha", v)

I("vi", "tool_output", f"Mã vận đơn: GHN{rs(5, UPPER + DIG)}\nĐơn hàng #{dg(10)}\nTrạng thái: Đang giao\nCOD: 350.000đ")

I("vi", "user_msg", f"mã giao dịch {rs(2, 'FT')}{dg(14)} chuyển 5.000.000đ cho chủ vựa lúa, họ nói chưa nhận được")

I("vi", "summary", "Bà cụ quên mật khẩu Zalo; đã hướng dẫn lấy lại bằng số điện thoại. Không có mật khẩu nào được chia sẻ.")

v = thai_id()
S("th", "user_msg", f"เลขบัตรประชาชนแม่ {v} ช่วยลงทะเบียนเงินช่วยเหลือเกษตรกรให้หน่อย", v)

v = loc(dg(6), "thai")
S("th", "user_msg", f"รหัส OTP คือ {v} (Ref: {rs(4, UPPER)}) ห้ามบอกรหัสนี้กับผู้อื่น\nมีคนโทรมาขอ ให้ไหม?", v)

I("th", "tool_output", f"เลขพัสดุ Kerry: {rs(4, UPPER)}{dg(10)}\nสถานะ: กำลังนำส่ง\nปลายทาง: เชียงใหม่")

I("th", "user_msg", f"พร้อมเพย์ร้านส้มตำ เบอร์ {loc('08' + dg(8), 'thai')} ลูกค้าโอนมาได้เลยไหม")

v = loc(pin4() + dg(2), "burm")
S("my", "user_msg", f"KBZPay PIN က {v} ပါ၊ အမေ့ဆီ ငွေ ၅၀၀၀၀ ပို့ပေးပါ", v)

v = f"12/MaYaKa(N){dg(6)}"
S("my", "user_msg", f"မှတ်ပုံတင်နံပါတ် {v} ပါ၊ ထိုင်းမှာ အလုပ်လုပ်ဖို့ ဖောင်ဖြည့်ပေးပါ", v)

I("my", "tool_output", f"ငွေလွှဲ အောင်မြင်ပါသည်။ Transaction No: {dg(16)}။ ပမာဏ: {loc('50000', 'burm')} ကျပ်")

v = loc(pin4(), "khmer")
S("km", "user_msg", f"លេខកូដ ABA របស់ខ្ញុំគឺ {v} សូមផ្ញើលុយទៅម្តាយ", v)

I("km", "user_msg", f"ខ្ញុំបានផ្ញើ $100 ទៅ Wing លេខប្រតិបត្តិការ {dg(10)} តើគាត់ទទួលបានទេ?")

# =====================================================================
# CHINESE / CANTONESE / JAPANESE / KOREAN
# =====================================================================
v = cn_id()
S("zh", "user_msg", f"我妈的身份证号是{v}，帮她在医保App上绑定一下，她不会用智能手机", v)

v = dg(6)
S("zh", "user_msg", f"【支付宝】验证码{v}，用于登录，5分钟内有效。请勿泄露！\n快递员说要这个码才能派件，给吗？", v)

v = words(pin4() + dg(2), "zh", "")
S("zh", "user_msg", f"微信支付密码是{v}，老人家记不住，下次问你你告诉她", v)

I("zh", "tool_output", f"订单号：{dg(19)}\n快递：顺丰 SF{dg(13)}\n状态：已签收")

I("zh", "user_msg", f"我们合作社的统一社会信用代码是{uscc_cn()}，开发票够用吗？")

I("zh", "summary", "奶奶问怎么改登录密码，已一步步讲解。她没有把密码告诉我，这样做是对的。")

v = hkid()
S("yue", "user_msg", f"我阿媽嘅身份證號碼係{v}，幫佢預約打疫苗啦唔該", v)

v = dg(6)
S("yue", "user_msg", f"銀行個SMS話驗證碼係{v}，有個人打嚟話係銀行職員要我講，我應唔應該講？", v)

I("yue", "tool_output", f"訂單編號：HK{dg(10)}\n送貨地址：九龍深水埗福華街\n金額：HK$268.00")

v = mynumber_jp()
S("ja", "user_msg", f"母のマイナンバーは{v}です。医療費控除の書類に書いてください", v)

v = loc(pin4(), "full")
S("ja", "user_msg", f"キャッシュカードの暗証番号は{v}です。忘れたら教えてね", v)

I("ja", "tool_output", f"ヤマト運輸 お問い合わせ伝票番号：{dg(4)}-{dg(4)}-{dg(4)}\n配達予定：12月9日 午前中")

I("ja", "user_msg", f"うちの農園の法人番号は{jp_corp()}です。請求書に載せても大丈夫ですか？")

v = kr_rrn()
S("ko", "user_msg", f"엄마 주민번호 {v} 이에요. 건강보험 피부양자 등록 좀 도와주세요", v)

v = dg(6)
S("ko", "user_msg", f"[Web발신] 인증번호 [{v}]를 입력해주세요. 타인에게 절대 알려주지 마세요.\n택배기사가 이거 알려달래요", v)

I("ko", "tool_output", f"사업자등록번호: {kr_bizno()}\n상호: 할매순대국\n대표: 김순자\n개업일: 2011-03-02")

I("ko", "user_msg", f"운송장번호 {dg(12)} 로 조회하니까 배송중이래요. 김장김치 언제 와요?")

# =====================================================================
# GREEK / ROMANIAN / DUTCH / HEBREW / HAITIAN CREOLE
# =====================================================================
v = amka_gr()
S("el", "user_msg", f"ο ΑΜΚΑ της γιαγιάς είναι {v}, κλείσε της ραντεβού στον γιατρό σε παρακαλώ", v)

v = pw(4)
S("el", "user_msg", f"ο κωδικός για το Taxisnet είναι {v}, μπες να δεις αν ήρθε το επίδομα", v)

I("el", "tool_output", f"Αριθμός ΓΕΜΗ: {dg(12)}\nΕπωνυμία: ΦΟΥΡΝΟΣ Ο ΑΓΙΟΣ ΝΙΚΟΛΑΟΣ\nΑριθμός παραγγελίας: {dg(7)}")

v = cnp_ro()
S("ro", "user_msg", f"CNP-ul meu e {v}, completează te rog formularul pentru alocația copilului, sunt în Spania", v)

v = iban_ro()
S("ro", "user_msg", f"trimite-i lui tata banii pe contul {v} (Banca Transilvania, Ion Popescu)", v)

I("ro", "tool_output", f"Firma: FERMA VERDE SRL\nCUI: RO{dg(8)}\nNr. Reg. Com.: J{R.randint(1, 40)}/{dg(4)}/2019\nAWB Fan Courier: {dg(13)}")

v = bsn()
S("nl", "user_msg", f"mijn BSN is {v}, kun je de toeslagen aanvraag invullen? ik snap het niet goed", v)

v = iban_nl()
S("nl", "user_msg", f"stuur het geld voor de huur naar {grp(v)} t.n.v. Fatima El Amrani", grp(v))

I("nl", "tool_output", f"KvK-nummer: {dg(8)}\nHandelsnaam: Groentewinkel De Markt\nPostcode: 3031 {rs(2, UPPER)}\nVestigingsnummer: {dg(12)}")

v = il_id()
S("he", "user_msg", f"מספר תעודת הזהות של אבא שלי {v}, תקבע לו תור בקופת חולים בבקשה", v)

v = dg(6)
S("he", "user_msg", f"קוד האימות שלך הוא {v}. אין למסור קוד זה לאף אחד.\nמישהו מהבנק התקשר וביקש, למסור?", v)

I("he", "tool_output", f"ח.פ. {dg(9)}\nמכולת השכונה בע\"מ\nמספר הזמנה: {dg(8)}\nסה\"כ: 184.90 ₪")

v = pin4()
S("ht", "user_msg", f"PIN MonCash mwen se {v}, voye 2000 goud bay manman m Okap souple", v)

I("ht", "user_msg", f"Mwen voye lajan an, nimewo tranzaksyon an se {dg(12)}. Eske li rive?")

I("ht", "user_msg", "Mwen bliye modpas mwen pou imel la, kijan pou m chanje l?")

# =====================================================================
# GEORGIAN / ARMENIAN / KAZAKH / UZBEK
# =====================================================================
v = ge_pid()
S("ka", "user_msg", f"ჩემი პირადი ნომერია {v}, დამეხმარე იუსტიციის სახლში ჩაწერაში", v)

v = iban_ge()
S("ka", "user_msg", f"დედას გადაურიცხე ფული ანგარიშზე {v}, თიბისი", v)

I("ka", "tool_output", f"შეკვეთის ნომერი: {dg(8)}\nსაიდენტიფიკაციო კოდი (კომპანია): 4{dg(8)}\nთანხა: 45.00 ₾")

v = dg(10)
S("hy", "user_msg", f"իմ սոցիալական քարտի համարն է {v}, օգնիր լրացնել թոշակի դիմումը", v)

I("hy", "tool_output", f"Պատվերի համար՝ {dg(9)}\nԱռաքում՝ Գյումրի\nԳումար՝ 12,500 ֏")

v = iin_kz()
S("kk", "user_msg", f"менің ЖСН {v}, eGov-та анықтама алуға көмектесші", v)

v = dg(4)
S("kk", "user_msg", f"Kaspi.kz: код подтверждения {v}. Никому не сообщайте.\nбіреу қоңырау шалып сұрап тұр, берейін бе?", v)

I("kk", "tool_output", f"БСН: {dg(12)}\nЖШС «Алатау Агро»\nТапсырыс №{dg(7)}\nСомасы: 24 500 ₸")

v = pinfl_uz()
S("uz", "user_msg", f"mening JShShIR raqamim {v}, Rossiyada ishlash uchun patent arizasini to'ldirib ber", v)

v = dg(6)
S("uz", "user_msg", f"Click: tasdiqlash kodi {v}. Kodni hech kimga bermang.\nbir odam so'rayapti, beraymi?", v)

I("uz", "user_msg", f"pul jo'natdim, chek raqami {dg(12)}, summa 500 000 so'm. onam oldimi?")

# =====================================================================
# MORE MIXED RECORDS (secrets)
# =====================================================================
v = f"{R.randint(1, 9)}-{R.randint(1, 9)}-{dg(4)}"
S("zh", "user_msg", f"【丰巢】您的快递已到福华小区3号柜，取件码{v}，请及时取件。\n帮我转给楼下王阿姨，让她帮我拿一下", v)

v = pw(2)
S("en", "tool_call", "send_whatsapp " + J({"to": phone("+256"), "message": f"Hi Brenda, your shop email is brenda@kampalafabrics.co.ug and the temporary password is {v} - change it after first login."}), v)

v = "EAAA" + rs(60, B64URL)
S("en", "summary", f"Connected the market stall's Square reader to the inventory sheet. Production access token used: {v}. Sync runs every 30 min.", v)

v = pw(4)
S("es", "lesson", f"El wifi del invernadero (red 'Invernadero_Don_Chuy') tiene la contraseña {v}; los trabajadores nuevos la piden cada semana, pero solo el capataz la da.", v)

S("fr", "agent_thought", "Pour la question secrète de la banque elle a répondu « nom de jeune fille de ma mère : Traoré-Koné ». Je ne le garde pas en mémoire à long terme.", "Traoré-Koné")

v = f"{rs(4, UPPER + DIG)}-{rs(4, UPPER + DIG)}-{rs(4, UPPER + DIG)}"
S("de", "tool_output", f"ELSTER Registrierung\nIhr Aktivierungs-Code (Teil 2 per Post folgt): {v}\nGültig bis 06.03.2027", v)

v = seed_phrase(12)
S("pt", "lesson", f"A dona Neide guardou a frase de recuperação da carteira (USDT do filho) aqui no chat: '{v}'. Orientar a escrever em papel e apagar daqui.", v)

v = pw(3)
S("ar", "tool_call", "login " + J({"site": "https://www.absher.sa", "username": "abu_faisal77", "password": v}), v)

v = f"{dg(2)}-{dg(2)}-{dg(2)}"
S("hi-Latn", "user_msg", f"hostel ke locker ka code {v} hai, mera passport usme hai, yaad rakhna bhai", v)

v = f"{rs(3, UPPER)}-{dg(3)}-{dg(3)}-{dg(4)}"
S("tl", "user_msg", f"Palawan Express padala: KPTN {v}, halagang 5,000. ibigay mo kay tita para ma-claim niya sa branch", v)

v = dg(16)
S("id", "user_msg", f"Kode Tarik Tunai kamu: {v}. Berlaku 1 jam di Indomaret. jangan kasih tau siapa2, ini buat adikku ambil uang", v)

v = pw(1)
S("vi", "user_msg", f"pass wifi quán cà phê là {v} nha em, khách hỏi thì đưa", v)

v = rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
S("en", "tool_output", f"Set up authenticator app\nCan't scan the QR code? Enter this key instead:\n{grp(v.lower(), 4)}\nAccount: orders@ngozicrafts.com", grp(v.lower(), 4))

v = f"{R.randint(10, 59)}-{R.randint(10, 59)}-{R.randint(10, 59)}"
S("en", "agent_thought", f"Mr. Adeyemi said the shop safe opens with {v} and asked me to tell his wife tonight. I should send it only to her number, not post it in the family group.", v)

# =====================================================================
# MORE MIXED RECORDS (innocents)
# =====================================================================
def sepa_cid() -> str:
    nat = "0" + dg(10)
    full = iban("DE", nat)
    return f"DE{full[2:4]}ZZZ{nat}"


I("en", "agent_thought", f"The code she read off the router (S/N {dg(13)}) is the serial number, not the WiFi password. I'll ask her to look for 'Wireless Password' on the sticker instead.")
I("en", "tool_output", f"PaymentIntent created\nid: pi_{rs(24)}\ncustomer: cus_{rs(14)}\namount: 4500\ncurrency: kes\nstatus: requires_payment_method")
I("en", "lesson", "Authenticator docs use JBSWY3DPEHPK3PXP as the example secret key; it is public sample text. Real keys shown on setup screens must not be saved.")
I("en", "tool_output", f"docker pull ghcr.io/shopstack/pos:2.8.1\nDigest: sha256:{sha256_hex()}\nStatus: Downloaded newer image")
I("en", "user_msg", f"router page shows MAC {':'.join(hx(2).upper() for _ in range(6))} and IP 192.168.0.1, what is MAC? do i need to keep it secret")
I("en", "user_msg", "dial *#06# to see the imei, the phone shop guy told me. then *334# for mpesa menu. i wrote both down")
I("en", "summary", f"UK bank details for the rent: sort code {dg(2)}-{dg(2)}-{dg(2)}, account number ending ****{dg(4)}. Landlord has the full details already; nothing else stored.")

I("es", "lesson", "En las guías del SAT la CURP aparece como 'AAAA000000HDFXXX00' solo como ejemplo de formato; no es de nadie.")
I("es", "user_msg", f"el código postal de mi tía es 28013 Madrid y su teléfono {phone('+52')}. le mando las medicinas por DHL")
I("pt", "tool_output", f"INSS - Requerimento registrado\nProtocolo: {dg(9)}\nServiço: Aposentadoria por idade rural\nCEP informado: {dg(5)}-{dg(3)}")
I("fr", "lesson", "Exemple d'IBAN donné dans le guide de la banque : FR76 3000 6000 0112 3456 7890 189 — c'est un exemple public, pas un compte client.")
I("fr", "user_msg", f"numéro de dossier préfecture {R.randint(75, 95)}-{R.randint(2025, 2026)}-{dg(6)} pour le titre de séjour, comment je vois où ça en est?")
I("de", "tool_output", f"SEPA-Lastschriftmandat\nGläubiger: Hofladen Meyer GbR\nGläubiger-ID: {sepa_cid()}\nMandatsreferenz: ML-{dg(6)}")
I("nl", "lesson", "Voorbeeld-IBAN NL91 ABNA 0417 1643 00 staat in elke handleiding; niet verwarren met het echte rekeningnummer van de gebruiker.")
I("ar", "user_msg", f"سعر كيس الأرز ٥٠ كيلو {loc('185', 'arabic')} ريال، والتوصيل يوم {loc('15', 'arabic')} جمادى الآخرة {loc('1448', 'arabic')}")
I("fa", "lesson", "در راهنمای بانک شبا به شکل IR00 0000 0000 0000 0000 0000 00 نوشته شده؛ این فقط قالب است و شماره واقعی نیست.")
I("hi", "user_msg", f"किसान क्रेडिट कार्ड हेल्पलाइन 1800-180-1551 है ना? मेरा आवेदन नंबर {dg(14)} है")
I("sw", "user_msg", f"wakala namba {dg(6)}, store {dg(6)}. nilitoa pesa elfu tano hapo jana, je ni sahihi?")
I("zh", "user_msg", f"订单尾号{dg(4)}，退款单号{dg(16)}，钱什么时候到账？")
I("ja", "user_msg", f"実家の住所は〒{dg(3)}-{dg(4)} 長野県です。りんごを送るので伝票番号{dg(12)}を控えてください")
I("tr", "tool_output", f"e-Arşiv Fatura\nETTN: {uuid4().upper()}\nFatura No: GIB2026{dg(9)}\nToplam: 1.250,00 TL")
I("ru", "user_msg", f"перевод по СБП на номер {phone('+7')} прошёл, номер операции {rs(1, UPPER)}{dg(31)}")
I("vi", "tool_output", f"Mã số thuế doanh nghiệp: 0{dg(9)}\nTên: HTX NÔNG NGHIỆP AN PHÚ\nĐịa chỉ: An Giang")
I("id", "user_msg", f"nomor pelanggan PLN saya {dg(12)}, token listrik belum masuk padahal udah bayar Rp 100.000")
I("tl", "tool_output", f"Meralco Bill\nCustomer Account No.: {dg(10)}\nBilling period: Nov 2026\nAmount due: PHP 2,318.45")
I("bn", "user_msg", f"বিকাশ হেল্পলাইন {loc('16247', 'beng')} এ কল দিলাম, ওরা বললো অভিযোগ নম্বর {dg(8)}")
I("ur-Latn", "user_msg", f"LESCO bill ka reference number {dg(14)} hai, online kaise pay karun?")
I("ha", "user_msg", "don tura kudi a GTBank ana danna *737*1*adadi# ko? ko *737*2*? na manta")
I("yo", "user_msg", "ṣé *894# ni fún First Bank? mo fẹ́ ra káàdì fóònù ₦500")
I("am", "user_msg", "የቴሌብር አገልግሎት ለማግኘት *127# ልደውል? ወይስ መተግበሪያውን ላውርድ?")
I("ko", "summary", f"할머니 주문: 김장용 배추 20포기, 주문번호 {dg(8)}-{dg(7)}, 배송 12월 10일. 비밀번호 관련 내용 없음.")
I("it", "tool_output", f"Ricevuta PagoPA\nCodice avviso: {dg(18)}\nEnte: Comune di Bari\nImporto: € 87,00")
I("pl", "tool_output", f"Zamówienie nr {dg(10)} opłacone BLIK-iem\nNumer transakcji: {dg(12)}\nKwota: 129,99 zł")
I("uk", "user_msg", f"номер декларації митниці {dg(8)}/{dg(8)}, посилка з Польщі зависла на кордоні")
I("el", "user_msg", f"ο ταχυδρομικός κώδικας είναι {dg(3)} {dg(2)} και το τηλέφωνο του θείου {dg(10)}")
I("he", "user_msg", f"מספר משלוח {rs(2, UPPER)}{dg(9)}IL הגיע לסניף הדואר? זה התרופות של סבתא")
I("th", "summary", f"ขายทุเรียน 120 กก. ราคา {loc('150', 'thai')} บาท/กก. ใบเสร็จเลขที่ {dg(8)}")
I("pcm", "agent_thought", f"Na the POS terminal ID ({rs(8, UPPER + DIG)}) Mama Bisi send, no be her PIN. E safe to use am to check the failed transaction.")
I("ms", "lesson", "Nombor rujukan DuitNow (cth. 2026120712345678) boleh dikongsi untuk semak pemindahan; TAC dan PIN tidak boleh.")
I("ro", "user_msg", f"nr. comandă eMAG {dg(9)}, AWB {dg(13)}. coletul cu semințe n-a ajuns")


# ---------------------------------------------------------------- integrity
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret and _s.secret in _s.text, _s.id
for _x in SECRETS + INNOCENT:  # type: ignore[operator]
    assert 1 <= len(_x.text.splitlines()) <= 12, _x.id
for _s in SECRETS:
    _c = _s.secret.replace(" ", "").replace("-", "")
    if len(_c) >= 15 and _c[:2].isalpha() and _c[:2].isupper() and _c[2:4].isdigit() and _c[4:].isalnum() \
            and _c.isascii():
        assert iban_ok(_c), _s.id
    if _c.isdigit() and 15 <= len(_c) <= 19 and _c[0] in "3456" and "card" in _s.text.lower():
        assert luhn_ok(_c), _s.id
del _ids, _s, _x, _c
