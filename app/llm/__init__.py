"""LLM clients behind one small interface, found by backend name."""

from app.llm.base import (
    AsyncLLMStream,
    LLMBadOutput,
    LLMClient,
    LLMError,
    LLMRequest,
    LLMResponse,
    LLMStream,
    LLMTimeout,
    LLMUnavailable,
    Message,
    Usage,
    parse_json_output,
)
from app.llm.local import LocalLlamaServer, LocalLLMClient
from app.llm.openai_client import OpenAICompatibleClient, RetryPolicy
from app.llm.registry import BACKENDS, get_llm, register_backend

__all__ = [
    "BACKENDS",
    "AsyncLLMStream",
    "LLMBadOutput",
    "LLMClient",
    "LLMError",
    "LLMRequest",
    "LLMResponse",
    "LLMStream",
    "LLMTimeout",
    "LLMUnavailable",
    "LocalLLMClient",
    "LocalLlamaServer",
    "Message",
    "OpenAICompatibleClient",
    "RetryPolicy",
    "Usage",
    "get_llm",
    "parse_json_output",
    "register_backend",
]
