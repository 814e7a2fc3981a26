"""Credentials in protocol transcripts and one-time secrets, known by the command that carries them.

- A line-oriented protocol's login command: Redis `AUTH [user] x` (also as `MONITOR` prints it,
  `"AUTH" "x"`), IMAP `a1 LOGIN user x`, FTP / POP3 / IRC `PASS x`, IRC `OPER name x` and
  NickServ `IDENTIFY [nick] x`. The verb starts a line (after a tag, a prompt or a log's
  timestamp); its last argument is the secret, whatever its shape, unless it is a SASL mechanism's
  name (`AUTH LOGIN`) or a placeholder.
- SMTP `AUTH LOGIN`: the client line after the server's base64 prompt that decodes to "Password:".
- A one-time code said to be one, in the languages such messages come in: "Your verification
  code is 483920", "Ihre TAN … lautet: 174715", "Votre code de vérification est 711073",
  "验证码: 583920". A bare "the code is 1234" is not: prose about codes quotes the same shape.
"""

from __future__ import annotations

import binascii
import re
from base64 import b64decode

from skillhive.redact.engine import _NOT_MARKER, _Rule, _span
from skillhive.redact.judge import looks_random
from skillhive.redact.lexicon import (
    CARD_ENDING,
    CARD_ENDING_IN,
    CODE_ABROAD,
    COPULAS,
    FAILURE_ABROAD,
    ONE_TIME,
    ONE_TIME_GATES,
    OPENS_ABROAD,
    PADLOCKS,
    PASSWORD_ABROAD,
    PIN_ABROAD,
)
from skillhive.redact.lexicon import alternation as _alt
from skillhive.redact.values import _PLACEHOLDER

# SASL mechanisms and the words that follow a verb in prose or in a server's reply
_NOT_A_CREDENTIAL = frozenset(
    (
        *("login", "plain", "cram-md5", "digest-md5", "xoauth2", "oauthbearer", "gssapi", "external", "ntlm"),
        *("scram-sha-1", "scram-sha-256", "anonymous", "ok", "no", "bad", "failed", "required", "successful"),
        *("succeeded", "accepted", "the", "a", "to", "with", "as", "for", "is", "was", "and", "or", "by"),
    )
)
# a line's start: its beginning, an IMAP tag (`a1`), a prompt (`127.0.0.1:6379>`, `$`), a Redis MONITOR prefix
_LINE_START = r"(?:^|\n)[ \t]*(?:[^\n\"]{0,60}?(?:\]|>|\$|#)[ \t]+|[a-z]{0,4}[0-9][a-z0-9.]{0,6}[ \t]+)?"
_ARG = r"\"?[^\s\"]{1,128}\"?[ \t]+"


def _value(m: re.Match[str], text: str) -> str:
    return text[slice(*_span(m))]


_FILE_PATH = re.compile(r"[\w.-]+(?:/[\w.-]+)+\.[A-Za-z]{1,5}")


def _spare_wire(m: re.Match[str], text: str) -> bool:
    value = _value(m, text)
    if _spare_approval_code(m, text):  # `AUTH CODE 740095` on a card's receipt
        return True
    if value.lower() in _NOT_A_CREDENTIAL or _PLACEHOLDER.fullmatch(value) or value[0] in "$%<{-/":
        return True
    if _FILE_PATH.fullmatch(value):
        return True  # ` PASS  src/__tests__/Avatar.test.tsx`: a test runner's verdict on a file
    if value.isalpha() and (value.islower() or value.istitle()) and m.start("s") < 0:
        return True  # "# Pass credentials": a heading's word, not a password
    line_end = text.find("\n", m.end())
    rest = text[m.end() : line_end if line_end >= 0 else len(text)]
    return bool(rest.strip())  # the secret ends the line: prose goes on, a command ends


def _decodes_to_password_prompt(m: re.Match[str], text: str) -> bool:
    try:
        prompt = b64decode(m.group("p"), validate=True).decode("utf-8", "replace").lower()
    except (binascii.Error, ValueError):
        return False
    return any(w in prompt for w in ("pass", "pwd", "secret", "kennwort", "mot de passe", "contrase"))


_OTP_WORDS = (
    r"(?:verification|security|confirmation|one[ -]?time|sign[ -]?in|log[ -]?in|2fa|mfa|sms|otp|authentication|auth)"
    r"[ _-]?(?:code|pass(?:code|word)?)|(?<![a-z])(?:otp|totp|tan|mtan|smstan|mobile[ -]?tan|sms-tan|m-tan)(?![a-z(])"
    r"|code de (?:vérification|verification|confirmation|sécurité|connexion)|código de (?:verificación|seguridad|"
    r"confirmación|verificação|acesso)|bestätigungscode|sicherheitscode|anmeldecode|codice di (?:verifica|sicurezza)"
    r"|verificatiecode|beveiligingscode|kod (?:weryfikacyjny|sms)|doğrulama kodu|код подтверждения|проверочный код"
    r"|验证码|驗證碼|認証コード|確認コード|인증번호|인증 코드|mã xác (?:minh|thực)|رمز التحقق"
    # a code said to have come by message: "the code they texted me", "the code you emailed"
    r"|(?<![a-z])(?<!error )(?<!status )(?<!exit )(?<!return )(?<!response )(?<!promo )(?<!coupon )(?<!discount )"
    r"(?<!zip )(?<!postal )(?<!area )(?<!country )(?<!source )(?<!tracking )"
    r"code[ \t]+(?:(?:they|you|we|he|she|it|that|which|the bank|the app)[ \t]+)?(?:just[ \t]+)?"
    r"(?:texted|txted|sms(?:'d|ed|'ed)|messaged|whatsapped|e-?mailed"
    r"|(?=sent[ \t]+(?:to[ \t]+)?(?:me|us|my|your)\b)sent)"
    r"(?:[ \t]+(?:to[ \t]+)?(?:me|us|you|him|her|them|my|your)(?![a-z]))?"
    # a code that opens something: an alarm, a door, a gate, a key safe ("the door code is 2580")
    r"|(?:alarm|disarm|arming|door|gate|garage|keypad|lockbox|lock[ -]box|key[ -]?safe|entry|entrance|building"
    r"|padlock|locker|intercom|buzzer|access)[ _-]?code"
    # a code said by its length or by what brought it ("the 6 digit code from the SMS, 316704")
    r"|(?<![0-9])[4-8][ -]?(?:digit|chiffres|cifre|dígitos|stellige[nr]?)[ -]?(?:code|pin|código|codice)"
    r"|code (?:from|in) (?:the|my|your|an?) (?:sms|text|texts|app|authenticator|e-?mail|message)"
    r"|code[ \t]+(?:de[ \t]+(?:la[ \t]+|l')?(?:porte|portail|alarme|immeuble|entrée|acc[eè]s|digicode))|digicode"
    r"|(?:tür|tor|alarm|zugangs|haustür)code|código[ \t]+de[ \t]+(?:la[ \t]+|el[ \t]+)?(?:puerta|alarma|portal|entrada)"
    r"|codice[ \t]+(?:del(?:la|l')?[ \t]*)?(?:cancello|allarme|porta|portone)|(?:deur|poort|alarm)code"
)
# the verb or mark that says what follows is the code
_OTP_SAYS = rf"(?:(?<![a-z])(?:{_alt(COPULAS)}|la)(?![a-z])|:|=|：|,|[—–-](?=[ \t]))"  # noqa: RUF001
# after an English word for the code, not Polish's "to" (English's: "the code was sent to 5551234")
_OTP_SAYS_EN = rf"(?:(?<![a-z])(?:{_alt(tuple(c for c in COPULAS if c != 'to'))}|la)(?![a-z])|:|=|：|,|[—–-](?=[ \t]))"  # noqa: RUF001


# the verb or particle after a code, in the languages that put it there: Turkish, Japanese, Korean, Hindi
_SAID_AFTER = r"olarak|d[ıi]r|です|입니다|이다|를|을|है|हैं"  # noqa: RUF001
# a card payment's receipt: its "auth code" is the issuer's approval of one payment, not a login's code
_CARD_PAYMENT = re.compile(r"(?i:visa|mastercard|amex|maestro|card|receipt|paid|payment|approved|terminal|merchant)")


# what ends a code's clause: the code told after a comma or a dash, or with no verb, must end it
# ("the code from the SMS, 316704, and then …"; not "security code, 1000 users affected")
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[\n.,;!?)(—–]|-[ \t]|(?:then|and|but|puis|et|y|e|und|dann|so)(?![a-z]))", re.I)  # noqa: RUF001


def _spare_approval_code(m: re.Match[str], text: str) -> bool:
    said = m.group()[: _span(m)[0] - m.start()].lstrip()
    if said.rstrip(" \t\"'«“").endswith((",", "-", "—", "–")) and not _CLAUSE_END.match(text, m.end()):  # noqa: RUF001
        return True
    if not said.startswith(("auth", "authorization", "authorisation")):
        return False
    return _CARD_PAYMENT.search(text, max(0, m.start() - 120), min(len(text), m.end() + 120)) is not None


# A code told for what it opens or authorises (a door, a gate, a lockbox, a SIM, a card, a manager's
# override), in any carrier: the word that names it, a short stretch of the same sentence, what says
# the code follows, the code. A bare "code" needs what it opens said shortly before ("the gate has a
# keypad. Code is 4717#"); an error's, a status's or a product's code is no secret.
_OPENS = (
    r"door|gate|garage|keypad|lockbox|lock[ -]box|key[ -]?safe|safe|vault|alarm|entry|entrance|building|padlock"
    r"|locker|intercom|buzzer|access|override|proctor|exam|unlock|smart[ -]?lock|apartment|apt|porte|puerta|tür"
    r"|lock|key[ -]?box|duress|panic|disarm|wi-?fi|wlan|mailbox"
    # the same things in other languages (stems: `lukkolaatikossa` is in the lockbox)
    rf"|(?:{_alt(OPENS_ABROAD)})[a-zäöåæøüßąęłńśźżçãõ]*"
    # a German compound whose last word is the door (`Wohnungstür`, `Haustür`, `Kellertür`)
    r"|[a-zäöüß]{2,20}tür"
)
# "code" in other languages, and the words for a password: a number told under them is the code
_FOREIGN_CODE = r"c[oó]digo|codice|kod|kodu|koodi|kode|kód|kods|kodas|код|" + _alt(CODE_ABROAD)
_PASSWORD_CODE = (
    r"password|passwort|kennwort|wachtwoord|contraseña|contrasena|senha|mot de passe|hasło|haslo|heslo"
    r"|salasana|lösenord|passord|adgangskode|parola|" + _alt(PASSWORD_ABROAD)
)
# digits said as words, in the languages calls come in: "two zero four two five seven"
_NUMBER_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho"
    r"|nueve|zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|null|eins|zwei|drei|vier|fünf|sechs|sieben|acht"
    r"|neun|due|tre|quattro|cinque|sei|sette|otto|nove|um|dois|três|sete|oito|nul|een|twee|drie|vijf|zes"
    r"|zeven|negen)"
)
# a dial's turns: "27 right 15 left 21", "10 links 20 rechts 30"
_TURN = r"(?:right|left|r|l|rechts|links|droite|gauche|derecha|izquierda|destra|sinistra|cw|ccw)"
_CODE_WORDS = (
    # a word of its own, not part of a name (`pin_token`, `code_path`: another thing's)
    r"(?:(?<![a-z_])(?:(?:security|host|card|sim|atm|phone|app|account|debit|bank|login|chairperson|participant"
    # what the code releases: a parcel, a prescription, an account to be activated
    r"|collection|pick[ -]?up|activation|claim|release|redemption"
    r"|attendee|moderator|conference|leader|guest)[ -])?"
    rf"(?:pin(?:[ _-]?code)?|puk[12]?|passcode|digicode|combo|combination|combinaci[oó]n|combinaison|kombination"
    rf"|combinazione|(?:{_OPENS})[ _-]?code|code|{_FOREIGN_CODE}|{_alt(PIN_ABROAD)}))(?![a-z_])"
)
_SAYS_CODE = (
    r"(?:is|was|now|it's|it is|they're|es|est|ist|lautet|é|è|jest|to|are"
    r"|poner|usar|use|enter|type|try|says|reads"
    # "is" in other scripts, and "(changed) to" in Hebrew (`ל-`)
    r"|是|为|為|は|هو|هي|है|là|adalah|είναι|היא|הוא|ל-"
    # "is" in the other languages of lexicon.py (`bankkortskod är 6624`)
    r"|är|er|on|wynosi|brzmi|zní|je|blir|ialah|yaitu|это|є)"
)
_CODE_VALUE = (
    r"[0-9](?:[ ][0-9]){3,7}(?![ ]?[0-9])|[0-9]{3}[ -][0-9]{3}(?![0-9-])|[0-9]{4,10}(?![0-9]|[.,][0-9])"
    r"|[0-9]{1,2}(?:-[0-9]{1,2}){2,3}(?![0-9-])"  # a dial's numbers (`12-34-56`)
    rf"|[0-9]{{1,2}}[ ]+{_TURN}(?:[ ,]+(?:then[ ]+)?[0-9]{{1,2}}(?:[ ]+{_TURN})?){{2,3}}(?![0-9a-z])"
    rf"|{_NUMBER_WORD}(?:[ ,-]+{_NUMBER_WORD}){{3,11}}(?![a-z])"
    r"|[a-z]{3,10}(?:-[a-z]{3,10}){1,3}-[0-9]{1,4}(?![a-z0-9])"
    r"|(?=[a-z]{0,11}[0-9])(?=[0-9]{0,11}[a-z])[a-z0-9]{6,12}(?![a-z0-9_-])"
    # a building's code of digits with a letter among them (`12A34`, `24A19`): a letter between digits
    r"|[0-9]{1,3}[a-z\u0430-\u044f\u0451][0-9]{2,4}(?![a-z0-9\u0430-\u044f\u0451_-])"  # a Cyrillic one too
    # a code in dash-joined groups of letters and digits (`NYPJ7-GQC75-W5FQB`), a digit among them
    r"|(?=[a-z-]{0,30}[0-9])(?=[0-9-]{0,30}[a-z])[a-z0-9]{4,6}(?:-[a-z0-9]{4,6}){2,4}(?![a-z0-9_-])"
)
_THINGS_AFTER_CODE = (
    *("porte", "portail", "immeuble", "entrée", "bâtiment", "batiment", "puerta", "portal", "portón", "entrada"),
    *("alarme", "alarma", "cancello", "portone", "garage", "parking", "cave", "ascenseur", "ascensor"),
)
# what a code belongs to, said between its word and the code with no verb ("digicode de l'immeuble 12A34",
# "the code for the side gate 4471"): one to three words after "of"/"de"/"für"
_BELONGING = (
    r"[ \t]+(?:of|for|to|de|du|des|da|do|del|della|di|für|zum|zur|van|voor|för|dla|pour|per|para)[ \t]+"
    r"(?:(?:the|la|le|les|el|l'|d'|der|die|das|het|il|lo|o|a)[ \t]*)?[^\W\d_]{2,20}(?:[ \t]+[^\W\d_]{2,20}){0,2}"
    r"[ \t]*(?=[0-9])"
    # or, in French, Spanish, Italian, the thing itself right after the word: "code porte 12A34"
    rf"|[ \t]+(?:{'|'.join(_THINGS_AFTER_CODE)})[ \t]*:?[ \t]*(?=[0-9])"
    # or, with no word for "of" (Arabic, Korean, Finnish), what it opens among the words before the number:
    # "رمز باب العمارة 0560"
    rf"|[ \t]+(?:[^\W\d_]{{1,20}}[ \t]+){{0,2}}?[^\W\d_]{{0,3}}(?:{_OPENS})[^\W\d_]{{0,6}}"
    r"(?:[ \t]+[^\W\d_]{1,20}){0,2}[ \t]*(?=[0-9])"
)
# what follows a code's word: a short stretch of the sentence, what says the code follows, the code
_TOLD_AFTER = (
    rf"(?:[^\n!?]{{0,50}}?(?:(?<![a-z]){_SAYS_CODE}(?![a-z])|[:=：])|{_BELONGING}|[ \t]*)"  # noqa: RUF001
    r"(?:[ \t]*(?:\.{2,3}|…))?[ \t]*[:=：]?[ \t]*[\"'«“*#「『【]?"  # noqa: RUF001
    rf"(?P<s>{_CODE_VALUE})"
)
_OPENER_SAID = re.compile(rf"(?i:(?<![a-z])(?:{_OPENS}|pin|puk|combo)(?![a-z]))")
_OPENER_PANEL = re.compile(
    rf"(?i:(?<![a-z])(?:{_OPENS}|panel|pad|alarm[a-zäöü]*|allarme|portail|portal|portón|cancello|tor|schloss)(?![a-z]))"
)
_OPENER_NEAR = re.compile(rf"(?i:(?<![a-z])(?:{_OPENS})(?![a-z]))")
_NOT_A_SECRET_CODE = re.compile(
    r"(?:error|status|exit|return|response|reason|promo|coupon|discount|zip|postal|area|country|source|tracking"
    r"|product|item|sku|tax|hs|iata|airport|currency|language|dial|country|auth|authorization|approval|qr|bar"
    r"|order|booking|reservation|reference|invoice|customer|case|ticket|course|class|flight|seat|room|branch"
    r"|store|shop|sort|swift|station|model|part|serial|colou?r|font|dialling|dialing|post|unicode"
    r"|op|byte|machine|pseudo|source|quell|fehler|rabatt|sendungs|vorwahl|länder|farb|fel|feil|fejl|rabat|kampanj)"
    r"[ _-]?$"
)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_CODE_THEN = frozenset(
    ["for", "is", "was", "to", "now", "has", "changed", "of", "on", "at", "it's", "es", "est", "ist"]
)
# "the code of/for/de/do X": the code belongs to what follows, which says what it opens
_BELONGS = frozenset(
    ("of", "for", "to", "de", "du", "des", "da", "do", "della", "dello", "del", "di", "für", "fuer", "zum", "zur")
) | frozenset(("van", "voor", "för", "till", "dla", "na", "pour", "per", "para", "por", "al", "au", "della"))
# what a code of that kind is not: an error's, a product's, a place's
_OTHER_THING = re.compile(
    r"(?:la |le |l'|el |the |a |o |os |a |das |der |die |dem |den |het |de )?(?:error|status|exit|erro|fehler|erreur"
    r"|product|produ|item|country|pa[ií]s|pays|land|course|curso|cours|postal|zip|tax|area|region|language|idioma"
    r"|reserva|reservation|réservation|booking|buchung|prenotazione|boeking|rezerwacji|localizador|pedido|commande"
    r"|currency|moneda|conduct|conduta|conduite|practice|program|source|fuente|quelle|honor|honour)"
)
# what a message says of a one-time code after giving it: not to share it, that it expires
_ONE_TIME_SAID = re.compile(
    r"(?i:(?:never|don'?t|do not|nicht|ne|no|nunca|não|nao|mai)[ \t]+(?:\w+[ \t]+)?"
    r"(?:share|teilen|partag|compart|divulg)|expires?|valid for|gültig|expira|caduca|valable|scade|vervalt)"
)
# a password's word, what it is of ("do wifi", "for the alarm panel"), then what says the value follows
_PASSWORD_SAYS = re.compile(
    rf"(?:{_PASSWORD_CODE})(?:[ \t]+(?:for|of|to|do|da|de|du|des|für|van|voor|del|della|di)"
    r"(?:[ \t]+[^\W\d_]{1,20}){1,3}"
    # Arabic's "for" is a prefix: "كلمة المرور للواي فاي هي …"
    r"|[ \t]+لل?[^\W\d_]+(?:[ \t]+[^\W\d_]{1,20}){0,2})?"
    r"[ \t]*(?:(?:is|was|es|est|ist|lautet|é|è|jest|是|为|為|は|هو|هي|है|[:=])[ \t]*)?[#「『]?"
)
_YOURS = re.compile(
    r"(?i:\b(?:your|tu|su|votre|ton|ihr|dein|seu|sua|il tuo|uw|je)[ \t]+(?:[^\W\d_][\w&-]*[ \t]+){0,2}$)"
)
# `0600 to 2200`, `0600-2200`; not `3398-12` (a code with a suffix)
_RANGE_AFTER = re.compile(r"[ \t]*(?:(?:to|until|till|bis|à|hasta|a|–)[ \t]*[0-9]|-[ \t]*[0-9]{3})")  # noqa: RUF001
_LABEL_WORD = re.compile(r"([a-z]+)[ \t]*[:=][ \t\"'«“*]*$")
_NOT_CODE_LABELS = frozenset(
    (
        *("hours", "hour", "time", "times", "fee", "fees", "price", "cost", "model", "size", "battery", "level"),
        *("count", "serial", "weight", "height", "width", "floor", "room", "unit", "year", "date", "version"),
        *("number", "phone", "tel", "fax", "ext", "zone", "area", "type", "brand", "owner", "address"),
    )
)
_DATE_GOES_ON = re.compile(r"[-/.][0-9]{1,2}[-/.][0-9]")
_NAMED_NUMBER = re.compile(r"[A-Za-z]{1,6}[0-9]{1,5}|0[xX][0-9A-Fa-f]+")
_FAILURE_SAID = re.compile(
    rf"(?i:error|denied|fail|exception|status|http|errno|rejected|refused|exit|{_alt(FAILURE_ABROAD)})"
)
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:%|digits|chiffres|stellen|minut|secon|ms\b|s\b|min\b|h\b|px|mm|v\b|kb|mb|gb|lines|bytes|char"
    r"|words|rows|items|users|pages|times|days|years|lbs?\b|kg\b)"
)


# a postal code's word, whose "code" is no secret: מיקוד (Hebrew, "code" inside it), الرمز البريدي, पिन कोड (India's
# postal index number), ZIP code, código postal…
_POSTAL_CODE_WORD = re.compile(
    r"(?i:מיקוד|البريدي|بريدي|پستی|पिन ?कोड|पिनकोड|postal|post ?code|zip|postleitzahl|plz|code postal|código postal"
    r"|codigo postal|codice postale|postcode|kode pos|mã bưu|почтов|поштов|indeks pocztowy|郵便|邮编|邮政|우편|ไปรษณีย์)"
)

# India's postal code (a PIN code): six digits, the first not 0 or 9, in an address (a place's name by it)
_INDIA_POSTAL = re.compile(r"[1-8][0-9]{5}")
_ADDRESS_SAID = re.compile(
    r"(?i:address|deliver|shipping|courier|nagar|road|\brd\b|street|cross|block|colony|sector|lane|marg|district"
    r"|village|city|town|pata|पता)"
)
_ONE_WORD_PINCODE = re.compile(r"(?<![^\W\d_])(?i:pincode)[ \t]*[:=-]?[ \t]*$")
_PLACE_AFTER = re.compile(r"[ \t]*(?:\([A-Z][a-z]+|,[ \t]+[A-Z][a-z]+)")
_PLACE_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z][a-z]+,[ \t]+(?i:pin)(?:[ -]?(?i:code))?[ \t]*[0-9]")


def india_postal_pin(text: str, start: int, value_start: int, value_end: int) -> bool:
    """ "Karnataka, PIN code 560838", "PIN 411014 (Pune)", "PIN code is 400053, Andheri west": India's postal
    code in an address, named by the word its post calls it (a PIN), not a card's PIN."""
    if "pin" not in text[max(0, start - 4) : value_start].lower():
        return False  # (`Pincode:` read from its `code`)
    if _INDIA_POSTAL.fullmatch(text, value_start, value_end) is None:
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", value_end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if _ONE_WORD_PINCODE.search(text, max(0, start - 4), value_start) and _ADDRESS_SAID.search(text):
        return True  # "Pincode: 560034" in a record that speaks of a delivery: the post's word, one word
    return (
        _ADDRESS_SAID.search(line) is not None
        or _PLACE_AFTER.match(text, value_end) is not None
        or (
            _PLACE_BEFORE.search(text, max(0, start - 24), value_start + 1) is not None
            and text.count(",", max(line_start, start - 60), start) >= 2  # an address in parts: "…, Delhi,"
        )
    )


# a card "ending in" its last four digits, shown to say which card
_CARD_ENDING = re.compile(
    rf"(?i:(?<![a-z])(?:{_alt(CARD_ENDING)})(?:[ \t]+(?:{_alt(CARD_ENDING_IN)}))?[ \t]+(?:[*•x]+[ \t-]?)?$)"
)


def _spare_told_code(m: re.Match[str], text: str) -> bool:
    said = m.group()[: m.start("s") - m.start()].lstrip().lower()
    value = _value(m, text)
    if _UNIT_AFTER.match(text, m.end()):
        return True
    if _CARD_ENDING.search(text, max(0, m.start("s") - 24), m.start("s")):
        return True  # "the code of the card ending 6431 is 728": which card, not its code
    if _POSTAL_CODE_WORD.search(text, max(0, m.start() - 24), m.start("s")):
        return True  # "מיקוד 6100101", "pin code 560001" of an address: where someone lives, no secret
    if india_postal_pin(text, m.start(), m.start("s"), m.start("s") + len(value)):
        return True  # "Karnataka, PIN code 560838": India's postal code, in an address
    before = text[max(0, m.start() - 24) : m.start()].lower()
    if _NOT_A_SECRET_CODE.search(before) and not _SECRET_BY_ITSELF.match(said):
        return True  # `customer code 1234` is an account's; a customer's passcode or PIN is still one
    if value.isalpha() or _PLACEHOLDER.fullmatch(value) or _NAMED_NUMBER.fullmatch(value):
        return True  # a word, a placeholder, a course's or a room's name and number (`CHEM101`), a hex number
    if _FAILURE_SAID.search(text, max(0, m.start() - 60), m.start()):
        return True  # `HTTP 503 … code: 5031`, `access denied (code: 1045)`: an error's code
    if value[:1].isalpha() and value.isalnum() and not any(c.isdigit() for c in value[:3]) and value.islower():
        return True  # a lower-case word with a digit late (`version2`) is a name, not a code
    if _DATE_GOES_ON.match(text, m.end()) or _RANGE_AFTER.match(text, m.end()):
        return True  # `2025-01-31`: a date's year; `0600 to 2200`: a range, not a code
    dictated = " " in value and (value[:1].isalpha() or not any(c.isalpha() for c in value))
    line_start = text.rfind("\n", max(0, m.start() - 60), m.start()) + 1  # (a bounded look: many codes, one line)
    opener_near = _OPENER_NEAR.search(text, max(line_start, m.start() - 60), m.start()) is not None
    if re.fullmatch(r"(?:pin(?:[ -]?code)?|code)[ \t\"'«“]*", said) and not text.startswith("#", m.end()):
        # `pin 2048 of the FPGA`: a bare pin or code with nothing that says a value follows; but a
        # PIN in capitals is the number, and a code right after what it opens ("key safe #12, code 3534")
        word_at = m.start() + len(m.group()) - len(m.group().lstrip())
        acronym = said.startswith("pin") and text.startswith("PIN", word_at)
        return not (acronym or opener_near or dictated)
    if re.match(rf"(?:{_PASSWORD_CODE})(?![a-z])", said):  # `wachtwoord 845266`, `password: 4821`: digits alone
        says = _PASSWORD_SAYS.fullmatch(said)
        return says is None or not value.replace(" ", "").isdigit()
    if _ONE_TIME_SAID.search(text, m.end(), min(len(text), m.end() + 120)):
        return False  # "Your bank code is 455309. Never share it. Expires in 10 min.": a one-time code
    if m.start() > 0 and text[m.start() - 1].isalpha():
        return False  # the end of a compound (`Abholcode lautet`) that names no other thing (read above)
    code_word = re.match(rf"(?:code|{_FOREIGN_CODE})(?![a-z])", said)
    if code_word is not None:  # a bare code: what it opens said shortly before, or after "of"/"de"
        after = said[code_word.end() :].split()
        if after and after[0] in _BELONGS and not _OTHER_THING.match(" ".join(after[1:3])):
            # `le code de la salle serveurs est …`, `o código do alarme é …`; with no verb, not a year that
            # goes on ("the code for the exam 2024 session")
            return _YEAR.fullmatch(value) is not None and not _CLAUSE_END.match(text, m.end())
        if after and after[0] in _THINGS_AFTER_CODE:
            return False  # `code porte 12A34`: the thing it opens, in the languages that put it after
        if after and _PIN_AFTER.fullmatch(after[0]):
            return False  # "Mã PIN thẻ ATM … là 9932": the code's word is a PIN's
        if after and _OPENER_NEAR.search(" ".join(after[:3])) and not _OTHER_THING.match(" ".join(after[:2])):
            return False  # "رمز باب العمارة 0560", "קוד הכניסה": what it opens among the words after it
        if after and after[0].isalpha() and after[0] not in _CODE_THEN:
            return True  # `code freeze is 1200`, `code review is at 1400`: a compound noun, not a code
        if dictated:
            return False  # digits said one by one ("the code is... 3 2 3 0"): a code read out
        if _YOURS.search(text, max(0, m.start() - 30), m.start()):
            return False  # "Your Acme code: 8843": a code sent to the reader
        if _CAME_BY_MESSAGE.search(text, max(0, m.start() - 40), m.start()):
            return False  # "I got the text, code is 8497": a one-time code passed on
        return _OPENER_SAID.search(text, max(0, m.start() - 200), m.start()) is None
    if said.startswith(("combin", "kombin", "combo")):
        return re.sub(rf"(?<![a-z]){_TURN}(?![a-z])|then|[ ,-]", "", value).isdigit() is False
    return False


_PIN_AFTER = re.compile(r"pin|otp|puk|passcode|atm")
# a word that names a secret by itself, whoever's it is (`customer passcode`, `store PIN`)
_SECRET_BY_ITSELF = re.compile(r"(?:passcode|pin(?![a-z])|puk|digicode)")
# a code said to have come by message, shortly before its word: "ok I got the text, code is 8497"
_CAME_BY_MESSAGE = re.compile(
    r"(?i:(?<![a-z])(?:got|received|recieved|get|have)[ \t]+(?:(?:the|a|your|an|my|that)[ \t]+)?"
    r"(?:text|txt|sms|e-?mail|message|notification)(?![a-z]))"
)
# the word for code a match ends with, so that what stands before it can be read (`zip code` -> `zip `)
_CODE_WORD_AT_END = re.compile(r"[a-zçãéóñ]+[12]?$")


def _spare_opener_code(m: re.Match[str], text: str) -> bool:
    """A code told of what it opens, with no word for code: not when the colon labels another word."""
    label = _LABEL_WORD.search(m.group()[: m.start("s") - m.start()].lower())
    if label is not None and label.group(1) in _NOT_CODE_LABELS:
        return True  # `gate access hours: 0600`: the value is the hours'
    return _spare_told_code(m, text)


def _one_time_code(words: str, says: str, bare: str = "") -> str:
    """A one-time code after one of `words`: what says it follows, or the verb after it, then the code;
    `bare`, another way the code may follow (for words that name nothing else, nothing between)."""
    return (
        rf"(?:{words})(?:[^\n\d]{{0,50}}?(?:[ \t:：]|(?=[,:：]))|[ \t]*"  # noqa: RUF001
        # an amount or a date between the code's word and its verb ("Ihre TAN für 1.250,00 EUR … lautet")
        r"|[^\n]{0,90}?[ \t](?=(?:lautet|is|est|ist|är|er|es|jest|wynosi|adalah|هو)[ \t:]))"
        rf"(?:{says}[ \t]*[:：]?|"  # noqa: RUF001
        # or no verb before the code, in the languages that say it after ("kodunuz 318840 olarak", "ओटीपी
        # 830021 है", "인증번호 [662019]를 입력"): a word's ending, then the code, then that verb
        rf"[^\W\d_]{{0,5}}(?=[ \t]*[\[(【]?[0-9]{{4,8}}[\])】]?[ \t]*(?:{_SAID_AFTER})){bare})"
        r"[ \t]*[\"'«“\[(【]?"
        r"(?P<s>[0-9]{4}[ -][0-9]{4}|[0-9]{3}[ -][0-9]{3}|[0-9](?:[ ][0-9]){3,7}(?![ ]?[0-9])|[0-9]{4,8})"
        r"(?![0-9]|[.,][0-9]|[ \t]*(?:%|digits|chiffres|stellen|minut|secon|ms\b|s\b|min\b|h\b))"
    )


# a code right after the word, ending its clause: "Kertakäyttöinen koodi 221903"
_BARE_CODE = r"|(?=[ \t]+[0-9]{4,8}[ \t]*(?:$|[\n.,;!]))"
# a code glued to a word of a script without spaces (`验证码748453` and a full-width comma), ending its clause
_BARE_CODE_CJK = r"|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?=[0-9]{4,8}(?:$|[\n.,;!\uff0c\u3002\u3001\uff09)]))"


_OTP_GATES = (
    "code",
    "código",
    "codice",
    "kod",
    "otp",
    "tan",
    "pass",
    "код",
    "码",
    "碼",
    "コード",
    "인증",
    "mã",
    "رمز",
    "digit",
)


# a code someone received (by text, by mail, in an app): "I got a 6 digit code by text, it says 037285", "j'ai
# reçu le code 537091", "me llegó un SMS con la clave 984283", "wesselni code 439447": what arrives to be typed
_RECEIVED = (
    *("got", "get", "received", "receive", "recieved", "reçu", "recibí", "recibi", "me llegó", "me llego"),
    *("recebi", "chegou", "erhalten", "bekommen", "ricevuto", "arrivato", "otrzymałem", "otrzymałam", "dostałem"),
    *("dostałam", "получил", "получила", "пришёл", "пришел", "aldım", "geldi", "ontvangen", "gekregen", "fick"),  # noqa: RUF001
    *("fikk", "modtog", "sain", "kaptam", "wesselni", "gali", "gatli", "wasalni"),
)
_RECEIVED_CODE = (
    *("code", "codes", "código", "codigo", "clave", "codice", "kod", "kodu", "kode", "koden", "kodun", "kodunu"),
    *("код", "кода", "κωδικό", "otp", "tan"),
)


def _spare_received(m: re.Match[str], text: str) -> bool:
    """Another thing's code received (an error's, an order's, a promotion's), a count, a year, a time."""
    between = m.string[m.start() : m.start("s")]
    return (
        _NOT_A_SECRET_CODE.search(m.string[m.start() : m.start("w")].rstrip()) is not None  # "got the order code"
        or _ANOTHER_THINGS_CODE.search(between) is not None
        or _UNIT_AFTER.match(text, m.end("s")) is not None
        or _YEAR.fullmatch(m.group("s")) is not None
        or _CODE_COMPOUND.search(between) is not None  # "code review is at 1400": another thing, and a time
        or _AT_A_TIME.search(between) is not None
    )


_ANOTHER_THINGS_CODE = re.compile(r"error|erreur|fehler|erro|errore|status|order|tracking|promo|coupon|discount")
_CODE_COMPOUND = re.compile(
    r"(?<![a-z])code[ \t-]+(?:review|reviews|base|of conduct|name|editor|snippet|block|owner|freeze|coverage"
    r"|quality|style|path|change|changes|sample|example|sprint|walkthrough|camp|club)(?![a-z])"
)
_AT_A_TIME = re.compile(r"(?<![a-z])(?:at|by|until|before|after|around|from|à|um|a las|alle)[ \t]+$")


WIRE_RULES: tuple[_Rule, ...] = (
    _Rule(
        "one-time-code",
        rf"(?<![a-z])(?:{_alt(_RECEIVED)})(?![a-z])[^\n.!?]{{0,40}}?(?<![a-z])(?P<w>{_alt(_RECEIVED_CODE)})(?![a-z])"
        r"[^\n.!?0-9]{0,30}?(?<![0-9a-z.,-])(?P<s>[0-9]{4,8})(?![0-9]|[.,][0-9])",
        tuple(dict.fromkeys(w.split()[0][:5] for w in _RECEIVED)),
        on_lower=True,
        spare=_spare_received,
    ),
    # a building's door code with a letter in it (`digicode A6769`, `code porte 4471B`, `gate code B2580#`):
    # a digicode keypad has letters, so its code is a letter and digits, which a bare code's rule reads as an
    # error's or a product's code
    _Rule(
        "access-code",
        r"(?<![a-z])(?:digicode|(?:door|gate|entry|building|front door|entrance)[ -]code"
        r"|code[ \t]+(?:de[ \t]+(?:la[ \t]+|l')?)?(?:porte|portail|immeuble|entrée|acc[eè]s|bâtiment|batiment)"
        r"|código[ \t]+(?:del?[ \t]+(?:la[ \t]+)?)?(?:portal|puerta|portón|edificio))(?![a-z])"
        r"[^\n.;!?]{0,40}?(?:[:=]|(?<![a-z])(?:is|est|es|c'est|:)(?![a-z])|[ \t])[ \t]*[\"'«“*]?[ \t]*"
        r"(?P<s>[a-z][ ]?[0-9]{3,6}|[0-9]{3,6}[ ]?[a-z])(?![a-z0-9_-])",
        ("digicode", "code", "código"),
        on_lower=True,
    ),
    *(
        _Rule(
            "one-time-code",
            _one_time_code(words, says, bare),
            gates,
            on_lower=True,
            spare=_spare_approval_code,
        )
        for words, gates, says, bare in (
            (_OTP_WORDS, _OTP_GATES, _OTP_SAYS_EN, _BARE_CODE_CJK),
            # the same meaning in the other languages of lexicon.py ("验证码", "engångskod", "kode verifikasi"):
            # a rule of its own, gated by its words, so that a text with none of them pays nothing for them
            (_alt(ONE_TIME), ONE_TIME_GATES, _OTP_SAYS, _BARE_CODE + _BARE_CODE_CJK),
        )
    ),
    # a number said to be someone's code, before the word: "771203 is your Acme code", "4821 es tu código",
    # "it's 0419 for my card PIN"; the word for code ends the clause ("2024 is the code year" is none)
    _Rule(
        "one-time-code",
        r"(?<![0-9a-z.,-])(?:[a-z]{1,3}-)?(?P<s>[0-9]{4,8})(?![0-9])[ \t]+(?:(?:is|es|est|ist|é|è|è il|é o|is je"
        r"|for|para|pour|für|per)[ \t]+)+"
        r"(?:your|tu|su|votre|ton|ihr|dein|il tuo|il suo|o seu|seu|je|uw|my|mi|mon|ma|mein|meine|il mio|o meu|mijn"
        r"|the|our)[ \t]+(?:[^\W\d_][\w-]*[ \t]+){0,3}"
        rf"{_CODE_WORDS}(?=[ \t]*(?:$|[\n.,;:!?)]|(?:for|to|of|de|du|da|do|and|but)(?![a-z])))",
        (
            "your",
            "tu ",
            "su ",
            "votre",
            "ton ",
            "ihr",
            "dein",
            "seu",
            "je ",
            "uw ",
            "my ",
            "mi ",
            "mon ",
            "ma ",
            "the ",
        ),
        on_lower=True,
        spare=lambda m, text: _NOT_A_SECRET_CODE.search(_CODE_WORD_AT_END.sub("", m.group())) is not None,
    ),
    # a number said to be a one-time code, before the word, in the lexicon's languages: "552901 adalah kode
    # OTP Anda", "771204 là mã xác nhận", "448120 est votre code à usage unique"
    _Rule(
        "one-time-code",
        r"(?<![0-9a-z.,-])(?P<s>[0-9]{4,8})(?![0-9])[ \t]+"
        rf"(?:{_alt(COPULAS)}|merupakan|ist ihr|est votre|es tu|es su|é o seu|is your|is je)[ \t]+"
        rf"(?:(?:your|votre|ton|tu|su|ihr|dein|je|uw|il tuo|o seu|seu|la|le|el|il|der|die|das)[ \t]+)?"
        rf"(?:{_alt(ONE_TIME)}|otp)(?![a-z])",
        (*ONE_TIME_GATES, "otp"),
        on_lower=True,
    ),
    # a number used to open or to prove something: "use 7731 to unlock the scooter", "enter 4410 to sign in"
    _Rule(
        "access-code",
        r"(?<![a-z])(?:use|enter|type|dial|key in|punch in|tap)[ \t]+(?:(?:the[ \t]+)?(?:code|pin)[ \t]+)?"
        r"(?P<s>[0-9]{4,8})(?![0-9])[ \t]+to[ \t]+(?:unlock|open|disarm|sign in|log in|login|verify|confirm|access"
        r"|get in|start|activate|enter|pay|complete)(?![a-z])",
        ("use", "enter", "type", "dial", "key in", "punch in", "tap"),
        on_lower=True,
    ),
    # a number keyed into a panel, then its key: "enter 2393 and press OFF", "punch in 4471 then #",
    # "tippen Sie 0852 und drücken"; a door, a lock, an alarm or a keypad said near (a phone menu's
    # "dial 1234 then press 1" names none)
    _Rule(
        "access-code",
        r"(?<![a-z])(?:enter|type|key in|punch in|tap in|input|code in|tape[zr]?|saisi(?:r|ssez)|digit[ae]|introduc[ea]"
        r"|tipp(?:e|en)|gib|geben sie)[ \t]+(?:(?:the[ \t]+|le[ \t]+|el[ \t]+|il[ \t]+|den[ \t]+)?(?:code|pin|código"
        r"|codice)[ \t]+)?(?:sie[ \t]+)?"
        r"(?P<s>[0-9]{4,8})(?![0-9])[ \t]*(?:,[ \t]*)?(?:(?:and|then|&|\+|et|puis|y|luego|e|poi|und|dann)[ \t]+)?"
        r"(?:then[ \t]+|the[ \t]+|la[ \t]+|le[ \t]+)?"
        r"(?:press|hit|push|tap|followed by|#|\*|enter|ok|off|set|arm|unlock|green|appuye[zr]|puls[ea]|premi|dr[uü]cken"
        r"|valide[zr])(?![a-z])",
        ("enter", "type", "key in", "punch in", "tap in", "input", "code in", "tape", "saisi", "digit", "introduc"),
        on_lower=True,
        spare=lambda m, text: (
            _OPENER_PANEL.search(text, max(0, m.start() - 200), min(len(text), m.end() + 200)) is None
        ),
    ),
    # the verb after the code (German, Dutch, Italian): "Code 5520 eingeben", "pincode 4471 intoetsen"
    _Rule(
        "access-code",
        r"(?<![a-z])(?:code|pin|pincode|codice|zahlencode)[ \t]+(?P<s>[0-9]{4,8})(?![0-9])[ \t]+"
        r"(?:eingeben|eintippen|tippen|eingegeben|invoeren|intoetsen|intypen|inserire|digitare|inserisci|digita)"
        r"(?![a-z])",
        ("eingeb", "eintipp", "tippen", "invoeren", "intoetsen", "intypen", "inserire", "digita", "inserisci"),
        on_lower=True,
        spare=lambda m, text: (
            _OPENER_PANEL.search(text, max(0, m.start() - 200), min(len(text), m.end() + 200)) is None
        ),
    ),
    # a stream key: the last segment of a streaming ingest URL (`rtmp://host/app/<key>`), machine-made
    _Rule(
        "stream-key",
        r"rtmps?://[^\s/\"']+/[^\s\"']*?/(?P<s>[A-Za-z0-9_-]{16,256})(?=[\s\"']|$)",
        ("rtmp",),
        spare=lambda m, text: not looks_random(_value(m, text).replace("_", "").replace("-", "")),
    ),
    # an eSIM's activation code in its QR payload (`LPA:1$<SM-DP+ host>$<matching id>`)
    _Rule("activation-code", r"LPA:1\$[^$\s]{3,255}\$(?P<s>[A-Za-z0-9-]{8,64})(?![A-Za-z0-9-])", ("LPA:1$",)),
    # an app password shown in four groups of four (`abcd 1x2y efgh ij3k`), after a password's name
    _Rule(
        "password",
        r"(?:pass(?:word|code)|(?:wlan|wifi|wi-fi|wpa|network|netzwerk|router)[ -]?(?:schlüssel|key|sleutel|nyckel)"
        r"|clave wifi|clé wifi|clé wi-fi|chiave wifi|wpa2?[ -]?psk)[^\n]{0,60}?[:=][ \t]*[\"'`]?"
        r"(?P<s>(?=[a-z0-9 ]{0,18}[0-9])[a-z0-9]{4}(?:[ -][a-z0-9]{4}){3,7})(?![a-z0-9])",
        ("pass", "wlan", "wifi", "wi-fi", "wpa", "network", "netzwerk", "router", "clave", "clé", "chiave", "psk"),
        on_lower=True,
    ),
    # a code asked for in one turn and told in the next: "can you read the passcode out?" / "yes, it says X"
    _Rule(
        "access-code",
        r"(?<![a-z])(?:passcode|pin|puk|otp|code)(?![a-z])[^\n?]{0,60}\?[ \t]*\r?\n[ \t]*(?:[\w .-]{1,24}:[ \t]*)?"
        r"(?:(?:yes|yeah|sure|ok|okay|um|uh|so|it'?s|it is|it says|that'?s|here)[,:.! \t]+){0,3}[\"']?"
        r"(?P<s>[0-9]{3}[ -][0-9]{3}(?![0-9-])|[0-9](?:[ ][0-9]){3,7}(?![ ]?[0-9])|[0-9]{4,8}(?![0-9]|[.,][0-9]))"
        # the code ends its clause ("2024 was the year we moved" answers with no code)
        r"(?=[\"']?[ \t]*[#*]?[.;!…]*[ \t]*(?:$|[\r\n,;—–-]|(?:then|and|but|please|thanks|ok|okay|right)(?![a-z])))",  # noqa: RUF001
        ("?",),
        on_lower=True,
        spare=lambda m, text: (
            _NOT_A_SECRET_CODE.search(text[max(0, m.start() - 24) : m.start()].lower()) is not None
            or _UNIT_AFTER.match(text, m.end()) is not None
            or _DATE_GOES_ON.match(text, m.end("s")) is not None  # the next line opens with a log's date
            or text.startswith("-", m.end("s"))
        ),
    ),
    # a code told for what it opens or authorises, in any carrier (above)
    _Rule(
        "access-code",
        _CODE_WORDS + _TOLD_AFTER,
        (
            *("pin", "puk", "passcode", "combo", "combin", "kombination", "code", "códig", "codig", "codice", "kod"),
            *("код", "kood", "kode", "kód", *CODE_ABROAD, *(w.lower() for w in PIN_ABROAD)),
        ),
        on_lower=True,
        spare=_spare_told_code,
    ),
    # digits told under a password's word (`wachtwoord 845266`, `senha do wifi: …`): a code
    _Rule(
        "access-code",
        rf"(?<![a-z_])(?:{_PASSWORD_CODE})(?![a-z_])" + _TOLD_AFTER,
        (
            *("pass", "wort", "woord", "contras", "senha", "mot de passe", "hasło", "haslo", "heslo", "salasana"),
            *PASSWORD_ABROAD,
        ),
        on_lower=True,
        spare=_spare_told_code,
    ),
    # the end of a compound word (German, Dutch, Nordic: `Abholcode`, `toegangscode`, `pinkode`): the
    # word it ends says what it opens or, read by the spare, what other thing it is (`Postcode`)
    _Rule(
        "access-code",
        r"(?:code|kode|kod)(?<=[a-zäöüßåø]{3}code|[a-zäöüßåø]{3}kode|[a-zäöüßåø]{4}kod)"
        r"(?=[ \t]*(?:lautet|ist|is|er|är|on|:))" + _TOLD_AFTER,
        ("code", "kod"),
        on_lower=True,
        spare=_spare_told_code,
    ),
    # a code told of what it opens, with no word for code: "the lockbox by the bike rack is 0697",
    # "keypad: 021439#", "disarm alarm with 2224", "room safe reset to default 1537"; the code ends its
    # clause (a quantity goes on with its unit: "the safe is 1200 mm wide")
    _Rule(
        "access-code",
        r"(?<![a-z])(?:lockbox|lock[ -]box|key[ -]?safe|key[ -]?box|keypad|padlock|disarm|combination lock"
        r"|(?:room|hotel|wall|floor|office|store|gun|the|a|in-room)[ -]safe|alarm(?=[ \t]+(?:panel|system|keypad))"
        r"|(?:gate|door|building|entry|site|front|side|garage)[ -]access|buzzer|intercom|mailbox|garage[ -]door"
        # an alarm in other languages; a bike's or a suitcase's lock ("lock is 1232")
        r"|alarma|allarme|alarme|alarmanlage|(?:bike|bicycle|suitcase|luggage|cable)[ -]?lock|lock(?=[ \t]+is[ \t]))"
        r"(?![a-z])[^\n.!?]{0,40}?"
        r"(?:(?<![a-z])(?:is|now|was|with|(?:re)?set to(?: default)?|changed to|default|es|est|ist|é|è|jest"
        r"|con|avec|mit|met|med|com)(?![a-z])(?:[ \t]+(?:el|la|le|il|lo|den|der|dem|het|o|a)(?![a-z]))?"
        r"|[:=,])[ \t]*[#\"']?"
        rf"(?P<s>{_CODE_VALUE})#?"
        r"(?=[ \t]*(?:$|[\n.,;!?)(—–]|-[ \t]+[^\W\d]"  # noqa: RUF001
        r"|(?:then|and|but|at|on|for|please|after|before|y|et|und|e|ou|or|pero|mais"
        r"|aber|dann|puis|daarna|when|once|if|so|to|by)(?![a-z])))",
        ("lock", "safe", "box", "keypad", "disarm", "alarm", "allarme", "access", "buzzer", "intercom", "garage"),
        on_lower=True,
        spare=_spare_opener_code,
    ),
    # a padlock's combination in other languages, with or without a verb: "cadenas du vélo : 3390",
    # "lucchetto della bici 5521"; what it belongs to (two words at most) between, the code ending its clause
    _Rule(
        "access-code",
        rf"(?<![a-z])(?:{_alt(PADLOCKS)})(?![a-z])"
        r"(?:[ \t]+(?:du|de|della|del|dello|di|da|do|of|the|der|des|van|för|på|dla|od|la|le|el|il)"
        r"(?:[ \t]+[^\W\d_]{1,12}){1,2})?[ \t]*"
        rf"(?:[:=]|(?<![a-z])(?:{_alt(COPULAS)})(?![a-z]))?[ \t]*(?P<s>[0-9]{{3,8}})#?"
        r"(?=[ \t]*(?:$|[\n.,;!?)]))",
        PADLOCKS,
        on_lower=True,
        spare=lambda m, text: _UNIT_AFTER.match(text, m.end()) is not None,
    ),
    _Rule(
        "password",
        _LINE_START + r"(?:\"auth\"[ \t]+(?:\"[^\s\"]{1,64}\"[ \t]+)?\"(?P<s>[^\s\"]{1,256})\""
        rf"|(?:(?:auth|pass|(?:/msg[ \t]+nickserv[ \t]+|/ns[ \t]+|nickserv[ \t]+)?identify)[ \t]+(?:{_ARG})?"
        rf"|(?:login|oper)[ \t]+{_ARG})\"?{_NOT_MARKER}(?P<s2>[^\s\"]{{4,256}})\"?(?=[ \t]*(?:\r?\n|$)))",
        ("auth", "login", "pass", "oper", "identify"),
        on_lower=True,
        spare=_spare_wire,
    ),
    _Rule(
        "password",
        r"(?:^|\n)334[ \t]+(?P<p>[A-Za-z0-9+/]{8,}={0,2})[ \t]*\r?\n"
        r"[ \t]*(?P<s>[A-Za-z0-9+/]{4,}={0,2})(?=[ \t]*(?:\r?\n|$))",
        ("334",),
        spare=lambda m, text: not _decodes_to_password_prompt(m, text),
    ),
)
