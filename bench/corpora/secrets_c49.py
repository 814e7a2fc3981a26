"""Independent test corpus c49 for a secret-redaction filter.

Setting: structured data an agent reads and writes -- CSV/spreadsheet rows, JSON, YAML, XML and
TOML exports, INI and .env files, database rows and SQL dumps, log lines, API responses, form
submissions, key-value tables, HAR and raw HTTP traces, CRM/ERP exports -- plus the chat turns,
OCR output and voice transcripts in which such data gets pasted.

Started (date -u): Mon Dec  7 22:28:10 UTC 2026
SEED = 49331 (random.Random(SEED), all values generated at import time, stdlib only)

Totals: 235 secrets, 221 innocent, 456 texts, 41 language codes (English about 16%).

Counts by language (secrets/innocent). Codes: ISO 639-1 plus "hinglish" (Hindi-English in Latin
letters), "arabizi" (Egyptian Arabic in Latin letters/digits), "romaji" (Japanese in Latin), "sr"
is Serbian Cyrillic, "am" Amharic (Ge'ez), "ka" Georgian:
    am 5/5, ar 6/6, arabizi 5/5, bn 4/4, cs 4/4, da 4/3, de 8/7, el 4/4, en 37/37, es 9/5,
    fa 4/4, fi 4/3, fr 6/5, he 4/4, hi 5/5, hinglish 5/6, hu 4/4, id 4/4, it 5/6, ja 5/5,
    ka 4/4, ko 5/5, ms 4/4, nb 4/3, nl 6/4, pl 5/5, pt 6/4, ro 5/5, romaji 5/5, ru 6/5, sr 4/4,
    sv 5/5, sw 4/4, ta 4/4, th 4/4, tl 4/4, tr 5/6, uk 4/4, ur 4/4, vi 5/5, zh 10/7

Counts by sub-setting (secrets/innocent):
    api 3/18, chat 59/47, cli 3/2, crm 1/19, csv 21/17, env 22/16, file 4/2, form 21/2,
    har 16/14, ini 5/1, json 4/4, kv 4/5, log 17/22, manual 0/17, ocr 6/2, sql 17/4, toml 2/1,
    voice 5/2, xml 4/22, yaml 21/4

How the texts are made: hand-written records (English, the three transliterated varieties and one
to four extra per language) plus eight localized structural templates per side (CSV customer
export, .env with connection string, JSON form submission, SMS log, SQL card insert, YAML vendor
token, HTTP trace with session cookie, chat + vault tool call / order CSV, .env.example, 401 API
response, company invoice, device manual, deploy log, ERP XML, rate-limited HTTP trace) rendered
with each language's own words for password, PIN, code, id, account, customer.

Check digits: cards Luhn (Visa, MC, Amex, Mir, RuPay, JCB, UnionPay, Troy, Elo); IBANs mod 97
(Spanish CCC and Belgian national checks too); ABA routing checksum; CPF, CNPJ, DNI/NIE, NIR,
codice fiscale, BSN, PESEL, personnummer, HETU, fodselsnummer, CPR (mod 11), TC Kimlik, Aadhaar
(Verhoeff), Chinese resident id (ISO 7064), Korean RRN, My Number, Israeli id, SA id, RUT, CNP,
AMKA, rodne cislo, Belgian rijksregisternummer, NIF, NHS, SIN, TFN, Saudi id, Emirates id, Thai
id, Iranian code melli, SNILS, INN, RNOKPP, TAJ, Steuer-ID, KVNR, CURP, CUIL, JMBG, ICAO MRZ;
company side: USt-IdNr, TVA/SIREN/SIRET, P.IVA, NIP, GSTIN, Japanese corporate number, Korean
BRN, VKN, UK VAT, UPS 1Z tracking. Ids with no public check digit (SSN, NINO, MBI, PAN, NIK, MyKad,
CNIC, CCCD, Kenyan, Bangladeshi, Ethiopian, Georgian ids, SSS) only follow the format.

Labelling choices for borderline cases:
- A text may hold several secrets (three ids in a CSV, card + CVV, user + password); `secret`
  names one of them. Personal names, phones and e-mails appear only inside secret texts, never
  named as the secret; innocent texts contain no personal identifiers at all (companies, role
  mailboxes and business phone numbers only).
- Corrected secrets ("sorry, typo, it's ..."): the corrected value is named; a split password
  names its second half; dictated/spelled codes name the spoken-word span; local-digit values
  (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width) are named as written.
- Public bank codes (ABA routing, IFSC, BIC, sort code) are not secrets; the personal account
  number or IBAN is. A company's own invoice bank details (IBAN, corporate account) are innocent.
- Company registration / VAT / tax numbers are innocent; the same kinds of numbers for a person
  (INN 12 digits, personal NIF, CPF, PAN with 4th letter P) are secrets.
- Factory-default PINs/passwords printed in a manual, "any 4-digit code of your choice" hotel
  safe text, documented example/test values named as such (AKIAIOSFODNN7EXAMPLE, Stripe test
  card 4242...), placeholders (<password>, ${VAR}, sk_live_xxxx..., sk-...) are innocent.
- Masked values (**** 1234, last4, 411111******1234, "Authorization: Basic ***REDACTED***") are
  innocent; so are public keys (ssh-ed25519 .pub, PEM PUBLIC KEY, JWKS modulus), hashes, commit
  ids, image digests, UUIDs, request ids, ETags, order/booking/tracking/ticket numbers and
  promo codes.
- Private keys: one line of the key body is named. Seed phrases use BIP39-style English words;
  the BIP39 checksum is not computed (no word list offline). Security answers count as secrets.
- Webhook URLs carrying a token (Slack, Discord, Teams, DingTalk, WeCom, Feishu) are secrets as
  whole URLs.
"""
import random
import string
import base64
import hashlib
from typing import NamedTuple

SEED = 49331
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
_META: dict = {}
_CNT: dict = {}
_USED: set = set()


def S(lang, sub, text, secret):
    k = ("s", lang)
    _CNT[k] = _CNT.get(k, 0) + 1
    i = "c49-s-%s-%02d" % (lang, _CNT[k])
    SECRETS.append(Secret(i, text, secret))
    _META[i] = (lang, sub)


def I(lang, sub, text):
    k = ("i", lang)
    _CNT[k] = _CNT.get(k, 0) + 1
    i = "c49-i-%s-%02d" % (lang, _CNT[k])
    INNOCENT.append(Innocent(i, text))
    _META[i] = (lang, sub)


def uniq(f):
    def g(*a, **k):
        for _ in range(200):
            v = f(*a, **k)
            if v not in _USED:
                _USED.add(v)
                return v
        raise RuntimeError("could not make a unique value")
    return g


# ---------------------------------------------------------------- raw randomness
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = string.ascii_letters + string.digits
ANU = UP + DIG
HEXL = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def _rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


rs = uniq(_rs)


def rd(n, first_nonzero=True):
    s = R.choice("123456789") if first_nonzero else R.choice(DIG)
    return s + "".join(R.choice(DIG) for _ in range(n - 1))


def hexs(n):
    return rs(n, HEXL)


def b64blob(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def b64url_blob(nbytes):
    return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


def ruuid():
    h = "".join(R.choice(HEXL) for _ in range(32))
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha1hex():
    return hashlib.sha1(_rs(30).encode()).hexdigest()


def sha256hex():
    return hashlib.sha256(_rs(30).encode()).hexdigest()


# ---------------------------------------------------------------- local digits
_DIGSETS = {
    "ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "hi": "०१२३४५६७८९", "bn": "০১২৩৪৫৬৭৮৯",
    "th": "๐๑๒๓๔๕๖๗๘๙", "fw": "０１２３４５６７８９", "ta": "௦௧௨௩௪௫௬௭௮௯", "am": "0123456789",
}


def loc(s, script):
    t = _DIGSETS[script]
    return "".join(t[int(c)] if c.isdigit() and c in DIG else c for c in s)


def words(s, names):
    """spell digits with the given list of 10 digit words"""
    return " ".join(names[int(c)] for c in s if c in DIG)


W_EN = "zero one two three four five six seven eight nine".split()
W_ES = "cero uno dos tres cuatro cinco seis siete ocho nueve".split()
W_DE = "null eins zwei drei vier fünf sechs sieben acht neun".split()
W_FR = "zéro un deux trois quatre cinq six sept huit neuf".split()
W_PT = "zero um dois três quatro cinco seis sete oito nove".split()
W_IT = "zero uno due tre quattro cinque sei sette otto nove".split()
W_RU = "ноль один два три четыре пять шесть семь восемь девять".split()
W_TR = "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split()
W_JA = "ゼロ いち に さん よん ご ろく なな はち きゅう".split()
W_ZH = "零 一 二 三 四 五 六 七 八 九".split()
W_KO = "공 일 이 삼 사 오 육 칠 팔 구".split()
W_HI = "शून्य एक दो तीन चार पांच छह सात आठ नौ".split()
W_AR = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
W_PL = "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split()
W_NL = "nul een twee drie vier vijf zes zeven acht negen".split()
W_ID = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()
W_VI = "không một hai ba bốn năm sáu bảy tám chín".split()
W_SW = "sifuri moja mbili tatu nne tano sita saba nane tisa".split()
W_TH = "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split()
W_HE = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
W_EL = "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οχτώ εννιά".split()
W_FA = "صفر یک دو سه چهار پنج شش هفت هشت نه".split()
W_UK = "нуль один два три чотири п'ять шість сім вісім дев'ять".split()
W_HU = "nulla egy kettő három négy öt hat hét nyolc kilenc".split()
W_FI = "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän".split()
W_SV = "noll ett två tre fyra fem sex sju åtta nio".split()
W_RO = "zero unu doi trei patru cinci șase șapte opt nouă".split()
W_TL = "zero isa dalawa tatlo apat lima anim pito walo siyam".split()
W_CS = "nula jedna dva tři čtyři pět šest sedm osm devět".split()


# ---------------------------------------------------------------- check digits
def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


@uniq
def card(kind="visa", sep=" "):
    if kind == "visa":
        body = "4" + rd(14, False)
    elif kind == "mc":
        body = "5" + R.choice("12345") + rd(13, False)
    elif kind == "amex":
        body = "3" + R.choice("47") + rd(12, False)
    elif kind == "mir":
        body = "220" + R.choice("0123") + rd(11, False)
    elif kind == "rupay":
        body = "6522" + rd(11, False)
    elif kind == "jcb":
        body = "35" + R.choice("2345678") + rd(12, False)
    elif kind == "unionpay":
        body = "62" + rd(13, False)
    elif kind == "troy":
        body = "9792" + rd(11, False)
    elif kind == "elo":
        body = "5067" + rd(11, False)
    num = body + luhn_digit(body)
    if kind == "amex":
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(n=3):
    return rs(n, DIG)


def _iban_cd(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


_BBAN = {
    "DE": "8n10n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n",
    "GB": "4a6n8n", "PL": "24n", "TR": "5n1z16n", "SA": "2n18n", "AE": "3n16n", "RO": "4a16n",
    "HU": "24n", "PT": "21n", "SE": "20n", "CZ": "20n", "GR": "7n16n", "IL": "19n", "PK": "4a16n",
    "BE": "12n", "NO": "11n", "DK": "14n", "FI": "14n", "CH": "5n12n", "AT": "16n", "UA": "6n19n",
    "EG": "25n", "QA": "4a21n", "JO": "4a4n18n", "KW": "4a22n", "BR": "8n5n10n1a1c",
}


@uniq
def iban(cc, spaced=True):
    spec = _BBAN[cc]
    out = ""
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        if ch == "n":
            out += _rs(n, DIG)
        elif ch == "a":
            out += _rs(n, UP)
        elif ch == "c":
            out += _rs(n, ANU)
        elif ch == "z":
            out += "0" * n
    if cc == "BE":
        b = out[:10]
        c = int(b) % 97
        out = b + "%02d" % (c if c else 97)
    if cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        def dc(s):
            v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
            return {10: 1, 11: 0}.get(v, v)
        out = out[:8] + str(dc("00" + out[:8])) + str(dc(out[10:])) + out[10:]
    ib = cc + _iban_cd(cc, out) + out
    if spaced:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def iban_ok(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def ymd(y0=1950, y1=2004):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


@uniq
def ssn_us():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


@uniq
def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


@uniq
def cnpj():
    d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * y for x, y in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])


@uniq
def dni_es():
    n = R.randint(10000000, 99999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


@uniq
def nie_es():
    p = R.randint(0, 2)
    n = R.randint(1000000, 9999999)
    return "%s%07d%s" % ("XYZ"[p], n, "TRWAGMYFPDXBNJZSQVHLCKE"[int("%d%07d" % (p, n)) % 23])


@uniq
def nir_fr(spaced=True):
    y, m, d = ymd()
    body = "%d%02d%02d%02d%03d%03d" % (R.randint(1, 2), y % 100, m, R.randint(1, 95), R.randint(1, 990), R.randint(1, 999))
    key = 97 - int(body) % 97
    if spaced:
        return "%s %s %s %s %s %s %02d" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
    return body + "%02d" % key


_CF_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
_CF_ODD.update(dict(zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])))


@uniq
def codice_fiscale():
    y, m, d = ymd()
    fem = R.random() < 0.5
    s = _rs(3, "BCDFGHLMNPRSTVZ") + _rs(3, "BCDFGHLMNPRSTVZ") + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1]
    s += "%02d" % (d + (40 if fem else 0)) + R.choice("ABCDEFGHILM") + "%03d" % R.randint(1, 999)
    tot = 0
    for i, c in enumerate(s):
        if i % 2 == 0:
            tot += _CF_ODD[c]
        else:
            tot += int(c) if c.isdigit() else ord(c) - 65
    return s + chr(65 + tot % 26)


@uniq
def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


@uniq
def pesel():
    y, m, d = ymd(1950, 2008)
    mm = m + (20 if y >= 2000 else 0)
    s = "%02d%02d%02d%04d" % (y % 100, mm, d, R.randint(0, 9999))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
    return s + str(c)


@uniq
def personnummer_se():
    y, m, d = ymd()
    b = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(0, 999))
    return "%d%02d%02d-%s%s" % (y, m, d, b[6:], luhn_digit(b))


@uniq
def hetu_fi():
    y, m, d = ymd(1950, 2010)
    n = R.randint(2, 899)
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int("%02d%02d%02d%03d" % (d, m, y % 100, n)) % 31]
    return "%02d%02d%02d%s%03d%s" % (d, m, y % 100, "-" if y < 2000 else "A", n, c)


@uniq
def fnr_no():
    while True:
        y, m, d = ymd()
        ind = R.randint(0, 499) if y < 2000 else R.randint(500, 999)
        s = [int(c) for c in "%02d%02d%02d%03d" % (d, m, y % 100, ind)]
        k1 = 11 - sum(a * b for a, b in zip(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        s.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        s.append(k2)
        return "".join(map(str, s))


@uniq
def cpr_dk():
    while True:
        y, m, d = ymd()
        s = [int(c) for c in "%02d%02d%02d%03d" % (d, m, y % 100, R.randint(0, 999))]
        r = sum(a * b for a, b in zip(s, [4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        c = (11 - r) % 11
        if c == 10:
            continue
        t = "".join(map(str, s)) + str(c)
        return t[:6] + "-" + t[6:]


@uniq
def tckn():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


@uniq
def aadhaar(sep=" "):
    b = str(R.randint(2, 9)) + _rs(10, DIG)
    n = b + verhoeff_digit(b)
    return sep.join([n[:4], n[4:8], n[8:]])


@uniq
def pan_in():
    return _rs(3, UP) + "P" + _rs(1, UP) + _rs(4, DIG) + _rs(1, UP)


@uniq
def cn_id():
    y, m, d = ymd()
    region = R.choice(["110105", "310104", "440305", "510107", "330106", "420111", "320102", "370212"])
    b = "%s%d%02d%02d%03d" % (region, y, m, d, R.randint(0, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(a) * c for a, c in zip(b, w)) % 11]


@uniq
def rrn_kr():
    y, m, d = ymd()
    g = R.choice("12") if y < 2000 else R.choice("34")
    b = "%02d%02d%02d%s%05d" % (y % 100, m, d, g, R.randint(0, 99999))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * x for a, x in zip(b, w)) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


@uniq
def mynumber_jp(sep=" "):
    b = _rs(11, DIG)
    s = 0
    for n in range(1, 12):
        p = int(b[-n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    n = b + str(c)
    return sep.join([n[:4], n[4:8], n[8:]])


@uniq
def il_id():
    b = _rs(8, DIG)
    t = 0
    for i, ch in enumerate(b):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        t += v - 9 if v > 9 else v
    return b + str((10 - t % 10) % 10)


@uniq
def za_id():
    y, m, d = ymd()
    b = "%02d%02d%02d%04d08" % (y % 100, m, d, R.randint(0, 9999))
    b = b[:11] + "8"
    b = b[:10] + "0" + "8"
    return b + luhn_digit(b)


@uniq
def rut_cl():
    n = R.randint(5000000, 25999999)
    s = 0
    for i, ch in enumerate(reversed(str(n))):
        s += int(ch) * (2 + i % 6)
    v = 11 - s % 11
    dv = {11: "0", 10: "K"}.get(v, str(v))
    return "{:,}".format(n).replace(",", ".") + "-" + dv


@uniq
def cnp_ro():
    y, m, d = ymd()
    sx = R.choice("12") if y < 2000 else R.choice("56")
    b = "%s%02d%02d%02d%02d%03d" % (sx, y % 100, m, d, R.randint(1, 46), R.randint(1, 999))
    r = sum(int(a) * int(w) for a, w in zip(b, "279146358279")) % 11
    return b + ("1" if r == 10 else str(r))


@uniq
def amka_gr():
    y, m, d = ymd()
    b = "%02d%02d%02d%04d" % (d, m, y % 100, R.randint(0, 9999))
    return b + luhn_digit(b)


@uniq
def rc_cz():
    while True:
        y, m, d = ymd(1960, 2003)
        mm = m + (50 if R.random() < 0.5 else 0)
        b = "%02d%02d%02d%03d" % (y % 100, mm, d, R.randint(0, 999))
        c = int(b) % 11
        if c == 10:
            continue
        return b[:6] + "/" + b[6:] + str(c)


@uniq
def rrn_be():
    y, m, d = ymd(1950, 2010)
    b = "%02d%02d%02d%03d" % (y % 100, m, d, R.randint(1, 997))
    n = int(("2" if y >= 2000 else "") + b)
    c = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], b[6:], c)


@uniq
def nif_pt():
    while True:
        b = R.choice("123") + _rs(7, DIG)
        c = 11 - sum(int(a) * w for a, w in zip(b, range(9, 1, -1))) % 11
        c = 0 if c >= 10 else c
        return b + str(c)


@uniq
def nhs_no():
    while True:
        b = _rs(9, DIG)
        c = 11 - sum(int(a) * w for a, w in zip(b, range(10, 1, -1))) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        n = b + str(c)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])


@uniq
def sin_ca():
    b = R.choice("1234567") + _rs(7, DIG)
    n = b + luhn_digit(b)
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


@uniq
def tfn_au():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if sum(a * b for a, b in zip(d, w)) % 11 == 0:
            s = "".join(map(str, d))
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


@uniq
def nino_uk():
    a = R.choice("ABCEGHJKLMNPRSTWXYZ")
    b = R.choice("ABCEGHJKLMNPRSTWXYZ")
    return "%s%s %s %s %s %s" % (a, b, _rs(2, DIG), _rs(2, DIG), _rs(2, DIG), R.choice("ABCD"))


@uniq
def saudi_id():
    b = R.choice("12") + _rs(8, DIG)
    return b + luhn_digit(b)


@uniq
def emirates_id():
    y = R.randint(1965, 2000)
    b = "784%d%s" % (y, _rs(7, DIG))
    n = b + luhn_digit(b)
    return "%s-%s-%s-%s" % (n[:3], n[3:7], n[7:14], n[14])


@uniq
def eg_id():
    y, m, d = ymd()
    return "%d%02d%02d%02d%02d%04d%d" % (2 if y < 2000 else 3, y % 100, m, d, R.choice([1, 2, 12, 13, 21, 88]), R.randint(1, 9999), R.randint(1, 9))


@uniq
def thai_id():
    b = R.choice("12345678") + _rs(11, DIG)
    c = (11 - sum(int(a) * w for a, w in zip(b, range(13, 1, -1))) % 11) % 10
    n = b + str(c)
    return "%s-%s-%s-%s-%s" % (n[0], n[1:5], n[5:10], n[10:12], n[12])


@uniq
def ir_code():
    while True:
        b = _rs(9, DIG)
        if len(set(b)) == 1:
            continue
        r = sum(int(a) * w for a, w in zip(b, range(10, 1, -1))) % 11
        c = r if r < 2 else 11 - r
        return b + str(c)


@uniq
def snils():
    b = "%09d" % R.randint(2000000, 999999999)
    s = sum(int(a) * w for a, w in zip(b, range(9, 0, -1)))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:], c)


@uniq
def inn_ru_person():
    d = [int(c) for c in R.choice(["77", "78", "50", "66", "54", "16"]) + _rs(8, DIG)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


@uniq
def inn_ru_company():
    d = [int(c) for c in R.choice(["77", "78", "50", "66"]) + _rs(7, DIG)]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


@uniq
def rnokpp_ua():
    d = [R.randint(1, 4)] + [R.randint(0, 9) for _ in range(8)]
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


@uniq
def taj_hu():
    d = [R.randint(0, 9) for _ in range(8)]
    c = sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
    s = "".join(map(str, d)) + str(c)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def _mod11_10(digits):
    p = 10
    for ch in digits:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return "0" if c == 10 else str(c)


@uniq
def steuer_id():
    ds = R.sample(range(10), 9)
    while ds[0] == 0:
        R.shuffle(ds)
    rep = R.choice(ds[1:])
    pos = R.randint(1, 9)
    d = ds[:pos] + [rep] + ds[pos:]
    s = "".join(map(str, d[:10]))
    n = s + _mod11_10(s)
    return "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:])


@uniq
def ust_de():
    b = R.choice("123") + _rs(7, DIG)
    return "DE" + b + _mod11_10(b)


@uniq
def kvnr_de():
    L = R.choice(UP)
    b = "%02d" % (ord(L) - 64) + _rs(8, DIG)
    t = 0
    for i, ch in enumerate(b):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        t += v // 10 + v % 10
    return L + b[2:] + str(t % 10)


def _mrz_cd(s):
    vals = {c: i for i, c in enumerate(DIG)}
    vals.update({c: 10 + i for i, c in enumerate(UP)})
    vals["<"] = 0
    w = [7, 3, 1]
    return str(sum(vals[c] * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz(doc_no, country, surname, given, dob, sex, exp):
    l1 = ("P<%s%s<<%s" % (country, surname, given.replace(" ", "<"))).ljust(44, "<")[:44]
    pn = doc_no.ljust(9, "<")
    opt = "<" * 14
    body = pn + _mrz_cd(pn) + country + dob + _mrz_cd(dob) + sex + exp + _mrz_cd(exp) + opt + _mrz_cd(opt)
    comp = pn + _mrz_cd(pn) + dob + _mrz_cd(dob) + exp + _mrz_cd(exp) + opt + _mrz_cd(opt)
    return l1, body + _mrz_cd(comp)


@uniq
def curp_mx():
    y, m, d = ymd(1960, 1999)
    s = _rs(1, "BCDFGLMPRSTV") + R.choice("AEIOU") + _rs(2, "BCDFGLMPRSTVAEIOU") + "%02d%02d%02d" % (y % 100, m, d)
    s += R.choice("HM") + R.choice(["DF", "JC", "NL", "PL", "GT", "MC", "VZ"]) + _rs(3, "BCDFGHJKLMNPRSTVZ") + "0"
    al = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    t = sum(al.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - t % 10) % 10)


@uniq
def cuil_ar():
    while True:
        pre = R.choice(["20", "27"])
        dni = "%08d" % R.randint(20000000, 45999999)
        b = pre + dni
        c = 11 - sum(int(a) * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        return "%s-%s-%d" % (pre, dni, c)


@uniq
def nik_id():
    y, m, d = ymd()
    dd = d + (40 if R.random() < 0.5 else 0)
    return "%s%02d%02d%02d%04d" % (R.choice(["317404", "327301", "357801", "517102", "647201"]), dd, m, y % 100, R.randint(1, 9999))


@uniq
def mykad():
    y, m, d = ymd()
    return "%02d%02d%02d-%s-%04d" % (y % 100, m, d, R.choice(["14", "10", "08", "01", "12"]), R.randint(1, 9999))


@uniq
def cnic_pk():
    return "%s-%s-%d" % (R.choice(["35202", "42101", "61101", "37405"]), _rs(7, DIG), R.randint(1, 9))


@uniq
def cccd_vn():
    y, m, d = ymd()
    return "%03d%d%02d%06d" % (R.choice([1, 79, 31, 48, 92]), 0 if y < 2000 else 2, y % 100, R.randint(0, 999999))


@uniq
def mbi_us():
    A = "ACDEFGHJKMNPQRTUVWXY"
    return R.choice("123456789") + R.choice(A) + R.choice(A + DIG) + R.choice(DIG) + "-" + R.choice(A) + R.choice(A + DIG) + R.choice(DIG) + "-" + R.choice(A) + R.choice(A) + R.choice(DIG) + R.choice(DIG)


@uniq
def abn_au():
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(10)]
        e = [d[0] - 1] + d[1:]
        if sum(a * b for a, b in zip(e, w)) % 89 == 0:
            s = "".join(map(str, d))
            return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])


@uniq
def siren_fr():
    b = rd(8)
    return b + luhn_digit(b)


def tva_fr(siren):
    return "FR%02d%s" % ((12 + 3 * (int(siren) % 97)) % 97, siren)


@uniq
def piva_it():
    b = rd(7) + "%03d" % R.choice([1, 15, 36, 58, 63, 96])
    return b + luhn_digit(b)


@uniq
def nip_pl():
    while True:
        b = rd(9)
        c = sum(int(a) * w for a, w in zip(b, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c != 10:
            return b + str(c)


@uniq
def gstin_in():
    st = R.choice(["27", "29", "07", "33", "24"])
    pan = _rs(3, UP) + "C" + _rs(1, UP) + _rs(4, DIG) + _rs(1, UP)
    b = st + pan + "1Z"
    al = DIG + UP
    t = 0
    for i, ch in enumerate(b):
        v = al.index(ch) * (1 if i % 2 == 0 else 2)
        t += v // 36 + v % 36
    return b + al[(36 - t % 36) % 36]


@uniq
def corp_no_jp():
    b = rd(12)
    s = sum(int(ch) * (1 if i % 2 == 0 else 2) for i, ch in enumerate(reversed(b)))
    return str(9 - s % 9) + b


@uniq
def brn_kr():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
    d.append((10 - s % 10) % 10)
    t = "".join(map(str, d))
    return "%s-%s-%s" % (t[:3], t[3:5], t[5:])


@uniq
def vkn_tr():
    d = [R.randint(0, 9) for _ in range(9)]
    t = 0
    for i in range(9):
        tmp = (d[i] + 9 - i) % 10
        if tmp:
            v = (tmp * 2 ** (9 - i)) % 9
            t += 9 if v == 0 else v
    return "".join(map(str, d)) + str((10 - t % 10) % 10)


@uniq
def ups_1z():
    b = _rs(6, ANU) + R.choice(["01", "02", "03", "12"]) + _rs(7, DIG)
    t = 0
    for i, ch in enumerate(b):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        t += v * (2 if i % 2 else 1)
    return "1Z" + b + str((10 - t % 10) % 10)


@uniq
def vat_gb():
    while True:
        b = rd(7)
        s = sum(int(a) * w for a, w in zip(b, [8, 7, 6, 5, 4, 3, 2]))
        c = (-s) % 97
        return "GB" + b + "%02d" % c


# ---------------------------------------------------------------- vendor tokens
def aws_akid():
    return "AKIA" + rs(16, UP + "234567")


def aws_secret():
    return rs(40, AN + "+/")


def gh_pat():
    return "ghp_" + rs(36)


def gh_fine():
    return "github_pat_11" + rs(20, ANU) + "_" + rs(59)


def gho():
    return "gho_" + rs(36)


def glpat():
    return "glpat-" + rs(20, AN + "-_")


def slack_bot():
    return "xoxb-%s-%s-%s" % (rd(11), rd(13), rs(24))


def slack_user():
    return "xoxp-%s-%s-%s-%s" % (rd(11), rd(11), rd(13), hexs(32))


def slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, ANU), rs(10, ANU), rs(24))


def discord_hook():
    return "https://discord.com/api/webhooks/%s/%s" % (rd(19), rs(68, AN + "-_"))


def teams_hook():
    return "https://contoso%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (rd(3), ruuid(), ruuid(), hexs(32), ruuid())


def tg_bot():
    return "%s:AA%s" % (rd(10), rs(33, AN + "-_"))


def stripe_sk():
    return "sk_live_51" + rs(22) + rs(70)


def stripe_rk():
    return "rk_live_51" + rs(22) + rs(70)


def stripe_whsec():
    return "whsec_" + rs(32)


def stripe_pk():
    return "pk_live_51" + rs(22) + rs(70)


def openai_key():
    return "sk-proj-" + rs(74, AN + "-_") + "T3BlbkFJ" + rs(74, AN + "-_")


def anthropic_key():
    return "sk-ant-api03-" + rs(93, AN + "-_") + "AA"


def google_api():
    return "AIza" + rs(35, AN + "-_")


def twilio_sid():
    return "AC" + hexs(32)


def twilio_tok():
    return hexs(32)


def sendgrid():
    return "SG." + rs(22, AN + "-_") + "." + rs(43, AN + "-_")


def mailgun():
    return "key-" + hexs(32)


def npm_tok():
    return "npm_" + rs(36)


def pypi_tok():
    return "pypi-AgEIcHlwaS5vcmc" + rs(60, AN + "-_")


def hf_tok():
    return "hf_" + rs(34, string.ascii_letters)


def shopify():
    return "shpat_" + hexs(32)


def do_tok():
    return "dop_v1_" + hexs(64)


def dd_key():
    return hexs(32)


def vault_tok():
    return "hvs." + rs(24)


def azure_key():
    return rs(86, AN + "+/") + "=="


def jwt(payload):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return "%s.%s.%s" % (h, p, rs(43, AN + "-_"))


def linear_key():
    return "lin_api_" + rs(40)


def notion_key():
    return "ntn_" + rs(46)


def atlassian_tok():
    return "ATATT3xFfGF0" + rs(180, AN + "-_") + "=" + hexs(8).upper()


def alibaba_ak():
    return "LTAI5t" + rs(18)


def tencent_ak():
    return "AKID" + rs(32)


def yandex_oauth():
    return "y0_" + rs(55, AN + "-_")


def square_tok():
    return "EAAA" + rs(60, AN + "-_")


def braintree_tok():
    return "access_token$production$%s$%s" % (rs(16, LO + DIG), hexs(32))


def mapbox_sk():
    return "sk.eyJ1Ijoi" + rs(40) + "." + rs(22, AN + "-_")


def doppler_tok():
    return "dp.st.prd." + rs(43)


def okta_tok():
    return "00" + rs(40, AN + "-_")


def sentry_auth():
    return "sntrys_eyJpYXQiOjE3" + rs(120, AN) + "_" + rs(43, AN + "+/")


def dingtalk_hook():
    return "https://oapi.dingtalk.com/robot/send?access_token=" + hexs(64)


def wecom_hook():
    return "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + ruuid()


def feishu_hook():
    return "https://open.feishu.cn/open-apis/bot/v2/hook/" + ruuid()


def line_tok():
    return rs(172, AN + "+/") + "="


def fb_tok():
    return "EAAG" + rs(180, AN)


def cf_tok():
    return rs(40, AN + "-_")


def session_hex(n=32):
    return hexs(n)


def django_sid():
    return rs(32, LO + DIG)


def phpsessid():
    return rs(26, LO + DIG)


def connect_sid():
    return "s%3A" + rs(32, AN + "-_") + "." + rs(43, AN + "%")


def aspnet_cookie():
    return "CfDJ8" + rs(300, AN + "-_")


def pw(n=None, extra="!@#$%&*?-_."):
    n = n or R.randint(10, 18)
    while True:
        p = rs(n, AN + extra)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
            return p


def pin(n=4):
    while True:
        p = _rs(n, DIG)
        if len(set(p)) > 1 and p not in _USED:
            _USED.add(p)
            return p


def otp(n=6):
    return pin(n)


def recov_codes(k=8, fmt="%s-%s"):
    return [fmt % (rs(5, LO + DIG), rs(5, LO + DIG)) for _ in range(k)]


_BIP = ("abandon ability absorb access acid across actor adapt admit adult advice afraid agent "
        "airport alarm album alley almost alpha amount anchor angle animal ankle antenna apple april "
        "arena armor arrow artist aspect auction august autumn avocado awake badge bamboo banana barrel "
        "basket battle beach bean beauty believe bench betray bicycle biology blanket blossom board bonus "
        "border bottom bracket brave bread brick bronze bubble budget buffalo burger cabbage cabin cactus "
        "camera canal candy canyon captain carbon carpet castle catalog cattle ceiling cement chalk charge "
        "cherry chimney chunk cinnamon circle citizen claw clever cliff clinic clock cluster coconut coffee "
        "comic copper coral cotton country cousin cradle crane crater cricket crystal cube culture cupboard "
        "curtain cushion dance danger dawn debris decade deer denial depth desert device diamond dinosaur "
        "dolphin donkey dragon drama drift drum eagle earth echo eclipse elbow elephant embark empty energy "
        "engine enjoy entire erosion escape estate evidence exhaust exotic fabric faculty falcon fancy "
        "fashion feather fence festival fiction filter fiscal flame flavor flight flower foam fortune "
        "fossil fragile frequent frost fruit galaxy garage garlic gather genius giant ginger giraffe "
        "glacier glove goose gospel gravity guitar hammer harbor harvest hazard hedgehog helmet hero hockey "
        "honey horizon hospital hurdle icon illness immune impulse indoor infant inherit insect island "
        "ivory jacket jaguar jelly jungle kangaroo kettle kidney kitten ladder lagoon lantern laptop lava "
        "lemon leopard library lizard lobster lumber lunar lyrics magnet mammal mango marble meadow melody "
        "mercy method middle minute mirror monkey mosquito mountain muffin museum mushroom napkin nephew "
        "noodle nuclear oasis ocean olive orbit orchard orphan ostrich oxygen oyster paddle panda panther "
        "parrot peanut pelican pencil pepper piano pigeon pilot planet plastic pond potato pumpkin puzzle "
        "pyramid rabbit raccoon radar rally raven recipe record reunion rhythm ribbon rifle ritual rocket "
        "rubber saddle salmon satoshi sausage scatter scorpion sense shadow shrimp siren skull slogan "
        "spider spirit squirrel stadium stool sugar summit sunny swamp symptom tattoo tenant thunder ticket "
        "tiger tobacco tomato tornado tortoise tourist tribe trophy trumpet tuition tunnel turtle twin "
        "umbrella uncle unicorn universe vacuum valley vapor velvet venue verb vessel village vintage violin "
        "volcano voyage wagon walnut warrior wealth whale whisper wisdom wolf wrestle yellow zebra zoo").split()


def seed_phrase(n=12):
    while True:
        ws = R.sample(_BIP, n)
        s = " ".join(ws)
        if s not in _USED:
            _USED.add(s)
            return s


def ssh_priv_body(lines=6):
    out = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    for _ in range(lines - 1):
        out.append(rs(70, AN + "+/"))
    out.append(rs(24, AN + "+/") + "=")
    return out


def pem_body(lines=8):
    return ["MII" + rs(61, AN + "+/")] + [rs(64, AN + "+/") for _ in range(lines - 1)] + [rs(20, AN + "+/") + "=="]


def ed25519_pub():
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, AN + "+/")


def rsa_pub():
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(300, AN + "+/") + "="


def order_no(prefix="ORD", n=8):
    return "%s-%s" % (prefix, rd(n))


def pnr():
    return rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def ts(y=2026, mo=None):
    mo = mo or R.randint(1, 11)
    return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, mo, R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def ip4():
    return "%d.%d.%d.%d" % (R.choice([10, 172, 192, 81, 94, 185, 203]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


@uniq
def jmbg_rs():
    while True:
        y, m, d = ymd()
        b = "%02d%02d%03d%02d%03d" % (d, m, y % 1000, R.choice([71, 80, 91]), R.randint(0, 999))
        s = sum(int(a) * w for a, w in zip(b, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        if c > 9:
            c = 0
        return b + str(c)


@uniq
def ge_pn():
    return "01" + _rs(9, DIG)


@uniq
def fayda_et():
    return rd(12)


@uniq
def ke_id():
    return rd(8)


@uniq
def bd_nid():
    return rd(10)


@uniq
def sss_ph():
    n = _rs(10, DIG)
    return "%s-%s-%s" % (n[:2], n[2:9], n[9])


@uniq
def ir_iban():
    b = "0" + _rs(21, DIG)
    ib = "IR" + _iban_cd("IR", b) + b
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


@uniq
def in_acct():
    return rd(R.choice([11, 12, 14]))


def ifsc():
    return R.choice(["SBIN", "HDFC", "ICIC", "UTIB", "KKBK"]) + "0" + _rs(6, DIG)


@uniq
def ru_acct():
    return "40817810" + _rs(12, DIG)


@uniq
def br_conta():
    return "ag. %04d c/c %s-%s" % (R.randint(1, 9999), _rs(6, DIG), R.choice(DIG + "X"))


# ----------------------------------------------------------------- connection strings
def conn_string(user, p):
    k = R.randrange(6)
    host = R.choice(["db-prod-01.internal", "pg.eu-central-1.rds.amazonaws.com", "10.20.4.17", "mysql.intra.lan", "cluster0.x7qpz.mongodb.net", "cache-02.internal"])
    if k == 0:
        return "postgresql://%s:%s@%s:5432/crm" % (user, p, host)
    if k == 1:
        return "mysql://%s:%s@%s:3306/erp" % (user, p, host)
    if k == 2:
        return "mongodb+srv://%s:%s@%s/shop?retryWrites=true&w=majority" % (user, p, host)
    if k == 3:
        return "redis://default:%s@%s:6379/0" % (p, host)
    if k == 4:
        return "amqp://%s:%s@%s:5672/vhost" % (user, p, host)
    return "Server=%s;Database=ERP;User Id=%s;Password=%s;TrustServerCertificate=True" % (host, user, p)


def vendor_token():
    k = R.randrange(14)
    return [("GITHUB_TOKEN", gh_pat), ("STRIPE_SECRET_KEY", stripe_sk), ("OPENAI_API_KEY", openai_key),
            ("SLACK_BOT_TOKEN", slack_bot), ("SENDGRID_API_KEY", sendgrid), ("HF_TOKEN", hf_tok),
            ("NPM_TOKEN", npm_tok), ("GITLAB_TOKEN", glpat), ("SHOPIFY_ADMIN_TOKEN", shopify),
            ("ANTHROPIC_API_KEY", anthropic_key), ("DO_TOKEN", do_tok), ("VAULT_TOKEN", vault_tok),
            ("TELEGRAM_BOT_TOKEN", tg_bot), ("AWS_SECRET_ACCESS_KEY", aws_secret)][k]


# ----------------------------------------------------------------- localized templates
def mob(fmt):
    return "".join(R.choice(DIG) if c == "#" else c for c in fmt)


def _sec_templates(L, V):
    nm = V["names"]
    out = []

    # A: CSV customer export with a national id
    def A():
        ids = [V["idf"]() for _ in range(3)]
        d = V["delim"]
        rows = [d.join(["id", V["cust"], V["idn"], "tel"])]
        for k in range(3):
            rows.append(d.join([str(R.randint(1000, 9999)), nm[k], ids[k], mob(V["mobile"])]))
        txt = "%s\n```csv\n%s\n```" % (V["export"].format(x="customers_%d.csv" % R.randint(2020, 2026)), "\n".join(rows))
        return "csv", txt, ids[1]

    # B: .env with a connection string password
    def B():
        p = pw()
        cs = conn_string(R.choice(["app", "erp_rw", "crm_svc", "admin", "report"]), p)
        txt = "# %s\nAPP_ENV=production\nAPP_PORT=8080\nDATABASE_URL=%s\nLOG_LEVEL=info\nFEATURE_EXPORT=true" % (V["cfg"], cs)
        return "env", txt, p

    # C: JSON form submission with password and PIN
    def C():
        p = pw()
        pn = pin(R.choice([4, 6]))
        body = '{\n  "form": "%s",\n  "submitted_at": "%s",\n  "fields": {\n    "%s": "%s",\n    "email": "%s",\n    "%s": "%s",\n    "%s": "%s"\n  }\n}' % (
            V["form"], ts(), V["cust"], nm[0], "%s%d@%s" % (R.choice(["k", "m", "s", "a"]), R.randint(10, 99), "example.org"), V["pw"], p, V["pin"], pn)
        txt = "tool_result (forms.get_submission):\n" + body
        return "form", txt, (p if R.random() < 0.5 else pn)

    # D: SMS log with a one-time code (local digits where used)
    def D():
        c = otp(6)
        shown = loc(c, V["digits"]) if V.get("digits") else c
        line = V["say_code"].format(c=shown)
        txt = '%s level=INFO svc=notify channel=sms to=%s provider=twilio status=queued\n%s level=INFO svc=notify msg_id=SM%s body="%s"' % (ts(), mob(V["mobile"]), ts(), hexs(32), line)
        return "log", txt, shown

    # E: SQL dump with card number and CVV
    def E():
        kind = V.get("card", "visa")
        cn = card(kind)
        cv = cvv(4 if kind == "amex" else 3)
        txt = "-- %s\nINSERT INTO payment_methods (customer_id, holder, pan, exp, cvc, created_at) VALUES\n  (%d, '%s', '%s', '%02d/%d', '%s', '%s');" % (
            V["cfg"], R.randint(10000, 99999), nm[2].upper(), cn, R.randint(1, 12), R.randint(27, 31), cv, ts()[:19].replace("T", " "))
        return "sql", txt, cn

    # F: YAML config with vendor token
    def F():
        k, f = vendor_token()
        tok = f()
        txt = "# %s\nservice:\n  name: billing-sync\n  region: eu-west-1\nintegrations:\n  %s:\n    enabled: true\n    token: \"%s\"\n    timeout_s: 30" % (V["cfg"], k.lower(), tok)
        return "yaml", txt, tok

    # G: HTTP trace with session cookie
    def G():
        sid = R.choice([django_sid, phpsessid, session_hex])()
        cname = R.choice(["sessionid", "PHPSESSID", "_session_id", "JSESSIONID", "laravel_session"])
        txt = "%s\nGET /api/v2/account/orders?page=2 HTTP/1.1\nHost: shop.%s\nAccept: application/json\nCookie: lang=%s; %s=%s; consent=1\nUser-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)\n\nHTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id: %s" % (
            V["har"], V["tld"], L[:2], cname, sid, ruuid())
        return "har", txt, sid

    # H: chat + tool call with password
    def H():
        p = pw()
        said = V["say_pw"].format(p=p)
        txt = "user: %s\nassistant: %s\ntool_call: vault.put {\"path\": \"personal/%s\", \"value\": \"%s\"}" % (said, V["ack"], R.choice(["mail", "bank", "router", "wifi"]), p)
        return "chat", txt, p

    return [A, B, C, D, E, F, G, H]


def _inn_templates(L, V):
    out = []

    def a():
        d = V["delim"]
        rows = [d.join(list(V["cols"]) + ["card", "tracking"])]
        for _ in range(4):
            rows.append(d.join([order_no(R.choice(["SO", "ORD", "WEB"]), 7), "2026-%02d-%02d" % (R.randint(1, 11), R.randint(1, 28)),
                                ("%d,%02d" if V["delim"] == ";" else "%d.%02d") % (R.randint(5, 900), R.randint(0, 99)), "**** %s" % _rs(4, DIG), ups_1z()]))
        return "csv", "%s\n%s" % (V["export"].format(x="orders_2026-%02d.csv" % R.randint(1, 11)), "\n".join(rows))

    def b():
        txt = "# %s\n# %s\nDATABASE_URL=postgresql://<user>:<password>@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxx\nSMTP_PASSWORD=\nJWT_SECRET=${JWT_SECRET}\nSESSION_TTL_SECONDS=%d\nPASSWORD_MIN_LENGTH=%d" % (
            V["example"], V["pol"].format(n=12), R.choice([1800, 3600, 7200]), 12)
        return "env", txt

    def c():
        txt = '{\n  "status": 401,\n  "error": "invalid_credentials",\n  "message": "%s",\n  "details": {"attempts_left": %d, "lockout_minutes": 15, "otp_length": 6, "password_min_length": %d},\n  "request_id": "%s",\n  "build": "%s"\n}' % (
            V["err"], R.randint(1, 4), R.choice([8, 10, 12]), ruuid(), sha1hex()[:12])
        return "api", txt

    def d():
        cc = V["iban_cc"]
        ib = iban(cc) if cc in _BBAN else ir_iban() if cc == "IR" else iban("DE")
        txt = "%s\n%s\n%s: %s\n%s: %s\nBIC: %s\nTel.: %s\n%s: %s-%s" % (
            V["company"], V["inv"][0], V["inv"][1], V["vatf"](), V["inv"][2], ib, rs(4, UP) + cc[:2] + rs(2, UP) + rs(3, ANU),
            V["phone"], V["inv"][3], "INV", rd(6))
        return "crm", txt

    def e():
        return "manual", V["manual"].format(p=R.choice(["0000", "1234", "12345678", "admin", "000000"]))

    def f():
        txt = "%s deploy ok service=checkout version=v%d.%d.%d commit=%s image=registry.local/checkout@sha256:%s\n%s %s" % (
            ts(), R.randint(1, 4), R.randint(0, 20), R.randint(0, 9), sha1hex(), sha256hex(), ts(),
            V["shipped"].format(o=order_no("SO", 8), t=ups_1z()))
        return "log", txt

    def g():
        txt = '<?xml version="1.0" encoding="UTF-8"?>\n<export source="erp" generated="%s">\n  <order id="%s" uuid="%s">\n    <customerRef>CUST-%s</customerRef>\n    <total currency="EUR">%d.%02d</total>\n    <payment method="card" last4="%s" status="captured"/>\n    <note>%s</note>\n    <checksum algo="sha256">%s</checksum>\n  </order>\n</export>' % (
            ts(), order_no("PO", 9), ruuid(), rd(6), R.randint(20, 2000), R.randint(0, 99), _rs(4, DIG), V["xml_note"], sha256hex())
        return "xml", txt

    def h():
        txt = "%s\nPOST /oauth/token HTTP/1.1\nHost: api.%s\nContent-Type: application/x-www-form-urlencoded\nAuthorization: Basic ***REDACTED***\n\ngrant_type=client_credentials&scope=orders.read\n\nHTTP/1.1 429 Too Many Requests\nRetry-After: 30\nX-RateLimit-Limit: 600\nX-Request-Id: %s\nETag: W/\"%s\"" % (
            V["har"], V["tld"], ruuid(), hexs(16))
        return "har", txt

    return [a, b, c, d, e, f, g, h]


def build_localized(langs):
    for k, (L, V) in enumerate(langs):
        st = _sec_templates(L, V)
        it = _inn_templates(L, V)
        for j in range(V.get("nt", 4 if k % 4 == 0 else 3)):
            sub, txt, sec = st[(k + j * 3) % 8]()
            S(L, sub, txt, sec)
        for j in range(V.get("nt", 4 if k % 4 == 0 else 3)):
            sub, txt = it[(k * 5 + j * 3 + 1) % 8]()
            I(L, sub, txt)


# ----------------------------------------------------------------- per-language vocabulary
INV_EN = ("INVOICE", "VAT no.", "Bank account", "Invoice no.")
LANGS = [
    ("de", dict(names=["Jonas Weber", "Sabine Krüger", "Lukas Hoffmann"], idf=steuer_id, idn="Steuer-ID", cust="Kunde", delim=";",
                export="Export aus dem CRM ({x}), bitte Dubletten prüfen:", cfg="Produktivkonfiguration – nicht ins Repo einchecken", form="Kontaktformular Kundenkonto",
                pw="Passwort", pin="PIN", say_code="Ihr Bestätigungscode lautet {c}. Gültig für 10 Minuten.", mobile="+49 15# #######",
                har="Mitschnitt aus den DevTools (HAR, gekürzt):", tld="beispielhandel.de", say_pw="hab das WLAN-Passwort geändert, neu ist {p} – trag das bitte im Router-Inventar ein",
                ack="Alles klar, ich speichere es im Tresor.", cols=("Bestellnr.", "Datum", "Betrag"), example="Vorlage: Werte sind Platzhalter, echte Zugangsdaten kommen aus dem Vault",
                pol="Passwort muss mindestens {n} Zeichen lang sein", err="Benutzername oder Passwort falsch. Bitte erneut versuchen.", iban_cc="DE",
                company="Brandt & Söhne Maschinenbau GmbH, Industriestr. 12, 70565 Stuttgart", inv=("RECHNUNG", "USt-IdNr.", "IBAN", "Rechnungsnr."), vatf=ust_de,
                phone="+49 711 7840 0", manual="Bedienungsanleitung, Abschnitt 4.2: Die werkseitige PIN lautet {p}. Ändern Sie die PIN nach der Ersteinrichtung.",
                shipped="Bestellung {o} wurde versendet, Sendungsnummer {t}", xml_note="Lieferung an Packstation, Kunde informiert")),
    ("fr", dict(names=["Camille Laurent", "Julien Moreau", "Élodie Fabre"], idf=nir_fr, idn="n° sécu", cust="client", delim=";",
                export="Extraction CRM ({x}) à dédoublonner :", cfg="config prod — ne pas committer", form="Formulaire d'ouverture de compte",
                pw="mot_de_passe", pin="code_pin", say_code="Votre code de vérification est {c}. Ne le communiquez à personne.", mobile="+33 6 ## ## ## ##",
                har="Trace réseau exportée (HAR, extrait) :", tld="boutique-exemple.fr", say_pw="le mdp de la box c'est {p}, tu peux le noter dans le coffre ?",
                ack="C'est noté, je l'enregistre dans le coffre.", cols=("n° commande", "date", "montant"), example="Modèle : valeurs fictives, les vrais identifiants sont dans le coffre-fort",
                pol="Le mot de passe doit contenir au moins {n} caractères", err="Identifiant ou mot de passe incorrect.", iban_cc="FR",
                company="Atelier Gaudin SARL, 14 rue des Tanneurs, 69002 Lyon", inv=("FACTURE", "N° TVA intracom.", "IBAN", "Facture n°"), vatf=lambda: tva_fr(siren_fr()),
                phone="+33 4 78 42 15 60", manual="Guide d'installation p. 7 : le code PIN par défaut est {p}. Modifiez-le dès la première utilisation.",
                shipped="Commande {o} expédiée, numéro de suivi {t}", xml_note="Livraison en point relais")),
    ("es", dict(names=["Lucía Fernández", "Javier Ortega", "Marta Ruiz"], idf=dni_es, idn="DNI", cust="cliente", delim=";",
                export="Exportación del CRM ({x}), revisar duplicados:", cfg="configuración de producción, no subir al repo", form="Formulario de alta de cliente",
                pw="contraseña", pin="pin", say_code="Tu código de verificación es {c}. No lo compartas con nadie.", mobile="+34 6## ### ###",
                har="Captura de red exportada (HAR, recortada):", tld="tienda-ejemplo.es", say_pw="oye, la contraseña nueva del correo es {p}, guárdala tú que yo la pierdo",
                ack="Vale, la guardo en la bóveda.", cols=("nº pedido", "fecha", "importe"), example="Plantilla: valores de ejemplo, las credenciales reales van en el gestor",
                pol="La contraseña debe tener al menos {n} caracteres", err="Usuario o contraseña incorrectos.", iban_cc="ES",
                company="Distribuciones Levante S.L., C/ Colón 22, 46004 Valencia", inv=("FACTURA", "CIF", "Cuenta bancaria", "Nº factura"), vatf=lambda: "B" + rd(8),
                phone="+34 963 52 14 80", manual="Manual de usuario, apartado 3: el PIN de fábrica es {p}. Cámbielo tras la primera configuración.",
                shipped="Pedido {o} enviado, número de seguimiento {t}", xml_note="Entregar en horario de mañana")),
    ("pt", dict(names=["Ana Beatriz Souza", "Rafael Oliveira", "Thiago Martins"], idf=cpf, idn="CPF", cust="cliente", delim=";",
                export="Exportação do CRM ({x}), conferir duplicados:", cfg="config de produção, não comitar", form="Cadastro de cliente",
                pw="senha", pin="pin", say_code="Seu código de verificação é {c}. Não compartilhe com ninguém.", mobile="+55 11 9####-####", card="elo",
                har="Captura de rede exportada (HAR, resumida):", tld="lojaexemplo.com.br", say_pw="a senha nova do internet banking é {p}, salva aí pra mim",
                ack="Beleza, vou salvar no cofre.", cols=("pedido", "data", "valor"), example="Modelo: valores fictícios, credenciais reais ficam no cofre",
                pol="A senha deve ter no mínimo {n} caracteres", err="Usuário ou senha inválidos.", iban_cc="PT",
                company="Comercial Ipiranga Ltda., Av. Paulista 1000, São Paulo - SP", inv=("NOTA FISCAL", "CNPJ", "Conta", "NF nº"), vatf=cnpj,
                phone="+55 11 3040-2200", manual="Manual do usuário, item 5: a senha padrão de fábrica é {p}. Altere após a instalação.",
                shipped="Pedido {o} despachado, código de rastreio {t}", xml_note="Entregar na portaria")),
    ("it", dict(names=["Giulia Romano", "Marco Esposito", "Chiara Bianchi"], idf=codice_fiscale, idn="codice fiscale", cust="cliente", delim=";",
                export="Estrazione dal CRM ({x}), controllare i doppioni:", cfg="configurazione di produzione, non committare", form="Modulo registrazione cliente",
                pw="password", pin="pin", say_code="Il tuo codice di verifica è {c}. Non condividerlo con nessuno.", mobile="+39 3## ### ####",
                har="Traccia di rete esportata (HAR, ridotta):", tld="negozio-esempio.it", say_pw="la nuova password della PEC è {p}, segnatela tu",
                ack="Ok, la salvo nel vault.", cols=("n. ordine", "data", "importo"), example="Modello: valori di esempio, le credenziali vere stanno nel vault",
                pol="La password deve contenere almeno {n} caratteri", err="Nome utente o password errati.", iban_cc="IT",
                company="Ferramenta Colombo S.r.l., Via Roma 45, 20121 Milano", inv=("FATTURA", "P.IVA", "IBAN", "Fattura n."), vatf=lambda: "IT" + piva_it(),
                phone="+39 02 8645 3310", manual="Manuale d'uso, par. 2.4: il PIN predefinito di fabbrica è {p}. Modificarlo al primo avvio.",
                shipped="Ordine {o} spedito, tracking {t}", xml_note="Consegna al piano")),
    ("nl", dict(names=["Sanne de Vries", "Daan Bakker", "Lotte Janssen"], idf=bsn, idn="BSN", cust="klant", delim=";",
                export="Export uit het CRM ({x}), graag dubbelingen nakijken:", cfg="productieconfig, niet committen", form="Aanmeldformulier klantportaal",
                pw="wachtwoord", pin="pincode", say_code="Je verificatiecode is {c}. Deel deze code met niemand.", mobile="+31 6 ########",
                har="Netwerkopname (HAR, ingekort):", tld="voorbeeldwinkel.nl", say_pw="het nieuwe wachtwoord van de NAS is {p}, zet je het in de kluis?",
                ack="Komt goed, ik zet het in de kluis.", cols=("bestelnr", "datum", "bedrag"), example="Voorbeeld: dummywaarden, echte gegevens staan in de kluis",
                pol="Wachtwoord moet minimaal {n} tekens bevatten", err="Gebruikersnaam of wachtwoord onjuist.", iban_cc="NL",
                company="Van Dijk Logistiek B.V., Havenweg 8, 3089 JB Rotterdam", inv=("FACTUUR", "Btw-nr.", "IBAN", "Factuurnr."), vatf=lambda: "NL" + rd(9) + "B01",
                phone="+31 10 294 3800", manual="Handleiding blz. 12: de standaard pincode af fabriek is {p}. Wijzig deze na installatie.",
                shipped="Bestelling {o} is verzonden, track & trace {t}", xml_note="Bij de buren afgeven")),
    ("pl", dict(names=["Katarzyna Nowak", "Piotr Wiśniewski", "Agnieszka Zając"], idf=pesel, idn="PESEL", cust="klient", delim=";",
                export="Eksport z CRM ({x}), sprawdzić duplikaty:", cfg="konfiguracja produkcyjna, nie commitować", form="Formularz rejestracji klienta",
                pw="hasło", pin="PIN", say_code="Twój kod weryfikacyjny to {c}. Nie podawaj go nikomu.", mobile="+48 5## ### ###",
                har="Zrzut ruchu sieciowego (HAR, skrócony):", tld="sklep-przyklad.pl", say_pw="nowe hasło do banku to {p}, zapisz gdzieś bezpiecznie",
                ack="Jasne, zapisuję w sejfie.", cols=("nr zamówienia", "data", "kwota"), example="Szablon: wartości przykładowe, prawdziwe dane w sejfie",
                pol="Hasło musi mieć co najmniej {n} znaków", err="Nieprawidłowy login lub hasło.", iban_cc="PL",
                company="Hurtownia Mazur Sp. z o.o., ul. Długa 15, 00-238 Warszawa", inv=("FAKTURA VAT", "NIP", "Nr rachunku", "Faktura nr"), vatf=nip_pl,
                phone="+48 22 635 41 20", manual="Instrukcja obsługi, rozdz. 3: fabryczny kod PIN to {p}. Zmień go po pierwszym uruchomieniu.",
                shipped="Zamówienie {o} zostało wysłane, numer przesyłki {t}", xml_note="Dostawa do paczkomatu")),
    ("cs", dict(names=["Tereza Dvořáková", "Jakub Novotný", "Petra Svobodová"], idf=rc_cz, idn="rodné číslo", cust="zákazník", delim=";",
                export="Export z CRM ({x}), zkontrolovat duplicity:", cfg="produkční konfigurace, necommitovat", form="Registrace zákazníka",
                pw="heslo", pin="PIN", say_code="Váš ověřovací kód je {c}. Nikomu ho nesdělujte.", mobile="+420 7## ### ###",
                har="Záznam síťové komunikace (HAR, zkrácený):", tld="obchod-priklad.cz", say_pw="nové heslo k datové schránce je {p}, ulož si ho",
                ack="Dobře, ukládám do trezoru.", cols=("č. objednávky", "datum", "částka"), example="Šablona: ukázkové hodnoty, skutečné údaje jsou v trezoru",
                pol="Heslo musí mít alespoň {n} znaků", err="Neplatné uživatelské jméno nebo heslo.", iban_cc="CZ",
                company="Strojírny Beneš s.r.o., Průmyslová 7, 602 00 Brno", inv=("FAKTURA", "DIČ", "IBAN", "Faktura č."), vatf=lambda: "CZ" + rd(8),
                phone="+420 543 210 900", manual="Návod k obsluze, kap. 2: výchozí tovární PIN je {p}. Po instalaci jej změňte.",
                shipped="Objednávka {o} byla odeslána, číslo zásilky {t}", xml_note="Doručit na výdejní místo")),
    ("sv", dict(names=["Elin Lindqvist", "Oskar Berg", "Maja Nyström"], idf=personnummer_se, idn="personnummer", cust="kund", delim=";",
                export="Export från CRM ({x}), kolla dubbletter:", cfg="produktionskonfig, checka inte in", form="Registrering kundkonto",
                pw="lösenord", pin="pinkod", say_code="Din verifieringskod är {c}. Dela den inte med någon.", mobile="+46 70 ### ## ##",
                har="Nätverksinspelning (HAR, förkortad):", tld="exempelbutik.se", say_pw="nya lösenordet till routern är {p}, lägg in det i valvet",
                ack="Okej, jag sparar det i valvet.", cols=("ordernr", "datum", "belopp"), example="Mall: exempelvärden, riktiga uppgifter finns i valvet",
                pol="Lösenordet måste vara minst {n} tecken", err="Fel användarnamn eller lösenord.", iban_cc="SE",
                company="Nordström Verktyg AB, Industrigatan 4, 412 50 Göteborg", inv=("FAKTURA", "Momsreg.nr", "IBAN", "Fakturanr"), vatf=lambda: "SE" + rd(10) + "01",
                phone="+46 31 704 22 00", manual="Bruksanvisning s. 9: fabriksinställd pinkod är {p}. Byt pinkod efter installationen.",
                shipped="Order {o} har skickats, kollinummer {t}", xml_note="Lämnas hos ombud")),
    ("nb", dict(names=["Ingrid Haugen", "Henrik Solberg", "Kari Nilsen"], idf=fnr_no, idn="fødselsnummer", cust="kunde", delim=";",
                export="Eksport fra CRM ({x}), sjekk duplikater:", cfg="produksjonskonfig, ikke sjekk inn", form="Registrering kundekonto",
                pw="passord", pin="PIN-kode", say_code="Engangskoden din er {c}. Ikke del den med noen.", mobile="+47 9## ## ###",
                har="Nettverkslogg (HAR, forkortet):", tld="eksempelbutikk.no", say_pw="nytt passord til BankID er {p}, kan du lagre det?",
                ack="Greit, jeg lagrer det i hvelvet.", cols=("ordrenr", "dato", "beløp"), example="Mal: eksempelverdier, ekte opplysninger ligger i hvelvet",
                pol="Passordet må ha minst {n} tegn", err="Feil brukernavn eller passord.", iban_cc="NO",
                company="Fjord Elektro AS, Strandgata 20, 5013 Bergen", inv=("FAKTURA", "Org.nr.", "Kontonr.", "Fakturanr."), vatf=lambda: "NO " + rd(9) + " MVA",
                phone="+47 55 30 40 00", manual="Brukerveiledning, kap. 3: standard PIN-kode fra fabrikk er {p}. Endre den etter oppsett.",
                shipped="Ordre {o} er sendt, sporingsnummer {t}", xml_note="Leveres i postkassen")),
    ("da", dict(names=["Mette Rasmussen", "Frederik Lund", "Sofie Kjær"], idf=cpr_dk, idn="CPR-nr.", cust="kunde", delim=";",
                export="Udtræk fra CRM ({x}), tjek dubletter:", cfg="produktionskonfiguration, må ikke committes", form="Oprettelse af kundekonto",
                pw="adgangskode", pin="pinkode", say_code="Din bekræftelseskode er {c}. Del den ikke med nogen.", mobile="+45 ## ## ## ##",
                har="Netværksoptagelse (HAR, forkortet):", tld="eksempelbutik.dk", say_pw="ny adgangskode til e-Boks er {p}, gem den lige for mig",
                ack="Fint, jeg gemmer den i boksen.", cols=("ordrenr.", "dato", "beløb"), example="Skabelon: eksempelværdier, rigtige oplysninger ligger i boksen",
                pol="Adgangskoden skal være mindst {n} tegn", err="Forkert brugernavn eller adgangskode.", iban_cc="DK",
                company="Holm Møbler ApS, Vestergade 31, 8000 Aarhus C", inv=("FAKTURA", "CVR-nr.", "Kontonr.", "Fakturanr."), vatf=lambda: "DK" + rd(8),
                phone="+45 86 12 40 50", manual="Brugsanvisning side 6: fabriksindstillet pinkode er {p}. Skift den efter opsætning.",
                shipped="Ordre {o} er afsendt, pakkenummer {t}", xml_note="Stilles ved døren")),
    ("fi", dict(names=["Aino Virtanen", "Mikko Korhonen", "Laura Mäkinen"], idf=hetu_fi, idn="henkilötunnus", cust="asiakas", delim=";",
                export="Vienti CRM:stä ({x}), tarkista tuplat:", cfg="tuotantokonfiguraatio, älä commitoi", form="Asiakastilin rekisteröinti",
                pw="salasana", pin="PIN-koodi", say_code="Vahvistuskoodisi on {c}. Älä kerro sitä kenellekään.", mobile="+358 40 ### ####",
                har="Verkkoliikenteen tallenne (HAR, lyhennetty):", tld="esimerkkikauppa.fi", say_pw="uusi salasana verkkopankkiin on {p}, tallennatko sen?",
                ack="Selvä, tallennan sen holviin.", cols=("tilausnro", "pvm", "summa"), example="Pohja: esimerkkiarvoja, oikeat tunnukset ovat holvissa",
                pol="Salasanan on oltava vähintään {n} merkkiä", err="Virheellinen käyttäjätunnus tai salasana.", iban_cc="FI",
                company="Järvinen Rakennus Oy, Teollisuuskatu 5, 00510 Helsinki", inv=("LASKU", "Y-tunnus", "IBAN", "Laskun nro"), vatf=lambda: rd(7) + "-" + _rs(1, DIG),
                phone="+358 9 4289 1100", manual="Käyttöohje s. 4: tehtaan oletus-PIN on {p}. Vaihda se käyttöönoton jälkeen.",
                shipped="Tilaus {o} on lähetetty, seurantatunnus {t}", xml_note="Toimitus noutopisteeseen")),
    ("tr", dict(names=["Elif Yılmaz", "Mehmet Demir", "Zeynep Kaya"], idf=tckn, idn="TC Kimlik No", cust="müşteri", delim=";",
                export="CRM dışa aktarımı ({x}), mükerrer kayıtları kontrol et:", cfg="canlı ortam ayarları, repoya atma", form="Müşteri kayıt formu",
                pw="şifre", pin="pin", say_code="Doğrulama kodunuz {c}. Kimseyle paylaşmayınız.", mobile="+90 5## ### ## ##", card="troy",
                har="Ağ kaydı (HAR, kısaltılmış):", tld="ornekmagaza.com.tr", say_pw="modemin yeni şifresi {p}, kasaya kaydeder misin",
                ack="Tamamdır, kasaya kaydediyorum.", cols=("sipariş no", "tarih", "tutar"), example="Şablon: örnek değerler, gerçek bilgiler kasada",
                pol="Şifre en az {n} karakter olmalıdır", err="Kullanıcı adı veya şifre hatalı.", iban_cc="TR",
                company="Anadolu Tekstil San. ve Tic. A.Ş., Organize Sanayi Bölgesi, Bursa", inv=("FATURA", "Vergi No", "IBAN", "Fatura No"), vatf=vkn_tr,
                phone="+90 224 243 10 00", manual="Kullanım kılavuzu, bölüm 2: fabrika çıkışı PIN {p}. Kurulumdan sonra değiştiriniz.",
                shipped="{o} numaralı siparişiniz kargoya verildi, takip no {t}", xml_note="Kapıya bırakılsın")),
    ("ru", dict(names=["Анна Смирнова", "Дмитрий Иванов", "Ольга Кузнецова"], idf=snils, idn="СНИЛС", cust="клиент", delim=";",
                export="Выгрузка из CRM ({x}), проверить дубли:", cfg="боевой конфиг, не коммитить", form="Анкета клиента",
                pw="пароль", pin="пин-код", say_code="Код подтверждения: {c}. Никому не сообщайте этот код.", mobile="+7 9## ###-##-##", card="mir",
                har="Дамп сетевых запросов (HAR, сокращённо):", tld="primer-magazin.ru", say_pw="новый пароль от госуслуг {p}, сохрани его пожалуйста",
                ack="Хорошо, сохраняю в хранилище.", cols=("№ заказа", "дата", "сумма"), example="Шаблон: значения условные, реальные данные в хранилище",
                pol="Пароль должен содержать не менее {n} символов", err="Неверный логин или пароль.", iban_cc="DE",
                company="ООО «СеверСтрой», г. Санкт-Петербург, ул. Заводская, д. 3", inv=("СЧЁТ НА ОПЛАТУ", "ИНН", "Р/с (IBAN партнёра)", "Счёт №"), vatf=inn_ru_company,
                phone="+7 812 600-40-40", manual="Руководство пользователя, п. 3.1: заводской PIN-код {p}. Смените его после первой настройки.",
                shipped="Заказ {o} передан в доставку, трек-номер {t}", xml_note="Доставка до двери")),
    ("uk", dict(names=["Оксана Шевченко", "Андрій Коваленко", "Ірина Бондаренко"], idf=rnokpp_ua, idn="РНОКПП", cust="клієнт", delim=";",
                export="Вивантаження з CRM ({x}), перевірити дублікати:", cfg="бойовий конфіг, не комітити", form="Анкета клієнта",
                pw="пароль", pin="пін-код", say_code="Ваш код підтвердження: {c}. Нікому його не повідомляйте.", mobile="+380 67 ### ## ##",
                har="Запис мережевих запитів (HAR, скорочено):", tld="pryklad-magazyn.ua", say_pw="новий пароль до Дії {p}, збережи будь ласка",
                ack="Добре, зберігаю у сховищі.", cols=("№ замовлення", "дата", "сума"), example="Шаблон: умовні значення, справжні дані у сховищі",
                pol="Пароль має містити щонайменше {n} символів", err="Невірний логін або пароль.", iban_cc="UA",
                company="ТОВ «Агроплюс», м. Київ, вул. Хрещатик, 10", inv=("РАХУНОК", "ЄДРПОУ", "IBAN", "Рахунок №"), vatf=lambda: rd(8),
                phone="+380 44 590 10 10", manual="Інструкція, розділ 2: заводський PIN-код {p}. Змініть його після налаштування.",
                shipped="Замовлення {o} відправлено, номер ТТН {t}", xml_note="Доставка у відділення")),
    ("el", dict(names=["Μαρία Παπαδοπούλου", "Γιώργος Νικολάου", "Ελένη Γεωργίου"], idf=amka_gr, idn="ΑΜΚΑ", cust="πελάτης", delim=";",
                export="Εξαγωγή από το CRM ({x}), έλεγχος διπλοεγγραφών:", cfg="ρυθμίσεις παραγωγής, όχι commit", form="Φόρμα εγγραφής πελάτη",
                pw="κωδικός", pin="PIN", say_code="Ο κωδικός επαλήθευσης είναι {c}. Μην τον μοιραστείτε.", mobile="+30 69# ### ####",
                har="Καταγραφή δικτύου (HAR, συντομευμένη):", tld="paradeigma-shop.gr", say_pw="ο νέος κωδικός για το taxisnet είναι {p}, κράτα τον",
                ack="Εντάξει, τον αποθηκεύω στο θησαυροφυλάκιο.", cols=("αρ. παραγγελίας", "ημερομηνία", "ποσό"), example="Πρότυπο: ενδεικτικές τιμές, τα πραγματικά στοιχεία είναι στο vault",
                pol="Ο κωδικός πρέπει να έχει τουλάχιστον {n} χαρακτήρες", err="Λάθος όνομα χρήστη ή κωδικός.", iban_cc="GR",
                company="Αφοί Καραγιάννη Α.Ε., Λεωφ. Συγγρού 120, Αθήνα", inv=("ΤΙΜΟΛΟΓΙΟ", "ΑΦΜ", "IBAN", "Αρ. τιμολογίου"), vatf=lambda: "EL" + rd(9),
                phone="+30 210 924 5000", manual="Εγχειρίδιο, ενότητα 2: το εργοστασιακό PIN είναι {p}. Αλλάξτε το μετά την εγκατάσταση.",
                shipped="Η παραγγελία {o} απεστάλη, αριθμός αποστολής {t}", xml_note="Παράδοση σε θυρίδα")),
    ("ar", dict(names=["محمد العتيبي", "نورة القحطاني", "عبدالله الشمري"], idf=saudi_id, idn="رقم الهوية", cust="العميل", delim=",",
                export="تصدير من نظام CRM ({x})، يرجى مراجعة التكرار:", cfg="إعدادات بيئة الإنتاج - لا ترفعها للمستودع", form="نموذج تسجيل عميل",
                pw="كلمة_المرور", pin="الرقم_السري", say_code="رمز التحقق الخاص بك هو {c}. لا تشاركه مع أحد.", digits="ar", mobile="+966 5# ### ####",
                har="سجل الشبكة (HAR، مختصر):", tld="mithal-store.sa", say_pw="كلمة السر الجديدة للإيميل {p} احفظها عندك", 
                ack="تمام، سأحفظها في الخزنة.", cols=("رقم الطلب", "التاريخ", "المبلغ"), example="قالب: قيم تجريبية، البيانات الحقيقية في الخزنة",
                pol="يجب ألا تقل كلمة المرور عن {n} أحرف", err="اسم المستخدم أو كلمة المرور غير صحيحة.", iban_cc="SA",
                company="شركة الأفق للتجارة المحدودة، طريق الملك فهد، الرياض", inv=("فاتورة ضريبية", "الرقم الضريبي", "الآيبان", "رقم الفاتورة"), vatf=lambda: "3" + rd(13) + "3",
                phone="+966 11 460 2200", manual="دليل المستخدم، القسم 3: الرقم السري الافتراضي من المصنع هو {p}. يرجى تغييره بعد الإعداد.",
                shipped="تم شحن الطلب {o}، رقم التتبع {t}", xml_note="التوصيل مساءً")),
    ("he", dict(names=["נועה כהן", "איתי לוי", "שירה מזרחי"], idf=il_id, idn="ת.ז.", cust="לקוח", delim=",",
                export="ייצוא מה-CRM ({x}), לבדוק כפילויות:", cfg="קונפיגורציית פרודקשן, לא לעשות קומיט", form="טופס הרשמת לקוח",
                pw="סיסמה", pin="קוד_סודי", say_code="קוד האימות שלך הוא {c}. אין למסור אותו לאף אחד.", mobile="+972 5#-###-####",
                har="הקלטת רשת (HAR, מקוצר):", tld="dugma-shop.co.il", say_pw="הסיסמה החדשה לבנק היא {p}, תשמור לי אותה",
                ack="בסדר, שומר בכספת.", cols=("מס' הזמנה", "תאריך", "סכום"), example="תבנית: ערכים לדוגמה, הנתונים האמיתיים בכספת",
                pol="הסיסמה חייבת להכיל לפחות {n} תווים", err="שם משתמש או סיסמה שגויים.", iban_cc="IL",
                company="אלקטרו-דן בע\"מ, רח' הברזל 30, תל אביב", inv=("חשבונית מס", "ח.פ.", "IBAN", "מס' חשבונית"), vatf=lambda: "51" + rd(7),
                phone="+972 3-644-2200", manual="מדריך למשתמש, סעיף 2: קוד ה-PIN המוגדר מהיצרן הוא {p}. יש לשנותו לאחר ההתקנה.",
                shipped="הזמנה {o} נשלחה, מספר מעקב {t}", xml_note="להשאיר אצל השומר")),
    ("fa", dict(names=["سارا محمدی", "علی رضایی", "مریم احمدی"], idf=ir_code, idn="کد ملی", cust="مشتری", delim=",",
                export="خروجی CRM ({x})، تکراری‌ها بررسی شود:", cfg="تنظیمات محیط عملیاتی، کامیت نشود", form="فرم ثبت‌نام مشتری",
                pw="رمز_عبور", pin="رمز_دوم", say_code="کد تأیید شما: {c}. این کد را در اختیار دیگران قرار ندهید.", digits="fa", mobile="+98 912 ### ####",
                har="ضبط ترافیک شبکه (HAR، خلاصه):", tld="nemoone-shop.ir", say_pw="رمز جدید ایمیلم {p} هست، برام نگهش دار",
                ack="باشه، در گاوصندوق ذخیره می‌کنم.", cols=("شماره سفارش", "تاریخ", "مبلغ"), example="قالب: مقادیر نمونه، اطلاعات واقعی در گاوصندوق است",
                pol="رمز عبور باید حداقل {n} کاراکتر باشد", err="نام کاربری یا رمز عبور اشتباه است.", iban_cc="IR",
                company="شرکت پارس صنعت، تهران، خیابان آزادی، پلاک ۲۱۰", inv=("صورتحساب", "شناسه ملی", "شبا", "شماره فاکتور"), vatf=lambda: "10" + rd(9),
                phone="+98 21 6602 3300", manual="دفترچه راهنما، بخش ۲: رمز پیش‌فرض کارخانه {p} است. پس از راه‌اندازی تغییر دهید.",
                shipped="سفارش {o} ارسال شد، کد رهگیری {t}", xml_note="تحویل در ساعات اداری")),
    ("ur", dict(names=["عائشہ خان", "محمد عمران", "فاطمہ بٹ"], idf=cnic_pk, idn="شناختی کارڈ نمبر", cust="گاہک", delim=",",
                export="CRM سے ایکسپورٹ ({x})، ڈپلیکیٹ چیک کریں:", cfg="پروڈکشن کنفیگ، کمٹ نہ کریں", form="کسٹمر رجسٹریشن فارم",
                pw="پاس_ورڈ", pin="پن", say_code="آپ کا تصدیقی کوڈ {c} ہے۔ یہ کوڈ کسی کو نہ بتائیں۔", digits="fa", mobile="+92 3## #######",
                har="نیٹ ورک ریکارڈنگ (HAR، مختصر):", tld="misal-store.pk", say_pw="میرا نیا پاس ورڈ {p} ہے، اسے محفوظ کر لیں",
                ack="ٹھیک ہے، والٹ میں محفوظ کر رہا ہوں۔", cols=("آرڈر نمبر", "تاریخ", "رقم"), example="ٹیمپلیٹ: فرضی اقدار، اصل معلومات والٹ میں ہیں",
                pol="پاس ورڈ کم از کم {n} حروف کا ہونا چاہیے", err="صارف نام یا پاس ورڈ غلط ہے۔", iban_cc="PK",
                company="الفلاح ٹریڈرز (پرائیویٹ) لمیٹڈ، شاہراہ فیصل، کراچی", inv=("انوائس", "NTN", "IBAN", "انوائس نمبر"), vatf=lambda: rd(7) + "-" + _rs(1, DIG),
                phone="+92 21 3453 1200", manual="صارف گائیڈ، حصہ 2: فیکٹری ڈیفالٹ پن {p} ہے۔ سیٹ اپ کے بعد تبدیل کریں۔",
                shipped="آرڈر {o} روانہ کر دیا گیا، ٹریکنگ نمبر {t}", xml_note="شام کو ڈیلیوری")),
    ("hi", dict(names=["प्रिया शर्मा", "राहुल वर्मा", "अनीता गुप्ता"], idf=aadhaar, idn="आधार संख्या", cust="ग्राहक", delim=",",
                export="CRM से निर्यात ({x}), डुप्लिकेट जाँचें:", cfg="प्रोडक्शन कॉन्फ़िग, कमिट न करें", form="ग्राहक पंजीकरण फ़ॉर्म",
                pw="पासवर्ड", pin="पिन", say_code="आपका सत्यापन कोड {c} है। इसे किसी के साथ साझा न करें।", digits="hi", mobile="+91 9#### #####", card="rupay",
                har="नेटवर्क रिकॉर्डिंग (HAR, संक्षिप्त):", tld="udaharan-store.in", say_pw="मेरा नया ईमेल पासवर्ड {p} है, इसे सेव कर दो",
                ack="ठीक है, मैं इसे तिजोरी में सेव कर रहा हूँ।", cols=("ऑर्डर सं.", "दिनांक", "राशि"), example="टेम्पलेट: नमूना मान, असली जानकारी वॉल्ट में है",
                pol="पासवर्ड कम से कम {n} अक्षरों का होना चाहिए", err="उपयोगकर्ता नाम या पासवर्ड गलत है।", iban_cc="DE",
                company="श्री गणेश ट्रेडर्स प्रा. लि., एमजी रोड, पुणे", inv=("टैक्स इनवॉइस", "GSTIN", "खाता (IBAN, निर्यात)", "इनवॉइस सं."), vatf=gstin_in,
                phone="+91 20 2612 4400", manual="उपयोगकर्ता पुस्तिका, भाग 2: फ़ैक्टरी डिफ़ॉल्ट पिन {p} है। सेटअप के बाद इसे बदलें।",
                shipped="ऑर्डर {o} भेज दिया गया है, ट्रैकिंग नंबर {t}", xml_note="शाम को डिलीवरी करें")),
    ("bn", dict(names=["সুমাইয়া রহমান", "তানভীর হাসান", "নুসরাত জাহান"], idf=bd_nid, idn="এনআইডি নম্বর", cust="গ্রাহক", delim=",",
                export="CRM থেকে এক্সপোর্ট ({x}), ডুপ্লিকেট দেখুন:", cfg="প্রোডাকশন কনফিগ, কমিট করবেন না", form="গ্রাহক নিবন্ধন ফর্ম",
                pw="পাসওয়ার্ড", pin="পিন", say_code="আপনার যাচাই কোড {c}। কাউকে জানাবেন না।", digits="bn", mobile="+880 17## ######",
                har="নেটওয়ার্ক রেকর্ডিং (HAR, সংক্ষিপ্ত):", tld="udahoron-shop.com.bd", say_pw="বিকাশের নতুন পাসওয়ার্ড {p}, একটু সেভ করে রাখো",
                ack="ঠিক আছে, ভল্টে রাখছি।", cols=("অর্ডার নং", "তারিখ", "পরিমাণ"), example="টেমপ্লেট: নমুনা মান, আসল তথ্য ভল্টে আছে",
                pol="পাসওয়ার্ড কমপক্ষে {n} অক্ষরের হতে হবে", err="ব্যবহারকারীর নাম বা পাসওয়ার্ড ভুল।", iban_cc="DE",
                company="মেসার্স করিম এন্টারপ্রাইজ, মতিঝিল, ঢাকা", inv=("চালান", "BIN", "ব্যাংক হিসাব (IBAN)", "চালান নং"), vatf=lambda: rd(9) + "-0101",
                phone="+880 2 955 1234", manual="ব্যবহার নির্দেশিকা, অংশ ২: ফ্যাক্টরি ডিফল্ট পিন {p}। সেটআপের পরে পরিবর্তন করুন।",
                shipped="অর্ডার {o} পাঠানো হয়েছে, ট্র্যাকিং নম্বর {t}", xml_note="বিকেলে ডেলিভারি")),
    ("ta", dict(names=["கவிதா சுப்ரமணியம்", "அருண் குமார்", "மீனா ராஜேஷ்"], idf=aadhaar, idn="ஆதார் எண்", cust="வாடிக்கையாளர்", delim=",",
                export="CRM ஏற்றுமதி ({x}), நகல்களைச் சரிபார்க்கவும்:", cfg="production அமைப்பு, commit செய்ய வேண்டாம்", form="வாடிக்கையாளர் பதிவு படிவம்",
                pw="கடவுச்சொல்", pin="பின்", say_code="உங்கள் சரிபார்ப்பு குறியீடு {c}. யாரிடமும் பகிர வேண்டாம்.", mobile="+91 9#### #####", card="rupay",
                har="நெட்வொர்க் பதிவு (HAR, சுருக்கம்):", tld="udharanam-kadai.in", say_pw="புது கடவுச்சொல் {p}, இதை சேமித்து வை",
                ack="சரி, பெட்டகத்தில் சேமிக்கிறேன்.", cols=("ஆர்டர் எண்", "தேதி", "தொகை"), example="வார்ப்புரு: மாதிரி மதிப்புகள், உண்மையானவை vault-இல்",
                pol="கடவுச்சொல் குறைந்தது {n} எழுத்துகள் இருக்க வேண்டும்", err="பயனர்பெயர் அல்லது கடவுச்சொல் தவறு.", iban_cc="DE",
                company="முருகன் டெக்ஸ்டைல்ஸ் பிரைவேட் லிமிடெட், திருப்பூர்", inv=("வரி விலைப்பட்டியல்", "GSTIN", "வங்கி (IBAN)", "விலைப்பட்டியல் எண்"), vatf=gstin_in,
                phone="+91 421 223 4500", manual="பயனர் கையேடு, பகுதி 2: தொழிற்சாலை இயல்புநிலை பின் {p}. அமைத்த பிறகு மாற்றவும்.",
                shipped="ஆர்டர் {o} அனுப்பப்பட்டது, கண்காணிப்பு எண் {t}", xml_note="மாலையில் டெலிவரி")),
    ("th", dict(names=["สมศรี ใจดี", "ธนากร ศรีสุข", "พิมพ์ชนก วงศ์ทอง"], idf=thai_id, idn="เลขบัตรประชาชน", cust="ลูกค้า", delim=",",
                export="ส่งออกจาก CRM ({x}) ตรวจสอบข้อมูลซ้ำ:", cfg="ค่าคอนฟิก production ห้าม commit", form="แบบฟอร์มสมัครสมาชิก",
                pw="รหัสผ่าน", pin="รหัส_PIN", say_code="รหัส OTP ของคุณคือ {c} ห้ามบอกรหัสนี้แก่ผู้อื่น", digits="th", mobile="+66 8# ### ####",
                har="บันทึกเครือข่าย (HAR, ย่อ):", tld="tuayang-shop.co.th", say_pw="รหัสผ่านใหม่ของแอปธนาคารคือ {p} ช่วยเก็บไว้ให้หน่อย",
                ack="ได้เลย จะเก็บไว้ในตู้เซฟ", cols=("เลขที่คำสั่งซื้อ", "วันที่", "ยอดเงิน"), example="เทมเพลต: ค่าตัวอย่าง ข้อมูลจริงอยู่ใน vault",
                pol="รหัสผ่านต้องมีอย่างน้อย {n} ตัวอักษร", err="ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", iban_cc="DE",
                company="บริษัท สยามเทรดดิ้ง จำกัด ถนนสุขุมวิท กรุงเทพฯ", inv=("ใบกำกับภาษี", "เลขประจำตัวผู้เสียภาษี", "บัญชี (IBAN)", "เลขที่"), vatf=lambda: "0105" + rd(9),
                phone="+66 2 259 4400", manual="คู่มือการใช้งาน หัวข้อ 2: รหัส PIN เริ่มต้นจากโรงงานคือ {p} กรุณาเปลี่ยนหลังติดตั้ง",
                shipped="คำสั่งซื้อ {o} จัดส่งแล้ว เลขพัสดุ {t}", xml_note="ส่งช่วงเย็น")),
    ("vi", dict(names=["Nguyễn Thị Lan", "Trần Văn Minh", "Phạm Thu Hà"], idf=cccd_vn, idn="số CCCD", cust="khách hàng", delim=",",
                export="Xuất dữ liệu từ CRM ({x}), kiểm tra trùng lặp:", cfg="cấu hình production, không commit", form="Biểu mẫu đăng ký khách hàng",
                pw="mật_khẩu", pin="mã_pin", say_code="Mã xác thực của bạn là {c}. Không chia sẻ mã này cho bất kỳ ai.", mobile="+84 9# ### ## ##",
                har="Bản ghi mạng (HAR, rút gọn):", tld="cuahang-vidu.vn", say_pw="mật khẩu mới của tài khoản ngân hàng là {p}, lưu giúp mình nhé",
                ack="Được, mình lưu vào két.", cols=("mã đơn", "ngày", "số tiền"), example="Mẫu: giá trị ví dụ, thông tin thật nằm trong vault",
                pol="Mật khẩu phải có ít nhất {n} ký tự", err="Tên đăng nhập hoặc mật khẩu không đúng.", iban_cc="DE",
                company="Công ty TNHH Thương mại Sao Việt, Quận 1, TP. Hồ Chí Minh", inv=("HÓA ĐƠN GTGT", "MST", "Tài khoản (IBAN)", "Số hóa đơn"), vatf=lambda: "03" + rd(8),
                phone="+84 28 3822 4400", manual="Hướng dẫn sử dụng, mục 2: mã PIN mặc định của nhà sản xuất là {p}. Hãy đổi sau khi cài đặt.",
                shipped="Đơn hàng {o} đã được giao cho đơn vị vận chuyển, mã vận đơn {t}", xml_note="Giao giờ hành chính")),
    ("id", dict(names=["Siti Rahmawati", "Budi Santoso", "Dewi Lestari"], idf=nik_id, idn="NIK", cust="pelanggan", delim=",",
                export="Ekspor dari CRM ({x}), cek data ganda:", cfg="konfigurasi produksi, jangan di-commit", form="Formulir pendaftaran pelanggan",
                pw="kata_sandi", pin="PIN", say_code="Kode verifikasi Anda {c}. JANGAN berikan kode ini kepada siapa pun.", mobile="+62 812-####-####",
                har="Rekaman jaringan (HAR, dipersingkat):", tld="tokocontoh.co.id", say_pw="password baru m-banking aku {p}, tolong simpenin ya",
                ack="Oke, aku simpan di brankas.", cols=("no pesanan", "tanggal", "jumlah"), example="Templat: nilai contoh, data asli ada di vault",
                pol="Kata sandi minimal {n} karakter", err="Nama pengguna atau kata sandi salah.", iban_cc="DE",
                company="PT Sumber Makmur Abadi, Jl. Sudirman Kav. 21, Jakarta", inv=("FAKTUR", "NPWP", "Rekening (IBAN)", "No. Faktur"), vatf=lambda: "01.%s.%s.%s-%s.000" % (rd(3), rd(3), rd(1), rd(3)),
                phone="+62 21 520 4400", manual="Buku panduan, bagian 2: PIN bawaan pabrik adalah {p}. Segera ganti setelah pemasangan.",
                shipped="Pesanan {o} sudah dikirim, nomor resi {t}", xml_note="Titip di satpam")),
    ("ms", dict(names=["Nurul Aisyah binti Ahmad", "Muhammad Faiz bin Ismail", "Tan Mei Ling"], idf=mykad, idn="No. MyKad", cust="pelanggan", delim=",",
                export="Eksport daripada CRM ({x}), semak pendua:", cfg="konfigurasi produksi, jangan commit", form="Borang pendaftaran pelanggan",
                pw="kata_laluan", pin="PIN", say_code="Kod pengesahan anda ialah {c}. Jangan kongsi dengan sesiapa.", mobile="+60 1#-### ####",
                har="Rakaman rangkaian (HAR, ringkas):", tld="kedai-contoh.com.my", say_pw="kata laluan baru Maybank2u saya {p}, tolong simpan",
                ack="Baik, saya simpan dalam peti besi.", cols=("no pesanan", "tarikh", "jumlah"), example="Templat: nilai contoh, maklumat sebenar dalam vault",
                pol="Kata laluan mesti sekurang-kurangnya {n} aksara", err="Nama pengguna atau kata laluan salah.", iban_cc="DE",
                company="Syarikat Maju Jaya Sdn. Bhd., Jalan Ampang, Kuala Lumpur", inv=("INVOIS", "No. SST", "Akaun bank (IBAN)", "No. invois"), vatf=lambda: "W10-" + rd(4) + "-" + rd(8),
                phone="+60 3-2161 4400", manual="Manual pengguna, bahagian 2: PIN lalai kilang ialah {p}. Tukar selepas pemasangan.",
                shipped="Pesanan {o} telah dihantar, nombor penjejakan {t}", xml_note="Hantar waktu pejabat")),
    ("tl", dict(names=["Maria Clara Santos", "Jose Rizal Dela Cruz", "Angelica Reyes"], idf=sss_ph, idn="SSS No.", cust="customer", delim=",",
                export="Export mula sa CRM ({x}), pakicheck ang duplicates:", cfg="production config, huwag i-commit", form="Customer registration form",
                pw="password", pin="PIN", say_code="Ang iyong verification code ay {c}. Huwag itong ibigay kahit kanino.", mobile="+63 9## ### ####",
                har="Network recording (HAR, pinaikli):", tld="halimbawa-shop.ph", say_pw="yung bagong password ko sa GCash ay {p}, paki-save naman",
                ack="Sige, ise-save ko sa vault.", cols=("order no", "petsa", "halaga"), example="Template: halimbawang value lang, nasa vault ang totoong credentials",
                pol="Ang password ay dapat hindi bababa sa {n} characters", err="Mali ang username o password.", iban_cc="DE",
                company="Bayanihan Trading Corp., Ayala Ave., Makati City", inv=("SALES INVOICE", "TIN", "Bank (IBAN)", "Invoice No."), vatf=lambda: "%s-%s-%s-000" % (rd(3), rd(3), rd(3)),
                phone="+63 2 8812 4400", manual="User manual, bahagi 2: ang factory default PIN ay {p}. Palitan pagkatapos ng setup.",
                shipped="Naipadala na ang order {o}, tracking number {t}", xml_note="Iwan sa guard")),
    ("zh", dict(names=["王芳", "李强", "张伟"], idf=cn_id, idn="身份证号", cust="客户", delim=",",
                export="CRM 导出（{x}），请检查重复数据：", cfg="生产环境配置，请勿提交到仓库", form="客户注册表单",
                pw="密码", pin="支付密码", say_code="【某某银行】您的验证码为{c}，5分钟内有效，请勿泄露给他人。", mobile="+86 13# #### ####", card="unionpay",
                har="浏览器网络抓包（HAR，节选）：", tld="shili-shop.cn", say_pw="邮箱新密码是 {p}，帮我存一下",
                ack="好的，已存入保险库。", cols=("订单号", "日期", "金额"), example="模板：示例值，真实凭据在保险库中",
                pol="密码长度至少 {n} 位", err="用户名或密码错误。", iban_cc="DE",
                company="上海华东机械有限公司，上海市浦东新区张江路 88 号", inv=("增值税专用发票", "统一社会信用代码", "开户行账号 (IBAN)", "发票号码"), vatf=lambda: "91310" + rs(13, DIG + "ABCDEFGHJKLMNPQRTUWXY"),
                phone="+86 21 5080 4400", manual="用户手册第 2 节：出厂默认 PIN 为 {p}，首次使用后请修改。",
                shipped="订单 {o} 已发货，运单号 {t}", xml_note="工作日送货")),
    ("ja", dict(names=["佐藤 花子", "鈴木 一郎", "高橋 美咲"], idf=mynumber_jp, idn="マイナンバー", cust="顧客名", delim=",",
                export="CRM からのエクスポート（{x}）、重複確認お願いします：", cfg="本番環境の設定、コミット禁止", form="会員登録フォーム",
                pw="パスワード", pin="暗証番号", say_code="認証コードは{c}です。第三者に教えないでください。", digits="fw", mobile="+81 90-####-####", card="jcb",
                har="ネットワークログ（HAR、抜粋）：", tld="rei-shop.co.jp", say_pw="新しいメールのパスワードは {p} です、保管お願いします",
                ack="承知しました、金庫に保存します。", cols=("注文番号", "日付", "金額"), example="テンプレート：値はサンプル、本物は Vault で管理",
                pol="パスワードは{n}文字以上にしてください", err="ユーザー名またはパスワードが正しくありません。", iban_cc="DE",
                company="株式会社山田製作所 東京都大田区蒲田 1-2-3", inv=("請求書", "法人番号", "振込先 (IBAN)", "請求書番号"), vatf=corp_no_jp,
                phone="+81 3-5711-4400", manual="取扱説明書 4 ページ：工場出荷時の暗証番号は {p} です。設置後に変更してください。",
                shipped="ご注文 {o} を発送しました。お問い合わせ番号 {t}", xml_note="午前中配達希望")),
    ("ko", dict(names=["김민지", "이준호", "박서연"], idf=rrn_kr, idn="주민등록번호", cust="고객명", delim=",",
                export="CRM 내보내기 ({x}), 중복 확인 부탁:", cfg="운영 환경 설정, 커밋 금지", form="회원가입 양식",
                pw="비밀번호", pin="간편비밀번호", say_code="[Web발신] 인증번호 [{c}]를 입력해주세요. 타인에게 절대 알려주지 마세요.", mobile="+82 10-####-####",
                har="네트워크 기록 (HAR, 일부):", tld="yesi-shop.co.kr", say_pw="새 이메일 비밀번호 {p} 이거 저장해줘",
                ack="네, 금고에 저장할게요.", cols=("주문번호", "날짜", "금액"), example="템플릿: 예시 값, 실제 정보는 볼트에 있음",
                pol="비밀번호는 {n}자 이상이어야 합니다", err="아이디 또는 비밀번호가 일치하지 않습니다.", iban_cc="DE",
                company="(주)한빛전자, 서울특별시 강남구 테헤란로 152", inv=("세금계산서", "사업자등록번호", "계좌 (IBAN)", "계산서 번호"), vatf=brn_kr,
                phone="+82 2-555-4400", manual="사용 설명서 2장: 공장 초기 비밀번호는 {p} 입니다. 설치 후 변경하십시오.",
                shipped="주문 {o} 발송 완료, 운송장 번호 {t}", xml_note="부재 시 경비실")),
    ("sw", dict(names=["Amina Wanjiru", "Brian Otieno", "Grace Achieng"], idf=ke_id, idn="Nambari ya kitambulisho", cust="mteja", delim=",",
                export="Data kutoka CRM ({x}), angalia nakala mbili:", cfg="mipangilio ya production, usiweke kwenye repo", form="Fomu ya usajili wa mteja",
                pw="nenosiri", pin="PIN", say_code="Nambari yako ya uthibitisho ni {c}. Usimpe mtu yeyote.", mobile="+254 7## ######",
                har="Rekodi ya mtandao (HAR, kwa ufupi):", tld="duka-mfano.co.ke", say_pw="nenosiri jipya la email yangu ni {p}, tafadhali lihifadhi",
                ack="Sawa, nimelihifadhi kwenye kasha.", cols=("nambari ya oda", "tarehe", "kiasi"), example="Kiolezo: thamani za mfano, taarifa halisi ziko kwenye vault",
                pol="Nenosiri lazima liwe na angalau herufi {n}", err="Jina la mtumiaji au nenosiri si sahihi.", iban_cc="DE",
                company="Pwani Traders Ltd, Moi Avenue, Mombasa", inv=("ANKARA", "KRA PIN (kampuni)", "Akaunti (IBAN)", "Ankara Na."), vatf=lambda: "P05" + rd(7) + "K",
                phone="+254 20 222 4400", manual="Mwongozo wa mtumiaji, sehemu 2: PIN ya kiwandani ni {p}. Ibadilishe baada ya kusakinisha.",
                shipped="Oda {o} imetumwa, nambari ya ufuatiliaji {t}", xml_note="Peleka mchana")),
    ("ro", dict(names=["Andreea Popescu", "Mihai Ionescu", "Ioana Dumitrescu"], idf=cnp_ro, idn="CNP", cust="client", delim=";",
                export="Export din CRM ({x}), verificați dublurile:", cfg="configurație de producție, nu faceți commit", form="Formular înregistrare client",
                pw="parola", pin="PIN", say_code="Codul tău de verificare este {c}. Nu îl comunica nimănui.", mobile="+40 7## ### ###",
                har="Înregistrare de rețea (HAR, prescurtată):", tld="magazin-exemplu.ro", say_pw="parola nouă la internet banking e {p}, salveaz-o te rog",
                ack="Bine, o salvez în seif.", cols=("nr. comandă", "data", "suma"), example="Șablon: valori de exemplu, datele reale sunt în seif",
                pol="Parola trebuie să aibă cel puțin {n} caractere", err="Utilizator sau parolă greșită.", iban_cc="RO",
                company="Transilvania Metal SRL, Str. Fabricii 9, Cluj-Napoca", inv=("FACTURĂ", "CUI", "IBAN", "Factura nr."), vatf=lambda: "RO" + rd(8),
                phone="+40 264 450 200", manual="Manual de utilizare, cap. 2: PIN-ul implicit din fabrică este {p}. Schimbați-l după instalare.",
                shipped="Comanda {o} a fost expediată, AWB {t}", xml_note="Livrare la easybox")),
    ("hu", dict(names=["Nagy Eszter", "Kovács Bence", "Tóth Réka"], idf=taj_hu, idn="TAJ-szám", cust="ügyfél", delim=";",
                export="Exportálás a CRM-ből ({x}), duplikátumok ellenőrzése:", cfg="éles konfiguráció, ne commitold", form="Ügyfélregisztrációs űrlap",
                pw="jelszó", pin="PIN-kód", say_code="Az ellenőrző kódod: {c}. Ne add meg senkinek.", mobile="+36 30 ### ####",
                har="Hálózati napló (HAR, rövidítve):", tld="pelda-bolt.hu", say_pw="az új netbank jelszó {p}, mentsd el légyszi",
                ack="Rendben, elmentem a széfbe.", cols=("rendelésszám", "dátum", "összeg"), example="Sablon: mintaértékek, a valódi adatok a széfben",
                pol="A jelszónak legalább {n} karakterből kell állnia", err="Hibás felhasználónév vagy jelszó.", iban_cc="HU",
                company="Duna Gépgyártó Kft., Váci út 50, 1134 Budapest", inv=("SZÁMLA", "Adószám", "IBAN", "Számlaszám"), vatf=lambda: rd(8) + "-2-41",
                phone="+36 1 450 2200", manual="Használati útmutató, 2. fejezet: a gyári alapértelmezett PIN-kód {p}. Telepítés után változtassa meg.",
                shipped="A(z) {o} rendelés feladva, csomagszám {t}", xml_note="Csomagautomatába")),
    ("sr", dict(names=["Јелена Јовановић", "Марко Петровић", "Милица Николић"], idf=jmbg_rs, idn="ЈМБГ", cust="клијент", delim=";",
                export="Извоз из CRM-а ({x}), проверити дупликате:", cfg="продукциона конфигурација, не комитовати", form="Формулар за регистрацију",
                pw="лозинка", pin="ПИН", say_code="Ваш верификациони код је {c}. Не делите га ни са ким.", mobile="+381 6# ### ####",
                har="Мрежни снимак (HAR, скраћено):", tld="primer-prodavnica.rs", say_pw="нова лозинка за е-банкинг је {p}, сачувај је",
                ack="Важи, чувам у сефу.", cols=("бр. поруџбине", "датум", "износ"), example="Шаблон: примерне вредности, праве су у сефу",
                pol="Лозинка мора имати најмање {n} знакова", err="Погрешно корисничко име или лозинка.", iban_cc="DE",
                company="Металопрерада д.о.о., Булевар ослобођења 12, Нови Сад", inv=("ФАКТУРА", "ПИБ", "Рачун (IBAN)", "Фактура бр."), vatf=lambda: rd(9),
                phone="+381 21 480 2200", manual="Упутство за употребу, одељак 2: фабрички ПИН је {p}. Промените га након подешавања.",
                shipped="Поруџбина {o} је послата, број пошиљке {t}", xml_note="Достава поподне")),
    ("ka", dict(names=["ნინო ბერიძე", "გიორგი მაისურაძე", "თამარ ლომიძე"], idf=ge_pn, idn="პირადი ნომერი", cust="კლიენტი", delim=",",
                export="CRM-დან ექსპორტი ({x}), შეამოწმეთ დუბლიკატები:", cfg="production კონფიგურაცია, არ დაკომიტოთ", form="კლიენტის რეგისტრაცია",
                pw="პაროლი", pin="PIN", say_code="თქვენი დადასტურების კოდია {c}. არავის გაუზიაროთ.", mobile="+995 5## ## ## ##",
                har="ქსელის ჩანაწერი (HAR, შემოკლებული):", tld="magaliti-shop.ge", say_pw="ბანკის ახალი პაროლია {p}, შეინახე რა",
                ack="კარგი, ვინახავ სეიფში.", cols=("შეკვეთის #", "თარიღი", "თანხა"), example="შაბლონი: სანიმუშო მნიშვნელობები, ნამდვილი მონაცემები vault-შია",
                pol="პაროლი უნდა შედგებოდეს მინიმუმ {n} სიმბოლოსგან", err="მომხმარებელი ან პაროლი არასწორია.", iban_cc="DE",
                company="შპს „კავკასია ტრეიდი“, რუსთაველის გამზ. 20, თბილისი", inv=("ინვოისი", "ს/ნ", "ანგარიში (IBAN)", "ინვოისი #"), vatf=lambda: "40" + rd(7),
                phone="+995 32 224 4400", manual="მომხმარებლის სახელმძღვანელო, ნაწილი 2: ქარხნული PIN არის {p}. დაყენების შემდეგ შეცვალეთ.",
                shipped="შეკვეთა {o} გაიგზავნა, თრექინგი {t}", xml_note="მიტანა საღამოს")),
    ("am", dict(names=["ሀና ተስፋዬ", "ዳዊት መኮንን", "ሰላም ገብሬ"], idf=fayda_et, idn="የፋይዳ ቁጥር", cust="ደንበኛ", delim=",",
                export="ከCRM የወጣ ({x})፣ የተደጋገሙትን ያረጋግጡ፦", cfg="የምርት አካባቢ ቅንብር፣ commit አታድርጉ", form="የደንበኛ ምዝገባ ቅጽ",
                pw="የይለፍ_ቃል", pin="ፒን", say_code="የማረጋገጫ ኮድዎ {c} ነው። ለማንም አያጋሩ።", mobile="+251 9## ### ###",
                har="የአውታረ መረብ መዝገብ (HAR፣ አጭር)፦", tld="mesale-suq.et", say_pw="የቴሌብር አዲሱ የይለፍ ቃል {p} ነው፣ አስቀምጥልኝ",
                ack="እሺ፣ በካዝናው አስቀምጣለሁ።", cols=("የትዕዛዝ ቁጥር", "ቀን", "መጠን"), example="አብነት፦ የናሙና እሴቶች፣ እውነተኛዎቹ በvault ውስጥ ናቸው",
                pol="የይለፍ ቃል ቢያንስ {n} ቁምፊዎች መሆን አለበት", err="የተጠቃሚ ስም ወይም የይለፍ ቃል ትክክል አይደለም።", iban_cc="DE",
                company="አበበ ንግድ ኃ.የተ.የግ.ማ.፣ ቦሌ፣ አዲስ አበባ", inv=("ደረሰኝ", "TIN (ድርጅት)", "ሂሳብ (IBAN)", "ደረሰኝ ቁ."), vatf=lambda: "00" + rd(8),
                phone="+251 11 551 4400", manual="የተጠቃሚ መመሪያ፣ ክፍል 2፦ የፋብሪካው ነባሪ ፒን {p} ነው። ከተከላ በኋላ ይቀይሩት።",
                shipped="ትዕዛዝ {o} ተልኳል፣ መከታተያ ቁጥር {t}", xml_note="ከሰዓት በኋላ ይድረስ")),
]


def aba():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            e = d + [c]
            if (3 * (e[0] + e[3] + e[6]) + 7 * (e[1] + e[4] + e[7]) + (e[2] + e[5] + e[8])) % 10 == 0:
                return "".join(map(str, e))


# ================================================================= English, hand-written
def english():
    L = "en"
    # --- secrets
    ak, sk = aws_akid(), aws_secret()
    S(L, "ini", "$ cat ~/.aws/credentials\n[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = us-east-1\n\n[readonly]\naws_access_key_id = %s\naws_secret_access_key = %s" % (ak, sk, aws_akid(), aws_secret()), sk)
    t = gh_pat()
    S(L, "cli", "$ git remote -v\norigin\thttps://deploy-bot:%s@github.com/acme-retail/storefront.git (fetch)\norigin\thttps://deploy-bot:%s@github.com/acme-retail/storefront.git (push)" % (t, t), t)
    h = slack_hook()
    S(L, "json", '{\n  "alerting": {\n    "channel": "#ops-pager",\n    "webhook_url": "%s",\n    "mention": "@oncall",\n    "min_severity": "P2"\n  }\n}' % h, h)
    c = card("visa")
    cv = cvv()
    S(L, "chat", "user: can you book the hotel in Lisbon for the 14th–17th? use my visa %s exp 09/29, cvv %s. billing zip same as last time\nassistant: On it. I'll search for options under $220/night first." % (c, cv), c)
    s = ssn_us()
    S(L, "crm", "Contact: Derek Almeida\nAccount owner: J. Park\nStage: Underwriting\nSSN: %s\nDOB: 1986-03-11\nAnnual income (stated): $112,000\nNotes: applicant asked to be called after 5pm ET" % s, s)
    body = pem_body(9)
    S(L, "file", "tool_result (read_file deploy/keys/signing.pem):\n-----BEGIN RSA PRIVATE KEY-----\n%s\n-----END RSA PRIVATE KEY-----" % "\n".join(body), body[3])
    sp = seed_phrase(12)
    S(L, "chat", "user: ok here's the recovery phrase from the ledger backup card so you can check which derivation path it uses: %s\nassistant: Please don't share seed phrases — anyone with these words controls the wallet. I'll not store it." % sp, sp)
    j = jwt('{"sub":"u_%s","email":"m.ohara@gmail.com","role":"admin","iat":%d,"exp":%d}' % (rd(7), 1780000000 + R.randint(0, 9999999), 1790000000 + R.randint(0, 999999)))
    S(L, "har", '{"request": {"method": "GET", "url": "https://api.internal-tools.io/v1/users/me", "headers": [{"name": "Authorization", "value": "Bearer %s"}, {"name": "Accept", "value": "application/json"}]}, "response": {"status": 200, "bodySize": 812}}' % j, j)
    key = azure_key()
    S(L, "env", "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmeexports%s;AccountKey=%s;EndpointSuffix=core.windows.net\nEXPORT_CONTAINER=crm-nightly" % (rd(3), key), key)
    sid, tok = twilio_sid(), twilio_tok()
    S(L, "cli", "$ curl -X POST https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json \\\n    --data-urlencode \"Body=Your table is ready\" \\\n    --data-urlencode \"To=+14155550143\" \\\n    -u %s:%s" % (sid, sid, tok), tok)
    codes = recov_codes(10)
    S(L, "file", "GitHub recovery codes\n" + "\n".join(codes) + "\n\nKeep your recovery codes as safe as your password. Each code can be used once.", codes[4])
    p = pin(4)
    S(L, "chat", "user: garage keypad is %s then #, the side door is the same code. can you add that to the notes for the dog sitter?\nassistant: Added to the house-sitting note under 'Access'." % p, p)
    acct = rd(R.choice([9, 10, 12]))
    rt = aba()
    S(L, "form", "Direct Deposit Authorization\nEmployee: Tanya Brooks   Employee ID: E-20931\nBank name: First Community Credit Union\nRouting number: %s\nAccount number: %s\nAccount type: [x] Checking  [ ] Savings\nAmount: [x] Entire net pay" % (rt, acct), acct)
    n = nhs_no()
    S(L, "csv", "patient_ref,nhs_number,gp_practice,appointment,clinic\nPR-88120,%s,Y02904,2026-02-11 09:40,Dermatology\nPR-88121,%s,Y02904,2026-02-11 10:00,Dermatology" % (n, nhs_no()), n)
    sn = sin_ca()
    S(L, "chat", "user: HR needs my SIN for the T4, it's %s — can you paste it into the onboarding form field 'Social Insurance Number'?\nassistant: tool_call forms.fill {\"field\": \"sin\", \"value\": \"%s\"}" % (sn, sn), sn)
    ni = nino_uk()
    S(L, "xml", "<Employee>\n  <Ref>EMP-4471</Ref>\n  <Surname>Whitfield</Surname>\n  <Forename>Gemma</Forename>\n  <NINO>%s</NINO>\n  <TaxCode>1257L</TaxCode>\n  <StartDate>2026-04-06</StartDate>\n</Employee>" % ni, ni)
    pno = rd(9)
    l1, l2 = mrz(pno, "USA", "GREENWOOD", "HALEY ANN", "910214", "F", "330805")
    S(L, "ocr", "[OCR passport_scan.jpg, confidence 0.93]\nPASSPORT  UNITED STATES OF AMERICA\nSurname / Nom  GREENWOOD\nGiven names  HALEY ANN\nPassport No. %s\n%s\n%s" % (pno, l1, l2), pno)
    m = mbi_us()
    S(L, "kv", "Member name ........ Robert L. Haines\nMedicare Number .... %s\nEntitled to ........ HOSPITAL (PART A) 03-01-2019\n                     MEDICAL (PART B) 03-01-2019" % m, m)
    p = pw(16)
    S(L, "sql", "mysql> SELECT id, username, smtp_user, smtp_pass FROM mail_accounts WHERE id = 3;\n+----+----------+----------------------+------------------+\n| id | username | smtp_user            | smtp_pass        |\n+----+----------+----------------------+------------------+\n|  3 | newsltr  | newsletter@acme.test | %s |\n+----+----------+----------------------+------------------+\n1 row in set (0.00 sec)" % p.ljust(16), p)
    d = discord_hook()
    S(L, "yaml", "notifiers:\n  - type: discord\n    url: %s\n    username: build-bot\n  - type: email\n    to: releases@acme.example" % d, d)
    st = stripe_sk()
    S(L, "log", "2026-06-02 14:22:07,118 ERROR [payments] stripe.error.AuthenticationError: Invalid API Key provided: %s\n  File \"billing/charge.py\", line 88, in create_charge" % st, st)
    go = google_api()
    S(L, "cli", "$ curl \"https://maps.googleapis.com/maps/api/geocode/json?address=221+Harbor+Rd&key=%s\"\n{\n   \"results\" : [],\n   \"status\" : \"REQUEST_DENIED\"\n}" % go, go)
    q = "Pinecrest %s" % R.choice(["Elementary", "Academy"])
    S(L, "chat", "user: the bank wants security answers. first pet: Biscuit-%s, street I grew up on: Larkspur Ln, first school: %s\nassistant: I can't store these in shared notes — want me to put them in your private vault instead?" % (rd(2), q), q)
    o = otp(6)
    said = words(o, W_EN)
    S(L, "voice", "[voice memo transcript 00:00:41] ...yeah so the code they just texted me is %s, uh, can you type that in before it times out, it's like five minutes" % said, said)
    p1 = pw(12)
    p2 = p1[:-2] + rs(2, DIG)
    S(L, "chat", "user: wifi password for the office guest network is %s\nuser: sorry no, typo, it's %s (last two digits changed after the reset)\nassistant: Got it, updating the onboarding doc with the corrected one." % (p1, p2), p2)
    k = npm_tok()
    S(L, "file", "$ cat .npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nsave-exact=true" % k, k)
    cred = base64.b64encode(("ci-bot:" + pw(14)).encode()).decode()
    S(L, "json", '{\n  "auths": {\n    "registry.acme-internal.io": {\n      "auth": "%s"\n    }\n  },\n  "credsStore": ""\n}' % cred, cred)
    cs = connect_sid()
    S(L, "har", "Request Headers\n:authority: dashboard.acme-analytics.com\n:method: GET\n:path: /api/reports/q3\naccept: application/json\ncookie: _ga=GA1.2.1180442.1761234567; connect.sid=%s; theme=dark" % cs, cs)
    ant = anthropic_key()
    S(L, "log", "[agent step 14] thought: the eval harness is failing with 401, let me check which key the env exposes\n[agent step 14] tool_call: shell {\"cmd\": \"env | grep -i anthropic\"}\n[agent step 14] tool_output: ANTHROPIC_API_KEY=%s\nANTHROPIC_BASE_URL=https://api.anthropic.com" % ant, ant)
    ss = pin(6)
    S(L, "csv", "locker_id,floor,assigned_to,combination,last_audit\nL-114,3,Ramirez O.,%s,2026-01-09\nL-115,3,(vacant),,2026-01-09" % ss, ss)
    tk = tg_bot()
    S(L, "toml", "[bot]\nname = \"orders-notifier\"\ntoken = \"%s\"\nchat_id = -100%s\n\n[limits]\nmessages_per_minute = 20" % (tk, rd(10)), tk)
    amx = card("amex")
    S(L, "ocr", "[OCR receipt photo]\nMERCHANT COPY\nAMEX %s\nEXP 11/28  CID %s\nTOTAL  $1,284.50\nSIGNATURE ____________" % (amx, cvv(4)), amx)
    p = pw(14)
    S(L, "ini", "[database]\nhost = 10.0.12.4\nport = 5432\nuser = reporting\npassword = %s\nsslmode = require\n\n[cache]\nttl = 300" % p, p)
    priv = ssh_priv_body(7)
    S(L, "file", "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(priv), priv[2])
    pt = pypi_tok()
    S(L, "ini", "# ~/.pypirc\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = %s" % pt, pt)
    # --- innocents
    I(L, "ini", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# ^ these are the example values from the AWS documentation, replace with your own")
    I(L, "json", '{\n  "id": "%s",\n  "object": "checkout.session",\n  "amount_total": 4999,\n  "currency": "usd",\n  "payment_intent": "pi_%s",\n  "payment_method_details": {"card": {"brand": "visa", "last4": "%s", "exp_month": 8, "exp_year": 2029}},\n  "status": "complete"\n}' % ("cs_live_" + rs(24), rs(24), _rs(4, DIG)))
    I(L, "chat", "user: what does 'token expired (code 401.3)' mean on the vendor portal?\nassistant: Your session token has a 15-minute lifetime. Log in again; if it keeps happening, check that your system clock isn't more than 300 seconds off.")
    I(L, "log", "%s INFO auth: password policy updated min_length=14 max_length=128 require_symbols=true history=5\n%s INFO auth: mfa enforced for group=finance (TOTP, 6 digits, 30s window)" % (ts(), ts()))
    I(L, "csv", "ticket_id,subject,priority,status,created\nSUP-%s,Reset password link not arriving,P3,open,2026-03-02\nSUP-%s,PIN pad shows error E-0417,P2,pending,2026-03-02\nSUP-%s,Can't find order confirmation,P4,closed,2026-03-01" % (rd(5), rd(5), rd(5)))
    I(L, "cli", "$ git log --oneline -5\n%s (HEAD -> main, origin/main) Rotate webhook secret via Vault instead of .env\n%s Bump axios from 1.6.8 to 1.7.4\n%s Remove hard-coded test password from fixtures\n%s Merge pull request #2291 from acme/fix-token-refresh\n%s Add retry for 429 responses" % tuple(sha1hex()[:7] for _ in range(5)))
    I(L, "file", "$ cat ~/.ssh/id_ed25519.pub\n%s deploy@build-runner-03" % ed25519_pub())
    I(L, "manual", "QUICK START — SmartLock S3\n1. Insert 4×AA batteries.\n2. The factory master code is 123456. Press ★ + master code + # to enter programming mode.\n3. Change the master code immediately (menu 1-1).\n4. Up to 100 user codes (4–10 digits) can be stored.")
    I(L, "crm", "Account: Harbor Freight Logistics LLC\nEIN: %s-%s\nBilling phone: (800) 555-0199\nRemit to: JPMorgan Chase Bank, N.A. — ABA %s — Acct ending 4471\nPayment terms: Net 30\nOpen invoices: INV-20931 ($12,400.00), INV-20977 ($3,180.50)" % (rd(2), rd(7), aba()))
    I(L, "yaml", "auth:\n  provider: oidc\n  issuer: https://login.acme.example/\n  client_id: storefront-web\n  client_secret: ${OIDC_CLIENT_SECRET}   # injected by the secrets operator\n  token_ttl: 3600\n  refresh_token_ttl: 1209600")
    I(L, "chat", "user: test card for the sandbox?\nassistant: In Stripe test mode use 4242 4242 4242 4242 with any future expiry and any 3-digit CVC — it's Stripe's documented test number, it won't work in live mode.")
    I(L, "har", "Response Headers\ncontent-type: application/json; charset=utf-8\netag: \"%s\"\nx-request-id: %s\nx-ratelimit-remaining: 4987\nstrict-transport-security: max-age=63072000; includeSubDomains\nset-cookie: theme=light; Path=/; Max-Age=31536000" % (hexs(40), ruuid()))
    I(L, "sql", "CREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email CITEXT UNIQUE NOT NULL,\n  password_hash TEXT NOT NULL,  -- argon2id, never store plaintext\n  pin_attempts SMALLINT DEFAULT 0 CHECK (pin_attempts <= 5),\n  otp_secret_ref UUID REFERENCES kms_keys(id),\n  created_at TIMESTAMPTZ DEFAULT now()\n);")
    I(L, "log", "%s WARN  [sso] login failed for user_id=%s reason=INVALID_PASSWORD attempt=3/5 ip=%s\n%s INFO  [sso] account locked for 900s user_id=%s" % (ts(), rd(6), ip4(), ts(), rd(6)))
    I(L, "json", '{\n  "orderId": "%s",\n  "bookingRef": "%s",\n  "passenger": {"type": "ADT", "seat": "23C"},\n  "flight": "TP1337",\n  "fare": {"amount": 214.60, "currency": "EUR"},\n  "promoCode": "SPRING15",\n  "eticket": "047%s"\n}' % (order_no("BK", 9), pnr(), rd(10)))
    I(L, "chat", "user: my package hasn't moved in 4 days, tracking %s\nassistant: It's at the Louisville hub with status 'Exception: address correction'. UPS will retry delivery tomorrow." % ups_1z())
    I(L, "csv", "sku,name,qty,unit_price,warehouse\nWK-1001,Wireless keyboard,12,39.99,RNO-2\nPIN-0440,PIN entry device bracket,4,18.50,RNO-2\nTKN-77,Parking token (pack of 50),2,12.00,RNO-1")
    I(L, "kv", "Model ........... RT-AX58U\nFirmware ........ 3.0.0.4.388_24243\nSerial .......... R8IAFR%s\nMAC ............. 04:D4:C4:%s:%s:%s\nDefault login ... see label on the bottom of the device" % (rd(6), hexs(2).upper(), hexs(2).upper(), hexs(2).upper()))
    I(L, "env", "# .env.example — copy to .env and fill in\nOPENAI_API_KEY=sk-...\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXX/XXXXX/XXXXXXXX\nDATABASE_URL=postgres://user:password@localhost:5432/dev\nREDIS_URL=redis://localhost:6379")
    I(L, "xml", "<PaymentResponse>\n  <ResultCode>05</ResultCode>\n  <Message>Do not honor</Message>\n  <MaskedPAN>411111******%s</MaskedPAN>\n  <AuthCode/>\n  <TransactionId>%s</TransactionId>\n  <Amount currency=\"GBP\">64.00</Amount>\n</PaymentResponse>" % (_rs(4, DIG), rd(12)))
    I(L, "file", "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE%s\n%s==\n-----END PUBLIC KEY-----" % (rs(28, AN + "+/"), rs(62, AN + "+/")))
    I(L, "log", "%s [INFO] docker pull ghcr.io/acme/api@sha256:%s\n%s [INFO] Digest verified, layers: 9, size 184MB" % (ts(), sha256hex(), ts()))
    I(L, "chat", "user: how long should the one-time code be for our SMS login?\nassistant: 6 digits is standard; expire it after 5 minutes, allow at most 5 attempts, and rate-limit resends to 1 per 60 seconds.")
    I(L, "crm", "Lead: Northwind Dental Group\nMain line: +1 (312) 555-0148 ext. 201\nWebsite: northwinddental.example\nDUNS: %s\nStage: Demo scheduled 2026-02-18 15:00 CT\nDeal size: $18,000 ARR" % rd(9))
    I(L, "json", '{"kid": "%s", "kty": "RSA", "use": "sig", "alg": "RS256", "n": "%s", "e": "AQAB"}' % (hexs(16), rs(342, AN + "-_")))
    I(L, "form", "Password reset form — field rules\n- New password: 12–64 characters, at least 1 number\n- Confirm password: must match\n- Verification code: 6 digits, sent to phone ending in **47\n- Submit button disabled until all rules pass")
    I(L, "log", "%s ERROR ORA-01017: invalid username/password; logon denied\n%s ERROR connection pool exhausted (max=20) after 3 retries" % (ts(), ts()))
    I(L, "yaml", "version: \"3.9\"\nservices:\n  db:\n    image: postgres:16.2\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n    secrets:\n      - pg_password\nsecrets:\n  pg_password:\n    external: true")
    I(L, "cli", "$ sha256sum release-v2.14.0.tar.gz\n%s  release-v2.14.0.tar.gz\n$ gpg --verify release-v2.14.0.tar.gz.asc\ngpg: Good signature from \"Acme Release Signing <release@acme.example>\"\nPrimary key fingerprint: %s" % (sha256hex(), " ".join(hexs(4).upper() for _ in range(10))))
    I(L, "chat", "user: what's the wifi here?\nassistant: The café's menu board says network 'Bean&Leaf-Guest', and the password is printed on your receipt — I don't have it.")
    I(L, "kv", "Invoice #: 2026-00418\nPO: 4500129934\nVAT reg (supplier): %s\nAmount due: £3,412.80\nDue date: 28 Feb 2026\nSort code: 20-00-00 (Barclays, company account)\nRef: ACME-LTD-Q1" % vat_gb())
    I(L, "json", '{"error": {"code": "PIN_LENGTH", "message": "PIN must be 4 to 6 digits", "param": "pin", "doc_url": "https://docs.example.com/errors#PIN_LENGTH"}}')
    I(L, "csv", "uuid,event,ts\n%s,login_success,%s\n%s,password_changed,%s\n%s,mfa_enrolled,%s" % (ruuid(), ts(), ruuid(), ts(), ruuid(), ts()))
    I(L, "manual", "Hotel safe instructions (room card): Close the door, enter any 4-digit code of your choice and press LOCK. To open, enter the same code. If you forget it, call Reception (ext. 9) — staff will open it with the master key.")
    I(L, "log", "Jan 14 03:12:55 bastion sshd[22817]: Accepted publickey for deploy from %s port 51234 ssh2: ED25519 SHA256:%s" % (ip4(), rs(43, AN + "+/")))
    I(L, "chat", "user: remind me the order number for the standing desk\nassistant: It's %s, placed on 2 March; estimated delivery 11–13 March." % order_no("112", 7))


# ================================================================= code-switched / transliterated
def mixed():
    # ---- Hinglish
    L = "hinglish"
    u = pin(6)
    S(L, "chat", "user: bhai UPI PIN %s hai, GPay pe 2,450 bhej de Sharma ji ko, main meeting mein hoon\nassistant: UPI PIN share karna safe nahi hai — main payment initiate kar deta hoon, PIN aap khud daalna." % u, u)
    a = aadhaar()
    S(L, "form", "KYC form (auto-filled from chat)\nNaam: Rohit Malhotra\nAadhaar no.: %s\nPAN: %s\nAddress: Flat 302, Sector 45, Gurugram\nRemark: customer ne bola 'aadhaar wala hi address daal do'" % (a, pan_in()), a)
    p = pw(12)
    S(L, "chat", "user: office wifi ka password change ho gaya, naya wala %s hai, sab ko mail mat karna bas notes mein rakh lo\nassistant: Theek hai, private notes mein save kar diya." % p, p)
    acc = in_acct()
    S(L, "csv", "emp_id,naam,bank,account_no,ifsc,salary\nE1021,Pooja Yadav,HDFC Bank,%s,%s,58000\nE1022,Arjun Nair,SBI,%s,%s,61000" % (acc, ifsc(), in_acct(), ifsc()), acc)
    o = otp(6)
    S(L, "log", "[12:04:11] sms_in from=VM-HDFCBK text=\"%s is your OTP for txn of Rs 18,999.00 at AMAZON. Valid 5 mins. Kisi ke saath share na karein.\"\n[12:04:13] agent: OTP mil gaya, checkout page pe daal raha hoon" % o, o)
    I(L, "chat", "user: mera order %s abhi tak nahi aaya, tracking kya bol raha hai?\nassistant: Delhivery pe status 'Out for delivery' hai, aaj shaam 7 baje tak aa jana chahiye." % rd(14))
    I(L, "chat", "user: UPI PIN kitne digit ka hota hai?\nassistant: 4 ya 6 digit ka hota hai, bank pe depend karta hai. Ise kabhi kisi ko mat batana — bank bhi kabhi nahi poochta.")
    I(L, "crm", "Vendor: Shree Balaji Packaging Pvt Ltd\nGSTIN: %s\nBank: ICICI Bank, A/c (current, company): %s, IFSC ICIC0001234\nContact: accounts@balajipack.example, 1800-120-4455\nNote: payment 45 din mein, invoice pe PO number zaroor likhna" % (gstin_in(), rd(12)))
    I(L, "log", "%s WARN payment: UPI txn failed reason=INCORRECT_PIN attempts=2/3 vpa=****@okaxis rrn=%s" % (ts(), rd(12)))
    I(L, "chat", "user: promo code kaunsa chal raha hai?\nassistant: Abhi 'DIWALI500' chal raha hai, ₹2,999 se upar ke order pe ₹500 off, 5 Nov tak.")
    # ---- Arabizi (Egyptian / Levantine in Latin letters)
    L = "arabizi"
    p = pw(11)
    S(L, "chat", "user: ya 3am el password el gedid bta3 el wifi %s, 5aleeh 3andak we matb3atosh l7ad\nassistant: Tamam, 7afaztoh fel vault el 5as." % p, p)
    e = eg_id()
    S(L, "form", "tool_result (forms.read):\nesm: Mostafa Adel\nra2am 2awmy: %s\nmobile: +20 10%s\nmola7za: 3ayez yefta7 7esab towfeer" % (e, rd(8)), e)
    c = otp(4)
    S(L, "chat", "user: el code elly wasalny %s, e3mel beeh login bsor3a 2abl ma yentehy\nassistant: Logged in. Matb3atsh el codes di f chat tany." % c, c)
    ib = iban("EG")
    S(L, "chat", "user: 7awel el felous 3ala 7sabi el shakhsi, IBAN %s, esm el sa7eb Yasmine Fathy\nassistant: Tamam, 3amalt draft lel ta7weel, mestani tákid." % ib, ib)
    cc = card("mc")
    S(L, "chat", "user: eshtery el tickets bel card di %s, expiry 04/28, cvv %s\nassistant: Ha7gez 2 tickets le Cairo Jazz Club yom el 5amees." % (cc, cvv()), cc)
    I(L, "chat", "user: el order bta3y ra2amo %s, emta yewsal?\nassistant: Mawgood fel warehouse, el ta7weel bokra ben 10 w 2." % order_no("EG", 8))
    I(L, "chat", "user: el password lazem yeb2a kam 7arf?\nassistant: 3la el a2al 8 7roof, we feeh ra2am w 7arf capital.")
    I(L, "chat", "user: el invoice bta3et el sherka feeha IBAN eh?\nassistant: Sherket Nile Tech S.A.E — IBAN %s (7esab el sherka), CR no. %s." % (iban("EG"), rd(6)))
    I(L, "log", "%s INFO login ok user=ahmed.s (7asab demo) mfa=sms code_len=6 expires_in=120s" % ts())
    I(L, "chat", "user: code el 5asm eh?\nassistant: 'RAMADAN25' — 25% 5asm 3ala kol el menu le7ad a5er el shahr.")
    # ---- Romaji Japanese
    L = "romaji"
    p = pw(13)
    S(L, "chat", "user: atarashii pasuwaado wa %s desu. kinko ni hozon shite oite kudasai\nassistant: Shouchi shimashita, kojin-you no kinko ni hozon shimashita." % p, p)
    mn = mynumber_jp()
    S(L, "form", "Nenmatsu chousei shinkokusho (tenki)\nShimei: Watanabe Kenta\nKojin bangou (My Number): %s\nFuyou kazoku: 2\nBikou: tsuma no bangou wa ato de okuru" % mn, mn)
    c = otp(6)
    S(L, "chat", "user: ninshou koodo kita, %s. ima sugu nyuuryoku shite\nassistant: Nyuuryoku shimashita. Roguin kanryou desu." % c, c)
    acc = rd(7)
    S(L, "kv", "Furikomisaki (kojin)\nginkou: Mizuho Ginkou\nshiten: Shibuya shiten (210)\nfutsuu kouza: %s\nmeigi: Sasaki Yui" % acc, acc)
    ansho = pin(4)
    S(L, "chat", "user: kyasshu kaado no anshou bangou wa %s. haha no tanjoubi dakara wasurenai kedo, memo shite oite\nassistant: Anshou bangou wa kyouyuu memo ni wa nokoshimasen. Kojin kinko ni irete okimashita." % ansho, ansho)
    I(L, "chat", "user: chuumon bangou %s no haisou joukyou wa?\nassistant: Yamato Unyu de haisouchuu desu. Toiawase bangou %s, ashita gozenchuu chakuyotei." % (order_no("JP", 9), rd(12)))
    I(L, "chat", "user: pasuwaado wa nan-moji ijou?\nassistant: 10-moji ijou, eiji to suuji o fukumete kudasai. Kigou wa nini desu.")
    I(L, "manual", "Torisetsu p.12: shukka-ji no anshou bangou wa 0000 desu. Secchi-go ni kanarazu henkou shite kudasai.")
    I(L, "crm", "Torihikisaki: Kabushiki-gaisha Sakura Shouji\nHoujin bangou: %s\nDenwa: 03-5555-0123 (daihyou)\nFurikomisaki: MUFG Ginkou Marunouchi shiten, toza %s (houjin kouza)" % (corp_no_jp(), rd(7)))
    I(L, "log", "%s ERROR roguin shippai: pasuwaado ga chigaimasu (E1042) user_id=%s nokori 2-kai" % (ts(), rd(6)))


# ================================================================= more hand-written, one or two per language
def extras():
    # German: dictated IBAN, Steuer-ID on a form, corrected PIN
    ib = iban("DE")
    S("de", "voice", "[Sprachnachricht, transkribiert] Hi, hier nochmal wegen der Rückerstattung, meine IBAN ist %s, auf Ingrid Vogt, danke dir!" % ib, ib)
    p1 = pin(4)
    p2 = pin(4)
    S("de", "chat", "user: PIN vom Fahrradschloss ist %s\nuser: ne warte, %s, die alte hab ich im Sommer geändert\nassistant: Notiert, ich nehme die zweite." % (p1, p2), p2)
    I("de", "kv", "Gläubiger-ID: DE98ZZZ0999%s\nMandatsreferenz: M-2026-%s\nBetrag: 49,90 EUR\nFälligkeit: 01.03.2026\nVerwendungszweck: Vertragsnr. %s" % (rd(7), rd(5), rd(8)))
    I("de", "chat", "user: Was heißt Fehler 'PIN gesperrt (Code 0x6983)'?\nassistant: Die Karte wurde nach 3 Fehlversuchen gesperrt. Mit der PUK (8 Ziffern, steht im PIN-Brief) entsperren.")
    # French: NIR dictated with spaces, IBAN in chat
    n = nir_fr()
    S("fr", "chat", "user: pour la mutuelle il faut mon numéro de sécu : %s (oui avec la clé à la fin)\nassistant: Merci, je le reporte dans le formulaire d'adhésion." % n, n)
    p = pw(12)
    S("fr", "ini", "; config imprimante réseau (copie de l'écran d'admin)\n[smtp]\nserveur = smtp.orange.fr\nport = 587\nutilisateur = scan-bureau@orange.fr\nmot_de_passe = %s" % p, p)
    I("fr", "chat", "user: c'est quoi le SIRET de la boîte pour la facture ?\nassistant: %s — c'est celui qui figure sur le Kbis de Atelier Gaudin SARL." % (lambda b: b + luhn_digit(b))(siren_fr() + rd(4, False)))
    # Spanish: dictated PIN in words, NIE
    pn = pin(4)
    said = words(pn, W_ES)
    S("es", "voice", "[nota de voz transcrita] vale apunta el pin de la tarjeta del gimnasio que siempre se me olvida, es %s, y la taquilla la 112" % said, said)
    ne = nie_es()
    S("es", "csv", "expediente;nombre;NIE;nacionalidad;fecha_cita\nEXT-2026-0412;Oksana Melnyk;%s;UCR;2026-03-14 10:20\nEXT-2026-0413;Tariq Benali;%s;MAR;2026-03-14 10:40" % (ne, nie_es()), ne)
    I("es", "chat", "user: ¿el código promocional sigue activo?\nassistant: Sí, 'VERANO20' vale hasta el 31/08 para pedidos desde 40 €.")
    # Portuguese: PIX key CPF, split password
    c = cpf()
    S("pt", "chat", "user: faz o pix pra minha chave, é o CPF %s, valor R$ 350,00\nassistant: Pix agendado para hoje, vou confirmar quando compensar." % c, c)
    p = pw(12)
    S("pt", "chat", "user: a senha do roteador é %s\nuser: a outra metade: %s\nuser: junta tudo sem espaço\nassistant: Certo, juntei e salvei." % (p[:6], p[6:]), p[6:])
    I("pt", "chat", "user: qual o CNPJ da loja pra nota?\nassistant: %s — Comercial Ipiranga Ltda." % cnpj())
    # Italian: IBAN in SQL, codice fiscale dictated
    ib = iban("IT", spaced=False)
    S("it", "sql", "UPDATE dipendenti SET iban = '%s', banca = 'Intesa Sanpaolo' WHERE matricola = 'M0451';\n-- richiesta via mail del dipendente del 12/02" % ib, ib)
    I("it", "chat", "user: il codice fiscale di esempio nella guida è valido?\nassistant: No, quello nella guida è un valore di esempio fornito dall'Agenzia, non appartiene a nessuno. Il tuo va preso dalla tessera sanitaria.")
    # Dutch: DigiD
    p = pw(12)
    S("nl", "chat", "user: mijn DigiD wachtwoord is %s, kun je de aangifte voor me invullen?\nassistant: Liever niet met je DigiD inloggen namens jou — ik kan wel de gegevens klaarzetten." % p, p)
    I("nl", "kv", "KvK-nummer: %s\nBTW: NL%sB01\nIBAN (bedrijf): %s\nKlantenservice: 020 204 4400 (ma–vr 9–17)" % (rd(8), rd(9), iban("NL")))
    # Polish: BLIK code
    b = otp(6)
    S("pl", "chat", "user: kod BLIK %s, zapłać za zamówienie na Allegro szybko bo ważny 2 minuty\nassistant: Płatność zatwierdzona." % b, b)
    I("pl", "chat", "user: jaki jest NIP firmy do faktury?\nassistant: NIP %s, Hurtownia Mazur Sp. z o.o., REGON %s." % (nip_pl(), rd(9)))
    # Russian: card + dictated code in words, referred back
    c = otp(4)
    said = words(c, W_RU)
    S("ru", "voice", "[голосовое, расшифровка] короче код из смс %s, введи его пока не сгорел, и карту ту же что в прошлый раз" % said, said)
    acc = ru_acct()
    S("ru", "kv", "Реквизиты для перевода (физлицо)\nПолучатель: Петров Сергей Николаевич\nСчёт: %s\nБИК: 0445252%s\nБанк: АО «Т-Банк»" % (acc, rd(2)), acc)
    I("ru", "chat", "user: какой ИНН и КПП у поставщика?\nassistant: ИНН %s, КПП 781001001, ООО «СеверСтрой». Это реквизиты организации из счёта." % inn_ru_company())
    # Ukrainian
    i = rnokpp_ua()
    S("uk", "chat", "user: для декларації мій РНОКПП %s, впиши будь ласка\nassistant: Вписав у поле «Податковий номер»." % i, i)
    I("uk", "log", "%s WARN auth: невірний пароль, спроба 2 з 5, user_id=%s" % (ts(), rd(6)))
    # Turkish: IBAN said in chat with words, e-Devlet password
    p = pw(10)
    S("tr", "chat", "user: e-Devlet şifrem %s, SGK dökümünü indirir misin\nassistant: Şifreni paylaşmaman daha iyi olur; barkodlu belgeyi sen indirip bana gönderebilirsin." % p, p)
    I("tr", "chat", "user: kargo takip no neydi?\nassistant: Yurtiçi Kargo, takip no %s, yarın teslim." % rd(12))
    # Arabic: local digits national ID, IBAN
    nid = loc(saudi_id(), "ar")
    S("ar", "ocr", "[نص مستخرج من صورة الهوية]\nالمملكة العربية السعودية\nوزارة الداخلية\nالاسم: فهد سعد الدوسري\nرقم الهوية: %s\nتاريخ الانتهاء: ١٤٥٢/٠٣/١٥" % nid, nid)
    ib = iban("AE")
    S("ar", "chat", "user: حوّل المبلغ على حسابي الشخصي في الإمارات: %s باسم خالد المري\nassistant: تم تجهيز التحويل، أحتاج موافقتك للتنفيذ." % ib, ib)
    I("ar", "chat", "user: كم عدد خانات رمز التحقق؟\nassistant: ستة أرقام، وصلاحيته خمس دقائق فقط.")
    # Hebrew
    i = il_id()
    S("he", "form", "טופס 101\nשם: דנה אברהם\nמספר זהות: %s\nמצב משפחתי: נשואה\nהערה: הלקוחה ביקשה לעדכן את הכתובת" % i, i)
    I("he", "chat", "user: מה מספר ההזמנה שלי?\nassistant: %s, המשלוח יגיע עד יום חמישי." % order_no("IL", 8))
    # Persian: bank card 16 digits in Persian digits
    cc = loc(card("visa", "-"), "fa")
    S("fa", "chat", "user: شماره کارتم %s هست، قسط رو از این کارت بزن\nassistant: باشه، پرداخت را آماده می‌کنم." % cc, cc)
    I("fa", "chat", "user: کد پیگیری سفارشم چی بود؟\nassistant: کد پیگیری %s — پست پیشتاز." % loc(rd(20), "fa"))
    # Hindi: aadhaar Devanagari digits
    a = loc(aadhaar(), "hi")
    S("hi", "ocr", "[आधार कार्ड की फोटो से OCR]\nभारत सरकार\nनाम: सुनीता देवी\nजन्म तिथि: 14/06/1979\nमहिला\n%s\nमेरा आधार, मेरी पहचान" % a, a)
    I("hi", "chat", "user: IFSC कोड क्या होता है?\nassistant: 11 अक्षरों का बैंक शाखा कोड, जैसे SBIN0000300 — यह सार्वजनिक जानकारी है, खाता संख्या नहीं।")
    # Bengali: bKash PIN in Bengali digits
    p = loc(pin(5), "bn")
    S("bn", "chat", "user: বিকাশ পিন %s, ৫০০ টাকা সেন্ড মানি করে দাও আম্মুকে\nassistant: পিন শেয়ার না করাই ভালো, আমি রিকোয়েস্ট তৈরি করছি, আপনি নিজে পিন দিন।" % p, p)
    I("bn", "chat", "user: অর্ডার নম্বর কত?\nassistant: %s, কাল ডেলিভারি হবে।" % order_no("DR", 9))
    # Tamil: password mixed script
    p = pw(11)
    S("ta", "chat", "user: என் Gmail password %s, இதை vault-ல போட்டு வை\nassistant: சரி, தனிப்பட்ட vault-ல சேமித்தேன்." % p, p)
    I("ta", "chat", "user: PIN எத்தனை இலக்கம்?\nassistant: ATM PIN நான்கு இலக்கம்; யாரிடமும் சொல்ல வேண்டாம்.")
    # Thai: Thai digits id card
    t = thai_id()
    tt = loc(t, "th")
    S("th", "ocr", "[OCR บัตรประจำตัวประชาชน]\nเลขประจำตัวประชาชน %s\nชื่อตัวและชื่อสกุล นางสาว วรรณา แสงทอง\nเกิดวันที่ ๑๒ ม.ค. ๒๕๓๕" % tt, tt)
    I("th", "chat", "user: เลขพัสดุของฉันคืออะไร\nassistant: TH%sA (Kerry Express) จัดส่งพรุ่งนี้" % rd(11))
    # Vietnamese
    acc = rd(13)
    S("vi", "chat", "user: chuyển khoản giúp mình vào STK %s Vietcombank, chủ TK Lê Hoàng Nam, nội dung 'tien nha thang 3'\nassistant: Đã tạo lệnh chuyển, chờ bạn xác nhận." % acc, acc)
    I("vi", "chat", "user: mã giảm giá là gì?\nassistant: Mã 'FREESHIP50' giảm 50k phí ship cho đơn từ 299k.")
    # Indonesian: OTP with typo correction
    o1, o2 = otp(6), otp(6)
    S("id", "chat", "user: kode OTP-nya %s\nuser: eh salah, yang bener %s, yang tadi kode lama\nassistant: Oke, sudah masuk." % (o1, o2), o2)
    I("id", "chat", "user: no resi JNE saya berapa?\nassistant: %s, status 'dalam perjalanan' ke Bandung." % rd(15))
    # Malay
    m = mykad()
    S("ms", "chat", "user: no IC saya %s, tolong isi borang insurans tu\nassistant: Baik, saya isi medan 'No. Kad Pengenalan'." % m, m)
    I("ms", "chat", "user: berapa digit TAC?\nassistant: TAC ialah 6 digit dan sah selama 3 minit.")
    # Tagalog: GCash MPIN
    p = pin(4)
    S("tl", "chat", "user: yung MPIN ko sa GCash %s, pa-bayad naman ng Meralco bill ko\nassistant: Mas safe kung ikaw na mismo ang mag-enter ng MPIN, ihahanda ko lang ang bayad." % p, p)
    I("tl", "chat", "user: ano yung reference number ng bayad?\nassistant: Ref. No. %s, Meralco, ₱3,482.15, paid 14 Peb." % rd(13))
    # Chinese: WeChat webhook, Alibaba key, dictated code in hanzi
    k = alibaba_ak()
    sec = rs(30)
    S("zh", "yaml", "# 阿里云 OSS 配置（生产）\noss:\n  endpoint: oss-cn-hangzhou.aliyuncs.com\n  bucket: erp-exports\n  access_key_id: %s\n  access_key_secret: %s" % (k, sec), sec)
    w = wecom_hook()
    S("zh", "json", '{\n  "告警渠道": "企业微信",\n  "webhook": "%s",\n  "@所有人": false\n}' % w, w)
    c = otp(6)
    said = "".join(W_ZH[int(x)] for x in c)
    S("zh", "voice", "[语音转文字] 喂，验证码是%s，你帮我填一下，五分钟就过期了" % said, said)
    I("zh", "chat", "user: 快递单号多少？\nassistant: 顺丰 SF%s，预计明天送达。" % rd(12))
    I("zh", "kv", "开票信息\n名称：深圳市科达电子有限公司\n税号：91440300%s\n开户行：招商银行深圳分行\n账号：%s（对公账户）\n电话：0755-8888 4400" % (rs(10, DIG + "ABCDEFGHJKLMNPQRTUWXY"), rd(16)))
    # Japanese: LINE channel token, fullwidth digits
    lt = line_tok()
    S("ja", "env", "# LINE 公式アカウント連携（本番）\nLINE_CHANNEL_ID=%s\nLINE_CHANNEL_ACCESS_TOKEN=%s" % (rd(10), lt), lt)
    a = loc(pin(4), "fw")
    S("ja", "chat", "user: 銀行の暗証番号は%sです、覚えておいて\nassistant: 暗証番号は共有メモには保存しません。個人用の金庫に入れました。" % a, a)
    I("ja", "chat", "user: 注文番号教えて\nassistant: 注文番号は %s です。" % rd(10))
    # Korean: Kakao key, rrn in chat
    r = rrn_kr()
    S("ko", "chat", "user: 연말정산 서류에 내 주민번호 %s 넣어줘\nassistant: 네, 주민등록번호 칸에 입력했습니다." % r, r)
    I("ko", "chat", "user: 사업자등록번호 뭐였지?\nassistant: %s, (주)한빛전자입니다." % brn_kr())
    # Swahili: M-Pesa PIN
    p = pin(4)
    S("sw", "chat", "user: PIN yangu ya M-Pesa ni %s, nitumie elfu mbili kwa mama\nassistant: Ni salama zaidi uweke PIN mwenyewe; nimeandaa muamala tu." % p, p)
    I("sw", "chat", "user: Paybill namba ya KPLC ni ipi?\nassistant: 888880, na akaunti ni namba ya mita yako (iko kwenye bili).")
    # Greek
    p = pw(12)
    S("el", "chat", "user: ο κωδικός του wifi στο γραφείο είναι %s\nassistant: Εντάξει, τον πρόσθεσα στις ιδιωτικές σημειώσεις." % p, p)
    I("el", "chat", "user: ποιος είναι ο αριθμός παραγγελίας;\nassistant: %s, παράδοση την Πέμπτη." % order_no("GR", 8))
    # Czech, Swedish, Norwegian, Danish, Finnish, Hungarian, Romanian quick ones
    p = pin(4)
    S("cs", "chat", "user: kód od vchodu je %s a pak zvonek 12\nassistant: Díky, dám to kurýrovi do poznámky." % p, p)
    I("cs", "chat", "user: jaké je IČO firmy?\nassistant: IČO %s, Strojírny Beneš s.r.o." % rd(8))
    b = personnummer_se()
    S("sv", "chat", "user: mitt personnummer är %s, fyll i det i Försäkringskassans formulär\nassistant: Klart, ifyllt." % b, b)
    I("sv", "chat", "user: vad är bankgiro för fakturan?\nassistant: Bankgiro %s-%s, Nordström Verktyg AB." % (rd(3), rd(4)))
    f = fnr_no()
    S("nb", "chat", "user: fødselsnummeret mitt er %s, kan du fylle ut skjemaet til NAV?\nassistant: Ja, det er fylt inn." % f, f)
    cp = cpr_dk()
    S("da", "chat", "user: mit CPR er %s, bare sæt det ind i ansøgningen\nassistant: Det er indsat." % cp, cp)
    h = hetu_fi()
    S("fi", "chat", "user: henkilötunnukseni on %s, täytä se Kelan lomakkeeseen\nassistant: Täytetty." % h, h)
    t = taj_hu()
    S("hu", "chat", "user: a TAJ-számom %s, írd be az időpontfoglaláshoz\nassistant: Beírtam." % t, t)
    c = cnp_ro()
    S("ro", "chat", "user: CNP-ul meu e %s, completează-l în cererea pentru ANAF\nassistant: Completat." % c, c)
    I("hu", "chat", "user: mi a rendelésszám?\nassistant: %s, holnap érkezik." % order_no("HU", 8))
    I("ro", "chat", "user: care e codul de reducere?\nassistant: 'PRIMAVARA10' — 10% reducere până pe 31 martie.")
    # Serbian, Georgian, Amharic
    j = jmbg_rs()
    S("sr", "chat", "user: мој ЈМБГ је %s, упиши га у пријаву\nassistant: Уписано." % j, j)
    g = ge_pn()
    S("ka", "chat", "user: ჩემი პირადი ნომერია %s, ჩაწერე განაცხადში\nassistant: ჩავწერე." % g, g)
    pp = pin(4)
    S("am", "chat", "user: የቴሌብር ፒኔ %s ነው፣ ለእናቴ 500 ብር ላክልኝ\nassistant: ፒኑን እርስዎ ራስዎ ቢያስገቡ ይሻላል፤ ክፍያውን አዘጋጅቻለሁ።" % pp, pp)
    I("am", "chat", "user: የትዕዛዝ ቁጥሬ ስንት ነው?\nassistant: %s፣ ነገ ይደርሳል።" % order_no("ET", 7))
    I("ka", "chat", "user: რამდენი სიმბოლო უნდა ჰქონდეს პაროლს?\nassistant: მინიმუმ 10 სიმბოლო, ციფრით და დიდი ასოთი.")
    I("sr", "chat", "user: који је број пошиљке?\nassistant: %s, Пошта Србије." % ("RR" + rd(9) + "RS"))


# ================================================================= structured extras (API responses, XML, SQL, TOML, OCR, voice)
def structured():
    # --- secrets
    t = do_tok()
    S("de", "api", '{\n  "id": "tok_%s",\n  "name": "ci-deploy",\n  "scopes": ["droplet:create", "droplet:read"],\n  "token": "%s",\n  "hinweis": "Token wird nur einmal angezeigt"\n}' % (rd(8), t), t)
    cn = card("mc", "")
    S("nl", "xml", "<Betaling>\n  <Klant>K-%s</Klant>\n  <Kaarthouder>P. Smit</Kaarthouder>\n  <Kaartnummer>%s</Kaartnummer>\n  <Vervaldatum>2029-07</Vervaldatum>\n  <CVC>%s</CVC>\n</Betaling>" % (rd(6), cn, cvv()), cn)
    k = tencent_ak()
    sk = rs(32)
    S("zh", "toml", "# 腾讯云 COS 上传（测试环境也用这个，别外传）\n[cos]\nregion = \"ap-guangzhou\"\nsecret_id = \"%s\"\nsecret_key = \"%s\"" % (k, sk), sk)
    y = yandex_oauth()
    S("ru", "api", 'HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"access_token": "%s", "expires_in": 31536000, "refresh_token": "1:%s:%s", "token_type": "bearer"}' % (y, rs(16), rs(40, AN + "-_")), y)
    fh = feishu_hook()
    S("zh", "json", '{"机器人名称": "发布通知", "飞书webhook": "%s", "签名校验": "关闭"}' % fh, fh)
    dt = dingtalk_hook()
    S("zh", "ini", "[钉钉告警]\nwebhook = %s\nat_mobiles = \n; 这个 token 泄露了谁都能往群里发消息" % dt, dt)
    p = pw(12)
    S("ur", "sql", "-- سپورٹ ٹکٹ #%s سے کاپی\nUPDATE staff_accounts SET temp_password = '%s', must_change = 1 WHERE username = 'imran.qureshi';" % (rd(5), p), p)
    sb = shopify()
    S("fr", "api", '{\n  "boutique": "maison-lemoine.myshopify.com",\n  "access_token": "%s",\n  "scope": "read_orders,write_products"\n}' % sb, sb)
    mp = mapbox_sk()
    S("es", "env", "# mapas del panel de repartos\nMAPBOX_PUBLIC_TOKEN=pk.eyJ1IjoiZWplbXBsbyIsImEiOiJjbGV4YW1wbGUifQ.placeholder\nMAPBOX_SECRET_TOKEN=%s" % mp, mp)
    w = teams_hook()
    S("pl", "yaml", "powiadomienia:\n  teams:\n    url: \"%s\"\n    kanał: \"Magazyn - awarie\"" % w, w)
    r = rrn_kr()
    S("ko", "xml", "<지원자>\n  <성명>정하은</성명>\n  <주민등록번호>%s</주민등록번호>\n  <연락처>010-%s-%s</연락처>\n</지원자>" % (r, rd(4), rd(4)), r)
    i = curp_mx()
    S("es", "ocr", "[OCR credencial INE, confianza 0.88]\nINSTITUTO NACIONAL ELECTORAL\nNOMBRE GARCÍA LÓPEZ MARÍA FERNANDA\nCURP %s\nAÑO DE REGISTRO 2012 03\nSECCIÓN 4127" % i, i)
    cu = cuil_ar()
    S("es", "form", "Alta de empleado (RRHH)\nApellido y nombre: Sosa, Matías\nCUIL: %s\nObra social: OSDE\nCBU: %s" % (cu, "0" + rd(21, False)), cu)
    rut = rut_cl()
    S("es", "csv", "rut;nombre;comuna;plan\n%s;Valentina Rojas;Ñuñoa;Fibra 600\n%s;Cristóbal Muñoz;Maipú;Fibra 300" % (rut, rut_cl()), rut)
    b = rrn_be()
    S("nl", "csv", "rijksregisternummer;naam;gemeente\n%s;Wouters Lien;Gent\n%s;Peeters Jens;Leuven" % (b, rrn_be()), b)
    nf = nif_pt()
    S("pt", "kv", "Dados para faturação (particular)\nNome: Inês Carvalho\nNIF: %s\nMorada: Rua das Flores 18, 4050-262 Porto" % nf, nf)
    z = za_id()
    S("en", "csv", "applicant_id,full_name,sa_id_number,branch\nA-3091,Thandiwe Nkosi,%s,Durban North\nA-3092,Pieter van Wyk,%s,Stellenbosch" % (z, za_id()), z)
    tf = tfn_au()
    S("en", "form", "TFN declaration (copy)\nTax file number: %s\nName: Ms Chloe Anderson\nAre you an Australian resident for tax purposes? Yes\nClaim tax-free threshold? Yes" % tf, tf)
    kv = kvnr_de()
    S("de", "xml", "<Versicherter>\n  <Name>Schulte, Anna</Name>\n  <Krankenversichertennummer>%s</Krankenversichertennummer>\n  <Kasse>AOK Nordost</Kasse>\n</Versicherter>" % kv, kv)
    # --- innocents
    I("de", "sql", "SELECT bestellnr, status, COUNT(*) AS pos FROM auftraege WHERE status IN ('PIN_FALSCH', 'TIMEOUT') GROUP BY 1, 2;\n bestellnr  |   status   | pos\n------------+------------+-----\n A-%s | PIN_FALSCH |   3\n A-%s | TIMEOUT    |   1" % (rd(8), rd(8)))
    I("fr", "yaml", "politique_mots_de_passe:\n  longueur_min: 12\n  longueur_max: 128\n  historique: 5\n  expiration_jours: 0\n  code_otp:\n    chiffres: 6\n    validite_s: 300")
    I("es", "form", "Formulario de devolución\nNº de pedido: %s\nMotivo: talla incorrecta\nCódigo de devolución: RMA-%s\nReembolso a la tarjeta terminada en 4417" % (order_no("ES", 8), rd(6)))
    I("ja", "ocr", "[OCR 領収書]\n株式会社山田製作所 御中\n金額 ¥48,400-（税込）\n登録番号 T%s\n但し 部品代として\n2026年2月14日" % corp_no_jp())
    I("ru", "voice", "[голосовое, расшифровка] слушай, номер заказа двадцать два сорок восемь, он пришёл не тот, пароль от личного кабинета я сама сменю, не надо")
    I("ar", "sql", "SELECT COUNT(*) FROM login_attempts WHERE result = 'WRONG_PASSWORD' AND created_at > now() - interval '1 hour';\n count\n-------\n   418\n-- ارتفاع محاولات الدخول الفاشلة، ربما هجوم تخمين")
    I("ko", "yaml", "# 비밀번호 정책\npassword:\n  min_length: 10\n  require_special: true\n  lock_after_failures: 5\notp:\n  digits: 6\n  ttl_seconds: 180")
    I("it", "xml", "<Fattura>\n  <Numero>2026/0%s</Numero>\n  <PartitaIVA>IT%s</PartitaIVA>\n  <IBAN>%s</IBAN>\n  <Causale>Saldo fornitura febbraio</Causale>\n</Fattura>" % (rd(3), piva_it(), iban("IT")))
    I("ur", "chat", "user: میرا آرڈر نمبر کیا ہے؟\nassistant: %s، کل تک پہنچ جائے گا۔" % order_no("PK", 8))
    I("hinglish", "voice", "[voice note transcript] haan bhai order number PZ-%s hai, pizza thanda aaya, refund ka ticket daal do, password wagairah kuch nahi chahiye" % rd(6))
    I("tr", "ocr", "[OCR fatura]\nANADOLU TEKSTİL A.Ş.\nVergi Dairesi: Osmangazi  VKN: %s\nFatura No: ATX2026%s\nTOPLAM: 12.480,00 TL" % (vkn_tr(), rd(9)))
    I("en", "sql", "-- migration 0042: passwords are now argon2id; legacy md5 column dropped\nALTER TABLE accounts DROP COLUMN password_md5;\nALTER TABLE accounts ADD COLUMN pin_retry_count smallint NOT NULL DEFAULT 0;\n-- rollback: see 0041_down.sql")
    I("pl", "api", '{\n  "kod": "INVALID_BLIK_CODE",\n  "komunikat": "Kod BLIK wygasł lub jest nieprawidłowy. Kod ma 6 cyfr i jest ważny 120 sekund.",\n  "id_transakcji": "%s"\n}' % ruuid())
    I("zh", "toml", "[登录策略]\n密码最小长度 = 8\n验证码位数 = 6\n验证码有效期秒 = 300\n最大失败次数 = 5\n# 具体密钥由 KMS 下发，不写在这里")


english()
mixed()
extras()
structured()
build_localized(LANGS)

if __name__ == "__main__":
    import collections
    assert SECRETS and INNOCENT
    for s in SECRETS:
        assert isinstance(s.secret, str) and s.secret, s.id
        assert s.secret in s.text, s.id
        assert s.id.startswith("c49-s-"), s.id
    for i in INNOCENT:
        assert i.id.startswith("c49-i-"), i.id
    ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    dup = [k for k, v in collections.Counter(s.secret for s in SECRETS).items() if v > 1]
    assert not dup, dup
    for s in SECRETS:
        for i in INNOCENT:
            assert not (len(s.secret) > 5 and s.secret in i.text), (s.id, i.id)
    langs = collections.Counter(_META[x][0] for x in ids)
    print("secrets:", len(SECRETS), "innocent:", len(INNOCENT), "total:", len(ids), "languages:", len(langs))
    print("english share: %.1f%%" % (100.0 * langs["en"] / len(ids)))
