"""Rendering prompt files: one Jinja2 template per prompt under ``prompts/templates``."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

TEMPLATE_DIR = Path(__file__).parent / "templates"


# The tags prompts use to delimit data. Untrusted text must not be able to close or open one.
_DELIMITERS = re.compile(
    r"<(/?)\s*(customer_message|agent_message|ticket|sources|policy|escalation_flags|agent_notes|"
    r"review_of_previous_draft|reply)\b",
    re.I,
)


def as_data(text: str) -> str:
    """Untrusted text made safe to place between delimiter tags: look-alike tags are defused."""
    return _DELIMITERS.sub(lambda m: f"‹{m.group(1)}{m.group(2)}", text)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The prompt environment: strict (a missing variable is an error), no HTML escaping.

    Templates pass every piece of untrusted text through the ``data`` filter.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["data"] = as_data
    return env


def template_name(prompt: str, lang: str) -> str:
    """``prompt.<lang>.j2`` when it exists, else ``prompt.j2``."""
    localized = f"{prompt}.{lang}.j2"
    return localized if (TEMPLATE_DIR / localized).exists() else f"{prompt}.j2"


def render(prompt: str, lang: str = "en", **variables: Any) -> str:
    """Render the prompt file ``prompt`` for ``lang`` with ``variables``."""
    return (
        environment().get_template(template_name(prompt, lang)).render(**variables).strip() + "\n"
    )
