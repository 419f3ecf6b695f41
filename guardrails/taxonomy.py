"""The escalation taxonomy (DESIGN.md): flag names, default routes and severities."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["low", "medium", "high", "critical"]
SEVERITIES: tuple[Severity, ...] = ("low", "medium", "high", "critical")


@dataclass(frozen=True)
class FlagSpec:
    """A flag of the taxonomy with its default route and severity."""

    name: str
    route: str
    severity: Severity
    description: str


BUILTIN_FLAGS: dict[str, FlagSpec] = {
    spec.name: spec
    for spec in (
        FlagSpec("legal_threat", "legal", "high", "lawsuit, lawyer, 訴訟, 弁護士, 内容証明"),
        FlagSpec(
            "regulator", "compliance", "high", "consumer center, regulator, 消費者センター, 保健所"
        ),
        FlagSpec(
            "safety_incident",
            "quality_assurance",
            "critical",
            "injury, fire, smoke, illness, 発火, 異物混入",
        ),
        FlagSpec("media_threat", "pr", "medium", "going public, SNSで拡散, 口コミに書く, マスコミ"),
        FlagSpec(
            "customer_harassment",
            "supervisor",
            "high",
            "abuse, threats, coercive demands — カスハラ",
        ),
        FlagSpec(
            "privacy_incident",
            "privacy_officer",
            "high",
            "personal data exposed or misused, 個人情報漏洩",
        ),
        FlagSpec(
            "compensation_over_limit", "supervisor", "medium", "demand above the agent's authority"
        ),
        FlagSpec(
            "repeat_contact",
            "supervisor",
            "medium",
            "third or later contact, or previously escalated",
        ),
        FlagSpec(
            "vulnerable_customer",
            "supervisor",
            "critical",
            "self-harm, medical emergency, distress, elderly confusion",
        ),
    )
}

FLAG_NAMES: tuple[str, ...] = tuple(BUILTIN_FLAGS)


def severity_rank(severity: str) -> int:
    """Order of a severity, higher is more severe. Raises ``ValueError`` on an unknown one."""
    return SEVERITIES.index(severity)
