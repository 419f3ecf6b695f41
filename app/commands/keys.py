"""``teinei keys``: create, list and revoke API keys; ``ensure-demo`` for ``make run``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from app.commands.common import emit_json, fail
from app.settings import Settings, get_settings

if TYPE_CHECKING:
    from app.db import Repositories

JsonOpt = Annotated[bool, typer.Option("--json", help="Machine output (one JSON document).")]
DEMO_KEY_FILE = "demo_key"

keys_app = typer.Typer(help="API keys: each maps to a tenant and a role.", no_args_is_help=True)


def _repos(settings: Settings) -> Repositories:
    from app.db import Database, Repositories

    db = Database.from_settings(settings)
    db.migrate()
    return Repositories(db)


def _check_tenant(tenant: str) -> str:
    from retrieval.store import check_tenant

    try:
        return check_tenant(tenant)
    except ValueError as e:
        fail(str(e))


@keys_app.command("create")
def create(
    tenant: Annotated[str, typer.Option("--tenant", help="The tenant the key belongs to.")],
    role: Annotated[str, typer.Option("--role", help="agent, trainer, qa or admin.")],
    name: Annotated[str | None, typer.Option("--name", help="A label for listings.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Create a key. The key is printed once; only its hash is stored."""
    from app.db import ROLES

    if role not in ROLES:
        fail(f"--role must be one of {', '.join(ROLES)}")
    created = _repos(get_settings()).keys.create(tenant=_check_tenant(tenant), role=role, name=name)
    if as_json:
        emit_json({"key": created.key, "tenant": tenant, "role": role, "id": created.record.id})
        return
    typer.echo(created.key)
    typer.echo(
        f"teinei: key {created.record.id} for tenant {tenant!r}, role {role!r}; "
        "store it now, it is not shown again",
        err=True,
    )


@keys_app.command("list")
def list_keys(
    tenant: Annotated[str | None, typer.Option("--tenant", help="Only this tenant's keys.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List keys (id, prefix, tenant, role, state); never the secrets."""
    records = _repos(get_settings()).keys.list(tenant)
    rows = [
        {
            "id": r.id,
            "prefix": r.prefix,
            "tenant": r.tenant,
            "role": r.role,
            "name": r.name,
            "created_at": r.created_at.isoformat(),
            "revoked": r.revoked_at is not None,
        }
        for r in records
    ]
    if as_json:
        emit_json({"keys": rows})
        return
    for row in rows:
        state = "revoked" if row["revoked"] else "live"
        typer.echo(
            f"{row['id']}  {row['prefix']}…  {row['tenant']:<16} {row['role']:<8} {state}"
            f"  {row['name'] or ''}"
        )


@keys_app.command("revoke")
def revoke(key_id: Annotated[str, typer.Argument(help="The key's id (from `keys list`).")]) -> None:
    """Revoke a key; requests with it get 401 from then on."""
    if not _repos(get_settings()).keys.revoke(key_id):
        fail(f"no live key with id {key_id!r}")
    typer.echo(f"revoked {key_id}")


DEMO_PAGES: tuple[tuple[str, str, str], ...] = (
    ("agent", "/", "agent sidebar"),
    ("trainer", "/roleplay", "role-play trainer"),
    ("qa", "/dashboard", "dashboard (QA)"),
)


def _demo_secret(settings: Settings, role: str) -> str:
    """The demo key of ``role``: ``TEINEI_DEMO_KEY`` for the agent when set, else one generated
    once and kept in ``<data dir>/demo_key[_<role>]`` (mode 600)."""
    from app.db.repositories import generate_key

    if role == "agent" and settings.demo_key:
        return settings.demo_key
    path = Path(settings.data_dir) / (
        DEMO_KEY_FILE if role == "agent" else f"{DEMO_KEY_FILE}_{role}"
    )
    if path.exists() and (secret := path.read_text(encoding="utf-8").strip()):
        return secret
    secret = generate_key()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(secret + "\n")
    return secret


@keys_app.command("ensure-demo")
def ensure_demo(
    as_json: JsonOpt = False,
    url: Annotated[
        str, typer.Option(help="Where the service will listen, for the printed links.")
    ] = ("http://127.0.0.1:8000"),
) -> None:
    """Print demo keys of the default tenant (agent, trainer, qa), creating them the first time.

    Idempotent: every run prints the same keys, with a ready link to each role's page.
    """
    settings = get_settings()
    repos = _repos(settings)
    keys: dict[str, str] = {}
    for role, _page, _label in DEMO_PAGES:
        secret = _demo_secret(settings, role)
        record = repos.keys.ensure(
            secret, tenant=settings.default_tenant, role=role, name=f"demo-{role}"
        )
        if record.revoked_at is not None:
            fail(f"the demo {role} key was revoked; delete its demo_key file under the data dir")
        keys[role] = secret
    if as_json:
        emit_json(
            {"key": keys["agent"], "tenant": settings.default_tenant, "role": "agent", "keys": keys}
        )
        return
    typer.echo(f"teinei: demo keys for tenant {settings.default_tenant!r} — open:")
    for role, page, label in DEMO_PAGES:
        typer.echo(f"  {label:<18} {url.rstrip('/')}{page}?key={keys[role]}")


def register(app: typer.Typer) -> None:
    """Add the ``keys`` group to the CLI."""
    app.add_typer(keys_app, name="keys")
