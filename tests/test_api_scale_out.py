"""``scripts/scale_out.sh``: two worker processes on loopback, one Chroma server, one
database; both serve the same tenant's search and suggest, and share feedback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("TEINEI_TEST_POSTGRES_URL")


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_two_workers_share_chroma_and_the_database(tmp_path: Path, database: str) -> None:
    env = {
        **os.environ,
        "TEINEI_EMBEDDINGS": "fake",
        "SCALE_DIR": str(tmp_path),
        "BIN": str(Path(sys.executable).parent),
    }
    env.pop("TEINEI_DATABASE_URL", None)
    if database == "postgresql":
        if not PG_URL:
            pytest.skip("TEINEI_TEST_POSTGRES_URL is not set (see scripts/ci_postgres.sh)")
        env["TEINEI_DATABASE_URL"] = PG_URL
    proc = subprocess.run(
        ["bash", str(ROOT / "scripts" / "scale_out.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    lines = proc.stdout.strip().splitlines()
    result = json.loads(lines[-1])
    assert result["ok"] is True and len(result["workers"]) == 2
    out = proc.stdout
    assert "worker A: readyz ready (chroma: ok)" in out
    assert "worker B: readyz ready (chroma: ok)" in out
    search_lines = [line for line in lines if "search top hits" in line]
    assert len(search_lines) == 2
    assert (
        search_lines[0].split("search top hits")[1] == search_lines[1].split("search top hits")[1]
    )
    assert "degraded=False" in search_lines[0]
    assert "-> 201 (shared database)" in out
