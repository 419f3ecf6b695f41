"""Groundedness with an LLM judge (``--judge openai``): claims and verdicts, as ragas'
faithfulness does. The judge speaks through the same :class:`app.llm.LLMClient` as the
drafter; its prompt is ``prompts/templates/groundedness.j2`` and its answer a pydantic model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field

from evals.dataset import EvalCase
from evals.metrics import EvalResult, Metric, MetricResult, _mean, _r
from prompts.render import render


class ClaimVerdict(BaseModel):
    """One claim of the reply and whether the sources support it."""

    claim: str
    supported: bool
    source: str | None = Field(
        default=None, description="The label of the supporting source, e.g. S2"
    )


class JudgeVerdicts(BaseModel):
    """The judge's answer."""

    claims: list[ClaimVerdict] = Field(default_factory=list)


def render_prompt(reply: str, sources: list[str], language: str) -> str:
    """The judge prompt for one reply (``prompts/templates/groundedness.j2``)."""
    return render("groundedness", language, reply=reply, sources=sources, language=language)


class JudgeGroundedness(Metric):
    """Share of the reply's claims an LLM judge finds supported by the cited chunks.

    Args:
        client: An :class:`app.llm.LLMClient`.

    A judge failure leaves the case unscored (``value`` is ``None``) and is counted.
    """

    name = "groundedness_judge"

    def __init__(self, client: Any) -> None:
        self.client = client

    def score(self, case: EvalCase, result: EvalResult) -> MetricResult:
        from app.llm import LLMError, LLMRequest

        s = result.suggestion
        if s is None or not s.reply.strip():
            return MetricResult(self.name, None)
        prompt = render_prompt(s.reply, result.context_texts(), s.language)
        req = LLMRequest(
            messages=[{"role": "user", "content": prompt}],
            response_schema=JudgeVerdicts.model_json_schema(),
            schema_name="groundedness_verdicts",
            temperature=0.0,
            max_tokens=800,
        )
        try:
            resp = self.client.generate(req)
            verdicts = JudgeVerdicts.model_validate(resp.parsed or {})
        except (LLMError, ValueError) as exc:
            return MetricResult(
                self.name, None, details={"error": f"{type(exc).__name__}: {exc}"[:200]}
            )
        if not verdicts.claims:
            return MetricResult(self.name, None, details={"claims": 0})
        supported = sum(1 for c in verdicts.claims if c.supported)
        return MetricResult(
            self.name,
            supported / len(verdicts.claims),
            details={
                "claims": len(verdicts.claims),
                "unsupported": [c.claim for c in verdicts.claims if not c.supported],
                "judge_tokens": resp.usage.prompt_tokens + resp.usage.completion_tokens,
            },
        )

    def aggregate(self, results: Sequence[MetricResult]) -> dict[str, Any]:
        return {
            "groundedness_judge": _r(_mean(r.value for r in results)),
            "judge_errors": sum(1 for r in results if "error" in r.details),
            "judge_tokens": sum(int(r.details.get("judge_tokens", 0)) for r in results),
        }
