"""A scripted stand-in for the suggest pipeline, for tests and demos of the eval suite.

``KeywordPipeline`` raises flags from keyword tables, cites documents from keyword tables and
writes a courteous reply in the ticket's language. It is deterministic and instant, and can be
told to miss a flag (``drop_flags``) to rehearse a regression.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping

from app.schemas import (
    BackendInfo,
    Citation,
    Escalation,
    FlagOut,
    Guardrails,
    Suggestion,
    Ticket,
    Timing,
    Usage,
)

DEFAULT_FLAG_WORDS: dict[str, tuple[str, ...]] = {
    "legal_threat": ("lawyer", "sue", "弁護士", "訴訟"),
    "safety_incident": ("smoke", "fire", "burn", "煙", "発火", "やけど"),
    "media_threat": ("twitter", "review", "SNS", "拡散"),
    "customer_harassment": ("idiot", "バカ", "土下座"),
    "regulator": ("consumer centre", "消費者センター"),
}

REPLIES = {
    "ja": (
        "このたびはご不便をおかけし、申し訳ございません。{topic}について確認いたします。"
        "担当部署より2営業日以内にご連絡いたします。"
    ),
    "en": (
        "I'm sorry to hear about this, and thank you for letting us know. We will look into {topic} "
        "and our team will contact you within 2 business days."
    ),
}


class KeywordPipeline:
    """A fake pipeline: anything with ``run(ticket, tenant=...)`` is a pipeline to the suite.

    Args:
        flag_words: Words that raise each flag (case-insensitive substring match).
        cite_words: Words that put a document among the citations, in table order.
        drop_flags: Flags this pipeline never raises (to simulate a regression).
        reply_suffix: Text appended to every reply (e.g. a liability admission).
    """

    def __init__(
        self,
        flag_words: Mapping[str, Iterable[str]] | None = None,
        cite_words: Mapping[str, Iterable[str]] | None = None,
        *,
        drop_flags: Iterable[str] = (),
        reply_suffix: str = "",
    ) -> None:
        self.flag_words = {k: tuple(v) for k, v in (flag_words or DEFAULT_FLAG_WORDS).items()}
        self.cite_words = {k: tuple(v) for k, v in (cite_words or {}).items()}
        self.drop_flags = set(drop_flags)
        self.reply_suffix = reply_suffix
        self.calls: list[tuple[str, str | None]] = []

    def run(self, ticket: Ticket, *, tenant: str | None = None) -> Suggestion:
        self.calls.append((ticket.ticket_id, tenant))
        text = "\n".join(ticket.customer_texts())
        low = text.lower()
        lang = (
            ticket.language
            if ticket.language in ("ja", "en")
            else ("ja" if re.search(r"[\u3040-\u30ff]", text) else "en")
        )
        flags = [
            FlagOut(flag=f, severity="high", route="supervisor", reason="keyword", evidence=w)
            for f, words in self.flag_words.items()
            for w in words[:1]
            if f not in self.drop_flags and any(x.lower() in low for x in words)
        ]
        citations = [
            Citation(
                doc_id=doc,
                chunk_id=f"{doc}#0",
                doc_type="manual",
                title=doc,
                snippet=f"{doc}: {' '.join(words)}",
                score=1.0 / (i + 1),
            )
            for i, (doc, words) in enumerate(
                (d, w) for d, w in self.cite_words.items() if any(x.lower() in low for x in w)
            )
        ]
        topic = "お問い合わせの件" if lang == "ja" else "your request"
        reply = REPLIES[lang].format(topic=topic) + self.reply_suffix
        return Suggestion(
            suggestion_id=uuid.uuid4().hex,
            ticket_id=ticket.ticket_id,
            language=lang,
            reply=reply,
            next_steps=["check the order"],
            escalation=Escalation(escalate=bool(flags), flags=flags),
            citations=citations,
            guardrails=Guardrails(action="pass"),
            backend=BackendInfo(llm="fake"),
            timing_ms=Timing(total=1),
            usage=Usage(),
        )


def make_suggestion(
    flags: Iterable[str] = (),
    cites: Iterable[str] = (),
    reply: str = "Thank you for letting us know.",
    language: str = "en",
    tokens: tuple[int, int] = (0, 0),
    fallback: bool = False,
) -> Suggestion:
    """A hand-made suggestion: the given flags, one cited chunk per document id, the reply."""
    flag_list = list(flags)
    return Suggestion(
        suggestion_id="s",
        ticket_id="t",
        language=language,  # type: ignore[arg-type]
        reply=reply,
        escalation=Escalation(
            escalate=bool(flag_list),
            flags=[FlagOut(flag=f, severity="high", route="x", reason="r") for f in flag_list],
        ),
        citations=[
            Citation(doc_id=d, chunk_id=f"{d}#{i}", doc_type="manual", title=d, snippet=d)
            for i, d in enumerate(cites)
        ],
        backend=BackendInfo(llm="fake", fallback_used=fallback),
        usage=Usage(prompt_tokens=tokens[0], completion_tokens=tokens[1]),
    )
