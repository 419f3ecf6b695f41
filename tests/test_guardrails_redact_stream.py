"""Restoring placeholders in streamed text."""

from __future__ import annotations

import pytest

from guardrails.redact import StreamRestorer

MAPPING = {"<PHONE_1>": "090-1234-5678", "<PERSON_1>": "山田"}


@pytest.mark.parametrize(
    "pieces",
    [
        ["<PERSON_1>様、お電話は<PHONE_1>ですね。"],
        ["<PER", "SON_1>様、お電話は<", "PHONE_1", ">ですね。"],
        ["<", "P", "E", "R", "S", "O", "N", "_", "1", ">", "様、お電話は<PHONE_1>ですね。"],
    ],
)
def test_split_placeholders_are_restored(pieces: list[str]) -> None:
    r = StreamRestorer(MAPPING)
    out = "".join(r.feed(p) for p in pieces) + r.flush()
    assert out == "山田様、お電話は090-1234-5678ですね。"


def test_a_lone_angle_bracket_is_not_held_forever() -> None:
    r = StreamRestorer(MAPPING)
    assert r.feed("a < b") == "a < b"
    assert r.feed(" and <x") == " and <x"  # lower case never starts a placeholder
    assert r.feed(" then <PH") == " then "
    assert r.flush() == "<PH"
