"""Language detection for the two languages teinei serves: Japanese and English.

Script shares are enough here and stay robust on one-line chat messages and on mixed text
("HK-H200の電源が入りません", "My order 注文番号 123 never came"): any kana is a strong
Japanese signal, kanji and Japanese punctuation count too, and Latin letters are weighed
per word rather than per letter, since one kana carries about as much as one English word.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final, Literal

Language = Literal["ja", "en"]

_KANA: Final = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_KANJI: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]")
_JA_PUNCT: Final = re.compile(r"[。、「」『』【】〜・！？]")
_LATIN_WORD: Final = re.compile(r"[A-Za-z]{2,}")

# A word of English weighs about as much as two CJK characters (a kanji compound or
# a kana-particle pair), so the text is Japanese when its CJK weight wins.
_CHARS_PER_WORD: Final = 2.0


def detect_language(text: str, default: Language = "ja") -> Language:
    """``"ja"`` or ``"en"`` for ``text``; ``default`` when it has no letters at all.

    The default is Japanese because that is the primary language of the service.
    """
    # NFKC folds full-width Latin (ＡＢＣ) to ASCII and half-width katakana to full-width.
    norm = unicodedata.normalize("NFKC", text)
    kana = len(_KANA.findall(norm))
    kanji = len(_KANJI.findall(norm))
    punct = len(_JA_PUNCT.findall(text))
    words = len(_LATIN_WORD.findall(norm))
    if kana == kanji == words == 0:
        return default
    # Kana alone never appear in English text; kanji alone are unusual but still Japanese
    # in this service (Chinese is out of scope).
    ja_weight = 1.5 * kana + kanji + 0.5 * punct
    return "ja" if ja_weight >= _CHARS_PER_WORD * words else "en"
