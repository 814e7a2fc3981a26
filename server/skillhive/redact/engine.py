"""The rule and how it is applied: the marker a secret becomes, `_Rule`, and `_apply` (one rule, one text).

The rule table is in rules.py, which also runs it (`redact_text`).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from skillhive.redact.lexicon import FACTORY_DEFAULT, alternation

MARKER_PREFIX = "[REDACTED:"
_MARKER = re.compile(r"\[REDACTED:[a-z0-9-]+\]")
_NOT_MARKER = r"(?!\[redacted:)(?!\[REDACTED:)"  # on_lower rules see the marker lower-cased


def marker(kind: str) -> str:
    """The text that replaces one secret of `kind`."""
    return f"{MARKER_PREFIX}{kind}]"


# A rule callback sees the match (found in the original or the lower-cased text) and the original.
Spare = Callable[[re.Match[str], str], bool]
KindOf = Callable[[re.Match[str], str], str]
SpanOf = Callable[[re.Match[str]], tuple[int, int]]


@dataclass(frozen=True, slots=True)
class _Rule:
    """One kind of secret. The secret is group `s` (or `s2`…`s8`) when the pattern has one, else all of it."""

    kind: str
    source: str  # the regex; for `on_lower` rules written for lower-case text
    # The rule runs only when one of these occurs in the text; none: always (a regex that
    # starts with a rare literal scans as fast as `in`, and several gates would cost more).
    gates: tuple[str, ...]
    on_lower: bool = False  # match against the lower-cased text (gates too)
    spare: Spare | None = None  # True: a look-alike, leave it alone
    kind_of: KindOf | None = None  # the marker's kind from the match (e.g. the key's name)
    span_of: SpanOf | None = None  # where the secret is, when not a group `s…` or the whole match
    flags: int = 0
    pattern: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", re.compile(self.source, self.flags))


_SECRET_GROUPS = ("s", "s2", "s3", "s4", "s5", "s6", "s7", "s8")


def _span(m: re.Match[str]) -> tuple[int, int]:
    groups = m.re.groupindex
    for name in _SECRET_GROUPS:
        if name in groups and m.start(name) >= 0:
            return m.span(name)
    return m.span()


def _prefix_span(m: re.Match[str]) -> tuple[int, int]:
    """From the group `p` (a prefix captured in a look-behind) to the end of the match."""
    return m.start("p"), m.end()


_TRAILING_PUNCT = ".,"  # `password=hunter2.` ends a sentence; the full stop is not the secret


class _Counter:
    """How many secrets were replaced and, when `found` is a list, which (value, kind) pairs."""

    __slots__ = ("found", "n")

    def __init__(self, found: list[tuple[str, str]] | None = None) -> None:
        self.n = 0
        self.found = found


def _lower(text: str) -> str:
    """text.lower() with every character at the same index (İ alone lower-cases to two)."""
    return (text.replace("\u0130", "I") if "\u0130" in text else text).lower()


_TOKEN_RUN = re.compile(r"[A-Za-z0-9+/=_-]{8,}")
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-")
_DOTTED_TOKEN_RUN = re.compile(r"[A-Za-z0-9+/=_-][A-Za-z0-9+/=_.-]{6,}[A-Za-z0-9+/=_-]")
_DOTTED_TOKEN_CHARS = _TOKEN_CHARS | frozenset(".")


def _wrapped_end(text: str, start: int, end: int) -> int:
    """The end of a token that a terminal or an editor wrapped onto the next line(s), else `end`.

    A secret of 12 or more token characters that ends a line, followed by lines that are nothing
    but token characters (no space, 8 or more, with a digit), goes on there.
    """
    if end - start < 12 or end >= len(text) or text[end] not in "\n\\":
        return end
    if text[end] == "\\":
        return _continued_end(text, start, end)
    # a dotted token (a JWT: header.payload.signature) goes on with its dots
    dotted = "." in text[start:end]
    if not (_DOTTED_TOKEN_CHARS if dotted else _TOKEN_CHARS).issuperset(text[start:end]):
        return end
    run = _DOTTED_TOKEN_RUN if dotted else _TOKEN_RUN
    while end < len(text) and text[end] == "\n":
        line_end = text.find("\n", end + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[end + 1 : line_end]
        if (
            not run.fullmatch(line)
            or not any(c.isdigit() for c in line)
            or line.isdigit()
            or not any(c.isalpha() for c in line)
        ):
            break
        end = line_end
    return end


def _continued_end(text: str, start: int, end: int) -> int:
    """The end of a token a line continuation split (`"abc…\\` then `…xyz"`: shell, Python, C, Makefiles).

    The token's text before the backslash is made of token characters; each following line starts
    with 4 or more of them, which the token takes, as long as the line ends in another backslash.
    """
    if not _TOKEN_CHARS.issuperset(text[max(start, end - 12) : end]):
        return end
    while text.startswith("\\\n", end):
        m = _CONTINUED.match(text, end + 2)
        if m is None:
            break
        end = m.end()
    return end


_CONTINUED = re.compile(r"[A-Za-z0-9+/=_-]{4,}")


# A value that says it is none: an example (`AKIAIOSFODNN7EXAMPLE`), a dummy, or masked (`glpat-••••k2Zq`,
# `sk_live_****1234`, `sk-...wkx4`: a vendor's prefix, an ellipsis, the last characters): whatever rule found it,
# it is left alone.
_NOT_A_SECRET = re.compile(
    r"(?i:example|dummy|placeholder|change[-_]?me|replace[-_]?me|not[-_]?a[-_]?real|fake[-_]?(?:key|token|secret|password))"
    # a secret manager's reference (1Password's `op://vault/item/field`), a deploy tool's variable (`#{SqlPassword}#`)
    r"|(?<![\w])op://[^\s\"']+|#\{[\w.:-]{1,60}\}#?"
    r"|[•●∙■*]{4}|(?<![A-Za-z0-9])x{6,}|X{6,}(?![A-Za-z0-9])"
    # a card or an account masked in groups (`XXXX-XXXX-XXXX-0545`), a setting a runner masked (`ARN=***`)
    r"|(?<![A-Za-z0-9])(?:[Xx•●*]{4}[ -]){2,}|=\*{3}(?![^\s,;])"
    # a password hashing algorithm's name: "we store passwords with Argon2id"
    r"|(?<![A-Za-z0-9])(?i:argon2(?:id|i|d)?|bcrypt|scrypt|yescrypt|pbkdf2(?:-sha(?:1|256|512))?)(?![A-Za-z0-9])"
    # a public advisory's id: a CVE's, a GitHub advisory's
    r"|(?<![A-Za-z0-9-])(?:CVE-[0-9]{4}-[0-9]{4,7}|GHSA(?:-[0-9a-z]{4}){3})(?![A-Za-z0-9])"
    r"|(?<![\w.])(?:[A-Za-z0-9]{1,10}[_-]){1,3}(?:\.{3}|…)[A-Za-z0-9]{2,8}(?![\w.])"
)
# ... "to be replaced", said in words with no digit among them (a random value may hold any word)
_TO_BE_REPLACED = re.compile(
    r"(?i:remplacer|reemplazar|sustituir|substituir|ersetzen|sostituire|vervangen|zast[aą]pi[cćę]|nahradit|ersätt"
    r"|erstatt|korvaa|заменит|замінит|替换|替換|置き換え|置換|바꾸|교체)"
)


# ... or an instruction for making one, in words joined as a value is (`please-generate-with-openssl-rand-hex-32`,
# `generate_a_random_string`): two of these words at least, so a passphrase with one ("please-let-me-in") is kept
_INSTRUCTION_PARTS = re.compile(r"[A-Za-z]+(?:[-_][A-Za-z0-9]+){2,}")
_INSTRUCTION_WORDS = frozenset(
    ("please", "generate", "generated", "replace", "change", "insert", "fill", "enter", "paste", "set", "openssl",
     "random", "rand", "your", "here", "todo", "later", "bitte", "generer", "générer", "generar", "gerar", "generare")
)  # fmt: skip


# values published to be used in examples and tests: the payment networks' and processors' test cards,
# the sample IBANs of banks' and standards' documentation
_PUBLISHED_EXAMPLES = frozenset(
    (
        *("4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444", "5200828282828210"),
        *("5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424"),
        *("3056930009020004", "36227206271667", "3566002020360505", "4012888888881881", "4000000000000002"),
        *("4000000000009995", "4000002500003155", "4000000000000077", "2223003122003222", "6200000000000005"),
        *("4444333322221111", "5454545454545454", "4917610000000000", "4005519200000004", "4012000033330026"),
        *("123456789", "078051120", "219099999"),  # the SSNs printed in forms' and a wallet's examples, and the
        # one the SSA made for advertisements (never issued)
        # Stripe's 3-D Secure and declined test cards
        *("4000002760003184", "4000008260003178", "4000000000003220", "4000000000003063", "4000000000000341"),
        *("111222333", "123456782"),  # the Dutch government's test BSNs
        "12345678909",  # the CPF every Brazilian form's documentation prints
        *("DE89370400440532013000", "GB82WEST12345698765432", "GB29NWBK60161331926819", "NL91ABNA0417164300"),
        *("FR1420041010050500013M02606", "ES9121000418450200051332", "IT60X0542811101000000123456"),
        *("BE68539007547034", "CH9300762011623852957", "AT611904300234573201", "PL61109010140000071219812874"),
    )
)
# the signatures of JWTs that documentation prints (jwt.io's HS256 sample, {"sub": "1234567890", "name": "John Doe"},
# signed with the secret the page prints: no service accepts it)
_PUBLISHED_JWT_SIGNATURES = ("SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",)
# tokens that specifications print as their examples, found inside whatever a rule took: jwt.io's signature,
# RFC 7617's Basic credentials (`Aladdin:open sesame`), the authenticator secret of Google's and others' docs
_PUBLISHED_TOKENS = (*_PUBLISHED_JWT_SIGNATURES, "QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "JBSWY3DPEHPK3PXP")
_GROUPING = re.compile(r"[ .-]")
_A_PATTERN = re.compile(r"\^.*(?:\(\?[=!:]|\[[^\]]+\]|\\[dws]).*\$")
# a note right after the value that says what it is: an id, a reference, public, not a login
_NOTE_SAYS_NOT_SECRET = re.compile(
    r"[\"'`]?[ \t]*(?:\(|\u2014|\u2013|\\u201[34]|-[ \t])[ \t]*[^()\n]{0,24}?(?i:public identifier|public id|public key"
    r"|reference only|cataloguing id|catalog id|internal id|not a (?:login|password|secret|credential)|not secret"
    r"|no secret)"
)
_MASK_FOLLOWS = re.compile(r"[•●∙■*]{4}")
# a word on the line that says the value is a test's or an example's
_SAYS_EXAMPLE = re.compile(
    r"(?i:(?<![^\W\d_])(?:test|testing|sandbox|example|sample|dummy|fake|beispiel|muster|exemple|ejemplo|prueba"
    r"|esempio|prova|exemplo|teste|voorbeeld|przykład|testow|пример|тест|örnek|δοκιμ|παράδειγμα|exempel|esimerk))"
    r"|בדיקה|דוגמ|مثال|تجريبي|परीक्षण|उदाहरण|テスト|例|测试|测試|示例|테스트|예시|ví dụ|thử nghiệm|contoh|uji"
)
_RUN_CHAR = re.compile(r"[A-Za-z0-9+/=_-]")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


def _cut_from_a_word(text: str, start: int, end: int) -> bool:
    """A value cut from the middle of a word or of an encoded run: the digits of `BR123456789BR` (a parcel's
    number), a stretch of base64 inside an `integrity` hash that happens to follow a label's letters."""
    glued_before = start > 0 and _ASCII_ALNUM.match(text, start - 1) and _ASCII_ALNUM.match(text, start)
    if not glued_before:
        return False
    if end < len(text) and _ASCII_ALNUM.match(text, end) and _ASCII_ALNUM.match(text, end - 1):
        return True
    left = start
    while left > 0 and start - left < 200 and _RUN_CHAR.match(text, left - 1):
        left -= 1
    right = end
    while right < len(text) and right - end < 200 and _RUN_CHAR.match(text, right):
        right += 1
    return right - left >= 40


def _lines_before(text: str, at: int, lines: int) -> int:
    """Where the line `lines` lines above the one at `at` starts (at most 600 characters back)."""
    floor = max(0, at - 600)
    start = at
    for _ in range(lines + 1):
        found = text.rfind("\n", floor, start)
        if found < 0:
            return floor if floor else 0
        start = found
    return start + 1


def _not_a_secret(text: str, start: int, end: int) -> bool:
    """Whether the value at text[start:end] says it is none (`_NOT_A_SECRET`, `_TO_BE_REPLACED`, an instruction,
    a published example), or is cut from inside a word."""
    end = min(end, start + 4096)
    if _NOT_A_SECRET.search(text, start, end) or _cut_from_a_word(text, start, end):
        return True
    if end - start >= 6 and len(set(text[start:end])) == 1:
        return True  # "00000000000", "000000": a form's blank, a validator's or a test server's fixed value
    if _A_PATTERN.fullmatch(text, start, end):
        return True  # `^(?=.*[a-z])(?=.*\d).{12,}$`: a password rule's regex, not a password
    if _NOTE_SAYS_NOT_SECRET.match(text, end):
        return True  # "BK-XG23WDGN (reference only, not a login)", "… (client ID) … — public identifier"
    if text.endswith(_PUBLISHED_JWT_SIGNATURES, start, end) or _MASK_FOLLOWS.match(text, end):
        return True  # jwt.io's sample, signed with its published secret; `sk_test_••••••`: a masked value
    if end - start <= 40 and _GROUPING.sub("", text[start:end]).upper() in _PUBLISHED_EXAMPLES:
        line_start = _lines_before(text, start, 5)
        line_end = text.find("\n", end)
        if _SAYS_EXAMPLE.search(text, line_start, len(text) if line_end < 0 else line_end):
            return True  # "test card for the dev environment: 4111 1111 1111 1111" (or a fixture's heading a few
            # lines up says "test cards"); "charged card 4111…" is not
    value = text[start:end].strip("\"'`")
    if _INSTRUCTION_PARTS.fullmatch(value):
        words = re.split(r"[-_]", value.lower())
        if sum(w in _INSTRUCTION_WORDS for w in words) >= 2:
            return True
    return _TO_BE_REPLACED.search(text, start, end) is not None and not any(c.isdigit() for c in text[start:end])


# Words that glue a sentence, never a value: `Using --password via the CLI is insecure`.
_FUNCTION_WORDS = frozenset(
    (
        *("via", "with", "without", "from", "for", "into", "onto", "the", "and", "or", "but", "that", "this"),
        *("then", "than", "when", "where", "which", "while", "here", "there", "over", "under", "about"),
        *("mit", "und", "oder", "avec", "pour", "sans", "con", "por", "para", "sin", "che", "per"),
    )
)
# the next field of a log line (`reason=bad_password attempts=3`), not the value of the one before
_NEXT_FIELD = re.compile(r"[a-z][a-z_.]{2,30}=[^\s=]*")


# what a JOSE (JWT, JWS, JWE) header may hold: names of algorithms, types and keys, never a key's secret
_JOSE_HEADER = frozenset(("alg", "typ", "kid", "cty", "enc", "zip", "jku", "x5u", "x5t", "x5t#S256", "crit", "b64"))


def _jose_header(value: str) -> bool:
    """Whether `value` is base64url of a JOSE header alone (`eyJhbGciOi…` = {"alg": "HS256", "typ": "JWT"})."""
    if len(value) > 400 or not re.fullmatch(r"[A-Za-z0-9_-]+=*", value):
        return False
    try:
        header = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
    except ValueError:
        return False
    return isinstance(header, dict) and "alg" in header and set(header) <= _JOSE_HEADER


# an option's column in a help text, then two spaces or more before its description
_HELP_COLUMN = re.compile(r"[ \t]*(?:-[A-Za-z0-9],[ \t]*)?--?[A-Za-z][\w-]*(?:[ =][A-Z_<>\[\]]+)?[ \t]{2,}")


def _in_marker(text: str, at: int) -> bool:
    """Whether `at` is inside a marker: no rule reads a marker's kind (`[REDACTED:password]:x`) as a name."""
    opened = text.rfind(MARKER_PREFIX, max(0, at - 30), at + 1)
    return opened >= 0 and text.find("]", opened) >= at


_WINDOWS_SID = re.compile(r"S-1-[0-9]{1,2}(?:-[0-9]{1,10}){1,8}")
_TWILIO_SID = re.compile(r"[A-Z]{2}[0-9a-f]{32}")


# the names of a business's registration or a payment's reference, right before a number
_NAMED_NOT_A_PERSONS = re.compile(r"(?i:\b(?:siret|siren|kid|utr(?:[ .]*no\.?)?)[\"']?[ \t]*[:#=]?[ \t]*[\"']?$)")
_UK_UTR = re.compile(r"[0-9]{5}[ ]?[0-9]{5}")
_BUSINESS_KRA_PIN = re.compile(r"[Pp][0-9]{9}[A-Za-z]")
_DIGITS_OF_AN_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4})+[ ]?$")
_PAN = re.compile(r"[A-Za-z]{5}[0-9]{4}[A-Za-z]")


# a word that names the value that follows an example, a sample, a fiction (not "test": a test server's password is
# a password), in the languages of the corpora; no digit between it and the value
_EXAMPLE_BEFORE = re.compile(
    r"(?:(?i:(?<![\w@.%/-])(?:example|sample|dummy|fictitious|fictional|made-up|exemple|ejemplo|esempio|exemplo"
    r"|beispiel|voorbeeld|przykład\w*|пример\w*|приклад\w*|örnek|παράδειγμα|esimerkki\w*|exempel|eksempel)(?![\w.@-]))"
    r"|דוגמ|مثال|उदाहरण|示例|例えば|예시|ví dụ|contoh"
    # then a word or two ("di esempio", "sample token"), a colon, a quote
    r")(?:[ \t]+[^\W\d_]{1,20}){0,2}[^\x00-\x7f\s]{0,8}[ \t]*[:：]?[ \t]*[\"'«“]?$"  # noqa: RUF001
)
# a word that names the value a public one: a public key (in the languages the corpora came in), public by design
_PUBLIC_BEFORE = re.compile(
    r"(?i:public key|public by design|publishable|is public|clé publique|clave pública|chave pública|chiave pubblica"
    r"|öffentliche[rn]? schlüssel|publieke sleutel|klucz publiczny|открытый ключ|публичный ключ|відкритий ключ"
    r"|offentlig (?:nøgle|nyckel|nøkkel)|julkinen avain|公钥|公開鍵|공개 ?키|المفتاح العام|מפתח ציבורי)[^\d\n]{0,40}$"
)
_DIGEST_BEFORE = re.compile(r"(?i:(?<![\w-])(?:sha-?(?:1|256|512)?|md5|commit|hash|digest|checksum)[ \t:=#]*$)")
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{32,128}")
_DIGEST_LENGTHS = frozenset((32, 40, 56, 64, 96, 128))  # MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512
_IMAGE_DIGEST = re.compile(r":[0-9a-f]{64}(?![0-9a-f])")
_EXAMPLE_AFTER = re.compile(
    r"[`\"'»”)]?[ \t]+(?i:(?:as|is|was)[ \t]+(?:the|an|a|their|its)[ \t]+(?:[^\W\d_]+[ \t]+)?"
    r"(?:example|sample|dummy|placeholder)"
    r"|\((?:an? )?(?:example|sample|dummy|placeholder)\))"
)
# what the two above hold, looked for as substrings first (most values have neither word before them)
_EXAMPLE_OR_PUBLIC_GATES = (
    *("exam", "sampl", "dumm", "ficti", "made-up", "exempl", "ejempl", "esempi", "beispiel", "voorbeeld", "przyk"),
    *("пример", "приклад", "örnek", "παράδειγμα", "esimerk", "eksempel", "דוגמ", "مثال", "उदाहरण", "示例", "例え"),
    *(
        "예시",
        "ví dụ",
        "contoh",
        "publi",
        "pubbl",
        "públic",
        "öffentlich",
        "open",
        "публич",
        "відкрит",
        "открыт",
        "offentlig",
    ),
    *("julkinen", "公", "공개", "العام", "ציבורי"),
)
_EXAMPLE_OR_PUBLIC_GATE = re.compile(alternation(_EXAMPLE_OR_PUBLIC_GATES))  # (read in the lower-cased window)
_TOKEN_END = re.compile(r"[\s\"'`]")
# a value that says it stands for one: redacted already, a name in capitals and underscores (`VAIHDA_TAMA`,
# `YOUR_API_KEY`), the word "password" in some language, a run of counting digits (RFC 6238's `1234567890…`)
_CAPITALS_NAME = re.compile(r"[^\W\d_a-zà-ÿ]+(?:_[^\W\d_a-zà-ÿ]+)+")
_COUNTING = "1234567890" * 4


def _placeholder_value(value: str) -> bool:
    bare = value.strip("\"'`")
    if "redacted" in bare.lower() or _CAPITALS_NAME.fullmatch(bare):
        return True
    if bare.lower() in _PASSWORD_WORDS:
        return True  # `curl -u uzytkownik:haslo`: the word "password" where one goes
    digits = _GROUPING.sub("", bare)
    if not digits.isdigit():
        return False
    # (fewer counting digits are also an example SSN or UTR, and what careless people choose: those stay a secret)
    return (len(digits) >= 16 and _COUNTING.startswith(digits)) or (len(digits) >= 8 and len(set(digits)) == 1)


_PASSWORD_WORDS = frozenset(
    ("password", "passwort", "haslo", "hasło", "senha", "contraseña", "contrasena", "motdepasse", "wachtwoord")
) | frozenset(("salasana", "lösenord", "passord", "adgangskode", "parola", "heslo", "jelszo", "jelszó", "sifre"))
# a line (or a heading up to five lines above) that says its cards are test cards: their numbers and codes
_TEST_CARDS = re.compile(
    r"(?i:test ?cards?|tarjetas? de pruebas?|tarjetas? de test|cart(?:ão|ões) de teste"
    r"|cart(?:e|es) de test|testkarten?|carta di test|carte di test|testkaart(?:en)?|karty? testow\w*"
    r"|тестов\w* карт\w*|テストカード|测试卡|테스트 카드)"
)
_TEST_GATES = ("test", "prueba", "テスト", "测试", "테스트", "тест")
_TEST_MODE = re.compile(r"(?i:test mode|sandbox mode|modo de prueba|mode test|testmodus)")
_CARD_OR_CODE = re.compile(r"[0-9]{3,4}|[0-9]{4}(?:[ -]?[0-9]{2,4}){2,4}")


_FACTORY_CODES = frozenset(("0000", "1234", "1111", "000000", "123456", "12345678"))
_FACTORY = re.compile(f"(?i:{alternation(FACTORY_DEFAULT)})")  # a trie: one branch per character
_FACTORY_REACH = 80  # how far before the value the word may be
_CHANGED_AFTER = re.compile(r"(?i:[^\n]{0,40}(?:chang|set |reset|now|new|geändert|changé|cambi|alterad|zmieni))")
# "change it after setup": the manual's advice, not a default said to have been changed
_CHANGE_ADVICE = re.compile(
    r"(?i:[^\n]{0,60}?(?:after|before|on first|nach der|efter|etter|μετά|לאחר|หลัง|sau khi|baada|după|setelah"
    r"|dopo|après|después|depois|po instalaci|na de))"
)


def _test_card_line(text: str, start: int, end: int, value: str) -> bool:
    """Whether text[start:end] is a card's number or security code on a line of published test cards."""
    if not _CARD_OR_CODE.fullmatch(value):
        return False
    line_end = text.find("\n", end, end + 200)
    line_end = min(len(text), end + 200) if line_end < 0 else line_end  # (a bounded look: many values, linear)
    if _TEST_MODE.search(text, text.rfind("\n", max(0, start - 200), start) + 1 or max(0, start - 200), line_end):
        return True  # "Use Stripe test mode only. Card 4242 …, any CVC like 123"
    top = _lines_before(text, start, 5)
    if not any(gate in text[top:line_end].lower() for gate in _TEST_GATES):
        return False  # (most values have no "test" near them: the words' regex is not run for them)
    return _TEST_CARDS.search(text, top, line_end) is not None


def _says_not_secret(text: str, start: int, end: int) -> bool:
    """Spares that hold whatever rule found the value: the value says what it is, or where it sits does."""
    value = text[start:end]
    if value.lower() in _FUNCTION_WORDS:
        return True
    if _NEXT_FIELD.fullmatch(value) and (start == 0 or text[start - 1] in " \t,;"):
        return True  # (in brackets, `(mcxh=fQFK*f_4P-m)`, it is a value with an `=` in it)
    if value.isalpha() and value.islower():  # `  -W, --password      force password prompt`: a help text's column
        line_start = text.rfind("\n", max(0, start - 120), start) + 1
        if _HELP_COLUMN.fullmatch(text, line_start, start):
            return True
    if value.startswith(("pk_live_", "pk_test_", "pk.", "phc_", "rzp_live_", "rzp_test_")) or text.startswith(
        "phc_", max(0, start - 4)
    ):
        return True  # a publishable key (Stripe, Mapbox, Clerk), PostHog's project key (`phc_`), Razorpay's key id
        # (its secret is another value): public
    if value.startswith("pk_") and re.search(r"(?i:publishable|public)", text[max(0, start - 60) : start]):
        return True  # another vendor's `pk_`, named as the public half
    if _WINDOWS_SID.fullmatch(value) or value.startswith(("hmac-sha256:", "hmac-sha1:", "hmac-sha512:")):
        return True  # `S-1-5-21-…`: a Windows account's security id; Vault's audit log HMACs every secret it logs
    if _TWILIO_SID.fullmatch(value) and "sid" in text[max(0, start - 40) : start].lower():
        return True  # Twilio's `Account SID: AC…`: an account's id (its auth token is the secret)
    if '","' in value or '":"' in value:
        return True  # a JSON object's members, not one value: a rule read across a string's end
    if _BUSINESS_KRA_PIN.fullmatch(value) and "kra" in text[max(0, start - 32) : start].lower():
        return True  # Kenya's KRA PIN of a business (P, nine digits, a letter): printed on its receipts
    if _DIGITS_OF_AN_IBAN.search(text, max(0, start - 40), start) and value.replace(" ", "").isdigit():
        return True  # "IT52 M802 3266 3422 5065 2403 476": the digits at an IBAN's end are no card's
    if _NAMED_NOT_A_PERSONS.search(text, max(0, start - 16), start) and not _UK_UTR.fullmatch(value):
        return True  # `SIRET 6435…` (Luhn, as a card), `KID 3543…`, an Indian bank's `UTR no. …`: a business's or a
        # payment's number (a UK taxpayer's UTR has ten digits)
    if _PAN.fullmatch(value) and value[3].upper() not in "PH" and "pan" in text[max(0, start - 24) : start].lower():
        return True  # India's PAN whose fourth letter says a company, a firm, a trust (P a person, H a family)
    if "eyJ" in value[:4] and _jose_header(value.strip("`'\"")):  # a JWT's header alone: public, it names the algorithm
        return True
    if _placeholder_value(value):
        return True
    line_start = text.rfind("\n", max(0, start - 200), start) + 1 or max(0, start - 200)  # (a bounded look)
    if _EXAMPLE_OR_PUBLIC_GATE.search(text[max(line_start, start - 48) : start].lower()) and (
        _EXAMPLE_BEFORE.search(text, max(line_start, start - 32), start)
        or _PUBLIC_BEFORE.search(text, max(line_start, start - 48), start)
    ):
        return True  # "codice fiscale di esempio "RSSM…"", "示例身份证号 1101…", "Chiave pubblica WireGuard: /Wtl…"
    token_end = _TOKEN_END.search(text, end, end + 200)  # (bounded: a long run of values stays linear)
    stop = token_end.start() if token_end else min(len(text), end + 200)
    if any(text.find(sig, start, stop) >= 0 for sig in _PUBLISHED_TOKENS):
        return True  # a published example (jwt.io's sample token), whichever rule found which part of it
    if (
        _DIGEST_BEFORE.search(text, max(0, start - 12), start)
        and len(value) in _DIGEST_LENGTHS
        and _HEX_DIGEST.fullmatch(value)
    ):
        return True  # "SHA 20c2d5d6…", "commit 4c3dd4ce…": a digest, named as one
    if value.endswith("@sha256") and _IMAGE_DIGEST.match(text, end):
        return True  # `tag: 2.14.0@sha256:968d…`: an image's tag pinned to its digest
    if _test_card_line(text, start, end, value):
        return True
    if _EXAMPLE_AFTER.match(text, end):
        return True  # "`123456:ABC-DEF…` as the example token", "JBSWY3DPEHPK3PXP is the sample secret"
    if (
        value in _FACTORY_CODES
        and _FACTORY.search(text, max(line_start, start - _FACTORY_REACH), start)
        and (not _CHANGED_AFTER.match(text, end) or _CHANGE_ADVICE.match(text, end))
    ):
        return True  # "Default pairing PIN for the speaker is 0000 per the manual": what every unit ships with
    # inside a template's action (`{{ with secret "db/creds/ro" }}`, `{{ .Data.password }}`): code, not a
    # value (a `{% set token = "x" %}` statement assigns one, so only `{{ … }}`)
    opened = text.rfind("{{", max(0, start - 200), start)
    if opened >= 0 and text.rfind("}", opened, start) < 0:
        close = text.find("}}", end, end + 200)
        return close >= 0 and text.find("\n", end, close) < 0 and "=" not in text[opened:start]
    return False


# a business's account or registration on its invoice, printed for its customers to pay it (an invoice's
# word and, on the same line, a registration number or a company's legal form or a business account's word;
# not "the supplier's bank details changed", a fraud's first line): public by design, not a person's secret
_PAYEE_KINDS = frozenset(("iban", "bank-account"))
_BUSINESS = re.compile(
    r"(?i:(?<![^\W\d_.])(?:gmbh|ltd|llc|llp|plc|associati|associates|associés|asociados|practice|praxis"
    r"|s\.r\.l|s\.p\.a|sarl|sp\. z o\.o|b\.v|n\.v|kft|s\.r\.o|ltda"
    r"|firmenkonto|geschäftskonto|business account|company account|corporate account|rachunek firmowy"
    r"|compte professionnel|cuenta de empresa|conto aziendale|zakelijke rekening|yrityksen tili|företagskonto"
    r")(?![^\W\d_]))|株式会社|有限会社|（株）|\(株\)|カ）|法人|有限公司|(?<=\()법인(?=\))"  # noqa: RUF001
)
_INVOICE = re.compile(
    r"(?i:invoice|rechnung|factuur|faktura|facture|factura|fattura|fatura|lasku|請求書|거래명세서|发票|счёт-фактура)"
)
_REGISTRATION = re.compile(
    r"(?i:ust-?id|vat|btw|nip|kvk|y-tunnus|hrb|regon|siret|siren|cif|p\.? ?iva|登録番号|사업자등록번호"
    r"|统一社会信用代码)"
)


def _business_payee(text: str, start: int, end: int) -> bool:
    """Whether the line of text[start:end] says it is a business's, printed for its customers to pay it; or
    the text is an invoice (its title says so) that a company (its legal form, its registration) issued."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _INVOICE.search(text, line_start, line_end) and (
        _REGISTRATION.search(text, line_start, line_end) or _BUSINESS.search(text, line_start, line_end)
    ):
        return True
    if _A_BUSINESS_ACCOUNT_NOTE.match(text, end) or _A_BUSINESS_LABEL.search(text, max(line_start, start - 40), start):
        return True  # "Account 9614302592 (business checking)": the note after it says a business's
    if _DONATIONS.search(text, line_start, line_end):
        return True  # "Spendenkonto: … e.V., IBAN …": an account published for donations
    if not _invoice_titled(text) or _ACCOUNT_CHANGED.search(text):
        return False  # "we've moved banks, pay into GB85… (Harrow Farms Ltd)": a changed account is no invoice's
    if _PERSONAL_ACCOUNT.search(text):
        return False  # "pay into my personal account": whatever the title says, a person's
    # a company's legal form (not a sole trader's)
    return bool(_BUSINESS.search(text) or _COMPANY.search(text) or _ISSUER.search(text))


# what a company issuing an invoice prints under its name: its legal form (or a registration only companies have);
# a sole trader's invoice, with a tax number and no legal form, pays into a person's account
_ISSUER = re.compile(
    r"(?i:(?<![^\W\d_])(?:corp|inc|ltd|limited|llc|plc|gmbh|sarl|sas|s\.a|s\.l|s\.r\.l|s\.p\.a|srl|spa|ltda|lda"
    r"|eireli|b\.v|n\.v|oy|oyj|aps|a/s|asa|kft|zrt|s\.r\.o|d\.o\.o|sp\. z o\.o|a\.ş|sdn\.? bhd|bhd|pvt|pte|pty"
    r"|s\.a\.e|ооо|тов|д\.о\.о|cnpj)(?![^\W\d_])|შპს|ኃ\.የተ\.የግ\.ማ|لمیٹڈ|प्रा\.? ?लि|有限公司|株式会社|주식회사"  # noqa: RUF001
    r"|统一社会信用代码)"
)
_PERSONAL_ACCOUNT = re.compile(
    r"(?i:personal account|private account|my own account|privatkonto|privates konto|compte personnel"
    r"|cuenta personal|conta pessoal|conto personale|privé-rekening|privat konto)"
)


_DONATIONS = re.compile(
    r"(?i:spendenkonto|donation account|donations? to|cuenta (?:de|para) (?:donaciones|donativos)|compte de dons"
    r"|conto (?:per le )?donazioni|conta (?:para )?doações|giro(?:nummer)? voor giften)"
)
_A_BUSINESS_ACCOUNT_NOTE = re.compile(
    r"[ \t]*[(（](?i:business|company|corporate|firmen|geschäfts|empresa|entreprise|bedrijf|zakelijk|对公|企业|公司)"  # noqa: RUF001
    r"[ \t-]?(?i:checking|savings|account|konto|cuenta|compte|账户|帳戶)?[)）]"  # noqa: RUF001
)
# the label before the value says a business's: "IBAN (bedrijf):", "Konto (Firma):"
_A_BUSINESS_LABEL = re.compile(
    r"[(（](?i:business|company|corporate|firma|firmen|geschäftlich|empresa|entreprise|bedrijf|zakelijk|对公|企业|公司)"  # noqa: RUF001
    r"[)）][ \t]*[:：]?[ \t]*$"  # noqa: RUF001
)
# an invoice's title, a line of its own at the top (the first, or under the letterhead's lines): "INVOICE
# INV-2026-3108", "RECHNUNG Nr. …", "FAKTURA VAT nr …", "NOTA FISCAL", "增值税专用发票"
_INVOICE_TITLE = re.compile(
    r"[ \t#*]*(?:(?i:(?:sales |tax |commercial |proforma |pro forma )?invoice|rechnung|factuur|faktura|faktúra|facture"
    r"|factura|fattura|fatura|lasku|számla|račun|счёт|счет|рахунок|фактура|nota fiscal|invois|τιμολόγιο|hóa đơn"
    r"|arve|rēķins|faktūra)(?![^\W\d_])|請求書|(?:增值税(?:专用|普通)?)?发票|發票|거래명세서|インボイス|ინვოისი|ደረሰኝ"
    r"|انوائس|فاتورة|חשבונית|(?:टैक्स )?इनवॉइस|ใบกำกับภาษี|ใบแจ้งหนี้)"
)
_TITLE_LINES = 3  # the title may stand under two lines of letterhead (the company's name, its address)
_TITLE_MAX = 80  # … each line at most this long


def _invoice_titled(text: str) -> bool:
    """Whether one of the text's first lines is an invoice's title."""
    start = 0
    for _ in range(_TITLE_LINES):
        end = text.find("\n", start, start + _TITLE_MAX + 1)
        end = min(len(text), start + _TITLE_MAX) if end < 0 else end
        if _INVOICE_TITLE.match(text, start, end):
            return True
        if end >= len(text) or text[end] != "\n":
            return False
        start = end + 1
    return False


# a payee's account said to be new or changed: what a fraud says, not what an invoice prints
_ACCOUNT_CHANGED = re.compile(
    r"(?i:new (?:bank|account)|changed|updated|moved|geändert|neue[ns]? (?:konto|bank)|nouveau compte|nueva cuenta"
    r"|nuovo conto|nieuw rekeningnummer|nowy (?:numer|rachunek))"
)


# a tax number beside a company's legal form or a word that says the payer is a business (an OOO's INN,
# `sp. z o.o., NIP …`, `NIF … (pessoa coletiva)`): a business's registration, printed on its every invoice and
# looked up in public registers, not a person's id (a sole trader's, with no legal form, stays a person's)
_ID_KINDS = frozenset(("national-id", "personal-id"))
_TAX_LABEL = re.compile(
    r"(?i:tax|steuer|st\.?-?nr|nip|inn|инн|afm|αφμ|p\.? ?iva|partita iva|nif|ein|cif|vat|tin|cnpj|regon"
    r"|codice fiscale|oib)"
)
_COMPANY = re.compile(
    # a legal form as companies print it (the short ones in their own case: "as", "me", "co" are words)
    r"(?<![^\W\d_])(?:Inc|Corp|Co\.|AG|SA|S\.A\.|S\.L\.|SAS|S\.A\.S\.|Srl|S\.r\.l\.|SpA|S\.p\.A\.|BV|B\.V\.|NV|N\.V\."
    r"|Oy|Oyj|AB|A/S|ApS|AS|OÜ|d\.o\.o\.|e\.V\.|gGmbH|GbR|KG|OHG|UG|Ltd|Limited|Ltda|EIRELI|S\.n\.c\.|S\.a\.s\.|Snc"
    # (Greek O.E., E.E., E.P.E., A.E., I.K.E.; Russian OOO, OAO, ZAO, PAO; Ukrainian TOV)
    r"|\u039f\.\u0395\.|\u0395\.\u0395\.|\u0395\.\u03a0\.\u0395\.|\u0391\.\u0395\.|\u0399\.\u039a\.\u0395\."
    r"|\u041e\u041e\u041e|\u041e\u0410\u041e|\u0417\u0410\u041e|\u041f\u0410\u041e|\u0422\u041e\u0412)(?![^\W\d_])"
    # an association, a foundation, a legal person named in words
    r"|(?i:(?<![^\W\d_])(?:fundacja|stowarzyszenie|association|asbl|vzw|stichting|onlus|foundation|charity"
    r"|pessoa coletiva|pessoa jurídica|persona jurídica|personne morale|juristische person)(?![^\W\d_]))"
    r"|501\(c\)\(3\)"
)


_REGISTRATION_WORD = re.compile(
    r"(?i:(?<![^\W\d_])(?:ust-?id(?:nr)?|vat(?: id| no| number)?|btw|nip|kvk|y-tunnus|hrb|regon|siret|siren|cif"
    r"|p\.? ?iva|steuernummer|st\.-?nr|inn|kpp|ogrn|инн|кпп|огрн|afm|αφμ|nif|ein|cnpj|krs|abn|gst(?:in)?|duns|γεμη"
    r")(?![^\W\d_]))"
)


_SAID_A_COMPANY = re.compile(
    r"[ \t]*\((?i:company|business|firma|tvrtka|empresa|société|entreprise|azienda|bedrijf|företag|yritys|şirket"
    r"|компания|компанія|επιχείρηση|εταιρεία|pessoa coletiva|persona jurídica)\)"
)


# a heading that says the record is an organisation's ("Dane firmy", "Company details", in Russian too)
_COMPANY_HEADING = re.compile(
    r"(?i:company details|company information|business details|dane firmy|dane sprzedawcy|сведения об организации"  # noqa: RUF001
    r"|реквизиты (?:организации|компании|поставщика)|azienda agricola|dati (?:aziendali|azienda)|datos de la empresa"
    r"|données de l'entreprise|firmendaten|unternehmensdaten|bedrijfsgegevens|yritystiedot|företagsuppgifter)"
)


def _on_a_business_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_BUSINESS.search(text, line_start, line_end) or _COMPANY.search(text, line_start, line_end))


def _business_tax_id(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a tax number under a tax label on a line that names a business (see above)."""
    if not _TAX_LABEL.search(text, max(0, start - 24), start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _BUSINESS.search(text, line_start, line_end) or _COMPANY.search(text, line_start, line_end):
        return True
    if _SAID_A_COMPANY.match(text, end):
        return True  # "OIB izdavatelja: 63064301832 (tvrtka)": the note after it says a company's
    value = text[start:end]
    if len(value) >= 8 and text.count(value) > 1:
        for other in re.finditer(re.escape(value), text):
            if other.start() != start and _on_a_business_line(text, other.start(), other.end()):
                return True  # "The provider's EIN is 77-…" after "… Early Learning LLC · EIN 77-…": the same company's
    if _COMPANY_HEADING.search(text, _lines_before(text, start, 3), start) or _invoice_titled(text):
        return True  # "Dane firmy / … / NIP: …", "Fattura n. 51/2026 / … / P.IVA …": a business's record
    # two registrations on one line (`USt-IdNr.: DE… Steuernummer: …`): a business's letterhead
    return len({w.lower() for w in _REGISTRATION_WORD.findall(text, line_start, line_end)}) >= 2


# a count and its unit: a length, a lifetime, a number of tries ("8-64 characters", "a 3600-second lifetime")
_UNIT = (
    r"(?:characters?|chars?|digits?|letters?|symbols?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?"
    r"|months?|years?|attempts?|tries|times|bytes?|bits?|caracteres|caractères|zeichen|ziffern|stellen|tekens"
    r"|cifre|caratteri|dígitos|chiffres|знаков|символов|цифр|文字|字符|位|자리)(?![^\W\d_])"
)
_COUNT = re.compile(rf"(?i:[0-9]{{1,6}}(?:[ \t]*[-–][ \t]*[0-9]{{1,6}})?(?:-{_UNIT})?)")  # noqa: RUF001
_UNIT_AFTER = re.compile(rf"(?i:[ \t]*{_UNIT})")


def _quantity(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a count with its unit, or a CSV row's cells (no value holds two commas)."""
    cells = text[start:end]
    if cells.count(",") >= 2 and not any(c.isspace() for c in cells) and any(c.isalpha() for c in cells):
        return True  # (a seed phrase's words parted by ", " are no row, a key's bytes `[12,250,…]` none either)
    return _COUNT.fullmatch(text, start, end) is not None and (
        text[end - 1].isalpha() or _UNIT_AFTER.match(text, end) is not None
    )


def spared(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the value at text[start:end], found as `kind` by any rule or pass, is spared: it says it is no
    secret, where it sits says so, or it is a business's account or tax number."""
    if _not_a_secret(text, start, end) or _says_not_secret(text, start, end) or _quantity(text, start, end):
        return True
    if kind in _PAYEE_KINDS and _business_payee(text, start, end):
        return True
    return kind in _ID_KINDS and _business_tax_id(text, start, end)


def _apply(rule: _Rule, text: str, lowered: str, counter: _Counter) -> str:
    """Replace the rule's secrets in `text` (matched in `lowered` for an `on_lower` rule)."""
    matches = rule.pattern.finditer(lowered if rule.on_lower else text)
    out: list[str] = []
    last = 0
    for m in matches:
        if _in_marker(text, m.start()) or (rule.spare is not None and rule.spare(m, text)):
            continue
        start, end = rule.span_of(m) if rule.span_of is not None else _span(m)
        if spared(text, start, end, rule.kind):
            continue
        if m.re.groupindex.get("s2") and m.start("s2") >= 0:
            while end - 1 > start and text[end - 1] in _TRAILING_PUNCT:
                end -= 1
        start = max(start, last)  # a prefix found behind the match cannot reach into the previous one
        end = _wrapped_end(text, start, end)
        kind = rule.kind_of(m, text) if rule.kind_of else rule.kind
        if counter.found is not None:
            counter.found.append((text[start:end], kind))
        out.append(text[last:start])
        out.append(marker(kind))
        last = end
    if not out:
        return text
    counter.n += len(out) // 2
    out.append(text[last:])
    return "".join(out)
