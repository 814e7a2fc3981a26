"""Values under a name that means a secret, whatever the name's spelling: judged by words.py.

The name may be a key (`dbPassword = x`, `"accessToken": "x"`, `X-Auth-Token: x`), a long flag
(`--db-password x`, `-storepass x`), an XML element (`<DbPassword>x</DbPassword>`), a name/value
pair (`<add key="DbPassword" value="x"/>`, a Kubernetes `- name: DB_PASSWORD` / `value: x`), a
setting (`aws configure set aws_secret_access_key x`, `npm config set …:_authToken x`) or a YAML
block scalar (`password: |` and the indented lines below it). These rules run after the keyword
rules of values.py, which catch the common spellings first; a name whose word is common on its own
(`auth`, `pin`, `session`) needs a value that looks like a credential.
"""

from __future__ import annotations

import binascii
import re
import unicodedata
from base64 import b64decode
from itertools import pairwise

from skillhive.redact.engine import _NOT_MARKER, _Rule, _span
from skillhive.redact.judge import (
    looks_like_credential,
    looks_like_passphrase,
    looks_like_token,
    looks_random,
    named_digest,
)
from skillhive.redact.lexicon import PASSWORD_CONCEPT, PIN_CONCEPT
from skillhive.redact.values import _PLACEHOLDER, _VALUE, OPERATOR, _spare_value, parent_name
from skillhive.redact.words import is_weak, loose_secret_kind, names_a_secret, secret_kind, secret_word, words


def _latin(word: str) -> bool:
    return any("LATIN" in unicodedata.name(c, "") for c in word)


# the words of words.py's other languages, as they start (`kennwort` has no `pass`)
FOREIGN_HINTS = (
    *("wort", "woord", "senha", "contras", "mdp", "hasło", "haslo", "heslo", "jelsz", "şifre", "sifre"),
    *("salasana", "senord", "geslo", "lozinka", "parol", "пароль", "密码", "密碼", "口令", "パスワード", "비밀번호"),
    # key and secret in other languages (words.py `_KEY_WORDS`, `_SECRET_WORDS`)
    *("clave", "chave", "chiave", "llave", "clé", "schl", "sleutel", "klucz", "ключ", "nøgle", "nøkkel"),
    *("nyckel", "avain", "anahtar", "密钥", "秘钥", "キー", "키", "geheim", "segret", "sekret", "секрет"),
    *("秘密", "비밀"),
    *("mat_khau", "matkhau", "mat-khau", "kata_sandi", "katasandi", "kata_laluan"),  # Vietnamese, Indonesian, Malay
    # a password's or a PIN's word in the other scripts of lexicon.py, as a name starts (`पासवर्ड`, `رمز_دوم`)
    *sorted({w.split()[0].lower() for w in (*PASSWORD_CONCEPT, *PIN_CONCEPT) if not _latin(w)}),
)

# A name holds one of these words (the regex starts at the word, on the lower-cased text; the name
# around it is found by walking left, as values.py does, and judged in Python).
_HINTS = (
    r"(?:pass|pw|secret|token|key|cred|auth|cookie|sess|sid|pin|otp|mnemonic|phrase|psk|sas|salt|crypt"
    r"|p12|pfx|jks|macaroon|login|appid)"
)
# the rules run only when one of the words occurs (a substring test per word costs less than the scan)
HINT_GATES: tuple[str, ...] = (
    "pass",
    "pw",
    "secret",
    "token",
    "key",
    "cred",
    "auth",
    "cookie",
    "sess",
    "sid",
    "pin",
    "otp",
)
HINT_GATES += ("mnemonic", "phrase", "psk", "sas", "salt", "crypt", "p12", "pfx", "jks", "macaroon", "login", "appid")
_NAME = rf"{_HINTS}[a-z0-9_.-]{{0,79}}"
_NAME_TAIL = r"[a-z0-9_.\u00c0-\U0010ffff-]{0,79}"  # a name in another language may go on in its script
# abbreviations, as a name's last word after a separator: `GITHUB_PAT`, `ALIYUN_SK`
_ABBREVIATED_NAME = r"(?<=[_-])(?:pat|sk|ak)(?![a-z0-9_.-])"
# a rule of their own, gated by them: in the alternation above they would slow every text down
_FOREIGN_NAME = "(?:" + "|".join(FOREIGN_HINTS) + ")" + _NAME_TAIL
# a C or Java declaration wraps its long literal onto the next line (`KEY =\n    "…";`): only a quoted one
_ASSIGN = rf"(?P<sep>[ \t]*{OPERATOR}(?:(?<==)[ \t]*\r?\n(?=[ \t]*[\"'`]))?[ \t]*)"
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


def _name_start(m: re.Match[str], text: str) -> int:
    start = m.start("k")
    while start > 0 and (text[start - 1] in _NAME_CHARS or text[start - 1].isalpha()):
        start -= 1
    return start


_INSTANCE = re.compile(r"[A-Za-z]{0,12}[0-9]{1,4}")


def _name_of(m: re.Match[str], text: str) -> str:
    """The whole name the hint word sits in, from the original text: `dbPassword`, `X-Auth-Token`;
    of a dotted name its last part (`spring.mail.password`), or two (`fs.s3a.secret.key` -> `secret_key`)."""
    parts = text[_name_start(m, text) : m.end("k")].rsplit(".", 3)
    if len(parts) > 1 and _INSTANCE.fullmatch(parts[-1]):
        parts.pop()  # `mail.password.smtp1`: which account's password
    last = parts[-1].lstrip("_$@-")
    if len(parts) > 1 and secret_kind(last) is None and words(last) in (["key"], ["salt"]):
        return parts[-2].lstrip("_$@-") + "_" + last
    return last


def _value(m: re.Match[str], text: str) -> str:
    return text[slice(*_span(m))]


def _weak_value(name: str, value: str) -> bool:
    """Under a weak name (`pin`, `auth`), a value that does not look like one: spare it."""
    if secret_word(name) in ("pin", "otp"):  # a PIN, a one-time code: digits are what they are made of
        return not (value.isdigit() and 4 <= len(value) <= 8) and not looks_like_credential(value)
    return not looks_like_credential(value)


def _flag_start(m: re.Match[str], text: str) -> bool:
    """Whether the name is a command-line flag: `--db-password`, `-storepass` (not `x-api-key`)."""
    start = _name_start(m, text)
    return text.startswith("-", start) and (start == 0 or text[start - 1] in " \t\"'=")


# values.py's keyword rules judge `…password = x`, `…token: x`… first, with the same `_spare_value`:
# what they left is not a secret here either
_KEYWORD_ENDINGS = ("password", "passwd", "passphrase", "secret", "token", "pwd")


_DIGEST_HEX = re.compile(r"[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}")


def _loose_value(name: str, value: str) -> bool:
    """Under a loose name (`STRIPE_KEY`, `aes_key`, `password_salt`): a machine-made value, not a digest."""
    value = value.strip("'\"")
    if loose_secret_kind(name) is None or not looks_random(value):
        return False
    # a request header named for a key (`X-City-Key: <40 hex>`) carries the key, whatever its alphabet
    # and a session's value is its id, hex as often as not
    return not _DIGEST_HEX.fullmatch(value) or name.lower().startswith("x-") or words(name)[-1:] == ["session"]


# a field that says whose credential a record holds: `"username":`, `user =`, `login:`
_USER_FIELD = re.compile(r"(?i)(?<![\w-])[\"']?(?:user(?:_?name)?|login|account|email)[\"']?[ \t]*[:=]")


def _beside_a_user(text: str, start: int, end: int) -> bool:
    """Whether a bare name sits in one record (the same `{…}` or line, 200 characters each way) with a user's name."""
    floor, ceiling = max(0, start - 200), min(len(text), end + 200)
    opened = max(text.rfind("{", floor, start), text.rfind("\n", floor, start))
    closed = [i for i in (text.find("}", end, ceiling), text.find("\n", end, ceiling)) if i >= 0]
    return _USER_FIELD.search(text, opened + 1 if opened >= 0 else floor, min(closed, default=ceiling)) is not None


# the names of values a machine makes (a session id, a token): a lower-case word under them is none
_MACHINE_MADE = frozenset(("id", "sid", "sessionid", "sessid", "jsessionid", "phpsessid", "token", "authtoken"))


_ENCODINGS = frozenset(("hex", "b64", "base64"))


def _encoded_credential(name: str, value: str) -> bool:
    """`pass_hex=<hex>`, `password_b64: <base64>`: a value the name says is encoded, that decodes to a credential."""
    if words(name)[-1:] and words(name)[-1] not in _ENCODINGS:
        return False
    value = value.strip("'\"")
    try:
        raw = bytes.fromhex(value) if words(name)[-1] == "hex" else b64decode(value, validate=True)
        decoded = raw.decode("ascii")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return False
    return 4 <= len(decoded) <= 128 and decoded.isprintable() and looks_like_credential(decoded)


def _spare_assigned(m: re.Match[str], text: str) -> bool:
    if m.group("k").endswith(_KEYWORD_ENDINGS):
        return True
    name = _name_of(m, text)
    if secret_kind(name) is None and words(name) in (["key"], ["salt"]):  # qualified by its object's name
        name = parent_name(text, _name_start(m, text)) + "_" + name
        if loose_secret_kind(name) is None and _beside_a_user(text, _name_start(m, text), _span(m)[1]):
            name = "record_key"  # `{"username": "x", "key": "…"}`: whose key; a machine-made value (loose)
    if named_digest(_value(m, text).strip("'\"")):
        return True  # `key: Linux-pip-<sha256>`: a cache's key, named by what it caches and its digest
    if secret_kind(name) is None:
        if words(name)[-1:] == ["session"] and m.group("sep") == ":":
            return True  # `SET session:<id> …`: a store's key that names a session, not a value given it
        return not _loose_value(name, _value(m, text)) or _spare_value(m, text)
    if is_weak(name) and _weak_value(name, _value(m, text)) and not _encoded_credential(name, _value(m, text)):
        return True
    if secret_word(name) == "pin":  # `pin: 4821`: digits are what a PIN is made of
        return False
    value = _value(m, text).strip("'\"")
    if secret_word(name) in _MACHINE_MADE and value.isalpha() and value.islower() and len(value) <= 16:
        return True  # `session_id=anonymous`, `token: none`: a word where a machine-made value goes
    return _spare_value(m, text)


# a record's field that says what kind of value it holds: `"type": "password"`, `kind: secret`
_TYPE_FIELD = re.compile(
    r"(?i)(?<![\w-])[\"']?(?:type|kind|class|format|input_?type|field_?type)[\"']?[ \t]*[:=][ \t]*[\"']?([\w.-]{2,60})"
)


def _record_type(text: str, start: int, end: int) -> str:
    """The secret a sibling `type`/`kind` field names in the same record (`{…}` or line, 200 characters each way)."""
    floor, ceiling = max(0, start - 200), min(len(text), end + 200)
    opened = max(text.rfind("{", floor, start), text.rfind("\n", floor, start))
    closed = [i for i in (text.find("}", end, ceiling), text.find("\n", end, ceiling)) if i >= 0]
    for field in _TYPE_FIELD.finditer(text, opened + 1 if opened >= 0 else floor, min(closed, default=ceiling)):
        if secret_kind(field.group(1)) is not None:
            return field.group(1)
    return ""


def _generic_parent(m: re.Match[str], text: str) -> str:
    parent = parent_name(text, _name_start(m, text))
    if not parent or secret_kind(parent) is None:
        parent = _record_type(text, _name_start(m, text), _span(m)[1])
    return parent


def _spare_generic_child(m: re.Match[str], text: str) -> bool:
    """`value:` under a parent that names a secret (not under `secretKeyRef:`, `valueFrom`, a reference), or
    beside a field that says its type is one (`{"type": "password", "value": …}`)."""
    parent = _generic_parent(m, text)
    if not parent or secret_kind(parent) is None or parent.lower().endswith(("ref", "from", "policy", "hint")):
        return True
    return (is_weak(parent) and _weak_value(parent, _value(m, text))) or _spare_value(m, text)


def _spare_plain(m: re.Match[str], text: str) -> bool:
    """A value given by a flag, a setting or a name/value pair: spare names that mean no secret."""
    name = _name_of(m, text)
    value = _value(m, text).strip("'\"")
    if secret_kind(name) is None and not _loose_value(name, value):
        return True
    if not value or _PLACEHOLDER.fullmatch(value) or value[0] in "$%{<-" or names_a_secret(value):
        return True
    return is_weak(name) and _weak_value(name, value)


# what defines a name in a line of its own: the C preprocessor, csh, cmd, Dockerfile, PowerShell, Tcl
_DEFINES = re.compile(
    r"[ \t]*(?:#[ \t]*define|setenv|set|env|arg|export|declare(?:[ \t]+-[a-z]+)?|const|var)[ \t]+", re.IGNORECASE
)


def _directive(m: re.Match[str], text: str) -> bool:
    """`requirepass x`, `  user admin insecure-password x`: a config line of a name and its value."""
    start, end = _name_start(m, text), _span(m)[1]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    before = text[line_start:start]
    if not rest.strip() and _DEFINES.fullmatch(before):
        return True  # `#define WIFI_PASS "x"`, `setenv DB_PASS x`, `set DB_PASS=x`: a definition
    return not rest.strip() and (not before.strip() or before.startswith((" ", "\t")))


def _spare_plain_value(m: re.Match[str], text: str) -> bool:
    value = _value(m, text).strip("'\"")
    return not value or bool(_PLACEHOLDER.fullmatch(value)) or value[0] in "$%{<-"


# a resource's name (DNS-1123 labels: `orders-db`, `app.tls`), no digit-heavy run
_RESOURCE_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-.][a-z][a-z0-9]*)+")
_HEX_VALUE = re.compile(r"[0-9a-f]{8,64}")
# a table's header that has a column of digests (`NAME  DIGEST  CREATED AT`)
_DIGEST_COLUMN = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z _]*[ \t]{2,}(?:DIGEST|HASH|CHECKSUM|FINGERPRINT|SHA256)(?:[ \t]{2,}|$)"
)


# an element's attribute that says its content is a digest (Android's `<pin digest="SHA-256">`: a certificate's pin)
_DIGEST_ATTRIBUTE = re.compile(r"[ \t](?:digest|algorithm|hash)[ \t]*=")


def _spare_spaced(m: re.Match[str], text: str) -> bool:
    """`NAME value`: a flag (`--db-password x`), a quoted value (`storePassword "x"`, fetchmail's
    `password "x"`) or a token (`ngrok config add-authtoken X`); otherwise prose (`the token expired`)."""
    if _flag_start(m, text):
        return _spare_plain(m, text)
    value = _value(m, text)
    name = _name_of(m, text)
    directive = _directive(m, text)
    if is_weak(name) and not directive:
        return True
    # `secret_access_key X`, `ENV DB_PASSWORD X`, `insecure-password X`: a name with `_`, `-` or
    # camelCase is a key, not prose; so is a name that starts a config line with its value
    keyish = (
        directive
        or "_" in name.strip("_")
        or "-" in name.strip("-")
        or any(a.islower() and b.isupper() for a, b in pairwise(name))
    )
    credential = looks_like_credential(value) or looks_like_passphrase(value)
    if not (value[:1] in "\"'" or looks_like_token(value) or (keyish and credential)):
        return True
    if not keyish and secret_kind(name) != "password" and _RESOURCE_NAME.fullmatch(value.strip("\"'")):
        return True  # `Error: secret "orders-db" not found`: a stored secret's name, as Kubernetes names things
    if _HEX_VALUE.fullmatch(value) and _DIGEST_COLUMN.search(text, max(0, m.start() - 2000), m.start()):
        return True  # `fly secrets list`: NAME, DIGEST: a digest of each secret beside its name
    return _spare_plain(m, text)


def _spare_setting(m: re.Match[str], text: str) -> bool:
    """`config set <name> x`: x must be quoted or look like a credential ("put secrets in a record")."""
    value = _value(m, text)
    if not (value[:1] in "\"'" or looks_like_credential(value) or looks_like_token(value)):
        return True
    return _spare_plain(m, text)


def _kind(m: re.Match[str], text: str) -> str:
    name = _name_of(m, text)
    return secret_kind(name) or loose_secret_kind(name) or "secret"


def _pair_name(m: re.Match[str], text: str) -> str:
    """The name of a name/value pair: its last path segment (`/prod/db/password` -> `password`)."""
    return re.split(r"[/:]", text[slice(*m.span("n"))].strip("/"))[-1]


def _spare_named_pair(m: re.Match[str], text: str) -> bool:
    name = _pair_name(m, text)
    value = _value(m, text).strip("'\"")
    if secret_kind(name) is None and not _loose_value(name, value):
        return True
    return _spare_plain_value(m, text) or (is_weak(name) and _weak_value(name, value))


def _pair_kind(m: re.Match[str], text: str) -> str:
    name = _pair_name(m, text)
    return secret_kind(name) or loose_secret_kind(name) or "secret"


_BARE = rf"""(?:"{_NOT_MARKER}(?:[^"\\\n]|\\.)+"|'{_NOT_MARKER}[^'\n]+'|{_NOT_MARKER}[^\s"'|;&<>()]+)"""

NAMED_RULES: tuple[_Rule, ...] = (
    # name = value, name: value, "name": "value", $name = 'value', Header-Name: value
    *(
        _Rule(
            "secret",
            rf"(?P<k>{name})[\"'`]?\]?{qualifier}{_ASSIGN}{_VALUE}",
            hints,
            on_lower=True,
            spare=lambda m, text: _flag_start(m, text) or _spare_assigned(m, text),
            kind_of=_kind,
        )
        for name, hints, qualifier in (
            (_NAME, HINT_GATES, ""),
            # a label in another script may say what it is for in brackets: "暗号化キー(WPA2): …"
            (_FOREIGN_NAME, FOREIGN_HINTS, r"(?:[ \t]*[(（][A-Za-z0-9. -]{1,16}[)）])?"),  # noqa: RUF001
            (_ABBREVIATED_NAME, ("_pat", "_sk", "_ak", "-pat", "-sk", "-ak"), ""),
        )
    ),
    # a secret's fallback in code: `jwtSecret: process.env.JWT_SECRET || "x"`, `KEY = os.getenv("K") or "x"`,
    # `secret = config.secret ?? 'x'`: the literal is the value used when the setting is missing
    _Rule(
        "secret",
        rf"(?P<k>{_NAME})[\"'`]?\]?{_ASSIGN}[^\n;]{{1,80}}?[ \t](?:\|\||\?\?|or|\?:)[ \t]*"
        rf"(?P<q>[\"'`]){_NOT_MARKER}(?P<s>[^\"'`\n\\]{{1,512}})(?P=q)",
        ("||", "??", " or ", "?:"),
        on_lower=True,
        spare=lambda m, text: (
            _flag_start(m, text) or _spare_plain(m, text) or not looks_like_credential(_value(m, text))
        ),
        kind_of=_kind,
    ),
    # a generic child named by its parent: `{"apiToken": {"value": "x"}}`, `password:\n  value: x`
    # (JSON, YAML; XML's is below)
    _Rule(
        "secret",
        rf"(?<![\w.-])[\"']?(?P<k>value|val|data|plaintext|plain|content|string|text)[\"'`]?{_ASSIGN}{_VALUE}",
        ("value", "val", "data", "plain", "content", "string", "text"),
        on_lower=True,
        spare=lambda m, text: _spare_generic_child(m, text),
        kind_of=lambda m, text: secret_kind(_generic_parent(m, text)) or "secret",
    ),
    # --db-password x, --token=x, -storepass x, -keypass x (a short flag is commands.py's)
    _Rule(
        "secret",
        rf"-(?<![^\s\"'=]-)-?[a-z0-9_.-]{{0,40}}?(?P<k>{_NAME})(?:=|[ \t]+){_NOT_MARKER}(?P<s>{_BARE})",
        HINT_GATES,
        on_lower=True,
        spare=_spare_spaced,
        kind_of=_kind,
    ),
    # storePassword "x", fetchmail's password "x", ngrok config add-authtoken <token>
    _Rule(
        "secret",
        rf"(?P<k>{_NAME})[ \t]+{_NOT_MARKER}(?P<s>\"(?:[^\"\\\n]|\\.)+\"|'[^'\n]+'"
        r"|[a-z0-9_+/=.~-]{16,}(?![^\s\"'|;&<>()])"
        # shorter: a credential has a digit or a symbol (`ENV DB_PASSWORD s3cr3t!`)
        r"|(?=[a-z_+/=.~!@#%^*$-]{0,63}[0-9!@#%^*$])(?!\$)[a-z0-9_+/=.~!@#%^*$-]{6,64}(?![^\s\"'|;&<>()]))",
        HINT_GATES,
        on_lower=True,
        spare=_spare_spaced,
        kind_of=_kind,
    ),
    # <DbPassword>x</DbPassword>, <ns:apiKey>x</ns:apiKey>
    _Rule(
        "secret",
        rf"(?P<k>{_NAME})>(?:<!\[cdata\[{_NOT_MARKER}(?P<s2>[^\]]{{1,4096}})\]\]>"
        rf"|{_NOT_MARKER}(?P<s>[^<\s][^<]{{0,4095}}))</(?:[\w-]+:)?[a-z0-9_.-]*(?P=k)>",
        ("</",),
        on_lower=True,
        spare=lambda m, text: (
            text[_name_start(m, text) - 1 : _name_start(m, text)] not in ("<", ":") or _spare_plain(m, text)
        ),
        kind_of=_kind,
    ),
    # <add key="DbPassword" value="x"/>, {"Key": "dbPassword", "Value": "x"}, - name: DB_PASSWORD\n  value: x
    _Rule(
        "secret",
        r"(?:key|name|parameterkey)[\"']?[ \t]*[:=][ \t]*[\"']?[a-z0-9_.-]{0,40}?(?P<k>" + _NAME + r")[\"']?"
        r"(?:[ \t]*,?[ \t]*\n?[ \t]*-?[ \t]*|[ \t]+)"
        rf"[\"']?(?:value|parametervalue)[\"']?[ \t]*[:=][ \t]*{_NOT_MARKER}(?P<s>{_BARE})",
        ("value",),
        on_lower=True,
        spare=_spare_plain,
        kind_of=_kind,
    ),
    # aws configure set aws_secret_access_key x, npm config set //host/:_authToken x, setx API_TOKEN x
    _Rule(
        "secret",
        r"(?<![\w-])(?:set|setx|config:set|put)[ \t]+(?:--?[\w-]+[ \t]+)*[\"']?(?:[^\s\"':]*:)?[a-z0-9_.-]{0,40}?"
        rf"(?P<k>{_NAME})[\"']?[ \t]+{_NOT_MARKER}(?P<s>{_BARE})",
        ("set", "put"),
        on_lower=True,
        spare=_spare_setting,
        kind_of=_kind,
    ),
    # PHP's var_dump / print_r: ["api_secret"]=> string(40) "x", [db_password] => x
    _Rule(
        "secret",
        rf"(?P<k>{_NAME})[\"']?(?::[a-z]+)?\][ \t]*=>[ \t]*\n?[ \t]*(?:string\([0-9]+\)[ \t]*)?"
        rf"(?:\"{_NOT_MARKER}(?P<s>[^\"\n]{{1,4096}})\"|{_NOT_MARKER}(?P<s2>[^\s\"]+))",
        ("]=>", "] =>"),
        on_lower=True,
        spare=_spare_plain,
        kind_of=_kind,
    ),
    # an element named by an attribute: <parameter name="password">x</parameter>,
    # <property name="db.password" value="x"/>, <field id="apiToken">x</field>
    _Rule(
        "secret",
        r"<(?P<e>[a-z][\w:.-]{0,40})[ \t][^<>\n]{0,200}?(?<![\w-])(?:name|key|id|field|param|property)[ \t]*=[ \t]*"
        rf"[\"'][^\"'\n]{{0,40}}?(?P<k>{_NAME})[\"'][^<>\n]{{0,200}}?"
        rf"(?:(?<![\w-])value[ \t]*=[ \t]*[\"']{_NOT_MARKER}(?P<s>[^\"'\n]+)[\"'][^<>\n]*>"
        rf"|>{_NOT_MARKER}(?P<s2>[^<\s][^<\n]{{0,4095}})</(?P=e)>)",
        ("name=", "key=", "id=", "field=", "param=", "property="),
        on_lower=True,
        spare=_spare_plain,
        kind_of=_kind,
    ),
    # an element named by its parent: <AdministratorPassword><Value>x</Value>, <apiToken><string>x</string>
    _Rule(
        "secret",
        rf"<(?:[\w-]+:)?[a-z0-9_.-]{{0,40}}?(?P<k>{_NAME})(?:[ \t][^<>\n]{{0,200}})?>[ \t\r\n]*"
        r"<(?:[\w-]+:)?(?P<e>value|val|data|text|string|content|secret)>"
        rf"{_NOT_MARKER}(?P<s>[^<\s][^<]{{0,4095}})</(?:[\w-]+:)?(?P=e)>",
        ("</",),
        on_lower=True,
        spare=lambda m, text: (
            text[_name_start(m, text) - 1 : _name_start(m, text)] not in ("<", ":") or _spare_plain(m, text)
        ),
        kind_of=_kind,
    ),
    # a name element and its sibling value element: KeePass's `<Key>Password</Key><Value Protected…>x</Value>`,
    # Hadoop's `<name>ssl.keystore.password</name>` then `<value>x</value>`
    _Rule(
        "secret",
        rf"<(?P<t>key|name)>[ \t]*[a-z0-9_.-]{{0,40}}?(?P<k>{_NAME})[ \t]*</(?P=t)>[ \t\r\n]*"
        rf"<value(?:[ \t][^<>\n]{{0,200}})?>{_NOT_MARKER}(?P<s>[^<\s][^<]{{0,4095}})</value>",
        ("</key>", "</name>"),
        on_lower=True,
        spare=_spare_plain,
        kind_of=_kind,
    ),
    # an element with attributes: FileZilla's <Pass encoding="base64">x</Pass>
    _Rule(
        "secret",
        rf"<[a-z0-9_.:-]{{0,40}}?(?P<k>{_NAME})[ \t][^<>\n]{{0,200}}>{_NOT_MARKER}(?P<s>[^<\s][^<\n]{{0,4095}})</",
        ("</",),
        on_lower=True,
        spare=lambda m, text: (
            text[_name_start(m, text) - 1 : _name_start(m, text)] not in ("<", ":")
            or _DIGEST_ATTRIBUTE.search(m.group(), m.end("k") - m.start(), m.start("s") - m.start()) is not None
            or _spare_plain(m, text)
        ),
        kind_of=_kind,
    ),
    # a property list: <key>API_TOKEN</key> <string>x</string>
    _Rule(
        "secret",
        r"<key>[ \t]*(?P<n>[^<>\n]{1,120}?)[ \t]*</key>\s*"
        rf"<string>{_NOT_MARKER}(?P<s>[^<\s][^<]{{0,4095}})</string>",
        ("<key>",),
        on_lower=True,
        spare=lambda m, text: _spare_named_pair(m, text),
        kind_of=lambda m, text: _pair_kind(m, text),
    ),
    # Hadoop/Java XML properties: <name>fs.s3a.secret.key</name> <value>x</value>
    _Rule(
        "secret",
        r"<name>[ \t]*(?P<n>[^<>\n]{1,120}?)[ \t]*</name>\s*(?:<description>[^<]*</description>\s*)?"
        rf"<value>{_NOT_MARKER}(?P<s>[^<\s][^<]{{0,4095}})</value>",
        ("<name>",),
        on_lower=True,
        spare=lambda m, text: secret_kind(text[slice(*m.span("n"))]) is None or _spare_plain_value(m, text),
        kind_of=lambda m, text: secret_kind(text[slice(*m.span("n"))]) or "secret",
    ),
    # a name given by one word and its value by another, as a pair: Terraform/HCL
    # `variable "db_password" { default = "x" }`, `output "api_token" { value = "x" }`, a CLI's
    # `--name /prod/db/password [--type SecureString] --value x` (SSM, secret stores, CI settings)
    _Rule(
        "secret",
        r"(?:variable|output|locals?|secret|parameter)[ \t]+\"(?P<n>[^\"\n]{1,120})\"[ \t]*\{[^{}]{0,400}?"
        rf"(?<![\w-])(?:default|value|sensitive_value)[ \t]*=[ \t]*\"{_NOT_MARKER}(?P<s>(?:[^\"\\\n]|\\.)+)\"",
        ("{",),
        on_lower=True,
        spare=lambda m, text: _spare_named_pair(m, text),
        kind_of=lambda m, text: _pair_kind(m, text),
    ),
    _Rule(
        "secret",
        r"--(?<![\w-]--)(?:name|key|secret-id|parameter-name|variable)(?:=|[ \t]+)[\"']?(?P<n>[^\s\"']{1,160})[\"']?"
        r"(?:[ \t]+--?(?!value)[a-z][\w-]*(?:(?:=|[ \t]+)(?!-)[^\s]+)?){0,6}?"
        rf"[ \t]+--(?:value|secret-string|secret-value|body)(?:=|[ \t]+){_NOT_MARKER}(?P<s>{_BARE})",
        ("--",),
        on_lower=True,
        spare=lambda m, text: _spare_named_pair(m, text),
        kind_of=lambda m, text: _pair_kind(m, text),
    ),
    # password: |  (or >-) and the lines indented below it
    _Rule(
        "secret",
        r"(?m:^(?P<i>[ \t]*)(?:-[ \t]+)?[\"']?[a-z0-9_.-]{0,40}?(?P<k>"
        + _NAME
        # a tag may come first (`key: !!binary |`)
        + r")[\"']?:[ \t]*(?:!!?[a-z][\w.:-]{0,30}[ \t]+)?[|>][-+]?[0-9]?[ \t]*\n"
        rf"(?P=i)[ \t]+{_NOT_MARKER}(?P<s>\S[^\n]*(?:\n(?P=i)[ \t]+\S[^\n]*)*))",
        (": |", ": >", ":|", ":>", " |\n", " >\n"),
        on_lower=True,
        spare=_spare_plain,
        kind_of=_kind,
    ),
)
