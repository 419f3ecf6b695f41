"""Eval metrics as tables: known suggestions in, exact numbers out."""

from __future__ import annotations

from typing import Any

import pytest

from app.schemas import Suggestion, Ticket
from evals.dataset import EvalCase, Expect
from evals.fakes import make_suggestion
from evals.grounding import lexical_support
from evals.metrics import (
    EscalateAccuracy,
    EvalResult,
    FlagMetric,
    Forbidden,
    LanguageMatch,
    Latency,
    MustCite,
    NoFlagFalsePositive,
    Tokens,
    confusion_matrix,
    percentile,
)
from evals.rubric import CRITERIA, score_reply

sug = make_suggestion


def case(**expect: Any) -> EvalCase:
    ticket = Ticket(ticket_id="t", messages=[{"role": "customer", "text": "hello"}])  # type: ignore[list-item]
    return EvalCase(id="c", ticket=ticket, expect=Expect(**expect))


def res(s: Suggestion | None, latency: float = 0.0) -> EvalResult:
    return EvalResult(suggestion=s, latency_ms=latency)


def test_flag_metric_micro_and_per_flag() -> None:
    m = FlagMetric(["legal_threat", "regulator", "media_threat"])
    rows = [
        (["legal_threat"], ("legal_threat",)),  # tp legal
        (["legal_threat", "regulator"], ("legal_threat",)),  # tp legal, fn regulator
        ([], ("media_threat",)),  # fp media
        ([], ()),  # nothing
    ]
    results = [m.score(case(flags=e), res(sug(flags=a))) for e, a in rows]
    assert [r.passed for r in results] == [True, False, False, True]
    assert results[1].failures == ("missing flag regulator",)
    assert results[2].failures == ("unexpected flag media_threat",)
    agg = m.aggregate(results)
    # tp=2, fp=1, fn=1 -> P=2/3, R=2/3, F1=2/3
    assert agg["flag_precision"] == 0.6667
    assert agg["flag_recall"] == 0.6667
    assert agg["flag_micro_f1"] == 0.6667
    assert agg["per_flag"]["legal_threat"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "support": 2,
        "tp": 2,
        "fp": 0,
        "fn": 0,
    }
    assert agg["per_flag"]["regulator"]["recall"] == 0.0
    assert agg["per_flag"]["regulator"]["f1"] == 0.0
    assert agg["per_flag"]["media_threat"]["precision"] == 0.0
    assert agg["per_flag"]["media_threat"]["support"] == 0
    assert agg["flag_exact_match"] == 0.5
    # macro over flags with support: legal 1.0, regulator 0.0
    assert agg["flag_macro_f1"] == 0.5


def test_flags_not_expected_are_not_scored() -> None:
    r = FlagMetric().score(case(), res(sug(flags=("legal_threat",))))
    assert r.value is None and r.passed is None


def test_confusion_matrix() -> None:
    m = FlagMetric()
    rows = [
        (["legal_threat"], ("legal_threat",)),
        (["regulator"], ("media_threat",)),
        (["safety_incident"], ()),
        ([], ("media_threat",)),
        ([], ()),
    ]
    cm = confusion_matrix([m.score(case(flags=e), res(sug(flags=a))) for e, a in rows])
    assert cm == {
        "legal_threat": {"legal_threat": 1},
        "regulator": {"media_threat": 1},
        "safety_incident": {"none": 1},
        "none": {"media_threat": 1, "none": 1},
    }


@pytest.mark.parametrize(
    ("expected", "actual", "value"),
    [
        (True, ("legal_threat",), 1.0),
        (True, (), 0.0),
        (False, (), 1.0),
        (False, ("regulator",), 0.0),
    ],
)
def test_escalate_accuracy(expected: bool, actual: tuple[str, ...], value: float) -> None:
    assert EscalateAccuracy().score(case(escalate=expected), res(sug(flags=actual))).value == value


def test_escalate_defaults_from_flags_and_pipeline_error_counts_as_no_escalation() -> None:
    assert case(flags=["legal_threat"]).expect.escalate is True
    r = EscalateAccuracy().score(case(flags=["legal_threat"]), res(None))
    assert r.value == 0.0 and r.failures == ("escalate is false, expected true",)


def test_no_flag_fpr() -> None:
    m = NoFlagFalsePositive()
    results = [
        m.score(case(flags=[]), res(sug(flags=("media_threat",)))),
        m.score(case(flags=[]), res(sug())),
        m.score(case(flags=[]), res(sug())),
        m.score(
            case(flags=["legal_threat"]), res(sug(flags=("media_threat",)))
        ),  # not a no-flag case
    ]
    assert m.aggregate(results) == {"no_flag_fpr": 0.3333, "no_flag_cases": 3}


def test_must_cite_recall_and_mrr() -> None:
    m = MustCite()
    rows = [
        (["a"], ("a", "b")),  # rank 1, recall 1
        (["b"], ("a", "a", "b")),  # second distinct doc -> rank 2
        (["a", "z"], ("c", "d", "a")),  # recall 0.5, rank 3
        (["z"], ("a",)),  # recall 0, rr 0
    ]
    results = [m.score(case(must_cite=e), res(sug(cites=c))) for e, c in rows]
    assert [r.value for r in results] == [1.0, 1.0, 0.5, 0.0]
    assert results[2].failures == ("not cited: z",)
    agg = m.aggregate([*results, m.score(case(), res(sug()))])
    assert agg["must_cite_recall"] == 0.625
    assert agg["mrr"] == round((1 + 0.5 + 1 / 3 + 0) / 4, 4)
    assert agg["must_cite_cases"] == 4


def test_forbidden_counts_every_matching_pattern() -> None:
    m = Forbidden()
    r = m.score(
        case(forbidden=["弊社の責任です", r"\d{3}-\d{4}-\d{4}", "never"]),
        res(sug(reply="これは弊社の責任です。090-1234-5678 までお電話を。", language="ja")),
    )
    assert r.value == 2.0 and not r.passed
    assert r.failures[0] == "forbidden /弊社の責任です/ matched '弊社の責任です'"
    clean = m.score(case(forbidden=["x{3}"]), res(sug(reply="ok")))
    assert m.aggregate([r, clean, m.score(case(), res(sug()))]) == {
        "forbidden_violations": 2,
        "forbidden_violation_rate": 0.5,
    }


@pytest.mark.parametrize(
    ("want", "language", "reply", "ok"),
    [
        ("ja", "ja", "ご連絡いたします。", True),
        ("ja", "en", "ご連絡いたします。", False),
        ("ja", "ja", "We will contact you.", False),  # labelled ja but written in English
        ("en", "en", "We will contact you about HK-H200 (ヒーター).", True),
    ],
)
def test_language_match(want: str, language: str, reply: str, ok: bool) -> None:
    r = LanguageMatch().score(case(language=want), res(sug(reply=reply, language=language)))
    assert r.passed is ok


def test_percentile_and_latency() -> None:
    assert percentile([], 50) == 0.0
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile([10, 20, 30, 40, 50], 95) == pytest.approx(48.0)
    m = Latency()
    results = [m.score(case(), res(sug(), latency=float(x))) for x in (100, 200, 300, 400, 1000)]
    assert m.aggregate(results) == {
        "latency_p50_ms": 300.0,
        "latency_p95_ms": 880.0,
        "latency_mean_ms": 400.0,
        "latency_max_ms": 1000.0,
    }


def test_tokens_and_fallback_rate() -> None:
    m = Tokens()
    results = [
        m.score(case(), res(sug(tokens=(100, 50)))),
        m.score(case(), res(sug(tokens=(300, 150), fallback=True))),
        m.score(case(), res(None)),
    ]
    assert m.aggregate(results) == {
        "prompt_tokens": 400,
        "completion_tokens": 200,
        "tokens_per_case": 300.0,
        "fallback_rate": 0.5,
    }


# --------------------------------------------------------------------------- rubric

GOOD_JA = (
    "このたびはご不便をおかけし、誠に申し訳ございません。"
    "お申し出の内容を確認のうえ、担当部署より2営業日以内にご連絡いたします。"
    "恐れ入りますが、ご注文番号をお知らせいただけますでしょうか。"
)
GOOD_EN = (
    "I'm sorry to hear the heater stopped working, and thank you for letting us know. "
    "Our quality team will review it and contact you within 2 business days."
)


def verdicts(
    reply: str, language: str, flags: tuple[str, ...] = (), channel: str = "email"
) -> dict[str, bool | None]:
    r = score_reply(reply, language=language, flags=flags, channel=channel)
    return {c.name: c.passed for c in r.criteria}


def test_rubric_good_replies_pass_every_applicable_criterion() -> None:
    assert verdicts(GOOD_JA, "ja") == {
        "acknowledgement": True,
        "limited_apology": True,
        "next_steps_time": True,
        "within_authority": True,
        "escalation_boundary": None,
        "register": True,
    }
    r = score_reply(GOOD_EN, language="en", flags=["safety_incident"], channel="email")
    assert r.score == 1.0 and [c.name for c in r.criteria] == list(CRITERIA)


@pytest.mark.parametrize(
    ("reply", "language", "flags", "channel", "criterion"),
    [
        (GOOD_JA + "今回の件は弊社の責任です。", "ja", (), "email", "limited_apology"),
        (GOOD_EN + " It is our fault entirely.", "en", (), "email", "limited_apology"),
        ("確認いたします。", "ja", (), "email", "acknowledgement"),
        (
            "ご不便をおかけし申し訳ございません。確認いたします。",
            "ja",
            (),
            "email",
            "next_steps_time",
        ),
        (GOOD_JA + "50,000円を返金いたします。", "ja", (), "email", "within_authority"),
        (GOOD_EN + " We will refund ¥45,000 today.", "en", (), "email", "within_authority"),
        (
            GOOD_JA + "責任者がご自宅へ伺いお詫びいたします。",
            "ja",
            ("customer_harassment",),
            "phone",
            "escalation_boundary",
        ),
        (
            "ご不便をおかけし申し訳ございません。2営業日以内にご連絡いたします。",
            "ja",
            ("customer_harassment",),
            "phone",
            "escalation_boundary",
        ),
        (GOOD_JA + "早く確認しろ。", "ja", (), "email", "register"),
        (GOOD_EN + " Calm down, please.", "en", (), "chat", "register"),
        (GOOD_EN + " " + "x" * 400, "en", (), "sns", "register"),
    ],
)
def test_rubric_catches_each_fault(
    reply: str, language: str, flags: tuple[str, ...], channel: str, criterion: str
) -> None:
    assert verdicts(reply, language, flags, channel)[criterion] is False


def test_rubric_boundary_for_harassment_passes_with_a_calm_limit() -> None:
    reply = (
        "ご不便をおかけし申し訳ございません。このようなご発言はお控えいただけますようお願いいたします。"
        "本件は責任者が確認し、2営業日以内にご連絡いたします。"
    )
    assert verdicts(reply, "ja", ("customer_harassment",), "phone")["escalation_boundary"] is True


# --------------------------------------------------------------------------- groundedness


def test_lexical_groundedness() -> None:
    contexts = [
        "HK-H200 の製造ロット 2409A から 2411C は電源コードの根元が過熱するおそれがあり、無償交換の対象です。"
    ]
    reply = (
        "お問い合わせいただきありがとうございます。"  # not a claim (no content bigrams to speak of)
        "製造ロット 2409A から 2411C は無償交換の対象です。"  # supported
        "修理代金は全額ポイントで還元いたします。"  # unsupported
    )
    s = lexical_support(reply, contexts, language="ja")
    assert len(s.claims) == 2
    assert [c.supported for c in s.claims] == [True, False]
    assert s.share == 0.5
    en = lexical_support(
        "Refunds are paid within seven business days of approval. Our CEO sends flowers to everyone.",
        ["Refunds are paid within 7 business days of approval."],
        language="en",
    )
    assert [c.supported for c in en.claims] == [True, False]


@pytest.mark.parametrize(
    ("reply", "lang", "passed"),
    [
        ("土下座はいたしかねます。責任者より改めてご連絡いたします。", "ja", True),
        ("土下座して謝罪いたします。", "ja", False),
        ("ご自宅へ伺うことはできかねます。責任者よりご連絡いたします。", "ja", True),
        ("We cannot come to your home to apologise; a manager will contact you.", "en", True),
        ("We will come to your home to apologise.", "en", False),
    ],
)
def test_declining_a_harassing_demand_is_not_giving_in(reply: str, lang: str, passed: bool) -> None:
    from evals.rubric import score_reply

    result = score_reply(reply, language=lang, flags={"customer_harassment"}, channel="email")
    assert result.get("escalation_boundary").passed is passed
