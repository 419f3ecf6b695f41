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
    """A policy rule ready for matching.

    Attributes:
        rule: The rule as loaded from the corpus.
        keywords: Its keywords, folded (NFKC, lower case), longest first.
        patterns: Its patterns, compiled case-insensitively.
        qualifier_only: True for a rule that only qualifies an already raised flag.
    """

    rule: PolicyRule
    keywords: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    qualifier_only: bool

    @property
    def matches_text(self) -> bool:
        """Whether the rule has words of its own to look for."""
        return bool(self.keywords or self.patterns)


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
    """Fold a rule's keywords and compile its patterns."""
    words = sorted(
        {fold(w).text.strip() for ws in rule.keywords.values() for w in ws} - {""},
        key=len,
        reverse=True,
    )
    patterns = tuple(re.compile(p, re.IGNORECASE) for p in rule.patterns)
    when = rule.when
    qualifier_only = (
        not words and not patterns and when.min_contact_count is None and when.min_amount is None
    )
    return CompiledRule(rule, tuple(words), patterns, qualifier_only)


def find_keyword(text: str, word: str, start: int = 0) -> tuple[int, int] | None:
    """The first occurrence of a folded keyword in folded ``text`` from ``start``.

    Keywords are literals, so a substring search is enough (and much faster than a regex);
    an ASCII keyword must stand as whole words ("sue" never matches inside "issue").
    """
    i = text.find(word, start)
    while i >= 0:
        end = i + len(word)
        if not word.isascii() or (
            (i == 0 or not _is_word(text[i - 1]) or not _is_word(word[0]))
            and (end == len(text) or not _is_word(text[end]) or not _is_word(word[-1]))
        ):
            return i, end
        i = text.find(word, i + 1)
    return None


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")


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
