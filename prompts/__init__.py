"""Prompt files (Jinja2), their typed inputs and outputs, and token budgeting."""

from prompts.budget import BudgetItem, Priority, Selection, fit
from prompts.render import render

__all__ = ["BudgetItem", "Priority", "Selection", "fit", "render"]
