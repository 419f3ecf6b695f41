"""``POST /v1/feedback``: what the agent did with a suggestion."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Literal

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.api.errors import ERROR_RESPONSES
from app.auth import AgentPrincipal
from app.db import UnknownSuggestion
from app.deps import ReposDep
from app.schemas import MAX_MESSAGE_CHARS

router = APIRouter(tags=["feedback"])

MAX_COMMENT_CHARS = 2_000


class FeedbackRequest(BaseModel):
    """An agent's verdict on a suggestion; ``edited`` needs the text that was sent."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "suggestion_id": "0f8c6c1e2d3b4a59a1b2c3d4e5f60718",
                    "action": "edited",
                    "final_text": "このたびはご不便をおかけし、誠に申し訳ございません。",
                    "comment": "shortened the apology",
                }
            ]
        },
    )

    suggestion_id: str = Field(min_length=1, max_length=64)
    action: Literal["accepted", "edited", "rejected"]
    final_text: str | None = Field(default=None, max_length=MAX_MESSAGE_CHARS)
    comment: str | None = Field(default=None, max_length=MAX_COMMENT_CHARS)

    @model_validator(mode="after")
    def _edited_has_text(self) -> FeedbackRequest:
        if self.action == "edited" and not (self.final_text or "").strip():
            raise ValueError("final_text is required when action is 'edited'")
        return self


class FeedbackResponse(BaseModel):
    """The stored feedback."""

    feedback_id: str
    suggestion_id: str
    action: str
    edit_distance: float | None = Field(
        description="Character Levenshtein distance between the suggested reply and "
        "final_text, divided by the longer length (0 unchanged, 1 rewritten)"
    )
    created_at: datetime


@router.post(
    "/feedback",
    response_model=FeedbackResponse,
    status_code=201,
    responses={**ERROR_RESPONSES, 404: {"description": "No such suggestion for this tenant"}},
)
async def feedback(
    body: FeedbackRequest, principal: AgentPrincipal, repos: ReposDep
) -> FeedbackResponse:
    """Record that a suggestion was accepted, edited (with the final text) or rejected."""
    try:
        record = await asyncio.to_thread(
            repos.feedback.record,
            tenant=principal.tenant,
            suggestion_id=body.suggestion_id,
            action=body.action,
            final_text=body.final_text,
            comment=body.comment,
        )
    except UnknownSuggestion:
        raise HTTPException(404, f"no suggestion {body.suggestion_id!r} for this tenant") from None
    return FeedbackResponse(
        feedback_id=record.id,
        suggestion_id=record.suggestion_id,
        action=record.action,
        edit_distance=record.edit_distance,
        created_at=record.created_at,
    )
