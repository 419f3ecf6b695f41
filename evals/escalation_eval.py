"""Score the escalation engine on an eval-case JSONL file (DESIGN.md "Eval case format").

Run ``python -m evals.escalation_eval [DATASET]`` from the repository root; the default dataset
is ``evals/datasets/escalation_dev.jsonl``. Prints micro precision/recall/F1, per-flag
figures, escalate accuracy, the no-flag false-positive rate and every disagreement, and a
latency figure for :meth:`EscalationEngine.assess`.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from guardrails.escalation import EscalationEngine
from guardrails.taxonomy import FLAG_NAMES

DEFAULT_DATASET = Path("evals/datasets/escalation_dev.jsonl")


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}


def load_cases(path: Path | str) -> list[dict[str, Any]]:
    """The eval cases of a JSONL file (blank lines skipped)."""
    cases = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                cases.append(json.loads(line))
    return cases


def score_escalation(path: Path | str, engine: EscalationEngine) -> dict[str, Any]:
    """Compare the engine's flags with each case's ``expect.flags``.

    Returns:
        ``{"cases", "micro": {precision, recall, f1}, "per_flag": {flag: {precision, recall,
        f1, support}}, "escalate_accuracy", "no_flag_fpr", "no_flag_cases", "latency_ms":
        {p50, p95}, "errors": [{id, expected, actual, missing, extra, text}]}``. The no-flag
        FPR is the share of cases expecting no flag for which any flag was raised.
    """
    cases = load_cases(path)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    support: Counter[str] = Counter()
    esc_ok = 0
    no_flag = no_flag_fp = 0
    errors: list[dict[str, Any]] = []
    timings: list[float] = []
    for case in cases:
        expect = case.get("expect", {})
        expected = set(expect.get("flags", []))
        t0 = time.perf_counter()
        result = engine.assess(case["ticket"])
        timings.append((time.perf_counter() - t0) * 1000)
        actual = {f.flag for f in result.flags}
        for flag in expected:
            support[flag] += 1
        for flag in actual & expected:
            tp[flag] += 1
        for flag in actual - expected:
            fp[flag] += 1
        for flag in expected - actual:
            fn[flag] += 1
        want_escalate = bool(expect.get("escalate", bool(expected)))
        esc_ok += int(result.escalate == want_escalate)
        if not expected:
            no_flag += 1
            no_flag_fp += int(bool(actual))
        if actual != expected:
            texts = [
                m.get("text", "")
                for m in case["ticket"].get("messages", [])
                if m.get("role", "customer") == "customer"
            ]
            errors.append(
                {
                    "id": case.get("id"),
                    "expected": sorted(expected),
                    "actual": sorted(actual),
                    "missing": sorted(expected - actual),
                    "extra": sorted(actual - expected),
                    "evidence": {
                        f.flag: f.evidence for f in result.flags if f.flag in actual - expected
                    },
                    "text": " / ".join(texts),
                }
            )
    names = sorted(set(FLAG_NAMES) | set(support) | set(fp))
    per_flag = {n: {**_prf(tp[n], fp[n], fn[n]), "support": support[n]} for n in names}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    timings.sort()
    return {
        "cases": len(cases),
        "micro": micro,
        "per_flag": per_flag,
        "escalate_accuracy": esc_ok / len(cases) if cases else 0.0,
        "no_flag_fpr": no_flag_fp / no_flag if no_flag else 0.0,
        "no_flag_cases": no_flag,
        "latency_ms": {
            "p50": statistics.median(timings) if timings else 0.0,
            "p95": timings[int(0.95 * (len(timings) - 1))] if timings else 0.0,
        },
        "errors": errors,
    }


_PLAIN = {
    "ja": "先月購入したヒーターの件でご連絡いたします。届いてから毎日使っていますが、最近になって運転中にカタカタと音がするようになりました。",
    "en": "I bought the heater last month and it worked fine until this week, when it began making a rattling noise while running. ",
}


def bench_escalation(
    engine: EscalationEngine, path: Path | str | None = None, repeat: int = 50
) -> dict[str, dict[str, float]]:
    """CPU time of :meth:`EscalationEngine.detect_text` on 2,000-character messages.

    ``plain-ja``/``plain-en`` are one long ordinary complaint; ``dense-ja``/``dense-en`` are
    customer texts of the dataset run together, a worst case with a signal in every sentence.
    CPU time (not wall time) so that a busy machine does not blur the figure.
    """
    samples = {
        f"plain-{lang}": (text * (2000 // len(text) + 1))[:2000] for lang, text in _PLAIN.items()
    }
    if path is not None and Path(path).exists():
        texts = [
            m.get("text", "") for c in load_cases(path) for m in c["ticket"].get("messages", [])
        ]
        ja = "".join(t for t in texts if any("\u3040" <= ch <= "\u30ff" for ch in t))
        en = " ".join(t for t in texts if t.isascii())
        samples.update({"dense-ja": ja[:2000], "dense-en": en[:2000]})
    out: dict[str, dict[str, float]] = {}
    for name, text in samples.items():
        for _ in range(3):
            engine.detect_text(text)
        ts = []
        for _ in range(repeat):
            t0 = time.process_time()
            engine.detect_text(text)
            ts.append((time.process_time() - t0) * 1000)
        ts.sort()
        out[name] = {
            "chars": float(len(text)),
            "p50_ms": ts[len(ts) // 2],
            "p95_ms": ts[int(0.95 * (len(ts) - 1))],
        }
    return out


def _engine() -> EscalationEngine:
    """The engine with the sample corpus's policy rules, or the built-ins if it won't load."""
    try:
        from retrieval.corpus import load_corpus

        corpus = load_corpus("knowledge_corpus")
        return EscalationEngine(rules=corpus.rules, flags=corpus.flags)
    except Exception as exc:  # the corpus is optional for this report
        print(f"(corpus not loaded, built-in detectors only: {exc})", file=sys.stderr)
        return EscalationEngine()


def main(argv: list[str] | None = None) -> int:
    """Print the report; exit 1 when micro-F1 < 0.95 or no-flag FPR > 3 %."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else DEFAULT_DATASET
    report = score_escalation(path, _engine())
    m = report["micro"]
    print(f"dataset {path}  cases {report['cases']}  no-flag cases {report['no_flag_cases']}")
    print(f"micro P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
    print(
        f"escalate accuracy {report['escalate_accuracy']:.3f}  no-flag FPR {report['no_flag_fpr']:.3f}"
    )
    lat = report["latency_ms"]
    print(f"assess latency p50 {lat['p50']:.2f} ms  p95 {lat['p95']:.2f} ms")
    print(f"\n{'flag':<26}{'P':>7}{'R':>7}{'F1':>7}{'n':>5}")
    for name, s in report["per_flag"].items():
        print(
            f"{name:<26}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['support']:>5}"
        )
    print("\ndetect_text CPU time on 2,000-char messages (bar: p95 <= 3 ms on plain text)")
    for name, b in bench_escalation(_engine(), path).items():
        print(f"  {name:<10} p50 {b['p50_ms']:.2f} ms  p95 {b['p95_ms']:.2f} ms")
    if report["errors"]:
        print(f"\nerrors ({len(report['errors'])}):")
        for e in report["errors"]:
            print(
                f"- {e['id']}: missing {e['missing']} extra {e['extra']} {e['evidence'] or ''}\n    {e['text'][:300]}"
            )
    return 0 if m["f1"] >= 0.95 and report["no_flag_fpr"] <= 0.03 else 1


if __name__ == "__main__":
    raise SystemExit(main())
