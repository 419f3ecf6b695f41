"""Retrieval quality on a labelled query set: recall@k and MRR at document level.

    python -m evals.retrieval_eval [--corpus DIR] [--dataset FILE] [--k 8] [--embeddings NAME]

The corpus is ingested into a temporary data dir (the real indexes are never touched), then
every query is run lexical-only, vector-only and hybrid. Dataset lines are
``{"id", "query", "lang", "relevant": [doc ids]}``. A hit counts for a relevant document
when any chunk of it is retrieved.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.settings import REPO_ROOT, Settings, get_settings

DEFAULT_DATASET = REPO_ROOT / "evals" / "datasets" / "retrieval_dev.jsonl"
MODES = ("lexical", "vector", "hybrid")


@dataclass(frozen=True)
class Case:
    """One labelled query."""

    id: str
    query: str
    lang: str
    relevant: tuple[str, ...]


@dataclass(frozen=True)
class ModeScore:
    """Mean metrics of one retrieval mode."""

    mode: str
    recall: float
    mrr: float
    n: int
    misses: tuple[str, ...]


def load_cases(path: Path) -> list[Case]:
    """Read the dataset; a bad line stops with ``path:line: message``."""
    cases: list[Case] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
            relevant = tuple(str(d) for d in obj["relevant"])
            cases.append(
                Case(str(obj["id"]), str(obj["query"]), str(obj.get("lang", "")), relevant)
            )
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            raise SystemExit(f"{path}:{lineno}: bad case: {e}") from None
        if not relevant:
            raise SystemExit(f"{path}:{lineno}: 'relevant' is empty")
    return cases


def recall_at(retrieved: Sequence[str], relevant: Sequence[str]) -> float:
    """Share of the relevant documents found among ``retrieved``."""
    rel = set(relevant)
    return len(rel & set(retrieved)) / len(rel)


def reciprocal_rank(retrieved: Sequence[str], relevant: Sequence[str]) -> float:
    """1 / rank of the first relevant document (0 when none is retrieved)."""
    rel = set(relevant)
    for rank, doc in enumerate(retrieved, start=1):
        if doc in rel:
            return 1.0 / rank
    return 0.0


def unique_docs(doc_ids: Sequence[str]) -> list[str]:
    """Document ids in first-seen order."""
    return list(dict.fromkeys(doc_ids))


def evaluate(searcher: Any, cases: Sequence[Case], *, tenant: str, k: int) -> list[ModeScore]:
    """Run every case in every mode and average recall@k and MRR."""
    scores: list[ModeScore] = []
    for mode in MODES:
        recall = mrr = 0.0
        misses: list[str] = []
        for case in cases:
            result = searcher.search(case.query, tenant=tenant, k=k, mode=mode)
            docs = unique_docs([h.doc_id for h in result.hits])
            r = recall_at(docs, case.relevant)
            recall += r
            mrr += reciprocal_rank(docs, case.relevant)
            if r < 1.0:
                missing = sorted(set(case.relevant) - set(docs))
                misses.append(f"{case.id}: missing {', '.join(missing)}")
        n = max(len(cases), 1)
        scores.append(ModeScore(mode, recall / n, mrr / n, len(cases), tuple(misses)))
    return scores


def run(
    corpus: Path, dataset: Path, *, k: int = 8, embeddings: str | None = None
) -> tuple[list[ModeScore], dict[str, Any]]:
    """Ingest ``corpus`` into a throw-away data dir and evaluate ``dataset`` on it."""
    from retrieval.ingest import ingest
    from retrieval.search import HybridSearcher

    cases = load_cases(dataset)
    base = get_settings()
    with tempfile.TemporaryDirectory(prefix="teinei-eval-") as tmp:
        settings = Settings(
            **{
                **base.model_dump(),
                "data_dir": Path(tmp),
                "chroma_url": None,
                "embeddings": embeddings or base.embeddings,
            }
        )
        report = ingest(corpus, tenant="eval", settings=settings)
        searcher = HybridSearcher(settings)
        scores = evaluate(searcher, cases, tenant="eval", k=k)
        info = {"embeddings": settings.embeddings, "chunks": report.chunks, "cases": len(cases)}
    return scores, info


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.retrieval_eval", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder")
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET, help="labelled queries")
    parser.add_argument("--k", type=int, default=8)
    parser.add_argument("--embeddings", default=None, help="embedder backend (default: settings)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--misses", action="store_true", help="list the cases that miss")
    args = parser.parse_args(argv)
    corpus = args.corpus or get_settings().corpus_dir
    scores, info = run(corpus, args.dataset, k=args.k, embeddings=args.embeddings)
    if args.json:
        out = {
            **info,
            "k": args.k,
            "modes": {s.mode: {"recall": s.recall, "mrr": s.mrr} for s in scores},
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        return 0
    print(
        f"{info['cases']} queries, {info['chunks']} chunks, embeddings={info['embeddings']}, k={args.k}"
    )
    print(f"{'mode':<8} {'recall@' + str(args.k):>9} {'MRR':>6}")
    for s in scores:
        print(f"{s.mode:<8} {s.recall:>9.3f} {s.mrr:>6.3f}")
    if args.misses:
        for s in scores:
            for miss in s.misses:
                print(f"  [{s.mode}] {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
