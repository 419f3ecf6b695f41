"""The template drafter: the embedded default backend.

Deterministic and grounded. It follows the method (傾聴 → 限定謝罪 → 事実確認 → 解決策提示 →
フォロー) with phrases kept as data in ``prompts/templates/reply_phrases.<lang>.yaml`` and a
layout per channel in ``template_reply.<lang>.j2``. Its phrases contain no facts, amounts or
dates; the only facts in a draft are sentences quoted from the retrieved sources, and each
one is cited.
"""

from __future__ import annotations

import re
import time
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from app.drafting.base import Drafter, DraftResult
from app.drafting.sentiment import analyze
from app.drafting.topics import classify
from guardrails.taxonomy import severity_rank
from prompts.models import DraftInput, DraftOutput, PromptSource
from prompts.render import TEMPLATE_DIR, render

# Sentences addressed to staff, not to customers: never quoted to a customer.
_STAFF_WORDS = re.compile(
    r"(担当|スーパーバイザー|エスカレーション|引き継|チケット|権限|上長|社内|聞き取|判断し|記録し|"
    r"お伝えします|ご案内します|案内する|伝える|確認する|してください。?$|部へ|部から|部門|法務|広報|"
    r"コンプライアンス|責任者|承認|報告|起票|お客様へ|お客様に|\b(critical|high|medium|low)\b|"
    r"\bagents?\b|supervisor|escalat|ticket|authority|internal|tell the customer|ask the customer|"
    r"\bstaff\b|\brecord\b)",
    re.I,
)
_TIME_BOUND = re.compile(
    r"(\d+\s*(営業日|日|時間|週間)以内|within\s+\d+\s*(business\s+|working\s+)?(days?|hours?|weeks?))",
    re.I,
)
_PLACEHOLDER_MARKS = re.compile(r"[〇○◯×]|\.\.\.|…|XX|\{|\}")
_MD = re.compile(r"(\*\*|__|`|^#+\s*|^>\s*|^[-*]\s+|^\d+\.\s+)", re.M)
_SENT_SPLIT = re.compile(r"(?<=[。！？!?])\s*|(?<=\.)\s+(?=[A-Z])|\n+")
_ORDER_GIVEN = re.compile(
    r"((注文番号|受注番号|order\s*(no\.?|number|#)?)\s*[:：]?\s*#?[A-Z0-9][A-Z0-9-]{4,}|\b[A-Z]{2,3}-\d{4}-\d{4,}\b)",
    re.I,
)
_DOC_REF = re.compile(r"\s*[（(](?:man|policy|res)-[a-z0-9-]+[）)]")
_EN_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "is",
        "are",
        "be",
        "was",
        "were",
        "this",
        "that",
        "it",
        "its",
        "you",
        "your",
        "we",
        "our",
        "us",
        "they",
        "their",
        "from",
        "by",
        "at",
        "as",
        "not",
        "no",
        "can",
        "will",
        "if",
        "any",
        "all",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "than",
        "then",
        "there",
        "here",
        "which",
        "who",
        "what",
        "when",
        "how",
        "more",
        "most",
        "such",
        "only",
        "also",
        "into",
        "about",
    ]
)
_MODEL_GIVEN = re.compile(r"\b[A-Z]{2,3}-[A-Z]?\d{3}\b")
_QUESTION = re.compile(r"(\?|？|でしょうか|ますか|ですか|教えて|知りたい)")
_INJURY = re.compile(
    r"(やけど|火傷|怪我|けが|ケガ|負傷|切っ|腫れ|痛|病院|救急|injur|burn(?:ed|t)? (?:my|his|her|their)|"
    r"\bhurt\b|\bcut (?:my|his|her)|hospital|swollen|blister)",
    re.I,
)
_HANDOFF = (
    "safety_incident",
    "privacy_incident",
    "legal_threat",
    "regulator",
    "compensation_over_limit",
)
_FAULT = re.compile(
    r"(won'?t|doesn'?t|does not|not working|stopped|broke|broken|error|fault|leak|"
    r"壊れ|動かない|エラー|できない|しない|止まらない|つかない|出ない|漏れ|故障|不具合)",
    re.I,
)
_QUESTION_TOPICS = frozenset({"troubleshooting", "general", "warranty", "recall"})
_FLAG_ORDER = (
    "vulnerable_customer",
    "safety_incident",
    "customer_harassment",
    "privacy_incident",
    "legal_threat",
    "regulator",
    "compensation_over_limit",
    "repeat_contact",
    "media_threat",
)


@lru_cache(maxsize=4)
def phrases(lang: str) -> dict[str, Any]:
    """The phrase bank of a language."""
    path = Path(TEMPLATE_DIR) / f"reply_phrases.{lang}.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _clean(sentence: str) -> str:
    s = _MD.sub("", sentence).strip()
    s = s.strip("「」\"' ")
    return re.sub(r"\s+", " " if s.isascii() else "", s) if s.isascii() else s.replace("\n", "")


def _terms(text: str) -> set[str]:
    norm = unicodedata.normalize("NFKC", text).lower()
    words = {w for w in re.findall(r"[a-z]{3,}", norm) if w not in _EN_STOP}
    cjk = re.sub(r"[^\u3040-\u30ff\u3400-\u9fff]", "", norm)
    return words | {cjk[i : i + 2] for i in range(len(cjk) - 1)}


def pick_facts(
    sources: list[PromptSource], text: str, lang: str, limit: int = 1
) -> list[tuple[str, str]]:
    """Customer-facing, time-bound sentences from manuals and policies that fit the message.

    Returns ``(sentence, source label)`` pairs, best first.
    """
    want = _terms(text)
    scored: list[tuple[float, str, str]] = []
    for src in sources:
        if src.doc_type != "manual":
            continue
        for raw in _SENT_SPLIT.split(src.text):
            if not raw or raw.lstrip().startswith("|") or raw.lstrip().startswith("#"):
                continue
            s = _DOC_REF.sub("", _clean(raw))
            if not (12 <= len(s) <= 160) or not _TIME_BOUND.search(s):
                continue
            if _STAFF_WORDS.search(s) or _PLACEHOLDER_MARKS.search(s):
                continue
            if (lang == "ja") != bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff]", s)):
                continue
            if lang == "ja" and re.search(r"[A-Za-z]{4,}", s):
                continue  # English terms in a Japanese manual sentence are internal jargon
            shared = _terms(s) & want
            overlap = len(shared) / (len(_terms(s)) or 1)
            if overlap < 0.2 or len(shared) < 3:
                continue
            scored.append((overlap + src.score * 0.01, s, src.label))
    scored.sort(key=lambda t: -t[0])
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for _, s, label in scored:
        if s not in seen:
            seen.add(s)
            out.append(
                (
                    s
                    if s.endswith(("。", ".", "!", "！"))
                    else s + ("。" if lang == "ja" else "."),
                    label,
                )
            )
        if len(out) >= limit:
            break
    return out


_CUSTOMER_CONTACT = re.compile(
    r"(お客様(へ|に)(ご)?(連絡|回答|お伝え)|一次回答|ご連絡(いたし|し)ます|"
    r"contact the customer|respond to the customer|get back to the customer|first response|reply to the customer)",
    re.I,
)
_TIME_PHRASE = re.compile(
    r"(\d+\s*(?:営業日|時間|日)以内|within\s+\d+\s*(?:business\s+|working\s+)?(?:days?|hours?))",
    re.I,
)


def followup_time(sources: list[PromptSource], lang: str) -> tuple[str, str] | None:
    """The time within which the policy says the customer hears back: ``(time, label)``.

    Only a sentence that both sets a time and speaks of contacting the customer counts, so
    the promise in the draft is the policy's own.
    """
    for src in sources:
        if src.doc_type == "resolution":
            continue
        for raw in _SENT_SPLIT.split(src.text):
            s = _clean(raw)
            contact = _CUSTOMER_CONTACT.search(s)
            if not contact or _PLACEHOLDER_MARKS.search(s):
                continue
            if (lang == "ja") != bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff]", s)):
                continue
            # The time that governs the contact is the one nearest to it, not the first one in
            # the sentence (which may be an internal escalation time).
            times = list(_TIME_PHRASE.finditer(s))
            if times:
                best = min(times, key=lambda m: abs(contact.start() - m.end()))
                if abs(contact.start() - best.end()) <= 20:
                    return best.group(1), src.label
    return None


def deadline_notes(sources: list[PromptSource], lang: str, limit: int = 2) -> list[str]:
    """Time limits the policy sets for contacting the customer, for the agent's next steps."""
    notes: list[str] = []
    contact = re.compile(r"(連絡|回答|一次|返信|respond|response|reply|contact|get back)", re.I)
    for src in sources:
        if src.doc_type == "resolution":
            continue
        for raw in _SENT_SPLIT.split(src.text):
            s = _clean(raw)
            if (
                s
                and len(s) <= 140
                and _TIME_BOUND.search(s)
                and contact.search(s)
                and not _PLACEHOLDER_MARKS.search(s)
            ):
                note = f"{'期限' if lang == 'ja' else 'Time limit'}: {s} [{src.label}]"
                if note not in notes:
                    notes.append(note)
            if len(notes) >= limit:
                return notes
    return notes


def _select(items: list[Any], text: str) -> list[str]:
    """Phrases of a topic; an item ``{text, if}`` is kept only when ``if`` matches the message."""
    out: list[str] = []
    norm = unicodedata.normalize("NFKC", text)
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif re.search(item["if"], norm, re.I):
            out.append(item["text"])
    return out


def _action(value: str | list[Any], text: str) -> str:
    """A topic's action: conditional sentences that match, else the unconditional fallback."""
    if isinstance(value, str):
        return value
    matched = [
        item["text"]
        for item in value
        if isinstance(item, dict)
        and re.search(item["if"], unicodedata.normalize("NFKC", text), re.I)
    ]
    fallback = [item for item in value if isinstance(item, str)]
    return (
        (" " if fallback and fallback[0].isascii() else "").join(matched)
        if matched
        else (fallback[0] if fallback else "")
    )


class TemplateDrafter(Drafter):
    """Deterministic, grounded drafts in natural keigo (ja) or plain warm English (en)."""

    name = "template"

    def draft(self, inp: DraftInput) -> DraftResult:
        t0 = time.perf_counter()
        lang = inp.language
        bank = phrases(lang)
        text = inp.customer_text()
        flag_names = sorted(
            {f.flag for f in inp.flags},
            key=lambda f: _FLAG_ORDER.index(f) if f in _FLAG_ORDER else 99,
        )
        categories = [s.title.split(":", 1)[0] for s in inp.sources if s.doc_type == "resolution"]
        topic = classify(
            inp.latest_customer_text() + "\n" + text, categories=categories, flags=flag_names
        )
        tp = bank["topics"][topic]
        mood = analyze(text)

        flag_paragraphs: list[str] = []
        handed_off = False
        for name in flag_names:
            para = (bank["flags"].get(name) or {}).get("paragraph") or ""
            if name in _HANDOFF:
                # One hand-over sentence is enough: the most urgent team speaks for all.
                if handed_off:
                    continue
                handed_off = bool(para)
            if para and para not in flag_paragraphs:
                flag_paragraphs.append(para)
        if "customer_harassment" in flag_names:
            # The boundary statement already says a manager follows up; no second hand-over line.
            drop = {
                bank["flags"][f].get("paragraph")
                for f in ("legal_threat", "compensation_over_limit")
            }
            flag_paragraphs = [
                p
                for p in flag_paragraphs
                if p not in drop or p == bank["flags"]["customer_harassment"]["paragraph"]
            ]

        questions = [q for q in _select(tp["questions"], text) if not self._already_given(q, text)]
        injured = topic == "safety" and bool(_INJURY.search(text))
        if injured:
            questions = [q for q in questions if q != bank["injury"]["drop_question"]]
        if "customer_harassment" in flag_names or "vulnerable_customer" in flag_names:
            questions = questions[:1]

        facts = pick_facts(inp.sources, text, lang) if inp.channel not in ("sns",) else []
        when = followup_time(inp.sources, lang) if flag_names or topic != "general" else None
        followup = bank["followup_with_time"].format(time=when[0]) if when else bank["followup"]
        extra_labels = [label for _, label in facts] + ([when[1]] if when else [])
        cited = self._cited(inp, topic, flag_names, extra_labels)

        salutation = self._salutation(inp, bank)
        strong = mood.level in ("angry", "furious") or any(
            severity_rank(f.severity) >= 2 for f in inp.flags
        )
        empathy = bank["injury"]["empathy"] if injured else tp["empathy"]
        apology = bank["apology"] if strong or inp.channel != "chat" else bank["apology_calm"]
        if (
            not flag_names
            and mood.level == "calm"
            and topic in _QUESTION_TOPICS
            and _QUESTION.search(text)
            and not _FAULT.search(text)
        ):
            # A calm product question is answered with thanks; an apology would read oddly.
            empathy, apology = bank["thanks_question"], ""
        reply = render(
            "template_reply",
            lang,
            channel=inp.channel,
            salutation=salutation,
            team=inp.team or bank["default_team"],
            empathy=empathy,
            apology=apology,
            flag_paragraphs=flag_paragraphs,
            action=_action(tp["action"], text),
            action_first=topic == "safety",
            safety_action=_action(tp["action"], text) if topic == "safety" else "",
            facts=[f for f, _ in facts],
            facts_intro=bank["facts_intro"],
            questions=questions,
            questions_intro=bank["questions_intro"],
            followup=followup,
            sns_move=bank["sns_move"],
        ).strip()
        reply = re.sub(r"\n{3,}", "\n\n", reply)

        steps: list[str] = []
        for name in flag_names:
            step = (bank["flags"].get(name) or {}).get("next_step")
            if step:
                steps.append(step)
        steps.extend(s for s in tp["next_steps"] if s not in steps)
        steps.extend(
            deadline_notes([s for s in inp.sources if s.label in cited] or inp.sources, lang)
        )

        out = DraftOutput(reply=reply, next_steps=steps, cited_sources=cited, additional_flags=[])
        return DraftResult(
            output=out, backend=self.name, latency_ms=int((time.perf_counter() - t0) * 1000)
        )

    @staticmethod
    def _already_given(question: str, text: str) -> bool:
        if ("注文番号" in question or "order number" in question) and _ORDER_GIVEN.search(text):
            return True
        return bool(
            ("型番" in question or "model number" in question)
            and _MODEL_GIVEN.search(text)
            and "ロット" not in question
            and "lot" not in question
        )

    @staticmethod
    def _salutation(inp: DraftInput, bank: dict[str, Any]) -> str:
        name = inp.customer_name
        if inp.language == "ja":
            if inp.channel == "sns":
                return "ご連絡いただき、ありがとうございます。"
            return f"{name}様" if name else "お客様"
        if inp.channel == "sns":
            return "Thank you for reaching out."
        if inp.channel == "chat":
            return f"Hi {name}," if name else "Hi,"
        return f"Dear {name}," if name else "Hello,"

    @staticmethod
    def _cited(inp: DraftInput, topic: str, flags: list[str], fact_labels: list[str]) -> list[str]:
        """The sources this draft stands on: the best manual, the policy behind each flag, facts."""
        cited: list[str] = list(fact_labels)
        manuals = [s for s in inp.sources if s.doc_type == "manual"]
        if manuals:
            cited.append(manuals[0].label)
        if flags:
            cited.extend(s.label for s in inp.sources if s.doc_type == "policy")
        resolutions = [s for s in inp.sources if s.doc_type == "resolution"]
        if resolutions:
            cited.append(resolutions[0].label)
        seen: set[str] = set()
        return [c for c in cited if not (c in seen or seen.add(c))]  # type: ignore[func-returns-value]
