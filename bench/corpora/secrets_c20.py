"""Independent secret-redaction test corpus c20 (look-alike heavy)

Written: Mon Dec  7 12:15:37 UTC 2026 (output of `date` when writing started)

This corpus was written from general knowledge only, without seeing the
redactor, its rules, its tests or any earlier corpus.  All random values are
generated at import time from one seeded random.Random(20261207); nothing in
it is real (no real credentials, people, accounts or cards).

INNOCENT records must come back from the redactor unchanged; they are dense
with look-alikes (commit hashes, digests, SRI strings, UUIDs/ULIDs/KSUIDs,
trace ids, ARNs, public keys, fingerprints, masked values, placeholders,
secret-manager references, order/tracking numbers, ...).
SECRETS records hide one real-looking secret each (the `secret` field) among
the same kind of noise.

Counts: INNOCENT 307, SECRETS 145 (total 452).
INNOCENT by setting:
  api 13, bank 11, booking 8, calendar 5, chat 15, cloud 26, config 27, csv
  5, docs 26, email 6, git 22, govform 8, incident 6, invoice 8, k8s 11,
  monitoring 11, notebook 6, packages 21, shell 25, shipping 6, sql 6,
  support 14, tests 10, toolcall 11
SECRETS by setting:
  api 8, bank 5, booking 3, calendar 1, chat 20, cloud 2, config 27, csv 1,
  docs 2, email 12, git 2, govform 16, incident 2, invoice 5, k8s 2,
  monitoring 2, notebook 2, packages 2, shell 8, sql 2, support 15, tests 1,
  toolcall 5
INNOCENT by language:
  en 121, de 22, ja 12, fr 11, es 10, cs 9, it 9, pl 9, sv 8, nl 8, zh 7, ru
  7, hi 6, fi 6, ro 6, pt 6, ar 5, th 5, el 5, tr 5, uk 5, ko 5, id 5, vi 5,
  hu 5, he 5
SECRETS by language:
  en 54, de 9, es 8, fr 8, nl 6, it 5, pt 5, pl 5, sv 4, ko 4, tr 4, ja 3,
  ru 3, zh 3, uk 2, el 2, hu 2, ar 2, th 2, hi 2, id 2, vi 2, fi 2, he 2, ro
  2, cs 2

Languages (26): en de fr es it pt nl pl cs sv fi ru uk tr ar he hi ja ko zh vi th id el ro hu
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import struct
from typing import NamedTuple


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


R = random.Random(20261207)

SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []
_COUNTS: dict = {}

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
B62 = DIG + UP + LOW
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _id(kind, setting, lang, name):
    key = (kind, setting, lang, name)
    n = _COUNTS.get(key, 0) + 1
    _COUNTS[key] = n
    return f"{kind}/{setting}/{lang}/{name}-{n:02d}"


# Lead-in sentences an agent writes before pasting tool output, per language.
LEAD = {
    "de": ["Hier ist die Ausgabe, die ich bekommen habe:", "Ich habe das geprüft – Ergebnis:", "Zur Info, so sieht es bei mir aus:"],
    "fr": ["Voici la sortie de la commande :", "J'ai vérifié, voici le résultat :", "Pour info, voilà ce que j'obtiens :"],
    "es": ["Aquí está la salida del comando:", "Lo he revisado, este es el resultado:", "Te pego lo que me devuelve:"],
    "it": ["Ecco l'output del comando:", "Ho controllato, questo è il risultato:", "Ti incollo quello che vedo:"],
    "pt": ["Segue a saída do comando:", "Verifiquei, o resultado é este:", "Colo aqui o que apareceu:"],
    "nl": ["Dit is de uitvoer van het commando:", "Ik heb het gecontroleerd, resultaat:", "Ter info, dit krijg ik terug:"],
    "pl": ["Oto wynik polecenia:", "Sprawdziłem, wynik poniżej:", "Wklejam, co dostałem:"],
    "cs": ["Tady je výstup příkazu:", "Zkontroloval jsem to, výsledek:", "Posílám, co mi to vrátilo:"],
    "sv": ["Här är utdata från kommandot:", "Jag har kollat, resultatet blev:", "Så här ser det ut hos mig:"],
    "fi": ["Tässä komennon tuloste:", "Tarkistin asian, tulos:", "Liitän tähän saamani vastauksen:"],
    "ru": ["Вот вывод команды:", "Проверил, результат такой:", "Вставляю то, что получил:"],
    "uk": ["Ось вивід команди:", "Перевірив, результат такий:", "Вставляю те, що отримав:"],
    "tr": ["Komutun çıktısı şu:", "Kontrol ettim, sonuç aşağıda:", "Bende görünen şu:"],
    "ar": ["هذه مخرجات الأمر:", "راجعت الأمر، وهذه النتيجة:", "ألصق هنا ما ظهر لدي:"],
    "he": ["זה הפלט של הפקודה:", "בדקתי, זו התוצאה:", "מדביק כאן את מה שקיבלתי:"],
    "hi": ["यह कमांड का आउटपुट है:", "मैंने जाँच की, नतीजा यह है:", "मुझे यह मिला:"],
    "ja": ["コマンドの出力です：", "確認しました。結果は以下の通りです：", "手元ではこうなりました："],
    "ko": ["명령어 출력 결과입니다:", "확인해 봤는데 결과는 다음과 같아요:", "제 쪽에서는 이렇게 나와요:"],
    "zh": ["这是命令的输出：", "我检查过了，结果如下：", "我这边看到的是："],
    "vi": ["Đây là kết quả của lệnh:", "Mình đã kiểm tra, kết quả như sau:", "Bên mình ra thế này:"],
    "th": ["นี่คือผลลัพธ์ของคำสั่ง:", "ตรวจสอบแล้ว ได้ผลดังนี้:", "ทางผมได้ผลแบบนี้:"],
    "id": ["Ini output dari perintahnya:", "Sudah saya cek, hasilnya:", "Di tempat saya keluarnya begini:"],
    "el": ["Αυτή είναι η έξοδος της εντολής:", "Το έλεγξα, το αποτέλεσμα είναι:", "Σε μένα βγαίνει αυτό:"],
    "ro": ["Iată rezultatul comenzii:", "Am verificat, rezultatul este:", "La mine apare asta:"],
    "hu": ["Ez a parancs kimenete:", "Megnéztem, az eredmény:", "Nálam ez jön ki:"],
}


def _lang_for(langs, i):
    if isinstance(langs, tuple):
        return langs[i % len(langs)]
    return langs


def _lead(lang, text):
    if lang == "en" or lang not in LEAD:
        return text
    return R.choice(LEAD[lang]) + "\n\n" + text


_TEMPLATE_NO = [0]


def I(setting, lang, name, n=None):
    # every third innocent template is used twice, the others three times
    if n is None:
        _TEMPLATE_NO[0] += 1
        n = 2 if _TEMPLATE_NO[0] % 3 == 0 else 3

    def deco(fn):
        for i in range(n):
            lg = _lang_for(lang, i)
            text = fn(i)
            if isinstance(lang, tuple):
                text = _lead(lg, text)
            INNOCENT.append(Innocent(_id("innocent", setting, lg, name), text))
        return fn
    return deco


def S(setting, lang, name, n=2):
    def deco(fn):
        for i in range(n):
            lg = _lang_for(lang, i)
            text, sec = fn(i)
            if isinstance(lang, tuple):
                text = _lead(lg, text)
            SECRETS.append(Secret(_id("secret", setting, lg, name), text, sec))
        return fn
    return deco


# ---------------------------------------------------------------- generators
def ch(seq):
    return R.choice(seq)


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def hx(n):
    return rs(n, "0123456789abcdef")


def HX(n):
    return hx(n).upper()


def dg(n):
    return str(R.randint(1, 9)) + rs(n - 1, DIG) if n > 0 else ""


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64u(n):
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def uid():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ulid():
    return "01J" + rs(23, CROCK)


def ksuid():
    return "2" + rs(26, B62)


def sha1():
    return hx(40)


def sha256():
    return hx(64)


def short():
    return hx(7)


def n(a, b):
    return R.randint(a, b)


def date(y=2026):
    return f"{y}-{n(1,12):02d}-{n(1,28):02d}"


def ts():
    return f"{date()}T{n(0,23):02d}:{n(0,59):02d}:{n(0,59):02d}Z"


def tm():
    return f"{n(0,23):02d}:{n(0,59):02d}"


def ver():
    return f"{n(0,9)}.{n(0,30)}.{n(0,20)}"


def ip():
    return f"10.{n(0,255)}.{n(0,255)}.{n(1,254)}"


def sri512():
    return "sha512-" + b64(64)


def sri384():
    return "sha384-" + b64(48)


def ssh_ed25519_pub():
    key = rbytes(32)
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + key
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def fp_sha256():
    return "SHA256:" + b64(32).rstrip("=")


def fp_colon(nb=20):
    return ":".join(HX(2) for _ in range(nb))


def pem_public():
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(230)[:-4] + "IDAQAB"
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


def age_recipient():
    return "age1" + rs(58, BECH)


def eth_addr():
    return "0x" + hx(40)


def eth_tx():
    return "0x" + hx(64)


def btc_addr():
    return "bc1q" + rs(38, BECH)


def luhn_digit(num):
    total = 0
    for i, d in enumerate(reversed(num)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(kind="visa"):
    if kind == "visa":
        p, L = "4" + rs(5, DIG), 16
    elif kind == "mc":
        p, L = "5" + ch("12345") + rs(4, DIG), 16
    else:
        p, L = "3" + ch("47") + rs(4, DIG), 15
    body = p + rs(L - 1 - len(p), DIG)
    return body + luhn_digit(body)


def card_spaced(c):
    if len(c) == 15:
        return f"{c[:4]} {c[4:10]} {c[10:]}"
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))


def cvv(amex=False):
    return rs(4 if amex else 3, DIG)


_IBAN_BBAN = {
    "DE": lambda: rs(18, DIG), "FR": lambda: rs(23, DIG), "ES": lambda: rs(20, DIG),
    "NL": lambda: rs(4, UP) + rs(10, DIG), "IT": lambda: ch(UP) + rs(22, DIG),
    "GB": lambda: rs(4, UP) + rs(14, DIG), "PL": lambda: rs(24, DIG),
    "CH": lambda: rs(17, DIG), "SE": lambda: rs(20, DIG), "FI": lambda: rs(14, DIG),
    "PT": lambda: rs(21, DIG), "BE": lambda: rs(12, DIG), "CZ": lambda: rs(20, DIG),
    "HU": lambda: rs(24, DIG), "RO": lambda: rs(4, UP) + rs(16, DIG),
    "GR": lambda: rs(23, DIG), "TR": lambda: rs(5, DIG) + "0" + rs(16, DIG),
    "AT": lambda: rs(16, DIG),
}


def iban(cc, spaced=True):
    bban = _IBAN_BBAN[cc]()
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    ib = f"{cc}{chk:02d}{bban}"
    if spaced:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def dni_es():
    num = R.randint(10000000, 99999999)
    return f"{num}{'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}"


def bsn_nl():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.randint(1, 9)
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def pesel_pl():
    y, m, dd = n(60, 99), n(1, 12), n(1, 28)
    base = f"{y:02d}{m:02d}{dd:02d}" + rs(4, DIG)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * k for c, k in zip(base, w))
    return base + str((10 - s % 10) % 10)


def hetu_fi():
    dd, m, y = n(1, 28), n(1, 12), n(50, 99)
    nnn = n(2, 899)
    core = f"{dd:02d}{m:02d}{y:02d}{nnn:03d}"
    return f"{dd:02d}{m:02d}{y:02d}-{nnn:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(core) % 31]


def pnr_se():
    core = f"{n(50,99):02d}{n(1,12):02d}{n(1,28):02d}" + rs(3, DIG)
    # Luhn over 9 digits, weights 2,1,2,...
    total = 0
    for i, c in enumerate(core):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return f"{core[:6]}-{core[6:]}{(10 - total % 10) % 10}"


def cpf_br():
    d = [R.randint(0, 9) for _ in range(9)]
    s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
    d1 = (s * 10) % 11 % 10
    d.append(d1)
    s = sum(x * w for x, w in zip(d, range(11, 1, -1)))
    d.append((s * 10) % 11 % 10)
    t = "".join(map(str, d))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"


def tckn_tr():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tz_il():
    d = [R.randint(0, 9) for _ in range(8)]
    total = 0
    for i, x in enumerate(d):
        y = x * (1 if i % 2 == 0 else 2)
        total += y - 9 if y > 9 else y
    return "".join(map(str, d)) + str((10 - total % 10) % 10)


def cn_id():
    base = ch(["110105", "310104", "440305", "510107", "330106"]) + f"19{n(60,99)}{n(1,12):02d}{n(1,28):02d}" + rs(3, DIG)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(base, w))
    return base + "10X98765432"[s % 11]


def rrn_kr():
    base = f"{n(60,99):02d}{n(1,12):02d}{n(1,28):02d}" + ch("12") + rs(5, DIG)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(c) * k for c, k in zip(base, w))
    c = (11 - s % 11) % 10
    return f"{base[:6]}-{base[6:]}{c}"


def cnp_ro():
    base = ch("12") + f"{n(60,99):02d}{n(1,12):02d}{n(1,28):02d}" + f"{n(1,40):02d}" + rs(3, DIG)
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    c = sum(int(a) * b for a, b in zip(base, w)) % 11
    return base + ("1" if c == 10 else str(c))


def rc_cz():
    while True:
        base = f"{n(60,99):02d}{ch([n(1,12), n(51,62)]):02d}{n(1,28):02d}" + rs(3, DIG)
        c = int(base) % 11
        if c < 10:
            # choose last digit so whole 10-digit number divisible by 11
            last = (-int(base) * 10) % 11
            if last < 10:
                return f"{base[:6]}/{base[6:]}{last}"


def nir_fr():
    core = ch("12") + f"{n(60,99):02d}{n(1,12):02d}" + f"{n(1,95):02d}" + rs(3, DIG) + rs(3, DIG)
    key = 97 - int(core) % 97
    return f"{core[0]} {core[1:3]} {core[3:5]} {core[5:7]} {core[7:10]} {core[10:13]} {key:02d}"


def ssn_us():
    return f"{n(100,665):03d}-{n(10,99):02d}-{n(1000,9999):04d}"


def jwt(claims=None):
    hdr = base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode()).decode().rstrip("=")
    c = claims or {"sub": uid(), "iat": n(1767000000, 1790000000), "exp": n(1790000000, 1800000000), "scope": "read write"}
    body = base64.urlsafe_b64encode(json.dumps(c, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{hdr}.{body}.{b64u(32)}"


def private_pem(kind="OPENSSH"):
    if kind == "OPENSSH":
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + b64(260)
        head = "-----BEGIN OPENSSH PRIVATE KEY-----"
        tail = "-----END OPENSSH PRIVATE KEY-----"
        w = 70
    else:
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64(330)
        head = f"-----BEGIN {kind}-----"
        tail = f"-----END {kind}-----"
        w = 64
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return head + "\n" + "\n".join(lines) + "\n" + tail


WORDS = ("apple river cactus orbit velvet hammer pilot tundra marble quarter glide jungle "
         "sugar violin empty fabric lunar oyster pencil rookie saddle thunder unfold wagon "
         "zebra bright canal draft eagle frost gravity harbor").split()
BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident "
         "account accuse achieve acid acoustic acquire across act action actor actress actual "
         "adapt add addict address adjust admit adult advance advice aerobic affair afford afraid "
         "again age agent agree ahead aim air airport aisle alarm album alcohol alert alien "
         "all alley allow almost alone alpha already also alter always amateur amazing among "
         "amount amused analyst anchor ancient anger angle angry animal ankle announce annual "
         "bacon badge bag balance balcony ball bamboo banana banner bar barely bargain barrel "
         "cabbage cabin cable cactus cage cake call calm camera camp canal cancel candy cannon").split()


def password():
    style = n(0, 3)
    if style == 0:
        return ch(WORDS).capitalize() + ch("!#$%&*-_.") + ch(WORDS) + rs(n(2, 4), DIG)
    if style == 1:
        return rs(n(14, 20), ALNUM + "!#%^*-_")
    if style == 2:
        return "-".join(ch(WORDS) for _ in range(4)) + str(n(1, 99))
    return rs(4, UP) + rs(4, LOW) + "@" + rs(4, DIG) + ch("!?#")


def seed_phrase(k=12):
    return " ".join(ch(BIP39) for _ in range(k))


def aws_key_id():
    return "AKIA" + rs(16, UP + "234567")


def aws_secret():
    return rs(40, ALNUM + "/+")


def gh_pat():
    return "ghp_" + rs(36)


def gh_fine():
    return "github_pat_11" + rs(20, UP + DIG) + "_" + rs(59)


def gl_pat():
    return "glpat-" + rs(20, ALNUM + "-_")


def slack_bot():
    return f"xoxb-{dg(11)}-{dg(13)}-{rs(24)}"


def stripe_live():
    return "sk_live_51" + rs(97)


def openai_key():
    return "sk-proj-" + rs(48, ALNUM + "-_") + "T3BlbkFJ" + rs(48, ALNUM + "-_")


def anthropic_key():
    return "sk-ant-api03-" + rs(93, ALNUM + "-_") + "AA"


def google_key():
    return "AIza" + rs(35, ALNUM + "-_")


def sendgrid_key():
    return "SG." + rs(22, ALNUM + "-_") + "." + rs(43, ALNUM + "-_")


def npm_token():
    return "npm_" + rs(36)


def pypi_token():
    return "pypi-AgEIcHlwaS5vcmc" + rs(60, ALNUM + "-_")


def hf_token():
    return "hf_" + rs(34)


def do_token():
    return "dop_v1_" + hx(64)


def shopify_token():
    return "shpat_" + hx(32)


def twilio_key():
    return "SK" + hx(32)


def azure_storage_key():
    return b64(64)


def mailgun_key():
    return "key-" + hx(32)


def telegram_token():
    return f"{dg(10)}:AA{rs(33, ALNUM + '-_')}"


def discord_webhook():
    return f"https://discord.com/api/webhooks/{dg(18)}/{rs(68, ALNUM + '-_')}"


def slack_webhook():
    return f"https://hooks.slack.com/services/T{rs(10, UP + DIG)}/B{rs(10, UP + DIG)}/{rs(24)}"


def otp():
    return rs(6, DIG)


def masked_card():
    return f"**** **** **** {rs(4, DIG)}"


def masked_key(prefix="sk-"):
    return f"{prefix}…{rs(4, LOW + DIG)}"


def tracking_ups():
    return "1Z" + rs(6, UP + DIG) + rs(10, DIG)


def phone_intl(cc):
    return {"de": f"+49 30 {n(1000000,9999999)}", "fr": f"+33 1 {n(10,99)} {n(10,99)} {n(10,99)} {n(10,99)}",
            "us": f"+1 ({n(201,989)}) 555-{n(1000,9999)}", "jp": f"03-{n(1000,9999)}-{n(1000,9999)}",
            "es": f"+34 91 {n(100,999)} {n(10,99)} {n(10,99)}", "it": f"+39 02 {n(1000,9999)} {n(1000,9999)}",
            "pl": f"+48 22 {n(100,999)} {n(10,99)} {n(10,99)}", "br": f"+55 11 9{n(1000,9999)}-{n(1000,9999)}",
            }[cc]


def container_id():
    return hx(12)


def pod_suffix():
    return f"{rs(10, LOW + DIG)}-{rs(5, LOW + DIG)}"


def yt_id():
    return rs(11, ALNUM + "-_")


def acct():
    return rs(12, DIG)


def region():
    return ch(["us-east-1", "eu-west-1", "eu-central-1", "ap-northeast-1", "us-west-2"])


# =================================================================== INNOCENT
# ---- git
@I("git", ("en", "ar", "th"), "git-log-oneline")
def _(i):
    msgs = ["fix: handle empty token list in tokenizer", "chore(deps): bump lodash from 4.17.20 to 4.17.21",
            "refactor: move secret lookup to vault client", "docs: explain how to rotate the API key",
            "feat(auth): add PKCE support", "test: cover password length validation", "ci: cache pip wheels",
            "Revert \"feat: add redis session store\"", "perf: avoid sha256 recomputation on every request"]
    lines = [f"{short()} {ch(msgs)}" for _ in range(n(5, 9))]
    return "$ git log --oneline -n " + str(len(lines)) + "\n" + "\n".join(lines)


@I("git", ("en", "el", "tr"), "git-show-header")
def _(i):
    c, p1, p2 = sha1(), sha1(), sha1()
    return (f"$ git show --stat {c[:10]}\ncommit {c}\nMerge: {p1[:7]} {p2[:7]}\n"
            f"Author: Dependabot <49699333+dependabot[bot]@users.noreply.github.com>\nDate:   Tue {ch(['Mar','Jun','Sep'])} {n(1,28)} {tm()}:{n(10,59)} 2026 +0000\n\n"
            f"    Merge pull request #{n(100,9999)} from org/dependabot/npm_and_yarn/axios-{ver()}\n\n"
            f" package-lock.json | {n(4,40)} ++++----\n package.json      |  2 +-\n 2 files changed, {n(5,30)} insertions(+), {n(5,30)} deletions(-)")


@I("git", "de", "git-rebase-chat")
def _(i):
    return (f"Ich habe den Branch auf {sha1()} rebased. Der alte Stand war {short()}, falls du zurück willst: "
            f"`git reset --hard {short()}`. Der Tag v{ver()} zeigt weiterhin auf {sha1()}; bitte nicht force-pushen, "
            f"die CI-Pipeline #{n(10000,99999)} läuft noch.")


@I("git", ("en", "uk", "ko"), "git-diff-lockfile")
def _(i):
    pk = ch(["lodash", "chalk", "semver", "minimist", "debug"])
    v1, v2 = ver(), ver()
    return (f"diff --git a/package-lock.json b/package-lock.json\nindex {short()}..{short()} 100644\n--- a/package-lock.json\n+++ b/package-lock.json\n"
            f"@@ -{n(100,900)},7 +{n(100,900)},7 @@\n     \"node_modules/{pk}\": {{\n-      \"version\": \"{v1}\",\n"
            f"-      \"resolved\": \"https://registry.npmjs.org/{pk}/-/{pk}-{v1}.tgz\",\n-      \"integrity\": \"{sri512()}\",\n"
            f"+      \"version\": \"{v2}\",\n+      \"resolved\": \"https://registry.npmjs.org/{pk}/-/{pk}-{v2}.tgz\",\n+      \"integrity\": \"{sri512()}\",\n"
            f"       \"dev\": true\n     }},")


@I("git", "ja", "git-bisect-report")
def _(i):
    return (f"git bisect の結果、最初に壊れたコミットは {sha1()} でした。直前の {sha1()} ではテストが通ります。"
            f"差分は `src/auth/session.ts` のみで、トークンの有効期限チェックが逆になっていました。修正 PR は #{n(100,999)} です。")


@I("git", "fr", "git-tag-verify")
def _(i):
    return (f"$ git tag -v v{ver()}\nobject {sha1()}\ntype commit\ntag v{ver()}\ntagger Équipe Release <release@exemple.fr> {n(1760000000,1790000000)} +0100\n\n"
            f"Version stable.\ngpg: Signature faite le {date()} avec la clé RSA {HX(40)}\n"
            f"gpg: Bonne signature de « Équipe Release <release@exemple.fr> » [totale]\n"
            f"Empreinte de clé principale : {' '.join(HX(4) for _ in range(10))}")


@I("git", ("en", "hi", "id"), "git-submodule-status")
def _(i):
    return "$ git submodule status\n" + "\n".join(
        f" {sha1()} vendor/{m} (v{ver()}-{n(1,40)}-g{short()})" for m in ["openssl", "zlib", "protobuf", "abseil"][: n(2, 4)])


@I("git", "zh", "git-cherry-pick")
def _(i):
    return (f"我把 {short()} 和 {short()} cherry-pick 到 release/{n(1,9)}.{n(0,9)} 分支了，冲突在 go.sum，已经用 `go mod tidy` 解决。"
            f"新的提交哈希是 {sha1()}，CI 运行编号 {n(1000000,9999999)}。")


# ---- packages
@I("packages", ("en", "vi", "he"), "pip-install-hashes")
def _(i):
    pk = ch(["requests", "urllib3", "cryptography", "pydantic", "numpy"])
    return (f"# requirements.txt generated by pip-compile --generate-hashes\n{pk}=={ver()} \\\n"
            f"    --hash=sha256:{sha256()} \\\n    --hash=sha256:{sha256()}\n"
            f"certifi==2026.{n(1,12)}.{n(1,28)} \\\n    --hash=sha256:{sha256()}\n")


@I("packages", ("en", "fi", "hu"), "npm-install-output")
def _(i):
    return (f"$ npm ci\nnpm warn deprecated inflight@1.0.6: This module is not supported\n\nadded {n(300,1500)} packages, and audited {n(300,1500)} packages in {n(5,60)}s\n\n"
            f"{n(50,200)} packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\nnpm notice cache key {sha1()}")


@I("packages", ("en", "ro", "cs"), "yarn-lock-entry")
def _(i):
    pk = ch(["@babel/core", "typescript", "react-dom", "esbuild"])
    v = ver()
    return (f"\"{pk}@^{v}\":\n  version \"{v}\"\n  resolved \"https://registry.yarnpkg.com/{pk}/-/{pk.split('/')[-1]}-{v}.tgz#{sha1()}\"\n"
            f"  integrity {sri512()}\n  dependencies:\n    tslib \"^2.6.{n(0,3)}\"")


@I("packages", ("en", "sv", "pt"), "cargo-lock")
def _(i):
    return "\n".join(f"[[package]]\nname = \"{p}\"\nversion = \"{ver()}\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{sha256()}\"\n"
                     for p in R.sample(["serde", "tokio", "rand", "hyper", "ring", "base64"], 2))


@I("packages", ("en", "it", "nl"), "go-sum")
def _(i):
    return "\n".join(f"{m} v{v} h1:{b64(32)}\n{m} v{v}/go.mod h1:{b64(32)}"
                     for m, v in ((mm, ver()) for mm in R.sample(["github.com/google/uuid", "golang.org/x/crypto", "github.com/spf13/cobra", "go.uber.org/zap"], 2)))


@I("packages", "pl", "poetry-lock-chat")
def _(i):
    return (f"Po `poetry lock --no-update` zmienił się tylko hash zawartości: content-hash = \"{sha256()}\". "
            f"Pakiet httpx {ver()} ma teraz plik httpx-{ver()}-py3-none-any.whl z sumą sha256:{sha256()}. Nie commitujcie pliku .env, tylko .env.example.")


@I("packages", ("en", "ru", "zh"), "pip-download-verify")
def _(i):
    v = ver()
    return (f"$ sha256sum -c SHA256SUMS --ignore-missing\nterraform_{v}_linux_amd64.zip: OK\n$ cat SHA256SUMS | head -3\n"
            f"{sha256()}  terraform_{v}_darwin_arm64.zip\n{sha256()}  terraform_{v}_linux_amd64.zip\n{sha256()}  terraform_{v}_windows_amd64.zip")


@I("packages", "cs", "composer-lock")
def _(i):
    return (f"V composer.lock je u balíčku symfony/console reference \"{sha1()}\" a shasum je prázdný, to je normální pro dist z GitHubu. "
            f"\"dist\": {{\"type\": \"zip\", \"url\": \"https://api.github.com/repos/symfony/console/zipball/{sha1()}\", \"reference\": \"{sha1()}\", \"shasum\": \"\"}}")


# ---- docker / k8s / cloud
@I("cloud", ("en", "ja", "pl"), "docker-pull")
def _(i):
    img = ch(["nginx", "postgres", "redis", "python", "node"])
    v = ver()
    return (f"$ docker pull {img}:{v}\n{v}: Pulling from library/{img}\n" + "\n".join(f"{hx(12)}: Pull complete" for _ in range(n(3, 6))) +
            f"\nDigest: sha256:{sha256()}\nStatus: Downloaded newer image for {img}:{v}\ndocker.io/library/{img}:{v}")


@I("cloud", ("en", "es", "fr"), "docker-ps")
def _(i):
    rows = [f"{container_id()}   {ch(['api','worker','web'])}:{ver()}   \"/entrypoint.sh\"   {n(2,50)} minutes ago   Up {n(2,50)} minutes   0.0.0.0:{n(3000,9000)}->8080/tcp   svc_{rs(6, LOW)}_{n(1,3)}" for _ in range(n(2, 4))]
    return "$ docker ps\nCONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES\n" + "\n".join(rows)


@I("k8s", ("en", "de", "ar"), "kubectl-get-pods")
def _(i):
    app = ch(["checkout", "payments", "auth-gateway", "search"])
    rows = [f"{app}-{pod_suffix()}   1/1     Running   {n(0,3)}          {n(1,20)}d" for _ in range(n(3, 5))]
    return "$ kubectl get pods -n prod -l app=" + app + "\nNAME                                READY   STATUS    RESTARTS   AGE\n" + "\n".join(rows)


@I("k8s", ("en", "th", "el"), "k8s-secretkeyref")
def _(i):
    return (f"      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:{sha256()}\n          env:\n"
            f"            - name: DATABASE_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: api-db-credentials\n                  key: password\n"
            f"            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: stripe\n                  key: secret-key\n"
            f"            - name: OTEL_TRACE_SAMPLER_ARG\n              value: \"0.{n(1,9)}\"")


@I("k8s", ("en", "tr", "uk"), "helm-values-template")
def _(i):
    return ("# values.yaml - do not put real credentials here; they come from the sealed secret\npostgresql:\n  auth:\n"
            "    username: app\n    password: \"{{ .Values.global.postgresPassword }}\"\n    existingSecret: app-postgres\n"
            f"image:\n  repository: registry.example.com/app\n  tag: \"{ver()}\"\n  digest: \"sha256:{sha256()}\"\n"
            "redis:\n  auth:\n    password: \"${REDIS_PASSWORD}\"\n")


@I("k8s", "uk", "kubectl-describe-chat")
def _(i):
    return (f"Под api-{pod_suffix()} перезапускається: Last State: Terminated, Reason: OOMKilled, Exit Code: 137. "
            f"Container ID: containerd://{sha256()}. Image ID: ghcr.io/acme/api@sha256:{sha256()}. Пам'ять ліміт 512Mi, збільшую до 1Gi.")


@I("cloud", ("en", "ko", "hi"), "aws-sts-identity")
def _(i):
    a = acct()
    return ("$ aws sts get-caller-identity\n" + json.dumps({"UserId": "AROA" + rs(17, UP + "234567") + ":ci-deploy", "Account": a,
                                                             "Arn": f"arn:aws:sts::{a}:assumed-role/GitHubActionsDeploy/ci-deploy"}, indent=4))


@I("cloud", ("en", "id", "vi"), "aws-secretsmanager-describe")
def _(i):
    a, r = acct(), region()
    return ("$ aws secretsmanager describe-secret --secret-id prod/api/db\n" + json.dumps({
        "ARN": f"arn:aws:secretsmanager:{r}:{a}:secret:prod/api/db-{rs(6)}", "Name": "prod/api/db",
        "KmsKeyId": f"arn:aws:kms:{r}:{a}:key/{uid()}", "RotationEnabled": True,
        "RotationLambdaARN": f"arn:aws:lambda:{r}:{a}:function:SecretsManagerRotation",
        "LastRotatedDate": ts(), "VersionIdsToStages": {uid(): ["AWSCURRENT"], uid(): ["AWSPREVIOUS"]}}, indent=2))


@I("cloud", ("en", "he", "fi"), "aws-kms-list-aliases")
def _(i):
    a, r = acct(), region()
    al = [{"AliasName": f"alias/{x}", "AliasArn": f"arn:aws:kms:{r}:{a}:alias/{x}", "TargetKeyId": uid()} for x in R.sample(["sops", "rds-prod", "s3-backups", "terraform-state"], 2)]
    return "$ aws kms list-aliases --max-items 2\n" + json.dumps({"Aliases": al, "NextToken": b64(36)}, indent=2)


@I("cloud", ("en", "hu", "ro"), "gcloud-resource")
def _(i):
    p = f"{ch(['acme','shop','data'])}-{ch(['prod','staging'])}-{n(100000,999999)}"
    return (f"$ gcloud secrets versions list db-password --project {p}\nNAME  STATE    CREATED              DESTROYED\n{n(2,9)}     enabled  {ts()}  -\n1     disabled {ts()}  -\n"
            f"# resource: projects/{p}/secrets/db-password/versions/latest\n# kms: projects/{p}/locations/europe-west1/keyRings/app/cryptoKeys/secrets")


@I("cloud", ("en", "cs", "sv"), "azure-resource-id")
def _(i):
    sub = uid()
    return (f"$ az keyvault secret show --vault-name kv-app-prod --name sql-password --query id -o tsv\n"
            f"https://kv-app-prod.vault.azure.net/secrets/sql-password/{hx(32)}\n"
            f"$ az identity show -g rg-app -n id-app --query '{{principalId:principalId,id:id}}'\n"
            + json.dumps({"principalId": uid(), "id": f"/subscriptions/{sub}/resourceGroups/rg-app/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-app"}, indent=2))


@I("cloud", ("en", "pt", "it"), "terraform-plan")
def _(i):
    return (f"  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {{\n        id                = \"db-{rs(26, UP + DIG)}\"\n"
            f"      ~ engine_version    = \"15.{n(1,5)}\" -> \"15.{n(6,9)}\"\n      ~ password          = (sensitive value)\n        kms_key_id        = \"arn:aws:kms:{region()}:{acct()}:key/{uid()}\"\n"
            f"        # (41 unchanged attributes hidden)\n    }}\n\nPlan: 0 to add, 1 to change, 0 to destroy.")


@I("cloud", "de", "terraform-state-chat")
def _(i):
    return (f"Der State liegt in s3://tfstate-{acct()}/prod/terraform.tfstate, Lock-ID {uid()}. "
            f"Das Passwort für RDS wird über `random_password.db.result` erzeugt und landet nur in Secrets Manager (arn:aws:secretsmanager:eu-central-1:{acct()}:secret:rds-master-{rs(6)}). "
            f"Bitte `terraform force-unlock {uid()}` nur nach Rücksprache.")


@I("cloud", ("en", "nl", "ru"), "cloudtrail-event")
def _(i):
    a = acct()
    return json.dumps({"eventVersion": "1.09", "eventTime": ts(), "eventSource": "secretsmanager.amazonaws.com", "eventName": "GetSecretValue",
                       "awsRegion": region(), "sourceIPAddress": ip(), "requestID": uid(), "eventID": uid(),
                       "userIdentity": {"type": "AssumedRole", "arn": f"arn:aws:sts::{a}:assumed-role/app-task/{hx(32)}", "accessKeyId": "ASIA" + "X" * 16},
                       "requestParameters": {"secretId": f"arn:aws:secretsmanager:{region()}:{a}:secret:app/jwt-signing-{rs(6)}"},
                       "responseElements": None}, indent=1)


# ---- public keys, fingerprints, certs
@I("config", "en", "authorized-keys")
def _(i):
    return "# ~/.ssh/authorized_keys (public keys only)\n" + "\n".join(f"{ssh_ed25519_pub()} {ch(['alice','bob','deploy','ci'])}@{ch(['laptop','build-01','bastion'])}" for _ in range(n(2, 3)))


@I("shell", ("en", "zh", "ja"), "ssh-keygen-output")
def _(i):
    return (f"$ ssh-keygen -t ed25519 -C \"dev@example.com\" -f ~/.ssh/id_ed25519\nGenerating public/private ed25519 key pair.\nEnter passphrase (empty for no passphrase):\nEnter same passphrase again:\n"
            f"Your identification has been saved in /home/dev/.ssh/id_ed25519\nYour public key has been saved in /home/dev/.ssh/id_ed25519.pub\nThe key fingerprint is:\n{fp_sha256()} dev@example.com\n"
            "The key's randomart image is:\n+--[ED25519 256]--+\n|   .o+=o.        |\n|  . +*B .        |\n+----[SHA256]-----+")


@I("docs", "en", "pem-public-key-doc")
def _(i):
    return ("Verify webhook signatures with our public key (safe to embed in your app):\n\n" + pem_public() + f"\n\nKey id: {uid()} — rotated {date()}.")


@I("shell", ("en", "pl", "es"), "openssl-x509")
def _(i):
    return (f"$ openssl x509 -in cert.pem -noout -serial -fingerprint -sha256 -dates\nserial={HX(32)}\nsha256 Fingerprint={fp_colon(32)}\n"
            f"notBefore={ch(['Jan','Apr','Jul'])} {n(1,28)} 00:00:00 2026 GMT\nnotAfter={ch(['Jan','Apr','Jul'])} {n(1,28)} 23:59:59 2027 GMT")


@I("docs", "sv", "age-recipients")
def _(i):
    return (f"Kryptera med sops och age. Mottagare (publika nycklar, får checkas in):\n  - {age_recipient()}  # drift\n  - {age_recipient()}  # ci\n"
            "Den privata nyckeln ligger i ~/.config/sops/age/keys.txt och ska aldrig committas.")


@I("docs", "en", "pgp-public-block")
def _(i):
    body = b64(300)
    lines = "\n".join(body[j:j + 64] for j in range(0, len(body), 64))
    return (f"Security contact: security@example.org\nFingerprint: {' '.join(HX(4) for _ in range(10))}\n\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n{lines}\n={b64(3)}\n-----END PGP PUBLIC KEY BLOCK-----")


@I("shell", "ru", "gpg-list-keys")
def _(i):
    return (f"$ gpg --list-keys --keyid-format long\npub   ed25519/{HX(16)} {date(2024)} [SC] [годен до: {date(2028)}]\n      {HX(40)}\n"
            f"uid         [  абсолютно ] Иван Петров <ivan@example.ru>\nsub   cv25519/{HX(16)} {date(2024)} [E]\n\nЭто публичные ключи, отпечаток можно публиковать.")


@I("shell", ("en", "fr", "de"), "cert-thumbprint-powershell")
def _(i):
    return ("PS C:\\> Get-ChildItem Cert:\\LocalMachine\\My | Format-Table Thumbprint, Subject, NotAfter\n\nThumbprint                               Subject              NotAfter\n"
            "----------                               -------              --------\n" + "\n".join(f"{HX(40)} CN={ch(['api','www','mail'])}.contoso.com   {date(2027)}" for _ in range(n(2, 3))))

# ---- blockchain
@I("chat", "en", "eth-tx-receipt")
def _(i):
    return (f"Withdrawal sent. Tx hash: {eth_tx()}\nFrom: {eth_addr()}\nTo: {eth_addr()}\nBlock: {n(19000000,22000000)} · Gas used: {n(21000,90000)} · Status: Success\n"
            "Never share your recovery phrase with support; we will never ask for it.")


@I("bank", "es", "crypto-retiro")
def _(i):
    return (f"Tu retiro de 0,{n(1000,9999)} BTC a la dirección {btc_addr()} se ha completado. ID de transacción: {hx(64)}. "
            f"Confirmaciones: {n(1,6)}/6. Si no reconoces esta operación, contacta con soporte indicando el caso #{n(100000,999999)}.")


# ---- masked values and placeholders
@I("api", ("en", "ar", "th"), "openai-keys-list")
def _(i):
    return json.dumps({"object": "list", "data": [{"object": "organization.project.api_key", "redacted_value": f"sk-proj-****{rs(4, ALNUM)}", "name": ch(["ci", "backend", "notebook"]),
                                                    "created_at": n(1760000000, 1790000000), "id": f"key_{rs(16)}", "owner": {"type": "user", "user": {"id": f"user_{rs(24)}"}}} for _ in range(2)],
                       "first_id": f"key_{rs(16)}", "has_more": False}, indent=2)


@I("bank", "de", "kontoauszug-masked")
def _(i):
    return (f"Kontoauszug Nr. {n(1,12)}/{2026}\nKonto: DE** **** **** **** **{rs(2, DIG)} {rs(2, DIG)}\nKarte: {masked_card()}\n"
            f"{date()}  Lastschrift  Stadtwerke München  Mandatsref. {rs(12, UP + DIG)}  -{n(40,200)},{n(10,99)} EUR\n"
            f"{date()}  Gutschrift   Gehalt                 Ref. {n(100000000,999999999)}     +{n(2000,4000)},{n(10,99)} EUR")


@I("support", "en", "masked-email-reset")
def _(i):
    return (f"We've sent a verification code to j***{ch('aeiou')}@e*****e.com and to the phone ending in {rs(2, DIG)}. "
            f"The code expires in 10 minutes. Your case number is CS-{n(1000000,9999999)}. Our agents will never ask you to read the code out loud.")


@I("config", "en", "env-example")
def _(i):
    return ("# .env.example — copy to .env and fill in your own values\nDATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app\n"
            "OPENAI_API_KEY=<YOUR_OPENAI_API_KEY>\nSTRIPE_SECRET_KEY=sk_test_REPLACE_ME\nJWT_SECRET=change-me-in-production\n"
            f"SENTRY_DSN=\nLOG_LEVEL=info\nPORT={n(3000,9000)}\nBUILD_SHA={sha1()}")


@I("config", "fr", "env-example-fr")
def _(i):
    return ("# Copiez ce fichier en .env puis remplacez les valeurs\nSMTP_HOST=smtp.exemple.fr\nSMTP_USER=votre-identifiant\nSMTP_PASSWORD=votre-mot-de-passe-ici\n"
            "API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx\nS3_BUCKET=mon-bucket\nAWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\n"
            f"# Dernière mise à jour : {date()} (commit {short()})")


@I("docs", "en", "aws-example-keys-doc")
def _(i):
    return ("To configure the CLI, run `aws configure` and enter your credentials when prompted. In the examples below we use AWS's documented placeholder values:\n\n"
            "AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
            f"Default region name [None]: {region()}\nDefault output format [None]: json\n\nThese are not real keys; replace them with your own.")


@I("config", "en", "github-actions-secrets-ref")
def _(i):
    return (f"name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-24.04\n    steps:\n"
            f"      - uses: actions/checkout@{sha1()} # v4.{n(1,3)}.{n(0,9)}\n      - uses: aws-actions/configure-aws-credentials@{sha1()}\n"
            f"        with:\n          role-to-assume: arn:aws:iam::{acct()}:role/gha-deploy\n          aws-region: {region()}\n"
            "      - run: ./deploy.sh\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}")


@I("config", "en", "vault-refs-yaml")
def _(i):
    return ("database:\n  host: db.internal\n  port: 5432\n  username: vault:secret/data/app/db#username\n  password: vault:secret/data/app/db#password\n"
            f"payments:\n  api_key: ${{ssm:/prod/payments/api_key}}\n  webhook_secret: arn:aws:secretsmanager:{region()}:{acct()}:secret:payments/webhook-{rs(6)}\n"
            "smtp:\n  password: \"op://Infra/SMTP relay/password\"\n")


@I("config", "ja", "settings-placeholder")
def _(i):
    return ("# 設定例（本番の値は入れないでください）\n[api]\nendpoint = \"https://api.example.jp/v2\"\napi_key = \"<ここにAPIキーを入力>\"\ntimeout_ms = 3000\n"
            f"[db]\npassword = \"${{DB_PASSWORD}}\"  # 環境変数から読み込み\nschema_version = \"{ver()}\"\nrequest_id_header = \"X-Request-Id\"")


@I("config", "en", "hcl-variables")
def _(i):
    return ("variable \"db_password\" {\n  type      = string\n  sensitive = true\n  description = \"Master password; pass via TF_VAR_db_password or a tfvars file that is NOT committed\"\n}\n\n"
            f"data \"aws_secretsmanager_secret_version\" \"api\" {{\n  secret_id = \"arn:aws:secretsmanager:{region()}:{acct()}:secret:api-{rs(6)}\"\n}}\n\n"
            f"resource \"aws_kms_key\" \"state\" {{\n  description = \"tfstate\"\n  # key id {uid()}\n}}")


@I("config", "de", "spring-properties")
def _(i):
    return ("# application.properties – Geheimnisse kommen aus Umgebungsvariablen\nspring.datasource.url=jdbc:postgresql://db:5432/shop\n"
            "spring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD}\nspring.mail.password=${MAIL_PASSWORD:}\n"
            f"management.endpoints.web.exposure.include=health,info\ninfo.build.commit={sha1()}\ninfo.build.version={ver()}-SNAPSHOT")


@I("config", "en", "xml-config-placeholders")
def _(i):
    return ("<configuration>\n  <connectionStrings>\n    <add name=\"Main\" connectionString=\"Server=sql01;Database=Shop;User Id=app;Password=#{SqlPassword}#;\" />\n"
            "  </connectionStrings>\n  <appSettings>\n    <add key=\"ApiKey\" value=\"__API_KEY__\" />\n"
            f"    <add key=\"BuildId\" value=\"{n(20260000,20269999)}.{n(1,9)}\" />\n    <add key=\"InstrumentationKey\" value=\"{uid()}\" />\n  </appSettings>\n</configuration>")


@I("config", ("en", "el", "tr"), "docker-compose-secrets")
def _(i):
    return ("services:\n  db:\n    image: postgres:16@sha256:" + sha256() + "\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n"
            "    secrets:\n      - db_password\n  app:\n    build: .\n    environment:\n      DATABASE_PASSWORD: ${DATABASE_PASSWORD:?set in .env}\n"
            "secrets:\n  db_password:\n    file: ./secrets/db_password.txt\n")


# ---- commands reading secrets from stdin / files / prompts
@I("shell", "en", "stdin-secret-commands")
def _(i):
    return ("$ aws ecr get-login-password --region " + region() + " | docker login --username AWS --password-stdin " + acct() + ".dkr.ecr." + region() + ".amazonaws.com\nLogin Succeeded\n"
            "$ kubectl create secret generic api-key --from-file=key=./api.key --dry-run=client -o yaml | kubeseal > sealed.yaml\n"
            "$ read -rs PGPASSWORD && export PGPASSWORD\n$ gh auth login --with-token < ~/.config/gh/token.txt")


@I("shell", "nl", "stdin-secret-nl")
def _(i):
    return ("Gebruik nooit het wachtwoord als argument, dan staat het in je shell-history. Doe liever:\n"
            "  $ echo -n \"$DOCKERHUB_TOKEN\" | docker login -u acme --password-stdin\n  $ vault kv get -field=password secret/app/db | psql -h db -U app -W\n"
            f"Ticket: OPS-{n(1000,9999)}, afgestemd met team Platform op {date()}.")


@I("shell", "en", "npm-login-prompt")
def _(i):
    return ("$ npm login\nnpm notice Log in on https://registry.npmjs.org/\nLogin at:\nhttps://www.npmjs.com/login?next=/login/cli/" + uid() +
            "\nPress ENTER to open in the browser...\n\nLogged in on https://registry.npmjs.org/.\n$ npm whoami\nacme-ci")


# ---- prose about secrets without any
@I("docs", "en", "password-policy")
def _(i):
    return (f"Password policy (v{n(2,5)}): passwords need at least {ch([12,14,16])} characters, including one digit. We store them with Argon2id (m=65536, t=3, p=4). "
            "Rotate service tokens every 90 days and revoke any token that appeared in a log. Never paste a secret into a ticket; link the vault path instead.")


@I("chat", "de", "token-rotation-chat")
def _(i):
    return (f"Kurzes Update: Ich habe gestern um {tm()} den GitHub-Token für den Release-Bot rotiert, der alte ist widerrufen. "
            f"Der neue steht nur im Vault unter secret/ci/github. Falls euer Job mit 401 fehlschlägt, bitte Pipeline #{n(10000,99999)} neu starten.")


@I("support", "fr", "code-sms-prose")
def _(i):
    return (f"Bonjour, pour finaliser votre connexion, saisissez le code à 6 chiffres que nous venons de vous envoyer par SMS au numéro se terminant par {rs(2, DIG)}. "
            f"Ne communiquez jamais ce code, même à un conseiller. Référence de votre demande : {n(10000000,99999999)}.")


@I("support", "es", "reset-password-prose")
def _(i):
    return (f"Hola Marta, he revisado tu ticket #{n(100000,999999)}. Para cambiar la contraseña entra en Ajustes > Seguridad y pulsa «Restablecer». "
            "La nueva contraseña debe tener al menos 12 caracteres y no puede coincidir con las últimas cinco. No me envíes la contraseña por aquí, por favor.")


@I("docs", "it", "rotazione-chiavi")
def _(i):
    return (f"Procedura di rotazione delle chiavi API (rev. {n(1,9)}): 1) genera una nuova chiave dal pannello; 2) aggiornala in Secret Manager; "
            f"3) attendi {n(5,30)} minuti; 4) revoca la vecchia. Il valore della chiave non va mai incollato nei ticket Jira (es. INFRA-{n(1000,9999)}).")


@I("chat", "ko", "otp-prose")
def _(i):
    return (f"로그인할 때 문자로 온 인증번호 6자리를 입력하라고 나오는데, 3분 안에 입력해야 해요. 인증번호는 절대 다른 사람에게 알려주지 마세요. "
            f"문의 번호는 {n(2026000000,2026999999)} 입니다.")


# ---- token usage, versions, build numbers
@I("api", ("en", "uk", "ko"), "llm-usage")
def _(i):
    return json.dumps({"id": f"chatcmpl-{rs(29)}", "object": "chat.completion", "created": n(1760000000, 1790000000), "model": ch(["gpt-4o-2024-08-06", "gpt-4.1-mini"]),
                       "system_fingerprint": f"fp_{hx(10)}", "usage": {"prompt_tokens": n(500, 30000), "completion_tokens": n(10, 4000), "total_tokens": n(1000, 34000),
                                                                        "prompt_tokens_details": {"cached_tokens": n(0, 20000)}}}, indent=2)


@I("api", "en", "anthropic-message-meta")
def _(i):
    return json.dumps({"id": f"msg_01{rs(22)}", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5",
                       "stop_reason": "end_turn", "usage": {"input_tokens": n(100, 40000), "cache_read_input_tokens": n(0, 30000), "output_tokens": n(10, 3000)},
                       "request_id": f"req_011C{rs(20)}"}, indent=2)


@I("toolcall", "en", "agent-session-stats")
def _(i):
    return (f"[session {ulid()}] step {n(5,80)} finished in {n(1,40)}.{n(0,9)}s — tokens: {n(1000,90000)} in / {n(100,8000)} out, cache hit {n(10,95)}%, "
            f"tool=bash exit=0, trace_id={hx(32)} span_id={hx(16)}")


@I("shell", ("en", "hi", "id"), "version-build-output")
def _(i):
    return (f"$ node --version && npm --version && python3 -VV\nv{n(18,22)}.{n(0,20)}.{n(0,9)}\n{n(9,11)}.{n(0,9)}.{n(0,9)}\n"
            f"Python 3.{n(10,13)}.{n(0,9)} (main, {ch(['Feb','Aug'])} {n(1,28)} 2026, {tm()}:{n(10,59)}) [GCC {n(11,14)}.{n(1,3)}.0]\n$ go version\ngo version go1.{n(21,24)}.{n(0,9)} linux/amd64\n"
            f"$ cat BUILD_INFO\nbuild={n(1000,99999)} sha={sha1()} date={ts()}")


@I("notebook", "en", "pip-freeze-cell")
def _(i):
    return ("In [3]: !pip list --format=freeze | head\n" + "\n".join(f"{p}=={ver()}" for p in R.sample(["numpy", "pandas", "torch", "scikit-learn", "matplotlib", "tqdm", "transformers", "tokenizers"], 6)) +
            f"\nIn [4]: torch.cuda.get_device_name(0)\nOut[4]: 'NVIDIA A100-SXM4-80GB'\nIn [5]: model.config._commit_hash\nOut[5]: '{sha1()}'")


# ---- ids in logs, traces, errors
@I("monitoring", ("en", "vi", "he"), "json-log-lines")
def _(i):
    return "\n".join(json.dumps({"ts": ts(), "level": ch(["info", "warn", "error"]), "msg": ch(["request completed", "upstream timeout", "cache miss"]),
                                 "trace_id": hx(32), "span_id": hx(16), "request_id": uid(), "status": ch([200, 201, 404, 502, 504]), "duration_ms": n(1, 3000)}) for _ in range(n(3, 4)))


@I("tests", ("en", "fi", "hu"), "python-traceback")
def _(i):
    return (f"Traceback (most recent call last):\n  File \"/app/services/billing.py\", line {n(10,400)}, in charge\n    resp = client.post(url, json=payload, timeout=5)\n"
            f"  File \"/usr/lib/python3.12/site-packages/httpx/_client.py\", line {n(1000,1900)}, in post\nhttpx.HTTPStatusError: Client error '402 Payment Required' for url "
            f"'https://api.example.com/v1/charges/ch_{rs(24)}'\nRequest-Id: req_{rs(14)}  Idempotency-Key: {uid()}")


@I("tests", ("en", "ro", "cs"), "pytest-output")
def _(i):
    return (f"============================= test session starts ==============================\nplatform linux -- Python 3.12.{n(0,8)}, pytest-{ver()}, pluggy-1.5.0\n"
            f"rootdir: /work/app\nplugins: cov-{ver()}, xdist-{ver()}, randomly-{ver()}\nUsing --randomly-seed={n(100000000,4000000000)}\ncollected {n(100,900)} items\n\n"
            f"tests/test_auth.py::test_rejects_expired_token PASSED\ntests/test_auth.py::test_password_too_short PASSED\ntests/test_hash.py::test_sha256_matches[{hx(8)}] PASSED\n"
            f"================ {n(100,900)} passed, {n(0,5)} skipped in {n(5,99)}.{n(10,99)}s ================")


@I("tests", "en", "jest-snapshot")
def _(i):
    return (f" PASS  src/__tests__/Avatar.test.tsx\n  ✓ renders gravatar url ({n(2,40)} ms)\n\n  ● › snapshot\n    exports[`Avatar renders 1`] = `\n      <img src=\"https://www.gravatar.com/avatar/{hx(32)}?s=80\" class=\"avatar_{rs(5, LOW+DIG)}\" />`\n\n"
            f"Snapshots:   1 passed, 1 total\nTests:       {n(5,60)} passed, {n(5,60)} total\nTime:        {n(1,9)}.{n(100,999)} s")


@I("tests", "de", "go-test-failure")
def _(i):
    return (f"--- FAIL: TestVerifySignature ({n(0,2)}.{n(10,99)}s)\n    verify_test.go:{n(20,200)}: erwartet Digest {sha256()}, bekommen {sha256()}\nFAIL\n"
            f"FAIL\tgithub.com/acme/release/verify\t{n(0,3)}.{n(100,999)}s\nHinweis: Der Testdatensatz nutzt absichtlich falsche Prüfsummen.")


@I("incident", "en", "incident-report")
def _(i):
    return (f"INC-{n(1000,9999)} — elevated 5xx on checkout\nStart: {ts()}  End: {ts()}\nImpact: {n(1,12)}% of requests returned 502/503.\n"
            f"Trigger: deploy {short()} (image sha256:{sha256()[:12]}) shipped a config where the DB pool size was 5.\n"
            f"Example failing request: x-request-id {uid()}, traceparent 00-{hx(32)}-{hx(16)}-01\nNo credentials were exposed; no rotation needed.\nFollow-up: JIRA PLAT-{n(100,999)}.")


@I("incident", "pt", "relatorio-incidente")
def _(i):
    return (f"Relatório do incidente #{n(1000,9999)}: entre {tm()} e {tm()} (UTC) o serviço de pagamentos respondeu com HTTP 504. "
            f"Correlation-ID de exemplo: {uid()}. Commit revertido: {sha1()}. Nenhuma senha ou token foi exposto; a auditoria do Vault (request_id {uid()}) não mostra acessos anormais.")


@I("monitoring", ("en", "sv", "pt"), "prometheus-alert")
def _(i):
    return (f"[FIRING:{n(1,3)}] HighErrorRate api-gateway (prod)\nLabels: alertname=HighErrorRate severity=critical pod=api-gateway-{pod_suffix()} instance={ip()}:9090\n"
            f"Annotations: summary=5xx ratio above 5% for 10m, runbook=https://runbooks.example.com/{rs(8, LOW)}\nFingerprint: {hx(16)}\nStartsAt: {ts()}\n"
            f"Silence: https://alertmanager.example.com/#/silences/new?filter=%7Balertname%3D%22HighErrorRate%22%7D")


@I("monitoring", "fi", "valvonta-halytys")
def _(i):
    return (f"HÄLYTYS: levytila vähissä palvelimella db-{n(1,9)} ({ip()}). Käyttö {n(85,99)} %. Hälytyksen tunniste {uid()}, "
            f"ensimmäinen havainto {ts()}. Tiketti INC{n(100000,999999)} avattu automaattisesti, päivystäjä kuitattu.")


@I("monitoring", "en", "sentry-event")
def _(i):
    return (f"Sentry issue PYTHON-{rs(3, UP)}{n(1,9)} — KeyError: 'user_id'\nEvent ID: {hx(32)}\nRelease: backend@{ver()}+{short()}\nTrace: {hx(32)}\n"
            f"Environment: production · First seen {ts()} · {n(10,900)} events · {n(2,80)} users\nTags: browser=Chrome {n(120,131)}, os=Windows 11, url=/api/v2/orders/{n(100000,999999)}")

# ---- office / browser agents
@I("email", "en", "order-confirmation")
def _(i):
    return (f"Subject: Your order #{n(100,999)}-{n(1000000,9999999)}-{n(1000000,9999999)} has shipped\n\nHi Sam,\nGood news — your package is on its way.\n"
            f"Carrier: UPS  Tracking: {tracking_ups()}\nPaid with Visa ending in {rs(4, DIG)}\nDelivery to: 221B Baker St, London NW1 6XE\n"
            f"Questions? Call +44 20 {n(1000,9999)} {n(1000,9999)} (Mon–Fri). Reference: {ksuid()}")


@I("shipping", "de", "sendungsverfolgung")
def _(i):
    return (f"Sendungsnummer: 00340{n(100000000000000,999999999999999)}\nStatus: In Zustellung\n{date()} {tm()}  Paketzentrum Hamburg – Sendung bearbeitet\n"
            f"{date()} {tm()}  Zustellbasis 80331 München – Sendung im Zustellfahrzeug\nEmpfänger: M. Huber, Lindwurmstr. {n(1,200)}, 80337 München\nAbholcode Packstation: wird per SMS gesendet")


@I("shipping", "fr", "suivi-colis")
def _(i):
    return (f"Votre colis {rs(2, UP)}{n(100000000,999999999)}FR est en cours d'acheminement.\nPoids : {n(1,9)},{n(1,9)} kg — Dimensions : {n(10,60)}x{n(10,60)}x{n(5,40)} cm\n"
            f"Point relais : Tabac du Centre, 12 rue Victor Hugo, 69002 Lyon\nN° de commande : FR-{n(2026000,2026999)}-{rs(4, UP+DIG)}")


@I("booking", "en", "flight-booking")
def _(i):
    return (f"Booking reference: {rs(6, UP+DIG)}\nE-ticket: {n(100,999)}-{n(1000000000,9999999999)}\nFlight {ch(['LH','BA','AF','KL'])}{n(100,2999)}  {date()}  {tm()}  FRA → {ch(['JFK','SFO','ORD'])}\n"
            f"Seat {n(10,45)}{ch('ABCDEFK')}  Cabin: Economy  Baggage: 1PC\nFrequent flyer: ****{rs(4, DIG)}\nManage booking: https://book.example.com/m/{rs(10, ALNUM)}")


@I("booking", "it", "prenotazione-hotel")
def _(i):
    return (f"Gentile ospite, la sua prenotazione n. {n(1000000000,9999999999)} (PIN di conferma: indicato nell'app) è confermata.\nHotel Bellavista, Via Roma {n(1,99)}, 00184 Roma\n"
            f"Check-in {date()} dalle 14:00 · Check-out {date()} entro le 11:00\nCamera doppia, {n(2,7)} notti, totale € {n(300,1500)},{n(10,99)} (carta **** {rs(4, DIG)})\nTel. +39 06 {n(1000,9999)} {n(1000,9999)}")


@I("booking", "ja", "shinkansen-yoyaku")
def _(i):
    return (f"ご予約ありがとうございます。予約番号：{n(1000,9999)}-{n(1000,9999)}\nのぞみ{n(1,299)}号 東京 {tm()} 発 → 新大阪 着\n{n(1,16)}号車 {n(1,20)}{ch('ABCDE')}席\n"
            f"お支払い：クレジットカード（下4桁 {rs(4, DIG)}）\nお問い合わせ：{phone_intl('jp')}")


@I("invoice", "nl", "factuur")
def _(i):
    return (f"FACTUUR {2026}-{n(1000,9999)}\nFactuurdatum: {date()}  Vervaldatum: {date()}\nKlantnummer: {n(100000,999999)}\nOmschrijving: Hosting pakket Pro ({n(1,12)} mnd)\n"
            f"Bedrag excl. btw: € {n(100,900)},00\nBtw 21%: € {n(20,190)},{n(10,99)}\nBetaalkenmerk: {rs(4, DIG)} {rs(4, DIG)} {rs(4, DIG)} {rs(4, DIG)}\nKvK: {n(10000000,99999999)}  Btw-id: NL{n(100000000,999999999)}B01")


@I("invoice", "en", "saas-invoice")
def _(i):
    return (f"Invoice INV-{n(100000,999999)}  Date: {date()}\nBill to: Acme GmbH, VAT DE{n(100000000,999999999)}\nPlan: Team (annual) × {n(3,50)} seats ..... ${n(1000,20000)}.00\n"
            f"API usage: {n(1,90)}M tokens ..... ${n(10,900)}.{n(10,99)}\nPayment method: Mastercard •••• {rs(4, DIG)} (exp {n(1,12):02d}/{n(27,31)})\nReceipt #{n(1000,9999)}-{n(1000,9999)} · Stripe charge ch_{rs(24)}")


@I("invoice", "pl", "faktura-vat")
def _(i):
    return (f"Faktura VAT nr FV/{n(1,999)}/{n(1,12):02d}/2026\nSprzedawca: Softex Sp. z o.o., NIP {n(100,999)}-{n(100,999)}-{n(10,99)}-{n(10,99)}\nNabywca: Jan Kowalski, ul. Długa {n(1,99)}, 00-{n(100,999)} Warszawa\n"
            f"Pozycja: Licencja roczna — {n(500,5000)},00 zł netto, VAT 23%\nTermin płatności: {date()}\nTytuł przelewu: FV/{n(1,999)}/2026")


@I("calendar", "en", "calendar-invite")
def _(i):
    return (f"BEGIN:VEVENT\nUID:{uid()}@calendar.example.com\nDTSTAMP:{date().replace('-','')}T{n(100000,235959)}Z\nDTSTART;TZID=Europe/Berlin:{date().replace('-','')}T{n(8,17):02d}0000\n"
            f"SUMMARY:Quarterly secret rotation review\nLOCATION:https://meet.example.com/{rs(3, LOW)}-{rs(4, LOW)}-{rs(3, LOW)}\nDESCRIPTION:Dial-in +1 (646) 555-{n(1000,9999)}\\, meeting ID {n(100,999)} {n(100,999)} {n(1000,9999)}\nEND:VEVENT")


@I("calendar", "sv", "kalender-mote")
def _(i):
    return (f"Möte: Genomgång av incident INC-{n(1000,9999)}\nTid: {date()} kl. {tm()}–{tm()}\nPlats: Teams (mötes-ID {n(100,999)} {n(100,999)} {n(100,999)} {n(100,999)})\n"
            "Agenda: tidslinje, varför tokenet inte roterades automatiskt, åtgärder. Lösenord eller nycklar ska inte klistras in i chatten.")


@I("govform", "de", "steuerbescheid-meta")
def _(i):
    return (f"Finanzamt München – Bescheid für {2025} über Einkommensteuer\nAktenzeichen: {n(100,999)}/{n(100,999)}/{n(10000,99999)}\nIhr Zeichen: ELSTER-Transferticket {rs(2, LOW)}{n(100000000,999999999)}{rs(3, LOW)}\n"
            f"Datum: {date()}\nBitte geben Sie bei Rückfragen das Aktenzeichen an. Telefon: 089 {n(1000,9999)}-{n(100,999)}")


@I("govform", "ar", "tasdiq-talab")
def _(i):
    return (f"تم استلام طلبك بنجاح. رقم الطلب: {n(100000000,999999999)}\nتاريخ التقديم: {date()}\nحالة الطلب: قيد المراجعة\n"
            f"للاستفسار يرجى الاتصال على الرقم المجاني 800{n(1000000,9999999)} وذكر رقم الطلب. لن نطلب منك أبدًا كلمة المرور أو رمز التحقق.")


@I("govform", "he", "ishur-bakasha")
def _(i):
    return (f"בקשתך התקבלה. מספר פנייה: {n(10000000,99999999)}\nתאריך: {date()}\nסטטוס: בטיפול\nלבירורים: *{n(2000,9999)} או באתר, יש לציין את מספר הפנייה. "
            "לעולם לא נבקש סיסמה או קוד אימות בטלפון.")


@I("chat", "hi", "order-status-chat")
def _(i):
    return (f"नमस्ते, आपका ऑर्डर #{n(100000000,999999999)} भेज दिया गया है। ट्रैकिंग नंबर: {rs(2, UP)}{n(100000000,999999999)}IN। "
            f"डिलीवरी पिन कोड {n(110001,560100)} पर {date()} तक होगी। कृपया किसी के साथ अपना OTP साझा न करें।")


@I("chat", "th", "booking-chat-th")
def _(i):
    return (f"ยืนยันการจองแล้วค่ะ หมายเลขการจอง {rs(8, UP+DIG)} เช็คอินวันที่ {date()} ห้อง Deluxe {n(1,5)} คืน "
            f"ยอดรวม {n(2000,20000)} บาท ชำระด้วยบัตรลงท้าย {rs(4, DIG)} หากมีข้อสงสัยโทร 02-{n(100,999)}-{n(1000,9999)}")


@I("support", "id", "support-chat-id")
def _(i):
    return (f"Halo Kak, pesanan dengan nomor INV/{2026}{n(1000,9999)}/MPL/{n(1000000000,9999999999)} sudah dikirim via JNE, resi {rs(4, UP)}{n(100000000000,999999999999)}. "
            "Mohon jangan bagikan kode OTP atau PIN kepada siapa pun, termasuk pihak yang mengaku CS kami.")


@I("support", "vi", "support-chat-vi")
def _(i):
    return (f"Chào anh, yêu cầu hỗ trợ số {n(1000000,9999999)} đã được tiếp nhận. Mã giao dịch: FT{n(10000000000,99999999999)}. "
            "Ngân hàng không bao giờ yêu cầu anh cung cấp mật khẩu hay mã OTP qua điện thoại. Anh vui lòng đổi mật khẩu nếu nghi ngờ bị lộ.")


@I("email", "el", "email-el")
def _(i):
    return (f"Θέμα: Επιβεβαίωση παραγγελίας {n(100000,999999)}\n\nΑγαπητέ πελάτη, η παραγγελία σας καταχωρήθηκε στις {date()}. Αριθμός αποστολής: {n(1000000000,9999999999)}. "
            f"Τ.Κ. παράδοσης: {n(10000,85999)}. Για αλλαγή κωδικού πρόσβασης επισκεφθείτε τη σελίδα του λογαριασμού σας.")


@I("bank", "ro", "extras-ro")
def _(i):
    return (f"Extras de cont {date()}\nCard: {masked_card()}\n{date()}  POS KAUFLAND CLUJ  -{n(50,500)},{n(10,99)} RON  Ref. {n(100000000000,999999999999)}\n"
            f"{date()}  Transfer primit  +{n(1000,5000)},00 RON  ID tranzacție {uid()}\nSold final: {n(1000,9000)},{n(10,99)} RON")


@I("bank", "hu", "szamlakivonat-hu")
def _(i):
    return (f"Számlakivonat – {date()}\nBankkártya: **** {rs(4, DIG)}\nTranzakció azonosító: {n(1000000000,9999999999)}\nKedvezményezett: MVM Next Zrt.  Összeg: -{n(5000,40000)} Ft\n"
            f"Közlemény: ügyfélazonosító {n(100000000,999999999)}\nA jelszavát soha ne adja meg telefonon.")


@I("email", "tr", "email-tr")
def _(i):
    return (f"Konu: Sipariş No {n(100000000,999999999)} kargoya verildi\n\nMerhaba Ayşe Hanım, siparişiniz Yurtiçi Kargo ile gönderildi. Takip numarası: {n(100000000000,999999999999)}. "
            f"Fatura no: GIB{2026}{n(100000000,999999999)}. Şifrenizi kimseyle paylaşmayın; müşteri hizmetlerimiz şifre sormaz.")


# ---- data: SQL, CSV, notebooks
@I("sql", "en", "sql-users-query")
def _(i):
    rows = "\n".join(f" {n(1000,9999)} | {rs(5, LOW)}@example.com | $argon2id$v=19$m=65536,t=3,p=4$…(truncated) | {ts()}" for _ in range(3))
    return ("app=> SELECT id, email, left(password_hash, 8) || '…' AS hash_prefix, created_at FROM users ORDER BY id DESC LIMIT 3;\n"
            "  id  |       email        |  hash_prefix  | created_at\n------+--------------------+---------------+-----------\n" + rows + "\n(3 rows)")


@I("sql", "en", "sql-migration-checksums")
def _(i):
    return ("flyway=> SELECT version, description, checksum, installed_on FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 3;\n" +
            "\n".join(f" {n(1,60)} | add_{rs(6, LOW)}_table | {R.randint(-2**31, 2**31)} | {ts()}" for _ in range(3)) +
            f"\n-- alembic head: {hx(12)}")


@I("csv", "en", "csv-orders")
def _(i):
    rows = "\n".join(f"{ulid()},{date()},{rs(6, UP+DIG)},{n(1,9)},{n(5,500)}.{n(10,99)},EUR,{ch(['paid','refunded','pending'])},{hx(40)}" for _ in range(n(4, 6)))
    return "order_id,date,sku,qty,amount,currency,status,receipt_sha1\n" + rows


@I("csv", "es", "csv-envios")
def _(i):
    rows = "\n".join(f"{n(10000000,99999999)};{ch(['Madrid','Sevilla','Bilbao'])};{n(1000,52999):05d};{tracking_ups()};{date()};entregado" for _ in range(n(4, 6)))
    return "pedido;ciudad;codigo_postal;seguimiento;fecha;estado\n" + rows


@I("notebook", "en", "notebook-image-output")
def _(i):
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(60)).decode()
    return json.dumps({"cell_type": "code", "execution_count": n(1, 40), "id": hx(8), "outputs": [{"output_type": "display_data", "data": {"image/png": png, "text/plain": "<Figure size 640x480 with 1 Axes>"}, "metadata": {}}],
                       "source": ["plt.plot(losses)\n", "plt.show()"]}, indent=1)


@I("api", "en", "base64-public-json")
def _(i):
    payload = base64.b64encode(json.dumps({"page": n(1, 9), "per_page": 50, "sort": "created_at", "after": ulid()}).encode()).decode()
    return f"GET /v2/items?cursor={payload} HTTP/1.1\nHost: api.example.com\nAccept: application/json\n\nHTTP/1.1 200 OK\nX-Request-Id: {uid()}\nETag: W/\"{hx(32)}\"\nLink: <https://api.example.com/v2/items?cursor={payload}>; rel=\"next\""


# ---- web front-end look-alikes
@I("shell", ("en", "it", "nl"), "vite-build-assets")
def _(i):
    return (f"$ npm run build\n\n> web@{ver()} build\n> vite build\n\nvite v{ver()} building for production...\n✓ {n(200,2000)} modules transformed.\n"
            f"dist/index.html                   0.{n(40,99)} kB\ndist/assets/index-{rs(8, ALNUM)}.css   {n(10,90)}.{n(10,99)} kB\n"
            f"dist/assets/index-{rs(8, ALNUM)}.js   {n(100,900)}.{n(10,99)} kB │ gzip: {n(30,200)}.{n(10,99)} kB\ndist/assets/inter-latin-{hx(8)}.woff2  {n(20,60)}.{n(10,99)} kB\n✓ built in {n(2,30)}.{n(10,99)}s")


@I("docs", "en", "html-sri-snippet")
def _(i):
    return (f"<!-- Load from CDN with Subresource Integrity -->\n<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.{n(0,3)}/dist/css/bootstrap.min.css\" integrity=\"{sri384()}\" crossorigin=\"anonymous\">\n"
            f"<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.{n(0,3)}/dist/js/bootstrap.bundle.min.js\" integrity=\"{sri384()}\" crossorigin=\"anonymous\"></script>\n"
            f"<style>.btn-brand{{background:#{hx(6)};border-color:#{hx(6)};color:#fff}}</style>")


@I("chat", "pt", "links-video-chat")
def _(i):
    return (f"Gente, o vídeo da demo está aqui: https://youtu.be/{yt_id()}?t={n(10,600)} e o slide em https://bit.ly/{rs(7, ALNUM)}. "
            f"O build que usei foi o main.{hx(8)}.js (commit {short()}). Cor do botão novo: #{hx(6)}.")


@I("docs", "en", "ids-format-doc")
def _(i):
    return (f"ID formats used by the API (all public, safe to log):\n- Orders: ULID, e.g. {ulid()}\n- Events: KSUID, e.g. {ksuid()}\n- Users: UUIDv4, e.g. {uid()}\n"
            f"- Files: content address sha256:{sha256()}\n- Short links: /s/{rs(7, ALNUM)}\nDo NOT log session cookies or bearer tokens.")


@I("docs", "cs", "readme-cs")
def _(i):
    v = ver()
    return (f"## Instalace\n\n```bash\ncurl -fsSLO https://example.cz/releases/tool-{v}-linux-amd64.tar.gz\necho \"{sha256()}  tool-{v}-linux-amd64.tar.gz\" | sha256sum -c -\n```\n\n"
            "Po instalaci spusťte `tool login`; heslo zadáte interaktivně, neukládejte ho do skriptů. Výchozí heslo administrátora `changeme` je nutné při prvním přihlášení změnit.")


@I("docs", "zh", "readme-zh")
def _(i):
    return (f"## 验证下载\n\n发布版 v{ver()} 的 SHA-256 校验和：\n\n    {sha256()}  app-{ver()}.dmg\n    {sha256()}  app-{ver()}.exe\n\n"
            f"签名公钥指纹：{fp_colon(20)}。请在配置文件中把 `api_key` 设置为你自己的密钥，示例中的 `sk-xxxxxxxxxxxxxxxx` 只是占位符。")


@I("toolcall", "en", "tool-call-read-file")
def _(i):
    return json.dumps({"type": "tool_use", "id": f"toolu_01{rs(22)}", "name": "read_file", "input": {"path": "/srv/app/.env.example", "offset": 0, "limit": 200}}) + "\n" + \
        json.dumps({"type": "tool_result", "tool_use_id": f"toolu_01{rs(22)}", "content": "API_KEY=\nDB_PASSWORD=\n# fill these from 1Password vault 'Backend'\nCOMMIT=" + sha1()})


@I("toolcall", ("en", "ru", "zh"), "tool-call-http")
def _(i):
    return json.dumps({"tool": "http_request", "arguments": {"method": "GET", "url": f"https://api.github.com/repos/acme/app/commits/{sha1()}/check-runs",
                       "headers": {"Accept": "application/vnd.github+json", "Authorization": "Bearer ${GITHUB_TOKEN}"}}, "result": {"status": 200,
                       "body": {"total_count": 1, "check_runs": [{"id": n(10**10, 10**11), "head_sha": sha1(), "conclusion": "success", "external_id": uid()}]}}}, indent=1)


@I("toolcall", "ru", "tool-call-ru")
def _(i):
    return ("Агент вызвал инструмент:\n" + json.dumps({"name": "run_shell", "arguments": {"command": f"sha256sum dist/*.tar.gz && git rev-parse HEAD"}}, ensure_ascii=False) +
            f"\nРезультат:\n{sha256()}  dist/app-{ver()}.tar.gz\n{sha1()}\nВсе контрольные суммы совпадают с опубликованными в релизе.")


@I("api", ("en", "ja", "pl"), "stripe-object-public")
def _(i):
    return json.dumps({"id": f"pi_{rs(24)}", "object": "payment_intent", "amount": n(500, 90000), "currency": "eur", "status": "succeeded",
                       "payment_method": f"pm_{rs(24)}", "latest_charge": f"ch_{rs(24)}", "customer": f"cus_{rs(14)}",
                       "payment_method_details": {"card": {"brand": "visa", "last4": rs(4, DIG), "exp_month": n(1, 12), "exp_year": n(2027, 2031), "fingerprint": rs(16)}},
                       "livemode": True}, indent=2)


# ==================================================================== SECRETS
@S("shell", ("en", "uk"), "aws-configure-export")
def _(i):
    s = aws_secret()
    return (f"$ export AWS_ACCESS_KEY_ID={aws_key_id()}\n$ export AWS_SECRET_ACCESS_KEY={s}\n$ export AWS_DEFAULT_REGION={region()}\n$ aws s3 ls s3://backups-{acct()}/\n"
            f"{date()} {tm()}:00  {n(1000,99999999)} db-{date()}.sql.gz", s)


@S("config", "en", "aws-credentials-file", n=1)
def _(i):
    s = aws_secret()
    return (f"[default]\naws_access_key_id = {aws_key_id()}\naws_secret_access_key = {s}\nregion = {region()}\n\n[profile readonly]\nrole_arn = arn:aws:iam::{acct()}:role/ReadOnly\nsource_profile = default", s)


@S("git", ("en", "el"), "git-diff-leaked-ghp")
def _(i):
    s = gh_pat()
    return (f"diff --git a/scripts/release.sh b/scripts/release.sh\nindex {short()}..{short()} 100755\n--- a/scripts/release.sh\n+++ b/scripts/release.sh\n@@ -3,6 +3,7 @@\n set -euo pipefail\n"
            f"+GITHUB_TOKEN={s}\n gh release create \"v$VERSION\" dist/*.tar.gz --notes-file CHANGELOG.md\n # sha256 of artifact: {sha256()}", s)


@S("chat", "de", "github-fine-grained-chat")
def _(i):
    s = gh_fine()
    return (f"Kannst du den Workflow kurz mit meinem Token testen? {s} — läuft am {date()} ab. Commit zum Testen ist {sha1()}.", s)


@S("config", "en", "gitlab-ci-variables")
def _(i):
    s = gl_pat()
    return (f"variables:\n  DOCKER_DRIVER: overlay2\n  GITLAB_API_TOKEN: \"{s}\"\n  IMAGE_DIGEST: \"sha256:{sha256()}\"\nstages: [build, deploy]\n", s)


@S("chat", ("en", "hu"), "slack-bot-token-chat")
def _(i):
    s = slack_bot()
    return (f"hey, bot isn't posting. I set SLACK_BOT_TOKEN={s} in the helm values (release {ver()}), channel id C{rs(10, UP+DIG)}. trace {hx(32)} shows 403 not_in_channel", s)


@S("monitoring", "en", "slack-webhook-in-alert-config")
def _(i):
    s = slack_webhook()
    return (f"receivers:\n  - name: oncall\n    slack_configs:\n      - api_url: {s}\n        channel: '#alerts-prod'\n        title: '{{{{ .CommonLabels.alertname }}}}'\nroute:\n  group_by: [alertname]\n  receiver: oncall", s)


@S("api", ("en", "ar"), "stripe-curl")
def _(i):
    s = stripe_live()
    return (f"$ curl https://api.stripe.com/v1/refunds -u {s}: -d charge=ch_{rs(24)} -d amount={n(100,9000)}\n"
            + json.dumps({"id": f"re_{rs(24)}", "object": "refund", "status": "succeeded", "balance_transaction": f"txn_{rs(24)}"}, indent=2), s)


@S("notebook", ("en", "th"), "openai-key-notebook")
def _(i):
    s = openai_key()
    return (f"In [1]: import os, openai\nIn [2]: os.environ[\"OPENAI_API_KEY\"] = \"{s}\"\nIn [3]: client = openai.OpenAI()\nIn [4]: r = client.chat.completions.create(model=\"gpt-4o-mini\", messages=msgs)\n"
            f"In [5]: r.usage\nOut[5]: CompletionUsage(completion_tokens={n(10,900)}, prompt_tokens={n(100,9000)}, total_tokens={n(1000,9900)})", s)


@S("toolcall", ("en", "hi"), "anthropic-key-toolcall")
def _(i):
    s = anthropic_key()
    return (json.dumps({"name": "bash", "input": {"command": f"ANTHROPIC_API_KEY={s} python eval.py --model claude-sonnet-4-5 --n {n(10,500)}"}}) +
            f"\n[result] run {ulid()} done: accuracy 0.{n(600,999)}, tokens {n(10000,900000)}", s)


@S("config", "ja", "google-maps-key")
def _(i):
    s = google_key()
    return (f"# Google Maps の設定\nmaps:\n  api_key: {s}\n  region: JP\n  language: ja\n# 最終更新 {date()}（コミット {short()}）", s)


@S("email", "en", "sendgrid-key-email")
def _(i):
    s = sendgrid_key()
    return (f"From: ops@acme.io\nTo: contractor@example.net\nSubject: SMTP relay access\n\nHi Priya,\nHere's the relay config for the newsletter job (ticket OPS-{n(1000,9999)}):\n"
            f"  host: smtp.sendgrid.net  port: 587  user: apikey\n  password: {s}\nPlease store it in your vault and delete this email.\nThanks, Tom", s)


@S("config", ("en", "id"), "npmrc-token")
def _(i):
    s = npm_token()
    return (f"# .npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={s}\n@acme:registry=https://npm.pkg.github.com\nsave-exact=true", s)


@S("config", "en", "pypirc-token", n=1)
def _(i):
    s = pypi_token()
    return (f"[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = {s}\n", s)


@S("shell", ("en", "vi"), "hf-login-history")
def _(i):
    s = hf_token()
    return (f"$ history | tail -4\n  {n(100,999)}  pip install -U huggingface_hub=={ver()}\n  {n(100,999)}  huggingface-cli login --token {s}\n"
            f"  {n(100,999)}  huggingface-cli download meta-llama/Llama-3.1-8B --revision {sha1()}\n  {n(100,999)}  history | tail -4", s)


@S("cloud", "en", "do-token-terraform")
def _(i):
    s = do_token()
    return (f"provider \"digitalocean\" {{\n  token = \"{s}\"\n}}\n\nresource \"digitalocean_droplet\" \"web\" {{\n  image  = \"ubuntu-24-04-x64\"\n  name   = \"web-{n(1,9)}\"\n  region = \"fra1\"\n  size   = \"s-1vcpu-1gb\"\n}}", s)


@S("support", "en", "shopify-token-support")
def _(i):
    s = shopify_token()
    return (f"Customer: The app stopped syncing after the update to {ver()}. Here is the admin access token from the custom app so you can check: {s}\n"
            f"Agent: Thanks — please don't share tokens in chat. I've noted case #{n(100000,999999)}; rotate that token under Settings > Apps.", s)


@S("config", "es", "twilio-env")
def _(i):
    s = hx(32)
    return (f"# Configuración de SMS (producción)\nTWILIO_ACCOUNT_SID=AC{hx(32)}\nTWILIO_AUTH_TOKEN={s}\nTWILIO_FROM=+34 6{n(10000000,99999999)}\n# Última rotación: {date()}", s)


@S("config", "en", "azure-storage-connstring")
def _(i):
    s = azure_storage_key()
    return (f"{{\n  \"IsEncrypted\": false,\n  \"Values\": {{\n    \"AzureWebJobsStorage\": \"DefaultEndpointsProtocol=https;AccountName=stapp{rs(6, LOW+DIG)};AccountKey={s};EndpointSuffix=core.windows.net\",\n"
            f"    \"FUNCTIONS_WORKER_RUNTIME\": \"python\",\n    \"APPINSIGHTS_INSTRUMENTATIONKEY\": \"{uid()}\"\n  }}\n}}", s)


@S("config", "en", "mailgun-yaml", n=1)
def _(i):
    s = mailgun_key()
    return (f"mailer:\n  provider: mailgun\n  domain: mg.example.com\n  api_key: {s}\n  from: \"Acme <no-reply@example.com>\"\n  tracking_pixel_hash: {hx(32)}", s)


@S("chat", "ru", "telegram-bot-token")
def _(i):
    s = telegram_token()
    return (f"Вот токен бота для уведомлений, вставь в переменную TG_TOKEN: {s}\nchat_id = -100{n(1000000000,9999999999)}, коммит с обработчиком {short()}.", s)


@S("incident", "en", "discord-webhook-incident")
def _(i):
    s = discord_webhook()
    return (f"INC-{n(1000,9999)} timeline\n{ts()} secret scanner flagged public gist {hx(32)}\n{ts()} gist contained our deploy webhook: {s}\n"
            f"{ts()} webhook deleted and re-created; request id {uid()}", s)


# ---- connection strings and passwords
@S("config", ("en", "ja"), "database-url-env")
def _(i):
    p = password().replace("@", "!").replace("/", "_").replace(":", "_").replace("#", "%")
    return (f"NODE_ENV=production\nDATABASE_URL=postgresql://app_rw:{p}@db-prod.{rs(10, LOW+DIG)}.{region()}.rds.amazonaws.com:5432/app?sslmode=require\nREDIS_URL=redis://cache:6379/0\nGIT_SHA={sha1()}", p)


@S("shell", "de", "psql-password-in-command")
def _(i):
    p = password().replace("'", "")
    return (f"Ich habe mich so verbunden, klappt aber nicht:\n$ PGPASSWORD='{p}' psql -h {ip()} -U reporting -d dwh -c 'select count(*) from orders'\n"
            "psql: error: connection to server failed: FATAL:  no pg_hba.conf entry for host", p)


@S("config", "en", "mongodb-srv")
def _(i):
    p = rs(16, ALNUM)
    return (f"spring:\n  data:\n    mongodb:\n      uri: mongodb+srv://svc-catalog:{p}@cluster0.{rs(5, LOW+DIG)}.mongodb.net/catalog?retryWrites=true&w=majority\n  application:\n    name: catalog\n  build: {sha1()}", p)


@S("config", "fr", "redis-password-conf")
def _(i):
    p = rs(32, ALNUM)
    return (f"# redis.conf — serveur de cache (prod)\nbind 0.0.0.0\nport 6379\nrequirepass {p}\nmaxmemory 2gb\nmaxmemory-policy allkeys-lru\n# modifié le {date()} par l'équipe infra", p)


@S("config", "en", "dotnet-connstring", n=1)
def _(i):
    p = password().replace(";", "")
    return (f"{{\n  \"ConnectionStrings\": {{\n    \"Default\": \"Server=tcp:sql-app.database.windows.net,1433;Database=app;User ID=appadmin;Password={p};Encrypt=True;\"\n  }},\n"
            f"  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Information\" }} }},\n  \"BuildId\": \"{n(1000,9999)}\"\n}}", p)


@S("chat", "es", "password-wifi-chat", n=1)
def _(i):
    p = password()
    return (f"Oye, la contraseña del wifi de la oficina nueva es {p} (red ACME-5G). El router es el de la factura {n(100000,999999)}, por si hay que llamar a soporte.", p)


@S("email", "it", "credenziali-email")
def _(i):
    p = password()
    return (f"Oggetto: Accesso al gestionale\n\nCiao Luca,\nti ho creato l'utenza sul gestionale.\nUtente: l.bianchi\nPassword temporanea: {p}\n"
            f"Al primo accesso ti verrà chiesto di cambiarla. Ticket di riferimento: HD-{n(10000,99999)}.\nSaluti, Giulia", p)


@S("support", "pt", "senha-suporte")
def _(i):
    p = password()
    return (f"Cliente: não consigo entrar no painel, o usuário é roberto.alves e a senha é {p}, já tentei três vezes.\n"
            f"Atendente: Roberto, por segurança não envie a senha por aqui. Vou enviar um link de redefinição. Protocolo {n(2026000000,2026999999)}.", p)


@S("toolcall", "en", "toolcall-login-form", n=1)
def _(i):
    p = password()
    return (json.dumps({"tool": "browser.fill_form", "arguments": {"url": "https://portal.example.com/login", "fields": {"#username": "ops-bot@example.com", "#password": p},
                                                                    "submit": "button[type=submit]"}}) + f"\nresult: navigated to /dashboard (status 200, request_id {uid()})", p)


@S("config", "nl", "wachtwoord-yaml")
def _(i):
    p = password()
    return (f"# ftp-koppeling met leverancier\nftp:\n  host: ftp.leverancier.nl\n  gebruiker: acme_upload\n  wachtwoord: \"{p}\"\n  map: /in/orders\n  controle_sha256: {sha256()}", p)


@S("chat", "pl", "haslo-czat", n=1)
def _(i):
    p = password()
    return (f"Hasło do konta serwisowego na Jenkinsie: {p} — zmień je proszę po wdrożeniu builda #{n(100,9999)}. Commit {short()}.", p)


@S("shell", "sv", "mysql-password-history")
def _(i):
    p = rs(18, ALNUM)
    return (f"Det här låg i .bash_history på servern:\n  mysql -u root -p{p} -h 127.0.0.1 shop < dump-{date()}.sql\nVi måste byta lösenordet. Ärende: IT-{n(1000,9999)}.", p)


# ---- private keys, JWTs, cookies
@S("config", "en", "openssh-private-key")
def _(i):
    k = private_pem("OPENSSH")
    return (f"$ cat ~/.ssh/deploy_key\n{k}\n$ cat ~/.ssh/deploy_key.pub\n{ssh_ed25519_pub()} deploy@ci", k)


@S("config", "en", "pkcs8-private-key-json")
def _(i):
    k = private_pem("PRIVATE KEY")
    data = {"type": "service_account", "project_id": f"acme-prod-{n(100000,999999)}", "private_key_id": hx(40), "private_key": k + "\n",
            "client_email": f"ci-deployer@acme-prod.iam.gserviceaccount.com", "client_id": dg(21)}
    txt = json.dumps(data, indent=2)
    esc = json.dumps(k)[1:-1]
    return (txt, esc)


@S("api", ("en", "zh"), "jwt-bearer-curl")
def _(i):
    t = jwt()
    return (f"$ curl -s -H 'Authorization: Bearer {t}' https://api.example.com/v1/me\n" + json.dumps({"id": uid(), "email": "dana@example.com", "plan": "pro"}), t)


@S("chat", "fr", "jwt-partage")
def _(i):
    t = jwt({"sub": str(n(1000, 99999)), "role": "admin", "exp": n(1790000000, 1800000000)})
    return (f"Tiens, le token d'admin pour tester l'endpoint /admin/export : {t}\nIl expire demain. Le hash du build déployé est {sha1()}.", t)


@S("api", ("en", "ru"), "set-cookie-session")
def _(i):
    c = b64u(32)
    return (f"HTTP/2 302\nlocation: /dashboard\nset-cookie: session={c}; Path=/; HttpOnly; Secure; SameSite=Lax\nx-request-id: {uid()}\netag: \"{hx(32)}\"", c)


@S("toolcall", "en", "browser-cookies-export", n=1)
def _(i):
    c = hx(40)
    return (json.dumps({"tool": "browser.get_cookies", "result": [{"name": "_ga", "value": f"GA1.1.{n(100000000,999999999)}.{n(1700000000,1790000000)}", "domain": ".example.com"},
                                                                  {"name": "laravel_session", "value": c, "domain": "shop.example.com", "httpOnly": True}]}, indent=1), c)


# ---- OTP, recovery codes, seed phrases
@S("chat", "en", "otp-shared-chat")
def _(i):
    o = otp()
    return (f"[{tm()}] Dana: the bank app wants a code for the wire, it's {o} — can you approve it from the finance laptop? ref {n(10000000,99999999)}", o)


@S("support", "de", "tan-support")
def _(i):
    o = otp()
    return (f"Kunde: Ich habe die SMS bekommen, die mobileTAN lautet {o}. Was soll ich damit machen?\nMitarbeiter: Bitte geben Sie die TAN niemals weiter, auch nicht an uns. Vorgang {n(1000000,9999999)}.", o)


@S("email", "en", "recovery-codes-note", n=1)
def _(i):
    codes = [f"{rs(5, LOW+DIG)}-{rs(5, LOW+DIG)}" for _ in range(6)]
    c = ch(codes)
    return ("Subject: (draft) backup\n\nGitHub recovery codes for acme-admin, saved " + date() + ":\n" + "\n".join(codes) + "\n", c)


@S("chat", "ko", "seed-phrase-chat")
def _(i):
    sp = seed_phrase(12)
    return (f"지갑 복구 문구 백업해둘게: {sp}\n주소는 {eth_addr()} 이고 마지막 거래 해시는 {eth_tx()} 야.", sp)


@S("docs", "tr", "seed-phrase-note")
def _(i):
    sp = seed_phrase(24)
    return (f"Donanım cüzdanı kurulum notları ({date()}):\nKurtarma kelimeleri: {sp}\nGenel adres: {btc_addr()}\nFirmware sürümü {ver()}, doğrulama özeti {sha256()[:16]}", sp)


# ---- cards, IBANs, national ids
@S("bank", ("en", "it"), "card-cvv-form")
def _(i):
    c = card(ch(["visa", "mc"]))
    cs = card_spaced(c)
    return (f"Payment form autofill captured:\nName on card: J. Morgan\nCard number: {cs}\nExpiry: {n(1,12):02d}/{n(27,31)}\nCVV: {cvv()}\nBilling ZIP: {n(10000,99999)}\nOrder #{n(100000,999999)}", cs)


@S("chat", "es", "tarjeta-chat")
def _(i):
    c = card("visa")
    return (f"Te paso la tarjeta de empresa para reservar el hotel: {c}, caduca {n(1,12):02d}/{n(27,30)}, CVV {cvv()}. Reserva a nombre de Lucía, localizador {rs(6, UP+DIG)}.", c)


@S("support", "en", "amex-support")
def _(i):
    c = card("amex")
    cs = card_spaced(c)
    return (f"Customer: hi, my payment for invoice INV-{n(10000,99999)} failed. card is {cs} exp {n(1,12):02d}/{n(27,30)} cid {cvv(True)}\nAgent: I'm sorry for the trouble — please never send card details in chat.", cs)


@S("csv", "en", "csv-card-export", n=1)
def _(i):
    c = card("mc")
    rows = [f"{ulid()},{date()},{n(10,900)}.{n(10,99)},**** {rs(4, DIG)},ok" for _ in range(3)]
    rows.insert(n(0, 3), f"{ulid()},{date()},{n(10,900)}.{n(10,99)},{c},declined")
    return ("txn_id,date,amount,card,status\n" + "\n".join(rows), c)


@S("invoice", "de", "iban-rechnung")
def _(i):
    ib = iban(ch(["DE", "AT", "CH"]))
    return (f"Rechnung Nr. RE-{2026}-{n(1000,9999)}\nLeistungszeitraum: {date()} bis {date()}\nGesamtbetrag: {n(100,9000)},{n(10,99)} EUR\n"
            f"Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes Konto:\nIBAN: {ib}\nBIC: {rs(4, UP)}DE{rs(2, UP+DIG)}XXX\nVerwendungszweck: RE-{2026}-{n(1000,9999)}", ib)


@S("email", "fr", "iban-email")
def _(i):
    ib = iban("FR")
    return (f"Bonjour Claire,\nSuite à notre échange, voici mes coordonnées bancaires pour le remboursement du dossier n° {n(100000,999999)} :\nIBAN : {ib}\nTitulaire : Marc Lefèvre\nCordialement", ib)


@S("bank", "nl", "iban-nl")
def _(i):
    ib = iban("NL", spaced=False)
    return (f"Overboeking ingepland op {date()}\nNaar: {ib} t.n.v. Stichting De Linde\nBedrag: € {n(10,900)},{n(10,99)}\nOmschrijving: lidmaatschap {n(2026,2027)}\nTransactie-ID: {uid()}", ib)


@S("chat", "it", "iban-chat")
def _(i):
    ib = iban("IT")
    return (f"Per la caparra dell'appartamento fai il bonifico su {ib} intestato a Rossi Immobiliare, causale «caparra via Po {n(1,99)}». Pratica n. {n(1000,9999)}/{2026}.", ib)


@S("invoice", "pl", "iban-faktura")
def _(i):
    ib = iban("PL")
    return (f"Faktura nr {n(1,999)}/{2026}\nDo zapłaty: {n(100,9000)},{n(10,99)} zł\nNumer rachunku: {ib}\nTermin: {date()}\nNIP sprzedawcy: {n(1000000000,9999999999)}", ib)


@S("govform", "es", "dni-formulario")
def _(i):
    d = dni_es()
    return (f"Solicitud de cita previa — Renovación DNI\nNombre: Carmen Ruiz Ortega\nDNI: {d}\nFecha de nacimiento: {n(1,28):02d}/{n(1,12):02d}/19{n(60,99)}\n"
            f"Oficina: Madrid - Moratalaz\nLocalizador de cita: {rs(8, UP+DIG)}", d)


@S("govform", "nl", "bsn-formulier")
def _(i):
    b = bsn_nl()
    return (f"Aanvraag zorgtoeslag {2026}\nNaam: P. de Vries\nBSN: {b}\nGeboortedatum: {n(1,28):02d}-{n(1,12):02d}-19{n(60,99)}\nPostcode: {n(1000,9999)} {rs(2, UP)}\nKenmerk aanvraag: {n(100000000,999999999)}", b)


@S("govform", "pl", "pesel-formularz")
def _(i):
    p = pesel_pl()
    return (f"Wniosek o wydanie dowodu osobistego\nImię i nazwisko: Anna Nowak\nPESEL: {p}\nAdres: ul. Polna {n(1,99)}, {n(10,99)}-{n(100,999)} Kraków\nNumer wniosku: {rs(3, UP)}{n(100000,999999)}", p)


@S("govform", "fi", "henkilotunnus")
def _(i):
    h = hetu_fi()
    return (f"Hakemus: asumistuki\nHakija: Matti Virtanen\nHenkilötunnus: {h}\nOsoite: Mannerheimintie {n(1,99)}, 00{n(100,990)} Helsinki\nAsiointitunnus: {n(10000000,99999999)}", h)


@S("email", "sv", "personnummer-email")
def _(i):
    p = pnr_se()
    return (f"Hej!\nJag bifogar uppgifter till lönekontoret: personnummer 19{p}, clearingnummer {n(1000,9999)}. Anställningsnummer {n(1000,9999)}.\nMvh Erik", p)


@S("support", "pt", "cpf-atendimento")
def _(i):
    c = cpf_br()
    return (f"Atendente: Para localizar seu pedido {n(100000000,999999999)}, preciso do CPF do titular.\nCliente: {c}\nAtendente: Obrigado, localizado. Previsão de entrega {date()}.", c)


@S("govform", "tr", "tc-kimlik-form")
def _(i):
    t = tckn_tr()
    return (f"e-Devlet Başvuru Özeti\nAd Soyad: Mehmet Yılmaz\nT.C. Kimlik No: {t}\nBaşvuru No: {n(100000000,999999999)}\nTarih: {date()}", t)


@S("support", "he", "teudat-zehut")
def _(i):
    t = tz_il()
    return (f"נציג: כדי לאמת את זהותך, מה מספר תעודת הזהות?\nלקוח: {t}\nנציג: תודה, מספר הפנייה שלך הוא {n(1000000,9999999)}.", t)


@S("booking", "zh", "shenfenzheng-booking")
def _(i):
    d = cn_id()
    return (f"火车票订单已提交，订单号 E{n(100000000,999999999)}。\n乘车人：王芳  身份证号：{d}\n车次 G{n(1,999)}  {date()} {tm()} 北京南 → 上海虹桥  {n(1,16)}车{n(1,20)}{ch('ABCDF')}号", d)


@S("govform", "ko", "jumin-form")
def _(i):
    r_ = rrn_kr()
    return (f"전입신고 신청서\n성명: 김민준\n주민등록번호: {r_}\n신 주소: 서울특별시 강남구 테헤란로 {n(1,500)}\n접수번호: {n(2026000000,2026999999)}", r_)


@S("govform", "ro", "cnp-formular")
def _(i):
    c = cnp_ro()
    return (f"Cerere eliberare certificat fiscal\nNume: Andrei Popescu\nCNP: {c}\nDomiciliu: Str. Libertății nr. {n(1,99)}, Cluj-Napoca\nNr. înregistrare: {n(10000,99999)}/{date()}", c)


@S("email", "cs", "rodne-cislo-email")
def _(i):
    r_ = rc_cz()
    return (f"Dobrý den,\npro uzavření smlouvy č. {n(1000000,9999999)} posílám rodné číslo: {r_}.\nS pozdravem, Petr Novák", r_)


@S("govform", "fr", "nir-formulaire")
def _(i):
    s_ = nir_fr()
    return (f"Formulaire S1106 — Déclaration de médecin traitant\nAssuré : Julie Martin\nN° de sécurité sociale : {s_}\nMédecin : Dr Bernard, RPPS {n(10000000000,99999999999)}\nDate : {date()}", s_)


@S("support", "en", "ssn-support")
def _(i):
    s_ = ssn_us()
    return (f"Chat transcript — case {n(10000000,99999999)}\nCustomer: I need to update my W-4. My SSN is {s_} and my employee id is E{n(10000,99999)}.\nAgent: Thanks, I'll forward this to payroll securely.", s_)


@S("booking", "ar", "card-booking-ar", n=1)
def _(i):
    c = card("visa")
    return (f"مرحبًا، أريد تأكيد حجز الغرفة رقم الحجز {rs(8, UP+DIG)}. بيانات البطاقة: {c} تاريخ الانتهاء {n(1,12):02d}/{n(27,30)} والرمز {cvv()}. شكرًا", c)


@S("chat", "hi", "password-chat-hi", n=1)
def _(i):
    p = password()
    return (f"भाई, सर्वर का रूट पासवर्ड {p} है, डिप्लॉय के बाद बदल देना। बिल्ड नंबर {n(1000,9999)}, कमिट {short()}.", p)


@S("support", "th", "otp-support-th", n=1)
def _(i):
    o = otp()
    return (f"ลูกค้า: ได้รับรหัส OTP {o} แล้วค่ะ ต้องกรอกตรงไหน\nเจ้าหน้าที่: กรุณาอย่าแจ้งรหัส OTP กับผู้อื่น เลขที่เรื่อง {n(100000,999999)}", o)


@S("chat", "id", "db-password-id", n=1)
def _(i):
    p = rs(20, ALNUM)
    return (f"Mas, koneksi ke database staging pakai user `etl` dan password `{p}`, host {ip()} port 5432. Jangan di-commit ya, tiket DATA-{n(100,999)}.", p)


@S("bank", "vi", "bank-password-vi", n=1)
def _(i):
    p = password()
    return (f"Em gửi anh thông tin Internet Banking của công ty: tên đăng nhập CTYABC{n(100,999)}, mật khẩu {p}. Mã giao dịch gần nhất FT{n(10000000000,99999999999)}.", p)


@S("invoice", "el", "iban-gr", n=1)
def _(i):
    ib = iban("GR")
    return (f"Τιμολόγιο αρ. {n(100,999)}/{2026}\nΠοσό: {n(100,2000)},{n(10,99)} €\nΠαρακαλούμε καταθέστε στον λογαριασμό IBAN {ib}\nΑΦΜ: {n(100000000,999999999)}", ib)


@S("email", "hu", "iban-hu", n=1)
def _(i):
    ib = iban("HU")
    return (f"Kedves Kata!\nA bérleti díjat kérlek erre a számlára utald: {ib} (Szabó Péter). Közlemény: {2026}. {ch(['január','február','március'])}.\nÜdv, Péter", ib)


@S("toolcall", "uk", "gitlab-token-uk", n=1)
def _(i):
    t = gl_pat()
    return (f"Агент виконав: " + json.dumps({"tool": "bash", "command": f"git clone https://oauth2:{t}@gitlab.example.com/team/app.git"}) + f"\nРезультат: Cloning into 'app'... done. HEAD {sha1()}", t)


@S("api", "en", "basic-auth-header", n=2)
def _(i):
    b = base64.b64encode(f"svc-reporting:{rs(18, ALNUM)}".encode()).decode()
    return (f"> GET /api/v1/export?format=csv HTTP/1.1\n> Host: reports.example.com\n> Authorization: Basic {b}\n> X-Request-Id: {uid()}\n< HTTP/1.1 200 OK\n< Content-Type: text/csv", b)


@S("config", "en", "git-credentials", n=1)
def _(i):
    t = gh_pat()
    return (f"$ cat ~/.git-credentials\nhttps://ci-bot:{t}@github.com\n$ git config --global credential.helper\nstore", t)


@S("k8s", ("en", "de"), "k8s-secret-stringdata")
def _(i):
    p = rs(24, ALNUM)
    return (f"$ kubectl get secret api-db -n prod -o yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api-db\n  namespace: prod\n  uid: {uid()}\n  resourceVersion: \"{n(100000,9999999)}\"\n"
            f"type: Opaque\nstringData:\n  username: api\n  password: {p}\n", p)


@S("sql", ("en", "es"), "sql-create-user")
def _(i):
    p = password().replace("'", "")
    return (f"-- migration {n(20260101000000,20261231235959)}_reporting_user.sql (checksum {hx(32)})\nCREATE ROLE reporting WITH LOGIN PASSWORD '{p}';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;\n", p)


@S("tests", "en", "pytest-assert-token", n=1)
def _(i):
    t = stripe_live()
    return (f"FAILED tests/test_billing.py::test_client_uses_env_key - AssertionError: assert 'sk_test_REPLACE_ME' == '{t}'\n"
            f"  - {t}\n  + sk_test_REPLACE_ME\n========= 1 failed, {n(40,300)} passed in {n(2,30)}.{n(10,99)}s =========", t)


@S("packages", ("en", "pt"), "pip-private-index-token")
def _(i):
    t = rs(32, ALNUM)
    v = ver()
    return (f"$ pip install --index-url https://__token__:{t}@pkgs.example.com/simple/ acme-internal=={v}\nLooking in indexes: https://__token__:****@pkgs.example.com/simple/\n"
            f"Collecting acme-internal=={v}\n  Downloading acme_internal-{v}-py3-none-any.whl ({n(10,900)} kB)\nSuccessfully installed acme-internal-{v}", t)


@S("calendar", "en", "calendar-wifi-password", n=1)
def _(i):
    p = password()
    return (f"BEGIN:VEVENT\nUID:{uid()}\nSUMMARY:Offsite day 1\nLOCATION:Hotel Adler, Room Salzburg\nDESCRIPTION:Guest Wi-Fi: AdlerMeeting / password {p}\\nParking code is at the front desk.\nDTSTART:{date().replace('-','')}T090000Z\nEND:VEVENT", p)


# ==================================================================== checks
def _self_check():
    import collections
    ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for x in SECRETS:
        parts = x.id.split("/")
        assert parts[0] == "secret" and len(parts) == 4, x.id
        assert x.secret and x.secret in x.text, x.id
        assert 60 <= len(x.text) <= 1500, (x.id, len(x.text))
    for x in INNOCENT:
        parts = x.id.split("/")
        assert parts[0] == "innocent" and len(parts) == 4, x.id
        assert 60 <= len(x.text) <= 1500, (x.id, len(x.text))
    assert 250 <= len(INNOCENT) <= 350, len(INNOCENT)
    assert 110 <= len(SECRETS) <= 160, len(SECRETS)
    # template reuse: at most 3 records per (kind, setting, name)
    per_tpl = collections.Counter((x.id.split("/")[0], x.id.split("/")[1], x.id.split("/")[3].rsplit("-", 1)[0]) for x in SECRETS + INNOCENT)
    assert max(per_tpl.values()) <= 3, per_tpl.most_common(3)
    # determinism sanity: secrets with check digits
    print(f"INNOCENT: {len(INNOCENT)}  SECRETS: {len(SECRETS)}")
    for name, L in (("innocent", INNOCENT), ("secret", SECRETS)):
        print(name, "by setting:", dict(sorted(collections.Counter(x.id.split("/")[1] for x in L).items())))
        print(name, "by lang:", dict(collections.Counter(x.id.split("/")[2] for x in L).most_common()))
    print("ok")


if __name__ == "__main__":
    _self_check()
