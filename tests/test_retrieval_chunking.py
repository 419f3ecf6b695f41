"""Chunking: sections, heading paths, sentence-safe splits, budgets and stable ids."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from retrieval.chunking import Chunk, chunk_corpus, chunk_document, split_sentences
from retrieval.corpus import Document, load_corpus
from retrieval.tokens import count_tokens

MANUAL_EN = """\
Intro before any heading.

## Refunds

Refunds are paid within 7 business days of approval.

### Authority

An agent may approve up to 30,000 yen.

## Shipping

Parcels leave the warehouse the next business day.

```
# not a heading: inside a code fence
```
"""

JA_SENTENCES = [
    "お客様のお話を最後までお伺いします。",
    "ご不便をおかけしたことについて、限定してお詫びします。",
    "「本当に申し訳ございません！」とお伝えしたうえで、事実を確認します。",
    "注文番号、型番、購入日、症状を順に確認します。",
    "権限を超える返金はその場で約束せず、責任者に引き継ぎます？",
    "お約束した期日には必ずご連絡します。",
]


def manual(
    text: str, *, doc_id: str = "man-test", lang: str = "en", title: str = "Guide"
) -> Document:
    return Document(
        id=doc_id,
        doc_type="manual",
        lang=lang,
        title=title,
        text=text,
        source=f"manuals/{doc_id}.md",
        product="KT-100",
    )


def test_sections_and_heading_paths() -> None:
    chunks = chunk_document(manual(MANUAL_EN))
    assert [c.heading for c in chunks] == [
        "Guide",
        "Guide > Refunds",
        "Guide > Refunds > Authority",
        "Guide > Shipping",
    ]
    assert chunks[1].text == "Refunds are paid within 7 business days of approval."
    assert chunks[2].text == "An agent may approve up to 30,000 yen."
    # The fenced "# ..." line stays in the Shipping section's text.
    assert "# not a heading" in chunks[3].text
    assert [c.ordinal for c in chunks] == [0, 1, 2, 3]
    assert all(c.product == "KT-100" and c.doc_type == "manual" for c in chunks)


def test_embed_text_carries_the_heading() -> None:
    chunk = chunk_document(manual(MANUAL_EN))[2]
    assert chunk.embed_text == "Guide > Refunds > Authority\nAn agent may approve up to 30,000 yen."


def test_h1_repeating_the_title_is_not_repeated_in_the_path() -> None:
    chunks = chunk_document(manual("# Guide\n\n## Part\n\nBody text.\n"))
    assert [c.heading for c in chunks] == ["Guide > Part"]


def test_japanese_section_is_split_between_sentences_only() -> None:
    sentences = [f"{i}件目：{s}" for i in range(3) for s in JA_SENTENCES]
    body = "## 応対の型\n\n" + "".join(sentences) + "\n"
    chunks = chunk_document(manual(body, lang="ja", title="苦情対応"), max_tokens=60)
    assert len(chunks) > 1
    for chunk in chunks:
        assert chunk.heading == "苦情対応 > 応対の型"
        assert chunk.text[-1] in "。！？", chunk.text
        assert chunk.token_count <= 60
        # every chunk is a run of whole sentences
        assert re.fullmatch("(?:" + "|".join(map(re.escape, sentences)) + ")+", chunk.text)
    assert "".join(c.text for c in chunks) == "".join(sentences)


def test_quoted_exclamation_does_not_end_the_sentence() -> None:
    assert split_sentences("「はい！」と言った。次です。") == ["「はい！」と言った。", "次です。"]


def test_english_split_keeps_list_markers_and_abbreviations() -> None:
    text = "1. Check the order, e.g. the number. Then refund! Done?\n2. Close it."
    pieces = split_sentences(text)
    assert "".join(pieces) == text
    assert pieces == [
        "1. Check the order, e.g. the number. ",
        "Then refund! ",
        "Done?\n",
        "2. Close it.",
    ]


def test_paragraphs_are_packed_within_budget() -> None:
    paragraphs = [f"Paragraph {i} says something about refunds and returns." for i in range(30)]
    chunks = chunk_document(manual("## Long\n\n" + "\n\n".join(paragraphs)), max_tokens=50)
    assert len(chunks) > 3
    assert all(c.token_count <= 50 for c in chunks)
    assert all(c.token_count == count_tokens(c.text) for c in chunks)
    joined = "\n\n".join(c.text for c in chunks)
    assert joined == "\n\n".join(paragraphs)


def test_an_overlong_sentence_stays_whole() -> None:
    sentence = "この文は非常に長く、" * 40 + "最後に句点で終わります。"
    body = f"## 長文\n\n前の文です。{sentence}後の文です。"
    chunks = chunk_document(manual(body, lang="ja"), max_tokens=30)
    assert [c.text for c in chunks] == ["前の文です。", sentence, "後の文です。"]
    assert chunks[1].token_count > 30


def test_a_verbatim_repeat_in_a_section_is_one_chunk() -> None:
    paragraph = "Refunds are paid within 7 business days of approval. " * 3
    body = "## Refunds\n\n" + "\n\n".join([paragraph.strip()] * 2)
    chunks = chunk_document(manual(body), max_tokens=40)
    assert len(chunks) == 1
    assert len({c.chunk_id for c in chunks}) == len(chunks)


def test_a_resolution_is_exactly_one_chunk() -> None:
    text = (
        "【お客様の声】"
        + "届いたケトルが壊れていました。" * 80
        + "\n【対応・解決】交換しました。\n"
    )
    doc = Document(
        id="res-001",
        doc_type="resolution",
        lang="ja",
        title="初期不良: 届いたケトル",
        text=text,
        source="resolutions/cases.jsonl",
    )
    chunks = chunk_document(doc, max_tokens=50)
    assert len(chunks) == 1
    assert chunks[0].text == text.strip()
    assert chunks[0].heading == "初期不良: 届いたケトル"


def test_ids_are_stable_content_hashes() -> None:
    first = chunk_document(manual(MANUAL_EN))
    again = chunk_document(manual(MANUAL_EN))
    assert [c.chunk_id for c in first] == [c.chunk_id for c in again]
    c = first[1]
    expected = hashlib.sha256(f"{c.doc_id}\n{c.heading}\n{c.text}".encode()).hexdigest()[:24]
    assert c.chunk_id == expected

    edited = chunk_document(manual(MANUAL_EN.replace("30,000", "50,000")))
    changed = [a.chunk_id != b.chunk_id for a, b in zip(first, edited, strict=True)]
    assert changed == [False, False, True, False]
    other_doc = chunk_document(manual(MANUAL_EN, doc_id="man-other"))
    assert not {c.chunk_id for c in first} & {c.chunk_id for c in other_doc}


def test_chunks_are_frozen() -> None:
    chunk = chunk_document(manual(MANUAL_EN))[0]
    assert isinstance(chunk, Chunk)
    with pytest.raises(AttributeError):
        chunk.text = "changed"  # type: ignore[misc]


def test_sample_corpus(sample_corpus_dir: Path) -> None:
    corpus = load_corpus(sample_corpus_dir)
    chunks = chunk_corpus(corpus)
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    assert {c.doc_id for c in chunks} == {d.id for d in corpus.documents}
    by_id = corpus.by_id()
    for c in chunks:
        doc = by_id[c.doc_id]
        assert c.heading.startswith(doc.title)
        if doc.doc_type == "resolution":
            continue
        if c.token_count > 350:  # only a single unsplittable sentence may exceed the budget
            assert len(split_sentences(c.text)) == 1, c.text
    resolutions = [d for d in corpus.documents if d.doc_type == "resolution"]
    assert sum(1 for c in chunks if c.doc_type == "resolution") == len(resolutions)
