"""Backends by name: ``TEINEI_LLM_BACKEND`` picks one of :data:`BACKENDS`."""

from __future__ import annotations

from collections.abc import Callable

from app.llm.base import LLMClient, LLMUnavailable
from app.llm.local import LocalLLMClient
from app.llm.openai_client import OpenAICompatibleClient
from app.settings import Settings

BackendFactory = Callable[[Settings], LLMClient]

BACKENDS: dict[str, BackendFactory] = {
    "openai": OpenAICompatibleClient.from_settings,
    "local": LocalLLMClient.from_settings,
}


def register_backend(name: str, factory: BackendFactory) -> None:
    """Make ``factory`` available as ``TEINEI_LLM_BACKEND=name`` (replacing any previous)."""
    BACKENDS[name] = factory


def get_llm(settings: Settings) -> LLMClient:
    """The client for ``settings.llm_backend``.

    Raises:
        LLMUnavailable: The name is not registered, or the backend cannot run here.
    """
    factory = BACKENDS.get(settings.llm_backend)
    if factory is None:
        known = ", ".join(sorted(BACKENDS))
        raise LLMUnavailable(f"unknown LLM backend {settings.llm_backend!r}; known: {known}")
    return factory(settings)
