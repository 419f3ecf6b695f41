"""Text normalisation for matching, with an offset map back to the original text.

Detectors match on a canonical form of the text (NFKC, invisible characters removed,
look-alike letters folded, optionally lower-cased) but must report spans in the text the
user gave. ``normalize`` returns a ``NormalizedText`` that carries both and maps any
``[start, end)`` of the normalised text back to the original.

NFKC can change the length of the text (``㈱`` becomes ``(株)``, a half-width ``ｶﾞ`` becomes
one ``ガ``), so the map is kept per normalised character: the original ``[start, end)`` of
the piece it came from. A span that starts or ends inside an expanded piece widens to the
whole original piece.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Cyrillic and Greek letters that render like Latin ones. Used only for matching, so folding
# real Russian or Greek words does no harm.
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "ь": "b",
    # Cyrillic upper case
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I",
    "Ј": "J", "Һ": "H", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "c",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin look-alikes outside ASCII that NFKC keeps
    "ı": "i", "ȷ": "j", "ɑ": "a", "ǀ": "l",
}  # fmt: skip

# Dashes that people type between digits (phone numbers, postal codes). The katakana long
# vowel mark ー is left alone here: it is part of words; detectors accept it between digits.
DASHES: frozenset[str] = frozenset("‐‑‒–—―−﹣")


@dataclass(frozen=True)
class NormalizeOptions:
    """What ``normalize`` does besides NFKC and removing invisible characters.

    Attributes:
        fold_homoglyphs: Map Cyrillic/Greek look-alikes to Latin letters.
        fold_case: Lower-case the text (``str.lower``).
        fold_dashes: Map the various dash characters to ``-``.
    """

    fold_homoglyphs: bool = True
    fold_case: bool = True
    fold_dashes: bool = True


MATCHING = NormalizeOptions()
"""For keyword and phrase matching: everything folded."""

CASE_PRESERVING = NormalizeOptions(fold_homoglyphs=False, fold_case=False)
"""For detectors where case carries meaning (names): width and dashes only."""


def is_invisible(char: str) -> bool:
    """Whether ``char`` is a format character (zero-width, bidi control, tag, BOM...)."""
    return unicodedata.category(char) == "Cf"


@lru_cache(maxsize=8192)
def _fold(piece: str, options: NormalizeOptions) -> str:
    out = unicodedata.normalize("NFKC", piece)
    if options.fold_homoglyphs:
        out = "".join(HOMOGLYPHS.get(c, c) for c in out)
    if options.fold_dashes:
        out = "".join("-" if c in DASHES else c for c in out)
    if options.fold_case:
        out = out.lower()
    return out


@lru_cache(maxsize=8192)
def _starts_with_combining(char: str) -> bool:
    # A character whose NFKC form begins with a combining mark (a combining acute, the
    # half-width voiced mark ﾞ) composes with what precedes it, so the two are one piece.
    nf = unicodedata.normalize("NFKC", char)
    return bool(nf) and unicodedata.combining(nf[0]) != 0


@lru_cache(maxsize=8192)
def _is_simple(char: str, options: NormalizeOptions) -> bool:
    # A character that folds to exactly one character, on its own: it keeps offsets intact.
    return (
        not is_invisible(char)
        and not _starts_with_combining(char)
        and len(_fold(char, options)) == 1
    )


@dataclass(frozen=True)
class NormalizedText:
    """A normalised text together with the original it came from.

    Attributes:
        original: The text as given.
        text: The normalised text to match on.
    """

    original: str
    text: str
    # For each character of ``text``, the [start, end) in ``original`` of the piece that
    # produced it. ``None`` means the identity map (the common case: no length change).
    _starts: tuple[int, ...] | None = None
    _ends: tuple[int, ...] | None = None

    @property
    def is_identity(self) -> bool:
        """Whether offsets in ``text`` are offsets in ``original`` unchanged."""
        return self._starts is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the matching span of ``original``.

        Args:
            start: Start offset in the normalised text.
            end: End offset (exclusive) in the normalised text.

        Returns:
            The ``(start, end)`` span in the original text, widened to whole original
            characters when the span cuts through an expansion.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside the normalised text")
        if self._starts is None or self._ends is None:
            return start, end
        n = len(self.text)
        orig_start = self._starts[start] if start < n else len(self.original)
        if end == start:
            return orig_start, orig_start
        return orig_start, self._ends[end - 1]


def normalize(text: str, options: NormalizeOptions = MATCHING) -> NormalizedText:
    """Normalise ``text`` for matching and keep the way back to its offsets.

    Steps: drop invisible format characters (zero-width, bidi, tags), NFKC (full-width to
    half-width, compatibility forms expanded), then per ``options`` fold homoglyphs, dashes
    and case.

    Args:
        text: The original text.
        options: What to fold besides NFKC and invisible characters.

    Returns:
        The normalised text with its offset map.
    """
    chars = set(text)
    if all(_is_simple(c, options) for c in chars):
        table = {ord(c): _fold(c, options) for c in chars}
        return NormalizedText(original=text, text=text.translate(table))

    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if is_invisible(char):
            i += 1
            continue
        j = i + 1
        # Keep base + combining marks together (skipping invisibles between them) so that
        # NFKC can compose them, as it would on the whole string.
        while j < n and (_starts_with_combining(text[j]) or is_invisible(text[j])):
            j += 1
        piece = "".join(c for c in text[i:j] if not is_invisible(c))
        folded = _fold(piece, options)
        pieces.append(folded)
        starts.extend([i] * len(folded))
        ends.extend([j] * len(folded))
        i = j
    return NormalizedText(
        original=text, text="".join(pieces), _starts=tuple(starts), _ends=tuple(ends)
    )
