"""An acknowledged feedback write survives ``kill -9`` of the server (SQLite, WAL, FULL sync)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.db import Database, Feedback, Repositories
from app.schemas import BackendInfo, Suggestion, Ticket

pytestmark = pytest.mark.slow

KEY = "tn_durability-test-key"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _teinei() -> str:
    return str(Path(sys.executable).parent / "teinei")


def test_feedback_survives_kill_9(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db_url = f"sqlite:///{data / 'teinei.db'}"
    # Prepare the suggestion the feedback refers to, as a previous request would have.
    db = Database(db_url)
    db.migrate()
    suggestion = Suggestion(
        suggestion_id="s-durable-1",
        ticket_id="T-1",
        language="en",
        reply="Dear customer, we are sorry.",
        backend=BackendInfo(llm="template"),
    )
    ticket = Ticket(ticket_id="T-1", messages=[{"role": "customer", "text": "late parcel"}])
    Repositories(db).suggestions.record(
        suggestion, ticket=ticket, tenant="default", ticket_hash="h"
    )
    db.close()

    port = _free_port()
    env = {
        **os.environ,
        "TEINEI_DATA_DIR": str(data),
        "TEINEI_EMBEDDINGS": "fake",
        "TEINEI_DEMO_KEY": KEY,
    }
    env.pop("TEINEI_DATABASE_URL", None)
    proc = subprocess.Popen(
        [_teinei(), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(
                    f"teinei serve exited: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}"
                )
            try:
                if httpx.get(f"{base}/healthz", timeout=0.5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("teinei serve did not start within 60 s")
            time.sleep(0.1)
        r = httpx.post(
            f"{base}/v1/feedback",
            json={
                "suggestion_id": "s-durable-1",
                "action": "edited",
                "final_text": "Dear customer, sorry.",
            },
            headers={"Authorization": f"Bearer {KEY}"},
            timeout=10,
        )
        assert r.status_code == 201, r.text
        feedback_id = r.json()["feedback_id"]
        proc.send_signal(signal.SIGKILL)  # no shutdown hooks, no checkpoint
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)

    reopened = Database(db_url)
    with reopened.session() as s:
        row = s.get(Feedback, feedback_id)
        assert row is not None
        assert (row.suggestion_id, row.action, row.final_text) == (
            "s-durable-1",
            "edited",
            "Dear customer, sorry.",
        )
    reopened.close()
