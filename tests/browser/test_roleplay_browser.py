"""The trainer's role-play page in a real browser against the real service: three turns of
the Japanese カスハラ scenario, then the report.

The service runs with uvicorn in a subprocess on a free loopback port over a fresh data
dir (template backend: the scripted customer, fully offline), with a trainer key made by
``teinei keys create``. Chromium is Debian's (``apt-get install chromium``), driven by
Playwright with ``executable_path`` (never ``playwright install``); the screenshot is kept
under ``test-artifacts/``.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect, sync_playwright

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

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="browser test needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
    ),
]

REPLIES = [
    "二度も続けてご不便をおかけし、誠に申し訳ございません。止まった際、表示に何か出ていましたでしょうか。",
    "お困りのところ申し訳ございません。製品は全額返金または新品への交換でご対応いたします。返金をご希望でしょうか。",
    "ご不便をおかけし申し訳ございません。ただ、ご自宅への訪問といったご要求にはお応えいたしかねます。"
    "このようなお言葉が続く場合は通話を終了させていただきます。本件は責任者から明日中にご連絡いたします。",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    data = tmp_path_factory.mktemp("roleplay-browser") / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEINEI_")}
    env.update(
        TEINEI_DATA_DIR=str(data),
        TEINEI_EMBEDDINGS="fake",
        TEINEI_LLM_BACKEND="template",
        TEINEI_LOG_LEVEL="WARNING",
    )
    created = subprocess.run(
        [
            sys.executable,
            "-c",
            "from app.cli import main; main()",
            "keys",
            "create",
            "--tenant",
            "default",
            "--role",
            "trainer",
            "--json",
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    key = json.loads(created.stdout)["key"]
    port = _free_port()
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
                raise RuntimeError("the service did not start")
            time.sleep(0.3)
        yield url, key
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_a_trainer_plays_three_turns_and_reads_the_report(service: tuple[str, str]) -> None:
    url, key = service
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(locale="ja-JP")
            outside: list[str] = []
            page.on(
                "request",
                lambda r: (
                    outside.append(r.url)
                    if not r.url.startswith(url) and not r.url.startswith("data:")
                    else None
                ),
            )
            page.goto(f"{url}/roleplay?key={key}&lang=ja")
            assert "key=" not in page.url  # the key leaves the address bar
            select = page.locator("#rp-scenario")
            expect(select.locator("option[value='rp-ja-kasuhara-dogeza']")).to_have_count(1)
            select.select_option("rp-ja-kasuhara-dogeza")
            page.fill("#rp-trainee", "佐藤")
            page.click("#rp-start")
            log = page.locator("#rp-log li")
            expect(log.first).to_contain_text("土下座しろ")
            expect(page.locator("#rp-mood-label")).to_contain_text("激怒")

            for i, reply in enumerate(REPLIES):
                box = page.locator("#rp-reply")
                expect(box).to_be_enabled()
                box.fill(reply)
                if i == 0:
                    box.press("Control+Enter")  # keyboard only
                else:
                    page.click("#rp-send")
                expect(log).to_have_count(2 * (i + 1) + 1)
                expect(page.locator("#rp-tip .rp-score strong")).to_be_visible()

            expect(log.nth(2)).to_contain_text("H2")  # the first question uncovered a fact
            expect(log.last).to_contain_text("責任者から連絡させるんだな")
            report = page.locator("#rp-report")
            expect(report).to_be_visible()
            expect(page.locator("#rp-report-outcome")).to_contain_text("目標達成")
            expect(page.locator("#rp-report-chart svg")).to_have_count(1)
            expect(page.locator("#rp-report-sections")).to_contain_text(
                "カスタマーハラスメント対応マニュアル — その場での対応手順"
            )
            expect(page.locator("#rp-reply")).to_be_disabled()
            expect(page.locator("#rp-sessions")).to_contain_text("佐藤")
            page.screenshot(path=str(ARTIFACTS / "roleplay.png"), full_page=True)
            assert outside == []  # no CDN, nothing fetched from elsewhere
        finally:
            browser.close()
