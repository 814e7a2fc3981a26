"""Whether a name (a key, a flag, a header, an element) names a secret, judged by its words.

`dbPassword`, `DB_PASSWD`, `x-api-key`, `accessToken`, `-storepass`, `SessionId` name secrets;
`primaryKey`, `keyboard`, `max_tokens`, `token_count`, `pin_memory`, `password_policy` do not. The
name is split into words (camelCase, snake_case, kebab-case, dots); what counts is its last word,
with the word before it as a qualifier (`api key`, not `primary key`; `auth token`, not `max tokens`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from skillhive.redact.lexicon import PASSWORD_CONCEPT, PIN_CONCEPT

_SPLIT = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")

# "password" in other languages (a name written by someone who does not write English)
_FOREIGN_PASSWORD_WORDS = frozenset(
    (
        *("passwort", "kennwort", "wachtwoord", "contrasena", "contraseña", "contrasenya", "senha", "passe"),
        *("motdepasse", "mdp", "hasło", "haslo", "heslo", "jelszó", "jelszo", "şifre", "sifre", "salasana"),
        *("lösenord", "losenord", "passord", "adgangskode", "geslo", "lozinka", "parolă", "parola", "пароль"),
        *("密码", "密碼", "口令", "パスワード", "비밀번호", "mậtkhẩu", "katasandi", "matkhau", "katalaluan"),
    )
)
# last word -> marker kind
_STRONG = {
    "password": "password",
    "passwd": "password",
    "passphrase": "password",
    "passcode": "password",
    "passkey": "password",  # M-Pesa's Daraja API calls its shared secret so
    "pwd": "password",
    "pw": "password",
    "pass": "password",
    "storepass": "password",
    "keypass": "password",
    "pin": "password",
    "secret": "secret",
    "secrets": "secret",
    "token": "token",
    "credential": "secret",
    "credentials": "secret",
    "creds": "secret",
    "apikey": "api-key",
    "otp": "secret",
    "totp": "secret",
    "mnemonic": "secret",
    "privkey": "secret",
    "psk": "password",
    "sessionid": "authorization",
    "sessid": "authorization",
    "jsessionid": "authorization",
    "phpsessid": "authorization",
    "sid": "authorization",
    "auth": "authorization",
    "authtoken": "token",
    "authtok": "token",  # PAM's and SSSD's (`ldap_default_authtok`)
    "authkey": "secret",
    "accesskey": "secret",
    "secretkey": "secret",
    "privatekey": "secret",
    "sas": "signature",
    # the same words in other languages (a name written by someone who does not write English)
    **dict.fromkeys(_FOREIGN_PASSWORD_WORDS, "password"),
}
# `key` and `secret` in other languages: a name written in them means what the English word means
_KEY_WORDS = frozenset(
    (
        *("clave", "chave", "chiave", "llave", "clé", "cle", "schlüssel", "schluessel", "sleutel", "klucz"),
        *("ключ", "nøgle", "nøkkel", "nyckel", "avain", "anahtar", "密钥", "秘钥", "キー", "키"),
    )
)
_SECRET_WORDS = frozenset(
    ("geheim", "geheimnis", "secreto", "secreta", "segreto", "segreta", "sekret", "секрет", "秘密", "비밀")
)
# what says which key in those languages (`clave_api`, `geheimer_schluessel`, `chave_privada`); not
# `clave_primaria`, `clave_foranea`: a table's keys
_FOREIGN_KEY_QUALIFIERS = frozenset(
    (
        *("api", "geheim", "geheimer", "geheime", "privat", "privater", "private", "privada", "privado"),
        *("privée", "privee", "privata", "secreta", "secreto", "segreta", "secrète", "secrete", "acceso"),
        *("acesso", "accès", "acces", "accesso", "zugangs", "zugang", "секретный", "приватный", "prywatny"),
        *("tajny", "cifrado", "cifrar", "chiffrement", "verschlüsselung", "firma", "assinatura", "signature"),
        # encryption, security, access, a network's (a router's label: `暗号化キー`, `WPA키`, `무선 보안키`)
        *("暗号化", "暗号", "加密", "암호화", "암호", "보안", "セキュリティ", "安全", "アクセス", "访问", "私有"),
        *("プライベート", "wpa", "wpa2", "wpa3", "wifi", "wlan", "wi", "fi", "无线", "無線", "무선", "네트워크"),
    )
)
# Glued into one lower-case word (`dbpassword`, `apitoken`): these endings name a secret.
_GLUED = (
    "password",
    "passwd",
    "passphrase",
    "secret",
    "token",
    "apikey",
    "accesskey",
    "secretkey",
    "privatekey",
    "sessionid",
    "storepass",
    "keypass",
    "privkey",
    "passwort",
    "kennwort",
    "wachtwoord",
    "motdepasse",
    "pass",  # `sshpass`, `requirepass`: weak, as `pass` is
    "auth",  # `masterauth`: weak
)
# English words that end like a glued secret name and are none
_GLUED_WORDS = frozenset(
    (
        *("bypass", "compass", "encompass", "overpass", "underpass", "surpass", "trespass", "impasse", "oauth"),
        *("highpass", "lowpass", "bandpass", "multipass", "firstpass", "onepass", "subpass", "renderpass"),
    )
)
# `key` names a secret after one of these; `primary key`, `cache key`, `public key` do not.
_KEY_QUALIFIERS = frozenset(
    [
        "api",
        "access",
        "private",
        "secret",
        "app",
        "account",
        "encryption",
        "encrypt",
        "decryption",
        "signing",
        "sign",
        "master",
        "subscription",
        "license",
        "licence",
        "auth",
        "client",
        "shared",
        "storage",
        "service",
        "webhook",
        "consumer",
        "deploy",
        "ssh",
        "gpg",
        "pgp",
        "hmac",
        "jwt",
        "crypto",
        "root",
        "admin",
        "sas",
        "host",
        "function",
        "bot",
        "ingest",
        "write",
        "personal",
        "rsa",
        "ed25519",
        "ecdsa",
        "cipher",
        "aes",
        "session",
        "x",
        "developer",
        "dev",
        "prod",
        "live",
        "mgmt",
        "management",
        "routing",
        "integration",
        "sdk",
        "server",
        "mobile",
        "partner",
        "merchant",
        "relay",
        "enrollment",
        "registration",
    ]
)
# `token` after these is a count, a cursor or a lexer's token, not a credential.
_NOT_A_CREDENTIAL_TOKEN = frozenset(
    [
        "max",
        "num",
        "total",
        "input",
        "output",
        "prompt",
        "completion",
        "min",
        "cancellation",
        "next",
        "page",
        "continuation",
        "pagination",
        "sync",
        "end",
        "start",
        "eos",
        "bos",
        "pad",
        "unk",
        "sep",
        "cls",
        "mask",
        "special",
        "stop",
        "resume",
        "lexer",
        "parse",
        "syntax",
    ]
)
# `session` / `seed` / `phrase` count only with these before them.
_QUALIFIED = {
    "id": ("session",),
    "phrase": ("seed", "recovery", "secret", "pass"),
    "seed": ("wallet", "mnemonic"),
    "answer": ("security", "secret", "memorable"),  # a security question's answer
}
# Said of a secret's value rather than naming another thing: `password_value`, `token_b64`.
_FILLER = frozenset(
    [
        "value",
        "val",
        "str",
        "string",
        "plain",
        "plaintext",
        "raw",
        "b64",
        "base64",
        "enc",
        "encoded",
        "hex",
        "text",
        "literal",
        "data",  # a kubeconfig's `client-key-data`: the key's bytes, inline
        "bytes",
    ]
)
# `key` after these names an id, a place or a public half, never a credential, whatever its value.
_ID_KEY_QUALIFIERS = frozenset(
    (
        *("public", "pub", "primary", "foreign", "partition", "sort", "range", "hash", "cache", "idempotency"),
        *("dedup", "dedupe", "deduplication", "lookup", "object", "s3", "bucket", "blob", "file", "row", "column"),
        *("group", "index", "unique", "composite", "surrogate", "natural", "lock", "message", "translation"),
        *("i18n", "map", "dict", "hot", "short", "shortcut", "shard", "correlation", "request", "trace"),
        *("event", "revision", "version", "build", "commit", "content", "checksum", "etag", "ref", "cursor"),
        *("continuation", "page", "next", "sequence", "fingerprint", "sign", "host", "gpg", "pgp", "ssh"),
        *("publishable", "default", "signing", "instrumentation", "site"),  # (a CAPTCHA's site key is public)
    )
)
# Loose secret words: a value under them is a secret only when it looks machine-made (judge.looks_random).
_LOOSE = frozenset(
    {"key", "salt", "apikey", "secretkey", "privatekey", "accesskey", "authkey", "encrypt", "encryption"}
    | {"pat", "sk", "ak", "skey"}  # personal access token; an AK/SK pair (access key, secret key); Duo's skey
    | {"login"}  # `sonar.login=<token>`: a login that is machine-made is a token, not a user's name
    | {"session"}  # `auth_session=<64 hex>` pasted from a browser: a machine-made session is the login itself
    | {"appid"}  # `?appid=<32 hex>`: a weather or maps API's key goes by the app's id
)
# a file of private keys or a bearer credential, as a value (`CERT_P12`, `KEYSTORE_BASE64`, `macaroon`)
_KEY_CONTAINER = re.compile(
    r"(?i)(?<![a-z0-9])(?:keystore|p12|pfx|jks|pkcs12|macaroon)(?:[_.-]?(?:base64|b64|data|content|bytes|value))?$"
)
# Words too common on their own: their value must look like a credential (judged by the caller).
WEAK = frozenset({"auth", "pass", "pw", "pin", "sid", "session", "otp", "parola", "passe"})


# an instance after a dotted name (`signon.rememberedPassword.smtp1`, `accounts.token.0`): which one, not what
_INSTANCE = re.compile(r"(?:\.[A-Za-z]{0,12}[0-9]{1,4}|\[[0-9]{1,4}\])$")


_FOREIGN_WORD = re.compile(r"[^\W\d_]+|[0-9]+")


def _foreign_words(name: str) -> list[str]:
    """The words of a name in any script: runs of letters, a combining mark (`पासवर्ड`'s vowel signs, which are
    no letters to `\\w`) joining the letters either side of it; and runs of digits."""
    joined = "".join("a" if unicodedata.category(c).startswith("M") else c for c in name)  # (same length)
    return [name[m.start() : m.end()] for m in _FOREIGN_WORD.finditer(joined)]


def words(name: str) -> list[str]:
    """`dbPassword` -> [db, password]; `X-API-Key` -> [x, api, key]; `AWS_SECRET_ACCESS_KEY` likewise.

    An encoding's name stays one word (`munge_key_b64` -> [munge, key, b64]), and an instance after a
    dotted name is dropped (`mail.password.smtp1` -> [mail, password]).
    """
    name = _INSTANCE.sub("", name) or name
    if not name.isascii():  # `contraseña`, `пароль_бд`: letters of any script, split at separators
        return [part for w in _foreign_words(name) for part in _split_compound(w.lower())]
    ws = [w.lower() for w in _SPLIT.findall(name)]
    if "64" in ws:
        i = ws.index("64")
        if i > 0 and ws[i - 1] in ("b", "base"):
            ws[i - 1 : i + 1] = [ws[i - 1] + "64"]
    return ws


# Chinese, Japanese and Korean write a compound with no separator (`数据库密码`, `管理パスワード`,
# `暗号化キー`, `관리자비밀번호`): its last word, when it names a secret, is a word of its own
_COMPOUND_ENDINGS = (
    "パスワード",
    "暗証番号",
    "비밀번호",
    "密码",
    "密碼",
    "口令",
    "密钥",
    "秘钥",
    "キー",
    "키",
    "秘密",
    "비밀",
)


def _split_compound(w: str) -> list[str]:
    for ending in _COMPOUND_ENDINGS:
        if w.endswith(ending) and len(w) > len(ending):
            return [w[: -len(ending)], ending]
    return [w]


def _drop_instance(ws: list[str]) -> None:
    """Drop what names an instance after the name: filler words, a number, a letter and a number
    (`SA_SECRET_L11`, `API_KEY_V2`: a level's, a version's secret)."""
    while len(ws) > 1 and (ws[-1] in _FILLER or ws[-1].isdigit()):
        if ws[-1].isdigit() and len(ws) > 2 and len(ws[-2]) == 1 and ws[-2].isalpha():
            ws.pop()
        ws.pop()


@lru_cache(maxsize=4096)
def secret_word(name: str) -> str | None:
    """The last word of `name` when it names a secret (`password`, `token`, `api key`…), else None."""
    ws = words(name)
    _drop_instance(ws)
    if not ws:
        return None
    foreign = _foreign_word(ws)
    if foreign is not None:
        return foreign
    if not name.isascii() and " ".join(ws) in _CONCEPTS_ABROAD:
        return "password"  # `पासवर्ड`, `رمز_عبور`, `кодовое_слово`: the lexicon's word for a password or a PIN
    last, before = ws[-1], ws[-2] if len(ws) > 1 else ""
    if last == "api" and before in ("token", "key", "secret", "chave", "clave", "chiave"):
        last, before = before, ws[-3] if len(ws) > 2 else ""  # `PJE_TOKEN_API`: the API's token, in Romance order
    if last == "key":
        return "key" if before in _KEY_QUALIFIERS else None
    if last in ("token", "tokens"):
        return None if before in _NOT_A_CREDENTIAL_TOKEN or last == "tokens" else "token"
    if last in _QUALIFIED:
        return last if before in _QUALIFIED[last] else None
    if last in _STRONG:
        return last
    if len(ws) == 1 and last.endswith(_GLUED) and last not in _GLUED_WORDS:
        return next(g for g in _GLUED if last.endswith(g))
    return None


# a password's or a PIN's word in a script other than Latin, written as a whole name
_CONCEPTS_ABROAD = frozenset(w.lower() for w in (*PASSWORD_CONCEPT, *PIN_CONCEPT) if not w.isascii())


# words after a password's word that make the name a thing about passwords (a reset mail, a policy, a hint)
_ABOUT_A_PASSWORD = frozenset(
    (
        *("reset", "mail", "email", "link", "policy", "policies", "rules", "hint", "length", "strength", "expiry"),
        *("richtlinie", "regeln", "länge", "vergessen", "änderung", "politica", "política", "politique", "regras"),
        *("reglas", "règles", "oubli", "olvidada", "esquecida", "recuperacion", "recuperación", "recuperação"),
    )
)


def _foreign_word(ws: list[str]) -> str | None:
    """A name in a language whose noun comes first (`senha_db`, `clave_api`, `chave_secreta`) or whose
    words for key and secret are its own (`api_schluessel`, `geheimnis`): the English word it means."""
    for i, w in enumerate(ws):
        if w in _SECRET_WORDS:
            return "secret"
        if w in _KEY_WORDS:
            others = ws[:i] + ws[i + 1 :]
            if any(o in _FOREIGN_KEY_QUALIFIERS or o in _KEY_QUALIFIERS for o in others):
                return "key"
            return None
    first = "motdepasse" if ws[:3] == ["mot", "de", "passe"] else ws[0]
    if len(ws) > 1 and ws[0] + ws[1] in _FOREIGN_PASSWORD_WORDS:
        first = ws[0] + ws[1]  # `mat_khau`, `kata_sandi`: a password's two words, written apart
        ws = [first, *ws[2:]]
        if len(ws) == 1:
            return first
    if len(ws) > 1 and first in _FOREIGN_PASSWORD_WORDS and first not in ("passe", "parola"):
        if any(w in _ABOUT_A_PASSWORD for w in ws[1:]):
            return None  # `Passwort-Reset-Mail`, `senha_politica`: a thing about passwords, not one
        return first  # `senha_db`, `contraseña_admin`, `пароль_бд`: the password of what follows
    return None


def secret_kind(name: str) -> str | None:
    """The marker kind for a value under `name`, or None when `name` names no secret."""
    word = secret_word(name)
    if word is None:
        return None
    if word == "key":
        return "api-key" if "api" in words(name) else "secret"
    if word in ("id", "phrase", "seed"):
        return "authorization" if word == "id" else "secret"
    return _STRONG.get(word) or ("password" if "pass" in word else "token" if word.endswith("token") else "secret")


@lru_cache(maxsize=4096)
def loose_secret_kind(name: str) -> str | None:
    """The marker kind when `name` ends in `key` or `salt` after any word but an id's (`STRIPE_KEY`,
    `openweather_key`, `aes_key`, `password_salt`; not `primary_key`, `cache_key`, `public_key`).

    Weaker than `secret_kind`: the caller must also find a machine-made value (judge.looks_random).
    """
    if _KEY_CONTAINER.search(name):
        return "secret"
    ws = words(name)
    _drop_instance(ws)
    if ws[-2:] == ["secret", "id"]:
        return "secret"  # Vault's AppRole `secret_id` (a credential) or AWS's `--secret-id prod/db` (a name): by value
    if not ws or ws[-1] not in _LOOSE or (ws[-1] in ("key", "salt") and len(ws) < 2):
        return None  # a bare `key:` is a cache's, a map's, a lock's as often as a credential's
    if ws[-1] == "key" and ws[-2] in _ID_KEY_QUALIFIERS:
        return None
    if ws[-1] == "session":
        return "authorization"
    return "api-key" if "api" in ws or ws[-1] == "apikey" else "secret"


_SECRET_NAME = re.compile(r"[A-Za-z_][A-Za-z_.-]{2,79}")


def names_a_secret(value: str) -> bool:
    """`--secret dbPassword`, `--from-env API_TOKEN`: a value that is a secret's name, not a secret."""
    return _SECRET_NAME.fullmatch(value) is not None and secret_kind(value) is not None


def is_weak(name: str) -> bool:
    """Whether `name`'s secret word is common enough that its value must look like a credential."""
    return secret_word(name) in WEAK
