"""Rendering prompt files: one Jinja2 template per prompt under ``prompts/templates``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

TEMPLATE_DIR = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The prompt environment: strict (a missing variable is an error), no HTML escaping."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def template_name(prompt: str, lang: str) -> str:
    """``prompt.<lang>.j2`` when it exists, else ``prompt.j2``."""
    localized = f"{prompt}.{lang}.j2"
    return localized if (TEMPLATE_DIR / localized).exists() else f"{prompt}.j2"


def render(prompt: str, lang: str = "en", **variables: Any) -> str:
    """Render the prompt file ``prompt`` for ``lang`` with ``variables``."""
    return (
        environment().get_template(template_name(prompt, lang)).render(**variables).strip() + "\n"
    )
