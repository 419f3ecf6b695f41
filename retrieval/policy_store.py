"""A tenant's escalation policy as ingested: rules, extra flags and the company profile.

Ingest writes it next to the tenant's indexes so the service judges each tenant by its own
policy without re-reading the corpus folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from app.settings import Settings
from guardrails.taxonomy import BUILTIN_FLAGS, FlagSpec
from retrieval.corpus import CompanyProfile, Corpus, PolicyRule, load_corpus
from retrieval.store import tenant_dir

POLICY_FILE = "policy.json"


@dataclass
class TenantPolicy:
    """What a tenant's drafts and flags are judged by."""

    rules: list[PolicyRule] = field(default_factory=list)
    flags: dict[str, FlagSpec] = field(default_factory=lambda: dict(BUILTIN_FLAGS))
    profile: CompanyProfile = field(default_factory=CompanyProfile)

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> TenantPolicy:
        return cls(rules=list(corpus.rules), flags=dict(corpus.flags), profile=corpus.profile)


def save_policy(settings: Settings, tenant: str, policy: TenantPolicy) -> Path:
    """Write ``policy`` for ``tenant`` atomically."""
    path = tenant_dir(settings, tenant) / POLICY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "rules": [r.model_dump(mode="json") for r in policy.rules],
        "flags": {
            name: {"route": s.route, "severity": s.severity, "description": s.description}
            for name, s in policy.flags.items()
            if name not in BUILTIN_FLAGS
        },
        "profile": policy.profile.model_dump(mode="json"),
    }
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return path


def load_policy(settings: Settings, tenant: str) -> TenantPolicy:
    """The ingested policy of ``tenant``.

    A tenant that was never ingested gets the sample corpus's policy when it is the default
    tenant, and the built-in taxonomy with no rules otherwise.
    """
    path = tenant_dir(settings, tenant) / POLICY_FILE
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        flags = dict(BUILTIN_FLAGS)
        for name, spec in data.get("flags", {}).items():
            flags[name] = FlagSpec(
                name, spec["route"], spec["severity"], spec.get("description", "")
            )
        return TenantPolicy(
            rules=[PolicyRule.model_validate(r) for r in data.get("rules", [])],
            flags=flags,
            profile=CompanyProfile.model_validate(data.get("profile", {})),
        )
    if tenant == settings.default_tenant and settings.corpus_dir.is_dir():
        return TenantPolicy.from_corpus(load_corpus(settings.corpus_dir))
    return TenantPolicy()
