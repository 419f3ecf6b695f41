"""Ingest and search through a real ``chroma run`` server over HTTP (``TEINEI_CHROMA_URL``)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from _retrieval_corpus import write_corpus

from app.settings import Settings, get_settings
from retrieval import HybridSearcher, ingest
from retrieval.store import StoreFactory

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _chroma_bin() -> str | None:
    here = Path(sys.executable).parent / "chroma"
    return str(here) if here.exists() else shutil.which("chroma")


class ChromaServer:
    def __init__(self, path: Path, port: int) -> None:
        self.path, self.port = path, port
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        binary = _chroma_bin()
        if binary is None:
            pytest.skip("the chroma CLI is not installed")
        self.proc = subprocess.Popen(
            [
                binary,
                "run",
                "--path",
                str(self.path),
                "--port",
                str(self.port),
                "--host",
                "127.0.0.1",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"chroma run exited with {self.proc.returncode}")
            try:
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=0.5).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        pytest.fail("chroma run did not answer its heartbeat within 30 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "chroma-server", _free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def server_settings(
    settings: Settings, chroma_server: ChromaServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Settings]:
    monkeypatch.setenv("TEINEI_CHROMA_URL", chroma_server.url)
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


def test_ingest_and_search_through_chroma_server(
    server_settings: Settings, chroma_server: ChromaServer, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    report = ingest(corpus, tenant="acme", settings=server_settings)
    assert report.embedded == report.chunks > 0
    assert ingest(corpus, tenant="acme", settings=server_settings).embedded == 0
    # the vectors live on the server, not in the local data dir
    assert not server_settings.chroma_path.exists()
    assert StoreFactory(server_settings).for_tenant("acme").count() == report.chunks

    searcher = HybridSearcher(server_settings)
    result = searcher.search("ヒーターが発火", tenant="acme", k=3, mode="vector")
    assert not result.degraded and result.hits[0].doc_id == "man-heater-ja"
    hybrid = searcher.search("refund authority", tenant="acme", k=3)
    assert hybrid.hits[0].doc_id == "man-returns-en"

    # the server goes away: search still answers, lexically, and says so
    chroma_server.stop()
    down = searcher.search("refund authority", tenant="acme", k=3)
    assert down.degraded
    assert down.hits[0].doc_id == "man-returns-en"
