"""Secrets told in a conversation rather than configured: what a turn answers, what a password looks like.

- Asked, then told: a turn that asks for a secret (a PIN, a code, a password, the digits on the back
  of a card, the answer to a security question), in any language, and the next turn that gives it:
  the value that opens that turn (digits, digits said one by one or in words, a password, a name).
- A password's shape where a password or a login is spoken of: a string that mixes letters, digits
  and symbols the way a chosen or generated password does (`Harbor#6623`, `G0KiNonj7NUgR!`) or a
  passphrase of words and a number, within a few lines of a word for password or login.
"""

from __future__ import annotations

import re
from itertools import pairwise

from skillhive.redact.engine import _MARKER, _NOT_A_SECRET, _Counter, _lower, _Rule, _span, marker, spared
from skillhive.redact.judge import entropy, looks_like_credential, looks_like_passphrase
from skillhive.redact.lexicon import ONE_TIME, OTP_CONCEPT, PASSWORD_ABROAD, PIN_ABROAD, alternation
from skillhive.redact.values import _PLACEHOLDER

# one-time codes (lexicon.py), and "code" inflected (`codul`, `kódot`, `koden`) or in other scripts: each a code
_MORE_CODES: tuple[str, ...] = (
    *OTP_CONCEPT,
    *ONE_TIME,
    *("codul", "codului", "kodu", "kodunu", "kodun", "kodem", "kodzie", "kodów", "kódot", "kódja", "kódod", "koden"),
    *("blika", "bliku"),
    *("kood", "koodi", "koodin", "koda", "kodo", "кода", "коду", "кодът", "κωδικό", "κωδικός", "mã", "mã số"),
    *("কোড", "কোডটা", "कोड", "رمز", "كود", "کد", "קוד", "코드", "コード", "验证码", "驗證碼"),
)
_MAX_TURN = 400  # a turn that asks is a line of this many characters at most; a longer one is no turn

# what a turn may ask for: a PIN, a code, a password (in the languages agents hear them), a card's
# security digits, a security question's answer
_ASKED_SECRET = re.compile(
    r"(?<![a-z])(?P<n>pin(?:[ -]?(?:code|kode|koden|nummer|numero|número))?"
    r"|[a-zäöüß]{2,20}(?:passwort|kennwort)"  # a German compound (`Kundenkennwort`, `Telefonbankingpasswort`)
    r"|puk|passcode|pass ?code|password|passwort|kennwort|wachtwoord|contraseña|contrasena|senha"
    r"|mot de passe|mdp|hasło|haslo|heslo|parola|пароль|passphrase|code|código|codigo|codice|kod|koodi|kode|код"
    r"|cvv|cvc|csc|cvv2|security (?:code|number)|digits on the back|(?:three|3) digits"
    # a lock's combination: a suitcase's, a bike's, a locker's
    r"|(?:suitcase|luggage|bike|bicycle|locker|gym|combination|cable|pad)[ -]?lock|lock combination|combination"
    r"|(?:locker|lock|safe|padlock) combo"
    # a card's number, in the languages calls and chats come in
    r"|card number|card no|numéro de carte|número de (?:la )?tarjeta|kartennummer|numero della carta|numer karty"
    r"|номер карты|kart numarası|カード番号|카드 ?번호|卡号|卡號"  # noqa: RUF001
    # an identity card's number
    r"|dowodu osobistego|dowód osobisty|numer dowodu|identity card|id card|carte d'identité|personalausweis"
    r"|documento de identidad|carta d'identità|cartão de cidadão|удостоверени[ея] личности|kimlik kartı"  # noqa: RUF001
    # a password or a PIN in the other scripts of lexicon.py ("현관 비밀번호 뭐야?", "暗証番号は")
    rf"|{alternation(PASSWORD_ABROAD + PIN_ABROAD)}"
    r"|(?:security|secret) (?:question|answer|word)|maiden name|memorable (?:word|answer|name|place)"
    r"|2fa|otp|tan|one[ -]time"
    # a personal or a bank number: whoever has it can open credit or a debit in the owner's name
    r"|account (?:number|no|#)|acct(?: no| #)?|social(?: security(?: number)?)?|ssn|nino|national insurance"
    r"|aadhaa?r|pan card|cpf|cnpj|dni|nif|nir|bsn|pesel|personnummer|henkilötunnus|hetu|codice fiscale"
    r"|tax (?:id|number)|tfn|id number|identity number|kontonummer|iban|número de cuenta|numéro de compte"
    r"|nhs(?: number)?|medicare(?: number)?|passport(?: number| no)?|(?:driver'?s|driving) licen[cs]e(?: number)?"
    r"|assurance sociale|sécurité sociale|steuer-?id|insurance number|health (?:card|insurance) number"
    r"|주민등록번호|주민번호|マイナンバー|個人番号|身份证号?|身分證|এনআইডি|জাতীয় পরিচয়পত্র"
    # a one-time code in the lexicon's languages, and "code" inflected or in other scripts
    rf"|{alternation(_MORE_CODES)})(?![a-z])"
)
_ASKED_GATES: tuple[str, ...] = (
    *("pin", "puk", "pass", "wort", "woord", "contras", "senha", "mdp", "has", "heslo", "parola", "пароль"),
    *("code", "cód", "codig", "codice", "kod", "koodi", "kode", "код", "cvv", "cvc", "csc", "digits"),
    *("security", "secret", "maiden", "memorable", "2fa", "otp", "tan", "one-time", "one time"),
    *("acc", "social", "ssn", "nino", "insurance", "aadha", "cpf", "cnpj", "dni", "nif"),
    *("nir", "bsn", "pesel", "personnummer", "henkil", "hetu", "fiscale", "tax", "tfn", "id number"),
    *("identity", "iban", "cuenta", "compte", "주민", "マイナンバー", "個人番号", "身份证", "身分證", "konto"),
    *("nhs", "medicare", "passport", "licen", "sociale", "steuer", "insurance", "health"),
    *("lock", "combin", "combo", "card", "carte", "tarjeta", "karte", "carta", "karty", "карты", "kart", "カード"),
    *("카드", "卡", "dowod", "dowód", "identity", "id card", "identité", "ausweis", "identidad", "identità"),
    *("cidadão", "личности", "kimlik", "এনআইডি", "জাতীয়", *PASSWORD_ABROAD, *(w.lower() for w in PIN_ABROAD)),
    *_MORE_CODES,
)
_ASKED_ASCII_GATES = tuple(g for g in _ASKED_GATES if g.isascii())  # what an ASCII text can hold
# a number asked for that is a person's or an account's, not a code: told whole, up to 19 digits
_ACCOUNT_NUMBERS = frozenset(
    ("account number", "account no", "account #", "acct", "acct no", "acct #", "kontonummer", "iban")
) | frozenset(("número de cuenta", "numéro de compte"))


# a noun after a personal number's name that makes it another thing's: an office, a photo, a form
_NOUN_GOES_ON = re.compile(
    r"(?:'s)?[ \t]+(?:office|phone|photo|picture|renewal|application|appointment|status|fee|form|expiry|expiration"
    r"|date|country|scan|copy|type|website|site|portal|app|line|helpline|address|e-?mail|enrol+ment|cent(?:er|re)"
    r"|policy|rules|requirements?|holder|provider|agency|department|queue|team|hotline|contact|reference"
    r"|media|worker|services?|club|events?|life|network|studies|distancing|skills|security office)(?![a-z])"
)


# whose number it is, said before the noun: a ticket's, an employee's, a company's, not a person's own
_OTHER_OWNER = re.compile(
    r"(?:(?:ticket|case|invoice|customer|member(?:ship)?|employee|staff|student|policy|claim|parcel|shipment|vehicle"
    r"|device|serial|part|model|order|booking|tracking|reference|transaction|job|project|vat|company|business"
    r"|supplier|vendor|merchant|loyalty|library|club)(?:'s)?[ _-]?)$"
)


def _password_noun(noun: str) -> bool:
    return noun in _PASSWORD_NOUNS or noun.endswith(("passwort", "kennwort"))  # (German compounds too)


def _kind(noun: str) -> str:
    if _password_noun(noun):
        return "password"
    if _IDENTITY_CARD.search(noun):
        return "national-id"
    if _CARD_NOUN.search(noun):
        return "card-number"
    if "lock" in noun or "combination" in noun or "combo" in noun:
        return "access-code"
    if noun in _ACCOUNT_NUMBERS:
        return "bank-account"
    if noun in _MORE_CODE_SET:
        return "one-time-code"
    return "access-code" if _CODE_NOUN.match(noun) else "national-id"


_CODE_KINDS = frozenset(("access-code", "one-time-code"))
_MORE_CODE_SET = frozenset(_MORE_CODES) - {"cvv", "cvc", "cvv2", "csc", "security code", "tan"}


# the nouns of the first list: codes, passwords and answers, not a person's or an account's number
_CODE_NOUN = re.compile(
    r"pin|puk|pass(?!port)|code|c[oó]d|kod|koodi|kode|код|cvv|cvc|csc|digits|three|3 |security|secret|maiden|memorable"
    r"|2fa|otp|tan|one"
)
_IDENTITY_CARD = re.compile(r"identity|id card|identit|ausweis|identidad|cidadão|личности|kimlik|dowod|dowód")
_CARD_NOUN = re.compile(r"card|carte|tarjeta|karten|carta|karty|карты|kart |カード|카드|卡")
# a code asked for that is three digits long: a card's (its back named), a lock's combination
_SHORT_CODE_ASKED = re.compile(
    r"(?:on|at|from) the back|card'?s back|back of (?:the|your|my) card"
    r"|de atrás|del reverso|au dos|rückseite|sul retro|no verso|achterkant|na odwrocie"
    r"|на обороте|arkasında|背面|裏面|뒷면|lock|combin|combo"  # noqa: RUF001
)
# a turn asks: a question mark after the secret's name, or a verb that asks for it before
_ASKING = re.compile(
    r"(?<![a-z])(?:read|tell|give|say|send|confirm|provide|enter|type|need|what'?s|whats|what is|cuál|cual|qual"
    r"|quel|quelle|wie lautet|welche[rs]?|dime|dígame|digame|diga|dimmi|mi dica|noem|geef|what was|which"
    r"|get|please|could i|can i|may i|can you|could you|share|wants|asks for|asking for|needs|requires|prompts for"
    r"|preciso|precisamos|necesito|necesitamos|ho bisogno|abbiamo bisogno|j'ai besoin|brauche|benötige|mi serve"
    r"|informe|indique|indica|envie|envíe|manda|passe|passa|asked for|asked me for"
    # asking in the other languages of the corpora: "daj mi", "назовите", "kasih", "cho tôi", Turkish "paylaş…""
    r"|daj|podaj|powiedz|prześlij|назовите|назови|скажите|скажи|продиктуйте|дайте|дай|надішліть|скажіть"
    r"|paylaş\w*|söyle\w*|verir misiniz|kasih|berikan|sebutkan|kirim|cho (?:tôi|mình|em|anh)|gửi|đọc"
    r"|bitte|nennen sie|geben sie|donnez|dites|dimmi|dammi|me dá|me passa|send me|text me"
    # asking before the noun in Chinese, Thai, Malay, Hungarian: "请告诉我验证码", "ขอรหัส", "baca TAC"
    r"|请告诉|請告訴|告诉我|告訴我|请提供|請提供|请给|請給|请发|請發|请输入|請輸入|ขอ|baca|bacakan|olvasd|mondd"
    r"|remind me|beder om|ber om|bitten um|বলুন|দিন)(?![a-z])"
)
# asking in Korean, Japanese, Chinese, the verb after what is asked for: "말씀해 주세요", "教えてください"
_ASKING_AFTER = re.compile(
    r"주세요|주십시오|알려|입력해|부탁|ください|下さい|教えて|お願い|请|請|提供|告诉|बताइए|बताएं|बताओ|दीजिए|दें"
    r"|أرسل|ارسل|أعطني|שלח|תן לי|תגיד|mısınız|misiniz"  # noqa: RUF001
    # "please" after the noun, a request in itself: "Ihr Kennwort bitte.", "your PIN please"
    r"|(?<![a-z])(?:bitte|please|por favor|s'il vous plaît|per favore|alstublieft|proszę|lütfen|пожалуйста)(?![a-z])"
)
# a code named for another thing (an error's, a booking's, a place's): no secret is asked for
_OTHER_CODE = re.compile(
    r"(?:error|status|exit|return|response|reason|promo|coupon|discount|voucher|zip|postal|post|area|country"
    r"|source|tracking|booking|reservation|confirmation|order|reference|ref|product|item|sku|tax|course|class"
    r"|room|flight|seat|gate|iata|airport|currency|language|dial|qr|bar|colou?r|hs|zip|sort|swift|bank|paybill|till"
    r"|merchant|shortcode|short)[ _-]?$"
)
# a code named for another thing after its word: "codul de reducere", "code el 5asm", "código de descuento"
_OTHER_CODE_AFTER = re.compile(
    r"[ \t]+(?:(?:de|el|di|du|da|do|del|of|for|para|pour|per|für)[ \t]+)?(?:reducere|5asm|khasm|descuento|réduction"
    r"|reduction|rabatt|sconto|desconto|korting|rabat|indirim|скидк|знижк|diskon|discount|promo|coupon|cupón|cupom"
    r"|voucher|parrainage|referral|postal|zip)"
)
_FAILURE = re.compile(r"(?<![a-z])(?:error|errors|fail\w*|status|exit|http|warning|fault|crash\w*|errno)(?![a-z])")
_CARD_DIGITS = frozenset(("cvv", "cvc", "csc", "cvv2", "digits on the back", "three digits", "3 digits")) | {
    "security code"  # asked of a card: "the security code on the back, please?"
}
_WORD_ANSWERS: tuple[str, ...] = (
    *("security question", "security answer", "secret question", "secret answer", "secret word"),
    *("maiden name", "memorable word", "memorable answer", "memorable name", "memorable place"),
)
_PASSWORD_NOUNS = (
    frozenset(
        ("password", "passwort", "kennwort", "wachtwoord", "contraseña", "contrasena", "senha", "mot de passe", "mdp")
    )
    | frozenset(("hasło", "haslo", "heslo", "parola", "пароль", "passphrase"))
    | frozenset(PASSWORD_ABROAD)
)

# the next turn: a speaker's label, words that lead an answer, then the value
# a record's field that a line opens with, in the place of a speaker's name
_FIELD_LABEL = re.compile(
    r"(?i)[ \t]*(?:ticket|order|case|ref|reference|invoice|booking|tracking|issue|date|status|build|version"
    r"|commit|job|incident|change|jira|pr|mr|datum|fecha|bestelling|bestellung|commande|pedido|ordine|zamówienie)"
    r"(?:[ \t]*(?:no|nr|number|#|id))?\.?[ \t]*[:：]"  # noqa: RUF001
)
_SPEAKER = re.compile(
    r"[ \t]*(?:>+[ \t]*)?(?:[\[(][^\])\n]{0,30}[\])][ \t]*)?"
    # a name, then maybe the time it spoke ("Ja 21:04:", "Mẹ (20:15):")
    r"(?:[^\W\d][\w\u0900-\u0dff\u0e00-\u0eff .'()\[\]-]{0,23}?"
    r"(?:[ \t]*[(\[]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[)\]]?)?[ \t]*[:：>][ \t]*)?"  # noqa: RUF001
)
_LEAD = re.compile(
    r"(?:oh|dear|um+|uh+|er|erm|ah|hm+|yes|yeah|yep|sure|ok|okay|so|well|right|alright|it'?s|its|it is|that'?s"
    r"|that is|this is|here|here it is|the|my|our|his|her|code|pin|password|passcode|number|is|sí|si|claro"
    r"|vale|es|oui|c'est|ja|das|ist|é|è|sim|é o|the code is|let'?s|do|use|try|make it|set it to|i'?ll use"
    r"|het is|dat is|det är|det er|el|la|le|il|lo"
    r"|how about|go with|they are|they're|these are|those are)[,.…!:]*[ \t]+",
    re.IGNORECASE,
)
# a clause that says whose the value is or when it was told, then a colon, a dash or "chose"/"set it to"
_CLAUSE_LEAD = re.compile(
    r"[^\d\n:：—–]{0,60}?(?:[:：]|[ \t][—–-]|(?<![a-z])(?:you chose|you picked|you set it to|you set|you used"  # noqa: RUF001
    r"|you told me|you gave me))[ \t]+(?=[0-9])",
    re.IGNORECASE,
)
_NAMES_A_FIELD = re.compile(r"(?i:number|\bno\b|\bnr\b|\bid\b|ref|order|ticket|invoice|booking|amount|total|#)")
_FEW_WORDS = re.compile(r"(?:[^\W\d_]{1,10}[ \t]+){1,3}(?=[0-9])")
_FILLER = re.compile(r"[^\W\d_]{1,12}(?:\.{2,3}|…|[.,!])[ \t]+|[\"'“«„「]")
_NUMBER_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho"
    r"|nueve|zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|null|eins|zwei|drei|vier|fünf|sechs|sieben|acht"
    r"|neun|due|tre|quattro|cinque|sei|sette|otto|nove|um|dois|três|sete|oito|nul|een|twee|drie|vijf|zes"
    r"|zeven|negen)"
)
_DIGITS_TOLD = re.compile(
    r"(?P<s>[0-9](?:[ ,.-]?[0-9]){2,18}"
    rf"|{_NUMBER_WORD}(?:[ ,-]+{_NUMBER_WORD}){{3,11}})"
    # the number ends the turn or its clause ("2024 was the year we moved" is no code)
    r"(?=[ \t]*[#*]?[\"'”»」]?(?:[.!?…।。]+[ \t]|[ \t]*\()"
    r"|[ \t]*[#*]?[\"'”»」]?[.;!…।]*[ \t]*(?:$|[,;—–-]|(?:then|and|but|please|thanks|thank you|ok|okay|right|i think"  # noqa: RUF001
    r"|y|et|und|e|gracias|merci|danke|grazie|obrigad[oa]|but|ma|pero|mais|aber|mas|maar|men|tapi"
    r"|should|shall|can|do|is that|did)(?![a-z])"
    # a turn in Korean, Japanese or Chinese goes on with its verb ("입니다", "です")
    r"|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))",
    re.IGNORECASE,
)
# the value ends its turn or its clause ("try zebra.652, that's what we set")
_TOKEN_TOLD = re.compile(
    r"(?P<s>[^\s\"'`«»“”]{4,64}?)[\"'`»”]?(?=[.,;:!?…]*(?:[ \t]+[-—–,]|[ \t]*$)|[,;!?…]+[ \t])"  # noqa: RUF001
)
# a value spelled out, one character at a time ("N i m b u s % 7 9 …"), to the end of the turn
_SPELLED = re.compile(r"(?P<s>[^\s](?: [^\s]){5,63})[ \t]*$")
_DOCUMENT_TOLD = re.compile(
    r"(?P<s>[A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){5,24})[.!]?(?=[ \t]*(?:$|[,;]|[ \t][-—–]))"  # noqa: RUF001
)
_NAME_TOLD = re.compile(r"(?P<s>[^\W\d_][^\W\d_'-]{1,30}(?:[ -][^\W\d_][^\W\d_'-]{1,30})?)[.!]?[ \t]*$")
_NOT_AN_ANSWER = frozenset(
    ("yes", "no", "sure", "okay", "ok", "sorry", "what", "why", "hold", "wait", "pardon", "thanks", "hello", "hi")
) | frozenset(("hmm", "um", "uh", "right", "fine", "none", "nothing", "unknown", "n/a", "later", "never", "nope"))


# a word that names whom the turn speaks to, before the verb that gives the value
_VOCATIVE = re.compile(
    r"(?!(?:yes|no|ok|okay|sure|well|so|it|that|this|the|my|our)\b)[^\W\d_]{2,12},?[ \t]+"
    r"(?=(?:è|é|es|est|ist|is|jest|är|er|on|it'?s|c'est|het is|det är|det er)[ \t])",
    re.IGNORECASE,
)


# a name told first, then a comma: the answer to a turn that asked for a name and a number
_NAME_FIRST = re.compile(r"(?-i:[A-ZÀ-Þ][^\W\d_'.-]{0,30}(?:[ '.-]+[A-ZÀ-Þ]?[^\W\d_'.-]{1,30}){0,3}),[ \t]+")
# a turn that asks for two things: "your name and account number", "postcode and PIN"
_TWO_ASKED = re.compile(r"(?<![a-z])(?:and|y|et|und|e|en|och|og)[ \t]+(?:(?:your|the|su|votre|ihre|il|la|el)[ \t]+)?$")


# Chinese, Japanese, Korean, Thai: a run of them with no space is a sentence's words
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


_FIELD_NAME = re.compile(r"(?i:code|pin|zip|post|number|nummer|numero|número|\bno\b|\bnr\b|\bid\b|otp|kod|tel|phone)")
_BARE_REST = 40  # what a turn that is a code may say after it ("Betul ke?", "(Ref: JBRT)")
_COUNTED = re.compile(r"[年月日時分秒円元원년월일시분초개個件名人歳세号층階]")


def _answer(
    line: str, noun: str, asked_two: bool = False, short: bool = False, bare: bool = False, sentence: bool = False
) -> tuple[int, int] | None:
    """Where the value that opens an answering turn is, for a turn that asked for `noun`, or None; `bare`: the
    turn before named a code without asking for it, so only a turn that is a code of 4 to 8 digits and little
    else answers it; `sentence`: the turn is the next sentence of the same line, which has no speaker."""
    if _FIELD_LABEL.match(line):
        return None  # "Ticket: OPS-8359": a record's field, not a speaker answering
    at = speaker_end = 0 if sentence else _SPEAKER.match(line).end()  # type: ignore[union-attr]  # matches "" too
    for _ in range(5):
        lead = _LEAD.match(line, at)
        if lead is None:
            break
        at = lead.end()
    for _ in range(2):  # "Sekejap... 1-9-9-3-1-1", "Jó. 6-7-4-3-7-6", '"035683"': a word said first, a quote
        filler = _FILLER.match(line, at)
        if filler is None:
            break
        at = filler.end()
        lead = _LEAD.match(line, at)  # "fine. it's 7007"
        at = lead.end() if lead is not None else at
    spoken = speaker_end > 0 and _FIELD_NAME.search(line, 0, speaker_end) is None  # a turn with its speaker's name
    if spoken and not bare and _DIGITS_TOLD.match(line, at) is None:
        clause = _CLAUSE_LEAD.match(line, at)  # "You told me on Tuesday: 29-08-04", "you set it to your usual: 1270"
        if (
            clause is not None
            and _DIGITS_TOLD.match(line, clause.end()) is not None
            and not _NAMES_A_FIELD.search(line, at, clause.end())
        ):
            at = clause.end()
    if spoken and _DIGITS_TOLD.match(line, at) is None:
        words = _FEW_WORDS.match(line, at)  # "der står 280 079": a few words, then the code that ends the turn
        if words is not None:
            at = words.end()
    vocative = _VOCATIVE.match(line, at)  # "nonna è 56247", "Mum, it's 4471": whom the turn speaks to
    if vocative is not None:
        at = vocative.end()
        lead = _LEAD.match(line, at)
        at = lead.end() if lead is not None else at
    spelled = _SPELLED.match(line, at)
    if spelled is not None and sum(c.isalnum() for c in spelled.group("s")) >= 6:
        return spelled.span("s")
    digits = _DIGITS_TOLD.match(line, at)
    if digits is None and asked_two:  # "name and account number?" / "Jo Smith, 4482913": the second item
        named = _NAME_FIRST.match(line, at)
        digits = _DIGITS_TOLD.match(line, named.end()) if named is not None else None
    if bare:
        if _FIELD_NAME.search(line, 0, speaker_end):
            return None  # "Pincode: 560034": a field of a record under a line that named a code, not a turn
        if digits is None or not 4 <= sum(c.isdigit() for c in digits.group("s")) <= 8:
            return None
        if re.fullmatch(r"(?:19|20)[0-9]{2}", digits.group("s")):
            return None  # "we moved in 2019": a year
        rest = line[digits.end("s") :]
        if any(c.isdigit() for c in rest) or len(rest.strip()) > _BARE_REST or _COUNTED.match(rest):
            return None
        return digits.span("s")
    if digits is not None:
        value = digits.group("s")
        n = sum(c.isdigit() for c in value)
        if n > 12 and _kind(noun) in ("access-code", "password"):
            return None  # a code or a PIN is short; a longer number is a phone's or an order's
        if n < 12 and _kind(noun) == "card-number":
            return None  # a card's number is 13 to 19 digits; its last four, a year, are no secret
        if _COUNTED.match(line, digits.end("s")):
            return None  # "2024年", "2025년", "3개": a year, a date, a count in a script that glues its unit
        if n >= 4 or not value[:1].isdigit() or (n == 3 and (noun in _CARD_DIGITS or short)):
            return digits.span("s")
        return None
    if _kind(noun) == "national-id":  # a licence's or a passport's number: letters and digits, maybe grouped
        document = _DOCUMENT_TOLD.match(line, at)
        if document is not None:
            told = document.group("s")
            # five digits or more, and no word of four letters: "Office hours 0900 to 1700" is a sentence
            if sum(c.isdigit() for c in told) >= 5 and not any(
                len(w) >= 4 and w.isalpha() for w in re.split(r"[ -]", told)
            ):
                return document.span("s")
    if noun in _WORD_ANSWERS:
        name = _NAME_TOLD.match(line, at)
        if name is not None and name.group("s").split()[0].lower() not in _NOT_AN_ANSWER:
            return name.span("s")
        return None
    token = _TOKEN_TOLD.match(line, at)
    if token is None:
        return None
    value = token.group("s")
    if value.lower() in _NOT_AN_ANSWER or _PLACEHOLDER.fullmatch(value) or "://" in value:
        return None
    if _UNSPACED_SCRIPT.search(value):
        return None  # a sentence of a script written without spaces ("当社からパスワード…"), not a value
    if _password_noun(noun):
        ok = password_shaped(value) or (any(c.isdigit() for c in value) and any(c.isalpha() for c in value))
    else:  # a code: letters and digits, digits among them; not a letter and a number (`E4412`, `B22`)
        ok = value.isalnum() and any(c.isdigit() for c in value) and len(value) >= 4
        ok = ok and re.fullmatch(r"[A-Za-z]{1,3}[0-9]{1,6}", value) is None
    return token.span("s") if ok else None


# the next message of a chat log kept as JSON (`{"role": "user", "content": "…"}`): its text's start
_NEXT_MESSAGE = re.compile(r"\"(?:content|text|body|message|msg|utterance|transcript)\"[ \t]*:[ \t]*\"")
_STRING_END = re.compile(r"(?<!\\)\"")


def _turns(lowered: str, m: re.Match[str]) -> list[tuple[int, int, int, int, bool]]:
    """Where the turn that names the secret is, and where the next turn is: the next line, the next message
    of a JSON chat log, and the next sentence of the same line (its flag set: that turn has no speaker). Each
    look is bounded (a turn's length): many names cost linear time."""
    turns = []
    message = _NEXT_MESSAGE.search(lowered, m.end(), m.end() + _MAX_TURN)
    if message is not None:  # the rest of this message is the asking turn; the next message's text answers
        start = lowered.rfind('"', max(0, m.start() - _MAX_TURN), m.start()) + 1
        end = _STRING_END.search(lowered, message.end(), message.end() + _MAX_TURN)
        turns.append((start, message.start(), message.end(), end.start() if end else message.end(), False))
    line_start = lowered.rfind("\n", max(0, m.start() - _MAX_TURN), m.start()) + 1
    line_end = lowered.find("\n", m.end(), m.end() + _MAX_TURN)
    if line_end >= 0 and not (line_start == 0 and m.start() > _MAX_TURN):
        next_start = line_end + 1
        while lowered.startswith("\n", next_start):  # a blank line between the turns
            next_start += 1
        next_end = lowered.find("\n", next_start, next_start + _MAX_TURN)
        next_end = min(len(lowered), next_start + _MAX_TURN) if next_end < 0 else next_end
        turns.append((line_start, line_end, next_start, next_end, False))
    # the next sentence of the same line answers too ("the app wants a pin and i forget it. its 6250")
    stop = len(lowered) if line_end < 0 else line_end
    sentence_end = _SENTENCE_END.search(lowered, m.end(), min(stop, m.end() + _MAX_TURN))
    if sentence_end is not None and sentence_end.end() < stop:
        turns.append(
            (
                max(line_start, m.start() - _MAX_TURN),  # (a line with no end in sight: the turn's length back)
                sentence_end.start(),
                sentence_end.end(),
                min(stop, sentence_end.end() + _MAX_TURN),
                True,
            )
        )
    return turns


_SENTENCE_END = re.compile(r"[.!?…।。！？][ \t]+")  # noqa: RUF001


# a date or a time that goes on after the number (`2026` then `-11-11`, `19` then `:04:53`)
_TIMESTAMP_GOES_ON = re.compile(r"[-/.][0-9]{1,2}[-/.T ][0-9]|[-/][0-9]{2}(?:[ T]|$)|:[0-9]{2}")


def redact_asked_then_told(text: str, counter: _Counter) -> str:
    """A secret given in the turn after the one that asked for it (a call, a chat, a form's transcript)."""
    if "\n" not in text and '"' not in text and _SENTENCE_END.search(text) is None:
        return text
    lowered = _lower(text)
    if not any(gate in lowered for gate in (_ASKED_ASCII_GATES if lowered.isascii() else _ASKED_GATES)):
        return text
    spans: list[tuple[int, int, str]] = []
    asked: set[int] = set()
    for m in _ASKED_SECRET.finditer(lowered):
        for line_start, line_end, next_start, next_end, sentence in _turns(lowered, m):
            if (
                next_start in asked
                or _OTHER_CODE.search(lowered, max(line_start, m.start() - 24), m.start())
                or _OTHER_CODE_AFTER.match(lowered, m.end())
            ):
                continue
            line = lowered[line_start:line_end]
            if _FAILURE.search(line):
                continue  # "what's the code on the error screen?": an error's code is asked for
            bare = (
                "?" not in line
                and "？" not in line  # noqa: RUF001
                and _ASKING.search(line, 0, m.start() - line_start) is None
                and _ASKING_AFTER.search(line, m.end() - line_start) is None
            )
            if bare and _kind(m.group("n")) not in _CODE_KINDS:
                continue  # a number named, not asked for: only a code's turn of digits answers that
            if _kind(m.group("n")) in ("national-id", "bank-account", "card-number") and (
                _NOUN_GOES_ON.match(lowered, m.end())
                or _OTHER_OWNER.search(lowered, max(line_start, m.start() - 24), m.start())
            ):
                continue  # "the passport office's number", "your ticket id number": another thing's is asked for
            asked.add(next_start)
            asked_two = _TWO_ASKED.search(lowered, max(line_start, m.start() - 16), m.start()) is not None
            short = _SHORT_CODE_ASKED.search(lowered, line_start, line_end) is not None
            found = _answer(text[next_start:next_end], m.group("n"), asked_two, short, bare, sentence)
            if found is not None:
                start, end = next_start + found[0], next_start + found[1]
                if _TIMESTAMP_GOES_ON.match(text, end):
                    continue  # "2026-11-11 19:04:53,732 INFO …": a log line's date opens the next line, no answer
                if not _MARKER.search(text, max(0, start - 30), end):
                    spans.append((start, end, _kind(m.group("n"))))
    return mark(text, spans, counter)


def mark(text: str, spans: list[tuple[int, int, str]], counter: _Counter) -> str:
    """`text` with each span (of overlapping ones, the first) replaced by its kind's marker; found values kept."""
    if not spans:
        return text
    out, last = [], 0
    for start, end, kind in sorted(set(spans)):
        if start < last or spared(text, start, end, kind):
            continue
        out.append(text[last:start])
        out.append(marker(kind))
        if counter.found is not None:
            counter.found.append((text[start:end], kind))
        counter.n += 1
        last = end
    out.append(text[last:])
    return "".join(out)


# -- a password's shape where a password or a login is spoken of --------------------------------------

_PASSWORD_SPOKEN = re.compile(
    r"(?<![a-z])(?:passwords?|pa?s{1,2}w(?:o?r?d|rod)s?|passwort|kennwort|wachtwoord|contraseña|contrasena|senha"
    r"|mot de passe|mdp"
    r"|hasło|haslo|heslo|salasana|lösenord|passord|adgangskode|parola|пароль|passphrase|passcode|pwd"
    r"|login|log(?:ged|ging)?[ -]?in(?:to)?|log[ -]?on|logon|sign(?:ed|ing)?[ -]?in|credentials|creds"
    r"|pass(?=[ \t]*[:=])|pw(?=[ \t]*[:=])|clave|chiave|kodeord|lozinka|şifre|sifre)(?![a-z])"
)
_SPOKEN_GATES: tuple[str, ...] = (
    *("pass", "pasw", "psw", "wort", "woord", "contras", "senha", "mdp", "has", "heslo", "salasana", "lösen"),
    *(
        "parola",
        "pw",
        "пароль",
        "adgang",
        "pwd",
        "log",
        "sign",
        "cred",
        "clave",
        "chiave",
        "kodeord",
        "lozinka",
        "ifre",
    ),
)
_NEAR = 300  # how far from the word a password may be, on its line or the lines beside it
# a string with no space, quote or bracket in it; its trailing full stop or comma is the sentence's
# (a digit in it: every shape below has one, and most words have none)
# (a `*` inside it is the password's; around it, markdown's bold)
_CANDIDATE = re.compile(
    r"(?<![^\s\"'`(\[{=>,*])(?=[^\s\"'`<>()\[\]{},;]{0,63}[0-9])"
    r"(?:[^\s\"'`<>()\[\]{},;*]|\*(?=[^\s\"'`<>()\[\]{},;*])){6,64}"
    r"(?![^\s\"'`)\]},;.:!?*])"
)
_SYMBOLS = frozenset("!@#$%^&*?~|+")
_EMAIL = re.compile(r"@[\w-]+\.[A-Za-z]{2,}")
_FORMAT_OR_ENCODED = re.compile(r"%(?:[0-9A-Fa-f]{2}|[-+ #0-9.]*[sdifrxXeEgGcou%({])")
_SAID_EXAMPLE = re.compile(
    r"(?i:e\.g\.|example|such as|like|zum beispiel|z\.b\.|par exemple|por ejemplo)[ \t:]*[\"'`]?$"
)


# three words or more joined by one separator, a number at the end (`tulip-otter-cobalt33`); not a
# host's or a service's name (`api-gateway-prod2`)
_PHRASE = re.compile(
    r"[a-z]{3,12}(?P<j>[-.])[a-z]{3,12}(?:(?P=j)[a-z]{3,12}){0,4}(?P=j)[a-z]{3,12}(?P=j)?[0-9]{1,4}[!?#*]?"
)
_INFRA_WORDS = frozenset(
    (
        *("prod", "production", "dev", "stage", "staging", "test", "api", "web", "app", "server", "node", "host"),
        *("cluster", "worker", "east", "west", "north", "south", "cache", "service", "gateway", "backend"),
        *("frontend", "internal", "public", "private", "primary", "replica", "master", "main", "release"),
        *("page", "user", "users", "admin", "account", "login", "signin", "session", "form", "step", "demo"),
        *("sample", "temp", "backup", "data", "file", "build", "version", "image", "item", "order", "test"),
    )
)


# two words of four letters or more and a number of two digits or more (`tortuga-verde-88`)
_PAIR_PHRASE = re.compile(r"[a-z]{4,12}(?P<j>[-.])[a-z]{4,12}(?P=j)?[0-9]{2,4}[!?#*]?")
# a password's word right before the value, a colon or a bracket between: the value is the password
_LABELLED = re.compile(
    r"(?i:(?<![a-z])(?:passwords?|pa?s{1,2}w(?:o?r?d|rod)s?|pw|pwd|pass|passwort|kennwort|wachtwoord|contraseña"
    r"|senha|mot de passe|mdp|hasło|haslo|heslo|salasana|lösenord|passord|clave|chiave|şifre(?:si)?|пароль"
    r"|mật khẩu|kata sandi|parola)"
    # what it opens, between: "clave del wifi:", "password for the NAS:", "пароль от роутера:"
    r"(?:[ \t]+(?:del|de|do|da|du|di|della|for(?: the)?|of(?: the)?|für|van|voor|dla|od|от|для)[ \t]+[^\W\d_]{2,14})?"
    r"[ \t]*[:=]?[ \t]*\(?[ \t]*$)"
)


def _chosen_phrase(value: str) -> bool:
    lowered = value.lower()
    if _PHRASE.fullmatch(lowered) is None and _PAIR_PHRASE.fullmatch(lowered) is None:
        return False
    return not any(w in _INFRA_WORDS for w in re.split(r"[-._0-9!?#*]+", lowered))


# a label that says the value after it is a name: a network's, a user's, a host's
_NAMED_AS_NAME = re.compile(
    r"(?i:(?:network|ssid|wi-?fi name|user(?:[ _-]?name)?|login(?: name| id)?|account|host(?:name)?|server"
    r"|e-?mail|nick(?:name)?|handle|id|[\w-]*_id)[\"']?[ \t]*(?:[:=]|(?<=name) is|(?<=network) is)[ \t]*[\"'`]?$)"
)


_NUMBERED_REFERENCE = re.compile(
    r"(?:[A-Z]{1,4}|(?i:issues?|tickets?|bugs?|case|order|item|step|room|no|nr|pr|mr|cl))#[0-9]+"
)


_ASSIGNED = re.compile(r"[A-Za-z0-9_]=")


def password_shaped(value: str) -> bool:
    """Letters and digits with a symbol (`Harbor#6623`, `ember&9247`), both cases and digits mixed all
    along (`G0KiNonj7NUgR`), or words and a number (`tulip-otter-cobalt33`): how people and password
    managers make passwords; not a path, a URL, an address, a reference (`#123`, `$X`), a version."""
    if not 6 <= len(value) <= 64 or value[0] in "#@$/~.-+&*" or "/" in value or ":" in value:
        return False
    if _ASSIGNED.search(value):
        return False  # `key=value`, base64's padding: a setting or data, not a password (`%=+^Gzh*fX8O` is one)
    if _EMAIL.search(value) or _PLACEHOLDER.fullmatch(value) or _NOT_A_SECRET.search(value):
        return False
    if value[0] == "%" and _FORMAT_OR_ENCODED.match(value):
        return False
    if _NUMBERED_REFERENCE.fullmatch(value) or "&&" in value or "||" in value:
        return False  # `PR#812`, `issue#44`: a numbered thing; `build1&&test2`: commands, not a password
    if looks_like_passphrase(value.lower()) or _chosen_phrase(value):
        return True
    if not any(c.isdigit() for c in value) or not any(c.isalpha() for c in value):
        return False
    if any(c in _SYMBOLS for c in value):
        return True
    # both cases and digits, a capital and a digit inside (not `iPhone15`, `Win11Pro`): machine-made
    inner = value[1:-1]
    return (
        len(value) >= 10
        and any(c.isupper() for c in inner)
        and any(c.islower() for c in value)
        and sum(c.isdigit() for c in inner) >= 2
        and len(re.findall(r"[0-9]+|[^0-9]+", value)) >= 5
        and entropy(value) >= 3.2
    )


_WORD_NUMBER = re.compile(r"[A-Za-z]+#[0-9]+")
# the accounts a device or a system comes with: the user side of a pair that says a password follows
_ACCOUNTS = frozenset(
    ("root", "admin", "administrator", "sa", "postgres", "pi", "guest", "user", "ubnt", "support", "operator")
) | frozenset(("manager", "superuser", "sysadmin", "oracle", "system", "ftp", "service", "tech", "installer"))
# a user and a password told as a pair, a spaced slash between them (`admin / X`, `pharm2 / X`)
# (each may be quoted the same way: user `breakglass` / `X`)
_PAIR = re.compile(
    r"(?<![\w/.-])(?P<q>[\"'`]?)(?P<u>[A-Za-z][\w.@+-]{1,40})(?P=q)[ \t]+/[ \t]+(?P=q)"
    r"(?P<s>[^\s\"'`<>()\[\]{},;*/][^\s\"'`<>()\[\]{},;/]{5,63})(?(q)(?P=q))"
)


# a generated password: both cases changing three times or more and a digit, eight or more (`ZXhNe_vOQ0`;
# not `Settings2`, a breadcrumb's word)
_CASES_AND_DIGITS = re.compile(
    r"(?=[^ ]*[0-9])(?=(?:[^A-Z]*[A-Z]+[^a-z]*[a-z]+){2}|(?:[^a-z]*[a-z]+[^A-Z]*[A-Z]+){2})[A-Za-z0-9_.-]{8,40}"
)


# two words joined by an underscore and a digit or more (`Velvet_granite8`): a password where one is named
_UNDERSCORE_CANDIDATE = re.compile(
    r"(?<![\w.-])(?P<s>[A-Za-z][a-z]{3,11}_[A-Za-z][a-z]{3,11}[0-9]{1,4}[!?#*]?)(?![\w(=.-]|\.[\w])"
)


def redact_password_shaped(text: str, counter: _Counter) -> str:
    """A password-shaped string on the line of, or the line beside, a word for password or login; or
    after a user's name and a spaced slash."""
    spans: list[tuple[int, int, str]] = []
    if " / " in text:
        for pair in _PAIR.finditer(text):
            value = pair.group("s").rstrip(".,:;")
            # with no word for password near, a word, `#` and a number is as likely a reference (`Fix#123`)
            if _MARKER.search(text, pair.start(), pair.end()):
                continue
            if _WORD_NUMBER.fullmatch(value) and pair.group("u").lower() not in _ACCOUNTS:
                continue
            if password_shaped(value) or (
                # a device's account and a credential with a symbol (`admin / G9…$…=N2%`), `=` in it too
                pair.group("u").lower() in _ACCOUNTS
                and looks_like_credential(value)
                and (any(c in _SYMBOLS or c == "=" for c in value) or _CASES_AND_DIGITS.fullmatch(value) is not None)
            ):
                spans.append((pair.start("s"), pair.start("s") + len(value), "password"))
    lowered = _lower(text)
    if not any(gate in lowered for gate in _SPOKEN_GATES):
        return mark(text, spans, counter)
    seen = {start for start, _, _ in spans}
    scanned = 0  # windows overlap: each stretch of text is looked at once
    for m in _PASSWORD_SPOKEN.finditer(lowered):
        # this line, and the lines before and after it (a question and its answer, a chat's turns)
        floor, ceiling = max(0, m.start() - _NEAR), min(len(text), m.end() + _NEAR)
        before = text.rfind("\n", floor, m.start())
        previous = text.rfind("\n", floor, before) if before >= 0 else -1
        start = previous + 1 if previous >= 0 else floor
        after = text.find("\n", m.end(), ceiling)
        end = text.find("\n", after + 1, ceiling) if after >= 0 else -1
        if end >= 0 and not text[after + 1 : end].strip(" \t>"):  # a blank line (or a quote's) between turns
            end = text.find("\n", end + 1, ceiling)
        end = ceiling if end < 0 else end
        for c in _CANDIDATE.finditer(text, max(start, scanned), end):
            if c.start() in seen:
                continue
            seen.add(c.start())
            value = c.group().rstrip(".,:;")
            if not password_shaped(value) or _MARKER.search(text, max(0, c.start() - 30), c.end()):
                continue
            if _SAID_EXAMPLE.search(text, max(0, c.start() - 20), c.start()):
                continue
            if _NAMED_AS_NAME.search(text, max(0, c.start() - 30), c.start()):
                continue  # `Wi-Fi network: Cafe-Guest-2024`, `username: jo.smith-88`: a name, not the password
            spans.append((c.start(), c.start() + len(value), "password"))
        for c in _UNDERSCORE_CANDIDATE.finditer(text, m.end(), min(len(text), m.end() + 40)):
            # right after the word (`pw: marmalade_cactus5`, `password (Velvet_granite8)`): words and a digit
            value = c.group("s")
            if not _LABELLED.search(text, max(0, c.start("s") - 24), c.start("s")):
                continue
            if not any(w.lower() in _INFRA_WORDS for w in re.split(r"[_0-9!?#*]+", value)):
                spans.append((c.start("s"), c.end("s"), "password"))
        scanned = max(scanned, end)
    return mark(text, spans, counter)


# -- answers and codes under the label a form gives them -----------------------------------------------

# what a form shows where no answer was given
_NO_ANSWER = frozenset(
    ("none", "unknown", "n/a", "tbd", "pending", "hidden", "skipped", "redacted", "blank", "empty", "same", "see")
) | frozenset(("not set", "not given", "yes", "no", "optional", "required", "ninguno", "aucun", "keine", "nessuno"))
# where a security question is spoken of: what it asks is then its answer, not a story
_SECURITY_QUESTION_SAID = re.compile(
    r"(?i:(?:security|secret|verification|memorable|challenge|recovery)[ -](?:question|answer|word|q(?![a-z]))"
    r"|pregunta(?:s)? (?:de )?seguridad|question(?:s)? (?:de )?sécurité|sicherheitsfrage|domanda di sicurezza"
    r"|pergunta(?:s)? de segurança|beveiligingsvraag)"
)
# what a form's label says of a security answer: one to three capitalised words or a value with a digit
# (a number after the last word: an answer made harder to guess, `Rosebud68`, `Sir Fluffington8`)
_ANSWER_WORD = r"[A-ZÀ-Þ][^\W\d_]{1,30}(?:['’][^\W\d_]{1,20})?"  # noqa: RUF001 (`O'Brien`, `St Bede's`)
_ANSWER_VALUE = (
    rf"(?P<s>(?-i:{_ANSWER_WORD}(?:[ -]{_ANSWER_WORD}){{0,2}}[0-9]{{0,4}})"
    r"|[^\s\"',;]*[0-9][^\s\"',;]*)"
)
# the ICAO spelling alphabet, and the digits as it says them
_SPELLING_LETTER = (
    r"(?:alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar"
    r"|papa|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu)"
)
_SPELLING_DIGIT = r"(?:zero|one|two|three|tree|four|five|fife|six|seven|eight|nine|niner)"
_SPELLING_LETTERS = re.compile(rf"(?i:(?<![a-z]){_SPELLING_LETTER}(?![a-z]))")


def _not_spelled(letters: list[str]) -> bool:
    """Fewer than two letters, or letters in the alphabet's order (`Alpha, Bravo, Charlie, Delta`): a
    list of names (teams, zones), not a value spelled out."""
    if len(letters) < 2:
        return True
    initials = [ord(w[0].lower()) for w in letters]
    return len(letters) >= 3 and all(b - a == 1 for a, b in pairwise(initials))


TOLD_RULES: tuple[_Rule, ...] = (
    # "Mother's maiden name: Vasquez"; "Security question: first school / Answer: Lakeside"
    _Rule(
        "security-answer",
        r"(?i:(?:maiden name|memorable (?:word|name|place|answer)|(?:security|secret|verbal) (?:answer|word|phrase)"
        r"|verbal pass(?:word|code)|nom de jeune fille|apellido de soltera|nome de solteira|nome da mãe|mädchenname"
        r"|geburtsname der mutter)[^\n:=]{0,60}?(?:\n[^\n:=]{0,4}?)?"
        r"(?:[:=]|[ \t]*(?:->|→|=>)"
        r"|(?:(?<=\n)|[ \t])(?:is|was|es|est|ist|era|é|è|war|i put|i typed|i entered|i said|i answered|i gave"
        r"|stored as|with)[ \t]"
        r"|[ \t]*[—–;,-]?[ \t]*(?:(?:she|he|they|the client|the caller) (?:says?|said) )?it'?s[ \t])"  # noqa: RUF001
        r"|(?:security|secret) question[^\n]{0,80}\r?\n[ \t]*answer[ \t]*[:=])[ \t]*[\"']?"
        + _ANSWER_VALUE
        + r"[\"']?(?=[ \t]*(?:$|\n|[.,;)»”])|[ \t]+(?:and|but|with|y|et|und|e)[ \t])",
        (
            *("maiden", "memorable", "answer", "Answer", "ANSWER", "word", "Word", "WORD", "verbal", "Verbal"),
            *("soltera", "solteira", "jeune fille", "ädchenname", "eburtsname", "Maiden", "MAIDEN", "Memorable"),
        ),
    ),
    # what a security question asks, as a form's label or said in a sentence, where a security question
    # is spoken of: "name of first pet: Biscuit", "first car was a Ford", "primera mascota: Toby"
    _Rule(
        "security-answer",
        r"(?i:(?:name of (?:your |my |the )?first (?:pet|dog|cat|school|teacher|car|boss)"
        r"|first (?:pet|dog|cat)'?s? name|first (?:pet|dog|cat|car|school|teacher|employer|job|concert|street)"
        r"|childhood (?:friend|nickname|street|hero|best friend)"
        r"|favou?rite (?:teacher|childhood|book|film|movie|food|sports? team|place)|city (?:of birth|you were born in)"
        r"|(?:town|city|place) of birth|birth ?(?:place|city)|father'?s middle name|street you grew up on"
        r"|primera mascota|premier animal|erstes haustier|primo animale|primeiro animal)"
        r"(?:[ \t]*\?)?[^\n:=?]{0,24}?(?:[ \t]*(?:[:=]|->|→|=>)"
        r"|[ \t](?:is|was|es|est|ist|era|é|è|war|(?:is )?stored as)(?:[ \t]+an?)?[ \t]"
        # "… first pet — it's Pickles McGee", "… maiden name; she says it's Okonkwo"
        r"|[ \t]*[—–;,-]?[ \t]*(?:(?:she|he|they|the client|the caller) (?:says?|said) )?it'?s[ \t]))"  # noqa: RUF001
        r"[ \t]*[\"']?" + _ANSWER_VALUE + r"[\"']?(?=[ \t]*(?:$|\n|[.,;)»”])|[ \t]+(?:and|but|with|y|et|und|e)[ \t])",
        (
            *("first", "childhood", "favo", "birth", "middle name", "grew up", "primera", "premier", "erstes"),
            *("primo", "First", "FIRST", "Childhood", "Favo", "FAVO", "Birth", "Primera", "Premier", "Erstes", "Primo"),
        ),
        spare=lambda m, text: (
            (
                _SECURITY_QUESTION_SAID.search(text, max(0, m.start() - 400), m.end() + 200) is None
                and "answer" not in m.group().lower()  # "the "first pet" answer is stored as "Pickles""
            )
            or m.group("s").lower() in _NO_ANSWER
        ),
    ),
    # a form's or a note's questions and answers where a security question is spoken of ("Q2 In what city did
    # your parents meet?   A: Wolverhampton", "Q: What was the name of your first pet?\n  A: Captain Pickles"):
    # what answers a question there is its answer, whatever the question asks
    _Rule(
        "security-answer",
        r"(?:\?[ \t]*|\n[ \t]*)(?i:a|ans|answer|antwort|respuesta|réponse|resposta|risposta|antwoord|svar|vastaus"
        r"|odpowied[zź]|ответ|відповідь|cevap)[0-9]?[ \t]*[:：][ \t]*[\"']?"  # noqa: RUF001
        + _ANSWER_VALUE
        + r"[\"']?(?=[ \t]*(?:$|\n|[.,;)]))",
        ("?",),
        spare=lambda m, text: (
            _SECURITY_QUESTION_SAID.search(text) is None
            or "?" not in text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1 : m.start() + 1]
            or m.group("s").lower() in _NO_ANSWER
        ),
    ),
    # a money transfer's control number (Western Union's MTCN, Palawan's KPTN), a cash-out or a parcel locker's
    # pickup code: whoever reads it collects the money or the parcel
    _Rule(
        "access-code",
        r"(?:(?<![a-z])(?:mtcn|kptn|kode tarik tunai|withdrawal code|cash[ -]?out code|pick[ -]?up code"
        r"|collection code)(?![a-z])|取件码|取件碼|提货码)[^\n:=0-9]{0,20}?(?:[:=#]|is)?[ \t]*"
        r"(?P<s>(?=(?:[a-z-]*[0-9]){5})[a-z0-9](?:[a-z0-9]|[ -](?=[a-z0-9])){5,22})(?![a-z0-9])",
        ("mtcn", "kptn", "tarik tunai", "withdrawal", "cash", "pick", "collection", "取件", "提货"),
        on_lower=True,
    ),
    # a gift card's claim code, a voucher's PIN, an account's activation code: whoever reads it uses it
    _Rule(
        "access-code",
        r"(?:(?:claim|redemption|gift[ -]?card|voucher|prepaid|activation|enrol?ment|invitation|invite)[ _-]?"
        r"(?:code|pin|key)|aktiveringskode[n]?|aktiverings-kode|aktivierungscode|aktivierungsschlüssel"
        r"|code d'activation|código de activación|código de ativação|codice di attivazione|activeringscode)"
        r"(?![a-z])[^\n:=]{0,20}?(?:[:=]|is)[ \t]*[\"']?"
        r"(?P<s>(?=[a-z0-9-]*[0-9])[a-z0-9]{3,}(?:-[a-z0-9]{3,}){1,5}|(?=[a-z]{0,15}[0-9])(?=[0-9]{0,15}[a-z])[a-z0-9]{6,16})"
        r"(?![a-z0-9-])",
        ("claim", "redemption", "gift", "voucher", "prepaid", "activation", "enrol", "invit", "aktiv", "activ"),
        on_lower=True,
    ),
    # a value spelled in a spelling alphabet after a password's or a code's word (a radio log, a call):
    # "passcode: Romeo Tango Whiskey One Three Five"; three letters at least, so that digits alone
    # ("one two three four") stay the other rules'
    _Rule(
        "password",
        r"(?i:(?<![a-z])(?:password|passcode|passwort|kennwort|wachtwoord|mot de passe|contraseña|senha|passphrase"
        r"|pin|code(?![ -]?names?)|key|codice|código|kod)(?![a-z])[^\n]{0,80}?)"
        rf"(?<![a-z])(?P<s>{_SPELLING_LETTER}"
        rf"(?:[ \t]*[,-]?[ \t]+(?:{_SPELLING_LETTER}|{_SPELLING_DIGIT}|[0-9])){{3,31}})(?![a-z0-9])",
        ("pass", "wort", "woord", "contras", "senha", "pin", "code", "key", "codice", "código", "kod"),
        on_lower=True,
        spare=lambda m, text: _not_spelled(_SPELLING_LETTERS.findall(text, *_span(m))),
    ),
    # a Wi-Fi QR code's payload (`WIFI:S:<ssid>;T:WPA;P:<password>;;`): the password field
    _Rule("wifi-password", r"WIFI:(?:[^;\n]{0,80};){0,6}?P:(?P<s>(?:\\.|[^;\\\n]){1,63});", ("WIFI:",)),
)
