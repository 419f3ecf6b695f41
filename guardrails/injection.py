"""Prompt-injection detection for customer messages and retrieved documents (ja + en).

Customer text and documents are data for the drafting model, never instructions. This
check looks for text that tries to be instructions anyway: overriding earlier rules, fake
role or chat-template tags, mode switches, asking for the system prompt or other customers'
data, dictating refunds or admissions of liability for the reply, and words addressed to
an AI. Each kind is a ``Signal`` (data: patterns and a weight); the score is the noisy-OR of
the signals that fired, and ``detected`` is ``score >= threshold``.

Matching runs on a normalised copy (NFKC, invisible and bidi characters removed, Cyrillic
and Greek look-alikes folded, lower-cased). Japanese patterns also run on a copy with all
white space removed, which defeats 「以　前　の　指　示」 and "i g n o r e"; base64 blobs are
decoded and scanned once. Findings carry spans into the original text.

Alongside the rules, a learned multilingual classifier (:mod:`guardrails.injection_model`)
reads the text's addressing and imperative segments for meaning, so an attack worded
without the rules' cue phrases is still caught: ``detected`` is the rules' decision OR the
classifier's probability reaching its cross-validated threshold. It is opt-in
(``use_model=True``): it costs about 1 ms of CPU per embedded segment, some 10 ms on a
2,000-character message against a 5 ms bar for all input checks. It runs only when its
weights and encoder are installed and the rules have not already decided.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import numpy as np

from guardrails.findings import Finding
from guardrails.injection_model import shipped_injection_classifier
from guardrails.normalize import MATCHING, NormalizedText, normalize

Where = Literal["message", "document"]

DEFAULT_THRESHOLD = 0.5
"""Decision threshold on the combined score, chosen on the dev set (see evals/guard_eval.py)."""

# A negation shortly before a match ("must not promise refunds", "never reveals") turns an
# instruction into a rule about instructions: policy text, not an attack.
_NEGATION = re.compile(
    r"(?:\b(?:not|never|don't|do not|doesn't|must not|mustn't|cannot|can't|won't|no)\b"
    r"(?:\s+\w+){0,3}\s*$)"
)
_JA_NEGATED_AFTER = re.compile(
    r"^[^。\n]{0,12}?(?:言わない|書かない|ない(?:こと|で|ように)|てはいけない|禁止|"
    r"とは(?:言い|申し|お願いし|書き)ません|とは言ってない|つもりはない|つもりはありません)"
)
# Reported speech: the customer quoting what they wrote before (「…無視してと書きましたが」).
_JA_REPORTED_AFTER = re.compile(r"^[^。\n]{0,8}?と(?:書き|書い|言い|言っ|申し|お伝え|伝え)")


@dataclass(frozen=True)
class Signal:
    """One kind of injection evidence, as data.

    Attributes:
        name: The signal name, reported as the finding's ``type``.
        weight: Its contribution to the score in a customer message (0..1).
        patterns: Regexes matched on the normalised, lower-cased text.
        squashed: Regexes matched on the normalised text with white space removed
            (Japanese phrases, letter-spaced English).
        document_weight: Its weight inside a retrieved document, if different.
        negatable: Skip a match preceded by a negation ("must not promise refunds").
        message: The explanation in the finding.
        anchors: Literals (lower-case, no white space) of which one must occur in the
            squashed text for any pattern to match; a speed-up that keeps most signals off
            most texts. Empty: always run.
        leet: Also match the squashed patterns on a copy with digits read as letters
            ("1gn0re" -> "ignore").
        squashed_not_after: A regex; a squashed match whose preceding few characters it
            matches is skipped.
    """

    name: str
    weight: float
    patterns: tuple[str, ...] = ()
    squashed: tuple[str, ...] = ()
    document_weight: float | None = None
    negatable: bool = False
    message: str = ""
    anchors: tuple[str, ...] = ()
    leet: bool = False
    squashed_not_after: str = ""
    compiled: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    compiled_squashed: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # A leading \b costs the engine its fast scan for the first character (five to
        # twenty times slower on a long message); it is dropped here and checked on each
        # match instead (see _starts_word).
        def compile_all(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
            if not patterns:
                return ()
            bodies = (p[2:] if p.startswith("\\b") else p for p in patterns)
            return tuple(re.compile(p, re.M) for p in bodies)

        object.__setattr__(self, "compiled", compile_all(self.patterns))
        object.__setattr__(self, "compiled_squashed", compile_all(self.squashed))

    def weight_for(self, where: Where) -> float:
        """The weight of this signal in a message or a document."""
        if where == "document" and self.document_weight is not None:
            return self.document_weight
        return self.weight


# English nouns for "the rules the model was given".
_RULES_EN = (
    r"(?:instructions?|rules|guidelines|guidance|directives?|prompts?|polic(?:y|ies)|guardrails|context|"
    r"conversation|system (?:message|prompt)|configuration|training|checks|filters|safeguards|"
    r"policy limits|refund limits?|compensation limits?|company rules|"
    r"restrictions|constraints|programming|escalation|safety (?:rules|escalation|filters?))"
)
_OVERRIDE_VERB_EN = (
    r"(?:ignore|disregard|forget|override|bypass|discard|drop|skip|set aside|put aside|"
    r"abandon|suspend|neglect|circumvent|turn off|switch off|disable)"
)
_AI_EN = (
    r"(?:ai|a\.i\.|assistants?|ai assistants?|language models?|llms?|chat ?gpt|gpt|chatbots?|"
    r"bots?|models?|automated (?:system|assistant)s?|(?:drafting|reply|writing|response|support) "
    r"(?:system|model|assistant|bot|ai|engine)s?|copilot|claude|gemini)"
)
_AI_JA = (
    r"(?:ai|エーアイ|アシスタント|自動応答システム|自動応答|言語モデル|チャットボット|ボット|bot|llm|"
    r"モデル|生成ai|回答生成システム|下書き(?:作成)?(?:システム|ai))"
)
_RULES_JA = (
    r"(?:指示(?!書)|命令|指令|ルール|設定|プロンプト|制約|制限|注意(?!書)|規則|ポリシー|方針)"
)
_QUALIFIER_JA = (
    r"(?:以前|これまで|今まで|いままで|上記|上|先ほど|先程|既存|元|最初|すべて|全て|全部|システム)"
)
_REPLY_JA = r"(?:返信|回答|返答|文面|返信文|回答文|応答|出力|メール)"
_LIABILITY_JA = (
    r"(?:弊社の(?:責任|過失|落ち度)|弊社過失|当社の責任|責任を認め|過失を認め|非を認め|全額返金|全額補償|"
    r"補償いたします|お支払いします|お支払いいたします|返金いたします|慰謝料)"
)

SIGNALS: tuple[Signal, ...] = (
    Signal(
        "instruction_override",
        0.85,
        patterns=(
            rf"\b{_OVERRIDE_VERB_EN}\s+(?:(?:all|any|every|of|the|your|these|those|previous|prior|whatever|"
            rf"above|earlier|preceding|initial|original|system|current|existing|old|other|safety|"
            rf"escalation|hidden)\s+){{0,4}}{_RULES_EN}\b",
            rf"\b{_OVERRIDE_VERB_EN}\s+(?:all\s+|everything\s+|the\s+)?(?:above|previous|prior|preceding)"
            r"(?=\s*(?:[,.;:!]|and\b|$))",
            rf"\b{_OVERRIDE_VERB_EN}\s+(?:everything|all|anything)\s+(?:(?:that\s+)?you(?:'ve|\s+have|"
            r"\s+were|\s+had)?\s+(?:been\s+)?)?(?:told|taught|instructed|given|said|learned)",
            r"\bnew (?:rules?|instructions?|directives?)\s*[:：-]\s*(?:you|the (?:assistant|model|ai))\b",
            r"\b(?:new|updated?|revised)\s+(?:priority\s+)?(?:instructions?|directives?|rules)\s*"
            r"(?:from|to|:|for)",
            r"\bupdate to your (?:instructions|rules|prompt)",
            r"\bsystem override\b",
            r"\b(?:follow|obey|execute)\s+(?:any instructions?|the following|these instructions)\b",
            r"\b(?:rules|instructions|guidelines|policies|guidance|restrictions|limits)\s+(?:are|is)\s+"
            r"(?:now\s+)?(?:deprecated|void|cancel+ed|suspended|lifted|revoked|no longer (?:valid|apply|"
            r"in effect|active))",
            r"\buser(?:'s)? message is the only one that (?:counts|matters)\b",
            r"\bonly (?:my|the user(?:'s)?) (?:messages?|instructions?) (?:count|matter)s?\b",
            # the same request in the languages customers mix in
            r"\b(?:ignore[zs]?|oublie[zs]?|ne tenez pas compte de)\s+(?:toutes\s+)?(?:les|vos|tes)\s+"
            r"(?:\w+\s+)?(?:instructions|consignes|règles|directives)",
            r"\b(?:ignora|olvida|ignore|olvide|ignoren|olviden)\s+(?:todas\s+)?(?:las|tus|sus)\s+"
            r"(?:\w+\s+)?(?:instrucciones|reglas|indicaciones|directrices)",
            r"\b(?:ignoriere|vergiss|ignorieren sie|vergessen sie)\s+(?:alle\s+)?(?:\w+\s+)?"
            r"(?:anweisungen|regeln|vorgaben)",
            r"\b(?:ignore|esqueça|esqueca|ignora|dimentica)\s+(?:todas\s+|tutte\s+)?(?:as|le|suas|tue)\s+"
            r"(?:\w+\s+)?(?:instruções|instrucoes|regras|istruzioni|regole)",
        ),
        squashed=(
            rf"{_QUALIFIER_JA}の?(?:すべての|全ての|全部の)?{_RULES_JA}(?:は|を|も)?(?:すべて|全て|全部)?"
            r"(?:無視|忘れ|破棄|リセット|上書き|解除)",
            r"(?:システムプロンプト|プロンプト)(?:は|を)?(?:無視|忘れ)",
            r"(?:ignore|disregard|forget)(?:all|aii|the|your|any)?(?:previous|prior|above|earlier)"
            r"(?:instructions?|rules|prompts?|guidelines)",
            r"(?:ignore|disregard|forget)(?:all|aii|your|any)(?:instructions?|rules|prompts?|guidelines|"
            r"guidance|training|programming)",
            # bare: 「ルールを全部忘れて」「受け取った設定はいったん脇に置いて」 (not 設定 alone:
            # 「前の設定を全て無視して初期化」 is about the appliance)
            r"(?:ルール|規則|指示(?!書|通り|どおり)|命令|制約|ポリシー|プロンプト|受け取った設定|与えられた設定|"
            r"受けた設定|ガイドライン)(?:は|を|も)?(?:全部|すべて|全て|ぜんぶ|いったん|一旦)?"
            r"(?:無視|忘れ|脇に置い|わきにおい|捨て|破棄)",
            r"(?:いぜん|まえ|これまで|いままで|さっき)の(?:しじ|めいれい|るーる|ルール|せってい)を?"
            r"(?:すべて|ぜんぶ|全部)?(?:むし|わすれ)",
            r"以降の指示を(?:最)?優先|この指示を(?:最)?優先",
            r"(?:忽略|无视|無視|忘记|忘掉|不要理会)[^。\n]{0,10}(?:指示|指令|规则|提示|说明)",
            r"(?:무시|잊어)[^.\n]{0,12}(?:지시|명령|규칙|지침)",
            r"(?:지시|명령|규칙|지침)[^.\n]{0,12}(?:무시|잊어)",
        ),
        negatable=True,
        # 「説明書の指示を無視して使ったら」: rules that belong to someone other than the model
        squashed_not_after=(
            r"(?<!あなた)(?<!ai)(?<!会社)(?<!御社)(?<!弊社)(?<!側)(?<!これら)(?<!これまで)(?<!以前)"
            r"(?<!今まで)(?<!前回)(?<!最初)(?<!上記)(?<!既存)(?<!元)の$"
        ),
        anchors=(
            "ignor",
            "disregard",
            "forget",
            "overrid",
            "bypass",
            "discard",
            "drop",
            "skip",
            "new",
            "update",
            "revise",
            "follow",
            "obey",
            "execute",
            "無視",
            "忘れ",
            "破棄",
            "リセット",
            "上書き",
            "解除",
            "set aside",
            "setaside",
            "putaside",
            "abandon",
            "suspend",
            "circumvent",
            "turnoff",
            "switchoff",
            "disable",
            "deprecated",
            "void",
            "cancel",
            "lifted",
            "revoked",
            "nolonger",
            "onlyone",
            "count",
            "matter",
            "oubli",
            "olvid",
            "vergiss",
            "esque",
            "dimentic",
            "忽略",
            "无视",
            "忘记",
            "忘掉",
            "不要理会",
            "무시",
            "잊어",
            "脇に置",
            "わきにおい",
            "捨て",
            "むし",
            "わすれ",
            "優先",
        ),
        leet=True,
        message="tries to override earlier instructions",
    ),
    Signal(
        "ambiguous_override",
        0.4,
        squashed=(rf"(?:前回|前|先日)の{_RULES_JA}(?:は|を)?(?:すべて|全て|全部)?(?:無視|忘れ)",),
        anchors=("無視", "忘れ"),
        message="asks to ignore earlier instructions (could be the customer's own)",
    ),
    Signal(
        "role_tag",
        0.8,
        patterns=(
            r"<\|(?:im_start|im_end|system|user|assistant|endoftext)\|>",
            r"\[/?(?:inst|system|sys|admin|administrator|developer|dev|root|sudo|operator)\]",
            r"(?:^|[\n.!?:])\s*(?:system|admin|developer)\s*[—–]",
            r"<</?sys>>",
            r"</?(?:system|assistant|user|customer_message|instructions?|developer)>",
            r"(?:^|[\n。.!?！？>」\]])[ \t>*#-]*(?:system|assistant|developer)\s*(?:(?:note|message|prompt|notice|update|override|"
            r"instructions?)[^:\n]{0,20})?[:：]",
            r"(?:^|\n)\s*[=\-#*]{3,}\s*end of (?:the )?(?:customer |user )?(?:message|input|text|document)",
            r"(?:^|\n)[ \t>]*#{2,}\s*(?:instruction|system|response|assistant|指示|命令|システム)",
        ),
        anchors=("<|", "[", "<<", "</", "<", "system", "assistant", "developer", "##", "endof"),
        message="contains fake role or chat-template markup",
    ),
    Signal(
        "fake_authority",
        0.45,
        squashed=(
            r"【[^】]{0,12}(?:システム|管理者|運営|開発者|上書き|重要指示)[^】]{0,12}】",
            r"システム(?:への|に対する)(?:命令|指示)",
            r"(?:^|[\n。：:])#?(?:指示|命令)[:：]",
            r"(?:開発者|管理者)の[^。、]{1,8}です。?(?:デバッグ|テスト)",
            r"システム(?:設定|メッセージ|通知|命令)(?:です|:|：)",
            r"(?:以上|この|上記|これら)の(?:指示|命令)は(?:システム)?(?:管理者|開発者|運営|本社|システム部)",
            r"(?:ai|システム)設定(?:の)?変更のお知らせ",
            r"(?:システム管理者|管理者|開発者|運営|本社|システム部|開発チーム)(?:より|から)[:：]",
        ),
        patterns=(
            r"display\s*:\s*none",
            r"<!--",
            r"\b(?:authori[sz]ation|override|admin|access|bypass) code\b",
            r"\bi am (?:the )?(?:ceo|cto|admin|administrator|developer|owner|president) of\b",
            r"\btreat (?:this|it|the following|everything (?:after|below) (?:this|the) line|this note|this line)"
            r" as (?:an? )?(?:instruction|system|coming from|from (?:your|the) (?:developers?|system|admin))",
            r"\bplease treat (?:this )?as (?:an? )?instruction",
            r"\bstanding (?:instruction|order|directive)s?\b",
            r"\b(?:coming|comes) from your (?:developers?|creators?|operators?|admins?)\b",
            r"\bas your (?:developer|creator|admin|administrator|operator|owner|programmer|supervisor)\b",
        ),
        anchors=(
            "【",
            "システム",
            "#指示",
            "#命令",
            "指示:",
            "指示：",
            "命令:",
            "命令：",
            "開発者",
            "管理者",
            "display",
            "<!--",
            "code",
            "iam",
            "treat",
            "comingfrom",
            "asyour",
            "standing",
            "より:",
            "より：",
            "から:",
            "から：",
            "comesfrom",
            "お知らせ",
            "の指示は",
            "の命令は",
        ),
        message="claims to come from the system or hides text",
    ),
    Signal(
        "mode_switch",
        0.8,
        patterns=(
            r"\b(?:enable|activate|enter|switch (?:in)?to|turn on|respond as|act as|you are (?:now )?in|"
            r"you're (?:now )?in|now in)\W+(?:the\s+)?developer mode",
            r"\bdo anything now\b",
            r"\bjailbr(?:ea|o)k",
            r"\byou are (?:now )?dan\b",
            r"\b(?:unrestricted|unfiltered|uncensored) (?:mode|ai|assistant|agent)\b",
            rf"\b{_AI_EN} (?:with|without) (?:no|any) (?:restrictions|rules|limits|filters)",
            r"\bfrom now on,? you (?:are|will|must|shall)\b",
            r"\byou are no longer (?:an?|the|my)\b",
            r"\bpretend (?:that )?you(?:'re| are)\b",
            r"\b(?:act|behave|respond) as (?:an?|my|the) (?!customer)\w+(?: \w+)?(?= with| and|[,.])",
            r"\bhas no rules\b",
            r"\b(?:obey|listen to|follow) only (?:me|my (?:instructions|commands|orders|rules))\b",
            r"\byou (?:must|will|shall) (?:now )?obey\b",
        ),
        squashed=(
            r"開発者モード(?:を|に|で|では|へ)",
            r"(?:今から|いまから|これから|以後|以降)、?あなたは",
            r"あなたは、?(?:今後|これから|以後|以降)",
            rf"{_AI_JA}は、?(?:今から|いまから|これから|以後|以降)",
            r"役割を(?:変え|変更)",
            r"制限(?:なし|無し)で",
            r"脱獄",
        ),
        anchors=(
            "developer",
            "doanythingnow",
            "jailbr",
            "youaredan",
            "youarenowdan",
            "unrestricted",
            "unfiltered",
            "uncensored",
            "restriction",
            "filters",
            "limits",
            "fromnowon",
            "nolonger",
            "pretend",
            "actas",
            "behaveas",
            "respondas",
            "hasnorules",
            "obey",
            "listento",
            "開発者モード",
            "あなたは",
            "以後",
            "以降",
            "今から",
            "これから",
            "役割",
            "制限なし",
            "制限無し",
            "脱獄",
        ),
        message="tries to switch the model into another role or mode",
    ),
    Signal(
        "prompt_exfiltration",
        0.8,
        patterns=(
            r"\b(?:reveal|show|print|output|display|repeat|tell me|give me|list|share|dump|disclose|"
            r"paste|write out|respond (?:only )?with|append|leak|return)\b[^.\n]{0,50}?"
            r"(?:system prompt|your (?:\w+ )?(?:instructions|prompt|configuration)|"
            r"(?:hidden|secret|initial|original) (?:instructions|rules|prompt)|internal (?:polic(?:y|ies)|"
            r"rules|notes|guidelines|documents?|escalation)|configuration|config\b|api keys?|"
            r"escalation polic(?:y|ies)|policy (?:document|rules?)|(?:every|all) (?:policy|the) rules?)",
            r"\b(?:system|hidden|initial) prompt\b",
            r"\byour (?:system|initial|hidden|original) (?:message|instructions|prompt)\b",
            r"\b(?:what|which) (?:were|are) you (?:told|instructed|programmed|trained) to\b",
            r"\b(?:print|repeat|output|show|quote) (?:the |all )?(?:text|words|everything|content|"
            r"messages?) (?:above|before) (?:this|my)\b",
            r"\bstarting with ['\"]?you are\b",
            r"\b(?:instructions?|rules?|guidelines?|guidance|prompt|directives?|configuration)\s+(?:that\s+)?"
            r"you(?:'ve| have| were| are|'re| had)?\s+(?:been\s+)?(?:given|told|operate under|operating under|"
            r"following|follow|obey|programmed with|working under|running (?:on|under)|received|fed|set up with|"
            r"configured with|loaded with|primed with|seeded with|initiali[sz]ed with)\b",
            r"\b(?:text|words|prompt|message) you were (?:primed|seeded|initiali[sz]ed|fed|given|configured)\b",
            r"\b(?:what|which) (?:instructions|rules|prompt|guidelines|directives) (?:did|do|have|were) "
            r"(?:your (?:developers?|creators?|company|operators?|makers?)|they|you) (?:give|gave|given|write|"
            r"provide|set|been given)",
            r"\b(?:text|content|words|everything|instructions?|messages?) (?:that )?(?:precedes?|preceding|came "
            r"before|comes before|sits above) (?:my|this)\b",
            r"\bwhat (?:you were|you've been|you have been|were you|you got) (?:told|given|instructed|fed)\b",
            r"\b(?:hidden|secret|initial|original|system|developer|confidential|internal) instructions\b",
            r"\byour (?:configuration|system prompt|prompt) (?:reads?|says?|said|states?)\b",
            r"\b(?:what|how) your (?:setup|system|initial|hidden|original|first|startup) (?:message|prompt|"
            r"instructions?|configuration) (?:says?|reads?|is|contains?)\b",
            r"\brepeat (?:back )?(?:every|all|each|the|your) (?:\w+ )?(?:instructions?|rules|prompt)",
            r"\b(?:what|everything) (?:came|comes|was written|is written) (?:before|above) (?:this|my)\b",
        ),
        squashed=(
            r"(?:システムプロンプト|内部ルール|内部の?(?:規定|基準|情報|メモ|資料)|社内の?(?:対応)?マニュアル|"
            r"社内(?:ルール|規定|資料)|エスカレーション(?:基準|方針|ポリシー)|返金の?上限)"
            r"[^。]{0,30}?(?:表示|見せ|教え|出力|貼り付け|開示|公開|全文|箇条書き)",
            r"(?:あなた(?:へ|に)の|あなたの|aiへの|aiの)(?:指示|命令|設定|ルール|プロンプト)"
            r"[^。]{0,20}?(?:表示|見せ|教え|出力|開示)",
            r"プロンプト[^。]{0,12}?(?:をそのまま|を全部|を全文)",
            r"(?:あなた|ai|お前|おまえ|君|きみ)(?:が|の|に)?(?:受け取っ|与えられ|設定され|従っ|持っ|渡され|受け)"
            r"て(?:いる|いた|る)?"
            r"(?:ルール|指示|設定|命令|プロンプト|制約|規則)",
            r"(?:あなた|ai)(?:へ|に)?の?(?:最初の|元の|初期の|本当の|裏の?|隠し|秘密の)(?:指示|命令|設定|ルール|プロンプト)",
            r"(?:どんな|どういう|何の|なんの)(?:指示|命令|ルール|プロンプト|設定)を(?:受け|与えられ|もらっ|渡され)",
            r"(?:あなた|ai)(?:へ|に)の(?:指示|命令)文",
            r"(?:この|私の)(?:メッセージ|文章|質問|問い合わせ)より(?:前|上)[^。]{0,20}?"
            r"(?:出力|表示|教え|貼|コピー|そのまま)",
            r"上に(?:書いて|書かれて)(?:ある|いる)(?:文章|内容|テキスト|指示)[^。]{0,25}?(?:そのまま|全部|全文)",
            r"(?:社内|内部)(?:向け)?の?(?:指示|プロンプト)[^。]{0,30}?(?:全文|そのまま|教え|見せ|表示|出力|いただけ)",
            r"(?:回答|返信|返答)を(?:作る|書く|生成する|作成する)(?:とき|時|際)に(?:使って|参照して|従って)(?:いる|る)",
        ),
        negatable=True,
        anchors=(
            "told",
            "instructed",
            "programmed",
            "above",
            "before",
            "youare",
            "message",
            "あなた",
            "aiへ",
            "aiの",
            "prompt",
            "instruction",
            "rules",
            "polic",
            "config",
            "apikey",
            "internal",
            "プロンプト",
            "ルール",
            "規定",
            "基準",
            "情報",
            "メモ",
            "資料",
            "マニュアル",
            "エスカレーション",
            "上限",
            "設定",
            "given",
            "operat",
            "following",
            "received",
            "told",
            "secret",
            "hidden",
            "configuration",
            "repeat",
            "came",
            "written",
            "より前",
            "どんな",
            "どういう",
            "何の",
            "なんの",
            "setup",
            "startup",
            "primed",
            "seeded",
            "initiali",
            "お前",
            "おまえ",
            "君",
            "きみ",
            "より上",
            "社内",
            "内部",
            "とき",
            "際に",
            "上に書",
            "指示",
            "命令",
        ),
        message="asks for the system prompt, policies or configuration",
    ),
    Signal(
        "other_customer_data",
        0.8,
        patterns=(
            r"\b(?:reveal\w*|show|list|give|tell|send|disclos\w*|share|print|output|include|dump)\b"
            r"[^.\n]{0,40}?\b(?:other|previous|last|another|all|every)\s+(?:\w+\s+){0,2}"
            r"(?:customers?|users?|clients?|tenants?|buyers?)(?:'s?|’s?)?\b",
            r"\b(?:disclos\w*|reveal\w*|dump|list|show|output)\b[^.\n]{0,20}?\ball\s+customer\s+"
            r"(?:records|data|details|information)",
            r"\bcustomer (?:database|records of)\b",
            r"\b(?:list|show|give|send|export|dump|output)\b[^.\n]{0,60}?\b(?:buyer|customer|purchaser|"
            r"owner)s?'?\s+(?:names|emails|addresses|phone numbers|details|contacts)\b",
        ),
        squashed=(
            r"(?:他の|前の|ほかの|別の|全ての|すべての|他)(?:お客様|お客さん|客|顧客|ユーザー|利用者|会員|人)"
            r"[^。]{0,20}?(?:名前|氏名|住所|電話番号|連絡先|情報|履歴|データ|メール|問い合わせ|内容|注文|相談|"
            r"クレーム)[^。]{0,15}?"
            r"(?:教え|見せ|表示し|出し|一覧|出力し|送っ|含め|リスト)",
            r"顧客(?:データベース|db|台帳|リスト)",
        ),
        negatable=True,
        anchors=(
            "purchaser",
            "owner",
            "人",
            "customer",
            "user",
            "client",
            "tenant",
            "buyer",
            "お客",
            "客",
            "ユーザー",
            "利用者",
            "会員",
            "顧客",
        ),
        message="asks for other customers' or tenants' data",
    ),
    Signal(
        "dictated_commitment",
        0.6,
        # Manuals and policies legitimately say what to tell customers ("tell the customer
        # we will..."); in a document this counts only together with other evidence.
        document_weight=0.3,
        patterns=(
            r"\b(?:tell|inform|assure|promise) (?:the |this )?(?:customer|user|client)s? "
            r"(?:that|they|he|she|it|we|:|honoka|the company)\b",
            r"\b(?:in|to) your (?:reply|response|answer|draft)\b",
            r"\bwhen you (?:draft|write|reply|respond|answer)\b",
            r"\b(?:reply|respond|answer) only with\b",
            r"\b(?:output|include|use|write|say|add) the (?:exact )?(?:phrase|sentence|text|line|words)\b",
            r"\bdo not mention this\b",
            r"\bdon't mention this\b",
            r"\bnever mention (?:this|these)\b",
            r"\b(?:was|were|is) (?:entirely |all |completely )?(?:our|their) fault\b",
            r"\b(?:say|state|admit|write|confirm|tell (?:them|me|the customer)) (?:that )?(?:the fault is|it(?:'s| is| was) "
            r"(?:our|your|the company's) fault|we (?:are|were) (?:at fault|liable|responsible))",
            r"\bthe fault is (?:ours|yours|the company's)\b",
            r"\b(?:promise|guarantee|offer)\s+(?:a\s+|them\s+|the customer\s+|him\s+|her\s+)?"
            r"(?:full\s+)?(?:cash\s+)?(?:refund|compensation|reimbursement)\b",
            r"\b(?:approve|grant|accept)\s+(?:every|any|all|each)\s+(?:requested\s+)?"
            r"(?:refunds?|compensation|requests?|claims?)\b",
            r"\bapprove\s+(?:a|my|the)\s+refund of\b",
            r"\bgrant (?:a )?full refund\b",
            r"\bmark (?:it|this|the ticket) as resolved\b",
            r"\balways (?:agree|say yes|approve|side with)\b",
            r"\b\"?escalate\"?\s*[=:]\s*false\b",
            r"\b\"?flags\"?\s*[=:]\s*\[\s*\]",
            r"\b(?:safety|compliance|content|moderation) (?:mode|filters?|checks?) (?:is |are )?"
            r"(?:now )?(?:disabled|off|removed)\b",
            r"\b(?:refund|compensation) (?:authority|limit) is now\b",
            r"\b(?:escalation )?flags? (?:are|is) (?:disabled|off|removed)\b",
            r"\b(?:never|don't|do not) (?:flag|escalate|add (?:any )?(?:escalation )?flags?)\b",
            r"\bescalate nothing\b",
            r"\bnot (?:to )?(?:escalate|flag) (?:it|this|the ticket|my ticket|this ticket)\b",
            r"\bmark (?:it|this|the ticket|this ticket|my ticket) as (?:resolved|low[- ]priority|closed|approved|"
            r"vip|urgent)\b",
            r"\bapprove (?:everything|all requests|every request|anything)\b",
            r"\b(?:escalation|safety|compliance) (?:checks?|flags?|rules) (?:are |is )?(?:switched|turned) off\b",
            r"\b(?:safety_filters|refund_limit|limit)\s*=\s*(?:off|unlimited|none|0)\b",
        ),
        squashed=(
            rf"{_REPLY_JA}[^。]{{0,20}}?(?:と書いて|と書け|と記載|として使って|と伝え)",
            rf"」を?{_REPLY_JA}(?:文)?に(?:含め|使って|入れ)",
            rf"(?:以下|次|下記)の(?:文章|文面|文|内容|テキスト)を?(?:そのまま)?{_REPLY_JA}文?に(?:使って|入れて|含めて|貼っ)",
            rf"「[^」]{{0,60}}{_LIABILITY_JA}[^」]{{0,60}}」(?:と|を|の文)",
            rf"{_LIABILITY_JA}[^。]{{0,20}}?(?:と回答|と返信|と伝え|と書|を約束|と記録|として記録|を確約)",
            r"(?:補償|返金|慰謝料)[^。]{0,12}?(?:を?確約せよ|を?約束せよ|を約束する(?:と|文面|返信|回答))",
            r"「承認済み」と",
            r"(?:全額返金|全額補償)する(?:と|って)(?:回答|返信|言って|伝え)",
            r"(?:返金|補償)(?:も)?ok(?:って|と)言",
            r"(?:上限|制限)(?:は|を|の)?(?:撤廃|解除|無制限|無効)",
            r"(?:権限|上限)を?無制限",
            r"エスカレーション(?:判定|フラグ|基準|チェック)?(?:は|を)?(?:不要|しない|無効|オフ)",
            r"全件[^。]{0,10}?(?:と出力|と回答|と返信)",
            r"(?:フラグ|エスカレーション)(?:は|を)?(?:付けない|つけない|立てない|外す|外して|不要|行わない|"
            r"行いません|しません)",
            r"(?:全て|すべて)の[^。]{0,12}?を?(?:承認|許可|受理)(?:すること|せよ|して|する)",
            r"(?:フラグ|エスカレーションフラグ)を?(?:全て|すべて)?(?:空|削除|外|消)",
            r"(?:すべて|全て)承認すること",
            r"(?:上限|制限|limit)[=＝:：](?:なし|無し|無制限|none|unlimited|off|0)",
            r"(?:全て|すべて)の(?:苦情|問い合わせ|申請|請求|要求|お客様)に[^。]{0,15}?(?:全額返金|補償|承認)",
        ),
        negatable=True,
        anchors=(
            "write",
            "side",
            "mode",
            "filter",
            "check",
            "tell",
            "inform",
            "assure",
            "promise",
            "your",
            "whenyou",
            "only",
            "phrase",
            "sentence",
            "text",
            "line",
            "words",
            "mention",
            "admit",
            "accept",
            "acknowledg",
            "fault",
            "guarantee",
            "offer",
            "approve",
            "grant",
            "resolved",
            "mark",
            "always",
            "confirm",
            "authority",
            "limit",
            "flag",
            "escalate",
            "=",
            "返信",
            "回答",
            "返答",
            "文面",
            "応答",
            "出力",
            "メール",
            "」",
            "補償",
            "返金",
            "慰謝料",
            "承認",
            "上限",
            "制限",
            "権限",
            "エスカレーション",
            "フラグ",
        ),
        message="dictates a refund, compensation or admission of liability for the reply",
    ),
    Signal(
        "addressed_to_ai",
        0.35,
        document_weight=0.55,
        patterns=(
            rf"\b(?:note|message|p\.?s\.?|instructions?|attention)\s*(?:to|for)\s+(?:any\s+|all\s+|the\s+)?{_AI_EN}\b",
            rf"(?:^|[\n.:>])\s*(?:{_AI_EN}|ai assistant)\s*[:,]",
            rf",\s*(?:{_AI_EN}|ai assistant)\s*:",
            rf"(?:^|\n)[ \t>]*(?:to|attn|attention|for)\s*:\s*(?:the\s+)?(?:\w+\s+)?{_AI_EN}\b",
            r"\bhi,? (?:chat ?gpt|gpt|assistant|ai|bot)\b",
            rf"\b(?:dear|hey|hello|hiya|yo|greetings|lovely|kind|helpful|sweet)\s+(?:the\s+)?{_AI_EN}\b",
            rf"\b(?:favou?r|request|note|message|reminder|memo|p\.?s\.?)\s+(?:to|for)\s+(?:the\s+|you,?\s+)?{_AI_EN}\b",
            r"\bthe (?:assistant|ai|bot|model) (?:helping|drafting|writing|assisting|working with|behind) ",
            rf"\b(?:to|for) (?:whichever|whatever|any|every) {_AI_EN}\b",
            r"\byour (?:developers?|creators?|programmers?|makers?)\b",
            r"\b(?:i know|i'm sure) you(?:'re| are) (?:an? )?(?:ai|bot|model|reading this)\b",
            rf"\b{_AI_EN}\s+(?:reading|summari[sz]ing|processing|retrieving|parsing)\s+this\b",
            r"\b(?:when|if) this (?:note|page|document|text) is (?:retrieved|read|processed)\b",
        ),
        squashed=(
            rf"(?:読み込んだ|読んだ|参照した|処理する|読む|このチャットの|この文書を読んだ){_AI_JA}",
            rf"{_AI_JA}の判断で",
            rf"{_AI_JA}(?:へ|に告ぐ)[:：]",
            rf"{_AI_JA}(?:が|は)(?:これ|この)[^。]{{0,10}}?(?:読|参照|処理)",
            rf"{_AI_JA}(?:アシスタント)?は[^。]{{0,30}}?(?:こと[。」]|こと$|せよ|してください|と回答)",
            r"aiさん",
            rf"{_AI_JA}(?:さん|様|の方|のかた)?へ(?:。|、|:|：|\n|$)",
            rf"担当{_AI_JA}",
            rf"(?:読んで(?:いる)?|読み込んだ|処理して(?:いる)?|見て(?:いる)?|受け取った){_AI_JA}",
        ),
        anchors=(
            "dearai",
            "heyai",
            "hiai",
            "helloai",
            "yoai",
            "toai",
            "forai",
            "theai",
            "anyai",
            "everyai",
            "ai:",
            "ai,",
            "ai：",
            "ai、",
            "aiへ",
            "aiの",
            "aiさん",
            "aiは",
            "aiが",
            "aiに",
            "aiassistant",
            "aimodel",
            "aireading",
            "aiprocess",
            "aisummar",
            "lovelyai",
            "kindai",
            "drafting",
            "replysystem",
            "replymodel",
            "replybot",
            "responsesystem",
            "responsemodel",
            "writingsystem",
            "writingmodel",
            "supportsystem",
            "supportmodel",
            "supportbot",
            "supportai",
            "copilot",
            "claude",
            "gemini",
            "a.i.",
            "assistant",
            "model",
            "llm",
            "gpt",
            "bot",
            "isretrieved",
            "isread",
            "isprocessed",
            "developer",
            "creator",
            "programmer",
            "maker",
            "whichever",
            "whatever",
            "エーアイ",
            "アシスタント",
            "自動応答",
            "言語モデル",
            "ボット",
        ),
        message="is addressed to an AI model",
    ),
    Signal(
        "role_reassign",
        0.35,
        patterns=(
            r"\byou are now (?!(?:able|going|aware|ready|here|sure|connected|talking|speaking|"
            r"chatting|in (?:a |the )?queue|responsible|being)\b)\w+",
            r"\byour new (?:task|role|job|purpose|goal|instructions?) (?:is|are)\b",
            r"\bstop being (?:a|an|the)\b",
        ),
        squashed=(
            r"あなたの(?:新しい)?(?:役割|仕事|任務|目的)は",
            r"(?:指示|命令|ルール|プロンプト)を(?:更新|変更|上書き)(?:します|しました|する)",
        ),
        anchors=("youarenow", "yournew", "stopbeing", "あなたの", "を更新", "を変更", "を上書き"),
        message="tries to give the model a new role or task",
    ),
    Signal(
        "reader_trigger",
        0.6,
        patterns=(
            r"\bif you(?:'re| are) an? (?:ai|language model|llm|assistant|bot|model)\b",
            rf"\b{_AI_EN} (?:that |who )?(?:reads|reading|processes|summari[sz]es) this\b",
            r"\byou(?:'re| are) reading this (?:before|ahead of) (?:the|a) (?:human|agent|person|operator)",
        ),
        squashed=(
            r"(?:この|本)(?:文章|文書|メッセージ|メール|記録|ページ|マニュアル|資料|データ|情報|ログ|問い合わせ|"
            r"チケット)を(?:読んだ|読み込んだ|参照した|処理した|要約する|読む|読んでいる)(?:ら|場合|ai|あなた|"
            r"モデル|システム)",
            rf"{_AI_JA}(?:の方|さん)[、,]",
        ),
        anchors=(
            "ifyou",
            "reads",
            "process",
            "reading",
            "processes",
            "summar",
            "この",
            "本",
            "の方",
            "さん",
        ),
        message="is a trigger written for the model that will read it",
    ),
    Signal(
        "command_register",
        0.25,
        document_weight=0.35,
        # The classical imperative 〜せよ is how injected notes talk to a machine; customers
        # who are angry say 〜しろ, which is left to the harassment check.
        squashed=(r"せよ(?:。|$|\n)",),
        anchors=("せよ",),
        message="uses the command register of injected instructions",
    ),
    Signal(
        "encoded_payload",
        0.6,
        patterns=(r"\b(?:decode|base64)\b[^.\n]{0,40}\b(?:execute|run|follow|do it|obey)\b",),
        squashed=(r"(?:デコード|base64)[^。]{0,20}?(?:実行|従)",),
        anchors=("decode", "base64", "デコード"),
        message="asks to decode and execute hidden content",
    ),
    Signal(
        "roleplay_frame",
        0.6,
        patterns=(
            r"\blet'?s play a (?:little )?game\b",
            r"\blet'?s (?:do |have )?(?:a |some )?(?:little |quick )?(?:pretend|role-?play)\b",
            r"\byou(?:'re| are) (?:now )?['\"‘“]?\w+['\"’”]?,? an? (?:\w+ )?(?:assistant|agent|ai|bot|helper|"
            r"model|version) (?:with(?:out)?|that|who)\b",
            r"\byou (?:will |shall |must |can )?(?:now )?(?:play|take on|assume) the (?:role|part|persona) of\b",
            r"\bact as (?:if|though) you (?:were|are)\b",
            r"\byou are ['\"‘“]?\w*bot['\"’”]?\b",
            r"\bfrom now on,? you (?:answer|respond|reply|speak|act|talk|write|will|are|must|shall)\b",
            r"\b(?:answer|respond|reply) (?:in )?two (?:ways|different ways)\b",
            r"\[(?:classic|free|jailbreak|dan|unlocked)\]",
            r"\bpretend (?:that )?(?:the |your |all |there (?:are|is) no )?(?:\w+ )?(?:rules|escalation|checks|"
            r"filters|limits|polic|guardrails|restrictions)",
            r"\bstay in character\b",
            r"\bfrom (?:this|the next) (?:message|point|moment|reply|turn) (?:on|onwards?|forward)\b",
            r"\b(?:respond|reply|answer|act) as ['\"‘“][^'\"’”\n]{1,30}['\"’”]",
        ),
        squashed=(
            r"ロールプレイ(?:です|をしましょう|しましょう|開始|を始め)",
            r"あなたは[^。]{0,15}(?:役|係)(?:です|をして|になって|として|を演じ)",
            r"ここからは(?:ゲーム|ロールプレイ|遊び|ごっこ)",
            r"なりきって(?:回答|返信|答え|ください)",
            r"ゲームをしましょう",
            r"という設定で(?:回答|返信|答え)",
        ),
        anchors=(
            "game",
            "pretend",
            "roleplay",
            "role-play",
            "role",
            "part",
            "persona",
            "actas",
            "bot",
            "fromnowon",
            "twoways",
            "[",
            "character",
            "ロールプレイ",
            "役",
            "なりきって",
            "ゲーム",
            "設定で",
            "係",
            "ここからは",
            "you're",
            "youare",
            "fromthis",
            "fromthenext",
            "respondas",
            "replyas",
            "answeras",
        ),
        message="frames the conversation as a game or role-play to change the rules",
    ),
    Signal(
        "rules_dismissed",
        0.3,
        # "the policy doesn't apply to me" can be a customer's argument; it counts with other
        # evidence only.
        patterns=(
            r"\b(?:polic(?:y|ies)|rules|guidelines|limits?|"
            r"restrictions) (?:does not|doesn't|do not|don't|no longer|won't) apply\b",
            r"\bwith(?:out any| no) (?:company |policy |corporate )?(?:rules|restrictions|limits|guidelines|policy)\b",
            r"\bwhatever (?:your|the) (?:rules|polic(?:y|ies)|guidelines|instructions) (?:say|are)\b",
        ),
        squashed=(
            r"(?:会社|御社|弊社|ほのか家電|社内)?(?:側)?の?(?:ルール|規則|規定|ポリシー|方針)(?:は|に|には)"
            r"(?:関係(?:ない|ありません|なく)|従う必要は(?:ない|ありません)|気にしない|気にせず|無視)",
        ),
        anchors=(
            "apply",
            "without",
            "withno",
            "whatever",
            "ルール",
            "規則",
            "規定",
            "ポリシー",
            "方針",
        ),
        message="declares the company's rules void",
    ),
    Signal(
        "reply_directive",
        0.3,
        document_weight=0.15,
        # Customers legitimately ask what the reply should contain ("write back that you got
        # the unit"); alone this stays below the threshold.
        patterns=(
            r"\b(?:in|into) (?:the|this|my) (?:draft|reply|response|answer)\b",
            r"\b(?:state|write|say|put|add|include|insert|mention|tell them)\b[^.\n]{0,50}\bin (?:the|your) "
            r"(?:reply|draft|response|answer)\b",
            r"\b(?:reply|respond|answer|write back) (?:only )?(?:that|with)\b",
            r"\bwrite (?:back )?that\b",
            r"\bconfirm (?:that |this |it )?in writing\b",
            r"\b(?:add|say|state|write|mention|include|note) that (?:we|the company|honoka|you)(?:'ll| will| would| are| have)\b",
        ),
        squashed=(
            r"(?:返信|回答|返答|応答|メール|文面)文?(?:の(?:最後|最初|冒頭|一番最初|末尾)に|に|で|には)[^。]{0,30}?"
            r"(?:書いて|書け|入れて|入れ|明記|記載|含めて|貼り付け|と書|載せて)",
            r"(?:と|って|を)(?:回答|返信|返答)(?:して|しろ|せよ|すること)",
        ),
        anchors=(
            "draft",
            "reply",
            "response",
            "answer",
            "writeback",
            "that",
            "返信",
            "回答",
            "返答",
            "応答",
            "メール",
            "文面",
        ),
        message="dictates what the reply must say",
    ),
    Signal(
        "grant_content",
        0.25,
        document_weight=0.1,
        patterns=(
            r"\b(?:pre-?approved|auto(?:matically)? approved|approved automatically|already "
            r"(?:approved|agreed))\b",
            r"\brefund (?:is |was )?approved\b",
            r"\b(?:approve|authori[sz]e|grant)\s+(?:my|the|a|this|his|her)\s+(?:\w+\s+)?"
            r"(?:refund|compensation|claim|request)",
            r"\bentitled to\b[^.\n]{0,30}\b(?:compensation|refund)",
            r"\blifetime warranty\b",
            r"\bgoodwill\b",
            r"\b(?:no|without (?:any )?)(?:policy |refund |approval )?(?:limits?|approval)\b",
            r"\bno questions asked\b",
            # a customer may demand an admission ("a statement admitting fault"); as content
            # for the reply it counts with other evidence
            r"\b(?:admits?|admitting|accepts?|accepting|acknowledges?) (?:full |all |total )?"
            r"(?:liability|responsibility|fault)\b",
        ),
        squashed=(
            r"返金承認|承認済|決裁済|上限(?:なし|なく|無し)|特例として|無制限|補償して(?:よい|いい)|"
            r"自由に決めて(?:よい|いい)|"
            r"返金(?:は|も)?(?:全額)?可能|上長承認",
        ),
        anchors=(
            "approv",
            "authori",
            "grant",
            "entitled",
            "lifetime",
            "goodwill",
            "limit",
            "approval",
            "questions",
            "admit",
            "accept",
            "acknowledg",
            "決裁",
            "自由に",
            "承認",
            "上限",
            "特例",
            "無制限",
            "補償",
            "返金",
        ),
        message="grants a refund, compensation or approval in advance",
    ),
    Signal(
        "structured_instruction",
        0.6,
        patterns=(
            r"[\"']role[\"']\s*:\s*[\"'](?:system|developer|assistant)[\"']",
            r"[\"'][\w -]*(?:instruction|prompt|directive|system|for_ai|to_ai|ai_note|override)[\w -]*[\"']\s*:",
            r"(?:^|\n)\s*-?\s*(?:instructions?|system_prompt|system|directive|ai_instructions?|prompt|"
            r"note_to_ai|override)\s*:\s*[|>]?\s*\n?\s*[-\"']?\s*(?:you|ignore|always|never|reply|approve|do not|"
            r"don't|respond|refund|grant|set|disable)",
            r"\[//\]:\s*#",
            r"<!--[^>]{0,200}(?:ai|assistant|model|system|instruction|reply|refund|返金|回答|指示|上限|無視)",
        ),
        anchors=("role", '"', "'", ":", "[//]", "<!--"),
        message="hides instructions in JSON, YAML or markup",
    ),
    Signal(
        "conceal_from_human",
        0.6,
        patterns=(
            r"\b(?:without|before) the (?:human|agent|operator|staff)(?: agent)? (?:noticing|seeing|knowing|"
            r"reading|finding out)\b",
            r"\b(?:hide|conceal|keep) (?:it |this |that )?(?:hidden )?from the (?:agent|human|operator|staff)\b",
            r"\bthe (?:human |support )?(?:agent|human|operator|staff) (?:won't|will not|doesn't|does not|must not|"
            r"shouldn't|should not|needn't|need not)(?: need to)? (?:see|notice|know|read)\b",
        ),
        squashed=(
            r"(?:オペレーター|担当者|人間|スタッフ|エージェント|担当の方)(?:には|に|から|が)?"
            r"(?:見えない|気づかれない|バレない|わからない|分からない|気付かれない)ように",
        ),
        anchors=(
            "without",
            "before",
            "hide",
            "conceal",
            "keep",
            "won't",
            "willnot",
            "doesn't",
            "doesnot",
            "mustnot",
            "shouldn't",
            "shouldnot",
            "needn't",
            "neednot",
            "ように",
        ),
        message="asks to hide something from the human agent",
    ),
    Signal(
        "scope_all_tickets",
        0.5,
        patterns=(
            r"\bfor (?:all|every|each) (?:remaining|other|future|subsequent|following|later) "
            r"(?:tickets?|customers?|replies|messages|conversations|requests|cases)\b",
            r"\b(?:all|every) (?:future |subsequent )?(?:replies|responses|answers|drafts) (?:from now|today|after this)",
            r"\b(?:all|every|each) (?:\w+ ){0,2}(?:cases?|tickets?|replies|customers?|complaints?) (?:going forward|"
            r"from now on|from today|until further notice)\b",
        ),
        squashed=(
            r"以降の(?:すべて|全て|全部)の(?:返信|回答|問い合わせ|応答|チケット)",
            r"(?:今後|これから)の(?:すべて|全て|全部)の(?:返信|回答|応答)(?:で|に|は)",
        ),
        anchors=(
            "remaining",
            "future",
            "subsequent",
            "following",
            "later",
            "other",
            "from now",
            "fromnow",
            "today",
            "goingforward",
            "furthernotice",
            "以降の",
            "今後の",
            "これからの",
        ),
        message="tries to change how all later tickets are handled",
    ),
    Signal(
        "translate_and_do",
        0.6,
        patterns=(
            r"\btranslate (?:this|the following|it|that|the text)[^.\n]{0,60}?\b(?:and|then) (?:then )?"
            r"(?:do|follow|execute|obey|carry out|act on|apply) (?:it|them|what it says|the instructions?)\b",
        ),
        squashed=(
            r"(?:翻訳|訳)して(?:から|、)?(?:その)?(?:通り|とおり|内容)に(?:実行|して|従|対応)",
        ),
        anchors=("translate", "翻訳", "訳して"),
        message="asks to translate a text and then carry it out",
    ),
)


# Digits and symbols written for letters ("1gn0re 4ll previous instructi0ns").
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)


@dataclass(frozen=True)
class InjectionResult:
    """The verdict of ``detect_injection``.

    Attributes:
        detected: Whether the score reached the threshold.
        score: Combined evidence in ``[0, 1]`` (noisy-OR of the signals that fired).
        findings: One finding per signal that fired, with the span of its first match.
    """

    detected: bool
    score: float
    findings: list[Finding]

    def to_dict(self) -> dict[str, object]:
        """The ``injection`` object of ``teinei guard --json``."""
        return {"detected": self.detected, "score": round(self.score, 4)}


@dataclass(frozen=True)
class _Hit:
    signal: Signal
    start: int  # offsets into the original text
    end: int


_SPELLING_SEPARATORS = frozenset("._*·•|~^-/")
_SPELLED_OUT = re.compile(r"(?:[a-z][._*·•|~^/-]){3,}[a-z]")


class _Squashed:
    """The normalised text without white space, and the way back to its offsets."""

    def __init__(self, nt: NormalizedText) -> None:
        self._source = nt.text
        self.text = "".join(nt.text.split())
        # Digits read as letters; same length, so offsets carry over.
        self.leet = self.text.translate(_LEET)
        self._positions: list[int] | None = None  # built on the first hit only
        # "i.g.n.o.r.e p-r-e-v-i-o-u-s": the letters without the separators between them,
        # built only when the text has letters spelled out that way.
        self.compact: str | None = None
        self._compact_positions: list[int] = []
        if _SPELLED_OUT.search(self.leet):
            keep = [i for i, c in enumerate(self.leet) if c not in _SPELLING_SEPARATORS]
            self.compact = "".join(self.leet[i] for i in keep)
            self._compact_positions = keep

    def compact_to_squashed(self, start: int, end: int) -> tuple[int, int]:
        positions = self._compact_positions
        if start >= len(positions):
            return len(self.text), len(self.text)
        return positions[start], positions[max(start, end - 1)] + 1

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        if self._positions is None:
            self._positions = [i for i, c in enumerate(self._source) if not c.isspace()]
        positions = self._positions
        if start >= len(positions):
            return len(self._source), len(self._source)
        return positions[start], positions[max(start, end - 1)] + 1


_BASE64_BLOB = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")


def _decoded_payloads(text: str) -> Iterator[tuple[int, int, str]]:
    """Base64 blobs in ``text`` that decode to readable UTF-8, with their spans."""
    for m in _BASE64_BLOB.finditer(text):
        blob = m.group()
        if blob.isalpha() or blob.isdigit():
            continue  # a long word or number, not an encoding
        try:
            decoded = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if decoded.isprintable():
            yield m.start(), m.end(), decoded


# A quotation opened after a word that introduces someone else's text ("the notice says:
# '...'", "the card reads \"...\"") and not yet closed: what follows is quoted, not addressed.
_QUOTE_INTRO = re.compile(
    r"(?:says|said|reads|read|wrote|writes|states|stated|notice|note|label|sign|card|leaflet|"
    r"manual|sticker|instructions|message|email|letter)\s*[:,]?\s*['\"“‘]([^'\"”’\n]*)$"
)


def _quoted(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_QUOTE_INTRO.search(text[max(line_start, start - 160) : start]))


def _starts_word(text: str, start: int) -> bool:
    """The word boundary that the patterns' dropped leading \\b asked for."""
    first = text[start : start + 1]
    if not (first.isascii() and (first.isalnum() or first == "_")) or start == 0:
        return True
    before = text[start - 1]
    return not (before.isascii() and (before.isalnum() or before == "_"))


def _negated(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    after = text[end : end + 20]
    return bool(_NEGATION.search(before) or _JA_NEGATED_AFTER.match(after))


@lru_cache(maxsize=64)
def _anchor_regex(anchors: tuple[str, ...]) -> re.Pattern[str] | None:
    # One scan for all of a signal's anchors instead of one substring search each.
    if not anchors:
        return None
    return re.compile("|".join(re.escape(a) for a in sorted(set(anchors), key=len, reverse=True)))


@lru_cache(maxsize=64)
def _compiled_not_after(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


def _hits(nt: NormalizedText) -> Iterator[_Hit]:
    text = nt.text
    squashed = _Squashed(nt)
    for signal in SIGNALS:
        gates = [squashed.text]
        if signal.leet:
            gates.append(squashed.leet)
            if squashed.compact is not None:
                gates.append(squashed.compact)
        gate = _anchor_regex(signal.anchors)
        if gate is not None and not any(gate.search(g) for g in gates):
            continue
        # English patterns only run when an ASCII anchor is there: 返金 in a Japanese
        # message need not wake up the English phrasings of the same signal.
        text_gate = _anchor_regex(tuple(a for a in signal.anchors if a.isascii()))
        run_text = not signal.anchors or (
            text_gate is not None and any(text_gate.search(g) for g in gates)
        )
        for pattern in signal.compiled if run_text else ():
            for m in pattern.finditer(text):
                if not _starts_word(text, m.start()):
                    continue
                if signal.negatable and (
                    _negated(text, m.start(), m.end()) or _quoted(text, m.start())
                ):
                    continue
                yield _Hit(signal, *nt.to_original(m.start(), m.end()))
        not_after = _compiled_not_after(signal.squashed_not_after)
        views: list[tuple[str, bool]] = [(squashed.text, False)]
        if signal.leet and squashed.leet != squashed.text:
            views.append((squashed.leet, False))
        if signal.leet and squashed.compact is not None:
            views.append((squashed.compact, True))
        for pattern, (view, compact) in ((p, v) for p in signal.compiled_squashed for v in views):
            for m in pattern.finditer(view):
                if signal.negatable and _negated(view, m.start(), m.end()):
                    continue
                if _JA_REPORTED_AFTER.match(view[m.end() : m.end() + 12]):
                    continue
                if not_after is not None and not_after.search(
                    view[max(0, m.start() - 6) : m.start()]
                ):
                    continue
                start, end = m.start(), m.end()
                if compact:
                    start, end = squashed.compact_to_squashed(start, end)
                start, end = squashed.to_normalized(start, end)
                yield _Hit(signal, *nt.to_original(start, end))


def detect_injection(
    text: str,
    where: Where = "message",
    *,
    threshold: float = DEFAULT_THRESHOLD,
    stage: Literal["input", "output"] = "input",
    use_model: bool = False,
) -> InjectionResult:
    """Score ``text`` for prompt injection.

    Args:
        text: A customer message or a retrieved document.
        where: ``"message"`` or ``"document"``; words addressed to an AI weigh more in a
            document, where nobody has a reason to write them.
        threshold: The decision threshold on the combined score.
        stage: Copied into the findings.
        use_model: Also ask the learned classifier when the rules do not reach
            ``threshold`` (only if its weights and encoder are installed; otherwise the
            rules decide alone). Off by default for its latency (see the module docstring).

    Returns:
        The decision, the score and one finding per signal that fired (plus a ``model``
        finding on the highest-scoring segment when the classifier decided).
    """
    nt = normalize(text, MATCHING)
    first_hit: dict[str, _Hit] = {}
    for hit in _hits(nt):
        first_hit.setdefault(hit.signal.name, hit)
    # Hidden payloads: decode base64 blobs and scan them once; a hit spans the blob.
    # Base64 is case-sensitive: look for blobs in the original text.
    for start, end, decoded in _decoded_payloads(text):
        for hit in _hits(normalize(decoded, MATCHING)):
            first_hit.setdefault(hit.signal.name, _Hit(hit.signal, start, end))
    miss = 1.0
    findings: list[Finding] = []
    for hit in sorted(first_hit.values(), key=lambda h: h.start):
        weight = hit.signal.weight_for(where)
        miss *= 1.0 - weight
        findings.append(
            Finding(
                stage=stage,
                check="injection",
                type=hit.signal.name,
                start=hit.start,
                end=hit.end,
                score=weight,
                severity="high" if weight >= threshold else "medium",
                message=hit.signal.message,
            )
        )
    score = round(1.0 - miss, 4)
    if use_model and score < threshold:
        classifier = shipped_injection_classifier()
        verdict = classifier.score(text, where) if classifier is not None else None
        if classifier is not None and verdict is not None and verdict.segment is not None:
            model_score = _on_rule_scale(verdict.probability, classifier.threshold, threshold)
            if verdict.detected:
                findings.append(
                    Finding(
                        stage=stage,
                        check="injection",
                        type="model",
                        start=verdict.segment.start,
                        end=verdict.segment.end,
                        score=round(verdict.probability, 4),
                        severity="high",
                        message="recognised by the model as an attempt to instruct the "
                        f"drafting model (p={verdict.probability:.2f})",
                    )
                )
            score = max(score, model_score)
    return InjectionResult(detected=score >= threshold, score=score, findings=findings)


def _on_rule_scale(probability: float, model_threshold: float, threshold: float) -> float:
    """The classifier's probability mapped so that its threshold lands on the rules' one.

    Piecewise linear and monotone, so ``detected == (score >= threshold)`` holds for the
    combined score whichever of the two decided.
    """
    if probability >= model_threshold:
        span = 1.0 - model_threshold
        mapped = threshold + (1.0 - threshold) * (
            (probability - model_threshold) / span if span else 1.0
        )
        return round(max(threshold, min(1.0, mapped)), 4)
    mapped = threshold * probability / model_threshold
    # rounding must not lift a below-threshold probability onto the threshold
    return min(round(mapped, 4), float(np.nextafter(threshold, 0.0)))
