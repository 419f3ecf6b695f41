"""Shared fixtures: an isolated data dir and settings for every test that asks for them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.settings import SAMPLE_CORPUS, Settings, get_settings


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Settings pointing at a fresh data dir, also returned by ``get_settings()``."""
    monkeypatch.setenv("TEINEI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TEINEI_EMBEDDINGS", "fake")
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def sample_corpus_dir() -> Path:
    return SAMPLE_CORPUS
