"""API keys → principals (tenant + role), and the role each route needs.

A request carries ``Authorization: Bearer <key>``. The key's sha256 is looked up; the
principal it maps to decides the tenant of everything the request touches (a tenant named
in a request body is never trusted) and whether the route may be called at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.db.repositories import generate_key, hash_key
from app.deps import ReposDep

__all__ = [
    "EVAL_ROLES",
    "INGEST_ROLES",
    "ROLEPLAY_ROLES",
    "SUGGEST_ROLES",
    "AdminPrincipal",
    "AgentPrincipal",
    "Principal",
    "Role",
    "generate_key",
    "hash_key",
    "require_roles",
]


class Role(StrEnum):
    """What a key may do."""

    AGENT = "agent"
    TRAINER = "trainer"
    QA = "qa"
    ADMIN = "admin"


SUGGEST_ROLES = frozenset({Role.AGENT, Role.QA, Role.ADMIN})  # suggest, feedback, search
INGEST_ROLES = frozenset({Role.ADMIN})
ROLEPLAY_ROLES = frozenset({Role.TRAINER})
EVAL_ROLES = frozenset({Role.QA, Role.ADMIN})


@dataclass(frozen=True)
class Principal:
    """Who is calling: the key's id, its tenant and its role."""

    key_id: str
    tenant: str
    role: Role


bearer = HTTPBearer(
    auto_error=False,
    scheme_name="APIKey",
    description="An API key from `teinei keys create`, sent as `Authorization: Bearer <key>`.",
)


def authenticate(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    repos: ReposDep,
) -> Principal:
    """The principal of the request's API key; 401 when it is missing, unknown or revoked."""
    if credentials is None or not credentials.credentials.strip():
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "missing API key: send 'Authorization: Bearer <key>' (create one with "
            "`teinei keys create --tenant T --role R`)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    record = repos.keys.authenticate(credentials.credentials.strip())
    if record is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "invalid or revoked API key",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    request.state.tenant = record.tenant
    request.state.role = record.role
    return Principal(key_id=record.id, tenant=record.tenant, role=Role(record.role))


def require_roles(roles: frozenset[Role]) -> Callable[[Principal], Principal]:
    """A dependency that admits only principals with one of ``roles`` (else 403)."""
    allowed = ", ".join(sorted(r.value for r in roles))

    def check(principal: Annotated[Principal, Depends(authenticate)]) -> Principal:
        if principal.role not in roles:
            raise HTTPException(
                status.HTTP_403_FORBIDDEN,
                f"a key with role '{principal.role.value}' may not call this endpoint "
                f"(allowed roles: {allowed})",
            )
        return principal

    return check


AgentPrincipal = Annotated[Principal, Depends(require_roles(SUGGEST_ROLES))]
AdminPrincipal = Annotated[Principal, Depends(require_roles(INGEST_ROLES))]
TrainerPrincipal = Annotated[Principal, Depends(require_roles(ROLEPLAY_ROLES))]
QAPrincipal = Annotated[Principal, Depends(require_roles(EVAL_ROLES))]
