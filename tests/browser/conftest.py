"""Shared set-up for the browser tests: the real service and Debian's chromium.

Each test module builds its own service with ``new_app``: a fresh data dir under pytest's
temp dir, filled and given keys with the real CLI (``teinei ... --json``), then served by
uvicorn in a subprocess on a free loopback port until the module ends. Chromium is Debian's
(``apt-get install chromium``), driven by Playwright with ``executable_path`` (never
``playwright install``); screenshots are kept under ``test-artifacts/``.

Every test in this directory is marked ``slow`` and is skipped when chromium is absent.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from app.settings import REPO_ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = REPO_ROOT / "test-artifacts"
HERE = Path(__file__).parent


@pytest.hookimpl(tryfirst=True)  # before ``-m`` deselects by mark
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.slow)
            item.add_marker(
                pytest.mark.skipif(
                    not CHROMIUM.exists(),
                    reason="browser test needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
                )
            )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serve(data: Path, env: dict[str, str]) -> Iterator[str]:
    """Run the service with uvicorn on a free loopback port; yield its URL once healthy."""
    data.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log_path = data / "server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the service did not start: {log_path.read_text()}")
                time.sleep(0.2)
            yield url
        finally:
            proc.terminate()
            proc.wait(timeout=20)


@dataclass
class App:
    """One service's data dir and environment; ``start`` serves it until the module ends."""

    data: Path
    env: dict[str, str]
    _stack: ExitStack
    url: str = ""

    def cli(self, *args: str) -> dict[str, Any]:
        """Run the CLI with ``--json`` over this data dir and return its output."""
        done = subprocess.run(
            [sys.executable, "-c", "from app.cli import main; main()", *args, "--json"],
            cwd=REPO_ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode != 0:
            raise RuntimeError(f"teinei {' '.join(args)} failed:\n{done.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(done.stdout)
        return result

    def create_key(self, role: str, tenant: str = "default") -> str:
        key: str = self.cli("keys", "create", "--tenant", tenant, "--role", role)["key"]
        return key

    def start(self) -> str:
        self.url = self._stack.enter_context(serve(self.data, self.env))
        return self.url


NewApp = Callable[[str], App]
NewPage = Callable[[str], tuple[Page, list[str]]]
ArtifactPath = Callable[[str], str]


@pytest.fixture(scope="module")
def new_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NewApp]:
    """``new_app(name)``: a fresh data dir (fake embeddings, template drafter)."""
    with ExitStack() as stack:

        def make(name: str) -> App:
            data = tmp_path_factory.mktemp(name) / "data"
            env = {k: v for k, v in os.environ.items() if not k.startswith("TEINEI_")}
            env.update(
                TEINEI_DATA_DIR=str(data),
                TEINEI_EMBEDDINGS="fake",
                TEINEI_LLM_BACKEND="template",
                TEINEI_LOG_LEVEL="WARNING",
            )
            return App(data, env, stack)

        yield make


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def new_page(browser: Browser) -> Iterator[NewPage]:
    """``new_page(locale)``: a page in a fresh 1400x1000 context, and the page's JS errors."""
    contexts: list[BrowserContext] = []

    def make(locale: str) -> tuple[Page, list[str]]:
        context = browser.new_context(locale=locale, viewport={"width": 1400, "height": 1000})
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        return page, errors

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def artifact_path() -> ArtifactPath:
    """``artifact_path(name)``: where to save a screenshot, under ``test-artifacts/``."""

    def path(name: str) -> str:
        ARTIFACTS.mkdir(exist_ok=True)
        return str(ARTIFACTS / name)

    return path
