"""Turning free text into a fast FTS5 query: content words only, the commonest left out.

BM25 ranks every document that matches any query term, so one common word ("test", "fix")
makes a query read most of the table: 39 ms at 100k trajectories in our benchmark. Words in
more than a few percent of documents barely change BM25's order, so they are dropped, using
document frequencies read from the FTS vocabulary and cached.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass

from skillhive.store.ledger import Ledger

_TOKEN = re.compile(r"[^\W_]{2,}", re.UNICODE)
_STOPWORDS = frozenset(
    """a an and are as at be but by for from has have how i if in into is it its of on or so that the their
    then there these this to was were what when where which while who why will with you your do does did
    not no can could should would we our my me""".split()  # noqa: SIM905 - a word list reads better as text
)
MAX_TERMS = 24


def terms(text: str, limit: int = MAX_TERMS) -> list[str]:
    """The distinct content words of `text`, lower-cased, in order of appearance."""
    seen: dict[str, None] = {}
    for token in _TOKEN.findall(text.lower()):
        if token not in _STOPWORDS and token not in seen:
            seen[token] = None
            if len(seen) >= limit:
                break
    return list(seen)


def match_expression(words: list[str]) -> str | None:
    """An FTS5 MATCH expression: the words quoted (no FTS syntax survives) and OR-ed."""
    return " OR ".join(f'"{w}"' for w in words) or None


@dataclass(frozen=True)
class LexicalPlan:
    expression: str | None
    postings: int  # documents the search will rank: BM25's cost grows with it


class LexicalPlanner:
    """Chooses which query words the lexical search uses, by how rare they are."""

    def __init__(self, ledger: Ledger, *, max_share: float = 0.02, min_docs: int = 200, max_terms: int = 8) -> None:
        self.ledger = ledger
        self.max_share = max_share
        self.min_docs = min_docs
        self.max_terms = max_terms
        self._df: dict[str, int] = {}
        self._total = 0
        self._fresh_until = 0.0
        self._lock = threading.Lock()

    def expression(self, text: str) -> str | None:
        return self.plan(text).expression

    def plan(self, text: str) -> LexicalPlan:
        """The words to search for, and how many postings that reads (a cost estimate)."""
        words = terms(text)
        if not words:
            return LexicalPlan(None, 0)
        df, total = self._frequencies(words)
        limit = max(self.min_docs, int(self.max_share * total))
        rare = sorted((w for w in words if df.get(w, 0) <= limit), key=lambda w: df.get(w, 0))[: self.max_terms]
        return LexicalPlan(match_expression(rare), sum(df.get(w, 0) for w in rare))

    def _frequencies(self, words: list[str]) -> tuple[dict[str, int], int]:
        now = time.monotonic()
        with self._lock:
            if now > self._fresh_until:  # frequencies drift slowly; a minute of staleness is harmless
                self._df.clear()
                self._total = self.ledger.count_trajectories()
                self._fresh_until = now + 60.0
            missing = [w for w in words if w not in self._df]
        if missing:
            found = self.ledger.term_documents(missing)
            with self._lock:
                self._df.update(found)
        return self._df, self._total
