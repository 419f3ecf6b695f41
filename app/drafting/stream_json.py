"""Pull one string field out of a JSON object while it is still streaming in.

Structured output arrives as JSON text; the agent wants to watch the reply being written.
:class:`FieldStream` is fed raw deltas and returns the newly decoded characters of one field.
"""

from __future__ import annotations

import json
import re

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class FieldStream:
    """Incremental decoder of the string value of ``field`` in a streamed JSON object."""

    def __init__(self, field: str) -> None:
        self._open = re.compile(rf'"{re.escape(field)}"\s*:\s*"')
        self._buf = ""
        self._pos: int | None = None
        self.done = False

    def feed(self, delta: str) -> str:
        """Add raw JSON text; return the field's characters decoded since the last call."""
        self._buf += delta
        if self.done:
            return ""
        if self._pos is None:
            m = self._open.search(self._buf)
            if not m:
                return ""
            self._pos = m.end()
        out: list[str] = []
        i = self._pos
        buf = self._buf
        while i < len(buf):
            ch = buf[i]
            if ch == '"':
                self.done = True
                i += 1
                break
            if ch != "\\":
                out.append(ch)
                i += 1
                continue
            if i + 1 >= len(buf):
                break  # the escape is split across deltas
            nxt = buf[i + 1]
            if nxt == "u":
                if i + 6 > len(buf):
                    break
                code = buf[i : i + 6]
                if i + 12 <= len(buf) and 0xD800 <= int(code[2:], 16) <= 0xDBFF:
                    out.append(json.loads(f'"{buf[i : i + 12]}"'))
                    i += 12
                    continue
                if 0xD800 <= int(code[2:], 16) <= 0xDBFF:
                    break  # wait for the low surrogate
                out.append(json.loads(f'"{code}"'))
                i += 6
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
        self._pos = i
        return "".join(out)
