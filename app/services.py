"""The heavy objects of a running service, built once per process."""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field

from app.drafting.registry import get_drafter
from app.settings import Settings
from app.suggest import SuggestPipeline
from retrieval.policy_store import POLICY_FILE, TenantPolicy, load_policy
from retrieval.search import HybridSearcher
from retrieval.store import tenant_dir


@dataclass
class PolicyCache:
    """Tenants' ingested policies, re-read when a re-ingest rewrites them."""

    settings: Settings
    _cache: dict[str, tuple[float, TenantPolicy]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, tenant: str) -> TenantPolicy:
        path = tenant_dir(self.settings, tenant) / POLICY_FILE
        try:
            stamp = path.stat().st_mtime
        except FileNotFoundError:
            stamp = 0.0
        with self._lock:
            cached = self._cache.get(tenant)
            if cached is None or cached[0] != stamp:
                self._cache[tenant] = (stamp, load_policy(self.settings, tenant))
            return self._cache[tenant][1]


@dataclass
class Services:
    """Everything a request handler needs that is expensive to build."""

    settings: Settings
    searcher: HybridSearcher
    pipeline: SuggestPipeline
    policies: PolicyCache

    @classmethod
    def build(cls, settings: Settings) -> Services:
        searcher = HybridSearcher(settings)
        policies = PolicyCache(settings)
        pipeline = SuggestPipeline(
            searcher=searcher,
            drafter=get_drafter(settings),
            policy_for=policies.get,
            default_refund_limit_jpy=settings.authority_limit_jpy,
        )
        return cls(settings=settings, searcher=searcher, pipeline=pipeline, policies=policies)

    def warm(self) -> None:
        """Load what the first request would otherwise wait for: the query embedder and the
        guardrails' compiled patterns. A failure here only means the first request is slower."""
        with contextlib.suppress(Exception):  # the vector side degrades to lexical anyway
            self.searcher.embedder.embed_query("warm up")
        from guardrails.injection import detect_injection
        from guardrails.pii import detect_pii

        sample = "山田様 090-1234-5678 the heater smoked; 弁護士に相談します"
        detect_pii(sample)
        detect_injection(sample)
        self.pipeline.engine_for(self.settings.default_tenant).detect_text(sample, "ja")

    def close(self) -> None:
        """Release resources held by the services (the LLM client's connections)."""
        client = getattr(self.pipeline.drafter, "client", None)
        if client is not None:
            client.close()
