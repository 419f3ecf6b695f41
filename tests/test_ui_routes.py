"""The agent sidebar page, its static files, and the JSON helpers it calls."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _api_support import Api, make_api
from _retrieval_corpus import other_tenant_corpus, write_corpus

from app.api.ui import STATIC_DIR, WEB_DIR
from app.settings import Settings
from app.suggest import RewriteResult
from guardrails.findings import Finding
from retrieval.ingest import ingest


@pytest.fixture
def api(settings: Settings) -> Iterator[Api]:
    yield from make_api(settings)


# --------------------------------------------------------------------------- page


def test_page_loads_without_a_key_and_loads_nothing_from_elsewhere(api: Api) -> None:
    r = api.client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert '<script type="module" src="/static/app.js' in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert r.headers["referrer-policy"] == "no-referrer"  # the key may be in the URL


@pytest.mark.parametrize(
    ("accept_language", "lang"),
    [("ja-JP,ja;q=0.9,en;q=0.8", "ja"), ("en-GB,en;q=0.9,ja;q=0.5", "en"), ("", "en")],
)
def test_page_language_follows_the_browser(api: Api, accept_language: str, lang: str) -> None:
    r = api.client.get("/", headers={"Accept-Language": accept_language})
    assert f'<html lang="{lang}"' in r.text


def test_static_files_are_served_by_name_only(api: Api) -> None:
    js = api.client.get("/static/app.js")
    assert js.status_code == 200
    assert js.headers["content-type"].startswith("text/javascript")
    assert api.client.get("/static/sidebar.css").headers["content-type"].startswith("text/css")
    assert api.client.get("/static/missing.js").status_code == 404
    assert api.client.get("/static/samples.yaml").status_code == 404
    assert api.client.get("/static/..%2Fsamples.yaml").status_code == 404


def test_every_asset_the_page_and_modules_name_exists_locally() -> None:
    html = (WEB_DIR / "templates" / "index.html").read_text(encoding="utf-8")
    names = set(re.findall(r'"/static/([\w.-]+?)(?:\?[^"]*)?"', html))
    for js in STATIC_DIR.glob("*.js"):
        names |= set(re.findall(r'from "\./([\w.-]+)"', js.read_text(encoding="utf-8")))
    assert {"app.js", "sidebar.css", "api.js", "i18n.js", "highlight.js"} <= names
    for name in names:
        assert (STATIC_DIR / name).is_file(), name
    for path in [*STATIC_DIR.iterdir(), WEB_DIR / "templates" / "index.html"]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"https?://(?!www\.w3\.org/)|@import", text), (
            f"{path.name} loads from elsewhere"
        )


# --------------------------------------------------------------------------- samples


def test_samples_need_a_key(api: Api) -> None:
    assert api.client.get("/v1/samples").status_code == 401


def test_samples_cover_both_languages(api: Api) -> None:
    r = api.client.get("/v1/samples", headers=api.key())
    assert r.status_code == 200
    samples = r.json()["samples"]
    assert len(samples) >= 8
    assert {s["language"] for s in samples} == {"ja", "en"}
    ids = [s["id"] for s in samples]
    assert len(set(ids)) == len(ids)
    assert "ja-legal-heater" in ids and "en-late-gift" in ids  # built from examples/
    for s in samples:
        assert s["title"]["ja"] and s["title"]["en"]
        assert s["ticket"]["messages"] and "tenant" not in s["ticket"]


# --------------------------------------------------------------------------- rewrite


class RecordingPipeline:
    """Stands in for the pipeline's ``rewrite``: returns a fixed text with one finding."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str, str]] = []

    def rewrite(self, text: str, style: str, *, language: str, tenant: str) -> RewriteResult:
        self.calls.append((text, style, language, tenant))
        out = "We guarantee a full refund."
        finding = Finding(
            stage="output",
            check="commitment",
            type="guarantee",
            start=3,
            end=26,
            score=1.0,
            severity="high",
            message="a refund is guaranteed before it is approved",
        )
        return RewriteResult(out, style, "warn", [finding], "rules")


def test_rewrite_uses_the_keys_tenant_and_returns_spans(settings: Settings) -> None:
    pipeline = RecordingPipeline()
    for api in make_api(settings, pipeline=pipeline):
        r = api.client.post(
            "/v1/rewrite",
            json={"text": "Sorry about the refund.", "style": "shorter"},
            headers=api.key(tenant="acme"),
        )
        assert r.status_code == 200
        body = r.json()
        assert body["text"] == "We guarantee a full refund."
        assert body["action"] == "warn" and body["backend"] == "rules"
        [f] = body["findings"]
        assert f["span"] == "guarantee a full refund" and (f["start"], f["end"]) == (3, 26)
        # language "auto" was resolved from the text; the tenant is the key's
        assert pipeline.calls == [("Sorry about the refund.", "shorter", "en", "acme")]


def test_rewrite_with_the_real_pipeline_is_checked_again(settings: Settings) -> None:
    from app.services import Services

    for api in make_api(settings, pipeline=Services.build(settings).pipeline):
        headers = api.key()
        formal = api.client.post(
            "/v1/rewrite",
            json={"text": "確認して連絡します。", "style": "formal", "language": "ja"},
            headers=headers,
        ).json()
        assert formal["text"] == "確認してご連絡いたします。"
        assert formal["action"] == "pass"
        risky = api.client.post(
            "/v1/rewrite",
            json={"text": "We guarantee a full refund by Friday.", "style": "softer"},
            headers=headers,
        ).json()
        assert risky["action"] in ("warn", "block")
        spans = [f["span"] for f in risky["findings"] if f["span"]]
        assert spans and all(s in risky["text"] for s in spans)


@pytest.mark.parametrize(
    "body",
    [
        {"text": "x", "style": "louder"},
        {"text": "", "style": "formal"},
        {"text": "x", "style": "formal", "language": "fr"},
        {"text": "x", "style": "formal", "tenant": "other"},
    ],
)
def test_rewrite_rejects_bad_requests(api: Api, body: dict[str, Any]) -> None:
    r = api.client.post("/v1/rewrite", json=body, headers=api.key())
    assert r.status_code == 422


# --------------------------------------------------------------------------- sources


@pytest.fixture
def corpus_api(settings: Settings, tmp_path: Path) -> Iterator[Api]:
    ingest(write_corpus(tmp_path / "corpus"), tenant="default", settings=settings)
    ingest(other_tenant_corpus(tmp_path / "other"), tenant="other", settings=settings)
    yield from make_api(settings)


def test_source_returns_the_documents_chunks_in_order(corpus_api: Api) -> None:
    r = corpus_api.client.get("/v1/sources/man-heater-ja", headers=corpus_api.key())
    assert r.status_code == 200
    doc = r.json()
    assert doc["doc_id"] == "man-heater-ja" and doc["doc_type"] == "manual"
    assert doc["lang"] == "ja" and doc["product"] == "HK-H200"
    assert doc["title"] == "ファンヒーター 安全対応マニュアル"
    headings = [c["heading"].split(" > ")[-1] for c in doc["chunks"]]
    assert headings == ["発煙・発火のお申し出", "自主回収の対象ロット"]
    assert [c["ordinal"] for c in doc["chunks"]] == sorted(c["ordinal"] for c in doc["chunks"])
    assert "2409A" in doc["chunks"][1]["text"]
    assert "source" not in doc  # the server's file path stays on the server


def test_source_is_the_keys_tenants_only(corpus_api: Api) -> None:
    other = corpus_api.key(tenant="other")
    assert corpus_api.client.get("/v1/sources/man-heater-ja", headers=other).status_code == 404
    assert corpus_api.client.get("/v1/sources/other-refunds", headers=other).status_code == 200
    default = corpus_api.key()
    assert corpus_api.client.get("/v1/sources/other-refunds", headers=default).status_code == 404


def test_source_unknown_document_tenant_or_key(corpus_api: Api) -> None:
    assert corpus_api.client.get("/v1/sources/man-heater-ja").status_code == 401
    r = corpus_api.client.get("/v1/sources/nope", headers=corpus_api.key())
    assert r.status_code == 404 and "nope" in r.json()["detail"]
    empty = corpus_api.key(tenant="empty")
    assert corpus_api.client.get("/v1/sources/man-heater-ja", headers=empty).status_code == 404
    assert not (corpus_api.app.state.services.settings.index_path / "empty").exists()
