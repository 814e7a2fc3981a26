"""Vendor tokens `<prefix><separator><body>`, grouped into three rules anchored on the separator (`_`, `-`, `.`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from skillhive.redact.engine import _Rule


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
    _Token("pulumi-token", r"pul", r"[a-f0-9]{40}(?![A-Za-z0-9])", not_after="[A-Za-z0-9_-]"),
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
