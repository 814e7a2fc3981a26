"""Passwords on command lines: a short flag (`-p`, `-P`, `-w`, `-a`, `-k`, `-pw`) judged by its tool.

The general rule: a short flag followed by a value that looks like a password (judge.py) is one,
unless the command's tool is known to use that flag for something else (`ssh -p 2222`, `mkdir -p`,
`curl -w`, `grep -w`, `pytest -p no:x`). The tool table is the fallback for tools whose password
flag takes any value (`mysql -pX`, `sshpass -p X`, `sqlcmd -P X`, `ldapsearch -w X`, `redis-cli -a X`,
`zip -P X`, `7z -pX`), so a plain word there is a password too. Also here: the other command-line
shapes of a password (`echo X | sudo -S`, `htpasswd -b file user X`, Oracle's `scott/X@db`,
Windows' `/p:X`).
"""

from __future__ import annotations

import re

from skillhive.redact.engine import _NOT_MARKER, _Rule, _span
from skillhive.redact.judge import _PORTS, looks_like_credential, looks_like_passphrase, looks_like_token, looks_random
from skillhive.redact.values import _PLACEHOLDER
from skillhive.redact.words import loose_secret_kind, secret_kind

_CLI_VALUE = r"""(?:"[^"\n]+"|'[^'\n]+'|(?!\[REDACTED:)[^\s"'|;&<>()]+)"""
_CLI_LOOKBACK = 300  # how far before the flag the tool's name may be

# tool (a name prefix, as `mysqldump` starts with `mysql`) -> the flags that take its password;
# `=` after a flag: glued to it only (`mysql -pX`; `-p X` asks for the password, X is a database).
_PASSWORD_FLAGS: dict[str, tuple[str, ...]] = {
    "mysql": ("p=",),
    "mariadb": ("p=",),
    "sshpass": ("p", "p="),
    "plink": ("pw",),
    "pscp": ("pw",),
    "psftp": ("pw",),
    "redis-cli": ("a",),
    "sqlcmd": ("P",),
    "bcp": ("P",),
    "osql": ("P",),
    "isql": ("P",),
    "ipmitool": ("P",),
    "mosquitto_": ("P",),
    "zip": ("P",),
    "unzip": ("P",),
    "7z": ("p=",),
    "rar": ("p=", "hp="),
    "unrar": ("p=",),
    "mongo": ("p",),
    "rabbitmqadmin": ("p",),
    "ldap": ("w",),
    "psexec": ("p",),
    "evil-winrm": ("p",),
    "crackmapexec": ("p",),
    "netexec": ("p",),
    "nxc": ("p",),
    "smbmap": ("p",),
    "hydra": ("p",),
    "rdesktop": ("p",),
    "openssl": ("k",),
    "az": ("p",),
    "snmp": ("c",),  # the community string
    "ssh-keygen": ("N",),  # the new passphrase
}
# flag -> a regex finding the tools that take a password after it, in the command before the flag
_TOOLS_TAKING = {
    flag: re.compile(
        # each name first, then a look-behind that it starts a word: the engine scans for the names
        "|".join(
            rf"{re.escape(t)}(?<![^\s/\"']{re.escape(t)})" for t, flags in _PASSWORD_FLAGS.items() if flag in flags
        )
    )
    for flag in {f for flags in _PASSWORD_FLAGS.values() for f in flags}
}
_LOGIN_TOOLS = ("docker", "podman", "nerdctl", "buildah", "skopeo", "helm", "oras")  # `login -p X`
# Tools whose short flags mean something else: never a password there.
_OTHER_TOOLS = (
    "ssh scp sftp mkdir cp mv rm ln rsync git pytest python python3 pip ls grep egrep rg curl wget tar"
    " docker kubectl wc sort du df ps netstat nc ncat iperf iperf3 ping pg_dump pg_restore pg_dumpall psql"
    " createdb dropdb pg_isready nmap tcpdump lsof sed awk xargs find head tail uniq cut make gcc cc clang"
    " java mvn gradle node npm npx yarn go cargo top watch timeout chmod chown touch diff patch gzip xz"
    " bzip2 dd mount systemctl journalctl traceroute iptables ss ip sysctl perf strace gdb less cat echo"
    " printf read ulimit env nohup ssh-keygen ssh-add ssh-copy-id uvicorn gunicorn flask jupyter ruff mypy"
    " black isort poetry uv minisign signify cosign pdsh pdcp clush"
)
_OTHER_FLAGS = frozenset(_OTHER_TOOLS.split())
_FIRST_WORD = re.compile(
    r"[ \t]*(?:(?:sudo|doas|env|time|nice|nohup|exec|command|\$|#|>|PS>)[ \t]+|-[^\s]*[ \t]+|[^\s=]+=[^\s]*[ \t]+)*"
    r"([^\s\"'=-][^\s\"']*)"
)


def _segment(text: str, at: int) -> str:
    """The command that the flag at `at` belongs to (from the line start, `|`, `;` or `&`)."""
    lowest = max(0, at - _CLI_LOOKBACK)  # bounded: a text of many flags stays linear
    begin = max(text.rfind(c, lowest, at) for c in "\n|;&") + 1
    return text[max(begin, lowest) : at]


def _tool(segment: str) -> str:
    """The command's tool: its first word that is no prompt, wrapper, `VAR=x` or wrapper's flag."""
    m = _FIRST_WORD.match(segment)
    return m.group(1).rsplit("/", 1)[-1].removesuffix(".exe").lower() if m else ""


def _spare_cli(m: re.Match[str], text: str) -> bool:
    """Leave `mkdir -p x`, `ssh -p 22`, `ls -a x` alone: only a password tool's flag, or a password."""
    start, end = _span(m)
    value = text[start:end]
    if _PLACEHOLDER.fullmatch(value.strip("'\"")):
        return True
    if m.lastgroup == "s":  # curl -u user:X
        return value.rstrip("`.,;:)").isdigit()
    if m.lastgroup in ("s7", "s8"):  # openssl `pass:X`, smbclient `-U user%X`: the syntax says it all
        return False
    flag = m.group("f")
    glued = m.lastgroup == "s3"
    segment = _segment(text, m.start())
    tool = _tool(segment)
    wanted = flag + "=" if glued else flag
    tools = _TOOLS_TAKING.get(wanted)  # `docker exec db mysql -pX`: any of them in the command
    if tools is not None and tools.search(segment):
        return False
    if flag == "p" and not glued and tool in _LOGIN_TOOLS and " login" in segment:
        return False
    if flag == "p" and not glued and _USER_FLAG.search(segment) and not _PORTS.fullmatch(value.strip("'\"")):
        # `-u release@acme.test -p X`: the password of the user just given, in any tool but those
        # where `-p` alone asks for it (`mysql -u root -p shop`)
        return value.startswith("-") or bool(_PROMPTING_P.search(segment))
    if flag in ("c", "N"):  # only those tools' (`sh -c`, `python -c` take code)
        return True
    if glued or tool in _OTHER_FLAGS or tool.startswith(tuple(_PASSWORD_FLAGS)) or tool in _LOGIN_TOOLS:
        return True
    return not looks_like_credential(value)


_PROMPTING_P = _TOOLS_TAKING["p="]
_WINDOWS_SWITCH = re.compile(r"(?<=[ \t])/[A-Za-z]{2,}(?::|(?=[ \t]|$))")
_USER_FLAG = re.compile(r"(?:^|\s)(?:-u|--user(?:name)?)[ =][\"']?[^\s\"'-][^\s\"']*[\"']?[ \t]+$")
_HOST = re.compile(r"[\w.-]+\.[a-z]{2,}(?::[0-9]+)?|[\w.+-]+@[\w.-]+")
_CREDENTIAL_ARG = r"(?![\\/~.])(?=[^\s]*[0-9])(?=[^\s]*[A-Za-z])[^\s\"'|;&<>()=][^\s\"'|;<>()=]{7,}(?![^\s\"'|;&<>()])"


def _words_first(words: tuple[str, ...], before: str) -> str:
    """`(?:w1|w2…)`, each word followed by a look-behind that `before` does not precede it: the
    alternation comes first, so the engine scans for the words' first letters."""
    return "(?:" + "|".join(f"{w}(?<!{before}{w})" for w in words) + ")"


# a name: words, capitalised or not, then a number (`validator1`, `JohnSmith42`, `ReleaseBot`)
_NAME_LIKE = re.compile(r"[A-Za-z][a-z]+(?:[A-Z][a-z]+)*[0-9]{0,4}")


def _mixed_credential(value: str) -> bool:
    """A password that mixes cases or holds a symbol: not a name with a number (`validator1`, `JohnSmith42`)."""
    mixed = value.lower() != value != value.upper() or any(not c.isalnum() for c in value.strip("-_"))
    return mixed and not _NAME_LIKE.fullmatch(value) and looks_like_credential(value)


def _spare_login_arg(m: re.Match[str], text: str) -> bool:
    """`vault login X`, `net user admin X`, `rabbitmqctl add_user u X`: an argument shaped like a credential."""
    start, end = _span(m)
    value = text[start:end]
    before = text[max(0, start - 80) : start].split()
    if before and before[-1].startswith("-") and "=" not in before[-1]:
        return True  # `--tenant X`: the value of another flag
    said = text[m.start() : start].split()
    if len(said) >= 2 and said[1].lower() in ("is", "was", "are", "were", "info", "details"):
        return True  # `the login is u / X`: prose that tells a pair (shapes.py), not a command's argument
    if before and before[-1].lower() == "auth" and looks_random(value):
        return False  # `snyk auth <uuid>`: the one argument of an `auth` subcommand is its token
    if before and before[-1].lower() in ("login", "auth") and len(value) >= 32 and looks_random(value):
        return False  # `wandb login <40 hex>`: a login's one argument, machine-made, is its key
    if _HOST.fullmatch(value) or all(c in "0123456789abcdefABCDEF-" for c in value):
        return True  # a host, an email, a UUID or a hex id
    if value.startswith("-") and not value.startswith("--"):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        # a command of Windows switches (`/user:x`, `/persistent:no`) has no `-` flags: a leading
        # `-` is the password's first character (`net use Z: \\srv\share -Xy9…`)
        if _WINDOWS_SWITCH.search(line):
            return not _mixed_credential(value[1:])
    if value.startswith(("\\", "/", "~", ".")) or "\\" in value:
        return True  # `net use Y: \\srv-02\public X`: a path
    return not (looks_like_token(value) or looks_like_credential(value) or looks_like_passphrase(value))


# Tools that read a password (or `user:password`) from their standard input, and the flags that
# make any tool do so: `echo X | <tool>` hands them X.
_READS_STDIN = (
    r"passwd[ \t]+--stdin|chpasswd|smbpasswd|kinit|cryptsetup|keepassxc-cli|kpcli|veracrypt|ansible-vault"
    r"|pass[ \t]+insert|bw[ \t]+unlock|op[ \t]+signin|vault[ \t]+login|htpasswd[ \t]+-[a-z]*i|mysql_config_editor"
)
_STDIN_FLAGS = (
    r"--password-stdin|--pass(?:word|phrase)?-?(?:fd[ =]0|stdin)|--stdin-pass\w*|-passin[ \t]+(?:stdin|fd:0)"
    r"|--passphrase-fd[ =]0|-pass[ \t]+stdin|--password[ =](?:-|/dev/stdin)(?![\w/])"
    # any flag that names a secret and the standard input: --passwd-on-stdin, --token-stdin, --secret-fd 0
    r"|--[\w-]*(?:pass|secret|token|key)[\w-]*-(?:on-)?(?:stdin|fd[ =]0)(?![\w-])"
)


def _spare_piped_secret(m: re.Match[str], text: str) -> bool:
    """Piped into a command: a secret when an argument of the command names one (`SESSION_SECRET`)."""
    value = text[slice(*_span(m))].strip("'\"")
    if not value or _PLACEHOLDER.fullmatch(value) or value[0] in "$%{<":
        return True
    if not (looks_like_credential(value) or looks_like_token(value) or looks_random(value)):
        return True
    command = [arg.strip("'\"") for arg in m.group("c").split()]
    if any(arg in ("login", "signin", "unlock", "auth") for arg in command[1:4]):
        return False  # `echo X | az devops login`: a login that reads its token from stdin
    return not any(secret_kind(arg) or loose_secret_kind(arg) for arg in command[1:])


def _names_secret_anywhere(key: str) -> bool:
    """`ConnectionStrings:Sql:Password`, `github-oauth.github.com`: a part or a word names a secret."""
    parts = re.split(r"[.:/@]", key)
    return any(secret_kind(p) or loose_secret_kind(p) for p in parts if p) or any(
        w in ("oauth", "oauth2") for p in parts for w in re.split(r"[-_]", p.lower())
    )


def _spare_setting(m: re.Match[str], text: str) -> bool:
    value = text[slice(*_span(m))]
    if not _names_secret_anywhere(m.group("k")) or _spare_hashed(value):
        return True
    return not (looks_like_credential(value) or looks_like_token(value) or looks_random(value))


def _spare_hashed(value: str) -> bool:
    return not value or bool(_PLACEHOLDER.fullmatch(value)) or value[0] in "$%{<-" or value in ("stdin", "-")


def _spare_basic(value: str) -> bool:
    return bool(_PLACEHOLDER.fullmatch(value.strip("'\""))) or value[0] in "$%{<"


# a subcommand that stores a credential, by its words: a noun for one and a verb that stores
# (`alias set`, `api-key store`, `user add`, `add-user`, `set_password`, `credential create`)
_CREDENTIAL_NOUNS = (
    r"(?:alias|api-?keys?|apikey|users?|credentials?|creds|accounts?|logins?|passwords?|passwd|tokens?|keys?"
    r"|secrets?|keyring|keychain)"
)
_STORE_VERBS = r"(?:set|add|store|create|register|put|save|new|import|update|change|reset)"
_STORING_SUBCOMMAND = (
    rf"(?<![\w./-]){_CREDENTIAL_NOUNS}[ \t]+{_STORE_VERBS}(?![\w-])"
    rf"|(?<![\w./-]){_STORE_VERBS}[_-]{_CREDENTIAL_NOUNS}(?![\w-])"
)
_ARG = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'|[^\s|;&<>]+")


# a storing subcommand's flags that carry the value itself (`gh secret set X --body V`, `--secret-string V`)
_VALUE_FLAGS = frozenset(("b", "body", "value", "secret-string", "secret-value", "string-value", "data"))


def _stored_credential(m: re.Match[str]) -> tuple[int, int] | None:
    """The last positional argument after a storing subcommand that looks like a credential, else None.

    Flags and the values after them are skipped (`--api S3v4`), and so are hosts, URLs, paths,
    emails, hex ids and UUIDs; the first positional is the name it is stored under (a user, an
    alias, a key id), the secret comes after it and is random or mixes cases or symbols.
    """
    found = None
    after_flag = False
    value_flag = False
    positionals = 0
    for arg in _ARG.finditer(m.string, m.start("args"), m.end("args")):
        raw = arg.group()
        if raw.startswith("-"):
            after_flag = "=" not in raw
            value_flag = raw.lstrip("-") in _VALUE_FLAGS
            continue
        if after_flag and value_flag:
            # `gh secret set NAME --body "X"`: the flag that carries the stored value
            quoted = raw[0] in "\"'" and len(raw) > 1
            value = raw[1:-1] if quoted else raw
            if len(value) >= 8 and not _PLACEHOLDER.fullmatch(value) and not value.startswith(("$", "[REDACTED:")):
                start = arg.start() + (1 if quoted else 0)
                found = (start, start + len(value))
            after_flag = value_flag = False
            continue
        if after_flag:
            after_flag = False
            continue
        positionals += 1
        quoted = raw[0] in "\"'" and len(raw) > 1
        value = raw[1:-1] if quoted else raw
        start = arg.start() + (1 if quoted else 0)
        if (
            len(value) < 8
            or _PLACEHOLDER.fullmatch(value)
            or value.startswith(("[REDACTED:", "http", "/", "~", ".", "$", "%", "{", "<"))
            or "://" in value
            or "\\" in value
            or _HOST.fullmatch(value)
            or all(c in "0123456789abcdefABCDEF-" for c in value)
            or ("=" in value and not quoted)
        ):
            continue
        if positionals == 1:
            continue  # the name the credential is stored under: a user, an alias, a key id
        if looks_like_token(value) or looks_random(value) or _mixed_credential(value):
            found = (start, start + len(value))
    return found


COMMAND_RULES: tuple[_Rule, ...] = (
    # `rabbitmqctl add_user svc 'X'`, `mc alias set prod URL user X`, `confluent api-key store KEY X`
    _Rule(
        "password",
        rf"(?:{_STORING_SUBCOMMAND})(?P<args>[^\n|;&]{{1,300}})",
        ("set", "add", "store", "create", "register", "put", "save", "new", "import", "update", "change", "reset"),
        spare=lambda m, text: _stored_credential(m) is None,
        flags=re.IGNORECASE,
        span_of=lambda m: _stored_credential(m) or m.span(),
    ),
    # a credential given as a plain argument after a login-like subcommand
    _Rule(
        "password",
        _words_first(
            ("login", "auth", "add_user", "change_password", "set_password", "net user", "net use"), r"[\w.:/-]"
        )
        + r"(?:[ \t]+(?:<<<[ \t]*)?[^\s|;&<>]+){0,6}?[ \t]+(?:<<<[ \t]*)?[\"']?"
        # not a user's name before it: a word and a number (`net user helpdesk02 X /add`)
        rf"{_NOT_MARKER}(?![a-z_]+[0-9]{{1,4}}[ \t]+[^\s/+-])(?P<s>{_CREDENTIAL_ARG})",
        ("login", "auth", "add_user", "_password", "net "),
        spare=_spare_login_arg,
    ),
    # echo X | sudo -S …, echo X | docker login --password-stdin, echo user:X | chpasswd
    _Rule(
        "password",
        r"(?:echo|printf)[ \t]+(?:-[a-z]+[ \t]+|[\"']?%s(?:\\n)?[\"']?[ \t]+)*"
        rf"{_NOT_MARKER}(?P<s>{_CLI_VALUE})[ \t]*\|[ \t]*"
        r"(?:sudo[^|\n]*[ \t]-[a-zA-Z]*S\b|(?:(?:sudo|doas)(?:[ \t]+-[a-zA-Z]+)*[ \t]+)?(?:[\w./-]*/)?"
        rf"(?:{_READS_STDIN})|[^|\n]*(?:{_STDIN_FLAGS}))",
        ("|",),
        spare=lambda m, text: bool(_PLACEHOLDER.fullmatch(text[slice(*_span(m))].strip("'\""))),
    ),
    # printf '%s' X | wrangler secret put API_KEY, echo X | gh secret set API_TOKEN, … | docker
    # secret create db_password -: whatever a command stores under a secret's name, it reads from stdin
    _Rule(
        "secret",
        r"(?:echo|printf)[ \t]+(?:-[a-z]+[ \t]+|[\"']?%s(?:\\n)?[\"']?[ \t]+)*"
        rf"{_NOT_MARKER}(?P<s>{_CLI_VALUE})[ \t]*\|[ \t]*(?P<c>[^|\n]{{1,200}})",
        ("|",),
        spare=lambda m, text: _spare_piped_secret(m, text),
    ),
    # openssl passwd -6 X, rclone obscure X, mkpasswd X, slappasswd -s X, caddy hash-password --plaintext X:
    # tools whose argument is the password they hash or obscure
    _Rule(
        "password",
        r"(?<![\w-])(?:openssl[ \t]+passwd|rclone[ \t]+obscure|mkpasswd|slappasswd|hash-password|doveadm[ \t]+pw"
        r"|grub-mkpasswd-pbkdf2|htpasswd[ \t]+-[a-z]*n[a-z]*b|wpa_passphrase[ \t]+[^\s|;&]+)"
        rf"(?:[ \t]+-[\w-]+(?:[ \t]+(?!-)[^\s\"']+)??)*?[ \t]+{_NOT_MARKER}(?P<s>{_CLI_VALUE})"
        r"(?=[ \t]*(?:$|[\n|;&)`>]))",
        ("passwd", "obscure", "mkpasswd", "slappasswd", "hash-password", "doveadm", "grub-mkpasswd", "passphrase"),
        spare=lambda m, text: _spare_hashed(text[slice(*_span(m))].strip("'\"")),
    ),
    # ansible-vault encrypt_string 'X' --name 'db_password': the literal it encrypts is a secret
    _Rule(
        "secret",
        r"encrypt_string(?:[ \t]+--?[\w-]+(?:[ \t=]+(?![\"'-])[^\s]+)?)*?[ \t]+"
        rf"(?P<q>[\"']){_NOT_MARKER}(?P<s>[^\"'\n]+)(?P=q)",
        ("encrypt_string",),
        spare=lambda m, text: _spare_hashed(text[slice(*_span(m))]),
    ),
    # gpg --passphrase-fd 0 … <<< 'X', age -p … <<< 'X': a here-string read as the password
    _Rule(
        "password",
        rf"(?:{_STDIN_FLAGS}|(?<![\w-])age[ \t]+(?:-[a-z]+[ \t]+)*-p(?![\w-])|[\w-]*passwd\b|{_READS_STDIN}"
        # `sudo -S cmd <<< X`, as `echo X | sudo -S cmd` (a bounded look for the here-string: linear)
        r"|sudo(?:[ \t]+-[a-zA-Z]+)*[ \t]+-[a-zA-Z]*S\b(?=[^\n|;&]{0,300}<<<))"
        r"[^\n|;&]*?<<<[ \t]*"
        rf"{_NOT_MARKER}(?P<s>{_CLI_VALUE})",
        ("<<<",),
        spare=lambda m, text: _spare_hashed(text[slice(*_span(m))].strip("'\"")),
    ),
    # htpasswd -b[c] FILE USER X, htpasswd -nb USER X: the last word of the command
    _Rule(
        "password",
        rf"htpasswd(?=[^\n|;&]*[ \t]-[a-zA-Z]*b)(?:[ \t]+[^\s|;&]+)*?[ \t]+{_NOT_MARKER}(?P<s>{_CLI_VALUE})"
        r"(?=[ \t]*(?:$|[\n|;&]))",
        ("htpasswd",),
    ),
    # sqlplus scott/X@db, expdp system/X@pdb, CONNECT sys/X AS SYSDBA, userid=scott/X
    _Rule(
        "password",
        _words_first(
            ("sqlplus", "expdp", "impdp", "exp", "imp", "sqlldr", "rman", "dgmgrl", "connect", "conn", "userid"),
            "[a-z0-9_-]",
        )
        + r"(?![a-z0-9_-])"
        # a user is an identifier: `exp 08/28` (a card's expiry) is a date
        # (flags, or RMAN's target/auxiliary/catalog, between: "connect error or disconnect/reset" is prose)
        rf"(?:[ \t]+(?:-\w+|target|auxiliary|catalog))*?[ \t=]+[\"']?[a-z_$#][\w$#]*/{_NOT_MARKER}(?P<s>[^\s/@\"']+)"
        r"(?=[@\s\"']|$)",
        ("sqlplus", "expdp", "impdp", "exp ", "imp ", "sqlldr", "rman", "dgmgrl", "conn", "userid"),
        on_lower=True,
        spare=lambda m, text: bool(_PLACEHOLDER.fullmatch(text[slice(*_span(m))])),
    ),
    # a setting that holds basic-auth credentials for a host: `poetry config http-basic.repo user X`,
    # `composer config http-basic.host user X`, Bundler's `BUNDLE_GEMS__HOST__COM=user:X` and
    # `bundle config set host user:X`
    _Rule(
        "password",
        r"(?:http-basic|basic-auth|basic_auth|basicauth)\.[\w.-]+[ \t]+[\"']?[^\s\"']+[\"']?[ \t]+[\"']?"
        rf"{_NOT_MARKER}(?P<s>[^\s\"']+)"
        r"|(?<![\w])bundle_[a-z0-9_]*__[a-z0-9_]+[ \t]*[=:][ \t]*[\"']?"
        rf"{_NOT_MARKER}(?P<s2>[^\s:\"'/@]+:[^\s\"'@]+)"
        r"|bundle[ \t]+config[ \t]+(?:set[ \t]+)?(?:--[\w-]+[ \t]+)*[\w-]+(?:\.[\w-]+)+[ \t]+[^\s:\"']+:"
        rf"{_NOT_MARKER}(?P<s3>[^\s\"']+)",
        ("basic", "bundle"),
        on_lower=True,
        spare=lambda m, text: _spare_basic(text[slice(*_span(m))]),
    ),
    # a setting stored by a tool's config or secrets command under a key that names a secret:
    # `composer config --global github-oauth.github.com X`, `dotnet user-secrets set "Db:Password" X`,
    # `git config --global hub.token X`, `yarn config set npmAuthToken X`
    _Rule(
        "secret",
        r"(?<![\w-])(?:config|secrets?|user-secrets)(?:[ \t]+(?:set|add|--?[\w-]+))*"
        r"[ \t]+[\"']?(?P<k>[\w.:/@-]{2,120})[\"']?"
        rf"[ \t]+{_NOT_MARKER}(?P<q>[\"']?)(?P<s>[^\s\"'|;&]+)(?P=q)(?=[ \t]*(?:$|[\n|;&]))",
        ("config", "secret"),
        spare=_spare_setting,
    ),
    # Windows: xfreerdp /p:X, cmdkey /pass:X, wmic /password:X, net use /user:U X
    _Rule(
        "password",
        rf"/(?<![\w/]/)(?i:p|pass|password):{_NOT_MARKER}(?P<s>{_CLI_VALUE})",
        ("/p", "/P"),
        spare=lambda m, text: bool(_PLACEHOLDER.fullmatch(text[slice(*_span(m))].strip("'\""))),
    ),
    # the same with a space after a user's switch on the line: `schtasks … /ru CORP\svc /rp X`, `/U u /P X`
    _Rule(
        "password",
        r"[ \t]/(?i:r?u|user)[ \t]+[^\s/]{1,80}(?:[ \t]+/[a-z]{1,12}(?:[ \t]+[^\s/]{1,80})?){0,4}?"
        rf"[ \t]+/(?i:r?p|pass|password|pw)[ \t]+{_NOT_MARKER}(?P<s>{_CLI_VALUE})",
        ("/u", "/U", "/ru", "/RU", "/user", "/USER"),
        spare=lambda m, text: (
            _PLACEHOLDER.fullmatch(text[slice(*_span(m))].strip("'\"")) is not None
            or text[slice(*_span(m))].startswith(("*", "/"))
        ),
    ),
)
