"""Secrets known by the block they sit in rather than by their own line.

- A table (CSV, TSV, `;` or `|` separated) whose header names a secret column (`password`, `token`,
  `api_key`…): that column of every row below it. An SQL INSERT's column list is a header too, for
  the columns named for a national id (`cnp`, `egn`, `rrn`): their values that pass the id's check.
- Recovery / backup codes: the code-shaped runs below a heading that names them (`BACKUP CODES`,
  `recovery_codes`, `"codes": [`), up to a blank line.
- Password-hash dumps: `user:rid:LM:NT:::` (pwdump, secretsdump) and cracked `hash:plaintext` lines
  (a hashcat or john potfile).
- A private key as a byte array: exactly 32 or 64 numbers 0-255 in brackets (a Solana keypair file).
- What `cat` printed of a plain file whose name says it holds a secret (`auth.txt`, `master.key`,
  `.pgpass`, `api_token`): each line that is a credential or a machine-made value.
"""

from __future__ import annotations

import re
from functools import lru_cache

from skillhive.redact.engine import _NOT_A_SECRET, _Counter, _lower, _Rule, _span, marker
from skillhive.redact.judge import looks_like_credential, looks_random, named_digest
from skillhive.redact.lexicon import COMBINATION_CONCEPT
from skillhive.redact.national_ids import ID_HEADER_GATES, id_check
from skillhive.redact.values import _CIPHERTEXT, _PLACEHOLDER
from skillhive.redact.words import secret_kind, words

_DELIMITERS = (",", ";", "\t", "|")
_HEADER_GATES = ("pass", "pwd", "secret", "token", "key", "pin", "cred", "acc", "combin", "kombin", *ID_HEADER_GATES)
# a column that holds a bank account, and the columns beside it that say the table is a bank's
_ACCOUNT_HEADERS = (
    ["account"],
    ["account", "number"],
    ["account", "no"],
    ["acct"],
    ["acct", "no"],
    ["bank", "account"],
)
_BANK_HEADERS = ("sort", "routing", "aba", "iban", "bsb", "bank", "swift", "bic", "transit")
_ACCOUNT_CELL = re.compile(r"[0-9]{6,17}|[0-9]{2,6}(?:[ -][0-9]{2,8}){1,3}")
_MAX_ROWS = 2000
# a column or a field that names whose credential a record holds
_USER_HEADERS = (["user"], ["username"], ["login"], ["account"], ["email"])
# columns beside a bare `key` that say whose credential it is: a user's, a service's or an endpoint's
_SERVICE_HEADERS = (*_USER_HEADERS, ["endpoint"], ["url"], ["host"], ["system"], ["service"], ["api"], ["provider"])
_PASSPORT_HEADERS = (["passport"], ["passeport"], ["pasaporte"], ["passaporto"], ["reisepass"], ["paspoort"])
_NUMBER_WORDS: tuple[list[str], ...] = ([], ["no"], ["number"], ["nr"], ["num"], ["id"], ["nummer"], ["numero"])
_PASSPORT_CELL = re.compile(r"(?=(?:[A-Za-z]{0,4}[0-9]){5})[A-Za-z0-9]{6,9}")
_ID_SEPARATORS = re.compile(r"[ .\-/]")
_COMBINATION_HEADERS = frozenset(w for w in COMBINATION_CONCEPT if " " not in w)
_LOCK_CELL = re.compile(r"[0-9]{3,8}|[0-9]{1,2}(?:[ -][0-9]{1,2}){2,3}")
# a cell no header has: a number, a date, a time
_DATA_CELL = re.compile(r"[0-9][0-9 .,:/T+-]*|[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9:.]+Z?")
_CODE_LINE = re.compile(r"[()=]|[:{;][ \t]*$")
_JSON_MEMBER = re.compile(r"[ \t]*\"[^\"\n]*\"[ \t]*:")


def _header_secret_columns(line: str, delimiter: str) -> list[tuple[int, str]]:
    if _CODE_LINE.search(line):  # `def verify(plain_password, hashed_password):` is code, not a header
        return []
    if _JSON_MEMBER.match(line):  # `"token": "",`: an object's member on its line, not a table's header
        return []
    cells = [c.strip().strip("\"'`") for c in line.split(delimiter)]
    if any(_DATA_CELL.fullmatch(c) for c in cells):
        return []  # `| app_ro | % | caching_sha2_password | 2026-04-30 11:02:17 |`: a row of data, not a header
    found = []
    for i, cell in enumerate(cells):
        if not cell or len(cell) > 40 or " " in cell.strip():
            continue
        kind = secret_kind(cell) or ("national-id" if id_check(cell) else None)
        if kind is None and words(cell) == ["key"] and any(words(c)[-1:] in _SERVICE_HEADERS for c in cells):
            kind = "secret"  # `| Service | User | Key |`, `system,endpoint,key`: a record of credentials, the key
            # machine-made (below)
        if kind is None and words(cell)[:1] in _PASSPORT_HEADERS and words(cell)[1:] in _NUMBER_WORDS:
            kind = "passport-number"  # `passport_no`: no check digit, so the cells of a passport's shape (below)
        if (
            kind is None
            and words(cell) in _ACCOUNT_HEADERS
            and any(w in _BANK_HEADERS for c in cells if c != cell for w in words(c))
        ):
            kind = "bank-account"  # `sort_code,account_number`: a bank's table, the account its number
        if kind is None and cell.lower() in _COMBINATION_HEADERS:
            kind = "access-code"  # `| locker | student | combination |`: a lock's code, digits or a dial's numbers
        if kind is not None:
            found.append((i, kind))
    return found if len(cells) >= 2 else []


def _is_secret_cell(value: str, header: str) -> bool:
    """A national id column's cell counts when it passes the id's check; any other secret column's always."""
    check = id_check(header)
    return check is None or check(_ID_SEPARATORS.sub("", value))


def _redact_rows(
    lines: list[str], start: int, delimiter: str, columns: list[tuple[int, str]], counter: _Counter
) -> int:
    """Redact the secret columns of the rows after the header at `start`; return the row after the table."""
    width = lines[start].count(delimiter)
    header = [c.strip().strip("\"'`") for c in lines[start].split(delimiter)]
    i = start + 1
    while i < len(lines) and i - start <= _MAX_ROWS and lines[i].strip() and lines[i].count(delimiter) == width:
        cells = lines[i].split(delimiter)
        for col, kind in columns:
            cell = cells[col]
            value = cell.strip().strip("\"'`")
            if not value or _PLACEHOLDER.fullmatch(value) or value.startswith("[REDACTED:") or value[0] in "$%{<":
                continue
            if kind == "national-id" and not _is_secret_cell(value, header[col]):
                continue
            if words(header[col]) == ["key"] and not looks_random(value):
                continue
            if kind == "bank-account" and not _ACCOUNT_CELL.fullmatch(value):
                continue
            if kind == "passport-number" and not _PASSPORT_CELL.fullmatch(value):
                continue
            if kind == "access-code" and not _LOCK_CELL.fullmatch(value):
                continue
            cells[col] = cell.replace(value, marker(kind), 1)
            counter.n += 1
        lines[i] = delimiter.join(cells)
        i += 1
    return i


# SQL that names its columns before its rows: `INSERT INTO clienti (nume, cnp) VALUES ('Pop', '1700…'), (…)`
_SQL_INSERT = re.compile(r"(?i:insert[ \t]+into)[ \t]+[\w.\"`\[\]]+[ \t]*\((?P<cols>[^()\n]{1,400})\)\s*(?i:values)\s*")
_SQL_ROW = re.compile(r"\((?P<row>(?:[^()'\n]|'(?:[^'\n]|'')*'){1,2000})\)\s*,?\s*")
# ids a business has as often as a person (a supplier table's `ein`, `nip`, `inn`, `cuit`): not read here
_BUSINESS_ID_COLUMNS = frozenset(("ein", "fein", "tin", "nip", "inn", "piva", "p_iva", "partita_iva", "cuit", "afm"))
_SQL_VALUE = re.compile(r"\s*(?:'(?P<q>(?:[^'\n]|'')*)'|[^,']*)\s*(?:,|$)")


def redact_sql_rows(text: str, counter: _Counter) -> str:
    """The values of an INSERT's columns named for a national id (`cnp`, `egn`, `rrn`, `steuer_id`), when the
    value passes the id's check: the table's header is its column list."""
    if "insert" not in text and "INSERT" not in text:
        return text
    spans: list[tuple[int, int]] = []
    for m in _SQL_INSERT.finditer(text):
        names = [c.strip().strip('"`[]').lower() for c in m.group("cols").split(",")]
        checks = [None if name in _BUSINESS_ID_COLUMNS else id_check(name) for name in names]
        if not any(checks):
            continue
        at = m.end()
        while (row := _SQL_ROW.match(text, at)) is not None:
            at = row.end()
            pos, column = row.start("row"), 0
            while pos < row.end("row") and column < len(checks):
                value = _SQL_VALUE.match(text, pos, row.end("row"))
                if value is None or value.end() == pos:
                    break
                check = checks[column]
                if check is not None and value.group("q") and check(_ID_SEPARATORS.sub("", value.group("q"))):
                    spans.append(value.span("q"))
                pos, column = value.end(), column + 1
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], marker("national-id")]
        last = end
    counter.n += len(spans)
    return "".join(out) + text[last:]


def redact_tables(text: str, counter: _Counter) -> str:
    """The secret columns of delimited tables whose header names them (see the module docstring)."""
    text = redact_sql_rows(text, counter)
    if "\n" not in text:
        return text
    lowered = _lower(text)
    if not any(g in lowered for g in _HEADER_GATES):
        return text
    lines = text.split("\n")
    changed = False
    i = 0
    while i < len(lines) - 1:
        line = lines[i]
        low = line.lower()
        if any(g in low for g in _HEADER_GATES):
            for delimiter in _DELIMITERS:
                if delimiter in line:
                    columns = _header_secret_columns(line, delimiter)
                    if columns and lines[i + 1].count(delimiter) == line.count(delimiter):
                        before = counter.n
                        i = _redact_rows(lines, i, delimiter, columns, counter) - 1
                        changed = changed or counter.n != before
                        break
        i += 1
    return "\n".join(lines) if changed else text


_CODES_HEADING = re.compile(
    r"(?:backup|recovery|verification|one[ -]time|2fa|mfa|scratch|emergency|otp)[ \t_-]*(?:verification[ \t_-]*)?"
    r"(?:codes?|keys?)|\"(?:recovery_|backup_)?codes\"[ \t]*:[ \t]*\["
    # the same headings in other languages: "códigos de respaldo", "codes de secours", "Notfallcodes"…
    r"|c[oó]dig[oa]s?[ \t]+de[ \t]+(?:respaldo|recuperaci[oó]n|recupera[cç][aã]o|backup|seguran[cç]a|emerg[eê]ncia"
    r"|seguridad|acceso|reserva|copia de seguridad)"
    r"|codes?[ \t]+de[ \t]+(?:secours|r[eé]cup[eé]ration|sauvegarde|r[eé]serve)"
    r"|codici[ \t]+di[ \t]+(?:backup|recupero|emergenza|riserva)"
    r"|(?:backup|wiederherstellungs|notfall|sicherungs|reserve|herstel|back-up|reserv|återställnings"
    r"|gjenopprettings|gendannelses|varmuus|palautus)-?(?:codes?|koder?|koodit)"
    r"|kody[ \t]+(?:zapasowe|odzyskiwania|awaryjne)|záložní[ \t]+kódy|yedek[ \t]+kodlar"
    r"|резервные[ \t]+коды|коды[ \t]+восстановления|バックアップ[ \t]*コード|リカバリー?[ \t]*コード"
    r"|备用码|恢复码|备份码|備用碼|復原碼|백업[ \t]*코드|복구[ \t]*코드"
)
# a word for "code" in the languages of the headings above
_CODES_GATES = ("code", "códig", "codig", "codici", "kod", "коды", "koodit", "kódy", "コード", "码", "碼", "코드")
_CODE = re.compile(
    r"(?<![\w.@/:-])(?:[0-9]{4}[ -][0-9]{4}|[0-9]{8,10}"
    r"|(?=[a-z0-9-]*[0-9])(?=[a-z0-9-]*[a-z])[a-z0-9]{4,10}-[a-z0-9]{4,10}(?:-[a-z0-9]{4,10})?"
    r"|(?=[a-z0-9]*[0-9])(?=[a-z0-9]*[a-z])[a-z0-9]{8,16})(?![\w.@/:-])"
)
_BLOCK_END = re.compile(r"\n[ \t]*\n|\]")


def _mark(text: str, spans: list[tuple[int, int]], kind: str, counter: _Counter) -> str:
    """`text` with each span (overlapping ones: the first) replaced by a `kind` marker."""
    if not spans:
        return text
    out, last = [], 0
    for start, end in sorted(set(spans)):
        if start < last:
            continue
        out.append(text[last:start])
        out.append(marker(kind))
        counter.n += 1
        last = end
    out.append(text[last:])
    return "".join(out)


def redact_codes(text: str, counter: _Counter) -> str:
    """Code-shaped runs below a heading that names recovery or backup codes, up to a blank line."""
    lowered = _lower(text)
    if not any(gate in lowered for gate in _CODES_GATES):
        return text
    spans: list[tuple[int, int]] = []
    for heading in _CODES_HEADING.finditer(lowered):
        limit = min(len(text), heading.end() + 1200)  # bounded: a text of many headings stays linear
        # the list starts at its first code: a blank line or an account's line may come between, not prose
        first = _CODE.search(lowered, heading.end(), min(limit, heading.end() + 200))
        if first is None:
            continue
        gap = lowered[heading.end() : first.start()]
        if _BLOCK_END.search(gap) and (gap.count("\n") > 3 or len(gap.split()) > 4):
            continue  # past a blank line, only a line or two of a word or two ("jo@example.net") before the list
        end_m = _BLOCK_END.search(lowered, first.start(), limit)
        end = end_m.start() if end_m else limit
        spans.extend(m.span() for m in _CODE.finditer(lowered, first.start(), end))
    return _mark(text, spans, "recovery-code", counter)


_BYTE = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"


_NAMED_KEY = re.compile(r"(?i:key|secret)[\"']?[ \t]*(?:[:=]|=>)[ \t]*(?:new[ \t]+\w+)?[ \t]*$")  # ends its name


def _spare_byte_array(m: re.Match[str], text: str) -> bool:
    """32 or 64 varied bytes: a private key; 16 or 24 (an AES or a network key) only under a key's name."""
    values = re.findall(r"[0-9]+", m.group("s"))
    if len(values) in (16, 24):
        named = _NAMED_KEY.search(text, max(0, m.start() - 60), m.start())
        return named is None or len(set(values)) < 10
    return len(values) not in (32, 64) or len(set(values)) < 16


DUMP_RULES: tuple[_Rule, ...] = (
    # pwdump / secretsdump: user:rid:LMHASH:NTHASH::: (the LM and NT hashes)
    _Rule(
        "password-hash",
        r"(?m:^[^\s:]+:[0-9]+:(?P<s>[0-9a-fA-F]{32}:[0-9a-fA-F]{32}):::)",
        (":::",),
    ),
    # a potfile: HASH:plaintext, HASH:SALT:plaintext
    _Rule(
        "password",
        r"(?m:^[0-9a-f]{32,128}(?::[0-9a-f]{2,64})?:(?P<s>[^\n]{1,256})$)",
        (":",),
        spare=lambda m, text: (
            bool(_PLACEHOLDER.fullmatch(text[slice(*_span(m))]))
            or bool(re.fullmatch(r"[\w./-]*[/.][\w./-]*|[0-9a-f]{8,}", text[slice(*_span(m))]))
        ),
    ),
    # a private key as bytes: [12,200,…] with 32 or 64 numbers (Solana's id.json)
    _Rule(
        "private-key",
        rf"\[[ \t\n]*(?P<s>(?:{_BYTE}[ \t\n]*,[ \t\n]*){{15,63}}{_BYTE})[ \t\n]*\]",
        ("[",),
        spare=_spare_byte_array,
    ),
)


# `$ cat ~/.config/app/token`, `PS> Get-Content .\auth.txt`: a plain file whose name says it holds a
# secret, and the lines it printed up to the next prompt or a blank line
_DUMP_COMMAND = re.compile(
    r"(?m)^[^\n]{0,60}?(?<![\w-])(?i:cat|type|more|head|tail|bat|get-content|gc)(?:[ \t]+-[\w-]+)*[ \t]+"
    r"[\"']?(?P<path>[^\s|;&<>\"']+)[\"']?[ \t]*\r?\n"
)
_DUMP_LINE_END = re.compile(r"\n[ \t]*\n|\n[^\n]{0,40}?(?:\$|#|>|%)[ \t]")
_SECRET_FILE_WORDS = frozenset(
    (
        *("password", "passwd", "pass", "pwd", "passphrase", "secret", "secrets", "token", "tokens"),
        *("credentials", "creds", "auth", "key", "apikey", "pgpass", "netrc", "pin", "otp"),
    )
)
# structured files are read by the other rules; public halves and certificates hold no secret
_NOT_PLAIN: tuple[str, ...] = (
    ".pub",
    ".crt",
    ".cer",
    ".csr",
    ".json",
    ".yaml",
    ".yml",
    ".toml",
    ".ini",
    ".env",
    ".conf",
    ".cfg",
)
_NOT_PLAIN += (".properties", ".xml", ".py", ".js", ".ts", ".go", ".rb", ".sh", ".md", ".log", ".csv", ".pem")
_NOT_SECRET_FILES = frozenset(["passwd", "group", "shadow", "gshadow", "known_hosts", "authorized_keys"])


def _names_secret_file(path: str) -> bool:
    original = path.replace("\\", "/").rsplit("/", 1)[-1]
    name = original.lower()
    if not name or name in _NOT_SECRET_FILES or name.endswith(_NOT_PLAIN):
        return False
    stem = original.lstrip(".").split(".")  # words of the original: `initialAdminPassword` is camelCase
    parts = [w for piece in stem for w in words(piece)]
    return any(w in _SECRET_FILE_WORDS for w in parts)


# `$ op read op://Private/db/password`, `$ gcloud secrets versions access … --secret=db-password`,
# `$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d`: a command after a prompt
# whose arguments name a secret; what it printed is the secret
_PROMPT_COMMAND = re.compile(r"[$#>%][ \t]+(?P<cmd>[^\n]{1,300})\r?\n")
# what no prompt holds before its `$`/`#`: quotes, `=`, `,`, `;` are code's (a comment after it)
_NOT_A_PROMPT = re.compile(r"[\"'=,;]")
_COMMAND_GATES = ("pass", "pw", "secret", "token", "key", "cred", "auth", "pin", "otp")
_ARG_SPLIT = re.compile(r"[\s=/.:'\"{}\[\]|,()]+")
_VARIABLE = re.compile(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)")
_FILE_NAME = re.compile(r"[\w.-]+\.[A-Za-z]{2,5}")
# digests and UUIDs: what `git rev-parse`, `sha256sum`, `… -o jsonpath='{.metadata.uid}'` print
_DIGEST = re.compile(r"[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


# a sentence: a capitalised word, then words, then a full stop (a command starts with its lower-case name)
_COMMENT_SENTENCE = re.compile(r"[A-Z][a-z]*[ \t]+[a-z][^\n]*[.:]\s*$")


_PLAIN_WORD = re.compile(r"[^\W\d_]+[,;.:]?")


_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_FOREIGN_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


def _prose(command: str) -> bool:
    """Six words of letters or more after a `#`, or letters of another script outside quotes: a comment in a
    config or a script (Japanese words before "Secrets Manager"), not a root's command."""
    if _FOREIGN_LETTER.search(_QUOTED.sub("", command)):
        return True
    return sum(_PLAIN_WORD.fullmatch(w) is not None for w in command.split()) >= 6


@lru_cache(maxsize=1024)
def _prints_a_secret(command: str) -> bool:
    if _DUMP_COMMAND.match(command + "\n"):
        return False  # reading a file: judged by its name above (`cat /etc/passwd` holds no secret)
    if command.lstrip().startswith(("echo ", "printf ", "export ", "set ")):
        # their output is their own arguments, judged by the other rules; but `echo $DB_PASSWORD`
        # prints what the variable holds
        return any(secret_kind(v) is not None for v in _VARIABLE.findall(command))
    return any(secret_kind(w) is not None for w in _ARG_SPLIT.split(command) if 2 < len(w) < 40)


_SHELL_EXPANSION = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}]{0,80})?\}|^\$[A-Za-z_][A-Za-z0-9_]*$")


_DIGEST_PREFIX = re.compile(r"^(?:sha1|sha256|sha512|md5)[:=-]")
_DRAWN = re.compile(r"([-=_+|.~*])\1{3}")  # four of one symbol in a row: a line or a box's edge


def _printed_secret(value: str) -> bool:
    """A line of output that is a credential or machine-made: one token, not a file name or a digest."""
    if not value or " " in value or value.startswith("[REDACTED:") or _PLACEHOLDER.fullmatch(value):
        return False
    if _SHELL_EXPANSION.search(value):
        return False  # `postgres://app:${DB_PASSWORD}@db`: a template the shell fills in, not its value
    bare = _DIGEST_PREFIX.sub("", value.strip("\"'"))  # `"sha256:90aa…"`: a digest as a manifest quotes it
    if _FILE_NAME.fullmatch(value) or _DIGEST.fullmatch(bare) or named_digest(value) or _NOT_A_SECRET.search(value):
        return False
    if _DRAWN.search(value):
        return False  # `+----[SHA256]-----+`: a box drawn in characters (ssh-keygen's randomart), not a value
    if value.startswith(_CIPHERTEXT) or _PRODUCT_VERSION.fullmatch(value):
        return False  # SOPS `ENC[AES256_GCM,…]`: ciphertext; `HTTPie/3.2.3`: a product and its version
    return looks_like_credential(value) or looks_random(value)


_PRODUCT_VERSION = re.compile(r"[A-Za-z][\w.-]*/v?[0-9]+(?:\.[0-9]+)+(?:[-+][\w.]+)?")
# an armored block of ciphertext (`-----BEGIN AGE ENCRYPTED FILE-----`, `-----BEGIN PGP MESSAGE-----`)
_ARMOR_BEGIN = re.compile(r"-----BEGIN [A-Z ]*(?:ENCRYPTED FILE|PGP MESSAGE|ENCRYPTED MESSAGE)-----")
_LABELLED = re.compile(r"[A-Za-z][\w ()\[\]-]{0,40}:[ \t]+(\S+)|(?:[0-9]+[:-])?[A-Za-z_][\w.-]{0,60}=(\S*)")


def _output_spans(text: str, start: int, spans: list[tuple[int, int]]) -> int:
    """Add the secret lines printed from `start` up to the next prompt or blank line; return where that is."""
    limit = min(len(text), start + 2000)  # bounded, so that a text of many commands stays linear
    end_m = _DUMP_LINE_END.search(text, start - 1, limit)
    end = end_m.start() if end_m else limit
    pos = start
    armored = False
    for line in text[start:end].split("\n"):
        value = line.strip()
        if _ARMOR_BEGIN.search(value) or (armored and value.startswith("-----END ")):
            armored = not armored  # ciphertext between its armor's lines, not a secret printed
        if armored:
            pos += len(line) + 1
            continue
        labelled = _LABELLED.fullmatch(value)
        if labelled:  # `New value: X`, `Generated password: X`, `DB_PASSWORD=X`: the value after a label
            value = labelled.group(1) if labelled.group(1) is not None else labelled.group(2)
        if _printed_secret(value):
            begin = pos + line.index(value)
            spans.append((begin, begin + len(value)))
        pos += len(line) + 1
    return end


def redact_file_dumps(text: str, counter: _Counter) -> str:
    """What a command printed when it read a secret: `cat` of a plain file whose name says it holds one
    (`auth.txt`, `master.key`), or a command after a prompt whose arguments name one (`op read …/password`)."""
    if "\n" not in text:
        return text
    spans: list[tuple[int, int]] = []
    covered = 0  # lines already read as one command's output are not read again
    for m in _DUMP_COMMAND.finditer(text):
        if m.start() >= covered and _names_secret_file(m.group("path")):
            covered = _output_spans(text, m.end(), spans)
    if "$" in text or "#" in text or ">" in text or "%" in text:
        for m in _PROMPT_COMMAND.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if m.start() < covered or m.start() - line_start > 40:
                continue  # a prompt is within 40 characters of the line's start
            if _NOT_A_PROMPT.search(text, line_start, m.start()):
                continue  # `"cryptography==8.1",  # pin: …`: a comment after code, not a prompt
            command = m.group("cmd")
            if text[m.start()] == "#" and (_COMMENT_SENTENCE.match(command) or _prose(command)):
                continue  # `# The default password is …`: a comment written as a sentence, not a root prompt
            lowered = command.lower()
            if any(g in lowered for g in _COMMAND_GATES) and _prints_a_secret(command):
                covered = _output_spans(text, m.end(), spans)
    return _mark(text, spans, "secret", counter)


# a GraphQL argument that names a secret and takes a variable (`login(password: $p)`), and that
# variable's value in the request's variables (`"variables": {"p": "…"}`)
_GRAPHQL_SECRET_ARG = re.compile(r"(?<![\w$])([A-Za-z_][\w]{0,40})[ \t]*:[ \t]*\$([A-Za-z_]\w{0,40})")


_MAX_GRAPHQL_SECRETS = 16  # a request has a few; more is no request, and each costs a scan


def redact_graphql_variables(text: str, counter: _Counter) -> str:
    """The values of GraphQL variables that a query passes as a secret argument (see above)."""
    if "$" not in text or "variables" not in text:
        return text
    names: dict[str, str] = {}
    for arg, var in _GRAPHQL_SECRET_ARG.findall(text):
        kind = secret_kind(arg)
        if kind is not None and len(names) < _MAX_GRAPHQL_SECRETS:
            names.setdefault(var, kind)
    for var, kind in names.items():
        pattern = re.compile(r"(\\?\"" + re.escape(var) + r"\\?\"[ \t]*:[ \t]*\\?\")([^\"\\\n]{1,512})(?=\\?\")")

        def one(m: re.Match[str], kind: str = kind) -> str:
            value = m.group(2)
            if _PLACEHOLDER.fullmatch(value) or value.startswith("[REDACTED:"):
                return m.group()
            counter.n += 1
            return m.group(1) + marker(kind)

        text = pattern.sub(one, text)
    return text


# Terraform state (`terraform show -json`, a `.tfstate` file): the attributes it lists as sensitive
# (`"sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]`) hold secrets in plain text,
# and an output marked `"sensitive": true` holds one in its `"value"`
_SENSITIVE_PATH = re.compile(r"\"type\"[ \t]*:[ \t]*\"get_attr\"[ \t]*,[ \t]*\"value\"[ \t]*:[ \t]*\"([\w-]{1,64})\"")
_SENSITIVE_OUTPUT = re.compile(
    r"\{(?=[^{}]{0,600}\"sensitive\"[ \t]*:[ \t]*true)[^{}]{0,600}?\"value\"[ \t]*:[ \t]*\"(?P<s>[^\"\\\n]{1,512})\""
)
_MAX_SENSITIVE = 16


def redact_sensitive_state(text: str, counter: _Counter) -> str:
    """The values of attributes a Terraform state lists as sensitive, and of outputs marked sensitive."""
    if "sensitive" not in text:
        return text
    spans: list[tuple[int, int]] = []
    if "sensitive_attributes" in text:
        names = {name for name in _SENSITIVE_PATH.findall(text)[:_MAX_SENSITIVE] if name not in ("id", "type", "name")}
        for name in names:
            pattern = re.compile(r"\"" + re.escape(name) + r"\"[ \t]*:[ \t]*\"(?P<s>[^\"\\\n]{1,512})\"")
            for m in pattern.finditer(text):
                if not _PLACEHOLDER.fullmatch(m.group("s")):
                    spans.append(m.span("s"))
    if "true" in text:
        for m in _SENSITIVE_OUTPUT.finditer(text):
            if not _PLACEHOLDER.fullmatch(m.group("s")):  # Terraform prints `(sensitive value)` in its place
                spans.append(m.span("s"))
    return _mark(text, spans, "secret", counter)
