"""The ticket (input of suggest) and the suggestion (output), as DESIGN.md fixes them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Channel = Literal["email", "chat", "phone", "sns", "form"]
Lang = Literal["ja", "en"]

MAX_MESSAGES = 50
MAX_MESSAGE_CHARS = 20_000
MAX_NOTES_CHARS = 5_000


class Customer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str | None = Field(default=None, max_length=128)
    name: str | None = Field(default=None, max_length=200)
    tier: Literal["standard", "premium", "vip"] = "standard"
    contact_count: int = Field(default=1, ge=0, le=10_000)


class Message(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["customer", "agent"]
    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    at: str | None = Field(default=None, max_length=64)


class Ticket(BaseModel):
    """A support ticket as the agent sees it."""

    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={
            "examples": [
                {
                    "ticket_id": "T-1001",
                    "channel": "email",
                    "language": "auto",
                    "product": "HK-H200",
                    "customer": {"tier": "standard", "contact_count": 1},
                    "messages": [
                        {
                            "role": "customer",
                            "text": "先週買ったヒーターから焦げ臭いにおいがして、煙が出ました。どうなっているんですか。",
                        }
                    ],
                }
            ]
        },
    )

    ticket_id: str = Field(min_length=1, max_length=128)
    tenant: str = Field(default="default", max_length=64)
    channel: Channel = "email"
    language: Literal["ja", "en", "auto"] = "auto"
    product: str | None = Field(default=None, max_length=64)
    customer: Customer = Field(default_factory=Customer)
    messages: list[Message] = Field(min_length=1, max_length=MAX_MESSAGES)
    agent_notes: str | None = Field(default=None, max_length=MAX_NOTES_CHARS)

    def customer_texts(self) -> list[str]:
        return [m.text for m in self.messages if m.role == "customer"]

    def latest_customer_text(self) -> str:
        texts = self.customer_texts()
        return texts[-1] if texts else self.messages[-1].text


class FlagOut(BaseModel):
    flag: str
    severity: Literal["low", "medium", "high", "critical"]
    route: str
    reason: str
    evidence: str = ""
    policy_id: str | None = None
    guidance: str | None = None
    source: Literal["rules", "llm"] = "rules"


class Escalation(BaseModel):
    escalate: bool = False
    flags: list[FlagOut] = Field(default_factory=list)


class Citation(BaseModel):
    doc_id: str
    chunk_id: str
    doc_type: Literal["manual", "resolution", "policy"]
    title: str
    snippet: str
    score: float = 0.0


class GuardFinding(BaseModel):
    stage: Literal["input", "output"]
    check: str
    severity: Literal["low", "medium", "high", "critical"]
    message: str
    span: str | None = None
    type: str | None = None


class Guardrails(BaseModel):
    action: Literal["pass", "warn", "block"] = "pass"
    findings: list[GuardFinding] = Field(default_factory=list)


class BackendInfo(BaseModel):
    llm: str
    fallback_used: bool = False
    fallback_reason: str | None = None


class Timing(BaseModel):
    retrieval: int = 0
    llm: int = 0
    total: int = 0
    guardrails: int = 0


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0


class Suggestion(BaseModel):
    """What the agent gets back from "Suggest reply"."""

    suggestion_id: str
    ticket_id: str
    language: Lang
    reply: str
    next_steps: list[str] = Field(default_factory=list)
    escalation: Escalation = Field(default_factory=Escalation)
    citations: list[Citation] = Field(default_factory=list)
    guardrails: Guardrails = Field(default_factory=Guardrails)
    backend: BackendInfo
    timing_ms: Timing = Field(default_factory=Timing)
    usage: Usage = Field(default_factory=Usage)
    sentiment: dict[str, float | str] | None = None
    summary: str | None = None
