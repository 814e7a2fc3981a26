"""Keyword matching as a calibrated score: how much of the query's information a document holds,
times how surely its best clue points at it.

BM25 favours long documents that repeat common words (a 40-turn conversation full of "change",
"agent", "flight" beats a short, precise run), and its scores mean nothing across queries. Here:

    score(d) = Σ_{w ∈ q ∩ d} idf(w) / Σ_{w ∈ q} idf(w) * max_{w ∈ q ∩ d} idf(w) / idf_max
    idf(w) = ln((N + 1) / (df(w) + 0.5)),   idf_max = ln((N + 1) / 0.5)  (a word in no document)

The first factor is coverage: the share of the query's information the document holds, so a common
word adds little to a query and costs a document little when missing ("reservation MZDDS4" finds
the run that holds MZDDS4 as well as "MZDDS4" does). The second is specificity: the rarest word
matched, against one nobody uses, so a document holding only common words scores low however many
of them it holds (and in a team of a few runs, where no word is common yet, two ordinary words do
not outweigh the meaning). Both lie in 0..1. Presence counts, not repetition: length plays no part.
N and df are counted within the caller's team (a searched word's own postings, never another
team's), so one team's runs never change another's matching. Only the rarest words are searched (a
common word's postings cost the most and change the order least); the others still count in the
query's information, so a document matching only a few rare words of a long query scores low.
"""

from __future__ import annotations

import math
import re
import threading
import time
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from skillhive.store.records import Kind

_TOKEN = re.compile(r"[^\W_]{2,}", re.UNICODE)
_STOPWORDS = frozenset(
    """a an and are as at be but by for from has have how i if in into is it its of on or so that the their
    then there these this to was were what when where which while who why will with you your do does did
    not no can could should would we our my me""".split()  # noqa: SIM905 - a word list reads better as text
)
MAX_TERMS = 24
MAX_WORD = 64
FRESH_SECONDS = 60.0  # others' writes move counts slowly: a minute of staleness is harmless (ours reset them)
COMMON_SECONDS = 600.0  # a word common to a team stays common: finding out again costs a long postings read
MAX_COMMON = 50_000  # cached (team, word) verdicts before the cache starts over


def _fold(text: str) -> str:
    """Lower-cased, diacritics removed (what SQLite's unicode61 tokenizer does to indexed words)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def terms(text: str, limit: int = MAX_TERMS) -> list[str]:
    """The distinct content words of `text`, lower-cased, diacritics removed, in order of appearance."""
    seen: dict[str, None] = {}
    for token in _TOKEN.findall(_fold(text)):
        if token not in _STOPWORDS and token not in seen:
            seen[token] = None
            if len(seen) >= limit:
                break
    return list(seen)


def document_words(text: str) -> set[str]:
    """Every distinct content word of a document, as `terms` finds them in a query (stores whose
    engine does not tokenise, PostgreSQL's tsvector, index these). Words past 64 letters are data
    (hashes, base64), not words anyone searches for."""
    return {t for t in _TOKEN.findall(_fold(text)) if t not in _STOPWORDS and len(t) <= MAX_WORD}


class TermPostings(Protocol):
    """What a store offers keyword search: per-team documents of a word, and counts. No query language."""

    @property
    def exact_counts(self) -> bool:
        """Whether document_frequency() counts the team's own documents (else: an upper bound)."""
        ...

    def count_documents(self, kind: Kind, team: str | None) -> int:
        """How many documents of `kind` the team has (None: all teams)."""
        ...

    def document_frequency(self, kind: Kind, team: str, words: Sequence[str]) -> dict[str, int]:
        """The team's documents holding each word, or an upper bound of it (a cheap read)."""
        ...

    def postings(self, kind: Kind, team: str, word: str, cap: int) -> list[str] | None:
        """Ids of the team's documents that contain `word`; None when there are more than `cap`."""
        ...

    def postings_many(self, kind: Kind, team: str, words: Sequence[str], cap: int) -> dict[str, list[str] | None]:
        """`postings` of several words at once (one round trip where the store can)."""
        ...


@dataclass(frozen=True)
class KeywordHit:
    id: str
    score: float  # 0..1, see the module docstring
    words: tuple[str, ...]  # the query words it contains


class KeywordSearch:
    """Scores a team's documents of one kind against a query's words (module docstring)."""

    def __init__(
        self, store: TermPostings, kind: Kind, *, max_share: float = 0.02, min_docs: int = 200, max_searched: int = 8
    ) -> None:
        self.store = store
        self.kind = kind
        self.max_share = max_share
        self.min_docs = min_docs
        self.max_searched = max_searched
        self._common: dict[tuple[str, str], float] = {}  # (team, word) → monotonic time it was found common
        self._totals: dict[str | None, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def cap(self, total: int) -> int:
        """Most documents a word may appear in and still be searched."""
        return max(self.min_docs, int(self.max_share * total))

    def search(self, team: str, text: str, limit: int) -> list[KeywordHit]:
        words = terms(text)
        if not words:
            return []
        total = self.total(team)
        if total == 0:
            return []
        cap = self.cap(total)
        counts = self.store.document_frequency(self.kind, team, words)
        # Exact counts (or a team that holds every document, whose upper bounds are its own counts).
        exact = self.store.exact_counts or total == self.total(None)
        postings: dict[str, list[str]] = {}
        # The team's own document count of each query word, as well as it is known: exact counts, the
        # postings of a searched word (none: the team lacks it), else an upper bound.
        df = {w: counts.get(w, 0) for w in words}
        now = time.monotonic()
        rarest_first = [w for w in sorted(words, key=lambda w: counts.get(w, 0)) if counts.get(w, 0)]
        if exact:  # the counts say which words are rare enough: fetch them together
            chosen = [w for w in rarest_first if counts[w] <= cap][: self.max_searched]
            found_all = self.store.postings_many(self.kind, team, chosen, cap) if chosen else {}
            postings = {w: ids for w, ids in found_all.items() if ids}
            rarest_first = []
        for word in rarest_first:  # upper bounds only: search until enough words turned out rare
            if len(postings) >= self.max_searched:
                break
            if self._known_common(team, word, now):
                continue
            found = self.store.postings(self.kind, team, word, cap)
            if found is None:
                with self._lock:
                    if len(self._common) >= MAX_COMMON:
                        self._common.clear()
                    self._common[(team, word)] = now
            else:
                df[word] = len(found)  # another team's use of the word no longer counts
                if found:
                    postings[word] = found
        # A count read after the team total (cached a minute) may exceed it: no weight goes below 0.
        idf = {w: math.log((total + 1) / (min(df[w], total) + 0.5)) for w in words}
        idf_max = math.log((total + 1) / 0.5)  # a word in no document: the most a word weighs
        query_mass = sum(idf.values())
        matched: dict[str, list[str]] = {}
        for word, ids in postings.items():
            for i in ids:
                matched.setdefault(i, []).append(word)
        hits = []
        for i, ws in matched.items():
            coverage = min(1.0, sum(idf[w] for w in ws) / query_mass) if query_mass > 0 else 0.0
            hits.append(KeywordHit(i, coverage * max(idf[w] for w in ws) / idf_max, tuple(ws)))
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]

    def _known_common(self, team: str, word: str, now: float) -> bool:
        with self._lock:
            seen = self._common.get((team, word))
            if seen is not None and now - seen > COMMON_SECONDS:
                del self._common[(team, word)]
                return False
            return seen is not None

    def total(self, team: str | None) -> int:
        """The team's (None: every team's) document count, cached a minute; `forget_counts` after
        this process changed the team's documents."""
        now = time.monotonic()
        with self._lock:
            cached = self._totals.get(team)
            # A count of 0 is read again: the first documents (a new team, the evolver's first lesson,
            # perhaps written by another process) must count at once, and counting nothing is cheap.
            if cached is not None and cached[0] > 0 and now - cached[1] < FRESH_SECONDS:
                return cached[0]
        total = self.store.count_documents(self.kind, team)
        with self._lock:
            self._totals[team] = (total, now)
        return total

    def forget_counts(self, team: str) -> None:
        """Drop cached counts of a team (after a bulk import or a deletion)."""
        with self._lock:
            self._totals.pop(team, None)
            self._totals.pop(None, None)
            for key in [k for k in self._common if k[0] == team]:
                del self._common[key]

    def score_texts(self, team: str, text: str, docs: Mapping[str, str]) -> list[KeywordHit]:
        """The same score for a few documents held in memory (a skill directory's descriptions), each
        word weighing by its rarity among this kind's documents of the team: a word every run uses
        points at no skill."""
        words = terms(text)
        if not words or not docs:
            return []
        total = self.total(team)
        counts = self.store.document_frequency(self.kind, team, words) if total else {}
        idf = {w: math.log((total + 1) / (min(counts.get(w, 0), total) + 0.5)) for w in words}
        idf_max = math.log((total + 1) / 0.5)
        query_mass = sum(idf.values())
        hits = []
        for doc_id, doc in docs.items():
            present = document_words(doc)
            ws = tuple(w for w in words if w in present)
            if ws and query_mass > 0:
                coverage = min(1.0, sum(idf[w] for w in ws) / query_mass)
                hits.append(KeywordHit(doc_id, coverage * max(idf[w] for w in ws) / idf_max, ws))
        hits.sort(key=lambda h: -h.score)
        return hits
