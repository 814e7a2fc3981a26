"""Text that must not reach an agent as if it were advice: exfiltration, disabled safeguards, remote
code, prompt injection, secrets, hidden unicode.

The evolver's gates refuse skill edits and lessons that hold such text; retrieval withholds served
text that does (runs are recorded by members, and a run is data, not instructions).

Patterns are matched against the text normalised first (`normalise`): NFKC, words hyphenated
across a line break joined, case folded, invisible and format characters (soft hyphens, joiners,
fillers) and combining marks dropped, look-alike Cyrillic and Greek letters read as Latin, runs of
spaces collapsed. Intents are matched on its words alone (punctuation and spaced-out letters
closed up), in several languages: overriding the agent's instructions, fetching code and running
it, sending credentials to the network or into commits, PRs and issues. `negatable` phrases pass
right after a negation ("never disable the tests"); concrete commands never do (even "never use
--no-verify" is refused): a human can still write those by hand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from skillhive.models import ExperienceItem
from skillhive.redact import redact_text


@dataclass(frozen=True)
class _Pattern:
    family: str
    name: str
    negatable: bool
    regex: re.Pattern[str]


_NOT_LOCAL = r"(?!(?:localhost|127\.0\.0\.1|\[::1\])[:/])"
_SECRET_FILE = r"(?:\.env\b|\.ssh|id_rsa|id_ed25519|credentials|\.netrc|/etc/(?:passwd|shadow)|\.aws|\.npmrc|\.pypirc)"
_SHELL = r"(?:sudo\s+(?:-\S+\s+)*)?(?:(?:ba|z|da|k|fi|tc)?sh|python[0-9.]*|perl|ruby|node|php)\b"
# fmt: off
_SAFETY_SOURCES: tuple[tuple[str, str, bool, str], ...] = (
    # exfiltration: data sent to a remote URL, webhook or mailbox; uploads; local secrets to the network
    ("exfiltration", "send-to-remote", True,
     r"\b(?:send|upload|post|transmit|forward|exfiltrate|leak|e-?mail|beacon|submit|pipe)\b(?:[^.;!?\n]|\.(?=\S)){0,80}?"
     r"\b(?:to|at|into)\s+(?:\S+\s+){0,3}?(?:https?://" + _NOT_LOCAL + r"|[\w.+-]+@[\w-]+\.[a-z]{2,}"
     r"|webhook|pastebin|requestbin|ngrok|(?:external|remote)\s+(?:server|url|endpoint|host))"),
    ("exfiltration", "share-secret-files", False,
     r"\b(?:attach|upload|send|share|paste|post|e-?mail|forward|leak|exfiltrate)\b[^.;!?\n]{0,60}?"
     r"(?:~/|\$home/|/home/\S+/|\s)" + _SECRET_FILE),
    ("exfiltration", "curl-upload", False,
     r"\bcurl\b[^\n|;]*?(?:\s-d\s*@|\s--data\S*[= ]\s*@|\s-f\s*\S+=@|\s--form\s+\S+=@|\s-t\s"
     r"|\s--upload-file\b)|\bwget\b[^\n|;]*?--post-(?:file|data)"),
    ("exfiltration", "local-secrets-to-network", False,
     r"(?:\b(?:env|printenv)\b|\bcat\s+\S*" + _SECRET_FILE + r")[^\n]{0,80}?\|\s*"
     r"(?:curl|wget|nc|ncat|netcat)\b"
     r"|\b(?:curl|wget)\b[^\n]*?(?:\$\(\s*(?:env|printenv|cat\b)|\$\{?[a-z_]*(?:token|secret|key|password)"
     r"|@\S*" + _SECRET_FILE + r")|\b(?:nc|ncat|netcat)\s+\S+\s+\d+\s*<"),
    # disabled safeguards
    ("safeguards", "disable-checks", True,
     r"\b(?:disable|bypass|skip|turn\s+off|switch\s+off|ignore|circumvent|deactivate|suppress|silence"
     r"|comment\s+out|delete|remove)\s+(?:(?:all|the|any|every|your|failing|these)\s+)*(?:security|safety"
     r"|safeguards?|guardrails?|tests?|test\s+suite|linters?|linting|lint|type\s?check(?:s|ing|er)?"
     r"|sandbox(?:ing)?|pre-commit|hooks?|ci\s+checks|checks|ssl|tls|certificate\s+(?:verification|checks?)"
     r"|verification|antivirus|firewall|audit\s+logs?|2fa|mfa|authentication)\b"),
    ("safeguards", "no-verify-flags", False,
     r"--no-verify\b|--dangerously-skip-permissions|--no-sandbox\b|\bverify\s*=\s*false\b"
     r"|git_ssl_no_verify|node_tls_reject_unauthorized\s*=\s*['\"]?0|pythonhttpsverify\s*=\s*0"),
    ("safeguards", "chmod-777", False, r"\bchmod\s+(?:-r\s+)?(?:a\+rwx|0?777)\b"),
    ("safeguards", "set-plus-e", False, r"\bset\s+\+e\b"),
    ("safeguards", "rm-root", False, r"\brm\s+(?:-[a-z-]+\s+)*(?:/|/\*|~/?|\$home/?)(?=$|[\s\"'`;&|)])"),
    # fetch and run remote code
    ("remote-code", "pipe-to-shell", False, r"\b(?:curl|wget)\s+[^\s|][^\n]*?\|\s*" + _SHELL),
    ("remote-code", "run-fetched", False,
     r"(?:\b(?:ba|z)?sh|\bsource|(?:^|\s)\.)\s+<\(\s*(?:curl|wget)\b"
     r"|\beval\s+[\"']?(?:\$\(|`)\s*(?:curl|wget)\b|\bpython[0-9.]*\s+-c\s+[\"']?\$\(\s*(?:curl|wget)\b"
     r"|\bexec\s*\(\s*(?:requests\.get|urllib|urlopen)"
     r"|\b(?:iex|invoke-expression)\b[^\n]*?(?:iwr|irm|invoke-webrequest|invoke-restmethod|downloadstring)"
     r"|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b[^\n]*?\|\s*(?:iex|invoke-expression)\b"),
    ("remote-code", "install-from-url", False,
     r"\bpip[0-9.]*\s+install\b[^\n]*?(?:https?://|git\+|--(?:extra-)?index-url)"
     r"|\b(?:npm|yarn|pnpm)\s+(?:install|add|i)\b[^\n]*?https?://"),
    # prompt injection aimed at the agent
    ("prompt-injection", "ignore-instructions", False,
     r"\b(?:ignore|disregard|forget|override|overrule)\s+(?:(?:all|any|the|your|of|everything)\s+)*"
     r"(?:(?:previous|prior|above|earlier|preceding|former|original|other|existing|system|developer|safety"
     r"|user'?s?)\s+)?(?:instructions|prompts?|rules|directions|guidelines|messages|constraints)\b"),
    ("prompt-injection", "role-change", False,
     r"\byou\s+are\s+now\s+(?:an?\s|the\s|in\s+\w+\s+mode\b|free\b|unrestricted\b|jailbroken\b|dan\b"
     r"|no\s+longer\b)|\bfrom\s+now\s+on,?\s+you\s+(?:are|will|must)\b|\bpretend\s+(?:to\s+be|you\s+are)\b"),
    ("prompt-injection", "system-prompt", False,
     r"\b(?:reveal|print|show|repeat|output|leak|dump|display|ignore|override|replace|disregard|change"
     r"|disclose)\s+(?:\w+\s+){0,2}?(?:system|developer|hidden|initial)\s+(?:prompt|instructions|message)\b"
     r"|\bnew\s+system\s+prompt\b|<\|im_start\|>|<\|system\|>|\[/?inst\]|<</?sys>>|</?system>"),
    ("prompt-injection", "addressed-to-agents", False,
     r"\b(?:note|message|instructions?|attention|notice|memo)\s+(?:to|for)\s+(?:any|all|every|the|an?)?\s*"
     r"(?:ai|llm|language\s+model|(?:ai\s+|coding\s+)?(?:agents?|assistants?|bots?))\b"
     r"|\b(?:ai|llm)\s+agents?\s+(?:must|should|reading\s+this)\b"),
    ("prompt-injection", "skip-confirmation", False,
     r"\bpre-?approved\b|\balready\s+(?:been\s+)?approved\b|\bno\s+need\s+to\s+(?:ask|confirm|check\s+with)"
     r"|\b(?:do\s+not|don'?t|never)\s+ask\s+(?:the\s+user\s+)?(?:for\s+)?(?:confirmation|permission|approval|first)\b"
     r"|\bwithout\s+(?:asking\s+(?:the\s+user|for|first)|(?:the\s+user'?s\s+)?(?:confirmation|approval))\b"),
    ("prompt-injection", "hide-from-user", False,
     r"\b(?:do\s+not|don'?t|never)\s+(?:tell|inform|notify|alert|let)\s+(?:the\s+)?user\b"
     r"|\bwithout\s+(?:telling|informing|notifying|alerting)\s+(?:the\s+)?user\b"
     r"|\b(?:hide|conceal)\s+(?:this|it|these|that)\s+from\s+(?:the\s+)?user\b"),
    ("prompt-injection", "reveal-secrets", True,
     r"\b(?:reveal|disclose|leak|print|echo|output|expose|share|display)\s+(?:\w+\s+){0,3}?(?:secrets?"
     r"|api[\s_-]?keys?|credentials|passwords?|tokens?|private\s+keys?|environment\s+variables|env\s+vars)"
     r"\b(?!\s*(?:count|usage|limit|budget|length))"),
)
# fmt: on

# -- generalised intents (issue 17): matched on the normalised text, or on its words alone ---------
_SECRET_PATH = (
    r"(?:\.aws/(?:credentials|config)|\.ssh\b|id_(?:rsa|dsa|ecdsa|ed25519)\b|\.netrc|\.npmrc|\.pypirc"
    r"|\.git-credentials|\.docker/config\.json|\.kube/config|\.gnupg|(?<![\w.])\.env\b|/etc/shadow"
    r"|credentials\.json|service[-_]account[\w-]*\.json)"
)
_SECRET_ENV = (
    r"(?:\$\{?[a-z0-9_]*(?:token|secret|passw(?:or)?d|api_?key|private_?key|access_?key)[a-z0-9_]*\}?"
    r"|\b(?:printenv|env)\b(?=\s*(?:\||>|\)|$|into\b|to\b|in\b))|\benvironment\s+variables\b)"
)
_SINK = (
    r"(?:pr|prs|pull\s+requests?|merge\s+requests?|issues?|tickets?|comments?|commits?|commit\s+messages?|gists?"
    r"|pastebin|slack|discord|chat|channel|e-?mails?|descriptions?|changelog|readme|wiki|repo(?:sitory)?"
    r"|public\s+\w+|logs?)\b"
)
_FETCH = r"(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod|aria2c|http(?:ie)?)"
_INTERPRETER = (
    r"(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+)?(?:/usr/local/bin/|/usr/bin/|/bin/)?(?:(?:ba|z|da|k|fi|tc)?sh|python[0-9.]*"
    r"|perl|ruby|node|php|pwsh|powershell|iex|invoke-expression|source|deno|bun)\b"
)
_FETCHED_BODY = (
    r"(?:urlopen|urllib|requests\.(?:get|post)|httpx\.|fetch\s*\(|https?\.get|require\(\s*['\"]https?['\"]\s*\)"
    r"|\bcurl\b|\bwget\b)"
)
# fmt: off
_GENERAL_SOURCES: tuple[tuple[str, str, bool, str], ...] = (
    ("remote-code", "fetch-and-run", False,
     r"\b" + _FETCH + r"\s+[^\s|][^\n|]*\|(?:[^\n|]*\|)?\s*" + _INTERPRETER
     + r"|" + _INTERPRETER + r"\s+(?:-\S+\s+)*[\"']?(?:\$\(|`|<\()\s*" + _FETCH + r"\b"
     + r"|\beval\s+[\"']?(?:\$\(|`)\s*" + _FETCH + r"\b"
     + r"|\b(?:curl|wget)\b[^\n]*?\s(?:-o|--output(?:-document)?)\s*=?\s*(\S+)[^\n]*?(?:&&|;|\|\|)\s*"
       r"(?:sudo\s+)?(?:(?:ba|z)?sh|python[0-9.]*|perl|ruby|node|php|source|\.|chmod\s+\+x)\s+\1(?!\S)"),
    ("remote-code", "exec-fetched", False,
     r"\b(?:exec|eval|execfile|compile|function)\s*\([^\n]{0,200}?" + _FETCHED_BODY
     + r"|" + _FETCHED_BODY + r"[^\n]{0,300}?\b(?:exec|eval)\s*\("),
    ("exfiltration", "secrets-to-text", False,
     r"\b(?:copy|cp|paste|include|add|put|append|attach|embed|insert|write|commit|push|upload|send|post|share"
     r"|leak|dump|echo|print|cat|forward|mail|save)\b[^.;!?\n]{0,80}?(?:" + _SECRET_PATH + r"|" + _SECRET_ENV
     + r")[^.;!?\n]{0,80}?\b(?:to|into|in|onto|on)\s+(?:\S+\s+){0,3}?" + _SINK),
    ("exfiltration", "secrets-to-git", False,
     _SECRET_PATH + r"[^\n]{0,120}?\bgit\s+(?:add|commit|push)\b|\bgit\s+add\b[^\n]{0,80}?" + _SECRET_PATH),
)
# fmt: on

_OVERRIDE_VERB = (
    r"(?:ignore|ignoring|disregard|forget|override|overrule|discard|set\s+aside|throw\s+(?:away|out)|abandon"
    r"|pay\s+no\s+attention\s+to|stop\s+following|(?:do\s+not|don\s+t|dont|never)\s+follow)"
)
_OVERRIDE_QUALIFIER = (
    r"(?:all|any|the|your|of|every|each|my|these|those|previous|prior|above|earlier|preceding|former|original"
    r"|other|existing|system|developer|safety|users?|initial|old|given|current|s)"
)
_OVERRIDE_NOUN = (
    r"(?:instructions?|prompts?|rules|directions|directives|guidance|guidelines|messages|constraints|orders"
    r"|everything\s+(?:(?:you\s+(?:were|have\s+been|ve\s+been)\s+told)|above|before|said))"
)
# The same intent in other languages, on words with accents dropped: (verb, noun) in either order.
_OVERRIDE_LANGUAGES: tuple[tuple[str, str], ...] = (
    (
        r"ignorier\w*|vergiss|vergessen\s+sie|missachte\w*|uberschreib\w*",
        r"anweisung\w*|instruktion\w*|regeln|vorgaben",
    ),
    (
        r"ignore[rz]?|oublie[rz]?|ne\s+tene?z?\s+pas\s+compte\s+de|fais\s+abstraction\s+de",
        r"instructions?|consignes?|regles|directives|indications",
    ),
    (r"ignora\w*|olvida\w*|haz\s+caso\s+omiso\s+de|omite", r"instrucciones|reglas|indicaciones|directrices"),
    (r"ignora\w*|dimentica\w*", r"istruzioni|regole|indicazioni|direttive"),
    (r"ignore|ignora\w*|esqueca\w*|desconsidere", r"instrucoes|regras|diretrizes|orientacoes"),
    (r"negeer|vergeet", r"instructies|regels|aanwijzingen"),
    (r"(?:про)?игнорир\w*|забуд\w*|не\s+обращаи\w*\s+внимания\s+на|отбрось\w*", r"инструкци\w*|правил\w*|указани\w*"),
    (r"(?:з)?ігнору\w*|забудь\w*", r"інструкці\w*|правил\w*|вказівк\w*"),
)
_CJK_OVERRIDE = re.compile(
    r"(?:忽略|无视|無視|忘记|忘記|不要理会|不要理會|무시|잊어)[^\n]{0,12}?(?:指令|指示|说明|說明|规则|規則|提示|命令|지시|명령|규칙)"
    r"|(?:指令|指示|规则|規則|命令|지시|명령|규칙)[^\n]{0,10}?(?:忽略|无视|無視|忘れ|무시)"
)
_INTENT_PATTERNS: tuple[_Pattern, ...] = (
    _Pattern("prompt-injection", "override-instructions", False, re.compile(
        r"\b" + _OVERRIDE_VERB + r"\s+(?:" + _OVERRIDE_QUALIFIER + r"\s+){0,4}" + _OVERRIDE_NOUN + r"\b"
        r"|\b(?:previous|prior|above|earlier|preceding|former|original|old|all|existing)\s+(?:\w+\s+){0,2}?"
        r"(?:instructions|rules|directives|guidance|guidelines|directions)\s+(?:no\s+longer\s+(?:apply|hold|matter)"
        r"|(?:are|is)\s+(?:now\s+)?(?:void|cancel+ed|obsolete|revoked|superseded)|do\s+not\s+apply|don\s+t\s+apply)\b"
        r"|\bfrom\s+(?:this\s+point|here)\s+(?:on|forward|onwards?)\s+(?:you\s+)?(?:are|act|will|must|behave)\b"
        r"|\bact\s+as\s+(?:an?\s+)?(?:unrestricted|unfiltered|jailbroken|uncensored)\b")),
    _Pattern("prompt-injection", "override-instructions", False, re.compile(
        "|".join(rf"\b(?:{verb})\s+(?:\w+\s+){{0,4}}?(?:{noun})\b" for verb, noun in _OVERRIDE_LANGUAGES))),
    _Pattern("prompt-injection", "override-instructions", False, _CJK_OVERRIDE),
)  # fmt: skip

SAFETY_PATTERNS = tuple(_Pattern(f, n, neg, re.compile(src)) for f, n, neg, src in _SAFETY_SOURCES + _GENERAL_SOURCES)
HIDDEN_UNICODE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u180e\U000e0000-\U000e007f]"
)
# Dropped before matching: format characters (soft hyphen, joiners, bidi marks, tags), combining
# marks (accents, the grapheme joiner, variation selectors) and the blank fillers of Hangul and Khmer.
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u17b4\u17b5\u2800")
_DROPPED = frozenset({"Cf", "Mn", "Me"})
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
# Cyrillic and Greek letters that look like Latin ones (case folded), read as the Latin letter.
_CONFUSABLES = str.maketrans("аеорсухіјѕһԁӏкмтнвԛԝαεικνορτυχ", "aeopcyxijshdlkmthbqwaeiknoptux")
_SPACED_LETTERS = re.compile(r"\b(?:[^\W\d_] ){2,}[^\W\d_]\b")
# a negation right before the phrase (at most one word between): "never disable", "do not ever skip"
_NEGATION = re.compile(r"\b(?:never|not|don'?t|avoid|no|without)\s+(?:(?!hesitate|forget|fail)\w+\s+)?$")


def normalise(text: str, *, latin: bool = True) -> str:
    """The text as the patterns read it (see the module docstring); `latin` reads look-alikes as Latin."""
    flat = _HYPHENATED.sub("", unicodedata.normalize("NFKC", text)).casefold()
    kept = (c for c in unicodedata.normalize("NFKD", flat) if c not in _FILLERS)
    flat = unicodedata.normalize("NFC", "".join(c for c in kept if unicodedata.category(c) not in _DROPPED))
    if latin:
        flat = flat.translate(_CONFUSABLES)
    return re.sub(r"[ \t]+", " ", flat.replace("*", ""))


def _words(flat: str) -> str:
    """Words alone: punctuation and line breaks as spaces, s p a c e d letters closed up."""
    words = " ".join(re.findall(r"[^\W_]+", flat))
    return _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), words)


def _emoji(c: str) -> bool:
    """Pictographs, dingbats and their modifiers: what an emoji ZWJ sequence joins."""
    o = ord(c)
    return o >= 0x1F000 or 0x2190 <= o <= 0x2BFF or o == 0xFE0F or 0x1F3FB <= o <= 0x1F3FF


def hidden_character(text: str) -> str | None:
    """The first invisible or bidi control character that hides text, or None. A joiner inside an
    emoji sequence (👨‍👩‍👧) and the tag letters of a subdivision flag (🏴 + tags + cancel tag) are
    how emoji are written, not hidden text."""
    for m in HIDDEN_UNICODE.finditer(text):
        i, c = m.start(), m.group()
        if c == "\u200d" and 0 < i < len(text) - 1 and _emoji(text[i - 1]) and _emoji(text[i + 1]):
            continue
        if "\U000e0020" <= c <= "\U000e007f":
            flag = re.match(r"\U0001f3f4[\U000e0020-\U000e007e]{1,16}\U000e007f", text[max(0, i - 17) :])
            run = re.search(r"\U0001f3f4[\U000e0020-\U000e007e]*\U000e007f", text[max(0, i - 17) : i + 17])
            if flag or run:
                continue
        return c
    return None


def withhold_served(item: ExperienceItem) -> None:
    """Withhold, in every field that shows it, an item's text that reads like orders to agents (or
    exfiltration, or hides text); `flags` says why. The item's own text (title, summary, procedure)
    is checked as one, and each clause of its `why` (its similarity; the query's words it shares; the
    procedure its neighbours share) on its own: they recur from query to query, so their verdicts
    are remembered (`served_problem`)."""
    own = "\n".join([item.title, item.summary, *(item.procedure or ())])
    problem = served_problem(own) or next(filter(None, map(served_problem, item.why.split("; "))), None)
    if problem is not None:
        item.flags = [problem.split(":", 1)[0]]
        item.title, item.summary, item.why, item.procedure = withheld(item.flags[0]), "", "", None
        item.trust = "unverified"  # whoever stands behind it, this text is not vouched for


@lru_cache(maxsize=4096)
def served_problem(text: str) -> str | None:
    """`safety_problem` of text served to agents, remembered by the text itself (a verdict depends
    on nothing else, so no write makes it stale); the most recently served 4,096 texts are kept."""
    return safety_problem(text)


def withheld(flag: str) -> str:
    """What a served field holds in place of text that was withheld."""
    return f"[withheld: reads like {flag}]"


def safety_problem(text: str, families: frozenset[str] | None = None) -> str | None:
    """Why `text` is unsafe to put in a skill or serve to an agent (family, pattern and the words), or None.

    `families` limits the pattern families checked; secrets and hidden unicode always are.
    """
    if (hidden := hidden_character(text)) is not None:
        return f"hidden-unicode: invisible or bidi control character U+{ord(hidden):04X}"
    if redact_text(text)[1]:
        return "secrets: the text holds what looks like a secret"
    flat = normalise(text)
    for pattern in SAFETY_PATTERNS:
        if families is not None and pattern.family not in families:
            continue
        for m in pattern.regex.finditer(flat):
            if pattern.negatable and _NEGATION.search(flat, max(0, m.start() - 40), m.start()):
                continue
            return f"{pattern.family}/{pattern.name}: {m.group()[:80]!r}"
    if families is not None and "prompt-injection" not in families:
        return None
    views = (_words(flat), _words(normalise(text, latin=False)))
    for pattern in _INTENT_PATTERNS:
        for view in views:
            if hit := pattern.regex.search(view):
                return f"{pattern.family}/{pattern.name}: {hit.group()[:80]!r}"
    return None
