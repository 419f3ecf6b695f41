"""The sidebar's sample tickets raise the escalation flags their titles promise."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from app.api.ui import SAMPLES_FILE, load_samples
from app.settings import Settings
from guardrails.escalation import EscalationEngine
from retrieval.policy_store import load_policy

ENTRIES: list[dict[str, Any]] = yaml.safe_load(SAMPLES_FILE.read_text(encoding="utf-8"))["samples"]
SAMPLES = {s.id: s for s in load_samples()}


@pytest.fixture
def engine(settings: Settings) -> EscalationEngine:
    policy = load_policy(settings, "default")  # not ingested: the sample corpus's policy
    assert policy.rules
    return EscalationEngine(rules=policy.rules, flags=policy.flags)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_sample_raises_what_it_shows(entry: dict[str, Any], engine: EscalationEngine) -> None:
    sample = SAMPLES[entry["id"]]
    raised = {f.flag for f in engine.assess(sample.ticket).flags}
    assert set(entry["shows"]) <= raised
    if entry.get("lookalike"):
        assert raised == set()


def test_samples_cover_the_cases_the_sidebar_is_shown_with() -> None:
    shown = {flag for e in ENTRIES for flag in e["shows"]}
    assert {"legal_threat", "customer_harassment", "safety_incident"} <= shown
    assert any(e.get("lookalike") for e in ENTRIES)
    late = SAMPLES["en-late-gift"]
    assert late.language == "en" and late.ticket["channel"] == "chat"
