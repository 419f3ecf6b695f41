"""Settings from ``TEINEI_*`` environment variables, built once.

Tests override them with ``get_settings.cache_clear()`` after setting the environment,
or by passing a ``Settings`` instance explicitly to the part under test.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = REPO_ROOT / "knowledge_corpus"


class Settings(BaseSettings):
    """Runtime configuration. Every field maps to ``TEINEI_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="TEINEI_", extra="ignore")

    data_dir: Path = Path(".teinei")
    corpus_dir: Path = SAMPLE_CORPUS
    default_tenant: str = "default"

    # retrieval
    embeddings: str = "use-multilingual"  # chosen by bench/embedders.py, see bench/README.md
    embeddings_base_url: str | None = None
    embeddings_model: str = "text-embedding-3-small"
    chroma_url: str | None = None

    # storage
    database_url: str | None = None

    # drafting
    llm_backend: str = "template"
    llm_base_url: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_api_key: str | None = Field(
        default=None, validation_alias=AliasChoices("TEINEI_LLM_API_KEY", "OPENAI_API_KEY")
    )
    llm_timeout_s: float = 30.0
    llm_max_retries: int = 2
    local_model: Path | None = None
    llm_context_window: int = 8192
    # The local llama.cpp server's window and threads. Its tokenizer is not tiktoken's, so
    # prompts for it are budgeted with ``local_token_ratio`` (Japanese takes ~2x the tokens).
    local_context: int = 4096
    local_threads: int | None = None
    local_token_ratio: float = 2.0
    llm_max_output_tokens: int = 900
    authority_limit_jpy: int = 30_000

    # HTTP service
    demo_key: str | None = None
    max_body_bytes: int = 256 * 1024
    suggest_concurrency: int = 4
    suggest_queue: int = 32
    suggest_queue_timeout_s: float = 30.0
    suggest_timeout_s: float = 120.0
    log_level: str = "INFO"

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def index_path(self) -> Path:
        return self.data_dir / "index"

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'teinei.db').resolve()}"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
