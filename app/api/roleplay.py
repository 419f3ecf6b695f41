"""Role-play for trainers: ``/v1/roleplay/...`` (JSON) and ``GET /roleplay`` (the page).

Every JSON route needs a key with the ``trainer`` role; the key decides the tenant, and a
session of another tenant is answered like one that does not exist (404). The page itself
needs no key to load: it asks for one (``?key=`` or the one it remembered) and sends it as
``Authorization: Bearer …`` on its own calls.
"""

from __future__ import annotations

import re
import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import BaseModel, ConfigDict, Field

from app.api.errors import ERROR_RESPONSES
from app.api.pages import render_page, static_file
from app.auth import TrainerPrincipal
from app.db.roleplay import ConcurrentTurn, SessionEnded, UnknownSession
from app.roleplay.service import RoleplayService, UnknownScenario

router = APIRouter()

MAX_REPLY_CHARS = 4_000
_STATIC_NAME = re.compile(r"^roleplay(?:-[a-z0-9]+)?\.(?:js|css)$")

_build_lock = threading.Lock()


def get_roleplay(request: Request) -> RoleplayService:
    """The role-play service, built on first use (the cards are read once per process)."""
    service: RoleplayService | None = getattr(request.app.state, "roleplay", None)
    if service is None:
        with _build_lock:
            service = getattr(request.app.state, "roleplay", None)
            if service is None:
                services = request.app.state.services
                # Share the drafter's LLM client (closed with the services) instead of
                # starting a second one; ``None`` with the template drafter.
                llm = getattr(getattr(services.pipeline, "drafter", None), "client", None)
                service = RoleplayService.build(services.settings, request.app.state.db, llm=llm)
                request.app.state.roleplay = service
    return service


RoleplayDep = Annotated[RoleplayService, Depends(get_roleplay)]

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "No such scenario or session for this tenant"}
}
CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"description": "The session has ended, or another reply took this turn"}
}


# --------------------------------------------------------------------------- models


class ScenarioOut(BaseModel):
    """A scenario card as a trainer picks it (no hidden facts, no script)."""

    id: str
    title: str
    lang: Literal["ja", "en"]
    difficulty: str
    channel: str
    product: str | None = None
    harassment_level: str
    success_closing: Literal["resolved", "escalated"]
    goals: list[str]
    persona: str


class ScenariosOut(BaseModel):
    scenarios: list[ScenarioOut]


class StartRequest(BaseModel):
    """Start a role-play of ``scenario_id``; ``seed`` replays the same scripted lines."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"scenario_id": "rp-ja-kasuhara-dogeza", "trainee": "佐藤"}]
        },
    )

    scenario_id: str = Field(min_length=1, max_length=128)
    trainee: str = Field(default="", max_length=100)
    seed: int | None = Field(default=None, ge=0, le=2**31)


class TurnRequest(BaseModel):
    """The trainee's reply to the customer."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "二度も続けてご不便をおかけし、申し訳ございません。"
                    "止まった際、表示に何か出ていましたでしょうか。"
                }
            ]
        },
    )

    text: str = Field(min_length=1, max_length=MAX_REPLY_CHARS)


class SessionSummary(BaseModel):
    """A session as a list shows it."""

    model_config = ConfigDict(extra="allow")

    session_id: str
    scenario_id: str
    title: str
    trainee: str
    language: str
    status: Literal["active", "ended"]
    outcome: Literal["resolved", "escalated", "abandoned"] | None = None
    success: bool | None = None
    mood: int
    band: str | None = None
    turns: int
    mean_score: float | None = None
    created_at: str
    ended_at: str | None = None


class SessionsOut(BaseModel):
    sessions: list[SessionSummary]


class SessionOut(SessionSummary):
    """A whole session: the conversation, each turn's scores and tip, the report if ended."""

    scenario: dict[str, Any] | None = None
    opening_line: str
    messages: list[dict[str, Any]]
    turns_detail: list[dict[str, Any]]
    report: dict[str, Any] | None = None


class TurnOut(BaseModel):
    """The customer's answer and the coaching score of the reply."""

    model_config = ConfigDict(extra="allow")

    session_id: str
    customer: str = Field(description="The customer's next line (or closing line)")
    mood: int = Field(description="The customer's mood after the reply, 0 calm – 100 furious")
    band: Literal["calm", "annoyed", "angry", "furious"]
    turn: dict[str, Any] = Field(
        description="index, score (0–100), assessment (rubric, triggers, pitfalls, facts "
        "revealed), tip (text and the manual section to reread), mood parts"
    )
    ended: bool
    outcome: Literal["resolved", "escalated", "abandoned"] | None = None
    success: bool | None = None
    report: dict[str, Any] | None = Field(default=None, description="Set when the turn ended it")


class ReportOut(BaseModel):
    """The final report."""

    model_config = ConfigDict(extra="allow")

    session_id: str
    outcome: str | None = None
    success: bool
    scores: list[int]
    mean_score: float
    went_well: list[str]
    to_fix: list[str]
    manual_sections: list[dict[str, Any]]
    chart_svg: str = Field(description="An inline SVG chart of scores and mood per turn")


# --------------------------------------------------------------------------- routes


def _not_found(detail: str) -> HTTPException:
    return HTTPException(404, detail)


SessionId = Annotated[str, PathParam(min_length=1, max_length=64)]


@router.get(
    "/v1/roleplay/scenarios",
    response_model=ScenariosOut,
    responses=ERROR_RESPONSES,
    tags=["roleplay"],
)
def scenarios(principal: TrainerPrincipal, service: RoleplayDep) -> ScenariosOut:
    """The scenario cards a trainer can run."""
    return ScenariosOut.model_validate({"scenarios": service.scenarios()})


@router.post(
    "/v1/roleplay/sessions",
    response_model=SessionOut,
    status_code=201,
    responses={**ERROR_RESPONSES, **NOT_FOUND},
    tags=["roleplay"],
)
def start(body: StartRequest, principal: TrainerPrincipal, service: RoleplayDep) -> SessionOut:
    """Start a session: the customer's opening line."""
    try:
        view = service.start(
            tenant=principal.tenant,
            scenario_id=body.scenario_id,
            trainee=body.trainee,
            seed=body.seed,
        )
    except UnknownScenario:
        raise _not_found(f"no scenario {body.scenario_id!r}") from None
    return SessionOut.model_validate(view)


@router.post(
    "/v1/roleplay/sessions/{session_id}/turns",
    response_model=TurnOut,
    responses={**ERROR_RESPONSES, **NOT_FOUND, **CONFLICT},
    tags=["roleplay"],
)
def turn(
    session_id: SessionId, body: TurnRequest, principal: TrainerPrincipal, service: RoleplayDep
) -> TurnOut:
    """The trainee's reply: the customer's answer and the coaching score."""
    if not body.text.strip():
        raise HTTPException(422, "invalid request: text: the reply is empty")
    try:
        out = service.reply(tenant=principal.tenant, session_id=session_id, text=body.text)
    except UnknownSession:
        raise _not_found(f"no session {session_id!r}") from None
    except SessionEnded:
        raise HTTPException(409, "the session has ended; open its report") from None
    except ConcurrentTurn:
        raise HTTPException(409, "another reply was stored for this turn; reload") from None
    return TurnOut.model_validate(out)


@router.post(
    "/v1/roleplay/sessions/{session_id}/end",
    response_model=ReportOut,
    responses={**ERROR_RESPONSES, **NOT_FOUND},
    tags=["roleplay"],
)
def end(session_id: SessionId, principal: TrainerPrincipal, service: RoleplayDep) -> ReportOut:
    """End the session (if it has not ended by itself): the final report."""
    try:
        report = service.end(tenant=principal.tenant, session_id=session_id)
    except UnknownSession:
        raise _not_found(f"no session {session_id!r}") from None
    return ReportOut.model_validate(report)


@router.get(
    "/v1/roleplay/sessions",
    response_model=SessionsOut,
    responses=ERROR_RESPONSES,
    tags=["roleplay"],
)
def sessions(
    principal: TrainerPrincipal,
    service: RoleplayDep,
    trainee: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> SessionsOut:
    """Past and running sessions of the tenant, newest first (optionally one trainee's)."""
    items = service.sessions(tenant=principal.tenant, trainee=trainee, limit=limit, offset=offset)
    return SessionsOut.model_validate({"sessions": items})


@router.get(
    "/v1/roleplay/sessions/{session_id}",
    response_model=SessionOut,
    responses={**ERROR_RESPONSES, **NOT_FOUND},
    tags=["roleplay"],
)
def session(session_id: SessionId, principal: TrainerPrincipal, service: RoleplayDep) -> SessionOut:
    """One session: the conversation, each turn's score and tip, the report once ended."""
    try:
        return SessionOut.model_validate(
            service.get(tenant=principal.tenant, session_id=session_id)
        )
    except UnknownSession:
        raise _not_found(f"no session {session_id!r}") from None


# --------------------------------------------------------------------------- page


def _page_language(request: Request) -> str:
    lang = request.query_params.get("lang", "")
    if lang in ("ja", "en"):
        return lang
    for part in request.headers.get("accept-language", "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("ja"):
            return "ja"
        if tag.startswith("en"):
            return "en"
    return "ja"


@router.get("/roleplay", response_class=HTMLResponse, include_in_schema=False)
def page(request: Request) -> HTMLResponse:
    """The trainer's role-play page."""
    return render_page(request, "roleplay.html", {"lang": _page_language(request)})


@router.get("/roleplay/static/{name}", include_in_schema=False)
def static(name: str) -> FileResponse:
    """The role-play page's own script and styles (by bare name only)."""
    return static_file(name, _STATIC_NAME)
