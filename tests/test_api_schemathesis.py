"""Property-based requests generated from the OpenAPI schema never get a 5xx.

A bounded run (a few examples per operation) against the ASGI app with a fake pipeline,
searcher and ingester, with an admin key so every operation is reached past auth.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from _api_support import Api, FakePipeline, FakeSearcher
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from app.deps import get_ingester, get_pipeline, get_searcher
from app.main import create_app
from app.settings import Settings
from retrieval.ingest import IngestReport

schema = schemathesis.openapi.from_dict(create_app(Settings()).openapi())


def fake_ingest(corpus: Path, *, tenant: str, **_: object) -> IngestReport:
    return IngestReport(tenant, 1, 1, 1, 0, 0, 0, 1, 0, 0.01)


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    data = tmp_path_factory.mktemp("fuzz")
    app = create_app(Settings(data_dir=data, embeddings="fake"))
    pipeline, searcher = FakePipeline(tokens=("a", "b")), FakeSearcher()
    app.dependency_overrides[get_pipeline] = lambda: pipeline
    app.dependency_overrides[get_searcher] = lambda: searcher
    app.dependency_overrides[get_ingester] = lambda: fake_ingest
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Api(app, client, pipeline, searcher)


@pytest.fixture(scope="module")
def admin(api: Api) -> dict[str, str]:
    return api.key(role="admin")


@schema.parametrize()
@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_server_errors(case: schemathesis.Case, api: Api, admin: dict[str, str]) -> None:
    kwargs = case.as_transport_kwargs(headers=admin)
    kwargs.pop("base_url", None)
    if not kwargs.get("cookies"):
        kwargs.pop("cookies", None)
    if isinstance(kwargs.get("data"), bytes | str):
        kwargs["content"] = kwargs.pop("data")
    response = api.client.request(**kwargs)
    assert response.status_code < 500, (
        case.method,
        case.path,
        response.status_code,
        response.text[:500],
    )
    assert "x-request-id" in response.headers
