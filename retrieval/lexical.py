"""The lexical side of hybrid search: a language-aware analyzer and a per-tenant BM25 index.

Japanese runs are segmented with ``fugashi`` over ``unidic-lite`` and reduced to content words
(nouns, verbs, adjectives, adverbs) in dictionary form; particles, auxiliaries, prefixes and
symbols are dropped. Latin runs (English words, model numbers such as ``HK-H200``) are
lower-cased, stop-worded and lightly stemmed. Text is NFKC-normalised first, so full-width
``ＨＫ－Ｈ２００`` and half-width katakana meet their usual forms. Mixed text is split into
script runs and each run goes to its analyzer, so one analyzer serves both languages.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

# --------------------------------------------------------------------------- analyzer

_LATIN = re.compile(r"[a-z0-9]+(?:[-.'’][a-z0-9]+)*")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_SCRIPT_RUNS = re.compile(r"([A-Za-z0-9]+(?:[-.'’][A-Za-z0-9]+)*)")

# Kept as whitespace-separated text: a word list reads better than 150 quoted strings.
EN_STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself
    yourselves also may might must shall us let get got please hi hello dear thanks thank
    s t ll ve re d m""".split()  # noqa: SIM905
)

# Japanese content-word part-of-speech classes (unidic ``pos1``) that carry meaning.
_JA_KEEP_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞"})
# Light verbs, formal nouns and politeness forms: frequent everywhere, meaningful nowhere.
JA_STOPWORDS = frozenset(
    """する ある いる なる おる ござる いただく くださる 下さる 頂く 致す いたす れる られる せる
    できる 出来る こと もの ため よう とき ところ 方 場合 など 等 さん 様 さま 的 中 際 上 うち ほか
    これ それ あれ どれ ここ そこ どこ 私 わたし 我々 当社 弊社 御社 貴社 もう まだ とても また
    ちょっと 少し いう 言う 思う 行う おこなう 致します""".split()  # noqa: SIM905
)

_STEM_RULES: tuple[tuple[str, str, int], ...] = (
    # (suffix, replacement, minimum stem length left)
    ("ational", "ate", 3),
    ("ization", "ize", 3),
    ("fulness", "ful", 3),
    ("iveness", "ive", 3),
    ("ments", "ment", 3),
    ("ies", "y", 2),
    ("ied", "y", 2),
    ("sses", "ss", 2),
    ("ing", "", 3),
    ("edly", "", 3),
    ("ed", "", 3),
    ("ly", "", 4),
    ("xes", "x", 2),
    ("zes", "z", 2),
    ("shes", "sh", 2),
    ("s", "", 3),
)


def stem_en(word: str) -> str:
    """A light, predictable English stemmer (plural, -ed, -ing, -ly), applied once.

    It only has to map query and document words to the same key, so it trades linguistic
    accuracy for stability: ``refunds``/``refunded``/``refunding`` → ``refund``.
    """
    if len(word) <= 3 or not word.isalpha() or word.endswith("ss"):
        return word
    for suffix, repl, min_stem in _STEM_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            stem = word[: len(word) - len(suffix)] + repl
            # "shipped" -> "shipp" -> "ship"; "stopping" -> "stop"
            if (
                suffix in ("ing", "ed")
                and len(stem) > 3
                and stem[-1] == stem[-2]
                and stem[-1] not in "lsz"
            ):
                stem = stem[:-1]
            return stem
    return word


def analyze_latin(run: str) -> list[str]:
    """Tokens of a Latin-script run: lower-cased words, stemmed, stop words dropped.

    A hyphenated code such as ``hk-h200`` is kept whole and as its parts, so both
    ``HK-H200`` and ``H200`` find it.
    """
    out: list[str] = []
    for m in _LATIN.finditer(run.lower()):
        word = m.group(0).replace("’", "'")
        if "'" in word:
            word = word.split("'")[0]
        parts = re.split(r"[-.]", word)
        if len(parts) > 1:
            out.append(word)
            out.extend(p for p in parts if p and p not in EN_STOPWORDS)
            continue
        if word in EN_STOPWORDS or not word:
            continue
        out.append(stem_en(word))
    return out


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import fugashi  # heavy (loads the dictionary): imported on first use only

    return fugashi.Tagger()


def analyze_japanese(run: str) -> list[str]:
    """Content words of a Japanese run in dictionary form (surface for nouns)."""
    out: list[str] = []
    for word in _tagger()(run):
        feature = word.feature
        pos1 = feature.pos1
        if pos1 not in _JA_KEEP_POS:
            continue
        if feature.pos2 in ("数詞",) and not word.surface.strip():
            continue
        # nouns as written; verbs and adjectives in dictionary form (入ら -> 入る)
        token = (word.surface if pos1 == "名詞" else feature.orthBase or word.surface).strip()
        if not token or token in JA_STOPWORDS:
            continue
        if len(token) == 1 and _is_kana(token):
            continue
        out.append(token)
    return out


def _is_kana(text: str) -> bool:
    return all("\u3040" <= ch <= "\u30ff" for ch in text)


def analyze(text: str) -> list[str]:
    """Index tokens of a text in Japanese, English or both.

    Example:
        >>> analyze("HK-H200のヒーターが発火しました")
        ['hk-h200', 'hk', 'h200', 'ヒーター', '発火']
    """
    text = _THOUSANDS.sub("", unicodedata.normalize("NFKC", text))
    tokens: list[str] = []
    for i, part in enumerate(_SCRIPT_RUNS.split(text)):
        if not part:
            continue
        if i % 2 == 1:
            tokens.extend(analyze_latin(part))
        elif not part.isspace() and not part.isascii():
            tokens.extend(analyze_japanese(part))
        elif part.strip():
            tokens.extend(analyze_latin(part))
    return tokens


# --------------------------------------------------------------------------- index

INDEX_DIRNAME = "bm25"
# Bump when analyze() changes: stored tokens of an older version are recomputed on ingest.
ANALYZER_VERSION = "2"
_META_FILE = "entries.json"
_VECTORS_FILE = "vectors.f32.npy"


FILTER_FIELDS: tuple[str, ...] = ("doc_type", "lang", "product")


@dataclass(frozen=True)
class LexicalEntry:
    """One indexed chunk: its id and the fields a filter may test, in index order."""

    chunk_id: str
    doc_id: str
    doc_type: str
    lang: str
    product: str | None


class LexicalIndex:
    """A BM25 index over one tenant's chunks.

    Build it from pre-analyzed token lists (:func:`analyze`), save it under a directory and
    load it back. :meth:`query` returns ``(chunk_id, score)`` best first, optionally limited
    to entries that pass a filter (applied as a mask inside the scoring, so it is exact).

    Args:
        entries: Index entries, in the same order as the token lists.
        bm25: A fitted ``bm25s.BM25`` (``None`` for an empty index).
    """

    def __init__(
        self,
        entries: Sequence[LexicalEntry],
        bm25: Any | None,
        vectors: np.ndarray | None = None,
    ) -> None:
        self.entries = list(entries)
        # Optional local copy of the chunk vectors (row i = entries[i]), for exact vector
        # search inside a small filtered subset. float32 on disk, memory-mapped: numpy has
        # no fast float16 arithmetic, and the OS page cache shares it between workers.
        self.vectors = vectors
        self._bm25 = bm25
        self._vocab: dict[str, int] = dict(bm25.vocab_dict) if bm25 is not None else {}
        self._position = {e.chunk_id: i for i, e in enumerate(self.entries)}
        # Filter fields as small integer codes: a mask is one np.isin over int32 arrays.
        self._codes: dict[str, tuple[dict[str, int], np.ndarray]] = {}
        for name in FILTER_FIELDS:
            values: dict[str, int] = {}
            codes = [values.setdefault(getattr(e, name) or "", len(values)) for e in self.entries]
            self._codes[name] = (values, np.asarray(codes, dtype=np.int32))
        self._masks: dict[tuple[tuple[str, frozenset[str]], ...], np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def build(
        cls, entries: Sequence[LexicalEntry], tokens: Sequence[Sequence[str]]
    ) -> LexicalIndex:
        """Fit BM25 (Lucene variant, k1=1.2, b=0.75) over the token lists."""
        if len(entries) != len(tokens):
            raise ValueError("entries and tokens must have the same length")
        if not entries:
            return cls([], None)
        import bm25s

        vocab: dict[str, int] = {}
        ids = [[vocab.setdefault(t, len(vocab)) for t in toks] for toks in tokens]
        bm25 = bm25s.BM25(k1=1.2, b=0.75, method="lucene")
        bm25.index(bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), show_progress=False)
        return cls(entries, bm25)

    def mask(self, allowed: Mapping[str, frozenset[str]]) -> np.ndarray | None:
        """A boolean mask of the entries whose fields are all in ``allowed`` (None: all).

        Masks are cached per filter: the same few filters come back on every request.
        """
        if not allowed or not self.entries:
            return None
        key = tuple(sorted(allowed.items(), key=lambda kv: kv[0]))
        cached = self._masks.get(key)
        if cached is not None:
            return cached
        keep = np.ones(len(self.entries), dtype=bool)
        for name, values in allowed.items():
            if name not in self._codes:
                raise ValueError(f"cannot filter on {name!r} (use {', '.join(FILTER_FIELDS)})")
            table, codes = self._codes[name]
            wanted = [table[v] for v in values if v in table]
            keep &= np.isin(codes, np.asarray(wanted, dtype=np.int32))
        keep.setflags(write=False)
        if len(self._masks) > 64:
            self._masks.clear()
        self._masks[key] = keep
        return keep

    def entry(self, chunk_id: str) -> LexicalEntry | None:
        """The entry of an indexed chunk (None if it is not indexed)."""
        pos = self._position.get(chunk_id)
        return None if pos is None else self.entries[pos]

    def count(self, allowed: Mapping[str, frozenset[str]]) -> int:
        """How many entries pass ``allowed``."""
        keep = self.mask(allowed)
        return len(self.entries) if keep is None else int(keep.sum())

    def passing(self, chunk_ids: Sequence[str], allowed: Mapping[str, frozenset[str]]) -> list[str]:
        """The ids among ``chunk_ids`` that are indexed and pass ``allowed``, in order."""
        keep = self.mask(allowed)
        pos = self._position
        if keep is None:
            return [c for c in chunk_ids if c in pos]
        return [c for c in chunk_ids if c in pos and keep[pos[c]]]

    def query(
        self,
        tokens: Sequence[str],
        k: int,
        *,
        allowed: Mapping[str, frozenset[str]] | None = None,
    ) -> list[tuple[str, float]]:
        """The ``k`` best chunks for analyzed query tokens, as ``(chunk_id, score)``."""
        if self._bm25 is None or k <= 0:
            return []
        known = [t for t in tokens if t in self._vocab]
        if not known:
            return []
        scores = np.asarray(self._bm25.get_scores(known), dtype=np.float32)
        keep = self.mask(allowed or {})
        if keep is not None:
            scores = np.where(keep, scores, 0.0)
        n = min(k, int(np.count_nonzero(scores > 0)))
        if n == 0:
            return []
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.entries[i].chunk_id, float(scores[i])) for i in top]

    # ------------------------------------------------------------------ persistence

    def save(self, directory: Path) -> None:
        """Write the index to ``directory`` atomically (a sibling temp dir, then a rename)."""
        directory = Path(directory)
        directory.parent.mkdir(parents=True, exist_ok=True)
        tmp = directory.with_name(f".{directory.name}.tmp-{os.getpid()}")
        old = directory.with_name(f".{directory.name}.old-{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self._bm25 is not None:
            self._bm25.save(str(tmp), show_progress=False)
        if self.vectors is not None:
            np.save(tmp / _VECTORS_FILE, np.asarray(self.vectors, dtype=np.float32))
        entries = [[e.chunk_id, e.doc_id, e.doc_type, e.lang, e.product] for e in self.entries]
        (tmp / _META_FILE).write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        if directory.exists():
            directory.rename(old)
        tmp.rename(directory)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        """Load an index written by :meth:`save` (an empty index if there is none)."""
        directory = Path(directory)
        meta = directory / _META_FILE
        if not meta.exists():
            return cls([], None)
        entries = [LexicalEntry(*row) for row in json.loads(meta.read_text(encoding="utf-8"))]
        if not entries:
            return cls([], None)
        import bm25s

        bm25 = bm25s.BM25.load(str(directory), show_progress=False, verbosity=0)
        vectors_file = directory / _VECTORS_FILE
        vectors = np.load(vectors_file, mmap_mode="r") if vectors_file.exists() else None
        if vectors is not None and len(vectors) != len(entries):
            vectors = None
        return cls(entries, bm25, vectors)

    def nearest(
        self, vector: np.ndarray, k: int, allowed: Mapping[str, frozenset[str]]
    ) -> list[tuple[str, float]] | None:
        """Exact cosine search among the entries passing ``allowed`` (None: no local vectors).

        Meant for small subsets: the rows are gathered and scored in one matrix product.
        """
        if self.vectors is None:
            return None
        keep = self.mask(allowed)
        rows = np.arange(len(self.entries)) if keep is None else np.flatnonzero(keep)
        if len(rows) == 0 or k <= 0:
            return []
        scores = self.vectors[rows] @ np.asarray(vector, dtype=np.float32)
        n = min(k, len(rows))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.entries[rows[i]].chunk_id, float(scores[i])) for i in top]


def tokens_to_text(tokens: Iterable[str]) -> str:
    """Serialise analyzed tokens for storage (tokens never contain whitespace)."""
    return " ".join(tokens)


def text_to_tokens(text: str) -> list[str]:
    """Inverse of :func:`tokens_to_text`."""
    return text.split()
