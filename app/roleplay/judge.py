"""An optional LLM judge of a trainee's reply, used only when an LLM backend is configured.

It adds a supervisor's 1–5 score and one sentence of advice next to the deterministic
rubric; it never changes the mood, the turn score or the ending, so a session plays the
same with or without it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.llm import LLMClient, LLMError, LLMRequest
from app.roleplay.cards import Card
from prompts.render import render

log = logging.getLogger("teinei.roleplay")


class JudgeVerdict(BaseModel):
    """The judge's answer; its JSON schema is what the model is asked for."""

    model_config = ConfigDict(extra="forbid")

    score: int = Field(ge=1, le=5)
    comment: str = Field(min_length=1, max_length=400)


@dataclass
class LLMJudge:
    """Asks ``client`` for a :class:`JudgeVerdict`; ``None`` on any provider fault."""

    client: LLMClient

    def judge(self, card: Card, customer: str, reply: str) -> dict[str, Any] | None:
        prompt = render(
            "roleplay_judge",
            card.lang,
            language=card.lang,
            title=card.title,
            goals=card.goals,
            customer=customer,
            reply=reply,
        )
        try:
            response = self.client.generate(
                LLMRequest(
                    messages=[{"role": "user", "content": prompt}],
                    response_schema=JudgeVerdict.model_json_schema(),
                    schema_name="roleplay_judge",
                    temperature=0.0,
                    max_tokens=200,
                )
            )
        except LLMError as exc:
            log.warning("roleplay judge unavailable: %s", type(exc).__name__)
            return None
        if response.parsed is None:
            return None
        verdict = JudgeVerdict.model_validate(response.parsed)
        return {**verdict.model_dump(), "backend": response.backend or self.client.backend}
