"""The rule table `_RULES`, assembled from the predicates of the other modules, and `redact_text`, which runs it."""

from __future__ import annotations

import base64
import difflib
import json
import re
import unicodedata

from skillhive.redact.blocks import (
    DUMP_RULES,
    redact_codes,
    redact_file_dumps,
    redact_graphql_variables,
    redact_sensitive_state,
    redact_tables,
)
from skillhive.redact.calls import CALL_RULES
from skillhive.redact.commands import _CLI_VALUE, COMMAND_RULES, _spare_cli
from skillhive.redact.corrected import redact_twins
from skillhive.redact.documents import DOCUMENT_RULES
from skillhive.redact.encoded import (
    _B64_RUN,
    _BASE64_GATES,
    _HEX_RUN,
    _USER_PASS,
    _b64_text,
    _hex_text,
    _is_private_key_der,
    _spare_pem_b64,
)
from skillhive.redact.engine import _NOT_MARKER, _apply, _Counter, _lower, _prefix_span, _Rule, _span, marker
from skillhive.redact.judge import entropy, looks_random
from skillhive.redact.keyfiles import KEYFILE_RULES
from skillhive.redact.known import mask_known
from skillhive.redact.layers import joined_literals, rescan_layers
from skillhive.redact.named import NAMED_RULES
from skillhive.redact.named_above import redact_named_above
from skillhive.redact.national_ids import ID_RULES
from skillhive.redact.pieces import PIECE_RULES
from skillhive.redact.pii import PII_RULES
from skillhive.redact.said import (
    redact_aligned_tables,
    redact_announced_messages,
    redact_told_in_a_clause,
)
from skillhive.redact.shapes import SHAPE_RULES
from skillhive.redact.spoken import SPOKEN_RULES
from skillhive.redact.spoken_digits import redact_spoken_digits
from skillhive.redact.tokens import _DASH_TOKENS, _DOT_TOKENS, _UNDERSCORE_TOKENS, _family
from skillhive.redact.told import TOLD_RULES, redact_asked_then_told, redact_password_shaped
from skillhive.redact.values import (
    _SECRET_KEYWORDS,
    _SEP,
    _VALUE,
    _auth_kind,
    _kind_from_key,
    _spare_auth,
    _spare_placeholder,
    _spare_value,
)
from skillhive.redact.warned import redact_warned_codes
from skillhive.redact.wire import WIRE_RULES


# Here rather than in encoded.py: it runs the whole table on the decoded text.
def _spare_b64(m: re.Match[str], text: str) -> bool:
    """A base64 run is a secret when it decodes to `user:password` or to text holding a secret."""
    decoded = _b64_text(text[slice(*_span(m))])
    if decoded is None:
        return True
    return not (_USER_PASS.fullmatch(decoded) or redact_text(decoded)[1])


def _spare_hex(m: re.Match[str], text: str) -> bool:
    """A hex run is a secret when it is ASCII text holding one (a dumped environment variable)."""
    decoded = _hex_text(m.group())
    return decoded is None or not (_USER_PASS.fullmatch(decoded) or redact_text(decoded)[1])


# an armored block's label: what says its body is a secret, and what says it is not (or another rule's)
_ARMOR_SECRET = re.compile(r"(?i:key|secret)")
_ARMOR_NOT_SECRET = re.compile(r"(?i:public|certificate|signature|message|private key)")


_MEDICARE = re.compile(r"(?i:medicare)|\bMBI\b")  # what names the MBI rule's context

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
    # any other armored block whose label names a key or a secret that is not public: an OpenVPN
    # static key, a "… SECRET KEY"; its body (certificates, signatures, public keys, messages stay)
    _Rule(
        "private-key",
        r"-----BEGIN (?P<label>[A-Za-z0-9 ]{1,60}?)-----[ \t]*\r?\n"
        r"(?P<s>[^-]{16,16384}?)\r?\n?-----END (?P=label)-----",
        ("-----BEGIN",),
        spare=lambda m, text: (
            _ARMOR_NOT_SECRET.search(m.group("label")) is not None or _ARMOR_SECRET.search(m.group("label")) is None
        ),
    ),
    # a PEM body without its header: base64 DER of a private key (a certificate is left alone)
    _Rule(
        "private-key",
        r"(?:MI|MH|MC|b3Bl)(?<![A-Za-z0-9+/=]MI)(?<![A-Za-z0-9+/=]MH)(?<![A-Za-z0-9+/=]MC)(?<![A-Za-z0-9+/=]b3Bl)"
        r"[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/=])",
        ("MI", "MH", "MC", "b3Bl"),
        spare=lambda m, text: not _is_private_key_der(m.group()),
    ),
    # Literal first, then a look-behind over it: the engine can jump from literal to literal.
    _Rule(
        "jwt",
        r"eyJ(?<![A-Za-z0-9-]eyJ)[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*",
        ("eyJ",),
        spare=lambda m, text: _anonymous_jwt(m.group()),
    ),
    # Mailgun's private API key: 32 hex, then two groups of 8 (a UUID is 8-4-4-4-12)
    _Rule(
        "mailgun-key",
        r"(?<![0-9a-f-])[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}(?![0-9a-zA-Z-])",
        ("-",),
    ),
    _family("_", r"[A-Za-z0-9_-]{16}", _UNDERSCORE_TOKENS),
    # every prefix of _DASH_TOKENS ends with one of `last`: keep it in step
    _family("-", r"[A-Za-z0-9_-]{10}", _DASH_TOKENS, last="[1abceiklprstxyKUXY]"),
    # a long body, a Discord token's middle part, or Doppler's `dp.st.`
    _family(".", r"[A-Za-z0-9_-]{20}|[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27}|(?:st|pt|ct|sa)\.", _DOT_TOKENS),
    # a Discord bot token by its shape alone (three dotted parts: 23-28, 6, 27-38), when its first and last
    # parts are random runs: the prefix rule above reads the user id inside the first part, which
    # tokens copied, redacted and regenerated by people do not always keep
    _Rule(
        "discord-token",
        r"(?<![A-Za-z0-9_.-])(?P<a>[A-Za-z0-9_-]{23,28})\.[A-Za-z0-9_-]{6}\.(?P<b>[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])",
        (),
        spare=lambda m, text: not (_mixed_case_random(m.group("a")) and looks_random(m.group("b"))),
    ),
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
        r"|(?<=/webhooks)/[0-9]{15,20}/(?P<s2>[A-Za-z0-9_-]{20,})"
        # the same path on any other host (a self-hosted chat's `/hooks/T…/B…/<secret>`): its random last part
        r"|(?<=/hooks)/(?:[A-Za-z0-9_-]{1,40}/){1,4}(?P<s3>[A-Za-z0-9_-]{20,}))(?![A-Za-z0-9_-])",
        (),
        kind_of=lambda m, text: (
            "slack-webhook" if m.start("s") >= 0 else "discord-webhook" if m.start("s2") >= 0 else "webhook"
        ),
        spare=lambda m, text: m.start("s3") >= 0 and not looks_random(m.group("s3")),
    ),
    # a BitLocker recovery key after its name: eight groups of six digits, whatever their check (shapes.py
    # reads a bare one by its check: each group a multiple of 11)
    _Rule(
        "recovery-key",
        r"(?:recovery|bitlocker)[^\n]{0,60}?(?<![0-9-])(?P<s>[0-9]{6}(?:-[0-9]{6}){7})(?![0-9-])",
        ("recovery", "bitlocker"),
        on_lower=True,
    ),
    # credentials.csv: the secret access key right after the key id on the same line
    _Rule(
        "aws-secret-key",
        r"A(?<![A-Za-z0-9]A)(?:KIA|SIA)[A-Z0-9]{16}(?:[ \t]*[,;|:\t][ \t]*|[ \t]+)[\"']?"
        r"(?P<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
        ("AKIA", "ASIA"),
    ),
    # Databricks' personal access token (`dapi` and 32 hex), Mailchimp's API key (32 hex and its data centre)
    _Rule("databricks-token", r"d(?<![A-Za-z0-9]d)api[0-9a-f]{32}(?:-[0-9])?(?![A-Za-z0-9])", ("dapi",)),
    # Square's access token (`EAAA` and 60), Medicare's beneficiary identifier (MBI, its own alphabet) where
    # Medicare is named
    _Rule("square-token", r"E(?<![A-Za-z0-9_-]E)AAA[A-Za-z0-9_-]{60}(?![A-Za-z0-9_-])", ("EAAA",)),
    _Rule(
        "personal-id",
        r"(?<![A-Za-z0-9])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?"
        r"[AC-HJKMNP-RT-Y]{2}[0-9]{2}(?![A-Za-z0-9])",
        ("Medicare", "medicare", "MEDICARE", "MBI"),
        spare=lambda m, text: _MEDICARE.search(text, max(0, m.start() - 300), m.end() + 300) is None,
    ),
    _Rule("mailchimp-key", r"(?<![A-Za-z0-9])[0-9a-f]{32}-us[0-9]{1,2}(?![A-Za-z0-9])", ("-us",)),
    _Rule(
        "aws-access-key-id",
        r"A(?<![A-Za-z0-9]A)(?:KIA|SIA)[A-Z0-9]{16}(?![A-Za-z0-9])",
        ("AKIA", "ASIA"),
    ),
    # Passwords on command lines: curl -u user:X (not `docker run -u 1000:1000`, a uid and a gid),
    # mysql -pX, sshpass -p X, docker login -p X, plink -pw X, redis-cli -a X (checked against the
    # command's tool), openssl -passin pass:X, smbclient -U user%X. No gate: `-` is everywhere.
    _Rule(
        "password",
        r"-(?<![^\s\"'=]-)(?:(?:u|-user)(?:[ \t]+|=)[\"']?[^\s:,\"'\[]*[:,][\"']?(?P<s>(?!\[REDACTED:)[^\s\"'@]+)"
        r"|pass(?:in|out|word)?[ \t]+[\"']?pass:(?P<s7>(?!\[REDACTED:)[^\s\"']+)"
        r"|(?P<f>pw(?=[ \t])|hp(?=[^\s=-])|[pPwakcN])"
        rf"(?:(?:[ \t]+|=)(?P<s4>{_CLI_VALUE})|(?P<s3>(?=[^\s-]){_CLI_VALUE}))"
        rf"|U[ \t]+[\"']?[^\s%\"']+%(?P<s8>(?!\[REDACTED:)[^\s\"']+))",
        (),
        spare=_spare_cli,
    ),
    *COMMAND_RULES,
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
            rf"(?P<k>{keyword})(?:_base)?(?![a-z0-9_])[\"']?\]?{_SEP}{_VALUE}",
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
    *NAMED_RULES,
    *CALL_RULES,
    *WIRE_RULES,
    *SHAPE_RULES,
    *KEYFILE_RULES,
    *PII_RULES,
    *ID_RULES,
    *SPOKEN_RULES,
    *PIECE_RULES,
    *DOCUMENT_RULES,
    *TOLD_RULES,
    *DUMP_RULES,
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
    _Rule("encoded-secret", _HEX_RUN, (), spare=_spare_hex),
    # base64 JSON (`eyJ` is `{"`), as in a Kubernetes `.dockerconfigjson`, that holds a secret
    _Rule(
        "encoded-secret",
        r"eyJ(?<![A-Za-z0-9+/=_-]eyJ)[A-Za-z0-9+/_-]{9,}={0,2}(?![A-Za-z0-9+/=_.-])",
        ("eyJ",),
        spare=_spare_b64,
    ),
)


# each rule's gates that an ASCII text can hold: words of other scripts (the lexicons' many) are not
# looked for in it, and a rule gated only by them does not run on it
_ASCII_GATES: tuple[tuple[str, ...], ...] = tuple(tuple(g for g in rule.gates if g.isascii()) for rule in _RULES)


def _mixed_case_random(value: str) -> bool:
    """Both cases and high entropy: base64 of an id or a random run, not a dotted name's part."""
    return any(c.isupper() for c in value) and any(c.islower() for c in value) and entropy(value) >= 3.8


def _anonymous_jwt(token: str) -> bool:
    """A JWT whose claims give it the anonymous role (`{"role": "anon"}`, Supabase's anon key): the public key a
    browser app ships; the database's row-level policies, not the token, keep data in."""
    payload = token.split(".")[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(claims, dict) and claims.get("role") == "anon"


def _redact(text: str, counter: _Counter, depth: int = 0) -> str:
    text = mask_known(text, counter)  # the process's own and the declared secrets first, whatever they look like
    original = text
    lowered = ""  # computed when the first `on_lower` rule needs it, again after each change
    # gate -> found, for gates two rules share (AKIA, eyJ); forgotten on each change
    seen_in_text: dict[str, bool] = {}
    seen_in_lowered: dict[str, bool] = {}
    ascii_text = text.isascii()  # a change puts ASCII markers in: an ASCII text stays one
    for rule, ascii_gates in zip(_RULES, _ASCII_GATES, strict=True):
        if rule.on_lower:
            if not lowered:
                lowered = _lower(text)
            haystack, seen = lowered, seen_in_lowered
        else:
            haystack, seen = text, seen_in_text
        if rule.gates:
            for gate in ascii_gates if ascii_text else rule.gates:
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
    text = redact_file_dumps(redact_codes(redact_tables(text, counter), counter), counter)
    text = redact_sensitive_state(redact_graphql_variables(text, counter), counter)
    text = redact_password_shaped(redact_asked_then_told(text, counter), counter)
    text = redact_warned_codes(redact_named_above(text, counter), counter)
    text = redact_announced_messages(redact_told_in_a_clause(text, counter), counter)
    text = redact_aligned_tables(text, counter)
    if depth == 0:
        text = joined_literals(text, counter, original, _redact)
    return rescan_layers(text, counter, depth, _redact)


def redact_text(text: str) -> tuple[str, int]:
    """Replace every secret in `text` with a marker; return the new text and how many."""
    if len(text) < 7:  # `token=x` is the shortest thing a rule matches
        return text, 0
    counter = _Counter(found=[])
    redacted = _redact(text, counter)
    if counter.found:
        redacted = redact_twins(_repeated(redacted, counter), counter)
    if not text.isascii() and (_LOCAL_DIGIT.search(redacted) or _HAN_DIGITS.search(redacted)):
        redacted = _with_local_digits(redacted, counter)
    redacted = redact_spoken_digits(redacted, counter, _redact)
    return redacted, counter.n


# a decimal digit of another script (Devanagari, Bengali, Thai, Burmese, Arabic-Indic, full-width)
_LOCAL_DIGIT = re.compile(r"(?![0-9])\d")
# Chinese and Japanese numerals written digit by digit, four or more ("支付密码是六八一九九五"): read as digits too
# (not 十, 百, 千: with them the numerals are a quantity)
_HAN_DIGIT = dict(zip("〇零一二三四五六七八九幺两", "0012345678912", strict=True))  # 幺, 两: "one", "two" dictated
_HAN_DIGITS = re.compile("[〇零一二三四五六七八九幺两]{4,18}")


def _with_local_digits(text: str, counter: _Counter) -> str:
    """`text` read again with every digit of another script as its ASCII digit ("आपका OTP १४२५७२ है", "PIN
    แอปเป๋าตังคือ ๙๓๒๗๖๓"): what that finds is redacted in the text as written. A digit is one character in
    either script, so the two texts line up character by character outside what is replaced."""
    ascii_digits = _LOCAL_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text)
    ascii_digits = _HAN_DIGITS.sub(lambda m: "".join(_HAN_DIGIT[c] for c in m.group()), ascii_digits)
    more = _Counter(found=[])
    redacted = _redact(ascii_digits, more)
    if more.n == 0:
        return text
    counter.n += more.n
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ascii_digits, redacted, autojunk=False).get_opcodes():
        out.append(text[i1:i2] if op == "equal" else redacted[j1:j2])
    return "".join(out)


_DIGIT = re.compile(r"[0-9]")


def _repeated(text: str, counter: _Counter) -> str:
    """A secret said again in the same text ("the code is 3 1 9 0. Again, 3 1 9 0"): each repeat goes too.

    Only values of 6 characters or more with a digit (no word, so never a marker's kind), and only
    whole (no letter or digit either side).
    """
    found = counter.found or ()
    for value, kind in {v: k for v, k in found if len(v) >= 6 and v.strip() == v and _DIGIT.search(v)}.items():
        if value in text:
            pattern = re.compile(r"(?<![A-Za-z0-9])" + re.escape(value) + r"(?![A-Za-z0-9])")
            text, n = pattern.subn(marker(kind), text)
            counter.n += n
        digits = _GROUPING.sub("", value)
        if digits != value and digits.isdigit() and len(digits) >= 8 and digits in text:
            # the same number typed again without its grouping ("ITIN 967-71-5587 … dashes removed -> 967715587")
            text, n = re.subn(r"(?<![A-Za-z0-9])" + digits + r"(?![A-Za-z0-9])", marker(kind), text)
            counter.n += n
    return text


_GROUPING = re.compile(r"[ .\-/]")
