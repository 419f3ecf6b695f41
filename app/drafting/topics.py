"""What a complaint is about, from its words and from what retrieval found.

Topics choose the template drafter's phrases. Keyword tables are data; the top retrieved
documents' categories and tags add votes, so an unseen corpus still steers the choice.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

TOPICS: tuple[str, ...] = (
    "safety",
    "recall",
    "privacy",
    "refund_status",
    "billing",
    "shipping",
    "returns",
    "warranty",
    "troubleshooting",
    "general",
)

# Ordered from the most to the least urgent: on a tie the earlier topic wins.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "safety": (
        "煙",
        "発火",
        "火花",
        "焦げ",
        "燃え",
        "溶け",
        "やけど",
        "火傷",
        "感電",
        "ケガ",
        "怪我",
        "異物",
        "smoke",
        "smoking",
        "fire",
        "flame",
        "spark",
        "melt",
        "burn",
        "burnt",
        "scorch",
        "shock",
        "injur",
        "hurt",
    ),
    "recall": ("リコール", "回収", "ロット", "recall", "lot number", "affected unit"),
    "privacy": (
        "個人情報",
        "他人の",
        "別の人",
        "知らない人",
        "漏洩",
        "流出",
        "privacy",
        "someone else",
        "another customer",
        "personal data",
        "data breach",
        "leak",
    ),
    "refund_status": (
        "返金がまだ",
        "返金されていない",
        "返金されない",
        "返金が届",
        "返金はいつ",
        "返金が確認でき",
        "refund hasn't",
        "refund has not",
        "refund is not",
        "refund not",
        "no refund",
        "still waiting for my refund",
        "where is my refund",
        "refund yet",
        "refund never",
        "haven't received the refund",
        "haven't received my refund",
    ),
    "billing": (
        "請求",
        "引き落とし",
        "二重",
        "課金",
        "定期便",
        "解約",
        "支払",
        "明細",
        "charge",
        "charged",
        "billing",
        "billed",
        "invoice",
        "subscription",
        "cancel",
        "payment",
    ),
    "shipping": (
        "届かない",
        "届いていない",
        "配送",
        "配達",
        "遅延",
        "遅れ",
        "発送",
        "破損",
        "箱が",
        "荷物",
        "delivery",
        "deliver",
        "shipping",
        "shipped",
        "parcel",
        "package",
        "courier",
        "arrived",
        "tracking",
    ),
    "returns": ("返品", "返金", "交換", "返送", "return", "refund", "exchange", "send it back"),
    "warranty": ("保証", "修理", "warranty", "repair", "guarantee"),
    "troubleshooting": (
        "エラー",
        "動かない",
        "電源が入らない",
        "表示",
        "点滅",
        "蒸気が出",
        "止まらない",
        "つかない",
        "error",
        "won't",
        "doesn't work",
        "not working",
        "stopped working",
        "blinking",
        "flashing",
        "no steam",
        "turn on",
        "switch off",
        "indicator",
        "lamp",
        "light is",
        "display",
        "setting",
        "how do i",
        "reset",
        "ランプ",
        "点灯",
        "設定",
        "使い方",
    ),
}

# A specific situation outweighs the general vocabulary around it ("my refund has not
# arrived" also says "refund" and "return").
TOPIC_WEIGHT: dict[str, int] = {"refund_status": 6}

# Categories of past cases and tags of manuals, mapped to topics.
CATEGORY_TOPICS: dict[str, str] = {
    "safety": "safety",
    "recall": "recall",
    "privacy": "privacy",
    "billing": "billing",
    "subscription": "billing",
    "shipping": "shipping",
    "delivery": "shipping",
    "returns": "returns",
    "refund": "returns",
    "warranty": "warranty",
    "repair": "warranty",
    "troubleshooting": "troubleshooting",
}

_FLAG_TOPICS: dict[str, str] = {
    "safety_incident": "safety",
    "privacy_incident": "privacy",
}


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def classify(
    text: str,
    *,
    categories: Iterable[str] = (),
    flags: Iterable[str] = (),
) -> str:
    """The topic of a complaint: keyword votes, plus votes from retrieved categories and flags."""
    for flag in flags:
        if flag in _FLAG_TOPICS:
            return _FLAG_TOPICS[flag]
    norm = _norm(text)
    votes: Counter[str] = Counter()
    for topic, words in KEYWORDS.items():
        for w in words:
            if re.search(re.escape(w) if not w.isascii() else rf"\b{re.escape(w)}", norm):
                votes[topic] += TOPIC_WEIGHT.get(topic, 2)
    for cat in categories:
        voted = CATEGORY_TOPICS.get(_norm(cat))
        if voted:
            votes[voted] += 1
    if not votes:
        return "general"
    best = max(votes.values())
    return next(t for t in TOPICS if votes.get(t) == best)
