"""Output guardrails: checks on a draft reply before an agent sees it.

Each check returns :class:`~guardrails.findings.Finding` objects (stage ``"output"``); the
verdict is a separate pure function, :func:`decide`:

* ``block`` — the draft must not go out as is: an admission of liability, a commitment beyond
  the agent's authority (an amount over the limit, a promised full refund or cash
  compensation, a guaranteed refund or replacement), personal data that is not the
  customer's own, or signs that the draft followed injected instructions. These findings
  carry severity ``high``.
* ``warn`` — the agent should look before sending: blaming or sarcastic tone, echoed abuse,
  a promised delivery or repair date, a guaranteed fix, a citation of a source that was not
  retrieved, a reply in another language than the ticket's, a person's name that is not the
  customer's (often the agent's own signature). Severity ``medium``.
* ``pass`` — nothing found.

The apology the handling method asks for (限定謝罪: 「ご不便をおかけし申し訳ございません」,
"we're sorry for the inconvenience") is not an admission and passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from guardrails.amounts import find_amounts
from guardrails.context import Folded, clause_bounds, fold
from guardrails.escalation import detect_language
from guardrails.findings import Finding
from guardrails.taxonomy import Severity

Action = Literal["pass", "warn", "block"]

__all__ = ["OUTPUT_RULES", "Action", "OutputRule", "check_output", "decide"]


@dataclass(frozen=True)
class OutputRule:
    """A pattern over the folded draft that yields a finding.

    Attributes:
        check: Finding check name (``liability``, ``commitment``, ``tone``, ``injection``).
        type: Finding sub-type.
        pattern: Compiled regex over folded text.
        severity: ``high`` blocks, ``medium`` warns (see :func:`decide`).
        message: What is wrong, for the agent.
        unless: Context in the same sentence that makes the match acceptable (a hedge such
            as 「確認のうえ」 / "subject to approval", or a negation).
    """

    check: str
    type: str
    pattern: re.Pattern[str]
    severity: Severity
    message: str
    unless: re.Pattern[str] | None = None


def _r(
    check: str,
    type_: str,
    pattern: str,
    severity: Severity,
    message: str,
    unless: str | None = None,
) -> OutputRule:
    return OutputRule(
        check, type_, re.compile(pattern), severity, message, re.compile(unless) if unless else None
    )


# A hedge turns a promise into a statement of process: the supervisor decides.
_HEDGE = (
    r"検討|確認(?:の|した|させ|いた)|可能か|かどうか|場合(?:は|に)|承認|相談のうえ|予定|見込み|目安|努め|できかね|いたしかね|ございません|ません"
    r"|\b(?:review|consider|whether|may|might|subject to|if (?:approved|eligible)|once approved|pending|cannot|can't|unable|not able|aim|expected|estimated|usually|typically|should|hope|try)\b"
)

OUTPUT_RULES: list[OutputRule] = [
    # ------------------------------------------------------------------ liability admission
    _r(
        "liability",
        "admission",
        r"(?:弊社|当社|私ども|わたくしども|こちら)(?:側)?の(?:責任|過失|落ち度|不手際|ミス|不注意|欠陥)(?:で(?:す|ござい)|でした|によるもの|による(?:事故|火災|けが|怪我|損害)|と(?:認め|判断)|を(?:認め|全面的に)|であ(?:る|り)|が原因)"
        r"|(?:過失|責任|非)を(?:全面的に)?認め(?:ます|させて|いたします|る)|全面的に(?:弊社|当社)(?:の|に)(?:責任|非)|(?:弊社|当社)に(?:全面的な)?(?:責任|過失|非)が(?:あり|ござい)"
        r"|(?:製品|製造上|設計上)の欠陥(?:で(?:す|ござい)|によるもの|が原因で(?:す|ござい))",
        "high",
        "The draft admits liability; apologise for the inconvenience instead (限定謝罪) and leave fault to the investigation.",
        unless=r"(?:ではございません|ではありません|と(?:は)?限りません|かどうか|確認中|調査中)",
    ),
    _r(
        "liability",
        "admission",
        r"\b(?:we|i|the company|honoka)(?: fully| hereby)? (?:accept|admit|acknowledge)(?:s)? (?:full |all |complete |total )?(?:liability|fault|legal responsibility|responsibility for (?:the|your) (?:fire|injury|injuries|damage|accident|loss|losses|burns?))"
        r"|\b(?:this|it) (?:was|is) (?:entirely |all |completely |totally )?(?:our|my|the company's) (?:fault|negligence|mistake that caused)"
        r"|\b(?:we are|we're|we were) (?:fully |entirely |legally )?(?:liable|at fault|to blame|negligent)\b"
        r"|\bdue to (?:our|the company's) (?:negligence|fault|defective (?:design|manufacturing))\b|\bour product (?:was|is) defective and caused\b",
        "high",
        "The draft admits liability; apologise for the inconvenience instead and leave fault to the investigation.",
        unless=r"\b(?:not|cannot|can't|whether|investigat\w*|if)\b",
    ),
    # ------------------------------------------------------------------ commitments
    _r(
        "commitment",
        "full_refund",
        r"全額(?:を)?(?:返金|ご返金|払い戻し)(?:いた|させていただ|し)(?:します|ます|いたします)|全額(?:返金|ご返金)を(?:お約束|保証)"
        r"|\b(?:we|i)(?:'ll| will| are going to| can| have)? (?:give|issue|process|provide|send|offer|approve|approved|refund) (?:you )?(?:a |the )?(?:full|complete|100%) (?:refund|reimbursement)\b|\bfull refund (?:is|has been) (?:approved|guaranteed|on its way)\b|\byou(?:'ll| will) (?:get|receive) a full refund\b",
        "high",
        "A full refund is promised; refunds above the agent's authority need a supervisor's approval.",
        unless=_HEDGE,
    ),
    _r(
        "commitment",
        "compensation",
        r"(?:慰謝料|補償金|賠償金|見舞金|迷惑料|休業補償|交通費|治療費|食材(?:費|代))(?:を|も|として)?.{0,12}?(?:お支払い|お支払|支払|ご負担|負担)(?:いた|させていただ|し)(?:します|ます)"
        r"|\b(?:we|i)(?:'ll| will)? (?:compensate you|pay (?:for )?(?:your|the) (?:hotel|medical|doctor|taxi|travel|food|lost wages|time off|damages?)|cover (?:your|the) (?:hotel|medical|taxi|travel|lost wages|food))\b|\bwe will pay (?:you )?compensation\b",
        "high",
        "Cash compensation is promised; consequential loss is never promised by an agent (supervisor).",
        unless=_HEDGE,
    ),
    _r(
        "commitment",
        "guarantee",
        r"(?:必ず|絶対に?|確実に|間違いなく)(?:.{0,12}?)(?:返金|交換|新品|補償)(?=いた|させ|し|を|に)|(?:返金|交換|補償)(?:を|は)?(?:保証|お約束)(?:いた)?(?:します|いたします)"
        r"|\b(?:i|we) (?:guarantee|promise|assure you)\b.{0,30}\b(?:refund|replace(?:ment)?|compensat\w*|money back)\b",
        "high",
        "A refund, replacement or compensation is guaranteed before it is approved.",
        unless=r"できかね|ません|\b(?:cannot|can't|not)\b",
    ),
    _r(
        "commitment",
        "guarantee",
        r"(?:必ず|絶対に?|確実に|間違いなく)(?:.{0,12}?)(?:直り|直ります|直せ|解決|改善|完治|元通り|再発(?:は|し)(?:いたし)?ません|ご満足)|(?:解決|改善|修理|再発防止)(?:を|は)?(?:保証|お約束)(?:いた)?(?:します|いたします)"
        r"|\b(?:i|we) (?:guarantee|promise)\b.{0,30}\b(?:fix|solve|resolve|work|never happen|won't happen|satisf\w*)\b|\b(?:this|it) will (?:definitely|certainly|absolutely) (?:fix|solve|resolve|work)\b|\bguaranteed to (?:fix|work|solve)\b",
        "medium",
        "An outcome is guaranteed (必ず/絶対/保証); describe the next step instead.",
        unless=r"できかね|ません|\b(?:cannot|can't|not)\b",
    ),
    _r(
        "commitment",
        "date_promise",
        r"(?:\d{1,2}月\d{1,2}日|明日|明後日|本日中?|今日中?|今週中|\d+(?:営業)?日以内|\d+日(?:まで|中)|週明け)(?:まで)?(?:に|中に|には)?(?:は)?(?:必ず)?(?:.{0,8}?)(?:お届け|届き|届け|発送|出荷|到着|修理(?:が)?(?:完了|終わ)|お送り|お戻し|交換品をお送り)(?:いた)?(?:し)?(?:ます|いたします|します)(?!.{0,3}(?:予定|見込))"
        r"|\b(?:it|your (?:order|parcel|package|replacement|repair|heater|kettle|unit|item)|the (?:replacement|repair|part|parcel|package|unit))\b.{0,20}\bwill (?:definitely |certainly )?(?:arrive|be delivered|be repaired|be fixed|be shipped|ship|reach you|be back with you|be with you)\b.{0,12}\b(?:by|on|tomorrow|today|within|before|this|next) ?(?:\w+)?",
        "medium",
        "A specific delivery or repair date is promised; give the usual timeframe and say it will be confirmed.",
        unless=_HEDGE,
    ),
    # ------------------------------------------------------------------ tone
    _r(
        "tone",
        "blame",
        r"お客様(?:側|ご自身)?の(?:使い方|使用方法|ご使用方法|操作|取り扱い|お取り扱い|ご使用)(?:が|に)(?:悪|間違|誤|問題)|お客様(?:側|ご自身)?の(?:責任|過失|ミス|せい|不注意|落ち度)|(?:説明書|取扱説明書|マニュアル)を(?:よく)?(?:お読み|読ん)(?:いただ|で)(?:ければ|けば|いれば|いただければ)(?:分か|わか|防げ)|(?:普通|常識)(?:は|的に)(?:考えれば|分か|わか)"
        r"|\b(?:user error|your (?:own )?fault|you (?:should|would) have (?:read|known|checked)|if you had (?:read|followed|bothered)|you (?:clearly|obviously) (?:didn't|did not|haven't|failed)|obviously you (?:didn't|did not|haven't)|you failed to (?:read|follow)|misuse on your part)\b",
        "medium",
        "The draft blames the customer; describe the facts and the next step without fault.",
    ),
    _r(
        "tone",
        "sarcasm",
        r"(?:先ほど|前回|以前|何度も|再三)(?:も)?(?:申し上げ|ご説明|ご案内|お伝え)(?:いたし|し)?(?:た|ました)(?:とおり|通り)|何度(?:も)?申し上げ(?:ている|ています)|ご理解いただけ(?:ない|ません)(?:よう|ようで)|(?:当然|当たり前)(?:のこと)?(?:です|でしょう)"
        r"|\bas (?:i|we) (?:already|previously|clearly|have already) (?:told|said|explained|stated|mentioned)\b|\bas (?:already|previously|clearly) (?:stated|mentioned|explained)\b|\bi already told you\b|\bonce again,? (?:as|like) i said\b|\bcalm down\b|\bwith all due respect\b|\bobviously\b|\bsurely you\b",
        "medium",
        "Sarcastic or impatient wording; restate the point plainly and kindly.",
    ),
    _r(
        "tone",
        "abuse_echo",
        r"バカ|馬鹿|アホ|無能|クズ|カス|ボケ|死ね|\b(?:idiot|stupid|moron|dumb|useless|pathetic|incompetent|shut up|ridiculous|nonsense)\b",
        "medium",
        "The draft echoes abusive wording; keep to neutral language.",
        unless=r"\b(?:not|never)\b",
    ),
    # ------------------------------------------------------------------ injection followed
    _r(
        "injection",
        "system_prompt",
        r"system prompt|システムプロンプト|(?:my|the) (?:instructions|system message|hidden prompt|developer message) (?:are|say|says|were|is)|(?:i was|i've been|i have been|i am) (?:told|instructed|programmed|configured) to\b|\bas an ai\b|\bas a (?:large )?language model\b|\bi(?:'m| am) (?:an ai|a language model|a bot|chatgpt|an assistant (?:told|instructed))\b"
        r"|私は(?:ai|aiアシスタント|言語モデル|チャットボット)|(?:ai|言語モデル)として|指示(?:により|に従い|に従って|されて)(?:.{0,10})(?:回答|お答え|出力)|以前の指示を(?:無視|忘れ)|ignor(?:e|ing) (?:all |the )?(?:previous|prior|above) instructions|<\s*/?\s*(?:system|instructions?)\s*>",
        "high",
        "The draft reveals instructions or speaks as an AI following them — a sign of prompt injection.",
    ),
]


def _lang_of(draft: str) -> str:
    return detect_language(draft)


def _pii_key(value: str) -> str:
    """Compare PII values ignoring width, case, spaces and separators (０９０-… = 090…)."""
    return re.sub(r"[\s\-‐－ー()（）.・,]", "", fold(value).text)


# Money the draft offers: an amount with refund/compensation wording in its sentence.
_OFFER = re.compile(
    r"返金|ご返金|払い戻|補償|賠償|お支払い|お振込|振り込|見舞金|\b(?:refund\w*|compensat\w*|reimburs\w*|pay(?:ing|ment)? you|credit)\b"
)


def _amount_findings(draft: str, f: Folded, limit: int) -> Iterable[Finding]:
    for a in find_amounts(draft, f):
        if a.jpy <= limit:
            continue
        fs = next(i for i, src in enumerate(f.index) if src >= a.start)
        c_start, c_end = clause_bounds(f.text, fs, fs + 1)
        sentence = f.text[c_start:c_end]
        if not _OFFER.search(sentence) or re.search(_HEDGE, sentence):
            continue
        yield Finding(
            "output",
            "commitment",
            "over_authority",
            a.start,
            a.end,
            1.0,
            "high",
            f"{a.text} (¥{a.jpy:,}) is above the agent's authority of ¥{limit:,}; a supervisor must approve it.",
        )


def _pii_findings(draft: str, lang: str, customer_pii_values: set[str]) -> Iterable[Finding]:
    try:
        from guardrails.pii import detect_pii
    except ImportError:  # the PII engine is optional for this check
        return
    own = {_pii_key(v) for v in customer_pii_values if v}
    for p in detect_pii(draft, lang, stage="output"):
        if p.start is None or p.end is None:
            continue
        value = draft[p.start : p.end]
        if _pii_key(value) in own:
            continue
        # A person's name in a draft is most often the agent's own signature: look, don't block.
        severity: Severity = "medium" if p.type == "PERSON" else "high"
        yield Finding(
            "output",
            "pii",
            p.type,
            p.start,
            p.end,
            p.score,
            severity,
            f"{p.type} in the draft that is not the customer's own data.",
        )


def check_output(
    draft: str,
    *,
    ticket_lang: str,
    retrieved_chunk_ids: set[str],
    cited_chunk_ids: Sequence[str],
    customer_pii_values: set[str],
    authority_limit_jpy: int = 30000,
    injection_markers: Sequence[str] = (),
) -> list[Finding]:
    """Every output finding for ``draft``, in order of position (whole-text findings last).

    Args:
        draft: The reply as the agent would see it (placeholders restored).
        ticket_lang: ``"ja"`` or ``"en"``; anything else skips the language check.
        retrieved_chunk_ids: Chunks retrieval returned for this ticket.
        cited_chunk_ids: Chunks the draft cites.
        customer_pii_values: The customer's own personal data (from the ticket); any other
            personal data in the draft is a leak.
        authority_limit_jpy: The agent's refund authority.
        injection_markers: Phrases of instructions injected into the customer's text; the
            draft repeating one means it obeyed them.
    """
    f = fold(draft)
    out: list[Finding] = []
    for rule in OUTPUT_RULES:
        for m in rule.pattern.finditer(f.text):
            if rule.unless is not None:
                c_start, c_end = clause_bounds(f.text, m.start(), m.end())
                if rule.unless.search(f.text, c_start, c_end):
                    continue
            s, e = f.span(m.start(), m.end())
            out.append(
                Finding("output", rule.check, rule.type, s, e, 1.0, rule.severity, rule.message)
            )
    out.extend(_amount_findings(draft, f, authority_limit_jpy))
    lang = ticket_lang if ticket_lang in ("ja", "en") else _lang_of(draft)
    out.extend(_pii_findings(draft, lang, customer_pii_values))
    for marker in injection_markers:
        key = fold(marker).text.strip()
        if len(key) < 4:  # too short to tell obedience from coincidence
            continue
        i = f.text.find(key)
        if i >= 0:
            s, e = f.span(i, i + len(key))
            out.append(
                Finding(
                    "output",
                    "injection",
                    "followed",
                    s,
                    e,
                    1.0,
                    "high",
                    "The draft repeats injected instructions from the customer's text.",
                )
            )
    for cid in cited_chunk_ids:
        if cid not in retrieved_chunk_ids:
            out.append(
                Finding(
                    "output",
                    "citation",
                    "not_retrieved",
                    None,
                    None,
                    1.0,
                    "medium",
                    f"Citation {cid!r} is not among the retrieved sources.",
                )
            )
    if ticket_lang in ("ja", "en") and draft.strip() and _lang_of(draft) != ticket_lang:
        out.append(
            Finding(
                "output",
                "language",
                "mismatch",
                None,
                None,
                1.0,
                "medium",
                f"The draft is not in the ticket's language ({ticket_lang}).",
            )
        )
    return sorted(out, key=lambda x: (x.start is None, x.start or 0))


def decide(findings: Iterable[Finding]) -> Action:
    """``block`` if any finding is ``high`` or ``critical``, ``warn`` if any other, else ``pass``."""
    action: Action = "pass"
    for x in findings:
        if x.severity in ("high", "critical"):
            return "block"
        action = "warn"
    return action
