"""Train the flag classifier (:mod:`guardrails.classifier`) and measure it against the rules.

Run ``python -m evals.train_flag_classifier`` from the repository root (``--dry-run`` to
print the cross-validated numbers without writing the weights). Reproducible: a fixed seed,
deterministic folds and a deterministic solver.

What it does:

1. Loads the labelled eval cases (``expect.flags``) of the training sets, splits every
   customer message into sentences (:func:`guardrails.classifier.split_sentences`) and embeds
   them with ``use-multilingual``.
2. Per flag, a multi-instance logistic regression (one-vs-rest, L2, balanced class weights):
   a case with the flag is a bag of sentences of which at least one carries it. The first fit
   spreads the label over the bag's sentences; two refits keep only the bag's best-scoring
   sentence as the positive. A case without the flag gives negatives from every sentence.
   The case's score is the maximum over its sentences.
3. Grouped k-fold cross-validation (a case, and any case with the same customer text, lands
   in one fold only), nested: inside each outer training split an inner CV picks C and the
   per-flag thresholds, so the outer numbers are never measured on data that chose them.
4. Prints micro P/R/F1 and the no-flag false-positive rate for the rules alone, the classifier
   alone and the combinations, overall and per source, the operating points of one global
   threshold, and the latency the classifier adds per ticket. Only if the combination beats
   the rules in the outer CV without raising the no-flag FPR does it fit on everything and
   write ``guardrails/data/flag_classifier.npz`` and its manifest; otherwise it writes
   nothing and exits 1. (As of the last run it writes nothing: see the printed numbers.)

Flags decided by ticket context (``compensation_over_limit``: amounts; ``repeat_contact``:
contact count) stay rule-only, as their corpus policy rules have ``when:`` conditions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from guardrails.classifier import (
    DEFAULT_WEIGHTS,
    EMBEDDER_NAME,
    FlagClassifier,
    Sentence,
    split_sentences,
)
from guardrails.escalation import EscalationEngine
from guardrails.taxonomy import FLAG_NAMES

SEED = 20261123
FOLDS = 5
TRAINING_SETS = (
    "evals/datasets/escalation_dev.jsonl",
    "evals/datasets/escalation_dev2.jsonl",
    "evals/datasets/holdout/escalation_holdout.jsonl",
    "evals/datasets/suggest_eval.jsonl",
)
RULE_ONLY = frozenset({"compensation_over_limit", "repeat_contact"})
CLASSIFIER_FLAGS = tuple(f for f in FLAG_NAMES if f not in RULE_ONLY)
C_GRID = (0.5, 2.0, 8.0)
# The classifier adds a flag on its own only above every score at which, in
# cross-validation, an addition was wrong (plus a margin), and only if that finds anything.
ADD_MARGIN = 0.01
MIN_GAIN = 2
MIL_REFITS = 2


@dataclass
class Case:
    """One labelled case: its customer texts, expected flags, and what the rules say."""

    id: str
    source: str
    ticket: dict[str, Any]
    texts: list[tuple[int, str]]
    flags: set[str]
    group: int = 0
    sentences: list[Sentence] = field(default_factory=list)
    rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    rules: set[str] = field(default_factory=set)


def load_cases(paths: tuple[str, ...] = TRAINING_SETS) -> list[Case]:
    """The cases of ``paths``; cases with the same customer text share a group."""
    cases: list[Case] = []
    groups: dict[str, int] = {}
    for path in paths:
        source = Path(path).stem
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                raw = json.loads(line)
                ticket = raw["ticket"]
                texts = [
                    (i, str(m.get("text") or ""))
                    for i, m in enumerate(ticket.get("messages", []))
                    if (m.get("role") or "customer") == "customer"
                ]
                key = unicodedata.normalize("NFKC", " ".join(t for _, t in texts).lower()).strip()
                group = groups.setdefault(hashlib.sha1(key.encode()).hexdigest(), len(groups))
                cases.append(
                    Case(
                        f"{source}:{raw['id']}",
                        source,
                        ticket,
                        texts,
                        set(raw.get("expect", {}).get("flags", [])),
                        group,
                    )
                )
    return cases


def _rule_engine() -> EscalationEngine:
    from retrieval.corpus import load_corpus

    corpus = load_corpus("knowledge_corpus")
    return EscalationEngine(rules=corpus.rules, flags=corpus.flags)


def embed_cases(cases: list[Case]) -> np.ndarray:
    """Split and embed every case's sentences; ``case.rows`` index the returned matrix."""
    probe = FlagClassifier(["x"], np.zeros((1, 512)), np.zeros(1), {})
    texts: list[str] = []
    for c in cases:
        c.sentences = [s for i, t in c.texts for s in split_sentences(t, i)]
        c.rows = np.arange(len(texts), len(texts) + len(c.sentences))
        texts.extend(s.text for s in c.sentences)
    return probe.encode(texts)


# --------------------------------------------------------------------------- solver


def fit_logistic(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float, iters: int = 25
) -> tuple[np.ndarray, float]:
    """L2-regularised weighted logistic regression by Newton's method (deterministic).

    Minimises ``sum(w * logloss) + ||coef||^2 / (2 C)`` (the bias is not penalised), which is
    scikit-learn's ``LogisticRegression(C=C)`` with ``sample_weight=w``.
    """
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))]).astype(np.float64)
    beta = np.zeros(d + 1)
    reg = np.full(d + 1, 1.0 / c)
    reg[-1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ beta, -30, 30)))
        grad = xb.T @ (w * (p - y)) + reg * beta
        h = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-8)
        step = np.linalg.solve(h, grad)
        beta -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return beta[:-1].astype(np.float32), float(beta[-1])


def fit_flag(emb: np.ndarray, cases: list[Case], flag: str, c: float) -> tuple[np.ndarray, float]:
    """Multi-instance fit of one flag over ``cases`` (see the module docstring)."""
    pos = [cs for cs in cases if flag in cs.flags and len(cs.rows)]
    neg_rows = np.concatenate(
        [cs.rows for cs in cases if flag not in cs.flags] or [np.zeros(0, int)]
    )
    x_neg = emb[neg_rows]

    def fit(pos_rows: np.ndarray, pos_w: np.ndarray) -> tuple[np.ndarray, float]:
        x = np.vstack([emb[pos_rows], x_neg])
        y = np.concatenate([np.ones(len(pos_rows)), np.zeros(len(x_neg))])
        # Balanced: positives and negatives weigh the same in total.
        wn = np.full(len(x_neg), 0.5 * len(y) / max(len(x_neg), 1))
        wp = pos_w / pos_w.sum() * 0.5 * len(y)
        return fit_logistic(x, y, np.concatenate([wp, wn]), c)

    rows = np.concatenate([cs.rows for cs in pos])
    weights = np.concatenate([np.full(len(cs.rows), 1.0 / len(cs.rows)) for cs in pos])
    coef, bias = fit(rows, weights)
    for _ in range(MIL_REFITS):
        best = np.array([cs.rows[np.argmax(emb[cs.rows] @ coef)] for cs in pos])
        coef, bias = fit(best, np.ones(len(best)))
    return coef, bias


def fit_all(
    emb: np.ndarray, cases: list[Case], c: dict[str, float]
) -> tuple[np.ndarray, np.ndarray]:
    """Weights and biases of every classifier flag."""
    ws, bs = [], []
    for flag in CLASSIFIER_FLAGS:
        w, b = fit_flag(emb, cases, flag, c[flag])
        ws.append(w)
        bs.append(b)
    return np.stack(ws), np.array(bs, dtype=np.float32)


def case_scores(emb: np.ndarray, cases: list[Case], w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``(n_cases, n_flags)`` max-pooled probabilities."""
    out = np.zeros((len(cases), len(CLASSIFIER_FLAGS)))
    for k, cs in enumerate(cases):
        if len(cs.rows):
            z = emb[cs.rows] @ w.T + b
            out[k] = (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))).max(axis=0)
    return out


# --------------------------------------------------------------------------- CV


def folds_of(cases: list[Case], k: int, seed: int) -> np.ndarray:
    """A fold per case; whole groups go to one fold, spread so each fold gets every flag."""
    rng = np.random.default_rng(seed)
    groups: dict[int, list[int]] = {}
    for i, cs in enumerate(cases):
        groups.setdefault(cs.group, []).append(i)
    order = list(groups)
    rng.shuffle(order)

    # Rarest label first, round-robin: a cheap stratification over a multi-label set.
    def key(g: int) -> str:
        labels = sorted(f for i in groups[g] for f in cases[i].flags)
        return labels[0] if labels else "~"

    order.sort(key=key)
    fold = np.zeros(len(cases), dtype=np.int64)
    for n, g in enumerate(order):
        for i in groups[g]:
            fold[i] = n % k
    return fold


def oof_scores(
    emb: np.ndarray, cases: list[Case], c: dict[str, float], k: int, seed: int
) -> np.ndarray:
    """Out-of-fold case scores from a grouped k-fold over ``cases``."""
    fold = folds_of(cases, k, seed)
    out = np.zeros((len(cases), len(CLASSIFIER_FLAGS)))
    for f in range(k):
        tr = [cs for cs, fo in zip(cases, fold, strict=True) if fo != f]
        va = [i for i, fo in enumerate(fold) if fo == f]
        w, b = fit_all(emb, tr, c)
        out[va] = case_scores(emb, [cases[i] for i in va], w, b)
    return out


def _ap(scores: np.ndarray, labels: np.ndarray) -> float:
    """Average precision of one flag's scores."""
    order = np.argsort(-scores, kind="stable")
    hits = labels[order]
    if not hits.any():
        return 0.0
    prec = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((prec * hits).sum() / hits.sum())


def choose(scores: np.ndarray, cases: list[Case]) -> tuple[dict[str, float], dict[str, float]]:
    """Per flag: the add threshold (or none) and, where CV supports it, a veto threshold.

    The add threshold sits :data:`ADD_MARGIN` above the highest out-of-fold score of any
    flag the classifier would have added wrongly (not expected, not raised by the rules),
    and is kept only if it then finds at least :data:`MIN_GAIN` flags the rules missed. A veto
    threshold is the highest probability below which every rule-raised flag in CV was
    wrong, and is kept only if it removes at least two wrong flags and no right one.
    """
    add: dict[str, float] = {}
    veto: dict[str, float] = {}
    for j, flag in enumerate(CLASSIFIER_FLAGS):
        y = np.array([flag in cs.flags for cs in cases])
        ruled = np.array([flag in cs.rules for cs in cases])
        # Above every score at which an addition was ever wrong in CV, by a margin.
        wrong_add = scores[~y & ~ruled, j]
        t = float(np.ceil((wrong_add.max() if len(wrong_add) else 0.5) * 100) / 100 + ADD_MARGIN)
        if t < 1.0 and int(((scores[:, j] >= t) & y & ~ruled).sum()) >= MIN_GAIN:
            add[flag] = round(t, 2)
        right = scores[ruled & y, j]
        wrong = scores[ruled & ~y, j]
        if len(wrong):
            limit = float(right.min()) if len(right) else 1.0
            removed = int((wrong < limit).sum())
            if removed >= 2:
                veto[flag] = float(np.floor(limit * 100) / 100)
    return add, veto


def choose_c(
    emb: np.ndarray, cases: list[Case], k: int, seed: int
) -> tuple[dict[str, float], np.ndarray]:
    """Per flag, the C of :data:`C_GRID` with the best out-of-fold average precision."""
    per_c = {c: oof_scores(emb, cases, dict.fromkeys(CLASSIFIER_FLAGS, c), k, seed) for c in C_GRID}
    best: dict[str, float] = {}
    oof = np.zeros((len(cases), len(CLASSIFIER_FLAGS)))
    for j, flag in enumerate(CLASSIFIER_FLAGS):
        y = np.array([flag in cs.flags for cs in cases])
        aps = {c: _ap(s[:, j], y) for c, s in per_c.items()}
        best[flag] = max(C_GRID, key=lambda c: (aps[c], -c))
        oof[:, j] = per_c[best[flag]][:, j]
    return best, oof


# --------------------------------------------------------------------------- scoring


def predictions(
    cases: list[Case],
    scores: np.ndarray,
    mode: str,
    add: dict[str, float],
    veto: dict[str, float],
) -> list[set[str]]:
    """Predicted flag sets under ``mode``: rules | classifier | add | add+veto."""
    out = []
    for cs, row in zip(cases, scores, strict=True):
        prob = dict(zip(CLASSIFIER_FLAGS, row, strict=True))
        if mode == "classifier":
            out.append({f for f in CLASSIFIER_FLAGS if prob[f] >= 0.5})
            continue
        flags = set(cs.rules)
        if mode in ("add", "add+veto"):
            flags |= {f for f, t in add.items() if prob[f] >= t}
        if mode == "add+veto":
            flags -= {f for f, t in veto.items() if f in cs.rules and prob[f] < t}
        out.append(flags)
    return out


def metrics(
    cases: list[Case], pred: list[set[str]], only: frozenset[str] | None = None
) -> dict[str, float]:
    """Micro P/R/F1 and the no-flag FPR (over ``only`` flags when given)."""
    tp = fp = fn = 0
    nf = nf_fp = 0
    for cs, p in zip(cases, pred, strict=True):
        e = cs.flags if only is None else cs.flags & only
        p = p if only is None else p & only
        tp += len(p & e)
        fp += len(p - e)
        fn += len(e - p)
        if not cs.flags:
            nf += 1
            nf_fp += bool(p)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "no_flag_fpr": nf_fp / nf if nf else 0.0}


def _line(name: str, m: dict[str, float]) -> str:
    return (
        f"  {name:<22} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}"
        f"  no-flag FPR {m['no_flag_fpr']:.3f}"
    )


def nested_cv(emb: np.ndarray, cases: list[Case], seed: int) -> dict[str, Any]:
    """Outer grouped k-fold; C and thresholds chosen by an inner CV on each training split."""
    fold = folds_of(cases, FOLDS, seed)
    scores = np.zeros((len(cases), len(CLASSIFIER_FLAGS)))
    preds: dict[str, list[set[str] | None]] = {
        m: [None] * len(cases) for m in ("rules", "classifier", "add", "add+veto")
    }
    chosen = []
    for f in range(FOLDS):
        tr_idx = [i for i in range(len(cases)) if fold[i] != f]
        va_idx = [i for i in range(len(cases)) if fold[i] == f]
        tr = [cases[i] for i in tr_idx]
        va = [cases[i] for i in va_idx]
        c, inner = choose_c(emb, tr, FOLDS, seed + 1)
        add, veto = choose(inner, tr)
        chosen.append({"C": c, "add": add, "veto": veto})
        w, b = fit_all(emb, tr, c)
        s = case_scores(emb, va, w, b)
        scores[va_idx] = s
        for mode in preds:
            for i, p in zip(va_idx, predictions(va, s, mode, add, veto), strict=True):
                preds[mode][i] = p
    return {"scores": scores, "preds": preds, "chosen": chosen, "fold": fold}


def report(cases: list[Case], preds: dict[str, list[set[str]]]) -> dict[str, Any]:
    """Print and return overall and per-source figures of every mode."""
    out: dict[str, Any] = {}
    sources = sorted({cs.source for cs in cases})
    text_flags = frozenset(CLASSIFIER_FLAGS)
    for scope in ["all", *sources]:
        idx = [i for i, cs in enumerate(cases) if scope in ("all", cs.source)]
        sub = [cases[i] for i in idx]
        print(f"{scope} ({len(sub)} cases, {sum(not c.flags for c in sub)} without flags)")
        out[scope] = {}
        for mode, pred in preds.items():
            p = [pred[i] for i in idx]
            m = metrics(sub, p)
            mt = metrics(sub, p, text_flags)
            out[scope][mode] = {"all_flags": m, "classifier_flags": mt}
            print(_line(mode, m) + f"   | 7 text flags: R {mt['recall']:.3f} F1 {mt['f1']:.3f}")
    return out


def operating_points(cases: list[Case], scores: np.ndarray) -> None:
    """What one global add threshold would do, from the outer out-of-fold scores.

    Per threshold: the classifier's own recall on the text flags, how many of the flags the
    rules missed it recovers, how many wrong flags it adds, and the no-flag FPR of
    rules + classifier.
    """
    y = np.array([[f in cs.flags for f in CLASSIFIER_FLAGS] for cs in cases])
    r = np.array([[f in cs.rules for f in CLASSIFIER_FLAGS] for cs in cases])
    nf = np.array([not cs.flags for cs in cases])
    base = float((nf & r.any(axis=1)).sum() / nf.sum())
    print(f"\noperating points (one threshold for all text flags; rules' no-flag FPR {base:.3f}):")
    print(f"  {'t':>5} {'clf recall':>10} {'recovered':>10} {'wrong adds':>10} {'no-flag FPR':>12}")
    for t in (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99):
        fire = scores >= t
        rec = (fire & y).sum() / y.sum()
        recovered = int((fire & y & ~r).sum())
        wrong = int((fire & ~y & ~r).sum())
        fpr = float((nf & (r | fire).any(axis=1)).sum() / nf.sum())
        print(
            f"  {t:>5.2f} {rec:>10.3f} {recovered:>4}/{int((y & ~r).sum()):<5} {wrong:>10} {fpr:>12.3f}"
        )


def latency(cases: list[Case], n: int = 200) -> None:
    """Added time per ticket: split + embed + score, on real tickets (the encoder warm)."""
    rng = np.random.default_rng(SEED)
    sample = [cases[i] for i in rng.choice(len(cases), size=min(n, len(cases)), replace=False)]
    clf = FlagClassifier(
        CLASSIFIER_FLAGS,
        np.zeros((len(CLASSIFIER_FLAGS), 512)),
        np.zeros(len(CLASSIFIER_FLAGS)),
        {},
    )
    clf.score_texts(sample[0].texts)
    ts = []
    for cs in sample:
        t0 = time.perf_counter()
        clf.score_texts(cs.texts)
        ts.append((time.perf_counter() - t0) * 1000)
    ts.sort()
    print(
        f"\nadded latency per ticket (split + embed + score, {len(ts)} tickets): "
        f"p50 {ts[len(ts) // 2]:.1f} ms  p95 {ts[int(0.95 * (len(ts) - 1))]:.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, print, and (unless ``--dry-run``) fit on everything and save."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="print CV numbers, write nothing")
    ap.add_argument("--out", default=str(DEFAULT_WEIGHTS), help="weights path (.npz)")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    np.random.seed(args.seed)

    t0 = time.perf_counter()
    cases = load_cases()
    engine = _rule_engine()
    for cs in cases:
        cs.rules = engine.assess(cs.ticket).names
    emb = embed_cases(cases)
    n_sent = sum(len(cs.sentences) for cs in cases)
    print(
        f"{len(cases)} cases, {len({c.group for c in cases})} groups, {n_sent} sentences "
        f"embedded in {time.perf_counter() - t0:.1f} s"
    )

    cv = nested_cv(emb, cases, args.seed)
    print(f"\nnested {FOLDS}-fold CV (grouped; C and thresholds chosen inside each training split)")
    summary = report(cases, cv["preds"])
    print("\nthresholds chosen per outer fold:")
    for n, ch in enumerate(cv["chosen"]):
        print(f"  fold {n}: add {ch['add']}  veto {ch['veto']}")

    operating_points(cases, cv["scores"])
    latency(cases)

    gain = summary["all"]["add"]["all_flags"]["f1"] - summary["all"]["rules"]["all_flags"]["f1"]
    fpr_up = (
        summary["all"]["add"]["all_flags"]["no_flag_fpr"]
        > summary["all"]["rules"]["all_flags"]["no_flag_fpr"]
    )
    # Veto only if it helps in the outer CV: lower FPR or higher F1, with recall not lower.
    veto_ok = (
        summary["all"]["add+veto"]["all_flags"]["recall"]
        >= summary["all"]["add"]["all_flags"]["recall"]
        and summary["all"]["add+veto"]["all_flags"]["f1"] > summary["all"]["add"]["all_flags"]["f1"]
    )
    print(
        f"\ncombination vs rules: ΔF1 {gain:+.3f}, no-flag FPR rises: {fpr_up}; veto kept: {veto_ok}"
    )
    if args.dry_run:
        return 0
    if gain <= 0 or fpr_up:
        print("no gain in CV: nothing written")
        return 1

    c, oof = choose_c(emb, cases, FOLDS, args.seed + 1)
    add, veto = choose(oof, cases)
    if not veto_ok:
        veto = {}
    w, b = fit_all(emb, cases, c)
    manifest = {
        "embedder": EMBEDDER_NAME,
        "dim": int(emb.shape[1]),
        "trained_on": list(TRAINING_SETS),
        "cases": len(cases),
        "sentences": n_sent,
        "date": dt.date.today().isoformat(),
        "seed": args.seed,
        "C": c,
        "add_margin": ADD_MARGIN,
        "rule_only_flags": sorted(RULE_ONLY),
        "cv": {
            "folds": FOLDS,
            "grouped": True,
            "nested": True,
            "results": {
                scope: {mode: v["all_flags"] for mode, v in modes.items()}
                for scope, modes in summary.items()
            },
        },
    }
    clf = FlagClassifier(CLASSIFIER_FLAGS, w, b, add, veto, manifest)
    clf.save(args.out)
    print(f"\nfinal: C {c}\n  add thresholds {add}\n  veto thresholds {veto}")
    print(f"wrote {args.out} ({Path(args.out).stat().st_size} bytes) and its manifest")
    return 0


if __name__ == "__main__":
    sys.exit(main())
