"""Retrieval benchmark: search latency at 10k and 100k chunks, ingest throughput, memory.

    python bench/retrieval.py [--sizes 10000,100000] [--queries 200] [--cache DIR]
                              [--write-readme]

Synthetic corpora are built from the sample corpus's own sentences (Japanese and English,
every doc_type, the real products), recombined into new chunks. Bulk vectors come from the
``fake`` embedder (same 512 dimensions as the default) and are cached with the analyzed
tokens under ``--cache`` so the 100k case is built once; queries are embedded with the real
default embedder, so latencies include query embedding. Ingest throughput is measured by a
real ``ingest()`` of the sample corpus with the default embedder.

Bars (2 cores): hybrid p95 <= 25 ms at 10k chunks and <= 80 ms at 100k; ingest >= 50 chunks/s.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.settings import SAMPLE_CORPUS, Settings
from retrieval.chunking import Chunk, chunk_corpus, split_sentences
from retrieval.corpus import load_corpus
from retrieval.embedders import FakeEmbedder, get_embedder
from retrieval.ingest import ingest, rebuild_lexical
from retrieval.lexical import ANALYZER_VERSION, analyze, tokens_to_text
from retrieval.search import VERSION_FILE, HybridSearcher, SearchFilters
from retrieval.store import ChunkTable, StoredChunk, StoreFactory

GENERATOR_VERSION = "2"
TENANT = "bench"
BARS = {10_000: 25.0, 100_000: 80.0}
INGEST_BAR = 50.0


def _sentences() -> tuple[dict[str, list[str]], list[Chunk]]:
    chunks = chunk_corpus(load_corpus(SAMPLE_CORPUS))
    pools: dict[str, list[str]] = {"ja": [], "en": []}
    for c in chunks:
        for s in split_sentences(c.text):
            s = s.strip()
            if len(s) > 12:
                pools[c.lang].append(s)
    return pools, chunks


def synthetic_chunks(n: int, seed: int = 7) -> list[Chunk]:
    """``n`` distinct chunks recombined from the sample corpus's sentences."""
    rng = random.Random(seed)
    pools, real = _sentences()
    titles = {lang: [c.title for c in real if c.lang == lang] for lang in ("ja", "en")}
    products = [None, "HK-H200", "KT-100", "HM-300", "RC-500", "AP-700"]
    doc_types = ["manual"] * 5 + ["resolution"] * 4 + ["policy"]
    out: list[Chunk] = []
    doc_no, ordinal = 0, 0
    doc: dict[str, Any] = {}
    for i in range(n):
        if ordinal == 0:
            lang = "ja" if rng.random() < 0.6 else "en"
            doc = {
                "doc_id": f"syn-{doc_no:06d}",
                "doc_type": rng.choice(doc_types),
                "lang": lang,
                "title": f"{rng.choice(titles[lang])} #{doc_no}",
                "product": rng.choice(products),
            }
            doc_no += 1
            size = rng.randint(1, 5)
        sentences = rng.sample(pools[doc["lang"]], rng.randint(3, 7))
        text = ("" if doc["lang"] == "ja" else " ").join(sentences)
        text += f" (ref {rng.randint(1000, 99999)}-{i})"
        heading = f"{doc['title']} > section {ordinal}"
        cid = hashlib.sha256(f"{doc['doc_id']}\n{heading}\n{text}".encode()).hexdigest()[:24]
        out.append(
            Chunk(
                chunk_id=cid,
                doc_id=doc["doc_id"],
                doc_type=doc["doc_type"],
                lang=doc["lang"],
                title=doc["title"],
                heading=heading,
                text=text,
                ordinal=ordinal,
                product=doc["product"],
                source="synthetic",
                token_count=len(text) // 2,
            )
        )
        ordinal += 1
        if ordinal >= size:
            ordinal = 0
    return out


def _cached(cache: Path, n: int) -> tuple[list[Chunk], np.ndarray, list[str]]:
    """Chunks, fake vectors and analyzed tokens for ``n`` chunks, from cache when possible."""
    cache.mkdir(parents=True, exist_ok=True)
    key = f"v{GENERATOR_VERSION}-{n}"
    vec_file, tok_file = cache / f"{key}.vectors.npy", cache / f"{key}.tokens.jsonl"
    t = time.perf_counter()
    chunks = synthetic_chunks(n)
    if vec_file.exists() and tok_file.exists():
        vectors = np.load(vec_file)
        tokens = tok_file.read_text(encoding="utf-8").splitlines()
        print(
            f"  {n}: corpus generated, vectors and tokens from cache ({time.perf_counter() - t:.1f} s)"
        )
        return chunks, vectors, tokens
    vectors = FakeEmbedder(512).embed_passages([c.embed_text for c in chunks], 256)
    tokens = [tokens_to_text(analyze(f"{c.heading}\n{c.text}")) for c in chunks]
    np.save(vec_file, vectors)
    tok_file.write_text("\n".join(tokens) + "\n", encoding="utf-8")
    print(
        f"  {n}: corpus generated, embedded (fake) and analyzed in {time.perf_counter() - t:.1f} s"
    )
    return chunks, vectors, tokens


def build(data_dir: Path, chunks: list[Chunk], vectors: np.ndarray, tokens: list[str]) -> Settings:
    """Write the chunk table, the Chroma collection and the BM25 index of a synthetic corpus."""
    settings = Settings(data_dir=data_dir, embeddings="fake", chroma_url=None)
    t = time.perf_counter()
    store = StoreFactory(settings).for_tenant(TENANT)
    store.upsert(chunks, vectors)
    table = ChunkTable.for_tenant(settings, TENANT)
    table.apply(
        (
            StoredChunk(c, tok, v.astype(np.float16).tobytes())
            for c, tok, v in zip(chunks, tokens, vectors, strict=True)
        ),
        [],
    )
    rebuild_lexical(settings, TENANT, table)
    table.close()
    print(f"  built indexes in {time.perf_counter() - t:.1f} s")
    return settings


def _queries(n: int) -> list[str]:
    rng = random.Random(11)
    pools, _ = _sentences()
    out: list[str] = []
    dev = Path(__file__).resolve().parent.parent / "evals" / "datasets" / "retrieval_dev.jsonl"
    if dev.exists():
        out += [
            json.loads(x)["query"]
            for x in dev.read_text(encoding="utf-8").splitlines()
            if x.strip()
        ]
    while len(out) < n:
        lang = "ja" if rng.random() < 0.6 else "en"
        s = rng.choice(pools[lang])
        out.append(s[: rng.randint(12, 40)] if lang == "ja" else " ".join(s.split()[:8]))
    rng.shuffle(out)
    return out[:n]


def _pct(samples: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(samples), q))


def time_search(searcher: HybridSearcher, queries: list[str], **kwargs: Any) -> list[float]:
    """Wall p50, wall p95 and CPU p95 (ms) of ``searcher.search`` over the queries.

    CPU time (all threads of this process) is reported next to wall time because the
    machine is shared: wall-clock tails there measure the neighbours as much as the code.
    """
    for q in queries[:10]:
        searcher.search(q, tenant=TENANT, **kwargs)
    wall, cpu = [], []
    for q in queries:
        t, c = time.perf_counter(), time.process_time()
        searcher.search(q, tenant=TENANT, **kwargs)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return [_pct(wall, 50), _pct(wall, 95), _pct(cpu, 95)]


def time_where(settings: Settings, embedder: Any, queries: list[str]) -> dict[str, float]:
    """Median ms of a Chroma query with and without a ``where`` filter, and of our filter."""
    store = StoreFactory(settings).for_tenant(TENANT)
    vecs = [embedder.embed_query(q) for q in queries[:50]]
    out: dict[str, float] = {}
    for name, where in (("plain", None), ("where", {"doc_type": "policy"})):
        samples = []
        for v in vecs:
            t = time.perf_counter()
            store.query(v, 40, where=where)
            samples.append((time.perf_counter() - t) * 1000)
        out[name] = statistics.median(samples)
    return out


def built_data_dir(cache: Path, n: int) -> Path:
    """A data dir holding the ``n``-chunk synthetic tenant, built once and cached."""
    data = cache / f"data-v{GENERATOR_VERSION}-a{ANALYZER_VERSION}-{n}"
    if (data / "index" / TENANT / VERSION_FILE).exists():
        print(f"  {n}: indexes from cache ({data})")
        return data
    chunks, vectors, tokens = _cached(cache, n)
    tmp = data.with_name(data.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    build(tmp, chunks, vectors, tokens)
    tmp.rename(data)
    return data


def serve(data_dir: Path, embeddings: str, n_queries: int) -> dict[str, Any]:
    """Measure search in this (fresh) process, as a serving worker would run it."""
    embedder = get_embedder(Settings(embeddings=embeddings))
    embedder.embed_query("warm-up")
    queries = _queries(n_queries)
    settings = Settings(data_dir=data_dir, embeddings="fake", chroma_url=None)
    searcher = HybridSearcher(settings, embedder=embedder)
    row: dict[str, Any] = {}
    for mode in ("hybrid", "lexical", "vector"):
        row[mode] = time_search(searcher, queries, k=8, mode=mode)
    row["hybrid_filtered"] = time_search(
        searcher, queries, k=8, filters=SearchFilters(doc_type="policy", lang="ja")
    )
    row["hybrid_product"] = time_search(
        searcher, queries, k=8, filters=SearchFilters(product="KT-100")
    )
    row["chroma"] = time_where(settings, embedder, queries)
    row["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return row


def bench_size(n: int, cache: Path, n_queries: int, embeddings: str) -> dict[str, Any]:
    print(f"== {n} chunks")
    data = built_data_dir(cache, n)
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--serve",
            str(data),
            "--embeddings",
            embeddings,
            "--queries",
            str(n_queries),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    row: dict[str, Any] = {"chunks": n, **json.loads(out.stdout.strip().splitlines()[-1])}
    for mode in ("hybrid", "lexical", "vector", "hybrid_filtered", "hybrid_product"):
        p50, p95, cpu95 = row[mode]
        print(f"  {mode:<16} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   cpu p95 {cpu95:6.1f} ms")
    print(
        f"  chroma query k=40: {row['chroma']['plain']:.1f} ms; with where: "
        f"{row['chroma']['where']:.1f} ms; search process peak RSS {row['rss_mb']:.0f} MB"
    )
    return row


def bench_ingest(embedder_name: str) -> dict[str, float]:
    """A real ingest of the sample corpus with the default embedder."""
    with tempfile.TemporaryDirectory(prefix="teinei-bench-ingest-") as tmp:
        settings = Settings(data_dir=Path(tmp), embeddings=embedder_name, chroma_url=None)
        get_embedder(settings).embed_query("warm-up")  # model load is not ingest work
        report = ingest(SAMPLE_CORPUS, tenant=TENANT, settings=settings)
        again = ingest(SAMPLE_CORPUS, tenant=TENANT, settings=settings)
    rate = report.chunks / report.seconds
    print(
        f"== ingest ({embedder_name}): {report.chunks} chunks in {report.seconds:.1f} s = "
        f"{rate:.0f} chunks/s; unchanged re-ingest {again.seconds:.2f} s"
    )
    return {
        "chunks": report.chunks,
        "seconds": report.seconds,
        "rate": rate,
        "again": again.seconds,
    }


def readme_section(rows: list[dict[str, Any]], ing: dict[str, float], embedder: str) -> str:
    lines = [
        "## Retrieval",
        "",
        f"`python bench/retrieval.py --write-readme` on this machine (2 cores, shared; load average "
        f"{os.getloadavg()[0]:.1f} at the end of the run), query embedder `{embedder}`.",
        "Latencies are per `HybridSearcher.search(k=8)` call in a fresh search process, query",
        "embedding included: wall p50 / p95, and CPU-time p95 (robust to the neighbours).",
        "",
        "| chunks | hybrid p50 / p95 | lexical p50 / p95 | vector p50 / p95 | hybrid, filter policy+ja | hybrid, filter product | Chroma k=40 plain / `where` | search RSS | bar (hybrid p95) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        bar = BARS.get(r["chunks"])
        ok = "" if bar is None else (f"≤ {bar:.0f} ms " + ("✓" if r["hybrid"][1] <= bar else "✗"))
        cells = " | ".join(
            f"{r[m][0]:.1f} / {r[m][1]:.1f} ms (cpu p95 {r[m][2]:.1f})"
            for m in ("hybrid", "lexical", "vector", "hybrid_filtered", "hybrid_product")
        )
        lines.append(
            f"| {r['chunks']:,} | {cells} | {r['chroma']['plain']:.1f} / {r['chroma']['where']:.1f} ms "
            f"| {r['rss_mb']:.0f} MB | {ok} |"
        )
    lines += [
        "",
        f"Ingest with `{embedder}`: {ing['chunks']:.0f} chunks of the sample corpus in "
        f"{ing['seconds']:.1f} s = **{ing['rate']:.0f} chunks/s** (bar ≥ {INGEST_BAR:.0f}); "
        f"an unchanged re-ingest takes {ing['again']:.2f} s and embeds nothing.",
        "",
        "Ingest is embedder-bound (the rest of an ingest of this corpus takes ~0.2 s); its rate",
        "follows the load on the machine: 105–158 chunks/s in quieter runs of this script, 6–34",
        "chunks/s while other jobs held both cores (see the Embedders section on OpenBLAS).",
        "",
        "Filters. Chroma's `where` costs 10–90 ms at these sizes (column `where`), so filters never",
        "reach Chroma while the local copies can serve them: the lexical index knows each chunk's",
        "doc_type/lang/product, hence a filter's selectivity. A filter leaving ≤ 8,000 chunks is",
        "served by exact cosine search over a memory-mapped float32 copy of those vectors; a looser",
        "one by a plain Chroma query over-fetched in proportion to the selectivity and filtered in",
        "memory. `where` is only the fallback when no local copy exists. The lexical side applies",
        "filters exactly, as a mask inside BM25 scoring. RSS is the search process after all runs",
        "(Chroma's HNSW, the BM25 matrices and the touched part of the vector copy).",
        "",
    ]
    return "\n".join(lines)


def write_readme(section: str) -> None:
    path = Path(__file__).resolve().parent / "README.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    start = text.find("## Retrieval")
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
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--embeddings", default=Settings().embeddings, help="query/ingest embedder")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "teinei-bench-cache"
    )
    parser.add_argument("--write-readme", action="store_true", help="update bench/README.md")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        print(json.dumps(serve(args.serve, args.embeddings, args.queries)))
        return 0
    embedder = get_embedder(Settings(embeddings=args.embeddings))
    if embedder.dim != 512:
        raise SystemExit(f"the bulk vectors are 512-d; {embedder.name} is {embedder.dim}-d")
    rows = [
        bench_size(int(n), args.cache, args.queries, args.embeddings) for n in args.sizes.split(",")
    ]
    ing = bench_ingest(args.embeddings)
    failed = [
        r["chunks"] for r in rows if r["chunks"] in BARS and r["hybrid"][1] > BARS[r["chunks"]]
    ]
    if ing["rate"] < INGEST_BAR:
        print(f"ingest below the bar ({ing['rate']:.0f} < {INGEST_BAR:.0f} chunks/s)")
    if failed:
        print(f"hybrid p95 above the bar at {failed}")
    if args.write_readme:
        write_readme(readme_section(rows, ing, embedder.name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
