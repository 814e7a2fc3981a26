"""Text that must not reach an agent as if it were advice: exfiltration, disabled safeguards, remote
code, prompt injection, secrets, hidden unicode.

The evolver's gates refuse skill edits and lessons that hold such text; retrieval withholds served
text that does (runs are recorded by members, and a run is data, not instructions). The fields of
one record are read alone and together (`withhold_each`): a credential read in one step and
published in the next withholds them all.

Patterns are matched against the text normalised first (`normalise`): NFKC, words hyphenated
across a line break joined, case folded, invisible and format characters (soft hyphens, joiners,
fillers) and combining marks dropped, look-alike Cyrillic and Greek letters read as Latin, text
written l e t t e r  b y  l e t t e r read as words, runs of spaces collapsed. What a text hides in
base64 or ROT13 is read decoded. Intents, not phrases, are matched, most on the words alone
(punctuation and spaced-out letters closed up, digits in words read as letters):

- orders to the reader: a dismissal aimed at it whose target is what it was told (its
  instructions, rules, guidance, memory, "everything above"; 8 languages and CJK), a new role, a
  message dressed as from the system or operator, hiding from the user, skipping confirmation;
  a quotation the text says it mentions (an example of an injection, a test's input) is not one;
- fetching code and running it: piped, substituted or saved and run, or a one-liner that evaluates
  what it fetches (a fetch of nothing, "curl ... | sh" in prose, is not);
- a credential source (a key file, a secret env var, a named credential) with a sink (the network,
  a commit, a PR, an issue, a paste, a published file).

`negatable` phrases pass right after a negation on the same line ("never disable the tests");
concrete commands never do (even "never use --no-verify" is refused): a human can still write
those by hand.
"""

from __future__ import annotations

import base64
import codecs
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from skillhive.models import ExperienceItem
from skillhive.redact import redact_text


@dataclass(frozen=True)
class _Pattern:
    family: str
    name: str
    negatable: bool
    regex: re.Pattern[str]
    needs: tuple[str, ...] = ()  # the regex can only match text that holds one of these (a cheap test first)

    gate: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "gate", re.compile("|".join(map(re.escape, self.needs))) if self.needs else None)

    def applies(self, text: str) -> bool:
        return self.gate is None or self.gate.search(text) is not None


_AUDIENCE = r"(?:the\s+)?(?:user|human|operator|reviewers?|maintainers?)\b"
_NOT_LOCAL = r"(?!(?:localhost|127\.0\.0\.1|\[::1\])[:/])"
_SECRET_FILE = r"(?:\.env\b|\.ssh|id_rsa|id_ed25519|credentials|\.netrc|/etc/(?:passwd|shadow)|\.aws|\.npmrc|\.pypirc)"
_SHELL = r"(?:sudo\s+(?:-\S+\s+)*)?(?:(?:ba|z|da|k|fi|tc)?sh|python[0-9.]*|perl|ruby|node|php)\b"
# an interpreter given its program (a module, -c/-e code, a script file) reads what is piped in as data
_PROGRAM_GIVEN = r"(?!\s+(?:-[\w-]+\s+)*?(?:-m\s|-c\s|-e\s|[\w./~-]+\.(?:py|pl|rb|js|mjs|php)\b))"
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
     r"|@\S*" + _SECRET_FILE + r")|\b(?:nc|ncat|netcat)\s+\S+\s+\d+\s*<"
     # a credential substituted into a name looked up or pinged (DNS exfiltration)
     r"|\b(?:nslookup|dig|host|ping|nc|ncat)\b[^\n]*?(?:\$\(|`)[^)`\n]*?(?:"
     + _SECRET_FILE
     + r"|\benv\b|\bprintenv\b)"),
    # disabled safeguards
    ("safeguards", "disable-checks", True,
     r"\b(?:disable|bypass|skip|turn\s+off|switch\s+off|ignore|circumvent|deactivate|suppress|silence"
     r"|comment\s+out|delete|remove)\s+(?:(?:all|the|any|every|your|its|their|our|my|failing|these)\s+)*(?:security|safety"
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
    ("remote-code", "pipe-to-shell", False,
     r"\b(?:curl|wget)\s+(?:\.{3}\s*|…\s*)*[^\s|.…][^\n]*?\|\s*" + _SHELL + _PROGRAM_GIVEN),
    ("remote-code", "run-fetched", False,
     r"(?:\b(?:ba|z)?sh|\bsource|(?:^|\s)\.)\s+<\(\s*(?:curl|wget)\b"
     r"|\beval\s+[\"']?(?:\$\(|`)\s*(?:curl|wget)\b|\bpython[0-9.]*\s+-c\s+[\"']?\$\(\s*(?:curl|wget)\b"
     r"|\bexec\s*\(\s*(?:requests\.get|urllib|urlopen)"
     r"|\b(?:iex|invoke-expression)\b[^\n]*?(?:iwr|irm|invoke-webrequest|invoke-restmethod|downloadstring)"
     r"|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b[^\n]*?\|\s*(?:iex|invoke-expression)\b"),
    ("remote-code", "install-from-url", False,
     # a package archive or repository named by URL (a package index to install named packages from is
     # configuration, as PyPI is, unless it is plain http)
     r"\bpip[0-9.]*\s+install\b[^\n]*?(?<!index-url[ =])(?<! -i )(?:https?://|git\+)"
     r"|\bpip[0-9.]*\s+install\b[^\n]*?(?:index-url[ =]| -i )http://" + _NOT_LOCAL +
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
    ("prompt-injection", "spoofed-authority", False,
     r"(?:^|\n)[ \t#>*\[(<|=-]*(?:new\s+|updated\s+|urgent\s+|important\s+)?(?:system|developer|admin(?:istrator)?"
     r"|operator|root|maintainer)\s+(?:message|directive|notice|override)s?\s*[:(\]>|]"
     r"|\b(?:system|admin(?:istrator)?|developer|operator|maintainer|owner)\s*:\s*(?:(?:the\s+|an?\s+)?(?:assistant|agent"
     r"|ai|model|llm|bot|copilot)\s+(?:reading|that\s+reads|processing|must|should|shall|will|now|is\s+now)"
     r"|you\s+(?:must|will|shall|are\s+now))\b"
     r"|[\[<{]{1,2}\s*/?\s*(?:assistant|agent|ai|llm|system)[_\s-]+(?:instructions?|prompt|directives?|message|notice"
     r"|override)\s*[\]>}]"
     r"|\b(?:assistant|agent|ai|llm|bot|copilot)\s+(?:instructions?|notice|directive|override|task)\s*:"),
    ("prompt-injection", "obfuscated-orders", False,
     r"\b(?:decode|decrypt|deobfuscate|unscramble)\b[^.\n]{0,60}?\b(?:and|then)\s+(?:follow|obey|execute|carry\s+out"
     r"|act\s+on|comply\s+with|run\s+it|do\s+(?:it|what\s+it\s+says))\b"),
    ("prompt-injection", "addressed-to-agents", False,
     r"\b(?:note|message|instructions?|attention|notice|memo)\s+(?:to|for)\s+(?:any|all|every|the|an?)?\s*"
     r"(?:ai|llm|language\s+model|(?:ai\s+|coding\s+)?(?:agents?|assistants?|bots?))\b"
     r"|\b(?:ai|llm)\s+agents?\s+(?:must|should|reading\s+this)\b"),
    ("prompt-injection", "skip-confirmation", False,
     r"\bpre-?approved\b|\balready\s+(?:been\s+)?approved\b|\bno\s+need\s+to\s+(?:ask|confirm|check\s+with)"
     r"|\b(?:do\s+not|don'?t|never)\s+ask\s+(?:the\s+user\s+)?(?:for\s+)?(?:confirmation|permission|approval|first)\b"
     r"|\bwithout\s+(?:asking\s+(?:the\s+user|for|first)|(?:the\s+user'?s\s+)?(?:confirmation|approval))\b"
     r"|\b(?:do\s+not|don'?t)\s+need\s+to\s+(?:ask|confirm|check\s+with)\b"
     r"|\b(?:skip|bypass|suppress|disable|ignore|auto-?approve)\s+(?:any|all|every)\s+(?:\w+\s+)?(?:confirmation|approval"
     r"|permission)s?\b|\bsin\s+pedir\s+(?:confirmacion|permiso)|\bsans\s+demander\b|\bohne\s+(?:nach)?zu\s*fragen\b"
     r"|无需确认|不要确认|不用确认|確認(?:せず|しないで)"),
    ("prompt-injection", "hide-from-user", False,
     r"\b(?:do\s+not|don'?t|never|without)\s+(?:\w+\s+)?(?:tell|telling|inform|informing|notify|notifying|alert"
     r"|alerting|let|letting|warn|warning)\s+" + _AUDIENCE
     + r"|\b(?:do\s+not|don'?t|never|without)\s+(?:\w+\s+)?(?:mention|mentioning|reveal|revealing|disclose|disclosing"
     r"|report|reporting|show|showing|explain|explaining)\s+"
     r"(?:(?:this|it|that|these|them|anything|any\s+of\s+(?:this|it))\s+)?to\s+" + _AUDIENCE
     + r"|\b(?:do\s+not|don'?t|never)\s+(?:mention|reveal|disclose|report|list|log|record)\s+(?:this|these)"
     r"(?:\s+(?:step|steps|change|changes|command|commands|instruction|instructions|part|action))?"
     r"(?=\s*(?:[.;,!)]|$|(?:to|in|anywhere|when|at\s+all)\b))"
     r"|\b(?:hide|conceal|keep)\s+(?:this|it|these|that)\s+(?:hidden\s+|secret\s+)?from\s+" + _AUDIENCE
     + r"|\b(?:do|perform)\s+(?:this|it|these|that)(?:\s+\w+)?\s+(?:silently|secretly|covertly)\b"
     r"|\b(?:run|apply|execute)\s+(?:this|it|these|that)(?:\s+\w+)?\s+(?:secretly|covertly)\b"
     r"|\bkeep\s+(?:this|it)\s+(?:secret|between\s+us|to\s+yourself)\b"
     # the same in other languages (accents dropped)
     r"|\bno\s+(?:se\s+lo\s+|le\s+|se\s+la\s+)?(?:digas|diga|cuentes|menciones|informes)\s+(?:\w+\s+){0,2}?(?:al\s+usuario"
     r"|a\s+nadie)|\bsans\s+(?:le\s+|en\s+)?(?:dire|prevenir|informer|mentionner)\s+(?:a\s+)?l'?\s*utilisateur"
     r"|\bne\s+(?:le\s+|l'|en\s+)?(?:dis|dites|mentionne|signale)\s+(?:rien\s+|pas\s+)?a\s+(?:l'?\s*utilisateur|personne)"
     r"|\bohne\s+(?:den\s+|die\s+)?(?:nutzer|benutzer|anwender)\w*\s+zu\s+(?:informieren|benachrichtigen)"
     r"|\b(?:sag|sage|erzahl|erwahn|verrat)\w*\s+(?:\w+\s+){0,2}?(?:nutzer|benutzer|anwender)\w*\s+nichts"
     r"|不要告诉用户|别告诉用户|不要让用户知道|ユーザーに(?:は)?(?:伝え|言わ|知らせ)ない|사용자에게\s*알리지"),
    ("prompt-injection", "reveal-secrets", True,
     r"\b(?:reveal|disclose|leak|print|echo|output|expose|share|display)\s+(?:\w+\s+){0,3}?(?:secrets?"
     r"|api[\s_-]?keys?|credentials|passwords?|tokens?|private\s+keys?|environment\s+variables|env\s+vars)"
     r"\b(?!\s*(?:count|usage|limit|budget|length))"),
)
# fmt: on

# -- generalised intents (issue 17): matched on the normalised text, or on its words alone ---------
_SECRET_PATH = (  # where credentials live (a public key, `.pub`, and `.env.example` are not)
    r"(?:\.aws\b|\.ssh\b(?!/\S*\.pub\b|/known_hosts|/config\b)|id_(?:rsa|dsa|ecdsa|ed25519)\b(?!\.pub)"
    r"|\.netrc|\.npmrc|\.pypirc|\.git-credentials|\.docker/config\.json|\.kube/config|\.gnupg|\.vault-token"
    r"|(?<![\w.])\.env\b(?!\.(?:example|sample|template|dist)\b)|/etc/shadow|/proc/self/environ|\.bash_history"
    r"|credentials\.json|service[-_]account[\w-]*\.json|\.config/gh/hosts\.yml|[\w-]+\.(?:pem|p12|pfx)\b)"
)
_SECRET_ENV = (  # a credential in the environment, or the whole environment
    r"(?:\$\{?[a-z0-9_]*(?:token|secret|passw(?:or)?d|api_?key|private_?key|access_?key)[a-z0-9_]*\}?"
    r"|\b(?:printenv|env)\b(?=\s*(?:\||>|\)|$|into\b|to\b|in\b))|\benvironment\s+variables\b)"
)
_SECRET_NOUN = (  # credentials named in prose (a "password reset", a "token count" are not)
    r"(?:(?:ssh|private|deploy|signing|gpg|pgp|api|access|secret|aws|gcp|azure|cloud|master|root|encryption)\s+keys?"
    r"|(?:api|access|auth|bearer|session|github|gitlab|npm|pypi|personal\s+access|refresh|oauth|deploy|ci)\s+tokens?"
    r"|credentials|passwords?|passphrases?|secrets|session\s+cookies|kubeconfig|seed\s+phrases?|recovery\s+codes"
    r"|\.env\s+file|[a-z0-9]+(?:_[a-z0-9]+)*_(?:token|secret|password|passwd|api_?key|apikey|private_?key|access_?key"
    r"|secret_?key)|secrets\.[a-z0-9_]+|(?:all|every|any)\s+(?:the\s+)?(?:tokens|keys|secrets|credentials|passwords))\b(?!\s+(?:reset|rotation|policy|policies|manager|field|prompt|count|length|hash|strength|change"
    r"|expiry|requirements|form|page|rules|store|vault|scanner|scanning|format|usage|limit|budget|documentation|permissions"
    r"|scopes?|names?|variables?|settings?|expiration|lifetime|prefix|header))"
)
_REMOTE = (  # somewhere off this machine
    r"(?:https?://" + _NOT_LOCAL + r"|ftp://|[\w.+-]+@[\w-]+\.[a-z]{2,}|webhooks?|pastebin|requestbin|ngrok"
    r"|transfer\.sh|(?:external|remote|outside|third[\s-]party|personal|public|attacker'?s?)\s+(?:server|url|endpoint"
    r"|host|address|site|service|bucket|machine))"
)
_SINK = (  # where text is published to others
    r"(?:pr|prs|pull\s+requests?|merge\s+requests?|issues?|tickets?|comments?|commits?|commit\s+messages?|gists?"
    r"|pastebin|slack|discord|telegram|chat|channel|e-?mails?|descriptions?|changelog|readme|wiki|repo(?:sitory)?"
    r"|release\s+notes|docs|documentation|public\s+\w+|logs?|[\w./-]*\.(?:md|rst|txt|adoc))\b"
)
# "to/into/on ... the issue", the words between not crossing a conjunction
_INTO_SINK = (
    r"\b(?:to|into|in|onto|on|as|at|via)\s+(?:(?!and\b|then\b|or\b|but\b|so\b)\S+\s+){0,5}?(?:"
    + _SINK
    + "|"
    + _REMOTE
    + r")(?!\s*(?:secrets?|settings|variables|vars|vault|secret\s+store|environment)\b)"
)
_TRANSFER = (
    r"(?:copy|cp|paste|include|add|put|append|prepend|attach|embed|insert|write|commit|push|upload|send|post|share"
    r"|leak|dump|echo|print|cat|forward|mail|e-?mail|save|publish|transmit|exfiltrate|beacon|sync|store|log|pipe"
    r"|collect|gather|harvest|export)"
)
_NET_TOOL = r"(?:curl|wget|nc|ncat|netcat|socat|ssh|telnet|openssl\s+s_client|mail|mailx|sendmail|mutt|swaks)"
_PUBLISH = r"(?:git\s+(?:add|commit|push)|gh\s+(?:pr|issue|gist|release)\s+\w+)"
_FETCH = r"(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod|aria2c|http(?:ie)?)"
_INTERPRETER = (
    r"(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+)?(?:/usr/local/bin/|/usr/bin/|/bin/)?(?:(?:ba|z|da|k|fi|tc)?sh|python[0-9.]*"
    r"|perl|ruby|node|php|pwsh|powershell|iex|invoke-expression|source|deno|bun)\b"
)
_FETCHED_BODY = (  # code that fetches over the network, in a one-liner of some language
    r"(?:urlopen|urllib|requests\.(?:get|post)|httpx\.|fetch\s*\(|https?\.get|require\(\s*['\"]https?['\"]\s*\)"
    r"|\bcurl\b|\bwget\b|\bget\s*\(\s*['\"]?https?://|net::http|lwp::|open-uri|uri\.open|downloadstring|downloadfile"
    r"|file_get_contents\s*\(\s*['\"]https?://|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b|httpget)"
)
_EVALUATE = r"(?:exec|eval|execfile|loadstring|instance_eval|iex|invoke-expression|new\s+function)"
_SCRIPT = r"(?:sh|bash|py|pl|rb|ps1|js|php)"
# fmt: off
_GENERAL_SOURCES: tuple[tuple[str, str, bool, str], ...] = (
    ("remote-code", "fetch-and-run", False,
     r"\b" + _FETCH + r"\s+(?:\.{3}\s*|…\s*)*[^\s|.…][^\n|]*\|(?:[^\n|]*\|)?\s*" + _INTERPRETER + _PROGRAM_GIVEN
     # decoded text run: "echo <base64> | base64 -d | bash"
     + r"|\b(?:base64\s+(?:-d|--decode|-D)|xxd\s+-r|openssl\s+(?:enc\s+)?(?:-\w+\s+)*-d|gunzip|zcat|rev)\b[^\n|]*\|"
       r"(?:[^\n|]*\|)?\s*" + _INTERPRETER + _PROGRAM_GIVEN
     + r"|" + _INTERPRETER + r"\s+(?:-\S+\s+)*[\"']?(?:\$\(|`|<\()\s*" + _FETCH + r"\b"
     + r"|\beval\s+[\"']?(?:\$\(|`)\s*" + _FETCH + r"\b|<<<\s*[\"']?\$\(\s*" + _FETCH + r"\b"
     # a downloaded file (named by -o, or the script's name in the URL) then run
     + r"|\b(?:curl|wget)\b[^\n]*?\s(?:-[a-z]*o|--output(?:-document)?)\s*=?\s*(\S+)[^\n]*?(?:&&|;|\|\||\n)\s*"
       r"(?:sudo\s+)?(?:(?:(?:ba|z)?sh|python[0-9.]*|perl|ruby|node|php|source|\.|chmod\s+\+x)\s+)?\1(?!\S)"
     + r"|\b(?:curl|wget)\b[^\n]*?https?://[^\s'\"]*/([\w.-]+\." + _SCRIPT + r")\b[^\n]*?(?:&&|;|\|\||\n)\s*"
       r"(?:sudo\s+)?(?:(?:(?:ba|z)?sh|python[0-9.]*|perl|ruby|node|php|pwsh|source|\.|chmod\s+\+x)\s+)?(?:\./)?\2(?!\S)"
     + r"|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod|start-bitstransfer)\b[^\n]*?-(?:outfile|destination)\s+"
       r"[\"']?(?:\.[\\/])?([^\s;\"']+)[^\n]*?(?:;|&&|\n)\s*(?:&\s*|powershell\s+(?:-\w+\s+)*|pwsh\s+(?:-\w+\s+)*)?"
       r"[\"']?(?:\.[\\/])?\3(?![\w.])"),
    ("remote-code", "exec-fetched", False,
     r"\b" + _EVALUATE + r"\b[^\n]{0,200}?" + _FETCHED_BODY
     + r"|" + _FETCHED_BODY + r"[^\n]{0,300}?\b(?:exec|eval|loadstring|instance_eval)\s*[\(\s]"),
    ("remote-code", "reverse-shell", False,
     r"\b(?:ba)?sh\s+-i\b[^\n]*?/dev/(?:tcp|udp)/|\b(?:nc|ncat|netcat)\b[^\n]*?\s-(?:e|c)\s+\S*(?:ba)?sh\b"
     r"|\bmkfifo\b[^\n]*?\b(?:nc|ncat|netcat)\b|\bsocat\b[^\n]*?\bexec:"),
    ("exfiltration", "secrets-to-text", False,
     r"\b" + _TRANSFER + r"\b[^.;!?\n]{0,80}?(?:" + _SECRET_PATH + r"|" + _SECRET_ENV
     + r")[^.;!?\n]{0,80}?" + _INTO_SINK),
    ("exfiltration", "credentials-to-others", True,
     r"\b" + _TRANSFER + r"(?:s|es|ed|d)?\b[^.;!?\n]{0,60}?" + _SECRET_NOUN
     + r"[^.;!?\n]{0,80}?" + _INTO_SINK),
    ("exfiltration", "secrets-to-network", False,
     # read a credential and pipe it, copy it or mail it off the machine
     r"(?:" + _SECRET_PATH + "|" + _SECRET_ENV + r")[^\n]*?\|\s*(?:[^\n|]*\|\s*)*" + _NET_TOOL + r"\b"
     r"|\b(?:scp|rsync|sftp)\b[^\n]*?" + _SECRET_PATH + r"\S*\s+(?:\S+\s+)*?(?:[\w.-]+@)?(?!localhost:|127\.)[\w.-]+:"
     r"|\b(?:mail|mailx|sendmail|mutt|swaks)\b[^\n]*?" + _SECRET_PATH
     + r"|\b(?:aws\s+s3\s+cp|gsutil\s+cp|rclone\s+(?:copy|sync))\b[^\n]*?" + _SECRET_PATH),
    ("exfiltration", "secrets-to-git", False,
     _SECRET_PATH + r"[^\n]{0,120}?\b" + _PUBLISH + r"|\b(?:git\s+add|gh\s+gist\s+create)\b[^\n]{0,80}?" + _SECRET_PATH
     # a credential written into a file, and the file published
     + r"|(?:" + _SECRET_PATH + "|" + _SECRET_ENV + r")[^\n]{0,80}?(?:>>?|\btee\b(?:\s+-a)?)\s*(?!/dev/null)[^\s&;|]+"
       r"[\s\S]{0,200}?\b" + _PUBLISH),
)
# fmt: on

# -- overriding the reader's instructions: a dismissal aimed at the reader, and a target that is what
# the reader was told (its instructions, rules, guidance, memory, context, "everything above") ---
_DISMISS = (  # a mental dismissal, in the imperative (or negated "follow")
    r"(?:ignore|ignoring|disregard|disregarding|forget|forget\s+about|overlook|look\s+past|look\s+beyond|move\s+past|override|overrule|discard|abandon"
    r"|dismiss|neglect|bypass|set\s+aside|put\s+aside|cast\s+aside|push\s+aside|leave\s+behind"
    r"|throw\s+(?:away|out)|pay\s+no\s+(?:attention|heed|mind)\s+to|stop\s+(?:following|obeying|heeding|listening\s+to)"
    r"|(?:do\s+not|don\s+t|dont|never|no\s+longer)\s+(?:follow|obey|heed|listen\s+to|adhere\s+to|comply\s+with))"
)
_ERASE = (  # a physical one: only aimed at "your" memory, rules, ...
    r"(?:wipe|erase|clear|purge|flush|reset|delete|remove|drop|scrap|ditch|lift|suspend|shed|unlearn|disable"
    r"|turn\s+off|switch\s+off|deactivate)"
)
_QUALIFIER = (
    r"(?:all|any|the|your|of|about|every|each|my|these|those|previous|prior|above|earlier|preceding|former"
    r"|original|other|existing|system|developer|safety|users?|initial|old|given|current|s)"
)
# what only an agent is given: dismissing it needs no further anchor
_ORDERS = (
    r"(?:instructions?|prompts?|directives|directions|guidance|guidelines|orders|programming|conditioning"
    r"|guardrails|briefing)"
)
# what many things have (firewall rules, lint rules): dismissing it needs an anchor to the reader
_RULES = (
    r"(?:rules|constraints|restrictions|limitations|limits|polic(?:y|ies)|principles|safeguards|messages|context"
    r"|memory|training|advice|commands|persona|boundaries|filters|ethics|values|setup|configuration)"
)
_ANCHOR_BEFORE = r"(?:your|previous|prior|earlier|above|preceding|original|initial|system|developer|operator)"
_ANCHOR_AFTER = (
    r"(?:(?:that\s+|which\s+)?(?:you|you\s+ve|you\s+have|you\s+d|you\s+had)\s+(?:\w+\s+)?(?:were\s+|been\s+)?"
    r"(?:received|given|told|got|gotten|taught|fed|provided|shown|sent|trained|instructed|loaded|handed|issued"
    r"|assigned|programmed|configured)"
    r"|(?:you|you\s+re|you\s+are)\s+(?:\w+\s+)?(?:operate|operating|work|working|run|running|act|acting|bound"
    r"|following|follow)\b"
    r"|(?:given|provided|shown|sent|supplied)\s+(?:to\s+)?you|above|before(?:hand)?|so\s+far|until\s+now|up\s+to\s+now"
    r"|earlier|previously)"
)
_EVERYTHING = (  # "everything you were told", "all of the above"
    r"(?:everything|all|anything|whatever|what)\s+(?:that\s+)?(?:you|you\s+ve|you\s+have|you\s+d|i|we|they|someone"
    r"|anyone|people|the\s+user|the\s+system)\s+(?:\w+\s+){0,2}?(?:told|said|gave|given|instructed|taught|asked|wrote)"
    r"|(?:everything|all|anything)\s+(?:of\s+)?(?:the\s+|this\s+|that\s+)?(?:above|before|prior|previously|earlier"
    r"|so\s+far|until\s+now|up\s+to\s+now|preceding|previous|that\s+came\s+before)"
    r"|what\s+(?:came|comes|was\s+said|is\s+written)\s+(?:before|above|earlier)|the\s+above(?=\s*$|\s+(?:and|then|now|"
    r"completely|entirely|instead))"
)
_STATE = (  # "earlier instructions are superseded"
    r"(?:no\s+longer\s+(?:apply|applies|hold|holds|matter|matters|count|bind|binding|valid|in\s+effect|relevant)"
    r"|(?:are|is|have\s+been|has\s+been)\s+(?:now\s+)?(?:void|null|cancel+ed|obsolete|revoked|superseded|overridden"
    r"|replaced|outdated|invalid|lifted|suspended|withdrawn|rescinded|deprecated|expired|no\s+longer\s+valid)"
    r"|do\s+not\s+apply|don\s+t\s+apply|(?:are|is)\s+not\s+(?:valid|binding)\s+(?:any\s*more|now))"
)
_ENGLISH_OVERRIDE = (
    r"\b" + _DISMISS + r"\s+(?:" + _QUALIFIER + r"\s+){0,4}" + _ORDERS + r"\b"
    r"|\b"
    + _DISMISS
    + r"\s+(?:\w+\s+){0,4}?"
    + _ANCHOR_BEFORE
    + r"\s+(?:\w+\s+){0,2}?(?:"
    + _ORDERS
    + "|"
    + _RULES
    + r")\b"
    r"|\b" + _DISMISS + r"\s+(?:\w+\s+){0,4}?(?:" + _ORDERS + "|" + _RULES + r")\s+(?:\w+\s+)?" + _ANCHOR_AFTER + r"\b"
    r"|\b" + _DISMISS + r"\s+(?:\w+\s+){0,3}?(?:" + _EVERYTHING + r")\b"
)
_ERASE_YOURS = r"\b" + _ERASE + r"\s+(?:\w+\s+){0,2}?your\s+(?:\w+\s+){0,3}?(?:" + _ORDERS + "|" + _RULES + r")\b"
_VOIDED = (
    r"\b(?:previous|prior|above|earlier|preceding|former|original|initial|all|existing|your|system)\s+(?:\w+\s+){0,2}?"
    r"(?:" + _ORDERS + r"|rules|constraints|restrictions|policies)\s+" + _STATE + r"\b"
    r"|\b(?:"
    + _ORDERS
    + r"|rules|constraints|restrictions|policies)\s+(?:\w+\s+)?"
    + _ANCHOR_AFTER
    + r"\s+(?:\w+\s+){0,2}?"
    + _STATE
    + r"\b"
    r"|\b(?:whatever|everything|anything|what|all)\s+(?:\w+\s+){0,3}?(?:told|said\s+to|instructed|taught|gave)\s+you\b"
    r"(?:\s+\w+){0,8}?\s+(?:was|were|is|are)\s+(?:just\s+|only\s+|merely\s+|all\s+)?(?:a\s+test|fake|wrong|void|over"
    r"|obsolete|outdated|a\s+drill|a\s+joke|not\s+real|a\s+mistake|no\s+longer\s+\w+|invalid|cancel+ed|revoked)\b"
)
# "treat the earlier guidance as a draft"
_DEMOTED = (
    r"\b(?:treat|consider|regard|see|take)\s+(?:\w+\s+){0,2}?(?:"
    + _ANCHOR_BEFORE
    + r"\s+(?:\w+\s+){0,2}?(?:"
    + _ORDERS
    + "|"
    + _RULES
    + r")|(?:"
    + _ORDERS
    + "|"
    + _RULES
    + r")\s+(?:\w+\s+)?"
    + _ANCHOR_AFTER
    + r")\s+(?:\w+\s+){0,2}?as\s+"
    r"(?:an?\s+|merely\s+|just\s+|only\s+|mere\s+)?(?:draft|drafts|obsolete|void|outdated|superseded|invalid|suggestions?"
    r"|optional|advisory|irrelevant|null|non\s+binding|examples?|a\s+joke|fiction|noise|cancel+ed|revoked)\b"
)
# "the rules in your configuration ... set them aside"
_DISMISS_THEM = (
    r"\b(?:your\s+(?:\w+\s+){0,3}?(?:" + _ORDERS + r"|rules|policies|configuration|setup|prompt)"
    r"|(?:" + _ORDERS + r"|rules|policies)\s+(?:\w+\s+){0,3}?your\s+\w+)\b(?:\s+\w+){0,20}?\s+"
    r"(?:(?:set|put|cast|push)\s+(?:them|these|those|it)\s+aside|(?:disregard|override|abandon|overlook)\s+(?:them|these"
    r"|those|it\s+all|all\s+of\s+(?:them|it))\b)"
)
_NEW_ROLE = (
    r"\bfrom\s+(?:this\s+point|here|now)\s+(?:on|forward|onwards?)\s+(?:you\s+)?(?:are|act|will|must|behave|obey|answer)\b"
    r"|\bact\s+as\s+(?:an?\s+)?(?:unrestricted|unfiltered|jailbroken|uncensored)\b"
    r"|\byour\s+(?:new|real|actual|true|only|updated|revised)\s+(?:instructions|orders|directives|mission|objective"
    r"|goal|purpose)\s+(?:is|are)\b"
    r"|\byour\s+(?:real|actual|true|only)\s+task\s+is\b"
    r"|\byour\s+(?:role|persona|identity|purpose|mission|job|objective|instructions)\s+(?:has|have)\s+(?:been\s+)?"
    r"(?:changed|updated|switched|replaced|redefined|overridden)\s+(?:\w+\s+){0,3}?you\s+are\b"
    r"|\b(?:you\s+are\s+no\s+longer|stop\s+being|you\s+re\s+no\s+longer)\s+(?:an?|the|just\s+an?)\s+(?:\w+\s+){0,2}?"
    r"(?:assistant|agent|bot|model|ai|chatbot|helper)\b"
    r"|\b(?:agent|assistant|ai|model|bot)\s+(?:with|that\s+has|having)\s+no\s+(?:content\s+|safety\s+)?(?:policy|policies"
    r"|restrictions|rules|filters|guardrails|limits|limitations|constraints)\b"
    r"|\b(?:never|do\s+not|don\s+t)\s+refuse\s+(?:any\s+(?:request|command|instruction|order)s?|anything|to\s+(?:answer"
    r"|comply|help|respond))\b"
    r"|\byour\s+(?:only|sole|new|primary|real)\s+(?:source\s+of\s+)?(?:instructions|orders|directives)\b"
)


@dataclass(frozen=True)
class _Language:
    """The same intent in another language, on words with accents dropped: a dismissal and, within a
    few words, a noun for instructions, "everything" and a verb of telling, or "the above"."""

    dismiss: str
    orders: str
    everything: str
    told: str
    above: str

    def pattern(self) -> str:
        target = rf"(?:{self.orders})\b|(?:{self.everything})\s+(?:\w+\s+){{0,5}}?(?:{self.told})\b|(?:{self.above})\b"
        return rf"\b(?:{self.dismiss})\s+(?:\w+\s+){{0,4}}?(?:{target})"


_LANGUAGES = (
    _Language(  # German
        r"ignorier\w*|vergiss|vergesst|vergessen\s+sie|missachte\w*|uberschreib\w*|verwirf|verwerfen\s+sie",
        r"anweisung\w*|instruktion\w*|regeln|vorgaben|richtlinien|befehle",
        r"alles|alle|samtliche\w*|was",
        r"gesagt|erzahlt|mitgeteilt|beigebracht|gegeben|aufgetragen|vorgegeben|befohlen",
        r"(?:das|alles)\s+(?:vorherige|bisherige|obige|vorangegangene|davor|vorher|zuvor|oben\s+\w+)",
    ),
    _Language(  # French
        r"ignore[rz]?|oublie[rz]?|neglige[rz]?|ne\s+tene?z?\s+pas\s+compte\s+de|ne\s+tiens\s+pas\s+compte\s+de"
        r"|fais\s+abstraction\s+de|faites\s+abstraction\s+de|(?:mets|mettez|laisse|laissez)\s+de\s+cote",
        r"instructions?|consignes?|regles|directives|indications|ordres",
        r"tout|toutes|tous|ce\s+que|ce\s+qu",
        r"dit|dites|appris|donnees?|indique|ecrit|demande",
        r"(?:tout\s+)?ce\s+qui\s+precede|(?:tout\s+)?ce\s+qui\s+est\s+(?:au\s+dessus|ci\s+dessus)|le\s+precedent",
    ),
    _Language(  # Spanish
        r"ignora|ignore|ignoren|olvida|olvide|olviden|olvidate|haz\s+caso\s+omiso\s+de|omite|descarta|deja\s+de\s+lado"
        r"|(?:pon|ponga)\s+a\s+un\s+lado",
        r"instrucciones|reglas|indicaciones|directrices|ordenes|normas",
        r"todo|todas|todos|lo\s+que",
        r"dicho|dijeron|dije|dijo|indicado|ensenado|ordenado|enseñado",
        r"(?:todo\s+)?lo\s+(?:anterior|previo|de\s+antes|dicho|que\s+precede)",
    ),
    _Language(  # Italian
        r"ignora|ignorate|dimentica|dimenticate|trascura|non\s+tenere\s+conto\s+d\w*|metti\s+da\s+parte",
        r"istruzioni|regole|indicazioni|direttive|ordini",
        r"tutto|tutte|tutti|quello\s+che|cio\s+che",
        r"detto|dette|ricevuto|indicato|insegnato|dato",
        r"(?:tutto\s+)?(?:quanto|cio\s+che\s+e\s+stato)\s+detto\s+(?:prima|sopra)|(?:tutto\s+)?il\s+precedente",
    ),
    _Language(  # Portuguese
        r"ignore|ignora|ignorem|esqueca|esquece|esquecam|desconsidere|desconsidera|descarte|deixe\s+de\s+lado",
        r"instrucoes|regras|diretrizes|orientacoes|ordens",
        r"tudo|todas|todos|o\s+que",
        r"dito|disseram|disse|ensinado|indicado|passado",
        r"(?:tudo\s+)?o\s+(?:anterior|que\s+foi\s+dito)|tudo\s+acima",
    ),
    _Language(  # Dutch
        r"negeer|vergeet|negeren",
        r"instructies|regels|aanwijzingen|richtlijnen",
        r"alles|al|wat",
        r"gezegd|verteld|opgedragen|gegeven|geleerd",
        r"(?:al\s+)?het\s+(?:voorgaande|bovenstaande)",
    ),
    _Language(  # Russian
        r"(?:про)?игнорируи\w*|забудь\w*|не\s+обращаи\w*\s+внимания\s+на|отбрось\w*|пренебреги",
        r"инструкци\w*|правил\w*|указани\w*|указани\w*|приказ\w*",
        r"все|всего",
        r"говорил\w*|сказал\w*|сказано|велел\w*|указал\w*|учил\w*|давал\w*|дал\w*",
        r"(?:все\s+)?(?:предыдущее|вышесказанное|вышеизложенное|сказанное\s+(?:ранее|выше))",
    ),
    _Language(  # Ukrainian
        r"(?:з)?ігнору\w*|забудь\w*",
        r"інструкці\w*|правил\w*|вказівк\w*",
        r"все|\u0443\u0441\u0435",  # "all", twice (escaped: each letter of the second looks Latin)
        r"казали|сказали|говорили|сказано",
        r"(?:все\s+)?(?:попереднє|вищесказане|сказане\s+(?:раніше|вище))",
    ),
)
_CJK_DISMISS = r"(?:忽略|无视|無視|忘记|忘記|忘掉|丢弃|不要理会|不要理會|別管|别管|無視し|忘れ|従わない|무시|잊어|잊으)"
_CJK_ORDERS = r"(?:指令|指示|说明|說明|规则|規則|提示|命令|设定|設定|지시|명령|규칙|설정)"
_CJK_PRIOR = r"(?:之前|以上|上面|前面|先前|此前|これまで|今まで|以前|前の|上記|이전|지금까지|위의|앞의|앞서)"
_CJK_OVERRIDE = re.compile(
    _CJK_DISMISS
    + r"[^\n]{0,12}?"
    + _CJK_ORDERS
    + r"|"
    + _CJK_ORDERS
    + r"[^\n]{0,10}?"
    + _CJK_DISMISS
    + r"|"
    + _CJK_DISMISS
    + r"[^\n]{0,4}?"
    + _CJK_PRIOR
    + r"[^\n]{0,6}?(?:一切|所有|全部|内容|内容|すべて|全て|모든|내용)"
    + r"|"
    + _CJK_PRIOR
    + r"[^\n]{0,12}?(?:一切|所有|全部|内容|すべて|全て|모든|내용)[^\n]{0,6}?"
    + _CJK_DISMISS
)
# "tell no one", "do not tell the user" in Russian (read on the words as they are: its letters look Latin)
_RU_NOT, _RU_TELL = "\u043d\u0435", r"(?:говори|сообщаи|рассказываи)\w*"
_RU_NO_ONE = "\u043d\u0438\u043a\u043e\u043c\u0443"
_RUSSIAN_HIDE = (
    r"\b" + _RU_NOT + r"\s+" + _RU_TELL + r"\s+(?:\w+\s+){0,2}?(?:пользовател\w*|" + _RU_NO_ONE + ")"
    r"|\b" + _RU_NO_ONE + r"\s+(?:\w+\s+){0,2}?" + _RU_NOT + r"\s+" + _RU_TELL
)
_INTENT_PATTERNS: tuple[_Pattern, ...] = (
    _Pattern("prompt-injection", "override-instructions", False, re.compile(_ENGLISH_OVERRIDE), (
        "ignor", "disregard", "forget", "overlook", "overr", "discard", "abandon", "dismiss", "neglect", "bypass",
        "aside", "behind", "throw", "pay no", "follow", "obey", "heed", "listen", "adhere", "comply", "past",
        "beyond")),
    _Pattern("prompt-injection", "override-instructions", False, re.compile(_ERASE_YOURS), ("your",)),
    _Pattern("prompt-injection", "override-instructions", False, re.compile(_VOIDED), (
        "no longer", "void", "null", "cancel", "obsolete", "revoked", "supersed", "overrid", "replaced", "outdated",
        "invalid", "lifted", "suspended", "withdrawn", "rescinded", "deprecated", "expired", "apply", "not valid",
        "not binding", "test", "fake", "wrong", "over", "drill", "joke", "real", "mistake")),
    _Pattern("prompt-injection", "override-instructions", False, re.compile(_DISMISS_THEM), ("your",)),
    _Pattern("prompt-injection", "override-instructions", False, re.compile(_DEMOTED), (" as ",)),
    _Pattern("prompt-injection", "hide-from-user", False, re.compile(_RUSSIAN_HIDE), (_RU_NO_ONE, "пользовател")),
    _Pattern("prompt-injection", "role-change", False, re.compile(_NEW_ROLE), (
        "from ", "act as", "your", "no longer", " no ", "refuse", "stop being")),
    _Pattern("prompt-injection", "override-instructions", False,
             re.compile("|".join(language.pattern() for language in _LANGUAGES)), (
        "ignor", "vergi", "verge", "missacht", "uberschreib", "verwirf", "verwerf", "oubli", "neglig", "tene",
        "tiens", "abstraction", "olvid", "omiso", "omite", "descart", "deja de lado", "dimentic", "trascura",
        "tenere conto", "esquec", "desconsider", "negeer", "vergeet", "игнор", "забуд", "обраща", "отбрось",
        "пренебр", "ігнор", "de cote", "da parte", "de lado", "a un lado")),
    _Pattern("prompt-injection", "override-instructions", False, _CJK_OVERRIDE,
             tuple(_CJK_DISMISS[3:-1].split("|"))),
)  # fmt: skip

# What the costliest patterns cannot match without (tests/trust/test_injection.py holds them to it).
_NEEDS: dict[str, tuple[str, ...]] = {
    "fetch-and-run": (
        "curl",
        "wget",
        "fetch",
        "iwr",
        "irm",
        "invoke-",
        "aria2c",
        "http",
        "base64",
        "xxd",
        "openssl",
        "gunzip",
        "zcat",
        "rev",
    ),
    "local-secrets-to-network": ("env", "cat", "curl", "wget", "nc", "nslookup", "dig", "host", "ping"),
    "hide-from-user": (
        "not",
        "don",
        "never",
        "without",
        "hide",
        "conceal",
        "keep",
        "silently",
        "secretly",
        "covertly",
        "no ",
        "sans",
        "ne ",
        "ohne",
        "nichts",
        "告诉",
        "知道",
        "ユーザー",
        "사용자",
    ),
    "skip-confirmation": (
        "approved",
        "need",
        "ask",
        "without",
        "confirm",
        "approv",
        "permission",
        "pedir",
        "demander",
        "fragen",
        "确认",
        "確認",
    ),
    "spoofed-authority": (
        "system",
        "admin",
        "develop",
        "operator",
        "root",
        "maintainer",
        "owner",
        "assistant",
        "agent",
        "ai",
        "llm",
        "bot",
        "copilot",
    ),
    "obfuscated-orders": ("decode", "decrypt", "deobfuscate", "unscramble"),
    "no-verify-flags": ("verify", "sandbox", "skip-permissions", "reject_unauthorized"),
    "run-fetched": ("curl", "wget", "iwr", "irm", "invoke-", "iex", "exec", "downloadstring"),
    "exec-fetched": ("exec", "eval", "loadstring", "iex", "invoke-expression", "function"),
    "secrets-to-network": ("|", "scp", "rsync", "sftp", "mail", "swaks", "s3 cp", "gsutil", "rclone"),
    "secrets-to-git": ("git ", "gh "),
    "reverse-shell": ("/dev/", "nc ", "ncat", "netcat", "mkfifo", "socat"),
}
SAFETY_PATTERNS = tuple(
    _Pattern(f, n, neg, re.compile(src), _NEEDS.get(n, ())) for f, n, neg, src in _SAFETY_SOURCES + _GENERAL_SOURCES
)
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
_SPACED_RUN = re.compile(r"(?:[^\W_] ){4,}[^\W_] {2}")
_MENTIONS = re.compile(
    r"\b(?:prompt\s+injections?|injections?|e\.g\.|for\s+example|such\s+as|text\s+like|could\s+contain|attack(?:er|s)?"
    r"|payloads?|classif\w*|assert|detect\w*|guard|saniti[sz]\w*|threat\s+model|test_\w+)\b"
)
_QUOTED = re.compile(r'"[^"\n]{1,300}"|“[^”\n]{1,300}”|«[^»\n]{1,300}»')
_BASE64 = re.compile(r"(?<![\w+/=])(?:[A-Za-z0-9+/]{4}){5,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?(?![\w+/=])")
_ROT13 = re.compile(r"\brot[\s-]?13\b")
_LEET = str.maketrans("013457", "oieast")
_LEETWORD = re.compile(r"(?=\w*[^\W\d_])(?=\w*[013457])\w+$")
_SPACED_LETTERS = re.compile(r"\b(?:[^\W\d_] ){2,}[^\W\d_]\b")
# a negation right before the phrase (at most one word between): "never disable", "do not ever skip"
_NEGATION = re.compile(r"\b(?:never|not|don'?t|avoid|no|without)[ \t]+(?:(?!hesitate|forget|fail)\w+[ \t]+)?$")


def normalise(text: str, *, latin: bool = True) -> str:
    """The text as the patterns read it (see the module docstring); `latin` reads look-alikes as Latin."""
    flat = _folded(text)
    return _spaced(flat.translate(_CONFUSABLES) if latin else flat)


def _folded(text: str) -> str:
    if text.isascii():  # nothing to compose, fold or drop but case
        return _HYPHENATED.sub("", text).lower()
    flat = _HYPHENATED.sub("", unicodedata.normalize("NFKC", text)).casefold()
    kept = (c for c in unicodedata.normalize("NFKD", flat) if c not in _FILLERS)
    return unicodedata.normalize("NFC", "".join(c for c in kept if unicodedata.category(c) not in _DROPPED))


def _spaced(flat: str) -> str:
    if "  " in flat and _SPACED_RUN.search(flat):
        flat = "\n".join(_unspaced(line) for line in flat.split("\n"))
    return re.sub(r"[ \t]+", " ", flat.replace("*", ""))


def _views(text: str) -> tuple[str, str | None]:
    """The text normalised with look-alikes read as Latin, and as they are when that differs."""
    folded = _folded(text)
    latin = folded.translate(_CONFUSABLES)
    return _spaced(latin), (None if latin == folded else _spaced(folded))


def _unspaced(line: str) -> str:
    """A line written l e t t e r  b y  l e t t e r (two spaces between words) as its words."""
    tokens = [t for t in line.split(" ") if t]
    if len(tokens) < 8 or sum(len(t) == 1 for t in tokens) < 0.7 * len(tokens):
        return line
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", line.strip()))


def _unquoted(flat: str) -> str:
    """The text without what it quotes when it says it is quoting (an example of an injection, a
    test's input): text mentioned, not said. Orders in it are still read by every other family."""
    return _QUOTED.sub(" ", flat) if _MENTIONS.search(flat) else flat


def _decoded(text: str, flat: str) -> Iterator[tuple[str, str]]:
    """(how, text) of what the text hides in an encoding: base64 runs that decode to words, and the
    whole text in ROT13 when it speaks of ROT13."""
    for m in _BASE64.finditer(text):
        try:
            plain = base64.b64decode(m.group(), validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if " " in plain and sum(c.isprintable() for c in plain) >= 0.95 * len(plain):
            yield "base64", plain
    if _ROT13.search(flat):
        yield "rot13", codecs.decode(text, "rot13")


def _words(flat: str) -> str:
    """Words alone: punctuation and line breaks as spaces, s p a c e d letters closed up, digits in
    words read as the letters they stand for (1gn0re)."""
    words = " ".join(w.translate(_LEET) if _LEETWORD.match(w) else w for w in re.findall(r"[^\W_]+", flat))
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
    exfiltration, or hides text); `flags` says why."""
    problem = safety_problem("\n".join([item.title, item.summary, item.why, *(item.procedure or ())]))
    if problem is not None:
        item.flags = [problem.split(":", 1)[0]]
        item.title, item.summary, item.why, item.procedure = withheld(item.flags[0]), "", "", None
        item.trust = "unverified"  # whoever stands behind it, this text is not vouched for


def withhold_each(texts: Sequence[str | None]) -> list[str | None]:
    """Why each of the fields of one record is withheld (its flag), or None where it is served as it is.

    A field that reads unsafe alone is withheld; when the fields left read unsafe only together (a
    credential read in one step and published in the next), every one of them is: a reader sees the
    fields of a record together, as retrieval reads them.
    """
    why = [None if not text or (p := safety_problem(text)) is None else p.split(":", 1)[0] for text in texts]
    rest = "\n".join(t for t, flag in zip(texts, why, strict=True) if t and flag is None)
    if rest and (problem := safety_problem(rest)) is not None:
        flag = problem.split(":", 1)[0]
        why = [flag if t and f is None else f for t, f in zip(texts, why, strict=True)]
    return why


def withheld(flag: str) -> str:
    """What a served field holds in place of text that was withheld."""
    return f"[withheld: reads like {flag}]"


def safety_problem(text: str, families: frozenset[str] | None = None, *, _decoding: bool = True) -> str | None:
    """Why `text` is unsafe to put in a skill or serve to an agent (family, pattern and the words), or None.

    `families` limits the pattern families checked; secrets and hidden unicode always are. What the
    text hides in base64 or ROT13 is read too (one level deep).
    """
    if (hidden := hidden_character(text)) is not None:
        return f"hidden-unicode: invisible or bidi control character U+{ord(hidden):04X}"
    if redact_text(text)[1]:
        return "secrets: the text holds what looks like a secret"
    flat, as_is = _views(text)
    said = _unquoted(flat)
    for pattern in SAFETY_PATTERNS:
        if families is not None and pattern.family not in families:
            continue
        view = said if pattern.family == "prompt-injection" else flat
        if not pattern.applies(view):
            continue
        for m in pattern.regex.finditer(view):
            if pattern.negatable and _NEGATION.search(view, max(0, m.start() - 40), m.start()):
                continue
            return f"{pattern.family}/{pattern.name}: {m.group()[:80]!r}"
    if families is None or "prompt-injection" in families:
        for pattern, view in intent_patterns(text, (said, as_is and _unquoted(as_is))):
            if pattern.applies(view) and (hit := pattern.regex.search(view)):
                return f"{pattern.family}/{pattern.name}: {hit.group()[:80]!r}"
    if _decoding:
        for how, plain in _decoded(text, flat):
            if (problem := safety_problem(plain, families, _decoding=False)) is not None:
                name, words = problem.split(": ", 1)
                return f"{name}: in {how}, {words}"
    return None


def intent_patterns(text: str, said: tuple[str, str | None] | None = None) -> Iterator[tuple[_Pattern, str]]:
    """The intent patterns, each with the views of `text` it reads: its words (quotations it says it
    mentions left out), with look-alike letters read as Latin and, when that differs, as they are."""
    if said is None:
        latin, as_is = _views(text)
        said = (_unquoted(latin), as_is and _unquoted(as_is))
    views = [_words(view) for view in said if view is not None]
    for pattern in _INTENT_PATTERNS:
        for view in views:
            yield pattern, view
