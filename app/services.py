"""The heavy objects of a running service, built once per process."""

from __future__ import annotations

from dataclasses import dataclass

from app.settings import Settings
from retrieval.search import HybridSearcher


@dataclass
class Services:
    """Everything a request handler needs that is expensive to build."""

    settings: Settings
    searcher: HybridSearcher

    @classmethod
    def build(cls, settings: Settings) -> Services:
        return cls(settings=settings, searcher=HybridSearcher.from_settings(settings))

    def close(self) -> None:
        """Release resources held by the services."""
