"""A small two-language corpus written on the fly, shared by the retrieval tests."""

from __future__ import annotations

import json
from pathlib import Path

RETURNS_EN = """\
---
id: man-returns-en
title: Returns and refunds
lang: en
---

## Return window

Unused items can be returned within 30 days of delivery. The customer pays return
shipping unless the item is defective or the wrong item was sent.

## Refund authority

An agent may approve a refund of up to 30,000 yen per case. Above that a supervisor approves.
"""

HEATER_JA = """\
---
id: man-heater-ja
title: ファンヒーター 安全対応マニュアル
lang: ja
product: HK-H200
---

## 発煙・発火のお申し出

ヒーターから煙が出た、焦げ臭いにおいがする、発火したというお申し出は、直ちに使用を中止して
電源プラグを抜いていただくようお願いし、品質保証部へエスカレーションします。

## 自主回収の対象ロット

HK-H200 の製造ロット 2409A から 2411C は電源コードの根元が過熱するおそれがあるため、無償交換の対象です。
"""

ESCALATION_EN = """\
---
id: pol-escalation-en
title: Escalation policy
lang: en
---

## Legal threats

When a customer mentions a lawyer, a lawsuit or legal action, do not argue the facts.
Acknowledge, stop promising anything and route the ticket to the legal team the same day.
"""

CASES = [
    {
        "id": "res-ja-001",
        "lang": "ja",
        "category": "shipping",
        "customer_message": "注文した加湿器が予定日を過ぎても届きません。配送状況を教えてください。",
        "resolution": "配送業者に確認し、翌日の再配達を手配した。",
        "agent_reply": "お届けが遅れており、ご不便をおかけし申し訳ございません。明日お届けの予定です。",
        "outcome": "resolved",
        "product": "HM-300",
    },
    {
        "id": "res-en-001",
        "lang": "en",
        "category": "billing",
        "customer_message": "My filter subscription charged me twice this month.",
        "resolution": "Confirmed the duplicate charge and refunded it the same day.",
        "agent_reply": "Sorry for the double charge; we have refunded the duplicate payment.",
        "outcome": "refunded",
    },
]


def long_parcel_manual(sections: int = 6) -> str:
    """A manual whose every section talks about parcels: one document, many chunks."""
    body = "\n".join(
        f"## Parcel topic {i}\n\nParcel tracking number {i}: a parcel that is late, a parcel "
        f"that is lost, parcel delivery section {i} with unique words zone{i}.\n"
        for i in range(sections)
    )
    return f"---\nid: man-parcels-en\ntitle: Parcel handbook\nlang: en\n---\n\n{body}"


def write_corpus(root: Path, *, extra_manuals: dict[str, str] | None = None) -> Path:
    """Write the small corpus under ``root`` and return ``root``."""
    (root / "manuals").mkdir(parents=True, exist_ok=True)
    (root / "policies").mkdir(exist_ok=True)
    (root / "resolutions").mkdir(exist_ok=True)
    (root / "manuals" / "returns-en.md").write_text(RETURNS_EN, encoding="utf-8")
    (root / "manuals" / "heater-ja.md").write_text(HEATER_JA, encoding="utf-8")
    (root / "policies" / "escalation-en.md").write_text(ESCALATION_EN, encoding="utf-8")
    (root / "resolutions" / "cases.jsonl").write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8"
    )
    for name, text in (extra_manuals or {}).items():
        (root / "manuals" / name).write_text(text, encoding="utf-8")
    return root


def other_tenant_corpus(root: Path) -> Path:
    """A corpus of another company: different ids, overlapping vocabulary."""
    (root / "manuals").mkdir(parents=True, exist_ok=True)
    (root / "manuals" / "refunds.md").write_text(
        "---\nid: other-refunds\ntitle: Other Co refunds\nlang: en\n---\n\n"
        "## Refunds\n\nOther Co refunds any heater within 90 days, no questions asked.\n"
        "返品と返金は90日以内、ヒーターも対象です。\n",
        encoding="utf-8",
    )
    return root
