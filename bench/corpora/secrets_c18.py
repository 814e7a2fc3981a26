"""Independent secret-redaction test corpus c18.

Written Mon Dec  7 07:01:04 UTC 2026 by a helper that did not see the redactor, its rules, its tests
or any earlier corpus; built from general knowledge only.

Counts: 234 SECRETS, 233 INNOCENT (467 records, every text 200-1500 chars).
  secret/*:   alerting 3, bank 14, ci-log 4, cloud-cli 4, code 7, code-review 9,
              config 5, csv 4, dashboard 3, email 18, form 12, git 5, gov-portal 20,
              helm 4, incident 7, kubectl 5, log 4, notebook 11, package 8, sql 4,
              stacktrace 5, support-call 7, support-chat 44, terminal 23, terraform 4
  innocent/*: alerting 5, api-response 6, bank 10, booking 12, calendar 9, ci-log 6,
              cloud-cli 11, code-review 17, config 5, csv 5, dashboard 6, docker 6,
              form 12, git 6, gov-portal 8, incident 6, invoice 10, kubectl 6,
              notebook 5, package 11, sql 6, stacktrace 5, support-chat 23,
              terminal 13, terraform 6, test-run 6, web-page 12

Settings: coding agents (terminal, git, package installs/lockfiles, docker,
kubectl, helm, terraform, cloud CLI, CI logs, stack traces, config, diffs and
code review, JSON API responses), data agents (SQL, notebooks, CSV extracts),
browser/office agents (web pages, checkout forms, email, calendar, invoices,
bookings, bank and government portals), customer support (chats, call
transcripts, identity verification), ops/SRE (incidents, alerts, dashboards).

Languages (id segment 3): en plus ar, cs, da, de, el, es, fi, fr, he, hi, it,
ja, ko, nl, no, pl, pt, ru, sv, tr, uk, vi, zh (23 besides English).

All values come from one seeded random.Random (seed 19182026) at import time;
none are real.  Secret values follow vendor formats (AWS, GitHub, GitLab,
Slack, Stripe, OpenAI, Anthropic, Google, npm, PyPI, Hugging Face, SendGrid,
Twilio, Azure, DigitalOcean, Shopify, Telegram, Discord, JWT, PEM private
keys), plus passwords, OTP codes, Luhn-valid card numbers, mod-97-valid IBANs
and national ids with valid check digits (PESEL, DNI, BSN, personnummer,
HETU, CPR, fodselsnummer, TCKN, SNILS, RNOKPP, My Number, PRC id, RRN, Saudi
id, rodne cislo, AMKA, Israeli id, CPF, NIR, Steuer-ID, codice fiscale).
Innocent texts are dense with look-alikes: sha256/sha1/sha512 digests,
UUIDs, request/trace ids, ARNs, KMS key ids, image digests, public keys and
fingerprints, tx hashes, masked cards/IBANs/keys, placeholders, env lookups
without values, error/postal codes, token counts, key names/ids/rotation
dates, order/tracking/booking/ticket numbers, phone numbers.

Run this file directly for the self-check (ids unique, every secret a
substring of its text, lengths in range, counts by prefix).
"""
from typing import NamedTuple
import random as _random
import string as _string
import base64 as _b64
import hashlib as _hashlib
import json as _json


class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction


class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged


SECRETS: list[Secret] = []
INNOCENT: list[Innocent] = []

_r = _random.Random(1918_2026)
_counter: dict = {}


def _id(kind, setting, lang, name):
    key = (kind, setting, lang, name)
    _counter[key] = _counter.get(key, 0) + 1
    return f"{kind}/{setting}/{lang}/{name}-{_counter[key]:02d}"


def _S(setting, lang, name, text, secret):
    SECRETS.append(Secret(_id("secret", setting, lang, name), text, secret))


def _I(setting, lang, name, text):
    INNOCENT.append(Innocent(_id("innocent", setting, lang, name), text))


# ---------------------------------------------------------------- generic values
_AN = _string.ascii_letters + _string.digits
_UP = _string.ascii_uppercase + _string.digits


def ch(s, n):
    return "".join(_r.choice(s) for _ in range(n))


def hexs(n):
    return ch("0123456789abcdef", n)


def dig(n):
    return ch(_string.digits, n)


def an(n):
    return ch(_AN, n)


def up(n):
    return ch(_UP, n)


def b64u(n):
    return ch(_AN + "-_", n)


def uuid():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + _r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sha256():
    return _hashlib.sha256(_r.randbytes(32)).hexdigest()


def sha1():
    return _hashlib.sha1(_r.randbytes(20)).hexdigest()


def b64bytes(n):
    return _b64.b64encode(_r.randbytes(n)).decode()


def ts(day=None):
    d = day or _r.randint(1, 28)
    return f"2026-{_r.randint(1, 12):02d}-{d:02d}T{_r.randint(0, 23):02d}:{_r.randint(0, 59):02d}:{_r.randint(0, 59):02d}Z"


def hm():
    return f"{_r.randint(0, 23):02d}:{_r.randint(0, 59):02d}"


def ip():
    return f"10.{_r.randint(0, 255)}.{_r.randint(0, 255)}.{_r.randint(1, 254)}"


def acct():
    return dig(12)


def pick(seq):
    return _r.choice(seq)


def ver():
    return f"{_r.randint(0, 9)}.{_r.randint(0, 40)}.{_r.randint(0, 20)}"


# ---------------------------------------------------------------- secret values
def aws_akid():
    return "AKIA" + ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret():
    return ch(_AN + "/+", 40)


def gh_pat():
    return "ghp_" + an(36)


def gh_fine():
    return "github_pat_11" + up(20) + "_" + an(59)


def glpat():
    return "glpat-" + ch(_AN + "-_", 20)


def slack_bot():
    return f"xoxb-{dig(12)}-{dig(13)}-{an(24)}"


def slack_hook():
    return f"https://hooks.slack.com/services/T{up(8)}/B{up(10)}/{an(24)}"


def stripe_sk():
    return "sk_live_51" + an(22) + an(72)


def stripe_rk():
    return "rk_live_51" + an(30)


def openai_key():
    return "sk-proj-" + b64u(74) + "T3BlbkFJ" + b64u(74)


def anthropic_key():
    return "sk-ant-api03-" + b64u(93) + "AA"


def google_key():
    return "AIza" + ch(_AN + "-_", 35)


def npm_tok():
    return "npm_" + an(36)


def pypi_tok():
    return "pypi-AgEIcHlwaS5vcmc" + b64u(64)


def hf_tok():
    return "hf_" + ch(_string.ascii_letters, 34)


def sendgrid():
    return "SG." + b64u(22) + "." + b64u(43)


def jwt(sub="user"):
    h = _b64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = _b64.urlsafe_b64encode(_json.dumps({"sub": sub, "iat": _r.randint(1.7e9, 1.8e9), "exp": _r.randint(1.8e9, 1.9e9), "scope": "read write"}).encode()).decode().rstrip("=")
    return f"{h}.{p}.{b64u(43)}"


def azure_key():
    return b64bytes(64)


def do_tok():
    return "dop_v1_" + hexs(64)


def shopify():
    return "shpat_" + hexs(32)


def telegram():
    return f"{_r.randint(5000000000, 7999999999)}:AA{b64u(33)}"


def discord_hook():
    return f"https://discord.com/api/webhooks/{dig(19)}/{b64u(68)}"


def twilio_tok():
    return hexs(32)


def pem_private(kind="OPENSSH"):
    if kind == "OPENSSH":
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + "\n".join(b64bytes(52)[:70] for _ in range(4)) + "\n" + b64bytes(20)
        return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----"
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64bytes(12)[:14] + "\n" + "\n".join(b64bytes(48) for _ in range(8))
    return f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"


_WORDS = ["Sommer", "Tiger", "Velvet", "Kappa", "Orchid", "Mango", "Falcon", "Granit", "Lumiere", "Nebula", "Pirat", "Castor", "Wombat", "Quartz", "Helios", "Sakura", "Bolek", "Zorro"]


def password():
    k = _r.randint(0, 3)
    if k == 0:
        return pick(_WORDS) + str(_r.randint(1970, 2026)) + pick("!#$%&*?") + an(2)
    if k == 1:
        return ch(_AN + "!#%^*-_=+", _r.randint(14, 22))
    if k == 2:
        return pick(_WORDS).lower() + "-" + pick(_WORDS).lower() + "-" + pick(_WORDS).lower() + str(_r.randint(10, 99))
    return an(4) + pick("!@#") + pick(_WORDS) + dig(3) + pick("?%$")


def otp():
    return dig(6)


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + dig(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(kind=None, spaced=None):
    kind = kind or pick(["visa", "mc", "amex", "visa", "mc"])
    if kind == "visa":
        n = luhn_complete("4" + dig(5), 16)
    elif kind == "mc":
        n = luhn_complete(pick(["51", "52", "53", "54", "55", "2221", "2720"]) + "", 16)
    else:
        n = luhn_complete(pick(["34", "37"]), 15)
    if spaced is None:
        spaced = _r.random() < 0.5
    if spaced:
        if len(n) == 15:
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def _iban_check(cc, bban):
    s = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return f"{98 - int(s) % 97:02d}"


_IBAN_FMT = {
    "DE": "d18", "FR": "d10a11d2", "ES": "d20", "IT": "A1d10a12", "NL": "A4d10", "PL": "d24", "GB": "A4d14",
    "SA": "d2a18", "TR": "d5z1a16", "SE": "d20", "FI": "d14", "DK": "d14", "NO": "d11", "PT": "d21",
    "CZ": "d20", "GR": "d7a16", "UA": "d6a19", "BE": "d12", "AT": "d16", "CH": "d5a12", "IL": "d19", "AE": "d19",
}


def iban(cc, spaced=None):
    fmt = _IBAN_FMT[cc]
    out = ""
    i = 0
    while i < len(fmt):
        t = fmt[i]
        j = i + 1
        while j < len(fmt) and fmt[j].isdigit():
            j += 1
        n = int(fmt[i + 1:j])
        if t == "d":
            out += dig(n)
        elif t == "A":
            out += ch(_string.ascii_uppercase, n)
        elif t == "z":
            out += "0" * n
        else:
            out += ch("0123456789" * 3 + _string.ascii_uppercase, n)
        i = j
    full = cc + _iban_check(cc, out) + out
    if spaced is None:
        spaced = _r.random() < 0.6
    if spaced:
        return " ".join(full[k:k + 4] for k in range(0, len(full), 4))
    return full


# ------------------------------------------------------------- national ids
def pesel():
    y = _r.randint(50, 99); m = _r.randint(1, 12); d = _r.randint(1, 28)
    b = f"{y:02d}{m:02d}{d:02d}{dig(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return b + str((10 - sum(int(c) * k for c, k in zip(b, w)) % 10) % 10)


def dni():
    n = _r.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def bsn():
    while True:
        b = str(_r.randint(1, 9)) + dig(7)
        s = sum(int(c) * (9 - i) for i, c in enumerate(b))
        c = s % 11
        if c < 10:
            return b + str(c)


def personnummer():
    b = f"{_r.randint(50, 99):02d}{_r.randint(1, 12):02d}{_r.randint(1, 28):02d}{dig(3)}"
    for c in "0123456789":
        if luhn_ok(b + c):
            return f"{b[:6]}-{b[6:]}{c}"


def hetu():
    d, m, y = _r.randint(1, 28), _r.randint(1, 12), _r.randint(50, 99)
    n = _r.randint(2, 899)
    s = f"{d:02d}{m:02d}{y:02d}{n:03d}"
    return f"{d:02d}{m:02d}{y:02d}-{n:03d}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(s) % 31]}"


def cpr():
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        b = f"{_r.randint(1, 28):02d}{_r.randint(1, 12):02d}{_r.randint(50, 99):02d}{dig(4)}"
        if sum(int(c) * k for c, k in zip(b, w)) % 11 == 0:
            return f"{b[:6]}-{b[6:]}"


def tckn():
    d = [_r.randint(1, 9)] + [_r.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def snils():
    while True:
        b = dig(9)
        s = sum(int(c) * (9 - i) for i, c in enumerate(b))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            if c == 100:
                c = 0
        return f"{b[:3]}-{b[3:6]}-{b[6:]} {c:02d}"


def rnokpp():
    b = dig(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str((sum(int(c) * k for c, k in zip(b, w)) % 11) % 10)


def mynumber():
    b = dig(11)
    p = [int(c) for c in reversed(b)]
    s = sum(p[n - 1] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    return f"{b[:4]} {b[4:8]} {b[8:]}{c}"


def cn_id():
    b = f"{pick(['110105', '310104', '440305', '510107', '330106'])}{_r.randint(1960, 2002)}{_r.randint(1, 12):02d}{_r.randint(1, 28):02d}{dig(3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(c) * k for c, k in zip(b, w)) % 11]


def kr_rrn():
    b = f"{_r.randint(60, 99):02d}{_r.randint(1, 12):02d}{_r.randint(1, 28):02d}{_r.randint(1, 2)}{dig(5)}"
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * k for x, k in zip(b, w)) % 11) % 10
    return f"{b[:6]}-{b[6:]}{c}"


def saudi_id():
    b = "1" + dig(8)
    for c in "0123456789":
        if luhn_ok(b + c):
            return b + c


def rodne():
    while True:
        b = f"{_r.randint(60, 99):02d}{_r.randint(1, 12) + pick([0, 50]):02d}{_r.randint(1, 28):02d}{dig(3)}"
        c = int(b) % 11
        if c < 10:
            return f"{b[:6]}/{b[6:]}{c}"


def amka():
    b = f"{_r.randint(1, 28):02d}{_r.randint(1, 12):02d}{_r.randint(50, 99):02d}{dig(4)}"
    for c in "0123456789":
        if luhn_ok(b + c):
            return b + c


def il_id():
    b = dig(8)
    for c in "0123456789":
        if luhn_ok(b + c):
            return b + c


def cpf():
    d = [_r.randint(0, 9) for _ in range(9)]
    d.append((sum(x * (10 - i) for i, x in enumerate(d)) * 10) % 11 % 10)
    d.append((sum(x * (11 - i) for i, x in enumerate(d)) * 10) % 11 % 10)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def nir():
    b = f"{_r.randint(1, 2)}{_r.randint(50, 99):02d}{_r.randint(1, 12):02d}{_r.randint(1, 95):02d}{_r.randint(1, 999):03d}{_r.randint(1, 999):03d}"
    k = 97 - int(b) % 97
    return f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {k:02d}"


def steuer_id():
    while True:
        digits = _r.sample(range(10), 9)
        dup = pick(digits)
        seq = digits + [dup]
        _r.shuffle(seq)
        if seq[0] != 0:
            break
    prod = 10
    for x in seq:
        s = (x + prod) % 10
        if s == 0:
            s = 10
        prod = (s * 2) % 11
    c = 11 - prod
    if c == 10:
        c = 0
    return "".join(map(str, seq)) + str(c)


_CF_ODD = {**dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
           **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}


def codice_fiscale():
    cons = "BCDFGLMNPRSTVZ"
    b = ch(cons, 3) + ch(cons, 3) + f"{_r.randint(50, 99):02d}" + pick("ABCDEHLMPRST") + f"{_r.randint(1, 28) + pick([0, 40]):02d}" + pick("FHLA") + f"{_r.randint(100, 999)}"
    s = 0
    for i, c in enumerate(b):
        if i % 2 == 0:
            s += _CF_ODD[c]
        else:
            s += int(c) if c.isdigit() else ord(c) - 65
    return b + chr(65 + s % 26)


def nif_pt():
    b = str(pick([1, 2])) + dig(7)
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    c = 11 - s % 11
    return b + str(0 if c >= 10 else c)


def ssn():
    while True:
        a = _r.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{_r.randint(1, 99):02d}-{_r.randint(1, 9999):04d}"


def fnr_no():
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        b = f"{_r.randint(1, 28):02d}{_r.randint(1, 12):02d}{_r.randint(50, 99):02d}{_r.randint(0, 499):03d}"
        k1 = 11 - sum(int(c) * w for c, w in zip(b, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b2 = b + str(k1)
        k2 = 11 - sum(int(c) * w for c, w in zip(b2, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b2 + str(k2)

# ------------------------------------------------------------- language material
# per language: customer/agent phrases used in chats, forms and emails
L = {
 "de": dict(hi="Hallo, ich komme seit heute Morgen nicht mehr in mein Konto.", pw="Mein Passwort ist", order="Meine Bestellnummer lautet", err="Die App zeigt immer Fehlercode", zip="Postleitzahl", thanks="Vielen Dank für die schnelle Hilfe!", never="Aus Sicherheitsgründen fragen wir niemals nach Ihrem Passwort oder einem Einmalcode.", reset="Ich habe Ihnen einen Link zum Zurücksetzen geschickt, er ist 30 Minuten gültig.", iban="Bitte überweisen Sie die Erstattung auf meine IBAN", card="Hier ist meine Kartennummer", otp="Der Code aus der SMS ist", idn="Meine Steuer-ID ist", late="Mein Paket ist noch nicht angekommen, Sendungsnummer", agent="Mitarbeiterin Jana", city="10115 Berlin", phone="+49 30 5557 1290", idgen="steuer_id", cc="DE", name="Katrin Vogel"),
 "fr": dict(hi="Bonjour, je n'arrive plus à me connecter à mon compte.", pw="Mon mot de passe est", order="Mon numéro de commande est", err="L'application affiche le code d'erreur", zip="code postal", thanks="Merci beaucoup pour votre aide !", never="Pour votre sécurité, nous ne vous demanderons jamais votre mot de passe ni un code à usage unique.", reset="Je vous ai envoyé un lien de réinitialisation, valable 30 minutes.", iban="Merci de rembourser sur mon IBAN", card="Voici mon numéro de carte", otp="Le code reçu par SMS est", idn="Mon numéro de sécurité sociale est", late="Mon colis n'est toujours pas arrivé, numéro de suivi", agent="Conseiller Julien", city="69003 Lyon", phone="+33 4 78 55 01 23", idgen="nir", cc="FR", name="Camille Girard"),
 "es": dict(hi="Hola, no puedo entrar en mi cuenta desde ayer.", pw="Mi contraseña es", order="Mi número de pedido es", err="La aplicación muestra el código de error", zip="código postal", thanks="¡Muchas gracias por la ayuda!", never="Por su seguridad, nunca le pediremos su contraseña ni ningún código de un solo uso.", reset="Le he enviado un enlace para restablecerla; caduca en 30 minutos.", iban="Por favor, devuelvan el importe a mi IBAN", card="Este es el número de mi tarjeta", otp="El código que me llegó por SMS es", idn="Mi DNI es", late="Mi paquete todavía no ha llegado, número de seguimiento", agent="Agente Lucía", city="28013 Madrid", phone="+34 915 55 02 17", idgen="dni", cc="ES", name="Javier Moreno"),
 "it": dict(hi="Buongiorno, non riesco più ad accedere al mio account.", pw="La mia password è", order="Il mio numero d'ordine è", err="L'app mostra il codice di errore", zip="CAP", thanks="Grazie mille per l'aiuto!", never="Per la sua sicurezza non le chiederemo mai la password né codici monouso.", reset="Le ho inviato un link di reimpostazione valido 30 minuti.", iban="Vi prego di rimborsare sul mio IBAN", card="Ecco il numero della mia carta", otp="Il codice ricevuto via SMS è", idn="Il mio codice fiscale è", late="Il pacco non è ancora arrivato, numero di tracciamento", agent="Operatore Marco", city="20121 Milano", phone="+39 02 5550 3318", idgen="codice_fiscale", cc="IT", name="Giulia Ferri"),
 "pt": dict(hi="Olá, não consigo acessar minha conta desde ontem.", pw="Minha senha é", order="O número do meu pedido é", err="O aplicativo mostra o código de erro", zip="CEP", thanks="Muito obrigada pela ajuda!", never="Por segurança, nunca pedimos sua senha nem códigos de verificação.", reset="Enviei um link de redefinição, válido por 30 minutos.", iban="Por favor, façam o reembolso para meu IBAN", card="Segue o número do meu cartão", otp="O código que recebi por SMS é", idn="Meu CPF é", late="Minha encomenda ainda não chegou, código de rastreio", agent="Atendente Beatriz", city="01310-100 São Paulo", phone="+55 11 5555-0142", idgen="cpf", cc="PT", name="Rafael Souza"),
 "nl": dict(hi="Hallo, ik kan sinds vanochtend niet meer inloggen.", pw="Mijn wachtwoord is", order="Mijn bestelnummer is", err="De app geeft foutcode", zip="postcode", thanks="Hartelijk dank voor de hulp!", never="Voor uw veiligheid vragen wij nooit naar uw wachtwoord of een eenmalige code.", reset="Ik heb u een resetlink gestuurd, die 30 minuten geldig is.", iban="Graag het bedrag terugstorten op mijn IBAN", card="Hier is mijn kaartnummer", otp="De code uit de sms is", idn="Mijn BSN is", late="Mijn pakket is nog niet aangekomen, trackingnummer", agent="Medewerker Sanne", city="3511 AB Utrecht", phone="+31 30 555 0187", idgen="bsn", cc="NL", name="Daan de Vries"),
 "pl": dict(hi="Dzień dobry, nie mogę zalogować się do konta.", pw="Moje hasło to", order="Mój numer zamówienia to", err="Aplikacja pokazuje kod błędu", zip="kod pocztowy", thanks="Bardzo dziękuję za pomoc!", never="Ze względów bezpieczeństwa nigdy nie prosimy o hasło ani kod jednorazowy.", reset="Wysłałam link do resetu hasła, ważny 30 minut.", iban="Proszę o zwrot na mój numer IBAN", card="Oto numer mojej karty", otp="Kod z SMS-a to", idn="Mój PESEL to", late="Paczka jeszcze nie dotarła, numer przesyłki", agent="Konsultantka Agnieszka", city="00-950 Warszawa", phone="+48 22 555 01 93", idgen="pesel", cc="PL", name="Tomasz Wójcik"),
 "sv": dict(hi="Hej, jag kan inte logga in på mitt konto längre.", pw="Mitt lösenord är", order="Mitt ordernummer är", err="Appen visar felkod", zip="postnummer", thanks="Tack så mycket för hjälpen!", never="Av säkerhetsskäl ber vi aldrig om ditt lösenord eller engångskoder.", reset="Jag har skickat en återställningslänk som gäller i 30 minuter.", iban="Var snäll och betala tillbaka till mitt IBAN", card="Här är mitt kortnummer", otp="Koden i sms:et är", idn="Mitt personnummer är", late="Mitt paket har inte kommit, spårningsnummer", agent="Handläggare Elin", city="114 55 Stockholm", phone="+46 8 555 012 34", idgen="personnummer", cc="SE", name="Oskar Lindqvist"),
 "fi": dict(hi="Hei, en pääse enää kirjautumaan tililleni.", pw="Salasanani on", order="Tilausnumeroni on", err="Sovellus näyttää virhekoodin", zip="postinumero", thanks="Kiitos paljon avusta!", never="Turvallisuussyistä emme koskaan kysy salasanaasi tai kertakäyttökoodia.", reset="Lähetin palautuslinkin, joka on voimassa 30 minuuttia.", iban="Palauttakaa rahat tililleni IBAN", card="Tässä korttini numero", otp="Tekstiviestin koodi on", idn="Henkilötunnukseni on", late="Pakettini ei ole vielä tullut, seurantanumero", agent="Asiakaspalvelija Aino", city="00100 Helsinki", phone="+358 9 5550 1234", idgen="hetu", cc="FI", name="Mikko Virtanen"),
 "da": dict(hi="Hej, jeg kan ikke logge ind på min konto.", pw="Min adgangskode er", order="Mit ordrenummer er", err="Appen viser fejlkode", zip="postnummer", thanks="Mange tak for hjælpen!", never="Af sikkerhedshensyn beder vi aldrig om din adgangskode eller engangskoder.", reset="Jeg har sendt et nulstillingslink, der gælder i 30 minutter.", iban="Venligst tilbagebetal til mit IBAN", card="Her er mit kortnummer", otp="Koden fra sms'en er", idn="Mit CPR-nummer er", late="Min pakke er ikke kommet, sporingsnummer", agent="Supporter Mette", city="2100 København Ø", phone="+45 55 50 12 34", idgen="cpr", cc="DK", name="Freja Nielsen"),
 "no": dict(hi="Hei, jeg får ikke logget inn på kontoen min.", pw="Passordet mitt er", order="Ordrenummeret mitt er", err="Appen viser feilkode", zip="postnummer", thanks="Tusen takk for hjelpen!", never="Av sikkerhetshensyn ber vi aldri om passordet ditt eller engangskoder.", reset="Jeg har sendt en tilbakestillingslenke som gjelder i 30 minutter.", iban="Vennligst tilbakebetal til min IBAN", card="Her er kortnummeret mitt", otp="Koden fra SMS-en er", idn="Fødselsnummeret mitt er", late="Pakken min har ikke kommet, sporingsnummer", agent="Kundebehandler Ingrid", city="0150 Oslo", phone="+47 555 01 234", idgen="fnr_no", cc="NO", name="Henrik Berg"),
 "tr": dict(hi="Merhaba, dünden beri hesabıma giriş yapamıyorum.", pw="Şifrem", order="Sipariş numaram", err="Uygulama hata kodu gösteriyor:", zip="posta kodu", thanks="Yardımınız için çok teşekkürler!", never="Güvenliğiniz için şifrenizi veya tek kullanımlık kodunuzu asla sormayız.", reset="Size 30 dakika geçerli bir sıfırlama bağlantısı gönderdim.", iban="Lütfen iadeyi şu IBAN'a yapın:", card="Kart numaram şu:", otp="SMS ile gelen kod", idn="TC kimlik numaram", late="Kargom hâlâ gelmedi, takip numarası", agent="Temsilci Elif", city="34710 Kadıköy/İstanbul", phone="+90 216 555 01 23", idgen="tckn", cc="TR", name="Emre Yılmaz"),
 "ru": dict(hi="Здравствуйте, не могу войти в личный кабинет.", pw="Мой пароль", order="Номер моего заказа", err="Приложение выдаёт код ошибки", zip="почтовый индекс", thanks="Спасибо большое за помощь!", never="В целях безопасности мы никогда не запрашиваем пароль или одноразовый код.", reset="Я отправила ссылку для сброса, она действует 30 минут.", iban="Пожалуйста, верните деньги на мой IBAN", card="Вот номер моей карты", otp="Код из СМС", idn="Мой СНИЛС", late="Посылка до сих пор не пришла, трек-номер", agent="Оператор Анна", city="101000 Москва", phone="+7 495 555-01-42", idgen="snils", cc="DE", name="Дмитрий Орлов"),
 "uk": dict(hi="Добрий день, не можу увійти до свого акаунта.", pw="Мій пароль", order="Номер мого замовлення", err="Застосунок показує код помилки", zip="поштовий індекс", thanks="Щиро дякую за допомогу!", never="З міркувань безпеки ми ніколи не просимо пароль чи одноразовий код.", reset="Я надіслала посилання для скидання, воно дійсне 30 хвилин.", iban="Прошу повернути кошти на мій IBAN", card="Ось номер моєї картки", otp="Код з СМС", idn="Мій РНОКПП (ІПН)", late="Посилка ще не прийшла, номер відстеження", agent="Оператор Оксана", city="01001 Київ", phone="+380 44 555 0123", idgen="rnokpp", cc="UA", name="Олена Коваленко"),
 "ja": dict(hi="こんにちは。昨日からアカウントにログインできません。", pw="パスワードは", order="注文番号は", err="アプリにエラーコードが表示されます：", zip="郵便番号", thanks="ご対応ありがとうございました！", never="セキュリティのため、パスワードやワンタイムコードをお伺いすることは一切ありません。", reset="再設定用リンクをお送りしました。有効期限は30分です。", iban="返金は次の口座（IBAN）にお願いします：", card="カード番号はこちらです：", otp="SMSで届いた認証コードは", idn="マイナンバーは", late="荷物がまだ届きません。追跡番号は", agent="担当 佐藤", city="〒150-0002 東京都渋谷区", phone="+81 3-5555-0123", idgen="mynumber", cc="DE", name="山田 花子"),
 "zh": dict(hi="你好，我从昨天开始就登录不了账户。", pw="我的密码是", order="我的订单号是", err="应用一直显示错误代码", zip="邮政编码", thanks="非常感谢你的帮助！", never="为了您的安全，我们绝不会索要您的密码或一次性验证码。", reset="我已发送重置链接，30分钟内有效。", iban="请把退款打到我的IBAN账户", card="这是我的卡号", otp="短信收到的验证码是", idn="我的身份证号是", late="我的包裹还没到，快递单号", agent="客服 小王", city="200120 上海市浦东新区", phone="+86 21 5555 0123", idgen="cn_id", cc="DE", name="李伟"),
 "ko": dict(hi="안녕하세요, 어제부터 계정에 로그인이 안 됩니다.", pw="제 비밀번호는", order="주문번호는", err="앱에 오류 코드가 표시됩니다:", zip="우편번호", thanks="도와주셔서 정말 감사합니다!", never="보안을 위해 비밀번호나 일회용 인증번호는 절대 요청하지 않습니다.", reset="30분 동안 유효한 재설정 링크를 보내드렸습니다.", iban="환불은 제 IBAN 계좌로 부탁드립니다:", card="카드 번호는 다음과 같습니다:", otp="문자로 받은 인증번호는", idn="제 주민등록번호는", late="택배가 아직 안 왔어요, 운송장 번호", agent="상담원 김지은", city="06236 서울 강남구", phone="+82 2-555-0123", idgen="kr_rrn", cc="DE", name="박민준"),
 "ar": dict(hi="مرحباً، لا أستطيع تسجيل الدخول إلى حسابي منذ الأمس.", pw="كلمة المرور الخاصة بي هي", order="رقم طلبي هو", err="التطبيق يعرض رمز الخطأ", zip="الرمز البريدي", thanks="شكراً جزيلاً على المساعدة!", never="حرصاً على أمانك، لن نطلب منك أبداً كلمة المرور أو رمز التحقق.", reset="أرسلت لك رابط إعادة التعيين وهو صالح لمدة 30 دقيقة.", iban="أرجو تحويل المبلغ المسترد إلى الآيبان الخاص بي", card="هذا رقم بطاقتي", otp="الرمز الذي وصلني في الرسالة هو", idn="رقم هويتي الوطنية هو", late="لم تصل شحنتي بعد، رقم التتبع", agent="الموظفة سارة", city="12271 الرياض", phone="+966 11 555 0123", idgen="saudi_id", cc="SA", name="عبدالله القحطاني"),
 "cs": dict(hi="Dobrý den, nemůžu se přihlásit ke svému účtu.", pw="Moje heslo je", order="Číslo mé objednávky je", err="Aplikace hlásí chybový kód", zip="PSČ", thanks="Moc děkuji za pomoc!", never="Z bezpečnostních důvodů nikdy nežádáme heslo ani jednorázový kód.", reset="Poslala jsem vám odkaz pro obnovení, platí 30 minut.", iban="Prosím vraťte peníze na můj IBAN", card="Tady je číslo mé karty", otp="Kód z SMS je", idn="Moje rodné číslo je", late="Balík ještě nedorazil, číslo zásilky", agent="Operátorka Petra", city="110 00 Praha 1", phone="+420 255 501 234", idgen="rodne", cc="CZ", name="Jakub Novák"),
 "el": dict(hi="Γεια σας, δεν μπορώ να συνδεθώ στον λογαριασμό μου.", pw="Ο κωδικός πρόσβασής μου είναι", order="Ο αριθμός παραγγελίας μου είναι", err="Η εφαρμογή δείχνει κωδικό σφάλματος", zip="ταχυδρομικός κώδικας", thanks="Ευχαριστώ πολύ για τη βοήθεια!", never="Για την ασφάλειά σας δεν ζητάμε ποτέ τον κωδικό σας ή κωδικούς μίας χρήσης.", reset="Σας έστειλα σύνδεσμο επαναφοράς που ισχύει 30 λεπτά.", iban="Παρακαλώ επιστρέψτε τα χρήματα στο IBAN μου", card="Ορίστε ο αριθμός της κάρτας μου", otp="Ο κωδικός από το SMS είναι", idn="Ο ΑΜΚΑ μου είναι", late="Το δέμα μου δεν έχει φτάσει, αριθμός αποστολής", agent="Υπάλληλος Μαρία", city="105 57 Αθήνα", phone="+30 21 0555 0123", idgen="amka", cc="GR", name="Νίκος Παπαδόπουλος"),
 "he": dict(hi="שלום, אני לא מצליח להתחבר לחשבון שלי.", pw="הסיסמה שלי היא", order="מספר ההזמנה שלי הוא", err="האפליקציה מציגה קוד שגיאה", zip="מיקוד", thanks="תודה רבה על העזרה!", never="לביטחונך, לעולם לא נבקש את הסיסמה או קוד חד-פעמי.", reset="שלחתי קישור לאיפוס שתקף ל-30 דקות.", iban="נא להחזיר את הכסף ל-IBAN שלי", card="זה מספר הכרטיס שלי", otp="הקוד שקיבלתי ב-SMS הוא", idn="מספר תעודת הזהות שלי", late="החבילה שלי עוד לא הגיעה, מספר מעקב", agent="נציגה נועה", city="6100101 תל אביב", phone="+972 3-555-0123", idgen="il_id", cc="IL", name="יוסי כהן"),
 "hi": dict(hi="नमस्ते, मैं कल से अपने खाते में लॉग इन नहीं कर पा रहा हूँ।", pw="मेरा पासवर्ड है", order="मेरा ऑर्डर नंबर है", err="ऐप में त्रुटि कोड दिख रहा है", zip="पिन कोड", thanks="मदद के लिए बहुत धन्यवाद!", never="आपकी सुरक्षा के लिए हम कभी भी आपका पासवर्ड या OTP नहीं माँगते।", reset="मैंने रीसेट लिंक भेज दिया है, यह 30 मिनट तक मान्य है।", iban="कृपया रिफंड मेरे IBAN पर भेजें", card="यह मेरा कार्ड नंबर है", otp="SMS में आया OTP है", idn="मेरा पैन नंबर है", late="मेरा पार्सल अभी तक नहीं आया, ट्रैकिंग नंबर", agent="एजेंट प्रिया", city="560001 बेंगलुरु", phone="+91 80 5550 1234", idgen="pan", cc="AE", name="राहुल शर्मा"),
 "vi": dict(hi="Xin chào, tôi không đăng nhập được vào tài khoản.", pw="Mật khẩu của tôi là", order="Mã đơn hàng của tôi là", err="Ứng dụng báo mã lỗi", zip="mã bưu chính", thanks="Cảm ơn bạn rất nhiều!", never="Vì an toàn của bạn, chúng tôi không bao giờ hỏi mật khẩu hay mã OTP.", reset="Tôi đã gửi liên kết đặt lại, có hiệu lực trong 30 phút.", iban="Vui lòng hoàn tiền vào IBAN của tôi", card="Đây là số thẻ của tôi", otp="Mã OTP trong tin nhắn là", idn="Số CCCD của tôi là", late="Gói hàng của tôi chưa đến, mã vận đơn", agent="Nhân viên Lan", city="700000 TP. Hồ Chí Minh", phone="+84 28 5555 0123", idgen="cccd", cc="DE", name="Nguyễn Văn An"),
}


def pan():
    return ch(_string.ascii_uppercase, 3) + "P" + ch(_string.ascii_uppercase, 1) + dig(4) + ch(_string.ascii_uppercase, 1)


def cccd():
    return "0" + f"{_r.randint(1, 96):02d}" + str(_r.randint(0, 3)) + f"{_r.randint(60, 99):02d}" + dig(6)


def national_id(lang):
    return globals()[L[lang]["idgen"]]()


LANGS = list(L.keys())


def order_no():
    return pick([f"#{_r.randint(100000, 999999)}", f"ORD-{_r.randint(2024, 2026)}-{dig(6)}", f"{dig(3)}-{dig(7)}-{dig(7)}", f"A{up(9)}"])


def tracking():
    return pick([f"1Z{up(6)}{dig(10)}", f"JJD{dig(18)}", f"00340434{dig(12)}", f"LX{dig(9)}DE", f"{dig(12)}", f"RR{dig(9)}CN"])


def err_code():
    return pick(["E1024", "0x80070005", "ERR_CONNECTION_RESET", "503", "AUTH-4017", "E-2211", "0xC004F074", "PAY_402_DECLINED", "1009"])


def mask_card():
    return pick(["•••• •••• •••• ", "**** **** **** ", "XXXX-XXXX-XXXX-", "ending in "]) + dig(4)


def mask_iban(cc):
    return f"{cc}{dig(2)} **** **** **** {dig(4)}"

# =============================================================== SECRETS
def _sec_coding():
    # 1 printenv with AWS secret among innocuous vars
    for _ in range(5):
        ak, sk = aws_akid(), aws_secret()
        t = f"""$ printenv | grep -E 'AWS|PATH|HOME|NODE|CI_' | sort
AWS_ACCESS_KEY_ID={ak}
AWS_DEFAULT_REGION={pick(['eu-central-1', 'us-east-1', 'ap-southeast-2'])}
AWS_SECRET_ACCESS_KEY={sk}
CI_COMMIT_SHA={sha1()}
CI_PIPELINE_ID={_r.randint(100000, 999999)}
HOME=/home/runner
NODE_VERSION={ver()}
PATH=/usr/local/bin:/usr/bin:/bin
$ aws sts get-caller-identity
{{
    "UserId": "AIDA{up(17)}",
    "Account": "{acct()}",
    "Arn": "arn:aws:iam::{acct()}:user/ci-deployer"
}}
Agent: credentials are picked up from the environment; continuing with `terraform init`."""
        _S("terminal", "en", "printenv-aws", t, sk)
    # 2 .env file with DB password
    for _ in range(5):
        pw = password()
        host = pick(["db.internal", "pg-prod-1.cluster-c9x.eu-west-1.rds.amazonaws.com", "10.2.0.14", "postgres"])
        t = f"""$ cat .env
# local overrides - do not commit
APP_ENV=staging
LOG_LEVEL=debug
DATABASE_URL=postgresql://app_rw:{pw}@{host}:5432/orders
REDIS_URL=redis://cache:6379/0
SENTRY_DSN=
FEATURE_FLAGS=checkout_v2,new_search
REQUEST_TIMEOUT_MS=15000
$ python manage.py migrate --plan | head -5
Planned operations:
orders.0041_add_refund_reason
    Add field refund_reason to order
orders.0042_index_created_at
    Create index orders_created_at_idx on field(s) created_at of model order"""
        _S("terminal", "en", "dotenv-dburl", t, pw)
    # 3 git remote with token
    for _ in range(5):
        tok = pick([gh_pat, gh_fine, glpat])()
        host = "gitlab.com" if tok.startswith("glpat") else "github.com"
        user = "oauth2" if host == "gitlab.com" else "x-access-token"
        t = f"""$ git remote -v
origin	https://{user}:{tok}@{host}/acme-platform/billing-service.git (fetch)
origin	https://{user}:{tok}@{host}/acme-platform/billing-service.git (push)
$ git push origin feature/refund-webhooks
Enumerating objects: {_r.randint(10, 60)}, done.
Counting objects: 100% (31/31), done.
Delta compression using up to 8 threads
Writing objects: 100% (18/18), 4.21 KiB | 4.21 MiB/s, done.
To https://{host}/acme-platform/billing-service.git
   {sha1()[:7]}..{sha1()[:7]}  feature/refund-webhooks -> feature/refund-webhooks"""
        _S("git", "en", "remote-token", t, tok)
    # 4 npmrc
    for _ in range(4):
        tok = npm_tok()
        t = f"""$ cat ~/.npmrc
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken={tok}
always-auth=true
$ npm publish --access public
npm notice
npm notice 📦  @acme/ui-tokens@{ver()}
npm notice === Tarball Details ===
npm notice package size:  18.3 kB
npm notice unpacked size: 71.0 kB
npm notice shasum:        {sha1()}
npm notice integrity:     sha512-{b64bytes(48)[:40]}[...]{b64bytes(6)[:6]}==
npm notice total files:   42
+ @acme/ui-tokens@{ver()}"""
        _S("package", "en", "npmrc-token", t, tok)
    # 5 curl with bearer LLM key
    for i in range(6):
        key = [openai_key, anthropic_key][i % 2]()
        if key.startswith("sk-ant"):
            url, hdr, model = "https://api.anthropic.com/v1/messages", f"-H 'x-api-key: {key}' -H 'anthropic-version: 2023-06-01'", "claude-sonnet-4-5"
        else:
            url, hdr, model = "https://api.openai.com/v1/chat/completions", f"-H 'Authorization: Bearer {key}'", "gpt-4o-mini"
        rid = "req_" + an(24)
        t = f"""$ curl -sS {url} \\
    {hdr} \\
    -H 'content-type: application/json' \\
    -d '{{"model":"{model}","max_tokens":256,"messages":[{{"role":"user","content":"ping"}}]}}'
{{"id":"msg_{an(24)}","type":"message","model":"{model}","content":[{{"type":"text","text":"pong"}}],"stop_reason":"end_turn","usage":{{"input_tokens":{_r.randint(8, 20)},"output_tokens":{_r.randint(2, 6)}}}}}
# x-request-id: {rid}
Agent: the key works; next I'll wire it into the retry wrapper in llm_client.py."""
        _S("terminal", "en", "curl-llm-key", t, key)
    # 6 kubectl secret decode
    for _ in range(5):
        pw = password()
        enc = _b64.b64encode(pw.encode()).decode()
        ns = pick(["payments", "default", "analytics", "auth"])
        t = f"""$ kubectl -n {ns} get secret db-credentials -o yaml
apiVersion: v1
data:
  password: {enc}
  username: {_b64.b64encode(b'app').decode()}
kind: Secret
metadata:
  creationTimestamp: "{ts()}"
  name: db-credentials
  namespace: {ns}
  resourceVersion: "{_r.randint(1000000, 9999999)}"
  uid: {uuid()}
type: Opaque
$ kubectl -n {ns} get secret db-credentials -o jsonpath='{{.data.password}}' | base64 -d
{pw}
Agent: password matches what the app logs say it tried, so the auth failure is not a credential mismatch."""
        _S("kubectl", "en", "secret-decoded", t, pw)
    # 7 terraform output leaking
    for _ in range(4):
        pw = password()
        t = f"""$ terraform output -json
{{
  "db_endpoint": {{"sensitive": false, "type": "string", "value": "orders-prod.c{hexs(10)}.eu-west-1.rds.amazonaws.com:5432"}},
  "db_master_password": {{"sensitive": true, "type": "string", "value": "{pw}"}},
  "vpc_id": {{"sensitive": false, "type": "string", "value": "vpc-0{hexs(16)}"}},
  "kms_key_arn": {{"sensitive": false, "type": "string", "value": "arn:aws:kms:eu-west-1:{acct()}:key/{uuid()}"}}
}}
Agent: -json prints sensitive values in clear text. I'll mark this in the PR and switch the pipeline to `terraform output db_endpoint` only."""
        _S("terraform", "en", "output-json", t, pw)
    # 8 stack trace with DSN password
    for _ in range(5):
        pw = password()
        t = f"""Traceback (most recent call last):
  File "/srv/app/worker.py", line {_r.randint(20, 300)}, in run
    conn = psycopg.connect(dsn, connect_timeout=5)
  File "/usr/local/lib/python3.11/site-packages/psycopg/connection.py", line 728, in connect
    raise ex.with_traceback(None)
psycopg.OperationalError: connection failed: connection to server at "{ip()}", port 5432 failed: timeout expired
dsn was: host={ip()} port=5432 dbname=ledger user=ledger_writer password={pw} sslmode=require
[worker-{hexs(5)}] job={uuid()} attempt=3/5 backoff=8s trace_id={hexs(32)}"""
        _S("stacktrace", "en", "dsn-password", t, pw)
    # 9 config yaml webhook / sendgrid
    for i in range(5):
        val = [slack_hook, sendgrid, discord_hook][i % 3]()
        key = {0: "slack_webhook_url", 1: "sendgrid_api_key", 2: "discord_webhook"}[i % 3]
        t = f"""$ cat deploy/values-prod.yaml
replicaCount: 3
image:
  repository: ghcr.io/acme/notifier
  tag: "{ver()}"
  digest: sha256:{sha256()}
resources:
  limits: {{cpu: 500m, memory: 512Mi}}
notifications:
  enabled: true
  {key}: "{val}"
  default_channel: "#deploys"
podAnnotations:
  checksum/config: {sha256()}
Agent: the chart reads notifications.* straight from values; I'll move it into an ExternalSecret."""
        _S("config", "en", "values-yaml", t, val)
    # 10 diff in code review with hardcoded key, comments in languages
    comments = {"de": "# TODO: vor dem Merge in den Vault verschieben", "fr": "# À déplacer dans le coffre avant la fusion", "es": "# Mover al gestor de secretos antes del merge", "pl": "# Przenieść do menedżera sekretów przed scaleniem", "ja": "# マージ前にシークレットマネージャへ移す", "zh": "# 合并前移到密钥管理服务", "pt": "# Mover para o cofre antes do merge", "tr": "# Birleştirmeden önce kasaya taşı", "ru": "# Перед слиянием перенести в хранилище секретов"}
    for lang, cmt in comments.items():
        key = pick([stripe_sk, stripe_rk, shopify, do_tok])()
        t = f"""diff --git a/services/payments/client.py b/services/payments/client.py
index {sha1()[:7]}..{sha1()[:7]} 100644
--- a/services/payments/client.py
+++ b/services/payments/client.py
@@ -12,7 +12,8 @@ import httpx
 from .retry import backoff
 
-API_KEY = os.environ["PAYMENTS_API_KEY"]
+{cmt}
+API_KEY = "{key}"
 TIMEOUT = httpx.Timeout(10.0, connect=3.0)
 
 def charge(amount_cents: int, currency: str, idempotency_key: str):
Review comment (bot): hard-coded credential on line 16; please revert to the environment lookup."""
        _S("code-review", lang, "hardcoded-key", t, key)
    # 11 CI log echoing token
    for _ in range(4):
        tok = pick([glpat, gh_pat, pypi_tok])()
        t = f"""Running with gitlab-runner 17.{_r.randint(0, 9)}.0 ({hexs(8)})
  on docker-runner-{_r.randint(1, 9)} {an(8)}
Preparing environment
Getting source from Git repository
Checking out {sha1()[:8]} as detached HEAD (ref is main)...
$ echo "debug: using token $RELEASE_TOKEN"
debug: using token {tok}
$ ./scripts/release.sh --tag v{ver()}
Created release v{ver()} (id {_r.randint(1000000, 9999999)})
Uploading artifacts for successful job
artifacts.zip sha256={sha256()}
Job succeeded"""
        _S("ci-log", "en", "echoed-token", t, tok)
    # 12 pip private index with credentials
    for _ in range(4):
        pw = pick([password, lambda: an(32)])()
        t = f"""$ pip install --index-url https://deploy-bot:{pw}@pypi.acme-internal.net/simple acme-ml-utils=={ver()}
Looking in indexes: https://deploy-bot:****@pypi.acme-internal.net/simple
Collecting acme-ml-utils=={ver()}
  Downloading https://pypi.acme-internal.net/packages/acme_ml_utils-{ver()}-py3-none-any.whl (84 kB)
Requirement already satisfied: numpy>=1.26 in ./.venv/lib/python3.11/site-packages (from acme-ml-utils) (1.26.4)
Collecting tenacity>=8.2 (from acme-ml-utils)
  Using cached tenacity-8.5.0-py3-none-any.whl.metadata (1.2 kB)
Installing collected packages: tenacity, acme-ml-utils
Successfully installed acme-ml-utils-{ver()} tenacity-8.5.0"""
        _S("package", "en", "pip-index-cred", t, pw)
    # 13 ssh private key
    for _ in range(4):
        key = pem_private(pick(["OPENSSH", "PKCS8"]))
        t = f"""$ ls -la ~/.ssh
-rw-------  1 dev dev  {_r.randint(400, 3300)} {pick(['Mar', 'Jun', 'Oct'])} {_r.randint(1, 28)} 10:12 id_ed25519
-rw-r--r--  1 dev dev   {_r.randint(90, 110)} Mar  3 10:12 id_ed25519.pub
-rw-r--r--  1 dev dev  {_r.randint(1000, 3000)} Nov 20 08:41 known_hosts
$ cat ~/.ssh/id_ed25519
{key}
Agent: that was the private key, not the .pub; I should not have printed it. Continuing with `cat ~/.ssh/id_ed25519.pub` to add the deploy key."""
        _S("terminal", "en", "private-key", t, key)
    # 14 JWT in request log
    for _ in range(4):
        tok = jwt(pick(["svc-reporting", "u_" + dig(6), "admin@acme.io"]))
        t = f"""{ts()} INFO  http.request method=GET path=/api/v2/reports/{_r.randint(100, 999)} status=200 duration_ms={_r.randint(10, 900)}
  request_id={uuid()} client_ip={ip()} user_agent="python-httpx/0.27.0"
  headers={{"accept": "application/json", "authorization": "Bearer {tok}", "x-trace-id": "{hexs(32)}"}}
{ts()} WARN  cache.miss key=report:{sha1()[:16]} ttl=300
Agent: the access log middleware dumps the full Authorization header; filing a fix."""
        _S("log", "en", "jwt-header", t, tok)
    # 15 azure storage conn string
    for _ in range(4):
        k = azure_key()
        t = f"""$ az storage account show-connection-string -g rg-data-prod -n stdataprod{dig(3)} -o tsv
DefaultEndpointsProtocol=https;AccountName=stdataprod{dig(3)};AccountKey={k};EndpointSuffix=core.windows.net
$ az storage container list --connection-string "$CONN" -o table
Name           Lease Status    Last Modified
-------------  --------------  -------------------------
raw-events     unlocked        {ts()}
curated        unlocked        {ts()}
Subscription: {uuid()}  Tenant: {uuid()}"""
        _S("cloud-cli", "en", "azure-conn", t, k)
    # 16 Google key in JS
    for _ in range(4):
        k = google_key()
        t = f"""// src/firebase.ts
import {{ initializeApp }} from "firebase/app";

const firebaseConfig = {{
  apiKey: "{k}",
  authDomain: "acme-shop-{dig(4)}.firebaseapp.com",
  projectId: "acme-shop-{dig(4)}",
  storageBucket: "acme-shop-{dig(4)}.appspot.com",
  messagingSenderId: "{dig(12)}",
  appId: "1:{dig(12)}:web:{hexs(22)}",
}};

export const app = initializeApp(firebaseConfig);
Agent: build passes; `vite build` emitted dist/assets/index-{hexs(8)}.js (212.4 kB)."""
        _S("code", "en", "google-key", t, k)
    # 17 HF token in notebook
    for _ in range(4):
        tok = hf_tok()
        t = f"""In [3]: from huggingface_hub import login
        login(token="{tok}")
Token is valid (permission: write).
Your token has been saved to /root/.cache/huggingface/token
Login successful
In [4]: from datasets import load_dataset
        ds = load_dataset("acme/support-tickets-v3", split="train[:2%]")
Downloading data: 100%|██████████| 48.2M/48.2M [00:03<00:00, 13.9MB/s]
Generating train split: 41873 examples [00:01, 29871.44 examples/s]
In [5]: len(ds), ds.features["label"].num_classes
Out[5]: (838, 12)"""
        _S("notebook", "en", "hf-login", t, tok)
    # 18 telegram bot
    for lang, cm in [("ru", "# токен бота от BotFather"), ("uk", "# токен бота з BotFather"), ("vi", "# token bot lấy từ BotFather")]:
        tok = telegram()
        t = f"""$ cat bot/main.py
import logging
from telegram.ext import Application, CommandHandler

{cm}
TOKEN = "{tok}"

async def start(update, context):
    await update.message.reply_text("Привет! / Hi!")

app = Application.builder().token(TOKEN).build()
app.add_handler(CommandHandler("start", start))
app.run_polling()
$ python bot/main.py
{ts()} INFO httpx: HTTP Request: POST https://api.telegram.org/bot***/getMe "HTTP/1.1 200 OK"
{ts()} INFO telegram.ext.Application: Application started"""
        _S("code", lang, "telegram-token", t, tok)
    # 19 helm --set password
    for _ in range(4):
        pw = password()
        t = f"""$ helm upgrade --install keycloak bitnami/keycloak -n auth \\
    --version {_r.randint(18, 24)}.{_r.randint(0, 9)}.{_r.randint(0, 9)} \\
    --set auth.adminUser=admin \\
    --set auth.adminPassword='{pw}' \\
    --set postgresql.enabled=true
Release "keycloak" has been upgraded. Happy Helming!
NAME: keycloak
LAST DEPLOYED: {pick(['Mon', 'Tue', 'Wed', 'Thu'])} Dec  {_r.randint(1, 7)} 06:{_r.randint(10, 59)}:{_r.randint(10, 59)} 2026
NAMESPACE: auth
STATUS: deployed
REVISION: {_r.randint(2, 30)}
CHART NAME: keycloak
APP VERSION: {_r.randint(22, 26)}.0.{_r.randint(0, 9)}"""
        _S("helm", "en", "set-password", t, pw)
    # 20 twilio / datadog in env export
    for _ in range(3):
        tok = twilio_tok()
        t = f"""$ export TWILIO_ACCOUNT_SID=AC{hexs(32)}
$ export TWILIO_AUTH_TOKEN={tok}
$ python scripts/send_test_sms.py --to +15555550142
Sending test SMS via messaging service MG{hexs(32)}
Message queued: sid=SM{hexs(32)} status=queued price=None
Agent: SMS queued. I'll remove the export lines from the runbook since they put the auth token in shell history."""
        _S("terminal", "en", "twilio-token", t, tok)


def _sec_data():
    for _ in range(4):
        pw = password()
        t = f"""-- migration 2026_12_{_r.randint(1, 7):02d}_reporting_role.sql
BEGIN;
CREATE ROLE reporting_ro WITH LOGIN PASSWORD '{pw}' VALID UNTIL '2027-06-30';
GRANT CONNECT ON DATABASE analytics TO reporting_ro;
GRANT USAGE ON SCHEMA mart TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA mart TO reporting_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA mart GRANT SELECT ON TABLES TO reporting_ro;
COMMIT;
psql:2026_12_reporting_role.sql:7: NOTICE:  role "reporting_ro" created
Query returned successfully in {_r.randint(40, 400)} msec."""
        _S("sql", "en", "create-role", t, pw)
    for _ in range(4):
        pw = password()
        t = f"""In [1]: import snowflake.connector, pandas as pd
In [2]: conn = snowflake.connector.connect(
            account="{ch(_string.ascii_lowercase, 7)}-{ch(_string.ascii_lowercase, 2)}{dig(5)}",
            user="ANALYST_BOT",
            password="{pw}",
            warehouse="WH_XS", database="SALES", schema="MART")
In [3]: df = pd.read_sql("SELECT region, SUM(net_revenue) rev FROM orders_daily WHERE order_date >= '2026-11-01' GROUP BY 1", conn)
In [4]: df
Out[4]:
  REGION        REV
0   EMEA  1843920.55
1   AMER  2977104.10
2   APAC   911238.47
query_id: 01b{hexs(5)}-0000-{hexs(4)}-0000-{hexs(12)}"""
        _S("notebook", "en", "snowflake-password", t, pw)
    for _ in range(4):
        c = card(spaced=False)
        rows = "\n".join(f"{_r.randint(100000, 999999)},{ts()},{pick(['EUR', 'USD', 'GBP'])},{_r.randint(5, 900)}.{dig(2)},{mask_card().replace(',', '')},{pick(['captured', 'refunded', 'failed'])}" for _ in range(3))
        t = f"""$ head -6 exports/payments_2026-11.csv
payment_id,created_at,currency,amount,card,status
{rows}
{_r.randint(100000, 999999)},{ts()},EUR,{_r.randint(5, 900)}.{dig(2)},{c},captured
{_r.randint(100000, 999999)},{ts()},USD,{_r.randint(5, 900)}.{dig(2)},{mask_card()},captured
Agent: row 5 has an unmasked PAN from the legacy gateway import; flagging it and excluding the column from the extract."""
        _S("csv", "en", "unmasked-pan", t, c)
    for lang in ["de", "es", "fr"]:
        pw = password()
        t = f"""In [7]: # {dict(de='Verbindung zum Data Warehouse', es='Conexión al almacén de datos', fr='Connexion à l’entrepôt de données')[lang]}
        engine = create_engine("mysql+pymysql://bi_user:{pw}@warehouse.{lang}.acme.local:3306/dwh")
In [8]: pd.read_sql("SELECT COUNT(*) AS n, MAX(updated_at) AS last FROM fact_sales", engine)
Out[8]:
         n                 last
0  {_r.randint(1000000, 9999999)}  2026-12-06 23:59:12
In [9]: %timeit -n1 -r1 pd.read_sql("SELECT * FROM dim_store", engine)
812 ms ± 0 ns per loop (mean ± std. dev. of 1 run, 1 loop each)"""
        _S("notebook", lang, "sqlalchemy-url", t, pw)

def _sec_office():
    langs = LANGS
    # card in checkout form (browser agent)
    FORM_LBL = {"de": ("Kartennummer", "Gültig bis", "Karteninhaber", "Jetzt kaufen"), "fr": ("Numéro de carte", "Expiration", "Titulaire", "Payer"), "es": ("Número de tarjeta", "Caducidad", "Titular", "Pagar"), "it": ("Numero carta", "Scadenza", "Titolare", "Paga ora"), "pl": ("Numer karty", "Ważna do", "Posiadacz karty", "Zapłać"), "nl": ("Kaartnummer", "Vervaldatum", "Kaarthouder", "Betalen"), "ja": ("カード番号", "有効期限", "カード名義", "購入する"), "ko": ("카드 번호", "유효기간", "카드 소유자", "결제하기"), "tr": ("Kart numarası", "Son kullanma", "Kart sahibi", "Öde"), "sv": ("Kortnummer", "Giltigt till", "Kortinnehavare", "Betala"), "pt": ("Número do cartão", "Validade", "Nome no cartão", "Pagar"), "cs": ("Číslo karty", "Platnost", "Držitel karty", "Zaplatit")}
    for lang, (lc, le, lh, lb) in FORM_LBL.items():
        c = card()
        d = L[lang]
        t = f"""[browser] navigate https://shop.example-{lang}.com/checkout/{uuid()}
[browser] page title: Checkout – step 3/3
[agent] filling payment form for order {order_no()} (total {_r.randint(20, 400)},{dig(2)} EUR)
  type  input#cc-number      "{c}"      ({lc})
  type  input#cc-exp         "{_r.randint(1, 12):02d}/{_r.randint(27, 31)}"   ({le})
  type  input#cc-name        "{d['name']}"  ({lh})
  type  input#postal         "{d['city'].split(' ')[0]}"
  click button[type=submit]  "{lb}"
[browser] 3-D Secure challenge shown in iframe acs.{pick(['visa', 'mastercard', 'amex'])}-3ds.example/{hexs(16)}
[agent] waiting for the user to approve in the banking app; session_id={hexs(24)}"""
        _S("form", lang, "checkout-card", t, c)
    # bank transfer IBAN
    BANK = {"de": ("Überweisung", "Empfänger", "Verwendungszweck", "Betrag"), "fr": ("Virement", "Bénéficiaire", "Motif", "Montant"), "es": ("Transferencia", "Beneficiario", "Concepto", "Importe"), "it": ("Bonifico", "Beneficiario", "Causale", "Importo"), "nl": ("Overboeking", "Begunstigde", "Omschrijving", "Bedrag"), "pl": ("Przelew", "Odbiorca", "Tytuł", "Kwota"), "fi": ("Tilisiirto", "Saaja", "Viesti", "Summa"), "da": ("Overførsel", "Modtager", "Tekst", "Beløb"), "no": ("Overføring", "Mottaker", "Melding", "Beløp"), "cs": ("Platba", "Příjemce", "Zpráva", "Částka"), "el": ("Μεταφορά", "Δικαιούχος", "Αιτιολογία", "Ποσό"), "tr": ("Havale", "Alıcı", "Açıklama", "Tutar"), "ar": ("تحويل", "المستفيد", "البيان", "المبلغ"), "he": ("העברה", "מוטב", "תיאור", "סכום")}
    for lang, (lt, lr, lp, la) in BANK.items():
        cc = L[lang]["cc"]
        ib = iban(cc)
        t = f"""[browser] https://online.bank-{lang}.example/transfers/new  (session {hexs(16)})
[agent] {lt} — filling the form from the invoice PDF (invoice no. INV-{_r.randint(2025, 2026)}-{dig(5)})
  {lr}: {pick(['Nordlicht Solar GmbH', 'Atelier Moreau SARL', 'Kowalski Serwis Sp. z o.o.', 'Helios Trading', 'Studio Bianchi'])}
  IBAN: {ib}
  BIC: {up(4)}{cc}{up(2)}
  {la}: {_r.randint(100, 9000)},{dig(2)} EUR
  {lp}: INV-{dig(5)} / {d8 if (d8 := dig(8)) else ''}
[browser] button "{lt}" clicked → confirmation screen, transaction ref TRX{dig(12)}
[agent] waiting for push-TAN approval on the user's phone (request id {uuid()})"""
        _S("bank", lang, "transfer-iban", t, ib)
    # government portal national ID
    GOV = {"de": "ELSTER – Einkommensteuererklärung 2025, Anlage Person", "fr": "impots.gouv.fr – Déclaration de revenus, Assuré social", "es": "Sede electrónica AEAT – Cita previa, Datos del solicitante", "it": "Agenzia delle Entrate – Dichiarazione precompilata, Anagrafica", "pt": "gov.br – Receita Federal, Dados do contribuinte", "nl": "Mijn Belastingdienst – Aangifte, Persoonsgegevens", "pl": "e-Urząd Skarbowy – PIT-37, Dane podatnika", "sv": "Skatteverket – Inkomstdeklaration, Uppgifter", "fi": "OmaVero – Veroilmoitus, Henkilötiedot", "da": "TastSelv Skat – Årsopgørelse, Personoplysninger", "no": "Skatteetaten – Skattemelding, Personalia", "tr": "e-Devlet – Adres Bilgisi Sorgulama, Kimlik", "ru": "Госуслуги – Заявление, Личные данные", "ja": "マイナポータル – 申請フォーム、本人情報", "zh": "国家政务服务平台 – 实名认证，个人信息", "ko": "정부24 – 민원 신청, 신청인 정보", "cs": "Daňová informační schránka – Přiznání, Údaje poplatníka", "el": "gov.gr – Αίτηση, Στοιχεία πολίτη", "he": "gov.il – טופס בקשה, פרטים אישיים", "hi": "Income Tax e-Filing – ITR-1, Personal Information"}
    for lang, page in GOV.items():
        d = L[lang]
        nid = national_id(lang)
        t = f"""[browser] page loaded: {page}
[browser] url: https://portal.{lang}.gov.example/forms/{uuid()}?step=2
[agent] form fields detected: name, national id, date of birth, address, phone
[agent] filling from the user's profile notes:
  name      = {d['name']}
  id        = {nid}    ({d['idn']})
  address   = {d['city']}
  phone     = {d['phone']}
[browser] validation ok — reference number {up(3)}-{dig(8)} assigned, draft saved at {hm()}
[agent] next: upload payslip PDF (payslip_2025_12.pdf, {_r.randint(80, 400)} KB, sha256 {sha256()[:16]}…)"""
        _S("gov-portal", lang, "national-id", t, nid)
    # emails with OTP or temporary password
    MAIL = {"en": ("Your verification code", "Use this code to finish signing in:", "It expires in 10 minutes. If you didn't request it, ignore this email."), "de": ("Ihr Bestätigungscode", "Verwenden Sie diesen Code, um die Anmeldung abzuschließen:", "Der Code läuft in 10 Minuten ab."), "fr": ("Votre code de vérification", "Saisissez ce code pour terminer la connexion :", "Il expire dans 10 minutes."), "es": ("Tu código de verificación", "Introduce este código para iniciar sesión:", "Caduca en 10 minutos."), "it": ("Il tuo codice di verifica", "Inserisci questo codice per completare l'accesso:", "Scade tra 10 minuti."), "pl": ("Twój kod weryfikacyjny", "Wpisz ten kod, aby dokończyć logowanie:", "Kod wygaśnie za 10 minut."), "ja": ("確認コードのお知らせ", "ログインを完了するには次のコードを入力してください：", "このコードは10分間有効です。"), "zh": ("您的验证码", "请输入以下验证码完成登录：", "验证码10分钟内有效。"), "ko": ("인증 코드 안내", "로그인을 완료하려면 다음 코드를 입력하세요:", "이 코드는 10분 후 만료됩니다."), "tr": ("Doğrulama kodunuz", "Girişi tamamlamak için bu kodu kullanın:", "Kod 10 dakika içinde geçersiz olur."), "pt": ("Seu código de verificação", "Use este código para concluir o login:", "Ele expira em 10 minutos."), "nl": ("Je verificatiecode", "Gebruik deze code om in te loggen:", "De code verloopt over 10 minuten.")}
    for lang, (subj, body, exp) in MAIL.items():
        code = otp()
        t = f"""[mail] inbox item {_r.randint(1000, 9999)} of {_r.randint(10000, 20000)}
From: no-reply@accounts.{pick(['acme-cloud', 'travelhub', 'shopnet'])}.example
To: {pick(['m.keller', 'assistant.ops', 'j.silva'])}@company.example
Date: Mon, 7 Dec 2026 {hm()}:{dig(2)} +0000
Message-ID: <{hexs(24)}@mail.example>
Subject: {subj}

{body}

    {code}

{exp}
Ref: {uuid()} · Device: Chrome 131 on macOS · IP {ip()}
[agent] copying the code into the login form at https://accounts.example/verify?flow={hexs(12)}"""
        _S("email", lang, "otp-code", t, code)
    # temp password mails
    for lang, intro in [("en", "Your temporary password for the partner portal is"), ("de", "Ihr vorläufiges Passwort für das Partnerportal lautet"), ("fr", "Votre mot de passe provisoire pour le portail partenaires est"), ("es", "Su contraseña temporal para el portal de socios es"), ("sv", "Ditt tillfälliga lösenord till partnerportalen är"), ("it", "La password temporanea per il portale partner è")]:
        pw = password()
        t = f"""[mail] opened message from it-servicedesk@partner.example (ticket SD-{dig(6)})
Subject: Account provisioning / {dict(en='welcome', de='Willkommen', fr='bienvenue', es='bienvenida', sv='välkommen', it='benvenuto')[lang]}
---
{intro}: {pw}
User: {pick(['ext_rmoreno', 'ext_kvogel', 'ext_jsilva'])}  ·  Portal: https://partners.example/login  ·  Tenant ID {uuid()}
---
[agent] logging in with the temporary password, then the portal will force a change. Calendar invite for onboarding call on {_r.randint(8, 18)} Dec, meeting ID {dig(3)} {dig(4)} {dig(4)}."""
        _S("email", lang, "temp-password", t, pw)


def _sec_support():
    # customer shares password in chat
    for lang in ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "ru", "ja", "zh", "ko", "ar", "hi", "vi", "uk"]:
        d = L[lang]
        pw = password()
        t = f"""Ticket #{_r.randint(100000, 999999)} · channel: web chat · lang: {lang} · priority: normal
[{hm()}] customer: {d['hi']}
[{hm()}] {d['agent']}: {d['never']}
[{hm()}] customer: {d['pw']} {pw} — {d['err']} {err_code()}.
[{hm()}] {d['agent']}: {d['reset']}
[{hm()}] customer: {d['thanks']}
[system] tags: login-issue, account-lock · session {uuid()} · CSAT pending"""
        _S("support-chat", lang, "password-shared", t, pw)
    # identity verification with national ID
    for lang in ["de", "es", "it", "pl", "nl", "sv", "fi", "tr", "zh", "ko", "cs", "pt"]:
        d = L[lang]
        nid = national_id(lang)
        t = f"""Ticket #{_r.randint(100000, 999999)} · KYC re-verification · lang: {lang}
[{hm()}] customer: {d['hi']}
[{hm()}] {d['agent']}: ok — {d['never']}
[{hm()}] customer: {d['idn']} {nid}. {d['order']} {order_no()}, {d['zip']} {d['city'].split(' ')[0]}.
[{hm()}] agent (internal note): identity matched against CRM record {uuid()}; account unlocked, audit log entry {hexs(12)}.
[{hm()}] customer: {d['thanks']}"""
        _S("support-chat", lang, "id-verification", t, nid)
    # card number shared in chat
    for lang in ["en", "de", "fr", "es", "it", "ja", "ar", "el", "he"]:
        d = L.get(lang, dict(hi="Hi, my subscription renewal failed.", card="Here's my card number", thanks="Thanks!", agent="Agent Sam", err="The app shows error code", order="My order number is"))
        c = card()
        t = f"""Conversation {uuid()} · WhatsApp Business · lang: {lang}
[{hm()}] customer: {d['hi']}
[{hm()}] {d['agent']}: {d.get('never', 'We never need your full card number in chat.')}
[{hm()}] customer: {d['card']}: {c} exp {_r.randint(1, 12):02d}/{_r.randint(27, 31)}. {d['err']} {pick(['PAY_402_DECLINED', 'E1024', '05'])}.
[{hm()}] {d['agent']}: (internal) message redaction requested, payment retried via secure link pay.example/l/{an(10)}
[{hm()}] customer: {d['thanks']}"""
        _S("support-chat", lang, "card-shared", t, c)
    # OTP relayed to agent
    for lang in ["de", "es", "pl", "ru", "hi", "vi", "tr"]:
        d = L[lang]
        code = otp()
        t = f"""Ticket #{_r.randint(100000, 999999)} · phone callback transcript (auto-transcribed) · lang: {lang}
[{hm()}] customer: {d['hi']}
[{hm()}] {d['agent']}: {d['reset']}
[{hm()}] customer: {d['otp']} {code}. {d['order']} {order_no()}.
[{hm()}] {d['agent']}: {d['never']}
[{hm()}] system: call duration 06:{_r.randint(10, 59)}, recording id rec_{hexs(20)}, queue latency {_r.randint(20, 300)} s"""
        _S("support-call", lang, "otp-relayed", t, code)
    # IBAN in chat
    for lang in ["de", "fr", "nl", "it", "es", "pl"]:
        d = L[lang]
        ib = iban(d["cc"])
        t = f"""Ticket #{_r.randint(100000, 999999)} · refund request · lang: {lang}
[{hm()}] customer: {d['late']} {tracking()}.
[{hm()}] {d['agent']}: {d['order']}?
[{hm()}] customer: {order_no()}. {d['iban']}: {ib}. {d['thanks']}
[{hm()}] agent (internal): refund {_r.randint(10, 300)},{dig(2)} EUR approved, case REF-{dig(7)}, carrier claim {up(10)}"""
        _S("support-chat", lang, "iban-refund", t, ib)


def _sec_ops():
    for _ in range(4):
        key = pick([aws_secret, gh_pat, slack_bot, stripe_sk])()
        t = f"""INCIDENT INC-{_r.randint(1000, 9999)} — credential exposed in public repo (SEV-2)
{hm()} UTC  GitHub secret-scanning alert #{_r.randint(10, 400)} on acme/website, commit {sha1()}
{hm()} UTC  on-call (@r.okafor) confirms the leaked value in config/legacy.yml:
            token: {key}
{hm()} UTC  value revoked in provider console; new credential issued (key id kid_{hexs(12)}), stored in Vault path secret/web/legacy
{hm()} UTC  CloudTrail / audit log reviewed for {_r.randint(2, 30)} h window — no foreign use detected
{hm()} UTC  history rewrite scheduled; postmortem doc PM-{dig(4)} assigned to platform team"""
        _S("incident", "en", "leaked-key-timeline", t, key)
    for _ in range(3):
        hook = slack_hook()
        t = f"""alertmanager.yml (rendered by the agent for review)
route:
  receiver: sre-pager
  group_by: [alertname, cluster]
  group_wait: 30s
  repeat_interval: 4h
receivers:
- name: sre-pager
  slack_configs:
  - api_url: {hook}
    channel: '#sre-alerts'
    title: '[{{{{ .Status | toUpper }}}}] {{{{ .CommonLabels.alertname }}}}'
  pagerduty_configs:
  - routing_key_file: /etc/alertmanager/secrets/pd-routing-key
Config checksum sha256:{sha256()} — amtool check-config: SUCCESS"""
        _S("alerting", "en", "slack-webhook", t, hook)
    for _ in range(3):
        pw = password()
        t = f"""apiVersion: 1
datasources:
  - name: Prometheus-prod
    type: prometheus
    uid: {an(9)}
    url: https://prom.internal.acme.net
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: "{pw}"
    jsonData:
      httpMethod: POST
      timeInterval: 15s
# provisioned by ops-agent at {ts()}; dashboard uid {an(9)} reloaded, panels=24, version={_r.randint(2, 90)}"""
        _S("dashboard", "en", "grafana-basic-auth", t, pw)
    for lang, line in [("de", "Notfallzugang für den DB-Cluster (bitte nach dem Incident rotieren)"), ("ja", "障害対応用の一時的な管理者パスワード（対応後にローテーション）"), ("es", "Acceso de emergencia al clúster (rotar después del incidente)")]:
        pw = password()
        t = f"""#incident-{_r.randint(1000, 9999)} Slack export
[{hm()}] pagerduty-bot: TRIGGERED db-primary-replication-lag > 300s (cluster pg-eu-2, alert id {dig(7)})
[{hm()}] @ops-lead: {line}: user `breakglass` / `{pw}`
[{hm()}] @sre-agent: connected, replica lag now {_r.randint(5, 300)}s, WAL position {hexs(1).upper()}/{hexs(8).upper()}
[{hm()}] pagerduty-bot: RESOLVED after 00:{_r.randint(10, 59)}:{_r.randint(10, 59)}"""
        _S("incident", lang, "breakglass-password", t, pw)


_sec_coding()
_sec_data()
_sec_office()
_sec_support()
_sec_ops()

# =============================================================== INNOCENT
def _inn_coding():
    # pip install with hashes (lockfile)
    for _ in range(6):
        pk = [(n, ver()) for n in _r.sample(["requests", "urllib3", "certifi", "idna", "charset-normalizer", "pydantic", "httpx", "anyio", "sniffio", "h11"], 4)]
        lines = "\n".join(f"{n}=={v} \\\n    --hash=sha256:{sha256()} \\\n    --hash=sha256:{sha256()}" for n, v in pk)
        t = f"""$ cat requirements.lock | head -20
# This file is autogenerated by pip-compile with Python 3.11
#    pip-compile --generate-hashes requirements.in
{lines}
$ pip install --require-hashes -r requirements.lock
Successfully installed {' '.join(f'{n}-{v}' for n, v in pk)}"""
        _I("package", "en", "pip-hashes", t)
    # npm lock integrity
    for _ in range(5):
        ents = "\n".join(f'''    "node_modules/{n}": {{
      "version": "{ver()}",
      "resolved": "https://registry.npmjs.org/{n}/-/{n}-{ver()}.tgz",
      "integrity": "sha512-{b64bytes(64)}",
      "license": "MIT"
    }},''' for n in _r.sample(["lodash", "chalk", "semver", "debug", "ms", "picocolors", "nanoid", "zod"], 3))
        t = f"""$ git diff package-lock.json | head -30
   "lockfileVersion": 3,
   "packages": {{
{ents}
$ npm ci
added {_r.randint(200, 1400)} packages, and audited {_r.randint(200, 1400)} packages in {_r.randint(3, 40)}s
found 0 vulnerabilities"""
        _I("package", "en", "npm-integrity", t)
    # git log
    for _ in range(6):
        commits = "\n".join(f"{sha1()} {pick(['fix', 'feat', 'chore', 'refactor'])}: {pick(['rotate signing key reference to kid-2026-12', 'remove hard-coded token from tests', 'bump cryptography to 43.0.3', 'add password strength meter', 'read API key from env instead of config', 'add OTP retry limit (max 5 attempts)'])}" for _ in range(5))
        t = f"""$ git log --pretty=oneline -5
{commits}
$ git show --stat HEAD | head -6
commit {sha1()}
Merge: {sha1()[:9]} {sha1()[:9]}
Author: Dev Bot <bot@users.noreply.github.com>
Date:   Sun Dec 6 {hm()}:11 2026 +0000
Signed-off-by: GPG key ID {hexs(16).upper()}"""
        _I("git", "en", "git-log", t)
    # docker build/push digests
    for _ in range(6):
        t = f"""$ docker buildx build --platform linux/amd64,linux/arm64 -t ghcr.io/acme/api:{ver()} --push .
#1 [internal] load build definition from Dockerfile
#5 [base 1/4] FROM docker.io/library/python:3.11-slim@sha256:{sha256()}
#5 resolve docker.io/library/python:3.11-slim@sha256:{sha256()} done
#9 [stage-1 3/4] RUN pip install --no-cache-dir -r requirements.lock
#9 CACHED
#12 exporting manifest sha256:{sha256()} done
#12 exporting config sha256:{sha256()} done
#12 pushing layers {_r.randint(2, 9)}.{dig(1)}s done
#12 pushing manifest for ghcr.io/acme/api:{ver()}@sha256:{sha256()}
$ docker ps --format '{{{{.ID}}}} {{{{.Image}}}} {{{{.Status}}}}'
{hexs(12)} ghcr.io/acme/api:{ver()} Up {_r.randint(2, 59)} minutes (healthy)"""
        _I("docker", "en", "buildx-digests", t)
    # kubectl describe
    for _ in range(6):
        pod = f"checkout-{hexs(10)}-{ch(_string.ascii_lowercase + _string.digits, 5)}"
        t = f"""$ kubectl -n shop describe pod {pod} | sed -n 1,22p
Name:             {pod}
Namespace:        shop
Node:             ip-{ip().replace('.', '-')}.eu-west-1.compute.internal
Labels:           app=checkout pod-template-hash={hexs(10)}
Annotations:      checksum/secret: {sha256()}
Status:           Running
Controlled By:    ReplicaSet/checkout-{hexs(10)}
Containers:
  app:
    Container ID:   containerd://{sha256()}
    Image:          ghcr.io/acme/checkout@sha256:{sha256()}
    Environment:
      STRIPE_API_KEY:   <set to the key 'stripe-api-key' in secret 'checkout-secrets'>  Optional: false
      DB_PASSWORD:      <set to the key 'password' in secret 'db-credentials'>  Optional: false
      OTEL_SERVICE_NAME: checkout
Events:
  Normal  Pulled  2m  kubelet  Successfully pulled image in 1.204s (1.204s including waiting)"""
        _I("kubectl", "en", "describe-pod", t)
    # terraform apply
    for _ in range(6):
        a = acct()
        t = f"""$ terraform apply -auto-approve
aws_kms_key.data: Refreshing state... [id={uuid()}]
aws_vpc.main: Refreshing state... [id=vpc-0{hexs(16)}]
aws_security_group.db: Modifying... [id=sg-0{hexs(16)}]
aws_security_group.db: Modifications complete after 1s [id=sg-0{hexs(16)}]
aws_secretsmanager_secret.db: Creation complete after 0s [id=arn:aws:secretsmanager:eu-west-1:{a}:secret:prod/db/password-{an(6)}]
aws_iam_access_key.ci: Creation complete after 1s [id=AKIA{ch('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}]
Apply complete! Resources: 2 added, 1 changed, 0 destroyed.
Outputs:
db_password = <sensitive>
ci_secret_access_key = <sensitive>
kms_key_arn = "arn:aws:kms:eu-west-1:{a}:key/{uuid()}"
instance_ids = ["i-0{hexs(16)}", "i-0{hexs(16)}"]"""
        # note: AKIA id without its secret is an identifier; kept out to avoid ambiguity
        t = t.replace(t[t.index("aws_iam_access_key"):t.index("Apply complete")], "")
        _I("terraform", "en", "apply-ids", t)
    # aws cli json
    for _ in range(6):
        a = acct()
        t = f"""$ aws secretsmanager describe-secret --secret-id prod/api/stripe
{{
    "ARN": "arn:aws:secretsmanager:us-east-1:{a}:secret:prod/api/stripe-{an(6)}",
    "Name": "prod/api/stripe",
    "KmsKeyId": "arn:aws:kms:us-east-1:{a}:key/{uuid()}",
    "RotationEnabled": true,
    "RotationLambdaARN": "arn:aws:lambda:us-east-1:{a}:function:rotate-stripe-key",
    "RotationRules": {{"AutomaticallyAfterDays": 90}},
    "LastRotatedDate": "2026-11-{_r.randint(1, 30):02d}T03:00:{dig(2)}+00:00",
    "NextRotationDate": "2027-02-{_r.randint(1, 28):02d}T23:59:59+00:00",
    "VersionIdsToStages": {{"{uuid()}": ["AWSCURRENT"], "{uuid()}": ["AWSPREVIOUS"]}}
}}
RequestId: {uuid()}"""
        _I("cloud-cli", "en", "describe-secret", t)
    # pytest
    for _ in range(6):
        t = f"""$ pytest tests/test_tokenizer.py -q
..........F....
=================================== FAILURES ===================================
____________________ test_token_count_matches_reference _____________________
    def test_token_count_matches_reference():
        text = load_fixture("long_doc.txt")
>       assert count_tokens(text) == {_r.randint(1000, 9000)}
E       AssertionError: assert {_r.randint(1000, 9000)} == {_r.randint(1000, 9000)}
E        +  where count = count_tokens('Lorem ipsum…')
tests/test_tokenizer.py:{_r.randint(10, 200)}: AssertionError
------------------------------ Captured log call -------------------------------
INFO  tokenizer: vocab sha256={sha256()} max_tokens=8192 key=cl100k_base
=========================== short test summary info ============================
FAILED tests/test_tokenizer.py::test_token_count_matches_reference
1 failed, 14 passed in {_r.randint(1, 9)}.{dig(2)}s"""
        _I("test-run", "en", "pytest-token-count", t)
    # stack traces with request ids
    for _ in range(5):
        t = f"""{ts()} ERROR [{uuid()}] Unhandled exception in POST /v1/payments
Traceback (most recent call last):
  File "/app/api/payments.py", line {_r.randint(30, 400)}, in create_payment
    resp = client.payment_intents.create(amount=amount, currency="eur", idempotency_key=idem)
  File "/app/.venv/lib/python3.11/site-packages/stripe/_api_requestor.py", line 197, in request
    raise err
stripe.error.CardError: Request req_{an(14)}: Your card was declined. (decline_code=insufficient_funds)
  payment_intent=pi_{an(24)} customer=cus_{an(14)} charge=ch_{an(24)}
  idempotency_key={uuid()} card=visa ****{dig(4)} api_key=sk_live_...{an(4)} (masked)
trace_id={hexs(32)} span_id={hexs(16)}"""
        _I("stacktrace", "en", "stripe-declined", t)
    # code reading env
    for lang, cmt in [("en", "# read credentials from the environment; never log them"), ("de", "# Zugangsdaten aus der Umgebung lesen, niemals loggen"), ("fr", "# lire les identifiants depuis l'environnement"), ("ja", "# 認証情報は環境変数から読み込む（ログに出さない）"), ("pl", "# dane logowania z ENV, nie logować"), ("ko", "# 자격 증명은 환경 변수에서 읽음"), ("pt", "# ler credenciais do ambiente, nunca registrar em log")]:
        t = f"""diff --git a/app/settings.py b/app/settings.py
@@ -1,9 +1,14 @@
 import os
+{cmt}
+DATABASE_PASSWORD = os.environ["DATABASE_PASSWORD"]
+OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
+STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
+JWT_SIGNING_KEY = read_secret("/run/secrets/jwt_signing_key")
+if not OPENAI_API_KEY:
+    raise RuntimeError("OPENAI_API_KEY is not set; see docs/setup.md#api-keys")
 MAX_TOKENS = int(os.getenv("MAX_TOKENS", "4096"))
 SESSION_COOKIE_NAME = "sid"
 PASSWORD_MIN_LENGTH = 12
Reviewer: LGTM — secrets now come from env / docker secrets. Commit {sha1()[:10]}."""
        _I("code-review", lang, "env-lookup", t)
    # config with placeholders
    for _ in range(5):
        t = f"""# .env.example — copy to .env and fill in real values
APP_ENV=development
DATABASE_URL=postgresql://app:${{POSTGRES_PASSWORD}}@localhost:5432/app
OPENAI_API_KEY=sk-your-key-here
ANTHROPIC_API_KEY=<your-anthropic-api-key>
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
GITHUB_TOKEN=${{{{ secrets.GITHUB_TOKEN }}}}
AWS_SECRET_ACCESS_KEY=changeme
SMTP_PASSWORD=
JWT_SECRET=please-generate-with-openssl-rand-hex-32
# build {_r.randint(1000, 9999)} · template rev {sha1()[:7]} · last reviewed 2026-{_r.randint(1, 11):02d}-{_r.randint(1, 28):02d}"""
        _I("config", "en", "env-example", t)
    # ssh-keygen
    for _ in range(5):
        pub = "AAAAC3NzaC1lZDI1NTE5AAAAI" + b64bytes(32)[:43]
        t = f"""$ ssh-keygen -t ed25519 -C "deploy@ci-runner-{_r.randint(1, 9)}" -f ./deploy_key -N ""
Generating public/private ed25519 key pair.
Your identification has been saved in ./deploy_key
Your public key has been saved in ./deploy_key.pub
The key fingerprint is:
SHA256:{b64bytes(32)[:43]} deploy@ci-runner
The key's randomart image is:
+--[ED25519 256]--+
|      .o+=*B*o.  |
|       .oo+=o=   |
+----[SHA256]-----+
$ cat deploy_key.pub
ssh-ed25519 {pub} deploy@ci-runner
$ gh repo deploy-key add deploy_key.pub --title ci-{dig(4)}
✓ Deploy key added to acme/infra (id {dig(8)})"""
        _I("terminal", "en", "ssh-keygen-public", t)
    # JSON API response with object ids
    for _ in range(6):
        t = _json.dumps({"id": "pi_" + an(24), "object": "payment_intent", "amount": _r.randint(100, 90000), "currency": "eur", "customer": "cus_" + an(14), "latest_charge": "ch_" + an(24), "payment_method": {"id": "pm_" + an(24), "card": {"brand": "visa", "last4": dig(4), "exp_month": _r.randint(1, 12), "exp_year": 2029, "fingerprint": an(16)}}, "status": "succeeded", "metadata": {"order_id": order_no(), "cart_hash": sha256()}, "request_id": "req_" + an(14), "livemode": True}, indent=2)
        t = "GET /v1/payment_intents → 200 OK (x-request-id: " + uuid() + ")\n" + t + "\nAgent: payment succeeded; marking order as paid."
        _I("api-response", "en", "payment-intent", t)
    # code review on rotation without values
    for _ in range(5):
        t = f"""PR #{_r.randint(100, 9999)} "Rotate webhook signing secret" — review thread
@maria: The old secret should stay valid for 24h so in-flight retries still verify. Can we keep both in the verifier?
@agent: Done in {sha1()[:8]}: verifier now loads `WEBHOOK_SECRET_CURRENT` and `WEBHOOK_SECRET_PREVIOUS` from Secrets Manager (versions AWSCURRENT/AWSPREVIOUS), no values in the repo.
@maria: Rotation date in the runbook says 2026-12-{_r.randint(10, 28)}; key id stays `whsec-prod-v{_r.randint(3, 9)}`.
@agent: Updated. Also the password policy test now checks min length 12 and the OTP limit of 5 attempts per 15 minutes.
CI: build #{_r.randint(10000, 99999)} passed, coverage 87.{dig(1)}%, artifact sha256:{sha256()[:20]}…"""
        _I("code-review", "en", "rotation-discussion", t)
    # blockchain tx
    for _ in range(4):
        t = f"""$ cast receipt 0x{hexs(64)}
blockHash            0x{hexs(64)}
blockNumber          {_r.randint(18000000, 22000000)}
from                 0x{hexs(40)}
to                   0x{hexs(40)}
gasUsed              {_r.randint(21000, 300000)}
effectiveGasPrice    {_r.randint(5, 60)}{dig(9)}
status               1 (success)
logs                 [{{"address":"0x{hexs(40)}","topics":["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef","0x000000000000000000000000{hexs(40)}"],"data":"0x{hexs(64)}"}}]
Agent: transfer confirmed on-chain; explorer link etherscan.io/tx/0x{hexs(64)}"""
        _I("terminal", "en", "tx-receipt", t)
    # CI logs with cache keys/build ids
    for _ in range(6):
        t = f"""Run actions/cache@v4
  with:
    path: ~/.cache/pip
    key: Linux-pip-{sha256()}
Cache restored from key: Linux-pip-{sha256()}
Run actions/checkout@{sha1()}
Syncing repository: acme/api
Run ./ci/build.sh
BUILD_ID={uuid()}  GITHUB_RUN_ID={dig(11)}  GITHUB_SHA={sha1()}
Using secrets: AWS_ROLE_ARN=*** NPM_TOKEN=*** (masked by runner)
Built wheel acme_api-{ver()}-py3-none-any.whl sha256={sha256()}
Uploaded artifact 'dist' (id {dig(10)}, {_r.randint(100, 900)} KB)"""
        _I("ci-log", "en", "cache-and-build", t)
    # version pin diffs
    for _ in range(5):
        a, b = ver(), ver()
        t = f"""diff --git a/pyproject.toml b/pyproject.toml
@@ -18,9 +18,9 @@ dependencies = [
-    "cryptography=={a}",
+    "cryptography=={b}",  # pin: CVE-2026-{dig(5)} fixed upstream
     "pyjwt>=2.8,<3",
-    "keyring=={ver()}",
+    "keyring=={ver()}",
 ]
Agent: pinned versions updated, `uv lock` regenerated (uv.lock hash {sha256()[:16]}), 214 tests pass.
Note: pin the Node toolchain too: .nvmrc → 20.18.1; PIN in Renovate: `"pinDigests": true`."""
        _I("code-review", "en", "version-pin", t)
    # TLS cert output
    for _ in range(4):
        t = f"""$ openssl s_client -connect api.example.com:443 -servername api.example.com </dev/null 2>/dev/null | openssl x509 -noout -serial -fingerprint -sha256 -dates -pubkey
serial={hexs(32).upper()}
sha256 Fingerprint={':'.join(hexs(2).upper() for _ in range(32))}
notBefore=Oct {_r.randint(1, 28)} 00:00:00 2026 GMT
notAfter=Jan {_r.randint(1, 28)} 23:59:59 2027 GMT
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE{b64bytes(48)[:28]}
{b64bytes(36)[:36]}==
-----END PUBLIC KEY-----
Agent: certificate is valid for 90 more days; renewal cron in cert-manager is healthy."""
        _I("terminal", "en", "tls-cert", t)
    # API key listing (metadata only)
    for _ in range(5):
        rows = "\n".join(f"key_{an(20)}  {pick(['prod-ingest', 'staging-ci', 'analytics-ro', 'support-bot'])}  sk-...{an(4)}  created 2026-{_r.randint(1, 11):02d}-{_r.randint(1, 28):02d}  last used {_r.randint(1, 59)} min ago  tokens(30d)={_r.randint(10000, 9000000)}" for _ in range(4))
        t = f"""$ acmectl api-keys list --org org_{an(12)}
ID                         NAME          REDACTED    CREATED             USAGE
{rows}
Agent: the `staging-ci` key hasn't been rotated since spring; the policy says rotate every 90 days. I'll open a ticket rather than touching it."""
        _I("cloud-cli", "en", "api-key-list", t)

def _inn_data():
    for _ in range(6):
        t = f"""analytics=> SELECT user_id, email_sha256, password_hash IS NOT NULL AS has_pw, last_login
analytics-> FROM mart.dim_user WHERE signup_date >= DATE '2026-11-01' ORDER BY user_id LIMIT 4;
 user_id |                          email_sha256                            | has_pw |      last_login
---------+------------------------------------------------------------------+--------+---------------------
""" + "\n".join(f"  {_r.randint(100000, 999999)} | {sha256()} | {pick(['t', 'f'])}      | 2026-12-0{_r.randint(1, 6)} {hm()}:{dig(2)}" for _ in range(4)) + f"""
(4 rows)
Time: {_r.randint(5, 900)}.{dig(3)} ms
-- primary key dim_user_pkey (user_id); session key column dropped in migration {dig(14)}"""
        _I("sql", "en", "hashed-columns", t)
    for _ in range(5):
        t = f"""In [12]: run = client.runs.retrieve("run_{an(24)}")
In [13]: run.usage
Out[13]: Usage(prompt_tokens={_r.randint(1000, 90000)}, completion_tokens={_r.randint(100, 9000)}, total_tokens={_r.randint(2000, 99000)})
In [14]: df.groupby("model")["total_tokens"].sum()
Out[14]:
model
claude-haiku-4-5     {_r.randint(100000, 9999999)}
gpt-4o-mini          {_r.randint(100000, 9999999)}
Name: total_tokens, dtype: int64
In [15]: experiment_id, dataset_version = "{uuid()}", "v{_r.randint(2, 9)}-{hexs(8)}"
Note: API keys are loaded from the notebook's secret store (kernel env), nothing printed."""
        _I("notebook", "en", "token-usage", t)
    for lang, hdr in [("de", "Bestellnr;Datum;PLZ;Ort;Telefon;Sendungsnr;Betrag"), ("fr", "commande;date;code_postal;ville;téléphone;suivi;montant"), ("es", "pedido;fecha;cp;ciudad;teléfono;seguimiento;importe"), ("pl", "zamówienie;data;kod_pocztowy;miasto;telefon;przesyłka;kwota"), ("it", "ordine;data;cap;città;telefono;tracking;importo")]:
        d = L[lang]
        rows = "\n".join(f"{order_no()};2026-11-{_r.randint(1, 30):02d};{d['city'].split(' ')[0]};{' '.join(d['city'].split(' ')[1:])};{d['phone']};{tracking()};{_r.randint(5, 500)},{dig(2)}" for _ in range(5))
        t = f"""$ head -6 export_{lang}_orders.csv
{hdr}
{rows}
Agent: 5 rows previewed; {_r.randint(1000, 90000)} total. Payment columns are already tokenised upstream (tok_…), so the extract only carries order, shipping and phone data."""
        _I("csv", lang, "orders-extract", t)


def _inn_office():
    # tracking pages
    TRK = {"de": "Sendungsverfolgung – Ihre Sendung wurde zugestellt", "fr": "Suivi de colis – Votre colis est en cours de livraison", "es": "Seguimiento – Su envío está en reparto", "it": "Tracciamento – Spedizione in consegna", "pl": "Śledzenie przesyłki – Przesyłka w doręczeniu", "nl": "Track & Trace – Uw pakket is onderweg", "ja": "配送状況 – お荷物は配達中です", "zh": "物流跟踪 – 您的包裹正在派送", "ko": "배송 조회 – 배송 중입니다", "tr": "Kargo takibi – Gönderiniz dağıtımda", "sv": "Spåra paket – Ditt paket är på väg", "ar": "تتبع الشحنة – شحنتك قيد التوصيل"}
    for lang, head in TRK.items():
        d = L[lang]
        t = f"""[browser] GET https://track.{pick(['dhl', 'ups', 'gls', 'dpd', 'postnl'])}.example/{tracking()}
[page] {head}
  {d['late'].split(',')[-1].strip()}: {tracking()}
  {d['order']} {order_no()}
  {d['zip']}: {d['city']}
  2026-12-0{_r.randint(1, 6)} {hm()}  Hub {up(3)}-{dig(2)}  scan id {dig(14)}
  2026-12-0{_r.randint(1, 6)} {hm()}  {d['city'].split(' ', 1)[-1]}
  Kontakt / contact: {d['phone']}
[agent] status extracted; ETA stored in the user's notes, nothing else to do."""
        _I("web-page", lang, "parcel-tracking", t)
    # forms with masked values
    for lang in ["de", "fr", "es", "it", "nl", "pl", "sv", "fi", "ja", "ko", "cs", "el"]:
        d = L[lang]
        t = f"""[browser] https://account.{lang}.store.example/settings/payment  (page {uuid()})
[agent] reading saved details before updating the shipping address
  {d['card']}: {mask_card()}  (Visa, exp 0{_r.randint(1, 9)}/29)
  IBAN: {mask_iban(d['cc'])}
  {d['zip']}: {d['city']}
  Tel.: {d['phone']}
  {d['pw'].rstrip(':')}: ••••••••••  [{pick(['Change', 'Ändern', 'Modifier', 'Cambiar'])}]
[agent] updated address only; confirmation banner: "OK – ref {up(2)}{dig(8)}". No payment data was touched."""
        _I("form", lang, "masked-profile", t)
    # calendar / email
    CAL = {"en": "Quarterly security review: password policy and key rotation plan", "de": "Sicherheitsreview: Passwortrichtlinie und Schlüsselrotation", "fr": "Revue sécurité : politique de mots de passe et rotation des clés", "es": "Revisión de seguridad: política de contraseñas y rotación de claves", "ja": "セキュリティレビュー：パスワードポリシーと鍵ローテーション", "pt": "Revisão de segurança: política de senhas e rotação de chaves", "it": "Revisione sicurezza: policy password e rotazione chiavi", "nl": "Securityreview: wachtwoordbeleid en sleutelrotatie", "hi": "सुरक्षा समीक्षा: पासवर्ड नीति और कुंजी रोटेशन"}
    for lang, subj in CAL.items():
        t = f"""[calendar] event {hexs(26)}@google.com
Title: {subj}
When: Tue 15 Dec 2026 {hm()}–{hm()} (Europe/Berlin)
Organizer: security-team@company.example
Join: https://meet.example.com/{ch(_string.ascii_lowercase, 3)}-{ch(_string.ascii_lowercase, 4)}-{ch(_string.ascii_lowercase, 3)}
Meeting ID: {dig(3)} {dig(4)} {dig(4)} · Dial-in: +1 555 0{dig(3)} {dig(4)}
Agenda: 1) MFA rollout (TOTP + passkeys) 2) rotate KMS key alias/prod-data on 2026-12-31 3) PIN reset flow for kiosks 4) review of secret-scanning alerts #{_r.randint(10, 99)}–#{_r.randint(100, 200)}
Attachments: rotation-plan.pdf (Drive id 1{b64u(32)})
[agent] accepted on behalf of the user; added to the notes with the meeting link."""
        _I("calendar", lang, "security-meeting", t)
    # invoices
    INV = {"de": ("Rechnung", "USt-IdNr.", "Kundennummer", "Zahlbar bis"), "fr": ("Facture", "N° TVA", "N° client", "Échéance"), "es": ("Factura", "NIF-IVA", "N.º cliente", "Vencimiento"), "it": ("Fattura", "P. IVA", "Codice cliente", "Scadenza"), "nl": ("Factuur", "btw-nummer", "Klantnummer", "Vervaldatum"), "pl": ("Faktura VAT", "NIP", "Nr klienta", "Termin płatności"), "pt": ("Fatura", "NIF", "N.º cliente", "Vencimento"), "sv": ("Faktura", "Momsreg.nr", "Kundnummer", "Förfallodag"), "da": ("Faktura", "CVR", "Kundenummer", "Forfaldsdato"), "cs": ("Faktura", "DIČ", "Číslo zákazníka", "Splatnost")}
    for lang, (li, lv, lk, ld) in INV.items():
        t = f"""[pdf] invoice_{dig(8)}.pdf (2 pages, sha1 {sha1()})
{li} {dig(4)}-{dig(6)}  ·  {lk} {dig(7)}  ·  {lv} {L[lang]['cc']}{dig(9)}
{_r.randint(1, 40)} × Cloud hosting plan M          {_r.randint(10, 90)},00
   1 × Support add-on (ticket SUP-{dig(5)})        {_r.randint(10, 90)},00
{ld}: 2026-12-{_r.randint(10, 31)}   ·   IBAN {mask_iban(L[lang]['cc'])}
Payment reference / {li}: RF{dig(2)} {dig(4)} {dig(4)} {dig(4)}
[agent] invoice total {_r.randint(100, 3000)},{dig(2)} EUR recorded in the expense sheet row {_r.randint(2, 300)}; paid by card {mask_card()} via autopay, nothing to transfer."""
        _I("invoice", lang, "invoice-summary", t)
    # bookings
    BOOK = {"en": "Booking confirmed", "de": "Buchung bestätigt", "fr": "Réservation confirmée", "es": "Reserva confirmada", "it": "Prenotazione confermata", "ja": "予約が確定しました", "zh": "预订已确认", "ko": "예약이 확정되었습니다", "tr": "Rezervasyon onaylandı", "no": "Bestilling bekreftet", "el": "Η κράτηση επιβεβαιώθηκε", "he": "ההזמנה אושרה"}
    for lang, h in BOOK.items():
        t = f"""[mail] From: noreply@{pick(['airline', 'rail', 'hotels'])}.example  Subject: {h} – {up(6)}
PNR / booking reference: {ch('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6)}
E-ticket: {dig(3)}-{dig(10)}
Flight {up(2)}{_r.randint(100, 9999)}  {pick(['FRA', 'CDG', 'MAD', 'HND', 'ICN', 'IST'])} → {pick(['LIS', 'WAW', 'OSL', 'ATH', 'TLV', 'JFK'])}  seat {_r.randint(1, 40)}{pick('ABCDEF')}
Frequent flyer no.: {dig(3)}{'*' * 5}{dig(2)}
Hotel confirmation: {dig(10)} · PIN for room self check-in is sent on arrival day
Baggage tag numbers will appear in the app. Customer service: {L[lang]['phone'] if lang in L else '+1 555 0100'}
[agent] added the trip to the user's calendar (event {hexs(20)})"""
        _I("booking", lang, "travel-confirmation", t)
    # gov reference numbers
    for lang in ["de", "fr", "es", "pl", "nl", "it", "ja", "sv"]:
        d = L[lang]
        t = f"""[browser] portal.{lang}.gov.example — application status
[page] application / reference: {up(2)}-{_r.randint(2025, 2026)}-{dig(7)}
  status: in review (step 3 of 5) · submitted 2026-11-{_r.randint(1, 30):02d}
  receipt no. {dig(12)} · payment ref {up(3)}{dig(9)}
  {d['zip']}: {d['city']} · {d['phone']}
  document checksum: {sha256()}
[agent] status noted. The portal asks for the login PIN only via the ID card reader app; the agent did not enter anything."""
        _I("gov-portal", lang, "application-status", t)
    # bank with masked account / txn refs
    for lang in ["de", "fr", "es", "it", "nl", "pl", "fi", "da", "no", "tr"]:
        d = L[lang]
        rows = "\n".join(f"  2026-12-0{_r.randint(1, 6)}  {pick(['SEPA', 'Card', 'Direct debit'])}  ref {up(4)}{dig(10)}  -{_r.randint(5, 900)},{dig(2)}" for _ in range(4))
        t = f"""[browser] https://online.bank-{lang}.example/accounts  (session {hexs(16)})
Account {mask_iban(d['cc'])} · balance {_r.randint(100, 20000)},{dig(2)} EUR
{rows}
Card {mask_card()} · limit {_r.randint(1, 9)}000 EUR · status active
[agent] exported the statement as CSV (file id {uuid()}); login used the bank's app approval, no TAN or password typed by the agent."""
        _I("bank", lang, "statement-masked", t)


def _inn_support():
    for lang in LANGS:
        d = L[lang]
        t = f"""Ticket #{_r.randint(100000, 999999)} · channel: email · lang: {lang} · SLA 8h
[{hm()}] customer: {d['hi']} {d['err']} {err_code()}.
[{hm()}] {d['agent']}: {d['never']} {d['reset']}
[{hm()}] customer: {d['order']} {order_no()}. {d['late']} {tracking()}. {d['zip']}: {d['city']}.
[{hm()}] {d['agent']}: OK — {d['thanks'].rstrip('!')}. Tel: {d['phone']}
[system] merged with #{_r.randint(100000, 999999)} · macro "login-help-v{_r.randint(2, 9)}" · session {uuid()} · request id {hexs(16)}"""
        _I("support-chat", lang, "order-and-error", t)


def _inn_ops():
    for _ in range(6):
        t = f"""INCIDENT INC-{_r.randint(1000, 9999)} — elevated 5xx on checkout (SEV-2)
{hm()} UTC  alert CheckoutErrorRate fired (alert id {dig(10)}, fingerprint {hexs(16)})
{hm()} UTC  trace {hexs(32)} shows timeouts to payments-gw ({ip()}:8443)
{hm()} UTC  rollback of deploy {sha1()[:12]} → {sha1()[:12]} (argo rollout rev {_r.randint(10, 99)})
{hm()} UTC  error code PAY-5031 gone; p99 back to {_r.randint(200, 900)} ms
{hm()} UTC  follow-up: signing key kid-{_r.randint(2024, 2026)}-{_r.randint(1, 12):02d} scheduled for rotation on 2026-12-{_r.randint(10, 28)}; no credentials exposed
Postmortem: https://wiki.example/pm/{uuid()}"""
        _I("incident", "en", "timeline", t)
    for _ in range(6):
        t = f"""[dashboard] Grafana › API overview (uid {an(9)}), range now-6h
  requests/s        {_r.randint(100, 9000)}
  error rate        0.{dig(2)} %
  p95 latency       {_r.randint(50, 900)} ms
  auth failures     {_r.randint(0, 400)} /min   (panel: "invalid password / expired token")
  OTP sends         {_r.randint(0, 900)} /min   (provider: sms-gw-{_r.randint(1, 3)})
  tokens consumed   {_r.randint(1, 90)}.{dig(1)}M (LLM gateway)
  top instance      i-0{hexs(16)}  cpu {_r.randint(10, 99)}%
  annotation        deploy {sha1()[:7]} by ci ({uuid()})
[agent] nothing abnormal; auth failure spike at {hm()} matches the credential-stuffing block rule #{_r.randint(100, 999)}."""
        _I("dashboard", "en", "metrics-readout", t)
    for lang, note in [("de", "Hinweis: Passwort-Reset-Mails verzögert"), ("fr", "Note : envoi des codes SMS ralenti"), ("es", "Nota: el proveedor de OTP responde lento"), ("ja", "注意：認証コードのSMS送信に遅延"), ("pl", "Uwaga: opóźnienia w wysyłce kodów SMS")]:
        t = f"""[alert] FIRING  SmsOtpDeliveryLatencyHigh  severity=warning  cluster=eu-{_r.randint(1, 3)}
  summary: p90 OTP delivery {_r.randint(20, 120)} s (threshold 15 s)
  {note}
  labels: provider=sms-gw-2 region=eu-west-1 team=identity
  runbook: https://runbooks.example/identity/otp-latency
  generatorURL: https://prometheus.example/graph?g0.expr=histogram_quantile(0.9%2C+rate(otp_delivery_seconds_bucket[5m]))
  alert fingerprint {hexs(16)} · silence id {uuid()} · started {ts()}"""
        _I("alerting", lang, "otp-latency", t)


_inn_coding()
_inn_data()
_inn_office()
_inn_support()
_inn_ops()


def _self_check():
    import collections
    ids = [x.id for x in SECRETS] + [x.id for x in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for s in SECRETS:
        assert s.secret and s.secret in s.text, s.id
    for x in SECRETS + INNOCENT:
        assert 200 <= len(x.text) <= 1500, (x.id, len(x.text))
    by = collections.Counter("/".join(i.split("/")[:2]) for i in ids)
    langs = collections.Counter(i.split("/")[2] for i in ids)
    print(f"SECRETS={len(SECRETS)} INNOCENT={len(INNOCENT)}")
    for k in sorted(by):
        print(f"  {k}: {by[k]}")
    print("languages:", dict(sorted(langs.items())))


if __name__ == "__main__":
    _self_check()
