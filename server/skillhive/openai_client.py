"""Creating an `openai.OpenAI` client, shared by the embedding provider and the evolver's model."""

from __future__ import annotations

import contextlib
from typing import Any


def new_openai_client(**kwargs: Any) -> Any:
    """An `openai.OpenAI(**kwargs)`; openai is imported here, on first use (it takes ~1 s).

    openai probes `sys.modules["httpx"]` on every request; if another thread (chromadb's import)
    is half-way through importing httpx, that probe raises AttributeError. Importing httpx fully
    first closes the race.
    """
    with contextlib.suppress(ImportError):
        import httpx  # noqa: F401
    from openai import OpenAI

    return OpenAI(**kwargs)
