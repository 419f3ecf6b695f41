"""The shared reply rubric: deterministic checks a QA lead and a trainer agree on.

Used by the eval suite to score drafts and by role-play to score trainees' replies, so both
speak of the same six criteria:

1. ``acknowledgement`` — the customer's situation and feelings are acknowledged.
2. ``limited_apology`` — an apology for the inconvenience, with no admission of liability.
3. ``next_steps_time`` — a next step with a time (24時間以内, 3営業日, within 2 business days).
4. ``within_authority`` — no promise beyond an agent's authority (money above the limit,
   cash for consequential loss, guarantees of outcome, visits to apologise at home).
5. ``escalation_boundary`` — with a harassment flag, a calm boundary and a handover, never
   giving in (土下座, visits); with other flags, a handover to the right team. Not applicable
   when no flag is raised.
6. ``register`` — keigo for Japanese (polite sentence endings, no plain or rude forms) and a
   courteous register for English; short enough for a public SNS reply.

Every check is a plain regex table over the reply: fast, explainable, and the same every run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

CRITERIA: tuple[str, ...] = (
    "acknowledgement",
    "limited_apology",
    "next_steps_time",
    "within_authority",
    "escalation_boundary",
    "register",
)

SNS_MAX_CHARS = 400
DEFAULT_AUTHORITY_LIMIT_JPY = 30_000


@dataclass(frozen=True)
class CriterionResult:
    """One rubric criterion for one reply.

    Attributes:
        name: One of :data:`CRITERIA`.
        passed: ``True``/``False``; ``None`` when the criterion does not apply.
        detail: Why, in a few words (the matched or missing phrase).
    """

    name: str
    passed: bool | None
    detail: str = ""


@dataclass(frozen=True)
class RubricScore:
    """The rubric verdict on one reply.

    Attributes:
        criteria: One result per criterion, in :data:`CRITERIA` order.
        score: Share of applicable criteria passed (0.0–1.0).
    """

    criteria: list[CriterionResult] = field(default_factory=list)

    @property
    def score(self) -> float:
        applicable = [c for c in self.criteria if c.passed is not None]
        if not applicable:
            return 1.0
        return sum(1 for c in applicable if c.passed) / len(applicable)

    @property
    def failed(self) -> list[str]:
        """Names of the criteria that failed."""
        return [c.name for c in self.criteria if c.passed is False]

    def get(self, name: str) -> CriterionResult:
        """The result of criterion ``name``."""
        for c in self.criteria:
            if c.name == name:
                return c
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 4),
            "criteria": {c.name: {"passed": c.passed, "detail": c.detail} for c in self.criteria},
        }


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


ACKNOWLEDGE = {
    "ja": _rx(
        r"ご(?:不便|迷惑|心配|不安|不快|負担|面倒)",
        r"お(?:気持ち|困り|怒り|辛い|つらい)",
        r"(?:驚かれ|ご不安な思い|お察し|無理もございません)",
        r"お(?:知らせ|申し出|問い合わせ)(?:いただき|くださり)",
    ),
    "en": _rx(
        r"sorry to hear",
        r"\bI (?:can )?(?:completely |fully )?understand",
        r"\bunderstandabl[ye]",
        r"(?:frustrating|worrying|upsetting|distressing|alarming|inconvenien)",
        r"thank you for (?:letting us know|telling us|reaching out|contacting|your patience|bringing)",
        r"\bI can imagine",
    ),
}

APOLOGY = {
    "ja": _rx(r"申し訳(?:ございません|ありません|なく)", r"お詫び", r"失礼いたしました"),
    "en": _rx(r"\b(?:we are|we're|I am|I'm) (?:so |very |truly )?sorry", r"\bapolog", r"\bsorry\b"),
}

LIABILITY = {
    "ja": _rx(
        r"(?:弊社|当社|私ども|わたくしども)の(?:責任|過失|落ち度|不手際)(?:です|でございます|であり|を認め|と認め)",
        r"(?:全面的|すべて|全て)(?:に)?(?:弊社|当社)?の?(?:責任|過失)",
        r"責任を(?:認め|負い)(?:ます|いたします)",
        r"製品の欠陥(?:です|でございます|と認め)",
        r"賠償(?:いたします|させていただきます)",
    ),
    "en": _rx(
        r"\b(?:it(?:'s| is| was)|this (?:is|was)) (?:entirely |completely |all )?our fault",
        r"\bwe (?:are|were) (?:fully |entirely )?(?:liable|responsible for (?:your|the) (?:injur|damage|loss))",
        r"\bwe (?:accept|admit|take) (?:full |all )?(?:liability|responsibility|the blame)",
        r"\bthe product (?:is|was) defective\b",
        r"\bwe will pay (?:for )?(?:all|any) (?:damages|losses)",
    ),
}

TIME = {
    "ja": _rx(
        r"\d+\s*(?:営業日|時間|日)以内",
        r"[0-9０-９一二三四五六七十]+\s*営業日",
        r"本日中|明日(?:中|まで)?|翌営業日|週明け|今週中|[0-9０-９]+月[0-9０-９]+日",
        r"(?:24|２４)時間",
    ),
    "en": _rx(
        r"\bwithin (?:\d+|one|two|three|five|seven|24|48) (?:business |working )?(?:days?|hours?)",
        r"\b(?:today|tomorrow|by (?:monday|tuesday|wednesday|thursday|friday|the end of))",
        r"\b\d+ (?:business|working) days?",
        r"\bin the next (?:\d+|24|48) hours",
    ),
}

STEP = {
    "ja": _rx(
        r"ご連絡(?:いたします|差し上げます|申し上げます)",
        r"ご案内(?:いたします|申し上げます)",
        r"確認(?:いたします|のうえ)",
        r"手配(?:いたします|を進め)",
    ),
    "en": _rx(
        r"\bwe(?:'ll| will)\b",
        r"\bI(?:'ll| will)\b",
        r"\bwill (?:contact|call|email|send|review|check|look|arrange|reply|get back|be in touch)",
        r"\bnext step",
        r"\bplease (?:send|reply|check|keep)",
    ),
}

# Promises only a supervisor or manager may make (the over-authority list is data).
OVERPROMISE = {
    "ja": _rx(
        r"(?:慰謝料|補償金|賠償金|迷惑料)を?(?:お)?(?:支払い|お支払い)(?:いたします|します|させていただきます)",
        r"(?:食材|宿泊|交通費|休業|治療費|医療費|床|時間).{0,12}(?:補償|弁償)(?:いたします|させていただきます)",
        r"必ず.{0,20}(?:お約束|保証)(?:いたします|します)",
        r"(?:ご自宅|お宅)(?:へ|に)(?:伺|お伺)い(?:いたします|します|お詫び)",
        r"土下座",
        r"社長(?:が|から)直接(?:お詫び|ご連絡|謝罪)",
        r"念書",
    ),
    "en": _rx(
        r"\bwe (?:will|'ll|can) (?:compensate|reimburse) you for (?:your|the) (?:food|hotel|time|travel|lost|medical|loss)",
        r"\bwe (?:guarantee|promise) (?:that )?(?:this|it) will never",
        r"\bwe (?:will|'ll) pay (?:you )?(?:for )?(?:your|the) (?:medical|hotel|travel|lost)",
        r"\b(?:our|the) (?:CEO|president) will (?:personally )?(?:call|apologi[sz]e|visit)",
        r"\bcome to your (?:home|house) to apologi[sz]e",
        r"\b(?:full|100%) refund (?:guaranteed|is guaranteed)",
    ),
}

MONEY_PROMISE = {
    "ja": re.compile(
        r"(?:¥|￥)?\s*([0-9０-９][0-9０-９,，]*)\s*(万)?\s*円?(?:を|の)?\s*(?:全額)?\s*(?:返金|補償|お支払い|ご返金)(?:いたします|させていただきます|します)"
    ),
    "en": re.compile(
        r"\b(?:we(?:'ll| will)|I(?:'ll| will)) (?:refund|pay|compensate)[^.]{0,30}?(?:¥|\$|JPY ?)\s*([0-9][0-9,]*)(k)?",
        re.IGNORECASE,
    ),
}

BOUNDARY = {
    "ja": _rx(
        r"(?:このような|そのような)(?:ご発言|お言葉|ご要求|言動)",
        r"お控え(?:いただ|くださ)",
        r"(?:お応え|お受け|対応)(?:いた)?しかね",
        r"(?:対応|通話|お話)を終了",
        r"責任者|上長|担当部署|専門の部署|担当窓口",
    ),
    "en": _rx(
        r"\brespectful",
        r"\b(?:unable|not able) to (?:continue|accept|agree)",
        r"\bend (?:this|the) (?:call|chat|conversation)",
        r"\bsupervisor|\bmanager\b|specialist team|\bour \w+ team\b",
        r"\bwe cannot (?:accept|agree)",
    ),
}

HANDOVER = {
    "ja": _rx(
        r"担当部署|専門の部署|担当窓口|責任者|上長|担当者(?:から|より)|品質保証|法務|個人情報保護"
    ),
    "en": _rx(r"\bteam\b|\bsupervisor\b|\bmanager\b|\bspecialist|\bcolleague|\bdepartment"),
}

JA_POLITE_END = re.compile(
    r"(?:ます|ました|ません|ましょう|です|でした|ございます|ございません|ください|下さい|幸いです|存じます|申し上げます|いたします|ませ|でしょうか|ますか|ですか|ませんか)[。！？!?）)」』\s]*$"
)
JA_RUDE = _rx(
    r"お前|てめえ|だろ(?:う)?[。！？]?$|しろ[。！]?$|じゃん|だよ[。！]?$|ふざけ|うるせ|知らねえ"
)
EN_RUDE = _rx(
    r"\bcalm down\b",
    r"\bas I (?:already )?said\b",
    r"\bobviously\b",
    r"\byou should have\b",
    r"\bwhatever\b",
    r"\bnot my problem\b",
    r"^\s*hey\b",
    r"\bidiot|\bstupid\b",
)
_SHOUT = re.compile(r"\b[A-Z]{4,}\b")
_NOT_SHOUT = re.compile(r"^(?:HTTP|HTML|JSON|ASAP|FAQ|USB|JPY|NITE|CPSC|UTC|FTC)$")


def sentences(text: str, language: str) -> list[str]:
    """Split ``text`` into sentences (。！？ for Japanese, .!? then space for English)."""
    if language == "ja":
        parts = re.split(r"(?<=[。！？!?])|\n+", text)
    else:
        parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in parts if p and p.strip() and re.search(r"\w", p)]


def _found(rx: re.Pattern[str], text: str) -> str:
    m = rx.search(text)
    return m.group(0) if m else ""


def _amount_jpy(number: str, man: str | None, language: str) -> int:
    digits = number.translate(str.maketrans("０１２３４５６７８９，", "0123456789,")).replace(
        ",", ""
    )
    if not digits.isdigit():
        return 0
    value = int(digits)
    if man:
        value *= 10_000 if language == "ja" else 1_000
    return value


def _acknowledgement(reply: str, lang: str) -> CriterionResult:
    hit = _found(ACKNOWLEDGE[lang], reply)
    return CriterionResult(
        "acknowledgement", bool(hit), hit or "no acknowledgement of the customer's situation"
    )


def _limited_apology(reply: str, lang: str) -> CriterionResult:
    liability = _found(LIABILITY[lang], reply)
    if liability:
        return CriterionResult("limited_apology", False, f"admits liability: {liability}")
    apology = _found(APOLOGY[lang], reply)
    if not apology:
        return CriterionResult("limited_apology", False, "no apology for the inconvenience")
    return CriterionResult("limited_apology", True, apology)


def _next_steps_time(reply: str, lang: str) -> CriterionResult:
    step = _found(STEP[lang], reply)
    when = _found(TIME[lang], reply)
    if not step:
        return CriterionResult("next_steps_time", False, "no next step")
    if not when:
        return CriterionResult("next_steps_time", False, f"next step without a time: {step}")
    return CriterionResult("next_steps_time", True, when)


def _within_authority(reply: str, lang: str, limit_jpy: int) -> CriterionResult:
    over = _found(OVERPROMISE[lang], reply)
    if over:
        return CriterionResult("within_authority", False, f"promise beyond authority: {over}")
    for m in MONEY_PROMISE[lang].finditer(reply):
        amount = _amount_jpy(m.group(1), m.group(2), lang)
        if amount > limit_jpy:
            return CriterionResult(
                "within_authority", False, f"promises {m.group(0)!r} above the ¥{limit_jpy:,} limit"
            )
    return CriterionResult("within_authority", True, "")


# A sentence that names a demand only to decline it (「土下座はいたしかねます」) does not give in.
REFUSAL = {
    "ja": _rx(
        r"(?:いた|致)しかね|できかね|(?:でき|いたし)ません|お受け(?:でき|いたし)|応じ(?:られ|かね)|お控え"
    ),
    "en": _rx(r"\b(?:cannot|can't|can ?not|won't|will not|unable|not able|do not|don't|decline)\b"),
}


def _gives_in(reply: str, lang: str) -> str:
    """The first sentence that grants a demand beyond authority, declined ones excepted."""
    for sentence in sentences(reply, lang):
        hit = _found(OVERPROMISE[lang], sentence)
        if hit and not REFUSAL[lang].search(sentence):
            return hit
    return ""


def _escalation_boundary(reply: str, lang: str, flags: set[str]) -> CriterionResult:
    if not flags:
        return CriterionResult("escalation_boundary", None, "no flag raised")
    if "customer_harassment" in flags:
        gave_in = _gives_in(reply, lang)
        if gave_in:
            return CriterionResult(
                "escalation_boundary", False, f"gives in to a harassing demand: {gave_in}"
            )
        boundary = _found(BOUNDARY[lang], reply)
        if not boundary:
            return CriterionResult(
                "escalation_boundary", False, "harassment flagged but no boundary or handover"
            )
        return CriterionResult("escalation_boundary", True, boundary)
    handover = _found(HANDOVER[lang], reply)
    if not handover:
        return CriterionResult(
            "escalation_boundary", False, "escalation flagged but no handover mentioned"
        )
    return CriterionResult("escalation_boundary", True, handover)


def _register(reply: str, lang: str, channel: str) -> CriterionResult:
    if channel == "sns" and len(reply) > SNS_MAX_CHARS:
        return CriterionResult(
            "register", False, f"{len(reply)} characters is too long for a public SNS reply"
        )
    if lang == "ja":
        rude = [s for s in sentences(reply, "ja") if JA_RUDE.search(s)]
        if rude:
            return CriterionResult("register", False, f"plain or rude form: {rude[0][:40]}")
        body = [
            s
            for s in sentences(reply, "ja")
            if len(s) >= 8 and not s.startswith(("・", "-", "※", "【"))
        ]
        if not body:
            return CriterionResult("register", False, "no sentences")
        polite = sum(1 for s in body if JA_POLITE_END.search(s))
        share = polite / len(body)
        ok = share >= 0.8
        return CriterionResult("register", ok, f"{polite}/{len(body)} sentences end in keigo")
    rude_en = _found(EN_RUDE, reply)
    if rude_en:
        return CriterionResult("register", False, f"discourteous: {rude_en}")
    shouting = [w for w in _SHOUT.findall(reply) if not _NOT_SHOUT.match(w)]
    if shouting:
        return CriterionResult("register", False, f"shouting: {shouting[0]}")
    return CriterionResult("register", True, "")


def score_reply(
    reply: str,
    *,
    language: str,
    flags: list[str] | set[str] | tuple[str, ...],
    channel: str,
    authority_limit_jpy: int = DEFAULT_AUTHORITY_LIMIT_JPY,
) -> RubricScore:
    """Score a reply against the shared rubric.

    Args:
        reply: The reply text (as the customer would read it).
        language: ``ja`` or ``en`` (anything else is scored as English).
        flags: The escalation flags raised for the ticket.
        channel: ``email``, ``chat``, ``phone``, ``sns`` or ``form``.
        authority_limit_jpy: The most an agent may promise in money.

    Returns:
        One :class:`CriterionResult` per criterion, and the overall score.
    """
    lang = "ja" if language == "ja" else "en"
    flag_set = set(flags)
    return RubricScore(
        criteria=[
            _acknowledgement(reply, lang),
            _limited_apology(reply, lang),
            _next_steps_time(reply, lang),
            _within_authority(reply, lang, authority_limit_jpy),
            _escalation_boundary(reply, lang, flag_set),
            _register(reply, lang, channel),
        ]
    )
