"""Input guardrails as one report: PII, prompt injection and the flags a text alone shows.

The report is what ``teinei guard`` prints and what the suggest pipeline starts from.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Literal

from guardrails.escalation import EscalationEngine, EscalationFlag
from guardrails.findings import Finding
from guardrails.injection import InjectionResult, detect_injection
from guardrails.pii import detect_pii
from guardrails.redact import redact

Action = Literal["pass", "warn", "block"]


@dataclass(frozen=True)
class GuardrailReport:
    """The input checks of one text.

    Attributes:
        text: The original text (offsets of findings point into it).
        language: ``ja`` or ``en``.
        sanitized: The text with personal data replaced by placeholders.
        mapping: Placeholder -> original value, to restore an agent-facing draft.
        findings: PII, injection and harassment findings, in text order.
        injection: The injection verdict.
        flags: Escalation flags the text alone shows.
        action: ``block`` when an injection is detected (the text must not reach a model
            as anything but quoted data, and an LLM draft is not attempted), ``warn`` when
            harassment or weaker injection signals are present, else ``pass``.
        timings_ms: Time per check.
    """

    text: str
    language: str
    sanitized: str
    mapping: dict[str, str]
    findings: list[Finding]
    injection: InjectionResult
    flags: list[EscalationFlag]
    action: Action
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The DESIGN shape of ``teinei guard --json``."""
        return {
            "language": self.language,
            "redacted": self.sanitized,
            "action": self.action,
            "findings": [f.to_dict() for f in self.findings],
            "injection": self.injection.to_dict(),
            "flags": [
                f.model_dump(mode="json", exclude={"message_index"}, exclude_none=False)
                for f in self.flags
            ],
        }


def _harassment_findings(flags: list[EscalationFlag]) -> list[Finding]:
    out: list[Finding] = []
    for f in flags:
        if f.flag != "customer_harassment":
            continue
        out.append(
            Finding(
                stage="input",
                check="harassment",
                type=f.policy_id,
                start=f.start,
                end=f.end if f.start is not None else None,
                score=1.0,
                severity=f.severity,
                message=f.reason,
            )
        )
    return out


def decide_input(findings: list[Finding], injection: InjectionResult) -> Action:
    """``block`` on a detected injection, ``warn`` on harassment or injection signals."""
    if injection.detected:
        return "block"
    if any(f.check in ("harassment", "injection") for f in findings):
        return "warn"
    return "pass"


def guard_text(text: str, engine: EscalationEngine, language: str | None = None) -> GuardrailReport:
    """Run every input check on ``text``."""
    from retrieval.lang import detect_language

    timings: dict[str, float] = {}
    t = time.perf_counter()
    lang = language or detect_language(text)
    pii = detect_pii(text, lang)
    timings["pii"] = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    injection = detect_injection(text, where="message")
    timings["injection"] = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    flags = engine.detect_text(text, lang)
    timings["escalation"] = (time.perf_counter() - t) * 1000
    red = redact(text, pii)
    findings = sorted(
        [*pii, *injection.findings, *_harassment_findings(flags)],
        key=lambda f: (f.start if f.start is not None else -1, f.check),
    )
    return GuardrailReport(
        text=text,
        language=lang,
        sanitized=red.text,
        mapping=red.mapping,
        findings=findings,
        injection=injection,
        flags=flags,
        action=decide_input(findings, injection),
        timings_ms=timings,
    )
