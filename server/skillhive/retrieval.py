"""Hybrid retrieval: dense (Chroma) and lexical (FTS5 BM25) fused by reciprocal rank, then
filtered, de-duplicated and cut to a token budget.

Common words are left out of the lexical query (store/lexical.py), which keeps most lexical
searches cheap; one that still has many postings to rank runs in a worker thread while the query
is embedded, so the hybrid costs little more than the dense query alone.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from skillhive.errors import SkillhiveError, StorageError
from skillhive.models import (
    ExperienceItem,
    ExperienceResult,
    ItemKind,
    OutcomeStatus,
    estimate_tokens,
    squash,
)
from skillhive.store.embeddings import Embedder
from skillhive.store.ledger import Ledger
from skillhive.store.lexical import LexicalPlanner, terms
from skillhive.store.vector_index import VectorIndex

log = logging.getLogger(__name__)
RRF_K = 60
MIN_DENSE_SIMILARITY = 0.2
INLINE_POSTINGS = 1_500  # BM25 cost grows with postings: ~8 ms for ~5,000 in the 100k bench
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="skillhive-lexical")


@dataclass(frozen=True)
class SkillCard:
    """What retrieval needs to know about a skill."""

    name: str
    description: str
    version: str | None
    uses: int = 0
    successes: int = 0


@dataclass(frozen=True)
class Query:
    text: str
    k: int = 5
    kinds: frozenset[ItemKind] = frozenset(ItemKind)
    outcome: OutcomeStatus | None = None
    tags: tuple[str, ...] = ()
    max_tokens: int = 1500


@dataclass
class _Candidate:
    kind: ItemKind
    id: str
    score: float = 0.0
    similarity: float | None = None
    lexical_rank: int | None = None
    vector: np.ndarray | None = None
    similar: int = 0
    extra: dict[str, object] = field(default_factory=dict)


class Retriever:
    """Answers `retrieve_experience` for one team at a time."""

    def __init__(
        self,
        ledger: Ledger,
        index: VectorIndex,
        embedder: Embedder,
        skills_for: Callable[[str], Sequence[SkillCard]],
        *,
        dedup_threshold: float = 0.97,
    ) -> None:
        self.ledger = ledger
        self.index = index
        self.embedder = embedder
        self.skills_for = skills_for
        self.dedup_threshold = dedup_threshold
        self._skill_vectors: dict[str, np.ndarray] = {}
        self.lexical = LexicalPlanner(ledger)
        self._fresh_vectors: dict[str, np.ndarray] = {}
        self._fresh_lock = threading.Lock()

    def retrieve(self, team: str, q: Query, fresh: Sequence[tuple[str, str]] = ()) -> ExperienceResult:
        """Ranked experience for `q`; `fresh` = (id, text) of runs not yet in the vector index,
        scored directly so that a caller always finds what it just recorded."""
        warnings: list[str] = []
        # Filters apply after the search, so filtered queries fetch more candidates.
        widen = 4 if (q.outcome or q.tags) else 1
        plan = self.lexical.plan(q.text)
        limit = max(30, q.k * 6) * widen
        # A cheap lexical search runs inline; an expensive one overlaps the query embedding.
        lexical_job: Future[dict[ItemKind, list[tuple[str, float]]]] | None = None
        lexical: dict[ItemKind, list[tuple[str, float]]] = {}
        if plan.postings > INLINE_POSTINGS:
            lexical_job = _pool.submit(self._lexical, team, plan.expression, q.kinds, limit)
        else:
            lexical = self._lexical(team, plan.expression, q.kinds, limit)
        dense: dict[ItemKind, list[tuple[str, float, np.ndarray | None]]] = {}
        qvec: np.ndarray | None = None
        try:
            qvec = np.asarray(self.embedder.embed([q.text])[0], dtype=np.float32)
            if ItemKind.TRAJECTORY in q.kinds:
                fresh_hits = self._fresh_hits(fresh, qvec)
                hits = self.index.query(team, "trajectory", qvec, max(10, q.k * 3) * widen, with_vectors=True)
                dense[ItemKind.TRAJECTORY] = _merge(fresh_hits, [(h.id, h.similarity, h.vector) for h in hits])
            if ItemKind.LESSON in q.kinds and self.ledger.count_lessons(team):
                hits = self.index.query(team, "lesson", qvec, max(10, q.k * 2))
                dense[ItemKind.LESSON] = [(h.id, h.similarity, None) for h in hits]
        except SkillhiveError as exc:  # dense side down: answer lexically and say so
            log.warning("dense retrieval unavailable: %s", exc)
            warnings.append(f"semantic search unavailable, keyword results only: {exc}")
            if qvec is not None and ItemKind.TRAJECTORY in q.kinds:
                dense[ItemKind.TRAJECTORY] = self._fresh_hits(fresh, qvec)
        candidates = self._fuse(dense, lexical_job.result() if lexical_job else lexical)
        if ItemKind.SKILL in q.kinds:
            candidates.extend(self._skills(team, q.text, qvec))
        items, omitted = self._materialise(team, candidates, q)
        tokens = sum(_item_tokens(i) for i in items)
        return ExperienceResult(items=items, tokens=tokens, max_tokens=q.max_tokens, omitted=omitted, warnings=warnings)

    # -- candidate generation ------------------------------------------------------------------
    def _fresh_hits(
        self, fresh: Sequence[tuple[str, str]], qvec: np.ndarray
    ) -> list[tuple[str, float, np.ndarray | None]]:
        """Similarity of the query to runs the indexer has not reached yet (their vectors cached)."""
        if not fresh:
            return []
        with self._fresh_lock:
            vectors = {i: v for i, _ in fresh if (v := self._fresh_vectors.get(i)) is not None}
        missing = [(i, t) for i, t in fresh if i not in vectors]
        if missing:
            embedded = self.embedder.embed([t for _, t in missing])
            for (i, _), v in zip(missing, embedded, strict=True):
                vectors[i] = np.asarray(v, dtype=np.float32)
            with self._fresh_lock:
                if len(self._fresh_vectors) > 1_000:  # indexed long ago: forget them all
                    self._fresh_vectors.clear()
                self._fresh_vectors.update({i: vectors[i] for i, _ in missing})
        return [(i, float(vectors[i] @ qvec), vectors[i]) for i, _ in fresh]

    def _lexical(
        self, team: str, expr: str | None, kinds: frozenset[ItemKind], limit: int
    ) -> dict[ItemKind, list[tuple[str, float]]]:
        out: dict[ItemKind, list[tuple[str, float]]] = {}
        if expr is None:
            return out
        try:
            if ItemKind.TRAJECTORY in kinds:
                out[ItemKind.TRAJECTORY] = self.ledger.lexical_trajectories(team, expr, limit)
            if ItemKind.LESSON in kinds:
                out[ItemKind.LESSON] = self.ledger.lexical_lessons(team, expr, 20)
        except Exception as exc:  # a malformed FTS expression must not fail the whole query
            log.warning("lexical search failed: %s", exc)
        return out

    @staticmethod
    def _fuse(
        dense: dict[ItemKind, list[tuple[str, float, np.ndarray | None]]],
        lexical: dict[ItemKind, list[tuple[str, float]]],
    ) -> list[_Candidate]:
        """Reciprocal rank fusion of the dense and lexical lists of each kind."""
        by_key: dict[tuple[ItemKind, str], _Candidate] = {}
        for kind, hits in dense.items():
            for rank, (item_id, sim, vec) in enumerate(hits):
                if sim < MIN_DENSE_SIMILARITY:
                    continue
                c = by_key.setdefault((kind, item_id), _Candidate(kind, item_id))
                c.similarity, c.vector = sim, vec
                c.score += 1.0 / (RRF_K + rank + 1)
        for kind, lex in lexical.items():
            for rank, (item_id, _bm25) in enumerate(lex):
                c = by_key.setdefault((kind, item_id), _Candidate(kind, item_id))
                c.lexical_rank = rank + 1
                c.score += 1.0 / (RRF_K + rank + 1)
        return list(by_key.values())

    def _skills(self, team: str, text: str, qvec: np.ndarray | None) -> list[_Candidate]:
        cards = list(self.skills_for(team))
        if not cards:
            return []
        words = _words(text)
        sims: list[float | None] = [None] * len(cards)
        if qvec is not None:
            try:
                mat = self._skill_matrix(cards)
                sims = [float(s) for s in mat @ qvec]
            except SkillhiveError as exc:
                log.warning("skill embeddings unavailable: %s", exc)
        dense_rank = {i: r for r, i in enumerate(sorted(range(len(cards)), key=lambda i: -(sims[i] or 0.0)))}
        overlap = [len(words & _words(f"{c.name.replace('-', ' ')} {c.description}")) for c in cards]
        lex_rank = {i: r for r, i in enumerate(sorted(range(len(cards)), key=lambda i: -overlap[i]))}
        out = []
        for i, card in enumerate(cards):
            sim = sims[i]
            dense_ok = sim is not None and sim >= MIN_DENSE_SIMILARITY + 0.1
            if not dense_ok and overlap[i] < 2:
                continue
            c = _Candidate(ItemKind.SKILL, card.name, similarity=sim, extra={"card": card})
            if dense_ok:
                c.score += 1.0 / (RRF_K + dense_rank[i] + 1)
            if overlap[i] >= 2:
                c.lexical_rank = lex_rank[i] + 1
                c.score += 1.0 / (RRF_K + lex_rank[i] + 1)
            out.append(c)
        return out

    def _skill_matrix(self, cards: Sequence[SkillCard]) -> np.ndarray:
        """Embeddings of skill descriptions, cached by content (a skill's text rarely changes)."""
        keys = [hashlib.sha256(f"{c.name}\0{c.description}".encode()).hexdigest() for c in cards]
        missing = [(k, c) for k, c in zip(keys, cards, strict=True) if k not in self._skill_vectors]
        if missing:
            vecs = self.embedder.embed([f"{c.name}: {c.description}" for _, c in missing])
            for (k, _), v in zip(missing, vecs, strict=True):
                self._skill_vectors[k] = np.asarray(v, dtype=np.float32)
        return np.stack([self._skill_vectors[k] for k in keys])

    # -- filters, de-duplication, budget -------------------------------------------------------
    def _materialise(self, team: str, candidates: list[_Candidate], q: Query) -> tuple[list[ExperienceItem], int]:
        candidates.sort(key=lambda c: -c.score)
        traj_ids = [c.id for c in candidates if c.kind is ItemKind.TRAJECTORY]
        lesson_ids = [c.id for c in candidates if c.kind is ItemKind.LESSON]
        try:
            traj_cards = self.ledger.trajectory_cards(team, traj_ids)
            lesson_cards = self.ledger.lesson_cards(team, lesson_ids)
        except Exception as exc:
            raise StorageError(f"ledger read failed: {exc}") from exc
        words = _words(q.text)
        kept: list[_Candidate] = []
        items: list[ExperienceItem] = []
        seen_tasks: dict[tuple[str, str], _Candidate] = {}
        budget, omitted = q.max_tokens, 0
        for c in candidates:
            if len(items) >= q.k:
                break
            if c.kind is ItemKind.TRAJECTORY:
                row = traj_cards.get(c.id)
                if row is None or not _passes(row, q):
                    continue
                twin = seen_tasks.get((squash(row["task"], 300).lower(), row["status"])) or self._near(c, kept)
                if twin is not None:
                    twin.similar += 1
                    continue
                seen_tasks[(squash(row["task"], 300).lower(), row["status"])] = c
                item = ExperienceItem(
                    kind=ItemKind.TRAJECTORY,
                    id=c.id,
                    title=squash(row["task"], 200),
                    why=_why(c, words, f"{row['task']} {row['summary']}"),
                    outcome=OutcomeStatus(row["status"]),
                    score=round(c.score, 5),
                    summary=row["summary"],
                )
            elif c.kind is ItemKind.LESSON:
                lrow = lesson_cards.get(c.id)
                if lrow is None:
                    continue
                uses, ok = int(lrow["uses"]), int(lrow["successes"])
                item = ExperienceItem(
                    kind=ItemKind.LESSON,
                    id=c.id,
                    title=squash(lrow["title"], 200),
                    why=_why(c, words, f"{lrow['title']} {lrow['description']} {lrow['content']}"),
                    score=round(c.score, 5),
                    summary=squash(f"{lrow['kind']}: when {lrow['description']} — {lrow['content']}", 700),
                    success_rate=round(ok / uses, 3) if uses else None,
                )
            else:
                card = c.extra["card"]
                assert isinstance(card, SkillCard)
                item = ExperienceItem(
                    kind=ItemKind.SKILL,
                    id=card.name,
                    title=squash(card.description, 200),
                    why=_why(c, words, f"{card.name} {card.description}"),
                    score=round(c.score, 5),
                    summary=f"load with get_skill('{card.name}')",
                    version=card.version,
                    success_rate=round(card.successes / card.uses, 3) if card.uses else None,
                )
            cost = _item_tokens(item)
            if cost > budget:
                item = _shrink(item, budget)
                cost = _item_tokens(item)
                if cost > budget:
                    omitted += 1
                    continue
            budget -= cost
            kept.append(c)
            items.append(item)
        for item, c in zip(items, kept, strict=True):
            item.similar = c.similar
        return items, omitted

    def _near(self, c: _Candidate, kept: list[_Candidate]) -> _Candidate | None:
        if c.vector is None:
            return None
        for other in kept:
            if other.vector is not None and float(other.vector @ c.vector) >= self.dedup_threshold:
                return other
        return None


def _merge(
    fresh: list[tuple[str, float, np.ndarray | None]], indexed: list[tuple[str, float, np.ndarray | None]]
) -> list[tuple[str, float, np.ndarray | None]]:
    """One dense ranking from fresh and indexed hits, each id once, most similar first."""
    if not fresh:
        return indexed
    seen = {i for i, _, _ in fresh}
    return sorted(fresh + [h for h in indexed if h[0] not in seen], key=lambda h: -h[1])


def _passes(row: object, q: Query) -> bool:
    if q.outcome is not None and row["status"] != q.outcome.value:  # type: ignore[index]
        return False
    if q.tags:
        tags = set(json.loads(row["tags"]))  # type: ignore[index]
        return all(t in tags for t in q.tags)
    return True


def _why(c: _Candidate, words: set[str], text: str) -> str:
    parts = []
    if c.similarity is not None and c.similarity >= MIN_DENSE_SIMILARITY:
        parts.append(f"semantic {c.similarity:.2f}")
    if c.lexical_rank is not None:
        shared = sorted(words & _words(text))[:6]
        parts.append("keywords: " + ", ".join(shared) if shared else f"keyword rank {c.lexical_rank}")
    return "; ".join(parts) or "related"


def _words(text: str) -> set[str]:
    """Content words (no stop words), for keyword overlap and the `why` of an item."""
    return set(terms(text, limit=256))


def _item_tokens(item: ExperienceItem) -> int:
    return estimate_tokens(item.model_dump_json(exclude_none=True))


def _shrink(item: ExperienceItem, budget: int) -> ExperienceItem:
    """Cut an item's summary so that it fits what is left of the budget, if it can."""
    fixed = _item_tokens(item.model_copy(update={"summary": ""}))
    room = (budget - fixed) * 4
    if room < 40:
        return item
    return item.model_copy(update={"summary": squash(item.summary, room)})
