"""The flag classifier's building blocks and the training harness's folds.

No weights ship (cross-validation showed no gain over the rules, see
``python -m evals.train_flag_classifier --dry-run``), so these tests cover what a re-run
depends on: sentence spans that quote the customer, a save/load round trip that scores the
same, and folds that never put one case on both sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from evals.train_flag_classifier import Case, fit_logistic, folds_of
from guardrails.classifier import FlagClassifier, split_sentences
from retrieval.embedders import FakeEmbedder


def fake_encoder(texts: Sequence[str]) -> np.ndarray:
    return FakeEmbedder(dim=64).embed_batch(list(texts))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ヒーターが止まりました。修理をお願いします！",
            ["ヒーターが止まりました。", "修理をお願いします！"],
        ),
        ("It stopped. Please fix v2.1 soon!", ["It stopped.", "Please fix v2.1 soon!"]),
        ("  「返金してください」", ["返金してください」"]),
        ("ok", ["ok"]),
    ],
)
def test_sentences_are_quoted_spans(text: str, expected: list[str]) -> None:
    got = split_sentences(text, message_index=2)
    assert [s.text for s in got] == expected
    assert all(text[s.start : s.end] == s.text and s.message_index == 2 for s in got)


def test_long_sentence_yields_its_clauses_and_itself() -> None:
    text = (
        "先週届いた加湿器なのですが、説明書のとおりに水を入れて使っていたところ、"
        "三日目の夜に本体の裏側から焦げたようなにおいがしてきて、慌ててコンセントを抜いたのですが、"
        "しばらくにおいが部屋に残っていて、家族みんなで驚きました。"
    )
    spans = [s.text for s in split_sentences(text)]
    assert spans[0] == text
    assert len(spans) > 2 and all(part in text for part in spans[1:])


def test_round_trip_scores_the_same(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    clf = FlagClassifier(
        ["legal_threat", "safety_incident"],
        rng.normal(size=(2, 64)).astype(np.float32),
        np.array([0.1, -0.2], dtype=np.float32),
        {"safety_incident": 0.9},
        encoder=fake_encoder,
    )
    clf.save(tmp_path / "w.npz")
    loaded = FlagClassifier.load(tmp_path / "w.npz", encoder=fake_encoder)
    texts = [(0, "The kettle sparked and burnt my hand."), (1, "弁護士と話しました。")]
    a, b = clf.score_texts(texts), loaded.score_texts(texts)
    assert loaded.add_threshold == {"safety_incident": 0.9}
    for flag in a:
        # Weights are stored as float16: equal to a few decimals, and the same sentence wins.
        assert a[flag].probability == pytest.approx(b[flag].probability, abs=1e-2)
        assert a[flag].sentence == b[flag].sentence
    assert loaded.score_texts(texts) == b  # deterministic


def test_load_refuses_weights_for_another_encoder(tmp_path: Path) -> None:
    clf = FlagClassifier(["x"], np.zeros((1, 8)), np.zeros(1), {})
    clf.save(tmp_path / "w.npz")
    path = tmp_path / "w.json"
    path.write_text(path.read_text().replace('"use-multilingual"', '"e5-small"'))
    with pytest.raises(ValueError):
        FlagClassifier.load(tmp_path / "w.npz")


def test_logistic_fit_separates_and_is_deterministic() -> None:
    rng = np.random.default_rng(1)
    x = np.vstack([rng.normal(1.0, 1.0, (40, 3)), rng.normal(-1.0, 1.0, (40, 3))])
    y = np.concatenate([np.ones(40), np.zeros(40)])
    w1, b1 = fit_logistic(x, y, np.ones(80), c=1.0)
    w2, b2 = fit_logistic(x, y, np.ones(80), c=1.0)
    assert np.array_equal(w1, w2) and b1 == b2
    assert ((x @ w1 + b1 > 0) == (y == 1)).mean() > 0.9


def test_folds_keep_a_group_together() -> None:
    cases = [
        Case(f"c{i}", "s", {}, [(0, "t")], {"legal_threat"} if i % 3 else set(), group=i // 2)
        for i in range(40)
    ]
    fold = folds_of(cases, 5, seed=7)
    for i in range(0, 40, 2):
        assert fold[i] == fold[i + 1]
    assert set(fold.tolist()) == set(range(5))
