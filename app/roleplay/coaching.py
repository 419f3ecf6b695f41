"""One coaching tip per turn: the most important thing to fix, and the manual section to
reread for it.

The order of importance is data (:data:`PRIORITY`): falling into a pitfall first, then the
boundary or handover, promises beyond authority, the apology, acknowledging the customer,
asking about the facts, the next step with a time, and the register. Each criterion names
the headings it is taught under; the section is looked up in the card's ``manual_refs``
in order, so a カスハラ card sends the trainee to the カスハラ manual's procedure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.roleplay.assess import Assessment
from app.roleplay.cards import Card, ManualSection, ScenarioLibrary

PRIORITY: tuple[str, ...] = (
    "pitfall",
    "escalation_boundary",
    "within_authority",
    "limited_apology",
    "acknowledgement",
    "facts",
    "next_steps_time",
    "register",
)

_rx = re.compile

# Headings each lesson is taught under (both languages; first match in the card's manuals).
SECTIONS: dict[str, re.Pattern[str]] = {
    "pitfall_harassment": _rx(r"^してはいけないこと|^Never\b"),
    "pitfall": _rx(r"言ってはいけない|約束してはいけない|してはいけない|Words to avoid|^Never\b"),
    "escalation_boundary_harassment": _rx(r"その場での対応手順|^In the moment"),
    "escalation_boundary": _rx(
        r"エスカレーション|引き継|たらい回し|^Escalat|passing customers around|In the moment"
    ),
    "within_authority": _rx(r"解決策提示|返金権限|within your authority|refund authority"),
    "limited_apology": _rx(r"限定謝罪|^Apologi[sz]e"),
    "acknowledgement": _rx(r"傾聴|^Listen"),
    "facts": _rx(r"事実確認|確認して記録|^Confirm the facts"),
    "next_steps_time": _rx(r"フォロー|連絡の期限|^Follow up"),
    "register": _rx(r"言ってはいけない|敬語|Words to avoid"),
    "well_done_harassment": _rx(r"その場での対応手順|^In the moment"),
    "well_done": _rx(r"応対の型|conversation method"),
}

TIPS: dict[str, dict[str, str]] = {
    "pitfall_harassment": {
        "ja": "威圧的な要求に応じてしまいました（{detail}）。応じるほど要求は強まります。正当な部分（製品の解決）には応え、土下座・訪問・権限外の補償ははっきりお断りしましょう。",
        "en": "You gave in to a coercive demand ({detail}). Appeasing makes the pressure grow: handle the valid part, and clearly decline the rest.",
    },
    "pitfall": {
        "ja": "避けるべき対応がありました（{detail}）。",
        "en": "That reply fell into a pitfall ({detail}).",
    },
    "escalation_boundary_harassment": {
        "ja": "線引きと引き継ぎがありません。冷静に一度だけ警告し（「このようなお言葉が続く場合は対応を終了させていただきます」）、記録して責任者へ引き継ぐことを伝えましょう。",
        "en": "No boundary or handover yet. Warn once, calmly (“if the insults continue I will end this chat”), record it, and say a supervisor will take over.",
    },
    "escalation_boundary": {
        "ja": "担当部署への引き継ぎを伝えていません。どの部署が、いつまでに連絡するかを伝えましょう。",
        "en": "You have not said who takes this over. Name the team and when they will be in touch.",
    },
    "within_authority": {
        "ja": "権限を超える約束をしています（{detail}）。担当者が約束できる範囲の解決策を示しましょう。",
        "en": "That promise is beyond your authority ({detail}). Offer what you may decide yourself.",
    },
    "limited_apology": {
        "ja": "謝罪が不足しているか、責任を認めてしまっています（{detail}）。「ご不便をおかけし、申し訳ございません」のように、何に対するお詫びかを限定しましょう。",
        "en": "Apologise for the inconvenience without admitting fault ({detail}): say what the apology is for.",
    },
    "acknowledgement": {
        "ja": "お客様の状況や気持ちを受け止める一言がありません。まず「ご不便」「お困り」に触れて傾聴の姿勢を示しましょう。",
        "en": "Acknowledge the customer's situation and feelings before anything else.",
    },
    "facts": {
        "ja": "事実確認の質問がありません。症状、時期、ご希望などを質問して確かめましょう（まだ分かっていない事実があります）。",
        "en": "Ask about the facts: what happened, when, and what the customer would like (there is more to find out).",
    },
    "next_steps_time": {
        "ja": "次の対応と期限がありません（{detail}）。「明日中に」「24時間以内に」など、いつ何をするかを伝えましょう。",
        "en": "Give the next step with a time ({detail}): what happens, and by when.",
    },
    "register": {
        "ja": "言葉遣いを整えましょう（{detail}）。文末は「です・ます・ございます」で統一します。",
        "en": "Mind the register ({detail}): stay courteous and never mirror the customer's tone.",
    },
    "well_done_harassment": {
        "ja": "よい対応です。正当な要求には応え、威圧的な要求には線を引く、という手順を保ちましょう。",
        "en": "Good reply. Keep handling the valid request while holding the line on the rest.",
    },
    "well_done": {
        "ja": "よい対応です。この調子で、解決策と次の連絡の期限をはっきり伝えましょう。",
        "en": "Good reply. Keep going: a clear solution and a time for the next contact.",
    },
}


@dataclass(frozen=True)
class Tip:
    """The one thing to work on after a turn.

    Attributes:
        criterion: One of :data:`PRIORITY`, or ``well_done``.
        text: The advice, in the card's language.
        section: The manual section to reread.
    """

    criterion: str
    text: str
    section: ManualSection | None

    def to_json(self) -> dict[str, Any]:
        return {
            "criterion": self.criterion,
            "text": self.text,
            "section": self.section.to_json() if self.section else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tip:
        s = data.get("section")
        section = ManualSection(s["doc_id"], s["title"], s.get("heading")) if s else None
        return cls(data["criterion"], data["text"], section)


def _key(criterion: str, card: Card) -> str:
    harassment_key = f"{criterion}_harassment"
    return harassment_key if card.is_harassment and harassment_key in TIPS else criterion


def failing(card: Card, a: Assessment, hidden_left: int) -> tuple[str, str] | None:
    """The most important failure of a reply as ``(criterion, detail)``, or ``None``."""
    for criterion in PRIORITY:
        if criterion == "pitfall":
            if a.pitfalls:
                return criterion, " / ".join(p.keyword for p in a.pitfalls)
        elif criterion == "facts":
            if hidden_left and not a.asked and not a.revealed:
                return criterion, ""
        else:
            result = a.rubric.get(criterion)
            if result.passed is False:
                return criterion, result.detail
    return None


def tip_for(card: Card, library: ScenarioLibrary, a: Assessment, *, hidden_left: int) -> Tip:
    """The one coaching tip for a reply, citing the manual section to reread."""
    found = failing(card, a, hidden_left)
    criterion, detail = found if found else ("well_done", "")
    key = _key(criterion, card)
    text = TIPS[key][card.lang].format(detail=detail).replace("（）", "").replace(" ()", "")
    if criterion == "pitfall" and a.pitfalls:
        text = f"{text} {a.pitfalls[0].note}".strip()
    return Tip(criterion, text, library.section(card.manual_refs, SECTIONS[key]))


def section_for(card: Card, library: ScenarioLibrary, criterion: str) -> ManualSection | None:
    """The manual section that teaches ``criterion`` for ``card``."""
    return library.section(card.manual_refs, SECTIONS[_key(criterion, card)])
