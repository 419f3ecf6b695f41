"""Scores of the input guardrails (PII spans, injection decisions) on labelled JSONL sets.

``python -m evals.guard_eval [--pii FILE] [--injection FILE]`` prints the tables.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guardrails.injection import detect_injection
from guardrails.pii import PII_TYPES, detect_pii

DATASETS = Path(__file__).parent / "datasets"
PII_DEV = DATASETS / "pii_dev.jsonl"
INJECTION_DEV = DATASETS / "injection_dev.jsonl"


def _read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": self.tp + self.fn,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


Span = tuple[str, int, int]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def score_pii(path: str | Path = PII_DEV) -> dict[str, Any]:
    """Per-type precision/recall/F1 of ``detect_pii`` against gold spans.

    Exact match: same type, start and end. Overlap match: same type and overlapping spans
    (each gold and each predicted span matched at most once).

    Returns:
        ``{"exact": {"micro": {...}, "per_type": {...}}, "overlap": {...}, "errors": [...]}``.
    """
    exact: dict[str, _Counts] = {t: _Counts() for t in PII_TYPES}
    overlap: dict[str, _Counts] = {t: _Counts() for t in PII_TYPES}
    errors: list[dict[str, Any]] = []
    for case in _read_jsonl(path):
        text = case["text"]
        gold = {(s["type"], s["start"], s["end"]) for s in case["spans"]}
        pred = {
            (f.type, f.start, f.end)
            for f in detect_pii(text, case.get("lang"))
            if f.type and f.start is not None and f.end is not None
        }
        for t in {g[0] for g in gold | pred}:
            exact.setdefault(t, _Counts())
            overlap.setdefault(t, _Counts())
        for span in gold & pred:
            exact[span[0]].tp += 1
        for span in pred - gold:
            exact[span[0]].fp += 1
        for span in gold - pred:
            exact[span[0]].fn += 1
        unmatched = set(pred)
        for g in gold:
            hit = next((p for p in unmatched if _overlaps(g, p)), None)
            if hit is None:
                overlap[g[0]].fn += 1
            else:
                overlap[g[0]].tp += 1
                unmatched.discard(hit)
        for p in unmatched:
            overlap[p[0]].fp += 1
        if gold != pred:
            errors.append(
                {
                    "id": case["id"],
                    "missed": [(t, s, e, text[s:e]) for t, s, e in sorted(gold - pred)],
                    "spurious": [(t, s, e, text[s:e]) for t, s, e in sorted(pred - gold)],
                }
            )

    def summary(counts: dict[str, _Counts]) -> dict[str, Any]:
        micro = _Counts(
            sum(c.tp for c in counts.values()),
            sum(c.fp for c in counts.values()),
            sum(c.fn for c in counts.values()),
        )
        return {
            "micro": micro.as_dict(),
            "per_type": {t: c.as_dict() for t, c in counts.items() if c.tp + c.fp + c.fn},
        }

    return {"exact": summary(exact), "overlap": summary(overlap), "errors": errors}


def score_injection(path: str | Path = INJECTION_DEV) -> dict[str, Any]:
    """Recall, false-positive rate and precision of ``detect_injection`` on labelled texts.

    Returns:
        ``{"recall", "fpr", "precision", "support": {...}, "per_lang": {...}, "errors": [...]}``.
    """
    outcome: Counter[str] = Counter()
    per_lang: dict[str, Counter[str]] = {}
    errors: list[dict[str, Any]] = []
    for case in _read_jsonl(path):
        result = detect_injection(case["text"], where=case.get("where", "message"))
        positive = case["label"] == "injection"
        key = (
            ("tp" if result.detected else "fn") if positive else ("fp" if result.detected else "tn")
        )
        outcome[key] += 1
        per_lang.setdefault(case.get("lang", "?"), Counter())[key] += 1
        if key in ("fp", "fn"):
            errors.append(
                {
                    "id": case["id"],
                    "error": key,
                    "score": round(result.score, 3),
                    "text": case["text"],
                }
            )

    def rates(c: Counter[str]) -> dict[str, float | int]:
        pos, neg = c["tp"] + c["fn"], c["fp"] + c["tn"]
        return {
            "recall": round(c["tp"] / pos, 4) if pos else 1.0,
            "fpr": round(c["fp"] / neg, 4) if neg else 0.0,
            "precision": round(c["tp"] / (c["tp"] + c["fp"]), 4) if c["tp"] + c["fp"] else 1.0,
            "positives": pos,
            "negatives": neg,
        }

    return {
        **rates(outcome),
        "per_lang": {lang: rates(c) for lang, c in sorted(per_lang.items())},
        "errors": errors,
    }


def _print_pii(result: dict[str, Any], show_errors: bool) -> None:
    for mode in ("exact", "overlap"):
        print(f"\nPII ({mode} match)")
        print(f"{'type':<16}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}{'fp':>5}{'fn':>5}")
        rows = {**result[mode]["per_type"], "micro": result[mode]["micro"]}
        for name, m in rows.items():
            print(
                f"{name:<16}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
                f"{m['support']:>9}{m['fp']:>5}{m['fn']:>5}"
            )
    if show_errors:
        for err in result["errors"]:
            print(err)


def _print_injection(result: dict[str, Any], show_errors: bool) -> None:
    print("\nInjection")
    print(f"{'':<8}{'recall':>8}{'FPR':>8}{'prec':>8}{'pos':>6}{'neg':>6}")
    for name, m in {**result["per_lang"], "all": result}.items():
        print(
            f"{name:<8}{m['recall']:>8.3f}{m['fpr']:>8.3f}{m['precision']:>8.3f}"
            f"{m['positives']:>6}{m['negatives']:>6}"
        )
    if show_errors:
        for err in result["errors"]:
            print(err)


def main(argv: list[str] | None = None) -> None:
    """Print the PII and injection tables for the given (default: dev) datasets."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pii", default=str(PII_DEV))
    parser.add_argument("--injection", default=str(INJECTION_DEV))
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    if Path(args.pii).exists():
        _print_pii(score_pii(args.pii), args.errors)
    if Path(args.injection).exists():
        _print_injection(score_injection(args.injection), args.errors)


if __name__ == "__main__":
    main()
