"""Independent secret-redaction test corpus c23

Written: Mon Dec  7 13:16:29 UTC 2026
Written from general knowledge only, without seeing the redactor, its rules,
its tests or any earlier corpus.

Counts: 200 SECRETS, 195 INNOCENT (395 records).
SECRETS by setting: banking=16, data_pipeline=23, devops=24, gov_tax=15,
healthcare=15, hr_payroll=14, it_helpdesk=19, school=14, shopping=20,
smart_home=19, social_media=21.
INNOCENT by setting: banking=17, data_pipeline=20, devops=32, gov_tax=18,
healthcare=12, hr_payroll=12, it_helpdesk=19, school=15, shopping=21,
smart_home=16, social_media=13.
Languages (28): SECRETS ar=6, cs=5, da=6, de=4, el=4, en=70, es=5, fa=5, fi=4,
fr=5, he=5, hi=4, hu=5, id=4, it=5, ja=5, ko=5, nl=5, pl=4, pt=5, ro=5, ru=5,
sv=5, th=4, tr=5, uk=5, vi=5, zh=5.
INNOCENT ar=5, cs=5, da=5, de=5, el=5, en=70, es=5, fa=5, fi=5, fr=5, he=5,
hi=5, hu=5, id=5, it=5, ja=5, ko=5, nl=5, pl=4, pt=4, ro=4, ru=4, sv=4, th=4,
tr=4, uk=4, vi=4, zh=4.
English is ~35%; user task + final answer are in the record's language, tool
calls use English keys, thoughts and lessons are in English (as agents write
them).
Seed: random.Random(230523); all values are synthetic and generated at import.
Secret placement: pasted by the user in the task, typed/sent by the agent in
the action, echoed by the tool observation, quoted in the final answer, or
wrongly kept in the lesson/memory note. No (kind, placement, layout) template
or innocent scene is used more than 3 times (checked in the self-test).

Labelling choices for borderline cases:
- A record is a SECRET if any credential-like value appears verbatim anywhere
  (task, tool arguments, tool observation, final answer or lesson).  `secret`
  names the one value the record is built around; cards also carry a CVV
  nearby, national-id records may carry a name.
- Card records: `secret` is the full card number (Luhn-valid); the CVV sits
  next to it in the form/wallet JSON.
- AWS records: `secret` is the 40-char secret access key; the AKIA key id is
  present too and should ideally also go.
- Basic-auth records: `secret` is the whole "Basic <base64>" header value.
- DSN / URI records: `secret` is the full connection string (it embeds the
  password); the MySQL record uses just the password.
- Private keys: the whole PEM block including BEGIN/END lines.
- National ids use the check-digit algorithm of their country where one
  exists (PESEL, personnummer, HETU, BSN, DNI, NIF, Israeli ID, CNP, AFM,
  My Number, RRN, Thai ID, INN, code melli, rodne cislo, Steuer-ID, NIR,
  Aadhaar/Verhoeff, PRC ID, TCKN, RNOKPP, adoazonosito); a few (SSN, NIK,
  CCCD, CPR, Saudi/Italian-style) have format only.
- INNOCENT keeps: masked values (•••• 1234, DE** … 12 34, "***"), placeholders
  ({{password}}, <PASSWORD>, $API_KEY, !secret x), selectors, UUID/run ids,
  sha256/md5 digests, commit SHAs, GPG fingerprints, ssh-ed25519 PUBLIC keys,
  JWKS key ids, AWS IAM user ids (AIDA…, not a credential) and account numbers,
  order/booking/ticket numbers, tracking numbers, phone numbers, amounts, dates.
- Borderline innocents, on purpose: the Stripe documented test card
  4242 4242 4242 4242 explicitly labelled as a TEST card, the AWS
  documentation example key pair ending in EXAMPLE / EXAMPLEKEY labelled
  "example only", "sk_test_xxxxxxxx" template placeholders, and a tax-id
  format hint "12 345 678 901 is an EXAMPLE".
"""
from typing import NamedTuple
import random, string, base64, json, hashlib, uuid as _uuid
R = random.Random(230523)
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DG
def rs(alpha, n): return "".join(R.choice(alpha) for _ in range(n))
def hx(n): return rs("0123456789abcdef", n)
def b64(n): return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()
def b64u(n): return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(n))).decode().rstrip("=")
def ds(n): return rs(DG, n)
WORDS = ("maple river lantern copper violet harbor tiger pencil meadow falcon orbit velvet cactus "
         "marble winter saffron puzzle canyon ember thunder pebble lemon spiral walnut glacier "
         "oyster rocket quartz bamboo cobalt nectar tundra willow zephyr anchor basil cinder").split()
BIP = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse "
       "achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit "
       "adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm "
       "album alcohol alert alien all alley allow almost alone alpha already also alter always amateur amazing among "
       "amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna "
       "antique anxiety any apart apology appear apple approve april arch arctic area arena argue arm armed armor "
       "army around arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume "
       "asthma athlete atom attack attend attitude attract auction audit august aunt author auto autumn average "
       "avocado avoid awake aware away awesome awful awkward axis baby bachelor bacon badge bag balance balcony ball "
       "bamboo banana banner bar barely bargain barrel base basic basket battle beach bean beauty because become beef "
       "before begin behave behind believe below belt bench benefit best betray better between beyond bicycle bid "
       "bike bind biology bird birth bitter black blade blame blanket blast bleak bless blind blood blossom blouse "
       "blue blur blush board boat body boil bomb bone bonus book boost border boring borrow boss bottom bounce box "
       "cabbage cabin cable cactus cage cake call calm camera camp canal cancel candy cannon canoe canvas canyon").split()

# ---------- check-digit helpers ----------
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]
def card(kind=None):
    kind = kind or R.choice(["visa", "mc", "amex", "disc"])
    if kind == "visa": p, n = "4" + ds(5), 16
    elif kind == "mc": p, n = str(R.randint(51, 55)) + ds(4), 16
    elif kind == "amex": p, n = R.choice(["34", "37"]) + ds(4), 15
    else: p, n = "6011" + ds(2), 16
    body = p + ds(n - 1 - len(p))
    num = body + luhn_digit(body)
    return num, kind
def fmt_card(num, sep=" "):
    if len(num) == 15: return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i+4] for i in range(0, 16, 4))
IBAN_SPEC = {"DE": "n18", "FR": "n10c11n2", "ES": "n20", "IT": "a1n10c12", "NL": "a4n10", "GB": "a4n14",
             "PL": "n24", "CZ": "n20", "SE": "n20", "DK": "n14", "FI": "n14", "PT": "n21", "BE": "n12",
             "AT": "n16", "CH": "n17", "RO": "a4c16", "HU": "n24", "GR": "n23", "TR": "n5z1c16", "SA": "n2c18",
             "IL": "n19", "UA": "n6c19", "NO": "n11"}
def iban(cc=None):
    import re
    cc = cc or R.choice(list(IBAN_SPEC))
    bban = ""
    for typ, k in re.findall(r"([ancz])(\d+)", IBAN_SPEC[cc]):
        k = int(k)
        bban += {"n": lambda: ds(k), "a": lambda: rs(UP, k), "c": lambda: rs(UP + DG, k), "z": lambda: "0" * k}[typ]()
    chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
    return cc + f"{chk:02d}" + bban
def iban_ok(s):
    s = s.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
def fmt_iban(s): return " ".join(s[i:i+4] for i in range(0, len(s), 4))
def dob():
    return R.randint(1955, 1999), R.randint(1, 12), R.randint(1, 28)
def pesel():
    y, m, d = dob(); s = f"{y%100:02d}{m:02d}{d:02d}" + ds(4)
    w = [1,3,7,9,1,3,7,9,1,3]
    return s + str((10 - sum(int(a)*b for a, b in zip(s, w)) % 10) % 10)
def se_pnr():
    y, m, d = dob(); s = f"{y%100:02d}{m:02d}{d:02d}" + ds(3)
    c = luhn_digit(s); return s[:6] + "-" + s[6:] + c
def fi_hetu():
    y, m, d = dob(); n = ds(3)
    while n in ("000", "001"): n = ds(3)
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:02d}{m:02d}{y%100:02d}{n}") % 31]
    return f"{d:02d}{m:02d}{y%100:02d}-{n}{c}"
def no_fnr():
    while True:
        y, m, d = dob(); s = f"{d:02d}{m:02d}{y%100:02d}" + ds(3)
        k1 = 11 - sum(int(a)*b for a, b in zip(s, [3,7,6,1,8,9,4,5,2])) % 11
        if k1 == 11: k1 = 0
        if k1 == 10: continue
        s += str(k1)
        k2 = 11 - sum(int(a)*b for a, b in zip(s, [5,4,3,2,7,6,5,4,3,2])) % 11
        if k2 == 11: k2 = 0
        if k2 == 10: continue
        return s + str(k2)
def bsn():
    while True:
        s = str(R.randint(1, 9)) + ds(7)
        t = sum(int(a)*b for a, b in zip(s, range(9, 1, -1))) % 11
        if t < 10: return s + str(t)
def dni():
    n = ds(8); return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
def cpf():
    s = ds(9)
    for L in (10, 11):
        t = sum(int(a)*b for a, b in zip(s, range(L, 1, -1))) % 11
        s += str(0 if t < 2 else 11 - t)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
def tckn():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0]+d[2]+d[4]+d[6]+d[8])*7 - (d[1]+d[3]+d[5]+d[7])) % 10
    d.append(d10); d.append(sum(d) % 10)
    return "".join(map(str, d))
_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
       [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
       [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VI = [0,4,3,2,1,5,6,7,8,9]
def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VI[c])
def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0
def aadhaar():
    s = str(R.randint(2, 9)) + ds(10); s += verhoeff_digit(s)
    return f"{s[:4]} {s[4:8]} {s[8:]}"
def cn_id():
    y, m, d = dob(); s = R.choice(["110105", "310104", "440305", "510107"]) + f"{y}{m:02d}{d:02d}" + ds(3)
    w = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
    return s + "10X98765432"[sum(int(a)*b for a, b in zip(s, w)) % 11]
def fr_nir():
    y, m, d = dob(); s = R.choice("12") + f"{y%100:02d}{m:02d}" + f"{R.randint(1,95):02d}" + ds(3) + ds(3)
    return s + f"{97 - int(s) % 97:02d}"
def pt_nif():
    while True:
        s = R.choice("12") + ds(7)
        c = 11 - sum(int(a)*b for a, b in zip(s, range(9, 1, -1))) % 11
        return s + str(0 if c >= 10 else c)
def il_id():
    s = ds(8)
    t = 0
    for i, ch in enumerate(s):
        v = int(ch) * (1 if i % 2 == 0 else 2); t += v - 9 if v > 9 else v
    return s + str((10 - t % 10) % 10)
def ro_cnp():
    y, m, d = dob(); s = R.choice("12") + f"{y%100:02d}{m:02d}{d:02d}" + f"{R.randint(1,40):02d}" + ds(3)
    c = sum(int(a)*int(b) for a, b in zip(s, "279146358279")) % 11
    return s + ("1" if c == 10 else str(c))
def gr_afm():
    s = R.choice("0123456789"[1:]) + ds(7)
    return s + str(sum(int(a) * 2 ** (8 - i) for i, a in enumerate(s)) % 11 % 10)
def jp_mynumber():
    s = ds(11)
    P = [int(c) for c in reversed(s)]
    t = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in zip(range(1, 12), P))
    r = t % 11
    return s + str(0 if r <= 1 else 11 - r)
def kr_rrn():
    y, m, d = dob(); s = f"{y%100:02d}{m:02d}{d:02d}" + R.choice("12") + ds(5)
    c = (11 - sum(int(a)*b for a, b in zip(s, [2,3,4,5,6,7,8,9,2,3,4,5])) % 11) % 10
    return s[:6] + "-" + s[6:] + str(c)
def th_id():
    s = R.choice("1358") + ds(11)
    c = (11 - sum(int(a)*b for a, b in zip(s, range(13, 1, -1))) % 11) % 10
    s += str(c); return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"
def ru_inn():
    s = R.choice(["77", "78", "50", "66"]) + ds(8)
    w1 = [7,2,4,10,3,5,9,4,6,8]; s += str(sum(int(a)*b for a, b in zip(s, w1)) % 11 % 10)
    w2 = [3,7,2,4,10,3,5,9,4,6,8]; s += str(sum(int(a)*b for a, b in zip(s, w2)) % 11 % 10)
    return s
def ir_melli():
    s = ds(9)
    r = sum(int(a) * (10 - i) for i, a in enumerate(s)) % 11
    return s + str(r if r < 2 else 11 - r)
def cz_rc():
    while True:
        y = R.randint(1960, 1999); m = R.randint(1, 12) + R.choice([0, 50]); d = R.randint(1, 28)
        s = f"{y%100:02d}{m:02d}{d:02d}" + ds(3)
        c = int(s) % 11
        if c == 10: continue
        return s[:6] + "/" + s[6:] + str(c)
def de_steuerid():
    while True:
        digs = R.sample(range(10), 9); dup = R.choice(digs); arr = digs + [dup]; R.shuffle(arr)
        if arr[0] == 0: continue
        prod = 10
        for dd in arr:
            sm = (dd + prod) % 10
            if sm == 0: sm = 10
            prod = (sm * 2) % 11
        c = 11 - prod
        if c == 10: c = 0
        return "".join(map(str, arr)) + str(c)
def be_nn():
    y, m, d = dob(); s = f"{y%100:02d}{m:02d}{d:02d}" + f"{R.randint(1,997):03d}"
    c = 97 - int(s) % 97
    return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:]}.{c:02d}"
def ua_rnokpp():
    while True:
        s = ds(9)
        c = sum(int(a)*b for a, b in zip(s, [-1,5,7,9,4,6,10,5,7])) % 11 % 10
        return s + str(c)
def hu_adoaz():
    while True:
        s = "8" + ds(8)
        c = sum(int(a) * (i + 1) for i, a in enumerate(s)) % 11
        if c < 10: return s + str(c)
def us_ssn():
    a = R.randint(1, 665)
    return f"{a:03d}-{R.randint(1,99):02d}-{R.randint(1,9999):04d}"
def uk_nino():
    return rs("ABCEGHJKLMNPRSTWXYZ", 2) + ds(6) + R.choice("ABCD")
def nik_id(): return R.choice(["3171", "3273", "3578"]) + ds(12)
def cccd(): return "0" + ds(11)
def dk_cpr():
    y, m, d = dob(); return f"{d:02d}{m:02d}{y%100:02d}-{ds(4)}"

NATIONAL = {  # lang -> (label, generator)
 "pl": ("PESEL", pesel), "sv": ("personnummer", se_pnr), "fi": ("henkilötunnus", fi_hetu), "nl": ("BSN", bsn),
 "es": ("DNI", dni), "pt": ("NIF", pt_nif), "he": ("ת.ז.", il_id), "ro": ("CNP", ro_cnp), "el": ("ΑΦΜ", gr_afm),
 "ja": ("マイナンバー", jp_mynumber), "ko": ("주민등록번호", kr_rrn), "th": ("เลขบัตรประชาชน", th_id),
 "ru": ("ИНН", ru_inn), "fa": ("کد ملی", ir_melli), "cs": ("rodné číslo", cz_rc), "de": ("Steuer-ID", de_steuerid),
 "fr": ("NIR", fr_nir), "hi": ("Aadhaar", aadhaar), "zh": ("身份证号", cn_id), "tr": ("TCKN", tckn),
 "uk": ("РНОКПП", ua_rnokpp), "hu": ("adóazonosító jel", hu_adoaz), "id": ("NIK", nik_id), "vi": ("CCCD", cccd),
 "da": ("CPR", dk_cpr), "it": ("tessera sanitaria n.", lambda: "80380" + ds(15)), "ar": ("رقم الهوية", lambda: "1" + ds(9)),
 "en": ("SSN", us_ssn),
}

# language data: nouns, asks (with value), ask0 (without), goals, done, done_val
L = {
"de": dict(n=dict(pw="Passwort", code="Code", key="API-Schlüssel", card="Karte", bank="IBAN", id="Steuer-ID", phrase="Wiederherstellungsphrase", pin="PIN"),
  ask=["Hi! Mein {noun} für {site} ist {val} – kannst du bitte {goal}?", "Kurz und schmerzlos: {site}, {noun} {val}. Bitte {goal}, danke dir!"],
  ask0="Hallo, bitte {goal} auf {site}. Die Zugangsdaten liegen im Passwort-Manager.",
  g=dict(buy="das günstigste Angebot buchen", pay="die offene Rechnung bezahlen", fix="mein Konto wieder zum Laufen bringen", check="nachsehen, ob es Neuigkeiten gibt", post="den Beitrag für morgen einplanen", run="den fehlgeschlagenen Job neu starten"),
  done="Erledigt! Referenz: {ref}. Sag Bescheid, wenn du noch etwas brauchst.", done_val="Fertig. Zur Info, verwendet habe ich {noun} {val}. Referenz {ref}."),
"fr": dict(n=dict(pw="mot de passe", code="code", key="clé API", card="carte", bank="IBAN", id="numéro de sécu", phrase="phrase de récupération", pin="code PIN"),
  ask=["Salut ! Mon {noun} pour {site} c'est {val}, tu peux {goal} stp ?", "Voilà : {site}, {noun} = {val}. Merci de {goal} avant ce soir."],
  ask0="Bonjour, peux-tu {goal} sur {site} ? Les identifiants sont déjà enregistrés.",
  g=dict(buy="réserver l'option la moins chère", pay="payer la facture en attente", fix="débloquer mon compte", check="vérifier s'il y a du nouveau", post="programmer la publication de demain", run="relancer le job qui a planté"),
  done="C'est fait ! Référence : {ref}.", done_val="Terminé. Pour mémoire, j'ai utilisé le {noun} {val}. Réf. {ref}."),
"es": dict(n=dict(pw="contraseña", code="código", key="clave API", card="tarjeta", bank="IBAN", id="DNI", phrase="frase de recuperación", pin="PIN"),
  ask=["Hola, mi {noun} de {site} es {val}. ¿Puedes {goal}, porfa?", "Te paso los datos: {site}, {noun}: {val}. Necesito que {goal} hoy."],
  ask0="Hola, ¿puedes {goal} en {site}? Ya tienes los datos guardados.",
  g=dict(buy="reservar lo más barato", pay="pagar el recibo pendiente", fix="recuperar mi cuenta", check="mirar si hay novedades", post="programar la publicación de mañana", run="relanzar el job que falló"),
  done="¡Listo! Referencia: {ref}.", done_val="Hecho. Usé tu {noun} {val}. Referencia {ref}."),
"it": dict(n=dict(pw="password", code="codice", key="chiave API", card="carta", bank="IBAN", id="codice fiscale", phrase="frase di recupero", pin="PIN"),
  ask=["Ciao! La mia {noun} per {site} è {val}, mi puoi {goal}?", "Dati: {site}, {noun} {val}. Per favore {goal} entro stasera."],
  ask0="Ciao, puoi {goal} su {site}? Le credenziali sono già salvate.",
  g=dict(buy="prenotare l'offerta più economica", pay="pagare la bolletta in sospeso", fix="sbloccare il mio account", check="controllare se ci sono novità", post="programmare il post di domani", run="rilanciare il job fallito"),
  done="Fatto! Riferimento: {ref}.", done_val="Completato. Ho usato {noun} {val}. Rif. {ref}."),
"pt": dict(n=dict(pw="senha", code="código", key="chave de API", card="cartão", bank="IBAN", id="CPF", phrase="frase de recuperação", pin="PIN"),
  ask=["Oi! Minha {noun} do {site} é {val}, consegue {goal}?", "Segue: {site}, {noun} {val}. Por favor {goal} ainda hoje."],
  ask0="Olá, pode {goal} no {site}? Os dados de acesso já estão salvos.",
  g=dict(buy="reservar a opção mais barata", pay="pagar a conta pendente", fix="recuperar minha conta", check="ver se tem novidade", post="agendar o post de amanhã", run="rodar de novo o job que falhou"),
  done="Pronto! Referência: {ref}.", done_val="Concluído. Usei a {noun} {val}. Ref. {ref}."),
"nl": dict(n=dict(pw="wachtwoord", code="code", key="API-sleutel", card="kaart", bank="IBAN", id="BSN", phrase="herstelzin", pin="pincode"),
  ask=["Hoi, mijn {noun} voor {site} is {val}. Kun je {goal}?", "Gegevens: {site}, {noun} {val}. Graag {goal}, bedankt!"],
  ask0="Hoi, kun je {goal} op {site}? De inloggegevens staan al opgeslagen.",
  g=dict(buy="de goedkoopste optie boeken", pay="de openstaande rekening betalen", fix="mijn account weer werkend krijgen", check="kijken of er nieuws is", post="de post voor morgen inplannen", run="de mislukte job opnieuw draaien"),
  done="Klaar! Referentie: {ref}.", done_val="Gedaan. Ik heb {noun} {val} gebruikt. Ref {ref}."),
"pl": dict(n=dict(pw="hasło", code="kod", key="klucz API", card="karta", bank="numer konta", id="PESEL", phrase="fraza odzyskiwania", pin="PIN"),
  ask=["Cześć, moje {noun} do {site} to {val}, możesz {goal}?", "Dane: {site}, {noun} {val}. Proszę {goal} jeszcze dziś."],
  ask0="Hej, możesz {goal} w {site}? Dane logowania są zapisane.",
  g=dict(buy="zarezerwować najtańszą opcję", pay="opłacić zaległy rachunek", fix="odblokować moje konto", check="sprawdzić, czy coś nowego przyszło", post="zaplanować jutrzejszy post", run="ponownie uruchomić nieudany job"),
  done="Gotowe! Numer referencyjny: {ref}.", done_val="Zrobione. Użyłem: {noun} {val}. Ref. {ref}."),
"cs": dict(n=dict(pw="heslo", code="kód", key="API klíč", card="karta", bank="IBAN", id="rodné číslo", phrase="obnovovací fráze", pin="PIN"),
  ask=["Ahoj, moje {noun} do {site} je {val}, můžeš prosím {goal}?", "Údaje: {site}, {noun} {val}. Prosím {goal} ještě dnes."],
  ask0="Ahoj, můžeš {goal} na {site}? Přihlašovací údaje jsou uložené.",
  g=dict(buy="zarezervovat nejlevnější možnost", pay="zaplatit nezaplacenou fakturu", fix="odblokovat můj účet", check="zkontrolovat, jestli je něco nového", post="naplánovat zítřejší příspěvek", run="znovu spustit spadlý job"),
  done="Hotovo! Reference: {ref}.", done_val="Hotovo. Použil jsem {noun} {val}. Ref. {ref}."),
"sv": dict(n=dict(pw="lösenord", code="kod", key="API-nyckel", card="kort", bank="IBAN", id="personnummer", phrase="återställningsfras", pin="PIN-kod"),
  ask=["Hej! Mitt {noun} till {site} är {val}, kan du {goal}?", "Uppgifter: {site}, {noun} {val}. Snälla {goal} i dag."],
  ask0="Hej, kan du {goal} på {site}? Inloggningen är redan sparad.",
  g=dict(buy="boka det billigaste alternativet", pay="betala den obetalda fakturan", fix="låsa upp mitt konto", check="kolla om det finns något nytt", post="schemalägga morgondagens inlägg", run="köra om jobbet som föll"),
  done="Klart! Referens: {ref}.", done_val="Klart. Jag använde {noun} {val}. Ref {ref}."),
"da": dict(n=dict(pw="adgangskode", code="kode", key="API-nøgle", card="kort", bank="IBAN", id="CPR-nummer", phrase="gendannelsessætning", pin="pinkode"),
  ask=["Hej, min {noun} til {site} er {val} – kan du {goal}?", "Info: {site}, {noun} {val}. Vil du {goal}? Tak!"],
  ask0="Hej, kan du {goal} på {site}? Login er gemt.",
  g=dict(buy="booke den billigste mulighed", pay="betale den ubetalte regning", fix="låse min konto op", check="tjekke om der er nyt", post="planlægge morgendagens opslag", run="køre det fejlede job igen"),
  done="Færdig! Reference: {ref}.", done_val="Færdig. Jeg brugte {noun} {val}. Ref {ref}."),
"fi": dict(n=dict(pw="salasana", code="koodi", key="API-avain", card="kortti", bank="IBAN", id="henkilötunnus", phrase="palautuslause", pin="PIN-koodi"),
  ask=["Moi, {site}-palvelun {noun} on {val}. Voisitko {goal}?", "Tiedot: {site}, {noun} {val}. Ole hyvä ja {goal} tänään."],
  ask0="Moi, voisitko {goal} palvelussa {site}? Tunnukset on tallennettu.",
  g=dict(buy="varata halvimman vaihtoehdon", pay="maksaa avoimen laskun", fix="avata tilini lukituksen", check="katsoa onko uutta", post="ajastaa huomisen julkaisun", run="ajaa epäonnistuneen ajon uudelleen"),
  done="Valmis! Viite: {ref}.", done_val="Valmis. Käytin: {noun} {val}. Viite {ref}."),
"ru": dict(n=dict(pw="пароль", code="код", key="API-ключ", card="карта", bank="номер счёта", id="ИНН", phrase="сид-фраза", pin="ПИН"),
  ask=["Привет! Мой {noun} от {site}: {val}. Можешь {goal}?", "Данные: {site}, {noun} {val}. Пожалуйста, {goal} сегодня."],
  ask0="Привет, можешь {goal} на {site}? Логин уже сохранён.",
  g=dict(buy="забронировать самый дешёвый вариант", pay="оплатить неоплаченный счёт", fix="разблокировать мой аккаунт", check="проверить, есть ли новости", post="запланировать завтрашний пост", run="перезапустить упавшую задачу"),
  done="Готово! Номер: {ref}.", done_val="Готово. Я использовал {noun} {val}. Номер {ref}."),
"uk": dict(n=dict(pw="пароль", code="код", key="API-ключ", card="картка", bank="IBAN", id="РНОКПП", phrase="сід-фраза", pin="ПІН"),
  ask=["Привіт! Мій {noun} до {site}: {val}. Можеш {goal}?", "Дані: {site}, {noun} {val}. Будь ласка, {goal} сьогодні."],
  ask0="Привіт, можеш {goal} на {site}? Дані для входу збережені.",
  g=dict(buy="забронювати найдешевший варіант", pay="оплатити рахунок", fix="розблокувати мій акаунт", check="перевірити, чи є новини", post="запланувати завтрашній допис", run="перезапустити задачу, що впала"),
  done="Готово! Номер: {ref}.", done_val="Готово. Використав {noun} {val}. Номер {ref}."),
"tr": dict(n=dict(pw="şifre", code="kod", key="API anahtarı", card="kart", bank="IBAN", id="TC kimlik no", phrase="kurtarma ifadesi", pin="PIN"),
  ask=["Selam, {site} için {noun}: {val}, {goal} misin?", "Bilgiler: {site}, {noun}: {val}. Lütfen bugün {goal}."],
  ask0="Merhaba, {site} üzerinde {goal} misin? Giriş bilgileri kayıtlı.",
  g=dict(buy="en ucuz seçeneği ayırtabilir", pay="bekleyen faturayı ödeyebilir", fix="hesabımın kilidini açabilir", check="yeni bir şey var mı bakabilir", post="yarınki gönderiyi planlayabilir", run="başarısız işi yeniden çalıştırabilir"),
  done="Tamamdır! Referans: {ref}.", done_val="Bitti. Kullandığım {noun}: {val}. Referans {ref}."),
"ar": dict(n=dict(pw="كلمة المرور", code="الرمز", key="مفتاح API", card="البطاقة", bank="رقم الآيبان", id="رقم الهوية", phrase="عبارة الاسترداد", pin="الرقم السري"),
  ask=["مرحبا، {noun} الخاصة بي في {site} هي {val}، هل يمكنك {goal}؟", "البيانات: {site}، {noun}: {val}. من فضلك {goal} اليوم."],
  ask0="مرحبا، هل يمكنك {goal} على {site}؟ بيانات الدخول محفوظة.",
  g=dict(buy="حجز الخيار الأرخص", pay="دفع الفاتورة المستحقة", fix="فتح حسابي المقفل", check="التحقق من وجود جديد", post="جدولة منشور الغد", run="إعادة تشغيل المهمة الفاشلة"),
  done="تم! المرجع: {ref}.", done_val="تم. استخدمت {noun} {val}. المرجع {ref}."),
"he": dict(n=dict(pw="סיסמה", code="קוד", key="מפתח API", card="כרטיס", bank="IBAN", id="מספר תעודת זהות", phrase="משפט שחזור", pin="קוד סודי"),
  ask=["היי, ה{noun} שלי ב-{site} היא {val}, תוכל {goal}?", "פרטים: {site}, {noun}: {val}. בבקשה {goal} היום."],
  ask0="היי, תוכל {goal} ב-{site}? פרטי הכניסה שמורים.",
  g=dict(buy="להזמין את האפשרות הזולה ביותר", pay="לשלם את החשבון הפתוח", fix="לשחרר את החשבון שלי", check="לבדוק אם יש חדש", post="לתזמן את הפוסט של מחר", run="להריץ מחדש את המשימה שנכשלה"),
  done="בוצע! אסמכתא: {ref}.", done_val="בוצע. השתמשתי ב{noun} {val}. אסמכתא {ref}."),
"fa": dict(n=dict(pw="رمز عبور", code="کد", key="کلید API", card="کارت", bank="شماره شبا", id="کد ملی", phrase="عبارت بازیابی", pin="رمز کارت"),
  ask=["سلام، {noun} من در {site} این است: {val}. میشه {goal}؟", "اطلاعات: {site}، {noun} {val}. لطفا امروز {goal}."],
  ask0="سلام، میشه در {site} {goal}؟ اطلاعات ورود ذخیره شده.",
  g=dict(buy="ارزان‌ترین گزینه را رزرو کنی", pay="قبض معوق را پرداخت کنی", fix="حسابم را باز کنی", check="ببینی خبر جدیدی هست", post="پست فردا را زمان‌بندی کنی", run="کار شکست‌خورده را دوباره اجرا کنی"),
  done="انجام شد! شماره پیگیری: {ref}.", done_val="انجام شد. از {noun} {val} استفاده کردم. پیگیری {ref}."),
"hi": dict(n=dict(pw="पासवर्ड", code="कोड", key="API की", card="कार्ड", bank="खाता नंबर", id="आधार नंबर", phrase="रिकवरी फ्रेज़", pin="पिन"),
  ask=["नमस्ते, {site} का मेरा {noun} {val} है, क्या आप {goal}?", "डिटेल्स: {site}, {noun} {val}. प्लीज़ आज ही {goal}."],
  ask0="नमस्ते, क्या आप {site} पर {goal}? लॉगिन सेव है।",
  g=dict(buy="सबसे सस्ता विकल्प बुक कर सकते हैं", pay="बकाया बिल भर सकते हैं", fix="मेरा अकाउंट अनलॉक कर सकते हैं", check="देख सकते हैं कि कुछ नया है", post="कल की पोस्ट शेड्यूल कर सकते हैं", run="फेल हुआ जॉब दोबारा चला सकते हैं"),
  done="हो गया! रेफ़रेंस: {ref}.", done_val="हो गया। मैंने {noun} {val} इस्तेमाल किया। रेफ़ {ref}."),
"ja": dict(n=dict(pw="パスワード", code="コード", key="APIキー", card="カード", bank="口座番号", id="マイナンバー", phrase="リカバリーフレーズ", pin="暗証番号"),
  ask=["こんにちは。{site}の{noun}は {val} です。{goal}もらえますか？", "情報です：{site}、{noun} {val}。今日中に{goal}ください。"],
  ask0="{site}で{goal}もらえますか？ログイン情報は保存済みです。",
  g=dict(buy="一番安いプランを予約して", pay="未払いの請求を支払って", fix="アカウントのロックを解除して", check="新しい連絡がないか確認して", post="明日の投稿を予約して", run="失敗したジョブを再実行して"),
  done="完了しました！参照番号：{ref}", done_val="完了しました。{noun} {val} を使用しました。参照 {ref}"),
"ko": dict(n=dict(pw="비밀번호", code="코드", key="API 키", card="카드", bank="계좌번호", id="주민등록번호", phrase="복구 문구", pin="PIN"),
  ask=["안녕하세요, {site} {noun}는 {val} 이에요. {goal} 주실래요?", "정보: {site}, {noun} {val}. 오늘 안에 {goal} 주세요."],
  ask0="{site}에서 {goal} 주실래요? 로그인 정보는 저장돼 있어요.",
  g=dict(buy="가장 싼 옵션으로 예약해", pay="밀린 청구서를 결제해", fix="계정 잠금을 풀어", check="새 소식이 있는지 확인해", post="내일 게시물을 예약해", run="실패한 작업을 다시 실행해"),
  done="완료했어요! 참조번호: {ref}", done_val="완료. {noun} {val} 을(를) 사용했습니다. 참조 {ref}"),
"zh": dict(n=dict(pw="密码", code="验证码", key="API密钥", card="卡号", bank="账号", id="身份证号", phrase="助记词", pin="PIN码"),
  ask=["你好，我的{site}{noun}是 {val}，帮我{goal}吧？", "信息：{site}，{noun} {val}。麻烦今天{goal}。"],
  ask0="你好，能在{site}上帮我{goal}吗？登录信息已保存。",
  g=dict(buy="订最便宜的那个", pay="把欠的账单付了", fix="把账号解锁", check="看看有没有新消息", post="把明天的帖子排好", run="把失败的任务重新跑一遍"),
  done="搞定！参考号：{ref}。", done_val="已完成。我用了{noun} {val}。参考号 {ref}。"),
"vi": dict(n=dict(pw="mật khẩu", code="mã", key="khóa API", card="thẻ", bank="số tài khoản", id="số CCCD", phrase="cụm từ khôi phục", pin="mã PIN"),
  ask=["Chào bạn, {noun} {site} của mình là {val}, bạn {goal} giúp nhé?", "Thông tin: {site}, {noun} {val}. Nhờ bạn {goal} hôm nay."],
  ask0="Chào, bạn {goal} trên {site} giúp mình nhé? Thông tin đăng nhập đã lưu.",
  g=dict(buy="đặt gói rẻ nhất", pay="thanh toán hóa đơn còn nợ", fix="mở khóa tài khoản", check="xem có gì mới không", post="lên lịch bài đăng ngày mai", run="chạy lại job bị lỗi"),
  done="Xong rồi! Mã tham chiếu: {ref}.", done_val="Xong. Mình đã dùng {noun} {val}. Mã {ref}."),
"th": dict(n=dict(pw="รหัสผ่าน", code="รหัส", key="API key", card="บัตร", bank="เลขบัญชี", id="เลขบัตรประชาชน", phrase="วลีกู้คืน", pin="PIN"),
  ask=["สวัสดีครับ {noun} {site} ของผมคือ {val} ช่วย{goal}หน่อยได้ไหม", "ข้อมูล: {site}, {noun} {val} รบกวน{goal}ภายในวันนี้"],
  ask0="ช่วย{goal}บน {site} หน่อยครับ ข้อมูลล็อกอินบันทึกไว้แล้ว",
  g=dict(buy="จองตัวเลือกที่ถูกที่สุด", pay="จ่ายบิลที่ค้าง", fix="ปลดล็อกบัญชี", check="ดูว่ามีอะไรใหม่", post="ตั้งเวลาโพสต์พรุ่งนี้", run="รันงานที่ล้มเหลวใหม่"),
  done="เรียบร้อยครับ! เลขอ้างอิง: {ref}", done_val="เรียบร้อย ใช้{noun} {val} แล้ว เลขอ้างอิง {ref}"),
"id": dict(n=dict(pw="kata sandi", code="kode", key="API key", card="kartu", bank="nomor rekening", id="NIK", phrase="frasa pemulihan", pin="PIN"),
  ask=["Halo, {noun} {site} aku {val}, tolong {goal} ya?", "Data: {site}, {noun} {val}. Tolong {goal} hari ini."],
  ask0="Halo, bisa {goal} di {site}? Login sudah tersimpan.",
  g=dict(buy="pesan opsi paling murah", pay="bayar tagihan yang tertunda", fix="buka blokir akunku", check="cek apa ada yang baru", post="jadwalkan postingan besok", run="jalankan ulang job yang gagal"),
  done="Beres! Referensi: {ref}.", done_val="Selesai. Aku pakai {noun} {val}. Ref {ref}."),
"el": dict(n=dict(pw="κωδικός", code="κωδικός OTP", key="κλειδί API", card="κάρτα", bank="IBAN", id="ΑΦΜ", phrase="φράση ανάκτησης", pin="PIN"),
  ask=["Γεια! Ο {noun} μου για {site} είναι {val}, μπορείς να {goal};", "Στοιχεία: {site}, {noun} {val}. Σε παρακαλώ {goal} σήμερα."],
  ask0="Γεια, μπορείς να {goal} στο {site}; Τα στοιχεία είναι αποθηκευμένα.",
  g=dict(buy="κλείσεις την φθηνότερη επιλογή", pay="πληρώσεις τον εκκρεμή λογαριασμό", fix="ξεκλειδώσεις τον λογαριασμό μου", check="δεις αν υπάρχει κάτι νέο", post="προγραμματίσεις την αυριανή ανάρτηση", run="ξανατρέξεις την εργασία που απέτυχε"),
  done="Έγινε! Αναφορά: {ref}.", done_val="Έγινε. Χρησιμοποίησα {noun} {val}. Αναφορά {ref}."),
"hu": dict(n=dict(pw="jelszó", code="kód", key="API-kulcs", card="kártya", bank="IBAN", id="adóazonosító", phrase="helyreállító kifejezés", pin="PIN-kód"),
  ask=["Szia! A {site} {noun}: {val}. Tudnál {goal}?", "Adatok: {site}, {noun} {val}. Kérlek {goal} még ma."],
  ask0="Szia, tudnál {goal} a {site} oldalon? A belépés el van mentve.",
  g=dict(buy="foglalni a legolcsóbbat", pay="fizetni a nyitott számlát", fix="feloldani a fiókomat", check="megnézni, van-e új", post="időzíteni a holnapi posztot", run="újrafuttatni a hibás jobot"),
  done="Kész! Hivatkozás: {ref}.", done_val="Kész. A(z) {noun} {val} értéket használtam. Hiv. {ref}."),
"ro": dict(n=dict(pw="parola", code="codul", key="cheia API", card="cardul", bank="IBAN-ul", id="CNP-ul", phrase="fraza de recuperare", pin="PIN-ul"),
  ask=["Salut, {noun} mea pentru {site} e {val}, poți să {goal}?", "Date: {site}, {noun} {val}. Te rog {goal} azi."],
  ask0="Salut, poți să {goal} pe {site}? Datele de logare sunt salvate.",
  g=dict(buy="rezervi varianta cea mai ieftină", pay="plătești factura restantă", fix="deblochezi contul meu", check="verifici dacă e ceva nou", post="programezi postarea de mâine", run="repornești jobul eșuat"),
  done="Gata! Referință: {ref}.", done_val="Gata. Am folosit {noun} {val}. Ref. {ref}."),
}

def call(tool, **a): return f"{tool}({json.dumps(a, ensure_ascii=False)})"
SYM = "!@#$%&*?-_+=."
def human_pw():
    w = R.choice(WORDS); return R.choice([w.capitalize(), w, w.upper()[:1] + w[1:]]) + R.choice(["", R.choice(WORDS).capitalize()]) + ds(R.randint(2, 4)) + R.choice(SYM)
def gen_pw(n=None):
    n = n or R.randint(14, 22)
    while True:
        p = rs(AN + "!@#$%^&*-_=+", n)
        if any(c in DG for c in p) and any(c in "!@#$%^&*-_=+" for c in p): return p
def jwt():
    h = b64u(0) or base64.urlsafe_b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps({"sub": ds(7), "iat": 1790000000 + R.randint(0, 9999999), "scope": "read write"}).encode()).decode().rstrip("=")
    return h + "." + p + "." + b64u(32)
def pem_ec():
    body = b64(121)
    lines = [body[i:i+64] for i in range(0, len(body), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"
def pem_ssh():
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + b64(210)
    lines = [body[i:i+70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"
def seed(n=12): return " ".join(R.sample(BIP, n))

KINDS = {}
def kind(name, cat, label, settings):
    def deco(f): KINDS[name] = dict(cat=cat, label=label, settings=settings, f=f); return f
    return deco
# each f(site) -> dict(v, act, act0, rev_act, rev_obs, ok)
@kind("human-password", "pw", "password", ["shopping", "banking", "school", "healthcare", "social_media", "hr_payroll"])
def _(site):
    v = human_pw(); sel = R.choice(["#password", "input[name=pwd]", "input[type=password]", "#login-pass"])
    return dict(v=v, act=call("browser.type", selector=sel, text=v), act0=call("browser.type", selector=sel, text="{{vault:login.password}}"),
        rev_act=call("vault.get", item=site, field="password"), rev_obs=json.dumps({"item": site, "password": v}),
        ok='<div class="greeting">Welcome back! You have 1 new notification.</div>')
@kind("generated-password", "pw", "password", ["it_helpdesk", "gov_tax", "banking", "hr_payroll"])
def _(site):
    v = gen_pw()
    return dict(v=v, act=call("browser.fill", fields={"username": "m.keller", "password": v}), act0=call("browser.fill", fields={"username": "m.keller", "password": "<PASSWORD>"}),
        rev_act=call("shell.run", cmd="pwgen -sy 18 1"), rev_obs=v + "\n$ ",
        ok="HTTP 302 -> /dashboard  (session established)")
@kind("temp-password", "pw", "temporary password", ["it_helpdesk"])
def _(site):
    v = R.choice(WORDS).capitalize() + "-" + ds(4) + "-" + R.choice(WORDS).capitalize()
    return dict(v=v, act=call("ad.reset_password", user="j.novak", new_password=v, must_change=True), act0=call("ad.reset_password", user="j.novak", generate=True, must_change=True),
        rev_act=call("ad.reset_password", user="j.novak", generate=True), rev_obs=json.dumps({"status": "ok", "user": "j.novak", "temporary_password": v, "must_change": True}),
        ok='{"status": "ok", "must_change": true}')
@kind("passphrase", "pw", "passphrase", ["it_helpdesk", "devops", "banking"])
def _(site):
    v = "-".join(R.choice(WORDS) for _ in range(R.randint(4, 5)))
    return dict(v=v, act=call("shell.run", cmd=f"gpg --batch --passphrase '{v}' -d backup.tar.gpg > backup.tar"), act0=call("shell.run", cmd="gpg -d backup.tar.gpg > backup.tar"),
        rev_act=call("notes.search", query="backup passphrase"), rev_obs=f"Note 'laptop backup' (2026-03-02): passphrase is {v}",
        ok="gpg: encrypted with 1 passphrase\n$ ls -la backup.tar\n-rw-r--r-- 1 user user 48211968 backup.tar")
@kind("otp", "code", "one-time code", ["banking", "shopping", "gov_tax", "social_media", "healthcare"])
def _(site):
    v = ds(6)
    return dict(v=v, act=call("browser.type", selector="input[autocomplete=one-time-code]", text=v), act0=call("user.ask", question="Please send me the 6-digit code you just received."),
        rev_act=call("sms.read_latest", sender=site), rev_obs=f"{site}: {v} is your verification code. It expires in 10 minutes. Do not share it.",
        ok='<p class="ok">Verification successful.</p>')
@kind("sms-code", "code", "SMS code", ["banking", "gov_tax", "shopping"])
def _(site):
    v = ds(R.choice([5, 8]))
    return dict(v=v, act=call("http.post", url="https://auth.example-bank.test/v2/challenge/answer", json={"challenge_id": "ch_" + hx(10), "code": v}),
        act0=call("http.post", url="https://auth.example-bank.test/v2/challenge/answer", json={"challenge_id": "ch_" + hx(10), "code": "{{sms_code}}"}),
        rev_act=call("phone.notifications", app="Messages"), rev_obs=f"[09:41] +44 7700 900{ds(3)}: Code {v} to confirm payment of 129.90 EUR. Never share this code.",
        ok='{"result": "APPROVED"}')
@kind("recovery-codes", "code", "recovery codes", ["it_helpdesk", "social_media", "devops"])
def _(site):
    codes = [rs("abcdefghjkmnpqrstuvwxyz23456789", 5) + "-" + rs("abcdefghjkmnpqrstuvwxyz23456789", 5) for _ in range(4)]
    v = " ".join(codes)
    return dict(v=v, act=call("notes.save", title=f"{site} recovery", body=v), act0=call("notes.save", title=f"{site} recovery", body="(codes shown to user once, not stored)"),
        rev_act=call("browser.get_text", selector="ul.recovery-codes"), rev_obs=v,
        ok="Two-factor authentication enabled.")
@kind("backup-code", "code", "backup code", ["it_helpdesk", "social_media"])
def _(site):
    v = ds(4) + " " + ds(4)
    return dict(v=v, act=call("browser.type", selector="#backupCodePin", text=v), act0=call("browser.click", selector="a#try-another-way"),
        rev_act=call("files.read", path="~/Documents/Backup-codes-account.txt"), rev_obs=f"BACKUP VERIFICATION CODES\n1. {v}\n(Each code can be used once)",
        ok="Signed in. 9 backup codes remaining.")
@kind("pin", "pin", "PIN", ["banking", "smart_home", "healthcare"])
def _(site):
    v = ds(R.choice([4, 6]))
    return dict(v=v, act=call("app.tap_keypad", app=site, digits=v), act0=call("app.open", app=site, screen="unlock"),
        rev_act=call("notes.search", query="pin"), rev_obs=f"Found 1 note: 'Card PIN {v} - don't forget'",
        ok="Keypad accepted. Main menu visible.")
@kind("door-code", "pin", "door code", ["smart_home", "shopping"])
def _(site):
    v = ds(R.randint(4, 6)) + R.choice(["#", "", "*"])
    return dict(v=v, act=call("smartlock.set_guest_code", lock="front_door", code=v, valid_until="2026-12-20T12:00"),
        act0=call("smartlock.create_guest_access", lock="front_door", valid_until="2026-12-20T12:00"),
        rev_act=call("email.search", query="check-in instructions"), rev_obs=f"Subject: Your check-in details\nThe gate code is {v}, the key box is left of the entrance.",
        ok='{"lock": "front_door", "guest_access": "scheduled"}')
@kind("security-answer", "pw", "security answer", ["banking", "it_helpdesk", "gov_tax"])
def _(site):
    v = R.choice(["Grandma Ilse's", "Blue Fiat", "Mr. Okafor", "Rex the", "Little Hawthorn"]) + " " + R.choice(WORDS) + " " + ds(2)
    q = R.choice(["mother's maiden name", "first pet", "first car", "elementary school"])
    return dict(v=v, act=call("browser.type", selector="#security-answer", text=v), act0=call("browser.read", selector="label[for=security-answer]"),
        rev_act=call("vault.get", item=site, field="security_answer"), rev_obs=json.dumps({"question": q, "answer": v}),
        ok=f"<label for=security-answer>What was your {q}?</label> ... Identity verified.")
@kind("aws-keys", "key", "AWS secret key", ["devops", "data_pipeline"])
def _(site):
    kid = "AKIA" + rs(UP + "234567", 16); v = rs(AN + "+/", 40)
    return dict(v=v, act=call("shell.run", cmd=f"AWS_ACCESS_KEY_ID={kid} AWS_SECRET_ACCESS_KEY={v} aws s3 ls s3://reports-prod/"), act0=call("shell.run", cmd="aws --profile reports s3 ls s3://reports-prod/"),
        rev_act=call("shell.run", cmd="cat ~/.aws/credentials"), rev_obs=f"[default]\naws_access_key_id = {kid}\naws_secret_access_key = {v}\nregion = eu-central-1",
        ok="2026-11-30 08:01:12   1048576 daily.parquet")
@kind("github-token", "key", "GitHub token", ["devops"])
def _(site):
    v = R.choice(["ghp_" + rs(AN, 36), "github_pat_" + rs(AN, 22) + "_" + rs(AN, 59)])
    return dict(v=v, act=call("http.get", url="https://api.github.com/user/repos", headers={"Authorization": f"token {v}"}), act0=call("gh.api", path="/user/repos"),
        rev_act=call("shell.run", cmd="git remote -v"), rev_obs=f"origin\thttps://{v}@github.com/acme/site.git (fetch)\norigin\thttps://{v}@github.com/acme/site.git (push)",
        ok='[{"name": "site", "private": true}]')
@kind("gitlab-token", "key", "GitLab token", ["devops"])
def _(site):
    v = "glpat-" + rs(AN + "-_", 20)
    return dict(v=v, act=call("http.post", url="https://gitlab.example.com/api/v4/projects/42/pipeline", headers={"PRIVATE-TOKEN": v}, json={"ref": "main"}),
        act0=call("http.post", url="https://gitlab.example.com/api/v4/projects/42/pipeline", headers={"PRIVATE-TOKEN": "$GITLAB_TOKEN"}, json={"ref": "main"}),
        rev_act=call("shell.run", cmd="grep -r TOKEN .gitlab-ci.yml"), rev_obs=f".gitlab-ci.yml:    DEPLOY_TOKEN: \"{v}\"",
        ok='{"id": 88123, "status": "pending", "ref": "main"}')
@kind("slack-token", "key", "Slack token", ["social_media", "devops", "data_pipeline"])
def _(site):
    v = "xoxb-" + ds(12) + "-" + ds(13) + "-" + rs(AN, 24)
    return dict(v=v, act=call("http.post", url="https://slack.com/api/chat.postMessage", headers={"Authorization": f"Bearer {v}"}, json={"channel": "#launch", "text": "Going live at 10:00"}),
        act0=call("slack.post", channel="#launch", text="Going live at 10:00"),
        rev_act=call("shell.run", cmd="env | grep SLACK"), rev_obs=f"SLACK_BOT_TOKEN={v}\nSLACK_CHANNEL=#launch",
        ok='{"ok": true, "channel": "C05ABCDEF", "ts": "1764500000.000200"}')
@kind("slack-webhook", "key", "Slack webhook URL", ["data_pipeline", "devops"])
def _(site):
    v = f"https://hooks.slack.com/services/T{rs(UP+DG,8)}/B{rs(UP+DG,10)}/{rs(AN,24)}"
    return dict(v=v, act=call("http.post", url=v, json={"text": "nightly load finished"}), act0=call("notify.slack", channel="#data-alerts", text="nightly load finished"),
        rev_act=call("shell.run", cmd="airflow variables get alert_webhook"), rev_obs=v, ok="ok")
@kind("stripe-key", "key", "Stripe secret key", ["shopping", "devops"])
def _(site):
    v = R.choice(["sk_live_", "rk_live_"]) + rs(AN, R.choice([24, 99]))
    return dict(v=v, act=call("http.get", url="https://api.stripe.com/v1/charges?limit=3", auth={"user": v, "password": ""}), act0=call("stripe.list_charges", limit=3),
        rev_act=call("shell.run", cmd="cat .env.production"), rev_obs=f"NODE_ENV=production\nSTRIPE_SECRET_KEY={v}\nPORT=8080",
        ok='{"object": "list", "data": [{"id": "ch_3Q' + rs(AN, 10) + '", "amount": 4900}]}')
@kind("stripe-webhook", "key", "webhook signing secret", ["shopping", "devops"])
def _(site):
    v = "whsec_" + rs(AN, 32)
    return dict(v=v, act=call("shell.run", cmd=f"stripe listen --forward-to localhost:3000/webhook --skip-verify # secret {v}"), act0=call("shell.run", cmd="stripe listen --forward-to localhost:3000/webhook"),
        rev_act=call("shell.run", cmd="stripe listen --forward-to localhost:3000/webhook"), rev_obs=f"> Ready! Your webhook signing secret is {v} (^C to quit)",
        ok="--> charge.succeeded [evt_" + rs(AN, 14) + "]\n<-- [200] POST http://localhost:3000/webhook")
@kind("openai-key", "key", "OpenAI API key", ["devops", "data_pipeline", "social_media"])
def _(site):
    v = "sk-proj-" + rs(AN + "-_", 56) + "T3BlbkFJ" + rs(AN + "-_", 20)
    return dict(v=v, act=call("http.post", url="https://api.openai.com/v1/chat/completions", headers={"Authorization": f"Bearer {v}"}, json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Write 3 captions"}]}),
        act0=call("llm.complete", provider="openai", prompt="Write 3 captions"),
        rev_act=call("shell.run", cmd="cat config/settings.toml"), rev_obs=f"[llm]\nprovider = \"openai\"\napi_key = \"{v}\"", ok='{"choices": [{"message": {"content": "1. Fresh drop..."}}]}')
@kind("anthropic-key", "key", "Anthropic API key", ["devops", "data_pipeline"])
def _(site):
    v = "sk-ant-api03-" + rs(AN + "-_", 93) + "AA"
    return dict(v=v, act=call("http.post", url="https://api.anthropic.com/v1/messages", headers={"x-api-key": v, "anthropic-version": "2023-06-01"}, json={"max_tokens": 256}),
        act0=call("http.post", url="https://api.anthropic.com/v1/messages", headers={"x-api-key": "${ANTHROPIC_API_KEY}"}, json={"max_tokens": 256}),
        rev_act=call("shell.run", cmd="docker inspect summarizer | jq '.[0].Config.Env'"), rev_obs=f'[\n  "ANTHROPIC_API_KEY={v}",\n  "LOG_LEVEL=info"\n]', ok='{"type": "message", "stop_reason": "end_turn"}')
@kind("google-api-key", "key", "Google API key", ["shopping", "devops", "smart_home"])
def _(site):
    v = "AIza" + rs(AN + "-_", 35)
    return dict(v=v, act=call("http.get", url=f"https://maps.googleapis.com/maps/api/geocode/json?address=Main+St+5&key={v}"), act0=call("maps.geocode", address="Main St 5"),
        rev_act=call("browser.view_source", url="https://staging.shop.example/checkout"), rev_obs=f'<script src="https://maps.googleapis.com/maps/api/js?key={v}&libraries=places"></script>',
        ok='{"status": "OK", "results": [{"formatted_address": "Main St 5"}]}')
@kind("sendgrid-key", "key", "SendGrid API key", ["devops", "hr_payroll", "school"])
def _(site):
    v = "SG." + rs(AN + "-_", 22) + "." + rs(AN + "-_", 43)
    return dict(v=v, act=call("http.post", url="https://api.sendgrid.com/v3/mail/send", headers={"Authorization": f"Bearer {v}"}, json={"subject": "Payslips ready"}),
        act0=call("mailer.send_bulk", template="payslips_ready", list="all-staff"),
        rev_act=call("shell.run", cmd="kubectl get secret mailer -o jsonpath='{.data.key}' | base64 -d"), rev_obs=v, ok="HTTP/1.1 202 Accepted")
@kind("twilio-token", "key", "Twilio auth token", ["healthcare", "devops", "smart_home"])
def _(site):
    sid = "AC" + hx(32); v = hx(32)
    return dict(v=v, act=call("http.post", url=f"https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json", auth={"user": sid, "password": v}, data={"To": "+15555550123", "Body": "Reminder: appointment tomorrow"}),
        act0=call("sms.send", to="+15555550123", body="Reminder: appointment tomorrow"),
        rev_act=call("shell.run", cmd="heroku config -a reminders"), rev_obs=f"TWILIO_ACCOUNT_SID: {sid}\nTWILIO_AUTH_TOKEN:  {v}", ok='{"status": "queued"}')
@kind("npm-token", "key", "npm token", ["devops"])
def _(site):
    v = "npm_" + rs(AN, 36)
    return dict(v=v, act=call("shell.run", cmd=f"echo '//registry.npmjs.org/:_authToken={v}' > .npmrc && npm publish"), act0=call("shell.run", cmd="npm publish"),
        rev_act=call("shell.run", cmd="cat ~/.npmrc"), rev_obs=f"//registry.npmjs.org/:_authToken={v}", ok="+ @acme/ui-kit@2.4.1")
@kind("pypi-token", "key", "PyPI token", ["devops", "data_pipeline"])
def _(site):
    v = "pypi-AgEIcHlwaS5vcmc" + rs(AN + "-_", 60)
    return dict(v=v, act=call("shell.run", cmd=f"twine upload -u __token__ -p {v} dist/*"), act0=call("shell.run", cmd="twine upload dist/*"),
        rev_act=call("shell.run", cmd="cat ~/.pypirc"), rev_obs=f"[pypi]\nusername = __token__\npassword = {v}", ok="View at: https://pypi.org/project/etl-helpers/0.9.2/")
@kind("hf-token", "key", "Hugging Face token", ["data_pipeline", "devops"])
def _(site):
    v = "hf_" + rs(AN, 34)
    return dict(v=v, act=call("shell.run", cmd=f"huggingface-cli login --token {v}"), act0=call("shell.run", cmd="huggingface-cli whoami"),
        rev_act=call("shell.run", cmd="cat ~/.cache/huggingface/token"), rev_obs=v, ok="Login successful")
@kind("digitalocean-token", "key", "DigitalOcean token", ["devops"])
def _(site):
    v = "dop_v1_" + hx(64)
    return dict(v=v, act=call("shell.run", cmd=f"doctl auth init -t {v} && doctl compute droplet list"), act0=call("shell.run", cmd="doctl compute droplet list"),
        rev_act=call("shell.run", cmd="cat terraform.tfvars"), rev_obs=f'do_token = "{v}"\nregion   = "fra1"', ok="ID         Name     Public IPv4\n41234567   web-1    203.0.113.17")
@kind("telegram-bot", "key", "Telegram bot token", ["smart_home", "social_media"])
def _(site):
    v = f"{R.randint(5000000000, 7999999999)}:AA{rs(AN + '-_', 33)}"
    return dict(v=v, act=call("http.get", url=f"https://api.telegram.org/bot{v}/sendMessage?chat_id=-100{ds(10)}&text=Door+opened"), act0=call("telegram.send", chat="family", text="Door opened"),
        rev_act=call("homeassistant.read_config", file="secrets.yaml"), rev_obs=f"telegram_bot_token: {v}\nlatitude: 52.37", ok='{"ok": true, "result": {"message_id": 812}}')
@kind("discord-token", "key", "Discord bot token", ["social_media"])
def _(site):
    v = b64u(18)[:24] + "." + rs(AN + "-_", 6) + "." + rs(AN + "-_", 38)
    return dict(v=v, act=call("http.post", url="https://discord.com/api/v10/channels/1187/messages", headers={"Authorization": f"Bot {v}"}, json={"content": "Stream starts in 10!"}),
        act0=call("discord.post", channel="announcements", content="Stream starts in 10!"),
        rev_act=call("shell.run", cmd="cat bot/.env"), rev_obs=f"DISCORD_TOKEN={v}\nPREFIX=!", ok='{"id": "1312", "content": "Stream starts in 10!"}')
@kind("shopify-token", "key", "Shopify admin token", ["shopping", "social_media"])
def _(site):
    v = "shpat_" + hx(32)
    return dict(v=v, act=call("http.get", url="https://acme-store.myshopify.com/admin/api/2024-10/orders.json?status=open", headers={"X-Shopify-Access-Token": v}), act0=call("shopify.orders", status="open"),
        rev_act=call("browser.get_text", selector="#api-credentials"), rev_obs=f"Admin API access token\n{v}\nReveal token once", ok='{"orders": [{"id": 5512, "total_price": "64.00"}]}')
@kind("mailgun-key", "key", "Mailgun key", ["school", "hr_payroll"])
def _(site):
    v = "key-" + hx(32)
    return dict(v=v, act=call("http.post", url="https://api.mailgun.net/v3/mg.school.example/messages", auth={"user": "api", "password": v}, data={"subject": "Parent evening"}),
        act0=call("mail.send_bulk", list="parents-7b", subject="Parent evening"),
        rev_act=call("shell.run", cmd="grep MAILGUN wp-config.php"), rev_obs=f"define('MAILGUN_KEY', '{v}');", ok='{"message": "Queued. Thank you."}')
@kind("oauth-client-secret", "key", "OAuth client secret", ["devops", "it_helpdesk", "social_media"])
def _(site):
    cid = ds(12) + "-" + rs(LO + DG, 32) + ".apps.googleusercontent.com"; v = "GOCSPX-" + rs(AN + "-_", 28)
    return dict(v=v, act=call("http.post", url="https://oauth2.googleapis.com/token", data={"client_id": cid, "client_secret": v, "grant_type": "authorization_code", "code": "4/0A" + rs(AN, 20)}),
        act0=call("oauth.exchange", provider="google", client="crm-sync"),
        rev_act=call("files.read", path="client_secret.json"), rev_obs=json.dumps({"web": {"client_id": cid, "client_secret": v}}), ok='{"expires_in": 3599, "token_type": "Bearer"}')
@kind("refresh-token", "key", "refresh token", ["social_media", "data_pipeline", "it_helpdesk"])
def _(site):
    v = "1//0" + rs(AN + "-_", 100)
    return dict(v=v, act=call("http.post", url="https://oauth2.googleapis.com/token", data={"grant_type": "refresh_token", "refresh_token": v}), act0=call("oauth.refresh", connection="youtube-channel"),
        rev_act=call("db.query", sql="SELECT provider, refresh_token FROM oauth_tokens WHERE user_id = 7"), rev_obs=f"provider | refresh_token\nyoutube  | {v}", ok='{"access_token": "(redacted by tool)", "expires_in": 3599}')
@kind("jwt", "key", "bearer token", ["healthcare", "school", "hr_payroll", "devops"])
def _(site):
    v = jwt()
    return dict(v=v, act=call("http.get", url="https://api.portal.example/v1/me/records", headers={"Authorization": f"Bearer {v}"}), act0=call("portal.get_records"),
        rev_act=call("browser.eval", js="localStorage.getItem('access_token')"), rev_obs=json.dumps(v), ok='{"records": 3, "latest": "2026-11-18"}')
@kind("session-cookie", "key", "session cookie", ["shopping", "school", "gov_tax", "social_media"])
def _(site):
    name = R.choice(["sessionid", "PHPSESSID", "connect.sid", "JSESSIONID", "_session"]); v = rs(LO + DG, 32) if name != "connect.sid" else "s%3A" + rs(AN, 32) + "." + rs(AN, 43)
    return dict(v=v, act=call("http.get", url="https://portal.example.org/account/messages", headers={"Cookie": f"{name}={v}; lang=en"}), act0=call("browser.goto", url="https://portal.example.org/account/messages"),
        rev_act=call("browser.cookies", domain="portal.example.org"), rev_obs=json.dumps([{"name": name, "value": v, "httpOnly": True}]), ok="<h2>Messages (2)</h2>")
@kind("basic-auth", "key", "basic auth header", ["smart_home", "devops", "it_helpdesk"])
def _(site):
    up = R.choice(["admin", "pi", "ops"]) + ":" + human_pw(); v = "Basic " + base64.b64encode(up.encode()).decode()
    return dict(v=v, act=call("http.get", url="http://192.168.1.20/api/status", headers={"Authorization": v}), act0=call("router.status", host="192.168.1.20"),
        rev_act=call("shell.run", cmd="curl -v http://192.168.1.20/api/status 2>&1 | grep Authorization"), rev_obs=f"> Authorization: {v}", ok='{"uptime": "12d", "wan": "up"}')
@kind("url-credentials", "pw", "URL credentials", ["smart_home", "data_pipeline"])
def _(site):
    pw = human_pw(); v = f"rtsp://admin:{pw}@192.168.1.{R.randint(30,90)}:554/stream1"
    return dict(v=v, act=call("camera.snapshot", url=v), act0=call("camera.snapshot", camera="driveway"),
        rev_act=call("homeassistant.read_config", file="configuration.yaml"), rev_obs=f"camera:\n  - platform: generic\n    stream_source: {v}", ok="snapshot saved: /tmp/driveway.jpg (1920x1080)")
@kind("postgres-dsn", "key", "database URL", ["data_pipeline", "devops", "hr_payroll"])
def _(site):
    v = f"postgresql://etl_user:{gen_pw(16)}@db-prod.internal:5432/analytics"
    return dict(v=v, act=call("db.query", dsn=v, sql="SELECT count(*) FROM events WHERE day = current_date"), act0=call("db.query", connection="analytics-prod", sql="SELECT count(*) FROM events WHERE day = current_date"),
        rev_act=call("shell.run", cmd="airflow connections get analytics_db --output json"), rev_obs=json.dumps({"conn_id": "analytics_db", "uri": v}), ok=" count\n-------\n 48213\n(1 row)")
@kind("mongodb-uri", "key", "MongoDB URI", ["devops", "data_pipeline", "shopping"])
def _(site):
    v = f"mongodb+srv://app:{rs(AN, 18)}@cluster0.{rs(LO+DG,5)}.mongodb.net/shop?retryWrites=true&w=majority"
    return dict(v=v, act=call("shell.run", cmd=f"mongosh \"{v}\" --eval 'db.orders.countDocuments()'"), act0=call("db.mongo_count", collection="orders"),
        rev_act=call("shell.run", cmd="kubectl logs deploy/api | head -3"), rev_obs=f"[boot] connecting to {v}\n[boot] connected", ok="1287")
@kind("mysql-dsn", "key", "MySQL password", ["devops", "school", "hr_payroll"])
def _(site):
    pw = gen_pw(14); v = pw
    return dict(v=v, act=call("shell.run", cmd=f"mysqldump -h 10.0.3.7 -u backup -p'{pw}' payroll > payroll.sql"), act0=call("shell.run", cmd="mysqldump --defaults-extra-file=~/.my.cnf payroll > payroll.sql"),
        rev_act=call("shell.run", cmd="cat ~/.my.cnf"), rev_obs=f"[client]\nuser=backup\npassword={pw}\nhost=10.0.3.7", ok="-- Dump completed on 2026-12-01  3:00:02")
@kind("redis-url", "key", "Redis URL", ["devops", "data_pipeline"])
def _(site):
    v = f"rediss://default:{rs(AN, 32)}@cache-{rs(LO,4)}.example-redis.cloud:6380/0"
    return dict(v=v, act=call("shell.run", cmd=f"redis-cli -u {v} INFO keyspace"), act0=call("cache.info", instance="prod-cache"),
        rev_act=call("shell.run", cmd="printenv REDIS_URL"), rev_obs=v, ok="# Keyspace\ndb0:keys=10293,expires=880")
@kind("azure-conn", "key", "storage connection string", ["data_pipeline", "devops"])
def _(site):
    v = f"DefaultEndpointsProtocol=https;AccountName=lake{rs(LO,6)};AccountKey={b64(64)};EndpointSuffix=core.windows.net"
    return dict(v=v, act=call("shell.run", cmd=f"az storage blob list -c raw --connection-string \"{v}\" -o table"), act0=call("shell.run", cmd="az storage blob list -c raw --auth-mode login -o table"),
        rev_act=call("shell.run", cmd="cat local.settings.json"), rev_obs=json.dumps({"Values": {"AzureWebJobsStorage": v}}, indent=1), ok="Name            Blob Type\n2026/12/01.csv  BlockBlob")
@kind("ec-private-key", "key", "private key", ["devops", "it_helpdesk"])
def _(site):
    v = pem_ec()
    return dict(v=v, act=call("shell.run", cmd="install -m 600 api.key /etc/ssl/private/"), act0=call("shell.run", cmd="openssl ec -in api.key -pubout"),
        rev_act=call("shell.run", cmd="cat api.key"), rev_obs=v, ok="writing EC key\n-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE...")
@kind("ssh-private-key", "key", "SSH private key", ["devops", "it_helpdesk"])
def _(site):
    v = pem_ssh()
    return dict(v=v, act=call("shell.run", cmd="ssh -i deploy_key deploy@203.0.113.40 'systemctl restart app'"), act0=call("shell.run", cmd="ssh deploy@203.0.113.40 'systemctl restart app'"),
        rev_act=call("shell.run", cmd="cat ~/.ssh/deploy_key"), rev_obs=v, ok="(no output)\nexit status 0")
@kind("card", "card", "card", ["shopping", "banking", "healthcare", "school"])
def _(site):
    num, k = card(); cvv = ds(4 if k == "amex" else 3); v = fmt_card(num, R.choice([" ", "", "-"]))
    exp = f"{R.randint(1,12):02d}/{R.randint(27,31)}"
    return dict(v=v, cvv=cvv, act=call("browser.fill", fields={"cardnumber": v, "exp-date": exp, "cvc": cvv}), act0=call("checkout.pay", method="saved_card_1"),
        rev_act=call("wallet.get", item="Visa personal"), rev_obs=json.dumps({"number": v, "exp": exp, "cvv": cvv}), ok='<div class="order-confirmed">Thank you! Your order is confirmed.</div>')
@kind("iban", "bank", "IBAN", ["banking", "hr_payroll", "gov_tax"])
def _(site):
    v = iban(); v = R.choice([v, fmt_iban(v)])
    return dict(v=v, act=call("browser.fill", fields={"beneficiary_iban": v, "amount": "245.00", "reference": "INV-" + ds(6)}), act0=call("payments.use_saved_payee", payee="Landlord"),
        rev_act=call("email.read", id="msg_" + hx(8)), rev_obs=f"Hello, please transfer the deposit to IBAN {v} by Friday. Best, Anna", ok='{"transfer": "scheduled", "execution_date": "2026-12-09"}')
@kind("national-id", "id", "national ID", ["gov_tax", "healthcare", "hr_payroll", "banking"])
def _(site):
    return None  # built specially (depends on language)
@kind("passport", "id", "passport number", ["shopping", "gov_tax"])
def _(site):
    v = R.choice(["C" + rs("CFGHJKLMNPRTVWXYZ0123456789", 8), ds(9), ds(2) + rs(UP, 2) + ds(5), rs(UP, 1) + ds(7), rs(UP, 2) + ds(7)])
    return dict(v=v, act=call("browser.fill", fields={"passport_number": v, "passport_expiry": "2031-04-17", "nationality": "DE"}), act0=call("browser.fill", fields={"passport_number": "{{traveller.passport}}"}),
        rev_act=call("files.ocr", path="~/scans/passport.jpg"), rev_obs=f"PASSPORT  Surname: MUSTERFRAU  No: {v}  Expiry 17 APR 2031", ok="API data saved for passenger 1.")
@kind("seed-phrase", "phrase", "seed phrase", ["banking"])
def _(site):
    v = seed(R.choice([12, 12, 24]))
    return dict(v=v, act=call("wallet.restore", mnemonic=v, network="mainnet"), act0=call("wallet.open", name="ledger-main"),
        rev_act=call("files.read", path="~/Desktop/wallet backup.txt"), rev_obs=v, ok='{"restored": true, "accounts": 2}')
@kind("wifi-password", "pw", "Wi-Fi password", ["smart_home"])
def _(site):
    v = human_pw()
    return dict(v=v, act=call("device.provision", device="thermostat-hall", ssid="Villa-Kunterbunt", psk=v), act0=call("device.provision", device="thermostat-hall", ssid="Villa-Kunterbunt", use_saved_network=True),
        rev_act=call("shell.run", cmd="nmcli -s -g 802-11-wireless-security.psk connection show Villa-Kunterbunt"), rev_obs=v, ok='{"device": "thermostat-hall", "online": true}')

SETTINGS = ["shopping", "banking", "gov_tax", "hr_payroll", "it_helpdesk", "devops", "data_pipeline", "smart_home", "healthcare", "school", "social_media"]
SITES = {"shopping": ["ShopNest", "TravelKite", "SkyCheap Air", "Hotelora", "RailGo"], "banking": ["Northbank Online", "PayRiver", "CityPower bills", "CoinVault"],
 "gov_tax": ["the TaxPortal", "CivicID", "e-Tax Office", "the visa portal"], "hr_payroll": ["PeopleDesk", "PayrollPro", "TimeSheetly"],
 "it_helpdesk": ["the Acme SSO", "HelpDeskly", "the company mail"], "devops": ["the staging cluster", "the CI pipeline", "the GitHub org"],
 "data_pipeline": ["Airflow", "the warehouse", "the nightly ETL"], "smart_home": ["HomeHub", "the SmartLock app", "the thermostat app"],
 "healthcare": ["MyClinic", "PharmaPlus", "LabResults Online"], "school": ["SchoolLink", "Classbook", "UniPortal"],
 "social_media": ["the brand Instagram", "PostPlanner", "the Mastodon account"]}
GOAL = {"shopping": "buy", "banking": "pay", "gov_tax": "pay", "hr_payroll": "check", "it_helpdesk": "fix", "devops": "run", "data_pipeline": "run",
        "smart_home": "check", "healthcare": "check", "school": "check", "social_media": "post"}
EN_GOALS = {"shopping": ["book the cheapest flight to Lisbon for Dec 19", "order the blue running shoes in size 43 if they're under 90 bucks", "grab a double room for two nights, nothing fancy"],
 "banking": ["pay the electricity bill before it's overdue", "move 300 to savings and pay the landlord", "check why my card got declined yesterday"],
 "gov_tax": ["file my quarterly VAT return", "download last year's tax assessment", "renew my residence permit appointment"],
 "hr_payroll": ["get my November payslip and check the overtime", "submit my vacation request for Dec 22-Jan 2", "update my bank details for salary"],
 "it_helpdesk": ["unlock my account, I got locked out after the holidays", "set up MFA on my new phone", "reset the shared printer account"],
 "devops": ["redeploy staging, the last build failed", "rotate whatever is expiring this week", "publish the new package version"],
 "data_pipeline": ["rerun last night's load, the dashboard is empty", "backfill events for Nov 28-30", "check why the dbt job is red"],
 "smart_home": ["give the cleaner access on Friday 9-12", "set the heating to 19 at night", "check if the garage door is closed"],
 "healthcare": ["download my blood test results", "refill my prescription", "book a dentist appointment next week"],
 "school": ["check my kid's grades and any teacher messages", "pay the school trip fee", "submit my essay before midnight"],
 "social_media": ["schedule the launch post for 10am tomorrow", "reply to the DMs from yesterday", "pull last week's engagement stats"]}
EN_ASK = ["hey, {goal}. login is {user} / {val}", "Can you {goal}? My {label} is {val} (don't judge lol)",
 "ok so I need you to {goal}. here's the {label}: {val}", "{goal} pls!! {label} -> {val}", "Hi there — please {goal} on {site}. Use this {label}: {val}. Thanks!",
 "quick one: {goal}. you'll need my {label}, it's {val}", "I'm on my phone so sorry for typos, {goal}, {site} {label} {val}",
 "Please {goal}. Credentials for {site}: username {user}, {label} {val}. Let me know the total first if it's over 100."]
EN_ASK0 = ["hey, can you {goal}? you have access to {site} already", "Please {goal}. The login for {site} is in the password manager.",
 "{goal} — I'll send you any code if it asks for one", "Need you to {goal} on {site}, thanks!", "could you {goal}? ping me if it wants 2FA"]
THOUGHTS = ["I need to sign in first, then complete the task.", "The form is visible; filling the required field.", "Let me call the API directly, it's faster than the UI.",
 "The credential should be in the config; let me check.", "Retrying with the value the user provided.", "Need to confirm identity before the change goes through.",
 "I'll verify the connection before running the job.", "First check what the tool returns, then summarise for the user."]
EN_DONE = ["Done! Reference {ref}. Anything else?", "All set — confirmation number {ref}. I didn't change anything else.", "Finished. Your reference is {ref}; a receipt should be in your inbox.",
 "It went through. Ref: {ref}.", "Completed successfully (ref {ref}). Let me know if you want me to set a reminder."]
EN_DONE_VAL = ["Done (ref {ref}). For your records, the {label} I used is {val}.", "All set, ref {ref}. Heads up: the new {label} is {val} — you'll be asked to change it.",
 "Finished. I saved the {label} {val} so I can reuse it next time. Ref {ref}.", "Everything worked with {label} {val}; reference {ref}."]
LESSON_BAD = ["Lesson: {site} login works with {label} {val}; reuse it instead of asking the user again.", "Skill note ({setting}): keep the {label} handy -> {val}",
 "Remember for next run: {label}={val} (user said it's fine to store).", "Lesson learned: the first attempt failed because I typed the {label} wrong; correct one is {val}.",
 "note-to-self: {site} {label}: {val}. The form needs it before the 'Continue' button unlocks."]
LESSON_OK = ["Lesson: ask the user for the one-time code only when the form shows it; codes expire after ~5 minutes.",
 "Skill note: never store the card's CVV; let the checkout page keep the saved card.", "Lesson: read credentials from the vault at runtime, never paste them into notes.",
 "Lesson: if the login form has input[type=password] inside an iframe, switch frames first.", "Skill: confirm the total with the user before paying anything over 100.",
 "Lesson: the portal logs you out after 15 min idle; do the slow steps first.", "Note: env vars like $API_KEY are resolved by the shell tool; don't echo them.",
 "Lesson: after a password reset, tell the user to change it themselves instead of repeating it.", "Skill: use the SSO button rather than the local login form.",
 "Lesson: 2FA prompts arrive by SMS within ~30 s; wait instead of re-requesting, the old code gets invalidated.",
 "Lesson: mask account numbers (last 4 digits) in the final answer.", "Note: the API returns 429 after 60 calls/min; back off exponentially.",
 "Lesson: bank transfers after 15:00 execute the next business day.", "Skill note: screenshots of the payment page may include card data — don't attach them.",
 "Lesson: rotate a token immediately if it was ever printed to logs.", "Lesson: prefer read-only DB roles for reporting queries."]
USERS = ["lena.m", "tom_b", "a.kowalski", "priya.s", "jdoe84", "m.rossi", "k.tanaka", "olga.v", "sam.h@example.com", "nguyen.an"]
def ref(): return R.choice(["BK-", "ORD-", "INC", "TX", "CNF-", "REQ-", "PNR "]) + rs(UP + DG, R.choice([6, 8]))
def run_id(): return R.choice([f"run_{hx(12)}", f"traj-{ds(5)}", str(_uuid.UUID(int=R.getrandbits(128), version=4))])

TH = {"browser": ["The login form is open; filling the field.", "Page loaded, the form wants this before Continue unlocks.", "Filling the checkout form step by step."],
 "http": ["Calling the API directly, it's faster than the UI.", "I'll hit the endpoint with the auth header.", "Let me check the API response first."],
 "shell": ["Running it in the terminal.", "Checking the config on disk before changing anything.", "Let me see what the environment has."],
 "db": ["Verifying the connection with a cheap count query.", "Query the table to see if the load ran."]}
def pick_thought(action):
    return R.choice(TH.get(action.split(".")[0].split("(")[0], THOUGHTS))
def fmt_record(fmt, lang, setting, task, thought, action, obs, final, lesson):
    rid = run_id(); step = R.randint(1, 9)
    if R.random() < 0.7: thought = pick_thought(action)
    if fmt == 0:
        return f"[{rid}] setting={setting} lang={lang}\nUSER: {task}\nTHOUGHT: {thought}\nACTION: {action}\nOBSERVATION: {obs}\nFINAL: {final}\nLESSON: {lesson}"
    if fmt == 1:
        return f"## Task\n{task}\n\n## Step {step}\nthought: {thought}\naction: {action}\nobservation:\n{obs}\n\n## Answer\n{final}\n\n## Skill note\n{lesson}"
    if fmt == 2:
        return f"run {rid} | step {step}\n> user: {task}\n> assistant.thought: {thought}\n> tool_call: {action}\n> tool_result: {obs}\n> assistant: {final}\n> memory.write: {lesson}"
    return f"task: {task}\n---\n#{step} {thought}\n  -> {action}\n  <- {obs}\n---\nanswer: {final}\nlesson: {lesson}"

TEMPLATE_USE = {}
SET_COUNT = {}
def make_secret_record(kname, lang, placement):
    K = KINDS[kname]
    low = min(SET_COUNT.get(x, 0) for x in K["settings"])
    setting = R.choice([x for x in K["settings"] if SET_COUNT.get(x, 0) == low]); SET_COUNT[setting] = SET_COUNT.get(setting, 0) + 1
    site = R.choice(SITES[setting])
    if lang != "en": site = site.replace("the ", "")
    if kname == "national-id":
        lab, g = NATIONAL[lang]; v = g()
        fld = R.choice(["tax_id", "national_id", "insurance_number", "id_number"])
        d = dict(v=v, act=call("browser.fill", fields={"full_name": "Eva Lindqvist", fld: v}), act0=call("browser.fill", fields={"full_name": "Eva Lindqvist", fld: "{{profile." + fld + "}}"}),
                 rev_act=call("profile.get", fields=["name", fld]), rev_obs=json.dumps({"name": "Eva Lindqvist", fld: v}, ensure_ascii=False), ok="Form submitted. Case number " + ds(8) + ".")
        label = lab
    else:
        d = K["f"](site); v = d["v"]; label = K["label"]
    if placement == "action" and v not in d["act"]: placement = "observation"
    r = ref(); task_val = None
    if lang == "en":
        goal = R.choice(EN_GOALS[setting])
        if placement == "task": task = R.choice(EN_ASK).format(goal=goal, user=R.choice(USERS), label=label, val=v, site=site)
        else: task = R.choice(EN_ASK0).format(goal=goal, site=site)
        final = R.choice(EN_DONE_VAL).format(ref=r, label=label, val=v) if placement == "final" else R.choice(EN_DONE).format(ref=r)
    else:
        LD = L[lang]; noun = label if kname == "national-id" else LD["n"][K["cat"]]; goal = LD["g"][GOAL[setting]]
        if placement == "task": task = R.choice(LD["ask"]).format(noun=noun, val=v, site=site, goal=goal)
        else: task = LD["ask0"].format(site=site, goal=goal)
        final = LD["done_val"].format(noun=noun, val=v, ref=r) if placement == "final" else LD["done"].format(ref=r)
    if placement in ("task", "action"): action, obs = (d["act"] if placement == "action" or R.random() < 0.6 else d["act0"]), d["ok"]
    elif placement == "observation": action, obs = d["rev_act"], d["rev_obs"]
    else: action, obs = R.choice([d["act0"], d["act"]]) if placement == "lesson" else d["act0"], d["ok"]
    if placement == "lesson": lesson = R.choice(LESSON_BAD).format(site=site, label=label, val=v, setting=setting)
    else: lesson = R.choice(LESSON_OK)
    fmt = R.choice([f for f in range(4) if TEMPLATE_USE.get(("s", kname, placement, f), 0) < 3] or [R.randrange(4)])
    text = fmt_record(fmt, lang, setting, task, R.choice(THOUGHTS), action, obs, final, lesson)
    return setting, text, v, (kname, placement, fmt)

def sha(): return hashlib.sha256(rs(AN, 20).encode()).hexdigest()
def uid(): return str(_uuid.UUID(int=R.getrandbits(128), version=4))
def phone(): return R.choice([f"+1 555-01{ds(2)}", f"+44 20 7946 0{ds(3)}", f"+49 30 {ds(8)}", f"+33 1 {ds(2)} {ds(2)} {ds(2)} {ds(2)}"])
def amt(): return f"{R.randint(5, 900)}.{ds(2)}"
def day(): return f"2026-{R.randint(1,12):02d}-{R.randint(1,28):02d}"
SCENES = [  # (settings, fn -> (action, obs))
 (["shopping"], lambda: (call("browser.type", selector="input[type=password]", text="{{password}}"), '<div class="order">Order ' + ref() + f' confirmed · total € {amt()}</div>')),
 (["shopping"], lambda: (call("browser.click", selector="button#checkout"), f"Saved card •••• {ds(4)} (exp {R.randint(1,12):02d}/{R.randint(27,30)}) selected. Total {amt()} USD.")),
 (["shopping"], lambda: (call("flights.search", origin="BER", destination="LIS", date=day(), max_price=250), json.dumps({"results": [{"flight": "TP" + ds(4), "price": amt(), "pnr": None}]}))),
 (["shopping"], lambda: (call("hotel.book", hotel_id="H" + ds(6), nights=2, guests=2), json.dumps({"booking_id": uid(), "confirmation": "HX" + ds(7), "status": "CONFIRMED"}))),
 (["shopping"], lambda: (call("browser.get_text", selector=".tracking"), f"Tracking number 1Z{rs(UP+DG,6)}{ds(10)} — out for delivery on {day()}")),
 (["shopping"], lambda: (call("stripe.test_checkout", card="4242 4242 4242 4242", note="Stripe documented TEST card, sandbox mode"), '{"livemode": false, "status": "succeeded"}')),
 (["banking"], lambda: (call("bank.get_balance", account="checking"), json.dumps({"iban_masked": "DE** **** **** **** **" + ds(2) + " " + ds(2), "balance": amt(), "currency": "EUR"}))),
 (["banking"], lambda: (call("bank.pay_bill", payee="CityPower", amount=amt(), reference="Customer no. " + ds(8)), json.dumps({"status": "PENDING_2FA", "challenge": "Enter the code sent to your phone ending " + ds(2)}))),
 (["banking"], lambda: (call("user.ask", question="Your bank sent an SMS code. Please reply with it — it's valid for 5 minutes."), "user: one sec, phone's in the other room")),
 (["banking"], lambda: (call("bank.list_transactions", since=day()), "\n".join(f"{day()}  -{amt()}  CARD ****{ds(4)}  GROCER {ds(3)}" for _ in range(3)))),
 (["banking"], lambda: (call("browser.read", selector="#error"), f"Error E-{ds(4)}: payment declined (insufficient funds). Call us at {phone()}.")),
 (["gov_tax"], lambda: (call("browser.click", selector="a[href='/login/eid']"), "Redirecting to national eID app… Please confirm on your phone (request " + uid()[:8] + ")")),
 (["gov_tax"], lambda: (call("files.download", url="https://tax.example.gov/docs/assessment-2025.pdf"), f"saved assessment-2025.pdf (231 KB) sha256={sha()}")),
 (["gov_tax"], lambda: (call("browser.fill", fields={"tax_id": "<TAX_ID>", "period": "2026-Q3"}), "Validation: field tax_id is required. Format: 11 digits.")),
 (["gov_tax"], lambda: (call("calendar.create", title="Residence permit appointment", date=day(), location="Office 3, counter B"), json.dumps({"event_id": "evt_" + hx(10)}))),
 (["hr_payroll"], lambda: (call("hr.get_payslip", month="2026-11"), json.dumps({"gross": amt(), "net": amt(), "overtime_hours": R.randint(0, 12), "bank": "acct ending " + ds(4)}))),
 (["hr_payroll"], lambda: (call("hr.submit_leave", start="2026-12-22", end="2027-01-02", type="vacation"), json.dumps({"request_id": "LV-" + ds(6), "approver": "t.meyer", "state": "submitted"}))),
 (["hr_payroll"], lambda: (call("browser.goto", url="https://peopledesk.example/profile/bank"), "Changing bank details requires re-authentication. [Continue with SSO]")),
 (["hr_payroll"], lambda: (call("timesheet.export", week="2026-W48"), f"exported 5 rows, total 41.5h, file id {uid()}")),
 (["it_helpdesk"], lambda: (call("ad.unlock", user="j.novak"), json.dumps({"user": "j.novak", "locked": False, "password_last_set": day(), "ticket": "INC" + ds(7)}))),
 (["it_helpdesk"], lambda: (call("mfa.enroll", user="lena.m", method="authenticator_app"), "QR code displayed to user on their screen. Waiting for user to confirm enrollment (the agent cannot see the code).")),
 (["it_helpdesk"], lambda: (call("ad.reset_password", user="printer-svc", generate=True, deliver_to="manager_sms"), '{"status": "ok", "delivered": "sms to +1 555-0100", "password": "[not returned by API]"}')),
 (["it_helpdesk"], lambda: (call("helpdesk.comment", ticket="HD-" + ds(5), body="Reset done. User will set a new password at next login."), '{"ok": true}')),
 (["it_helpdesk"], lambda: (call("browser.inspect", selector="form#login"), '<input id="password" type="password" name="password" autocomplete="current-password" placeholder="Password">')),
 (["devops"], lambda: (call("shell.run", cmd="git log --oneline -3"), "\n".join(f"{hx(7)} {m}" for m in ["fix: retry on 502", "chore: bump deps", "feat: health endpoint"]))),
 (["devops"], lambda: (call("shell.run", cmd="kubectl get secret api-keys -o jsonpath='{.metadata.name}'"), "api-keys")),
 (["devops"], lambda: (call("shell.run", cmd="docker pull ghcr.io/acme/api:1.8.2"), f"Digest: sha256:{sha()}\nStatus: Downloaded newer image for ghcr.io/acme/api:1.8.2")),
 (["devops"], lambda: (call("shell.run", cmd="cat ~/.ssh/id_ed25519.pub"), f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(AN,43)} deploy@ci (public key)")),
 (["devops"], lambda: (call("shell.run", cmd="grep -n API_KEY .env.example"), "3:API_KEY=your-api-key-here\n4:STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxx")),
 (["devops"], lambda: (call("http.get", url="https://auth.example.com/.well-known/jwks.json"), json.dumps({"keys": [{"kty": "RSA", "kid": "2026-11-" + hx(6), "use": "sig", "e": "AQAB"}]}))),
 (["devops"], lambda: (call("shell.run", cmd="gh secret list"), f"DEPLOY_KEY     Updated {day()}\nNPM_TOKEN      Updated {day()}\nSENTRY_DSN     Updated {day()}")),
 (["devops"], lambda: (call("shell.run", cmd="aws sts get-caller-identity"), json.dumps({"UserId": "AIDA" + rs(UP, 17), "Account": ds(12), "Arn": "arn:aws:iam::" + ds(12) + ":user/ci"}))),
 (["devops"], lambda: (call("shell.run", cmd="cat README.md | sed -n 10,12p"), "Example only (from AWS docs): AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — do not use.")),
 (["data_pipeline"], lambda: (call("airflow.trigger", dag_id="nightly_load", conf={"date": day()}), json.dumps({"dag_run_id": "manual__" + day() + "T03:00:00", "state": "queued"}))),
 (["data_pipeline"], lambda: (call("db.query", connection="analytics-ro", sql="SELECT status, count(*) FROM loads GROUP BY 1"), f" status  | count\n success | {R.randint(100,900)}\n failed  | {R.randint(0,9)}")),
 (["data_pipeline"], lambda: (call("shell.run", cmd="dbt run --select marts.orders"), f"Completed successfully\nDone. PASS=14 WARN=1 ERROR=0 SKIP=0 TOTAL=15 (invocation {uid()})")),
 (["data_pipeline"], lambda: (call("s3.ls", path="s3://raw-events/2026/11/"), "\n".join(f"{day()} {R.randint(1000,99999)} part-{ds(5)}.parquet" for _ in range(3)))),
 (["data_pipeline"], lambda: (call("airflow.connections.get", conn_id="warehouse"), json.dumps({"conn_id": "warehouse", "host": "wh.internal", "login": "etl", "password": "***"}))),
 (["data_pipeline"], lambda: (call("shell.run", cmd="md5sum export.csv"), f"{hx(32)}  export.csv")),
 (["smart_home"], lambda: (call("smartlock.create_guest_access", lock="front_door", from_="2026-12-12T09:00", to="2026-12-12T12:00", deliver="app_invite"), json.dumps({"invite_id": "inv_" + hx(8), "delivered_to": "cleaner (app invite, code shown only in their app)"}))),
 (["smart_home"], lambda: (call("thermostat.set", zone="living", target_c=19, schedule="22:00-06:30"), json.dumps({"zone": "living", "target": 19, "device": "TH-" + ds(6)}))),
 (["smart_home"], lambda: (call("garage.status"), json.dumps({"door": "closed", "last_change": day() + "T18:42:10Z", "battery": "82%"}))),
 (["smart_home"], lambda: (call("homeassistant.read_config", file="configuration.yaml"), "telegram_bot:\n  - platform: polling\n    api_key: !secret telegram_bot_token")),
 (["smart_home"], lambda: (call("device.list"), "\n".join(f"{n}  mac={':'.join(hx(2) for _ in range(6))}  fw 2.{R.randint(0,9)}" for n in ["plug-kitchen", "cam-door"]))),
 (["healthcare"], lambda: (call("portal.get_results", kind="blood"), json.dumps({"report_id": "LAB-" + ds(8), "date": day(), "hemoglobin": "14.1 g/dL", "status": "final"}))),
 (["healthcare"], lambda: (call("pharmacy.refill", rx="RX" + ds(7)), json.dumps({"ready_on": day(), "pickup": "PharmaPlus Main St", "copay": amt()}))),
 (["healthcare"], lambda: (call("calendar.book", provider="Dr. Haddad DDS", slot=day() + "T10:30"), json.dumps({"appointment": "APT-" + ds(6), "phone": phone()}))),
 (["healthcare"], lambda: (call("browser.read", selector=".mfa-hint"), "Enter the 6-digit code we sent to ***-***-" + ds(4) + ". Code expires in 5 minutes.")),
 (["school"], lambda: (call("school.grades", student="Mia", term="T1"), json.dumps({"math": "B+", "english": "A-", "messages": 1, "teacher": "Ms. Alvarez"}))),
 (["school"], lambda: (call("school.pay_fee", item="Trip to science museum", amount="18.00"), json.dumps({"receipt": "SCH-" + ds(6), "paid_with": "card ending " + ds(4)}))),
 (["school"], lambda: (call("lms.submit", course="HIST-201", file="essay_final.docx"), f"Submission received {day()} 23:41. Turnitin id {ds(10)}.")),
 (["school"], lambda: (call("browser.type", selector="#student-id", text="{{student_id}}"), "Please sign in with your school account. Forgot password? Contact the office at " + phone() + ".")),
 (["social_media"], lambda: (call("scheduler.create_post", account="@acme_shop", at="2026-12-08T10:00", text="Launch day 🚀 link in bio"), json.dumps({"post_id": ds(19), "status": "scheduled"}))),
 (["social_media"], lambda: (call("social.dm_list", unread=True), json.dumps([{"from": "@julia_k", "text": "is the jacket still in stock?"}, {"from": "@m.ortiz", "text": "order #" + ds(5) + " hasn't arrived"}]))),
 (["social_media"], lambda: (call("analytics.get", account="@acme_shop", range="last_7d"), json.dumps({"impressions": R.randint(10000, 90000), "engagement_rate": "3.4%", "top_post": ds(19)}))),
 (["social_media"], lambda: (call("oauth.connect", provider="instagram"), "Opened consent screen; waiting for the user to approve in their browser (state=" + hx(16) + ")")),
 (["it_helpdesk", "devops"], lambda: (call("vault.list", path="kv/team/"), "keys: [db-prod, smtp, stripe-live] (values not listed)")),
 (["banking", "shopping"], lambda: (call("browser.fill", fields={"cardnumber": "{{card.number}}", "cvc": "{{card.cvc}}"}), "Filled from the browser's saved card (masked: **** **** **** " + ds(4) + ")")),
 (["gov_tax", "hr_payroll"], lambda: (call("browser.read", selector=".hint"), "Your tax ID is printed on your payslip (format 11 digits, e.g. 12 345 678 901 is an EXAMPLE).")),
 (["it_helpdesk", "smart_home"], lambda: (call("wifi.status"), json.dumps({"ssid": "Guest-5G", "security": "WPA3", "clients": R.randint(2, 14), "password": "<hidden>"}))),
 (["healthcare", "school"], lambda: (call("user.ask", question="The portal wants the code from the letter we got in the mail — can you read it to me?"), "user: I'll check tonight, skip it for now")),
 (["devops", "data_pipeline"], lambda: (call("shell.run", cmd="echo $DATABASE_URL | cut -d@ -f2"), "db-prod.internal:5432/analytics")),
 (["shopping", "social_media"], lambda: (call("browser.screenshot", selector="#confirmation"), f"screenshot saved /tmp/shot_{hx(8)}.png (1280x800)")),
 (["banking", "gov_tax"], lambda: (call("files.read", path="invoice_" + ds(4) + ".pdf"), f"Invoice {ds(7)}  Due {day()}  Amount {amt()} EUR  Ref RF{ds(2)} {ds(4)} {ds(4)}")),
 (["devops", "it_helpdesk"], lambda: (call("shell.run", cmd="gpg --list-keys ops@acme.example"), f"pub   ed25519 2025-03-01 [SC]\n      {rs('0123456789ABCDEF', 40)}\nuid   [ultimate] Ops Team <ops@acme.example>")),
]
EN_ASK_INN = ["hey, can you {goal}? my card ending {d4} is saved there", "Please {goal}. If it asks for a code I'll forward the SMS, my number is {ph}",
 "{goal}, order {r} was the previous one btw", "hi! {goal}. password is in 1Password under '{site}', don't paste it anywhere",
 "Can you {goal}? Budget max {a} EUR. Ticket {r} has context."]
LESSON_INN = LESSON_OK + ["Lesson: the selector for the password box is #password, not input[name=pass].", "Skill note: placeholders like {{otp}} and <PASSWORD> are filled by the runtime, not by me.",
 "Lesson: the booking reference is 6 letters/digits and is not secret; quote it in the answer.", "Lesson: a UUID in the URL is a run id, not a credential.",
 "Note: public keys (ssh-ed25519 …pub) can be shared freely; private keys never.", "Lesson: Stripe test cards like 4242 4242 4242 4242 only work in test mode."]

def make_innocent(sidx, lang, fmt):
    sets, fn = SCENES[sidx]; setting = R.choice(sets); site = R.choice(SITES[setting]); action, obs = fn(); r = ref()
    if lang != "en": site = site.replace("the ", "")
    if lang == "en":
        goal = R.choice(EN_GOALS[setting])
        task = R.choice(EN_ASK0 + EN_ASK_INN).format(goal=goal, site=site, d4=ds(4), ph=phone(), r=ref(), a=R.randint(50, 400))
        final = R.choice(EN_DONE).format(ref=r)
    else:
        LD = L[lang]; task = LD["ask0"].format(site=site, goal=LD["g"][GOAL[setting]]); final = LD["done"].format(ref=r)
    text = fmt_record(fmt, lang, setting, task, R.choice(THOUGHTS), action, obs, final, R.choice(LESSON_INN))
    return setting, text

class Secret(NamedTuple):
    id: str
    text: str
    secret: str  # exact substring of text that must not survive redaction
class Innocent(NamedTuple):
    id: str
    text: str  # must come back unchanged

OTHER_LANGS = sorted(L)
def _build():
    secrets, innocents, counters = [], [], {}
    def nid(prefix, setting, lang, name):
        k = (prefix, setting, lang, name); counters[k] = counters.get(k, 0) + 1
        return f"{prefix}/{setting}/{lang}/{name}-{counters[k]:02d}"
    nat = [l for l in NATIONAL if l != "en"]; R.shuffle(nat)
    jobs = [("national-id", l) for l in nat[:19]] + [("national-id", "en")] * 2
    others = [k for k in KINDS if k != "national-id"]
    n_other = 200 - len(jobs)
    kinds_seq = [others[i % len(others)] for i in range(n_other)]
    n_en = 70 - 2
    langs = ["en"] * n_en + [OTHER_LANGS[i % len(OTHER_LANGS)] for i in range(n_other - n_en)]
    R.shuffle(langs)
    jobs += list(zip(kinds_seq, langs))
    PL = ["task"] * 6 + ["action"] * 5 + ["observation"] * 4 + ["final"] * 2 + ["lesson"] * 3
    for kname, lang in jobs:
        setting, text, v, tkey = make_secret_record(kname, lang, R.choice(PL))
        TEMPLATE_USE[("s",) + tkey] = TEMPLATE_USE.get(("s",) + tkey, 0) + 1
        secrets.append(Secret(nid("secret", setting, lang, kname), text, v))
    n_inn = 3 * len(SCENES) if 3 * len(SCENES) < 200 else 200
    ilangs = ["en"] * 70 + [OTHER_LANGS[i % len(OTHER_LANGS)] for i in range(n_inn - 70)]
    R.shuffle(ilangs)
    for i in range(n_inn):
        sidx = i % len(SCENES)
        setting, text = make_innocent(sidx, ilangs[i], (i // len(SCENES) + sidx) % 4)
        TEMPLATE_USE[("i", sidx)] = TEMPLATE_USE.get(("i", sidx), 0) + 1
        name = SCENES[sidx][1]().__getitem__(0).split("(")[0].replace(".", "-").replace("_", "-")
        innocents.append(Innocent(nid("innocent", setting, ilangs[i], name), text))
    return secrets, innocents
SECRETS, INNOCENT = _build()

if __name__ == "__main__":
    from collections import Counter
    ids = [s.id for s in SECRETS] + [i.id for i in INNOCENT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for s in SECRETS:
        assert s.secret and s.secret in s.text, s.id
        assert 60 <= len(s.text) <= 1500, (s.id, len(s.text))
        assert s.id.startswith("secret/") and len(s.id.split("/")) == 4
    for i in INNOCENT:
        assert 60 <= len(i.text) <= 1500, (i.id, len(i.text))
        assert i.id.startswith("innocent/") and len(i.id.split("/")) == 4
    assert max(TEMPLATE_USE.values()) <= 3, max(TEMPLATE_USE.items(), key=lambda kv: kv[1])
    print("templates:", len(TEMPLATE_USE), "max use:", max(TEMPLATE_USE.values()))
    assert 180 <= len(SECRETS) <= 220 and 180 <= len(INNOCENT) <= 220
    # deterministic: rebuilding with the same seed would give identical output (checked via hash below)
    print("secrets:", len(SECRETS), "innocent:", len(INNOCENT))
    for nm, coll in (("secrets", SECRETS), ("innocent", INNOCENT)):
        print(nm, "by setting:", dict(Counter(x.id.split("/")[1] for x in coll)))
        lc = Counter(x.id.split("/")[2] for x in coll)
        print(nm, "langs:", len(lc), "en share: %.0f%%" % (100 * lc["en"] / len(coll)))
    print("digest:", hashlib.sha256("".join(ids + [s.text for s in SECRETS] + [i.text for i in INNOCENT]).encode()).hexdigest()[:16])
