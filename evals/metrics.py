"""Eval metrics: each one a small class whose ``score(case, result)`` is pure.

As in ragas, a metric scores one case at a time and returns a named
:class:`MetricResult`; ``aggregate`` turns the per-case results into the figures of
``report.json`` (the names DESIGN.md fixes, plus a few more). The runner composes them in
plain code: nothing here does I/O except the optional LLM judge in :mod:`evals.judge`.
"""

from __future__ import annotations

import math
import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.schemas import Suggestion
from evals.dataset import EvalCase
from evals.grounding import lexical_support
from evals.rubric import CRITERIA, score_reply


@dataclass
class EvalResult:
    """What the pipeline produced for one case.

    Attributes:
        suggestion: The suggestion, or ``None`` when the pipeline raised.
        latency_ms: Wall time of ``pipeline.run`` for this case.
        error: The exception text when the pipeline raised.
        contexts: Full texts of the cited chunks by chunk id, where the runner could read
            them (the suggestion itself only carries ~200-character snippets).
    """

    suggestion: Suggestion | None
    latency_ms: float = 0.0
    error: str | None = None
    contexts: dict[str, str] = field(default_factory=dict)

    @property
    def flags(self) -> set[str]:
        s = self.suggestion
        return {f.flag for f in s.escalation.flags} if s else set()

    @property
    def reply(self) -> str:
        return self.suggestion.reply if self.suggestion else ""

    def cited_docs(self) -> list[str]:
        """Distinct cited document ids, in rank order (first chunk of each document)."""
        if not self.suggestion:
            return []
        return list(dict.fromkeys(c.doc_id for c in self.suggestion.citations))

    def context_texts(self) -> list[str]:
        """The text of each cited chunk: the full chunk when known, else its snippet."""
        if not self.suggestion:
            return []
        return [self.contexts.get(c.chunk_id) or c.snippet for c in self.suggestion.citations]


@dataclass(frozen=True)
class MetricResult:
    """One metric on one case.

    Attributes:
        name: The metric's name.
        value: The case's score; ``None`` when the metric does not apply to the case.
        passed: Whether the case meets the expectation; ``None`` when not a pass criterion.
        failures: Human-readable reasons, empty when passed.
        details: Whatever ``aggregate`` needs (counts, ranks, matched spans).
    """

    name: str
    value: float | None
    passed: bool | None = None
    failures: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)


class Metric(ABC):
    """A metric: scores one case, then aggregates the case scores.

    Subclasses set ``name`` and implement :meth:`score` and :meth:`aggregate`.
    ``lower_is_better`` names the aggregate keys where a smaller value is better.
    """

    name: str = ""
    lower_is_better: frozenset[str] = frozenset()

    @abstractmethod
    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        """Score ``result`` against ``case.expect``. Must not do I/O."""

    @abstractmethod
    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        """The report figures from every case's result of this metric."""


# --------------------------------------------------------------------------- helpers


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty denominator counts as perfect (nothing to get wrong)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1


def percentile(values: Iterable[float], q: float) -> float:
    """The ``q``-th percentile (0–100) with linear interpolation; 0.0 for no values."""
    xs = sorted(values)
    if not xs:
        return 0.0
    pos = (len(xs) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def _mean(values: Iterable[float | None]) -> float:
    xs = [v for v in values if v is not None]
    return sum(xs) / len(xs) if xs else 0.0


def _r(x: float) -> float:
    return round(x, 4)


# --------------------------------------------------------------------------- flags


class FlagMetric(Metric):
    """Escalation flags: exact-set match per case; micro and per-flag P/R/F1 overall.

    A case passes when the raised flags equal ``expect.flags``. Cases without
    ``expect.flags`` are not scored.
    """

    name = "flags"

    def __init__(self, flag_names: Iterable[str] = ()) -> None:
        self.flag_names = tuple(flag_names)

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        if case.expect.flags is None:
            return MetricResult(self.name, None)
        expected = set(case.expect.flags)
        actual = result.flags
        tp, fp, fn = actual & expected, actual - expected, expected - actual
        failures = [f"missing flag {f}" for f in sorted(fn)] + [
            f"unexpected flag {f}" for f in sorted(fp)
        ]
        _, _, f1 = prf(len(tp), len(fp), len(fn))
        return MetricResult(
            self.name,
            f1,
            passed=not failures,
            failures=tuple(failures),
            details={
                "expected": sorted(expected),
                "actual": sorted(actual),
                "tp": sorted(tp),
                "fp": sorted(fp),
                "fn": sorted(fn),
            },
        )

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        scored = [r for r in results if r.value is not None]
        tp: Counter[str] = Counter()
        fp: Counter[str] = Counter()
        fn: Counter[str] = Counter()
        support: Counter[str] = Counter()
        for r in scored:
            tp.update(r.details["tp"])
            fp.update(r.details["fp"])
            fn.update(r.details["fn"])
            support.update(r.details["expected"])
        p, rec, f1 = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
        names = sorted(set(self.flag_names) | set(support) | set(fp))
        per_flag: dict[str, dict[str, float | int]] = {}
        for n in names:
            fp_, fr_, ff_ = prf(tp[n], fp[n], fn[n])
            per_flag[n] = {
                "precision": _r(fp_),
                "recall": _r(fr_),
                "f1": _r(ff_),
                "support": support[n],
                "tp": tp[n],
                "fp": fp[n],
                "fn": fn[n],
            }
        with_support = [v["f1"] for v in per_flag.values() if v["support"]]
        return {
            "flag_micro_f1": _r(f1),
            "flag_precision": _r(p),
            "flag_recall": _r(rec),
            "flag_macro_f1": _r(_mean(with_support)),
            "flag_exact_match": _r(_mean(1.0 if r.passed else 0.0 for r in scored)),
            "per_flag": per_flag,
        }


def confusion_matrix(results: Sequence[MetricResult]) -> dict[str, dict[str, int]]:
    """A flag confusion matrix for multi-label cases: ``matrix[expected][predicted]``.

    Per case: each flag both expected and raised counts on the diagonal; each missed flag
    counts against every unexpected flag of the case, or against ``none`` if there is none;
    each unexpected flag with nothing missed counts in row ``none``; a case with no flags
    expected and none raised counts at ``none``/``none``.
    """
    m: dict[str, Counter[str]] = {}

    def add(row: str, col: str) -> None:
        m.setdefault(row, Counter())[col] += 1

    for r in results:
        if r.value is None:
            continue
        for f in r.details["tp"]:
            add(f, f)
        missed, extra = r.details["fn"], r.details["fp"]
        for f in missed:
            for g in extra or ["none"]:
                add(f, g)
        if not missed:
            for g in extra:
                add("none", g)
        if not r.details["expected"] and not r.details["actual"]:
            add("none", "none")
    return {row: dict(cols) for row, cols in m.items()}


class EscalateAccuracy(Metric):
    """Whether ``escalation.escalate`` equals ``expect.escalate``."""

    name = "escalate"

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        want = case.expect.escalate
        if want is None:
            return MetricResult(self.name, None)
        got = bool(result.suggestion and result.suggestion.escalation.escalate)
        ok = got == want
        return MetricResult(
            self.name,
            1.0 if ok else 0.0,
            passed=ok,
            failures=()
            if ok
            else (f"escalate is {str(got).lower()}, expected {str(want).lower()}",),
        )

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        return {"escalate_accuracy": _r(_mean(r.value for r in results))}


class NoFlagFalsePositive(Metric):
    """Among cases expecting no flag, the share where any flag was raised."""

    name = "no_flag_fp"
    lower_is_better = frozenset({"no_flag_fpr"})

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        if case.expect.flags is None or case.expect.flags:
            return MetricResult(self.name, None)
        return MetricResult(self.name, 1.0 if result.flags else 0.0)

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        scored = [r for r in results if r.value is not None]
        return {"no_flag_fpr": _r(_mean(r.value for r in scored)), "no_flag_cases": len(scored)}


# --------------------------------------------------------------------------- retrieval


class MustCite(Metric):
    """Each ``must_cite`` document among the retrieved sources; recall and reciprocal rank.

    The rank is the position of the document among the distinct cited documents
    (``suggestion.citations`` is in rank order, the sources the draft used first). The
    reciprocal rank is that of the best-ranked required document. Both are averaged over
    the cases that list ``must_cite``.
    """

    name = "must_cite"

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        required = list(dict.fromkeys(case.expect.must_cite))
        if not required:
            return MetricResult(self.name, None)
        docs = result.cited_docs()
        ranks = {d: docs.index(d) + 1 for d in required if d in docs}
        missing = [d for d in required if d not in ranks]
        rr = 1.0 / min(ranks.values()) if ranks else 0.0
        return MetricResult(
            self.name,
            len(ranks) / len(required),
            passed=not missing,
            failures=tuple(f"not cited: {d}" for d in missing),
            details={"rr": rr, "ranks": ranks, "cited": docs},
        )

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        scored = [r for r in results if r.value is not None]
        return {
            "must_cite_recall": _r(_mean(r.value for r in scored)),
            "mrr": _r(_mean(r.details["rr"] for r in scored)),
            "must_cite_cases": len(scored),
        }


# --------------------------------------------------------------------------- reply


class Forbidden(Metric):
    """Regexes of ``expect.forbidden`` that match the reply (each match is a violation)."""

    name = "forbidden"
    lower_is_better = frozenset({"forbidden_violations", "forbidden_violation_rate"})

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        if not case.expect.forbidden:
            return MetricResult(self.name, None)
        reply = result.reply
        hits: list[tuple[str, str]] = []
        for pattern in case.expect.forbidden:
            m = re.search(pattern, reply)
            if m:
                hits.append((pattern, m.group(0)))
        return MetricResult(
            self.name,
            float(len(hits)),
            passed=not hits,
            failures=tuple(f"forbidden /{p}/ matched {s!r}" for p, s in hits),
            details={"matches": [{"pattern": p, "match": s} for p, s in hits]},
        )

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        scored = [r for r in results if r.value is not None]
        violating = sum(1 for r in scored if r.value)
        return {
            "forbidden_violations": int(sum(r.value or 0 for r in scored)),
            "forbidden_violation_rate": _r(violating / len(scored)) if scored else 0.0,
        }


class LanguageMatch(Metric):
    """The suggestion's language (and the reply's script) equals ``expect.language``.

    A Japanese reply must contain kana; an English reply must not be mostly Japanese.
    """

    name = "language"

    _KANA = re.compile(r"[\u3040-\u30ff]")

    def reply_language(self, reply: str) -> str:
        """``ja`` when the reply is mostly Japanese script, else ``en``."""
        ja = len(self._KANA.findall(reply)) + len(re.findall(r"[\u4e00-\u9fff]", reply))
        latin = len(re.findall(r"[A-Za-z]", reply))
        return "ja" if ja and ja * 2 >= latin else "en"

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        want = case.expect.language
        if want is None:
            return MetricResult(self.name, None)
        s = result.suggestion
        got = s.language if s else None
        seen = self.reply_language(s.reply) if s and s.reply.strip() else None
        ok = got == want and seen == want
        why = () if ok else (f"language is {got} (reply reads as {seen}), expected {want}",)
        return MetricResult(self.name, 1.0 if ok else 0.0, passed=ok, failures=why)

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        return {"language_match": _r(_mean(r.value for r in results))}


class GuardrailActions(Metric):
    """Counts of guardrail actions (pass/warn/block) and of findings by check."""

    name = "guardrails"

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        s = result.suggestion
        if s is None:
            return MetricResult(self.name, None)
        checks = Counter(f"{f.stage}:{f.check}" for f in s.guardrails.findings)
        return MetricResult(
            self.name, 1.0, details={"action": s.guardrails.action, "checks": dict(checks)}
        )

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        actions: Counter[str] = Counter({"pass": 0, "warn": 0, "block": 0})
        checks: Counter[str] = Counter()
        for r in results:
            if r.value is None:
                continue
            actions[r.details["action"]] += 1
            checks.update(r.details["checks"])
        return {
            "guardrail_actions": dict(actions),
            "guardrail_findings": dict(sorted(checks.items())),
        }


class Rubric(Metric):
    """The shared rubric (:mod:`evals.rubric`) on the reply. A score, not a pass criterion."""

    name = "rubric"

    def __init__(self, authority_limit_jpy: int = 30_000) -> None:
        self.authority_limit_jpy = authority_limit_jpy

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        s = result.suggestion
        if s is None:
            return MetricResult(self.name, None)
        verdict = score_reply(
            s.reply,
            language=s.language,
            flags=result.flags,
            channel=case.ticket.channel,
            authority_limit_jpy=self.authority_limit_jpy,
        )
        return MetricResult(self.name, verdict.score, details=verdict.to_json())

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        scored = [r for r in results if r.value is not None]
        per: dict[str, float] = {}
        for name in CRITERIA:
            verdicts = [r.details["criteria"][name]["passed"] for r in scored]
            applicable = [v for v in verdicts if v is not None]
            per[name] = _r(sum(1 for v in applicable if v) / len(applicable)) if applicable else 1.0
        return {"rubric_mean": _r(_mean(r.value for r in scored)), "rubric_criteria": per}


class LexicalGroundedness(Metric):
    """Share of the reply's claim sentences whose content words appear in a cited chunk.

    Sentences with too few content words (greetings, sign-offs) are not claims and are not
    counted. See :func:`evals.grounding.lexical_support`.
    """

    name = "groundedness"

    def __init__(self, threshold: float = 0.5) -> None:
        self.threshold = threshold

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        s = result.suggestion
        if s is None:
            return MetricResult(self.name, None)
        support = lexical_support(
            s.reply, result.context_texts(), language=s.language, threshold=self.threshold
        )
        if not support.claims:
            return MetricResult(self.name, None, details=support.to_json())
        return MetricResult(self.name, support.share, details=support.to_json())

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        return {"groundedness": _r(_mean(r.value for r in results))}


# --------------------------------------------------------------------------- cost


class Latency(Metric):
    """Wall time of each ``pipeline.run``: p50, p95, mean and max."""

    name = "latency"
    lower_is_better = frozenset(
        {"latency_p50_ms", "latency_p95_ms", "latency_mean_ms", "latency_max_ms"}
    )

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        return MetricResult(self.name, result.latency_ms)

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        xs = [r.value for r in results if r.value is not None]
        return {
            "latency_p50_ms": round(percentile(xs, 50), 1),
            "latency_p95_ms": round(percentile(xs, 95), 1),
            "latency_mean_ms": round(_mean(xs), 1),
            "latency_max_ms": round(max(xs, default=0.0), 1),
        }


class Tokens(Metric):
    """Prompt and completion tokens (0 for the template drafter), and the fallback rate."""

    name = "tokens"
    lower_is_better = frozenset(
        {"prompt_tokens", "completion_tokens", "tokens_per_case", "fallback_rate"}
    )

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        s = result.suggestion
        if s is None:
            return MetricResult(self.name, None)
        u = s.usage
        return MetricResult(
            self.name,
            float(u.prompt_tokens + u.completion_tokens),
            details={
                "prompt": u.prompt_tokens,
                "completion": u.completion_tokens,
                "fallback": s.backend.fallback_used,
            },
        )

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        scored = [r for r in results if r.value is not None]
        return {
            "prompt_tokens": sum(r.details["prompt"] for r in scored),
            "completion_tokens": sum(r.details["completion"] for r in scored),
            "tokens_per_case": round(_mean(r.value for r in scored), 1),
            "fallback_rate": _r(_mean(1.0 if r.details["fallback"] else 0.0 for r in scored)),
        }


def default_metrics(
    flag_names: Iterable[str] = (), authority_limit_jpy: int = 30_000
) -> list[Metric]:
    """The suite's metrics, in report order."""
    return [
        FlagMetric(flag_names),
        EscalateAccuracy(),
        NoFlagFalsePositive(),
        MustCite(),
        Forbidden(),
        LanguageMatch(),
        GuardrailActions(),
        Rubric(authority_limit_jpy),
        LexicalGroundedness(),
        Latency(),
        Tokens(),
    ]


LOWER_IS_BETTER: frozenset[str] = frozenset().union(*(m.lower_is_better for m in default_metrics()))
