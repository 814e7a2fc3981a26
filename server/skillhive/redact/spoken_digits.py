"""Digits said as words, in the languages calls are transcribed in: the text read again with the digits written.

A call's transcript says a PIN, a code or an id digit by digit ("es el cinco tres ocho cinco", "PIN κωδικός
είναι τέσσερα ένα μηδέν εννιά", "meu cpf é sete três nove … traço sete dois"). Four digit words or more in a
row, parted by spaces, commas or pauses (and a said dash, which stays a dash), are written as the digits they
say; the text is redacted again that way, and what that finds among the words is redacted as they were said.
So every rule that reads "PIN 4109" reads the PIN said in words too, in every language of the table below,
with no rule of its own.
"""

# ruff: noqa: RUF001  (words of other scripts look like Latin letters to ruff)
from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from itertools import pairwise

from skillhive.redact.engine import _Counter
from skillhive.redact.lexicon import alternation
from skillhive.redact.told import mark

_WORDS_BY_DIGIT: dict[str, tuple[str, ...]] = {
    "0": (
        *("zero", "oh", "cero", "zéro", "null", "nul", "nulla", "nula", "nolla", "noll", "nol", "sifuri", "sero"),
        *("sıfır", "ноль", "нуль", "нула", "нөл", "μηδέν", "μηδεν", "sefr", "sifr", "صفر", "אפס", "शून्य", "শূন্য"),
        *("பூஜ்ஜியம்", "சுழியம்", "సున్నా", "ዜሮ", "ゼロ", "ぜろ", "れい", "rei", "không", "kosong", "shunya"),
    ),
    "1": (
        *("one", "uno", "un", "une", "una", "eins", "um", "uma", "een", "jeden", "jedna", "jedan", "один"),
        *("ett", "bir", "yksi", "egy", "unu", "един", "један", "бір", "ένα", "ενα", "wa7ed", "wahed", "واحد"),
        *("אחת", "אחד", "یک", "एक", "ek", "এক", "ஒன்று", "ఒకటి", "አንድ", "いち", "ichi", "một", "satu", "isa"),
        *("moja", "üks", "幺"),
    ),
    "2": (
        *("two", "dos", "dues", "deux", "zwei", "zwo", "due", "dois", "duas", "twee", "dwa", "два", "två", "iki"),
        *("dva", "kaksi", "kettő", "két", "doi", "две", "екі", "δύο", "δυο", "etnein", "itnen", "tnen", "اثنين"),
        *("اثنان", "שתיים", "שניים", "دو", "दो", "दोन", "do", "দুই", "இரண்டு", "రెండు", "ሁለት", "に", "ni", "hai"),
        *("dua", "dalawa", "mbili", "kaks"),
    ),
    "3": (
        *("three", "tres", "trois", "drei", "tre", "três", "drie", "trzy", "три", "üç", "tři", "tri", "kolme"),
        *("három", "trei", "үш", "τρία", "τρια", "talata", "tlata", "ثلاثة", "שלוש", "שלושה", "سه", "तीन", "teen"),
        *("তিন", "மூன்று", "మూడు", "ሶስት", "ሦስት", "さん", "san", "ba", "tiga", "tatlo", "tatu", "kolm"),
    ),
    "4": (
        *("four", "cuatro", "quatre", "vier", "quattro", "quatro", "cztery", "четыре", "fyra", "dört", "čtyři"),
        *("štyri", "neljä", "négy", "patru", "четири", "төрт", "чотири", "τέσσερα", "τεσσερα", "arba3a", "arba3"),
        *("أربعة", "ארבע", "ארבעה", "چهار", "चार", "char", "চার", "நான்கு", "నాలుగు", "አራት", "よん", "yon"),
        *("bốn", "empat", "apat", "nne", "neli"),
    ),
    "5": (
        *("five", "cinco", "cinq", "cinc", "fünf", "cinque", "vijf", "pięć", "пять", "fem", "beş", "pět", "päť"),
        *("viisi", "öt", "cinci", "пет", "бес", "п'ять", "πέντε", "πεντε", "5amsa", "khamsa", "خمسة", "חמש"),
        *("חמישה", "پنج", "पांच", "पाँच", "पाच", "paanch", "পাঁচ", "ஐந்து", "ఐదు", "አምስት", "ご", "go", "năm"),
        *("lima", "tano", "viis"),
    ),
    "6": (
        *("six", "seis", "sis", "sechs", "sei", "zes", "sześć", "шесть", "seks", "sex", "altı", "šest", "šesť"),
        *("kuusi", "hat", "șase", "шест", "алты", "шість", "έξι", "εξι", "setta", "sitta", "ستة", "שש", "שישה"),
        *("شش", "छह", "छः", "सहा", "chhe", "ছয়", "ஆறு", "ఆరు", "ስድስት", "ろく", "roku", "sáu", "enam", "anim"),
        *("sita", "kuus", "meia"),
    ),
    "7": (
        *("seven", "siete", "sept", "set", "sieben", "sette", "sete", "zeven", "siedem", "семь", "sju", "syv"),
        *("yedi", "sedm", "sedem", "seitsemän", "hét", "șapte", "седем", "седам", "жеті", "сім", "επτά", "εφτά"),
        *("επτα", "εφτα", "sab3a", "سبعة", "שבע", "שבעה", "هفت", "सात", "saat", "সাত", "ஏழு", "ఏడు", "ሰባት"),
        *("なな", "しち", "nana", "shichi", "bảy", "tujuh", "pito", "saba", "seitse"),
    ),
    "8": (
        *("eight", "ocho", "huit", "vuit", "acht", "otto", "oito", "osiem", "восемь", "åtta", "åtte", "otte"),
        *("sekiz", "osm", "osem", "kahdeksan", "nyolc", "opt", "осем", "осам", "сегіз", "вісім", "οκτώ", "οχτώ"),
        *("οκτω", "οχτω", "tamanya", "tmanya", "ثمانية", "שמונה", "هشت", "आठ", "aath", "আট", "எட்டு", "ఎనిమిది"),
        *("ስምንት", "はち", "hachi", "tám", "delapan", "lapan", "walo", "nane", "kaheksa"),
    ),
    "9": (
        *("nine", "niner", "nueve", "neuf", "nou", "neun", "nove", "negen", "dziewięć", "девять", "nio", "dokuz"),
        *("devět", "deväť", "yhdeksän", "kilenc", "nouă", "девет", "тоғыз", "дев'ять", "εννέα", "εννιά", "εννεα"),
        *("εννια", "tes3a", "tis3a", "تسعة", "תשע", "תשעה", "نه", "नौ", "नऊ", "nau", "নয়", "ஒன்பது", "తొమ్మిది"),
        *("ዘጠኝ", "きゅう", "kyuu", "kyū", "chín", "sembilan", "siyam", "tisa", "üheksa"),
    ),
}
_DIGIT_OF: dict[str, str] = {w: d for d, words in _WORDS_BY_DIGIT.items() for w in words}
_DASH = ("dash", "hyphen", "guion", "guión", "tiret", "traço", "traco", "trattino", "bindestrich", "strich")
_FILLER = ("uh", "um", "er", "erm", "euh", "äh", "ähm", "eh", "ehm", "hmm", "e")
_WORD = rf"(?:{alternation(tuple(_DIGIT_OF))})"
_SEP = rf"(?:[ \t]*(?:\.\.\.|…|[,、،.;-])?[ \t]*(?:(?:{alternation(_FILLER + _DASH)})[ \t,.…、-]*)?)"
# a letter of a script written with spaces goes on the word; Chinese, Japanese and Korean letters do not
_LETTER = r"[^\W\d_'\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
_RUN = re.compile(rf"(?i:(?<!{_LETTER}){_WORD}(?:{_SEP}{_WORD}(?!{_LETTER})){{3,24}}(?!{_LETTER}))")
_TOKEN = re.compile(rf"(?i:{alternation(_DASH)}|{_WORD})")
_MARKER_KIND = re.compile(r"\[REDACTED:([a-z0-9-]+)\]")

Redact = Callable[[str, _Counter], str]


def _digits(said: str) -> str:
    """The digits a run of words says; a said dash stays a dash, and so does a pause or a comma that parts groups
    of two digits or more said with spaces ("four one two ... seven zero ... zero zero four three":
    `412-70-0043`; "ゼロ、ろく、きゅう、ろく", each digit parted alike, is `0696`)."""
    tokens = list(_TOKEN.finditer(said))
    gaps = [said[a.end() : b.start()] for a, b in pairwise(tokens)]
    grouped = any(not _PAUSE.search(gap) for gap in gaps) and any(_PAUSE.search(gap) for gap in gaps)
    out: list[str] = []
    group = 0  # digits since the last dash
    at = 0
    for m in tokens:
        word = m.group().lower()
        if word in _DASH or (grouped and group >= 2 and _PAUSE.search(said, at, m.start())):
            out.append("-")
            group = 0
        if word not in _DASH:
            out.append(_DIGIT_OF[word])
            group += 1
        at = m.end()
    return "".join(out).strip("-").replace("--", "-")


_PAUSE = re.compile(r"\.\.\.|…|[,、،;]")


def redact_spoken_digits(text: str, counter: _Counter, redact: Redact) -> str:
    """`text` with what `redact` finds in its digit words, once they are written as digits, redacted."""
    runs = [m for m in _RUN.finditer(text) if sum(c.isdigit() for c in _digits(m.group())) >= 4]
    if not runs:
        return text
    pieces, spans, at = [], [], 0  # spans: (start, end) in the text, (start, end) in the digits' text
    written_len = 0
    for m in runs:
        pieces.append(text[at : m.start()])
        digits = _digits(m.group())
        pieces.append(digits)
        start = written_len + m.start() - at
        spans.append((m.start(), m.end(), start, start + len(digits)))
        written_len = start + len(digits)
        at = m.end()
    pieces.append(text[at:])
    written = "".join(pieces)
    more = _Counter(found=[])
    redacted = redact(written, more)
    if more.n == 0:
        return text
    found: list[tuple[int, int, str]] = []
    matcher = difflib.SequenceMatcher(None, written, redacted, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        kind = next(
            (k for k in _MARKER_KIND.finditer(redacted, max(0, j1 - 40), j2 + 40) if k.start() <= j2 and j1 <= k.end()),
            None,
        )
        for start, end, w1, w2 in spans:
            if i1 < w2 and w1 < i2:  # what was redacted overlaps the digits this run said
                found.append((start, end, kind.group(1) if kind else "secret"))
    return mark(text, found, counter)
