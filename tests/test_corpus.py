"""Corpus loaders: the DESIGN format, and errors that name file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.corpus import CorpusError, load_corpus

MANUAL = """---
id: man-a
title: 返品について
lang: ja
tags: [returns]
---
## 返品の条件
未使用品は到着から30日以内に返品できます。
"""

RESOLUTION = {
    "id": "res-1",
    "lang": "en",
    "category": "shipping",
    "customer_message": "My parcel is late.",
    "resolution": "Traced the parcel and re-sent.",
    "agent_reply": "We are sorry for the wait; a new parcel ships today.",
    "outcome": "resolved",
}

RULES = """rules:
  - id: r-legal
    flag: legal_threat
    severity: high
    route: legal
    keywords: {ja: [訴訟], en: [lawsuit]}
"""


def write_corpus(
    root: Path, *, manual: str = MANUAL, lines: list[str] | None = None, rules: str = RULES
) -> Path:
    (root / "manuals").mkdir(parents=True)
    (root / "resolutions").mkdir()
    (root / "policies").mkdir()
    (root / "manuals" / "a.md").write_text(manual, encoding="utf-8")
    if lines is None:
        lines = [json.dumps(RESOLUTION)]
    (root / "resolutions" / "r.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "policies" / "escalation.yaml").write_text(rules, encoding="utf-8")
    return root


def test_loads_a_valid_corpus(tmp_path: Path) -> None:
    corpus = load_corpus(write_corpus(tmp_path))
    docs = corpus.by_id()
    assert set(docs) == {"man-a", "res-1"}
    assert docs["man-a"].doc_type == "manual"
    assert docs["man-a"].text.startswith("## 返品の条件")
    assert (
        "My parcel is late." in docs["res-1"].text
        and "a new parcel ships today" in docs["res-1"].text
    )
    assert [r.id for r in corpus.rules] == ["r-legal"]
    assert corpus.rules[0].keywords["ja"] == ["訴訟"]


@pytest.mark.parametrize(
    ("manual", "line", "message"),
    [
        ("no front matter\n", 1, "missing YAML front matter"),
        ("---\ntitle: x\nlang: ja\n---\nbody\n", 2, "missing required field 'id'"),
        ("---\nid: m\ntitle: x\nlang: fr\n---\nbody\n", 4, "field 'lang'"),
        ("---\nid: m\ntitle: [unclosed\nlang: ja\n---\nbody\n", 4, "invalid YAML"),
    ],
)
def test_bad_front_matter_names_file_and_line(
    tmp_path: Path, manual: str, line: int, message: str
) -> None:
    root = write_corpus(tmp_path, manual=manual)
    with pytest.raises(CorpusError) as err:
        load_corpus(root)
    assert err.value.path.name == "a.md"
    assert err.value.line == line
    assert message in err.value.message
    assert str(err.value).startswith(f"{root / 'manuals' / 'a.md'}:{line}: ")


def test_broken_jsonl_line(tmp_path: Path) -> None:
    root = write_corpus(tmp_path, lines=[json.dumps(RESOLUTION), '{"id": "res-2", "lang": "en",'])
    with pytest.raises(CorpusError, match=r"r\.jsonl:2: invalid JSON"):
        load_corpus(root)


def test_resolution_with_unknown_outcome(tmp_path: Path) -> None:
    bad = {**RESOLUTION, "outcome": "ignored"}
    root = write_corpus(tmp_path, lines=[json.dumps(bad)])
    with pytest.raises(CorpusError, match=r"r\.jsonl:1: field 'outcome'"):
        load_corpus(root)


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    dup = {**RESOLUTION, "id": "man-a"}
    root = write_corpus(tmp_path, lines=[json.dumps(RESOLUTION), json.dumps(dup)])
    with pytest.raises(
        CorpusError, match=r"r\.jsonl:2: duplicate id 'man-a' \(first defined at .*a\.md:2\)"
    ):
        load_corpus(root)


def test_unknown_flag_in_rule(tmp_path: Path) -> None:
    rules = RULES + "  - id: r-x\n    flag: alien_invasion\n"
    root = write_corpus(tmp_path, rules=rules)
    with pytest.raises(
        CorpusError, match=r"escalation\.yaml:7: rule 'r-x': unknown flag 'alien_invasion'"
    ):
        load_corpus(root)


def test_declared_flag_may_be_used(tmp_path: Path) -> None:
    rules = "flags:\n  - name: recall_enquiry\n    route: quality_assurance\n" + RULES.replace(
        "rules:\n", "rules:\n  - id: r-recall\n    flag: recall_enquiry\n"
    )
    corpus = load_corpus(write_corpus(tmp_path, rules=rules))
    assert corpus.flags["recall_enquiry"].route == "quality_assurance"
    assert {r.flag for r in corpus.rules} == {"recall_enquiry", "legal_threat"}


def test_invalid_regex_in_rule(tmp_path: Path) -> None:
    rules = RULES + "    patterns: ['(unclosed']\n"
    root = write_corpus(tmp_path, rules=rules)
    with pytest.raises(
        CorpusError, match=r"escalation\.yaml:\d+: field 'patterns'.*not a valid regex"
    ):
        load_corpus(root)


def test_unknown_rule_field(tmp_path: Path) -> None:
    rules = RULES + "    severty: high\n"
    with pytest.raises(CorpusError, match=r"unknown field 'severty'"):
        load_corpus(write_corpus(tmp_path, rules=rules))


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="corpus folder not found"):
        load_corpus(tmp_path / "nope")


def test_sample_corpus_loads(sample_corpus_dir: Path) -> None:
    corpus = load_corpus(sample_corpus_dir)
    by_type: dict[str, int] = {}
    for d in corpus.documents:
        by_type[d.doc_type] = by_type.get(d.doc_type, 0) + 1
    assert by_type["manual"] >= 20
    assert by_type["resolution"] >= 60
    assert by_type["policy"] >= 2
    assert len(corpus.scenarios) >= 6
    assert {r.flag for r in corpus.rules} >= {
        "legal_threat",
        "regulator",
        "safety_incident",
        "media_threat",
        "customer_harassment",
        "privacy_incident",
        "compensation_over_limit",
        "repeat_contact",
        "vulnerable_customer",
    }


def test_company_profile_from_policy_yaml(tmp_path: Path) -> None:
    rules = (
        "company:\n  name: {ja: 例の会社, en: Example Co.}\n  team: {ja: 例の会社 窓口}\n"
        "authority:\n  refund_limit_jpy: 20000\n" + RULES
    )
    corpus = load_corpus(write_corpus(tmp_path, rules=rules))
    assert corpus.profile.name == {"ja": "例の会社", "en": "Example Co."}
    assert corpus.profile.team["ja"] == "例の会社 窓口"
    assert corpus.profile.refund_limit_jpy == 20000


def test_bad_authority_value_names_line(tmp_path: Path) -> None:
    rules = "authority:\n  refund_limit_jpy: lots\n" + RULES
    with pytest.raises(CorpusError, match=r"escalation\.yaml:\d+: field 'refund_limit_jpy'"):
        load_corpus(write_corpus(tmp_path, rules=rules))
