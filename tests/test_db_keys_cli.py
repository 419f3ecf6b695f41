"""``teinei keys``: create (shown once, stored hashed), list, revoke, ensure-demo."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from app.cli import app
from app.db import Database, Repositories
from app.settings import Settings

runner = CliRunner()


def _keys(settings: Settings) -> Repositories:
    db = Database.from_settings(settings)
    db.migrate()
    return Repositories(db)


def test_create_json_prints_the_key_once(settings: Settings) -> None:
    result = runner.invoke(app, ["keys", "create", "--tenant", "acme", "--role", "qa", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert {k: out[k] for k in ("tenant", "role")} == {"tenant": "acme", "role": "qa"}
    record = _keys(settings).keys.authenticate(out["key"])
    assert record is not None and (record.tenant, record.role) == ("acme", "qa")
    listed = runner.invoke(app, ["keys", "list", "--json"])
    assert out["key"] not in listed.stdout
    assert json.loads(listed.stdout)["keys"][0]["prefix"] == out["key"][:10]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tenant", "acme", "--role", "root"], "--role must be one of"),
        (["--tenant", "../etc", "--role", "agent"], "invalid tenant name"),
    ],
)
def test_create_rejects_bad_input(settings: Settings, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["keys", "create", *args])
    assert result.exit_code == 2
    assert message in result.output


def test_revoke(settings: Settings) -> None:
    created = _keys(settings).keys.create(tenant="acme", role="agent")
    assert runner.invoke(app, ["keys", "revoke", created.record.id]).exit_code == 0
    assert _keys(settings).keys.authenticate(created.key) is None
    assert runner.invoke(app, ["keys", "revoke", created.record.id]).exit_code == 2


def test_ensure_demo_is_idempotent(settings: Settings) -> None:
    first = json.loads(runner.invoke(app, ["keys", "ensure-demo", "--json"]).stdout)
    second = json.loads(runner.invoke(app, ["keys", "ensure-demo", "--json"]).stdout)
    assert first == second
    assert (first["tenant"], first["role"]) == ("default", "agent")
    keys = _keys(settings).keys.list()
    assert sorted(k.role for k in keys) == ["agent", "qa", "trainer"]
    assert {
        role: _keys(settings).keys.authenticate(secret).role
        for role, secret in first["keys"].items()
    } == {  # type: ignore[union-attr]
        "agent": "agent",
        "trainer": "trainer",
        "qa": "qa",
    }
    for name in ("demo_key", "demo_key_trainer", "demo_key_qa"):
        assert (settings.data_dir / name).stat().st_mode & 0o077 == 0


def test_ensure_demo_prints_a_link_per_page(settings: Settings) -> None:
    out = runner.invoke(app, ["keys", "ensure-demo", "--url", "http://127.0.0.1:9000"]).stdout
    assert "http://127.0.0.1:9000/?key=tn_" in out
    assert "http://127.0.0.1:9000/roleplay?key=tn_" in out
    assert "http://127.0.0.1:9000/dashboard?key=tn_" in out


def test_ensure_demo_uses_the_setting(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.settings import get_settings

    monkeypatch.setenv("TEINEI_DEMO_KEY", "tn_from-the-environment")
    get_settings.cache_clear()
    result = runner.invoke(app, ["keys", "ensure-demo"])
    assert "tn_from-the-environment" in result.stdout
    assert _keys(get_settings()).keys.authenticate("tn_from-the-environment") is not None
