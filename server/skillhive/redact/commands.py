"""Passwords on command lines: which tool takes its password after which flag (`mysql -pX`, `sshpass -p X`…)."""

from __future__ import annotations

import re

from skillhive.redact.engine import _span
from skillhive.redact.values import _PLACEHOLDER

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
