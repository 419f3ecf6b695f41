"""A seeded demo of a few weeks of activity, so the dashboard can be tried at once.

Tickets are the sample corpus's past cases, varied (openers, follow-ups, contact details,
threats that raise flags), plus a few about topics the corpus has no manual for (the
smartphone app, loyalty points, e-gift codes): those get a low retrieval score and show
up as knowledge gaps. Flags come from the escalation engine run on each text; snippets and
replies are redacted exactly as the live suggestion log redacts them; edit distances are
computed on real edits. Rows of a seed have fixed ids, so running it again replaces them.

Retrieval is not run: retrieval scores and coverage are drawn from the ranges the sample
corpus gives when it is (coverage 0.7-1.0 for the tickets it answers, 0.15-0.55 for the
topics it lacks; fused scores near the maximum for both).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from app.db.edit_distance import normalized_edit_distance
from app.db.models import Feedback, SuggestionLog
from app.db.repositories import first_sentence, redact_for_storage
from app.db.session import Database

AGENTS = tuple(f"demo-agent-{i:02d}" for i in range(1, 7))
# How each demo agent tends to judge drafts: (accept, edit, reject) weights.
AGENT_STYLE = {
    "demo-agent-01": (6, 3, 1),
    "demo-agent-02": (5, 4, 1),
    "demo-agent-03": (7, 2, 1),
    "demo-agent-04": (3, 5, 2),
    "demo-agent-05": (5, 3, 2),
    "demo-agent-06": (6, 3, 1),
}

OPENERS = {
    "ja": [
        "",
        "",
        "お世話になります。",
        "いつもお世話になっております。",
        "突然のご連絡失礼します。",
    ],
    "en": ["", "", "Hello,\n", "Hi there,\n", "Dear Customer Care,\n"],
}
FOLLOW_UPS = {
    "ja": [
        "",
        "至急ご対応をお願いします。",
        "早めに返事をください。",
        "どうしたらいいか教えてください。",
        "正直かなり困っています。",
    ],
    "en": [
        "",
        "Please sort this out quickly.",
        "I'd appreciate a reply today.",
        "What are you going to do about it?",
        "Honestly, I'm quite disappointed.",
    ],
}
# Appended now and then; the engine raises the matching flag from the words themselves.
THREATS = {
    "ja": [
        "対応次第では消費者センターに相談します。",
        "このままならSNSで拡散します。",
        "弁護士に相談するつもりです。",
        "もう3回目の問い合わせです。",
    ],
    "en": [
        "If this isn't fixed I'll report you to the consumer affairs office.",
        "I'm going to post about this on social media.",
        "I will be speaking to my lawyer.",
        "This is the third time I've contacted you about this.",
    ],
}
CONTACTS = {
    "ja": ["折り返しは090-3141-5926までお願いします。", "連絡先はdemo.user@example.jpです。"],
    "en": ["You can call me on 090-2718-2818.", "My email is demo.customer@example.com."],
}

# Topics the sample corpus has no manual or past case for.
GAP_TICKETS: dict[str, list[tuple[str, str]]] = {
    "ja": [
        ("app", "スマホアプリとエアコンのWi-Fi接続ができません。"),
        ("app", "スマホアプリでペアリングしようとするとエラーになります。"),
        ("app", "アプリのアップデート後、Wi-Fi接続が切れて操作できません。"),
        ("points", "ポイントが勝手に失効していました。"),
        ("points", "購入時のポイントが付与されていません。"),
        ("points", "ポイントの有効期限が知らないうちに切れていました。"),
        ("gift", "ギフトカードのコードを入力しても使えません。"),
        ("gift", "eギフトのコードが無効と表示されます。"),
    ],
    "en": [
        ("app", "The smartphone app can't connect the air purifier to my Wi-Fi."),
        ("app", "Pairing the app with my heater fails with a Wi-Fi error every time."),
        ("app", "Since the app update my purifier keeps dropping off the Wi-Fi."),
        ("points", "My loyalty points expired without any notice."),
        ("points", "The loyalty points from my last order were never credited."),
        ("gift", "The e-gift card code I received says it is invalid."),
        ("gift", "My gift card code won't redeem at checkout."),
    ],
}
GAP_PRODUCTS = {"app": ("AP-700", "HK-H200"), "points": (None,), "gift": (None,)}
GAP_REPLY = {
    "ja": (
        "[お客様名]様\n\nお問い合わせいただき、ありがとうございます。"
        "ご不便をおかけしており、誠に申し訳ございません。\n\n"
        "担当部署に確認のうえ、改めてご連絡いたします。\n\nほのかホームアプライアンス お客様相談室"
    ),
    "en": (
        "Hi [Customer name],\n\nThank you for contacting us, and I'm sorry for the trouble.\n\n"
        "I'm checking this with the team concerned and will get back to you shortly.\n\n"
        "Best regards,\nHonoka Home Appliances Customer Care"
    ),
}
EDIT_ADDITIONS = {
    "ja": [
        "ご迷惑をおかけしましたことを重ねてお詫び申し上げます。",
        "本日中に改めてご連絡いたします。",
        "ご不明な点がございましたら、お気軽にお問い合わせください。",
    ],
    "en": [
        "Again, I'm very sorry for the trouble this has caused.",
        "I'll follow up with you again before the end of today.",
        "If anything else comes up, just reply to this message.",
    ],
}
CHANNELS = ("email", "chat", "phone", "form", "sns")


@dataclass(frozen=True)
class Case:
    """A ticket the demo can draw: its text parts and what a reply to it looked like."""

    language: str
    message: str
    reply: str
    product: str | None
    channel: str
    category: str
    doc_id: str | None
    gap: bool = False


@dataclass
class DemoReport:
    """What a demo run wrote."""

    tenant: str
    seed: int
    weeks: int
    start: date
    end: date
    suggestions: int = 0
    feedback: int = 0
    gaps: int = 0
    replaced: int = 0
    actions: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "tenant": self.tenant,
            "seed": self.seed,
            "weeks": self.weeks,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "suggestions": self.suggestions,
            "feedback": self.feedback,
            "knowledge_gap_tickets": self.gaps,
            "replaced": self.replaced,
            "actions": self.actions,
        }


def corpus_cases(corpus_dir: Path) -> list[Case]:
    """The corpus's past cases (``resolutions/*.jsonl``) as demo tickets."""
    from retrieval.corpus import Resolution, iter_jsonl

    cases = []
    for path in sorted((corpus_dir / "resolutions").glob("*.jsonl")):
        for _, obj in iter_jsonl(path):
            r = Resolution.model_validate(obj)
            cases.append(
                Case(
                    language=r.lang,
                    message=r.customer_message,
                    reply=r.agent_reply,
                    product=r.product,
                    channel=r.channel or "email",
                    category=r.category,
                    doc_id=r.id,
                )
            )
    return [c for c in cases if c.message and c.reply]


def gap_cases() -> list[Case]:
    """Tickets about topics the corpus lacks."""
    out = []
    for lang, items in GAP_TICKETS.items():
        for kind, text in items:
            for product in GAP_PRODUCTS[kind]:
                out.append(
                    Case(
                        language=lang,
                        message=text,
                        reply=GAP_REPLY[lang],
                        product=product,
                        channel="email",
                        category=kind,
                        doc_id=None,
                        gap=True,
                    )
                )
    return out


def demo_prefix(seed: int) -> str:
    """The suggestion-id prefix of a seed's rows."""
    return f"demo{seed}-"


def _edit(reply: str, language: str, rng: random.Random) -> str:
    """A plausible agent edit: a sentence cut, a sentence added, or both."""
    sep = "。" if language == "ja" else ". "
    parts = [p for p in reply.split(sep) if p]
    if len(parts) > 3 and rng.random() < 0.6:
        del parts[rng.randrange(1, len(parts) - 1)]
    text = sep.join(parts)
    if rng.random() < 0.8:
        addition = rng.choice(EDIT_ADDITIONS[language])
        paragraphs = text.split("\n\n")
        at = max(1, len(paragraphs) - 1)
        paragraphs.insert(at, addition)
        text = "\n\n".join(paragraphs)
    return text if text != reply else reply + "\n" + EDIT_ADDITIONS[language][0]


def _day_weights(day: date) -> float:
    return 0.45 if day.weekday() >= 5 else 1.0


def _moment(day: date, rng: random.Random) -> datetime:
    # Office hours in Japan, 9:00-19:00 JST, are 0:00-10:00 UTC.
    seconds = rng.randrange(0, 10 * 3600)
    return datetime.combine(day, time.min, tzinfo=UTC) + timedelta(seconds=seconds)


def _engine(corpus_dir: Path) -> Any:
    from guardrails.escalation import EscalationEngine
    from retrieval.corpus import load_corpus
    from retrieval.policy_store import TenantPolicy

    policy = TenantPolicy.from_corpus(load_corpus(corpus_dir))
    return EscalationEngine(
        rules=policy.rules,
        flags=policy.flags,
        authority_limit_jpy=policy.profile.refund_limit_jpy or 30_000,
    )


def generate(
    db: Database,
    *,
    corpus_dir: Path,
    tenant: str,
    weeks: int = 6,
    seed: int = 7,
    today: date | None = None,
    per_weekday: tuple[int, int] = (7, 12),
) -> DemoReport:
    """Write ``weeks`` of demo suggestions and feedback for ``tenant`` (replacing the seed's).

    Args:
        db: The database (migrated).
        corpus_dir: The corpus whose past cases become tickets.
        tenant: Whose rows they are.
        weeks: How many weeks, ending today (UTC).
        seed: Fixes every random choice; the same seed writes the same rows.
        today: The last day (default: today, UTC).
        per_weekday: Range of suggestions on a weekday (weekends get about half).
    """
    from app.drafting.topics import classify
    from retrieval.search import SearchConfig

    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    rng = random.Random(seed)
    end = today or datetime.now(UTC).date()
    start = end - timedelta(days=weeks * 7 - 1)
    cases = corpus_cases(corpus_dir)
    if not cases:
        raise ValueError(f"{corpus_dir}: no past cases (resolutions) to build tickets from")
    gaps = gap_cases()
    engine = _engine(corpus_dir)
    cfg = SearchConfig()
    best_score = sum(cfg.weights.values()) / (cfg.rrf_k + 1) * cfg.same_language_boost
    prefix = demo_prefix(seed)
    report = DemoReport(tenant=tenant, seed=seed, weeks=weeks, start=start, end=end)
    log_rows: list[SuggestionLog] = []
    feedback_rows: list[Feedback] = []
    redacted: dict[str, str] = {}

    def red(text: str) -> str:
        if text not in redacted:
            redacted[text] = redact_for_storage(text)
        return redacted[text]

    n = 0
    total_days = (end - start).days + 1
    for offset in range(total_days):
        day = start + timedelta(days=offset)
        growth = 0.85 + 0.3 * offset / max(1, total_days - 1)
        count = round(rng.randint(*per_weekday) * _day_weights(day) * growth)
        # Gap tickets grow over the weeks: a new product feature the manuals don't cover.
        gap_share = 0.04 + 0.1 * offset / max(1, total_days - 1)
        for _ in range(count):
            n += 1
            case = rng.choice(gaps) if rng.random() < gap_share else rng.choice(cases)
            lang = case.language
            parts = [rng.choice(OPENERS[lang]) + case.message, rng.choice(FOLLOW_UPS[lang])]
            threat = rng.random() < 0.06
            if threat:
                parts.append(rng.choice(THREATS[lang]))
            if rng.random() < 0.25:
                parts.append(rng.choice(CONTACTS[lang]))
            text = (" " if lang == "en" else "").join(p for p in parts if p)
            contact_count = 3 if threat and "3" in parts[-1] else rng.choice((1, 1, 1, 2))
            ticket = {
                "language": lang,
                "customer": {"tier": "standard", "contact_count": contact_count},
                "messages": [{"role": "customer", "text": text}],
            }
            flags = engine.assess(ticket).flags
            channel = case.channel if rng.random() < 0.7 else rng.choice(CHANNELS)
            created = _moment(day, rng)
            agent = rng.choice(AGENTS)
            fallback = rng.random() < 0.05
            blocked = rng.random() < 0.02
            warned = not blocked and rng.random() < 0.07
            guard_ms = max(1, round(rng.lognormvariate(2.0, 0.4)))
            retrieval_ms = max(5, round(rng.lognormvariate(4.1 if lang == "ja" else 3.9, 0.35)))
            llm_ms = (
                round(rng.uniform(7900, 8100))
                if fallback
                else max(200, round(rng.lognormvariate(7.35, 0.35)))
            )
            total_ms = guard_ms + retrieval_ms + llm_ms + rng.randint(5, 25)
            score = best_score * (rng.uniform(0.9, 1.0) if case.gap else rng.uniform(0.96, 1.0))
            coverage = rng.uniform(0.15, 0.55) if case.gap else rng.uniform(0.7, 1.0)
            sid = f"{prefix}{hashlib.sha256(f'{tenant}:{seed}:{n}'.encode()).hexdigest()[:24]}"
            reply = red(case.reply)
            log_rows.append(
                SuggestionLog(
                    suggestion_id=sid,
                    tenant=tenant,
                    created_at=created,
                    ticket_id=f"DEMO-{seed}-{n:05d}",
                    ticket_hash=hashlib.sha256(text.encode()).hexdigest()[:16],
                    language=lang,
                    channel=channel,
                    flags=[f.flag for f in flags],
                    routes=[f.route for f in flags],
                    cited_doc_ids=[case.doc_id] if case.doc_id else [],
                    backend="openai→template" if fallback else "openai",
                    fallback_used=fallback,
                    fallback_kind="timeout" if fallback else None,
                    guardrail_action="block" if blocked else "warn" if warned else "pass",
                    timing_guardrails_ms=guard_ms,
                    timing_retrieval_ms=retrieval_ms,
                    timing_llm_ms=llm_ms,
                    timing_total_ms=total_ms,
                    reply_redacted=reply,
                    snippet_redacted=red(first_sentence(text)),
                    product=case.product,
                    topic=classify(text, categories=[case.category], flags=[f.flag for f in flags]),
                    agent_id=agent,
                    retrieval_top_score=round(score, 6),
                    retrieval_coverage=round(coverage, 4),
                )
            )
            report.suggestions += 1
            report.gaps += case.gap
            # Recent and escalated tickets are more often still waiting for a verdict.
            age = (end - day).days
            p_verdict = 0.9 if age > 2 else 0.55
            if flags:
                p_verdict -= 0.2
            if rng.random() >= p_verdict:
                continue
            weights = (1, 3, 6) if case.gap else AGENT_STYLE[agent]
            if fallback or blocked:
                weights = (weights[0], weights[1] + 2, weights[2] + 1)
            action = rng.choices(("accepted", "edited", "rejected"), weights=weights)[0]
            final: str | None = None
            distance: float | None = None
            if action == "accepted":
                distance = 0.0
            elif action == "edited":
                final = _edit(reply, lang, rng)
                distance = normalized_edit_distance(reply, final)
            feedback_rows.append(
                Feedback(
                    id=hashlib.sha256(f"fb:{sid}".encode()).hexdigest()[:32],
                    tenant=tenant,
                    suggestion_id=sid,
                    action=action,
                    final_text=final,
                    edit_distance=distance,
                    created_at=created + timedelta(minutes=rng.randint(1, 40)),
                )
            )
            report.feedback += 1
            report.actions[action] = report.actions.get(action, 0) + 1

    with db.session() as s:
        old = list(
            s.scalars(
                select(SuggestionLog.suggestion_id).where(
                    SuggestionLog.tenant == tenant,
                    SuggestionLog.suggestion_id.startswith(prefix, autoescape=True),
                )
            )
        )
        report.replaced = len(old)
        for chunk in _chunks(old, 500):
            s.execute(delete(Feedback).where(Feedback.suggestion_id.in_(chunk)))
            s.execute(delete(SuggestionLog).where(SuggestionLog.suggestion_id.in_(chunk)))
        s.add_all(log_rows)
        s.flush()
        s.add_all(feedback_rows)
    return report


def _chunks(items: Sequence[str], size: int) -> list[Sequence[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
