"""Values told by words: a secret's concept named in a sentence or a label, and the value that the sentence
or the structure puts where that concept's value goes. The concepts come from lexicon.py, in about forty
languages; no rule here is a wording.

- Told in a clause: a word for a password, a PIN, a one-time code or a card's security code, or a word
  for a code said with what it opens (a door, a gate, a safe, an alarm; compounds such as `portkod`,
  `ovikoodi`, `toegangscode`), then, within the clause (a few words, no line or sentence end between),
  the first thing with a digit in it. It is the secret when it has the concept's shape: a password's
  shape (any credential's shape right after `is`, `:`, `=`, `→`…); 4 to 8 digits for a PIN, a one-time
  code or an opener's code (`#` after it allowed); 3 or 4 for a card's security code. A number that is
  another thing's (a year, an amount with its unit, a room's) stops the search.
- Label, then value: a short line that is a label naming such a concept (`WLAN Network Key (WPA2):`),
  and the value alone on the next line (a password, digits, a key in groups of letters and digits).
- Announced, then sent: a chat message that speaks of a password, credentials or a secret, and the
  next messages that are nothing but a credential-shaped or machine-made token (a secret sent in parts,
  or "in the next message"); a message that speaks of a code, a PIN or a keypad with no number, and a
  code among the first words of one of the next two messages.
- A word for password typed with one slip (`Pasword`, `Passwrod`; not `passport`) names one too.
- A table aligned by spaces: the cells under a header cell that names a secret (or a code beside a
  column of what it opens), when they have the kind's shape.

Look-alikes stop each: a time ("at 0800"), a quantity ("1000 users", "200 zł"), digits in groups (a
phone), a number sent somewhere ("sent to …"), another thing's number (room, order, booking, PR, `#4521`),
a failure on the line ("Access denied (code: 5291)"), another thing's code (zip, promo), a chip's pin.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (words of other scripts look like Latin letters to ruff)
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from skillhive.redact.engine import _A_PATTERN, _MARKER, _NOT_A_SECRET, _Counter, _jose_header, _lower
from skillhive.redact.judge import common_password, looks_random, looks_random_long, looks_random_one_case, named_digest
from skillhive.redact.lexicon import (
    CARD_ENDING,
    CARD_ENDING_IN,
    CODE_CONCEPT,
    COMBINATION_CONCEPT,
    DIGEST_WORDS,
    INTRODUCERS,
    KEY_CONCEPT,
    KEY_CONCEPT_ENGLISH,
    LICENCE_CONCEPT,
    ONE_TIME,
    OPENS_CONCEPT,
    OTP_CONCEPT,
    PASSWORD_CONCEPT,
    PASSWORD_MANAGERS,
    PIN_CONCEPT,
    SET_TO,
    SET_TO_MORE,
    SET_VERBS,
    SIGN_IN_CONCEPT,
    alternation,
)
from skillhive.redact.pii import _DIGIT_WORDS
from skillhive.redact.shapes import _KEY_ID_WORD, _UUID
from skillhive.redact.told import _OTHER_CODE, mark, password_shaped
from skillhive.redact.values import _PLACEHOLDER
from skillhive.redact.wire import _FAILURE_SAID, _POSTAL_CODE_WORD, india_postal_pin
from skillhive.redact.words import is_weak, secret_kind

# scripts written without spaces between words (Han, kana, Hangul with its particles, Thai, Lao, Khmer,
# Burmese): a word of theirs is matched anywhere, and a run of them is one token
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")


def _concept(words: tuple[str, ...]) -> str:
    """A regex for the words: a spaced script's word inflected by up to four letters when it is five
    letters or longer (`hasła`, `portkoden`); an unspaced script's word anywhere. A spaced script's word
    must also start a word: the caller checks it (`_starts_word`), as a look-behind first would cost the
    engine its quick scan for the words' first letters."""
    spaced = tuple(w for w in words if not _UNSPACED_CHAR.match(w))
    short = tuple(w for w in spaced if len(w) < 5)
    long = tuple(w for w in spaced if len(w) >= 5)
    unspaced = tuple(w for w in words if _UNSPACED_CHAR.match(w))
    return rf"(?:{alternation(long)})[^\W\d_]{{0,4}}(?!\w)|(?:{alternation(short)})(?!\w)|{alternation(unspaced)}"


def _starts_word(lowered: str, m: re.Match[str]) -> bool:
    return m.start() == 0 or not lowered[m.start() - 1].isalnum() or _UNSPACED_CHAR.match(m.group()) is not None


# digits said as words, in more languages than a card's number is read in (pii.py): a code of four to eight
_SPOKEN_DIGITS: dict[str, str] = {
    **_DIGIT_WORDS,
    **dict.fromkeys(("nol", "kosong", "शून्य", "ゼロ", "れい", "零", "영", "공", "không", "sero", "sıfır"), "0"),
    # Hindi and Urdu digits as written in Latin letters (a run of four or more is a code: "do saat shunya ek")
    **dict.fromkeys(("shunya", "shoonya", "sunya"), "0"),
    **dict.fromkeys(("ek",), "1"),
    **dict.fromkeys(("do",), "2"),
    **dict.fromkeys(("teen",), "3"),
    **dict.fromkeys(("char", "chaar"), "4"),
    **dict.fromkeys(("paanch", "panch"), "5"),
    **dict.fromkeys(("chhe", "chhah", "chah"), "6"),
    **dict.fromkeys(("saat",), "7"),
    **dict.fromkeys(("aath",), "8"),
    **dict.fromkeys(("nau",), "9"),
    **dict.fromkeys(("satu", "एक", "いち", "一", "일", "một", "isa"), "1"),
    **dict.fromkeys(("dua", "दो", "に", "二", "이", "hai", "dalawa"), "2"),
    **dict.fromkeys(("tiga", "तीन", "さん", "三", "삼", "ba", "tatlo"), "3"),
    **dict.fromkeys(("empat", "चार", "よん", "し", "四", "사", "bốn", "apat"), "4"),
    **dict.fromkeys(("lima", "पांच", "पाँच", "ご", "五", "오", "năm"), "5"),
    **dict.fromkeys(("enam", "छह", "छः", "ろく", "六", "육", "sáu", "anim"), "6"),
    **dict.fromkeys(("tujuh", "सात", "なな", "しち", "七", "칠", "bảy", "pito"), "7"),
    **dict.fromkeys(("delapan", "lapan", "आठ", "はち", "八", "팔", "tám", "walo"), "8"),
    **dict.fromkeys(("sembilan", "नौ", "きゅう", "く", "九", "구", "chín", "siyam"), "9"),
    # Swahili, Hausa, Yoruba, Haitian Creole, Somali, Igbo; Russian and Ukrainian as written in Latin
    # letters or in Cyrillic; Arabic as spoken in Egypt and written; Persian, Urdu, Bengali, Thai, Greek
    **dict.fromkeys(("sifuri", "sifiri", "odo", "zewo", "eber", "efu", "nol", "nul'", "صفر", "শূন্য", "ศูนย์"), "0"),
    **dict.fromkeys(("moja", "daya", "ookan", "okan", "kow", "otu", "odin", "واحد", "یک", "ایک", "এক", "หนึ่ง"), "1"),
    **dict.fromkeys(("ένα", "ena", "один"), "1"),
    **dict.fromkeys(("mbili", "biyu", "eeji", "meji", "labo", "laba", "abụọ", "dva", "اتنين", "اثنين", "دو"), "2"),
    **dict.fromkeys(("দুই", "สอง", "δύο", "dyo", "два"), "2"),
    **dict.fromkeys(("tatu", "uku", "eeta", "meta", "twa", "saddex", "atọ", "tri", "تلاتة", "ثلاثة", "سه", "تین"), "3"),
    **dict.fromkeys(("তিন", "สาม", "τρία", "tria", "три"), "3"),
    **dict.fromkeys(("nne", "hudu", "huɗu", "eerin", "merin", "kat", "afar", "anọ", "chetyre", "اربعة", "أربعة"), "4"),
    **dict.fromkeys(("چهار", "چار", "চার", "สี่", "τέσσερα", "tessera", "чотири"), "4"),
    **dict.fromkeys(("tano", "biyar", "aarun", "marun", "senk", "shan", "ise", "pyat", "pyat'", "خمسة", "پنج"), "5"),
    **dict.fromkeys(("پانچ", "পাঁচ", "ห้า", "πέντε", "pente", "пʼять", "п'ять"), "5"),
    **dict.fromkeys(("sita", "shida", "eefa", "mefa", "sis", "lix", "isii", "shest", "shest'", "ستة", "شش", "چھ"), "6"),
    **dict.fromkeys(("ছয়", "หก", "έξι", "exi", "шість"), "6"),
    **dict.fromkeys(("saba", "bakwai", "eeje", "meje", "sèt", "toddoba", "asaa", "sem", "سبعة", "هفت", "سات"), "7"),
    **dict.fromkeys(("সাত", "เจ็ด", "επτά", "εφτά", "efta", "сім"), "7"),
    **dict.fromkeys(("nane", "takwas", "eejo", "mejo", "uit", "siddeed", "asatọ", "vosem", "تمانية", "ثمانية"), "8"),
    **dict.fromkeys(("هشت", "آٹھ", "আট", "แปด", "οχτώ", "οκτώ", "ochto", "okto", "вісім"), "8"),
    **dict.fromkeys(("tisa", "tara", "eesan", "mesan", "nèf", "sagaal", "itoolu", "devyat", "devyat'", "تسعة"), "9"),
    **dict.fromkeys(("نه", "نو", "নয়", "เก้า", "εννιά", "εννέα", "ennia", "девʼять", "дев'ять"), "9"),
}
_SPOKEN_WORD = alternation(tuple(_SPOKEN_DIGITS))
_SPOKEN_RUN = re.compile(
    rf"(?:(?:{_SPOKEN_WORD})(?:[ \t,・、.-]+(?:{_SPOKEN_WORD})){{3,7}}"
    # Chinese and Japanese numerals written together, digit by digit ("六八一九九五"; not 十, 百: a quantity)
    r"|[〇零一二三四五六七八九]{4,8})(?![^\W\d_])"
)
# a word's last vowel, which its inflections change (Slavic, Finnic, Romance cases and plurals)
_VOWELS = frozenset("aeiouyаеиоуыюяєіїąęáéíóúàèìòùãõâêôäöüőű")
# each concept's word and the kind of secret it names (a word in two lists: the first kind)
_KINDS: dict[str, str] = {}
for _kind, _words in (
    ("pin", PIN_CONCEPT),
    ("combination", COMBINATION_CONCEPT),
    ("one-time-code", OTP_CONCEPT + ONE_TIME),
    ("password", PASSWORD_CONCEPT),
    ("code", CODE_CONCEPT),
    ("key", KEY_CONCEPT),
    ("licence-key", LICENCE_CONCEPT),
):
    for _word in _words:
        _KINDS.setdefault(_word, _kind)
        if len(_word) >= 6 and " " not in _word and _word[-1] in _VOWELS:
            _KINDS.setdefault(_word[:-1], _kind)  # its stem, inflected: `лозинку`, `salasanaa`, `contraseñas`


def _base(word: str) -> str | None:
    """The concept's word that `word` is, perhaps inflected (up to four letters after it)."""
    word = _SPACES.sub(" ", word)
    for cut in range(5):
        base = word[: len(word) - cut] if cut else word
        if base in _KINDS:
            return base
    return None


def _kind_of(word: str) -> str:
    """The kind of the concept's word as matched."""
    base = _base(word)
    return "code" if base is None else _KINDS[base]


_SPACES = re.compile(r"[ \t]+")


# each pattern twice: for any text, and, smaller and faster, for an ASCII text (most are)
_TOLD = re.compile(_concept(tuple(_KINDS)))
# an ASCII text's words in one trie, inflections allowed (one scan, twice as fast): `_told_words` refuses
# those of a word shorter than five letters and those that start no word
_TOLD_ASCII = re.compile(rf"(?:{alternation(tuple(w for w in _KINDS if w.isascii()))})[^\W\d_]{{0,4}}(?!\w)")


def _told_words(lowered: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The concepts' words in `lowered[start:end]`."""
    ascii_text = lowered.isascii()
    for m in (_TOLD_ASCII if ascii_text else _TOLD).finditer(lowered, start, len(lowered) if end is None else end):
        if not _starts_word(lowered, m):
            continue
        if ascii_text:
            base = _base(m.group())
            if base is None or (len(base) < 5 and len(base) != len(_SPACES.sub(" ", m.group()))):
                continue  # "pinned", "codes": a short word inflected is another word
        yield m


_OPENS = re.compile(_concept(OPENS_CONCEPT))
_SIGN_IN = re.compile(_concept(SIGN_IN_CONCEPT))
# an opener's word and a code's glued in one word (`portkoden`, `ovikoodi`, `toegangscode`, `Türcode`)
_OPENS_GLUED = re.compile(
    rf"(?<!\w)(?:{alternation(tuple(w for w in OPENS_CONCEPT if w.isalpha() and len(w) >= 3))})s?-?"
    r"(?:code|kod|kód|koodi|kode)[^\W\d_]{0,3}(?!\w)"
)
_GLUED_GATES = ("cod", "kod", "kód", "kood")
_CARD_SECURITY = (
    *("cvv", "cvc", "cvv2", "csc", "security code", "card verification", "sicherheitscode", "código de seguridad"),
    *("código de segurança", "code de sécurité", "codice di sicurezza", "kartenprüfnummer", "cryptogramme"),
    *("on the back", "at the back", "at back"),  # "the code on the back", "the 3 numbers at back of the card"
)
# a card "ending in 6431": its last four digits, shown to say which card (the code comes after)
_ENDING = frozenset(CARD_ENDING)
_ENDING_IN = frozenset(CARD_ENDING_IN)

_DIGIT = re.compile(r"[0-9]")
_A_CARD = re.compile(r"card|visa|mastercard|amex")
# the full stops of Chinese, Japanese and the Devanagari and Bengali scripts (no space needed after them)
_FULL_STOPS = frozenset("。！？।॥")
_CASES_OR_SYMBOLS = re.compile(
    r"[a-z][A-Z]|[A-Za-z][!#$%^&*?~|+=][A-Za-z]|[a-z]{3}-[a-z]{3,12}-[a-z]{3}"
)  # a password with no digit has them
_INTRODUCERS = frozenset(INTRODUCERS)
# the introducers a run of an unspaced script ends with ("现在是", "新しいのは")
_UNSPACED_INTRODUCERS = tuple(w for w in INTRODUCERS if _UNSPACED_CHAR.match(w))
# after a lower-case "pin" and its number: a pin of a chip or a connector, not a PIN
_HARDWARE_PIN = re.compile(r"[ \t]*(?:of|on|at|in|to|from)[ \t]")
_HARDWARE = re.compile(
    r"(?<![a-z])(?:board|led|wired?|wiring|gpio|fpga|bus|chip|header|connector|pcb|voltage|circuit|pinout|arduino"
    r"|raspberry|mcu|signal|jumper|socket|solder\w*|breadboard|resistor|ground|gnd|vcc|uart|spi|i2c)(?![a-z])"
)


def _pin_of_a_chip(lowered: str, value_end: int) -> bool:
    """ "pin 2048 of the FPGA", "pin 6382 is not wired": a pin of a chip or a connector, not a PIN."""
    line_start, line_end = _line(lowered, value_end, value_end, 120)
    return (
        _HARDWARE_PIN.match(lowered, value_end) is not None
        or _HARDWARE.search(lowered, line_start, line_end) is not None
    )


_WINDOW = 90  # how far after the concept's word a value may be
# "er nå", "is now", "ist jetzt": now, after "is"
_NOW = frozenset(("now", "nå", "nu", "jetzt", "maintenant", "ahora", "ora", "agora", "teraz", "теперь", "şimdi", "nyt"))
_FILLERS = frozenset(("um", "uh", "uhm", "er", "erm", "hmm", "eh", "äh", "ähm", "euh", "eee", "ehm"))
# the marker's kind for a concept's
_MARKED_AS = {"keypad": "access-code", "bare-code": "password", "key": "secret", "combination": "access-code"}
_MAX_WORDS = 6  # words between the concept's word and its value
_FAR_WORDS = 9  # … or this many, when "is" and a credential's shape follow them
_SET_WORDS = 3  # … and a few more when "set to" is the last ("de code van de kluis … heb ik ingesteld op 3214")
# a token: a run of an unspaced script, or a run of anything else but space and full-width punctuation
_TOKEN = re.compile(rf"[{_UNSPACED}]+|[^\s{_UNSPACED}\u3000-\u303f\uff00-\uffef]+")
_TRAILING = ".,;:!?।。，、،؛)]}»」』\"'“”’"
_LEADING = "([{«「『\"'“‘"
# what says a number is another thing's: a room's, an order's, a year's, a version's
_OTHER_THING = frozenset(
    (
        *("room", "order", "ticket", "case", "ref", "reference", "invoice", "tracking", "version", "model"),
        *("serial", "phone", "tel", "step", "page", "line", "port", "zip", "postcode", "no", "no.", "nr", "nr."),
        *("#", "flight", "seat", "slot", "floor", "apt", "unit", "bus", "gate", "build", "release", "ext"),
        *("pr", "mr", "issue", "issues", "commit", "job", "run", "pipeline", "sku", "item", "bug", "cve", "rfc"),
        *("booking", "reservation", "confirmation", "account", "customer", "member", "policy", "claim", "po"),
    )
)
# what says a number is a quantity: digits, characters, days, money
_UNIT = re.compile(
    r"(?i:digits?|chars?|characters?|letters?|times|attempts?|tries|days?|hours?|minutes?|mins?|seconds?|secs?"
    r"|weeks?|months?|years?|zeichen|ziffern|stellen|chiffres|caractères|dígitos|caracteres|cifre|caratteri"
    r"|znaków|cyfr|символ\w*|цифр\w*|знак\w*|位|桁|자리|%|x|zł|zl|kr|sek|nok|dkk|eur|usd|gbp|€|\$|£|¥|грн|руб\w*"
    r"|rs|rp|rb|ribu|jt|ft|lei|kč|tl|₺|₹|₽|₴|đ|vnd|ksh|tsh|bob|mxn|brl|r\$|utc|gmt|cet|uhr|h|hrs|am|pm"
    # an English plural after a number counts things ("1000 users affected")
    r"|people|persons|staff|children|men|women|[a-z]{3,}s)\.?"
)
# before a number, what says it is a time ("at 0800", "um 1800", "klo 1400")
_TIME_WORDS = frozenset(
    ("at", "um", "bis", "ab", "à", "alle", "om", "kl", "kl.", "klo", "o", "в", "до", "from", "until", "till", "since")
) | frozenset(("before", "after", "hasta", "desde", "dalle", "fino", "vers", "jusqu'à", "tot", "vanaf", "od", "do"))
# before "to": a verb that sends something to a place ("sent to 07700 900123"), not one that sets it
_SENDING = frozenset(
    ("sent", "send", "sends", "sending", "goes", "go", "went", "going", "texted", "forwarded", "forward", "delivered")
) | frozenset(("mailed", "emailed", "comes", "came", "dial", "dialed", "dialled", "call", "called", "transfer"))
_PIN_DIGITS = re.compile(r"[0-9]{4,8}")
_DIGEST_SAID = re.compile(
    rf"(?<![a-z])(?:sha[0-9-]+|{alternation((*DIGEST_WORDS, 'integrity', 'etag', 'commit'))})(?![a-z])"
)
# words joined by dashes after "password is", quoted or four and more: a passphrase (`"better-boat-analyst-buyer"`,
# `tundra-nectar-oyster-glacier-saffron`; unquoted, "the password is long-enough-now" is prose)
_QUOTES = "\"'`«“‘„"
_DASHED_PHRASE = re.compile(r"[a-z]{3,12}(?:-[a-z]{3,12}){2,5}")
_BASE32_KEY = re.compile(r"(?=[A-Z2-7]*[2-7])[A-Z2-7]{16,64}")  # an authenticator's secret key
_DIGIT_BY_DIGIT = re.compile(r"[0-9](?:,?[ \t][0-9]){3,7}(?![0-9]|,?[ \t][0-9])")
# (a few words between "is" and the code: "opgang 4B er skiftet til 8844")
_NUMBER_THEN_IS = re.compile(r"[ \t]+(?:is|är|er|ist|est|es|è|é|jest|je|on|is now)(?:[ \t]+[^\W\d_]+){0,3}[ \t]+[0-9]")
_TWO_THREES = re.compile(r"[0-9]{3} [0-9]{3}(?![0-9]| [0-9])")
# a licence or product key in groups of letters and digits (`4CDOO-XEF5U-WK9MN-EIA6V-28FNY`)
_GROUPED_KEY = re.compile(r"(?=[^ ]*[0-9])(?=[^ ]*[A-Za-z])[A-Za-z0-9]{4,6}(?:-[A-Za-z0-9]{4,6}){2,7}")
# an app password as Apple and Google print them (four groups of four letters)
_APP_PASSWORD = re.compile(r"[a-z]{4}(?:-[a-z]{4}){3}|[a-z]{4}(?: [a-z]{4}){3}")
# a word and a number, as people make a password of a name and a year (`tobi_378`, `zenit.1988`, `tangomeadow668`)
_WORD_AND_NUMBER = re.compile(
    r"(?P<w>[^\W\d_]{3,20})[._-]?[0-9]{2,6}|[0-9]{2,6}[._-]?(?P<w2>[^\W\d_]{4,20})"
    # words joined by underscores or dots and a number (`hangang_run7`, `caphe_sua_da7`)
    r"|(?P<w3>[^\W\d_]{3,20})(?:[._][^\W\d_]{2,20}){1,3}[._]?[0-9]{1,6}"
)
# … but not a thing's name and number (`sha256`, `utf8`, `room_203`, `user_123`, `IMG_4821`, `ticket-772`)
_NAMED_THING = frozenset(
    (
        *("sha", "utf", "aes", "rsa", "win", "python", "ipv", "http", "https", "base", "pbkdf", "argon", "bcrypt"),
        *("crc", "ucs", "iso", "ver", "version", "rev", "room", "flat", "apt", "gate", "block", "level", "floor"),
        *("step", "user", "test", "admin", "root", "tmp", "temp", "log", "img", "dsc", "file", "doc", "page", "item"),
        *("case", "ticket", "order", "inv", "ref", "tcp", "udp", "port", "vlan", "eth", "wlan", "channel", "chapter"),
        *("rule", "policy", "hmac", "des", "tls", "ssl", "ssh", "pgp", "gpg", "secp", "curve", "blake", "scrypt"),
        *("build", "node", "server", "host", "vm", "pod", "team", "group", "class", "grade", "year", "week"),
        *("day", "model", "type", "size", "batch", "run", "job", "task", "issue", "bug", "pr", "line", "row", "col"),
        *("invoice", "account", "acct", "table", "seat", "gen", "route", "bus", "train", "flight", "unit", "lot"),
    ),
)


def _told_after_colon(text: str, end: int, start: int) -> bool:
    """Whether only a colon (and a note in brackets) stands between the concept's word and the value."""
    between = re.sub(r"\([^()\n]{0,30}\)", "", text[end:start]).strip(" \t")
    return between in (":", "：", "=")


def _interleaved(value: str) -> bool:
    """Letters and digits mixed (`dbv4zo`), or letters whose case changes at random (`PnGdURmx`): what a
    generator makes; not a thing's name and number (`sha256`, `room_203`)."""
    if _WORD_AND_NUMBER.fullmatch(value):
        return _word_and_number(value)
    if value.isalpha():
        return len(value) >= 8 and _cases_at_random(value, shortest=8)
    return _LETTERS_AND_DIGITS.fullmatch(value) is not None and not _PLACEHOLDER.fullmatch(value)


def _word_and_number(value: str) -> bool:
    m = _WORD_AND_NUMBER.fullmatch(value)
    if m is None or value.isupper() or _PLACEHOLDER.fullmatch(value) or _NOT_A_SECRET.search(value):
        return False
    if common_password(value):
        return False  # "passwords like 'password123' get guessed": an example of a weak one
    return (m.group("w") or m.group("w2") or m.group("w3")).lower() not in _NAMED_THING


_DIAL = re.compile(r"[0-9]{1,2}(?:-[0-9]{1,2}){2,3}")  # a dial's numbers
_LICENCE_GROUPS = re.compile(r"(?=[^ ]*[0-9])(?=[^ ]*[A-Z])[A-Z0-9]{4,8}(?:-[A-Z0-9]{4,8}){2,7}")
_DIGIT_GROUPS = re.compile(r"[0-9]{4}(?:-[0-9]{4}){2,4}")  # a router's password as its sticker prints it
# after a word for a code or a password: what makes it a one-time code
_ONE_TIME_QUALIFIER = re.compile(r"[ \t]+\(?(?:2fa|mfa|otp|totp|sms|2sv|2-fa)(?![a-z0-9])")
_SET_VERBS = frozenset(SET_VERBS)
_SET_TO = frozenset(SET_TO + SET_TO_MORE)
_PAIR_AFTER = re.compile(r"[ \t]*[/|][ \t]*(\S{16,})")  # a key's id, then its secret: `YCAJ… / YCPT…`
_KEY_CONCEPT_ENGLISH = frozenset(KEY_CONCEPT_ENGLISH)
_CAPITALS_CODE = re.compile(r"(?=[A-Z]*[0-9])(?=[0-9]*[A-Z])[A-Z0-9]{5,8}")
_KEYPAD = re.compile(r"\*?[0-9]{4,8}[#*]?")  # `#4521` is a reference number, `4521#` what a keypad takes
_KEYPAD_ENTRY = re.compile(r"\*?[0-9]{4,8}#")
# a thing's code in capitals and a number (a course, a room, a model: `CHEM201`, `B-12`, `A320`)
_NAMED_CODE = re.compile(r"[A-Z]{1,6}-?[0-9]{1,4}[A-Z]?")
# a backup code's shape: two groups of four or five letters and digits, a digit among them (`7fka-5vct`)
_BACKUP_CODE = re.compile(r"(?=[a-z-]*[0-9])[a-z0-9]{4,5}-[a-z0-9]{4,5}")
# a value told after a password's word and its colon: letters and digits mixed (`dbv4zo`), no other shape
_LETTERS_AND_DIGITS = re.compile(r"(?=[^\W_]*[0-9])(?=[^\W\d_]*[^\W\d_])[^\W_]{6,32}")
_CARD_DIGITS = re.compile(r"[0-9]{3,4}")
_YEAR = re.compile(r"(?:19[5-9][0-9]|20[0-4][0-9])")
_MASK_BEFORE = re.compile(r"[•●∙*xX]{3,}[ \t-]?$")
_NOT_A_VALUE_CHARS = frozenset("={}()<>[]:/\\\"'`")  # a template's, a path's, a setting's
# "is" said after what it is of: Persian, Urdu, Hindi, Turkish, Japanese, Korean
_VERB_FINAL_COPULAS = frozenset(
    ("است", "هست", "ہے", "है", "हैं", "dır", "dir", "tır", "tir", "です", "입니다", "이에요", "예요")
)
_SYMBOL = frozenset("!@#$%^&*?~|+=<>")
_URLISH = re.compile(r"(?i:https?:|www\.|\.(?:com|org|net|io|de|fr)\b)|@[\w-]+\.[a-z]{2,}|/")


def _credential(value: str) -> bool:
    """A credential's shape, where the text introduces a value: letters and digits with a symbol or both
    cases (`-KDC@36mbU0m`, `F8_hp=iG&1nl0*`); not an address, a path, a placeholder."""
    if not 6 <= len(value) <= 64 or _URLISH.search(value) or _PLACEHOLDER.fullmatch(value):
        return False
    if _NOT_A_SECRET.search(value) or value.startswith(("$", "%", "{", "<", "[")) or _A_PATTERN.fullmatch(value):
        return False
    letters = [c for c in value if c.isalpha()]
    if not letters:
        return False
    mixed = any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    if not any(c.isdigit() for c in value):
        # no digit: both cases with two symbols (`i#OvpD-hT$G%R`), or cases that change at random
        # (`mOAvuveKYAvk`; not `McDonald`, `iPhoneXS`, a CamelCase name)
        symbols = sum(c in _SYMBOL for c in value)
        if not mixed or len(value) < 8:
            return False
        if symbols == 1 and _cases_at_random("".join(letters), shortest=8):
            return True  # `YOlMr!WiCOy`, `jEpxSoX+rae`: a symbol among letters whose case changes at random
        return symbols >= 2 or (value.isalpha() and _cases_at_random(value))
    return (any(c in _SYMBOL for c in value) and (mixed or len(value) >= 8)) or (mixed and len(value) >= 8)


_CAMEL = re.compile(r"[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[A-Z]+[a-z]+")


def _cases_at_random(value: str, shortest: int = 10) -> bool:
    """`shortest` letters or more (ten unless said) whose case changes four times or more and not word by word:
    machine-made."""
    if len(value) < shortest or _CAMEL.fullmatch(value):
        return False
    changes = sum(a.isupper() != b.isupper() for a, b in pairwise(value))
    return changes >= 4 and any(c.isupper() and n.isupper() for c, n in pairwise(value))


def _machine_made(value: str) -> bool:
    """A key or a token's shape: random letters and digits (hex of 32 or more, base32, base64)."""
    return (
        looks_random(value)
        or looks_random_one_case(value)
        or looks_random_long(value)
        or _BASE32_KEY.fullmatch(value) is not None
    )


def _fits(kind: str, value: str, introduced: bool, card: bool) -> bool:
    if value.lower() in PASSWORD_MANAGERS:
        return False  # "新しいものは 1Password の「本番DB」に": where it is kept
    if _A_PATTERN.fullmatch(value):
        return False  # "password regex: ^(?=.*[a-z])…$": the rule a password must follow, not one
    if len(value) >= 6 and len(set(value)) == 1:
        return False  # "验证码为 000000": a test server's fixed code
    if kind == "combination":  # "the combination … is 7-55-14", "kombinace je … 97743"
        return _KEYPAD.fullmatch(value) is not None or _DIAL.fullmatch(value) is not None
    if kind == "licence-key":  # "License: PIWCWP1I-2KU6XIN9-…" (not "License: MIT", "Apache-2.0")
        return _LICENCE_GROUPS.fullmatch(value) is not None
    if kind == "api-key" and introduced and _UUID.fullmatch(value):
        return True
    if kind in ("key", "api-key"):  # not a published example (`AKIAIOSFODNN7EXAMPLE`), not a JWT's header alone
        return _machine_made(value) and not _NOT_A_SECRET.search(value) and not _jose_header(value)
    if kind == "bare-code":  # a credential's shape: a symbol, both cases (not a plus code's `9F4MGCM4+V3`)
        mixed = value.lower() != value != value.upper()
        if mixed and any(c.isdigit() for c in value) and len(value) >= 8 and _credential(value):
            return True  # "رمز WoRm5f5Udh", "τον νέο κωδικό: WG9SanUGuehA": both cases and digits, as a generator makes
        return mixed and password_shaped(value) and any(c in _SYMBOL for c in value)
    if kind == "password":
        if password_shaped(value) or (introduced and _credential(value)):
            return True
        return introduced and (
            _KEYPAD.fullmatch(value) is not None  # "도어락 비번: 0768*"
            or _APP_PASSWORD.fullmatch(value) is not None
            or _DIGIT_GROUPS.fullmatch(value) is not None
            or _GROUPED_KEY.fullmatch(value) is not None
        )
    if kind == "keypad":
        return _KEYPAD.fullmatch(value) is not None and value[-1] in "#*"
    if kind == "access-code":
        if _KEYPAD.fullmatch(value) or (introduced and _CAPITALS_CODE.fullmatch(value)):
            return True  # "access code OJXC7402" too
        return introduced and (password_shaped(value) or _credential(value)) and any(c in _SYMBOL for c in value)
    if card:
        return _CARD_DIGITS.fullmatch(value) is not None or _PIN_DIGITS.fullmatch(value) is not None
    if kind == "one-time-code" and introduced and _CAPITALS_CODE.fullmatch(value):
        return True  # "din engångskod … är LXYA8I": a code in capitals and digits
    if kind == "one-time-code" and introduced and _BACKUP_CODE.fullmatch(value):
        return True  # "резервний код 7fka-5vct": a backup code
    return _PIN_DIGITS.fullmatch(value) is not None


def _value_after(text: str, lowered: str, end: int, kind: str, card: bool) -> tuple[int, int] | None:
    """The value the clause after a concept's word (ending at `end`) puts after it, if it fits the kind."""
    if end < len(text) and text[end] in ".!?。！？" and (end + 1 == len(text) or text[end + 1].isspace()):
        return None  # "never share your PIN. Let me…": the sentence ended with the word
    if end < len(text) and text[end] in _FULL_STOPS:
        return None  # "…不会打电话要密码。反诈专线 96110": a full stop that needs no space after it
    limit = min(len(text), end + _WINDOW)
    line_end = text.find("\n", end, limit)
    limit = limit if line_end < 0 else line_end
    introduced = text[end : end + 3].lstrip()[:1] in (":", "=", "：", "→")
    words = 0
    previous = [""]
    note_end = -1  # a note in brackets ("Ihre TAN für … (249,00 EUR): 786748") is passed over
    gap_start = end
    for t in _TOKEN.finditer(text, end, limit):
        raw = t.group()
        if _FULL_STOPS.intersection(text[gap_start : t.start()]):
            return None  # "… पिन नहीं माँगता। शक हो तो १९३० पर …", "…密钥过期。部署…": the sentence ended before a value
        gap_start = t.end()
        if t.start() < note_end:
            continue
        if raw.startswith("[REDACTED") or raw.startswith("REDACTED"):
            return None
        if raw.startswith("(") and ")" not in raw[:-2]:
            close = text.find(")", t.start(), min(limit, t.start() + 40))
            if close > 0 and text[close + 1 : close + 3].lstrip()[:1] in (":", "："):
                note_end, introduced = close + 1, True
                continue
        value = raw.lstrip(_LEADING)
        if raw[:1] in "(（" and raw.rstrip(".,;")[-1:] in ")）":
            introduced = True  # "the SFTP password (mcxh=fQFK*f_4P-m)": the value in brackets after its word
        start = t.start() + len(raw) - len(value)
        stripped = value.rstrip(_TRAILING)
        # a password may end in `!` or `?`; the sentence's `.` and `,` are not its own
        value = stripped if not any(c.isdigit() for c in stripped) else value.rstrip(".,;:)]}»」』\"'“”’।。，、،؛")
        if not value:
            if raw.strip() in ("?", "!", "？", "！", "。"):
                return None  # "Mot de passe oublié ? Appelez…": the clause ended
            if raw.strip() in (":", "：", "="):
                introduced = True  # "도어락 비번 바뀜: 0768*": an unspaced word, then its colon alone
            continue
        spoken = (
            _SPOKEN_RUN.match(lowered, start)
            if kind not in ("key", "api-key", "licence-key") and words <= _FAR_WORDS
            else None
        )
        if spoken is not None:
            return start, spoken.end()  # "die ist jetzt neun eins sieben drei vier", "OTP आया है: एक तीन नौ एक आठ दो"
        if kind == "password" and (introduced or words <= 1) and _word_and_number(value):
            return start, start + len(value)  # "a senha capa_8462", "parol ot wifi … zenit.1988"
        if kind == "password" and words == 0 and _told_after_colon(text, end, start) and _interleaved(value):
            return start, start + len(value)  # "ID：278 474 223，密码：dbv4zo", "Contraseña (CIEC): PnGdURmx"
        if kind == "password" and words <= _MAX_WORDS and _APP_PASSWORD.fullmatch(value.rstrip(_TRAILING)):
            return start, start + len(value.rstrip(_TRAILING))  # "senha específica de app xzkl-ahqg-lvbr-zkjp"
        if not any(c.isdigit() for c in value):
            if (
                words <= _FAR_WORDS
                and kind == "password"
                and value[:1].isalnum()
                and not _NOT_A_VALUE_CHARS.intersection(value)
                and (introduced or _copula_follows(text, t.end()))
                and (
                    _credential(value)
                    or (
                        introduced and (raw[:1] in _QUOTES or value.count("-") >= 3) and _DASHED_PHRASE.fullmatch(value)
                    )
                )
            ):
                return start, start + len(value)  # "salasana on mOAvuveKYAvk": a password with no digit
            word = value.lower()
            if word in _OTHER_THING or lowered[t.start() : t.end()] in _OTHER_THING:
                return None
            if word in _FILLERS and raw.endswith(","):
                continue  # "my PIN is, um, 5 3 0 1": a pause, not a word (German `um 8` is a time)
            words += 1
            if words > _FAR_WORDS + _SET_WORDS:
                return None
            introduced = (introduced and word in _NOW) or (
                word in _INTRODUCERS
                or raw.endswith((":", "=", "："))
                or raw in ("→", "-", "—", "–")
                or (_UNSPACED_CHAR.match(word) is not None and word.endswith(_UNSPACED_INTRODUCERS))
            )
            previous.append(word)
            if _FULL_STOPS.intersection(raw):
                return None  # "… पिन नहीं माँगता। शक हो तो १९३० पर …": the sentence ended before a value
            if (
                raw[-1:] in ".!?。！？"
                and not raw.endswith(("...", "…"))
                and len(raw) > 1
                and word not in ("c.", "nr.")
            ):
                return None  # the sentence ended before a value
            continue
        if value.lower() in ("2fa", "2sv", "2-fa", "2-step", "2fa-code", "2fa-kode", "2fa-koden"):
            continue  # "κωδικός 2FA … : 075649": what the code is for (part of its name), then the code
        if previous[-1] in _ENDING or (previous[-1] in _ENDING_IN and previous[-2] in _ENDING):
            words -= 1 if previous[-1] in _ENDING else 2
            continue  # "the card ending in 6431": which card, not its code (nor words between it and its code)
        set_to = len(previous) > 2 and previous[-2] in _SET_VERBS and previous[-1] in _SET_TO  # "ingesteld op 3214"
        if words > _FAR_WORDS and not set_to:
            return None
        if _YEAR.fullmatch(value) and not introduced:
            return None
        if not introduced and _NUMBER_THEN_IS.match(text, start + len(value)):
            words += 1
            continue  # "Portkoden till Vasagatan 12 är 0788": the street's number, then "is" and the code
        if _MASK_BEFORE.search(text, max(0, start - 8), start):
            return None  # "sent to •••• 4471", "card ****1234": the shown end of a masked number
        if previous[-1] in _TIME_WORDS:
            return None  # "reset at 0800", "bis 1800": a time
        if previous[-1] == "to" and previous[-2] in _SENDING:
            return None  # "the OTP was sent to 07700 900123": where it went, not what it is
        spelled = _DIGIT_BY_DIGIT.match(text, start) if len(value.rstrip(",")) == 1 else None
        if spelled is not None and kind != "password" and 4 <= sum(c.isdigit() for c in spelled.group()) <= 8:
            return start, spelled.end()  # "my card PIN is, um, 5 3 0 1": a code read digit by digit
        if re.match(r"[ \t]+[0-9]", text[start + len(value) : start + len(value) + 2]):
            pair = _TWO_THREES.match(text, start)
            if kind == "one-time-code" and pair is not None:
                return start, pair.end()  # "je to 647 339": a six-digit code read in two halves
            return None  # digits in groups: a phone's or an account's number, not a code
        after = text[start + len(value) : start + len(value) + 12].lstrip(" \t")
        if _unit_follows(after):
            return None  # "200 zł", "6 digits": a quantity
        if kind in ("bare-code", "access-code", "one-time-code") and _KEYPAD_ENTRY.fullmatch(value):
            return start, start + len(value)  # "Código nuevo: 9777#", "… إلى 4441#": what a keypad takes
        if kind == "bare-code" and words > 0:
            return None  # a code's word alone counts only right before a credential
        if kind in ("key", "api-key", "password") and words >= 2 and _UUID.fullmatch(value.rstrip(_TRAILING)):
            return None  # "токен доступа истёк, клиент mobile-ios, запрос d6d5…": a request's id, words after the word
        if kind in ("key", "api-key") and (
            previous[-1].startswith("-") or "=" in value.rstrip("=") or _DIGEST_SAID.search(lowered, end, start)
        ):
            return None  # a flag's argument, a setting (`sha256=…`), a digest named as one: not the key
        far_ok = introduced and (
            (kind == "password" and _credential(value))
            or (kind in ("key", "api-key") and _machine_made(value))  # "the access token … the user pasted: EAAA…"
            or (kind in ("pin", "access-code", "one-time-code") and _PIN_DIGITS.fullmatch(value) is not None)
        )  # further than a few words: a credential, or a PIN's digits, right after "is" ("PIN ya M-Pesa … ni 9030")
        if words > _MAX_WORDS and not far_ok and not set_to:
            return None  # further than a few words only a credential's shape right after "is" (`ni Yp_*4*J…`)
        introduced = introduced or _copula_follows(text, start + len(value))  # "جدیدش panda_201S هست"
        if words == 0 and kind in ("access-code", "one-time-code", "api-key"):
            introduced = True  # "access code OJXC7402", "API anahtarım 1134049a-…": the value right after its word
        if _fits(kind, value, introduced, card) and not _MARKER.search(text, max(0, start - 30), start):
            pair = _PAIR_AFTER.match(text, start + len(value)) if kind in ("key", "api-key") else None
            if pair is not None and _machine_made(pair.group(1).rstrip(_TRAILING)):
                return start, pair.start(1) + len(pair.group(1).rstrip(_TRAILING))  # "<key id> / <secret>": both
            return start, start + len(value)
        if _NAMED_CODE.fullmatch(value.rstrip(_TRAILING)) and not introduced:
            words += 1
            continue  # "the password for the CHEM201 final exam PDF is …": a course's, a room's code on the way
        return None  # the first thing with a digit is the clause's value, or another thing's
    return None


def _copula_follows(text: str, at: int) -> bool:
    """ "is" right after the value, as verb-final languages say it ("رمز عبور … X است", "… X है")."""
    after = _TOKEN.match(text, at + 1) if at < len(text) and text[at] in " \t" else None
    return after is not None and after.group().rstrip(_TRAILING).lower() in _VERB_FINAL_COPULAS


def _unit_follows(after: str) -> bool:
    m = _UNIT.match(after)
    return m is not None and (m.end() == len(after) or not after[m.end()].isalnum())


def _line(lowered: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The line around `start:end`, at most `reach` characters either side (bounded: linear in all)."""
    floor = max(0, start - reach)
    line_start = lowered.rfind("\n", floor, start)
    line_end = lowered.find("\n", end, end + reach)
    return (floor if line_start < 0 else line_start + 1), (min(len(lowered), end + reach) if line_end < 0 else line_end)


_CLAUSE_END = re.compile(r"[\n;.!?。！？]")


def _clause(lowered: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The clause around `start:end`, at most `reach` characters either side."""
    floor = max(0, start - reach)
    before = [m.end() for m in _CLAUSE_END.finditer(lowered, floor, start)]
    after = _CLAUSE_END.search(lowered, end, end + reach)
    return (before[-1] if before else floor), (after.start() if after else min(len(lowered), end + reach))


def _opener_near(lowered: str, start: int, end: int) -> bool:
    """A word for what a code opens in the code's clause, a few words before or after it."""
    clause_start, clause_end = _clause(lowered, start, end, 48)
    return any(_starts_word(lowered, m) for m in _OPENS.finditer(lowered, clause_start, start)) or any(
        _starts_word(lowered, m) for m in _OPENS.finditer(lowered, end, clause_end)
    )


def _sign_in_near(lowered: str, start: int, end: int) -> bool:
    """A word for signing in, verifying or a text message in the code's clause: a one-time code's."""
    clause_start, clause_end = _clause(lowered, start, end, 48)
    return any(_starts_word(lowered, m) for m in _SIGN_IN.finditer(lowered, clause_start, clause_end))


def _failure_near(lowered: str, start: int, end: int) -> bool:
    """An error said on the code's line ("Access denied … (code: 5291)"): the code is the error's."""
    line_start, line_end = _line(lowered, start, end, 120)
    failures = _failures(lowered)
    i = bisect_left(failures, (line_start, 0))
    return i < len(failures) and failures[i][0] < line_end and failures[i][1] <= line_end


@lru_cache(maxsize=4)
def _failures(lowered: str) -> list[tuple[int, int]]:
    """Where the text says an error, once for all its concepts (a text may hold thousands of codes)."""
    return [m.span() for m in _FAILURE_SAID.finditer(lowered)]


# a word for password typed with one slip (a letter left out, doubled, swapped or wrong): `pasword`,
# `passwrod`, `pssword`, `Passwot`; the concept holds whatever the slip
_MISSPELT_CANDIDATE = re.compile(r"(?<![^\W\d_])p[a-zäöüß]{6,10}(?![^\W\d_])")
_TYPED_WORDS = ("password", "passwort", "passphrase", "passcode")
# words one slip from those that are words of their own
_REAL_WORDS = frozenset(("passport", "passports", "passwords", "passworte", "passcodes", "passphrases", "passover"))


def _one_slip(word: str, target: str) -> bool:
    """Whether `word` is `target` with one letter left out, added, changed, or two side by side swapped."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    i = 0
    while i < min(len(word), len(target)) and word[i] == target[i]:
        i += 1
    return (
        word[i + 1 :] == target[i:]  # one added
        or word[i:] == target[i + 1 :]  # one left out
        or word[i + 1 :] == target[i + 1 :]  # one changed
        or (word[i : i + 2] == target[i : i + 2][::-1] and word[i + 2 :] == target[i + 2 :])  # two swapped
    )


def _misspelt_password(word: str) -> bool:
    return word not in _KINDS and word not in _REAL_WORDS and any(_one_slip(word, t) for t in _TYPED_WORDS)


def _another_things_code(lowered: str, at: int, floor: int = 0) -> bool:
    """ "zip code", "promo code", "error code": a code named for another thing (a gate's or a room's opens one)."""
    other = _OTHER_CODE.search(lowered, max(floor, at - 24), at)
    return other is not None and other.group().strip(" _-") not in ("gate", "room")


def _key_word_alone(lowered: str, m: re.Match[str]) -> bool:
    """A key's word as a word of prose: an English one not inflected (`tokenizer`; Turkish `anahtarım` is "my
    key"), not a name's part (`JWT_SECRET=`, `checksum/secret:`, `api-keys`)."""
    base = _base(m.group())
    if base != _SPACES.sub(" ", m.group()) and base in _KEY_CONCEPT_ENGLISH:
        return False
    before = lowered[m.start() - 1] if m.start() else " "
    after = lowered[m.end()] if m.end() < len(lowered) else " "
    if _KEY_ID_WORD.match(lowered, m.end()):
        return False  # "access key ID", "key name": what names the key, not the key
    line_start = lowered.rfind("\n", 0, m.start()) + 1
    if lowered.startswith(":", m.end()) and not lowered[line_start : m.start()].strip(" \t-"):
        return False  # a YAML key (`api-key: …` under `encryptedData:`): named.py's rules read it, with its parent
    return before not in "_/-.$@" and after not in "_=/-.@"


# a setting's name in snake case (`jwt_secret`, `db_password`), not glued to a path, a call or an assignment, not
# a quoted value (`error="invalid_token"`)
_ERROR_CODE_NAME = re.compile(r"_[0-9]+$")  # `AUTH_401`: an error's code
_SETTING_NAME = re.compile(r"(?<![\w$./=\"'-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w(=/.-]|[\"']?[ \t]*[=:(])")


def _concepts(lowered: str) -> list[tuple[int, int, str, bool]]:
    """Each concept's word: where it is, the kind of secret it names, whether it is a card's digits."""
    found = []
    for m in _told_words(lowered):
        if len(m.group()) <= 4 and m.group().isascii() and lowered.startswith("(", m.end()):
            continue  # `tan(x)`, `pin(3)`: a function called, not a concept named
        kind = _kind_of(m.group())
        if kind == "key" and not _key_word_alone(lowered, m):
            continue
        if kind == "key" and "api" in lowered[max(0, m.start() - 5) : m.end()]:
            kind = "api-key"  # an API's key may be a UUID (Heroku's): "Heroku API anahtarım: 1134049a-…"
        if kind == "code":  # a code counts said with what it opens or signs in, not alone, nor another thing's
            if _failure_near(lowered, m.start(), m.end()) or _another_things_code(lowered, m.start()):
                continue
            if _opener_near(lowered, m.start(), m.end()):
                kind = "access-code"
            elif _sign_in_near(lowered, m.start(), m.end()):
                kind = "one-time-code"  # "the code from the SMS is …", "use this code to finish signing in:"
            else:
                kind = "bare-code"  # alone, it names a credential only right before one ("کاربر root رمز Mh1Y…$EM~")
        if kind in ("password", "bare-code", "code") and _ONE_TIME_QUALIFIER.match(lowered, m.end()):
            kind = "one-time-code"  # "κωδικός 2FA", "código SMS", "kod MFA": a code for one sign-in
        card = kind == "one-time-code" and any(w in m.group() for w in _CARD_SECURITY)
        if m.group().endswith("on the back") and not _A_CARD.search(lowered, max(0, m.start() - 120), m.end() + 60):
            continue  # "the code on the back of the box": a card's code only where a card is spoken of
        found.append((m.start(), m.end(), kind, card))
    for m in _MISSPELT_CANDIDATE.finditer(lowered):
        if _misspelt_password(m.group()):
            found.append((m.start(), m.end(), "password", False))
    if any(gate in lowered for gate in _GLUED_GATES):
        for m in _OPENS_GLUED.finditer(lowered):
            found.append((m.start(), m.end(), "access-code", False))
    if "_" in lowered:  # a setting's name that means a secret, in prose ("JWT_SECRET trên production là …")
        for m in _SETTING_NAME.finditer(lowered):
            named = secret_kind(m.group())
            if (
                named is not None
                and not is_weak(m.group())
                and not _ERROR_CODE_NAME.search(m.group())
                and not _DIGEST_SAID.search(m.group())  # `sha256_of_token`: a digest of it
            ):
                found.append((m.start(), m.end(), "password" if named == "password" else "key", False))
    if "#" in lowered:  # "server room door: 9029#": what it opens, a colon, and what a keypad takes
        for m in _OPENS.finditer(lowered):
            if _starts_word(lowered, m) and lowered.startswith(":", m.end()):
                found.append((m.start(), m.end(), "keypad", False))
    return found


def redact_told_in_a_clause(text: str, counter: _Counter) -> str:
    """A value with its concept's shape in the clause after a word that names a secret's concept."""
    lowered = ""
    if _DIGIT.search(text) is None and _CASES_OR_SYMBOLS.search(text) is None:
        lowered = _lower(text)
        if _SPOKEN_RUN.search(lowered) is None and _APP_PASSWORD.search(lowered) is None:
            return text  # nothing a value of any concept's shape could be (digits, a password's, digits in words)
    lowered = lowered or _lower(text)
    spans: list[tuple[int, int, str]] = []
    concepts = _concepts(lowered)
    for start, end, kind, card in concepts:
        if _MARKER.search(text, max(0, start - 12), start) or _in_marker(text, start):
            continue
        if _POSTAL_CODE_WORD.search(lowered, max(0, start - 16), min(len(lowered), end + 12)):
            continue  # "पिन कोड: 560001", "PIN code 560001" of an address (India's postal code), "zip code"
        found = _value_after(text, lowered, end, kind, card)
        kind = _MARKED_AS.get(kind, kind)
        if found is not None and text[start:end] in ("pin", "Pin") and _pin_of_a_chip(lowered, found[1]):
            continue  # (a PIN in capitals is no chip's pin)
        if found is not None and (india_postal_pin(text, start, *found) or lowered.endswith("kra ", 0, start)):
            continue  # an address's postal code; Kenya's KRA PIN, a tax number (documents.py names a person's)
        if found is not None and kind == "one-time-code" and not card and _failure_near(lowered, start, end):
            continue  # (a card's security code is no error's: "if the payment fails again my security code is 695")
        if found is not None:
            spans.append((*found, kind))
    spans.extend(_label_then_value(text, concepts))
    return mark(text, spans, counter)


def _in_marker(text: str, at: int) -> bool:
    opened = text.rfind("[REDACTED:", max(0, at - 30), at + 1)
    return opened >= 0 and text.find("]", opened) >= at


# -- a label on its line, the value on the next ---------------------------------------------------------

# a label's line: a few words that end with the concept's word, perhaps a note in brackets, and `:`
# (words after it only before a colon: "Contraseña del router:")
_LABEL_TAIL = re.compile(
    r"(?:(?:[^\x00-\x7f\s:：()]{1,16})?,?(?:[ \t]+[^\s:()]{1,20}){1,5}[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*[:：]"
    r"|[^\x00-\x7f\s:：()]{1,16}[:：]"  # an unspaced script's words after the concept's ("完成登录" and a colon)
    r"|[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*[:：]?)"
    r"[ \t]*$"
)
_GROUPED = re.compile(r"(?=[^\n]*[0-9])(?=[^\n]*[a-z])[a-z0-9]{3,6}(?:[ -][a-z0-9]{3,6}){1,7}")


def _label_then_value(text: str, concepts: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str]]:
    spans = []
    for start, end, kind, _card in concepts:
        found = _label_line_value(text, start, end, kind) or _announced_on_its_line(text, end, kind)
        if found is not None:
            spans.append((*found, _MARKED_AS.get(kind, kind)))
    return spans


def _label_line_value(text: str, start: int, end: int, kind: str) -> tuple[int, int] | None:
    """A short line that is a label naming the concept, and the value alone on the next line."""
    line_end = text.find("\n", end, end + 40)
    if line_end < 0 or not _LABEL_TAIL.fullmatch(text, end, line_end):
        return None
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    if start - line_start > 40 or len(text[line_start:start].split()) > 4:
        return None
    value_start = line_end + 1
    next_end = text.find("\n", value_start, value_start + 80)
    if next_end == value_start and text[line_end - 1] in ":：":
        value_start += 1  # "Your temporary password is:", a blank line, then the value on its own
        next_end = text.find("\n", value_start, value_start + 80)
    next_end = min(len(text), value_start + 80) if next_end < 0 else next_end
    value = text[value_start:next_end].strip()
    if not value or value.startswith("[REDACTED") or _MARKER.search(value):
        return None
    at = text.index(value, value_start)
    if (" " not in value and "\t" not in value and _fits(kind, value, True, False)) or (
        kind == "password" and _GROUPED.fullmatch(value.lower())
    ):
        return at, at + len(value)
    return None


# what ends a sentence that introduces the next line: a colon, or "is" said last (Japanese, Korean, Chinese)
_INTRODUCES_NEXT_LINE = re.compile(r"(?:[:：]|[は는은是为為]|です)[ \t\"'”»」]*$")


def _announced_on_its_line(text: str, end: int, kind: str) -> tuple[int, int] | None:
    """A sentence that names the concept and ends in a colon ("I made a google app password for it:"), and the
    next line nothing but a value of a generator's shape: a longer label than `_label_then_value` reads, so a
    stronger value (machine-made, a credential with digits and symbols, keys in groups, an app password, a
    dashed passphrase)."""
    line_end = text.find("\n", end, end + 160)
    if line_end < 0 or not _INTRODUCES_NEXT_LINE.search(text, end, line_end):
        return None
    if any(c in ".!?。！？" for c in text[end : line_end - 1].rstrip()):
        return None  # the sentence with the concept ended before the colon
    value_start = line_end + 1
    next_end = text.find("\n", value_start, value_start + 100)
    next_end = min(len(text), value_start + 100) if next_end < 0 else next_end
    value = text[value_start:next_end].strip().strip("\"'`")
    if not value or _MARKER.search(value):
        return None
    if " " in value and not _APP_PASSWORD.fullmatch(value):
        return None
    strong = (
        _machine_made(value)
        or (_credential(value) and any(c.isdigit() for c in value))
        or _LICENCE_GROUPS.fullmatch(value) is not None
        or _APP_PASSWORD.fullmatch(value) is not None
        or (kind == "password" and _DASHED_PHRASE.fullmatch(value) is not None and value.count("-") >= 3)
    )
    if not strong or kind in ("pin", "one-time-code", "combination") or _UUID.fullmatch(value):
        return None
    at = text.index(value, value_start)
    return at, at + len(value)


# -- announced, then sent --------------------------------------------------------------------------------

# a chat line: a time or a name (or both) and `:`, then the message
_CHAT_LINE = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?[^\s:\[\]][^:\n]{0,30}?(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
    r"(?:[ \t]*\[[^\]\n]{1,25}\])?:[ \t]+(?P<c>[^\n]*)$"
)
_ANNOUNCED = re.compile(
    rf"(?<!\w)(?:{alternation(PASSWORD_CONCEPT + KEY_CONCEPT)}|creds|credentials|secret|token|api key|pw|pwd|diceware"
    r"|setup key|totp|(?:2fa|mfa|authenticator|otp) (?:secret|key|seed))(?!\w)"
)
_MESSAGES_AFTER = 3
# an HTTP header's or an id field's name where a speaker's would be (`X-Request-Id:`, `trace_id:`, `requestId:`;
# not `David:` or `Jean-Pierre:`)
_HEADER_NAME = re.compile(
    r"[ \t]*(?:X-[\w-]+|[\w-]+-(?:Id|ID|Type|Length|Agent|Control|Encoding|Language|Version|Token|Key|Signature"
    r"|Authenticate|Origin|Policy|Options)|\w*(?:[-_](?:id|Id|ID)|[a-z](?:Id|ID))):"
)
_HANDED_OVER = re.compile(r"[^\W\d_]{2,12}[ \t]*[:：][ \t]*(?P<v>\S+(?: \S+)*)")


def _lone_secret(value: str) -> bool:
    if _BASE32_GROUPS.fullmatch(value):
        return True  # an authenticator's setup key as a site shows it: groups of four base32 characters
    if not 8 <= len(value) <= 80 or _PLACEHOLDER.fullmatch(value):
        return False
    if _URLISH.search(value) and not (_BASE64_SECRET.fullmatch(value) and looks_random(value.replace("/", ""))):
        return False  # an address or a path; not a secret key with a `/` in its base64 (`…dmVd6/ro`)
    if _UUID.fullmatch(value) or named_digest(value):
        return False  # `uid: c8028e6f-…` under `kind: Secret`: an object's id, not a message with a secret
    if _NOT_A_SECRET.search(value) or _SETTING_VALUE.match(value):
        return False  # `p95=4200ms`: a setting or a measure, not a credential
    if _DASHED_PHRASE.fullmatch(value) and value.count("-") >= 3:
        return True  # "exile-lawsuit-vault-plastic-ability-spell": a passphrase of chosen words, sent alone
    return _credential(value) or looks_random(value)


_SETTING_VALUE = re.compile(r"[a-z_][a-z0-9_.-]*=")
_BASE32_GROUPS = re.compile(r"(?=[A-Z2-7 ]*[2-7])[A-Z2-7]{4}(?: [A-Z2-7]{4}){3,15}")
_BASE64_SECRET = re.compile(r"[A-Za-z0-9+][A-Za-z0-9+/]{26,78}[A-Za-z0-9+=]")
# after a word for a code or a password: what makes it a one-time code
_ONE_TIME_QUALIFIER = re.compile(r"[ \t]+\(?(?:2fa|mfa|otp|totp|sms|2sv|2-fa)(?![a-z0-9])")
_SET_VERBS = frozenset(SET_VERBS)
_SET_TO = frozenset(SET_TO + SET_TO_MORE)
_KEY_CONCEPT_ENGLISH = frozenset(KEY_CONCEPT_ENGLISH)


_KEYPAD_WORD = re.compile(
    r"(?<![a-z])(?:keypad|keypads|keyless|key ?pad|tastenfeld|clavier|teclado|tastierino)(?![a-z])"
)


def _code_announced(lowered: str, start: int, end: int) -> bool:
    """A message that speaks of a code, a PIN or a keypad and gives no number: what follows may give it."""
    if _DIGIT.search(lowered, start, end) or _FAILURE_SAID.search(lowered, start, end):
        return False
    return _kind_of_line(lowered, start, end) or (_KEYPAD_WORD.search(lowered, start, end) is not None)


def _kind_of_line(lowered: str, start: int, end: int) -> bool:
    """A concept's word that names a code in the message (a bare word for code too; not a password's)."""
    return any(
        _kind_of(m.group()) != "password"
        and not _another_things_code(lowered, m.start(), start)  # not "zip code", "promo code"
        and not (m.group() == "pin" and _PIN_VERB.match(lowered, m.end()))  # "pin the message"
        for m in _told_words(lowered, start, end)
    )


_PIN_VERB = re.compile(r"[ \t]+(?:the|this|it|that|a|an|to|my|your|his|her|our|their|them|me|up)(?![a-z])")


_CONFIG_KEY = re.compile(r"[ \t]*[A-Za-z0-9-]*[_.][A-Za-z0-9_.-]*[ \t]*:")


def _code_in_next_message(
    text: str, lowered: str, after: list[re.Match[str]], line_end: int
) -> list[tuple[int, int, str]]:
    """The code that opens one of the next two messages: digits within its first words ("6367 then …",
    "it says 967017")."""
    for message in after:
        if text.count("\n", line_end, message.start()) > 1 or _CONFIG_KEY.match(text, message.start()):
            break  # `token_ttl: 3600`: a configuration's setting, not a message
        for words, t in enumerate(_TOKEN.finditer(text, message.start("c"), message.end("c"))):
            if words > 3:
                break
            value = t.group().rstrip(".,;:!?")
            if any(c.isdigit() for c in value):
                if (
                    _KEYPAD.fullmatch(value)
                    and not _YEAR.fullmatch(value)
                    and not _unit_follows(text[t.end() : t.end() + 12].lstrip(" \t"))
                ):
                    return [(t.start(), t.start() + len(value), "access-code")]
                return []
        line_end = message.end()
    return []


def redact_announced_messages(text: str, counter: _Counter) -> str:
    """Messages that are a lone credential-shaped token after a message that speaks of a secret."""
    if text.count("\n") < 1 or ":" not in text:
        return text
    lines = list(_CHAT_LINE.finditer(text))
    if len(lines) < 2:
        return text
    spans: list[tuple[int, int, str]] = []
    lowered = _lower(text)
    for i, line in enumerate(lines):
        if _code_announced(lowered, line.start("c"), line.end("c")):
            spans.extend(_code_in_next_message(text, lowered, lines[i + 1 : i + 3], line.end()))
        if _ANNOUNCED.search(lowered, line.start("c"), line.end("c")) is None:
            continue
        previous_end = line.end()
        for after in lines[i + 1 : i + 1 + _MESSAGES_AFTER]:
            if text.count("\n", previous_end, after.start()) > 1:
                break  # another block of text between: not the next message
            previous_end = after.end()
            if _HEADER_NAME.match(text, after.start(), after.start("c")):
                continue  # `X-Request-Id: req_7fJ2…`: a response's header, not a message
            value = after.group("c").strip()
            handed = _HANDED_OVER.fullmatch(value)  # "eccola: Sz1M…", "here: …", "voilà : …"
            value = handed.group("v") if handed is not None else value
            if _BASE32_GROUPS.fullmatch(value):
                at = after.start("c") + after.group("c").index(value)
                spans.append((at, at + len(value), "secret"))
                continue
            if " " in value or "\t" in value or value.startswith("[REDACTED") or _MARKER.search(value):
                continue
            if _lone_secret(value):
                at = after.start("c") + after.group("c").index(value)
                spans.append((at, at + len(value), "password"))
    return mark(text, spans, counter)


# -- a table aligned by spaces: its header names a secret's column -------------------------------------

_CELL_GAP = re.compile(r"[ \t]{2,}|\t")
_ALIGNED_GATES = ("  ",)
_MAX_ALIGNED_ROWS = 500


def _header_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a header aligned by runs of two spaces or more: (where each starts, its text)."""
    cells, at = [], 0
    stripped = line.rstrip()
    for gap in _CELL_GAP.finditer(stripped):
        if gap.start() > at:
            cells.append((at, stripped[at : gap.start()]))
        at = gap.end()
    if at < len(stripped):
        cells.append((at, stripped[at:]))
    return cells


def _aligned_kind(cell: str, cells: list[tuple[int, str]]) -> str | None:
    low = cell.lower()
    if len(cell) > 30 or _CODE_LINE_CHARS.search(cell):
        return None
    kind = secret_kind(cell)
    if kind is not None:
        return "pin" if low == "pin" else kind
    concept = _TOLD.fullmatch(low)
    pair = low.split()
    if len(pair) == 2 and _KINDS.get(pair[1]) == "code" and _OPENS.fullmatch(pair[0]):
        return "access-code"  # "Gate code", "Door PIN" is secret_kind's
    if concept is None and _OPENS_GLUED.fullmatch(low) is None:
        return None
    if concept is not None and _kind_of(low) == "code":
        # a bare "Code" column counts beside a column of what it opens ("Door", "Gate", "Lock")
        if not any(_OPENS.fullmatch(other.lower()) for _, other in cells if other != cell):
            return None
        return "access-code"
    return "access-code" if concept is None else _kind_of(low).replace("code", "access-code")


_CODE_LINE_CHARS = re.compile(r"[()=:{};,]")


def _aligned_value(kind: str, value: str) -> bool:
    if kind in ("access-code", "pin", "one-time-code"):
        return _KEYPAD.fullmatch(value) is not None
    return _credential(value) or password_shaped(value) or looks_random(value)


def redact_aligned_tables(text: str, counter: _Counter) -> str:
    """The cells under a secret's column of a table aligned by spaces (a sheet pasted as text, a report)."""
    if "  " not in text or "\n" not in text:
        return text
    lines = text.split("\n")
    spans: list[tuple[int, int, str]] = []
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    i = 0
    while i < len(lines) - 1:
        cells = _header_cells(lines[i])
        columns = [(at, kind) for at, cell in cells if (kind := _aligned_kind(cell, cells)) is not None]
        if len(cells) < 3 or not columns or _DIGIT.search(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i <= _MAX_ALIGNED_ROWS and lines[j].strip():
            row = dict(_header_cells(lines[j]))
            for at, kind in columns:
                value = row.get(at)
                if value is not None and " " not in value and _aligned_value(kind, value):
                    spans.append((starts[j] + at, starts[j] + at + len(value), kind))
            j += 1
        i = j
    return mark(text, spans, counter)
