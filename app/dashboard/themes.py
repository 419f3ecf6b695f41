"""Voice of the customer: complaint themes from the redacted snippets, and knowledge gaps.

Snippets are embedded with the service's embedder and grouped by k-means (cosine, on
unit vectors). ``k`` follows a simple rule, ``round(sqrt(n / 2))`` clamped to
``[MIN_K, MAX_K]`` and to the number of distinct snippets. A theme is labelled by its most
distinctive terms: Japanese content words from fugashi (nouns, verbs, adjectives in
dictionary form) and English words, each weighted by how much more often it occurs in the
theme than in the whole view (a class-based tf-idf). Knowledge gaps are the suggestions
whose retrieved sources covered few of the ticket's content words (``retrieval_coverage``
below :data:`GAP_COVERAGE`), grouped the same way, so the team sees which manual to write
next. Coverage is used rather than the fused retrieval score: rank fusion always gives
its first source a near-maximal score, found or not.

Nothing here reads the database; :mod:`app.dashboard.rows` supplies the rows.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

import numpy as np

from app.dashboard.filters import DashboardFilters
from app.dashboard.rows import LogRow

MIN_K = 2
MAX_K = 8
KMEANS_ITERATIONS = 50
LABEL_TERMS = 3
EXAMPLES = 3
MAX_ROWS = 3000  # the most recent snippets of a view that are clustered

# On the sample corpus, tickets it answers cover 0.7-1.0 of their words, tickets about
# topics it lacks 0.15-0.6.
GAP_COVERAGE = 0.6

_PLACEHOLDER = re.compile(r"<[A-Z_]+_?\d*>|\[[^\]]{1,40}\]")
_EN_WORD = re.compile(r"(?<![a-z0-9-])[a-z]{2,}(?:['’-][a-z]+)*(?![a-z0-9-])")
_EN_STOP = frozenset(
    """about above after again against all and any are because been before being below
    between both but can could did does doing down during each few for from further had has
    have having her here hers him his how into its itself just more most not now off once
    only other our ours out over own same she should some such than that the their theirs
    them then there these they this those through too under until very was were what when
    where which while who whom why will with would you your yours also may might must shall
    let get got please thanks thank still since yet even already again ago last week day
    days today yesterday one two three i'm i've it's don't can't didn't isn't wasn't
    hi hello dear just really very much""".split()  # noqa: SIM905
)
_JA_STOP = frozenset(
    """する ある いる なる おる ござる いただく くださる 下さる 頂く 致す いたす れる られる せる
    できる 出来る こと もの ため よう とき ところ 方 場合 など 等 さん 様 さま 的 中 際 上 うち
    ほか これ それ あれ どれ ここ そこ どこ 私 わたし 当社 弊社 御社 貴社 もう まだ とても また
    ちょっと 少し いう 言う 思う 行う おこなう 先日 今日 昨日 今回 前回 ない 良い いい 全く
    なぜ どう どうして 本当 ん 何 よく 回 使 使う 来る 見る 聞く 入る 出す くる みる しまう
    すぐ 全然 毎回 今 前 後 いつ 自分 みたい 感じ 件 そう""".split()  # noqa: SIM905
)


class Embeds(Protocol):
    """What clustering needs of an embedder (``retrieval.embedders.Embedder`` fits)."""

    def embed_batch(self, texts: Sequence[str], kind: Any = "passage") -> np.ndarray: ...


# --------------------------------------------------------------------------- pure parts


def choose_k(n: int) -> int:
    """The number of themes for ``n`` distinct snippets: ``round(sqrt(n / 2))`` in [2, 8]."""
    if n <= 1:
        return n
    return max(MIN_K, min(MAX_K, n, round(math.sqrt(n / 2))))


def kmeans(vectors: np.ndarray, k: int, *, seed: int = 0) -> np.ndarray:
    """Cluster labels of unit ``vectors`` by spherical k-means with k-means++ seeding.

    Deterministic for a given ``seed``. Empty clusters are re-seeded with the point
    farthest from its centroid.
    """
    n = len(vectors)
    if k <= 1 or n <= 1:
        return np.zeros(n, dtype=np.int64)
    rng = np.random.default_rng(seed)
    x = np.asarray(vectors, dtype=np.float64)
    centroids = np.empty((k, x.shape[1]))
    centroids[0] = x[rng.integers(n)]
    closest = 1.0 - x @ centroids[0]
    for j in range(1, k):
        weights = np.clip(closest, 0, None) ** 2
        total = weights.sum()
        idx = int(rng.choice(n, p=weights / total)) if total > 0 else int(rng.integers(n))
        centroids[j] = x[idx]
        closest = np.minimum(closest, 1.0 - x @ centroids[j])
    labels = np.full(n, -1, dtype=np.int64)
    for _ in range(KMEANS_ITERATIONS):
        sims = x @ centroids.T
        new = sims.argmax(axis=1)
        for j in range(k):
            members = x[new == j]
            if len(members) == 0:
                far = int(np.argmin(sims[np.arange(n), new]))
                new[far] = j
                members = x[new == j]
            c = members.sum(axis=0)
            norm = np.linalg.norm(c)
            centroids[j] = c / norm if norm > 0 else c
        if np.array_equal(new, labels):
            break
        labels = new
    return labels


def terms(text: str) -> list[str]:
    """Label terms of a snippet: Japanese content words (fugashi) and English words.

    Placeholders of redacted personal data (``<PHONE_1>``, ``[お客様名]``) are dropped.
    """
    from retrieval.lexical import analyze_japanese

    text = unicodedata.normalize("NFKC", _PLACEHOLDER.sub(" ", text))
    out: list[str] = []
    for run in re.split(r"([A-Za-z][A-Za-z'-]*)", text):
        if not run.strip():
            continue
        if run.isascii():
            out.extend(
                w
                for w in _EN_WORD.findall(run.lower())
                if len(w) >= 3 and w not in _EN_STOP and "'" not in w and "’" not in w
            )
        else:
            out.extend(t for t in analyze_japanese(run) if t not in _JA_STOP and not t.isdigit())
    return out


def _is_japanese(term: str) -> bool:
    return not term.isascii()


def label_terms(
    groups: Sequence[Sequence[str]], *, top: int = LABEL_TERMS
) -> list[dict[str, list[str]]]:
    """The most distinctive ja and en terms of each group of texts (class-based tf-idf)."""
    bags = [Counter(t for text in g for t in set(terms(text))) for g in groups]
    docs = sum(len(g) for g in groups) or 1
    everywhere = Counter[str]()
    for bag in bags:
        everywhere.update(bag)
    out = []
    for bag, group in zip(bags, groups, strict=True):
        size = len(group) or 1
        scored = sorted(
            (
                (-(n / size) * math.log(1 + docs / everywhere[t]), t)
                for t, n in bag.items()
                if n >= 2 or size < 4
            ),
        )
        ja = [t for _, t in scored if _is_japanese(t)][:top]
        en = [t for _, t in scored if not _is_japanese(t)][:top]
        out.append({"ja": ja, "en": en})
    return out


def label_of(words: dict[str, list[str]]) -> str:
    """A short label: the top Japanese terms, then the top English ones."""
    parts = [*words["ja"], *words["en"]]
    return " · ".join(parts) if parts else "—"


@dataclass(frozen=True)
class Group:
    """Rows that belong together, with their label terms and the examples closest to the centre."""

    rows: list[LogRow]
    words: dict[str, list[str]]
    examples: list[LogRow]


def group_rows(rows: Sequence[LogRow], embedder: Embeds, *, seed: int = 0) -> list[Group]:
    """Cluster ``rows`` by their snippets; groups largest first."""
    rows = [r for r in rows if r.snippet.strip()][-MAX_ROWS:]
    if not rows:
        return []
    distinct = list(dict.fromkeys(r.snippet for r in rows))
    vectors = np.asarray(embedder.embed_batch(distinct, kind="passage"), dtype=np.float64)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    labels = kmeans(vectors, choose_k(len(distinct)), seed=seed)
    label_of_text = {text: int(label) for text, label in zip(distinct, labels, strict=True)}
    members: dict[int, list[LogRow]] = {}
    for r in rows:
        members.setdefault(label_of_text[r.snippet], []).append(r)
    ordered = sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    words = label_terms([[r.snippet for r in group] for _, group in ordered])
    index = {text: i for i, text in enumerate(distinct)}
    out = []
    for (_, group), w in zip(ordered, words, strict=True):
        texts = list(dict.fromkeys(r.snippet for r in group))
        vecs = vectors[[index[t] for t in texts]]
        centre = vecs.mean(axis=0)
        closest = [texts[i] for i in np.argsort(-(vecs @ centre), kind="stable")[:EXAMPLES]]
        first: dict[str, LogRow] = {}
        for r in reversed(group):  # the latest row of each example text
            first.setdefault(r.snippet, r)
        out.append(Group(rows=list(group), words=w, examples=[first[t] for t in closest]))
    return out


def example_json(r: LogRow) -> dict[str, Any]:
    """An example ticket as the page shows it: the redacted snippet and its context."""
    return {
        "snippet": r.snippet,
        "language": r.language,
        "channel": r.channel,
        "product": r.product,
        "topic": r.topic,
        "date": r.created_at.date().isoformat(),
    }


def week_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def trend(rows: Sequence[LogRow], filters: DashboardFilters) -> list[dict[str, Any]]:
    """Rows per week (by its Monday) of the view, empty weeks included."""
    counts = Counter(week_of(r.created_at.date()) for r in rows)
    out = []
    current = week_of(filters.start)
    while current <= filters.end:
        out.append({"week": current.isoformat(), "count": counts.get(current, 0)})
        current += timedelta(days=7)
    return out


# --------------------------------------------------------------------------- views


def themes(rows: Sequence[LogRow], filters: DashboardFilters, embedder: Embeds) -> dict[str, Any]:
    """Complaint themes of the view: label, size, weekly trend, examples."""
    groups = group_rows(rows, embedder)
    total = sum(len(g.rows) for g in groups)
    return {
        "filters": filters.to_json(),
        "clustered": total,
        "k": len(groups),
        "rule": "k = round(sqrt(n / 2)) clamped to [2, 8], n distinct snippets",
        "themes": [
            {
                "id": i + 1,
                "label": label_of(g.words),
                "terms": g.words,
                "count": len(g.rows),
                "share": round(len(g.rows) / total, 4) if total else None,
                "topics": dict(Counter(r.topic or "unknown" for r in g.rows).most_common(3)),
                "trend": trend(g.rows, filters),
                "examples": [example_json(r) for r in g.examples],
            }
            for i, g in enumerate(groups)
        ],
    }


def gaps(
    rows: Sequence[LogRow],
    filters: DashboardFilters,
    embedder: Embeds,
    *,
    threshold: float | None = None,
) -> dict[str, Any]:
    """Tickets whose sources covered under ``threshold`` of their words, grouped into topics."""
    limit = GAP_COVERAGE if threshold is None else threshold
    scored = [r for r in rows if r.retrieval_coverage is not None]
    low = [r for r in scored if r.retrieval_coverage is not None and r.retrieval_coverage < limit]
    groups = group_rows(low, embedder, seed=1)
    return {
        "filters": filters.to_json(),
        "threshold": limit,
        "scored": len(scored),
        "count": len(low),
        "share": round(len(low) / len(scored), 4) if scored else None,
        "groups": [
            {
                "id": i + 1,
                "label": label_of(g.words),
                "terms": g.words,
                "count": len(g.rows),
                "mean_coverage": round(
                    sum(r.retrieval_coverage or 0.0 for r in g.rows) / len(g.rows), 4
                ),
                "topics": dict(Counter(r.topic or "unknown" for r in g.rows).most_common(3)),
                "products": dict(Counter(r.product or "none" for r in g.rows).most_common(3)),
                "examples": [example_json(r) for r in g.examples],
            }
            for i, g in enumerate(groups)
        ],
    }
