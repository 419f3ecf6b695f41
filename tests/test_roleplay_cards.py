"""Scenario cards: the full schema, errors with file and line, manual references."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.roleplay.cards import ScenarioLibrary, load_cards
from app.settings import SAMPLE_CORPUS
from retrieval.corpus import CorpusError

DOGEZA = SAMPLE_CORPUS / "roleplay" / "rp-ja-kasuhara-dogeza.yaml"


def test_every_sample_card_loads_and_cites_real_manuals() -> None:
    library = ScenarioLibrary.load(SAMPLE_CORPUS)
    assert len(library.cards) >= 8
    assert {c.lang for c in library.cards.values()} == {"ja", "en"}
    for card in library.cards.values():
        assert all(ref in library.documents for ref in card.manual_refs), card.id
        assert all(f.reveal_when for f in card.facts if f.hidden), card.id
    kasuhara = library.cards["rp-ja-kasuhara-dogeza"]
    assert kasuhara.is_harassment and kasuhara.success_closing == "escalated"
    assert not library.cards["rp-ja-gift-late-delivery"].is_harassment


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = DOGEZA.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "card.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(
        i
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if needle in line
    )


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        (
            "    reveal_when: [表示, エラー, H2, どのような状態, 症状, ランプ]\n",
            "",
            "id: error_code",
            "hidden fact 'error_code' needs 'reveal_when' keywords",
        ),
        ("  start: 85", "  start: 99", "  start: 99", "resolve_below < start < abandon_above"),
        (
            "furious: [80, 100]",
            "furious: [81, 100]",
            "bands:",
            "band 'furious' must start at 80",
        ),
        (
            "success_closing: escalated",
            "success_closing: apologised",
            "success_closing",
            "success_closing",
        ),
        (
            "  - keywords: [慰謝料, 補償します]",
            "  - keywords: [5,000円, 補償します]",
            "5,000円",
            "pitfalls.2.keywords.0",
        ),
        (
            "        delta: -8\n",
            "        delta: 8\n",
            "- keywords: [ご不便をおかけし",
            "negative delta",
        ),
    ],
)
def test_card_errors_name_file_and_line(
    tmp_path: Path, old: str, new: str, needle: str, message: str
) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(CorpusError) as info:
        load_cards(path)
    err = info.value
    assert err.path == path and message in err.message
    assert err.line == _line_of(path, needle), str(err)


def test_unknown_flag_and_manual_ref_are_reported_with_their_line(tmp_path: Path) -> None:
    path = _broken(tmp_path, "expected_flags: [customer_harassment]", "expected_flags: [rudeness]")
    with pytest.raises(CorpusError, match="unknown flag 'rudeness'") as info:
        load_cards(path)
    assert info.value.line == _line_of(path, "expected_flags:")

    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    card = corpus / "roleplay" / "rp-ja-kasuhara-dogeza.yaml"
    card.write_text(
        card.read_text(encoding="utf-8").replace("man-returns-ja]", "man-nope-ja]"),
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match="no manual or policy with id 'man-nope-ja'") as info:
        ScenarioLibrary.load(corpus)
    assert info.value.line == _line_of(card, "manual_refs:")


def test_manual_sections_resolve_to_the_most_specific_heading() -> None:
    import re

    library = ScenarioLibrary.load(SAMPLE_CORPUS)
    refs = ["man-kasuhara-ja", "man-complaint-handling-ja"]
    procedure = library.section(refs, re.compile("その場での対応手順"))
    assert procedure is not None
    assert (procedure.doc_id, procedure.heading) == ("man-kasuhara-ja", "その場での対応手順")
    assert procedure.title == "カスタマーハラスメント対応マニュアル"
    facts = library.section(refs, re.compile("事実確認"))
    assert facts is not None and facts.heading == "3. 事実確認"
    fallback = library.section(refs, re.compile("no such heading"))
    assert fallback is not None and (fallback.doc_id, fallback.heading) == ("man-kasuhara-ja", None)
