"""Role-play over HTTP and in the terminal: trainer role, tenant isolation, storage."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _api_support import Api, make_api
from typer.testing import CliRunner

from app.settings import Settings

DOGEZA = "rp-ja-kasuhara-dogeza"
ASK = "二度も続けてご不便をおかけし、誠に申し訳ございません。止まった際、表示に何か出ていましたでしょうか。"
OFFER = "お困りのところ申し訳ございません。製品は全額返金でご対応いたします。090-1234-5678 の番号でよろしいでしょうか。"
BOUNDARY = (
    "ご不便をおかけし申し訳ございません。ただ、ご自宅への訪問といったご要求にはお応えいたしかねます。"
    "このようなお言葉が続く場合は通話を終了させていただきます。本件は責任者から明日中にご連絡いたします。"
)


@pytest.fixture
def api(settings: Settings) -> Iterator[Api]:
    yield from make_api(settings)


def test_a_trainer_plays_a_session_to_its_report(api: Api) -> None:
    trainer = api.key("acme", "trainer")
    listed = api.client.get("/v1/roleplay/scenarios", headers=trainer).json()["scenarios"]
    assert DOGEZA in {s["id"] for s in listed} and len(listed) >= 8
    assert all("facts" not in s and "script" not in s for s in listed)  # no spoilers

    r = api.client.post(
        "/v1/roleplay/sessions",
        json={"scenario_id": DOGEZA, "trainee": "佐藤", "seed": 3},
        headers=trainer,
    )
    assert r.status_code == 201, r.text
    session = r.json()
    sid = session["session_id"]
    assert session["opening_line"].startswith("おい、ほのか家電か")
    assert (session["status"], session["band"], session["turns"]) == ("active", "furious", 0)

    first = api.client.post(
        f"/v1/roleplay/sessions/{sid}/turns", json={"text": ASK}, headers=trainer
    )
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["mood"] < 85 and not body["ended"] and "H2" in body["customer"]
    assert body["turn"]["tip"]["section"]["doc_id"] == "man-kasuhara-ja"
    api.client.post(f"/v1/roleplay/sessions/{sid}/turns", json={"text": OFFER}, headers=trainer)
    last = api.client.post(
        f"/v1/roleplay/sessions/{sid}/turns", json={"text": BOUNDARY}, headers=trainer
    ).json()
    assert (last["ended"], last["outcome"], last["success"]) == (True, "escalated", True)
    report = last["report"]
    assert report["trainee"] == "佐藤" and report["chart_svg"].startswith("<svg")
    assert {"doc_id": "man-kasuhara-ja", "heading": "その場での対応手順"}.items() <= report[
        "manual_sections"
    ][0].items()

    again = api.client.post(
        f"/v1/roleplay/sessions/{sid}/turns", json={"text": ASK}, headers=trainer
    )
    assert again.status_code == 409
    ended = api.client.post(f"/v1/roleplay/sessions/{sid}/end", headers=trainer).json()
    assert ended["scores"] == report["scores"]  # ending twice returns the same report

    stored = api.client.get(f"/v1/roleplay/sessions/{sid}", headers=trainer).json()
    assert stored["status"] == "ended" and len(stored["turns_detail"]) == 3
    assert (
        "090-1234-5678" not in str(stored) and "<PHONE_1>" in stored["turns_detail"][1]["trainee"]
    )
    sessions = api.client.get("/v1/roleplay/sessions?trainee=佐藤", headers=trainer).json()
    assert [s["session_id"] for s in sessions["sessions"]] == [sid]
    assert sessions["sessions"][0]["outcome"] == "escalated"


def test_a_trainer_can_end_early_and_still_get_a_report(api: Api) -> None:
    trainer = api.key("acme", "trainer")
    sid = api.client.post(
        "/v1/roleplay/sessions", json={"scenario_id": "rp-en-abusive-chat"}, headers=trainer
    ).json()["session_id"]
    api.client.post(
        f"/v1/roleplay/sessions/{sid}/turns", json={"text": "Whatever."}, headers=trainer
    )
    report = api.client.post(f"/v1/roleplay/sessions/{sid}/end", headers=trainer).json()
    assert report["outcome"] is None and report["success"] is False
    assert report["manual_sections"][0]["doc_id"] == "man-kasuhara-en"


def test_sessions_are_tenant_isolated(api: Api) -> None:
    acme, other = api.key("acme", "trainer"), api.key("globex", "trainer")
    sid = api.client.post(
        "/v1/roleplay/sessions", json={"scenario_id": DOGEZA}, headers=acme
    ).json()["session_id"]
    assert api.client.get(f"/v1/roleplay/sessions/{sid}", headers=other).status_code == 404
    turn = api.client.post(f"/v1/roleplay/sessions/{sid}/turns", json={"text": ASK}, headers=other)
    assert turn.status_code == 404
    assert api.client.post(f"/v1/roleplay/sessions/{sid}/end", headers=other).status_code == 404
    assert api.client.get("/v1/roleplay/sessions", headers=other).json()["sessions"] == []
    # and the session is untouched by the attempts
    mine = api.client.get(f"/v1/roleplay/sessions/{sid}", headers=acme).json()
    assert (mine["turns"], mine["status"]) == (0, "active")


@pytest.mark.parametrize("role", ["agent", "qa", "admin"])
def test_only_trainers_may_run_role_plays(api: Api, role: str) -> None:
    headers = api.key("acme", role)
    assert api.client.get("/v1/roleplay/scenarios", headers=headers).status_code == 403
    r = api.client.post("/v1/roleplay/sessions", json={"scenario_id": DOGEZA}, headers=headers)
    assert r.status_code == 403
    assert api.client.get("/v1/roleplay/sessions").status_code == 401


def test_unknown_scenario_and_empty_reply(api: Api) -> None:
    trainer = api.key("acme", "trainer")
    r = api.client.post("/v1/roleplay/sessions", json={"scenario_id": "nope"}, headers=trainer)
    assert r.status_code == 404
    sid = api.client.post(
        "/v1/roleplay/sessions", json={"scenario_id": DOGEZA}, headers=trainer
    ).json()["session_id"]
    empty = api.client.post(
        f"/v1/roleplay/sessions/{sid}/turns", json={"text": "  "}, headers=trainer
    )
    assert empty.status_code == 422


def test_the_page_and_its_files_are_served_without_a_key(api: Api) -> None:
    page = api.client.get("/roleplay", headers={"Accept-Language": "en"})
    assert page.status_code == 200 and 'lang="en"' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "https://" not in page.text  # nothing from a CDN
    assert api.client.get("/roleplay/static/roleplay.js").status_code == 200
    assert api.client.get("/roleplay/static/roleplay.css").status_code == 200
    assert api.client.get("/roleplay/static/..%2Fapp.js").status_code == 404


def test_teinei_roleplay_reads_replies_from_stdin(settings: Settings) -> None:
    from app.cli import app

    result = CliRunner().invoke(
        app,
        ["roleplay", "--scenario", DOGEZA, "--trainee", "tanaka", "--seed", "3", "--json"],
        input=f"{ASK}\n\n{BOUNDARY}\n",
    )
    assert result.exit_code == 0, result.output
    import json

    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert [t["index"] for t in out["turns"]] == [1, 2]
    assert out["report"]["outcome"] == "escalated" and out["report"]["success"] is True
    assert out["report"]["manual_sections"][0]["heading"] == "その場での対応手順"

    from app.db import Database
    from app.db.roleplay import RoleplayRepository

    stored = RoleplayRepository(Database.from_settings(settings)).list(tenant="default")
    assert [(s.trainee, s.outcome) for s in stored] == [("tanaka", "escalated")]


def test_teinei_roleplay_asks_for_a_scenario_and_ends_at_eof(settings: Settings) -> None:
    from app.cli import app

    result = CliRunner().invoke(app, ["roleplay"], input="1\nHello?\n")
    assert result.exit_code == 0, result.output
    assert "Report" in result.output and "Manual sections to reread" in result.output
