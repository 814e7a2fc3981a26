"""c48 — independent test corpus for a secret / personal-identifier redaction filter.

Setting: email and messaging agents — inbox triage, forwarded threads with quoted replies and
signatures, newsletters and notifications, receipts and invoices, sign-up / reset / 2FA mails and SMS,
delivery SMS, team and family chat exports (Slack, Teams, WhatsApp, Telegram, WeChat, LINE, KakaoTalk,
Zalo, Viber, Messenger, DingTalk), calendar invites (ICS), shared-document comments, plus the agent's
own records: tool calls with JSON arguments, tool output, thoughts, step summaries, lessons.

Start time (date -u): Mon Dec  7 22:28:49 UTC 2026
SEED = 48227 (random.Random(SEED) at import; every generated value goes through U(), so no generated
value is written twice; no well-known sample value is used as a secret).

Totals: 250 secrets, 243 innocent, 493 records; 53 language / script tags;
English 155/493 = 31.4%.

Counts by language (secrets/innocent):
    en:74/81  es:10/7  fr:9/7  de:8/7  pt:7/6  ja:5/7  ru:6/6  zh:5/7  ar:6/5  id:4/5  it:5/4
    tr:5/4  hi:4/4  ko:4/4  nl:4/4  pl:4/4  vi:4/4  el:4/3  hien:4/3  th:3/4  uk:3/4  tl:3/3
    yue:3/3  arlat:3/2  bn:3/2  cs:3/2  fa:3/2  he:3/2  hu:3/2  ro:3/2  sv:3/2  sw:2/3  ur:3/2
    am:2/2  ca:2/2  fi:2/2  jalat:2/2  ka:2/2  kk:2/2  mr:2/2  ms:2/2  ne:2/2  no:2/2  pa:2/2
    sr:2/2  ta:2/2  te:2/2  yo:2/2  az:1/2  da:2/1  hy:2/1  km:1/1  my:1/1
Tags:
    en=English; es=Spanish (ES/MX/CL); fr=French (FR/BE); de=German; pt=Portuguese (BR/PT);
    ja=Japanese; ru=Russian; zh=Chinese (Simplified); ar=Arabic; id=Indonesian; it=Italian;
    tr=Turkish; hi=Hindi; ko=Korean; nl=Dutch; pl=Polish; vi=Vietnamese; el=Greek;
    hien=Hinglish (romanised Hindi-English); th=Thai; uk=Ukrainian; tl=Tagalog/Taglish;
    yue=Cantonese / Traditional Chinese (HK, TW); arlat=Arabizi (Latin-script Arabic); bn=Bengali;
    cs=Czech; fa=Persian; he=Hebrew; hu=Hungarian; ro=Romanian; sv=Swedish; sw=Swahili; ur=Urdu;
    am=Amharic; ca=Catalan; fi=Finnish; jalat=Japanese romaji; ka=Georgian; kk=Kazakh; mr=Marathi;
    ms=Malay; ne=Nepali; no=Norwegian; pa=Punjabi (Gurmukhi); sr=Serbian (Cyrillic + Latin);
    ta=Tamil; te=Telugu; yo=Yoruba; az=Azerbaijani; da=Danish; hy=Armenian; km=Khmer; my=Burmese

Counts by sub-setting (secrets / innocent):
    calendar    4 /   3
    chat       78 /  43
    doc         9 /  19
    inbox      45 /   9
    memory     21 /   5
    notif       0 /  42
    receipt     0 /  47
    signup      0 /  49
    sms        55 /  10
    thread     12 /   2
    toolcall   26 /  14
  (signup = password/code rules and reset/verification mails without values; notif = delivery and
   service notifications; memory = agent summaries, notes and lessons; toolcall = tool calls/output.)

Check digits: cards Luhn (Visa/MC/Amex/UnionPay/Mir); IBAN mod 97 (plus French RIB key, Spanish DC,
Italian CIN, Belgian and Portuguese national checks); ES DNI/NIE letter; BR CPF/CNPJ; CN resident id
(ISO 7064 mod 11-2); IN Aadhaar (Verhoeff); PL PESEL; NL BSN (11-test); TR TCKN; KR RRN; IL id;
FR NIR key; BE national register number (mod 97); SE personnummer, ZA id, GR AMKA, CA SIN, SA id (Luhn);
FI HETU; NO fodselsnummer; JP My Number; CL RUT; MX CURP and CLABE; UK NHS number; AU TFN; RU SNILS/INN;
UA RNOKPP; IR melli code; TH id; RO CNP; CZ rodne cislo; HU TAJ; PT NIF; IT codice fiscale;
DE Steuer-ID and USt-IdNr (mod 11,10); HK HKID; TW id; US ABA routing; UPU S10 parcel numbers;
IN GSTIN; CN USCC; FR SIREN/TVA; PL NIP; GB VAT; RU company INN; BR boleto fields (mod 10).
Formats without a public check (US SSN, UK NINO, DK CPR, VN CCCD, ID NIK, MY MyKad, PK CNIC, NG NIN,
BD NID, GE/KZ/RS personal numbers, IN PAN) are format-only. Seed phrases use English BIP39 words but
do not carry a valid BIP39 checksum.

Labelling choices for borderline cases:
- A record is a Secret if it contains at least one value that lets someone act as the user or that
  identifies a person (national/tax/health ids, personal bank accounts, card data); `secret` names one
  such value. Other personal data in the same record (names, personal e-mail addresses) is not named.
- One-time codes are secrets even when expired, already used, or requested by a scammer; codes dictated
  in words, written in local digits (Arabic-Indic, Persian, Devanagari, Bengali, Thai, Burmese, Khmer,
  full-width) or split over two chat lines are secrets in the form they appear (the named part).
- When a password is corrected in a follow-up message, the corrected value is named.
- Meeting passcodes, door / locker / lockbox / key-safe codes and security-question answers are secrets;
  meeting ids, conference ids and calendar UIDs are not named.
- Twilio API-key SIDs (SK...) and account SIDs (AC...) appear next to the real secret (the auth
  secret), which is the one named; Postmark server tokens are secrets even though they look like UUIDs.
- Innocent: masked values (ending in 1234, ****, •••), last-4 digits, placeholders (<YOUR_API_KEY>,
  sk_test_xxx, sk_live_...), documented examples named as such (AWS AKIAIOSFODNN7EXAMPLE, jwt.io token,
  Stripe/Redsys test cards, example IBANs, NL test BSN 111222333, Slack docs example hook),
  factory-default PINs/codes printed in manuals, company VAT / registration / tax numbers and the
  company's own bank details on invoices, business and service phone numbers, public routing/IFSC
  codes, order / booking / parcel / ticket / invoice numbers, commit SHAs, digests, UUIDs, Message-IDs,
  DKIM signatures, SSH/PGP public keys and fingerprints, public donation wallet addresses, promo codes,
  error codes, versions, amounts, dates, and lengths / lifetimes / attempt limits next to the words
  password, PIN, code or token.
- Innocent texts carry no personal e-mail address or personal phone number and at most a first name.
- Short random digits inside long innocent numbers may by chance contain a short secret of another
  record (e.g. a 4-digit PIN); no record contains another record's secret as a standalone value.
"""
import base64
import hashlib
import json
import random
import string
import struct
from typing import NamedTuple

SEED = 48227
R = random.Random(SEED)


class Secret(NamedTuple):
    id: str
    text: str
    secret: str


class Innocent(NamedTuple):
    id: str
    text: str


SECRETS: list = []
INNOCENT: list = []
_NS: dict = {}
_NI: dict = {}
SUBSET_S: dict = {}
SUBSET_I: dict = {}


def S(lang, sub, text, secret):
    _NS[lang] = _NS.get(lang, 0) + 1
    SECRETS.append(Secret(f"c48-s-{lang}-{_NS[lang]:02d}", text, secret))
    SUBSET_S[sub] = SUBSET_S.get(sub, 0) + 1


def I(lang, sub, text):
    _NI[lang] = _NI.get(lang, 0) + 1
    INNOCENT.append(Innocent(f"c48-i-{lang}-{_NI[lang]:02d}", text))
    SUBSET_I[sub] = SUBSET_I.get(sub, 0) + 1


# ---------------------------------------------------------------- value generators
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
_SEEN: set = set()


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def U(fn, *a, **k):
    """call a generator until it yields a value never produced before"""
    for _ in range(5000):
        v = fn(*a, **k)
        if v not in _SEEN:
            _SEEN.add(v)
            return v
    raise RuntimeError("generator exhausted")


def digits(n, first_nonzero=True):
    return U(lambda: (R.choice("123456789") if first_nonzero else R.choice(DIG)) + rs(DIG, n - 1))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    num = "".join(c for c in num if c.isdigit())
    return luhn_digit(num[:-1]) == num[-1]


def card(brand="visa"):
    def g():
        pre = {
            "visa": "4" + R.choice("0123456789"),
            "mc": R.choice(["51", "52", "53", "54", "55", "2221", "2720"]),
            "amex": R.choice(["34", "37"]),
            "disc": "6011",
            "jcb": "35" + str(R.randint(28, 89)),
            "cup": "62" + rs(DIG, 2),
            "mir": "220" + str(R.randint(0, 4)),
            "rupay": R.choice(["6521", "6522", "6079"]),
            "troy": "9792",
            "elo": R.choice(["6363", "5067", "4389"]),
        }[brand]
        n = 15 if brand == "amex" else 16
        body = pre + rs(DIG, n - 1 - len(pre))
        return body + luhn_digit(body)
    return U(g)


def g4(c, sep=" "):
    if len(c) == 15:
        return c[:4] + sep + c[4:10] + sep + c[10:]
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def expiry():
    return f"{R.randint(1, 12):02d}/{R.randint(27, 32)}"


def _mod97(s):
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban_make(cc, bban):
    chk = 98 - _mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def iban_ok(ib):
    ib = ib.replace(" ", "")
    return _mod97(ib[4:] + ib[:4]) == 1


_CF_ODD = dict(zip(DIG + UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] +
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
_CF_EVEN = dict(zip(DIG + UP, list(range(10)) + list(range(26))))


def cf_char(s):
    tot = 0
    for i, ch in enumerate(s):
        tot += _CF_ODD[ch] if i % 2 == 0 else _CF_EVEN[ch]
    return UP[tot % 26]


def _es_dc(s10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(s10, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban(cc):
    def g():
        if cc == "DE":
            bban = R.choice(["10070024", "50010517", "20041133", "76026000", "43060967", "12030000"]) + rs(DIG, 10)
        elif cc == "FR":
            bank, br, acct = rs(DIG, 5), rs(DIG, 5), rs(DIG, 11)
            key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97)
            bban = bank + br + acct + f"{key:02d}"
        elif cc == "ES":
            bank, br, acct = R.choice(["2100", "0049", "0182", "2080", "0081"]), rs(DIG, 4), rs(DIG, 10)
            bban = bank + br + str(_es_dc("00" + bank + br)) + str(_es_dc(acct)) + acct
        elif cc == "IT":
            abi, cab, acct = R.choice(["03069", "02008", "05034", "03062"]), rs(DIG, 5), rs(DIG, 12)
            bban = cf_char(abi + cab + acct) + abi + cab + acct
        elif cc == "NL":
            bban = R.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "BUNQ"]) + rs(DIG, 10)
        elif cc == "GB":
            bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + rs(DIG, 6) + rs(DIG, 8)
        elif cc == "BE":
            first = rs(DIG, 10)
            k = int(first) % 97 or 97
            bban = first + f"{k:02d}"
        elif cc == "PT":
            first = rs(DIG, 19)
            bban = first + f"{98 - (int(first) * 100) % 97:02d}"
        elif cc == "PL":
            bban = rs(DIG, 24)
        elif cc == "TR":
            bban = rs(DIG, 5) + "0" + rs(DIG, 16)
        elif cc == "CH":
            bban = rs(DIG, 5) + rs(DIG, 12)
        elif cc == "AE":
            bban = R.choice(["033", "026", "035"]) + rs(DIG, 16)
        elif cc == "SA":
            bban = R.choice(["80", "10", "45"]) + rs(DIG, 18)
        elif cc == "AT":
            bban = rs(DIG, 16)
        elif cc == "RO":
            bban = R.choice(["BTRL", "RNCB", "INGB", "BRDE"]) + rs(AN.upper()[:36], 16).upper()
        elif cc == "SE":
            bban = rs(DIG, 20)
        elif cc == "GR":
            bban = rs(DIG, 7) + rs(DIG, 16)
        elif cc == "CZ":
            bban = R.choice(["0800", "0100", "0300", "2010"]) + rs(DIG, 16)
        elif cc == "HU":
            bban = rs(DIG, 24)
        elif cc == "UA":
            bban = rs(DIG, 6) + rs(DIG, 19)
        elif cc == "DK":
            bban = rs(DIG, 14)
        elif cc == "FI":
            bban = rs(DIG, 14)
        elif cc == "NO":
            bban = rs(DIG, 11)
        elif cc == "IL":
            bban = rs(DIG, 19)
        elif cc == "PK":
            bban = R.choice(["HABB", "MEZN", "UNIL"]) + rs(DIG, 16)
        else:
            raise ValueError(cc)
        return iban_make(cc, bban)
    return U(g)


def ig(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


# --- national / personal identifiers (with their own check digits where they have one)
def birth():
    return R.randint(1950, 2006), R.randint(1, 12), R.randint(1, 28)


def dni_es():
    return U(lambda: (lambda n: f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])(R.randint(10000000, 79999999)))


def nie_es():
    def g():
        p = R.choice("XYZ")
        n = rs(DIG, 7)
        v = int(str("XYZ".index(p)) + n)
        return p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[v % 23]
    return U(g)


def cpf():
    def g():
        d = [R.randint(0, 9) for _ in range(9)]
        for n in (10, 11):
            s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
            r = (s * 10) % 11
            d.append(0 if r == 10 else r)
        s = "".join(map(str, d))
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    return U(g)


def cnpj():
    def g():
        d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
        for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
            r = sum(x * y for x, y in zip(d, w)) % 11
            d.append(0 if r < 2 else 11 - r)
        s = "".join(map(str, d))
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"
    return U(g)


def cn_id():
    def g():
        y, m, d = birth()
        body = R.choice(["110105", "310115", "440305", "510107", "330106", "420111"]) + f"{y}{m:02d}{d:02d}" + rs(DIG, 3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return U(g)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar():
    def g():
        body = R.choice("23456789") + rs(DIG, 10)
        c = 0
        for i, ch in enumerate(reversed(body)):
            c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
        s = body + str(_VINV[c])
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    return U(g)


def pan_in():
    return U(lambda: rs(UP, 3) + "P" + rs(UP, 1) + rs(DIG, 4) + rs(UP, 1))


def pesel():
    def g():
        y, m, d = birth()
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}" + rs(DIG, 4)
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)
    return U(g)


def bsn():
    def g():
        while True:
            d = [R.randint(0, 9) for _ in range(8)]
            s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
            c = s % 11
            if c < 10 and d[0] != 0:
                return "".join(map(str, d)) + str(c)
    return U(g)


def tckn():
    def g():
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d.append(d10)
        d.append(sum(d) % 10)
        return "".join(map(str, d))
    return U(g)


def rrn_kr():
    def g():
        y, m, d = birth()
        g_ = R.choice("12") if y < 2000 else R.choice("34")
        body = f"{y % 100:02d}{m:02d}{d:02d}" + g_ + rs(DIG, 5)
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
        s = body + str(c)
        return s[:6] + "-" + s[6:]
    return U(g)


def il_id():
    return U(lambda: (lambda b: b + luhn_digit(b))(R.choice("0123") + rs(DIG, 7)))


def nir_fr():
    def g():
        y, m, d = birth()
        body = R.choice("12") + f"{y % 100:02d}{m:02d}" + R.choice(["75", "69", "13", "33", "59", "31", "44"]) + rs(DIG, 3) + rs(DIG, 3)
        key = 97 - int(body) % 97
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    return U(g)


def be_nrn():
    def g():
        y, m, d = birth()
        body = f"{y % 100:02d}{m:02d}{d:02d}" + rs(DIG, 3)
        key = 97 - (int(("2" if y >= 2000 else "") + body) % 97)
        return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{key:02d}"
    return U(g)


def pnr_se():
    def g():
        y, m, d = birth()
        body = f"{y % 100:02d}{m:02d}{d:02d}" + rs(DIG, 3)
        return f"{y}{m:02d}{d:02d}-{body[6:]}{luhn_digit(body)}"
    return U(g)


def hetu():
    def g():
        y, m, d = birth()
        ind = R.randint(2, 899)
        c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}") % 31]
        return f"{d:02d}{m:02d}{y % 100:02d}{'A' if y >= 2000 else '-'}{ind:03d}{c}"
    return U(g)


def fnr_no():
    def g():
        while True:
            y, m, d = birth()
            s = f"{d:02d}{m:02d}{y % 100:02d}" + f"{R.randint(0, 499) if y < 2000 else R.randint(500, 999):03d}"
            k1 = 11 - sum(int(a) * b for a, b in zip(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            s += str(k1)
            k2 = 11 - sum(int(a) * b for a, b in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return s + str(k2)
    return U(g)


def cpr_dk():
    def g():
        y, m, d = birth()
        return f"{d:02d}{m:02d}{y % 100:02d}-{rs(DIG, 4)}"
    return U(g)


def mynumber():
    def g():
        body = rs(DIG, 11)
        p = [int(c) for c in reversed(body)]
        s = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
        r = s % 11
        c = 0 if r <= 1 else 11 - r
        s = body + str(c)
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    return U(g)


def rut_cl():
    def g():
        n = R.randint(6000000, 24999999)
        s, w = 0, 2
        for ch in reversed(str(n)):
            s += int(ch) * w
            w = 2 if w == 7 else w + 1
        dv = 11 - s % 11
        dv = {11: "0", 10: "K"}.get(dv, str(dv))
        return f"{n:,}".replace(",", ".") + "-" + dv
    return U(g)


def curp():
    def g():
        y, m, d = birth()
        vow = "AEIOU"
        body = (rs(UP.replace("Ñ", ""), 1) + R.choice(vow) + rs(UP, 2) + f"{y % 100:02d}{m:02d}{d:02d}" + R.choice("HM")
                + R.choice(["DF", "JC", "NL", "MC", "PL", "VZ", "GT"]) + rs("BCDFGHJKLMNPRSTVXZ", 3)
                + ("0" if y < 2000 else "A"))
        al = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        s = sum(al.index(c) * (18 - i) for i, c in enumerate(body))
        return body + str((10 - s % 10) % 10)
    return U(g)


def za_id():
    def g():
        y, m, d = birth()
        body = f"{y % 100:02d}{m:02d}{d:02d}" + f"{R.randint(0, 9999):04d}" + "0" + R.choice("89")
        return body + luhn_digit(body)
    return U(g)


def ssn_us():
    def g():
        a = R.randint(1, 899)
        if a == 666:
            a = 667
        return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    return U(g)


def sin_ca():
    return U(lambda: (lambda b: f"{b[:3]} {b[3:6]} {b[6:]}{luhn_digit(b)}")(R.choice("1234567") + rs(DIG, 7)))


def nino_uk():
    return U(lambda: R.choice("ABCEGHJKLMNPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ") + " " + " ".join(rs(DIG, 2) for _ in range(3)) + " " + R.choice("ABCD"))


def nhs_uk():
    def g():
        while True:
            b = rs(DIG, 9)
            c = 11 - sum(int(a) * w for a, w in zip(b, range(10, 1, -1))) % 11
            c = 0 if c == 11 else c
            if c != 10:
                s = b + str(c)
                return f"{s[:3]} {s[3:6]} {s[6:]}"
    return U(g)


def snils():
    def g():
        b = rs(DIG, 9)
        s = sum(int(a) * w for a, w in zip(b, range(9, 0, -1)))
        if s > 101:
            s %= 101
        c = 0 if s in (100, 101) else s
        return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"
    return U(g)


def inn_ru12():
    def g():
        d = [int(c) for c in rs(DIG, 10)]
        for w in ([7, 2, 4, 10, 3, 5, 9, 4, 6, 8], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]):
            d.append(sum(x * y for x, y in zip(d, w)) % 11 % 10)
        return "".join(map(str, d))
    return U(g)


def rnokpp():
    def g():
        d = [int(c) for c in rs(DIG, 9)]
        c = sum(x * y for x, y in zip(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7])) % 11 % 10
        return "".join(map(str, d)) + str(c)
    return U(g)


def melli_ir():
    def g():
        d = rs(DIG, 9)
        r = sum(int(a) * (10 - i) for i, a in enumerate(d)) % 11
        return d + str(r if r < 2 else 11 - r)
    return U(g)


def thai_id():
    def g():
        d = R.choice("1358") + rs(DIG, 11)
        s = sum(int(a) * (13 - i) for i, a in enumerate(d))
        x = d + str((11 - s % 11) % 10)
        return f"{x[0]}-{x[1:5]}-{x[5:10]}-{x[10:12]}-{x[12]}"
    return U(g)


def nik_id():
    def g():
        y, m, d = birth()
        dd = d + (40 if R.random() < 0.5 else 0)
        return R.choice(["3174", "3273", "3578", "5171", "3471"]) + rs(DIG, 2) + f"{dd:02d}{m:02d}{y % 100:02d}" + rs(DIG, 4)
    return U(g)


def cnp_ro():
    def g():
        y, m, d = birth()
        body = ("1" if y < 2000 else "5") + f"{y % 100:02d}{m:02d}{d:02d}" + f"{R.randint(1, 46):02d}" + rs(DIG, 3)
        c = sum(int(a) * int(b) for a, b in zip(body, "279146358279")) % 11
        return body + ("1" if c == 10 else str(c))
    return U(g)


def rc_cz():
    def g():
        while True:
            y, m, d = birth()
            mm = m + (50 if R.random() < 0.5 else 0)
            b = f"{y % 100:02d}{mm:02d}{d:02d}" + rs(DIG, 3)
            c = int(b) % 11
            if c != 10:
                return b[:6] + "/" + b[6:] + str(c)
    return U(g)


def taj_hu():
    def g():
        b = rs(DIG, 8)
        c = sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(b)) % 10
        s = b + str(c)
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return U(g)


def amka_gr():
    def g():
        y, m, d = birth()
        b = f"{d:02d}{m:02d}{y % 100:02d}" + rs(DIG, 4)
        return b + luhn_digit(b)
    return U(g)


def nif_pt(first="2"):
    def g():
        b = first + rs(DIG, 7)
        c = 11 - sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
        return b + ("0" if c >= 10 else str(c))
    return U(g)


def codice_fiscale():
    def g():
        y, m, d = birth()
        cons = "BCDFGLMNPRSTVZ"
        day = d + (40 if R.random() < 0.5 else 0)
        body = (rs(cons, 3) + rs(cons, 2) + R.choice("AEIO") + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
                + f"{day:02d}" + R.choice(["H501", "F205", "L219", "F839", "G273", "A662", "D612"]))
        return body + cf_char(body)
    return U(g)


def steuer_id():
    def g():
        while True:
            digs = list(range(10))
            R.shuffle(digs)
            ten = digs[:9]
            ten.insert(R.randint(1, 9), ten[R.randint(0, 8)])
            if ten[0] == 0:
                continue
            p = 10
            for x in ten:
                s = (x + p) % 10 or 10
                p = (s * 2) % 11
            c = 11 - p
            c = 0 if c == 10 else c
            s = "".join(map(str, ten)) + str(c)
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
    return U(g)


def mrz_cd(s):
    val = {**{c: int(c) for c in DIG}, **{c: 10 + i for i, c in enumerate(UP)}, "<": 0}
    return str(sum(val[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def passport_no(prefix=""):
    return U(lambda: prefix + rs(UP, 2 - len(prefix)) + rs(DIG, 7))


def hkid():
    def g():
        L = R.choice(UP[:26])
        d = rs(DIG, 6)
        s = 36 * 9 + (UP.index(L) + 10) * 8 + sum(int(a) * w for a, w in zip(d, range(7, 1, -1)))
        c = (11 - s % 11) % 11
        return f"{L}{d}({'A' if c == 10 else c})"
    return U(g)


_TW = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35,
           P=23, Q=24, R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def tw_id():
    def g():
        L = R.choice("ABFHT")
        b = R.choice("12") + rs(DIG, 7)
        v = _TW[L]
        s = (v // 10) + (v % 10) * 9 + sum(int(a) * w for a, w in zip(b, range(8, 0, -1)))
        return L + b + str((10 - s % 10) % 10)
    return U(g)


def tfn_au():
    def g():
        while True:
            b = rs(DIG, 8)
            w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
            for c in range(10):
                s = b + str(c)
                if sum(int(a) * x for a, x in zip(s, w)) % 11 == 0:
                    return f"{s[:3]} {s[3:6]} {s[6:]}"
    return U(g)


def clabe():
    def g():
        b = R.choice(["002", "012", "014", "021", "072"]) + rs(DIG, 14)
        s = sum((int(a) * w) % 10 for a, w in zip(b, [3, 7, 1] * 6))
        return b + str((10 - s % 10) % 10)
    return U(g)


def aba_routing():
    def g():
        b = R.choice(["0", "1", "2"]) + rs(DIG, 7)
        for c in range(10):
            d = [int(x) for x in b + str(c)]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0:
                return b + str(c)
    return U(g)


def s10(prefix="RR", cc="GB"):
    def g():
        n = rs(DIG, 8)
        s = sum(int(a) * w for a, w in zip(n, [8, 6, 4, 2, 3, 5, 9, 7]))
        c = 11 - s % 11
        c = {10: 0, 11: 5}.get(c, c)
        return f"{prefix}{n}{c}{cc}"
    return U(g)


def gstin():
    def g():
        al = DIG + UP
        b = f"{R.choice([27, 29, 7, 33, 24, 9]):02d}" + rs(UP, 3) + "C" + rs(UP, 1) + rs(DIG, 4) + rs(UP, 1) + "1Z"
        s = 0
        for i, ch in enumerate(b):
            p = al.index(ch) * (1 if i % 2 == 0 else 2)
            s += p // 36 + p % 36
        return b + al[(36 - s % 36) % 36]
    return U(g)


def uscc_cn():
    def g():
        al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        b = "91" + R.choice(["110000", "310000", "440300", "330100"]) + rs("0123456789ABCDEFGHJKLMNPQRTUWXY", 9)
        w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
        c = 31 - sum(al.index(ch) * x for ch, x in zip(b, w)) % 31
        return b + al[0 if c == 31 else c]
    return U(g)


def ust_de():
    def g():
        b = R.choice("123456789") + rs(DIG, 7)
        p = 10
        for x in b:
            s = (int(x) + p) % 10 or 10
            p = (s * 2) % 11
        c = 11 - p
        return "DE" + b + str(0 if c == 10 else c)
    return U(g)


def siren_fr():
    return U(lambda: (lambda b: b + luhn_digit(b))(R.choice("3456789") + rs(DIG, 7)))


def tva_fr(siren):
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def nip_pl():
    def g():
        while True:
            b = rs(DIG, 9)
            c = sum(int(a) * w for a, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
            if c != 10:
                return f"{b[:3]}-{b[3:6]}-{b[6:8]}-{b[8]}{c}"
    return U(g)


def vat_gb():
    def g():
        while True:
            b = rs(DIG, 7)
            s = sum(int(a) * w for a, w in zip(b, range(8, 1, -1)))
            c = (-s) % 97
            if c < 100:
                return f"GB{b[:3]} {b[3:]} {c:02d}"
    return U(g)


# --- credentials
def hexs(n):
    return U(lambda: rs(HEX, n))


def _uuid():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid4():
    return U(_uuid)


def b64(nbytes, url=False):
    def g():
        raw = bytes(R.getrandbits(8) for _ in range(nbytes))
        return (base64.urlsafe_b64encode(raw).decode().rstrip("=") if url else base64.b64encode(raw).decode())
    return U(g)


def b64u_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(payload, alg="HS256"):
    sig = b64(32 if alg == "HS256" else 256, url=True)
    return U(lambda: b64u_json({"alg": alg, "typ": "JWT"}) + "." + b64u_json(payload) + "." + sig)


def tok(kind):
    g = {
        "ghp": lambda: "ghp_" + rs(AN, 36),
        "gho": lambda: "gho_" + rs(AN, 36),
        "github_pat": lambda: "github_pat_11" + rs(UP + DIG, 20) + "_" + rs(AN, 59),
        "glpat": lambda: "glpat-" + rs(AN + "-_", 20),
        "xoxb": lambda: f"xoxb-{rs(DIG, 12)}-{rs(DIG, 13)}-{rs(AN, 24)}",
        "xoxp": lambda: f"xoxp-{rs(DIG, 12)}-{rs(DIG, 12)}-{rs(DIG, 13)}-{rs(HEX, 32)}",
        "xapp": lambda: f"xapp-1-A{rs(UP + DIG, 10)}-{rs(DIG, 13)}-{rs(HEX, 64)}",
        "slack_hook": lambda: f"https://hooks.slack.com/services/T{rs(UP + DIG, 8)}/B{rs(UP + DIG, 10)}/{rs(AN, 24)}",
        "discord_hook": lambda: f"https://discord.com/api/webhooks/{R.randint(10**17, 10**18 * 2)}/{rs(B64U, 68)}",
        "discord_bot": lambda: base64.b64encode(str(R.randint(10**17, 10**18 * 2)).encode()).decode().rstrip("=") + "." + rs(B64U, 6) + "." + rs(B64U, 38),
        "teams_hook": lambda: (f"https://contoso{rs(LO, 3)}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
                               f"{rs(HEX, 32)}/{uuid4()}/V2{rs(AN + '-_', 43)}"),
        "sk_live": lambda: "sk_live_51" + rs(AN, 97),
        "rk_live": lambda: "rk_live_51" + rs(AN, 97),
        "whsec": lambda: "whsec_" + rs(AN, 32),
        "akia": lambda: "AKIA" + rs(UP + "234567", 16),
        "aws_secret": lambda: rs(AN + "/+", 40),
        "aiza": lambda: "AIza" + rs(AN + "-_", 35),
        "gocspx": lambda: "GOCSPX-" + rs(AN + "-_", 28),
        "openai": lambda: "sk-proj-" + rs(AN + "-_", 74) + "T3BlbkFJ" + rs(AN + "-_", 74),
        "anthropic": lambda: "sk-ant-api03-" + rs(AN + "-_", 93) + "AA",
        "twilio_sk": lambda: "SK" + rs(HEX, 32),
        "sendgrid": lambda: "SG." + rs(AN + "-_", 22) + "." + rs(AN + "-_", 43),
        "mailgun": lambda: rs(HEX, 32) + "-" + rs(HEX, 8) + "-" + rs(HEX, 8),
        "mailchimp": lambda: rs(HEX, 32) + "-us" + str(R.randint(2, 21)),
        "telegram": lambda: f"{R.randint(10**9, 7 * 10**9)}:AA{rs(AN + '-_', 33)}",
        "npm": lambda: "npm_" + rs(AN, 36),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + rs(AN + "-_", 140),
        "shpat": lambda: "shpat_" + rs(HEX, 32),
        "hubspot": lambda: "pat-na1-" + _uuid(),
        "notion": lambda: "ntn_" + rs(DIG, 11) + rs(AN, 35),
        "atlassian": lambda: "ATATT3xFfGF0" + rs(AN + "-_", 170) + "=" + rs(HEX.upper(), 8),
        "meta": lambda: "EAAG" + rs(AN, 190),
        "line": lambda: rs(AN + "+/", 171) + "=",
        "wechat": lambda: rs(HEX, 32),
        "dropbox": lambda: "sl." + rs(AN + "-_", 136),
        "airtable": lambda: "pat" + rs(AN, 14) + "." + rs(HEX, 64),
        "linear": lambda: "lin_api_" + rs(AN, 40),
        "azure_secret": lambda: rs(AN, 3) + "8Q~" + rs(AN + "_.-~", 34),
        "postmark": _uuid,
        "figma": lambda: "figd_" + rs(AN + "-_", 40),
        "hf": lambda: "hf_" + rs(AN, 34),
        "gcp_refresh": lambda: "1//0" + rs(AN + "-_", 99),
        "ya29": lambda: "ya29.a0" + rs(AN + "-_", 150),
        "zoom_secret": lambda: rs(AN, 32),
        "cloudflare": lambda: rs(AN + "-_", 40),
        "digitalocean": lambda: "dop_v1_" + rs(HEX, 64),
        "intercom": lambda: "dG9rOj" + rs(AN, 54) + "=",
        "square": lambda: "EAAAE" + rs(AN + "-_", 59),
        "paypal_secret": lambda: "E" + rs(AN + "-_", 79),
        "vonage": lambda: rs(AN, 16),
        "brevo": lambda: "xkeysib-" + rs(HEX, 64) + "-" + rs(AN, 16),
        "resend": lambda: "re_" + rs(AN, 8) + "_" + rs(AN, 24),
        "mapbox": lambda: "sk.eyJ1Ijoi" + rs(AN, 40) + "." + rs(AN + "-_", 22),
    }[kind]
    return U(g)


def pem_body(nlines=6, openssh=False):
    lines = []
    if openssh:
        head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
        lines.append(head + rs(B64, 70 - len(head)))
    while len(lines) < nlines:
        lines.append(rs(B64, 64 if not openssh else 70))
    lines[-1] = lines[-1][:R.randint(20, 60)] + ("==" if not openssh else "")
    return U(lambda: "\n".join(lines))


def ssh_pub_ed25519(comment):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + bytes(R.getrandbits(8) for _ in range(32))
    return U(lambda: "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment)


BIP39 = ("absent absorb abstract accident acoustic across actress adapt addict adjust admit adult advance "
         "aerobic affair afford agent agree ahead airport aisle alarm album alcohol alert alien alley almost "
         "alpha already amateur amazing among amount amused anchor ancient anger angle animal ankle announce "
         "annual antenna antique anxiety apart appear apple approve april arch arctic arena argue armed armor "
         "army arrange arrest arrive arrow artefact artist asthma athlete atom attack attend attitude auction "
         "august aunt author autumn avocado avoid awake aware awkward axis baby bachelor bacon badge bag "
         "balance balcony ball bamboo banana banner barely bargain barrel basket battle beach bean beauty "
         "because become beef before begin behave believe bench benefit best betray better bicycle bird birth "
         "bitter blade blanket blast bleak bless blind blossom blouse blue blur blush board boat body boil bomb "
         "bone bonus book boost border boring borrow boss bottom bounce brain brand brass brave bread breeze "
         "brick bridge brief bright bring brisk broccoli broken bronze broom brother brown brush bubble buddy "
         "budget buffalo build bulb bulk bullet bundle bunker burden burger burst bus business busy butter "
         "cabbage cabin cable cactus cage cake call calm camera camp canal cancel candy cannon canoe canvas "
         "canyon capable capital captain carbon cargo carpet carry cart case cash casino castle casual catalog "
         "catch category cattle caught cause caution cave ceiling celery cement census century cereal certain "
         "chair chalk champion change chaos chapter charge chase cheap check cheese chef cherry chest chicken "
         "chief child chimney choice chronic chuckle chunk churn cigar cinnamon circle citizen city civil claim "
         "clap clarify claw clay clean clerk clever click client cliff climb clinic clip clock clog close cloth "
         "cloud clown club clump cluster clutch coach coast coconut code coffee coil coin collect color column "
         "combine comfort comic common company concert conduct confirm congress connect consider control "
         "convince cook cool copper copy coral core corn correct cost cotton couch country couple course cousin "
         "cover coyote crack cradle craft cram crane crash crater crawl crazy cream credit creek crew cricket "
         "crime crisp critic crop cross crouch crowd crucial cruel cruise crumble crunch crush cry crystal cube "
         "culture cup cupboard curious current curtain curve cushion custom cute cycle dad damage damp dance "
         "danger daring dash daughter dawn day deal debate debris decade december decide decline decorate "
         "decrease deer defense define defy degree delay deliver demand demise denial dentist deny depart "
         "depend deposit depth deputy derive describe desert design desk despair destroy detail detect develop "
         "device devote diagram dial diamond diary dice diesel diet differ digital dignity dilemma dinner "
         "dinosaur direct dirt disagree discover disease dish dismiss disorder display distance divert divide "
         "divorce dizzy doctor document dog doll dolphin domain donate donkey donor door dose double dove draft "
         "dragon drama drastic draw dream dress drift drill drink drip drive drop drum dry duck dumb dune during "
         "dust dutch duty dwarf dynamic eager eagle early earn earth easily east easy echo ecology economy edge "
         "edit educate effort egg eight either elbow elder electric elegant element elephant elevator elite "
         "else embark embody embrace emerge emotion employ empower empty enable enact end endless endorse enemy "
         "energy enforce engage engine enhance enjoy enlist enough enrich enroll ensure enter entire entry "
         "envelope episode equal equip era erase erode erosion error erupt escape essay essence estate eternal "
         "ethics evidence evil evoke evolve exact example excess exchange excite exclude excuse execute exercise "
         "exhaust exhibit exile exist exit exotic expand expect expire explain expose express extend extra eye "
         "eyebrow fabric face faculty fade faint faith fall false fame family famous fan fancy fantasy farm "
         "fashion fat fatal father fatigue fault favorite feature february federal fee feed feel female fence "
         "festival fetch fever few fiber fiction field figure file film filter final find fine finger finish "
         "fire firm first fiscal fish fit fitness fix flag flame flash flat flavor flee flight flip float flock "
         "floor flower fluid flush fly foam focus fog foil fold follow food foot force forest forget fork "
         "fortune forum forward fossil foster found fox fragile frame frequent fresh friend fringe frog front "
         "frost frown frozen fruit fuel fun funny furnace fury future gadget gain galaxy gallery game gap "
         "garage garbage garden garlic garment gas gasp gate gather gauge gaze general genius genre gentle "
         "genuine gesture ghost giant gift giggle ginger giraffe girl give glad glance glare glass glide "
         "glimpse globe gloom glory glove glow glue goat goddess gold good goose gorilla gospel gossip govern "
         "gown grab grace grain grant grape grass gravity great green grid grief grit grocery group grow "
         "grunt guard guess guide guilt guitar gun gym habit hair half hammer hamster hand happy harbor hard "
         "harsh harvest hat have hawk hazard head health heart heavy hedgehog height hello helmet help hen "
         "hero hidden high hill hint hip hire history hobby hockey hold hole holiday hollow home honey hood "
         "hope horn horror horse hospital host hotel hour hover hub huge human humble humor hundred hungry "
         "hunt hurdle hurry hurt husband hybrid ice icon idea identify idle ignore ill illegal illness image "
         "imitate immense immune impact impose improve impulse inch include income increase index indicate "
         "indoor industry infant inflict inform inhale inherit initial inject injury inmate inner innocent "
         "input inquiry insane insect inside inspire install intact interest into invest invite involve iron "
         "island isolate issue item ivory jacket jaguar jar jazz jealous jeans jelly jewel job join joke "
         "journey joy judge juice jump jungle junior junk just kangaroo keen keep ketchup key kick kid kidney "
         "kind kingdom kiss kit kitchen kite kitten kiwi knee knife knock know lab label labor ladder lady "
         "lake lamp language laptop large later latin laugh laundry lava law lawn lawsuit layer lazy leader "
         "leaf learn leave lecture left leg legal legend leisure lemon lend length lens leopard lesson letter "
         "level liar liberty library license life lift light like limb limit link lion liquid list little live "
         "lizard load loan lobster local lock logic lonely long loop lottery loud lounge love loyal lucky "
         "luggage lumber lunar lunch luxury lyrics machine mad magic magnet maid mail main major make mammal "
         "man manage mandate mango mansion manual maple marble march margin marine market marriage mask mass "
         "master match material math matrix matter maximum maze meadow mean measure meat mechanic medal media "
         "melody melt member memory mention menu mercy merge merit merry mesh message metal method middle "
         "midnight milk million mimic mind minimum minor minute miracle mirror misery miss mistake mix mixed "
         "mixture mobile model modify mom moment monitor monkey monster month moon moral more morning "
         "mosquito mother motion motor mountain mouse move movie much muffin mule multiply muscle museum "
         "mushroom music must mutual myself mystery myth naive name napkin narrow nasty nation nature near "
         "neck need negative neglect neither nephew nerve nest net network neutral never news next nice night "
         "noble noise nominee noodle normal north nose notable note nothing notice novel now nuclear number "
         "nurse nut oak obey object oblige obscure observe obtain obvious occur ocean october odor off offer "
         "office often oil okay old olive olympic omit once one onion online only open opera opinion oppose "
         "option orange orbit orchard order ordinary organ orient original orphan ostrich other outdoor outer "
         "output outside oval oven over own owner oxygen oyster ozone").split()


def seed_phrase(n=12):
    return U(lambda: " ".join(R.sample(BIP39, n)))


PW_WORDS = ["Sunflower", "Tigre", "Moskva", "Kaffee", "Bulldog", "Nebula", "Mango", "Sakura", "Falcon", "Lavanda",
            "Quokka", "Zebra", "Oceano", "Pistache", "Gorilla", "Wombat", "Jalapeno", "Citrine", "Baobab",
            "Koala", "Orchidee", "Berlin", "Napoli", "Tokyo", "Cairo", "Lagos", "Hanoi", "Bergen", "Porto",
            "Kestrel", "Marmot", "Paprika", "Tundra", "Vesuvio", "Mistral", "Pelican", "Rooibos", "Durian",
            "Gecko", "Yeti", "Walrus", "Otter", "Juniper", "Saffron", "Basilic", "Ostrava", "Dunav", "Kiwi"]
SYM = "!@#$%&*?_-.+"


def password(style=None):
    def g():
        st = style or R.choice(["word", "word2", "rand", "rand", "leet"])
        if st == "word":
            return R.choice(PW_WORDS) + R.choice(SYM) + str(R.randint(10, 9999))
        if st == "word2":
            return R.choice(PW_WORDS) + R.choice(SYM) + R.choice(PW_WORDS).lower() + str(R.randint(1, 99))
        if st == "leet":
            w = R.choice(PW_WORDS).lower().replace("a", "@").replace("o", "0").replace("e", "3")
            return w[0].upper() + w[1:] + R.choice(SYM) + str(R.randint(1980, 2024))
        s = rs(LO, 3) + rs(UP, 3) + rs(DIG, 3) + rs(SYM, 2) + rs(AN, 4)
        s = list(s)
        R.shuffle(s)
        return "".join(s)
    return U(g)


def passphrase(words, n=4, sep=" "):
    return U(lambda: sep.join(R.sample(words, n)))


def otp(n=6):
    return U(lambda: rs(DIG, n))


def pin(n=4):
    return U(lambda: rs(DIG, n))


def recovery_codes(n=3, kind="gh"):
    if kind == "gh":
        return [U(lambda: rs(HEX, 5) + "-" + rs(HEX, 5)) for _ in range(n)]
    if kind == "google":
        return [U(lambda: rs(DIG, 4) + " " + rs(DIG, 4)) for _ in range(n)]
    return [U(lambda: "-".join(rs(UP + DIG, 4) for _ in range(4))) for _ in range(n)]


def cookie(kind):
    g = {
        "sessionid": lambda: rs(LO + DIG, 32),
        "next": lambda: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + rs(B64U, 22) + "." + rs(B64U, 180) + "." + rs(B64U, 22),
        "connect": lambda: "s%3A" + rs(B64U, 32) + "." + rs(AN + "%2B", 43),
        "php": lambda: rs(LO + DIG, 26),
        "laravel": lambda: "eyJpdiI6I" + rs(AN, 200) + "%3D%3D",
        "rails": lambda: rs(AN + "%2F", 150) + "--" + rs(HEX, 40),
        "gh": lambda: rs(AN + "%2F%2B", 180) + "%3D%3D--" + rs(HEX, 40),
        "asp": lambda: "CfDJ8" + rs(AN + "-_", 250),
    }[kind]
    return U(g)


# --- innocent look-alikes
def order_amzn():
    return U(lambda: f"{R.choice(['111', '112', '113', '114', '702', '404'])}-{rs(DIG, 7)}-{rs(DIG, 7)}")


def ups():
    return U(lambda: "1Z" + rs(UP + DIG, 6) + rs(DIG, 2) + rs(DIG, 8))


def usps():
    return U(lambda: "9400" + rs(DIG, 18))


def sha1():
    return hexs(40)


def sha256():
    return U(lambda: hashlib.sha256(bytes(R.getrandbits(8) for _ in range(16))).hexdigest())


def pnr():
    return U(lambda: rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6))


def pgp_fpr():
    h = hexs(40).upper()
    return " ".join(h[i:i + 4] for i in range(0, 40, 4))


def ts_slack():
    return U(lambda: f"17{rs(DIG, 8)}.{rs(DIG, 6)}")


def msgid(domain):
    return U(lambda: f"<{rs(AN, 20)}.{rs(DIG, 10)}@{domain}>")


def eth_addr():
    return U(lambda: "0x" + rs(HEX + "ABCDEF", 40))


def biz_phone(fmt):
    return U(lambda: fmt.format(*[rs(DIG, 1) for _ in range(fmt.count("{}"))]))


DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "it": "zero uno due tre quattro cinque sei sette otto nove".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "ja": "ゼロ いち に さん よん ご ろく なな はち きゅう".split(),
    "zh": "零 一 二 三 四 五 六 七 八 九".split(),
    "ko": "공 일 이 삼 사 오 육 칠 팔 구".split(),
    "hi": "शून्य एक दो तीन चार पाँच छह सात आठ नौ".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa".split(),
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split(),
    "vi": "không một hai ba bốn năm sáu bảy tám chín".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "fa": "صفر یک دو سه چهار پنج شش هفت هشت نه".split(),
}


def say(num, lang, sep=" "):
    return sep.join(DIGIT_WORDS[lang][int(c)] for c in num if c.isdigit())


LOCAL_DIGITS = {
    "ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "hi": "०१२३४५६७८९", "bn": "০১২৩৪৫৬৭৮৯", "th": "๐๑๒๓๔๕๖๗๘๙",
    "fw": "０１２３４５６７８９", "ta": "௦௧௨௩௪௫௬௭௮௯", "my": "၀၁၂၃၄၅၆၇၈၉", "km": "០១២៣៤៥៦៧៨៩",
    "ne": "०१२३४५६७८९", "te": "౦౧౨౩౪౫౬౭౮౯", "pa": "੦੧੨੩੪੫੬੭੮੯", "mr": "०१२३४५६७८९",
}


def loc(num, script):
    return "".join(LOCAL_DIGITS[script][int(c)] if c.isdigit() else c for c in num)


def money(lo, hi):
    return f"{R.randint(lo, hi)}.{R.randint(0, 99):02d}"

# ================================================================= corpus
# ----------------------------------------------------------------- English: secrets
v = password("word2")
S("en", "thread", f"""---------- Forwarded message ---------
From: Dana Whitfield <dana.whitfield@gmail.com>
Date: Tue, 14 Oct 2025 at 09:12
Subject: Re: wifi at the cabin
To: Marcus <marcus.ellery@outlook.com>

network is CabinNet-5G, password is {v}
the router is in the closet under the stairs if it acts up

> On Mon, 13 Oct 2025 at 22:40, Marcus wrote:
> hey what's the wifi pw up there again?
""", v)

v = otp()
S("en", "sms", f"{v} is your Instagram code. Don't share it.", v)

v = otp()
S("en", "sms", f"""[SMS 2025-11-02 07:41] From: 32665
Your Facebook confirmation code is {v}. Reply STOP to opt out.""", v)

v = tok("ghp")
S("en", "toolcall", json.dumps({"tool": "shell.run", "args": {"cmd": f"git clone https://oauth2:{v}@github.com/ellery-lab/dotfiles.git"}}), v)

v = tok("slack_hook")
S("en", "doc", f"""Comment by Priya S. on "Ops runbook v3" (p. 4):
"Just use the alerts hook directly for now, it's {v} - we'll move it to vault next sprint"
Reply by Tom: 👍 resolved""", v)

c = card("visa"); cv = pin(3); ex = expiry()
S("en", "chat", f"""[WhatsApp] 18/09/2025, 20:14 - Mum: can you book the ferry for us love, use my card
[WhatsApp] 18/09/2025, 20:15 - Mum: {g4(c)}
[WhatsApp] 18/09/2025, 20:15 - Mum: exp {ex} and the back number is {cv}
[WhatsApp] 18/09/2025, 20:17 - Me: ok done, delete those msgs pls""", g4(c))

c = card("amex"); cv = pin(4)
S("en", "chat", f"""Kev: company amex for the offsite dinner: {g4(c, '-')} cid {cv}
Kev: don't paste it in #general lol""", cv)

v = tok("sk_live")
S("en", "toolcall", f"""Thought: the customer's webhook handler is failing signature verification. Let me check the env the user pasted.
Action: read_file(".env.production")
Observation:
STRIPE_PUBLISHABLE_KEY=pk_live_51{rs(AN, 40)}
STRIPE_SECRET_KEY={v}
NODE_ENV=production""", v)

v = pin(4)
S("en", "chat", f"""Jess: hey the lockbox at the airbnb is on the left side of the porch
Jess: code {v}, hit the 🔒 button first
Jess: checkout is 11""", v)

v = passphrase(BIP39, 4, "-")
S("en", "inbox", f"""Subject: your new 1Password emergency kit
hi Sam - as agreed, here is the shared vault passphrase for the family account, don't forward:

    {v}

call me if it doesn't work. -R""", v)

v = seed_phrase(12)
S("en", "chat", f"""[Telegram] Crypto help desk 🔰 (unofficial):
> Please verify your wallet to receive the airdrop. Send your 12 word recovery phrase.
[Telegram] me: {v}
[Telegram] Crypto help desk 🔰: thank you, processing""", v)

codes = recovery_codes(6, "gh")
S("en", "memory", f"""Summary of step 7: user asked to store GitHub recovery codes in notes.
Saved to Notes/github-recovery.txt:
{chr(10).join(codes)}
Lesson: recovery codes should go to the password manager, not plain notes.""", codes[2])

v = ssn_us()
S("en", "inbox", f"""From: payroll@brightline-hr.com
To: me
Subject: W-4 missing field

Hi Alex, the SSN on your W-4 looks incomplete. We have {v[:-4]}XXXX — please confirm.
> reply: sorry! full SSN is {v}""", v)

v = sin_ca()
S("en", "thread", f"""Re: onboarding docs
Hi Chloé, my SIN is {v} and the void cheque is attached. Start date still Monday? Thanks, Jordan""", v)

v = nino_uk()
S("en", "inbox", f"""> Please reply with your National Insurance number so we can set you up on payroll.

NI number: {v}
Tax code on my P45 is 1257L.

Best, Oliver""", v)

v = nhs_uk()
S("en", "sms", f"""NHS: Your COVID-19 booster appointment is confirmed for 03 Nov 10:20 at Riverside Pharmacy. NHS number {v}. To cancel reply CANCEL.""", v)

v = tfn_au()
S("en", "toolcall", json.dumps({"tool": "forms.fill", "args": {"form": "ato_tfn_declaration", "fields": {"tfn": v, "residency": "Australian resident", "claim_tax_free_threshold": True}}}), v)

a = aba_routing(); acct = digits(10)
S("en", "inbox", f"""Subject: direct deposit update

Please send my reimbursement to the new account:
Bank: Chase
Routing: {a}
Account: {acct}
Checking

thanks — Lindsey""", acct)

v = iban("GB")
S("en", "chat", f"""[Slack DM] tom.h: can you pay me back for the tickets? my details
[Slack DM] tom.h: {ig(v)}
[Slack DM] tom.h: Thomas Hale, Monzo""", ig(v))

v = tok("akia"); s = tok("aws_secret")
S("en", "toolcall", f"""$ cat ~/.aws/credentials
[default]
aws_access_key_id = {v}
aws_secret_access_key = {s}
region = eu-west-1""", s)

v = tok("xoxb")
S("en", "toolcall", f"""curl -s -X POST https://slack.com/api/chat.postMessage \\
  -H "Authorization: Bearer {v}" \\
  -H 'Content-type: application/json' \\
  --data '{{"channel":"C05JXKQ2R7A","text":"deploy done ✅"}}'""", v)

v = tok("sendgrid")
S("en", "toolcall", f"""Error: 401 Unauthorized from api.sendgrid.com/v3/mail/send
Request headers: {{"Authorization": "Bearer {v}", "Content-Type": "application/json"}}
Next: ask user to rotate key.""", v)

v = tok("telegram")
S("en", "chat", f"""@BotFather: Done! Congratulations on your new bot. You will find it at t.me/harbor_rota_bot.
Use this token to access the HTTP API:
{v}
Keep your token secure and store it safely, it can be used by anyone to control your bot.""", v)

v = tok("openai")
S("en", "doc", f"""Comment on line 12 of "newsletter-automation.gs":
  const OPENAI_KEY = "{v}";
@nina pls don't commit this, move it to Script Properties""", v)

v = tok("anthropic")
S("en", "thread", f"""> I've added the key to the shared doc, here it is for the demo: {v}
Please revoke that immediately, this thread is cc'd to the vendor.""", v)

pw = password("rand")
S("en", "toolcall", f"""DATABASE_URL=postgres://billing_app:{pw}@db-prod-2.internal.example.net:5432/billing?sslmode=require""", pw)

pw = password("word")
S("en", "toolcall", json.dumps({"tool": "mongo.connect", "args": {"uri": f"mongodb+srv://analytics:{pw}@cluster0.q4xw2.mongodb.net/events?retryWrites=true&w=majority"}}), pw)

body = pem_body(7, openssh=True)
S("en", "inbox", f"""Subject: server access
hey, here's the deploy key for the staging box, put it in ~/.ssh/id_ed25519

-----BEGIN OPENSSH PRIVATE KEY-----
{body}
-----END OPENSSH PRIVATE KEY-----

chmod 600 it or ssh will complain""", body)

v = cookie("sessionid")
S("en", "toolcall", f"""Thought: the scraper gets logged out. User pasted their browser cookie.
Action: http.get(url="https://forum.example.org/inbox", headers={{"Cookie": "csrftoken={rs(AN, 32)}; sessionid={v}"}})""", v)

v = cookie("next")
S("en", "toolcall", f"""Set-Cookie: __Secure-next-auth.session-token={v}; Path=/; Expires=Fri, 12 Dec 2025 10:03:11 GMT; HttpOnly; Secure; SameSite=Lax""", v)

v = otp(6)
S("en", "sms", f"""Chase: DON'T share. Use code {v} to confirm it's you. Chase will NEVER call you to ask for this code. Txt STOP to opt out.""", v)

v = otp(6)
S("en", "memory", f"""User said (voice): "okay the code they texted me is {say(v, 'en')}... wait no, it's {say(v, 'en', ', ')}" """.strip(), say(v, 'en', ', '))

v = otp(8)
S("en", "inbox", f"""From: Microsoft account team <account-security-noreply@accountprotection.microsoft.com>
Subject: Microsoft account security code

Please use the following security code for the Microsoft account ja***@hotmail.com.

Security code: {v}

If you don't recognize the Microsoft account ja***@hotmail.com, you can click here to remove your email address from that account.""", v)

v = otp(6)
S("en", "inbox", f"""Subject: Your verification code for Zoom
Hi,
Your verification code is
{v[:3]} {v[3:]}
This code will expire in 10 minutes.""", f"{v[:3]} {v[3:]}")

mid = " ".join([rs(DIG, 3), rs(DIG, 4), rs(DIG, 4)]); pc = U(lambda: rs(AN, 6))
S("en", "calendar", f"""BEGIN:VEVENT
SUMMARY:Quarterly review – Finance
DTSTART:20251118T150000Z
DTEND:20251118T160000Z
DESCRIPTION:Join Zoom Meeting\\nhttps://us02web.zoom.us/j/{mid.replace(' ', '')}\\n\\nMeeting ID: {mid}\\nPasscode: {pc}\\n
LOCATION:Zoom
END:VEVENT""", pc)

v = password("leet")
S("en", "chat", f"""#it-help
sam: reset your password? it's set to temporary {v} now, you'll be asked to change it on first login
carlos: thx got in""", v)

v = password("word")
v2 = v[:-2] + rs(DIG, 2)
S("en", "chat", f"""Lena: portal login is admin / {v}
Lena: sorry typo, {v2}
Lena: the 2nd one""", v2)

v = password("rand")
S("en", "memory", f"""Lesson learned (task #4412): the router admin page at 192.168.1.1 rejected the default login; the user's custom admin password '{v}' works. Store it in the vault next time instead of memory.""", v)

v = pin(6)
S("en", "chat", f"""[iMessage] Dad: whats the pin for the garage keypad again
[iMessage] Me: {v} then enter
[iMessage] Dad: 👍""", v)

v = tok("discord_hook")
S("en", "toolcall", f"""POST {v}
{{"content": "New signup: order #10472 ✅"}}
→ 204 No Content""", v)

v = tok("teams_hook")
S("en", "doc", f"""Shared doc comment (Power Automate flow "Invoice approvals"):
Connector URL: {v}
— resolved by Grace Okafor""", v)

v = tok("npm")
S("en", "toolcall", f"""$ cat ~/.npmrc
//registry.npmjs.org/:_authToken={v}
save-exact=true""", v)

v = tok("pypi")
S("en", "toolcall", f"""[pypi]
  username = __token__
  password = {v}""", v)

v = tok("glpat")
S("en", "chat", f"""Teams chat — DevOps
Mark Nguyen 10:42 AM: runner registration failing, using glpat {v}
Mark Nguyen 10:43 AM: oh wait that's my personal one. nvm""", v)

v = tok("xoxp")
S("en", "memory", f"""Step summary: exported #design channel history using user token {v}. Export saved to /tmp/design.json (1,204 messages).""", v)

v = tok("mailchimp")
S("en", "toolcall", json.dumps({"tool": "http.request", "args": {"method": "GET", "url": "https://us14.api.mailchimp.com/3.0/lists", "auth": ["anystring", v]}}), v)

v = tok("twilio_sk"); s = hexs(32)
S("en", "toolcall", f"""from twilio.rest import Client
client = Client("{v}", "{s}", account_sid="AC{rs(HEX, 32)}")
client.messages.create(to=os.environ["ONCALL"], from_="+15005550006", body="db lag > 30s")""", s)

v = tok("shpat")
S("en", "thread", f"""Hi team, for the Shopify export please use the Admin API access token {v} (custom app "Ops Sync"). Scope is read_orders only.
-- 
Maya Lin | Ecom Lead""", v)

v = tok("postmark")
S("en", "toolcall", f"""curl "https://api.postmarkapp.com/email" \\
  -X POST \\
  -H "Accept: application/json" \\
  -H "Content-Type: application/json" \\
  -H "X-Postmark-Server-Token: {v}" \\
  -d '{{"From": "receipts@kettle.example", "To": "customer@example.org", "Subject": "Your receipt"}}'""", v)

v = jwt({"sub": U(lambda: "auth0|" + rs(HEX, 24)), "email": "r.moss@gmail.com", "exp": 1765430000})
S("en", "toolcall", f"""Observation: GET /api/me 200
request.headers.authorization = "Bearer {v}" """.strip(), v)

v = tok("gcp_refresh")
S("en", "toolcall", json.dumps({"installed": {"client_id": f"{rs(DIG, 12)}-{rs(LO + DIG, 32)}.apps.googleusercontent.com"}, "refresh_token": v, "token_uri": "https://oauth2.googleapis.com/token"}, indent=2), v)

body = pem_body(10)
S("en", "doc", f"""Comment (resolved) on "vendor-sftp-setup.docx":
Paste of the key we generated for Acme's SFTP:
-----BEGIN RSA PRIVATE KEY-----
{body}
-----END RSA PRIVATE KEY-----""", body)

v = U(lambda: R.choice(["Biscuit", "Pickles", "Mr. Whiskers", "Noodle", "Captain", "Peanut", "Ziggy"]) + " " + R.choice(["Fernsby", "the Second", "Jr", "McFluff"]))
S("en", "chat", f"""Me: the bank is asking my security question "name of your first pet?"
Gran: it was {v}, you called him that for years""", v)

v = U(lambda: R.choice(["Kowalczyk", "Abernathy", "Quiñones", "Halvorsen", "Okonkwo", "Delacroix"]))
S("en", "toolcall", json.dumps({"tool": "browser.fill", "args": {"selector": "#security-answer-1", "label": "Mother's maiden name", "value": v}}), v)

v = pin(4)
S("en", "memory", f"""User note: "gym locker 212, combo {v}" — user asked me to remember this for later.""", v)

v = pin(4); v2 = pin(4)
S("en", "inbox", f"""Subject: Welcome to The Foundry co-working!
Hi Ana, your member door code is {v}# (valid 7am–10pm). Bike room: {v2}.
Wi-Fi: Foundry-Members / see front desk.""", f"{v}#")

c = card("mc"); cv = pin(3)
S("en", "toolcall", f"""OCR result (photo_0931.jpg):
BANK OF THE WEST
DEBIT
{g4(c)}
VALID THRU {expiry()}
ANA M RUIZ
--- back ---
{cv}""", g4(c))

v = U(lambda: rs(HEX, 64))
S("en", "toolcall", f"""Step 3/5 ✔ Created webhook endpoint
  url: https://api.kettle.example/hooks/stripe
  signing secret: whsec_{v[:32]}
Step 4/5 … saving to .env""", "whsec_" + v[:32])

c = card("visa")
S("en", "chat", f"""Ben: the card number is {c[:4]} {c[4:8]}
Ben: {c[8:12]} {c[12:]}
Ben: sorry my phone sent it in two""", f"{c[8:12]} {c[12:]}")

v = U(lambda: R.choice(["Oakridge Elementary", "St. Brendan's", "Lincoln Middle", "Maple Grove Primary"]))
S("en", "memory", f"""Account setup notes for user's Comcast account:
- security Q: "What elementary school did you attend?" → answer: {v}
- billing PIN set during call""", v)

v = pin(4)
S("en", "sms", f"""Verizon: Your account PIN was changed to {v}. If you did not request this, call 1-800-922-0204.""", v)

v = tok("github_pat")
S("en", "toolcall", f"""Thought: The user wants me to open a PR. I'll set the token they provided.
Action: shell.run("export GH_TOKEN={v} && gh pr create --fill")""", v)

v = tok("hf")
S("en", "chat", f"""#ml-infra
ravi: hf token for the gated llama download: {v} (read-only, mine)
sophie: thanks, will swap for the org token later""", v)

v = tok("aiza")
S("en", "doc", f"""Reviewer comment on "Maps integration" PR description: you've pasted the unrestricted server key `{v}` in the description, please rotate it.""", v)

v = tok("azure_secret")
S("en", "inbox", f"""Subject: App registration for Payroll Connector

Tenant ID: {uuid4()}
Client ID: {uuid4()}
Client secret (value): {v}
Expires: 2026-06-30

Please store it in Key Vault and delete this email.""", v)

pw = password("rand")
S("en", "toolcall", f"""DefaultEndpointsProtocol=https;AccountName=stinvoicesprod;AccountKey={b64(64)};EndpointSuffix=core.windows.net
Server=tcp:sql-invoices.database.windows.net,1433;Initial Catalog=invoices;User ID=invoice_rw;Password={pw};Encrypt=True;""", pw)

v = otp(6)
S("en", "chat", f"""[WhatsApp] +44 7700 9xx xxx: Hi it's your son, I lost my phone 😢 a code was sent to you by mistake, can you send it to me
[WhatsApp] me: {v}
[WhatsApp] me: is that it?""", v)

v = otp(5)
S("en", "sms", f"""Uber: Your Uber code is {v}. Never share this code. Reply STOP ENDUBER to unsubscribe.""", v)

v = U(lambda: rs("BCDFGHJKMNPQRTVWXY2346789", 5))
S("en", "inbox", f"""From: noreply@steampowered.com
Subject: Your Steam account: Access from new web or mobile device

Dear kallisto_92,
Here is the Steam Guard code you need to login to account kallisto_92:

{v}

This email was generated because of a login attempt from a web or mobile device.""", v)

v = password("word2")
S("en", "thread", f"""On Thu, Jul 3, 2025 at 4:51 PM Hugo Brandt <hugo.brandt@fastmail.com> wrote:
> shared folder is up. user: hugo-family, pass: {v}
> the link expires Sunday
>
> --
> Hugo""", v)
# ----------------------------------------------------------------- English: innocent
o = order_amzn()
I("en", "receipt", f"""From: Amazon.com <auto-confirm@amazon.com>
Subject: Your Amazon.com order #{o}

Hello,
Thank you for shopping with us. We'll send a confirmation when your item ships.
Order #{o}
Arriving: Thursday, November 6
Order Total: ${money(20, 200)}
Payment: Visa ending in {rs(DIG, 4)}""")

t = ups()
I("en", "notif", f"""UPS Update: Package scheduled for delivery Tuesday, 11/04/2025.
Tracking Number: {t}
Ship To: BROOKLYN, NY US
Number of Packages: 1
Weight: 2.40 LBS""")

t = usps()
I("en", "sms", f"USPS: Your item {t} was delivered in/at the mailbox at 2:14 pm on November 3, 2025 in PORTLAND, OR 97214. Reply STOP to cancel.")

h = sha1()
I("en", "notif", f"""[ellery-lab/dotfiles] Push to main

  {h[:7]} zsh: add fzf keybindings
  {sha1()[:7]} nvim: bump lazy.nvim to v11.14.1

View comparison: https://github.com/ellery-lab/dotfiles/compare/{sha1()[:12]}...{h[:12]}""")

I("en", "signup", """Create your password
• At least 12 characters
• One uppercase letter and one number
• Cannot be one of your last 5 passwords
Your password will expire every 90 days.""")

I("en", "sms", "Your verification code will expire in 10 minutes. If you didn't request a code, you can ignore this message. Msg&data rates may apply.")

I("en", "toolcall", json.dumps({"tool": "gmail.search", "args": {"query": "from:(no-reply@accounts.google.com) subject:(security code) newer_than:2d", "max_results": 10}}))

I("en", "doc", """Setup guide — Stripe integration (internal wiki)
1. Copy `.env.example` to `.env`
2. Set STRIPE_SECRET_KEY=sk_live_... (get it from 1Password, never paste it here)
3. For local testing use card 4242 4242 4242 4242, any future date, any CVC.
4. Run `npm run dev`""")

I("en", "doc", """From the AWS docs (example only, not real credentials):
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY""")

I("en", "receipt", f"""Receipt from Blue Bottle Coffee
Date: Nov 2, 2025 8:14 AM
Cortado               $5.25
Morning bun           $4.75
Tax                   $0.89
Total                $10.89
Paid with Mastercard •••• {rs(DIG, 4)} (Apple Pay)
Auth code: {rs(DIG, 6)}   Terminal ID: {rs(DIG, 8)}
Questions? Call (510) 653-3394""")

p = pnr()
I("en", "inbox", f"""Subject: Your trip confirmation – {p}
Booking reference: {p}
Flight DL 2231  JFK → ATL  Mon 10 Nov 2025  07:05–09:31
Seat 23C  |  Main Cabin
Ticket number: 006 {rs(DIG, 10)}
Manage your trip at delta.com or call 1-800-221-1212.""")

I("en", "toolcall", f"""$ git log --oneline -3
{sha1()[:7]} Merge pull request #482 from ellery-lab/fix-oauth-refresh
{sha1()[:7]} fix: refresh token before expiry (5 min skew)
{sha1()[:7]} chore: bump version to 2.14.3""")

u = uuid4()
I("en", "notif", f"""Your support request has been received.
Ticket ID: {u}
Status: Open
Priority: Normal
We typically respond within 1 business day.""")

I("en", "signup", """Reset your password
We received a request to reset the password for your account. This link expires in 60 minutes.
[Reset password]
If you didn't ask for this, you can safely ignore this email — your password won't change.
Tip: use a passphrase of 4+ random words.""")

I("en", "doc", """Router quick start (printed manual, p.2)
Default admin login: admin / admin
Default Wi-Fi password: printed on the label on the bottom of the device
Default WPS PIN: 12345670
Change the default password after first login.""")

I("en", "memory", """Lesson: when the user asks for "the code from the SMS", search messages from short codes (e.g. 32665, 72975) from the last 15 minutes only and read it aloud; never save it to memory.""")

f = pgp_fpr()
I("en", "thread", f"""--
Fjordline Security Team
Fjordline AS · security@fjordline.example
PGP: {f}
Public key: https://keys.openpgp.org/""")

k = ssh_pub_ed25519("deploy@ci-runner-04")
I("en", "chat", f"""#infra
omar: can someone add my key to the bastion? public half below
omar: {k}
lea: added ✅""")

I("en", "receipt", f"""INVOICE INV-2025-0{rs(DIG, 4)}
Northwind Traders Ltd
Company No. {rs(DIG, 8)} · VAT {vat_gb()}
Bank: Barclays · Sort code 20-00-00 · Account 55779911 (company account)
IBAN: GB29 NWBK 6016 1331 9268 19 (example from invoice template)
Amount due: £1,284.00 by 30/11/2025""")

I("en", "sms", f"Your Lyft driver Carla is arriving in a silver Toyota Prius, plate 8KXL{rs(DIG, 3)}. Meet at Pickup 4B.")

I("en", "inbox", """Subject: 25% off ends tonight 🎉
Use promo code FALLBACK25 at checkout. Excludes gift cards. One use per customer.
Unsubscribe · View in browser""")

I("en", "calendar", f"""BEGIN:VEVENT
UID:{uuid4()}@google.com
SUMMARY:1:1 Priya / Tom
DTSTART;TZID=Europe/London:20251112T100000
DTEND;TZID=Europe/London:20251112T103000
LOCATION:Room 3.14 (Kingfisher)
SEQUENCE:2
END:VEVENT""")

I("en", "chat", f"""[Slack] #payments-alerts
Datadog: [Triggered] Stripe webhook 5xx rate > 2% on api-prod
error_code=card_declined count=41, error_code=expired_card count=7
trace_id={hexs(32)}""")

I("en", "toolcall", f"""Observation: tool returned
{{"status": 429, "error": {{"code": "rate_limit_exceeded", "message": "Rate limit reached for requests", "retry_after_ms": 1200}}, "request_id": "req_{hexs(24)}"}}""")

I("en", "signup", """Two-step verification
Enter the 6-digit code from your authenticator app.
Code: [______]
Lost your device? Use one of your 10 backup codes.""")

I("en", "inbox", f"""Message-ID: {msgid('mail.gmail.com')}
In-Reply-To: {msgid('mail.gmail.com')}
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; h=to:subject:message-id:date:from:mime-version; bh={b64(32)}; b={b64(96)}
Subject: Re: potluck list""")

I("en", "toolcall", f"""$ sha256sum ubuntu-24.04.3-live-server-amd64.iso
{sha256()}  ubuntu-24.04.3-live-server-amd64.iso""")

I("en", "receipt", f"""Thanks for your payment!
Amount: $64.00
Card: Visa ····{rs(DIG, 4)}
Transaction ID: {rs(UP + DIG, 17)}
Merchant: Pacific Gas & Electric · Customer service 1-800-743-5000""")

I("en", "chat", f"""Alex: the PIN on the new office printer is 4 digits right?
Jo: yeah 4 digits, you set it yourself at the panel, IT doesn't know it""")

I("en", "memory", f"""Summary: Triaged 37 emails. 4 need replies (invoice INV-{rs(DIG, 5)}, Jira OPS-{rs(DIG, 4)}, dentist reschedule, HOA). 12 newsletters archived. No action on 2 security alerts (both expected sign-ins from Chrome on macOS).""")

I("en", "doc", """API reference — Authentication
Send your key in the header: `Authorization: Bearer <YOUR_API_KEY>`.
Keys start with `sk_` and are 32 characters long. Test keys look like `sk_test_xxxxxxxxxxxxxxxxxxxxxxxx`.""")

I("en", "notif", f"""Google
A new sign-in on Mac
we noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything.
Check activity
You received this email to let you know about important changes to your Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""")

I("en", "chat", f"""[Teams] Build pipeline #{rs(DIG, 5)} failed
Stage: integration-tests  •  Duration 14m 22s
Error: AssertionError: expected 200, got 401 (invalid_token) at auth.spec.ts:88
Commit {sha1()[:8]} by ci-bot""")

I("en", "receipt", f"""Order confirmed! 🍕
Order #{rs(DIG, 4)}-{rs(DIG, 4)}
2× Margherita, 1× Garlic knots
Subtotal $38.50 · Tip $6.00 · Total $47.91
Estimated delivery 7:35–7:50 PM
Questions? Call Tony's at (718) 555-0143""")

I("en", "toolcall", json.dumps({"tool": "calendar.create_event", "args": {"title": "Dentist – Dr. Patel", "start": "2025-11-20T09:30:00-05:00", "duration_min": 45, "location": "Smile Dental, 401 Main St", "reminders": [1440, 60]}}))

I("en", "doc", f"""Comment on "Q4 OKRs": KR2 target: reduce password-reset tickets from 1,240/mo to under 400/mo (OTP via SMS rollout, code length 6, TTL 5 min).""")

I("en", "inbox", f"""Subject: Your Apple receipt
Apple ID: (hidden)
Order ID: M{rs(UP + DIG, 9)}
Document No.: {rs(DIG, 12)}
iCloud+ 200 GB — Monthly  $2.99
Billed to: Apple Pay (Mastercard ···· {rs(DIG, 4)})""")

I("en", "sms", f"Your Amazon package with 3 items will be delivered today by 9 PM. Track: amzn.to/{rs(AN, 7)}. Delivery PIN not required.")

I("en", "chat", f"""[Discord] #releases
release-bot: v3.8.0 is out 🎉 sha256 of the tarball: {sha256()}
release-bot: changelog: https://example.org/changelog#3-8-0""")

I("en", "toolcall", f"""$ docker pull ghcr.io/ellery-lab/api:2.14.3
2.14.3: Pulling from ellery-lab/api
Digest: sha256:{sha256()}
Status: Downloaded newer image for ghcr.io/ellery-lab/api:2.14.3""")

I("en", "memory", """Preference learned: user wants 2FA codes read aloud but never written to notes or summaries; store only "code received at HH:MM".""")

I("en", "inbox", f"""Subject: Your PIN reminder request
For your security we never send PINs by email. To reset your card PIN, visit any of our ATMs or call 0345 300 0000 (Lloyds customer services).""")

I("en", "doc", """Password policy v2 (draft)
- min length: 14
- max length: 128
- passwords like Password123! or Summer2025 are rejected by the breached-password check
- PINs for door controllers: 6 digits, rotated quarterly""")

I("en", "chat", f"""[LINE] Mina: the wifi name at the café is "Harbor_Guest" and it has no password, just accept the terms page
[LINE] me: ok thx""")

I("en", "notif", f"""Dropbox: "Q3-board-deck.pdf" was shared with you
Shared by: Finance Team
Link expires: 2025-11-30
File ID: id:{rs(AN, 22)}""")

I("en", "toolcall", f"""HTTP/1.1 302 Found
Location: https://app.example.com/login?next=%2Fsettings%2Fsecurity&error=session_expired
Set-Cookie: theme=dark; Path=/; Max-Age=31536000
Set-Cookie: lang=en-GB; Path=/""")

I("en", "receipt", f"""Hotel confirmation
Confirmation number: {rs(DIG, 8)}
The Hoxton, Shoreditch · 81 Great Eastern St, London EC2A 3HU · +44 20 7550 1000
Check-in: 14 Nov 2025 from 3 pm   Check-out: 16 Nov 2025 by 12 pm
Guest: Mr. R. (name on booking)  Room: Cosy, 1 king""")

I("en", "chat", """Me: what was the error when you tried?
Sis: "Incorrect PIN. 2 attempts remaining."
Me: stop trying, it locks after 3 😬 call the bank""")

I("en", "doc", f"""Example for the docs — JWT from jwt.io (public sample token, not a real session):
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c""")

I("en", "notif", f"""GitHub
[GitHub] A new SSH authentication public key was added to your account
The following SSH key was added: deploy-2025
SHA256:{b64(32).rstrip('=')}
If you believe this key was added in error, you can remove the key.""")

I("en", "toolcall", f"""$ ls -la ~/.ssh
-rw-------  1 marcus staff   411 Oct  2 09:11 id_ed25519
-rw-r--r--  1 marcus staff   103 Oct  2 09:11 id_ed25519.pub
-rw-r--r--  1 marcus staff  2877 Nov  1 17:40 known_hosts""")

I("en", "inbox", f"""Subject: Verify your email
Hi there, thanks for signing up for Notion!
Click the button below to verify your email. The link will expire in 24 hours.
[Verify email]
Having trouble? Contact team@makenotion.com""")

I("en", "chat", f"""[Slack] #sales
jen: new lead from the webinar, ACME Corp, Deal ID {rs(DIG, 11)}, est. $48k ARR
jen: their procurement # is PO-{rs(DIG, 6)}""")

I("en", "receipt", f"""Your Uber Eats receipt
Total: $23.16
Order ID: {uuid4()[:8].upper()}
Promotion applied: EATS5OFF (-$5.00)""")

I("en", "doc", f"""Eth donation address for the open-source project (public, on our website): {eth_addr()}
Bitcoin: bc1q{rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38)}""")

I("en", "calendar", """Invitation: Team lunch @ Thu 13 Nov 2025 12:30 – 13:30 (GMT)
Where: Dishoom King's Cross, 5 Stable St, London N1C 4AB
Who: design-team@example.com (group)
Reply for this event: Yes · Maybe · No""")

I("en", "toolcall", """Thought: The user wants all emails containing "password" from IT in the past week.
Action: gmail.search(query='from:it-helpdesk@example.com "password" newer_than:7d')
Observation: 3 results — "Password expiry notice (14 days)", "Password policy update", "Reminder: don't share passwords by email".""")

I("en", "sms", "BofA: Your card ending in 3391 was used for $84.12 at WHOLEFDS. Not you? Reply NO. Msg&data rates may apply.")

I("en", "chat", f"""Kai: the tracking # is RR{rs(DIG, 9)}CN on aliexpress, says "in customs"
Lu: lol that's been stuck for 3 weeks""")

I("en", "doc", """Lock manual, section 4.1 — Master code
The factory master code is 123456. Press # after entering. You must change the master code before adding user codes.
User codes: 4–8 digits, up to 20 codes.""")

I("en", "memory", f"""Step 12 result: password reset email for Netflix requested at user's request; reset link delivered to inbox (not opened by agent). Next: wait for user.""")

I("en", "notif", f"""LinkedIn
Your verification code request
We couldn't send a code to +1 ••• ••• ••{rs(DIG, 2)}. Please try again in 15 minutes. Error 1403.""")

I("en", "toolcall", f"""$ openssl x509 -in cert.pem -noout -fingerprint -sha256
sha256 Fingerprint={':'.join(sha256()[i:i + 2].upper() for i in range(0, 64, 2))}""")

I("en", "chat", f"""[WhatsApp] 21/10/2025, 09:02 - Riverside Dental: Hi! Reminder of your appointment tomorrow 10:15. Reply C to confirm. Our number is 020 7946 0{rs(DIG, 3)}.""")
# ----------------------------------------------------------------- Spanish
v = dni_es()
S("es", "thread", f"""---------- Mensaje reenviado ---------
De: Lucía Fernández <lucia.fdez@gmail.com>
Asunto: RE: contrato alquiler

Hola Javier, te paso mis datos para el contrato:
DNI: {v}
Domicilio: C/ Alcalá 212, 3ºB, Madrid
Un saludo,
Lucía""", v)

v = iban("ES")
S("es", "chat", f"""[WhatsApp] 02/11/25, 21:03 - Marta: Bizum no me va, hazme transferencia
[WhatsApp] 02/11/25, 21:03 - Marta: {ig(v)}
[WhatsApp] 02/11/25, 21:04 - Marta: a nombre de Marta Gil Ruiz""", ig(v))

v = otp(6)
S("es", "sms", f"CaixaBank: El código para autorizar la operación de 249,90 EUR en AMAZON es {v}. Nunca te lo pediremos por teléfono.", v)

v = password("word")
S("es", "chat", f"""Pablo: oye la contraseña del wifi de la oficina es {v}
Pablo: con mayúscula al principio
Andrea: gracias!!""", v)

v = nie_es()
S("es", "toolcall", json.dumps({"tool": "forms.fill", "args": {"form": "cita_previa_extranjeria", "campos": {"nie": v, "nombre": "Oksana Melnyk", "tramite": "Toma de huellas"}}}, ensure_ascii=False), v)

v = pin(4)
S("es", "memory", f"""Nota del usuario (voz): "el pin de la tarjeta nueva es {say(v, 'es')}, apúntalo en algún sitio seguro" """.strip(), say(v, "es"))

v = curp()
S("es", "inbox", f"""Asunto: Documentos para alta en IMSS
Buen día, adjunto acta y comprobante. Mi CURP es {v} y el RFC lo mando en cuanto lo tenga.
Saludos, Fernanda""", v)

v = clabe()
S("es", "chat", f"""Rodrigo: pásame la lana de los boletos porfa 🙏
Rodrigo: CLABE {v} (BBVA)
Rodrigo: Rodrigo Salinas""", v)

v = rut_cl()
S("es", "thread", f"""> Estimada, necesitamos su RUT para emitir la boleta.
Mi RUT es {v}. Gracias.
Camila Rojas""", v)

I("es", "receipt", f"""Gracias por tu compra en El Corte Inglés
Nº de pedido: {rs(DIG, 10)}
Importe total: 89,95 €
Forma de pago: Tarjeta terminada en {rs(DIG, 4)}
Atención al cliente: 901 122 122""")

I("es", "signup", """Tu contraseña debe tener:
· Entre 8 y 20 caracteres
· Al menos una mayúscula, una minúscula y un número
· No puede contener tu nombre de usuario
El código de verificación caduca a los 5 minutos.""")

I("es", "notif", f"""Correos: Tu envío {s10('PQ', 'ES')} está en reparto. Entrega prevista hoy entre 9:00 y 14:00. Más info en correos.es""")

I("es", "receipt", f"""FACTURA Nº F2025-{rs(DIG, 5)}
Distribuciones Levante S.L. · CIF B{rs(DIG, 8)}
IBAN empresa: ES91 2100 0418 4502 0005 1332 (ejemplo de plantilla)
Base imponible 1.240,00 € · IVA 21% 260,40 € · Total 1.500,40 €""")

I("es", "chat", """Lucas: cuál es el código promocional de la newsletter?
Sara: VERANO15, 15% en todo menos rebajas""")

# ----------------------------------------------------------------- Portuguese (Brazil / Portugal)
v = cpf()
S("pt", "chat", f"""[WhatsApp] Tia Regina: meu CPF pra nota fiscal é {v}
[WhatsApp] Tia Regina: obrigada querida 😘""", v)

v = cpf()
S("pt", "chat", f"""João: me manda um pix?
João: a chave é meu cpf {v.replace('.', '').replace('-', '')}
João: Nubank""", v.replace('.', '').replace('-', ''))

v = otp(6)
S("pt", "sms", f"Nubank: Seu código de verificação é {v}. Não compartilhe com ninguém. A Nubank nunca pede esse código.", v)

v = password("word2")
S("pt", "thread", f"""Em qua., 5 de nov. de 2025 às 14:22, Beatriz Nunes <bia.nunes@uol.com.br> escreveu:
> Oi Rafa, a senha do portal do condomínio é {v}
> o login é o número do apartamento (1204)
> bjs""", v)

v = nif_pt("2")
S("pt", "inbox", f"""Assunto: Fatura com contribuinte
Boa tarde, podem emitir a fatura com o meu NIF {v}? Obrigado, Tiago Matos""", v)

v = seed_phrase(12)
S("pt", "memory", f"""Usuário ditou as 12 palavras da carteira para eu "guardar": {v}. Recusei guardar e pedi para anotar em papel.""", v)

v = iban("PT")
S("pt", "chat", f"""Inês: transfere para o meu IBAN {ig(v)}
Inês: é da CGD""", ig(v))

I("pt", "receipt", f"""Pedido confirmado! 🛒
Número do pedido: {rs(DIG, 13)}
Total: R$ 219,90 em 3x sem juros
Cartão final {rs(DIG, 4)}
Loja: Magazine Luiza · SAC 0800 773 3838""")

I("pt", "notif", f"""Correios: Objeto {s10('NL', 'BR')} saiu para entrega ao destinatário. Rastreie em rastreamento.correios.com.br""")

I("pt", "signup", """Crie sua senha
A senha deve ter no mínimo 8 caracteres, com letras e números.
O código de verificação tem 6 dígitos e vale por 10 minutos.""")

I("pt", "receipt", f"""NOTA FISCAL DE SERVIÇO Nº {rs(DIG, 6)}
Prestador: Estúdio Aurora Design Ltda · CNPJ {cnpj()}
Dados bancários do prestador: Banco Itaú · Ag. 0{rs(DIG, 3)} · C/C {rs(DIG, 5)}-{rs(DIG, 1)}
Valor: R$ 3.450,00 · ISS 5%""")

# ----------------------------------------------------------------- French
v = nir_fr()
S("fr", "inbox", f"""Objet : Dossier mutuelle
Bonjour,
Voici mon numéro de sécurité sociale : {v}
Je vous envoie l'attestation de droits demain.
Cordialement,
Élodie Marchand""", v)

v = otp(6)
S("fr", "sms", f"Votre code de confirmation Doctolib est {v}. Il expire dans 10 minutes.", v)

v = iban("FR")
S("fr", "thread", f"""Le lun. 3 nov. 2025 à 18:07, Julien <julien.perrin@free.fr> a écrit :
> Voici mon RIB pour le remboursement du week-end :
> IBAN : {ig(v)}
> BIC : CCBPFRPPXXX""", ig(v))

v = password("leet")
S("fr", "chat", f"""[Teams] Nathalie 09:12 : le mot de passe du compte partagé compta c'est {v}
[Teams] Nathalie 09:12 : ne le mettez pas dans le canal général svp""", v)

c = card("visa"); cv = pin(3)
S("fr", "chat", f"""Maman : pour réserver l'hôtel prends ma carte {g4(c)} exp {expiry()}
Maman : le cryptogramme c'est {cv}""", cv)

v = pin(4)
S("fr", "memory", f"""Rappel demandé par l'utilisateur : digicode de l'immeuble rue Oberkampf = {v}B, interphone « Lefèvre ».""", f"{v}B")

v = otp(6)
S("fr", "memory", f"""Utilisateur (dictée vocale) : « le code c'est {say(v, 'fr')} » — saisi dans le formulaire Ameli.""", say(v, "fr"))

I("fr", "notif", f"""Colissimo : votre colis {rs(DIG, 1)}L{rs(DIG, 11)} sera livré demain entre 8h et 13h. Suivez-le sur laposte.fr/outils/suivre-vos-envois""")

sir = siren_fr()
I("fr", "receipt", f"""FACTURE N° 2025-{rs(DIG, 4)}
Atelier Bellevue SARL — SIREN {sir} — TVA intracom. {tva_fr(sir)}
RIB société : FR76 3000 6000 0112 3456 7890 189 (IBAN d'exemple)
Total TTC : 1 152,00 € — Échéance : 30 jours fin de mois""")

I("fr", "signup", """Votre mot de passe doit contenir au moins 12 caractères, dont un chiffre et un caractère spécial.
Le code à usage unique vous sera envoyé par SMS. Vous avez 3 essais.""")

I("fr", "chat", f"""Hugo : la réservation SNCF c'est le dossier {pnr()}, voiture 14 places 61-62
Inès : top merci""")

I("fr", "doc", """Commentaire sur « Procédure accueil » : le code PIN par défaut des badges est 0000, à changer au premier passage (cf. notice fabricant p. 7).""")

# ----------------------------------------------------------------- German
v = steuer_id()
S("de", "inbox", f"""Betreff: Unterlagen Lohnabrechnung
Hallo Frau Schneider,
meine Steuer-ID lautet {v}, die Sozialversicherungsnummer reiche ich nach.
Viele Grüße
Jonas Albrecht""", v)

v = iban("DE")
S("de", "chat", f"""[WhatsApp] 01.11.25, 19:40 - Oma Hilde: Kannst du mir die 50 Euro überweisen Schatz
[WhatsApp] 01.11.25, 19:41 - Oma Hilde: {ig(v)} Sparkasse
[WhatsApp] 01.11.25, 19:41 - Oma Hilde: Hildegard Brandt""", ig(v))

v = otp(6)
S("de", "sms", f"Ihre TAN für die Überweisung an M. Keller über 1.200,00 EUR lautet {v}. Nicht weitergeben!", v)

v = password("word2")
S("de", "chat", f"""Felix: WLAN im Ferienhaus: Netz "Ostsee-Gast", Passwort {v}
Felix: Router steht im Flur""", v)

v = pin(4)
S("de", "memory", f"""Nutzer bat, sich Folgendes zu merken: Schließfach Nr. 48 im Hauptbahnhof, Code {v}.""", v)

v = tok("xoxb")
S("de", "doc", f"""Kommentar zu „Bot-Setup Vertrieb": Bot-Token ist {v} – bitte nicht ins Wiki kopieren, gehört in den Tresor.""", v)

v = passphrase(["Pferd", "Batterie", "Heftklammer", "Gurke", "Regenschirm", "Zitrone", "Wanderung", "Drachen", "Tulpe", "Brezel", "Nebel", "Kompass"], 4, "-")
S("de", "thread", f"""Am Mo., 10. Nov. 2025 um 08:15 schrieb Katrin Vogel <k.vogel@web.de>:
> Das Passwort für das verschlüsselte ZIP mit den Steuerunterlagen ist: {v}
> Schick ich separat, damit es nicht in derselben Mail steht 😉""", v)

I("de", "receipt", f"""Rechnung Nr. RE-{rs(DIG, 6)}
Muster Möbel GmbH · Amtsgericht München HRB {rs(DIG, 6)} · USt-IdNr. {ust_de()}
Bankverbindung: Commerzbank · IBAN DE89 3704 0044 0532 0130 00 (Beispiel-IBAN) · BIC COBADEFFXXX
Rechnungsbetrag: 2.380,00 € (inkl. 19 % MwSt.)""")

I("de", "notif", f"""DHL: Ihre Sendung {rs(DIG, 20)} wird heute zwischen 10:45 und 14:15 zugestellt. Packstation 142 als Alternative wählen? Sendungsverfolgung: dhl.de""")

I("de", "signup", """Passwort vergessen?
Wir haben Ihnen einen Link zum Zurücksetzen gesendet. Der Link ist 30 Minuten gültig.
Hinweis: Das neue Passwort muss mindestens 10 Zeichen lang sein und darf nicht mit den letzten 3 Passwörtern übereinstimmen.""")

I("de", "doc", """Bedienungsanleitung Tresor S-200, Abschnitt 3: Werkseitiger Code: 1-2-3-4-5-6. Bitte ändern Sie den Code sofort nach der Installation (4–8 Ziffern).""")

I("de", "chat", f"""[Teams] Störungsmeldung: Ticket INC{rs(DIG, 7)} – VPN-Client meldet Fehler 809. Bitte Version 5.1.3 installieren.""")

# ----------------------------------------------------------------- Italian
v = codice_fiscale()
S("it", "inbox", f"""Oggetto: dati per fattura
Buongiorno, vi lascio il mio codice fiscale per la fattura: {v}
Grazie, Chiara""", v)

v = iban("IT")
S("it", "chat", f"""Marco: mi fai il bonifico per la cena? {ig(v)}
Marco: intestato a Marco Bianchi""", ig(v))

v = otp(6)
S("it", "sms", f"Poste Italiane: il codice di sicurezza per accedere all'app è {v}. Non condividerlo con nessuno, nemmeno con operatori di Poste.", v)

v = password("word")
S("it", "chat", f"""Giulia: la password del router è {v} 
Giulia: l'ha cambiata papà ieri""", v)

v = pin(5)
S("it", "memory", f"""Promemoria utente: codice del portone Via Tortona 27 = {v}, poi citofono interno 9.""", v)

I("it", "receipt", f"""Conferma d'ordine n. {rs(DIG, 9)}
Totale: 64,90 € · Pagato con carta ****{rs(DIG, 4)}
Spedizione con BRT, numero spedizione {rs(DIG, 15)}
Servizio clienti: 02 8088 0000""")

I("it", "signup", """La password deve contenere almeno 8 caratteri, una lettera maiuscola e un numero.
Il codice OTP è valido per 3 minuti. Dopo 5 tentativi l'accesso viene bloccato.""")

I("it", "receipt", f"""Fattura n. 118/2025
Ditta Rossi Impianti S.r.l. · P.IVA IT{rs(DIG, 11)} · REA MI-{rs(DIG, 7)}
Coordinate bancarie aziendali: IT60 X054 2811 1010 0000 0123 456 (IBAN di esempio)
Totale documento: € 1.830,00""")

# ----------------------------------------------------------------- Dutch
v = bsn()
S("nl", "inbox", f"""Onderwerp: aanmelding huisarts
Beste praktijk, mijn BSN is {v}, geboortedatum 14-03-1991. Met vriendelijke groet, Sanne de Vries""", v)

v = iban("NL")
S("nl", "chat", f"""Tikkie werkt niet, maak maar over naar {ig(v)} t.n.v. D. Jansen 🙏""", ig(v))

v = otp(6)
S("nl", "sms", f"Je DigiD sms-code is: {v}. Deze code is 15 minuten geldig. Deel deze code nooit.", v)

v = password("word2")
S("nl", "chat", f"""Bram: het wachtwoord van de gedeelde Netflix is {v}
Bram: niet aan je ex geven 😂""", v)

I("nl", "notif", f"""PostNL: Je pakket 3S{rs(UP, 4)}{rs(DIG, 9)} wordt vandaag tussen 14:10 en 16:10 bezorgd. Niet thuis? Kies een PostNL-punt.""")

I("nl", "receipt", f"""Factuur 2025-{rs(DIG, 4)} — Bakkerij Van Dam B.V.
KvK {rs(DIG, 8)} · btw NL{rs(DIG, 9)}B01
Graag overmaken naar NL91 ABNA 0417 1643 00 (voorbeeld-IBAN uit de template) o.v.v. het factuurnummer.""")

I("nl", "signup", """Je wachtwoord moet minimaal 10 tekens bevatten. De verificatiecode is 6 cijfers en verloopt na 10 minuten.""")
# ----------------------------------------------------------------- Polish
v = pesel()
S("pl", "inbox", f"""Temat: Zgłoszenie do ubezpieczenia
Dzień dobry, przesyłam dane: Katarzyna Wiśniewska, PESEL {v}. Proszę o potwierdzenie.
Pozdrawiam""", v)

v = otp(6)
S("pl", "sms", f"mBank: Kod SMS do operacji nr 2 z dnia 04.11.2025: {v}. Przelew na kwote 350,00 PLN.", v)

v = iban("PL")
S("pl", "chat", f"""Kuba: oddaj mi za bilety na {ig(v)}
Kuba: albo blikiem""", ig(v))

v = password("word")
S("pl", "chat", f"""Ania: hasło do wifi u babci to {v}
Ania: wielkie W na początku""", v)

I("pl", "receipt", f"""Faktura VAT nr FV/{rs(DIG, 3)}/11/2025
Sprzedawca: Drukarnia Orzeł Sp. z o.o., NIP {nip_pl()}, KRS 0000{rs(DIG, 6)}
Konto firmowe: PL61 1090 1014 0000 0712 1981 2874 (przykładowy numer z szablonu)
Do zapłaty: 2 460,00 zł""")

I("pl", "notif", f"""InPost: Twoja paczka {rs(DIG, 24)} czeka w Paczkomacie WAW12M. Kod odbioru wyślemy SMS-em w dniu dostawy. Masz 48 godzin na odbiór.""")

I("pl", "signup", """Hasło musi mieć co najmniej 8 znaków. Kod BLIK jest ważny 2 minuty. PIN do aplikacji: 5 cyfr.""")

# ----------------------------------------------------------------- Russian
v = snils()
S("ru", "inbox", f"""Тема: документы для трудоустройства
Добрый день! Мой СНИЛС: {v}, ИНН пришлю позже.
С уважением, Анна Соколова""", v)

v = inn_ru12()
S("ru", "toolcall", json.dumps({"tool": "forms.fill", "args": {"форма": "3-НДФЛ", "ИНН": v, "ФИО": "Петров Игорь Сергеевич"}}, ensure_ascii=False), v)

v = otp(4)
S("ru", "sms", f"Код для входа в Сбербанк Онлайн: {v}. Никому не сообщайте код, даже сотруднику банка.", v)

v = password("word2")
S("ru", "chat", f"""[Telegram] Дима: пароль от роутера на даче {v}
[Telegram] Дима: логин admin""", v)

c = card("mir"); cv = pin(3)
S("ru", "chat", f"""[Telegram] Мама: оплати мне коммуналку с моей карты {g4(c)}
[Telegram] Мама: срок {expiry()} код на обороте {cv}""", g4(c))

v = pin(4)
S("ru", "memory", f"""Пользователь продиктовал: «код домофона {say(v, 'ru')}, квартира сорок два».""", say(v, "ru"))

I("ru", "notif", f"""Почта России: отправление {s10('RA', 'RU')} прибыло в место вручения (Москва 117292). Получите до 10.11.2025.""")

I("ru", "receipt", f"""Кассовый чек №{rs(DIG, 4)}
ООО «Ромашка», ИНН {rs(DIG, 10)}, ОГРН {rs(DIG, 13)}
Итого: 1 250,00 ₽  Оплата: карта МИР ****{rs(DIG, 4)}
ФН {rs(DIG, 16)} ФД {rs(DIG, 5)} ФП {rs(DIG, 10)}""")

I("ru", "signup", """Пароль должен содержать от 8 до 64 символов. Код подтверждения придёт по SMS и действует 5 минут. Осталось попыток: 3.""")

I("ru", "chat", f"""[Telegram] Ваня: номер заказа на Озоне {rs(DIG, 8)}-{rs(DIG, 4)}, трек пока не дали
[Telegram] Лена: ок""")

# ----------------------------------------------------------------- Ukrainian
v = rnokpp()
S("uk", "inbox", f"""Тема: договір оренди
Добрий день! Мій РНОКПП (ІПН): {v}. Паспорт надішлю окремо.
З повагою, Олена Коваленко""", v)

v = iban("UA")
S("uk", "chat", f"""[Viber] Тарас: скинь на мою картку або рахунок {v}
[Viber] Тарас: Приватбанк""", v)

v = otp(6)
S("uk", "sms", f"Дія: код підтвердження {v}. Нікому не повідомляйте його.", v)

I("uk", "notif", f"""Нова пошта: Посилка №{rs(DIG, 14)} прибула у відділення №27. Отримати до 12.11. Оплата при отриманні: 0 грн.""")

I("uk", "signup", """Пароль має містити щонайменше 8 символів. Код з SMS дійсний 3 хвилини.""")

I("uk", "receipt", f"""Рахунок-фактура №{rs(DIG, 3)}
ТОВ «Світанок», код ЄДРПОУ {rs(DIG, 8)}
Сума до сплати: 4 800,00 грн""")

# ----------------------------------------------------------------- Czech
v = rc_cz()
S("cs", "inbox", f"""Předmět: přihláška pojištění
Dobrý den, posílám rodné číslo {v}, číslo OP doplním. S pozdravem Tereza Nováková""", v)

v = otp(8)
S("cs", "sms", f"Overovaci kod pro platbu 1 299 CZK u ALZA.CZ: {v}. Kod nikomu nesdelujte. Vase banka", v)

v = password("leet")
S("cs", "chat", f"""Petr: heslo na wifi v chalupě je {v}
Petr: router je u krbu""", v)

I("cs", "notif", f"""Zásilkovna: Zásilka Z {rs(DIG, 10)} je připravena k vyzvednutí na výdejním místě Praha 3, Husitská 24. Heslo pro výdej přijde zvlášť SMS.""")

I("cs", "receipt", f"""Faktura č. {rs(DIG, 10)} · Dodavatel: Kavárna Slavia s.r.o., IČO {rs(DIG, 8)}, DIČ CZ{rs(DIG, 8)}
Celkem k úhradě: 3 630 Kč""")

# ----------------------------------------------------------------- Hungarian
v = taj_hu()
S("hu", "inbox", f"""Tárgy: időpontfoglalás
Jó napot! A TAJ-számom: {v}. Köszönöm, Nagy Eszter""", v)

v = otp(6)
S("hu", "sms", f"OTP Bank: A(z) 24 990 Ft osszegu vasarlas jovahagyo kodja: {v}. Ne adja meg senkinek!", v)

v = password("word")
S("hu", "chat", f"""Bence: a wifi jelszó {v}
Bence: kisbetűvel nem megy""", v)

I("hu", "signup", """A jelszónak legalább 8 karakterből kell állnia. Az ellenőrző kód 6 számjegyű, 5 percig érvényes.""")

I("hu", "notif", f"""MPL: A(z) {s10('JJ', 'HU')} azonosítójú küldeményét holnap kézbesítjük. Csomagpont: Budapest, Váci út 1-3.""")

# ----------------------------------------------------------------- Romanian
v = cnp_ro()
S("ro", "inbox", f"""Subiect: date contract
Bună ziua, CNP-ul meu este {v}. Vă trimit și copia buletinului. Mulțumesc, Andrei Popescu""", v)

v = iban("RO")
S("ro", "chat", f"""Ioana: trimite-mi banii pe {v} (BT)""", v)

v = otp(6)
S("ro", "sms", f"Codul tau de verificare eMAG este {v}. Nu il comunica nimanui.", v)

I("ro", "receipt", f"""Factura seria FCT nr. {rs(DIG, 6)}
Furnizor: Tipografia Carpați SRL, CUI RO{rs(DIG, 8)}, Reg. Com. J40/{rs(DIG, 4)}/2015
Total de plată: 1.190,00 lei""")

I("ro", "signup", """Parola trebuie să aibă minimum 8 caractere. Codul de verificare expiră în 10 minute.""")

# ----------------------------------------------------------------- Greek
v = amka_gr()
S("el", "inbox", f"""Θέμα: ραντεβού στο νοσοκομείο
Καλησπέρα σας, ο ΑΜΚΑ μου είναι {v}. Ευχαριστώ, Μαρία Παπαδοπούλου""", v)

v = otp(6)
S("el", "sms", f"Ο κωδικός μιας χρήσης για τη συναλλαγή σας είναι {v}. Μην τον αποκαλύψετε σε κανέναν. Eurobank", v)

v = password("word2")
S("el", "chat", f"""Νίκος: ο κωδικός του wifi είναι {v}
Νίκος: με κεφαλαίο το πρώτο""", v)

v = pin(4)
S("el", "memory", f"""Ο χρήστης είπε: «το PIN της κάρτας είναι {say(v, 'el')}» — δεν αποθηκεύτηκε σε σημειώσεις.""", say(v, "el"))

I("el", "receipt", f"""ΑΠΟΔΕΙΞΗ ΛΙΑΝΙΚΗΣ ΠΩΛΗΣΗΣ
ΚΑΦΕ ΑΘΗΝΑ Ο.Ε. · ΑΦΜ {rs(DIG, 9)} · ΔΟΥ Α' ΑΘΗΝΩΝ
Σύνολο: 7,80 € · Κάρτα ****{rs(DIG, 4)}""")

I("el", "signup", """Ο κωδικός πρόσβασης πρέπει να έχει τουλάχιστον 8 χαρακτήρες. Ο κωδικός επαλήθευσης λήγει σε 5 λεπτά.""")

# ----------------------------------------------------------------- Turkish
v = tckn()
S("tr", "inbox", f"""Konu: kargo teslimi
Merhaba, T.C. kimlik numaram {v}. Teslimat için gerekiyormuş. İyi çalışmalar, Elif Yılmaz""", v)

v = iban("TR")
S("tr", "chat", f"""Emre: kira için {ig(v)} hesabına at kanka
Emre: alıcı Emre Kaya""", ig(v))

v = otp(6)
S("tr", "sms", f"Trendyol giris sifreniz: {v}. Bu kodu kimseyle paylasmayin. B002", v)

v = password("word")
S("tr", "chat", f"""Zeynep: modem şifresi {v}
Zeynep: büyük harfle başlıyor""", v)

v = pin(4)
S("tr", "memory", f"""Kullanıcı sesli not: "kart şifrem {say(v, 'tr')}, unutursam hatırlat" — not alınmadı.""", say(v, "tr"))

I("tr", "receipt", f"""e-Arşiv Fatura No: GIB2025{rs(DIG, 9)}
Satıcı: Anadolu Kitap A.Ş. · VKN {rs(DIG, 10)} · Mersis {rs(DIG, 16)}
Toplam: 349,90 TL · Kart: **** {rs(DIG, 4)}""")

I("tr", "notif", f"""Yurtiçi Kargo: {rs(DIG, 12)} numaralı gönderiniz dağıtıma çıkmıştır. Müşteri hizmetleri: 444 99 99""")

I("tr", "signup", """Şifreniz en az 8 karakter olmalı. Doğrulama kodu 180 saniye geçerlidir.""")

# ----------------------------------------------------------------- Swedish
v = pnr_se()
S("sv", "inbox", f"""Ämne: Anmälan till förskolan
Hej! Personnummer för Alva: {v}. Vårdnadshavare Johan Lind. Hälsningar""", v)

v = otp(6)
S("sv", "sms", f"Din engångskod till Klarna är {v}. Dela aldrig koden.", v)

v = password("word2")
S("sv", "chat", f"""Emma: wifi-lösenordet i stugan är {v}
Emma: stora bokstäver på båda orden""", v)

I("sv", "notif", f"""PostNord: Ditt paket {rs(UP, 2)}{rs(DIG, 9)}SE finns att hämta hos ICA Nära Södermalm. Ange upphämtningskod från appen.""")

I("sv", "receipt", f"""Kvitto — Café Pascal AB, org.nr 55{rs(DIG, 4)}-{rs(DIG, 4)}
Summa 96,00 kr · Moms 12 % · Kort ****{rs(DIG, 4)}""")

# ----------------------------------------------------------------- Norwegian
v = fnr_no()
S("no", "inbox", f"""Emne: legetime
Hei, fødselsnummeret mitt er {v}. Mvh Kari Nordmann-Haugen""", v)

v = otp(6)
S("no", "sms", f"Engangskode for BankID: {v}. Ikke del koden med noen.", v)

I("no", "notif", f"""Posten: Pakken din {rs(DIG, 17)} er klar til henting på Rema 1000 Grünerløkka. Hentekoden finner du i Posten-appen.""")

I("no", "signup", """Passordet må ha minst 12 tegn. Koden er gyldig i 10 minutter.""")

# ----------------------------------------------------------------- Danish
v = cpr_dk()
S("da", "inbox", f"""Emne: tilmelding
Hej, mit CPR-nummer er {v}. Venlig hilsen Mette Sørensen""", v)

v = otp(6)
S("da", "sms", f"MitID: Din kode er {v}. Del aldrig koden.", v)

I("da", "receipt", f"""Faktura nr. {rs(DIG, 5)} — Københavns Cykler ApS, CVR {rs(DIG, 8)}
Betales til firmakonto reg. 3409 konto 1234567890 (eksempel)
I alt: 4.995,00 kr.""")

# ----------------------------------------------------------------- Finnish
v = hetu()
S("fi", "inbox", f"""Aihe: ajanvaraus
Hei, henkilötunnukseni on {v}. Terveisin Aino Virtanen""", v)

v = otp(6)
S("fi", "sms", f"OP: Vahvistuskoodisi on {v}. Älä kerro koodia kenellekään.", v)

I("fi", "notif", f"""Posti: Lähetys JJFI{rs(DIG, 14)} on noudettavissa Pakettiautomaatissa K-Market Kallio. Noutokoodi lähetetään erikseen.""")

I("fi", "signup", """Salasanan on oltava vähintään 12 merkkiä pitkä. Vahvistuskoodi on voimassa 10 minuuttia.""")
# ----------------------------------------------------------------- Arabic
def sa_id():
    return U(lambda: (lambda b: b + luhn_digit(b))("1" + rs(DIG, 8)))


v = sa_id()
S("ar", "inbox", f"""الموضوع: تحديث بيانات الحساب
السلام عليكم، رقم الهوية الوطنية: {v}
تاريخ الميلاد: 1410/05/12 هـ
شكراً، عبدالله القحطاني""", v)

v = otp(4)
S("ar", "sms", f"رمز التحقق الخاص بك هو {loc(v, 'ar')} لا تشاركه مع أحد. STC Pay", loc(v, "ar"))

v = iban("SA")
S("ar", "chat", f"""[واتساب] أحمد: حوّل لي على الآيبان {v}
[واتساب] أحمد: مصرف الراجحي""", v)

v = password("word2")
S("ar", "chat", f"""سارة: كلمة سر الواي فاي في البيت: {v}
سارة: انتبهي للحروف الكبيرة""", v)

v = pin(4)
S("ar", "memory", f"""قال المستخدم صوتياً: «الرقم السري للبطاقة {say(v, 'ar')}» — لم يتم حفظه.""", say(v, "ar"))

v = iban("AE")
S("ar", "thread", f"""---------- رسالة مُعاد توجيهها ----------
من: خالد المنصوري
> يرجى تحويل الراتب إلى حسابي الجديد:
> IBAN: {ig(v)}
> بنك الإمارات دبي الوطني""", ig(v))

I("ar", "receipt", f"""فاتورة ضريبية مبسطة
شركة النخيل للتجارة · الرقم الضريبي 3{rs(DIG, 13)}3 · السجل التجاري 1010{rs(DIG, 6)}
الإجمالي شامل الضريبة: 115.00 ر.س
رقم الطلب: {rs(DIG, 9)}""")

I("ar", "sms", f"""أرامكس: شحنتك رقم {rs(DIG, 11)} في الطريق إليك اليوم. للاستفسار: 800 100 2767""")

I("ar", "signup", """يجب أن تتكون كلمة المرور من 8 أحرف على الأقل. رمز التحقق صالح لمدة 5 دقائق. عدد المحاولات المتبقية: 2""")

I("ar", "chat", f"""[واتساب] مطعم الريم: تم تأكيد حجزك رقم {rs(DIG, 5)} لأربعة أشخاص الساعة 9 مساءً. هاتف المطعم 04 {rs(DIG, 3)} {rs(DIG, 4)}""")

# ----------------------------------------------------------------- Arabizi (Latin-script Arabic)
v = otp(6)
S("arlat", "chat", f"""Youssef: ya 3am ba3atli code 3al sms, {v}, momken t7oto enta? ana fel 3arabeya
Karim: tamam 7atet""", v)

v = password("word")
S("arlat", "chat", f"""Nour: el password bta3 el wifi {v}
Nour: bel capital fel awel""", v)

v = pin(4)
S("arlat", "chat", f"""Rami: shu el PIN taba3 el card? badde ese7eb masare
Lina: {v} bas ma t2ol la 7ada""", v)

I("arlat", "chat", """Omar: el order wesel? ra2mo 48213
Hana: la2 lessa, el tracking byeb2a "in transit" men embare7""")

I("arlat", "chat", """Salma: el code bta3 el discount RAMADAN20 shaghal 3la kol 7aga ella el electronics
Mido: tamam merci""")

# ----------------------------------------------------------------- Hebrew
v = il_id()
S("he", "inbox", f"""נושא: טופס 101
שלום, מספר תעודת הזהות שלי הוא {v}. מצרפת צילום. תודה, נועה כהן""", v)

v = otp(6)
S("he", "sms", f"קוד האימות שלך הוא {v}. אין למסור את הקוד לאף אחד. בנק הפועלים", v)

v = password("leet")
S("he", "chat", f"""יונתן: הסיסמה לוויפי במשרד {v}
יונתן: אותיות גדולות וקטנות""", v)

I("he", "receipt", f"""חשבונית מס/קבלה מס' {rs(DIG, 5)}
קפה לנדוור בע"מ · ח.פ. 51{rs(DIG, 7)}
סה"כ לתשלום: 58.00 ₪ · כרטיס המסתיים ב-{rs(DIG, 4)}""")

I("he", "signup", """הסיסמה חייבת להכיל לפחות 8 תווים, אות אחת ומספר. הקוד יפוג בעוד 10 דקות.""")

# ----------------------------------------------------------------- Persian
v = melli_ir()
S("fa", "inbox", f"""موضوع: ثبت‌نام
سلام، کد ملی من {loc(v, 'fa')} است. لطفاً تأیید کنید. با تشکر، مریم احمدی""", loc(v, "fa"))

v = otp(5)
S("fa", "sms", f"رمز یکبار مصرف شما: {loc(v, 'fa')}\nاین رمز را در اختیار دیگران قرار ندهید.\nبانک ملت", loc(v, "fa"))

v = password("word2")
S("fa", "chat", f"""رضا: رمز وای‌فای خونه {v} هست
رضا: حروف بزرگ رو رعایت کن""", v)

I("fa", "receipt", f"""فاکتور فروش شماره {loc(rs(DIG, 6), 'fa')}
فروشگاه دیجی‌کالا · کد رهگیری سفارش: {rs(DIG, 9)}
مبلغ کل: ۲٬۴۵۰٬۰۰۰ ریال""")

I("fa", "signup", """رمز عبور باید حداقل ۸ کاراکتر باشد. کد تأیید ۲ دقیقه اعتبار دارد.""")

# ----------------------------------------------------------------- Hindi
v = aadhaar()
S("hi", "inbox", f"""विषय: केवाईसी अपडेट
नमस्ते, मेरा आधार नंबर {v} है और पैन कार्ड की कॉपी संलग्न है।
धन्यवाद, सुनीता शर्मा""", v)

v = otp(6)
S("hi", "sms", f"आपका OTP {loc(v, 'hi')} है। यह 10 मिनट के लिए मान्य है। किसी के साथ साझा न करें। -SBI", loc(v, "hi"))

v = pan_in()
S("hi", "toolcall", json.dumps({"tool": "forms.fill", "args": {"फॉर्म": "आयकर रिटर्न", "पैन": v, "नाम": "राजेश कुमार"}}, ensure_ascii=False), v)

v = pin(4)
S("hi", "memory", f"""उपयोगकर्ता ने बोला: "एटीएम पिन {say(v, 'hi')} है" — सहेजा नहीं गया।""", say(v, "hi"))

I("hi", "receipt", f"""कर बीजक संख्या INV/{rs(DIG, 5)}
विक्रेता: शर्मा इलेक्ट्रॉनिक्स प्रा. लि. · GSTIN {gstin()}
कुल राशि: ₹ 12,499.00""")

I("hi", "signup", """पासवर्ड में कम से कम 8 अक्षर होने चाहिए। OTP 6 अंकों का होता है और 10 मिनट में समाप्त हो जाता है।""")

I("hi", "notif", f"""इंडिया पोस्ट: आपका पार्सल {s10('EM', 'IN')} आज वितरण के लिए निकला है। हेल्पलाइन 1800 266 6868""")

# ----------------------------------------------------------------- Hinglish
v = otp(6)
S("hien", "chat", f"""Rohit: bhai OTP aaya hoga tere phone pe, jaldi bata {v} hai kya?
Amit: haan {v} hi hai""", v)

v = password("word")
S("hien", "chat", f"""Priya: wifi ka password {v} hai, capital P se start
Neha: thanks yaar""", v)

v = aadhaar()
S("hien", "chat", f"""[WhatsApp] Papa: beta gas connection ke liye mera aadhaar number {v} hai, form bhar dena
[WhatsApp] Me: ok papa""", v)

acct = digits(14)
S("hien", "chat", f"""Vikram: paise bhej de, account no {acct}, IFSC HDFC0{rs(DIG, 6)}
Vikram: naam Vikram Rathore""", acct)

I("hien", "chat", f"""Sneha: order ID {rs(DIG, 3)}-{rs(DIG, 7)} hai Flipkart ka, return pickup kal hai
Ankit: thik hai""")

I("hien", "chat", """Rahul: promo code NEWUSER100 se ₹100 off mil raha Swiggy pe
Kavya: mera toh expire ho gaya 😭""")

I("hien", "chat", """Aditi: password reset ka link 15 min mein expire ho jata hai, jaldi click kar
Varun: haan kar diya, naya password 12 characters ka chahiye tha""")

# ----------------------------------------------------------------- Bengali
v = otp(6)
S("bn", "sms", f"আপনার বিকাশ ভেরিফিকেশন কোড {loc(v, 'bn')}। কাউকে এই কোড দেবেন না।", loc(v, "bn"))

v = digits(10)
S("bn", "inbox", f"""বিষয়: চাকরির আবেদন
আমার জাতীয় পরিচয়পত্র (NID) নম্বর: {v}
ধন্যবাদ, তানভীর হোসেন""", v)

v = pin(5)
S("bn", "chat", f"""রিনা: আমার বিকাশ পিন {v}, টাকা তুলে দিও
মিনা: আচ্ছা""", v)

I("bn", "signup", """পাসওয়ার্ড কমপক্ষে ৮ অক্ষরের হতে হবে। কোডটি ৫ মিনিটের জন্য বৈধ।""")

I("bn", "receipt", f"""দারাজ অর্ডার নম্বর: {rs(DIG, 15)}
মোট: ৳ ১,২৫০
পেমেন্ট: ক্যাশ অন ডেলিভারি""")

# ----------------------------------------------------------------- Urdu
v = U(lambda: f"{rs(DIG, 5)}-{rs(DIG, 7)}-{R.randint(1, 9)}")
S("ur", "inbox", f"""موضوع: اکاؤنٹ کھلوانا
السلام علیکم، میرا شناختی کارڈ نمبر {v} ہے۔ شکریہ، عائشہ خان""", v)

v = otp(6)
S("ur", "sms", f"آپ کا JazzCash تصدیقی کوڈ {v} ہے۔ یہ کوڈ کسی کو نہ بتائیں۔", v)

v = iban("PK")
S("ur", "chat", f"""علی: پیسے اس اکاؤنٹ میں بھیج دو {v}
علی: میزان بینک""", v)

I("ur", "signup", """پاس ورڈ کم از کم 8 حروف پر مشتمل ہونا چاہیے۔ کوڈ 5 منٹ میں ختم ہو جائے گا۔""")

I("ur", "receipt", f"""ٹی سی ایس: آپ کا پارسل نمبر {rs(DIG, 12)} کل پہنچا دیا جائے گا۔ ہیلپ لائن 111-123-456""")

# ----------------------------------------------------------------- Tamil
v = otp(6)
S("ta", "sms", f"உங்கள் OTP {v}. இதை யாருடனும் பகிர வேண்டாம். - Indian Bank", v)

v = password("word")
S("ta", "chat", f"""கார்த்திக்: wifi கடவுச்சொல் {v}
மீனா: நன்றி""", v)

I("ta", "signup", """கடவுச்சொல் குறைந்தது 8 எழுத்துகள் இருக்க வேண்டும். சரிபார்ப்புக் குறியீடு 10 நிமிடங்களில் காலாவதியாகும்.""")

I("ta", "notif", f"""உங்கள் ஆர்டர் எண் {rs(DIG, 10)} அனுப்பப்பட்டது. டெலிவரி: நவம்பர் 8.""")

# ----------------------------------------------------------------- Telugu
v = otp(6)
S("te", "sms", f"మీ OTP {v}. దీన్ని ఎవరితోనూ పంచుకోవద్దు. -HDFC Bank", v)

v = aadhaar()
S("te", "chat", f"""అమ్మ: నా ఆధార్ నంబర్ {v}, రేషన్ కార్డు కోసం ఫారం నింపు
నేను: సరే అమ్మ""", v)

I("te", "signup", """పాస్‌వర్డ్ కనీసం 8 అక్షరాలు ఉండాలి. కోడ్ 5 నిమిషాల్లో గడువు ముగుస్తుంది.""")

I("te", "notif", f"""మీ ఆర్డర్ #{rs(DIG, 8)} డెలివరీ అయింది. కస్టమర్ కేర్: 1800 208 9898""")

# ----------------------------------------------------------------- Marathi
v = pin(4)
S("mr", "chat", f"""आई: माझ्या एटीएमचा पिन {v} आहे, पैसे काढून आण
मी: ठीक आहे""", v)

v = otp(6)
S("mr", "sms", f"तुमचा OTP {loc(v, 'mr')} आहे. कोणालाही सांगू नका. -महाराष्ट्र बँक", loc(v, "mr"))

I("mr", "signup", """पासवर्ड किमान ८ अक्षरांचा असावा. कोड १० मिनिटांत कालबाह्य होईल.""")

I("mr", "notif", f"""तुमचे बुकिंग क्रमांक {pnr()} निश्चित झाले आहे. प्रवास: पुणे ते मुंबई, १२ नोव्हेंबर.""")

# ----------------------------------------------------------------- Nepali
v = otp(6)
S("ne", "sms", f"तपाईंको eSewa प्रमाणीकरण कोड {loc(v, 'ne')} हो। कसैलाई नदिनुहोस्।", loc(v, "ne"))

v = password("word")
S("ne", "chat", f"""सुमन: वाइफाइको पासवर्ड {v} हो
गीता: धन्यवाद दिदी""", v)

I("ne", "signup", """पासवर्ड कम्तीमा ८ अक्षरको हुनुपर्छ। कोड ५ मिनेटमा समाप्त हुन्छ।""")

I("ne", "receipt", f"""बिल नं. {loc(rs(DIG, 5), 'ne')}
हिमालयन ट्रेडर्स प्रा.लि. · प्यान नं. {rs(DIG, 9)}
जम्मा: रु. ३,४५०""")

# ----------------------------------------------------------------- Punjabi
v = otp(6)
S("pa", "sms", f"ਤੁਹਾਡਾ OTP {v} ਹੈ। ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ। -PNB", v)

v = pin(4)
S("pa", "chat", f"""ਬਾਪੂ ਜੀ: ਕਾਰਡ ਦਾ ਪਿੰਨ {v} ਹੈ, ਦਵਾਈ ਲੈ ਆਈਂ
ਮੈਂ: ਠੀਕ ਹੈ ਜੀ""", v)

I("pa", "signup", """ਪਾਸਵਰਡ ਘੱਟੋ-ਘੱਟ 8 ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। ਕੋਡ 10 ਮਿੰਟ ਲਈ ਵੈਧ ਹੈ।""")

I("pa", "notif", f"""ਤੁਹਾਡਾ ਆਰਡਰ ਨੰਬਰ {rs(DIG, 9)} ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ।""")
# ----------------------------------------------------------------- Chinese (Simplified)
v = cn_id()
S("zh", "chat", f"""[微信] 妈妈：帮我在12306上买票，我的身份证号是{v}
[微信] 我：好的，买好了发你""", v)

v = otp(6)
S("zh", "sms", f"【支付宝】验证码{v}，您正在进行身份验证，切勿告知他人。", v)

v = tok("wechat")
S("zh", "doc", f"""评论（小程序上线文档 第3页）：AppID wx{rs(HEX, 16)}，AppSecret: {v}，上线前记得在后台重置。""", v)

v = pin(6)
S("zh", "memory", f"""用户语音：“银行卡密码是{say(v, 'zh')}，帮我记一下”——已拒绝保存。""", say(v, "zh"))

c = card("cup")
S("zh", "chat", f"""[微信] 老王：用我的卡付定金吧 {g4(c)}，招商银行
[微信] 我：收到""", g4(c))

I("zh", "receipt", f"""【京东】您的订单{rs(DIG, 12)}已出库，由京东快递配送，运单号JD{rs(DIG, 13)}。客服电话 950618""")

I("zh", "receipt", f"""电子发票
销售方：上海晨光文具股份有限公司
统一社会信用代码：{uscc_cn()}
开户行及账号：中国银行上海分行 4376{rs(DIG, 8)}（对公账户）
价税合计：¥ 1,280.00""")

I("zh", "signup", """密码长度为8-20位，需包含字母和数字。验证码5分钟内有效，请勿泄露。""")

I("zh", "chat", """[钉钉] 产品群：新版本 v4.2.0 已发布，修复了“验证码发送失败（错误码 40013）”的问题。""")

I("zh", "notif", f"""【顺丰速运】您的快件SF{rs(DIG, 13)}已由本人签收，感谢使用顺丰，期待再次为您服务。""")

# ----------------------------------------------------------------- Chinese (Traditional / Cantonese)
v = hkid()
S("yue", "chat", f"""[WhatsApp] 阿媽：我身份證號碼係 {v}，幫我喺網上預約打針
[WhatsApp] 我：得，搞掂話你知""", v)

v = tw_id()
S("yue", "inbox", f"""主旨：報名資料
您好，我的身分證字號是 {v}，出生日期 1988/07/14。謝謝，陳怡君""", v)

v = otp(6)
S("yue", "sms", f"【八達通】你的一次性密碼為{v}，有效時間5分鐘，切勿向任何人透露。", v)

I("yue", "chat", f"""[WhatsApp] 阿明：訂單編號 HK{rs(DIG, 10)}，聽日送到
[WhatsApp] 阿珍：好嘢""")

I("yue", "signup", """密碼須包含最少8個字元。驗證碼將於10分鐘後失效。""")

I("yue", "receipt", f"""收據編號 {rs(DIG, 8)}
茶餐廳：金華冰廳 · 電話 2392 6830
合計 HK$ 86.00 · 八達通付款""")

# ----------------------------------------------------------------- Japanese
v = mynumber()
S("ja", "inbox", f"""件名：年末調整書類について
総務部 ご担当者様
マイナンバーは {v} です。通知カードの写しは後日提出します。
よろしくお願いいたします。山田 花子""", v)

v = otp(6)
S("ja", "sms", f"【LINE】認証番号：{v}\nこの番号を他人に教えないでください。", v)

v = password("word2")
S("ja", "chat", f"""[LINE] 佐藤: 会社のWi-Fiのパスワードは {v} です
[LINE] 鈴木: ありがとうございます！""", v)

v = pin(4)
S("ja", "memory", f"""ユーザー音声メモ：「暗証番号は{say(v, 'ja')}です」→ 保存しないことにした。""", say(v, "ja"))

v = otp(6)
S("ja", "sms", f"【三井住友カード】ワンタイムパスワード：{loc(v, 'fw')}　有効期限：10分", loc(v, "fw"))

I("ja", "receipt", f"""ご注文ありがとうございます。
注文番号：{rs(DIG, 3)}-{rs(DIG, 7)}-{rs(DIG, 7)}
お支払い方法：クレジットカード（末尾 {rs(DIG, 4)}）
合計：¥3,980（税込）""")

I("ja", "signup", """パスワードは8文字以上、英数字を含めてください。認証コードの有効期限は30分です。""")

I("ja", "notif", f"""ヤマト運輸：お荷物（伝票番号 {rs(DIG, 4)}-{rs(DIG, 4)}-{rs(DIG, 4)}）は本日19時〜21時にお届け予定です。""")

I("ja", "receipt", f"""請求書 No. {rs(DIG, 6)}
株式会社サンプル商事　登録番号 T{rs(DIG, 13)}
お振込先：みずほ銀行 本店 普通 1234567（法人口座）
ご請求金額：¥110,000""")

# ----------------------------------------------------------------- Japanese (romaji)
v = password("word")
S("jalat", "chat", f"""Kenji: wifi no pasuwaado wa {v} da yo
Yuki: arigatou~""", v)

v = otp(6)
S("jalat", "chat", f"""Haruto: ninshou koodo kita? {v} tte kaiteru kedo
Aoi: sore oshiete ii no? abunai yo""", v)

I("jalat", "chat", """Riko: chuumon bangou 4471-2231 de toiawase shita yo
Sora: henshin kita?""")

I("jalat", "chat", """Taro: pasuwaado wa 8 moji ijou ja nai to dame mitai
Hana: sou nanda, jaa nagaku suru""")

# ----------------------------------------------------------------- Korean
v = rrn_kr()
S("ko", "inbox", f"""제목: 연말정산 서류
안녕하세요, 주민등록번호는 {v} 입니다. 부양가족 서류는 내일 드리겠습니다.
감사합니다. 김민준 드림""", v)

v = otp(6)
S("ko", "sms", f"[Web발신]\n[카카오] 인증번호 [{v}]를 입력해주세요. 타인 노출 금지", v)

v = password("leet")
S("ko", "chat", f"""[카카오톡] 지은: 와이파이 비번 {v}
[카카오톡] 현우: ㄱㅅㄱㅅ""", v)

v = pin(6)
S("ko", "memory", f"""사용자 음성: "공인인증서 비밀번호 말고 간편 비밀번호는 {say(v, 'ko')}" — 저장하지 않음.""", say(v, "ko"))

I("ko", "receipt", f"""[쿠팡] 주문번호 {rs(DIG, 14)} 배송이 시작되었습니다. 운송장번호 {rs(DIG, 12)} (CJ대한통운)""")

I("ko", "signup", """비밀번호는 8~16자의 영문, 숫자, 특수문자를 조합해 주세요. 인증번호는 3분간 유효합니다.""")

I("ko", "receipt", f"""전자세금계산서
공급자: 주식회사 한빛상사 · 사업자등록번호 {rs(DIG, 3)}-{rs(DIG, 2)}-{rs(DIG, 5)}
합계금액: 1,100,000원""")

# ----------------------------------------------------------------- Thai
v = thai_id()
S("th", "inbox", f"""เรื่อง: สมัครงาน
เรียนฝ่ายบุคคล เลขประจำตัวประชาชนของดิฉันคือ {v} ขอบคุณค่ะ สมศรี ใจดี""", v)

v = otp(6)
S("th", "sms", f"รหัส OTP ของคุณคือ {loc(v, 'th')} (Ref: {rs(UP, 4)}) ห้ามบอกรหัสนี้แก่ผู้อื่น -KBank", loc(v, "th"))

v = password("word")
S("th", "chat", f"""[LINE] ต้น: รหัสไวไฟที่ร้าน {v}
[LINE] แนน: ขอบใจจ้า""", v)

I("th", "notif", f"""Kerry Express: พัสดุหมายเลข KERD{rs(DIG, 10)} ของคุณจะถูกจัดส่งวันนี้ ติดต่อ 1217""")

I("th", "signup", """รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร รหัส OTP มีอายุ 5 นาที (Ref: ABCD เป็นรหัสอ้างอิง ไม่ใช่รหัสผ่าน)""")

I("th", "receipt", f"""ใบกำกับภาษีเต็มรูป เลขที่ {rs(DIG, 8)}
บริษัท สยามกาแฟ จำกัด เลขประจำตัวผู้เสียภาษี 0105{rs(DIG, 9)}
รวมทั้งสิ้น 535.00 บาท""")

# ----------------------------------------------------------------- Vietnamese
v = U(lambda: R.choice(["001", "079", "031", "048"]) + R.choice("0123") + rs(DIG, 8))
S("vi", "inbox", f"""Tiêu đề: Hồ sơ mở tài khoản
Chào anh/chị, số CCCD của em là {v}, cấp ngày 12/08/2021 tại Cục CS QLHC về TTXH.
Cảm ơn, Nguyễn Thị Lan""", v)

v = otp(6)
S("vi", "sms", f"Ma OTP cua Quy khach la {v}. Tuyet doi KHONG chia se ma nay voi bat ky ai. Vietcombank", v)

v = password("word2")
S("vi", "chat", f"""[Zalo] Minh: mật khẩu wifi nhà em là {v}
[Zalo] Hùng: ok cảm ơn""", v)

v = otp(6)
S("vi", "memory", f"""Người dùng đọc: "mã là {say(v, 'vi')}" — đã nhập vào form, không lưu.""", say(v, "vi"))

I("vi", "notif", f"""Giao Hàng Nhanh: Đơn hàng {rs(UP, 3)}{rs(DIG, 6)}{rs(UP, 2)} đang được giao. Hotline 1900 636 677""")

I("vi", "signup", """Mật khẩu phải có ít nhất 8 ký tự. Mã xác thực có hiệu lực trong 5 phút.""")

I("vi", "receipt", f"""Hóa đơn GTGT số {rs(DIG, 7)}
Công ty TNHH Cà Phê Sài Gòn · MST {rs(DIG, 10)}
Tổng cộng: 1.250.000 VNĐ""")

# ----------------------------------------------------------------- Indonesian
v = nik_id()
S("id", "inbox", f"""Subjek: Pendaftaran BPJS
Selamat siang, NIK saya {v}. Terima kasih, Dewi Lestari""", v)

v = otp(6)
S("id", "sms", f"JANGAN BERIKAN kode ini ke siapapun, termasuk pihak Gojek. Kode verifikasi: {v}", v)

v = pin(6)
S("id", "chat", f"""[WhatsApp] Ibu: pin m-banking ibu {v}, tolong bayarin listrik ya nak
[WhatsApp] Saya: siap bu""", v)

v = password("word")
S("id", "chat", f"""Andi: password wifi kantor {v}
Rina: makasih mas""", v)

I("id", "notif", f"""JNE: Paket dengan nomor resi {rs(DIG, 16)} sedang dalam pengiriman ke alamat Anda. Info: 021-2927-8888""")

I("id", "signup", """Kata sandi minimal 8 karakter. Kode OTP berlaku selama 5 menit. Jangan bagikan kode ke siapa pun.""")

I("id", "receipt", f"""Tokopedia: Pesanan INV/2025{rs(DIG, 4)}/MPL/{rs(DIG, 10)} telah dikirim. Total Rp 189.000""")

I("id", "chat", """Budi: kode promo GAJIAN50 masih bisa dipake ga?
Sari: udah expired kemarin""")

# ----------------------------------------------------------------- Malay
v = U(lambda: (lambda y, m, d: f"{y % 100:02d}{m:02d}{d:02d}-{R.choice(['10', '14', '08', '01'])}-{rs(DIG, 4)}")(*birth()))
S("ms", "inbox", f"""Perkara: Permohonan
Salam, No. Kad Pengenalan saya {v}. Terima kasih, Nurul Aisyah""", v)

v = otp(6)
S("ms", "sms", f"Maybank: Kod TAC anda ialah {v} untuk pemindahan RM500.00. Jangan kongsi kod ini.", v)

I("ms", "signup", """Kata laluan mestilah sekurang-kurangnya 8 aksara. Kod TAC sah selama 3 minit.""")

I("ms", "notif", f"""Pos Malaysia: Bungkusan {s10('EN', 'MY')} telah dihantar. Pusat Panggilan 1-300-300-300""")

# ----------------------------------------------------------------- Tagalog / Taglish
v = otp(6)
S("tl", "sms", f"Ang iyong GCash authentication code ay {v}. HUWAG ibigay ito kaninuman.", v)

v = pin(4)
S("tl", "chat", f"""Ate Joy: yung MPIN ko sa GCash {v}, paki-load mo na lang ako
Me: sige ate""", v)

v = password("word")
S("tl", "chat", f"""Migs: pass ng wifi sa bahay {v}
Carlo: salamat pre""", v)

I("tl", "notif", f"""LBC: Ang iyong padala na may tracking no. {rs(DIG, 12)} ay naideliver na. Salamat!""")

I("tl", "signup", """Ang password ay dapat may hindi bababa sa 8 characters. Ang OTP ay valid sa loob ng 5 minuto.""")

I("tl", "chat", """Bea: anong promo code sa Grab? 
Lia: GRABPH50 daw, pero para sa new users lang""")
# ----------------------------------------------------------------- Swahili
v = otp(6)
S("sw", "sms", f"M-PESA: Nambari yako ya uthibitisho ni {v}. Usimpe mtu yeyote nambari hii.", v)

v = pin(4)
S("sw", "chat", f"""Baba: PIN yangu ya M-Pesa ni {say(v, 'sw')}, nitumie pesa ya karo
Mimi: sawa baba""", say(v, "sw"))

I("sw", "sms", f"""{rs(UP + DIG, 10)} Imethibitishwa. Ksh1,250.00 imelipwa kwa NAIVAS SUPERMARKET tarehe 3/11/25 saa 6:41 PM. Salio lako la M-PESA ni Ksh4,310.00. Gharama ya muamala Ksh0.00.""")

I("sw", "signup", """Nenosiri lazima liwe na angalau herufi 8. Msimbo utaisha baada ya dakika 5.""")

I("sw", "chat", """Juma: namba ya oda ni 77120, imefika?
Asha: bado, wanasema kesho""")

# ----------------------------------------------------------------- Amharic
v = otp(6)
S("am", "sms", f"የእርስዎ የማረጋገጫ ኮድ {v} ነው። ለማንም አያጋሩ። - ቴሌብር", v)

v = password("word")
S("am", "chat", f"""ሳምራዊት: የዋይፋይ የይለፍ ቃል {v} ነው
ዳዊት: አመሰግናለሁ""", v)

I("am", "signup", """የይለፍ ቃሉ ቢያንስ 8 ቁምፊዎች ሊኖሩት ይገባል። ኮዱ በ5 ደቂቃ ውስጥ ጊዜው ያልፍበታል።""")

I("am", "notif", f"""ትዕዛዝ ቁጥር {rs(DIG, 7)} ተልኳል። ለጥያቄ 8294 ይደውሉ።""")

# ----------------------------------------------------------------- Yoruba / Nigerian context
v = digits(11)
S("yo", "chat", f"""Bàbá: NIN mi ni {v}, jọ̀wọ́ so mọ́ SIM mi
Èmi: ó dáa sà""", v)

v = otp(6)
S("yo", "sms", f"Kóòdù ìjẹ́rìísí rẹ ni {v}. Má ṣe fi fún ẹnikẹ́ni. -GTBank", v)

I("yo", "signup", """Ọ̀rọ̀ aṣínà gbọ́dọ̀ ní ó kéré tán ohun kikọ 8. Kóòdù yóò parí ní ìṣẹ́jú 10.""")

I("yo", "notif", f"""Jumia: Àṣẹ rẹ #{rs(DIG, 9)} ti jáde fún ìfijíṣẹ́. Customer care: 0700 600 0000""")

# ----------------------------------------------------------------- Catalan
v = otp(6)
S("ca", "sms", f"El teu codi de verificació de la Generalitat (idCAT Mòbil) és {v}. No el comparteixis.", v)

v = password("word2")
S("ca", "chat", f"""Jordi: la contrasenya del wifi del pis és {v}
Laia: merci!""", v)

I("ca", "signup", """La contrasenya ha de tenir com a mínim 8 caràcters. El codi caduca en 10 minuts.""")

I("ca", "receipt", f"""Factura núm. {rs(DIG, 6)} · Forn Sant Jaume SL · NIF B{rs(DIG, 8)}
Total: 23,40 € · Targeta ****{rs(DIG, 4)}""")

# ----------------------------------------------------------------- Serbian (Cyrillic and Latin)
v = U(lambda: (lambda y, m, d: f"{d:02d}{m:02d}{y % 1000:03d}71{rs(DIG, 4)}")(*birth()))
S("sr", "inbox", f"""Тема: пријава
Поштовани, мој ЈМБГ је {v}. Хвала, Милица Јовановић""", v)

v = password("word")
S("sr", "chat", f"""Marko: šifra za wifi je {v}
Ana: hvala brate""", v)

I("sr", "signup", """Lozinka mora imati najmanje 8 karaktera. Kod važi 5 minuta.""")

I("sr", "notif", f"""Пошта Србије: Пошиљка {s10('RE', 'RS')} је уручена. Информације: 0700 100 300""")

# ----------------------------------------------------------------- Georgian
v = otp(4)
S("ka", "sms", f"თქვენი ერთჯერადი კოდია {v}. არავის გაუზიაროთ. - TBC Bank", v)

v = digits(11, first_nonzero=False)
S("ka", "inbox", f"""თემა: რეგისტრაცია
გამარჯობა, ჩემი პირადი ნომერია {v}. მადლობა, ნინო ბერიძე""", v)

I("ka", "signup", """პაროლი უნდა შედგებოდეს მინიმუმ 8 სიმბოლოსგან. კოდი მოქმედებს 5 წუთის განმავლობაში.""")

I("ka", "notif", f"""თქვენი შეკვეთა #{rs(DIG, 6)} გაიგზავნა. ცხელი ხაზი: *7007""")

# ----------------------------------------------------------------- Armenian
v = otp(6)
S("hy", "sms", f"Ձեր հաստատման կոդն է {v}։ Մի փոխանցեք այն որևէ մեկին։ - Ameriabank", v)

v = password("word2")
S("hy", "chat", f"""Արամ: wifi-ի գաղտնաբառը {v} է
Անի: շնորհակալություն""", v)

I("hy", "signup", """Գաղտնաբառը պետք է պարունակի առնվազն 8 նիշ։ Կոդը վավեր է 10 րոպե։""")

# ----------------------------------------------------------------- Kazakh
v = U(lambda: (lambda y, m, d: f"{y % 100:02d}{m:02d}{d:02d}" + R.choice("3456") + rs(DIG, 5))(*birth()))
S("kk", "inbox", f"""Тақырып: құжаттар
Сәлеметсіз бе, менің ЖСН: {v}. Рақмет, Айгерім Серікова""", v)

v = otp(4)
S("kk", "sms", f"Kaspi.kz: растау коды {v}. Кодты ешкімге айтпаңыз.", v)

I("kk", "signup", """Құпиясөз кемінде 8 таңбадан тұруы керек. Код 5 минут ішінде жарамды.""")

I("kk", "notif", f"""Kaspi: Тапсырыс №{rs(DIG, 9)} жеткізілді. Рақмет!""")

# ----------------------------------------------------------------- Azerbaijani
v = otp(6)
S("az", "sms", f"Sizin təsdiq kodunuz: {v}. Bu kodu heç kimə verməyin. - Kapital Bank", v)

I("az", "signup", """Şifrə ən azı 8 simvoldan ibarət olmalıdır. Kod 3 dəqiqə ərzində etibarlıdır.""")

I("az", "notif", f"""Sifarişiniz #{rs(DIG, 7)} çatdırıldı. Qaynar xətt: *{rs(DIG, 3)}0""")

# ----------------------------------------------------------------- Burmese
v = otp(6)
S("my", "sms", f"သင်၏ KBZPay အတည်ပြုကုဒ်မှာ {loc(v, 'my')} ဖြစ်ပါသည်။ မည်သူ့ကိုမျှ မပေးပါနှင့်။", loc(v, "my"))

I("my", "signup", """စကားဝှက်သည် အနည်းဆုံး စာလုံး ၈ လုံး ရှိရမည်။ ကုဒ်သည် ၅ မိနစ်အတွင်း သက်တမ်းကုန်မည်။""")

# ----------------------------------------------------------------- Khmer
v = otp(6)
S("km", "sms", f"លេខកូដ OTP របស់អ្នកគឺ {loc(v, 'km')}។ សូមកុំប្រាប់អ្នកដទៃ។ - ABA Bank", loc(v, "km"))

I("km", "signup", """ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ ៨ តួអក្សរ។ លេខកូដមានសុពលភាព ៥ នាទី។""")
# ----------------------------------------------------------------- extra hard look-alikes (innocent)
def inn_ru10():
    def g():
        d = [int(c) for c in rs(DIG, 9)]
        d.append(sum(x * y for x, y in zip(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
        return "".join(map(str, d))
    return U(g)


def boleto():
    def g():
        bank = R.choice(["341", "237", "001", "104"]) + "9"
        f1 = bank + rs(DIG, 5)
        f2 = rs(DIG, 10)
        f3 = rs(DIG, 10)

        def m10(s):
            t = 0
            for i, ch in enumerate(reversed(s)):
                p = int(ch) * (2 if i % 2 == 0 else 1)
                t += p // 10 + p % 10
            return str((10 - t % 10) % 10)
        return (f"{f1[:5]}.{f1[5:]}{m10(f1)} {f2[:5]}.{f2[5:]}{m10(f2)} {f3[:5]}.{f3[5:]}{m10(f3)} "
                f"{R.randint(1, 9)} {R.randint(9000, 9999)}{rs(DIG, 10)}")
    return U(g)


I("es", "chat", f"""[Slack] #backend
dani: el commit {sha1()[:7]} rompió el build de staging 😬
dani: error: `ECONNREFUSED 10.0.3.14:5432` — la contraseña no cambió, es el pool
marta: revierto y lanzo el pipeline #{rs(DIG, 4)} otra vez""")

I("es", "doc", """Comentario en «Guía de integración»: en los ejemplos pon siempre `TU_API_KEY` o `sk_test_...` como marcador, nunca una clave real. La tarjeta de prueba de Redsys es la 4548 8120 4940 0004 (documentada como tarjeta de pruebas).""")

I("de", "chat", f"""[Teams] Lisa 14:02: Die Karte endet auf {rs(DIG, 4)}, Buchung Nr. {rs(DIG, 9)} ist bestätigt.
[Teams] Lisa 14:03: PIN habe ich nicht, die kommt separat per Post von der Bank.""")

I("de", "toolcall", f"""$ gpg --list-keys info@muster-moebel.de
pub   ed25519 2024-03-11 [SC] [verfällt: 2027-03-11]
      {hexs(40).upper()}
uid        [ ultimativ ] Muster Möbel GmbH <info@muster-moebel.de>""")

I("fr", "chat", f"""[Slack] #infra
léa : voici ma clé publique pour le bastion :
{ssh_pub_ed25519('lea@macbook')}
karim : ajoutée ✅""")

I("fr", "sms", f"""Votre commande n°{rs(DIG, 9)} est prête. Retrait en magasin avec le code de retrait indiqué dans l'appli (rubrique « Mes commandes »). Fnac, 01 55 21 57 57""")

I("ja", "notif", f"""【サポート】お問い合わせを受け付けました。
お問い合わせ番号：{uuid4()}
担当者より2営業日以内にご連絡いたします。""")

I("ja", "chat", f"""[Slack] #release
松本: v2.3.1 をリリースしました。SHA256: {sha256()}
松本: エラーコード E1024（パスワード長超過）の修正を含みます。""")

I("zh", "chat", f"""[企业微信] 运维群
小李：提交 {sha1()[:10]} 已合并，镜像摘要 sha256:{sha256()[:16]}…
小李：密码策略改为最少12位，验证码有效期从5分钟改为3分钟。""")

I("zh", "doc", """《路由器用户手册》第5页：出厂默认管理员密码为 admin，默认 WPS PIN 码印在机身底部标签上。首次登录后请立即修改密码。""")

I("ru", "receipt", f"""Счёт на оплату № {rs(DIG, 3)} от 05.11.2025
Поставщик: ООО «Вектор», ИНН {inn_ru10()}, КПП 7701{rs(DIG, 5)}
Р/с 40702810{rs(DIG, 12)} в ПАО Сбербанк, БИК 044525225, к/с 30101810400000000225
Итого к оплате: 48 000,00 руб.""")

I("ru", "doc", """Инструкция к домофону, раздел 2: заводской мастер-код — 12345. После установки обязательно смените мастер-код. Длина пользовательского кода: 4–6 цифр.""")

I("pt", "receipt", f"""Boleto — Condomínio Edifício Solar (CNPJ {cnpj()})
Vencimento: 10/12/2025   Valor: R$ 780,00
Linha digitável: {boleto()}""")

I("pt", "chat", """[WhatsApp] Suporte Loja Verde: Olá! Seu pedido #58231 foi enviado. Nunca pedimos senha ou código por WhatsApp. Nosso número oficial é (11) 4003-8800.""")

I("ko", "chat", f"""[슬랙] #개발
민수: 커밋 {sha1()[:7]} 에서 비밀번호 최소 길이를 10자로 변경했어요
민수: 에러코드 AUTH-4012 (인증번호 만료) 메시지도 수정""")

I("it", "chat", f"""[WhatsApp] Farmacia Centrale: la sua ricetta NRE {rs(DIG, 4)}A{rs(DIG, 10)} è pronta per il ritiro. Tel. 02 {rs(DIG, 4)} {rs(DIG, 4)}""")

I("nl", "doc", """Testdata voor de ontwikkelomgeving: gebruik het test-BSN 111222333 (geen echt persoon) en IBAN NL02 ABNA 0123 4567 89 (voorbeeld).""")

I("tr", "receipt", f"""Fatura — Boğaziçi Lojistik A.Ş.
Vergi Dairesi: Kadıköy · VKN {rs(DIG, 10)}
Şirket IBAN: TR33 0006 1005 1978 6457 8413 26 (örnek IBAN)
Ödenecek tutar: 12.400,00 TL""")

I("ar", "sms", f"""بطاقتك المنتهية بـ {rs(DIG, 4)} استُخدمت لعملية شراء بمبلغ 245.00 ريال لدى جرير. إن لم تكن أنت، اتصل على 8001241000""")

I("hi", "chat", f"""Ravi: IFSC code SBIN0001234 hai na main branch ka?
Pooja: haan wahi, public hai website pe bhi""")

I("pl", "chat", f"""[Messenger] Ola: nr zamówienia na Allegro {rs(DIG, 10)}, paczka jedzie DPD {rs(DIG, 14)}
[Messenger] Kasia: dzięki!""")

I("vi", "chat", f"""[Zalo] Shop Hoa Mai: Mã đơn hàng của chị là HM{rs(DIG, 8)}, phí ship 25.000đ. Hotline shop 028 3822 {rs(DIG, 4)}.""")

I("id", "toolcall", json.dumps({"tool": "email.search", "args": {"query": "subject:\"kode OTP\" from:noreply@tokopedia.com", "limit": 5}}, ensure_ascii=False))

I("th", "chat", f"""[LINE] ร้านกาแฟบ้านสวน: หมายเลขคำสั่งซื้อ #{rs(DIG, 5)} พร้อมรับแล้วค่ะ โทร 02-{rs(DIG, 3)}-{rs(DIG, 4)}""")

I("el", "notif", f"""ACS Courier: Η αποστολή {rs(DIG, 10)} παραδόθηκε. Εξυπηρέτηση πελατών 210 8190000""")

I("uk", "chat", f"""[Telegram] Ірина: комміт {sha1()[:7]} виправив помилку 403 на логіні
[Telegram] Олег: 👍 реліз 1.9.2 сьогодні""")

I("en", "doc", """Slack API docs example (not a live hook): https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX""")

I("en", "toolcall", f"""$ pip install -r requirements.txt --require-hashes
requests==2.32.3 \\
    --hash=sha256:{sha256()}
urllib3==2.2.3 \\
    --hash=sha256:{sha256()}""")

I("en", "doc", f"""-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: security@fjordline.example (public key, publish freely)

mDMEZ{b64(40).rstrip('=')}
tCxGam9yZGxpbmUgU2VjdXJpdHkgPHNlY3VyaXR5QGZqb3JkbGluZS5leGFtcGxlPg==
=Q{rs(AN, 3)}
-----END PGP PUBLIC KEY BLOCK-----""")

I("en", "chat", f"""[Slack export] {{"type":"message","channel":"C0{rs(UP + DIG, 9)}","ts":"{ts_slack()}","text":"standup moved to 10:15 :coffee:","thread_ts":"{ts_slack()}","reactions":[{{"name":"+1","count":4}}]}}""")

I("en", "sms", "We sent a 6-digit code to •••-•••-4417. Didn't get it? Request a new code in 00:59.")

I("en", "receipt", f"""Payment received — thank you!
Invoice: INV-{rs(DIG, 6)}   Amount: $1,950.00   Method: ACH
Remit-to (Acme Tooling Inc., company account): Routing 021000021 · Account ****{rs(DIG, 4)}
Questions: ar@acmetooling.example · +1 (312) 555-0188""")

I("en", "doc", """Stripe testing docs: 4000 0027 6000 3184 — test card that requires 3D Secure authentication. Use CVC 123 and any future date. Test mode only.""")

I("en", "memory", """Step summary: user enabled 2FA on GitHub; 16 recovery codes were downloaded to the user's machine (github-recovery-codes.txt). Agent did not read or store them.""")

I("en", "thread", """> Can you send me the password for the shared drive?
No — I'll share the folder with your account instead, passwords go through Bitwarden only.
Sent you an invite just now.""")

I("en", "notif", f"""Calendly: New event scheduled
Event: 30 Minute Meeting
Invitee timezone: Europe/Berlin
Event ID: {rs(UP + DIG, 16)}
Cancel or reschedule: calendly.com/cancellations/{uuid4()}""")

I("en", "inbox", f"""From: Chase <no.reply.alerts@chase.com>
Subject: Your statement is ready
Your credit card statement for account ending in {rs(DIG, 4)} is available. Minimum payment due: $35.00 by 11/25/2025. Routing number for payments by phone: see chase.com.""")

I("en", "toolcall", f"""Observation: kubectl get secret api-keys -o yaml
apiVersion: v1
kind: Secret
metadata:
  name: api-keys
  namespace: prod
type: Opaque
data: {{}}   # (values redacted by kubectl plugin: 3 keys, 0 bytes shown)""")

I("en", "chat", f"""[Teams] IT Service Desk: Your MFA number-matching prompt shows a 2-digit number; type the number shown on screen into Authenticator. We will never ask you for it.""")

I("en", "doc", f"""Comment on "Vendor list.xlsx" row 14: Acme Corp VAT IE{rs(DIG, 7)}W, DUNS {rs(DIG, 9)}, support line +353 1 {rs(DIG, 3)} {rs(DIG, 4)}.""")

I("en", "calendar", f"""Webinar: "Secure passwords for small teams" — Tue 18 Nov, 17:00 CET
Hosted by Bitwarden · Register: bitwarden.com/webinars
Agenda: passphrases vs passwords, PIN length (4 vs 6), rotating API tokens every 90 days""")
# ----------------------------------------------------------------- long records
pc = U(lambda: rs("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 6))
mid = " ".join(rs(DIG, 3) for _ in range(4))
S("en", "calendar", f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Hannah Weiss":mailto:h.weiss@northwind-legal.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:me@example.net
DESCRIPTION;LANGUAGE=en-US:Hi all\\,\\n\\nSettlement call re: lease dispute.\\n
 Please keep this invite private.\\n\\n________________________________
 ________________________________________________\\nMicrosoft Teams
  Need help?\\nJoin the meeting now\\nMeeting ID: {mid}\\nPasscode: {pc}\\n
 ________________________________\\nDial in by phone\\n+1 323-555-0142\\,\\,
 {rs(DIG, 9)}# United States\\, Los Angeles\\nPhone conference ID: {rs(DIG, 3)} {rs(DIG, 3)} {rs(DIG, 3)}#\\n
 For organizers: Meeting options | Reset dial-in PIN\\n
UID:040000008200E00074C5B7101A82E00800000000{rs(HEX.upper(), 32)}
SUMMARY;LANGUAGE=en-US:Settlement call – confidential
DTSTART;TZID=Pacific Standard Time:20251119T090000
DTEND;TZID=Pacific Standard Time:20251119T100000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251105T183221Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR""", pc)

v = pin(4); v2 = pin(4)
S("de", "calendar", f"""Einladung: Übergabe Wohnung – Sa 15. Nov 2025 11:00–12:00
Ort: Lindenstraße 8, 10969 Berlin
Beschreibung: Haustür-Code {v}, Briefkastenschlüssel liegt im Schlüsseltresor (Code {v2}) neben der Tür.
Teilnehmer: Vermieter, ich""", v2)

v = password("word2")
S("es", "calendar", f"""Invitación: Taller con proveedores — jue 20 nov 2025 10:00–13:00 (CET)
Lugar: Sala Atlántico, planta 2
Descripción: Wi‑Fi invitados "Atlantico-Guest", clave {v}. Traed portátil.
Organizador: Dirección de Compras""", v)

v = tok("linear")
S("en", "doc", f"""Comment thread on "Automation ideas" (Google Docs)
  Ayo: we could push Zendesk escalations into Linear automatically
  Ayo: I made a personal API key to try it: {v}
  Ben: can you make it a workspace app instead? personal keys leave with you
  Ayo: fair, will do. Resolved.""", v)

v = tok("atlassian")
S("fr", "doc", f"""Commentaire sur « Migration Confluence » :
Pour le script d'export j'utilise mon jeton API Atlassian : {v}
→ Réponse de Claire : merci de le régénérer, le doc est partagé avec le prestataire.""", v)

acct = digits(8)
sc = U(lambda: f"{rs(DIG, 2)}-{rs(DIG, 2)}-{rs(DIG, 2)}")
S("en", "thread", f"""From: Olivia Grant <olivia.grant88@gmail.com>
Sent: Monday, November 3, 2025 21:47
To: Greenfield Lettings <lettings@greenfield.example>
Subject: RE: RE: Deposit return – Flat 4, 22 Mill Lane

Hi Sophie,

Thanks for getting back to me so quickly, and sorry for the delay on my side – it's been a hectic week
with the move.

Please return the deposit to my new account (the old Halifax one is closed):

  Account name: Olivia Grant
  Sort code: {sc}
  Account number: {acct}

I've also attached the final meter readings (gas 04412, electric 18830) and the photos of the
oven after cleaning.

Kind regards,
Olivia

-----Original Message-----
From: Greenfield Lettings <lettings@greenfield.example>
Sent: Friday, October 31, 2025 10:02
To: Olivia Grant
Subject: RE: Deposit return – Flat 4, 22 Mill Lane

Dear Olivia,

Following the check-out inspection we're happy to confirm the full deposit of £1,350.00
will be returned via the TDS scheme (reference DPC{rs(DIG, 7)}).

Could you confirm your bank details by reply?

Kind regards,
Sophie
Greenfield Lettings · 01632 960{rs(DIG, 3)} · Registered in England No. {rs(DIG, 8)}
""", acct)

I("en", "inbox", f"""From: The Morning Brew <crew@morningbrew.example>
Subject: ☕ Markets wobble, passkeys go mainstream

Good morning. Here's what you need to know today.

MARKETS
  S&P 500     5,972.14   -0.41%
  Nasdaq     19,211.80   -0.63%
  10-yr        4.21%
  Bitcoin    $71,408     +1.9%

TECH
Passwords are (slowly) dying. Three of the five biggest banks now let you log in with passkeys,
which replace the password + SMS code combo with a key stored on your phone. Security folks
like them because there's no 6-digit code to phish. "We saw account-takeover tickets drop 38%,"
one CISO told us.

Also: a major password manager pushed version 2025.11.2 to fix a bug where the PIN unlock
screen accepted 3-digit PINs. Update if you haven't.

DEALS
Use code BREWREADER for 20% off the Brew mug. Expires Sunday.

WORD OF THE DAY
Entropy (n.): a measure of how unpredictable something is — like a good passphrase.

You're receiving this because you subscribed at morningbrew.example.
Unsubscribe · Manage preferences · 22 W 19th St, New York, NY 10011
""")

I("en", "chat", f"""Slack export — #ops-oncall — 2025-11-04
[09:02] pagerduty-bot: 🔴 Triggered: API p99 latency > 1.5s (incident #{rs(DIG, 5)})
[09:03] sam: ack, looking
[09:05] sam: p99 is 2.3s on /v1/auth/token, rest is fine
[09:06] priya: token endpoint? did the JWKS rotate?
[09:07] sam: kid changed from {hexs(16)} to {hexs(16)} at 08:55, that's expected
[09:09] sam: cache miss storm after rotation, each pod fetching /.well-known/jwks.json
[09:10] priya: can we bump jwks cache TTL from 300 to 3600?
[09:12] sam: PR #{rs(DIG, 4)} up: https://github.com/ellery-lab/api/pull/{rs(DIG, 4)}
[09:14] ci-bot: ✅ build {sha1()[:7]} passed (14m 03s)
[09:19] deploy-bot: 🚀 api v2.14.4 rolled out to prod (3/3 regions)
[09:25] pagerduty-bot: 🟢 Resolved: API p99 latency > 1.5s
[09:26] priya: nice. postmortem doc: "2025-11-04 JWKS cache stampede"
[09:27] sam: will write it. lesson: stagger key rotation + warm cache before flipping kid
""")

I("ja", "inbox", f"""件名：【重要】パスワード再設定のお知らせ

いつも当サービスをご利用いただきありがとうございます。

お客様のアカウントでパスワード再設定のリクエストを受け付けました。
以下のリンクから30分以内に新しいパスワードを設定してください。

［パスワードを再設定する］

※パスワードは8文字以上32文字以下、英字・数字・記号を組み合わせてください。
※このメールに心当たりがない場合は、破棄していただいて問題ありません。
※弊社からパスワードや認証コードをお尋ねすることは一切ございません。

お問い合わせ番号：{rs(UP, 2)}-{rs(DIG, 8)}
カスタマーサポート：0120-{rs(DIG, 3)}-{rs(DIG, 3)}（平日10:00〜18:00）

株式会社サンプルネット
""")


v = za_id()
S("en", "chat", f"""[WhatsApp] 07/11/2025, 12:31 - Thandi: for the FICA docs they want my ID number
[WhatsApp] 07/11/2025, 12:31 - Thandi: {v}
[WhatsApp] 07/11/2025, 12:32 - Thandi: and proof of address, I'll send the Eskom bill""", v)

v = be_nrn(); ib = iban("BE")
S("fr", "inbox", f"""Objet : inscription à l'académie de musique
Bonjour Madame,
Numéro de registre national de Lucas : {v}
Le minerval sera versé depuis le compte {ig(ib)}.
Bien à vous, Sophie Lambert""", v)


# ================================================================= self-check
if __name__ == "__main__":
    import collections
    import time

    t0 = time.time()
    ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for x in SECRETS:
        assert x.id.startswith("c48-s-"), x.id
        assert x.secret and x.secret in x.text, x.id
    for x in INNOCENT:
        assert x.id.startswith("c48-i-"), x.id
    # check digits of the generators used above
    for _ in range(50):
        assert luhn_ok(card(R.choice(["visa", "mc", "amex", "cup", "mir"])))
        assert iban_ok(iban(R.choice(["DE", "FR", "ES", "IT", "NL", "GB", "BE", "PT", "TR", "SA"])))
        assert verhoeff_ok(aadhaar().replace(" ", ""))
    langs = collections.Counter(x.id.split("-")[2] for x in SECRETS + INNOCENT)
    en_share = langs["en"] / len(ids)
    assert en_share <= 0.40, en_share
    print(f"secrets={len(SECRETS)} innocent={len(INNOCENT)} total={len(ids)} "
          f"languages={len(langs)} english_share={en_share:.1%} ({time.time() - t0:.2f}s)")
