"""Eval cases (DESIGN.md "Eval case format"): loading and validation.

A dataset is loaded whole before anything runs; the first bad line stops the load with a
:class:`DatasetError` whose text is ``FILE:LINE: what is wrong``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from app.schemas import Ticket


class DatasetError(ValueError):
    """A dataset line is malformed. ``str(err)`` is ``path:line: message``."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(f"{path}:{line}: {message}")


class Expect(BaseModel):
    """What a case expects of the suggestion. Every field is optional: a field left out is
    not scored for that case.

    Attributes:
        escalate: Whether the suggestion must escalate; defaults to ``bool(flags)`` when
            ``flags`` is given.
        flags: The exact expected set of flags (empty: none expected).
        must_cite: Document ids that must be among the retrieved sources.
        forbidden: Regexes the reply must not match.
        language: The language the reply must be in.
    """

    model_config = ConfigDict(extra="forbid")

    escalate: bool | None = None
    flags: list[str] | None = None
    must_cite: list[str] = Field(default_factory=list)
    forbidden: list[str] = Field(default_factory=list)
    language: str | None = None

    @field_validator("forbidden")
    @classmethod
    def _regexes_compile(cls, v: list[str]) -> list[str]:
        for pattern in v:
            try:
                re.compile(pattern)
            except re.error as e:
                raise ValueError(f"forbidden regex {pattern!r} does not compile: {e}") from None
        return v

    @field_validator("language")
    @classmethod
    def _known_language(cls, v: str | None) -> str | None:
        if v is not None and v not in ("ja", "en"):
            raise ValueError(f"language must be 'ja' or 'en', not {v!r}")
        return v

    @model_validator(mode="after")
    def _escalate_from_flags(self) -> Expect:
        if self.escalate is None and self.flags is not None:
            self.escalate = bool(self.flags)
        return self


class EvalCase(BaseModel):
    """One eval case: a ticket and what its suggestion must satisfy."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    ticket: Ticket
    expect: Expect = Field(default_factory=Expect)
    reference_reply: str | None = None
    line: int = Field(default=0, exclude=True)

    @field_validator("id", mode="before")
    @classmethod
    def _id_is_text(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int) else v


def _where(loc: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in loc)


def parse_case(obj: Any, path: Path | str, line: int) -> EvalCase:
    """Validate one decoded line; raises :class:`DatasetError` naming the field."""
    if not isinstance(obj, dict):
        raise DatasetError(path, line, "each line must be a JSON object with 'id' and 'ticket'")
    for key in ("id", "ticket"):
        if key not in obj:
            raise DatasetError(path, line, f"'{key}' is missing")
    try:
        case = EvalCase.model_validate({**obj, "line": line})
    except ValidationError as err:
        first = err.errors()[0]
        msg = str(first["msg"]).removeprefix("Value error, ")
        raise DatasetError(path, line, f"{_where(first['loc'])}: {msg}") from None
    return case


def load_dataset(path: Path | str) -> list[EvalCase]:
    """Every case of a JSONL dataset (blank lines skipped), validated whole.

    Raises:
        DatasetError: on an unreadable file, invalid JSON, a malformed case, a duplicate id
            or an empty dataset.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise DatasetError(path, 0, f"cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise DatasetError(path, 0, "not UTF-8 text") from None
    cases: list[EvalCase] = []
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            raise DatasetError(path, lineno, f"invalid JSON: {e.msg} (column {e.colno})") from None
        case = parse_case(obj, path, lineno)
        if case.id in seen:
            raise DatasetError(
                path, lineno, f"duplicate id {case.id!r} (first on line {seen[case.id]})"
            )
        seen[case.id] = lineno
        cases.append(case)
    if not cases:
        raise DatasetError(path, 0, "the dataset has no cases")
    return cases
