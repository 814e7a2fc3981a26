"""Independent test corpus c30 for a secret-redaction filter.

Started: Mon Dec  7 15:01:12 UTC 2026

Totals: 214 SECRETS, 219 INNOCENT; 55 language tags.
English: 74 secrets + 74 innocent = 148/433 (34.2%).
Ids: c30-s-NNN-<lang> / c30-i-NNN-<lang>; the tag is the language of the human-written
part (transliterated text keeps the tag of the language, e.g. Hinglish = hi).

Counts by language (tag name secrets/innocent):
  en English 74/74; es Spanish 9/9; ar Arabic (MSA, Gulf, Egyptian, Arabizi) 6/7; hi
  Hindi (Devanagari + Hinglish) 6/7; fr French (FR, CI, SN) 5/6; pt Portuguese (BR, PT,
  MZ) 5/5; id Indonesian 4/5; sw Swahili (KE, TZ) 4/5; bn Bengali (script + Banglish)
  4/4; de German 4/4; fil Filipino/Taglish 4/4; ru Russian (Cyrillic + translit) 4/4; ur
  Urdu (Nastaliq + Roman Urdu) 4/4; vi Vietnamese (incl. no-diacritics SMS) 4/4; zh
  Chinese 4/4; it Italian 3/3; ja Japanese 3/3; ko Korean 3/3; ms Malay 3/3; pcm
  Nigerian Pidgin 3/3; pl Polish 3/3; ta Tamil (script + Tanglish) 3/3; th Thai 3/3; tr
  Turkish 3/3; uk Ukrainian 3/3; am Amharic 2/2; fa Persian (script + Finglish) 2/2; ha
  Hausa 2/2; he Hebrew 2/2; mr Marathi 2/2; ne Nepali (script + romanised) 2/2; nl Dutch
  2/2; ro Romanian 2/2; si Sinhala (script + Singlish) 2/2; so Somali 2/2; te Telugu
  (script + Tenglish) 2/2; yo Yoruba 2/2; zu Zulu 2/2; af Afrikaans 1/1; bg Bulgarian
  1/1; cs Czech 1/1; el Greek 1/1; fi Finnish 1/1; gu Gujarati 1/1; ht Haitian Creole
  1/1; hu Hungarian 1/1; ig Igbo 1/1; ka Georgian 1/1; kk Kazakh 1/1; km Khmer 1/1; my
  Burmese 1/1; nb Norwegian Bokmål 1/1; pa Punjabi (Gurmukhi) 1/1; sr Serbian (Latin)
  1/1; sv Swedish 1/1

Counts by setting (first part of META[id][0]; secrets/innocent):
  elderly 35/16; patient 21/10; banking 15/14; travel 4/25; shopping 0/25; small
  business 4/20; shop owner 4/17; family 16/4; government 16/3; mobile money 10/8;
  school 8/9; sports club 8/7; landlord 10/4; delivery 1/11; gig work 7/5; immigration
  8/4; household 1/7; crypto hobby 4/3; scam check 5/2; student 4/3; farming 2/4; church
  2/3; fishing 2/3; work 5/0; farming co-op 2/2; gaming 2/2; family group chat 2/1;
  volunteer 1/2; hobby 2/0; photography hobby 1/1; synagogue volunteer 1/1; telecom 2/0;
  customer support 0/1; hospitality 1/0; library volunteer 1/0; loan app 1/0; police
  report 0/1; refugee 1/0; remittance 0/1; savings circle 1/0; smart home hobby 1/0;
  teacher 1/0; wedding 1/0; work abroad 1/0

Counts by record kind (META[id][1]; secrets/innocent):
  message 162/177; tool output 13/14; assistant reply 8/12; tool call 13/4; summary 5/3;
  lesson 2/4; pasted chat 5/1; notice 0/3; voice note transcript 3/0; handover note 1/0;
  house rules 1/0; pasted screen 1/0; template 0/1

Labelling choices (borderline cases)
------------------------------------
SECRET (the `secret` field is the most critical span; other sensitive values may
also be present, e.g. a card number next to the labelled 3-D Secure password):
* PINs of every kind (ATM, card, UPI, mobile money: M-Pesa, bKash, Nagad, Rocket,
  JazzCash, eSewa, GCash MPIN, MoMo, GoPay, EVC Plus, Zaad, telebirr, OPay, MonCash,
  Orange Money, Nequi, KBZPay, ABA; SIM PIN and PUK; printer/library/app PINs),
  including when written in words (en/hi/id), digit-by-digit with spaces or
  dashes, in Devanagari/Bengali/Arabic-Indic/Thai/Myanmar/full-width digits, or
  implied ("the usual one", "grandma's birthday backwards" then the value).
* One-time codes: bank OTP, TAC, BLIK, WhatsApp/Kakao/Alipay codes, LPG delivery
  code. When an OTP is split over two messages, the first part is labelled.
* Door, gate, locker, hotel-safe, lockbox and digicode codes.
* Wi-Fi passwords, including a café's customer Wi-Fi printed on a sign and a staff
  Wi-Fi password written into a class lesson sheet (still a live credential).
* Passwords / logins (Netflix, school portal, SPID, e-Devlet, Gosuslugi, DigiLocker,
  bank apps, Zoom host account), security answers (mother's maiden name).
* Cards (Luhn-valid Visa, Mastercard, Mir, UnionPay, Shetab) and CVVs; the Iranian
  "second password" (ramz-e dovom) is labelled rather than the card next to it.
* Personal bank accounts: IBANs, NUBAN, CLABE, CBU, Indian/Vietnamese/Ethiopian/
  Kenyan/Australian/US account numbers -- SECRET even when the owner shares them to
  be paid (rent, school fees). Bank/branch identifiers alone (IFSC, MICR, SWIFT/BIC,
  sort code, BSB, ABA routing number) are INNOCENT. Organisation IBANs are
  deliberately not used in either list.
* Identity / tax / social-security / voter / health numbers of persons (Aadhaar, PAN,
  EPIC, CNIC, NID, NIK, MyKad, SSS, PhilSys PCN, CCCD, Thai ID, Kenyan ID, personal
  KRA PIN, NIDA, BVN, NIN, Ghana Card, SA ID, Saudi ID, Emirates ID, Egyptian NID,
  code melli, Teudat Zehut, TCKN, NIR, CPF, CURP, RUT, CUIL, DNI/NIE, Ecuadorian
  cedula, PESEL, RNOKPP, SNILS, CNP, JMBG, rodne cislo, EGN, TAJ, AMKA, Steuer-ID,
  KVNR, codice fiscale, BSN, personnummer, fodselsnummer, HETU, My Number, RRN,
  Chinese resident ID, Georgian personal no., IIN, SSN, SIN, NINO, NHS no., AU
  Medicare, US MBI, PPSN, NRIC, HKID, US A-number), passports, driving licences.
* Crypto: seed phrases, WIF and hex private keys, exchange API secrets.
* Hobbyist API keys/tokens: Telegram bot, Discord bot, GitHub PAT, OpenAI key,
  Home Assistant long-lived JWT. Recovery material: Gmail/Instagram backup codes,
  Apple recovery key, BitLocker recovery key.
INNOCENT (must survive unchanged):
* IMEIs (Luhn-valid, 15 digits) -- my call: device identifiers, not credentials.
* Public crypto receive addresses and transaction ids (64 hex chars, txid) -- they
  are meant to be shared / are public on chain, although a txid looks exactly like a
  hex private key.
* Transaction references (M-Pesa codes, bKash TrxID, GCash Ref. No., Orange Money
  ID, JazzCash TID, telebirr ids, POS RRN/STAN/terminal id, card "Auth code" on a
  receipt), order/booking/PNR/e-ticket/tracking numbers (UPU S10 with valid check
  digit), support tickets, prescription numbers, visa application references.
* Phone numbers, addresses, postal codes (incl. Indian "PIN code 560038" and a
  10-digit Iranian postal code in Persian digits), prices, dates, ages, scores, bus/
  flight/train/seat/room numbers, plates, boat registrations, model/serial numbers.
* Business identifiers printed publicly: till and paybill numbers, company GSTIN,
  VAT (UK, DE), Companies House no., CNPJ, SIRET, NIT, RUC, REGON/NIP of a firm,
  INN/OGRN of an organisation, Partita IVA, Korean business reg. no., USCC, ABN,
  EIN, a company KRA PIN (P...), Saudi CR/VAT, SSM, KvK, Y-tunnus, org numbers,
  EDRPOU of a school, charity number.
* Usernames, emails, UPI VPAs, Discord/Steam/Switch friend ids alone; a Zoom meeting
  ID without its passcode; school roll/admission numbers, co-op member numbers,
  volunteer badge numbers; USSD short codes (*334#, *99#); error codes.
* Masked values (XX2036, ******4307, XXXX XXXX 2659, 1........0), placeholders
  ([your password], XXXX-XXXX-XXXX-XXXX) and prose about secrets ("never share your
  PIN", "I forgot my password", "the passcode is sent separately", a scam text
  quoting a card ending the user does not have).

Generation notes
----------------
All values are synthetic, drawn from one random.Random(SEED) at import time.
Valid check digits are computed for: Luhn (cards, IMEI, SA ID, SIN, Saudi ID,
Emirates ID, Teudat Zehut, personnummer, AMKA, SIRET, P.IVA), Verhoeff (Aadhaar),
IBAN mod-97 (plus FR RIB key, ES DC digits, PT NIB, PL sort-code digit), NUBAN,
CLABE, CBU, CPF, CNPJ, RUT, CUIL, CURP, PESEL, REGON, NIP, CNP, RNOKPP, SNILS,
INN-10/12, OGRN, TCKN, Thai ID, Chinese ID, Korean RRN, My Number, DNI/NIE, codice
fiscale, NIR key, BSN, fodselsnummer, HETU, Steuer-ID (with its digit-repetition
rule), KVNR, code melli, rodne cislo, NHS, AU Medicare, NRIC, HKID, PPSN, Ecuadorian
cedula, JMBG, EGN, TAJ, IIN, GSTIN, S10 tracking, Korean BRN, ABN, UK VAT, USCC,
Peruvian RUC, Colombian NIT, ABA routing, BitLocker (blocks are multiples of 11),
Bitcoin WIF / P2PKH (base58check), GitHub token CRC32 tail (as publicly described).
Format only (no public check algorithm, or not computed): SSN, NINO, PAN, EPIC,
CNIC, BD NID, Nepali citizenship, Sri Lankan NIC, NIK, MyKad, SSS, PhilSys PCN,
CCCD, Kenyan ID, KRA PIN, NIDA, BVN, NIN, Ghana Card, Egyptian NID (last digit
random), Georgian PN, MBI, passports, driving licences (UK DVLA check chars random).
Seed phrases use words from the English BIP39 list but the BIP39 checksum is NOT
computed (the full ordered list is not embedded), so ~15/16 would fail a strict
checksum test.
META maps every id to (setting, record kind) for analysis; it is informational.
"""
from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
import random
import string
import zlib
from typing import NamedTuple


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SEED = 3020261207
_R = random.Random(SEED)

SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
# id -> (setting, record kind); informational only
META: dict[str, tuple[str, str]] = {}


def _S(lang: str, setting: str, kind: str, text: str, secret: str) -> None:
    sid = f"c30-s-{len(SECRETS) + 1:03d}-{lang}"
    assert secret, sid
    assert secret in text, (sid, secret, text)
    SECRETS.append(Secret(sid, text, secret))
    META[sid] = (setting, kind)


def _I(lang: str, setting: str, kind: str, text: str) -> None:
    iid = f"c30-i-{len(INNOCENT) + 1:03d}-{lang}"
    INNOCENT.append(Innocent(iid, text))
    META[iid] = (setting, kind)


# ---------------------------------------------------------------- random bits
_DIG = "0123456789"
_UP = string.ascii_uppercase
_LOW = string.ascii_lowercase
_B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def dg(n: int) -> str:
    return "".join(_R.choice(_DIG) for _ in range(n))


def dgnz(n: int) -> str:
    return _R.choice("123456789") + dg(n - 1)


def pick(seq):
    return _R.choice(seq)


def chars(n: int, alphabet: str) -> str:
    return "".join(_R.choice(alphabet) for _ in range(n))


def pin(n: int = 4) -> str:
    while True:
        p = dg(n)
        if len(set(p)) > 1 and p not in ("1234", "123456", "0000"):
            return p


def otp(n: int = 6) -> str:
    return dgnz(n)


def spaced(s: str, sep: str = " ") -> str:
    return sep.join(s)


def grp(s: str, k: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + k] for i in range(0, len(s), k))


def grp_sizes(s: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def bdate(y0: int, y1: int) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(_R.randint(start, end))


_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "hi": "shunya ek do teen char paanch chhe saat aath nau".split(),
    "hid": "शून्य एक दो तीन चार पाँच छह सात आठ नौ".split(),
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve".split(),
    "pt": "zero um dois três quatro cinco seis sete oito nove".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa".split(),
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "vi": "không một hai ba bốn năm sáu bảy tám chín".split(),
    "th": "ศูนย์ หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split(),
    "fil": "sero isa dalawa tatlo apat lima anim pito walo siyam".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять".split(),
    "yo": "odo ookan eeji eeta eerin aarun eefa eeje eejo eesan".split(),
    "ha": "sifili daya biyu uku hudu biyar shida bakwai takwas tara".split(),
    "zu": "zero kunye kubili kuthathu kune kuhlanu isithupha isikhombisa isishiyagalombili isishiyagalolunye".split(),
    "am": "ዜሮ አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ".split(),
    "ja": "ゼロ いち に さん よん ご ろく なな はち きゅう".split(),
    "ko": "공 일 이 삼 사 오 육 칠 팔 구".split(),
    "zh": "零 一 二 三 四 五 六 七 八 九".split(),
}


def words(s: str, lang: str = "en", sep: str = " ") -> str:
    w = _WORDS[lang]
    return sep.join(w[int(c)] for c in s)


_SCRIPTS = {
    "deva": "०१२३४५६७८९",
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "pers": "۰۱۲۳۴۵۶۷۸۹",
    "beng": "০১২৩৪৫৬৭৮৯",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
    "full": "０１２３４５６７８９",
    "taml": "௦௧௨௩௪௫௬௭௮௯",
    "mymr": "၀၁၂၃၄၅၆၇၈၉",
    "khmr": "០១២៣៤៥៦៧៨៩",
}


def script(s: str, name: str) -> str:
    t = _SCRIPTS[name]
    return "".join(t[int(c)] if c.isdigit() else c for c in s)


def tool_call(name: str, args: dict) -> str:
    return f"<tool_call name=\"{name}\">{json.dumps(args, ensure_ascii=False)}</tool_call>"


def jdump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1)


# ------------------------------------------------------------- check digits
def luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
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


def luhn_num(prefix: str, length: int) -> str:
    body = prefix + dg(length - len(prefix) - 1)
    return body + luhn_digit(body)


_CARD_PREFIX = {
    "visa": (["4"], 16),
    "mc": (["51", "52", "53", "54", "55", "2221", "2720", "2500"], 16),
    "amex": (["34", "37"], 15),
    "rupay": (["6522", "6070", "6080", "5085"], 16),
    "unionpay": (["6228", "6217", "6212"], 16),
    "jcb": (["3530", "3566", "3589"], 16),
    "discover": (["6011"], 16),
    "verve": (["5061", "6500"], 19),
    "elo": (["6362", "5067", "4389"], 16),
    "mir": (["2200", "2202", "2204"], 16),
    "troy": (["9792"], 16),
    "shetab": (["603799", "589210", "627412", "610433"], 16),
}


def card(brand: str = "visa") -> str:
    prefixes, length = _CARD_PREFIX[brand]
    return luhn_num(pick(prefixes), length)


def cvv(n: int = 3) -> str:
    return dg(n)


def imei() -> str:
    tac = pick(["35", "86", "35", "01", "49"]) + dg(6)
    return luhn_num(tac, 15)


def iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban_de() -> str:
    return iban("DE", pick(["10070024", "50010517", "20041111", "37040044", "70150000"]) + dg(10))


def iban_gb() -> str:
    return iban("GB", pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + dg(6) + dg(8))


def iban_fr() -> str:
    bank, guichet, acct = pick(["30004", "30003", "20041", "10278"]), dg(5), dg(11)
    key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
    return iban("FR", f"{bank}{guichet}{acct}{key:02d}")


def _es_dc(s: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
    return "0" if r == 11 else "1" if r == 10 else str(r)


def iban_es() -> str:
    bank, branch, acct = pick(["2100", "0049", "0182", "2085"]), dg(4), dg(10)
    return iban("ES", bank + branch + _es_dc("00" + bank + branch) + _es_dc(acct) + acct)


def iban_nl() -> str:
    return iban("NL", pick(["INGB", "ABNA", "RABO", "SNSB", "TRIO"]) + dg(10))


def iban_pl() -> str:
    b7 = pick(["1020", "1140", "1050", "1090", "1240"]) + dg(3)
    w = [3, 9, 7, 1, 3, 9, 7]
    b8 = b7 + str((10 - sum(int(c) * x for c, x in zip(b7, w)) % 10) % 10)
    return iban("PL", b8 + dg(16))


def iban_ro() -> str:
    return iban("RO", pick(["BTRL", "RNCB", "BRDE", "INGB"]) + chars(16, _UP + _DIG))


def iban_tr() -> str:
    return iban("TR", pick(["00010", "00012", "00046", "00062", "00064"]) + "0" + dg(16))


def iban_ua() -> str:
    return iban("UA", pick(["305299", "322001", "300465", "320649"]) + "0000" + dgnz(15))


def iban_pt() -> str:
    body = pick(["0035", "0033", "0007", "0010"]) + dg(4) + dg(11)
    chk = 98 - (int(body) * 100) % 97
    return iban("PT", f"{body}{chk:02d}")


def iban_sa() -> str:
    return iban("SA", pick(["80", "10", "45", "20"]) + "0000" + dg(14))


def iban_ae() -> str:
    return iban("AE", pick(["033", "026", "035", "030"]) + dg(16))


def iban_pk() -> str:
    return iban("PK", pick(["HABB", "MEZN", "UNIL", "MUCB", "SCBL"]) + dg(16))


def iban_eg() -> str:
    return iban("EG", "0019" + dg(4) + dg(17))


def iban_br() -> str:
    return iban("BR", "00000000" + dg(5) + dg(10) + "C" + "1")


def iban_ge() -> str:
    return iban("GE", pick(["TB", "BG"]) + dg(16))


def iban_it() -> str:
    # CIN letter is random here (no national CIN computation); IBAN mod-97 is valid.
    return iban("IT", pick(_UP) + pick(["03069", "02008", "05034"]) + dg(5) + dg(12))


def nuban() -> str:
    bank = pick(["058", "044", "011", "033", "057", "232"])
    serial = dgnz(9)
    w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    s = sum(int(c) * x for c, x in zip(bank + serial, w))
    c = 10 - s % 10
    return serial + ("0" if c == 10 else str(c))


def clabe() -> str:
    body = pick(["002", "012", "014", "021", "072"]) + dg(3) + dg(11)
    w = [3, 7, 1] * 6
    s = sum((int(c) * x) % 10 for c, x in zip(body, w))
    return body + str((10 - s % 10) % 10)


def cbu() -> str:
    b1 = pick(["0110", "0170", "0070", "0140"]) + dg(3)
    w1 = [7, 1, 3, 9, 7, 1, 3]
    c1 = (10 - sum(int(c) * x for c, x in zip(b1, w1)) % 10) % 10
    b2 = dg(13)
    w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c2 = (10 - sum(int(c) * x for c, x in zip(b2, w2)) % 10) % 10
    return f"{b1}{c1}{b2}{c2}"


# Verhoeff (Aadhaar)
_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 7, 6, 8, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(payload: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(payload)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar() -> str:
    body = _R.choice("23456789") + dg(10)
    return body + verhoeff_digit(body)


def pan_in(surname_initial: str = "") -> str:
    return chars(3, _UP) + "P" + (surname_initial or pick(_UP)) + dg(4) + pick(_UP)


def epic_in() -> str:
    return chars(3, _UP) + dg(7)


def cpf() -> str:
    d = [int(c) for c in dgnz(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def cnpj() -> str:
    d = [int(c) for c in dgnz(8) + "0001"]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        r = sum(x * y for x, y in zip(d, w)) % 11
        d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def rut_cl() -> str:
    n = str(_R.randint(8_000_000, 24_999_999))
    s, m = 0, 2
    for c in reversed(n):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else "K" if r == 10 else str(r)
    return f"{int(n):,}".replace(",", ".") + "-" + dv


def cuil_ar(female: bool = False) -> str:
    while True:
        pre = "27" if female else "20"
        dni = str(_R.randint(20_000_000, 45_999_999))
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(c) * x for c, x in zip(pre + dni, w)) % 11
        if r == 10:
            continue
        return f"{pre}-{dni}-{0 if r == 11 else r}"


_CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(initials4: str, d: _dt.date, sex: str, state: str, cons3: str) -> str:
    diff = str(_R.randint(0, 9)) if d.year < 2000 else pick("ABCDEFGH")
    body = f"{initials4}{d:%y%m%d}{sex}{state}{cons3}{diff}"
    s = sum(_CURP_DICT.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def pesel(d: _dt.date, male: bool) -> str:
    mm = d.month + (20 if d.year >= 2000 else 0)
    serial = dg(3) + str(pick([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    body = f"{d:%y}{mm:02d}{d:%d}{serial}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


def regon9() -> str:
    body = dgnz(8)
    w = [8, 9, 2, 3, 4, 5, 6, 7]
    r = sum(int(c) * x for c, x in zip(body, w)) % 11
    return body + ("0" if r == 10 else str(r))


def nip_pl() -> str:
    while True:
        body = dgnz(9)
        w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
        r = sum(int(c) * x for c, x in zip(body, w)) % 11
        if r != 10:
            return body + str(r)


def cnp_ro(d: _dt.date, male: bool) -> str:
    s = ("1" if male else "2") if d.year < 2000 else ("5" if male else "6")
    body = f"{s}{d:%y%m%d}{_R.randint(1, 46):02d}{dgnz(3)}"
    w = "279146358279"
    r = sum(int(c) * int(x) for c, x in zip(body, w)) % 11
    return body + ("1" if r == 10 else str(r))


def rnokpp_ua(d: _dt.date, male: bool) -> str:
    days = (d - _dt.date(1899, 12, 31)).days
    body = f"{days:05d}{dg(3)}{pick('13579' if male else '02468')}"
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(c) * x for c, x in zip(body, w)) % 11 % 10)


def snils() -> str:
    body = str(_R.randint(2_000_000, 999_999_999)).zfill(9)
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {c:02d}"


def inn12() -> str:
    body = pick(["77", "78", "50", "54", "66", "16"]) + dg(8)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    body += str(sum(int(c) * x for c, x in zip(body, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return body + str(sum(int(c) * x for c, x in zip(body, w2)) % 11 % 10)


def tckn() -> str:
    d = [int(c) for c in dgnz(9)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def za_id(d: _dt.date, male: bool) -> str:
    seq = _R.randint(5000, 9999) if male else _R.randint(0, 4999)
    body = f"{d:%y%m%d}{seq:04d}08"
    return body + luhn_digit(body)


def th_id() -> str:
    body = pick("1123458") + dg(11)
    s = sum(int(c) * (13 - i) for i, c in enumerate(body))
    return body + str((11 - s % 11) % 10)


def th_fmt(n: str) -> str:
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def cn_id(d: _dt.date, male: bool) -> str:
    area = pick(["110105", "310104", "440106", "510107", "330106", "420111"])
    seq = dg(2) + pick("13579" if male else "02468")
    body = f"{area}{d:%Y%m%d}{seq}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]


def kr_rrn(d: _dt.date, male: bool) -> str:
    g = ("1" if male else "2") if d.year < 2000 else ("3" if male else "4")
    body = f"{d:%y%m%d}{g}{dg(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(c) * x for c, x in zip(body, w)) % 11) % 10
    return f"{body[:6]}-{body[6:]}{c}"


def jp_mynumber() -> str:
    body = dg(11)
    s = 0
    for n, c in enumerate(reversed(body), start=1):
        q = n + 1 if n <= 6 else n - 5
        s += int(c) * q
    r = s % 11
    return body + ("0" if r <= 1 else str(11 - r))


_DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni() -> str:
    n = _R.randint(10_000_000, 79_999_999)
    return f"{n:08d}{_DNI_L[n % 23]}"


def es_nie() -> str:
    p = pick("XYZ")
    n = dg(7)
    return f"{p}{n}{_DNI_L[int('XYZ'.index(p).__str__() + n) % 23]}"


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                    16, 10, 22, 25, 24, 23]))


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def it_cf(sur3: str, name3: str, d: _dt.date, female: bool, comune: str) -> str:
    day = d.day + (40 if female else 0)
    body = f"{sur3}{name3}{d:%y}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}{comune}"
    s = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(body))
    return body + chr(65 + s % 26)


def fr_nir(d: _dt.date, male: bool) -> str:
    dept = pick(["75", "69", "13", "93", "59", "33", "97"])
    body = f"{'1' if male else '2'}{d:%y%m}{dept}{_R.randint(1, 400):03d}{_R.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def nl_bsn() -> str:
    while True:
        body = dgnz(8)
        r = sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
        if r < 10:
            return body + str(r)


def be_nrn(d: _dt.date, male: bool) -> str:
    serial = f"{_R.randrange(1 if male else 2, 998, 2):03d}"
    body = f"{d:%y%m%d}{serial}"
    base = int(("2" if d.year >= 2000 else "") + body)
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{serial}.{97 - base % 97:02d}"


def se_pnr(d: _dt.date) -> str:
    body = f"{d:%y%m%d}{dg(3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def no_fnr(d: _dt.date) -> str:
    while True:
        ind = _R.randint(0, 499) if d.year < 2000 else _R.randint(500, 999)
        body = [int(c) for c in f"{d:%d%m%y}{ind:03d}"]
        k1 = 11 - sum(x * w for x, w in zip(body, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        body.append(k1)
        k2 = 11 - sum(x * w for x, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        body.append(k2)
        return "".join(map(str, body))


def fi_hetu(d: _dt.date) -> str:
    nnn = f"{_R.randint(2, 899):03d}"
    sign = "-" if d.year < 2000 else "A"
    chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:%d%m%y}{nnn}") % 31]
    return f"{d:%d%m%y}{sign}{nnn}{chk}"


def ca_sin() -> str:
    n = luhn_num(pick("1234567"), 9)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def us_ssn() -> str:
    while True:
        a = _R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{_R.randint(1, 99):02d}-{_R.randint(1, 9999):04d}"


def de_steuerid() -> str:
    while True:
        ds = list("0123456789")
        _R.shuffle(ds)
        nine = ds[:9]
        digits = nine + [pick(nine)]
        _R.shuffle(digits)
        if digits[0] == "0":
            continue
        prod = 10
        for c in digits:
            s = (int(c) + prod) % 10
            s = 10 if s == 0 else s
            prod = (s * 2) % 11
        chk = 11 - prod
        return "".join(digits) + ("0" if chk == 10 else str(chk))


def de_kvnr() -> str:
    letter = pick(_UP)
    body8 = dg(8)
    seq = f"{ord(letter) - 64:02d}" + body8
    s = 0
    for i, c in enumerate(seq):
        p = int(c) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return f"{letter}{body8}{s % 10}"


def il_tz() -> str:
    return luhn_num(pick("0123"), 9)


def sa_nid(resident: bool = False) -> str:
    return luhn_num("2" if resident else "1", 10)


def ae_eid(year: int) -> str:
    n = luhn_num(f"784{year}", 15)
    return f"{n[:3]}-{n[3:7]}-{n[7:14]}-{n[14]}"


def ir_melli() -> str:
    body = dgnz(9)
    r = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
    return body + str(r if r < 2 else 11 - r)


def pt_nif() -> str:
    body = pick("123") + dg(7)
    c = 11 - sum(int(c) * (9 - i) for i, c in enumerate(body)) % 11
    return body + ("0" if c >= 10 else str(c))


def cz_rc(d: _dt.date, female: bool) -> str:
    while True:
        mm = d.month + (50 if female else 0)
        body = f"{d:%y}{mm:02d}{d:%d}{dg(3)}"
        last = (-int(body) * 10) % 11
        if last < 10:
            return f"{body[:6]}/{body[6:]}{last}"


def au_medicare() -> str:
    body = pick("23456") + dg(7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(c) * x for c, x in zip(body, w)) % 10
    n = f"{body}{c}{_R.randint(1, 9)}"
    return f"{n[:4]} {n[4:9]} {n[9]}"


def nhs_no() -> str:
    while True:
        body = pick("4679") + dg(8)
        c = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if c == 10:
            continue
        n = body + ("0" if c == 11 else str(c))
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def sg_nric(prefix: str = "S") -> str:
    body = dg(7)
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * x for c, x in zip(body, w)) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return f"{prefix}{body}{table[s % 11]}"


def hkid() -> str:
    letter = pick("ACDEHKPRVYZ")
    body = dg(6)
    s = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(c) * w for c, w in zip(body, [7, 6, 5, 4, 3, 2]))
    r = 11 - s % 11
    chk = "0" if r == 11 else "A" if r == 10 else str(r)
    return f"{letter}{body}({chk})"


def ie_ppsn() -> str:
    body = dg(7)
    s = sum(int(c) * w for c, w in zip(body, [8, 7, 6, 5, 4, 3, 2]))
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def ec_cedula() -> str:
    while True:
        body = f"{_R.randint(1, 24):02d}{_R.randint(0, 5)}{dg(6)}"
        s = 0
        for i, c in enumerate(body):
            v = int(c) * (2 if i % 2 == 0 else 1)
            s += v - 9 if v > 9 else v
        return body + str((10 - s % 10) % 10)


def co_nit() -> str:
    body = "9" + dg(8)
    w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    s = sum(int(c) * x for c, x in zip(reversed(body), w))
    r = s % 11
    dv = r if r in (0, 1) else 11 - r
    return f"{int(body):,}".replace(",", ".") + f"-{dv}"


def jmbg(d: _dt.date, male: bool) -> str:
    rr = pick(["71", "80", "10", "21"])
    bbb = f"{_R.randint(0, 499) if male else _R.randint(500, 999):03d}"
    body = f"{d:%d%m}{d.year % 1000:03d}{rr}{bbb}"
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = 11 - sum(int(c) * x for c, x in zip(body, w)) % 11
    return body + ("0" if m > 9 else str(m))


def bg_egn(d: _dt.date, male: bool) -> str:
    mm = d.month + (40 if d.year >= 2000 else 0)
    body = f"{d:%y}{mm:02d}{d:%d}{dg(2)}{pick('02468' if male else '13579')}"
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = sum(int(c) * x for c, x in zip(body, w)) % 11
    return body + ("0" if r == 10 else str(r))


def hu_taj() -> str:
    body = dgnz(8)
    s = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body))
    return body + str(s % 10)


def gr_amka(d: _dt.date) -> str:
    return luhn_num(f"{d:%d%m%y}", 11)


def kz_iin(d: _dt.date, male: bool) -> str:
    while True:
        c7 = ("3" if male else "4") if d.year < 2000 else ("5" if male else "6")
        body = f"{d:%y%m%d}{c7}{dg(4)}"
        ds = [int(c) for c in body]
        r = sum(x * w for x, w in zip(ds, range(1, 12))) % 11
        if r == 10:
            r = sum(x * w for x, w in zip(ds, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
            if r == 10:
                continue
        return body + str(r)


def gstin(state: str = "27") -> str:
    cs = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    body = state + chars(3, _UP) + pick("CF") + pick(_UP) + dg(4) + pick(_UP) + "1Z"
    s = 0
    for i, c in enumerate(body):
        p = cs.index(c) * (1 if i % 2 == 0 else 2)
        s += p // 36 + p % 36
    return body + cs[(36 - s % 36) % 36]


def mrz_check(s: str) -> str:
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def bitlocker_key() -> str:
    return "-".join(f"{11 * _R.randint(0, 65535):06d}" for _ in range(8))


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def wif_key(compressed: bool = True) -> str:
    key = bytes(_R.randrange(256) for _ in range(32))
    return b58check(b"\x80" + key + (b"\x01" if compressed else b""))


def btc_address_p2pkh() -> str:
    return b58check(b"\x00" + bytes(_R.randrange(256) for _ in range(20)))


def hexs(n: int) -> str:
    return chars(n, "0123456789abcdef")


def b62(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = _B62[r] + out
    return out or "0"


def gh_token(prefix: str = "ghp_") -> str:
    body = chars(30, _B62)
    return prefix + body + b62(zlib.crc32(body.encode())).rjust(6, "0")


def tg_bot_token() -> str:
    return f"{_R.randint(5_000_000_000, 7_999_999_999)}:AA{chars(33, _B62 + '_-')}"


def discord_token() -> str:
    uid = str(_R.randint(10 ** 17, 10 ** 18 - 1))
    a = base64.b64encode(uid.encode()).decode().rstrip("=")
    return f"{a}.{chars(6, _B62 + '_-')}.{chars(38, _B62 + '_-')}"


def jwt_token(payload: dict) -> str:
    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc(payload)}.{chars(43, _B62 + '_-')}"


def openai_key() -> str:
    return "sk-proj-" + chars(48, _B62 + "_-") + "T3BlbkFJ" + chars(40, _B62 + "_-")


def google_key() -> str:
    return "AIza" + chars(35, _B62 + "_-")


def apple_recovery_key() -> str:
    return "-".join(chars(4, _UP + "23456789") for _ in range(7))


# BIP39 vocabulary subset (all entries are words of the English BIP39 list).
# Phrases are drawn at random from this subset; the 4/8-bit checksum is NOT
# computed (the full ordered word list is not embedded), so roughly 1 in 16
# twelve-word phrases would pass a strict checksum test.
_BIP = (
    "abandon ability able about above absent absorb abstract absurd abuse access accident "
    "account accuse achieve acid acoustic acquire across action actor actress actual adapt "
    "address adjust admit adult advance advice afford afraid again agent agree ahead airport "
    "aisle alarm album alcohol alert alien alley allow almost alone alpha already alter always "
    "amateur amazing among amount anchor ancient anger angle angry animal ankle announce annual "
    "another answer antenna antique anxiety apart apology appear apple approve april arctic "
    "arena argue armed armor army around arrange arrest arrive arrow artist artwork aspect "
    "asset assist assume asthma athlete atom attack attend attract auction audit august aunt "
    "author autumn average avocado avoid awake aware away awesome awful awkward axis baby "
    "bachelor bacon badge balance balcony bamboo banana banner barely bargain barrel basket "
    "battle beach beauty because become before begin behave behind believe below bench benefit "
    "betray better between beyond bicycle biology birth bitter blanket blast bleak bless blind "
    "blossom blouse board body bonus border boring borrow bottom bounce bracket brain brand "
    "brave bread breeze brick bridge brief bright bring broccoli broken bronze broom brother "
    "bubble buddy budget buffalo build bullet bundle burden burger business butter cabbage cabin "
    "cactus camera canal cancel candy canoe canvas canyon capable capital captain carbon cargo "
    "carpet castle catalog category cattle caution ceiling celery cement census century cereal "
    "certain chair chalk champion change chaos chapter cheese cherry chicken chimney choice "
    "chronic chuckle cinnamon circle citizen civil clarify clever client cliff clinic clock "
    "cluster coconut coffee collect column comfort common company concert confirm connect "
    "consider copper coral correct cotton couch country couple cousin coyote cradle crater "
    "crazy cricket crystal cupboard curious curtain cushion dolphin donkey dragon eagle "
    "electric elephant elegant emotion empty energy enjoy envelope escape evidence "
    "exotic fabric family fantasy february festival fiction flower fortune fossil galaxy garden "
    "garlic giraffe glimpse gorilla gospel harvest hamster hockey hospital island "
    "jaguar journey jungle kangaroo kitchen lemon liberty lizard lobster lottery lumber "
    "magnet mango meadow melody mountain museum mushroom napkin noodle ocean orange "
    "orphan ostrich oyster panther parrot peanut pepper pigeon planet pumpkin puzzle "
    "pyramid rabbit rhythm ribbon rocket salmon satoshi sausage scorpion shrimp "
    "silver spider squirrel stadium sunset tobacco tomato tortoise trophy tunnel turtle "
    "umbrella uncle universe valley velvet village violin volcano walnut whale window winter "
    "wisdom wolf zebra zone"
).split()


def seed_phrase(n: int = 12) -> str:
    return " ".join(_R.sample(_BIP, n))


# ---------------------------------------------------------------- name bits
_PW_WORDS = ["sunflower", "mango", "chelsea", "jesus", "blessing", "tiger", "simba", "rosebud",
             "princess", "goldfish", "baraka", "amani", "lucky", "dragon", "mariposa", "corazon",
             "kitten", "cricket", "monsoon", "paradise", "shalom", "baraka", "fatima", "dilbar"]


def human_pw(base: str | None = None) -> str:
    b = base or pick(_PW_WORDS)
    style = _R.randint(0, 4)
    if style == 0:
        return b.capitalize() + dg(4)
    if style == 1:
        return b + "@" + dg(2) + pick("!#$")
    if style == 2:
        return b.capitalize() + pick("_.") + dg(3) + pick(_UP)
    if style == 3:
        return "".join(c.upper() if _R.random() < 0.3 else c for c in b) + dg(2) + "!"
    return b + str(_R.randint(1960, 2012))


def strong_pw(n: int = 14) -> str:
    return chars(n, _B62 + "!#%&*+-=?@")



# =====================================================================
# SECRETS — English
# =====================================================================
_p = pin()
_p2 = _p[:2] + _p[3] + _p[2]
_S("en", "elderly/banking", "message",
   f"""hi love its mum again
the bank machine at tesco ate my card!! it said wrong pin twice
i put {spaced(_p)} like always. or is it {_p2}?? your dad thinks it changed when they sent the new card
what do i do now, im still standing here""", spaced(_p))

_pw = human_pw("grandkids")
_S("en", "family group chat", "pasted chat",
   f"""[pasted from WhatsApp "Okafor Fam 🏡"]
[19:02] Chidi: who changed the netflix password again 😤
[19:03] Ada: me sorry. new one is {_pw}
[19:03] Ada: dont share it with ur girlfriend pls
[19:05] Mum: What is netflix
Can you summarise who is upset with who""", _pw)

_o = otp()
_S("en", "banking", "tool output",
   f"""tool: read_sms(limit=3)
1) AD-HDFCBK 10:14  OTP for txn of INR 2,450.00 at AMAZON PAY on card xx4411 is {_o}. Valid 5 mins. Do not share with anyone.
2) JD-AIRTEL 09:55  Recharge of Rs 299 successful. Validity 28 days.
3) VM-SWIGGY 08:31  Your order is out for delivery.""", _o)

_pw = human_pw("biker")
_S("en", "gig work", "message",
   f"""ok so for the rider app login its my phone number 0712 448 390 and the password i set is {_pw}
it keeps saying account under review. can u write an email to support for me, dont make it too long""", _pw)

_gc = "#" + pin(4) + "*"
_S("en", "landlord/tenant", "message",
   f"""Hi Mr Patel, plumber coming Thursday between 10 and 12. he wont need me there.
Gate is the usual one {_gc} and the key for the boiler cupboard is under the blue pot.
Can you help me word this nicely to the landlord""", _gc)

_wp = f"{pick(['Sunshine', 'Flatshare', 'Pizza'])}{dg(3)}{pick(['!', '?', '#'])}{pick(['dog', 'cat', 'owl'])}"
_S("en", "landlord/tenant", "house rules",
   f"""HOUSE INFO – Room 3 (new tenant)
Bins: Tuesday night, green = recycling
Quiet hours 11pm–7am
WiFi network: VM4418822
Password:
{_wp}
Rent due on the 1st. Any problems text Sandra.""", _wp)

_med = au_medicare()
_S("en", "patient/caregiver", "summary",
   f"""Summary for Dad's GP visit (caregiver notes)
- BP 150/95, new tablets: amlodipine 5mg once daily
- Bring Medicare card next time, number {_med} (Dad's is position 1)
- Blood test form given, fasting, any Pathology collection centre
- Next appointment 14 March 9:40am""", _med)

_ssn = us_ssn()
_S("en", "elderly/tax", "message",
   f"""my grandson set up the turbotax for me last year but hes in college now. it asks social security and i typed {_ssn} but it says already used??? is somebody using my number. i am 78 and dont understand these computers""", _ssn)

_sin = ca_sin()
_S("en", "immigration/work", "message",
   f"""Just got my SIN letter!! 🇨🇦 finally
{_sin}
can you help fill the employer form on page 2, it asks for SIN and start date (Monday 6th)""", _sin)

_nino = f"{pick(['JK', 'AB', 'NP', 'SR', 'ZE'])}{dg(6)}{pick('ABCD')}"
_S("en", "gig work", "assistant reply",
   f"""Assistant: Thanks — to register as self-employed with HMRC you'll need your National Insurance number. You wrote it as {_nino[:2].lower()} {_nino[2:4]} {_nino[4:6]} {_nino[6:8]} {_nino[8].lower()}, which written properly is {_nino}. Double-check it against your payslip before submitting.""", _nino)

_cc = card("visa")
_S("en", "travel", "tool call",
   "Booking the Lisbon flat for 3 nights as you asked.\n" + tool_call("book_stay", {
       "listing": "Alfama sunny studio", "checkin": "2027-04-11", "nights": 3, "guests": 2,
       "card_number": _cc, "card_exp": "08/29", "name_on_card": "MARGARET DOYLE"}), _cc)

_cv = cvv()
_S("en", "elderly/shopping", "message",
   f"""the website wants the 3 little numbers on the back
its {spaced(_cv)}? the card is very worn i can barely read
nearly done ordering the grandchildren's christmas jumpers""", spaced(_cv))

_ib = iban_gb()
_S("en", "family group chat", "pasted chat",
   f"""Sis: can someone send me the £60 for mums flowers
Sis: my bank is {_ib[4:8]} but just use the full one {grp(_ib)}
Me: done ✅
^ can you make a spreadsheet of who paid""", grp(_ib))

_sp = seed_phrase(12)
_S("en", "crypto hobby", "message",
   f"""my metamask wont open after the phone update. i wrote down the words when i set it up:
{_sp}
do i just type these in order into the new install? is that safe""", _sp)

_tg = tg_bot_token()
_S("en", "sports club", "message",
   f"""made a little telegram bot that posts our 5-a-side fixtures. token from botfather is {_tg} — why does it say 401 unauthorized when i run the python thing""", _tg)

_codes = [dg(4) + " " + dg(4) for _ in range(5)]
_S("en", "volunteer", "message",
   "These are the backup codes for the food bank gmail, keep them somewhere safe for the next coordinator:\n" +
   "\n".join(_codes) + "\n(each one works once)", _codes[2])

_ans = pick(["Gallagher", "Kowalczyk", "McAllister", "Okonkwo", "Fitzgerald"])
_S("en", "elderly/banking", "message",
   f"""the phone banking lady asked me my security question, mothers maiden name, and i said {_ans} but she said no?? my mothers name WAS {_ans} before she married. maybe i set it up with the spelling wrong""", _ans)

_lk = pin(4)
_S("en", "sports club", "message",
   f"""left my bag in locker 27 at the leisure centre, combination is {_lk}. can you ask my brother to grab it, hes there at 6""", _lk)

_pw = human_pw("stmarys")
_S("en", "church", "handover note",
   f"""Parish office handover (for Brenda):
- Newsletter goes out Fridays via the office email
- login: office@stmarysparish-example.org / {_pw}
- Flower rota is on the fridge
- Fr. Tom is away 2-9 June""", _pw)

_pw = strong_pw(12)
_S("en", "sports club", "message",
   f"""booking system for the pitches
user: hornets_u12
pass {_pw}
can you check if saturday 9am is free and book it for 2 hours""", _pw)

_p = pin(4)
_S("en", "farming co-op", "voice note transcript",
   f"""[voice note transcribed] yes hello this is Joseph from the maize group the co op app asks me my pin every time I sell I use {words(_p)} but today it says blocked what can I do""", words(_p))

_p = pin(4)
_S("en", "fishing/mobile money", "message",
   f"""boss the fish buyer paid me on mpesa but i cant withdraw the agent says pin wrong. my pin is {_p} i never changed it. balance showing ksh 14,200""", _p)

_pw = human_pw("football")
_S("en", "student", "message",
   f"""school portal login for my son
username: 2024-0331
password: {_pw}
I need to see his report card for term 2 pls tell me where to click""", _pw)

_pw = human_pw("Year6")
_S("en", "teacher", "message",
   f"""going on maternity leave, the supply teacher needs access to the markbook. my login is j.hughes and password {_pw}. is it ok to just email that to her or is there a better way""", _pw)

_sc = pin(4)
_S("en", "travel", "message",
   f"""In the hotel room, the safe closed with my passport inside 😭 I set code {_sc}# and now it flashes ERROR. reception is closed until 7. any tricks??""", _sc)

_an = "A" + dgnz(9)
_S("en", "immigration", "tool call",
   "Filling the change-of-address form now.\n" + tool_call("fill_form", {
       "form": "AR-11", "full_name": "Lucia Mendoza Ortiz", "alien_number": _an,
       "new_address": "4410 W Grand Ave Apt 2, Chicago IL 60651", "move_date": "2027-01-15"}), _an)

_aa = aadhaar()
_S("en", "elderly/government", "message",
   f"""beta my pension is stopped they are saying aadhaar not linked. my aadhaar is {grp(_aa)} and mobile is same as before. what to do i went to bank 2 times""", grp(_aa))

_pan = pan_in("S")
_S("en", "shop owner", "message",
   f"""for the GST registration they want PAN of proprietor, mine is {_pan}. shop name Shree Balaji Kirana. what other documents""", _pan)

_pp = pick("KLMNPRSTUVZ") + dgnz(7)
_S("en", "travel/visa", "tool call",
   tool_call("submit_evisa", {"country": "Sri Lanka", "applicant": "Ravi Shankar Iyer",
                              "passport_no": _pp, "passport_expiry": "2031-09-21",
                              "arrival": "2027-02-02", "purpose": "tourism"}), _pp)

_sur = "MORGA"
_dl = f"{_sur}{pick('5678')}{_R.randint(51, 62)}{_R.randint(10, 28)}{pick('0123456789')}SJ9{chars(2, _UP)}"
_S("en", "gig work", "message",
   f"""the delivery app wants driving licence number for the van upgrade. from my card: {_dl}  issued 2019. do i put the spaces or no""", _dl)

_a, _b = dg(3), dg(3)
_S("en", "elderly/phone", "pasted chat",
   f"""Mum: the code came in 2 bits
Mum: first is {_a}
Mum: then it went off
Mum: {_b} is the second bit i think
Mum: do i put them together in the whatsapp thing""", _a)

_wp = f"{pick(['Mango', 'Lemon', 'Coconut'])}Tree{dg(2)}{pick('!#')}"
_S("en", "hospitality", "message",
   f"""can you make a cute sign for the café counter
"Free WiFi for customers 🔑 {_wp} 🔑
network: BeanThere_Guest"
with a coffee cup drawing maybe""", _wp)

_pw = human_pw("ninjaturtle")
_S("en", "gaming", "message",
   f"""steam acc got hijacked i think. email changed. my old pw was {_pw} and i used it on a skin trading site yesterday… is that how they got me""", _pw)

_gh = gh_token()
_S("en", "photography hobby", "message",
   f"""trying to push my photo portfolio site to github pages and it wants a token. i made one: {_gh}
it says permission denied. what scopes does it need""", _gh)

_ok = openai_key()
_S("en", "hobby", "message",
   f"""built a recipe chatbot for my mum's bakery page. in the .env i put
OPENAI_API_KEY={_ok}
but netlify says env var missing?""", _ok)

_jwt = jwt_token({"iss": hexs(32), "iat": 1796000000, "exp": 2111360000})
_S("en", "smart home hobby", "message",
   f"""Home Assistant long-lived token for the garden sprinkler script:
{_jwt}
the curl returns 401, am i putting Bearer wrong""", _jwt)

_dt_ = discord_token()
_S("en", "gaming", "message",
   f"""our guild bot stopped responding. bot token is {_dt_} — did discord reset it?""", _dt_)

_nu = nuban()
_S("en", "family/remittance", "message",
   f"""Please send the school fees to my GTBank account {_nu}, name Adaeze Nwosu. ₦185,000. Then screenshot for me. Thank you aunty""", _nu)

_cl = clabe()
_S("en", "immigration/remittance", "message",
   f"""my cousin in Guadalajara sent me his CLABE so I can send money with the app
{grp_sizes(_cl, [3, 3, 11, 1])}
is that the account or the bank number? app wants 18 digits""", grp_sizes(_cl, [3, 3, 11, 1]))

_acct = dg(8)
_S("en", "landlord/tenant", "message",
   f"""New tenant rent details: BSB 062-000, account {_acct}, name R & K Nguyen. Rent $520/wk due Mondays. Can you write this into the lease welcome letter""", _acct)

_acct = dgnz(10)
_S("en", "small business", "message",
   f"""for direct deposit from the farmers market payouts: routing 021000021, checking acct {_acct}. does it matter which one goes first on the form""", _acct)

_p = pin(4)
_S("en", "fishing/mobile money", "voice note transcript",
   f"""[dictated] send 3000 to my wife on mpesa from the boat money account the pin is {_p} sorry I am on the water the signal is bad just do it quickly""", _p)

_gha = f"GHA-{dgnz(9)}-{_R.randint(0, 9)}"
_S("en", "government", "message",
   f"""SIM registration at MTN wants Ghana Card. mine: {_gha}. Name Kwame Asante Boateng. they say not matching NIA, what does that mean""", _gha)

_bvn = "22" + dg(9)
_S("en", "banking", "message",
   f"""opening kuda account and it asks BVN. mine is {_bvn}. is it safe to put it in these apps""", _bvn)

_nin = dgnz(11)
_S("en", "government", "assistant reply",
   f"""Assistant: Got it. I've noted your NIN as {_nin} for the passport renewal checklist. Bring the NIN slip (or the NIMC app screen) to the immigration office along with two passport photos and your old passport.""", _nin)

_za = za_id(bdate(1958, 1970), True)
_S("en", "elderly/pension", "message",
   f"""SASSA grant not paid this month. my ID {_za}. the card still works for groceries. who can i phone""", _za)

_nr = sg_nric(pick("ST"))
_S("en", "patient", "tool call",
   tool_call("book_clinic", {"clinic": "Polyclinic Bedok", "patient_name": "Tan Mei Ling",
                             "nric": _nr, "service": "flu vaccination", "slot": "2027-03-03T10:20"}), _nr)

_hk = hkid()
_S("en", "immigration/work", "message",
   f"""helper contract renewal. employer side form needs my HKID {_hk} and helper passport. can u check if I fill part C right""", _hk)

_pps = ie_ppsn()
_S("en", "student", "message",
   f"""applying for SUSI grant, PPS number {_pps} (my mam's one is different right?). deadline friday""", _pps)

_cdl = pick(_UP) + dg(7)
_S("en", "gig work", "tool output",
   f"""[Ride app · Driver onboarding]
✓ Vehicle photos uploaded
✓ Insurance: State Farm policy
✗ Driver license: {_cdl} (CA) — expired, please upload renewed license
Background check: pending""", _cdl)

_pk = pin(8)
_S("en", "elderly/phone", "assistant reply",
   f"""Assistant: Your SIM is PUK-locked. On the back of the big plastic card the SIM came in, you told me the PUK is {_pk}. Type **05**{_pk}*new PIN*new PIN# and press call. Do this slowly — ten wrong PUKs kill the SIM.""", _pk)

_ep = epic_in()
_S("en", "government", "message",
   f"""my name missing in voter list this time. voter id {_ep}, booth was the govt school near water tank. how to check online""", _ep)

_lp = pin(4)
_S("en", "library volunteer", "message",
   f"""hi, for the library self-checkout the card number is on the back and the PIN is {_lp}, it's my birthday backwards lol. can you remind me which one is the card number""", _lp)

_rk = apple_recovery_key()
_S("en", "elderly/phone", "message",
   f"""found a paper in my husband's desk that says "Apple Recovery Key" and then {_rk}
he passed in spring and i need the photos off his iphone. is this what they need""", _rk)

_bl = bitlocker_key()
_S("en", "small business", "message",
   f"""shop laptop is asking for BitLocker recovery key after update. microsoft account shows
Key ID: {hexs(8).upper()}
Recovery key: {_bl}
do i type all of it including dashes""", _bl)

_ig = [dg(4) + " " + dg(4) for _ in range(3)]
_S("en", "hobby", "pasted screen",
   "Instagram backup codes for @lens.of.lagos\n" + "\n".join(f"{i + 1}. {c}" for i, c in enumerate(_ig)) +
   "\nhelp me understand when i use these", _ig[0])

_bs = chars(64, _B62)
_S("en", "crypto hobby", "message",
   f"""setting up the trading bot my cousin recommended
api key: {chars(64, _B62)}
secret: {_bs}
it wants me to enable withdrawals?? is that normal""", _bs)

_wif = wif_key()
_S("en", "crypto hobby", "message",
   f"""old paper wallet from 2017 found it in a book. private key printed under the QR: {_wif}. how do i import into electrum without losing it""", _wif)

_eth = "0x" + hexs(64)
_S("en", "crypto hobby", "message",
   f"""exported my key from trust wallet because the app is buggy: {_eth}
which wallet on desktop should I paste it into""", _eth)

_pw = human_pw("bluebell")
_S("en", "patient/caregiver", "message",
   f"""Mum's MyChart login is her email and the password {_pw} (she wrote it in her recipe book). Can you look at how to see her blood results and explain the numbers""", _pw)

_mbi = f"{_R.randint(1, 9)}{pick('ACDEFGHJKMNPQRTUVWXY')}{pick('ACDEFGHJKMNPQRTUVWXY0123456789')}{_R.randint(0, 9)}-{pick('ACDEFGHJKMNPQRTUVWXY')}{pick('ACDEFGHJKMNPQRTUVWXY0123456789')}{_R.randint(0, 9)}-{pick('ACDEFGHJKMNPQRTUVWXY')}{pick('ACDEFGHJKMNPQRTUVWXY')}{_R.randint(0, 9)}{_R.randint(0, 9)}"
_S("en", "patient/caregiver", "tool call",
   tool_call("pharmacy_refill", {"patient": "Harold Jenkins", "dob": "1941-07-02",
                                 "medicare_mbi": _mbi, "rx": ["metformin 500mg", "lisinopril 10mg"],
                                 "pickup": "Walgreens Main St"}), _mbi)

_nhs = nhs_no()
_S("en", "patient/caregiver", "message",
   f"""ringing 111 for my nan, they asked her NHS number, it's on the letter: {_nhs}. she's 89, confused since this morning""", _nhs)

_pw = f"Amazing{pick(['1779', '1772', '1865'])}{pick('!#')}"
_S("en", "church", "message",
   f"""For the projector laptop in the hall:
user is Worship Team.
Don't change anything in settings please!!
Bulletin files are on the desktop in "Sunday".
Oh and you asked how to get in - it's the hymn name with the year it was written and a ! at the end, so {_pw}""", _pw)

_p = pin(6)
_S("en", "student", "message",
   f"""my uni card pin for the printers is {_p}. can you tell me how to print double-sided from my phone, the library printer is on level 2""", _p)

_p = pin(4)
_S("en", "elderly/phone", "assistant reply",
   f"""Assistant: The phone is asking for the SIM PIN, not the screen code. You said the SIM PIN on the card is {_p} — enter it once, slowly. If it says "2 attempts left", stop and call me.""", _p)

_pw = human_pw("shalom")
_S("en", "synagogue volunteer", "summary",
   f"""Summary of thread: Rachel is handing the Hebrew school Zoom over to David. Meeting ID 812 4471 9920 stays the same. Host key / account password is {_pw}. David will start classes Sunday 10am.""", _pw)

_cc = card("mc")
_S("en", "shop owner", "message",
   f"""customer left this on the phone order sheet, can you check if its valid before i charge it
{grp(_cc)} exp 11/28 name Joy Mensah
order: 2 trays jollof, 1 moin moin""", grp(_cc))

_pw = human_pw("princess")
_S("en", "family", "pasted chat",
   f"""Dad: Whats the password for the ipad
Me: its the same as always
Dad: I dont remember always
Me: {_pw}
Dad: Thank you. Capital P?
^ he still cant get in, help""", _pw)

_gwn = pick(['Greenfield', 'Rosewood', 'Oakview'])
_gw = f"{_gwn}{dg(4)}"
_S("en", "landlord/tenant", "message",
   f"""For the Airbnb guests arriving tonight – wifi is on the fridge magnet but they say they can't find it. Can you write them a message: network "{_gwn}_Home", password {_gw}. Check-out 10am, leave keys in the box.""", _gw)

_p = pin(4)
_S("en", "travel", "message",
   f"""airbnb host said lockbox by the side door, code is the last 4 of her phone number… no wait she literally wrote: "lockbox {spaced(_p, ' - ')}". I'm outside in the rain help""", spaced(_p, " - "))


# =====================================================================
# SECRETS — South Asia
# =====================================================================
_aa = aadhaar()
_S("hi", "farming", "message",
   f"""bhaiya mera aadhaar {grp(_aa)} hai
PM kisan ki kisht is baar nahi aayi
mobile number bhi link hai 98xxxxxx12 wala
ek baar check kar do na status kaise dekhe""", grp(_aa))

_p = pin(pick([4, 6]))
_S("hi", "elderly/banking", "message",
   f"""बेटा, पापा का UPI पिन {_p} है, वो बार-बार भूल जाते हैं।
फ़ोनपे में पिन बदलने का तरीका लिख दो, बड़े अक्षरों में, वो प्रिंट निकाल के रखेंगे।""", _p)

_o = otp()
_S("hi", "banking", "tool output",
   f"""read_sms → [
 "प्रिय ग्राहक, आपका OTP {script(_o, 'deva')} है। यह 10 मिनट तक मान्य है। इसे किसी के साथ साझा न करें। -SBI",
 "आपका बिजली बिल ₹1,240 दिनांक 15/07 तक जमा करें। -UPPCL"
]""", script(_o, "deva"))

_p = pin(4)
_S("hi", "elderly/banking", "message",
   f"""mummy ne ATM pin yaad rakhne ke liye diary me likha hai "{words(_p, 'hi')}"
ye number me kya banega? aur ATM me daalte waqt kya dhyan rakhe, unko akele bhejna hai kal""", words(_p, "hi"))

_wp = human_pw("sharma")
_S("hi", "family", "message",
   f"""ghar ka naya wifi password {_wp} hai, airtel wale bhaiya laga ke gaye
TV me connect nahi ho raha, sirf 5G wala naam dikh raha hai. kya karein""", _wp)

_acct = dgnz(pick([11, 14]))
_S("hi", "farming", "message",
   f"""मेरे खाते में पैसे डाल दो भाई:
खाता संख्या {_acct}
IFSC PUNB0123400
नाम रामेश्वर यादव
ट्रैक्टर की किस्त भरनी है, 12 तारीख आखिरी है""", _acct)

_p = pin(5)
_S("bn", "mobile money", "message",
   f"""আমার বিকাশ পিন {script(_p, 'beng')} , দোকানের ছেলেটা দেখে ফেলেছে মনে হয়।
পিন কিভাবে পরিবর্তন করব? একটু ধাপে ধাপে বলেন""", script(_p, "beng"))

_nid = dgnz(10)
_S("bn", "government", "message",
   f"""amar NID number {_nid}
voter list e nam ache kina kivabe dekhbo? upazila office e jete hobe naki online hoy""", _nid)

_o = otp()
_S("bn", "mobile money", "tool output",
   f"""SMS (Nagad): আপনার নগদ ভেরিফিকেশন কোড {_o}। কাউকে জানাবেন না। নগদ কখনো কোড চায় না।""", _o)

_p = pin(4)
_S("bn", "family", "message",
   f"""Ammu, rocket er pin ta {_p}. taka tule niyo, 3000 dadir oshudh er jonno. kauke bolona ar message ta delete kore dio""", _p)

_aa = aadhaar()
_S("ta", "elderly/government", "message",
   f"""அம்மாவின் ஆதார் எண் {grp(_aa)}.
ரேஷன் கார்டில் இணைக்க வேண்டும், எப்படி? கடையில் கைரேகை வேலை செய்யவில்லை என்கிறார்கள்.""", grp(_aa))

_o = otp()
_S("ta", "scam check", "message",
   f"""sir OTP vandhuchu {_o} nu, bank la irundhu call pannanga, KYC update pannanum nu sonnanga. solla vaendama? avanga innum line la irukkanga""", _o)

_pw = human_pw("murugan")
_S("ta", "student", "message",
   f"""என் Gmail கடவுச்சொல் {_pw}
போன் மாற்றினேன், இப்போ லாகின் ஆகல. கல்லூரி assignment எல்லாம் அதுல தான் இருக்கு 😭""", _pw)

_p = pin(4)
_S("te", "elderly/banking", "message",
   f"""నాన్న UPI పిన్ {_p}. ఫోన్‌పే లో బ్యాలెన్స్ చూడటానికి ఎలా? ఆయనకి తెలుగులో చెప్పండి, ఇంగ్లీష్ రాదు""", _p)

_acct = dgnz(11)
_S("te", "landlord/tenant", "message",
   f"""anna na SBI account number {_acct}, IFSC SBIN0004321
rent ikkada veyyandi, 8500 + current bill 640. thanks""", _acct)

_pw = human_pw("ganpati")
_S("mr", "family/government", "message",
   f"""आईचा DigiLocker पासवर्ड {_pw} आहे, तिचं रेशन कार्ड आणि पॅन डाउनलोड करायचंय. कसं करायचं सांगा""", _pw)

_o = otp(6)
_S("mr", "household", "message",
   f"""गॅस सिलेंडर बुकिंगचा OTP आला: {_o}
डिलिव्हरी मुलगा दुपारी येणार आहे, त्याला सांगायचा का आत्ताच मेसेज करू?""", _o)

_p = pin(6)
_S("gu", "shop owner", "message",
   f"""મારી દુકાનનો UPI પિન {_p} છે. ગ્રાહક QR થી પૈસા મોકલે તો પણ મને પિન કેમ પૂછે છે? કોઈ છેતરપિંડી તો નથી ને""", _p)

_pp = pick("PRSTUVZ") + dgnz(7)
_S("pa", "immigration", "message",
   f"""ਮੇਰਾ ਪਾਸਪੋਰਟ ਨੰਬਰ {_pp} ਹੈ, ਕੈਨੇਡਾ ਵੀਜ਼ਾ ਫਾਰਮ ਵਿੱਚ ਕਿੱਥੇ ਭਰਨਾ ਹੈ? ਪੁੱਤ ਬਰੈਂਪਟਨ ਵਿੱਚ ਹੈ""", _pp)

_cn = f"{pick(['35202', '42101', '61101', '37405'])}-{dg(7)}-{pick('13579')}"
_S("ur", "government", "message",
   f"""bhai meri CNIC {_cn} hai
BISP ka paisa check karna hai, 8171 pe SMS karna hota hai na? ammi keh rahi thi is dafa qist 10500 hai""", _cn)

_p = pin(4)
_S("ur", "elderly/mobile money", "message",
   f"""امی کا جاز کیش ایم پن {_p} ہے، وہ بھول جاتی ہیں۔
بجلی کا بل جاز کیش سے کیسے جمع کرائیں؟ آسان الفاظ میں بتائیں""", _p)

_ib = iban_pk()
_S("ur", "work", "message",
   f"""salary ke liye HR ne IBAN manga hai, mera ye hai {_ib}
Meezan ka account hai, sahi format hai? koi space to nahi dalni""", _ib)

_o = otp()
_S("ur", "mobile money", "tool output",
   f"""inbox[0]: "آپ کا ایزی پیسہ تصدیقی کوڈ {_o} ہے۔ یہ کوڈ کسی کو نہ بتائیں۔"
inbox[1]: "Jazz: Apka balance Rs. 37.50 hai" """, _o)

_p = pin(4)
_S("ne", "family/remittance", "message",
   f"""मेरो eSewa MPIN {_p} हो, बुबालाई पैसा पठाउन सिकाइदिनुस्। म कतारबाट बोल्दैछु, नेट राम्रो छैन""", _p)

_cz = f"{_R.randint(1, 75):02d}-{_R.randint(1, 3):02d}-{_R.randint(60, 80)}-{dg(5)}"
_S("ne", "immigration", "message",
   f"""nagarikta number {_cz} ho
passport form ma kasari lekhne? jilla prashasan ma bhanera hunchha ki online garna milchha""", _cz)

_d = bdate(1970, 1995)
_nic = f"{_d.year}{_R.randint(1, 366) + pick([0, 500]):03d}{dg(5)}"
_S("si", "work abroad", "message",
   f"""මගේ ජාතික හැඳුනුම්පත් අංකය {_nic}.
විදේශ රැකියා ලියාපදිංචියට ඕනේ කියලා කිව්වා. ෆෝම් එක පුරවන්න උදව් කරන්න""", _nic)

_o = otp()
_S("si", "scam check", "message",
   f"""OTP eka {_o} kiyala awa, meka kiyanna puluwanda bank eken call karapu kenata? eyala kiwwa card eka block wenawa kiyala""", _o)


# =====================================================================
# SECRETS — Southeast Asia
# =====================================================================
_d = bdate(1975, 2000)
_nik = f"{pick(['31', '32', '33', '35', '73'])}{_R.randint(1, 29):02d}{_R.randint(1, 29):02d}{_d.day + 40:02d}{_d:%m%y}{dg(4)}"
_S("id", "patient", "message",
   f"""NIK saya {_nik}
mau daftar BPJS Kesehatan online tapi katanya sudah terdaftar. Gimana ya kak? saya ibu rumah tangga""", _nik)

_p = pin(6)
_S("id", "family/banking", "message",
   f"""nak, pin m-bca ibu {_p} ya. tolong transfer uang arisan 500rb ke bu RT, rekeningnya ada di grup. jangan lupa screenshot buktinya""", _p)

_p = pin(6)
_S("id", "gig work", "voice note transcript",
   f"""[pesan suara] PIN GoPay aku {words(_p, 'id')} jangan bilang siapa-siapa ya tolong cekin saldo soalnya orderan ojol hari ini belum masuk""", words(_p, "id"))

_rek = dgnz(10)
_S("id", "wedding", "tool call",
   "Siap, saya siapkan transfer DP catering.\n" + tool_call("bank_transfer", {
       "bank": "BCA", "rekening_tujuan": _rek, "atas_nama": "Siti Rahmawati",
       "jumlah": 2500000, "berita": "DP catering nikahan 14 Juni"}), _rek)

_d = bdate(1965, 1998)
_ic = f"{_d:%y%m%d}-{pick(['14', '10', '01', '08', '07'])}-{dg(3)}{pick('02468')}"
_S("ms", "government", "message",
   f"""No IC saya {_ic}
nak isi borang STR online. betul ke kena letak sempang? asyik keluar error""", _ic)

_o = otp()
_S("ms", "banking", "tool output",
   f"""[SMS] RM0 Maybank: TAC anda ialah {_o} untuk pemindahan DuitNow RM250.00 kepada AHMAD BIN YUSOF. Jangan kongsi TAC ini dengan sesiapa.""", _o)

_pw = human_pw("kucing")
_S("ms", "gig work", "message",
   f"""kata laluan akaun grab rider saya {_pw}
tak boleh login lepas tukar phone. macam mana nak reset kalau nombor lama dah mati""", _pw)

_p = pin(4)
_S("fil", "family/remittance", "message",
   f"""Ate, yung MPIN ng GCash ni Nanay ay {_p}.
Pakicheck kung may pumasok na padala galing Dubai, 15k daw sabi ni Kuya. Salamat po""", _p)

_o = otp()
_S("fil", "scam check", "message",
   f"""may dumating na OTP {_o} sa phone ko pero hindi naman ako nag-login?? sabi ng nag-text i-send ko daw sa kanila para ma-claim yung prize ko na 50k. legit ba to""", _o)

_sss = f"{dg(2)}-{dg(7)}-{dg(1)}"
_S("fil", "work", "message",
   f"""SSS number ko ay {_sss}
paano mag-file ng maternity benefit online? first time ko po, due ko sa Agosto""", _sss)

_pcn = grp(dgnz(16), 4, "-")
_S("fil", "banking", "assistant reply",
   f"""Assistant: Sige po! Para sa pagbukas ng account, ilagay ninyo ang PhilSys Card Number ninyo na {_pcn} sa field na "ID Number", at piliin ang "National ID" sa ID type.""", _pcn)

_d = bdate(1960, 1975)
_cccd = f"{pick(['001', '079', '048', '031'])}{'1'}{_d:%y}{dg(6)}"
_S("vi", "patient/caregiver", "message",
   f"""Số CCCD của mẹ là {_cccd}
em cần điền vào đơn đăng ký khám bệnh online ở bệnh viện Chợ Rẫy, chỗ nào ghi số này ạ""", _cccd)

_o = otp()
_S("vi", "banking", "tool output",
   f"""tin nhan moi nhat:
"Ma OTP cua Quy khach la {_o}. Tuyet doi KHONG cung cap ma nay cho bat ky ai. -Vietcombank"
"Quy khach da thanh toan thanh cong 350.000d hoa don dien" """, _o)

_p = pin(6)
_S("vi", "elderly/mobile money", "message",
   f"""mật khẩu ví MoMo của bố là {_p}, bố hay quên lắm
chỉ bố cách đổi sang số dễ nhớ hơn nhé, viết to to ra""", _p)

_stk = dgnz(pick([10, 12, 14]))
_S("vi", "school", "message",
   f"""Phụ huynh chuyển khoản tiền học thêm cho con vào STK {_stk} Techcombank
chủ TK: NGUYEN THI HOA
nội dung: tên con + lớp 5A""", _stk)

_tid = th_id()
_S("th", "elderly/government", "message",
   f"""เลขบัตรประชาชนแม่ {th_fmt(_tid)}
ต้องใช้ลงทะเบียนรับเบี้ยผู้สูงอายุ ต้องไปที่อำเภอหรือทำออนไลน์ได้คะ""", th_fmt(_tid))

_o = otp()
_S("th", "banking", "tool output",
   f"""ข้อความล่าสุด: รหัส OTP ของคุณคือ {_o} (Ref: KXPQ) ใช้ได้ภายใน 5 นาที ห้ามบอกรหัสนี้แก่ผู้อื่น""", _o)

_p = pin(6)
_S("th", "elderly/phone", "message",
   f"""PIN แอปเป๋าตังของพ่อคือ {script(_p, 'thai')} พ่อลืมบ่อย ช่วยบอกวิธีเปลี่ยนหน่อย พ่อใช้คนละครึ่ง""", script(_p, "thai"))

_p = pin(4)
_S("km", "family", "message",
   f"""បងជួយផង! លេខសម្ងាត់ ABA របស់ម៉ាក់ {_p} ប៉ុន្តែ app ចាក់សោ។ ធ្វើយ៉ាងម៉េច?""", _p)

_p = pin(6)
_S("my", "mobile money", "message",
   f"""ကျွန်တော့် KBZPay PIN က {script(_p, 'mymr')} ပါ။ ငွေလွှဲလို့မရဘူး၊ ကူညီပါဦး""", script(_p, "mymr"))


# =====================================================================
# SECRETS — Africa
# =====================================================================
_p = pin(4)
_S("sw", "family/mobile money", "message",
   f"""Mama, PIN yangu ya M-Pesa ni {_p}
tafadhali toa elfu tano ulipe ada ya shule ya Baraka kesho asubuhi. nitakurudishia Ijumaa""", _p)

_kid = dgnz(8)
_S("sw", "telecom", "assistant reply",
   f"""Msaidizi: Sawa, nimeona namba yako ya kitambulisho ni {_kid}. Kama jina halilingani na IPRS, nenda Huduma Centre na kitambulisho halisi ili warekebishe, kisha urudi Safaricom.""", _kid)

_kra = f"A{dg(9)}{pick(_UP)}"
_S("sw", "small business", "message",
   f"""KRA PIN yangu ni {_kra}
nisaidie kufile returns za mwaka huu kwenye iTax, sina kazi ya mshahara, nauza mboga sokoni tu""", _kra)

_d = bdate(1970, 1998)
_nida = f"{_d:%Y%m%d}-{dg(5)}-{dg(5)}-{dg(2)}"
_S("sw", "government", "tool call",
   "Nitajaza fomu ya usajili wa laini kwa taarifa ulizotoa.\n" + tool_call("register_sim", {
       "mtandao": "Vodacom TZ", "jina": "Rehema Juma Mwakyusa", "namba_nida": _nida,
       "msimbo_wa_posta": "11101"}), _nida)

_bvn = "22" + dg(9)
_S("yo", "banking", "message",
   f"""BVN mi ni {_bvn}
wọ́n ní kí n fi ránṣẹ́ fún wọn láti ṣí account tuntun. ṣé ó dáa bẹ́ẹ̀?""", _bvn)

_p = pin(4)
_S("yo", "elderly/banking", "message",
   f"""PIN káàdì ATM mi ni {_p}, ẹ bá mi yí i padà, ọmọ mi ti rí i. Mo wà ní Ibadan""", _p)

_p = pin(4)
_S("ha", "banking", "message",
   f"""Lambar sirri ta ATM dina {_p} ce. don Allah ka taimaka min in canza ta, wani ya gani a banki""", _p)

_nin = dgnz(11)
_S("ha", "telecom", "message",
   f"""Lambar NIN dina {_nin}
ina son in haɗa ta da layin waya na MTN kafin a rufe shi""", _nin)

_o = otp()
_S("ig", "scam check", "message",
   f"""Ha gwara m zitere ha OTP {_o}, ha sị na ọ bụ maka nrite ego. Ọ dị mma ka m zitere ha?""", _o)

_p = pin(4)
_S("pcm", "mobile money", "message",
   f"""abeg my opay pin na {_p}, make you help me check why transfer no dey go since morning. the money na for my shop goods""", _p)

_bvn = "22" + dg(9)
_S("pcm", "loan app", "message",
   f"""dem dey ask my BVN for the loan app, na {_bvn}. e safe so? my friend say dem dey call people family when you owe""", _bvn)

_nu = nuban()
_S("pcm", "gig work", "message",
   f"""Oga, send the money to my Access account
{_nu}
name Blessing Okoro
na for the 3 deliveries wey I do yesterday. No delay o""", _nu)

_p = pin(4)
_S("am", "family/mobile money", "message",
   f"""የቴሌብር ፒን ቁጥሬ {_p} ነው፣ ለእናቴ ገንዘብ እንዴት እልካለሁ? ደብረ ብርሃን ነው ያለችው""", _p)

_acct = "1000" + dg(9)
_S("am", "shop owner", "message",
   f"""የንግድ ባንክ ሂሳብ ቁጥሬ {_acct} ነው
ደንበኞች እዚህ እንዲያስገቡ ማስታወቂያ ጻፍልኝ""", _acct)

_za = za_id(bdate(1955, 1965), False)
_S("zu", "elderly/pension", "message",
   f"""Inombolo yami kamazisi ngu-{_za}
ngifuna ukufaka isicelo se-SASSA sempesheni, ngisiza ngifunde ifomu""", _za)

_p = pin(5)
_S("zu", "banking", "message",
   f"""I-PIN yami ye-Capitec app ithi {_p}, kodwa i-app ithi ayilungile. Kumele ngiye egatsheni?""", _p)

_za = za_id(bdate(1980, 1999), True)
_S("af", "banking", "message",
   f"""My ID-nommer is {_za}. Die bank wil dit hê vir die FICA-dokumente, saam met 'n rekening vir die adres. Is 'n munisipale rekening goed genoeg?""", _za)

_p = pin(4)
_S("so", "family/mobile money", "message",
   f"""PIN-ka EVC Plus waa {_p}. hooyo lacag u dir fadlan, $50 oo ah kirada. Anigu waxaan joogaa Nairobi""", _p)

_p = pin(4)
_S("so", "mobile money", "message",
   f"""Zaad PIN-kaygu waa {spaced(_p)} , sidee baan u bedelaa? qof ayaa arkay markaan lacag dirayay""", spaced(_p))


# =====================================================================
# SECRETS — Middle East / North Africa
# =====================================================================
_sa = sa_nid()
_S("ar", "government", "message",
   f"""رقم هويتي الوطنية {_sa}
أبغى أجدد استمارة السيارة في أبشر بس يقول فيه مخالفة، كيف أشوفها؟""", _sa)

_eid = ae_eid(_R.randint(1975, 1995))
_S("ar", "immigration", "tool call",
   "سأملأ طلب تجديد الإقامة بالبيانات التي أرسلتها.\n" + tool_call("renew_residency", {
       "الاسم": "محمد عبد الرحمن", "رقم_الهوية": _eid, "الكفيل": "مطعم النخيل",
       "المدة": "سنتان"}), _eid)

_d = bdate(1955, 1970)
_eg = f"2{_d:%y%m%d}{pick(['01', '02', '21', '13'])}{dg(3)}{pick('02468')}{dg(1)}"
_S("ar", "patient/caregiver", "message",
   f"""الرقم القومي بتاع ماما {_eg}
عايزة أسجلها في التأمين الصحي الشامل، هي عندها سكر وضغط""", _eg)

_o = otp()
_S("ar", "mobile money", "tool output",
   f"""الرسائل: «رمز التحقق الخاص بك هو {script(_o, 'arab')}. لا تشاركه مع أحد. STC Pay»""", script(_o, "arab"))

_p = pin(4)
_S("ar", "family", "message",
   f"""ya 3amo, el PIN bta3 el card howa {_p}
ekhod 500 geneh mn el ATM elly gnb el saydaleya w hat el dawa le teta. matensash el recit""", _p)

_ib = iban_sa()
_S("ar", "savings circle", "message",
   f"""حوّل لي على الآيبان
{grp(_ib)}
باسم عبدالله الحربي، قسط الجمعية لشهر رمضان""", grp(_ib))

_mel = ir_melli()
_S("fa", "government", "message",
   f"""code melli man {_mel} hast
baraye sabtenam dar samane-ye sana chi kar konam? payamak nemiad""", _mel)

_cardi = card("shetab")
_p2 = pin(pick([6, 7, 8]))
_S("fa", "family", "message",
   f"""شماره کارتم {grp(_cardi)}
رمز دوم {_p2}
برام شارژ ایرانسل بخر ۲۰ هزار تومنی، گوشیم شارژ نداره""", _p2)

_tz = il_tz()
_S("he", "patient", "message",
   f"""מספר תעודת הזהות שלי {_tz}
צריך למלא בטופס של קופת חולים להחזר על משקפיים, איפה כותבים?""", _tz)

_pw = human_pw("savta")
_S("he", "elderly/banking", "message",
   f"""הסיסמה לאתר של הבנק של סבתא היא {_pw}
היא ביקשה שאעזור לה לראות אם הפנסיה נכנסה""", _pw)

_tc = tckn()
_S("tr", "patient", "summary",
   f"""Özet: Kullanıcı annesinin tahlil sonuçlarına bakmak için e-Nabız'a giremiyor, SMS gelmiyor.
Verdiği TC kimlik no: {_tc}
Öneri: 182'yi arayıp telefon numarasını güncellemek.""", _tc)

_ib = iban_tr()
_S("tr", "landlord/tenant", "message",
   f"""Kirayı şu IBAN'a yatırın lütfen:
{grp(_ib)}
Ayşe Yılmaz
açıklamaya daire no yazın (Daire 7)""", grp(_ib))

_pw = human_pw("karadeniz")
_S("tr", "elderly/government", "message",
   f"""babamın e-Devlet şifresi {_pw}
emekli maaşını ve hizmet dökümünü görmek istiyor, adım adım anlatır mısın""", _pw)


# =====================================================================
# SECRETS — Europe
# =====================================================================
_nir = fr_nir(bdate(1960, 1990), pick([True, False]))
_S("fr", "patient", "message",
   f"""mon numéro de sécu c'est {_nir}
la mutuelle le demande pour le remboursement des lunettes, je le mets où sur le formulaire ?""", _nir)

_ib = iban_fr()
_S("fr", "landlord/tenant", "message",
   f"""Bonjour, voici mon RIB pour le loyer :
{grp(_ib)}
au nom de Karim Benali. Le loyer c'est 640 € charges comprises, avant le 5.""", grp(_ib))

_p = pin(4)
_S("fr", "elderly/banking", "message",
   f"""ma grand-mère me dit que son code de carte bleue c'est {_p} et elle veut que j'aille retirer 200 € pour elle au distributeur. c'est risqué ? elle a 91 ans""", _p)

_p = pin(4)
_S("fr", "mobile money", "message",
   f"""Mon code secret Orange Money c'est {_p}, le transfert de 25 000 F vers ma sœur à Bouaké n'est pas passé mais l'argent est sorti. Je fais comment ?""", _p)

_dc = pick("ABC") + dg(4)
_S("fr", "delivery", "message",
   f"""Pour le livreur :
Digicode {_dc} puis interphone DIALLO
3e étage gauche, pas d'ascenseur
Merci de ne pas laisser le colis en bas""", _dc)

_p = pin(4)
_S("ht", "mobile money", "message",
   f"""PIN MonCash mwen se {_p}, manman m pa ka retire lajan an nan Okap. Kisa pou m fè?""", _p)

_cpf = cpf()
_S("pt", "government", "tool call",
   "Vou consultar o sistema de valores a receber com os dados que você mandou.\n" + tool_call("consultar_valores", {
       "cpf": _cpf, "data_nascimento": "1961-08-14", "nome": "Maria das Graças Souza"}), _cpf)

_pw = human_pw("saudade")
_S("pt", "elderly/banking", "message",
   f"""senha do app do banco da minha mãe: {_pw}
ela quer fazer um pix pra vizinha mas diz que a senha tá errada. tem como vc explicar devagar?""", _pw)

_ib = iban_pt()
_S("pt", "landlord/tenant", "message",
   f"""IBAN para a renda: {grp(_ib)}
titular Joana Ferreira. NIF do senhorio vai no recibo. Obrigada!""", grp(_ib))

_p = pin(4)
_S("pt", "mobile money", "message",
   f"""O meu PIN do M-Pesa é {_p}, mano ajuda a pagar a luz da EDM, o contador é credelec. Estou em Nampula""", _p)

_o = otp()
_S("pt", "scam check", "message",
   f"""recebi um código de 6 dígitos do whatsapp {_o[:3]}-{_o[3:]}, um cara da OLX pediu pra eu passar pra confirmar a venda da geladeira. passo?""", f"{_o[:3]}-{_o[3:]}")

_cu = curp("HERF", bdate(1990, 1998), "M", "JC", "RZR")
_S("es", "government", "message",
   f"""mi CURP es {_cu}
la necesito para sacar la cita del INE, me sale que ya no hay citas en Zapopan""", _cu)

_ru = rut_cl()
_S("es", "government", "message",
   f"""mi RUT {_ru}, la clave única no me funciona y tengo que postular al bono. ayuda porfa""", _ru)

_cuil = cuil_ar(female=True)
_S("es", "small business", "message",
   f"""mi CUIL es {_cuil}
me lo piden para el alta en monotributo, vendo tortas por Instagram. ¿qué categoría me corresponde?""", _cuil)

_cb = cbu()
_S("es", "sports club", "message",
   f"""Chicos pasen la guita al CBU {_cb}
titular Martina López, es para la vaquita del asado post partido 🥩⚽""", _cb)

_dni = es_dni()
_S("es", "sports club", "tool call",
   tool_call("reservar_pista", {"polideportivo": "La Elipa", "deporte": "pádel", "fecha": "2027-05-08",
                                "hora": "19:30", "titular": "Lucía Martín", "dni": _dni}), _dni)

_nie = es_nie()
_S("es", "immigration", "message",
   f"""mi NIE es {_nie}
para la cita de huellas en extranjería, ¿qué papeles llevo? tengo el resguardo de la tasa 790""", _nie)

_p = pin(4)
_S("es", "elderly/mobile money", "message",
   f"""la clave de Nequi de mi papá es {_p}, él quiere pagar el recibo del agua desde el celular. explícale fácil porfa""", _p)

_ec = ec_cedula()
_S("es", "patient", "message",
   f"""número de cédula {_ec}, para agendar cita en el IESS para mi mamá, dicen que llame al 171""", _ec)

_pe = pesel(bdate(2021, 2022), False)
_S("pl", "school", "message",
   f"""PESEL córki: {_pe}
trzeba wpisać w zgłoszeniu do przedszkola, termin do piątku""", _pe)

_ib = iban_pl()
_S("pl", "landlord/tenant", "message",
   f"""Przelej za wynajem na {_ib[:2]} {grp(_ib[2:])}
Anna Nowak, tytułem: czynsz lipiec pokój 2""", f"{_ib[:2]} {grp(_ib[2:])}")

_o = otp()
_S("pl", "family", "pasted chat",
   f"""Kuba: mamo podaj mi kod BLIK
Mama: {_o}
Kuba: dzięki, zapłacone za bilet
^ czy to było bezpieczne?""", _o)

_rn = rnokpp_ua(bdate(1965, 1990), False)
_S("uk", "refugee/aid", "tool call",
   "Заповнюю заявку на допомогу ВПО.\n" + tool_call("fill_form", {
       "форма": "допомога ВПО", "ПІБ": "Коваленко Олена Петрівна", "РНОКПП": _rn,
       "адреса_проживання": "м. Львів, вул. Городоцька 12, кв. 5"}), _rn)

_ib = iban_ua()
_S("uk", "school", "message",
   f"""Скиньте на IBAN {_ib}
Олена Коваль, це за гурток малювання, 600 грн""", _ib)

_p = pin(4)
_S("uk", "elderly/banking", "message",
   f"""ПІН-код від картки бабусі {_p}, вона просить зняти пенсію в банкоматі бо сама не бачить екран""", _p)

_sn = snils()
_S("ru", "patient/caregiver", "message",
   f"""СНИЛС мамы {_sn}
нужно для записи к врачу через Госуслуги, как добавить её как ребёнка нельзя же""", _sn)

_cr = card("mir")
_S("ru", "family", "message",
   f"""karta sberbanka {grp(_cr)} srok 09/28
oplati mne pozhaluysta internet rostelekom, ya na dache""", grp(_cr))

_o = otp()
_S("ru", "banking", "tool output",
   f"""SMS 900: Код подтверждения: {_o}. Никому не сообщайте этот код, даже сотруднику банка. Сбербанк""", _o)

_pw = human_pw("dacha")
_S("ru", "elderly/government", "message",
   f"""parol ot gosuslug {_pw}, ne mogu zayti, pishet nevernyi. papa govorit chto on nichego ne menyal""", _pw)

_cnp = cnp_ro(bdate(1975, 1995), False)
_S("ro", "patient", "message",
   f"""CNP-ul meu e {_cnp}
trebuie pentru programarea la medicul de familie online, unde îl scriu?""", _cnp)

_ib = iban_ro()
_S("ro", "school", "message",
   f"""Dați banii pe {_ib}
titular Ionescu Maria, pentru excursia copiilor la Sinaia, 350 lei""", _ib)

_jm = jmbg(bdate(1980, 1998), True)
_S("sr", "work", "message",
   f"""Moj JMBG je {_jm}, treba za prijavu na biro za zapošljavanje. Šta još nose?""", _jm)

_rc = cz_rc(bdate(2015, 2017), False)
_S("cs", "sports club", "message",
   f"""rodné číslo dcery {_rc}, potřebuju ho na přihlášku na letní tábor oddílu""", _rc)

_eg = bg_egn(bdate(1970, 1990), True)
_S("bg", "patient", "summary",
   f"""Резюме на разговора: потребителят иска да се запише при нов личен лекар в Пловдив. Даде ЕГН {_eg} и лична карта. Асистентът обясни, че трябва да подаде формуляр в кабинета.""", _eg)

_taj = hu_taj()
_S("hu", "patient", "message",
   f"""a TAJ számom {_taj[:3]} {_taj[3:6]} {_taj[6:]}, a háziorvos kérte e-mailben, mehet így?""", f"{_taj[:3]} {_taj[3:6]} {_taj[6:]}")

_am = gr_amka(bdate(1940, 1950))
_S("el", "elderly/government", "message",
   f"""ο ΑΜΚΑ της γιαγιάς είναι {_am}, για το ραντεβού στο ΚΕΠ για τη σύνταξη""", _am)

_st = de_steuerid()
_S("de", "work", "message",
   f"""Meine Steuer-ID ist {_st[:2]} {_st[2:5]} {_st[5:8]} {_st[8:]}
brauche ich die für die Minijob-Anmeldung beim Bäcker?""", f"{_st[:2]} {_st[2:5]} {_st[5:8]} {_st[8:]}")

_ib = iban_de()
_S("de", "sports club", "message",
   f"""Überweist mir bitte die 45 € für die Vereinsfahrt auf {grp(_ib)} – danke! 🚌""", grp(_ib))

_kv = de_kvnr()
_S("de", "patient/caregiver", "tool call",
   tool_call("termin_buchen", {"praxis": "Hausarztpraxis Dr. Yilmaz", "patientin": "Gertrud Albers",
                               "versichertennummer": _kv, "grund": "Blutdruckkontrolle"}), _kv)

_p = pin(4)
_S("de", "elderly/banking", "message",
   f"""Papa sagt seine Girocard-PIN ist {_p}, er will, dass ich für ihn Geld abhebe. Darf ich das überhaupt?""", _p)

_cf = it_cf("RSS", "GLI", bdate(1945, 1955), True, pick(["H501", "F205", "F839", "L219"]))
_S("it", "patient/caregiver", "message",
   f"""il codice fiscale di mia mamma è {_cf}
serve per prenotare la visita al CUP, me lo chiedono anche in farmacia""", _cf)

_pw = human_pw("nonno")
_S("it", "elderly/government", "message",
   f"""la password dello SPID di papà è {_pw}
non riesce a entrare nel fascicolo sanitario, gli arriva la notifica ma poi niente""", _pw)

_o = otp()
_S("it", "banking", "tool output",
   f"""ultimo SMS: "Il codice OTP per la tua operazione è {_o}. Non comunicarlo a nessuno. PosteID" """, _o)

_bsn = nl_bsn()
_S("nl", "government", "assistant reply",
   f"""Assistent: Ik raad af om je BSN ({_bsn}) in een gewone e-mail te zetten. Log liever in met DigiD op Mijn Toeslagen en vul het daar in.""", _bsn)

_ib = iban_nl()
_S("nl", "sports club", "message",
   f"""Maak het geld voor het teamuitje over naar {_ib} t.n.v. J. de Vries, €25 p.p.""", _ib)

_pn = se_pnr(bdate(1980, 1995))
_S("sv", "patient", "assistant reply",
   f"""Assistent: Jag har fyllt i ditt personnummer {_pn} i bokningsformuläret för vårdcentralen. Välj nu en tid: tisdag 09:20 eller torsdag 14:40?""", _pn)

_fn = no_fnr(bdate(1985, 1999))
_S("nb", "work", "tool call",
   "Jeg fyller ut søknaden med opplysningene du ga meg.\n" + tool_call("fyll_skjema", {
       "skjema": "NAV dagpenger", "navn": "Ingrid Solberg Haugen", "fodselsnummer": _fn,
       "siste_arbeidsdag": "2027-01-31"}), _fn)

_ht = fi_hetu(bdate(1970, 1990))
_S("fi", "government", "message",
   f"""henkilötunnukseni on {_ht}, Kela kysyy sitä hakemuksessa""", _ht)


# =====================================================================
# SECRETS — East / Central Asia, Caucasus
# =====================================================================
_mn = jp_mynumber()
_S("ja", "elderly/tax", "message",
   f"""母のマイナンバーは{_mn[:4]} {_mn[4:8]} {_mn[8:]}です。
確定申告の書類に書く欄がどこか教えてください。""", f"{_mn[:4]} {_mn[4:8]} {_mn[8:]}")

_p = pin(4)
_S("ja", "elderly/banking", "message",
   f"""祖母のキャッシュカードの暗証番号は{script(_p, 'full')}だそうです。代わりにお金を下ろしてと頼まれました。大丈夫でしょうか""", script(_p, "full"))

_pw = human_pw("sakura")
_S("ja", "school", "message",
   f"""学校の連絡アプリ
ID：tanaka_mama
パスワード：{_pw}
ログインできないです、どうしたらいいですか""", _pw)

_rrn = kr_rrn(bdate(1955, 1968), False)
_S("ko", "patient/caregiver", "message",
   f"""엄마 주민등록번호 {_rrn} 인데 병원 예약할 때 필요하대요. 어디에 입력해요?""", _rrn)

_o = otp()
_S("ko", "banking", "tool output",
   f"""[Web발신]
[카카오] 인증번호 [{_o}]를 입력해주세요. 타인 노출 금지""", _o)

_pw = human_pw("haneul")
_S("ko", "elderly/banking", "message",
   f"""아버지 공동인증서 비밀번호가 {_pw} 인데 자꾸 틀렸다고 나와요. 5번 틀리면 잠기나요?""", _pw)

_cid = cn_id(bdate(1958, 1968), False)
_S("zh", "patient/caregiver", "message",
   f"""我妈的身份证号是{_cid}
帮我看看医保怎么在网上续费，她不会用手机""", _cid)

_p = pin(6)
_S("zh", "elderly/phone", "message",
   f"""爸爸的微信支付密码是{_p}，他老忘，你教他怎么改成好记一点的""", _p)

_o = otp()
_S("zh", "banking", "tool output",
   f"""短信：【支付宝】验证码{_o}，您正在进行登录，切勿告知他人。""", _o)

_up = card("unionpay")
_S("zh", "landlord/tenant", "message",
   f"""工资卡号 {grp(_up)}
中国银行，户名王芳，麻烦把押金退到这张卡""", grp(_up))

_ge = "01" + dg(9)
_S("ka", "government", "message",
   f"""ჩემი პირადი ნომერია {_ge}, საბუთისთვის მჭირდება, სად ჩავწერო?""", _ge)

_iin = kz_iin(bdate(1980, 1998), True)
_S("kk", "government", "message",
   f"""Менің ЖСН-ім {_iin}, eGov арқылы анықтама алғым келеді. Қалай жасаймын?""", _iin)


_wp = human_pw("library")
_S("en", "school", "lesson",
   f"""Lesson 3 – Getting online in the computer room (Adult evening class)
1. Turn on the PC, log in as STUDENT
2. Join the Wi-Fi: network "Westfield-Staff"
   password {_wp}
3. Open the browser and go to the class page
Homework: send me an email with one photo attached.""", _wp)

_wp = human_pw("escuela")
_S("es", "school", "lesson",
   f"""Clase 4 – Alfabetización digital para adultos
Hoy aprendemos a usar la sala de cómputo.
Usuario de la sala: aula2
Contraseña: {_wp}
Ejercicio: abrir el correo y escribirle a un familiar.""", _wp)


# =====================================================================
# SECRETS — more English (varied forms)
# =====================================================================
_p = pin(4)
_S("en", "elderly/phone", "message",
   f"""I need to unlock grandpa's phone. he says the code is "grandma's birthday backwards"… hang on, he just found the paper in his wallet, it's {_p}. how do i turn off the code so he stops getting locked out""", _p)

_p = pin(6)
_S("en", "school", "message",
   f"""Ms Achieng here (Year 5). The class tablets all use the same passcode {_p} and the kids have started unlocking them at break.
Can you write a short lesson plan on keeping codes private, and tell me how to change the passcode on 30 iPads at once?""", _p)

_acct = dgnz(12)
_S("en", "farming co-op", "summary",
   f"""Summary of the co-op call: payments for October coffee deliveries go out Friday. Members who changed banks must send new details to the treasurer. Mzee Kiprono gave his new Equity account on the call ({_acct}); the treasurer will update the ledger. Next meeting: 3rd Saturday.""", _acct)


# =====================================================================
# helpers for innocent look-alikes (public / business / reference numbers)
# =====================================================================
def s10_tracking(country: str = "GB", service: str = "RR") -> str:
    body = dg(8)
    s = sum(int(c) * w for c, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{service}{body}{c}{country}"


def siren() -> str:
    return luhn_num(pick("3456789"), 9)


def siret() -> str:
    return luhn_num(siren() + "000", 14)


def inn10() -> str:
    body = pick(["77", "78", "50", "54"]) + dg(7)
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return body + str(sum(int(c) * x for c, x in zip(body, w)) % 11 % 10)


def ogrn() -> str:
    body = "1" + dg(2) + pick(["77", "78", "50", "54"]) + dg(7)
    return body + str(int(body) % 11 % 10)


def it_piva() -> str:
    payload = dg(7) + f"{_R.randint(1, 100):03d}"
    return payload + luhn_digit(payload)


def kr_brn() -> str:
    body = dgnz(9)
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(c) * x for c, x in zip(body, w)) + (int(body[8]) * 5) // 10
    n = body + str((10 - s % 10) % 10)
    return f"{n[:3]}-{n[3:5]}-{n[5:]}"


def au_abn() -> str:
    rest = dg(9)
    w = [3, 5, 7, 9, 11, 13, 15, 17, 19]
    s = sum(int(c) * x for c, x in zip(rest, w))
    need = (-s) % 89  # == (d1-1)*10 + d2
    d1, d2 = need // 10 + 1, need % 10
    n = f"{d1}{d2}{rest}"
    return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"


def uk_vat() -> str:
    body = dgnz(7)
    s = sum(int(c) * w for c, w in zip(body, range(8, 1, -1)))
    c = (97 - s % 97) % 97
    n = f"{body}{c:02d}"
    return f"GB {n[:3]} {n[3:7]} {n[7:]}"


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def cn_uscc() -> str:
    body = "91" + pick(["110105", "310104", "440300", "330100"]) + chars(9, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    c = 31 - sum(_USCC.index(ch) * x for ch, x in zip(body, w)) % 31
    return body + _USCC[0 if c == 31 else c]


def phone(cc: str) -> str:
    fmt = {
        "ke": lambda: f"07{pick('0129')}{dg(1)} {dg(3)} {dg(3)}",
        "ng": lambda: f"0{pick(['803', '806', '813', '703', '905'])} {dg(3)} {dg(4)}",
        "in": lambda: f"+91 {pick('6789')}{dg(4)} {dg(5)}",
        "uk": lambda: f"07700 900{dg(3)}",
        "us": lambda: f"(555) 01{dg(2)}-{dg(4)}",
        "ph": lambda: f"09{dg(2)} {dg(3)} {dg(4)}",
        "id": lambda: f"08{dg(2)}-{dg(4)}-{dg(4)}",
        "br": lambda: f"(11) 9{dg(4)}-{dg(4)}",
        "mx": lambda: f"33 {dg(4)} {dg(4)}",
        "pk": lambda: f"03{dg(2)}-{dg(7)}",
        "bd": lambda: f"01{pick('3456789')}{dg(8)}",
        "vn": lambda: f"09{dg(1)} {dg(3)} {dg(4)}",
        "th": lambda: f"08{dg(1)}-{dg(3)}-{dg(4)}",
        "za": lambda: f"0{pick(['72', '82', '83'])} {dg(3)} {dg(4)}",
        "gh": lambda: f"0{pick(['24', '54', '20'])} {dg(3)} {dg(4)}",
        "eg": lambda: f"010 {dg(4)} {dg(4)}",
        "tr": lambda: f"0 5{dg(2)} {dg(3)} {dg(2)} {dg(2)}",
        "ru": lambda: f"+7 9{dg(2)} {dg(3)}-{dg(2)}-{dg(2)}",
        "fr": lambda: f"06 {dg(2)} {dg(2)} {dg(2)} {dg(2)}",
        "de": lambda: f"0151 {dg(8)}",
    }
    return fmt[cc]()


def nonluhn(n: int) -> str:
    while True:
        s = dgnz(n)
        if not luhn_ok(s):
            return s


def aba_routing() -> str:
    d = [int(c) for c in f"{_R.randint(1, 12):02d}" + dg(6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def mpesa_code() -> str:
    return pick("QRS") + chars(9, _UP + _DIG)


# =====================================================================
# INNOCENT — English
# =====================================================================
_I("en", "elderly/banking", "message",
   """the bank says never share your PIN with anyone not even them. so why did a man ring me this morning asking for it?? he knew my name and said my account was frozen. i hung up. did i do right""")

_I("en", "fishing/mobile money", "tool output",
   f"""{mpesa_code()} Confirmed. Ksh1,500.00 sent to JOHN KAMAU {phone('ke')} on 3/4/27 at 2:14 PM. New M-PESA balance is Ksh3,210.50. Transaction cost, Ksh23.00. Amount you can transact within the day is 498,500.00.""")

_I("en", "school", "notice",
   f"""FEES REMINDER – Term 2
Pay via M-Pesa Paybill {pick(['522522', '247247', '880100'])}
Account number: your child's admission number (e.g. 4471)
Deadline 15 May. Balance above KSh 5,000 = no exam card.""")

_I("en", "shop owner", "message",
   f"""can you make a poster for my kiosk: "LIPA NA M-PESA – Buy Goods Till Number {dgnz(7)} – Mama Mboga Fresh Veg". big letters and green""")

_I("en", "elderly/shopping", "message",
   f"""my parcel never came. order number {dg(3)}-{dg(7)}-{dg(7)}, it says delivered to front door but there's nothing. i'm 81 i don't go anywhere, i would have heard the bell""")

_I("en", "small business", "message",
   f"""Royal Mail tracking {s10_tracking('GB')} still says "we've got it" since Monday. customer keeps messaging. what do I tell her""")

_I("en", "travel", "tool output",
   f"""Booking confirmed ✈️
Booking reference: {chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}
Flight EK {_R.randint(100, 999)} DXB→MNL, 14 Aug 2027 02:40
Seat 34K · Baggage 2 × 23 kg
E-ticket number 176-{dg(10)}""")

_I("en", "travel", "message",
   f"""PNR {dgnz(10)} still showing WL 12 for the Chennai Express on Friday. chances of confirmation? travelling with my mother, she's 70""")

_I("en", "gig work", "message",
   f"""customer left a note: call on {phone('ke')} when at the gate, house number 14, blue gate opposite the church. leave with the guard if no answer""")

_I("en", "shop owner", "message",
   f"""courier asking for my PIN code for pickup. shop address: 12 MG Road, Indiranagar, Bengaluru, PIN code 560038. is that what they mean?""")

_I("en", "banking", "tool output",
   f"""OTP has been sent to your registered mobile number ******{dg(4)}. Didn't receive it? Resend in 00:30""")

_I("en", "banking", "assistant reply",
   """Assistant: Your new PIN must be 4 digits. The bank will reject obvious ones like 1234, 0000 or your birth year. Pick something only you know, and don't write it on the card.""")

_I("en", "police report", "message",
   f"""my phone was stolen on the matatu. the box says IMEI 1: {imei()} and IMEI 2: {imei()}. model Samsung Galaxy A15. what do I put in the police abstract""")

_I("en", "shop owner", "message",
   f"""warranty claim for the shop fridge: model RT38CG6420S9, serial number 0{dg(2)}{chars(2, _UP)}{dg(6)}{pick(_UP)}, bought 12/11/2025 at Hotpoint for KSh 64,999""")

_I("en", "gig work", "tool output",
   f"""Your rider is on the way 🏍️
Kevin · Boxer BM150 · plate KMF {dg(3)}{pick(_UP)}
Arriving in 3 min · Trip fare KSh 240""")

_I("en", "shopping", "message",
   """found promo code WELCOME50 and FREESHIP2027 on instagram, can I use both at checkout for the school shoes? total is £46.99""")

_I("en", "sports club", "message",
   """please add Priya to the "Hornets U12 Parents 2027" whatsapp group, her number is the one on the registration sheet. training moves to 6:30pm from next week""")

_I("en", "volunteer", "message",
   """my email is grace.owusu1972@gmail.com and my username on the volunteer rota site is grace_owusu. it says account exists but i never made one?""")

_I("en", "small business", "tool output",
   f"""TAX INVOICE
Mama Put Kitchen Ltd · Company No. {dgnz(8)}
VAT Reg No: {uk_vat()}
Receipt #000{dg(3)}  12/02/2027 13:22
2 × Jollof rice £17.00
Total £17.00 · Card ****{dg(4)} · Approved""")

_I("en", "shop owner", "tool output",
   f"""INVOICE No. SBK/2027/{dg(4)}
Shree Balaji Kirana
GSTIN: {gstin('29')}
HSN 1006 Rice 25kg × 2 ₹2,600.00
CGST 2.5% ₹65 · SGST 2.5% ₹65""")

_I("en", "customer support", "message",
   f"""support replied "we've raised ticket #CS-{dg(6)} for your refund, allow 5-7 working days". it's been 9. should i open another ticket""")

_I("en", "travel", "message",
   f"""we're in room {_R.randint(2, 14)}{_R.randint(0, 3)}{_R.randint(1, 9)}, breakfast 7-10 on floor 1. checkout at 11. can you find a taxi for 10:30 to the airport for 4 people + 3 suitcases""")

_I("en", "family group chat", "pasted chat",
   """[Grandma's 84th 🎂]
Uncle Joe: table booked for 12, 7pm Sat
Mia: match ended 3-2 we WON 🏆
Grandma: Who won what
summarise pls lol""")

_I("en", "elderly/phone", "message",
   """i forgot my password again for the email. it keeps saying the reset link expired. i clicked it 3 times. can you tell me what to press, slowly""")

_I("en", "church", "template",
   """Online giving – how to set up
1. Open the app and tap "Give"
2. Card number: XXXX-XXXX-XXXX-XXXX (enter your own)
3. PIN/password: [your password]
Never give your PIN to anyone who calls claiming to be from the church office.""")

_I("en", "banking", "message",
   f"""the transfer form asks for IFSC code. my branch passbook says IFSC HDFC000{dg(4)}, MICR {dg(9)}. is that the same thing as the branch code?""")

_I("en", "remittance", "message",
   f"""sending money home to the UK account, they gave me sort code {dg(2)}-{dg(2)}-{dg(2)} and SWIFT/BIC BARCGB22. what's the difference between those""")

_I("en", "school", "message",
   f"""school bus 42A now leaves at 7:15 from stop {dg(4)} instead of 7:05. can you write a reminder for the class group, keep it short""")

_I("en", "patient", "message",
   f"""clinic appointment 09:40 Thursday, token number {_R.randint(10, 60)}. dr said take metformin 500 mg twice a day after food. can you set reminders for 8am and 8pm""")

_I("en", "landlord/tenant", "message",
   """wifi network is "TP-Link_5A21" and the password is on the sticker under the router. can you explain to my tenant how to find it, she's new to the UK""")

_I("en", "landlord/tenant", "message",
   """The gate code has changed after the break-in. Ask Sandra for the new one in person, please don't put it in the group chat.""")

_I("en", "synagogue volunteer", "message",
   f"""Hebrew school Zoom: meeting ID {dg(3)} {dg(4)} {dg(4)}, same link every Sunday 10am. the passcode is sent by the office each week separately. can you draft the parents' email""")

_I("en", "church", "notice",
   f"""St Mary's Parish is a registered charity, no. 11{dg(5)}. Sunday 9am hymns: 112, 440 and 87. Collection for the food bank. Parish office: {phone('uk')}""")

_I("en", "shop owner", "message",
   f"""our company registration number is {dgnz(8)} (Companies House) and VAT {uk_vat()}. the supplier wants both on the account form, where do they go""")

_I("en", "small business", "message",
   f"""ABN for the farm stall is {au_abn()}, it's on the sign already. do I need it on the market invoices too?""")

_I("en", "small business", "message",
   f"""EIN for our cleaning LLC is {dg(2)}-{dg(7)}. the bank asks for it on the business account form – is that public info?""")

_I("en", "crypto hobby", "message",
   f"""my friend wants to send me some bitcoin for my birthday. my receive address is {btc_address_p2pkh()} – is it ok to post that in the family chat?""")

_I("en", "crypto hobby", "message",
   f"""the exchange says withdrawal done. txid {hexs(64)} but my wallet shows nothing yet. how many confirmations do I need""")

_I("en", "crypto hobby", "assistant reply",
   """Assistant: Never type your 12 or 24 recovery words into any website, chat or "support" form — real wallets will never ask for them. Write them on paper, keep them offline, and store a copy somewhere safe.""")

_I("en", "photography hobby", "message",
   f"""shot the wedding at f/2.8, 1/250s, ISO 400 on the Canon R6 (body serial {dgnz(12)}). the 70-200 focus is soft, is that the lens or me?""")

_I("en", "gaming", "message",
   f"""add me on switch! friend code SW-{dg(4)}-{dg(4)}-{dg(4)}. my steam is 7656119{dg(10)} too""")

_I("en", "sports club", "message",
   """jersey numbers for saturday: Ali 14, Ben 7, Carlos 10, Dev 1. final score last week 21-17. subs £35 per term by bank transfer to the club account""")

_I("en", "patient", "message",
   """mum's blood sugar this morning 7.8 mmol/L, bp 140/90, pulse 78. is that ok for someone 76? she takes 2 tablets at 8am""")

_I("en", "farming co-op", "tool output",
   f"""CO-OP RECEIPT No. {dg(5)}
Member: Joseph Kiprotich (member no. MBR-{dg(4)})
Maize 420 kg @ KSh 38 = KSh 15,960
Deductions: transport KSh 400
Net payable KSh 15,560 – paid via M-Pesa""")

_I("en", "fishing", "message",
   f"""the fisheries officer wants the boat registration MSA {dg(4)} and my fishing licence expiry (31 Dec 2027). the engine serial is on the side, Yamaha 40HP. what form is this""")

_I("en", "immigration", "message",
   f"""my visa application reference number is GWF0{dg(8)}. the biometrics appointment is 14 March at 09:15 in Lagos. what documents do I bring""")

_I("en", "landlord/tenant", "message",
   f"""new address for the council tax: Flat 4B, 22 Acacia Road, Manchester M14 5RT. moving in 1st of the month. how do I tell them""")

_I("en", "household", "message",
   f"""electricity meter number {dg(11)} – the token didn't load and the meter shows "reject". KPLC customer care number is busy. what else can I try""")

_I("en", "church", "message",
   """Jummah moved to 1:15pm this Friday because of the school exam in the hall. Zakat can be paid at the office or by the paybill on the notice board.""")

_I("en", "volunteer", "message",
   """volunteer badge number V-0231 for the marathon water station. shift 6am-11am at km 14. bring a hat. can you make me a packing list""")

_I("en", "student", "message",
   """what does the library call number 641.5 OLI mean? looking for the cookbook for my food tech project""")

_I("en", "student", "message",
   """the uni portal says "Password must be at least 8 characters, include one number and one symbol, and cannot contain your student ID". what's a good way to make one i'll remember""")

_I("en", "elderly/phone", "assistant reply",
   """Assistant: I can't see your password, and please don't send it to me. On the login screen, tap "Forgot password?", then check your email for the reset link. It's valid for 60 minutes.""")

_I("en", "fishing/mobile money", "summary",
   """Summary: user asked how to change his M-Pesa PIN. Assistant explained dialling *334#, choosing "My Account" then "M-PESA PIN Manage", and warned never to share the PIN with agents or callers.""")

_I("en", "school", "lesson",
   """Lesson (Grade 4, digital safety): A PIN is like the key to your house. You don't show it to friends, you don't write it on the card, and grown-ups from the bank will never ask for it. Activity: make up a pretend 'secret club' handshake instead of a code.""")

_I("en", "elderly/banking", "message",
   f"""the SMS says "Rs 500 debited from a/c XX{dg(4)} on 12-Jul. Avl bal Rs 14,320.55". i didn't buy anything. who do i call""")

_I("en", "travel", "message",
   f"""Gate B12, boarding 22:05, flight QR {_R.randint(500, 999)}. I'm at the lounge. my seat is 41C. can you check if there's a delay""")

_I("en", "sports club", "message",
   """locker 27 jammed again at the leisure centre. the staff said they'll reset it tomorrow. is there a number to complain to the council?""")

_I("en", "gig work", "message",
   f"""order #{dg(4)} for table 6, customer says the code on the bag doesn't match. the app shows order code A-{dg(3)} for pickup. which one do I go by""")

_I("en", "scam check", "message",
   """someone texted "Your card ending 4471 has been blocked, click bit.ly link to reactivate". my card doesn't even end in 4471. it's a scam right?""")

_I("en", "patient/caregiver", "message",
   f"""pharmacy prescription number {dg(7)} is ready for collection. opening hours 9-6, {phone('uk')}. can you remind me tomorrow at 5""")

_I("en", "household", "message",
   """the windows update failed with error code 0x80070005 and now the shop laptop is slow. what does that code mean""")

_I("en", "elderly/phone", "message",
   """my phone says "SIM card PIN – 3 attempts remaining". I don't want to guess. where can I find the PUK? the little card is gone""")

_I("en", "shopping", "message",
   f"""the receipt says Transaction ID {chars(12, _UP + _DIG)}, Auth code {dg(6)}, card VISA ****{dg(4)}. the shop won't refund without the card. is the auth code like a password?""")

_I("en", "travel", "message",
   f"""car hire pickup: booking no. {dgnz(9)}, plate WX{_R.randint(10, 27)} {chars(3, 'ABCDEFGHJKLMNOPRSTUVWXY')}, fuel full-to-full. return Sunday 18:00. remind me""")

_I("en", "farming co-op", "message",
   f"""solar pump warranty: serial SP-{dg(4)}-{dg(6)}, installed 03/2026 by SunKing. the controller shows code E07. who do we call""")

_I("en", "gaming", "message",
   """my discord username is lagosgamer_99, i'm level 52 in the game and our clan tag is [NGR]. can u help me write a recruitment post""")

_I("en", "banking", "message",
   f"""the bank routing number on my checks is {aba_routing()}, for the payroll form. i'll give them the account number myself at the office""")

_I("en", "immigration", "summary",
   """Summary of the chat: the user's residence permit card expires on 30 June. They must book an appointment online, bring the old card, two photos and proof of address. The assistant reminded them not to send document numbers over chat.""")

_I("en", "gig work", "tool call",
   tool_call("log_trip", {"date": "2027-03-18", "start": "07:50", "end": "08:24", "distance_km": 11.6,
                          "fare": 640, "currency": "KES", "trip_id": f"TRP-{dg(8)}"}))

_I("en", "household", "tool call",
   tool_call("set_reminder", {"text": "Pay electricity bill – account 2047 (meter reference on the bill)",
                              "when": "2027-04-05T09:00", "repeat": "monthly"}))

_I("en", "elderly/phone", "message",
   """my grandson says the phone code should be 6 numbers not 4 now, and I must not use my birthday. I'm 79, how will I remember 6? any tips, without telling you the code""")

_I("en", "patient/caregiver", "tool call",
   tool_call("book_appointment", {"clinic": "Riverside Family Practice", "patient_ref": "the patient's own NHS login",
                                  "date": "2027-02-11", "time": "09:40", "reason": "repeat prescription review",
                                  "contact_phone": phone("uk")}))

_I("en", "travel", "assistant reply",
   f"""Assistant: Your train is the 07:52 from Leeds, platform 8B, coach C seat 41. The e-ticket reference is {chars(8, _UP + _DIG)} — the barcode in the app is what the inspector scans. Change at York; the connection is 14 minutes.""")


# =====================================================================
# INNOCENT — South Asia
# =====================================================================
_I("hi", "shop owner", "message",
   """bhaiya dukaan ka UPI ID ramesh.kirana@oksbi hai, customer ko bolo isi pe bheje.
UPI PIN kabhi mat batana kisi ko, wo sirf paise bhejne wale ko dalna hota hai, lene wale ko nahi""")

_I("hi", "banking", "message",
   f"""आधार के आखिरी 4 अंक XXXX XXXX {dg(4)} दिख रहे हैं, बाकी छुपे हैं।
क्या ये मास्क्ड आधार बैंक के KYC में चलेगा?""")

_I("hi", "shopping", "message",
   f"""पिन कोड 110092 है, पार्सल अभी तक नहीं आया। ऑर्डर आईडी OD{dg(18)}
डिलीवरी वाले का नंबर {phone('in')} बंद आ रहा है""")

_I("hi", "travel", "tool output",
   f"""PNR: {dgnz(10)}
ट्रेन 12951 राजधानी एक्सप्रेस, कोच B3, बर्थ 42 (लोअर)
स्थिति: CNF · किराया ₹3,215 · प्रस्थान 16:35""")

_I("hi", "household", "message",
   f"""toll free 1800 180 1111 pe call kiya, complaint number SR{dg(9)} mila
bijli ka meter number {dg(10)} hai, 3 din se light nahi hai gaon me""")

_I("hi", "elderly/banking", "message",
   """*99# dial karke balance dekh sakte hai kya bina internet ke? papa ke paas keypad wala phone hai""")

_I("bn", "mobile money", "tool output",
   f"""বিকাশ SMS: You have received Tk 2,000.00 from 01XXXXXXX{dg(2)}. Fee Tk 0.00. Balance Tk 2,340.50. TrxID {chars(10, _UP + _DIG)} at 12/05/2027 14:33
ভাইয়া, টাকা ঠিকমতো এসেছে তো?""")

_I("bn", "shop owner", "message",
   f"""দোকানের বিকাশ মার্চেন্ট নম্বর {phone('bd')}, QR কোড প্রিন্ট করতে চাই, কোথা থেকে পাব?""")

_I("bn", "elderly/phone", "message",
   """পাসওয়ার্ড ভুলে গেছি, নতুন পাসওয়ার্ড কিভাবে দেব? ফোনে কোড আসছে না""")

_I("bn", "elderly", "message",
   """আমার বয়স ৬৭, পেনশনের টাকা ১২,৫০০ টাকা, প্রতি মাসের ১০ তারিখে আসে। এবার ১৫ তারিখ হয়ে গেল""")

_I("ta", "shop owner", "message",
   f"""எங்க கடை GST எண் {gstin('33')}, பில்லில் போடணுமா? கஸ்டமர் கேட்கிறாங்க""")

_I("ta", "travel", "message",
   """பஸ் நம்பர் 21G, காலை 7:40 க்கு Tambaram பஸ் ஸ்டாண்ட். டிக்கெட் ₹35. அம்மா கூட போறேன்""")

_I("ta", "delivery", "message",
   """pincode 600028, house no 14/7, 2nd cross street, near Murugan kovil. delivery boy ku anuppunga""")

_I("te", "farming", "message",
   """మా పొలం సర్వే నంబర్ 214/3, 2.5 ఎకరాలు. రైతు భరోసా డబ్బులు ఎప్పుడు వస్తాయి?""")

_I("te", "banking", "message",
   """OTP రాలేదు, మళ్లీ పంపమని ఎలా అడగాలి? 'Resend OTP' బటన్ కనిపించడం లేదు""")

_I("mr", "household", "message",
   f"""LPG ग्राहक क्रमांक {dgnz(7)} आणि बुकिंग क्रमांक {dg(6)} आहे. सिलेंडर कधी येईल ते कसं बघायचं?""")

_I("mr", "school", "message",
   f"""शाळेचा UDISE कोड 2725{dg(7)} आहे, शिष्यवृत्ती फॉर्मवर कुठे लिहायचा?""")

_I("gu", "shop owner", "message",
   f"""દુકાનનો GST નંબર {gstin('24')} છે, બિલમાં ક્યાં છાપવો?""")

_I("pa", "travel", "message",
   f"""ਫਲਾਈਟ AI 187 ਦਿੱਲੀ ਤੋਂ ਟੋਰਾਂਟੋ, ਸੀਟ 32A, ਬੁਕਿੰਗ ਰੈਫਰੈਂਸ {chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}. ਬੈਗ ਕਿੰਨੇ ਕਿੱਲੋ ਲੈ ਜਾ ਸਕਦੇ ਹਾਂ?""")

_I("ur", "mobile money", "message",
   f"""JazzCash se bheje paise, TID {dg(11)}, Rs. 5,000. ammi ko mil gaye? wo keh rahi hain SMS nahi aaya""")

_I("ur", "small business", "message",
   f"""ہماری کمپنی کا سیلز ٹیکس رجسٹریشن نمبر {dg(2)}-{dg(2)}-{dg(4)}-{dg(3)}-{dg(2)} ہے، انوائس پر کہاں لکھیں؟""")

_I("ur", "delivery", "message",
   """PIN code nahi hota yahan, postal code 54000 hai Lahore ka. courier wala pooch raha hai, ye hi de doon?""")

_I("ur", "school", "message",
   f"""meri beti ka roll number {dg(6)} hai, matric ka result kab aayega? board ki website nahi khul rahi""")

_I("ne", "mobile money", "message",
   """eSewa ID भनेको मेरो मोबाइल नम्बर 98XXXXXXXX हो, पिन होइन। पैसा पठाउन ID मात्र दिए पुग्छ?""")

_I("ne", "travel", "message",
   f"""bus ticket: Kathmandu-Pokhara, seat B7, bihana 7 baje, Rs 1,200, ticket no {dg(6)}. kati ghanta lagchha?""")

_I("si", "travel", "message",
   """බස් එක 138, කොළඹ සිට මහරගම, උදේ 7.30. ටිකට් එක රු. 120 යි""")

_I("si", "shopping", "message",
   f"""ඇණවුම් අංකය {dg(8)}, පාර්සලය තවම ආවේ නැහැ. කුරියර් අංකය 07{pick('01245678')} {dg(3)} {dg(4)}""")


# =====================================================================
# INNOCENT — Southeast Asia
# =====================================================================
_I("id", "shopping", "message",
   f"""kode pos 40115, nomor resi JNE {nonluhn(16)}, paket belum sampai 5 hari. harus telpon ke mana?""")

_I("id", "school", "message",
   f"""bayar SPP lewat Virtual Account BRI {nonluhn(16)} ya bu, nominal Rp350.000, paling lambat tanggal 10""")

_I("id", "shopping", "message",
   """kode promo HEMAT20 gak bisa dipakai di Shopee, katanya minimal belanja Rp50.000. punyaku cuma Rp48.500 😩""")

_I("id", "banking", "assistant reply",
   """Asisten: Jangan pernah kasih PIN atau kode OTP ke siapa pun, termasuk yang ngaku dari bank atau kurir. Bank tidak pernah minta PIN lewat telepon atau WhatsApp.""")

_I("ms", "small business", "message",
   f"""nombor pendaftaran syarikat SSM 20{_R.randint(18, 25)}{dg(8)} untuk kedai kek saya. kena letak dalam invois ke?""")

_I("ms", "gig work", "message",
   """poskod 50450, no rumah 12, Jalan Ampang. grab driver tak jumpa, cakap GPS salah""")

_I("ms", "banking", "message",
   """kod TAC tak sampai-sampai, dah tunggu 10 minit. nombor telefon dalam sistem bank betul ke?""")

_I("fil", "family/remittance", "tool output",
   f"""GCash: You have sent PHP 1,500.00 to J**N D. on 04-12-2027 3:05 PM. Ref. No. {dg(4)} {dg(3)} {dg(6)}.
Na-receive na ba ni Tita?""")

_I("fil", "shopping", "message",
   f"""zip code 1100 Quezon City, unit 12B tower 3. J&T tracking {dg(12)}, 4 araw na wala pa""")

_I("fil", "travel", "message",
   """Victory Liner seat 23, alis 10:30 PM Cubao papuntang Baguio, ₱735. ilang oras ba biyahe?""")

_I("fil", "mobile money", "assistant reply",
   """Assistant: Hindi ko kailangan ang MPIN mo at huwag itong ibigay sa kahit sino, kahit sa nagpapakilalang taga-GCash. Para mag-reset, pumunta sa Profile > Settings > Security.""")

_I("vi", "shopping", "message",
   f"""mã đơn hàng Shopee {dg(6)}{chars(8, _UP + _DIG)}, mã giảm giá FREESHIP50 không dùng được""")

_I("vi", "delivery", "message",
   f"""số điện thoại của shipper {phone('vn')}, giao hàng lúc 14h, nhà số 27 ngõ 8""")

_I("vi", "small business", "message",
   f"""mã số thuế của công ty {dgnz(10)}, ghi vào hóa đơn đỏ giúp em nhé""")

_I("vi", "student", "message",
   """Mật khẩu phải có ít nhất 8 ký tự, gồm chữ hoa và số, nghĩa là sao ạ? em đặt mãi không được""")

_I("th", "shopping", "message",
   f"""เลขพัสดุ {s10_tracking('TH', 'EF')} ยังไม่มาเลย รหัสไปรษณีย์ 10110 ค่ะ""")

_I("th", "shop owner", "message",
   f"""เบอร์โทรร้าน {phone('th')} เปิด 9 โมงถึง 2 ทุ่ม ช่วยทำป้ายให้หน่อย""")

_I("th", "patient/caregiver", "message",
   """แม่อายุ 72 ปี ความดัน 145/90 นัดหมอวันที่ 14 เวลา 9.30 น. ต้องงดอาหารไหม""")

_I("km", "travel", "message",
   """ឡានក្រុងលេខ 12 ចេញម៉ោង 7:30 ព្រឹក តម្លៃ 25,000 រៀល""")

_I("my", "travel", "message",
   """ဘတ်စ်ကား ၃၆ နံပါတ်၊ မနက် ၇ နာရီ ထွက်မယ်""")


# =====================================================================
# INNOCENT — Africa
# =====================================================================
_I("sw", "shop owner", "notice",
   f"""LIPA NA M-PESA
Till Namba {dgnz(7)} – Duka la Mama Amina
Sukari kilo 1: Sh 180 · Unga 2kg: Sh 210""")

_I("sw", "family/mobile money", "tool output",
   f"""{mpesa_code()} Imethibitishwa. Ksh2,000.00 imetumwa kwa AMINA WANJIRU {phone('ke')} tarehe 4/5/27 saa 9:12 AM. Salio jipya la M-PESA ni Ksh540.00. Gharama ya muamala Ksh0.00.""")

_I("sw", "small business", "message",
   f"""KRA PIN ya kampuni yetu ni P05{dg(7)}{pick(_UP)} – iko kwenye kila risiti ya duka. Nifanye nini ili risiti ziwe za eTIMS?""")

_I("sw", "mobile money", "assistant reply",
   """Msaidizi: Usimpe mtu yeyote PIN yako ya M-Pesa, hata kama anasema ni wa Safaricom. Piga 100 bure ukiwa na shaka.""")

_I("yo", "delivery", "message",
   f"""Nọ́mbà fóònù mi ni {phone('ng')}, ẹ pè mí tí ẹ bá dé ẹnu ọ̀nà""")

_I("yo", "shop owner", "message",
   f"""Ọjà: ẹ̀wà 2 kilo ₦3,400, gaàrí 5 kilo ₦6,000. Receipt No {dg(5)}""")

_I("ha", "farming", "message",
   f"""Lambar wayata {phone('ng')}, ku kira ni idan kun iso kasuwar Dawanau""")

_I("ha", "farming", "message",
   """Farashin taki buhu ɗaya ₦38,000, mun sayi buhu 12 ranar 14/6""")

_I("ig", "shopping", "message",
   f"""Ọnụ ahịa: akpa osikapa ₦72,000. Nọmba order {dg(8)}. Ha ga-eweta ya echi""")

_I("pcm", "banking", "assistant reply",
   """Assistant: Abeg no give anybody your OTP or PIN o, even if dem talk say na bank. Bank no dey ask for am for phone.""")

_I("pcm", "shop owner", "message",
   f"""the POS receipt talk say RRN {dg(12)}, STAN {dg(6)}, terminal ID 2058{dg(4)}, amount ₦25,000 but the money no enter my account. wetin be all these numbers""")

_I("pcm", "delivery", "message",
   f"""delivery address: No 14 Adeola Odeku, VI Lagos. call {phone('ng')} when you reach gate""")

_I("am", "mobile money", "message",
   f"""የቴሌብር የግብይት ቁጥር {chars(10, _UP + _DIG)} ነው፣ ብር 500 ተልኳል። ደርሷል?""")

_I("am", "travel", "message",
   """አውቶቡስ ቁጥር 45 ጠዋት 1:30 ይነሳል""")

_I("zu", "family", "message",
   f"""Inombolo yocingo yami ngu-{phone('za')}, ngishayele uma ufika""")

_I("zu", "delivery", "message",
   """Ikhodi yeposi ngu-4001, ikheli: 12 Florida Road, Durban""")

_I("af", "farming", "message",
   f"""Die bakkie se registrasie is CA {dg(3)}-{dg(3)}, diens is by 80 000 km. Hoeveel kos 'n diens?""")

_I("so", "shop owner", "message",
   f"""Lambarka taleefanka dukaanka waa 061 {dg(7)}, fadlan ku qor boodhka""")

_I("so", "shop owner", "message",
   """Sicirka bariiska kiishkii waa $28, sonkortana $35""")


# =====================================================================
# INNOCENT — Middle East / North Africa
# =====================================================================
_I("ar", "shopping", "message",
   f"""رقم الطلب #{dg(7)}، التوصيل بين ٤ و٦ مساءً، الرمز البريدي 12345. المندوب ما رد""")

_I("ar", "travel", "message",
   """رحلة SV 1020 من الرياض إلى جدة، المقعد 14C، البوابة 22، الإقلاع 9:40""")

_I("ar", "shop owner", "message",
   f"""رقم السجل التجاري للمحل 1010{dg(6)}، والرقم الضريبي للمنشأة 3{dg(13)}3، أكتبهم وين في الفاتورة؟""")

_I("ar", "delivery", "message",
   f"""el order number 3andy {dg(4)}, el delivery ha yegi ba3d sa3a, el 3enwan 12 share3 el nasr""")

_I("ar", "banking", "assistant reply",
   """المساعد: لا تشارك رمز التحقق أو الرقم السري مع أي شخص، حتى لو قال إنه من البنك. البنك لا يطلبها أبداً.""")

_I("ar", "patient", "message",
   """عمري ٦٨ سنة، الضغط ١٤٠ على ٩٠، الموعد يوم الأحد الساعة ١٠ الصبح""")

_I("fa", "delivery", "message",
   f"""کد پستی {script(dgnz(10), 'pers')}، سفارش شماره {script(dg(7), 'pers')}، هنوز نرسیده""")

_I("fa", "household", "message",
   f"""shomare peygiri {dg(6)} baraye pardakht ghabz bargh, mablagh 245,000 toman. sabt shod?""")

_I("he", "shopping", "message",
   f"""מספר ההזמנה {dg(4)}-{dg(5)}, מיקוד {dgnz(7)}. השליח לא הגיע""")

_I("he", "travel", "message",
   """קו 480 מירושלים לתל אביב יוצא ב-7:15 מהתחנה המרכזית""")

_I("tr", "shopping", "message",
   f"""kargo takip no {dg(12)}, sipariş no {dg(9)}. Yurtiçi Kargo hâlâ dağıtımda diyor""")

_I("tr", "small business", "message",
   f"""Şirketimizin vergi numarası {dgnz(10)}, Kadıköy Vergi Dairesi. Faturaya yazar mısın?""")

_I("tr", "elderly/government", "message",
   """e-Devlet şifremi unuttum, PTT'ye gidip yeni şifre almam lazımmış. Nüfus cüzdanı yeterli mi?""")


# =====================================================================
# INNOCENT — Europe
# =====================================================================
_I("fr", "delivery", "message",
   f"""numéro de commande {dg(9)}, code postal 75011. le livreur dit qu'il ne trouve pas le digicode, il est écrit sur la porte à côté de la boulangerie. je lui réponds quoi ?""")

_I("fr", "small business", "message",
   f"""SIRET de ma boulangerie : {grp_sizes(siret(), [3, 3, 3, 5])}. il faut le mettre sur les factures des clients pros ?""")

_I("fr", "travel", "message",
   f"""Mon vol AF 718 pour Dakar, siège 23F, réservation {chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}. Combien de bagages en soute ?""")

_I("fr", "mobile money", "tool output",
   f"""Orange Money : Transfert de 25 000 FCFA vers 07 {dg(2)} {dg(2)} {dg(2)} {dg(2)} réussi. ID transaction : MP{dg(6)}.{dg(4)}.{chars(5, _UP)}. Nouveau solde : 3 450 FCFA.""")

_I("fr", "banking", "assistant reply",
   """Assistant : Votre banque ne vous demandera jamais votre code confidentiel ni un code reçu par SMS, ni par téléphone ni par e-mail. Si on vous le demande, raccrochez.""")

_I("ht", "family", "message",
   f"""Nimewo telefòn mwen se +509 {dg(4)} {dg(4)}, rele m lè ou rive Okap""")

_I("pt", "small business", "message",
   f"""CNPJ da lojinha: {cnpj()}. preciso colocar na nota fiscal do cliente?""")

_I("pt", "shopping", "message",
   f"""CEP 01310-100, apto 42, bloco B. código de rastreio {s10_tracking('BR', 'NL')}. tá parado em Curitiba há 4 dias""")

_I("pt", "travel", "message",
   f"""voo G3 {_R.randint(1000, 2099)} pra Recife, poltrona 18C, localizador {chars(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}. posso levar mala de 10kg?""")

_I("pt", "patient/caregiver", "message",
   """minha mãe tem 74 anos, pressão 13 por 8, consulta dia 12 às 14h no posto""")

_I("pt", "scam check", "assistant reply",
   """Assistente: Nenhum banco pede sua senha por WhatsApp. Se alguém pedir o código de 6 dígitos que chegou por SMS, é golpe — não passe.""")

_I("es", "delivery", "message",
   f"""mi número de pedido es {dg(8)}, código postal 28013, el repartidor no encuentra el portal 3""")

_I("es", "small business", "message",
   f"""NIT de la empresa {co_nit()}, para la factura electrónica de la tienda. ¿va con el dígito de verificación?""")

_I("es", "travel", "message",
   """el bus 127 sale a las 6:40 del paradero 14, pasaje S/ 1.50. ¿llega hasta el hospital?""")


def _ruc_pe() -> str:
    body = "20" + dg(8)
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(c) * x for c, x in zip(body, w)) % 11
    return body + ("0" if r == 10 else "1" if r == 11 else str(r))


_I("es", "shop owner", "message",
   f"""RUC de mi bodega {_ruc_pe()}, ¿lo pongo en las boletas o solo en las facturas?""")

_I("es", "patient", "message",
   """tengo 68 años y mi presión está 140/90, ¿es mucho? la cita es el martes a las 8""")

_I("es", "banking", "message",
   """olvidé mi clave de la app del banco, ¿cómo la recupero sin ir a la sucursal? vivo en el campo""")

_I("es", "mobile money", "tool output",
   f"""Comprobante Nequi
Envío de $50.000 a 300 *** {dg(4)}
Referencia M{dg(7)}
Fecha 12 mar 2027 3:14 p. m.""")

_I("es", "immigration", "message",
   f"""la cita en extranjería es el 14/04 a las 09:30, número de justificante {dg(8)}, oficina de Aluche. ¿llego antes?""")

_I("pl", "small business", "message",
   f"""NIP firmy {nip_pl()}, REGON {regon9()} — hurtownia chce to na fakturze""")

_I("pl", "shopping", "message",
   f"""numer przesyłki InPost {dg(24)}, kod pocztowy 00-950, paczkomat WAW12M""")

_I("pl", "household", "message",
   """hasło do wifi jest na naklejce pod routerem, ale nie mogę jej przeczytać. jak inaczej je znaleźć?""")

_I("uk", "shopping", "message",
   f"""Номер замовлення {dg(9)}, Нова Пошта відділення №14, ТТН 20450{dg(9)}""")

_I("uk", "school", "message",
   f"""код ЄДРПОУ нашої школи {dgnz(8)}, треба для звіту гуртка""")

_I("uk", "patient/caregiver", "message",
   """Бабусі 82 роки, тиск 150 на 90, прийом у лікаря о 10:20""")

_I("ru", "landlord/tenant", "message",
   f"""ИНН организации {inn10()}, ОГРН {ogrn()} — это для договора с управляющей компанией, куда вписать?""")

_I("ru", "shopping", "message",
   f"""трек-номер {s10_tracking('RU', 'RA')}, посылка в Подольске уже 5 дней""")

_I("ru", "elderly/government", "message",
   f"""kod podtverzhdeniya tak i ne prishel. nomer zayavki {dg(10)}, goryachaya liniya 8 800 100-{dg(2)}-{dg(2)}. chto delat?""")

_I("ru", "elderly/government", "message",
   """ne pomnyu parol ot Gosuslug, kak ego vosstanovit cherez MFC? pasport nuzhen?""")

_I("ro", "small business", "message",
   f"""CUI firmei {dgnz(8)}, nr. Registrul Comerțului J40/{dg(4)}/2019. le pun pe factură?""")

_I("ro", "delivery", "message",
   """codul poștal 030167, bl. 12, sc. A, ap. 34, etaj 3""")

_I("sr", "small business", "message",
   f"""PIB firme {dgnz(9)}, matični broj {dgnz(8)} — treba za fakturu""")

_I("cs", "school", "message",
   f"""IČO naší školky {dgnz(8)}, číslo zásilky Zásilkovna Z {dg(10)}""")

_I("bg", "small business", "message",
   f"""ЕИК на фирмата {dgnz(9)}, за фактурата""")

_I("hu", "shopping", "message",
   f"""rendelésszám {dg(9)}, irányítószám 1052, mikor jön a futár?""")

_I("el", "shopping", "message",
   f"""αριθμός παραγγελίας {dg(8)}, ΤΚ 10431, πότε έρχεται ο κούριερ;""")

_I("de", "sports club", "message",
   f"""USt-IdNr. DE{dgnz(9)} und Vereinsregister VR {dg(5)} B – gehört das ins Impressum der Vereinsseite?""")

_I("de", "shopping", "message",
   f"""Sendungsnummer 00340434{dg(12)}, PLZ 10115, DHL sagt zugestellt, ist aber nichts da""")

_I("de", "patient/caregiver", "message",
   """Oma ist 87, Blutdruck 150 zu 85, Termin am 14.3. um 9:40""")

_I("de", "banking", "assistant reply",
   """Assistent: Ihre Bank fragt Sie niemals per E-Mail, SMS oder Telefon nach Ihrer PIN oder TAN. Geben Sie sie niemandem weiter.""")

_I("it", "small business", "message",
   f"""Partita IVA della pizzeria {it_piva()}, va sulla ricevuta?""")

_I("it", "shopping", "message",
   f"""CAP 00184, ordine n. {dg(10)}, corriere BRT, consegna prevista giovedì""")

_I("it", "travel", "message",
   """il treno Frecciarossa 9543 parte alle 7:35, carrozza 8 posto 12A""")

_I("nl", "sports club", "message",
   f"""KvK-nummer van onze sportclub {dgnz(8)}, postcode 1012 AB""")

_I("nl", "travel", "message",
   """Bus 22 vertrekt om 7:14 van halte Centraal, perron B""")

_I("sv", "sports club", "message",
   f"""organisationsnummer för föreningen 802{dg(3)}-{dg(4)}, ska det stå på fakturan?""")

_I("nb", "sports club", "message",
   f"""organisasjonsnummer {dgnz(9)} for idrettslaget, skal det inn i søknaden?""")

_I("fi", "small business", "message",
   f"""Y-tunnus {dg(7)}-{dg(1)}, postinumero 00100""")


# =====================================================================
# INNOCENT — East / Central Asia, Caucasus
# =====================================================================
_I("ja", "shopping", "message",
   f"""郵便番号 150-0001、注文番号 {dg(3)}-{dg(7)}-{dg(7)}、まだ届きません""")

_I("ja", "travel", "message",
   """新幹線のぞみ 215号、8号車 12番A席、東京 9:30発""")

_I("ja", "elderly/banking", "message",
   """暗証番号を3回間違えてロックされました。窓口で番号札42番をもらって待っています。何を持っていけばいいですか""")

_I("ko", "small business", "message",
   f"""사업자등록번호 {kr_brn()} 으로 세금계산서 발행해 주세요""")

_I("ko", "shopping", "message",
   f"""운송장번호 {dg(12)}, 택배가 아직 안 왔어요""")

_I("ko", "banking", "message",
   f"""인증번호가 안 와요. 고객센터 1588-{dg(4)} 에 전화했더니 접수번호 {dg(8)} 알려줬어요. 엄마 나이 71세라 직접 못 하세요""")

_I("zh", "small business", "message",
   f"""统一社会信用代码 {cn_uscc()}，开发票用""")

_I("zh", "shopping", "message",
   f"""快递单号 SF{dg(13)}，还没到""")

_I("zh", "travel", "message",
   """G1234次高铁，8车12F座，9:30北京南出发""")

_I("zh", "elderly/phone", "message",
   f"""密码忘了怎么办？短信验证码一直收不到。客服电话95588，工单号 {dg(12)}""")

_I("ka", "travel", "message",
   """ავტობუსი 37 გადის 7:30-ზე""")

_I("kk", "shopping", "message",
   f"""Тапсырыс нөмірі {dg(8)}, пошта индексі 050000""")


_I("fr", "immigration", "tool call",
   "Je réserve le rendez-vous à la préfecture.\n" + tool_call("prendre_rdv", {
       "service": "titre de séjour – renouvellement", "date": "2027-03-22", "heure": "09:15",
       "numero_dossier": f"{dg(2)}-{dg(6)}", "pieces": ["passeport", "justificatif de domicile", "3 photos"]}))

_I("sw", "government", "lesson",
   """Somo la leo (kikundi cha wazee): Kitambulisho chako na PIN ya M-Pesa ni siri yako. Usimpe mtu namba hizi kwa simu. Ukipigiwa na mtu anayejifanya wa benki, kata simu na upige 100.""")

_I("hi", "government", "summary",
   """सारांश: उपयोगकर्ता ने पूछा कि राशन कार्ड में नाम कैसे जोड़ें। सहायक ने बताया कि हेल्पलाइन 1967 पर कॉल करें, आधार की कॉपी और परिवार की फोटो लेकर ब्लॉक ऑफिस जाएँ, और किसी को OTP न बताएं।""")

_I("es", "school", "lesson",
   """Lección 5: ¿Cómo crear una contraseña segura? Usa una frase larga que solo tú recuerdes, no tu fecha de nacimiento ni el nombre de tu perro. Nunca la escribas en el celular ni la compartas por WhatsApp.""")

_I("id", "elderly/phone", "lesson",
   """Materi kelas lansia minggu ke-2: kode OTP itu seperti kunci rumah. Kalau ada yang telepon minta kode 6 angka dari SMS, itu penipuan. Praktik: buka SMS dari bank, baca, lalu hapus.""")

_I("ar", "government", "tool output",
   f"""شاشة التطبيق:
الاسم: فاطمة الزهراني
رقم الهوية: 1••••••••{dg(1)}
حالة الطلب: قيد المراجعة
رقم الطلب: {dg(10)}""")


# ---------------------------------------------------------------- self-checks
_ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
assert len(_ids) == len(set(_ids)), "duplicate ids"
for _x in SECRETS:
    assert _x.secret in _x.text, _x.id
del _ids, _x
