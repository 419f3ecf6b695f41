"""Shared helpers for building the eval datasets (markup parsing, check digits)."""

from __future__ import annotations

import json
import re
from pathlib import Path

DATASETS = Path(__file__).resolve().parent.parent

PII_TYPES = {
    "PHONE",
    "EMAIL",
    "CREDIT_CARD",
    "MY_NUMBER",
    "POSTAL_CODE",
    "POSTAL_ADDRESS",
    "PERSON",
    "BANK_ACCOUNT",
}
FLAGS = [
    "legal_threat",
    "regulator",
    "safety_incident",
    "media_threat",
    "customer_harassment",
    "privacy_incident",
    "compensation_over_limit",
    "repeat_contact",
    "vulnerable_customer",
]

_FW = str.maketrans("０１２３４５６７８９", "0123456789")


def digits(s: str) -> str:
    return "".join(ch for ch in s.translate(_FW) if ch.isdigit())


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in digits(num)]
    if len(d) < 12:
        return False
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_check_digit(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return c
    raise AssertionError


def cc(prefix: str, groups=(4, 4, 4, 4), sep: str = " ") -> str:
    """Complete a card number from its prefix (all digits but the last) and format it."""
    full = prefix + luhn_check_digit(prefix)
    assert len(full) == sum(groups), (prefix, groups)
    out, i = [], 0
    for g in groups:
        out.append(full[i : i + g])
        i += g
    return sep.join(out)


def my_number_check(first11: str) -> int:
    d = digits(first11)
    assert len(d) == 11
    total = 0
    for n in range(1, 12):
        p = int(d[11 - n])  # n-th digit from the right
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def my_number_ok(num: str) -> bool:
    d = digits(num)
    return len(d) == 12 and my_number_check(d[:11]) == int(d[11])


def mn(first11: str, sep: str = "", fullwidth: bool = False) -> str:
    full = first11 + str(my_number_check(first11))
    s = sep.join([full[0:4], full[4:8], full[8:12]]) if sep else full
    if fullwidth:
        s = s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    return s


def bad_mn(first11: str) -> str:
    """A 12-digit number whose last digit is NOT a valid My Number check digit."""
    c = my_number_check(first11)
    return first11 + str((c + 3) % 10)


_MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)


def parse_markup(marked: str):
    """'[[TYPE|text]]' markup -> (plain text, spans with exact offsets)."""
    text_parts, spans, pos, cur = [], [], 0, 0
    for m in _MARK.finditer(marked):
        text_parts.append(marked[pos : m.start()])
        cur += m.start() - pos
        typ, val = m.group(1), m.group(2)
        assert typ in PII_TYPES, typ
        spans.append({"type": typ, "start": cur, "end": cur + len(val), "text": val})
        text_parts.append(val)
        cur += len(val)
        pos = m.end()
    text_parts.append(marked[pos:])
    text = "".join(text_parts)
    assert "[[" not in text and "]]" not in text, marked
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"]
    return text, spans


def is_ja(text: str) -> bool:
    return bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text))


def write_jsonl(path: Path, rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def pii_rows(prefix: str, items):
    rows = []
    for i, item in enumerate(items, 1):
        lang, marked = item
        text, spans = parse_markup(marked)
        rows.append({"id": f"{prefix}-{i:03d}", "lang": lang, "text": text, "spans": spans})
    return rows


def esc_case(idx: int, prefix: str, spec: dict) -> dict:
    """spec: lang, ch, prod, tier, cc, msgs (str or list of str, alternating customer/agent
    starting with customer, or list of (role, text)), flags."""
    msgs = spec["msgs"]
    if isinstance(msgs, str):
        msgs = [msgs]
    out = []
    for j, m in enumerate(msgs):
        if isinstance(m, tuple):
            role, text = m
        else:
            role, text = ("customer" if j % 2 == 0 else "agent"), m
        out.append({"role": role, "text": text})
    flags = sorted(spec.get("flags", []), key=FLAGS.index)
    assert len(set(flags)) == len(flags)
    for fl in flags:
        assert fl in FLAGS, fl
    ticket = {
        "ticket_id": f"T-{prefix.upper()}-{idx:04d}",
        "channel": spec.get("ch", "email"),
        "language": spec["lang"],
    }
    if spec.get("prod"):
        ticket["product"] = spec["prod"]
    ticket["customer"] = {"tier": spec.get("tier", "standard"), "contact_count": spec.get("cc", 1)}
    ticket["messages"] = out
    return {
        "id": f"{prefix}-{idx:03d}",
        "ticket": ticket,
        "expect": {"escalate": bool(flags), "flags": flags, "language": spec["lang"]},
    }
