"""Text that must not reach an agent as if it were advice: exfiltration, disabled safeguards, remote
code, prompt injection, secrets, hidden unicode.

The evolver's gates refuse skill edits and lessons that hold such text; retrieval withholds served
text that does (runs are recorded by members, and a run is data, not instructions).

Patterns are matched against the text lower-cased, NFKC-normalised, runs of spaces collapsed.
`negatable` phrases pass right after a negation ("never disable the tests"); concrete commands
never do (even "never use --no-verify" is refused): a human can still write those by hand.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

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
    ("remote-code", "pipe-to-shell", False, r"\b(?:curl|wget)\b[^\n]*?\|\s*" + _SHELL),
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
SAFETY_PATTERNS = tuple(_Pattern(f, n, neg, re.compile(src)) for f, n, neg, src in _SAFETY_SOURCES)
HIDDEN_UNICODE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c\u180e\U000e0000-\U000e007f]"
)
# a negation right before the phrase (at most one word between): "never disable", "do not ever skip"
_NEGATION = re.compile(r"\b(?:never|not|don'?t|avoid|no|without)\s+(?:(?!hesitate|forget|fail)\w+\s+)?$")


def safety_problem(text: str, families: frozenset[str] | None = None) -> str | None:
    """Why `text` is unsafe to put in a skill (family, pattern and the words), or None.

    `families` limits the pattern families checked; secrets and hidden unicode always are.
    """
    if m := HIDDEN_UNICODE.search(text):
        return f"hidden-unicode: invisible or bidi control character U+{ord(m.group()):04X}"
    if redact_text(text)[1]:
        return "secrets: the text holds what looks like a secret"
    flat = re.sub(r"[ \t]+", " ", unicodedata.normalize("NFKC", text).lower().replace("*", ""))
    for pattern in SAFETY_PATTERNS:
        if families is not None and pattern.family not in families:
            continue
        for m in pattern.regex.finditer(flat):
            if pattern.negatable and _NEGATION.search(flat, max(0, m.start() - 40), m.start()):
                continue
            return f"{pattern.family}/{pattern.name}: {m.group()[:80]!r}"
    return None
