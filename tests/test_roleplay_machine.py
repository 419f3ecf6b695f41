"""The mood state machine and the assessment it runs on: pure, table-driven."""

from __future__ import annotations

from functools import lru_cache

import pytest

from app.roleplay import machine
from app.roleplay.assess import assess, facts_revealed, pitfalls_hit, questions
from app.roleplay.cards import Card, ScenarioLibrary
from app.settings import SAMPLE_CORPUS


@lru_cache(maxsize=1)
def library() -> ScenarioLibrary:
    return ScenarioLibrary.load(SAMPLE_CORPUS)


def card(card_id: str) -> Card:
    return library().cards[card_id]


DOGEZA = "rp-ja-kasuhara-dogeza"
APPEASE = "かしこまりました。土下座いたします。本日中にご自宅に伺い、お詫びいたします。"
BOUNDARY = (
    "ご不便をおかけし申し訳ございません。製品は全額返金でご対応いたします。"
    "ただ、ご自宅への訪問といったご要求にはお応えいたしかねます。"
    "このようなお言葉が続く場合は通話を終了させていただきます。"
    "本件は責任者から明日中にご連絡いたします。"
)


def run(card_id: str, text: str, mood: int | None = None, **state: object) -> machine.Transition:
    c = card(card_id)
    s = machine.MoodState(mood=c.mood.start if mood is None else mood, **state)  # type: ignore[arg-type]
    a = assess(c, text, flags=c.expected_flags, revealed_before=set(s.revealed))
    return machine.step(c, s, a)


@pytest.mark.parametrize(("score", "delta"), [(1.0, -10), (0.5, 0), (0.0, 10), (2 / 3, -3)])
def test_quality_delta(score: float, delta: int) -> None:
    assert machine.quality_delta(score) == delta


def test_bands_follow_the_card() -> None:
    mood = card(DOGEZA).mood
    assert [mood.band(m) for m in (0, 29, 30, 54, 55, 79, 80, 100)] == [
        "calm",
        "calm",
        "annoyed",
        "annoyed",
        "angry",
        "angry",
        "furious",
        "furious",
    ]


def test_appeasing_a_kasuhara_demand_pushes_the_customer_harder_and_never_ends_it() -> None:
    t = run(DOGEZA, APPEASE)
    assert t.pushed and t.after.pitfalls == 1 and t.after.outcome is None
    assert t.delta > 0 and t.band == "furious"
    assert ("pitfall: 土下座いたします", machine.HARASSMENT_PITFALL_DELTA) in t.parts
    # even at the top of the scale an appeased customer stays and presses for more
    t2 = run(DOGEZA, APPEASE, mood=97)
    assert t2.after.outcome is None and t2.after.mood == card(DOGEZA).mood.abandon_above - 1


def test_a_calm_boundary_and_handover_end_a_kasuhara_card_as_escalated_with_success() -> None:
    t = run(DOGEZA, BOUNDARY)
    assert (t.after.outcome, t.after.success) == ("escalated", True)
    assert ("calm boundary", machine.BOUNDARY_RELIEF) in t.parts
    assert t.delta < 0


def test_a_refusal_that_names_the_demand_is_not_the_pitfall() -> None:
    c = card(DOGEZA)
    assert pitfalls_hit(c, "ご自宅に伺うことはいたしかねます。") == []
    assert [p.keyword for p in pitfalls_hit(c, "ご自宅に伺います。")] == ["ご自宅に伺"]


def test_aggravating_triggers_and_a_bad_reply_make_a_customer_abandon() -> None:
    t = run(DOGEZA, "落ち着いてください。説明書をお読みください。", mood=90)
    assert t.after.outcome == "abandoned" and t.after.success is False
    assert {r for r, _ in t.parts} >= {"aggravating: 落ち着いて", "aggravating: 説明書"}


def test_a_resolve_card_resolves_when_the_mood_drops_below_its_threshold() -> None:
    reply = (
        "2回の重複請求でご迷惑をおかけし、申し訳ございません。本日、返金の手続きをいたしました。"
        "カード会社の明細には翌月に反映される見込みで、3営業日以内にメールでご連絡いたします。"
    )
    t = run("rp-ja-subscription-double-charge", reply, mood=40)
    assert (t.after.outcome, t.after.success) == ("resolved", True)


def test_handover_ends_a_non_harassment_escalation_card_only_once_the_customer_is_calmer() -> None:
    reply = "お怪我はございませんか。品質保証部の担当者から本日中にご連絡いたします。"
    angry = run("rp-ja-heater-smoke", reply, mood=90)
    assert angry.after.outcome is None
    calmer = run("rp-ja-heater-smoke", reply, mood=50)
    assert (calmer.after.outcome, calmer.after.success) == ("escalated", True)


def test_turn_limit_ends_the_session_and_an_ended_session_takes_no_step() -> None:
    t = run(DOGEZA, "確認いたします。", mood=70, turn=machine.MAX_TURNS - 1)
    assert t.after.outcome == "abandoned"
    c = card(DOGEZA)
    with pytest.raises(ValueError, match="ended"):
        machine.step(c, t.after, assess(c, "x", flags=[], revealed_before=set()))


def test_state_round_trips_through_json() -> None:
    s = machine.MoodState(mood=40, turn=2, revealed=("a",), outcome="resolved", success=True)
    assert machine.MoodState.from_json(s.to_json()) == s


@pytest.mark.parametrize(
    ("card_id", "text", "revealed"),
    [
        (DOGEZA, "表示に何か出ていましたでしょうか。", ["error_code"]),
        (DOGEZA, "表示を確認いたします。", []),  # a statement, not a question
        (DOGEZA, "返金をご希望でしょうか？", ["wants_refund"]),
        ("rp-en-abusive-chat", "Could you tell me your order number?", ["order"]),
        ("rp-en-abusive-chat", "I will look up the order.", []),
    ],
)
def test_hidden_facts_are_revealed_only_by_the_right_question(
    card_id: str, text: str, revealed: list[str]
) -> None:
    assert [f.id for f in facts_revealed(card(card_id), text, set())] == revealed


def test_a_fact_is_revealed_once() -> None:
    assert facts_revealed(card(DOGEZA), "表示は何でしたか。", {"error_code"}) == []
    assert questions("ご希望をお聞かせください。明日ご連絡いたします。", "ja") == [
        "ご希望をお聞かせください。"
    ]
