"""Secrets known by the shape of their line rather than a name: URL userinfo, `Authorization` with any
scheme, cookies, `.pgpass` and `email:password` lines, `auth=(user, password)`, SMTP `AUTH PLAIN`,
webhook URLs of several vendors.
"""

from __future__ import annotations

import re

from skillhive.redact.commands import _words_first
from skillhive.redact.encoded import _USER_PASS, _b64_text
from skillhive.redact.engine import _NOT_MARKER, _Rule, _span
from skillhive.redact.judge import (
    common_password,
    looks_like_credential,
    looks_like_passphrase,
    looks_like_token,
    looks_random,
    looks_random_long,
    looks_random_one_case,
)
from skillhive.redact.lexicon import DIGEST_WORDS, PASSWORD_CONCEPT, PASSWORD_MANAGERS
from skillhive.redact.values import _CIPHERTEXT, _ENCRYPTED_PARENTS, _PLACEHOLDER, _is_ui_text, parent_name
from skillhive.redact.wire import india_postal_pin
from skillhive.redact.words import _ID_KEY_QUALIFIERS, names_a_secret, secret_kind

_KNOWN_SCHEMES = frozenset(
    ["bearer", "basic", "token", "bot", "digest", "negotiate", "ntlm", "ssws", "apikey", "api-key", "splunk", "key"]
)
_COOKIE_ATTRIBUTES = frozenset(
    ["path", "domain", "expires", "max-age", "samesite", "secure", "httponly", "priority", "partitioned"]
)


def _value(m: re.Match[str], text: str) -> str:
    return text[slice(*_span(m))]


def _spare_scheme(m: re.Match[str], text: str) -> bool:
    """`Authorization: <scheme> <credentials>`: any scheme, if the credentials look like some."""
    value = _value(m, text).strip()
    if _PLACEHOLDER.fullmatch(value) or value.startswith(("$", "<", "{")):
        return True
    scheme = m.group("scheme").lower()
    if scheme in _KNOWN_SCHEMES or scheme.endswith(("token", "key", "auth", "secret")):
        return len(value) < 8  # `ShippoToken x`, `AcmeKey x`: a scheme named for a credential
    if m.start("ws") >= 0:  # `proxy_set_header Authorization "Basic …"`: a known scheme only, else prose
        return True
    return not (looks_like_credential(value) or looks_like_token(value.split(",")[0]))


def _spare_url_password(m: re.Match[str], text: str) -> bool:
    value = _value(m, text)
    if _PLACEHOLDER.fullmatch(value) or value.startswith(("$", "{", "%(")):
        return True
    if value.lower().replace("_", " ") in _PASSWORD_WORD_ITSELF:
        return True  # `postgres://USUARIO:SENHA@…`, `USER:PASSWORD`: the word for a password, in any language
    start = _span(m)[0]
    user = text[text.rfind("/", max(0, start - 200), start) + 1 : start - 1]
    if value.lower() == user.lower() and _LOCAL_HOST.match(text, _span(m)[1] + 1):
        return True  # `postgres://postgres:postgres@localhost`: a local database's default, its user's name again
    head = value.split("/", 1)[0]
    return "/" in value and (head.isdigit() or not head)  # host:8080/path@x is a port, not a password


_PASSWORD_WORD_ITSELF = frozenset(("pass", "pwd", "passwd", *PASSWORD_CONCEPT))
# a host on this machine or a container's service beside it (one label): `localhost`, `127.0.0.1`, `db`
_LOCAL_HOST = re.compile(r"(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|[a-z][a-z0-9-]{0,30})(?=[:/?\s\"']|$)")


def _spare_cookie(m: re.Match[str], text: str) -> bool:
    name, value = m.group("n"), _value(m, text)
    if name.lower() in _COOKIE_ATTRIBUTES or _PLACEHOLDER.fullmatch(value):
        return True
    lowered = name.lower()
    if secret_kind(name) or any(w in lowered for w in ("sess", "sid", "auth", "token", "remember", "jwt")):
        return len(value) < 8
    return not looks_like_token(value)


_COOKIE_CONTEXT = re.compile(r"(?i:cookie|[\"'](?:domain|httponly|samesite|expires|secure)[\"'][ \t]*:)")


def _spare_cookie_object(m: re.Match[str], text: str) -> bool:
    """`{"name": "SSESSION", "value": "…", "domain": …}`: a cookie as a browser tool or a cookie jar writes it."""
    near = text[max(0, m.start() - 300) : m.end() + 200]
    return _COOKIE_CONTEXT.search(near) is None or _spare_cookie(m, text)


def _spare_line_password(m: re.Match[str], text: str) -> bool:
    value = _value(m, text)
    return bool(_PLACEHOLDER.fullmatch(value)) or value.isdigit() or value.endswith(".git")


def _spare_pgpass(m: re.Match[str], text: str) -> bool:
    # .pgpass escapes `:` in a password (`\:`); a bare one makes the line another colon-separated
    # record: an /etc/shadow or /etc/group line, a field list, a timestamp
    return bool(re.search(r"(?<!\\):", _value(m, text))) or _spare_line_password(m, text)


# `Linux-pnpm-store-504589ba…`, `deps-v2-3f9a1c…`: a name with a digest, as cache keys and artifacts are
_NAMED_DIGEST = re.compile(r"(?:[A-Za-z][A-Za-z0-9]*[-_.])+(?=[a-f]*[0-9])[0-9a-f]{16,}")


# `account_id=7731` (a log's field), `Convert.FromBase64String` (code): what follows a word in prose
# (a field's name in lower case, or in a script without case: `요청ID=…`)
_LOG_FIELD = re.compile(r"(?:[a-z]+|[^\W\d_]*[^\x00-\x7f][^\W_]*)(?:[_.-][a-z0-9]+)*=.*|[A-Z][A-Z0-9_]*=[0-9]+")
_HEX_LITERAL = re.compile(r"0x[0-9A-Fa-f]{1,8}")
_CODE_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+")


def _mixed_or_symbols(value: str) -> bool:
    return (value.lower() != value != value.upper()) or any(not c.isalnum() and c not in "._-/" for c in value)


# technical words with digits in them: a value whose only digits are theirs is a word (`base64-Werte`)
_TECH_TERM = re.compile(
    r"(?<![A-Za-z0-9])(?i:base(?:64|32|58|16)|sha-?(?:1|224|256|384|512)|md5|utf-?(?:8|16|32)|x\.?509|ipv[46]|http/?[23]"
    r"|oauth2|aes-?(?:128|192|256)|rsa-?(?:2048|3072|4096)|ed25519|x25519|p-?256|secp256k1|s3|ec2|k8s|i18n|l10n"
    r"|2fa|pkcs#?(?:1|7|8|12)|tls-?1\.?[0-3]|latin-?1|win(?:32|64)|x86(?:_64)?|x64|arm64|amd64|mp[34]|h26[45]|3d)(?![A-Za-z0-9])"
)


_CONSTANT_NAME = re.compile(r"[A-Z]{2,}(?:_[A-Z0-9]+)+")  # `ASC_KEY_P8`: a setting's or a stored secret's name
_RESOURCE_PATH = re.compile(r"(?:[a-z][\w.-]*/){2,}[\w.-]+")
_TRACKER_KEY = re.compile(r"[A-Z][A-Z0-9]{1,9}-[0-9]{1,8}")
_NAME_EQUALS = re.compile(r"([A-Z][A-Z0-9_]{1,20}|[a-z][a-z0-9_]{1,30})=")  # `KSN=`, `trace_id=` (not `V2lYxaio=`)


def _spare_prose_value(value: str) -> bool:
    if looks_like_passphrase(value):
        return False
    if _TECH_TERM.search(value) and not any(c.isdigit() for c in _TECH_TERM.sub("", value)):
        return True  # "würde die base64-Werte ausgeben": words, one of them technical
    if names_a_secret(value) or _RESOURCE_PATH.fullmatch(value) or _CONSTANT_NAME.fullmatch(value):
        return True  # "uploaded to the CI secret ASC_KEY_P8", "projects/x/secrets/y/versions/3": a name, not a value
    if _TRACKER_KEY.fullmatch(value):
        return True  # "see INC-2291", "Shift key: SH-630996": a ticket's or a record's key, capitals and a number
    pair = _NAME_EQUALS.match(value)
    if pair is not None and secret_kind(pair.group(1)) is None:
        return True  # "key loaded, KSN=EBAB…": another field's name and value
    if _NAMED_DIGEST.fullmatch(value) or _LOG_FIELD.fullmatch(value) or _CODE_PATH.fullmatch(value):
        return True
    if _HEX_LITERAL.fullmatch(value):
        return True  # `0x80070005`: an error's code (an HRESULT), a flag, a 32-bit number
    decoded = _b64_text(value) if len(value) >= 16 else None
    if decoded is not None and not _USER_PASS.fullmatch(decoded):
        return True  # base64 of text (a JWT's header, `{"alg":"HS256"}`): data, not a secret
    return not looks_like_credential(value)


_UUID = re.compile(r"(?i:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
_WORDS_BETWEEN = re.compile(r"[^\W\d_]+")  # the secret's word itself is one of them
# what introduces an example: "passwords like …", "such as …", "e.g. …"
_EXAMPLE_SAID = frozenset(["like", "as", "e.g.", "e.g.,", "eg", "example:", "z.b.", "comme", "como"])
# "the password is in 1Password", "is stored at /etc/x", "is under 'prod db'": where it is, not what
_WHERE = frozenset(["in", "at", "from", "under", "inside", "within", "via", "into", "through", "for"])


# an OpenPGP key id (16 hex) or fingerprint (40 hex, 64 for v5), as gpg prints them after "key"
_OPENPGP_ID = re.compile(r"(?:0x)?(?:[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})")
_SHORT_HEX = re.compile(r"(?:0x)?[0-9A-Fa-f]{1,15}")
_PUBLIC_KEY_ALGORITHMS = frozenset(["rsa", "dsa", "ecdsa", "eddsa", "ed25519", "ed448", "cv25519", "elgamal", "ecc"])


# a label of its own before the value, after the sentence that named a password has ended: the value is
# that label's ("… never ask for your password. Inquiry no.: INQ-2026-0042", "… お問い合わせ番号 …")
_OTHER_LABEL = re.compile(
    r"(?:[.!?][ \t]|[。！？])[^.!?。！？\n]{0,30}?"  # noqa: RUF001
    r"(?i:番号|id|no\.?|nr\.?|number|#|ref(?:erence)?|ticket|order|case|inquiry|enquiry|受付|問い合わせ|注文)"
    r"[ \t]*[:：#][ \t]*$"  # noqa: RUF001
)


# words that name the hex after them as a digest: a commit's, a file's
_NAMES_A_DIGEST = frozenset((*DIGEST_WORDS, "commit", "commits", "revision", "rev"))
_HEX_RUN = re.compile(r"[0-9a-f]{6,64}")
# a lower-case snake_case name whose every part has a letter (`cl100k_base`, `prod_db_main`; not `summer_2024`)
_SNAKE_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]*[a-z][a-z0-9]*)+")


# what names a key rather than gives it, right after "key" (or "token"): "key id", "key name", "key alias",
# "key version", "token header" (said.py's key concepts read it too)
_KEY_ID_WORD = re.compile(
    r"[ \t_-]*(?:ids?|names?|alias|aliases|versions?|labels?|arn|ref|fingerprint|rotation|header)(?![a-z])"
)


# "code" (κωδικός, código, kod, код, 코드…) of another thing, said right after it, in several languages
_OF_ANOTHER_THING = frozenset(
    (
        *("αιτήματος", "παραγγελίας", "κράτησης", "σφάλματος", "πελάτη", "αποστολής", "προϊόντος"),
        *("zamówienia", "zgłoszenia", "błędu", "klienta", "заказа", "заявки", "ошибки", "запроса", "клиента"),
        *("замовлення", "помилки", "запиту", "sipariş", "siparişi", "hata", "talep", "müşteri", "pedido"),
        *("solicitud", "error", "reserva", "cliente", "commande", "erreur", "demande", "réservation"),
        *("bestellung", "fehler", "anfrage", "kunden", "ordine", "errore", "richiesta", "prenotazione"),
        *("bestelling", "fout", "aanvraag", "klant", "objednávky", "chyby", "požadavku", "rendelés", "hiba"),
    )
)


def _recovery_codes(run: str) -> bool:
    """Three pairs or more mix letters and digits (not words, dates or versions), and the pairs differ."""
    pairs = re.split(r"[ \t,;\r\n]+", run.strip())
    mixed = sum(any(c.isdigit() for c in p) and any(c.isalpha() for c in p) for p in pairs)
    return mixed >= 3 and len(set(pairs)) == len(pairs)


def _one_repeated(value: str) -> bool:
    """`0x0b0b0b…`, `aaaaaaaa`: one byte or character over and over, a test vector's pattern, no secret."""
    body = value[2:] if value[:2].lower() == "0x" else value
    return len(body) >= 8 and len(set(body[i : i + 2] for i in range(0, len(body) - 1, 2))) == 1


def _spare_prose(m: re.Match[str], text: str) -> bool:
    start = _span(m)[0]
    if _one_repeated(_value(m, text).rstrip(".!?;")):
        return True
    said = m.group().split(maxsplit=2)  # the label's word, the word after it, the rest
    if len(said) >= 2 and said[1].strip(":：,.").lower() in _OF_ANOTHER_THING:  # noqa: RUF001
        return True  # "Κωδικός αιτήματος 7F2A-19C4": a request's code, not a password
    before = text[max(0, start - 20) : start].split()
    if before and before[-1].lower() in _WHERE:
        return True
    shown = text[max(0, start - 20) : start].rstrip(" '\"`‘“").split()  # noqa: RUF001
    if shown and shown[-1].lower() in _EXAMPLE_SAID and common_password(_value(m, text)):
        return True  # "passwords like 'password123' get guessed": a weak one, as an example
    if before and before[-1].lower().rstrip(":") in ("id", "ids", "identifier"):
        return True  # "Key ID BT358W0K24": what names the key
    if _OTHER_LABEL.search(text, m.start(), start):
        return True
    value = _value(m, text).rstrip(".!?;")
    if _UUID.fullmatch(value) and len(_WORDS_BETWEEN.findall(m.group(), 0, start - m.start())) >= 3:
        return True  # "token expired, request 6fcd2282-…", "Token eingelöst, Sitzung 3f71…": another thing's id
    if value.lower().strip("\"'「」") in PASSWORD_MANAGERS:
        return True  # "el nuevo está en 1Password": where it is kept
    if before and before[-1].lower() in _PUBLIC_KEY_ALGORITHMS and _OPENPGP_ID.fullmatch(value):
        return True  # "avec la clé RSA 0192…", "mit dem RSA-Schlüssel …": an OpenPGP fingerprint, in any language
    if before and before[-1].lower().strip("*_`:(") in _NAMES_A_DIGEST and _HEX_RUN.fullmatch(value):
        return True  # "… token lookup; commit e4b7d90a": a commit's (a digest's) hex, named as one
    if m.group().startswith("key") and _SNAKE_NAME.fullmatch(value):
        return True  # `key=cl100k_base`: the name of a thing (an encoding, a setting), not a secret
    said = text[max(0, m.start() - 16) : m.start()].split()
    if m.group().startswith("key") and said and said[-1].lower().strip("*_`") in _ID_KEY_QUALIFIERS:
        return True  # "public key: …", "host key …": the public half or an id, not a secret
    if m.group().startswith("key") and _KEY_ID_WORD.match(m.group(), 3):
        return True  # "key id stays `whsec-prod-v8`", "key name: …": the key's name or id, not the key
    if m.group().startswith("key") and _SHORT_HEX.fullmatch(_value(m, text).rstrip(".!?;")):
        return True  # `key = 4a656665`: a test vector's or an id's few bytes, too short for a secret key
    if m.group().startswith("key") and _OPENPGP_ID.fullmatch(_value(m, text).rstrip(".!?;")):
        algorithm = said and said[-1].lower().strip("*_`") in _PUBLIC_KEY_ALGORITHMS
        if algorithm or not any(c.islower() for c in _value(m, text)):
            return True  # "using RSA key 3F1A…": an OpenPGP key id or fingerprint names a public key
    if _spare_prose_value(_value(m, text).rstrip(".!?;")):
        return True
    own = _OWN_LABEL.search(text, max(m.start() + 3, start - 40), start)
    if own is not None and _names_another_thing(own):
        return True  # "… token expired …, "traceId":"a6a8…"", "token lookup -accessor HHQj…": another thing's value
    floor = max(0, start - 200)
    word_start = max(text.rfind(" ", floor, start), text.rfind("\n", floor, start), text.rfind("\t", floor, start))
    # SOPS `ENC[…]`, a SealedSecret's `encryptedData:`: ciphertext, not a secret
    return text.startswith(_CIPHERTEXT, max(word_start + 1, floor)) or (
        parent_name(text, m.start()).lower() in _ENCRYPTED_PARENTS
    )


_FIELD_NAME = re.compile(r"[a-z0-9][A-Z]|[A-Za-z0-9][_.-][A-Za-z]")
_CONCEPT_LABELS = frozenset(("key", "token", "secret", "pass", "pw", "pwd", "mdp", "pin", "code"))
# right before the value, what names it: a flag (`-accessor`), a label or a key (`traceId:`, `"request_id": "`)
_OWN_LABEL = re.compile(
    r"(?:(?<=\s)--?(?P<flag>[A-Za-z][\w-]{1,40})[ \t=]+"
    r"|(?:^|(?<=[\s{,(\[]))[\"']?(?P<key>[A-Za-z][\w.-]{1,40})[\"']?[ \t]*[:=][ \t]*[\"']?)$"
)


def _names_another_thing(own: re.Match[str]) -> bool:
    """A flag, or a field's name (quoted, or in camelCase, snake_case, kebab-case: not a word of prose such as
    "root:"), that names no secret (`-accessor`, `"traceId":`; not `key`, `pw`, `Passwort`)."""
    name = own.group("flag") or own.group("key")
    if own.group("key") is not None and not (own.group().startswith(('"', "'")) or _FIELD_NAME.search(name)):
        return False
    return secret_kind(name) is None and name.lower() not in _CONCEPT_LABELS


def _spare_device_secret(m: re.Match[str], text: str) -> bool:
    """A device secret: a credential, a passphrase, a random or a type-7 hex value, not a word or a number."""
    value = _value(m, text)
    if _PLACEHOLDER.fullmatch(value) or value[0] in "$%{<" or value.isdigit():
        return True
    return not (looks_like_credential(value) or looks_like_passphrase(value) or looks_random(value))


_PIN_SAYS = re.compile(r"[:=#]|\b(?:is|was|code|number|no)\b")


def _spare_pin(m: re.Match[str], text: str) -> bool:
    """`PIN: 4821`, `card PIN is 7719`, `cvv 123`; not `pin 13` or `pin 2048 of the FPGA`."""
    said = m.group()[: m.start("s") - m.start()]
    if said.lstrip().startswith(("cvv", "cvc", "csc")):
        return False
    if india_postal_pin(text, m.start() + len(said) - len(said.lstrip()), *m.span("s")):
        return True  # "Delhi, PIN code 110092": India's postal code, in an address
    return len(_value(m, text)) < 4 or not _PIN_SAYS.search(said[3:])


_PROSE_STOPWORDS = frozenset(
    [
        *("the", "and", "you", "your", "with", "this", "that", "for", "are", "not", "but", "from", "have"),
        *("will", "should", "never", "write", "down", "them", "these", "keep"),
    ]
)


# words of prose that a phrase of chosen words would not hold (articles, pronouns, verbs of a sentence)
_PHRASE_PROSE = _PROSE_STOPWORDS | frozenset(
    (
        *("is", "was", "use", "used", "see", "same", "one", "old", "new", "set", "get", "has", "had", "its", "our"),
        *("all", "any", "can", "must", "only", "when", "then", "than", "into", "over", "after", "before", "via"),
        *("required", "optional", "changed", "reset", "expired", "hashed", "stored", "encrypted", "missing"),
        *("les", "des", "une", "der", "die", "das", "und", "ist", "los", "las", "que", "para", "con", "por", "del"),
        *("uma", "não", "het", "een", "van", "och", "att", "som", "og", "er", "ja", "on"),
    ),
)


# what a label names beside a password, not the password: its hint, its rule, its policy
_NOT_THE_PASSWORD = re.compile(r"hint|rule|polic|require|format|reset|expir|length|strength|manager|question|tip")


def _spare_word_phrase(value: str) -> bool:
    """Four or more words that read as a sentence (a word of prose among them), not chosen ones."""
    return any(w in _PHRASE_PROSE for w in re.split(r"[ -]", value))


def _spare_mnemonic(value: str) -> bool:
    """A seed phrase has 12, 15, 18, 21 or 24 words and no English glue words."""
    words = value.split()
    return len(words) % 3 != 0 or any(w in _PROSE_STOPWORDS for w in words)


def _spare_quoted_phrase(value: str) -> bool:
    """A quoted value said to be the password: a passphrase of three or more words, or a credential."""
    value = value.strip()
    if _PLACEHOLDER.fullmatch(value) or value[0] in "$%{<[" or value.startswith(("http", "/")) or _is_ui_text(value):
        return True
    words = value.split()
    if len(words) >= 3:
        return not all(w.isalpha() or w.rstrip(".,!-").isalnum() for w in words) or len(words) > 8
    if len(words) == 1 and value.isalpha() and len(value) >= 4 and value.lower() not in _SAID_OF_A_PASSWORD:
        return False  # "your verbal passcode is 'pineapple'": a word can be the password, quoted as one
    return len(words) > 1 or not looks_like_credential(value)


# what a quoted word after "the password is" says of a password rather than being one
_SAID_OF_A_PASSWORD = frozenset(
    (
        *("required", "optional", "invalid", "incorrect", "wrong", "missing", "empty", "blank", "expired"),
        *("weak", "strong", "hidden", "masked", "set", "unset", "null", "none", "true", "false", "correct"),
        *("valid", "changed", "reset", "password", "secret", "redacted", "unknown", "encrypted", "hashed"),
    )
)


def _spare_pair_password(value: str) -> bool:
    """`auth user:pass`, `user:$PASS`, `user:<password>` are placeholders, not passwords."""
    word = value.rstrip(".,;:?!)")
    return bool(_PLACEHOLDER.fullmatch(word)) or value[0] in "$%{<" or (word.isalpha() and word.islower())


# A password word in prose, in the languages agents are told them in; the value follows within a clause.
_PROSE_GATES: tuple[str, ...] = (
    "pass",
    "pw",
    "mdp",
    "key",
    "token",
    "secret",
    "wort",
    "woord",
    "mot de",
    "contras",
    "senha",
    "has",
    "пароль",
    "parola",
)
_PROSE_GATES += ("lösen", "salasana", "パスワード", "密码", "口令", "비밀번호")
# more languages: Turkish, Czech/Slovak, Hungarian, Croatian/Serbian/Slovenian, Lithuanian, Latvian,
# Estonian, Danish/Norwegian, Greek, Hebrew, Arabic, Hindi, Thai, Vietnamese, Indonesian/Malay,
# Catalan, Portuguese, Spanish, Ukrainian, Bulgarian/Serbian Cyrillic, Chinese (traditional), Korean,
# Japanese PIN, and "token"/"secret key" in some of them
_FOREIGN_WORDS = (
    *("şifre", "sifre", "parolă", "heslo", "jelsz", "lozinka", "geslo", "slaptažodis", "parole"),
    *("salasõna", "adgangskode", "passord", "κωδικός", "συνθηματικό", "סיסמה", "סיסמא", "كلمة المرور"),
    *("كلمة السر", "पासवर्ड", "รหัสผ่าน", "mật khẩu", "mat khau", "kata sandi", "kata laluan", "contrasenya"),
    *("palavra-passe", "clave", "пароля", "парола", "лозинка", "口令", "密碼", "암호", "비번", "暗証番号"),
    *("暗号鍵", "秘密鍵", "密钥", "令牌", "トークン", "токен", "clé", "chiave", "schlüssel", "klucz"),
)
_PROSE_WORDS = (
    _words_first(
        (
            *("password", "passwort", "kennwort", "passphrase", "passcode", "mot de passe", "contraseña"),
            *("contrasena", "senha", "wachtwoord", "hasło", "haslo", "пароль", "parola", "lösenord", "salasana"),
            *("api key", "key", "token", "secret", "pass", "pwd", "pw", "mdp"),
        ),
        r"[a-z0-9_$/.:=@-]",
    )
    + "|パスワード|密码|口令|비밀번호"
)
# a rule of their own, gated by them: one alternation of every word would slow every text down
_FOREIGN_PROSE_WORDS = (
    "|".join(w for w in _FOREIGN_WORDS if not w.isascii())
    + "|"
    + _words_first(tuple(w for w in _FOREIGN_WORDS if w.isascii()), r"[a-z0-9_$/.:=@-]")
)
_PROSE_VALUE = r"[^\s\"'「」『』：:，,。、（）()<>]"  # noqa: RUF001 (fullwidth punctuation ends a value too)


# "credentials" in other languages (as login data: a user and a password follow)
_CREDENTIALS_WORDS = (
    *("identifiants", "zugangsdaten", "anmeldedaten", "inloggegevens", "credenciales", "credenziali"),
    *("dados de acesso", "credenciais", "dane logowania", "přihlašovací údaje", "kimlik bilgileri"),
    *("учетные данные", "данные для входа", "ログイン情報", "認証情報", "登录信息", "账号", "帳號", "로그인 정보"),
)
_QUOTE_OPEN = "[\"'`“‘]"  # noqa: RUF001
_QUOTE_CLOSE = "[\"'`”’]"  # noqa: RUF001
_PASSWORD_WORDS = _words_first(
    ("password", "passphrase", "passcode", "pass phrase", "passwort", "kennwort"), "[a-z0-9_$.-]"
)


def _spare_prefixed_token(m: re.Match[str], text: str) -> bool:
    """`pnu_<random>`, `acme_live_<hex>`: a short lower-case prefix alone before `_`, then a random body."""
    start = m.start()
    floor = max(0, start - 13)
    while start > floor and (text[start - 1].islower() or text[start - 1].isdigit()) and text[start - 1].isascii():
        start -= 1
    if start == m.start() or m.start() - start > 12 or not text[start].isalpha():
        return True
    after_name = text[start - 1 : start] == "=" and start > 1 and (text[start - 2].isalnum() or text[start - 2] in "_-")
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.-/+=") and not after_name:
        return True  # part of a longer name or of an encoded blob; but `team=acme_…` is a value after its name
    if text.startswith("pk_", start):
        return True  # a publishable key
    body = _value(m, text)
    return not (
        looks_like_token(body) or looks_random_one_case(body) or (m.group("env") is not None and looks_random(body))
    )


def _spare_dotted_token(m: re.Match[str], text: str) -> bool:
    """`sl.<random>`: a short lower-case prefix alone before `.`, then a long random url-safe body."""
    start = m.start()
    floor = max(0, start - 7)
    while start > floor and text[start - 1].isascii() and (text[start - 1].islower() or text[start - 1].isdigit()):
        start -= 1
    if start == m.start() or m.start() - start > 6 or not text[start].isalpha():
        return True
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.-/+=%:@\\"):
        return True  # a member of a longer name, a path, a host, an encoded blob
    return not looks_random_long(_value(m, text))


def _in_url_path(m: re.Match[str], text: str) -> bool:
    """Whether the match sits in a URL's path: `://` and the host's end between its word's start and it."""
    floor = max(0, m.start() - 300)
    word_start = max(text.rfind(c, floor, m.start()) for c in " \t\n\"'<>(`") + 1
    scheme = text.find("://", max(word_start, floor), m.start())
    return scheme >= 0 and text.find("/", scheme + 3, m.start() + 1) >= 0


def _spare_capability(m: re.Match[str], text: str) -> bool:
    """A random token in a URL whose path says it grants something (a reset, an invite, a sign-up)."""
    return not (_in_url_path(m, text) and looks_random(_value(m, text)))


SHAPE_RULES: tuple[_Rule, ...] = (
    # capability URLs: whoever has the link may act (`/reset-password/<token>`, `/invite?id=<token>`,
    # `/magic-link/<token>`, `/unsubscribe/<token>`), said so by the path (not the host: a tenant id
    # after `login.microsoftonline.com/` is an id); an API key as the path after a version
    # (`https://mainnet.example.io/v3/<key>`, RPC providers) when it ends the URL
    _Rule(
        "capability-url",
        r"(?:reset|invit|signup|sign-up|sign_up|join|verif|confirm|activat|magic|onboard|accept|claim|recover"
        r"|unsubscribe)[\w-]*/?(?:[\w.-]{1,40}/){0,2}(?:[^\s\"'<>/?#]*\?(?:[^\s\"'<>#]*&)?[\w-]{1,20}=)?"
        rf"{_NOT_MARKER}(?P<s>[a-z0-9_-]{{20,200}})(?=[\s\"'<>#&)/]|$)"
        r"|/v[0-9]{1,2}/(?P<s2>[a-z0-9_-]{24,128})(?=[\s\"'<>)]|$)",
        (
            "reset",
            "invit",
            "sign",
            "join",
            "verif",
            "confirm",
            "activat",
            "magic",
            "onboard",
            "accept",
            "claim",
            "recover",
            "unsubscribe",
            "/v",
        ),
        on_lower=True,
        spare=_spare_capability,
        kind_of=lambda m, text: "api-key" if m.start("s2") >= 0 else "capability-url",
    ),
    # a host that receives webhooks (`https://hooks.<vendor>/…`, `webhook.<vendor>/…`): the path after its
    # words is the capability (the ids and the token that let anyone post)
    _Rule(
        "webhook-url",
        r"://(?:hooks?|webhooks?)\.[a-z0-9.-]{3,80}/(?:[a-z]{2,20}/){0,3}"
        rf"{_NOT_MARKER}(?P<s>(?=[\w-]*[0-9])[\w-]{{4,100}}(?:/[\w-]{{4,100}}){{0,3}}/?)(?=[\s\"'<>)?#]|$)",
        ("://hook", "://webhook"),
        on_lower=True,
    ),
    # a vendor token of a vendor not listed in tokens.py, known by its shape: a short lower-case
    # prefix and `_` (`pnu_`, `acme_live_`), then 30 or more random characters and nothing more
    _Rule(
        "token",
        r"_(?<=[a-z0-9]_)(?P<env>(?:live|prod|test|secret|sk|key)_)?"
        rf"{_NOT_MARKER}(?P<s>[A-Za-z0-9]{{30,160}})(?![A-Za-z0-9_+/=-])",
        (),
        spare=_spare_prefixed_token,
    ),
    # the same with `.` (`sl.<random>`): a body of 60 or more url-safe random characters, which no
    # member name or module path has
    _Rule(
        "token",
        rf"\.{_NOT_MARKER}(?P<s>[A-Za-z0-9_-]{{60,1000}})(?![A-Za-z0-9_.+/=-])",
        (),
        spare=_spare_dotted_token,
    ),
    # an upper-case vendor prefix that abbreviates "secret key" (`ACMESECK-`, `XYZ_SECRET_LIVE-`), then a
    # machine-made body (hex counts: the prefix says what it is); and a UUID whose prefix names it a
    # credential (`sdk-<uuid>`, `secret-<uuid>`), not an id's (`req-<uuid>`, `user-<uuid>`)
    _Rule(
        "secret",
        r"(?<![A-Za-z0-9_-])[A-Z0-9]{0,10}(?:SECK|SECKEY|SECRET|SECRETKEY|PRIVKEY|PRIV|PRV)(?:_(?:TEST|LIVE|PROD))?[-_]"
        rf"{_NOT_MARKER}(?P<s>[A-Za-z0-9]{{24,256}})(?:-[A-Z0-9]{{1,4}})?(?![A-Za-z0-9_])",
        ("SEC", "PRIV", "PRV"),
        spare=lambda m, text: not looks_random(_value(m, text)),
    ),
    _Rule(
        "secret",
        r"-(?:"
        + "|".join(f"(?<=(?<![\\w-]){p}-)" for p in ("sdk", "secret", "token", "apikey", "api-key", "sk"))
        + r")(?P<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])",
        ("sdk-", "secret-", "token-", "apikey-", "api-key-", "sk-"),
        on_lower=True,
    ),
    # `stats auth admin:X` (HAProxy), `--auth user:X`, `basic_auth user:X`, `--creds user:X`: a
    # `user:password` pair right after a word that says it is one
    _Rule(
        "password",
        r"(?<![\w.-])-{0,2}(?:[a-z]+[_-])?(?:auth|creds|credentials|userpass|user-pass)[ \t]+[\"']?"
        rf"[\w.@+\\-]+:{_NOT_MARKER}(?P<s>[^\s\"']+)",
        ("auth", "creds", "credentials", "userpass", "user-pass"),
        on_lower=True,
        spare=lambda m, text: _spare_pair_password(_value(m, text)),
    ),
    # a user and a password told as a pair after a word that says so (not inside a host name or a
    # path: `login.microsoftonline.com/<tenant>/…`): "creds: admin / X",
    # "login is bob:X", "user/pass: bob, X", "log in with bob and X"
    _Rule(
        "password",
        r"(?<![\w./-])(?:creds|credentials|access|logins?|log[ \t]+in|sign[ \t]+in|account"
        r"|user[ \t]*/[ \t]*pass(?:word)?|username[ \t]*/[ \t]*password|u/p|"
        + "|".join(_CREDENTIALS_WORDS)
        + r")(?![\w-])"
        # "login for the DR box is …": what it is for, then the verb
        # (or a few words that name it before a colon: "Credenziali controller: admin / X")
        r"(?:[ \t]+(?:for|to|on|of)(?:[ \t]+[\w.-]+){1,3}|(?:[ \t]+[\w.-]+){1,3}(?=[ \t]*[:：]))?"  # noqa: RUF001
        r"(?:[ \t]+(?:is|are|was|with))?"
        r"[ \t]*(?:[:=：-]|->|→|=>)?[ \t]*[\"'`]?(?:(?:user(?:name)?|login|u)[ \t]*[=:][ \t]*)?"  # noqa: RUF001
        r"[\w.@+\\-]{2,64}(?:[ \t]*[/:,][ \t]*|[ \t]+(?:and|&|/|-)[ \t]+)[\"'`]?"
        rf"{_NOT_MARKER}(?P<s>[^\s\"'`]{{6,64}})",
        ("cred", "access", "login", "log in", "sign in", "account", "user", "u/p", *_CREDENTIALS_WORDS),
        on_lower=True,
        spare=lambda m, text: (
            _spare_prose_value(_value(m, text).rstrip(".,!?;)"))
            or text[max(0, _span(m)[0] - 5) : _span(m)[0]].rstrip(" \t:").lower().endswith(" id")
        ),  # ("Account ID: f900…": the account's id)
    ),
    # "my jira password is X", "Passwort X", "パスワードは「X」", "密码" and a fullwidth colon, "the key …: X"
    *(
        _Rule(
            "password",
            rf"(?:{words}){suffix}(?:[ \t]*\([^()\n]{{1,24}}\))?[?!,.]?(?=[\s:：はを的」=是为為는은이가คือ])"  # noqa: RUF001
            r"(?:[ \t]*=)?[^\n=/@(){}\[\]$]{0,60}?"
            r"(?<=[\s:：「『\"'=是为為อ])"  # noqa: RUF001
            rf"{_NOT_MARKER}(?P<s>(?={_PROSE_VALUE}*[0-9!#$%^&*?~+])(?={_PROSE_VALUE}*[^\W\d_]){_PROSE_VALUE}{{6,64}})"
            # no label: `Password for vol3.zip: X` tells X, not the file before the colon
            rf"(?!{_PROSE_VALUE}{{0,64}}[:：][ \t])",  # noqa: RUF001
            gates,
            on_lower=True,
            spare=_spare_prose,
        )
        # other languages inflect the word: Turkish `şifresi`, Finnish `salasanan`, Polish `hasła`
        for words, gates, suffix in (
            (_PROSE_WORDS, _PROSE_GATES, r"(?:s|et|en|a|e|u)?"),
            (_FOREIGN_PROSE_WORDS, _FOREIGN_WORDS, r"(?:[\u0e00-\u0e7f]{0,24}|[^\W\d_]{0,4})"),
        )
    ),
    # the value before the word: "use X as the password", "try X for the admin pin", "X is the token"
    _Rule(
        "password",
        r"(?<![\w-])(?:use|using|used|try|tried|enter|entered|type|typed|put|pasted|gave|with|set it to|change it to"
        r"|changed it to|it's|its|is)[ \t]+"
        rf"{_QUOTE_OPEN}?{_NOT_MARKER}(?P<s>[^\s\"'`”’]{{6,64}}){_QUOTE_CLOSE}?[ \t]+(?:as|for|is|=)[ \t]+"  # noqa: RUF001
        r"(?:the|your|my|our|its|his|her|their|a|an)(?:[ \t]+[\w-]+){0,2}?[ \t]+"
        r"(?P<w>password|passphrase|passcode|pin|pwd|token|api[ \t]+key|secret)(?![\w-])",
        ("password", "passphrase", "passcode", "pin", "pwd", "token", "api key", "secret"),
        on_lower=True,
        spare=lambda m, text: _spare_prose_value(_value(m, text).rstrip(".,!?;:")),
    ),
    # a value said to open a login: "use X to log in", "try X to sign in as admin", "enter X to unlock it"
    _Rule(
        "password",
        r"(?<![\w-])(?:use|try|enter|type|with)[ \t]+"
        rf"{_QUOTE_OPEN}?{_NOT_MARKER}(?P<s>[^\s\"'`”’]{{6,64}}){_QUOTE_CLOSE}?[ \t]+to[ \t]+"  # noqa: RUF001
        r"(?:log[ \t-]?in|sign[ \t-]?in|log[ \t-]?on|unlock|authenticate|decrypt)(?![\w-])",
        ("log", "sign", "unlock", "authenticate", "decrypt"),
        on_lower=True,
        # a tool or a file is used to log in too (`use python3.12 to …`): a password mixes cases or symbols
        spare=lambda m, text: (
            _spare_prose_value(_value(m, text).rstrip(".,!?;:"))
            or not _mixed_or_symbols(_value(m, text).rstrip(".,!?;:"))
        ),
    ),
    # the answer to a question that asks for a secret: "what is the admin password?" / "it is X"
    _Rule(
        "password",
        r"(?:password|passwort|passphrase|passcode|contraseña|senha|mot de passe|пароль|パスワード|密码|pin|token"
        r"|api key|secret)[^\n?]{0,40}\?[ \t]*\r?\n[ \t]*(?:[\w .-]{1,24}:[ \t]*)?"
        r"(?:(?:it'?s|it is|that'?s|sure|yes|ok|okay|here)[,:! \t]+){0,2}"
        rf"{_QUOTE_OPEN}?{_NOT_MARKER}(?P<s>[^\s\"'`”’]{{6,64}})",  # noqa: RUF001
        ("?",),
        on_lower=True,
        spare=lambda m, text: _spare_prose_value(_value(m, text).rstrip(".,!?;:")),
    ),
    # a quoted phrase after the word: "the passphrase for the key is 'correct horse battery staple'"
    _Rule(
        "password",
        rf"(?:{_PASSWORD_WORDS})(?:[ \t]+(?:for|of|to|on)[ \t]+[^\n\"'“‘`:=]{{1,40}}?)?[ \t]*"  # noqa: RUF001
        r"(?:is|was|are|would be|will be|:|=)[ \t]*(?:set to[ \t]*)?"
        rf"{_QUOTE_OPEN}{_NOT_MARKER}(?P<s>[^\"'”’`\n]{{6,100}}?){_QUOTE_CLOSE}",  # noqa: RUF001
        ("pass", "kennwort"),
        on_lower=True,
        spare=lambda m, text: _spare_quoted_phrase(_value(m, text)),
    ),
    # a PIN, a card's CVV, a door or access code: digits after the word that names them
    _Rule(
        "password",
        r"(?<![a-z0-9_.-])(?:pin(?:[ _-]?code)?|passcode|door[ _-]code|access[ _-]code|alarm[ _-]code"
        r"|cvv2?|cvc2?|csc|código pin|code pin|geheimzahl)(?![a-z])"
        r"(?:[ \t]+(?:code|number|no|is|was|for|of|the|card|[a-z]+'s)){0,3}[\"']?[ \t]*[:=#]?[ \t]*[\"']?"
        r"(?P<s>[0-9]{3,8})(?![0-9/:-]|[.,][0-9]|[ \t]*(?:%|px|ms|s\b|mm|v\b|ma\b))",
        ("pin", "passcode", "code", "cvv", "cvc", "csc", "geheimzahl"),
        on_lower=True,
        spare=_spare_pin,
    ),
    # BIP32 extended private keys, Nostr secret keys (base58 / bech32 with their prefixes)
    _Rule(
        "private-key",
        r"(?<![A-Za-z0-9])(?:[xyztuv]prv[1-9A-HJ-NP-Za-km-z]{100,112}|nsec1[02-9ac-hj-np-z]{58})(?![A-Za-z0-9])",
        ("prv", "nsec1"),
    ),
    # a passphrase of four to ten lower-case words after its word and a colon, ending its line or sentence
    # ("passphrase for the backup stick: saddle quiver lantern harbor walnut"), no word of prose among them
    _Rule(
        "password",
        r"(?<![a-z])(?:passphrase|pass phrase|password|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord"
        r"|lösenord|passord|salasana|hasło|heslo)(?![a-z])[^\n:=]{0,60}[:=][ \t]*"
        r"(?P<s>[a-z]{3,10}(?:[ -][a-z]{3,10}){3,9})[ \t]*(?=$|\n|[.;,)])",
        ("pass", "wort", "mot de passe", "contras", "senha", "woord", "lösen", "passord", "salasana", "hasło", "heslo"),
        on_lower=True,
        spare=lambda m, text: (
            _spare_word_phrase(_value(m, text))
            or _NOT_THE_PASSWORD.search(m.group(), 0, m.start("s") - m.start()) is not None
        ),
    ),
    # a BIP39 seed phrase: 12 to 24 short lower-case words after the words that name one
    _Rule(
        "secret",
        r"(?:seed|recovery|mnemonic|backup|secret|wallet)(?:[ _-]*(?:phrase|words))?(?![a-z])[^\n:=]{0,60}"
        r"(?:[:=][ \t]*|[ \t]*\r?\n[ \t]*)[\"']?"
        r"(?P<s>(?:[a-z]{3,8}[ \t]+){11,23}[a-z]{3,8})(?![a-z])",
        ("seed", "recovery", "mnemonic", "backup", "secret", "wallet"),
        on_lower=True,
        spare=lambda m, text: _spare_mnemonic(_value(m, text)),
    ),
    # an OAuth authorization code in a callback URL: `?code=<random>&state=…`
    _Rule(
        "token",
        r"[?&#]code=" + _NOT_MARKER + r"(?P<s>[A-Za-z0-9._~/+%-]{16,512})(?=[&#\s\"']|$)",
        ("code=",),
        spare=lambda m, text: not (looks_random(_value(m, text)) or looks_like_token(_value(m, text))),
    ),
    # Hardhat / Truffle network config: `accounts: ['0x<64 hex>', …]` lists private keys
    _Rule(
        "private-key",
        r"accounts[\"']?[ \t]*[:=][ \t]*\[[ \t\n]*(?:[\"'][^\"'\n]*[\"'][ \t]*,[ \t\n]*)*"
        r"[\"'](?P<s>(?:0x)?[0-9a-f]{64})[\"']",
        ("accounts",),
        on_lower=True,
    ),
    # BitLocker recovery key: eight groups of six digits, each a multiple of 11
    _Rule(
        "recovery-key",
        r"(?<![0-9-])[0-9]{6}(?:-[0-9]{6}){7}(?![0-9-])",
        ("-",),
        spare=lambda m, text: any(int(g) % 11 for g in m.group().split("-")),
    ),
    # --vault-password-file <(echo X), wg set … private-key <(echo X): a secret fed as a file
    _Rule(
        "secret",
        r"-[a-z0-9-]*(?:pass|key|secret|token|cred)[a-z0-9-]*(?:=|[ \t]+)<\("
        r"[ \t]*(?:echo|printf)(?:[ \t]+-[a-z]+)*[ \t]+"
        rf"[\"']?{_NOT_MARKER}(?P<s>[^\s\"')]+)",
        ("<(",),
        on_lower=True,
        spare=lambda m, text: bool(_PLACEHOLDER.fullmatch(_value(m, text))) or _value(m, text)[0] in "$%{<",
    ),
    # https://<public key>@o1.ingest.sentry.io (a DSN)
    _Rule("secret", r"://(?P<s>[a-f0-9]{32})@(?=[\w.-]+\.sentry\.io|o[0-9]+\.)", ("sentry", "@o")),
    # user:pass@tcp(host) (Go's MySQL DSN); the password ends at the `@` before the address, as it may
    # hold `@`, `:` or `/` itself (the driver splits at the last `@`)
    _Rule(
        "secret",
        rf"(?<![\w:/\[])[\w.-]+:{_NOT_MARKER}(?P<s>[^\s\"']+?)@(?:tcp|unix)\(",
        ("@tcp(", "@unix("),
        spare=lambda m, text: bool(_PLACEHOLDER.fullmatch(_value(m, text))),
    ),
    # password hashes: htpasswd `$apr1$`, crypt `$6$`, bcrypt `$2b$`, yescrypt `$y$`
    _Rule(
        "password-hash",
        r"\$(?:apr1|2[aby]|1|5|6|y|gy)\$(?:rounds=[0-9]+\$|[0-9]{2}\$)?[./A-Za-z0-9$]{16,}",
        ("$",),
    ),
    # pyotp.TOTP("BASE32SEED"), HOTP(...)
    _Rule("totp-seed", r"[th]otp\([ \t]*[\"'](?P<s>[a-z2-7]{16,})[\"']", ("otp(",), on_lower=True),
    # scheme://user:PASSWORD@host, the password up to the last `@` before the host (as URL parsers do)
    _Rule(
        "url-password",
        rf"://[^\s:/@'\"\[\]]*:{_NOT_MARKER}(?P<s>[^\s'\"]+)@(?=[\w\[])(?![^\s'\"]*@[\w\[])",
        ("://",),
        spare=_spare_url_password,
    ),
    # a network device's configuration: a secret word, its encryption type (0, 7) and/or hash algorithm,
    # then the value (`message-digest-key 1 md5 X`, `key-string 7 X`, `authentication-key 0 X`,
    # `snmp-server community X RO`); and Junos `$9$…`, a reversible encoding, not a hash
    _Rule(
        "password",
        # a `…-key` (not `default-key 0x…`, an id) and a bare secret word take their type number
        # (literals first, the word's start checked behind them: the engine jumps from literal to literal)
        r"(?:(?:key-string(?<![\w-]key-string)|snmp(?<![\w-]snmp)[\w-]*[ \t]+community)(?:[ \t]+[0-9]{1,2})?"
        r"|(?:key(?<![a-z0-9_]key)|password(?<![\w-]password)|secret(?<![\w-]secret))[ \t]+[0-9]{1,2})"
        r"(?:[ \t]+(?:md5|sha|sha-?[0-9]{1,3}|hmac-sha-?[0-9]+|aes(?:[ \t]+[0-9]+)?|des|3des|cleartext))?"
        rf"[ \t]+{_NOT_MARKER}(?P<s>[^\s\"']{{4,128}})(?=[ \t]*(?:$|\n|[ \t][a-z]))"
        r"|(?P<s2>\$9\$[a-z0-9./-]{8,256})",
        ("key", "snmp", "password", "secret", "$9$"),
        on_lower=True,
        spare=lambda m, text: m.start("s") >= 0 and _spare_device_secret(m, text),
    ),
    # a license or product key after its name (`-serial`, `license_key:`, `Product key`, `CD key`): groups of
    # upper-case letters and digits joined by dashes (XXXXX-XXXXX-XXXXX-XXXXX), letters and digits mixed
    _Rule(
        "license-key",
        r"(?<![a-z])(?:serial(?:[ _-]?(?:number|no|key))?|licen[cs]e(?:[ _-]?key)?|product[ _-]?key|cd[ _-]?key"
        r"|activation[ _-]?(?:key|code)|registration[ _-]?(?:key|code)|unlock[ _-]?code)(?![a-z])"
        r"[\"']?[ \t]*(?:[:=]|=>|[ \t])[ \t]*[\"']?"
        r"(?P<s>(?=[a-z0-9-]*[0-9])(?=[a-z0-9-]*[a-z])[a-z0-9]{2,6}(?:-[a-z0-9]{4,6}){3,7})(?![a-z0-9-])",
        ("serial", "licen", "product", "cd", "activation", "registration", "unlock"),
        on_lower=True,
        spare=lambda m, text: not _value(m, text).isupper(),
    ),
    # a user's label and a password's label side by side on one line, however short (`u: admin p: X`,
    # `user=ana pw=X`, `login admin / pass X`)
    _Rule(
        "password",
        r"(?<![\w-])(?:u|usr|user|username|login|benutzer|usuario|utilisateur)[ \t]*[:=][ \t]*[^\s,;|]{1,64}"
        r"[ \t]*[,;|]?[ \t]+(?:p|pw|pwd|pass|passwd)[ \t]*[:=][ \t]*"
        rf"{_NOT_MARKER}(?P<s>[^\s\"'`,;|]{{4,64}})",
        ("u:", "u=", "usr", "user", "login", "benutzer", "usuario", "utilisateur"),
        on_lower=True,
        spare=lambda m, text: (
            _spare_pair_password(_value(m, text))
            or not (looks_like_credential(_value(m, text)) or looks_like_passphrase(_value(m, text)))
        ),
    ),
    # the URIs of telephony and messaging have no `//` (`sip:1042:PASSWORD@pbx`, `iax2:user:PASSWORD@host`)
    _Rule(
        "url-password",
        r"(?<![\w.+-])(?:sips?|iax2?|h323|xmpp|pres|im):(?!//)[^\s:/@'\"\[\]]{1,80}:"
        rf"{_NOT_MARKER}(?P<s>[^\s'\"]+)@(?=[\w\[])(?![^\s'\"]*@[\w\[])",
        ("sip:", "sips:", "iax", "h323:", "xmpp:", "pres:", "im:"),
        on_lower=True,
        spare=_spare_url_password,
    ),
    # Authorization / Proxy-Authorization with any scheme: SSWS, ApiKey, Splunk, Negotiate, AWS4-HMAC…
    _Rule(
        "authorization",
        r"authorization(?<![a-z0-9_]authorization)[\"']?(?:[ \t]*[:=][ \t]*|(?P<ws>[ \t]+))[\"']?"
        rf"(?P<scheme>[a-z][a-z0-9_.-]{{1,30}})[ \t]+{_NOT_MARKER}(?P<s>[^\s\"'\\][^\n\"'\\]*)",
        ("authorization",),
        on_lower=True,
        spare=_spare_scheme,
    ),
    # Cookie: a=b; sessionid=X / Set-Cookie: JSESSIONID=X; Path=/
    _Rule(
        "authorization",
        # a browser tool's argument too: `"cookies": "PHPSESSID=X; lang=de"`
        r"(?i:cookies?)[\"']?[ \t]*[:=][ \t]*[\"']?(?:[^\n;]*;)*?[ \t]*(?P<n>[^\s=;\"']+)="
        + _NOT_MARKER
        + r"(?P<s>[^\s;\"']+)",
        ("ookie", "OOKIE"),
        spare=_spare_cookie,
    ),
    # the same with a session's cookie after others that are none (`"cookies": "lang=de; JSESSIONID=X"`)
    _Rule(
        "authorization",
        r"(?i:cookies?)[\"']?[ \t]*[:=][ \t]*[\"']?(?:[^\n;]*;)*?[ \t]*"
        r"(?P<n>[^\s=;\"']{0,40}(?i:sess|sid|auth|token|jwt|remember)[^\s=;\"']{0,40})="
        + _NOT_MARKER
        + r"(?P<s>[^\s;\"']+)",
        ("ookie", "OOKIE"),
        spare=_spare_cookie,
    ),
    # a row of a browser's cookie table, copied from its developer tools: name, value, domain, path
    _Rule(
        "authorization",
        r"(?:^|\n)(?P<n>[^\s=;]{1,80})\t" + _NOT_MARKER + r"(?P<s>[^\s]{8,4096})\t\.?(?:[A-Za-z0-9-]{1,63}\.)+"
        r"[A-Za-z]{2,24}\t/",
        ("\t",),
        spare=_spare_cookie,
    ),
    # a cookie as an object (Playwright's storage state, Selenium's add_cookie, a browser tool's call)
    _Rule(
        "authorization",
        r"[\"']name[\"'][ \t]*:[ \t]*[\"'](?P<n>[^\"'\n]{1,80})[\"'][ \t]*,[ \t]*[\"']value[\"'][ \t]*:[ \t]*[\"']"
        rf"{_NOT_MARKER}(?P<s>[^\"'\n]{{1,4096}})[\"']",
        ("value",),
        spare=_spare_cookie_object,
    ),
    # .pgpass: host:port:database:user:PASSWORD
    _Rule(
        "password",
        # (a line of its own, or a file's content in a tool call's string: `"content": "host:5432:db:u:X\n"`)
        rf"(?m:(?:^|(?<=\"))[^\s:#\"]+:(?:[0-9]+|\*):[^\s:\",{{}}]+:[^\s:\",{{}}]+:{_NOT_MARKER}(?P<s>(?:[^\s\"\\]|\\(?!n))+)(?:$|(?=\\n|\")))",
        (":",),
        spare=_spare_pgpass,
    ),
    # a combo list: email:password alone on its line
    _Rule(
        "password",
        # (also after a relay host, as in Postfix's sasl_passwd: `[smtp.acme.io]:587 user@acme.io:X`)
        r"(?m:^[ \t]*(?:\[[^\]\s]+\](?::[0-9]+)?[ \t]+)?"
        rf"[\w.+-]+@[\w-]+(?:\.[\w-]+)+:{_NOT_MARKER}(?P<s>[^\s/]+)[ \t]*$)",
        ("@",),
        spare=_spare_line_password,
    ),
    # requests.get(url, auth=("user", "X")), HTTPBasicAuth("user", "X"), smtp.login("user", "X")
    _Rule(
        "password",
        r"(?:auth[ \t]*=[ \t]*\(?|basicauth\(|digestauth\(|\.login\(|credentials\(|\.auth\(|authenticate\("
        r"|\.sign_?in\(|\.signinwithemailandpassword\([^,\n]*,)[ \t]*"
        r"(?:(?P<q1>[\"'])[^\"'\n]*(?P=q1)[ \t]*,[ \t]*){1,3}"
        rf"(?P<q>[\"']){_NOT_MARKER}(?P<s>[^\"'\n]+)(?P=q)[ \t]*\)",
        ("auth", "login", "credentials", "sign"),
        on_lower=True,
        spare=lambda m, text: bool(_PLACEHOLDER.fullmatch(_value(m, text))) or len(_value(m, text)) < 6,
    ),
    # SMTP AUTH PLAIN <base64 of \0user\0password>, AUTH LOGIN's base64 password line
    _Rule(
        "basic-auth",
        r"auth[ \t]+plain[ \t]+(?P<s>[A-Za-z0-9+/]{8,}={0,2})",
        ("auth plain",),
        on_lower=True,
    ),
    # what a password generator printed: `pwgen -sy 18 1`, `openssl rand -base64 24`, then the output alone on
    # a line (after a tool's result label)
    _Rule(
        "password",
        r"(?:pwgen|openssl[ \t]+rand|makepasswd|apg[ \t]+-|xkcdpass|diceware|gpg[ \t]+--gen-random)[^\n]{0,80}\n"
        r"(?:[^\n]{0,30}?(?:observation|result|output|<-)[ \t]*:?[ \t]*\n?)?[ \t]*(?P<s>[^\s\"'<>{}\[\]]{8,64})[ \t]*$",
        ("pwgen", "openssl", "makepasswd", "apg", "xkcdpass", "diceware", "gpg"),
        flags=re.MULTILINE | re.IGNORECASE,
        spare=lambda m, text: not (looks_like_credential(m.group("s")) or looks_random(m.group("s"))),
    ),
    # recovery codes as services print them: three or more pairs of five letters and digits
    _Rule(
        "recovery-code",
        r"(?<![\w-])(?P<s>(?:[a-z0-9]{4,5}-[a-z0-9]{4,5})(?:[ \t,;]+|\r?\n[ \t]*)(?:[a-z0-9]{4,5}-[a-z0-9]{4,5}"
        r"(?:[ \t,;]+|\r?\n[ \t]*)){1,14}[a-z0-9]{4,5}-[a-z0-9]{4,5})(?![\w-])",
        ("-",),
        spare=lambda m, text: not _recovery_codes(m.group("s")),
    ),
    # Teams' newer webhook URL signs it last: `/IncomingWebhook/<id>/<owner id>/<signature>` (the id may be
    # a marker already)
    _Rule(
        "webhook",
        r"/IncomingWebhook/[^/\s]+/[0-9a-f-]{36}/(?P<s>[A-Za-z0-9_-]{30,})",
        ("/IncomingWebhook/",),
    ),
    # webhooks: Teams / Office 365, Mattermost, Zapier, a generic /hooks/<secret>
    _Rule(
        "webhook",
        r"(?:/IncomingWebhook/[0-9a-f]{32}/|/webhookb2/[^\s/]+/IncomingWebhook/|/IncomingWebhook/)(?P<s>[A-Za-z0-9_-]{16,})"
        r"|/hooks/(?:catch/[0-9]+/)?(?P<s2>[A-Za-z0-9]{16,})(?![A-Za-z0-9])",
        ("/IncomingWebhook/", "/hooks/"),
        spare=lambda m, text: (
            m.start("s2") >= 0
            and not looks_like_token(_value(m, text))
            and not any(c.isdigit() for c in _value(m, text))
        ),
    ),
)
