"""Secret redaction: every trajectory passes through here before it is stored.

Each secret becomes a marker such as `[REDACTED:openai-key]`. No rule matches a marker, so
redacting a redacted text changes nothing and the content hash of a re-recorded run stays equal.

What is caught:
- Tokens with a vendor prefix (OpenAI, Anthropic, GitHub, GitLab, Slack, Stripe, npm, PyPI, Hugging
  Face, Shopify, DigitalOcean, SendGrid, Twilio, Mailgun, Telegram, Discord, Vault, skillhive's own
  `skh_` tokens, …), also glued to a word by `_` (`call_npm_<token>`) where the token's shape is
  strict enough; a `skh_` token keeps its public id (`skh_<id>_[REDACTED:skillhive-token]`), a
  Telegram token its bot id, a webhook URL its host and ids.
- JWTs, PEM private keys (also base64-encoded, as in a kubeconfig's `client-key-data`), the
  40-character AWS secret that follows an access key id on the same line (a `credentials.csv` row).
- `key = value` pairs whose key names a secret (`password`, `DB_PASS`, `SMTP_PW`, `MYSQL_PWD`,
  `client_secret`, `AccountKey`, a URL's `sig=`…), in env files, JSON, YAML, XML (`<password>x</password>`),
  query strings and `--flag value`; `Authorization:` headers; URL and `.netrc` passwords; passwords
  on command lines (`curl -u`, `mysql -pX`, `sshpass -p X`, `docker login -p X`, `plink -pw X`,
  `redis-cli -a X`, `openssl -passin pass:X`, `smbclient -U user%X`).
- Base64: a value that decodes to `user:password` after `Authorization:` (no scheme) or in a Docker
  or npm `auth` field; base64 decoded right there (`echo X | base64 -d`, `base64 -d <<< X`,
  `b64decode("X")`, `atob("X")`, `Buffer.from("X", "base64")`, `FromBase64String("X")`) and base64
  JSON (`eyJ…`, a Kubernetes `.dockerconfigjson`), when it decodes to text holding a secret or to
  a `user:password` pair. Other base64 (images, digests, ids, a blob passed around) is left alone:
  decoding every blob of every text would cost too much and guess too often.

Not caught on purpose: secrets with no prefix and no key name (a bare 40-hex Cloudflare token, a
UUID-shaped Heroku key, a random password on its own): any rule for them would also hit git SHAs,
digests and ids.

Speed: rules are precompiled and gated by a cheap substring test, token rules start with a literal
(so the regex engine jumps from candidate to candidate), and the keyword rules (`password=…`,
`Authorization: …`) run case-sensitively on the lower-cased text, several times faster than
`re.IGNORECASE`; lower-casing keeps every index, so their spans apply to the original text. Most
vendor tokens share three rules anchored on their separator (`_`, `-`, `.`): the engine jumps
from separator to separator, a look-ahead drops those not followed by a long run, and only then
look-behinds compare the prefixes, so twenty more kinds cost about what one rule costs.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from skillhive.models import MAX_AGENT_CHARS, Step, TrajectoryIn

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


# -- base64 -------------------------------------------------------------------------------------
_B64_RUN = r"[A-Za-z0-9+/_-]{12,}={0,2}(?![A-Za-z0-9+/=_-])"
_BASE64_GATES = ("ase64", "b64")  # base64, Base64, b64decode (atob("X") counts next to one of them)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_USER_PASS = re.compile(r"[A-Za-z0-9._@+-]{1,64}:[!-~]{3,128}")
_MAX_DECODED = 64_000


def _b64_text(value: str) -> str | None:
    """`value` decoded from base64 (standard or URL-safe) when that gives text, else None."""
    raw = value.rstrip("=")
    if len(raw) < 8 or len(raw) % 4 == 1 or len(raw) > _MAX_DECODED * 4 // 3:
        return None
    if "-" in raw or "_" in raw:
        raw = raw.replace("-", "+").replace("_", "/")
    try:
        decoded = base64.b64decode(raw + "=" * (-len(raw) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
        return None
    return None if _CONTROL.search(decoded) else decoded


def _spare_pem_b64(m: re.Match[str], text: str) -> bool:
    """`LS0tLS1CRUdJTi…` is `-----BEGIN…` in base64: a secret if a private key, not a certificate."""
    if not m.group().startswith("LS0t"):
        return False
    head = _b64_text(m.group()[:64])
    return head is None or "PRIVATE KEY" not in head


def _spare_placeholder(m: re.Match[str], text: str) -> bool:
    return bool(_PLACEHOLDER.fullmatch(text[slice(*_span(m))].strip("'\"")))


def _is_b64_user_pass(value: str) -> bool:
    decoded = _b64_text(value)
    return decoded is not None and bool(_USER_PASS.fullmatch(decoded))


def _spare_b64(m: re.Match[str], text: str) -> bool:
    """A base64 run is a secret when it decodes to `user:password` or to text holding a secret."""
    decoded = _b64_text(text[slice(*_span(m))])
    if decoded is None:
        return True
    return not (_USER_PASS.fullmatch(decoded) or redact_text(decoded)[1])


# -- which `key = value` matches are real secrets -----------------------------------------------
_PLACEHOLDER = re.compile(
    r"""(?ix)
    [*x.•\#_-]+                                   # ****, xxxx, ...
    | <[^>]*> | \{\{.*\}\} | \$\{?\w+\}? | %\(?\w+\)?s? | %\w+%   # <token>, {{ x }}, $X, ${X}, %X%
    | your[_-]\w* | \w+[_-]here
    | none|null|nil|true|false|undefined|str|string|int|bool|bytes|optional|any|secretstr
    | (?:%[-+\x20\#0]*[0-9]*[sdrif]|\{\w*\}|[:@/.,\x20_-])+   # '%s:%s', '{user}:{password}', {token}
    """
)
_CODE_NAME = re.compile(r"(?i:[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+)|[a-z][a-z0-9_]*_[a-z0-9_]*")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CODE_AFTER_VALUE = re.compile(r"[ \t]*[,)=\]|]")  # `x_pass: ShrinkPass,` is a type annotation
_WEAK_KEYS = frozenset({"pass", "pw", "pwd"})  # on their own, as likely a word's as a password's
_SHORT_WORD = re.compile(r"[A-Za-z]{1,7}")
_WORD = re.compile(r"[A-Za-z]+")
_PROSE_GOES_ON = re.compile(r"[ \t]+[A-Za-z]")
_B64_KEY = re.compile(r"(?=[^/]*[0-9])(?=[^/]*[A-Z])(?=[^/]*[a-z])[A-Za-z0-9+/]{30,}={0,2}")
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")
_TRAILING_PUNCT = ".,"  # `password=hunter2.` ends a sentence; the full stop is not the secret


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


def _spare_value(m: re.Match[str], text: str) -> bool:
    """A `key = value` whose value is code, a placeholder, a path or a word: not a secret."""
    start, end = _span(m)
    value = text[start:end]
    if _PLACEHOLDER.fullmatch(value) or value.startswith("arn:"):  # an ARN names a key, it is not one
        return True
    sep = m.group("sep")
    if sep == ">":  # <password>value</password>: only inside an element of that name
        key_start = m.start("k")
        return not (text.startswith("</", end) and key_start > 0 and text[key_start - 1] in "<:_-.")
    if m.group("k").startswith("sig"):  # a URL signature: short values are not one
        return len(value) < 16
    key_start = _key_start(m, text)
    if text.startswith("::", key_start - 2):  # AWS::Route53::KeySigningKey is a type's name
        return True
    key = text[key_start : m.end("k")].lstrip("-.")
    if key.lower() in _WEAK_KEYS and _WORD.fullmatch(value):  # 'pass': 'bandpass'
        return True
    name, named = key.rsplit(".", 1)[-1].lower().lstrip("_"), value.lower().lstrip("_")
    if named == name or name.endswith("_" + named):
        return True  # self.token = token, self._pwd = pwd, signing_key = key, X_KEY = "X_KEY"
    if m.start("q") >= 0:  # a quoted value was written on purpose: only placeholders are spared
        return False
    value = value.rstrip(_TRAILING_PUNCT) or value
    if (value[0] in "~.-$%{" or (value[0] == "/" and _is_path(value))) or _CODE_NAME.fullmatch(value):
        return True  # a path, a flag, a reference ($X), token=self.token, api_key=api_key
    if _IDENTIFIER.fullmatch(value) and (
        key.startswith(("self.", "this.", "cls.", "_"))  # self._client_key = keyfile
        or (sep.strip() == ":" and not any(c.isdigit() for c in value) and _CODE_AFTER_VALUE.match(text, end))
    ):
        return True
    if value.isdigit() and len(value) < 6:
        return True  # `token: 5` is a count
    if sep.strip() != ":" or not _WORD.fullmatch(value):
        return False
    # `Password: required for login`, `secret: word`: prose (or YAML) more often than a secret.
    return bool(_SHORT_WORD.fullmatch(value) or _PROSE_GOES_ON.match(text, end))


def _spare_bare_auth(m: re.Match[str], text: str) -> bool:
    """`Authorization: required` is prose; without a scheme the value must look like a credential."""
    if m.start("scheme") >= 0:
        return False
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


# -- command lines ------------------------------------------------------------------------------
# Which tool takes the password where: the match is one of these flags; the tool is looked up in
# the command it belongs to (from the line start, `|`, `;` or `&`).
_CLI_TOOL = re.compile(
    r"(?:^|[\s/\"'])(mysql\w*|mariadb\w*|sshpass|plink|pscp|psftp|redis-cli"
    r"|(?:docker|podman|nerdctl|buildah|skopeo|helm|oras)(?=[ \t].*\blogin\b))(?![\w-])"
)
_CLI_LOOKBACK = 300  # how far before the flag the tool's name may be
_CLI_FLAG_TOOLS = {
    "s3": ("mysql", "mariadb", "sshpass"),  # -pSECRET
    "s4": ("sshpass", "docker", "podman", "nerdctl", "buildah", "skopeo", "helm", "oras"),  # -p SECRET
    "s5": ("plink", "pscp", "psftp"),  # -pw SECRET
    "s6": ("redis-cli",),  # -a SECRET
}


def _spare_cli(m: re.Match[str], text: str) -> bool:
    """Leave `mkdir -p x`, `ssh -p 22`, `ls -a x` alone: only the right tool's flag holds a password."""
    start, end = _span(m)
    value = text[start:end]
    if _PLACEHOLDER.fullmatch(value.strip("'\"")):
        return True
    if m.lastgroup == "s":  # curl -u user:X
        return value.rstrip("`.,;:)").isdigit()
    tools = _CLI_FLAG_TOOLS.get(m.lastgroup or "")
    if tools is None:  # openssl `pass:X`, smbclient `-U user%X`: the syntax says it all
        return False
    lowest = max(0, m.start() - _CLI_LOOKBACK)  # bounded: a text of many flags stays linear
    begin = max(text.rfind(c, lowest, m.start()) for c in "\n|;&") + 1
    command = text[max(begin, lowest) : m.start()]
    return not any(tool.group(1).startswith(tools) for tool in _CLI_TOOL.finditer(command))


_CLI_VALUE = r"""(?:"[^"\n]+"|'[^'\n]+'|(?!\[REDACTED:)[^\s"'|;&<>()]+)"""


# -- vendor tokens: three rules anchored on the separator after the prefix -----------------------
@dataclass(frozen=True, slots=True)
class _Token:
    """A token `<prefix><separator><body>`: the prefix is a fixed-width regex, the body has no groups."""

    kind: str
    prefix: str
    body: str
    not_after: str = "[A-Za-z0-9]"  # may not follow this: `_` is allowed (call_npm_<token>)
    keep_prefix: bool = False  # the prefix is public (skh_<id>_): redact the body only


def _family(separator: str, lookahead: str, tokens: tuple[_Token, ...], last: str = "") -> _Rule:
    """One rule for the tokens whose prefix ends with `separator`.

    The engine jumps from separator to separator; `last` (a class every prefix ends with) and
    `lookahead` (what every body starts with) drop most of them before the prefixes are compared.
    """
    sep = re.escape(separator)
    kinds: dict[str, str] = {}
    alternatives = []
    for i, token in enumerate(tokens):
        if re.compile(token.body).groups:
            raise ValueError(f"capturing group in the body of {token.kind}")
        group = f"t{i}"
        kinds[group] = token.kind
        if token.keep_prefix:
            alternatives.append(f"(?<=(?<!{token.not_after}){token.prefix}{sep})(?P<{group}>){token.body}")
        else:
            alternatives.append(f"(?<=(?<!{token.not_after})(?P<{group}>{token.prefix}){sep}){token.body}")

    def kind_of(m: re.Match[str], text: str) -> str:
        return kinds[m.lastgroup or ""]

    def span_of(m: re.Match[str]) -> tuple[int, int]:
        return m.start(m.lastgroup or 0), m.end()

    return _Rule(
        "token",
        f"{sep}{f'(?<={last}{sep})' if last else ''}(?={lookahead})(?:{'|'.join(alternatives)})",
        (),
        kind_of=kind_of,
        span_of=span_of,
    )


_HEX32 = r"[a-f0-9]{32}(?![A-Za-z0-9])"
_UNDERSCORE_TOKENS = (
    _Token("github-token", r"gh[pousr]", r"[A-Za-z0-9]{30,}"),
    _Token("github-token", r"github_pat", r"[A-Za-z0-9_]{40,}"),
    _Token("stripe-key", r"[sr]k_(?:live|test)", r"[A-Za-z0-9]{16,}"),
    _Token("stripe-webhook-secret", r"whsec", r"[A-Za-z0-9+/]{24,}={0,2}"),
    _Token("npm-token", r"npm", r"[A-Za-z0-9]{36}(?![A-Za-z0-9])"),
    # 34 letters and digits, at least 8 upper- and 8 lower-case: random, not a CamelCase name
    _Token(
        "huggingface-token",
        r"hf",
        r"(?=(?:[a-z0-9]{0,33}[A-Z]){8})(?=(?:[A-Z0-9]{0,33}[a-z]){8})[A-Za-z0-9]{34}(?![A-Za-z0-9])",
    ),
    _Token("shopify-token", r"shp(?:at|ss|ca|pa)", r"[a-fA-F0-9]{32}(?![A-Za-z0-9])"),
    _Token("digitalocean-token", r"do[opr]_v1", r"[a-f0-9]{64}(?![A-Za-z0-9])"),
    _Token("skillhive-token", r"skh_[0-9a-f]{12}", r"[A-Za-z0-9_-]{20,128}(?![A-Za-z0-9_-])", keep_prefix=True),
    _Token("supabase-token", r"sbp", r"[a-f0-9]{40}(?![A-Za-z0-9])"),
    _Token("groq-key", r"gsk", r"[A-Za-z0-9]{48,}"),
    _Token("replicate-token", r"r8", r"(?=[A-Za-z]*[0-9])[A-Za-z0-9]{37}(?![A-Za-z0-9])"),
    _Token("grafana-token", r"glsa", r"[A-Za-z0-9]{32}_[a-f0-9]{8}(?![A-Za-z0-9])"),
    _Token("grafana-token", r"glc", r"[A-Za-z0-9+/]{32,}={0,2}"),
    _Token("linear-key", r"lin_api", r"[A-Za-z0-9]{40}(?![A-Za-z0-9])"),
    _Token("notion-token", r"ntn", r"(?=[A-Za-z]*[0-9])[A-Za-z0-9]{40,50}(?![A-Za-z0-9])"),
    _Token("netlify-token", r"nfp", r"[A-Za-z0-9]{36}(?![A-Za-z0-9])"),
    _Token("sentry-token", r"sntry[su]", r"[A-Za-z0-9+/=_-]{40,}"),
    _Token("docker-token", r"dckr_pat", r"[A-Za-z0-9_-]{20,}"),
    _Token("langsmith-key", r"lsv2_(?:pt|sk)", r"[a-f0-9]{32}_[a-f0-9]{10}(?![A-Za-z0-9])"),
    _Token("pinecone-key", r"pcsk", r"[A-Za-z0-9_]{40,}"),
)
_GITLAB_BODY = r"[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]+)*"
_DASH_TOKENS = (
    _Token("anthropic-key", r"sk-ant", r"[A-Za-z0-9_-]{20,}", not_after="[A-Za-z0-9-]"),
    _Token("openrouter-key", r"sk-or-v1", r"[a-f0-9]{64}(?![A-Za-z0-9])", not_after="[A-Za-z0-9-]"),
    _Token(
        "openai-key",
        r"sk",
        r"(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,}|(?=[A-Za-z]*[0-9])[A-Za-z0-9]{20,}(?![\w-]))",
        not_after="[A-Za-z0-9-]",
    ),
    _Token("slack-token", r"xox[abprse]", r"[A-Za-z0-9-]{10,}"),
    _Token("slack-token", r"xapp", r"[0-9]-[A-Za-z0-9-]{10,}"),
    _Token("gitlab-token", r"gl(?:dt|rt|ft)", _GITLAB_BODY),
    _Token("gitlab-token", r"gl(?:pat|ptt|cbt|imt|rtr|oas)", _GITLAB_BODY),
    _Token("gitlab-token", r"gl(?:soat|ffct)", _GITLAB_BODY),
    _Token("gitlab-token", r"glagent", _GITLAB_BODY),
    _Token("google-oauth-secret", r"GOCSPX", r"[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])"),
    _Token("pypi-token", r"pypi", r"AgE[A-Za-z0-9_-]{50,}"),
    _Token("newrelic-key", r"NRAK", r"[A-Z0-9]{27}(?![A-Za-z0-9])"),
    _Token("postman-key", r"PMAK", r"[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9])"),
    _Token("xai-key", r"xai", r"[A-Za-z0-9]{70,}"),
    _Token("perplexity-key", r"pplx", r"[A-Za-z0-9]{40,}"),
    _Token("tavily-key", r"tvly", r"(?:dev-|prod-)?[A-Za-z0-9]{32}(?![A-Za-z0-9])"),
    _Token("firecrawl-key", r"fc", _HEX32, not_after="[A-Za-z0-9_-]"),
    _Token("mailgun-key", r"key", _HEX32, not_after="[A-Za-z0-9_-]"),  # not `cache-key-<md5>`
    _Token("heroku-key", r"HRKU", r"[A-Za-z0-9_-]{30,}"),
    _Token("age-secret-key", r"AGE-SECRET-KEY", r"1[0-9A-Z]{58}(?![A-Za-z0-9])"),
)
# A Discord bot token starts with a user id (17 to 20 digits) in base64: groups of four characters
# that can only come from three digits, then what is left of the id.
_DIGITS_B64 = r"(?:[MNO][DTjz][AEIMQUYcgk][w-z0-5]){5}"
_DISCORD_BODY = r"[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_-])"
_DOT_TOKENS = (
    _Token("sendgrid-key", r"SG", r"[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])"),
    _Token("vault-token", r"hv[sbr]", r"[A-Za-z0-9_-]{24,}"),
    _Token("google-oauth-token", r"ya29", r"[A-Za-z0-9_-]{20,}"),
    _Token("doppler-token", r"dp", r"(?:st|pt|ct|sa)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,}"),
    _Token("terraform-token", r"[A-Za-z0-9]{14}\.atlasv1", r"[A-Za-z0-9_=-]{60,}"),
    _Token("mapbox-token", r"sk", r"eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}"),
    _Token("airtable-token", r"pat[A-Za-z0-9]{14}", r"[a-f0-9]{64}(?![A-Za-z0-9])"),
    *(
        _Token("discord-token", _DIGITS_B64 + f"[A-Za-z0-9_-]{{{n}}}", _DISCORD_BODY, not_after="[A-Za-z0-9_-]")
        for n in (3, 4, 6, 7)
    ),
)

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
_SEP = r"(?P<sep>[ \t]*(?:=>|:=|[:=](?!=))[ \t]*|>)"
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
    rf"""(?:(?:[rbfu]{{1,2}}(?=["']))?(?P<q>["'`]){_NOT_MARKER}(?P<s>(?:(?!(?P=q))[^\\\n]|\\.){{1,4096}})(?P=q)"""
    rf"""|{_NOT_MARKER}(?P<s2>[^\s"'`,;&<>()\[\]{{}}]{{1,4096}}+)(?![(\[]))"""
)

_RULES: tuple[_Rule, ...] = (
    _Rule(
        "private-key",
        r"-----BEGIN (?P<label>[A-Z0-9 ]*?)PRIVATE KEY(?: BLOCK)?-----"
        # the whole block or, cut short (clipped output), the base64 lines that follow the header
        r"(?:.*?-----END (?P=label)PRIVATE KEY(?: BLOCK)?-----|(?:(?:\s|\\n)*[A-Za-z0-9+/=]{16,})*)"
        # the same in base64 (`client-key-data: LS0tLS1CRUdJTi…` in a kubeconfig)
        r"|LS0tLS1CRUdJTi[A-Za-z0-9+/]+=*",
        ("PRIVATE KEY", "LS0tLS1CRUdJTi"),
        spare=_spare_pem_b64,
        flags=re.DOTALL,
    ),
    # Literal first, then a look-behind over it: the engine can jump from literal to literal.
    _Rule(
        "jwt",
        r"eyJ(?<![A-Za-z0-9-]eyJ)[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*",
        ("eyJ",),
    ),
    _family("_", r"[A-Za-z0-9_-]{16}", _UNDERSCORE_TOKENS),
    # every prefix of _DASH_TOKENS ends with one of `last`: keep it in step
    _family("-", r"[A-Za-z0-9_-]{10}", _DASH_TOKENS, last="[1abceikprstxyKUXY]"),
    # a long body, a Discord token's middle part, or Doppler's `dp.st.`
    _family(".", r"[A-Za-z0-9_-]{20}|[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27}|(?:st|pt|ct|sa)\.", _DOT_TOKENS),
    _Rule("google-api-key", r"AIza(?<![A-Za-z0-9-]AIza)[A-Za-z0-9_-]{35}(?![\w-])", ()),
    _Rule("twilio-key", r"SK(?<![A-Za-z0-9]SK)[0-9a-f]{32}(?![A-Za-z0-9])", ()),
    _Rule("atlassian-token", r"ATATT3(?<![A-Za-z0-9]ATATT3)[A-Za-z0-9_=-]{60,}", ()),
    # Azure AD client secret: three characters, a digit, `Q~`, then 31 to 34 more
    _Rule(
        "azure-client-secret",
        r"Q~(?<=(?<![A-Za-z0-9_~.-])(?P<p>[A-Za-z0-9_~.-]{3}[0-9])Q~)[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])",
        (),
        span_of=_prefix_span,
    ),
    # Telegram bot token `<bot id>:AA<33>`: the bot id is public, the rest is the secret
    _Rule(
        "telegram-bot-token",
        r":AA(?<=[0-9]:(?P<p>AA))[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])",
        (),
        span_of=_prefix_span,
    ),
    # webhook URLs are their own credential: keep the host and the ids, redact the secret part
    _Rule(
        "webhook",
        r"hooks(?:\.slack\.com/(?:services|workflows|triggers)/(?:[A-Za-z0-9]+/)*?(?P<s>[A-Za-z0-9]{20,})"
        r"|(?<=/webhooks)/[0-9]{15,20}/(?P<s2>[A-Za-z0-9_-]{60,}))(?![A-Za-z0-9_-])",
        (),
        kind_of=lambda m, text: "slack-webhook" if m.start("s") >= 0 else "discord-webhook",
    ),
    # credentials.csv: the secret access key right after the key id on the same line
    _Rule(
        "aws-secret-key",
        r"A(?<![A-Za-z0-9]A)(?:KIA|SIA)[A-Z0-9]{16}(?:[ \t]*[,;|:\t][ \t]*|[ \t]+)[\"']?"
        r"(?P<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
        ("AKIA", "ASIA"),
    ),
    _Rule(
        "aws-access-key-id",
        r"A(?<![A-Za-z0-9]A)(?:KIA|SIA)[A-Z0-9]{16}(?![A-Za-z0-9])",
        ("AKIA", "ASIA"),
    ),
    # scheme://user:PASSWORD@host — keep the user and the host
    _Rule("url-password", rf"://[^\s:/@'\"\[\]]*:{_NOT_MARKER}(?P<s>[^\s/@'\"]+)@(?=[\w\[])", ("://",)),
    # Passwords on command lines: curl -u user:X (not `docker run -u 1000:1000`, a uid and a gid),
    # mysql -pX, sshpass -p X, docker login -p X, plink -pw X, redis-cli -a X (checked against the
    # command's tool), openssl -passin pass:X, smbclient -U user%X. No gate: `-` is everywhere.
    _Rule(
        "password",
        r"-(?<![^\s\"'=]-)(?:(?:u|-user)[ \t]+[\"']?[^\s:\"'\[]+:(?P<s>(?!\[REDACTED:)[^\s\"'@]+)"
        r"|pass(?:in|out)?[ \t]+[\"']?pass:(?P<s7>(?!\[REDACTED:)[^\s\"']+)"
        rf"|pw[ \t]+(?P<s5>{_CLI_VALUE})|p(?P<s3>(?=[^\s-]){_CLI_VALUE})|p[ \t]+(?P<s4>{_CLI_VALUE})"
        rf"|a[ \t]+(?P<s6>{_CLI_VALUE})|U[ \t]+[\"']?[^\s%\"']+%(?P<s8>(?!\[REDACTED:)[^\s\"']+))",
        (),
        spare=_spare_cli,
    ),
    _Rule(
        "authorization",
        r"auth(?:orization(?<![a-z0-9_]authorization)[\"']?[ \t]*[:=][ \t]*[\"']?"
        rf"(?:(?P<scheme>bearer|basic|token|bot|digest)[ \t]+)?{_NOT_MARKER}"
        r"(?P<s>[A-Za-z0-9._~+/=:-]+)"
        # Docker's config.json `"auth": "<base64>"`, npm's `_auth=<base64>`
        r"|(?<=\"auth)\"[ \t]*:[ \t]*\"(?P<s3>[a-z0-9+/]{8,}={0,2})\""
        r"|(?<=_auth)[ \t]*=[ \t]*(?P<s4>[a-z0-9+/]{8,}={0,2})(?![a-z0-9+/=]))",
        ("auth",),
        on_lower=True,
        spare=_spare_auth,
        kind_of=_auth_kind,
    ),
    _Rule(
        "bearer-token",
        r"bearer(?<![a-z0-9_]bearer)[ \t]+(?P<s>(?=[a-z._~+/-]*[0-9])[a-z0-9._~+/-]{16,}=*)",
        ("bearer",),
        on_lower=True,
    ),
    _Rule(
        "aws-secret-key",
        r"secret_?access_?key[\"']?[ \t]*[:=][ \t]*[\"']?(?P<s>[a-z0-9/+=]{40})(?![a-z0-9/+=])",
        ("access",),
        on_lower=True,
    ),
    # .netrc: machine HOST login USER password SECRET (on one line or several, login required)
    _Rule(
        "password",
        r"machine\s+\S++(?:\s+(?:account|port)\s+\S++)*+(?:\s+login\s+\S++(?:\s+(?:account|port)\s+\S++)*+"
        rf"\s+password\s+{_NOT_MARKER}(?P<s>\S+)|\s+password\s+{_NOT_MARKER}(?P<s2>\S+)(?=\s+login\s))",
        (),
        on_lower=True,
        spare=_spare_placeholder,
    ),
    *(
        _Rule(
            "secret",
            rf"(?P<k>{keyword})(?:_base)?(?![a-z0-9_])[\"']?{_SEP}{_VALUE}",
            (),
            on_lower=True,
            spare=_spare_value,
            kind_of=_kind_from_key,
        )
        for keyword in _SECRET_KEYWORDS
    ),
    _Rule(
        "secret",
        r"--(?<![\w-]--)(?:[a-z0-9]+-)*(?P<k>password|passwd|passphrase|secret|token"
        rf"|api-?key|access-key|secret-key|client-secret)(?P<sep>[ \t]+){_VALUE}",
        ("--",),
        on_lower=True,
        spare=_spare_value,
        kind_of=_kind_from_key,
    ),
    # base64 decoded right there (`echo X | base64 -d`, `b64decode("X")`…) that holds a secret: one
    # literal-first rule per form, as they run in every text that mentions base64
    *(
        _Rule(
            "encoded-secret",
            rf"{command}[ \t]+(?:-[a-z]+[ \t]+|'%s'[ \t]+)*[\"']?(?P<s>{_B64_RUN})[\"']?[ \t]*\|[ \t]*"
            r"(?:base64|openssl[ \t]+(?:base64|enc[ \t]+-base64))[ \t]+(?:-d|--decode|-D)",
            _BASE64_GATES,
            spare=_spare_b64,
        )
        for command in ("echo", "printf")
    ),
    _Rule(
        "encoded-secret",
        rf"base64[ \t]+(?:-d|--decode|-D)[ \t]*<<<[ \t]*[\"']?(?P<s>{_B64_RUN})",
        _BASE64_GATES,
        spare=_spare_b64,
    ),
    _Rule(
        "encoded-secret",
        r"\((?:(?<=b64decode\()|(?<=decodebytes\()|(?<=atob\()|(?<=FromBase64String\()|(?<=DecodeString\()"
        rf"|(?<=Buffer\.from\())[ \t]*b?[\"'](?P<s>{_B64_RUN})[\"']",
        _BASE64_GATES,
        spare=_spare_b64,
    ),
    # base64 JSON (`eyJ` is `{"`), as in a Kubernetes `.dockerconfigjson`, that holds a secret
    _Rule(
        "encoded-secret",
        r"eyJ(?<![A-Za-z0-9+/=_-]eyJ)[A-Za-z0-9+/_-]{9,}={0,2}(?![A-Za-z0-9+/=_.-])",
        ("eyJ",),
        spare=_spare_b64,
    ),
)


class _Counter:
    __slots__ = ("n",)

    def __init__(self) -> None:
        self.n = 0


def _lower(text: str) -> str:
    """text.lower() with every character at the same index (İ alone lower-cases to two)."""
    return (text.replace("\u0130", "I") if "\u0130" in text else text).lower()


def _apply(rule: _Rule, text: str, lowered: str, counter: _Counter) -> str:
    """Replace the rule's secrets in `text` (matched in `lowered` for an `on_lower` rule)."""
    matches = rule.pattern.finditer(lowered if rule.on_lower else text)
    out: list[str] = []
    last = 0
    for m in matches:
        if rule.spare is not None and rule.spare(m, text):
            continue
        start, end = rule.span_of(m) if rule.span_of is not None else _span(m)
        if m.re.groupindex.get("s2") and m.start("s2") >= 0:
            while end - 1 > start and text[end - 1] in _TRAILING_PUNCT:
                end -= 1
        start = max(start, last)  # a prefix found behind the match cannot reach into the previous one
        out.append(text[last:start])
        out.append(marker(rule.kind_of(m, text) if rule.kind_of else rule.kind))
        last = end
    if not out:
        return text
    counter.n += len(out) // 2
    out.append(text[last:])
    return "".join(out)


def _redact(text: str, counter: _Counter) -> str:
    lowered = ""  # computed when the first `on_lower` rule needs it, again after each change
    # gate -> found, for gates two rules share (AKIA, eyJ); forgotten on each change
    seen_in_text: dict[str, bool] = {}
    seen_in_lowered: dict[str, bool] = {}
    for rule in _RULES:
        if rule.on_lower:
            if not lowered:
                lowered = _lower(text)
            haystack, seen = lowered, seen_in_lowered
        else:
            haystack, seen = text, seen_in_text
        if rule.gates:
            for gate in rule.gates:
                found = seen.get(gate)
                if found is None:
                    found = seen[gate] = gate in haystack
                if found:
                    break
            else:
                continue
        redacted = _apply(rule, text, lowered, counter)
        if redacted is not text:
            text, lowered = redacted, ""
            seen_in_text.clear()
            seen_in_lowered.clear()
    return text


def redact_text(text: str) -> tuple[str, int]:
    """Replace every secret in `text` with a marker; return the new text and how many."""
    if len(text) < 7:  # `token=x` is the shortest thing a rule matches
        return text, 0
    counter = _Counter()
    return _redact(text, counter), counter.n


# -- structured values ----------------------------------------------------------------------------
_SENSITIVE_KEY = re.compile(
    r"(?i)(?:^|[_.-])(?:password|passwd|passphrase|pass|pwd|pw|secret|secrets|token|api[_-]?key|apikey"
    r"|authorization|auth|credentials?|cookie|private[_-]?key|access[_-]?key|secret[_-]?key"
    r"|(?:account|encryption|signing|master|subscription)[_-]?key"
    r"|client[_-]?secret|session[_-]?id)$"
)


def is_sensitive_key(key: str) -> bool:
    """Whether a mapping key names a secret, so its value is redacted whatever it looks like."""
    return bool(_SENSITIVE_KEY.search(key))


def _redact_value(value: Any, counter: _Counter, kind: str | None) -> Any:
    """Redact strings anywhere in a JSON-like value; `kind` is set under a secret-named key."""
    if isinstance(value, str):
        if kind is None:
            return _redact(value, counter) if len(value) >= 7 else value
        if not value or _MARKER.fullmatch(value):
            return value
        counter.n += 1
        return marker(kind)
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        for key, item in value.items():
            item_kind = kind
            if item_kind is None and isinstance(key, str) and is_sensitive_key(key):
                item_kind = _key_kind(key)
            out[key] = _redact_value(item, counter, item_kind)
        return out
    if isinstance(value, list | tuple):
        return [_redact_value(item, counter, kind) for item in value]
    if kind is not None and isinstance(value, int | float) and not isinstance(value, bool):
        counter.n += 1
        return marker(kind)
    return value


def redact_value(value: Any) -> tuple[Any, int]:
    """Redact a JSON-like value (tool arguments): strings anywhere, anything under a secret key."""
    counter = _Counter()
    return _redact_value(value, counter, None), counter.n


def _max_length(model: type[Any], name: str) -> int:
    for meta in model.model_fields[name].metadata:
        if isinstance(getattr(meta, "max_length", None), int):
            return int(meta.max_length)
    raise LookupError(f"{model.__name__}.{name} has no max_length")


_MAX_TOOL_NAME = _max_length(Step, "tool_name")


def redact_trajectory(t: TrajectoryIn) -> tuple[TrajectoryIn, int]:
    """Redact every free-text field of a trajectory; return it (the same object if clean) and the count.

    Redacted: the task, each step's thought, action, observation, tool name and tool arguments, the
    outcome's feedback, the tags and the agent. A tag must stay a valid tag (no brackets), so a tag
    that holds a secret becomes `redacted:<kind>` (the kind of its first secret); a tool name or an
    agent that a marker made longer than its limit is cut to it. Skill names are not redacted: their
    pattern (`name` or `name@hex`) leaves no room for anything but a name and a commit.
    """
    counter = _Counter()

    def text(value: str) -> str:
        return _redact(value, counter) if len(value) >= 7 else value

    def tag(value: str) -> str:
        before = counter.n
        redacted = text(value)
        if counter.n == before:
            return value
        found = _MARKER.search(redacted)
        return f"redacted:{found.group()[len(MARKER_PREFIX) : -1]}" if found else "redacted"

    task = text(t.task)
    steps = []
    for step in t.steps:
        update: dict[str, Any] = {
            "thought": text(step.thought),
            "action": text(step.action),
            "observation": text(step.observation),
        }
        if step.tool_name is not None:
            update["tool_name"] = text(step.tool_name)[:_MAX_TOOL_NAME]
        if step.tool_args is not None:
            update["tool_args"] = _redact_value(step.tool_args, counter, None)
        steps.append(step.model_copy(update=update))
    outcome = t.outcome
    if outcome.feedback is not None:
        outcome = outcome.model_copy(update={"feedback": text(outcome.feedback)})
    tags = [tag(value) for value in t.tags]
    agent = None if t.agent is None else text(t.agent)[:MAX_AGENT_CHARS]
    if counter.n == 0:
        return t, 0
    update = {"task": task, "steps": steps, "outcome": outcome, "tags": tags, "agent": agent}
    return t.model_copy(update=update), counter.n
