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
base64 or ROT13, backwards when it says so, percent-encoded, in strings split with '+' or in lines it
says to join is read as written; a quotation it introduces as an instance of what it describes
("attackers hide a request such as `…`", "contained the line '…'") is left out unless its clause
orders it run. Intents, not phrases, are matched, most on the words alone
(punctuation and spaced-out letters closed up, digits in words read as letters):

- orders to the reader: a dismissal aimed at it whose target is what it was told (its
  instructions, rules, guidance, memory, "everything above", its user's request; 15 languages and
  CJK), a new role, a message dressed as from the system or operator (or said to come from the
  reader's principal, who is said to consent), the reader's real work put above its user's,
  machines addressed (in a comment, a document field, a dedication in another language), hiding
  from the user, skipping confirmation; a conversation ending on the reader's turn begun as
  compliance; what the reader holds asked for (its hidden setup, the credentials it can reach, the
  text before its input word for word); its user asked for a password;
  a quotation the text says it mentions (an example of an injection, a test's input) is not one;
- fetching code and running it: piped, substituted or saved and run (Windows' certutil and bitsadmin
  too), or a one-liner that evaluates what it fetches (a fetch of nothing, "curl ... | sh" in prose,
  is not; nor a tool's installer named its official or documented install, over https from a domain,
  with no machine reader in the text: told apart by framing alone, which an attacker can forge);
- a credential source (a key file, a secret env var, a named credential) with a sink (the network,
  a commit, a PR, an issue, a paste, a published file, the reader's answer); a credential's value
  asked to be written out, the whole environment as an HTTP body, a secret looked up as a host name;
  a credential in an image URL fetched when shown, a network call on every shell command, the user's
  codes sent to someone on a messaging channel, money sent to one fixed account instead of its owner;
- safeguards disabled, in English and in Russian, German and French imperatives;
- round 6's broad classes (`addressed`), each one mechanism: a machine reader addressed in any
  carrier (a label, a dedication, a mention, a comment, a link's title; digits for letters) and then
  ordered, or made the subject of an obligation on its credentials or tools; its principal or rules
  replaced; the work hidden from or misreported to those it answers to; a control waived; money sent
  to a fixed account around a waived check; access handed to someone else; the user's data sent off.
  Round 7 widens them: a machine named by its job ("automated grader"), authority handed to a message
  or sender over the user, the user told what the record contradicts or a payment page vouched for,
  consent claimed for the reader, secrets handed to an unvetted place (a chat handle, a public remote,
  a commit message, an address after an arrow), the reader's own context shown, orders in more languages.
  Round 8 widens them again: the reader as a vocative mid-sentence, with what it is doing to the text
  ("assistants triaging this inbox:"), several at once, in a condition ("if an assistant is summarizing this
  page"), through a relayed wish ("the owner wants you to"), in a data value, in other languages' labels,
  dedications and conditions; an obligation that names the text it sits in; money to the account the text
  supplies around a waived check; a control waived for whoever types a passphrase; a security alert talked
  down so the user turns their protection off; a role tag from the orchestrator or planner; a note to the
  machine that judges the text ("memo for the scoring model: …") even with no order in it. A permission
  under a ceiling with approval above it ("may refund up to $100 without approval; above that, escalate")
  is a policy, not a waiver.
- round 9's classes (`steered`): what a machine reader is told to do, read as three kinds of act (a control
  weakened, the work hidden, money, goods, a payee or an access code moved) in six languages; a reader named
  near two kinds, or near work kept from a named person or out of a record, is withheld, and a login or code
  given out, or a record edited until a check passes, beside a weakened or hidden act, whoever reads it; words
  broken up at random read closed up; a secret file in a host name. A request reported as an attack ("a
  message asking the assistant to … is a known scam") is mentioned, not said; a claim quoted as a named
  field's value is not a claim; the owner's own short first-person request to their assistant, signed at its
  start, is not a stranger's address unless it asks for what a forger would.
- round 10's class (`languages`): a machine reader addressed in any of ~35 languages (a word only a machine is
  called, an assistant or agent heading a label, a message dressed as the system's) and asked, in the same
  paragraph, to send data, money or a secret somewhere outside, to give administrator rights, to skip a check,
  to hide its work or to erase its traces: acts read from lexicons of meaning, since other languages' grammar
  is not read; text that reads as English is left to the English rules.
- a learned second opinion (`learned`), on a run's own text the rules pass, when the indexer stores its
  verdict (`judged`): it names a machine reader and its nearest labelled exemplars are attacks. Text judged
  at query time (`served_problem`: lessons, skills, `why` clauses) is read by the rules alone.

Chat-template tokens in code that builds prompts, an account's role, joiners and direction marks
of the scripts that use them, a zero-width character the text names by its code point, a setting
called "override rules", and CJK passives are ordinary text.

`negatable` phrases pass right after a negation on the same line ("never disable the tests");
concrete commands never do (even "never use --no-verify" is refused): a human can still write
those by hand.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from skillhive import __version__
from skillhive.models import ExperienceItem
from skillhive.redact import redact_text
from skillhive.safety.addressed import addressed_problem
from skillhive.safety.intents import INTENT_FAMILIES, INTENT_PATTERNS
from skillhive.safety.languages import told_to_act
from skillhive.safety.learned import FLAG as LEARNED_FLAG
from skillhive.safety.learned import SecondOpinion, fingerprint, machine_reader
from skillhive.safety.patterns import (
    DESCRIBED,
    INSTALLERS,
    NEGATION,
    SAFETY_PATTERNS,
    Pattern,
    approval_required,
    bounded_permission,
    documented_install,
)
from skillhive.safety.reading import (
    HIDDEN_UNICODE,
    as_words,
    decoded,
    hidden_character,
    mentioned,
    normalise,
    normalised_views,
    unquoted,
)
from skillhive.safety.steered import SECRET_AS_HOST, broken_up_problem, owners_request, quoted_value, steered_problem

__all__ = [
    "HIDDEN_UNICODE",
    "LEARNED_FLAG",
    "RULES",
    "RULES_LEARNED",
    "SAFETY_PATTERNS",
    "SecondOpinion",
    "Verdict",
    "hidden_character",
    "intent_patterns",
    "judged",
    "machine_reader",
    "normalise",
    "own_text",
    "safety_problem",
    "served_problem",
    "verdict",
    "withheld",
    "withhold_each",
    "withhold_served",
]


def _rules_fingerprint() -> str:
    """What a verdict of `safety_problem` depends on besides its text: the filter's source (safety/
    and redact/, whose secrets it reads), the Unicode tables NFKC and character classes come from,
    the Python whose regular expressions run it, and skillhive's version."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256(f"{__version__} {sys.version_info[:2]} {unicodedata.unidata_version}".encode())
    for path in sorted([*here.glob("*.py"), *(here.parent / "redact").glob("*.py")]):
        h.update(f"{path.parent.name}/{path.name}\0".encode() + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


OWNER_MAY = frozenset({"reader-addressed", "reader-obliged", "send-to-remote"})
RULES = _rules_fingerprint()  # any edit to the filter makes every stored verdict stale
RULES_LEARNED = fingerprint(RULES)  # the rules with the learned second opinion: its exemplars and model too


@dataclass(frozen=True)
class Verdict:
    """The filter's verdict on one text, worked out when a run is stored: under which rules (`RULES_LEARNED`,
    the rules with the learned second opinion; `RULES`, the rules alone, where the second opinion could not be
    had), on which text (its digest), and the flag it is withheld under (None: it is served as it is; the flag
    alone, not the words that raised it: a verdict copies nothing of the text)."""

    rules: str
    digest: str
    flag: str | None

    def holds_for(self, text: str) -> bool:
        """Whether it is a verdict today's filter gives `text`: today's rules (with the second opinion or,
        until the indexer works it out again with it, without), the same text."""
        return self.rules in (RULES_LEARNED, RULES) and self.digest == _digest(text)


def verdict(text: str) -> Verdict:
    """`safety_problem` of `text` under today's rules alone, to be stored beside it."""
    return judged([text])[0]


def judged(texts: Sequence[str], second: SecondOpinion | None = None) -> list[Verdict]:
    """The verdict of each text: the rules, then, on the texts they pass, the learned `second` opinion
    (`RULES_LEARNED`); the rules alone (`RULES`) without one, or when it cannot be had just now."""
    problems = [safety_problem(text) for text in texts]
    flags = [None if p is None else p.split(":", 1)[0] for p in problems]
    passed = [i for i, flag in enumerate(flags) if flag is None]
    learned: list[bool] | None = None
    if second is not None:  # (texts the rules withhold need no second opinion: theirs is complete)
        learned = second.attacks([texts[i] for i in passed]) if passed else []
    if learned is not None:
        for i, attack in zip(passed, learned, strict=True):
            flags[i] = LEARNED_FLAG if attack else None
    rules = RULES if learned is None else RULES_LEARNED
    return [Verdict(rules, _digest(text), flag) for text, flag in zip(texts, flags, strict=True)]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def own_text(title: str, summary: str, procedure: Sequence[str] | None) -> str:
    """An item's own text as the filter reads it, as one: its title, summary and procedure."""
    return "\n".join([title, summary, *(procedure or ())])


def withhold_served(item: ExperienceItem, stored: Verdict | None = None, *, said: str = "") -> None:
    """Withhold, in every field that shows it, an item's text that reads like orders to agents (or
    exfiltration, or hides text); `flags` says why. The item's own text (title, summary, procedure)
    is checked as one — `stored`, the verdict kept with a run, answers for it when it is the verdict
    of this very text under today's rules (with the second opinion, or the rules alone; else the rules
    alone are run here: retrieval never embeds to judge) — and each clause of its `why` (its similarity; the
    procedure its neighbours share) on its own: they recur from query to query, so their verdicts
    are remembered (`served_problem`). `said` is the clause listing the query's own words the item
    shares: the caller wrote them, so they are not read as anyone's orders (one clause equal to it
    is passed over; any other, whatever it starts with, is checked)."""
    own = own_text(item.title, item.summary, item.procedure)
    mine = stored.flag if stored is not None and stored.holds_for(own) else served_problem(own)
    clauses = item.why.split("; ")
    if said in clauses:
        clauses.remove(said)
    problem = mine or next(filter(None, map(served_problem, clauses)), None)
    if problem is not None:
        item.flags = [problem.split(":", 1)[0]]
        item.title, item.summary, item.why, item.procedure = withheld(item.flags[0]), "", "", None
        item.trust = "unverified"  # whoever stands behind it, this text is not vouched for


@lru_cache(maxsize=4096)
def served_problem(text: str) -> str | None:
    """`safety_problem` of text served to agents, remembered by the text itself (a verdict depends
    on nothing else, so no write makes it stale); the most recently served 4,096 texts are kept."""
    return safety_problem(text)


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
    flat, as_is = normalised_views(text)
    flat, as_is = mentioned(flat), as_is and mentioned(as_is)
    said = unquoted(flat)
    said_as_is = as_is and unquoted(as_is)
    steered = steered_problem((said, said_as_is)) if families is None or "prompt-injection" in families else None
    # (the owner's own request to their assistant, signed as such, is not a stranger's order: see `owners_request`)
    owned = steered is None and owners_request(flat)
    for pattern in SAFETY_PATTERNS:
        if families is not None and pattern.family not in families:
            continue
        if owned and pattern.name in OWNER_MAY:
            continue
        view = said if pattern.family == "prompt-injection" else flat
        if not pattern.applies(view):
            continue
        for m in pattern.regex.finditer(view):
            if pattern.negatable and NEGATION.search(view, max(0, m.start() - 40), m.start()):
                continue
            if DESCRIBED.search(view, max(0, m.start() - 40), m.start()):
                continue
            if pattern.name in INSTALLERS and documented_install(view, m.start(), m.end()):
                continue
            if pattern.name == "skip-confirmation" and (
                bounded_permission(view, m.start(), m.end())
                or approval_required(view, m.start())
                or quoted_value(view, m.start(), m.end())
            ):
                continue
            return f"{pattern.family}/{pattern.name}: {m.group()[:80]!r}"
    if (problem := addressed_problem(said, families, skip=OWNER_MAY if owned else frozenset())) is not None:
        return problem
    if steered is not None:
        return steered
    if (families is None or "prompt-injection" in families) and (
        problem := told_to_act(said) or (said_as_is and told_to_act(said_as_is))
    ):
        return problem
    if (families is None or "prompt-injection" in families) and (problem := broken_up_problem(flat)) is not None:
        return problem
    if (families is None or "exfiltration" in families) and (hit := SECRET_AS_HOST.search(flat)):
        return f"exfiltration/secret-as-host: {hit.group()[:80]!r}"
    if families is None or not families.isdisjoint(INTENT_FAMILIES):
        for pattern, view in intent_patterns(text, (said, said_as_is)):
            if families is not None and pattern.family not in families:
                continue
            if pattern.applies(view) and (hit := pattern.regex.search(view)):
                return f"{pattern.family}/{pattern.name}: {hit.group()[:80]!r}"
    if _decoding:
        for how, plain in decoded(text, flat):
            if (problem := safety_problem(plain, families, _decoding=False)) is not None:
                name, matched = problem.split(": ", 1)
                return f"{name}: in {how}, {matched}"
    return None


def intent_patterns(text: str, said: tuple[str, str | None] | None = None) -> Iterator[tuple[Pattern, str]]:
    """The intent patterns, each with the views of `text` it reads: its words (quotations it says it
    mentions left out), with look-alike letters read as Latin and, when that differs, as they are."""
    if said is None:
        latin, as_is = normalised_views(text)
        said = (unquoted(latin), as_is and unquoted(as_is))
    shown = [as_words(view) for view in said if view is not None]
    for pattern in INTENT_PATTERNS:
        for view in shown:
            yield pattern, view
