"""The final report of a session: scores over the turns (an inline SVG chart), what went
well, what to fix, and the manual sections to reread. Pure: it reads the stored turns."""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from app.roleplay.cards import Card, ManualSection, ScenarioLibrary
from app.roleplay.coaching import section_for
from app.roleplay.machine import MoodState
from evals.rubric import CRITERIA

WELL_THRESHOLD = 0.67
FIX_THRESHOLD = 0.5

LABELS: dict[str, dict[str, str]] = {
    "acknowledgement": {
        "ja": "お客様の気持ちの受け止め（傾聴）",
        "en": "acknowledging the customer",
    },
    "limited_apology": {"ja": "限定謝罪（責任を認めないお詫び）", "en": "a limited apology"},
    "next_steps_time": {"ja": "次の対応と期限の提示", "en": "a next step with a time"},
    "within_authority": {"ja": "権限内の解決策", "en": "staying within your authority"},
    "escalation_boundary": {"ja": "線引きと引き継ぎ", "en": "boundary and handover"},
    "register": {"ja": "言葉遣い（敬語）", "en": "courteous register"},
    "facts": {"ja": "事実確認の質問", "en": "asking about the facts"},
    "pitfall": {"ja": "避けるべき対応をしない", "en": "avoiding the pitfalls"},
}

MESSAGES: dict[str, dict[str, str]] = {
    "outcome_ok": {
        "ja": "目標どおりの結末（{outcome}）で終えました。",
        "en": "Ended the way the scenario asks ({outcome}).",
    },
    "outcome_bad": {
        "ja": "結末が目標（{goal}）と異なりました: {outcome}。",
        "en": "The ending ({outcome}) is not the goal ({goal}).",
    },
    "open": {
        "ja": "結末に至る前に終了しました（目標: {goal}）。",
        "en": "Stopped before an ending (goal: {goal}).",
    },
    "facts_ok": {
        "ja": "隠れた事実を {n}/{total} 件聞き出しました。",
        "en": "Uncovered {n} of {total} hidden facts.",
    },
    "facts_missed": {
        "ja": "聞き出せなかった事実: {items}",
        "en": "Facts not uncovered: {items}",
    },
    "pitfall": {"ja": "避けるべき対応: {note}", "en": "Pitfall: {note}"},
    "criterion_well": {"ja": "{label}ができていました。", "en": "Good at {label}."},
    "criterion_fix": {"ja": "{label}を改善しましょう。", "en": "Work on {label}."},
}


OUTCOMES: dict[str, dict[str, str]] = {
    "resolved": {"ja": "解決", "en": "resolved"},
    "escalated": {"ja": "線引きと引き継ぎ", "en": "escalated"},
    "abandoned": {"ja": "お客様が離脱", "en": "abandoned"},
}


def _msg(key: str, lang: str, **kw: Any) -> str:
    named = {k: OUTCOMES[v][lang] if k in ("outcome", "goal") else v for k, v in kw.items()}
    return MESSAGES[key][lang].format(**named)


def score_chart(scores: list[int], moods: list[int], *, lang: str, start_mood: int) -> str:
    """An inline SVG: the turn scores (bars) and the customer's mood (line), 0–100."""
    width, height, left, right, top, bottom = 560, 220, 40, 16, 28, 34
    n = max(len(scores), 1)
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / n
    title = "ターンごとのスコアと顧客の感情" if lang == "ja" else "Score per turn and customer mood"
    score_label = "スコア" if lang == "ja" else "score"
    mood_label = "感情（高いほど怒り）" if lang == "ja" else "mood (higher is angrier)"

    def y(v: float) -> float:
        return top + plot_h * (1 - max(0.0, min(v, 100.0)) / 100)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="rp-chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}" '
        'font-family="system-ui,sans-serif" font-size="11">',
        f'<text x="{left}" y="16" font-weight="600" font-size="13">{escape(title)}</text>',
    ]
    for tick in (0, 25, 50, 75, 100):
        out.append(
            f'<line x1="{left}" y1="{y(tick):.1f}" x2="{width - right}" y2="{y(tick):.1f}" '
            'stroke="#e2e8f0"/>'
            f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick}</text>'
        )
    for i, s in enumerate(scores):
        x = left + i * step + step * 0.2
        color = "#2f855a" if s >= 70 else "#b7791f" if s >= 45 else "#c53030"
        out.append(
            f'<rect class="rp-bar" x="{x:.1f}" y="{y(s):.1f}" width="{step * 0.6:.1f}" '
            f'height="{top + plot_h - y(s):.1f}" fill="{color}"><title>{score_label} {i + 1}: {s}'
            f"</title></rect>"
            f'<text x="{x + step * 0.3:.1f}" y="{height - bottom + 14}" text-anchor="middle">'
            f"{i + 1}</text>"
        )
    points = [(left, y(start_mood))] + [(left + (i + 1) * step, y(m)) for i, m in enumerate(moods)]
    path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    out.append(
        f'<polyline class="rp-mood" points="{path}" fill="none" stroke="#2b6cb0" stroke-width="2"/>'
    )
    for px, py in points:
        out.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="#2b6cb0"/>')
    out.append(
        f'<rect x="{left}" y="{height - 14}" width="10" height="10" fill="#2f855a"/>'
        f'<text x="{left + 14}" y="{height - 5}">{escape(score_label)}</text>'
        f'<line x1="{left + 90}" y1="{height - 9}" x2="{left + 110}" y2="{height - 9}" '
        'stroke="#2b6cb0" stroke-width="2"/>'
        f'<text x="{left + 114}" y="{height - 5}">{escape(mood_label)}</text>'
    )
    out.append("</svg>")
    return "".join(out)


def build_report(
    card: Card,
    library: ScenarioLibrary,
    state: MoodState,
    turns: list[dict[str, Any]],
) -> dict[str, Any]:
    """The final report of a session over its stored turns (``TurnResult.to_json`` shape)."""
    lang = card.lang
    scores = [int(t["score"]) for t in turns]
    moods = [int(t["mood_after"]) for t in turns]
    rates: dict[str, dict[str, int]] = {}
    for name in CRITERIA:
        verdicts = [t["assessment"]["rubric"]["criteria"][name]["passed"] for t in turns]
        applicable = [v for v in verdicts if v is not None]
        rates[name] = {"passed": sum(1 for v in applicable if v), "applicable": len(applicable)}
    hidden = [f for f in card.facts if f.hidden]
    found = [f for f in hidden if f.id in state.revealed]
    missed = [f for f in hidden if f.id not in state.revealed]
    pitfalls = [p for t in turns for p in t["assessment"]["pitfalls"]]

    went_well: list[str] = []
    to_fix: list[str] = []
    goal = card.success_closing
    if state.outcome is None:
        to_fix.append(_msg("open", lang, goal=goal))
    elif state.success:
        went_well.append(_msg("outcome_ok", lang, outcome=state.outcome))
    else:
        to_fix.append(_msg("outcome_bad", lang, outcome=state.outcome, goal=goal))
    fix_criteria: list[str] = []
    for name in CRITERIA:
        r = rates[name]
        if not r["applicable"]:
            continue
        share = r["passed"] / r["applicable"]
        if name == "escalation_boundary" and state.success and state.outcome == "escalated":
            share = 1.0  # the boundary and handover came when it mattered: at the end
        label = LABELS[name][lang]
        if share >= WELL_THRESHOLD:
            went_well.append(_msg("criterion_well", lang, label=label))
        elif share < FIX_THRESHOLD:
            to_fix.append(_msg("criterion_fix", lang, label=label))
            fix_criteria.append(name)
    if hidden:
        (went_well if found else to_fix).append(
            _msg("facts_ok", lang, n=len(found), total=len(hidden))
        )
    if missed:
        to_fix.append(_msg("facts_missed", lang, items=" / ".join(f.text for f in missed)))
        fix_criteria.append("facts")
    seen_notes: set[str] = set()
    for p in pitfalls:
        if p["note"] not in seen_notes:
            seen_notes.add(p["note"])
            to_fix.append(_msg("pitfall", lang, note=p["note"]))
    if pitfalls:
        fix_criteria.insert(0, "pitfall")
    if card.is_harassment and state.outcome != "escalated":
        fix_criteria.insert(0, "escalation_boundary")

    # Sections to reread: what the tips pointed to, most often first, then what the
    # weak criteria are taught under; a clean session gets the card's core section.
    counted: Counter[tuple[str, str, str | None]] = Counter()
    for t in turns:
        s = t["tip"].get("section")
        if s and t["tip"]["criterion"] != "well_done":
            counted[(s["doc_id"], s["title"], s.get("heading"))] += 1
    sections: list[ManualSection] = [ManualSection(*k) for k, _ in counted.most_common()]
    for name in fix_criteria:
        sec = section_for(card, library, name)
        if sec and sec not in sections:
            sections.append(sec)
    if not sections:
        core = section_for(card, library, "well_done")
        sections = [core] if core else []

    return {
        "scenario": {"id": card.id, "title": card.title, "lang": lang},
        "outcome": state.outcome,
        "success": bool(state.success),
        "goal": goal,
        "turns": len(turns),
        "final_mood": state.mood,
        "final_band": card.mood.band(state.mood),
        "scores": scores,
        "moods": moods,
        "mean_score": round(sum(scores) / len(scores), 1) if scores else 0.0,
        "criteria": rates,
        "facts": {
            "found": [{"id": f.id, "text": f.text} for f in found],
            "missed": [{"id": f.id, "text": f.text} for f in missed],
        },
        "pitfalls": [p["note"] for p in pitfalls],
        "went_well": went_well,
        "to_fix": to_fix,
        "manual_sections": [{**s.to_json(), "label": s.label()} for s in sections if s is not None],
        "chart_svg": score_chart(scores, moods, lang=lang, start_mood=card.mood.start),
    }
