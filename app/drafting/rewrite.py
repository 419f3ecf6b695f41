"""Rewrite operations on a draft: more formal, softer, shorter.

Deterministic rules for the embedded default; an LLM rewrite (prompt file ``rewrite``) when a
model is configured. Either way the result goes through the output checks again, so a
rewrite can never smuggle in what the checks stop.
"""

from __future__ import annotations

import re
from typing import Literal

Style = Literal["formal", "softer", "shorter"]
STYLES: tuple[Style, ...] = ("formal", "softer", "shorter")

# (pattern, replacement) applied in order; each is idempotent on its own output.
_JA_FORMAL: tuple[tuple[str, str], ...] = (
    (r"(?<!誠に)ありがとうございます", "誠にありがとうございます"),
    (r"(?<!大変)申し訳ございません", "大変申し訳ございません"),
    (r"(?<=[ご])?連絡します", "ご連絡いたします"),
    (r"ご案内します", "ご案内いたします"),
    (r"確認します", "確認いたします"),
    (r"(?<!いたし)ます。", "ます。"),
    (r"してください。", "してくださいますよう、お願い申し上げます。"),
    (r"ください。", "くださいますよう、お願い申し上げます。"),
    (r"すみません", "申し訳ございません"),
)
_JA_SOFT: tuple[tuple[str, str], ...] = (
    (r"([てで])ください。", r"\1いただけますでしょうか。"),
    (r"いたしかねます。", "いたしかねます。ご期待に沿えず、心苦しい限りです。"),
)
_JA_CUSHIONS = ("恐れ入りますが", "お手数", "差し支えなければ", "申し訳ございませんが")
_JA_REQUEST = re.compile(r"(いただけますでしょうか|いただけますと幸いです|ください)[。？]?$")
_EN_FORMAL: tuple[tuple[str, str], ...] = (
    (r"\bI'm\b", "I am"),
    (r"\bwe're\b", "we are"),
    (r"\bWe're\b", "We are"),
    (r"\bcan't\b", "cannot"),
    (r"\bwon't\b", "will not"),
    (r"\bdon't\b", "do not"),
    (r"\bisn't\b", "is not"),
    (r"\bit's\b", "it is"),
    (r"\bIt's\b", "It is"),
    (r"\bwe'll\b", "we will"),
    (r"\bWe'll\b", "We will"),
    (r"\bI'll\b", "I will"),
    (r"^Hi,?$", "Dear Customer,"),
    (r"^Hi (\S+),$", r"Dear \1,"),
    (r"^Hello,$", "Dear Customer,"),
    (r"\bSorry for\b", "Please accept our apologies for"),
    (r"\bThanks\b", "Thank you"),
)
_EN_SOFT: tuple[tuple[str, str], ...] = (
    (r"(?<!could you )\bplease (stop|keep|send|let|tell)\b", r"could you please \1"),
    (r"\bPlease (stop|keep|send|let|tell)\b", r"Could you please \1"),
    (r"\bwe cannot\b", "unfortunately we are not able to"),
    (r"\bWe cannot\b", "Unfortunately, we are not able to"),
)


def _apply(text: str, rules: tuple[tuple[str, str], ...]) -> str:
    for pattern, repl in rules:
        text = re.sub(pattern, repl, text, flags=re.M)
    return text


def _cushion_ja(text: str) -> str:
    """Open each request sentence that has none with a cushion phrase (クッション言葉)."""
    out: list[str] = []
    for line in text.splitlines():
        sentences = re.split(r"(?<=[。？])", line)
        fixed = []
        for sentence in sentences:
            body = sentence.strip()
            if body and _JA_REQUEST.search(body) and not any(c in body for c in _JA_CUSHIONS):
                lead = len(sentence) - len(sentence.lstrip())
                sentence = sentence[:lead] + "恐れ入りますが、" + sentence[lead:]
            fixed.append(sentence)
        out.append("".join(fixed))
    return "\n".join(out)


def _fix_soft_questions(text: str) -> str:
    # "Could you please stop using it now." reads as an order; end it as a question.
    return re.sub(r"(Could you please [^.?!\n]*)\.", r"\1?", text)


def _shorter(text: str, lang: str) -> str:
    """Keep the greeting, the first sentence of each paragraph and the close; drop lists."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out: list[str] = []
    for i, p in enumerate(paragraphs):
        lines = p.splitlines()
        if i == 0 or i == len(paragraphs) - 1:
            out.append(p)
            continue
        items = [re.sub(r"^\s*([・\-•*]|\d+\.)\s*", "", ln) for ln in lines[1:]]
        if len(lines) > 1 and all(re.match(r"^\s*([・\-•*]|\d+\.)", ln) for ln in lines[1:]):
            intro = lines[0].rstrip("。:：") + ("：" if lang == "ja" else ": ")
            out.append(intro + ("、" if lang == "ja" else ", ").join(items))
            continue
        sentences = re.split(
            r"(?<=[。！？])|(?<=[.!?])\s+", " ".join(lines) if lang == "en" else "".join(lines)
        )
        sentences = [s for s in sentences if s and s.strip()]
        out.append(sentences[0].strip() if sentences else p)
    return "\n\n".join(out)


def rewrite_rules(text: str, style: Style, lang: str) -> str:
    """The deterministic rewrite of ``text`` in ``style``."""
    if style == "shorter":
        return _shorter(text, lang)
    if lang == "ja":
        if style == "formal":
            return _apply(text, _JA_FORMAL)
        return _cushion_ja(_apply(text, _JA_SOFT))
    out = _apply(text, _EN_FORMAL if style == "formal" else _EN_SOFT)
    return _fix_soft_questions(out) if style == "softer" else out
