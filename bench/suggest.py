"""Suggest benchmark: what teinei adds around the LLM, next to a stock LangChain RAG chain.

    python bench/suggest.py [--tickets 60] [--cache DIR] [--write-readme]

A ~10k-chunk tenant (the retrieval bench's 10,000 synthetic chunks, cached vectors and all,
plus the sample corpus's own chunks and its escalation policy) is searched by both sides.
The LLM is a zero-latency fake: an OpenAI-compatible ``/v1/chat/completions`` served on
127.0.0.1 from this process, answering at once with a valid structured draft, as one JSON
body or as server-sent events of ~4 characters each (about a token a chunk).

- teinei: ``SuggestPipeline.run`` built by ``Services.build`` with ``TEINEI_LLM_BACKEND=openai``
  at the fake endpoint (``.run`` streams from the endpoint, as the service does).
- stock: Chroma retriever (``langchain-chroma``) over a collection holding the same
  precomputed vectors, queries embedded by the same embedder through a LangChain
  ``Embeddings`` adapter, a ``ChatPromptTemplate`` and ``ChatOpenAI(...).with_structured_output``
  at the same endpoint.

Both sides send their requests through the same timing ``httpx`` transport. Overhead (the
bar's) = wall time of one call minus the LLM call's wall time (request sent to the end of the
response body); the stricter figure subtracts only the time spent inside the transport
(sending, waiting for the status line, reading each body chunk), so that the SDK's handling
of each streamed chunk counts as overhead too.

Time to first token: the endpoint's own (the first content delta, when the request teinei
sent for the ticket is replayed straight to the endpoint) against teinei's
``POST /v1/suggest/stream`` first ``token`` event, the app served by uvicorn on loopback.

Bars: teinei overhead p95 <= 60 ms; the stock chain's overhead p95 >= 3x teinei's;
teinei's first token <= the endpoint's + 30 ms (p50 and p95).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from operator import itemgetter
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.llm import OpenAICompatibleClient, register_backend
from app.llm.openai_client import RetryPolicy
from app.schemas import Suggestion, Ticket
from app.services import Services
from app.settings import SAMPLE_CORPUS, Settings
from guardrails.injection import detect_injection
from prompts.models import DraftOutput
from retrieval.chunking import chunk_corpus
from retrieval.corpus import load_corpus
from retrieval.embedders import FakeEmbedder
from retrieval.lexical import ANALYZER_VERSION, analyze, tokens_to_text
from retrieval.policy_store import TenantPolicy, save_policy
from retrieval.store import chroma_client

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_VERSION = "1"
SYNTHETIC_CHUNKS = 10_000
STOCK_COLLECTION = "langchain_bench"
STOCK_K = 7  # teinei's topic search also keeps 7 sources (plus the flags' handling docs)
DATASET = ROOT / "evals" / "datasets" / "suggest_eval.jsonl"
OVERHEAD_BAR_MS = 60.0
RATIO_BAR = 3.0
TTFT_BAR_MS = 30.0
STREAM_PIECE = 4  # characters per SSE chunk of the fake endpoint
WARMUP = 5
API_KEY = "bench-suggest-key"


def _retrieval_bench() -> ModuleType:
    """``bench/retrieval.py`` as a module (its name clashes with the ``retrieval`` package)."""
    spec = importlib.util.spec_from_file_location(
        "bench_retrieval", ROOT / "bench" / "retrieval.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RB = _retrieval_bench()
TENANT: str = RB.TENANT


# ----------------------------------------------------------------------------- the corpus


def built_data_dir(cache: Path) -> Path:
    """The bench tenant (synthetic + sample chunks, policy) and the stock chain's collection."""
    data = cache / f"suggest-v{GENERATOR_VERSION}-g{RB.GENERATOR_VERSION}-a{ANALYZER_VERSION}"
    marker = data / "suggest-bench.ok"
    if marker.exists():
        print(f"  indexes from cache ({data})")
        return data
    chunks, vectors, tokens = RB._cached(cache, SYNTHETIC_CHUNKS)
    corpus = load_corpus(SAMPLE_CORPUS)
    real = list({c.chunk_id: c for c in chunk_corpus(corpus)}.values())
    real_vectors = FakeEmbedder(512).embed_passages([c.embed_text for c in real], 256)
    real_tokens = [tokens_to_text(analyze(f"{c.heading}\n{c.text}")) for c in real]
    all_chunks = [*chunks, *real]
    all_vectors = np.vstack([vectors, real_vectors]).astype(np.float32)
    tmp = data.with_name(data.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    settings = RB.build(tmp, all_chunks, all_vectors, [*tokens, *real_tokens])
    save_policy(settings, TENANT, TenantPolicy.from_corpus(corpus))
    t = time.perf_counter()
    client = chroma_client(settings)
    col = client.get_or_create_collection(
        STOCK_COLLECTION, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )
    batch = int(client.get_max_batch_size())
    for start in range(0, len(all_chunks), batch):
        part = all_chunks[start : start + batch]
        col.upsert(
            ids=[c.chunk_id for c in part],
            embeddings=all_vectors[start : start + batch],
            documents=[c.text for c in part],
            metadatas=[
                {"doc_id": c.doc_id, "doc_type": c.doc_type, "lang": c.lang, "title": c.title}
                for c in part
            ],
        )
    del col, client
    print(
        f"  stock chain's Chroma collection ({len(all_chunks)} documents) in {time.perf_counter() - t:.1f} s"
    )
    tmp.rename(data)
    marker.write_text(f"{len(all_chunks)}\n", encoding="utf-8")
    return data


# ------------------------------------------------------------------- the fake endpoint


def _is_japanese(body: dict[str, Any]) -> bool:
    """Whether the request is about a Japanese ticket (kana in the last message)."""
    text = str(body.get("messages", [{}])[-1].get("content", ""))
    kana = sum(1 for ch in text if "\u3040" <= ch <= "\u30ff")
    return kana > 20


DRAFTS = {
    "ja": {
        "reply": "このたびはご不便とご心配をおかけし、誠に申し訳ございません。"
        "お知らせいただいた内容を確認のうえ、担当部署より2営業日以内にご連絡いたします。"
        "恐れ入りますが、ご購入日と製品の型番をお知らせいただけますでしょうか。",
        "next_steps": ["購入日と型番を確認する", "担当部署に共有する"],
    },
    "en": {
        "reply": "I'm sorry for the trouble this has caused, and thank you for letting us know. "
        "We are looking into it and our team will contact you within 2 business days. "
        "Could you tell us the order number and the date of purchase?",
        "next_steps": ["Confirm the order number", "Share the case with the team"],
    },
}


def draft_json(japanese: bool) -> str:
    d = DRAFTS["ja" if japanese else "en"]
    return json.dumps(
        {
            "reply": d["reply"],
            "next_steps": d["next_steps"],
            "cited_sources": ["S1"],
            "additional_flags": [],
        },
        ensure_ascii=False,
    )


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real provider
    disable_nagle_algorithm = True  # small SSE writes must not wait for an ACK

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.last_body = raw  # type: ignore[attr-defined]
        body = json.loads(raw or b"{}")
        content = draft_json(_is_japanese(body))
        usage = {"prompt_tokens": 900, "completion_tokens": 120, "total_tokens": 1020}
        base = {"id": "chatcmpl-bench", "created": 0, "model": body.get("model", "fake")}
        if not body.get("stream"):
            payload = json.dumps(
                {
                    **base,
                    "object": "chat.completion",
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": content},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": usage,
                },
                ensure_ascii=False,
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

        def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
            choice = {"index": 0, "delta": delta, "finish_reason": finish}
            return {**base, "object": "chat.completion.chunk", "choices": [choice]}

        events = [chunk({"role": "assistant", "content": ""})]
        events += [
            chunk({"content": content[i : i + STREAM_PIECE]})
            for i in range(0, len(content), STREAM_PIECE)
        ]
        events.append(chunk({}, "stop"))
        if (body.get("stream_options") or {}).get("include_usage"):
            events.append(
                {**base, "object": "chat.completion.chunk", "choices": [], "usage": usage}
            )
        for e in [*(json.dumps(e, ensure_ascii=False) for e in events), "[DONE]"]:
            data = f"data: {e}\n\n".encode()
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    last_body = b""  # the latest request, for replaying it directly

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client closing keep-alive
            super().handle_error(request, client_address)


class FakeEndpoint:
    """A zero-latency OpenAI-compatible chat endpoint on a free loopback port."""

    def __init__(self) -> None:
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeEndpoint:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


# ------------------------------------------------------------- timing the LLM boundary


class _TimedStream(httpx.SyncByteStream):
    def __init__(self, inner: Any, clock: TimedTransport, started: float) -> None:
        self.inner = inner
        self.clock = clock
        self.started = started
        self.finished = False

    def _finish(self) -> None:
        if not self.finished:
            self.finished = True
            self.clock.span += time.perf_counter() - self.started

    def __iter__(self) -> Iterator[bytes]:
        it = iter(self.inner)
        while True:
            t = time.perf_counter()
            try:
                piece = next(it)
            except StopIteration:
                self.clock.waited += time.perf_counter() - t
                self._finish()
                return
            self.clock.waited += time.perf_counter() - t
            yield piece

    def close(self) -> None:
        self._finish()
        self.inner.close()


class TimedTransport(httpx.BaseTransport):
    """An ``httpx`` transport that times the LLM calls going through it.

    Attributes:
        span: Seconds from sending each request to the end of its response body: the
            wall time of the LLM calls, client-side handling of a stream's chunks included.
        waited: Seconds spent inside the transport (sending, waiting for the status line,
            reading each body chunk): the endpoint's share alone.
        calls: Requests sent since the reset.
    """

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.span = 0.0
        self.waited = 0.0
        self.calls = 0

    def reset(self) -> None:
        self.span, self.waited, self.calls = 0.0, 0.0, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        t = time.perf_counter()
        resp = self.inner.handle_request(request)
        self.waited += time.perf_counter() - t
        self.calls += 1
        return httpx.Response(
            status_code=resp.status_code,
            headers=resp.headers,
            stream=_TimedStream(resp.stream, self, t),
            extensions=resp.extensions,
        )

    def close(self) -> None:
        self.inner.close()


# ------------------------------------------------------------------------- the two sides


def teinei_services(
    data: Path, endpoint: FakeEndpoint, transport: TimedTransport, db_dir: Path
) -> Services:
    """The service's objects as ``TEINEI_LLM_BACKEND=openai`` builds them, at the fake."""

    def openai_backend(s: Settings) -> OpenAICompatibleClient:
        # the stock factory, plus the timing transport
        return OpenAICompatibleClient(
            model=s.llm_model,
            base_url=s.llm_base_url,
            api_key=s.llm_api_key,
            timeout_s=s.llm_timeout_s,
            retry=RetryPolicy(max_retries=s.llm_max_retries),
            http_client=httpx.Client(transport=transport, timeout=s.llm_timeout_s),
        )

    register_backend("openai", openai_backend)
    settings = Settings(
        data_dir=data,
        chroma_url=None,
        llm_backend="openai",
        llm_base_url=endpoint.base_url,
        llm_model="bench-fake",
        llm_api_key="sk-bench",
        default_tenant=TENANT,
        demo_key=API_KEY,
        database_url=f"sqlite:///{db_dir / 'bench.db'}",
        log_level="WARNING",
    )
    return Services.build(settings)


def stock_chain(
    data: Path, embedder: Any, endpoint: FakeEndpoint, transport: TimedTransport
) -> Any:
    """A stock LangChain RAG chain: Chroma retriever, prompt template, structured output."""
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_core.embeddings import Embeddings
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_openai import ChatOpenAI

    class Adapter(Embeddings):
        """teinei's embedder as LangChain ``Embeddings`` (documents are already embedded)."""

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return [[float(x) for x in v] for v in embedder.embed_passages(texts, 32)]

        def embed_query(self, text: str) -> list[float]:
            return [float(x) for x in embedder.embed_query(text)]

    settings = Settings(data_dir=data, chroma_url=None)
    store = Chroma(
        client=chroma_client(settings),
        collection_name=STOCK_COLLECTION,
        embedding_function=Adapter(),
    )
    retriever = store.as_retriever(search_kwargs={"k": STOCK_K})

    def format_docs(docs: list[Document]) -> str:
        return "\n\n".join(
            f"[S{i}] {d.metadata.get('title', '')}\n{d.page_content}"
            for i, d in enumerate(docs, start=1)
        )

    prompt = ChatPromptTemplate.from_messages(
        [
            (
                "system",
                "You are a customer-support assistant for complaint handling. Draft a polite, "
                "empathetic reply in {language} using only the sources below; cite them by label. "
                "Never admit legal liability or promise compensation.\n\nSources:\n{context}",
            ),
            ("human", "Customer message:\n{question}"),
        ]
    )
    llm = ChatOpenAI(
        model="bench-fake",
        base_url=endpoint.base_url,
        api_key="sk-bench",  # type: ignore[arg-type]
        temperature=0.3,
        max_retries=0,
        timeout=30,
        http_client=httpx.Client(transport=transport, timeout=30),
    )
    return (
        {
            "context": itemgetter("question") | retriever | format_docs,
            "question": itemgetter("question"),
            "language": itemgetter("language"),
        }
        | prompt
        | llm.with_structured_output(DraftOutput, method="json_schema")
    )


# ------------------------------------------------------------------------------ measure


@dataclass
class Samples:
    """Per-call times (ms): wall, the LLM calls' wall time, and the endpoint's share."""

    total: list[float] = field(default_factory=list)
    span: list[float] = field(default_factory=list)
    waited: list[float] = field(default_factory=list)
    extra: dict[str, list[float]] = field(default_factory=dict)

    def add(self, total_s: float, clock: TimedTransport, **extra: float) -> None:
        self.total.append(total_s * 1000)
        self.span.append(clock.span * 1000)
        self.waited.append(clock.waited * 1000)
        for k, v in extra.items():
            self.extra.setdefault(k, []).append(v)

    @property
    def overhead(self) -> list[float]:
        """Wall time outside the LLM calls."""
        return [t - w for t, w in zip(self.total, self.span, strict=True)]

    @property
    def overhead_strict(self) -> list[float]:
        """Wall time not spent waiting on the endpoint (stream handling counted too)."""
        return [t - w for t, w in zip(self.total, self.waited, strict=True)]


def pct(xs: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(xs), q)) if xs else float("nan")


def load_tickets(n: int) -> list[Ticket]:
    """Up to ``n`` tickets of the eval set, ja and en alternating, spread over its cases.

    Tickets whose customer text trips the injection detector are left out: teinei never
    sends those to the model, so there would be no LLM call to subtract.
    """
    by_lang: dict[str, list[Ticket]] = {"ja": [], "en": []}
    for line in DATASET.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        ticket = Ticket.model_validate(case["ticket"])
        if any(detect_injection(m.text).detected for m in ticket.messages if m.role == "customer"):
            continue
        by_lang[case["expect"].get("language", "en")].append(ticket)
    out: list[Ticket] = []
    for i in range(max(len(v) for v in by_lang.values())):
        out.extend(v[i] for v in by_lang.values() if i < len(v))
    return out[: n + WARMUP]


def question(ticket: Ticket) -> dict[str, str]:
    lang = ticket.language if ticket.language in ("ja", "en") else None
    text = ticket.latest_customer_text()
    if lang is None:
        lang = "ja" if sum(1 for ch in text if "\u3040" <= ch <= "\u30ff") > 2 else "en"
    return {"question": text, "language": "Japanese (keigo)" if lang == "ja" else "English"}


def measure_overhead(
    services: Services,
    chain: Any,
    tickets: list[Ticket],
    t_transport: TimedTransport,
    s_transport: TimedTransport,
) -> tuple[Samples, Samples, dict[str, int]]:
    teinei, stock = Samples(), Samples()
    counts = {"fallback": 0, "retried": 0, "llm_calls": 0}
    pipeline = services.pipeline

    def run_teinei(t: Ticket, record: bool) -> None:
        t_transport.reset()
        t0 = time.perf_counter()
        s = pipeline.run(t, tenant=TENANT)
        total = time.perf_counter() - t0
        if not record:
            return
        teinei.add(
            total,
            t_transport,
            pre_llm=float(s.timing_ms.total - s.timing_ms.llm),
            retrieval=float(s.timing_ms.retrieval),
            guardrails=float(s.timing_ms.guardrails or 0),
        )
        counts["llm_calls"] += t_transport.calls
        counts["fallback"] += int(s.backend.fallback_used)
        counts["retried"] += int(t_transport.calls > 1)

    def run_stock(t: Ticket, record: bool) -> None:
        s_transport.reset()
        t0 = time.perf_counter()
        out = chain.invoke(question(t))
        total = time.perf_counter() - t0
        assert isinstance(out, DraftOutput), out
        if record:
            stock.add(total, s_transport)

    warm, measured = tickets[-WARMUP:], tickets[:-WARMUP]
    for t in warm:
        run_teinei(t, False)
        run_stock(t, False)
    for i, t in enumerate(measured):
        # alternate who goes first, so neither side always follows the other's garbage
        if i % 2:
            run_stock(t, True)
            run_teinei(t, True)
        else:
            run_teinei(t, True)
            run_stock(t, True)
    return teinei, stock, counts


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure_ttft(
    services: Services, endpoint: FakeEndpoint, tickets: list[Ticket]
) -> dict[str, list[float]]:
    """First streamed token: the endpoint read directly, and teinei's ``/v1/suggest/stream``."""
    import uvicorn

    from app.main import create_app

    app = create_app(services.settings, services=services)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    out: dict[str, list[float]] = {"endpoint": [], "teinei_http": [], "teinei_pipeline": []}
    headers = {"Authorization": f"Bearer {API_KEY}"}
    try:
        with httpx.Client(timeout=30) as http:

            def endpoint_ttft(body: bytes) -> float:
                t0 = time.perf_counter()
                first = 0.0
                url = f"{endpoint.base_url}/chat/completions"
                hdrs = {"Content-Type": "application/json"}
                with http.stream("POST", url, content=body, headers=hdrs) as r:
                    for line in r.iter_lines():
                        if not first and line.startswith("data: {"):
                            delta = json.loads(line[6:])["choices"]
                            if delta and delta[0]["delta"].get("content"):
                                first = time.perf_counter() - t0
                return first * 1000

            def teinei_ttft(t: Ticket) -> float:
                t0 = time.perf_counter()
                first, got_final = 0.0, False
                url = f"http://127.0.0.1:{port}/v1/suggest/stream"
                payload = t.model_dump(mode="json")
                with http.stream("POST", url, json=payload, headers=headers) as r:
                    r.raise_for_status()
                    for line in r.iter_lines():
                        if not first and line == "event: token":
                            first = time.perf_counter() - t0
                        got_final = got_final or line == "event: suggestion"
                assert first and got_final, "the stream sent no token or no suggestion"
                return first * 1000

            def pipeline_ttft(t: Ticket) -> float:
                t0 = time.perf_counter()
                first = 0.0
                for item in services.pipeline.stream(t, tenant=TENANT):
                    if not first and not isinstance(item, Suggestion):
                        first = time.perf_counter() - t0
                return first * 1000

            warm, measured = tickets[-WARMUP:], tickets[:-WARMUP]
            for t in warm:
                teinei_ttft(t)
                endpoint_ttft(endpoint.server.last_body)
            for t in measured:
                out["teinei_http"].append(teinei_ttft(t))
                # the very request teinei sent for this ticket, straight to the endpoint
                out["endpoint"].append(endpoint_ttft(endpoint.server.last_body))
            services.searcher._query_cache.clear()  # cold query embeddings, as above
            for t in measured:
                out["teinei_pipeline"].append(pipeline_ttft(t))
    finally:
        server.should_exit = True
        thread.join(10)
    return out


# ------------------------------------------------------------------------------ report


def _mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def _row(label: str, xs: list[float], bar: str = "", digits: int = 1) -> str:
    return f"| {label} | {pct(xs, 50):.{digits}f} ms | {pct(xs, 95):.{digits}f} ms | {bar} |"


def report(
    teinei: Samples,
    stock: Samples,
    ttft: dict[str, list[float]],
    counts: dict[str, int],
    n: int,
    load: tuple[float, float],
    seconds: float,
) -> tuple[str, bool]:
    t95 = pct(teinei.overhead, 95)
    r50 = pct(stock.overhead, 50) / pct(teinei.overhead, 50)
    r95 = pct(stock.overhead, 95) / t95
    q50 = pct(stock.overhead_strict, 50) / pct(teinei.overhead_strict, 50)
    q95 = pct(stock.overhead_strict, 95) / pct(teinei.overhead_strict, 95)
    e50, e95 = pct(ttft["endpoint"], 50), pct(ttft["endpoint"], 95)
    h50, h95 = pct(ttft["teinei_http"], 50), pct(ttft["teinei_http"], 95)
    ok_overhead = t95 <= OVERHEAD_BAR_MS
    ok_ratio = r95 >= RATIO_BAR
    ok_ttft = h50 - e50 <= TTFT_BAR_MS and h95 - e95 <= TTFT_BAR_MS
    x = teinei.extra
    rows = [
        "| measure | p50 | p95 | bar |",
        "| --- | --- | --- | --- |",
        _row(
            "**teinei overhead** (wall − the LLM call's wall time)",
            teinei.overhead,
            f"p95 ≤ {OVERHEAD_BAR_MS:.0f} ms {_mark(ok_overhead)}",
        ),
        _row("↳ before the call (`timing_ms.total − timing_ms.llm`)", x["pre_llm"], digits=0),
        _row("↳ of which retrieval (`timing_ms.retrieval`)", x["retrieval"], digits=0),
        _row(
            "↳ of which guardrails + escalation (`timing_ms.guardrails`)", x["guardrails"], digits=0
        ),
        _row("teinei overhead incl. handling the streamed chunks", teinei.overhead_strict),
        _row("teinei wall", teinei.total),
        _row("**stock LangChain chain overhead** (same definition)", stock.overhead),
        _row("stock overhead incl. response handling", stock.overhead_strict),
        _row("stock chain wall", stock.total),
        f"| stock overhead ÷ teinei overhead | {r50:.2f}× | {r95:.2f}× "
        f"| p95 ≥ {RATIO_BAR:.0f}× {_mark(ok_ratio)} |",
        f"| same, stream/response handling included | {q50:.2f}× | {q95:.2f}× | |",
        _row("endpoint TTFT (teinei's own request, replayed directly)", ttft["endpoint"]),
        _row(
            "**teinei first token**, `POST /v1/suggest/stream` (uvicorn)",
            ttft["teinei_http"],
            f"≤ endpoint + {TTFT_BAR_MS:.0f} ms {_mark(ok_ttft)} "
            f"(+{h50 - e50:.1f} / +{h95 - e95:.1f})",
        ),
        _row("teinei first token, `SuggestPipeline.stream` in-process", ttft["teinei_pipeline"]),
    ]
    notes = (
        f"{n} tickets of `evals/datasets/suggest_eval.jsonl` (ja and en alternating, "
        f"{WARMUP} more for warm-up), each once per side, sides alternating first; "
        f"{counts['llm_calls']} LLM calls for teinei ({counts['retried']} drafts retried after "
        f"a blocked check, {counts['fallback']} template fallbacks); load average "
        f"{load[0]:.1f} at the start and {load[1]:.1f} at the end; {seconds:.0f} s in all."
    )
    return "\n".join([*rows, "", notes]), ok_overhead and ok_ratio and ok_ttft


README_NOTES = """
Two definitions of overhead. The bar's: wall time minus the LLM call's wall time, from
sending the request to the end of the response body (for teinei's streamed call that window
also holds the client-side handling of each chunk). The stricter one counts that handling
too: wall time minus only the time spent inside the HTTP transport. With a zero-latency
endpoint every chunk arrives at once, so per-chunk work adds up; with a real model the
chunks come tens of milliseconds apart and that work hides in the gaps.

What each side does per ticket. teinei: PII redaction, injection and harassment detection,
the escalation engine (rules + detectors), hybrid retrieval (BM25 + vector, RRF) plus up to
three searches for the flags' handling documents, the prompt files with a token budget, a
streamed JSON-schema completion parsed as it arrives (placeholders restored on the fly),
the output checks (grounding, commitments, liability, PII leak, tone, amounts), sentiment and
summary. The stock chain: one vector query on Chroma, a prompt template, one non-streamed
completion validated into the same pydantic model. It has no guardrails, no flags, no
lexical search and no output checks.

Where teinei's time goes (a cProfile of 40 tickets, same setup): retrieval is most of the
part before the call (a ticket with flags runs 2–4 hybrid searches, each embedding its query
and asking Chroma); the injection detector over the ticket and every retrieved chunk is
~7 ms a ticket; building the prompt (templates + token budget) ~2–5 ms; the `openai` SDK's
pydantic parsing of each streamed chunk ~15 ms a ticket at ~70 chunks (the gap between the
two overhead rows). The first token waits for all of the part before the call, so it can
only meet the +30 ms bar when retrieval stays well under 25 ms.

The endpoint answers from this process, so its own time is inside the transport timer and
not counted as overhead on either side; query embeddings are computed cold on both sides
(the searcher's query cache only ever holds the fixed flag queries). Wall times on a shared
2-core machine measure the neighbours too: read the p95s with the load average next to them
(when this section was written, four back-to-back runs at load 1.6–2.7 gave teinei overhead
p95 54–66 ms, ratios 0.5–0.7× and first-token deltas +29 to +42 ms at p50). numpy's BLAS
threads are limited to one by the embedder (`threadpoolctl`, see Embedders); without that,
query embedding spins under load and both sides' tails grow.
"""


def write_readme(section: str) -> None:
    path = ROOT / "bench" / "README.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    start = text.find("## Suggest")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + ("" if end == -1 else text[end + 1 :])
    path.write_text(text, encoding="utf-8")
    print(f"updated {path}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tickets", type=int, default=60, help="measured tickets per side")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "teinei-bench-cache"
    )
    parser.add_argument("--write-readme", action="store_true", help="update bench/README.md")
    args = parser.parse_args()
    started, load0 = time.perf_counter(), os.getloadavg()[0]

    print("== corpus")
    data = built_data_dir(args.cache)
    tickets = load_tickets(args.tickets)
    n = len(tickets) - WARMUP
    with FakeEndpoint() as endpoint, tempfile.TemporaryDirectory(prefix="teinei-bench-") as db:
        t_transport, s_transport = TimedTransport(), TimedTransport()
        services = teinei_services(data, endpoint, t_transport, Path(db))
        embedder = services.searcher.embedder
        if embedder.dim != 512:
            raise SystemExit(f"the bulk vectors are 512-d; {embedder.name} is {embedder.dim}-d")
        chain = stock_chain(data, embedder, endpoint, s_transport)
        print(f"== overhead around the LLM, {n} tickets, query embedder {embedder.name}")
        teinei, stock, counts = measure_overhead(services, chain, tickets, t_transport, s_transport)
        print("== time to first token")
        services.searcher._query_cache.clear()  # the same tickets again: embed them cold
        ttft = measure_ttft(services, endpoint, tickets)
    table, ok = report(
        teinei, stock, ttft, counts, n, (load0, os.getloadavg()[0]), time.perf_counter() - started
    )
    print()
    print(table)
    print("\nall bars met" if ok else "\nsome bars not met")
    if args.write_readme:
        write_readme(
            "\n".join(
                [
                    "## Suggest",
                    "",
                    "```",
                    "pip install -e '.[bench]'   # langchain-openai, langchain-chroma for the stock chain",
                    f"python bench/suggest.py --tickets {args.tickets} --write-readme",
                    "```",
                    "",
                    f"Overhead around the LLM at {SYNTHETIC_CHUNKS:,} synthetic chunks + the sample corpus, "
                    f"query embedder `{embedder.name}`, against a zero-latency OpenAI-compatible fake "
                    "on loopback (see the docstring of `bench/suggest.py` for how it is measured).",
                    "",
                    table,
                    README_NOTES,
                ]
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
