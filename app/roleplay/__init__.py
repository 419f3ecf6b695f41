"""Role-play training: scenario cards, a mood state machine, a scripted or LLM-played
customer, turn-by-turn coaching with the shared rubric, and a final report.

Public API::

    from app.roleplay import RoleplayEngine, ScenarioLibrary

    library = ScenarioLibrary.load("knowledge_corpus")
    engine = RoleplayEngine(library)
    card = library.cards["rp-ja-kasuhara-dogeza"]
    state = engine.open(card, seed=7)
    state, turn = engine.reply(card, state, "ご不便をおかけし、申し訳ございません。…")
"""

from app.roleplay.assess import Assessment, assess
from app.roleplay.cards import Card, ManualSection, ScenarioLibrary, load_cards
from app.roleplay.coaching import Tip, tip_for
from app.roleplay.customer import CustomerVoice, LLMCustomer, ScriptedCustomer
from app.roleplay.engine import RoleplayEngine, SessionState, TurnResult
from app.roleplay.machine import MoodState, Transition, step
from app.roleplay.report import build_report

__all__ = [
    "Assessment",
    "Card",
    "CustomerVoice",
    "LLMCustomer",
    "ManualSection",
    "MoodState",
    "RoleplayEngine",
    "ScenarioLibrary",
    "ScriptedCustomer",
    "SessionState",
    "Tip",
    "Transition",
    "TurnResult",
    "assess",
    "build_report",
    "load_cards",
    "step",
    "tip_for",
]
