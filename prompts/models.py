"""Typed inputs and outputs of the drafting prompts.

The output model's JSON schema is what the LLM is asked for and what its answer is validated
against.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class PromptSource(BaseModel):
    """A retrieved chunk as the prompt shows it, under a short label such as ``S1``."""

    label: str
    doc_id: str
    chunk_id: str
    doc_type: Literal["manual", "resolution", "policy"]
    title: str
    text: str
    score: float = 0.0


class PromptFlag(BaseModel):
    """An escalation flag as the prompt shows it."""

    flag: str
    severity: str
    route: str
    reason: str
    evidence: str = ""
    guidance: str | None = None
    policy_id: str | None = None


class PromptMessage(BaseModel):
    role: Literal["customer", "agent"]
    text: str


class DraftInput(BaseModel):
    """Everything a drafter sees. Customer text here is already redacted."""

    language: Literal["ja", "en"]
    channel: Literal["email", "chat", "phone", "sns", "form"]
    tier: str = "standard"
    contact_count: int = 1
    product: str | None = None
    messages: list[PromptMessage]
    flags: list[PromptFlag] = Field(default_factory=list)
    sources: list[PromptSource] = Field(default_factory=list)
    agent_notes: str | None = None
    customer_name: str | None = None
    feedback: list[str] = Field(default_factory=list)
    company: str = ""
    team: str = ""
    authority: str = ""

    def latest_customer_text(self) -> str:
        for m in reversed(self.messages):
            if m.role == "customer":
                return m.text
        return self.messages[-1].text if self.messages else ""

    def customer_text(self) -> str:
        return "\n".join(m.text for m in self.messages if m.role == "customer")


class AddedFlag(BaseModel):
    """A flag the drafter adds to the deterministic ones."""

    model_config = ConfigDict(extra="forbid")

    flag: str
    reason: str
    evidence: str


class DraftOutput(BaseModel):
    """What a drafter returns. Its JSON schema is the structured-output contract."""

    model_config = ConfigDict(extra="forbid")

    reply: str = Field(min_length=1, description="The reply to the customer, ready to edit.")
    next_steps: list[str] = Field(description="Short actions for the agent.")
    cited_sources: list[str] = Field(description="Labels of the sources used, e.g. S1.")
    additional_flags: list[AddedFlag] = Field(
        description="Escalation flags the rules missed (empty when none)."
    )


def draft_output_schema() -> dict[str, object]:
    """The JSON schema sent to the LLM (strict: every property required, no extras)."""
    return DraftOutput.model_json_schema()
