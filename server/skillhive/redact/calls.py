"""Secrets passed by position rather than by name: in SQL, in calls, in scripts that answer a prompt.

- SQL: `IDENTIFIED BY 'x'`, `WITH PASSWORD 'x'`, DB2's `USER u USING x`.
- A quoted name that means a secret followed by its quoted value: `define('DB_PASSWORD', 'x')`,
  `os.environ.setdefault("API_TOKEN", "x")`, `headers.set("X-Api-Key", "x")`.
- The third argument of calls that take (target, user, password): `new PDO(dsn, user, 'x')`,
  `mysqli_connect`, `DriverManager.getConnection`, `ldap_bind`, `ftp_login`, `imap_open`.
- PowerShell's `ConvertTo-SecureString "x" -AsPlainText`, `NetworkCredential("user", "x")`.
- A random token as the first argument of a client's constructor: `cohere.Client("x")`.
- expect / pexpect: `send "x"` right after `expect "Password:"`.
"""

from __future__ import annotations

import re

from skillhive.redact.documents import _DOCUMENTS
from skillhive.redact.engine import _NOT_MARKER, _Rule, _span
from skillhive.redact.judge import looks_like_credential, looks_like_passphrase, looks_like_token, looks_random
from skillhive.redact.named import _HINTS, HINT_GATES
from skillhive.redact.national_ids import id_check
from skillhive.redact.values import _PLACEHOLDER
from skillhive.redact.words import is_weak, loose_secret_kind, names_a_secret, secret_kind, words

_QUOTED = r"""(?P<q>["'`])""" + _NOT_MARKER + r"""(?P<s>(?:(?!(?P=q))[^\\\n]|\\.){1,512})(?P=q)"""
_ARG = r"""(?:"[^"\n]*"|'[^'\n]*'|\$?[\w.>$\[\]-]+)"""
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
_SELECTOR_CHARS = _NAME_CHARS | frozenset("#[]=@:")  # '#password', 'input[name=password]', no spaces
_TWO_CAPS = re.compile(r"[A-Z]{2}")
_CAMEL = re.compile(r"[a-z]+(?:[A-Z0-9][a-z0-9]*)*|[A-Z][a-z0-9]+(?:[A-Z0-9][a-z0-9]*)*")


def _value(m: re.Match[str], text: str) -> str:
    return text[slice(*_span(m))]


def _placeholder(value: str) -> bool:
    """Empty, a placeholder, a reference (`$X`, `%X%`), or `<…>` / `{…}` closed as a template's are."""
    if not value.strip() or _PLACEHOLDER.fullmatch(value) or value[0] in "$%":
        return True
    return (value[0] == "<" and value.endswith(">")) or (value[0] == "{" and value.endswith("}"))


_FIELD_WORD = re.compile(r"[a-z][a-z_]{2,30}")


def _spare_pair(m: re.Match[str], text: str) -> bool:
    """`("DB_PASSWORD", "x")`: the name must mean a secret and x look like a value, not a label."""
    start = m.start("k")
    while start > 0 and text[start - 1] in _NAME_CHARS:
        start -= 1
    name = text[start : m.end("k")]
    floor = max(0, start - 60)
    while start > floor and text[start - 1] in _SELECTOR_CHARS:  # '#password', 'input[name=password]'
        start -= 1
    if start == 0 or text[start - 1] not in "\"'":
        return True
    value = _value(m, text)
    if text[m.end() : m.end() + 3].lstrip().startswith(":"):
        return True  # `"rotate_token", "params": {…}`: the next key of a JSON object
    in_a_list = text[start - 2 : start - 1] == "[" and text[m.end() : m.end() + 2].lstrip()[:1] in ("]", ",")
    if in_a_list and _FIELD_WORD.fullmatch(value):
        return True  # `["password","username"]`: a list of a record's field names, not a name and its value
    if secret_kind(name) is None and loose_secret_kind(name) is not None and looks_random(value):
        return _placeholder(value)  # define('NONCE_SALT', '<random>')
    if secret_kind(name) is None or _placeholder(value) or any(c.isspace() for c in value) or names_a_secret(value):
        return True  # `t("login.password", "Your password")` is a label
    if is_weak(name) and not looks_like_credential(value):
        return True
    return not (looks_like_credential(value) or looks_like_token(value) or len(value) >= 8)


_READS = ("get", "fetch", "load", "read", "find", "has", "is", "delete", "remove", "revoke", "list", "describe")


def _spare_setter_call(m: re.Match[str], text: str) -> bool:
    """The callee's name must name a secret (`fromSecretKey`, `setApiKey`), not read one by its name."""
    start = m.start()
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    callee = text[start : text.index("(", m.start())].strip()
    ws = words(callee)
    if not ws or ws[0] in _READS or not (secret_kind(callee) or loose_secret_kind(callee)):
        return True
    return _spare_key_literal(_value(m, text))


def _spare_client_token(m: re.Match[str], text: str) -> bool:
    value = _value(m, text)
    if not looks_like_token(value):
        return True
    # `getUserProfileById2` is a name: camelCase words, at most one digit, no two capitals in a row
    return bool(_CAMEL.fullmatch(value)) and sum(c.isdigit() for c in value) <= 1 and not _TWO_CAPS.search(value)


def _spare_key_literal(value: str) -> bool:
    """A signing key passed as a literal: machine-made or a credential, not a name, a path or an algorithm."""
    if _placeholder(value) or value.startswith(("http", "/", "./", "~")) or names_a_secret(value):
        return True
    return not (looks_random(value) or looks_like_credential(value) or looks_like_token(value))


# reads and checks of a login, not one: `is_logged_in("x")`, `assert_login_error("…")`, `getAuthHeader("x")`
_CHECKS = (*_READS, "assert", "check", "verify", "validate", "test", "expect", "require", "mock", "handle", "on")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)


def _spare_auth_call(m: re.Match[str], text: str) -> bool:
    """The last literal of a call named for a login (`login`, `auth`, `AuthClient`): a credential when it
    looks like one (a token, a password, a passphrase), not a user name, an email, a URL or a message."""
    start = m.start()
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    ws = words(text[start : text.index("(", m.start())])
    if not ws or ws[0] in _CHECKS:
        return True
    value = _value(m, text)
    if _placeholder(value) or _EMAIL.fullmatch(value) or value.startswith(("http", "/", "./", "~")):
        return True
    return not (
        looks_like_token(value) or looks_random(value) or looks_like_credential(value) or looks_like_passphrase(value)
    )


# what a decoding call's result is assigned to: `var signingKey = Convert.`, `aes_key: bytes = bytes.`
# `key = …`, `key: bytes = …`, Go's `key, _ := …` / `var piiKey, err = …`
_ASSIGNED_TO = re.compile(
    r"([A-Za-z_$][\w$]*)(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*[ \t]*(?::[ \t]*[\w\[\]<>]+[ \t]*)?:?=[ \t]*(?:new[ \t]+)?[\w.]*$"
)


def _spare_decoded_key(m: re.Match[str], text: str) -> bool:
    assigned = _ASSIGNED_TO.search(text, max(0, m.start() - 120), m.start())
    if assigned is None:
        return True
    name = assigned.group(1)
    if not (secret_kind(name) or loose_secret_kind(name) or words(name)[-1:] in (["key"], ["secret"], ["iv"])):
        return True
    return _placeholder(_value(m, text)) or not looks_random(_value(m, text))


# a line comment: what it says first, up to a clause's end
_COMMENT_CLAUSE = re.compile(r"[^,;:()\n.!?]{1,40}")
_LITERAL = re.compile(r"(?P<q>[\"'`])(?P<s>[A-Za-z0-9+/=_.~-]{16,512})(?P=q)")
_VERBS = frozenset(["fix", "fixes", "fixed", "rotate", "rotates", "rotated", "bump", "check", "refresh", "todo"])


def _commented_literal(m: re.Match[str]) -> tuple[int, int] | None:
    """The literal a trailing comment names: `client('APPID', '<hex>'); // admin key, server side only`.

    The comment's first clause is a name for a secret of at most four words ending in its secret
    word (`admin key`, `the webhook secret`; not `cache key`, `public key`, `fixes the token`), and
    the literal, the last quoted one before the comment on its line, is machine-made.
    """
    clause = _COMMENT_CLAUSE.match(m.string, m.end())
    if clause is None:
        return None
    ws = words(clause.group())
    if not 1 <= len(ws) <= 4 or ws[0] in _VERBS or secret_kind("_".join(ws)) is None:
        return None
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    found = None
    for literal in _LITERAL.finditer(m.string, max(line_start, m.start() - 400), m.start()):
        found = literal
    if found is None or not looks_random(found.group("s")):
        return None
    return found.span("s")


# A value typed into a form field that the call names as a secret's: `{"selector": "#password", "text": "x"}`,
# `fill_field(field="ssn", value="x")`, `browser.type(selector="#pwd", text="x")`. The field's name says
# what the value is, whatever the tool: a password's word, or an id's or a card's (below).
_FIELD_KEYS = r"selector|field|field_?name|name|key|label|element|locator|target|input_?name|ref|id"
_VALUE_KEYS = r"value|text|keys|data|content|fill|input|answer|string"
_ID_FIELDS = re.compile(
    r"(?:ssn|social[ _-]?security(?:[ _-]?(?:number|no))?|itin|tax[ _-]?id|cvv2?|cvc|csc|security[ _-]?code"
    r"|card[ _-]?(?:number|num|no)|cardnumber|cc[ _-]?(?:number|num|no)|iban|account[ _-]?(?:number|no)|pin"
    # a person's id in a national form's field: `input[name=cpf]`, `#idCard`, `passport_no`
    r"|cpf|dni|nie|nif|nir|bsn|pesel|aadhaar|pan|personnummer|tckn|snils|id[ _-]?card|id[ _-]?number|national[ _-]?id"
    r"|passport(?:[ _-]?(?:no|number|num))?|steuer[ _-]?id|idnumber)"
)
# a security question's answer typed or stored: any value is the secret
_ANSWER_FIELDS = re.compile(r"(?:security|secret|memorable)[ _-]?(?:answer|word)|mothers?[ _-]?maiden(?:[ _-]?name)?")
_FIELD_TOKENS = re.compile(r"[A-Za-z0-9_-]+")


_DOCUMENT_NAME = re.compile(rf"(?<![a-z])(?:{_DOCUMENTS})")


def _names_a_document(token: str) -> bool:
    """A field named for a person's id or document by its words (`#travelDoc_passportNumber`, `input#tfn`,
    `versichertennummer`): an id national_ids.py checks, or a document documents.py reads under its label."""
    said = " ".join(words(token))
    if id_check(token) is not None:  # `steuer_id`, `taj_szam`: an id's name of two words as one field
        return True
    return any(id_check(w) is not None for w in said.split()) or _DOCUMENT_NAME.search(said) is not None


def _spare_field_value(m: re.Match[str], text: str) -> bool:
    """The field's name must name a secret, and the value be one, not a label or a placeholder."""
    value = _value(m, text)
    if _placeholder(value) or names_a_secret(value):
        return True
    # the field's name as written (the rule reads the lower-cased text): `#userPw` is `user pw`
    for token in _FIELD_TOKENS.findall(text[m.start("k") : m.end("k")]):
        if _ID_FIELDS.fullmatch(token.lower()) or _names_a_document(token):
            return sum(c.isdigit() for c in value) < 3  # an id or a card's number holds digits
        if _ANSWER_FIELDS.fullmatch(token.lower()):
            return len(value) < 2
        if secret_kind(token) is not None:
            return any(c.isspace() for c in value) or len(value) < 4
    return True


# basic auth given as a pair in a call's arguments: `"auth": ["user", "pw"]`, `auth=("key", "x")`; an API
# key sent as the user with an empty or a dummy password (BambooHR's "x", Greenhouse's "") is the secret then
_AUTH_PAIR = re.compile(
    r"(?<![\w])[\"']?auth[\"']?[ \t]*[:=][ \t]*[\[(][ \t]*(?P<qu>[\"'])(?P<u>[^\"'\n]{1,200})(?P=qu)[ \t]*,[ \t]*"
    r"(?P<qp>[\"'])(?P<p>[^\"'\n]{0,200})(?P=qp)[ \t]*[\])]"
)
_DUMMY_PASSWORDS = frozenset(("", "x", "X", "-", "api_token", "apikey", "token", "unused"))


def _auth_pair_span(m: re.Match[str]) -> tuple[int, int] | None:
    password = m.group("p")
    if password in _DUMMY_PASSWORDS:
        user = m.group("u")
        return m.span("u") if looks_random(user) or looks_like_token(user) else None
    if _placeholder(password) or password.startswith("[REDACTED") or len(password) < 4:
        return None
    return m.span("p")


CALL_RULES: tuple[_Rule, ...] = (
    _Rule(
        "secret",
        _AUTH_PAIR.pattern,
        ("auth",),
        spare=lambda m, text: _auth_pair_span(m) is None,
        span_of=lambda m: _auth_pair_span(m) or m.span(),
    ),
    # a value typed into a field named as a secret's (above): the field's pair, then the value's
    _Rule(
        "secret",
        rf"(?<![\w])[\"']?(?:{_FIELD_KEYS})[\"']?[ \t]*[:=][ \t]*(?P<qk>[\"'])(?P<k>[^\"'\n]{{1,80}})(?P=qk)[ \t]*,"
        rf"[ \t]*[\"']?(?:{_VALUE_KEYS})[\"']?[ \t]*[:=][ \t]*{_QUOTED}",
        ("selector", "field", "name", "key", "label", "element", "locator", "target", "input", "ref", "id"),
        on_lower=True,
        spare=_spare_field_value,
        kind_of=lambda m, text: "password" if secret_kind(m.group("k").strip("#.")) else "secret",
    ),
    # a literal named by its line's trailing comment (`'<hex>'); // admin key`, `"…"  # prod api token`)
    _Rule(
        "secret",
        r"(?<=[\"'`;,) \t])(?://|#)[ \t]*",
        ("//", "#"),
        spare=lambda m, text: _commented_literal(m) is None,
        span_of=lambda m: _commented_literal(m) or m.span(),
    ),
    # CREATE USER u IDENTIFIED BY 'x', ALTER ROLE r WITH PASSWORD 'x', CONNECT TO db USER u USING x
    _Rule(
        "password",
        r"(?<![\w])(?:identified[ \t]+(?:with[ \t]+\w+[ \t]+)?by[ \t]+(?:password[ \t]+)?"
        r"|(?:with|role|user)[^;\n]{0,80}?[ \t](?:encrypted[ \t]+)?password[ \t]+(?=['\"])"
        r"|user[ \t]+[\w$.@\\-]+[ \t]+using[ \t]+"
        r"|set[ \t]+password(?:[ \t]+for[ \t]+[^=\n;]{1,80}?)?[ \t]*=[ \t]*(?:password\([ \t]*)?(?=['\"]))"
        rf"(?:{_QUOTED}|{_NOT_MARKER}(?P<s2>[^\s'\";]+))",
        ("identified", "password", "using"),
        on_lower=True,
        spare=lambda m, text: _placeholder(_value(m, text)) or _value(m, text).startswith(("?", ":")),
    ),
    # define('DB_PASSWORD', 'x'), setdefault("API_TOKEN", "x"), ("client_secret", "x")
    _Rule(
        "secret",
        rf"(?P<k>{_HINTS}[a-z0-9_.-]{{0,60}})\]?[\"'][ \t]*(?:,|=>)[ \t]*{_QUOTED}",
        HINT_GATES,
        on_lower=True,
        spare=_spare_pair,
        kind_of=lambda m, text: "secret",
    ),
    # new PDO($dsn, 'user', 'x'), mysqli_connect(host, user, 'x'), getConnection(url, "u", "x")
    _Rule(
        "password",
        r"(?<![\w])(?:pdo|mysqli|mysqli_connect|mysql_connect|mysql_pconnect|getconnection|ldap_bind|ftp_login|connect"
        r"|imap_open|ssh2_auth_password|odbc_connect|pg_connect_user)"
        rf"[ \t]*\([ \t]*{_ARG}[ \t]*,[ \t]*{_ARG}[ \t]*,[ \t]*{_QUOTED}",
        ("pdo", "mysql", "connect", "bind", "login", "imap_open", "ssh2_auth"),
        on_lower=True,
        spare=lambda m, text: _placeholder(_value(m, text)),
    ),
    # any call whose first argument is a database DSN, then a user, then a literal: the password, as a
    # stack trace prints it (`PDO->__construct('mysql:host=db;d...', 'shop', 'x')`) or code passes it
    _Rule(
        "password",
        r"\([ \t]*[\"'](?:mysql|pgsql|postgres(?:ql)?|sqlsrv|dblib|oci|odbc|ibm|informix|firebird|mongodb(?:\+srv)?"
        r"|redis|jdbc:[a-z0-9]+|amqp):[^\"'\n]{1,300}[\"'][ \t]*,[ \t]*"
        rf"{_ARG}[ \t]*,[ \t]*{_QUOTED}",
        (
            *("mysql:", "pgsql:", "postgres", "sqlsrv:", "dblib:", "oci:", "odbc:", "ibm:", "informix:"),
            *("firebird:", "mongodb", "redis:", "jdbc:", "amqp:"),
        ),
        on_lower=True,
        spare=lambda m, text: _placeholder(_value(m, text)) or len(_value(m, text)) < 4,
    ),
    # a literal given to a call named for a secret: Keypair.fromSecretKey(bs58.decode('x')),
    # client.setApiKey("x"), withPassword('x'), auth.useToken("x"), new BasicCredentials("u", "x")
    _Rule(
        "secret",
        r"(?:secret|key|token|password|passwd|passphrase|credentials?|apikey)(?=[a-z0-9_]{0,20}[ \t]*\()"
        r"[a-z0-9_]{0,20}[ \t]*\((?:[^()\"'\n;]{0,80}?(?:\(|,)[ \t]*)?[rbu]?"
        rf"(?P<q>[\"']){_NOT_MARKER}(?P<s>[^\"'\s]{{8,512}})(?P=q)",
        ("secret", "key", "token", "pass", "credential"),
        on_lower=True,
        spare=lambda m, text: _spare_setter_call(m, text),
    ),
    # a literal given to a call named for logging in or authenticating: client.login('x'),
    # .bearer_auth("x"), ConfidentialAppAuthClient("<id>", "x"), authenticate(user, "x"), sign_in("u", "x")
    _Rule(
        "secret",
        r"(?:login|logon|signin|sign_in|auth|credentials?)(?=[a-z0-9_]{0,24}[ \t]*\()[a-z0-9_]{0,24}[ \t]*\("
        r"(?:[ \t]*(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|[\w.$]{1,80})[ \t]*,){0,3}[ \t]*[rbu]?"
        rf"(?P<q>[\"']){_NOT_MARKER}(?P<s>[^\"'\s]{{6,512}})(?P=q)[ \t]*\)",
        ("login", "logon", "signin", "sign_in", "auth", "credential"),
        on_lower=True,
        spare=lambda m, text: _spare_auth_call(m, text),
    ),
    # ConvertTo-SecureString "x" -AsPlainText, NetworkCredential("user", "x")
    _Rule(
        "password",
        rf"convertto-securestring[ \t]+(?:-string[ \t]+)?{_QUOTED}"
        rf"|networkcredential\([ \t]*{_ARG}[ \t]*,[ \t]*(?P<q2>[\"']){_NOT_MARKER}(?P<s2>[^\"'\n]+)(?P=q2)",
        ("securestring", "networkcredential"),
        on_lower=True,
        spare=lambda m, text: _placeholder(_value(m, text)),
    ),
    # cohere.Client("x"), SomeApi("x"): a random token as a client's first argument
    _Rule(
        "token",
        r"(?:client|api|sdk)(?:_?v?[0-9])?\([ \t]*(?:api_?key[ \t]*=[ \t]*)?"
        r"[\"'](?P<s>[A-Za-z0-9_+/=.-]{16,100})[\"'][ \t]*[,)]",
        ('("', "('"),
        flags=re.IGNORECASE,
        spare=_spare_client_token,
    ),
    # the key of a signing or encryption call, whatever its position: jwt.sign(payload, 'x'),
    # jwt.encode(claims, "x", algorithm="HS256"), crypto.createHmac('sha256', 'x'), hmac.new(b'x', msg),
    # Fernet(b'x'), new SecretKeySpec("x".getBytes(), "HmacSHA256"), AES.new(b'x', AES.MODE_GCM)
    _Rule(
        "secret",
        r"(?<![\w])(?:jwt\.(?:sign|encode|decode|verify)|jwt_encode|jwt_decode|createhmac|hmac\.new|hmac\.digest"
        r"|new[ \t]+hmacsha\d+|hmacsha\d+\.new|fernet|secretkeyspec|aes\.new|cipher\.new|createcipheriv)[ \t]*\("
        rf"(?:[^;\n\"'()]|\([^()\n]*\)|\"[^\"\n]*\"|'[^'\n]*')*?[rbu]?(?P<q>[\"']){_NOT_MARKER}"
        r"(?P<s>[^\"'\s]{16,512})(?P=q)",
        ("jwt", "hmac", "fernet", "secretkeyspec", "aes.new", "cipher"),
        on_lower=True,
        spare=lambda m, text: _spare_key_literal(_value(m, text)),
    ),
    # a key given through a decoding call: `var key = Convert.FromBase64String("x")`,
    # `secret = base64.b64decode('x')`, `aes_key = bytes.fromhex('x')`, `Buffer.from('x', 'base64')`
    _Rule(
        "secret",
        r"(?:frombase64string|b64decode|urlsafe_b64decode|decodebase64|fromhex|unhexlify|decodestring|decodebytes"
        r"|buffer\.from|hex\.decode|parsehexbinary|getdecoder\(\)\.decode)[ \t]*\([ \t]*[rbu]?"
        rf"(?P<q>[\"']){_NOT_MARKER}(?P<s>[^\"'\s]{{16,512}})(?P=q)",
        ("base64", "fromhex", "unhexlify", "decode", "buffer.from", "hexbinary"),
        on_lower=True,
        spare=lambda m, text: _spare_decoded_key(m, text),
    ),
    # expect "password:" / send "x\r"; child.expect('Passphrase'); child.sendline('x')
    _Rule(
        "password",
        r"expect[^\n]{0,80}?(?:pass|pin|secret|token|contrase|senha|wort|mot de)[^\n]*\n[ \t]*[\w.]*?"
        rf"send(?:line)?[ \t(]*(?P<q>[\"']){_NOT_MARKER}(?P<s>[^\"'\n]+?)(?:\\[rn])*(?P=q)",
        ("expect",),
        on_lower=True,
        spare=lambda m, text: _placeholder(_value(m, text)),
    ),
)
