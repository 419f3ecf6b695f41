"""Storage: SQLAlchemy models, the database session, repositories.

Public API::

    from app.db import Database, Repositories

    db = Database.from_settings(settings)
    db.migrate()
    key = Repositories(db).keys.create(tenant="default", role="agent")
"""

from __future__ import annotations

from app.db.models import ROLES, ApiKey, Base, Feedback, SuggestionLog
from app.db.repositories import (
    CreatedKey,
    FeedbackRecord,
    KeyRecord,
    Repositories,
    UnknownSuggestion,
)
from app.db.session import Database

__all__ = [
    "ROLES",
    "ApiKey",
    "Base",
    "CreatedKey",
    "Database",
    "Feedback",
    "FeedbackRecord",
    "KeyRecord",
    "Repositories",
    "SuggestionLog",
    "UnknownSuggestion",
]
