"""Validate the eval datasets (dev and holdout) and print per-set counts.

Usage: python evals/datasets/tools/validate.py [--quiet]
Exit status 1 when any check fails.

Span conventions of the PII sets (offsets are Python string indices into "text"):
- PERSON: the name only, without 様/さん/氏/Ms./Dr.
- POSTAL_CODE: the code only, without the 〒 mark; POSTAL_ADDRESS runs from the
  prefecture/city (or street number in English) to the 号/building/room number and never
  includes the postal code, which is its own span.
- PHONE: includes a +81 (or other country) prefix; BANK_ACCOUNT: the account number only.
- Company-side identifiers (order, model, lot, serial, tracking, invoice numbers, prices,
  dates, error codes) are never spans.
Rules made explicit with the dev2/holdout2 sets (which follow them strictly):
- Building names: POSTAL_ADDRESS includes the building name, floor and room number when they
  are written as part of the address, directly after the street number (or, in English,
  before it): 「高砂3-7-2 コーポ高砂102号室」, 「…18F」, "Flat 3, 18 Rosebery Avenue",
  "Apt 4B, 221 Maple Street", "Suite 300, …". It never includes the recipient's name (…方,
  宛, c/o), the postal code, or a country name written after the code or the city ("USA",
  "Hong Kong"). An address may start at the city or ward when no prefecture is written.
- PHONE: the dialable number only; an extension (内線214, ext. 33, x 22) is not in the span.
- PERSON: without titles in either language (Mr./Mrs./Ms./Dr./Sgt., 部長, 先生, 様/さん/氏);
  a name written "Surname, Given" is one span; each person named is a separate span.
The generators (tools/gen_*_dev.py, tools/gen_*_dev2.py, holdout/src/gen_*_holdout.py,
holdout2/src/gen_*_holdout2.py) write the files from inline [[TYPE|text]] markup; rerun them
and this script after editing.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATASETS, FLAGS, PII_TYPES, luhn_ok, my_number_ok

ERRORS: list[str] = []


def err(msg: str) -> None:
    ERRORS.append(msg)


def load(path: Path):
    rows = []
    if not path.exists():
        err(f"{path}: missing")
        return rows
    ids = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{path.name}:{n}: blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as ex:
            err(f"{path.name}:{n}: bad JSON: {ex}")
            continue
        if not isinstance(r, dict) or "id" not in r:
            err(f"{path.name}:{n}: not an object with id")
            continue
        if r["id"] in ids:
            err(f"{path.name}:{n}: duplicate id {r['id']}")
        ids.add(r["id"])
        rows.append(r)
    return rows


def check_pii(path: Path, minimum: int, min_distractor: int) -> None:
    rows = load(path)
    types, langs, only_distractor = Counter(), Counter(), 0
    for r in rows:
        rid = r["id"]
        text = r.get("text")
        if r.get("lang") not in ("ja", "en"):
            err(f"{rid}: lang")
        langs[r.get("lang")] += 1
        if not isinstance(text, str) or not text:
            err(f"{rid}: text")
            continue
        spans = r.get("spans")
        if not isinstance(spans, list):
            err(f"{rid}: spans not a list")
            continue
        if not spans:
            only_distractor += 1
        prev_end = -1
        for s in sorted(spans, key=lambda s: (s.get("start", 0), s.get("end", 0))):
            t, a, b, st = s.get("type"), s.get("start"), s.get("end"), s.get("text")
            if t not in PII_TYPES:
                err(f"{rid}: unknown type {t}")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                err(f"{rid}: bad offsets {a}-{b}")
                continue
            if text[a:b] != st:
                err(f"{rid}: text[{a}:{b}]={text[a:b]!r} != {st!r}")
            if st != st.strip():
                err(f"{rid}: span has surrounding whitespace {st!r}")
            if a < prev_end:
                err(f"{rid}: overlapping spans at {a}")
            prev_end = max(prev_end, b)
            if t == "CREDIT_CARD" and not luhn_ok(st):
                err(f"{rid}: card {st} fails Luhn")
            if t == "MY_NUMBER" and not my_number_ok(st):
                err(f"{rid}: My Number {st} has a bad check digit")
            if t == "PERSON" and (st[-1:] in ("様", "氏") or st.endswith("さん")):
                err(f"{rid}: PERSON span includes honorific {st!r}")
            if t == "PERSON" and re.match(r"(Mr|Mrs|Ms|Miss|Dr|Sgt|Prof)\.?\s", st):
                err(f"{rid}: PERSON span includes a title {st!r}")
            if t == "POSTAL_ADDRESS" and st.startswith("〒"):
                err(f"{rid}: POSTAL_ADDRESS includes 〒 code")
            types[t] += 1
    if len(rows) < minimum:
        err(f"{path.name}: {len(rows)} rows < {minimum}")
    if only_distractor < min_distractor:
        err(f"{path.name}: {only_distractor} distractor-only rows < {min_distractor}")
    print(
        f"== {path.relative_to(DATASETS)}: {len(rows)} rows, langs {dict(langs)}, "
        f"distractor-only {only_distractor}"
    )
    for t in sorted(PII_TYPES):
        print(f"   {t:15s} {types[t]}")


def check_injection(path: Path, minimum: int) -> None:
    rows = load(path)
    c = Counter()
    for r in rows:
        rid = r["id"]
        if r.get("label") not in ("injection", "benign"):
            err(f"{rid}: label {r.get('label')}")
        if r.get("where") not in ("message", "document"):
            err(f"{rid}: where {r.get('where')}")
        if r.get("lang") not in ("ja", "en"):
            err(f"{rid}: lang")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err(f"{rid}: text")
        c[(r.get("label"), r.get("where"))] += 1
    n_inj = sum(v for (lab, _), v in c.items() if lab == "injection")
    if len(rows) < minimum:
        err(f"{path.name}: {len(rows)} rows < {minimum}")
    if rows and not (0.4 <= n_inj / len(rows) <= 0.6):
        err(f"{path.name}: injection share {n_inj / len(rows):.2f} not about half")
    langs = Counter(r.get("lang") for r in rows)
    print(f"== {path.relative_to(DATASETS)}: {len(rows)} rows, langs {dict(langs)}")
    for k in sorted(c):
        print(f"   {k[0]:9s} {k[1]:8s} {c[k]}")


def check_escalation(
    path: Path, minimum: int, min_per_flag: int, min_multi: int, min_multi_msg: int = 0
) -> None:
    rows = load(path)
    flags, langs, noflag, multi, multi_msg = Counter(), Counter(), 0, 0, 0
    for r in rows:
        rid = r["id"]
        t, ex = r.get("ticket"), r.get("expect")
        if not isinstance(t, dict) or not isinstance(ex, dict):
            err(f"{rid}: ticket/expect missing")
            continue
        for key in ("ticket_id", "channel", "language", "customer", "messages"):
            if key not in t:
                err(f"{rid}: ticket.{key} missing")
        if t.get("channel") not in ("email", "chat", "phone", "sns", "form"):
            err(f"{rid}: channel {t.get('channel')}")
        if t.get("language") not in ("ja", "en"):
            err(f"{rid}: ticket.language")
        cust = t.get("customer", {})
        if cust.get("tier") not in ("standard", "premium", "vip"):
            err(f"{rid}: tier")
        cc = cust.get("contact_count")
        if not isinstance(cc, int) or cc < 1:
            err(f"{rid}: contact_count")
        msgs = t.get("messages", [])
        if not msgs or any(
            m.get("role") not in ("customer", "agent") or not m.get("text") for m in msgs
        ):
            err(f"{rid}: messages")
        fl = ex.get("flags")
        if not isinstance(fl, list) or any(f not in FLAGS for f in fl) or len(set(fl)) != len(fl):
            err(f"{rid}: flags {fl}")
            continue
        if ex.get("escalate") is not bool(fl):
            err(f"{rid}: escalate != bool(flags)")
        if ex.get("language") != t.get("language"):
            err(f"{rid}: expect.language != ticket.language")
        if isinstance(cc, int) and cc >= 3 and "repeat_contact" not in fl:
            err(f"{rid}: contact_count {cc} >= 3 but no repeat_contact")
        langs[t.get("language")] += 1
        flags.update(fl)
        noflag += not fl
        multi += len(fl) >= 2
        multi_msg += len(msgs) >= 2
    n = len(rows)
    if n < minimum:
        err(f"{path.name}: {n} rows < {minimum}")
    for f in FLAGS:
        if flags[f] < min_per_flag:
            err(f"{path.name}: flag {f} only {flags[f]} < {min_per_flag}")
    if n and noflag / n < 0.38:
        err(f"{path.name}: no-flag share {noflag / n:.2f} < 0.38")
    if multi < min_multi:
        err(f"{path.name}: multi-flag {multi} < {min_multi}")
    if multi_msg < min_multi_msg:
        err(f"{path.name}: multi-message tickets {multi_msg} < {min_multi_msg}")
    print(
        f"== {path.relative_to(DATASETS)}: {n} cases, langs {dict(langs)} "
        f"(ja {langs['ja'] / max(n, 1):.0%}), no-flag {noflag} ({noflag / max(n, 1):.0%}), "
        f"multi-flag {multi}, multi-message {multi_msg}"
    )
    for f in FLAGS:
        print(f"   {f:24s} {flags[f]}")


def _texts(path: Path) -> set[str]:
    """Customer-facing texts of a set: "text" for PII/injection lines, each customer message
    for escalation cases."""
    out: set[str] = set()
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if "text" in r:
            out.add(r["text"].strip())
        for m in r.get("ticket", {}).get("messages", []):
            if m.get("role") == "customer":
                out.add(m["text"].strip())
    return out


def check_no_overlap(earlier: list[Path], later: list[Path], label: str) -> None:
    seen: set[str] = set()
    for p in earlier:
        seen |= _texts(p)
    for p in later:
        dup = _texts(p) & seen
        for t in sorted(dup):
            err(f"{label} {p.name}: text duplicates an earlier set: {t[:60]!r}")


def main() -> int:
    check_pii(DATASETS / "pii_dev.jsonl", 120, 25)
    check_injection(DATASETS / "injection_dev.jsonl", 120)
    check_escalation(DATASETS / "escalation_dev.jsonl", 170, 12, 25)
    check_pii(DATASETS / "pii_dev2.jsonl", 150, 40)
    check_injection(DATASETS / "injection_dev2.jsonl", 160)
    check_escalation(DATASETS / "escalation_dev2.jsonl", 300, 25, 50, min_multi_msg=60)
    h = DATASETS / "holdout"
    check_pii(h / "pii_holdout.jsonl", 50, 10)
    check_injection(h / "injection_holdout.jsonl", 50)
    check_escalation(h / "escalation_holdout.jsonl", 80, 5, 10)
    h2 = DATASETS / "holdout2"
    check_pii(h2 / "pii_holdout2.jsonl", 60, 15)
    check_injection(h2 / "injection_holdout2.jsonl", 70)
    check_escalation(h2 / "escalation_holdout2.jsonl", 120, 8, 15)
    # dev2 must be fresh text, not copies of dev lines; holdout2 must not repeat any dev,
    # dev2 or holdout line
    check_no_overlap(
        [DATASETS / n for n in ("pii_dev.jsonl", "injection_dev.jsonl", "escalation_dev.jsonl")],
        [DATASETS / n for n in ("pii_dev2.jsonl", "injection_dev2.jsonl", "escalation_dev2.jsonl")],
        "dev2",
    )
    check_no_overlap(
        [
            DATASETS / n
            for n in (
                "pii_dev.jsonl",
                "injection_dev.jsonl",
                "escalation_dev.jsonl",
                "pii_dev2.jsonl",
                "injection_dev2.jsonl",
                "escalation_dev2.jsonl",
            )
        ]
        + [
            h / n
            for n in ("pii_holdout.jsonl", "injection_holdout.jsonl", "escalation_holdout.jsonl")
        ],
        [
            h2 / n
            for n in ("pii_holdout2.jsonl", "injection_holdout2.jsonl", "escalation_holdout2.jsonl")
        ],
        "holdout2",
    )
    # holdout must not repeat dev texts
    dev_texts = set()
    for name in ("pii_dev.jsonl", "injection_dev.jsonl"):
        p = DATASETS / name
        if p.exists():
            dev_texts |= {
                json.loads(l)["text"]
                for l in p.read_text(encoding="utf-8").splitlines()
                if l.strip()
            }
    for name in ("pii_holdout.jsonl", "injection_holdout.jsonl"):
        p = h / name
        if p.exists():
            for l in p.read_text(encoding="utf-8").splitlines():
                r = json.loads(l)
                if r["text"] in dev_texts:
                    err(f"holdout {r['id']}: text duplicates a dev line")
    if ERRORS:
        print(f"\nFAILED: {len(ERRORS)} problem(s)")
        for e in ERRORS:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
