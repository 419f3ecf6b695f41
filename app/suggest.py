"""The suggest pipeline: plain orchestration of the parts, in the order DESIGN.md draws.

ticket → input guardrails → escalation → retrieval → prompt → drafter → output guardrails →
suggestion. Every provider fault ends in a grounded template draft marked ``fallback_used``;
a suggestion never fails because the LLM did.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from app.drafting.base import Drafter, DraftResult
from app.drafting.llm import authority_text
from app.drafting.rewrite import Style, rewrite_rules
from app.drafting.sentiment import analyze
from app.drafting.summary import summarize
from app.drafting.template import TemplateDrafter
from app.llm.base import LLMError, LLMRequest
from app.schemas import (
    BackendInfo,
    Citation,
    Escalation,
    FlagOut,
    GuardFinding,
    Guardrails,
    Suggestion,
    Ticket,
    Timing,
    Usage,
)
from guardrails.escalation import EscalationEngine, EscalationFlag
from guardrails.findings import Finding
from guardrails.injection import InjectionResult, detect_injection
from guardrails.output import check_output, decide
from guardrails.pii import detect_pii
from guardrails.redact import StreamRestorer, redact, restore
from guardrails.taxonomy import FlagSpec, severity_rank
from prompts.models import (
    AddedFlag,
    DraftInput,
    DraftOutput,
    PromptFlag,
    PromptMessage,
    PromptSource,
)
from prompts.render import render
from retrieval.lang import detect_language
from retrieval.policy_store import TenantPolicy
from retrieval.search import HybridSearcher, SearchFilters, SearchHit

log = logging.getLogger("teinei.suggest")

SOURCE_QUOTAS = {"manual": 3, "policy": 2, "resolution": 2}
SOURCE_K = 7
FLAG_SOURCES = 3  # flags whose handling documents are fetched on top of the topic search

# What the handling documents of a flag talk about: a raised flag fetches its manual and
# policy even when the customer's words share nothing with them (abuse shares no words with
# the harassment manual).
FLAG_QUERIES: dict[str, dict[str, str]] = {
    "legal_threat": {
        "ja": "法的措置 訴訟 弁護士 対応方針",
        "en": "legal action lawsuit lawyer handling policy",
    },
    "regulator": {
        "ja": "消費者センター 行政機関 申し出 対応",
        "en": "consumer centre regulator complaint handling",
    },
    "safety_incident": {
        "ja": "製品事故 発煙 発火 けが 安全 使用中止",
        "en": "product safety incident smoke fire injury stop using",
    },
    "media_threat": {
        "ja": "SNS 口コミ 投稿 拡散 対応",
        "en": "social media public post review reply",
    },
    "customer_harassment": {
        "ja": "カスタマーハラスメント カスハラ 暴言 威圧 対応手順",
        "en": "customer harassment abuse threats procedure",
    },
    "privacy_incident": {
        "ja": "個人情報 漏洩 誤送付 対応",
        "en": "personal data leak privacy incident",
    },
    "compensation_over_limit": {
        "ja": "補償 返金 権限 上限 承認",
        "en": "compensation refund authority limit approval",
    },
    "repeat_contact": {
        "ja": "繰り返しのお問い合わせ 対応履歴 引き継ぎ",
        "en": "repeat contact history handover",
    },
    "vulnerable_customer": {
        "ja": "配慮が必要なお客様 高齢 体調 緊急",
        "en": "vulnerable customer distress emergency elderly",
    },
}


REWRITE_INSTRUCTIONS: dict[str, str] = {
    "formal": "in a more formal register (for Japanese: full keigo, 尊敬語・謙譲語)",
    "softer": "in a softer, warmer tone, with cushion phrases (クッション言葉) before requests",
    "shorter": "more concisely, keeping the apology, the action, the questions and the follow-up",
}


@dataclass
class RewriteResult:
    """A rewritten draft and what the output checks said about it."""

    text: str
    style: str
    action: str
    findings: list[Finding]
    backend: str


@dataclass
class Redacted:
    """A ticket's texts with personal data replaced by numbered placeholders."""

    messages: list[PromptMessage]
    notes: str | None
    customer_name: str | None
    mapping: dict[str, str]
    findings: list[Finding]


@dataclass
class Prepared:
    """Everything decided before drafting: language, flags, sources, input findings."""

    ticket: Ticket
    tenant: str
    language: str
    redacted: Redacted
    flags: list[EscalationFlag]
    hits: list[SearchHit]
    sources: list[PromptSource]
    input_findings: list[Finding]
    injection_detected: bool
    timing: dict[str, float] = field(default_factory=dict)


class SuggestPipeline:
    """Builds suggestions for tickets. One instance serves many tenants and threads.

    Args:
        searcher: Hybrid retrieval over the tenants' indexes.
        drafter: The configured drafter (template, or an LLM drafter).
        policy_for: A tenant's ingested policy: rules, flags, company profile.
        fallback: The template drafter used when the LLM fails or its drafts are blocked.
        default_refund_limit_jpy: The agent's refund authority when a policy sets none.
    """

    def __init__(
        self,
        *,
        searcher: HybridSearcher,
        drafter: Drafter,
        policy_for: Callable[[str], TenantPolicy],
        fallback: TemplateDrafter | None = None,
        default_refund_limit_jpy: int = 30_000,
    ) -> None:
        self.searcher = searcher
        self.drafter = drafter
        self.policy_for = policy_for
        self.fallback = fallback or TemplateDrafter()
        self.default_refund_limit_jpy = default_refund_limit_jpy
        self._engines: dict[str, tuple[TenantPolicy, EscalationEngine]] = {}
        self._lock = threading.Lock()

    def limit(self, policy: TenantPolicy) -> int:
        return policy.profile.refund_limit_jpy or self.default_refund_limit_jpy

    def engine_for(self, tenant: str) -> EscalationEngine:
        """The tenant's escalation engine, rebuilt when its policy object changes."""
        policy = self.policy_for(tenant)
        with self._lock:
            cached = self._engines.get(tenant)
            if cached is None or cached[0] is not policy:
                engine = EscalationEngine(
                    rules=policy.rules, flags=policy.flags, authority_limit_jpy=self.limit(policy)
                )
                self._engines[tenant] = (policy, engine)
            return self._engines[tenant][1]

    # ------------------------------------------------------------------ stages

    def redact(self, ticket: Ticket, language: str) -> Redacted:
        """Replace personal data in every text that could leave the process.

        One placeholder mapping serves the whole ticket, so the same phone number is
        ``<PHONE_1>`` in every message. The customer's name from the ticket is redacted
        wherever it appears, whether or not the detector would have found it.
        """
        mapping: dict[str, str] = {}
        findings: list[Finding] = []
        name = (ticket.customer.name or "").strip()
        name_placeholder = None
        if name:
            r = redact(name, [_name_finding(0, len(name))], mapping)
            mapping, name_placeholder = r.mapping, r.text

        def apply(text: str) -> str:
            nonlocal mapping
            found = detect_pii(text, language)
            findings.extend(found)
            extra = (
                [_name_finding(i, i + len(name)) for i in _occurrences(text, name)] if name else []
            )
            r = redact(text, [*found, *extra], mapping)
            mapping = r.mapping
            return r.text

        messages = [PromptMessage(role=m.role, text=apply(m.text)) for m in ticket.messages]
        notes = apply(ticket.agent_notes) if ticket.agent_notes else None
        return Redacted(messages, notes, name_placeholder, mapping, findings)

    def prepare(self, ticket: Ticket, tenant: str) -> Prepared:
        """Guardrails, escalation and retrieval: everything but the draft."""
        timing: dict[str, float] = {}
        t0 = time.perf_counter()
        latest = ticket.latest_customer_text()
        language = ticket.language if ticket.language in ("ja", "en") else detect_language(latest)
        redacted = self.redact(ticket, language)
        input_findings: list[Finding] = []
        injection = False
        for m in ticket.messages:
            if m.role != "customer":
                continue
            inj = detect_injection(m.text, where="message")
            if inj.detected:
                injection = True
                input_findings.extend(inj.findings)
        engine = self.engine_for(tenant)
        flags = engine.assess(ticket).flags
        timing["guardrails"] = _ms(t0)

        t1 = time.perf_counter()
        query = self._query(ticket, redacted)
        result = self.searcher.search(query, tenant=tenant, k=SOURCE_K, quotas=SOURCE_QUOTAS)
        candidates = [*self._flag_hits(flags, language, tenant), *result.hits]
        seen_docs: set[str] = set()
        hits: list[SearchHit] = []
        for h in candidates:
            if h.doc_id in seen_docs:
                continue
            seen_docs.add(h.doc_id)
            doc_inj = _document_injection(h.text)
            if doc_inj.detected:
                input_findings.append(
                    Finding(
                        stage="input",
                        check="indirect_injection",
                        type=h.doc_id,
                        start=None,
                        end=None,
                        score=doc_inj.score,
                        severity="high",
                        message=f"instructions found inside retrieved document {h.doc_id}; it was left out",
                    )
                )
                continue
            hits.append(h)
        timing["retrieval"] = _ms(t1)
        sources = [
            PromptSource(
                label=f"S{i}",
                doc_id=h.doc_id,
                chunk_id=h.chunk_id,
                doc_type=h.doc_type,  # type: ignore[arg-type]
                title=_source_title(h),
                text=h.text,
                score=h.score,
            )
            for i, h in enumerate(hits, start=1)
        ]
        return Prepared(
            ticket=ticket,
            tenant=tenant,
            language=language,
            redacted=redacted,
            flags=flags,
            hits=hits,
            sources=sources,
            input_findings=input_findings,
            injection_detected=injection,
            timing=timing,
        )

    def _flag_hits(
        self, flags: list[EscalationFlag], language: str, tenant: str
    ) -> list[SearchHit]:
        """The best manual and policy section for each of the most severe flags."""
        out: list[SearchHit] = []
        for f in sorted(flags, key=lambda f: -severity_rank(f.severity))[:FLAG_SOURCES]:
            q = FLAG_QUERIES.get(f.flag, {}).get(language) or f.reason
            res = self.searcher.search(
                q,
                tenant=tenant,
                k=2,
                filters=SearchFilters(doc_type=("manual", "policy"), lang=language),
                quotas={"manual": 1, "policy": 1},
            )
            out.extend(res.hits)
        return out

    @staticmethod
    def _query(ticket: Ticket, redacted: Redacted) -> str:
        """The retrieval query: the customer's latest words, then earlier ones, and the product."""
        customer = [m.text for m in redacted.messages if m.role == "customer"]
        parts = [customer[-1]] if customer else [redacted.messages[-1].text]
        parts.extend(reversed(customer[:-1]))
        if ticket.product:
            parts.append(ticket.product)
        return "\n".join(parts)[:2000]

    def draft_input(self, prep: Prepared, feedback: list[str] | None = None) -> DraftInput:
        t = prep.ticket
        policy = self.policy_for(prep.tenant)
        lang = prep.language
        profile = policy.profile
        return DraftInput(
            language=prep.language,  # type: ignore[arg-type]
            channel=t.channel,
            tier=t.customer.tier,
            contact_count=t.customer.contact_count,
            product=t.product,
            messages=prep.redacted.messages,
            flags=[_prompt_flag(f) for f in prep.flags],
            sources=prep.sources,
            agent_notes=prep.redacted.notes,
            customer_name=prep.redacted.customer_name,
            feedback=feedback or [],
            company=profile.name.get(lang) or next(iter(profile.name.values()), ""),  # type: ignore[call-overload]
            team=profile.team.get(lang, ""),  # type: ignore[call-overload]
            authority=authority_text(lang, self.limit(policy), profile.coupon_limit_jpy),
        )

    def check(self, prep: Prepared, out: DraftOutput) -> tuple[str, list[Finding]]:
        """Output guardrails on the agent-facing draft: the action and the findings."""
        labels = {s.label: s.chunk_id for s in prep.sources}
        reply = restore(out.reply, prep.redacted.mapping)
        findings = check_output(
            reply,
            ticket_lang=prep.language,
            retrieved_chunk_ids=set(labels.values()),
            cited_chunk_ids=[labels.get(c, c) for c in out.cited_sources],
            customer_pii_values=set(prep.redacted.mapping.values()),
            authority_limit_jpy=self.limit(self.policy_for(prep.tenant)),
        )
        return decide(findings), findings

    # ------------------------------------------------------------------ run

    def run(self, ticket: Ticket, *, tenant: str | None = None) -> Suggestion:
        """One suggestion for ``ticket``."""
        suggestion: Suggestion | None = None
        for event in self.stream(ticket, tenant=tenant):
            if isinstance(event, Suggestion):
                suggestion = event
        assert suggestion is not None
        return suggestion

    def stream(self, ticket: Ticket, *, tenant: str | None = None) -> Iterator[str | Suggestion]:
        """Provisional reply text as it is drafted, then the checked :class:`Suggestion`.

        The text pieces are provisional: the final suggestion's reply is what passed the
        output checks (and may be the template fallback).
        """
        t0 = time.perf_counter()
        tenant = tenant or ticket.tenant
        prep = self.prepare(ticket, tenant)
        inp = self.draft_input(prep)
        t_llm = time.perf_counter()
        fallback_reason: str | None = None
        result: DraftResult | None = None
        findings: list[Finding] = []
        action = "pass"
        use_template = self.drafter is self.fallback or isinstance(self.drafter, TemplateDrafter)
        if prep.injection_detected and not use_template:
            # The text stays data either way; a suspected injection never reaches the model.
            fallback_reason = "suspected prompt injection in the customer's message"
        else:
            restorer = StreamRestorer(prep.redacted.mapping)
            try:
                for piece in self.drafter.stream(inp):
                    if isinstance(piece, DraftResult):
                        result = piece
                    elif shown := restorer.feed(piece):
                        yield shown
                if tail := restorer.flush():
                    yield tail
                assert result is not None
                action, findings = self.check(prep, result.output)
                if action == "block" and not use_template:
                    feedback = [f.message for f in findings if f.severity in ("high", "critical")]
                    retry = self.drafter.draft(self.draft_input(prep, feedback))
                    retry.prompt_tokens += result.prompt_tokens
                    retry.completion_tokens += result.completion_tokens
                    result = retry
                    action, findings = self.check(prep, result.output)
                    if action == "block":
                        fallback_reason = (
                            "the model's drafts were blocked twice by the output checks"
                        )
            except LLMError as exc:
                log.warning("drafter failed: %s", type(exc).__name__)
                fallback_reason = f"{type(exc).__name__}: {exc}"[:300]
        llm_result = result
        if fallback_reason is not None:
            result = self.fallback.draft(inp)
            action, findings = self.check(prep, result.output)
        assert result is not None
        llm_ms = _ms(t_llm)
        yield self._suggestion(
            prep,
            result,
            llm_result,
            action,
            findings,
            fallback_reason,
            timing={"llm": llm_ms, "total": _ms(t0)},
        )

    # ------------------------------------------------------------------ rewrite

    def rewrite(self, text: str, style: Style, *, language: str, tenant: str) -> RewriteResult:
        """``text`` rewritten in ``style`` (formal, softer, shorter), checked again.

        With an LLM drafter the model rewrites the redacted text; if that fails or its result
        is blocked, the deterministic rules rewrite it instead.
        """
        limit = self.limit(self.policy_for(tenant))
        found = detect_pii(text, language)
        own = {text[f.start : f.end] for f in found if f.start is not None and f.end is not None}

        def checked(candidate: str) -> tuple[str, list[Finding]]:
            findings = check_output(
                candidate,
                ticket_lang=language,
                retrieved_chunk_ids=set(),
                cited_chunk_ids=[],
                customer_pii_values=own,
                authority_limit_jpy=limit,
            )
            return decide(findings), findings

        client = getattr(self.drafter, "client", None)
        if client is not None:
            red = redact(text, found)
            try:
                resp = client.generate(
                    LLMRequest(
                        messages=[
                            {
                                "role": "user",
                                "content": render(
                                    "rewrite",
                                    language,
                                    instruction=REWRITE_INSTRUCTIONS[style],
                                    language_name="Japanese (keigo)"
                                    if language == "ja"
                                    else "English",
                                    text=red.text,
                                ),
                            }
                        ],
                        temperature=0.2,
                        max_tokens=900,
                    )
                )
                candidate = restore(resp.text.strip(), red.mapping)
                action, findings = checked(candidate)
                if action != "block" and candidate:
                    return RewriteResult(candidate, style, action, findings, self.drafter.name)
            except LLMError as exc:
                log.warning("rewrite failed: %s", type(exc).__name__)
        candidate = rewrite_rules(text, style, language)
        action, findings = checked(candidate)
        return RewriteResult(candidate, style, action, findings, "rules")

    # ------------------------------------------------------------------ assembly

    def _suggestion(
        self,
        prep: Prepared,
        result: DraftResult,
        llm_result: DraftResult | None,
        action: str,
        output_findings: list[Finding],
        fallback_reason: str | None,
        timing: dict[str, float],
    ) -> Suggestion:
        out = result.output
        flags = [_flag_out(f) for f in prep.flags]
        known = self.policy_for(prep.tenant).flags
        have = {f.flag for f in flags}
        for added in out.additional_flags:
            if added.flag in known and added.flag not in have:
                flags.append(_added_flag(added, known[added.flag]))
                have.add(added.flag)
        flags.sort(key=lambda f: -severity_rank(f.severity))
        by_label = {s.label: s for s in prep.sources}
        used = [by_label[c] for c in out.cited_sources if c in by_label]
        rest = [s for s in prep.sources if s not in used]
        hits = {h.chunk_id: h for h in prep.hits}
        citations = [
            Citation(
                doc_id=s.doc_id,
                chunk_id=s.chunk_id,
                doc_type=s.doc_type,
                title=s.title,
                snippet=hits[s.chunk_id].snippet if s.chunk_id in hits else s.text[:200],
                score=round(s.score, 6),
            )
            for s in [*used, *rest]
        ]
        all_findings = [*prep.input_findings, *output_findings]
        input_action = "warn" if prep.input_findings else "pass"
        redaction_note = _redaction_summary(prep.redacted.findings)
        final_action = _worst(action, input_action)
        reply_text = restore(out.reply, prep.redacted.mapping)
        fallback_used = fallback_reason is not None
        backend = self.drafter.name
        usage_src = llm_result or result
        mood = analyze("\n".join(prep.ticket.customer_texts()))
        return Suggestion(
            suggestion_id=uuid.uuid4().hex,
            ticket_id=prep.ticket.ticket_id,
            language=prep.language,  # type: ignore[arg-type]
            reply=reply_text,
            next_steps=[restore(s, prep.redacted.mapping) for s in out.next_steps],
            escalation=Escalation(escalate=bool(flags), flags=flags),
            citations=citations,
            guardrails=Guardrails(
                action=final_action,  # type: ignore[arg-type]
                findings=[
                    *redaction_note,
                    *(_finding_out(f, prep, reply_text) for f in all_findings),
                ],
            ),
            backend=BackendInfo(
                llm=backend if not fallback_used else f"{backend}→template",
                fallback_used=fallback_used,
                fallback_reason=fallback_reason,
            ),
            timing_ms=Timing(
                retrieval=round(prep.timing.get("retrieval", 0)),
                guardrails=round(prep.timing.get("guardrails", 0)),
                llm=round(timing["llm"]),
                total=round(timing["total"]),
            ),
            usage=Usage(
                prompt_tokens=usage_src.prompt_tokens, completion_tokens=usage_src.completion_tokens
            ),
            sentiment=mood.to_dict(),
            summary=summarize(
                [(m.role, m.text) for m in prep.ticket.messages],
                language=prep.language,
                contact_count=prep.ticket.customer.contact_count,
                flags=[f.flag for f in flags],
                mood=mood,
            ),
        )


@lru_cache(maxsize=8192)
def _document_injection(text: str) -> InjectionResult:
    """Indirect-injection verdict of a retrieved chunk; chunks recur across tickets, their
    verdicts do not change."""
    return detect_injection(text, where="document")


def _source_title(h: SearchHit) -> str:
    """A document title, with its section for manuals and policies."""
    section = h.heading.split(" > ")[-1] if h.heading else ""
    if h.doc_type == "resolution" or not section or section == h.title:
        return h.title
    return f"{h.title} — {section}"


def ticket_hash(ticket: Ticket) -> str:
    """A stable hash of a ticket's content, for logs that must not hold the text."""
    h = hashlib.sha256()
    for m in ticket.messages:
        h.update(m.role.encode())
        h.update(m.text.encode())
    return h.hexdigest()[:16]


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _worst(a: str, b: str) -> str:
    order = ("pass", "warn", "block")
    return max(a, b, key=order.index)


def _prompt_flag(f: EscalationFlag) -> PromptFlag:
    return PromptFlag(
        flag=f.flag,
        severity=f.severity,
        route=f.route,
        reason=f.reason,
        evidence=f.evidence,
        guidance=f.guidance,
        policy_id=f.policy_id,
    )


def _flag_out(f: EscalationFlag) -> FlagOut:
    return FlagOut(
        flag=f.flag,
        severity=f.severity,
        route=f.route,
        reason=f.reason,
        evidence=f.evidence,
        policy_id=f.policy_id,
        guidance=f.guidance,
        source="rules",
    )


def _added_flag(a: AddedFlag, spec: FlagSpec) -> FlagOut:
    return FlagOut(
        flag=a.flag,
        severity=spec.severity,
        route=spec.route,
        reason=a.reason[:300],
        evidence=a.evidence[:300],
        source="llm",
    )


def _name_finding(start: int, end: int) -> Finding:
    return Finding(
        stage="input",
        check="pii",
        type="PERSON",
        start=start,
        end=end,
        score=1.0,
        severity="low",
        message="the customer's name from the ticket",
    )


def _occurrences(text: str, needle: str) -> list[int]:
    out: list[int] = []
    i = text.find(needle)
    while needle and i >= 0:
        out.append(i)
        i = text.find(needle, i + len(needle))
    return out


def _redaction_summary(findings: list[Finding]) -> list[GuardFinding]:
    """One low-severity note of what was redacted, by type and count, never the values."""
    if not findings:
        return []
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.type or "PII"] = counts.get(f.type or "PII", 0) + 1
    kinds = ", ".join(f"{k}×{v}" for k, v in sorted(counts.items()))
    return [
        GuardFinding(
            stage="input",
            check="pii",
            severity="low",
            message=f"personal data replaced by placeholders before drafting: {kinds}",
        )
    ]


def _finding_out(f: Finding, prep: Prepared, reply: str) -> GuardFinding:
    span = None
    if f.start is not None and f.end is not None:
        base = reply if f.stage == "output" else ""
        span = base[f.start : f.end] if base else None
    return GuardFinding(
        stage=f.stage,
        check=f.check,
        severity=f.severity,
        message=f.message,
        span=span,
        type=f.type,
    )
