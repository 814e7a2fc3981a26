"""Retrieval: candidates by meaning and by keywords, one calibrated score, procedure voting, budget.

1. Candidates. Dense: the query's cosine similarity to each run's task (Chroma; a caller's runs
   the indexer has not reached yet are scored directly). Keywords: the share of the query's
   information a run contains (store/lexical.py), which is what finds the run that hit an exact
   error message. Lessons alike. Skills: their description's similarity, or, with no query vector
   (the dense side down, the context hook), the same keyword score of their name and description,
   each word weighing by its rarity among the team's runs.
2. Score. `score = max(similarity, keyword score)`, both in 0..1 and comparable across queries.
   Nothing below `min_score` (the relevance floor) is returned, nor anything scoring less than half
   of the best match that passes the caller's filters.
3. Order. The best plain match (highest score) comes first, whatever its procedure. After it, runs
   are ordered by procedure voting: the query's `VOTE_NEIGHBOURS` nearest runs by cosine each give
   similarity ** `VOTE_POWER` to the procedure their task needed (the set of state-changing tools
   its successful runs called, a run's own when none succeeded: `task_procedures`), and a
   run's key is the best match's score times its procedure's weight over the heaviest procedure's;
   within a procedure, closer runs first. Lessons and skills keep their score as their key. Runs that
   need the same steps as the query tend to sit among neighbours that did the same. The `score`
   shown is this key: it falls monotonically down the list.
4. Shape. Later runs of a task already shown fold into its item (`similar`, their ids in order), so
   that k items are k different pieces of experience; a task's success represents it before its
   failures of the same procedure; items are cut to the token budget.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
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
from skillhive.safety import Verdict, withhold_served
from skillhive.skills.origin import OWN, Origin
from skillhive.store.embeddings import Embedder
from skillhive.store.ledger import Ledger
from skillhive.store.lexical import KeywordHit, KeywordSearch, terms
from skillhive.store.records import LessonCard, TrajectoryCard
from skillhive.store.vectors import VectorStore
from skillhive.summaries import served_title

log = logging.getLogger(__name__)
# Procedure voting, from issue 18's prototype (k = 20 and the power 4 were not tuned to any benchmark
# set): the query's nearest runs by cosine each vote for their procedure with similarity ** 4, so that
# close runs count far more than distant ones.
VOTE_NEIGHBOURS = 20
VOTE_POWER = 4
MIN_POOL = 40  # candidates per kind: enough distinct tasks for voting when each ran several times
RELATIVE_FLOOR = 0.5  # nothing less than half as relevant as the best match is worth a reader's tokens
_OUTCOME_ORDER = {"success": 0, "partial": 1, "unknown": 2, "failure": 3}
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="skillhive-keywords")


@dataclass(frozen=True)
class SkillCard:
    """What retrieval needs to know about a skill."""

    name: str
    description: str
    version: str | None
    uses: int = 0
    success_rate: float | None = None  # each user's outcomes weigh as one user's (store/records.py UserWeighted)
    changed: str | None = None  # the date (UTC) of its version's commit
    origin: Origin = OWN  # whose commit its version is: how it is served (skills/origin.py)


@dataclass(frozen=True)
class Query:
    text: str
    k: int = 5
    kinds: frozenset[ItemKind] = frozenset(ItemKind)
    outcome: OutcomeStatus | None = None
    tags: tuple[str, ...] = ()
    max_tokens: int = 1500
    user: str | None = None  # who asks: their own lessons are served before the team backs them
    min_users: int = 1  # distinct users that make a run or a lesson "verified" (and a lesson served to all)


@dataclass
class _Candidate:
    kind: ItemKind
    id: str
    similarity: float | None = None
    keywords: KeywordHit | None = None
    key: float = 0.0  # the ranking key: the score, plus the procedure vote for runs
    # (the procedure its task needed, how many of the nearest runs' tasks needed it, of how many)
    agreement: tuple[tuple[str, ...], int, int] | None = None
    similar: list[str] = field(default_factory=list)  # later runs of the same task, folded into this one
    card: TrajectoryCard | LessonCard | SkillCard | None = field(default=None, repr=False)
    score: float = 0.0  # max(similarity, keyword score), set once both sides are in

    def settle(self) -> None:
        self.score = max(self.similarity or 0.0, self.keywords.score if self.keywords else 0.0, 0.0)


class Retriever:
    """Answers `retrieve_experience` for one team at a time."""

    def __init__(
        self,
        ledger: Ledger,
        index: VectorStore,
        embedder: Embedder,
        skills_for: Callable[[str], Sequence[SkillCard]],
        *,
        min_score: float = 0.3,
    ) -> None:
        self.ledger = ledger
        self.index = index
        self.embedder = embedder
        self.skills_for = skills_for
        self.min_score = min_score
        self.keywords = {
            ItemKind.TRAJECTORY: KeywordSearch(ledger, "trajectory"),
            ItemKind.LESSON: KeywordSearch(ledger, "lesson"),
        }
        self._skill_vectors: dict[str, np.ndarray] = {}
        self._fresh_vectors: dict[str, np.ndarray] = {}
        self._fresh_lock = threading.Lock()

    def retrieve(self, team: str, q: Query, fresh: Sequence[tuple[str, str]] = ()) -> ExperienceResult:
        """Ranked experience for `q`; `fresh` = (id, index text) of runs not yet in the vector index,
        scored directly so that a caller always finds what it just recorded."""
        warnings: list[str] = []
        widen = 4 if (q.outcome or q.tags) else 1  # filters apply after the search
        pool = max(MIN_POOL, q.k * 8) * widen
        searched = [kind for kind in (ItemKind.TRAJECTORY, ItemKind.LESSON) if kind in q.kinds]
        # keywords, their runs' cards and the skills are read beside the embedding
        side_job = _pool.submit(self._side, team, q.text, searched, pool, ItemKind.SKILL in q.kinds)
        dense: dict[ItemKind, list[tuple[str, float]]] = {}
        qvec: np.ndarray | None = None
        try:
            qvec = np.asarray(self.embedder.embed([q.text])[0], dtype=np.float32)
            if ItemKind.TRAJECTORY in q.kinds:
                hits = self.index.query(team, "trajectory", qvec, pool)
                dense[ItemKind.TRAJECTORY] = _merge(self._fresh_hits(fresh, qvec), [(h.id, h.similarity) for h in hits])
            if ItemKind.LESSON in q.kinds and self.keywords[ItemKind.LESSON].total(team):
                hits = self.index.query(team, "lesson", qvec, max(20, q.k * 4))
                dense[ItemKind.LESSON] = [(h.id, h.similarity) for h in hits]
        except SkillhiveError as exc:  # dense side down: answer from keywords and say so
            log.warning("dense retrieval unavailable: %s", exc)
            warnings.append(f"semantic search unavailable, keyword results only: {exc}")
            if qvec is not None and ItemKind.TRAJECTORY in q.kinds:
                dense[ItemKind.TRAJECTORY] = self._fresh_hits(fresh, qvec)
        keywords, known, skills = side_job.result()
        candidates = _candidates(dense, keywords)
        if skills is not None:
            candidates += self._skills(team, q.text, qvec, skills)
        ranked, below = self._rank(team, candidates, q, known)
        words = _words(q.text)
        shown = [(c, _said(c, words)) for c in ranked[: q.k]]
        offered = [_item(c, shared, q.user) for c, shared in shown]
        said = {id(item): shared for item, (_, shared) in zip(offered, shown, strict=True)}
        verdicts = {c.id: c.card.served for c in ranked[: q.k] if isinstance(c.card, TrajectoryCard)}
        self._provenance(team, offered, q, verdicts, said)  # before fitting: the budget counts what is served
        items, omitted = _fit(offered, q.max_tokens, said)
        tokens = sum(_item_tokens(i) for i in items)
        note = None
        if omitted:
            note = f"{omitted} more relevant item{'s' if omitted > 1 else ''} left out: raise max_tokens"
        elif not items:
            note = "nothing relevant yet" + (f" ({below} weaker matches below the relevance floor)" if below else "")
        return ExperienceResult(
            items=items, tokens=tokens, max_tokens=q.max_tokens, omitted=omitted, note=note, warnings=warnings
        )

    def forget_counts(self, team: str) -> None:
        """The team's documents changed in bulk: keyword statistics are counted afresh."""
        for search in self.keywords.values():
            search.forget_counts(team)

    def _provenance(
        self,
        team: str,
        items: list[ExperienceItem],
        q: Query,
        verdicts: dict[str, Verdict | None],
        said: dict[int, str],
    ) -> None:
        """Who stands behind each item, whether it is the caller's, how far to trust it; and text that
        reads like orders to an agent (or exfiltration) withheld, with the reason as a flag (for a run,
        by the verdict stored with it when that is still the verdict of the text served)."""
        authors = self.ledger.authors(team, [i.id for i in items if i.kind is ItemKind.TRAJECTORY])
        for item in items:
            if item.kind is ItemKind.TRAJECTORY:
                who = authors.get(item.id, ())
                item.users, item.mine = len(who), q.user in who
            if item.kind is ItemKind.SKILL:
                pass  # trusted as its origin is (_item): committed by this hive, or a peer's from the remote
            elif item.kind is ItemKind.TRAJECTORY and item.mine:
                item.trust = "verified"  # the caller's own record: whoever else joins the hive later
            else:
                item.trust = "verified" if (item.users or 0) >= q.min_users else "unverified"
            verdict = verdicts.get(item.id) if item.kind is ItemKind.TRAJECTORY else None
            withhold_served(item, verdict, said=said.get(id(item), ""))

    # -- candidates ------------------------------------------------------------------------------
    def _fresh_hits(self, fresh: Sequence[tuple[str, str]], qvec: np.ndarray) -> list[tuple[str, float]]:
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
        return [(i, float(vectors[i] @ qvec)) for i, _ in fresh]

    def _side(
        self, team: str, text: str, kinds: Sequence[ItemKind], limit: int, skills: bool
    ) -> tuple[dict[ItemKind, list[KeywordHit]], dict[str, TrajectoryCard], Sequence[SkillCard] | None]:
        """What retrieval can read before the query's vector is known: the keyword hits of each kind,
        the cards of the runs among them (empty when that read fails: `_rank` reads them then), and
        the team's skills when asked for."""
        out: dict[ItemKind, list[KeywordHit]] = {}
        try:
            for kind in kinds:
                out[kind] = self.keywords[kind].search(team, text, limit)
        except Exception as exc:  # keyword search failing must not fail the whole query
            log.warning("keyword search failed: %s", exc)
        try:
            cards = self.ledger.trajectory_cards(team, [h.id for h in out.get(ItemKind.TRAJECTORY, ())])
        except Exception:  # `_rank` reads them again, and fails loudly if that fails too
            cards = {}
        return out, cards, list(self.skills_for(team)) if skills else None

    def _skills(self, team: str, text: str, qvec: np.ndarray | None, cards: Sequence[SkillCard]) -> list[_Candidate]:
        if not cards:
            return []
        if qvec is None:  # no meaning to compare (the dense side is down, or a keywords-only caller)
            docs = {c.name: f"{c.name.replace('-', ' ')} {c.description}" for c in cards}
            by_name = {c.name: c for c in cards}
            hits = self.keywords[ItemKind.TRAJECTORY].score_texts(team, text, docs)
            return [_Candidate(ItemKind.SKILL, h.id, keywords=h, card=by_name[h.id], score=h.score) for h in hits]
        try:
            sims = self._skill_matrix(cards) @ qvec
        except SkillhiveError as exc:
            log.warning("skill embeddings unavailable: %s", exc)
            return []
        return [
            _Candidate(ItemKind.SKILL, card.name, similarity=float(sim), card=card, score=max(0.0, float(sim)))
            for card, sim in zip(cards, sims, strict=True)
        ]

    def _skill_matrix(self, cards: Sequence[SkillCard]) -> np.ndarray:
        """Embeddings of skill descriptions, cached by content (a skill's text rarely changes)."""
        keys = [hashlib.sha256(f"{c.name}\0{c.description}".encode()).hexdigest() for c in cards]
        missing = [(k, c) for k, c in zip(keys, cards, strict=True) if k not in self._skill_vectors]
        if missing:
            vecs = self.embedder.embed([f"{c.name}: {c.description}" for _, c in missing])
            for (k, _), v in zip(missing, vecs, strict=True):
                self._skill_vectors[k] = np.asarray(v, dtype=np.float32)
        return np.stack([self._skill_vectors[k] for k in keys])

    # -- ranking ---------------------------------------------------------------------------------
    def _rank(
        self, team: str, candidates: list[_Candidate], q: Query, known: dict[str, TrajectoryCard]
    ) -> tuple[list[_Candidate], int]:
        """Relevant candidates with their cards, best first, twins folded; and how many fell below the
        floor. `known`: cards already read (of the keyword hits); the rest are read now."""
        ids = [c.id for c in candidates if c.kind is ItemKind.TRAJECTORY]
        try:
            read = self.ledger.trajectory_cards(team, [i for i in ids if i not in known])
            lessons = self.ledger.lesson_cards(team, [c.id for c in candidates if c.kind is ItemKind.LESSON])
        except Exception as exc:
            raise StorageError(f"ledger read failed: {exc}") from exc
        # in the order of their ids, whichever read found them (ties in `task_procedures` go to the first)
        runs = {i: card for i in sorted(ids) if (card := known.get(i) or read.get(i)) is not None}
        eligible: list[_Candidate] = []
        for c in candidates:
            if c.kind is ItemKind.TRAJECTORY:
                c.card = runs.get(c.id)
                if c.card is None or not _passes(c.card, q):
                    continue
            elif c.kind is ItemKind.LESSON:
                c.card = lessons.get(c.id)
                if c.card is None or (c.card.support_users < q.min_users and q.user not in c.card.authors):
                    continue  # one member's lesson is theirs until others' runs back it
            eligible.append(c)
        # The floor is relative to the best match the caller may see: a run the filters left out
        # must not push out what they asked for.
        floor = max(self.min_score, RELATIVE_FLOOR * max((c.score for c in eligible), default=0.0))
        kept = [c for c in eligible if c.score >= floor]
        below = len(eligible) - len(kept)
        neighbours = [c for c in eligible if c.kind is ItemKind.TRAJECTORY and c.similarity is not None]
        return _fold_tasks(_order(kept, neighbours, task_procedures(runs.values()))), below


def _candidates(
    dense: dict[ItemKind, list[tuple[str, float]]], keywords: dict[ItemKind, list[KeywordHit]]
) -> list[_Candidate]:
    by_key: dict[tuple[ItemKind, str], _Candidate] = {}
    for kind, hits in dense.items():
        for item_id, sim in hits:
            by_key.setdefault((kind, item_id), _Candidate(kind, item_id)).similarity = sim
    for kind, found in keywords.items():
        for hit in found:
            by_key.setdefault((kind, hit.id), _Candidate(kind, hit.id)).keywords = hit
    for c in by_key.values():
        c.settle()
    return list(by_key.values())


def task_procedures(cards: Iterable[TrajectoryCard]) -> dict[str, tuple[str, ...]]:
    """What each task needed, where a run of it succeeded: the procedure most of its successful runs
    followed (the first such run's on a tie). A failed run's calls say what an agent tried, not what
    the task needed; a task no run completed keeps each run's own procedure."""
    wins: dict[str, dict[tuple[str, ...], int]] = {}
    for card in cards:
        if card.status == "success":
            counts = wins.setdefault(card.task_key, {})
            counts[card.signature] = counts.get(card.signature, 0) + 1
    # max keeps the first of equals, in the order first seen (as Counter.most_common does)
    return {key: max(counts, key=counts.__getitem__) for key, counts in wins.items()}


def _vote(
    neighbours: list[_Candidate], needs: Callable[[TrajectoryCard], tuple[str, ...]]
) -> tuple[dict[tuple[str, ...], float], dict[tuple[str, ...], int], int]:
    """Each procedure's weight among the query's `VOTE_NEIGHBOURS` nearest runs: the sum of
    similarity ** `VOTE_POWER` over those whose task needed it; and how many of them did, of how many."""
    nearest = sorted(neighbours, key=lambda c: -(c.similarity or 0.0))[:VOTE_NEIGHBOURS]
    weight: dict[tuple[str, ...], float] = defaultdict(float)
    count: dict[tuple[str, ...], int] = defaultdict(int)
    for c in nearest:
        assert isinstance(c.card, TrajectoryCard)
        need = needs(c.card)
        weight[need] += max(0.0, c.similarity or 0.0) ** VOTE_POWER
        count[need] += 1
    return weight, count, len(nearest)


def _order(
    kept: list[_Candidate], neighbours: list[_Candidate], procedures: dict[str, tuple[str, ...]]
) -> list[_Candidate]:
    """The order served (module docstring, 3): the best plain match, then by `key`, which is the
    relevance of lessons and skills and, for runs, the best match's relevance scaled by the weight of
    the procedure the run's task needed (`task_procedures`) relative to the heaviest one."""
    if not kept:
        return []

    def needs(card: TrajectoryCard) -> tuple[str, ...]:
        return procedures.get(card.task_key, card.signature)

    by_relevance = sorted(kept, key=lambda c: (-c.score, _outcome_rank(c)))
    best = by_relevance[0]
    weight, count, of = _vote(neighbours, needs)
    heaviest = max(weight.values(), default=0.0)
    for c in kept:
        c.key = c.score
        if c.kind is ItemKind.TRAJECTORY and heaviest > 0.0:
            assert isinstance(c.card, TrajectoryCard)
            need = needs(c.card)
            c.key = best.score * weight.get(need, 0.0) / heaviest
            c.agreement = (need, count.get(need, 0), of)
    best.key = best.score
    # Within a procedure, closer runs first; of one task (same score), its success before its failures,
    # and runs that followed what it needed before those that did something else.
    rest = sorted(by_relevance[1:], key=lambda c: (-c.key, -c.score, _outcome_rank(c), _strayed(c, needs)))
    return [best, *rest]


def _strayed(c: _Candidate, needs: Callable[[TrajectoryCard], tuple[str, ...]]) -> bool:
    """Whether a run's own calls differ from the procedure its task needed."""
    return isinstance(c.card, TrajectoryCard) and c.card.signature != needs(c.card)


def _outcome_rank(c: _Candidate) -> int:
    return _OUTCOME_ORDER.get(c.card.status, 2) if isinstance(c.card, TrajectoryCard) else 0


def _fold_tasks(ranked: list[_Candidate]) -> list[_Candidate]:
    """Later runs of a task already shown become the `similar` runs of its item, in order: k items
    are k different pieces of experience, not k trials of one task. The item is the task's run with
    the best outcome (its success before its failures) in the place of the task's first run: runs of
    one task differ in score only by float noise (a run not yet indexed is scored exactly, an indexed
    one by the index), which must not decide which of them represents the task."""
    at: dict[str, int] = {}
    out: list[_Candidate] = []
    for c in ranked:
        if isinstance(c.card, TrajectoryCard):
            i = at.get(c.card.task_key)
            if i is not None:
                shown = out[i]
                if _outcome_rank(c) < _outcome_rank(shown):
                    c.key, c.agreement = shown.key, shown.agreement
                    c.similar, shown.similar = [shown.id, *shown.similar], []
                    out[i] = c
                else:
                    shown.similar.append(c.id)
                continue
            at[c.card.task_key] = len(out)
        out.append(c)
    return out


# -- items -----------------------------------------------------------------------------------------
def _fit(offered: list[ExperienceItem], budget: int, said: dict[int, str]) -> tuple[list[ExperienceItem], int]:
    """The items, in order, that fit the token budget (an item too long with its summary cut to fit),
    and how many it left out."""
    items: list[ExperienceItem] = []
    omitted = 0
    for item in offered:
        cost = _item_tokens(item)
        if cost > budget:
            cut = _shrink(item, budget)
            if cut is not item:
                withhold_served(cut, said=said.get(id(item), ""))  # the text served is now the cut one
            item = cut
            cost = _item_tokens(item)
            if cost > budget:
                omitted += 1
                continue
        budget -= cost
        items.append(item)
    return items, omitted


def _item(c: _Candidate, said: str, user: str | None) -> ExperienceItem:
    """What is served of a candidate; `said` is the clause of its `why` listing the query's words it shares."""
    card = c.card
    score = round(min(1.0, c.key), 2)  # the order served: monotone down the list
    if isinstance(card, TrajectoryCard):
        return ExperienceItem(
            kind=ItemKind.TRAJECTORY,
            id=c.id,
            title=served_title(card.title, card.task),
            why=_why(c, said),
            outcome=OutcomeStatus(card.status),
            score=score,
            summary=card.summary,
            procedure=list(card.procedure) or None,
            similar=c.similar or None,
            when=card.created_at[:10],
            by="you" if user is not None and card.user == user else card.user,
            agent=squash(card.agent, 60) if card.agent else None,
            source=card.source,
        )
    if isinstance(card, LessonCard):
        return ExperienceItem(
            kind=ItemKind.LESSON,
            id=c.id,
            title=squash(card.title, 200),
            why=_why(c, said),
            score=score,
            summary=squash(f"{card.kind}: when {card.description} — {card.content}", 700),
            success_rate=round(card.successes / card.uses, 3) if card.uses else None,
            users=card.support_users,
            mine=user in card.authors,
            source="evolver",
        )
    assert isinstance(card, SkillCard)
    return ExperienceItem(
        kind=ItemKind.SKILL,
        id=card.name,
        title=squash(card.description, 200),
        why=_why(c, said),
        score=score,
        summary=f"load with get_skill('{card.name}')",
        version=card.version,
        success_rate=card.success_rate,
        when=card.changed,
        source=card.origin.source,
        trust=card.origin.trust,
    )


def _why(c: _Candidate, said: str) -> str:
    parts = []
    if c.similarity is not None and c.similarity >= (c.keywords.score if c.keywords else 0.0):
        what = "similar task" if c.kind is ItemKind.TRAJECTORY else "meaning"
        parts.append(f"{what} {c.similarity:.2f}")
    if said:
        parts.append(said)
    if c.agreement and c.agreement[0]:
        needed, same, of = c.agreement
        parts.append(f"procedure {' + '.join(needed[:4])}, followed by {same} of the {of} nearest runs")
    return "; ".join(parts) or "related"


def _why_text(card: TrajectoryCard | LessonCard | SkillCard | None) -> str:
    """The text of an item whose words `why` may list as shared with the query."""
    if card is None:
        return ""
    if isinstance(card, TrajectoryCard):
        return card.task
    if isinstance(card, LessonCard):
        return f"{card.title} {card.description} {card.content}"
    return f"{card.name.replace('-', ' ')} {card.description}"


def _said(c: _Candidate, words: set[str]) -> str:
    """The clause of an item's `why` that lists the query's own words it shares (at most six), or "".
    Those words are the caller's, in the caller's order or sorted: nobody else wrote them."""
    shared = list(c.keywords.words) if c.keywords else sorted(words & _words(_why_text(c.card)))
    return "keywords: " + ", ".join(shared[:6]) if shared else ""


def _merge(fresh: list[tuple[str, float]], indexed: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """One dense ranking from fresh and indexed hits, each id once."""
    if not fresh:
        return indexed
    seen = {i for i, _ in fresh}
    return fresh + [h for h in indexed if h[0] not in seen]


def _passes(card: TrajectoryCard, q: Query) -> bool:
    if q.outcome is not None and card.status != q.outcome.value:
        return False
    return all(t in card.tags for t in q.tags)


def _words(text: str) -> set[str]:
    """Content words (no stop words), for the `why` of an item."""
    return set(terms(text, limit=256))


def _item_tokens(item: ExperienceItem) -> int:
    return estimate_tokens(item.model_dump_json(exclude_none=True, exclude_defaults=True))


def _shrink(item: ExperienceItem, budget: int) -> ExperienceItem:
    """Cut an item's summary so that the item fits what is left of the budget, when 40 characters of
    it or more still fit. The item is measured as served (the summary's key, quotes and escapes count
    too), and the cut tightened by what it is still over until it fits."""
    room = len(item.summary)
    while room >= 40:
        cut = item.model_copy(update={"summary": squash(item.summary, room)})
        over = _item_tokens(cut) - budget
        if over <= 0:
            return cut
        room = min(room, len(cut.summary)) - over * 4
    return item
