"""Retrieval never reaches the network: ingest and search pass with every non-loopback
connection refused (Chroma telemetry and default embedding model included)."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from _retrieval_corpus import write_corpus

from app.settings import Settings
from retrieval import HybridSearcher, ingest

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def _host(address: Any) -> str | None:
    if isinstance(address, tuple) and address:
        return str(address[0])
    return None  # AF_UNIX paths and the like stay on the machine


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_create = socket.create_connection

    def guard(address: Any) -> None:
        host = _host(address)
        if host is not None and host not in LOOPBACK:
            attempts.append(host)
            raise OSError(f"network access refused in tests: {address!r}")

    def connect(self: socket.socket, address: Any) -> None:
        guard(address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        guard(address)
        return real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        guard(address)
        return real_create(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    return attempts


def test_guard_refuses_the_internet(no_network: list[str]) -> None:
    with pytest.raises(OSError, match="refused"):
        socket.create_connection(("93.184.216.34", 443), timeout=1)
    assert no_network == ["93.184.216.34"]


def test_ingest_and_search_offline(
    no_network: list[str], settings: Settings, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    report = ingest(corpus, tenant="acme", settings=settings)
    assert report.embedded > 0
    result = HybridSearcher(settings).search("ヒーターが発火", tenant="acme", k=3)
    assert not result.degraded
    assert result.hits[0].doc_id == "man-heater-ja"
    assert no_network == []
