"""The trainer's role-play page in a real browser against the real service: three turns of
the Japanese カスハラ scenario, then the report.

The service runs with uvicorn in a subprocess on a free loopback port over a fresh data
dir (template backend: the scripted customer, fully offline), with a trainer key made by
``teinei keys create``. Chromium is Debian's (``apt-get install chromium``), driven by
Playwright with ``executable_path`` (never ``playwright install``); the screenshot is kept
under ``test-artifacts/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, expect

if TYPE_CHECKING:
    from browser.conftest import ArtifactPath, NewApp

REPLIES = [
    "二度も続けてご不便をおかけし、誠に申し訳ございません。止まった際、表示に何か出ていましたでしょうか。",
    "お困りのところ申し訳ございません。製品は全額返金または新品への交換でご対応いたします。返金をご希望でしょうか。",
    "ご不便をおかけし申し訳ございません。ただ、ご自宅への訪問といったご要求にはお応えいたしかねます。"
    "このようなお言葉が続く場合は通話を終了させていただきます。本件は責任者から明日中にご連絡いたします。",
]


@pytest.fixture(scope="module")
def service(new_app: NewApp) -> tuple[str, str]:
    app = new_app("roleplay-browser")
    key = app.create_key("trainer")
    return app.start(), key


def test_a_trainer_plays_three_turns_and_reads_the_report(
    service: tuple[str, str], browser: Browser, artifact_path: ArtifactPath
) -> None:
    url, key = service
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
    page.screenshot(path=artifact_path("roleplay.png"), full_page=True)
    assert outside == []  # no CDN, nothing fetched from elsewhere
