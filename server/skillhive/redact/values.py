"""`key = value` secrets: the keywords, separator and value they are matched by, and which matches to spare.

Also the marker kind a key names (`_key_kind`) and the `Authorization:` / `auth` predicates.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from skillhive.redact.encoded import _is_b64_user_pass
from skillhive.redact.engine import _NOT_MARKER, _TRAILING_PUNCT, _span
from skillhive.redact.judge import looks_like_credential, looks_random
from skillhive.redact.lexicon import DIGEST_WORDS, alternation
from skillhive.redact.words import _NOT_A_CREDENTIAL_TOKEN, names_a_secret, secret_kind, words

_PLACEHOLDER = re.compile(
    r"""(?ix)
    [*x.•\#_-]+                                   # ****, xxxx, ...
    | <[^>]*> | \{\{.*\}\} | \$\{?\w+\}? | %\(?\w+\)?s? | %\w+%   # <token>, {{ x }}, $X, ${X}, %X%
    | your[_-][\w-]* | [\w-]+[_-](?:here|aqui|aquí|hier|ici|qui|qua|tutaj|tady|burada|здесь|тут|tähän|här)
    | (?:[a-z0-9]{1,10}[_-]){1,3}(?:\.{2,}|…) | (?-i:[A-Z0-9]{2,8})(?:\.{3,}|…)  # sk-ant-..., ghp_…, AKIA...
    | \*+[a-z][a-z_*\x20-]*\*+                     # *SENSITIVE*DATA*DELETED*, ***hidden***: a mask in words
    | none|null|nil|true|false|undefined|str|string|int|bool|bytes|optional|any|secretstr
    | (?:%[-+\x20\#0]*[0-9]*[sdrif]|\{\w*\}|[:@/.,\x20_-])+   # '%s:%s', '{user}:{password}', {token}
    | change[-_]?(?:me|it|this)|replace[-_]?me|placeholder|example|sample|dummy|redacted|masked|todo|tbd|fixme
    | \[[a-z\x20_-]{1,24}\] | \(hidden\) | \(sensitive(?:\x20value)?\)     # [REDACTED], Terraform's (sensitive)
    | \[(?:in|see|stored[\x20]in|im|dans|en|nel)\x20[^\]\n]{1,30}\]         # [in 1Password], [see vault]
    | (?:my|your|the|db|some)?[-_]?(?:password|passwd|pass|pwd|secret|token|api[-_]?key)   # user:password@
    | (?-i:[A-Z_]*(?:PASS|PWD|TOKEN|KEY|SECRET|CRED)[A-Z_]*)   # a metavar: --password PASSWORD
    """
)
_CODE_NAME = re.compile(r"(?i:[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+)|[a-z][a-z0-9_]*_[a-z0-9_]*")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# GraphQL / TypeScript / Kotlin types: `String!`, `[String!]!`, `String?`, `Map<String, String>`
_TYPE_NAME = re.compile(r"\[?[A-Z][A-Za-z_.]*(?:<[\w, .<>]*>)?(?:[!?]\]?[!?]?|\][!?]?|(?<=>))")
_SCALAR_TYPES = frozenset(["String", "Int", "Float", "Boolean", "Bool", "ID", "Bytes", "Str", "Text", "UUID", "Any"])
_CODE_KEYWORDS = frozenset(
    ["await", "try", "new", "yield", "lambda", "async", "typeof", "not", "await!", "try!", "try?", "go", "do"]
)
_CIPHERTEXT = ("ENC[", "vault:v1:", "vault:v2:", "$ANSIBLE_VAULT", "AQICAH")
_ENCRYPTED_PARENTS = frozenset(["encrypteddata", "encrypted_data", "encrypted", "ciphertext"])
_KEY_ID = re.compile(r"(?:0x)?[0-9A-Fa-f]{8,16}")
_CODE_AFTER_VALUE = re.compile(r"[ \t]*[,)=\]|]")  # `x_pass: ShrinkPass,` is a type annotation
_WEAK_KEYS = frozenset({"pass", "pw", "pwd"})  # on their own, as likely a word's as a password's
_SHORT_WORD = re.compile(r"[A-Za-z]{1,7}")
_WORD = re.compile(r"[^\W\d_]+")  # letters of any language (`Mindestlänge`)
_PROSE_GOES_ON = re.compile(r"[ \t]+[^\W\d_]")
# (its first segment, after a leading `/`, mixes digits and both cases: `/QIvD…` is a key, `/Users/x` a path)
_B64_KEY = re.compile(r"(?=/?[^/]*[0-9])(?=/?[^/]*[A-Z])(?=/?[^/]*[a-z])[A-Za-z0-9+/]{30,}={0,2}")
# a vendor token with an underscore (`squ_d35d0e86…`) is not a code name: long, digits and letters mixed
_TOKENISH = re.compile(r"(?=(?:[^0-9]*[0-9]){6})[a-z0-9_]{20,}")
_BLOCK_SCALAR = re.compile(r"[|>][-+]?[0-9]?")
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")


# a reference to where a secret is kept, not the secret: `vault:secret/data/db#password`,
# `op://Private/db/password`, `ssm:/prod/db/password`, `secretsmanager:prod/db:password::`
_REFERENCE = re.compile(r"[a-z][a-z0-9+.-]{1,24}:(?://)?/?[\w.@-]+(?:[/#:]+[\w.@-]*)+")
_REFERENCE_PART = re.compile(r"[A-Za-z][a-z]*(?:[_.@-]*(?:[A-Za-z][a-z]*|[0-9]{1,4}))*|[0-9]{1,12}|")


def is_reference(value: str) -> bool:
    """`scheme:path/to#field` made of words: a reference to a secret store (`vault:`, `op://`, `arn:`)."""
    if not _REFERENCE.fullmatch(value) or ("/" not in value and "#" not in value and "::" not in value):
        return False
    return all(_REFERENCE_PART.fullmatch(part) for part in re.split(r"[/#:]+", value))


_YAML_TAG = re.compile(r"!!?[A-Za-z][A-Za-z_.:-]*")  # !Ref, !Sub, !GetAtt, !vault, !secret, !env_var, !!binary
# words of a UI string or a message, not of a passphrase (diceware words are nouns and verbs)
_GLUE = frozenset(
    (
        *("your", "you", "the", "to", "at", "least", "enter", "forgot", "must", "is", "of", "for", "please"),
        *("invalid", "incorrect", "required", "characters", "confirm", "new", "current", "reset", "show"),
        *("hide", "a", "an", "and", "or", "not", "be", "are", "was", "with", "this", "here", "click"),
    )
)
_SECRET_WORDS = frozenset(["password", "passwords", "passphrase", "token", "key", "secret", "pin", "code"])


def _is_ui_text(value: str) -> bool:
    """`Forgot your password?`, `Enter the token`, `At least 12 characters`: prose shown to a user."""
    said = [w.strip(".,:;!?()'\"").lower() for w in value.split()]
    if len(said) < 2:
        return False
    return any(w in _GLUE or w in _SECRET_WORDS for w in said) and sum(w.isalpha() for w in said) * 2 > len(said)


_YAML_PARENT = re.compile(r"-?[ \t]*[\"']?([A-Za-z_][\w.-]{0,60})[\"']?:")


def parent_name(text: str, start: int) -> str:
    """The name of the object a bare name sits in: `"Jwt": { "Key": …` and `jwt:\n  key: …` -> `Jwt`.

    Looks back a bounded way (400 characters, 12 lines), so that many bare names cost linear time.
    """
    floor = max(0, start - 400)
    brace = text.rfind("{", floor, start)
    # a PHP array (`'crypt' => [ 'key' => … ]`) or a Lua/Perl table opened by `=> [`/`= [` is an object too
    square = text.rfind("[", floor, start)
    if square > brace and text.find("]", square, start) < 0 and re.search(r"(?:=>|=)[ \t]*$", text[floor:square]):
        brace = square
    if brace >= 0 and text.find("}" if text[brace] == "{" else "]", brace, start) < 0:
        head = text[max(floor, brace - 80) : brace].rstrip(" \t\r\n:=>\"'")
        i = len(head)
        while i > 0 and (head[i - 1] in _KEY_CHARS):
            i -= 1
        return head[i:]
    line_start = text.rfind("\n", floor, start) + 1
    if line_start == 0 and floor > 0:
        return ""  # a line longer than the window: no YAML indentation to read
    before = text[line_start:start]
    indent = len(before) - len(before.lstrip(" \t-"))
    if indent == 0:  # at the top level of a YAML document: no parent
        return ""
    end = line_start - 1
    for _ in range(12):
        if end <= 0:
            break
        prev = text.rfind("\n", 0, end) + 1
        line = text[prev:end]
        stripped = line.lstrip(" \t")
        if stripped and len(line) - len(stripped) < indent:
            parent = _YAML_PARENT.match(stripped)
            return parent.group(1) if parent and stripped.rstrip().endswith(":") else ""
        end = prev - 1
    return ""


def _spare_placeholder(m: re.Match[str], text: str) -> bool:
    return bool(_PLACEHOLDER.fullmatch(text[slice(*_span(m))].strip("'\"")))


def _key_start(m: re.Match[str], text: str) -> int:
    start = m.start("k")
    while start > 0 and text[start - 1] in _KEY_CHARS:
        start -= 1
    return start


def _key_name(m: re.Match[str], text: str) -> str:
    """The whole key a keyword sits in: `DB_PASSWORD`, `x-api-key`, `client_secret`."""
    return text[_key_start(m, text) : m.end("k")].lstrip("-.")


def _is_path(value: str) -> bool:
    """`/x/y`, `~/x`: a path, unless it is a base64 key that happens to start with `/`."""
    if value[0] != "/" or not _B64_KEY.fullmatch(value):
        return True
    return value.count("/") * 16 > len(value)  # base64 has a `/` in 64 characters, a path many


_DOTFILE = re.compile(r"\.{1,2}(?:/.*)?|\.[a-z0-9_][a-z0-9_.-]*(?:/.*)?")  # `.env.local`, `../x`, `.ssh/id`
_URL_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}")
_FORMAT_OR_VARIABLE = re.compile(r"%(?:[-+ #0-9.]*[sdifrxXeEgGcou%({]|\w+%)")


def _leads_a_password(value: str) -> bool:
    """A password's first character may be one a path, a flag or a reference starts with: URL-encoded
    (`%26Vd…` in a form body) or a `.` that starts no dotfile name (`.M0z…+2`, not `.env.local`)."""
    if _URL_ENCODED.match(value):
        return not value.startswith(("%2F", "%2f")) and looks_like_credential(unquote(value))
    if value[0] == ".":
        return not _DOTFILE.fullmatch(value) and looks_like_credential(value[1:])
    if value[0] == "%":  # `%RoT…@6N…`: no format (`%s`, `%(x)s`) nor Windows variable (`%APPDATA%`)
        return not _FORMAT_OR_VARIABLE.match(value) and looks_like_credential(value[1:])
    return False


def _random_part(value: str) -> bool:
    """`dt0c01.KUN7IWVC…`, `vendor_live_9fQ2…`: a dotted or joined name with a machine-made part is a token."""
    return any(len(part) >= 16 and looks_random(part) for part in re.split(r"[._]", value))


# a name that says its value is a digest of what follows it: `checksum/secret`, `sha256_of_token`, `hash-password`
_DIGEST_OF = re.compile(rf"(?i:(?:{alternation(DIGEST_WORDS)})(?:[-_/.](?:of[-_])?)?)$")
_HEX_DIGEST = re.compile(
    r"(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})"
)


_DOTTED_NAME = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+")
# the kinds of value a service issues (random, never a word a person picked, as a password may be)
_ISSUED_KINDS = frozenset(("api-key", "token"))


def _spare_value(m: re.Match[str], text: str) -> bool:
    """A `key = value` whose value is code, a placeholder, a path or a word: not a secret."""
    start, end = _span(m)
    value = text[start:end]
    if value.endswith("!") and _DOTTED_NAME.fullmatch(value, 0, len(value) - 1):
        return True  # `process.env.AWS_SECRET_ACCESS_KEY!`: TypeScript's non-null assertion on a reference
    if _PLACEHOLDER.fullmatch(value) or value.startswith("arn:") or is_reference(value) or names_a_secret(value):
        return True  # an ARN, a vault path names a secret, it is not one
    if value.startswith(_CIPHERTEXT) or parent_name(text, _key_start(m, text)).lower() in _ENCRYPTED_PARENTS:
        return True  # SOPS `ENC[…]`, Vault transit `vault:v1:…`, a SealedSecret's `encryptedData`: ciphertext
    if _BLOCK_SCALAR.fullmatch(value):  # `password: |`: the value is on the lines below (named.py)
        return True
    sep = m.group("sep")
    if sep == ">":  # <password>value</password>: only inside an element of that name
        key_start = m.start("k")
        return not (text.startswith("</", end) and key_start > 0 and text[key_start - 1] in "<:_-.")
    if m.group("k").startswith("sig"):  # a URL signature: short values are not one
        # a header's signature (`X-Hub-Signature-256: sha256=…`) is a MAC of one request, not a key
        return len(value) < 16 or sep.strip() == ":"
    key_start = _key_start(m, text)
    if text.startswith("::", key_start - 2) and sep.strip() != "=":  # AWS::Route53::KeySigningKey: a type
        return True
    if text.startswith("${", key_start - 2) and value[:1] in "?-":  # ${DB_PASSWORD:?set it in .env}
        return True
    if (
        key_start > 0
        and text[key_start - 1] == ":"
        and "arn:" in "".join(text[max(0, key_start - 120) : key_start].split()[-1:])
    ):
        return True  # arn:aws:secretsmanager:…:secret:prod/db is the secret's name
    if m.groupdict().get("q") == "`" and value[:1].isspace():
        return True  # "fill in `API_KEY=` with your key. Don't commit the `.env`": the backtick closed the code
    if _DIGEST_OF.search(text, max(0, key_start - 24), m.start("k")) and _HEX_DIGEST.fullmatch(value):
        return True  # `checksum/secret: 9f86…` (a pod's annotation), `sha256_of_token = …`: a digest of it, not it
    key = text[key_start : m.end("k")].lstrip("-.")
    key_words = words(key)
    if len(key_words) >= 2 and (
        (key_words[-2] in _NOT_A_CREDENTIAL_TOKEN and key_words[-1] == "token") or key_words[-2] == "existing"
    ):
        return True  # `NextToken` (a page's cursor), `existingSecret: app-postgres` (which stored Secret to use)
    if value.startswith(("\\n", "\\r", "\\t")):
        return True  # `"API_KEY=\nDB_PASSWORD=\n# fill…"` in JSON: the value is empty, the line ended
    if key.lower().startswith(("from_", "from-", "use_", "ref_", "fromsecret", "usesecret")):
        return True  # `from_secret: staging_deploy`: which stored secret to use, by its name
    if key.lower() in _WEAK_KEYS and _WORD.fullmatch(value):  # 'pass': 'bandpass'
        return True
    name, named = key.rsplit(".", 1)[-1].lower().lstrip("_"), value.lower().lstrip("_")
    if named == name or name.endswith("_" + named):
        return True  # self.token = token, self._pwd = pwd, signing_key = key, X_KEY = "X_KEY"
    if value.startswith(("$(", "${", "`")) or (_YAML_TAG.fullmatch(value) and text[end : end + 1] in (" ", "\t")):
        return True  # `$(cat /run/secrets/db)`, `!Ref DbPassword`, `!vault |`: substituted or resolved later
    if value.rstrip(":") in _CODE_KEYWORDS and text[end : end + 1] == " ":
        return True  # `token = await getToken()`, `password = new String(…)`: code, the value comes later
    if _is_ui_text(value):
        return True  # "Forgot your password?", "At least 12 characters": a label, a hint, a message
    if value.isalpha() and value.islower() and len(value) <= 12 and secret_kind(key) in _ISSUED_KINDS:
        return True  # `API_KEY = "hardcoded"`, `token: "dummy"`: a word; an issued key or token is never one
    if m.start("q") >= 0:  # a quoted value was written on purpose: only placeholders are spared
        return False
    value = value.rstrip(_TRAILING_PUNCT) or value
    if (
        (value[0] in "~.-$%{" and not _leads_a_password(value))
        or (value[0] == "/" and _is_path(value))
        or (_CODE_NAME.fullmatch(value) and not _TOKENISH.fullmatch(value) and not _random_part(value))
    ):
        return True  # a path, a flag, a reference ($X), token=self.token, api_key=api_key
    if (
        sep.strip() == ":"
        and _TYPE_NAME.fullmatch(value)
        and (_CODE_AFTER_VALUE.match(text, end) or value.strip("[]!?") in _SCALAR_TYPES)
    ):
        return True  # `password: String!`, `token: string | null`, `[String!]!`: a type, not a value
    if _IDENTIFIER.fullmatch(value) and (
        (key.startswith(("self.", "this.", "cls.", "_")) and not looks_random(value))  # self._client_key = keyfile
        or (sep.strip() == ":" and not any(c.isdigit() for c in value) and _CODE_AFTER_VALUE.match(text, end))
    ):
        return True
    if m.group("k").startswith("key") and _KEY_ID.fullmatch(value):
        return True  # `signingkey = 3A9F0C1D2B4E5F60`: a GPG key's id; a secret key is longer
    if value.isdigit() and len(value) < 6:
        return True  # `token: 5` is a count
    if sep.strip() != ":" or not _WORD.fullmatch(value):
        return False
    # `Password: required for login`, `secret: word`: prose (or YAML) more often than a secret.
    return bool(_SHORT_WORD.fullmatch(value) or _PROSE_GOES_ON.match(text, end))


def _spare_bare_auth(m: re.Match[str], text: str) -> bool:
    """`Authorization: required` is prose; without a scheme the value must look like a credential. With
    one, a placeholder (`Bearer YOUR_API_KEY`) is still none."""
    if m.start("scheme") >= 0:
        return _PLACEHOLDER.fullmatch(text[slice(*_span(m))]) is not None
    value = text[slice(*_span(m))]
    if len(value) >= 8 and any(c.isdigit() for c in value):
        return False
    return not _is_b64_user_pass(value)  # `Authorization: dXNlcjpwYXNz` is Basic without the word


def _spare_auth(m: re.Match[str], text: str) -> bool:
    if m.start("s") >= 0:
        return _spare_bare_auth(m, text)
    return not _is_b64_user_pass(text[slice(*_span(m))])  # "auth": "<base64 user:password>"


def _key_kind(key: str) -> str:
    key = key.lower()
    if "pass" in key or "pwd" in key or key.endswith(("_pw", "-pw", ".pw")) or key == "pw":
        return "password"
    if key.endswith(("sig", "signature")):
        return "signature"
    if "token" in key:
        return "token"
    if "key" in key:
        return "api-key" if "api" in key else "secret"
    if "auth" in key or "cookie" in key or "session" in key:
        return "authorization"
    return "secret"


def _kind_from_key(m: re.Match[str], text: str) -> str:
    return _key_kind(_key_name(m, text))


def _auth_kind(m: re.Match[str], text: str) -> str:
    if m.start("s") < 0:
        return "basic-auth"  # a Docker or npm `auth` field
    scheme = (m.group("scheme") or "").lower()
    if not scheme and _is_b64_user_pass(text[slice(*_span(m))]):
        return "basic-auth"
    return {"bearer": "bearer-token", "basic": "basic-auth"}.get(scheme, "authorization")


# Keywords start with a literal; `key` counts only after one of these words.
_KEY_AFTER = (
    "api",
    "access",
    "private",
    "app",
    "secret",
    "account",  # Azure `AccountKey=`
    "encryption",
    "signing",
    "master",
    "subscription",
    "license",
    "auth",
)
# `>`: <password>value</password>; `==` is a comparison, not an assignment
# `=`, `:`, `=>`, `:=`, `?=` (Make), `||=` (Ruby), `??=` (JS), `+=`, `<-` (R), and a typed declaration
# (`api_key: str = …`, `const TOKEN: &str = …`, `let secret: String = …`, `const KEY: &[u8] = b"…"`)
OPERATOR = (
    r"(?:=>|:=|\?\?=|\|\|=|[?+]=|<<?-(?![-\d])"
    r"|:[ \t]*[&*]?(?:'[a-z]+[ \t]+)?\[?[A-Za-z_][\w:<>\[\],.|?]{0,40}[ \t]+=(?![=>])|[:=](?!=))"
)
_SEP = rf"(?P<sep>[ \t]*{OPERATOR}[ \t]*|>)"
# One rule per keyword, each starting with its literal: six literal scans cost less than one
# search for any of p, s, t or k. `(?P<k>…)` is the keyword; the key around it is `_key_name`.
_SECRET_KEYWORDS = (
    # password, passwd, passphrase; DB_PASS, smtp.pass; a bare `pass=` or a JSON "pass" key
    r"pass(?:word|wd|phrase|(?<=[_.-]pass)|(?<![a-z0-9_.-]pass)(?=[ \t]*=)|(?<=[\"']pass)(?=[\"']))",
    r"pw(?:d|(?<=[_.-]pw))",  # MYSQL_PWD, SMTP_PW
    r"secret",
    r"token",
    # `key` only after one of _KEY_AFTER, checked once a separator follows
    r"key(?=(?:_base)?[\"']?[ \t]*[:=>])(?:"
    + "|".join(f"(?<={w}{sep}key)" for w in _KEY_AFTER for sep in ("", "_", "-"))
    + ")",
    r"sig(?:(?<=[?&;]sig)|nature(?<=[?&;-]signature))",  # SAS `&sig=`, `X-Amz-Signature=`
)
# The value after `key = `: quoted (up to the closing quote, after a string prefix such as Python's
# `f`) or bare (up to a delimiter). The bare form is possessive so `password=getpass()` cannot
# back off to `getpas` and dodge the `(` check.
_VALUE = (
    # a literal through a conversion to bytes or a string (`[]byte("x")`, `bytes("x", "utf-8")`, `Buffer.from("x")`)
    rf"""(?:(?:(?i:\[\]byte|bytes|bytearray|buffer\.from|string|str)\((?=["'`]))?"""
    rf"""(?:[rbfun]{{1,2}}(?=["']))?(?P<q>["'`]){_NOT_MARKER}(?P<s>(?:(?!(?P=q))[^\\\n]|\\.){{1,4096}})(?P=q)"""
    # ODBC's `PWD={x};`: braces quote a value that holds `;`
    rf"""|\{{{_NOT_MARKER}(?P<s3>[^{{}}\s"':]{{1,512}})\}}(?=[;"']|$)"""
    # after `key: ` (YAML, prose) `&` is part of the value, not a query string's separator
    rf"""|(?<=:[ \t]){_NOT_MARKER}(?P<s4>(?=[^\s&]*&)[^\s"'`,;<>()\[\]{{}}]{{1,4096}}+)(?![(\[])"""
    # not `\"` (a quote escaped inside a JSON string, as a notebook's source holds code): the JSON layer reads it
    rf"""|{_NOT_MARKER}(?!\\["'])(?P<s2>[^\s"'`,;&<>()\[\]{{}}]{{1,4096}}+)(?![(\[]))"""
)
