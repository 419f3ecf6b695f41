"""Drafters by backend name: ``TEINEI_LLM_BACKEND`` picks one of :data:`DRAFTERS`."""

from __future__ import annotations

from collections.abc import Callable

from app.drafting.base import Drafter
from app.drafting.llm import LLMDrafter
from app.drafting.template import TemplateDrafter
from app.settings import Settings


def _llm_drafter(settings: Settings) -> Drafter:
    from app.llm.registry import get_llm

    window = settings.llm_context_window
    if settings.llm_backend == "local":
        # The prompt must fit the local server's own window, counted by its own tokenizer.
        window = int(min(window, settings.local_context) / settings.local_token_ratio)
    return LLMDrafter(
        get_llm(settings),
        context_window=window,
        max_output_tokens=min(settings.llm_max_output_tokens, window // 3),
    )


DRAFTERS: dict[str, Callable[[Settings], Drafter]] = {
    "template": lambda _settings: TemplateDrafter(),
    "openai": _llm_drafter,
    "local": _llm_drafter,
}


def get_drafter(settings: Settings) -> Drafter:
    """The drafter for ``settings.llm_backend``; an unknown name is a ``ValueError``."""
    factory = DRAFTERS.get(settings.llm_backend)
    if factory is None:
        raise ValueError(
            f"unknown TEINEI_LLM_BACKEND {settings.llm_backend!r}; use one of {', '.join(DRAFTERS)}"
        )
    return factory(settings)
