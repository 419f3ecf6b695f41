"""The agent sidebar page and the small JSON helpers it needs.

``GET /`` serves the page (no key needed to load it: it asks for the key and sends it as
``Authorization: Bearer …`` on its own calls). The JSON routes below follow the same rules
as the rest of ``/v1``: the key decides the tenant, agents (and qa, admin) may call them.
Static files are served from ``app/web/static`` by name only, so nothing outside that
folder can be reached.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from fastapi import APIRouter, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import BaseModel, ConfigDict, Field

from app import __version__
from app.api.errors import ERROR_RESPONSES
from app.api.pages import STATIC_DIR as STATIC_DIR  # re-exported: the tests read it
from app.api.pages import WEB_DIR, render_page, static_file
from app.auth import AgentPrincipal
from app.deps import PipelineDep, SettingsDep
from app.schemas import MAX_MESSAGE_CHARS, Ticket
from app.settings import REPO_ROOT, Settings
from guardrails.findings import Finding
from retrieval.chunking import Chunk
from retrieval.lang import detect_language
from retrieval.store import ChunkTable

router = APIRouter()

SAMPLES_FILE = WEB_DIR / "samples.yaml"
EXAMPLES_DIR = REPO_ROOT / "examples"

_STATIC_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*\.(?:js|css|svg)$")


# --------------------------------------------------------------------------- page


def _browser_language(accept_language: str) -> str:
    """``ja`` when the browser prefers Japanese over English, else ``en``."""
    for part in accept_language.split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("ja"):
            return "ja"
        if tag.startswith("en"):
            return "en"
    return "en"


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def page(request: Request) -> HTMLResponse:
    """The agent sidebar: a ticket view with Suggest reply."""
    lang = _browser_language(request.headers.get("accept-language", ""))
    return render_page(request, "index.html", {"lang": lang, "version": __version__})


@router.get("/static/{name}", include_in_schema=False)
def static(name: str) -> FileResponse:
    """A file of ``app/web/static`` by its bare name."""
    return static_file(name, _STATIC_NAME)


# --------------------------------------------------------------------------- samples


class SampleTitle(BaseModel):
    ja: str
    en: str


class Sample(BaseModel):
    """A realistic ticket for trying the sidebar."""

    id: str
    title: SampleTitle
    language: Literal["ja", "en"]
    ticket: dict[str, Any]


class SamplesResponse(BaseModel):
    samples: list[Sample]


def load_samples(
    samples_file: Path = SAMPLES_FILE, examples_dir: Path = EXAMPLES_DIR
) -> list[Sample]:
    """The samples of ``samples.yaml``; entries naming a missing example are left out."""
    entries = yaml.safe_load(samples_file.read_text(encoding="utf-8"))["samples"]
    out: list[Sample] = []
    for entry in entries:
        if "example" in entry:
            path = examples_dir / entry["example"]
            if not path.is_file():
                continue
            raw = json.loads(path.read_text(encoding="utf-8"))
        else:
            raw = entry["ticket"]
        ticket = Ticket.model_validate(raw)
        language = ticket.language
        if language == "auto":
            language = "ja" if detect_language(" ".join(ticket.customer_texts())) == "ja" else "en"
        out.append(
            Sample(
                id=entry["id"],
                title=SampleTitle(**entry["title"]),
                language=language,
                ticket=ticket.model_dump(mode="json", exclude_none=True, exclude={"tenant"}),
            )
        )
    return out


@lru_cache(maxsize=1)
def _samples() -> SamplesResponse:
    return SamplesResponse(samples=load_samples())


@router.get("/v1/samples", response_model=SamplesResponse, responses=ERROR_RESPONSES, tags=["ui"])
def samples(principal: AgentPrincipal) -> SamplesResponse:
    """Sample tickets (Japanese and English) for trying Suggest reply."""
    return _samples()


# --------------------------------------------------------------------------- rewrite


class RewriteRequest(BaseModel):
    """A draft to rewrite in a style."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"text": "確認して連絡します。", "style": "formal", "language": "ja"},
            ]
        },
    )

    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    style: Literal["formal", "softer", "shorter"]
    language: Literal["ja", "en", "auto"] = "auto"


class RewriteFinding(BaseModel):
    """What an output check found in the rewritten text; offsets index ``text``."""

    stage: str
    check: str
    severity: str
    message: str
    type: str | None = None
    span: str | None = None
    start: int | None = None
    end: int | None = None


class RewriteResponse(BaseModel):
    """The rewritten draft, checked again by the output guardrails."""

    text: str
    style: str
    action: Literal["pass", "warn", "block"]
    findings: list[RewriteFinding]
    backend: str


def _finding(f: Finding, text: str) -> RewriteFinding:
    spanned = f.start is not None and f.end is not None
    return RewriteFinding(
        stage=f.stage,
        check=f.check,
        severity=f.severity,
        message=f.message,
        type=f.type,
        span=text[f.start : f.end] if spanned else None,
        start=f.start,
        end=f.end,
    )


@router.post("/v1/rewrite", response_model=RewriteResponse, responses=ERROR_RESPONSES, tags=["ui"])
def rewrite(
    body: RewriteRequest, principal: AgentPrincipal, pipeline: PipelineDep
) -> RewriteResponse:
    """The draft rewritten more formally, more softly or shorter, then checked again.

    With an LLM configured the model rewrites the text (personal data redacted first);
    otherwise, or when its result is blocked, deterministic rules do (``backend: rules``).
    """
    language = body.language
    if language == "auto":
        language = "ja" if detect_language(body.text) == "ja" else "en"
    result = pipeline.rewrite(body.text, body.style, language=language, tenant=principal.tenant)
    return RewriteResponse(
        text=result.text,
        style=result.style,
        action=result.action,
        findings=[_finding(f, result.text) for f in result.findings],
        backend=result.backend,
    )


# --------------------------------------------------------------------------- sources


class SourceChunk(BaseModel):
    chunk_id: str
    heading: str
    text: str
    ordinal: int


class SourceDocument(BaseModel):
    """A document of the tenant's knowledge, as its chunks in reading order."""

    doc_id: str
    doc_type: str
    title: str
    lang: str
    product: str | None = None
    chunks: list[SourceChunk]


def document_chunks(settings: Settings, tenant: str, doc_id: str) -> list[Chunk]:
    """The chunks of ``doc_id`` in ``tenant``'s chunk table, in reading order."""
    table = ChunkTable.for_tenant(settings, tenant)
    if not table.exists():
        return []  # opening the table would create one for a tenant that has none
    try:
        ids = sorted(table.doc_chunks().get(doc_id, ()))
        chunks = list(table.get(ids).values())
    finally:
        table.close()
    return sorted(chunks, key=lambda c: (c.ordinal, c.chunk_id))


@router.get(
    "/v1/sources/{doc_id}",
    response_model=SourceDocument,
    responses={**ERROR_RESPONSES, 404: {"description": "No such document for this tenant"}},
    tags=["ui"],
)
def source(
    doc_id: Annotated[str, PathParam(min_length=1, max_length=256)],
    principal: AgentPrincipal,
    settings: SettingsDep,
) -> SourceDocument:
    """A cited document's text (every chunk) from the key's tenant's knowledge."""
    chunks = document_chunks(settings, principal.tenant, doc_id)
    if not chunks:
        raise HTTPException(404, f"no document {doc_id!r} for this tenant")
    first = chunks[0]
    return SourceDocument(
        doc_id=first.doc_id,
        doc_type=first.doc_type,
        title=first.title,
        lang=first.lang,
        product=first.product,
        chunks=[
            SourceChunk(chunk_id=c.chunk_id, heading=c.heading, text=c.text, ordinal=c.ordinal)
            for c in chunks
        ],
    )
