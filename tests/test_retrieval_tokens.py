"""Token counting: correct counts, and no network even on a machine with an empty cache."""

from __future__ import annotations

import hashlib
import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from retrieval import tokens
from retrieval.tokens import count_tokens, encoding


def _is_loopback(address: Any) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if not isinstance(host, str) or host in ("localhost", ""):
        return True  # AF_UNIX paths and localhost
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any connection that would leave the machine."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> None:
        if not _is_loopback(address):
            raise OSError(f"network access blocked in tests: {address!r}")
        real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty tiktoken cache and no cached encoding: the cold start of a new machine."""
    cache = tmp_path / "tiktoken-cache"
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(cache))
    encoding.cache_clear()
    yield cache
    encoding.cache_clear()


def test_counts_offline_from_an_empty_cache(no_network: None, fresh_cache: Path) -> None:
    assert count_tokens("hello world") == 2
    url = f"https://openaipublic.blob.core.windows.net/encodings/{tokens.ENCODING_NAME}.tiktoken"
    assert (fresh_cache / hashlib.sha1(url.encode()).hexdigest()).is_file()


def test_network_guard_is_real(no_network: None) -> None:
    with pytest.raises(OSError, match="blocked"), socket.create_connection(("192.0.2.1", 443), 1):
        pass


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("hello world", 2),
        ("Hello, world!", 4),
    ],
)
def test_known_counts(text: str, expected: int) -> None:
    assert count_tokens(text) == expected


def test_japanese_counts_are_plausible() -> None:
    text = "商品が届きましたが、電源が入りません。返品の手続きを教えてください。"
    n = count_tokens(text)
    assert 10 <= n <= len(text)
    assert count_tokens(text * 2) == pytest.approx(2 * n, abs=2)


def test_encoding_is_cached() -> None:
    assert encoding() is encoding()
    assert encoding().name == tokens.ENCODING_NAME
