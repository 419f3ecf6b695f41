"""The agent sidebar in a real browser against the real service.

The service runs with uvicorn in a subprocess on a free loopback port, over a fresh data dir
with the sample corpus ingested (fake embeddings, template drafter) and an agent key made
with ``teinei keys create``. Chromium is Debian's (``apt-get install chromium``), driven by
Playwright; screenshots are kept under ``test-artifacts/``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest
from playwright.sync_api import expect

from app.db import Database, Repositories
from app.settings import Settings

if TYPE_CHECKING:
    from browser.conftest import ArtifactPath, NewApp, NewPage


@dataclass
class Server:
    url: str
    key: str
    settings: Settings


@pytest.fixture(scope="module")
def server(new_app: NewApp) -> Server:
    app = new_app("browser")
    app.cli("ingest")
    key = app.create_key("agent")
    url = app.start()
    return Server(url, key, Settings(data_dir=app.data, embeddings="fake"))


def _events(sse_text: str) -> list[tuple[str, Any]]:
    out = []
    for block in sse_text.split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        if "event" in lines:
            out.append((lines["event"], json.loads(lines["data"])))
    return out


# The badge's states, in order, as the page shows them (a provisional draft is replaced).
WATCH_DRAFT = """() => {
  window.__states = [];
  const badge = document.getElementById('draft-state');
  const draft = document.getElementById('draft');
  new MutationObserver(() => window.__states.push(
    [badge.className, draft.classList.contains('provisional'), draft.readOnly]
  )).observe(badge, {attributes: true, childList: true, characterData: true, subtree: true});
}"""


def test_agent_drafts_checks_sources_and_accepts(
    server: Server, new_page: NewPage, artifact_path: ArtifactPath
) -> None:
    page, errors = new_page("ja-JP")
    page.goto(f"{server.url}/?key={server.key}")
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    expect(page.locator("#sample-picker")).to_be_enabled()
    assert "key=" not in page.url  # taken out of the address bar, kept in localStorage
    page.select_option("#sample-picker", "ja-legal-heater")
    expect(page.locator("#conversation")).to_contain_text("弁護士にも相談しています")
    expect(page.locator("#ticket-meta")).to_contain_text("メール")

    page.evaluate(WATCH_DRAFT)
    with page.expect_response(re.compile(r"/v1/suggest/stream$")) as streamed:
        page.get_by_role("button", name="返信案を作成").click()
    events = _events(streamed.value.text())
    assert [e for e, _ in events][-1] == "suggestion"
    assert any(e == "token" for e, _ in events)
    suggestion = events[-1][1]

    # the draft streamed in as provisional, then the checked reply replaced it, editable
    expect(page.locator("#draft-state")).to_have_class(re.compile("state-checked"))
    states = page.evaluate("window.__states")
    provisional = [s for s in states if "state-provisional" in s[0]]
    assert provisional and all(is_prov and ro for _, is_prov, ro in provisional)
    draft = page.locator("#draft")
    expect(draft).to_have_value(suggestion["reply"])
    expect(draft).to_be_editable()
    assert "山田花子様" in suggestion["reply"]  # personal data restored for the agent
    expect(page.locator("#draft-live")).to_contain_text("確認済みの返信案")

    # the escalation banner: legal threat routed to legal, with the quoted evidence
    legal = page.locator('#flags [data-flag="legal_threat"]')
    expect(legal).to_contain_text("legal_threat")
    expect(legal).to_contain_text("法務部")
    expect(legal.locator("blockquote")).to_have_text("弁護士にも相談")
    expect(page.locator('#flags [data-flag="safety_incident"]')).to_be_visible()
    expect(page.locator(".bubble.customer mark").first).to_be_visible()

    steps = page.locator("#next-steps input[type=checkbox]")
    expect(steps).to_have_count(len(suggestion["next_steps"]))
    page.locator("#next-steps label").first.click()
    expect(steps.first).to_be_checked()
    expect(page.locator("#summary")).to_contain_text("フラグ: legal_threat")
    expect(page.locator("#backend-llm")).to_have_text("template")
    expect(page.locator("#backend-fallback")).to_be_hidden()

    # a citation opens its source document at the cited chunk
    first = suggestion["citations"][0]
    opener = page.locator(".citation-open").first
    opener.click()
    dialog = page.locator("#source-dialog")
    expect(dialog).to_be_visible()
    cited = dialog.locator(f'.chunk.cited[data-chunk-id="{first["chunk_id"]}"]')
    expect(cited).to_be_visible()
    expect(dialog.locator(".chunk")).not_to_have_count(0)
    page.screenshot(path=artifact_path("sidebar-source-dialog.png"))
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()

    # accept: the feedback row is stored for this suggestion
    with page.expect_response(re.compile(r"/v1/feedback$")) as sent:
        page.get_by_role("button", name="採用", exact=True).click()
    assert sent.value.status == 201
    expect(page.locator("#feedback-status")).to_contain_text("保存しました")
    page.evaluate("window.scrollTo(0, 0)")  # the ticket column is sticky
    page.screenshot(path=artifact_path("sidebar-ja-legal.png"), full_page=True)

    db = Database(server.settings.sqlalchemy_url)
    try:
        rows = Repositories(db).feedback.for_suggestion(
            suggestion["suggestion_id"], tenant="default"
        )
    finally:
        db.close()
    assert [r.action for r in rows] == ["accepted"]
    assert errors == []


def test_english_harassment_rewrite_and_edited_feedback(
    server: Server, new_page: NewPage, artifact_path: ArtifactPath
) -> None:
    page, errors = new_page("en-GB")
    page.goto(f"{server.url}/?key={server.key}")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("button", name="日本語").click()
    expect(page.get_by_role("button", name="返信案を作成")).to_be_visible()
    page.get_by_role("button", name="English").click()
    expect(page.locator("#sample-picker")).to_be_enabled()
    page.select_option("#sample-picker", "ja-kasuhara-dogeza")

    page.locator("#sample-picker").focus()
    page.keyboard.press("Control+Enter")
    expect(page.locator("#draft-state")).to_have_class(re.compile("state-checked"))
    harassment = page.locator('#flags [data-flag="customer_harassment"]')
    steps = harassment.locator(".kasuhara-steps li")
    expect(steps).to_have_text(
        [
            "Warn once, calmly",
            "Record the words and times",
            "End the contact if it continues",
            "Hand over to a supervisor",
        ]
    )

    draft = page.locator("#draft")
    before = draft.input_value()
    with page.expect_response(re.compile(r"/v1/rewrite$")) as rewritten:
        page.get_by_role("button", name="Softer").click()
    assert rewritten.value.status == 200
    expect(draft).to_have_value(rewritten.value.json()["text"])
    assert draft.input_value() != before

    draft.fill(draft.input_value() + "\n担当: 田中")
    accept = page.get_by_role("button", name="Accept edited")
    expect(accept).to_be_visible()
    with page.expect_response(re.compile(r"/v1/feedback$")) as sent:
        accept.click()
    body = sent.value.json()
    assert sent.value.status == 201 and body["action"] == "edited"
    assert body["edit_distance"] > 0
    expect(page.locator("#feedback-status")).to_contain_text("Saved (edited)")
    page.evaluate("window.scrollTo(0, 0)")  # the ticket column is sticky
    page.screenshot(path=artifact_path("sidebar-en-kasuhara.png"), full_page=True)
    assert errors == []
