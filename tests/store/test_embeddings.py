"""The embedding layer: the real offline model, and OpenAIEmbedder against a fake server on 127.0.0.1."""

from __future__ import annotations

import base64
import logging
import os
import socket
import struct
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import openai
import pytest
from pydantic import BaseModel

from fakes.openai_server import FakeOpenAI, Raw, vector_for
from skillhive.config import Settings
from skillhive.errors import ConfigError, EmbeddingError
from skillhive.store.embeddings import (
    MINILM_DIM,
    TOKENIZER_PATH,
    Embedder,
    LocalMiniLM,
    OpenAIEmbedder,
    make_embedder,
)

SERVER_SRC = Path(__file__).resolve().parents[2] / "server"


def _unit_rows(vectors: np.ndarray) -> bool:
    return bool(np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5))


# -- the offline model -------------------------------------------------------------------------


def test_local_vectors_are_unit_length_float32_rows_of_384(embedder: LocalMiniLM) -> None:
    vectors = embedder.embed(["pytest cannot import module", "docker build runs out of disk"])
    assert isinstance(embedder, Embedder)
    assert vectors.shape == (2, MINILM_DIM) and vectors.dtype == np.float32
    assert _unit_rows(vectors)
    assert embedder.model_id == "local:all-MiniLM-L6-v2-int8"


def test_empty_input_gives_an_empty_matrix_of_the_right_width(embedder: LocalMiniLM) -> None:
    assert embedder.embed([]).shape == (0, MINILM_DIM)


def test_a_single_string_is_refused_instead_of_embedded_letter_by_letter(embedder: LocalMiniLM) -> None:
    with pytest.raises(TypeError, match="not one string"):
        embedder.embed("a query")


def test_order_is_kept_when_texts_are_sorted_by_length_into_batches(embedder: LocalMiniLM) -> None:
    texts = [" ".join(["word"] * n) + f" item {n}" for n in (40, 1, 17, 3, 60, 0, 25, 8, 2, 33)]
    batched = LocalMiniLM(batch_size=3).embed(texts)
    singles = np.vstack([embedder.embed([t]) for t in texts])
    assert np.allclose(batched, singles, atol=1e-4)
    assert (batched @ singles.T).argmax(axis=1).tolist() == list(range(len(texts)))


def test_threads_racing_to_the_first_embed_load_the_model_once(
    embedder: LocalMiniLM, caplog: pytest.LogCaptureFixture
) -> None:
    fresh = LocalMiniLM()
    texts = [f"query number {i} about flaky tests" for i in range(8)]
    caplog.set_level(logging.INFO, logger="skillhive.store.embeddings")
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda t: fresh.embed([t]), texts))
    assert len([r for r in caplog.records if r.getMessage().startswith("loaded ")]) == 1
    assert np.allclose(np.vstack(results), embedder.embed(texts), atol=1e-5)


def test_paraphrases_score_closer_than_unrelated_text(embedder: LocalMiniLM) -> None:
    query, paraphrase, unrelated = embedder.embed(
        [
            "How do I fix a failing pytest import error",
            "pytest cannot import module",
            "recipe for banana bread",
        ]
    )
    assert query @ paraphrase > 0.6
    assert query @ paraphrase > query @ unrelated + 0.4


def test_a_5000_word_text_is_truncated_to_the_model_window_not_refused(embedder: LocalMiniLM) -> None:
    head = "the deployment failed because the database migration timed out. "
    long_text = head + " ".join(f"filler{i % 50}" for i in range(5000))
    first_300_words = " ".join(long_text.split()[:300])  # already past 256 word pieces
    vectors = embedder.embed([long_text, first_300_words, head])
    assert vectors.shape == (3, MINILM_DIM) and _unit_rows(vectors) and np.isfinite(vectors).all()
    assert np.allclose(vectors[0], vectors[1], atol=1e-5)  # only the first 256 word pieces count
    assert vectors[0] @ vectors[2] < 0.99


def test_a_model_file_with_the_wrong_hash_is_refused_before_loading(tmp_path: Path) -> None:
    fake_model = tmp_path / "model.onnx"
    fake_model.write_bytes(b"not an onnx model")
    model = LocalMiniLM(fake_model)
    with pytest.raises(EmbeddingError, match=r"embedding model .*model\.onnx has sha256 [0-9a-f]{64}, expected"):
        model.embed(["anything"])


def test_a_tokenizer_with_the_wrong_hash_is_refused(tmp_path: Path) -> None:
    tampered = tmp_path / "tokenizer.json"
    tampered.write_bytes(TOKENIZER_PATH.read_bytes() + b" ")
    with pytest.raises(EmbeddingError, match=r"tokenizer .* has sha256"):
        LocalMiniLM(tokenizer_path=tampered).load()


def test_a_missing_model_file_is_an_embedding_error(tmp_path: Path) -> None:
    with pytest.raises(EmbeddingError, match="cannot read the embedding model"):
        LocalMiniLM(tmp_path / "absent.onnx").embed(["anything"])


def test_importing_the_module_loads_neither_the_model_runtime_nor_numpy() -> None:
    code = (
        "import sys, skillhive.store.embeddings as e; e.make_embedder;"
        "print(sorted(m for m in ('numpy', 'onnxruntime', 'tokenizers', 'openai') if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(SERVER_SRC)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- choosing the provider ---------------------------------------------------------------------


def test_the_default_settings_choose_the_offline_model(tmp_path: Path) -> None:
    assert isinstance(make_embedder(Settings(data_dir=tmp_path)), LocalMiniLM)


def test_the_openai_provider_without_url_or_key_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="SKILLHIVE_EMBEDDING_BASE_URL"):
        make_embedder(Settings(data_dir=tmp_path, embedding_provider="openai"))


def test_the_openai_provider_takes_model_url_and_size_from_settings(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        embedding_provider="openai",
        embedding_base_url="http://127.0.0.1:9/v1",
        embedding_model="nomic-embed",
        embedding_dimensions=256,
    )
    chosen = make_embedder(settings)
    assert isinstance(chosen, OpenAIEmbedder)
    assert chosen.model_id == "openai:nomic-embed:256" and chosen.dim == 256
    assert chosen.endpoint == "http://127.0.0.1:9/v1/embeddings"


# -- an OpenAI-compatible endpoint -------------------------------------------------------------


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI(dim=48, api_key="sk-test") as server:
        yield server


@pytest.fixture
def remote(fake: FakeOpenAI) -> Iterator[OpenAIEmbedder]:
    emb = OpenAIEmbedder(model="text-embedding-3-small", base_url=fake.base_url, api_key="sk-test", max_retries=0)
    yield emb
    emb.close()


def test_remote_vectors_are_normalised_and_keep_the_input_order(fake: FakeOpenAI, remote: OpenAIEmbedder) -> None:
    texts = ["alpha", "beta", "gamma"]
    vectors = remote.embed(texts)
    expected = np.array([vector_for(t, 48) for t in texts], dtype=np.float32)
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    assert vectors.shape == (3, 48) and vectors.dtype == np.float32 and _unit_rows(vectors)
    assert np.allclose(vectors, expected, atol=1e-6)
    assert fake.embeddings.requests[0]["encoding_format"] == "float"
    assert isinstance(remote, Embedder) and remote.model_id == "openai:text-embedding-3-small"


def test_300_inputs_go_out_in_two_requests_of_at_most_256(fake: FakeOpenAI, remote: OpenAIEmbedder) -> None:
    vectors = remote.embed([f"text {i}" for i in range(300)])
    assert vectors.shape == (300, 48)
    assert fake.embeddings.calls == 2
    assert [len(r["input"]) for r in fake.embeddings.requests] == [256, 44]
    assert fake.embeddings.prompt_tokens == 600


def test_the_vector_size_is_learnt_from_the_first_answer(fake: FakeOpenAI, remote: OpenAIEmbedder) -> None:
    assert remote.dim == 48
    assert remote.dim == 48
    assert fake.embeddings.calls == 1
    assert remote.embed([]).shape == (0, 48)


def test_requested_dimensions_are_sent_and_need_no_probe(fake: FakeOpenAI) -> None:
    emb = OpenAIEmbedder(model="m", base_url=fake.base_url, api_key="sk-test", dimensions=16, max_retries=0)
    assert emb.dim == 16 and fake.embeddings.calls == 0
    assert emb.embed(["one"]).shape == (1, 16)
    assert fake.embeddings.requests[0]["dimensions"] == 16
    emb.close()


def test_a_server_error_becomes_an_embedding_error_naming_the_endpoint(
    fake: FakeOpenAI, remote: OpenAIEmbedder
) -> None:
    fake.set_script("embeddings", [500])
    with pytest.raises(EmbeddingError, match=rf"^{fake.base_url}/embeddings: HTTP 500: ") as info:
        remote.embed(["x"])
    assert "\n" not in str(info.value)


def test_a_wrong_api_key_becomes_an_embedding_error(fake: FakeOpenAI) -> None:
    emb = OpenAIEmbedder(model="m", base_url=fake.base_url, api_key="sk-wrong", max_retries=0)
    with pytest.raises(EmbeddingError, match="HTTP 401"):
        emb.embed(["x"])
    emb.close()


def test_an_unreachable_endpoint_becomes_an_embedding_error_naming_it() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    emb = OpenAIEmbedder(model="m", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0, timeout=5)
    with pytest.raises(EmbeddingError, match=rf"127\.0\.0\.1:{port}/v1/embeddings: APIConnectionError"):
        emb.embed(["x"])
    emb.close()


def test_a_server_that_answers_base64_anyway_is_still_understood(fake: FakeOpenAI, remote: OpenAIEmbedder) -> None:
    def base64_answer(request: dict[str, Any]) -> dict[str, Any]:
        packed = [base64.b64encode(struct.pack("<3f", 3.0, 0.0, 4.0)).decode() for _ in request["input"]]
        return {
            "object": "list",
            "model": "m",
            "data": [{"object": "embedding", "index": i, "embedding": p} for i, p in enumerate(packed)],
        }

    fake.set_script("embeddings", base64_answer)
    assert np.allclose(remote.embed(["a", "b"]), [[0.6, 0.0, 0.8]] * 2)


def test_too_few_vectors_in_an_answer_is_an_embedding_error(fake: FakeOpenAI, remote: OpenAIEmbedder) -> None:
    fake.set_script("embeddings", [[[1.0, 2.0]]])
    with pytest.raises(EmbeddingError, match="sent 2 texts, got 1 vectors"):
        remote.embed(["a", "b"])


# -- the fake server itself, through the real openai client ------------------------------------


def test_the_fake_serves_base64_embeddings_that_the_openai_client_decodes(fake: FakeOpenAI) -> None:
    with fake.client() as client:
        answer = client.embeddings.create(input=["hello"], model="m")  # the client asks for base64
    assert fake.embeddings.requests[0]["encoding_format"] == "base64"
    assert np.allclose(answer.data[0].embedding, vector_for("hello", 48), atol=1e-6)


def test_the_fake_answers_chat_from_a_list_then_errors_and_counts_tokens(fake: FakeOpenAI) -> None:
    fake.set_script("chat", ["first answer", 429, Raw("<html>oops</html>", status=502), "{not json"])
    messages = [{"role": "user", "content": "Summarise the run, please."}]
    with fake.client() as client:
        first = client.chat.completions.create(model="m", messages=messages)
        assert first.choices[0].message.content == "first answer"
        assert first.usage is not None and first.usage.prompt_tokens == 6 and first.usage.completion_tokens == 2
        with pytest.raises(openai.RateLimitError):
            client.chat.completions.create(model="m", messages=messages)
        with pytest.raises(openai.APIStatusError) as bad_gateway:
            client.chat.completions.create(model="m", messages=messages)
        assert bad_gateway.value.status_code == 502
        garbage = client.chat.completions.create(model="m", messages=messages)
        assert garbage.choices[0].message.content == "{not json"
        with pytest.raises(openai.InternalServerError):  # the script ran out
            client.chat.completions.create(model="m", messages=messages)
    assert fake.chat.calls == 5 and len(fake.chat.requests) == 5
    assert (fake.chat.prompt_tokens, fake.chat.completion_tokens) == (12, 2 + 3)


class _Verdict(BaseModel):
    keep: bool
    reason: str


def test_a_callable_chat_script_sees_the_request_and_feeds_structured_parsing(fake: FakeOpenAI) -> None:
    seen: list[dict[str, Any]] = []

    def judge(request: dict[str, Any]) -> str:
        seen.append(request)
        return '{"keep": true, "reason": "works"}'

    fake.set_script("chat", judge)
    with fake.client() as client:
        parsed = client.chat.completions.parse(
            model="m", messages=[{"role": "user", "content": "Keep it?"}], response_format=_Verdict
        )
    assert parsed.choices[0].message.parsed == _Verdict(keep=True, reason="works")
    assert seen[0]["response_format"]["type"] == "json_schema"
    assert fake.chat.requests == seen
