"""A corpus's ``policies/*.yaml`` rules, compiled once and matched as pure functions.

Rule semantics (DESIGN.md "Corpus format"):

- A rule with ``keywords`` or ``patterns`` fires when one of them matches the customer's text
  (after the same negation and innocent-use filter as the built-in detectors) **and** every
  ``when:`` condition holds.
- A rule with neither fires on its ``when:`` conditions alone, provided it has a condition
  that is about *this ticket's situation* (``min_contact_count`` or ``min_amount``). A rule
  whose only condition is ``customer_tier`` cannot say what happened, so it *qualifies* a
  flag the detectors already raised (a VIP's legal threat goes to a different route) rather
  than raising one for every VIP ticket.
- ``min_amount`` is compared with the amount the customer demands (``guardrails.amounts``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrails.context import fold
from retrieval.corpus import PolicyRule


@dataclass(frozen=True)
class CompiledRule:
    """A policy rule with its keywords and patterns compiled.

    Attributes:
        rule: The rule as loaded from the corpus.
        matchers: One regex per keyword (folded, escaped) and per pattern.
        qualifier_only: True for a rule that only qualifies an already raised flag.
    """

    rule: PolicyRule
    matchers: tuple[re.Pattern[str], ...]
    qualifier_only: bool


@dataclass(frozen=True)
class RuleContext:
    """What a rule's ``when:`` can look at.

    Attributes:
        customer_tier: The ticket's customer tier, or ``None`` for a bare text.
        contact_count: The ticket's contact count, or ``None`` for a bare text.
        demanded_jpy: The largest amount demanded, in yen, or ``None``.
    """

    customer_tier: str | None = None
    contact_count: int | None = None
    demanded_jpy: int | None = None


def compile_rule(rule: PolicyRule) -> CompiledRule:
    """Compile a rule's keywords and patterns for matching on folded text."""
    matchers: list[re.Pattern[str]] = []
    for words in rule.keywords.values():
        for w in words:
            folded = fold(w).text.strip()
            if not folded:
                continue
            # ASCII keywords match whole words ("sue" must not match "issue").
            body = re.escape(folded)
            matchers.append(re.compile(rf"\b{body}\b" if folded.isascii() else body))
    for p in rule.patterns:
        matchers.append(re.compile(p, re.IGNORECASE))
    w = rule.when
    qualifier_only = not matchers and w.min_contact_count is None and w.min_amount is None
    return CompiledRule(rule, tuple(matchers), qualifier_only)


def conditions_hold(rule: PolicyRule, ctx: RuleContext) -> bool:
    """Whether every ``when:`` condition of ``rule`` holds in ``ctx``."""
    w = rule.when
    if w.customer_tier is not None and ctx.customer_tier not in w.customer_tier:
        return False
    if w.min_contact_count is not None and (
        ctx.contact_count is None or ctx.contact_count < w.min_contact_count
    ):
        return False
    return not (
        w.min_amount is not None and (ctx.demanded_jpy is None or ctx.demanded_jpy < w.min_amount)
    )
