"""The escalation engine: the taxonomy's flags, raised from a ticket with evidence and a route.

Flags found here are authoritative (DESIGN.md): the LLM may add flags, never drop these. So
the engine is built to be trusted on both sides of the line LABELING.md draws — the right
flag on the hard case, none on the innocent look-alike.

How a flag is decided, in order:

1. The customer's text is folded (NFKC, lower case) once; every signal of the lexicon
   (:mod:`guardrails.lexicon`) runs over it.
2. A signal match is dropped when an innocent-use suppressor sits near it in the same clause,
   when it is negated in its clause (「訴えるつもりはありません」, "I'm not going to sue"), or
   when it is reported speech (「…と言われた」, "a friend said I should sue").
3. The remaining weights add up per flag; a flag is raised at 1.0.
4. Ticket context adds what the words alone cannot: ``contact_count``, the amount demanded
   against the agent's authority, harassment by leverage (a threat used to press a coercive
   demand) and a customer tier that raises severity.
5. Corpus policy rules (:mod:`guardrails.policy`) fire through the same filter, and a rule
   that fires names itself (``policy_id``) and overrides severity, route and guidance.

Everything is pure: no I/O, patterns compiled at import or construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel, Field

from guardrails.amounts import Demand, demanded_amount, find_amounts, refund_request
from guardrails.context import Folded, clause_bounds, fold, negated
from guardrails.lexicon import THRESHOLD, Gate, Lexicon, Signal, Suppressor, build_lexicon
from guardrails.policy import CompiledRule, RuleContext, compile_rule, conditions_hold, find_keyword
from guardrails.taxonomy import BUILTIN_FLAGS, SEVERITIES, FlagSpec, Severity, severity_rank
from retrieval.corpus import PolicyRule

__all__ = [
    "DEFAULT_GUIDANCE",
    "EscalationEngine",
    "EscalationFlag",
    "EscalationResult",
    "detect_language",
]


class EscalationFlag(BaseModel):
    """One raised flag, in the suggestion's ``escalation.flags`` shape (DESIGN.md).

    Attributes:
        flag: Taxonomy name (``legal_threat``, ...).
        severity: ``low`` | ``medium`` | ``high`` | ``critical``.
        route: Team the case goes to (``legal``, ``supervisor``, ...).
        reason: Why it was raised, in words an agent reads at a glance.
        evidence: The quoted span of the customer's text (or the ticket field) it rests on.
        policy_id: The corpus policy rule that fired, if one did.
        guidance: What the agent should do now, in the ticket's language.
        start: Offset of ``evidence`` in the customer message, when it is a span.
        end: End offset (exclusive) of ``evidence``.
        message_index: Index in ``ticket.messages`` of the message holding the evidence.
    """

    flag: str
    severity: Severity
    route: str
    reason: str
    evidence: str
    policy_id: str | None = None
    guidance: str | None = None
    start: int | None = None
    end: int | None = None
    message_index: int | None = None


class EscalationResult(BaseModel):
    """The escalation block of a suggestion.

    Attributes:
        escalate: True exactly when at least one flag is raised.
        flags: One flag per name, most severe first.
    """

    escalate: bool
    flags: list[EscalationFlag] = Field(default_factory=list)

    @property
    def names(self) -> set[str]:
        """The raised flags' names."""
        return {f.flag for f in self.flags}


# What the agent should do, per flag. The harassment text follows the MHLW manual's
# in-the-moment steps: keep the valid part of the complaint, protect the employee.
DEFAULT_GUIDANCE: dict[str, dict[str, str]] = {
    "legal_threat": {
        "ja": "法的責任に触れる発言（過失の承認・補償の約束）は控え、事実確認のみ行い、法務へ引き継いでください。",
        "en": "Do not admit fault or promise compensation; confirm facts only and hand the case to Legal.",
    },
    "regulator": {
        "ja": "行政機関への相談・申告の内容を記録し、コンプライアンス担当へ速やかに共有してください。",
        "en": "Record what was reported to which authority and share it with Compliance promptly.",
    },
    "safety_incident": {
        "ja": "まずお客様の安全を確認し、使用中止をお願いしてください。製品は廃棄せず保管いただき、品質保証へ至急報告してください。",
        "en": "Check the customer is safe and ask them to stop using the product and keep it (do not discard); report to Quality Assurance at once.",
    },
    "media_threat": {
        "ja": "挑発に応じず、通常どおり誠実に対応してください。投稿の有無や内容を記録し、広報へ共有してください。",
        "en": "Do not react to the threat; handle the complaint on its merits, note what may be posted and inform PR.",
    },
    "customer_harassment": {
        "ja": "正当な要求部分は受け止めつつ、暴言・威圧・過剰な要求には応じないでください。①行為をやめるよう冷静に警告 ②日時と発言を記録 ③続く場合は対応を終了 ④上長へ引き継ぎ（一人で抱え込まない）。",
        "en": "Keep to the valid part of the complaint but do not yield to abuse, threats or excessive demands: (1) calmly ask them to stop, (2) record date, time and words, (3) end the contact if it continues, (4) hand over to a supervisor — do not handle it alone.",
    },
    "privacy_incident": {
        "ja": "流出・誤送付の範囲（誰の何の情報か）を確認し、お客様に情報の削除・返送をお願いのうえ、個人情報保護責任者へ直ちに報告してください。",
        "en": "Establish whose data went where, ask the customer not to use or share it, and report to the Privacy Officer immediately.",
    },
    "compensation_over_limit": {
        "ja": "担当者の権限（返金3万円まで、金銭補償は不可）を超えるため、金額や補償を約束せず、上長の承認を得てください。",
        "en": "Beyond agent authority (refunds up to ¥30,000, no cash for consequential loss): promise no amount; get a supervisor's approval.",
    },
    "repeat_contact": {
        "ja": "これまでの経緯を確認し、同じ説明の繰り返しを避け、上長と解決策を決めてからご連絡してください。",
        "en": "Read the history first, do not make them repeat themselves, and agree a resolution with a supervisor before replying.",
    },
    "vulnerable_customer": {
        "ja": "緊急性を最優先してください。命や健康の危険があれば救急（119）等の案内を行い、直ちに上長へ引き継いでください。",
        "en": "Treat as urgent: if life or health is at risk, point to emergency services (119 in Japan) and hand to a supervisor immediately.",
    },
}

# Why a flag was raised, per flag and signal kind, in the ticket's language: the agent reads
# it in the banner. ``""`` is the flag's fallback when a kind has no sentence of its own.
_REASON: dict[str, dict[str, dict[str, str]]] = {
    "legal_threat": {
        "lawsuit": {
            "en": "The customer threatens or takes legal action.",
            "ja": "お客様が訴訟・法的措置に言及しています。",
        },
        "formal notice": {
            "en": "The customer mentions a formal notice (内容証明).",
            "ja": "お客様が内容証明の送付に言及しています。",
        },
        "lawyer": {
            "en": "The customer involves a lawyer in this matter.",
            "ja": "お客様がこの件で弁護士・代理人に相談または依頼しています。",
        },
        "": {
            "en": "The customer threatens legal action.",
            "ja": "お客様が法的な対応に言及しています。",
        },
    },
    "regulator": {
        "authority": {
            "en": "The customer has reported or will report to an authority.",
            "ja": "お客様が行政機関・消費者センター等へ相談・申告済み、またはその予定です。",
        },
        "police": {
            "en": "The customer involves the police.",
            "ja": "お客様が警察への相談・届出に言及しています。",
        },
        "report": {
            "en": "The customer reports the company to an authority.",
            "ja": "お客様が当社を公的機関へ通報すると述べています。",
        },
        "": {
            "en": "The customer involves an authority.",
            "ja": "お客様が公的機関への相談に言及しています。",
        },
    },
    "safety_incident": {
        "fire": {"en": "Fire or sparks from a product.", "ja": "製品からの発火・火花の報告です。"},
        "hazard": {
            "en": "A physical hazard (smoke, smell, melting, overheating, scorch marks).",
            "ja": "発煙・異臭・溶け・過熱・焦げ跡など、製品の危険な状態の報告です。",
        },
        "injury": {
            "en": "Someone was hurt or fell ill.",
            "ja": "けが・やけど・感電・体調不良などの被害の報告です。",
        },
        "foreign object": {
            "en": "A foreign object in a product.",
            "ja": "製品への異物混入（破片・剥がれなど）の報告です。",
        },
        "": {"en": "A safety incident with a product.", "ja": "製品の安全に関わる事故の報告です。"},
    },
    "media_threat": {
        "social media": {
            "en": "The customer threatens to post on social media.",
            "ja": "お客様がSNS・動画サイト等への投稿をほのめかしています。",
        },
        "going public": {
            "en": "The customer threatens to go public.",
            "ja": "お客様が公表・拡散をほのめかしています。",
        },
        "review": {
            "en": "The customer threatens a public review.",
            "ja": "お客様が口コミ・レビューサイトへの投稿をほのめかしています。",
        },
        "press": {
            "en": "The customer threatens to involve the press.",
            "ja": "お客様が報道機関への連絡をほのめかしています。",
        },
        "": {
            "en": "The customer threatens to go public.",
            "ja": "お客様が公表をほのめかしています。",
        },
    },
    "customer_harassment": {
        "leverage": {
            "en": "A threat used as leverage for a coercive demand.",
            "ja": "威圧的な要求を通すために脅しが使われています。",
        },
        "excessive amount": {
            "en": "A demand far beyond the price paid.",
            "ja": "支払額を大きく超える過剰な金銭要求です。",
        },
        "insult": {
            "en": "Insults aimed at staff.",
            "ja": "従業員に向けた暴言・侮辱があります。",
        },
        "abusive language": {
            "en": "Abusive language towards staff.",
            "ja": "従業員に対する威圧的な言葉があります。",
        },
        "threat of harm": {
            "en": "A threat of harm to staff.",
            "ja": "従業員への危害をほのめかす脅しがあります。",
        },
        "binding / repeated calls": {
            "en": "Threatens to tie up staff or the line (hours of calls, calling every day).",
            "ja": "長時間の拘束や繰り返しの電話など、業務を妨げる言動があります。",
        },
        "threat to publish staff details": {
            "en": "Threatens to publish staff names or faces.",
            "ja": "従業員の氏名・顔などを晒すと脅しています。",
        },
        "": {
            "en": "Socially unacceptable means or manner towards staff (customer harassment).",
            "ja": "従業員に対する社会通念上不相当な言動（カスタマーハラスメント）があります。",
        },
    },
    "privacy_incident": {
        "someone else's data": {
            "en": "Personal data shown to or sent to the wrong person.",
            "ja": "他人の個人情報の誤表示・誤送付、または不正な利用が疑われます。",
        },
        "disclosed to others": {
            "en": "The customer's details were disclosed to others.",
            "ja": "お客様の情報が第三者に開示された可能性があります。",
        },
        "data leak": {
            "en": "A suspected data leak.",
            "ja": "個人情報の漏えいが疑われます。",
        },
        "account misuse": {
            "en": "The account was accessed or used by someone else.",
            "ja": "アカウントの不正利用・乗っ取りが疑われます。",
        },
        "": {
            "en": "Personal data exposed or misused.",
            "ja": "個人情報の漏えい・不正利用が疑われます。",
        },
    },
    "compensation_over_limit": {
        "amount": {
            "en": "The demand exceeds the agent's refund authority.",
            "ja": "要求額が担当者の返金権限を超えています。",
        },
        "consequential loss": {
            "en": "Cash for consequential loss is demanded.",
            "ja": "付随的な損害（修理費・治療費・営業損失など）の金銭補償が求められています。",
        },
        "compensation demand": {
            "en": "Compensation beyond a refund is demanded.",
            "ja": "返金を超える補償・賠償が求められています。",
        },
        "": {
            "en": "A demand beyond the agent's authority.",
            "ja": "担当者の権限を超える要求です。",
        },
    },
    "repeat_contact": {
        "contact count": {
            "en": "Third or later contact on this issue.",
            "ja": "同じ件での3回目以上のお問い合わせです。",
        },
        "repeat contact": {
            "en": "The customer says this is a repeated contact.",
            "ja": "お客様が繰り返しの問い合わせであると述べています。",
        },
        "": {"en": "A repeated contact.", "ja": "繰り返しのお問い合わせです。"},
    },
    "vulnerable_customer": {
        "self-harm": {
            "en": "Statements suggesting self-harm or suicidal thoughts.",
            "ja": "自傷・希死念慮をうかがわせる発言があります。",
        },
        "medical emergency": {
            "en": "A medical emergency may be happening now.",
            "ja": "現在、救急を要する状態の可能性があります。",
        },
        "person at risk": {
            "en": "A vulnerable person may be in danger (cold, illness, age).",
            "ja": "高齢・病気などの方が危険な状況（寒さ等）に置かれている可能性があります。",
        },
        "confusion": {
            "en": "Confusion that may suggest cognitive decline.",
            "ja": "認知機能の低下をうかがわせる混乱が見られます。",
        },
        "acute distress": {
            "en": "The customer is in acute distress.",
            "ja": "お客様が強い精神的苦痛を訴えています。",
        },
        "": {"en": "A vulnerable customer.", "ja": "配慮が必要なお客様です。"},
    },
}
_POLICY_REASON = {"en": "Policy rule {id} applies.", "ja": "ポリシールール {id} に該当します。"}


def reason_for(flag: str, kind: str, lang: str, description: str = "") -> str:
    """The reason shown to the agent for ``flag`` raised by a signal of ``kind``, in ``lang``."""
    lang = "ja" if lang == "ja" else "en"
    by_kind = _REASON.get(flag, {})
    entry = by_kind.get(kind) or by_kind.get("")
    if entry:
        return entry[lang]
    return f"{description} ({kind})".strip() if kind else description


_JA_CHARS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_LETTERS = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")


def detect_language(text: str) -> str:
    """``"ja"`` when the text has any kana or kanji worth counting, else ``"en"``."""
    ja = len(_JA_CHARS.findall(text))
    # A Japanese sentence with an English product name is still Japanese; an English one
    # quoting a single 様 is not.
    if ja >= 10 or ja < 2:
        return "ja" if ja >= 10 else "en"
    letters = len(_LETTERS.findall(text)) + ja
    return "ja" if ja >= 10 or (ja >= 2 and ja >= 0.2 * letters) else "en"


# Reported speech: the customer quotes someone else's words, not their own intent.
_REPORTED_AFTER = re.compile(
    r"^[」』\"']?.{0,8}?(?:と|って)(?:[^。!?]{0,12}?(?:言われ|いわれ)|(?:思って|考えて)(?:た|いた|ました)|言われ|いわれ|書いて(?:あ|い)|書かれ|聞い|きい|いう(?:口コミ|レビュー|記事|話|噂|うわさ|ニュース|投稿)|いった(?:口コミ|レビュー|記事|話|投稿)|アドバイス|勧め|すすめ)"
)
_REPORTED_BEFORE = re.compile(
    r"\b(?:friends?|someone|somebody|people|reviews?|reviewers?|articles?|news|neighbou?rs?|colleagues?|forums?|posts?|coworkers?|everyone)\b[^.!?]{0,24}\b(?:said|says|say|told me|wrote|suggested|recommended|advised|think|thinks)\b[^.!?]{0,40}$"
    # Read or heard about someone else's incident: "I read on a forum that someone's heater…".
    r"|\b(?:read|heard|saw|seen)\b[^.!?]{0,40}\b(?:someone|somebody|people|others|other (?:people|customers|users|buyers)|a (?:customer|user|friend|neighbou?r|guy|woman|man)|another (?:customer|user|person))(?:'s)?\b[^.!?]{0,40}$"
)

# Flags a later message can take back by negating them ("I won't sue after all"). An incident
# that happened (a fire, a leak of data) is not undone by "we haven't used it since".
_WITHDRAWABLE = frozenset({"legal_threat", "regulator", "media_threat", "compensation_over_limit"})
# A later message that takes back or explains away what came before: 「撤回します」, "never
# mind", "it was just static". Flags with no evidence in that message are then dropped, except
# the ones about the person (a vulnerable customer saying "never mind" is still at risk).
_RETRACTION = re.compile(
    r"撤回|取り消し?ます|言い過ぎ|やめ(?:とき|ておき)ます|(?:書き|行き|言い)ません|気のせい|勘違い|見間違い|"
    r"静電気(?:でした|だった)|問題(?:なさそう|ありませんでした|なかった)|大丈夫でした|(?:なんでも|何でも)(?:ない|なかった|ありません)|"
    r"何も起きて(?:い)?(?:ない|ません)|心配になっただけ|"
    r"\bnever ?mind\b|\bforget (?:the|my|what|that|about|it)\b|\bignore (?:that|my|what)\b|\bi was (?:just )?venting\b|"
    r"\b(?:didn't|did not) mean (?:it|that)\b|\bmy (?:bad|mistake)\b|\bfalse alarm\b|\boh wait\b|"
    r"\bi take (?:it|that) back\b|\bscratch that\b|\bnothing (?:actually )?happened\b(?! to)"
)
_NOT_RETRACTABLE = frozenset({"vulnerable_customer", "repeat_contact"})

# Evidence shorter than this is widened to its sentence (or clause) when that stays short:
# 「怪我」 alone tells the agent less than the sentence it sits in.
_SHORT_EVIDENCE = 2
_MAX_EVIDENCE = 80
_SENTENCE_END = re.compile(r"[。．！？!?\n]|\.(?=\s|$)")
_CLAUSE_MARK = re.compile(r"[。．！？!?\n、，,;；]|\.(?=\s|$)")


@dataclass(frozen=True)
class Hit:
    """A signal that survived the context filter, with where it is.

    Attributes:
        flag: The flag it supports.
        kind: The signal's short name.
        key: Identifies the signal, so that one signal counts once however often it matches.
        weight: The signal's weight.
        severity: A severity implied by the evidence, or ``None``.
        start: Offset in the original text.
        end: End offset (exclusive).
        evidence: The original text of the span.
        message_index: Index of the message in the ticket, or ``None`` for a bare text.
        policy_id: The policy rule that matched, for rule hits.
    """

    flag: str
    kind: str
    key: str
    weight: float
    severity: Severity | None
    start: int | None
    end: int | None
    evidence: str
    message_index: int | None = None
    policy_id: str | None = None


@dataclass
class TextScan:
    """What one text yielded: surviving hits, and flags it mentioned only to negate."""

    hits: list[Hit] = field(default_factory=list)
    negated_flags: set[str] = field(default_factory=set)
    message_index: int | None = None
    demand: Demand | None = None
    max_price_jpy: int | None = None
    refund: tuple[int, int, str] | None = None
    text: str = ""
    retracts: bool = False


def _bump(severity: Severity, steps: int = 1) -> Severity:
    return SEVERITIES[min(len(SEVERITIES) - 1, severity_rank(severity) + steps)]


def _get(obj: Any, key: str, default: Any = None) -> Any:
    """A field of a ticket given as a dict or as an object with attributes."""
    if obj is None:
        return default
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


class EscalationEngine:
    """Raises the taxonomy's escalation flags for a text or a ticket.

    Args:
        rules: The corpus's structured policy rules (``Corpus.rules``).
        flags: The taxonomy, built-in plus any flags the corpus declares.
        authority_limit_jpy: The agent's refund authority; a demand above it is
            ``compensation_over_limit``.
        lexicon: The built-in detectors; tests may pass a smaller one.

    Example:
        >>> engine = EscalationEngine()
        >>> [f.flag for f in engine.detect_text("弁護士に相談しています", "ja")]
        ['legal_threat']
    """

    def __init__(
        self,
        rules: Sequence[PolicyRule] = (),
        flags: Mapping[str, FlagSpec] = BUILTIN_FLAGS,
        authority_limit_jpy: int = 30000,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.flags = dict(flags)
        self.authority_limit_jpy = authority_limit_jpy
        self.lexicon = lexicon or _DEFAULT_LEXICON
        self.rules: list[CompiledRule] = [compile_rule(r) for r in rules]
        # One prefilter over every signal and every rule regex of this engine.
        self.gate = Gate(
            [s.pattern for ss in self.lexicon.signals.values() for s in ss]
            + [p for cr in self.rules for p in cr.patterns]
            + [x.pattern for xs in self.lexicon.suppressors.values() for x in xs]
        )

    # ------------------------------------------------------------------ public API

    def detect_text(self, text: str, lang: str = "auto") -> list[EscalationFlag]:
        """Flags detectable from a text alone (``teinei guard``): no tier, no contact count."""
        lang = detect_language(text) if lang not in ("ja", "en") else lang
        scan = self.scan(text)
        return self._decide([scan], lang, tier=None, contact_count=None)

    def assess(self, ticket: Any) -> EscalationResult:
        """Escalation for a whole ticket (a dict or model in the DESIGN ticket shape).

        Every customer message counts; the latest one weighs most in that a flag the
        customer explicitly withdraws there ("I won't be suing after all") is not raised
        from an earlier message.
        """
        messages = _get(ticket, "messages", []) or []
        customer = _get(ticket, "customer", None)
        tier = _get(customer, "tier", None)
        contact_count = _get(customer, "contact_count", None)
        texts = [
            (i, str(_get(m, "text", "") or ""))
            for i, m in enumerate(messages)
            if (_get(m, "role", "customer") or "customer") == "customer"
        ]
        lang = _get(ticket, "language", "auto") or "auto"
        if lang not in ("ja", "en"):
            lang = detect_language(" ".join(t for _, t in texts))
        scans = [self.scan(t, message_index=i) for i, t in texts]
        flags = self._decide(scans, lang, tier=tier, contact_count=contact_count)
        return EscalationResult(escalate=bool(flags), flags=flags)

    # ------------------------------------------------------------------ scanning

    def scan(self, text: str, message_index: int | None = None) -> TextScan:
        """Every signal and rule keyword in one text that survives the context filter."""
        f = fold(text)
        scan = TextScan(message_index=message_index, text=text)
        scan.retracts = bool(_RETRACTION.search(f.text))
        sup_cache: dict[str, list[tuple[int, int, str]]] = {}
        gate = self.gate
        present = gate.present(f.text)
        for flag, signals in self.lexicon.signals.items():
            for n, sig in enumerate(signals):
                if not gate.may_match(sig.pattern, present):
                    continue
                for m in sig.pattern.finditer(f.text):
                    verdict = self._filter(f, m.start(), m.end(), flag, sig, sup_cache, present)
                    if verdict == "negated":
                        scan.negated_flags.add(flag)
                    if verdict != "ok":
                        continue
                    s, e = f.span(m.start(), m.end())
                    scan.hits.append(
                        Hit(
                            flag,
                            sig.kind,
                            f"{flag}:{n}",
                            sig.weight,
                            sig.severity,
                            s,
                            e,
                            text[s:e],
                            message_index,
                        )
                    )
        for cr in self.rules:
            found = self._rule_match(cr, f, text, present, sup_cache)
            if found is not None:
                s, e = found
                rid = cr.rule.id
                scan.hits.append(
                    Hit(
                        cr.rule.flag,
                        "policy",
                        f"rule:{rid}",
                        THRESHOLD,
                        cr.rule.severity,
                        s,
                        e,
                        text[s:e],
                        message_index,
                        rid,
                    )
                )
        amounts = find_amounts(text, f)
        scan.demand = demanded_amount(text, f, amounts)
        prices = [a.jpy for a in amounts if a.role == "price"]
        scan.max_price_jpy = max(prices) if prices else None
        scan.refund = refund_request(text, f) if scan.demand is None else None
        return scan

    def _rule_match(
        self,
        cr: CompiledRule,
        f: Folded,
        text: str,
        present: set[str],
        sup_cache: dict[str, list[tuple[int, int, str]]],
    ) -> tuple[int, int] | None:
        """Where a rule's keyword or pattern first matches through the context filter."""
        flag = cr.rule.flag
        for word in cr.keywords:
            at = find_keyword(f.text, word)
            while at is not None:
                if self._filter(f, at[0], at[1], flag, None, sup_cache, present) == "ok":
                    return f.span(*at)
                at = find_keyword(f.text, word, at[0] + 1)
        for pat in cr.patterns:
            if not self.gate.may_match(pat, present):
                continue
            for m in pat.finditer(f.text):
                if self._filter(f, m.start(), m.end(), flag, None, sup_cache, present) == "ok":
                    return f.span(m.start(), m.end())
            # A pattern may be written against the raw text (upper case, full width).
            raw = pat.search(text)
            if (
                raw
                and self._filter(
                    f, *_to_folded(f, raw.start(), raw.end()), flag, None, sup_cache, present
                )
                == "ok"
            ):
                return raw.start(), raw.end()
        return None

    def _suppressor_spans(
        self,
        f: Folded,
        flag: str,
        sup_cache: dict[str, list[tuple[int, int, str]]],
        present: set[str],
    ) -> list[tuple[int, int, str]]:
        """Spans of ``flag``'s suppressors in the text, computed once per text and flag."""
        sups = sup_cache.get(flag)
        if sups is None:
            sups = [
                (m.start(), m.end(), x.scope)
                for x in self.lexicon.suppressors.get(flag, ())
                if self.gate.may_match(x.pattern, present)
                for m in x.pattern.finditer(f.text)
            ]
            sup_cache[flag] = sups
        return sups

    def _filter(
        self,
        f: Folded,
        start: int,
        end: int,
        flag: str,
        sig: Signal | None,
        sup_cache: dict[str, list[tuple[int, int, str]]],
        present: set[str],
    ) -> str:
        """``"ok"``, ``"suppressed"``, ``"negated"`` or ``"reported"`` for one match."""
        sups = self._suppressor_spans(f, flag, sup_cache, present)
        # Words taken back ("forget what I said about suing", 「撤回します」) withdraw the flag,
        # also across a clause break, when they are close by.
        for s, e, _ in self._suppressor_spans(f, "*", sup_cache, present):
            if s - end <= 40 and start - e <= 40:
                return "negated"
        if sups:
            c_start, c_end = clause_bounds(f.text, start, end)
            for s, e, scope in sups:
                if scope == "text":
                    return "suppressed"
                if scope == "overlap":
                    if s <= end and e >= start:
                        return "suppressed"
                # Same clause and close by: a friend who is a lawyer, reviews that were read.
                elif s < c_end and e > c_start and s - end <= 40 and start - e <= 40:
                    return "suppressed"
        if sig is None or sig.negatable:
            if negated(f.text, start, end, "any"):
                return "negated"
            c_start, c_end = clause_bounds(f.text, start, end)
            if _REPORTED_AFTER.match(f.text[end:c_end]) or _REPORTED_BEFORE.search(
                f.text[c_start:start]
            ):
                return "reported"
        return "ok"

    # ------------------------------------------------------------------ deciding

    def _decide(
        self, scans: list[TextScan], lang: str, tier: str | None, contact_count: Any
    ) -> list[EscalationFlag]:
        latest = scans[-1] if scans else TextScan()
        hits: list[Hit] = []
        for scan in scans:
            hits.extend(scan.hits)
        # A flag the customer withdraws in the latest message ("I won't sue after all") is
        # not raised from earlier ones; one still asserted there is.
        in_latest = {h.flag for h in latest.hits}
        withdrawn = (latest.negated_flags & _WITHDRAWABLE) - in_latest
        if len(scans) > 1 and latest.retracts:
            earlier = {h.flag for s in scans[:-1] for h in s.hits}
            withdrawn |= earlier - in_latest - _NOT_RETRACTABLE
        hits = [h for h in hits if h.flag not in withdrawn]

        try:
            count = int(contact_count) if contact_count is not None else None
        except (TypeError, ValueError):
            count = None
        demands = [s.demand for s in scans if s.demand is not None]
        prices = [s.max_price_jpy for s in scans if s.max_price_jpy]
        max_price = max(prices) if prices else None
        if not demands and max_price:
            # The price in one message, "refund me" in another: a demand for that price.
            for s in reversed(scans):
                if s.refund is not None:
                    demands.append(
                        Demand(max_price, s.refund[2], s.refund[0], s.refund[1], implied=True)
                    )
                    s.demand = demands[-1]
                    break
        demand = max(demands, key=lambda d: d.jpy) if demands else None
        ctx = RuleContext(
            customer_tier=tier, contact_count=count, demanded_jpy=demand.jpy if demand else None
        )
        # A rule's keyword counts only where its ``when:`` holds ("full refund" is evidence of
        # an over-limit demand only when the amount is over the limit).
        rule_ok = {cr.rule.id for cr in self.rules if conditions_hold(cr.rule, ctx)}
        hits = [h for h in hits if h.policy_id is None or h.policy_id in rule_ok]

        by_flag: dict[str, list[Hit]] = {}
        for h in hits:
            by_flag.setdefault(h.flag, []).append(h)

        demand_scan = next((s for s in scans if s.demand is demand), None)

        extra: list[Hit] = []
        if count is not None and count >= 3:
            extra.append(
                Hit(
                    "repeat_contact",
                    "contact count",
                    "ctx:contact_count",
                    THRESHOLD,
                    "high" if count >= 5 else None,
                    None,
                    None,
                    f"contact_count: {count}",
                )
            )
        if demand is not None and demand.jpy > self.authority_limit_jpy:
            mi = demand_scan.message_index if demand_scan else None
            extra.append(
                Hit(
                    "compensation_over_limit",
                    "amount",
                    "ctx:amount",
                    THRESHOLD,
                    None,
                    demand.start,
                    demand.end,
                    demand.evidence,
                    mi,
                )
            )
            # MHLW: a demand plainly beyond any valid claim (several times the price).
            if max_price and not demand.implied and demand.jpy >= 5 * max_price:
                extra.append(
                    Hit(
                        "customer_harassment",
                        "excessive amount",
                        "ctx:excessive",
                        THRESHOLD,
                        None,
                        demand.start,
                        demand.end,
                        demand.evidence,
                        mi,
                    )
                )
        for h in extra:
            by_flag.setdefault(h.flag, []).append(h)

        scores = {flag: _score(hs) for flag, hs in by_flag.items()}
        # Threat as leverage (MHLW 威嚇・脅迫): a lawsuit or exposure threat pressing a coercive
        # demand is harassment even when neither half is on its own.
        harass = scores.get("customer_harassment", 0.0)
        if 0 < harass < THRESHOLD and any(
            scores.get(f, 0.0) >= THRESHOLD for f in ("legal_threat", "media_threat")
        ):
            lever = max(
                (h for f in ("legal_threat", "media_threat") for h in by_flag.get(f, [])),
                key=lambda h: h.weight,
            )
            by_flag["customer_harassment"].append(
                Hit(
                    "customer_harassment",
                    "leverage",
                    "ctx:leverage",
                    0.5,
                    None,
                    lever.start,
                    lever.end,
                    lever.evidence,
                    lever.message_index,
                )
            )
            scores["customer_harassment"] = _score(by_flag["customer_harassment"])

        raised: dict[str, EscalationFlag] = {}
        for flag, hs in by_flag.items():
            if scores[flag] < THRESHOLD or flag not in self.flags:
                continue
            best = _widened(_strongest(hs), scans)
            raised[flag] = self._flag(flag, best, hs, lang)

        self._apply_rules(raised, by_flag, ctx, lang, demand, count)

        if tier == "vip":  # a VIP's case is visible to the business; one step more urgent
            tiered = {cr.rule.id for cr in self.rules if cr.rule.when.customer_tier}
            for fl in raised.values():
                # A policy rule written for this tier already set the severity it wants.
                if fl.policy_id not in tiered:
                    fl.severity = _bump(fl.severity)
        return sorted(raised.values(), key=lambda fl: (-severity_rank(fl.severity), fl.flag))

    def _flag(self, flag: str, best: Hit, hits: list[Hit], lang: str) -> EscalationFlag:
        spec = self.flags[flag]
        implied = [h.severity for h in hits if h.severity]
        severity: Severity = max(implied, key=severity_rank) if implied else spec.severity
        reason = reason_for(flag, best.kind, lang, spec.description)
        return EscalationFlag(
            flag=flag,
            severity=severity,
            route=spec.route,
            reason=reason,
            evidence=best.evidence,
            policy_id=best.policy_id,
            guidance=DEFAULT_GUIDANCE.get(flag, {}).get(lang),
            start=best.start,
            end=best.end,
            message_index=best.message_index,
        )

    def _apply_rules(
        self,
        raised: dict[str, EscalationFlag],
        by_flag: dict[str, list[Hit]],
        ctx: RuleContext,
        lang: str,
        demand: Demand | None,
        count: int | None,
    ) -> None:
        """Fire the corpus rules whose match and conditions hold; the most severe per flag wins."""
        fired: dict[str, tuple[CompiledRule, Hit | None]] = {}
        for cr in self.rules:
            rule = cr.rule
            if rule.flag not in self.flags or not conditions_hold(rule, ctx):
                continue
            hit: Hit | None = None
            if cr.matches_text:
                hit = next((h for h in by_flag.get(rule.flag, []) if h.policy_id == rule.id), None)
                if hit is None:
                    continue
            elif cr.qualifier_only and rule.flag not in raised:
                continue
            prev = fired.get(rule.flag)
            if prev is None or _rule_rank(cr, self.flags) > _rule_rank(prev[0], self.flags):
                fired[rule.flag] = (cr, hit)
        for flag, (cr, hit) in fired.items():
            rule = cr.rule
            spec = self.flags[flag]
            fl = raised.get(flag)
            if fl is None:
                if hit is not None:
                    best = hit
                elif rule.when.min_amount is not None and demand is not None:
                    best = Hit(
                        flag, "policy", "", 1.0, None, demand.start, demand.end, demand.evidence
                    )
                else:
                    best = Hit(
                        flag,
                        "policy",
                        "",
                        1.0,
                        None,
                        None,
                        None,
                        f"contact_count: {count}" if count is not None else rule.id,
                    )
                fl = self._flag(flag, best, [best], lang)
                fl.reason = _POLICY_REASON["ja" if lang == "ja" else "en"].format(id=rule.id)
                raised[flag] = fl
            fl.policy_id = rule.id
            if rule.severity:
                fl.severity = rule.severity
            fl.route = rule.route or fl.route or spec.route
            if rule.guidance:
                fl.guidance = rule.guidance.get(lang) or next(iter(rule.guidance.values()))  # type: ignore[call-overload]


def _rule_rank(cr: CompiledRule, flags: Mapping[str, FlagSpec]) -> tuple[int, int]:
    sev = cr.rule.severity or flags[cr.rule.flag].severity
    # Prefer the more severe rule, then a rule that matched words over a qualifier.
    return severity_rank(sev), 0 if cr.qualifier_only else 1


def _score(hits: Iterable[Hit]) -> float:
    """Sum of the best weight of each distinct signal: repeating a word is not more evidence."""
    best: dict[str, float] = {}
    for h in hits:
        best[h.key] = max(best.get(h.key, 0.0), h.weight)
    return sum(best.values())


def _strongest(hits: list[Hit]) -> Hit:
    """The evidence to show: heaviest, then most severe, then from the latest message."""
    return max(
        hits,
        key=lambda h: (
            h.weight,
            severity_rank(h.severity) if h.severity else -1,
            h.start is not None,
            h.message_index if h.message_index is not None else -1,
            -(h.start or 0),
        ),
    )


def _widened(hit: Hit, scans: list[TextScan]) -> Hit:
    """``hit`` with a very short evidence span widened to its sentence, or clause, if short."""
    if hit.start is None or hit.end is None or hit.end - hit.start > _SHORT_EVIDENCE:
        return hit
    text = next((s.text for s in scans if s.message_index == hit.message_index), "")
    if not text or text[hit.start : hit.end] != hit.evidence:
        return hit
    for marks in (_SENTENCE_END, _CLAUSE_MARK):
        start = max((m.end() for m in marks.finditer(text, 0, hit.start)), default=0)
        m = marks.search(text, hit.end)
        end = m.end() if m else len(text)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start <= _MAX_EVIDENCE:
            return replace(hit, start=start, end=end, evidence=text[start:end])
    return hit


def _to_folded(f: Folded, start: int, end: int) -> tuple[int, int]:
    fs = next((i for i, src in enumerate(f.index) if src >= start), len(f.text))
    fe = next((i for i in range(fs, len(f.index)) if f.index[i] >= end), len(f.text))
    return fs, fe


_DEFAULT_LEXICON = build_lexicon()

_ = Suppressor  # re-exported type for callers building their own lexicon
