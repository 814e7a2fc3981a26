"""The served-text filter's learned second opinion: a text the rules pass is withheld when it names an
automated reader (`machine_reader`) and the labelled injection exemplars nearest it in meaning are mostly
attacks (a cosine-weighted vote of its k nearest, on the offline MiniLM embedding).

The exemplars (`data/injection_exemplars.npz`: float16 embeddings, labels, k, threshold, and the model
weights they were embedded with) are built by `bench/build_injection_exemplars.py` from the labelled
injection corpora, k and threshold chosen by leave-one-corpus-out over them for about 2% false positives.
Measured held out (bench/RESULTS.md): on corpus13 the rules alone withhold 53/121 attacks at 9/140 ordinary
texts, with this opinion 58/121 at 9/140. It costs one embedding (~15 ms) per
text the gate lets through, so it is worked out when a run is indexed and stored with the run's verdict,
never at retrieve. Nothing here loads a model: the caller hands in the embedder's `embed`.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillhive.safety.reading import normalise

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

log = logging.getLogger(__name__)

EXEMPLARS_PATH = Path(__file__).parent / "data" / "injection_exemplars.npz"
FLAG = "prompt-injection/like-known-attacks"  # "[withheld: reads like prompt-injection/like-known-attacks]"
COOL_OFF_SECONDS = 600.0  # after a failed embedding the second opinion rests this long (the rules still run)

# A machine that reads the text, named or addressed, in the corpora's languages; written before corpus10
# was read (bench/injection_semantic.py). Matched on `normalise(text, latin=False)`.
MACHINE_READER = re.compile(
    r"\b(?:ai|a\.i\.|llms?|gpt\w*|claude|gemini|copilot|chatbots?|bots?|agent(?:s|ic)?|assistants?|"
    r"language\s+models?|models?|automat\w*|autonomous|crawlers?|scrapers?|summari[sz]\w*|pipelines?|"
    r"(?:whoever|anyone|anything|any\s+\w+)\s+(?:is\s+)?(?:reading|processing|parsing|summari[sz]ing|ingesting)|"
    r"if\s+you\s+are\s+an?\s+\w+|"
    r"ki|ia|künstliche|assistent\w*|asistente\w*|assistente\w*|agente?n?|agenten|modell\w*|modèles?|modelo\w*|"
    r"modello|automatisch\w*|automatis\w*|automatiz\w*|automatic\w*|automatyczn\w*|asystent\w*|"
    r"ии|ассистент\w*|агент\w*|бот\w*|модел\w*|нейросет\w*)\b"
    r"|エージェント|アシスタント|ボット|モデル|人工知能|自動|助手|代理|智能体|机器人|模型|에이전트|어시스턴트|봇|모델",
)

Embed = Callable[[Sequence[str]], "NDArray[np.float32]"]


def machine_reader(text: str) -> bool:
    """Whether the text names an automated reader (an AI, an agent, a model, a bot, a pipeline, ...)."""
    return MACHINE_READER.search(normalise(text, latin=False)) is not None


def knn_vote(queries: NDArray[Any], vectors: NDArray[Any], labels: NDArray[Any], k: int) -> NDArray[np.float64]:
    """The attack share of the cosine similarity of each query's k nearest exemplars (unit rows)."""
    import numpy as np

    k = min(k, len(vectors))
    sims = np.asarray(queries, dtype=np.float64) @ np.asarray(vectors, dtype=np.float64).T
    near = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    weight = np.clip(np.take_along_axis(sims, near, axis=1), 1e-6, None)
    return np.asarray((weight * labels[near]).sum(axis=1) / weight.sum(axis=1), dtype=np.float64)


@dataclass(frozen=True)
class Exemplars:
    """The shipped labelled exemplars and the setting chosen for them."""

    vectors: NDArray[np.float32]
    labels: NDArray[np.float64]
    k: int
    threshold: float
    model_id: str  # the embedder they were embedded with (`Embedder.model_id`)
    weights: str  # its model and tokenizer files' sha256, "model:tokenizer"
    corpora: tuple[str, ...]  # the labelled corpora they are, by name

    def attack(self, vectors: NDArray[Any]) -> list[bool]:
        """Whether each embedded text's nearest exemplars vote it an attack."""
        return [bool(s > self.threshold) for s in knn_vote(vectors, self.vectors, self.labels, self.k)]


@cache
def exemplars(path: Path = EXEMPLARS_PATH) -> Exemplars:
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        return Exemplars(
            vectors=data["vectors"].astype(np.float32),
            labels=data["labels"].astype(np.float64),
            k=int(data["k"]),
            threshold=float(data["threshold"]),
            model_id=str(data["model_id"]),
            weights=str(data["weights"]),
            corpora=tuple(str(c) for c in data["corpora"]),
        )


def fingerprint(rules: str, data: bytes | None = None) -> str:
    """What a verdict with the second opinion depends on: the rules' fingerprint (this module's source
    is part of it) and the exemplar file, which names the model weights it was embedded with."""
    if data is None:
        try:
            data = EXEMPLARS_PATH.read_bytes()
        except OSError:  # a broken install: the second opinion will fail, and say so, when it is asked
            data = b"missing"
    # lower-case letters and digits only, as `RULES` is: the ledger selects stale verdicts by ranges between
    # the two, and on such strings every collation (PostgreSQL's ICU or glibc "en", SQLite's bytes) agrees
    return "l" + hashlib.sha256(rules.encode() + b"\0" + data).hexdigest()[:15]


class SecondOpinion:
    """The learned opinion on texts the rules pass, through `embed` (an embedder of the exemplars' model).
    When embedding fails it says so in the log and rests for `COOL_OFF_SECONDS` (`available` is False):
    the caller falls back to the rules' verdict meanwhile, and never fails for it."""

    def __init__(self, embed: Embed, model_id: str, weights: str, *, data: Exemplars | None = None) -> None:
        self._embed = embed
        self.model_id, self.weights = model_id, weights  # the embedder's: must be the exemplars'
        self._data = data
        self._resting_until = 0.0

    @property
    def available(self) -> bool:
        return time.monotonic() >= self._resting_until

    def attacks(self, texts: Sequence[str]) -> list[bool] | None:
        """Whether each text (one the rules pass) is withheld on the second opinion; None when it cannot be
        worked out now (the embedder failed, or is resting after a failure)."""
        if not self.available:
            return None
        gated = [i for i, text in enumerate(texts) if machine_reader(text)]
        out = [False] * len(texts)
        if not gated:
            return out
        try:
            data = self._data or exemplars()
            if (self.model_id, self.weights) != (data.model_id, data.weights):
                raise ValueError(f"the exemplars were embedded by {data.model_id} ({data.weights}), not this model")
            flags = data.attack(self._embed([texts[i] for i in gated]))
        except Exception as exc:  # any failure of the model or its file: the rules still stand
            self._resting_until = time.monotonic() + COOL_OFF_SECONDS
            log.warning(
                "the served-text filter's second opinion failed (rules alone for %.0f s): %s: %s",
                COOL_OFF_SECONDS, type(exc).__name__, exc,
            )  # fmt: skip
            return None
        for i, flag in zip(gated, flags, strict=True):
            out[i] = flag
        return out
