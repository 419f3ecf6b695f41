"""The supervisors' dashboard in a real browser, against the real service and demo data.

The service runs with uvicorn in a subprocess on a free loopback port, over a fresh data
dir filled by ``teinei demo-data`` (fake embeddings), with qa and admin keys made by
``teinei keys create``. The figures the page draws are compared with independent SQL over
the same database. Chromium is Debian's, driven by Playwright; screenshots go to
``test-artifacts/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, Page
from test_dashboard_figures import sql_totals

if TYPE_CHECKING:
    from browser.conftest import ArtifactPath, NewApp, NewPage


@dataclass
class Server:
    url: str
    qa: str
    admin: str
    db_path: Path


@pytest.fixture(scope="module")
def server(new_app: NewApp) -> Server:
    app = new_app("dashboard-browser")
    app.cli("demo-data", "--weeks", "6", "--seed", "21")
    qa = app.create_key("qa")
    admin = app.create_key("admin")
    url = app.start()
    return Server(url, qa, admin, app.data / "teinei.db")


def _open(new_page: NewPage, url: str, locale: str = "en-US") -> tuple[Page, list[str]]:
    page, errors = new_page(locale)
    page.goto(url)
    page.wait_for_selector("#figures[data-loaded='true']", timeout=30_000)
    return page, errors


def _pct(v: float) -> str:
    return f"{v * 100:.1f}%"


def test_supervisor_sees_true_figures_charts_themes_and_gaps(
    server: Server, new_page: NewPage, artifact_path: ArtifactPath
) -> None:
    page, errors = _open(new_page, f"{server.url}/dashboard?key={server.qa}")
    today = datetime.now(UTC).date()
    want = sql_totals(server.db_path, start=today - timedelta(days=55), end=today)
    assert want["suggestions"] > 100

    def tile(metric: str) -> str:
        return str(page.locator(f".kpi[data-metric='{metric}'] dd").inner_text())

    def shows_pct(metric: str, value: float) -> bool:
        shown = tile(metric)
        return shown.endswith("%") and abs(float(shown[:-1]) - value * 100) <= 0.05 + 1e-9

    assert tile("suggestions") == str(want["suggestions"])
    for metric in ("acceptance_rate", "edit_rate", "reject_rate", "fallback_rate", "block_rate"):
        assert shows_pct(metric, want[metric]), (metric, tile(metric), want[metric])
    assert abs(float(tile("edit_distance_mean")) - want["edit_distance_mean"]) <= 0.0005
    assert tile("open") == str(want["open_escalations"])

    # Volume chart: one bar group per week, heights from the same numbers.
    totals = page.eval_on_selector_all(
        "#chart-volume g[data-period]",
        "gs => Object.fromEntries(gs.map(g => [g.dataset.period, Number(g.dataset.total)]))",
    )
    assert {p: n for p, n in totals.items() if n} == want["weekly"]
    # Flags chart: per-flag sums equal the SQL counts.
    flag_sums = page.eval_on_selector_all(
        "#chart-flags rect[data-key]",
        "rs => rs.reduce((a, r) => (a[r.dataset.key] = (a[r.dataset.key] || 0) + Number(r.dataset.value), a), {})",
    )
    assert flag_sums == want["flags"]
    # Escalations: one bar per route with its open count.
    bars = page.eval_on_selector_all(
        "#chart-escalations rect[data-key]",
        "rs => Object.fromEntries(rs.map(r => [r.dataset.key, Number(r.dataset.value)]))",
    )
    assert bars == want["open_by_route"]
    # Latency: p50 and p95 of every stage.
    p50 = page.eval_on_selector_all(
        "#chart-latency rect[data-key='p50']",
        "rs => Object.fromEntries(rs.map(r => [r.dataset.stage, Number(r.dataset.value)]))",
    )
    assert p50 == {stage: v[0.5] for stage, v in want["latency"].items()}
    assert page.locator("#chart-rates path[data-series='acceptance_rate']").count() == 1

    # Voice of the customer and knowledge gaps.
    themes = page.locator("#themes article.card")
    assert 2 <= themes.count() <= 8
    assert page.locator("#themes article.card svg.spark rect").count() >= themes.count()
    gaps_text = page.locator("#gaps").inner_text().lower()
    assert page.locator("#gaps article.card").count() >= 1
    assert "アプリ" in gaps_text or "wi-fi" in gaps_text or "ポイント" in gaps_text

    # qa sees no per-agent figures; nothing names an agent.
    assert page.locator("#agents-panel").is_hidden()
    assert "demo-agent" not in page.content()
    page.screenshot(path=artifact_path("dashboard-qa.png"), full_page=True)
    assert not errors, errors
    page.context.close()


def test_admin_sees_agents_and_filters_apply(
    server: Server, new_page: NewPage, artifact_path: ArtifactPath
) -> None:
    page, errors = _open(new_page, f"{server.url}/dashboard?key={server.admin}", locale="ja-JP")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator("#agents-panel").is_visible()
    assert page.locator("#table-agents tbody tr").count() == 6
    today = datetime.now(UTC).date()
    page.select_option("#f-language", "ja")
    page.select_option("#f-channel", "email")
    page.evaluate("document.getElementById('figures').dataset.loaded = 'false'")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#figures[data-loaded='true']", timeout=30_000)
    want = sql_totals(
        server.db_path, start=today - timedelta(days=55), end=today, channel="email", language="ja"
    )
    kpi = page.locator(".kpi[data-metric='suggestions'] dd").inner_text()
    assert kpi == str(want["suggestions"])
    page.screenshot(path=artifact_path("dashboard-admin-ja.png"), full_page=True)
    assert not errors, errors
    page.context.close()


def test_an_agent_key_is_told_it_may_not_open_the_dashboard(
    server: Server, browser: Browser
) -> None:
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.goto(f"{server.url}/dashboard?key=tn_not_a_real_key")
    page.wait_for_selector("#notice:not([hidden])", timeout=10_000)
    assert "invalid" in page.locator("#notice").inner_text().lower()
    assert page.locator(".kpi").count() == 0
    context.close()
