"""Voice of the customer and knowledge gaps: the pure parts, then the API on demo data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from fastapi.testclient import TestClient

from app.dashboard.demo import generate
from app.dashboard.themes import choose_k, kmeans, label_terms, terms
from app.db import Database
from app.main import create_app
from app.settings import SAMPLE_CORPUS, Settings
from retrieval.embedders import FakeEmbedder


@pytest.mark.parametrize(
    ("n", "k"), [(0, 0), (1, 1), (2, 2), (8, 2), (18, 3), (50, 5), (128, 8), (5000, 8)]
)
def test_k_follows_the_square_root_rule(n: int, k: int) -> None:
    assert choose_k(n) == k


def test_kmeans_finds_obvious_groups_and_is_deterministic() -> None:
    rng = np.random.default_rng(0)
    centres = np.eye(3, 16)
    points = np.concatenate([c + 0.05 * rng.standard_normal((20, 16)) for c in centres])
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    labels = kmeans(points, 3, seed=4)
    assert len({tuple(labels[i : i + 20]) for i in range(0, 60, 20)}) == 3
    for i in range(0, 60, 20):
        assert len(set(labels[i : i + 20])) == 1
    assert (kmeans(points, 3, seed=4) == labels).all()


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("ケトルのフタが勝手に開きました。", ["ケトル", "フタ", "開く"], ["の", "が"]),
        ("<PERSON_1>様のヒーターから煙が出た", ["ヒーター", "煙"], ["PERSON_1", "様"]),
        (
            "My gift card code won't redeem at checkout.",
            ["gift", "card", "code", "redeem"],
            ["my", "won't"],
        ),
        ("Call <PHONE_1> about the kettle", ["call", "kettle"], ["phone_1", "the"]),
    ],
)
def test_terms_are_content_words_without_placeholders(
    text: str, expected: list[str], absent: list[str]
) -> None:
    found = terms(text)
    for word in expected:
        assert word in found
    for word in absent:
        assert word not in found


def test_labels_prefer_what_sets_a_group_apart() -> None:
    groups = [
        ["ケトルが届きません。", "ケトルの配送が遅れています。", "Kettle delivery is late."],
        ["ポイントが失効しました。", "ポイントが付与されていません。", "Loyalty points expired."],
    ]
    words = label_terms(groups)
    assert words[0]["ja"][0] == "ケトル"
    assert words[1]["ja"][0] == "ポイント"
    assert "points" in words[1]["en"] or "loyalty" in words[1]["en"]


# --------------------------------------------------------------------------- API


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("themes") / "data",
        embeddings="fake",
        llm_backend="template",
    )
    db = Database.from_settings(settings)
    db.migrate()
    generate(db, corpus_dir=SAMPLE_CORPUS, tenant="default", weeks=6, seed=5)
    app = create_app(settings, database=db)
    with TestClient(app) as c:
        key = app.state.repos.keys.create(tenant="default", role="qa").key
        yield c, {"Authorization": f"Bearer {key}"}
    db.close()


def test_themes_cover_the_view_with_labels_trends_and_redacted_examples(
    client: tuple[TestClient, dict[str, str]],
) -> None:
    c, headers = client
    data = c.get("/v1/dashboard/themes", headers=headers).json()
    assert 2 <= data["k"] <= 8
    assert data["k"] == len(data["themes"])
    assert sum(t["count"] for t in data["themes"]) == data["clustered"]
    for theme in data["themes"]:
        assert theme["label"] and theme["label"] != "—"
        assert sum(w["count"] for w in theme["trend"]) == theme["count"]
        assert 1 <= len(theme["examples"]) <= 3
        for ex in theme["examples"]:
            assert "090-" not in ex["snippet"] and "@example" not in ex["snippet"]
    labels = " ".join(t["label"] for t in data["themes"])
    assert any(word in labels for word in ("ケトル", "ヒーター", "炊飯", "フィルター", "kettle"))


def test_gaps_name_the_topics_the_corpus_lacks(client: tuple[TestClient, dict[str, str]]) -> None:
    c, headers = client
    data = c.get("/v1/dashboard/gaps", headers=headers).json()
    assert data["count"] > 0
    assert sum(g["count"] for g in data["groups"]) == data["count"]
    text = " ".join(
        [g["label"] for g in data["groups"]]
        + [e["snippet"] for g in data["groups"] for e in g["examples"]]
    ).lower()
    assert "アプリ" in text or "wi-fi" in text
    assert "ポイント" in text or "points" in text or "gift" in text
    for g in data["groups"]:
        assert g["mean_coverage"] < data["threshold"]
    # A threshold of zero leaves nothing.
    none = c.get("/v1/dashboard/gaps", params={"threshold": 0}, headers=headers).json()
    assert none["count"] == 0 and none["groups"] == []


def test_an_empty_view_has_no_themes(client: tuple[TestClient, dict[str, str]]) -> None:
    c, headers = client
    old = (datetime.now(UTC) - timedelta(days=300)).date().isoformat()
    data = c.get("/v1/dashboard/themes", params={"start": old, "end": old}, headers=headers).json()
    assert data["themes"] == [] and data["clustered"] == 0
    summary = c.get("/v1/dashboard/summary", params={"start": old, "end": old}, headers=headers)
    assert summary.json()["totals"]["suggestions"] == 0
    assert summary.json()["totals"]["acceptance_rate"] is None


def test_fake_embedder_is_what_the_tests_cluster_with() -> None:
    # The API tests run on the deterministic embedder; the service uses its configured one.
    assert FakeEmbedder().embed_batch(["ケトル"]).shape == (1, 512)
