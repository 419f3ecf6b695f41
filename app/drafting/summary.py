"""A handover summary of a conversation, for the next agent or the supervisor.

Extractive and deterministic: what the customer first said, what they ask now, how many
contacts, the flags and the mood — so nobody makes the customer explain twice (たらい回し).
"""

from __future__ import annotations

import re

from app.drafting.sentiment import Sentiment

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?|[^.!?\n]+[.!?]?")
_LEVEL_JA = {
    "calm": "落ち着いている",
    "annoyed": "やや不満",
    "angry": "強い怒り",
    "furious": "激しい怒り",
}


def _first_sentence(text: str, limit: int = 90) -> str:
    for m in _SENTENCE.finditer(text):
        s = m.group(0).strip()
        if len(s) >= 4:
            return s if len(s) <= limit else s[: limit - 1] + "…"
    return text.strip()[:limit]


def summarize(
    messages: list[tuple[str, str]],
    *,
    language: str,
    contact_count: int,
    flags: list[str],
    mood: Sentiment,
) -> str:
    """A few lines an agent reads in five seconds. ``messages`` are ``(role, text)`` pairs."""
    customer = [t for r, t in messages if r == "customer"]
    agent = [t for r, t in messages if r == "agent"]
    first = _first_sentence(customer[0]) if customer else ""
    latest = _first_sentence(customer[-1]) if len(customer) > 1 else ""
    if language == "ja":
        lines = [f"概要: {first}"]
        if latest and latest != first:
            lines.append(f"最新のお申し出: {latest}")
        lines.append(
            f"経緯: お客様のメッセージ{len(customer)}件・担当者の返信{len(agent)}件、今回が{contact_count}回目のご連絡"
        )
        lines.append(f"お客様の状態: {_LEVEL_JA[mood.level]}")
        lines.append(f"フラグ: {', '.join(flags) if flags else 'なし'}")
        return "\n".join(lines)
    lines = [f"Issue: {first}"]
    if latest and latest != first:
        lines.append(f"Latest ask: {latest}")
    lines.append(
        f"History: {len(customer)} customer message(s), {len(agent)} agent reply(ies); contact #{contact_count}"
    )
    lines.append(f"Customer mood: {mood.level}")
    lines.append(f"Flags: {', '.join(flags) if flags else 'none'}")
    return "\n".join(lines)
