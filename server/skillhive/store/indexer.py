"""Drains the ledger's outbox into the vector index, in batches, in a background thread.

Every process that writes also indexes. Work is claimed from the outbox in batches (a file lock
on SQLite keeps two processes on one data directory from indexing at once; on PostgreSQL every
replica claims its own batches with SKIP LOCKED). After a crash the outbox still holds what was
not indexed, and the next start (or another replica) drains it. When the vector index is down (a
stopped Chroma server), writes keep being acknowledged, the outbox grows, and the indexer retries
with capped backoff, reusing the vectors it already computed, until the index answers again.
It also stores the served-text verdict of each run it indexes (`Ledger.judge_served`), and after
each pass, a page at a time, of runs left without one of today's filter (`Ledger.refresh_verdicts`):
the rules and the learned second opinion (`safety.learned`), which embeds, with the hive's model when
it is the offline MiniLM the exemplars were embedded with, else with a MiniLM of its own.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable

import numpy as np

from skillhive.errors import EmbeddingRefused, SkillhiveError
from skillhive.safety import SecondOpinion
from skillhive.store.embeddings import Embedder, LocalMiniLM
from skillhive.store.ledger import Ledger
from skillhive.store.records import FORGET, KINDS, OutboxItem
from skillhive.store.vectors import VectorStore

log = logging.getLogger(__name__)
BATCH = 128
FIRST_BACKOFF = 0.5  # seconds before the first retry after a failed pass
MAX_BACKOFF = 10.0  # the longest an index that came back waits for its outbox to drain
GATHER_SECONDS = 0.05  # how long a pass waits for more writes after the first one
VERDICT_PAGE = 200  # runs without a current served-text verdict worked out per pass (~2 ms each, ~10 more embedded)


def second_opinion(embedder: Embedder) -> SecondOpinion:
    """The served-text filter's learned second opinion, through `embedder` when it is the offline MiniLM
    (no second copy of the model), else through a MiniLM of its own, loaded when first needed."""
    model = embedder if isinstance(embedder, LocalMiniLM) else LocalMiniLM()
    return SecondOpinion(model.embed, model.model_id, model.weights)


class Indexer:
    """Outbox → embeddings → vector index. `notify()` after a write; `wait_idle()` to wait for it."""

    def __init__(self, ledger: Ledger, index: VectorStore, embedder: Embedder) -> None:
        self.ledger = ledger
        self.index = index
        self.embedder = embedder
        self.second = second_opinion(embedder)  # the served-text filter's, for the verdicts it stores
        self._cond = threading.Condition()
        self._requested = 0
        self._done = 0
        self._failures = 0  # failed passes so far: a waiting reader gives up at the next one
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._drain_lock = threading.Lock()
        # Vectors of a batch whose write failed, keyed by (id, text): a retry does not re-embed.
        self._computed: dict[tuple[str, str], np.ndarray] = {}
        self._indexed_runs: list[str] = []  # runs of the batch in hand, judged once its claim is committed
        self.last_error: str | None = None
        self.failing_since: float | None = None  # time.monotonic() of the first failure in a row

    def drain(
        self,
        progress: Callable[[int], None] | None = None,
        others_timeout: float = 60.0,
        *,
        yield_to_stop: bool = False,
    ) -> int:
        """Index everything pending; returns how many items this process indexed. Entries another
        process has claimed (a replica on PostgreSQL) are waited for, up to `others_timeout` seconds,
        so that what was pending when this was called is in the index when it returns. With
        `yield_to_stop` (the background thread), `stop()` ends it after the batch in hand: a process
        closing on a large backlog does not wait for all of it (the rest stays queued)."""
        total = 0
        with self._drain_lock:
            while True:
                if yield_to_stop and self._stopping:
                    return total
                with self.ledger.outbox.claim(BATCH) as items:
                    if not items:
                        if others_timeout > 0:
                            self._wait_for_others(others_timeout)
                        return total
                    for item, reason in self._index_isolating(items):
                        log.error(
                            "%s %s of team %s left out of the vector index (found by keywords only; `skillhive"
                            " reindex` tries again): the embedding service refused it: %s",
                            item.kind, item.item_id, item.team, reason,
                        )  # fmt: skip
                # Judged once the claim is committed: a verdict's write waits for the run's row, which a
                # forget may hold while it waits for the outbox rows this claim locks (PostgreSQL).
                self.ledger.judge_served(self._indexed_runs, self.second)
                self._indexed_runs.clear()
                self._computed.clear()
                with self._cond:
                    self._cond.notify_all()
                total += len(items)
                if progress is not None:
                    progress(total)

    def _index_isolating(self, items: list[OutboxItem]) -> list[tuple[OutboxItem, str]]:
        """Index the items; an item the embedding service refuses (its text, not the service) must not
        hold up every other: the batch is halved until the refused ones stand alone, and those are
        returned with the reason. Any other failure raises, and the whole batch is tried again later."""
        try:
            self._index(items)
            return []
        except EmbeddingRefused as exc:
            if len(items) == 1:
                return [(items[0], str(exc))]
            half = len(items) // 2
            return self._index_isolating(items[:half]) + self._index_isolating(items[half:])

    def _index(self, items: list[OutboxItem]) -> None:
        texts = self.ledger.outbox.texts(items)
        # id → text per (team, kind): an item queued twice (an audit beside a backlog) is written once,
        # as Chroma refuses a batch that names an id twice.
        groups: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        forgotten: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
        for item in items:
            if item.kind.startswith(FORGET):  # forgotten on request: out of the index too
                forgotten[(item.team, item.kind.removeprefix(FORGET))][item.item_id] = None
                continue
            found = texts.get(item.item_id)
            if found is not None:
                team, text = found
                groups[(team, item.kind)][item.item_id] = text
        for (team, kind), by_id in groups.items():
            pairs = list(by_id.items())
            self.index.upsert(team, kind, [i for i, _ in pairs], self._vectors(pairs))
        self._indexed_runs += [i for (_, kind), by_id in groups.items() if kind == "trajectory" for i in by_id]
        for (team, kind), gone in forgotten.items():
            self.index.delete(team, kind, list(gone))

    def _wait_for_others(self, timeout: float) -> None:
        """Wait while entries claimed by other processes are still in the outbox."""
        seqs = [i.seq for i in self.ledger.outbox.pending(1_000_000)]
        deadline = time.monotonic() + timeout
        while seqs and self.ledger.outbox.still_pending(seqs):
            if time.monotonic() > deadline:
                log.warning("entries claimed by another process are still being indexed after %.0f s", timeout)
                return
            time.sleep(0.05)

    def audit(self) -> int:
        """Queue what the vector index lacks though the ledger holds it (a deleted, replaced or restored
        index folder, a Chroma server that came back empty); returns how many items. Cheap when the
        counts agree: one count per team and kind."""
        queued = 0
        for team in self.ledger.teams():
            for kind in KINDS:
                stored = self.ledger.count_documents(kind, team)
                if self.index.count(team, kind) + self.ledger.outbox.count_of(kind, team) >= stored:
                    continue
                waiting = self.ledger.outbox.queued_ids(kind, team)
                wanted = [i for i in self.ledger.indexable_ids(kind, team) if i not in waiting]
                missing = self.index.missing(team, kind, wanted)
                if missing:
                    log.warning(
                        "the vector index lacks %d %ss of team %s: indexing them again", len(missing), kind, team
                    )
                    queued += self.ledger.outbox.requeue(kind, team, missing)
        return queued

    def _vectors(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """Embeddings for (id, text) pairs, computing only those a failed attempt did not keep."""
        todo = [p for p in pairs if p not in self._computed]
        if todo:
            fresh = np.asarray(self.embedder.embed([t for _, t in todo]), dtype=np.float32)
            if len(self._computed) > 4 * BATCH:
                self._computed.clear()
            self._computed.update(zip(todo, fresh, strict=True))
        return np.stack([self._computed[p] for p in pairs])

    # -- background ----------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="skillhive-indexer", daemon=True)
            self._thread.start()
            self.notify()  # catch up with whatever a previous process left in the outbox

    def notify(self) -> None:
        with self._cond:
            self._requested += 1
            self._cond.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every entry pending now is indexed, by this process or another; False if time
        runs out or this process's indexing fails meanwhile."""
        seqs = [i.seq for i in self.ledger.outbox.pending(1_000_000)]
        deadline = time.monotonic() + timeout
        with self._cond:
            failures = self._failures
        while self.ledger.outbox.still_pending(seqs):
            left = deadline - time.monotonic()
            if left <= 0 or self._stopping:
                return False
            self.notify()
            with self._cond:
                self._cond.wait_for(lambda: self._failures > failures or self._stopping, min(left, 0.05))
                if self._failures > failures:
                    return False
        return True

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def _run(self) -> None:
        backoff = FIRST_BACKOFF
        audited = False
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._requested > self._done or self._stopping)
                # Gather what else arrives for a moment: one batch of many writes costs one embedding
                # call, one index write and one commit instead of one each. Nobody waits on this: a
                # caller's own unindexed runs are scored at query time.
                self._cond.wait_for(lambda: self._stopping, GATHER_SECONDS)
                if self._stopping:
                    return
                target = self._requested
            try:
                if not audited:  # once per start, off the request path: is anything missing from the index?
                    self.audit()
                    audited = True
                self.drain(others_timeout=0.0, yield_to_stop=True)  # another replica finishes its own claims
                if not self._stopping and self.ledger.refresh_verdicts(VERDICT_PAGE, self.second) == VERDICT_PAGE:
                    self.notify()  # more to do: a page a pass, so that new writes come first again
            except Exception as exc:  # the thread must outlive any failure: the outbox keeps the work
                if self.last_error is None:
                    self.failing_since = time.monotonic()
                self.last_error = str(exc)
                if isinstance(exc, SkillhiveError | OSError):
                    log.warning("indexing failed, will retry in %.1fs: %s", backoff, exc)
                else:
                    log.exception("indexing failed unexpectedly, will retry in %.1fs", backoff)
                with self._cond:  # new writes do not cut the backoff short; stopping does
                    self._failures += 1
                    self._cond.notify_all()
                    self._cond.wait_for(lambda: self._stopping, backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            if self.last_error is not None:
                log.warning("indexing recovered after %.1fs", time.monotonic() - (self.failing_since or 0.0))
            self.last_error, self.failing_since = None, None
            backoff = FIRST_BACKOFF
            with self._cond:
                self._done = max(self._done, target)
                self._cond.notify_all()
