"""Split corpus documents into retrievable chunks.

Manuals and policies are cut along their markdown headings first, so each chunk sits under
one section and carries its path ("Title > Section > Subsection"). A section larger than the
token budget is packed paragraph by paragraph, and a paragraph larger than the budget sentence
by sentence. Sentences end after 。！？ (with any closing bracket) or a newline in Japanese and
after . ! ? followed by a space in English; a chunk never ends inside a sentence, and a single
sentence longer than the budget stays whole. A past case (resolution) is always one chunk:
message, resolution and reply belong together.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from retrieval.corpus import Corpus, Document
from retrieval.tokens import count_tokens

DEFAULT_MAX_TOKENS: Final = 350
HEADING_SEPARATOR: Final = " > "

_HEADING: Final = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_FENCE: Final = re.compile(r"^[ \t]*(```|~~~)")
_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n+")
# A sentence ends after Japanese terminal punctuation (plus closing brackets), after a
# newline, or after Latin terminal punctuation (plus closing quotes) followed by space.
_CLOSERS: Final = "」』）)】\"'”’"
_SENTENCE_END: Final = re.compile(
    # Japanese: 。！？ ends a sentence unless a closing bracket follows that is itself
    # followed by more of the sentence (「はい！」と言った。 is one sentence).
    rf"[。！？!?．]+(?:[{_CLOSERS}]+(?=[\s「『【]|$)|(?![{_CLOSERS}]))[ \t]*\n?"
    r"|\n"
    # English: . ! ? then optional closing quotes, then whitespace.
    rf"|(?<=[A-Za-z0-9{_CLOSERS}\]])[.]+[{_CLOSERS}\]]*[ \t]+"
)
# What looks like a sentence end but is not: a list marker ("6. ") or an abbreviation.
_NOT_AN_END: Final = re.compile(
    r"(?:^|\n)[ \t]*\d{1,3}[.)][ \t]*$|\b(?:e\.g|i\.e|etc|vs|approx|No|Mr|Ms|Mrs|Dr|St)\.[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class Chunk:
    """One retrievable piece of a document.

    Attributes:
        chunk_id: content hash (sha256 of doc id, heading and text; first 24 hex digits).
        heading: the section path, e.g. ``"Returns > Refund authority"``.
        text: the chunk's own text, without the heading.
        ordinal: position of the chunk within its document, from 0.
        token_count: tokens of ``text`` (see ``retrieval.tokens``).
    """

    chunk_id: str
    doc_id: str
    doc_type: str
    lang: str
    title: str
    heading: str
    text: str
    ordinal: int
    product: str | None
    source: str
    token_count: int

    @property
    def embed_text(self) -> str:
        """The text to embed: the heading path gives a short section its context."""
        return f"{self.heading}\n{self.text}"


def chunk_id_for(doc_id: str, heading: str, text: str) -> str:
    """The stable id of a chunk: it changes exactly when its content does."""
    digest = hashlib.sha256("\n".join((doc_id, heading, text)).encode("utf-8"))
    return digest.hexdigest()[:24]


@dataclass(frozen=True)
class _Section:
    path: tuple[str, ...]
    body: str


def _sections(title: str, markdown: str) -> Iterator[_Section]:
    """Sections of a markdown body, each with its heading path (title first)."""
    stack: list[tuple[int, str]] = []
    lines: list[str] = []
    in_fence = False

    def flush() -> _Section | None:
        body = "\n".join(lines).strip()
        lines.clear()
        if not body:
            return None
        # An H1 that repeats the document title adds nothing to the path.
        names = [name for _, name in stack if name != title]
        return _Section((title, *names), body)

    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match is None:
            lines.append(line)
            continue
        section = flush()
        if section is not None:
            yield section
        level = len(match.group(1))
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, match.group(2).strip()))
    section = flush()
    if section is not None:
        yield section


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, each keeping its terminal punctuation and trailing space.

    ``"".join(split_sentences(text)) == text`` always holds.
    """
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group().strip() == "." and _NOT_AN_END.search(text, start, end):
            continue
        if end > start:
            pieces.append(text[start:end])
            start = end
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _pack(units: list[str], max_tokens: int, joiner: str) -> list[str]:
    """Greedily join consecutive ``units`` into pieces of at most ``max_tokens`` tokens."""
    out: list[str] = []
    current: list[str] = []
    for unit in units:
        candidate = joiner.join([*current, unit]).strip()
        if current and count_tokens(candidate) > max_tokens:
            out.append(joiner.join(current).strip())
            current = [unit]
        else:
            current.append(unit)
    if current:
        out.append(joiner.join(current).strip())
    return [piece for piece in out if piece]


def split_text(text: str, max_tokens: int) -> list[str]:
    """Split a section body into pieces within budget: paragraphs first, then sentences."""
    text = text.strip()
    if count_tokens(text) <= max_tokens:
        return [text] if text else []
    units: list[str] = []
    for paragraph in _PARAGRAPH_BREAK.split(text):
        if count_tokens(paragraph) <= max_tokens:
            units.append(paragraph)
        else:
            # Sentence pieces carry their own separators, so they are joined with "".
            units.extend(_pack(split_sentences(paragraph), max_tokens, ""))
    return _pack(units, max_tokens, "\n\n")


def _make_chunks(doc: Document, pieces: Iterator[tuple[str, str]]) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for heading, text in pieces:
        cid = chunk_id_for(doc.id, heading, text)
        if cid in seen:  # a verbatim repeat in the same section adds nothing
            continue
        seen.add(cid)
        chunks.append(
            Chunk(
                chunk_id=cid,
                doc_id=doc.id,
                doc_type=doc.doc_type,
                lang=doc.lang,
                title=doc.title,
                heading=heading,
                text=text,
                ordinal=len(chunks),
                product=doc.product,
                source=doc.source,
                token_count=count_tokens(text),
            )
        )
    return chunks


def _markdown_pieces(doc: Document, max_tokens: int) -> Iterator[tuple[str, str]]:
    for section in _sections(doc.title, doc.text):
        heading = HEADING_SEPARATOR.join(section.path)
        for piece in split_text(section.body, max_tokens):
            yield heading, piece


def _whole(doc: Document, max_tokens: int) -> Iterator[tuple[str, str]]:
    del max_tokens  # a past case is one unit of meaning, whatever its length
    yield doc.title, doc.text.strip()


_STRATEGIES = {
    "manual": _markdown_pieces,
    "policy": _markdown_pieces,
    "resolution": _whole,
}


def chunk_document(doc: Document, max_tokens: int = DEFAULT_MAX_TOKENS) -> list[Chunk]:
    """The chunks of one document, in reading order."""
    if max_tokens < 1:
        raise ValueError("max_tokens must be positive")
    strategy = _STRATEGIES.get(doc.doc_type, _markdown_pieces)
    return _make_chunks(doc, strategy(doc, max_tokens))


def chunk_corpus(corpus: Corpus, max_tokens: int = DEFAULT_MAX_TOKENS) -> list[Chunk]:
    """The chunks of every document of ``corpus``, document by document."""
    return [chunk for doc in corpus.documents for chunk in chunk_document(doc, max_tokens)]
