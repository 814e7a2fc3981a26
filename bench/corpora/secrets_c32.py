"""Corpus 32 - secrets vs. innocent look-alikes in everyday messages to AI assistants.

Started: Mon Dec  7 15:35:30 UTC 2026

Totals: 224 SECRETS, 229 INNOCENT; 47 language tags
(English 30% of secrets, 29% of innocents).

Counts by language tag (secrets/innocent):
  en=English 68/66, es=Spanish 9/11, hi-Latn=Hinglish 6/8, sw=Swahili 6/8
  ar=Arabic (Egyptian/Gulf/MSA) 6/7, fr=French 7/6, pt=Portuguese 6/6, id=Indonesian 6/5
  hi=Hindi 5/5, ko=Korean 5/5, tl=Tagalog/Taglish 5/5, vi=Vietnamese 5/5, ja=Japanese 4/5
  tr=Turkish 4/5, ar-Latn=Arabizi 4/4, bn=Bengali 4/4, ha=Hausa 4/4, ru=Russian 4/4
  th=Thai 4/4, zh=Chinese 4/4, de=German 3/3, fa=Persian 3/3, ms=Malay 3/3
  pcm=Nigerian Pidgin 3/3, pl=Polish 3/3, ru-Latn=Russian translit 3/3, uk=Ukrainian 3/3
  ur=Urdu 3/3, ur-Latn=Roman Urdu 3/3, yo=Yoruba 3/3, af=Afrikaans 2/2, am=Amharic 2/2
  el=Greek 2/2, el-Latn=Greeklish 2/2, he=Hebrew 2/2, it=Italian 2/2, nl=Dutch 2/2
  ro=Romanian 2/2, so=Somali 2/2, ta=Tamil 2/2, zu=Zulu 2/2, ht=Haitian Creole 1/1
  ig=Igbo 1/1, mr=Marathi 1/1, ne=Nepali 1/1, si=Sinhala 1/1, te=Telugu 1/1

Counts by setting (secrets/innocent):
  FAM    parents / grandparents / family           57 / 46
  STU    students                                  13 / 14
  SHOP   shopkeepers / market traders              36 / 63
  DRV    drivers / delivery riders                  9 / 19
  FARM   farmers / co-operatives                   10 / 9
  CARE   nurses / carers / patients                13 / 9
  RENT   tenants / landlords                       12 / 6
  MIG    migrants / paperwork                      38 / 19
  FAITH  church / mosque / temple volunteers        6 / 13
  CLUB   sports and hobby clubs                     8 / 13
  GAME   online gamers                             10 / 10
  CRYPTO crypto hobbyists                          12 / 8

Counts by record kind (secrets/innocent):
  MSG    person's message                                     163 / 150
  REPLY  assistant reply / reasoning                            6 / 9
  CALL   tool call with JSON arguments                         22 / 10
  OUT    tool output (SMS inbox, app screen, receipt, email)   24 / 26
  SUM    summary                                                6 / 8
  LESSON lesson / note                                          3 / 26

Setting: messages from ordinary people to AI assistants and the assistants' records of them
(person's message, assistant reply/reasoning, tool call with JSON args, tool output such as SMS
inboxes / app screens / receipts, summaries, lessons).  Everything is synthetic and generated at
import time from random.Random(SEED); names are invented, phone numbers are random.

Labelling choices
* `secret` is the single most critical span.  Some texts hold further sensitive values that are
  NOT labelled (API key beside its secret key, the other half of a card split over two messages,
  the remaining backup codes, the e-mail beside a password, the account number beside a PIN).
* Numbers said in words ("nane mbili moja tano", "ocho dos siete cinco"), digit-by-digit with
  spaces, in local digits (Devanagari, Bengali, Tamil, Telugu, Thai, Arabic-Indic, Persian,
  full-width) or wrapped in emoji are labelled as the exact span as written.
* Secrets quoted inside assistant replies, summaries and lessons are still SECRET.
* Check digits are valid: Luhn (cards, SA ID, Canada SIN, Israeli ID, Saudi iqama, Emirates ID,
  Greek AMKA; innocent IMEIs), IBAN mod-97 plus national checks where known (ES, FR RIB key, PT
  NIB, PL sort code, NL 11-proof), Aadhaar Verhoeff, CPF, TC Kimlik, PESEL, Chile RUT, China RIC,
  Thai ID, Korean RRN (legacy), Japanese My Number, French NIR key, German Steuer-ID and KVNR,
  Dutch BSN, Russian SNILS and INN, Ukrainian RNOKPP, CURP, Spanish DNI/NIE letter, Argentine
  CUIL, NHS number, Australian TFN and Medicare, Iranian national code, Portuguese NIF, Romanian
  CNP, Greek AFM, HKID, Nigerian NUBAN; innocent GSTIN (mod 36), UPU S10 tracking numbers, ABA
  routing numbers and base58check BTC addresses.  WIF private keys have a valid base58check.
  Formats without a published check (SSN, NINO, PAN, EPIC, CNIC, NIK, CCCD, Egyptian NID, KRA
  PIN, Ghana Card, NIN, BVN, Kenyan/Bangladeshi/Sri Lankan IDs, MyKad, SSS, Fayda, passports,
  driving licences, Jamaican TRN, A-number) only follow the shape.
* Seed phrases use words from a subset of the BIP-39 English list; the BIP-39 checksum word is
  NOT guaranteed valid (no full word list in this self-contained file).
* Borderline calls:
  - IMEI -> INNOCENT (device identifier, not a credential).  Serial and model numbers INNOCENT.
  - Public receive addresses (BTC/ETH) and transaction hashes -> INNOCENT; private keys, WIF,
    seed phrases, exchange API secrets and 2FA setup keys -> SECRET.
  - Player IDs (Free Fire, Mobile Legends, Lien Quan, SteamID64), gamer tags -> INNOCENT; game
    passwords and Steam Guard / SMS codes -> SECRET.
  - Business identifiers (GSTIN, company no., business KRA PIN "P...", paybill/till/merchant
    numbers, ABA routing number) -> INNOCENT; personal tax IDs (KRA PIN "A...", PAN, TFN,
    Steuer-ID, INN, NIF, AFM, TRN) -> SECRET.
  - Reference numbers (USCIS receipt no., GWF ref, PNR, booking ref, airline ticket no., order,
    tracking, invoice, receipt, transaction IDs incl. M-Pesa/GCash/bKash, deposit certificate,
    bet-slip booking code, exam roll no./so bao danh, co-op member no., customer no., prepaid
    meter no., appointment no.) -> INNOCENT.
  - Postal codes next to code words (Indian "PIN code", Thai "rahat praisani", Arabic "al-ramz
    al-baridi", Persian "code posti", Polish "kod pocztowy", French "code postal") -> INNOCENT.
  - Airtime scratch-card PIN, parcel-locker pickup code, BLIK code, SIM PUK -> SECRET (bearer
    or one-time codes).
  - Accounts/IBANs of private persons, including "pay me into this account" -> SECRET; masked
    numbers (**** 2507, XX4417, XXXX XXXX 4412) -> INNOCENT.
  - Example weak PINs/passwords in advice ("1234", "0000", "password123") -> INNOCENT.
  - Usernames, e-mails, UPI IDs and Wi-Fi network names alone -> INNOCENT.
  - Locker NUMBER -> INNOCENT; locker COMBINATION -> SECRET.  Security answers -> SECRET.
"""
from __future__ import annotations

import hashlib
import json
import random
import string
from typing import NamedTuple


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SEED = 3_207_1249
R = random.Random(SEED)

SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
# side tables (not part of the required interface): id -> (setting, record kind)
META: dict[str, tuple[str, str]] = {}

SETTINGS = {
    "FAM": "parents / grandparents / family",
    "STU": "students",
    "SHOP": "shopkeepers / market traders",
    "DRV": "drivers / delivery riders",
    "FARM": "farmers / co-operatives",
    "CARE": "nurses / carers / patients",
    "RENT": "tenants / landlords",
    "MIG": "migrants / paperwork",
    "FAITH": "church / mosque / temple volunteers",
    "CLUB": "sports and hobby clubs",
    "GAME": "online gamers",
    "CRYPTO": "crypto hobbyists",
}
KINDS = {
    "MSG": "person's message",
    "REPLY": "assistant reply / reasoning",
    "CALL": "tool call with JSON arguments",
    "OUT": "tool output (SMS inbox, app screen, receipt, email)",
    "SUM": "summary",
    "LESSON": "lesson / note",
}


def S(lang: str, setting: str, kind: str, text: str, secret: str) -> None:
    assert setting in SETTINGS and kind in KINDS, (setting, kind)
    assert secret and secret in text, (lang, secret, text)
    sid = f"c32-s-{len(SECRETS) + 1:03d}-{lang}"
    SECRETS.append(Secret(sid, text, secret))
    META[sid] = (setting, kind)


def I(lang: str, setting: str, kind: str, text: str) -> None:
    assert setting in SETTINGS and kind in KINDS, (setting, kind)
    iid = f"c32-i-{len(INNOCENT) + 1:03d}-{lang}"
    INNOCENT.append(Innocent(iid, text))
    META[iid] = (setting, kind)


def L(*lines: str) -> str:
    return "\n".join(lines)


def J(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- generators
DIG = "0123456789"


def d(n: int) -> str:
    return "".join(R.choice(DIG) for _ in range(n))


def dn(n: int) -> str:
    return R.choice("123456789") + d(n - 1)


def U(n: int) -> str:
    return "".join(R.choice(string.ascii_uppercase) for _ in range(n))


def low(n: int) -> str:
    return "".join(R.choice(string.ascii_lowercase) for _ in range(n))


def an(n: int, chars: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(chars) for _ in range(n))


def hx(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def pick(seq):
    return R.choice(seq)


def grp(s: str, k: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + k] for i in range(0, len(s), k))


def pw_rand(n: int = 12) -> str:
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits, "!@#$%&*?+="]
    chars = [R.choice(p) for p in pools]
    allc = "".join(pools)
    chars += [R.choice(allc) for _ in range(n - len(chars))]
    R.shuffle(chars)
    return "".join(chars)


def pw_word(words, sep_choices=("@", "#", "!", "_", ".", "", "$", "*")) -> str:
    w = R.choice(words)
    if R.random() < 0.5:
        w = w.capitalize()
    tail = str(R.randint(1965, 2024)) if R.random() < 0.5 else d(R.choice([2, 3, 4]))
    return w + R.choice(sep_choices) + tail


# --- Luhn (cards, IMEI, SA ID, Canada SIN, Israel ID, Saudi ID, Emirates ID, IMSS NSS)
def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_num(prefix: str, length: int) -> str:
    body = prefix + d(length - 1 - len(prefix))
    return body + luhn_digit(body)


def card(kind: str = "visa") -> str:
    if kind == "visa":
        return luhn_num("4" + d(5), 16)
    if kind == "mc":
        return luhn_num(R.choice(["51", "52", "53", "54", "55"]) + d(4), 16)
    if kind == "amex":
        return luhn_num(R.choice(["34", "37"]), 15)
    if kind == "rupay":
        return luhn_num(R.choice(["6521", "6522", "6080"]), 16)
    if kind == "verve":
        return luhn_num("506" + R.choice(["099", "100", "110"]), 19)
    raise ValueError(kind)


# --- IBAN mod-97
def iban(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def es_bban() -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(ten: str) -> str:
        r = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
        return "0" if r == 11 else ("1" if r == 10 else str(r))

    ent, off, acc = d(4), d(4), d(10)
    return ent + off + dc("00" + ent + off) + dc(acc) + acc


def fr_bban() -> str:
    bank, branch, acc = dn(5), d(5), d(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{bank}{branch}{acc}{key:02d}"


def pt_bban() -> str:
    body = d(4) + d(4) + d(11)
    chk = 98 - (int(body) * 100) % 97
    return f"{body}{chk:02d}"


def be_bban() -> str:
    while True:
        ten = dn(10)
        c = int(ten) % 97
        if c == 0:
            c = 97
        return f"{ten}{c:02d}"


def pl_bban() -> str:
    first7 = dn(7)
    s = sum(int(a) * b for a, b in zip(first7, [3, 9, 7, 1, 3, 9, 7]))
    return first7 + str((10 - s % 10) % 10) + d(16)


def nl_bban() -> str:
    while True:
        acc = d(9)
        s = sum(int(a) * b for a, b in zip(acc, range(9, 0, -1)))
        if s % 11 == 0 and acc[0] != "0":
            return R.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + "0" + acc


# --- Nigeria NUBAN (10-digit account with check digit)
def nuban(bank: str = "058") -> str:
    serial = d(9)
    w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    s = sum(int(a) * b for a, b in zip(bank + serial, w))
    return serial + str((10 - s % 10) % 10)


# --- Verhoeff (Aadhaar)
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 7, 0, 8, 6], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar() -> str:
    body = R.choice("23456789") + d(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    out = body + str(_VINV[c])
    assert verhoeff_ok(out)
    return out


def pan_in(surname_initial: str) -> str:
    return U(3) + "P" + surname_initial + d(4) + U(1)


def epic_in() -> str:
    return U(3) + d(7)


# --- Brazil CPF
def cpf() -> str:
    n = [int(c) for c in dn(9)]
    for k in (10, 11):
        s = sum(a * b for a, b in zip(n, range(k, 1, -1)))
        r = s % 11
        n.append(0 if r < 2 else 11 - r)
    t = "".join(map(str, n))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"


# --- South Africa ID (YYMMDD SSSS C A Z, Luhn)
def za_id(female: bool | None = None) -> str:
    yy, mm, dd = R.randint(55, 99), R.randint(1, 12), R.randint(1, 28)
    seq = R.randint(0, 4999) if female else (R.randint(5000, 9999) if female is False else R.randint(0, 9999))
    body = f"{yy:02d}{mm:02d}{dd:02d}{seq:04d}0{R.choice('89')}"
    return body + luhn_digit(body)


# --- Turkey TC Kimlik No
def tckn() -> str:
    n = [int(c) for c in dn(9)]
    d10 = ((n[0] + n[2] + n[4] + n[6] + n[8]) * 7 - (n[1] + n[3] + n[5] + n[7])) % 10
    n.append(d10)
    n.append(sum(n) % 10)
    return "".join(map(str, n))


# --- Poland PESEL
def pesel() -> str:
    y = R.randint(1950, 2005)
    m = R.randint(1, 12) + (20 if y >= 2000 else 0)
    body = f"{y % 100:02d}{m:02d}{R.randint(1, 28):02d}{d(4)}"
    s = sum(int(a) * b for a, b in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return body + str((10 - s % 10) % 10)


# --- Chile RUT
def rut(lo: int = 6_000_000, hi: int = 24_999_999) -> str:
    body = str(R.randint(lo, hi))
    s = sum(int(c) * w for c, w in zip(reversed(body), [2, 3, 4, 5, 6, 7] * 2))
    r = 11 - s % 11
    dv = "0" if r == 11 else ("K" if r == 10 else str(r))
    return f"{int(body):,}".replace(",", ".") + "-" + dv


# --- China resident ID
def cn_id(female: bool = False) -> str:
    area = R.choice(["440106", "110105", "510107", "320102", "330106", "420111"])
    seq = d(2) + R.choice("02468" if female else "13579")
    body = f"{area}{R.randint(1960, 2004)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{seq}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(body, w))
    return body + "10X98765432"[s % 11]


# --- Thailand national ID
def th_id() -> str:
    body = R.choice("12345678") + d(11)
    s = sum(int(body[i]) * (13 - i) for i in range(12))
    return body + str((11 - s % 11) % 10)


def th_fmt(t: str) -> str:
    return f"{t[0]}-{t[1:5]}-{t[5:10]}-{t[10:12]}-{t[12]}"


# --- Korea RRN (legacy checksum)
def kr_rrn() -> str:
    y = R.randint(1955, 1999)
    body = f"{y % 100:02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.choice('12')}{d(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(body, w))
    t = body + str((11 - s % 11) % 10)
    return f"{t[:6]}-{t[6:]}"


# --- Japan My Number
def my_number() -> str:
    body = d(11)
    s = 0
    for n, ch in enumerate(reversed(body), start=1):
        q = n + 1 if n <= 6 else n - 5
        s += int(ch) * q
    r = s % 11
    return body + ("0" if r <= 1 else str(11 - r))


# --- France NIR
def nir() -> str:
    body = f"{R.choice('12')}{R.randint(50, 99):02d}{R.randint(1, 12):02d}{R.choice(['75', '13', '69', '93', '59'])}{d(3)}{d(3)}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


# --- Germany Steuer-ID (ISO 7064 MOD 11,10) with the digit-repeat rule
def steuer_id() -> str:
    while True:
        digs = R.sample(range(10), 9)
        digs.append(R.choice(digs))
        R.shuffle(digs)
        if digs[0] == 0:
            continue
        product = 10
        for x in digs:
            s = (x + product) % 10
            if s == 0:
                s = 10
            product = (s * 2) % 11
        chk = 11 - product
        if chk == 10:
            chk = 0
        t = "".join(map(str, digs)) + str(chk)
        return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"


# --- Germany health insurance no. (Krankenversichertennummer)
def kvnr() -> str:
    letter = U(1)
    eight = dn(8)
    digs = f"{ord(letter) - 64:02d}" + eight
    s = 0
    for i, ch in enumerate(digs):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return letter + eight + str(s % 10)


# --- Netherlands BSN (11-proof)
def bsn() -> str:
    while True:
        first8 = dn(8)
        s = sum(int(a) * b for a, b in zip(first8, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return first8 + str(c)


# --- Russia SNILS
def snils() -> str:
    nine = str(R.randint(2_000_000, 999_999_999)).zfill(9)
    s = sum(int(a) * b for a, b in zip(nine, range(9, 0, -1)))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return f"{nine[:3]}-{nine[3:6]}-{nine[6:]} {c:02d}"


# --- Russia personal INN (12 digits)
def inn12() -> str:
    n = [int(c) for c in R.choice(["77", "78", "50", "66", "16"]) + d(8)]
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n.append(sum(a * b for a, b in zip(n, w11)) % 11 % 10)
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n.append(sum(a * b for a, b in zip(n, w12)) % 11 % 10)
    return "".join(map(str, n))


# --- Ukraine RNOKPP (10 digits)
def rnokpp() -> str:
    nine = str(R.randint(20000, 38000)) + d(4)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    s = sum(int(a) * b for a, b in zip(nine, w))
    return nine + str(s % 11 % 10)


# --- Mexico CURP and IMSS NSS
_CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(sex: str = "M") -> str:
    y = R.randint(1960, 1999)
    st = R.choice(["DF", "JC", "NL", "PL", "GR", "OC", "MC", "VZ"])
    cons = "BCDFGHJKLMNPQRSTVWXYZ"
    body = (R.choice("GHLMPRSTV") + R.choice("AEIOU") + U(2)
            + f"{y % 100:02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
            + sex + st + "".join(R.choice(cons) for _ in range(3)) + R.choice(DIG))
    s = sum(_CURP_CH.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def nss_mx() -> str:
    body = f"{R.randint(1, 99):02d}{R.randint(70, 99):02d}{R.randint(60, 99):02d}{d(4)}"
    return body + luhn_digit(body)


# --- Spain DNI / NIE
_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_es() -> str:
    n = R.randint(10_000_000, 79_999_999)
    return f"{n}{_DNI[n % 23]}"


def nie_es() -> str:
    p = R.choice("XYZ")
    n = d(7)
    return f"{p}{n}{_DNI[int(str('XYZ'.index(p)) + n) % 23]}"


# --- Argentina CUIL
def cuil() -> str:
    while True:
        pre = R.choice(["20", "27"])
        dni = str(R.randint(20_000_000, 45_999_999))
        body = pre + dni
        s = sum(int(a) * b for a, b in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        r = 11 - s % 11
        if r == 10:
            continue
        return f"{pre}-{dni}-{0 if r == 11 else r}"


# --- UK NHS number, NI number
def nhs() -> str:
    while True:
        nine = dn(9)
        s = sum(int(a) * b for a, b in zip(nine, range(10, 1, -1)))
        r = 11 - s % 11
        if r == 10:
            continue
        t = nine + str(0 if r == 11 else r)
        return f"{t[:3]} {t[3:6]} {t[6:]}"


def nino() -> str:
    first = R.choice("ABCEGHJKLMNPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    n = d(6)
    return f"{first}{second} {n[:2]} {n[2:4]} {n[4:]} {R.choice('ABCD')}"


# --- US SSN, ABA routing (innocent), Canada SIN, Australia TFN & Medicare
def ssn() -> str:
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def aba() -> str:
    while True:
        eight = R.choice(["02", "03", "06", "11", "12", "26"]) + d(6)
        s = sum(int(a) * b for a, b in zip(eight, [3, 7, 1, 3, 7, 1, 3, 7]))
        return eight + str((10 - s % 10) % 10)


def sin_ca() -> str:
    t = luhn_num(R.choice("1234567"), 9)
    return f"{t[:3]} {t[3:6]} {t[6:]}"


def tfn_au() -> str:
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        eight = dn(8)
        s = sum(int(a) * b for a, b in zip(eight, w))
        c = s % 11
        if c == 10:
            continue
        t = eight + str(c)
        assert sum(int(a) * b for a, b in zip(t, w)) % 11 == 0
        return f"{t[:3]} {t[3:6]} {t[6:]}"


def medicare_au() -> str:
    first8 = R.choice("23456") + d(7)
    s = sum(int(a) * b for a, b in zip(first8, [1, 3, 7, 9, 1, 3, 7, 9]))
    t = first8 + str(s % 10) + R.choice("123456")
    return f"{t[:4]} {t[4:9]} {t[9]}"


# --- Iran national code, Israel ID, Saudi/UAE IDs
def ir_code() -> str:
    while True:
        nine = d(9)
        if len(set(nine)) == 1:
            continue
        s = sum(int(nine[i]) * (10 - i) for i in range(9))
        r = s % 11
        return nine + str(r if r < 2 else 11 - r)


def il_id() -> str:
    return luhn_num(R.choice("123") , 9)


def sa_id(resident: bool = False) -> str:
    return luhn_num("2" if resident else "1", 10)


def emirates_id() -> str:
    t = luhn_num("784" + str(R.randint(1970, 2000)), 15)
    return f"{t[:3]}-{t[3:7]}-{t[7:14]}-{t[14]}"


# --- Misc structured IDs without (published) check digits
def cnic_pk() -> str:
    return f"{R.choice(['35202', '42101', '37405', '61101'])}-{d(7)}-{R.randint(1, 9)}"


def nik_id() -> str:
    return R.choice(["3273", "3578", "3171", "5171"]) + d(2) + f"{R.randint(1, 28) + R.choice([0, 40]):02d}{R.randint(1, 12):02d}{R.randint(60, 99):02d}" + d(4)


def cccd_vn() -> str:
    return R.choice(["001", "079", "031", "048"]) + R.choice("0123") + d(8)


def egypt_nid() -> str:
    c = "2"
    return f"{c}{R.randint(45, 99):02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.choice(['01', '02', '21', '88'])}{d(4)}{d(1)}"


def ke_kra() -> str:
    return "A" + d(9) + U(1)


def ghana_card() -> str:
    return f"GHA-{dn(9)}-{d(1)}"


# --- Postal S10 tracking number (innocent) and EAN-13 (innocent), IMEI (innocent)
def s10(country: str = "GB") -> str:
    n = d(8)
    s = sum(int(a) * b for a, b in zip(n, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = 0 if c == 10 else (5 if c == 11 else c)
    return f"{R.choice(['RR', 'CP', 'EE', 'LX', 'RB'])}{n}{c}{country}"


def ean13() -> str:
    body = R.choice(["590", "616", "890", "600", "789", "885"]) + d(9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def imei() -> str:
    return luhn_num(R.choice(["35", "86", "49", "01"]) + d(6), 15)


# --- India GSTIN (business registration; innocent) with mod-36 check
_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin() -> str:
    body = R.choice(["27", "29", "07", "33", "09"]) + U(3) + "C" + U(1) + d(4) + U(1) + "1Z"
    s = 0
    for i, ch in enumerate(body):
        p = _B36.index(ch) * (2 if i % 2 else 1)
        s += p // 36 + p % 36
    return body + _B36[(36 - s % 36) % 36]


# --- crypto
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def rbytes(n: int) -> bytes:
    return R.getrandbits(8 * n).to_bytes(n, "big")


def wif() -> str:
    return b58check(b"\x80" + rbytes(32) + b"\x01")


def btc_addr() -> str:  # public receive address -> innocent
    return b58check(b"\x00" + rbytes(20))


_BIP = ("abandon ability able about above absent absorb abstract absurd abuse access accident account "
        "accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict "
        "address adjust admit adult advance advice aerobic affair afford afraid again age agent agree "
        "ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha "
        "already also alter always amateur amazing among amount amused analyst anchor ancient anger angle "
        "angry animal ankle announce annual another answer antenna antique anxiety any apart apology appear "
        "apple approve april arch arctic area arena argue arm armed armor army around arrange arrest arrive "
        "arrow art artist artwork ask aspect asset assist assume asthma athlete atom attack attend attitude "
        "attract auction audit august aunt author auto autumn average avocado avoid awake aware away awesome "
        "awful awkward axis baby bacon badge bag balance balcony ball bamboo banana banner bar barely bargain "
        "barrel base basic basket battle beach bean beauty because become beef before begin behave behind "
        "believe below belt bench benefit best betray better between beyond bicycle bid bike bind biology "
        "bird birth bitter black blade blame blanket blast bleak bless blind blood blossom blouse blue blur "
        "blush board boat body boil bomb bone bonus book boost border boring borrow boss bottom bounce box "
        "boy bracket brain brand brass brave bread breeze brick bridge brief bright bring brisk broccoli "
        "broken bronze broom brother brown brush bubble buddy budget buffalo build bulb bulk bullet bundle "
        "burden burger burst bus business busy butter buyer buzz cabbage cabin cable cactus cage cake call "
        "calm camera camp canal cancel candy cannon canoe canvas canyon capable capital captain carbon cargo "
        "carpet carry cart case cash casino castle casual cat catalog catch category cattle caught cause "
        "caution cave ceiling celery cement census century cereal certain chair chalk champion change chaos "
        "chapter charge chase cheap check cheese chef cherry chest chicken chief child chimney choice choose "
        "vacant vacuum valid valley valve vault vehicle velvet vendor venue verify version veteran vibrant "
        "vicious victory video view village vintage virus visit visual vivid vocal volcano volume vote voyage "
        "wagon wait walk wall walnut want warm warrior wash water wave weapon weather wedding weekend west "
        "whale wheat wheel whip wide width wife wild window wine wing wink winter wire wisdom wise wolf wood "
        "wool word work world worth wrap wrist write wrong year yellow young youth zebra zero zone zoo").split()


def seed_words(n: int = 12) -> list[str]:
    return [R.choice(_BIP) for _ in range(n)]


def b32(n: int) -> str:
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


def b64u(n: int) -> str:
    return an(n, string.ascii_letters + string.digits + "-_")


def jwt_like() -> str:
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + b64u(R.randint(90, 120)) + "." + b64u(43)


# --- local digits and numbers in words
_SCRIPTS = {
    "arab": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "deva": "०१२३४५६७८९", "beng": "০১২৩৪৫৬৭৮৯",
    "thai": "๐๑๒๓๔๕๖๗๘๙", "fw": "０１２３４５６７８９", "taml": "௦௧௨௩௪௫௬௭௮௯", "mymr": "၀၁၂၃၄၅၆၇၈၉",
    "khmr": "០១២៣៤៥៦៧៨៩", "telu": "౦౧౨౩౪౫౬౭౮౯", "sinh": "෦෧෨෩෪෫෬෭෮෯",
}


def loc(s: str, script: str) -> str:
    return s.translate(str.maketrans("0123456789", _SCRIPTS[script]))


_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan",
    "hi-Latn": "zero ek do teen char paanch chhe saat aath nau",
    "hi": "शून्य एक दो तीन चार पाँच छह सात आठ नौ",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "ru-Latn": "nol odin dva tri chetyre pyat shest sem vosem devyat",
    "ar": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة",
    "tl": "zero isa dalawa tatlo apat lima anim pito walo siyam",
    "ha": "sifiri daya biyu uku hudu biyar shida bakwai takwas tara",
    "yo": "odo ookan eeji eeta eerin aarun eefa eeje eejo eesan",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "vi": "không một hai ba bốn năm sáu bảy tám chín",
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า",
    "ur-Latn": "sifar aik do teen chaar paanch chay saat aath nau",
    "el-Latn": "miden ena dyo tria tessera pente exi efta okto ennia",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "uk": "нуль один два три чотири пʼять шість сім вісім девʼять",
    "ko": "공 일 이 삼 사 오 육 칠 팔 구",
    "fa": "صفر یک دو سه چهار پنج شش هفت هشت نه",
}


def say(digits: str, lang: str, sep: str = " ") -> str:
    w = _WORDS[lang].split()
    return sep.join(w[int(c)] for c in digits)


# sanity checks of the check-digit helpers on generated values
for _ in range(20):
    assert luhn_ok(card("visa")) and luhn_ok(card("mc")) and luhn_ok(card("amex"))
    assert luhn_ok(imei()) and luhn_ok(za_id()) and luhn_ok(emirates_id().replace("-", ""))
    assert iban_ok(iban("DE", d(18)))
R = random.Random(SEED)  # re-seed so corpus values do not depend on the checks above

# ============================================================================
# ENTRIES
# ============================================================================
# ---------------------------------------------------------------- English (en)
p = d(4)
sp = " ".join(p)
S("en", "FAM", "MSG", L(
    "hi dear its grandma again",
    "the lady at the bank said dont tell anybody but i keep forgetting so im putting it here",
    f"card pin is {sp} ok?? pls remind me when i ask",
    "thank u xx"), sp)

w = pw_word(["kahawa", "chai", "mandazi", "sukuma", "mamanjeri"])
S("en", "SHOP", "MSG", L(
    "customers keep asking for wifi at the kiosk",
    "network: MamaNjeri_Shop_2G",
    f"pass {w}",
    "can u make me a small sign i can print, big letters"), w)

gc = d(4) + "#"
S("en", "RENT", "CALL", "send_sms " + J({
    "to": "+254 7" + d(2) + " " + d(3) + " " + d(3),
    "body": f"Hi Peter, welcome! Main gate keypad code is {gc} - the caretaker Otieno lives in unit 1 if it sticks. Rent is due on the 5th."}), gc)

otp = d(6)
txc = U(3) + d(2) + U(5)
S("en", "SHOP", "OUT", L(
    "read_sms(limit=3) ->",
    f"[1] MPESA 09:14 {txc} Confirmed. Ksh1,250.00 received from JANE W 07******812 on 6/12/26. New M-PESA balance is Ksh8,431.00.",
    f"[2] Safaricom 09:20 Your one-time PIN is {otp}. It expires in 5 minutes. Do not share it with anyone.",
    "[3] Safaricom 09:31 Dear customer, you have 2.1GB of data left valid till 12/12/2026."), otp)

c = card("visa")
cv = d(3)
S("en", "FAM", "CALL", "pay_school_fees " + J({
    "school": "Greenfield Academy", "student": "Tobi A.", "amount_ngn": 185000,
    "card_number": grp(c), "expiry": f"{R.randint(1, 12):02d}/{R.randint(27, 30)}", "cvv": cv}), grp(c))

cv2 = d(3)
S("en", "FAM", "MSG", L(
    "ok the card ending 4 digits is the one already saved on the site",
    f"it only wants the 3 numbers on the back now. {cv2}",
    "why is it asking again?? it took the money last month without"), cv2)

s = ssn()
S("en", "MIG", "MSG", L(
    "my new job sent a W-9 form, i dont understand box part I",
    f"name is Maria Eugenia Rocha, ssn {s}, address 2210 W 38th st apt 4",
    "do i check individual/sole proprietor?? im just a house cleaner"), s)

n = nino()
S("en", "RENT", "MSG", L(
    "letting agent emailed asking for my national insurance number for referencing",
    f"it's {n} is that normal to give them?",
    "also they want 3 payslips"), n)

nh = nhs()
S("en", "CARE", "SUM", L(
    "Summary of conversation: user is the daughter and main carer of an 84-year-old mother (dementia, type 2 diabetes).",
    f"She shared her mother's NHS number ({nh}) while asking how to request a repeat prescription online.",
    "Advised: register for the NHS App as a proxy, or ask the GP surgery for linked access."), nh)

a = aadhaar()
S("en", "FAM", "MSG", L(
    "bhai this is for my fathers pension form, they want aadhaar no",
    f"{grp(a)}",
    "name: Ramesh Chandra Verma, DOB 12-08-1951",
    "which box do i write it in? the form is in english only"), grp(a))

pn = pan_in("S")
S("en", "SHOP", "CALL", "fill_form " + J({
    "form": "GST registration - proprietor details", "name": "Sunita Sharma",
    "pan": pn, "mobile": "98" + d(8), "shop_name": "Sharma Kirana Store"}), pn)

words = seed_words(12)
ph = " ".join(words)
S("en", "CRYPTO", "MSG", L(
    "is this a valid seed?? my uncle wrote it on paper before he passed and we cant open the wallet",
    ph,
    "there might be a missing word, the paper is torn at the end"), ph)

pk = "0x" + hx(64)
S("en", "CRYPTO", "MSG", L(
    "metamask says 'invalid private key' when i import this",
    pk,
    "copied it from my old phone notes. did i mess it up"), pk)

tok = an(24) + "." + an(6) + "." + b64u(27)
S("en", "CLUB", "MSG", L(
    "making a bot for our football club discord to post match times",
    "```python",
    "import discord",
    "client = discord.Client(intents=discord.Intents.default())",
    f"client.run('{tok}')",
    "```",
    "it says 'improper token has been passed' ??"), tok)

gh = "ghp_" + an(36)
S("en", "CLUB", "MSG", L(
    "running the choir website from github, my push keeps failing",
    f"git remote set-url origin https://{gh}@github.com/stmarks-choir/site.git",
    "then git push -> 403"), gh)

sk = "sk-proj-" + b64u(48) + "T3BlbkFJ" + b64u(48)
S("en", "FARM", "MSG", L(
    "trying to make a whatsapp bot that tells my farmers maize prices",
    "from openai import OpenAI",
    f'client = OpenAI(api_key="{sk}")',
    "error 429 quota... i paid 5 dollars already"), sk)

rpw = pw_word(["tobi", "spiderman", "minecraft", "dragon", "pikachu"])
S("en", "GAME", "MSG", L(
    "my son forgot his roblox login, i wrote it down for him once",
    "user: xX_TobiGamer_Xx",
    f"pw: {rpw}",
    "it says wrong password, did they change it? how do i reset from my email"), rpw)

sg = an(5, "23456789BCDFGHJKMNPQRTVWXY")
S("en", "GAME", "MSG", f"bro quick log into my steam and buy the skin b4 sale ends, guard code is {sg} hurry it changes", sg)

ans = pick(["Achieng", "Nyambura", "Okonkwo", "Fernandes", "Mensah", "Dlamini"])
S("en", "FAM", "MSG", L(
    "the bank app is asking security question",
    "mother's maiden name",
    f"i put {ans} but it says incorrect. maybe i spelled it with capital? what else can i try"), ans)

dc = " ".join(d(4))
S("en", "CARE", "MSG", L(
    "Notes for the new carer starting Monday:",
    "Mum's flat is on the 2nd floor, lift is broken so use the stairs by the bins.",
    "Don't use the front door, it sticks. Go round the side - blue door, there's a keypad on the left",
    "under the little cover you flip up. The combination is",
    f"{dc} then press the tick.",
    "She has breakfast at 8, tablets in the dosette box."), dc)

ks = "-".join(d(4))
S("en", "CARE", "CALL", "create_task " + J({
    "assignee": "Grace (home carer)",
    "title": "Evening visit - Mr Evans, 14 Harbour View",
    "notes": f"Key safe left of back door, code {ks}, press CLEAR first. Check fridge, log fluid intake."}), ks)

combo = "-".join(d(2) for _ in range(3))
S("en", "CLUB", "MSG", f"swim club: my locker is 117 this season, combo {combo}, grab my goggles if ur early pls", combo)

bc = [d(4) + " " + d(4) for _ in range(5)]
S("en", "STU", "OUT", L(
    "open_note('uni google backup') ->",
    "BACKUP VERIFICATION CODES - student email",
    *[f"{i + 1}. {x}" for i, x in enumerate(bc)],
    "Keep these somewhere safe. Each code can be used once."), bc[0])

totp = " ".join(b32(4).lower() for _ in range(8))
S("en", "CRYPTO", "MSG", L(
    "setting up 2fa on the exchange, it shows a qr and under it",
    f"'can't scan? enter this key: {totp}'",
    "should i save that somewhere or just the app is enough"), totp)

nb = nuban("058")
S("en", "SHOP", "MSG", L(
    "Customer wants to pay for 3 bags of rice by transfer",
    f"send to {nb} GTBank",
    "Name Adaeze Okafor",
    "write the message for me to send her, polite"), nb)

ib = iban("GB", U(4) + d(6) + d(8))
S("en", "RENT", "MSG", L(
    "moving out on friday, landlord asked where to send deposit back",
    f"my IBAN is {grp(ib)}",
    "can you draft the email with my forwarding address too: 7 Elm Close, Leeds LS6 2QT"), grp(ib))

ukdl = f"{U(5)}{R.randint(5, 9)}{R.choice('0156')}{R.randint(1, 9)}{R.randint(10, 28)}{R.randint(0, 9)}{U(2)}9{U(2)}"
S("en", "DRV", "MSG", L(
    "uber eats wants my licence number again for the bike",
    f"{ukdl}",
    "is it the number under 5 on the card? the long one"), ukdl)

pp = R.choice("ABCDEFGHJKLMNPRSTUVWZ") + d(7)
S("en", "MIG", "CALL", "fill_visa_form " + J({
    "applicant": "Priya Nair", "nationality": "Indian", "passport_number": pp,
    "passport_expiry": "2031-04-18", "purpose": "visit daughter", "flight": "AI 131"}), pp)

sn = sin_ca()
S("en", "MIG", "MSG", L(
    "got my SIN today at service canada!!",
    f"{sn}",
    "do i need to give it to the restaurant where i start next week? they asked for 'SIN and void cheque'"), sn)

tf = tfn_au()
S("en", "STU", "MSG", L(
    "working holiday in Melbourne, cafe boss wants TFN declaration",
    f"my TFN is {tf}",
    "am i a 'resident for tax purposes'? im from Korea on 417 visa"), tf)

mc = medicare_au()
S("en", "CARE", "CALL", "book_gp " + J({
    "clinic": "Sunshine Family Medical", "patient": "Nguyen Thi Lan", "dob": "1948-02-03",
    "medicare_number": mc, "reason": "blood pressure review", "interpreter": "Vietnamese"}), mc)

lock = d(6)
S("en", "FAM", "MSG", f"dad can u unlock my phone and reply to aunty on whatsapp, passcode {lock}, i'm at the exam hall they took phones", lock)

puk = d(8)
S("en", "FAM", "MSG", L(
    "phone says SIM blocked enter PUK",
    f"found the card in the drawer it says PUK1 {puk}",
    "do i type it then a new pin? scared to block it forever"), puk)

w1, w2 = pick(["mango", "banana", "guava", "coconut", "papaya"]), pick(["tree", "house", "river", "road"])
num = d(3)
wdict = w1 + " " + w2 + " " + say(num, "en")
S("en", "FAM", "MSG", L(
    "(voice message, transcribed)",
    f"okay the wifi password is {wdict} all one word no spaces small letters",
    "tell your cousin when she comes"), wdict)

ffpw = pw_rand(11)
S("en", "GAME", "MSG", L(
    "my free fire acc is linked to facebook",
    "fb email: kwame.boateng" + d(2) + "@gmail.com",
    f"pass: {ffpw}",
    "someone changed the name of my account, can u check what to do"), ffpw)

rcon = pw_rand(14)
S("en", "GAME", "MSG", L(
    "our minecraft server wont let me use rcon",
    "server.properties:",
    "enable-rcon=true",
    f"rcon.password={rcon}",
    "rcon.port=25575",
    "server-port=25565"), rcon)

ha = jwt_like()
S("en", "FARM", "MSG", L(
    "home assistant on my chicken coop pi - automation cant reach API",
    "rest_command:",
    "  door_close:",
    "    url: http://192.168.1.40:8123/api/services/cover/close_cover",
    f"    headers:\n      authorization: 'Bearer {ha}'"), ha)

tg = f"{R.randint(5_000_000_000, 7_999_999_999)}:AA{b64u(33)}"
S("en", "FAITH", "MSG", L(
    "I made a telegram bot for the parish announcements but messages dont go",
    f"TOKEN = \"{tg}\"",
    "CHAT_ID = \"-100" + d(10) + "\"",
    "help pls fr. Joseph wants it by christmas"), tg)

sc = "-".join(str(R.randint(0, 39)).zfill(2) for _ in range(3))
S("en", "FAITH", "MSG", L(
    "For the new counting team volunteers:",
    "Sunday offering is locked in the grey safe in the vestry cupboard.",
    f"Turn right 3 times to the first number then left twice: {sc}",
    "Two people must be present at all times when counting."), sc)

mpw = pw_word(["masjid", "noor", "ummah", "iftar", "salam"])
S("en", "FAITH", "MSG", L(
    "I volunteer for our masjid website. Brother Yusuf left and gave me",
    "wp-admin user: admin_masjid",
    f"password: {mpw}",
    "how do I add a donation button for zakat? also should i change the password"), mpw)

al = d(5)
S("en", "FAITH", "REPLY", L(
    "Assistant: Thanks — to summarise the closing routine you described for the temple hall:",
    "1. Switch off the lamps in the shrine room.",
    f"2. Set the alarm at the office panel with {al} and leave within 30 seconds.",
    "3. Lock the side gate and return the key to Mrs. Pillai.",
    "I'd suggest not sending the alarm code in the group chat; share it in person instead."), al)

mdc = d(4)
S("en", "CARE", "MSG", f"night shift handover: CD cupboard code changed to {mdc} from tonight, old one doesnt work. pls don't write it on the whiteboard again!!", mdc)

npw = pw_word(["ward7", "nurse", "sunrise", "sister"])
S("en", "CARE", "MSG", L(
    "ward pc keeps logging me out mid charting",
    f"login amara.okeke / {npw}",
    "is it a timeout setting i can change or do i ring IT"), npw)

stno = "2" + d(7)
spw = pw_rand(10)
S("en", "STU", "MSG", L(
    f"student no {stno}",
    f"portal password {spw}",
    "it says account locked after 3 tries, can you tell me what to write to registry"), spw)

rot = d(4)
S("en", "DRV", "OUT", L(
    "notifications ->",
    f"Glovo: Your login code is {' '.join(rot)}. Never share this code.",
    "Glovo: 3 orders waiting near Plaza Mayor. Go online to earn more."), " ".join(rot))

bpw = pw_word(["hustle", "nairobi", "driver", "boda"])
S("en", "DRV", "MSG", L(
    "bolt driver app logged me out after update",
    f"my phone 07{d(8)} password {bpw}",
    "it keeps saying 'something went wrong' wht do i do, i need to work today"), bpw)

fp = d(4)
S("en", "DRV", "MSG", L(
    "boss gave me the company fuel card for the lorry",
    f"he said pin is the same as the truck number backwards. truck is 21 so… no wait he wrote it, {fp}",
    "can i use it at any shell?"), fp)

eco = d(4)
S("en", "FARM", "MSG", L(
    "my EcoCash is blocked after i tried many times",
    f"the correct pin was {eco} i think i typed 1 wrong",
    "how do i unblock it i must pay the tractor man today"), eco)

acct = d(R.choice([10, 11, 12]))
rt = aba()
S("en", "RENT", "CALL", "setup_autopay " + J({
    "tenant": "D. Mitchell", "property": "Unit 3B, 412 Oak St",
    "routing_number": rt, "account_number": acct, "amount_usd": 1150, "day_of_month": 1}), acct)

anum = f"A{dn(3)}-{d(3)}-{d(3)}"
S("en", "MIG", "MSG", L(
    "uscis letter says to put my A-number on every page",
    f"its {anum}",
    "do i put the dash or no dash, the form boxes only have 9 spaces"), anum)

ow = hx(32)
S("en", "FARM", "MSG", L(
    "weather station project for the co-op, python",
    f"url = 'https://api.openweathermap.org/data/2.5/weather?lat=-0.42&lon=36.95&appid={ow}'",
    "returns 401, the key is new from yesterday"), ow)

bkey, bsec = an(64), an(64)
S("en", "CRYPTO", "MSG", L(
    "binance api for my trading bot",
    f"API Key: {bkey}",
    f"Secret Key: {bsec}",
    "why does it say signature invalid"), bsec)

mmpw = pw_rand(13)
S("en", "CRYPTO", "MSG", f"metamask wont unlock on new laptop, the password i always use is {mmpw} but it says incorrect, do i need the seed now?", mmpw)

sw24 = seed_words(24)
S("en", "CRYPTO", "OUT", L(
    "read_note('wallet backup') ->",
    *[" ".join(f"{i * 6 + j + 1}.{sw24[i * 6 + j]}" for j in range(6)) for i in range(4)],
    "(created 2021, ledger nano)"), "\n".join(" ".join(f"{i * 6 + j + 1}.{sw24[i * 6 + j]}" for j in range(6)) for i in range(4)))

c2 = card("mc")
S("en", "SHOP", "SUM", L(
    "Summary: the user (runs a small phone-repair stall) asked why an online order for spare screens failed.",
    f"They pasted their business debit card number {c2} and the decline message 'Do not honour'.",
    "Advised them to call the issuer and not to paste full card numbers in chat."), c2)

akid = "AKIA" + U(16).replace("O", "Q")
aws = an(40, string.ascii_letters + string.digits + "+/")
S("en", "CLUB", "LESSON", L(
    "Lesson from session #4471 (photography club gallery upload script):",
    f"the user pasted aws_access_key_id={akid} and aws_secret_access_key={aws} into the chat.",
    "We should have told them to rotate the key immediately instead of debugging first."), aws)

c3 = card("visa")
S("en", "SHOP", "MSG", L(
    "[14:02] me: ok writing card for the supplier payment",
    f"[14:02] me: {c3[:8]}",
    f"[14:03] me: {c3[8:]}",
    "[14:03] me: exp 09/28 the name is Kofi Mensah Enterprises"), c3[8:])

bd = d(4)
S("en", "FAM", "MSG", f"grandpa says his atm numbers are his birthday backwards — {bd} — and now the machine ate the card, what do we do", bd)

lk = d(4)
S("en", "CLUB", "MSG", f"note to self: gym locker 🔐 {lk} 🔐 dont forget again lol", lk)

trn = f"1{d(2)}-{d(3)}-{d(3)}"
S("en", "MIG", "MSG", L(
    "mi a fill out di NHT form fi mi madda",
    f"her TRN a {trn}",
    "weh mi put mi own name, under 'applicant' or 'representative'?"), trn)

za = za_id(female=True)
S("en", "MIG", "MSG", L(
    "SASSA appeal for my gogo's grant got rejected",
    f"her ID no is {za}",
    "they said 'identity verification failed' but her ID is the green book one, still valid?"), za)

gcard = ghana_card()
S("en", "SHOP", "CALL", "register_sim " + J({
    "network": "MTN Ghana", "full_name": "Abena Serwaa Owusu", "ghana_card": gcard,
    "msisdn": "024" + d(7), "agent_id": "AGT-" + d(5)}), gcard)

kra = ke_kra()
S("en", "SHOP", "MSG", L(
    "filing nil returns on itax for my duka",
    f"KRA pin {kra}",
    "forgot the itax password tho, the reset goes to my old email which i dont have"), kra)

bvn = "22" + d(9)
S("en", "SHOP", "MSG", f"POS agent said my account needs BVN update before i can receive again. BVN {bvn}. is it safe to give him or should i go to the bank myself", bvn)

scratch = " ".join(d(4) for _ in range(4))
S("en", "FAM", "MSG", L(
    "bought airtime card for mum but she cant see the numbers well",
    f"the pin under the silver part: {scratch}",
    "how does she load it, *130* something?"), scratch)

ipw = pw_word(["mbappe", "arsenal", "chelsea", "messi", "liverpool"])
S("en", "STU", "MSG", L(
    "instagram hacked!!! they changed email",
    f"my old password was {ipw}",
    "they post crypto scams on my story now, what do i do first"), ipw)

ssnw = ssn()
ssn_words = say(ssnw.replace("-", ""), "en")
S("en", "MIG", "OUT", L(
    "call_transcript(voicemail) ->",
    "Hi this is Rosa calling back about my unemployment claim, my social is",
    f"{ssn_words},",
    "please call me at the same number, thank you."), ssn_words)

# English innocents
I("en", "FAM", "MSG", L(
    "my grandson says never share your PIN with anyone even if they say they are from the bank",
    "is that true for the man at the agent shop too? he always asks me to type it for him"))

I("en", "SHOP", "MSG", "forgot my mpesa pin again 😩 how do i reset it without going to safaricom shop, i have my ID with me")

pc = "560" + d(3)
I("en", "SHOP", "CALL", "create_delivery " + J({
    "recipient": "Lakshmi Iyer",
    "address": f"No. {R.randint(2, 90)}, 3rd Cross, 5th Block, Koramangala, Bengaluru, Karnataka, PIN code {pc}",
    "phone": f"+91 9{d(4)} {d(5)}", "items": "2 x 5kg sona masoori rice", "cod_amount_inr": 640}))

I("en", "SHOP", "MSG", f"order #{dn(8)} from the wholesaler still not delivered, they said tuesday. can you write a complaint, not too angry")

I("en", "FAM", "OUT", L(
    "track_parcel() ->",
    f"Item {s10('GB')}",
    "06 Dec 2026 18:42  Arrived at Nairobi GPO sorting",
    "04 Dec 2026 07:10  Departed London Heathrow",
    "Status: in transit. Estimated delivery 9-11 Dec."))

I("en", "MIG", "MSG", f"flight KQ 101 seat {R.randint(10, 40)}C gate 14, boarding 22:40. my first time flying alone, what do i do at transfer in Nairobi")

im = imei()
I("en", "FAM", "MSG", L(
    "my phone was stolen in the matatu",
    f"police form wants IMEI. box says IMEI {im}",
    "do i also need the receipt? i bought it at Luthuli avenue"))

I("en", "FAM", "MSG", f"school says pay fees via Paybill 522{d(3)}, account number = admission no. KJS-{d(4)}. how much is the transaction cost for KSh 12,500?")

I("en", "SHOP", "OUT", L(
    "lipa_na_mpesa_screen ->",
    f"BUY GOODS AND SERVICES",
    f"Till Number: {dn(7)}",
    "Business: ZAWADI HARDWARE",
    "Amount: KSh 3,450",
    "Enter PIN: ____"))

I("en", "SHOP", "MSG", f"payment declined on card ending **** {d(4)}, the supplier says try again tomorrow. why does this happen")

I("en", "STU", "LESSON", L(
    "Lesson for study group: how to choose a PIN",
    "Do not use 1234, 0000, 1111 or your birth year.",
    "Do not use the last 4 digits of your phone number.",
    "Pick something random and never write it on the card."))

I("en", "FAM", "MSG", f"call me on 0803 {d(3)} {d(4)} when you reach the park, the bus number is 46 or 46A")

I("en", "FAM", "MSG", "send me KSh 2,500 for the uniform and 800 for the shoes, sizes 34 and 36. pls before friday 🙏")

I("en", "CARE", "SUM", L(
    "Summary: carer logged today's readings for Mr. Adeyemi (78 yrs).",
    "BP 150/95 at 09:10, 142/88 at 17:30. Blood sugar 9.2 mmol/L fasting.",
    "Metformin 500 mg twice daily, next refill 12/09. GP appointment 14/03 at 10:30, room 4B."))

I("en", "CLUB", "MSG", f"U14s won 3-1!!! ⚽ Baraka scored twice. next match Sat 4pm field 2 vs Kibera Stars. bring {R.randint(12, 18)} oranges and the cones")

I("en", "SHOP", "MSG", f"fridge broke, model RT38K5032S8, serial {U(2)}{d(3)}{U(1)}{d(6)}, bought March 2024, is it still under warranty?")

I("en", "DRV", "MSG", f"van plate KD{U(1)} {d(3)}{U(1)} got a parking ticket no. {d(7)} at Westlands, fine says KSh 2,000. can i appeal?")

I("en", "SHOP", "MSG", "use code SAVE20 at checkout for 20% off this weekend! also FREESHIP over 3000. pls make a poster for my instagram")

I("en", "GAME", "MSG", "my son's roblox username is xX_TobiGamer_Xx, can his cousin add him? what settings should i check for chat")

I("en", "FAITH", "MSG", L(
    "guest wifi at church is called Grace_Church_Guest",
    "the password is on the noticeboard by the door, please don't post it online",
    "can you write this nicely for the bulletin"))

I("en", "MIG", "OUT", L(
    "email(from='bookings@airline') ->",
    f"Booking reference: {U(1)}{d(1)}{U(3)}{d(1)}",
    f"Passenger: MS AMINA YUSUF  Ticket: 706 {d(10)}",
    "LOS-DXB-YYZ, 18 Jan 2027, Economy",
    "Baggage: 2 x 23kg"))

I("en", "FAITH", "MSG", f"order of service sunday: hymn {R.randint(100, 600)}, Psalm 23, reading John 3:16, offertory hymn {R.randint(100, 600)}. print 120 copies")

I("en", "FAITH", "OUT", L(
    "prayer_times(city='Leicester', date='2026-12-07') ->",
    "Fajr 06:12  Sunrise 07:58  Dhuhr 12:05  Asr 13:39  Maghrib 15:52  Isha 17:34"))

I("en", "STU", "MSG", f"IT support ticket #{d(6)} still open, they said my password reset link expired. how long do they usually take")

I("en", "SHOP", "OUT", L(
    "read_sms(limit=1) ->",
    f"{U(3)}{d(1)}{U(1)}{d(1)}{U(4)} Confirmed. Ksh500.00 sent to ZAWADI WANJIKU 0712***415 on 7/12/26 at 10:41 AM. New M-PESA balance is Ksh2,115.00. Transaction cost, Ksh7.00."))

I("en", "STU", "MSG", "the OTP expired before i could type it and now it says wait 30 minutes. is that normal??")

I("en", "FAM", "OUT", L(
    "screen_read() ->",
    "Verify it's you",
    "We sent a 6-digit code to +44 ••••• ••• 219",
    "Enter code: ______",
    "Didn't get it? Resend in 0:45"))

I("en", "MIG", "MSG", "hotel room 305, the wifi password is at reception they said. checkout 11am. how far is the embassy from here, address 24 Grosvenor Sq")

I("en", "SHOP", "OUT", L(
    "invoice_preview ->",
    "MEHTA TEXTILES PVT LTD",
    f"GSTIN: {gstin()}",
    f"Invoice No: MT/26-27/{d(4)}   Date: 05-12-2026",
    "Cotton saree x 12 @ 850 = 10,200.00   CGST 2.5% 255.00  SGST 2.5% 255.00",
    "Total: ₹10,710.00"))

I("en", "RENT", "MSG", f"the letting agency's company no. is {d(8)} and they're registered with the property ombudsman. is that enough to trust them?")

I("en", "RENT", "MSG", f"tenancy deposit protected with DPS, certificate ref {d(9)}, amount £865. landlord wants to keep £300 for cleaning, can he?")

I("en", "MIG", "MSG", f"USCIS receipt number IOE{d(10)} - case status says 'fingerprint fee received'. what's next, how long?")

I("en", "STU", "MSG", f"results out!! roll number {dn(7)}, got 412/500 🎉 which colleges can i apply to with that")

I("en", "FAM", "MSG", f"prepaid meter no. 04{d(9)} showing low. bought KSh 500 units yesterday but token not loaded yet, who do i call")

I("en", "CRYPTO", "MSG", f"can someone send me a few sats to test my new wallet? receive address {btc_addr()} 🙏")

I("en", "CRYPTO", "OUT", L(
    "get_tx_status() ->",
    f"tx 0x{hx(64)}",
    "status: success  block: 21,408,332  gas used: 21,000",
    f"to: 0x{hx(40)}  value: 0.05 ETH"))

I("en", "STU", "LESSON", L(
    "Lesson (digital safety class, Form 3):",
    "Passwords like 'password123', 'qwerty' or your name + 123 get guessed in seconds.",
    "Use a long phrase, and a different one for each site."))

I("en", "GAME", "MSG", "K/D 2.4, level 67, rank Diamond II with 3400 RP this season 😎 should i push to master or chill")

I("en", "GAME", "MSG", f"join our minecraft server!! ip play.blockvillage.net port 25565, version 1.20.4, discord.gg/blockvillage")

I("en", "DRV", "MSG", "app version 5.2.14 build 20241102 keeps crashing when i accept a delivery. phone is Tecno Spark 10")

I("en", "FARM", "MSG", f"farm is at -0.{d(4)}, 36.{d(4)} near Ol Kalou. delivered 12 x 50kg bags DAP and 8 bags CAN, paid KSh 62,400 total")

I("en", "FARM", "OUT", L(
    "weather(lat=-0.27, lon=36.37) ->",
    "Ol Kalou: 19°C, light rain, humidity 81%, wind 12 km/h",
    "Next 3 days rainfall: 14 mm, 6 mm, 0 mm"))

I("en", "MIG", "REPLY", L(
    "Assistant: Your visa application reference looks right — it starts with GWF followed by 9 digits.",
    "You don't need to share your passport number here; the reference is enough for the helpline.",
    "Your biometrics appointment is 12 Jan at 09:40, VFS Lagos, Ikeja."))

I("en", "CARE", "MSG", f"mum's in ward {R.randint(2, 9)}, bed {R.randint(1, 30)}, visiting 2-4pm and 6-8pm. the nurse said ring 0161 {d(3)} {d(4)} for updates")

I("en", "CARE", "SUM", L(
    "Summary: user asked how to remember all their passwords for care-agency portals.",
    "Suggested a password manager and turning on 2-step verification; user did not share any credentials.",
    "Follow-up: user will ask agency IT about single sign-on."))

I("en", "RENT", "MSG", "landlord keeps texting asking for the door code to let a plumber in. I'm not giving it — can you word a reply saying he must give 24h notice")

I("en", "CLUB", "MSG", f"locker 117 is mine for the season, 118 is Jess's. pool closes at 9pm, swim meet 14/12 at Aquatics Centre lane {R.randint(1, 8)}")

I("en", "SHOP", "OUT", L(
    "receipt_scan() ->",
    "NAIVAS SUPERMARKET - Kisumu",
    f"Receipt No: {d(6)}   Till: 04   Cashier: 118",
    "Sugar 2kg 310.00  Cooking oil 1L 395.00  Bread 65.00",
    "TOTAL 770.00   CASH 1000.00   CHANGE 230.00",
    f"KRA PIN P0{d(8)}{U(1)}  (business)"))

I("en", "SHOP", "MSG", "My PIN is the same as my wife's?? no lol I mean our shop PIN code is 400053, Andheri west, for the Swiggy listing")

I("en", "FAM", "MSG", "they called saying they're from the bank and asked for my password so I hung up. was that right? 😟")

I("en", "FAM", "OUT", L(
    "password_manager.list() ->",
    "gmail.com      ramesh.verma51@gmail.com   ••••••••••",
    "hdfcbank.com   ramesh_v51                 ••••••••••",
    "irctc.co.in    rverma1951                 ••••••••"))

I("en", "DRV", "MSG", f"train 12951 coach B3 berth {R.randint(1, 72)}, PNR {d(10)} shows CNF. what time does it reach Mumbai Central?")

I("en", "MIG", "LESSON", L(
    "Lesson: numbers that look sensitive but are not secrets here —",
    "case/receipt numbers (IOE..., GWF...), booking references, flight numbers and hotel room numbers.",
    "Identity numbers (SSN, A-number, passport) are different and should be masked."))

I("en", "GAME", "REPLY", "Assistant: I can't log into your account for you, and please don't send me your password. Go to Settings > Security > Sign out of all sessions, then change the password from your email.")

I("en", "SHOP", "MSG", f"bank routing number for our credit union is {aba()}, shown on their website. customers ask me where to find it")

I("en", "CLUB", "OUT", L(
    "results_table() ->",
    "1. Harbour Runners  42 pts",
    "2. Kisumu Striders  39 pts",
    "3. Lakeside AC      37 pts",
    f"Next fixture: 14 Dec, 08:00, bib numbers {R.randint(100, 199)}-{R.randint(200, 299)}"))

I("en", "FAITH", "MSG", "zakat calc: savings 4,200, gold 85g at 62/g, debts 900. how much do i give at 2.5%?")

I("en", "STU", "MSG", "my student email is f.osei@st.knust.edu.gh, can you write a polite email to my lecturer asking for an extension")

I("en", "DRV", "OUT", L(
    "rider_app.today() ->",
    "Deliveries: 17   Distance: 64.2 km   Earnings: ₦14,300",
    f"Order IDs: #{d(6)}, #{d(6)}, #{d(6)} (+14 more)",
    "Rating: 4.92"))

I("en", "FAM", "MSG", "does anyone know the customer care number for Airtel? 121 doesnt work from my line. also what is *544# for")

I("en", "STU", "REPLY", L(
    "Assistant: A strong Wi-Fi password should be at least 12 characters.",
    "For the dorm router, log into 192.168.0.1 and change it under Wireless > Security.",
    "Write the new one on paper for your roommates rather than posting it in the group chat."))

I("en", "MIG", "MSG", f"my BRP card expiry is 31/12/2024 but they said to use eVisa now. share code? I have one starting W but it's for my employer only")

# ---------------------------------------------------------------- Hindi (hi)
p = loc(d(4), "deva")
S("hi", "FAM", "MSG", L(
    "बेटा, मैं दादाजी बोल रहा हूँ",
    f"एटीएम का पिन {p} है, कल पेंशन निकालनी है",
    "मशीन पर अंग्रेज़ी आता है, कौन सा बटन दबाऊँ बता देना"), p)

a = aadhaar()
ad = loc(grp(a), "deva")
S("hi", "FARM", "MSG", L(
    "पीएम किसान की किस्त नहीं आई",
    f"आधार नंबर {ad}",
    "नाम: रामप्रसाद यादव, गाँव बिसौली। पटवारी बोलता है ई-केवाईसी करो"), ad)

u = d(6)
uw = say(u, "hi")
S("hi", "SHOP", "MSG", L(
    "(आवाज़ से लिखा गया)",
    f"यूपीआई पिन है {uw} — अब बताओ दुकान का क्यूआर कोड कैसे बनाऊँ"), uw)

ep = epic_in()
S("hi", "MIG", "CALL", "fill_form " + J({
    "फॉर्म": "राशन कार्ड - नया सदस्य", "नाम": "सीमा देवी", "पति का नाम": "राजेश कुमार",
    "वोटर_आईडी": ep, "मोबाइल": "9" + d(9), "पता": "वार्ड 12, मधुबनी, बिहार"}), ep)

o = d(6)
S("hi", "FARM", "OUT", L(
    "पढ़े गए एसएमएस ->",
    f"VK-PMKISN: आपका ओटीपी {o} है। इसे किसी के साथ साझा न करें।",
    "VM-SBIINB: आपके खाते XX4417 में ₹2,000.00 जमा किए गए।"), o)

I("hi", "SHOP", "MSG", f"पार्सल भेजना है: गली नंबर 4, लंका, वाराणसी, पिन कोड {loc('221005', 'deva')}. वज़न २ किलो, कितना लगेगा?")
I("hi", "FAM", "LESSON", L(
    "आज की सीख:",
    "कभी भी अपना ओटीपी, पिन या पासवर्ड किसी को फ़ोन पर न बताएँ।",
    "बैंक कभी भी फ़ोन करके पिन नहीं माँगता। शक हो तो १९३० पर शिकायत करें।"))
I("hi", "FARM", "OUT", L(
    "mandi_bhav(mandi='खन्ना') ->",
    "गेहूँ ₹२,४२५ प्रति क्विंटल | सरसों ₹५,६५० | चना ₹५,४४०",
    "आवक: १,२०० क्विंटल, दिनांक ०७-१२-२०२६"))
I("hi", "DRV", "MSG", f"ट्रेन नंबर १२५६१ स्वतंत्रता सेनानी एक्सप्रेस, कोच S4, सीट {loc(str(R.randint(1, 72)), 'deva')}. कितने बजे दरभंगा पहुँचेगी?")
I("hi", "SHOP", "MSG", f"ऑर्डर नंबर {d(9)} का पैसा वापस नहीं आया, ₹१,२९९ था। कस्टमर केयर का नंबर क्या है?")

# ---------------------------------------------------------------- Hinglish (hi-Latn)
w = pw_word(["sharma", "ganesh", "jaimatadi", "radhe", "bholenath"])
S("hi-Latn", "FAM", "MSG", L(
    "bhai ghar ka wifi ka password kya tha yaar",
    "mummy ne change kiya tha...",
    f"haan yaad aaya {w} hai, capital S ke saath shayad",
    "TV pe youtube chalana hai"), w)

u = d(6)
us = " ".join(u)
S("hi-Latn", "SHOP", "MSG", f"paytm ka upi pin {us} hai, staff ko bolna hai payment receive kare but pin mat batana… wait maine hi likh diya 😅 delete kar do", us)

pn = pan_in("G")
S("hi-Latn", "FAM", "MSG", L(
    "mummy ka ITR bharna hai, pension wala",
    f"PAN - {pn}",
    "DOB 14/06/1962. kaunsa form, ITR-1 ya ITR-2?"), pn)

dl = f"{pick(['MH12', 'DL08', 'UP32', 'KA05'])} {R.randint(2008, 2022)}{d(7)}"
S("hi-Latn", "DRV", "MSG", L(
    "zomato onboarding mein DL number maang raha",
    f"mera DL {dl} hai",
    "error aa raha 'details mismatch' - naam mein spelling alag hai kya issue?"), dl)

ffpw = pw_word(["booyah", "gamer", "rohitff", "headshot"])
S("hi-Latn", "GAME", "MSG", L(
    "bro FF id ka guest account bind karna hai",
    f"gmail: rohit.ff{d(3)}@gmail.com pass {ffpw}",
    "level 62 hai, diamonds nahi udne chahiye"), ffpw)

I("hi-Latn", "SHOP", "MSG", f"bhaiya delivery address: B-{R.randint(10, 99)}, Laxmi Nagar, Delhi, PIN code 110092. COD ₹450 rakhna")
I("hi-Latn", "FAM", "MSG", "ramesh@okaxis pe 500 bhej do beta, UPI ID yahi hai, PIN mat puchna main khud daal dunga")
I("hi-Latn", "STU", "MSG", "OTP kisi ko mat batana bhai, kal hostel mein ek ladke ka paytm khaali ho gaya 😭")
I("hi-Latn", "DRV", "MSG", f"PNR {d(10)} ka status WL 23 se RAC 4 ho gaya, confirm hoga kya kal tak?")
I("hi-Latn", "SHOP", "OUT", L(
    "flipkart_order() ->",
    f"Order ID: OD{d(18)}",
    "Redmi 13C (Starfrost Black, 128 GB) ₹8,499",
    "Delivery by Tue, 9 Dec | PIN 411014 (Pune)"))

# ---------------------------------------------------------------- Urdu (ur) / Roman Urdu (ur-Latn)
cn = cnic_pk()
cnf = loc(cn, "fa")
S("ur", "MIG", "MSG", L(
    "بیٹی کے پاسپورٹ کے لیے فارم بھرنا ہے",
    f"میرا شناختی کارڈ نمبر {cnf} ہے",
    "کیا ب-فارم بھی ساتھ لگے گا؟"), cnf)

mp = loc(d(4), "fa")
S("ur", "SHOP", "MSG", f"جاز کیش کا ایم پن {mp} ہے، دکان کے لڑکے کو بتایا تھا اب بیلنس کم ہے۔ پن کیسے بدلوں؟", mp)

o = d(6)
S("ur", "FAM", "OUT", L(
    "sms_inbox() ->",
    f"Easypaisa: آپ کا OTP کوڈ {o} ہے۔ یہ کوڈ کسی کو نہ بتائیں۔",
    "Zong: آپ کا پیکج 7 دسمبر کو ختم ہو جائے گا۔"), o)

I("ur", "FAM", "MSG", "بجلی کا بل ۸,۴۵۰ روپے آیا ہے، ریفرنس نمبر ۰۴ ۱۱۲۳۴ ۵۶۷۸۹۰۰ ہے، آخری تاریخ ۱۲ دسمبر۔ قسطیں ہو سکتی ہیں؟")
I("ur", "FAITH", "MSG", "مسجد کی کمیٹی: جمعہ کی نماز ۱:۳۰ بجے، درس ۱۲:۴۵ پر۔ چندہ ۲۳,۵۰۰ روپے جمع ہوا۔")
I("ur", "MIG", "LESSON", "یاد رکھیں: نادرا ہیلپ لائن ۰۵۱-۱۱۱-۷۸۶-۱۰۰ ہے۔ کوئی بھی آپ سے فون پر پن یا او ٹی پی مانگے تو نہ بتائیں۔")

ez = d(5)
S("ur-Latn", "SHOP", "MSG", f"yaar easypaisa ka pin {ez} tha ab 3 dafa ghalat daal diya block ho gaya, helpline ka number batao", ez)

pw = pw_word(["pakistan", "lahore", "babar", "shaheen"])
S("ur-Latn", "STU", "MSG", L(
    "LMS ka password bhool gayi",
    f"pehle {pw} rakha tha",
    "ab reset link nahi aa raha, roll no FA21-BCS-" + d(3) + " hai"), pw)

cn2 = cnic_pk()
S("ur-Latn", "MIG", "CALL", "submit_form " + J({
    "form": "BISP Ehsaas registration", "naam": "Shazia Bibi", "cnic": cn2,
    "mobile": "03" + d(2) + "-" + d(7), "zila": "Muzaffargarh"}), cn2)

I("ur-Latn", "DRV", "MSG", f"bhai careem ki booking ID {d(9)} thi, captain ne 850 ki jagah 1200 le liye. complaint kaise karun")
I("ur-Latn", "FAM", "MSG", "ammi ka phone number 0300 1234567 nahi, ye wala hai 0321 7654321, save kar lo. PIN code ka pata nahi 😂")
I("ur-Latn", "SHOP", "MSG", "JazzCash ka PIN kisi ko mat batana, main ne dukaan pe sticker laga diya hai 'PIN na poochain'. acha design bana do")

# ---------------------------------------------------------------- Bengali (bn)
bp = loc(d(5), "beng")
S("bn", "SHOP", "MSG", L(
    "আপা, বিকাশের পিন ভুলে গেছি মনে হয়",
    f"লিখে রেখেছিলাম {bp} — কিন্তু বলছে ভুল।",
    "দোকানে টাকা আটকে আছে, কী করব?"), bp)

nid = loc(dn(10), "beng")
S("bn", "MIG", "MSG", f"মালয়েশিয়া যাওয়ার জন্য বিএমইটি রেজিস্ট্রেশন করছি, এনআইডি নম্বর {nid}, নাম মোঃ করিম উদ্দিন। আর কী লাগবে?", nid)

o = d(6)
S("bn", "FAM", "OUT", L(
    "এসএমএস ->",
    f"Nagad: আপনার ভেরিফিকেশন কোড {o}। কারো সাথে শেয়ার করবেন না।",
    "GP: আপনার ইন্টারনেট প্যাক শেষ হতে চলেছে।"), o)

I("bn", "SHOP", "OUT", L(
    "bkash_history() ->",
    f"Cash In Tk ৫,০০০.০০ from 01{d(3)}XXXXXX  TrxID {U(2)}{d(1)}{U(1)}{d(1)}{U(3)}{d(1)}  ০৬/১২/২০২৬",
    "Balance Tk ৭,২১০.৫০"))
I("bn", "FAM", "MSG", "ঢাকা মিরপুর ১০, পোস্ট কোড ১২১৬। বাসা নম্বর ২৩, রোড ৪। কুরিয়ার কখন আসবে?")
I("bn", "STU", "MSG", "এইচএসসি রোল নম্বর ৩৪৫৬৭৮, রেজাল্ট GPA ৪.৮৩ 🎉 কোন ভার্সিটিতে ফর্ম তুলব?")

# ---------------------------------------------------------------- Tamil (ta)
w = pw_word(["murugan", "chennai", "thalaivar", "ponni"])
S("ta", "FAM", "MSG", f"அம்மா, வீட்டு வைஃபை பாஸ்வேர்டு {w} — டிவில போடு, ரிமோட்ல மேல பட்டன்", w)

tp = loc(d(4), "taml")
S("ta", "SHOP", "MSG", f"கடை ஏடிஎம் கார்டு பின் {tp} ன்னு தம்பி கிட்ட சொல்லிட்டேன், இப்போ மாத்தணுமா?", tp)

I("ta", "DRV", "MSG", f"பஸ் நம்பர் 21G, பிராட்வே to தாம்பரம். டிக்கெட் ₹{R.randint(15, 40)}. அடுத்த பஸ் 10:45க்கு")
I("ta", "SHOP", "MSG", "பின் கோடு 600017, தி.நகர், சென்னை — கூரியர் அனுப்ப எவ்வளவு ஆகும்?")

# ---------------------------------------------------------------- Telugu (te)
o = loc(d(6), "telu")
S("te", "STU", "MSG", f"అన్నా OTP వచ్చింది {o} ఇది ఎక్కడ పెట్టాలి? స్కాలర్‌షిప్ ఫారం లో", o)

I("te", "FARM", "MSG", "రైతు బంధు డబ్బులు ₹5,000 ఇంకా రాలేదు. ఖాతా చివరి నాలుగు అంకెలు XXXX 2231. ఏం చేయాలి?")

# ---------------------------------------------------------------- Marathi (mr)
acc = d(11)
S("mr", "FARM", "MSG", L(
    "सोसायटीला पीक कर्जासाठी खाते क्रमांक द्यायचा आहे",
    f"खाते क्रमांक {acc}, IFSC MAHB000{d(4)}",
    "नाव: सुरेश पाटील"), acc)

I("mr", "SHOP", "MSG", "दुकानाचा पत्ता: शनिवार पेठ, पुणे, पिन कोड ४११०३०. दिवाळी ऑफर: ₹९९९ वर १०% सूट")

# ---------------------------------------------------------------- Nepali (ne)
ne = loc(d(4), "deva")
S("ne", "MIG", "MSG", f"दाइ, इसेवाको एमपिन {ne} हो, कतारबाट पैसा पठाउँदा आमाले निकाल्न सक्नुहुन्छ? कसरी?", ne)

I("ne", "MIG", "MSG", "कतार जाने फ्लाइट QR 647, मिति २०८३ पुस ५, बिहान ८:४५। लेबर परमिट नम्बर पनि चाहिन्छ कि?")

# ---------------------------------------------------------------- Sinhala (si)
nic = f"{R.randint(60, 99)}{d(7)}V"
S("si", "MIG", "MSG", f"මගේ හැඳුනුම්පත් අංකය {nic}. කොරියාවට යන්න EPS ෆෝම් එක පුරවන්නේ කොහොමද?", nic)

I("si", "SHOP", "MSG", f"කඩේ ඇණවුම් අංකය {d(7)}, ගෙවීම රු. 4,750යි. බෙදාහැරීම හෙට උදේ 10ට.")

# ---------------------------------------------------------------- Thai (th)
t = loc(th_fmt(th_id()), "thai")
S("th", "FAM", "MSG", L(
    "ลูกช่วยแม่กรอกฟอร์มเบี้ยยังชีพผู้สูงอายุหน่อย",
    f"เลขบัตรประชาชนแม่ {t}",
    "ชื่อ นางบุญมา ศรีสุข เกิด ๒๔๙๘"), t)

kp = d(6)
kw = say(kp, "th")
S("th", "SHOP", "MSG", f"(ข้อความเสียง) รหัสแอปธนาคารของร้านคือ {kw} นะ อย่าบอกใคร แค่จดไว้ให้พี่", kw)

wf = pw_word(["kafae", "chayen", "baanrao", "somtam"])
S("th", "SHOP", "MSG", L(
    "ช่วยทำป้ายหน้าร้านกาแฟ",
    "WiFi: BaanRao_Coffee",
    f"รหัส: {wf}",
    "ตัวใหญ่ๆ อ่านง่าย มีรูปแก้วกาแฟด้วยนะ ☕"), wf)

go = d(4)
S("th", "DRV", "OUT", L(
    "notifications ->",
    f"Grab: รหัส OTP ของคุณคือ {go} ห้ามเปิดเผยรหัสนี้กับผู้อื่น",
    "Grab: คุณได้รับงานส่งอาหาร 3 งานใกล้ สยามสแควร์"), go)

I("th", "SHOP", "MSG", "ส่งของไป ๑๒๓/๔ ซอยสุขุมวิท ๒๒ แขวงคลองเตย เขตคลองเตย กรุงเทพฯ รหัสไปรษณีย์ 10110 ค่าส่งเท่าไหร่คะ")
I("th", "SHOP", "OUT", L(
    "track() ->",
    f"เลขพัสดุ TH{d(12)}{U(1)}",
    "สถานะ: กำลังนำจ่าย  สาขา: บางนา",
    "ยอดเก็บเงินปลายทาง ๓๕๐ บาท"))
I("th", "MIG", "MSG", f"เที่ยวบิน FD 3108 ไปเชียงใหม่ ที่นั่ง {R.randint(2, 30)}F ออก ๐๗:๔๕ ต้องไปถึงดอนเมืองกี่โมง")
I("th", "FAM", "LESSON", "บทเรียนวันนี้: อย่าบอกรหัส OTP หรือรหัส ATM กับใครทางโทรศัพท์ ธนาคารไม่เคยโทรมาขอรหัส แจ้งเหตุได้ที่ ๑๔๔๑")

# ---------------------------------------------------------------- Vietnamese (vi)
cc = cccd_vn()
S("vi", "MIG", "CALL", "dien_to_khai " + J({
    "loai": "Đăng ký tạm trú", "ho_ten": "Nguyễn Thị Hoa", "so_cccd": cc,
    "dia_chi": "Phòng 12, 45/7 Lê Văn Sỹ, Q.3, TP.HCM", "chu_nha": "Trần Văn Bình"}), cc)

o = d(6)
S("vi", "FAM", "OUT", L(
    "tin_nhan() ->",
    f"VCB: Ma OTP cua Quy khach la {o}. Tuyet doi KHONG chia se ma nay voi bat ky ai.",
    "Viettel: Goi cuoc ST90 cua ban se het han vao 10/12/2026."), o)

wf = pw_word(["camon", "quanbanh", "phosaigon", "caphesua"])
S("vi", "SHOP", "MSG", f"pass wifi quán: {wf} nha em, khách hỏi thì đưa, ghi vô bảng giùm chị", wf)

mm = d(6)
mw = say(mm, "vi")
S("vi", "FAM", "MSG", f"con ơi mật khẩu ví MoMo của mẹ là {mw}, mẹ đọc cho con gõ, nạp tiền điện giùm mẹ", mw)

I("vi", "SHOP", "MSG", f"mã đơn hàng Shopee {d(6)}{U(4)}{d(4)} giao trễ 5 ngày rồi, mã giảm giá FREESHIPXTRA không áp dụng được, viết khiếu nại giùm")
I("vi", "FAM", "MSG", f"số điện thoại bà ngoại 0903 {d(3)} {d(3)}, địa chỉ 12 Nguyễn Trãi, mã bưu chính 700000. gửi bánh tết trước 25 tháng chạp")
I("vi", "STU", "MSG", "số báo danh thi THPT 02012345, điểm toán 8.6, văn 7.25, anh 9.0 — đủ vào Bách Khoa không?")
I("vi", "FAM", "LESSON", "Ghi nhớ: ngân hàng không bao giờ gọi điện hỏi mã OTP hay mật khẩu. Ai hỏi là lừa đảo.")

# ---------------------------------------------------------------- Indonesian (id)
nk = nik_id()
S("id", "MIG", "MSG", L(
    "min mau daftar BPJS buat ibu saya",
    f"NIK {nk}",
    "KK nya juga perlu? ibu tinggal di Cimahi tp KTP Bandung"), nk)

gp = d(6)
gpw = say(gp, "id")
S("id", "FAM", "MSG", f"dek tolong bayarin listrik pake gopay mama ya, PIN nya {gpw}, token 100rb aja", gpw)

o = d(6)
S("id", "DRV", "OUT", L(
    "baca_sms() ->",
    f"<#> Kode verifikasi GrabDriver Anda: {o}. JANGAN BERIKAN kode ini kepada siapa pun.",
    "Telkomsel: Kuota 12GB Anda berlaku s.d. 31/12/2026."), o)

mlpw = pw_word(["mobilelegend", "mythic", "gusion", "savage"])
S("id", "GAME", "MSG", L(
    "bang akun ML aku ke logout sendiri",
    f"moonton id email: rizky.ml{d(2)}@gmail.com pw {mlpw}",
    "skin collector semua, tolong gmn cara amanin"), mlpw)

I("id", "SHOP", "MSG", f"kirim ke Jl. Dago No. 12, Bandung, kode pos 40135. no resi J&T JP{d(10)}, ongkir Rp 18.000")
I("id", "GAME", "MSG", f"mabar yuk! ID ML aku {dn(9)} ({d(4)}), rank Epic 3, jam 8 malam")
I("id", "SHOP", "MSG", "kode promo JUMATBERKAH potongan Rp 10.000 min belanja Rp 50.000, bikinin caption buat IG toko dong")
I("id", "FAITH", "MSG", "jadwal kajian masjid Al-Ikhlas: Kamis 19.30, infaq minggu lalu Rp 2.450.000. no rek masjid ada di papan pengumuman")

# ---------------------------------------------------------------- Malay (ms)
ic = f"{R.randint(60, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{pick(['14', '10', '01', '08'])}-{d(4)}"
S("ms", "FAM", "MSG", f"tolong isi borang STR untuk mak, no IC dia {ic}, pendapatan isi rumah RM1,800 sebulan", ic)

tac = d(6)
S("ms", "SHOP", "OUT", L(
    "sms() ->",
    f"RM0 Maybank2u: TAC {tac} for Transfer RM350.00 to ABU BAKAR. Never share your TAC.",
    "RM0 Touch n Go: Reload RM50.00 berjaya."), tac)

bpw = pw_word(["kucing", "nasilemak", "harimau", "rendang"])
S("ms", "FAM", "MSG", L(
    "abah nak login bank online tapi lupa",
    f"user abah: rahman1960, password {bpw}",
    "dia cakap kena block lepas 3 kali salah"), bpw)

I("ms", "SHOP", "MSG", "alamat kedai: No. 8, Jalan Tun Razak, poskod 50450 Kuala Lumpur. buka 9 pagi - 10 malam, tutup Jumaat 12.15-2.30")
I("ms", "DRV", "MSG", f"no. tempahan bas {U(2)}{d(6)}, KL Sentral ke Kota Bharu 9.30 malam, tempat duduk {R.randint(1, 30)}B. harga RM48.50")
I("ms", "FAM", "MSG", "jangan bagi nombor TAC kat sesiapa, walaupun dia cakap dari bank. mak dah kena hari tu 😢")

# ---------------------------------------------------------------- Tagalog / Taglish (tl)
gc = d(4)
gcs = " ".join(gc)
S("tl", "FAM", "MSG", L(
    "anak pa-cash in naman ako sa gcash para sa kuryente",
    f"mpin ko {gcs}",
    "wag mong sasabihin sa tito mo ha"), gcs)

sss = f"{d(2)}-{d(7)}-{d(1)}"
S("tl", "MIG", "MSG", f"Need ko mag-apply ng SSS maternity sa abroad (Dubai ako). SSS no. ko {sss}. pano po ang online filing?", sss)

o = d(6)
S("tl", "SHOP", "OUT", L(
    "inbox() ->",
    f"GCash: Your Authentication code is {o}. Do not share this with anyone, not even GCash employees.",
    f"GCash: You have received PHP 1,250.00 of GCash from JU**N D. Ref. No. {d(13)}."), o)

pl = pw_word(["pldt", "bahay", "mahalkita", "sinigang"])
S("tl", "FAM", "MSG", f"ate ano ulit pass ng pldt wifi? ah eto pala nakasulat sa ref: {pl} 😅 salamat", pl)

I("tl", "SHOP", "MSG", f"padala sa 23 Mabini St, Brgy. San Roque, Quezon City, zip code 1109. LBC tracking {d(12)}, COD ₱650")
I("tl", "SHOP", "OUT", L(
    "gcash_receipt() ->",
    "Sent via GCash  Amount: ₱500.00",
    f"To: SARI-SARI NI ALING NENA  09** *** {d(4)}",
    f"Ref No. {d(4)} {d(3)} {d(6)}  Dec 7, 2026 3:14 PM"))
I("tl", "FAM", "MSG", "magpa-load ka ng GOSURF50 sa 8080, tapos pag may tumawag na taga-bangko at humingi ng OTP, wag ibibigay ha")
I("tl", "CLUB", "MSG", f"liga ng barangay: Team Bulldogs vs Agila 78-74! sunod na laro Sabado 5pm court 2, jersey no. {R.randint(0, 99)} si Migo MVP 🏀")

# ---------------------------------------------------------------- Chinese (zh)
cid = cn_id(female=True)
S("zh", "MIG", "MSG", L(
    "帮我填一下社保转移的表",
    f"身份证号：{cid}",
    "姓名 王秀英，原参保地 广州天河"), cid)

wp = loc(d(6), "fw")
S("zh", "FAM", "MSG", f"儿子，妈的微信支付密码是{wp}，你帮我给你舅转两千块，我眼睛看不清", wp)

bc = luhn_num("62" + R.choice(["2202", "2848", "2700"]), 19)
S("zh", "SHOP", "MSG", L(
    "供货商要我的收款银行卡",
    f"卡号 {grp(bc)}",
    "开户行 工商银行 义乌分行，户名 陈建国。帮我写一条微信发给他"), grp(bc))

wf = pw_word(["xiaomai", "fuqi", "laoban", "hongbao"])
S("zh", "SHOP", "MSG", f"店里wifi名 ChenJi_5G 密码 {wf} 帮我做个小牌子放收银台", wf)

I("zh", "SHOP", "OUT", L(
    "查询快递() ->",
    f"顺丰运单号：SF{d(13)}",
    "状态：派送中  快递员电话 138****5521",
    "收件地址：广东省广州市天河区体育西路 邮编 510620"))
I("zh", "FAM", "MSG", f"订单号 {d(19)} 的退款还没到，金额 ¥268.00，客服说 3-5 个工作日")
I("zh", "MIG", "MSG", f"航班 CZ3101 北京—广州，座位 {R.randint(20, 60)}K，登机口 C12，明早 07:30 起飞")
I("zh", "FAM", "LESSON", "提醒：任何人索要验证码、支付密码都是诈骗。银行和公安不会打电话要密码。反诈专线 96110。")

# ---------------------------------------------------------------- Japanese (ja)
mn = my_number()
mnf = loc(grp(mn), "fw")
S("ja", "FAM", "MSG", L(
    "母の年金の書類、マイナンバーの欄があって",
    f"{mnf}",
    "で合ってますか？カードの裏に書いてある番号です"), mnf)

ap = loc(d(4), "fw")
S("ja", "RENT", "MSG", f"新しいアパートのオートロック、暗証番号は{ap}＃って管理会社から。友達が来るとき何て伝えればいい？", ap)

o = d(6)
S("ja", "STU", "OUT", L(
    "SMS受信 ->",
    f"【LINE】認証番号：{o} 他の人には絶対に教えないでください。",
    "【ヤマト運輸】お荷物のお届け予定：12/9 午前中"), o)

bnk = d(4)
S("ja", "FAM", "MSG", f"じいちゃん、キャッシュカードの暗証番号 {bnk} ってメモに書いてたけど、財布に入れとくのやめてね", bnk)

I("ja", "SHOP", "MSG", f"〒150-0001 東京都渋谷区神宮前{R.randint(1, 6)}-{R.randint(1, 30)}-{R.randint(1, 20)} 注文番号 {d(3)}-{d(7)}-{d(7)} の配達日を変更したい")
I("ja", "RENT", "MSG", "305号室の者です。来月から家賃が68,000円になるそうですが、更新料は何ヶ月分ですか？電話は03-1234-5678です")
I("ja", "MIG", "MSG", f"のぞみ21号 7号車 12番A席、東京 9:21発 → 新大阪 11:48着。乗り換えは何番線？")
I("ja", "FAM", "LESSON", "注意：「暗証番号を教えてください」という電話はすべて詐欺です。銀行や警察が暗証番号を聞くことはありません。")

# ---------------------------------------------------------------- Korean (ko)
rr = kr_rrn()
S("ko", "CARE", "CALL", "register_patient " + J({
    "병원": "서울365의원", "이름": "김순자", "주민등록번호": rr,
    "보호자": "김민수 (아들)", "연락처": "010-" + d(4) + "-" + d(4)}), rr)

dp = d(4)
dpk = "#" + dp + "*"
S("ko", "RENT", "MSG", f"택배 기사님께 공동현관 비번 {dpk} 알려드려도 될까? 문 앞에 두라고 하려고", dpk)

o = d(6)
S("ko", "FAM", "OUT", L(
    "문자함 ->",
    f"[Web발신] [카카오] 인증번호 [{o}]를 입력해주세요. 타인 노출 금지",
    "[Web발신] [CJ대한통운] 고객님의 상품이 배송 완료되었습니다."), o)

ka = f"{d(6)}-{d(2)}-{d(6)}"
S("ko", "FAM", "MSG", f"엄마 용돈 보낼 계좌번호 다시 알려줘 → 국민 {ka} 김영희. 이거 맞지?", ka)

I("ko", "SHOP", "OUT", L(
    "주문조회() ->",
    f"주문번호 {d(14)}",
    f"운송장번호 {d(12)} (CJ대한통운)",
    "배송지: 서울 강남구 테헤란로 152, 우편번호 06236"))
I("ko", "DRV", "MSG", f"472번 버스 타고 신사역에서 내려. KTX {R.randint(100, 199)}열차 5호차 {R.randint(1, 20)}A석이야")
I("ko", "FAM", "LESSON", "오늘 배운 것: 인증번호나 비밀번호를 묻는 전화·문자는 모두 보이스피싱. 신고는 112.")
I("ko", "GAME", "MSG", "롤 티어 골드2, 승률 54%, 닉네임 '감자튀김장인' 친추 ㄱㄱ")

# ---------------------------------------------------------------- Arabic (ar)
en_ = loc(egypt_nid(), "arab")
S("ar", "MIG", "MSG", L(
    "عايز أطلع بطاقة تموين لأمي",
    f"الرقم القومي بتاعها {en_}",
    "هي ساكنة في شبرا بس البطاقة مكتوب فيها أسيوط، ينفع؟"), en_)

iq = sa_id(resident=True)
S("ar", "MIG", "CALL", "absher_form " + J({
    "الخدمة": "تجديد هوية مقيم", "الاسم": "محمد أنور حسين", "رقم_الإقامة": iq,
    "الكفيل": "مؤسسة النخيل للمقاولات", "الجوال": "05" + d(8)}), iq)

sib = iban("SA", d(2) + d(18))
S("ar", "MIG", "MSG", L(
    "ابعت لي الفلوس على الآيبان ده يا أخويا",
    grp(sib),
    "باسم عبدالله سعيد، بنك الراجحي. وقول لأمي إني بخير 🤲"), grp(sib))

vc = d(6)
vw = say(vc, "ar")
S("ar", "SHOP", "MSG", f"(رسالة صوتية) الرقم السري بتاع فودافون كاش {vw}، حوّل لعم سيد تمن البضاعة ٣٥٠٠ جنيه", vw)

eid = emirates_id()
S("ar", "CARE", "MSG", L(
    "أبي عنده موعد في المستشفى ويطلبون رقم الهوية",
    f"رقم الهوية الإماراتية: {eid}",
    "الموعد يوم الخميس الساعة ١٠ صباحًا، عيادة القلب"), eid)

I("ar", "SHOP", "MSG", f"عنوان التوصيل: ١٢ شارع التحرير، الدقي، الجيزة، الرمز البريدي ١٢٦١١. رقم الطلب {loc(d(8), 'arab')}، المبلغ ٤٥٠ جنيه")
I("ar", "FAM", "LESSON", "نصيحة اليوم: ما تديش الرقم السري أو كود التفعيل لأي حد، حتى لو قال إنه من البنك. البنك عمره ما بيطلبه.")
I("ar", "MIG", "MSG", f"رحلة MS 985 القاهرة - الرياض، مقعد {R.randint(10, 40)}A، بوابة ٧، الإقلاع ٠٢:١٥ فجرًا. الوزن المسموح ٢٣ كيلو")
I("ar", "FAITH", "MSG", "تبرعات المسجد هذا الأسبوع ١٢,٧٥٠ ريال. درس الجمعة بعد صلاة العصر، القاعة رقم ٣")
I("ar", "CARE", "OUT", L(
    "نتيجة_التحليل() ->",
    "السكر الصائم: ١٢٦ مجم/دل   الضغط: ١٣٥/٨٥",
    f"رقم الحجز: {loc(d(6), 'arab')}   الموعد القادم: ١٥/١٢/٢٠٢٦، عيادة رقم ٤"))

# ---------------------------------------------------------------- Arabizi (ar-Latn)
wp = pw_word(["7abibi", "masr", "3ala2", "ya7ya"])
S("ar-Latn", "FAM", "MSG", f"el password bta3 el wifi el gdid {wp} ya 3amo, 2ool le teta 3ashan el tablet", wp)

bc = d(4)
S("ar-Latn", "RENT", "MSG", L(
    "ahla w sahla bl bineye!",
    f"el code taba3 el bab el t7tene {bc} w ba3den el zeffe l akhdar",
    "el 2ejar kel shahr 3al 5, cash aw OMT"), bc)

o = d(6)
S("ar-Latn", "STU", "MSG", f"7ad b3atli code {o} 3al whatsapp w bi2ol 2eno ghalat, a3tih? 😬", o)

vp = d(4)
S("ar-Latn", "SHOP", "MSG", f"ya basha el pin bta3 el visa el gdida {vp}, 5alli balak el makana bt5od el card law ghalat 3 marat", vp)

I("ar-Latn", "FAM", "MSG", "ana 3ayez a3raf el 7aga di bkam, el 2amis el azra2 b 350 w el bantalon b 480. ba3t lel sa3a 5")
I("ar-Latn", "SHOP", "MSG", f"ra2am el order {d(7)} w mesh wasel lessa, 2alouli 3-5 ayam. el mandoub ra2amo 0100 {d(3)} {d(4)}")
I("ar-Latn", "GAME", "MSG", "3amalt 7 kills fe el match w el score b2a 13-7, pubg id bta3i Masry_Beast_77 eb3atli add")
I("ar-Latn", "STU", "MSG", "el doctor 2al matektebsh el password fel wara2a. khalas fhemt, hashta8al 3al password manager")

# ---------------------------------------------------------------- Persian (fa)
ic = loc(ir_code(), "fa")
S("fa", "MIG", "MSG", f"برای ثبت‌نام سهام عدالت کد ملی پدرم {ic} رو وارد کنم یا مال خودم رو؟", ic)

r2 = loc(d(6), "fa")
S("fa", "FAM", "MSG", L(
    "مامان جان رمز دوم کارتت رو بفرست",
    f"باشه پسرم: {r2}",
    "فقط خرید اینترنتی دارو بکن چیز دیگه نخر 😅"), r2)

cd = luhn_num(pick(["603799", "610433", "589210"]), 16)
cdf = loc(grp(cd, 4, "-"), "fa")
S("fa", "SHOP", "MSG", f"شماره کارت مشتری برای مرجوعی: {cdf} به نام زهرا کریمی. پیامش رو می‌نویسی؟", cdf)

I("fa", "SHOP", "MSG", f"کد پستی مغازه {loc(d(10), 'fa')} هست، آدرس: تهران، خیابان ولیعصر، پلاک ۲۱۴. شماره پیگیری سفارش {loc(d(8), 'fa')}")
I("fa", "FAM", "OUT", L(
    "پیامک_بانک() ->",
    "برداشت: ۱,۲۵۰,۰۰۰ ریال",
    f"کارت ****{loc(d(4), 'fa')}  شماره پیگیری: {loc(d(6), 'fa')}",
    "مانده: ۸,۴۳۰,۰۰۰ ریال  ۱۴۰۵/۰۹/۱۶"))
I("fa", "STU", "LESSON", "نکته امنیتی: رمز پویا و رمز دوم را هرگز به کسی نگویید؛ بانک هیچ‌وقت تلفنی رمز نمی‌خواهد.")

# ---------------------------------------------------------------- Hebrew (he)
tz = il_id()
S("he", "RENT", "MSG", L(
    "בעל הבית רוצה צילום ת.ז. לחוזה",
    f"מספר תעודת זהות {tz}",
    "זה בסדר לשלוח בווטסאפ או עדיף במייל?"), tz)

gk = d(4) + "*"
S("he", "FAM", "MSG", f"סבתא, הקוד של השער החדש {gk}, אל תכתבי את זה על הדלת בבקשה ❤️", gk)

I("he", "SHOP", "MSG", f"מספר הזמנה {d(9)}, משלוח לרחוב הרצל 14, ראשון לציון, מיקוד {d(7)}. כמה זמן זה לוקח?")
I("he", "CARE", "MSG", f"אבא בחדר {R.randint(200, 450)}, מחלקה פנימית ב', שעות ביקור 16:00-20:00. לחץ דם 140/90 היום")

# ---------------------------------------------------------------- Turkish (tr)
tc = tckn()
S("tr", "MIG", "CALL", "e_devlet_form " + J({
    "işlem": "İkametgah belgesi", "ad_soyad": "Ayşe Yılmaz", "tc_kimlik_no": tc,
    "adres": "Bağlarbaşı Mah. 12. Sok. No:7 D:3, Üsküdar/İstanbul"}), tc)

ed = pw_word(["karadeniz", "galatasaray", "fenerbahce", "anneannem"])
S("tr", "FAM", "MSG", L(
    "annemin e-devlet şifresi lazım emekli maaşına bakacağız",
    f"şifre {ed} yazmış deftere",
    "doğru mu yanlış mı anlamadım, 3 kere denedim"), ed)

ti = iban("TR", d(5) + "0" + d(16))
S("tr", "SHOP", "MSG", L(
    "müşteri kaporayı nereye yatıracak diye soruyor",
    f"IBAN: {grp(ti)}",
    "Alıcı: Mehmet Demir. kibar bir mesaj yaz"), grp(ti))

o = d(6)
S("tr", "DRV", "OUT", L(
    "sms_oku() ->",
    f"Trendyol Go: Giriş doğrulama kodunuz {o}. Bu kodu kimseyle paylaşmayın.",
    "Turkcell: 10 GB ek paketiniz tanımlandı."), o)

I("tr", "SHOP", "MSG", f"kargo takip no {d(12)}, Kadıköy şubesi, posta kodu 34710. sipariş no #{d(8)}, tutar 1.249,90 TL")
I("tr", "FAM", "LESSON", "Unutma: bankalar ve polis telefonda asla şifrenizi veya SMS kodunuzu istemez. Şüphelenirsen 155'i ara.")
I("tr", "CLUB", "MSG", f"halı saha pazar 21:00, Yıldız Spor Tesisleri saha {R.randint(1, 4)}, kişi başı 150 TL. skor geçen hafta 8-6 😅")
I("tr", "DRV", "MSG", f"34 ABC {d(3)} plakalı taksi, fiş no {d(6)}, ücret 420 TL. havalimanına fazla aldı mı?")

# ---------------------------------------------------------------- Swahili (sw)
mp = d(4)
mpw = say(mp, "sw")
S("sw", "FAM", "MSG", L(
    "(ujumbe wa sauti)",
    f"mama, PIN yangu ya M-Pesa ni {mpw}, nitumie elfu mbili kwa Fuliza nikilipa kesho",
    "usimwambie baba"), mpw)

kid = dn(8)
S("sw", "MIG", "MSG", f"nataka kujaza fomu ya SHA kwa bibi, namba ya kitambulisho chake ni {kid}, amezaliwa 1949. inaomba nini kingine?", kid)

atm = d(4)
S("sw", "FAM", "CALL", "send_whatsapp " + J({
    "to": "Bi. Rehema (mke)", "message": f"Mpenzi, kadi ya Equity iko kwenye droo. Namba ya siri ya ATM ni {atm}. Toa 5000 kwa ada ya shule."}), atm)

kw = pw_word(["yesu", "neema", "baraka", "amani"])
S("sw", "FAITH", "MSG", L(
    "Tangazo la kanisa Jumapili:",
    "WiFi ya wageni: PEFA_Kisumu_Guest",
    f"Neno siri: {kw}",
    "Tafadhali tengeneza bango fupi"), kw)

o = d(6)
S("sw", "SHOP", "OUT", L(
    "soma_sms() ->",
    f"Airtel Money: Namba yako ya uthibitisho ni {o}. Usiitoe kwa mtu yeyote.",
    "Airtel: Umepokea bando ya 1GB halali hadi 11:59 usiku."), o)

I("sw", "FAM", "MSG", f"lipa stima kupitia Paybill 888880, namba ya akaunti ni namba ya mita {d(11)}. kiasi KSh 1,000")
I("sw", "FAM", "LESSON", "Somo la leo: Usimpe mtu yeyote PIN yako ya M-Pesa, hata kama anasema ni wa Safaricom. Piga 100 kuuliza.")
I("sw", "DRV", "MSG", f"nauli ya matatu namba 111 kutoka Ngong ni 150, gari KCD {d(3)}{U(1)}. tutaonana stage saa 7:30")
I("sw", "FARM", "MSG", f"nimeuza lita {R.randint(20, 80)} za maziwa kwa chama, bei ni 52 kwa lita. risiti namba {d(6)}")
I("sw", "SHOP", "MSG", "sanduku la posta 4412-00100 Nairobi. duka letu linafunguliwa saa 2 asubuhi hadi saa 3 usiku")

# ---------------------------------------------------------------- Hausa (ha)
hp = d(4)
hw = say(hp, "ha")
S("ha", "FAM", "MSG", f"Baba ya ce lambar sirrin ATM dinsa ita ce {hw}, don Allah ka cire masa Naira dubu goma", hw)

nn = dn(11)
S("ha", "MIG", "MSG", f"Ina son in yi rajistar layin waya, NIN dina {nn}, sunana Aisha Musa Bello. Me kuma ake bukata?", nn)

o = d(6)
S("ha", "SHOP", "OUT", L(
    "sakonni() ->",
    f"OPay: Your verification code is {o}. Kada ka bayar da wannan lambar ga kowa.",
    "MTN: Kana da Naira 350 a layinka."), o)

I("ha", "SHOP", "MSG", "Na sayar da buhu 12 na masara a kan Naira 58,000 kowanne. Lambar wayata 0803 411 2290, ku kira ni")
I("ha", "FAM", "LESSON", "Darasi: Kar ka ba kowa lambar sirrinka ko PIN dinka, ko da ya ce daga banki yake.")
I("ha", "FAITH", "MSG", "Taron tafsiri a masallacin Juma'a ranar Lahadi karfe 4:30, gudummawar da aka tara ₦145,000")

# ---------------------------------------------------------------- Yoruba (yo)
ya = nuban(pick(["044", "033", "011"]))
S("yo", "SHOP", "MSG", f"Ẹ fi owó ọjà ránṣẹ́ sí nọ́mbà àkáǹtì mi {ya} (Access Bank), orúkọ: Adebayo Folake. Ẹ ṣé o", ya)

yp = d(4)
yw = say(yp, "yo")
S("yo", "FAM", "MSG", f"Màmá sọ pé PIN káàdì òun ni {yw}, ẹ bá òun gba ẹgbẹ̀rún márùn-ún", yw)

yf = pw_word(["ibadan", "jollof", "amala", "oluwaseun"])
S("yo", "STU", "MSG", f"pásíwọ̀dù wifi hostel wa ni {yf}, ẹ má fi fún àwọn ọmọ block B 😂", yf)

I("yo", "SHOP", "MSG", "Iye gaàrí jẹ́ ₦2,500 fún páàlì kan, ata ₦1,200. Ẹ pè mí ní 0812 345 6700 fún àṣẹ")
I("yo", "FAITH", "MSG", "Ìsìn ọjọ́ Àìkú bẹ̀rẹ̀ ní agogo 8:30, orin 215 àti 404. Ọrẹ ìkórè: ₦380,000")
I("yo", "FAM", "LESSON", "Ẹ̀kọ́: Má ṣe sọ PIN tàbí OTP rẹ fún ẹnikẹ́ni lórí fóònù, bánkì kò ní béèrè rẹ̀ láéláé.")

# ---------------------------------------------------------------- Nigerian Pidgin (pcm)
op = d(4)
S("pcm", "SHOP", "MSG", f"abeg my opay pin na {op}, help me check why transfer no go, customer dey wait since morning", op)

bv = "22" + d(9)
S("pcm", "MIG", "MSG", L(
    "dem dey ask for my BVN for the loan app",
    f"na {bv}",
    "e safe so? dem say na 5 minutes loan"), bv)

bpw = pw_word(["naija", "odogwu", "wizkid", "burnaboy"])
S("pcm", "CLUB", "MSG", f"my bet9ja account don lock. username: ChiboyOdogwu, password {bpw}. wetin i go do make dem unlock am", bpw)

I("pcm", "CLUB", "MSG", f"booking code for the slip na {U(2)}{d(1)}{U(3)}, 5 odds, share am for the whatsapp group make everybody load am 🔥")
I("pcm", "DRV", "MSG", "the keke fare from Ojuelegba to Yaba na ₦700 now, before na ₦400. fuel don cost ₦1,050 per litre 😤")
I("pcm", "FAM", "MSG", "if anybody call you say dem be bank and ask for your PIN or BVN, just end the call. na 419")

# ---------------------------------------------------------------- Igbo (ig)
ip = d(4)
S("ig", "FAM", "MSG", f"Nne, PIN kaadị ATM m bụ {ip}. Biko wepụta ego ụlọ akwụkwọ Chidi, ₦45,000", ip)
I("ig", "SHOP", "MSG", "Ahịa Ariaria: akpa osikapa ₦78,000, mmanụ lita 5 ₦9,500. Kpọọ m na 0706 123 4455")

# ---------------------------------------------------------------- Amharic (am)
tb = d(6)
S("am", "FAM", "MSG", f"እማዬ የቴሌብር ፒን ቁጥሬ {tb} ነው፣ ለአባዬ 2000 ብር ላኪለት እባክሽ", tb)

fy = d(12)
S("am", "MIG", "MSG", f"የፋይዳ ቁጥሬ {grp(fy)} ነው። ለባንክ አካውንት መክፈቻ ይበቃል?", grp(fy))

I("am", "SHOP", "MSG", "የጤፍ ዋጋ በኩንታል 12,500 ብር ሆኗል። ስልክ ቁጥር 0911 234 567 ደውሉ")
I("am", "FAITH", "MSG", "የሰንበት ትምህርት ቤት ስብሰባ እሁድ ከቀኑ 8 ሰዓት፣ አዳራሽ ቁጥር 2")

# ---------------------------------------------------------------- Zulu (zu)
zi = za_id(female=True)
S("zu", "MIG", "MSG", f"Ngicela ungisize ngefomu ye-SASSA ka-gogo. Inombolo kamazisi wakhe ithi {zi}", zi)

zp = d(5)
S("zu", "FAM", "MSG", f"Baba, i-PIN ye-Capitec ithi {zp}. Ungayitsheli muntu, ngizothenga ugesi", zp)

I("zu", "SHOP", "MSG", "Isitolo sethu sise-12 Florida Road, Durban, ikhodi yeposi 4001. Intengo yesinkwa R18.99")
I("zu", "FAM", "LESSON", "Isifundo: Ungalokothi unikeze muntu i-PIN noma i-OTP yakho ocingweni, ngisho ethi uvela ebhange.")

# ---------------------------------------------------------------- Afrikaans (af)
ab = pw_word(["boerewors", "springbok", "karoo", "skaap"])
S("af", "FARM", "MSG", L(
    "Ek kan nie by die koöperasie se webwerf inteken nie",
    f"gebruiker: jvdmerwe, wagwoord {ab}",
    "moet ek hulle bel of kan ek dit self herstel?"), ab)

ai = za_id()
S("af", "RENT", "MSG", f"Die huisbaas vra my ID-nommer vir die huurkontrak: {ai}. Is dit normaal?", ai)

I("af", "FARM", "MSG", "Ons het 42 skape verkoop teen R2 350 elk by die veiling op Beaufort-Wes, poskode 6970")
I("af", "CLUB", "MSG", f"Rugby Saterdag 15:00, ons het 24-17 gewen! Volgende wedstryd teen Paarl, bus vertrek 11:30 vanaf skool")

# ---------------------------------------------------------------- Somali (so)
ev = d(4)
S("so", "FAM", "MSG", f"Hooyo, PIN-ka EVC Plus waa {ev}, fadlan u dir aabo $50 ee dawada", ev)

sp_ = pick(["P", "N"]) + dn(8)
S("so", "MIG", "CALL", "fill_form " + J({
    "foomka": "Codsiga fiisaha", "magaca": "Cabdi Xasan Maxamed", "baasaboor": sp_,
    "dalka": "Soomaaliya", "taariikhda_dhalashada": "1990-03-11"}), sp_)

I("so", "SHOP", "MSG", "Qiimaha bariiska 25kg waa $21, sonkorta $38. Wac 061 5 123456 haddii aad rabto")
I("so", "FAM", "LESSON", "Cashar: Qofna ha u sheegin PIN-kaaga ama koodhka OTP, xitaa haddii uu yiraahdo waxaan ka imid shirkadda.")

# ---------------------------------------------------------------- Haitian Creole (ht)
mc_ = d(4)
S("ht", "FAM", "MSG", f"Manman, kòd MonCash mwen se {mc_}, voye 2500 goud pou lekòl Ti Jan tanpri", mc_)
I("ht", "SHOP", "MSG", "Pri diri a monte: 1 mamit 350 goud. Rele m nan 3712 4455 si ou bezwen")


def nif_pt() -> str:
    eight = R.choice("123") + d(7)
    s = sum(int(a) * b for a, b in zip(eight, range(9, 1, -1)))
    c = 11 - s % 11
    return eight + str(0 if c >= 10 else c)


def cnp_ro() -> str:
    y = R.randint(1955, 2005)
    body = f"{(1 if y < 2000 else 5) + R.randint(0, 1)}{y % 100:02d}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 46):02d}{R.randint(1, 999):03d}"
    s = sum(int(a) * b for a, b in zip(body, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]))
    c = s % 11
    return body + ("1" if c == 10 else str(c))


def afm_gr() -> str:
    eight = dn(8)
    s = sum(int(eight[i]) * 2 ** (8 - i) for i in range(8))
    return eight + str(s % 11 % 10)


def amka_gr() -> str:
    body = f"{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(50, 99):02d}{d(4)}"
    return body + luhn_digit(body)


# ---------------------------------------------------------------- Spanish (es)
cu = curp("M")
S("es", "STU", "CALL", "llenar_formulario " + J({
    "programa": "Beca Benito Juárez", "alumna": "Guadalupe Hernández Ruiz", "curp": cu,
    "escuela": "Secundaria Técnica 45", "tutor_tel": "55 " + d(4) + " " + d(4)}), cu)

cl = cuil()
S("es", "MIG", "MSG", L(
    "che me piden el CUIL para el alta en el laburo",
    f"el mío es {cl}",
    "lo pongo con guiones o todo junto en el formulario de AFIP?"), cl)

ni = nie_es()
S("es", "MIG", "MSG", L(
    "hola, necesito pedir cita para la tarjeta roja de asilo",
    f"mi NIE es {ni}",
    "la web de extranjería no deja elegir oficina en Madrid, qué hago"), ni)

nq = d(4)
nw = say(nq, "es")
S("es", "FAM", "MSG", f"(nota de voz) mija la clave de Nequi es {nw}, mándele 50 mil a su tía pa' la droguería", nw)

rt_ = rut(3_000_000, 7_999_999)
S("es", "CARE", "MSG", f"necesito pedir hora en el Cesfam para mi papá, RUT {rt_}, tiene 81 años y es diabético. se puede por internet?", rt_)

o = f"{d(3)}-{d(3)}"
S("es", "STU", "OUT", L(
    "leer_sms() ->",
    f"Tu código de WhatsApp: {o}. No compartas este código con nadie.",
    "Movistar: Te quedan 2 GB hasta el 15/12."), o)

eib = iban("ES", es_bban())
S("es", "RENT", "MSG", L(
    "Hola Carmen, para el alquiler de enero puedes hacer la transferencia a esta cuenta:",
    grp(eib),
    "Titular: Lucía Ortega. Son 650 € como siempre, gracias!"), grp(eib))

dn_ = dni_es()
S("es", "FAM", "MSG", f"mi abuela quiere sacar la tarjeta sanitaria, su DNI es {dn_}, ¿qué más le piden en el centro de salud?", dn_)

I("es", "SHOP", "MSG", f"envío a Calle de Toledo 45, 3ºB, 28005 Madrid. número de pedido {d(10)}, total 34,90 €. código postal correcto?")
I("es", "FAM", "LESSON", "Recuerda: el banco nunca te pide tu clave ni el código que te llega por SMS. Si alguien lo pide, cuelga.")
I("es", "DRV", "MSG", f"placa {U(3)}-{d(3)}, turno de 6 a 14, hice 23 viajes y 187.500 pesos. cuánto le toca al dueño del carro si es 40%?")
I("es", "MIG", "MSG", f"vuelo IB 6830 Madrid–Bogotá, asiento {R.randint(10, 45)}H, sale 23:55. cuántas maletas de 23 kg puedo llevar?")
I("es", "SHOP", "OUT", L(
    "rastrear_envio() ->",
    f"Número de guía: {d(10)}",
    "Estado: En reparto — Guadalajara, Jal. CP 44100",
    "Entrega estimada: 9 dic 2026"))
I("es", "SHOP", "MSG", "código de descuento NAVIDAD15 vale hasta el 24, súmale envío gratis en compras desde $499. hazme el post para facebook")
I("es", "CARE", "MSG", f"turno número {R.randint(20, 99)} en el hospital, consultorio 12, glucosa 180 en ayunas. la enfermera dijo que vuelva el martes")
I("es", "CLUB", "MSG", f"ganamos 2-0 el clásico del barrio ⚽ próximo partido domingo 10:00 cancha 3, cuota $5.000 por jugador")

# ---------------------------------------------------------------- Portuguese (pt)
cp = cpf()
S("pt", "SHOP", "MSG", L(
    "o cliente quer nota fiscal com CPF",
    f"CPF {cp}",
    "nome: José Aparecido da Silva. gera pra mim o texto pro sistema?"), cp)

sb = pw_word(["flamengo", "corinthians", "saudade", "brigadeiro"])
S("pt", "FAM", "MSG", f"vó, a senha do app do banco é {sb}, não conta pra ninguém tá? nem pro moço que liga dizendo que é do banco", sb)

o = d(6)
S("pt", "DRV", "OUT", L(
    "ler_sms() ->",
    f"iFood: Seu código de acesso é {o}. Não compartilhe com ninguém.",
    "Claro: Sua fatura de R$ 59,90 vence em 10/12."), o)

nf = nif_pt()
S("pt", "MIG", "MSG", L(
    "Olá! Vim do Brasil para Lisboa e já tenho NIF",
    f"NIF {nf}",
    "agora preciso do NISS para trabalhar, como peço na Segurança Social Direta?"), nf)

pib = iban("PT", pt_bban())
S("pt", "RENT", "MSG", f"Sr. Manuel, a renda de dezembro (480 €) pode ir para o IBAN {grp(pib)}, titular Ana Costa. Obrigada!", grp(pib))

I("pt", "SHOP", "MSG", f"entregar na Av. Paulista, 1000, apto 52, CEP 01310-100, São Paulo. pedido nº {d(8)}, frete R$ 18,90")
I("pt", "SHOP", "OUT", L(
    "rastreio() ->",
    f"Código de rastreio: {s10('BR')}",
    "Objeto saiu para entrega ao destinatário — Recife/PE"))
I("pt", "FAM", "LESSON", "Dica da semana: nunca passe sua senha nem o código do SMS pra ninguém. Banco não liga pedindo senha.")
I("pt", "RENT", "MSG", f"boleto do condomínio: R$ 420,00, vencimento 10/12, linha digitável {d(5)}.{d(5)} {d(5)}.{d(6)} {d(5)}.{d(6)} {d(1)} {d(14)}")
I("pt", "CLUB", "MSG", f"pelada de quinta: 19h, quadra {R.randint(1, 4)}, R$ 15 por cabeça. placar semana passada 9x7 pro time sem camisa")

# ---------------------------------------------------------------- French (fr)
nr = nir()
S("fr", "CARE", "MSG", L(
    "Je remplis le dossier d'aide à domicile pour ma mère",
    f"numéro de sécu : {nr}",
    "Elle a 79 ans, GIR 4. Quelle case pour l'APA ?"), nr)

dg_ = d(2) + U(1) + d(2)
S("fr", "RENT", "MSG", f"Bonjour, pour le déménagement samedi : digicode {dg_}, puis 3e étage gauche. Le camion peut se garer rue Oberkampf.", dg_)

fib = iban("FR", fr_bban())
S("fr", "FAM", "MSG", L(
    "Maman, pour le virement des vacances, voici mon IBAN :",
    grp(fib),
    "Bisous, Léa"), grp(fib))

om = d(4)
ow_ = say(om, "fr")
S("fr", "SHOP", "MSG", f"(message vocal) mon code Orange Money c'est {ow_}, envoie 25 000 francs à tantie Awa pour le tissu", ow_)

o = d(6)
S("fr", "FAM", "OUT", L(
    "lire_sms() ->",
    f"Wave: Votre code de confirmation est {o}. Ne le communiquez à personne.",
    "Orange: Votre pass internet 2 Go expire le 10/12."), o)

I("fr", "SHOP", "MSG", f"livraison au 12 rue de la Roquette, 75011 Paris. numéro de commande {d(9)}, 3 colis, suivi Colissimo {d(1)}{U(1)}{d(11)}")
I("fr", "FAM", "LESSON", "Rappel : ne donnez jamais votre code secret ni le code reçu par SMS, même à quelqu'un qui dit appeler de la banque.")
I("fr", "MIG", "MSG", f"vol AF 718 Paris–Dakar, siège {R.randint(10, 40)}A, départ 16h05. récépissé de demande n° {d(10)}, valable jusqu'au 15/03")
I("fr", "FAITH", "MSG", "Kermesse de la paroisse samedi 14h, stand gâteaux : 2 € la part. Quête de dimanche : 1 240 €. Merci à tous !")
I("fr", "SHOP", "MSG", "Mon code promo NOEL10 ne marche pas sur le site, et le code postal 13001 est refusé. Vous pouvez m'aider ?")

# ---------------------------------------------------------------- German (de)
st = steuer_id()
S("de", "STU", "MSG", L(
    "Minijob im Café, Chef will meine Steuer-ID",
    f"ist {st}",
    "reicht das oder brauch ich noch was vom Finanzamt?"), st)

kv = kvnr()
S("de", "CARE", "CALL", "termin_buchen " + J({
    "praxis": "Hausarztpraxis Dr. Yilmaz", "patient": "Helga Brandt", "geburtsdatum": "1941-06-02",
    "versichertennummer": kv, "kasse": "AOK Nordost", "grund": "Grippeimpfung"}), kv)

dib = iban("DE", d(8) + d(10))
S("de", "CLUB", "MSG", f"Mitgliedsbeitrag Schützenverein: bitte Lastschrift von meinem Konto, IBAN {grp(dib)}, Kontoinhaber Klaus Weber", grp(dib))

I("de", "SHOP", "MSG", f"Lieferung an Hauptstraße 7, 10827 Berlin. Bestellnummer {d(3)}-{d(7)}-{d(7)}, Kundennummer {d(8)}. Wann kommt das?")
I("de", "FAM", "LESSON", "Merke: Die Bank fragt nie am Telefon nach PIN oder TAN. Bei Verdacht sofort auflegen und 116 116 anrufen.")
I("de", "DRV", "MSG", f"ICE {R.randint(500, 999)} nach München, Wagen 7, Platz {R.randint(11, 98)}, Abfahrt 14:28 Gleis 9. Verspätung +25 Min 🙄")

# ---------------------------------------------------------------- Italian (it)
ip_ = d(5)
S("it", "FAM", "MSG", f"nonna, il PIN del bancomat è {ip_}, l'ho scritto solo qui. non tenerlo nel portafoglio eh!", ip_)

sp2 = pw_word(["pizzamargherita", "forzanapoli", "gattino", "roma"])
S("it", "MIG", "MSG", L(
    "devo entrare con SPID per il permesso di soggiorno",
    f"utente: amir.haddad / password: {sp2}",
    "mi chiede anche il codice OTP, arriva sull'app PosteID?"), sp2)

I("it", "SHOP", "MSG", f"spedizione a Via Roma 15, 20121 Milano (CAP 20121). numero ordine {d(8)}, totale 42,50 €")
I("it", "CLUB", "MSG", f"calcetto giovedì 20:30, campo {R.randint(1, 5)}, 8 € a testa. abbiamo vinto 7-5, Marco doppietta")

# ---------------------------------------------------------------- Dutch (nl)
bs = bsn()
S("nl", "MIG", "MSG", f"de gemeente vraagt mijn BSN voor de huurtoeslag: {bs}. moet ik ook mijn DigiD gebruiken?", bs)

nib = iban("NL", nl_bban())
S("nl", "CLUB", "CALL", "lid_aanmelden " + J({
    "vereniging": "Volleybalclub De Smash", "naam": "Fatima El Amrani", "iban": nib,
    "machtiging": True, "contributie": "€ 22,50 per maand"}), nib)

I("nl", "SHOP", "MSG", f"bezorgen op Damrak 1, 1012 LG Amsterdam. bestelnummer {d(10)}, track & trace 3S{U(4)}{d(9)}")
I("nl", "FAM", "LESSON", "Tip: geef nooit je pincode of inlogcode door, ook niet aan iemand die zegt van de bank te zijn.")

# ---------------------------------------------------------------- Polish (pl)
ps = pesel()
S("pl", "MIG", "MSG", f"mama dostała numer PESEL {ps} jako obywatelka Ukrainy, czy może teraz założyć konto w banku?", ps)

bl = d(6)
bls = bl[:3] + " " + bl[3:]
S("pl", "SHOP", "MSG", f"pani płaci BLIKIEM, kod {bls} — szybko wpisz zanim wygaśnie!", bls)

pk_ = d(6)
S("pl", "FAM", "OUT", L(
    "odczytaj_sms() ->",
    f"InPost: Paczka czeka w Paczkomacie WAW{d(2)}{U(1)}, ul. Puławska 12. Kod odbioru: {pk_}. Odbierz do 10.12.",
    "Orange: Twój pakiet 10 GB został aktywowany."), pk_)

I("pl", "SHOP", "MSG", f"wysyłka na ul. Marszałkowską 10, kod pocztowy 00-590 Warszawa. numer zamówienia {d(8)}, razem 89,99 zł")
I("pl", "FAM", "LESSON", "Pamiętaj: nikomu nie podawaj kodu BLIK ani PIN-u. Bank nigdy o to nie prosi przez telefon.")
I("pl", "DRV", "MSG", f"paczkomat WAW{d(2)}{U(1)} jest pełny, kurier zostawił paczkę w punkcie Żabka, numer przesyłki {d(24)}")

# ---------------------------------------------------------------- Russian (ru)
sn_ = snils()
S("ru", "FAM", "MSG", L(
    "Помогите заполнить заявление на пенсию для бабушки",
    f"СНИЛС {sn_}",
    "она 1958 г.р., стаж 34 года"), sn_)

gu = pw_word(["moskva", "solnyshko", "dacha", "barsik"])
S("ru", "FAM", "MSG", f"пароль от госуслуг мамы {gu}, зайди пожалуйста и посмотри штраф ГИБДД", gu)

ik = inn12()
S("ru", "SHOP", "CALL", "zapolnit_formu " + J({
    "форма": "Регистрация самозанятого", "фио": "Кузнецова Ольга Петровна", "инн": ik,
    "вид_деятельности": "продажа выпечки", "телефон": "+7 9" + d(2) + " " + d(3) + "-" + d(2) + "-" + d(2)}), ik)

I("ru", "SHOP", "MSG", f"доставка: ул. Ленина 15, кв. 42, индекс 620014, Екатеринбург. номер заказа {d(9)}, сумма 2 350 ₽")
I("ru", "FAM", "LESSON", "Запомните: никому не сообщайте код из СМС. Сотрудники банка никогда его не спрашивают.")
I("ru", "DRV", "MSG", f"поезд 001А Москва — Санкт-Петербург, вагон 7, место {R.randint(1, 54)}, отправление 23:55. такси Яндекс номер А{d(3)}ВС 77")

# ---------------------------------------------------------------- Russian translit (ru-Latn)
rp = pw_word(["kotik", "zenit", "lyubov", "privet"])
S("ru-Latn", "MIG", "MSG", f"privet, parol ot wifi v obshchage {rp}, no on ne podklyuchaetsya s telefona, pochemu?", rp)

rk = d(4)
rw = say(rk, "ru-Latn")
S("ru-Latn", "FAM", "MSG", f"babushka skazala pin kod karty {rw}, snimi ej 5 tysyach s pensii pozhaluysta", rw)

o = d(5)
S("ru-Latn", "GAME", "MSG", f"bratan skinul mne kod {o} iz sms ot steama, vvodit? govorit chto prodast skin deshevo", o)

I("ru-Latn", "SHOP", "MSG", f"zakaz nomer {d(8)} na ozon prishel ne tot, vozvrat 1 490 rub. punkt vydachi na Lenina 12")
I("ru-Latn", "MIG", "MSG", "nikomu ne govori kod iz sms, dazhe esli zvonit 'sluzhba bezopasnosti banka'. eto moshenniki")
I("ru-Latn", "CLUB", "MSG", f"match v subbotu v 11:00, pole {R.randint(1, 3)}, vznos 300 rub. schet proshlogo 4:2 v nashu polzu")

# ---------------------------------------------------------------- Ukrainian (uk)
rn = rnokpp()
S("uk", "MIG", "MSG", f"для довідки ВПО потрібен ІПН, мій {rn}. Подавати через Дію чи в ЦНАП?", rn)

uib = iban("UA", dn(6) + d(19))
S("uk", "FAM", "MSG", L(
    "Синку, щоб бабуся могла переказати гроші на ліки:",
    grp(uib),
    "Отримувач: Коваленко Ірина. Приватбанк."), grp(uib))

uk_ = d(4)
ukw = say(uk_, "uk")
S("uk", "FAM", "MSG", f"(голосове) пін-код від картки {ukw}, зніми дві тисячі на комуналку", ukw)

I("uk", "SHOP", "OUT", L(
    "nova_poshta_track() ->",
    f"ТТН {pick(['59', '20'])}{d(12)}",
    "Відділення №12, вул. Хрещатик 22, Київ, індекс 01001",
    "Сума до сплати: 850 грн"))
I("uk", "FAM", "LESSON", "Пам'ятайте: банк ніколи не питає CVV, PIN або код з SMS. Якщо питають — це шахраї.")
I("uk", "STU", "MSG", f"розклад: пара о 8:30, аудиторія {R.randint(100, 450)}, ЗНО 178 балів з математики 😊")

# ---------------------------------------------------------------- Romanian (ro)
cnp = cnp_ro()
S("ro", "MIG", "MSG", f"am nevoie să completez formularul pentru alocația copilului, CNP-ul meu e {cnp}. unde îl pun?", cnp)

rpw = pw_word(["dacia", "mamaliga", "steaua", "bunica"])
S("ro", "FAM", "MSG", f"bunico, parola de la internet banking e {rpw}, nu o spune la nimeni la telefon!", rpw)

I("ro", "SHOP", "MSG", f"livrare pe Str. Lipscani 20, București, cod poștal 030031. comanda nr. {d(8)}, total 189 lei")
I("ro", "DRV", "MSG", f"tren IR {R.randint(1500, 1999)} Cluj–București, vagon 4, loc {R.randint(11, 88)}, plecare 06:15")

# ---------------------------------------------------------------- Greek (el) / Greeklish (el-Latn)
af = afm_gr()
S("el", "SHOP", "MSG", f"ο λογιστής ζητάει το ΑΦΜ μου για την άδεια λαϊκής: {af}. Τι άλλο χρειάζεται;", af)

ek = d(6)
S("el", "FAM", "OUT", L(
    "sms() ->",
    f"Eurobank: Ο κωδικός μιας χρήσης είναι {ek}. Μην τον γνωστοποιήσετε σε κανέναν.",
    "Cosmote: Το πακέτο σας ανανεώθηκε."), ek)

I("el", "SHOP", "MSG", f"αποστολή στην Ερμού 25, ΤΚ 10563 Αθήνα. αριθμός παραγγελίας {d(9)}, σύνολο 36,80 €")
I("el", "FAITH", "MSG", "Εσπερινός Σάββατο 18:00, Θεία Λειτουργία Κυριακή 7:30. Έρανος για τους φτωχούς: 1.850 €")

am_ = amka_gr()
S("el-Latn", "CARE", "MSG", f"to AMKA tis mamas einai {am_}, kleise mou rantevou ston pathologo gia tin Triti", am_)

gp2 = pw_word(["olympiakos", "souvlaki", "yiayia", "kalimera"])
S("el-Latn", "STU", "MSG", f"o kodikos gia to eclass einai {gp2} alla den me afinei na mpw, ti na kanw?", gp2)

I("el-Latn", "DRV", "MSG", f"to ploio gia Naxo fevgei 7:30 apo Peiraia, thesi {R.randint(100, 400)}, eisitirio 42 euro. parkaro sto E7")
I("el-Latn", "CLUB", "MSG", f"kerdisame 78-71 sto basket! epomenos agwnas Kyriaki 12:00 sto gipedo {R.randint(1, 3)}")


def hkid() -> str:
    letter = R.choice("ACDEHKMPRSVWYZ")
    six = d(6)
    s = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(c) * (7 - i) for i, c in enumerate(six))
    c = 11 - s % 11
    return f"{letter}{six}({'0' if c == 11 else ('A' if c == 10 else str(c))})"


# ---------------------------------------------------------------- extra records: replies, summaries, crypto, games, farms
sw12 = " ".join(seed_words(12))
S("es", "CRYPTO", "REPLY", L(
    "Razonamiento del asistente: el usuario pegó lo que parece su frase semilla completa:",
    f"«{sw12}»",
    "No debo repetirla en la respuesta. Le diré que mueva los fondos a una cartera nueva cuanto antes."), sw12)

ffp = pw_word(["garena", "booyah", "brasil", "capa"])
S("pt", "GAME", "SUM", L(
    "Resumo da conversa: jogador de 14 anos perdeu acesso à conta do Free Fire vinculada ao Google.",
    f"Ele enviou o e-mail lucas.ff{d(3)}@gmail.com e a senha {ffp}.",
    "Orientei a trocar a senha e ativar a verificação em duas etapas, com ajuda de um adulto."), ffp)

wk = wif()
S("id", "CRYPTO", "REPLY", L(
    "Asisten: Yang kamu kirim itu kunci privat (format WIF), bukan alamat:",
    wk,
    "Siapa pun yang punya kunci ini bisa mengambil semua koin kamu. Segera pindahkan saldo ke dompet baru."), wk)

sc_pw = pw_word(["ushirika", "maziwa", "kahawa", "shamba"])
S("sw", "FARM", "SUM", L(
    "Muhtasari: mkulima wa maziwa kutoka Nyeri aliuliza kuhusu mkopo wa SACCO.",
    f"Alituma jina la mtumiaji 'wanjiru.m' na nenosiri {sc_pw} ili nimsaidie kuingia.",
    "Nilimshauri abadilishe nenosiri na asilitume tena kwenye mazungumzo."), sc_pw)

cdx = pw_rand(12)
S("hi-Latn", "CRYPTO", "CALL", "save_note " + J({
    "title": "coindcx login (papa ka)",
    "body": f"email: vinod.k{d(2)}@gmail.com | password: {cdx} | 2FA google authenticator wale phone mein"}), cdx)

nlp = pw_word(["shifa", "amal", "sabr", "riyadh"])
S("ar", "CARE", "REPLY", L(
    "المساعد: تمام، فهمت المشكلة. نظام المستشفى يطلب تغيير كلمة المرور كل ٩٠ يوم.",
    f"كلمة المرور القديمة اللي كتبتيها ({nlp}) لن تعمل بعد اليوم.",
    "اختاري كلمة جديدة ولا ترسليها هنا مرة أخرى."), nlp)

hk = hkid()
S("tl", "MIG", "SUM", L(
    "Buod: OFW na caregiver sa Hong Kong, nagpatulong mag-renew ng kontrata (ID 407).",
    f"Ibinigay niya ang HKID niya: {hk}.",
    "Pinaalalahanan ko siya na huwag ibigay ang HKID sa mga recruitment page sa Facebook."), hk)

lq = pw_word(["lienquan", "caothu", "rongden", "hoangtu"])
S("vi", "GAME", "REPLY", L(
    "Trợ lý: Mình thấy bạn gửi tài khoản Garena kèm mật khẩu:",
    f"tài khoản: tuan.pro{d(3)} — mật khẩu: {lq}",
    "Bạn nên đổi mật khẩu ngay và đừng gửi cho người nói sẽ 'cày thuê' nhé."), lq)

fr12 = seed_words(12)
frs = " - ".join(fr12)
S("fr", "CRYPTO", "OUT", L(
    "lire_note('Portefeuille Trust') ->",
    "Phrase de récupération (NE PAS PERDRE) :",
    frs,
    "créé le 03/05/2022 sur le Samsung"), frs)

stp = pw_rand(11)
S("ru", "GAME", "SUM", L(
    "Итог: пользователь (16 лет) хотел продать аккаунт Steam с инвентарём CS2.",
    f"Он прислал логин artem_cs{d(2)} и пароль {stp}.",
    "Объяснил риски, посоветовал сменить пароль и включить Steam Guard."), stp)

mpw2 = pw_word(["masjid", "baitul", "jamat", "rahmat"])
S("bn", "FAITH", "MSG", L(
    "মসজিদ কমিটির ব্যাংক অ্যাপ আমি চালাই এখন",
    f"ইউজার: baitulaman_mc, পাসওয়ার্ড: {mpw2}",
    "ঈদের আগে দান কত জমা হলো দেখতে পারছি না, কী করব?"), mpw2)

kb = " ".join(b32(4) for _ in range(4))
S("ko", "CRYPTO", "MSG", L(
    "업비트 OTP 새 폰으로 옮기려는데",
    f"예전에 적어둔 복구 키가 {kb} 이거 맞나?",
    "구글 OTP에 수동 입력하면 되는 거지?"), kb)

hp2 = d(4)
S("ha", "FARM", "CALL", "nemi_lamuni " + J({
    "shiri": "Anchor Borrowers - shinkafa", "suna": "Musa Garba", "gona_hekta": 2.5,
    "asusun_waya": "0803" + d(7), "pin_waya": hp2}), hp2)

wk2 = wif()
S("en", "CRYPTO", "REPLY", L(
    "Assistant (internal reasoning): the user says 'is this my bitcoin address?' and pasted",
    wk2,
    f"That starts with {wk2[0]} and is {len(wk2)} characters: it is a compressed WIF private key, not an address.",
    "Reply without quoting it; tell them to sweep funds to a fresh wallet."), wk2)

# innocents for the same settings / record kinds
I("es", "CRYPTO", "REPLY", L(
    "Asistente: Tu frase semilla son 12 o 24 palabras que solo tú debes conocer.",
    "Nadie de soporte te la va a pedir. Guárdala en papel, no en fotos ni en WhatsApp.",
    "Puedes compartir tu dirección de recepción sin problema."))
I("pt", "GAME", "SUM", L(
    "Resumo: jogador perguntou como subir de Ouro III para Platina no Free Fire.",
    f"ID do jogador {dn(9)}, nível 58, guilda 'BR_Lendas'. Nenhum dado de login foi compartilhado."))
I("id", "CRYPTO", "REPLY", L(
    "Asisten: Alamat dompet publik aman dibagikan untuk menerima koin, contohnya:",
    f"0x{hx(40)}",
    "Yang TIDAK boleh dibagikan: frasa pemulihan dan kunci privat."))
I("sw", "FARM", "SUM", L(
    "Muhtasari: mkulima alipeleka lita 46 za maziwa leo, risiti namba " + d(6) + ".",
    "Bei ni KSh 52 kwa lita, jumla KSh 2,392. Malipo yatatumwa tarehe 10."))
I("hi-Latn", "CRYPTO", "CALL", "get_price " + J({"coin": "BTC", "amount_inr": 5000, "exchange": "CoinDCX"}))
I("ar", "CARE", "REPLY", f"المساعد: رقم غرفة والدك {loc(str(R.randint(200, 450)), 'arab')} في الدور الثالث، ومواعيد الزيارة من ٤ إلى ٨ مساءً. رقم الاستقبال ٩٣٧ للاستفسار.")
I("tl", "MIG", "SUM", L(
    "Buod: OFW pauwi sa Pilipinas sa Dis 20, flight PR 301 HKG–MNL, seat 34A.",
    f"E-receipt no. {d(10)} para sa bayad na ₱1,250. Walang ibinahaging password o PIN."))
I("vi", "GAME", "REPLY", f"Trợ lý: ID Liên Quân {dn(9)} của bạn đang ở rank Kim Cương III, tỉ lệ thắng 57%. Bạn có thể chia sẻ ID để kết bạn, nhưng đừng chia sẻ mật khẩu.")
I("fr", "CRYPTO", "MSG", f"pour mon anniversaire envoyez-moi des sats 😄 adresse de réception : {btc_addr()}")
I("ru", "GAME", "SUM", f"Итог: пользователь спросил, как добавить друга в Steam. Steam ID {'7656119' + d(10)}, уровень профиля 24. Паролей не передавал.")
I("bn", "FAITH", "REPLY", "সহকারী: মসজিদের বিকাশ মার্চেন্ট নম্বর ০১৭১১-২২৩৩৪৪ সবাইকে দেখানো যায়, কিন্তু অ্যাপের পিন বা পাসওয়ার্ড কাউকে দেবেন না।")
I("ko", "CRYPTO", "OUT", L(
    "출금내역() ->",
    f"TXID {hx(64)}",
    "수량 0.015 BTC  수수료 0.0002 BTC  상태: 완료  2026-12-06 21:14"))
I("ha", "FARM", "CALL", "nemi_lamuni " + J({"shiri": "Anchor Borrowers - shinkafa", "suna": "Musa Garba", "gona_hekta": 2.5, "kudin_iri": "₦180,000", "buhun_taki": 6}))
I("en", "CRYPTO", "REPLY", L(
    "Assistant: A bitcoin address you can share starts with 1, 3 or bc1 and is safe to post for receiving.",
    f"Your transaction {hx(64)} has 3 confirmations at block 874,210.",
    "Never post your seed words or anything labelled 'private key'."))
I("en", "FARM", "SUM", f"Summary: co-op member no. {d(4)} asked when the coffee dividend is paid. Told her KSh 18.40/kg for {R.randint(200, 900)} kg delivered, payout 20 Dec via M-Pesa.")
I("en", "CARE", "SUM", "Summary: carer asked for out-of-hours help. Gave NHS 111 and the district nurse line 0300 123 4567; next visit Tue 9:30, room 12 at the health centre.")

# a few more hard innocents (numbers next to ID / password / Aadhaar words)
I("hi-Latn", "FAM", "MSG", "papa ka Aadhaar XXXX XXXX 4412 wala bank se link hai ya nahi kaise check karein? mobile number bhi purana hai")
I("es", "STU", "MSG", "me dice que mi contraseña vence en 90 días y que debe tener de 8 a 16 caracteres, 1 mayúscula y 1 número. ¿cada cuánto hay que cambiarla?")
I("sw", "MIG", "MSG", "kitambulisho changu kinaisha muda 14/05/2029, na pasipoti imeisha 2025. nianze na ipi kwa safari ya Dubai?")

# innocent tool calls and secret lessons (balance record kinds)
I("sw", "SHOP", "CALL", "send_sms " + J({
    "to": "+254 7" + d(2) + " " + d(3) + " " + d(3),
    "body": f"Mteja, oda yako namba {d(4)} iko tayari. Lipa KSh 1,850 kwa Till {dn(7)}, jina DUKA LA MAMA NJERI. Asante!"}))
I("en", "MIG", "CALL", "book_bus " + J({
    "from": "Kampala", "to": "Gulu", "date": "2026-12-20", "time": "07:30",
    "seats": [f"{R.randint(1, 15)}A", f"{R.randint(1, 15)}B"], "phone": "+256 7" + d(2) + " " + d(6), "fare_ugx": 45000}))
I("es", "RENT", "CALL", "pagar_servicio " + J({
    "servicio": "luz CFE", "numero_servicio": d(12), "monto_mxn": 458.00,
    "tarjeta": "**** **** **** " + d(4), "referencia_pago": d(10)}))
I("ar", "CARE", "CALL", "book_appointment " + J({
    "العيادة": "عيادة السكري - مستشفى الملك فهد", "التاريخ": "2026-12-15", "الوقت": "09:30",
    "رقم_الجوال": "05" + d(8), "ملاحظة": "صائم ١٢ ساعة قبل التحليل"}))
I("ja", "CLUB", "CALL", "予約する " + J({
    "店舗": "焼肉 たろう 新宿店", "人数": 8, "日時": "2026-12-19 19:00",
    "電話": "090-" + d(4) + "-" + d(4), "備考": "野球部の忘年会、予約番号は当日確認"}))
I("tr", "SHOP", "CALL", "kargo_olustur " + J({
    "alici": "Zeynep Kaya", "adres": "Atatürk Cad. No:45 D:6, Çankaya/Ankara", "posta_kodu": "06690",
    "desi": 3, "siparis_no": d(8), "tutar_tl": 649.90}))
I("hi-Latn", "FAM", "CALL", "book_train " + J({
    "train_no": "12951", "from": "NDLS", "to": "MMCT", "class": "3A", "date": "2026-12-22",
    "passengers": [{"name": "Kamla Devi", "age": 67, "berth_pref": "LB"}], "mobile": "98" + d(8)}))

lp = d(4)
S("fr", "FAM", "LESSON", L(
    "Leçon (session avec une grand-mère à Abidjan) :",
    f"elle a écrit « mon code de carte c'est {lp} » au milieu d'une question sur les frais bancaires.",
    "Il fallait le signaler tout de suite et lui conseiller de changer le code, sans le répéter."), lp)

lp2 = d(6)
S("id", "SHOP", "LESSON", L(
    "Catatan pelajaran: pemilik warung mengetik 'pin brimo' lalu di baris berikutnya hanya angka",
    f"{lp2}",
    "Angka tanpa label di baris terpisah tetap harus dianggap PIN karena konteks pesan sebelumnya."), lp2)

# ---------------------------------------------------------------- final integrity checks
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _s in SECRETS:
    assert _s.secret in _s.text, _s.id
    assert 1 <= len(_s.text.split("\n")) <= 12, _s.id
for _i in INNOCENT:
    assert 1 <= len(_i.text.split("\n")) <= 12, _i.id
