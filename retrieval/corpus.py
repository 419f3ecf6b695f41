"""Corpus loading and validation (DESIGN.md "Corpus format").

Every loader stops at the first problem with a :class:`CorpusError` that names the file and
line (``path:line: what is wrong``). A corpus is loaded whole or not at all, so an ingest is
never partial.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from guardrails.taxonomy import BUILTIN_FLAGS, FlagSpec

Lang = Literal["ja", "en"]
DocType = Literal["manual", "resolution", "policy"]
LANGS: tuple[str, ...] = ("ja", "en")


class CorpusError(ValueError):
    """A corpus file is malformed. ``str(err)`` is ``path:line: message``."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(f"{path}:{line}: {message}")


# --------------------------------------------------------------------------- models


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class FrontMatter(BaseModel):
    """Front matter of a manual or policy markdown file."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    lang: Lang
    product: str | None = None
    tags: list[str] = Field(default_factory=list)

    @field_validator("id", mode="before")
    @classmethod
    def _id_is_text(cls, v: Any) -> Any:
        return str(v) if isinstance(v, int) else v

    @field_validator("tags", mode="before")
    @classmethod
    def _tags_are_text(cls, v: Any) -> Any:
        # YAML reads `tags: [119, 2024]` as numbers; a tag is always text.
        return (
            [str(t) if isinstance(t, int | float) else t for t in v] if isinstance(v, list) else v
        )


class Resolution(_Strict):
    """One past case from ``resolutions/*.jsonl``."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    id: str = Field(min_length=1)
    lang: Lang
    category: str = Field(min_length=1)
    customer_message: str = Field(min_length=1)
    resolution: str = Field(min_length=1)
    agent_reply: str = Field(min_length=1)
    outcome: Literal["resolved", "refunded", "replaced", "escalated", "rejected"]
    product: str | None = None
    channel: Literal["email", "chat", "phone", "sns", "form"] | None = None
    csat: int | None = Field(default=None, ge=1, le=5)
    escalated_to: str | None = None
    tags: list[str] = Field(default_factory=list)


class RuleCondition(_Strict):
    """``when:`` of a policy rule: every given condition must hold."""

    customer_tier: list[Literal["standard", "premium", "vip"]] | None = None
    min_contact_count: int | None = Field(default=None, ge=1)
    min_amount: float | None = Field(default=None, ge=0)


class PolicyRule(_Strict):
    """One structured rule of ``policies/*.yaml``."""

    id: str = Field(min_length=1)
    flag: str = Field(min_length=1)
    severity: Literal["low", "medium", "high", "critical"] | None = None
    route: str | None = None
    keywords: dict[Lang, list[str]] = Field(default_factory=dict)
    patterns: list[str] = Field(default_factory=list)
    when: RuleCondition = Field(default_factory=RuleCondition)
    guidance: dict[Lang, str] = Field(default_factory=dict)
    source: str = ""  # file the rule came from, filled by the loader

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, v: list[str]) -> list[str]:
        for p in v:
            try:
                re.compile(p)
            except re.error as e:
                raise ValueError(f"pattern {p!r} is not a valid regex: {e}") from None
        return v


class FlagDeclaration(_Strict):
    """A flag a corpus's policy adds to the built-in taxonomy."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    route: str = Field(min_length=1)
    severity: Literal["low", "medium", "high", "critical"] = "medium"
    description: str = ""


class Scenario(BaseModel):
    """A role-play scenario card (``roleplay/*.yaml``). Validated in depth by the trainer."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    lang: Lang
    opening_line: str = Field(min_length=1)
    source: str = ""
    line: int = 1


@dataclass(frozen=True)
class Document:
    """A retrievable document: a manual, a policy, or one past case."""

    id: str
    doc_type: DocType
    lang: str
    title: str
    text: str
    source: str
    product: str | None = None
    tags: tuple[str, ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


class CompanyProfile(_Strict):
    """Who the tenant is and what its agents may decide (``company:`` and ``authority:`` of a
    policy YAML). Drafts name the company and state limits from here, never from code."""

    name: dict[Lang, str] = Field(default_factory=dict)
    team: dict[Lang, str] = Field(default_factory=dict)
    refund_limit_jpy: int | None = Field(default=None, ge=0)
    coupon_limit_jpy: int | None = Field(default=None, ge=0)


@dataclass
class Corpus:
    """A whole validated corpus."""

    root: Path
    documents: list[Document]
    rules: list[PolicyRule]
    flags: dict[str, FlagSpec]
    scenarios: list[Scenario]
    profile: CompanyProfile = field(default_factory=lambda: CompanyProfile())

    def by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}


# --------------------------------------------------------------------------- helpers


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that records the 1-based line of each mapping under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping: dict[str, Any] = {
        str(k): v for k, v in loader.construct_mapping(node, deep=True).items()
    }
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def _yaml_load(text: str, path: Path, line_offset: int = 0) -> Any:
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = (mark.line + 1 if mark else 1) + line_offset
        problem = getattr(e, "problem", None) or str(e)
        raise CorpusError(path, line, f"invalid YAML: {problem}") from None


def _first_error(err: ValidationError) -> tuple[tuple[Any, ...], str]:
    e = err.errors()[0]
    loc = tuple(e["loc"])
    where = ".".join(str(p) for p in loc)
    msg = e["msg"]
    if e["type"] == "missing":
        return loc, f"missing required field '{where}'"
    if e["type"] == "extra_forbidden":
        return loc, f"unknown field '{where}'"
    return loc, f"field '{where}': {msg}" if where else msg


def _line_of(data: Any, loc: tuple[Any, ...], default: int) -> int:
    """The line of the deepest mapping on ``loc`` that carries a ``__line__``."""
    line = data.get("__line__", default) if isinstance(data, dict) else default
    node = data
    for part in loc:
        if (isinstance(node, dict) and part in node) or (
            isinstance(node, list) and isinstance(part, int) and part < len(node)
        ):
            node = node[part]
        else:
            break
        if isinstance(node, dict) and "__line__" in node:
            line = node["__line__"]
    return int(line)


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?$\n?", re.S | re.M)


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str, int]:
    """``(front matter, body, line where the body starts)`` of a markdown file."""
    if text.startswith("\ufeff"):
        text = text[1:]
    m = _FRONT.match(text)
    if not m:
        raise CorpusError(path, 1, "missing YAML front matter (a '---' block with id, title, lang)")
    data = _yaml_load(m.group(1), path, line_offset=1)
    if not isinstance(data, dict):
        raise CorpusError(path, 2, "front matter must be a YAML mapping")
    body_line = text[: m.end()].count("\n") + 1
    return data, text[m.end() :], body_line


# --------------------------------------------------------------------------- loaders


class _IdRegistry:
    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def add(self, doc_id: str, path: Path, line: int) -> None:
        if doc_id in self._seen:
            raise CorpusError(
                path, line, f"duplicate id '{doc_id}' (first defined at {self._seen[doc_id]})"
            )
        self._seen[doc_id] = f"{path}:{line}"


def load_markdown(path: Path, doc_type: DocType) -> Document:
    """Load one manual or policy markdown file."""
    text = path.read_text(encoding="utf-8")
    data, body, _ = split_front_matter(text, path)
    try:
        fm = FrontMatter.model_validate(_strip_lines(data))
    except ValidationError as err:
        loc, msg = _first_error(err)
        raise CorpusError(path, _front_line(text, loc), msg) from None
    if not body.strip():
        raise CorpusError(path, 1, "the document has no body")
    extra = {k: v for k, v in (fm.model_extra or {}).items()}
    return Document(
        id=fm.id,
        doc_type=doc_type,
        lang=fm.lang,
        title=fm.title,
        text=body.strip() + "\n",
        source=str(path),
        product=fm.product,
        tags=tuple(fm.tags),
        metadata=extra,
    )


def _front_line(text: str, loc: tuple[Any, ...]) -> int:
    """Line of a front-matter key named by ``loc`` (or of the front matter's start)."""
    if loc:
        key = str(loc[0])
        for i, line in enumerate(text.splitlines()[1:], start=2):
            if line.strip() == "---":
                break
            if re.match(rf"^{re.escape(key)}\s*:", line):
                return i
    return 2


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` for each non-blank line; a broken line is a CorpusError."""
    with path.open(encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, start=1):
            raw = raw.strip()
            if not raw:
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                raise CorpusError(
                    path, lineno, f"invalid JSON: {e.msg} (column {e.colno})"
                ) from None
            if not isinstance(obj, dict):
                raise CorpusError(path, lineno, "each line must be a JSON object")
            yield lineno, obj


def resolution_text(r: Resolution) -> str:
    """One past case as one retrievable text: message, resolution and reply together."""
    if r.lang == "ja":
        return f"【お客様の声】{r.customer_message}\n【対応・解決】{r.resolution}\n【返信】{r.agent_reply}\n"
    return f"Customer: {r.customer_message}\nResolution: {r.resolution}\nReply: {r.agent_reply}\n"


def load_resolutions(path: Path) -> list[tuple[int, Document]]:
    """Load a ``resolutions/*.jsonl`` file as documents, one past case each."""
    out: list[tuple[int, Document]] = []
    for lineno, obj in iter_jsonl(path):
        try:
            r = Resolution.model_validate(obj)
        except ValidationError as err:
            _, msg = _first_error(err)
            raise CorpusError(path, lineno, msg) from None
        title = r.customer_message.splitlines()[0][:60]
        meta: dict[str, Any] = {
            "category": r.category,
            "outcome": r.outcome,
            "channel": r.channel,
            "csat": r.csat,
            "escalated_to": r.escalated_to,
            "line": lineno,
        }
        doc = Document(
            id=r.id,
            doc_type="resolution",
            lang=r.lang,
            title=f"{r.category}: {title}",
            text=resolution_text(r),
            source=str(path),
            product=r.product,
            tags=tuple(r.tags),
            metadata={k: v for k, v in meta.items() if v is not None},
        )
        out.append((lineno, doc))
    return out


def _policy_mapping(path: Path) -> dict[str, Any]:
    data = _yaml_load(path.read_text(encoding="utf-8"), path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CorpusError(path, 1, "a policy file must be a mapping with a 'rules' list")
    unknown = sorted(set(data) - {"rules", "flags", "__line__", "version", "authority", "company"})
    if unknown:
        raise CorpusError(
            path, int(data.get("__line__", 1)), f"unknown top-level key '{unknown[0]}'"
        )
    return data


def _items(data: dict[str, Any], key: str, path: Path) -> list[dict[str, Any]]:
    raw = data.get(key) or []
    if not isinstance(raw, list):
        raise CorpusError(path, int(data.get("__line__", 1)), f"'{key}' must be a list")
    for item in raw:
        if not isinstance(item, dict):
            raise CorpusError(
                path, int(data.get("__line__", 1)), f"each entry of '{key}' must be a mapping"
            )
    return raw


def load_flag_declarations(path: Path) -> dict[str, FlagSpec]:
    """Flags a ``policies/*.yaml`` file adds to the taxonomy (its ``flags:`` list)."""
    data = _policy_mapping(path)
    declared: dict[str, FlagSpec] = {}
    for item in _items(data, "flags", path):
        line = int(item.get("__line__", 1))
        try:
            decl = FlagDeclaration.model_validate(_strip_lines(item))
        except ValidationError as err:
            loc, msg = _first_error(err)
            raise CorpusError(path, _line_of(item, loc, line), msg) from None
        declared[decl.name] = FlagSpec(decl.name, decl.route, decl.severity, decl.description)
    return declared


def load_profile(path: Path) -> CompanyProfile:
    """The ``company:`` and ``authority:`` sections of a policy YAML (empty when absent)."""
    data = _policy_mapping(path)
    company = data.get("company") or {}
    authority = data.get("authority") or {}
    for key, section in (("company", company), ("authority", authority)):
        if not isinstance(section, dict):
            raise CorpusError(path, int(data.get("__line__", 1)), f"'{key}' must be a mapping")
    raw = {**_strip_lines(company), **_strip_lines(authority)}
    try:
        return CompanyProfile.model_validate(raw)
    except ValidationError as err:
        loc, msg = _first_error(err)
        section = authority if loc and loc[0] in authority else company
        raise CorpusError(
            path, _line_of(section, loc[1:], int(section.get("__line__", 1))), msg
        ) from None


def load_policy_rules(path: Path, flags: dict[str, FlagSpec]) -> list[PolicyRule]:
    """Load the ``rules:`` of a ``policies/*.yaml`` file; each must name a flag in ``flags``."""
    data = _policy_mapping(path)
    rules: list[PolicyRule] = []
    for item in _items(data, "rules", path):
        line = int(item.get("__line__", 1))
        try:
            rule = PolicyRule.model_validate({**_strip_lines(item), "source": str(path)})
        except ValidationError as err:
            loc, msg = _first_error(err)
            raise CorpusError(path, _line_of(item, loc, line), msg) from None
        if rule.flag not in flags:
            raise CorpusError(
                path,
                line,
                f"rule '{rule.id}': unknown flag '{rule.flag}' "
                f"(known: {', '.join(sorted(flags))}; declare new ones under 'flags:')",
            )
        rules.append(rule)
    return rules


def load_scenarios(path: Path) -> list[Scenario]:
    """Load a role-play card file: one card, or a list of cards under ``scenarios``."""
    data = _yaml_load(path.read_text(encoding="utf-8"), path)
    items = data.get("scenarios", [data]) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise CorpusError(path, 1, "a scenario file must hold a card or a 'scenarios' list")
    cards: list[Scenario] = []
    for item in items:
        if not isinstance(item, dict):
            raise CorpusError(path, 1, "each scenario card must be a mapping")
        line = int(item.get("__line__", 1))
        try:
            card = Scenario.model_validate(
                {**_strip_lines(item), "source": str(path), "line": line}
            )
        except ValidationError as err:
            loc, msg = _first_error(err)
            raise CorpusError(path, _line_of(item, loc, line), msg) from None
        cards.append(card)
    return cards


def load_corpus(root: Path | str) -> Corpus:
    """Load and validate a whole corpus folder in the DESIGN format.

    Raises:
        CorpusError: on the first malformed file, naming file and line.
    """
    root = Path(root)
    if not root.is_dir():
        raise CorpusError(root, 0, "corpus folder not found")
    ids = _IdRegistry()
    docs: list[Document] = []
    for sub, doc_type in (("manuals", "manual"), ("policies", "policy")):
        for path in sorted((root / sub).glob("*.md")):
            doc = load_markdown(path, doc_type)  # type: ignore[arg-type]
            ids.add(doc.id, path, _front_line(path.read_text(encoding="utf-8"), ("id",)))
            docs.append(doc)
    for path in sorted((root / "resolutions").glob("*.jsonl")):
        for lineno, doc in load_resolutions(path):
            ids.add(doc.id, path, lineno)
            docs.append(doc)
    policy_yamls = sorted([*(root / "policies").glob("*.yaml"), *(root / "policies").glob("*.yml")])
    flags = dict(BUILTIN_FLAGS)
    for path in policy_yamls:  # declarations first: a rule may use a flag declared elsewhere
        flags.update(load_flag_declarations(path))
    profile = CompanyProfile()
    for path in policy_yamls:
        found = load_profile(path)
        profile = profile.model_copy(update=found.model_dump(exclude_unset=True))
    rules: list[PolicyRule] = []
    rule_ids = _IdRegistry()
    for path in policy_yamls:
        for rule in load_policy_rules(path, flags):
            rule_ids.add(rule.id, path, _rule_line(path, rule.id))
            rules.append(rule)
    scenarios: list[Scenario] = []
    scenario_ids = _IdRegistry()
    for path in sorted([*(root / "roleplay").glob("*.yaml"), *(root / "roleplay").glob("*.yml")]):
        for card in load_scenarios(path):
            scenario_ids.add(card.id, path, card.line)
            scenarios.append(card)
    if not docs:
        raise CorpusError(
            root, 0, "the corpus has no documents (manuals/, resolutions/, policies/)"
        )
    return Corpus(
        root=root, documents=docs, rules=rules, flags=flags, scenarios=scenarios, profile=profile
    )


def _rule_line(path: Path, rule_id: str) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if re.match(rf"^\s*-?\s*id:\s*['\"]?{re.escape(rule_id)}['\"]?\s*$", line):
            return i
    return 1
