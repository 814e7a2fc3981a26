"""An OpenAI-compatible HTTP server on 127.0.0.1 for tests: POST /v1/embeddings and /v1/chat/completions.

    with FakeOpenAI(chat=["first answer", 500, '{"not json']) as fake:
        client = fake.client()                     # a real openai.OpenAI, max_retries=0
        ...
        assert fake.chat.calls == 3 and fake.chat.prompt_tokens > 0

A script is a list of answers (used in order; past its end every call gets a 500) or a callable
that receives the request JSON and returns an answer. An answer is:
  - str      chat: the assistant's content, wrapped into a chat.completion with usage counted
  - int      an HTTP error with that status and an OpenAI-style error body
  - dict     the response body, sent verbatim with status 200
  - list     embeddings: the vectors, one per input text
  - Raw      any status, body and headers (an HTML error page, a truncated body)
  - None     embeddings: the default vectors; chat: a 500 (nothing scripted)
Default embeddings are deterministic and deliberately not unit length: `vector_for(text, dim)`,
sent as floats or base64 float32 as the request's `encoding_format` asks.

Each endpoint keeps an `EndpointLog` (`fake.chat`, `fake.embeddings`): calls, the request
bodies, and the prompt/completion tokens of the answers it gave (errors count no tokens).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import random
import re
import struct
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

log = logging.getLogger(__name__)

Endpoint = Literal["chat", "embeddings"]


@dataclass
class Raw:
    """An answer sent exactly as given."""

    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


Answer = str | int | dict[str, Any] | list[list[float]] | Raw | None
Script = Sequence[Answer] | Callable[[dict[str, Any]], Answer]


@dataclass
class EndpointLog:
    """What one endpoint was asked and what it billed."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: list[dict[str, Any]] = field(default_factory=list)


_TOKEN = re.compile(r"\w+|[^\w\s]")


def count_tokens(text: str) -> int:
    """A deterministic stand-in for a tokenizer: words and punctuation marks."""
    return len(_TOKEN.findall(text))


def vector_for(text: str, dim: int) -> list[float]:
    """The default embedding of `text`: Gaussian noise seeded by its sha256 (not normalised)."""
    rng = random.Random(hashlib.sha256(text.encode()).digest())
    return [rng.gauss(0.0, 1.0) for _ in range(dim)]


def _message_text(messages: Any) -> str:
    parts: list[str] = []
    for message in messages if isinstance(messages, list) else []:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return "\n".join(parts)


def _error(status: int, message: str) -> tuple[int, bytes, dict[str, str]]:
    kind = {400: "invalid_request_error", 401: "authentication_error", 429: "rate_limit_error"}
    body = {"error": {"message": message, "type": kind.get(status, "server_error"), "param": None, "code": None}}
    return status, json.dumps(body).encode(), {"retry-after-ms": "1"}  # retrying clients need not wait


class FakeOpenAI:
    """The fake server; a context manager that starts it on a free port and stops it on exit."""

    def __init__(
        self,
        *,
        chat: Script | None = None,
        embeddings: Script | None = None,
        dim: int = 64,
        api_key: str | None = None,
    ) -> None:
        self.dim = dim
        self.api_key = api_key
        self.chat = EndpointLog()
        self.embeddings = EndpointLog()
        self._scripts: dict[Endpoint, Script | None] = {"chat": chat, "embeddings": embeddings}
        self._cursor: dict[Endpoint, int] = {"chat": 0, "embeddings": 0}
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> FakeOpenAI:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        server.fake = self  # type: ignore[attr-defined]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "the fake server is not running"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def client(self, **kwargs: Any) -> Any:
        """A real `openai.OpenAI` pointed here (max_retries=0 unless given); close it after use."""
        from openai import OpenAI

        kwargs.setdefault("max_retries", 0)
        return OpenAI(base_url=self.base_url, api_key=self.api_key or "test-key", **kwargs)

    def set_script(self, endpoint: Endpoint, script: Script | None) -> None:
        """Replace an endpoint's script; a list starts again from its first answer."""
        with self._lock:
            self._scripts[endpoint] = script
            self._cursor[endpoint] = 0

    # -- answering ------------------------------------------------------------------------------
    def _next_answer(self, endpoint: Endpoint, request: dict[str, Any]) -> Answer:
        script = self._scripts[endpoint]
        if script is None:
            return None
        if callable(script):
            return script(request)
        position = self._cursor[endpoint]
        self._cursor[endpoint] += 1
        return script[position] if position < len(script) else 500

    def handle(self, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, bytes, dict[str, str]]:
        """Answer one POST: (status, body, headers)."""
        route = path.split("?", 1)[0].rstrip("/").removeprefix("/v1")
        endpoint: Endpoint | None = {"/chat/completions": "chat", "/embeddings": "embeddings"}.get(route)  # type: ignore[assignment]
        if endpoint is None:
            return _error(404, f"no route {path}")
        if self.api_key and headers.get("authorization") != f"Bearer {self.api_key}":
            return _error(401, "invalid api key")
        try:
            request = json.loads(raw)
        except ValueError:
            return _error(400, "request body is not JSON")
        if not isinstance(request, dict):
            return _error(400, "request body is not a JSON object")
        with self._lock:
            stats = self.chat if endpoint == "chat" else self.embeddings
            stats.calls += 1
            stats.requests.append(request)
            try:
                answer = self._next_answer(endpoint, request)
            except Exception as exc:  # a broken script is a test bug: show it
                return _error(500, f"script raised {exc!r}")
            status, body, extra = self._render(endpoint, request, answer)
            if status == 200:
                usage = json.loads(body).get("usage") if not isinstance(answer, Raw) else None
                if isinstance(usage, dict):
                    stats.prompt_tokens += int(usage.get("prompt_tokens") or 0)
                    stats.completion_tokens += int(usage.get("completion_tokens") or 0)
            return status, body, extra

    def _render(self, endpoint: Endpoint, request: dict[str, Any], answer: Answer) -> tuple[int, bytes, dict[str, str]]:
        if isinstance(answer, Raw):
            body = answer.body.encode() if isinstance(answer.body, str) else answer.body
            return answer.status, body, answer.headers
        if isinstance(answer, bool) or not isinstance(answer, int | str | dict | list | None):
            return _error(500, f"the script gave an unusable answer: {answer!r}")
        if isinstance(answer, int):
            return _error(answer, f"scripted error {answer}")
        if isinstance(answer, dict):
            return 200, json.dumps(answer).encode(), {}
        if endpoint == "chat":
            if request.get("stream"):
                return _error(400, "the fake does not stream")
            if not isinstance(answer, str):
                return _error(500, "nothing scripted for chat/completions")
            return 200, json.dumps(self._completion(request, answer)).encode(), {}
        return self._embeddings(request, answer)

    def _completion(self, request: dict[str, Any], content: str) -> dict[str, Any]:
        prompt, completion = count_tokens(_message_text(request.get("messages"))), count_tokens(content)
        return {
            "id": f"chatcmpl-fake-{self.chat.calls}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.get("model", "fake"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": None},
                    "finish_reason": "stop",
                    "logprobs": None,
                }
            ],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }

    def _embeddings(self, request: dict[str, Any], answer: Answer) -> tuple[int, bytes, dict[str, str]]:
        texts = request.get("input")
        texts = [texts] if isinstance(texts, str) else texts
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            return _error(400, "input must be a string or a non-empty list of strings")
        dim = int(request.get("dimensions") or self.dim)
        vectors = answer if isinstance(answer, list) else [vector_for(t, dim) for t in texts]
        as_base64 = request.get("encoding_format") == "base64"
        data = [
            {
                "object": "embedding",
                "index": i,
                "embedding": base64.b64encode(struct.pack(f"<{len(v)}f", *v)).decode() if as_base64 else v,
            }
            for i, v in enumerate(vectors)
        ]
        tokens = sum(count_tokens(t) for t in texts)
        body = {
            "object": "list",
            "data": data,
            "model": request.get("model", "fake"),
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
        return 200, json.dumps(body).encode(), {}


class _Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fake: FakeOpenAI = self.server.fake  # type: ignore[attr-defined]
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, body, extra = fake.handle(self.path, headers, raw)
        self._send(status, body, extra)

    def do_GET(self) -> None:
        self._send(*_error(404, f"no route GET {self.path}"))

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        if not any(k.lower() == "content-type" for k in headers):
            self.send_header("Content-Type", "application/json")
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("fake openai: " + format, *args)
